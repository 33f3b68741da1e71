//! One composed text per kind the fix round on `un38` (helper `hen18`) fixed: a
//! single-spaced page whose preamble line ends in a footnote's mark after its semicolon;
//! an aside after the addressee that opens with "and in the spirit of"; and "a programme
//! which can be recommended to X" (what may be done with a thing, no passive request). None is a sentence
//! of a real text.

use crate::tests_real_kinds::brief;

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
    let text = "The Orchard Board\n\n1. Takes note of the report of the Keeper;\n\n2. Urges all growers in a position to do so, and in the spirit of the Glen Accord, to increase their gifts of seed;\n\n3. Invites the millers, in line with the Glen Accord, to share their mills;\n";
    assert_eq!(brief(text, "2038-06-16"), ["¶2 All growers", "¶3 Millers"]);
}

#[test]
fn a_thing_which_can_be_recommended_is_no_passive_request() {
    let text = "Ninth session\n\n\nOrchard Programme\n\n         The Orchard Committee,\n\n         REITERATES the necessity of the development for the Glen of a long-term programme which can be recommended to the Keeper and which will serve as a guide;\n\n         INSTRUCTS the Warden to consult the growers and prepare a programme.\n\nSeptember 2038\n";
    assert_eq!(brief(text, "2038-09-01"), ["¶5 Warden"]);
}
