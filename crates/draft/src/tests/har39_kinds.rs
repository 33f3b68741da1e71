//! The Arabic kinds of the fix round on res52 (helper har39): one composed text per rule
//! added in that round (`ar/`), not a sentence of a real text. Each fails with its rule
//! switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn the_first_of_a_month_by_the_word_first_is_that_day() {
    // "في موعد أقصاه أول <month> <year>": "أول" before the month names its first day (the
    // month had been read past, no due at all).
    let text = "ملخص\n\nتناشد اللجنة الدول الأعضاء تسديد اشتراكاتها المتأخرة في موعد أقصاه أول مارس 2032.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الدول الأعضاء due=2032-03-01"]
    );
    // "الأول" is an ordinal of something else, not the month's first day.
    let text = "ملخص\n\nتناشد اللجنة الدول الأعضاء تسديد اشتراكاتها عن الربع الأول مارس 2032.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الدول الأعضاء"]);
}

#[test]
fn hours_granted_to_an_addressee_are_the_days_they_end_in() {
    // "أمهل X 72 ساعة لـ ...": a time granted in hours, counted as the days they end in
    // (only days, weeks, months and years had been read after "أمهل").
    let text =
        "خبر\n\nأمهل مجلس الهيئة الإقليمية الحكومة الانتقالية 72 ساعة لتسليم الوثائق المطلوبة.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الحكومة الانتقالية due=At { anchor: Adoption, days: 3 }"]
    );
    // A bare name before the hours: the span ends it (it had been read into the name).
    let text = "خبر\n\nأمهل مجلس الهيئة الإقليمية ساحلستان 48 ساعة لتسليم الوثائق المطلوبة.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 ساحلستان due=At { anchor: Adoption, days: 2 }"]
    );
}

#[test]
fn an_official_named_by_title_and_own_name_calling_someone_is_a_speaker() {
    // "ودعا الأمين العام لـX <his own name> Y إلى ...": the official's own call, not the
    // body's (his title had been drafted as the addressee); the body's act stands.
    let text = "خبر\n\nأمهل مجلس الهيئة الإقليمية ساحلستان 48 ساعة لتسليم الوثائق. ودعا الأمين العام للجامعة سامي الحداد الحكومة الانتقالية إلى الإسراع بالتسليم.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 ساحلستان due=At { anchor: Adoption, days: 2 }"]
    );
}

#[test]
fn a_speakers_own_first_person_quoted_after_him_asks_nothing() {
    // "... . وقال "إننا ندعو X إلى ..."": the official named in the sentence before goes on,
    // his "we" his own (it had been drafted as a declaration's first person).
    let text = "خبر\n\nأمهل مجلس الهيئة الإقليمية ساحلستان 48 ساعة لتسليم الوثائق. وأشاد الأمين العام للهيئة سامي الحداد بالقرار. وقال \"إننا ندعو الحكومة الانتقالية إلى التسليم غدا.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 ساحلستان due=At { anchor: Adoption, days: 2 }"]
    );
}

#[test]
fn a_day_a_decision_takes_effect_spelled_with_a_hamza_under_the_alif_dates_it() {
    // "إعتباراً من <day> <month> المقبل": the spelling with "إ" of "اعتبارا من" (the day a
    // decision takes effect had been read only as "اعتبارا"; no due).
    let text = "ملخص\n\nقرر المجلس تعليق مشاركة الوفود في اللجان الفنية إعتباراً من 16 تشرين الثاني (نوفمبر) المقبل.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 المجلس due=2031-11-16"]);
}
