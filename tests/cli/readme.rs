//! The README is the manual: every ```console block in it is run here against a fresh copy of
//! the bundled `resolutions/`, and what it prints must match what the README shows.
//! `UPDATE_README=1 cargo test readme` rewrites the outputs from real runs: review the diff.

use std::path::Path;

use crate::support::*;

/// One `$ oic-track ...` line and the output the README shows under it.
struct Example {
    command: String,
    output: String,
}

/// The ```console blocks of the README, as (line range, examples).
fn blocks(readme: &str) -> Vec<Vec<Example>> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<Example>> = None;
    for line in readme.lines() {
        match (&mut current, line) {
            (None, "```console") => current = Some(Vec::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some(examples), l) if l.starts_with("$ ") => examples.push(Example {
                command: l[2..].to_string(),
                output: String::new(),
            }),
            (Some(examples), l) => {
                let last = examples.last_mut().expect("output before any `$` line");
                last.output.push_str(l);
                last.output.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

/// Runs one README command line in `case`: `ENV=VALUE ... oic-track ARGS`.
fn run_line(case: Case, command: &str) -> (Case, String) {
    let words = shlex::split(command).unwrap_or_else(|| panic!("cannot split `{command}`"));
    let mut case = case;
    let mut words = words.into_iter().peekable();
    while let Some((k, v)) = words.peek().and_then(|w| w.split_once('=')) {
        case = case.env(k, v);
        words.next();
    }
    assert_eq!(
        words.next().as_deref(),
        Some("oic-track"),
        "README command `{command}`"
    );
    let args: Vec<String> = words.collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let case = case.args(&args);
    let run = case.run();
    let shown = format!("{}{}", run.stderr(), run.stdout());
    (case, shown)
}

#[test]
fn readme_examples_print_what_the_readme_shows() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let mut updated = readme.clone();
    let mut checked = 0;
    for block in blocks(&readme) {
        // Each block starts from the bundled data; commands in a block see each other's edits.
        let mut case =
            Case::bundled().copy_dir(&fixtures().join("folders"), "tests/fixtures/folders");
        // `draft` examples read the seed text from where the repository keeps it.
        let seeds = "crates/draft/tests/fixtures/seeds";
        case = case.copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(seeds), seeds);
        for ex in block {
            let (next, shown) = run_line(case, &ex.command);
            case = next;
            if std::env::var_os("UPDATE_README").is_some() {
                let old = format!("$ {}\n{}", ex.command, ex.output);
                let new = format!("$ {}\n{}", ex.command, shown);
                updated = updated.replacen(&old, &new, 1);
            } else {
                assert_eq!(shown, ex.output, "README example `$ {}`", ex.command);
            }
            checked += 1;
        }
    }
    if updated != readme {
        std::fs::write(&path, updated).unwrap();
    }
    assert!(checked >= 8, "only {checked} README examples found");
}
