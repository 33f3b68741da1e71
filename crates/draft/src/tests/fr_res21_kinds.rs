//! One composed text per kind of failure met in the French round res21 (helper hfr10): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_organisation_s_secretariat_speaks_for_it() {
    let text = "Le Conseil des vergers s'est réuni.\n\nDans ce but, le secrétariat général du Conseil exhorte toutes les parties concernées à planter des haies.\n\nLe Secrétaire général exhorte les communes à arroser les vergers.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Parties concernées"]);
}

#[test]
fn an_authorisation_told_in_the_passive_asks_the_one_authorised() {
    let text = "Le Conseil des vergers s'est réuni.\n\nEn attendant la récolte, la Commission du Conseil a été autorisée à couvrir les dépenses des vergers.\n\nLes haies ont été autorisées à pousser.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Commission du Conseil"]);
}

#[test]
fn a_recommendation_of_an_infinitive_with_no_addressee_calls_on_all() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe communiqué réaffirme le soutien du Conseil et recommande de prendre des sanctions contre les coupeurs de haies.\n\nLe Conseil recommande de nouvelles haies.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Tous les États"]);
}

#[test]
fn a_letter_s_bracket_before_a_stray_stop_labels_an_item() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil constate que les haies sont coupées.\n\nAu regard de cette situation, le Conseil décide de :\n\na). Maintenir en place toutes les sanctions imposées aux coupeurs ;\n\nb). Demander à l'Autorité des haies de planter des haies ;\n\nc). Arroser les vergers.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶3 (body not named in the text)",
            "¶3 Autorité des haies",
            "¶3 (body not named in the text)"
        ]
    );
}

#[test]
fn a_readiness_decided_on_is_a_view() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil décide de :\n\na) Demander à l'Autorité des haies de planter des haies ;\n\nb) Marquer sa disponibilité à accompagner les communes.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Autorité des haies"]);
}

#[test]
fn leaders_named_by_an_adjective_or_a_pronoun_pledge() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLes dirigeants africains se sont engagés à développer les vergers.\n\nDans la déclaration finale, les dirigeants ouest-africains ont réaffirmé leur engagement.\n\nIls se sont engagés à « planter des haies, à arroser les vergers ».\n\nLes parties se sont engagées à tailler les haies.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Dirigeants africains", "¶4 Dirigeants ouest-africains"]
    );
}

#[test]
fn a_pronoun_pledge_with_no_leaders_before_is_not_read() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil a appelé les communes à planter des haies.\n\nIls se sont engagés à arroser les vergers.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Communes"]);
}

#[test]
fn a_negated_infinitive_with_no_pas_ends_the_addressee() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil exhorte toutes les parties concernées à ne négliger aucun moyen pour planter des haies.\n\nLe Conseil prie les communes de n'épargner aucune haie.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Parties concernées", "¶3 Communes"]
    );
}
