//! Finding the `.toml` files of a folder: recursive, sorted, hidden entries skipped.

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
use std::fs::{FileType, Metadata};
use std::io;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Every non-hidden `.toml` file under `dir`, sorted, and a diagnostic for each entry
/// that could not be read. Symlinked folders are followed once (a loop is reported).
pub fn toml_files(dir: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    walk(dir, &Want::Toml, &mut ReadDir)
}

/// Which files a walk collects.
pub(super) enum Want {
    /// Every `.toml` file.
    Toml,
    /// The files with these names.
    Names(Vec<OsString>),
}

impl Want {
    fn wants(&self, name: &OsStr) -> bool {
        match self {
            Want::Toml => Path::new(name).extension() == Some(OsStr::new("toml")),
            Want::Names(wanted) => wanted.iter().any(|w| w == name),
        }
    }
}

/// What a folder entry is, as its folder listing says (no system call per entry).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Dir,
    File,
    Link,
    /// The file system did not say: it is looked at when it matters.
    Unknown,
}

impl Kind {
    pub(super) fn of(t: Option<FileType>) -> Kind {
        match t {
            Some(t) if t.is_dir() => Kind::Dir,
            Some(t) if t.is_symlink() => Kind::Link,
            Some(t) if t.is_file() => Kind::File,
            // A FIFO, socket or device: looked at (and refused) like an entry of unknown type.
            Some(_) => Kind::Unknown,
            None => Kind::Unknown,
        }
    }

    /// Whether the entry is, or may turn out to be, a folder the walk goes into.
    pub(super) fn may_be_dir(self) -> bool {
        self != Kind::File
    }
}

/// One folder entry a walk looks at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Entry {
    pub name: OsString,
    pub kind: Kind,
}

/// Where a walk learns a folder's entries: from the folder itself, or from an index.
pub(super) trait Lister {
    /// The entries of `dir` (at `rel` below the walk's root) that the walk needs: not
    /// hidden, and either a folder (or what may be one) or a file `want` accepts.
    /// `meta` is the folder's, taken before this call.
    fn list(
        &mut self,
        dir: &Path,
        rel: &Path,
        meta: &Metadata,
        want: &Want,
    ) -> io::Result<Vec<Entry>>;
}

/// Reads every folder.
pub(super) struct ReadDir;

impl Lister for ReadDir {
    fn list(&mut self, dir: &Path, _: &Path, _: &Metadata, want: &Want) -> io::Result<Vec<Entry>> {
        read_entries(dir, want)
    }
}

/// Names and types only: the entry's own type costs no system call.
pub(super) fn read_entries(dir: &Path, want: &Want) -> io::Result<Vec<Entry>> {
    Ok(std::fs::read_dir(dir)?
        .filter_map(|e| {
            let e = e.ok()?;
            let name = e.file_name();
            let kind = Kind::of(e.file_type().ok());
            let keep = !name.as_encoded_bytes().starts_with(b".")
                && (kind.may_be_dir() || want.wants(&name));
            keep.then_some(Entry { name, kind })
        })
        .collect())
}

/// The files under `dir` that `want` accepts, sorted, and the problems met.
pub(super) fn walk(
    dir: &Path,
    want: &Want,
    lister: &mut dyn Lister,
) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut walk = Walk {
        // A root that cannot be resolved cannot be listed either: `visit` reports it.
        root: dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()),
        want,
        lister,
        seen: HashSet::new(),
        files: Vec::new(),
        diags: Vec::new(),
    };
    walk.visit(dir, Path::new(""));
    walk.files.sort();
    (walk.files, walk.diags)
}

/// What makes two paths one folder: its device and inode (no `realpath`, which costs a
/// system call per path component), or elsewhere its real path.
#[cfg(unix)]
type Identity = (u64, u64);
#[cfg(not(unix))]
type Identity = PathBuf;

#[cfg(unix)]
fn identity(_: &Path, meta: &Metadata) -> io::Result<Identity> {
    use std::os::unix::fs::MetadataExt;
    Ok((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(dir: &Path, _: &Metadata) -> io::Result<Identity> {
    dir.canonicalize()
}

struct Walk<'a> {
    /// The data folder's real path: a symlink is followed only to a place inside it.
    root: PathBuf,
    want: &'a Want,
    lister: &'a mut dyn Lister,
    seen: HashSet<Identity>,
    files: Vec<PathBuf>,
    diags: Vec<Diagnostic>,
}

impl Walk<'_> {
    fn visit(&mut self, dir: &Path, rel: &Path) {
        let meta = match std::fs::metadata(dir) {
            Ok(meta) => meta,
            Err(e) => return self.cannot_read(dir, &e),
        };
        // A folder reached twice through symlinks is read once: this is what ends a loop.
        match identity(dir, &meta) {
            Ok(id) if !self.seen.insert(id) => {
                self.diags.push(Diagnostic::file(
                    dir,
                    "this folder was already read through another path (a symlink loop?); skipped",
                ));
                return;
            }
            Ok(_) => {}
            Err(e) => return self.cannot_read(dir, &e),
        }
        let mut found = match self.lister.list(dir, rel, &meta, self.want) {
            Ok(found) => found,
            Err(e) => return self.cannot_read(dir, &e),
        };
        found.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        for entry in found {
            self.enter(dir, rel, entry);
        }
    }

    fn cannot_read(&mut self, dir: &Path, e: &io::Error) {
        self.diags.push(Diagnostic::file(
            dir,
            format!("cannot read the folder: {e}"),
        ));
    }

    fn enter(&mut self, dir: &Path, rel: &Path, Entry { name, kind }: Entry) {
        let wanted = self.want.wants(&name);
        let path = dir.join(&name);
        let what = match kind {
            Kind::Dir => Ok(What::Dir),
            Kind::File => Ok(What::Plain),
            // Only a symlink (or an entry of unknown type) costs a stat.
            Kind::Link | Kind::Unknown => self.look_at(&path, kind),
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
                self.visit(&path, &rel.join(&name))
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
            // A dangling link or a loop that is not named .toml is not ours to judge.
            Err(_) => {}
        }
    }

    /// What a symlink (or an entry the listing did not type) leads to. A link is followed
    /// only to a place inside the data folder, so that no file outside it is read or quoted
    /// (a committed link to a credentials file) and no walk leaves it (a link to `/`).
    fn look_at(&self, path: &Path, kind: Kind) -> io::Result<What> {
        let meta = std::fs::metadata(path)?;
        // A target with no path of its own (`/dev/stdin` to a pipe) is not known to be inside.
        let inside = || {
            path.canonicalize()
                .is_ok_and(|real| real.starts_with(&self.root))
        };
        if kind == Kind::Link && !inside() {
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
