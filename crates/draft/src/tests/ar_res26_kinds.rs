//! The Arabic kinds of the fix round on res26 (helper har12): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (branch har12 at 87c8afc).

use crate::tests::brief::arabic as brief;

#[test]
fn a_day_set_off_by_commas_stands_between_a_resolution_and_its_act() {
    // "تبنى مجلس X بالإجماع قرارا، الأربعاء، بتمديد مهمة البعثة ...": the council's
    // decision, as "قرارا بتمديد" is.
    let text =
        "تبنى مجلس الوديان بالإجماع قرارا، الأربعاء، بتمديد مهمة بعثة المراقبة في الإقليم لمدة عام.\n";
    assert_eq!(brief(text, "2030-06-25"), ["¶1 مجلس الوديان"]);
}

#[test]
fn a_decision_taken_by_its_act_is_the_body_s() {
    // "واتخذ المجلس قراره بتمديد مهمة X ...": the decision, as "اعتمد قرارا بتمديد"
    // ("اتخذ المجلس قرارا حول ..." names no act).
    let text = "خبر\n\nوبعد نقاش طويل اتخذ مجلس الوديان قراره بتمديد مهمة بعثة المراقبة ستة أشهر.\n\nواتخذ المجلس قرارا حول إرسال مراقبين.\n";
    assert_eq!(brief(text, "2030-06-25"), ["¶2 مجلس الوديان"]);
}

#[test]
fn a_report_due_at_the_end_of_this_period_is_due_the_day_it_ended() {
    // "... تمديد مهمة البعثة إلى 30 كانون الأول المقبل. وطلب القرار من X رفع تقرير ... في
    // نهاية هذه المهلة": due 30 December (the extension's end no due of the decision).
    let text = "قرر مجلس الوديان تمديد مهمة بعثة المراقبة في الإقليم إلى 30 كانون الأول المقبل بعد نقاش. وطلب القرار من الأمين العام رفع تقرير عن التطورات في الإقليم في نهاية هذه المهلة.\n";
    assert_eq!(
        brief(text, "2030-06-25"),
        ["¶1 مجلس الوديان", "¶1 الأمين العام due=2030-12-30"]
    );
}
