//! `actor add ID --name ...`: name an actor in `actors.toml`; `actor list`: the registry.

use std::io::Write;

use anyhow::{Result, bail};
use toml_edit::{Array, DocumentMut, InlineTable, Value};

use super::editing::{DryRun, confirm, invalid, not_edited};
use super::event::{ListArgs, ListFormat, write_csv};
use crate::ctx::{Ctx, Outcome};
use crate::edit::{self, Edit};
use crate::load::{self, ACTORS_FILE};
use crate::model::{self, Actor};
use crate::output::{self, text_cell};

#[derive(Debug, Clone, clap::Subcommand)]
pub enum Args {
    /// Add an actor to the folder's actors.toml (created when there is none)
    Add(AddArgs),
    /// Every actor actors.toml names, with how many mandates name each
    List(ListArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct AddArgs {
    /// A short id (lowercase letters, digits and `-`), e.g. `oic-gs`
    #[arg(value_name = "ID")]
    pub id: String,

    /// The one name, in English, that grouping and the report show
    #[arg(long, value_name = "TEXT")]
    pub name: String,

    /// The name in French
    #[arg(long, value_name = "TEXT")]
    pub fr: Option<String>,

    /// The name in Arabic
    #[arg(long, value_name = "TEXT")]
    pub ar: Option<String>,

    /// Another spelling texts use (repeatable)
    #[arg(long, value_name = "TEXT")]
    pub alias: Vec<String>,

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
    if !model::is_valid_id(id) {
        bail!(
            "`{id}` is not a valid actor id (lowercase ASCII letters, digits and `-`); try `{}`",
            load::suggest_id(id)
        );
    }
    let loaded = ctx.load();
    let path = ctx.dir.join(ACTORS_FILE);
    if loaded.diagnostics.iter().any(|d| d.file == path) {
        return Err(not_edited(path.display()));
    }
    let new = Actor {
        id: id.clone(),
        name: args.name.clone(),
        fr: args.fr.clone(),
        ar: args.ar.clone(),
        aliases: args.alias.clone(),
    };
    for s in new.spellings() {
        if let Some(known) = loaded.folder.actors.resolve(s) {
            bail!(
                "`{s}` already names actor `{}` ({}); a name or alias may name one actor only. Choose another, or edit {ACTORS_FILE}",
                known.id,
                known.name
            );
        }
    }
    let fields = fields(args);
    let validate = |text: &str| load::parse_actors(&path, text).map(|_| ()).map_err(invalid);
    if path.exists() {
        let mut edit = Edit::open(&path)?;
        edit::push_table(&mut edit.doc, "actors", &fields)?;
        edit.finish(validate, args.dry.dry_run, out)?;
    } else {
        let mut doc = DocumentMut::new();
        edit::push_table(&mut doc, "actors", &fields)?;
        let text = doc.to_string();
        edit::create(
            &path,
            text.trim_start_matches('\n'),
            validate,
            args.dry.dry_run,
            out,
        )?;
    }
    confirm(args.dry, out, &path, &format!("actor {id}: added"))?;
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// The new actor's keys, in the order SPEC §5 writes them.
fn fields(args: &AddArgs) -> Vec<(&'static str, Value)> {
    let mut fields = vec![
        ("id", Value::from(args.id.as_str())),
        ("name", Value::from(args.name.as_str())),
    ];
    let mut names = InlineTable::new();
    for (lang, name) in [("fr", &args.fr), ("ar", &args.ar)] {
        if let Some(n) = name {
            names.insert(lang, Value::from(n.as_str()));
        }
    }
    if !names.is_empty() {
        fields.push(("names", Value::InlineTable(names)));
    }
    if !args.alias.is_empty() {
        let aliases: Array = args.alias.iter().map(String::as_str).collect();
        fields.push(("aliases", Value::Array(aliases)));
    }
    fields
}

fn list(ctx: &Ctx, format: ListFormat, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    let folder = &loaded.folder;
    let counted: Vec<(&Actor, usize)> = folder
        .actors
        .iter()
        .map(|a| (a, mandates_naming(folder, a)))
        .collect();
    match format {
        ListFormat::Json => {
            let items: Vec<_> = counted
                .iter()
                .map(|(a, n)| ActorItem {
                    id: &a.id,
                    name: &a.name,
                    fr: a.fr.as_deref(),
                    ar: a.ar.as_deref(),
                    aliases: &a.aliases,
                    mandates: *n,
                })
                .collect();
            output::write_json_value(out, &items)?;
        }
        ListFormat::Csv => {
            let rows: Vec<Vec<String>> = counted
                .iter()
                .map(|(a, n)| {
                    vec![
                        a.id.clone(),
                        a.name.clone(),
                        a.fr.clone().unwrap_or_default(),
                        a.ar.clone().unwrap_or_default(),
                        a.aliases.join("; "),
                        n.to_string(),
                    ]
                })
                .collect();
            let headers = ["id", "name", "fr", "ar", "aliases", "mandates"];
            write_csv(out, &headers, &rows)?;
        }
        ListFormat::Table => table(ctx, &counted, out)?,
    }
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// How many mandates name actor `a`, by any of its spellings.
fn mandates_naming(folder: &model::Folder, a: &Actor) -> usize {
    folder
        .mandates()
        .filter(|(_, m)| {
            m.actor
                .iter()
                .any(|s| folder.actors.resolve(s).is_some_and(|r| r.id == a.id))
        })
        .count()
}

/// One actor in `actor list --format json`, its fields in the table's order.
#[derive(serde::Serialize)]
struct ActorItem<'a> {
    id: &'a str,
    name: &'a str,
    fr: Option<&'a str>,
    ar: Option<&'a str>,
    aliases: &'a [String],
    mandates: usize,
}

fn table(ctx: &Ctx, counted: &[(&Actor, usize)], out: &mut dyn Write) -> Result<()> {
    if counted.is_empty() {
        writeln!(
            out,
            "no actors named; add one with `oic-track actor add ID --name NAME [--fr ...] [--ar ...] [--alias ...]`"
        )?;
        return Ok(());
    }
    let mut table = output::new_table(
        ctx.style,
        &["ID", "Name", "French", "Arabic", "Aliases", "Mandates"],
    );
    output::keep_whole(&mut table, &[0, 5]);
    for (a, n) in counted {
        table.add_row(vec![
            text_cell(&a.id),
            text_cell(&a.name),
            text_cell(a.fr.as_deref().unwrap_or("")),
            text_cell(a.ar.as_deref().unwrap_or("")),
            text_cell(&a.aliases.join("; ")),
            text_cell(&n.to_string()),
        ]);
    }
    output::write_table(out, &table)?;
    Ok(())
}
