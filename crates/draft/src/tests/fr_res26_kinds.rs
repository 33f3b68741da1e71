//! One composed text per kind of failure met in the French rounds res25 and res26 (helper
//! hfr13): each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn the_body_told_by_its_kind_noun_asks() {
    let dated = "Le sommet de l'Union des vergers s'est achevé hier. L'organisation demande la libération avant le 1er mars des douze maires détenus à Lyon.\n";
    assert_eq!(
        brief(dated, "2031-01-10"),
        ["¶1 Tous les États due=2031-03-01"]
    );
    let union = "Le Conseil des vergers s'est réuni hier.\n\nL'Union exige la libération des douze maires détenus à Lyon.\n";
    assert_eq!(brief(union, "2031-01-10"), ["¶2 Tous les États"]);
}

#[test]
fn a_lede_that_sets_a_due_the_later_request_lacks_stands() {
    let text = "Le sommet de l'Union des vergers s'est achevé hier. L'Union demande la libération avant le 1er mars des douze maires détenus à Lyon.\n\nLes chefs des vergers ont décidé de demander à la commune de Lyon la libération des douze maires.\n";
    assert_eq!(
        brief(text, "2031-01-10"),
        ["¶1 Tous les États due=2031-03-01", "¶2 Commune de Lyon"]
    );
}
