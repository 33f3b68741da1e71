//! One composed text per kind the fix round on `un35` (helper `hen13`) fixed: a
//! single-spaced page whose operative lines are bulleted after a preamble that ends in a
//! semicolon, a reporting period's days beside the start a recurring report is given, a
//! plan's span of years in brackets, and "considers it desirable that ..." (a view). None
//! is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn bulleted_operative_lines_after_a_preamble_ending_in_a_semicolon_are_paragraphs() {
    let text = "Twelfth session\nORC/RC12.R3\nOrchard Briefings\nThe Orchard Committee,\nRecalling resolution ORC/RC10.R2, which requested the Keeper to arrange briefings at its sessions;\nNoting the value of a thorough briefing by the host grower;\n- DECIDES to continue to hold briefings on orchard issues in conjunction with the Orchard Committee;\n- REQUESTS the Keeper:\n- (1) to continue to arrange briefings on orchard subjects for future sessions of the Orchard Committee;\n- (2) to explore the possibility of shortening the sessions of the Orchard Committee by half a day;\n- DECIDES that the subject of the briefings in 2039 shall be pruning.\n26 September 2037\n";
    assert_eq!(
        brief(text, "2037-09-26"),
        ["¶7 Orchard Committee", "¶8 Keeper", "¶8 Keeper"]
    );
}

#[test]
fn a_first_bullet_in_capitals_after_such_a_preamble_opens_the_operative_part() {
    let text = "The Orchard Committee,\nNoting the Keeper's aim to make sessions of the Orchard Committee shorter;\nRecognizing that the round table at its last session provided many insights for growers;\n- CONGRATULATES the Keeper on the arrangements at the round table;\n- DECIDES:\n- (1) to keep round tables as a standing agenda item at sessions of the Orchard Committee;\n- (2) to discontinue briefings with effect from the tenth session of the Orchard Committee;\n- REQUESTS the Keeper:\n- (1) to circulate the findings of the working group to members of the Orchard Committee;\n- AUTHORIZES the Miller to implement the recommendations of the working group.\n";
    assert_eq!(
        brief(text, "2037-01-01"),
        [
            "¶5 Orchard Committee",
            "¶5 Orchard Committee",
            "¶8 Keeper",
            "¶10 Miller"
        ]
    );
}

#[test]
fn a_bulleted_point_after_such_a_preamble_is_no_paragraph_number() {
    let text = "The Orchard Committee,\nRecalling resolution ORC/RC10.R2, in which the Keeper was requested to review the links between the orchards;\nHaving reviewed the report of the Keeper on the orchards;*\n- CONSIDERS that the request is fulfilled by the report and the inclusion on the agenda of the following items:\n- (1) the orchards in the light of their yields;\n- (2) the links between the orchards and the mills;\n- NOTES with satisfaction the growing links between the orchards;\n- REQUESTS the Keeper to keep reporting on the work done to strengthen such links.\n* ORC/RC12/3\n";
    assert_eq!(brief(text, "2037-01-01"), ["¶8 Keeper"]);
}

#[test]
fn a_reporting_period_is_no_deadline_beside_the_start_the_text_gives() {
    let text = "The Orchard Committee,\n\nHaving considered the report of the Keeper,\n\n1. NOTES the report;\n\n2. AUTHORIZES the Keeper to:\n\n(1) issue in even-numbered years, beginning in 2040, a short report on matters of the last year, from 1 July to 30 June;\n\n(2) issue in odd-numbered years, beginning in 2041, a full report on the work of the last two years, from 1 July to 30 June;\n";
    assert_eq!(
        brief(text, "2038-09-08"),
        ["¶2 Keeper due=2040", "¶2 Keeper due=2041"]
    );
    // The start alone: a report every two years is first due in the year it begins.
    let start = "The Orchard Committee,\n\nHaving considered the report of the Keeper,\n\n1. NOTES the report;\n\n2. AUTHORIZES the Keeper to issue in even-numbered years, beginning in 2040, a short report on the orchards;\n";
    assert_eq!(brief(start, "2038-09-08"), ["¶2 Keeper due=2040"]);
    // The period alone dates nothing; a start that is no recurrence's is no deadline.
    let period = "The Orchard Committee,\n\nHaving considered the report of the Keeper,\n\n1. NOTES the report;\n\n2. REQUESTS the Keeper to issue a report on the last year, from 1 July to 30 June;\n\n3. REQUESTS the Miller, beginning in 2039, to discontinue publishing a list of mills;\n";
    assert_eq!(brief(period, "2038-09-08"), ["¶2 Keeper", "¶3 Miller"]);
}

#[test]
fn a_plans_span_of_years_in_brackets_ends_in_its_last_year() {
    let text = "The Orchard Assembly,\n\n1. WELCOMES the plan;\n\n2. CALLS UPON all parties to speed up their work so as to reach concrete results within the timeframe of the First Orchard Plan (2038-2040);\n";
    assert_eq!(brief(text, "2038-02-03"), ["¶2 All parties due=2040"]);
}

#[test]
fn considers_it_desirable_that_is_a_view() {
    let text = "The Orchard Committee,\n\nHaving considered the report of the Keeper,\n\n1. CONSIDERS it desirable that the reports of the Keeper to the Committee should harmonize with those of the Miller to the Assembly;\n\n2. REQUESTS the Keeper to report.\n";
    assert_eq!(brief(text, "2038-09-08"), ["¶2 Keeper"]);
}

// The fix round on un36 (helper `hen13`).

#[test]
fn a_meeting_scheduled_for_ordinal_days_is_due_its_first_day() {
    let text = "The Orchard Assembly:\n\n1. TAKES NOTE of the Report;\n\n2. STRONGLY URGES the Orchard Summit meeting scheduled for 6th to 8th July 2038 in Glen to fully embrace the recommendations of the Report;\n";
    assert_eq!(
        brief(text, "2038-07-01"),
        ["¶2 Orchard Summit due=2038-07-06"]
    );
    // "to" between two days opens no infinitive: the action starts at "to fully embrace".
    let opts = crate::Options {
        adopted: Some("2038-07-01".parse().unwrap()),
        today: "2026-01-01".parse().unwrap(),
    };
    let d = crate::draft(text, &opts);
    assert!(
        d.mandates[0].summary.starts_with("Fully embrace"),
        "{}",
        d.mandates[0].summary
    );
}

#[test]
fn within_months_following_the_reception_of_a_notice_is_an_undated_act() {
    let text = "The Orchard Council:\n\n1. TAKES NOTE of the Report;\n\n2. INVITES Growers to send, within two months following the reception of the Keeper's notice, their views on the plan;\n";
    let got = brief(text, "2038-06-29");
    assert_eq!(got.len(), 1);
    // Due at the notice's reception, a happening the text does not date: not two months
    // after the adoption, and not undated.
    assert!(got[0].starts_with("¶2 Growers due=at "), "{got:?}");
    assert!(!got[0].contains("2038-08"), "{got:?}");
}

#[test]
fn a_delegation_with_a_comma_before_the_authority_asks_the_holder() {
    let text = "The Orchard Assembly,\n\n1. TAKES NOTE of the recommendations;\n\n2. DELEGATES to the Orchard Council, its authority to consider and adopt the Rules of the Assembly;\n";
    assert_eq!(brief(text, "2038-02-10"), ["¶2 Orchard Council"]);
}

#[test]
fn a_page_restarting_its_numbers_in_a_decision_in_capitals_is_counted_in_order() {
    let text = "Decision on the Orchard Rules\n\n\nThe Orchard Assembly,\n\n  1. RECALLS its decision on the rules;\n\n  2. TAKES NOTE of the recommendations of the Orchard Council;\n\n3- DELEGATES to the Orchard Council, its authority to consider and adopt the Rules during its 37th Ordinary Session in June/July 2039;\n\n  1. NOTES that this is a transitional period;\n\n  2. DECIDES to provide flexibility within the timeline for the elections;\n\n  3. REQUESTS the Keeper to do what is needed to meet later deadlines.\n";
    assert_eq!(
        brief(text, "2039-02-10"),
        [
            "¶3 Orchard Council due=at 2039-07",
            "¶5 Orchard Assembly",
            "¶6 Keeper"
        ]
    );
    // Items in lower case numbered afresh under "DECIDES to:" are its items.
    let items = "Decision on the Orchard Elections\n\n\nThe Orchard Assembly,\n\nHaving conducted the election of the Keeper,\n\n  1. DECIDES to:\n\n  1. suspend the vote for the Members of the Board;\n\n  2. establish an Ad-hoc Committee to address the next elections;\n\n  1. REQUESTS the Keeper to take the steps needed to carry out this Decision.\n";
    assert_eq!(
        brief(items, "2039-01-30"),
        ["¶1 Orchard Assembly", "¶1 Orchard Assembly", "¶2 Keeper"]
    );
}

#[test]
fn a_term_extended_until_the_next_session_gives_no_deadline() {
    let text = "The Orchard Assembly,\n\nHaving conducted the election of the Keeper,\n\n1. DECIDES to extend the term of office of the current Keeper until the next Ordinary Session of the Assembly;\n\n2. REQUESTS the Miller to report to the next Ordinary Session of the Assembly.\n";
    let got = brief(text, "2039-01-30");
    assert_eq!(got[0], "¶1 Orchard Assembly");
    assert!(got[1].starts_with("¶2 Miller due=at "), "{got:?}");
}

#[test]
fn a_recalled_decision_s_participle_after_its_symbol_asks_nothing() {
    let text = "The Orchard Assembly,\n\n1. RECALLS Decision Ext/Orchard/AU/Dec.1(XI) requesting the Keeper to align all relevant rules, in line with the Reform;\n\n2. REQUESTS the Miller to report.\n";
    assert_eq!(brief(text, "2039-01-01"), ["¶2 Miller"]);
}
