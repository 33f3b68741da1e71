//! The Arabic kinds of the fix round on res50 (helper har35): one composed text per rule
//! added in that round (`ar.rs`, `table.rs`), not a sentence of a real text. Each fails
//! with its rule switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_finding_on_a_construct_noun_asks_no_one() {
    // "قرر المجلس أن تهريب X وY يمثلان خطرا ...": a noun in construct (no article of its
    // own, the one after it has it), then a dual state verb: a finding, no act (the body
    // had been drafted as acting); the request after it stands.
    let text = "ملخص\n\nقرر مجلس الأمن أن تهريب المخدرات وتمويل الجماعات المسلحة يمثلان خطرا على استقرار المنطقة. وطلب المجلس من الأمين العام تقديم تقرير بحلول 3 مايو 2031.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الأمين العام due=2031-05-03"]);
}

#[test]
fn a_meeting_set_for_a_month_and_year_a_few_words_on_is_dated_by_that_month() {
    // "إلى الاجتماع المقبل للجنة التنسيق العليا المقرر عقده في مارس 2033": the meeting's
    // month and year follow its name and the body's (the month had been lost, the meeting
    // dated by a year only).
    let text = "خبر\n\nوطلب المجلس من الأمانة الفنية رفع تقرير عن خطة الري إلى الاجتماع المقبل للجنة التنسيق العليا المقرر عقده في مارس 2033.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الأمانة الفنية due=at 2033-03 (2033-03 الاجتماع المقبل للجنة التنسيق العليا)"]
    );
}
