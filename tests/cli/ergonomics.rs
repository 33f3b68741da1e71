//! What the first trial asked for: a table layout chosen by what fits, completion after a
//! subcommand, `check --strict` for drafts, `due` with months and weeks, did-you-mean for a
//! resolution, notes by date.

use crate::support::*;

/// Two mandates with short texts: their wide table is 71 columns.
const SHORT: &str = "title = \"T\"\nbody = \"B\"\nadopted = 2023-07-31\n\n\
[[mandates]]\nid = \"one\"\nactor = \"SG\"\nsummary = \"Report\"\ndue = 2023-09-01\n\n\
[[mandates]]\nid = \"two\"\nactor = \"States\"\nsummary = \"Fund it\"\ndue = 2023-12-20\n\
notes = [\n  { date = 2023-09-30, text = \"later\" },\n  { date = 2023-08-15, text = \"earlier\" },\n]\n";

fn is_stacked(out: &str) -> bool {
    out.lines()
        .nth(1)
        .is_some_and(|l| l.contains("Mandate") && !l.contains("Summary"))
}

#[test]
fn a_wide_table_that_fits_is_drawn_wide_even_below_120_columns() {
    for args in [&["list"][..], &["due"], &["show", "res"]] {
        let run = Case::new()
            .file("res.toml", SHORT)
            .env("COLUMNS", "90")
            .args(args)
            .run();
        run.ok();
        let out = run.stdout();
        assert!(out.contains("Summary"), "{args:?}:\n{out}");
        assert!(out.lines().all(|l| l.chars().count() <= 90), "{out}");
    }
}

#[test]
fn a_wide_table_that_does_not_fit_is_stacked_even_at_132_columns() {
    // The bundled summaries are long and the actors many: at 132 columns the wide table
    // would leave the summary a few letters a line.
    let run = Case::bundled().env("COLUMNS", "132").args(&["list"]).run();
    run.ok();
    let out = run.stdout();
    assert!(is_stacked(&out), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 132), "{out}");
    let run = Case::bundled().env("COLUMNS", "200").args(&["list"]).run();
    assert!(run.stdout().contains("Summary"), "{}", run.stdout());
}

/// Sources the generated bash script and asks it what follows `words` (the last one being
/// typed), as bash does on TAB.
#[cfg(unix)]
fn bash_complete(words: &[&str]) -> Option<Vec<String>> {
    let script = Case::new().args(&["completions", "bash"]).run();
    script.ok();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("oic-track.bash");
    std::fs::write(&path, script.stdout()).unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let prev = if cword > 0 { words[cword - 1] } else { "" };
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={cword}\nCOMP_LINE='{}'\nCOMP_POINT=${{#COMP_LINE}}\n\
         _oic__track oic-track '{}' '{prev}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        path.display(),
        quoted.join(" "),
        words.join(" "),
        words[cword],
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(String::from)
            .collect(),
    )
}

#[cfg(unix)]
#[test]
fn bash_completes_a_subcommands_flags() {
    let Some(got) = bash_complete(&["oic-track", "list", "--"]) else {
        skip(
            "bash_completes_a_subcommands_flags",
            "bash is not installed",
        );
        return;
    };
    for flag in ["--resolution", "--actor", "--status", "--format"] {
        assert!(got.iter().any(|g| g == flag), "{flag} missing: {got:?}");
    }
    let got = bash_complete(&["oic-track", "due", "--w"]).unwrap();
    assert_eq!(got, ["--within"]);
    let got = bash_complete(&["oic-track", "mark-"]).unwrap();
    assert_eq!(got, ["mark-done"]);
}

const DRAFTED: &str = "# Drafted by `oic-track draft`.\n\
# Review every line marked `# check:` against the text, then run `oic-track check`.\n\n\
title   = \"T\"  # check: the text names no title\n\
body    = \"B\"\nadopted = 2023-07-31\n\n[[mandates]]\nid      = \"m\"\nactor   = \"SG\"\n\
summary = \"Says # check: in its text\"\n\
# check: the text gives no paragraph number\n";

#[test]
fn check_strict_makes_every_unreviewed_check_line_an_error() {
    let case = Case::new().file("drafted.toml", DRAFTED);
    case.args(&["check"]).run().ok();
    let case = Case::new()
        .file("drafted.toml", DRAFTED)
        .args(&["check", "--strict"]);
    let run = case.run();
    run.expect_code(1);
    let err = run.stderr();
    assert!(
        err.contains(
            "resolutions/drafted.toml:4:16: error: unreviewed draft line: the text names no title\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("resolutions/drafted.toml:12:1: error: unreviewed draft line: the text gives no paragraph number\n"),
        "{err}"
    );
    // The string that reads `# check:`, and the header's mention of it, are not marks.
    assert_eq!(err.matches("error:").count(), 2, "{err}");
    assert!(run.stdout().ends_with(": 2 problems\n"), "{}", run.stdout());
    let json = Case::new()
        .file("drafted.toml", DRAFTED)
        .args(&["check", "--strict", "--format", "json"])
        .run();
    let rows: Vec<serde_json::Value> = serde_json::from_str(&json.stdout()).unwrap();
    assert_eq!(rows.len(), 2);
    let reviewed = DRAFTED
        .replace("  # check: the text names no title", "")
        .replace("# check: the text gives no paragraph number\n", "");
    Case::new()
        .file("drafted.toml", reviewed)
        .args(&["check", "--strict"])
        .run()
        .ok();
}

fn due_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["due", "--format", "json"];
    all.extend(args);
    let run = Case::new()
        .file("res.toml", SHORT)
        .args(&all)
        .env("OIC_TRACK_TODAY", "2023-08-20")
        .run();
    run.ok();
    ids(&run)
}

#[test]
fn due_before_a_month_counts_the_whole_month() {
    assert_eq!(due_ids(&["--before", "2023-12"]), ["res/one", "res/two"]);
    assert_eq!(due_ids(&["--before", "2023-11"]), ["res/one"]);
    assert_eq!(due_ids(&["--before", "2023-09"]), ["res/one"]);
    assert_eq!(due_ids(&["--before", "2023-08"]), Vec::<String>::new());
    // A day stays exclusive, as before.
    assert_eq!(due_ids(&["--before", "2023-09-01"]), Vec::<String>::new());
    assert_eq!(due_ids(&["--before", "2023"]), ["res/one", "res/two"]);
    assert_eq!(due_ids(&["--after", "2023-12"]), ["res/two"]);
    assert_eq!(due_ids(&["--after", "2024"]), Vec::<String>::new());
}

#[test]
fn due_within_takes_days_or_weeks() {
    // Today 2023-08-20: `one` opens in 12 days, `two` in 122.
    assert_eq!(due_ids(&["--within", "11"]), Vec::<String>::new());
    assert_eq!(due_ids(&["--within", "12"]), ["res/one"]);
    assert_eq!(due_ids(&["--within", "12d"]), ["res/one"]);
    assert_eq!(due_ids(&["--within", "1w"]), Vec::<String>::new());
    assert_eq!(due_ids(&["--within", "2w"]), ["res/one"]);
    assert_eq!(due_ids(&["--within", "18w"]), ["res/one", "res/two"]);
    let run = Case::new().args(&["due", "--within", "2 fortnights"]).run();
    run.expect_code(2);
    assert!(
        run.stderr()
            .contains("write days (`30`, `30d`) or weeks (`2w`)"),
        "{}",
        run.stderr()
    );
}

#[test]
fn show_suggests_a_resolution_for_a_mistyped_id() {
    let run = Case::bundled()
        .args(&["show", "cfm-ex-2023-desecraton"])
        .run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: no resolution or mandate `cfm-ex-2023-desecraton`; did you mean the resolution `cfm-ex-2023-desecration`?\n"
    );
    // A mistyped mandate is still suggested as a mandate.
    let run = Case::bundled().args(&["show", "summit-reprt"]).run();
    assert!(
        run.stderr().contains("did you mean `summit-report`?"),
        "{}",
        run.stderr()
    );
}

#[test]
fn show_lists_notes_by_date() {
    let run = Case::new()
        .file("res.toml", SHORT)
        .args(&["show", "res/two"])
        .run();
    run.ok();
    let out = run.stdout();
    assert!(
        out.ends_with("notes:\n  2023-08-15  earlier\n  2023-09-30  later\n"),
        "{out}"
    );
}
