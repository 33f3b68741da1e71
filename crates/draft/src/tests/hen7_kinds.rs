//! Composed tests for the fix round on held27/held28 (helper hen7): each fails without
//! its rule. The texts are invented.

use crate::tests::brief::communique as brief;

#[test]
fn a_capitalised_word_before_and_any_other_actor_is_an_actor_of_its_own() {
    let text = "Orchard statement\n\nThe Chairperson called on Valleyan and any other regional or international actor to respect the orchard boundaries.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Valleyan | Any other regional or international actor"]
    );
}

#[test]
fn a_demand_made_anew_with_its_owner_named_asks_who_follows_for() {
    let text = "Orchard statement\n\nThe Chairperson condemns the raids and reiterates the Orchard Union demand for the hill growers to cease immediately the supply of seeds.\n\nThe Chair renewed its demand for the valley traders to open the roads.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Hill growers", "¶3 Valley traders"]
    );
}
