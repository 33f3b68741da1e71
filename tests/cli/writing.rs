//! Writing where it must not, and edits against other programs (issue 16): `-o` never
//! replaces what is not a plain file nor a data file; an edit re-checks the file before its
//! rename, keeps owner, group, mode, ACLs and extended attributes, refuses a read-only file,
//! and says when it waits for a lock, and for how long.

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Case, skip};

const RES: &str = "title = \"T\"\nbody = \"B\"\nadopted = 2023-07-31\n\n\
[[mandates]]\nid = \"a\"\nactor = \"SG\"\nsummary = \"Report\"\ndue = \"2023-12\"\n\n\
[[mandates]]\nid = \"b\"\nactor = \"SG\"\nsummary = \"Visit\"\n";

fn case() -> Case {
    Case::new().file("r.toml", RES)
}

/// A tool the test needs: missing in CI is a failure (.ci/run installs it); elsewhere the
/// test says it is skipped.
fn have(tool: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        skip(
            &format!("a test that needs `{tool}`"),
            &format!("`{tool}` is not installed (.ci/run installs it)"),
        );
    }
    found
}

fn sh(script: &str) {
    let out = Command::new("sh").args(["-c", script]).output().unwrap();
    assert!(out.status.success(), "{script}: {out:?}");
}

#[test]
fn an_export_into_a_fifo_is_written_into_it_and_it_stays_a_fifo() {
    let case = case().args(&["report", "-o", "out.md"]);
    let fifo = case.tmp.path().join("out.md");
    sh(&format!("mkfifo '{}'", fifo.display()));
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    case.run().ok();
    // Checked first: had the FIFO been replaced, the reader would wait for ever.
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(reader.join().unwrap().starts_with("# "));
}

#[test]
fn an_export_to_dev_null_leaves_it_a_device() {
    case().args(&["calendar", "-o", "/dev/null"]).run().ok();
    let meta = fs::symlink_metadata("/dev/null").unwrap();
    assert!(meta.file_type().is_char_device());
}

#[test]
fn an_export_through_a_symlink_writes_its_target_and_keeps_the_link() {
    let case = case().args(&["calendar", "-o", "feed.ics"]);
    let dir = case.tmp.path();
    fs::write(dir.join("real.ics"), "old").unwrap();
    std::os::unix::fs::symlink("real.ics", dir.join("feed.ics")).unwrap();
    case.run().ok();
    assert!(
        fs::symlink_metadata(dir.join("feed.ics"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(dir.join("real.ics"))
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
}

#[test]
fn an_export_through_a_dangling_symlink_is_refused() {
    let case = case().args(&["calendar", "-o", "feed.ics"]);
    let link = case.tmp.path().join("feed.ics");
    std::os::unix::fs::symlink("nowhere/real.ics", &link).unwrap();
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr().contains("is a symlink to nothing"),
        "{}",
        run.stderr()
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn an_export_over_a_data_file_is_refused() {
    let case = case().file("events.toml", "# the shared events\n");
    for args in [
        &["calendar", "-o", "resolutions/events.toml"][..],
        &["report", "--format", "markdown", "-o", "resolutions/r.toml"],
        &["report", "--format", "html", "-o", "resolutions/new.toml"],
        &["calendar", "-o", "./resolutions/../resolutions/r.TOML"],
    ] {
        let run = Case::new()
            .copy_dir(&case.dir(), "resolutions")
            .args(args)
            .run();
        run.expect_code(1);
        assert!(
            run.stderr().contains("is a .toml file in the data folder"),
            "{args:?}: {}",
            run.stderr()
        );
    }
    // A report named .toml outside the folder is the user's business.
    let case = case.args(&["report", "--format", "markdown", "-o", "report.toml"]);
    case.run().ok();
    assert_eq!(case.read("r.toml"), RES);
    assert_eq!(case.read("events.toml"), "# the shared events\n");
}

/// The edit of one mandate, run under strace so that the flush of its temp file (between its
/// read and its rename) takes a second: `sed -i`, which takes no lock, rewrites the file
/// meanwhile. The edit must notice, and either hold both changes (it ran again) or fail.
#[test]
fn an_edit_racing_sed_keeps_both_changes_or_fails() {
    if !have("strace") {
        return;
    }
    let case = case().args(&["mark-done", "r/a"]);
    let file = case.dir().join("r.toml");
    let cmd = case.command();
    let mut traced = {
        let mut c = Command::new("strace");
        c.args(["-f", "-o", "/dev/null", "-e", "trace=fsync,fdatasync"])
            .args(["-e", "inject=fsync,fdatasync:delay_enter=1000000"])
            .arg(cmd.get_program())
            .args(cmd.get_args())
            .current_dir(case.tmp.path())
            .env_clear()
            .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    };
    let start = Instant::now();
    let mut child = traced.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(400));
    sh(&format!(
        "sed -i 's/summary = \"Visit\"/summary = \"Visit (sed)\"/' '{}'",
        file.display()
    ));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the edit ended before sed ran"
    );
    let out = child.wait_with_output().unwrap();
    // Each try waits 1 s to flush its temp file, and a try that renames 1 s more to flush
    // the folder: 3 s means the first try saw sed's change and the second one wrote.
    let took = start.elapsed();
    assert!(
        took >= Duration::from_millis(2900),
        "no race happened: {took:?}"
    );
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("Visit (sed)"),
        "sed's change was lost:\n{text}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        assert!(
            text.contains("status = \"done\""),
            "reported done, not held:\n{text}"
        );
    } else {
        assert!(stderr.contains("changed by another program"), "{stderr}");
        assert!(!text.contains("status = \"done\""));
    }
}

fn is_root(dir: &Path) -> bool {
    fs::metadata(dir).unwrap().uid() == 0
}

#[test]
fn an_edit_keeps_owner_group_mode_acl_and_extended_attributes() {
    if !have("setfacl") || !have("setfattr") {
        return;
    }
    let case = case().args(&["mark-done", "r/a"]);
    let file = case.dir().join("r.toml");
    if is_root(&case.dir()) {
        std::os::unix::fs::chown(&file, Some(4321), Some(4322)).unwrap();
    }
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    let f = file.display();
    let acl = Command::new("setfacl")
        .args(["-m", "u:4323:rw"])
        .arg(&file)
        .output()
        .unwrap();
    let xattr = Command::new("setfattr")
        .args(["-n", "user.origin", "-v", "kept"])
        .arg(&file)
        .output()
        .unwrap();
    if !acl.status.success() || !xattr.status.success() {
        skip(
            "an_edit_keeps_owner_group_mode_acl_and_extended_attributes",
            &format!("this file system takes no ACLs or extended attributes: {acl:?} {xattr:?}"),
        );
        return;
    }
    let attrs = || {
        let meta = fs::metadata(&file).unwrap();
        let dump = Command::new("getfattr")
            .args(["-d", "-m", "-", "--absolute-names"])
            .arg(&file)
            .output()
            .unwrap();
        let acl = Command::new("getfacl")
            .args(["-c", "--absolute-names"])
            .arg(&file)
            .output()
            .unwrap();
        (
            meta.uid(),
            meta.gid(),
            meta.mode(),
            String::from_utf8(dump.stdout).unwrap(),
            String::from_utf8(acl.stdout).unwrap(),
        )
    };
    let before = attrs();
    assert!(before.4.contains("user:4323:rw-"), "{f}: {}", before.4);
    let ino = fs::metadata(&file).unwrap().ino();
    case.run().ok();
    assert_ne!(
        fs::metadata(&file).unwrap().ino(),
        ino,
        "the edit replaces the file"
    );
    assert!(case.read("r.toml").contains("status = \"done\""));
    assert_eq!(attrs(), before);
}

#[test]
fn a_read_only_file_is_refused_even_to_root() {
    let case = case().args(&["mark-done", "r/a"]);
    let file = case.dir().join("r.toml");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr().starts_with("error: cannot write `resolutions/r.toml`; it is unchanged: the file is read-only; if it is meant to change, make it writable first (chmod u+w)"),
        "{}",
        run.stderr()
    );
    assert_eq!(case.read("r.toml"), RES);
}

#[test]
fn an_edit_waiting_for_a_lock_says_so_and_gives_up() {
    let case = case()
        .args(&["mark-done", "r/a"])
        .env("OIC_TRACK_LOCK_TIMEOUT", "2");
    let held = fs::File::open(case.dir().join("r.toml")).unwrap();
    held.lock().unwrap();
    let start = Instant::now();
    let run = case.run();
    let took = start.elapsed();
    drop(held);
    run.expect_code(1);
    let stderr = run.stderr();
    assert!(
        stderr.starts_with(
            "waiting for `resolutions/r.toml`: another program is editing it (giving up in "
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: gave up after 2 s waiting for `resolutions/r.toml`, which another program keeps locked; nothing was written"),
        "{stderr}"
    );
    // It waited out its timeout; no upper bound, as a loaded machine may be slow to start it.
    assert!(took >= Duration::from_secs(2), "{took:?}");
    assert_eq!(case.read("r.toml"), RES);
}
