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
