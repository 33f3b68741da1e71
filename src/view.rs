//! A mandate as every command shows it: the stored data plus its window and status as of a
//! day. Pure: built from a loaded folder and `today`.

use jiff::civil::Date;
use serde::Serialize;

use crate::deadline::{self, days_between};
use crate::model::{Folder, Mandate, Resolution, State, Status, Window};
use crate::status::status;

/// One mandate, resolved against its events and `today`.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub resolution: &'a Resolution,
    pub mandate: &'a Mandate,
    pub window: Option<Window>,
    pub status: Status,
    /// Days from `today` to the window's latest day (negative: late); only for open mandates
    /// with a deadline.
    pub days_left: Option<i64>,
}

impl Row<'_> {
    /// `RESOLUTION/MANDATE`.
    pub fn address(&self) -> String {
        format!("{}/{}", self.resolution.id, self.mandate.id)
    }

    pub fn state(&self) -> State {
        self.mandate.state
    }

    /// The deadline as written, or `""`.
    pub fn due_text(&self) -> String {
        self.mandate
            .due
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    }
}

/// Every mandate of the folder, in resolution then file order.
pub fn rows(folder: &Folder, today: Date, soon_days: i64) -> Vec<Row<'_>> {
    folder
        .mandates()
        .map(|(r, m)| row(folder, r, m, today, soon_days))
        .collect()
}

pub fn row<'a>(
    folder: &'a Folder,
    res: &'a Resolution,
    m: &'a Mandate,
    today: Date,
    soon_days: i64,
) -> Row<'a> {
    let window = m.due.as_ref().and_then(|due| {
        deadline::window(due, res.adopted, |id| folder.event(res, id).map(|e| e.date)).ok()
    });
    Row {
        resolution: res,
        mandate: m,
        window,
        status: status(m.state, m.done, window, today, soon_days),
        days_left: window
            .filter(|_| m.state.is_open())
            .map(|w| days_between(today, w.latest)),
    }
}

/// The machine-readable form of a row (`--format json`; CSV flattens it).
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub id: String,
    pub resolution: &'a str,
    pub mandate: &'a str,
    pub actor: &'a [String],
    pub summary: &'a str,
    pub paragraph: Option<i64>,
    pub due: Option<DueRecord>,
    pub state: &'static str,
    pub status: &'static str,
    pub late: bool,
    pub done: Option<String>,
    pub days_left: Option<i64>,
    pub tags: &'a [String],
    pub file: String,
}

#[derive(Debug, Serialize)]
pub struct DueRecord {
    pub earliest: String,
    pub latest: String,
    pub text: String,
}

impl<'a> Row<'a> {
    pub fn record(&self) -> Record<'a> {
        let m = self.mandate;
        Record {
            id: self.address(),
            resolution: &self.resolution.id,
            mandate: &m.id,
            actor: &m.actor,
            summary: &m.summary,
            paragraph: m.paragraph,
            due: self.window.map(|w| DueRecord {
                earliest: w.earliest.to_string(),
                latest: w.latest.to_string(),
                text: self.due_text(),
            }),
            state: m.state.as_str(),
            status: self.status.as_str(),
            late: matches!(self.status, Status::Done { late: true }),
            done: m.done.map(|d| d.to_string()),
            days_left: self.days_left,
            tags: &m.tags,
            file: self.resolution.path.display().to_string(),
        }
    }
}
