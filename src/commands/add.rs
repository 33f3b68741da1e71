//! `add RES --id ... --actor ... --summary ...`: append a mandate to a resolution file.

use std::io::Write;

use anyhow::{Result, bail};
use toml_edit::{Array, Value};

use super::editing::{DryRun, Located, confirm, validator};
use crate::ctx::{Ctx, Outcome};
use crate::diag::did_you_mean;
use crate::edit::{self, Edit};
use crate::load;
use crate::model::{self, Anchor, Due};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The resolution id (its file name without .toml)
    #[arg(value_name = "RES")]
    pub resolution: String,

    /// The new mandate's id, unique in the file (lowercase letters, digits and `-`)
    #[arg(long, value_name = "ID")]
    pub id: String,

    /// Who is asked to act (repeatable: several actors share one mandate)
    #[arg(long, value_name = "ACTOR", required = true)]
    pub actor: Vec<String>,

    /// What is asked, in a line
    #[arg(long, value_name = "TEXT")]
    pub summary: String,

    /// The deadline: YYYY-MM-DD, YYYY-MM, YYYY, "before EVENT", "at EVENT",
    /// "N days after EVENT" or "N days before EVENT" (EVENT may be `adoption`), or a
    /// recurring one: "every 1 year[, first DEADLINE][, until YYYY-MM-DD]"
    #[arg(long, value_name = "DEADLINE", value_parser = model::parse_due)]
    pub due: Option<Due>,

    /// The operative paragraph it comes from, as the document cites it: 11, "5 (a)", "OP 5"
    #[arg(long, value_name = "PARAGRAPH", value_parser = model::Paragraph::parse)]
    pub paragraph: Option<model::Paragraph>,

    /// The clause, verbatim
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,

    /// A tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let found = open_resolution(ctx, args)?;
    let mut edit = Edit::open(&found.file)?;
    edit::push_mandate(&mut edit.doc, &fields(args))?;
    edit.finish(validator(&found), args.dry.dry_run, out)?;
    confirm(
        args.dry,
        out,
        &found.file,
        &format!("{}: added", found.address()),
    )?;
    super::edit::warn_near_misses(ctx, &args.actor);
    Ok(Outcome::Ok)
}

/// Finds and loads the resolution, checking the new mandate fits in it before any edit.
fn open_resolution(ctx: &Ctx, args: &Args) -> Result<Located> {
    let res_id = &args.resolution;
    let found = load::find_resolution(&ctx.dir, res_id);
    let file = match found.files.as_slice() {
        [one] => one.clone(),
        [] => bail!("{}", unknown_resolution(ctx, res_id)),
        many => bail!(
            "{} files are named `{res_id}.toml`; rename all but one (`oic-track check` lists them)",
            many.len()
        ),
    };
    let loaded = load::load_one(&found.events, &file);
    crate::diag::print_all(&loaded.diagnostics);
    let res = loaded
        .folder
        .resolution(res_id)
        .ok_or_else(|| super::editing::not_edited(file.display()))?;
    let id = &args.id;
    if !model::is_valid_id(id) {
        bail!(
            "`{id}` is not a valid mandate id (lowercase ASCII letters, digits and `-`); try `{}`",
            load::suggest_id(id)
        );
    }
    if res.mandates.iter().any(|m| &m.id == id) {
        bail!("`{res_id}/{id}` already exists; choose another --id, or edit that mandate");
    }
    if let Some(Anchor::Event(event)) = args.due.as_ref().and_then(Due::anchor) {
        let known: Vec<&str> = res
            .events
            .iter()
            .chain(&loaded.folder.events)
            .map(|e| e.id.as_str())
            .chain(["adoption"])
            .collect();
        if !known.contains(&event.as_str()) {
            bail!(
                "no event `{event}`{}",
                match did_you_mean(event, known.iter().copied()) {
                    Some(g) => format!("; did you mean `{g}`?"),
                    None => format!("; known events: {}", known.join(", ")),
                }
            );
        }
    }
    Ok(Located {
        resolution: res_id.clone(),
        mandate: id.clone(),
        file,
        shared: loaded.folder.events,
    })
}

fn unknown_resolution(ctx: &Ctx, res_id: &str) -> String {
    let (files, _) = load::toml_files(&ctx.dir);
    let ids: Vec<String> = files
        .iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n != load::EVENTS_FILE && n != load::ACTORS_FILE)
        })
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    match did_you_mean(res_id, ids.iter().map(String::as_str)) {
        Some(g) => format!("no resolution `{res_id}`; did you mean `{g}`?"),
        None => format!(
            "no resolution `{res_id}`; create it with `oic-track new {res_id} --title ... --body ... --adopted DATE`"
        ),
    }
}

/// The new mandate's keys, in the order the bundled files use.
fn fields(args: &Args) -> Vec<(&'static str, Value)> {
    let mut fields = vec![("id", Value::from(args.id.as_str()))];
    if let Some(p) = &args.paragraph {
        fields.push(("paragraph", edit::paragraph_value(p)));
    }
    let actor = match args.actor.as_slice() {
        [one] => Value::from(one.as_str()),
        many => Value::Array(many.iter().map(String::as_str).collect::<Array>()),
    };
    fields.push(("actor", actor));
    fields.push(("summary", Value::from(args.summary.as_str())));
    if let Some(text) = &args.text {
        fields.push(("text", Value::from(text.as_str())));
    }
    if let Some(due) = &args.due {
        fields.push(("due", edit::due_value(due)));
    }
    if !args.tag.is_empty() {
        fields.push((
            "tags",
            Value::Array(args.tag.iter().map(String::as_str).collect::<Array>()),
        ));
    }
    fields
}
