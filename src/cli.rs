//! The command line: one `Cli` with the global flags and one `Command` per subcommand.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::commands::{
    add, calendar, check, completions, draft, drop, due, list, man, mark_done, new, note, reopen,
    report, reschedule, show, stale, start,
};

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
    /// The folder of resolution files [default: ./resolutions, else the nearest
    /// resolutions/ folder in a parent directory]
    #[arg(long, global = true, env = "OIC_TRACK_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Compute every status as of this day (YYYY-MM-DD) instead of the system's date
    #[arg(long, global = true, env = "OIC_TRACK_TODAY", value_name = "DATE", value_parser = parse_day)]
    pub today: Option<Date>,

    /// When to colour the output: auto colours only a terminal, and never when NO_COLOR is set
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,

    /// How many days before its window opens a deadline counts as "due soon"
    #[arg(long, global = true, default_value_t = crate::status::DEFAULT_SOON_DAYS, value_name = "DAYS", value_parser = clap::value_parser!(u16))]
    pub soon: u16,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
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
}

/// A day, a month or a year on the command line: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn parse_when(s: &str) -> Result<crate::model::Fuzzy, String> {
    crate::model::parse_fuzzy(s)
}

/// A day on the command line: `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> Result<Date, String> {
    crate::model::parse_day(s)
}
