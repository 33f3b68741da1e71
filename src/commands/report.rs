//! `report`: the implementation report, as Markdown or as one self-contained HTML page.

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use jiff::civil::Date;

use super::filters::{Filters, StatusFilter};
use crate::ctx::{Ctx, Outcome};
use crate::diag::{self, Diagnostic};
use crate::edit;
use crate::i18n::{Arg, Lang};
use crate::model::{Folder, Resolution, parse_day};
use crate::report::{self, Look, Select, docx, html, markdown, settings};
use crate::view::Row;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Resolution ids to report on [default: all of them, after a summary of the whole folder]
    #[arg(value_name = "RESOLUTION")]
    pub resolutions: Vec<String>,

    /// The report's format [default: from the extension of -o FILE (.md, .html, .docx), else markdown]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ReportFormat>,

    /// Write the report to FILE instead of standard output (`-`: standard output; a plain file is replaced whole; a .toml file of the data folder is refused)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// When files have errors, still write the report with -o, opening with a box that names
    /// each file left out and why (the exit code is still 1)
    #[arg(long)]
    pub partial: bool,

    /// The report's title [default: report.toml's, else "Implementation report" in --lang]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// A line under the title [default: report.toml's, else none]
    #[arg(long, value_name = "TEXT")]
    pub subtitle: Option<String>,

    /// Show no resolution or mandate id: a report for readers outside the secretariat
    #[arg(long)]
    pub hide_ids: bool,

    #[command(flatten)]
    pub filters: Filters,

    /// Only mandates with this status (repeatable: any of them)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<StatusFilter>,

    /// Only mandates whose deadline window opens before DATE (earliest day < DATE)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub due_before: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// CommonMark with GitHub tables
    Markdown,
    /// One self-contained HTML page (inline CSS and SVG, print-friendly)
    Html,
    /// A Word document (A4, numbered pages; right to left in Arabic)
    Docx,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let file = super::output_file(&args.output);
    let format = match (args.format, file) {
        (Some(f), _) => f,
        (None, Some(path)) => format_of(path)?,
        (None, None) => ReportFormat::Markdown,
    };
    let loaded = ctx.load();
    let only = chosen(&loaded.folder, &args.resolutions)?;
    let left_out = report::left_out(&ctx.dir, &loaded.diagnostics);
    if !left_out.is_empty() && file.is_some() && !args.partial {
        refuse_partial(left_out.len())?;
    }
    args.filters.check_resolutions(&loaded)?;
    let look = look(ctx, args)?;
    let matcher = args.filters.matcher(&loaded.folder.actors);
    let keep = |row: &Row<'_>| {
        matcher.matches(row)
            && (args.status.is_empty() || args.status.iter().any(|s| s.matches(row)))
            && args
                .due_before
                .is_none_or(|d| row.window.is_some_and(|w| w.earliest < d))
    };
    let selection = selection(ctx.lang, args);
    let select = Select {
        keep: &keep,
        filtered: !selection.is_empty(),
    };
    let mut model = report::build(
        &loaded.folder,
        &only,
        ctx.today,
        ctx.soon_days,
        ctx.lang,
        &select,
    );
    model.left_out = left_out;
    model.look = look;
    model.hide_ids = args.hide_ids;
    model.selection = selection;
    write(ctx, format, file, &model, out)?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// A report written to a file without the files that have errors would read as complete.
fn refuse_partial(files: usize) -> Result<()> {
    bail!(
        "the report was not written: {} {} errors (above), and a report without {} would read as complete; \
         fix the errors (`oic-track check` lists them), or add --partial to write the report with a box naming each file left out",
        files,
        if files == 1 { "file has" } else { "files have" },
        if files == 1 { "it" } else { "them" },
    );
}

/// Renders the report in `format` to `-o FILE`, or to `out` (never a Word file to a terminal).
fn write(
    ctx: &Ctx,
    format: ReportFormat,
    file: Option<&Path>,
    model: &report::Report,
    out: &mut dyn Write,
) -> Result<()> {
    let bytes = match format {
        ReportFormat::Markdown => markdown::render(model).into_bytes(),
        ReportFormat::Html => html::render(model).into_bytes(),
        ReportFormat::Docx => docx::render(model),
    };
    match file {
        Some(path) => edit::write_export(path, &ctx.dir, &bytes)?,
        None if format == ReportFormat::Docx && std::io::stdout().is_terminal() => {
            bail!("a Word file is not for the terminal; write it to a file with -o report.docx")
        }
        None => out.write_all(&bytes)?,
    }
    Ok(())
}

/// The filters in force, in words, for the report to say what it covers.
fn selection(l: Lang, args: &Args) -> Vec<String> {
    let f = &args.filters;
    let say = |key: &str, value: &str| l.t_args(key, &[("value", Arg::Str(value))]);
    let mut out: Vec<String> = Vec::new();
    out.extend(f.resolution.iter().map(|r| say("sel-resolution", r)));
    out.extend(f.actor.iter().map(|a| say("sel-actor", a)));
    out.extend(f.tag.iter().map(|t| say("sel-tag", t)));
    out.extend(args.status.iter().map(|s| {
        let key = match s {
            StatusFilter::Pending => "status-pending",
            StatusFilter::InProgress => "status-in-progress",
            StatusFilter::Done => "status-done",
            StatusFilter::Dropped => "status-dropped",
            StatusFilter::Overdue => "status-overdue",
            StatusFilter::DueSoon => "status-due-soon",
            StatusFilter::Open => "status-open",
        };
        say("sel-status", &l.t(key))
    }));
    if let Some(d) = args.due_before {
        out.push(say("sel-due-before", &l.long_date(d)));
    }
    out
}

/// The report's organisation, title, subtitle, logo and footer: `report.toml` in the
/// data folder when there is one, then `--title` and `--subtitle`.
fn look(ctx: &Ctx, args: &Args) -> Result<Look> {
    let path = ctx.dir.join(settings::FILE);
    let mut look = if path.is_file() {
        read_settings(&ctx.dir, &path, ctx.lang)?
    } else {
        Look::default()
    };
    let given = |s: &Option<String>| {
        s.as_deref()
            .map(crate::text::clean)
            .filter(|s| !s.is_empty())
    };
    if let Some(t) = given(&args.title) {
        look.title = Some(t);
    }
    if let Some(t) = given(&args.subtitle) {
        look.subtitle = Some(t);
    }
    Ok(look)
}

fn read_settings(dir: &Path, path: &Path, lang: Lang) -> Result<Look> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read `{}`: {e}", path.display()))?;
    let refuse = |d: Box<Diagnostic>| -> anyhow::Error {
        diag::print_all(std::slice::from_ref(&*d));
        anyhow::anyhow!(
            "the report was not made: `{}` has an error (above); fix it, or move the file away to use the defaults",
            path.display()
        )
    };
    let parsed = settings::parse(path, &text, lang).map_err(refuse)?;
    let mut look = parsed.look;
    if let Some((logo, span)) = parsed.logo {
        let at = |msg: String| Box::new(Diagnostic::at(path, &text, span.clone(), msg));
        let bytes = logo_bytes(dir, &logo).map_err(|m| refuse(at(m)))?;
        look.logo = Some(settings::logo_uri(&bytes).map_err(|m| refuse(at(m)))?);
    }
    Ok(look)
}

/// The logo file's bytes; it must be inside the data folder, which is what gets shared
/// and reviewed, and not any file the machine can read.
fn logo_bytes(dir: &Path, logo: &str) -> Result<Vec<u8>, String> {
    let path = dir.join(logo);
    let real = path
        .canonicalize()
        .map_err(|e| format!("cannot read the logo `{logo}`: {e}"))?;
    let root = dir
        .canonicalize()
        .map_err(|e| format!("cannot resolve the data folder: {e}"))?;
    if !real.starts_with(&root) {
        return Err(format!(
            "the logo `{logo}` is outside the data folder; put the image in the folder and name it relative to it"
        ));
    }
    if !real.is_file() {
        return Err(format!("the logo `{logo}` is not a file"));
    }
    std::fs::read(&real).map_err(|e| format!("cannot read the logo `{logo}`: {e}"))
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
        Some("docx") => Ok(ReportFormat::Docx),
        _ => bail!(
            "cannot tell the report's format from `{}`; name the file .md, .html or .docx, or add --format markdown|html|docx",
            path.display()
        ),
    }
}
