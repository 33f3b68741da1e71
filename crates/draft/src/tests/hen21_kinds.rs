//! One composed text per kind the fix round on `held34` (helper `hen21`) fixed: the allies
//! of the parties a call names, a date inside a "while welcoming ..." aside, and others'
//! agreement told in a relative clause after "in which". None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn the_allies_of_named_parties_are_no_addressee_of_their_own() {
    let text = ALLIES;
    assert_eq!(
        brief(text, "2037-05-03"),
        ["¶1 Northvale Defence Force (NDF) | Orchard Guard Units (OGU)"]
    );
}

#[test]
fn a_date_in_a_while_welcoming_aside_is_no_deadline() {
    let text = WHILE_WELCOMING;
    assert_eq!(brief(text, "2037-05-03"), ["¶1 Harvest Council"]);
}

#[test]
fn others_agreement_after_in_which_is_not_the_body_s_decision() {
    let text = IN_WHICH_OTHERS;
    assert_eq!(brief(text, "2037-05-03"), ["¶2 Board"]);
}

const ALLIES: &str = "1. The Chairperson urges the Northvale Defence Force (NDF), the Orchard Guard Units (OGU) and their allies, to cease the fighting around the old mill at once.\n";

const WHILE_WELCOMING: &str = "1. The Chairperson calls on the Harvest Council to urgently consider the situation in the valley, while welcoming the convening of the Growers' Committee on the valley, by H.E. the Chair of the Committee, in Eastport on 23 May 2037.\n";

const IN_WHICH_OTHERS: &str = "1. The Ministerial Council welcomed the success of the talks held in Eastport, in which the Northvale delegates agreed to draw up a plan for the orchards.\n\n2. The Ministerial Council requested the Board to report on the orchards.\n";
