//! One composed text per kind of failure met in the French round res15 (helper hfr6): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn items_that_open_with_a_and_an_infinitive_under_a_request_chapeau_are_asked() {
    // Dashes under "Invite X :" in an unnumbered text.
    let text = "PROPOSITION SUR LES VERGERS\nLe Conseil des vergers,\nVu le règlement des vergers,\nConsidérant la sécheresse de l'été ;\nInvite le Jardinier en chef :\n- à tailler les pommiers avant l'hiver ;\n- à publier l'inventaire des poiriers.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶5 Jardinier en chef", "¶5 Jardinier en chef"]
    );
    // Items numbered by their paragraph ("4.1 à ...") under "appelle X:", one cut by a
    // line break after its "à".
    let text = "Au vu de ces constats, l'Assemblée appelle les communes\nrurales de la vallée:\n4.1 à\nplanter des haies le long des chemins;\n4.2 à protéger les ruches des abeilles;\n4.3 à éviter tout arrosage en plein midi;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶4 Communes rurales de la vallée",
            "¶4 Communes rurales de la vallée",
            "¶4 Communes rurales de la vallée"
        ]
    );
    // "à la demande de ..." opens no infinitive: no task.
    let text = "Le Conseil des vergers,\nInvite le Jardinier en chef :\n- à la demande des communes, une visite des ruches.\n";
    assert_eq!(brief(text, "2031-03-01"), Vec::<String>::new());
}

#[test]
fn a_request_told_in_the_passive_asks_its_subject_after_tous_or_et() {
    let text = "Le Conseil des vergers s'est réuni.\nTous les jardiniers ont été appelés à planter des haies. Les sécheresses ont été déplorées et les communes ont été invitées à arroser les vergers. Les Offices ont été félicités et les Syndicats ont été exhortés à protéger les abeilles.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Jardiniers", "¶2 Communes", "¶2 Syndicats"]
    );
    // "a été appelé à former ..." (one person, singular): an appointment, no request.
    let text = "Le Conseil des vergers s'est réuni.\nLe Jardinier Paul a été appelé à former une équipe.\n";
    assert_eq!(brief(text, "2031-03-01"), Vec::<String>::new());
}

#[test]
fn an_appeal_launched_to_x_pour_an_infinitive_asks_x() {
    let text = "Les communes de la vallée ont lancé, dans leur communiqué, un appel à leurs voisins (fermiers, jardiniers) « pour planter des haies le long des chemins ».\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Voisins (fermiers, jardiniers)"]
    );
}

#[test]
fn the_years_of_texts_a_recalling_clause_cites_do_not_make_the_decision_recounted() {
    let text = "Résolution 12 du Conseil des vergers | ||\n---|---|---|\nDate | 30 juillet 2031 | |\n|\nLa résolution 12 du Conseil des vergers , adoptée à l'unanimité le 30 juillet 2031, après avoir rappelé les résolutions précédentes sur A et B, notamment les résolutions 501 (2020), 508 (2020) ainsi qu'après avoir étudié le rapport du Jardinier sur la Force des vergers (FV) approuvé dans la résolution 426 (2018), le Conseil a décidé de reconduire la FV pour six autres mois, soit jusqu'au 31 janvier 2032. [1]\n";
    assert_eq!(brief(text, "2031-07-30"), ["¶3 Conseil"]);
    // "Par sa résolution 426 (2018), le Conseil a décidé ...": an earlier text told.
    let text = "Le Conseil des vergers s'est réuni.\nPar sa résolution 426 (2018), le Conseil a décidé de créer la Force des vergers.\n";
    assert_eq!(brief(text, "2031-07-30"), Vec::<String>::new());
}

#[test]
fn a_reservation_after_an_addressee_is_no_part_of_its_name() {
    let text = "Le Conseil des vergers,\n\n1. Demande au Jardinier et à toutes les autres parties concernées, sans préjudice de toute mesure que le Comité pourrait prendre aux termes de sa décision 3 et des pourparlers que les parties pourraient ouvrir, de protéger les abeilles.\n\n2. Prie le Jardinier, sous réserve des fonds disponibles, de planter des poiriers.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Jardinier | Autres parties concernées", "¶2 Jardinier"]
    );
}

#[test]
fn an_organ_that_closes_its_session_in_a_heading_is_the_body_its_pronoun_stands_for() {
    let text = "Communiqués de presse Commission des vergers\n\nLA COMMISSION DES VERGERS TERMINE LES TRAVAUX DE SA SESSION DE 2031\n\nElle a également décidé de nommer un expert des abeilles\n\nLa Commission a clos ce matin, à Lyon, les travaux de sa dixième session.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶3 Commission des vergers"]);
    let text = "Communiqué\n\nLa Commission des Vergers du Nord a clos, ce matin à Lyon, les travaux de sa dixième session.\n\nElle a décidé de nommer un expert des abeilles.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶3 Commission des Vergers du Nord"]
    );
}

#[test]
fn a_participle_clause_between_the_deciding_subject_and_its_verb_names_no_decider() {
    let text = "Décisions du Conseil de sécurité sur les vergers, page 16\n\nÀ sa 51e séance, le 24 juillet 2031, le Conseil, notant que la foire aux fruits avait été retardée, a décidé de repousser le calendrier de la taille.\n";
    assert_eq!(brief(text, "2031-07-01"), ["¶2 Conseil de sécurité"]);
}
