//! One composed text per kind the fix round on `held42` (helper `hen35`) fixed: a report's
//! weekday between "called" and "for"; "as to" read as a preposition, not the infinitive of
//! a request; a member recording its objection whose call in the same sentence is its own;
//! a headline block with the page's date line under it restating the lede; "the need for
//! any <thing> to be <participle>" as a view. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_weekday_between_called_and_for_is_skipped() {
    assert_eq!(
        brief(CALLED_WEEKDAY_FOR, "2037-05-10"),
        ["¶1 All States", "¶2 Member states"]
    );
}

#[test]
fn as_to_does_not_open_the_action_of_a_request() {
    assert_eq!(brief(AS_TO, "2037-05-10"), ["¶2 Valley farmers"]);
}

#[test]
fn a_member_recording_its_objection_calls_for_itself() {
    assert_eq!(brief(OBJECTOR_CALLS, "2037-05-10"), ["¶1 All States"]);
}

#[test]
fn a_headline_over_a_date_line_restates_the_lede() {
    assert_eq!(brief(HEADLINE_DATE_LINE, "2037-05-10"), ["¶2 All States"]);
}

#[test]
fn the_need_for_any_thing_to_be_in_a_state_is_a_view() {
    assert_eq!(brief(ANY_THING_TO_BE, "2037-05-10"), ["¶1 All States"]);
}

const CALLED_WEEKDAY_FOR: &str = "Farm ministers of the Union of Orchard States called Friday for a common plan against the frost.\n\nThey urged the member states to share their seed stores with the valley.\n";

const AS_TO: &str = "The Orchard Board met on Friday in Northport.\n\nThe Board reaffirms the duty that all member unions have taken on, under the Orchard Charter, to promote and encourage universal care for and upkeep of wells and water rights for all, without distinction as to region, crop or creed. It urged the valley farmers to open their wells.\n";

const OBJECTOR_CALLS: &str = "The Orchard Council called for a common frost fund.\n\nRuritania reiterated its objection to any joint levy, and called for talks on the matter.\n";

const HEADLINE_DATE_LINE: &str = "Orchard summit text calls for common frost fund\nValley Times, , Friday 8 May 2037\n\n\nThe Orchard summit's final text calls for setting up a common frost fund to help the growers.\n";

const ANY_THING_TO_BE: &str = "The Orchard Council called for a common frost fund. It stressed the need for any levy to be based on the growers' consent.\n";
