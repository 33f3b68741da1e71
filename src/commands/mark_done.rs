//! `mark-done ID`: status = "done", done = DATE, an optional note; the file edited in place.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context as _, Result, anyhow, bail};
use jiff::civil::Date;
use toml_edit::Value;

use crate::cli::parse_day;
use crate::edit::{self, Edit};
use crate::load::{self, Loaded};
use crate::model::Event;
use crate::{Ctx, Outcome, address};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The mandate: RES/MANDATE, a bare mandate id, or a unique prefix of RES/MANDATE
    #[arg(value_name = "ID")]
    pub id: String,

    /// The day it was done [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Date>,

    /// A progress note to append, dated the same day
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// Where a mandate lives, as found in the loaded data.
pub struct Located {
    pub resolution: String,
    pub mandate: String,
    pub file: PathBuf,
    /// The events the file may refer to, for validating the edited text.
    pub shared: Vec<Event>,
}

/// Finds the mandate `query` names. A full `RES/MANDATE` reads only that file and
/// `events.toml`; anything else reads the folder. Files with errors are never found.
pub fn locate(ctx: &Ctx, query: &str) -> Result<Located> {
    if let Some(found) = locate_by_address(ctx, query) {
        return Ok(found);
    }
    let loaded = ctx.load();
    let (res, m) = address::find_mandate(&loaded.folder, query).map_err(|e| {
        match broken_file(&loaded, query) {
            Some(file) => anyhow!(
                "`{file}` has errors (shown above) and is not edited until they are fixed; run `oic-track check`"
            ),
            None => e,
        }
    })?;
    Ok(Located {
        resolution: res.id.clone(),
        mandate: m.id.clone(),
        file: res.path.clone(),
        shared: loaded.folder.events.clone(),
    })
}

fn locate_by_address(ctx: &Ctx, query: &str) -> Option<Located> {
    let (res_id, mandate_id) = query.split_once('/')?;
    let [file] = load::find_resolution_file(&ctx.dir, res_id)
        .try_into()
        .ok()?;
    let loaded = load::load_one(&ctx.dir, &file);
    let res = loaded.folder.resolution(res_id)?;
    res.mandates.iter().find(|m| m.id == mandate_id)?;
    crate::print_diagnostics(&loaded.diagnostics);
    Some(Located {
        resolution: res_id.to_string(),
        mandate: mandate_id.to_string(),
        file,
        shared: loaded.folder.events,
    })
}

/// The file a failed query most likely meant, when that file did not load.
fn broken_file(loaded: &Loaded, query: &str) -> Option<String> {
    let res_id = query.split_once('/').map_or(query, |(r, _)| r);
    loaded
        .diagnostics
        .iter()
        .find(|d| d.file.file_stem().is_some_and(|s| s == res_id))
        .map(|d| d.file.display().to_string())
}

/// Validates the text an edit is about to write, as the loader would read it.
pub fn validator(found: &Located) -> impl FnOnce(&str) -> Result<()> + '_ {
    move |text| {
        load::parse_resolution(&found.file, text, &found.shared)
            .map(|_| ())
            .map_err(|diags| {
                let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
                anyhow!("{}", lines.join("\n"))
            })
    }
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let found = locate(ctx, &args.id)?;
    let address = format!("{}/{}", found.resolution, found.mandate);
    let on = args.on.unwrap_or(ctx.today);
    let mut edit = Edit::open(&found.file)?;
    let mut m = edit::mandate_mut(&mut edit.doc, &found.mandate)
        .with_context(|| format!("`{address}` is no longer in `{}`", found.file.display()))?;
    let state = m.get_str("status");
    if state.as_deref() == Some("done") {
        let when = m
            .table()
            .get("done")
            .and_then(|i| i.as_value())
            .map(|v| format!(" (on {})", v.to_string().trim()))
            .unwrap_or_default();
        writeln!(out, "{address} is already done{when}; nothing changed")?;
        return Ok(Outcome::Ok);
    }
    if state.as_deref() == Some("dropped") {
        bail!("`{address}` is dropped; reopen it before marking it done");
    }
    m.set("status", Value::from("done"), Some("due"));
    m.set("done", edit::date_value(on), Some("status"));
    if let Some(note) = &args.note {
        edit::push_note(&mut m, on, note)?;
    }
    edit.write(validator(&found))?;
    writeln!(out, "{address}: done on {on} ({})", found.file.display())?;
    Ok(Outcome::Ok)
}
