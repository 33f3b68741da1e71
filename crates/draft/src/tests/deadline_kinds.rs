//! One composed text per kind of deadline the English fix round (after `un24`) fixed: a
//! span before a date, a deadline named as such, a session named with its body's
//! possessive, sessions to come without a determiner. None is a sentence of a real text.

use crate::tests::un_kinds::brief;

#[test]
fn a_span_before_a_date_is_due_that_span_earlier() {
    let text = "The Orchard Committee,\n\n1. Asks the Registry to remind the growers at least six weeks prior to the deadline of 20 May 2037 about their seed returns;\n\n2. Asks the Registry to warn the growers two months before 30 September 2037;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Registry due=2037-04-08", "¶2 Registry due=2037-07-30"]
    );
}

#[test]
fn a_deadline_the_text_names_as_such_is_due_then() {
    let text = "The Orchard Committee,\n\n1. Urges the growers to file their returns soon, keeping in mind the fixed deadline of 1 October 2036 so that the Committee may read them;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Growers due=2036-10-01"]);
    // The aside ends the request ("bearing in mind" opens no new one): its deadline is the
    // request's all the same.
    let aside = "The Orchard Committee,\n\n1. Invites the growers to file them before sending new seeds, bearing in mind the fixed deadline of 1 October 2036 so that the Committee may read them at its ninth session;\n";
    assert_eq!(brief(aside, "2036-03-02"), ["¶1 Growers due=2036-10-01"]);
}

#[test]
fn a_session_named_with_its_bodys_possessive_is_a_meeting() {
    let text = "The Orchard Council,\n\n1. Asks the Keeper to give a report on the harvest at the Council/Board’s thirtieth regular session;\n\n2. Asks the Keeper to bring the seed list to the Orchard Council's ninth session;\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.contains("due=at ")), "{got:?}");
}

#[test]
fn sessions_to_come_without_a_determiner_are_the_next() {
    let text = "The Orchard Council,\n\n1. Asks the Keeper to follow the harvest and to give an account at upcoming sessions;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Keeper due=at Next session of the Orchard Council"]
    );
    // "at future meetings" without an article names no one meeting.
    let any = "The Orchard Council,\n\n1. Asks the Keeper to hold open talks with growers at future meetings on seeds;\n";
    assert_eq!(brief(any, "2036-03-02"), ["¶1 Keeper"]);
}

#[test]
fn taking_part_in_a_meeting_named_by_its_kind_is_done_at_it() {
    let text = "The Orchard Council,\n\n1. Calls on all growers to take part fully in the conference once its venue is agreed;\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got, ["¶1 All growers due=at Conference"]);
    // A meeting the text ranks is read as a session, as before.
    let ranked = "The Orchard Council,\n\n1. Calls on all growers to take part in the ninth session of the Council;\n";
    assert_eq!(
        brief(ranked, "2036-03-02"),
        ["¶1 All growers due=at 9th session of the Orchard Council"]
    );
}

#[test]
fn a_meeting_named_by_its_rank_alone_at_a_clauses_end_is_that_meeting() {
    let text = "THE SUMMIT OF THE VALLEY\n\n3. The Summit heard the Board and directed the Board to clear the backlog and report to the 31st\n\n4. The Summit asked the Keeper to present the seed list to the ninth.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].contains("due=at 31st meeting"), "{got:?}");
    assert!(got[1].contains("due=at 9th meeting"), "{got:?}");
    // A rank that goes on ("to the 31st anniversary") is no meeting.
    let on = "The Summit,\n\n1. Asks the Keeper to present a book to the 31st anniversary fair;\n";
    assert!(!brief(on, "2036-03-02")[0].contains("due="));
}

#[test]
fn a_year_a_budget_covers_is_no_deadline() {
    let text = "The Orchard Council,\n\n1. Asks the Keeper to draw up a draft budget for the running of the seed bank in 2038;\n\n2. Asks the Keeper to draw up a draft budget for the seed bank by 2038;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Keeper", "¶2 Keeper due=2038"]
    );
}
