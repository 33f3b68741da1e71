//! One composed text per kind the fix round on `un32` and `held29` (helper `hen10`) fixed:
//! a funds' board's sessions named by their year, a yearly act's month, seasons, a term's
//! end, calls with no "on", views read as requests, people listed as objects, numbers a page
//! rendered all as "1.", a meeting's "should be held". None is a sentence of a real text.

use crate::tests::brief::{Brief, EventLabel, communique, named_dated as brief};

#[test]
fn a_board_session_named_by_its_year_after_the_noun_is_due_that_year() {
    let text = "The Orchard Board\n\n1. Recalls its earlier decisions;\n\n2. Requests the Keeper to submit a report to the Orchard Board at its annual session 2038 on the seed rules;\n\n3. Encourages the growers' groups to name candidates during the second regular session 2039;\n";
    let got = brief(text, "2037-06-20");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("¶2 Keeper due=at "), "{got:?}");
    assert!(got[0].ends_with(" 2038"), "{got:?}");
    assert!(got[1].starts_with("¶3 "), "{got:?}");
    assert!(got[1].ends_with(" 2039"), "{got:?}");
    // A year that opens another phrase ("2038-2041") names no session.
    let plan = "The Orchard Board\n\n1. Requests the Keeper to present at its annual session the plan 2038-2041;\n";
    assert!(
        !brief(plan, "2037-06-20")[0].contains("due="),
        "{:?}",
        brief(plan, "2037-06-20")
    );
}

#[test]
fn a_yearly_act_in_a_month_first_falls_in_that_month_of_the_starting_year() {
    let text = "The Orchard Board\n\n1. Decides to convene in early January of every year, starting in 2039, a short sitting to choose its officers.\n";
    let got = Brief {
        every: true,
        ..Brief::default()
    }
    .of(text, "2037-06-20");
    assert_eq!(
        got,
        // The organ's name alone on its line, without its comma, is the body (`hdl6`).
        ["¶1 Orchard Board due=On(Month { year: 2039, month: 1 }) every=1 year"]
    );
}

#[test]
fn a_season_dates_an_act_by_its_last_month() {
    let text = "The Orchard Board\n\n1. Calls on the incoming Chair to continue that work, with a view to reaching an agreement in autumn 2038.\n";
    let got = Brief {
        plain_days: true,
        ..Brief::default()
    }
    .of(text, "2037-06-20");
    assert_eq!(got, ["¶1 Incoming Chair due=2038-11-30"]);
}

#[test]
fn the_end_of_the_current_legislature_is_an_event_the_text_does_not_date() {
    let text = "The Orchard Board\n\n1. Invites the Assembly and the Board of Growers to settle, before the end of the current legislature, the pending seed rules.\n";
    let got = Brief {
        at: EventLabel::Name,
        before_named: true,
        ..Brief::default()
    }
    .of(text, "2037-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("due=before End of the current legislature"),
        "{got:?}"
    );
}

#[test]
fn a_call_with_no_on_before_a_name_and_an_infinitive_asks_the_name() {
    let text = "The summit ended today in Utopia.\n\nThe communique called Growers to reach a settlement that keeps the orchard whole.\n";
    assert_eq!(communique(text, "2037-06-20"), ["¶2 Growers"]);
    // "a group called Friends of Seeds to ..." names a thing: nobody is called on.
    let named = "The summit ended today in Utopia.\n\nIt welcomed a group called Friends of Seeds to be set up soon.\n";
    assert!(
        communique(named, "2037-06-20").is_empty(),
        "{:?}",
        communique(named, "2037-06-20")
    );
    // "CALLS UPON Member States to ...": the particle in capitals is read as "calls upon".
    let capitals = "The Assembly,\n\n1. CALLS UPON Member States to name focal points.\n";
    assert_eq!(brief(capitals, "2037-06-20"), ["¶1 Member States"]);
}

#[test]
fn a_need_for_a_thing_of_concern_to_someone_asks_nobody() {
    let text = "Communiqué\n\nThe Council,\n\n1. Welcomes the report of the seminar. On this point, Council stresses the need for better promotion of Utopia's views within the Board on matters of interest and concern to the growers and their families;\n\n2. Requests the Keeper to transmit this communiqué.\n";
    assert_eq!(communique(text, "2037-06-20"), ["¶2 Keeper"]);
}

#[test]
fn objectives_directed_at_a_goal_ask_nobody() {
    let text = "The summit ended today in Utopia.\n\nThe Authority commended the Council of Growers for its work on the reform; further underscoring that the main aims of the reform are directed at achieving lower costs.\n\nThe Authority instructed the Keeper to extend the reform.\n";
    assert_eq!(communique(text, "2037-06-20"), ["¶3 Keeper"]);
}

#[test]
fn items_after_to_invite_are_whom_to_invite() {
    let text = "The Orchard Council,\n\n1. Decides to convene the Seed Conference at Utopia from 6 to 13 August 2038;\n\n2. Requests the Keeper to invite:\n\n(a) All States to take part in the Conference;\n\n(b) Representatives of the growers' unions to take part in the Conference as observers;\n\n(c) The specialized agencies to be represented at the Conference;\n";
    let got = brief(text, "2037-06-20");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], "¶2 Keeper");
}

#[test]
fn a_list_a_page_numbered_all_as_one_is_counted_in_order() {
    let text = "Resolution on the seed trade\n\nThe Council of Growers, meeting in its Ordinary Session,\n\nHaving studied the report,\n\n  1. INVITES Member States to act without delay;\n\n  1. ENDORSES all the resolutions of the Session;\n\n  1. URGES ALSO the growers' unions to harmonize their positions.\n";
    let got = brief(text, "2037-06-20");
    assert_eq!(got, ["¶1 Member States", "¶3 Growers' unions"]);
}

#[test]
fn a_meeting_a_resolution_says_should_be_held_asks_nobody() {
    let text = "The Orchard Council,\n\nRecalling its decision,\n\n2. Requests the Keeper to provide for the consultations in the budget;\n\n3. Decides that the informal talks between its fifth and sixth sessions should be held at Utopia during January 2038;\n";
    assert_eq!(brief(text, "2037-06-20"), ["¶2 Keeper"]);
}

#[test]
fn a_meeting_in_a_month_with_no_year_is_the_first_such_month_after_adoption() {
    let text = "The Orchard Board\n\n1. Requests the Keeper and the Fund to present a yearly planting plan at the second regular meeting of the Orchard Board in September.\n";
    let got = brief(text, "2037-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with(" 2037-09"), "{got:?}");
}

#[test]
fn a_place_that_goes_on_with_its_other_organs_is_no_actor() {
    let text = "Resolution on the seed trade\n\nThe Council of Growers,\n\nHaving studied the report,\n\n1. URGES the member States as well as their delegates at the Orchard Assembly and its other organs to align their views.\n";
    let got = brief(text, "2037-06-20");
    assert_eq!(
        got,
        ["¶1 Member States | Delegates at the Orchard Assembly"]
    );
}

#[test]
fn other_organs_and_subsidiary_bodies_of_one_body_are_one_actor() {
    let text = "The Orchard Assembly,\n\n1. Requests all other organs and technical bodies of the Orchard League to review their methods of work;\n";
    assert_eq!(
        brief(text, "2037-06-20"),
        ["¶1 All other organs and technical bodies of the Orchard League"]
    );
}
