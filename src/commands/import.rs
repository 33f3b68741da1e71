//! `import FILE.xlsx|FILE.csv`: a follow-up matrix (one row per action) brought in as
//! resolution files, one per distinct Resolution value. The rules are in docs/import.md.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use jiff::civil::Date;
use toml_edit::{DocumentMut, Value};

use super::editing::{DryRun, invalid, not_edited};
use crate::ctx::{Ctx, Outcome};
use crate::edit::{self, Edit};
use crate::model::{Anchor, Due, Event, Fuzzy, Paragraph, Resolution, State, parse_day, parse_due};
use crate::sheet::{self, Cell, Grid};
use crate::{load, text};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The spreadsheet: an Excel workbook (.xlsx) or CSV (`,` or `;`, UTF-8 or a Windows
    /// code page)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The workbook's sheet to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// Who adopted the resolutions, when the sheet does not say
    #[arg(long, value_name = "TEXT")]
    pub body: Option<String>,

    /// The day they were adopted, when the sheet does not say
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub adopted: Option<Date>,

    /// Read the column headed HEADER as FIELD (repeatable): resolution, title, id,
    /// paragraph, actor, summary, text, due, status, done, notes, tags, or `skip`
    #[arg(long, value_name = "HEADER=FIELD", value_parser = parse_map)]
    pub map: Vec<(String, Field)>,

    /// Import the rows that read and list the others, instead of importing nothing
    #[arg(long)]
    pub skip_bad: bool,

    #[command(flatten)]
    pub dry: DryRun,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Resolution,
    Title,
    Id,
    Paragraph,
    Actor,
    Summary,
    Text,
    Due,
    Status,
    State,
    Done,
    Notes,
    Tags,
    Skip,
}

fn parse_map(s: &str) -> Result<(String, Field), String> {
    let (header, field) = s
        .rsplit_once('=')
        .ok_or_else(|| format!("`{s}` is not HEADER=FIELD, e.g. 'Action à mener=summary'"))?;
    let field = match field.trim() {
        "resolution" => Field::Resolution,
        "title" => Field::Title,
        "id" => Field::Id,
        "paragraph" => Field::Paragraph,
        "actor" => Field::Actor,
        "summary" => Field::Summary,
        "text" => Field::Text,
        "due" => Field::Due,
        "status" => Field::Status,
        "done" => Field::Done,
        "notes" => Field::Notes,
        "tags" => Field::Tags,
        "skip" => Field::Skip,
        other => {
            return Err(format!(
                "`{other}` is not a field; use resolution, title, id, paragraph, actor, summary, text, due, status, done, notes, tags or skip"
            ));
        }
    };
    Ok((norm(header), field))
}

/// A header as compared: ASCII (accents dropped), lowercase, words only.
fn norm(s: &str) -> String {
    oic_draft::id_part(s).replace('-', " ")
}

/// The field a header names, in English or French, or as `list -o FILE.xlsx` writes it.
fn field_of(header: &str) -> Option<Field> {
    let h = norm(header);
    let f = match h.as_str() {
        "resolution"
        | "resolution no"
        | "resolution number"
        | "res"
        | "resolution id"
        | "resolution symbol"
        | "resolution ref"
        | "resolution reference"
        | "resolution n"
        | "resolution n o"
        | "resolution n deg"
        | "no de la resolution" => Field::Resolution,
        "title" | "titre" | "resolution title" | "titre de la resolution" => Field::Title,
        "op"
        | "paragraph"
        | "para"
        | "paragraphe"
        | "op paragraph"
        | "operative paragraph"
        | "op no"
        | "paragraph no"
        | "par"
        | "paragraphe operatif"
        | "s"
        | "p" => Field::Paragraph,
        "action required" | "mandate" | "action" | "summary" | "action requise" | "mandat"
        | "resume" | "request" | "task" | "actions required" | "actions requises"
        | "action demandee" | "action a mener" | "mesure" | "mesures" => Field::Summary,
        "responsible" | "actor" | "responsable" | "acteur" | "lead" | "responsible entity"
        | "entite responsable" | "responsibility" | "responsible unit" | "actors" => Field::Actor,
        "deadline" | "due date" | "due" | "echeance" | "date limite" | "timeline" | "due text"
        | "delai" | "echeancier" => Field::Due,
        "status" | "statut" | "etat" => Field::Status,
        "state" => Field::State,
        "remarks" | "notes" | "observations" | "remarques" | "comments" | "commentaires"
        | "note" | "remark" => Field::Notes,
        "text" | "texte" | "clause" | "operative text" | "texte du paragraphe" => Field::Text,
        "done" | "completed on" | "date completed" | "date of completion" | "achevee le" => {
            Field::Done
        }
        "tags" => Field::Tags,
        "mandate id" | "id du mandat" => Field::Id,
        _ => return None,
    };
    Some(f)
}

/// Which column holds which field.
type Columns = BTreeMap<Field, usize>;

/// The header row: the first of the top rows naming an action column and two others
/// (banner rows above it are skipped), and its columns.
fn header(grid: &Grid, map: &[(String, Field)]) -> Option<(usize, Columns)> {
    (0..grid.rows.len().min(30)).find_map(|r| {
        let mut cols = Columns::new();
        let mut summaries = Vec::new();
        for (c, cell) in grid.rows[r].iter().enumerate() {
            let Cell::Text(h) = cell else { continue };
            let mapped = map.iter().find(|(m, _)| *m == norm(h)).map(|(_, f)| *f);
            let Some(f) = mapped.or_else(|| field_of(h)) else {
                continue;
            };
            if f == Field::Summary && mapped.is_none() {
                summaries.push((c, norm(h)));
            }
            cols.entry(f).or_insert(c);
        }
        // `list -o FILE.xlsx` writes both `mandate` (the id) and `summary`.
        let mandate = summaries.iter().find(|(_, h)| h == "mandate");
        if summaries.len() > 1
            && let Some((c, _)) = mandate
        {
            cols.insert(Field::Id, *c);
            let other = summaries.iter().find(|(_, h)| h != "mandate");
            if let Some((s, _)) = other {
                cols.insert(Field::Summary, *s);
            }
        }
        cols.retain(|f, _| *f != Field::Skip);
        (cols.contains_key(&Field::Summary) && cols.len() >= 3).then_some((r, cols))
    })
}

/// One row read: a mandate for the resolution `resolution`, with the `# check:` notes the
/// user should review.
#[derive(Debug, Clone)]
struct Item {
    resolution: String,
    title: Option<String>,
    id: Option<String>,
    paragraph: Option<Paragraph>,
    actor: Vec<String>,
    summary: String,
    text: Option<String>,
    due: Option<Due>,
    state: State,
    done: Option<Date>,
    notes: Vec<(Date, String)>,
    tags: Vec<String>,
    checks: Checks,
}

/// What the user should review (of the actor, the deadline, the done day): each a
/// `# check:` comment in the file.
type Checks = BTreeMap<&'static str, String>;

/// A row that cannot be read: `FILE:SHEET!CELL: message`.
struct Bad {
    at: String,
    message: String,
}

struct Reader<'a> {
    grid: &'a Grid,
    cols: Columns,
    today: Date,
    file: &'a Path,
}

impl Reader<'_> {
    fn cell(&self, row: usize, f: Field) -> Option<(&Cell, usize)> {
        let c = *self.cols.get(&f)?;
        Some((self.grid.cell(row, c), c))
    }

    fn text(&self, row: usize, f: Field) -> Option<String> {
        self.cell(row, f)
            .map(|(c, _)| c.text())
            .filter(|s| !s.is_empty())
    }

    fn bad(&self, row: usize, f: Field, message: String) -> Bad {
        let col = self.cols.get(&f).copied().unwrap_or(0);
        Bad {
            at: format!(
                "{}:{}!{}",
                self.file.display(),
                self.grid.name,
                sheet::address(row, col)
            ),
            message,
        }
    }

    /// The row's mandate; `current` is the resolution of the rows above (a merged or
    /// blank Resolution cell continues it). `Ok(None)`: a row with no mandate.
    fn item(&self, row: usize, current: &mut Option<String>) -> Result<Option<Item>, Bad> {
        if self.grid.rows[row].iter().all(Cell::is_empty) {
            return Ok(None);
        }
        if let Some(res) = self.text(row, Field::Resolution) {
            *current = Some(res);
        }
        let Some(summary) = self.text(row, Field::Summary) else {
            return self.no_summary(row);
        };
        let mut checks = BTreeMap::new();
        let actor = self.actors(row, &mut checks);
        let paragraph = self.paragraph(row);
        let (due, due_check) = self.due(row)?;
        if let Some(c) = due_check {
            checks.insert("due", c);
        }
        let status = self
            .text(row, Field::State)
            .or_else(|| self.text(row, Field::Status));
        let state = status.as_deref().map_or(State::Pending, state_of);
        let done = self.done(row, state, &mut checks)?;
        Ok(Some(Item {
            resolution: self.resolution(current.as_deref()),
            title: self.text(row, Field::Title),
            id: self.text(row, Field::Id),
            paragraph,
            actor,
            summary,
            text: self.text(row, Field::Text),
            due,
            state,
            done,
            notes: self.notes(row),
            tags: self.tags(row),
            checks,
        }))
    }

    /// A row with no action: a section row naming the resolution of the rows below, or
    /// a mistake.
    fn no_summary(&self, row: usize) -> Result<Option<Item>, Bad> {
        let only_resolution = self.grid.rows[row].iter().enumerate().all(|(c, cell)| {
            cell.is_empty()
                || [Field::Resolution, Field::Title]
                    .iter()
                    .any(|f| self.cols.get(f) == Some(&c))
        });
        if only_resolution {
            return Ok(None);
        }
        Err(self.bad(
            row,
            Field::Summary,
            "no action in this row; write what is asked, or delete the row".into(),
        ))
    }

    /// The resolution the row belongs to: the rows above's, else the file's name.
    fn resolution(&self, current: Option<&str>) -> String {
        match current {
            Some(r) => r.to_string(),
            None => self
                .file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }

    /// The actors, one per line or `;`; a placeholder to check when the sheet names none.
    fn actors(&self, row: usize, checks: &mut Checks) -> Vec<String> {
        let actor: Vec<String> = self
            .text(row, Field::Actor)
            .map(|a| {
                a.split([';', '\n'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        if actor.is_empty() {
            checks.insert("actor", "the sheet names no one for this row".to_string());
            vec!["(not given)".to_string()]
        } else {
            actor
        }
    }

    /// The day a done mandate was done: the sheet's, else today marked to check. A day
    /// beside any other status is dropped.
    fn done(&self, row: usize, state: State, checks: &mut Checks) -> Result<Option<Date>, Bad> {
        let done = match self.cell(row, Field::Done) {
            Some((c, _)) if !c.is_empty() => Some(day_of(c).ok_or_else(|| {
                self.bad(
                    row,
                    Field::Done,
                    format!(
                        "cannot read `{}` as the day it was done; write it as 31/03/2024",
                        c.text()
                    ),
                )
            })?),
            _ => None,
        };
        Ok(match (state, done) {
            (State::Done, Some(d)) => Some(d),
            (State::Done, None) => {
                checks.insert("done", "the sheet gives no day it was done; set it".into());
                Some(self.today)
            }
            _ => None,
        })
    }

    /// Tags, `;` between them, as ids.
    fn tags(&self, row: usize) -> Vec<String> {
        self.text(row, Field::Tags)
            .map(|t| {
                t.split(';')
                    .map(|s| oic_draft::id_part(s.trim()))
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The paragraph as the sheet writes it: a whole number, or text (`5 (a)`, `OP 5`).
    fn paragraph(&self, row: usize) -> Option<Paragraph> {
        let p = self.text(row, Field::Paragraph)?;
        Paragraph::parse(&one_line(&p)).ok()
    }

    /// The deadline: a date cell, a serial number, a year, or text (`31/03/2024`,
    /// `December 2024`, `décembre 2024`, `2025`, or the forms `add --due` takes). One that
    /// names a meeting is left to the user, as a `# check:` line.
    fn due(&self, row: usize) -> Result<(Option<Due>, Option<String>), Bad> {
        let Some((cell, _)) = self.cell(row, Field::Due) else {
            return Ok((None, None));
        };
        if cell.is_empty() {
            return Ok((None, None));
        }
        let shown = cell.text();
        if let Some(f) = fuzzy_of(cell) {
            return Ok((Some(Due::On(f)), None));
        }
        if let Ok(due) = parse_due(&shown) {
            return Ok((Some(due), None));
        }
        if names_meeting(&shown) {
            let why = format!(
                "the sheet's deadline is `{}`, a meeting: add it to events.toml and write due = {{ before = \"EVENT\" }}",
                one_line(&shown)
            );
            return Ok((None, Some(why)));
        }
        Err(self.bad(
            row,
            Field::Due,
            format!(
                "cannot read `{}` as a deadline; write a day (31/03/2024), a month (December 2024) or a year (2025)",
                text::escape(&shown)
            ),
        ))
    }

    /// Remarks as notes: lines `YYYY-MM-DD: text` (as `list -o FILE.xlsx` writes them)
    /// each a note of its day; any other text one note of `--today`.
    fn notes(&self, row: usize) -> Vec<(Date, String)> {
        let Some(t) = self.text(row, Field::Notes) else {
            return Vec::new();
        };
        let dated: Option<Vec<(Date, String)>> = t
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let (d, rest) = l.split_once(": ")?;
                Some((parse_day(d).ok()?, rest.to_string()))
            })
            .collect();
        dated.unwrap_or_else(|| vec![(self.today, t)])
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A day (date cell, serial number, or text such as `31/03/2024`).
fn day_of(cell: &Cell) -> Option<Date> {
    match fuzzy_of(cell)? {
        Fuzzy::Day(d) => Some(d),
        _ => None,
    }
}

/// A day, month or year, from a cell.
fn fuzzy_of(cell: &Cell) -> Option<Fuzzy> {
    match cell {
        Cell::Date(d) => Some(Fuzzy::Day(*d)),
        Cell::Number(n) if n.fract() == 0.0 && (1900.0..=2200.0).contains(n) => {
            Some(Fuzzy::Year(*n as i16))
        }
        Cell::Number(n) => sheet::serial_day(*n).map(Fuzzy::Day),
        Cell::Text(s) => fuzzy_text(s.trim()),
        Cell::Empty => None,
    }
}

const MONTHS: [(&str, i8); 26] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("sept", 9),
    ("sep", 9),
];

fn month_of(word: &str) -> Option<i8> {
    let w = norm(word);
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .find(|(name, _)| *name == w || (w.len() >= 3 && name.starts_with(&w)))
        .map(|(_, m)| *m)
}

/// `31/03/2024` (day first; month first only when the day cannot be the first number),
/// `31.03.2024`, `December 2024`, `31 March 2024`, `2024-03-31`, `2024-03`, `2025`.
fn fuzzy_text(s: &str) -> Option<Fuzzy> {
    if let Ok(f) = crate::model::parse_fuzzy(s) {
        return Some(f);
    }
    let parts: Vec<&str> = s
        .split(|c: char| c == '/' || c == '.' || c == '-' || c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    let num = |p: &str| p.parse::<i32>().ok();
    let year = |p: &str| {
        num(p)
            .filter(|y| (1900..=2200).contains(y))
            .map(|y| y as i16)
    };
    let day = |y: i16, m: i8, d: i32| jiff::civil::Date::new(y, m, i8::try_from(d).ok()?).ok();
    match parts.as_slice() {
        [a, b, y] if num(a).is_some() && num(b).is_some() => {
            let (a, b, y) = (num(a)?, num(b)?, year(y)?);
            let (d, m) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
            day(y, i8::try_from(m).ok()?, d).map(Fuzzy::Day)
        }
        [d, m, y] if num(d).is_some() => day(year(y)?, month_of(m)?, num(d)?).map(Fuzzy::Day),
        [m, d, y] if num(d).is_some() => day(year(y)?, month_of(m)?, num(d)?).map(Fuzzy::Day),
        [m, y] => Some(Fuzzy::Month {
            year: year(y)?,
            month: month_of(m)?,
        }),
        _ => None,
    }
}

/// Whether a deadline names a meeting rather than a day (`before the 51st CFM`).
fn names_meeting(s: &str) -> bool {
    let n = norm(s);
    [
        "session",
        "summit",
        "meeting",
        "conference",
        "council",
        "assembly",
        "cfm",
        "sommet",
        "reunion",
        "conseil",
        "assemblee",
        "before",
        "avant",
        "next",
        "prochaine",
        "prochain",
    ]
    .iter()
    .any(|w| n.split(' ').any(|x| x == *w))
}

/// An office's status word as a stored state.
fn state_of(s: &str) -> State {
    let n = norm(s);
    let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
    let negated = n
        .split(' ')
        .any(|w| matches!(w, "not" | "non" | "pas" | "no"));
    if has(&[
        "dropped",
        "superseded",
        "withdrawn",
        "abandon",
        "annule",
        "caduc",
        "remplace",
    ]) {
        State::Dropped
    } else if negated {
        State::Pending
    } else if has(&[
        "ongoing",
        "in progress",
        "under way",
        "underway",
        "en cours",
        "started",
        "partial",
    ]) {
        State::InProgress
    } else if has(&[
        "complet",
        "done",
        "achev",
        "termine",
        "implemented",
        "finished",
        "realise",
        "mis en oeuvre",
    ]) {
        State::Done
    } else {
        State::Pending
    }
}

/// The summary as matched: case and spacing do not make a mandate new.
fn key(paragraph: Option<&Paragraph>, summary: &str) -> (String, String) {
    let p = paragraph.map(|p| one_line(&p.to_string()).to_lowercase());
    (p.unwrap_or_default(), one_line(summary).to_lowercase())
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let grid = sheet::read(&args.file, args.sheet.as_deref())?;
    let Some((head, cols)) = header(&grid, &args.map) else {
        bail!(
            "`{}`: no header row found in the sheet `{}`: expected columns such as Resolution, OP, Action required, Responsible, Deadline, Status, Remarks (or in French); name yours with --map 'Header=field'",
            args.file.display(),
            grid.name
        );
    };
    let reader = Reader {
        grid: &grid,
        cols,
        today: ctx.today,
        file: &args.file,
    };
    let mut items = Vec::new();
    let mut bad = Vec::new();
    let mut current = None;
    for row in head + 1..grid.rows.len() {
        match reader.item(row, &mut current) {
            Ok(Some(item)) => items.push(item),
            Ok(None) => {}
            Err(b) => bad.push(b),
        }
    }
    for b in &bad {
        let verb = if args.skip_bad { "skipped " } else { "" };
        eprintln!("{verb}{}: {}", text::escape(&b.at), b.message);
    }
    if !bad.is_empty() && !args.skip_bad {
        bail!(
            "{} row(s) cannot be read (above); nothing was imported. Fix them, or add --skip-bad to import the others",
            bad.len()
        );
    }
    let loaded = ctx.load();
    let plan = plan(ctx, args, &loaded, items)?;
    let mut added = 0;
    for file in plan {
        added += file.count;
        let what = match file.existed {
            true => format!("{}: {} mandate(s) added", file.id, file.count),
            false => format!("{}: created with {} mandate(s)", file.id, file.count),
        };
        let path = file.path.clone();
        file.write(args.dry.dry_run, out)?;
        super::editing::confirm(args.dry, out, &path, &what)?;
    }
    if added == 0 {
        writeln!(out, "nothing to import: every row is already in the folder")?;
    }
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// One file the import writes: new, or an existing one with mandates appended.
struct Planned {
    id: String,
    path: PathBuf,
    existed: bool,
    count: usize,
    write: Writing,
}

/// How a planned file is written: created, or the mandates' fields appended in place.
enum Writing {
    New(String),
    Append {
        mandates: Vec<Vec<(&'static str, Value)>>,
        shared: Vec<Event>,
    },
}

impl Planned {
    /// Writes the file. An edit takes its lock here, one file at a time: on Windows every
    /// file of a folder shares one lock, so a second edit held open would wait for the first.
    fn write(self, dry_run: bool, out: &mut dyn Write) -> Result<()> {
        match self.write {
            Writing::New(text) => edit::create(&self.path, &text, |_| Ok(()), dry_run, out),
            Writing::Append { mandates, shared } => {
                let mut e = Edit::open(&self.path)?;
                for fields in &mandates {
                    edit::push_mandate(&mut e.doc, fields)?;
                }
                let path = self.path.clone();
                let validate = move |text: &str| {
                    load::parse_resolution(&path, text, &shared)
                        .map(|_| ())
                        .map_err(invalid)
                };
                e.finish(validate, dry_run, out)
            }
        }
    }
}

/// Groups the rows by resolution, drops those already in the folder, and prepares each
/// file's text (validated before anything is written).
fn plan(ctx: &Ctx, args: &Args, loaded: &load::Loaded, items: Vec<Item>) -> Result<Vec<Planned>> {
    let shared = loaded.folder.events.clone();
    let known_events: HashSet<String> = shared.iter().map(|e| e.id.clone()).collect();
    let mut planned = Vec::new();
    for (id, mut items) in by_resolution(items) {
        let existing = loaded.folder.resolution(&id);
        if existing.is_none()
            && let Some(broken) = super::editing::broken_file(loaded, &id)
        {
            return Err(not_edited(broken));
        }
        drop_known(existing, &mut items);
        if items.is_empty() {
            continue;
        }
        leave_unknown_meetings(existing, &known_events, &mut items);
        let shared = shared.clone();
        planned.push(match existing {
            Some(res) => plan_append(res, id, &items, shared)?,
            None => plan_new(ctx, args, id, &items, shared)?,
        });
    }
    Ok(planned)
}

/// The rows by the id of their resolution's file, in the order the sheet first names them.
fn by_resolution(items: Vec<Item>) -> Vec<(String, Vec<Item>)> {
    let mut groups: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    let mut order = Vec::new();
    for item in items {
        let id = match oic_draft::id_part(&item.resolution) {
            id if id.is_empty() => "resolution".to_string(),
            id => id,
        };
        if !groups.contains_key(&id) {
            order.push(id.clone());
        }
        groups.entry(id).or_default().push(item);
    }
    order
        .into_iter()
        .map(|id| {
            let items = groups.remove(&id).unwrap_or_default();
            (id, items)
        })
        .collect()
}

/// Drops the rows whose mandate the resolution has already, and repeats within the sheet:
/// importing twice changes nothing.
fn drop_known(existing: Option<&Resolution>, items: &mut Vec<Item>) {
    let mut seen: HashSet<(String, String)> = existing
        .map(|r| {
            r.mandates
                .iter()
                .map(|m| key(m.paragraph.as_ref(), &m.summary))
                .collect()
        })
        .unwrap_or_default();
    items.retain(|i| seen.insert(key(i.paragraph.as_ref(), &i.summary)));
}

/// A deadline relative to a meeting no events file defines would not load: it is left to
/// the user, as a `# check:` line.
fn leave_unknown_meetings(
    existing: Option<&Resolution>,
    known_events: &HashSet<String>,
    items: &mut [Item],
) {
    let own_events: HashSet<String> = existing
        .map(|r| r.events.iter().map(|e| e.id.clone()).collect())
        .unwrap_or_default();
    for i in items {
        let unknown = match &i.due {
            Some(
                Due::Before(Anchor::Event(e))
                | Due::At {
                    anchor: Anchor::Event(e),
                    ..
                },
            ) => (!known_events.contains(e) && !own_events.contains(e)).then(|| e.clone()),
            _ => None,
        };
        if let Some(e) = unknown {
            i.checks.insert("due", format!("the sheet's deadline names the meeting `{e}`, which no events file defines: add it, then write due = {{ before = \"{e}\" }}"));
            i.due = None;
        }
    }
}

/// The mandates appended to an existing resolution, their ids new in its file.
fn plan_append(
    res: &Resolution,
    id: String,
    items: &[Item],
    shared: Vec<Event>,
) -> Result<Planned> {
    let mut ids: HashSet<String> = res.mandates.iter().map(|m| m.id.clone()).collect();
    let path = res.path.clone();
    let mandates: Vec<_> = items
        .iter()
        .map(|i| fields(i, &mandate_id(i, &mut ids)))
        .collect();
    // Checked now, before any file is written; the edit checks again under its lock.
    let mut edit = Edit::open(&path)?;
    for f in &mandates {
        edit::push_mandate(&mut edit.doc, f)?;
    }
    let text = edit.rendered();
    drop(edit);
    load::parse_resolution(&path, &text, &shared).map_err(invalid)?;
    Ok(Planned {
        id,
        path,
        existed: true,
        count: items.len(),
        write: Writing::Append { mandates, shared },
    })
}

/// A new resolution file `ID.toml` holding the mandates.
fn plan_new(
    ctx: &Ctx,
    args: &Args,
    id: String,
    items: &[Item],
    shared: Vec<Event>,
) -> Result<Planned> {
    let path = ctx.dir.join(format!("{id}.toml"));
    let text = new_file(args, ctx.today, &grid_name(args), items)?;
    load::parse_resolution(&path, &text, &shared)
        .map_err(invalid)
        .map_err(|e| {
            e.context(format!(
                "`{}` would be invalid; nothing was written",
                path.display()
            ))
        })?;
    Ok(Planned {
        id,
        path,
        existed: false,
        count: items.len(),
        write: Writing::New(text),
    })
}

fn grid_name(args: &Args) -> String {
    args.file.display().to_string()
}

/// A mandate id, unique in its file: the sheet's, else made from the paragraph and the
/// first words of the summary (transliterated).
fn mandate_id(i: &Item, ids: &mut HashSet<String>) -> String {
    let given = i.id.as_deref().filter(|id| crate::model::is_valid_id(id));
    let base = match given {
        Some(id) => id.to_string(),
        None => {
            let words: Vec<String> = i
                .summary
                .split_whitespace()
                .map(|w| oic_draft::id_part(w).replace('-', ""))
                .filter(|w| w.len() > 2)
                .take(3)
                .collect();
            let words = if words.is_empty() {
                "mandate".to_string()
            } else {
                words.join("-")
            };
            match i
                .paragraph
                .as_ref()
                .map(|p| oic_draft::id_part(&p.to_string()))
            {
                Some(p) if !p.is_empty() => format!("op{p}-{words}"),
                _ => words,
            }
        }
    };
    let mut id = base.clone();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A value with a `# check:` comment after it when `why` is given.
fn checked(mut v: Value, why: Option<&String>) -> Value {
    if let Some(why) = why {
        let clean: String = why
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        v.decor_mut().set_suffix(format!("  # check: {clean}"));
    }
    v
}

fn fields(i: &Item, id: &str) -> Vec<(&'static str, Value)> {
    let mut f: Vec<(&'static str, Value)> = vec![("id", Value::from(id))];
    match &i.paragraph {
        Some(Paragraph::Number(n)) => f.push(("paragraph", Value::from(*n))),
        Some(Paragraph::Text(t)) => f.push(("paragraph", Value::from(t.as_str()))),
        None => {}
    }
    let actor = match i.actor.as_slice() {
        [one] => Value::from(one.as_str()),
        many => Value::Array(many.iter().map(String::as_str).collect()),
    };
    f.push(("actor", checked(actor, i.checks.get("actor"))));
    // A deadline left to the user has no `due` line to carry its comment: the summary does.
    let why_no_due = i.checks.get("due").filter(|_| i.due.is_none());
    f.push((
        "summary",
        checked(Value::from(i.summary.as_str()), why_no_due),
    ));
    if let Some(t) = &i.text {
        f.push(("text", Value::from(t.as_str())));
    }
    if let Some(d) = &i.due {
        f.push(("due", checked(edit::due_value(d), i.checks.get("due"))));
    }
    if i.state != State::Pending {
        f.push(("status", Value::from(i.state.as_str())));
    }
    if let Some(d) = i.done {
        f.push(("done", checked(edit::date_value(d), i.checks.get("done"))));
    }
    if !i.tags.is_empty() {
        f.push((
            "tags",
            Value::Array(i.tags.iter().map(String::as_str).collect()),
        ));
    }
    if !i.notes.is_empty() {
        let mut notes = toml_edit::Array::new();
        for (d, t) in &i.notes {
            let mut n = toml_edit::InlineTable::new();
            n.insert("date", edit::date_value(*d));
            n.insert("text", Value::from(t.as_str()));
            notes.push(n);
        }
        f.push(("notes", Value::Array(notes)));
    }
    f
}

/// A new resolution file: a header saying where it comes from, the resolution's keys
/// (placeholders marked `# check:` where the sheet and the flags say nothing), its mandates.
fn new_file(args: &Args, today: Date, source: &str, items: &[Item]) -> Result<String> {
    let first = &items[0];
    let title = first
        .title
        .clone()
        .unwrap_or_else(|| one_line(&first.resolution));
    let quote = |s: &str| Value::from(s).to_string();
    let source: String = source.chars().filter(|c| !c.is_control()).collect();
    let mut text = format!(
        "# Imported by `oic-track import` from {source}.\n# Review every line marked `# check:`, then run `oic-track check`.\n\n"
    );
    text += &format!("title   = {}\n", quote(&title));
    text += &match &args.body {
        Some(b) => format!("body    = {}\n", quote(b)),
        None => format!(
            "body    = {}  # check: the sheet does not say who adopted it (import --body sets it)\n",
            quote("(not given)")
        ),
    };
    text += &match args.adopted {
        Some(d) => format!("adopted = {d}\n"),
        None => format!(
            "adopted = {today}  # check: the sheet gives no date; set the day it was adopted (import --adopted sets it)\n"
        ),
    };
    let mut doc: DocumentMut = text.parse()?;
    let mut ids = HashSet::new();
    for i in items {
        let mid = mandate_id(i, &mut ids);
        edit::push_mandate(&mut doc, &fields(i, &mid))?;
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i16, m: i8, d: i8) -> Option<Fuzzy> {
        Some(Fuzzy::Day(jiff::civil::date(y, m, d)))
    }

    #[test]
    fn dates_are_read_as_offices_write_them() {
        assert_eq!(fuzzy_text("31/03/2024"), day(2024, 3, 31));
        assert_eq!(
            fuzzy_text("3/31/2024"),
            day(2024, 3, 31),
            "month first when it must be"
        );
        assert_eq!(fuzzy_text("01.04.2024"), day(2024, 4, 1));
        assert_eq!(
            fuzzy_text("December 2024"),
            Some(Fuzzy::Month {
                year: 2024,
                month: 12
            })
        );
        assert_eq!(
            fuzzy_text("décembre 2024"),
            Some(Fuzzy::Month {
                year: 2024,
                month: 12
            })
        );
        assert_eq!(
            fuzzy_text("Dec. 2024"),
            Some(Fuzzy::Month {
                year: 2024,
                month: 12
            })
        );
        assert_eq!(fuzzy_text("31 mars 2025"), day(2025, 3, 31));
        assert_eq!(fuzzy_text("March 31, 2025"), day(2025, 3, 31));
        assert_eq!(fuzzy_text("2025"), Some(Fuzzy::Year(2025)));
        assert_eq!(fuzzy_text("2024-02-29"), day(2024, 2, 29));
        assert_eq!(fuzzy_text("31/02/2024"), None, "no such day");
        assert_eq!(fuzzy_text("soon"), None);
        assert_eq!(
            fuzzy_of(&Cell::Number(45382.0)),
            day(2024, 3, 31),
            "a serial number"
        );
        assert_eq!(fuzzy_of(&Cell::Number(2025.0)), Some(Fuzzy::Year(2025)));
    }

    #[test]
    fn office_statuses_map_to_states() {
        for (s, want) in [
            ("Completed", State::Done),
            ("Done", State::Done),
            ("Achevé", State::Done),
            ("Ongoing", State::InProgress),
            ("In progress", State::InProgress),
            ("En cours", State::InProgress),
            ("Dropped", State::Dropped),
            ("Superseded", State::Dropped),
            ("Not started", State::Pending),
            ("Not completed", State::Pending),
            ("", State::Pending),
            ("overdue", State::Pending),
            ("in-progress", State::InProgress),
        ] {
            assert_eq!(state_of(s), want, "{s}");
        }
    }

    #[test]
    fn english_and_french_headers_are_recognised() {
        for (h, f) in [
            ("Resolution", Field::Resolution),
            ("Résolution", Field::Resolution),
            ("OP", Field::Paragraph),
            ("Paragraphe", Field::Paragraph),
            ("Action required", Field::Summary),
            ("Action requise", Field::Summary),
            ("Mandat", Field::Summary),
            ("Responsible", Field::Actor),
            ("Responsable", Field::Actor),
            ("Due date", Field::Due),
            ("Échéance", Field::Due),
            ("Date limite", Field::Due),
            ("Statut", Field::Status),
            ("État", Field::Status),
            ("Observations", Field::Notes),
            ("Remarks", Field::Notes),
        ] {
            assert_eq!(field_of(h), Some(f), "{h}");
        }
        assert_eq!(field_of("Budget"), None);
    }

    #[test]
    fn deadlines_naming_a_meeting_are_told_apart() {
        assert!(names_meeting("Before the 51st session of the CFM"));
        assert!(names_meeting("Prochaine session du Conseil"));
        assert!(!names_meeting("end of year"));
    }
}
