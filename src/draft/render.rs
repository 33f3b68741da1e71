//! A draft as a resolution file (TOML, with `# check:` comments on the lines to review)
//! or as JSON.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Draft, DraftEvent, DraftMandate};
use crate::model::{Anchor, Due, Fuzzy};

/// A TOML string literal.
fn quote(s: &str) -> String {
    toml_edit::Value::from(s).to_string()
}

/// A comment that stays on its line whatever the text holds.
fn comment(check: Option<&str>) -> String {
    match check {
        Some(why) => {
            let clean: String = why
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            format!("  # check: {clean}")
        }
        None => String::new(),
    }
}

fn fuzzy_value(f: Fuzzy) -> String {
    match f {
        Fuzzy::Day(d) => d.to_string(),
        other => quote(&other.to_string()),
    }
}

fn due_value(due: &Due) -> String {
    let anchor = |a: &Anchor| quote(&a.to_string());
    match due {
        Due::On(f) => fuzzy_value(*f),
        Due::Before(a) => format!("{{ before = {} }}", anchor(a)),
        Due::At { anchor: a, days: 0 } => format!("{{ at = {} }}", anchor(a)),
        Due::At { anchor: a, days } => format!("{{ at = {}, days = {days} }}", anchor(a)),
    }
}

fn joined(checks: &[Option<String>]) -> Option<String> {
    let all: Vec<&str> = checks.iter().flatten().map(String::as_str).collect();
    (!all.is_empty()).then(|| all.join("; "))
}

/// The resolution file: `source` names the text in the header comment.
pub fn toml(draft: &Draft, source: &str) -> String {
    let m = &draft.meta;
    let mut out = String::new();
    let source: String = source.chars().filter(|c| !c.is_control()).collect();
    let _ = writeln!(out, "# Drafted by `oic-track draft` from {source}.");
    let _ = writeln!(
        out,
        "# Review every line marked `# check:` against the text, then run `oic-track check`."
    );
    out.push('\n');
    let line = |out: &mut String, key: &str, value: String, check: Option<&str>| {
        let _ = writeln!(out, "{key:<7} = {value}{}", comment(check));
    };
    line(
        &mut out,
        "title",
        quote(&m.title.value),
        m.title.check.as_deref(),
    );
    line(
        &mut out,
        "body",
        quote(&m.body.value),
        m.body.check.as_deref(),
    );
    if let Some(s) = &m.session {
        line(&mut out, "session", quote(s), None);
    }
    line(
        &mut out,
        "adopted",
        m.adopted.value.to_string(),
        m.adopted.check.as_deref(),
    );
    if let Some(s) = &m.symbol {
        line(&mut out, "symbol", quote(s), None);
    }
    for e in &draft.events {
        event(&mut out, e);
    }
    for md in &draft.mandates {
        mandate(&mut out, md, m.adopted.value);
    }
    out
}

fn event(out: &mut String, e: &DraftEvent) {
    let _ = writeln!(out, "\n[[events]]");
    let _ = writeln!(out, "id   = {}", quote(&e.id));
    let _ = writeln!(out, "name = {}", quote(&e.name));
    let _ = writeln!(
        out,
        "date = {}{}",
        fuzzy_value(e.date),
        comment(e.check.as_deref())
    );
}

fn mandate(out: &mut String, m: &DraftMandate, adopted: jiff::civil::Date) {
    let line = |out: &mut String, key: &str, value: String, check: Option<&str>| {
        let _ = writeln!(out, "{key:<9} = {value}{}", comment(check));
    };
    let _ = writeln!(out, "\n[[mandates]]");
    line(out, "id", quote(&m.id), None);
    if let Some(p) = m.paragraph {
        line(
            out,
            "paragraph",
            p.to_string(),
            m.paragraph_check.as_deref(),
        );
    } else if let Some(why) = &m.paragraph_check {
        let _ = writeln!(out, "# check: {why}");
    }
    let names: Vec<String> = m.actors.iter().map(|a| quote(&a.name)).collect();
    let actor = match names.as_slice() {
        [one] => one.clone(),
        many => format!("[{}]", many.join(", ")),
    };
    let actor_checks: Vec<Option<String>> = m.actors.iter().map(|a| a.check.clone()).collect();
    let mut actor_checks = actor_checks;
    actor_checks.dedup();
    line(out, "actor", actor, joined(&actor_checks).as_deref());
    line(out, "summary", quote(&m.summary), None);
    line(out, "text", quote(&m.text), None);
    if let Some(due) = &m.due {
        line(out, "due", due_value(due), m.due_check.as_deref());
    }
    if !m.tags.is_empty() {
        let tags: Vec<String> = m.tags.iter().map(|t| quote(t)).collect();
        line(
            out,
            "tags",
            format!("[{}]", tags.join(", ")),
            m.tags_check.as_deref(),
        );
    }
    if let Some(every) = &m.recurring {
        let note = format!("Recurring ({every}): track each round in a note");
        line(
            out,
            "notes",
            format!("[{{ date = {adopted}, text = {} }}]", quote(&note)),
            None,
        );
    }
}

#[derive(Serialize)]
struct JsonDraft<'a> {
    /// The resolution id, when `--id` gives one.
    id: Option<&'a str>,
    title: &'a str,
    body: &'a str,
    session: Option<&'a str>,
    adopted: String,
    symbol: Option<&'a str>,
    events: Vec<JsonEvent<'a>>,
    mandates: Vec<JsonMandate<'a>>,
    /// Every `# check:` of the TOML form, as `key: why`.
    checks: Vec<String>,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    id: &'a str,
    name: &'a str,
    date: String,
    check: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonMandate<'a> {
    id: &'a str,
    paragraph: Option<u32>,
    actor: Vec<&'a str>,
    summary: &'a str,
    text: &'a str,
    due: Option<String>,
    due_text: Option<&'a str>,
    tags: &'a [String],
    recurring: Option<&'a str>,
    checks: Vec<String>,
}

/// The draft as one JSON object.
pub fn json(draft: &Draft, id: Option<&str>) -> serde_json::Result<String> {
    let m = &draft.meta;
    let mut checks = Vec::new();
    for (key, c) in [
        ("title", &m.title.check),
        ("body", &m.body.check),
        ("adopted", &m.adopted.check),
    ] {
        if let Some(why) = c {
            checks.push(format!("{key}: {why}"));
        }
    }
    let out = JsonDraft {
        id,
        title: &m.title.value,
        body: &m.body.value,
        session: m.session.as_deref(),
        adopted: m.adopted.value.to_string(),
        symbol: m.symbol.as_deref(),
        events: draft
            .events
            .iter()
            .map(|e| JsonEvent {
                id: &e.id,
                name: &e.name,
                date: e.date.to_string(),
                check: e.check.as_deref(),
            })
            .collect(),
        mandates: draft.mandates.iter().map(json_mandate).collect(),
        checks,
    };
    serde_json::to_string_pretty(&out)
}

fn json_mandate(m: &DraftMandate) -> JsonMandate<'_> {
    let mut checks = Vec::new();
    let mut add = |key: &str, c: &Option<String>| {
        if let Some(why) = c {
            let line = format!("{key}: {why}");
            if !checks.contains(&line) {
                checks.push(line);
            }
        }
    };
    add("paragraph", &m.paragraph_check);
    for a in &m.actors {
        add("actor", &a.check);
    }
    add("due", &m.due_check);
    add("tags", &m.tags_check);
    JsonMandate {
        id: &m.id,
        paragraph: m.paragraph,
        actor: m.actors.iter().map(|a| a.name.as_str()).collect(),
        summary: &m.summary,
        text: &m.text,
        due: m.due.as_ref().map(ToString::to_string),
        due_text: (!m.due_phrase.is_empty()).then_some(m.due_phrase.as_str()),
        tags: &m.tags,
        recurring: m.recurring.as_deref(),
        checks,
    }
}
