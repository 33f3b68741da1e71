//! The data a resolutions folder holds, once loaded and validated. No I/O here.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use jiff::civil::Date;

/// Everything loaded from one folder: the resolutions that loaded cleanly and the
/// meetings shared through `events.toml`.
#[derive(Debug, Default, Clone)]
pub struct Folder {
    /// Resolutions sorted by id, so every listing is deterministic.
    pub resolutions: Vec<Resolution>,
    /// Events from `events.toml`, in file order.
    pub events: Vec<Event>,
    /// Actors from `actors.toml` (empty when there is none).
    pub actors: Actors,
}

impl Folder {
    /// Every mandate with its resolution, in resolution order then file order.
    pub fn mandates(&self) -> impl Iterator<Item = (&Resolution, &Mandate)> {
        self.resolutions
            .iter()
            .flat_map(|r| r.mandates.iter().map(move |m| (r, m)))
    }

    pub fn resolution(&self, id: &str) -> Option<&Resolution> {
        self.resolutions.iter().find(|r| r.id == id)
    }

    /// An event as seen from one resolution: its own `[[events]]` first, then the shared ones.
    pub fn event<'a>(&'a self, res: &'a Resolution, id: &str) -> Option<&'a Event> {
        res.events
            .iter()
            .chain(self.events.iter())
            .find(|e| e.id == id)
    }
}

/// One resolution file.
#[derive(Debug, Clone)]
pub struct Resolution {
    /// The file stem.
    pub id: String,
    /// The file, as reached from the folder the user named (for messages).
    pub path: PathBuf,
    pub title: String,
    pub body: String,
    pub session: Option<String>,
    pub adopted: Date,
    pub symbol: Option<String>,
    pub source: Option<String>,
    pub tags: Vec<String>,
    pub events: Vec<Event>,
    pub mandates: Vec<Mandate>,
}

/// One thing a resolution asks an actor to do.
#[derive(Debug, Clone)]
pub struct Mandate {
    pub id: String,
    pub paragraph: Option<Paragraph>,
    /// Never empty.
    pub actor: Vec<String>,
    pub summary: String,
    pub text: Option<String>,
    pub due: Option<Due>,
    pub state: State,
    /// Only set when `state` is `Done`, and never on a recurring mandate.
    pub done: Option<Date>,
    /// A recurring mandate's `done` list, earliest first: the k-th day completes occurrence k.
    pub done_days: Vec<Date>,
    pub tags: Vec<String>,
    pub notes: Vec<Note>,
}

/// The status as stored in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum State {
    #[default]
    Pending,
    InProgress,
    Done,
    Dropped,
}

impl State {
    pub const ALL: [State; 4] = [
        State::Pending,
        State::InProgress,
        State::Done,
        State::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::InProgress => "in-progress",
            State::Done => "done",
            State::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|st| st.as_str() == s)
    }

    pub fn is_open(self) -> bool {
        matches!(self, State::Pending | State::InProgress)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A dated progress note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub date: Date,
    pub text: String,
}

/// Someone mandates name, as `actors.toml` defines them once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: String,
    /// The one name, in English: what grouping and the report show.
    pub name: String,
    /// The name in French, if given.
    pub fr: Option<String>,
    /// The name in Arabic, if given.
    pub ar: Option<String>,
    /// Other spellings texts use.
    pub aliases: Vec<String>,
}

impl Actor {
    /// The actor's name in language `lang` (`en`, `fr` or `ar`): the English name when the
    /// entry gives none in that language, or for a language it does not know.
    pub fn name_in(&self, lang: &str) -> &str {
        let other = match lang {
            "fr" => self.fr.as_deref(),
            "ar" => self.ar.as_deref(),
            _ => None,
        };
        other.unwrap_or(&self.name)
    }

    /// Every string a mandate's `actor` may give for this actor: id, names, aliases.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        [Some(self.id.as_str()), Some(self.name.as_str())]
            .into_iter()
            .chain([self.fr.as_deref(), self.ar.as_deref()])
            .flatten()
            .chain(self.aliases.iter().map(String::as_str))
    }
}

/// The actor registry: each actor, found by any of its spellings.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    list: Vec<Actor>,
    /// Every spelling, folded by [`fold`], to its actor's index in `list`.
    by_spelling: HashMap<String, usize>,
}

impl Actors {
    /// The registry of `list`. A spelling two actors share goes to the first (the loader
    /// refuses such a file before it gets here).
    pub fn new(list: Vec<Actor>) -> Actors {
        let mut by_spelling = HashMap::new();
        for (i, a) in list.iter().enumerate() {
            for s in a.spellings() {
                by_spelling.entry(fold(s)).or_insert(i);
            }
        }
        Actors { list, by_spelling }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The actors in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Actor> {
        self.list.iter()
    }

    /// The actor a mandate's `actor` string names (by id, a name or an alias, whatever the
    /// case and spacing), if any entry knows it.
    pub fn resolve(&self, written: &str) -> Option<&Actor> {
        if self.list.is_empty() {
            return None;
        }
        self.by_spelling.get(&fold(written)).map(|&i| &self.list[i])
    }

    /// How an actor string is shown in language `lang` (`en`, `fr`, `ar`): the actor's one
    /// name in that language when the registry knows it, else the string as written.
    pub fn display_name<'a>(&'a self, written: &'a str, lang: &str) -> &'a str {
        self.resolve(written).map_or(written, |a| a.name_in(lang))
    }

    /// A known spelling `written` is a near miss of (a typo, not another actor), for a
    /// did-you-mean. `None` when it is known, or not close to any spelling.
    pub fn near_miss(&self, written: &str) -> Option<&str> {
        if self.list.is_empty() || self.resolve(written).is_some() {
            return None;
        }
        let folded = fold(written);
        let len = folded.chars().count();
        // A few letters' slip, scaled to the length: "OIC General Secretariet" is a typo,
        // "OIC Secretary-General" another office.
        let allowed = (len / 8).max(1);
        self.list
            .iter()
            .flat_map(|a| a.spellings().filter(move |s| *s != a.id))
            .map(|s| (strsim::damerau_levenshtein(&folded, &fold(s)), s))
            .filter(|&(d, _)| d <= allowed)
            .min_by_key(|&(d, _)| d)
            .map(|(_, s)| s)
    }
}

/// A spelling as compared: lowercase, composed (NFC), runs of spaces as one.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| w.nfc().flat_map(char::to_lowercase).collect())
        .collect();
    words.join(" ")
}

/// A meeting that deadlines may refer to.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub name: String,
    pub date: Fuzzy,
    pub place: Option<String>,
    pub history: Vec<Move>,
}

/// A record that an event was moved.
#[derive(Debug, Clone)]
pub struct Move {
    pub from: Fuzzy,
    pub to: Fuzzy,
    pub on: Date,
}

/// A day, a month or a year: how precisely a resolution or an event names a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fuzzy {
    Day(Date),
    Month { year: i16, month: i8 },
    Year(i16),
}

impl fmt::Display for Fuzzy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fuzzy::Day(d) => write!(f, "{d}"),
            Fuzzy::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Fuzzy::Year(y) => write!(f, "{y:04}"),
        }
    }
}

/// The event a relative deadline hangs on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// The resolution's own `adopted` day.
    Adoption,
    Event(String),
}

impl Anchor {
    /// The anchor an event id names: `adoption` is the resolution's own day.
    pub fn from_id(id: &str) -> Anchor {
        if id == "adoption" {
            Anchor::Adoption
        } else {
            Anchor::Event(id.to_string())
        }
    }
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Anchor::Adoption => f.write_str("adoption"),
            Anchor::Event(id) => f.write_str(id),
        }
    }
}

/// A mandate's `due` value, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    On(Fuzzy),
    /// `{ at = EVENT, days = N }` (N = 0 when `days` is absent).
    At {
        anchor: Anchor,
        days: i64,
    },
    /// `{ before = EVENT }`.
    Before(Anchor),
    /// `{ every = PERIOD, first = DUE, until = WHEN }` (docs/format.md, Recurring mandates).
    Every(Recur),
}

impl Due {
    pub fn recur(&self) -> Option<&Recur> {
        match self {
            Due::Every(r) => Some(r),
            _ => None,
        }
    }

    /// The event the deadline hangs on, a recurring one's through its `first`.
    pub fn anchor(&self) -> Option<&Anchor> {
        match self {
            Due::On(_) => None,
            Due::At { anchor, .. } | Due::Before(anchor) => Some(anchor),
            Due::Every(r) => r.first.as_deref().and_then(Due::anchor),
        }
    }
}

/// A recurring deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recur {
    pub every: Period,
    /// The first occurrence, a one-off deadline; `None`: adoption moved one period.
    pub first: Option<Box<Due>>,
    /// No occurrence opens after this.
    pub until: Option<Fuzzy>,
}

impl fmt::Display for Recur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "every {}", self.every)?;
        if let Some(first) = &self.first {
            write!(f, ", first {first}")?;
        }
        if let Some(until) = &self.until {
            write!(f, ", until {until}")?;
        }
        Ok(())
    }
}

/// The unit of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Days,
    Weeks,
    Months,
    Years,
}

/// `N days`, `N weeks`, `N months` or `N years`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub n: u32,
    pub unit: Unit,
}

/// The largest N a period takes: enough for any real mandate, small enough that moving a
/// day by N periods many times stays far from overflow.
pub const MAX_PERIOD: u32 = 9999;

impl Period {
    /// `"N days"`, `"1 week"`, ... (singular or plural, whatever N).
    pub fn parse(s: &str) -> Result<Period, String> {
        let bad = || {
            format!(
                "`{s}` is not a period: write \"N days\", \"N weeks\", \"N months\" or \"N years\""
            )
        };
        let words: Vec<&str> = s.split_whitespace().collect();
        let [n, unit] = words.as_slice() else {
            return Err(bad());
        };
        let unit = match *unit {
            "day" | "days" => Unit::Days,
            "week" | "weeks" => Unit::Weeks,
            "month" | "months" => Unit::Months,
            "year" | "years" => Unit::Years,
            _ => return Err(bad()),
        };
        let n: u32 = n.parse().map_err(|_| bad())?;
        if !(1..=MAX_PERIOD).contains(&n) {
            return Err(format!("`{s}`: N must be from 1 to {MAX_PERIOD}"));
        }
        Ok(Period { n, unit })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            Unit::Days => "day",
            Unit::Weeks => "week",
            Unit::Months => "month",
            Unit::Years => "year",
        };
        let s = if self.n == 1 { "" } else { "s" };
        write!(f, "{} {unit}{s}", self.n)
    }
}

/// An operative paragraph as the document cites it: `11`, or `"5 (a)"`, `"OP 5"`,
/// `"12 bis"`, `"III.4"`. Ordered naturally: `2` < `5 (a)` < `5 (b)` < `10`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paragraph {
    Number(i64),
    Text(String),
}

impl fmt::Display for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Paragraph::Number(n) => write!(f, "{n}"),
            Paragraph::Text(s) => f.write_str(s),
        }
    }
}

impl serde::Serialize for Paragraph {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Paragraph::Number(n) => s.serialize_i64(*n),
            Paragraph::Text(t) => s.serialize_str(t),
        }
    }
}

impl Paragraph {
    /// What `--paragraph` on the command line writes: digits alone are a number.
    pub fn parse(s: &str) -> Result<Paragraph, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("a paragraph is a number or text like \"5 (a)\", not empty".into());
        }
        match s.parse::<i64>() {
            Ok(n) if n >= 1 && s.bytes().all(|b| b.is_ascii_digit()) => Ok(Paragraph::Number(n)),
            _ => Ok(Paragraph::Text(s.to_string())),
        }
    }

    /// The natural order's key: runs of digits compare as numbers, the rest as lowercase
    /// text, a number before text at the same place (`5` < `5 (a)` < `OP 5`).
    fn key(&self) -> Vec<Chunk> {
        let text = self.to_string();
        let mut out = Vec::new();
        let mut chars = text.chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() {
                let mut digits = String::new();
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(d);
                    chars.next();
                }
                let trimmed = digits.trim_start_matches('0');
                out.push(Chunk::Number(trimmed.len(), trimmed.to_string()));
            } else {
                let mut word = String::new();
                while let Some(&d) = chars.peek().filter(|d| !d.is_ascii_digit()) {
                    word.extend(d.to_lowercase());
                    chars.next();
                }
                out.push(Chunk::Text(word));
            }
        }
        out
    }
}

/// A piece of a paragraph's natural-order key: a number (by its length, then its digits,
/// so any length compares) or text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Chunk {
    Number(usize, String),
    Text(String),
}

impl Ord for Paragraph {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key()
            .cmp(&other.key())
            .then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

impl PartialOrd for Paragraph {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Due {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Due::On(fz) => write!(f, "{fz}"),
            Due::Before(a) => write!(f, "before {a}"),
            Due::At { anchor, days: 0 } => write!(f, "at {anchor}"),
            Due::At { anchor, days } if *days > 0 => write!(f, "{days} days after {anchor}"),
            Due::At { anchor, days } => write!(f, "{} days before {anchor}", -days),
            Due::Every(r) => r.fmt(f),
        }
    }
}

/// A deadline written the way `Due` displays it, for the command line: `2023-12-15`,
/// `2023-12`, `2023`, `before EVENT`, `at EVENT`, `N days after EVENT`, `N days before EVENT`
/// (`EVENT` may be `adoption`).
pub fn parse_due(s: &str) -> Result<Due, String> {
    if s.trim_start().starts_with("every ") {
        return parse_recur(s).map(Due::Every);
    }
    parse_one_off(s)
}

/// `every PERIOD[, first DEADLINE][, until WHEN]`, as `Recur` displays it.
fn parse_recur(s: &str) -> Result<Recur, String> {
    let mut parts = s.split(',').map(str::trim);
    let every = parts.next().unwrap_or_default();
    let every = Period::parse(every.trim_start_matches("every").trim())?;
    let mut recur = Recur {
        every,
        first: None,
        until: None,
    };
    for part in parts {
        if let Some(first) = part.strip_prefix("first ") {
            recur.first = Some(Box::new(parse_one_off(first.trim())?));
        } else if let Some(until) = part.strip_prefix("until ") {
            recur.until = Some(parse_fuzzy(until.trim())?);
        } else {
            return Err(format!(
                "`{part}` in `{s}`: write \"every N months, first DEADLINE, until YYYY-MM-DD\" (first and until optional)"
            ));
        }
    }
    Ok(recur)
}

fn parse_one_off(s: &str) -> Result<Due, String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let event = |id: &str| -> Result<Anchor, String> {
        if is_valid_id(id) {
            Ok(Anchor::from_id(id))
        } else {
            Err(format!(
                "`{id}` is not an event id (lowercase letters, digits and `-`)"
            ))
        }
    };
    match words.as_slice() {
        [when] => parse_fuzzy(when).map(Due::On),
        ["before", id] => Ok(Due::Before(event(id)?)),
        ["at", id] => Ok(Due::At {
            anchor: event(id)?,
            days: 0,
        }),
        [n, "days" | "day", side @ ("after" | "before"), id] => {
            let n: i64 = n
                .parse()
                .ok()
                .filter(|n| (1..=36_500).contains(n))
                .ok_or_else(|| format!("`{n}` is not a number of days from 1 to 36500"))?;
            let days = if *side == "after" { n } else { -n };
            Ok(Due::At {
                anchor: event(id)?,
                days,
            })
        }
        _ => Err(format!(
            "`{s}` is not a deadline: write YYYY-MM-DD, YYYY-MM, YYYY, \"before EVENT\", \"at EVENT\", \"N days after EVENT\" or \"every N months\""
        )),
    }
}

/// An inclusive range of days within which a deadline falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Window {
    pub earliest: Date,
    pub latest: Date,
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.earliest == self.latest {
            write!(f, "{}", self.earliest)
        } else {
            write!(f, "{} … {}", self.earliest, self.latest)
        }
    }
}

/// The status of a mandate as of a day (docs/format.md, Status).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Overdue,
    DueSoon,
    InProgress,
    Pending,
    Done { late: bool },
    Dropped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Overdue => "overdue",
            Status::DueSoon => "due-soon",
            Status::InProgress => "in-progress",
            Status::Pending => "pending",
            Status::Done { .. } => "done",
            Status::Dropped => "dropped",
        }
    }

    /// How a person reads it in a table.
    pub fn label(self) -> &'static str {
        match self {
            Status::Overdue => "overdue",
            Status::DueSoon => "due soon",
            Status::InProgress => "in progress",
            Status::Pending => "pending",
            Status::Done { late: false } => "done",
            Status::Done { late: true } => "done late",
            Status::Dropped => "dropped",
        }
    }
}

/// How a day is written, for messages that say what to write instead.
pub const DAY_FORMS: &str = "YYYY-MM-DD";
/// How a day, a month or a year is written.
pub const FUZZY_FORMS: &str = "YYYY-MM-DD, YYYY-MM or YYYY";

/// `"YYYY-MM-DD"`, `"YYYY-MM"` or `"YYYY"`, and nothing else.
pub fn parse_fuzzy(s: &str) -> Result<Fuzzy, String> {
    parse_date_forms(s, FUZZY_FORMS)
}

/// `parse_fuzzy`, naming `forms` (what the caller accepts) when `s` is no date at all.
pub fn parse_date_forms(s: &str, forms: &str) -> Result<Fuzzy, String> {
    let digits = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = s.split('-').collect();
    let bad = || {
        if s.contains('T') || s.contains(' ') && s.contains(':') {
            format!("`{s}` has a time of day; write the day only, as YYYY-MM-DD")
        } else {
            format!("`{s}` is not a date: write {forms}")
        }
    };
    match parts.as_slice() {
        [y] if digits(y, 4) => Ok(Fuzzy::Year(y.parse().map_err(|_| bad())?)),
        [y, m] if digits(y, 4) && digits(m, 2) => {
            let (year, month): (i16, i8) =
                (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
            if !(1..=12).contains(&month) {
                return Err(format!("`{s}` has no month {month}: months run 01 to 12"));
            }
            Ok(Fuzzy::Month { year, month })
        }
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            let (year, month, day): (i16, i8, i8) = (
                y.parse().map_err(|_| bad())?,
                m.parse().map_err(|_| bad())?,
                d.parse().map_err(|_| bad())?,
            );
            Date::new(year, month, day)
                .map(Fuzzy::Day)
                .map_err(|_| format!("`{s}` does not exist in the calendar"))
        }
        _ => Err(bad()),
    }
}

/// A day on the command line: `YYYY-MM-DD` exactly.
pub fn parse_day(s: &str) -> Result<Date, String> {
    // A malformed day is told the one form a day takes, not the month and year forms too.
    match parse_date_forms(s, DAY_FORMS)? {
        Fuzzy::Day(d) => Ok(d),
        _ => Err(format!("`{s}` is not a day: write YYYY-MM-DD")),
    }
}

/// Ids are lowercase ASCII letters, digits and `-` (docs/format.md, Ids and addresses).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Actors {
        Actors::new(vec![Actor {
            id: "oic-gs".into(),
            name: "OIC General Secretariat".into(),
            fr: Some("Secrétariat général de l'OCI".into()),
            ar: Some("الأمانة العامة".into()),
            aliases: vec!["General Secretariat".into()],
        }])
    }

    #[test]
    fn an_actor_is_found_by_any_spelling_whatever_the_case() {
        let r = registry();
        for s in [
            "oic-gs",
            "OIC General Secretariat",
            "oic  general secretariat",
            "SECRÉTARIAT GÉNÉRAL DE L'OCI",
            "الأمانة العامة",
            "general secretariat",
        ] {
            assert_eq!(r.resolve(s).map(|a| a.id.as_str()), Some("oic-gs"), "{s}");
        }
        assert!(r.resolve("Member States").is_none());
    }

    #[test]
    fn the_display_name_follows_the_language_and_falls_back_to_english() {
        let r = registry();
        assert_eq!(
            r.display_name("General Secretariat", "en"),
            "OIC General Secretariat"
        );
        assert_eq!(
            r.display_name("oic-gs", "fr"),
            "Secrétariat général de l'OCI"
        );
        assert_eq!(r.display_name("oic-gs", "ar"), "الأمانة العامة");
        assert_eq!(r.display_name("Member States", "fr"), "Member States");
        let mut bare = registry().list.remove(0);
        bare.fr = None;
        assert_eq!(bare.name_in("fr"), "OIC General Secretariat");
    }

    #[test]
    fn a_near_miss_is_a_typo_not_another_actor() {
        let r = registry();
        assert_eq!(
            r.near_miss("OIC General Secretariet"),
            Some("OIC General Secretariat")
        );
        assert_eq!(
            r.near_miss("Genral Secretariat"),
            Some("General Secretariat")
        );
        assert_eq!(r.near_miss("OIC General Secretariat"), None);
        assert_eq!(r.near_miss("OIC Secretary-General"), None);
        assert_eq!(r.near_miss("Member States"), None);
    }

    #[test]
    fn a_deadline_reads_back_the_way_it_displays() {
        for text in [
            "2023-12-15",
            "2023-12",
            "2023",
            "before summit-15",
            "at summit-15",
            "at adoption",
            "90 days after adoption",
            "30 days before summit-15-prep",
            "every 1 year",
            "every 120 days, first 2024-09",
            "every 2 months, first at cfm-51, until 2030",
            "every 1 week, until 2024-07-01",
        ] {
            assert_eq!(parse_due(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn a_bad_deadline_says_what_to_write() {
        assert_eq!(
            parse_due("2023-02-30").unwrap_err(),
            "`2023-02-30` does not exist in the calendar"
        );
        assert!(
            parse_due("after summit")
                .unwrap_err()
                .contains("is not a deadline")
        );
        assert!(
            parse_due("0 days after x")
                .unwrap_err()
                .contains("from 1 to 36500")
        );
        assert!(
            parse_due("before Summit")
                .unwrap_err()
                .contains("not an event id")
        );
    }
}

#[cfg(test)]
mod paragraph_tests {
    use super::*;

    fn p(s: &str) -> Paragraph {
        Paragraph::parse(s).unwrap()
    }

    #[test]
    fn paragraphs_sort_naturally() {
        let mut list = [
            p("10"),
            p("5 (b)"),
            p("2"),
            p("5 (a)"),
            p("5"),
            p("OP 5"),
            p("12 bis"),
            p("III.4"),
        ];
        list.sort();
        let shown: Vec<String> = list.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["2", "5", "5 (a)", "5 (b)", "10", "12 bis", "III.4", "OP 5"]
        );
        assert!(p("9") < p("10") && p("OP 9") < p("OP 10") && p("5 (a)") < p("5 (B)"));
        assert!(p("100000000000000000000000") > p("99"));
    }

    #[test]
    fn digits_alone_are_a_number_and_anything_else_text() {
        assert_eq!(p("11"), Paragraph::Number(11));
        assert_eq!(p("5 (a)"), Paragraph::Text("5 (a)".into()));
        assert_eq!(p("0"), Paragraph::Text("0".into()));
        assert!(Paragraph::parse("  ").is_err());
    }

    #[test]
    fn periods_read_singular_or_plural() {
        assert_eq!(Period::parse("1 year").unwrap().to_string(), "1 year");
        assert_eq!(Period::parse("120 days").unwrap().to_string(), "120 days");
        assert_eq!(Period::parse("2 week").unwrap().to_string(), "2 weeks");
        assert_eq!(Period::parse("1 months").unwrap().to_string(), "1 month");
        for bad in [
            "0 days",
            "year",
            "1 fortnight",
            "-1 years",
            "1.5 years",
            "10000 days",
            "",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
    }
}
