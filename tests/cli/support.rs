//! A builder for running the real binary in a temp folder: set up files, give arguments,
//! then check stdout, stderr, the exit code and files afterwards.

// Not every topic uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

/// The day every test runs on unless it says otherwise.
pub const TODAY: &str = "2023-08-02";

/// The repository's bundled data.
pub fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions")
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

/// Every file under `dir` with its bytes, relative paths sorted.
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
    walk(dir, dir, &mut out);
    out.sort();
    out
}
