//! The deadline a draft gives, as a value: a day, month or year, or days after (or at, or
//! before) the adoption or a meeting. The program that writes the draft turns it into the
//! resolution file's `due` key. `Found` is a deadline as a text gives it, before it is
//! made a `Due`; the language readers (`deadline`, `fr`, `ar`, `newsdue`) all return it.

use std::fmt;

use jiff::civil::Date;

use crate::table::SpanUnit;

/// A day, a month or a year: how precisely a text names a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fuzzy {
    Day(Date),
    Month { year: i16, month: i8 },
    Year(i16),
}

impl Fuzzy {
    /// The first day of the period.
    pub fn first_day(self) -> Date {
        match self {
            Fuzzy::Day(d) => d,
            Fuzzy::Month { year, month } => Date::new(year, month, 1).expect("validated month"),
            Fuzzy::Year(year) => Date::new(year, 1, 1).expect("validated year"),
        }
    }

    /// The last day of the period.
    pub fn last_day(self) -> Date {
        match self {
            Fuzzy::Day(d) => d,
            Fuzzy::Month { .. } => self.first_day().last_of_month(),
            Fuzzy::Year(year) => Date::new(year, 12, 31).expect("validated year"),
        }
    }
}

/// `2025-06-30`, `2025-06`, `2025`: the forms the file format writes.
impl fmt::Display for Fuzzy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fuzzy::Day(d) => write!(f, "{d}"),
            Fuzzy::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Fuzzy::Year(y) => write!(f, "{y:04}"),
        }
    }
}

/// What a relative deadline counts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// The resolution's adoption day.
    Adoption,
    /// A meeting of the draft's `events`, by its id.
    Event(String),
}

/// A drafted mandate's deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// By this day, month or year.
    On(Fuzzy),
    /// `days` after the anchor (at it when 0, before it when negative).
    At { anchor: Anchor, days: i64 },
    /// Before the anchor.
    Before(Anchor),
}

/// Whole days from `from` to `to`.
pub(crate) fn days_between(from: Date, to: Date) -> i64 {
    from.until((jiff::Unit::Day, to))
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

/// A deadline as the text gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// "by 31 December 2024", "no later than June 2025", "in December 2023", "by 2030".
    On(Fuzzy),
    /// "before the OIC Summit in December 2023": a meeting and when it is held.
    BeforeEvent { name: String, date: Fuzzy },
    /// "at its next session", "at its eighty-first session": a meeting of unknown date.
    Session {
        /// "at its 2026 session", "its February 2026 Ordinary Session": a session named
        /// by when it is held.
        held: Option<Fuzzy>,
        ordinal: Option<u32>,
        of: Option<String>,
        word: String,
    },
    /// "prior to the high-level meeting": a meeting the text does not date.
    BeforeUndated { name: String },
    /// "by mid-2025", "in the first half of 2025": the last day of that period, which the
    /// text gives only roughly.
    Around(Fuzzy),
    /// "within 90 days": days after adoption. `exact` is false when months or years were
    /// turned into days without a known adoption day.
    Within { days: i64, exact: bool },
    /// "dans les N jours de la notification de la décision": days after an
    /// event the text does not date.
    AfterUndated { name: String, days: i64 },
}

/// A deadline the text may give: where it starts, what it is, and its words.
pub(crate) type Candidate = (usize, Found, String);

/// The year in `m`'s first group as a deadline found at `m`, unless it is before the
/// adoption's year.
pub(crate) fn year_due(m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Candidate> {
    let whole = m.get(0).expect("match");
    let year = m[1].parse::<i16>().ok()?;
    if adopted.is_some_and(|a| a.year() > year) {
        return None;
    }
    Some((
        whole.start(),
        Found::On(Fuzzy::Year(year)),
        whole.as_str().to_string(),
    ))
}

/// Days in N units after adoption: exact from the adoption day when it is known.
pub(crate) fn span_days(n: u32, unit: SpanUnit, adopted: Option<Date>) -> (i64, bool) {
    let n = i64::from(n);
    match unit {
        SpanUnit::Days => (n, true),
        SpanUnit::Weeks => (7 * n, true),
        SpanUnit::Months | SpanUnit::Years => {
            let months = if unit == SpanUnit::Years { 12 * n } else { n };
            let exact = adopted.and_then(|a| {
                let later = a
                    .checked_add(jiff::Span::new().try_months(months).ok()?)
                    .ok()?;
                Some(days_between(a, later))
            });
            match exact {
                Some(days) => (days, true),
                None => (
                    if unit == SpanUnit::Years {
                        365 * n
                    } else {
                        30 * n
                    },
                    false,
                ),
            }
        }
    }
}
