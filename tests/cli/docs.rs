//! The manual is tested: every ```console block in README.md and docs/*.md is run, and each
//! `$ oic-track ...` line must print (stderr, then stdout) what the block shows under it.
//! A block starts in a fresh temp folder holding a copy of the bundled data as `resolutions/`
//! (from `tests/fixtures/bundled`, never the live folder), so it reads as a user's session;
//! the commands of one block see each other's edits. A path under `tests/` or `crates/` that
//! a command names is copied in beside it, at the same place.
//!
//! A block after `<!-- output of: CMD (a note) -->` must be the whole of CMD's stdout (CRLF
//! shown as LF); after `<!-- excerpt of: CMD -->`, a run of its lines.
//!
//! `SNAPSHOTS=overwrite cargo test --test cli docs` writes what the commands print into the
//! docs (excerpts aside): review the diff.

use std::path::{Path, PathBuf};

use crate::support::*;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// README.md, then docs/*.md in name order.
fn doc_files() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(repo().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    docs.insert(0, repo().join("README.md"));
    docs
}

/// A fresh temp folder with the bundled data and the repository paths `words` name.
fn session(words: &[String]) -> Case {
    let mut case = Case::bundled();
    for word in words {
        let path = word.rsplit('=').next().unwrap();
        let named = repo().join(path);
        if !(path.starts_with("tests/") || path.starts_with("crates/")) || !named.exists() {
            continue;
        }
        let target = case.tmp.path().join(path);
        if named.is_dir() {
            case = case.copy_dir(&named, path);
        } else {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&named, &target).unwrap();
        }
    }
    case
}

/// Runs `ENV=VALUE ... oic-track ARGS` in `case`; what it printed, stderr first.
fn run_line(case: Case, command: &str) -> (Case, Run) {
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
        "a console example runs oic-track: `{command}`"
    );
    let args: Vec<String> = words.collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let case = case.args(&args);
    let run = case.run();
    (case, run)
}

/// One console block (its lines, fences excluded): each `$` line run in one session.
/// Returns the block as the commands print it.
fn console_block(lines: &[&str], at: &str, expect: &mut Expect) -> Vec<String> {
    let commands: Vec<String> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("$ "))
        .flat_map(|c| shlex::split(c).unwrap_or_default())
        .collect();
    let mut case = session(&commands);
    let mut out = Vec::new();
    let mut i = 0;
    assert!(
        lines.first().is_some_and(|l| l.starts_with("$ ")),
        "{at}: a console block starts with a `$` line"
    );
    while i < lines.len() {
        let command = lines[i].strip_prefix("$ ").unwrap();
        let shown_end = (i + 1..lines.len())
            .find(|&j| lines[j].starts_with("$ "))
            .unwrap_or(lines.len());
        let shown: String = lines[i + 1..shown_end]
            .iter()
            .map(|l| format!("{l}\n"))
            .collect();
        let (next, run) = run_line(case, command);
        case = next;
        let printed = format!("{}{}", run.stderr(), run.stdout());
        if printed != shown && !overwrite() {
            expect.fail(format!(
                "{at}: `$ {command}` printed\n{printed}--- the docs show\n{shown}"
            ));
        }
        out.push(lines[i].to_string());
        out.extend(printed.lines().map(str::to_string));
        i = shown_end;
    }
    out
}

/// A block marked `<!-- output of: CMD -->` (`whole`) or `<!-- excerpt of: CMD -->`.
fn output_block(
    command: &str,
    block: &[&str],
    whole: bool,
    at: &str,
    expect: &mut Expect,
) -> Vec<String> {
    let words = shlex::split(command).unwrap();
    let (_, run) = run_line(session(&words), command);
    if run.code() != 0 {
        expect.fail(format!("{at}: `{command}` failed:\n{}", run.stderr()));
    }
    let printed = run.stdout().replace("\r\n", "\n");
    let shown: String = block.iter().map(|l| format!("{l}\n")).collect();
    let ok = match whole {
        true => printed == shown || overwrite(),
        false => printed.contains(&shown),
    };
    if !ok {
        expect.fail(format!(
            "{at}: `{command}` printed\n{printed}--- the docs show\n{shown}"
        ));
    }
    match whole {
        true => printed.lines().map(str::to_string).collect(),
        false => block.iter().map(|l| l.to_string()).collect(),
    }
}

/// Checks every example of one document; returns the document as the commands print it and
/// how many blocks it holds.
fn check_doc(name: &str, text: &str, expect: &mut Expect) -> (String, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let mut blocks = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        out.push(line.to_string());
        i += 1;
        let marker = line.strip_suffix(" -->").and_then(|l| {
            l.strip_prefix("<!-- output of: ")
                .map(|c| (c, true))
                .or_else(|| l.strip_prefix("<!-- excerpt of: ").map(|c| (c, false)))
        });
        if line != "```console" && marker.is_none() {
            continue;
        }
        if marker.is_some() {
            assert!(
                lines[i].starts_with("```"),
                "{name}:{i}: a block after the marker"
            );
            out.push(lines[i].to_string());
            i += 1;
        }
        let end = (i..lines.len())
            .find(|&j| lines[j] == "```")
            .unwrap_or_else(|| panic!("{name}:{i}: a block that never closes"));
        let at = format!("{name}:{i}");
        let body = &lines[i..end];
        out.extend(match marker {
            None => console_block(body, &at, expect),
            Some((command, whole)) => {
                let command = command.split(" (").next().unwrap();
                output_block(command, body, whole, &at, expect)
            }
        });
        blocks += 1;
        i = end;
    }
    (out.join("\n") + "\n", blocks)
}

#[test]
fn every_example_in_the_docs_prints_what_it_shows() {
    let mut expect = Expect::new();
    let mut blocks = 0;
    for path in doc_files() {
        let name = path.strip_prefix(repo()).unwrap().display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let (printed, n) = check_doc(&name, &text, &mut expect);
        if overwrite() && printed != text {
            std::fs::write(&path, printed).unwrap();
        }
        blocks += n;
    }
    assert!(blocks >= 15, "only {blocks} examples found in the docs");
    expect.finish();
}
