//! Property: `mark-done` on any mandate of any valid file changes only that mandate's lines.
//! Runs the library in-process (same code path as the binary, minus the process) so that
//! hundreds of generated files take a second.

use clap::Parser;
use proptest::prelude::*;

use oic_track::Cli;

use crate::support::proptest_cases;

/// One generated mandate: its rendered lines and whether it starts out done.
#[derive(Debug, Clone)]
struct GenMandate {
    lines: Vec<String>,
    done: bool,
}

fn text() -> impl Strategy<Value = String> {
    // Quotes, backslashes, Arabic, `#` and `=` inside strings test quoting and escaping.
    proptest::string::string_regex(r##"[a-zA-Z][a-zA-Z0-9 ,.'"#=\\\-]{0,30}|[ء-ي][ء-ي ]{0,20}"##)
        .unwrap()
}

fn toml_str(s: &str) -> String {
    toml_edit::Value::from(s).to_string().trim().to_string()
}

fn mandate(i: usize) -> impl Strategy<Value = GenMandate> {
    (
        text(),
        prop::option::of(prop_oneof![
            Just("due = 2023-12-15".to_string()),
            Just("due = \"2024-02\"".to_string()),
            Just("due = \"2025\"".to_string()),
            Just("due = { at = \"adoption\", days = 90 }".to_string()),
            Just("due = { before = \"summit\" }".to_string()),
        ]),
        prop_oneof![
            Just(None),
            Just(Some("pending")),
            Just(Some("in-progress")),
            Just(Some("done"))
        ],
        any::<bool>(),
        any::<bool>(),
        prop::option::of(text()),
    )
        .prop_map(move |(summary, due, status, aligned, comment, note)| {
            let eq = |k: &str| {
                if aligned {
                    format!("{k:<9} = ")
                } else {
                    format!("{k} = ")
                }
            };
            let mut lines = vec![];
            if comment {
                lines.push(format!("# mandate {i}"));
            }
            lines.push("[[mandates]]".into());
            lines.push(format!("{}\"m{i}\"", eq("id")));
            lines.push(format!("{}\"Actor {i}\"   # who", eq("actor")));
            lines.push(format!("{}{}", eq("summary"), toml_str(&summary)));
            if let Some(due) = due {
                lines.push(due);
            }
            if let Some(status) = status {
                lines.push(format!("{}\"{status}\"", eq("status")));
                if status == "done" {
                    lines.push(format!("{}2023-08-01", eq("done")));
                }
            }
            if let Some(note) = note {
                lines.push(format!(
                    "{}[{{ date = 2023-08-01, text = {} }}]",
                    eq("notes"),
                    toml_str(&note)
                ));
            }
            lines.push(String::new());
            GenMandate {
                lines,
                done: status == Some("done"),
            }
        })
}

fn file() -> impl Strategy<Value = (Vec<GenMandate>, usize)> {
    (1usize..6)
        .prop_flat_map(|n| (0..n).map(mandate).collect::<Vec<_>>())
        .prop_flat_map(|ms| {
            let n = ms.len();
            (Just(ms), 0..n)
        })
}

const HEADER: &str = "# header comment\ntitle = \"T\"\nbody = \"B\"\nadopted = 2023-07-31\n\n[[events]]\nid = \"summit\"\nname = \"Summit\"\ndate = \"2023-12\"\n\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(proptest_cases(64)))]

    #[test]
    fn mark_done_changes_only_the_target_mandate((mandates, target) in file()) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("resolutions");
        std::fs::create_dir(&dir).unwrap();
        let body: Vec<String> = mandates.iter().flat_map(|m| m.lines.clone()).collect();
        let original = format!("{HEADER}{}\n", body.join("\n"));
        let path = dir.join("r.toml");
        std::fs::write(&path, &original).unwrap();

        let id = format!("r/m{target}");
        let cli = Cli::try_parse_from([
            "oic-track", "--dir", dir.to_str().unwrap(), "--today", "2023-09-01",
            "mark-done", &id, "--note", "closed",
        ]).unwrap();
        let mut out = Vec::new();
        let host = oic_track::Host {
            today: jiff::civil::date(2023, 9, 1),
        };
        oic_track::run(cli, &host, &mut out).unwrap();
        let edited = std::fs::read_to_string(&path).unwrap();

        if mandates[target].done {
            prop_assert_eq!(&edited, &original);
            return Ok(());
        }
        // The target's block runs from the line after the previous mandates to the next ones.
        let before_lines: usize = HEADER.lines().count()
            + mandates[..target].iter().map(|m| m.lines.len()).sum::<usize>();
        let after_lines: usize = mandates[target + 1..].iter().map(|m| m.lines.len()).sum::<usize>() + 1;
        let old: Vec<&str> = original.split('\n').collect();
        let new: Vec<&str> = edited.split('\n').collect();
        prop_assert_eq!(&old[..before_lines], &new[..before_lines]);
        prop_assert_eq!(&old[old.len() - after_lines..], &new[new.len() - after_lines..]);
        // Inside the block, every old line is still there, in order, but the status and notes
        // lines that the edit rewrites.
        let block_old = &old[before_lines..old.len() - after_lines];
        let block_new = &new[before_lines..new.len() - after_lines];
        let kept: Vec<&&str> = block_new.iter().filter(|l| block_old.contains(l)).collect();
        let expected: Vec<&&str> = block_old.iter().filter(|l| !l.starts_with("status") && !l.starts_with("notes")).collect();
        prop_assert_eq!(kept, expected);

        let loaded = oic_track::load::load_folder(&dir);
        prop_assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let m = &loaded.folder.resolutions[0].mandates[target];
        prop_assert_eq!(m.state, oic_track::model::State::Done);
        prop_assert_eq!(m.done, Some(jiff::civil::date(2023, 9, 1)));
        prop_assert_eq!(&m.notes.last().unwrap().text, "closed");
    }
}

/// Runs the command line `args` in-process against `dir`, as of 2023-09-01.
fn run_in(dir: &std::path::Path, args: &[&str]) {
    let mut all = vec![
        "oic-track",
        "--dir",
        dir.to_str().unwrap(),
        "--today",
        "2023-09-01",
    ];
    all.extend_from_slice(args);
    let cli = Cli::try_parse_from(all).unwrap();
    let host = oic_track::Host {
        today: jiff::civil::date(2023, 9, 1),
    };
    oic_track::run(cli, &host, &mut Vec::new()).unwrap();
}

/// A generated file written to a temp folder: the folder, the file and its text.
fn written(mandates: &[GenMandate]) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("resolutions");
    std::fs::create_dir(&dir).unwrap();
    let body: Vec<String> = mandates.iter().flat_map(|m| m.lines.clone()).collect();
    let original = format!("{HEADER}{}\n", body.join("\n"));
    std::fs::write(dir.join("r.toml"), &original).unwrap();
    (tmp, dir, original)
}

/// Any text a command line can carry (no NUL), with something besides spaces.
fn untrusted() -> impl Strategy<Value = String> {
    "[^\u{0}]{1,40}".prop_filter("not blank", |s| !s.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(proptest_cases(48)))]

    /// `rm` takes out the target's lines (its comment and header included) and nothing else.
    #[test]
    fn rm_removes_only_the_target_mandate((mandates, target) in file()) {
        let (_tmp, dir, _) = written(&mandates);
        run_in(&dir, &["rm", &format!("r/m{target}")]);
        let edited = std::fs::read_to_string(dir.join("r.toml")).unwrap();
        let mut rest = mandates.clone();
        rest.remove(target);
        let expected = match rest.is_empty() {
            true => HEADER.to_string(),
            false => written(&rest).2,
        };
        prop_assert_eq!(edited, expected);
    }

    /// Whatever `edit --summary` is given reads back as exactly that text, and only the
    /// target's summary line changes.
    #[test]
    fn an_edited_summary_reads_back_as_given(((mandates, target), summary) in (file(), untrusted())) {
        let (_tmp, dir, original) = written(&mandates);
        // `--summary=TEXT`, as a user types a text that starts with `-`.
        run_in(&dir, &["edit", &format!("r/m{target}"), &format!("--summary={summary}")]);
        let edited = std::fs::read_to_string(dir.join("r.toml")).unwrap();
        let loaded = oic_track::load::load_folder(&dir);
        prop_assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        prop_assert_eq!(&loaded.folder.resolutions[0].mandates[target].summary, &summary);
        // One old line (the summary) gives way to the new summary, which a line break in the
        // text makes a multi-line string; every other line stays.
        let old: Vec<&str> = original.lines().collect();
        let new: Vec<&str> = edited.lines().collect();
        let same = |a: &[&str], b: &[&str]| a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let head = same(&old, &new);
        if head == old.len() && head == new.len() {
            return Ok(());
        }
        let old_rev: Vec<&str> = old.iter().rev().copied().collect();
        let new_rev: Vec<&str> = new.iter().rev().copied().collect();
        let tail = same(&old_rev, &new_rev).min(old.len() - head).min(new.len() - head);
        prop_assert_eq!(old.len() - head - tail, 1);
        prop_assert!(old[head].starts_with("summary"), "{}", old[head]);
        prop_assert!(new[head].starts_with("summary"), "{}", new[head]);
    }
}
