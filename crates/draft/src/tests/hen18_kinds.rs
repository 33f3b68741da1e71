//! One composed text per kind the fix round on `un38` (helper `hen18`) fixed: a
//! single-spaced page whose preamble line ends in a footnote's mark after its semicolon;
//! an aside after the addressee that opens with "and in the spirit of"; and "a programme
//! which can be recommended to X" (what may be done with a thing, no passive request). None is a sentence
//! of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_footnote_mark_after_a_preamble_semicolon_ends_the_line() {
    let text = "Ninth session\nORC/RC9.R4\nOrchard Programme\nThe Orchard Committee,\nHaving considered the report presented by the Keeper on the state of the orchards;*\nRecalling resolution ORC/RC8.R2;\n- THANKS the Keeper for the report;\n- URGES members to:\n- (1) prune their trees as set out in resolution ORC/RC8.R2;\n- (2) share their seeds;\n- REQUESTS the Keeper to continue to provide support.\n08 October 2038\n";
    assert_eq!(
        brief(text, "2038-10-08"),
        ["¶8 Members", "¶8 Members", "¶11 Keeper"]
    );
}

#[test]
fn an_aside_in_the_spirit_of_after_the_addressee_is_not_the_actor() {
    let text = "The Orchard Board\n\n1. Takes note of the report of the Keeper;\n\n2. Urges all growers able to do so, in the spirit of the Glen Accord, to increase their gifts of seed;\n\n3. Invites the millers, in line with the Glen Accord, to share their mills;\n";
    assert_eq!(brief(text, "2038-06-16"), ["¶2 All growers", "¶3 Millers"]);
}

#[test]
fn a_thing_which_can_be_recommended_is_no_passive_request() {
    let text = "Ninth session\n\n\nOrchard Programme\n\n         The Orchard Committee,\n\n         REITERATES the necessity of the development for the Glen of a ten-year plan which can be recommended to the Keeper and which will serve as a guide;\n\n         INSTRUCTS the Warden to consult the growers and prepare a programme.\n\nSeptember 2038\n";
    assert_eq!(brief(text, "2038-09-01"), ["¶5 Warden"]);
}

// The fix round on `un39`: IMO's paragraph numbers with no full stop ("2 INVITES ..."), and a
// chapeau at the page's end whose list was cut off.

#[test]
fn a_number_with_no_full_stop_before_a_verb_in_capitals_numbers_the_paragraph() {
    let text = "RECALLING Article 3 of the Orchard Convention,\nHAVING CONSIDERED, at its ninth session, draft guidelines for carts,\n1 ADOPTS the 2038 Guidelines for carts;\n2 INVITES Governments to take the 2038 Guidelines into account when\napplying the rules to carts;\n3 URGES Member Governments and growers to make the resources available from\n1 January 2039; and\n4 AGREES to keep the 2038 Guidelines under review.\n";
    assert_eq!(
        brief(text, "2038-10-26"),
        ["¶2 Governments", "¶3 Member Governments | Growers"]
    );
    // A number before a heading in capitals, or a date, opens no paragraph.
    let heading = "The Orchard Committee,\n\n1. Invites the growers to prune the trees;\n\n2 SEEDS AND CARTS\n\n3 October 2038\n";
    assert_eq!(brief(heading, "2038-10-03"), ["¶1 Growers"]);
}

#[test]
fn a_chapeau_whose_list_the_page_cut_off_is_drafted_on_its_own_words() {
    let text = "HAVING ADOPTED amendments to the Orchard Convention,\nconcerning the safety of carts,\nREQUESTS the Orchard Committee to develop\nas a matter of urgency:\n";
    assert_eq!(brief(text, "2038-10-26"), ["¶2 Orchard Committee"]);
    // A chapeau whose items follow is drafted once per item, as before.
    let listed = "The Orchard Board,\n\n1. Requests the Keeper to develop as a matter of urgency:\n\n(a) standards for carts;\n\n(b) standards for mills;\n";
    assert_eq!(brief(listed, "2038-10-26"), ["¶1 Keeper", "¶1 Keeper"]);
}
