//! What the loader reads: plain files inside the data folder, and nothing else (issue 16,
//! items 8 to 10). The byte-exact diagnostics are in `tests/fixtures/bad/not-plain-files`,
//! `symlinks-out-of-the-folder` and `file-over-the-size-cap`; these tests hold the rest.

use std::fs;
use std::os::unix::fs::symlink;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::{Case, Run, edit_folder};

const RES: &str = "cfm-2023-test";

/// Runs `args` with a stdin that stays open and empty (what `/dev/stdin` is in a terminal
/// or a CI step), killed after a while: a command that blocks on a FIFO or on its stdin
/// fails the test instead of hanging it.
fn run_within(case: &Case, args: &[&str]) -> Run {
    let mut child = case
        .command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _open_stdin = child.stdin.take();
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("`{}` did not finish: it blocked", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Run(child.wait_with_output().unwrap())
}

fn mkfifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    assert!(made.unwrap().success());
}

#[test]
fn fifos_and_devices_are_named_and_never_read() {
    let case = edit_folder();
    let dir = case.dir();
    mkfifo(&dir.join("x.toml"));
    symlink("/dev/stdin", dir.join("stdin.toml")).unwrap();
    symlink("/dev/zero", dir.join("zero.toml")).unwrap();
    let add = ["add", "x", "--id", "m", "--actor", "SG", "--summary", "S"];
    let full = format!("{RES}/report");
    // Whether the command reads the whole folder, and so names the FIFO.
    let commands: [(&[&str], bool); 7] = [
        (&["list"], true),
        (&["check"], true),
        (&["show", RES], true),
        (&["show", "x"], true),
        (&["mark-done", &full, "--dry-run"], false),
        (&["mark-done", "x/m"], true),
        (&add, false),
    ];
    for (args, names_it) in commands {
        let run = run_within(&case, args);
        assert!(
            !names_it || run.stderr().contains(
                "resolutions/x.toml:1:1: error: not a plain file (a FIFO); only plain .toml files are read"
            ),
            "{args:?}\n{}",
            run.stderr()
        );
    }
    let check = run_within(&case, &["check"]).stderr();
    for link in ["stdin", "zero"] {
        assert!(
            check.contains(&format!(
                "resolutions/{link}.toml:1:1: error: a symbolic link to a file outside the data folder; not read"
            )),
            "{check}"
        );
    }
}

/// A link to a file outside the folder is neither quoted (a credentials file) nor edited
/// (a resolution of another folder), whichever command meets it.
#[test]
fn a_link_out_of_the_folder_is_never_quoted_nor_edited() {
    let case = edit_folder();
    let outside = case.tmp.path().join("elsewhere");
    fs::create_dir(&outside).unwrap();
    fs::write(
        outside.join("secret.txt"),
        "user = \"root\"\n[SECRET-VALUE\n",
    )
    .unwrap();
    let other = fs::read(case.dir().join(format!("{RES}.toml"))).unwrap();
    fs::write(outside.join("other.toml"), &other).unwrap();
    symlink("../elsewhere/secret.txt", case.dir().join("creds.toml")).unwrap();
    symlink("../elsewhere/other.toml", case.dir().join("other.toml")).unwrap();
    symlink("../elsewhere", case.dir().join("linked")).unwrap();
    let commands: [&[&str]; 6] = [
        &["check"],
        &["list"],
        &["show", "creds"],
        &["mark-done", "creds/report"],
        &["mark-done", "other/report"],
        &["note", "other/report", "x"],
    ];
    for args in commands {
        let run = run_within(&case, args);
        let all = run.stderr() + &run.stdout();
        assert!(
            !all.contains("SECRET"),
            "{args:?} quoted the secret:\n{all}"
        );
        assert_ne!(run.code(), 0, "{args:?}\n{all}");
    }
    assert_eq!(fs::read(outside.join("other.toml")).unwrap(), other);
    let check = run_within(&case, &["check"]).stderr();
    assert!(
        check.contains(
            "resolutions/linked:1:1: error: a symbolic link to a folder outside the data folder; not walked"
        ),
        "{check}"
    );
}

/// Editors' and the tool's own side files beside valid data are not read: each holds
/// text that would be an error if it were.
#[test]
fn hidden_swap_backup_and_temp_files_are_not_read() {
    let broken = "this is [not TOML\n";
    let mut case = edit_folder();
    for name in [
        ".cfm-2023-test.toml.swp",
        ".cfm-2023-test.toml.swx",
        "cfm-2023-test.toml~",
        "#cfm-2023-test.toml#",
        ".#cfm-2023-test.toml",
        ".oic-track-a1b2c3.tmp",
        ".oic-track-a1b2c3.toml",
        ".hidden.toml",
        ".git/config.toml",
        "cfm-2023-test.toml.orig",
        "cfm-2023-test.toml.bak",
    ] {
        case = case.file(name, broken);
    }
    let run = run_within(&case, &["check"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert_eq!(run.stderr(), "");
    assert!(
        run.stdout().starts_with("2 files, 1 valid resolution"),
        "{}",
        run.stdout()
    );
}
