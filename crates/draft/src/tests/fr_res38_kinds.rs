//! One composed text per kind of failure met in the French round res38 (helper hfr24):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_appeal_launched_to_addressees_with_an_infinitive_asks_them() {
    // "lance un appel aux X à <agir>": as "lance un appel aux X pour <agir>", "appelle les X
    // à <agir>".
    for (text, actor) in [
        (
            "Le sommet des vergers lance un appel aux planteurs rebelles à dégager immédiatement les chemins du verger.\n",
            "Planteurs rebelles",
        ),
        (
            "Les chefs des vergers ont lancé un appel pressant à la communauté des jardiniers à soutenir les planteurs.\n",
            "Communauté des jardiniers",
        ),
    ] {
        let got = brief(text, "2031-01-10");
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(
            got[0].starts_with(&format!("¶1 {actor}")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_mandate_given_to_addressees_asks_them() {
    // "donne mandat aux X pour <agir>": as "mandate les X pour <agir>".
    for (text, actor) in [
        (
            "Le sommet des vergers donne mandat aux présidents en exercice de la Ligue et de l'Union pour entreprendre les démarches nécessaires auprès du Conseil des haies.\n",
            "Présidents en exercice",
        ),
        (
            "Les chefs des vergers ont donné mandat au médiateur des vergers de conduire les négociations.\n",
            "Médiateur des vergers",
        ),
    ] {
        let got = brief(text, "2031-01-10");
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(
            got[0].starts_with(&format!("¶1 {actor}")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_commitment_in_a_participle_is_the_subjects_pledge() {
    // "X se sont accordés sur ..., tout en s'engageant à <agir> d'ici un an": the subject's
    // commitment, as "et se sont engagés à <agir>".
    let text = "Les pays réunis à la conférence des vergers se sont accordés sur une série de mesures pour les haies, tout en s'engageant à conclure un pacte des vergers d'ici un an au plus tard.\n";
    // A year after 1 June 2029: 1 June 2030.
    let got = brief(text, "2029-06-01");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Pays"), "{got:?}");
    assert!(got[0].contains("days: 365"), "{got:?}");
}
