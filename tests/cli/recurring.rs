//! Second-edition forms (docs/format.md, Paragraphs and Recurring mandates): paragraphs as
//! written, recurring deadlines in every listing, `mark-done` on a recurring mandate, the
//! calendar's occurrences, and drafts that recur. The folder is
//! `tests/fixtures/folders/recurring`: adopted 2024-01-31, a month's last day.

use crate::support::*;

fn recurring() -> Case {
    Case::new().copy_dir(&fixtures().join("folders/recurring"), "resolutions")
}

fn json(case: Case, args: &[&str]) -> Vec<serde_json::Value> {
    let run = case.args(args).run();
    run.ok();
    serde_json::from_str(&run.stdout()).unwrap()
}

fn record<'a>(rows: &'a [serde_json::Value], mandate: &str) -> &'a serde_json::Value {
    rows.iter().find(|r| r["mandate"] == mandate).unwrap()
}

#[test]
fn list_shows_the_current_occurrence_and_its_number() {
    let run = recurring().args(&["--today", "2024-04-15", "list"]).run();
    snapshot("recurring/list", &run.ok().stdout());
}

#[test]
fn due_orders_occurrences_with_one_off_deadlines() {
    let run = recurring().args(&["--today", "2024-04-15", "due"]).run();
    snapshot("recurring/due", &run.ok().stdout());
}

#[test]
fn show_gives_the_rule_the_occurrence_and_the_days_done() {
    let run = recurring()
        .args(&["--today", "2024-04-15", "show", "monthly-update"])
        .run();
    snapshot("recurring/show", &run.ok().stdout());
}

#[test]
fn json_adds_every_and_occurrence_and_gives_done_as_a_list() {
    let rows = json(
        recurring(),
        &["--today", "2024-04-15", "list", "--format", "json"],
    );
    let monthly = record(&rows, "monthly-update");
    assert_eq!(monthly["every"], "1 month");
    assert_eq!(monthly["occurrence"], 3);
    assert_eq!(
        monthly["done"],
        serde_json::json!(["2024-02-27", "2024-03-29"])
    );
    // Adopted on 31 January: the default first is 29 February, then each month's last day.
    assert_eq!(monthly["due"]["latest"], "2024-04-30");
    assert_eq!(monthly["due"]["text"], "every 1 month, until 2024-07-01");
    assert_eq!(monthly["status"], "due-soon");
    assert_eq!(monthly["days_left"], 15);
    let one_off = record(&rows, "conference");
    assert_eq!(one_off["every"], serde_json::Value::Null);
    assert_eq!(one_off["occurrence"], serde_json::Value::Null);
    assert_eq!(one_off["done"], serde_json::Value::Null);
}

#[test]
fn paragraphs_are_given_as_written_and_sorted_naturally() {
    let rows = json(
        recurring(),
        &[
            "--today",
            "2024-04-15",
            "list",
            "--sort",
            "paragraph",
            "--format",
            "json",
        ],
    );
    let paragraphs: Vec<&serde_json::Value> = rows.iter().map(|r| &r["paragraph"]).collect();
    assert_eq!(
        paragraphs,
        [
            &serde_json::json!(2),
            &serde_json::json!("5 (a)"),
            &serde_json::json!("5 (b)"),
            &serde_json::json!(10),
            &serde_json::json!("OP 2"),
        ]
    );
    let run = recurring()
        .args(&[
            "--today",
            "2024-04-15",
            "list",
            "--sort",
            "paragraph",
            "--format",
            "csv",
        ])
        .run();
    let out = run.ok().stdout();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let column: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[5].to_string())
        .collect();
    assert_eq!(column, ["2", "5 (a)", "5 (b)", "10", "OP 2"]);
}

#[test]
fn a_paragraph_that_looks_like_a_formula_stays_text_in_csv() {
    let case = Case::new().file(
        "r.toml",
        "title = \"T\"\nbody = \"B\"\nadopted = 2024-01-01\n\n[[mandates]]\nid = \"a\"\nparagraph = \"=1+1\"\nactor = \"SG\"\nsummary = \"S\"\n",
    );
    let run = case.args(&["list", "--format", "csv"]).run();
    assert!(run.ok().stdout().contains(",'=1+1,"), "{}", run.stdout());
}

#[test]
fn marking_every_occurrence_done_finishes_the_mandate() {
    let case = recurring();
    let run = |case: Case, args: &[&str]| {
        let case = case.args(args);
        let run = case.run();
        (case, run)
    };
    let (case, first) = run(
        case,
        &["--today", "2024-04-20", "mark-done", "monthly-update"],
    );
    assert_eq!(
        first.ok().stdout(),
        "cfm-2024-follow-up/monthly-update: occurrence 3 (1 month) done on 2024-04-20 (resolutions/cfm-2024-follow-up.toml)\n"
    );
    let (case, _) = run(
        case,
        &["--today", "2024-05-20", "mark-done", "monthly-update"],
    );
    let (case, listed) = run(case, &["--today", "2024-05-21", "due", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&listed.ok().stdout()).unwrap();
    assert_eq!(record(&rows, "monthly-update")["occurrence"], 5);
    let (case, _) = run(
        case,
        &["--today", "2024-07-10", "mark-done", "monthly-update"],
    );
    // Completed after 30 June, the last occurrence is late: the mandate is done late.
    let (case, done) = run(
        case,
        &[
            "--today",
            "2024-07-10",
            "list",
            "--status",
            "done",
            "--format",
            "json",
        ],
    );
    let rows: Vec<serde_json::Value> = serde_json::from_str(&done.ok().stdout()).unwrap();
    let monthly = record(&rows, "monthly-update");
    assert_eq!(monthly["status"], "done");
    assert_eq!(monthly["late"], true);
    assert_eq!(monthly["state"], "pending");
    assert_eq!(monthly["days_left"], serde_json::Value::Null);
    let (case, due) = run(case, &["--today", "2024-07-10", "due", "--format", "json"]);
    assert!(!due.ok().stdout().contains("monthly-update"));
    let (_, again) = run(
        case,
        &["--today", "2024-07-11", "mark-done", "monthly-update"],
    );
    assert_eq!(
        again.ok().stdout(),
        "cfm-2024-follow-up/monthly-update has every occurrence completed (5, the last on 2024-07-10); nothing changed\n"
    );
}

#[test]
fn the_calendar_gives_each_occurrence_up_to_until_or_two_years_ahead() {
    let run = recurring()
        .args(&["--today", "2024-04-15", "calendar"])
        .run();
    let ics = run.ok().stdout();
    calcard::icalendar::ICalendar::parse(&ics).expect("the feed parses");
    let uids: Vec<&str> = ics
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::trim_end)
        .collect();
    let of = |m: &str| -> Vec<&str> {
        uids.iter()
            .copied()
            .filter(|u| u.starts_with(&format!("cfm-2024-follow-up/{m}")))
            .collect()
    };
    // Occurrences 3 to 5 are open; 6 would open after 1 July 2024.
    assert_eq!(
        of("monthly-update"),
        [
            "cfm-2024-follow-up/monthly-update#3@oic-track",
            "cfm-2024-follow-up/monthly-update#4@oic-track",
            "cfm-2024-follow-up/monthly-update#5@oic-track",
        ]
    );
    // Until 2027: the September windows of 2025, 2026 and 2027.
    assert_eq!(of("annual-report").len(), 3);
    // Open-ended every 120 days from 30 May 2024: those opening by 15 April 2026.
    assert_eq!(of("rapporteur").len(), 6);
    // Open-ended yearly from August 2025: only 2025's opens within two years.
    assert_eq!(
        of("council-review"),
        ["cfm-2024-follow-up/council-review#1@oic-track"]
    );
    assert_eq!(
        of("conference"),
        ["cfm-2024-follow-up/conference@oic-track"]
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20240630\r\n"));
}

#[test]
fn the_report_names_the_occurrence() {
    let run = recurring().args(&["--today", "2024-04-15", "report"]).run();
    let out = run.ok().stdout();
    assert!(
        out.contains("every 1 month, until 2024-07-01, occurrence 3 (30 April 2024)"),
        "{out}"
    );
    assert!(out.contains("¶5 (b)"), "{out}");
}

#[test]
fn a_draft_writes_the_recurring_form_and_loads() {
    let text = "Resolution on follow-up\n\nThe Council of Foreign Ministers, meeting on 31 January 2024,\n\n\
1. Requests the Secretary-General to report annually to the Council on this resolution;\n\n\
2. Requests the General Secretariat to provide monthly reports to Member States through 1 July 2024;\n\n\
3. Requests the Secretary-General to report every 120 days on the work of the envoy;\n";
    let case = Case::new().file("../text.txt", text);
    let case = case.args(&["draft", "text.txt", "-o", "resolutions/follow-up.toml"]);
    case.run().ok();
    let drafted = std::fs::read_to_string(case.dir().join("follow-up.toml")).unwrap();
    for due in [
        "due       = { every = \"1 year\" }",
        "due       = { every = \"1 month\", until = 2024-07-01 }",
        "due       = { every = \"120 days\" }",
    ] {
        assert!(drafted.contains(due), "{due} is not in\n{drafted}");
    }
    let rows = json(case, &["--today", "2024-04-15", "list", "--format", "json"]);
    let every: Vec<&str> = rows.iter().map(|r| r["every"].as_str().unwrap()).collect();
    assert_eq!(every, ["1 year", "1 month", "120 days"]);
}
