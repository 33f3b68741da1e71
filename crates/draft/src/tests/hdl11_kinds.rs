//! One composed text per kind helper `hdl11` fixed (un61's misses, formal UN texts chosen
//! for their actors and deadlines: a press release of a council's resolution and two
//! round-ups of a council's session): a round-up's "voted to <act>" as the body's own
//! decision, a press page's stamp (the day, the symbol and the issuing office) as one
//! place, and a headline or sub-headline set over two one-line blocks as one place. None is
//! a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_round_ups_voted_to_is_the_bodys_own_decision() {
    let text = "ORCHARD NEWS\n\nThe Orchard Council today closed its ninth session after adopting twelve texts.\n\nAmong them, the Orchard Council voted to establish a seed fund for young growers.\n";
    // The body's own act, whatever name the page gives the body.
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶3 "), "{got:?}");
    // A vote for a text is no act of the body's.
    let cast = "ORCHARD NEWS\n\nTwelve members voted for the text on seeds.\n";
    assert!(brief(cast, "2031-05-17").is_empty());
}

#[test]
fn a_press_pages_stamp_and_headlines_over_two_blocks_are_one_place_each() {
    let text = "OC/1234\n\nOrchard Council, Adopting Resolution 9 (2031), Renews Mandate of the Seed Mission\n\n27 August 2031\nOrchard CouncilOC/1234\nDepartment of Orchard News • Press Division • Westvale\n\nOrchard Council\n\n901st Meeting (AM)\n\n\nOrchard Council, Adopting Resolution 9 (2031), Renews Mandate\n\n\nOf the Seed Mission\n\n \n\n\nText Calls for Sharing the Valley's Water,\n\n\nBetter Care of Young Trees, Pruning Crews\n\n\nThe Orchard Council this morning renewed the Seed Mission's term for a year.\n\n\nBy the same text, the Council requested the Keeper to count the trees by 15 September 2031.\n";
    assert_eq!(brief(text, "2031-08-27"), ["¶9 Keeper due=2031-09-15"]);
}

#[test]
fn preamble_lines_ending_in_commas_stay_apart() {
    // A preamble's lines end in commas too, but they are no headline: each is a place.
    let text = "The Orchard Council,\n\nRecalling Its Rules,\n\nNoting The Harvest,\n\n1. Requests the Keeper to count the trees;\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶1 Keeper"]);
    let unnumbered = "ORCHARD NEWS\n\nSeed Talks Resume,\n\nGrowers Meet Again,\n\nThe Orchard Council requested the Keeper to count the trees.\n";
    assert_eq!(brief(unnumbered, "2031-05-17"), ["¶4 Keeper"]);
}
