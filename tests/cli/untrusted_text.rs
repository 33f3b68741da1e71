//! "Untrusted text stays text" (docs/guarantees.md): whatever a file holds, no control
//! character or bidirectional override reaches the terminal raw, in tables, `show`, diagnostics
//! or messages; Arabic is shown as it is written; CSV formulas are neutralised; JSON is valid
//! and holds the data exactly.

use crate::support::Case;

/// A file whose text tries every trick: an ANSI colour and screen clear, a bell, a C1 CSI,
/// DEL, a right-to-left override that makes `exe.png` read as `gnp.exe`, isolates,
/// embeddings, and formulas for a spreadsheet. Beside them, plain Arabic.
const HOSTILE: &str = r#"title = "قرار بشأن تدنيس المصحف \u001b[31mRED\u001b[0m\u001b[2J"
body = "منظمة التعاون الإسلامي"
adopted = 2023-07-31
tags = ["=1+1"]

[[mandates]]
id = "a"
actor = ["الأمين العام", "evil\u202Egnp.exe"]
summary = "=HYPERLINK(\"http://x\") \u0007bell \u0085nel \u007fdel \u2066iso\u2069 \u200Elrm\u200Frlm\u061Calm\u2028ls\u2029ps"
text = "line1\nline2\r\u009b31m"
due = "2023-12"
tags = ["@SUM(A1)", "-2", "+3", "\tTab"]
notes = [{ date = 2023-08-01, text = "تم الاجتماع \u202Bembed\u202C" }]
"#;

const ARABIC: [&str; 4] = [
    "قرار بشأن تدنيس المصحف",
    "منظمة التعاون الإسلامي",
    "الأمين العام",
    "تم الاجتماع",
];

/// No C0 (but line breaks, and tabs in CSV), C1, DEL or bidi control in `text`. Tables
/// and `show` escape tabs too; CSV keeps them, as data, quoted; iCalendar lines end in CRLF.
#[track_caller]
fn assert_terminal_safe(what: &str, text: &str) {
    let bad: Vec<char> = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && (c != '\t' || !what.contains("csv")))
                || matches!(
                    c,
                    '\u{202a}'..='\u{202e}'
                        | '\u{2066}'..='\u{2069}'
                        | '\u{200e}'
                        | '\u{200f}'
                        | '\u{061c}'
                        | '\u{2028}'
                        | '\u{2029}'
                )
        })
        .collect();
    assert!(bad.is_empty(), "{what} prints raw {bad:?}:\n{text}");
}

fn hostile(args: &[&str]) -> crate::support::Run {
    Case::new().file("r.toml", HOSTILE).args(args).run()
}

#[test]
fn tables_and_show_escape_controls_and_show_arabic_as_written() {
    let [title, body, actor, note] = ARABIC;
    let cases: [(&[&str], &[&str]); 12] = [
        (&["list"], &[actor]),
        (&["due"], &[actor]),
        (&["show", "r"], &[title, body, actor]),
        (&["show", "r/a"], &[title, actor, note]),
        (&["list", "--format", "json"], &[actor]),
        (&["list", "--format", "csv"], &[actor]),
        // On a day the hostile mandate has gone 90 days without a note, so it is listed.
        (&["stale", "--today", "2024-01-01"], &[actor, "r/a"]),
        (
            &["stale", "--today", "2024-01-01", "--format", "json"],
            &[actor, "r/a"],
        ),
        (
            &["stale", "--today", "2024-01-01", "--format", "csv"],
            &[actor, "r/a"],
        ),
        (&["report"], &[title, body, actor, note]),
        (&["report", "--format", "html"], &[title, body, actor, note]),
        (&["calendar"], &[title, actor]),
    ];
    for (args, arabic) in cases {
        let run = hostile(args);
        run.ok();
        let out = run.stdout();
        assert_terminal_safe(&args.join(" "), &out);
        for text in arabic {
            assert!(
                out.contains(text),
                "{} hides `{text}`:\n{out}",
                args.join(" ")
            );
        }
    }
}

#[test]
fn show_writes_each_escape_visibly() {
    let run = hostile(&["show", "r/a"]);
    let out = run.stdout();
    for visible in [
        "\\u{1b}[31mRED\\u{1b}[0m\\u{1b}[2J",
        "evil\\u{202e}gnp.exe",
        "\\u{7}bell \\u{85}nel \\u{7f}del \\u{2066}iso\\u{2069}",
        "\\u{200e}lrm\\u{200f}rlm\\u{61c}alm\\u{2028}ls\\u{2029}ps",
        "line2\\r\\u{9b}31m",
        "\\u{202b}embed\\u{202c}",
    ] {
        assert!(out.contains(visible), "missing {visible}:\n{out}");
    }
}

#[test]
fn diagnostics_escape_what_the_file_holds() {
    // Written with TOML escapes, the characters reach the message as values.
    let bad = HOSTILE.replace("due = \"2023-12\"", r#"due = "\u001b[2J\u202e2023""#);
    let run = Case::new().file("r.toml", bad).args(&["check"]).run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "resolutions/r.toml:11:7: error: `due`: `\\u{1b}[2J\\u{202e}2023` is not a date: write YYYY-MM-DD, YYYY-MM or YYYY\n   |\n11 | due = \"\\u001b[2J\\u202e2023\"\n   |       ^^^^^^^^^^^^^^^^^^^^^\n"
    );
    // Written raw, they are a syntax error, and the line shown is escaped, caret and all.
    let raw = HOSTILE.replace("due = \"2023-12\"", "due = \"\u{1b}[2J\u{202e}2023\"");
    let run = Case::new().file("r.toml", raw).args(&["check"]).run();
    run.expect_code(1);
    assert_terminal_safe("check", &run.stderr());
    assert_eq!(
        run.stderr(),
        "resolutions/r.toml:11:8: error: invalid TOML: invalid basic string, expected non-double-quote visible characters, `\\`\n   |\n11 | due = \"\\u{1b}[2J\\u{202e}2023\"\n   |        ^^^^^^\n"
    );
}

#[test]
fn errors_and_messages_escape_what_the_user_typed() {
    let run = hostile(&["show", "r/\u{1b}[2J"]);
    run.expect_code(1);
    assert_terminal_safe("show error", &run.stderr());
    assert!(run.stderr().contains("\\u{1b}[2J"), "{}", run.stderr());
}

#[test]
fn json_is_valid_and_holds_the_data_exactly() {
    let run = hostile(&["list", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let m = &value[0];
    assert_eq!(m["actor"][1], "evil\u{202e}gnp.exe");
    assert_eq!(
        m["summary"],
        "=HYPERLINK(\"http://x\") \u{7}bell \u{85}nel \u{7f}del \u{2066}iso\u{2069} \
         \u{200e}lrm\u{200f}rlm\u{61c}alm\u{2028}ls\u{2029}ps"
    );
    // Raw in the bytes, none of them: JSON's own escapes carry them.
    for escaped in ["\\u200e", "\\u200f", "\\u061c", "\\u2028", "\\u2029"] {
        assert!(run.stdout().contains(escaped), "no {escaped}");
    }
    assert_eq!(m["actor"][0], "الأمين العام");
}

#[test]
fn csv_neutralises_formulas() {
    let run = hostile(&["list", "--format", "csv"]);
    let out = run.stdout();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| row[headers.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(
        cell("summary"),
        "'=HYPERLINK(\"http://x\") \\u{7}bell \\u{85}nel \\u{7f}del \\u{2066}iso\\u{2069} \
         \\u{200e}lrm\\u{200f}rlm\\u{61c}alm\\u{2028}ls\\u{2029}ps"
    );
    assert_eq!(cell("tags"), "'@SUM(A1); -2; +3; \tTab");
    assert_eq!(cell("actor"), "الأمين العام; evil\\u{202e}gnp.exe");
}

#[test]
fn an_edit_names_its_file_escaped() {
    let case = Case::new().file("sub\u{1b}[2J/r.toml", HOSTILE);
    let run = case.args(&["mark-done", "r/a"]).run();
    run.ok();
    assert_eq!(
        run.stdout(),
        "r/a: done on 2023-08-02 (resolutions/sub\\u{1b}[2J/r.toml)\n"
    );
}

/// A newline in a folder name is quoted in the dry run's diff headers as git quotes it
/// (`"a/we\nird/r.toml"`), so `git apply` takes the patch and makes the edit.
#[test]
fn a_dry_run_diff_of_a_folder_named_with_a_newline_applies_with_git() {
    let case = Case::new()
        .file("we\nird/r.toml", HOSTILE)
        .args(&["mark-done", "r/a", "--dry-run"]);
    let run = case.run();
    run.ok();
    let diff = run.stdout();
    assert!(
        diff.starts_with(
            "--- \"a/resolutions/we\\nird/r.toml\"\n+++ \"b/resolutions/we\\nird/r.toml\"\n"
        ),
        "{diff}"
    );
    let patch = case.tmp.path().join("edit.patch");
    std::fs::write(&patch, &diff).unwrap();
    let git = std::process::Command::new("git")
        .args(["apply", "edit.patch"])
        .current_dir(case.tmp.path())
        .output()
        .unwrap();
    assert!(
        git.status.success(),
        "git apply: {}",
        String::from_utf8_lossy(&git.stderr)
    );
    let done = case.read("we\nird/r.toml");
    assert!(done.contains("done = 2023-08-02"), "{done}");
}
