//! The folder index (`src/load/index.rs`): where it is kept, how it is turned off, and that
//! an edit through it still sees a duplicate resolution file made after it was built.

use std::path::Path;
use std::time::Duration;

use crate::support::Case;

const SEED: &str = "cfm-ex-2023-desecration";

/// The index files under `cache`.
fn index_files(cache: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("folders-"))
        .collect()
}

fn dry_run(case: Case) -> Case {
    let id = format!("{SEED}/summit-report");
    case.args(&["mark-done", &id, "--dry-run"])
}

#[test]
fn the_index_goes_where_the_environment_says_and_off_turns_it_off() {
    let tmp = tempfile::tempdir().unwrap();
    let tmp = tmp.path();
    let cases = [
        ("OIC_TRACK_CACHE", tmp.join("mine"), tmp.join("mine")),
        ("XDG_CACHE_HOME", tmp.join("xdg"), tmp.join("xdg/oic-track")),
        ("HOME", tmp.join("home"), tmp.join("home/.cache/oic-track")),
    ];
    for (var, value, cache) in cases {
        let case = dry_run(Case::bundled()).env(var, value.to_str().unwrap());
        case.run().ok();
        assert_eq!(index_files(&cache).len(), 1, "{var}");
    }
    // `off` wins over the others, and is not a folder named `off`.
    let home = tmp.join("home2");
    let case = dry_run(Case::bundled())
        .env("OIC_TRACK_CACHE", "off")
        .env("HOME", home.to_str().unwrap());
    case.run().ok();
    assert!(!home.exists());
    assert!(!case.tmp.path().join("off").exists());
}

#[test]
fn a_duplicate_made_after_the_index_is_still_seen() {
    let cache = tempfile::tempdir().unwrap();
    let case = dry_run(Case::bundled()).env("OIC_TRACK_CACHE", cache.path().to_str().unwrap());
    std::fs::create_dir(case.dir().join("2024")).unwrap();
    // A folder changed in the last two seconds is read every time rather than recorded
    // (see `RACY`): only settled folders make the index worth testing.
    std::thread::sleep(Duration::from_millis(2200));
    case.run().ok();
    let [index] = &index_files(cache.path())[..] else {
        panic!("no index")
    };
    let text = std::fs::read_to_string(cache.path().join(index)).unwrap();
    assert!(
        text.lines()
            .any(|l| l.starts_with("d ") && l.ends_with(" 2024")),
        "{text}"
    );

    let seed = format!("{SEED}.toml");
    let original = case.read(&seed);
    // In a new sub-folder: whether a file is there is asked of each folder anyway; a new
    // sub-folder is what only a changed stamp reveals.
    std::fs::create_dir(case.dir().join("2024/old")).unwrap();
    std::fs::write(case.dir().join("2024/old").join(&seed), &original).unwrap();
    let id = format!("{SEED}/summit-report");
    let case = case.args(&["mark-done", &id]);
    let run = case.run();
    // `2024/old/…` sorts first, so the top-level file is the duplicate that fails to load: an
    // index that missed the new file would have edited the top-level one.
    run.ok();
    assert!(
        run.stderr().contains("duplicate resolution id"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stdout().contains("(resolutions/2024/old/"),
        "{}",
        run.stdout()
    );
    assert_eq!(case.read(&seed), original);
}

/// The index records what the process that built it could list; a later process with other
/// rights (here: the same user without the group that could read a folder) must not be
/// shown what it could not list. Needs root, to run as `nobody` with and without a group.
#[cfg(unix)]
#[test]
fn a_folder_this_process_may_not_list_is_not_taken_from_the_index() {
    use std::os::unix::fs::PermissionsExt;
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| Path::new(p).exists());
    let probe = tempfile::tempdir().unwrap();
    std::fs::set_permissions(probe.path(), std::fs::Permissions::from_mode(0o000)).unwrap();
    let (Some(setpriv), true) = (setpriv, std::fs::read_dir(probe.path()).is_ok()) else {
        eprintln!("SKIPPED: needs root and setpriv, to run with and without a group");
        return;
    };
    let case = dry_run(Case::bundled());
    let cache = case.tmp.path().join("cache");
    std::fs::create_dir(&cache).unwrap();
    // The folder is root's, readable by its group (root) and only searchable by others.
    let locked = case.dir().join("locked");
    std::fs::create_dir(&locked).unwrap();
    let seed = format!("{SEED}.toml");
    std::fs::rename(case.dir().join(&seed), locked.join(&seed)).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o751)).unwrap();
    for dir in [case.tmp.path(), &case.dir(), &cache] {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    std::thread::sleep(Duration::from_millis(2200));
    let nobody = |groups| [setpriv, "--reuid=65534", "--regid=65534", groups, "--"];
    let transcript =
        |run: &crate::support::Run| format!("{}{}exit {}", run.stderr(), run.stdout(), run.code());
    // Built by a process that may list the folder, then used by one that may not.
    let case = case
        .env("OIC_TRACK_CACHE", cache.to_str().unwrap())
        .wrap(&nobody("--groups=0"));
    case.run().ok();
    let case = case.wrap(&nobody("--clear-groups"));
    let indexed = transcript(&case.run());
    let listed = transcript(&case.env("OIC_TRACK_CACHE", "off").run());
    assert!(listed.contains("cannot read the folder"), "{listed}");
    assert_eq!(indexed, listed);
}
