//! One composed text per kind helper `hdl3` fixed (un50's misses): the members of a treaty
//! named by their treaty and coordinated with another addressee, a recommendation that
//! names nobody before its infinitive, and a request whose next sentence ties its meeting
//! to a session the text does not date. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn treaty_members_and_another_addressee_are_two_actors() {
    let text = "The Orchard Committee,\n\n1. Invites Parties to the Seed Protocol and Governments, through the Keeper, to send their comments in writing by 30 April 2032;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("¶1 Parties to the Seed Protocol | Governments"),
        "{got:?}"
    );
}

#[test]
fn a_recommendation_with_no_addressee_asks_all_states() {
    let text = "The Orchard Committee,\n\n1. Recommends to keep the grafting rules set out in chapter 2 of the Orchard Directives, while leaving room to revisit them later;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got, ["¶1 All States"], "{got:?}");
}

#[test]
fn a_next_sentence_ties_the_meeting_to_an_undated_session() {
    let text = "The Orchard Committee,\n\n1. Requests the Keeper to convene a small meeting of growers to look at the blight survey. That meeting is to last two days, and it will be convened back to back with the third session of the Orchard Committee;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Keeper due=at "), "{got:?}");
}

#[test]
fn a_recommendation_to_named_members_still_asks_them() {
    let text = "The Orchard Committee,\n\n1. Recommends to Member States that they keep the grafting rules under review;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got, ["¶1 Member States"], "{got:?}");
}

#[test]
fn a_held_meeting_does_not_date_a_request_that_sets_up_none() {
    let text = "The Orchard Committee,\n\n1. Requests the Keeper to report on the blight survey. That meeting is to be convened back to back with the third session of the Orchard Committee;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got, ["¶1 Keeper"], "{got:?}");
}
