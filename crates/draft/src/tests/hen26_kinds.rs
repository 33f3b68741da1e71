//! One composed text per kind the fix round on `held37` (helper `hen26`) fixed: a body's
//! name, then "held" with where and when, before its verb; "reiterated a call for"; a
//! title-case headline over a lede that a later call restates; a head of state's office
//! before his name; "furthered that X be encouraged". None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_body_held_somewhere_then_its_verb_opens_the_clause() {
    assert_eq!(brief(HELD_THEN_VERB, "2037-05-03"), ["¶1 All States"]);
}

#[test]
fn reiterated_a_call_for_is_the_body_s_call() {
    assert_eq!(brief(A_CALL_FOR, "2037-05-03"), ["¶1 All States"]);
}

#[test]
fn a_lede_under_a_title_case_headline_restated_later_is_dropped() {
    assert_eq!(brief(HEADLINE_LEDE, "2037-05-03"), ["¶3 All States"]);
}

#[test]
fn a_head_of_state_s_office_before_his_name_speaks_for_himself() {
    assert_eq!(brief(OFFICE_NAME, "2037-05-03"), ["¶1 Growers"]);
}

const HELD_THEN_VERB: &str = "Eastport — The Extraordinary Summit of the Orchard Union (ORU) held Saturday in Eastport called for the immediate end of the frost raids in Westvale.\n";

const A_CALL_FOR: &str = "The Orchard Union has reiterated a call for the immediate end of the frost raids in Westvale.\n";

const HEADLINE_LEDE: &str = "Extraordinary Summit of Orchard Leaders in Eastport\n\nOrchard leaders called for an immediate end of the frost raids in Westvale, at a summit called to calm the valley.\n\nThe leaders called for an immediate end of the frost raids in Westvale in a statement issued after the summit.\n";

const OFFICE_NAME: &str = "The ORU summit urged the growers to plant early.\n\nEastland's President and current chair of the ORU, Jane Doe, again urged Westvale and Eastport to restore their trade, and called for the end of the raids.\n";

#[test]
fn furthered_that_x_be_encouraged_asks_x() {
    assert_eq!(brief(FURTHERED, "2037-05-03"), ["¶2 Seed Council"]);
}

const FURTHERED: &str = "The ORU summit voiced concern.\n\nThe Conference furthered that the Seed Council be encouraged to comply with the roadmap.\n";
