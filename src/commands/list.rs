//! `list`: every mandate, filtered, as a table, JSON or CSV.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::io::Write;

use anyhow::Result;

use super::filters::{Filters, StatusFilter};
use super::listing::{Listing, Output};
use crate::ctx::{Ctx, Outcome};
use crate::model::Actors;
use crate::output::{self, Format};
use crate::text::escape;
use crate::view::{self, Row};

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

    #[command(flatten)]
    pub output: Output,
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
    /// By resolution id, then paragraph in natural order (2, 5 (a), 5 (b), 10); none last
    Paragraph,
}

/// A value of `--group-by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupKey {
    Actor,
    Resolution,
    Status,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let format = args.output.format()?;
    let loaded = ctx.load_keeping(keep_for(format, crate::load::Keep::Listing));
    args.filters.check_resolutions(&loaded)?;
    let matcher = args.filters.matcher(&loaded.folder.actors);
    let rows: Vec<Row<'_>> = view::rows(&loaded.folder, ctx.today, ctx.soon_days)
        .into_iter()
        .filter(|r| matcher.matches(r))
        .filter(|r| args.status.is_empty() || args.status.iter().any(|s| s.matches(r)))
        .collect();
    let mut rows = rows;
    if let Some(key) = args.sort {
        sort(&mut rows, key, &loaded.folder.actors);
    }
    if let Some(key) = args.group_by {
        let groups = group(&rows, key, &loaded.folder.actors);
        if format == Format::Table {
            let table =
                |ctx: &Ctx, out: &mut dyn Write| write_groups(ctx, key, &groups, &rows, out);
            let listing = Listing::rows("Mandates", &rows);
            args.output.emit(ctx, out, &listing, |_| Ok(()), table)?;
            return Ok(Outcome::from_clean(loaded.is_clean()));
        }
        // JSON and CSV stay one flat list, ordered by group, each mandate once.
        // A mandate is one row of each of its groups: its address in memory identifies it
        // (addresses are unique, as the loader drops a duplicate id), with no string built.
        let mut seen = HashSet::new();
        rows = groups
            .into_iter()
            .flat_map(|(_, rows)| rows)
            .filter(|r| seen.insert(std::ptr::from_ref(r.mandate)))
            .collect();
    }
    let listing = Listing::rows("Mandates", &rows);
    let json = |out: &mut dyn Write| Ok(output::write_json(out, &rows)?);
    let table = |ctx: &Ctx, out: &mut dyn Write| write_table(ctx, &rows, out);
    args.output.emit(ctx, out, &listing, json, table)?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// What to keep of the folder: a table shows neither titles, clauses nor notes, so it
/// keeps `table`; the other formats give them.
pub fn keep_for(format: Format, table: crate::load::Keep) -> crate::load::Keep {
    match format {
        Format::Table => table,
        _ => crate::load::Keep::All,
    }
}

/// Sorts stably by `key`, so ties keep the order before.
/// Actors sort by their one name (`actors.toml`), else as written.
pub fn sort(rows: &mut [Row<'_>], key: SortKey, actors: &Actors) {
    match key {
        SortKey::Due => rows.sort_by_key(|r| (r.window.is_none(), r.window)),
        SortKey::Resolution => rows.sort_by(|a, b| a.resolution.id.cmp(&b.resolution.id)),
        SortKey::Actor => rows.sort_by_cached_key(|r| {
            actors
                .display_name(&r.mandate.actor[0], crate::i18n::current().code())
                .to_lowercase()
        }),
        SortKey::Status => rows.sort_by_key(|r| r.status),
        SortKey::Paragraph => rows.sort_by(|a, b| {
            (&a.resolution.id, a.mandate.paragraph.is_none())
                .cmp(&(&b.resolution.id, b.mandate.paragraph.is_none()))
                .then_with(|| a.mandate.paragraph.cmp(&b.mandate.paragraph))
        }),
    }
}

/// The rows in groups, each group named, groups in order: actors and resolutions by name
/// (case-insensitive), statuses most urgent first. Rows keep their order within a group.
/// An actor that `actors.toml` knows is one group under its one name, however a mandate
/// spells it; a mandate naming it twice (by name and by alias) is in the group once.
pub fn group<'a>(rows: &[Row<'a>], key: GroupKey, actors: &Actors) -> Vec<(String, Vec<Row<'a>>)> {
    // In the language asked for (`--lang`): one actor has one name in each language.
    let lang = crate::i18n::current().code();
    match key {
        GroupKey::Actor => grouped(rows.iter().flat_map(|row| {
            let mut names: Vec<&str> = row
                .mandate
                .actor
                .iter()
                .map(|a| actors.display_name(a, lang))
                .collect();
            let mut seen = HashSet::new();
            names.retain(|n| seen.insert(n.to_lowercase()));
            names.into_iter().map(move |a| (a.to_lowercase(), a, row))
        })),
        GroupKey::Resolution => grouped(rows.iter().map(|row| {
            let id = row.resolution.id.as_str();
            (id, id, row)
        })),
        // `Status` is ordered most urgent first, as `output::TALLY_ORDER` lists it.
        GroupKey::Status => grouped(
            rows.iter()
                .map(|row| (row.status, crate::i18n::status_label(row.status), row)),
        ),
    }
}

/// `(sort key, name, row)` triples gathered by key, in key order; each group is named by
/// the first of its rows, and its rows keep their order. A map, not a scan of the groups so
/// far: with thousands of resolutions, each looks its group up in a few steps.
fn grouped<'r, 'a: 'r, K: Ord>(
    entries: impl Iterator<Item = (K, &'r str, &'r Row<'a>)>,
) -> Vec<(String, Vec<Row<'a>>)> {
    let mut groups: BTreeMap<K, (String, Vec<Row<'a>>)> = BTreeMap::new();
    for (key, name, row) in entries {
        let (_, rows) = groups
            .entry(key)
            .or_insert_with(|| (name.to_string(), Vec::new()));
        rows.push(row.clone());
    }
    groups.into_values().collect()
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
        let l = crate::i18n::current();
        let kind = l.t(match key {
            GroupKey::Actor => "group-actor",
            GroupKey::Resolution => "group-resolution",
            GroupKey::Status => "group-status",
        });
        let label = l.t_args("label", &[("label", crate::i18n::Arg::Str(&kind))]);
        writeln!(out, "{label} {}", escape(name))?;
        write_table(ctx, rows, out)?;
        writeln!(out)?;
    }
    let l = crate::i18n::current();
    let all_label = l.t_args(
        "label",
        &[("label", crate::i18n::Arg::Str(&l.t("group-all")))],
    );
    writeln!(out, "{all_label} {}", output::tally(all))?;
    Ok(())
}

fn write_table<'a>(ctx: &Ctx, rows: &'a [Row<'a>], out: &mut dyn Write) -> Result<()> {
    if rows.is_empty() {
        writeln!(out, "no mandates match")?;
        return Ok(());
    }
    let headers = ["ID", "¶", "Actor", "Summary", "Due", "Status"];
    let whole = [0, 1, 4, 5];
    let cells = |row: &Row<'a>| -> [Cow<'a, str>; 5] {
        let m = row.mandate;
        [
            row.address().into(),
            m.paragraph
                .as_ref()
                .map(|p| p.to_string())
                .unwrap_or_default()
                .into(),
            output::actors_cell(&m.actor),
            m.summary.as_str().into(),
            crate::view::window_text(row).into(),
        ]
    };
    let wide = rows.iter().map(|r| output::with_status(cells(r), r.status));
    if output::is_compact(ctx.style, &headers, &whole, wide) {
        output::write_compact_listing(out, ctx.style, rows)?;
        return Ok(());
    }
    output::write_status_table(
        out,
        ctx.style,
        &headers,
        &output::Layout {
            right: &[],
            whole: &whole,
        },
        rows,
        cells,
        |row| row.status,
    )?;
    writeln!(out, "{}", output::tally(rows))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::output::TALLY_ORDER;

    #[test]
    fn status_groups_come_in_tally_order() {
        // `group` keys status groups by `Status` itself: its order must be the tally's.
        assert!(TALLY_ORDER.windows(2).all(|w| w[0] < w[1]));
    }
}
