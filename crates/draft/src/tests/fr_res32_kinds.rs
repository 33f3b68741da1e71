//! One composed text per kind of failure met in the French round res32 (helper hfr18): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn lettered_pour_items_after_a_colon_under_a_told_decision_are_decided() {
    let text = "La Résolution 91 du Conseil de sécurité\n\nLa Résolution 91 du Conseil de sécurité, adoptée le 3 mars 2031, a examiné un rapport du Secrétaire général sur les haies. Le Conseil a exprimé son inquiétude sur la sécheresse dans la vallée et a décidé :\n\n: (a) Pour renouveler le mandat de la Mission des vergers pour une autre année, jusqu'au 30 juin 2032 ;\n\n: (b) Pour demander au Secrétaire général de publier un rapport sur les haies à la fin de cette période ;\n\n: (c) Pour demander à toutes les communes de planter des haies.\n\nLa décision a été adoptée sans vote.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        [
            "¶2 Conseil de sécurité",
            "¶2 Secrétaire général due=2032-06-30",
            "¶2 Communes"
        ]
    );
}

#[test]
fn pour_items_under_decide_are_the_bodys_acts_or_ask_whom_they_name() {
    let text = "Le Conseil des vergers,\n\nRappelant ses décisions sur les haies,\n\n1. Décide :\n\na) Pour créer un fonds des haies ;\n\nb) Pour inviter la Ligue des semeurs à planter des haies ;\n\n2. Prie le Bureau de faire rapport.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        [
            "¶1 Conseil des vergers",
            "¶1 Ligue des semeurs",
            "¶2 Bureau"
        ]
    );
}

#[test]
fn pour_items_under_est_convenu_are_agreed_acts() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des vergers s'est réuni hier.\n\nLe Conseil des vergers est convenu :\n\n- Pour tenir sa prochaine réunion à Lyon ;\n\n- Pour demander à la Ligue des semeurs de rouvrir ses marchés.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶2 Conseil des vergers", "¶2 Ligue des semeurs"]
    );
}

#[test]
fn a_pour_purpose_before_a_clause_of_its_own_is_no_decided_act() {
    let text = "Le Conseil des vergers,\n\nRappelant ses décisions sur les haies,\n\n1. Décide :\n\na) Pour planter des haies, les communes doivent ouvrir un fonds ;\n\n2. Prie le Bureau de faire rapport.\n";
    // (the obligation after the purpose is not read yet: the purpose is no decision)
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Bureau"]);
}
