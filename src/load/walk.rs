//! Finding the `.toml` files of a folder: recursive, in name order, hidden entries skipped,
//! symlinks followed, and every folder read at most once.
//!
//! A hand-written walk rather than `walkdir`, for speed alone: `mark-done RES/MANDATE`
//! lists every folder (a second `RES.toml` anywhere is a duplicate id), and `walkdir`
//! builds a path for each of the folder's files, where this walk builds one only for a
//! file it wants and takes each entry's type from its folder's listing.
//! `docs/performance.md` has the figures; `tests.rs` checks this walk against `walkdir`.

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
use std::fs::FileType;
use std::io;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Every non-hidden `.toml` file under `dir`, in name order, and a diagnostic for each
/// entry that could not be read. Symlinked folders are followed once (a loop is reported).
pub fn toml_files(dir: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    walk(dir, &is_toml)
}

fn is_toml(name: &OsStr) -> bool {
    Path::new(name).extension() == Some(OsStr::new("toml"))
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
    let (found, _) = walk(dir, &|n| n == name.as_str() || n == super::EVENTS_FILE);
    let (events, files) = found
        .into_iter()
        .filter(|p| p.file_name().is_none_or(|n| n != super::ACTORS_FILE))
        .partition(|p| p.file_name().is_some_and(|n| n == super::EVENTS_FILE));
    Found { files, events }
}

/// Every file named `name` under `dir` (the actors files, say), sorted.
pub fn files_named(dir: &Path, name: &str) -> Vec<PathBuf> {
    walk(dir, &|n| n == name).0
}

/// The files under `dir` whose names `wants` accepts, sorted, and the problems met.
fn walk(dir: &Path, wants: &dyn Fn(&OsStr) -> bool) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut walk = Walk {
        // A root that cannot be resolved cannot be listed either: `visit` reports it.
        root: dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()),
        wants,
        seen: HashSet::new(),
        files: Vec::new(),
        diags: Vec::new(),
    };
    walk.visit(dir);
    walk.files.sort();
    (walk.files, walk.diags)
}

const ALREADY_READ: &str =
    "this folder was already read through another path (a symlink loop?); skipped";

/// What makes two paths one folder: its device and inode, or elsewhere its real path.
#[cfg(unix)]
type Identity = (u64, u64);
#[cfg(not(unix))]
type Identity = PathBuf;

#[cfg(unix)]
fn identity(_: &Path, meta: &std::fs::Metadata) -> io::Result<Identity> {
    use std::os::unix::fs::MetadataExt;
    Ok((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(dir: &Path, _: &std::fs::Metadata) -> io::Result<Identity> {
    dir.canonicalize()
}

struct Walk<'a> {
    /// The data folder's real path: a symlink is followed only to a place inside it.
    root: PathBuf,
    wants: &'a dyn Fn(&OsStr) -> bool,
    seen: HashSet<Identity>,
    files: Vec<PathBuf>,
    diags: Vec<Diagnostic>,
}

impl Walk<'_> {
    fn visit(&mut self, dir: &Path) {
        let listed = std::fs::metadata(dir).and_then(|meta| {
            // A folder reached twice through symlinks is read once: this ends a loop.
            if self.seen.insert(identity(dir, &meta)?) {
                self.list(dir).map(Some)
            } else {
                Ok(None)
            }
        });
        match listed {
            Ok(Some(entries)) => {
                for (name, kind) in entries {
                    self.enter(dir, name, kind);
                }
            }
            Ok(None) => self.diags.push(Diagnostic::file(dir, ALREADY_READ)),
            Err(e) => self.diags.push(Diagnostic::file(
                dir,
                format!("cannot read the folder: {e}"),
            )),
        }
    }

    /// The folder's entries that are not hidden and are, or may be, folders or wanted
    /// files, sorted by name. Types come from the listing: no system call per entry.
    fn list(&self, dir: &Path) -> io::Result<Vec<(OsString, Option<FileType>)>> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?
            .filter_map(|e| {
                let e = e.ok()?;
                let name = e.file_name();
                let kind = e.file_type().ok();
                let may_be_dir = kind.is_none_or(|k| k.is_dir() || k.is_symlink());
                let keep = !name.as_encoded_bytes().starts_with(b".")
                    && (may_be_dir || (self.wants)(&name));
                keep.then_some((name, kind))
            })
            .collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(entries)
    }

    fn enter(&mut self, dir: &Path, name: OsString, kind: Option<FileType>) {
        let wanted = (self.wants)(&name);
        let path = dir.join(&name);
        let what = match kind {
            Some(k) if k.is_dir() => Ok(What::Dir),
            Some(k) if k.is_file() => Ok(What::Plain),
            // Only a symlink, a FIFO, socket or device, or an entry of unknown type costs a
            // stat.
            _ => self.look_at(&path, kind.is_some_and(|k| k.is_symlink())),
        };
        match what {
            Ok(What::Dir) => {
                // Most likely a file the user meant to create; its contents are still read.
                if wanted {
                    let shown = name.to_string_lossy();
                    self.diags.push(
                        Diagnostic::file(&path, format!("`{shown}` is a folder, not a resolution file"))
                            .with_help(Some(
                                "rename the folder without `.toml` (the files in it are read as any sub-folder's)".into(),
                            )),
                    );
                }
                self.visit(&path)
            }
            Ok(What::Plain) if wanted => self.files.push(path),
            Ok(What::Special(what)) if wanted => self.diags.push(Diagnostic::file(
                &path,
                format!("not a plain file ({what}); only plain .toml files are read"),
            )),
            Ok(What::Outside { dir: is_dir }) if wanted || is_dir => {
                let (what, done) = if is_dir {
                    ("folder", "walked")
                } else {
                    ("file", "read")
                };
                self.diags.push(
                    Diagnostic::file(
                        &path,
                        format!("a symbolic link to a {what} outside the data folder; not {done}"),
                    )
                    .with_help(Some(format!(
                        "symbolic links are followed only within the data folder: move or copy the {what} into it"
                    ))),
                );
            }
            Ok(_) => {}
            Err(e) if wanted => self.diags.push(Diagnostic::file(
                &path,
                format!("cannot read the file: {e}"),
            )),
            // A dangling link or a loop that is not named as a wanted file is not ours to judge.
            Err(_) => {}
        }
    }

    /// What a symlink (or an entry the listing did not type) leads to. A link is followed
    /// only to a place inside the data folder, so that no file outside it is read or quoted
    /// (a committed link to a credentials file) and no walk leaves it (a link to `/`).
    fn look_at(&self, path: &Path, is_link: bool) -> io::Result<What> {
        let meta = std::fs::metadata(path)?;
        // A target with no path of its own (`/dev/stdin` to a pipe) is not known to be inside.
        let inside = || {
            path.canonicalize()
                .is_ok_and(|real| real.starts_with(&self.root))
        };
        if is_link && !inside() {
            return Ok(What::Outside { dir: meta.is_dir() });
        }
        Ok(if meta.is_dir() {
            What::Dir
        } else if meta.is_file() {
            What::Plain
        } else {
            What::Special(super::plain::special(&meta.file_type()))
        })
    }
}

/// What a walk found at a path, once symlinks are followed.
enum What {
    Dir,
    Plain,
    /// A FIFO, socket or device: reading one may block forever or never end.
    Special(&'static str),
    /// A symlink leading out of the data folder.
    Outside {
        dir: bool,
    },
}

#[cfg(test)]
mod tests;
