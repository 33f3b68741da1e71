//! The Arabic kinds of the fix round on res46 (helper har30): one composed text per rule
//! added in that round (`ar.rs`, `table.rs`), not a sentence of a real text. Each fails
//! with its rule switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_latest_time_of_a_unit_alone_is_one_unit() {
    // "في موعد أقصاه شهر من اليوم": one month from the adoption (it had been read as a
    // month's name to come, and dropped).
    let text =
        "خبر\n\nوطلب المجلس من اللجنة الفنية إعداد خريطة للآبار في موعد أقصاه شهر من اليوم.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 اللجنة الفنية due=At { anchor: Adoption, days: 31 }"]
    );
}

#[test]
fn ila_without_its_hamza_calls_as_ila_does() {
    // "ودعا الوزراء الى العمل على ...": "الى" typed without its hamza opens the call as
    // "إلى" does, naming no one (its verbal noun had been drafted as the actor).
    let text = "خبر\n\nودعا الوزراء الى العمل على حماية الينابيع من التلوث.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 جميع الدول"]);
}

#[test]
fn whom_a_call_supports_or_brings_to_account_does_not_act() {
    // "دعا إلى دعم هيئة X", "طالب بمحاسبة كافة X": the genitive of "دعم", "محاسبة" is
    // what is acted on; the call names no one.
    let text =
        "خبر\n\nودعا المجلس، إلى دعم هيئة الري الإقليمية. وطالب المجلس بمحاسبة كافة ملوثي الأنهار.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 جميع الدول", "¶2 جميع الدول"]
    );
}

#[test]
fn ministers_named_back_are_the_ministers_the_lead_names() {
    // "طالب وزراء الري العرب ... وقرر الوزراء ...": the plural named back is the speakers
    // the lead names in full (it had stayed "الوزراء").
    let text = "طالب وزراء الري العرب بعقد ندوة عن السدود، وقرر الوزراء في ختام اجتماعهم متابعة خطة السدود.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶1 جميع الدول", "¶1 وزراء الري العرب"]
    );
}

#[test]
fn a_movement_a_union_and_missions_go_on_a_list() {
    // "دعا X واتحاد Y وحركة Z", "من مجلس X وبعثات Y": each joined name is asked (the list
    // had been cut at the first).
    let text = "خبر\n\nكما دعا رابطة الري واتحاد الفلاحين وحركة حماية الأنهار تحديث خططها.\n\nوطلب المجلس من لجنة السدود وبعثات الرابطة في الخارج شرح الخطة.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        [
            "¶2 رابطة الري | اتحاد الفلاحين | حركة حماية الأنهار",
            "¶3 لجنة السدود | بعثات الرابطة في الخارج"
        ]
    );
}

#[test]
fn states_a_short_relative_clause_singles_out_keep_it() {
    // "الدول التي أوقفت مساهماتها إلى استئنافها": which States are asked (it had been cut
    // to "الدول").
    let text = "خبر\n\nودعا المجلس الدول التي أوقفت مساهماتها إلى استئنافها دون تأخير.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الدول التي أوقفت مساهماتها"]);
}

#[test]
fn a_proviso_naming_its_doer_tasks_it() {
    // "يقرر ... على أن تقوم X بـ ...": the proviso gives X its part (it had been missed).
    let text = "خبر\n\nيقرر المجلس حث الدول الأعضاء على مسح الآبار على أن تقوم الرابطة العربية للري بتدريب المساحين.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الدول الأعضاء", "¶2 الرابطة العربية للري"]
    );
}

#[test]
fn a_recommendation_naming_its_own_body_asks_the_name_after_it() {
    // "يوصي المجلس X بـ ...", "أن يوصي المجلس X بـ ...": the council is the verb's own
    // subject and X the one asked (the two had been drafted as one name).
    let text = "خبر\n\nيوصي المجلس الدول الأعضاء بالمبادرة إلى تسجيل الآبار.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الدول الأعضاء"]);
    let quoted = "خبر\n\nتوصي اللجنة أن يوصي المجلس الدول الأعضاء بالمبادرة إلى تسجيل الآبار.\n";
    assert_eq!(brief(quoted, "2031-03-10"), ["¶2 الدول الأعضاء"]);
}

#[test]
fn a_bureau_formed_for_its_term_is_set_up_there_and_then() {
    // "قرر المجلس تشكيل المكتب التنفيذي ... للعامين ... من ...": formed on the spot, no
    // task (it had been drafted as the council's act); a committee formed to study a
    // matter is still the council's act.
    let text = "خبر\n\nوقرر مجلس وزراء الزراعة العرب تشكيل هيئة المكتب للفترة 2032-2033 من الأردن وتونس.\n\nوقرر مجلس وزراء الزراعة العرب تشكيل لجنة فنية لدراسة الآبار.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶3 مجلس وزراء الزراعة العرب"]);
}
