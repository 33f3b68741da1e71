//! `edit ID --due ... --actor ... --summary ...`: change a mandate's fields in place.

use std::io::Write;

use anyhow::{Result, bail};
use toml_edit::{Array, Item, Value};

use super::editing::{DryRun, MandateEdit};
use crate::ctx::{Ctx, Outcome};
use crate::edit::{self, EntryMut};
use crate::load;
use crate::model::{self, Due};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The mandate: RES/MANDATE, a bare mandate id, or a unique prefix of RES/MANDATE
    #[arg(value_name = "ID")]
    pub id: String,

    /// The new deadline: YYYY-MM-DD, YYYY-MM, YYYY, "before EVENT", "at EVENT",
    /// "N days after EVENT" or "N days before EVENT"; `none` removes it
    #[arg(long, value_name = "DEADLINE", value_parser = due_or_none)]
    pub due: Option<DueEdit>,

    /// Who is asked to act; replaces the actors (repeatable: several actors share one mandate)
    #[arg(long, value_name = "ACTOR")]
    pub actor: Vec<String>,

    /// What is asked, in a line
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,

    /// The operative paragraph it comes from, as the document cites it: 11, "5 (a)", "OP 5"
    #[arg(long, value_name = "PARAGRAPH", value_parser = model::Paragraph::parse)]
    pub paragraph: Option<model::Paragraph>,

    /// Add a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,

    /// Remove a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub untag: Vec<String>,

    /// The clause, verbatim
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,

    #[command(flatten)]
    pub dry: DryRun,
}

/// What `--due` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueEdit {
    Set(Due),
    Remove,
}

fn due_or_none(s: &str) -> Result<DueEdit, String> {
    if s == "none" {
        return Ok(DueEdit::Remove);
    }
    model::parse_due(s).map(DueEdit::Set)
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    if nothing_asked(args) {
        bail!(
            "nothing to change; give one or more of --due, --actor, --summary, --paragraph, --tag, --untag, --text"
        );
    }
    for (flag, value) in [("--summary", &args.summary)] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            bail!("{flag} is empty; write what is asked, in a line");
        }
    }
    if args.actor.iter().any(|a| a.trim().is_empty()) {
        bail!("an --actor is empty; name who is asked to act");
    }
    let mut me = MandateEdit::open(ctx, &args.id)?;
    let address = me.address();
    let mut m = me.mandate()?;
    let changed = apply(&mut m, args)?;
    me.finish(args.dry, out, &format!("{address}: {}", changed.join(", ")))?;
    warn_near_misses(ctx, &args.actor);
    Ok(Outcome::Ok)
}

/// Says on stderr when an actor just written is a near miss of a name `actors.toml` knows:
/// the edit stands (free text is allowed), but a typo would make an actor of its own.
pub fn warn_near_misses(ctx: &Ctx, actors: &[String]) {
    if actors.is_empty() {
        return;
    }
    let registry = load::actors_of(&ctx.dir);
    for line in load::near_miss_lines(&registry, actors) {
        eprintln!("{}", crate::text::escape(&line));
    }
}

fn nothing_asked(a: &Args) -> bool {
    a.due.is_none()
        && a.actor.is_empty()
        && a.summary.is_none()
        && a.paragraph.is_none()
        && a.tag.is_empty()
        && a.untag.is_empty()
        && a.text.is_none()
}

/// Sets what was asked, each key beside the keys it belongs with; the names of the keys
/// changed, for the confirmation.
fn apply(m: &mut EntryMut<'_>, args: &Args) -> Result<Vec<&'static str>> {
    let mut changed = Vec::new();
    if let Some(p) = &args.paragraph {
        set_after(m, "paragraph", edit::paragraph_value(p), &["id"]);
        changed.push("paragraph");
    }
    if !args.actor.is_empty() {
        let actor = match args.actor.as_slice() {
            [one] => Value::from(one.as_str()),
            many => Value::Array(many.iter().map(String::as_str).collect::<Array>()),
        };
        set_after(m, "actor", actor, &["paragraph", "id"]);
        changed.push("actor");
    }
    if let Some(s) = &args.summary {
        set_after(m, "summary", Value::from(s.as_str()), &["actor", "id"]);
        changed.push("summary");
    }
    if let Some(t) = &args.text {
        set_after(m, "text", Value::from(t.as_str()), &["summary", "actor"]);
        changed.push("text");
    }
    match &args.due {
        Some(DueEdit::Set(due)) => {
            set_after(m, "due", edit::due_value(due), &["text", "summary"]);
            changed.push("due");
        }
        Some(DueEdit::Remove) => {
            m.remove("due");
            changed.push("due removed");
        }
        None => {}
    }
    if !args.tag.is_empty() || !args.untag.is_empty() {
        retag(m, &args.tag, &args.untag)?;
        changed.push("tags");
    }
    Ok(changed)
}

/// Sets `key`, a new key going after the first of `after` the mandate has.
fn set_after(m: &mut EntryMut<'_>, key: &str, value: Value, after: &[&str]) {
    let anchor = after.iter().copied().find(|k| m.table().contains_key(k));
    m.set(key, value, anchor);
}

/// Adds the tags not there yet (in the order given) and removes the untagged ones; the
/// `tags` key goes when no tag is left.
fn retag(m: &mut EntryMut<'_>, add: &[String], remove: &[String]) -> Result<()> {
    let mut tags = match m.table().get("tags") {
        None => Array::new(),
        Some(Item::Value(Value::Array(a))) => a.clone(),
        Some(_) => bail!("`tags` is not an array of strings; run `oic-track check`"),
    };
    let has = |tags: &Array, t: &str| tags.iter().any(|v| v.as_str() == Some(t));
    for t in add {
        if !has(&tags, t) {
            tags.push(t.as_str());
        }
    }
    // The first tag's spacing (none after `[`, or a line break) passes to the new first.
    let first = tags.get(0).and_then(|v| v.decor().prefix().cloned());
    tags.retain(|v| v.as_str().is_none_or(|s| !remove.iter().any(|r| r == s)));
    if let (Some(prefix), Some(v)) = (first, tags.get_mut(0)) {
        v.decor_mut().set_prefix(prefix);
    }
    if tags.is_empty() {
        m.remove("tags");
    } else {
        set_after(
            m,
            "tags",
            Value::Array(tags),
            &["done", "status", "due", "text", "summary"],
        );
    }
    Ok(())
}
