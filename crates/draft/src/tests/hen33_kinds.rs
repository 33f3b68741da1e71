//! One composed text per kind the fix round on `held40` (helper `hen33`) fixed: a news
//! lede whose call two later quoting paragraphs make again between them; "the parties (A
//! and B)" naming the parties; quoted words opening with "to" after the actor; "Leaders of
//! the <group> (<acronym>)" naming the body of their own agreement. None is a sentence of
//! a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_lede_two_later_quoted_calls_make_again_is_their_lede() {
    assert_eq!(
        brief(LEDE_SPLIT, "2037-05-07"),
        [
            "¶5 Parties due=At { anchor: Adoption, days: 14 }",
            "¶6 Parties"
        ]
    );
}

#[test]
fn a_bracket_naming_two_after_the_parties_names_the_parties() {
    assert_eq!(brief(BRACKET_PAIR, "2037-05-07"), ["¶1 Parties"]);
}

#[test]
fn quoted_words_opening_with_to_are_no_part_of_the_actor() {
    assert_eq!(
        brief(QUOTED_ASK, "2037-05-07"),
        ["¶1 Parties due=At { anchor: Adoption, days: 14 }"]
    );
}

#[test]
fn leaders_of_a_group_by_its_acronym_name_the_body() {
    assert_eq!(brief(LEADERS_OF, "2037-05-07"), ["¶1 G-9", "¶2 Westvale"]);
}

const LEDE_SPLIT: &str = "The Orchard Authority, on Thursday, called upon the feuding parties in Eastland to sit for direct talks inside two weeks and to commit to dialogue and mediation, stressing the need for a lasting truce.\nThe call came in a statement issued after the 12th summit of the Authority, held in Northport.\nThe summit looked at the frost raids and the quarrel over the river.\nThe meeting was chaired by the Authority's current chair.\nThe statement voiced concern about the \u{201c}raids in Eastland.\u{201d} It called on the parties (the Eastland Guard and the Valley Riders) \u{201c}to a direct meeting within two weeks,\u{201d} without naming the place.\nThe statement also urged the parties \u{201c}to commit to dialogue and mediation, and to a lasting truce, paving the way for talks.\u{201d}\n";

const BRACKET_PAIR: &str = "The summit called on the parties (the Eastland Guard and Valley Riders) to hold a direct meeting at once.\n";

const QUOTED_ASK: &str = "The statement called on the parties \u{201c}to a direct meeting within two weeks,\u{201d} without naming the place.\n";

const LEADERS_OF: &str = "NORTHPORT - Leaders of the Group of Nine orchard states (G-9) Monday condemned Westvale's frost raids and agreed to hold the raiders accountable for their acts, reported a news agency.\nThe G-9 leaders urged Westvale to withdraw its raiders from the orchards.\n";
