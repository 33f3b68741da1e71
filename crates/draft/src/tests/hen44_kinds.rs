//! One composed text per kind the fix round on `held49` (helper `hen44`) fixed. None is a
//! sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn call_after_an_unclosed_place_participle_is_the_texts() {
    let text = "Orchard Ministers Meet\n\nThe closing statement, issued in Harbourtown called on the Seed Bank to release the grafting funds by the end of next year.\n";
    assert_eq!(
        brief(text, "2036-05-04"),
        ["¶2 Seed Bank due=On(Day(2037-12-31))"]
    );
}

#[test]
fn passive_after_adding_that_asks_its_subject() {
    let text = "Orchard Summit Ends\n\nThe Summit adopts a smaller secretariat, the statement said, adding that the Chair of the Summit has been mandated to pursue the talks on the posts.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶2 Chair of the Summit"]);
}

#[test]
fn heads_of_state_and_government_is_one_title() {
    let text = "Orchard Summit Ends\n\nThe Council urged the Chair of the Assembly of Heads of State and Government to convene the growers.\n";
    assert_eq!(
        brief(text, "2036-05-04"),
        ["¶2 Chair of the Assembly of Heads of State and Government"]
    );
}
