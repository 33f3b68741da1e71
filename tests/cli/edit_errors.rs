//! The error path of every editing command: the exact message, the exit code, and a folder
//! left byte for byte as it was.

use crate::support::*;

/// The folder every case starts from.
const CLAP_HINT: &str = "\n\nFor more information, try '--help'.\n";

#[test]
fn every_editing_command_fails_with_a_message_that_says_what_to_type() {
    let cases: &[(&[&str], i32, &str)] = &[
        // Unknown ids, with a did-you-mean.
        (
            &["start", "legal-acton"],
            1,
            "error: no mandate `legal-acton`; did you mean `legal-action`?\n",
        ),
        (
            &["reopen", "cfm-2023-test/rapporter"],
            1,
            "error: no mandate `cfm-2023-test/rapporter`; did you mean `cfm-2023-test/rapporteur`?\n",
        ),
        (
            &["drop", "delegatoin", "--reason", "x"],
            1,
            "error: no mandate `delegatoin`; did you mean `delegation`?\n",
        ),
        (
            &["note", "reprot", "x"],
            1,
            "error: no mandate `reprot`; did you mean `report`?\n",
        ),
        (
            &["mark-done", "legal-acton"],
            1,
            "error: no mandate `legal-acton`; did you mean `legal-action`?\n",
        ),
        (
            &[
                "add",
                "cfm-2023-tst",
                "--id",
                "x",
                "--actor",
                "A",
                "--summary",
                "S",
            ],
            1,
            "error: no resolution `cfm-2023-tst`; did you mean `cfm-2023-test`?\n",
        ),
        // Unknown events.
        (
            &["reschedule", "sumit", "2024-05-04"],
            1,
            "error: no event `sumit`; did you mean `summit`?\n",
        ),
        (
            &["reschedule", "congress", "2024-05-04"],
            1,
            "error: no event `congress`; known events: summit, report-meeting\n",
        ),
        (
            &[
                "add",
                "cfm-2023-test",
                "--id",
                "x",
                "--actor",
                "A",
                "--summary",
                "S",
                "--due",
                "before sumit",
            ],
            1,
            "error: no event `sumit`; did you mean `summit`?\n",
        ),
        // Invalid dates: clap's usage errors, exit 2.
        (
            &["note", "legal-action", "x", "--on", "2023-02-30"],
            2,
            "error: invalid value '2023-02-30' for '--on <DATE>': `2023-02-30` does not exist in the calendar",
        ),
        (
            &["start", "report", "--on", "2023-13-01"],
            2,
            "error: invalid value '2023-13-01' for '--on <DATE>': `2023-13-01` does not exist in the calendar",
        ),
        (
            &["reopen", "rapporteur", "--on", "2024-1-5"],
            2,
            "error: invalid value '2024-1-5' for '--on <DATE>': `2024-1-5` is not a date: write YYYY-MM-DD",
        ),
        (
            &["drop", "report", "--reason", "x", "--on", "2023-06"],
            2,
            "error: invalid value '2023-06' for '--on <DATE>': `2023-06` is not a day: write YYYY-MM-DD",
        ),
        (
            &["mark-done", "report", "--on", "2023-11-31"],
            2,
            "error: invalid value '2023-11-31' for '--on <DATE>': `2023-11-31` does not exist in the calendar",
        ),
        (
            &["reschedule", "summit", "2024-02-30"],
            2,
            "error: invalid value '2024-02-30' for '<DATE>': `2024-02-30` does not exist in the calendar",
        ),
        (
            &["reschedule", "summit", "2024-05-04T10:00"],
            2,
            "error: invalid value '2024-05-04T10:00' for '<DATE>': `2024-05-04T10:00` has a time of day; write the day only, as YYYY-MM-DD",
        ),
        (
            &[
                "add",
                "cfm-2023-test",
                "--id",
                "x",
                "--actor",
                "A",
                "--summary",
                "S",
                "--due",
                "2024-02-30",
            ],
            2,
            "error: invalid value '2024-02-30' for '--due <DEADLINE>': `2024-02-30` does not exist in the calendar",
        ),
        (
            &[
                "new",
                "r2",
                "--title",
                "t",
                "--body",
                "b",
                "--adopted",
                "2023-02-29",
            ],
            2,
            "error: invalid value '2023-02-29' for '--adopted <DATE>': `2023-02-29` does not exist in the calendar",
        ),
        // States that forbid the move.
        (
            &["start", "rapporteur"],
            1,
            "error: `cfm-2023-test/rapporteur` is done; `oic-track reopen cfm-2023-test/rapporteur` first, then start it\n",
        ),
        (
            &["drop", "rapporteur", "--reason", "x"],
            1,
            "error: `cfm-2023-test/rapporteur` is done; `oic-track reopen cfm-2023-test/rapporteur` first, then drop it\n",
        ),
        // Bad new ids and clashes.
        (
            &[
                "add",
                "cfm-2023-test",
                "--id",
                "report",
                "--actor",
                "A",
                "--summary",
                "S",
            ],
            1,
            "error: `cfm-2023-test/report` already exists; choose another --id, or edit that mandate\n",
        ),
        (
            &[
                "add",
                "cfm-2023-test",
                "--id",
                "Bad Id",
                "--actor",
                "A",
                "--summary",
                "S",
            ],
            1,
            "error: `Bad Id` is not a valid mandate id (lowercase ASCII letters, digits and `-`); try `bad-id`\n",
        ),
        (
            &[
                "new",
                "cfm-2023-test",
                "--title",
                "t",
                "--body",
                "b",
                "--adopted",
                "2023-01-01",
            ],
            1,
            "error: resolution `cfm-2023-test` already exists: `resolutions/cfm-2023-test.toml`; add mandates to it with `oic-track add cfm-2023-test ...`\n",
        ),
        (
            &[
                "new",
                "Res 2",
                "--title",
                "t",
                "--body",
                "b",
                "--adopted",
                "2023-01-01",
            ],
            1,
            "error: `Res 2` is not a valid resolution id (lowercase ASCII letters, digits and `-`); try `res-2`\n",
        ),
        // Empty text.
        (
            &["note", "report", " "],
            1,
            "error: the note is empty; write what happened, e.g. oic-track note ID \"Met the EU delegation\"\n",
        ),
        (
            &["drop", "report", "--reason", ""],
            1,
            "error: --reason is empty; say why the mandate is dropped, e.g. --reason \"superseded by ...\"\n",
        ),
    ];
    let before = tree(&edit_folder().dir());
    for (args, code, stderr) in cases {
        let case = edit_folder().args(args);
        let run = case.run();
        let want = if *code == 2 {
            format!("{stderr}{CLAP_HINT}")
        } else {
            stderr.to_string()
        };
        assert_eq!(
            (run.code(), run.stderr(), run.stdout()),
            (*code, want, String::new()),
            "oic-track {}",
            args.join(" ")
        );
        assert!(
            tree(&case.dir()) == before,
            "oic-track {} changed the folder",
            args.join(" ")
        );
    }
}

#[test]
fn a_dropped_mandate_is_reopened_before_it_is_marked_done() {
    let case = edit_folder().args(&[
        "drop",
        "report",
        "--reason",
        "superseded",
        "--on",
        "2023-09-01",
    ]);
    case.run().ok();
    let run = case.args(&["mark-done", "report"]).run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: `cfm-2023-test/report` is dropped; `oic-track reopen cfm-2023-test/report` first, then mark it done\n"
    );
}

#[test]
fn a_file_with_errors_is_never_edited() {
    let case = edit_folder().file("cfm-2023-test.toml", "title = \"t\"\nbody = \"b\"\nadopted = 2023-07-31\n\n[[mandates]]\nid = \"a\"\nactor = \"x\"\nsummary = \"s\"\nstatus = \"finished\"\n");
    let before = tree(&case.dir());
    let case = case.args(&["note", "cfm-2023-test/a", "x"]);
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr().ends_with("error: `resolutions/cfm-2023-test.toml` did not load (see above), so it is not edited; run `oic-track check` to see why\n"),
        "{}",
        run.stderr()
    );
    assert!(tree(&case.dir()) == before);
}

#[test]
fn an_event_id_two_resolutions_define_must_be_named_in_full() {
    let case = Case::new()
        .copy_dir(
            &fixtures().join("edit/reschedule-addressed/in"),
            "resolutions",
        )
        .args(&["reschedule", "report-meeting", "2024-01"]);
    let before = tree(&case.dir());
    let run = case.run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: `report-meeting` names 2 events, each a resolution's own; type one of these in full:\n  cfm-2023-other/report-meeting\n  cfm-2023-test/report-meeting\n"
    );
    assert!(tree(&case.dir()) == before);
}
