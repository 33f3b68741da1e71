//! One composed text per kind the fix round on `held38` (helper `hen28`) fixed: a passive
//! "was directed to" after a post with its holder's name between commas; a joint statement
//! adopted by ministers of named States, then "calls on"; a member's delegate asking for
//! time; a post "to be filled by" a State in a decided that-clause; "all parties, namely A,
//! B and C"; a process "led by" A and B. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_addressee_with_a_name_in_apposition_was_directed_to() {
    assert_eq!(
        brief(PASSIVE_APPOSED, "2037-05-03"),
        ["¶2 Outgoing Chair of the Seed Board"]
    );
}

#[test]
fn a_joint_statement_adopted_by_ministers_calls_on_x() {
    assert_eq!(brief(STATEMENT_SUBJECT, "2037-05-03"), ["¶2 Seed Council"]);
}

#[test]
fn a_delegate_asking_for_more_time_asks_nobody() {
    assert_eq!(brief(DELEGATE, "2037-05-03"), ["¶1 Westvale government"]);
}

#[test]
fn a_post_to_be_filled_by_x_is_no_decision_of_the_body() {
    assert_eq!(brief(DECIDED_PASSIVE, "2037-05-03"), ["¶1 Authority"]);
}

#[test]
fn parties_namely_a_b_and_c_are_the_parties() {
    assert_eq!(brief(NAMELY, "2037-05-03"), ["¶1 All parties"]);
}

#[test]
fn a_process_led_by_x_does_not_add_x() {
    assert_eq!(
        brief(PROCESS_LED_BY, "2037-05-03"),
        ["¶1 Parties to the Eastport process"]
    );
}

const PASSIVE_APPOSED: &str = "Eastport, 3 May 2037. The Orchard Union leaders met in Eastport on Saturday.\nWith regard to the seed posts, the outgoing Chair of the Seed Board, Ivo de Brand, was directed to hand over the files to his successor.\n";

const STATEMENT_SUBJECT: &str = "Five orchard countries met in Eastport on the frost raids.\nA joint statement adopted by the farm ministers of Eastland, Westvale, Northmoor and Southdale calls on the Seed Council \u{201c}to halt the frost raids at once.\u{201d}\nThe ministers also met the envoy of the valley.\n";

const DELEGATE: &str = "The Orchard Council demanded the Westvale government to stop the raids.\nWestvale's delegate rejected the Orchard League's text and asked for some days to consult with his ministers before giving any answer.\n";

const DECIDED_PASSIVE: &str = "\u{201c}The Authority decides to back the candidature of Eastland to the post of Seed Commissioner. Summit decided that the second post to be given to the region will be filled by Westvale,\u{201d} it said.\n";

const NAMELY: &str = "Council, 1. Calls upon all parties, namely the Eastport Government, the Valley Front (VF) and the Hill Movement/Army (HM/A), to comply with the truce of 8 May 2037; 2. Decides to remain seized of the matter.\n";

const PROCESS_LED_BY: &str = "Council encourages the parties to the Eastport process led by the Joint Mediator and the Government of Westvale to intensify their efforts.\n";
