//! One composed text per kind helper `hac5` fixed among the held set's remaining actor
//! misses: "and other <kind>s" closing a partner aside that has just named one of that
//! kind. None is a sentence of a fixture or a real text.

use crate::tests::brief::Brief;

/// "¶3 Keeper | Board" with " due=…" when drafted with a deadline.
fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        plain_days: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

const SC: &str = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n";

#[test]
fn others_of_the_aside_kind_close_the_partner_aside() {
    let text = format!(
        "{SC}1. Calls on regional growers, in coordination with the Orchard Board and through the seed exchange mechanism, and other relevant mechanisms, to align their support to the valley;\n\n2. Calls on regional growers, in coordination with the Orchard Board, and all Member States to align their support to the valley;\n"
    );
    // Others of a kind the aside did not name are addressees of their own, as before.
    assert_eq!(
        brief(&text, "2036-03-02"),
        [
            "¶1 Regional growers",
            "¶2 Regional growers | All Member States"
        ]
    );
}

const GA: &str = "The General Assembly,\n\nRecalling its earlier work on orchards,\n\n";

#[test]
fn a_passive_in_a_relative_clause_after_a_preposition_asks_no_one() {
    let text = format!(
        "{GA}1. Recalls the Keeper’s bulletin on orchards, underlines the importance of a culture in which growers are encouraged and supported by the Board to report pests, emphasizes the need for care;\n\n2. Recalls the bulletin on orchards, and growers are encouraged to report pests;\n"
    );
    // A passive request that opens its own clause still asks its subject.
    assert_eq!(brief(&text, "2036-03-02"), ["¶2 Growers"]);
}

#[test]
fn a_running_title_of_four_lines_leaves_the_items_with_their_request() {
    let text = "A/RES/96/7\n\nThe General Assembly,\n\nRecalling its earlier work on orchards,\n\n1. Requests the agencies concerned to provide information on:\n\n(a)\nPests facing the valley;\n\nA/RES/96/7\nWork of the specialized agencies and the\ninternational institutions on the care of\norchards, vineyards and the seed banks of\nthe valley and its growers\n\n24-11037\n\n(b)\nWays and means to assist the valley to fight pests and other threats;\n\n2. Requests the Keeper to report on pests;\n";
    // The items are topics of paragraph 1's information, no requests of their own.
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Agencies concerned", "¶2 Keeper"]
    );
}

#[test]
fn a_passive_infinitive_after_a_participle_asks_no_one() {
    let text = format!(
        "{GA}1. Decides to move the funds for seed work envisaged to be proposed by the Keeper in the 2038 plan to the 2037 plan;\n\n2. Recalls the bulletin on orchards, and growers are invited to report pests;\n"
    );
    // The decision is the body's own; a passive request in its own clause still asks.
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶1 General Assembly", "¶2 Growers"]
    );
}
