//! Every number and date the command line takes, at its extremes: each either works or is
//! refused with a message (exit 1 or 2); none panics (exit 101).

use crate::support::{Case, mixed};

/// Numbers past every integer type's limits, and the edges of the ones the flags use.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "65535",
    "65536",
    "3652425",
    "3652426",
    "7304484",
    "7304485",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "99999999999999999999999",
];

/// The first and last days a folder can hold, and days just past them.
const DATES: &[&str] = &[
    "0000-01-01",
    "9999-12-31",
    "-0001-12-31",
    "10000-01-01",
    "0000-00-00",
    "9999-12",
    "0000",
];

/// The days `--today` is set to around every numeric flag.
const TODAYS: &[&str] = &["2023-08-02", "0000-01-01", "9999-12-31"];

/// A command, with `{}` where the value under test goes.
const NUMERIC: &[&[&str]] = &[
    &["due", "--within", "{}"],
    &["--soon", "{}", "due"],
    &["--soon", "{}", "list"],
    &["--soon", "{}", "stale"],
    &["--soon", "{}", "calendar"],
    &["--soon", "{}", "report"],
    &["--soon", "{}", "check"],
    &["--soon", "{}", "show", "cfm-2023-follow-up"],
    &["stale", "--days", "{}"],
    &[
        "add",
        "cfm-2023-follow-up",
        "--id",
        "x",
        "--actor",
        "a",
        "--summary",
        "s",
        "--dry-run",
        "--paragraph",
        "{}",
    ],
];

const DATED: &[&[&str]] = &[
    &["due", "--before", "{}"],
    &["due", "--after", "{}"],
    &["mark-done", "dialogue", "--dry-run", "--on", "{}"],
    &["start", "dialogue", "--dry-run", "--on", "{}"],
    &["note", "dialogue", "text", "--dry-run", "--on", "{}"],
    &[
        "drop",
        "dialogue",
        "--reason",
        "r",
        "--dry-run",
        "--on",
        "{}",
    ],
    &["reopen", "observatory-report", "--dry-run", "--on", "{}"],
    &["reschedule", "cfm-2023-follow-up/cfm-50", "{}", "--dry-run"],
    &["reschedule", "hrc-56", "{}", "--dry-run"],
    &["reschedule", "hrc-56", "{}", "--dry-run", "--on", "{}"],
    &[
        "new",
        "fresh",
        "--title",
        "t",
        "--body",
        "b",
        "--dry-run",
        "--adopted",
        "{}",
    ],
    &["--today", "{}", "list"],
    &["draft", "resolutions/draft.txt", "--adopted", "{}"],
];

/// A text for `draft` whose deadlines count from the adoption day.
const DRAFT_TEXT: &str = "The Conference,\n\n1. Requests the Secretary-General to report \
    within 60 days.\n\n2. Decides to convene within one month of the adoption.\n";

/// Runs `template` with `value` in place of `{}` from `mixed()`, as of `today`, and
/// asserts it neither panicked nor ended with an exit code other than 0, 1 or 2.
fn assert_no_panic(template: &[&str], value: &str, today: &str) {
    let args: Vec<String> = template.iter().map(|a| a.replace("{}", value)).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = mixed()
        .file("draft.txt", DRAFT_TEXT)
        .env("OIC_TRACK_TODAY", today)
        .args(&args)
        .run();
    let stderr = run.stderr();
    assert!(
        matches!(run.code(), 0..=2) && !stderr.contains("panicked"),
        "`oic-track {}` as of {today}: exit {}\n{stderr}",
        args.join(" "),
        run.code()
    );
}

#[test]
fn no_number_on_the_command_line_panics() {
    for template in NUMERIC {
        for value in NUMBERS {
            for today in TODAYS {
                assert_no_panic(template, value, today);
            }
        }
    }
}

#[test]
fn no_date_on_the_command_line_panics() {
    for template in DATED {
        for value in DATES {
            for today in TODAYS {
                assert_no_panic(template, value, today);
            }
        }
    }
}

#[test]
fn within_past_the_years_a_folder_holds_is_refused_with_its_range() {
    let run = Case::new().args(&["due", "--within", "7304485"]).run();
    run.expect_code(2);
    assert!(run.stderr().contains("--within"), "{}", run.stderr());
    assert!(run.stderr().contains("0..=3652425"), "{}", run.stderr());
    mixed()
        .env("OIC_TRACK_TODAY", "0000-01-01")
        .args(&["due", "--within", "3652425"])
        .run()
        .ok();
}
