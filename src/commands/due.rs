//! `due`: open mandates with a deadline, earliest first, with the days left.

use std::borrow::Cow;
use std::io::Write;

use anyhow::Result;
use jiff::civil::Date;

use super::filters::{Filters, Matcher};
use super::listing::{Listing, Output};
use crate::ctx::{Ctx, Outcome};
use crate::deadline::fuzzy_window;
use crate::model::{Fuzzy, parse_fuzzy};
use crate::output;
use crate::view::{self, Row};

/// `--within`'s largest value: every day of the years 0000–9999. A larger one would mean
/// nothing more, and jiff refuses (panics on) a span past about 20,000 years.
const MAX_WITHIN_DAYS: i64 = 3_652_425;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Only deadlines whose window opens before DATE (earliest day < DATE); a month or a
    /// year counts whole: `--before 2023-12` is before the end of December 2023
    #[arg(long, value_name = "DATE", value_parser = parse_fuzzy)]
    pub before: Option<Fuzzy>,

    /// Only deadlines whose window closes after DATE (latest day > DATE); a month or a year
    /// counts whole: `--after 2023-12` is from the start of December 2023
    #[arg(long, value_name = "DATE", value_parser = parse_fuzzy)]
    pub after: Option<Fuzzy>,

    /// Only deadlines whose window opens within this long of today (overdue ones included):
    /// days (`30` or `30d`) or weeks (`2w`), at most 3652425 days, the years 0000–9999
    #[arg(long, value_name = "DAYS", value_parser = parse_within)]
    pub within: Option<u32>,

    /// Include mandates that are done or dropped
    #[arg(long)]
    pub all: bool,

    #[command(flatten)]
    pub filters: Filters,

    #[command(flatten)]
    pub output: Output,
}

/// The first day `--before` excludes: a day itself, else the day after the month or year
/// (which `--before` counts whole).
fn first_day_after(f: Fuzzy) -> Date {
    match f {
        Fuzzy::Day(d) => d,
        _ => fuzzy_window(f)
            .latest
            .saturating_add(jiff::Span::new().days(1)),
    }
}

/// The last day `--after` excludes: a day itself, else the day before the month or year.
fn last_day_before(f: Fuzzy) -> Date {
    match f {
        Fuzzy::Day(d) => d,
        _ => fuzzy_window(f)
            .earliest
            .saturating_sub(jiff::Span::new().days(1)),
    }
}

/// `--within`: `N`, `Nd` (days) or `Nw` (weeks), as a number of days.
fn parse_within(s: &str) -> Result<u32, String> {
    let t = s.trim();
    let (number, per) = match t.char_indices().last() {
        Some((i, 'd' | 'D')) => (&t[..i], 1),
        Some((i, 'w' | 'W')) => (&t[..i], 7),
        _ => (t, 1),
    };
    let wrong =
        || format!("`{s}` is not a length of time: write days (`30`, `30d`) or weeks (`2w`)");
    let n: i64 = number.parse().map_err(|_| wrong())?;
    if n < 0 {
        return Err(wrong());
    }
    let days = n.saturating_mul(per);
    if days > MAX_WITHIN_DAYS {
        return Err(format!(
            "`{s}` is not in 0..={MAX_WITHIN_DAYS} days, the years 0000–9999 a folder can hold"
        ));
    }
    u32::try_from(days).map_err(|_| wrong())
}

impl Args {
    /// Whether `row` is due as these flags ask: `horizon` is `--within`'s last day and
    /// `matcher` the shared filters, both prepared once.
    fn matches(&self, row: &Row<'_>, horizon: Option<Date>, matcher: &Matcher<'_>) -> bool {
        let Some(w) = row.window else { return false };
        (self.all || row.state().is_open())
            && self.before.is_none_or(|d| w.earliest < first_day_after(d))
            && self.after.is_none_or(|d| w.latest > last_day_before(d))
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
    let loaded = ctx.load_keeping(super::list::keep_for(args.output.format()?, keep));
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
    let listing = Listing::rows("Due", &rows);
    let json = |out: &mut dyn Write| Ok(output::write_json(out, &rows)?);
    let table = |ctx: &Ctx, out: &mut dyn Write| write_table(ctx, &rows, out);
    args.output.emit(ctx, out, &listing, json, table)?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

fn write_table<'a>(ctx: &Ctx, rows: &'a [Row<'a>], out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        writeln!(out, "nothing due")?;
        return Ok(());
    }
    let headers = ["Due", "Days left", "ID", "Actor", "Summary", "Status"];
    let whole = [0, 1, 2, 5];
    let cells = |row: &Row<'a>| -> [Cow<'a, str>; 5] {
        [
            crate::view::window_text(row).into(),
            row.days_left
                .map(|d| d.to_string())
                .unwrap_or_default()
                .into(),
            row.address().into(),
            output::actors_cell(&row.mandate.actor),
            row.mandate.summary.as_str().into(),
        ]
    };
    let wide = rows.iter().map(|r| output::with_status(cells(r), r.status));
    if output::is_compact(ctx.style, &headers, &whole, wide) {
        return write_compact_table(ctx, rows, out);
    }
    output::write_status_table(
        out,
        ctx.style,
        &headers,
        &output::Layout {
            right: &[1],
            whole: &whole,
        },
        rows,
        cells,
        |row| row.status,
    )?;
    Ok(())
}

/// The stacked table (id over actor and summary in one cell), for a terminal the wide one overflows.
fn write_compact_table(ctx: &Ctx, rows: &[Row<'_>], out: &mut dyn Write) -> Result<()> {
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
    Ok(())
}
