//! `due`: open mandates with a deadline, earliest first, and its window filters.

use crate::support::*;

#[test]
fn the_summit_report_is_due_before_december() {
    let run = Case::bundled()
        .args(&["due", "--before", "2023-12-01"])
        .run();
    run.ok();
    snapshot(
        "due/the_summit_report_is_due_before_december",
        &run.stdout(),
    );
}

#[test]
fn nothing_due_before_the_window_opens() {
    let run = Case::bundled()
        .args(&["due", "--before", "2023-11-30"])
        .run();
    run.ok();
    assert_eq!(run.stdout(), "nothing due\n");
}

#[test]
fn open_deadlines_earliest_first_with_days_left() {
    let run = mixed().args(&["due"]).run();
    run.ok();
    snapshot(
        "due/open_deadlines_earliest_first_with_days_left",
        &run.stdout(),
    );
}

#[test]
fn after_keeps_windows_that_close_after_the_day() {
    let run = mixed()
        .args(&["due", "--after", "2024-06-30", "--format", "json"])
        .run();
    assert_eq!(ids(&run), ["hrc-2024-rapporteur/written-report"]);
    let run = mixed()
        .args(&["due", "--after", "2024-06-29", "--format", "json"])
        .run();
    assert_eq!(
        ids(&run),
        [
            "hrc-2024-rapporteur/oral-update",
            "hrc-2024-rapporteur/written-report"
        ]
    );
}

#[test]
fn before_and_after_together_give_a_range() {
    let run = mixed()
        .args(&[
            "due",
            "--after",
            "2023-12-31",
            "--before",
            "2024-07-01",
            "--format",
            "json",
        ])
        .run();
    assert_eq!(ids(&run), ["hrc-2024-rapporteur/oral-update"]);
}

#[test]
fn within_counts_from_today_and_keeps_the_overdue() {
    let run = mixed()
        .args(&[
            "--today",
            "2024-05-02",
            "due",
            "--within",
            "30",
            "--format",
            "json",
        ])
        .run();
    assert_eq!(
        ids(&run),
        [
            "cfm-2023-follow-up/media-guide",
            "hrc-2024-rapporteur/oral-update"
        ]
    );
    let run = mixed()
        .args(&[
            "--today",
            "2024-05-01",
            "due",
            "--within",
            "30",
            "--format",
            "json",
        ])
        .run();
    assert_eq!(ids(&run), ["cfm-2023-follow-up/media-guide"]);
}

#[test]
fn all_includes_done_and_dropped() {
    let run = mixed().args(&["due", "--all", "--format", "json"]).run();
    assert_eq!(
        ids(&run),
        [
            "cfm-2023-follow-up/late-brief",
            "cfm-2023-follow-up/media-guide",
            "hrc-2024-rapporteur/survey",
            "hrc-2024-rapporteur/oral-update",
            "hrc-2024-rapporteur/written-report",
            "cfm-2023-follow-up/observatory-report",
        ]
    );
}

#[test]
fn days_left_turn_negative_when_late() {
    let run = mixed()
        .args(&["--today", "2024-07-05", "due", "--format", "csv"])
        .run();
    let out = run.stdout();
    assert!(out.contains("hrc-2024-rapporteur/written-report"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("hrc-2024-rapporteur/written-report")
                && l.ends_with(",overdue,false,,-2,,,,resolutions/2024/hrc-2024-rapporteur.toml")),
        "{out}"
    );
}

#[test]
fn due_takes_the_listing_filters() {
    let run = mixed()
        .args(&["due", "--actor", "member", "--format", "json"])
        .run();
    assert_eq!(ids(&run), ["cfm-2023-follow-up/media-guide"]);
}
