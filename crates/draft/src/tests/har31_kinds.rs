//! The Arabic kinds of the fix round on res47 (helper har31): one composed text per rule
//! added in that round (`ar.rs`, `table.rs`), not a sentence of a real text. Each fails
//! with its rule switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_parallel_viewer_page_is_read_on_its_arabic_side() {
    // A dataset viewer's lines keyed "ar" and "de": the German side, longer, had made the
    // page read as not Arabic (nothing drafted); the Arabic line keeps its number.
    let text = "translation |\n---|\n{\n\"ar\": \"7 - تهيب بالدول المشاطئة أن تتبادل بيانات منسوب المياه؛\",\n\"de\": \"7. fordert die Anrainerstaaten nachdrücklich auf, ihre Daten über die Wasserstände der gemeinsamen Flüsse regelmäßig, vollständig und ohne jede Verzögerung miteinander auszutauschen und die Ergebnisse zu veröffentlichen;\"\n} |\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶7 الدول المشاطئة"]);
}

#[test]
fn the_bodys_pronoun_before_a_verb_that_asks_is_its_subject() {
    // "وهو يشجع X على ...": the pronoun opens the clause; the verb after it asks X.
    let text = "بيان\n\nيرحب المجلس بافتتاح المعبر. وهو يشجع الوكالات الإنسانية على توسيع عملها، وهي الخطوة التي طال انتظارها.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الوكالات الإنسانية"]);
}

#[test]
fn the_own_meetings_adjective_is_not_the_addressee() {
    // "في اجتماعه الطارئ X بـ ...", "في جلستة الأخيرة X بـ ..." (ة typed for the
    // pronoun's ه): the meeting and its adjective pass; the addressee follows.
    let text = "خبر\n\nطالب المجلس في اجتماعه الطارئ الحكومة الانتقالية بإطلاق سراح المعتقلين. وطالب المجلس في جلستة الأخيرة الفصائل المسلحة بتسليم الجسور.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الحكومة الانتقالية", "¶2 الفصائل المسلحة"]
    );
}

#[test]
fn a_day_written_as_an_ordinal_word_is_that_day() {
    // "في الثالث من ..." and "في الحادي والعشرين من ..." are days of the month; "في
    // النصف الثاني من ..." names none.
    let text = "خبر\n\nقرر المجلس عقد جلسة خاصة في الثالث من مايو. وقرر المجلس كذلك عقد اجتماع للخبراء في الحادي والعشرين من يونيو. وقرر المجلس إيفاد بعثة في النصف الثاني من يوليو.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        [
            "¶2 المجلس due=2031-05-03",
            "¶2 المجلس due=2031-06-21",
            "¶2 المجلس"
        ]
    );
}

#[test]
fn every_one_named_after_the_own_meeting_is_the_addressee() {
    // "في اجتماعه الأخير كل X بـ ...": "كل" opens the addressee as "جميع" does (the
    // meeting's preposition had been drafted as the actor).
    let text = "خبر\n\nطالب المجلس في اجتماعه الأخير كل الفصائل بفتح الطرق أمام القوافل.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 كل الفصائل"]);
}

#[test]
fn a_majority_the_body_decided_by_stands_before_its_act() {
    // "وقرر المجلس بأغلبية 19 صوتا عقد ... في 4 مايو": how the body decided (a counted
    // majority) passes; the act and its day follow (its day had been dropped).
    let text = "خبر\n\nوقرر المجلس بأغلبية 19 صوتا عقد جلسة استثنائية في 4 مايو في فيينا.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 المجلس due=2031-05-04"]);
}

#[test]
fn a_decision_told_again_with_its_day_keeps_that_day() {
    // "قرر مجلس X عقد دورة ... . وقرر المجلس ... عقد الدورة في 6 مايو": one decision (the
    // second telling is dropped as before), dated by the day the second gives.
    let text = "خبر\n\nقرر مجلس الأنهار في ختام دورته أمس عقد دورة استثنائية لبحث الجفاف. وقرر المجلس عقد الدورة في 6 مايو في نيروبي.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 مجلس الأنهار due=2031-05-06"]);
}
