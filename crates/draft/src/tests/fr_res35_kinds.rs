//! One composed text per kind of failure met in the French round res35 (helper hfr20,
//! fixed by helper hfr21): each fixes the kind, never the instance, and none is a sentence
//! of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_thing_asked_in_the_present_passive_asks_the_one_named_after_a() {
    // "Un rapport est demandé au X pour <mois>": a report asked of X, in the present.
    // Its month with no year is the first after the adoption.
    let text = "La mission des haies est prolongée d'un an.\n\nUn rapport est demandé au directeur des vergers pour mars.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Directeur des vergers"), "{got:?}");
    assert!(got[0].contains("2032-03"), "{got:?}");
    // Plural and feminine, with a deadline's words after the name.
    let text = "Des propositions sont demandées à la commission des haies d'ici à juin 2032.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Commission des haies"), "{got:?}");
}

#[test]
fn a_things_wanted_is_no_request() {
    // "Une aide est demandée par X": asked by X, no addressee.
    let text = "Une aide est demandée par les communes pour replanter les haies.\n";
    assert!(brief(text, "2031-06-20").is_empty());
}

#[test]
fn a_texts_demand_in_a_participle_asks_the_that_clauses_subject_of_a_locution() {
    // "une résolution exigeant qu'X mette fin à ...": X asked, a locution's noun ("fin",
    // "un terme") after its subjunctive.
    let text = "Le Conseil des vergers a adopté lundi une résolution exigeant qu'Arboria mette fin à ses coupes de haies d'ici à six mois.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Arboria"), "{got:?}");
    let text = "Le Conseil des vergers a publié une déclaration exigeant que la Compagnie des haies fasse face à ses obligations.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Compagnie des haies"), "{got:?}");
}

#[test]
fn a_summoning_after_a_day_asks_whom_it_names() {
    let text = "Le Conseil des vergers a sommé vendredi Arboria de replanter les haies.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Arboria"), "{got:?}");
}

#[test]
fn an_appeal_among_the_decisions_asks_whom_it_names() {
    // "Parmi les N décisions, figure l'appel lancé à X afin de ...".
    let text = "Le sommet des vergers s'est tenu jeudi.\n\nParmi les neuf décisions du sommet, figure l'appel lancé à l'Union des vergers afin de replanter les haies.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Union des vergers"), "{got:?}");
    // An appeal launched by X, welcomed, asks nobody.
    let text = "Le Conseil des vergers salue l'appel lancé par l'Union des vergers afin de replanter les haies.\n";
    assert!(brief(text, "2031-06-20").is_empty());
}
