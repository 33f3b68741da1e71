//! Deadline parser: the first deadline a clause gives, and whether it recurs.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::table::{self, SpanUnit};
use crate::due::{Candidate, Found, Fuzzy, days_between, span_days, year_due};
use crate::words::{MONTH_NAMES, any_of, fold, number, ordinal};

/// What a clause says about time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Deadline {
    pub found: Option<Found>,
    /// The words that gave the deadline, as written.
    pub phrase: String,
    /// "annually", "every two years": the mandate recurs.
    pub recurring: Option<String>,
}

/// A day as written: "15 February 2037", "February 15, 2037", "Feb. 15, 2037" and, as a
/// news page runs an abbreviated month into its day, "Feb.15, 2037"; a month and year; an
/// ISO day; a year.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})\.?,?\s+(?:of\s+)?(\d{{4}})|({m})(?:\.\s*|\s+)(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|({m})\.?,?\s+(?:of\s+)?(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}})|((?:19|20|21)\d{{2}}))\b"
    ))
    .expect("valid regex")
});

static BEFORE_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    let before = any_of(table::BEFORE_EVENT_WORDS);
    let next = any_of(table::NEXT_WORDS);
    let scheduled = any_of(table::SCHEDULED_WORDS);
    Regex::new(&format!(r"(?i)\b(?:{before})\s+(?:the\s+)?(?:(?:{next})\s+)?((?:[\w'’-]+\s+){{0,8}}?[\w'’-]+)\s+(?:{scheduled})\s*$"))
        .expect("valid regex")
});

/// A regex alternation of phrases, spaces matching any run of whitespace.
fn alternation(words: &[&str]) -> String {
    let mut words: Vec<&str> = words.to_vec();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
        .iter()
        .map(|w| w.replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

static BY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = [table::BY_WORDS, table::DEADLINE_NOUN_WORDS].concat();
    let by = alternation(&words);
    Regex::new(&format!(
        r"(?i)\b({by})\s+((?:the\s+)?end\s+of\s+)?(?:the\s+year\s+)?$"
    ))
    .expect("valid regex")
});

static IN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(table::IN_WORDS);
    // "in the year 2000": the year named as such.
    Regex::new(&format!(r"(?i)\b({words})\s+(?:the\s+year\s+)?$")).expect("valid regex")
});

static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    let words = table::SESSION_WORDS.join("|");
    let months = MONTH_NAMES.as_str();
    let lead = any_of(table::SESSION_DEADLINE_WORDS);
    let start = any_of(table::SESSION_START_WORDS);
    let coming = any_of(table::COMING_WORDS);
    let order = any_of(table::SESSION_ORDER_WORDS);
    let kinds = any_of(table::SESSION_KINDS);
    let end = any_of(table::NAME_END_WORDS);
    let parts = any_of(table::SESSION_PARTS);
    // "at the Council/Board’s thirtieth session": the body's name in the possessive.
    let owner = r"(?-i:[A-Z])[\w/-]*(?:\s+(?-i:[A-Z])[\w/-]*){0,3}['’]s";
    Regex::new(&format!(
        r"(?i)\b(?:{lead})\s+(?:the\s+(?:{start})\s+of\s+)?(?:the\s+(?:{parts})\s+part\s+of\s+)?(?:its|the|their|the\s+{owner})\s+(?:(?:{coming})\s+)?({order}|\d{{1,3}}(?:st|nd|rd|th)|(?:(?:{months})\s+)?(?:19|20|21)\d{{2}}|[a-z]+(?:-[a-z]+)?)(?:\s*\(\s*(?:(?:{months})\s+)?(?:19|20|21)\d{{2}}\s*\))?(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?\s+(?:(?:{kinds})\s+)?((?:(?:(?-i:[A-Z])[\w'’-]*|(?-i:and))\s+){{0,4}}(?:{words}))s?\b(?:\s+of\s+(?:the\s+)?((?-i:[A-Z])[\w'’ -]*?[\w)])(?:[,;.]|\s+(?:{end})\b|$))?"
    ))
    .expect("valid regex")
});

/// " for 2037" after a session's name: the year it is held in; " of 2037" after a session
/// named by its kind ("at its substantive session of 2037") says the same.
static FOR_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(?:for|of)\s+((?:19|20|21)\d{2})\b").expect("valid regex"));

/// " in September" after a meeting's name, no year after the month: the month it meets in
/// (group 1).
static MONTH_IN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)^\s+in\s+({m})\b(?:\s*[,;.:)]|\s+(?:and|to|on|for|with|at)\b|\s*$)"
    ))
    .expect("valid regex")
});

/// " 2037" right after a session's noun, as the funds' boards name their sessions ("at its
/// annual session 2037", "at the second regular session 2037"): the year it is held in (not
/// a number or a year that begins another phrase: "2037-2040", "2037 budget").
static YEAR_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s+((?:19|20|21)\d{2})\b(?:[,;.:)]|\s+(?:on|to|in|and|for|of|at|with|the|a|an)\b|\s*$)",
    )
    .expect("valid regex")
});

/// "30/06/2025", "30.06.2025": a date written day first, as the texts' bodies write it.
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20|21)\d{2})\b").expect("valid regex")
});
/// "next year", "this year", "the current year": years counted from the adoption.
/// "June/July 2037": the later of two months joined by a slash, with its year.
static MONTH_SLASH_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:{m})\s*/\s*((?:{m})\s+(?:19|20|21)\d\d)\b"
    ))
    .expect("valid regex")
});

static RELATIVE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let which: Vec<&str> = table::RELATIVE_YEARS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(r"(?i)\b({})\s+year\b", any_of(&which))).expect("valid regex")
});

/// The text with numeric dates and years counted from the adoption spelled out ("by
/// 30/06/2025" → "by 30 June 2025", "by the end of next year" → "by the end of 2026"), so
/// the rules below read them like any other.
fn spelled_out(text: &str, adopted: Option<Date>) -> String {
    let text = NUMERIC_DATE.replace_all(text, |m: &regex::Captures<'_>| {
        let month = m[2].parse::<usize>().ok().filter(|n| (1..=12).contains(n));
        let day = m[1].parse::<u32>().ok().filter(|d| (1..=31).contains(d));
        match (
            day,
            month.and_then(|n| table::MONTHS.iter().find(|(_, k)| *k as usize == n)),
        ) {
            (Some(d), Some((name, _))) => {
                format!("{d} {} {}", super::actor::capitalise(name), &m[3])
            }
            _ => m[0].to_string(),
        }
    });
    // "at the June/July 2037 Summit": two months a slash joins before a year, dated by the
    // later (a period is dated by its last day).
    let text = MONTH_SLASH_MONTH.replace_all(&text, "$1");
    let Some(adopted) = adopted else {
        return text.into_owned();
    };
    let text = this_month(&text, adopted);
    RELATIVE_YEAR
        .replace_all(&text, |m: &regex::Captures<'_>| {
            let which = fold(&m[1]);
            let after = table::RELATIVE_YEARS
                .iter()
                .find(|(w, _)| *w == which)
                .map_or(0, |(_, n)| *n);
            (adopted.year() + after).to_string()
        })
        .into_owned()
}

/// "should align their duties this July", "by this July": a month of the adoption's year
/// (group 1 the preposition before, group 2 the month, group 3 what follows).
static THIS_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b((?:by|in|before|until|during)\s+)?this\s+({m})\b(\s*,?\s*\d)?"
    ))
    .expect("valid regex")
});

/// "this July" (no day nor year after it): "in July <the adoption's year>", so the rules
/// below read it as that month.
fn this_month(text: &str, adopted: Date) -> String {
    THIS_MONTH
        .replace_all(text, |m: &regex::Captures<'_>| {
            if m.get(3).is_some() {
                return m[0].to_string();
            }
            let lead = m.get(1).map_or("in ", |p| p.as_str());
            format!("{lead}{} {}", &m[2], adopted.year())
        })
        .into_owned()
}

/// "–2030", "/25", " and 2026", " to 2027" after a year: the years are a period (a plan's,
/// a budget's), no deadline.
static YEAR_SPAN_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-–—/]\s*(?:(?:19|20|21)\d{2}|\d{2})|,?\s+(?:and|to|through|until)\s+(?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// " and 2029" after a year: the second of two years joined by "and".
static AND_YEAR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,?\s+and\s+((?:19|20|21)\d{2})\b").expect("valid regex"));

/// "to report in 2027 and 2029": two years with a gap between are two occasions, not a
/// period (a period's years follow on, "for 2026 and 2027"); the first is the deadline.
fn years_listed(date: Fuzzy, after: &str) -> bool {
    let Fuzzy::Year(first) = date else {
        return false;
    };
    AND_YEAR_AFTER
        .captures(after)
        .and_then(|c| c[1].parse::<i16>().ok())
        .is_some_and(|second| second > first + 1)
}

/// ", with measurable targets, " just before the deadline: an aside set off by commas
/// qualifies the thing asked for, and the year after it dates the request itself; the goal
/// words are looked for before the aside only.
fn outside_aside(before: &str) -> &str {
    match ASIDE_CLOSED_BEFORE.find(before) {
        Some(close) => before[..close.start()]
            .rfind(',')
            .map_or(before, |open| &before[..open]),
        None => before,
    }
}

/// The comma that closes an aside, with the words that introduce the year after it.
static ASIDE_CLOSED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:by|before|in|until|during|(?:no|not)\s+later\s+than)?\s*$")
        .expect("valid regex")
});

/// "for the period from 21 to 31 December", "covering the period": a span, not a meeting.
static PERIOD_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bperiod\s*$").expect("valid regex"));

/// "to achieve the Goals by 2030": a year a goal is to be met by, named with the goal.
fn goal_year(before: &str, date: Fuzzy) -> bool {
    if !matches!(date, Fuzzy::Year(_)) {
        return false;
    }
    let before = QUANTIFIED_TARGET.replace_all(before, "");
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(table::GOAL_WINDOW)
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    words
        .iter()
        .any(|w| table::GOAL_WORDS.contains(&w.as_str()))
        || FOR_ALL_BEFORE.is_match(&before)
}

/// "to reach a target of 25 per cent by 2030": a target the request sets with its own
/// figure is the thing asked for, and its year the request's deadline (the Goals named
/// without a figure stay a goal's year).
static QUANTIFIED_TARGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:a|an|the)\s+(?:target|goal)\s+of\s+\d[\d.,]*(?:\s*(?:per\s*cent|percent|%))?",
    )
    .expect("valid regex")
});

/// "<a plan> for <a thing> for all by the year N": "X for all by Y" names a goal (a
/// campaign's slogan), its year no deadline of the request around it.
static FOR_ALL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\w+\s+for\s+all(?:\s+by)?(?:\s+the\s+year)?\s*$").expect("valid regex")
});

/// "the elections in 2036" in a text of 2036: the year the text is adopted in names when
/// something happens, it sets no deadline ("by 2036" still does, and so does "in the course
/// of 2036", which gives the time the act is to be done in).
fn in_adoption_year(phrase: &str, date: Fuzzy, adopted: Option<Date>) -> bool {
    let Fuzzy::Year(year) = date else {
        return false;
    };
    let lead = fold(phrase);
    adopted.is_some_and(|a| a.year() == year)
        && (lead.starts_with("in ") || lead.starts_with("during "))
        && !lead.starts_with("in the course of ")
}

/// "a draft budget for the Office's work in 2037": a budget's words right before, so the
/// year is the period it covers ("by 2037" still dates the request).
static BUDGET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:budget|estimates)\s+(?:for|of)\b[^,;.]{0,60}$").expect("valid regex")
});

fn budget_year(phrase: &str, date: Fuzzy, before: &str) -> bool {
    let lead = fold(phrase);
    matches!(date, Fuzzy::Year(_))
        && (lead.starts_with("in ") || lead.starts_with("during "))
        && BUDGET_BEFORE.is_match(before)
}

/// "prior to the high-level meeting", "in advance of the Conference": a meeting the text
/// does not date ("ahead of the next session of the Council": named with its "next").
static BEFORE_UNDATED: LazyLock<Regex> = LazyLock::new(|| {
    let before = any_of(table::BEFORE_EVENT_WORDS);
    let next = any_of(table::NEXT_WORDS);
    let words = table::SESSION_WORDS.join("|");
    Regex::new(&format!(
        r"(?i)\b(?:{before})\s+(?:the\s+)?((?:(?:{next})\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:{words})s?)\b(?:\s+of\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*(?-i:[A-Z])[\w'’-]*)*))?"
    ))
    .expect("valid regex")
});

/// "to participate actively in the 12th Session of the Summit", "the full participation in
/// the 39th session of the Council": taking part in a meeting is done at it, as "at its next
/// session" is; the "in" is read as "at" (same length, so no offset moves).
static PARTICIPATE_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\b(?:participat\w*|take\s+part|taking\s+part|took\s+part|takes\s+part)\b[^.;:]{0,50}?\b)in(\s+(?:the|its|their)\s)")
        .expect("valid regex")
});

/// "two weeks before forwarding it to the Board": group 1 the act (a gerund and its words
/// up to a comma).
static SPAN_BEFORE_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:days?|weeks?|months?)\s+(?:before|prior\s+to|in\s+advance\s+of)\s+(\w+ing\b[^,;.:]{0,60})")
        .expect("valid regex")
});

/// Whether a deadline is "before" an act the text does not date ("before submitting new
/// files"): one that a date the text gives beats.
pub(crate) fn before_an_act(found: &Found, phrase: &str) -> bool {
    matches!(found, Found::BeforeUndated { .. })
        && BEFORE_ACT
            .find(phrase.trim())
            .is_some_and(|m| m.start() == 0)
}

/// "before submitting new nominations": "before" and an act in the gerund (group 1), not
/// "being".
static BEFORE_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bbefore\s+((?-i:[a-z])\w+ing\b[^,;.:]{0,60})").expect("valid regex")
});

/// "at least two months prior to the deadline of 15 December 2036", "six weeks before 1 May
/// 2037": a span counted back from a date right after it (group 1 the count, 2 the unit).
static SPAN_BEFORE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let back = any_of(table::SPAN_BACK_WORDS);
    let noun = any_of(table::DEADLINE_NOUN_WORDS);
    let numbers = number_words();
    Regex::new(&format!(r"(?i)\b(?:at\s+least\s+)?(\d+|(?:{numbers})(?:[ -](?:{numbers}))?)\s+({})\s+(?:{back})\s+(?:the\s+(?:{noun})\s+)?", span_units()))
        .expect("valid regex")
});

/// "prior to the village elections", "prior to that round": an event of any kind.
static PRIOR_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bprior\s+to\s+(?:the|that|this|these|those)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)")
        .expect("valid regex")
});

/// The event's name in the words after "prior to the": up to the first word that ends a
/// name; none where they name a date or a time, not an event.
fn event_name(words: &str) -> Option<String> {
    let mut name = Vec::new();
    for w in words.split_whitespace() {
        let bare = fold(w.trim_end_matches([',', ';', '.', ':']));
        if table::NAME_END_WORDS.contains(&bare.as_str()) || bare == "of" {
            break;
        }
        name.push(w.trim_end_matches([',', ';', '.', ':']));
        if w.ends_with([',', ';', '.', ':']) {
            break;
        }
    }
    let first = fold(name.first()?);
    let month = table::MONTHS.iter().any(|(n, _)| *n == first);
    if table::NOT_EVENT_WORDS.contains(&first.as_str())
        || month
        || first.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(name.join(" "))
}

/// "when the resumed part of the session opens": a part of a session the text does not date.
static PART_OPENS: LazyLock<Regex> = LazyLock::new(|| {
    let parts = any_of(table::SESSION_PARTS);
    Regex::new(&format!(
        r"(?i)\b(?:when\s+the\s+((?:{parts})\s+part\s+of\s+(?:the|its)\s+session)\s+(?:opens|begins|starts|convenes|resumes)\b|(?:by|before|(?:no|not)\s+later\s+than)\s+(?:at\s+)?the\s+(?:start|beginning|opening)\s+of\s+the\s+((?:{parts})\s+part\s+of\s+(?:the|its)\s+session)\b)"
    ))
    .expect("valid regex")
});

/// "by 3 million dollars in 2037", "4,000,000 dollars for": an amount right before the
/// words that date it, so the year is its budget period, no deadline.
static AMOUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\d[\d,.]*\s*(?:million|billion|thousand)?\s*(?:dollars|euros|francs)|(?:US)?\$\s*\d[\d,.]*(?:\s*(?:million|billion))?)(?:\s+(?:(?:for|to|of)\s+)?(?:the\s+)?[\w'’-]+){0,4}?\s*$")
        .expect("valid regex")
});

/// "for February–July 2037": the date ends a span of months, a period.
static MONTH_SPAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(r"(?i)\b(?:{m})\s*(?:[-–—]|\s+to\s+)\s*$")).expect("valid regex")
});

/// "to the next Council of Foreign Ministers": a body's name after "next" is its meeting
/// (not "the next Ministerial preparatory meeting", whose name goes on in lower case).
static NEXT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    let next = any_of(table::NEXT_WORDS);
    let end = any_of(table::NAME_END_WORDS);
    Regex::new(&format!(r"\b(?:at|to|during|before|for)\s+(?:its|the|their)\s+(?:{next})\s+([A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for|on)\s+)*[A-Z][\w'’-]*)*)(?:[,;.]|\s+(?:{end})\b|$)"))
        .expect("valid regex")
});

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let lead = any_of(table::PERIOD_DEADLINE_WORDS);
    let names = |parts: &[(&str, i8)]| any_of(&parts.iter().map(|(w, _)| *w).collect::<Vec<_>>());
    let (halves, quarters) = (names(table::HALVES), names(table::QUARTERS));
    let seasons = names(table::SEASONS);
    Regex::new(&format!(r"(?i)\b(?:{lead})\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:({halves})\s+(?:half|six\s+months)|({quarters})\s+quarter|(mid)(?:dle)?|({seasons}))(?:\s+of)?[\s-]*((?:19|20|21)\d{{2}})\b"))
        .expect("valid regex")
});

/// The last day of "the first half of 2025" (or "the first six months of 2025"), "the
/// third quarter of 2025", "mid-2025", "autumn 2025".
fn period_end(m: &regex::Captures<'_>) -> Option<Date> {
    let year: i16 = m.get(5)?.as_str().parse().ok()?;
    let ends = |parts: &[(&str, i8)], part: regex::Match<'_>| {
        let part = fold(part.as_str());
        parts
            .iter()
            .find(|(w, _)| *w == part)
            .map_or(12, |(_, m)| *m)
    };
    let month = if let Some(half) = m.get(1) {
        ends(table::HALVES, half)
    } else if let Some(q) = m.get(2) {
        ends(table::QUARTERS, q)
    } else if let Some(season) = m.get(4) {
        ends(table::SEASONS, season)
    } else {
        6
    };
    Some(Date::new(year, month, 1).ok()?.last_of_month())
}

/// "by early July", "before mid-September 2026", "by late June".
static PART_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let lead = any_of(table::BY_WORDS);
    let parts = any_of(
        &table::MONTH_PARTS
            .iter()
            .map(|(w, _)| *w)
            .collect::<Vec<_>>(),
    );
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:{lead})\s+(?:the\s+)?({parts})[\s-]+({m})\b(?:,?\s+((?:19|20|21)\d{{2}}))?"
    ))
    .expect("valid regex")
});

/// The last day of "early July" (the 10th), "mid-July" (the 20th), "late July" (its last):
/// in the year given, else the first such month from the adoption on.
fn part_of_month_end(m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Date> {
    let part = fold(&m[1]);
    let last = table::MONTH_PARTS.iter().find(|(w, _)| *w == part)?.1;
    let month = table::MONTHS.iter().find(|(n, _)| *n == fold(&m[2]))?.1;
    let year: i16 = match m.get(3) {
        Some(y) => y.as_str().parse().ok()?,
        None => {
            let a = adopted?;
            a.year() + i16::from(month < a.month())
        }
    };
    let first = Date::new(year, month, 1).ok()?;
    Some(if last == 0 {
        first.last_of_month()
    } else {
        Date::new(year, month, last).ok()?
    })
}

/// "by 31 August" with no year: the next such day after adoption.
static YEARLESS: LazyLock<Regex> = LazyLock::new(|| {
    let lead = alternation(table::BY_WORDS);
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:{lead})\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({m})\b"
    ))
    .expect("valid regex")
});
/// What would give the year or the day after a month: ", 2024", " of 2024", " 15".
static YEAR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\.?,?\s*(?:of\s+)?\d").expect("valid regex"));

/// The day or month a [`YEARLESS`] match names, in the first year it is not past.
fn yearless(day: Option<&str>, month: &str, adopted: Date) -> Option<Fuzzy> {
    let month = table::MONTHS.iter().find(|(n, _)| *n == fold(month))?.1;
    let day: Option<i8> = day.and_then(|d| d.parse().ok());
    let on = |year: i16| match day {
        Some(d) => Date::new(year, month, d).ok().map(Fuzzy::Day),
        None => Some(Fuzzy::Month { year, month }),
    };
    let this = on(adopted.year())?;
    if this.last_day() >= adopted {
        Some(this)
    } else {
        on(adopted.year() + 1)
    }
}
/// "by October", "before June", "to meet in June": a month named alone (a day or a year
/// after it is another rule's); full names only, so that no abbreviation reads as one.
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    let lead = any_of(table::BY_WORDS);
    let months: Vec<&str> = table::MONTHS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| n.len() >= 4 || *n == "may")
        .collect();
    let m = any_of(&months);
    // "decides to meet in November": the meeting's month is when it is due.
    let meet = r"(?:meet|convene|reconvene)\s+(?:again\s+)?in";
    // "to agree on the text in October": group 3, a month later in the year of adoption.
    Regex::new(&format!(
        r"(?i)\b(?:{lead}|{meet}|(in))\s+({m})\b(\s*,?\s*\d|\s+of\b|\s+(?:19|20|21)\d\d)?"
    ))
    .expect("valid regex")
});

static END_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:by|before|until|in)\s+the\s+end\s+of\s+(?:the|this)\s+(?:current\s+)?year\b",
    )
    .expect("valid regex")
});

/// "before the end of the calendar year 2037": the year named after "calendar year".
static END_OF_CALENDAR_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    // "by the end of the biennium 2036–2037": the last year of the period it names.
    Regex::new(r"(?i)\b(?:by|before|until|in)\s+the\s+end\s+of\s+the\s+(?:calendar\s+year\s+|(?:biennium|triennium|budget\s+period|period|financial\s+period)\s+(?:(?:19|20|21)\d{2}\s*[-–—/]\s*))((?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// The number words of [`table::NUMBER_WORDS`], as a regex alternation.
fn number_words() -> String {
    any_of(
        &table::NUMBER_WORDS
            .iter()
            .map(|(w, _)| *w)
            .collect::<Vec<_>>(),
    )
}

/// The unit a span's unit word ("months", "weeks") names.
fn span_unit(word: &str) -> Option<SpanUnit> {
    table::SPAN_UNITS
        .iter()
        .find(|(u, _)| fold(word) == *u)
        .map(|(_, unit)| *unit)
}

/// The unit words of [`table::SPAN_UNITS`], as a regex alternation.
fn span_units() -> String {
    any_of(
        &table::SPAN_UNITS
            .iter()
            .map(|(w, _)| *w)
            .collect::<Vec<_>>(),
    )
}

/// "of the entry into force", "after receipt": what a span is counted from.
static OTHER_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s+(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?([\w-]+)",
    )
    .expect("valid regex")
});
/// "of the issuance of this declaration", "from the release of the present communiqué":
/// a span counted from the text's own coming out, that is from its adoption.
static OWN_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    let issue = any_of(table::ISSUE_NOUNS);
    let texts = any_of(table::OWN_TEXT_NOUNS);
    Regex::new(&format!(
        r"(?i)^\s+(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:{issue})\s+of\s+(?:this|the\s+present)\s+(?:{texts})\b"
    ))
    .expect("valid regex")
});

/// "from 23 to 27 June 2025", "from 23-27 June 2025", "on 22 and 23 June 2025": a
/// meeting's days; "the summit scheduled for 6th to 8th July 2025": ordinals too.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:from|on|scheduled\s+for)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|until|-|–|and)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+({m})\s+((?:19|20|21)\d{{2}})\b"
    ))
    .expect("valid regex")
});

/// The first day of a range match.
fn range_start(m: &regex::Captures<'_>) -> Option<Date> {
    let name = fold(&m[2]);
    let month = table::MONTHS.iter().find(|(n, _)| *n == name)?.1;
    Date::new(m[3].parse().ok()?, month, m[1].parse().ok()?).ok()
}

/// "within 90 days", and "no later than 12 months from the adoption of ...": a span after
/// adoption.
static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
    let within = any_of(table::WITHIN_WORDS);
    // "within 20 working days": the weekday units first, before "days" alone; "within 48
    // hours of those steps": hours only here, counted in whole days.
    let units = format!(
        "{}|{}|hours",
        any_of(table::WORKING_DAY_UNITS),
        span_units()
    );
    // "ninety days after the adoption": a count alone, without "within" or "no later than";
    // "to report in 30 days": "in" a span is within it.
    let numbers = number_words();
    Regex::new(&format!(r"(?i)\b(?:within\s+(?:(?:{within})\s+)?(\d+|[a-z]+(?:[ -][a-z]+){{0,3}}?)(?:\s*\(\d+\))?\s+({units})\b|(?:no|not)\s+later\s+than\s+(\d+|[a-z]+(?:[ -][a-z]+){{0,3}}?)(?:\s*\(\d+\))?\s+({units})\s+(?:from|after|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?adoption\b|\b(\d+|(?:{numbers})(?:[ -](?:{numbers}))?)(?:\s*\(\d+\))?\s+({units})\s+(?:after|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?adoption\b|\bin\s+(\d+|(?:{numbers})(?:[ -](?:{numbers}))?)(?:\s*\(\d+\))?\s+({units})\b(?:'?\s*time\b)?|(?:no|not)\s+later\s+than\s+(\d+|[a-z]+(?:[ -][a-z]+){{0,3}}?)(?:\s*\(\d+\))?\s+({units})\b)"))
        .expect("valid regex")
});

/// "within seven days of that notification", "within 48 hours of those actions": a span
/// after an act the text does not date (one it has just named, or a notice's receipt), not
/// after adoption. Group 1 a pointing word's noun, group 2 the act's noun, group 3 the end
/// of a meeting or session named by its rank ("within three weeks of the close of its fifth
/// session": the text gives the meeting no day, so it is an act it does not
/// date, as a notice's receipt is).
static AFTER_ACT: LazyLock<Regex> = LazyLock::new(|| {
    let acts = any_of(table::UNDATED_ACT_NOUNS);
    // "after the team's appointment": the act may name whose it is.
    Regex::new(&format!(r"(?i)^\s+(?:of|after|from|following)\s+(?:(?:that|those|such)\s+([\w-]+)|(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?({acts})\b|(?:the\s+)?((?:end|close|conclusion)\s+of\s+(?:the|its|their)\s+[a-z][\w-]*\s+(?:meeting|session))\b)"))
        .expect("valid regex")
});

/// "decides to meet at once upon receipt of a notice", "decides, in the event of a breach,
/// to reconvene": the body meets at an act or a happening the text does not date. Group 1
/// what is received, group 2 the happening.
static MEET_UPON: LazyLock<Regex> = LazyLock::new(|| {
    let meet = r"(?:meet|convene|reconvene)";
    let det = r"(?:a\s+|an\s+|the\s+|any\s+|such\s+)?";
    Regex::new(&format!(r"(?i)\b{meet}\s+(?:again\s+)?(?:immediately\s+|at\s+once\s+)?(?:up)?on\s+(?:the\s+)?receipt\s+of\s+{det}([\w-]+)|\bin\s+the\s+event\s+of\s+{det}([\w-]+)\s*,?\s+to\s+{meet}\b"))
        .expect("valid regex")
});

/// "X shall inform Y immediately upon <doing> ...": word of
/// an act is due at that act, which the text does not date. Group 1 the act's gerund.
static TELL_UPON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:inform|notify|advise|alert)\s+[^,;:.]{1,60}?\s+(?:immediately|promptly|forthwith|at\s+once)\s+(?:up)?on\s+(\w+ing)\b")
        .expect("valid regex")
});

static CONDITION_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:if|unless)\s*$").expect("valid regex"));

/// What finds the deadlines of one kind in a clause.
type Finder = fn(&str, Option<Date>) -> Vec<Candidate>;

/// Every reader of a kind of deadline, in this order: of two deadlines at the same place,
/// the one found first stays.
const FINDERS: [Finder; 31] = [
    crate::newsdue::deadlines,
    spans_before_date,
    dates,
    range_starts,
    sessions_at,
    next_named,
    later_sessions,
    between_sessions,
    before_undated,
    ends_of_term,
    prior_to,
    spans_before_act,
    before_act,
    part_opens,
    periods,
    within_plan_spans,
    parts_of_month,
    yearless_dates,
    months_alone,
    end_of_year,
    within_spans,
    counted_reports,
    meetings_upon,
    told_upon,
    participation_at,
    participation_in_year_vote,
    elided_meetings,
    treaty_meetings,
    considered_by_body,
    crate::fr::deadlines,
    crate::ar::deadlines,
];

/// The first deadline in `text`, and any recurrence. Dates before `adopted` are facts of
/// the past, not deadlines.
pub fn parse(text: &str, adopted: Option<Date>) -> Deadline {
    let text = &spelled_out(text, adopted);
    let text = &crate::newsdue::normalize(text);
    let text: &str = &PARTICIPATE_IN.replace_all(text, "${1}at${2}");
    let mut best: Option<Candidate> = None;
    let mut sessions: Vec<Candidate> = Vec::new();
    for finder in FINDERS {
        for (at, found, phrase) in finder(text, adopted) {
            if matches!(found, Found::Session { held: Some(_), .. }) {
                sessions.push((at, found.clone(), phrase.clone()));
            }
            consider(&mut best, at, found, &phrase);
        }
    }
    if let Some(delivered) = delivered_sooner(text, best.as_ref(), &sessions) {
        best = Some(delivered);
    }
    let (found, phrase) = match best {
        Some((_, f, p)) => (Some(f), p),
        None => (None, String::new()),
    };
    Deadline {
        found,
        phrase,
        recurring: recurring(text),
    }
}

/// 0 for a date set by "by", "no later than", "before"; 1 for anything else.
fn rank(f: &Found, phrase: &str) -> u8 {
    let by = fold(phrase);
    let explicit = matches!(f, Found::On(_))
        && table::BY_WORDS
            .iter()
            .any(|w| by.starts_with(&format!("{w} ")));
    u8::from(!explicit)
}

/// Keeps in `best` the first deadline in the clause, but a date the text gives beats a
/// session it does not date ("at its eighty-first session, and no later than April 2027").
/// "to organize consultations for consideration by the Conference at its 109th Session
/// (June 2031), and with a view to presenting proposals to the Board at its 341st Session
/// (March 2031)": another body's session considers the work later; the session the work is
/// presented at, dated sooner, is the first due.
fn delivered_sooner(
    text: &str,
    best: Option<&Candidate>,
    sessions: &[Candidate],
) -> Option<Candidate> {
    let (
        at,
        Found::Session {
            held: Some(held), ..
        },
        _,
    ) = best?
    else {
        return None;
    };
    if !CONSIDERED_BY_BEFORE.is_match(&text[..*at]) {
        return None;
    }
    sessions
        .iter()
        .filter(|(later, found, _)| {
            later > at
                && matches!(found, Found::Session { held: Some(h), .. } if h.last_day() < held.first_day())
                && DELIVERED_TO_BEFORE.is_match(&text[..*later])
        })
        .min_by_key(|(later, _, _)| *later)
        .cloned()
}

/// "... for consideration by the Conference " just before a session.
static CONSIDERED_BY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bfor\s+(?:its\s+)?consideration\s+by\s+[^;:,()]{1,80}$").expect("valid regex")
});

/// "... with a view to presenting to the Board " just before a session.
static DELIVERED_TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:present(?:ing)?|submit(?:ting)?|report(?:ing)?)\s+(?:it\s+|them\s+)?to\s+[^;:,()]{1,80}$")
        .expect("valid regex")
});

fn consider(best: &mut Option<Candidate>, at: usize, found: Found, phrase: &str) {
    let better = best.as_ref().is_none_or(|(b, bf, bp)| {
        let undated = |f: &Found| matches!(f, Found::Session { held: None, .. });
        // Only an undated session gives way, and only to a date set by "by", "no later
        // than", "before": elsewhere the first deadline in the clause wins.
        if undated(bf) && rank(&found, phrase) == 0 {
            return true;
        }
        // "before submitting new files, and no later than 1 May 2037": a date beats an
        // act the text does not date.
        if matches!(found, Found::On(_)) && before_an_act(bf, bp) {
            return true;
        }
        if matches!(bf, Found::On(_)) && before_an_act(&found, phrase) {
            return false;
        }
        if undated(&found) && rank(bf, bp) == 0 {
            return false;
        }
        at < *b
    });
    if better {
        *best = Some((at, found, phrase.trim().to_string()));
    }
}

/// "by 31 December 2024", "in 2030": a date the text gives, with the words that set it.
fn dates(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in DATE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(fuzzy) = fuzzy(&m) else { continue };
        if adopted.is_some_and(|a| fuzzy.last_day() < a) {
            continue;
        }
        // "the strategy for 2025–2030": a plan's years name it, they are no deadline.
        if YEAR_SPAN_END.is_match(&text[whole.end()..])
            && !years_listed(fuzzy, &text[whole.end()..])
        {
            continue;
        }
        let before = &text[..whole.start()];
        if goal_year(outside_aside(before), fuzzy) || MONTH_SPAN_BEFORE.is_match(before) {
            continue;
        }
        // "calls on X to consider ..., while welcoming the meeting held in Y on 23 October
        // 2037": the date of what the aside welcomes or notes, not when the call is due.
        if WHILE_ATTITUDE_BEFORE.is_match(before) {
            continue;
        }
        // "to report at the Board's May 2037 session": a meeting the text dates by
        // the month it names before it.
        if DATED_MEETING_AFTER.is_match(&text[whole.end()..]) && POSSESSOR_BEFORE.is_match(before) {
            let end = whole.end()
                + DATED_MEETING_AFTER
                    .find(&text[whole.end()..])
                    .map_or(0, |n| n.end());
            out.push((
                whole.start(),
                Found::On(fuzzy),
                text[whole.start()..end].to_string(),
            ));
            continue;
        }
        if let Some((start, found)) = introduced(before, fuzzy) {
            let phrase = &text[start..whole.end()];
            let by_amount = matches!(found, Found::On(_))
                && !phrase_is_by(phrase)
                && AMOUNT_BEFORE.is_match(&text[..start]);
            if in_adoption_year(phrase, fuzzy, adopted)
                || by_amount
                || budget_year(phrase, fuzzy, &text[..start])
            {
                continue;
            }
            out.push((start, found, phrase.to_string()));
        }
    }
    out
}

/// ", while welcoming ...", "whilst noting ...": an aside that tells what the body thinks of
/// a thing, up to the date (no clause boundary between; an initial's or a title's stop, as
/// in "H.E. ", is none).
static WHILE_ATTITUDE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:whil(?:e|st)\s+(?:also\s+)?(?:welcoming|noting|taking\s+note|commending|acknowledging|recognizing|recognising|appreciating|hailing|praising|recalling))\b(?:[^;.]|\.\S|\b[A-Z]\.(?:[A-Z]\.)*\s|\b(?:Mr|Mrs|Ms|Dr|St)\.\s)*$")
        .expect("valid regex")
});

/// " session", " meeting": the meeting a date names just before it ("its July 2037 session").
static DATED_MEETING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s+(?:substantive\s+|regular\s+|annual\s+)?(?:session|meeting|summit|conference)\b",
    )
    .expect("valid regex")
});

/// "the Council's ", "its ": whose meeting a date names.
static POSSESSOR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:['’]s|\bits|\btheir)\s+$").expect("valid regex"));

/// "to convene the Meeting in New York from 23 to 27 June 2025": it starts on the 23rd.
fn range_starts(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in RANGE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(start) = range_start(&m) else {
            continue;
        };
        if adopted.is_none_or(|a| start < a) || PERIOD_BEFORE.is_match(&text[..whole.start()]) {
            continue;
        }
        out.push((
            whole.start(),
            Found::On(Fuzzy::Day(start)),
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "adopted at", "endorsed at": a past participle right before a session names where a
/// thing was done.
static DONE_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\w+)\s+(?:adopted|endorsed|approved|agreed|signed|launched|taken|reached)(?:\s+by\s+(?:the\s+)?[^,;:.()]{1,60}?)?\s*$",
    )
    .expect("valid regex")
});

/// "to provide an update on arrangements for ": a report's subject, the session after "for"
/// the one it is about, not the one it is due at.
static SUBJECT_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:on|about|concerning)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:arrangements|preparations|format|organization|programme|plan\s+of\s+work)\s*$")
        .expect("valid regex")
});

/// "issued by the leaders of A, B and C, who form the bloc, ": a text's issue told in the
/// same clause, up to where its meeting is named.
static ISSUED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:issued|released|adopted)\b[^;.]{0,250}$").expect("valid regex")
});

/// "from 15 September 2030", "with effect from 1 May 2031": the day a span runs from.
static FROM_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:from|of|after|following|with\s+effect\s+(?:from|of))\s+")
        .expect("valid regex")
});

/// A span counted from a day the text names right after it: that day plus the span.
fn span_from_day(m: &regex::Captures<'_>, after: &str) -> Option<Candidate> {
    let lead = FROM_DAY.find(after)?;
    let rest = &after[lead.end()..];
    let d = DATE
        .captures(rest)
        .filter(|d| d.get(0).is_some_and(|w| w.start() == 0))?;
    let Some(Fuzzy::Day(start)) = fuzzy(&d) else {
        return None;
    };
    let (count, unit_word) = [(1, 2), (3, 4), (5, 6), (7, 8)]
        .into_iter()
        .find_map(|(c, u)| Some((m.get(c)?.as_str(), m.get(u)?.as_str())))?;
    let n = number(&fold(count))?;
    let unit = span_unit(unit_word).unwrap_or(SpanUnit::Days);
    let due = start.checked_add(span(n, unit)?).ok()?;
    let whole = m.get(0).expect("match");
    let end = lead.end() + d.get(0).expect("match").end();
    let phrase = format!("{}{}", whole.as_str(), &after[..end]);
    Some((whole.start(), Found::On(Fuzzy::Day(due)), phrase))
}

/// "two months prior to the deadline of 15 December 2036": that day, the span earlier.
fn spans_before_date(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in SPAN_BEFORE_DATE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(d) = DATE
            .captures(&text[whole.end()..])
            .filter(|d| d.get(0).is_some_and(|w| w.start() == 0))
        else {
            continue;
        };
        let (Some(Fuzzy::Day(day)), Some(n)) = (fuzzy(&d), number(&fold(&m[1]))) else {
            continue;
        };
        let unit = span_unit(&m[2]).unwrap_or(SpanUnit::Days);
        let Some(due) = span(n, unit).and_then(|s| day.checked_sub(s).ok()) else {
            continue;
        };
        if adopted.is_some_and(|a| due < a) {
            continue;
        }
        let end = whole.end() + d.get(0).expect("match").end();
        out.push((
            whole.start(),
            Found::On(Fuzzy::Day(due)),
            text[whole.start()..end].to_string(),
        ));
    }
    out
}

/// N days, weeks, months or years as a calendar span.
fn span(n: u32, unit: SpanUnit) -> Option<jiff::Span> {
    let n = i64::from(n);
    match unit {
        SpanUnit::Days => jiff::Span::new().try_days(n).ok(),
        SpanUnit::Weeks => jiff::Span::new().try_weeks(n).ok(),
        SpanUnit::Months => jiff::Span::new().try_months(n).ok(),
        SpanUnit::Years => jiff::Span::new().try_years(n).ok(),
    }
}

/// "at its eighty-first session", "at its next session", "at its 2026 session".
fn sessions_at(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    // "for the 2037 session of the Assembly at the 413th Session": the word that ends one
    // session's body ("at") may open the next session's words, so each search resumes
    // after the body's name, not after that word.
    let mut sessions: Vec<regex::Captures<'_>> = Vec::new();
    let mut from = 0;
    while let Some(m) = SESSION.captures_at(text, from) {
        let whole = m.get(0).expect("match");
        from = m
            .get(3)
            .map_or(whole.end(), |name| name.end())
            .max(whole.start() + 1);
        sessions.push(m);
    }
    let mut out = Vec::new();
    for (i, m) in sessions.iter().enumerate() {
        // "to the Human Rights Council at its Nth session and to the General Assembly at its
        // Mth": the session of the body with yearly sessions, each read with its own body.
        let start = m.get(0).expect("match").start();
        if other_body_before(&text[..start])
            && sessions[i + 1..].iter().any(|later| {
                let at = later.get(0).expect("match").start();
                later.get(3).is_none() && yearly_body_named(&text[..at])
            })
        {
            continue;
        }
        out.extend(session_at(text, m, adopted));
    }
    out
}

/// " of the Governing Body" after a session's noun: its body's name, in capitals.
static OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|of|and|for)){0,5}")
        .expect("valid regex")
});

/// "320th (March 2014)" inside a session's words: the rank's date in brackets.
static RANK_DATED: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\d{{1,3}}(?:st|nd|rd|th)\s*\(\s*((?:(?:{m})\s+)?(?:19|20|21)\d{{2}})\s*\)"
    ))
    .expect("valid regex")
});

/// "the Council/Board’s " in a session's words: the body whose session it is.
static OWNER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bthe\s+((?-i:[A-Z])[\w/ -]*?)['’]s\s").expect("valid regex"));

/// One session the text names, unless it was held before `adopted` or its name is no
/// ordinal the parser reads.
fn session_at(text: &str, m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Candidate> {
    let which = fold(&m[1]);
    let named_by_date = held_on(&which);
    let (held, kind_named) = session_held(text, m, &which, named_by_date, adopted);
    if session_not_to_come(text, m, named_by_date.is_some(), held, adopted) {
        return None;
    }
    let ordinal = session_ordinal(&which, named_by_date.is_some(), kind_named)?;
    let whole = m.get(0).expect("match");
    let of = session_body(text, m);
    let phrase = whole.as_str().trim_end_matches([',', ';', '.']);
    Some((
        whole.start(),
        Found::Session {
            held,
            ordinal,
            of,
            word: named(&m[2]),
        },
        phrase.to_string(),
    ))
}

/// When a session `session_at` reads is held (its name's date first, then the words
/// around it), and whether its name is a kind of session rather than a rank.
fn session_held(
    text: &str,
    m: &regex::Captures<'_>,
    which: &str,
    named_by_date: Option<Fuzzy>,
    adopted: Option<Date>,
) -> (Option<Fuzzy>, bool) {
    let after = text_after_session(text, m);
    let after_body = after_body_named(m, after);
    let dated_inside = dated_inside(m);
    let dated_after = dated_after(after_body);
    let month_after = month_after(after_body, adopted);
    let year_named = year_named(m, after);
    let kind_named = table::NAMED_SESSION_KINDS.contains(&which)
        || (year_named.is_some() && table::SESSION_KINDS.contains(&which));
    let held_for = held_for(after, kind_named);
    let held = named_by_date
        .or(dated_inside)
        .or(dated_after)
        .or(held_for)
        .or(year_named)
        .or(month_after);
    (held, kind_named)
}

/// The text after a session's words.
/// "to the Seventy-ninth World Health Assembly in 2026": the text dates it. After a
/// body's name ("of the Board of Growers in 2038") the word that ended the name ("in") is
/// read again as the date's.
fn text_after_session<'t>(text: &'t str, m: &regex::Captures<'_>) -> &'t str {
    &text[m
        .get(3)
        .map_or(m.get(0).expect("match").end(), |name| name.end())..]
}

/// "at its 30th session (2036)": the year in brackets dates it too.
/// "at the Nth Session of X (<month> Y)": the bracket after the
/// body's name, where the pattern took no name.
fn after_body_named<'t>(m: &regex::Captures<'_>, after: &'t str) -> &'t str {
    m.get(3)
        .is_none()
        .then(|| OF_BODY.find(after).map(|b| &after[b.end()..]))
        .flatten()
        .unwrap_or(after)
}

/// "its 320th (March 2014) Session": the bracket between rank and noun.
fn dated_inside(m: &regex::Captures<'_>) -> Option<Fuzzy> {
    RANK_DATED
        .captures(m.get(0).expect("match").as_str())
        .and_then(|d| held_on(&fold(d[1].trim())))
}

fn dated_after(after_body: &str) -> Option<Fuzzy> {
    HELD_IN
        .captures(after_body)
        .and_then(|d| d.get(1).or(d.get(2)).map(|y| y.as_str().to_string()))
        .or_else(|| {
            HELD_IN_SET_OFF
                .captures(after_body)
                .map(|d| d[1].to_string())
        })
        .and_then(|d| held_on(&fold(d.trim())))
}

/// "at its ninth session, in 2036, ...": the year a comma sets off after a session's name
/// dates that session as much as "in 2036" right after it (group 1). Read for sessions only:
/// the other meetings' readers leave a dated meeting to the reader of dates.
static HELD_IN_SET_OFF: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)^,\s*in\s+((?:(?:{m})\s+)?(?:19|20|21)\d{{2}})\s*[,;.]"
    ))
    .expect("valid regex")
});

/// "at the second regular meeting of X in <month>": a month with no year is
/// the first such month from the adoption on (as "by October" is).
fn month_after(after_body: &str, adopted: Option<Date>) -> Option<Fuzzy> {
    MONTH_IN_AFTER
        .captures(after_body)
        .zip(adopted)
        .and_then(|(c, a)| {
            let &(_, month) = table::MONTHS.iter().find(|(n, _)| *n == fold(&c[1]))?;
            let year = a.year() + i16::from(month < a.month());
            Some(Fuzzy::Month { year, month })
        })
}

/// "at its annual session 2037", "at the second regular session 2037": a session a
/// board names by its kind or rank and the year after its noun (no body's name between).
fn year_named(m: &regex::Captures<'_>, after: &str) -> Option<Fuzzy> {
    m.get(3)
        .is_none()
        .then(|| YEAR_NAMED_AFTER.captures(after))
        .flatten()
        .and_then(|c| c[1].parse().ok())
        .map(Fuzzy::Year)
}

/// "at its organizational session for 2037": a session named by its kind, held in
/// the year "for" gives.
fn held_for(after: &str, kind_named: bool) -> Option<Fuzzy> {
    FOR_YEAR
        .captures(after)
        .filter(|_| kind_named)
        .and_then(|c| c[1].parse().ok())
        .map(Fuzzy::Year)
}

/// Whether the session `session_at` reads is not one to come: read elsewhere, or one
/// where a thing was done, reported on, or that issued the text, or held before the text.
fn session_not_to_come(
    text: &str,
    m: &regex::Captures<'_>,
    named_by_date: bool,
    held: Option<Fuzzy>,
    adopted: Option<Date>,
) -> bool {
    let whole = m.get(0).expect("match");
    let head = &text[..whole.start()];
    // "at the Council’s July 2037 session": `dates` reads a dated session after a possessive.
    (named_by_date && OWNER.is_match(whole.as_str()))
        // "the plan that was adopted at the 9th Session": a meeting where a thing was done
        // is of the past.
        // "to be adopted at its next session" is still to come.
        || DONE_AT
            .captures(head)
            .is_some_and(|d| !matches!(fold(&d[1]).as_str(), "be" | "being"))
        // "an update on arrangements for the Y session of X at the Nth
        // Session (<month> Y)": the session reported on, not the one reported to.
        || (fold(whole.as_str()).starts_with("for ") && SUBJECT_FOR.is_match(head))
        // "the communiqué issued by the leaders ... during their 9th Summit": the meeting
        // that issued the text, not one to come.
        || (fold(whole.as_str()).starts_with("during ") && ISSUED_BEFORE.is_match(head))
        // "into the follow-up to the 108th Session (2031) of the Conference": the work
        // that comes after that session, not a day it is due by.
        || FOLLOW_UP_TO.is_match(head)
        // "at its 2011 session": a meeting of the past is no deadline.
        || held.zip(adopted).is_some_and(|(h, a)| h.last_day() < a)
}

/// "the follow-up to the", "in follow-up to": what comes after the session named next.
static FOLLOW_UP_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bfollow(?:-|\s+)?up(?:\s+(?:to|of))?\s+(?:the\s+|its\s+)?$")
        .expect("valid regex")
});

/// The rank of a session `session_at` reads: none for one named by its date or kind, or
/// by "next" or "present"; None (no session) where its name is no ordinal the parser reads.
fn session_ordinal(which: &str, named_by_date: bool, kind_named: bool) -> Option<Option<u32>> {
    Some(match which {
        _ if named_by_date => None,
        "next" | "forthcoming" | "upcoming" | "following" => None,
        // "to meet during the present session": the session under way, which the text does
        // not date.
        "present" | "current" => None,
        _ if kind_named => None,
        w => Some(ordinal(w)?),
    })
}

/// The body whose session `session_at` reads: the one named after it, its owner, or one
/// named before it.
fn session_body(text: &str, m: &regex::Captures<'_>) -> Option<String> {
    let whole = m.get(0).expect("match");
    // "to the Human Rights Council, beginning at its sixty-fifth session", "to the
    // Assembly for consideration at its eighty-second session": the body named before the
    // words that start a series or say what the session does with it.
    let before = &text[..whole.start()];
    let before = SESSION_LEAD_IN
        .find(before)
        .map_or(before, |s| &before[..s.start()]);
    m.get(3)
        .map(|g| g.as_str().trim().to_string())
        .or_else(|| OWNER.captures(whole.as_str()).map(|o| o[1].to_string()))
        .or_else(|| yearly_body_before(&text[..whole.start()]))
        .or_else(|| body_named_before(before, whole.as_str()))
}

/// ", beginning " / ", starting " right before a session (a series' first), " for
/// consideration " / " for its approval " (what the session does with it).
static SESSION_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:,\s*(?:beginning|starting|commencing)|\s+for\s+(?:its\s+)?(?:further\s+)?(?:consideration|examination|approval|adoption|review|action))\s*$").expect("valid regex")
});

/// "to the next Council of Foreign Ministers": the next meeting of a body named after "next".
fn next_named(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    NEXT_NAMED
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            (
                whole.start(),
                Found::Session {
                    held: None,
                    ordinal: None,
                    of: None,
                    word: named(&m[1]),
                },
                whole.as_str().to_string(),
            )
        })
        .collect()
}

/// "decided to postpone consideration ... to a later session of the Council": a session
/// to come that the text does not date.
static LATER_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    // "at upcoming sessions" (no article) is the next; "at future meetings", any; "on the
    // agenda of a future session" is one to come; "a topic for review in the following
    // session" is the next ("in" only before a word that orders it).
    // "at future Governing Body sessions": future ones (no article), a body's name between
    // ("a dialogue at future meetings related to the Treaty", no body named, is a manner).
    Regex::new(r"(?i)\b(?:(?:to|at|until|agenda\s+of)\s+(?:a\s+(later|subsequent|future)|(upcoming|forthcoming)|(future)\s+(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|of|and|for)){0,3})|in\s+(?:its|the|their)\s+(?:next|following|forthcoming|upcoming))\s+(session|meeting)s?\b")
        .expect("valid regex")
});

fn later_sessions(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    LATER_SESSION
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            // "at upcoming sessions": the next one, as "at its upcoming session" is.
            let word = match m.get(1).or(m.get(3)) {
                None => fold(&m[4]),
                Some(later) => format!("{} {}", fold(later.as_str()), fold(&m[4])),
            };
            let found = Found::Session {
                held: None,
                ordinal: None,
                of: None,
                word,
            };
            (whole.start(), found, whole.as_str().to_string())
        })
        .collect()
}

/// "in the interval between the Nth (<month> Y) and N+1th (<month> Y) Sessions": an
/// act between two ranked sessions, done by the later one (its rank and, in brackets, its
/// date, as the text gives them).
static BETWEEN_SESSIONS: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    let rank = r"\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?";
    let date = format!(r"(?:\s*\(\s*((?:(?:{m})\s+)?(?:19|20|21)\d{{2}})\s*\))?");
    Regex::new(&format!(
        r"(?i)\bbetween\s+(?:its|the|their)\s+(?:{rank}){date}\s+(?:(?:session|meeting)\s+)?and\s+(?:the\s+|its\s+|their\s+)?({rank}){date}\s+(session|meeting)s\b"
    ))
    .expect("valid regex")
});

fn between_sessions(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    BETWEEN_SESSIONS
        .captures_iter(text)
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let held = m.get(3).and_then(|d| held_on(&fold(d.as_str())));
            // "between its 10th (2019) and 11th (2021) sessions" said in 2022: both past.
            if held.zip(adopted).is_some_and(|(h, a)| h.last_day() < a) {
                return None;
            }
            let found = Found::Session {
                held,
                ordinal: Some(ordinal(&fold(&m[2]))?),
                of: None,
                word: fold(&m[4]),
            };
            Some((whole.start(), found, whole.as_str().to_string()))
        })
        .collect()
}

/// "to participate actively in the conference once it is called": a meeting named by its
/// kind alone, which the text does not date or rank, where the actor takes part (after
/// `PARTICIPATE_IN` read the "in" as "at").
/// The verb only ("the participation of X in the meeting" asks nothing of X), and the
/// meeting's kind in lower case ("in the Assembly of Growers" names a body).
static PARTICIPATE_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:participate|participates|take\s+part|takes\s+part)\b[^.;:]{0,50}?\b(at\s+(?:the|its|their)\s+(conference|meeting|summit|session))\b")
        .expect("valid regex")
});

/// "participation of African growers at this important event": an event named before.
static PARTICIPATION_AT_THIS_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:participate|participates|participation|take\s+part|takes\s+part)\b[^.;:]{0,60}?\b((?:at|in)\s+(?:this|that)\s+(?:[a-z]+\s+)?(event|occasion))\b")
        .expect("valid regex")
});

/// "to take part in the 2037 village elections", "to participate fully in the 2037
/// electoral process": a vote the text names by its year, taken part in during that year
/// (after `PARTICIPATE_IN` read the "in" as "at"). Group 1 the words from the year on,
/// group 2 the year.
static PARTICIPATE_IN_YEAR_VOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:participate|participates|take\s+part|takes\s+part)\b[^.;:]{0,50}?\bat\s+(?:the|its|their)\s+((\d{4})\s+(?:[a-z]+\s+){0,2}?(?:elections?|electoral\s+process|polls|referendum|vote))\b")
        .expect("valid regex")
});

/// A vote named by its year that the actor is to take part in: due in that year, unless
/// it is past when the text is adopted.
fn participation_in_year_vote(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    PARTICIPATE_IN_YEAR_VOTE
        .captures_iter(text)
        .filter_map(|m| {
            let at = m.get(1).expect("match");
            let year: i16 = m[2].parse().ok().filter(|y| (1900..2200).contains(y))?;
            let date = Fuzzy::Year(year);
            adopted
                .is_none_or(|a| date.last_day() >= a)
                .then(|| (at.start(), Found::On(date), at.as_str().to_string()))
        })
        .collect()
}

/// Taking part in a meeting the text names by its kind alone: at that meeting.
fn participation_at(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    // "to ensure participation of X at this important event": the event the text names
    // before, undated, is when.
    PARTICIPATE_AT
        .captures_iter(text)
        .chain(PARTICIPATION_AT_THIS_EVENT.captures_iter(text))
        .map(|m| {
            let at = m.get(1).expect("match");
            let found = Found::AfterUndated {
                name: fold(&m[2]),
                days: 0,
            };
            (at.start(), found, at.as_str().to_string())
        })
        .collect()
}

/// "and to report to the 21st." (a clause's end): a meeting named by its rank alone, its
/// noun left out (or lost at a page's break), where a report is made; "for consideration
/// at its sixth " (a page cut after the rank, or inside the noun: "at its first r"): the
/// body's own meeting of that rank. `rank` the rank, `lead` or `own` the words before it.
static ELIDED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:report|submit|present)\w*\b[^.;:]{0,60}?\b(?P<lead>to\s+the)|\b(?P<own>(?:at|to)\s+its))\s+(?P<rank>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)(?:\s*(?:[.;]|$)|\s+[a-z]{1,2}\s*$)")
        .expect("valid regex")
});

/// "the results presented to COP10 for decision", "for consideration by CMP 3": a treaty
/// body's meeting named by its abbreviation and number; "in time for consideration at
/// the meetings of the X COP": another body's meetings to come. Neither is dated in the text.
static TREATY_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:to|at|by|before|for)\s+(?:the\s+)?(?P<body>COP|CMP|CMA|MOP)[\s-]?(?P<n>\d{1,2})\b|\b(?i:in\s+time\s+(?:to\s+be\s+considered|for\s+(?:its\s+)?consideration)\s+(?:at|by)\s+(?:the\s+)?meetings?\s+of\s+the)\s+(?P<of>(?:[A-Z][\w-]*\s+){0,4}(?:COP|Conference\s+of\s+the\s+Parties))")
        .expect("valid regex")
});

fn treaty_meetings(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    TREATY_MEETING
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            let found = match (m.name("body"), m.name("n")) {
                (Some(body), Some(n)) => Found::Session {
                    held: None,
                    ordinal: n.as_str().parse().ok(),
                    of: Some(body.as_str().to_string()),
                    word: "meeting".to_string(),
                },
                _ => Found::Session {
                    held: None,
                    ordinal: None,
                    of: m.name("of").map(|o| o.as_str().to_string()),
                    word: "meeting".to_string(),
                },
            };
            (whole.start(), found, whole.as_str().to_string())
        })
        .collect()
}

/// "to prepare a report for consideration by the Forum;": a thing made for a gathering
/// (a Forum, an Assembly, a Conference, a Summit, a Congress: a body that is its meetings)
/// to consider, named with a capital and nothing after it in the clause (no session, no
/// date): that gathering's next meeting, which the text does not date. A standing organ's
/// consideration ("for consideration by the Standing Committee") names no meeting.
static CONSIDERED_BY_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:for\s+(?:its\s+)?(?:consideration|examination|review|discussion)\s+by)\s+the\s+(?P<of>(?:[A-Z][\w'’-]*\s+){0,4}(?:Forum|Assembly|Conference|Summit|Congress))\s*(?:[;.,:]|$)")
        .expect("valid regex")
});

fn considered_by_body(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    CONSIDERED_BY_BODY
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            let found = Found::Session {
                held: None,
                ordinal: None,
                of: Some(m["of"].trim().to_string()),
                word: "meeting".to_string(),
            };
            (
                whole.start(),
                found,
                whole
                    .as_str()
                    .trim_end_matches([';', '.', ',', ':'])
                    .to_string(),
            )
        })
        .collect()
}

/// A meeting named by its rank alone at a clause's end: that ranked meeting.
fn elided_meetings(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    ELIDED_MEETING
        .captures_iter(text)
        .filter_map(|m| {
            let rank = m.name("rank").expect("match");
            let n = ordinal(&fold(rank.as_str()))?;
            let found = Found::Session {
                held: None,
                ordinal: Some(n),
                of: None,
                word: "meeting".to_string(),
            };
            let start = m
                .name("lead")
                .or(m.name("own"))
                .map_or(rank.start(), |l| l.start());
            Some((start, found, text[start..rank.end()].to_string()))
        })
        .collect()
}

/// "before the end of the current legislature": the end of a body's term, which the text
/// does not date, as a meeting it does not date is.
fn ends_of_term(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    TERM_END
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            let name = format!("end of the current {}", fold(&m[1]));
            (
                whole.start(),
                Found::BeforeUndated { name },
                whole.as_str().to_string(),
            )
        })
        .collect()
}

/// "before the end of the current legislature", "by the end of its present term of office".
static TERM_END: LazyLock<Regex> = LazyLock::new(|| {
    let before = any_of(table::BEFORE_EVENT_WORDS);
    let terms = any_of(table::TERM_WORDS);
    Regex::new(&format!(
        r"(?i)\b(?:{before}|by)\s+the\s+end\s+of\s+(?:the|its|their)\s+(?:current|present)\s+({terms})\b"
    ))
    .expect("valid regex")
});

/// "before" a meeting the text does not date.
fn before_undated(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in BEFORE_UNDATED.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // A dated one ("before the Summit in June 2026") is read with its date above, "its
        // next session" as a session.
        let own = ["its ", "their "]
            .iter()
            .any(|w| fold(&m[1]).starts_with(w));
        let dated = DATE.is_match(&m[1]) || HELD_IN.is_match(&text[whole.end()..]);
        // "documents distributed six weeks before the meetings": meetings of no body, in
        // the plural, are every meeting, a standing rule and no one deadline.
        let which = fold(&m[1]);
        let every_meeting =
            m.get(2).is_none() && which.split_whitespace().count() == 1 && which.ends_with('s');
        // "two months before each regular meeting of the Board": each of a
        // body's meetings, a standing rule and no one deadline.
        let each_meeting = which.starts_with("each ") || which.starts_with("every ");
        if own
            || dated
            || every_meeting
            || each_meeting
            || in_relative_clause(&text[..whole.start()])
        {
            continue;
        }
        let name = match m.get(2) {
            Some(of) => format!("{} of the {}", m[1].trim(), of.as_str().trim()),
            None => m[1].trim().to_string(),
        };
        // "three months before the opening of the conference": that span before it.
        let (start, found) = match span_ahead(&text[..whole.start()]) {
            Some((start, days)) => (start, Found::AfterUndated { name, days: -days }),
            None => (whole.start(), Found::BeforeUndated { name }),
        };
        out.push((start, found, text[start..whole.end()].to_string()));
    }
    // "so that X is put forward in advance of the European Council in ...", "before
    // the June European Council": the Heads' meeting, named as the body that holds it.
    for m in BEFORE_EUROPEAN_COUNCIL.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let dated = HELD_IN.is_match(&text[whole.end()..]) || DATE.is_match(&m[1]);
        // "before the European Council conclusions of ...": the body's text, no meeting.
        let named_text = text[whole.end()..]
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                matches!(
                    fold(w).as_str(),
                    "conclusions" | "decision" | "of" | "'s" | "’s"
                )
            });
        if dated || named_text || in_relative_clause(&text[..whole.start()]) {
            continue;
        }
        out.push((
            whole.start(),
            Found::BeforeUndated {
                name: m[1].trim().to_string(),
            },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "not later than six weeks ", "at least 30 days ": a span right before a word of "before".
/// Group 1 the count, group 2 the unit.
static SPAN_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    let numbers = number_words();
    let units = span_units();
    Regex::new(&format!(r"(?i)\b(\d+|{numbers})\s+({units})\s*$")).expect("valid regex")
});

/// Where the span that ends right where `before` ends starts, and its days, if there is
/// one: months counted roughly, as the event they run back from has no day yet.
fn span_ahead(before: &str) -> Option<(usize, i64)> {
    let m = SPAN_AHEAD.captures(before)?;
    let n = number(&fold(&m[1]))?;
    let unit = span_unit(&m[2])?;
    Some((m.get(0).expect("match").start(), span_days(n, unit, None).0))
}

/// "in advance of the European Council", "before the spring European Council": group 1 the
/// meeting's name.
static BEFORE_EUROPEAN_COUNCIL: LazyLock<Regex> = LazyLock::new(|| {
    let before = any_of(table::BEFORE_EVENT_WORDS);
    Regex::new(&format!(
        r"(?i)\b(?:{before})\s+the\s+((?:(?:next|spring|summer|autumn|winter|\w+ary|march|april|may|june|july|august|\w+ber)\s+)?(?-i:European\s+Council))\b(?:\s+meeting)?"
    ))
    .expect("valid regex")
});

/// "to assent to bills which have been tabled three months before the summit": a time in a
/// relative clause says when the thing it qualifies was done, not when the act is due.
fn in_relative_clause(before: &str) -> bool {
    RELATIVE_DONE.is_match(before)
}

static RELATIVE_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:which|that)\s+(?:have|has|had)\s+been\s+\w+\b[^;,]*$")
        .expect("valid regex")
});

/// "prior to the village elections": any event the text does not date.
fn prior_to(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in PRIOR_TO.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "prior to the elections in May 2037" is read with its date above.
        if DATE.is_match(&m[1])
            || HELD_IN.is_match(&text[whole.end()..])
            || in_relative_clause(&text[..whole.start()])
        {
            continue;
        }
        if let Some(name) = event_name(&m[1]) {
            out.push((
                whole.start(),
                Found::BeforeUndated { name },
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "two weeks before sending it to the Board": a span before an act the text
/// does not date is due at that act.
fn spans_before_act(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    SPAN_BEFORE_ACT
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            let name = m[1].trim().to_string();
            (
                whole.start(),
                Found::BeforeUndated { name },
                whole.as_str().to_string(),
            )
        })
        .collect()
}

/// "to fulfil their duties before submitting new nominations": an act the text does not
/// date, which the request must come before.
fn before_act(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    BEFORE_ACT
        .captures_iter(text)
        .filter(|m| {
            let whole = m.get(0).expect("match");
            // "two weeks before sending it": a span before the act is read above.
            !SPAN_BEFORE_ACT.is_match(&text[whole.start().saturating_sub(40)..whole.end()])
                && !in_relative_clause(&text[..whole.start()])
                && !fold(&m[1]).starts_with("being ")
        })
        .map(|m| {
            let whole = m.get(0).expect("match");
            (
                whole.start(),
                Found::BeforeUndated {
                    name: m[1].trim().to_string(),
                },
                whole.as_str().to_string(),
            )
        })
        .collect()
}

/// "when the resumed part of the session opens", "no later than at the start of the main
/// part of the session".
fn part_opens(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    let Some(m) = PART_OPENS.captures(text) else {
        return Vec::new();
    };
    let whole = m.get(0).expect("match");
    let part = m.get(1).or_else(|| m.get(2)).expect("one of the two");
    let name = part
        .as_str()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    vec![(
        whole.start(),
        Found::BeforeUndated { name },
        whole.as_str().to_string(),
    )]
}

/// "by mid-2025", "in the first half of 2025": due around the last day of that period.
fn periods(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in PERIOD.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(end) = period_end(&m) else { continue };
        // "by late 2027", "by early 2027": a part of a year after a word of deadline.
        let part_of_year = m
            .get(4)
            .is_some_and(|s| matches!(fold(s.as_str()).as_str(), "late" | "early"));
        let lead = fold(whole.as_str());
        if part_of_year
            && !table::BY_WORDS
                .iter()
                .any(|w| lead.starts_with(&format!("{w} ")))
        {
            continue;
        }
        if adopted.is_some_and(|a| end < a) {
            continue;
        }
        out.push((
            whole.start(),
            Found::Around(Fuzzy::Day(end)),
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "within the timeframe of the First Orchard Plan (2038-2040)", "within the lifetime of
/// the plan 2038–2040": a plan's span of years that the act is to be done within.
static WITHIN_PLAN_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bwithin\s+the\s+(?:time\s*frame|timeframe|time-frame|lifetime|life|duration|period)\s+of\s+[^().;:]{0,80}?\(?\s*(?:19|20|21)\d{2}\s*[-–—/]\s*((?:19|20|21)\d{2})\s*\)?")
        .expect("valid regex")
});

/// A plan's span the act is to be done within ends in its last year: the year is the
/// deadline (the span's years alone name the plan, `YEAR_SPAN_END`).
fn within_plan_spans(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in WITHIN_PLAN_SPAN.captures_iter(text) {
        out.extend(year_due(&m, adopted));
    }
    out
}

/// "in his second 90-day report", "the third 60-day report": one of the reports a text asks
/// every N days, due when that many periods from adoption have passed. Group 1 the
/// report's rank, group 2 its period's count.
static COUNTED_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    let numbers = number_words();
    Regex::new(&format!(
        r"(?i)\b([a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th))\s+(\d+|{numbers})[-\s]day\s+(?:progress\s+)?report\b"
    ))
    .expect("valid regex")
});

/// The rank-th report of a cycle of N days is due rank × N days after adoption.
fn counted_reports(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in COUNTED_REPORT.captures_iter(text) {
        let (Some(rank), Some(period)) = (ordinal(&fold(&m[1])), number(&fold(&m[2]))) else {
            continue;
        };
        let whole = m.get(0).expect("match");
        let days = i64::from(rank) * i64::from(period);
        out.push((
            whole.start(),
            Found::Within { days, exact: true },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "by early July": that part of the next such month after adoption.
fn parts_of_month(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in PART_OF_MONTH.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(end) = part_of_month_end(&m, adopted) else {
            continue;
        };
        if adopted.is_some_and(|a| end < a) {
            continue;
        }
        out.push((
            whole.start(),
            Found::Around(Fuzzy::Day(end)),
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "by 31 August" with no year: the next such day after adoption.
fn yearless_dates(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = yearless_after(&YEARLESS, text, adopted);
    // "agreed to reconvene May 26 in Washington": the day a meeting the body sets meets.
    out.extend(yearless_after(&MEETS_ON, text, adopted));
    // "to hold its seed days from the morning of 9 May to 11 May": its first day. Not
    // "a report on the last year, from 1 July to 30 June": a span that ends
    // before it starts in the calendar runs over a year's end, a twelve-month period (a
    // reporting or fiscal year), no meeting's days.
    let over_years_end: Vec<usize> = FROM_RANGE
        .captures_iter(text)
        .filter(|m| {
            let day_month = |d: usize, n: usize| {
                let name = fold(&m[n]);
                let month = table::MONTHS.iter().find(|(x, _)| *x == name).map(|x| x.1);
                (month, m[d].parse::<u8>().ok())
            };
            day_month(3, 4) < day_month(1, 2)
        })
        .map(|m| m.get(0).expect("match").start())
        .collect();
    out.extend(
        yearless_after(&FROM_RANGE, text, adopted)
            .into_iter()
            .filter(|(at, _, _)| !over_years_end.contains(at)),
    );
    // "that it will hold a seed summit on 3 June": the meeting's day.
    out.extend(yearless_after(&CONVENE_ON, text, adopted));
    // "to settle it at a forthcoming meeting of the users on 14 September": the day of the
    // meeting the act is to take place at.
    out.extend(yearless_after(&AT_MEETING_ON, text, adopted));
    out
}

/// "at a forthcoming meeting of the canal users on 14 September", "at the next session on
/// 3 May": a meeting to come (one the text calls so, or any "a" meeting) that an act is to
/// take place at, dated by a day with no year. Not "the decisions taken at the meeting on
/// 3 May", a meeting gone by.
static AT_MEETING_ON: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    let coming = any_of(table::MEETING_AHEAD_WORDS);
    let meetings = any_of(table::SESSION_WORDS);
    Regex::new(&format!(
        r"(?i)\b(?:at|during|to)\s+(?:an?\s+(?:(?:{coming})\s+)?|(?:the|its|their)\s+(?:{coming})\s+)(?:[\w-]+\s+){{0,2}}?(?:{meetings})\b(?:\s+(?:of|between|with|for)\s+[^,;:.]{{1,80}}?)?\s+on\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})\b"
    ))
    .expect("valid regex")
});

/// "convene a summit on 3 June", "hold a debate on 3 May": a meeting the
/// body sets, on a day with no year.
static CONVENE_ON: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:convene|hold)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,4}}?(?:meeting|summit|session|conference|dialogue|debate)\s+on\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})\b"
    ))
    .expect("valid regex")
});

/// "from 19 July to 21 July", "from the afternoon of 19 July through the morning of 22
/// July": a span of days with no year, which starts on its first.
static FROM_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    let part = r"(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?";
    Regex::new(&format!(
        r"(?i)\bfrom\s+{part}(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})\s+(?:to|until|till|through|-|–)\s+{part}(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})\b"
    ))
    .expect("valid regex")
});

/// The dates `re` finds (a day, then a month) with no year: "by 15 May", and "by May 15"
/// in the American order.
fn yearless_after(re: &Regex, text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in re.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "by May" only capitalised: "may" is a modal too.
        let named = m[2].starts_with(char::is_uppercase);
        let after = &text[whole.end()..];
        // "by May 15" (no year after the day): the day follows the month.
        // "no later than Aug. 3": an abbreviated month keeps its full stop before the day;
        // a full name's full stop ends the sentence ("by August. 3 members ...").
        let abbreviated = m[2].chars().count() <= 4;
        let day_after = DAY_AFTER
            .captures(after)
            .filter(|d| d.get(2).is_none())
            .filter(|_| abbreviated || !after.starts_with('.'))
            .and_then(|d| d.get(1));
        // A month alone ("by August") is MONTH_ALONE's, below.
        let dated = m.get(1).is_some() || day_after.is_some();
        let year_after = day_after.is_none() && YEAR_AFTER.is_match(after);
        let (Some(a), false, true, true) = (adopted, year_after, named, dated) else {
            continue;
        };
        let strict = table::STRICT_BY_WORDS
            .iter()
            .any(|w| fold(whole.as_str()).starts_with(w));
        let end = day_after.map_or(whole.end(), |d| whole.end() + d.end());
        let day = m.get(1).or(day_after).map(|d| d.as_str());
        if let Some(date) = yearless(day, &m[2], a) {
            let date = match date {
                Fuzzy::Day(_) if strict => day_before(date).unwrap_or(date),
                _ => date,
            };
            out.push((
                whole.start(),
                Found::On(date),
                text[whole.start()..end].to_string(),
            ));
        }
    }
    out
}

/// " 15" after a month, and a year after it if any (", 1995").
static DAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(\s*,?\s*\d{4})?").expect("valid regex")
});

/// "(agreed to) reconvene (on) May 26", "meet again on 4 June": a meeting's own day.
static MEETS_ON: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:reconvene|meet\s+again|convene\s+again)\s+(?:on\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({m})\b"
    ))
    .expect("valid regex")
});

/// "by October": the next October from the adoption on, the month as "by October 2036"
/// reads (the annotations' "by August 2024" is the month).
fn months_alone(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in MONTH_ALONE.captures_iter(text) {
        if m.get(3).is_some() {
            continue;
        }
        let (Some(a), Some(&(_, month))) = (
            adopted,
            table::MONTHS.iter().find(|(n, _)| *n == fold(&m[2])),
        ) else {
            continue;
        };
        // "in October" names a month ahead in the year of adoption; a month gone by is a
        // fact of the past ("the attacks in March").
        if m.get(1).is_some() && month <= a.month() {
            continue;
        }
        let year = a.year() + i16::from(month < a.month());
        let whole = m.get(0).expect("match");
        let phrase = whole.as_str().trim_end();
        out.push((
            whole.start(),
            Found::Around(Fuzzy::Month { year, month }),
            phrase.to_string(),
        ));
    }
    out
}

/// "by the end of the current year": the last day of the year of adoption.
fn end_of_year(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    // "before the end of the calendar year 2037": the last day of the year it names (of a
    // biennium, its last year's).
    if let Some(c) = END_OF_CALENDAR_YEAR.captures(text)
        && let Ok(year) = c[1].parse::<i16>()
        && let Ok(end) = Date::new(year, 12, 31)
    {
        let m = c.get(0).expect("match");
        return vec![(
            m.start(),
            Found::On(Fuzzy::Day(end)),
            m.as_str().to_string(),
        )];
    }
    let (Some(m), Some(a)) = (END_OF_YEAR.find(text), adopted) else {
        return Vec::new();
    };
    let end = Date::new(a.year(), 12, 31).expect("a valid year");
    vec![(
        m.start(),
        Found::Around(Fuzzy::Day(end)),
        m.as_str().to_string(),
    )]
}

/// "within 90 days", "no later than six months after adoption": days after adoption;
/// "within seven days of that notification": days after an act the text does not date.
fn within_spans(text: &str, adopted: Option<Date>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in WITHIN.captures_iter(text) {
        // "within six months of the entry into force": after another event than adoption.
        let after = &text[m.get(0).expect("match").end()..];
        // "within 18 months from 15 September 2030": a span from a day the text gives.
        if let Some(candidate) = span_from_day(&m, after) {
            out.push(candidate);
            continue;
        }
        let act = AFTER_ACT
            .captures(after)
            .and_then(|a| a.get(1).or(a.get(2)).or(a.get(3)))
            .map(|n| n.as_str().to_lowercase());
        if act.is_none()
            && !OWN_ISSUE.is_match(after)
            && OTHER_ANCHOR
                .captures(after)
                .is_some_and(|a| !table::ADOPTION_WORDS.contains(&fold(&a[1]).as_str()))
        {
            continue;
        }
        // "to act if in three months they still refuse": a condition's time, no deadline.
        if CONDITION_BEFORE.is_match(&text[..m.get(0).expect("match").start()]) {
            continue;
        }
        // "not later than 45 days after the team's appointment": counted from an act the
        // text does not date; from anything else (a day, another event) it is not this
        // reading's.
        if m.get(9).is_some() && act.is_none() {
            continue;
        }
        let Some((count, unit_word)) = [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]
            .into_iter()
            .find_map(|(c, u)| Some((m.get(c)?.as_str(), m.get(u)?.as_str())))
        else {
            continue;
        };
        let Some(n) = number(&fold(count)) else {
            continue;
        };
        let unit = span_unit(unit_word).unwrap_or(SpanUnit::Days);
        let weekdays = table::WORKING_DAY_UNITS.contains(&fold(unit_word).as_str());
        let (days, exact) = if weekdays {
            working_days(n, adopted)
        } else if fold(unit_word) == "hours" {
            (i64::from(n.div_ceil(24)), true)
        } else {
            span_days(n, unit, adopted)
        };
        let whole = m.get(0).expect("match");
        let found = match act {
            Some(name) => Found::AfterUndated { name, days },
            None => Found::Within { days, exact },
        };
        out.push((whole.start(), found, whole.as_str().to_string()));
    }
    out
}

/// "Decides, in the event of a breach, to meet again": the happening set off before the
/// action ("to meet again") that starts at `at` in `text`, and its words.
pub fn meeting_upon_before(text: &str, at: usize) -> Option<(Found, String)> {
    meetings_upon(text, None)
        .into_iter()
        .find(|(start, _, phrase)| *start < at && start + phrase.len() > at)
        .map(|(_, found, phrase)| (found, phrase))
}

/// "to meet upon receipt of a notice", "in the event of a breach, to reconvene": the
/// meeting is held at that act, which the text does not date.
fn meetings_upon(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    MEET_UPON
        .captures_iter(text)
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let name = match (m.get(1), m.get(2)) {
                (Some(what), _) => format!("receipt of the {}", what.as_str()),
                (_, Some(happening)) => happening.as_str().to_string(),
                _ => return None,
            };
            Some((
                whole.start(),
                Found::AfterUndated { name, days: 0 },
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "to inform Y immediately upon taking action": due at that act, which the text does not
/// date.
fn told_upon(text: &str, _adopted: Option<Date>) -> Vec<Candidate> {
    TELL_UPON
        .captures_iter(text)
        .map(|m| {
            let whole = m.get(0).expect("match");
            let act = m.get(1).expect("group");
            (
                act.start(),
                Found::AfterUndated {
                    name: act.as_str().to_lowercase(),
                    days: 0,
                },
                text[act.start()..whole.end()].to_string(),
            )
        })
        .collect()
}

/// "to report to the General Assembly at its eighty-first session" in another body's text:
/// the session is that of the body with numbered yearly sessions the clause names just
/// before it.
fn yearly_body_before(before: &str) -> Option<String> {
    let clause = before.rsplit([';', '.']).next().unwrap_or(before);
    let tail: String = clause
        .chars()
        .rev()
        .take(80)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let folded = fold(&tail);
    table::YEARLY_SESSIONS
        .iter()
        .find(|(name, _, _)| folded.contains(name))
        .map(|(name, _, _)| {
            name.split(' ')
                .map(super::actor::capitalise)
                .collect::<Vec<_>>()
                .join(" ")
        })
}

/// "the Human Rights Council " right before "at its ...": a named body.
static BODY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\w'’-])((?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*(?-i:[A-Z])[\w'’-]*)*)\s*,?\s*$")
        .expect("valid regex")
});

/// A body without yearly numbered sessions named right before a session.
/// "to the Human Rights Council at its sixty-second session": the body whose session it
/// is, named right before it (a name of two words or more ending in a body's noun).
fn body_named_before(before: &str, session: &str) -> Option<String> {
    let m = BODY_BEFORE.captures(before)?;
    let name = m[1].trim();
    // "to the Commission at its ninth session": a body named by its noun alone (the text's
    // own body's noun is read as that body when the session is dated).
    let noun_alone = !name.contains(' ')
        && table::SESSION_BODY_NOUNS.contains(&fold(name).as_str())
        && fold(before.trim_end().trim_end_matches(',')).ends_with(&format!("the {}", fold(name)))
        && fold(session).split_whitespace().any(|w| w == "its");
    (is_body_name(name) || noun_alone).then(|| name.to_string())
}

/// Whether a name in capitals is a body that meets in sessions, not a person there.
pub(crate) fn is_body_name(name: &str) -> bool {
    let last = fold(name.rsplit(' ').next().unwrap_or(""));
    // "the President of the Board at the fourth session" is a person there, not the body.
    let first = fold(name.split(' ').next().unwrap_or(""));
    let person = table::PERSON_HEADS.contains(&first.as_str());
    // "the Commission on Orchard Health at its", "the Conference of the Parties at its":
    // a body's name may end in what it is on or of; its head noun comes before that.
    let head_is_body = name
        .split(' ')
        .map(fold)
        .take_while(|w| !matches!(w.as_str(), "of" | "on" | "for"))
        .any(|w| table::SESSION_BODY_NOUNS.contains(&w.as_str()));
    let body = table::SESSION_BODY_NOUNS.contains(&last.as_str()) || head_is_body;
    name.contains(' ') && !person && body
}

fn other_body_before(before: &str) -> bool {
    BODY_BEFORE.captures(before).is_some_and(|m| {
        let name = fold(&m[1]);
        name.contains(' ')
            && !table::YEARLY_SESSIONS
                .iter()
                .any(|(body, _, _)| name.contains(body))
    })
}

/// "the General Assembly at its", "the Assembly at its": the body with yearly numbered
/// sessions is named right before.
fn yearly_body_named(before: &str) -> bool {
    BODY_BEFORE.captures(before).is_some_and(|m| {
        let name = fold(&m[1]);
        name == "assembly"
            || table::YEARLY_SESSIONS
                .iter()
                .any(|(body, _, _)| name.ends_with(body))
    })
}

/// "in 2026", "in June 2026", "(2036)", "(November 2016)" right after a meeting's name.
static HELD_IN: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)^\s+(?:(?:in|on)\s+((?:(?:{m})\s+)?(?:19|20|21)\d{{2}})\b|\(\s*((?:(?:{m})\s+)?(?:19|20|21)\d{{2}})\s*\))"
    ))
    .expect("valid regex")
});

/// "2026" → that year; "february 2026" → that month.
fn held_on(which: &str) -> Option<Fuzzy> {
    let (month, year) = match which.rsplit_once(' ') {
        Some((m, y)) => (
            table::MONTHS.iter().find(|(n, _)| *n == m).map(|(_, k)| *k),
            y,
        ),
        None => (None, which),
    };
    if year.len() != 4 {
        return None;
    }
    let year: i16 = year.parse().ok()?;
    Some(match month {
        Some(month) => Fuzzy::Month { year, month },
        None => Fuzzy::Year(year),
    })
}

/// "session" as written in lowercase; "Islamic Summit" keeps its capitals.
fn named(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.contains(' ') { s } else { fold(&s) }
}

/// The day, month or year a date match names.
fn fuzzy(m: &regex::Captures<'_>) -> Option<Fuzzy> {
    let month = |g: usize| {
        let name = fold(m.get(g)?.as_str());
        table::MONTHS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, k)| *k)
    };
    let num = |g: usize| m.get(g).and_then(|x| x.as_str().parse::<i32>().ok());
    let day = |y: i32, mo: i8, d: i32| {
        Date::new(i16::try_from(y).ok()?, mo, i8::try_from(d).ok()?)
            .ok()
            .map(Fuzzy::Day)
    };
    if let (Some(d), Some(mo), Some(y)) = (num(1), month(2), num(3)) {
        return day(y, mo, d);
    }
    if let (Some(mo), Some(d), Some(y)) = (month(4), num(5), num(6)) {
        return day(y, mo, d);
    }
    if let (Some(mo), Some(y)) = (month(7), num(8)) {
        return Some(Fuzzy::Month {
            year: i16::try_from(y).ok()?,
            month: mo,
        });
    }
    if let (Some(y), Some(mo), Some(d)) = (num(9), num(10), num(11)) {
        return day(y, i8::try_from(mo).ok()?, d);
    }
    num(12).and_then(|y| i16::try_from(y).ok()).map(Fuzzy::Year)
}

/// Whether the words before a date make it a deadline; returns where the phrase starts.
fn introduced(before: &str, date: Fuzzy) -> Option<(usize, Found)> {
    if let Some(found) = before_event(before, date) {
        return Some(found);
    }
    if let Some(m) = BY_WORD.captures(before) {
        return by_date(before, &m, date);
    }
    let m = IN_WORD.captures(before)?;
    in_or_on_date(before, &m, date)
}

/// "before the <event> of D": due before that event, unless it is an end ("before the end
/// of D"), which the by-words read.
fn before_event(before: &str, date: Fuzzy) -> Option<(usize, Found)> {
    let m = BEFORE_EVENT.captures(before)?;
    let name = m[1].trim().to_string();
    let lower = fold(&name);
    if lower.starts_with("end of") || lower.starts_with("the end") {
        return None;
    }
    let start = m.get(0).expect("match").start();
    Some((start, Found::BeforeEvent { name, date }))
}

/// "by D", "no later than D", "by the end of D".
fn by_date(before: &str, m: &regex::Captures<'_>, date: Fuzzy) -> Option<(usize, Found)> {
    let start = m.get(0).expect("match").start();
    // "taking into account views submitted by Parties before 30 June 2036": when others
    // send in what the request works from, not when the request is due.
    if SENT_IN_BY_OTHERS
        .captures(&before[..start])
        .is_some_and(|c| !table::AUXILIARY_WORDS.contains(&fold(&c[1]).as_str()))
    {
        return None;
    }
    let end_of = m.get(2).is_some();
    let by = fold(&m[1]).split_whitespace().collect::<Vec<_>>().join(" ");
    let strict = table::STRICT_BY_WORDS.contains(&by.as_str());
    let due = match (end_of, strict) {
        (true, _) => last_day(date),
        (false, true) => day_before(date).unwrap_or(date),
        (false, false) => date,
    };
    Some((start, Found::On(due)))
}

/// "in D", "on D", "for D": due then, unless the words before make the date something else
/// (a year a thing covers, a term's end, an occasion or a past meeting).
fn in_or_on_date(before: &str, m: &regex::Captures<'_>, date: Fuzzy) -> Option<(usize, Found)> {
    let start = m.get(0).expect("match").start();
    let earlier = fold(before[..start].trim_end());
    // "the scale of assessments for 2037", "the budget for 2037": a year a thing covers;
    // "scheduled / planned for 2037" still dates it.
    if fold(&m[1]) == "for"
        && matches!(date, Fuzzy::Year(_))
        && !table::FOR_YEAR_WORDS
            .iter()
            .any(|w| ends_with_word(&earlier, w))
    {
        return None;
    }
    let precise_enough = fold(&m[1]) != "on" || matches!(date, Fuzzy::Day(_));
    // "for a new period terminating on 15 February 2037": a mandate's term ends then, as
    // with "until", which is no deadline.
    if table::TERM_END_WORDS
        .iter()
        .any(|w| ends_with_word(&earlier, w))
    {
        return None;
    }
    // "building on proposals made by X in the Committee meeting in March 2037": the date
    // of the meeting where something was done, not a deadline.
    let done_at_meeting = DONE_AT_MEETING.is_match(&earlier);
    (precise_enough && !past_occasion(&earlier, date) && !done_at_meeting)
        .then_some((start, Found::On(date)))
}

/// Whether the words before a date make it when an occasion falls or fell, not a deadline.
fn past_occasion(earlier: &str, date: Fuzzy) -> bool {
    // "as the anniversary approaches in 2037": when an occasion falls, not a deadline.
    // "the meeting held on 2 May 2024" is past; "a summit, to be held on 22 and 23 May
    // 2037" is to come, and due on its first day.
    // A year ("an event, to be held in 2026, ... and to report at its next session") only
    // places the event: the day of one is when it is due.
    let to_come = matches!(date, Fuzzy::Day(_))
        && [
            "to be held",
            "will be held",
            "shall be held",
            "would be held",
        ]
        .iter()
        .any(|p| ends_with_word(earlier, p))
        // "no later than its ninth meeting, which will be held in 2037": a relative clause
        // dating the meeting the task is due at, whatever the date's precision.
        || MEETING_TO_BE_HELD.is_match(earlier);
    // "to consider the proposals as from its ninth session in 2010": the year of the
    // meeting a task starts from, a start as "from 2010" is, no latest.
    (!to_come
        && table::PAST_MARKERS
            .iter()
            .chain(table::OCCASION_VERBS)
            .any(|p| ends_with_word(earlier, p)))
        || FROM_MEETING_IN.is_match(earlier)
}

/// "no later than its ninth meeting, which will be held" (before "in <the year>"): a meeting
/// to come, dated by the relative clause after it.
static MEETING_TO_BE_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:meeting|session)\s*,?\s+which\s+(?:will|shall|is\s+to)\s+be\s+held\s*$")
        .expect("valid regex")
});

/// "(as) from its ninth session" (before "in <the year>"): a start at a meeting.
static FROM_MEETING_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bfrom\s+(?:its|the|their)\s+[\w-]+\s+(?:regular\s+|ordinary\s+)?(?:session|meeting)(?:\s+(?:in|of))?\s*$")
        .expect("valid regex")
});

/// "views submitted by Parties and observers", "the comments received from growers" at a
/// "by" word's left: a thing others send in, named by its past participle (group 1 the word
/// before it, which is no auxiliary: "that the lists are sent in by growers by D" asks it).
static SENT_IN_BY_OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\w+)\s+(?:submitted|sent(?:\s+in)?|received|provided|transmitted|communicated)(?:\s+(?:by|from)\s+[^,;:.()]{1,60}?)?\s*$")
        .expect("valid regex")
});

static DONE_AT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:made|held|adopted|presented|submitted|expressed|reached|taken|agreed)\s+(?:by\s+[^,;.]{1,40}?\s+)?(?:in|at|during)\s+(?:the|its|their)\s+[^,;.]{0,80}?(?:meeting|session|summit|conference)$")
        .expect("valid regex")
});

/// "by 2037", "no later than June 2037": a date a "by" word sets.
fn phrase_is_by(phrase: &str) -> bool {
    let lower = fold(phrase);
    table::BY_WORDS
        .iter()
        .any(|w| lower.starts_with(&format!("{w} ")))
}

fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
}

/// "before 15 April 2025" is due on 14 April; "before June 2025", on 31 May.
fn day_before(f: Fuzzy) -> Option<Fuzzy> {
    f.first_day().yesterday().ok().map(Fuzzy::Day)
}

/// "by the end of June 2025" is the last day of June.
fn last_day(f: Fuzzy) -> Fuzzy {
    Fuzzy::Day(f.last_day())
}

/// Days from the adoption day to its Nth weekday after it; without the day, five weekdays
/// to the week (not exact).
fn working_days(n: u32, adopted: Option<Date>) -> (i64, bool) {
    let Some(start) = adopted else {
        return ((i64::from(n) * 7 + 4) / 5, false);
    };
    let mut day = start;
    let mut left = n;
    while left > 0 {
        day = day.tomorrow().expect("a day within the calendar");
        if !matches!(
            day.weekday(),
            jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
        ) {
            left -= 1;
        }
    }
    (days_between(start, day), true)
}

/// The recurrence a text names, if any.
fn recurring(text: &str) -> Option<String> {
    // A period ("annually", "every 90 days", "once a month"): the words `recur` reads it by.
    if let Some(every) = crate::recur::every(text) {
        return Some(every.phrase);
    }
    // "regularly", "periodically": a recurrence that names no period.
    let lower = fold(text);
    table::RECURRING_UNTIMED
        .iter()
        .find(|(phrase, _)| {
            lower.match_indices(*phrase).any(|(i, _)| {
                let before_ok = lower[..i]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after_ok = lower[i + phrase.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                before_ok && after_ok
            })
        })
        .map(|(_, label)| label.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn found(text: &str) -> Option<Found> {
        parse(text, Some(day("2023-07-31"))).found
    }

    #[test]
    fn a_meeting_over_days_and_the_course_of_a_year() {
        let a = Some(day("2024-12-10"));
        assert_eq!(
            parse(
                "to convene the Meeting in New York from 23 to 27 June 2025",
                a
            )
            .found,
            Some(Found::On(Fuzzy::Day(day("2025-06-23"))))
        );
        assert_eq!(
            parse("held its session from 18 to 20 May 2024", a).found,
            None
        );
        assert_eq!(
            parse("to convene a summit, to be held on 22 and 23 June 2025", a).found,
            Some(Found::On(Fuzzy::Day(day("2025-06-22"))))
        );
        assert_eq!(
            parse("to implement the measures in the course of 2025", a).found,
            Some(Found::On(Fuzzy::Year(2025)))
        );
    }

    /// A span after entry into force is no deadline; one after an act the text does not
    /// date (a notice's receipt) is due at that act, as the French "dans les 30 jours de la
    /// notification" is.
    #[test]
    fn a_span_after_another_event_is_no_deadline() {
        let a = Some(day("2025-01-01"));
        assert_eq!(
            parse(
                "within six months of the entry into force of this Agreement",
                a
            )
            .found,
            None
        );
        assert_eq!(
            parse("within 30 days of receipt of the request", a).found,
            Some(Found::AfterUndated {
                name: "receipt".to_string(),
                days: 30
            })
        );
        assert_eq!(
            parse("within 60 days of the adoption of this resolution", a).found,
            Some(Found::Within {
                days: 60,
                exact: true
            })
        );
        assert_eq!(
            parse("within 60 days of its adoption", a).found,
            Some(Found::Within {
                days: 60,
                exact: true
            })
        );
    }

    #[test]
    fn a_number_in_words_and_figures() {
        let d = parse("to report within thirty (30) days", Some(day("2025-01-01")));
        assert_eq!(
            d.found,
            Some(Found::Within {
                days: 30,
                exact: true
            })
        );
    }

    #[test]
    fn no_later_than_a_span_after_adoption() {
        let d = parse(
            "to end it no later than 12 months from the adoption of the present resolution",
            Some(day("2024-09-18")),
        );
        assert_eq!(
            d.found,
            Some(Found::Within {
                days: 365,
                exact: true
            })
        );
    }

    #[test]
    fn a_month_without_its_year_or_with_of() {
        let a = Some(day("2024-02-01"));
        let on = |t: &str| parse(t, a).found;
        assert_eq!(
            on("report by August of 2024"),
            Some(Found::On(Fuzzy::Month {
                year: 2024,
                month: 8
            }))
        );
        // The month, as "by August 2024" reads.
        assert_eq!(
            on("report by August"),
            Some(Found::Around(Fuzzy::Month {
                year: 2024,
                month: 8
            }))
        );
        assert_eq!(
            on("report by 5 January"),
            Some(Found::On(Fuzzy::Day(day("2025-01-05"))))
        );
        assert_eq!(
            on("report before 1 March"),
            Some(Found::On(Fuzzy::Day(day("2024-02-29"))))
        );
        assert_eq!(
            on("report by end-August 2024"),
            Some(Found::Around(Fuzzy::Day(day("2024-08-31"))))
        );
    }

    #[test]
    fn before_a_date_is_due_the_day_before() {
        assert_eq!(
            found("to announce contributions before 15 April 2025"),
            Some(Found::On(Fuzzy::Day(day("2025-04-14"))))
        );
        assert_eq!(
            found("prior to June 2025"),
            Some(Found::On(Fuzzy::Day(day("2025-05-31"))))
        );
        assert_eq!(
            found("before the end of June 2025"),
            Some(Found::On(Fuzzy::Day(day("2025-06-30"))))
        );
    }

    #[test]
    fn days_months_and_years() {
        assert_eq!(
            found("to report by 31 December 2024"),
            Some(Found::On(Fuzzy::Day(day("2024-12-31"))))
        );
        assert_eq!(
            found("to report by December 31, 2024,"),
            Some(Found::On(Fuzzy::Day(day("2024-12-31"))))
        );
        assert_eq!(
            found("no later than June 2025"),
            Some(Found::On(Fuzzy::Month {
                year: 2025,
                month: 6
            }))
        );
        assert_eq!(
            found("to convene a meeting in December 2023"),
            Some(Found::On(Fuzzy::Month {
                year: 2023,
                month: 12
            }))
        );
        assert_eq!(
            found("to end poverty by 2030"),
            Some(Found::On(Fuzzy::Year(2030)))
        );
        assert_eq!(
            found("by the end of 2024"),
            Some(Found::On(Fuzzy::Day(day("2024-12-31"))))
        );
        assert_eq!(
            found("by the end of June 2025"),
            Some(Found::On(Fuzzy::Day(day("2025-06-30"))))
        );
    }

    #[test]
    fn past_dates_and_references_are_not_deadlines() {
        assert_eq!(found("the Plan adopted in 2019"), None);
        assert_eq!(found("resolution 2334 of 23 December 2016"), None);
        assert_eq!(found("the attack of 20 July 2023"), None);
        assert_eq!(found("the meeting held in March 2024 in Doha"), None);
    }

    #[test]
    fn before_a_meeting_in_a_month() {
        assert_eq!(
            found(
                "to the next Ministerial preparatory meeting before the OIC Summit in December 2023."
            ),
            Some(Found::BeforeEvent {
                name: "OIC Summit".into(),
                date: Fuzzy::Month {
                    year: 2023,
                    month: 12
                }
            })
        );
    }

    #[test]
    fn dates_in_figures_relative_years_and_spans() {
        assert!(matches!(
            found("to finalize it within a period not exceeding three months"),
            Some(Found::Within { .. })
        ));
        assert_eq!(
            spelled_out("by 30/06/2025 or 31.12.2025, not 45/13/2025", None),
            "by 30 June 2025 or 31 December 2025, not 45/13/2025"
        );
        assert_eq!(
            spelled_out(
                "by the end of next year and in this year",
                Some("2024-11-10".parse().unwrap())
            ),
            "by the end of 2025 and in 2024"
        );
        assert_eq!(
            found("to implement the strategy for 2025–2030 with care"),
            None
        );
    }

    #[test]
    fn sessions_by_ordinal_or_as_the_next() {
        assert!(matches!(
            found(
                "to conduct a survey before the convening of the Fifty-second Session of the Council"
            ),
            Some(Found::Session { .. })
        ));
        assert_eq!(
            found("to report on its work to the next Council of Foreign Ministers;"),
            Some(Found::Session {
                held: None,
                ordinal: None,
                of: None,
                word: "Council of Foreign Ministers".into()
            })
        );
        // The body by its noun alone: the builder reads it as the text's own body when
        // that body's name ends so.
        assert_eq!(
            found("to report to the Council at its next session on progress"),
            Some(Found::Session {
                held: None,
                ordinal: None,
                of: Some("Council".into()),
                word: "session".into()
            })
        );
        assert_eq!(
            found("to report at its eighty-first session."),
            Some(Found::Session {
                held: None,
                ordinal: Some(81),
                of: None,
                word: "session".into()
            })
        );
        assert_eq!(
            found("to the 51st session of the Council of Foreign Ministers."),
            Some(Found::Session {
                held: None,
                ordinal: Some(51),
                of: Some("Council of Foreign Ministers".into()),
                word: "session".into()
            })
        );
        assert_eq!(found("at its main session"), None);
    }

    #[test]
    fn sessions_taken_part_in_or_named() {
        // Taking part in a meeting is done at it.
        assert_eq!(
            found(
                "to take part, at ministerial level, in the 7th Session of the Youth Forum to be held in Dakar;"
            ),
            Some(Found::Session {
                held: None,
                ordinal: Some(7),
                of: Some("Youth Forum".into()),
                word: "session".into()
            })
        );
        assert_eq!(found("to participate in the work of the committee"), None);
        assert_eq!(
            found("and to submit it to the next Economic and Social Summit."),
            Some(Found::Session {
                held: None,
                ordinal: None,
                of: None,
                word: "Economic and Social Summit".into()
            })
        );
        assert_eq!(
            found("to the upcoming 15th Islamic Summit in Banjul"),
            Some(Found::Session {
                held: None,
                ordinal: Some(15),
                of: None,
                word: "Islamic Summit".into()
            })
        );
    }

    #[test]
    fn sessions_the_text_dates() {
        assert_eq!(
            found("to report to the Seventy-ninth World Health Assembly in 2026."),
            Some(Found::Session {
                held: Some(Fuzzy::Year(2026)),
                ordinal: Some(79),
                of: None,
                word: "World Health Assembly".into()
            })
        );
        assert_eq!(
            found("for adoption at its February 2026 Ordinary Session;"),
            Some(Found::Session {
                held: Some(Fuzzy::Month {
                    year: 2026,
                    month: 2
                }),
                ordinal: None,
                of: None,
                word: "session".into()
            })
        );
        assert_eq!(
            found("to the Council at its 2026 session a report"),
            Some(Found::Session {
                held: Some(Fuzzy::Year(2026)),
                ordinal: None,
                of: Some("Council".into()),
                word: "session".into()
            })
        );
        // A meeting the text does not date: due before it, its date left to the reviewer.
        assert_eq!(
            found("to the next Ministerial preparatory meeting before the Summit"),
            Some(Found::BeforeUndated {
                name: "Summit".into()
            })
        );
    }

    #[test]
    fn within_a_span_after_adoption() {
        assert_eq!(
            found("within 90 days"),
            Some(Found::Within {
                days: 90,
                exact: true
            })
        );
        assert_eq!(
            found("within ninety days"),
            Some(Found::Within {
                days: 90,
                exact: true
            })
        );
        assert_eq!(
            found("within six months"),
            Some(Found::Within {
                days: 184,
                exact: true
            })
        );
        assert_eq!(
            parse("within one year", None).found,
            Some(Found::Within {
                days: 365,
                exact: false
            })
        );
    }

    #[test]
    fn the_first_deadline_wins_and_recurrence_is_noted() {
        let d = parse(
            "to report by 30 June 2025 and annually thereafter",
            Some(day("2024-01-01")),
        );
        assert_eq!(d.found, Some(Found::On(Fuzzy::Day(day("2025-06-30")))));
        assert_eq!(d.phrase, "by 30 June 2025");
        assert_eq!(d.recurring.as_deref(), Some("annually"));
        assert_eq!(
            parse("to cooperate regularly", None).recurring.as_deref(),
            Some("regularly")
        );
    }

    #[test]
    fn rough_periods_and_spans_of_recurrence() {
        assert_eq!(
            found("by mid-2025"),
            Some(Found::Around(Fuzzy::Day(day("2025-06-30"))))
        );
        assert_eq!(
            found("before the end of the first quarter of 2025"),
            Some(Found::Around(Fuzzy::Day(day("2025-03-31"))))
        );
        assert_eq!(
            found("in the first half of 2025"),
            Some(Found::Around(Fuzzy::Day(day("2025-06-30"))))
        );
        assert_eq!(
            found("during the third quarter of 2024"),
            Some(Found::Around(Fuzzy::Day(day("2024-09-30"))))
        );
        assert_eq!(
            parse("to report every 90 days", None).recurring.as_deref(),
            Some("every 90 days")
        );
        assert_eq!(
            parse("a monthly bulletin", None).recurring.as_deref(),
            Some("monthly")
        );
    }

    #[test]
    fn prior_to_an_event_with_or_without_its_date() {
        assert_eq!(
            found("to settle it prior to the village elections in May 2024"),
            Some(Found::BeforeEvent {
                name: "village elections".into(),
                date: Fuzzy::Month {
                    year: 2024,
                    month: 5
                }
            })
        );
        assert_eq!(
            found("to settle it prior to the village elections, and to report"),
            Some(Found::BeforeUndated {
                name: "village elections".into()
            })
        );
        assert_eq!(found("to settle it prior to the end of the talks"), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("eighty-first"), Some(81));
        assert_eq!(ordinal("fiftieth"), Some(50));
        assert_eq!(ordinal("51st"), Some(51));
        assert_eq!(ordinal("main"), None);
        assert_eq!(ordinal("thirty"), None);
    }
}
