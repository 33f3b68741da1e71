//! One composed text per kind of failure met in the French round res19 (helper hfr8): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_adverb_phrase_between_the_verb_and_its_addressee_is_passed_over() {
    let text = "Le Conseil des vergers,\n\n1. Demande d'urgence à la commune de Lyon de rapporter toutes les mesures prises;\n\n2. Prie de toute urgence les communes de planter des haies;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Commune de Lyon", "¶2 Communes"]
    );
}

#[test]
fn an_appeal_launched_for_a_thing_calls_on_all() {
    let text = "Le Conseil des vergers,\n\n1. Lance un appel en vue d'une trêve des tailles dans les vergers;\n\n2. Lance un appel pressant pour une trêve des récoltes;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Tous les États", "¶2 Tous les États"]
    );
}

#[test]
fn the_day_an_act_is_to_be_done_is_its_due() {
    let text = "Le Conseil des vergers,\n\n1. Demande aux communes de tenir les élections municipales le 24 mars 2031;\n\n2. Prie les communes de publier la liste adoptée le 2 mars 2031;\n\n3. Invite les communes à planter des haies dès le 5 mars 2031;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Communes due=2031-03-24", "¶2 Communes", "¶3 Communes"]
    );
}

#[test]
fn a_decision_to_condemn_is_a_view() {
    let text = "Le Conseil des vergers\n\n1. Décide de condamner la coupe des haies;\n\n2. Décide de prier toutes les communes de protéger les haies.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Communes"]);
}

#[test]
fn a_paragraph_cut_at_the_page_foot_is_no_headline() {
    let text = "Conseil des vergers\n\nCV/1\n\nLe Conseil des vergers a décidé, cet après-midi, de prolonger jusqu'au 3 mars 2032 la Mission des haies.\n\nCV/2\n\nLe Conseil des vergers a décidé, cet après-midi, de reconduire pour un an la Force des vergers, revenant ainsi au rythme annuel de la Force, qui avait été interrompu en avril 2\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶3 Conseil des vergers", "¶5 Conseil des vergers"]
    );
}

#[test]
fn a_decision_taken_unanimously_is_read_past_its_manner() {
    let text = "Décisions.\n\nLe Conseil des vergers a décidé à l'unanimité de demander à la commune de Lyon de planter des haies.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Commune de Lyon"]);
}

#[test]
fn an_appeal_to_a_person_s_devotion_asks_the_person() {
    let text = "Décisions.\n\nLe Conseil des vergers a décidé de faire appel au dévouement de Jean Dupont envers les Vergers et de lui demander de continuer à exercer les fonctions de jardinier en chef.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Jean Dupont"]);
}

#[test]
fn a_thing_that_needs_support_asks_nobody() {
    let text = "Le Conseil des vergers s'est réuni à Lyon.\n\nLes perspectives de récolte dans la vallée sont bonnes et demandent l'appui des communes voisines pour se confirmer, a reconnu le Conseil des vergers ce matin.\n\nLe Conseil des vergers a demandé l'appui de la communauté internationale pour les récoltes.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶3 Communauté internationale"]);
}
