//! The hand-written walk against the simple one: `walkdir`, following links, in name
//! order, with the same rules for what is reported.

#[cfg(unix)]
use std::collections::HashSet;
#[cfg(unix)]
use std::ffi::OsStr;
#[cfg(unix)]
use std::path::{Path, PathBuf};

#[cfg(unix)]
use walkdir::WalkDir;

use super::*;

/// What the walk must find, written with `walkdir`: the reference (compared on Unix only,
/// where the tricky folder can be made).
#[cfg(unix)]
fn reference(dir: &Path, wants: &dyn Fn(&OsStr) -> bool) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let (mut files, mut diags) = (Vec::new(), Vec::new());
    let mut seen = HashSet::new();
    let mut entries = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b"."));
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                diags.extend(problem(&e, wants));
                continue;
            }
        };
        if !entry.file_type().is_dir() {
            if wants(entry.file_name()) {
                files.push(entry.into_path());
            }
            continue;
        }
        let meta = entry.metadata().unwrap();
        if !seen.insert(identity(entry.path(), &meta).unwrap()) {
            diags.push(Diagnostic::file(entry.path(), ALREADY_READ));
            entries.skip_current_dir();
            continue;
        }
        if entry.depth() > 0 && wants(entry.file_name()) {
            let shown = entry.file_name().to_string_lossy();
            diags.push(
                Diagnostic::file(entry.path(), format!("`{shown}` is a folder, not a resolution file"))
                    .with_help(Some(
                        "rename the folder without `.toml` (the files in it are read as any sub-folder's)".into(),
                    )),
            );
        }
    }
    files.sort();
    (files, diags)
}

#[cfg(unix)]
fn problem(e: &walkdir::Error, wants: &dyn Fn(&OsStr) -> bool) -> Option<Diagnostic> {
    let path = e.path().expect("an error with a path");
    if e.loop_ancestor().is_some() {
        return Some(Diagnostic::file(path, ALREADY_READ));
    }
    let io = e.io_error().expect("an io error");
    if e.depth() == 0 || std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Some(Diagnostic::file(
            path,
            format!("cannot read the folder: {io}"),
        ));
    }
    let wanted = path.file_name().is_some_and(wants);
    wanted.then(|| Diagnostic::file(path, format!("cannot read the file: {io}")))
}

fn shown(diags: &[Diagnostic]) -> Vec<String> {
    diags.iter().map(ToString::to_string).collect()
}

/// A folder with every case the walk decides: nesting, hidden entries, a folder named like
/// a wanted file, links to files and folders, links that loop, dangle, or lead back up or
/// to a folder beside them, and files of other kinds.
#[cfg(unix)]
fn tricky_folder() -> tempfile::TempDir {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path();
    for d in ["2023/a", "2024", ".hidden", "x.toml/inner", "b-side"] {
        std::fs::create_dir_all(r.join(d)).unwrap();
    }
    for f in [
        "top.toml",
        "events.toml",
        "notes.txt",
        ".swap.toml",
        "2023/one.toml",
        "2023/a/two.toml",
        "2023/a/events.toml",
        "2024/one.toml",
        ".hidden/h.toml",
        "x.toml/inner/deep.toml",
        "b-side/side.toml",
    ] {
        std::fs::write(r.join(f), "").unwrap();
    }
    let links = [
        ("one.toml", "2024/linked.toml"),
        ("missing.toml", "gone.toml"),
        ("loop.toml", "loop.toml"),
        ("ping.toml", "pong.toml"),
        ("pong.toml", "ping.toml"),
        ("..", "2023/a/up"),
        ("../b-side", "2024/side-link"),
        ("nowhere", "dead-folder"),
    ];
    for (target, link) in links {
        symlink(target, r.join(link)).unwrap();
    }
    tmp
}

#[cfg(unix)]
#[test]
fn the_walk_finds_what_walkdir_finds() {
    let tmp = tricky_folder();
    let dir = tmp.path();
    let named = |n: &OsStr| n == "one.toml" || n == "events.toml";
    for wants in [&is_toml as &dyn Fn(&OsStr) -> bool, &named] {
        let (files, diags) = walk(dir, wants);
        let (want_files, want_diags) = reference(dir, wants);
        assert_eq!(files, want_files);
        // In walk order both; as loading sorts them, compare them sorted.
        let (mut got, mut want) = (shown(&diags), shown(&want_diags));
        got.sort();
        want.sort();
        assert_eq!(got, want);
    }
    let (files, diags) = toml_files(dir);
    assert_eq!(files.len(), 9, "{files:?}");
    assert_eq!(diags.len(), 7, "{:?}", shown(&diags));
}

#[test]
fn a_missing_folder_cannot_be_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (files, diags) = toml_files(&tmp.path().join("none"));
    assert!(files.is_empty());
    assert!(shown(&diags)[0].contains("cannot read the folder"));
}
