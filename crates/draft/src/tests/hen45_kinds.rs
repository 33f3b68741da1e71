//! One composed text per kind the fix round on `held50` (helper `hen45`) fixed. None is a
//! sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn a_proper_name_then_must_in_numbered_conclusions_asks_it() {
    let text = "Orchard Council\nConclusions\n1.\nThe Orchard Council recalls its support for the valley growers.\n2.\nArcadia must halt the diversion of the river and pull its crews back from the valley. Seed law must be respected. Arcadia must also return the seized ploughs at once.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶2 Arcadia", "¶2 Arcadia"]);
}

#[test]
fn a_pronoun_or_a_thing_then_must_asks_no_one() {
    let text = "Orchard Council\nConclusions\n1.\nThe Orchard Council recalls its support for the valley growers.\n2.\nIt must be clear that the valley stays open. Seed Law must be respected.\n";
    assert!(brief(text, "2036-05-04").is_empty());
}
