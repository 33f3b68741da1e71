//! The Arabic kinds of the fix round on res50 (helper har35): one composed text per rule
//! added in that round (`ar.rs`, `table.rs`), not a sentence of a real text. Each fails
//! with its rule switched off.

use crate::tests_brief::arabic as brief;

#[test]
fn a_finding_on_a_construct_noun_asks_no_one() {
    // "قرر المجلس أن تهريب X وY يمثلان خطرا ...": a noun in construct (no article of its
    // own, the one after it has it), then a dual state verb: a finding, no act (the body
    // had been drafted as acting); the request after it stands.
    let text = "ملخص\n\nقرر مجلس الأمن أن تهريب المخدرات وتمويل الجماعات المسلحة يمثلان خطرا على استقرار المنطقة. وطلب المجلس من الأمين العام تقديم تقرير بحلول 3 مايو 2031.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الأمين العام due=2031-05-03"]);
}
