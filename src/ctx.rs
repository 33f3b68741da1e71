//! What every command is given: the [`Ctx`] built once from the global flags and the host,
//! and the [`Outcome`] it hands back.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use jiff::civil::Date;

use crate::cli::{ColorWhen, GlobalArgs};
use crate::diag;
use crate::host::Host;
use crate::i18n::Lang;
use crate::load;
use crate::output::Style;

/// What every command needs, built once from the global flags.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The resolutions folder.
    pub dir: PathBuf,
    /// The day statuses are computed for.
    pub today: Date,
    /// Colour and table width (decided once, here).
    pub style: Style,
    /// Days before its window opens that a deadline counts as due soon.
    pub soon_days: i64,
    /// `--lang`.
    pub lang: Lang,
}

impl Ctx {
    pub fn new(args: &GlobalArgs, host: &Host) -> Result<Ctx> {
        Ok(Ctx {
            dir: find_dir(args.dir.as_deref())?,
            ..Ctx::without_dir(args, host)
        })
    }

    /// A context for a command that reads no data folder.
    pub fn without_dir(args: &GlobalArgs, host: &Host) -> Ctx {
        Ctx {
            dir: args
                .dir
                .clone()
                .unwrap_or_else(|| PathBuf::from("resolutions")),
            today: args.today.unwrap_or(host.today),
            style: Style {
                color: use_color(args.color),
                width: table_width(),
            },
            soon_days: i64::from(args.soon),
            lang: args.lang,
        }
    }

    /// Loads the whole folder and prints its problems to stderr.
    pub fn load(&self) -> load::Loaded {
        self.load_keeping(load::Keep::All)
    }

    /// Loads the whole folder, keeping what `keep` says, and prints its problems to stderr.
    pub fn load_keeping(&self, keep: load::Keep) -> load::Loaded {
        let loaded = load::load_folder_keeping(&self.dir, keep);
        diag::print_all(&loaded.diagnostics);
        diag::print_all(&loaded.warnings);
        loaded
    }
}

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// The data has errors (already reported); what was valid was still served.
    DataErrors,
    /// Exit with this code: `merge` passes on `git merge-file`'s.
    Exit(u8),
}

impl Outcome {
    pub fn from_clean(clean: bool) -> Outcome {
        if clean {
            Outcome::Ok
        } else {
            Outcome::DataErrors
        }
    }
}

fn use_color(when: ColorWhen) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
        }
    }
}

/// On a terminal, its width; elsewhere `COLUMNS` when set (as `ls` and `git` honour it),
/// else no limit, so piped output is the same on every machine. A width of 0 means
/// "unknown" (a pseudo-terminal nobody sized, as under `script` or some CI runners, or
/// `COLUMNS=0`), not "squeeze every column to one character".
fn table_width() -> Option<u16> {
    let terminal = io::stdout()
        .is_terminal()
        .then(|| comfy_table::Table::new().width())
        .flatten()
        .filter(|&w| w > 0);
    terminal
        .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
        .filter(|&w| w > 0)
}

/// `--dir`, else `./resolutions`, else the nearest `resolutions/` in a parent folder.
fn find_dir(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(dir) = flag {
        if !dir.is_dir() {
            bail!(
                "no folder `{}`; --dir (or OIC_TRACK_DIR) must name the folder that holds the resolution files",
                dir.display()
            );
        }
        return Ok(dir.to_path_buf());
    }
    let here = PathBuf::from("resolutions");
    if here.is_dir() {
        return Ok(here);
    }
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    cwd.ancestors()
        .map(|a| a.join("resolutions"))
        .find(|p| p.is_dir())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no `resolutions/` folder here or in any parent folder; create one, or pass --dir DIR"
            )
        })
}
