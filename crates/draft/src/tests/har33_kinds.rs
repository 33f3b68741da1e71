//! The Arabic kinds of the fix round on res48 (helper har33): one composed text per rule
//! added in that round (`ar.rs`), not a sentence of a real text. Each fails with its rule
//! switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_recommending_verb_typed_without_its_hamza_recommends() {
    // "اوصى" / "واوصت" for "أوصى" / "وأوصت": read as the verb with its hamza (nothing had
    // been drafted).
    let text = "خبر\n\nاوصى مجلس وزراء الزراعة العرب، اليوم الاثنين، بإنشاء صندوق لدعم صغار المزارعين.\n\nواوصت اللجنة الوزارية الدول الأعضاء بتبادل بيانات الأمطار.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 جميع الدول", "¶3 الدول الأعضاء"]
    );
}

#[test]
fn a_titles_abbreviation_inside_the_chair_aside_does_not_end_it() {
    // "برئاسة وزير ... د.X الاثنين، Y لـ ...": "د." (glued to the name) is a title, not a
    // full stop; the aside ends at its comma and Y is asked (the chair had been drafted).
    let text = "خبر\n\nدعا مجلس وزراء الصحة العرب في ختام أعمال دورته الـ50 بمقر الأمانة العامة للمجلس بالرباط، برئاسة وزير الصحة د.سالم العلي الاثنين، المنظمات الأهلية لدعم حملات التطعيم في الأرياف.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 المنظمات الأهلية"]);
}
