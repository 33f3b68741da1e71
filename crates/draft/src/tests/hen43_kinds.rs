//! One composed text per kind the short fix round on `held48` and `un58` (helper `hen43`)
//! fixed. None is a sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn implored_asks_as_urged_does() {
    let text = "Orchard Summit Ends\n\nThe Heads of State met in Lome on 4 May 2036.\n\nThe Summit implored the seed agencies to deliver the saplings before the rains.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶3 Seed agencies"]);
}
