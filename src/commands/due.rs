//! `due`: open mandates with a deadline, earliest first, with the days left.

use std::io::Write;

use anyhow::Result;
use jiff::civil::Date;

use super::filters::{Filters, Matcher};
use crate::ctx::{Ctx, Outcome};
use crate::model::parse_day;
use crate::output::{self, Format};
use crate::view::{self, Row};

/// `--within`'s largest value: every day of the years 0000–9999. A larger one would mean
/// nothing more, and jiff refuses (panics on) a span past about 20,000 years.
const MAX_WITHIN_DAYS: i64 = 3_652_425;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Only deadlines whose window opens before DATE (earliest day < DATE)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub before: Option<Date>,

    /// Only deadlines whose window closes after DATE (latest day > DATE)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub after: Option<Date>,

    /// Only deadlines whose window opens within DAYS of today (overdue ones included; at most
    /// 3652425, the days of the years 0000–9999 a folder can hold)
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=MAX_WITHIN_DAYS))]
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
    /// Whether `row` is due as these flags ask: `horizon` is `--within`'s last day and
    /// `matcher` the shared filters, both prepared once.
    fn matches(&self, row: &Row<'_>, horizon: Option<Date>, matcher: &Matcher<'_>) -> bool {
        let Some(w) = row.window else { return false };
        (self.all || row.state().is_open())
            && self.before.is_none_or(|d| w.earliest < d)
            && self.after.is_none_or(|d| w.latest > d)
            && horizon.is_none_or(|h| w.earliest <= h)
            && matcher.matches(row)
    }
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let keep = if args.all {
        crate::load::Keep::Listing
    } else {
        crate::load::Keep::Due
    };
    let loaded = ctx.load_keeping(keep);
    args.filters.check_resolutions(&loaded)?;
    let matcher = args.filters.matcher(&loaded.folder.actors);
    let horizon = args.within.map(|d| {
        ctx.today
            .saturating_add(jiff::Span::new().days(i64::from(d)))
    });
    let mut rows: Vec<Row<'_>> = view::rows(&loaded.folder, ctx.today, ctx.soon_days)
        .into_iter()
        .filter(|r| args.matches(r, horizon, &matcher))
        .collect();
    rows.sort_by_cached_key(|r| (r.window, r.address()));
    output::write_rows(out, args.format, &rows, |out| write_table(ctx, &rows, out))?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

fn write_table(ctx: &Ctx, rows: &[Row<'_>], out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        writeln!(out, "nothing due")?;
        return Ok(());
    }
    if output::is_compact(ctx.style) {
        let layout = output::Layout {
            right: &[1],
            whole: &[0, 1, 3],
        };
        let headers = ["Due", "Days", "Mandate", "Status"];
        output::write_compact(
            out,
            ctx.style,
            &headers,
            &layout,
            (2, output::address_width(rows)),
            rows,
            |row| {
                let days = row.days_left.map(|d| d.to_string()).unwrap_or_default();
                (
                    vec![
                        output::lines_cell(&output::window_lines(row)),
                        output::lines_cell(&[days]),
                        output::mandate_cell(row),
                    ],
                    row.status,
                )
            },
        )?;
        return Ok(());
    }
    output::write_status_table(
        out,
        ctx.style,
        &["Due", "Days left", "ID", "Actor", "Summary", "Status"],
        &output::Layout {
            right: &[1],
            whole: &[0, 1, 2, 5],
        },
        rows,
        |row| {
            [
                row.window.map(|w| w.to_string()).unwrap_or_default().into(),
                row.days_left
                    .map(|d| d.to_string())
                    .unwrap_or_default()
                    .into(),
                row.address().into(),
                output::actors_cell(&row.mandate.actor),
                row.mandate.summary.as_str().into(),
            ]
        },
        |row| row.status,
    )?;
    Ok(())
}
