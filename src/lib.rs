//! oic-track: track what resolutions ask for, of whom, by when, and whether it gets done.
//!
//! `run` turns the command line into a [`Ctx`] and hands it to one command in `commands`.
//! Deadline and status logic (`deadline`, `status`) are pure; `load` reads, `edit` writes.

pub mod address;
pub mod calendar;
pub mod cli;
pub mod commands;
pub mod deadline;
pub mod diag;
pub mod edit;
pub mod load;
pub mod model;
pub mod output;
pub mod report;
pub mod status;
pub mod view;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::SystemTime;

use anyhow::{Context as _, Result, bail};
use clap::Parser;
use jiff::civil::Date;

use cli::{Cli, ColorWhen, Command};

/// What every command needs, built once from the global flags.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The resolutions folder.
    pub dir: PathBuf,
    /// The day statuses are computed for.
    pub today: Date,
    /// Whether to colour output (decided once, here).
    pub color: bool,
    /// Days before its window opens that a deadline counts as due soon.
    pub soon_days: i64,
    /// The width tables wrap to: the terminal's, else `COLUMNS`, else none (no wrapping).
    pub width: Option<u16>,
    /// Where the folder index is kept, if anywhere (`OIC_TRACK_CACHE`, see `load/index.rs`).
    pub index: Option<load::IndexAt>,
}

/// What the program learns from the machine, once, in `main`: the clock and where caches go.
#[derive(Clone, Debug)]
pub struct Host {
    /// The system's date; `--today` overrides it.
    pub today: Date,
    /// The instant, used only to tell whether a folder changed too recently for the folder
    /// index to trust.
    pub now: SystemTime,
    /// Where the folder index is kept, if anywhere: see [`cache_dir`].
    pub cache_dir: Option<PathBuf>,
}

impl Ctx {
    pub fn new(cli: &Cli, host: &Host) -> Result<Ctx> {
        Ok(Ctx {
            dir: find_dir(cli.dir.as_deref())?,
            index: host.cache_dir.clone().map(|cache_dir| load::IndexAt {
                cache_dir,
                now: host.now,
            }),
            ..Ctx::without_dir(cli, host)
        })
    }

    /// A context for a command that reads no data folder.
    pub fn without_dir(cli: &Cli, host: &Host) -> Ctx {
        Ctx {
            dir: cli
                .dir
                .clone()
                .unwrap_or_else(|| PathBuf::from("resolutions")),
            today: cli.today.unwrap_or(host.today),
            color: use_color(cli.color),
            soon_days: i64::from(cli.soon),
            width: table_width(),
            index: None,
        }
    }

    /// Loads the whole folder and prints its problems to stderr.
    pub fn load(&self) -> load::Loaded {
        self.load_keeping(load::Keep::All)
    }

    /// Loads the whole folder, keeping what `keep` says, and prints its problems to stderr.
    pub fn load_keeping(&self, keep: load::Keep) -> load::Loaded {
        let loaded = load::load_folder_keeping(&self.dir, keep);
        print_diagnostics(&loaded.diagnostics);
        loaded
    }
}

/// Ends a loaded folder's life without freeing it piece by piece. For commands that end
/// the process right after: at 100,000 mandates the frees take a tenth of a listing's time,
/// and the operating system reclaims the memory at exit at once.
pub fn discard(loaded: load::Loaded) {
    std::mem::forget(loaded);
}

/// How many threads the machine runs at once (at least 1), asked once per process.
/// `available_parallelism` reads the cgroup files on each call: `list --group-by
/// resolution` asked twice for each of 2,000 groups.
pub(crate) fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// The data has errors (already reported); what was valid was still served.
    DataErrors,
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

pub fn print_diagnostics(diags: &[diag::Diagnostic]) {
    let mut err = io::stderr().lock();
    for d in diags {
        let _ = writeln!(err, "{d}");
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

/// The system's date, in its time zone. With `TZ` unset, `/etc/localtime` is read directly:
/// jiff would first look the zone's name up in the time zone database, which lists all of
/// `/usr/share/zoneinfo` (0.6 ms, a fifth of a `mark-done`) for a name a date does not need.
pub fn system_today() -> Date {
    let now = jiff::Timestamp::now();
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Ok(data) = std::fs::read("/etc/localtime")
        && let Some(day) = date_in_tzif(now, &data)
    {
        return day;
    }
    now.to_zoned_datetime(jiff::tz::TimeZone::system()).date()
}

/// The date at `now` in the zone a TZif file (`/etc/localtime`) describes.
fn date_in_tzif(now: jiff::Timestamp, tzif: &[u8]) -> Option<Date> {
    let tz = jiff::tz::TimeZone::tzif("localtime", tzif).ok()?;
    Some(now.to_zoned_datetime(tz).date())
}

/// `OIC_TRACK_CACHE` (a folder, or `off`), else `$XDG_CACHE_HOME/oic-track`, else
/// `$HOME/.cache/oic-track`; none when none is set (as in the tests, whose environment is
/// cleared).
pub fn cache_dir() -> Option<PathBuf> {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    match var("OIC_TRACK_CACHE") {
        Some(v) if v == "off" => None,
        Some(v) => Some(PathBuf::from(v)),
        None => Some(
            var("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .or_else(|| Some(PathBuf::from(var("HOME")?).join(".cache")))?
                .join("oic-track"),
        ),
    }
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

/// Runs the command line on `host` (the clock and the cache folder, read once in `main`).
pub fn run(cli: Cli, host: &Host, out: &mut dyn Write) -> Result<Outcome> {
    // `completions` and `man` need no data folder: they work anywhere, e.g. in a packaging
    // script. `draft` reads a text and writes to stdout: it needs one only for `--id`.
    let needs_dir = match &cli.command {
        Command::Completions(_) | Command::Man(_) => false,
        Command::Draft(a) => a.writes_to_data_folder(),
        _ => true,
    };
    let ctx = if needs_dir {
        Ctx::new(&cli, host)?
    } else {
        Ctx::without_dir(&cli, host)
    };
    match cli.command {
        Command::List(args) => commands::list::run(&ctx, &args, out),
        Command::Due(args) => commands::due::run(&ctx, &args, out),
        Command::Show(args) => commands::show::run(&ctx, &args, out),
        Command::MarkDone(args) => commands::mark_done::run(&ctx, &args, out),
        Command::Start(args) => commands::start::run(&ctx, &args, out),
        Command::Reopen(args) => commands::reopen::run(&ctx, &args, out),
        Command::Drop(args) => commands::drop::run(&ctx, &args, out),
        Command::Note(args) => commands::note::run(&ctx, &args, out),
        Command::Reschedule(args) => commands::reschedule::run(&ctx, &args, out),
        Command::Stale(args) => commands::stale::run(&ctx, &args, out),
        Command::New(args) => commands::new::run(&ctx, &args, out),
        Command::Add(args) => commands::add::run(&ctx, &args, out),
        Command::Check(args) => commands::check::run(&ctx, &args, out),
        Command::Report(args) => commands::report::run(&ctx, &args, out),
        Command::Calendar(args) => commands::calendar::run(&ctx, &args, out),
        Command::Completions(args) => commands::completions::run(&args, out),
        Command::Man(args) => commands::man::run(&args, out),
        Command::Draft(args) => commands::draft::run(&ctx, &args, out),
    }
}

/// The whole program: parse, run, print one error, map to an exit code.
pub fn main(today: Date, now: SystemTime) -> ExitCode {
    let host = Host {
        today,
        now,
        cache_dir: cache_dir(),
    };
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(cli, &host, &mut out).and_then(|o| {
        out.flush()?;
        Ok(o)
    });
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::DataErrors) => ExitCode::from(1),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            drop(out);
            // Messages may quote the user's data: escape it, line by line.
            let msg = format!("{e:#}");
            let lines: Vec<_> = msg.lines().map(output::escape).collect();
            eprintln!("error: {}", lines.join("\n"));
            ExitCode::from(1)
        }
    }
}

/// `oic-track list | head` ends quietly.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    /// The shortcut past jiff's time zone lookup reads the zone's offset: on one instant,
    /// three zones give three dates (the host's own zone may well be UTC).
    #[test]
    fn the_date_is_the_zones_not_utcs() {
        let instant: jiff::Timestamp = "2024-01-01T05:00:00Z".parse().unwrap();
        for (zone, day) in [
            ("Pacific/Pago_Pago", "2023-12-31"),
            ("Etc/UTC", "2024-01-01"),
            ("Pacific/Kiritimati", "2024-01-01"),
            ("Asia/Riyadh", "2024-01-01"),
        ] {
            let path = std::path::Path::new("/usr/share/zoneinfo").join(zone);
            let Ok(data) = std::fs::read(&path) else {
                eprintln!("SKIPPED: no {} (tzdata not installed)", path.display());
                return;
            };
            let got = super::date_in_tzif(instant, &data).unwrap();
            assert_eq!(got.to_string(), day, "{zone}");
        }
        let late: jiff::Timestamp = "2024-01-01T11:30:00Z".parse().unwrap();
        let data = std::fs::read("/usr/share/zoneinfo/Pacific/Kiritimati").unwrap();
        assert_eq!(
            super::date_in_tzif(late, &data).unwrap().to_string(),
            "2024-01-02"
        );
    }
}
