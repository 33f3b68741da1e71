//! One composed text per kind the fix round on `un31` (helper `hen9`) fixed: records of
//! decisions, convention decisions and regional committee resolutions copied from web pages.
//! None is a sentence of a real text.

use crate::tests::brief::{Brief, named_dated as brief};

#[test]
fn the_said_session_is_the_one_the_clause_dated() {
    let text = "Decision on the seed rules\n\nThe Board of Growers:\n\n(a) took note of the paper;\n\n(b) decided to review the seed rules at its 420th Session (November 2038), and request the Seed Panel to list this matter for the said session.\n";
    assert_eq!(
        brief(text, "2036-06-10"),
        [
            "¶2 Board of Growers due=at 420th session of the Board of Growers 2038-11",
            "¶2 Seed Panel due=at 420th session of the Board of Growers 2038-11"
        ]
    );
}

#[test]
fn an_organ_alone_with_a_colon_over_its_decisions_is_the_body() {
    let text = "Decision on the seed rules\n\nThe Board of Growers:\n\n(a) took note of the paper;\n\n(b) decided to discuss the seed rules at a later session.\n";
    let got = brief(text, "2036-06-10");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Board of Growers due="), "{got:?}");
    // People with a colon ("The Growers:") are no organ: the body stays unnamed.
    let people = "Decision on the seed rules\n\nThe Growers:\n\n(a) took note of the paper;\n\n(b) decided to discuss the seed rules at a later session.\n";
    let got = brief(people, "2036-06-10");
    assert!(!got.iter().any(|g| g.contains("Growers due")), "{got:?}");
}

#[test]
fn a_condition_before_a_passive_decision_asks_nobody() {
    let text = "Decision on the seed rules\n\nThe Board of Growers:\n\n(a) decided that where earlier decisions of the Board have given tasks to its panels, the tasks will be carried out by the Seed Panel;\n\n(b) requested the Keeper to publish the seed list.\n";
    assert_eq!(brief(text, "2036-06-10"), ["¶2 Keeper"]);
}

#[test]
fn joined_decision_numbers_head_the_page_and_number_no_paragraph() {
    let text = "21.10 & 21.11 Seed Trade Report\n\nThe Secretariat shall:\n\na) issue a notice to the Parties on the seed report; and\n\nb) report to the Standing Committee on the answers.\n";
    assert_eq!(
        brief(text, "2036-06-10"),
        ["¶2 Secretariat", "¶2 Secretariat"]
    );
}

#[test]
fn bracketed_points_under_a_preambular_chapeau_are_the_preamble() {
    // "(1)" / "(a)" / "(2)" lines in one block under "Having considered:" are that
    // paragraph's points: no numbered paragraph, no request read in "(b)", and the block
    // is one place.
    let text = "The Board of Growers,\n\nHaving considered:\n\n(1) the changes in the seed cycle, as shown by:\n(a) a seed plan that will come into being in due course;\n(b) the advice of the Panel which considered that the Keeper should publish a report;\n(2) the saving of costs;\n\nREQUESTS the Keeper to report on the seed cycle.\n";
    assert_eq!(brief(text, "2036-06-10"), ["¶4 Keeper"]);
}

#[test]
fn an_elided_opening_before_a_number_and_a_label_over_the_body_line() {
    let text = "Share page\n\nFull text\nThe Board of Growers,\n[...] 1. Takes note of the seed report;\n2. Requests the Keeper to publish the seed list;\n3. Decides to review the seed list at its third meeting;\n";
    assert_eq!(
        brief(text, "2036-06-10"),
        [
            "¶2 Keeper",
            "¶3 Board of Growers due=at 3rd meeting of the Board of Growers 2037"
        ]
    );
}

#[test]
fn deciding_whether_a_group_should_continue_is_no_obligation_of_the_group() {
    let text = "The Board of Growers,\n\n1. Requests the seed working group to report at its third meeting;\n\n2. Decides to review the progress of the seed working group and to decide whether or not the seed group should carry on;\n";
    assert_eq!(
        brief(text, "2036-06-10"),
        [
            "¶1 Seed working group due=at 3rd meeting of the Board of Growers 2037",
            "¶2 Board of Growers"
        ]
    );
}

#[test]
fn a_formal_resolution_agreeing_to_act_asks_nothing() {
    let text = "The Board of Growers,\n\n1. Agrees to complete the seed review at its fourth meeting;\n\n2. Requests the Keeper to publish the seed list;\n";
    assert_eq!(brief(text, "2036-06-10"), ["¶2 Keeper"]);
}

#[test]
fn bracketed_points_under_a_bulleted_chapeau_are_its_items() {
    // A page that bullets its operative paragraphs after the preamble's comma: "- (a)" under
    // "- REQUESTS the Keeper:" is that request's item, each line a place.
    let text = "The Board of Growers,\nNoting the seed report;\nBelieving that the seed list can be improved,\n- DECIDES that seed days will be held each year;\n- REQUESTS the Keeper:\n- (a) to select the seeds;\n- (b) to arrange the first seed day at the fourth session of the Board of Growers in 2038.\n";
    assert_eq!(
        Brief::default().of(text, "2036-06-10"),
        ["¶5 Keeper", "¶5 Keeper due=at 2038"]
    );
}
