//! The malformed-input corpus. Every folder under `tests/fixtures/bad/` is one case: its
//! `in/` folder (or the files a generator below writes: inputs too big, too odd or too
//! platform-bound to commit) is checked with `oic-track check`, and everything the run
//! prints must equal the case's `expected` file byte for byte.
//!
//! To review a change of wording: `SNAPSHOTS=overwrite cargo test --test cli bad_inputs`,
//! then read `git diff tests/fixtures/bad`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{Case, Expect, copy_tree, fixtures, skip, transcript};

/// Writes a case's files into a `resolutions/` folder. Returns why the case cannot run
/// here, if it cannot.
type Generator = fn(&Path) -> Option<String>;

const HEAD: &str = "title = \"T\"\nbody = \"B\"\nadopted = 2023-07-31\n";
const LEVELS: usize = 50_000;

const GENERATED: &[(&str, Generator)] = &[
    ("deep-nesting-arrays", |dir| {
        let deep = format!(
            "{HEAD}tags = {}{}\n",
            "[".repeat(LEVELS),
            "]".repeat(LEVELS)
        );
        fs::write(dir.join("deep.toml"), deep).unwrap();
        None
    }),
    ("deep-nesting-inline-tables", |dir| {
        let deep = format!(
            "{HEAD}x = {}1{}\n",
            "{a=".repeat(LEVELS),
            "}".repeat(LEVELS)
        );
        fs::write(dir.join("deep.toml"), deep).unwrap();
        None
    }),
    ("deep-nesting-dotted-keys", |dir| {
        let deep = format!("{HEAD}[{}]\n", vec!["a"; LEVELS].join("."));
        fs::write(dir.join("deep.toml"), deep).unwrap();
        None
    }),
    // Big enough for a six-digit line number in the report; bigger only slows the suite.
    ("twenty-thousand-mandates", |dir| {
        fs::write(dir.join("big.toml"), many_mandates(20_000)).unwrap();
        None
    }),
    ("symlink-loops", |dir| {
        fs::write(dir.join("ok.toml"), HEAD).unwrap();
        symlink("loop.toml", &dir.join("loop.toml"));
        symlink("ping.toml", &dir.join("pong.toml"));
        symlink("pong.toml", &dir.join("ping.toml"));
        fs::create_dir(dir.join("sub")).unwrap();
        symlink("..", &dir.join("sub/up"));
        None
    }),
    ("not-plain-files", |dir| {
        fs::write(dir.join("ok.toml"), HEAD).unwrap();
        mkfifo(&dir.join("fifo.toml"));
        symlink("fifo.toml", &dir.join("to-fifo.toml"));
        symlink("/dev/zero", &dir.join("zero.toml"));
        None
    }),
    ("symlinks-out-of-the-folder", |dir| {
        // A file beside the data folder that must never be quoted.
        let secret = dir.parent().unwrap().join("secret.txt");
        fs::write(&secret, "root:$6$SECRET-HASH:19000:0:99999:7:::\n").unwrap();
        fs::write(dir.join("ok.toml"), HEAD).unwrap();
        symlink("../secret.txt", &dir.join("creds.toml"));
        symlink("/", &dir.join("root"));
        // A link within the folder is followed as before.
        fs::create_dir(dir.join("sub")).unwrap();
        symlink("../ok.toml", &dir.join("sub/alias.toml"));
        None
    }),
    ("file-over-the-size-cap", |dir| {
        let big = fs::File::create(dir.join("big.toml")).unwrap();
        big.set_len(oic_track::load::plain::MAX_BYTES + 1).unwrap();
        None
    }),
    ("dangling-symlink", |dir| {
        symlink("missing.toml", &dir.join("gone.toml"));
        None
    }),
    ("unreadable-file", |dir| {
        fs::write(dir.join("ok.toml"), HEAD).unwrap();
        let locked = dir.join("locked.toml");
        fs::write(&locked, HEAD).unwrap();
        set_mode(&locked, 0o000);
        None
    }),
];

/// `n` mandates, the last of which repeats the id of the eighth: the one problem.
fn many_mandates(n: usize) -> String {
    let mut text = String::from(HEAD);
    for i in 0..n - 1 {
        text += &format!(
            "\n[[mandates]]\nid = \"m-{i}\"\nactor = \"SG\"\nsummary = \"S {i}\"\ndue = \"2023-12\"\n"
        );
    }
    text + "\n[[mandates]]\nid = \"m-7\"\nactor = \"SG\"\nsummary = \"Again\"\n"
}

fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// A way to run as a user that file permissions apply to. Root reads a file of mode 000,
/// so as root the run drops to `nobody` with `setpriv`; `None` when that is impossible.
fn unprivileged(case: &Case, probe: &Path) -> Result<Vec<&'static str>, String> {
    if fs::File::open(probe).is_err() {
        return Ok(Vec::new());
    }
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .ok_or("running as root and setpriv is missing")?;
    let wrapper = vec![
        setpriv,
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--",
    ];
    let works = std::process::Command::new(setpriv)
        .args(&wrapper[1..])
        .arg("/bin/true")
        .status()
        .is_ok_and(|s| s.success());
    if !works {
        return Err("running as root and setpriv cannot drop to nobody here".into());
    }
    // `nobody` must reach the folder to find the one file it may not read.
    let mut dir = case.dir();
    while dir.starts_with(case.tmp.path()) {
        set_mode(&dir, 0o755);
        dir.pop();
    }
    Ok(wrapper)
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures().join("bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

fn name(case: &Path) -> String {
    case.file_name().unwrap().to_string_lossy().into_owned()
}

fn generator(name: &str) -> Option<Generator> {
    GENERATED.iter().find(|(n, _)| *n == name).map(|(_, g)| *g)
}

/// Sets up one case in a fresh temp folder. `Err` says why it cannot run on this machine.
fn setup(case: &Path) -> Result<Case, String> {
    let name = name(case);
    let files = case.join("in");
    let mut run = Case::new();
    match (files.is_dir(), generator(&name)) {
        (true, None) => copy_tree(&files, &run.dir()),
        (false, Some(generate)) => {
            if let Some(why) = generate(&run.dir()) {
                return Err(why);
            }
        }
        (true, Some(_)) => panic!("{name}: both committed files and a generator"),
        (false, None) => panic!("{name}: no in/ folder and no generator"),
    }
    let locked = run.dir().join("locked.toml");
    if locked.exists() {
        let wrapper = unprivileged(&run, &locked)?;
        run = run.wrap(&wrapper);
    }
    Ok(run)
}

#[test]
fn every_bad_input_gets_its_exact_diagnostic() {
    let mut expect = Expect::new();
    let mut ran = 0;
    for case in cases() {
        let name = name(&case);
        let run = match setup(&case) {
            Ok(run) => run.args(&["check"]),
            Err(why) => {
                skip(&format!("bad input `{name}`"), &why);
                continue;
            }
        };
        let human = run.run();
        let got = transcript(&human);
        let json = run.args(&["check", "--format", "json"]).run();
        json.expect_code(1);
        assert_eq!(
            json_headers(&json.stdout()),
            human_headers(&human.stderr()),
            "{name}: `check --format json` must hold the same problems"
        );
        if !got.ends_with("--- exit 1\n") {
            expect.fail(format!("{name}: a bad input must exit 1\n{got}"));
        }
        expect.file(&case.join("expected"), &got);
        ran += 1;
    }
    assert!(ran >= 30, "only {ran} bad inputs ran");
    expect.finish();
}

/// `FILE:LINE:COL: message` of each diagnostic in the human report.
fn human_headers(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| {
            l.split_once(": error: ")
                .map(|(at, msg)| format!("{at}: {msg}"))
        })
        .collect()
}

/// The same, from `check --format json`, which must hold exactly these keys.
fn json_headers(stdout: &str) -> Vec<String> {
    let diags: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(stdout).unwrap();
    diags
        .iter()
        .map(|d| {
            let mut keys: Vec<&str> = d.keys().map(String::as_str).collect();
            keys.sort_unstable();
            assert_eq!(
                keys,
                ["column", "file", "help", "line", "message", "severity"]
            );
            assert_eq!(d["severity"], "error");
            let text = |k: &str| d[k].as_str().unwrap().to_string();
            let escaped = oic_track::text::escape(&text("message")).into_owned();
            format!("{}:{}:{}: {escaped}", text("file"), d["line"], d["column"])
        })
        .collect()
}

#[test]
fn every_generator_has_a_case_folder() {
    for (name, _) in GENERATED {
        assert!(
            fixtures().join("bad").join(name).join("expected").is_file(),
            "{name}"
        );
    }
}

/// All the bad files in one folder beside the bundled data: every one is reported in the
/// one run, the bundled mandates are listed exactly as they are without them, exit 1.
#[test]
fn one_run_reports_every_bad_file_and_serves_the_valid_ones() {
    let clean = Case::bundled().args(&["list", "--format", "json"]).run();
    clean.ok();

    let mixed = Case::bundled();
    let mut expected_errors = 0;
    let mut bad_files = Vec::new();
    for case in cases() {
        let name = name(&case);
        // Events and actors files are shared by the whole folder: those cases would change
        // each other.
        let files = case.join("in");
        let shared = ["events.toml", "actors.toml"];
        if shared.iter().any(|f| files.join(f).exists()) || !files.is_dir() {
            continue;
        }
        let target = mixed.dir().join(&name);
        copy_tree(&files, &target);
        // Every case names its file r.toml; ids must differ or they would clash.
        if target.join("r.toml").exists() {
            fs::rename(target.join("r.toml"), target.join(format!("{name}.toml"))).unwrap();
        }
        let expected = fs::read_to_string(case.join("expected")).unwrap();
        expected_errors += expected.matches(": error: ").count();
        bad_files.push(name);
    }
    // Enough valid files that the loader parses on several threads.
    fs::create_dir(mixed.dir().join("filler")).unwrap();
    for i in 0..80 {
        fs::write(mixed.dir().join(format!("filler/f-{i}.toml")), HEAD).unwrap();
    }
    let run = mixed.args(&["list", "--format", "json"]).run();
    run.expect_code(1);
    assert_eq!(
        run.stdout(),
        clean.stdout(),
        "the valid data is served as before"
    );
    let stderr = run.stderr();
    assert_eq!(stderr.matches(": error: ").count(), expected_errors);
    for name in bad_files {
        assert!(
            stderr.contains(&format!("resolutions/{name}/")),
            "{name} is not reported"
        );
    }
}
