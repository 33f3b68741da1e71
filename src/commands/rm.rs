//! `rm ID`: remove a mandate from its file; `rm --resolution RES --yes`: remove a whole
//! resolution file.

use std::io::Write;

use anyhow::{Result, bail};

use super::editing::{DryRun, MandateEdit, confirm, not_edited};
use super::filters::no_resolution;
use crate::ctx::{Ctx, Outcome};
use crate::edit::{self, Edit};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The mandate: RES/MANDATE, a bare mandate id, or a unique prefix of RES/MANDATE
    #[arg(
        value_name = "ID",
        required_unless_present = "resolution",
        conflicts_with = "resolution"
    )]
    pub id: Option<String>,

    /// Remove this whole resolution file instead (needs --yes, or --dry-run to see it)
    #[arg(long, value_name = "RES")]
    pub resolution: Option<String>,

    /// Confirm the removal of a whole resolution file
    #[arg(long, requires = "resolution")]
    pub yes: bool,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    match (&args.id, &args.resolution) {
        (Some(id), _) => remove_mandate(ctx, id, args.dry, out),
        (None, Some(res)) => remove_resolution(ctx, res, args, out),
        (None, None) => bail!("name a mandate to remove, or --resolution RES"),
    }
}

fn remove_mandate(ctx: &Ctx, id: &str, dry: DryRun, out: &mut dyn Write) -> Result<Outcome> {
    let mut me = MandateEdit::open(ctx, id)?;
    let address = me.address();
    if !edit::remove_mandate(&mut me.edit.doc, &me.found.mandate) {
        bail!("`{address}` is no longer in `{}`", me.found.file.display());
    }
    me.finish(dry, out, &format!("{address}: removed"))?;
    Ok(Outcome::Ok)
}

/// `mandate` or `mandates`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        noun.to_string()
    } else {
        format!("{noun}s")
    }
}

/// A file is gone for good unless the folder is under version control: it is removed only
/// with `--yes`, and `--dry-run` shows what would go. No prompt: the command runs the same
/// in a script as at a terminal.
fn remove_resolution(ctx: &Ctx, res: &str, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    let Some(found) = loaded.folder.resolution(res) else {
        if let Some(file) = super::editing::broken_file(&loaded, res) {
            return Err(not_edited(file));
        }
        bail!("{}", no_resolution(&loaded.folder, res));
    };
    let file = found.path.clone();
    let mandates = found.mandates.len();
    if !args.yes && !args.dry.dry_run {
        bail!(
            "`{}` holds {mandates} {}; removing the file cannot be undone here. Run again with --yes to remove it (--dry-run shows what goes)",
            file.display(),
            plural(mandates, "mandate")
        );
    }
    let edit = Edit::open(&file)?;
    edit::remove_file(edit, args.dry.dry_run, out)?;
    let what = format!(
        "{res}: removed, with its {mandates} {}",
        plural(mandates, "mandate")
    );
    confirm(args.dry, out, &file, &what)?;
    Ok(Outcome::Ok)
}
