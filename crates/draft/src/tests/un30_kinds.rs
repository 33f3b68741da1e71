//! One composed text per kind the fix round on `un30` (helper `hen9`) fixed: records of
//! decisions of a governing body that date its sessions by month in brackets. None is a
//! sentence of a real text.

use crate::tests::brief::{Brief, named_dated};

/// Meetings by name and date, so a month and a year read apart.
fn brief(item: &str) -> Vec<String> {
    let text = format!(
        "Decision on the seed rules\n\nThe Board of Growers:\n\n(a) took note of the paper;\n\n(b) {item}\n"
    );
    named_dated(&text, "2036-06-10")
}

#[test]
fn a_session_dated_by_month_in_brackets_is_due_that_month() {
    assert_eq!(
        brief(
            "requested the Keeper to report to its 412th Session (November 2036) on the seed rules."
        ),
        ["¶2 Keeper due=at 412th session of the Board of Growers 2036-11"]
    );
    // The bracket after the body's name: "the 413th Session of the Board of Growers (March 2037)".
    assert_eq!(
        brief(
            "requested the Keeper to submit a paper for review at the 413th Session of the Board of Growers (March 2037)."
        ),
        ["¶2 Keeper due=at 413th session of the Board of Growers 2037-03"]
    );
}

#[test]
fn a_rank_dated_before_its_noun_is_that_session() {
    assert_eq!(
        brief("requested the Keeper to prepare for its 413th (March 2037) Session a plan of work."),
        ["¶2 Keeper due=at 413th session of the Board of Growers 2037-03"]
    );
}

#[test]
fn between_two_sessions_is_by_the_later() {
    assert_eq!(
        brief(
            "requested the Keeper to hold talks in the interval between the 412th (November 2036) and 413th (March 2037) Sessions of the Board."
        ),
        ["¶2 Keeper due=at 413th session of the Board of Growers 2037-03"]
    );
    // Both of the past: no deadline.
    assert_eq!(
        brief(
            "requested the Keeper to publish the talks held between the 410th (November 2035) and 411th (March 2036) Sessions."
        ),
        ["¶2 Keeper"]
    );
}

#[test]
fn future_sessions_of_a_named_body_are_sessions_to_come() {
    let got =
        brief("requested the Keeper to report at future Board of Growers sessions on the harvest.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains(" due=at Future session"), "{got:?}");
    // No body named: where a thing is done, not when.
    assert_eq!(
        brief(
            "requested the Keeper to hold a dialogue with growers at future meetings related to the seed rules."
        ),
        ["¶2 Keeper"]
    );
}

#[test]
fn the_session_a_report_is_about_is_not_the_one_it_is_due_at() {
    assert_eq!(
        brief(
            "requested the Keeper to give an update on arrangements for the 2037 session of the Assembly at the 413th Session (March 2037) of the Board."
        ),
        ["¶2 Keeper due=at 413th session of the Board of Growers 2037-03"]
    );
    // The word that ends the first session's body opens the next: the next is still read.
    assert_eq!(
        brief(
            "requested the Keeper to give an update on arrangements for the 2037 session of the Assembly at the 413th Session of the Board."
        ),
        ["¶2 Keeper due=at 413th session of the Board of Growers 2037"]
    );
}

#[test]
fn a_ranked_session_the_paragraph_dates_in_brackets_is_that_year() {
    assert_eq!(
        brief(
            "having seen the plan for the 414th Session (2038) of the Assembly, proposed to the Assembly to adopt the plan at its 414th Session."
        ),
        // "its" is the Assembly's, whom the request addresses (as the paragraph says: "the
        // 414th Session (2038) of the Assembly").
        ["¶2 Assembly due=at 414th session of the Assembly 2038"]
    );
}

#[test]
fn lettered_items_on_blocks_of_their_own_take_places_in_a_record() {
    // A record numbers none of its blocks: the items "(a)" to "(c)" each take a place, so
    // the request after them is the sixth block, not the fourth.
    let text = "Decision on the seed rules\n\nThe Board of Growers:\n\n(a) took note of the paper;\n\n(b) requested the Keeper to keep the seed list; and\n\n(c) endorsed the plan.\n\nThe Board requested the Keeper to publish the seed list.\n";
    assert_eq!(
        Brief::default().of(text, "2036-06-10"),
        ["¶2 Keeper", "¶6 Keeper"]
    );
    // Bullets under a headline are no places of their own.
    let bullets = "Growers meet\n* Seeds for all * Rules for all\n\nThe Board requested the Keeper to publish the seed list.\n";
    assert_eq!(Brief::default().of(bullets, "2036-06-10"), ["¶2 Keeper"]);
}
