//! One composed text per kind helper `hen30` fixed: a report's list of what an earlier
//! resolution did ("adopted resolution R ..., in which it:" + "(b) Requested X to ...")
//! recounts that resolution's requests, not this text's. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn past_tense_items_under_an_earlier_resolution_in_which_it_ask_nobody() {
    let text = "Report of the Keeper on the follow-up to the Orchard Assembly\n\n1. At its ninth session, the Orchard Assembly adopted resolution 9/12 of 4 March 2030 entitled \"Care of small orchards\", in which it, inter alia,:\n\n(a) Took note of the Keeper's account of the harvest;\n\n(b) Requested the Keeper to count the trees of each region before the next session;\n\n(c) Urged the Pest Panel to speed up its survey of the blight;\n\n2. The Orchard Assembly,\n\n3. Requests the Keeper to report on the count by 1 May 2032;\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶3 Keeper due=2032-05-01"]);
}

#[test]
fn present_tense_items_under_in_which_it_still_ask() {
    let text = "The Orchard Assembly,\n\n1. Adopts the plan annexed, in which it:\n\n(a) Requests the Keeper to count the trees;\n\n(b) Urges the Pest Panel to survey the blight;\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶1 Keeper", "¶1 Pest Panel"]);
}
