//! The benchmark corpus (`examples/gencorpus.rs`): data the tool accepts whole, in every
//! form docs/format.md allows, the same bytes on every run.

#[allow(dead_code)]
#[path = "../../examples/gencorpus.rs"]
mod gencorpus;

use crate::support::*;

/// A case whose `resolutions/` holds a generated corpus of `n` resolutions.
fn corpus(n: usize) -> (Case, gencorpus::Stats) {
    let case = Case::new();
    let stats = gencorpus::generate(&case.dir(), n, 7).unwrap();
    (case, stats)
}

fn text_of(case: &Case) -> String {
    tree(&case.dir())
        .into_iter()
        .map(|(_, bytes)| String::from_utf8(bytes).unwrap())
        .collect()
}

#[test]
fn check_accepts_the_whole_generated_corpus() {
    let (case, stats) = corpus(150);
    assert_eq!(stats.resolutions, 150);
    assert!(stats.mandates >= 8 * 150 && stats.mandates <= 12 * 150);
    let all = text_of(&case);
    let events = all.matches("[[events]]").count();
    assert!(
        events > stats.events,
        "some resolutions define their own events"
    );
    let run = case.args(&["check"]).run();
    run.ok();
    assert_eq!(
        run.stdout(),
        format!(
            "151 files, 150 valid resolutions, {} mandates, {events} events: no problems\n",
            stats.mandates
        )
    );
    assert_eq!(run.stderr(), "");
}

#[test]
fn the_corpus_has_every_deadline_form_every_state_and_notes() {
    let (case, _) = corpus(60);
    let all = text_of(&case);
    let dues: Vec<&str> = all
        .lines()
        .filter_map(|l| l.strip_prefix("due       = "))
        .collect();
    let has = |what: &str, f: &dyn Fn(&str) -> bool| {
        assert!(dues.iter().any(|d| f(d)), "no deadline of the form {what}");
    };
    has("bare date", &|d| {
        d.starts_with(|c: char| c.is_ascii_digit())
    });
    has("\"YYYY-MM-DD\"", &|d| d.len() == 12 && d.starts_with('"'));
    has("\"YYYY-MM\"", &|d| d.len() == 9 && d.starts_with('"'));
    has("\"YYYY\"", &|d| d.len() == 6 && d.starts_with('"'));
    has("at a shared event", &|d| {
        d.starts_with("{ at = \"cfm-") && !d.contains("days")
    });
    has("before a shared event", &|d| {
        d.starts_with("{ before = \"summit-")
    });
    has("at an event + days", &|d| {
        d.contains("\"cfm-") && d.contains("days = ")
    });
    has("days after adoption", &|d| {
        d.starts_with("{ at = \"adoption\", days = ")
    });
    has("before the file's own event", &|d| {
        d == "{ before = \"follow-up\" }"
    });
    for state in ["pending", "in-progress", "done", "dropped"] {
        assert!(
            all.contains(&format!("status    = \"{state}\"")),
            "no {state}"
        );
    }
    assert!(all.contains("done      = "));
    assert!(all.contains("notes     = ["));
    assert!(all.contains("history = [{ from = "), "an event that moved");
    let mandates = all.matches("[[mandates]]").count();
    let dated = dues.len();
    let stated = all.matches("\nstatus    = ").count();
    assert!(dated < mandates, "some mandates have no deadline");
    assert!(
        stated < mandates,
        "some mandates leave the status to its default"
    );
}

#[test]
fn every_clause_is_200_to_300_characters() {
    let (case, _) = corpus(30);
    for (path, bytes) in tree(&case.dir()) {
        let table: toml::Table = std::str::from_utf8(&bytes).unwrap().parse().unwrap();
        let Some(mandates) = table.get("mandates").and_then(|m| m.as_array()) else {
            assert_eq!(path, "events.toml");
            continue;
        };
        for m in mandates {
            let text = m["text"].as_str().unwrap();
            let n = text.chars().count();
            assert!((200..=300).contains(&n), "{path}: {n} characters: {text}");
        }
    }
}

#[test]
fn the_same_size_and_seed_give_the_same_bytes() {
    let (a, _) = corpus(25);
    let (b, _) = corpus(25);
    assert!(tree(&a.dir()) == tree(&b.dir()));
    let other = Case::new();
    gencorpus::generate(&other.dir(), 25, 8).unwrap();
    assert!(tree(&a.dir()) != tree(&other.dir()), "the seed matters");
}

#[test]
fn mark_done_by_full_address_edits_one_file_of_the_corpus() {
    let (case, _) = corpus(40);
    let case = case.args(&["list", "--format", "json", "--status", "open"]);
    let listed = case.run();
    listed.ok();
    let rows: serde_json::Value = serde_json::from_str(&listed.stdout()).unwrap();
    let id = rows.as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = tree(&case.dir());
    let case = case.args(&["mark-done", &id, "--on", "2024-01-02"]);
    case.run().ok();
    let after = tree(&case.dir());
    let changed: Vec<&String> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, _)| &b.0)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    let listed = case.args(&["list", "--format", "json"]).run();
    let rows: serde_json::Value = serde_json::from_str(&listed.stdout()).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id.as_str());
    assert_eq!(row.unwrap()["done"], "2024-01-02");
}
