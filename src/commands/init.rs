//! `init [DIR]`: a new data folder, ready to share through git: `events.toml`, `actors.toml`,
//! and a `.gitattributes` that hands `*.toml` merges to `oic-track merge`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::editing::{DryRun, confirm};
use crate::ctx::{Ctx, Outcome};
use crate::{edit, load};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The folder to create [default: --dir, else ./resolutions]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    #[command(flatten)]
    pub dry: DryRun,
}

/// The lines that register the merge driver, which git reads only from a clone's own config.
pub const GIT_CONFIG: [&str; 2] = [
    r#"git config merge.oic-track.name "oic-track: resolution files, entry by entry""#,
    r#"git config merge.oic-track.driver "oic-track merge %O %A %B %P""#,
];

const EVENTS: &str = "\
# Meetings that deadlines refer to, shared by every resolution file in this folder
# (`due = { before = \"ID\" }`). One entry per meeting; `date` is a day, a month or a year:
#
# [[events]]
# id    = \"cfm-51\"
# name  = \"51st session of the Council of Foreign Ministers\"
# date  = \"2025-06\"
# place = \"Istanbul\"                  # optional
#
# When a meeting moves, `oic-track reschedule ID DATE` changes its date and keeps the old one.
";

const ACTORS: &str = "\
# The actors mandates name, once each, in the OIC's three languages, with the other
# spellings the texts use. A mandate's `actor` may give the id, a name or an alias; free
# text that no entry knows is still accepted. One entry per actor:
#
# [[actors]]
# id      = \"oic-gs\"
# name    = \"OIC General Secretariat\"
# names   = { fr = \"Secrétariat général de l'OCI\", ar = \"الأمانة العامة لمنظمة التعاون الإسلامي\" }
# aliases = [\"General Secretariat\", \"OIC Secretariat\"]
";

const GITATTRIBUTES: &str = "\
# Resolution files, events.toml and actors.toml are merged by `oic-track merge`, entry by
# entry and key by key, once each clone has registered the driver (`oic-track init` prints
# the two `git config` lines; docs/guide.md, \"Working as a team\").
*.toml merge=oic-track
";

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let dir = args.dir.as_deref().unwrap_or(&ctx.dir);
    let files = [
        (load::EVENTS_FILE, EVENTS),
        (load::ACTORS_FILE, ACTORS),
        (".gitattributes", GITATTRIBUTES),
    ];
    refuse_existing(dir, &files.map(|(name, _)| name))?;
    if !args.dry.dry_run {
        edit::create_folder(dir)?;
    }
    for (name, text) in files {
        let path = dir.join(name);
        edit::create(&path, text, |t| validate(&path, t), args.dry.dry_run, out)?;
        confirm(args.dry, out, &path, "created")?;
    }
    if !args.dry.dry_run {
        writeln!(
            out,
            "\nIn each clone, register the merge driver that .gitattributes names \
             (git takes no driver from a repository):"
        )?;
        for line in GIT_CONFIG {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(Outcome::Ok)
}

/// Every file `init` would write that is already there, named, and nothing written.
fn refuse_existing(dir: &Path, names: &[&str]) -> Result<()> {
    let existing: Vec<String> = names
        .iter()
        .map(|n| dir.join(n))
        .filter(|p| p.symlink_metadata().is_ok())
        .map(|p| format!("`{}`", crate::text::escape(&p.display().to_string())))
        .collect();
    if existing.is_empty() {
        return Ok(());
    }
    bail!(
        "{} already exist{}; init writes nothing over a file. Choose another folder \
         (`oic-track init DIR`), or move {} aside and run init again",
        existing.join(", "),
        if existing.len() == 1 { "s" } else { "" },
        if existing.len() == 1 { "it" } else { "them" },
    )
}

/// The new events file loads; the others are comments and a git attribute.
fn validate(path: &Path, text: &str) -> Result<()> {
    if path.file_name().is_some_and(|n| n == load::EVENTS_FILE) {
        load::parse_events(path, text)
            .map(|_| ())
            .map_err(super::editing::invalid)?;
    }
    Ok(())
}
