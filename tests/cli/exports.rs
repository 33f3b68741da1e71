//! `list --format json|csv`: machine-readable exports, with the table's filters.

use serde_json::Value;

use crate::support::*;

fn example(today: &str) -> Case {
    report_folder().env("OIC_TRACK_TODAY", today)
}

/// `list --format FORMAT FILTERS...`, which must succeed.
fn list(case: Case, format: &str, filters: &[&str]) -> Run {
    let mut args = vec!["list", "--format", format];
    args.extend(filters);
    let run = case.args(&args).run();
    run.ok();
    run
}

fn json(case: Case, filters: &[&str]) -> Vec<Value> {
    let run = list(case, "json", filters);
    serde_json::from_str(&run.stdout()).expect("valid JSON")
}

fn csv_rows(case: Case, filters: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let run = list(case, "csv", filters);
    let mut reader = csv::Reader::from_reader(run.0.stdout.as_slice());
    let head = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (head, rows)
}

fn ids(records: &[Value]) -> Vec<&str> {
    records.iter().map(|r| r["id"].as_str().unwrap()).collect()
}

#[test]
fn json_records_carry_the_spec_keys_with_their_types() {
    let records = json(example("2023-12-15"), &[]);
    assert_eq!(records.len(), 8);
    for r in &records {
        let id = r["id"].as_str().unwrap();
        assert_eq!(
            id,
            format!(
                "{}/{}",
                r["resolution"].as_str().unwrap(),
                r["mandate"].as_str().unwrap()
            )
        );
        assert!(
            r["actor"].as_array().unwrap().iter().all(Value::is_string),
            "{id}"
        );
        assert!(r["summary"].is_string());
        assert!(r["paragraph"].is_i64() || r["paragraph"].is_null());
        assert!(r["late"].is_boolean());
        assert!(r["done"].is_string() || r["done"].is_null());
        let states = ["pending", "in-progress", "done", "dropped"];
        assert!(states.contains(&r["state"].as_str().unwrap()));
        let statuses = [
            "done",
            "dropped",
            "overdue",
            "due-soon",
            "in-progress",
            "pending",
        ];
        assert!(statuses.contains(&r["status"].as_str().unwrap()));
        if let Some(due) = r["due"].as_object() {
            let keys: Vec<&str> = due.keys().map(String::as_str).collect();
            assert_eq!(keys, ["earliest", "latest", "text"]);
        } else {
            assert!(r["due"].is_null());
        }
    }
    let late = records
        .iter()
        .find(|r| r["mandate"] == "late-done")
        .unwrap();
    assert_eq!(late["late"], true);
    assert_eq!(late["done"], "2023-07-20");
    assert_eq!(
        late["due"],
        serde_json::json!({"earliest": "2023-07-15", "latest": "2023-07-15", "text": "2023-07-15"})
    );
    let report = records
        .iter()
        .find(|r| r["mandate"] == "summit-report")
        .unwrap();
    assert_eq!(report["due"]["text"], "before summit-15-prep");
    assert_eq!(
        report["actor"],
        serde_json::json!(["OIC General Secretariat"])
    );
    // Text is data: markup and quotes come through as they are, escaped by JSON alone.
    assert_eq!(
        late["summary"],
        "Submit *national* reports <script>alert(1)</script>"
    );
}

#[test]
fn json_and_csv_take_the_same_filters_as_the_table() {
    let filters: [&[&str]; 5] = [
        &["--status", "overdue"],
        &["--actor", "SECRETAR"],
        &[
            "--resolution",
            "example-rtl",
            "--status",
            "dropped",
            "--status",
            "due-soon",
        ],
        &["--tag", "islamophobia", "--status", "open"],
        &["--actor", "nobody at all"],
    ];
    let expected: [&[&str]; 5] = [
        &[
            "cfm-ex-2023-desecration/plan-of-action",
            "cfm-ex-2023-desecration/un-special-rapporteur",
            "example-rtl/tomorrow",
        ],
        &[
            "cfm-ex-2023-desecration/eu-delegation",
            "cfm-ex-2023-desecration/un-special-rapporteur",
            "cfm-ex-2023-desecration/summit-report",
        ],
        &["example-rtl/dropped-idea"],
        &[
            "cfm-ex-2023-desecration/civil-society-remedies",
            "cfm-ex-2023-desecration/plan-of-action",
            "cfm-ex-2023-desecration/un-special-rapporteur",
            "cfm-ex-2023-desecration/summit-report",
        ],
        &[],
    ];
    for (f, want) in filters.iter().zip(expected) {
        let records = json(example("2023-12-15"), f);
        assert_eq!(ids(&records), want, "json {f:?}");
        let (_, rows) = csv_rows(example("2023-12-15"), f);
        let csv_ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(csv_ids, want, "csv {f:?}");
    }
}

#[test]
fn csv_has_the_json_columns_and_neutralises_formulas() {
    let (head, rows) = csv_rows(example("2023-12-15"), &[]);
    assert_eq!(
        head,
        [
            "id",
            "resolution",
            "mandate",
            "actor",
            "summary",
            "paragraph",
            "due_earliest",
            "due_latest",
            "due_text",
            "state",
            "status",
            "late",
            "done",
            "days_left",
            "every",
            "occurrence",
            "tags",
            "file",
            "title",
            "text",
            "latest_note_date",
            "latest_note",
            "note_count"
        ]
    );
    let records = json(example("2023-12-15"), &[]);
    assert_eq!(rows.len(), records.len());
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    for (row, r) in rows.iter().zip(&records) {
        assert_eq!(row.len(), head.len());
        assert_eq!(row[col("id")], r["id"].as_str().unwrap());
        assert_eq!(row[col("status")], r["status"].as_str().unwrap());
        assert_eq!(row[col("state")], r["state"].as_str().unwrap());
        assert_eq!(row[col("late")], r["late"].to_string());
        assert_eq!(row[col("done")], r["done"].as_str().unwrap_or(""));
        assert_eq!(row[col("file")], r["file"].as_str().unwrap());
        // A cell that a spreadsheet would run as a formula is quoted, as every text cell is.
        let cell = |s: &str| {
            let quote = if s.starts_with(['=', '+', '-', '@']) {
                "'"
            } else {
                ""
            };
            format!("{quote}{s}")
        };
        assert_eq!(row[col("title")], cell(r["title"].as_str().unwrap()));
        assert_eq!(row[col("text")], cell(r["text"].as_str().unwrap_or("")));
        let notes = r["notes"].as_array().unwrap();
        assert_eq!(row[col("note_count")], notes.len().to_string());
        let latest = notes.iter().max_by_key(|n| n["date"].as_str().unwrap());
        let latest_text = latest.map_or("", |n| n["text"].as_str().unwrap());
        assert_eq!(row[col("latest_note")], cell(latest_text));
        assert_eq!(
            row[col("due_latest")],
            r["due"]["latest"].as_str().unwrap_or("")
        );
    }
    let dropped = rows
        .iter()
        .find(|r| r[col("mandate")] == "dropped-idea")
        .unwrap();
    assert_eq!(
        dropped[col("actor")],
        "'=HYPERLINK(\"http://x\")",
        "a formula stays text"
    );
    let overdue = rows
        .iter()
        .find(|r| r[col("mandate")] == "plan-of-action")
        .unwrap();
    assert_eq!(overdue[col("days_left")], "-17", "numbers stay numbers");
    let two = rows
        .iter()
        .find(|r| r[col("mandate")] == "eu-delegation")
        .unwrap();
    assert_eq!(two[col("actor")], "OIC delegation; Secretary-General");
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks() {
    let case = Case::new().file(
        "x.toml",
        "title = \"T\"\nbody = \"B\"\nadopted = 2023-01-01\n\
         [[mandates]]\nid = \"m\"\nactor = \"A, \\\"B\\\"\"\nsummary = \"+line one\\nline two\"\n",
    );
    let (_, rows) = csv_rows(case, &[]);
    assert_eq!(rows[0][3], "A, \"B\"");
    assert_eq!(rows[0][4], "'+line one\nline two");
}

/// `-o -` is standard output for every command that takes `-o`, as `-` is standard input
/// for `draft` and `import`: the same bytes as without `-o`, and no file named `-`.
#[test]
fn dash_output_is_standard_output_for_every_command() {
    let commands: [&[&str]; 5] = [
        &["list", "--format", "csv"],
        &["due", "--format", "json"],
        &["stale", "--format", "csv"],
        &["report", "--format", "html"],
        &["calendar"],
    ];
    for command in commands {
        let plain_case = example("2024-06-01").cwd("work").args(command);
        let plain = plain_case.run();
        plain.ok();
        let plain = plain
            .stdout()
            .replace(&*plain_case.tmp.path().to_string_lossy(), "TMP");
        let mut with_dash = command.to_vec();
        with_dash.extend(["-o", "-"]);
        let case = example("2024-06-01").cwd("work").args(&with_dash);
        let run = case.run();
        run.ok();
        let stdout = run
            .stdout()
            .replace(&*case.tmp.path().to_string_lossy(), "TMP");
        assert_eq!(stdout, plain, "{command:?}");
        assert!(!run.stdout().is_empty(), "{command:?}");
        let work = case.tmp.path().join("work");
        assert!(!work.join("-").exists(), "{command:?} wrote a file named -");
        assert!(
            !case.dir().join("-").exists(),
            "{command:?} wrote a file named -"
        );
    }
}

/// `-o -` without `--format`: the command's own default (a listing's table, a report's
/// Markdown), since `-` has no extension to take a format from.
#[test]
fn dash_output_keeps_the_default_format() {
    let run = example("2024-06-01").args(&["report", "-o", "-"]).run();
    run.ok();
    assert!(run.stdout().starts_with('#'), "{}", run.stdout());
    let run = example("2024-06-01").args(&["list", "-o", "-"]).run();
    run.ok();
    assert!(
        !run.stdout().trim_start().starts_with('['),
        "{}",
        run.stdout()
    );
}
