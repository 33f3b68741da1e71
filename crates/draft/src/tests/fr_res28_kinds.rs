//! One composed text per kind of failure met in the French round res28 (helper hfr15): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_quoted_reported_demand_that_a_common_noun_act_asks_it_by_its_deadline() {
    let text = "L'ULV a menacé jeudi d'exclure la Vallée si la garde, au pouvoir depuis mars, ne rend pas les clés d'ici une période de 10 jours. Le Conseil de paix des vergers de l'ULV \"demande que la garde vallonne se retire et remette les clés à un maire élu (...) d'ici à 10 jours maximum\", a indiqué le Conseil dans une déclaration.\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶1 Garde vallonne due=At { anchor: Adoption, days: 10 }"]
    );
}

#[test]
fn a_member_suspended_in_the_passive_after_an_opening_aside_is_the_unions_decision() {
    let text = "Lyon — Après la crise de la semaine dernière, la Vallée a été suspendue de la Ligue des vergers (LDV) lundi, et ce «jusqu'à la reprise des récoltes».\n";
    assert_eq!(brief(text, "2031-03-06"), ["¶1 Ligue des vergers"]);
}

#[test]
fn time_given_in_the_imperfect_of_reported_speech_asks_the_one_given_it() {
    let text = "La Ligue des vergers s'est réunie hier à Lyon.\n\nLa Ligue a expliqué qu'elle donnait six mois aux gardes pour rendre les clés, faute de quoi la Vallée s'exposera à des sanctions.\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶2 Gardes due=At { anchor: Adoption, days: 184 }"]
    );
}

#[test]
fn a_suspension_quoted_right_after_its_subject_is_read_and_the_lede_dropped() {
    let text = "L'Union des vergers suspend la Vallée\n\nL'Union des vergers (ULV) a suspendu mercredi la Vallée au lendemain de la crise qui y a renversé le maire Jean Dupont, arrêté par les gardes et dont l'ULV demande la libération.\n\nL'ULV «suspend la Vallée de l'Union des vergers jusqu'au retour des récoltes et demande la libération du maire Jean Dupont, du premier adjoint et des autres élus arrêtés par la garde», a indiqué le Conseil de paix et de sécurité de l'ULV sur Twitter.\n";
    assert_eq!(brief(text, "2031-03-06"), ["¶3 ULV", "¶3 Tous les États"]);
}

#[test]
fn leaders_of_two_organisations_decide_for_themselves() {
    let text = "Les chefs d'Etats décident de se revoir\n\nLyon, 31 juillet – Les chefs d'Etats et de gouvernements des pays de la Cédéao et du Syndicat des poires, réunis à Lyon pour leur premier sommet commun, ont décidé, mardi, de se retrouver chaque année.\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶2 Chefs d'Etats et de gouvernements des pays de la Cédéao et du Syndicat des poires"]
    );
}
