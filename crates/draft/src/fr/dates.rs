//! French deadlines and periods: dates, months, sessions and meetings, spans of days and
//! years, ordinals and numbers in words, a mandate's or a period's end.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::due::{Found, Fuzzy, span_days};
use crate::table::{self, SpanUnit};
use crate::words::{any_of, fold};

/// "jusqu'au 30 juin 2004": the end of a period a sentence extends something to.
pub fn period_end(sentence: &str) -> Option<Date> {
    let folded = fold(sentence);
    let at = folded.find("jusqu'au ")?;
    // `at` counts bytes of the folded text ("’" is three bytes, "'" one): count chars.
    let from = sentence.char_indices().nth(folded[..at].chars().count())?.0;
    DAY_MONTH_YEAR
        .captures(&sentence[from..])
        .filter(|m| m.get(0).is_some_and(|g| g.start() <= 12))
        .and_then(|m| date(&m))
}

/// "à la fin de cette période", "à l'expiration de cette période": the end of the period
/// an earlier sentence named.
pub fn at_period_end(action: &str) -> bool {
    let lower = fold(action);
    [
        "à la fin de cette période",
        "à l'expiration de cette période",
        "au terme de cette période",
        "à la fin de ladite période",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// "achever <une chose> N mois au maximum après cette date": a span counted from the
/// last day `sentence` gives before the action, that day plus the span.
pub fn after_that_date(action: &str, sentence: &str) -> Option<Date> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,3}|\p{Ll}+)\s+(jours?|semaines?|mois|ans?|années?)\s+(?:au\s+(?:maximum|plus\s+tard)\s+)?(?:après|suivant)\s+(?:cette|ladite)\s+date\b")
            .expect("valid regex")
    });
    let m = AFTER.captures(action)?;
    let n = m[1].parse::<u32>().ok().or_else(|| {
        table::FR_CARDINALS
            .iter()
            .find(|(w, _)| *w == fold(&m[1]))
            .map(|(_, n)| *n)
    })?;
    let at = sentence.find(action).unwrap_or(sentence.len());
    let day = DAY_MONTH_YEAR
        .captures_iter(&sentence[..at])
        .filter_map(|d| date(&d))
        .last()?;
    let n = i64::from(n);
    let span = match fold(&m[2]).trim_end_matches('s') {
        "jour" => jiff::Span::new().days(n),
        "semaine" => jiff::Span::new().weeks(n),
        "moi" => jiff::Span::new().months(n),
        _ => jiff::Span::new().years(n),
    };
    day.checked_add(span).ok()
}

pub(super) static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});
/// "d'ici au 15 septembre" (no year) in a text adopted on 7 September 2020: the first such
/// day on or after the adoption, read only after a word of deadline.
fn yearless_deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let Some(adopted) = adopted else {
        return Vec::new();
    };
    DAY_MONTH
        .captures_iter(text)
        .filter(|m| m.get(3).is_none())
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let before = fold(text[..whole.start()].trim_end());
            table::FR_BY_BEFORE.iter().find(|w| before.ends_with(*w))?;
            let month = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[2]))?.1;
            let day: i8 = m[1].parse().ok()?;
            let this_year = Date::new(adopted.year(), month, day).ok()?;
            let due = if this_year < adopted {
                Date::new(adopted.year() + 1, month, day).ok()?
            } else {
                this_year
            };
            Some((
                whole.start(),
                Found::On(Fuzzy::Day(due)),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:le\s+)?(\d{{1,2}})(?:er)?\s+({months})\b(\s+\d{{4}})?"
    ))
    .expect("valid regex")
});

/// The French numbers in words ("trente", "six"), as one regex alternation.
pub(super) fn number_words() -> String {
    any_of(
        &table::FR_NUMBERS
            .iter()
            .map(|(w, _)| *w)
            .collect::<Vec<_>>(),
    )
}

/// The value of a French number in words, already folded.
fn number_value(word: &str) -> Option<u32> {
    table::FR_NUMBERS
        .iter()
        .find(|(x, _)| *x == word)
        .map(|(_, n)| *n)
}

/// "dans un délai de 90 jours", "dans le délai d'un an", "au plus tard dans six mois",
/// "d'ici à 15 jours maximum", "d'ici une période de 15 jours".
static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:dans\s+(?:un|le)\s+délai\s+(?:maximum\s+)?(?:de\s+|d['’])|(?:au\s+plus\s+tard\s+)?dans\s+(?:les\s+)?|d['’]\s*ici\s+(?:à\s+)?(?:une\s+période\s+de\s+)?)(\d+|{words})\s+(jours?|semaines?|mois|ans?|années?)\b"
    ))
    .expect("valid regex")
});

/// "dans les 30 prochains jours", "au cours des six prochains mois": a span after the
/// adoption, "prochains" between the count and its unit.
static NEXT_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:au\s+plus\s+tard\s+)?(?:dans\s+les|au\s+cours\s+des)\s+(\d+|{words})\s+prochaine?s\s+(jours|semaines|mois|ans|années)\b"
    ))
    .expect("valid regex")
});

/// "trente jours au plus tard après l'adoption de ...", "dix jours après l'adoption": a
/// span after the adoption, the count first (as "dans un délai de" has it after).
static AFTER_ADOPTION: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(\d+|{words})\s+(jours?|semaines?|mois|ans?|années?)\s+(?:au\s+plus\s+tard\s+)?(?:après|suivant)\s+(?:l['’]\s*|la\s+date\s+d['’]\s*)adoption\b"
    ))
    .expect("valid regex")
});

/// "d'en rendre compte au prochain sommet", "à sa prochaine réunion": the next meeting of
/// the body, as "at its next session" is.
static NEXT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:au|avant\s+le|lors\s+du|d['’]ici\s+au)\s+prochain\s+(sommet)\b|\b(?:à|avant|lors\s+de|d['’]ici\s+à)\s+(?:sa|la|leur)\s+prochaine\s+(réunion|conférence)\b")
        .expect("valid regex")
});

/// "à sa quatre-vingt-unième session", "avant la prochaine session de l'Assemblée générale".
pub(super) static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:à|avant|lors\s+de|pendant|de)\s+(?:sa|la|leur)\s+(prochaine|\d{1,3}(?:e|ème|eme|re)|[\p{L}-]+(?:\s+et\s+[\p{L}-]+)?)\s+(session|réunion)(?:\s+(?:ordinaire\s+)?de\s+l['’](Assemblée\s+générale))?",
    )
    .expect("valid regex")
});

/// "tous les deux ans à partir de 2031": a recurring task whose first turn falls in that
/// year is due then (a bare "à partir de 2031" starts something: no deadline).
const RECUR_FROM: &str = r"(?:tous\s+les\s+[\p{L}\d-]+\s+ans|chaque\s+année|annuellement)\s+(?:à\s+partir\s+de|à\s+compter\s+de)";

/// "le lancement de X à partir de janvier 2034": a one-off event (a launch, a start, an
/// entry into force) dated by its start is due then; a bare "à partir de" before an ongoing
/// act ("arroser à partir de 2033") still starts something and is no deadline.
const EVENT_FROM: &str = r"(?:lancement|démarrage|entrée\s+en\s+vigueur|mise\s+en\s+service)\b[^.;:!?]{0,80}?\bà\s+(?:partir|compter)\s+de";

/// "d'ici à 2030", "en 2016": a year.
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let by = any_of(table::FR_BY_YEAR);
    Regex::new(&format!(
        r"(?i)\b(?:{by}|{RECUR_FROM}|{EVENT_FROM})\s+((?:19|20|21)\d{{2}})\b(?:\s*[-–]\s*\d)?"
    ))
    .expect("valid regex")
});

/// "en novembre 2027", "d'ici à mars 2028": a month, after a word of `FR_BY_YEAR`.
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let by = any_of(table::FR_BY_YEAR);
    let months = crate::words::month_names(table::FR_MONTHS);
    // "dans le délai non négociable de février 2032": a month named as a delay's end.
    Regex::new(&format!(
        r"(?i)\b(?:{by}|dans\s+(?:le|les|un)\s+délais?(?:\s+[\p{{L}}-]+){{0,2}}?\s+de|{EVENT_FROM})\s+({months})\s+((?:19|20|21)\d{{2}})\b"
    ))
    .expect("valid regex")
});

/// "à sa 320e session (mars 2014)": a meeting whose month the text gives in brackets.
static MEETING_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:session|réunion|sommet|conférence)\s*\(\s*({months})\s+((?:19|20|21)\d{{2}})\s*\)"
    ))
    .expect("valid regex")
});

/// "à la Trente-Deuxième Assemblée mondiale de la Santé": a numbered meeting that names
/// itself, whose date the text does not give.
static NUMBERED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:à|avant|lors\s+de|pour)\s+la\s+([\p{L}-]+(?:\s+et\s+[\p{L}-]+)?)\s+((?-i:Assemblée|Conférence|Réunion)(?:\s+(?:(?:de\s+la|du|des|de)\s+|de\s+l['’]\s*)?[\p{L}-]+){0,4})",
    )
    .expect("valid regex")
});

/// "à se retirer de la réunion prévue du 15 au 20 mars 2030": an act at a meeting the
/// text dates, due its first day; "de tenir une réunion extraordinaire le 3 mars 2030": a
/// meeting on one day, due that day; "de tenir la session à Lille du 28 novembre au 3
/// décembre 2030": days over two months, due the first; "de tenir des réunions à Lille
/// les 4 et 5 mars 2030": two days named with "et", due the first (the noun plural too).
static DATED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:réunion|session|sommet|conférence)s?\b[^.;]{{0,40}}?\b(?:du\s+(\d{{1,2}})(?:er)?\s+au\s+\d{{1,2}}(?:er)?|les?\s+(\d{{1,2}})(?:er)?(?:\s+et\s+\d{{1,2}})?|du\s+(\d{{1,2}})(?:er)?\s+({months})\s+au\s+\d{{1,2}}(?:er)?)\s+({months})\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});

fn dated_meetings(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    DATED_MEETING
        .captures_iter(text)
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let month_of = |g: usize| {
                let name = fold(m.get(g)?.as_str());
                table::FR_MONTHS
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, n)| *n)
            };
            let last_month = month_of(5)?;
            let month = month_of(4).unwrap_or(last_month);
            let first = m.get(1).or(m.get(2)).or(m.get(3))?.as_str().parse().ok()?;
            let year: i16 = m[6].parse().ok()?;
            // "du 28 décembre au 3 janvier 2031": the first day is in the year before.
            let year = if month > last_month { year - 1 } else { year };
            let day = Date::new(year, month, first).ok()?;
            if adopted.is_some_and(|a| day < a) {
                return None;
            }
            Some((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "dans un délai de soixante (60) jours à compter de la notification de la décision",
/// "dans les 90 jours de la notification ...": days counted from an
/// event the text does not date (the figure in brackets where words give it too).
static FROM_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdans\s+(?:un\s+délai\s+(?:de\s+|d['’])|les\s+)[^.;()]{0,40}?\(?(\d{1,4})\)?\s*(?:jours?\s+)?(?:\(\d{1,4}\)\s*)?(?:jours?\s+)?(?:à\s+compter\s+|suivant\s+)?(?:de\s+la|du)\s+((?:notification|réception|signification|publication)\s+(?:de\s+la\s+présente\s+décision|de\s+celle-ci|de\s+la\s+décision))")
        .expect("valid regex")
});

fn from_events(text: &str) -> Vec<(usize, Found, String)> {
    FROM_EVENT
        .captures_iter(text)
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let days = m[1].parse().ok()?;
            let name = m[2].split_whitespace().collect::<Vec<_>>().join(" ");
            Some((
                whole.start(),
                Found::AfterUndated { name, days },
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "dès que possible au lendemain du scrutin", "dès que possible après les élections": a
/// report due as soon as an event the text does not date has taken place ("dès que
/// possible" alone is no deadline).
static SOON_AFTER_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdès\s+que\s+possible\s*,?\s+(?:au\s+lendemain|à\s+l['’]\s*issue|après)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|la\s+|l['’]\s*|le\s+|les\s+)([^,.;«»\d]{3,60}?)\s*(?:[,.;»]|$)")
        .expect("valid regex")
});

fn soon_after_events(text: &str) -> Vec<(usize, Found, String)> {
    SOON_AFTER_EVENT
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            let name = m[1].split_whitespace().collect::<Vec<_>>().join(" ");
            (
                whole.start(),
                Found::AfterUndated { name, days: 0 },
                whole.as_str().to_string(),
            )
        })
        .collect()
}

/// "du Conseil des ministres des affaires étrangères" right after a session in figures:
/// the body whose session it is (group 1), named with a capital.
static SESSION_OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s+(?:du|de\s+la|de\s+l['’]\s*|des)\s*((?-i:\p{Lu})[\p{L}'’ -]{2,80}?)\s*(?:[,;.(]|$)",
    )
    .expect("valid regex")
});

/// "au cours du premier semestre de 2027", "au premier trimestre de 2027", "d'ici à la
/// mi-2027": a part of a year (group 1 a half, 2 a quarter, 3 "mi"), its year (group 4).
static YEAR_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(premier|second|deuxième|deuxieme)\s+semestre|(premier|deuxième|deuxieme|second|troisième|troisieme|quatrième|quatrieme|dernier)\s+trimestre|(mi)\s*-\s*|(?:le\s+)?milieu\s+de\s+(?:l['’]\s*année\s+)?)\s*(?:de\s+l['’]\s*année\s+|de\s+|d['’]\s*)?((?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// The last day of the parts of a year [`YEAR_PART`] finds, as "by mid-2027" is read.
fn year_parts(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    YEAR_PART
        .captures_iter(text)
        .filter_map(|m| {
            let year: i16 = m[4].parse().ok()?;
            let month = if let Some(half) = m.get(1) {
                if fold(half.as_str()) == "premier" {
                    6
                } else {
                    12
                }
            } else if let Some(q) = m.get(2) {
                match fold(q.as_str()).as_str() {
                    "premier" => 3,
                    "deuxième" | "deuxieme" | "second" => 6,
                    "troisième" | "troisieme" => 9,
                    _ => 12,
                }
            } else {
                6
            };
            let day = Date::new(year, month, 1).ok()?.last_of_month();
            if adopted.is_some_and(|a| day < a) {
                return None;
            }
            let whole = m.get(0).expect("match");
            Some((
                whole.start(),
                Found::Around(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "d'ici à la fin de l'année", "avant la fin de l'année en cours": within the adoption's
/// year, as "d'ici la fin de 2031" is that year.
/// "de se réunir à nouveau dans le courant de l'année" (no year after it): the same.
static THIS_YEAR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:d['’]\s*ici\s+(?:à\s+)?|avant\s+|au\s+plus\s+tard\s+à\s+)la\s+fin\s+de\s+(?:l['’]\s*année|cette\s+année)|(?:dans\s+le|au)\s+courant\s+de\s+l['’]\s*année)(?:\s+en\s+cours)?\b")
        .expect("valid regex")
});

fn this_year_end(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let (Some(m), Some(a)) = (THIS_YEAR_END.find(text), adopted) else {
        return Vec::new();
    };
    // "dans le courant de l'année 2032" is that year's (`MONTH_YEAR`, `FR_BY_YEAR`).
    let after = text[m.end()..].trim_start();
    if after.starts_with(|c: char| c.is_ascii_digit()) {
        return Vec::new();
    }
    vec![(
        m.start(),
        Found::On(Fuzzy::Year(a.year())),
        m.as_str().to_string(),
    )]
}

/// ", et exprimé son soutien", ", et a salué": a view coordinated after the request.
static VIEW_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let views = any_of(table::FR_COORDINATED_VIEWS);
    Regex::new(&format!(r"(?i),?\s+et\s+(?:a\s+|ont\s+)?(?:{views})\b")).expect("valid regex")
});

/// The French deadlines of a clause, each with where it starts and its words.
pub fn deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = days_given(text, adopted);
    // "a invité X à ..., et exprimé son soutien au déploiement ... d'ici la fin de l'année":
    // a time after a view coordinated with the request is the view's.
    let own = VIEW_AFTER.find(text).map_or(text, |m| &text[..m.start()]);
    out.extend(year_parts(own, adopted));
    out.extend(this_year_end(own, adopted));
    out.extend(from_events(text));
    out.extend(soon_after_events(text));
    out.extend(dated_meetings(text, adopted));
    out.extend(yearless_deadlines(text, adopted));
    out.extend(within_spans(text, adopted));
    out.extend(sessions(text));
    out.extend(numbered_meetings(text));
    out.extend(next_meetings(text));
    out.extend(months(text, adopted));
    out.extend(yearless_months(text, adopted));
    out.extend(years(text, adopted));
    out.extend(dated_numbered_sessions(text, adopted));
    out
}

/// "à l'ordre du jour de la 45e session (2031) de la Conférence": a session numbered in
/// figures and dated by the year in brackets after it, due that year.
fn dated_numbered_sessions(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    static DATED: LazyLock<Regex> = LazyLock::new(|| {
        // ("pour la 120e Session du Comité X (11 mai 2031)": the body's name between.)
        Regex::new(r"(?i)\b\d{1,3}(?:e|ème|eme|re)\s+session(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+[^()\d;]{1,60}?)?\s*\((?:[^()\d,]{1,40},\s*)?(?:(\d{1,2})(?:er)?(?:\s*[-–]\s*\d{1,2})?\s+(\p{L}+)\s+)?(\d{4})\)").expect("valid regex")
    });
    // ("lors de sa 16e session (Paris, 24-25 octobre 2031)": a place, then its first day.)
    DATED
        .captures_iter(text)
        .filter_map(|m| {
            let year: i16 = m[3].parse().ok()?;
            let due = match (m.get(1), m.get(2)) {
                (Some(d), Some(month)) => {
                    let (_, n) = table::FR_MONTHS
                        .iter()
                        .find(|(name, _)| *name == fold(month.as_str()))?;
                    Fuzzy::Day(Date::new(year, *n, d.as_str().parse().ok()?).ok()?)
                }
                _ => Fuzzy::Year(year),
            };
            if adopted.is_some_and(|a| due.last_day() < a) {
                return None;
            }
            let whole = m.get(0).expect("match");
            Some((whole.start(), Found::On(due), whole.as_str().to_string()))
        })
        .collect()
}

/// "qui seront soumises au Comité en novembre 2027", "à sa 320e session (mars 2028)": a
/// month not before the adoption's.
fn months(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in MONTH_YEAR
        .captures_iter(text)
        .chain(MEETING_MONTH.captures_iter(text))
    {
        let Some(month) = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[1])) else {
            continue;
        };
        let Ok(year) = m[2].parse::<i16>() else {
            continue;
        };
        if adopted.is_some_and(|a| (year, month.1) < (a.year(), a.month())) {
            continue;
        }
        let whole = m.get(0).expect("match");
        let due = Fuzzy::Month {
            year,
            month: month.1,
        };
        out.push((whole.start(), Found::On(due), whole.as_str().to_string()));
    }
    out
}

/// "Un rapport est demandé au X pour janvier", "d'ici à mars", "avant septembre": a month
/// with no year, the first such month after the adoption's (a year on when the same).
fn yearless_months(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    static YEARLESS_MONTH: LazyLock<Regex> = LazyLock::new(|| {
        let months = crate::words::month_names(table::FR_MONTHS);
        Regex::new(&format!(
            r"(?i)\b(?:pour|d['’]ici(?:\s+à)?|avant)\s+({months})\b(\s*\d)?"
        ))
        .expect("valid regex")
    });
    let Some(adopted) = adopted else {
        return Vec::new();
    };
    YEARLESS_MONTH
        .captures_iter(text)
        .filter(|m| m.get(2).is_none())
        .filter_map(|m| {
            let month = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[1]))?.1;
            let year = if month > adopted.month() {
                adopted.year()
            } else {
                adopted.year() + 1
            };
            let whole = m.get(0).expect("match");
            Some((
                whole.start(),
                Found::On(Fuzzy::Month { year, month }),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "faire rapport à la Trente-Deuxième Assemblée mondiale de la Santé": that meeting, its
/// day left to the reviewer (its ordinal read by [`ordinal`]).
fn numbered_meetings(text: &str) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in NUMBERED_MEETING.captures_iter(text) {
        let Some(n) = ordinal(&m[1]) else { continue };
        let whole = m.get(0).expect("match");
        let name = m[2].trim_end_matches(['.', ',', ';']).to_string();
        out.push((
            whole.start(),
            Found::Session {
                held: None,
                ordinal: Some(n),
                of: None,
                word: name,
            },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "d'ici au 31 décembre 2025", "le 30 juin 2026 au plus tard": a day, read only with a
/// word of deadline before or after it.
fn days_given(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in DAY_MONTH_YEAR.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(day) = date(&m) else { continue };
        if adopted.is_some_and(|a| day < a) {
            continue;
        }
        let before = fold(text[..whole.start()].trim_end());
        let after = fold(text[whole.end()..].trim_start());
        let lead = table::FR_BY_BEFORE.iter().find(|w| before.ends_with(*w));
        let trail = table::FR_BY_AFTER.iter().any(|w| after.starts_with(w));
        let own_day = act_on_day(&before, whole.as_str()) && adopted.is_some_and(|a| day > a);
        if lead.is_some() || trail || own_day {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "de tenir <une chose> le D <mois> Y", "qu'ils se réunissent à
/// <lieu> le 1er <mois>": the day the act is to be done (after the adoption), as "on D"
/// in English. Not a day told after a participle ("la réunion tenue le ...", "adoptée le
/// ..."), an aside's ("a décidé, le 5 mai, de ..."), nor a start ("depuis le", "dès le").
fn act_on_day(before: &str, date: &str) -> bool {
    if !fold(date).starts_with("le ") {
        return false;
    }
    let Some(prev) = before.split_whitespace().next_back() else {
        return false;
    };
    let participle = [
        "é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "is", "it", "ite",
    ]
    .iter()
    .any(|e| prev.ends_with(e));
    let start = [
        "depuis", "dès", "du", "au", "entre", "et", "ou", "à", "jusqu'au", "partir",
    ]
    .contains(&prev);
    !participle && !start && !prev.ends_with([',', '(', ':', ';'])
}

/// "dans un délai de 90 jours": days after adoption.
fn within_spans(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in WITHIN
        .captures_iter(text)
        .chain(AFTER_ADOPTION.captures_iter(text))
        .chain(NEXT_SPAN.captures_iter(text))
    {
        let whole = m.get(0).expect("match");
        let n: Option<u32> = m[1].parse().ok().or_else(|| number_value(&fold(&m[1])));
        let Some(n) = n else { continue };
        let unit = match fold(&m[2]).as_str() {
            "semaine" | "semaines" => SpanUnit::Weeks,
            "mois" => SpanUnit::Months,
            "an" | "ans" | "année" | "années" => SpanUnit::Years,
            _ => SpanUnit::Days,
        };
        let (days, exact) = span_days(n, unit, adopted);
        out.push((
            whole.start(),
            Found::Within { days, exact },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "à sa quatre-vingt-unième session", "à sa prochaine session": a session of unknown date.
fn sessions(text: &str) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in SESSION.captures_iter(text) {
        let which = fold(&m[1]);
        let ordinal = match which.as_str() {
            "prochaine" => None,
            w => match ordinal(w).or_else(|| figure_ordinal(w)) {
                Some(n) => Some(n),
                None => continue,
            },
        };
        let whole = m.get(0).expect("match");
        // "à sa prochaine session en mars 2027": the month the text gives
        // dates the session (read by `months`); "sa 34e session (2031)" is dated too.
        let figures = which.starts_with(|c: char| c.is_ascii_digit());
        let dated = figures && text[whole.end()..].trim_start().starts_with('(');
        // A session in figures is due only as the body's own ("à sa 20e session"): "le
        // rapport de la 31e session", "une délégation à la 85e session" name one.
        // "à l'ordre du jour de sa 317e session" is one too: the agenda of a session to come.
        let own = {
            let lead = fold(whole.as_str());
            let agenda = fold(text[..whole.start()].trim_end()).ends_with("ordre du jour");
            (!lead.starts_with("de ") || agenda)
                && (lead.contains(" sa ") || lead.contains(" leur "))
        };
        // "à la 52e session du Conseil des ministres des affaires étrangères": a session
        // in figures of a body the text names, at which the act is done.
        let named_body = (figures && !own && !fold(whole.as_str()).starts_with("de "))
            .then(|| SESSION_OF_BODY.captures(&text[whole.end()..]))
            .flatten()
            .map(|b| b[1].trim().to_string());
        // "un rapport au Conseil des droits de l'homme à sa soixante-cinquième session": "sa"
        // is the body's the act is sent to, named right before.
        let named_body = named_body.or_else(|| {
            own.then(|| SENT_TO_BODY.captures(&text[..whole.start()]))
                .flatten()
                .map(|b| b[1].trim().to_string())
        });
        let dated = dated || (figures && !own && named_body.is_none());
        // "jusqu'à sa 17e session": how long something lasts, not a deadline.
        let until = fold(&text[..whole.start()]).ends_with("jusqu'");
        if adopted_at(&text[..whole.start()])
            || IN_MONTH.is_match(&text[whole.end()..])
            || dated
            || until
        {
            continue;
        }
        out.push((
            whole.start(),
            Found::Session {
                held: None,
                ordinal,
                of: m.get(3).map(|g| g.as_str().to_string()).or(named_body),
                // "à sa troisième réunion": a meeting numbered as a session is.
                word: fold(&m[2]),
            },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "au Conseil des droits de l'homme " right before "à sa Ne session": the body (group 1)
/// a report goes to, by a body's noun in capitals and at most six words after it.
static SENT_TO_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:au|à\s+la|à\s+l['’])\s*((?:Conseil|Comité|Commission|Conférence)(?:\s+[\p{L}'’-]+){0,6})\s*,?\s*$")
        .expect("valid regex")
});

/// " du Conseil en mars 2027" after a session: its month (a meeting's name may come
/// between: " \"vergers\" l'organe plénier du Conseil en mars 2027").
static IN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)^[^.;,]{{0,80}}?\ben\s+(?:{months})\s+\d{{4}}\b"
    ))
    .expect("valid regex")
});

/// "le cadre adopté par l'Organe subsidiaire à sa deuxième session": the session where
/// something was adopted is past, no deadline.
fn adopted_at(before: &str) -> bool {
    static ADOPTED_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\badopt[ée]e?s?\s+(?:par\s+[^,;()]{1,100}?)?\s*$").expect("valid regex")
    });
    ADOPTED_BY.is_match(before)
}

/// "au prochain sommet", "à sa prochaine réunion": the body's next meeting.
fn next_meetings(text: &str) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in NEXT_MEETING.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "prochain sommet" is the first group, "prochaine réunion" the second.
        let Some(word) = m.get(1).or_else(|| m.get(2)) else {
            continue;
        };
        // "avant la prochaine réunion ... du Conseil en juin 2031": the month the text gives
        // dates the meeting (read by `months`), as it does a session's.
        if IN_MONTH.is_match(&text[whole.end()..]) {
            continue;
        }
        out.push((
            whole.start(),
            Found::Session {
                held: None,
                ordinal: None,
                of: None,
                word: fold(word.as_str()),
            },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "d'ici à 2030", "en 2016": a year not before the adoption's.
fn years(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in YEAR.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "en 2015-2016": a span of years names a period, not a deadline.
        if whole.as_str().ends_with(|c: char| c.is_ascii_digit())
            && whole.as_str().contains(['-', '–'])
        {
            continue;
        }
        out.extend(crate::due::year_due(&m, adopted));
    }
    out
}

/// "20e", "3ème", "1re": an ordinal in figures.
fn figure_ordinal(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &word[digits.len()..];
    ["e", "ème", "eme", "re", "er"]
        .contains(&suffix)
        .then(|| digits.parse().ok())
        .flatten()
}

/// A French ordinal in words: "quatre-vingt-unième" → 81, "soixante et onzième" → 71,
/// "premier" → 1.
pub fn ordinal(word: &str) -> Option<u32> {
    let word = fold(word);
    let mut words: Vec<&str> = word
        .split(['-', ' '])
        .filter(|w| !w.is_empty() && *w != "et")
        .collect();
    let last = words.pop()?;
    let last = match last {
        "premier" | "première" => "un",
        "second" | "seconde" => "deux",
        w => cardinal_of(w.strip_suffix("ième")?)?,
    };
    words.push(last);
    let mut total = 0u32;
    let mut previous = 0u32;
    for w in words {
        let v = table::FR_CARDINALS.iter().find(|(c, _)| *c == w)?.1;
        match v {
            20 if previous == 4 => total += 80 - 4,
            100 => total = total.max(1) * 100,
            _ => total += v,
        }
        previous = v;
    }
    (total > 0).then_some(total)
}

/// The cardinal word an ordinal's stem comes from: "unième" → "un", "cinqu" → "cinq",
/// "neuv" → "neuf", "quatr" → "quatre".
fn cardinal_of(stem: &str) -> Option<&'static str> {
    let known = |w: &str| {
        table::FR_CARDINALS
            .iter()
            .find(|(c, _)| *c == w)
            .map(|(c, _)| *c)
    };
    match stem {
        "un" => Some("un"),
        "cinqu" => Some("cinq"),
        "neuv" => Some("neuf"),
        s => known(s).or_else(|| known(&format!("{s}e"))),
    }
}

pub(super) fn date(m: &regex::Captures<'_>) -> Option<Date> {
    let month = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[2]))?.1;
    Date::new(m[3].parse().ok()?, month, m[1].parse().ok()?).ok()
}

/// "proroge jusqu'au 19 février 2031 le mandat du Groupe", "Décide de proroger le mandat
/// de la Mission jusqu'au 30 juin 2031": the day a renewal runs to.
pub fn renewal_end(text: &str) -> Option<Date> {
    static RENEWAL_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
        let months = crate::words::month_names(table::FR_MONTHS);
        Regex::new(&format!(r"(?i)\b(?:prorog|prolong|renouvel|reconduit|reconduire)\p{{L}}*\b[^;]{{0,160}}?\bjusqu['’]\s*au\s+(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})\b"))
            .expect("valid regex")
    });
    date(&RENEWAL_UNTIL.captures(text)?)
}

/// "au plus tard N jours avant l'expiration de ... mandat", "avant la fin de leur mandat
/// actuel": the mandate's end, with the days counted back from it (none when the text
/// gives no count), and the words.
pub fn mandate_end(action: &str) -> Option<(Option<u32>, String)> {
    static MANDATE_END: LazyLock<Regex> = LazyLock::new(|| {
        let words = number_words();
        Regex::new(&format!(r"(?i)(?:\b(\d+|{words})\s+jours\s+)?\b(?:avant|à|au\s+plus\s+tard\s+à|d['’]ici\s+à)\s+(?:l['’]\s*expiration|la\s+fin|le\s+terme|l['’]\s*échéance)\s+(?:de\s+(?:son|leur)|du)\s+(?:présent\s+)?mandat\b(?:\s+(?:actuel|en\s+cours))?"))
            .expect("valid regex")
    });
    let m = MANDATE_END.captures(action)?;
    let back = match m.get(1) {
        None => None,
        Some(n) => Some(
            n.as_str()
                .parse()
                .ok()
                .or_else(|| number_value(&fold(n.as_str())))?,
        ),
    };
    Some((back, m[0].to_string()))
}

/// The full dates a French text gives ("3 novembre 2025", "1er juillet 2026"), in order,
/// each with where it starts.
pub fn dates_in(text: &str) -> Vec<(usize, Date)> {
    DAY_MONTH_YEAR
        .captures_iter(text)
        .filter_map(|m| Some((m.get(0)?.start(), date(&m)?)))
        .collect()
}
