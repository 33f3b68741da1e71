//! Global flags, the folder search, colour, exit codes and partial loads.

use crate::support::*;

const GOOD: &str = r#"title = "A resolution"
body = "A body"
adopted = 2023-01-10

[[mandates]]
id = "report"
actor = "Secretary-General"
summary = "Report back"
due = "2023-10"
"#;

#[test]
fn dir_flag_and_env_choose_the_folder() {
    let case = Case::new().file("../elsewhere/r.toml", GOOD);
    let run = case
        .args(&["--dir", "elsewhere", "list", "--format", "csv"])
        .run();
    run.ok();
    assert!(run.stdout().contains("r/report"), "{}", run.stdout());

    let case = Case::new().file("../elsewhere/r.toml", GOOD);
    let run = case
        .env("OIC_TRACK_DIR", "elsewhere")
        .args(&["list", "--format", "csv"])
        .run();
    run.ok();
    assert!(run.stdout().contains("r/report"));
}

#[test]
fn the_nearest_resolutions_folder_above_is_found() {
    let run = Case::new()
        .file("r.toml", GOOD)
        .cwd("a/b/c")
        .args(&["list", "--format", "csv"])
        .run();
    run.ok();
    assert!(run.stdout().contains("r/report"));
}

#[test]
fn no_folder_anywhere_says_what_to_do() {
    let case = Case::new();
    std::fs::remove_dir(case.dir()).unwrap();
    let run = case.args(&["list"]).run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: no `resolutions/` folder here or in any parent folder; create one, or pass --dir DIR\n"
    );
}

#[test]
fn a_missing_dir_flag_folder_is_named() {
    let run = Case::new().args(&["--dir", "nope", "list"]).run();
    run.expect_code(1);
    assert!(
        run.stderr().starts_with("error: no folder `nope`"),
        "{}",
        run.stderr()
    );
}

#[test]
fn today_comes_from_the_flag_or_the_environment() {
    let case = Case::new().file("r.toml", GOOD);
    let status = |run: Run| {
        run.stdout()
            .lines()
            .nth(1)
            .unwrap()
            .split(',')
            .nth(10)
            .unwrap()
            .to_string()
    };
    let early = case.args(&["list", "--format", "csv"]).run();
    assert_eq!(status(early), "pending");
    let case = Case::new().file("r.toml", GOOD);
    let late = case
        .args(&["--today", "2023-11-01", "list", "--format", "csv"])
        .run();
    assert_eq!(status(late), "overdue");
    let case = Case::new().file("r.toml", GOOD);
    let env = case
        .env("OIC_TRACK_TODAY", "2023-09-15")
        .args(&["list", "--format", "csv"])
        .run();
    assert_eq!(status(env), "due-soon");
}

#[test]
fn soon_sets_the_due_soon_horizon() {
    let case = Case::new().file("r.toml", GOOD);
    let run = case
        .args(&["--soon", "60", "list", "--format", "csv"])
        .run();
    assert!(run.stdout().contains(",due-soon,"), "{}", run.stdout());
}

#[test]
fn a_bad_date_on_the_command_line_is_a_usage_error() {
    let run = Case::new().args(&["--today", "2023-02-30", "list"]).run();
    run.expect_code(2);
    assert!(
        run.stderr()
            .contains("`2023-02-30` does not exist in the calendar"),
        "{}",
        run.stderr()
    );
    // A month is not a day; and the messages offer only the one form a day takes, not the
    // month and year forms that deadlines take.
    let run = Case::new().args(&["--today", "2023-08", "list"]).run();
    run.expect_code(2);
    assert!(
        run.stderr().starts_with(
            "error: invalid value '2023-08' for '--today <DATE>': `2023-08` is not a day: write YYYY-MM-DD\n"
        ),
        "{}",
        run.stderr()
    );
    let run = Case::new().args(&["--today", "2023-8-1", "list"]).run();
    run.expect_code(2);
    assert!(
        run.stderr()
            .contains("`2023-8-1` is not a date: write YYYY-MM-DD\n"),
        "{}",
        run.stderr()
    );
}

#[test]
fn unknown_commands_and_flags_exit_2() {
    Case::new().args(&["lst"]).run().expect_code(2);
    Case::new()
        .args(&["list", "--frobnicate"])
        .run()
        .expect_code(2);
    Case::new()
        .args(&["list", "--status", "late"])
        .run()
        .expect_code(2);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let bundled = || Case::bundled().args(&["--today", "2024-01-01", "list"]);
    assert!(!bundled().run().stdout().contains('\u{1b}'));
    let always = Case::bundled()
        .args(&["--color", "always", "--today", "2024-01-01", "list"])
        .run();
    assert!(always.stdout().contains("\u{1b}["), "{}", always.stdout());
    let never = Case::bundled()
        .args(&["--color", "never", "--today", "2024-01-01", "list"])
        .run();
    assert!(!never.stdout().contains('\u{1b}'));
    // `auto` without NO_COLOR: none on a pipe, colour on a terminal unless NO_COLOR is set.
    let auto = || bundled().env_remove("NO_COLOR");
    assert!(!auto().run().stdout().contains('\u{1b}'), "a pipe");
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        skip(
            "colour_only_when_asked_or_on_a_terminal",
            "no `script` (util-linux) to give the binary a terminal",
        );
        return;
    }
    // `script` runs the binary on a pseudo-terminal; the words after `sh` are its command.
    let on_terminal = ["sh", "-c", "script -qec \"$*\" /dev/null", "sh"];
    let terminal = auto().wrap(&on_terminal).run();
    assert!(
        terminal.stdout().contains("\u{1b}["),
        "{}",
        terminal.stdout()
    );
    let no_color = bundled().wrap(&on_terminal).run();
    assert!(
        no_color.stdout().contains("cfm-ex-2023-desecration/"),
        "{}",
        no_color.stdout()
    );
    assert!(
        !no_color.stdout().contains('\u{1b}'),
        "{}",
        no_color.stdout()
    );
}

#[test]
fn bad_files_are_named_and_good_ones_still_served() {
    let run = Case::new()
        .file("good.toml", GOOD)
        .file("bad.toml", "title = \"x\"\nbody = 1\n")
        .file("worse.toml", "title = \n")
        .args(&["list", "--format", "csv"])
        .run();
    run.expect_code(1);
    assert!(run.stdout().contains("good/report"));
    let err = run.stderr();
    assert!(
        err.contains("resolutions/bad.toml:2:8: error: `body` must be a string, not integer"),
        "{err}"
    );
    assert!(
        err.contains("resolutions/bad.toml:1:1: error: missing required key `adopted`"),
        "{err}"
    );
    assert!(err.contains("resolutions/worse.toml:1:"), "{err}");
}

#[test]
fn hidden_and_other_files_are_ignored_and_sub_folders_read() {
    let run = Case::new()
        .file("2023/r.toml", GOOD)
        .file(".hidden.toml", "garbage")
        .file(".git/x.toml", "garbage")
        .file("notes.md", "garbage")
        .args(&["list", "--format", "csv"])
        .run();
    run.ok();
    assert!(run.stdout().contains("r/report"));
}

#[test]
fn the_same_stem_in_two_folders_is_a_duplicate_id() {
    let run = Case::new()
        .file("2023/r.toml", GOOD)
        .file("2024/r.toml", GOOD)
        .args(&["check"])
        .run();
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("resolutions/2024/r.toml:1:1: error: duplicate resolution id `r`"),
        "{}",
        run.stderr()
    );
}

#[test]
fn output_is_the_same_on_every_run() {
    let a = Case::bundled()
        .args(&["list", "--format", "json"])
        .run()
        .stdout();
    let b = Case::bundled()
        .args(&["list", "--format", "json"])
        .run()
        .stdout();
    assert_eq!(a, b);
}

#[test]
fn columns_wraps_tables_but_never_ids() {
    let run = Case::bundled().env("COLUMNS", "120").args(&["list"]).run();
    run.ok();
    let out = run.stdout();
    assert!(out.lines().all(|l| l.chars().count() <= 120), "{out}");
    assert!(
        out.contains("cfm-ex-2023-desecration/hate-speech-legal-action"),
        "{out}"
    );
}

/// `COLUMNS=0` (like a pseudo-terminal that reports 0 columns) means the width is unknown:
/// the table is drawn unwrapped, not with every wrapping column squeezed to one character.
#[test]
fn zero_columns_means_unknown_width() {
    let zero = Case::bundled().env("COLUMNS", "0").args(&["list"]).run();
    zero.ok();
    let unset = Case::bundled().args(&["list"]).run();
    assert_eq!(zero.stdout(), unset.stdout());
}

#[test]
fn a_narrow_terminal_stacks_each_mandate_in_one_cell() {
    let run = mixed().env("COLUMNS", "80").args(&["due"]).run();
    run.ok();
    let out = run.stdout();
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    snapshot(
        "globals/a_narrow_terminal_stacks_each_mandate_in_one_cell",
        &out,
    );
    let run = Case::bundled().env("COLUMNS", "80").args(&["list"]).run();
    let out = run.stdout();
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert!(
        out.contains("cfm-ex-2023-desecration/hate-speech-legal-action"),
        "{out}"
    );
    assert!(out.ends_with("10 mandates: 10 pending\n"), "{out}");
    let run = Case::bundled()
        .env("COLUMNS", "80")
        .args(&["--today", "2024-03-01", "stale"])
        .run();
    let out = run.stdout();
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert!(
        out.contains("cfm-ex-2023-desecration/hate-speech-legal-action"),
        "{out}"
    );
}
