//! Dates: deadlines, a Hijri date beside its Gregorian, periods, sessions and `every`.

use super::names::bare;
use super::normalize::is_arabic_letter;
use super::{months, number_words, span_units};
use crate::due::{Found, Fuzzy, span_days};
use crate::model::Every;
use crate::table;
use crate::words::any_of;
use jiff::civil::Date;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A Hijri date written just before a Gregorian one: "15 شوال 1449 هـ /" (tatweel gone).
static HIJRI_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\d{1,2}\s+\S+(?:\s+\S+)?\s+\d{4}\s*ه\s*[/,(]?\s*(?:الموافق\s*)?$")
        .expect("valid regex")
});

/// The phrase a due read from the period's end is shown with.
pub const PERIOD_END_PHRASE: &str = "نهاية مدة التمديد";

/// "مع نهاية مدة التمديد", "قبل نهاية مهمة البعثة", "مع نهاية ولاية أوندوف": due when the
/// period a mandate was extended to ends.
pub fn at_period_end(action: &str) -> bool {
    PERIOD_END.is_match(action)
}

static PERIOD_END: LazyLock<Regex> = LazyLock::new(|| {
    // "في نهاية هذه المهلة": the period named before, by its demonstrative.
    Regex::new(
        r"(?:^|\s)(?:مع|قبل|عند|في)\s+(?:نهاية|انتهاء)\s+(?:(?:مدة|ولاية|مهمة|فترة)\s|(?:هذه|هذا|تلك)\s+(?:المهلة|الفترة|المدة|الولاية)(?:\s|$|[,.;]))",
    )
        .expect("valid regex")
});

/// "حتى 30 حزيران 2027", "لغاية 31 كانون الأول/ديسمبر القادم", "إلى غاية الثلاثين من
/// أبريل 2026", "إلى نهاية العام الحالي": the end of the period a paragraph extends a
/// mandate to.
pub fn period_end(text: &str, adopted: Option<Date>) -> Option<Date> {
    if !text.contains("تمديد") && !text.contains("التمديد") && !text.contains("ولاية")
    {
        return None;
    }
    if let Some(a) = adopted
        && END_OF_YEAR.is_match(text)
    {
        return Date::new(a.year(), 12, 31).ok();
    }
    if let Some(first) = UNTIL.find(text)
        && let Some(day) = until_day(&text[first.end()..], adopted)
    {
        return Some(day);
    }
    // "بتمديد مهمة القوة إلى 30 كانون الأول المقبل": "إلى" right before the day.
    TO_DAY
        .find_iter(text)
        .find_map(|m| until_day(&text[m.end()..], adopted))
}

/// The day that opens `rest`, after "حتى" / "إلى".
fn until_day(rest: &str, adopted: Option<Date>) -> Option<Date> {
    // "الثلاثين من أبريل2006": a year glued to its month.
    let rest = GLUED_YEAR.replace(rest, "$1 $2");
    let day = DATE
        .captures(&rest)
        .filter(|c| c.get(0).expect("match").start() == 0)
        .and_then(|c| Date::new(c[3].parse().ok()?, month_of(&c[2])?, c[1].parse().ok()?).ok());
    if day.is_some() {
        return day;
    }
    if let Some(c) = DAY_WORDS
        .captures(&rest)
        .filter(|c| c.get(0).expect("match").start() <= 1)
    {
        return words_date(&c, adopted);
    }
    // "31 كانون الأول/ديسمبر القادم": the next such day.
    next_day(&NEXT_DAY.captures(&rest)?, adopted?)
}

/// "15 يوليو المقبل": the next such day on or after the adoption.
fn next_day(c: &regex::Captures<'_>, a: Date) -> Option<Date> {
    let month = month_of(&c[2])?;
    let day: i8 = c[1].parse().ok()?;
    let this = Date::new(a.year(), month, day).ok()?;
    if this >= a {
        Some(this)
    } else {
        Date::new(a.year() + 1, month, day).ok()
    }
}

static TO_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(?:إلى|الى)\s+").expect("valid regex"));
static UNTIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:حتى|لغاية|إلى\s+غاية|الى\s+غاية)\s+").expect("valid regex"));
static END_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:إلى|الى|حتى)\s+نهاية\s+(?:العام|السنة)\s+(?:الحالي|الجاري|الحالية|الجارية)")
        .expect("valid regex")
});
static GLUED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Arabic})(\d{4})").expect("valid regex"));
static NEXT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"^(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})(?:\s*/\s*\S+)?\s+(?:القادم|المقبل)"
    ))
    .expect("valid regex")
});
/// "في سبتمبر المقبل": the next such month, after no day.
static NEXT_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(?:^|[^\d\s]\s+)({months})(?:\s*/\s*\S+)?\s+(?:القادم|المقبل)"
    ))
    .expect("valid regex")
});
/// "في موعد أقصاه 15 يوليو المقبل": a day of the next such month, anywhere.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(r"(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})\b")).expect("valid regex")
});
static NEXT_DAY_ANY: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})(?:\s*/\s*\S+)?\s+(القادم|المقبل|الجاري|الجارى|الحالي)"
    ))
    .expect("valid regex")
});

static HIJRI_MONTH_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    let mut hijri: Vec<&str> = table::AR_HIJRI_MONTHS.to_vec();
    hijri.sort_by_key(|m| std::cmp::Reverse(m.len()));
    let hijri = any_of(&hijri);
    Regex::new(&format!(
        r"(?:^|\s)(?:(خلال|في|قبل|بحلول)\s+)?(?:النصف\s+\S+\s+من\s+)?(?:شهر\s+)?(?:{hijri})\s+\d{{4}}\s*ه\s*[/,(]?\s*(?:الموافق\s*)?$"
    ))
    .expect("valid regex")
});

/// "في الأسبوع الثالث من سبتمبر القادم", "نهاية الأسبوع الأول من فبراير 1998": by the
/// week's last day.
static WEEK: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(?:الأسبوع|الاسبوع|الإسبوع)\s+(الأول|الاول|الثاني|الثالث|الرابع|الأخير|الاخير)\s+من\s+(?:شهر\s+)?({months})(?:\s*/\s*\S+)?(?:\s*\(\S+\))?(?:\s+(\d{{4}})|\s+(القادم|المقبل))?"
    ))
    .expect("valid regex")
});

/// The last day of the week a `WEEK` match names, in the year it gives or the first such
/// month from `adopted`.
fn week_end(m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Date> {
    let month = month_of(&m[2])?;
    let year = match m.get(3) {
        Some(y) => y.as_str().parse().ok()?,
        None => {
            let a = adopted?;
            if month >= a.month() {
                a.year()
            } else {
                a.year() + 1
            }
        }
    };
    let first = Date::new(year, month, 1).ok()?;
    let day = match &m[1] {
        "الأول" | "الاول" => 7,
        "الثاني" => 14,
        "الثالث" => 21,
        "الرابع" => 28,
        _ => first.last_of_month().day(),
    };
    Date::new(year, month, day).ok()
}

/// "31 ديسمبر 2025", "16 كانون الأول/ ديسمبر 1985", "12 كانون الثاني (يناير) 1976".
pub(super) static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})(?:\s*/\s*\S+)?(?:\s*\(\S+\))?\s+(\d{{4}})"
    ))
    .expect("valid regex")
});

/// "في السابع عشر من نوفمبر (تشرين الثاني) لعام 1973", "من الخامس من مايو القادم": a day
/// in ordinal words, of a year or of the next such month.
static DAY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    let by_length = |mut words: Vec<&'static str>| {
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        any_of(&words)
    };
    let units = by_length(table::AR_ORDINAL_UNITS.iter().map(|(u, _)| *u).collect());
    let tens = by_length(table::AR_ORDINAL_TENS.iter().map(|(t, _)| *t).collect());
    Regex::new(&format!(
        r"(?:^|\s)(?:(?:({units})(?:\s+(عشر|عشرة))?(?:\s+و({tens}))?)|({tens}))\s+من\s+(?:شهر\s+)?({months})(?:\s*/\s*\S+)?(?:\s*\([^)]*\))?\s+(?:(?:(?:من\s+)?(?:لعام|عام|لسنة|سنة)\s+)?(\d{{4}})|(القادم|المقبل))"
    ))
    .expect("valid regex")
});

/// "في موعد أقصاه شهر سبتمبر 2027", "بحلول فبراير 2028", "مطلع شهر يناير عام 2028": a
/// month.
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(?:^|\s)(?:شهر\s+)?({months})(?:\s*/\s*\S+)?(?:\s*\(\S+\))?\s+(?:(?:من\s+)?(?:لعام|عام|لسنة|سنة)\s+)?(\d{{4}})"
    ))
    .expect("valid regex")
});

/// "خلال شهرين", "في غضون 90 يوما", "خلال ثلاثة أشهر من تاريخ ...".
static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
    let units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    let mut units = units;
    units.extend(table::AR_HOURS);
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    let units = any_of(&units);
    // "في مهلة 4 أشهر", "خلال مهلة أقصاها شهران": a time given, as "خلال".
    Regex::new(&format!(
        r"(?:خلال|غضون|مهلة(?:\s+(?:إضافية|اضافية))?(?:\s+(?:مدتها|قدرها|أقصاها|حتى))?|مدة\s+أقصاها|أجل\s+أقصاه|أجل\s+لا\s+يتجاوز|موعد\s+(?:أقصاه|اقصاه|لا\s+يتجاوز))\s+(?:(\d{{1,3}}|\S+)\s+)?({units})(?:\s|$|[,.;])"
    ))
    .expect("valid regex")
});

/// "في الأيام الثلاثة المقبلة", "خلال الأشهر الستة القادمة": the next so many units, a span
/// from the adoption as "خلال ثلاثة أيام" is; the unit's plural, then the number with its
/// article (or in digits), then "next".
static NEXT_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    let mut numbers: Vec<String> = table::AR_NUMBERS
        .iter()
        .map(|(w, _)| format!("ال{w}"))
        .collect();
    numbers.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let next = any_of(table::AR_NEXT);
    Regex::new(&format!(
        r"(?:^|\s)(?:في|فى|خلال)\s+(الأيام|الايام|الأسابيع|الاسابيع|الأشهر|الاشهر|الشهور|الساعات|السنوات|الأعوام)\s+(\d{{1,3}}|{})\s+(?:{next})(?:\s|$|[,.;،])",
        numbers.join("|")
    ))
    .expect("valid regex")
});

/// "أمهل المجلس الطرفين 60 يوما لـ ...", "على أن يتم إمهال X و Y 4 أشهر": a time granted
/// to whom it names (up to six words, no break), counted from the adoption as "خلال" is.
static GRANT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|\s)و?(?:[أا]مهلت?|[إا]مهال)\s+(?:[^\s,.;:]+\s+){{1,6}}?(?:(\d{{1,3}}|{})\s+)?({})(?:\s|$|[,.;])",
        number_words(),
        grant_units()
    ))
    .expect("valid regex")
});

/// The units of a time granted: the spans' words and hours ("أمهل X 48 ساعة لـ ..."),
/// hours read as the days they end in (`within_span`).
fn grant_units() -> String {
    let mut units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    units.extend(table::AR_HOURS);
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    any_of(&units)
}

/// "4 أشهر للاتفاق على ...": an action that opens with a span and its purpose is the time
/// an addressee was given ("أمهل X 4 أشهر للاتفاق", the span between the name and "لـ";
/// "أمهل X، Y، شهرين، لـ ...": a comma may close the span; "مدة عشرة أيام لتنفيذ ...": the
/// span after "مدة").
static GRANTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:مدة\s+)?(?:(\d{{1,3}}|{})\s+)?({})[,،]?\s+ل\S",
        number_words(),
        grant_units()
    ))
    .expect("valid regex")
});

/// "إلى الدورة القادمة", "في دورتها الحادية والثمانين", "إلى المؤتمر الإسلامي الثالث
/// والعشرين لوزراء الخارجية".
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    // "... على هامش أعمال الدورة القادمة للجمعية العامة": on the margins of a session;
    // "تمهيدا لعرضها على القمة القادمة": laid before it.
    Regex::new(&format!(
        r"(?:^|\s)(?:(?:إلى|الى|في|فى|أمام|خلال)\s+|\S*(?:عرض|رفع|تقديم)\S*\s+على\s+|على\s+هامش\s+(?:أعمال\s+)?|(لل|ل))({})",
        session_phrase()
    ))
    .expect("valid regex")
});

/// A session by its ordinal ("الدورة الثامنة والعشرين للمجلس الأعلى") or as the next
/// one ("القمة القادمة"); its groups: 2 the units, 3 "عشرة", 4 the tens joined by "و", 5
/// the tens alone, 6 the next (each one more inside `SESSION`).
fn session_phrase() -> String {
    let by_length = |mut words: Vec<&'static str>| {
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        any_of(&words)
    };
    // "للقمة العربية القادمة": "لـ" joined to the article ("لل") before the noun.
    let mut session_words = table::AR_SESSION_WORDS.to_vec();
    session_words.extend(["قمة", "دورة"]);
    let words = by_length(session_words);
    let units = by_length(table::AR_ORDINAL_UNITS.iter().map(|(u, _)| *u).collect());
    let tens = by_length(table::AR_ORDINAL_TENS.iter().map(|(t, _)| *t).collect());
    let next = by_length(table::AR_NEXT.to_vec());
    format!(
        r"(?:{words})(?:\s+(?:العادية|العادي|الاستثنائية|الاستثنائي))?\s+(?:(?:({units})(?:\s+(عشرة|عشر))?(?:\s+و({tens}))?)|({tens})|(?:(?:\S+\s+){{0,2}}?({next})))(?:\s+(?:العادية|العادي))?(?:\s+(?:ل|لل)\S+(?:\s+ال\S+){{0,2}})?"
    )
}

/// "قبل انعقاد الدورة الثامنة والعشرين للمجلس الأعلى", "قبل موعد انعقاد القمة القادمة":
/// due before a meeting the text does not date.
static BEFORE_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|\s)قبل\s+(?:موعد\s+)?(?:(?:انعقاد|عقد)\s+({})|(اللقاء(?:\s+\S+){{0,2}}?\s+(?:القادم|المقبل)))",
        session_phrase()
    ))
    .expect("valid regex")
});

/// A deadline found in a clause: where it starts, what it is, and the words that say it.
type Deadline = (usize, Found, String);

/// The Arabic deadlines of a clause: a Gregorian date or month after "بحلول", "قبل", "في",
/// ... (a Hijri date beside it is read past, and a year before 1900 is never taken); a span
/// after "خلال"; a meeting by its ordinal or as the next one.
pub fn deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    if !text.chars().any(is_arabic_letter) {
        return Vec::new();
    }
    // The days already read, so that a month or a day without its year inside one is not
    // read again.
    let mut days = Vec::new();
    let mut out = full_dates(text, adopted, &mut days);
    out.extend(next_months(text, adopted, &days));
    out.extend(next_days(text, adopted, &mut days));
    out.extend(days_without_year(text, adopted, &mut days));
    out.extend(days_in_words(text, adopted, &mut days));
    out.extend(week_ends(text, adopted, &mut days));
    out.extend(next_weekdays(text, adopted));
    out.extend(months_with_year(text, adopted, &days));
    out.extend(year_ends(text, adopted));
    out.extend(spans(text, adopted));
    out.extend(sessions(text));
    out.extend(before_sessions(text));
    out.extend(agenda_meetings(text));
    out
}

/// "إدراج ... على جدول أعمال مؤتمر القمة ... المقرر عقده في ...": a matter
/// put on the agenda of a meeting due to be held, by that meeting (undated).
static AGENDA_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"على\s+جدول\s+(?:أعمال|اعمال)\s+((?:مؤتمر\s+القمة|القمة|الدورة|المؤتمر|الاجتماع|مؤتمر|اجتماع|دورة)(?:\s+[^\s,.;]+){0,5}?)\s+(?:المقرر|المزمع|المرتقب)\s+(?:عقده|عقدها|انعقاده|انعقادها)",
    )
    .expect("valid regex")
});

fn agenda_meetings(text: &str) -> Vec<Deadline> {
    AGENDA_MEETING
        .captures_iter(text)
        .map(|m| {
            let name = m.get(1).expect("match");
            (
                name.start(),
                Found::BeforeUndated {
                    name: name.as_str().trim().to_string(),
                },
                m[0].trim().to_string(),
            )
        })
        .collect()
}

/// "31 ديسمبر 2025": a day with its month and year (not one before the adoption).
fn full_dates(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in DATE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(day) = month_of(&m[2])
            .and_then(|mo| Date::new(m[3].parse().ok()?, mo, m[1].parse().ok()?).ok())
        else {
            continue;
        };
        days.push(whole.range());
        if day.year() < 1900 || adopted.is_some_and(|a| day < a) {
            continue;
        }
        if by_before(&text[..whole.start()]) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    // "في اجتماع ... في 12 /11/ 1977": a day in figures, after the adoption.
    for m in NUMERIC_DATE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let parsed = (m[3].parse().ok(), m[2].parse().ok(), m[1].parse().ok());
        let (Some(y), Some(mo), Some(d)) = parsed else {
            continue;
        };
        let Ok(day) = Date::new(y, mo, d) else {
            continue;
        };
        if days.iter().any(|d| d.contains(&whole.start())) || adopted.is_none_or(|a| day <= a) {
            continue;
        }
        days.push(whole.range());
        if by_before(&text[..whole.start()]) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "في سبتمبر المقبل": the next such month after the adoption, or its last day after
/// "نهاية".
fn next_months(text: &str, adopted: Option<Date>, days: &[Range<usize>]) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in NEXT_MONTH.captures_iter(text) {
        // From the month on (the match takes the letter before it).
        let whole = m.get(1).expect("month");
        let (Some(a), Some(month)) = (adopted, month_of(&m[1])) else {
            continue;
        };
        if days.iter().any(|d| d.contains(&whole.start())) {
            continue;
        }
        let year = if month > a.month() {
            a.year()
        } else {
            a.year() + 1
        };
        let before = text[..whole.start()].trim_end();
        let before = before.strip_suffix("شهر").unwrap_or(before).trim_end();
        let phrase = &text[whole.start()..m.get(0).expect("match").end()];
        // "في نهاية آذار المقبل", "بنهاية مايو القادم": the month's last day.
        let end = [" بنهاية", " نهاية"]
            .iter()
            .find_map(|w| before.strip_suffix(&w[1..]).map(|b| (w, b)));
        if let Some((w, rest)) = end
            && (w.contains('ب') || by_before(rest))
        {
            let last = Fuzzy::Month { year, month }.last_day();
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(last)),
                phrase.trim().to_string(),
            ));
        } else if by_before(before) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Month { year, month }),
                phrase.trim().to_string(),
            ));
        }
    }
    out
}

/// "15 يوليو المقبل": the next such day after the adoption.
fn next_days(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in NEXT_DAY_ANY.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "في 27 مايو الجاري": a day of the adoption's own month, to come.
        let current = ["الجاري", "الجارى", "الحالي"].contains(&&m[3]);
        let Some(day) = adopted.and_then(|a| next_day(&m, a)).filter(|d| {
            !current || adopted.is_some_and(|a| d.year() == a.year() && d.month() == a.month())
        }) else {
            continue;
        };
        if by_before(&text[..whole.start()]) {
            days.push(whole.range());
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "قبل 28 نوفمبر/تشرين الثاني": a day and month without a year, the next one.
fn days_without_year(
    text: &str,
    adopted: Option<Date>,
    days: &mut Vec<Range<usize>>,
) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in DAY_MONTH.captures_iter(text) {
        let whole = m.get(0).expect("match");
        if days.iter().any(|d| d.contains(&whole.start())) {
            continue;
        }
        let Some(day) = adopted.and_then(|a| next_day(&m, a)) else {
            continue;
        };
        // Not "في 13 نوفمبر الماضي" (a day gone by, or one that dates an event): only
        // "قبل", "بحلول", "حتى" ... date an act by a day without its year.
        let before = text[..whole.start()].trim_end();
        let at = ["في", "فى"]
            .iter()
            .any(|w| before.ends_with(&format!(" {w}")) || before == *w);
        let past = text[whole.end()..]
            .split_whitespace()
            .take(3)
            .any(|w| table::AR_PAST_WORDS.contains(&bare(w)));
        if (!at || meeting_held_on(before)) && !past && by_before(before) {
            days.push(whole.range());
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "عقد اجتماع لوزراء X في 5 شباط/فبراير": an act that holds a meeting, its day given by
/// "في" (the meeting's own day, the act's due), `before` up to that "في".
fn meeting_held_on(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let holds = words
        .first()
        .is_some_and(|w| ["عقد", "بعقد", "لعقد"].contains(&bare(w)));
    holds
        && words.len() <= 8
        && words.get(1).is_some_and(|w| {
            let w = bare(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            table::AR_MEETING_NOUNS.contains(&w) || ["مؤتمر", "الدورة"].contains(&w)
        })
}

/// "الجمعة المقبلة", "يوم الأحد القادم": a day of the week called next, the first such day
/// after the adoption (a week on when the adoption fell on it); "بعد غد الخميس" (the day
/// after tomorrow, its weekday named or not), two days on.
static NEXT_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let days: Vec<&str> = table::AR_WEEKDAYS.iter().map(|(d, _)| *d).collect();
    let next = any_of(table::AR_NEXT);
    Regex::new(&format!(
        r"(?:^|\s)(?:(بعد\s+غد)(?:\s+(?:يوم\s+)?(?:{days}))?|(?:يوم\s+)?({days})\s+(?:{next}))(?:\s|$|[,.;])",
        days = any_of(&days)
    ))
    .expect("valid regex")
});

fn next_weekdays(text: &str, adopted: Option<Date>) -> Vec<Deadline> {
    let Some(a) = adopted else {
        return Vec::new();
    };
    NEXT_WEEKDAY
        .captures_iter(text)
        .filter_map(|m| {
            let ahead = if m.get(1).is_some() {
                2
            } else {
                let &(_, target) = table::AR_WEEKDAYS.iter().find(|(d, _)| *d == &m[2])?;
                let now = a.weekday().to_monday_zero_offset();
                let ahead = (i16::from(target) - i16::from(now)).rem_euclid(7);
                if ahead == 0 { 7 } else { ahead }
            };
            let day = a.checked_add(jiff::Span::new().days(ahead)).ok()?;
            let whole = m.get(0).expect("match");
            Some((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().trim().to_string(),
            ))
        })
        .collect()
}

/// "في السابع عشر من نوفمبر لعام 1973": a day in ordinal words, with its month and year.
fn days_in_words(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in DAY_WORDS.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(date) = words_date(&m, adopted) else {
            continue;
        };
        days.push(whole.range());
        if date.year() < 1900 || adopted.is_some_and(|a| date < a) {
            continue;
        }
        if by_before(&text[..whole.start()]) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(date)),
                whole.as_str().trim().to_string(),
            ));
        }
    }
    out
}

/// The day a `DAY_WORDS` match names: of its year, else ("... القادم") the next such day
/// on or after the adoption.
fn words_date(c: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Date> {
    let day = i8::try_from(ordinal_words(c, 1)?).ok()?;
    let month = month_of(c.get(5)?.as_str())?;
    if let Some(year) = c.get(6) {
        return Date::new(year.as_str().parse().ok()?, month, day).ok();
    }
    let a = adopted?;
    let this = Date::new(a.year(), month, day).ok()?;
    if this >= a {
        Some(this)
    } else {
        Date::new(a.year() + 1, month, day).ok()
    }
}

/// The number an ordinal in words names, from its captures: the unit at `at`, "عشر" at
/// `at + 1`, the tens after "و" at `at + 2`, or the tens alone at `at + 3`.
fn ordinal_words(m: &regex::Captures<'_>, at: usize) -> Option<u32> {
    match (m.get(at), m.get(at + 3)) {
        (Some(unit), _) => Some(
            ordinal_of(table::AR_ORDINAL_UNITS, unit.as_str())
                + if m.get(at + 1).is_some() { 10 } else { 0 }
                + m.get(at + 2)
                    .map_or(0, |t| ordinal_of(table::AR_ORDINAL_TENS, t.as_str())),
        ),
        (None, Some(tens)) => Some(ordinal_of(table::AR_ORDINAL_TENS, tens.as_str())),
        _ => None,
    }
}

/// "في الأسبوع الثالث من سبتمبر القادم": the week's last day.
fn week_ends(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in WEEK.captures_iter(text) {
        let whole = m.get(0).expect("match");
        days.push(whole.range());
        let Some(day) = week_end(&m, adopted) else {
            continue;
        };
        if adopted.is_some_and(|a| day < a) {
            continue;
        }
        out.push((
            whole.start(),
            Found::On(Fuzzy::Day(day)),
            whole.as_str().trim().to_string(),
        ));
    }
    out
}

/// "بنهاية 2027", "بحلول نهاية عام 2027", "قبل نهاية سنة 2027": a year's last day (a
/// resolution's budget or payment "by the end of" a year; not a year gone by).
fn year_ends(text: &str, adopted: Option<Date>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in YEAR_END.captures_iter(text) {
        let Ok(year) = m[1].parse::<i16>() else {
            continue;
        };
        let Ok(day) = Date::new(year, 12, 31) else {
            continue;
        };
        if year < 1900 || adopted.is_some_and(|a| day < a) {
            continue;
        }
        let whole = m.get(0).expect("match");
        out.push((
            whole.start(),
            Found::On(Fuzzy::Day(day)),
            whole.as_str().trim().to_string(),
        ));
    }
    // "بحلول عام 2030", "في موعد أقصاه عام 2030": some day of that year.
    for m in BY_YEAR.captures_iter(text) {
        let Ok(year) = m[1].parse::<i16>() else {
            continue;
        };
        if year < 1900 || adopted.is_some_and(|a| year < a.year()) {
            continue;
        }
        let whole = m.get(0).expect("match");
        out.push((
            whole.start(),
            Found::On(Fuzzy::Year(year)),
            whole.as_str().trim().to_string(),
        ));
    }
    // "بحلول منتصف عام 2027", "خلال النصف الأول من عام 2027", "في الربع الأول من 2027":
    // the last day of that part of the year, as "by mid-2027" is.
    for m in YEAR_PART.captures_iter(text) {
        let Ok(year) = m[2].parse::<i16>() else {
            continue;
        };
        let part = m[1].split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(&(_, month)) = table::AR_YEAR_PARTS.iter().find(|(w, _)| *w == part) else {
            continue;
        };
        let Some(day) = Date::new(year, month, 1).ok().map(Date::last_of_month) else {
            continue;
        };
        if adopted.is_some_and(|a| day < a) {
            continue;
        }
        let whole = m.get(0).expect("match");
        out.push((
            whole.start(),
            Found::Around(Fuzzy::Day(day)),
            whole.as_str().trim().to_string(),
        ));
    }
    // "قبل نهاية العام الجاري": the last day of the adoption's year ("حتى نهاية العام
    // الحالي" is how long a mandate is extended, not a deadline).
    if let (Some(m), Some(a)) = (THIS_YEAR_END.find(text), adopted)
        && let Ok(day) = Date::new(a.year(), 12, 31)
    {
        out.push((
            m.start(),
            Found::On(Fuzzy::Day(day)),
            m.as_str().trim().to_string(),
        ));
    }
    out
}

static THIS_YEAR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:بنهاية|(?:بحلول|قبل)\s+نهاية|في\s+موعد\s+أقصاه\s+نهاية)\s+(?:العام|السنة)\s+(?:الحالي|الجاري|الحالية|الجارية)")
        .expect("valid regex")
});

/// "بحلول عام 2030", "في موعد أقصاه 2030", and "في عام 2028" / "خلال عام 2028" (a year
/// named with its word, as "in 2028" is in English).
static BY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:(?:بحلول|في\s+موعد\s+(?:أقصاه|اقصاه|لا\s+يتجاوز))\s+(?:(?:عام|العام|سنة)\s+)?|(?:في|فى|خلال)\s+(?:عام|العام|سنة)\s+)(\d{4})(?:[\s.,;،؛]|$)")
        .expect("valid regex")
});

static YEAR_PART: LazyLock<Regex> = LazyLock::new(|| {
    let parts: Vec<String> = table::AR_YEAR_PARTS
        .iter()
        .map(|(w, _)| w.replace(' ', r"\s+"))
        .collect();
    Regex::new(&format!(
        r"(?:^|\s)(?:بحلول|قبل|في|خلال|حتى)\s+({})\s+(?:من\s+)?(?:(?:عام|العام|سنة)\s+)?(\d{{4}})(?:[\s.,;،؛]|$)",
        parts.join("|")
    ))
    .expect("valid regex")
});

static YEAR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:بنهاية|(?:بحلول|قبل|حتى)\s+نهاية|في\s+موعد\s+أقصاه\s+نهاية)\s+(?:(?:عام|العام|سنة)\s+)?(\d{4})(?:[\s.,;،؛]|$)")
        .expect("valid regex")
});

/// "بحلول فبراير 2028": a month and its year, not inside a day already read.
fn months_with_year(text: &str, adopted: Option<Date>, days: &[Range<usize>]) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in MONTH.captures_iter(text) {
        let whole = m.get(1).expect("match");
        if days.iter().any(|d| d.contains(&whole.start())) {
            continue;
        }
        let (Some(month), Ok(year)) = (month_of(&m[1]), m[2].parse::<i16>()) else {
            continue;
        };
        let first = Date::new(year, month, 1).ok();
        let Some(first) = first else { continue };
        let last = first.last_of_month();
        if year < 1900 || adopted.is_some_and(|a| last < a) {
            continue;
        }
        let before = text[..m.get(0).expect("match").start()].trim_end();
        let before = before.strip_suffix("شهر").unwrap_or(before).trim_end();
        // "بحلول نهاية حزيران/يونيه 2027", "بنهاية يونيو 2027": the month's last day.
        let end_of = before
            .strip_suffix("بنهاية")
            .map(|_| true)
            .or_else(|| before.strip_suffix("نهاية").map(by_before));
        if end_of == Some(true) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(last)),
                m.get(0).expect("match").as_str().trim().to_string(),
            ));
            continue;
        }
        // "في موعد أقصاه أول ديسمبر 2027": "أول" (a word of its own) before the month names
        // its first day, not the whole month.
        if first_of_month(before) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(first)),
                m.get(0).expect("match").as_str().trim().to_string(),
            ));
            continue;
        }
        if by_before(before) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Month { year, month }),
                m.get(0).expect("match").as_str().trim().to_string(),
            ));
        }
    }
    out
}

/// The words before a month read as its first day: "أول" as a word of its own ("الأول"
/// is an ordinal of something else), and a deadline's words before it.
fn first_of_month(before: &str) -> bool {
    ["أول", "اول"].iter().any(|w| {
        before.strip_suffix(w).is_some_and(|b| {
            (b.is_empty() || b.ends_with(char::is_whitespace)) && by_before(b.trim_end())
        })
    })
}

/// "خلال شهرين", "في غضون 90 يوما": a span, in days.
fn spans(text: &str, adopted: Option<Date>) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = NEXT_SPAN
        .captures_iter(text)
        .filter_map(|m| next_span(&m, adopted))
        .collect();
    let granted = GRANT.captures_iter(text).chain(GRANTED.captures_iter(text));
    out.extend(
        WITHIN
            .captures_iter(text)
            .chain(granted)
            .filter_map(|m| within_span(text, &m, adopted)),
    );
    out
}

/// The span a match of `NEXT_SPAN` gives ("خلال الأشهر الستة القادمة").
fn next_span(m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Deadline> {
    let (unit, hours) = match &m[1] {
        "الأيام" | "الايام" => (table::SpanUnit::Days, false),
        "الأسابيع" | "الاسابيع" => (table::SpanUnit::Weeks, false),
        "الأشهر" | "الاشهر" | "الشهور" => (table::SpanUnit::Months, false),
        "الساعات" => (table::SpanUnit::Days, true),
        _ => (table::SpanUnit::Years, false),
    };
    let count = &m[2];
    let word = count.strip_prefix("ال").unwrap_or(count);
    let n = count.parse().ok().or_else(|| {
        table::AR_NUMBERS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, n)| *n)
    });
    let n = n.filter(|&n| n > 0)?;
    let n = if hours { n.div_ceil(24) } else { n };
    let (days, exact) = span_days(n, unit, adopted);
    let whole = m.get(0).expect("match");
    Some((
        whole.start(),
        Found::Within { days, exact },
        whole.as_str().trim().to_string(),
    ))
}

/// The span a match of `WITHIN`, `GRANT` or `GRANTED` gives, its count and unit.
fn within_span(text: &str, m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Deadline> {
    let unit_word = &m[2];
    // "في غضون 48 ساعة": hours, counted as the days they end in.
    let hours = table::AR_HOURS.contains(&unit_word);
    let &(_, implied, unit) = table::AR_SPANS
        .iter()
        .find(|(u, _, _)| *u == unit_word || (hours && *u == "يوم"))?;
    // "خلال شهر شوال": a month's name, not a span.
    let after = text[m.get(0).expect("match").end()..].trim_start();
    let next = bare(after.split_whitespace().next().unwrap_or(""));
    // "في موعد أقصاه 60 يوما بعد اتخاذ ...": a span, its count given; "في موعد أقصاه
    // شهر سبتمبر" names a month (below), "في موعد أقصاه سنة 2027" a year; the unit alone
    // with no name or year after it ("في موعد أقصاه شهر من اليوم") is one such unit.
    if m[0].contains("موعد")
        && m.get(1).is_none()
        && next.chars().next().is_some_and(char::is_numeric)
    {
        return None;
    }
    if table::AR_HIJRI_MONTHS.contains(&next) || month_of(next).is_some() {
        return None;
    }
    // "خلال 90 يوما من بدء عملها": counted from when the doer starts its work, which the
    // text does not date, not from the adoption; no day to set.
    let mut from = after.split_whitespace().map(bare);
    if from.next() == Some("من")
        && from
            .next()
            .is_some_and(|w| table::AR_STARTS_OF.contains(&w))
        && from
            .next()
            .is_some_and(|w| table::AR_OWN_WORK.iter().any(|o| w.starts_with(o)))
    {
        return None;
    }
    let n = within_count(m, implied, unit_word);
    if n == 0 {
        return None;
    }
    let n = if hours { n.div_ceil(24) } else { n };
    let (days, exact) = span_days(n, unit, adopted);
    let whole = m.get(0).expect("match");
    Some((
        whole.start(),
        Found::Within { days, exact },
        // Up to its unit: "3 أشهر" of "3 أشهر للاتفاق".
        text[whole.start()..m.get(2).expect("unit").end()]
            .trim()
            .to_string(),
    ))
}

/// How many of the unit a span counts: its number, in digits or words, else the one its
/// unit implies.
fn within_count(m: &regex::Captures<'_>, implied: u32, unit_word: &str) -> u32 {
    match m.get(1).map(|c| c.as_str()) {
        // "أمهله أسبوعا": one, the unit's accusative alone.
        None if implied == 0 && ["يوما", "يوماً", "أسبوعا", "شهرا"].contains(&unit_word) => {
            1
        }
        None => implied,
        Some(c) => c
            .parse()
            .ok()
            .or_else(|| {
                table::AR_NUMBERS
                    .iter()
                    .find(|(w, _)| *w == c)
                    .map(|(_, n)| *n)
            })
            .unwrap_or(0),
    }
}

/// "إلى الدورة القادمة", "في دورتها الحادية والثمانين": a meeting, by its ordinal or as
/// the next one.
fn sessions(text: &str) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in SESSION.captures_iter(text) {
        let phrase = m.get(2).expect("match");
        // "لدورتها ...": the "ل" joins only a word it can ("لدورتها", not "لالدورة").
        if m.get(1).is_some() && phrase.as_str().starts_with("ال") {
            continue;
        }
        // "على هامش الدورة الثمانين": where it was said; only "the next session" dates.
        let margins = m.get(0).is_some_and(|w| w.as_str().contains("هامش"));
        if margins && m.get(7).is_none() {
            continue;
        }
        let ordinal = ordinal_words(&m, 3);
        out.push((
            phrase.start(),
            Found::Session {
                held: scheduled_when(&text[phrase.end()..]),
                ordinal,
                of: None,
                word: phrase.as_str().trim().to_string(),
            },
            phrase.as_str().trim().to_string(),
        ));
    }
    out
}

/// "... للمكتب التنفيذي المقرر عقده في يناير 2030": the month and year a meeting named a
/// few words before is set for (a day there is `newsdue`'s).
static SCHEDULED_IN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s+[^\s.،,;؛]+){0,8}?\s+(?:المقرر|المزمع)\s+(?:عقده|عقدها|انعقاده|انعقادها)\s+(?:في|فى|خلال)\s+(?:شهر\s+)?(\S+)\s+(\d{4})(?:\s|$|[,.;،؛])",
    )
    .expect("valid regex")
});

/// "... الاجتماع المقبل الذي سينعقد في <place> عام 2030", "المقرر عقده بالرباط في عام
/// 2030": the year a meeting named a few words before is to be held in, after a verb of
/// holding and up to four words of place.
static SCHEDULED_IN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s+[^\s.،,;؛]+){0,3}?\s+(?:(?:المقرر|المزمع)\s+(?:عقده|عقدها|انعقاده|انعقادها)|سينعقد|ستنعقد|سيعقد|ستعقد)(?:\s+[^\s.،,;؛]+){0,4}?\s+(?:(?:في|فى)\s+)?(?:عام|العام|لعام|سنة)\s+(\d{4})(?:\s|$|[,.;،؛])",
    )
    .expect("valid regex")
});

fn scheduled_when(after: &str) -> Option<Fuzzy> {
    let Some(c) = SCHEDULED_IN_MONTH.captures(after) else {
        return Some(Fuzzy::Year(
            SCHEDULED_IN_YEAR.captures(after)?[1].parse().ok()?,
        ));
    };
    Some(Fuzzy::Month {
        year: c[2].parse().ok()?,
        month: month_of(&c[1])?,
    })
}

/// "قبل انعقاد الدورة الثامنة والعشرين ...": due before that meeting, undated.
fn before_sessions(text: &str) -> Vec<Deadline> {
    BEFORE_SESSION
        .captures_iter(text)
        .map(|m| {
            // "قبل اللقاء التشاوري القادم": the next meeting called "اللقاء".
            let phrase = m.get(1).or_else(|| m.get(m.len() - 1)).expect("match");
            let name = phrase.as_str().trim().to_string();
            (
                phrase.start(),
                Found::BeforeUndated { name: name.clone() },
                m[0].trim().to_string(),
            )
        })
        .collect()
}

/// "كل 90 يوما", "كل ثلاثة أشهر", "كل سنتين", "سنويا": a recurring mandate's period.
pub fn every(text: &str) -> Option<Every> {
    if let Some(m) = EVERY.captures(text) {
        let unit_word = &m[2];
        let &(_, implied, unit) = table::AR_SPANS.iter().find(|(u, _, _)| *u == unit_word)?;
        let n = match m.get(1).map(|c| c.as_str()) {
            None => implied,
            Some(c) => c.parse().ok().or_else(|| {
                table::AR_NUMBERS
                    .iter()
                    .find(|(w, _)| *w == c)
                    .map(|(_, n)| *n)
            })?,
        };
        let (until, until_phrase) = until_after(&text[m.get(0).expect("match").end()..]).unzip();
        return (n > 0).then(|| Every {
            n,
            unit,
            phrase: m[0].trim().to_string(),
            until,
            until_phrase,
        });
    }
    // "مرتين في السنة": twice a year, before "سنويا" of "مرتين سنويا" is read alone.
    if let Some((phrase, n, unit)) = table::AR_EVERY_PHRASES
        .iter()
        .find_map(|&(p, n, u)| text.find(p).map(|at| (&text[at..at + p.len()], n, u)))
    {
        let end = text.find(phrase).map_or(0, |at| at + phrase.len());
        let (until, until_phrase) = until_after(&text[end..]).unzip();
        return Some(Every {
            n,
            unit,
            phrase: phrase.to_string(),
            until,
            until_phrase,
        });
    }
    let m = EVERY_WORD.find(text)?;
    let &(_, unit) = table::AR_EVERY_WORDS
        .iter()
        .find(|(w, _)| *w == m.as_str().trim())?;
    let (until, until_phrase) = until_after(&text[m.end()..]).unzip();
    Some(Every {
        n: 1,
        unit,
        phrase: m.as_str().trim().to_string(),
        until,
        until_phrase,
    })
}

/// "... كل شهر حتى 30 حزيران 2027": the day (or month) that ends a recurrence, and its words.
fn until_after(rest: &str) -> Option<(Fuzzy, String)> {
    let m = UNTIL.find(rest)?;
    // Only the recurrence's own clause: "حتى" within a few words of the period.
    if rest[..m.start()].split_whitespace().count() > 8 {
        return None;
    }
    let after = &rest[m.end()..];
    if let Some(c) = DATE
        .captures(after)
        .filter(|c| c.get(0).expect("match").start() == 0)
    {
        let day = Date::new(c[3].parse().ok()?, month_of(&c[2])?, c[1].parse().ok()?).ok()?;
        let words = format!("{}{}", m.as_str(), &c[0]);
        return Some((Fuzzy::Day(day), words.trim().to_string()));
    }
    let c = MONTH
        .captures(after)
        .filter(|c| c.get(0).expect("match").start() <= 1)?;
    let words = format!("{}{}", m.as_str(), c[0].trim());
    Some((
        Fuzzy::Month {
            year: c[2].parse().ok()?,
            month: month_of(&c[1])?,
        },
        words.trim().to_string(),
    ))
}

static EVERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|\s)كل\s+(?:(\d{{1,4}}|\S+)\s+)?({})(?:\s|$|[,.;])",
        span_units()
    ))
    .expect("valid regex")
});

static EVERY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = table::AR_EVERY_WORDS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(r"(?:^|\s)(?:{})(?:\s|$|[,.;])", any_of(&words))).expect("valid regex")
});

pub(super) fn month_of(name: &str) -> Option<i8> {
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    table::AR_MONTHS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, k)| *k)
}

fn ordinal_of(table: &[(&str, u32)], word: &str) -> u32 {
    table
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(0, |(_, n)| *n)
}

/// The words before a date make it a deadline ("بحلول", "قبل", "في موعد أقصاه", "في").
fn by_before(before: &str) -> bool {
    // "قبل 15 شوال 1449 هـ / 1 تموز 2028 م": the Hijri date beside it is read past.
    let before = HIJRI_BESIDE.replace(before.trim_end(), "");
    // "خلال النصف الأول من شهر شوال 1418هـ، فبراير 1998م": a Hijri month, its Gregorian
    // month after it; the word before the Hijri one dates both.
    if let Some(m) = HIJRI_MONTH_BESIDE.captures(before.trim_end()) {
        if m.get(1).is_some() {
            return true;
        }
        return by_before(&before[..m.get(0).expect("match").start()]);
    }
    let before = before.trim_end();
    // "الفترة المالية المنتهية في 30 حزيران/يونيه 2027": the day a period ends, named;
    // "لستة أشهر تبدأ في 1 مايو وتنتهي في 31 أكتوبر": the days it starts and ends.
    let ends_period = before.strip_suffix("في").is_some_and(|b| {
        b.split_whitespace().last().is_some_and(|w| {
            let w = w
                .strip_prefix('و')
                .filter(|r| table::AR_PERIOD_BOUNDS.contains(r))
                .unwrap_or(w);
            ["المنتهية", "المنتهي", "المنتهيتين", "المنتهيين"].contains(&w)
                || table::AR_PERIOD_BOUNDS.contains(&w)
        })
    });
    // "الاجتماع الذي عقد في 1 سبتمبر 2025": the day a meeting was held, told.
    let held = before.strip_suffix("في").is_some_and(|b| {
        b.split_whitespace()
            .last()
            .is_some_and(|w| ["عقد", "عقدت", "انعقد", "انعقدت"].contains(&w))
    });
    !ends_period
        && !held
        && table::AR_BY.iter().any(|w| {
            before
                .strip_suffix(w)
                .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace))
        })
}

pub(super) static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b").expect("valid regex")
});
