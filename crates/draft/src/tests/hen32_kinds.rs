//! One composed text per kind the fix round on `held39` (helper `hen32`) fixed: "him" with
//! no person named before it in its sentence; a news lede opening with the noun "Charges
//! for"; "directed partly from" after a noun; "launched an appeal to X to"; "called on A to
//! ..., and for B to ..."; "encouraged X to be <calm>"; "the need for X’s commitment to ...
//! without resorting to threats"; "called on an increase in"; "this July". None is a
//! sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn him_is_the_person_a_name_gives_earlier_in_the_sentence() {
    assert_eq!(
        brief(HIM_NAMED, "2037-05-03"),
        ["¶1 Ivo Marten", "¶1 Ivo Marten", "¶1 Armed rebel groups"]
    );
}

#[test]
fn him_is_the_person_the_sentence_before_names() {
    assert_eq!(
        brief(HIM_BEFORE, "2037-05-03"),
        ["¶2 President of Gambia", "¶3 Member States"]
    );
}

#[test]
fn charges_for_opening_a_sentence_is_a_noun() {
    assert_eq!(
        brief(CHARGES_FOR, "2037-05-03"),
        ["¶2 All the valley states due=2037-05"]
    );
}

#[test]
fn directed_from_after_a_noun_is_a_participle() {
    assert_eq!(brief(DIRECTED_FROM, "2037-05-03"), ["¶2 Westvale"]);
}

#[test]
fn launched_an_appeal_to_x_to_asks_x() {
    assert_eq!(brief(APPEAL, "2037-05-03"), ["¶1 Donor community"]);
}

#[test]
fn called_on_a_to_and_for_b_to_asks_both() {
    assert_eq!(
        brief(AND_FOR, "2037-05-03"),
        ["¶1 All parties", "¶1 All sides"]
    );
}

#[test]
fn encouraged_x_to_be_calm_asks_x() {
    assert_eq!(
        brief(TO_BE, "2037-05-03"),
        ["¶1 Eastlanders", "¶1 Outside actors"]
    );
}

#[test]
fn the_need_for_a_named_owners_commitment_asks_the_owner() {
    assert_eq!(brief(OWNER_NEED, "2037-05-03"), ["¶1 Westvale"]);
}

#[test]
fn called_on_an_increase_names_nobody() {
    assert_eq!(
        brief(CALLED_ON_INCREASE, "2037-05-03"),
        ["¶1 All States", "¶1 Member States"]
    );
}

const HIM_NAMED: &str = "The Orchard leaders welcomed the recent truce declared by Ivo Marten and called upon him to see to the strict keeping of the truce. They urged him to ensure that his field captains respect the truce. The Summit also urged the armed rebel groups to lay down their arms.\n";

const HIM_BEFORE: &str = "The Authority praised the President of Gambia for what his office has done, since he took up the post, to restore the orchards.\n\nIt urged him to set up a national dialogue on the orchards.\n\nIt appealed to Member States to send more seed.\n";

const CHARGES_FOR: &str = "Charges for seed trades across the valley states are set to fall by May this year, when the states drop their seed duties following a directive by the leaders.\n\nIn a communiqué read at the end of the 9th Orchard Summit, the leaders resolved that all the valley states should align their seed duties this May.\n";

const DIRECTED_FROM: &str = "The leaders of the Orchard Group issued a statement, condemning the frost raids by Westvale against the orchards of Eastland, directed partly from Northmoor soil.\n\nWe call on Westvale to stop the raids.\n";

const APPEAL: &str = "The Authority launched an appeal to the donor community to support the efforts of the Eastland Government towards the recovery of its orchards.\n";

const AND_FOR: &str = "A statement issued after their meeting said the ministers \"called on all parties to refrain from further raids, and for all sides to exercise utmost restraint.\"\n";

const TO_BE: &str = "The leaders encouraged Eastlanders to be calm during the seed season, and called upon outside actors to respect the rights of Eastlanders.\n";

const OWNER_NEED: &str = "Closing a three-day meeting in the valley, the Orchard states stressed on the need for Westvale\u{2019}s commitment to fair seed sharing and to ending frost raids on its neighbours.\n";

const CALLED_ON_INCREASE: &str = "It also called on an increase in the mission's strength and appealed to Member States to send more staff.\n";
