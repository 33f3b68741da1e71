//! `mark-done` beyond the fixture cases (`tests/fixtures/edit/mark-done*`, run by
//! `edit_fixtures`): the bundled file, the default day, and the error paths.

use crate::support::*;

#[test]
fn the_bundled_summit_report_changes_only_its_own_lines() {
    let case = Case::bundled().args(&[
        "mark-done",
        "cfm-ex-2023-desecration/summit-report",
        "--on",
        "2023-11-20",
        "--note",
        "Report submitted",
    ]);
    case.run().ok();
    let before = std::fs::read_to_string(bundled().join("cfm-ex-2023-desecration.toml")).unwrap();
    let after = case.read("cfm-ex-2023-desecration.toml");
    let changed: Vec<(usize, &str)> = after
        .lines()
        .enumerate()
        .filter(|(i, l)| before.lines().nth(*i) != Some(*l))
        .collect();
    assert_eq!(
        changed.iter().map(|(_, l)| *l).collect::<Vec<_>>(),
        [
            "status    = \"done\"",
            "done      = 2023-11-20",
            "notes     = [{ date = 2023-11-20, text = \"Report submitted\" }]"
        ]
    );
    assert!(before.lines().count() + 2 == after.lines().count());
    let due = Case::bundled().args(&["due", "--before", "2023-12-01"]);
    std::fs::write(due.dir().join("cfm-ex-2023-desecration.toml"), &after).unwrap();
    assert_eq!(due.run().stdout(), "nothing due\n");
}

#[test]
fn on_defaults_to_today() {
    let case = Case::bundled().args(&["mark-done", "eu-delegation"]);
    let run = case.run();
    run.ok();
    assert_eq!(
        run.stdout(),
        "cfm-ex-2023-desecration/eu-delegation: done on 2023-08-02 (resolutions/cfm-ex-2023-desecration.toml)\n"
    );
    assert!(
        case.read("cfm-ex-2023-desecration.toml")
            .contains("done      = 2023-08-02")
    );
}

#[test]
fn an_unknown_id_gets_a_suggestion_and_nothing_changes() {
    let case = Case::bundled().args(&["mark-done", "summit-reprot"]);
    let run = case.run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: no mandate `summit-reprot`; did you mean `summit-report`?\n"
    );
    assert_eq!(tree(&case.dir()), tree(&bundled()));
}

#[test]
fn an_ambiguous_prefix_lists_candidates() {
    let case = Case::bundled().args(&["mark-done", "cfm-ex-2023-desecration/c"]);
    let run = case.run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: `cfm-ex-2023-desecration/c` could name 2 mandates; type one of these in full:\n  \
         cfm-ex-2023-desecration/counter-intolerance\n  cfm-ex-2023-desecration/civil-society-remedies\n"
    );
}

#[test]
fn a_file_with_errors_is_never_edited() {
    let bad = "title = \"R\"\nbody = \"B\"\nadopted = 2023-07-31\n\n[[mandates]]\nid = \"m\"\nactor = \"SG\"\nsummary = \"S\"\ncolour = \"red\"\n";
    let case = Case::new().file("r.toml", bad).args(&["mark-done", "r/m"]);
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("resolutions/r.toml:9:1: error: unknown key `colour` in a mandate"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().ends_with("error: `resolutions/r.toml` did not load (see above), so it is not edited; run `oic-track check` to see why\n"),
        "{}",
        run.stderr()
    );
    assert_eq!(case.read("r.toml"), bad);
}

#[test]
fn a_dropped_mandate_is_not_marked_done() {
    let text = "title = \"R\"\nbody = \"B\"\nadopted = 2023-07-31\n\n[[mandates]]\nid = \"m\"\nactor = \"SG\"\nsummary = \"S\"\nstatus = \"dropped\"\n";
    let case = Case::new().file("r.toml", text).args(&["mark-done", "m"]);
    let run = case.run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: `r/m` is dropped; `oic-track reopen r/m` first, then mark it done\n"
    );
    assert_eq!(case.read("r.toml"), text);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept_and_no_temp_file_is_left() {
    use std::os::unix::fs::PermissionsExt;
    let case = Case::bundled().args(&["mark-done", "summit-report"]);
    let file = case.dir().join("cfm-ex-2023-desecration.toml");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    case.run().ok();
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o640
    );
    let names: Vec<_> = std::fs::read_dir(case.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_file_is_edited_through_the_link() {
    // Inside the data folder (hidden, so read only through the link): a link leading out
    // of the folder is not followed (`reading.rs`).
    let case = Case::new().file(".real/r.toml", "title = \"R\"\nbody = \"B\"\nadopted = 2023-07-31\n[[mandates]]\nid = \"m\"\nactor = \"A\"\nsummary = \"S\"\n");
    std::os::unix::fs::symlink(case.dir().join(".real/r.toml"), case.dir().join("r.toml")).unwrap();
    let case = case.args(&["mark-done", "r/m", "--on", "2023-09-09"]);
    case.run().ok();
    assert!(
        std::fs::symlink_metadata(case.dir().join("r.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let real = std::fs::read_to_string(case.dir().join(".real/r.toml")).unwrap();
    assert!(
        real.ends_with("status = \"done\"\ndone = 2023-09-09\n"),
        "{real}"
    );
}

/// An edit by full address reads its file and the events files wherever they are (any
/// sub-folder, as the folder load does), and nothing else: here the broken file beside
/// them is not read, so not reported; `add` finds the sub-folder's event too.
#[test]
fn an_edit_by_address_reads_the_events_files_of_sub_folders_and_nothing_else() {
    let case = Case::new()
        .file(
            "y2023/events.toml",
            "[[events]]\nid = \"summit\"\nname = \"Summit\"\ndate = \"2023-12\"\n",
        )
        .file(
            "y2023/r1.toml",
            "title = \"T\"\nbody = \"B\"\nadopted = 2023-07-31\n\n[[mandates]]\nid = \"a\"\n\
             actor = \"SG\"\nsummary = \"S\"\ndue = { before = \"summit\" }\n",
        )
        .file("other.toml", "title = \"broken\"\n");
    let case = case.args(&["mark-done", "r1/a"]);
    let run = case.run();
    run.ok();
    assert_eq!(run.stderr(), "");
    let case = case.args(&[
        "add",
        "r1",
        "--id",
        "b",
        "--actor",
        "A",
        "--summary",
        "S",
        "--due",
        "at summit",
    ]);
    let run = case.run();
    run.ok();
    assert_eq!(run.stderr(), "");
    assert!(case.read("y2023/r1.toml").contains("id = \"b\""));
}

/// An edit by full address parses only its own file, but a second file of the same name in
/// another sub-folder (a duplicate id) is still found and named.
#[test]
fn a_duplicate_resolution_file_in_another_sub_folder_is_named_by_an_edit() {
    let file = std::fs::read_to_string(bundled().join("cfm-ex-2023-desecration.toml")).unwrap();
    let case = Case::new()
        .file("2023/cfm-ex-2023-desecration.toml", &file)
        .file("2024/cfm-ex-2023-desecration.toml", &file)
        .file(
            "events.toml",
            std::fs::read(bundled().join("events.toml")).unwrap(),
        )
        .args(&["mark-done", "cfm-ex-2023-desecration/summit-report"]);
    let run = case.run();
    run.ok();
    assert_eq!(
        run.stderr(),
        "resolutions/2024/cfm-ex-2023-desecration.toml:1:1: error: duplicate resolution id \
         `cfm-ex-2023-desecration`: resolutions/2023/cfm-ex-2023-desecration.toml has the same file name\n"
    );
}
