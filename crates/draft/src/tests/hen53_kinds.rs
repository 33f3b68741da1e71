//! One composed text per kind of failure met on the blind batch held57 of real English
//! communiqués as news pages report them (AU Peace and Security Council, IGAD, SADC): each
//! fixes the kind, and none is a sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn a_wrap_inside_an_open_quotation_goes_on_though_a_capital_opens_the_next_line() {
    let text = "March 3, 2036 (ACCRA) - The leaders of the Orchard Board have issued a long communiqué on the blight that has spread across the western valleys this season. They also warned that any delay in acting would hurt every grower in the region and beyond it.\nThe Board condemned the \"continuing obstruction of the Joint Pest\nControl Team - Field Survey\nUnits from doing their\nwork\".\nIt further called upon the Growers Union to open the\nroads to the valleys.\nThe meeting ended with thanks to the host of the summit.\n";
    assert_eq!(brief(text, "2036-03-01"), ["¶3 Growers Union"]);
}

#[test]
fn a_numeric_stamp_over_a_caption_is_a_header_of_two_lines() {
    let text = "Orchard leaders act on pests\n\n2036-09-16 10:08\nThe Chair. (File: Agency)\n\nThe summit of the Orchard Board met in Accra on Friday.\n\nIt directed the heads of the pest units to plan the spraying.\n";
    assert_eq!(brief(text, "2036-09-12"), ["¶5 Heads of the pest units"]);
}
