//! A draft (what the `oic-draft` crate found in a text) as a resolution file, TOML with
//! `# check:` comments on the lines to review, or as one JSON object. Its deadlines are
//! written by `edit::due_value`, as every command writes them.

use std::fmt::Write as _;

use oic_draft::{Draft, DraftEvent, DraftMandate};
use serde::Serialize;

use crate::edit;
use crate::model::{Anchor, Due, Fuzzy, Period, Recur, Unit};

/// A TOML string literal.
fn quote(s: &str) -> String {
    toml_edit::Value::from(s).to_string()
}

/// How a drafted file marks a line to review; `check --strict` counts those left.
pub const CHECK_MARK: &str = "# check:";

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

fn fuzzy(f: oic_draft::Fuzzy) -> Fuzzy {
    match f {
        oic_draft::Fuzzy::Day(d) => Fuzzy::Day(d),
        oic_draft::Fuzzy::Month { year, month } => Fuzzy::Month { year, month },
        oic_draft::Fuzzy::Year(y) => Fuzzy::Year(y),
    }
}

fn anchor(a: &oic_draft::Anchor) -> Anchor {
    match a {
        oic_draft::Anchor::Adoption => Anchor::Adoption,
        oic_draft::Anchor::Event(id) => Anchor::Event(id.clone()),
    }
}

/// The drafter's deadline as the file's.
fn due(d: &oic_draft::Due) -> Due {
    match d {
        oic_draft::Due::On(f) => Due::On(fuzzy(*f)),
        oic_draft::Due::At { anchor: a, days } => Due::At {
            anchor: anchor(a),
            days: *days,
        },
        oic_draft::Due::Before(a) => Due::Before(anchor(a)),
    }
}

/// A drafted mandate's deadline, recurring when the text names a period: its found
/// deadline is then the first occurrence. An end the text gives before the first
/// occurrence opens is left out (the loader would refuse it), with a check saying so.
fn mandate_due(
    m: &DraftMandate,
    adopted: jiff::civil::Date,
    events: &[DraftEvent],
) -> (Option<Due>, Option<String>) {
    let Some(every) = &m.every else {
        return (m.due.as_ref().map(due), m.due_check.clone());
    };
    let unit = match every.unit {
        oic_draft::SpanUnit::Days => Unit::Days,
        oic_draft::SpanUnit::Weeks => Unit::Weeks,
        oic_draft::SpanUnit::Months => Unit::Months,
        oic_draft::SpanUnit::Years => Unit::Years,
    };
    let mut recur = Recur {
        every: Period { n: every.n, unit },
        first: m.due.as_ref().map(|d| Box::new(due(d))),
        until: every.until.map(fuzzy),
    };
    let first = if recur.first.is_some() {
        "the first occurrence"
    } else {
        "the first occurrence (one period after adoption when `first` is absent)"
    };
    let mut check = format!("recurs \"{}\": check the period, {first}", every.phrase);
    if recur.until.is_some() {
        check.push_str(" and `until`");
    }
    let date = |id: &str| events.iter().find(|e| e.id == id).map(|e| fuzzy(e.date));
    let opens = crate::deadline::window(&Due::Every(recur.clone()), adopted, date);
    if let (Some(until), Ok(w)) = (recur.until, opens)
        && crate::deadline::fuzzy_window(until).latest < w.earliest
    {
        recur.until = None;
        let _ = write!(
            check,
            "; the text's end ({until}) is before the first occurrence, left out"
        );
    }
    let checks = [m.due_check.clone(), Some(check)];
    (Some(Due::Every(recur)), joined(&checks))
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
        mandate(&mut out, md, m.adopted.value, &draft.events);
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
        edit::fuzzy_value(fuzzy(e.date)),
        comment(e.check.as_deref())
    );
}

fn mandate(out: &mut String, m: &DraftMandate, adopted: jiff::civil::Date, events: &[DraftEvent]) {
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
    if let (Some(d), check) = mandate_due(m, adopted, events) {
        line(
            out,
            "due",
            edit::due_value(&d).to_string(),
            check.as_deref(),
        );
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
    if let (Some(every), None) = (&m.recurring, &m.every) {
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
        mandates: draft
            .mandates
            .iter()
            .map(|md| json_mandate(md, m.adopted.value, &draft.events))
            .collect(),
        checks,
    };
    serde_json::to_string_pretty(&out)
}

fn json_mandate<'a>(
    m: &'a DraftMandate,
    adopted: jiff::civil::Date,
    events: &[DraftEvent],
) -> JsonMandate<'a> {
    let (due, due_check) = mandate_due(m, adopted, events);
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
    add("due", &due_check);
    add("tags", &m.tags_check);
    JsonMandate {
        id: &m.id,
        paragraph: m.paragraph,
        actor: m.actors.iter().map(|a| a.name.as_str()).collect(),
        summary: &m.summary,
        text: &m.text,
        due: due.map(|d| d.to_string()),
        due_text: (!m.due_phrase.is_empty()).then_some(m.due_phrase.as_str()),
        tags: &m.tags,
        recurring: m.recurring.as_deref(),
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oic_draft::{Options, draft};
    use proptest::prelude::*;

    /// Text made of resolution words, numbers, markers and odd characters (as the
    /// drafter's own property test makes it).
    fn texty() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Requests the Secretary-General to ".to_string()),
            Just("The Council called on ".to_string()),
            Just("urging the authorities in Sweden and ".to_string()),
            Just("by 31 December 2024".to_string()),
            Just("within ninety days".to_string()),
            Just("at its eighty-first session".to_string()),
            Just("before the OIC Summit in December 2023".to_string()),
            Just("\n\n1. ".to_string()),
            Just("\n(a) ".to_string()),
            Just(":\n".to_string()),
            Just(", led by ".to_string()),
            Just(" shall ".to_string()),
            Just("commended the decision of X to ".to_string()),
            Just("İ’ſK\u{0}\u{1b}\"\\".to_string()),
            "[a-zA-Z ,.;:()’'-]{0,12}",
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn any_text_drafts_to_a_file_the_loader_accepts(text in texty()) {
            let opts = Options { adopted: None, today: "2025-01-01".parse().unwrap() };
            let d = draft(&text, &opts);
            let toml = toml(&d, "fuzz");
            let loaded = crate::load::parse_resolution(std::path::Path::new("fuzz.toml"), &toml, &[]);
            prop_assert!(loaded.is_ok(), "{toml}");
            prop_assert!(json(&d, None).is_ok());
        }
    }
}
