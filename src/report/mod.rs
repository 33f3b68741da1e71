//! The implementation report: one model, built from the data and a day, rendered to
//! Markdown (`markdown`) and to a self-contained HTML page (`html`). Both renderers read
//! only this model, so the two formats never disagree about a figure.
//!
//! Every string taken from the data is made terminal-safe here, once (control characters
//! and bidi overrides become visible escapes, line breaks are kept); each renderer then
//! applies only its own format's escaping.

pub mod docx;
pub mod html;
pub mod markdown;
pub mod settings;

use std::path::Path;

use jiff::civil::Date;

use crate::diag::Diagnostic;
use crate::i18n::{Arg, Lang};
use crate::model::{Anchor, Due, Folder, Note, Paragraph, Resolution, Status, Window};
use crate::text::clean;
use crate::view::{self, Row, actor_names};

pub use settings::Look;

/// The whole report as of one day.
#[derive(Debug, Clone)]
pub struct Report {
    pub today: Date,
    pub lang: Lang,
    /// Organisation, title, subtitle, logo and footer (`report.toml`, `--title`, …).
    pub look: Look,
    /// `--hide-ids`: no resolution or mandate id is shown (they stay in links and
    /// attributes, which a reader does not see).
    pub hide_ids: bool,
    /// The filters in force, in words; empty when the report covers every mandate.
    pub selection: Vec<String>,
    /// Present when the report covers the whole folder or several resolutions.
    pub cover: Option<Cover>,
    pub sections: Vec<Section>,
    /// The files whose errors kept them out of the report: shown in a box at its top, so
    /// that a partial report never reads as a complete one.
    pub left_out: Vec<LeftOut>,
}

/// One file the report leaves out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The path inside the data folder, with `/` between parts.
    pub file: String,
    /// `line 3, column 7: the message`, one per problem, in file order.
    pub problems: Vec<String>,
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
    pub paragraph: Option<Paragraph>,
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

/// The message keys of a section's mandates table after its paragraph (and mandate id)
/// columns, in the Markdown and Word reports alike.
pub const MANDATE_COLUMNS: [&str; 6] = [
    "col-actor",
    "col-summary",
    "col-deadline",
    "col-window",
    "col-status",
    "col-done-on",
];

/// The message keys of the cover table's count columns, the headers of [`Tally::cells`].
pub const TALLY_COLUMNS: [&str; 8] = [
    "col-mandates",
    "col-done",
    "col-in-progress",
    "col-overdue",
    "col-due-soon",
    "col-pending",
    "col-dropped",
    "col-share-done",
];

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
    pub fn share_done(&self, lang: Lang) -> String {
        self.percent_done()
            .map_or_else(|| "—".to_string(), |p| lang.percent(p))
    }

    /// The count cells of a cover table row, in the order of [`TALLY_COLUMNS`]: every
    /// renderer writes the same row.
    pub fn cells(&self, lang: Lang) -> [String; 8] {
        let n = |k: usize| lang.num(k as i64);
        [
            n(self.total()),
            n(self.done),
            n(self.in_progress),
            n(self.overdue),
            n(self.due_soon),
            n(self.pending),
            n(self.dropped),
            self.share_done(lang),
        ]
    }

    /// The counts in the order the summary line gives them, with their statuses.
    pub fn parts(&self) -> [(Status, usize); 6] {
        [
            (Status::Done { late: false }, self.done),
            (Status::InProgress, self.in_progress),
            (Status::Overdue, self.overdue),
            (Status::DueSoon, self.due_soon),
            (Status::Pending, self.pending),
            (Status::Dropped, self.dropped),
        ]
    }

    /// `10 mandates: 1 done, 0 in progress, 2 overdue, 1 due soon, 6 pending, 0 dropped; 10% done`.
    pub fn sentence(&self, lang: Lang) -> String {
        let n = self.total();
        let parts: Vec<String> = self
            .parts()
            .iter()
            .map(|&(status, k)| {
                lang.t_args(
                    "tally-part",
                    &[
                        ("n", Arg::Num(k as i64)),
                        ("kind", Arg::Str(status.as_str())),
                        ("status", Arg::Str(&status_word(lang, status))),
                    ],
                )
            })
            .collect();
        let share = match self.percent_done() {
            Some(p) => lang.t_args("share-done", &[("share", Arg::Str(&lang.percent(p)))]),
            None => lang.t("none-stands"),
        };
        lang.t_args(
            "tally-sentence",
            &[
                ("mandates", Arg::Str(&mandates(lang, n))),
                ("parts", Arg::Str(&parts.join(&lang.t("list-separator")))),
                ("share", Arg::Str(&share)),
            ],
        )
    }
}

/// `3 mandates`, `1 mandat`, `٣ ولايات`.
pub fn mandates(lang: Lang, n: usize) -> String {
    lang.t_args("mandates", &[("n", Arg::Num(n as i64))])
}

/// A status in words, in the report's language.
pub fn status_word(lang: Lang, status: Status) -> String {
    lang.status(status)
}

/// Which mandates a report covers, besides the resolutions it is asked for.
pub struct Select<'f> {
    /// Keeps a mandate's row, or not.
    pub keep: &'f dyn Fn(&Row<'_>) -> bool,
    /// Whether any filter is in force: then a resolution none of whose mandates is kept
    /// is left out, and the report says what it was filtered by.
    pub filtered: bool,
}

/// Builds the report. `only` lists the resolutions asked for (empty: all of them, with a
/// cover summary); a cover is also given when several are asked for.
pub fn build(
    folder: &Folder,
    only: &[&Resolution],
    today: Date,
    soon_days: i64,
    lang: Lang,
    select: &Select<'_>,
) -> Report {
    let chosen: Vec<&Resolution> = if only.is_empty() {
        folder.resolutions.iter().collect()
    } else {
        only.to_vec()
    };
    let sections: Vec<Section> = chosen
        .iter()
        .map(|res| section(folder, res, today, soon_days, lang, select.keep))
        .filter(|s| !select.filtered || !s.items.is_empty())
        .collect();
    let cover = (only.is_empty() || only.len() > 1 || select.filtered).then(|| cover(&sections));
    Report {
        today,
        lang,
        look: Look::default(),
        hide_ids: false,
        selection: Vec::new(),
        cover,
        sections,
        left_out: Vec::new(),
    }
}

/// The files with errors, each once, with their problems; `dir` is the data folder, which
/// the paths shown are relative to.
pub fn left_out(dir: &Path, diagnostics: &[Diagnostic]) -> Vec<LeftOut> {
    let mut out: Vec<LeftOut> = Vec::new();
    for d in diagnostics {
        let rel = d.file.strip_prefix(dir).unwrap_or(&d.file);
        let file = clean(
            &rel.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
        );
        let problem = clean(&format!(
            "line {}, column {}: {}",
            d.line, d.column, d.message
        ));
        match out.iter_mut().find(|l| l.file == file) {
            Some(l) => l.problems.push(problem),
            None => out.push(LeftOut {
                file,
                problems: vec![problem],
            }),
        }
    }
    out
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

fn section(
    folder: &Folder,
    res: &Resolution,
    today: Date,
    soon_days: i64,
    lang: Lang,
    keep: &dyn Fn(&Row<'_>) -> bool,
) -> Section {
    let items: Vec<Item> = res
        .mandates
        .iter()
        .map(|m| view::row(folder, res, m, today, soon_days))
        .filter(|row| keep(row))
        .map(|row| item(folder, &row, lang))
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

fn item(folder: &Folder, row: &Row<'_>, lang: Lang) -> Item {
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
        paragraph: m.paragraph.as_ref().map(|p| match p {
            Paragraph::Text(t) => Paragraph::Text(clean(t)),
            number => number.clone(),
        }),
        actors: clean(&actor_names(&folder.actors, &m.actor, lang.code())),
        summary: clean(&m.summary),
        text: nonempty(m.text.as_deref()),
        deadline: m.due.as_ref().map(|d| {
            let mut phrase = deadline_phrase(folder, row.resolution, d, lang);
            if let Some(k) = row.occurrence {
                phrase = lang.t_args(
                    "deadline-occurrence",
                    &[("deadline", Arg::Str(&phrase)), ("k", Arg::Num(k as i64))],
                );
            }
            let phrase = clean(&phrase);
            // A day, month or year as the file writes it stays in ISO form; in a
            // right-to-left language it is isolated so that `2023-10` stays whole.
            // (After `clean`, which would show the isolates as escapes.)
            match d {
                Due::On(_) if lang.is_rtl() => format!("\u{2068}{phrase}\u{2069}"),
                _ => phrase,
            }
        }),
        window: row.window,
        status: row.status,
        // A recurring mandate's last completion, once every occurrence is completed.
        done: m.done.or_else(|| {
            let finished = matches!(row.status, Status::Done { .. });
            m.done_days.last().copied().filter(|_| finished)
        }),
        days_left: row.days_left,
        notes,
    }
}

/// The deadline in words, an event named by its `name` rather than its id.
pub fn deadline_phrase(folder: &Folder, res: &Resolution, due: &Due, lang: Lang) -> String {
    let name = |a: &Anchor| match a {
        Anchor::Adoption => lang.t("anchor-adoption"),
        Anchor::Event(id) => folder
            .event(res, id)
            .map_or_else(|| id.clone(), |e| e.name.clone()),
    };
    match due {
        // The period (`1 year`) is file content, kept as written.
        Due::Every(r) => {
            let mut words = lang.t_args(
                "deadline-every",
                &[("period", Arg::Str(&r.every.to_string()))],
            );
            if let Some(first) = &r.first {
                let first = deadline_phrase(folder, res, first, lang);
                words += &lang.t("list-separator");
                words += &lang.t_args("deadline-first", &[("first", Arg::Str(&first))]);
            }
            if let Some(until) = r.until {
                words += &lang.t("list-separator");
                words += &lang.t_args("deadline-until", &[("until", Arg::Str(&until.to_string()))]);
            }
            words
        }
        Due::On(f) => f.to_string(),
        Due::Before(a) => lang.t_args("deadline-before", &[("event", Arg::Str(&name(a)))]),
        Due::At { anchor, days: 0 } => {
            lang.t_args("deadline-at", &[("event", Arg::Str(&name(anchor)))])
        }
        Due::At { anchor, days } => {
            let key = if *days > 0 {
                "deadline-days-after"
            } else {
                "deadline-days-before"
            };
            let n = i64::try_from(days.unsigned_abs()).unwrap_or(i64::MAX);
            lang.t_args(
                key,
                &[("n", Arg::Num(n)), ("event", Arg::Str(&name(anchor)))],
            )
        }
    }
}

/// `before 15th Islamic Summit (2023-11-30 … 2023-12-30)`: the deadline as written, then
/// its window when the words do not already say it.
pub fn deadline_and_window(lang: Lang, written: &str, window: Option<Window>) -> String {
    match window {
        Some(w) if written.trim_matches(['\u{2068}', '\u{2069}']) != w.to_string() => {
            format!("{written} ({})", window_words(lang, w))
        }
        _ => written.to_string(),
    }
}

/// A window in the language's dates: `1 October 2023 … 31 October 2023`.
pub fn window_words(lang: Lang, w: Window) -> String {
    if w.earliest == w.latest {
        lang.long_date(w.earliest)
    } else {
        format!(
            "{} … {}",
            lang.long_date(w.earliest),
            lang.long_date(w.latest)
        )
    }
}

fn nonempty(s: Option<&str>) -> Option<String> {
    s.map(clean).filter(|s| !s.is_empty())
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
pub fn days_phrase(lang: Lang, days_left: i64) -> String {
    match days_left {
        0 => lang.t("closes-today"),
        d if d > 0 => lang.t_args("days-left", &[("n", Arg::Num(d))]),
        d => lang.t_args("days-late", &[("n", Arg::Num(-d))]),
    }
}

/// The paragraph as `¶N`, or `""`.
pub fn para(p: &Option<Paragraph>) -> String {
    p.as_ref().map(|p| format!("¶{p}")).unwrap_or_default()
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
            t.sentence(Lang::En),
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
        assert_eq!(days_phrase(Lang::En, 0), "closes today");
        assert_eq!(days_phrase(Lang::En, 1), "1 day left");
        assert_eq!(days_phrase(Lang::En, -1), "1 day late");
        assert_eq!(days_phrase(Lang::En, -34), "34 days late");
        assert_eq!(days_phrase(Lang::Fr, -34), "34 jours de retard");
        assert_eq!(days_phrase(Lang::Ar, 0), "يُغلق اليوم");
    }
}
