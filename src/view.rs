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
    let make = |r, m| row(folder, r, m, today, soon_days);
    let count: usize = folder.resolutions.iter().map(|r| r.mandates.len()).sum();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let Some((r, m)) = folder.mandates().next() else {
        return Vec::new();
    };
    // Sized up front (grown by doubling, the vector would peak at three times its length)
    // and, past a few thousand rows, filled on every core: each thread writes the rows of
    // a run of resolutions into its own part of the vector.
    let mut rows = vec![make(r, m); count];
    let per = count.div_ceil(threads).max(4096);
    std::thread::scope(|scope| {
        let mut rest: &mut [Row<'_>] = &mut rows;
        let mut resolutions = folder.resolutions.as_slice();
        while !resolutions.is_empty() {
            let (mut end, mut n) = (0, 0);
            while end < resolutions.len() && n < per {
                n += resolutions[end].mandates.len();
                end += 1;
            }
            let (mine, others) = std::mem::take(&mut rest).split_at_mut(n);
            rest = others;
            let (part, later) = resolutions.split_at(end);
            resolutions = later;
            let mut fill = move || {
                let all = part
                    .iter()
                    .flat_map(|r| r.mandates.iter().map(move |m| (r, m)));
                for (slot, (r, m)) in mine.iter_mut().zip(all) {
                    *slot = make(r, m);
                }
            };
            if resolutions.is_empty() {
                fill(); // the last run on this thread
            } else {
                scope.spawn(fill);
            }
        }
    });
    rows
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_built_on_every_core_are_the_rows_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions");
        let bundled = crate::load::load_folder(&dir).folder;
        // Enough mandates for several runs of resolutions, runs of uneven sizes.
        let mut folder = bundled.clone();
        folder.resolutions = (0..3000)
            .flat_map(|i| {
                bundled.resolutions.iter().map(move |r| {
                    let mut r = r.clone();
                    r.id = format!("{}-{i:04}", r.id);
                    r.mandates.truncate(1 + i % r.mandates.len());
                    r
                })
            })
            .collect();
        let today = jiff::civil::date(2023, 8, 2);
        let got = rows(&folder, today, 30);
        let want: Vec<Row<'_>> = folder
            .mandates()
            .map(|(r, m)| row(&folder, r, m, today, 30))
            .collect();
        assert!(want.len() > 3 * 4096, "{} rows", want.len());
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert!(std::ptr::eq(g.mandate, w.mandate) && g.status == w.status);
            assert_eq!((g.window, g.days_left), (w.window, w.days_left));
        }
        assert!(rows(&Folder::default(), today, 30).is_empty());
    }
}
