//! One composed text per kind the fix round on `held43` (helper `hen36`) fixed: a
//! communiqué's demand for an act's delivery ("the completion of <a plan> no later than D")
//! naming nobody to deliver it; a reported passive that-clause naming no agent ("that all
//! foreign units be withdrawn"), a call to all and not one to the units; "withdrawn" read as
//! a passive participle. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_demanded_delivery_of_an_act_is_a_dated_call_to_all() {
    assert_eq!(
        brief(DELIVERY_DEMANDED, "2037-05-08"),
        ["¶2 All States due=2037-06-20", "¶3 Valley board"]
    );
}

#[test]
fn a_reported_passive_that_clause_with_no_agent_calls_on_all() {
    assert_eq!(
        brief(PASSIVE_NO_AGENT, "2037-05-08"),
        ["¶1 Hill growers", "¶1 All States"]
    );
}

#[test]
fn a_reported_passive_that_clause_keeps_its_agent() {
    assert_eq!(brief(PASSIVE_AGENT, "2037-05-08"), ["¶1 Valley board"]);
}

const DELIVERY_DEMANDED: &str = "Orchard ministers met on Friday in Northport on the frost.\n\"The Council Demands the completion of a sound well plan no later than 20th June 2037. After that day, the levy will apply,\" the statement says.\nThe ministers also urged the valley board to open its seed stores to the growers.\n";

const PASSIVE_NO_AGENT: &str = "The Orchard Council also called on the hill growers to share their seed. In addition, the council recommended that all outside work crews be withdrawn from the upper valley.\n";

const PASSIVE_AGENT: &str = "The Orchard Council recommended that all outside work crews be withdrawn by the valley board.\n";
