//! A recurring mandate's period and end, read from a clause: "annually", "every 120 days",
//! "monthly reports through 1 July 2024"; in French, "chaque année", "tous les trois mois
//! jusqu'au 30 juin 2027" (`french`). The words are in `table.rs` (`RECUR_PERIODS`,
//! `UNTIL_WORDS`, `SPAN_UNITS`, `NUMBER_WORDS`, `MONTHS`, and their `FR_` twins). Arabic
//! periods are read by `ar::every`.

use std::sync::LazyLock;

use regex::Regex;

use crate::due::Fuzzy;
use crate::model::Every;
use crate::table::{self, SpanUnit};
use crate::words::any_of;
use crate::words::fold;

static EVERY_N: LazyLock<Regex> = LazyLock::new(|| {
    let units: Vec<&str> = table::SPAN_UNITS.iter().map(|(u, _)| *u).collect();
    Regex::new(&format!(
        r"(?i)\bevery\s+(\d{{1,4}}|[a-z]+(?:[ -][a-z]+)?)\s+({})\b",
        any_of(&units)
    ))
    .expect("valid regex")
});

static UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::month_names(table::MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:{})\s+(?:the\s+end\s+of\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})\.?,?\s+(\d{{4}})|({m})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})|({m})\.?,?\s+(\d{{4}})|((?:19|20|21)\d{{2}}))\b",
        any_of(table::UNTIL_WORDS)
    ))
    .expect("valid regex")
});

/// The period a clause recurs by, and its end, if it names both a period and a recurrence.
pub fn every(text: &str) -> Option<Every> {
    let (n, unit, phrase) = period(text)?;
    let mut every = Every {
        n,
        unit,
        phrase,
        until: None,
        until_phrase: None,
    };
    if let Some(c) = UNTIL.captures(text) {
        every.until = until_date(&c);
        every.until_phrase = every.until.map(|_| c[0].to_string());
    }
    Some(every)
}

fn period(text: &str) -> Option<(u32, SpanUnit, String)> {
    if let Some(c) = EVERY_N.captures(text) {
        // "every other month", "every second week": every two.
        let n = match fold(&c[1]).as_str() {
            "other" | "second" => Some(2),
            "third" => Some(3),
            word => crate::words::number(word),
        }
        .filter(|n| (1..=9999).contains(n));
        let unit = table::SPAN_UNITS
            .iter()
            .find(|(u, _)| u.eq_ignore_ascii_case(&c[2]))
            .map(|(_, unit)| *unit);
        if let (Some(n), Some(unit)) = (n, unit) {
            return Some((n, unit, fold(&c[0])));
        }
    }
    let lower = fold(text);
    table::RECUR_PERIODS.iter().find_map(|&(phrase, n, unit)| {
        recurs(&lower, phrase).then(|| (n, unit, phrase.to_string()))
    })
}

/// Whether `phrase` stands in `text` as whole words, not followed by a word that makes it
/// a figure ("a monthly rate").
fn recurs(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].chars().last();
        let rest = &text[i + phrase.len()..];
        let next_word = rest.split_whitespace().next().unwrap_or_default();
        let next_word = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
        before.is_none_or(|c| !c.is_alphanumeric() && c != '-')
            && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
            && !table::NOT_RECURRING_BEFORE.contains(&next_word)
    })
}

fn until_date(c: &regex::Captures<'_>) -> Option<Fuzzy> {
    let month = |name: &str| {
        let name = name.to_lowercase();
        table::MONTHS
            .iter()
            .find(|(m, _)| *m == name)
            .map(|(_, n)| *n)
    };
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i16>().ok());
    let day = |d: i16, m: i8, y: i16| {
        jiff::civil::Date::new(y, m, i8::try_from(d).ok()?)
            .ok()
            .map(Fuzzy::Day)
    };
    if let (Some(d), Some(m), Some(y)) = (num(1), c.get(2), num(3)) {
        return day(d, month(m.as_str())?, y);
    }
    if let (Some(m), Some(d), Some(y)) = (c.get(4), num(5), num(6)) {
        return day(d, month(m.as_str())?, y);
    }
    if let (Some(m), Some(y)) = (c.get(7), num(8)) {
        return Some(Fuzzy::Month {
            year: y,
            month: month(m.as_str())?,
        });
    }
    num(9).map(Fuzzy::Year)
}

/// "tous les trois mois", "toutes les deux semaines", "tous les 90 jours".
static FR_EVERY_N: LazyLock<Regex> = LazyLock::new(|| {
    let units: Vec<&str> = table::FR_SPAN_UNITS.iter().map(|(u, _)| *u).collect();
    Regex::new(&format!(
        r"(?i)\b(?:tous|toutes)\s+les\s+(\d{{1,4}}|[\p{{L}}-]+)\s+({})\b",
        any_of(&units)
    ))
    .expect("valid regex")
});

/// The end of a French recurrence, right after its until-word: "30 juin 2027", "1er
/// juillet 2027", "décembre 2027", "2030".
static FR_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)^\s*(?:le\s+)?(?:(1er|\d{{1,2}})\s+({months})\s+(\d{{4}})|({months})\s+(\d{{4}})|((?:19|20|21)\d{{2}}))\b"
    ))
    .expect("valid regex")
});

/// The period a French clause recurs by, and its end: "chaque année", "tous les trois mois
/// jusqu'au 30 juin 2027".
pub fn french(text: &str) -> Option<Every> {
    let (n, unit, phrase, end) = french_period(text)?;
    let (until, until_phrase) = french_until(&text[end..]).unzip();
    Some(Every {
        n,
        unit,
        phrase,
        until,
        until_phrase,
    })
}

/// The period, its words and where they end in `text`.
fn french_period(text: &str) -> Option<(u32, SpanUnit, String, usize)> {
    if let Some(c) = FR_EVERY_N.captures(text) {
        let word = fold(&c[1]);
        let n = word.parse().ok().or_else(|| {
            table::FR_NUMBERS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|(_, n)| *n)
        });
        let unit = table::FR_SPAN_UNITS
            .iter()
            .find(|(u, _)| *u == fold(&c[2]))
            .map(|(_, unit)| *unit);
        if let (Some(n @ 1..=9999), Some(unit)) = (n, unit) {
            let whole = c.get(0).expect("match");
            return Some((n, unit, fold(whole.as_str()), whole.end()));
        }
    }
    let lower = text.to_lowercase();
    table::FR_RECUR_PERIODS
        .iter()
        .find_map(|&(phrase, n, unit)| {
            let at = lower.match_indices(phrase).find(|&(i, _)| {
                let before = lower[..i].chars().last();
                let after = lower[i + phrase.len()..].chars().next();
                before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric())
            })?;
            Some((n, unit, phrase.to_string(), at.0 + phrase.len()))
        })
}

/// "jusqu'au 30 juin 2027" within a few words after the period: the recurrence's end.
fn french_until(rest: &str) -> Option<(Fuzzy, String)> {
    let lower = rest.to_lowercase();
    let (at, word) = table::FR_UNTIL_WORDS
        .iter()
        .filter_map(|w| lower.find(w).map(|i| (i, *w)))
        .min_by_key(|&(i, w)| (i, std::cmp::Reverse(w.len())))?;
    // Only the recurrence's own clause: the until-word within a few words of the period.
    if lower[..at].split_whitespace().count() > 8 {
        return None;
    }
    let after = &rest[at + word.len()..];
    let c = FR_UNTIL.captures(after)?;
    let month = |name: &str| {
        let name = fold(name);
        table::FR_MONTHS
            .iter()
            .find(|(m, _)| *m == name)
            .map(|(_, n)| *n)
    };
    let num = |i: usize| {
        c.get(i)
            .and_then(|m| m.as_str().trim_end_matches("er").parse::<i16>().ok())
    };
    let end = if let (Some(d), Some(m), Some(y)) = (num(1), c.get(2), num(3)) {
        Fuzzy::Day(jiff::civil::Date::new(y, month(m.as_str())?, i8::try_from(d).ok()?).ok()?)
    } else if let (Some(m), Some(y)) = (c.get(4), num(5)) {
        Fuzzy::Month {
            year: y,
            month: month(m.as_str())?,
        }
    } else {
        Fuzzy::Year(num(6)?)
    };
    let words = format!("{}{}", &rest[at..at + word.len()], c[0].trim_end());
    Some((end, words.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, Option<String>)> {
        every(text).map(|e| (e.period(), e.until.map(|u| u.to_string())))
    }

    #[test]
    fn the_periods_texts_name() {
        let year = Some(("1 year".to_string(), None));
        assert_eq!(read("to report annually to the Council"), year);
        assert_eq!(read("to submit a yearly report"), year);
        assert_eq!(
            read("to report every 120 days"),
            Some(("120 days".into(), None))
        );
        assert_eq!(
            read("to report every six months"),
            Some(("6 months".into(), None))
        );
        assert_eq!(
            read("to brief the Committee every two weeks"),
            Some(("2 weeks".into(), None))
        );
        assert_eq!(read("quarterly"), Some(("3 months".into(), None)));
        // "biennial" is every two years; "biannual" (above, "semi-annually") twice a year.
        assert_eq!(
            read("to report to the Assembly on a biennial basis"),
            Some(("2 years".into(), None))
        );
        assert_eq!(
            read("to brief the Board every other month"),
            Some(("2 months".into(), None))
        );
        assert_eq!(
            read("to include in its six-monthly reports"),
            Some(("6 months".into(), None))
        );
    }

    #[test]
    fn the_last_day_a_mandate_runs_to() {
        assert_eq!(
            read("to provide monthly reports through 1 July 2024"),
            Some(("1 month".into(), Some("2024-07-01".into())))
        );
        assert_eq!(
            read("to report annually until 2030"),
            Some(("1 year".into(), Some("2030".into())))
        );
        assert_eq!(
            read("monthly updates until the end of June 2025"),
            Some(("1 month".into(), Some("2025-06".into())))
        );
        assert_eq!(
            read("monthly updates up to March 3, 2025"),
            Some(("1 month".into(), Some("2025-03-03".into())))
        );
    }

    #[test]
    fn no_period_no_recurrence() {
        assert_eq!(read("to cooperate regularly"), None);
        assert_eq!(read("to report by 31 December 2024"), None);
        assert_eq!(read("a bimonthly newsletter"), None);
        assert_eq!(read("to report every zero days"), None);
        assert_eq!(read("at a monthly rate of 1,200,000 dollars"), None);
        assert_eq!(read("the yearly rate of growth"), None);
        assert_eq!(read("semi-annually"), Some(("6 months".into(), None)));
        assert_eq!(read("a bi-monthly bulletin"), None);
        assert_eq!(read("until 2030 the annuallyish plan"), None);
    }

    fn read_fr(text: &str) -> Option<(String, Option<String>)> {
        french(text).map(|e| (e.period(), e.until.map(|u| u.to_string())))
    }

    #[test]
    fn french_periods() {
        let year = Some(("1 year".to_string(), None));
        assert_eq!(read_fr("de lui présenter chaque année un rapport"), year);
        assert_eq!(read_fr("de faire rapport annuellement au Conseil"), year);
        assert_eq!(read_fr("de se réunir une fois par an"), year);
        assert_eq!(
            read_fr("de lui rendre compte tous les trois mois"),
            Some(("3 months".into(), None))
        );
        assert_eq!(
            read_fr("de l'informer toutes les deux semaines"),
            Some(("2 weeks".into(), None))
        );
        assert_eq!(
            read_fr("de faire le point tous les 90 jours"),
            Some(("90 days".into(), None))
        );
        assert_eq!(
            read_fr("de présenter un rapport tous les deux ans"),
            Some(("2 years".into(), None))
        );
        assert_eq!(
            read_fr("de faire rapport deux fois par an"),
            Some(("6 months".into(), None))
        );
        assert_eq!(
            read_fr("de l'informer Chaque Mois de l'état d'avancement"),
            Some(("1 month".into(), None))
        );
    }

    #[test]
    fn the_last_day_a_french_task_runs_to() {
        assert_eq!(
            read_fr("de lui faire rapport chaque mois jusqu'au 30 juin 2027"),
            Some(("1 month".into(), Some("2027-06-30".into())))
        );
        assert_eq!(
            read_fr("de faire rapport tous les trois mois jusqu’au 1er juillet 2028"),
            Some(("3 months".into(), Some("2028-07-01".into())))
        );
        assert_eq!(
            read_fr("de présenter un rapport annuellement jusqu'en 2030"),
            Some(("1 year".into(), Some("2030".into())))
        );
        assert_eq!(
            read_fr("de l'informer chaque mois jusqu'à fin décembre 2026"),
            Some(("1 month".into(), Some("2026-12".into())))
        );
        let e = french("de faire rapport chaque année jusqu'en 2030").unwrap();
        assert_eq!(e.until_phrase.as_deref(), Some("jusqu'en 2030"));
    }

    #[test]
    fn no_french_period_no_recurrence() {
        assert_eq!(read_fr("de présenter son rapport annuel au Conseil"), None);
        assert_eq!(read_fr("de faire rapport d'ici au 31 décembre 2027"), None);
        assert_eq!(read_fr("tous les États membres"), None);
        assert_eq!(read_fr("tous les zéro jours"), None);
        assert_eq!(read_fr("de proroger le mandat jusqu'au 30 juin 2027"), None);
        // A date far after the period ends something else, not the recurrence.
        assert_eq!(
            read_fr(
                "de faire rapport chaque année sur les mesures prises par les États pour appliquer le plan jusqu'en 2030"
            ),
            Some(("1 year".into(), None))
        );
    }
}
