//! One composed text per kind of failure met in the French round res25 (helper hfr12): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_task_entrusted_to_someone_asks_them() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nEntretemps, le Conseil a confié à la commune de Lyon la mission de planter des haies le long du fleuve.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Commune de Lyon"]);
}

#[test]
fn appeals_continued_to_the_attention_of_someone_ask_them() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nLe Conseil poursuit aussi ses appels à l'attention de la communauté des jardiniers pour «arroser d'urgence les vergers de la vallée».\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Communauté des jardiniers"]);
}

#[test]
fn a_decision_taken_by_its_noun_to_ask_someone_asks_them() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nLes maires ont pris la décision de demander à la commune de Lyon la restitution des outils saisis depuis trois mois.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Commune de Lyon"]);
}
