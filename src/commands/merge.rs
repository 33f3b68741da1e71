//! `merge BASE OURS THEIRS [PATH]`: git's merge driver for the data files (`init` registers
//! it). The merge itself is `crate::merge`; here, the files, git's fallback and the exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result, bail};

use crate::ctx::Outcome;
use crate::{edit, merge};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The common ancestor's version (git's %O)
    #[arg(value_name = "BASE")]
    pub base: PathBuf,

    /// Our version (git's %A); the merged file is written over it
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,

    /// Their version (git's %B)
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,

    /// The file's path in the repository (git's %P), shown in the conflict markers
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
}

pub fn run(args: &Args, _out: &mut dyn Write) -> Result<Outcome> {
    let read =
        |p: &Path| std::fs::read(p).with_context(|| format!("cannot read `{}`", p.display()));
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    let label = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    let texts = (
        String::from_utf8(base),
        String::from_utf8(ours),
        String::from_utf8(theirs),
    );
    // A path is untrusted text on a terminal.
    let shown = crate::text::escape(&label).into_owned();
    let merged = match texts {
        (Ok(b), Ok(o), Ok(t)) => merge::merge(&b, &o, &t, &label),
        _ => Err(merge::NotMergeable("a side is not UTF-8 text".into())),
    };
    match merged {
        Ok(m) => {
            edit::replace_whole(&args.ours, m.text.as_bytes())?;
            if m.conflicts > 0 {
                eprintln!(
                    "oic-track merge: {shown}: {} conflict(s) marked; edit the file, then `git add` it",
                    m.conflicts
                );
                return Ok(Outcome::DataErrors);
            }
            Ok(Outcome::Ok)
        }
        Err(merge::NotMergeable(why)) => {
            eprintln!(
                "oic-track merge: {shown}: {}; left to git's line merge",
                crate::text::escape(&why)
            );
            git_merge_file(args, &label)
        }
    }
}

/// `git merge-file`, which writes its merge over OURS; its exit code is the number of
/// conflicts (git reads any but 0 as "conflicts"), negative on an error.
fn git_merge_file(args: &Args, label: &str) -> Result<Outcome> {
    let status = Command::new("git")
        .arg("merge-file")
        .args(["-L", &format!("ours:{label}")])
        .args(["-L", &format!("base:{label}")])
        .args(["-L", &format!("theirs:{label}")])
        .arg(&args.ours)
        .arg(&args.base)
        .arg(&args.theirs)
        .status()
        .context("cannot run `git merge-file`; is git installed and on PATH?")?;
    match status.code() {
        Some(0) => Ok(Outcome::Ok),
        Some(code) if (1..=127).contains(&code) => Ok(Outcome::Exit(code as u8)),
        _ => bail!("`git merge-file` failed ({status})"),
    }
}
