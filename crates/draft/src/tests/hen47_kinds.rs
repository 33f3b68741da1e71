//! One composed text per kind the fix round on `held51` (helper `hen47`) fixed. None is a
//! sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn an_organ_meeting_in_its_session_opening_the_preamble_is_the_body() {
    let text = "Communiqué of the Orchard Council\n\nThe Orchard Council meeting in its ninth session, in Valleyton, on 4 May 2036, to weigh the seed mission;\n\nNoting its earlier decision on the seed mission;\n\nDecides to extend the mandate of the seed mission for three more months.\n";
    let drafts = brief(text, "2036-05-04");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(drafts[0].ends_with(" Orchard Council"), "{drafts:?}");
}

#[test]
fn taking_part_in_a_vote_named_by_its_year_is_due_in_that_year() {
    let text = "Orchard statement\n\nThe Chairperson encouraged all valley growers to take part in the 2036 village elections and to keep the roads open.\n\nThe Chairperson urged the hill growers to take part in the 2035 seed referendum.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶2 All valley growers due=On(Year(2036))",
            "¶3 Hill growers"
        ]
    );
}
