//! The command line: [`Cli`] (the global flags and one subcommand), [`Command`] (one
//! variant per subcommand) and the dispatch from one to the other. Each subcommand is a
//! module of its own with its `Args` and a `run(ctx, args, out)`.

mod actor;
mod add;
mod calendar;
mod check;
mod completions;
mod draft;
mod drop;
mod due;
mod edit;
mod editing;
mod event;
mod filters;
mod import;
mod init;
mod list;
mod listing;
mod man;
mod mark_done;
mod merge;
mod new;
mod note;
mod reopen;
mod report;
mod reschedule;
mod rm;
mod show;
mod stale;
mod start;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{CommandFactory as _, Parser, Subcommand};

use crate::cli::GlobalArgs;
use crate::ctx::{Ctx, Outcome};
use crate::edit::Raced;

/// Track what resolutions ask for, of whom, by when, and whether it gets done.
///
/// Reads one TOML file per resolution from a folder (by default `./resolutions`, else the
/// nearest `resolutions/` folder above), computes each mandate's deadline window and status
/// as of a day, and prints tables, JSON or CSV.
#[derive(Debug, Parser)]
#[command(
    name = "oic-track",
    version,
    propagate_version = true,
    after_long_help = "Environment: OIC_TRACK_DIR and OIC_TRACK_TODAY stand for --dir and --today; \
NO_COLOR turns colour off; COLUMNS sets the table width off a terminal."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every mandate, with filters
    List(list::Args),
    /// Open mandates with a deadline, earliest first, with the days left
    Due(due::Args),
    /// One resolution (metadata and mandates) or one mandate (every field, text and notes)
    Show(show::Args),
    /// Mark a mandate done, editing its file in place
    MarkDone(mark_done::Args),
    /// Mark a mandate in progress (and note the day work started)
    Start(start::Args),
    /// Put a done or dropped mandate back to pending (removes its `done` day)
    Reopen(reopen::Args),
    /// Drop a mandate (superseded, withdrawn), keeping the reason as a note
    Drop(drop::Args),
    /// Append a dated progress note to a mandate
    Note(note::Args),
    /// Move an event to a new date, keep the old one in its history, show the deadlines that moved
    Reschedule(reschedule::Args),
    /// Open mandates with no note for N days, oldest first
    Stale(stale::Args),
    /// Create a resolution file from a template
    New(new::Args),
    /// Append a mandate to a resolution file
    Add(add::Args),
    /// Change a mandate's deadline, actors, summary, paragraph, tags or text
    Edit(edit::Args),
    /// Remove a mandate, or with --resolution a whole resolution file
    Rm(rm::Args),
    /// Add or list the meetings deadlines refer to
    #[command(subcommand)]
    Event(event::Args),
    /// Add or list the actors actors.toml names, in English, French and Arabic
    #[command(subcommand)]
    Actor(actor::Args),
    /// Validate the whole folder and report every problem as FILE:LINE:COL
    Check(check::Args),
    /// The implementation report: Markdown, or one self-contained HTML page
    Report(report::Args),
    /// Open deadlines as an iCalendar (.ics) feed for calendar apps
    Calendar(calendar::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(completions::Args),
    /// Print the manual page (roff), for `man -l -` or a man folder
    Man(man::Args),
    /// Draft a resolution file from the resolution's plain text, for review
    Draft(draft::Args),
    /// Bring a follow-up spreadsheet (.xlsx or .csv) in: one resolution file per Resolution
    Import(import::Args),
    /// Create a data folder to share through git: events.toml, actors.toml, .gitattributes
    Init(init::Args),
    /// Git's merge driver for the data files: merges entry by entry and key by key
    Merge(merge::Args),
}

/// How many times an edit raced by another program is tried in all.
const EDIT_TRIES: u32 = 3;

impl Command {
    /// Whether the command reads the data folder, which must then exist. `completions` and
    /// `man` work anywhere, e.g. in a packaging script; `draft` reads a text and writes to
    /// stdout, and needs the folder only for `--id`.
    pub fn needs_dir(&self) -> bool {
        match self {
            Command::Completions(_) | Command::Man(_) | Command::Init(_) | Command::Merge(_) => {
                false
            }
            Command::Draft(a) => a.writes_to_data_folder(),
            _ => true,
        }
    }

    /// Runs the command in `ctx`, writing what it prints to `out`. An edit that another
    /// program raced (see [`Raced`]) wrote nothing and printed nothing: it is run
    /// again from the start, a few times, before the race is reported.
    pub fn run(self, ctx: &Ctx, out: &mut dyn Write) -> Result<Outcome> {
        let mut tries = 1;
        loop {
            match self.run_once(ctx, out) {
                Err(e) if tries < EDIT_TRIES && e.downcast_ref::<Raced>().is_some() => {
                    tries += 1;
                }
                done => return done,
            }
        }
    }

    fn run_once(&self, ctx: &Ctx, out: &mut dyn Write) -> Result<Outcome> {
        match self {
            Command::List(args) => list::run(ctx, args, out),
            Command::Due(args) => due::run(ctx, args, out),
            Command::Show(args) => show::run(ctx, args, out),
            Command::MarkDone(args) => mark_done::run(ctx, args, out),
            Command::Start(args) => start::run(ctx, args, out),
            Command::Reopen(args) => reopen::run(ctx, args, out),
            Command::Drop(args) => drop::run(ctx, args, out),
            Command::Note(args) => note::run(ctx, args, out),
            Command::Reschedule(args) => reschedule::run(ctx, args, out),
            Command::Stale(args) => stale::run(ctx, args, out),
            Command::New(args) => new::run(ctx, args, out),
            Command::Add(args) => add::run(ctx, args, out),
            Command::Edit(args) => edit::run(ctx, args, out),
            Command::Rm(args) => rm::run(ctx, args, out),
            Command::Event(args) => event::run(ctx, args, out),
            Command::Actor(args) => actor::run(ctx, args, out),
            Command::Check(args) => check::run(ctx, args, out),
            Command::Report(args) => report::run(ctx, args, out),
            Command::Calendar(args) => calendar::run(ctx, args, out),
            Command::Completions(args) => completions::run(args, Cli::command(), out),
            Command::Man(args) => man::run(args, Cli::command(), out),
            Command::Draft(args) => draft::run(ctx, args, out),
            Command::Import(args) => import::run(ctx, args, out),
            Command::Init(args) => init::run(ctx, args, out),
            Command::Merge(args) => merge::run(args, out),
        }
    }
}

/// `-o FILE` as a file to write: `-o -` is standard output, as `-` is standard input for
/// `draft` and `import` (a file named "-" is never what was meant, and a shell pipeline
/// `oic-track report -o - | …` should get the report).
pub(crate) fn output_file(output: &Option<PathBuf>) -> Option<&Path> {
    output.as_deref().filter(|p| *p != Path::new("-"))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    /// clap's own checks of the definitions (conflicting names, bad defaults, missing value
    /// names), which it otherwise runs only when a parse reaches the faulty argument.
    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
