//! One composed text per kind helper `hdl13` fixed (un62's miss, a press page of a
//! council's texts): a sub-headline over two one-line blocks whose first half lists the
//! page's acts and ends in a semicolon is one place, as one whose first half ends in a
//! comma. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_sub_headline_whose_first_half_ends_in_a_semicolon_is_one_place() {
    let text = "ORCHARD NEWS\n\nOrchard Council Adopts Texts of Its Committees\n\n\nAlso Names Two Keepers; Elects Growers to Its Boards;\n\n\nAdopts Other Texts, Including on Young Trees\n\n\nThe Orchard Council this morning adopted nine texts of its committees.\n\n\nBy one of them, the Council requested the Keeper to count the trees.\n";
    assert_eq!(brief(text, "2031-08-27"), ["¶5 Keeper"]);
}

#[test]
fn operative_lines_ending_in_semicolons_stay_apart() {
    // A text's operative lines end in semicolons too, but the line below is no title
    // with no end mark: each is a place.
    let text = "The Orchard Council,\n\n1. Welcomes The Harvest;\n\n2. Requests the Keeper to count the trees;\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶2 Keeper"]);
    let listed = "ORCHARD NEWS\n\nNames Two Keepers; Elects Growers;\n\nThe Orchard Council requested the Keeper to count the trees.\n";
    assert_eq!(brief(listed, "2031-05-17"), ["¶3 Keeper"]);
}

#[test]
fn a_numbered_line_ending_in_a_semicolon_over_a_heading_stays_apart() {
    // A numbered operative paragraph ends in a semicolon and the next block may be a
    // heading with no end mark: the heading is no second half of it.
    let text = "The Orchard Council,\n\n1. Welcomes The Harvest;\n\nB. Young Trees\n\n2. Requests the Keeper to count the trees;\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶2 Keeper"]);
}
