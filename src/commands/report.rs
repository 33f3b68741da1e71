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

    /// When files have errors, still write the report with -o, opening with a box that names
    /// each file left out and why (the exit code is still 1)
    #[arg(long)]
    pub partial: bool,
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
    let left_out = report::left_out(&ctx.dir, &loaded.diagnostics);
    if !left_out.is_empty() && args.output.is_some() && !args.partial {
        bail!(
            "the report was not written: {} {} errors (above), and a report without {} would read as complete; \
             fix the errors (`oic-track check` lists them), or add --partial to write the report with a box naming each file left out",
            left_out.len(),
            if left_out.len() == 1 {
                "file has"
            } else {
                "files have"
            },
            if left_out.len() == 1 { "it" } else { "them" },
        );
    }
    let mut model = report::build(&loaded.folder, &only, ctx.today, ctx.soon_days);
    model.left_out = left_out;
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
