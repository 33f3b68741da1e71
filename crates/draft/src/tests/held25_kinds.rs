//! One composed text per kind of failure met on the blind round held25 (council and summit
//! communiqués as reported, a declaration), fixed after scoring: each fixes the kind, and
//! none is a sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn a_gerund_renewing_the_call_for_x_to_act_asks_x() {
    let text = "The following is the text of the resolution of the Orchard League:\n1- Deploring the blight in the valley.\n2- Warning of the spread of the blight, and renewing the call for the growers' union, especially its board, to assume its duties towards the valley.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Growers' union"]);
}

#[test]
fn an_invitation_whose_object_is_a_relative_pronoun() {
    let text = "Orchard Declaration\n\nThe members of the Orchard League, meeting in Accra on 2 March 2036, declare the following.\n\nThe members will launch the Pear Initiative, which they invite the growers' union to join.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 Growers' union"]);
    // An earlier invitation the relative clause recalls asks nothing anew.
    let text = "Orchard Declaration\n\nThe members of the Orchard League, meeting in Accra on 2 March 2036, declare the following.\n\nThe members recall the Pear Initiative, which they invited the growers' union to join.\n";
    assert_eq!(brief(text, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn a_proposed_establishment_for_its_members_asks_nobody() {
    let text = "Orchard summit ends\n\nACCRA: The Orchard League on Monday ended its summit.\n\nThe League proposed the establishment of a seed bank for its member states and stressed the value of trade.\n";
    assert_eq!(brief(text, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn whom_a_thing_called_for_serves_is_no_doer() {
    let text = "Orchard summit ends\n\nACCRA: The Orchard League on Monday ended its summit.\n\nThe League called for more seed aid for its member states.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 All States"]);
    // Doers named before it still act.
    let text = "Orchard summit ends\n\nACCRA: The Orchard League on Monday ended its summit.\n\nThe League called for more seed aid from member states for their farmers.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 Member states"]);
}

#[test]
fn a_whole_request_lends_nothing_to_items_that_are_sentences() {
    let text = "Orchard Council meets\n\n1. The Council asked the Board to review the seed fund to see how it can help growers\n(a) Heads will continue to address pests.\n(b) Heads welcomed the call for more orchards\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Board"]);
}

#[test]
fn an_item_with_its_own_modal_names_nobody_before_its_to() {
    let text = "Orchard Council meets\n\n1. The meeting adopted the following recommendations:\n(a) Growers will continue to plant pears;\n(b) The Centre to organize a seed fair.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Centre"]);
}
