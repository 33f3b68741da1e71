//! One composed text per kind helper `hdl2` fixed (un47's and un49's misses): a "Recalls
//! <decision>, which ... urged / requested X" clause retelling an earlier text, a meeting
//! dated by the relative clause after it, and word due "immediately upon" an undated act.
//! None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_recalled_decisions_relative_clause_asks_nothing_now() {
    let text = "The Orchard Board,\n\n1. Recalls its decision 2031/7 on seed banks, which, inter alia, urged the Keeper to widen the survey and requested the Keeper to include in future reports an account of the blight;\n\n2. Requests the Keeper to report on the harvest at its annual session 2032;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Keeper"), "{got:?}");
}

#[test]
fn a_recall_without_a_relative_clause_leaves_the_request_alone() {
    let text = "The Orchard Board,\n\n1. Recalls its decision 2031/7 on seed banks, and requests the Keeper to widen the survey;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got, ["¶1 Keeper"], "{got:?}");
}

#[test]
fn a_meeting_dated_by_a_relative_clause_dates_the_task() {
    let text = "The Orchard Board,\n\n1. Decides to defer its consideration of the grafting rules, no later than its ninth meeting, which will be held in 2033, noting that in the interim they apply case by case;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("2033"), "{got:?}");
}

#[test]
fn word_due_immediately_upon_an_undated_act() {
    let text = "The Orchard Board,\n\n1. Decides that the Keeper may extend the survey by six months. The Keeper shall inform the Board immediately upon closing any orchard under the plan.\n";
    let got = brief(text, "2031-05-17");
    assert!(
        got.iter().any(|l| l.starts_with("¶1 Keeper due=")),
        "{got:?}"
    );
}

#[test]
fn what_a_report_should_include_is_no_request_of_the_report() {
    let text = "ORCHARD NEWS\n\nThe Orchard Council would hear the Keeper's findings next year, according to a text the Board approved today.\n\nThe Board requested the Keeper to prepare a report on the blight.\n\nThe report should moreover give an account of the seed banks in place.\n";
    let got = brief(text, "2031-05-17");
    assert!(!got.iter().any(|l| l.contains("Report")), "{got:?}");
}
