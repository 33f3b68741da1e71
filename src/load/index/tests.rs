use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use proptest::prelude::*;

use super::super::walk::{ReadDir, Want, walk};
use super::*;

/// A moment after every stamp: nothing is too recent, everything may be recorded.
fn settled() -> SystemTime {
    SystemTime::now() + Duration::from_secs(3600)
}

fn at(cache: &Path, now: SystemTime) -> IndexAt {
    IndexAt {
        cache_dir: cache.to_path_buf(),
        now,
    }
}

/// The files named `name` as the index finds them, and how many folders it read.
fn indexed(dir: &Path, at: &IndexAt, name: &str) -> (Vec<PathBuf>, usize) {
    let mut lister = Indexed::open(dir, at).unwrap();
    let files = walk(dir, &Want::Names(vec![name.into()]), &mut lister).0;
    let read = lister.read;
    lister.save();
    (files, read)
}

fn plain(dir: &Path, name: &str) -> Vec<PathBuf> {
    walk(dir, &Want::Names(vec![name.into()]), &mut ReadDir).0
}

/// Gives `dir` an mtime no earlier change had, as a file system with a fine clock would:
/// without it, two changes in one tick of this machine's clock could leave the stamp alone,
/// which is what `RACY` guards against in real use but a test running at full speed hits.
fn touch(dir: &Path, tick: &mut u64) {
    *tick += 1;
    let t = UNIX_EPOCH + Duration::from_secs(1_000_000_000 + *tick);
    std::fs::File::open(dir).unwrap().set_modified(t).unwrap();
}

/// The one index file in `cache`.
fn index_file(cache: &Path) -> PathBuf {
    let mut files = std::fs::read_dir(cache).unwrap();
    files.next().unwrap().unwrap().path()
}

fn tree(root: &Path, paths: &[&str]) {
    for p in paths {
        let path = root.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "").unwrap();
    }
}

#[test]
fn an_unchanged_folder_is_not_read_again() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(
        &dir,
        &["a.toml", "2023/b.toml", "2024/a.toml", "2024/x/c.toml"],
    );
    let at = at(&cache, settled());
    let first = indexed(&dir, &at, "a.toml");
    assert_eq!(first.1, 4, "the first walk reads every folder");
    assert_eq!(first.0, plain(&dir, "a.toml"));
    for name in ["a.toml", "b.toml", "c.toml", "d.toml"] {
        assert_eq!(indexed(&dir, &at, name), (plain(&dir, name), 0), "{name}");
    }
}

#[test]
fn a_name_with_a_path_in_it_is_not_looked_up_outside_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(&dir, &["a.toml", "2023/b.toml"]);
    tree(tmp.path(), &["outside.toml", "r/.hidden.toml"]);
    let at = at(&cache, settled());
    indexed(&dir, &at, "a.toml");
    for name in ["../outside.toml", "2023/b.toml", ".hidden.toml", "..", "."] {
        assert_eq!(indexed(&dir, &at, name).0, Vec::<PathBuf>::new(), "{name}");
    }
}

/// On a file system that ignores case, `lstat("res.toml")` finds `Res.toml`, which a
/// listing reports as an invalid id: the folder must then be listed. A second name for the
/// same file (a hard link `RES.TOML`) is what such a file system looks like to the check.
#[test]
fn a_file_system_that_ignores_case_is_listed() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(&dir, &["2023/a.toml", "2024/b.toml"]);
    let at = at(&cache, settled());
    indexed(&dir, &at, "a.toml");
    assert_eq!(indexed(&dir, &at, "a.toml").1, 0);
    std::fs::hard_link(dir.join("2023/a.toml"), dir.join("2023/A.TOML")).unwrap();
    let mut tick = 0;
    touch(&dir.join("2023"), &mut tick);
    indexed(&dir, &at, "a.toml");
    // Recorded and unchanged, yet read: the name found might not be the name on disk.
    assert_eq!(indexed(&dir, &at, "a.toml"), (plain(&dir, "a.toml"), 1));
    assert_eq!(
        indexed(&dir, &at, "b.toml").1,
        0,
        "folders without the file are not"
    );
}

#[test]
fn a_folder_changed_in_the_last_seconds_is_read_every_time() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(&dir, &["a.toml", "2023/b.toml"]);
    let now = at(&cache, SystemTime::now());
    indexed(&dir, &now, "a.toml");
    // Both folders were written a moment ago: a change in the same clock tick would not
    // show in their stamps, so neither was recorded.
    assert_eq!(indexed(&dir, &now, "a.toml").1, 2);
    // Judged from later, the same folders are settled and recorded once more.
    let later = at(&cache, settled());
    assert_eq!(indexed(&dir, &later, "a.toml").1, 2);
    assert_eq!(indexed(&dir, &later, "a.toml").1, 0);
}

#[test]
fn a_new_duplicate_in_a_new_sub_folder_is_found() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(&dir, &["2023/a.toml", "2024/b.toml"]);
    let at = at(&cache, settled());
    let mut tick = 0;
    touch(&dir.join("2024"), &mut tick);
    indexed(&dir, &at, "a.toml");
    tree(&dir, &["2024/old/a.toml"]);
    touch(&dir.join("2024"), &mut tick);
    let (files, read) = indexed(&dir, &at, "a.toml");
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(read, 2, "only the changed folder and the new one are read");
}

#[test]
fn a_damaged_index_is_rebuilt() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(&dir, &["a.toml", "2023/a.toml", "2024/b.toml"]);
    let at = at(&cache, settled());
    indexed(&dir, &at, "a.toml");
    let file = index_file(&cache);
    let good = std::fs::read(&file).unwrap();
    let root = dir.canonicalize().unwrap();
    assert!(parse(&good, &root).is_some());
    // Cut short anywhere, or with any byte changed, the index is not believed.
    for cut in 0..good.len() {
        assert_eq!(parse(&good[..cut], &root), None, "cut at {cut}");
        let mut bad = good.clone();
        bad[cut] ^= 0x20;
        assert_eq!(parse(&bad, &root), None, "byte {cut} changed");
    }
    assert_eq!(
        parse(&good, Path::new("/elsewhere")),
        None,
        "another folder's"
    );
    std::fs::write(&file, &good[..good.len() / 2]).unwrap();
    assert_eq!(indexed(&dir, &at, "a.toml"), (plain(&dir, "a.toml"), 3));
}

/// An index whose hash was made to match (by hand, or by a bug) is still not believed when
/// it names an entry no listing gives: the walk joins each name to its folder.
#[test]
fn an_index_naming_a_path_for_an_entry_is_not_believed() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(&dir, &["2023/a.toml"]);
    tree(tmp.path(), &["outside/a.toml"]);
    let at = at(&cache, settled());
    indexed(&dir, &at, "a.toml");
    let file = index_file(&cache);
    let root = dir.canonicalize().unwrap();
    let good = parse(&std::fs::read(&file).unwrap(), &root).unwrap();
    for name in ["../outside", "", ".", "..", "2023/..", ".hidden"] {
        let mut folders: Vec<(PathBuf, Record)> = good.clone().into_iter().collect();
        let (_, top) = folders
            .iter_mut()
            .find(|(rel, _)| rel == Path::new(""))
            .unwrap();
        top.children.insert(
            0,
            Entry {
                name: name.into(),
                kind: Kind::Dir,
            },
        );
        let forged = render(&root, &folders);
        assert_eq!(parse(&forged, &root), None, "{name:?}");
        std::fs::write(&file, &forged).unwrap();
        assert_eq!(
            indexed(&dir, &at, "a.toml").0,
            plain(&dir, "a.toml"),
            "{name:?}"
        );
    }
}

/// Something other than a file where the index goes (a FIFO, a link to a device) would block
/// or never end if it were read: it is taken as no index, and replaced.
#[test]
fn an_index_that_is_not_a_plain_file_is_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
    tree(&dir, &["2023/a.toml"]);
    std::fs::create_dir(&cache).unwrap();
    let root = dir.canonicalize().unwrap();
    let file = cache.join(format!(
        "folders-{:016x}",
        fnv1a(root.as_os_str().as_bytes())
    ));
    let fifo = std::process::Command::new("mkfifo")
        .arg(&file)
        .status()
        .unwrap();
    assert!(fifo.success());
    let (tx, rx) = std::sync::mpsc::channel();
    let (d, at) = (dir.clone(), at(&cache, settled()));
    std::thread::spawn(move || tx.send(indexed(&d, &at, "a.toml").0).unwrap());
    let found = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("blocked on the FIFO");
    assert_eq!(found, plain(&dir, "a.toml"));
    assert!(std::fs::symlink_metadata(&file).unwrap().is_file());
}

#[test]
fn names_round_trip_whatever_their_bytes() {
    use std::os::unix::ffi::OsStringExt;
    let names: Vec<OsString> = [
        &b"plain"[..],
        b"new\nline",
        b"back\\slash",
        b"\\n",
        b"\xff\xfe",
        b" sp ",
    ]
    .iter()
    .map(|b| OsString::from_vec(b.to_vec()))
    .collect();
    let stamp = Stamp {
        dev: u64::MAX,
        ino: 1 << 63,
        mtime: (-1, 999_999_999),
        ctime: (i64::MAX, 0),
    };
    let folders: Vec<(PathBuf, Record)> = names
        .iter()
        .map(|n| {
            let children = names
                .iter()
                .zip([Kind::Dir, Kind::Link, Kind::Unknown].iter().cycle())
                .map(|(name, &kind)| Entry {
                    name: name.clone(),
                    kind,
                })
                .collect();
            (PathBuf::from(n), Record { stamp, children })
        })
        .collect();
    let root = Path::new("/r\noot");
    let parsed = parse(&render(root, &folders), root).unwrap();
    assert_eq!(parsed, folders.into_iter().collect::<HashMap<_, _>>());
}

/// A change to a data folder, as a user (or git) makes them.
#[derive(Clone, Debug)]
enum Change {
    File(usize, usize),
    Remove(usize, usize),
    Folder(usize, usize),
    Link(usize, usize, usize),
    Move(usize, usize),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0..8usize, 0..4usize).prop_map(|(d, n)| Change::File(d, n)),
        (0..8usize, 0..4usize).prop_map(|(d, n)| Change::Remove(d, n)),
        (0..8usize, 0..4usize).prop_map(|(d, n)| Change::Folder(d, n)),
        (0..8usize, 0..4usize, 0..8usize).prop_map(|(d, n, t)| Change::Link(d, n, t)),
        (0..8usize, 0..8usize).prop_map(|(d, t)| Change::Move(d, t)),
    ]
}

const NAMES: [&str; 4] = ["a.toml", "b.toml", "sub", ".hidden"];

/// The folders under `root` (the root first), sorted: what changes pick from.
fn folders(root: &Path) -> Vec<PathBuf> {
    fn visit(dir: &Path, out: &mut BTreeMap<PathBuf, ()>) {
        out.insert(dir.to_path_buf(), ());
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                visit(&e.path(), out);
            }
        }
    }
    let mut out = BTreeMap::new();
    visit(root, &mut out);
    out.into_keys().collect()
}

/// Applies `change`; returns the folders whose entries changed.
fn apply(root: &Path, change: &Change) -> Vec<PathBuf> {
    let dirs = folders(root);
    let pick = |i: usize| dirs[i % dirs.len()].clone();
    let name = |n: usize| NAMES[n];
    match *change {
        Change::File(d, n) => {
            let _ = std::fs::write(pick(d).join(name(n)), "");
            vec![pick(d)]
        }
        Change::Remove(d, n) => {
            let p = pick(d).join(name(n));
            let _ = std::fs::remove_file(&p).or_else(|_| std::fs::remove_dir_all(&p));
            vec![pick(d)]
        }
        Change::Folder(d, n) => {
            let _ = std::fs::create_dir(pick(d).join(name(n)));
            vec![pick(d), pick(d).join(name(n))]
        }
        Change::Link(d, n, t) => {
            let _ = std::os::unix::fs::symlink(pick(t), pick(d).join(name(n)));
            vec![pick(d)]
        }
        Change::Move(d, t) => {
            let (from, to) = (pick(d), pick(t));
            if from == root || to.starts_with(&from) {
                return Vec::new();
            }
            let dest = to.join(format!("moved{}", dirs.len()));
            let _ = std::fs::rename(&from, &dest);
            vec![from.parent().unwrap().to_path_buf(), to]
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever changes between two lookups, the index finds what reading every folder finds.
    #[test]
    fn the_index_finds_what_a_full_walk_finds(changes in prop::collection::vec(change(), 1..24)) {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, cache) = (tmp.path().join("r"), tmp.path().join("cache"));
        tree(&dir, &["a.toml", "y/a.toml", "y/b.toml", "z/sub/b.toml"]);
        let at = at(&cache, settled());
        let mut tick = 0;
        for d in folders(&dir) {
            touch(&d, &mut tick);
        }
        for change in &changes {
            for d in apply(&dir, change) {
                if d.is_dir() {
                    touch(&d, &mut tick);
                }
            }
            for name in ["a.toml", "b.toml", "sub"] {
                prop_assert_eq!(indexed(&dir, &at, name).0, plain(&dir, name), "{:?}", change);
            }
        }
        // Nothing changed since the last lookup: nothing is read.
        prop_assert_eq!(indexed(&dir, &at, "a.toml").1, 0);
    }
}
