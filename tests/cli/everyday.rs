//! The everyday read-only commands: `list --sort/--group-by/--actor`, `stale`,
//! `completions` and `man`.

use crate::support::*;

/// The addresses in a table's first column (`support::ids` reads JSON).
fn table_ids(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("│ "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|id| id.contains('/'))
        .map(str::to_string)
        .collect()
}

#[test]
fn list_sort_orders_rows_and_keeps_file_order_for_ties() {
    let sorted = |key: &str| {
        table_ids(
            &edit_folder()
                .args(&["list", "--sort", key])
                .run()
                .ok()
                .stdout(),
        )
    };
    // Earliest window first; no deadline last.
    assert_eq!(
        sorted("due"),
        [
            "cfm-2023-test/report",
            "cfm-2023-test/delegation",
            "cfm-2023-test/rapporteur",
            "cfm-2023-test/legal-action"
        ]
    );
    assert_eq!(
        sorted("actor"),
        [
            "cfm-2023-test/legal-action",
            "cfm-2023-test/delegation",
            "cfm-2023-test/report",
            "cfm-2023-test/rapporteur"
        ]
    );
    // Most urgent first: in progress, pending (file order), done.
    assert_eq!(
        sorted("status"),
        [
            "cfm-2023-test/delegation",
            "cfm-2023-test/report",
            "cfm-2023-test/legal-action",
            "cfm-2023-test/rapporteur"
        ]
    );
    assert_eq!(
        sorted("resolution"),
        [
            "cfm-2023-test/report",
            "cfm-2023-test/delegation",
            "cfm-2023-test/rapporteur",
            "cfm-2023-test/legal-action"
        ]
    );
}

#[test]
fn list_group_by_actor_puts_a_shared_mandate_in_each_actors_group_with_counts() {
    let run = edit_folder().args(&["list", "--group-by", "actor"]).run();
    run.ok();
    snapshot(
        "everyday/list_group_by_actor_puts_a_shared_mandate_in_each_actors_group_with_counts",
        &run.stdout(),
    );
}

#[test]
fn list_group_by_status_goes_most_urgent_first() {
    let run = edit_folder()
        .args(&["list", "--group-by", "status", "--today", "2023-11-15"])
        .run();
    run.ok();
    let stdout = run.stdout();
    let heads: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("status: "))
        .collect();
    assert_eq!(heads, ["due soon", "pending", "done"]);
    assert!(
        run.stdout()
            .ends_with("all: 4 mandates: 2 due soon, 1 pending, 1 done\n"),
        "{}",
        run.stdout()
    );
}

#[test]
fn list_group_by_with_json_stays_one_flat_list_each_mandate_once() {
    let run = edit_folder()
        .args(&["list", "--group-by", "actor", "--format", "json"])
        .run();
    run.ok();
    let rows: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "cfm-2023-test/legal-action",
            "cfm-2023-test/delegation",
            "cfm-2023-test/report",
            "cfm-2023-test/rapporteur"
        ]
    );
}

#[test]
fn actor_matches_any_of_several_actors_and_any_actor_of_a_mandate() {
    let run = edit_folder()
        .args(&[
            "list",
            "--actor",
            "secretary-general",
            "--actor",
            "all states",
        ])
        .run();
    run.ok();
    // `secretary-general` is a substring of "Secretary-General" (delegation) and of
    // "UN Secretary-General" (rapporteur).
    assert_eq!(
        table_ids(&run.stdout()),
        [
            "cfm-2023-test/delegation",
            "cfm-2023-test/rapporteur",
            "cfm-2023-test/legal-action"
        ]
    );
}

#[test]
fn stale_counts_from_the_latest_note_else_adoption_and_includes_day_n() {
    // delegation's last note is 2023-08-10: 90 days later is 2023-11-08.
    let stale_on = |today: &str| {
        table_ids(
            &edit_folder()
                .args(&["stale", "--today", today])
                .run()
                .ok()
                .stdout(),
        )
    };
    assert_eq!(
        stale_on("2023-11-07"),
        ["cfm-2023-test/report", "cfm-2023-test/legal-action"]
    );
    assert_eq!(
        stale_on("2023-11-08"),
        [
            "cfm-2023-test/report",
            "cfm-2023-test/legal-action",
            "cfm-2023-test/delegation"
        ]
    );
    let run = edit_folder()
        .args(&["stale", "--today", "2023-10-28"])
        .run();
    assert_eq!(
        run.ok().stdout(),
        "no open mandate has gone 90 days without a note as of 2023-10-28\n"
    );
}

/// `stale --format json|csv`: `list`'s keys and columns, then the three stale ones, in the
/// table's order; read back with real parsers.
#[test]
fn stale_exports_are_lists_records_with_the_last_touch() {
    let run = edit_folder()
        .args(&["stale", "--today", "2023-11-08", "--format", "json"])
        .run();
    let records: Vec<serde_json::Value> = serde_json::from_str(&run.ok().stdout()).unwrap();
    let list = edit_folder()
        .args(&["list", "--today", "2023-11-08", "--format", "json"])
        .run();
    let listed: Vec<serde_json::Value> = serde_json::from_str(&list.ok().stdout()).unwrap();
    let touched: Vec<(&str, &str, &str, i64)> = records
        .iter()
        .map(|r| {
            let id = r["id"].as_str().unwrap();
            let same = listed.iter().find(|l| l["id"] == id).unwrap();
            for (key, value) in same.as_object().unwrap() {
                assert_eq!(&r[key], value, "{id}: {key}");
            }
            let text = |k: &str| r[k].as_str().unwrap();
            (
                id,
                text("last_touched"),
                text("touched_by"),
                r["idle_days"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        touched,
        [
            ("cfm-2023-test/report", "2023-07-31", "adopted", 100),
            ("cfm-2023-test/legal-action", "2023-07-31", "adopted", 100),
            ("cfm-2023-test/delegation", "2023-08-10", "note", 90),
        ]
    );

    let run = edit_folder()
        .args(&["stale", "--today", "2023-11-08", "--format", "csv"])
        .run();
    let stdout = run.ok().stdout();
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(headers[..18], oic_track::output::CSV_HEADERS);
    assert_eq!(headers[18..], ["last_touched", "touched_by", "idle_days"]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let last: Vec<_> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[18].as_str(), r[20].as_str()))
        .collect();
    assert_eq!(
        last,
        [
            ("cfm-2023-test/report", "2023-07-31", "100"),
            ("cfm-2023-test/legal-action", "2023-07-31", "100"),
            ("cfm-2023-test/delegation", "2023-08-10", "90"),
        ]
    );
    // Nothing stale: an empty array, and the header alone.
    let run = edit_folder()
        .args(&["stale", "--today", "2023-10-28", "--format", "json"])
        .run();
    assert_eq!(run.ok().stdout(), "[]\n");
    let run = edit_folder()
        .args(&["stale", "--today", "2023-10-28", "--format", "csv"])
        .run();
    assert_eq!(run.ok().stdout().lines().count(), 1);
}

#[test]
fn a_note_makes_a_mandate_fresh_again() {
    let case = edit_folder().args(&["note", "report", "Draft circulated", "--on", "2023-11-01"]);
    case.run().ok();
    let run = case.args(&["stale", "--today", "2023-11-15"]).run();
    // report had no note since adoption (stale before); now only the other two are.
    assert_eq!(
        table_ids(&run.ok().stdout()),
        ["cfm-2023-test/legal-action", "cfm-2023-test/delegation"]
    );
}

#[test]
fn completions_are_generated_for_every_shell_without_a_data_folder() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let run = Case::new()
            .cwd("elsewhere")
            .args(&["completions", shell])
            .run();
        run.ok();
        assert!(run.stdout().contains("reschedule"), "{shell}");
    }
    let bash = Case::new().args(&["completions", "bash"]).run();
    assert!(bash.stdout().contains("--group-by"));
}

/// A reader that stops early (`completions bash | head`, `list | head`) closes the pipe: every
/// command then ends quietly with exit 0, never with a panic.
#[test]
fn a_closed_pipe_ends_every_output_quietly() {
    // More output than any writer buffers, so the pipe breaks in the middle of a listing.
    let mandates: String = (0..400)
        .map(|i| format!("[[mandates]]\nid = \"m{i}\"\nactor = \"Actor {i}\"\nsummary = \"A summary long enough to fill the buffers of every writer, number {i}\"\ndue = \"2024-{:02}\"\n\n", i % 12 + 1))
        .collect();
    let case = Case::bundled().file(
        "big.toml",
        format!("title = \"Big\"\nbody = \"B\"\nadopted = 2023-01-01\n\n{mandates}"),
    );
    for args in [
        &["list", "--format", "csv"][..],
        &["due", "--format", "csv"],
        &["completions", "bash"],
        &["man"],
        &["list"],
        &["list", "--format", "json"],
        &["calendar"],
        &["report"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = case
            .command()
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?}\n{stderr}", out.status);
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[test]
fn man_renders_the_main_page_and_one_per_command() {
    let run = Case::new().args(&["man"]).run();
    run.ok();
    let page = run.stdout();
    assert!(page.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{page}");
    assert!(page.contains(".TH oic-track 1"), "{page}");
    assert!(page.contains("reschedule"));
    let sub = Case::new().args(&["man", "reschedule"]).run();
    sub.ok();
    assert!(
        sub.stdout().contains(".TH oic-track-reschedule 1"),
        "{}",
        sub.stdout()
    );
    assert!(sub.stdout().contains("history"));
    let bad = Case::new().args(&["man", "reshedule"]).run();
    bad.expect_code(1);
    assert!(
        bad.stderr()
            .starts_with("error: no command `reshedule`; one of: list, due, show"),
        "{}",
        bad.stderr()
    );
}

#[test]
fn edits_never_prompt_and_today_comes_from_the_environment() {
    let case = edit_folder()
        .env("OIC_TRACK_TODAY", "2023-09-30")
        .stdin("n\n")
        .args(&["drop", "legal-action", "--reason", "Superseded"]);
    case.run().ok();
    assert!(
        case.read("cfm-2023-test.toml")
            .ends_with("status    = \"dropped\"\nnotes     = [{ date = 2023-09-30, text = \"Dropped: Superseded\" }]\n")
    );
}

#[cfg(unix)]
#[test]
fn a_new_resolution_file_is_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let case = Case::bundled().args(&[
        "new",
        "cfm-2024-follow-up",
        "--title",
        "Follow-up",
        "--body",
        "OIC Council of Foreign Ministers",
        "--adopted",
        "2024-03-01",
    ]);
    case.run().ok();
    let mode = std::fs::metadata(case.dir().join("cfm-2024-follow-up.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o777,
        0o644,
        "a temp file's 0600 must not leak into the data"
    );
}
