use std::path::Path;

use super::*;
use crate::model::{Anchor, Due, Fuzzy, State};

const GOOD: &str = r#"
title = "T"
body = "B"
adopted = 2023-07-31

[[events]]
id = "summit"
name = "Summit"
date = "2023-12"

[[mandates]]
id = "report"
actor = "SG"
summary = "Report"
due = { before = "summit" }

[[mandates]]
id = "done-one"
actor = ["A", "B"]
summary = "S"
due = "2023-10-01"
status = "done"
done = 2023-09-01
notes = [{ date = "2023-08-01", text = "n" }]
"#;

fn parse(text: &str) -> Result<Resolution, Vec<Diagnostic>> {
    parse_resolution(Path::new("r.toml"), text, &[])
}

fn errors(text: &str) -> Vec<String> {
    parse(text)
        .err()
        .unwrap_or_default()
        .iter()
        .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
        .collect()
}

#[test]
fn a_good_file_loads() {
    let r = parse(GOOD).unwrap();
    assert_eq!(r.id, "r");
    assert_eq!(r.mandates.len(), 2);
    assert_eq!(
        r.mandates[0].due,
        Some(Due::Before(Anchor::Event("summit".into())))
    );
    assert_eq!(r.mandates[1].state, State::Done);
    assert_eq!(r.mandates[1].actor, ["A", "B"]);
    assert_eq!(
        r.mandates[1].due,
        Some(Due::On(Fuzzy::Day(jiff::civil::date(2023, 10, 1))))
    );
    assert_eq!(
        r.events[0].date,
        Fuzzy::Month {
            year: 2023,
            month: 12
        }
    );
}

#[test]
fn unknown_keys_get_a_suggestion() {
    let text = GOOD.replace("summary = \"Report\"", "sumary = \"Report\"");
    let d = parse(&text).unwrap_err();
    assert!(
        d.iter()
            .any(|d| d.message == "unknown key `sumary` in a mandate"
                && d.help.as_deref() == Some("did you mean `summary`?")),
        "{d:?}"
    );
}

#[test]
fn every_problem_in_a_file_is_reported() {
    let text = GOOD
        .replace("due = \"2023-10-01\"", "due = \"2023-02-30\"")
        .replace("id = \"report\"", "id = \"Report\"")
        .replace("before = \"summit\"", "before = \"sumit\"");
    let e = errors(&text);
    assert_eq!(e.len(), 3, "{e:?}");
    assert!(e[0].contains("`Report` is not a valid mandate id"), "{e:?}");
    assert!(e[1].contains("no event `sumit`"), "{e:?}");
    assert!(e[2].contains("`2023-02-30` does not exist"), "{e:?}");
}

#[test]
fn dangling_events_are_named_with_a_suggestion() {
    let text = GOOD.replace("before = \"summit\"", "before = \"sumit\"");
    let d = parse(&text).unwrap_err();
    assert_eq!(d[0].message, "no event `sumit`");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `summit`?"));
    assert_eq!((d[0].line, d[0].column), (15, 7));
}

#[test]
fn done_on_an_open_mandate_is_an_error() {
    let text = GOOD.replace("status = \"done\"\n", "");
    assert_eq!(
        errors(&text),
        ["22:8: `done` is set but the status is `pending`"]
    );
}

#[test]
fn times_of_day_are_refused_where_a_day_belongs() {
    let text = GOOD.replace("adopted = 2023-07-31", "adopted = 2023-07-31T10:00:00");
    assert!(errors(&text)[0].contains("without a time of day"));
    let text = GOOD.replace("due = \"2023-10-01\"", "due = \"2023-10-01T10:00\"");
    assert!(errors(&text)[0].contains("has a time of day"));
}

#[test]
fn missing_required_keys_are_all_named() {
    let e = errors("[[mandates]]\nsummary = \"x\"\n");
    assert_eq!(
        e,
        [
            "1:1: missing required key `id` in a mandate",
            "1:1: missing required key `actor` in a mandate",
            "1:1: missing required key `title` in the resolution",
            "1:1: missing required key `body` in the resolution",
            "1:1: missing required key `adopted` in the resolution",
        ]
    );
}

#[test]
fn duplicate_mandate_ids_are_errors() {
    let text = GOOD.replace("id = \"done-one\"", "id = \"report\"");
    assert!(errors(&text)[0].contains("duplicate mandate id `report`"));
}

#[test]
fn syntax_errors_carry_a_position() {
    let e = errors("title = \"unterminated\n");
    assert_eq!(e.len(), 1);
    assert!(e[0].starts_with("1:"), "{e:?}");
    assert!(e[0].contains("invalid TOML"), "{e:?}");
}

#[test]
fn a_byte_order_mark_and_crlf_are_accepted() {
    let text = format!("\u{feff}{}", GOOD.replace('\n', "\r\n"));
    assert_eq!(parse(&text).unwrap().mandates.len(), 2);
}

#[test]
fn keeping_for_due_drops_only_what_due_cannot_print() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bundled/resolutions");
    let all = load_folder(&dir);
    let due = load_folder_keeping(&dir, Keep::Due);
    assert_eq!(due.diagnostics.len(), all.diagnostics.len());
    let ids = |l: &Loaded, pick: &dyn Fn(&crate::model::Mandate) -> bool| -> Vec<String> {
        l.folder
            .mandates()
            .filter(|(_, m)| pick(m))
            .map(|(r, m)| format!("{}/{}", r.id, m.id))
            .collect()
    };
    let printable = ids(&all, &|m| m.state.is_open() && m.due.is_some());
    assert!(!printable.is_empty() && printable.len() < all.folder.mandates().count());
    assert_eq!(ids(&due, &|_| true), printable);
}

/// A broken `events.toml` is blamed for the events a resolution cannot find, except where a
/// loaded event is a likely typo for it.
#[test]
fn an_unknown_event_blames_a_broken_events_file_unless_a_guess_is_closer() {
    let tmp = tempfile::tempdir().unwrap();
    let events = "[[events]]\nid = \"summit\"\nname = \"S\"\ndate = \"2023-12\"\n\n\
                  [[events]]\nid = \"council\"\nname = \"C\"\ndate = \"2023-02-30\"\n";
    std::fs::write(tmp.path().join(EVENTS_FILE), events).unwrap();
    let res = GOOD
        .replace("before = \"summit\"", "before = \"council\"")
        .replace("due = \"2023-10-01\"", "due = { at = \"sumit\" }");
    std::fs::write(tmp.path().join("r.toml"), res).unwrap();
    let loaded = load_folder(tmp.path());
    let help = |message: &str| {
        let d = loaded.diagnostics.iter().find(|d| d.message == message);
        d.and_then(|d| d.help.clone()).unwrap_or_default()
    };
    assert!(
        help("no event `council`").starts_with("events.toml has errors"),
        "{loaded:?}"
    );
    assert_eq!(help("no event `sumit`"), "did you mean `summit`?");
}

mod recurring {
    use super::*;
    use proptest::prelude::*;

    fn a_value(forms: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
        proptest::sample::select(forms)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever a recurring deadline holds, loading it, listing it on any day and
        /// putting it in the calendar never panic, and what loads lists its occurrence.
        #[test]
        fn any_recurring_deadline_loads_lists_and_calendars_without_panic(
            every in a_value(&["\"1 day\"", "\"9999 days\"", "\"1 week\"", "\"1 month\"",
                "\"13 months\"", "\"9999 months\"", "\"1 year\"", "\"9999 years\"",
                "\"0 days\"", "\"x\"", "7"]),
            first in a_value(&["", ", first = 0000-01-01", ", first = 9999-12-31",
                ", first = \"9999\"", ", first = \"2024-02\"", ", first = 2024-02-29",
                ", first = { at = \"adoption\", days = -3650000 }",
                ", first = { at = \"adoption\", days = 3650000 }", ", first = { before = \"summit\" }"]),
            until in a_value(&["", ", until = \"9999\"", ", until = 0000-01-01", ", until = \"2025-02\"",
                ", until = 2030-12-31"]),
            done in a_value(&["", "done = []", "done = [2024-01-01]",
                "done = [9999-12-31, 0000-01-01, 2024-02-29]"]),
            adopted in a_value(&["0000-01-01", "2024-01-31", "9999-12-31"]),
            today in a_value(&["0000-01-01", "2024-03-01", "9999-12-31"]),
        ) {
            let text = format!(
                "title = \"T\"\nbody = \"B\"\nadopted = {adopted}\n\n[[events]]\nid = \"summit\"\nname = \"S\"\ndate = \"2025-12\"\n\n[[mandates]]\nid = \"m\"\nactor = \"SG\"\nsummary = \"S\"\ndue = {{ every = {every}{first}{until} }}\n{done}\n"
            );
            let Ok(res) = parse(&text) else { return Ok(()) };
            let folder = Folder { resolutions: vec![res], ..Folder::default() };
            let today: jiff::civil::Date = today.parse().unwrap();
            let rows = crate::view::rows(&folder, today, 30);
            prop_assert_eq!(rows.len(), 1);
            prop_assert_eq!(rows[0].window.is_some(), rows[0].occurrence.is_some());
            let _ = crate::calendar::render(&folder, &rows, today);
        }
    }
}
