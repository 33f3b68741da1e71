//! oic-track: track what resolutions ask for, of whom, by when, and whether it gets done.
//!
//! `run` turns the command line into a `Ctx` (`ctx`) and hands it to one command in
//! `commands`. Deadline and status logic (`deadline`, `status`) are pure; `load` reads,
//! `edit` writes, `output` prints, and `text` makes untrusted text safe to show.

pub(crate) mod address;
pub(crate) mod calendar;
pub(crate) mod cli;
pub(crate) mod commands;
pub(crate) mod ctx;
pub mod deadline;
pub mod diag;
pub mod draft_file;
pub(crate) mod edit;
pub(crate) mod encoding;
pub(crate) mod host;
pub mod i18n;
pub mod load;
pub mod merge;
pub mod model;
pub mod output;
pub(crate) mod report;
pub(crate) mod sheet;
pub(crate) mod status;
pub mod text;
pub mod view;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;
use jiff::civil::Date;

pub use commands::Cli;
pub use ctx::Outcome;
pub use host::{Host, system_today};

use ctx::Ctx;

/// Runs the command line on `host` (the clock, read once in `main`).
pub fn run(cli: Cli, host: &Host, out: &mut dyn Write) -> Result<Outcome> {
    i18n::set_current(cli.global.lang);
    let ctx = if cli.command.needs_dir() {
        Ctx::new(&cli.global, host)?
    } else {
        Ctx::without_dir(&cli.global, host)
    };
    cli.command.run(&ctx, out)
}

/// The whole program: parse, run, print one error, map to an exit code.
pub fn main(today: Date) -> ExitCode {
    let host = Host { today };
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
        Ok(Outcome::Exit(code)) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            drop(out);
            // Messages may quote the user's data: escape it, line by line.
            let msg = message(&e);
            let lines: Vec<_> = msg.lines().map(text::escape).collect();
            eprintln!("error: {}", lines.join("\n"));
            ExitCode::from(1)
        }
    }
}

/// The error and its causes, `a: b: c`, leaving out a cause its wrapper already quotes:
/// tempfile's persist error, for one, shows its OS error and gives it again as its source.
fn message(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    let mut last = msg.clone();
    for cause in e.chain().skip(1) {
        let text = cause.to_string();
        if !last.contains(&text) {
            msg = format!("{msg}: {text}");
        }
        last = text;
    }
    msg
}

/// `oic-track list | head` ends quietly.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
