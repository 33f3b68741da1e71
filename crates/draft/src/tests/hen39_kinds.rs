//! One composed text per kind the fix round on `held46` (helper `hen39`) fixed: a
//! conclusions' list whose item lost its closing semicolon, so the next item's verb went on
//! the item before it ("... in the context of the\ninvites the Treasury to report ...");
//! "asks for <work> to proceed on <a plan>", a call for an act that names nobody; "reiterated
//! the call to strengthen <coordination>", a call made anew with "the"; its doers named
//! after "by" by a plain plural ("by various partners including the Union of Valley States"),
//! not the group of states in an organisation's name. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_list_item_that_lost_its_semicolon_does_not_swallow_the_next_item() {
    assert_eq!(
        brief(LOST_SEMICOLON, "2031-03-14"),
        ["¶2 Valley mills", "¶2 Growers", "¶2 Treasury due=2031-06",]
    );
}

#[test]
fn a_wrapped_line_opening_with_a_verb_outside_a_list_still_runs_on() {
    assert_eq!(brief(NO_LIST, "2031-03-14"), ["¶2 Growers"]);
}

#[test]
fn asks_for_work_to_proceed_is_a_call_naming_nobody() {
    assert_eq!(brief(ASKS_FOR, "2031-03-14"), ["¶2 All States"]);
}

#[test]
fn reiterated_the_call_to_strengthen_is_a_call_made_anew() {
    assert_eq!(brief(THE_CALL_TO, "2031-03-14"), ["¶2 All States"]);
}

#[test]
fn doers_after_by_in_lower_case_are_not_an_organisations_states() {
    assert_eq!(brief(BY_PARTNERS, "2031-03-14"), ["¶2 Various partners"]);
}

const BY_PARTNERS: &str = "The Orchard Board met on 14 March 2031.\n\nThe Board called for the upkeep of the seed banks in the hills, by various partners including the Union of Valley States.\n";

const LOST_SEMICOLON: &str = "The Orchard Board met on 14 March 2031.\n\nThe Board reviewed the state of the seed banks, and:\ncalls on the valley mills to keep their gates open in the dry\nmonths;\ninvites the growers to bring forward their work on the spring fair, both in the hills and in the\ninvites the Treasury to report in June 2031 on the cost of the fair.\n";

const NO_LIST: &str = "The Orchard Board met on 14 March 2031.\n\nThe Board calls on the growers to keep a record of the seed that the fair\ninvites from the hills, in the dry months.\n";

const ASKS_FOR: &str = "The Orchard Board met on 14 March 2031.\n\nThe Board asks for work to proceed on the full set of plans for the seed banks.\n";

const THE_CALL_TO: &str = "The Orchard Board met on 14 March 2031.\n\nThe Board reiterated the call to strengthen the upkeep of the seed banks in the hills.\n";
