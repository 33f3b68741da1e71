//! Folder → resolutions. Every problem is collected with its file, line and column; the
//! files that load cleanly are served whatever the others hold.

mod actors;
mod fields;
pub mod plain;
mod walk;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use toml::de::DeTable;

use crate::deadline::{self, WindowError};
use crate::diag::{Diagnostic, Severity, Suggester, list_some};
use crate::model::{Due, Event, Folder, Fuzzy, Resolution};

use fields::Src;

pub use actors::{near_miss_lines, parse_actors};
pub use walk::{Found, find_resolution, toml_files};

/// The name of the file that holds shared meetings.
pub const EVENTS_FILE: &str = "events.toml";

/// The name of the file that names the actors (SPEC §5): never read as a resolution.
pub const ACTORS_FILE: &str = "actors.toml";

/// Every `# check:` comment a drafted file still holds, as an error: what `check --strict`
/// adds (a draft is reviewed when its reviewer has deleted them all). Comments only: text in
/// a string that reads `# check:` is data.
pub fn unreviewed(dir: &Path) -> Vec<Diagnostic> {
    let (files, _) = toml_files(dir);
    let mut found = Vec::new();
    for path in files {
        let Ok(bytes) = plain::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let lines = crate::diag::LineIndex::new(&text);
        for token in toml_parser::Source::new(&text).lex() {
            let span = token.span();
            let comment = &text[span.start()..span.end()];
            let Some(why) = comment.strip_prefix(crate::draft_file::CHECK_MARK) else {
                continue;
            };
            if token.kind() != toml_parser::lexer::TokenKind::Comment {
                continue;
            }
            let message = format!("unreviewed draft line: {}", why.trim());
            found.push(
                Diagnostic::at_indexed(&path, &text, &lines, span.start()..span.end(), message)
                    .with_help(Some(
                        "compare the line with the resolution's text, correct it if need be, then delete this `# check:` comment".into(),
                    )),
            );
        }
    }
    found
}

/// The report's settings file, at the top of the data folder: not a resolution.
pub const REPORT_SETTINGS_FILE: &str = "report.toml";

/// How many event ids the help for an unknown event lists.
const KNOWN_SHOWN: usize = 10;

/// What a folder holds: the valid data and every problem found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub folder: Folder,
    pub diagnostics: Vec<Diagnostic>,
    /// What is worth a look but does not stop the data loading (a near miss of an actor's
    /// name): printed with the errors, never a reason to exit 1 or to refuse an edit.
    pub warnings: Vec<Diagnostic>,
    /// How many `.toml` files were read, events files included.
    pub files: usize,
}

impl Loaded {
    pub fn is_clean(&self) -> bool {
        self.diagnostics.is_empty()
    }
}

/// What a command keeps of each mandate once its file is validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// Everything the file holds.
    #[default]
    All,
    /// What `list`, `due` and `check` use: ids, actors, summaries, deadlines, states, tags
    /// and paths. No listing prints a mandate's `text` or `notes`, nor a resolution's title,
    /// body, session, symbol or source, which take much of a large folder's memory.
    Listing,
    /// What `due` (without `--all`) prints: as `Listing`, of open mandates with a deadline
    /// only. The others are validated, then dropped where they were parsed, so that no
    /// later step builds a row for them, filters them out or keeps them in memory.
    Due,
}

/// Loads every `.toml` file under `dir`.
pub fn load_folder(dir: &Path) -> Loaded {
    load_folder_keeping(dir, Keep::All)
}

/// Loads every `.toml` file under `dir`, keeping of each mandate what `keep` says.
pub fn load_folder_keeping(dir: &Path, keep: Keep) -> Loaded {
    let (mut files, mut diagnostics) = toml_files(dir);
    // The report's settings (`report` reads them) sit beside the resolutions.
    let settings = dir.join(REPORT_SETTINGS_FILE);
    files.retain(|p| *p != settings);
    let (actor_files, files): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|p| p.file_name().is_some_and(|n| n == ACTORS_FILE));
    let (event_files, res_files): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|p| p.file_name().is_some_and(|n| n == EVENTS_FILE));
    let mut loaded = load_files(&event_files, &res_files, keep);
    loaded.files += actor_files.len();
    loaded.folder.actors = load_actors(&actor_files, &mut diagnostics);
    loaded.warnings = actors::near_misses(&loaded.folder);
    diagnostics.append(&mut loaded.diagnostics);
    loaded.diagnostics = diagnostics;
    sort(&mut loaded.diagnostics);
    loaded
}

/// The registry of every `actors.toml` under the folder (ids and spellings unique across
/// them), their problems pushed to `diags`.
fn load_actors(files: &[PathBuf], diags: &mut Vec<Diagnostic>) -> crate::model::Actors {
    let mut seen = actors::Seen::default();
    let mut list = Vec::new();
    for path in files {
        let Some(text) = read(path, diags) else {
            continue;
        };
        let mut src = Src::new(path, &text);
        if let Some(table) = src.parse() {
            list.extend(actors::parse_actors_file(
                &mut src,
                &table.into_inner(),
                &mut seen,
            ));
        }
        diags.append(&mut src.diagnostics);
    }
    crate::model::Actors::new(list)
}

/// The folder's actor registry alone, for a command that edits one file and has not read
/// the rest; a broken actors file gives what loaded of the others.
pub fn actors_of(dir: &Path) -> crate::model::Actors {
    let files = walk::files_named(dir, ACTORS_FILE);
    load_actors(&files, &mut Vec::new())
}

/// Loads one resolution file and the events files: what an edit of a mandate addressed in
/// full needs (see `find_resolution`), without reading the rest of the folder.
pub fn load_one(events: &[PathBuf], file: &Path) -> Loaded {
    let mut loaded = load_files(events, &[file.to_path_buf()], Keep::All);
    sort(&mut loaded.diagnostics);
    loaded
}

/// Events files first (a resolution's problem may say "events.toml has errors (above)"),
/// then in file order, then by position; stable, so problems at one place keep the order
/// found.
fn sort(diags: &mut [Diagnostic]) {
    let key = |d: &Diagnostic| d.file.file_name().is_none_or(|n| n != EVENTS_FILE);
    diags.sort_by(|a, b| {
        (key(a), &a.file, a.line, a.column).cmp(&(key(b), &b.file, b.line, b.column))
    });
}

fn load_files(event_files: &[PathBuf], res_files: &[PathBuf], keep: Keep) -> Loaded {
    let mut loaded = Loaded {
        files: event_files.len() + res_files.len(),
        ..Loaded::default()
    };
    let mut event_ids: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in event_files {
        let Some(text) = read(path, &mut loaded.diagnostics) else {
            continue;
        };
        let mut src = Src::new(path, &text);
        if let Some(table) = src.parse() {
            let events = parse_events_file(&mut src, &table.into_inner(), &mut event_ids);
            loaded.folder.events.extend(events);
        }
        loaded.diagnostics.append(&mut src.diagnostics);
    }
    let events_broken = loaded
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    let results = parse_resolutions(res_files, &loaded.folder.events, events_broken, keep);
    let resolutions = &mut loaded.folder.resolutions;
    resolutions.reserve_exact(res_files.len());
    for result in results {
        match result {
            Ok(res) => resolutions.push(res),
            Err(mut diags) => loaded.diagnostics.append(&mut diags),
        }
    }
    // By id, and for one id in file order (a stable sort): the first file keeps the id, a
    // later one with the same name is a duplicate. Sorting first finds duplicates as
    // neighbours, with no map of every id beside the folder.
    resolutions.sort_by(|a, b| a.id.cmp(&b.id));
    let mut kept = 0;
    for i in 0..resolutions.len() {
        if kept > 0 && resolutions[kept - 1].id == resolutions[i].id {
            let (first, dup) = (&resolutions[kept - 1], &resolutions[i]);
            loaded.diagnostics.push(Diagnostic::file(
                &dup.path,
                format!(
                    "duplicate resolution id `{}`: {} has the same file name",
                    dup.id,
                    first.path.display()
                ),
            ));
        } else {
            resolutions.swap(kept, i);
            kept += 1;
        }
    }
    resolutions.truncate(kept);
    loaded
}

/// Parses resolution files on every core: parsing dominates the time of every command.
/// `events_broken`: an events file had errors, so `shared` may lack events it defines.
fn parse_resolutions(
    files: &[PathBuf],
    shared: &[Event],
    events_broken: bool,
    keep: Keep,
) -> Vec<Result<Resolution, Vec<Diagnostic>>> {
    // Trimmed in the thread that parsed it, so what is dropped never piles up.
    let load = |p: &PathBuf| {
        load_resolution(p, shared, events_broken).map(|mut res| {
            if keep == Keep::Due {
                res.mandates
                    .retain(|m| m.state.is_open() && m.due.is_some());
            }
            if matches!(keep, Keep::Listing | Keep::Due) {
                res.mandates
                    .iter_mut()
                    .for_each(|m| (m.text, m.notes) = (None, Vec::new()));
                (res.title, res.body) = (String::new(), String::new());
                (res.session, res.symbol, res.source) = (None, None, None);
            }
            // A vector grown by pushes holds up to twice its length.
            res.mandates.shrink_to_fit();
            res
        })
    };
    files.par_iter().map(load).collect()
}

fn read(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    match plain::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let valid = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or_default();
                diags.push(Diagnostic::at(
                    path,
                    valid,
                    at..at,
                    not_utf8(e.as_bytes(), at),
                ));
                None
            }
        },
        Err(message) => {
            diags.push(Diagnostic::file(path, message));
            None
        }
    }
}

/// Why a file is not UTF-8, and how to save it so.
fn not_utf8(bytes: &[u8], at: usize) -> String {
    // Notepad's "Unicode" and Excel's "Unicode Text" are UTF-16, which opens with a BOM.
    if encoding_rs::Encoding::for_bom(bytes).is_some_and(|(e, _)| e != encoding_rs::UTF_8) {
        return "the file is UTF-16 (Notepad's \"Unicode\"), not UTF-8: save it as UTF-8 \
                (Notepad: Save As, Encoding UTF-8)"
            .into();
    }
    format!(
        "the file is not valid UTF-8 (byte {} is not part of a character); save it as UTF-8 \
         (Notepad: Save As, Encoding UTF-8)",
        at + 1
    )
}

/// Loads one resolution file: the id from its stem, its content, and its event references.
fn load_resolution(
    path: &Path,
    shared: &[Event],
    events_broken: bool,
) -> Result<Resolution, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let text = read(path, &mut diags).ok_or_else(|| diags.clone())?;
    parse_resolution_with(path, &text, shared, events_broken)
}

/// Parses and validates the text of resolution file `path` (which need not be on disk yet:
/// an edit checks the text it is about to write).
pub fn parse_resolution(
    path: &Path,
    text: &str,
    shared: &[Event],
) -> Result<Resolution, Vec<Diagnostic>> {
    parse_resolution_with(path, text, shared, false)
}

/// `parse_resolution`, told whether an events file had errors (an event a deadline names
/// but nobody defines may then be in what did not load).
fn parse_resolution_with(
    path: &Path,
    text: &str,
    shared: &[Event],
    events_broken: bool,
) -> Result<Resolution, Vec<Diagnostic>> {
    let mut src = Src::new(path, text);
    src.events_broken = events_broken;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !crate::model::is_valid_id(&id) {
        src.diagnostics.push(
            Diagnostic::file(
                path,
                format!("`{id}` is not a valid resolution id: the file name must be lowercase ASCII letters, digits and `-`"),
            )
            .with_help(Some(rename_help(&id))),
        );
    }
    let res = src
        .parse()
        .and_then(|table| src.resolution(id, &table, shared));
    if src.diagnostics.is_empty() {
        Ok(res.expect("no diagnostics means a resolution"))
    } else {
        sort(&mut src.diagnostics);
        Err(src.diagnostics)
    }
}

/// Parses and validates the text of events file `path` on its own (an edit of a shared
/// event checks the text it is about to write).
pub fn parse_events(path: &Path, text: &str) -> Result<Vec<Event>, Vec<Diagnostic>> {
    let mut src = Src::new(path, text);
    let events = src
        .parse()
        .map(|table| parse_events_file(&mut src, &table.into_inner(), &mut BTreeMap::new()))
        .unwrap_or_default();
    if src.diagnostics.is_empty() {
        Ok(events)
    } else {
        Err(src.diagnostics)
    }
}

/// What to rename a file with invalid id `id` to. `Events.toml` is not told to become
/// `events.toml`, which would make it the shared events file, unless that is what it is.
fn rename_help(id: &str) -> String {
    match suggest_id(id) {
        s if s == "events" => format!(
            "if the file holds shared [[events]], name it `{EVENTS_FILE}` (all lowercase); if it is a resolution, give it another id, such as `events-1.toml`"
        ),
        s => format!("rename the file to `{s}.toml`"),
    }
}

/// A valid id close to `s`, to suggest: `s` transliterated to ASCII (`résolution` →
/// `resolution`, Arabic in Latin letters), the one rule every id made from a name follows
/// (`oic_draft::id_part`), so that composed and decomposed accents give one suggestion.
pub fn suggest_id(s: &str) -> String {
    match oic_draft::id_part(s) {
        id if id.is_empty() => "resolution".into(),
        id => id,
    }
}

fn parse_events_file(
    src: &mut Src<'_>,
    table: &DeTable<'_>,
    seen: &mut BTreeMap<String, PathBuf>,
) -> Vec<Event> {
    let mut events = Vec::new();
    for (key, value) in table.iter() {
        if key.get_ref() == "events" {
            events = src.events(value);
        } else {
            src.unknown_key(key, "events.toml", &["events"]);
        }
    }
    events.retain(|e| match seen.get(&e.id) {
        Some(first) => {
            let at = src.find_id_span(&e.id);
            src.error(
                at,
                format!(
                    "duplicate event id `{}`: {} defines it already",
                    e.id,
                    first.display()
                ),
                None,
            );
            false
        }
        None => {
            seen.insert(e.id.clone(), src.path.to_path_buf());
            true
        }
    });
    events
}

impl Src<'_> {
    /// Checks that every deadline refers to a known event and lands on the calendar. Runs
    /// even when the rest of the file is wrong, so one run names every problem.
    fn check_deadlines(
        &mut self,
        own: &[Event],
        shared: &[Event],
        adopted: Option<jiff::civil::Date>,
        dues: &[(Due, Range<usize>)],
    ) {
        self.check_own_events(own, shared);
        let mut known = KnownEvents::new(own, shared);
        for (due, span) in dues {
            self.check_deadline(due, span, adopted, &mut known);
        }
    }

    /// A file's own event may not take the id of one in events.toml.
    fn check_own_events(&mut self, own: &[Event], shared: &[Event]) {
        let shared_ids: HashSet<&str> = shared.iter().map(|e| e.id.as_str()).collect();
        for event in own {
            if shared_ids.contains(event.id.as_str()) {
                let at = self.find_id_span(&event.id);
                self.error(
                    at,
                    format!(
                        "duplicate event id `{}`: events.toml defines it already",
                        event.id
                    ),
                    Some("give this event another id, or remove it and use the shared one".into()),
                );
            }
        }
    }

    /// One deadline: its event known, its days on the calendar, and a recurring one's
    /// `until` no earlier than its first occurrence.
    fn check_deadline(
        &mut self,
        due: &Due,
        span: &Range<usize>,
        adopted: Option<jiff::civil::Date>,
        known: &mut KnownEvents<'_>,
    ) {
        match deadline::window(due, adopted.unwrap_or_default(), |id| known.date(id)) {
            Ok(_) if adopted.is_none() => {}
            Ok(first) => {
                if let Due::Every(r) = due
                    && let Some(until) = r.until
                    && first.earliest > deadline::fuzzy_window(until).latest
                {
                    self.error(
                        span.clone(),
                        format!(
                            "`until` ({until}) is before the first occurrence opens ({})",
                            first.earliest
                        ),
                        Some("no occurrence opens after `until`: move `until` later or `first` earlier".into()),
                    );
                }
            }
            Err(WindowError::UnknownEvent(id)) => {
                let help = self.unknown_event_help(&id, known);
                self.error(span.clone(), format!("no event `{id}`"), Some(help));
            }
            // Without a valid `adopted` day there is nothing to measure from.
            Err(WindowError::OutOfRange) if adopted.is_none() => {}
            Err(WindowError::OutOfRange) => self.error(
                span.clone(),
                "this deadline falls outside the years -9999 to 9999",
                None,
            ),
        }
    }

    /// What to do about a deadline naming no known event: the near miss it may be, else
    /// where events are defined.
    fn unknown_event_help(&self, id: &str, known: &mut KnownEvents<'_>) -> String {
        match known.suggester.suggest(id) {
            Some(s) => format!("did you mean `{s}`?"),
            None if self.events_broken => format!(
                "{EVENTS_FILE} has errors (above), and events in it may not have been read; fix those first"
            ),
            None => format!(
                "define it under [[events]] in this file or in {EVENTS_FILE}; known events: {}",
                list_some(&known.ids, KNOWN_SHOWN)
            ),
        }
    }
}

/// The events a file's deadlines may name: its own, the shared ones, and `adoption`.
struct KnownEvents<'a> {
    ids: Vec<&'a str>,
    /// By id, the file's own first: a search of both lists per deadline would cost
    /// deadlines × events.
    dates: HashMap<&'a str, Fuzzy>,
    /// One for the whole file: its budget bounds the did-you-means of all its deadlines.
    suggester: Suggester<'a>,
}

impl<'a> KnownEvents<'a> {
    fn new(own: &'a [Event], shared: &'a [Event]) -> Self {
        let ids: Vec<&str> = own
            .iter()
            .chain(shared)
            .map(|e| e.id.as_str())
            .chain(["adoption"])
            .collect();
        let mut dates = HashMap::with_capacity(own.len() + shared.len());
        for e in own.iter().chain(shared).rev() {
            dates.insert(e.id.as_str(), e.date);
        }
        let suggester = Suggester::new(ids.clone(), Suggester::BUDGET);
        KnownEvents {
            ids,
            dates,
            suggester,
        }
    }

    fn date(&self, id: &str) -> Option<Fuzzy> {
        self.dates.get(id).copied()
    }
}

#[cfg(test)]
mod tests;
