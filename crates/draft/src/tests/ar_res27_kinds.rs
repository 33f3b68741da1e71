//! The Arabic kinds of the fix round on res27 (helper har13): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (branch har13 at a9eea30).

use crate::tests::brief::arabic as brief;

#[test]
fn a_relative_clause_on_the_body_leaves_the_resolution_s_fihi_its_own() {
    // "صادق مجلس X الذي اجتمع ...، على مشروع قرار يمدد فيه ...": the relative clause
    // describes the body, not a text, so "فيه" is the adopted resolution's; a text a
    // relative clause describes ("البيان الذي أصدره ...، وطالب فيه ...") still tells what
    // that text said.
    let text = "صادق مجلس الوديان الذي اجتمع يوم الخميس في العاصمة، على مشروع قرار يمدد فيه عمل بعثة المراقبة ستة أشهر.\n\nوأشار المجلس إلى البيان الذي أصدره الشهر الماضي، وطالب فيه البلديات بحماية الآبار.\n";
    assert_eq!(brief(text, "2030-04-26"), ["¶1 مجلس الوديان"]);
}

#[test]
fn the_definite_participle_al_qadi_names_an_adopted_resolution_s_act() {
    // "اعتمد X مشروع القرار رقم N القاضي بتمديد ...", "... القرار القاضي بـ ...": the
    // adopting body's decision, as "قرارا يقضي بـ"; a resolution named in a call ("تنفيذ
    // قرار المجلس القاضي بـ ...") is no adoption.
    let text = "اعتمد مجلس الوديان مساء اليوم مشروع القرار رقم 3120 القاضي بتمديد عمل لجنة الخبراء حتى آخر السنة.\n\nوتبنى مجلس الحقول القرار القاضي بإنشاء صندوق للبذور.\n\nودعت البلدية إلى تنفيذ قرار المجلس القاضي بحماية الغابات.\n";
    assert_eq!(
        brief(text, "2030-02-25"),
        ["¶1 مجلس الوديان", "¶2 مجلس الحقول", "¶3 البلدية"]
    );
}

#[test]
fn a_comma_typed_apart_after_a_tanween_is_the_word_s_comma() {
    // "أصدر مجلس X قراراً جديداً ، يقضي بتمديد ...": the comma typed apart after a vowel
    // mark (of no script of its own) joins its word as after any other letter.
    let text = "أصدر مجلس الوديان قراراً جديداً ، يقضي بتمديد ولاية بعثة المراقبة لمدة عام إضافي.\n";
    assert_eq!(brief(text, "2030-10-31"), ["¶1 مجلس الوديان"]);
}

#[test]
fn a_text_s_own_call_besides_what_else_it_says_asks_its_addressee() {
    // "ويشدد القرار على ...، إلى جانب مناشدته جميع الأطراف أن تلتزم ...": the verbal noun
    // with the text's pronoun, after "إلى جانب" / "فضلا عن", asks the one named after it.
    let text = "ويشدد القرار على أهمية حماية الآبار، إلى جانب مناشدته جميع البلديات أن تلتزم بتقاسم المياه.\n\nويؤكد القرار دعمه للمزارعين، فضلا عن دعوته اللجان الزراعية إلى تنظيم السقاية.\n";
    assert_eq!(
        brief(text, "2030-02-25"),
        ["¶1 جميع البلديات", "¶2 اللجان الزراعية"]
    );
}

#[test]
fn each_of_lists_the_addressees_of_a_verb_whose_subject_is_elided() {
    // "ودعا كلا من X وY إلى ...": "each of" is no person speaking ("وطالب غوتيريش من
    // ..."), and each name "و" joins is one addressee.
    let text = "دعا مجلس الوديان البلديات إلى الحوار. ودعا كلا من الساحل وجبهة الوادي إلى التحلي بالواقعية.\n";
    assert_eq!(
        brief(text, "2030-04-30"),
        ["¶1 البلديات", "¶1 الساحل | جبهة الوادي"]
    );
}

#[test]
fn a_dual_head_s_second_genitive_is_a_second_name() {
    // "دعا مجلس X دولتي الوادي وجنوب الوادي لاستئناف ...": the dual's two genitives, the
    // second a construct of its own, are two names; "طرفي النزاع" stays one.
    let text = "دعا مجلس الوديان دولتي الوادي وجنوب الوادي لاستئناف المفاوضات على الفور.\n\nودعا المجلس طرفي النزاع إلى الحوار.\n";
    assert_eq!(
        brief(text, "2030-05-14"),
        ["¶1 دولتي الوادي | جنوب الوادي", "¶2 طرفي النزاع"]
    );
}
