//! The Arabic kinds of the fix round on res24 (helper har12): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at a5e714d).

use crate::tests::brief::arabic as brief;

#[test]
fn a_participle_of_appeal_asks_its_addressee() {
    // "مناشدا X بـ ..." after a view: X is asked, as "داعيا X إلى ..." asks X.
    let text = "خبر\n\nوشدد المجلس على مسؤولية الجيران في حماية الأنهار، مناشدا مجلس المياه الإقليمي بتنفيذ الاتفاقات السابقة الخاصة بتقاسم المياه.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس المياه الإقليمي"]);
}

#[test]
fn a_commitment_to_a_call_is_a_view_not_a_call() {
    // "أكد المجلس على الالتزام بالدعوة لـ ..." holds to a call made before: no mandate;
    // "ودعا إلى الالتزام بـ ..." still calls.
    let text = "خبر\n\nوأكد المجلس على الالتزام بالدعوة لإنهاء التصحر في السهول الجنوبية.\n\nوجددت اللجنة التمسك بالدعوة إلى حماية الغابات.\n\nودعا المجلس إلى الالتزام بخطة الري.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶4 جميع الدول"]);
}

#[test]
fn a_ceasefire_a_text_provides_for_is_a_call_naming_no_one() {
    // "ينص القرار على وقف فوري لـ ..." asks the parties, named or not, not the council
    // (its own acts, "ينص القرار على تمديد ...", stay its decision).
    let text = "خبر\n\nاعتمد مجلس الوديان قرارا بشأن الإقليم.\n\nينص القرار على وقف فوري للقتال في الإقليم، الإفراج عن المحتجزين.\n\nكما ينص القرار على تمديد ولاية البعثة حتى نهاية العام.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶3 جميع الدول", "¶4 مجلس الوديان"]
    );
}

#[test]
fn what_a_text_binds_someone_to_asks_that_one() {
    // "القرار يلزم X بـ ...", "وألزم القرار X بـ ...": X is bound to act; a resolution to
    // come that would bind ("إصدار قرار يلزم X بـ ...") describes it and asks no one.
    let text = "خبر\n\nالقرار يلزم سلطة الوادي بوقف تحويل مجرى النهر بشكل فوري.\n\nوألزم القرار حكومة الإقليم بتقديم تقرير شهري.\n\nوطالب المجلس بإصدار قرار يلزم سلطة الوادي بوقف التحويل.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 سلطة الوادي", "¶3 حكومة الإقليم", "¶4 جميع الدول"]
    );
}

#[test]
fn a_decision_announced_by_a_member_is_its_deciders_own_act() {
    // "أعلن الوزير عن قرار وزراء X القاضي بإرسال وفد ...": the ministers decided to send
    // it; an older decision a call names ("بتنفيذ قرار X القاضي بـ ...") is not one.
    let text = "خبر\n\nأعلن وزير الزراعة سالم الحداد عن قرار وزراء الري العرب القاضي بإرسال وفد وزاري إلى منظمة الأغذية، للمطالبة بعقد اجتماع عاجل.\n\nوطالب المجلس بتنفيذ قرار مجلس الري القاضي بحماية الآبار.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 وزراء الري العرب", "¶3 جميع الدول"]
    );
}
