//! `due`: open mandates with a deadline, earliest first, with the days left.

use std::io::Write;

use anyhow::Result;
use jiff::civil::Date;

use super::Filters;
use crate::cli::parse_day;
use crate::output::{self, Format, status_cell, text_cell};
use crate::view::{self, Row};
use crate::{Ctx, Outcome};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Only deadlines whose window opens before DATE (earliest day < DATE)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub before: Option<Date>,

    /// Only deadlines whose window closes after DATE (latest day > DATE)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub after: Option<Date>,

    /// Only deadlines whose window opens within DAYS of today (overdue ones included)
    #[arg(long, value_name = "DAYS")]
    pub within: Option<u32>,

    /// Include mandates that are done or dropped
    #[arg(long)]
    pub all: bool,

    #[command(flatten)]
    pub filters: Filters,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

impl Args {
    fn matches(&self, row: &Row<'_>, today: Date) -> bool {
        let Some(w) = row.window else { return false };
        let horizon = self
            .within
            .map(|d| today.saturating_add(jiff::Span::new().days(i64::from(d))));
        (self.all || row.state().is_open())
            && self.before.is_none_or(|d| w.earliest < d)
            && self.after.is_none_or(|d| w.latest > d)
            && horizon.is_none_or(|h| w.earliest <= h)
            && self.filters.matches(row)
    }
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    let mut rows: Vec<Row<'_>> = view::rows(&loaded.folder, ctx.today, ctx.soon_days)
        .into_iter()
        .filter(|r| args.matches(r, ctx.today))
        .collect();
    rows.sort_by_key(|r| (r.window, r.address()));
    output::write_rows(out, args.format, &rows, |out| write_table(ctx, &rows, out))?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

fn write_table(ctx: &Ctx, rows: &[Row<'_>], out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        writeln!(out, "nothing due")?;
        return Ok(());
    }
    let headers = ["Due", "Days left", "ID", "Actor", "Summary", "Status"];
    let mut table = output::new_table(ctx, &headers);
    if let Some(days) = table.column_mut(1) {
        days.set_cell_alignment(comfy_table::CellAlignment::Right);
    }
    for row in rows {
        table.add_row(vec![
            text_cell(&row.window.map(|w| w.to_string()).unwrap_or_default()),
            text_cell(&row.days_left.map(|d| d.to_string()).unwrap_or_default()),
            text_cell(&row.address()),
            text_cell(&output::actors(&row.mandate.actor)),
            text_cell(&row.mandate.summary),
            status_cell(row.status, ctx.color),
        ]);
    }
    output::keep_whole(&mut table, &[0, 1, 2, 5]);
    output::write_table(out, &table)?;
    Ok(())
}
