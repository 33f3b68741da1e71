//! The Arabic kinds of the fix round on res58 (helper har45): one composed text per rule
//! added in that round, not a sentence of a real text. Each fails with its rule switched
//! off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_request_that_a_named_body_act_asks_that_body() {
    // "تطلب أن تدرس X ...": the verb of asking with no "إلى" or "من", its "أن" clause naming
    // who is to act (nothing had been drafted: only "يطالب بأن" read so).
    let text = "قرار\n\nإن الجمعية العامة،\n1 - تطلب أن تدرس هيئة الري خطة جديدة للسقاية.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶1 هيئة الري"]);
}

#[test]
fn a_lone_verb_over_lettered_items_asks_whom_the_items_name() {
    // "... وتطلب:" + "(أ) أن تدرس X ..." + "(ب) أن يعد Y ...": the chapeau asks anew, after
    // a request to another in the same paragraph (the items had been read as more of the
    // recommendation's, its addressee's acts, and dropped as told again).
    let text = "قرار\n\nإن الجمعية العامة،\nتوصي المملكة الساحلية بتبني خطة السقاية.\nوتطلب:\n(أ) أن تدرس هيئة الري خطة جديدة.\n(ب) أن يعد مجلس البساتين تقريرا.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 المملكة الساحلية", "¶2 هيئة الري", "¶2 مجلس البساتين"]
    );
}

#[test]
fn a_part_letter_over_the_formal_opening_is_a_paragraph_of_its_own() {
    // "(أ)" alone over "إن الجمعية العامة، ...": a resolution's part A, not an item of the
    // title before it (its requests had been counted at the title's place, and its own
    // lettered items read as the title's).
    let text = "عنوان القرار\n\n(أ)\nإن الجمعية العامة،\nتطلب إلى هيئة الري دراسة الخطة.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 هيئة الري"]);
}

#[test]
fn a_past_verb_after_the_formal_address_is_the_preambles_having_done() {
    // "إن الجمعية العامة، وقد ألفت لجنة ...، وكلفتها ...": what the body had done before it
    // asks (the committee it had tasked had been drafted as asked).
    let text = "قرار\n\nإن الجمعية العامة، وقد ألفت لجنة زراعية، وكلفتها التحقيق في الجفاف، تطلب إلى هيئة الري دراسة الخطة.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 هيئة الري"]);
}

#[test]
fn a_feminine_verb_under_a_masculine_body_with_no_subject_is_not_its_act() {
    // "يقرر أن تقوم بدراسة ...": the Council's decision, its verb in the feminine, names
    // no subject (the Council had been drafted as acting).
    let text = "قرار\n\nإن مجلس البساتين،\n1 - يقرر أن تقوم بدراسة الخطة.\n2 - يطلب إلى هيئة الري دراسة الخطة.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 هيئة الري"]);
    let own = "قرار\n\nإن مجلس البساتين،\n1 - يقرر أن يجتمع مرة أخرى في مايو.\n";
    assert_eq!(brief(own, "2031-03-10"), ["¶1 مجلس البساتين"]);
}

#[test]
fn a_latin_symbol_in_a_single_spaced_arabic_text_opens_no_paragraph() {
    // "الرمز |" / "S/RES/12": a table's lines with no blank line; the symbol's capital had
    // opened a second paragraph, where the text's one place is the first.
    let text = "قرار البساتين 12\n|\nالرمز |\nS/RES/12\n(الوثيقة) |\nالموضوع |\nالري |\nودعا المجلس الحكومة المحلية إلى زراعة الأشجار.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶1 الحكومة المحلية"]);
}

#[test]
fn an_addressees_capacity_is_no_act_and_the_name_after_it_is_asked_too() {
    // "توصي X، بصفتها ...، وجميع Y ...، بتبني ...": the capacity's "بـ" had been read as the
    // act, and the second addressee lost.
    let text = "قرار\n\nإن الجمعية العامة،\nتوصي المملكة الساحلية، بصفتها السلطة المشرفة على الوادي، وجميع الدول المجاورة الأخرى، بتبني خطة السقاية.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 المملكة الساحلية | جميع الدول المجاورة الأخرى"]
    );
}
