//! An index of a data folder's sub-folders, so that finding `RES.toml` by name reads only
//! the folders that changed since the last look, as git's untracked cache does.
//!
//! Finding one resolution's file still has to see every sub-folder: a second `RES.toml`
//! anywhere is a duplicate that must not go unnoticed. The index keeps, per folder, its
//! time stamps and the entries that may be folders. A folder whose device, inode, mtime and
//! ctime are as recorded has had no entry added, removed or renamed since, so its
//! sub-folders are as recorded, and whether it holds `RES.toml` is one `lstat`. A folder
//! that changed is read again. A change in the same tick of the file system's clock as the
//! stamp leaves the stamp as it was, so a folder changed less than `RACY` before the walk is
//! not recorded and is read every time until it settles.
//!
//! The index is a cache: a missing, unreadable, foreign or damaged one is rebuilt, and
//! nothing it holds is ever shown to the user.

use std::collections::HashMap;
use std::ffi::OsString;
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::IndexAt;
use super::walk::{Entry, Kind, Lister, Want, read_entries};

/// How long after a change a folder is still read every time. A file system's clock ticks
/// every few milliseconds (ext4, XFS, tmpfs) up to 2 s (FAT); this covers them all.
const RACY: Duration = Duration::from_secs(2);

const HEADER: &[u8] = b"oic-track folder index 1\n";
/// The last line: `end` and the hash of everything before it, so that an index cut short
/// (after a crash, its write was not flushed) is not taken for a smaller one.
const END: &[u8] = b"end ";

/// What changes when a folder's entries do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            dev: meta.dev(),
            ino: meta.ino(),
            mtime: (meta.mtime(), meta.mtime_nsec()),
            ctime: (meta.ctime(), meta.ctime_nsec()),
        }
    }

    /// Whether a change could still land without moving the stamp.
    fn is_racy(&self, now: SystemTime) -> bool {
        let settled = now
            .checked_sub(RACY)
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        let nanos = |(s, ns): (i64, i64)| i128::from(s) * 1_000_000_000 + i128::from(ns);
        nanos(self.mtime) >= settled || nanos(self.ctime) >= settled
    }
}

/// One folder as last read.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Record {
    stamp: Stamp,
    /// Its entries that are, or may be, folders (not hidden).
    children: Vec<Entry>,
}

/// A walk's lister that reads only the folders that changed, and records what it read.
pub(super) struct Indexed {
    file: PathBuf,
    root: PathBuf,
    now: SystemTime,
    old: HashMap<PathBuf, Record>,
    old_bytes: Vec<u8>,
    new: Vec<(PathBuf, Record)>,
    /// How many folders were read this walk (the rest came from the index).
    pub(super) read: usize,
}

impl Indexed {
    /// The index for the folder `dir`, or `None` when the folder has no real path.
    pub(super) fn open(dir: &Path, at: &IndexAt) -> Option<Indexed> {
        let root = dir.canonicalize().ok()?;
        let file = at.cache_dir.join(format!(
            "folders-{:016x}",
            fnv1a(root.as_os_str().as_bytes())
        ));
        // Only a plain file: a FIFO, or a link to a device, would block or never end.
        let old_bytes = match std::fs::symlink_metadata(&file) {
            Ok(meta) if meta.is_file() => std::fs::read(&file).unwrap_or_default(),
            _ => Vec::new(),
        };
        let old = parse(&old_bytes, &root).unwrap_or_default();
        Some(Indexed {
            file,
            root,
            now: at.now,
            old,
            old_bytes,
            new: Vec::new(),
            read: 0,
        })
    }

    /// Writes what this walk saw, when it differs from what was there. A cache that cannot
    /// be written costs only speed, so failures are ignored.
    pub(super) fn save(self) {
        let bytes = render(&self.root, &self.new);
        if bytes != self.old_bytes {
            let _ = crate::edit::write_cache(&self.file, &bytes);
        }
    }
}

impl Lister for Indexed {
    fn list(
        &mut self,
        dir: &Path,
        rel: &Path,
        meta: &std::fs::Metadata,
        want: &Want,
    ) -> io::Result<Vec<Entry>> {
        // Stamped before reading: a change while reading moves the stamp past this one.
        let stamp = Stamp::of(meta);
        // Each folder is visited once: its record is taken, kept if still good.
        if let Want::Names(names) = want
            && let Some(record) = self.old.remove(rel)
            && record.stamp == stamp
            && let Some(entries) = recorded_entries(dir, &record, names)
        {
            self.new.push((rel.to_path_buf(), record));
            return Ok(entries);
        }
        self.read += 1;
        let entries = read_entries(dir, want)?;
        if !stamp.is_racy(self.now) {
            let children = entries
                .iter()
                .filter(|e| e.kind.may_be_dir())
                .cloned()
                .collect();
            self.new
                .push((rel.to_path_buf(), Record { stamp, children }));
        }
        Ok(entries)
    }
}

/// The recorded entries of an unchanged folder, and each wanted file looked up by name.
fn recorded_entries(dir: &Path, record: &Record, wanted: &[OsString]) -> Option<Vec<Entry>> {
    // The stamp says nothing of who asks: a process without the rights (a group, root's)
    // of the one that recorded the folder may be unable to list it, and must see the error
    // a listing gives rather than what the index remembers. Opening is what listing needs.
    std::fs::File::open(dir).ok()?;
    let mut entries = record.children.clone();
    for want in wanted {
        // A name the folder's listing could never show (`../x.toml`, from a mistyped
        // address) must not be looked up outside it.
        let name = want.as_bytes();
        if name.contains(&b'/') || name.starts_with(b".") {
            return None;
        }
        if entries.iter().any(|e| &e.name == want) {
            continue;
        }
        match std::fs::symlink_metadata(dir.join(want)) {
            Ok(meta) if folds_case(dir, want, &meta) => return None,
            Ok(meta) => entries.push(Entry {
                name: want.clone(),
                kind: Kind::of(Some(meta.file_type())),
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            // Searchable or not, the folder itself will say.
            Err(_) => return None,
        }
    }
    Some(entries)
}

/// Whether the folder's file system found `want` ignoring case (APFS and NTFS by default,
/// ext4's casefold folders): the file may then be spelt otherwise on disk (`Res.toml`, an
/// invalid id a listing would report), and only a listing tells. One more `lstat`, for
/// the one folder that holds the file.
fn folds_case(dir: &Path, want: &OsString, found: &std::fs::Metadata) -> bool {
    let other = OsString::from_vec(want.as_bytes().to_ascii_uppercase());
    other == *want
        || std::fs::symlink_metadata(dir.join(other))
            .is_ok_and(|m| (m.dev(), m.ino()) == (found.dev(), found.ino()))
}

/// A stable 64-bit FNV-1a hash: the index's file name, the same on every run and build.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn render(root: &Path, folders: &[(PathBuf, Record)]) -> Vec<u8> {
    let mut out = HEADER.to_vec();
    line(&mut out, b"root", root.as_os_str().as_bytes());
    for (rel, Record { stamp: s, children }) in folders {
        let head = format!(
            "d {} {} {} {} {} {}",
            s.dev, s.ino, s.mtime.0, s.mtime.1, s.ctime.0, s.ctime.1
        );
        line(&mut out, head.as_bytes(), rel.as_os_str().as_bytes());
        for child in children {
            let kind: &[u8] = match child.kind {
                Kind::Dir => b"c d",
                Kind::Link => b"c l",
                Kind::File | Kind::Unknown => b"c u",
            };
            line(&mut out, kind, child.name.as_bytes());
        }
    }
    let end = format!("{:016x}", fnv1a(&out));
    line(&mut out, END.trim_ascii_end(), end.as_bytes());
    out
}

/// `head`, a space, and `name` with `\` and newlines escaped, on one line.
fn line(out: &mut Vec<u8>, head: &[u8], name: &[u8]) {
    out.extend_from_slice(head);
    out.push(b' ');
    for &b in name {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(b),
        }
    }
    out.push(b'\n');
}

fn unescape(name: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(name.len());
    let mut bytes = name.iter();
    while let Some(&b) = bytes.next() {
        out.push(match (b, bytes.clone().next()) {
            (b'\\', Some(b'\\')) => *bytes.next()?,
            (b'\\', Some(b'n')) => {
                bytes.next();
                b'\n'
            }
            (b'\\', _) => return None,
            _ => b,
        });
    }
    Some(out)
}

/// The folders recorded in `bytes` for the folder `root`; `None` when it is not such an index.
fn parse(bytes: &[u8], root: &Path) -> Option<HashMap<PathBuf, Record>> {
    let trimmed = bytes.strip_suffix(b"\n")?;
    let (body, end) = trimmed.split_at(trimmed.iter().rposition(|&b| b == b'\n')? + 1);
    if end.strip_prefix(END)? != format!("{:016x}", fnv1a(body)).as_bytes() {
        return None;
    }
    let body = body.strip_prefix(HEADER)?.strip_suffix(b"\n")?;
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?.strip_prefix(b"root ")?;
    if unescape(first)? != root.as_os_str().as_bytes() {
        return None;
    }
    let mut folders = HashMap::new();
    let mut current: Option<(PathBuf, Record)> = None;
    for l in lines {
        if let Some(child) = l.strip_prefix(b"c ") {
            let (kind, name) = child.split_first()?;
            let kind = match kind {
                b'd' => Kind::Dir,
                b'l' => Kind::Link,
                b'u' => Kind::Unknown,
                _ => return None,
            };
            let name = unescape(name.strip_prefix(b" ")?)?;
            // Only what a listing gives: the walk joins the name to its folder.
            if name.is_empty() || name.contains(&b'/') || name.starts_with(b".") {
                return None;
            }
            let name = OsString::from_vec(name);
            current.as_mut()?.1.children.push(Entry { name, kind });
        } else {
            folders.extend(current.replace(folder(l)?));
        }
    }
    folders.extend(current);
    Some(folders)
}

/// A `d DEV INO MTIME MTIME_NS CTIME CTIME_NS REL` line.
fn folder(l: &[u8]) -> Option<(PathBuf, Record)> {
    let mut parts = l.strip_prefix(b"d ")?.splitn(7, |&b| b == b' ');
    let (dev, ino) = (num(parts.next())?, num(parts.next())?);
    let mtime = (num(parts.next())?, num(parts.next())?);
    let ctime = (num(parts.next())?, num(parts.next())?);
    let rel = PathBuf::from(OsString::from_vec(unescape(parts.next()?)?));
    let stamp = Stamp {
        dev,
        ino,
        mtime,
        ctime,
    };
    Some((
        rel,
        Record {
            stamp,
            children: Vec::new(),
        },
    ))
}

fn num<T: FromStr>(part: Option<&[u8]>) -> Option<T> {
    std::str::from_utf8(part?).ok()?.parse().ok()
}

#[cfg(test)]
mod tests;
