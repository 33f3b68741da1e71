//! One composed text per kind of failure met in the French round res30 and the leftovers of
//! res29 (helper hfr17): each fixes the kind, never the instance, and none is a sentence of
//! a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_thing_to_take_effect_on_a_day_named_with_its_weekday_is_a_call_on_all_due_that_day() {
    let text = "Le Conseil des vergers,\n\n1. Demande expressément qu'une trêve des récoltes prenne effet le lundi 3 mars 2031 à midi et invite les deux communes à rendre les clés;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Tous les États due=2031-03-03", "¶1 Deux communes"]
    );
}

#[test]
fn a_decision_not_to_act_is_no_task() {
    let text = "Lyon, 3 mars 2031 — Les maires de la Ligue des vergers se sont réunis hier.\n\nL'organisation décide de ne pas «imposer d'amendes» à la Vallée après la grêle.\n";
    assert!(brief(text, "2031-03-03").is_empty());
}

#[test]
fn an_organisation_named_by_a_periphrasis_asks_whom_it_names() {
    let text = "Lyon, 3 mars 2031 — Les maires de la Ligue des vergers se sont réunis hier.\n\nL'instance sous-régionale recommande au maire de la Vallée Jean Dupont de « rendre les clés avant l'hiver ».\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶2 Maire de la Vallée Jean Dupont"]
    );
}

#[test]
fn a_past_act_told_in_a_clause_of_time_is_recounted() {
    let text = "La Ligue des vergers s'est réunie hier à Lyon. La tension est montée d'un cran entre la Ligue et la Vallée lorsque le conseil municipal de la Vallée a ordonné l'expulsion du délégué de la Ligue à Lyon.\n";
    assert!(brief(text, "2031-03-03").is_empty());
}

#[test]
fn the_bodys_own_acronym_as_subject_names_the_body_with_it() {
    let text = "Le Conseil permanent de la Francophonie a tenu le 3 mars 2031 à Lyon une session pour examiner la situation de la Vallée.\n\nDans une résolution adoptée sans vote, le CPF a condamné la grêle et décidé, conformément à la Charte des vergers, de suspendre la Vallée de ses instances.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶2 Conseil permanent de la Francophonie (CPF)"]
    );
}

#[test]
fn a_decision_that_a_named_organ_act_in_the_subjunctive_asks_it() {
    let text = "Le Conseil de paix et de sécurité s'est réuni le 3 mars 2031.\n\nLe Conseil a décidé que la Troïka des vergers lance rapidement des pourparlers avec la Vallée et le Plateau.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Troïka des vergers"]);
}

#[test]
fn one_persons_call_after_a_datelines_dash_is_not_the_bodys() {
    let text = " date 2031-03 Lyon — Le Commissaire aux vergers de la Ligue des vergers (LDV), Jean Dupont, a appelé l'organisation à jouer un rôle plus actif.\n\nLe Conseil a demandé à la Commission de la LDV de rouvrir son bureau à Lyon.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Commission de la LDV"]);
}

#[test]
fn a_pages_tag_of_several_words_after_a_short_tag_is_a_paragraph_of_its_own() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des vergers s'est réuni mercredi.\n\nagriculture\n\nonu\n\nla ligue des vergers de lyon\n\nLe Conseil prie le Secrétaire général de planter des pommiers.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶5 Secrétaire général"]);
}
