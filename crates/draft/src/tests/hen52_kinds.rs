//! One composed text per kind the fix round on `held56` (helper `hen52`) fixed: sentences a
//! page runs together with no space after the stop ("yesterday.Meeting"), a directive
//! reiterated to a named body, a that-clause giving what a plan will include (its make-up,
//! no request), and a request cut after its first addressee where a page excerpt stops. None
//! is a sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn sentences_run_together_without_a_space_are_read_apart() {
    let text = "The Seed Board should widen the orchard plan, the Valley leaders said yesterday.Meeting at the 3rd summit of the Valley leaders in Hilltown, they said the talks were nearly over.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 Seed Board"]);
}

#[test]
fn a_quoted_sentence_run_on_after_a_stop_is_read_apart() {
    let text = "The Seed Board should widen the orchard plan, the Valley leaders said.“At the 3rd summit of the Valley leaders in Hilltown, the talks were nearly over,” their statement said.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 Seed Board"]);
}

#[test]
fn a_summit_dated_by_its_month_after_what_it_is_of_dates_the_request() {
    let text = "The Valley Summit reiterated its earlier directive to the Seed Council to finish the talks with a view to signing the orchard protocol at the 9th summit of the Valley leaders scheduled for May 2038.\n";
    assert_eq!(
        brief(text, "2037-10-02"),
        ["¶1 Seed Council due=at 2038-05 9th summit"]
    );
}

#[test]
fn a_directive_reiterated_to_a_named_body_asks_it() {
    let text = "The Valley Summit reiterated its earlier directive to the Seed Council to finish the talks on the orchard protocol.\n";
    assert_eq!(brief(text, "2037-10-02"), ["¶1 Seed Council"]);
}

#[test]
fn what_a_plan_will_include_is_its_make_up_not_a_request() {
    let text = "The Valley leaders also directed that the plan for the orchard union will include holding a third meeting of the Seed Council to finish the talks.\n";
    assert!(brief(text, "2037-10-02").is_empty());
}

#[test]
fn a_request_cut_after_its_first_addressee_asks_that_addressee() {
    let text = "1. The Group met in Hilltown.\n\n2. The Group requested the Member States, Valley seed instit";
    assert_eq!(brief(text, "2037-10-02"), ["¶2 Member States"]);
}
