//! Writing files without losing anything: the lock an edit holds, the atomic replace that
//! keeps a file's owner, group, mode, ACLs and extended attributes, the new files `new`
//! creates, and the exports of `-o` (docs/decisions.md, "Writing files").

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

/// The path of an edit was changed by another program (one that takes no lock, such as
/// `sed -i` or an editor) between the read and the write; nothing was written.
#[derive(Debug)]
pub struct Raced(pub PathBuf);

impl std::fmt::Display for Raced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` was changed by another program during the edit; nothing was written; run the command again",
            self.0.display()
        )
    }
}

impl std::error::Error for Raced {}

/// A file open for editing and locked: the lock serialises every edit of this file.
pub struct Locked {
    /// The path as the user typed it (for messages).
    shown: PathBuf,
    /// The file itself, symlinks followed: the edit writes through a link to its target.
    real: PathBuf,
    file: File,
    /// The file as locked, to tell whether the path still names it just before the rename.
    meta: Metadata,
    /// On Windows the lock is held on the folder's lock file, not on `file` (see [`lock`]).
    #[cfg(windows)]
    _guard: File,
}

impl Locked {
    /// Locks `path` (see [`lock`]). Reading needs no write permission: a `--dry-run` of a
    /// file the user may not write still shows its diff; [`replace_with`] refuses the write.
    pub fn open(path: &Path) -> Result<Locked> {
        let real = path
            .canonicalize()
            .with_context(|| format!("cannot open `{}`", path.display()))?;
        #[cfg(windows)]
        let (_guard, file) = lock_beside(&real, path)?;
        #[cfg(not(windows))]
        let file = lock(&real, path)?;
        let meta = file.metadata()?;
        Ok(Locked {
            shown: path.to_path_buf(),
            real,
            file,
            meta,
            #[cfg(windows)]
            _guard,
        })
    }

    pub fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// Replaces the file with `bytes` if it still holds `read` (see [`replace_with`]), and
    /// checks after the rename that no other program replaced it right away.
    pub fn replace(self, read: &str, bytes: &[u8]) -> Result<()> {
        let Locked {
            shown,
            real,
            file,
            meta,
            ..
        } = self;
        // Windows refuses to rename over a file while a handle to it is open, and there the
        // lock is held by the lock file, so the file's own handle goes first; elsewhere it
        // holds the lock and lives until the rename is done.
        #[cfg(windows)]
        drop(file);
        #[cfg(not(windows))]
        let _locked = file;
        let unchanged = || -> Result<()> {
            let now = fs::metadata(&real)?;
            if !same_file(&meta, &now) || fs::read(&real)? != read.as_bytes() {
                return Err(Raced(shown.clone()).into());
            }
            Ok(())
        };
        // The new file is locked before it takes the path, and stays locked through the
        // check below: an edit that opens the path right after the rename waits for this
        // one to finish instead of replacing the file under the check (a false alarm).
        let fill = |f: &mut File| {
            #[cfg(not(windows))]
            f.lock()?;
            f.write_all(bytes)
        };
        let (written, _new_locked) = replace_with(&real, fill, unchanged)
            .with_context(|| format!("cannot write `{}`; it is unchanged", shown.display()))?;
        if !same_file(&written, &fs::metadata(&real)?) {
            bail!(
                "`{}` was replaced by another program just after this edit was written; check that it still holds the change",
                shown.display()
            );
        }
        Ok(())
    }
}

impl Locked {
    /// Removes the file if it still holds `read`, else [`Raced`] and nothing is removed.
    pub fn remove(self, read: &str) -> Result<()> {
        let Locked {
            shown,
            real,
            file,
            meta,
            ..
        } = self;
        // Windows will not remove a file a handle holds open; its lock is the lock file.
        #[cfg(windows)]
        drop(file);
        #[cfg(not(windows))]
        let _locked = file;
        let now = fs::metadata(&real)?;
        if !same_file(&meta, &now) || fs::read(&real)? != read.as_bytes() {
            return Err(Raced(shown).into());
        }
        refuse_read_only(&now, &real)
            .and_then(|()| fs::remove_file(&real).map_err(Into::into))
            .with_context(|| format!("cannot remove `{}`; it is unchanged", shown.display()))?;
        sync_dir(parent_dir(&real))
    }
}

/// A file the user may not write is not replaced, though the rename needs only the folder's
/// permission: one whose mode grants no write permission (`0444`) is refused even to root,
/// who could write it anyway, for the mode says it is not to be changed; any other is
/// refused when the system will not open it for writing.
fn refuse_read_only(meta: &Metadata, real: &Path) -> Result<()> {
    let hint = "if it is meant to change, make it writable first (chmod u+w)";
    if meta.permissions().readonly() {
        bail!("the file is read-only; {hint}");
    }
    if let Err(e) = OpenOptions::new().write(true).open(real) {
        if in_use(&e) {
            return Err(InUse.into());
        }
        bail!("the file is not writable ({e}); {hint}");
    }
    Ok(())
}

/// Locks `real` exclusively. The file is replaced by rename on every edit, so a lock taken
/// on an old inode would exclude nobody: after locking, check the path still names the same
/// file, and start again if another edit replaced it meanwhile.
#[cfg(not(windows))]
fn lock(real: &Path, shown: &Path) -> Result<File> {
    let deadline = Instant::now() + lock_timeout()?;
    for _ in 0..1000 {
        let file =
            File::open(real).with_context(|| format!("cannot open `{}`", shown.display()))?;
        wait_for_lock(&file, shown, deadline)?;
        let locked = file.metadata()?;
        let current = fs::metadata(real)?;
        if same_file(&locked, &current) {
            return Ok(file);
        }
    }
    bail!(
        "`{}` keeps changing under the edit; try again",
        shown.display()
    )
}

/// How long an edit waits for another's lock: [`LOCK_TIMEOUT`], or `OIC_TRACK_LOCK_TIMEOUT`
/// seconds (for tests and slow shared folders).
fn lock_timeout() -> Result<Duration> {
    match std::env::var("OIC_TRACK_LOCK_TIMEOUT") {
        Err(_) => Ok(LOCK_TIMEOUT),
        Ok(s) => s.trim().parse().map(Duration::from_secs).map_err(|_| {
            anyhow::anyhow!("OIC_TRACK_LOCK_TIMEOUT must be a whole number of seconds, not `{s}`")
        }),
    }
}

/// An edit takes milliseconds: a lock held this long is held by something stuck.
const LOCK_TIMEOUT: Duration = Duration::from_secs(30);

/// After this long waiting, say so on stderr, naming the file.
const LOCK_PATIENCE: Duration = Duration::from_secs(1);

fn wait_for_lock(file: &File, shown: &Path, deadline: Instant) -> Result<()> {
    let start = Instant::now();
    let mut said = false;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(fs::TryLockError::WouldBlock) => {}
            Err(fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock `{}`", shown.display()));
            }
        }
        let now = Instant::now();
        if now >= deadline {
            bail!(
                "gave up after {} s waiting for `{}`, which another program keeps locked; nothing was written",
                (now - start).as_secs(),
                shown.display()
            );
        }
        if !said && now - start >= LOCK_PATIENCE {
            let left = (deadline - now).as_secs();
            eprintln!(
                "waiting for `{}`: another program is editing it (giving up in {left} s)",
                shown.display()
            );
            said = true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Windows locks are mandatory: a lock on the data file itself would stop every other
/// program (and `list` run meanwhile) from reading it, and the handle holding it would stop
/// the rename. So there an edit locks the hidden file `.oic-track.lock` beside it (one per
/// folder; it is never removed, so every edit locks the same file), then opens the data file.
#[cfg(windows)]
fn lock_beside(real: &Path, shown: &Path) -> Result<(File, File)> {
    use std::os::windows::fs::OpenOptionsExt as _;
    const FILE_ATTRIBUTE_HIDDEN: u32 = 0x2;
    let path = parent_dir(real).join(LOCK_FILE);
    let guard = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .attributes(FILE_ATTRIBUTE_HIDDEN)
        .open(&path)
        .with_context(|| format!("cannot open the lock file `{}`", path.display()))?;
    wait_for_lock(&guard, shown, Instant::now() + lock_timeout()?)?;
    let file = File::open(real).map_err(|e| {
        let why = if in_use(&e) {
            InUse.into()
        } else {
            anyhow::Error::new(e)
        };
        why.context(format!("cannot open `{}`", shown.display()))
    })?;
    Ok((guard, file))
}

/// The hidden file, beside the files it guards, that edits lock on Windows.
#[cfg(windows)]
pub const LOCK_FILE: &str = ".oic-track.lock";

/// Another program holds the file open and will not share it (see [`in_use`]).
#[derive(Debug)]
pub struct InUse;

impl std::fmt::Display for InUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(crate::host::HELD_ELSEWHERE)
    }
}

impl std::error::Error for InUse {}

use crate::host::held_elsewhere as in_use;

/// Whether a rename over a file failed because a handle to it is open: Windows says
/// `ERROR_ACCESS_DENIED` then, often only for a moment (a virus scanner, the search indexer,
/// a `list` reading it).
fn rename_blocked(e: &io::Error) -> bool {
    in_use(e) || (cfg!(windows) && e.raw_os_error() == Some(5))
}

/// How long a blocked rename is retried before the edit gives up, unchanged.
const RENAME_PATIENCE: Duration = Duration::from_secs(3);

/// Renames `tmp` over `real`, retrying while Windows says the target is in use.
fn persist_over(mut tmp: tempfile::NamedTempFile, real: &Path) -> Result<File> {
    let deadline = Instant::now() + RENAME_PATIENCE;
    loop {
        match tmp.persist(real) {
            Ok(file) => return Ok(file),
            Err(e) if rename_blocked(&e.error) && Instant::now() < deadline => tmp = e.file,
            Err(e) if rename_blocked(&e.error) => return Err(InUse.into()),
            Err(e) => return Err(e.error.into()),
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

/// Without inode numbers, the length and modification time stand for the file; the
/// content check in [`Locked::replace`] does the rest.
#[cfg(not(unix))]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    (a.len(), a.modified().ok()) == (b.len(), b.modified().ok())
}

/// Creates the new file `path` holding `text`, after `validate` accepts the text; with
/// `dry_run`, prints the diff from nothing instead. Never replaces a file that exists, even
/// one created meanwhile by someone else: the final step is an atomic no-clobber rename.
pub fn create(
    path: &Path,
    text: &str,
    validate: impl FnOnce(&str) -> Result<()>,
    dry_run: bool,
    out: &mut dyn Write,
) -> Result<()> {
    validate(text).context("the new file would be invalid; nothing was written")?;
    if dry_run {
        let shown = path.display().to_string();
        out.write_all(super::unified_diff(&shown, None, text).as_bytes())?;
        return Ok(());
    }
    let dir = parent_dir(path);
    let tmp = filled_temp(dir, |file| file.write_all(text.as_bytes()))
        .with_context(|| format!("cannot create a file in `{}`", dir.display()))?;
    fs::set_permissions(tmp.path(), new_file_permissions(tmp.as_file())?)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == io::ErrorKind::AlreadyExists {
            anyhow::anyhow!("`{}` already exists; nothing was written", path.display())
        } else {
            anyhow::Error::new(e.error).context(format!("cannot create `{}`", path.display()))
        }
    })?;
    sync_dir(dir)
}

/// Replaces `path` whole with `bytes` (git's merge driver writing its result over OURS, a
/// file git made for the merge): atomically, keeping the file's mode, so git never reads
/// half a merge.
pub fn replace_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    replace_with(path, |f| f.write_all(bytes), || Ok(()))
        .map(|_| ())
        .with_context(|| format!("cannot write `{}`", path.display()))
}

/// Creates folder `dir` and any missing parent (`init`); one that exists is fine.
pub fn create_folder(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create the folder `{}`", dir.display()))
}

/// Writes an export the user asked for (`report -o`, `calendar -o`). A plain file is
/// replaced whole, so a reader (a calendar app fetching the feed) never sees half of it; a
/// symlink is written through to its target; a device or a FIFO (`/dev/null`, a pipe) is
/// written into, never replaced. A `.toml` file of the data folder `data_dir` is refused.
pub fn write_export(path: &Path, data_dir: &Path, bytes: &[u8]) -> Result<()> {
    let target = export_target(path)?;
    refuse_data_file(&target, data_dir, path)?;
    let written = match fs::metadata(&target) {
        Ok(m) if m.is_dir() => bail!("`{}` is a folder; name a file", path.display()),
        Ok(m) if !m.is_file() => write_into(&target, bytes),
        _ => replace_with(&target, |f| f.write_all(bytes), || Ok(())).map(|_| ()),
    };
    written.with_context(|| format!("cannot write `{}`", path.display()))
}

/// The file `-o PATH` names: a symlink's target (which must exist), else the path itself.
fn export_target(path: &Path) -> Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => path.canonicalize().with_context(|| {
            format!(
                "`{}` is a symlink to nothing; name a file, or create the link's target first",
                path.display()
            )
        }),
        _ => Ok(path.to_path_buf()),
    }
}

/// An export written over a `.toml` file of the data folder (a resolution, `events.toml`),
/// or as a new one there, would be read as data: refused.
fn refuse_data_file(target: &Path, data_dir: &Path, shown: &Path) -> Result<()> {
    let is_toml = target
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let (Ok(dir), Some(name)) = (data_dir.canonicalize(), target.file_name()) else {
        return Ok(());
    };
    let Ok(parent) = parent_dir(target).canonicalize() else {
        return Ok(());
    };
    if is_toml && parent.join(name).starts_with(&dir) {
        bail!(
            "`{}` is a .toml file in the data folder `{}`: an export written there would replace or spoil its data; nothing was written. Write the export outside it, e.g. `-o {}`",
            shown.display(),
            data_dir.display(),
            Path::new(name).with_extension("out").display()
        );
    }
    Ok(())
}

/// Writes `bytes` into `target` as it is (a device, a FIFO), as `> target` would.
fn write_into(target: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = OpenOptions::new().write(true).open(target)?;
    file.write_all(bytes)?;
    Ok(())
}

/// Replaces `real` with what `fill` writes into a hidden temp file beside it, given `real`'s
/// owner, group, mode, ACLs and extended attributes (or [`NEW_FILE_MODE`] if `real` is new),
/// once `ready` agrees just before the rename. If anything fails, the temp file is removed
/// and `real` is untouched; if the process dies instead, the temp file is hidden
/// (`.oic-track-*.tmp`), and the loader skips it. Returns the new file's metadata and its
/// handle, still open, so that a lock taken on it in `fill` lasts as long as the caller wants.
pub(super) fn replace_with(
    real: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
    ready: impl FnOnce() -> Result<()>,
) -> Result<(Metadata, File)> {
    let dir = parent_dir(real);
    let tmp = filled_temp(dir, fill)?;
    match fs::metadata(real) {
        Ok(meta) => {
            refuse_read_only(&meta, real)?;
            keep_attributes(&meta, real, &tmp)?;
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::set_permissions(tmp.path(), new_file_permissions(tmp.as_file())?)?;
        }
        Err(e) => return Err(e.into()),
    }
    let written = tmp.as_file().metadata()?;
    ready()?;
    let file = persist_over(tmp, real)?;
    sync_dir(dir)?;
    Ok((written, file))
}

/// Gives the temp file `real`'s owner and group, then its mode, then its extended attributes
/// (a POSIX ACL is the attribute `system.posix_acl_access`), in the order editors do: a
/// change of owner clears set-id bits, and the ACL sets the group bits of the mode.
#[cfg(unix)]
fn keep_attributes(meta: &Metadata, real: &Path, tmp: &tempfile::NamedTempFile) -> Result<()> {
    use std::os::unix::fs::{MetadataExt, fchown};
    use xattr::FileExt as _;
    let owner = (meta.uid(), meta.gid());
    if fchown(tmp.as_file(), Some(owner.0), Some(owner.1)).is_err() {
        bail!(
            "cannot give the new file the owner and group of `{}` (uid {}, gid {}): edit it as its owner",
            real.display(),
            owner.0,
            owner.1
        );
    }
    fs::set_permissions(tmp.path(), meta.permissions())?;
    // A file system without extended attributes has none to lose.
    let names = xattr::list(real)
        .map(Iterator::collect)
        .unwrap_or_else(|_| Vec::new());
    for name in names {
        let Some(value) = xattr::get(real, &name)? else {
            continue;
        };
        tmp.as_file().set_xattr(&name, &value).with_context(|| {
            format!(
                "cannot keep the extended attribute `{}` of `{}`",
                name.to_string_lossy(),
                real.display()
            )
        })?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn keep_attributes(meta: &Metadata, _: &Path, tmp: &tempfile::NamedTempFile) -> Result<()> {
    fs::set_permissions(tmp.path(), meta.permissions())?;
    Ok(())
}

/// A hidden temp file in `dir` holding what `fill` wrote, flushed to disk.
fn filled_temp(
    dir: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<tempfile::NamedTempFile> {
    let mut tmp = temp_in(dir).context("cannot create a temporary file beside it")?;
    fill(tmp.as_file_mut())?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// The folder a file is in (`.` for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes a rename in `dir` durable.
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// A temp file is private (0600); a new resolution file, report or feed is for others to
/// read too, so it gets the usual `rw-r--r--`.
#[cfg(unix)]
const NEW_FILE_MODE: u32 = 0o644;

#[cfg(unix)]
fn new_file_permissions(_: &File) -> io::Result<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Ok(fs::Permissions::from_mode(NEW_FILE_MODE))
}

#[cfg(not(unix))]
fn new_file_permissions(file: &File) -> io::Result<fs::Permissions> {
    Ok(file.metadata()?.permissions())
}

/// A new hidden temp file in `dir` (`.oic-track-*.tmp`: the loader skips it).
fn temp_in(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".oic-track-")
        .suffix(".tmp")
        .tempfile_in(dir)
}
