//! Finding the `.toml` files of a folder: recursive, sorted, hidden entries skipped.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Every non-hidden `.toml` file under `dir`, sorted, and a diagnostic for each entry
/// that could not be read. Symlinked folders are followed once (a loop is reported).
pub fn toml_files(dir: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    walk(dir, &|name| {
        Path::new(name).extension() == Some(OsStr::new("toml"))
    })
}

/// The files under `dir` whose names `want` accepts, sorted, and the problems met.
fn walk(dir: &Path, want: &dyn Fn(&OsStr) -> bool) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let mut seen = HashSet::new();
    visit(dir, want, &mut seen, &mut files, &mut diags);
    files.sort();
    (files, diags)
}

fn visit(
    dir: &Path,
    want: &dyn Fn(&OsStr) -> bool,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
) {
    // A folder reached twice through symlinks is read once: this is what ends a loop.
    match dir.canonicalize() {
        Ok(real) if seen.contains(&real) => {
            diags.push(Diagnostic::file(
                dir,
                "this folder was already read through another path (a symlink loop?); skipped",
            ));
            return;
        }
        Ok(real) => {
            seen.insert(real);
        }
        Err(e) => {
            diags.push(Diagnostic::file(
                dir,
                format!("cannot read the folder: {e}"),
            ));
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::file(
                dir,
                format!("cannot read the folder: {e}"),
            ));
            return;
        }
    };
    // Names and types only: only folders (or what may be one) and wanted files are kept,
    // sorted, and given a path; the entry's own type costs no system call (only a
    // symlink is followed, with a stat).
    let mut found: Vec<_> = entries
        .filter_map(|e| {
            let e = e.ok()?;
            let name = e.file_name();
            let kind = e.file_type().ok();
            let maybe_dir = kind.is_none_or(|t| t.is_dir() || t.is_symlink());
            let keep = !name.as_encoded_bytes().starts_with(b".") && (maybe_dir || want(&name));
            keep.then_some((name, kind))
        })
        .collect();
    found.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (name, kind) in found {
        let wanted = want(&name);
        let is_dir = match kind {
            Some(t) if !t.is_symlink() => Ok(t.is_dir()),
            _ => std::fs::metadata(dir.join(&name)).map(|m| m.is_dir()),
        };
        match is_dir {
            Ok(true) => {
                // Most likely a file the user meant to create; its contents are still read.
                if wanted {
                    let shown = name.to_string_lossy();
                    diags.push(
                        Diagnostic::file(&dir.join(&name), format!("`{shown}` is a folder, not a resolution file"))
                            .with_help(Some(
                                "rename the folder without `.toml` (the files in it are read as any sub-folder's)".into(),
                            )),
                    );
                }
                visit(&dir.join(&name), want, seen, files, diags)
            }
            Ok(false) if wanted => files.push(dir.join(&name)),
            Ok(false) => {}
            Err(e) if wanted => diags.push(Diagnostic::file(
                &dir.join(&name),
                format!("cannot read the file: {e}"),
            )),
            // A dangling link or a loop that is not named .toml is not ours to judge.
            Err(_) => {}
        }
    }
}

/// The resolution files under `dir` whose id (file stem) is `id`, found by names alone:
/// no path is built for any other file.
pub fn find_resolution_file(dir: &Path, id: &str) -> Vec<PathBuf> {
    let name = format!("{id}.toml");
    if name == super::EVENTS_FILE {
        return Vec::new();
    }
    walk(dir, &|n| n == OsStr::new(&name)).0
}
