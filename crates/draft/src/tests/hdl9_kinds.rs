//! One composed text per kind helper `hdl9` fixed (un59's misses: formal UN resolutions and
//! a press release on one): a resolution's number and title over its own list numbered from
//! 1; "A and, in particular, B" and "that A and particularly B <verb>" ask A; "the Council
//! called upon them" after a request of the sentence before asks those it asked; a modal in
//! the that-clause of a suggestion the body agrees with asks no one. None is a sentence of a
//! real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_resolutions_number_and_title_head_a_list_that_starts_at_one() {
    let text = "Report of the Orchard Fund.\n- Author: Orchard Assembly\n3 March 2031\n41. Report of the Orchard Fund\n1. Commends the Keeper of the Fund for the work of the year;\n2. Requests the Keeper to widen the help given to growers in need;\n3. Further requests the Keeper to keep the list of old trees;\n4. Urges Governments to send their tree counts to the Keeper;\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶2 Keeper", "¶3 Keeper", "¶4 Governments"]
    );
}

#[test]
fn a_part_singled_out_between_commas_after_and_is_no_actor() {
    let text = "The Orchard Council today decided to extend the work of the Orchard Mission for two months, and called upon the Growers Union and, in particular, the Pickers League to refrain from any step that could harm the trees.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶1 Orchard Council", "¶1 Growers Union"]
    );
}

#[test]
fn them_after_the_council_called_upon_is_who_the_request_before_asked() {
    let text = "The Security Council today decided to extend the Orchard Mission for two months, and called upon the Growers Union to refrain from any step that could harm the trees.\n\nAdopting the text, the Council called upon them to stop cutting trees and to plant new ones.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        [
            "¶1 Security Council",
            "¶1 Growers Union",
            "¶2 Growers Union"
        ]
    );
}

#[test]
fn a_modal_in_a_suggestion_the_body_agrees_with_asks_no_one() {
    let text = "The General Assembly\n\n1. Takes note of the report of the Seed Group;\n\n2. Expresses its accord with the proposal of the Seed Group that the Secretary-General should call a meeting of growers next spring;\n\n3. Invites the Seed Group to send its report to the Keeper;\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶3 Seed Group"]);
}

#[test]
fn and_before_an_adverb_that_singles_out_a_part_is_no_part_of_the_actor() {
    let text = "The Security Council today decided to extend the Orchard Mission for two months.\n\nThe Council demanded that the Growers Union and particularly the Pickers League stop cutting trees at once.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶1 Security Council", "¶2 Growers Union"]
    );
}
