//! `reschedule EVENT DATE`: move a meeting, keep its old date in the event's `history`, and
//! say which mandates' deadline windows moved with it.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};
use jiff::civil::Date;

use super::editing::{DryRun, broken_file, confirm, invalid, not_edited};
use crate::ctx::{Ctx, Outcome};
use crate::diag::did_you_mean;
use crate::edit::{self, Edit};
use crate::load::{self, EVENTS_FILE};
use crate::model::{Folder, Fuzzy};
use crate::model::{parse_day, parse_fuzzy};
use crate::view;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The event: an id from events.toml or a resolution's own [[events]] (RES/EVENT when
    /// several resolutions define the same id)
    #[arg(value_name = "EVENT")]
    pub event: String,

    /// Its new date: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known
    #[arg(value_name = "DATE", value_parser = parse_fuzzy)]
    pub date: Fuzzy,

    /// The day the move is recorded in the event's history [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Date>,

    #[command(flatten)]
    pub dry: DryRun,
}

/// Where the event is defined.
struct Target {
    id: String,
    file: PathBuf,
    /// The resolution whose own `[[events]]` holds it; `None` for a shared event.
    resolution: Option<String>,
    date: Fuzzy,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    let target = find(ctx, &loaded.folder, &args.event)
        .map_err(|e| broken_file(&loaded, &args.event).map_or(e, not_edited))?;
    if loaded.diagnostics.iter().any(|d| d.file == target.file) {
        return Err(not_edited(target.file.display()));
    }
    let on = args.on.unwrap_or(ctx.today);
    if target.date == args.date {
        return unchanged(&target.id, args.date, out);
    }

    let mut edit = Edit::open(&target.file)?;
    let mut e = edit::event_mut(&mut edit.doc, &target.id).with_context(|| {
        format!(
            "event `{}` is no longer in `{}`",
            target.id,
            target.file.display()
        )
    })?;
    let old = e
        .table()
        .get("date")
        .and_then(|i| i.as_value())
        .cloned()
        .context("the event has no `date`; run `oic-track check`")?;
    // What the file holds under the lock, not what the folder held before it: another
    // reschedule may have moved the event in between.
    let was = fuzzy_of(&old).unwrap_or(target.date);
    if was == args.date {
        return unchanged(&target.id, args.date, out);
    }
    e.set("date", edit::fuzzy_value(args.date), None);
    edit::push_history(&mut e, old, args.date, on)?;
    let folder = &loaded.folder;
    let validate = |text: &str| still_valid(folder, &target, args.date, text);
    edit.finish(validate, args.dry.dry_run, out)?;

    let what = format!("{}: {} → {}", target.id, was, args.date);
    confirm(args.dry, out, &target.file, &what)?;
    let mut stderr = io::stderr();
    let say: &mut dyn Write = if args.dry.dry_run { &mut stderr } else { out };
    write_moves(ctx, folder, &target, (was, args.date), say)?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

fn unchanged(id: &str, date: Fuzzy, out: &mut dyn Write) -> Result<Outcome> {
    writeln!(out, "{id} is already on {date}; nothing changed")?;
    Ok(Outcome::Ok)
}

/// The edited file still loads, and a shared event's users with it.
fn still_valid(folder: &Folder, target: &Target, date: Fuzzy, text: &str) -> Result<()> {
    let checked = match &target.resolution {
        None => load::parse_events(&target.file, text).map(|_| ()),
        Some(_) => load::parse_resolution(&target.file, text, &folder.events).map(|_| ()),
    };
    checked.map_err(invalid)?;
    match target.resolution {
        None => users_still_load(folder, &target.id, date),
        Some(_) => Ok(()),
    }
}

/// A shared event's new date must leave every resolution that uses it loadable (a deadline
/// days after 9999-12-31 is out of range): each is checked against the moved event.
fn users_still_load(folder: &Folder, id: &str, date: Fuzzy) -> Result<()> {
    let mut moved = folder.events.clone();
    if let Some(e) = moved.iter_mut().find(|e| e.id == id) {
        e.date = date;
    }
    let mut problems = Vec::new();
    for res in &folder.resolutions {
        let text = std::fs::read_to_string(&res.path)
            .with_context(|| format!("cannot read `{}`", res.path.display()))?;
        if !text.contains(id) {
            continue;
        }
        if let Err(diags) = load::parse_resolution(&res.path, &text, &moved) {
            problems.extend(diags);
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(invalid(problems)).with_context(|| {
        format!("on {date}, `{id}` would make these deadlines invalid; choose another date")
    })
}

/// The event `query` names: a bare id, or `RES/EVENT` for one resolution's own event.
fn find(ctx: &Ctx, folder: &Folder, query: &str) -> Result<Target> {
    let (scope, id) = match query.split_once('/') {
        Some((res, id)) => (Some(res), id),
        None => (None, query),
    };
    let mut hits = Vec::new();
    if let (None, Some(e)) = (scope, folder.events.iter().find(|e| e.id == id)) {
        hits.push(Target {
            id: id.to_string(),
            file: shared_file(ctx, id)?,
            resolution: None,
            date: e.date,
        });
    }
    for res in &folder.resolutions {
        if scope.is_some_and(|s| s != res.id) {
            continue;
        }
        if let Some(e) = res.events.iter().find(|e| e.id == id) {
            hits.push(Target {
                id: id.to_string(),
                file: res.path.clone(),
                resolution: Some(res.id.clone()),
                date: e.date,
            });
        }
    }
    match hits.len() {
        1 => Ok(hits.remove(0)),
        0 => bail!("{}", not_found(folder, query)),
        n => {
            let names: Vec<String> = hits
                .iter()
                .map(|t| format!("  {}/{}", t.resolution.as_deref().unwrap_or(""), t.id))
                .collect();
            bail!(
                "`{query}` names {n} events, each a resolution's own; type one of these in full:\n{}",
                names.join("\n")
            )
        }
    }
}

fn not_found(folder: &Folder, query: &str) -> String {
    let mut known: Vec<String> = folder.events.iter().map(|e| e.id.clone()).collect();
    for res in &folder.resolutions {
        known.extend(res.events.iter().map(|e| format!("{}/{}", res.id, e.id)));
        known.extend(res.events.iter().map(|e| e.id.clone()));
    }
    match did_you_mean(query, known.iter().map(String::as_str)) {
        Some(g) => format!("no event `{query}`; did you mean `{g}`?"),
        None if known.is_empty() => format!(
            "no event `{query}`: no events are defined; add them under [[events]] in {EVENTS_FILE}"
        ),
        None => format!(
            "no event `{query}`; known events: {}",
            known
                .iter()
                .filter(|k| !k.contains('/'))
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The events file that defines shared event `id` (sub-folders may hold their own).
fn shared_file(ctx: &Ctx, id: &str) -> Result<PathBuf> {
    let (files, _) = load::toml_files(&ctx.dir);
    files
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n == EVENTS_FILE))
        .find(|p| {
            std::fs::read_to_string(p).is_ok_and(|text| {
                load::parse_events(p, &text).is_ok_and(|events| events.iter().any(|e| e.id == id))
            })
        })
        .with_context(|| format!("cannot find the {EVENTS_FILE} that defines `{id}`"))
}

/// The date an event's `date` value holds.
fn fuzzy_of(v: &toml_edit::Value) -> Option<Fuzzy> {
    match v {
        toml_edit::Value::String(s) => parse_fuzzy(s.value()).ok(),
        toml_edit::Value::Datetime(d) => parse_fuzzy(&d.value().to_string()).ok(),
        _ => None,
    }
}

/// Every mandate whose deadline window differs between the event on `was` and on `date`,
/// old → new.
fn write_moves(
    ctx: &Ctx,
    folder: &Folder,
    target: &Target,
    (was, date): (Fuzzy, Fuzzy),
    out: &mut dyn Write,
) -> Result<()> {
    let before_folder = with_date(folder, target, was)?;
    let moved_folder = with_date(folder, target, date)?;
    let before = view::rows(&before_folder, ctx.today, ctx.soon_days);
    let after = view::rows(&moved_folder, ctx.today, ctx.soon_days);
    let mut moved = 0;
    for (old, new) in before.iter().zip(&after) {
        if old.window == new.window {
            continue;
        }
        let show = |w: Option<crate::model::Window>| w.map_or("none".into(), |w| w.to_string());
        writeln!(
            out,
            "  {}: {} → {}",
            old.address(),
            show(old.window),
            show(new.window)
        )?;
        moved += 1;
    }
    match moved {
        0 => writeln!(out, "no mandate's deadline moved")?,
        1 => writeln!(out, "1 mandate's deadline moved")?,
        n => writeln!(out, "{n} mandates' deadlines moved")?,
    }
    Ok(())
}

/// `folder` with the target event on `date`.
fn with_date(folder: &Folder, target: &Target, date: Fuzzy) -> Result<Folder> {
    let mut moved_folder = folder.clone();
    let events = match &target.resolution {
        None => &mut moved_folder.events,
        Some(res) => {
            let res = moved_folder
                .resolutions
                .iter_mut()
                .find(|r| &r.id == res)
                .context("the resolution disappeared while rescheduling")?;
            &mut res.events
        }
    };
    if let Some(e) = events.iter_mut().find(|e| e.id == target.id) {
        e.date = date;
    }
    Ok(moved_folder)
}
