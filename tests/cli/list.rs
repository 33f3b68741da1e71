//! `list`: the table, every filter, JSON and CSV.

use crate::support::*;

#[test]
fn list_prints_the_bundled_mandates() {
    let run = Case::bundled().args(&["list"]).run();
    run.ok();
    snapshot("list/list_prints_the_bundled_mandates", &run.stdout());
}

#[test]
fn list_shows_every_status() {
    let run = mixed().args(&["list"]).run();
    run.ok();
    snapshot("list/list_shows_every_status", &run.stdout());
}

#[test]
fn resolution_filter() {
    let run = mixed()
        .args(&[
            "list",
            "--resolution",
            "hrc-2024-rapporteur",
            "--format",
            "json",
        ])
        .run();
    assert_eq!(
        ids(&run),
        [
            "hrc-2024-rapporteur/oral-update",
            "hrc-2024-rapporteur/written-report",
            "hrc-2024-rapporteur/survey"
        ]
    );
}

#[test]
fn actor_filter_is_a_case_insensitive_substring_of_any_actor() {
    let run = mixed()
        .args(&["list", "--actor", "special RAPPORTEUR", "--format", "json"])
        .run();
    assert_eq!(ids(&run), ["hrc-2024-rapporteur/written-report"]);
    let run = mixed()
        .args(&["list", "--actor", "commissioner", "--format", "json"])
        .run();
    assert_eq!(
        ids(&run),
        [
            "hrc-2024-rapporteur/oral-update",
            "hrc-2024-rapporteur/written-report"
        ]
    );
}

#[test]
fn status_filters_stored_and_computed() {
    let by = |status: &str| {
        ids(&mixed()
            .args(&["list", "--status", status, "--format", "json"])
            .run())
    };
    assert_eq!(
        by("pending"),
        [
            "cfm-2023-follow-up/media-guide",
            "cfm-2023-follow-up/dialogue",
            "hrc-2024-rapporteur/written-report"
        ]
    );
    assert_eq!(by("in-progress"), ["hrc-2024-rapporteur/oral-update"]);
    assert_eq!(
        by("done"),
        [
            "cfm-2023-follow-up/observatory-report",
            "cfm-2023-follow-up/late-brief"
        ]
    );
    assert_eq!(by("dropped"), ["hrc-2024-rapporteur/survey"]);
    assert_eq!(by("overdue"), ["cfm-2023-follow-up/media-guide"]);
    assert_eq!(by("open").len(), 4);
    let soon = ids(&mixed()
        .args(&[
            "--today",
            "2024-05-15",
            "list",
            "--status",
            "due-soon",
            "--format",
            "json",
        ])
        .run());
    assert_eq!(soon, ["hrc-2024-rapporteur/oral-update"]);
}

#[test]
fn status_filters_combine_as_any() {
    let run = mixed()
        .args(&[
            "list", "--status", "dropped", "--status", "overdue", "--format", "json",
        ])
        .run();
    assert_eq!(
        ids(&run),
        [
            "cfm-2023-follow-up/media-guide",
            "hrc-2024-rapporteur/survey"
        ]
    );
}

#[test]
fn tag_filter_matches_mandate_and_resolution_tags() {
    let run = mixed()
        .args(&["list", "--tag", "reporting", "--format", "json"])
        .run();
    assert_eq!(ids(&run), ["cfm-2023-follow-up/observatory-report"]);
    let run = mixed()
        .args(&["list", "--tag", "un", "--format", "json"])
        .run();
    assert_eq!(ids(&run).len(), 3);
    // In any case, as `--actor` is; still the whole tag, not a part of it.
    let run = mixed()
        .args(&["list", "--tag", "Reporting", "--format", "json"])
        .run();
    assert_eq!(ids(&run), ["cfm-2023-follow-up/observatory-report"]);
    let run = mixed()
        .args(&["list", "--tag", "report", "--format", "json"])
        .run();
    assert_eq!(ids(&run).len(), 0);
}

/// A mistyped `--resolution` is named, with the id meant, by every command that filters.
#[test]
fn an_unknown_resolution_is_refused_with_a_did_you_mean() {
    for command in ["list", "due", "calendar", "stale"] {
        let run = mixed()
            .args(&[command, "--resolution", "hrc-2024-raporteur"])
            .run();
        run.expect_code(1);
        assert_eq!(
            run.stderr(),
            "error: no resolution `hrc-2024-raporteur`; did you mean `hrc-2024-rapporteur`?\n",
            "{command}"
        );
        assert_eq!(run.stdout(), "", "{command}");
    }
    let run = mixed().args(&["list", "--resolution", "zzz"]).run();
    run.expect_code(1);
    assert!(
        run.stderr().contains("its file name without .toml"),
        "{}",
        run.stderr()
    );
}

/// A resolution whose file did not load is not called unknown: its errors say why.
#[test]
fn a_resolution_whose_file_is_broken_is_not_called_unknown() {
    let run = Case::bundled()
        .file("broken.toml", "title = \"x\"\n")
        .args(&["list", "--resolution", "broken"])
        .run();
    run.expect_code(1);
    assert!(run.stderr().contains("broken.toml"), "{}", run.stderr());
    assert!(!run.stderr().contains("no resolution"), "{}", run.stderr());
    assert_eq!(run.stdout(), "no mandates match\n");
}

#[test]
fn nothing_matching_says_so() {
    let run = mixed().args(&["list", "--actor", "nobody"]).run();
    run.ok();
    assert_eq!(run.stdout(), "no mandates match\n");
}

#[test]
fn json_has_the_keys_spec_names() {
    let run = mixed().args(&["list", "--format", "json"]).run();
    run.ok();
    let rows: Vec<serde_json::Value> = serde_json::from_str(&run.stdout()).unwrap();
    let late = rows.iter().find(|r| r["mandate"] == "late-brief").unwrap();
    assert_eq!(
        late,
        &serde_json::json!({
            "id": "cfm-2023-follow-up/late-brief",
            "resolution": "cfm-2023-follow-up",
            "mandate": "late-brief",
            "actor": ["OIC General Secretariat"],
            "summary": "Brief member states on the Plan of Action",
            "paragraph": 3,
            "due": { "earliest": "2023-06-30", "latest": "2023-06-30", "text": "2023-06-30" },
            "state": "done",
            "status": "done",
            "late": true,
            "done": "2023-07-04",
            "days_left": null,
            "every": null,
            "occurrence": null,
            "tags": [],
            "file": "resolutions/cfm-2023-follow-up.toml"
        })
    );
    let open = rows
        .iter()
        .find(|r| r["mandate"] == "written-report")
        .unwrap();
    assert_eq!(open["due"]["text"], "90 days after adoption");
    assert_eq!(open["days_left"], 336);
    let none = rows.iter().find(|r| r["mandate"] == "dialogue").unwrap();
    assert_eq!(none["due"], serde_json::Value::Null);
    assert_eq!(none["paragraph"], 5);
}

#[test]
fn csv_has_the_same_columns() {
    let run = mixed()
        .args(&[
            "list",
            "--format",
            "csv",
            "--resolution",
            "cfm-2023-follow-up",
        ])
        .run();
    run.ok();
    snapshot("list/csv_has_the_same_columns", &run.stdout());
}

/// comfy-table counts widths in 16 bits: a line of 65,535 columns or more used to collapse
/// a table (and panic in a debug build). Long lines now continue on the next line of their
/// cell: the id stays whole and every character is still printed.
#[test]
fn a_cell_of_seventy_thousand_characters_keeps_the_table_and_its_ids() {
    let long = "x".repeat(70_000);
    let file = format!(
        "title = \"T\"\nbody = \"B\"\nadopted = 2023-01-01\n\n[[mandates]]\nid = \"long-one\"\n\
         actor = \"A\"\nsummary = \"{long}\"\ndue = \"2023-09-01\"\n\n[[mandates]]\n\
         id = \"short-one\"\nactor = \"A\"\nsummary = \"short\"\ndue = \"2023-09-02\"\n"
    );
    let runs: [(&[&str], Option<&str>); 5] = [
        (&["list"], Some("80")),
        (&["list"], Some("200")),
        (&["list"], None),
        (&["due"], Some("80")),
        (&["show", "res"], Some("80")),
    ];
    for (args, columns) in runs {
        let mut case = Case::new().file("res.toml", &file).args(args);
        if let Some(c) = columns {
            case = case.env("COLUMNS", c);
        }
        let run = case.run();
        run.ok();
        let out = run.stdout();
        let what = format!("{args:?} at {columns:?}");
        assert_eq!(out.matches('x').count(), 70_000, "{what}");
        let ids = match args[0] {
            "show" => ["long-one", "short-one"],
            _ => ["res/long-one", "res/short-one"],
        };
        for id in ids {
            assert!(out.contains(id), "{what}: `{id}` is cut");
        }
        let widest = out.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(widest < 20_000, "{what}: a line of {widest} characters");
    }
}
