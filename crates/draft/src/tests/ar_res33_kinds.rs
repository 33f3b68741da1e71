//! The Arabic kinds of the fix round on res33 (helper har17): one composed text for the one rule
//! added in that round (`ar.rs`), not a sentence of a real text. It fails with the rules
//! before the round (main at 52ea709).

use crate::tests::brief::arabic as brief;

#[test]
fn an_agreement_to_hold_a_meeting_with_a_comma_after_its_subject() {
    // "كما اتفق وزراء X، على عقد اجتماع ... في سبتمبر المقبل": their decision.
    let text = "كما اتفق وزراء زراعة بلديات حوض الوادي، على عقد اجتماع في الواحة في مارس المقبل.\n";
    assert_eq!(
        brief(text, "2030-01-15"),
        ["¶1 وزراء زراعة بلديات حوض الوادي due=2030-03"]
    );
}
