//! One composed text per kind of failure met in the French rounds res16 and res17 (helper
//! hfr7): each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_request_joined_after_a_view_of_the_same_subject_is_dated_by_that_view() {
    // The days are those of the view's object (talks held before the adoption), not of
    // the act: the request is the text's own.
    let text = "Résumé de la résolution 12 (2031) du Conseil des vergers.\n\nLe Conseil a pris note des pourparlers qui devaient se tenir à Lyon le 9 mars 2031, à la suite des réunions tenues à Nantes du 2 au 4 février 2031, entre les communes, et a exhorté les deux communes à planter des haies dès que possible.\n";
    assert_eq!(brief(text, "2031-03-04"), ["¶2 Deux communes"]);
    // A day before the subject's first verb still tells an earlier decision.
    let text = "Résumé.\n\nLe 2 février 2031, le Conseil a pris note des pourparlers et a exhorté les communes à planter des haies.\n";
    assert_eq!(brief(text, "2031-03-04"), Vec::<String>::new());
}

#[test]
fn a_request_joined_after_a_view_by_et_asks_its_addressee() {
    let text = "Le Conseil des vergers,\n\n1. Déclare que les incendies sont contraires au règlement et exige fermement que les incendies de broussailles cessent immédiatement;\n\n2. Salue les récoltes menées à Lyon et encourage les différents jardiniers à tout mettre en œuvre pour la paix des vergers;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Tous les États", "¶2 Différents jardiniers"]
    );
}

#[test]
fn a_second_request_of_the_same_addressees_by_a_pronoun_asks_them_again() {
    let text = "Le Conseil des vergers,\n\n1. Prie tous les jardiniers de tailler les pommiers et de ramasser les feuilles mortes, et les prie aussi de protéger les ruches des abeilles;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Jardiniers", "¶1 Jardiniers"]
    );
}

#[test]
fn a_call_renewed_by_the_text_is_no_recount_of_the_earlier_one() {
    let text = "Le Conseil des vergers,\n\n1. Réitère la demande par laquelle il a prié tous les fermiers de protéger les abeilles;\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶1 Fermiers"]);
}

#[test]
fn a_mandate_given_to_x_asks_x() {
    let text = "Lors de leur 12e réunion, le 7 février 2031, les Délégués ont pris note du rapport sur les vergers, et ont donné mandat au Comité des vergers (CDV) d'examiner ces recommandations.\n";
    assert_eq!(brief(text, "2031-02-07"), ["¶1 Comité des vergers (CDV)"]);
}

#[test]
fn leaders_who_pledged_in_the_past_made_the_meeting_s_commitment() {
    let text = "Le sommet des vergers s'est tenu lundi à Lyon.\nLes dirigeants de l'Union des vergers se sont engagés à accompagner les nouvelles communes dans la plantation des haies.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Dirigeants de l'Union des vergers"]
    );
    // "qui se sont engagés à ...": a standing commitment, told of others.
    let text = "Le sommet des vergers s'est tenu lundi à Lyon.\nIl a salué les communes qui se sont engagées à planter des haies.\n";
    assert_eq!(brief(text, "2031-03-01"), Vec::<String>::new());
}

#[test]
fn an_infinitive_after_two_clitic_pronouns_ends_the_addressee() {
    let text = "Le Conseil des vergers a publié son guide et a invité les communes à s'en inspirer et à en rendre compte.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶1 Communes"]);
}

#[test]
fn a_span_after_this_date_counts_from_the_day_the_sentence_gave() {
    let text = "Le Conseil des vergers,\n\n1. Autorise le comité des abeilles à prier les communes de lui faire connaître leurs vues le 30 novembre 2031 au plus tard, et prie le comité de boucler son étude trois mois au maximum après cette date;\n";
    assert_eq!(
        brief(text, "2031-06-18"),
        [
            "¶1 Comité des abeilles due=2031-11-30",
            "¶1 Comité due=2032-02-29"
        ]
    );
}

#[test]
fn a_session_of_a_named_body_dated_in_brackets_is_due_that_day() {
    let text = "Les Délégués\n\n1. invitent le groupe de travail à leur soumettre une liste de propositions pour la 120e Session du Comité des vergers (11 mai 2032) ;\n";
    assert_eq!(
        brief(text, "2032-03-24"),
        ["¶1 Groupe de travail due=2032-05-11"]
    );
}

#[test]
fn a_page_opening_on_the_last_paragraph_of_one_text_keeps_its_number() {
    let text = "Page 9 du recueil des vergers\n\n7. Prie le Jardinier en chef de faire rapport au Conseil.\n\nAdoptée à la 12e séance.\n\n14 (2031). Résolution du 11 décembre 2031\n\nLe Conseil des vergers,\n\nRappelant sa résolution 12,\n\n1. Regrette les sécheresses;\n\n2. Invite toutes les communes à planter des haies;\n";
    assert_eq!(
        brief(text, "2031-12-11"),
        ["¶7 Jardinier en chef", "¶2 Communes"]
    );
}
