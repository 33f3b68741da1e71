//! A builder for running the real binary in a temp folder: set up files, give arguments,
//! then check stdout, stderr, the exit code and files afterwards; the one harness that
//! compares output with expected files (`SNAPSHOTS=overwrite` rewrites them); and `skip`,
//! the one way a test may decline to run.

// Not every topic uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

/// The day every test runs on unless it says otherwise.
pub const TODAY: &str = "2023-08-02";

/// The tests' copy of the bundled data. The live `resolutions/` at the top of the repository
/// is the user's to change; the tests never read it (`suite::no_test_reads_the_live_data`).
pub fn bundled() -> PathBuf {
    fixtures().join("bundled/resolutions")
}

/// The test fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A folder with every status and deadline form: `tests/fixtures/folders/mixed`.
pub fn mixed() -> Case {
    Case::new().copy_dir(&fixtures().join("folders/mixed"), "resolutions")
}

/// The small folder the edit fixtures start from: `tests/fixtures/edit/note/in`.
pub fn edit_folder() -> Case {
    Case::new().copy_dir(&fixtures().join("edit/note/in"), "resolutions")
}

/// The report's example folder (two resolutions, one right-to-left): `tests/fixtures/report`.
pub fn report_folder() -> Case {
    Case::new().copy_dir(&fixtures().join("report"), "resolutions")
}

/// The `id`s of a `--format json` listing.
pub fn ids(run: &Run) -> Vec<String> {
    let rows: Vec<serde_json::Value> = serde_json::from_str(&run.stdout()).unwrap();
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// One run of `oic-track` in a fresh temp folder holding `resolutions/`.
pub struct Case {
    pub tmp: TempDir,
    args: Vec<String>,
    env: Vec<(String, String)>,
    env_removed: Vec<String>,
    stdin: Option<Vec<u8>>,
    cwd: Option<PathBuf>,
    wrapper: Vec<String>,
}

impl Case {
    /// An empty `resolutions/` folder.
    pub fn new() -> Case {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("resolutions")).unwrap();
        Case {
            tmp,
            args: Vec::new(),
            env: Vec::new(),
            env_removed: Vec::new(),
            stdin: None,
            cwd: None,
            wrapper: Vec::new(),
        }
    }

    /// A copy of the bundled `resolutions/`.
    pub fn bundled() -> Case {
        Case::new().copy_dir(&bundled(), "resolutions")
    }

    /// Copies a folder into the temp folder at `to` (relative).
    pub fn copy_dir(self, from: &Path, to: &str) -> Case {
        copy_tree(from, &self.tmp.path().join(to));
        self
    }

    /// Writes a file under `resolutions/`.
    pub fn file(self, rel: &str, content: impl AsRef<[u8]>) -> Case {
        let path = self.dir().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
        self
    }

    pub fn args(mut self, args: &[&str]) -> Case {
        self.args = args.iter().map(|s| s.to_string()).collect();
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Case {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Leaves `key` unset, even one every run sets (`NO_COLOR`); applied after every `env`.
    pub fn env_remove(mut self, key: &str) -> Case {
        self.env_removed.push(key.into());
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Case {
        self.stdin = Some(input.into());
        self
    }

    /// Runs from this sub-folder of the temp folder instead of its root.
    pub fn cwd(mut self, rel: &str) -> Case {
        let dir = self.tmp.path().join(rel);
        std::fs::create_dir_all(&dir).unwrap();
        self.cwd = Some(dir);
        self
    }

    /// Runs the binary through `program` (e.g. `setpriv ... --`), which gets the binary's path
    /// and arguments after its own.
    pub fn wrap(mut self, program: &[&str]) -> Case {
        self.wrapper = program.iter().map(|s| s.to_string()).collect();
        self
    }

    /// The `resolutions/` folder.
    pub fn dir(&self) -> PathBuf {
        self.tmp.path().join("resolutions")
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.dir().join(rel)).unwrap()
    }

    /// The command `run` runs (without its stdin): a cleared environment, `--today` fixed,
    /// no colour, from the temp folder; spawned directly to run several at once.
    pub fn command(&self) -> std::process::Command {
        let bin = env!("CARGO_BIN_EXE_oic-track");
        let mut cmd = match self.wrapper.split_first() {
            Some((program, rest)) => {
                let mut cmd = std::process::Command::new(program);
                cmd.args(rest).arg(bin);
                cmd
            }
            None => std::process::Command::new(bin),
        };
        cmd.env_clear()
            .env("NO_COLOR", "1")
            .env("OIC_TRACK_TODAY", TODAY)
            .current_dir(self.cwd.as_deref().unwrap_or(self.tmp.path()))
            .args(&self.args);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        for k in &self.env_removed {
            cmd.env_remove(k);
        }
        cmd
    }

    /// Runs `command`, with the stdin given, to the end.
    pub fn run(&self) -> Run {
        let mut cmd = assert_cmd::Command::from_std(self.command());
        if let Some(input) = &self.stdin {
            cmd.write_stdin(input.clone());
        }
        Run(cmd.output().unwrap())
    }
}

/// What a run printed and how it ended.
pub struct Run(pub Output);

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8(self.0.stdout.clone()).unwrap()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8(self.0.stderr.clone()).unwrap()
    }

    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }

    /// Asserts the exit code, showing both streams when it differs.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Run {
        assert_eq!(
            self.code(),
            code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Run {
        self.expect_code(0)
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, relative paths sorted; none when `dir` is missing
/// (git keeps no empty folder).
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).unwrap().display().to_string();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out.sort();
    out
}

/// What a run printed, as one text: its stderr, then its stdout, then how it ended. The
/// fixture cases keep this in their `expected` file.
pub fn transcript(run: &Run) -> String {
    format!(
        "{}--- stdout\n{}--- exit {}\n",
        run.stderr(),
        run.stdout(),
        run.code()
    )
}

/// Whether expected files are rewritten from what the runs print instead of compared with it:
/// `SNAPSHOTS=overwrite cargo test` (the switch snapbox and cargo's own tests use). Read
/// `git diff tests/fixtures` before committing what it wrote.
pub fn overwrite() -> bool {
    std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite")
}

/// Output checked against files, piece by piece (or rewritten, under `SNAPSHOTS=overwrite`);
/// `finish` then fails once, with every difference found, so one run shows them all.
#[derive(Default)]
pub struct Expect {
    failures: Vec<String>,
}

impl Expect {
    pub fn new() -> Expect {
        Expect::default()
    }

    /// `got` against the text of the file at `path`.
    pub fn file(&mut self, path: &Path, got: &str) {
        if overwrite() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, got).unwrap();
            return;
        }
        match std::fs::read_to_string(path) {
            Ok(want) if want == got => {}
            Ok(want) => self.fail(format!("{} differs:\n{}", path.display(), diff(&want, got))),
            Err(e) => self.fail(format!(
                "cannot read {} ({e}); `SNAPSHOTS=overwrite` writes it",
                path.display()
            )),
        }
    }

    /// The files under `got` against those under `want`, byte for byte: none missing, none
    /// more (a temporary file left behind counts).
    pub fn tree(&mut self, want: &Path, got: &Path) {
        if overwrite() {
            let _ = std::fs::remove_dir_all(want);
            copy_tree(got, want);
            return;
        }
        let (want_files, got_files) = (tree(want), tree(got));
        for (path, bytes) in &got_files {
            match want_files.iter().find(|(p, _)| p == path) {
                Some((_, w)) if w == bytes => {}
                Some((_, w)) => self.fail(format!(
                    "{path} differs from {}:\n{}",
                    want.display(),
                    diff(&String::from_utf8_lossy(w), &String::from_utf8_lossy(bytes))
                )),
                None => self.fail(format!("{path} is not in {}", want.display())),
            }
        }
        for (path, _) in &want_files {
            if !got_files.iter().any(|(p, _)| p == path) {
                self.fail(format!("{path} of {} is missing", want.display()));
            }
        }
    }

    /// Records a difference found some other way.
    pub fn fail(&mut self, what: String) {
        self.failures.push(what);
    }

    #[track_caller]
    pub fn finish(self) {
        assert!(
            self.failures.is_empty(),
            "{} difference(s); if the new output is right, rerun with SNAPSHOTS=overwrite and \
             review `git diff`\n\n{}",
            self.failures.len(),
            self.failures.join("\n\n")
        );
    }
}

/// A unified diff from `want` to `got`.
fn diff(want: &str, got: &str) -> String {
    similar::TextDiff::from_lines(want, got)
        .unified_diff()
        .header("expected", "got")
        .to_string()
}

/// `got` against `tests/fixtures/snapshots/NAME.txt`.
#[track_caller]
pub fn snapshot(name: &str, got: &str) {
    let mut expect = Expect::new();
    let path = fixtures().join("snapshots").join(format!("{name}.txt"));
    expect.file(&path, got);
    expect.finish();
}

/// Whether this is CI's run: `.ci/run` runs with `CI=true`.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Declines to run a check that needs what this machine lacks (a browser, `script`, a way
/// to drop root). A local run says so on stderr and goes on. CI (`.ci/run`, on Linux)
/// installs everything the tests need, so there a skip would hide a check that no longer
/// runs, and it fails instead. On other systems (GitHub's Windows and macOS runners, which
/// also set `CI`) the Unix tools are not installed, and a skip stays a skip.
#[track_caller]
pub fn skip(test: &str, why: &str) {
    let must_run = in_ci() && cfg!(target_os = "linux");
    assert!(!must_run, "{test} must run in CI, but cannot here: {why}");
    eprintln!("SKIPPED {test}: {why}");
}

/// How many cases a property test tries: `PROPTEST_CASES` when set (`.ci/run` sets it, to
/// try more), else `local`, few enough to keep `cargo test` quick.
pub fn proptest_cases(local: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(local)
}
