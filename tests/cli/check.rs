//! `check`: every problem in every file, as FILE:LINE:COL, and the exit code.

use crate::support::*;

#[test]
fn the_bundled_folder_is_clean() {
    let run = Case::bundled().args(&["check"]).run();
    run.ok();
    assert_eq!(
        run.stdout(),
        "3 files, 1 valid resolution, 10 mandates, 2 events, 2 actors: no problems\n"
    );
    assert_eq!(run.stderr(), "");
}

#[test]
fn every_problem_of_every_file_is_reported() {
    let run = Case::bundled()
        .file(
            "bad.toml",
            "title = \"T\"\nbody = \"B\"\nadopted = \"2023-02-30\"\n\n[[mandates]]\nid = \"x\"\nactor = \"A\"\nsumary = \"s\"\nstatus = \"finished\"\n",
        )
        .file("2024/Bad Name.toml", "title = \"T\"\nbody = \"B\"\nadopted = 2024-01-01\n")
        .file("dangling.toml", "title = \"T\"\nbody = \"B\"\nadopted = 2024-01-01\n[[mandates]]\nid = \"m\"\nactor = \"A\"\nsummary = \"s\"\ndue = { before = \"summit-51\" }\n")
        .args(&["check"])
        .run();
    run.expect_code(1);
    snapshot(
        "check/every_problem_of_every_file_is_reported",
        &run.stderr(),
    );
    assert_eq!(
        run.stdout(),
        "6 files, 1 valid resolution, 10 mandates, 2 events, 2 actors: 5 problems\n"
    );
}

/// A repeated id is named even when the repeat has another problem of its own (a `done`
/// day on an open mandate, an event without a date): fixing that one must not reveal a
/// second, hidden problem.
#[test]
fn a_duplicate_id_is_reported_alongside_the_duplicates_other_problems() {
    let run = Case::new()
        .file(
            "r.toml",
            "title = \"T\"\nbody = \"B\"\nadopted = 2024-01-01\n\n[[events]]\nid = \"e\"\nname = \"E\"\ndate = \"2024-12\"\n\n[[events]]\nid = \"e\"\nname = \"E again\"\n\n[[mandates]]\nid = \"a\"\nactor = \"X\"\nsummary = \"S\"\n\n[[mandates]]\nid = \"a\"\nactor = \"X\"\nsummary = \"S\"\ndone = 2024-01-02\n",
        )
        .args(&["check", "--format", "json"])
        .run();
    run.expect_code(1);
    let diags: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let found: Vec<(u64, String)> = diags
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let line = d["line"].as_u64().unwrap();
            (line, d["message"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(
        found,
        [
            (10, "missing required key `date` in an event".to_string()),
            (11, "duplicate event id `e`".to_string()),
            (20, "duplicate mandate id `a`".to_string()),
            (23, "`done` is set but the status is `pending`".to_string()),
        ],
        "{}",
        run.stdout()
    );
}

#[test]
fn json_diagnostics_for_editors() {
    let run = Case::new()
        .file(
            "r.toml",
            "title = \"T\"\nbody = \"B\"\nadopted = 2023-01-01T10:00:00\n",
        )
        .args(&["check", "--format", "json"])
        .run();
    run.expect_code(1);
    let diags: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(
        diags,
        serde_json::json!([{
            "file": "resolutions/r.toml",
            "line": 3,
            "column": 11,
            "severity": "error",
            "message": "`adopted` must be a day (YYYY-MM-DD), without a time of day: write 2023-01-01",
            "help": null
        }])
    );
}

#[test]
fn other_commands_also_exit_1_on_bad_data() {
    let run = Case::bundled()
        .file("bad.toml", "= 1")
        .args(&["due", "--before", "2023-12-01"])
        .run();
    run.expect_code(1);
    assert!(run.stdout().contains("summit-report"));
    assert!(
        run.stderr()
            .starts_with("resolutions/bad.toml:1:1: error: invalid TOML"),
        "{}",
        run.stderr()
    );
}
