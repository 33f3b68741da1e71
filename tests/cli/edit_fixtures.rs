//! Every editing command against fixture folders, byte for byte. Each case under
//! `tests/fixtures/edit/<case>/` holds `args` (the arguments, one a line), `in/` (the folder
//! before), `out/` (the folder after) and `expected` (what the run printed: stderr, stdout
//! and exit code). `SNAPSHOTS=overwrite cargo test --test cli edit_fixtures` rewrites `out/`
//! and `expected` from what the commands do; review `git diff` before committing it.

use std::path::PathBuf;

use crate::support::*;

fn cases() -> Vec<PathBuf> {
    let root = fixtures().join("edit");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("args").is_file())
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_edit_fixture_gives_its_output_byte_for_byte() {
    let cases = cases();
    assert!(cases.len() >= 38, "fixture cases went missing");
    let mut expect = Expect::new();
    for dir in &cases {
        let args = std::fs::read_to_string(dir.join("args")).unwrap();
        let args: Vec<&str> = args.lines().collect();
        let case = Case::new()
            .copy_dir(&dir.join("in"), "resolutions")
            .args(&args);
        let run = case.run();
        expect.file(&dir.join("expected"), &transcript(&run));
        expect.tree(&dir.join("out"), &case.dir());
    }
    expect.finish();
}
