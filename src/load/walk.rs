//! Finding the `.toml` files of a folder: recursive, in name order, hidden entries skipped,
//! symlinks followed (`walkdir`), and every folder read at most once.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::Diagnostic;

/// Every non-hidden `.toml` file under `dir`, in name order, and a diagnostic for each
/// entry that could not be read. Symlinked folders are followed once (a loop is reported).
pub fn toml_files(dir: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    walk(dir, |name| {
        Path::new(name).extension() == Some(OsStr::new("toml"))
    })
}

/// What an edit of one resolution needs from its folder, found by names alone: the files
/// named `ID.toml` (more than one is a duplicate id) and every `events.toml`.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    pub events: Vec<PathBuf>,
}

/// Finds resolution `id`'s file(s) and the events files under `dir`. Every folder is
/// listed: a second `ID.toml` in any sub-folder is a duplicate that must not go unnoticed.
pub fn find_resolution(dir: &Path, id: &str) -> Found {
    let name = format!("{id}.toml");
    let (found, _) = walk(dir, |n| n == name.as_str() || n == super::EVENTS_FILE);
    let (events, files) = found
        .into_iter()
        .partition(|p| p.file_name().is_some_and(|n| n == super::EVENTS_FILE));
    Found { files, events }
}

/// The files under `dir` whose names `wants` accepts, and the problems met.
fn walk(dir: &Path, wants: impl Fn(&OsStr) -> bool) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let (mut files, mut diags) = (Vec::new(), Vec::new());
    // walkdir stops a symlink that leads back to a folder above it; this set also stops a
    // second way into a folder beside it, which would read its files twice.
    let mut seen = HashSet::new();
    let mut entries = WalkDir::new(dir)
        .follow_links(true)
        // Siblings' paths differ only in their names: comparing the whole paths as bytes
        // orders them by name, without taking each name apart again (`sort_by_file_name`
        // parses both paths on every comparison).
        .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b"."));
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                diags.extend(problem(dir, &e, &wants));
                continue;
            }
        };
        let path = entry.path();
        if !entry.file_type().is_dir() {
            if wants(entry.file_name()) {
                files.push(entry.into_path());
            }
            continue;
        }
        match entry.metadata().map(|m| identity(path, &m)) {
            Ok(Ok(id)) if seen.insert(id) => {}
            Ok(Ok(_)) => {
                diags.push(Diagnostic::file(path, ALREADY_READ));
                entries.skip_current_dir();
                continue;
            }
            Ok(Err(e)) => diags.push(cannot_read_folder(path, &e)),
            Err(e) => diags.extend(problem(dir, &e, &wants)),
        }
        // Most likely a file the user meant to create; its contents are still read.
        if entry.depth() > 0 && wants(entry.file_name()) {
            let shown = entry.file_name().to_string_lossy();
            diags.push(
                Diagnostic::file(path, format!("`{shown}` is a folder, not a resolution file"))
                    .with_help(Some(
                        "rename the folder without `.toml` (the files in it are read as any sub-folder's)".into(),
                    )),
            );
        }
    }
    (files, diags)
}

const ALREADY_READ: &str =
    "this folder was already read through another path (a symlink loop?); skipped";

/// What to tell of an entry walkdir could not read: a folder that cannot be listed, or a
/// wanted file behind a broken link. A dangling link or a loop that is not named as a
/// wanted file is not ours to judge.
fn problem(root: &Path, e: &walkdir::Error, wants: impl Fn(&OsStr) -> bool) -> Option<Diagnostic> {
    let Some(path) = e.path() else {
        // Only a failure to open a symlinked folder for walkdir's loop check has no path.
        return Some(cannot_read_folder(root, e));
    };
    if e.loop_ancestor().is_some() {
        return Some(Diagnostic::file(path, ALREADY_READ));
    }
    let shown = |e: &walkdir::Error| {
        e.io_error()
            .map_or_else(|| e.to_string(), |io| io.to_string())
    };
    if e.depth() == 0 || std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Some(cannot_read_folder(path, &shown(e)));
    }
    let wanted = path.file_name().is_some_and(&wants);
    wanted.then(|| Diagnostic::file(path, format!("cannot read the file: {}", shown(e))))
}

fn cannot_read_folder(dir: &Path, e: &impl std::fmt::Display) -> Diagnostic {
    Diagnostic::file(dir, format!("cannot read the folder: {e}"))
}

/// What makes two paths one folder: its device and inode, or elsewhere its real path.
#[cfg(unix)]
fn identity(_: &Path, meta: &std::fs::Metadata) -> std::io::Result<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Ok((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(dir: &Path, _: &std::fs::Metadata) -> std::io::Result<PathBuf> {
    dir.canonicalize()
}
