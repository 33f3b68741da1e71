//! `check`: validate the whole folder; every problem as FILE:LINE:COL.

use std::io::Write;

use anyhow::Result;

use crate::ctx::{Ctx, Outcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CheckFormat {
    /// FILE:LINE:COL: error: message, the line with a caret, and help, on stderr
    #[default]
    Human,
    /// A JSON array of {file, line, column, severity, message, help} on stdout
    Json,
}

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// How to report problems
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Also count every `# check:` comment left in a drafted file as an error: a draft is
    /// reviewed when its reviewer has deleted them all
    #[arg(long)]
    pub strict: bool,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let mut loaded = crate::load::load_folder_keeping(&ctx.dir, crate::load::Keep::Listing);
    if args.strict {
        loaded.diagnostics.extend(crate::load::unreviewed(&ctx.dir));
        loaded
            .diagnostics
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    }
    let folder = &loaded.folder;
    match args.format {
        CheckFormat::Json => {
            let all: Vec<_> = loaded.diagnostics.iter().chain(&loaded.warnings).collect();
            crate::output::write_json_value(out, &all)?;
        }
        CheckFormat::Human => {
            crate::diag::print_all(&loaded.diagnostics);
            crate::diag::print_all(&loaded.warnings);
            let mandates = folder.mandates().count();
            let events = folder.events.len()
                + folder
                    .resolutions
                    .iter()
                    .map(|r| r.events.len())
                    .sum::<usize>();
            let mut parts = vec![
                count(loaded.files, "file"),
                count(folder.resolutions.len(), "valid resolution"),
                count(mandates, "mandate"),
                count(events, "event"),
            ];
            // A folder without actors.toml reads as it always did.
            if !folder.actors.is_empty() {
                parts.push(count(folder.actors.iter().count(), "actor"));
            }
            let line = parts.join(", ");
            let mut problems = match loaded.diagnostics.len() {
                0 => "no problems".to_string(),
                n => count(n, "problem"),
            };
            if !loaded.warnings.is_empty() {
                problems += &format!(", {}", count(loaded.warnings.len(), "warning"));
            }
            writeln!(out, "{line}: {problems}")?;
        }
    }
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// `1 file`, `2 files`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
