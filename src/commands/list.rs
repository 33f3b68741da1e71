//! `list`: every mandate, filtered, as a table, JSON or CSV.

use std::io::Write;

use anyhow::Result;

use super::{Filters, StatusFilter};
use crate::model::Status;
use crate::output::{self, Format};
use crate::view::{self, Row};
use crate::{Ctx, Outcome};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filters: Filters,

    /// Only mandates with this status (repeatable: any of them)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<StatusFilter>,

    /// Order of the rows [default: resolution, then file order]
    #[arg(long, value_enum, value_name = "KEY")]
    pub sort: Option<SortKey>,

    /// One table per actor, resolution or status, each ending with its counts (a mandate
    /// with several actors is in each of their groups)
    #[arg(long, value_enum, value_name = "KEY")]
    pub group_by: Option<GroupKey>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A value of `--sort`. Ties keep the file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortKey {
    /// Earliest deadline first; mandates with no deadline last
    Due,
    /// By resolution id, then file order
    Resolution,
    /// By first actor, case-insensitive
    Actor,
    /// Most urgent first: overdue, due soon, in progress, pending, done, dropped
    Status,
}

/// A value of `--group-by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupKey {
    Actor,
    Resolution,
    Status,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load_keeping(crate::load::Keep::Listing);
    args.filters.check_resolutions(&loaded)?;
    let rows: Vec<Row<'_>> = view::rows(&loaded.folder, ctx.today, ctx.soon_days)
        .into_iter()
        .filter(|r| args.filters.matches(r))
        .filter(|r| args.status.is_empty() || args.status.iter().any(|s| s.matches(r)))
        .collect();
    let mut rows = rows;
    if let Some(key) = args.sort {
        sort(&mut rows, key);
    }
    if let Some(key) = args.group_by {
        let groups = group(&rows, key);
        if args.format == Format::Table {
            write_groups(ctx, key, &groups, &rows, out)?;
            let outcome = Outcome::from_clean(loaded.is_clean());
            crate::discard(loaded);
            return Ok(outcome);
        }
        // JSON and CSV stay one flat list, ordered by group, each mandate once.
        let mut seen = std::collections::HashSet::new();
        rows = groups
            .into_iter()
            .flat_map(|(_, rows)| rows)
            .filter(|r| seen.insert(r.address()))
            .collect();
    }
    output::write_rows(out, args.format, &rows, |out| write_table(ctx, &rows, out))?;
    let outcome = Outcome::from_clean(loaded.is_clean());
    crate::discard(loaded);
    Ok(outcome)
}

/// Sorts stably by `key`, so ties keep the order before.
pub fn sort(rows: &mut [Row<'_>], key: SortKey) {
    match key {
        SortKey::Due => rows.sort_by_key(|r| (r.window.is_none(), r.window)),
        SortKey::Resolution => rows.sort_by(|a, b| a.resolution.id.cmp(&b.resolution.id)),
        SortKey::Actor => rows.sort_by_cached_key(|r| r.mandate.actor[0].to_lowercase()),
        SortKey::Status => rows.sort_by_key(|r| r.status),
    }
}

/// The rows in groups, each group named, groups in order: actors and resolutions by name
/// (case-insensitive), statuses most urgent first. Rows keep their order within a group.
pub fn group<'a>(rows: &[Row<'a>], key: GroupKey) -> Vec<(String, Vec<Row<'a>>)> {
    let mut groups: Vec<(String, String, Vec<Row<'a>>)> = Vec::new();
    for row in rows {
        let names: Vec<(String, String)> = match key {
            GroupKey::Actor => row
                .mandate
                .actor
                .iter()
                .map(|a| (a.to_lowercase(), a.clone()))
                .collect(),
            GroupKey::Resolution => vec![(row.resolution.id.clone(), row.resolution.id.clone())],
            GroupKey::Status => {
                let rank = urgency(row.status);
                vec![(format!("{rank}"), row.status.label().to_string())]
            }
        };
        for (sort_key, name) in names {
            match groups.iter_mut().find(|(k, _, _)| *k == sort_key) {
                Some((_, _, rows)) => rows.push(row.clone()),
                None => groups.push((sort_key, name, vec![row.clone()])),
            }
        }
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups
        .into_iter()
        .map(|(_, name, rows)| (name, rows))
        .collect()
}

/// 0 for the most urgent status: the order `tally` uses.
fn urgency(status: Status) -> usize {
    output::TALLY_ORDER
        .iter()
        .position(|s| *s == status)
        .unwrap_or(output::TALLY_ORDER.len())
}

/// One titled table per group, each ending with its counts, then the counts of all.
fn write_groups(
    ctx: &Ctx,
    key: GroupKey,
    groups: &[(String, Vec<Row<'_>>)],
    all: &[Row<'_>],
    out: &mut dyn Write,
) -> Result<()> {
    if all.is_empty() {
        writeln!(out, "no mandates match")?;
        return Ok(());
    }
    for (name, rows) in groups {
        let kind = match key {
            GroupKey::Actor => "actor",
            GroupKey::Resolution => "resolution",
            GroupKey::Status => "status",
        };
        writeln!(out, "{kind}: {}", output::escape(name))?;
        write_table(ctx, rows, out)?;
        writeln!(out)?;
    }
    writeln!(out, "all: {}", output::tally(all))?;
    Ok(())
}

fn write_table(ctx: &Ctx, rows: &[Row<'_>], out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        writeln!(out, "no mandates match")?;
        return Ok(());
    }
    if output::is_compact(ctx) {
        output::write_compact_listing(out, ctx, rows)?;
        return Ok(());
    }
    output::write_status_table(
        out,
        ctx,
        &["ID", "¶", "Actor", "Summary", "Due", "Status"],
        &output::Layout {
            right: &[],
            whole: &[0, 1, 4, 5],
        },
        rows,
        |row| {
            let m = row.mandate;
            [
                row.address().into(),
                m.paragraph
                    .map(|p| p.to_string())
                    .unwrap_or_default()
                    .into(),
                output::actors_cell(&m.actor),
                m.summary.as_str().into(),
                row.window.map(|w| w.to_string()).unwrap_or_default().into(),
            ]
        },
        |row| row.status,
    )?;
    writeln!(out, "{}", output::tally(rows))?;
    Ok(())
}
