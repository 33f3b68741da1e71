//! Finding one resolution's file by its name, through the folder index where there is one.

use std::path::{Path, PathBuf};

use super::walk::{ReadDir, Want, walk};
use super::{EVENTS_FILE, IndexAt};

/// What an edit of one resolution needs from its folder, found by names alone: the files
/// named `ID.toml` (more than one is a duplicate id) and every `events.toml`.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    pub events: Vec<PathBuf>,
}

/// Finds resolution `id`'s file(s) and the events files under `dir`; no path is built for
/// any other file. With an index (see `index.rs`), only the folders that changed since the
/// last walk are read.
pub fn find_resolution(dir: &Path, id: &str, index: Option<&IndexAt>) -> Found {
    let name = format!("{id}.toml");
    let want = Want::Names(vec![name.into(), EVENTS_FILE.into()]);
    let found = find(dir, &want, index);
    let (events, files) = found
        .into_iter()
        .partition(|p| p.file_name().is_some_and(|n| n == EVENTS_FILE));
    Found { files, events }
}

fn find(dir: &Path, want: &Want, index: Option<&IndexAt>) -> Vec<PathBuf> {
    #[cfg(unix)]
    if let Some(mut indexed) = index.and_then(|at| super::index::Indexed::open(dir, at)) {
        let files = walk(dir, want, &mut indexed).0;
        indexed.save();
        return files;
    }
    #[cfg(not(unix))]
    let _ = index;
    walk(dir, want, &mut ReadDir).0
}
