//! The deadline a draft gives, as a value: a day, month or year, or days after (or at, or
//! before) the adoption or a meeting. The program that writes the draft turns it into the
//! resolution file's `due` key.

use std::fmt;

use jiff::civil::Date;

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
