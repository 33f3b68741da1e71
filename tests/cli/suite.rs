//! Checks on the test suite itself, for mistakes no other test would notice.

use std::path::{Path, PathBuf};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, at any depth.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            files.push(path);
        }
    }
    files
}

/// A file in `tests/cli/` that `main.rs` does not name as a module is never compiled, so
/// its tests would silently not run (jj's `test_no_forgotten_test_files`).
#[test]
fn no_test_file_is_forgotten() {
    let dir = repo().join("tests/cli");
    let main = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    let mut forgotten = Vec::new();
    for file in rust_files(&dir) {
        let stem = file.file_stem().unwrap().to_string_lossy();
        if file.parent() != Some(dir.as_path()) {
            forgotten.push(format!("{} (tests/cli has no sub-folders)", file.display()));
        } else if stem != "main" && !main.lines().any(|l| l == format!("mod {stem};")) {
            forgotten.push(format!("{} (add `mod {stem};` to main.rs)", file.display()));
        }
    }
    assert!(forgotten.is_empty(), "forgotten: {forgotten:#?}");
}

/// A string literal that starts with `../` (once or more) and then names `resolutions`, as a
/// path from `tests/fixtures` or `src/` up to the live folder would.
fn climbs_to_the_live_data(line: &str) -> bool {
    line.match_indices("\"../").any(|(at, _)| {
        let mut rest = &line[at + 1..];
        while let Some(up) = rest.strip_prefix("../") {
            rest = up;
        }
        rest.starts_with("resolutions")
    })
}

/// The `resolutions/` at the top of the repository is the user's data: adding a file there
/// or marking a mandate done must not break `cargo test`. Tests use the copy in
/// `tests/fixtures/bundled/resolutions` (`support::bundled`). This finds a path to the live
/// folder built from the manifest folder, or reached from the fixtures with `..`.
#[test]
fn no_test_reads_the_live_data() {
    let mut sources = rust_files(&repo().join("tests"));
    sources.extend(rust_files(&repo().join("src")));
    sources.extend(rust_files(&repo().join("crates")));
    let mut found = Vec::new();
    for file in sources {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("CARGO_MANIFEST_DIR") {
            let statement = text[at..].split([';', '}']).next().unwrap();
            if statement.contains("\"resolutions") {
                found.push(format!("{}: {}", file.display(), statement.trim()));
            }
        }
        for line in text.lines().filter(|l| climbs_to_the_live_data(l)) {
            found.push(format!("{}: {}", file.display(), line.trim()));
        }
    }
    assert!(found.is_empty(), "tests reading the live data: {found:#?}");
}
