//! One composed text per kind of failure met in the French round res29 (helper hfr16): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_reported_request_after_an_adverb_of_time_and_an_adjective_after_the_acronym() {
    let text = "Lyon — Le CPV fruitier a récemment demandé à la Vallée et au Plateau de s'engager dans des pourparlers sur les vergers.\n";
    assert_eq!(brief(text, "2031-03-06"), ["¶1 Vallée | Plateau"]);
}
