//! The drafter's data: what `draft` returns and the options it takes, with no reading in
//! it. Every reading module builds these; none of them is needed to name them.

use jiff::civil::Date;

use crate::due::{Due, Fuzzy};
use crate::table::SpanUnit;

/// What the caller knows beyond the text.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--adopted`: wins over any date in the text.
    pub adopted: Option<Date>,
    /// The run's "today": the adoption day of last resort, marked for checking.
    pub today: Date,
}

/// A drafted resolution.
#[derive(Debug, Clone)]
pub struct Draft {
    pub meta: Meta,
    /// The meetings the mandates' deadlines name, each defined once.
    pub events: Vec<DraftEvent>,
    pub mandates: Vec<DraftMandate>,
}

/// A meeting a drafted deadline refers to. Every `check` is `Some(why)` where the user
/// should check the value against the text (a resolution file's `# check:` comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftEvent {
    pub id: String,
    pub name: String,
    pub date: Fuzzy,
    pub check: Option<String>,
}

/// A drafted mandate. Each `*_check` is `Some(why)` where the user should check that value
/// against the text.
#[derive(Debug, Clone)]
pub struct DraftMandate {
    /// Unique in the draft, lowercase letters, digits and `-`: `p3a-strengthen-support-national`.
    pub id: String,
    pub paragraph: Option<u32>,
    pub paragraph_check: Option<String>,
    /// Who is asked, each with its own check.
    pub actors: Vec<Actor>,
    pub summary: String,
    pub text: String,
    pub due: Option<Due>,
    /// The words that gave the deadline, as written.
    pub due_phrase: String,
    pub due_check: Option<String>,
    pub tags: Vec<String>,
    pub tags_check: Option<String>,
    /// "annually": written as a note when it names no period (`every` is `None`).
    pub recurring: Option<String>,
    /// "annually", "every 120 days", "monthly ... through 1 July 2024": the period and end
    /// of a recurring deadline; `due`, when there is one, is its first occurrence.
    pub every: Option<Every>,
}

/// The language a text is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Ar,
}

/// A value and, when the drafter guessed it, why the user should check it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guess<T> {
    pub value: T,
    pub check: Option<String>,
}

impl<T> Guess<T> {
    pub fn sure(value: T) -> Guess<T> {
        Guess { value, check: None }
    }
    pub fn unsure(value: T, why: impl Into<String>) -> Guess<T> {
        Guess {
            value,
            check: Some(why.into()),
        }
    }
}

/// The metadata of a text.
#[derive(Debug, Clone)]
pub struct Meta {
    pub title: Guess<String>,
    pub body: Guess<String>,
    pub session: Option<String>,
    pub symbol: Option<String>,
    pub adopted: Guess<Date>,
    /// The organisation actors belong to ("OIC"), for "General Secretariat".
    pub(crate) org: Option<String>,
    /// Whether `adopted` is today for want of any date in the text.
    pub(crate) adopted_is_fallback: bool,
    /// Paragraph ordinals that hold metadata only (title, header).
    pub(crate) header: Vec<usize>,
}

/// One actor as the drafter names it, and why it may need checking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
    pub check: Option<String>,
}

/// How often a mandate recurs, and up to when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Every {
    /// N of "every N units", from 1.
    pub n: u32,
    pub unit: SpanUnit,
    /// The words that gave the period, as the text folds them ("annually").
    pub phrase: String,
    /// "through 1 July 2024": no occurrence opens after this.
    pub until: Option<Fuzzy>,
    /// The words that gave `until`, as written ("through 1 July 2024").
    pub until_phrase: Option<String>,
}

impl Every {
    /// `"1 year"`, `"120 days"`: the file's `every`.
    pub fn period(&self) -> String {
        let unit = match self.unit {
            SpanUnit::Days => "day",
            SpanUnit::Weeks => "week",
            SpanUnit::Months => "month",
            SpanUnit::Years => "year",
        };
        let s = if self.n == 1 { "" } else { "s" };
        format!("{} {unit}{s}", self.n)
    }
}
