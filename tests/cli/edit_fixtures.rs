//! Every editing command against fixture folders: `tests/fixtures/edit/<case>/` holds
//! `args` (the arguments, one a line), `in/` (the folder before), `out/` (the folder after,
//! byte for byte), `stdout`, `stderr` and, when it is not 0, `code`.
//!
//! `UPDATE_FIXTURES=1 cargo test edit_fixtures` rewrites `out/`, `stdout`, `stderr` and
//! `code` from what the commands do: review the diff before committing it.

use std::path::Path;

use crate::support::*;

fn read_or_empty(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Runs one case; returns what differs from the fixture, if anything.
fn run_case(case_dir: &Path, update: bool) -> Option<String> {
    let args: Vec<String> = read_or_empty(&case_dir.join("args"))
        .lines()
        .map(str::to_string)
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let case = Case::new()
        .copy_dir(&case_dir.join("in"), "resolutions")
        .args(&args);
    let run = case.run();
    let code = run.code().to_string();
    let after = tree(&case.dir());
    if update {
        let out = case_dir.join("out");
        let _ = std::fs::remove_dir_all(&out);
        copy_tree(&case.dir(), &out);
        std::fs::write(case_dir.join("stdout"), run.stdout()).unwrap();
        std::fs::write(case_dir.join("stderr"), run.stderr()).unwrap();
        let _ = std::fs::remove_file(case_dir.join("code"));
        if code != "0" {
            std::fs::write(case_dir.join("code"), format!("{code}\n")).unwrap();
        }
        return None;
    }
    let mut problems = Vec::new();
    let expected_code = read_or_empty(&case_dir.join("code"));
    let expected_code = expected_code.trim();
    let expected_code = if expected_code.is_empty() {
        "0"
    } else {
        expected_code
    };
    if code != expected_code {
        problems.push(format!("exit code {code}, expected {expected_code}"));
    }
    for (name, got) in [("stdout", run.stdout()), ("stderr", run.stderr())] {
        let want = read_or_empty(&case_dir.join(name));
        if got != want {
            problems.push(format!(
                "{name} differs:\n--- expected\n{want}--- got\n{got}"
            ));
        }
    }
    let want = tree(&case_dir.join("out"));
    if after != want {
        for (path, bytes) in &after {
            match want.iter().find(|(p, _)| p == path) {
                Some((_, w)) if w == bytes => {}
                Some((_, w)) => problems.push(format!(
                    "{path} differs:\n--- expected\n{}--- got\n{}",
                    String::from_utf8_lossy(w),
                    String::from_utf8_lossy(bytes)
                )),
                None => problems.push(format!("{path} was not expected")),
            }
        }
        for (path, _) in &want {
            if !after.iter().any(|(p, _)| p == path) {
                problems.push(format!("{path} is missing"));
            }
        }
    }
    (!problems.is_empty()).then(|| problems.join("\n"))
}

#[test]
fn every_edit_fixture_gives_its_output_byte_for_byte() {
    let root = fixtures().join("edit");
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("args").is_file())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 20,
        "fixture cases went missing from {}",
        root.display()
    );
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|dir| run_case(dir, update).map(|why| format!("== {}\n{why}", dir.display())))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
