//! Finding the `.toml` files of a folder: recursive, sorted, hidden entries skipped.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Every non-hidden `.toml` file under `dir`, sorted, and a diagnostic for each entry
/// that could not be read. Symlinked folders are followed once (a loop is reported).
pub fn toml_files(dir: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let mut seen = HashSet::new();
    visit(dir, &mut seen, &mut files, &mut diags);
    files.sort();
    (files, diags)
}

fn visit(
    dir: &Path,
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
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                // Most likely a file the user meant to create; its contents are still read.
                if is_toml(&path) {
                    diags.push(
                        Diagnostic::file(&path, format!("`{name}` is a folder, not a resolution file"))
                            .with_help(Some(
                                "rename the folder without `.toml` (the files in it are read as any sub-folder's)".into(),
                            )),
                    );
                }
                visit(&path, seen, files, diags)
            }
            Ok(_) if is_toml(&path) => files.push(path),
            Ok(_) => {}
            Err(e) if is_toml(&path) => diags.push(Diagnostic::file(
                &path,
                format!("cannot read the file: {e}"),
            )),
            // A dangling link or a loop that is not named .toml is not ours to judge.
            Err(_) => {}
        }
    }
}

fn is_toml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "toml")
}

/// The resolution files under `dir` whose id (file stem) is `id`, found by names alone.
pub fn find_resolution_file(dir: &Path, id: &str) -> Vec<PathBuf> {
    let (files, _) = toml_files(dir);
    files
        .into_iter()
        .filter(|p| {
            p.file_stem().is_some_and(|s| s == id)
                && p.file_name().is_some_and(|n| n != super::EVENTS_FILE)
        })
        .collect()
}
