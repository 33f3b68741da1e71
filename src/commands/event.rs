//! `event add ID --date D`: add a shared meeting to `events.toml`; `event list`: every
//! meeting deadlines may refer to.

use std::io::Write;

use anyhow::{Result, bail};
use toml_edit::{DocumentMut, Value};

use super::editing::{DryRun, confirm, invalid, not_edited};
use crate::ctx::{Ctx, Outcome};
use crate::edit::{self, Edit};
use crate::load::{self, EVENTS_FILE};
use crate::model::{self, Fuzzy, parse_fuzzy};
use crate::output::{self, text_cell};
use crate::text::csv_safe;

#[derive(Debug, Clone, clap::Subcommand)]
pub enum Args {
    /// Add a meeting to the folder's events.toml (created when there is none)
    Add(AddArgs),
    /// Every meeting: the shared ones, then each resolution's own
    List(ListArgs),
}

/// How `event list` and `actor list` write the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ListFormat {
    #[default]
    Table,
    Json,
    Csv,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// Output format (JSON and CSV give every entry, even none, with fields as written)
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub format: ListFormat,
}

/// `rows` (each the cells under `headers`) as CSV, every cell guarded by `csv_safe`.
pub fn write_csv(out: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(headers).map_err(output::csv_io)?;
    for row in rows {
        w.write_record(row.iter().map(|c| csv_safe(c).into_owned()))
            .map_err(output::csv_io)?;
    }
    w.flush()?;
    Ok(())
}

#[derive(Debug, Clone, clap::Args)]
pub struct AddArgs {
    /// The event id deadlines will name (lowercase letters, digits and `-`)
    #[arg(value_name = "ID")]
    pub id: String,

    /// Its date: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known
    #[arg(long, value_name = "DATE", value_parser = parse_fuzzy)]
    pub date: Fuzzy,

    /// Its name, as reports show it [default: the id]
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,

    /// Where it is held
    #[arg(long, value_name = "TEXT")]
    pub place: Option<String>,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    match args {
        Args::Add(a) => add(ctx, a, out),
        Args::List(a) => list(ctx, a.format, out),
    }
}

fn add(ctx: &Ctx, args: &AddArgs, out: &mut dyn Write) -> Result<Outcome> {
    let id = &args.id;
    if !model::is_valid_id(id) || id == "adoption" {
        bail!(
            "`{id}` is not a usable event id (lowercase ASCII letters, digits and `-`; `adoption` is built in); try `{}`",
            load::suggest_id(id)
        );
    }
    if args.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        bail!("--name is empty; give the meeting's name, or leave --name out to use the id");
    }
    let loaded = ctx.load();
    let path = ctx.dir.join(EVENTS_FILE);
    if loaded.diagnostics.iter().any(|d| d.file == path) {
        return Err(not_edited(path.display()));
    }
    let folder = &loaded.folder;
    if folder.events.iter().any(|e| &e.id == id) {
        bail!("event `{id}` already exists; move it with `oic-track reschedule {id} DATE`");
    }
    if let Some(res) = folder
        .resolutions
        .iter()
        .find(|r| r.events.iter().any(|e| &e.id == id))
    {
        bail!(
            "`{}` defines its own event `{id}`; a shared event of that id would clash with it. Choose another id",
            res.id
        );
    }
    let fields = fields(args);
    let validate = |text: &str| load::parse_events(&path, text).map(|_| ()).map_err(invalid);
    if path.exists() {
        let mut edit = Edit::open(&path)?;
        edit::push_table(&mut edit.doc, "events", &fields)?;
        edit.finish(validate, args.dry.dry_run, out)?;
    } else {
        let mut doc = DocumentMut::new();
        edit::push_table(&mut doc, "events", &fields)?;
        let text = doc.to_string();
        let text = text.trim_start_matches('\n');
        edit::create(&path, text, validate, args.dry.dry_run, out)?;
    }
    confirm(
        args.dry,
        out,
        &path,
        &format!("event {id}: added on {}", args.date),
    )?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// The new event's keys, in the order the bundled events file uses.
fn fields(args: &AddArgs) -> Vec<(&'static str, Value)> {
    let mut fields = vec![
        ("id", Value::from(args.id.as_str())),
        (
            "name",
            Value::from(args.name.as_deref().unwrap_or(&args.id)),
        ),
        ("date", edit::fuzzy_value(args.date)),
    ];
    if let Some(place) = &args.place {
        fields.push(("place", Value::from(place.as_str())));
    }
    fields
}

fn list(ctx: &Ctx, format: ListFormat, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    let folder = &loaded.folder;
    let shared = folder.events.iter().map(|e| (e, EVENTS_FILE));
    let own = folder
        .resolutions
        .iter()
        .flat_map(|r| r.events.iter().map(move |e| (e, r.id.as_str())));
    let events: Vec<_> = shared.chain(own).collect();
    match format {
        ListFormat::Json => {
            let items: Vec<_> = events
                .iter()
                .map(|(e, within)| EventItem {
                    id: &e.id,
                    date: e.date.to_string(),
                    name: &e.name,
                    place: e.place.as_deref(),
                    defined_in: within,
                })
                .collect();
            output::write_json_value(out, &items)?;
        }
        ListFormat::Csv => {
            let rows: Vec<Vec<String>> = events
                .iter()
                .map(|(e, within)| {
                    vec![
                        e.id.clone(),
                        e.date.to_string(),
                        e.name.clone(),
                        e.place.clone().unwrap_or_default(),
                        within.to_string(),
                    ]
                })
                .collect();
            write_csv(out, &["id", "date", "name", "place", "defined_in"], &rows)?;
        }
        ListFormat::Table => table(ctx, &events, out)?,
    }
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// One event in `event list --format json`, its fields in the table's order.
#[derive(serde::Serialize)]
struct EventItem<'a> {
    id: &'a str,
    date: String,
    name: &'a str,
    place: Option<&'a str>,
    defined_in: &'a str,
}

fn table(ctx: &Ctx, events: &[(&model::Event, &str)], out: &mut dyn Write) -> Result<()> {
    if events.is_empty() {
        writeln!(
            out,
            "no events; add one with `oic-track event add ID --date DATE --name NAME`"
        )?;
        return Ok(());
    }
    let mut table = output::new_table(ctx.style, &["ID", "Date", "Name", "Place", "Defined in"]);
    output::keep_whole(&mut table, &[0, 1]);
    for (e, within) in events {
        table.add_row(vec![
            text_cell(&e.id),
            text_cell(&e.date.to_string()),
            text_cell(&e.name),
            text_cell(e.place.as_deref().unwrap_or("")),
            text_cell(within),
        ]);
    }
    output::write_table(out, &table)?;
    Ok(())
}
