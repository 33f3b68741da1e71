//! `list`: every mandate, filtered, as a table, JSON or CSV.

use std::io::Write;

use anyhow::Result;

use super::{Filters, StatusFilter};
use crate::output::{self, Format, status_cell, text_cell};
use crate::view::{self, Row};
use crate::{Ctx, Outcome};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filters: Filters,

    /// Only mandates with this status (repeatable: any of them)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<StatusFilter>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    let rows: Vec<Row<'_>> = view::rows(&loaded.folder, ctx.today, ctx.soon_days)
        .into_iter()
        .filter(|r| args.filters.matches(r))
        .filter(|r| args.status.is_empty() || args.status.iter().any(|s| s.matches(r)))
        .collect();
    output::write_rows(out, args.format, &rows, |out| write_table(ctx, &rows, out))?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

fn write_table(ctx: &Ctx, rows: &[Row<'_>], out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        writeln!(out, "no mandates match")?;
        return Ok(());
    }
    let mut table = output::new_table(ctx, &["ID", "¶", "Actor", "Summary", "Due", "Status"]);
    for row in rows {
        let m = row.mandate;
        table.add_row(vec![
            text_cell(&row.address()),
            text_cell(&m.paragraph.map(|p| p.to_string()).unwrap_or_default()),
            text_cell(&output::actors(&m.actor)),
            text_cell(&m.summary),
            text_cell(&row.window.map(|w| w.to_string()).unwrap_or_default()),
            status_cell(row.status, ctx.color),
        ]);
    }
    output::keep_whole(&mut table, &[0, 1, 4, 5]);
    output::write_table(out, &table)?;
    writeln!(out, "{}", output::tally(rows))?;
    Ok(())
}
