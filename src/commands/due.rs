//! `due`: open mandates with a deadline, earliest first, with the days left.

use std::cmp::Ordering;
use std::io::Write;

use anyhow::Result;
use jiff::civil::Date;

use super::filters::{Filters, Matcher};
use crate::ctx::{Ctx, Outcome};
use crate::model::parse_day;
use crate::output::{self, Format};
use crate::view::{self, Row};

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
    let matcher = args.filters.matcher();
    let horizon = args.within.map(|d| {
        ctx.today
            .saturating_add(jiff::Span::new().days(i64::from(d)))
    });
    let mut rows: Vec<Row<'_>> = view::rows(&loaded.folder, ctx.today, ctx.soon_days)
        .into_iter()
        .filter(|r| args.matches(r, horizon, &matcher))
        .collect();
    // By window, then address, compared in place: building the addresses would cost an
    // allocation each. Addresses are unique, so the unstable sort gives the one order.
    rows.sort_unstable_by(|a, b| a.window.cmp(&b.window).then_with(|| by_address(a, b)));
    output::write_rows(out, args.format, &rows, |out| write_table(ctx, &rows, out))?;
    let outcome = Outcome::from_clean(loaded.is_clean());
    crate::load::discard(loaded);
    Ok(outcome)
}

/// The order of `a.address()` and `b.address()` (`RES/MANDATE`), without building them.
fn by_address(a: &Row<'_>, b: &Row<'_>) -> Ordering {
    address_order(
        (&a.resolution.id, &a.mandate.id),
        (&b.resolution.id, &b.mandate.id),
    )
}

/// How `"{a.0}/{a.1}"` compares with `"{b.0}/{b.1}"`, for ids that hold no `/`.
fn address_order(a: (&str, &str), b: (&str, &str)) -> Ordering {
    let (ra, rb) = (a.0.as_bytes(), b.0.as_bytes());
    let n = ra.len().min(rb.len());
    match ra[..n].cmp(&rb[..n]) {
        // One id is the other's prefix: where the shorter has its `/`, the longer goes on
        // with a character of an id.
        Ordering::Equal => match ra.len().cmp(&rb.len()) {
            Ordering::Equal => a.1.cmp(b.1),
            Ordering::Less => b'/'.cmp(&rb[n]),
            Ordering::Greater => ra[n].cmp(&b'/'),
        },
        order => order,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_compare_as_the_strings_they_make() {
        let ids = ["a", "a-b", "a0", "ab", "a-", "b", "a-b-c", "z9"];
        for ra in ids {
            for ma in ["m", "m-1", "x"] {
                for rb in ids {
                    for mb in ["m", "m-1", "x"] {
                        let want = format!("{ra}/{ma}").cmp(&format!("{rb}/{mb}"));
                        assert_eq!(
                            address_order((ra, ma), (rb, mb)),
                            want,
                            "{ra}/{ma} {rb}/{mb}"
                        );
                    }
                }
            }
        }
    }
}
