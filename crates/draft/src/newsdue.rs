//! Deadlines in the phrasings of communiqués, press releases and news reports about a
//! decision, in English, French and Arabic: the end of this or next month, next week, a
//! weekday, a fortnight, hours, a meeting scheduled for a day, the next summit in a place in
//! a month, and an undated end or vote ("before the end of the transition", "ahead of the
//! 2027 elections"). Each finder gives candidates as `deadline::parse` takes them; the
//! conventions are in docs/drafting-log.md ("A composed grid of deadlines in news phrasings").

use std::borrow::Cow;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::due::Found;
use crate::due::Fuzzy;
use crate::table;
use crate::words::fold;
use crate::words::{any_of, month_names};

type Candidate = (usize, Found, String);

const FR_WEEKDAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// A found deadline and where it stands: its match's start and text.
fn candidate(whole: regex::Match<'_>, found: Found) -> Candidate {
    (whole.start(), found, whole.as_str().to_string())
}

/// "by Friday, 31 July 2026", "au plus tard le vendredi 31 juillet", "يوم الجمعة 31 يوليو":
/// a weekday written before its date says nothing the date does not.
static WEEKDAY_BEFORE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let en = any_of(table::WEEKDAYS);
    let fr = any_of(FR_WEEKDAYS);
    let ar: Vec<&str> = table::AR_WEEKDAYS.iter().map(|(d, _)| *d).collect();
    let m = month_names(table::MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:{en}|{fr}),?\s+(\d{{1,2}}(?:er|st|nd|rd|th)?\s+\p{{L}}|(?:{m})\s+\d)|(?:يوم\s+)?(?:{ar})\s+(\d)",
        ar = any_of(&ar)
    ))
    .expect("valid regex")
});

/// "أمهل X حتى 31 مارس لـ", "مهلة حتى نهاية الشهر الجاري": after a time granted, "حتى" sets
/// its end (elsewhere "حتى D" is how long a mandate runs, no deadline).
static AR_GRANT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(?:و?أمهل\S*|مهلة)\s").expect("valid regex"));
static AR_UNTIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)حتى\s").expect("valid regex"));
/// "الأطراف حتى نهاية الشهر الجاري للتوقيع ...": "حتى" a day or an end, then the act it is
/// for ("لـ" and a verbal noun), where no mandate is extended.
static AR_UNTIL_FOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)حتى\s+([^،,.;:]{3,40}?\s+ل\S{3,})").expect("valid regex"));
static AR_EXTENDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"تمديد|يمدد|تمدد|مدد|ولاية|استمرار").expect("valid regex"));

/// The clause with what only restates a date dropped, and a grant's "حتى" read as its end.
pub(crate) fn normalize(text: &str) -> Cow<'_, str> {
    let out = WEEKDAY_BEFORE_DATE.replace_all(text, |c: &regex::Captures<'_>| {
        c.get(1)
            .or(c.get(2))
            .map_or(String::new(), |m| m.as_str().to_string())
    });
    match AR_GRANT.find(&out) {
        Some(g) => {
            let (head, tail) = out.split_at(g.end());
            let tail = AR_UNTIL.replace(tail, "${1}في موعد أقصاه ");
            Cow::Owned(format!("{head}{tail}"))
        }
        None if AR_UNTIL_FOR.is_match(&out) && !AR_EXTENDS.is_match(&out) => Cow::Owned(
            AR_UNTIL_FOR
                .replace(&out, "${1}في موعد أقصاه ${2}")
                .into_owned(),
        ),
        None => out,
    }
}

/// "by the end of this month", "before the end of next month"; "d'ici (à) la fin du mois
/// (prochain)"; "حتى / بحلول / قبل نهاية الشهر الجاري / المقبل".
static EN_MONTH_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:by|before|(?:no|not)\s+later\s+than)\s+the\s+end\s+of\s+(?:(this|the\s+current|the)|(next|the\s+following|the\s+coming))\s+month\b")
        .expect("valid regex")
});
static FR_MONTH_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:d['’]ici\s+(?:à\s+)?|avant\s+|au\s+plus\s+tard\s+(?:à\s+)?)la\s+fin\s+du\s+mois(?:\s+(?:en\s+cours|courant)|\s+(prochain))?\b")
        .expect("valid regex")
});
static AR_MONTH_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)((?:بحلول|قبل|في\s+موعد\s+أقصاه|مع)\s+نهاية\s+(?:هذا\s+)?الشهر\s*(?:(الجاري|الحالي)|(المقبل|القادم))?)(?:\s|$|[,.;،])")
        .expect("valid regex")
});

fn month_end(adopted: Date, ahead: i32) -> Option<Date> {
    adopted
        .first_of_month()
        .checked_add(jiff::Span::new().months(ahead))
        .ok()
        .map(Date::last_of_month)
}

fn month_ends(text: &str, adopted: Date) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in EN_MONTH_END.captures_iter(text) {
        let ahead = i32::from(m.get(2).is_some());
        if let Some(end) = month_end(adopted, ahead) {
            out.push(candidate(
                m.get(0).expect("match"),
                Found::Around(Fuzzy::Day(end)),
            ));
        }
    }
    // The French convention: the end of a period is that period.
    for m in FR_MONTH_END.captures_iter(text) {
        let ahead = i32::from(m.get(1).is_some());
        if let Some(end) = month_end(adopted, ahead) {
            out.push(candidate(
                m.get(0).expect("match"),
                Found::On(Fuzzy::Month {
                    year: end.year(),
                    month: end.month(),
                }),
            ));
        }
    }
    for m in AR_MONTH_END.captures_iter(text) {
        let ahead = i32::from(m.get(3).is_some());
        if let Some(end) = month_end(adopted, ahead) {
            out.push(candidate(
                m.get(1).expect("group"),
                Found::Around(Fuzzy::Day(end)),
            ));
        }
    }
    out
}

/// "within a fortnight", "in a fortnight's time"; "dans les 72 heures", "dans un délai de
/// 48 heures"; "خلال الأسبوعين المقبلين".
static FORTNIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:within|in)\s+(?:a|one|the\s+next|the\s+coming)\s+fortnight\b(?:['’]s\s+time)?|(?:^|\s)(?:خلال|في\s+غضون)\s+الأسبوعين\s+(?:المقبلين|القادمين)")
        .expect("valid regex")
});
static FR_HOURS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdans\s+(?:les|un\s+délai\s+de)\s+(\d+)\s+(?:prochaines\s+)?heures\b")
        .expect("valid regex")
});

fn short_spans(text: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = FORTNIGHT
        .find_iter(text)
        .map(|m| {
            (
                m.start(),
                Found::Within {
                    days: 14,
                    exact: true,
                },
                m.as_str().trim().to_string(),
            )
        })
        .collect();
    for m in FR_HOURS.captures_iter(text) {
        let Ok(hours) = m[1].parse::<i64>() else {
            continue;
        };
        out.push(candidate(
            m.get(0).expect("match"),
            Found::Within {
                days: (hours + 23) / 24,
                exact: true,
            },
        ));
    }
    out
}

/// "next week", "la semaine prochaine", "الأسبوع المقبل": the calendar week (Monday to
/// Sunday) after the adoption's, by its last day.
static NEXT_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bnext\s+week\b|\bla\s+semaine\s+prochaine\b|(?:^|\s)(?:(?:خلال|في)\s+)?الأسبوع\s+(?:المقبل|القادم)(?:\s|$|[,.;،])")
        .expect("valid regex")
});

/// The first `target` weekday (Monday 0) after `adopted`, a week on when it falls on it.
fn next_weekday(adopted: Date, target: i8) -> Option<Date> {
    let now = adopted.weekday().to_monday_zero_offset();
    let ahead = (i16::from(target) - i16::from(now)).rem_euclid(7);
    let ahead = if ahead == 0 { 7 } else { ahead };
    adopted.checked_add(jiff::Span::new().days(ahead)).ok()
}

fn next_weeks(text: &str, adopted: Date) -> Vec<Candidate> {
    NEXT_WEEK
        .find_iter(text)
        .filter_map(|m| {
            let monday = next_weekday(adopted, 0)?;
            let sunday = monday.checked_add(jiff::Span::new().days(6)).ok()?;
            Some((
                m.start(),
                Found::On(Fuzzy::Day(sunday)),
                m.as_str().trim().to_string(),
            ))
        })
        .collect()
}

/// "on Monday", "by Friday", "next Monday", "this coming Tuesday"; "lundi prochain",
/// "d'ici (à) lundi": the first such day after the adoption. "on <the adoption's weekday>"
/// is the meeting's own day, and a weekday right after a body or before a verb in the past
/// ("The Council on Tuesday urged", "who met on Monday") tells when it acted.
static EN_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let days = any_of(table::WEEKDAYS);
    Regex::new(&format!(
        r"(?i)\b(on|by|before|until|(?:no|not)\s+later\s+than|next|this\s+coming)\s+({days})(\s+next)?\b"
    ))
    .expect("valid regex")
});
static FR_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let days = any_of(FR_WEEKDAYS);
    Regex::new(&format!(
        r"(?i)\b(?:({days})\s+prochain|d['’]ici\s+(?:à\s+)?({days})|avant\s+({days})\s+prochain)\b"
    ))
    .expect("valid regex")
});
static PAST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:\w+ed|[Mm]et|[Hh]eld|[Ss]aid|[Bb]egan|[Tt]ook|[Ww]as|[Ww]ere|[Ll]ast|\p{Lu}[\p{L}-]*)\s*,?\s*$")
        .expect("valid regex")
});
/// "said in a statement on Sunday", "in its communiqué on Friday": the day the text was
/// issued, not a day the request is due by.
static ISSUED_IN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bin\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration|release|message|letter)\s*,?\s*$")
        .expect("valid regex")
});
static PAST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*(?:\w+ed|said|gave|met|held|took|made|began|sent|set|told)\b")
        .expect("valid regex")
});

fn weekdays(text: &str, adopted: Date) -> Vec<Candidate> {
    let mut out = Vec::new();
    let today = adopted.weekday().to_monday_zero_offset();
    for m in EN_WEEKDAY.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let lead = fold(&m[1]);
        let Some(target) = table::WEEKDAYS.iter().position(|d| *d == fold(&m[2])) else {
            continue;
        };
        let target = i8::try_from(target).unwrap_or(0);
        let next = lead == "next" || lead.starts_with("this") || m.get(3).is_some();
        if lead == "on"
            && !next
            && (target == today
                || PAST_BEFORE.is_match(&text[..whole.start()])
                || ISSUED_IN_BEFORE.is_match(&text[..whole.start()])
                || PAST_AFTER.is_match(&text[whole.end()..]))
        {
            continue;
        }
        let Some(mut day) = next_weekday(adopted, target) else {
            continue;
        };
        if lead == "before" {
            let Ok(d) = day.checked_sub(jiff::Span::new().days(1)) else {
                continue;
            };
            day = d;
        }
        out.push(candidate(whole, Found::On(Fuzzy::Day(day))));
    }
    for m in FR_WEEKDAY.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let name = m.get(1).or(m.get(2)).or(m.get(3)).expect("a day");
        let Some(target) = FR_WEEKDAYS.iter().position(|d| *d == fold(name.as_str())) else {
            continue;
        };
        let Some(day) = next_weekday(adopted, i8::try_from(target).unwrap_or(0)) else {
            continue;
        };
        out.push(candidate(whole, Found::On(Fuzzy::Day(day))));
    }
    out
}

/// "to the extraordinary session scheduled for 15 May", "before the summit planned for 3
/// July 2027"; "à la session extraordinaire prévue le 15 mai"; "إلى الدورة الاستثنائية
/// المقرر عقدها في 15 مايو": a meeting the text dates by a day, the first such day not past
/// when it gives no year.
static EN_SCHEDULED: LazyLock<Regex> = LazyLock::new(|| {
    let m = month_names(table::MONTHS);
    Regex::new(&format!(
        r"(?i)\b(at|to|before|ahead\s+of|prior\s+to|during)\s+(?:the|its|their)\s+((?:[\w-]+\s+){{0,3}}?(?:session|summit|meeting|conference|retreat))\s+(?:(?:which\s+is\s+|that\s+is\s+)?(?:scheduled|planned|set|slated|due)\s+(?:to\s+(?:take\s+place|be\s+held)\s+)?(?:for|on)\s+)(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})|({m})\s+(\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+((?:19|20)\d{{2}}))?\b"
    ))
    .expect("valid regex")
});
/// "at the 9th summit of the Valley leaders scheduled for May 2038": a meeting the text
/// dates by a month and year, with what it is of between its name and the date.
static EN_SCHEDULED_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let m = month_names(table::MONTHS);
    Regex::new(&format!(
        r"(?i)\b(at|to|before|ahead\s+of|prior\s+to|during)\s+(?:the|its|their)\s+((?:[\w-]+\s+){{0,3}}?(?:session|summit|meeting|conference|retreat))(?:\s+of\s+[^,;.]{{1,60}}?)?\s+(?:(?:which\s+is\s+|that\s+is\s+)?(?:scheduled|planned|set|slated|due)\s+(?:to\s+(?:take\s+place|be\s+held)\s+)?(?:for|in)\s+)({m}),?\s+((?:19|20)\d{{2}})\b"
    ))
    .expect("valid regex")
});
static FR_SCHEDULED: LazyLock<Regex> = LazyLock::new(|| {
    let m = month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(à|avant|lors\s+de)\s+(?:la|le|sa|son|leur)\s+((?:prochaine?\s+)?(?:session|sommet|réunion|conférence)(?:\s+(?:extraordinaire|ordinaire))?)\s+(?:prévue?s?|programmée?s?)\s+(?:pour\s+)?le\s+(\d{{1,2}})(?:er)?\s+({m})(?:\s+((?:19|20)\d{{2}}))?\b"
    ))
    .expect("valid regex")
});
static AR_SCHEDULED: LazyLock<Regex> = LazyLock::new(|| {
    let m = month_names(table::AR_MONTHS);
    Regex::new(&format!(
        r"(?:^|\s)((إلى|في|قبل|على)\s+(ال\S+(?:\s+ال\S+){{0,2}})\s+(?:المقرر|المزمع)\s+(?:عقدها|عقده|انعقادها|انعقاده)\s+(?:في\s+)?(?:يوم\s+)?(\d{{1,2}})\s+({m})(?:\s+(\d{{4}}))?)"
    ))
    .expect("valid regex")
});

fn month_number(name: &str, table: &[(&str, i8)]) -> Option<i8> {
    let name = fold(name);
    table.iter().find(|(n, _)| fold(n) == name).map(|(_, m)| *m)
}

/// A day given with or without its year: without one, the first such day not before the
/// adoption.
fn day_of(day: &str, month: i8, year: Option<&str>, adopted: Date) -> Option<Date> {
    let day: i8 = day.parse().ok()?;
    match year {
        Some(y) => Date::new(y.parse().ok()?, month, day).ok(),
        None => {
            let this = Date::new(adopted.year(), month, day).ok()?;
            if this >= adopted {
                Some(this)
            } else {
                Date::new(adopted.year() + 1, month, day).ok()
            }
        }
    }
}

fn scheduled(text: &str, adopted: Date) -> Vec<Candidate> {
    let mut out = Vec::new();
    let meeting = |lead: &str, name: &str, day: Date| {
        let before = ["before", "ahead", "prior", "avant", "قبل"]
            .iter()
            .any(|w| fold(lead).starts_with(w));
        if before {
            Found::BeforeEvent {
                name: name.to_string(),
                date: Fuzzy::Day(day),
            }
        } else {
            Found::Session {
                held: Some(Fuzzy::Day(day)),
                ordinal: None,
                of: None,
                word: name.to_string(),
            }
        }
    };
    for m in EN_SCHEDULED.captures_iter(text) {
        let (d, mo) = match (m.get(3), m.get(4), m.get(5), m.get(6)) {
            (Some(d), Some(mo), _, _) | (_, _, Some(mo), Some(d)) => (d.as_str(), mo.as_str()),
            _ => continue,
        };
        let Some(month) = month_number(mo, table::MONTHS) else {
            continue;
        };
        let Some(day) = day_of(d, month, m.get(7).map(|y| y.as_str()), adopted) else {
            continue;
        };
        out.push(candidate(
            m.get(0).expect("match"),
            meeting(&m[1], m[2].trim(), day),
        ));
    }
    for m in EN_SCHEDULED_MONTH.captures_iter(text) {
        let (Some(month), Ok(year)) = (month_number(&m[3], table::MONTHS), m[4].parse()) else {
            continue;
        };
        let held = Fuzzy::Month { year, month };
        let name = m[2].trim().to_string();
        let before = ["before", "ahead", "prior"]
            .iter()
            .any(|w| fold(&m[1]).starts_with(w));
        let found = if before {
            Found::BeforeEvent { name, date: held }
        } else {
            Found::Session {
                held: Some(held),
                ordinal: None,
                of: None,
                word: name,
            }
        };
        out.push(candidate(m.get(0).expect("match"), found));
    }
    for m in FR_SCHEDULED.captures_iter(text) {
        let Some(month) = month_number(&m[4], table::FR_MONTHS) else {
            continue;
        };
        let Some(day) = day_of(&m[3], month, m.get(5).map(|y| y.as_str()), adopted) else {
            continue;
        };
        out.push(candidate(
            m.get(0).expect("match"),
            meeting(&m[1], m[2].trim(), day),
        ));
    }
    for m in AR_SCHEDULED.captures_iter(text) {
        let Some(month) = month_number(&m[5], table::AR_MONTHS) else {
            continue;
        };
        let Some(day) = day_of(&m[4], month, m.get(6).map(|y| y.as_str()), adopted) else {
            continue;
        };
        out.push(candidate(
            m.get(1).expect("group"),
            meeting(&m[2], m[3].trim(), day),
        ));
    }
    out
}

/// "at their next summit in Nairobi in March": the next meeting, in a place, in a month
/// (the first such month after the adoption's when no year is given).
static EN_NEXT_IN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let m = month_names(table::MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:at|to|during|before)\s+(?:its|their|the)\s+((?:next|forthcoming|upcoming)\s+(?:(?:ordinary|extraordinary|annual)\s+)?(?:summit|session|meeting))\s+(?:in|at)\s+\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*)?,?\s+in\s+({m})(?:\s+((?:19|20)\d{{2}}))?\b"
    ))
    .expect("valid regex")
});

fn next_in_month(text: &str, adopted: Date) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in EN_NEXT_IN_MONTH.captures_iter(text) {
        let Some(month) = month_number(&m[2], table::MONTHS) else {
            continue;
        };
        let year = match m.get(3) {
            Some(y) => y.as_str().parse().ok(),
            None if month > adopted.month() => Some(adopted.year()),
            None => Some(adopted.year() + 1),
        };
        let Some(year) = year else { continue };
        out.push(candidate(
            m.get(0).expect("match"),
            Found::Session {
                held: Some(Fuzzy::Month { year, month }),
                ordinal: None,
                of: None,
                word: m[1].to_string(),
            },
        ));
    }
    out
}

/// "before the end of the transition", "ahead of the 2027 elections", "avant la fin de la
/// transition", "avant les élections de 2027", "قبل نهاية المرحلة الانتقالية", "قبل
/// انتخابات 2027": an end or a vote the text does not date (a year it names dates it).
static EN_UNDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:before|ahead\s+of|prior\s+to|in\s+advance\s+of)\s+the\s+(end\s+of\s+the\s+transition(?:al\s+period)?|(?:((?:19|20)\d{2})\s+)?(?:(?:next|forthcoming|upcoming|coming|planned|general|presidential|legislative|parliamentary|local)\s+){0,2}(?:elections?|polls|referendum))\b")
        .expect("valid regex")
});
static FR_UNDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bavant\s+(la\s+fin\s+de\s+la\s+(?:période\s+de\s+)?transition|(?:les|le|la)\s+(?:(?:prochaines?|futures?)\s+)?(?:élections?|scrutins?|référendum)(?:\s+(?:générales|présidentielles?|législatives|locales))?(?:\s+de\s+((?:19|20)\d{2}))?)\b")
        .expect("valid regex")
});
static AR_UNDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(قبل\s+(?:(?:نهاية|انتهاء)\s+(?:المرحلة|الفترة)\s+الانتقالية|(?:موعد\s+)?(?:ال)?انتخابات(?:\s+(?:الرئاسية|التشريعية|العامة|المقبلة|القادمة))?(?:\s+(?:عام\s+)?(\d{4}))?))")
        .expect("valid regex")
});

fn undated(text: &str, adopted: Date) -> Vec<Candidate> {
    let mut out = Vec::new();
    let found = |name: &str, year: Option<&str>| match year.and_then(|y| y.parse::<i16>().ok()) {
        Some(y) if y < adopted.year() => None,
        Some(y) => Some(Found::BeforeEvent {
            name: name.to_string(),
            date: Fuzzy::Year(y),
        }),
        None => Some(Found::BeforeUndated {
            name: name.to_string(),
        }),
    };
    for re in [&*EN_UNDATED, &*FR_UNDATED, &*AR_UNDATED] {
        for m in re.captures_iter(text) {
            let name = m.get(1).expect("group");
            let Some(f) = found(name.as_str(), m.get(2).map(|y| y.as_str())) else {
                continue;
            };
            let whole = m.get(0).expect("match");
            // "before the elections scheduled for May 2025": dated after, which the date
            // finders read.
            let after: String = text[whole.end()..]
                .chars()
                .take_while(|c| !matches!(c, ';' | '.' | '؛'))
                .take(50)
                .collect();
            if after.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let start = if whole.as_str().starts_with(char::is_whitespace) {
                whole.start() + whole.as_str().len() - whole.as_str().trim_start().len()
            } else {
                whole.start()
            };
            out.push((start, f, whole.as_str().trim().to_string()));
        }
    }
    out
}

/// "على القمة العربية المقبلة", "أمام الدورة المقبلة": the next meeting a matter is put to.
static AR_PUT_TO_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)((?:على|أمام)\s+((?:القمة|الدورة|الاجتماع)(?:\s+ال\S+)?\s+(?:المقبلة|القادمة|المقبل|القادم)))(?:\s|$|[,.;،])")
        .expect("valid regex")
});

fn ar_put_to_next(text: &str) -> Vec<Candidate> {
    AR_PUT_TO_NEXT
        .captures_iter(text)
        .map(|m| {
            let found = Found::Session {
                held: None,
                ordinal: None,
                of: None,
                word: m[2].to_string(),
            };
            candidate(m.get(1).expect("group"), found)
        })
        .collect()
}

/// "بحلول نهاية سبتمبر", "قبل نهاية شهر مارس": the end of a month with no year, the next
/// such month not past.
static AR_MONTH_NAMED_END: LazyLock<Regex> = LazyLock::new(|| {
    let m = month_names(table::AR_MONTHS);
    Regex::new(&format!(
        r"(?:^|\s)((?:بحلول|قبل|في\s+موعد\s+أقصاه)\s+نهاية\s+(?:شهر\s+)?({m}))(?:\s+(\d{{4}}|القادم|المقبل))?"
    ))
    .expect("valid regex")
});

/// "decided to hold an extraordinary summit in Abuja on 20 July", "a décidé de tenir un
/// sommet extraordinaire à Abuja le 20 juillet": a meeting held on a day with no year, the
/// first such day not past.
static HOLD_ON_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let m = month_names(table::MONTHS);
    let f = month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:hold|convene|organi[sz]e)\s+(?:an?|its|the|their)\s+(?:[\w-]+\s+){{0,3}}?(?:summit|session|meeting|conference)\s+(?:in\s+\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*)?\s+)?on\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})\b(\s*,?\s*(?:19|20)\d{{2}})?|\b(?:tenir|organiser|convoquer)\s+(?:une?|sa|son|leur)\s+(?:[\w-]+\s+){{0,3}}?(?:sommet|session|réunion|conférence)(?:\s+[\w-]+){{0,2}}?\s+(?:à\s+\p{{Lu}}[\p{{L}}-]*\s+)?le\s+(\d{{1,2}})(?:er)?\s+({f})\b(\s+(?:19|20)\d{{2}})?"
    ))
    .expect("valid regex")
});

fn named_days(text: &str, adopted: Date) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in AR_MONTH_NAMED_END.captures_iter(text) {
        let Some(month) = month_number(&m[2], table::AR_MONTHS) else {
            continue;
        };
        // "نهاية حزيران/يونيه 2027": a month named twice, then its year.
        let after = &text[m.get(0).expect("match").end()..];
        if m.get(3)
            .is_some_and(|y| y.as_str().chars().all(|c| c.is_ascii_digit()))
            || after.starts_with(['/', '('])
            || after.trim_start().starts_with('(')
        {
            continue;
        }
        let first = Date::new(adopted.year(), month, 1).ok();
        let Some(first) = first else { continue };
        let end = if first.last_of_month() >= adopted {
            first.last_of_month()
        } else {
            let Ok(next) = Date::new(adopted.year() + 1, month, 1) else {
                continue;
            };
            next.last_of_month()
        };
        out.push(candidate(
            m.get(1).expect("group"),
            Found::Around(Fuzzy::Day(end)),
        ));
    }
    for m in HOLD_ON_DAY.captures_iter(text) {
        let (d, mo, y, months) = match (m.get(1), m.get(2), m.get(4), m.get(5)) {
            (Some(d), Some(mo), _, _) => (d, mo, m.get(3), table::MONTHS),
            (_, _, Some(d), Some(mo)) => (d, mo, m.get(6), table::FR_MONTHS),
            _ => continue,
        };
        if y.is_some() {
            continue;
        }
        let Some(month) = month_number(mo.as_str(), months) else {
            continue;
        };
        let Some(day) = day_of(d.as_str(), month, None, adopted) else {
            continue;
        };
        out.push(candidate(
            m.get(0).expect("match"),
            Found::On(Fuzzy::Day(day)),
        ));
    }
    out
}

/// The deadlines of news phrasings in `text`.
pub(crate) fn deadlines(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let Some(a) = adopted else {
        return Vec::new();
    };
    let mut out = month_ends(text, a);
    out.extend(short_spans(text));
    out.extend(next_weeks(text, a));
    out.extend(weekdays(text, a));
    out.extend(scheduled(text, a));
    out.extend(next_in_month(text, a));
    out.extend(undated(text, a));
    out.extend(ar_put_to_next(text));
    out.extend(named_days(text, a));
    out
}
