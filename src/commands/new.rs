//! `new RES --title ... --body ... --adopted DATE`: create a resolution file from a template.

use std::io::Write;

use anyhow::{Result, bail};
use jiff::civil::Date;
use toml_edit::Value;

use super::editing::{DryRun, confirm};
use crate::ctx::{Ctx, Outcome};
use crate::model::parse_day;
use crate::{edit, load, model};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The new resolution's id, which becomes its file name (RES.toml in the folder)
    /// [default: made from the title, transliterated to ASCII letters]
    #[arg(value_name = "RES")]
    pub id: Option<String>,

    /// Its title
    #[arg(long, value_name = "TEXT")]
    pub title: String,

    /// Who adopted it (e.g. "OIC Council of Foreign Ministers")
    #[arg(long, value_name = "TEXT")]
    pub body: String,

    /// The day it was adopted
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub adopted: Date,

    /// The session that adopted it
    #[arg(long, value_name = "TEXT")]
    pub session: Option<String>,

    /// Its document symbol
    #[arg(long, value_name = "TEXT")]
    pub symbol: Option<String>,

    /// Where its text comes from (a URL or a reference)
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,

    /// A tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let made;
    let id = match &args.id {
        Some(id) => id,
        None => {
            made = load::suggest_id(&args.title);
            &made
        }
    };
    if !model::is_valid_id(id) {
        bail!(
            "`{id}` is not a valid resolution id (lowercase ASCII letters, digits and `-`); try `{}`",
            load::suggest_id(id)
        );
    }
    if [load::EVENTS_FILE, load::ACTORS_FILE].contains(&format!("{id}.toml").as_str()) {
        bail!("`{id}.toml` holds the folder's {id}, not a resolution; choose another id");
    }
    let found = load::find_resolution(&ctx.dir, id);
    if let Some(existing) = found.files.first() {
        bail!(
            "resolution `{id}` already exists: `{}`; add mandates to it with `oic-track add {id} ...`",
            existing.display()
        );
    }
    let path = ctx.dir.join(format!("{id}.toml"));
    let text = template(ctx, args, id);
    let validate = |text: &str| -> Result<()> {
        load::parse_resolution(&path, text, &[])
            .map(|_| ())
            .map_err(super::editing::invalid)
    };
    edit::create(&path, &text, validate, args.dry.dry_run, out)?;
    confirm(args.dry, out, &path, &format!("{id}: created"))?;
    Ok(Outcome::Ok)
}

/// The new file: a comment saying how to go on, then the resolution's keys, aligned.
fn template(ctx: &Ctx, args: &Args, id: &str) -> String {
    let quoted = |s: &str| Value::from(s).to_string().trim().to_string();
    let mut keys = vec![("title", quoted(&args.title)), ("body", quoted(&args.body))];
    if let Some(s) = &args.session {
        keys.push(("session", quoted(s)));
    }
    keys.push(("adopted", args.adopted.to_string()));
    for (key, value) in [("symbol", &args.symbol), ("source", &args.source)] {
        if let Some(v) = value {
            keys.push((key, quoted(v)));
        }
    }
    if !args.tag.is_empty() {
        let tags: toml_edit::Array = args.tag.iter().map(String::as_str).collect();
        keys.push(("tags", tags.to_string().trim().to_string()));
    }
    let width = keys.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut text = format!(
        "# Created with `oic-track new` on {}. Add each mandate with\n\
         # oic-track add {} --id ID --actor ACTOR --summary TEXT [--due DEADLINE]\n\n",
        ctx.today, id
    );
    for (key, value) in keys {
        text.push_str(&format!("{key:<width$} = {value}\n"));
    }
    text
}
