//! The Arabic kinds of the fix round on res55 (helper har42): one composed text per rule
//! added in that round, not a sentence of a real text. Each fails with its rule switched
//! off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_decision_told_after_that_by_the_body_head_alone_asks_the_name_after_the_verb() {
    // "وذكر المتحدث أن المجلس كلف X بـ ...": the body, by its head alone, stood before its
    // past verb, so the name after the verb is the one asked (it had been read as the
    // verb's subject, and nobody was asked).
    let text = "خبر\n\nوذكر المتحدث أن المجلس كلف اللجنة الزراعية بحصر الآبار قبل موسم الري.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 اللجنة الزراعية"]);
}

#[test]
fn a_verb_after_an_opening_in_the_end_opens_its_clause() {
    // "وفي الختام تقرر أن ...": "in the end" opening the sentence with no comma stands
    // between the break and the verb, as an adverb does (the impersonal decision had not
    // opened a clause).
    let text = "خبر\n\nوفي الختام تقرر أن تعد الأمانة الفنية دليلا للري.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الأمانة الفنية"]);
}

#[test]
fn the_members_of_a_body_in_a_decided_that_clause_are_named_in_full() {
    // "تقرر أن يساند أعضاء الهيئة خطة الري": the members of a body, by their construct, are
    // the actor (the first word had been read as a State's bare name).
    let text = "خبر\n\nوتقرر أن يساند أعضاء الهيئة خطة الري.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 أعضاء الهيئة"]);
}
