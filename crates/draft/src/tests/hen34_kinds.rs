//! One composed text per kind the fix round on `held41` (helper `hen34`) fixed: "the
//! member states agreed to <act>" naming the members, not the organisation; an
//! organisation's name ending in "Cooperation" as the subject of its call; "the call was
//! also for <a thing>" as a call of its own; a stop to "the <act> of X against Y" asking X.
//! None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn member_states_agreeing_to_act_are_named_as_the_text_names_them() {
    assert_eq!(brief(MEMBERS_AGREED, "2037-05-07"), ["¶2 Member states"]);
}

#[test]
fn an_organisation_named_up_to_cooperation_is_the_subject_of_its_call() {
    assert_eq!(
        brief(COOPERATION_SUBJECT, "2037-05-07"),
        ["¶1 All States", "¶2 Valley farmers"]
    );
}

#[test]
fn the_call_as_a_subject_is_a_call_of_its_own() {
    assert_eq!(
        brief(CALL_WAS_FOR, "2037-05-07"),
        ["¶1 All States", "¶1 All States"]
    );
}

#[test]
fn a_stop_to_the_act_of_x_against_y_asks_x() {
    assert_eq!(
        brief(STOP_AGAINST, "2037-05-07"),
        ["¶1 Westvale troops", "¶2 All States"]
    );
}

const MEMBERS_AGREED: &str = "The Union of Orchard States (UOS) met in Northport on Friday to discuss the frost.\nA text was adopted to start a frost fund for the valley. The member states agreed to \u{201c}set up a Frost Fund, run by the Orchard Bank, to carry help to the valley,\u{201d} the text says.\n";

const COOPERATION_SUBJECT: &str = "The open-ended Board of the Union for Orchard Cooperation called for a quick end to the frost raids in the valley.\nThe Union for Orchard Cooperation urged the valley farmers to share their stores.\n";

const CALL_WAS_FOR: &str = "The Orchard Group called for the frost question to be raised at every forum. The call was also for swift steps to ease the lot of the valley farmers.\n";

const STOP_AGAINST: &str = "The Board called for an immediate cessation of the ruthless raids of the Westvale troops against the farmers in the valley.\nThe Board called for an end to the occupation of the valley.\n";
