//! What every editing command shares: finding the mandate a user named, validating the
//! text an edit would write, `--dry-run`, and the open-edit-finish cycle on one mandate.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, anyhow};
use toml_edit::Value;

use crate::address;
use crate::ctx::Ctx;
use crate::diag::Diagnostic;
use crate::edit::{self, Edit, EntryMut};
use crate::load::{self, Loaded};
use crate::model::{Event, State};

/// `--dry-run`, on every command that edits a file.
#[derive(Debug, Default, Clone, Copy, clap::Args)]
pub struct DryRun {
    /// Print the unified diff this command would write, and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Where a mandate lives, as found in the loaded data.
pub struct Located {
    pub resolution: String,
    pub mandate: String,
    pub file: PathBuf,
    /// The events the file may refer to, for validating the edited text.
    pub shared: Vec<Event>,
}

impl Located {
    /// `RES/MANDATE`.
    pub fn address(&self) -> String {
        format!("{}/{}", self.resolution, self.mandate)
    }
}

/// Finds the mandate `query` names. A full `RES/MANDATE` reads only that file and
/// `events.toml`; anything else reads the folder. Files with errors are never found.
pub fn locate(ctx: &Ctx, query: &str) -> Result<Located> {
    if let Some(found) = locate_by_address(ctx, query) {
        return Ok(found);
    }
    let loaded = ctx.load();
    let (res, m) = address::find_mandate(&loaded.folder, query)
        .map_err(|e| broken_file(&loaded, query).map_or(e, not_edited))?;
    Ok(Located {
        resolution: res.id.clone(),
        mandate: m.id.clone(),
        file: res.path.clone(),
        shared: loaded.folder.events.clone(),
    })
}

fn locate_by_address(ctx: &Ctx, query: &str) -> Option<Located> {
    let (res_id, mandate_id) = query.split_once('/')?;
    let found = load::find_resolution(&ctx.dir, res_id);
    let [file] = found.files.try_into().ok()?;
    let loaded = load::load_one(&found.events, &file);
    let res = loaded.folder.resolution(res_id)?;
    res.mandates.iter().find(|m| m.id == mandate_id)?;
    crate::diag::print_all(&loaded.diagnostics);
    Some(Located {
        resolution: res_id.to_string(),
        mandate: mandate_id.to_string(),
        file,
        shared: loaded.folder.events,
    })
}

/// The refusal to edit `file`, which did not load: its problems are already on stderr, be
/// they errors in the file or, on Windows, another program holding it open.
pub fn not_edited(file: impl std::fmt::Display) -> anyhow::Error {
    anyhow!(
        "`{file}` did not load (see above), so it is not edited; run `oic-track check` to see why"
    )
}

/// The file a failed query most likely meant, when that file did not load.
pub fn broken_file(loaded: &Loaded, query: &str) -> Option<String> {
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
            .map_err(invalid)
    }
}

/// The problems the loader found in text an edit was about to write, as one error.
pub fn invalid(diags: Vec<Diagnostic>) -> anyhow::Error {
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    anyhow!("{}", lines.join("\n"))
}

/// What `MandateEdit::recurrence` finds.
pub struct Recurrence {
    pub every: String,
    pub occurrence: Option<u64>,
    pub completed: usize,
    /// Every occurrence is completed (the file still says pending or in progress).
    pub finished: bool,
    pub last_done: Option<jiff::civil::Date>,
}

/// One mandate's file, open and locked for editing.
pub struct MandateEdit {
    pub found: Located,
    pub edit: Edit,
}

impl MandateEdit {
    /// Finds the mandate `query` names and opens its file.
    pub fn open(ctx: &Ctx, query: &str) -> Result<MandateEdit> {
        let found = locate(ctx, query)?;
        let edit = Edit::open(&found.file)?;
        Ok(MandateEdit { found, edit })
    }

    pub fn address(&self) -> String {
        self.found.address()
    }

    /// The mandate's table in the open document.
    pub fn mandate(&mut self) -> Result<EntryMut<'_>> {
        let address = self.found.address();
        let file = self.found.file.display().to_string();
        edit::mandate_mut(&mut self.edit.doc, &self.found.mandate)
            .with_context(|| format!("`{address}` is no longer in `{file}`"))
    }

    /// The mandate's status as stored (pending when the key is absent).
    pub fn state(&mut self) -> Result<State> {
        let stored = self.mandate()?.get_str("status");
        Ok(stored.as_deref().and_then(State::parse).unwrap_or_default())
    }

    /// Where a recurring mandate stands as the open file holds it: its current occurrence
    /// (from 1), how many days its `done` lists, and whether every occurrence is completed.
    /// `None` for a one-off mandate.
    pub fn recurrence(&self, ctx: &Ctx) -> Option<Recurrence> {
        let text = self.edit.rendered();
        let res = load::parse_resolution(&self.found.file, &text, &self.found.shared).ok()?;
        let folder = crate::model::Folder {
            resolutions: vec![res],
            events: self.found.shared.clone(),
            ..Default::default()
        };
        let (res, m) = folder
            .mandates()
            .find(|(_, m)| m.id == self.found.mandate)?;
        let recur = m.due.as_ref()?.recur()?;
        let row = crate::view::row(&folder, res, m, ctx.today, ctx.soon_days);
        Some(Recurrence {
            every: recur.every.to_string(),
            occurrence: row.occurrence,
            completed: m.done_days.len(),
            finished: row.mandate.state.is_open() && row.state() == State::Done,
            last_done: m.done_days.last().copied(),
        })
    }

    /// Validates and writes the edit (or, with `dry_run`, prints its diff), then says
    /// `what` was done.
    pub fn finish(self, dry: DryRun, out: &mut dyn Write, what: &str) -> Result<()> {
        let MandateEdit { found, edit } = self;
        edit.finish(validator(&found), dry.dry_run, out)?;
        confirm(dry, out, &found.file, what)
    }
}

/// Says what an edit did, naming the file, on stdout. Under `--dry-run` stdout holds only the
/// diff (so it can go to `git apply`), and the line goes to stderr saying nothing was written.
pub fn confirm(dry: DryRun, out: &mut dyn Write, file: &Path, what: &str) -> Result<()> {
    // A folder's name is untrusted text like any other.
    let file = file.display().to_string();
    let file = crate::text::escape(&file);
    if dry.dry_run {
        eprintln!("dry run: {what}; `{file}` not written");
    } else {
        writeln!(out, "{what} ({file})")?;
    }
    Ok(())
}

/// Sets the stored status, a new `status` key going after `due`, else `text`, else
/// `summary`, so it sits with the keys it belongs beside.
pub fn set_state(m: &mut EntryMut<'_>, state: State) {
    let anchor = ["due", "text", "summary"]
        .into_iter()
        .find(|k| m.table().contains_key(k));
    m.set("status", Value::from(state.as_str()), anchor);
}
