//! One composed text per kind the fix round on `held54` (helper `hen50`) fixed. None is a
//! sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn a_later_lines_own_dated_plan_is_not_the_requests_deadline() {
    let text = "Friday, May 15, 2037\n\nValley: Council weighs a larger seed mission\n\nThe lines below come from a statement the Orchard Council issued yesterday.\nAsks the Chair of the Seed Board to draw up and send to it a full plan on how to widen the seed mission in the hills ... (link)\nBy the end of this month, the Orchard Union will have some forty wardens in the hills.\n";
    assert_eq!(brief(text, "2037-05-14"), ["¶3 Chair of the Seed Board"]);
}
