//! The Arabic kinds of the fix round on res21 (helper har9): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (branch har9 at d80a6db).

use crate::tests::brief::arabic as brief;

#[test]
fn the_close_of_a_meeting_stands_between_a_verb_and_its_addressee() {
    // "وطالب المجلس في ختام أعماله X وY بـ ...": not a call naming no one.
    let text = "خبر\n\nوطالب المجلس في ختام أعماله الدول العربية والمنظمات الإقليمية بحماية الآبار.\n\nودعت اللجنة في ختام اجتماعها البلديات إلى ترشيد المياه.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 الدول العربية | المنظمات الإقليمية", "¶3 البلديات"]
    );
}

#[test]
fn the_united_nations_run_together_is_a_name_of_its_own() {
    // "هيئة الأممالمتحدة واليونيسكو ...": two addressees, not one construct.
    let text = "خبر\n\nوطالب المؤتمر هيئة الأممالمتحدة واليونيسكو والهيئات المعنية بحماية الآبار.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 هيئة الأممالمتحدة | اليونيسكو | الهيئات المعنية"]
    );
}
