//! `stale [--days N]`: open mandates nobody has touched for N days, oldest first.
//!
//! A mandate's last touch is its latest note (`start`, `drop`, `reopen` and `note` all leave
//! one), or, with no note, the day its resolution was adopted.

use std::borrow::Cow;
use std::io::Write;

use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;

use super::filters::Filters;
use super::listing::{Listing, Output};
use crate::ctx::{Ctx, Outcome};
use crate::deadline::days_between;
use crate::output::{self, Value, status_cell, text_cell};
use crate::view::{self, Record, Row, Shown};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// How many days without a note make a mandate stale
    #[arg(long, default_value_t = 90, value_name = "N", value_parser = clap::value_parser!(u32))]
    pub days: u32,

    #[command(flatten)]
    pub filters: Filters,

    /// Output: json, csv and xlsx have list's keys and columns, then last_touched,
    /// touched_by and idle_days
    #[command(flatten)]
    pub output: Output,
}

/// A stale mandate as `--format json` writes it: `list`'s record and the three stale keys.
#[derive(Serialize)]
struct StaleRecord<'a> {
    #[serde(flatten)]
    mandate: Record<'a>,
    last_touched: Shown<Date>,
    /// `note` or `adopted`: what the day comes from.
    touched_by: &'static str,
    idle_days: i64,
}

const EXTRA_HEADERS: [&str; 3] = ["last_touched", "touched_by", "idle_days"];

/// When a mandate was last touched, and by what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Touch {
    pub day: Date,
    pub by_note: bool,
}

impl Touch {
    /// What the day comes from, as the table shows it.
    pub fn what(&self) -> &'static str {
        if self.by_note { "note" } else { "adopted" }
    }
}

/// The latest note's day, else the resolution's adoption.
pub fn last_touch(row: &Row<'_>) -> Touch {
    match row.mandate.notes.iter().map(|n| n.date).max() {
        Some(day) => Touch { day, by_note: true },
        None => Touch {
            day: row.resolution.adopted,
            by_note: false,
        },
    }
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    args.filters.check_resolutions(&loaded)?;
    let matcher = args.filters.matcher(&loaded.folder.actors);
    let days = i64::from(args.days);
    let mut stale: Vec<(Touch, i64, Row<'_>)> =
        view::rows(&loaded.folder, ctx.today, ctx.soon_days)
            .into_iter()
            .filter(|r| r.state().is_open() && matcher.matches(r))
            .map(|r| {
                let touch = last_touch(&r);
                (touch, days_between(touch.day, ctx.today), r)
            })
            .filter(|(_, idle, _)| *idle >= days)
            .collect();
    // Oldest first; ties in folder order (the sort is stable).
    stale.sort_by_key(|(touch, _, _)| touch.day);
    let json = |out: &mut dyn Write| {
        let records: Vec<StaleRecord<'_>> = stale
            .iter()
            .map(|(touch, idle, row)| StaleRecord {
                mandate: row.record(),
                last_touched: Shown(touch.day),
                touched_by: touch.what(),
                idle_days: *idle,
            })
            .collect();
        Ok(output::write_json_value(out, &records)?)
    };
    let listing = Listing {
        sheet: "Stale",
        items: &stale,
        row_of: &|(_, _, row)| row,
        extra_headers: &EXTRA_HEADERS,
        extra: &|(touch, idle, _)| {
            vec![
                Value::Date(touch.day),
                Value::Text(touch.what().to_string()),
                Value::Int(*idle),
            ]
        },
    };
    let table = |ctx: &Ctx, out: &mut dyn Write| write_table(ctx, &stale, days, out);
    args.output.emit(ctx, out, &listing, json, table)?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// The table and its count line, or a line saying nothing is stale.
fn write_table(
    ctx: &Ctx,
    stale: &[(Touch, i64, Row<'_>)],
    days: i64,
    out: &mut dyn Write,
) -> Result<()> {
    if stale.is_empty() {
        writeln!(
            out,
            "no open mandate has gone {days} days without a note as of {}",
            ctx.today
        )?;
        return Ok(());
    }
    if output::is_compact(
        ctx.style,
        &WIDE_HEADERS,
        &WIDE_WHOLE,
        stale.iter().map(wide_cells),
    ) {
        let layout = output::Layout {
            right: &[1],
            whole: &[1, 2],
        };
        let headers = ["Mandate", "Idle days", "Status"];
        let width = output::address_width(stale.iter().map(|(_, _, row)| row));
        output::write_compact(
            out,
            ctx.style,
            &headers,
            &layout,
            (0, width),
            stale,
            |(touch, idle, row)| {
                let mut lines = output::mandate_lines(row);
                lines.push(format!("last touched {} ({})", touch.day, touch.what()));
                let cells = vec![output::lines_cell(&lines), text_cell(&idle.to_string())];
                (cells, row.status)
            },
        )?;
    } else {
        write_wide(ctx, stale, out)?;
    }
    let noun = if stale.len() == 1 {
        "mandate"
    } else {
        "mandates"
    };
    writeln!(
        out,
        "{} open {noun} with no note for {days} days or more as of {}",
        stale.len(),
        ctx.today
    )?;
    Ok(())
}

/// The columns of the wide stale table, and those never wrapped.
const WIDE_HEADERS: [&str; 5] = ["ID", "Actor", "Status", "Last touched", "Idle days"];
const WIDE_WHOLE: [usize; 3] = [0, 2, 4];

/// A row of the wide stale table, as text.
fn wide_cells<'a>((touch, idle, row): &'a (Touch, i64, Row<'_>)) -> Vec<Cow<'a, str>> {
    vec![
        row.address().into(),
        view::actors(&row.mandate.actor).into(),
        row.status.label().into(),
        format!("{} ({})", touch.day, touch.what()).into(),
        idle.to_string().into(),
    ]
}

/// The stale table with a column per field, for wide terminals and pipes.
fn write_wide(ctx: &Ctx, stale: &[(Touch, i64, Row<'_>)], out: &mut dyn Write) -> Result<()> {
    let mut table = output::new_table(ctx.style, &WIDE_HEADERS);
    for item in stale {
        let mut cells: Vec<_> = wide_cells(item).iter().map(|c| text_cell(c)).collect();
        cells[2] = status_cell(item.2.status, ctx.style.color);
        table.add_row(cells);
    }
    if let Some(idle) = table.column_mut(4) {
        idle.set_cell_alignment(comfy_table::CellAlignment::Right);
    }
    output::keep_whole(&mut table, &WIDE_WHOLE);
    output::write_table(out, &table)?;
    Ok(())
}
