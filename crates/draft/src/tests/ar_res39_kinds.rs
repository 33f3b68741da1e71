//! The Arabic kinds of the fix round on res39 (helper har23): one composed text per rule
//! added in that round (`ar.rs`, `builder/mod.rs`), not a sentence of a real text. Each
//! fails with the rules before the round (main at 998dd15).

use crate::tests::brief::arabic as brief;

#[test]
fn a_group_of_states_after_a_feminine_verb_calls() {
    // "دعت دول مجموعة X (Y)، اليوم، في قمتها بـ Z إلى ...": the group's States are the
    // subject (the call names no one), and where they met stands before "إلى"; "ودعت
    // القمة الدول الأعضاء إلى" still asks the members.
    let text = "خبر\n\nدعت دول مجموعة البحار (M7)، اليوم الأحد، في قمتها بالجزيرة إلى حماية المرجان.\n\nودعت دول مجلس التعاون، اليوم السبت، في قمتها بالواحة إلى زراعة النخيل.\n\nودعت القمة الدول الأعضاء إلى تنظيف الشواطئ.\n";
    assert_eq!(
        brief(text, "2030-02-01"),
        ["¶2 جميع الدول", "¶3 جميع الدول", "¶4 الدول الأعضاء"]
    );
}

#[test]
fn those_taking_part_in_a_meeting_call() {
    // "دعا المشاركون في قمة "X" إلى ...": "في" and what they take part in (a quoted name
    // or not) belong to the subject; the call names no one.
    let text = "خبر\n\nدعا المشاركون في قمة \"مجموعة البحار\" إلى توسيع مجلس المرافئ.\n\nودعا المجتمعون في الملتقى إلى حماية الضفاف.\n";
    assert_eq!(
        brief(text, "2030-02-01"),
        ["¶2 جميع الدول", "¶3 جميع الدول"]
    );
}

#[test]
fn a_decisions_articles_on_lines_of_their_own_are_its_paragraphs() {
    // "مادة (N)" alone on its line, the article's text on the next, no blank line between:
    // each article is the paragraph numbered N. The first forms a committee (nothing
    // asked), the second puts it in charge, the third binds the competent authorities.
    let text = "قرار مجلس الحرف رقم (5) لسنة 2030\n\nمجلس الحرف،\n\nقرر ما يلي:\nمادة (1)\nتشكل لجنة من السادة التالية أسماؤهم.\nمادة (2)\nتتولى اللجنة دراسة أوضاع الورش وتضع تصوراً لتنظيمها لرفعه إلى المجلس.\nالمادة 3\nعلى الجهات المختصة، كل فيما يخصه، تنفيذ ما جاء في المادتين السابقتين.\n";
    assert_eq!(
        brief(text, "2030-02-01"),
        ["¶2 اللجنة", "¶3 الجهات المختصة"]
    );
}

#[test]
fn a_decided_item_forming_charging_or_binding() {
    // Under "يقرر ... ما يلي:": "تشكل لجنة ..." forms it there and then; "يتولى الفريق
    // ..." charges the team, not the deciding body; "على كافة الجهات ... تسهيل ..." binds
    // those authorities.
    let text = "إن مجلس الحرف،\n\nيقرر ما يلي:\n\n1- يشكل فريق من خبراء النسيج.\n\n2- يتولى الفريق إعداد دليل للحرفيين.\n\n3- على كافة الجهات الحكومية تسهيل عمل الفريق.\n";
    assert_eq!(
        brief(text, "2030-02-01"),
        ["¶2 الفريق", "¶3 الجهات الحكومية"]
    );
}

#[test]
fn a_page_opening_inside_an_item_keeps_its_tail() {
    // A page that opens inside a sentence ("الزراعية، ودعا الدول الأعضاء إلى ..."),
    // before its first number: the tail of the item before, its call read (no number);
    // a heading before it asks nothing.
    let text = "قائمة الصفحات\n\nالزراعية، ودعا الدول الأعضاء إلى التصديق على اتفاقية البذور، إن لم تكن قد فعلت ذلك. وأدان الحرائق.\n\n12.\n\nأكد المؤتمر أهمية الري. ودعا الدول إلى حماية الآبار.\n";
    assert_eq!(brief(text, "2030-02-01"), ["¶- الدول الأعضاء", "¶12 الدول"]);
}
