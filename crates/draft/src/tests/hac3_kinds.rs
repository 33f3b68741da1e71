//! One composed text per kind helper `hac3` fixed (un56's misses, texts chosen for their
//! actors: council press statements, a presidential statement's hard-wrapped copy, a note
//! on a sanctions panel, governing-body records): a date a hard wrap broke, a time clause
//! between the addressee and its "to", a movement's name with "and" in a list with a
//! serial comma, an earlier resolution's provision by its number, what a report holds,
//! and the follow-up to a session. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_date_broken_by_a_hard_wrap_keeps_its_paragraph() {
    let text = "The Orchard Council recalls its notes of 3\nAugust 2031 and of 9 May 2032 on the pests of the southern valley.\nThe Orchard Council calls upon the growers to report on the whole harvest to\nthe Keeper by no later than 10 June 2032.\n";
    assert_eq!(brief(text, "2032-06-01"), ["¶2 Growers due=2032-06-10"]);
}

#[test]
fn a_time_clause_after_the_addressee_is_not_its_name() {
    let text = "The Orchard Council,\n\n1. Calls on both growers' unions when they meet again in Vale to agree on the prices;\n";
    let got = brief(text, "2032-06-01");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 "), "{got:?}");
    assert!(!got[0].contains("meet"), "{got:?}");
}

#[test]
fn a_movements_name_with_and_stays_whole_in_a_serial_list() {
    let text = "The Orchard Council,\n\n1. Calls upon the Valley Growers Front, the Seed and Harvest Movement, and the Government of Vale to settle the dispute;\n";
    let got = brief(text, "2032-06-01");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("Seed and Harvest Movement"), "{got:?}");
}

#[test]
fn an_earlier_resolutions_provision_by_its_number_asks_nothing() {
    let text = "The Orchard Council has adopted Resolution 4420 (2032) extending the mandate of the Board (the \u{201c}Board\u{201d}), first set up by Resolution 4100 (2029). The role of the Board is to help the Keeper in counting the trees. Resolution 4411 provides that all States should keep records of their seed, and further that all States should take steps to stop the sale of bad seed.\n\nThe Board has been asked to give a report by 31 July 2032.\n";
    assert_eq!(brief(text, "2032-06-01"), ["¶2 Board due=2032-07-31"]);
}

#[test]
fn what_a_report_is_to_include_asks_nobody() {
    let text = "ORCHARD NEWS\n\nThe Board has been asked to give an interim report by 31 July 2032. The final report is to include the Board's findings and its advice.\n";
    assert_eq!(brief(text, "2032-06-01"), ["¶2 Board due=2032-07-31"]);
}

#[test]
fn the_follow_up_to_a_session_is_no_deadline() {
    let text = "The Orchard Board requested the Keeper:\n\n(i) to fold the pruning work into the follow-up to the 120th Session (2033) of the Orchard Conference.\n";
    assert_eq!(brief(text, "2032-06-01"), ["¶1 Keeper"]);
}

#[test]
fn a_pledge_recalled_after_as_and_a_pronoun_keeps_the_requests_deadline() {
    let text = "The Orchard Council,\n\n1. Calls upon the Keeper to carry out urgently its pledges, as it agreed to do in its letter of 1 May, to (a) stop the felling of trees, (b) stop all burning, and (c) begin replanting, and to complete these in full by no later than 10 July 2032;\n";
    assert_eq!(brief(text, "2032-06-01"), ["¶1 Keeper due=2032-07-10"]);
}

#[test]
fn a_span_from_an_undated_implementation_is_due_at_that_act() {
    let text = "The Orchard Council,\n\n1. Calls upon all growers to end the burning within 72 hours of the implementation in full by the Keeper of the steps above;\n";
    let got = brief(text, "2032-06-01");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 All growers due=at "), "{got:?}");
}

#[test]
fn a_time_clause_before_the_to_dates_the_request_by_its_month() {
    let text = "The Orchard Council,\n\n1. Calls on both unions when they meet again in March 2033 in Vale to show the will to agree;\n";
    let got = brief(text, "2032-06-01");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("due=2033-03"), "{got:?}");
}
