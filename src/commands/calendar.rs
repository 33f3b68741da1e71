//! `calendar`: every open deadline as an iCalendar feed to import or subscribe to.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use super::filters::Filters;
use crate::ctx::{Ctx, Outcome};
use crate::view::{self, Row};
use crate::{calendar, edit};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filters: Filters,

    /// Write the calendar to FILE instead of standard output (`-`: standard output; a plain file is replaced whole; a .toml file of the data folder is refused)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    args.filters.check_resolutions(&loaded)?;
    let matcher = args.filters.matcher(&loaded.folder.actors);
    let rows: Vec<Row<'_>> = view::rows(&loaded.folder, ctx.today, ctx.soon_days)
        .into_iter()
        .filter(|r| matcher.matches(r))
        .collect();
    let feed = calendar::render(&loaded.folder, &rows, ctx.today);
    for address in &feed.left_out {
        eprintln!(
            "warning: {address} is left out of the calendar: its window starts before the \
             year 0000, which an iCalendar date cannot hold"
        );
    }
    match super::output_file(&args.output) {
        Some(path) => edit::write_export(path, &ctx.dir, feed.ics.as_bytes())?,
        None => out.write_all(feed.ics.as_bytes())?,
    }
    Ok(Outcome::from_clean(loaded.is_clean()))
}
