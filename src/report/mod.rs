//! The implementation report: one model, built from the data and a day, rendered to
//! Markdown (`markdown`) and to a self-contained HTML page (`html`). Both renderers read
//! only this model, so the two formats never disagree about a figure.
//!
//! Every string taken from the data is made terminal-safe here, once (control characters
//! and bidi overrides become visible escapes, line breaks are kept); each renderer then
//! applies only its own format's escaping.

pub mod html;
pub mod markdown;

use jiff::civil::Date;

use crate::model::{Anchor, Due, Folder, Note, Resolution, Status, Window};
use crate::text::clean;
use crate::view::{self, Row, actor_names};

/// The whole report as of one day.
#[derive(Debug, Clone)]
pub struct Report {
    pub today: Date,
    /// Present when the report covers the whole folder or several resolutions.
    pub cover: Option<Cover>,
    pub sections: Vec<Section>,
}

/// The summary that opens a report of several resolutions.
#[derive(Debug, Clone)]
pub struct Cover {
    pub total: Tally,
    /// One line per section, in section order.
    pub lines: Vec<CoverLine>,
}

#[derive(Debug, Clone)]
pub struct CoverLine {
    pub id: String,
    pub title: String,
    pub adopted: Date,
    pub tally: Tally,
}

/// How many mandates have each status, every mandate counted once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub done: usize,
    pub in_progress: usize,
    pub overdue: usize,
    pub due_soon: usize,
    pub pending: usize,
    pub dropped: usize,
}

/// One resolution.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub body: String,
    pub session: Option<String>,
    pub adopted: Date,
    pub symbol: Option<String>,
    pub source: Option<String>,
    pub tally: Tally,
    /// Every mandate, in file order.
    pub items: Vec<Item>,
    /// Indices into `items`: open mandates past their window, the longest late first.
    pub overdue: Vec<usize>,
    /// Indices into `items`: open mandates whose window has not closed, earliest first.
    pub upcoming: Vec<usize>,
}

/// One mandate as the report shows it.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    /// `RESOLUTION/MANDATE`.
    pub address: String,
    pub paragraph: Option<i64>,
    /// The actors joined with `; `.
    pub actors: String,
    pub summary: String,
    /// The verbatim clause, if recorded.
    pub text: Option<String>,
    /// The deadline as written, events named by their `name`.
    pub deadline: Option<String>,
    pub window: Option<Window>,
    pub status: Status,
    pub done: Option<Date>,
    /// Days from the report's day to the window's latest day (negative: late); open only.
    pub days_left: Option<i64>,
    /// Dated progress notes, oldest first.
    pub notes: Vec<Note>,
}

impl Tally {
    pub fn count(&mut self, status: Status) {
        match status {
            Status::Done { .. } => self.done += 1,
            Status::InProgress => self.in_progress += 1,
            Status::Overdue => self.overdue += 1,
            Status::DueSoon => self.due_soon += 1,
            Status::Pending => self.pending += 1,
            Status::Dropped => self.dropped += 1,
        }
    }

    pub fn add(&mut self, other: &Tally) {
        self.done += other.done;
        self.in_progress += other.in_progress;
        self.overdue += other.overdue;
        self.due_soon += other.due_soon;
        self.pending += other.pending;
        self.dropped += other.dropped;
    }

    pub fn total(&self) -> usize {
        self.done + self.in_progress + self.overdue + self.due_soon + self.pending + self.dropped
    }

    /// The share done, in whole percent, of the mandates that still stand (dropped ones
    /// left out); `None` when none stands.
    pub fn percent_done(&self) -> Option<usize> {
        let standing = self.total() - self.dropped;
        (standing > 0).then(|| (self.done * 100 + standing / 2) / standing)
    }

    /// `percent_done` as a table cell: `42%`, or `—` when no mandate stands.
    pub fn share_done(&self) -> String {
        self.percent_done()
            .map_or_else(|| "—".to_string(), |p| format!("{p}%"))
    }

    /// The counts in the order the summary line gives them, with their labels.
    pub fn parts(&self) -> [(&'static str, usize); 6] {
        [
            ("done", self.done),
            ("in progress", self.in_progress),
            ("overdue", self.overdue),
            ("due soon", self.due_soon),
            ("pending", self.pending),
            ("dropped", self.dropped),
        ]
    }

    /// `10 mandates: 1 done, 0 in progress, 2 overdue, 1 due soon, 6 pending, 0 dropped; 10% done`.
    pub fn sentence(&self) -> String {
        let n = self.total();
        let parts: Vec<String> = self
            .parts()
            .iter()
            .map(|(label, k)| format!("{k} {label}"))
            .collect();
        let share = match self.percent_done() {
            Some(p) => format!("{p}% done"),
            None => "none still stands".to_string(),
        };
        format!(
            "{n} {}: {}; {share}",
            plural(n, "mandate"),
            parts.join(", ")
        )
    }
}

pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        noun.to_string()
    } else {
        format!("{noun}s")
    }
}

/// Builds the report. `only` lists the resolutions asked for (empty: all of them, with a
/// cover summary); a cover is also given when several are asked for.
pub fn build(folder: &Folder, only: &[&Resolution], today: Date, soon_days: i64) -> Report {
    let chosen: Vec<&Resolution> = if only.is_empty() {
        folder.resolutions.iter().collect()
    } else {
        only.to_vec()
    };
    let sections: Vec<Section> = chosen
        .iter()
        .map(|res| section(folder, res, today, soon_days))
        .collect();
    let cover = (only.is_empty() || only.len() > 1).then(|| cover(&sections));
    Report {
        today,
        cover,
        sections,
    }
}

fn cover(sections: &[Section]) -> Cover {
    let mut total = Tally::default();
    let lines = sections
        .iter()
        .map(|s| {
            total.add(&s.tally);
            CoverLine {
                id: s.id.clone(),
                title: s.title.clone(),
                adopted: s.adopted,
                tally: s.tally,
            }
        })
        .collect();
    Cover { total, lines }
}

fn section(folder: &Folder, res: &Resolution, today: Date, soon_days: i64) -> Section {
    let items: Vec<Item> = res
        .mandates
        .iter()
        .map(|m| item(folder, &view::row(folder, res, m, today, soon_days)))
        .collect();
    let mut tally = Tally::default();
    for it in &items {
        tally.count(it.status);
    }
    let mut overdue: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].status == Status::Overdue)
        .collect();
    overdue.sort_by_key(|&i| (items[i].window.map(|w| (w.latest, w.earliest)), i));
    let mut upcoming: Vec<usize> = (0..items.len())
        .filter(|&i| {
            let it = &items[i];
            it.window.is_some() && it.days_left.is_some_and(|d| d >= 0)
        })
        .collect();
    upcoming.sort_by_key(|&i| (items[i].window, i));
    Section {
        id: res.id.clone(),
        title: clean(&res.title),
        body: clean(&res.body),
        session: nonempty(res.session.as_deref()),
        adopted: res.adopted,
        symbol: nonempty(res.symbol.as_deref()),
        source: nonempty(res.source.as_deref()),
        tally,
        items,
        overdue,
        upcoming,
    }
}

fn item(folder: &Folder, row: &Row<'_>) -> Item {
    let m = row.mandate;
    let mut notes: Vec<Note> = m
        .notes
        .iter()
        .map(|n| Note {
            date: n.date,
            text: clean(&n.text),
        })
        .collect();
    // Stable: notes of one day keep the order they were written in.
    notes.sort_by_key(|n| n.date);
    Item {
        id: m.id.clone(),
        address: row.address(),
        paragraph: m.paragraph,
        // The report is in English until `--lang` comes: then the language goes here.
        actors: clean(&actor_names(&folder.actors, &m.actor, "en")),
        summary: clean(&m.summary),
        text: nonempty(m.text.as_deref()),
        deadline: m
            .due
            .as_ref()
            .map(|d| clean(&deadline_phrase(folder, row.resolution, d))),
        window: row.window,
        status: row.status,
        done: m.done,
        days_left: row.days_left,
        notes,
    }
}

/// The deadline in words, an event named by its `name` rather than its id.
pub fn deadline_phrase(folder: &Folder, res: &Resolution, due: &Due) -> String {
    let name = |a: &Anchor| match a {
        Anchor::Adoption => "adoption".to_string(),
        Anchor::Event(id) => folder
            .event(res, id)
            .map_or_else(|| id.clone(), |e| e.name.clone()),
    };
    match due {
        Due::On(f) => f.to_string(),
        Due::Before(a) => format!("before {}", name(a)),
        Due::At { anchor, days: 0 } => format!("at {}", name(anchor)),
        Due::At { anchor, days } => {
            let n = days.unsigned_abs();
            let dir = if *days > 0 { "after" } else { "before" };
            let unit = if n == 1 { "day" } else { "days" };
            format!("{n} {unit} {dir} {}", name(anchor))
        }
    }
}

/// `before 15th Islamic Summit (2023-11-30 … 2023-12-30)`: the deadline as written, then
/// its window when the words do not already say it.
pub fn deadline_and_window(written: &str, window: Option<Window>) -> String {
    match window {
        Some(w) if written != w.to_string() => format!("{written} ({w})"),
        _ => written.to_string(),
    }
}

fn nonempty(s: Option<&str>) -> Option<String> {
    s.map(clean).filter(|s| !s.is_empty())
}

/// `2 August 2023`.
pub fn long_date(d: Date) -> String {
    d.strftime("%-d %B %Y").to_string()
}

/// The source as a link target, when it is a plain web address.
pub fn source_url(source: &str) -> Option<&str> {
    let web = source.starts_with("https://") || source.starts_with("http://");
    let plain = !source
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\\'));
    (web && plain).then_some(source)
}

/// How late or how far off a deadline is, in words.
pub fn days_phrase(days_left: i64) -> String {
    match days_left {
        0 => "closes today".to_string(),
        1 => "1 day left".to_string(),
        -1 => "1 day late".to_string(),
        d if d > 0 => format!("{d} days left"),
        d => format!("{} days late", -d),
    }
}

/// The paragraph as `¶N`, or `""`.
pub fn para(p: Option<i64>) -> String {
    p.map(|p| format!("¶{p}")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_done_leaves_dropped_mandates_out() {
        let t = Tally {
            done: 1,
            pending: 2,
            dropped: 1,
            ..Tally::default()
        };
        assert_eq!(t.total(), 4);
        assert_eq!(t.percent_done(), Some(33));
        assert_eq!(
            t.sentence(),
            "4 mandates: 1 done, 0 in progress, 0 overdue, 0 due soon, 2 pending, 1 dropped; 33% done"
        );
        let all_dropped = Tally {
            dropped: 2,
            ..Tally::default()
        };
        assert_eq!(all_dropped.percent_done(), None);
        let half = Tally {
            done: 1,
            overdue: 1,
            ..Tally::default()
        };
        assert_eq!(half.percent_done(), Some(50));
        let two_thirds = Tally {
            done: 2,
            overdue: 1,
            ..Tally::default()
        };
        assert_eq!(two_thirds.percent_done(), Some(67));
    }

    #[test]
    fn only_plain_web_addresses_become_links() {
        assert_eq!(
            source_url("https://oic-oci.org/x"),
            Some("https://oic-oci.org/x")
        );
        assert_eq!(source_url("javascript:alert(1)"), None);
        assert_eq!(source_url("https://a b"), None);
        assert_eq!(source_url("OIC press release"), None);
    }

    #[test]
    fn days_in_words() {
        assert_eq!(days_phrase(0), "closes today");
        assert_eq!(days_phrase(1), "1 day left");
        assert_eq!(days_phrase(-1), "1 day late");
        assert_eq!(days_phrase(-34), "34 days late");
        assert_eq!(long_date(jiff::civil::date(2023, 8, 2)), "2 August 2023");
    }
}
