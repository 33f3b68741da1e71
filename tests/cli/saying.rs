//! Messages that say it right (issue 16, item 18): each OS error once, a correct help for
//! a file named like the events file, one suggestion whatever a name's Unicode form, and
//! a reschedule report that is what the file records.

use crate::support::{Case, edit_folder};

#[test]
fn an_os_error_is_printed_once() {
    let run = edit_folder().args(&["report", "-o", "x.md/"]).run();
    run.expect_code(1);
    let err = run.stderr();
    assert_eq!(err.matches("(os error").count(), 1, "{err}");
}

#[test]
fn events_toml_in_capitals_is_not_told_to_become_the_events_file() {
    let run = Case::new()
        .file(
            "Events.toml",
            "[[events]]\nid = \"s\"\nname = \"S\"\ndate = 2024-01-01\n",
        )
        .args(&["check"])
        .run();
    run.expect_code(1);
    let err = run.stderr();
    assert!(!err.contains("rename the file to `events.toml`"), "{err}");
    assert!(
        err.contains("if it is a resolution, give it another id, such as `events-1.toml`"),
        "{err}"
    );
}

#[test]
fn a_name_composed_or_decomposed_gets_one_suggestion() {
    let composed = "R\u{e9}solution-\u{c9}t\u{e9}";
    let decomposed = "Re\u{301}solution-E\u{301}te\u{301}";
    for name in [composed, decomposed] {
        let run = Case::new()
            .file(&format!("{name}.toml"), "title = \"T\"\n")
            .args(&["check"])
            .run();
        let err = run.stderr();
        assert!(
            err.contains("help: rename the file to `resolution-ete.toml`"),
            "{name:?}: {err}"
        );
    }
    let new = Case::new()
        .args(&[
            "new",
            decomposed,
            "--title",
            "T",
            "--body",
            "B",
            "--adopted",
            "2023-01-01",
        ])
        .run();
    assert!(
        new.stderr().contains("try `resolution-ete`"),
        "{}",
        new.stderr()
    );
}

/// Another reschedule moves the event while this one waits for the lock: what this one
/// prints as OLD is the date the file held under the lock, the one its history records.
#[test]
fn reschedule_reports_the_date_the_file_held_under_the_lock() {
    let case = edit_folder();
    let events = case.dir().join("events.toml");
    let held = std::fs::File::open(&events).unwrap();
    held.lock().unwrap();
    let child = case
        .command()
        .args(["reschedule", "summit", "2024-03", "--on", "2023-09-01"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Time for the child to read the folder and reach the lock.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let text = std::fs::read_to_string(&events).unwrap();
    std::fs::write(
        &events,
        text.replace("date = \"2023-12\"", "date = \"2024-02\""),
    )
    .unwrap();
    held.unlock().unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("summit: 2024-02 → 2024-03"), "{stdout}");
    let now = std::fs::read_to_string(&events).unwrap();
    assert!(
        now.contains("2024-02"),
        "the history keeps the date it held:\n{now}"
    );
}
