//! A mandate as every command shows it: the stored data plus its window and status as of a
//! day. Pure: built from a loaded folder and `today`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use jiff::civil::Date;
use serde::{Serialize, Serializer};

use crate::deadline::{self, days_between};
use crate::model::{
    Actors, Due, Event, Folder, Mandate, Note, Paragraph, Period, Resolution, State, Status, Window,
};
use crate::status::{recurring, status};

/// One mandate, resolved against its events and `today`.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub resolution: &'a Resolution,
    pub mandate: &'a Mandate,
    /// The deadline's window; on a recurring mandate, the current occurrence's.
    pub window: Option<Window>,
    /// On a recurring mandate, which occurrence `window` is (from 1).
    pub occurrence: Option<u64>,
    pub status: Status,
    /// Days from `today` to the window's latest day (negative: late); only for open mandates
    /// with a deadline.
    pub days_left: Option<i64>,
}

impl<'a> Row<'a> {
    /// `RESOLUTION/MANDATE`.
    pub fn address(&self) -> String {
        // Pushed rather than formatted: tables build one per row they print.
        let (res, m) = (&self.resolution.id, &self.mandate.id);
        let mut address = String::with_capacity(res.len() + 1 + m.len());
        address.push_str(res);
        address.push('/');
        address.push_str(m);
        address
    }

    /// `RESOLUTION/MANDATE`, to be written out without building the string.
    pub fn shown_address(&self) -> Address<'a> {
        Address(&self.resolution.id, &self.mandate.id)
    }

    /// The stored state, except that a recurring mandate whose every occurrence is
    /// completed counts as done although the file says pending.
    pub fn state(&self) -> State {
        match (self.mandate.state, self.status) {
            (State::Pending | State::InProgress, Status::Done { .. }) => State::Done,
            (state, _) => state,
        }
    }
}

/// The actors of a mandate on one line.
pub fn actors(list: &[String]) -> String {
    list.join("; ")
}

/// The actors of a mandate on one line, each by its one name in language `lang` (`en`, `fr`,
/// `ar`) when `actors.toml` knows it, else as written; an actor named twice (by its name
/// and by an alias) once.
pub fn actor_names(registry: &Actors, list: &[String], lang: &str) -> String {
    let mut names: Vec<&str> = Vec::with_capacity(list.len());
    for a in list {
        let name = registry.display_name(a, lang);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join("; ")
}

/// Every mandate of the folder, in resolution then file order.
pub fn rows<'a>(folder: &'a Folder, today: Date, soon_days: i64) -> Vec<Row<'a>> {
    // The shared events by id: each deadline looks its event up, and a scan of the shared
    // events (`Folder::event`) would compare dozens of ids for every mandate.
    let mut shared: HashMap<&str, &Event> = HashMap::with_capacity(folder.events.len());
    for e in &folder.events {
        shared.entry(e.id.as_str()).or_insert(e); // the first wins, as in `Folder::event`
    }
    let make = |r: &'a Resolution, m| {
        let event = |id: &str| {
            let own = r.events.iter().find(|e| e.id == id);
            own.or_else(|| shared.get(id).copied())
        };
        row_with(r, m, today, soon_days, event)
    };
    // Sized up front: grown by doubling, the vector would peak at three times its length.
    let count = folder.resolutions.iter().map(|r| r.mandates.len()).sum();
    let mut rows = Vec::with_capacity(count);
    rows.extend(folder.mandates().map(|(r, m)| make(r, m)));
    rows
}

pub fn row<'a>(
    folder: &'a Folder,
    res: &'a Resolution,
    m: &'a Mandate,
    today: Date,
    soon_days: i64,
) -> Row<'a> {
    row_with(res, m, today, soon_days, |id| folder.event(res, id))
}

/// A row, with `event` finding an event as `Folder::event` does for `res`.
fn row_with<'a, 'e>(
    res: &'a Resolution,
    m: &'a Mandate,
    today: Date,
    soon_days: i64,
    event: impl Fn(&str) -> Option<&'e Event>,
) -> Row<'a> {
    let date = |id: &str| event(id).map(|e| e.date);
    let (window, occurrence, status) = match &m.due {
        Some(Due::Every(r)) => match deadline::schedule(r, res.adopted, date) {
            Ok(schedule) => {
                let s = recurring(m.state, &m.done_days, &schedule, today, soon_days);
                let (k, w) = s.occurrence.unzip();
                (w, k, s.status)
            }
            Err(_) => (None, None, status(m.state, None, None, today, soon_days)),
        },
        due => {
            let window = due
                .as_ref()
                .and_then(|due| deadline::window(due, res.adopted, date).ok());
            let st = status(m.state, m.done, window, today, soon_days);
            (window, None, st)
        }
    };
    let open = !matches!(status, Status::Done { .. } | Status::Dropped);
    Row {
        resolution: res,
        mandate: m,
        window,
        occurrence,
        status,
        days_left: window
            .filter(|_| open)
            .map(|w| days_between(today, w.latest)),
    }
}

/// A window, followed on a recurring mandate by its occurrence: `2025-09-01 … 2025-09-30 (#2)`.
pub fn window_text(row: &Row<'_>) -> String {
    match (row.window, row.occurrence) {
        (Some(w), Some(k)) => format!("{w} (#{k})"),
        (Some(w), None) => w.to_string(),
        (None, _) => String::new(),
    }
}

/// A mandate's address, `RESOLUTION/MANDATE`, as borrowed ids.
#[derive(Debug, Clone, Copy)]
pub struct Address<'a>(pub &'a str, pub &'a str);

impl fmt::Display for Address<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0, self.1)
    }
}

/// A value serialised as the text it displays, written straight into the output (serde's
/// `collect_str`) rather than built as a `String` first: a JSON listing would otherwise
/// allocate and free several small strings for every mandate.
#[derive(Debug, Clone, Copy)]
pub struct Shown<T>(pub T);

impl<T: fmt::Display> Serialize for Shown<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<T: fmt::Display> fmt::Display for Shown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The machine-readable form of a row (`--format json`; CSV flattens it). It borrows from
/// the row; what is computed (address, days, deadline text) is written when serialised.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub id: Shown<Address<'a>>,
    pub resolution: &'a str,
    /// The resolution's title.
    pub title: &'a str,
    pub mandate: &'a str,
    pub actor: &'a [String],
    pub summary: &'a str,
    /// The clause as the resolution words it, or null.
    pub text: Option<&'a str>,
    pub paragraph: Option<&'a Paragraph>,
    pub due: Option<DueRecord<'a>>,
    pub state: &'static str,
    pub status: &'static str,
    pub late: bool,
    pub done: DoneRecord<'a>,
    pub days_left: Option<i64>,
    /// A recurring mandate's period (`"1 year"`), else null.
    pub every: Option<Shown<Period>>,
    /// A recurring mandate's current occurrence (from 1), else null.
    pub occurrence: Option<u64>,
    pub tags: &'a [String],
    /// The notes in file order, each `{ date, text }`.
    pub notes: NotesRecord<'a>,
    /// The path as `Path::display` shows it: borrowed unless it is not UTF-8.
    pub file: Cow<'a, str>,
}

/// A mandate's notes as an array of `{ "date", "text" }` objects.
#[derive(Debug, Clone, Copy)]
pub struct NotesRecord<'a>(pub &'a [Note]);

impl Serialize for NotesRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct One<'a> {
            date: Shown<Date>,
            text: &'a str,
        }
        serializer.collect_seq(self.0.iter().map(|n| One {
            date: Shown(n.date),
            text: &n.text,
        }))
    }
}

/// The latest note by date (the last written of those on that day), or none.
pub fn latest_note(notes: &[Note]) -> Option<&Note> {
    notes.iter().max_by_key(|n| n.date)
}

/// `done`: a day or null, or on a recurring mandate the list of days.
#[derive(Debug)]
pub enum DoneRecord<'a> {
    Day(Option<Date>),
    Days(&'a [Date]),
}

impl Serialize for DoneRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DoneRecord::Day(d) => d.map(Shown).serialize(serializer),
            DoneRecord::Days(days) => serializer.collect_seq(days.iter().map(|d| Shown(*d))),
        }
    }
}

impl fmt::Display for DoneRecord<'_> {
    /// As a CSV cell: the day, or the days joined with `; `.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DoneRecord::Day(d) => d.map_or(Ok(()), |d| d.fmt(f)),
            DoneRecord::Days(days) => {
                for (i, d) in days.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    d.fmt(f)?;
                }
                Ok(())
            }
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DueRecord<'a> {
    pub earliest: Shown<Date>,
    pub latest: Shown<Date>,
    pub text: Shown<DueText<'a>>,
}

/// The deadline as written (`Due`'s display), or nothing.
#[derive(Debug, Clone, Copy)]
pub struct DueText<'a>(pub Option<&'a Due>);

impl fmt::Display for DueText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.map_or(Ok(()), |due| due.fmt(f))
    }
}

impl<'a> Row<'a> {
    pub fn record(&self) -> Record<'a> {
        let m = self.mandate;
        Record {
            id: Shown(self.shown_address()),
            resolution: &self.resolution.id,
            title: &self.resolution.title,
            mandate: &m.id,
            actor: &m.actor,
            summary: &m.summary,
            text: m.text.as_deref(),
            paragraph: m.paragraph.as_ref(),
            due: self.window.map(|w| DueRecord {
                earliest: Shown(w.earliest),
                latest: Shown(w.latest),
                text: Shown(DueText(m.due.as_ref())),
            }),
            state: m.state.as_str(),
            status: self.status.as_str(),
            late: matches!(self.status, Status::Done { late: true }),
            done: match m.due {
                Some(Due::Every(_)) => DoneRecord::Days(&m.done_days),
                _ => DoneRecord::Day(m.done),
            },
            days_left: self.days_left,
            every: m.due.as_ref().and_then(Due::recur).map(|r| Shown(r.every)),
            occurrence: self.occurrence,
            tags: &m.tags,
            notes: NotesRecord(&m.notes),
            file: self.resolution.path.to_string_lossy(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_looking_events_up_in_a_map_are_the_rows_folder_event_finds() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/bundled/resolutions");
        let folder = crate::load::load_folder(&dir).folder;
        let today = jiff::civil::date(2023, 8, 2);
        let got = rows(&folder, today, 30);
        let want: Vec<Row<'_>> = folder
            .mandates()
            .map(|(r, m)| row(&folder, r, m, today, 30))
            .collect();
        assert!(want.iter().any(|r| r.window.is_some()));
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert!(std::ptr::eq(g.mandate, w.mandate) && g.status == w.status);
            assert_eq!((g.window, g.days_left), (w.window, w.days_left));
        }
        assert!(rows(&Folder::default(), today, 30).is_empty());
    }
}
