//! The Arabic kinds of the fix round on res34 and res35's leftovers (helper har19): one
//! composed text per rule added in that round (`table.rs`, `ar.rs`), not a sentence of a real
//! text. Each fails with the rules before the round (main at ac32ed9).

use crate::tests::brief::arabic as brief;

/// The Maghreb's month names, each series in its order (January first).
const MOROCCAN: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
];
const ALGERIAN: [&str; 12] = [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

#[test]
fn the_maghreb_month_names_date_a_request() {
    // "قبل 15 دجنبر 2031", "قبل 15 جويلية 2031": each month of both series dates the day.
    for series in [MOROCCAN, ALGERIAN] {
        for (k, month) in series.iter().enumerate() {
            let text = format!(
                "إن مجلس البساتين،\n\n1 - يطلب من الأمين العام تقديم تقرير قبل 15 {month} 2031.\n"
            );
            assert_eq!(
                brief(&text, "2030-01-15"),
                [format!("¶1 الأمين العام due=2031-{:02}-15", k + 1)],
                "{month}"
            );
        }
    }
}

#[test]
fn a_maghreb_month_of_the_current_year_dates_a_meeting() {
    // "في 22 دجنبر الجاري", "في 3 جوان المقبل": a day of this month, or of the next such one.
    let text = "خبر\n\nوقرر مجلس البساتين عقد دورة استثنائية في 22 دجنبر الجاري.\n\nكما قرر المجلس عقد دورته العادية في 3 جوان المقبل.\n";
    assert_eq!(
        brief(text, "2030-12-10"),
        [
            "¶2 مجلس البساتين due=2030-12-22",
            "¶3 المجلس due=2031-06-03"
        ]
    );
}

#[test]
fn a_call_to_hold_a_meeting_of_a_named_body_asks_that_body() {
    // "دعت الأمانة العامة لـ X، اليوم الاثنين، إلى عقد اجتماع طارئ للجنة التنفيذية ... في 22
    // دجنبر الجاري": the committee is to meet, on that day; the Secretariat only calls.
    let text = "دعت الأمانة العامة لرابطة البساتين ،اليوم الاثنين، إلى عقد اجتماع طارئ للجنة التنفيذية على مستوى الوزراء في 22 دجنبر الجاري لبحث الجفاف في الوادي.\n";
    assert_eq!(
        brief(text, "2030-12-10"),
        ["¶1 اللجنة التنفيذية due=2030-12-22"]
    );
    // "دعا المجلس إلى عقد اجتماع للجنة X": no one named between, the committee still (not
    // all States); "للجنة" before an adjective is "لـ" + "اللجنة".
    let text = "دعا مجلس البساتين إلى عقد اجتماع طارئ للجنة الزراعية في 3 جانفي المقبل.\n";
    assert_eq!(
        brief(text, "2030-12-10"),
        ["¶1 اللجنة الزراعية due=2031-01-03"]
    );
}

#[test]
fn a_resolution_under_a_chapter_of_the_charter_decides_what_it_provides_for() {
    // "أصدر X قرارا تحت الفصل N من ميثاق X يقضي بـ ...": the
    // Council's decision, the chapter between the resolution and "يقضي".
    let text = "أصدر مجلس الأمن الدولي قرارا تحت الفصل السادس من ميثاق الأمم المتحدة يقضي بتجميد أرصدة شركة الوادي للري.\n";
    assert_eq!(brief(text, "2030-01-15"), ["¶1 مجلس الأمن الدولي"]);
}
