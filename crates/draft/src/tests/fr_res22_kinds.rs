//! One composed text per kind of failure met in the French round res22 (helper hfr11): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn dashed_items_told_in_a_compound_past_are_items_of_their_heading() {
    let text = "Décisions du sommet:\n- Vergers: Le Conseil a appelé à la libération immédiate des jardiniers.\n- Haies: Le Conseil a également demandé aux communes de planter des haies.\n- Arrosage: Le Conseil a instruit la Commission des vergers d'arroser les pommiers.\nAnalyse:\n- Les haies poussent lentement.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶1 Tous les États",
            "¶1 Communes",
            "¶1 Commission des vergers"
        ]
    );
}

#[test]
fn a_new_delay_given_to_someone_asks_them_by_its_end() {
    let text = "Le Conseil des vergers a donné un nouveau délai de 30 jours aux jardiniers de la commune pour planter les haies, menaçant sinon de les exclure.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Jardiniers de la commune due=At { anchor: Adoption, days: 30 }"]
    );
    let aside = "Le Conseil des vergers a donné un délai de 30 jours aux jardiniers de la commune, chargés des haies depuis mars, pour planter les haies.\n";
    assert_eq!(
        brief(aside, "2031-03-01"),
        ["¶1 Jardiniers de la commune due=At { anchor: Adoption, days: 30 }"]
    );
}

#[test]
fn an_article_run_into_an_actor_s_noun_is_split_off() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil demande auxautorités de la commune de planter des haies.\n\nLe Conseil invite auxÉtats riverains à arroser les vergers.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Autorités de la commune", "¶3 États riverains"]
    );
}
