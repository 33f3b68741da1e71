//! One composed text per kind the fix round on `un41` (helper `hen22`) fixed: a decision
//! written as its infinitive ("To request X to ..."); a single-spaced page's label lines
//! ("40.12", "decision_n40") and items lettered "a)" inline; a panel's name with its own
//! "and"; items in the indicative after "requests that <a thing>:"; the objects of a bare
//! infinitive ("to prepare and publish:"); a provision quoted after "which stipulates
//! that"; a meeting where a thing was adopted "by X"; and "before the end of the calendar
//! year D". None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_decision_written_as_its_infinitive_requests() {
    let text = "Decision XL/7: Review of the orchard panel\nNoting that the orchard panel has helped the growers reach informed decisions,\nRecalling decision XX/3, on the panel's membership,\n- To request the Orchard Secretariat to prepare a note in consultation with the panel, for the Working Group at its fifty-first meeting;\n";
    let got = brief(text, "2038-11-09");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("¶4 Orchard Secretariat due=at "),
        "{got:?}"
    );
    // "To request that X prepare ..." after the title alone asks X too.
    let that = "Decision Ex.V/2: Report by the panel on carts\nTo request that the Orchard Panel prepare a report for consideration by the Forty-Second Meeting of the Growers containing an assessment of the costs of carts.\n";
    let got = brief(that, "2038-07-23");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Orchard Panel due=at "), "{got:?}");
    // "To note ..." stays a view.
    let note = "Decision XL/8: Carts\nTo note with appreciation the work of the Orchard Panel.\n";
    assert!(brief(note, "2038-11-09").is_empty());
}

#[test]
fn label_lines_stand_alone_and_items_lettered_inline_without_a_bracket_split() {
    let text = "Decisions 40.12 to 40.14 - Status of Orchard Birds\ndecision_n40\n40.12\nThe Keeper, subject to the availability of resources, is requested to: a) widen the survey of orchard birds, working with the Council; b) start a check of the numbers of each listed bird; c) assess how netting affects listed birds; d) tell the Council how far this Decision has been carried out.\n40.13\nParties and growers' associations are encouraged to provide financial support to the Keeper.\n40.14\nThe Orchard Council is requested to review the list of birds.\n";
    assert_eq!(
        brief(text, "2038-02-22"),
        [
            "¶4 Keeper",
            "¶4 Keeper",
            "¶4 Keeper",
            "¶4 Keeper",
            "¶6 Parties | Growers' associations",
            "¶8 Orchard Council"
        ]
    );
}

#[test]
fn a_panel_named_with_its_own_and_is_one_actor() {
    let text = "The Orchard Meeting,\n\n1. Requests the Seeds and Carts Assessment Panel to prepare a report;\n\n2. Requests that the Soil and Water Review Panel prepare a note;\n";
    assert_eq!(
        brief(text, "2038-02-22"),
        [
            "¶1 Seeds and Carts Assessment Panel",
            "¶2 Soil and Water Review Panel"
        ]
    );
}

#[test]
fn indicative_items_after_requests_that_a_thing_ask_nobody() {
    let text = "The Orchard Assembly,\n\n1. Requests the Director to develop a tracking mechanism, in consultation with the members;\n\n2. Requests that the tracking mechanism:\n\n(a) Builds on existing formats of reporting;\n\n(b) Provides an inventory of the carts via a webpage;\n\n(c) Identifies links between each cart and\n";
    assert_eq!(brief(text, "2038-03-15"), ["¶1 Director"]);
}

#[test]
fn the_objects_of_a_bare_infinitive_are_one_request() {
    let text = "The Orchard Conference,\n\n1. Requests the Keeper to assist growers;\n\n2. Also requests the Keeper to prepare and publish:\n\n(a) For each of the years 2036-2038, an annual compilation based on the growers' returns;\n\n(b) For the triennium 2036-2038 and for each triennium thereafter, a summary of the carts weighed;\n\n(c) For the triennium 2036-2038, a fact sheet for each grower;\n\n3. Further requests the Keeper:\n\n(a) To weigh the carts;\n\n(b) To count the seeds;\n";
    assert_eq!(
        brief(text, "2038-10-21"),
        ["¶1 Keeper", "¶2 Keeper", "¶3 Keeper", "¶3 Keeper"]
    );
}

#[test]
fn a_provision_quoted_after_which_stipulates_asks_nothing() {
    let text = "Decisions Adopted by the Second Meeting of the Growers on 25 March 2038\n\nDecision II/1\n\nThe Conference,\n\nHaving considered the report of the Working Group,\n\n1. Requests the Keeper to send the report to all growers;\n\nDecision II/2\n\nThe Conference,\n\nArticle 14, paragraph 2, of the Orchard Code, which stipulates that \"the Parties shall consider creating a fund that would help for a time after storms to limit the harm from accidents ari\n";
    assert_eq!(brief(text, "2038-03-25"), ["¶1 Keeper"]);
}

#[test]
fn a_meeting_where_a_thing_was_adopted_by_a_body_dates_nothing() {
    let text = "The Orchard Conference,\n\n1. Urges growers that have not yet done so to send to the Keeper their returns for the year 2036, as soon as possible, using the form adopted by the Conference of the Growers at its sixth meeting;\n\n2. Requests the Keeper to report to the Conference at its tenth meeting;\n";
    let got = brief(text, "2038-10-21");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], "¶1 Growers");
    assert!(got[1].starts_with("¶2 Keeper due=at "), "{got:?}");
}

#[test]
fn before_the_end_of_the_calendar_year_d_is_its_last_day() {
    let text = "The Orchard Conference,\n\n1. Requests that such returns be provided by growers to the Keeper for the calendar year 2037 before the end of the calendar year 2038, in electronic form;\n";
    assert_eq!(brief(text, "2038-02-22"), ["¶1 Growers due=2038-12-31"]);
}
