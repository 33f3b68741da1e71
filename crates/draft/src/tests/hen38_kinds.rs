//! One composed text per kind the fix round on `held45` (helper `hen38`) fixed, with the
//! `held44` kinds left open by the measure-only round before it: a page's top block of short
//! header lines (a record number, a dated line, a label; or a date with its other calendar,
//! the weather and a temperature) read as one paragraph; "called for obliging X to <act>"
//! drafted as a call to all; a news lede restating a call the page quotes below (under a
//! byline, or in a third of its words); a meeting "requested by" / "called for by" a member
//! drafted as a request; an acronym as the subject of the body's own act; "urged X to
//! "commit to Y"" cut at its quoted infinitive; a request in the relative clause of the
//! decision a report says the call "came within"; a quoted relative clause after an
//! addressee ("countries "that ..."") read as more addressees; "He called on X to" in a
//! report that names no speaker (a translation's pronoun for the body). None is a sentence
//! of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_top_block_of_short_header_lines_is_a_paragraph_a_line() {
    assert_eq!(brief(RECORD_HEADER, "2032-03-08"), ["¶6 Hill growers"]);
    assert_eq!(brief(WEATHER_HEADER, "2032-05-12"), ["¶4 All States"]);
}

#[test]
fn a_call_for_obliging_x_to_act_asks_x() {
    assert_eq!(brief(OBLIGING, "2032-03-08"), ["¶2 River mills"]);
}

#[test]
fn a_lede_under_a_byline_restating_a_quoted_call_is_not_drafted_again() {
    assert_eq!(
        brief(LEDE_UNDER_BYLINE, "2032-03-08"),
        ["¶4 Growers due=At { anchor: Adoption, days: 10 }"]
    );
}

#[test]
fn a_lede_sharing_a_third_of_its_words_with_the_quoted_call_is_not_drafted_again() {
    assert_eq!(brief(LEDE_GIST, "2032-03-05"), ["¶3 River Council"]);
}

#[test]
fn a_meeting_requested_by_a_member_asks_nothing() {
    assert_eq!(brief(MEETING_ASKED, "2032-03-08"), ["¶3 Mills"]);
}

#[test]
fn an_acronym_as_the_subject_of_the_bodys_own_act_names_it() {
    assert_eq!(brief(ACRONYM_ACTS, "2032-03-08"), ["¶2 OGB"]);
}

#[test]
fn a_quoted_infinitive_after_urged_x_to_is_the_request_not_a_commitment() {
    assert_eq!(brief(QUOTED_INFINITIVE, "2032-03-08"), ["¶2 Growers"]);
}

const RECORD_HEADER: &str = "REF :\n5512\nTue, 03/09/2032 - 10:15\nWriter :\n\nOrchard board backs a call for a seed fair\n\nNORTHPORT, 9th March 2032 (ONA) --- The Orchard Board on Monday urged the hill growers to open their seed stores to the valley farms.\n";

const WEATHER_HEADER: &str = "Friday, May 14, 2032 | Rajab 2, 1453 H\nlight rain\n18°C / 12°C\n\nOrchard board calls for end to seed theft\n\nThe Orchard Board met on Wednesday in Northport on the spring harvest.\n";

const OBLIGING: &str = "The Orchard Board met on Monday.\n\nThe board called for obliging the river mills \"to release the water they hold back and to repair the gates.\"\n";

const LEDE_UNDER_BYLINE: &str = "By Jane Roe\nThe Orchard Board has urged the rival growers in the valley to \"share their seed within ten days\" to save the harvest.\nThe board met in Northport on Friday.\nThe board has \"called upon the growers to share their seed within ten days,\" its statement said.\n";

const LEDE_GIST: &str = " date 2032-03-05 The Orchard Board called Friday on the River Council to issue a \"binding\" ruling for stopping the drain on the upper wells.\n\nThe call came after an urgent meeting of the board.\n\nA ruling of the board called on the River Council \"to meet its duties to the growers, and to take a binding ruling to stop the drain of the wells by the mills.\"\n";

const MEETING_ASKED: &str = "The Orchard Board met on Monday.\n\nThe meeting was requested by the hill growers and is backed by the valley farms.\n\nIn the session called for by the river mills, the board urged the mills to repair the gates.\n";

const ACRONYM_ACTS: &str = "Talks on the seed trade ended on Friday in Northport.\n\nAfter that, OGB resolved to hold a seed fair in the spring.\n";

const QUOTED_INFINITIVE: &str = "The Orchard Board met on Monday.\n\nThe board urged the growers to \"commit to the seed plan and the water plan.\"\n";

#[test]
fn a_request_in_the_relative_clause_of_the_decision_a_report_says_it_came_in_is_drafted() {
    assert_eq!(
        brief(CAME_IN_DECISION, "2032-03-08"),
        ["¶2 Seed group in Northport"]
    );
}

const CAME_IN_DECISION: &str = "The Orchard Board met on Monday.\n\nThis came in a decision taken by the board at its spring session, which tasked the seed group in Northport with drawing up a plan for the stores.\n";

#[test]
fn a_quoted_relative_clause_after_an_addressee_is_no_addressee() {
    assert_eq!(brief(QUOTED_RELATIVE, "2032-03-08"), ["¶2 Mills | Growers"]);
}

const QUOTED_RELATIVE: &str = "The Orchard Board met on Monday.\n\nIt also urged the mills and growers \"that keep double books and back the drain on the wells, to follow rules fit for all.\"\n";

#[test]
fn a_pronoun_call_in_a_report_naming_no_speaker_is_the_bodys() {
    assert_eq!(brief(PRONOUN_NO_SPEAKER, "2032-03-08"), ["¶3 River mills"]);
    assert!(brief(PRONOUN_SPEAKER, "2032-03-08").is_empty());
}

const PRONOUN_NO_SPEAKER: &str = "The Orchard Board met on Monday.\n\nThe board warned against the drain on the wells.\n\nHe called on the river mills to repair the gates before the floods.\n";

const PRONOUN_SPEAKER: &str = "The Orchard Board met on Monday.\n\nThe chairman said the board warned against the drain on the wells.\n\nHe called on the river mills to repair the gates before the floods.\n";
