//! One composed text per kind the fix round on `held55` (helper `hen51`) fixed: a month
//! after "by" (a deadline, not a doer), a month run into its day ("Mar.20, 2038"), a
//! participle's partners ("working jointly with ..."), the weekday a statement was issued,
//! a reported need ("said there was a need for X to", "stressed that there is a need for X
//! to"), an uncommaed apposition after named countries, members acting after a fronted
//! participle's that-clause, and a cover note's dashed subject tail. None is a sentence of
//! a real text.

use crate::tests::brief::communique as brief;

#[test]
fn a_month_after_by_is_the_calls_deadline_not_its_doer() {
    let text = "The Orchard Union said it was alarmed by the unrest in Valley, calling for the return of the elected council by March 2038.\n";
    assert_eq!(
        brief(text, "2037-10-02"),
        ["¶1 All States due=On(Month { year: 2038, month: 3 })"]
    );
}

#[test]
fn a_news_pages_month_run_into_its_day_is_a_deadline() {
    let text = "The Council asks the Seed Board to send it a full plan no later than Mar.20, 2038, on how to widen the seed mission.\n";
    assert_eq!(
        brief(text, "2037-10-02"),
        ["¶1 Seed Board due=On(Day(2038-03-20))"]
    );
}

#[test]
fn a_participles_partners_are_not_addressees() {
    let text = "The Council asks the Seed Board, working jointly with the River Office, the Hill Fund, and partners, to send it a plan on the seed mission.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 Seed Board"]);
}

#[test]
fn the_weekday_a_statement_was_issued_is_not_a_deadline() {
    let text = "\"The Chair calls upon the guards to return to their posts at once,\" the Orchard Union said in a statement on Tuesday.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 Guards"]);
}

#[test]
fn a_reported_need_for_a_named_body_to_act_asks_it() {
    let text = "The Orchard Council asked the Seed Board to widen the seed mission.\n\nIt said there was a pressing need for the River Office to consider new funds for the mission.\n";
    assert_eq!(
        brief(text, "2037-10-02"),
        ["¶1 Seed Board", "¶2 River Office"]
    );
}

#[test]
fn an_uncommaed_apposition_after_named_countries_is_no_part_of_them() {
    let text = "The Summit called upon Westland and Eastland the countries chosen to speak for the valley to name envoys to the Seed Board.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 Westland | Eastland"]);
}

#[test]
fn members_acting_after_a_fronted_participles_that_clause_ask() {
    let text = "Observing that, under the Valley charter, a new Warden must take office by 3 March 2038, the Group Ministers urged all those concerned to hold the second vote early enough for that to happen.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 All those concerned"]);
}

#[test]
fn a_views_that_clause_stating_a_need_for_a_named_body_to_act_asks_it() {
    let text = "The Orchard Council stressed that there is a need for the River Office to review the seed funds.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 River Office"]);
}

#[test]
fn a_cover_notes_dashed_subject_tail_is_a_header_line_of_its_own() {
    let text = "Orchard Council\nValley, 14 March 2037\nOrchard Council meeting (14 March 2037)\n– Conclusions\nMembers will find attached the conclusions adopted by the Orchard Council at the above\nOC 7/37\nThe Orchard Council calls upon all growers to share their seed stocks.\n";
    assert_eq!(brief(text, "2037-03-14"), ["¶6 All growers"]);
}
