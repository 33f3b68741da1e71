//! `report`: the implementation report, as Markdown or as one self-contained HTML page.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::ctx::{Ctx, Outcome};
use crate::edit;
use crate::model::{Folder, Resolution};
use crate::report::{self, html, markdown};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Resolution ids to report on [default: all of them, after a summary of the whole folder]
    #[arg(value_name = "RESOLUTION")]
    pub resolutions: Vec<String>,

    /// The report's format [default: from the extension of -o FILE (.md, .html), else markdown]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ReportFormat>,

    /// Write the report to FILE instead of standard output (a plain file is replaced whole; a .toml file of the data folder is refused)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// CommonMark with GitHub tables
    Markdown,
    /// One self-contained HTML page (inline CSS and SVG, print-friendly)
    Html,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(path)) => format_of(path)?,
        (None, None) => ReportFormat::Markdown,
    };
    let loaded = ctx.load();
    let only = chosen(&loaded.folder, &args.resolutions)?;
    let model = report::build(&loaded.folder, &only, ctx.today, ctx.soon_days);
    let text = match format {
        ReportFormat::Markdown => markdown::render(&model),
        ReportFormat::Html => html::render(&model),
    };
    match &args.output {
        Some(path) => edit::write_export(path, &ctx.dir, text.as_bytes())?,
        None => out.write_all(text.as_bytes())?,
    }
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// The resolutions named on the command line, each at most once, in the order given.
fn chosen<'a>(folder: &'a Folder, ids: &[String]) -> Result<Vec<&'a Resolution>> {
    let mut out: Vec<&Resolution> = Vec::new();
    for id in ids {
        let Some(res) = folder.resolution(id) else {
            bail!("{}", super::filters::no_resolution(folder, id));
        };
        if !out.iter().any(|r| r.id == res.id) {
            out.push(res);
        }
    }
    Ok(out)
}

fn format_of(path: &Path) -> Result<ReportFormat> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown") => Ok(ReportFormat::Markdown),
        Some("html" | "htm") => Ok(ReportFormat::Html),
        _ => bail!(
            "cannot tell the report's format from `{}`; name the file .md or .html, or add --format markdown|html",
            path.display()
        ),
    }
}
