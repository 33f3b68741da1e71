//! The Arabic kinds of the fix round on res18 (helper har8): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at 7cbe442).

use crate::tests::brief::arabic as brief;

#[test]
fn a_present_verb_names_its_body_before_whom_it_asks() {
    // "1- يطلب المجلس من الأمين العام ...": the Council asks, the Secretary-General acts,
    // as in the past tense "طلب المجلس من الأمين العام ...".
    let text = "قرار مجلس الواحات رقم 5\n\n1- يطلب المجلس من الأمين العام تقديم تقرير قبل 1 مارس 2027.\n\n2- تطلب الجمعية العامة إلى المدير العام أن يتابع تنفيذ هذا القرار.\n";
    assert_eq!(
        brief(text, "2026-06-01"),
        ["¶1 الأمين العام due=2027-03-01", "¶2 المدير العام"]
    );
}

#[test]
fn what_the_new_text_provides_for_is_the_body_s_decision_told_once() {
    // "وينص القرار الجديد على تمديد ...", then a paragraph on "وجاء في القرار أن المجلس قرر
    // تمديد ..." with the mission's name spelt another way: one decision, no deadline from
    // the days the period starts and ends.
    let text = "خبر\n\nصادق مجلس الواحات اليوم على قرار بشأن البعثة.\n\nوينص القرار الجديد على تمديد مهمة المينوسا لستة أشهر تبدأ في 1 مايو 2030 وتنتهي في 31 أكتوبر 2030.\n\nوجاء في القرار أن المجلس قرر تمديد مهمة الميونوسا الى غاية 31 أكتوبر 2030.\n";
    assert_eq!(brief(text, "2030-04-27"), ["¶3 مجلس الواحات"]);
}

#[test]
fn an_adopted_resolution_whose_verb_has_no_subject_is_the_body_s_named_before() {
    // "أنهى مجلس X دورته ... كما تبنى قرارا بتأمين ...": the subject elided.
    let text = "خبر\n\nأنهى مجلس الواحات أمس دورته بتبني عدد من القرارات كما تبنى قرارا بتأمين الدعم المادي للمفوضية لتنفيذ برامجها.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_body_s_word_that_it_will_meet_is_its_act_to_come() {
    // "أعلن مجلس X، أنه سيعقد جلسة خاصة ... فى 27 مايو الجارى": the day of the month the
    // announcement is made in; "وأوضح المجلس أنه سيعقد اجتماعا تنظيميا ..." after "قرر
    // المجلس عقد جلسة ..." is another meeting, not the first told again.
    let announced = "خبر\n\nأعلن مجلس الواحات التابع للرابطة، أنه سيعقد جلسة خاصة لمناقشة الوضع في الوادي، وذلك فى 27 مايو الجارى.\n";
    assert_eq!(
        brief(announced, "2030-05-20"),
        ["¶2 مجلس الواحات التابع للرابطة due=2030-05-27"]
    );
    let two = "خبر\n\nقرر مجلس الواحات عقد جلسة طارئة الجمعة المقبلة. وأوضح المجلس أنه سيعقد اجتماعا تمهيديا بعد غد الخميس لتحضير جدول الأعمال.\n";
    assert_eq!(
        brief(two, "2030-05-14"),
        ["¶2 مجلس الواحات due=2030-05-17", "¶2 المجلس due=2030-05-16"]
    );
}

#[test]
fn a_call_ends_with_its_sentence() {
    // "... قرارا يدعو X لاحترام ... . وسيعقد المجلس دورة يوم الثلاثاء القادم": the next
    // sentence's day is the meeting's, not the call's deadline.
    let text = "خبر\n\nوقد تبنى مجلس الواحات قرارا جديدا يدعو البلدية لاحترام حقوق المزارعين. وسيعقد المجلس آخر دورة له يوم الثلاثاء القادم.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 البلدية"]);
}

#[test]
fn the_close_of_the_body_s_own_meeting_stands_before_the_addressee() {
    // "دعا المجلس في ختام أعمال جلسته X إلى ...".
    let text =
        "خبر\n\nدعا المجلس في ختام أعمال جلسته البلديات المجاورة إلى دراسة إقامة صندوق للري.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 البلديات المجاورة"]);
}

#[test]
fn directing_committees_to_an_act_asks_them() {
    // "وتوجيه لجان X المعنية إلى إعادة النظر ...": the committees are directed to act.
    let text = "خبر\n\nقرر مجلس الواحات اقامة مركز للري، وتوجيه لجان الآبار المعنية إلى إعادة النظر في المبادئ.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 مجلس الواحات", "¶2 لجان الآبار المعنية"]
    );
}
