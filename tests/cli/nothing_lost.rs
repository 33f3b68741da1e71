//! "Nothing is lost" (docs/guarantees.md), under attack: concurrent edits, a write killed
//! mid-way, a folder that refuses writes, files that do not load, and the bytes an edit must
//! keep.

#[cfg(unix)]
use std::fs;
#[cfg(unix)]
use std::path::PathBuf;
#[cfg(unix)]
use std::process::Command;
use std::process::Stdio;

#[cfg(unix)]
use crate::support::skip;
use crate::support::{Case, tree};

const HEAD: &str = "# The resolution, as a secretariat keeps it.\n\
title = \"T\"   # short title\n\
body = \"B\"\n\
adopted = 2023-07-31\n";

/// A resolution of `n` mandates, each with its own comments.
fn mandates(n: usize) -> String {
    let mut text = String::from(HEAD);
    for i in 0..n {
        text += &format!(
            "\n# mandate {i}: keep this comment\n[[mandates]]\nid = \"m-{i}\"\nactor = \"SG\"   # who\nsummary = \"Task {i}\"\ndue = \"2023-12\"  # when\n"
        );
    }
    text
}

fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.find('#').map(|i| &l[i..]))
        .collect()
}

#[test]
fn twenty_concurrent_mark_done_all_land_and_every_comment_remains() {
    const N: usize = 20;
    let case = Case::new().file("r.toml", mandates(N));
    let before = case.read("r.toml");
    let children: Vec<_> = (0..N)
        .map(|i| {
            let note = format!("note {i}");
            let id = format!("r/m-{i}");
            let args = ["mark-done", &id, "--note", &note];
            case.command()
                .args(args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    let after = case.read("r.toml");
    assert_eq!(after.matches("status = \"done\"").count(), N, "{after}");
    for i in 0..N {
        assert!(
            after.contains(&format!("text = \"note {i}\"")),
            "note {i} lost"
        );
    }
    assert_eq!(comments(&after), comments(&before));
    Case::new()
        .file("r.toml", after)
        .args(&["check"])
        .run()
        .ok();
    let names: Vec<String> = tree(&case.dir()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["r.toml"], "no temp file is left behind");
}

/// Runs `mark-done` under `sh` with a file-size limit of one block, so that writing the
/// temp file fails part-way. With `trap` the signal is ignored and the write gets EFBIG.
#[cfg(unix)]
fn mark_done_with_size_limit(case: &Case, trap: &str) -> std::process::Output {
    let bin = env!("CARGO_BIN_EXE_oic-track");
    Command::new("/bin/sh")
        .arg("-c")
        .arg(format!(
            "{trap} ulimit -f 1 && exec \"$0\" mark-done r/m-3 --note \"$1\""
        ))
        .arg(bin)
        .arg("x".repeat(4000))
        .env_clear()
        .env("NO_COLOR", "1")
        .env("OIC_TRACK_TODAY", crate::support::TODAY)
        .current_dir(case.tmp.path())
        .output()
        .unwrap()
}

#[cfg(unix)]
fn assert_untouched_and_still_served(case: &Case, original: &str) {
    assert_eq!(
        case.read("r.toml"),
        original,
        "the original is byte-identical"
    );
    for args in [&["check"][..], &["list", "--format", "json"]] {
        let now = Case::new()
            .copy_dir(&case.dir(), "resolutions")
            .args(args)
            .run();
        now.ok();
        let clean = Case::new().file("r.toml", original).args(args).run();
        assert_eq!(now.stdout(), clean.stdout());
    }
}

#[cfg(unix)]
#[test]
fn a_write_killed_midway_leaves_the_original_and_nothing_read_as_data() {
    let original = mandates(40);
    let case = Case::new().file("r.toml", &original);
    let out = mark_done_with_size_limit(&case, "");
    use std::os::unix::process::ExitStatusExt;
    const SIGXFSZ: i32 = 25;
    assert_eq!(out.status.signal(), Some(SIGXFSZ), "{out:?}");
    assert_untouched_and_still_served(&case, &original);
    // Killed by SIGXFSZ, the process could not remove its temp file: it is there, hidden,
    // and the runs above (on a copy holding it) read the folder as if it were not.
    let names: Vec<String> = tree(&case.dir()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with(".oic-track-") && names[0].ends_with(".tmp"));
    assert_eq!(names[1], "r.toml");
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_midway_says_so_and_cleans_up() {
    let original = mandates(40);
    let case = Case::new().file("r.toml", &original);
    let out = mark_done_with_size_limit(&case, "trap '' XFSZ;");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "error: cannot write `resolutions/r.toml`; it is unchanged: File too large"
        ),
        "{stderr}"
    );
    assert_untouched_and_still_served(&case, &original);
    let names: Vec<String> = tree(&case.dir()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["r.toml"]);
}

/// Makes a folder refuse new entries for as long as it lives. Root ignores mode bits, so
/// as root the folder is made immutable with `chattr +i` instead.
#[cfg(unix)]
struct ReadOnly {
    dir: PathBuf,
    immutable: bool,
}

#[cfg(unix)]
impl ReadOnly {
    fn new(dir: PathBuf) -> Result<ReadOnly, String> {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
        let mut guard = ReadOnly {
            dir,
            immutable: false,
        };
        let probe = guard.dir.join(".probe");
        if fs::write(&probe, "").is_err() {
            return Ok(guard);
        }
        fs::remove_file(&probe).unwrap();
        let chattr = Command::new("chattr").arg("+i").arg(&guard.dir).output();
        guard.immutable = chattr.is_ok_and(|out| out.status.success());
        if guard.immutable && fs::write(&probe, "").is_err() {
            return Ok(guard);
        }
        Err("running as root, and `chattr +i` does not stop writes on this file system".into())
    }
}

#[cfg(unix)]
impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.dir).status();
        }
        let _ = fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o755));
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_clear_error_and_an_untouched_file() {
    let original = mandates(3);
    let case = Case::new()
        .file("r.toml", &original)
        .args(&["mark-done", "r/m-1"]);
    let guard = match ReadOnly::new(case.dir()) {
        Ok(guard) => guard,
        Err(why) => {
            skip(
                "a_read_only_folder_gives_a_clear_error_and_an_untouched_file",
                &why,
            );
            return;
        }
    };
    let run = case.run();
    // EPERM for an immutable folder, EACCES for a mode of 555.
    let refusal = if guard.immutable {
        "Operation not permitted (os error 1)"
    } else {
        "Permission denied (os error 13)"
    };
    drop(guard);
    run.expect_code(1);
    let expected = format!(
        "error: cannot write `resolutions/r.toml`; it is unchanged: cannot create a temporary file beside it: {refusal}"
    );
    assert!(run.stderr().starts_with(&expected), "{}", run.stderr());
    assert_eq!(case.read("r.toml"), original);
    assert_eq!(tree(&case.dir()).len(), 1);
}

#[test]
fn a_file_that_fails_to_load_is_never_edited() {
    let broken = format!("{}sumary = \"typo\"\n", mandates(2));
    let case = Case::new()
        .file("r.toml", &broken)
        .args(&["mark-done", "r/m-1"]);
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr().contains("unknown key `sumary`"),
        "{}",
        run.stderr()
    );
    assert_eq!(case.read("r.toml"), broken);
}

#[cfg(unix)]
#[test]
fn an_edit_keeps_permissions_crlf_a_bom_and_writes_through_a_symlink() {
    use std::os::unix::fs::PermissionsExt;
    let lf = mandates(2);
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    // Inside the data folder (hidden, so read only through the link): a link leading out
    // of the folder is not followed (`reading.rs`).
    let case = Case::new().file(".elsewhere/r.toml", &crlf);
    let target = case.dir().join(".elsewhere/r.toml");
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink(".elsewhere/r.toml", case.dir().join("r.toml")).unwrap();

    let case = case.args(&["mark-done", "r/m-1", "--on", "2023-09-01", "--note", "sent"]);
    case.run().ok();

    let link = case.dir().join("r.toml");
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let after = fs::read_to_string(&target).unwrap();
    assert!(after.starts_with('\u{feff}'), "the BOM is kept");
    assert!(
        !after.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    let mode = fs::metadata(&target).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    // Everything but the edited mandate's new lines is as it was.
    let removed: Vec<&str> = crlf
        .lines()
        .filter(|l| !after.lines().any(|a| a == *l))
        .collect();
    assert!(removed.is_empty(), "lines changed: {removed:?}");
    let names: Vec<String> = tree(&case.dir().join(".elsewhere"))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names, ["r.toml"]);
}
