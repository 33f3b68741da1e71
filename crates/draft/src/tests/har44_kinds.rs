//! The Arabic kinds of the fix round on res57 (helper har44): one composed text per rule
//! added in that round, not a sentence of a real text. Each fails with its rule switched
//! off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_plural_verb_with_its_speakers_after_it_asks_the_name_after_them() {
    // "وناشدوا القادة، X بـ ...": a report's plural verb agreeing with the people named
    // after it; they speak, the name after them is asked (they had been read as the one
    // asked, the plural verb taken to hold its subject).
    let text = "خبر\n\nوناشدوا القادة، مجلس البساتين بحماية الغابات من الحرائق.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 مجلس البساتين"]);
    let plain = "خبر\n\nوطالبوا الوزراء العرب هيئة الري بتوسيع القنوات.\n";
    assert_eq!(brief(plain, "2031-03-10"), ["¶2 هيئة الري"]);
}

#[test]
fn a_request_told_by_the_feminine_passive_past_after_also_is_drafted() {
    // "كما تمت دعوة X إلى ...": the past "تم" in the feminine (agreeing with "دعوة") and
    // "also" before it tell the body's request in the passive (nothing had been drafted).
    let text = "خبر\n\nكما تمت دعوة الهيئات الزراعية إلى ترشيد مياه الري.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 الهيئات الزراعية"]);
    let masculine = "خبر\n\nكما تم تكليف الأمانة الفنية بحصر الآبار.\n";
    assert_eq!(brief(masculine, "2031-03-10"), ["¶2 الأمانة الفنية"]);
}

#[test]
fn a_meeting_in_the_middle_of_a_next_month_is_due_that_month() {
    // "في منتصف مايو القادم": the middle of a month, as "مطلع" its start, dates the act
    // that month (no deadline had been read).
    let text = "خبر\n\nوتقرر أن تجتمع اللجنة الفنية في منتصف مايو القادم لمراجعة الخطة.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 اللجنة الفنية due=2031-05"]);
}

#[test]
fn a_decision_to_ask_for_a_meeting_of_named_ministers_asks_them() {
    // "قرر المجلس طلب عقد اجتماع لوزراء X": the decided request for a meeting asks those
    // it names to meet, as a decision to hold it does (the body had been drafted as acting
    // on its own).
    let text = "خبر\n\nوقرر المجلس طلب عقد اجتماع لوزراء الري العرب لبحث الجفاف.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 وزراء الري العرب"]);
}

#[test]
fn a_meeting_of_named_ministers_is_not_the_councils_own_meeting_told_again() {
    // Two meetings decided in a paragraph, one of ministers named after "لـ", one of the
    // council: two acts (the first had been dropped as the council's act told again by
    // an organ's name).
    let text = "خبر\n\nوقرر المجلس عقد اجتماع لوزراء الري العرب لبحث الجفاف. كما تقرر عقد اجتماع للمجلس في مايو القادم.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 وزراء الري العرب", "¶2 المجلس due=2031-05"]
    );
}
