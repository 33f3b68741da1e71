//! One composed text per kind the fix round on `un28` (helper `hen6`) fixed: regional
//! committees' resolutions copied from old web pages. None is a sentence of a real text.

use crate::tests::un_kinds::brief;

#[test]
fn the_following_session_and_a_future_sessions_agenda_are_meetings_to_come() {
    let text = "The Board of Growers,\n\n1. ASKS the Keeper to propose to the Board a crop for review in the following session;\n\n2. ASKS the Keeper to place on the agenda of a future session a review of the Board’s seed rules;\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.contains(" due=")), "{got:?}");
    // "in" before an unordered session names none: "the views given in the tenth session".
    let past = "The Board of Growers,\n\n1. ASKS the Keeper to weigh the views given in the past session of the Board;\n";
    assert_eq!(brief(past, "2036-03-02"), ["¶1 Keeper"]);
}

#[test]
fn a_year_in_a_for_all_slogan_is_no_deadline() {
    let text = "The Board of Growers,\n\n1. ASKS the Panel, under its mandate to review strategies for seeds for all by the year 2040, to review ways of growing more;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Panel"]);
    // A plain "by the year" still dates the request.
    let dated = "The Board of Growers,\n\n1. ASKS the Panel to review ways of growing more by the year 2040;\n";
    assert_eq!(brief(dated, "2036-03-02"), ["¶1 Panel due=2040"]);
}

#[test]
fn an_asterisked_document_symbol_after_the_items_is_a_footnote() {
    let text = "The Board of Growers,\n\n1. APPROVES the seed list;\n\n2. ASKS the Keeper:\n    (1) to keep the seed list;\n    (2) to propose a crop for review.\n\n* BG/RC7/2\n\n11 September 2036\n";
    assert_eq!(brief(text, "2036-09-11"), ["¶2 Keeper", "¶2 Keeper"]);
}

#[test]
fn a_request_the_page_cuts_inside_its_addressee_asks_that_addressee() {
    let text = "The Board of Growers,\n\n1. ENDORSES the seed list;\n\n2. REQUESTS the Panel of the Board on Seeds and Technical";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Panel of the Board on Seeds and Technical"]
    );
    // A heading's "Proposed ..." cut at its line's end names no one.
    let heading =
        "The Board of Growers,\n\nProposed budget of the Seed Bank\n\n1. ENDORSES the seed list;\n";
    assert!(brief(heading, "2036-03-02").is_empty());
}
