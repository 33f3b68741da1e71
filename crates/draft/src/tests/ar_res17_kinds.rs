//! The Arabic kinds of the fix round on res17 (helper har7): one composed text per kind of
//! the rules added to `ar.rs`, `table.rs` and `segment.rs` in that round, none a sentence
//! of a real text. Each fails with the rules before the round (main at 592db98).

use crate::tests::brief::arabic as brief;

#[test]
fn a_phrase_of_time_stands_between_a_call_and_its_addressee() {
    // "داعيا في نفس الوقت جميع الأطراف إلى ...": at the same time.
    let text = "خبر\n\nمدد مجلس الواحات ولاية البعثة عاما آخر، داعيا في نفس الوقت جميع الأطراف إلى الالتزام بالهدنة.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 جميع الأطراف"]);
}

#[test]
fn a_named_day_stands_between_a_decision_and_its_verbal_noun() {
    // "قرر المجلس يوم الخميس تجديد ...": "يوم" and the day it names.
    let text = "خبر\n\nقرر مجلس الواحات يوم الخميس تجديد ولاية البعثة.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_state_whose_name_begins_with_lam_is_no_lam_and_an_act() {
    // "دعا المجلس حكومة ليبيا إلى ...": the government of Libya, not "لـ" + "يبيا".
    let text = "خبر\n\nودعا المجلس حكومة ليبيا إلى تسهيل وصول البعثة إلى المواقع.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 حكومة ليبيا"]);
}

#[test]
fn an_accusative_verbal_noun_ends_the_addressee_s_name() {
    // "طالب المجلس جميع الفصائل الوصول إلى ...", "حث ... الأطراف السماح ...": the act
    // with no preposition before it.
    let text = "خبر\n\nطالب مجلس الواحات في جلسته حول المراعي، جميع الفصائل المتحاربة الوصول إلى اتفاق سلمي.\n\nوحث المجلس جميع الأطراف الساحلية السماح للقوافل بالمرور.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 جميع الفصائل المتحاربة", "¶3 جميع الأطراف الساحلية"]
    );
}

#[test]
fn what_a_text_provides_that_it_says_is_read_by_its_own_verbs() {
    // "ونص القرار على أنه «... فقد دعا المجلس X إلى ...»": no act of the body's.
    let text = "خبر\n\nوافق مجلس الواحات على تفويض البعثة عاما واحدا.\nونص القرار على أنه «نظرا لأن البعثة أنجزت ولايتها، فقد دعا المجلس حكومة الواحات إلى تسهيل عمل البعثة».\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 حكومة الواحات"]);
}

#[test]
fn what_the_body_is_made_of_stands_between_it_and_the_addressee() {
    // "دعا X، المكون من N عضوا، Y إلى ...".
    let text = "خبر\n\nودعا المجلس، المكون من 12 عضوا، البلديات المجاورة إلى ضبط النفس.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 البلديات المجاورة"]);
}

#[test]
fn a_relative_clause_with_its_own_object_stands_before_the_addressee() {
    // "ويدعو القرار الذي لقي تأييدا واسعا قوات الاتحاد إلى ...".
    let text =
        "خبر\n\nويدعو القرار الذي لقي تأييدا واسعا قوات الاتحاد إلى اتخاذ كل التدابير اللازمة.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 قوات الاتحاد"]);
}

#[test]
fn the_body_s_own_words_read_out_after_inna_ask() {
    // "وقال رئيس المجلس أثناء قراءته للبيان "إن مجلس X يطالب Y بـ ...": the body's call.
    let text = "خبر\n\nوقال رئيس المجلس أثناء قراءته للبيان \"إن مجلس الواحات يطالب جميع الأطراف بالالتزام بالهدنة، ويطالب السلطات المعنية بتسهيل عبور القوافل\".\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 جميع الأطراف", "¶2 السلطات المعنية"]
    );
    // A State's words after "أن" are the State's.
    let state = "خبر\n\nوأكد الوزير أن ساحلستان تطالب جميع الأطراف بالالتزام بالهدنة.\n";
    assert!(brief(state, "2030-03-06").is_empty());
}

#[test]
fn a_line_in_another_script_goes_on_no_arabic_title() {
    // "media:entermedia_image:<id>" between a story's title and its body.
    let text = "منظور عالمي\n\nالمجلس يحذر الفصائل\n\nالمجلس يحذر الفصائل\n\nmedia:entermedia_image:0a1b2c3d-4e5f-6789-abcd-ef0123456789\nطالب مجلس الواحات الفصائل بالتوقف عن القتال.\n\nوحث المجلس الدول على التعاون مع فريق الرصد.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶4 الفصائل", "¶5 الدول"]);
}

#[test]
fn a_call_for_cooperation_between_two_asks_both() {
    // "داعيا لمزيد من التعاون بين X وY": those who are to work together.
    let text = "خبر\n\nوأشاد المجلس بدور البعثة، داعيا لمزيد من التعاون بين البعثة والجيش الوطني، خاصة في الدوريات.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 البعثة | الجيش الوطني"]);
}

#[test]
fn a_verbal_noun_in_a_person_s_reported_words_asks_nothing() {
    // "وقال رئيس البرلمان إن البرلمان بحث مشاريع قرارات، من ضمنها ... ودعوة X ...".
    let text = "خبر\n\nدعا البرلمان إلى عقد قمة طارئة.\n\nوقال رئيس البرلمان في مؤتمر صحفي إن البرلمان ناقش عددا من مشاريع القرارات المعروضة للتصويت، من ضمنها عقد قمة طارئة ودعوة شعب الواحات لمواصلة الصمود.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 جميع الدول"]);
}

#[test]
fn a_call_by_a_person_named_after_a_title_is_the_person_s() {
    // "طالب الدكتور X الأمين العام للرابطة، بضرورة ...": a speaker's call, not the body's.
    let text = "خبر\n\nطالب الدكتور سالم الواحي الأمين العام لرابطة الواحات، بضرورة العمل المشترك لتنقية الأجواء.\n";
    assert!(
        brief(text, "2030-03-06").is_empty(),
        "{:?}",
        brief(text, "2030-03-06")
    );
}
