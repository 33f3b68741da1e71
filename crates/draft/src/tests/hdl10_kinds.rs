//! One composed text per kind helper `hdl10` fixed (un60's misses: Security Council
//! resolutions as web copies): "Reaffirms its demand that ..." asks as "reiterates its
//! demand" does; a that-clause demand whose last verb waits for its objects ("and that they
//! ensure:") over dashed items with no verb of their own is one demand; a request to set up
//! a body whose colon follows the body's noun ("a mechanism:") is one task, its lettered
//! items saying what the body will do. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_reaffirmed_demand_asks_those_it_names() {
    let text = "The Orchard Council,\n\n1. Reaffirms its demand that all growers and all pickers help the Seed Panel in its survey;\n\n2. Decides to remain seized of the matter.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶1 All growers | All pickers"]);
}

#[test]
fn a_demand_whose_last_verb_waits_for_dashed_objects_is_one() {
    let text = "The Orchard Council,\n\n1. Reiterates its demand that all growers and all pickers help the Seed Panel in its survey, and that they guarantee:\n\n– the safety of the Panel's staff;\n– free entry to the fields the Panel names;\n\n2. Decides to remain seized of the matter.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶1 All growers | All pickers"]);
}

#[test]
fn a_body_set_up_before_its_described_items_is_one_task() {
    let text = "The Orchard Council,\n\n1. Requests the Keeper to set up, in consultation with the Seed Panel, within 45 days of its adoption, a mechanism:\n(a) to watch the spread of blight in the northern valleys;\n(b) to help growers near the valleys to keep their trees healthy; and\n(c) to gather and weigh reports of blight;\n\n2. Decides to remain seized of the matter.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶1 Keeper due=At { anchor: Adoption, days: 45 }"]
    );
}
