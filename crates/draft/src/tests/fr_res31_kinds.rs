//! One composed text per kind of failure met in the French round res31 (helper hfr18): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_acronym_written_in_mixed_case_is_a_subject() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des fruits et vergers s'est réuni hier.\n\nÀ cette occasion, le Cfv invite la Ligue des semeurs à rouvrir ses marchés avant l'hiver.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Ligue des semeurs"]);
}

#[test]
fn a_request_with_no_addressee_asks_whom_the_opening_aside_says_it_is_for() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des fruits et vergers s'est réuni hier.\n\nÀ l'intention des communes du Sud, le Conseil demande d'accélérer la plantation des haies.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Communes du Sud"]);
}

#[test]
fn a_passive_request_of_a_group_named_by_a_demonstrative_asks_it() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des vergers s'est réuni hier.\n\nLe Conseil a examiné la situation des trois communes du Sud. Ces trois communes sont également invitées à rouvrir leurs marchés.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Trois communes"]);
}

#[test]
fn an_obligation_of_a_pronoun_in_lower_case_after_a_comma_asks_the_ones_asked_before() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des vergers s'est réuni hier.\n\nLe Conseil invite les communes du Sud à rouvrir leurs marchés. En outre, elles doivent s'abstenir de fermer leurs frontières.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶2 Communes du Sud", "¶2 Communes du Sud"]
    );
}

#[test]
fn what_an_obligation_is_to_bring_about_is_its_subjects_task() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des vergers s'est réuni hier.\n\nLe Conseil invite les communes du Sud à rouvrir leurs marchés. Elles doivent aussi veiller à ce que le Conseil recommande à la Ligue de planter des haies.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶2 Communes du Sud", "¶2 Communes du Sud"]
    );
}

#[test]
fn a_suggestion_that_a_named_actor_act_asks_it() {
    let text = "Le Comité des vergers,\n\n1. Ayant examiné la situation des haies,\n\n2. Suggère que les autorités communales poursuivent leurs efforts pour planter des haies;\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Autorités communales"]);
}

#[test]
fn who_leads_the_addressee_is_no_part_of_its_name() {
    let text = "Lyon, 3 mars 2031 — Le Conseil des vergers s'est réuni hier.\n\nLe Conseil invite la Troïka des vergers, sous le leadership de Jean Dupont, Président de la Vallée, à bien vouloir visiter les trois communes.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Troïka des vergers"]);
}

#[test]
fn decisions_run_on_one_a_line_are_numbered_each_by_its_own_paragraphs() {
    let text = "Recherche\n\nAdministration\nBudget\nConservation\n\n12 Décisions\nSession : 9COM 2031\nLe Comité des vergers [12],1. Ayant examiné l'état des haies, 2. Insiste sur l'importance des clôtures ; 3. Demande à la commune d'évaluer les limites des haies et exige donc ...\nLe Comité des vergers [14],1. Ayant examiné l'état des haies pour la première fois depuis 2019,2. Remerciant la commune de son rapport, 3. Encourage la commune à poursuivre ses efforts ; 4. Suggère que les autorités communales poursuivent leurs efforts pour informer ...\nLe Comité des vergers [15],1. Rappelant sa décision 8 COM 12 qui exprime des inquiétudes\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶3 Commune", "¶3 Commune", "¶4 Autorités communales"]
    );
}
