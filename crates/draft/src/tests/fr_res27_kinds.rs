//! One composed text per kind of failure met in the French round res27 (helper hfr14): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_task_given_in_the_passive_asks_the_one_charged() {
    let text = "Le Conseil des ministres s'est tenu ce jeudi.\n\nLe Président de la République a demandé au Gouvernement de recenser les vergers. A ce titre, le Ministre en charge des Pommes a été chargé de mobiliser les préfets pour recouper les chiffres.\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶2 Gouvernement", "¶2 Ministre en charge des Pommes"]
    );
    // A standing charge is no task given at the meeting.
    let standing =
        "Le Comité des vergers, qui est chargé de suivre les haies, s'est réuni hier à Lyon.\n";
    assert!(brief(standing, "2031-03-06").is_empty());
}

#[test]
fn a_demand_of_someone_for_a_thing_asks_them() {
    let text = "Le Conseil des vergers s'est réuni hier.\n\nLe Conseil exige du Comité national du verger et du jardin (CNVJ) la libération immédiate et sans condition du maire de Lyon.\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶2 Comité national du verger et du jardin (CNVJ)"]
    );
}

#[test]
fn a_call_names_its_doers_between_two_parties() {
    let text = "Le Conseil des vergers a prorogé hier le mandat de sa mission, appelant aussi à la reprise des négociations entre les deux parties au litige, la Ligue des pommes et le Syndicat des poires.\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶1 Ligue des pommes | Syndicat des poires"]
    );
}

#[test]
fn a_demand_quoted_from_its_verb_asks_the_subject_of_its_that_clause() {
    let text = "Le Conseil des vergers s'est réuni hier.\n\nConcernant la Vallée, les membres du CPV «exige que Jean Dupont transfère immédiatement et pacifiquement la mairie à Paul Martin.»\n";
    assert_eq!(brief(text, "2031-03-06"), ["¶2 Jean Dupont"]);
}

#[test]
fn a_decision_announced_after_a_quoted_aside_is_the_bodys() {
    let text = "Lyon — Le Conseil permanent de la Pomme (CPP), réuni en session extraordinaire, a examiné jeudi la situation de la Vallée.\n\nDans un communiqué, le Conseil permanent de la Pomme dit condamner « fermement ces coupes » et annonce avoir décidé, « en vertu de la Charte des vergers, de suspendre la Vallée du Conseil, tout en maintenant les programmes d'arrosage ».\n";
    assert_eq!(brief(text, "2031-03-06"), ["¶2 Conseil permanent"]);
}

#[test]
fn a_call_quoted_after_an_asides_comma_is_read_and_the_lede_restating_it_dropped() {
    let text = "Lyon — Le Conseil des vergers a demandé mardi la mise en place d'une gestion conduite par des habitants dans la Vallée.\n\nLe Conseil, dans une résolution adoptée à l'unanimité, \"appelle à la mise en place d'un comité de gestion conduit par des habitants et renouvelle sa demande d'une gestion concertée et ouverte\".\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶2 Tous les États", "¶2 Tous les États"]
    );
}

#[test]
fn a_ministers_words_go_on_under_his_bare_name_and_what_he_cites() {
    let text = "Une famille dans un verger de Lyon. Photo : AFP |\nS'exprimant lors d'une réunion du Conseil des vergers, le ministre des Pommes du Pérou a appelé les pays voisins à coopérer face aux gelées.\nJean Dupont a salué les récentes récoltes. Il a également appelé à soutenir la Vallée dans l'organisation des cueillettes.\nJean Dupont a exhorté les pays voisins à respecter la Charte des vergers. Selon ces textes, les pays voisins doivent avoir au moins deux sièges au Conseil.\n";
    assert!(brief(text, "2031-03-06").is_empty());
    // A name that opens the text's first sentence is no one's words continued.
    let first = "Jean Dupont a exhorté les pays voisins à respecter la Charte des vergers.\n";
    assert_eq!(brief(first, "2031-03-06"), ["¶1 Pays voisins"]);
}

#[test]
fn a_line_closed_by_a_spaced_quotation_mark_ends_its_paragraph() {
    let text = "Le Conseil des vergers s'est réuni hier à Lyon, sous la présidence de son doyen, pour examiner la situation de la Vallée.\nSelon le communiqué final : «Les membres du Conseil ont, dans une résolution adoptée hier, prononcé la fin de la mesure de retrait des vergers de la Vallée.\nLes membres du Conseil ont félicité le maire de Lyon pour sa contribution décisive à la cueillette et ont encouragé les nouvelles autorités à poursuivre la taille des haies, l'arrosage des vergers, la récolte des pommes, des poires et des prunes, ainsi que la replantation des jeunes arbres le long du fleuve, afin de répondre aux attentes légitimes des jardiniers de la Vallée et de leurs familles. »\nConcernant la Vallée, les membres du CPV «exige que Jean Dupont transfère immédiatement la mairie à Paul Martin.»\nLe texte de la Résolution sur la Vallée\n\"Le Conseil des vergers, réuni en session extraordinaire à Lyon le 12 janvier 2031, pour examiner la situation de la Vallée,\nRappelant la résolution adoptée, le 16 janvier 2029, lors de la session consacrée à l\n";
    assert_eq!(
        brief(text, "2031-03-06"),
        ["¶3 Nouvelles autorités", "¶4 Jean Dupont"]
    );
}

#[test]
fn a_request_cut_inside_its_quotation_asks_the_two_a_count_stands_for() {
    let text = "Le Conseil des vergers s'est réuni hier à Lyon.\n\nSur la situation qui prévaut à la frontière entre la Pomérie et Vallonie, les membres du Conseil ont adopté une résolution dans laquelle, à l'unanimité, ils exhortent ces deux pays «\n";
    assert_eq!(brief(text, "2031-03-06"), ["¶2 Pomérie | Vallonie"]);
}

#[test]
fn measures_announced_are_the_bodys_decision() {
    let text = "Le sommet des vergers s'est tenu hier à Lyon.\n\nSuite à la présentation du rapport, la conférence a annoncé plusieurs mesures y compris une condamnation des coupes, une fermeture des serres, et la mise en place de diverses sanctions.\n";
    assert_eq!(brief(text, "2031-03-06"), ["¶2 Conférence"]);
    // An announcement of a meeting is no measure.
    let meeting = "Le sommet des vergers s'est tenu hier à Lyon.\n\nLa conférence a annoncé la tenue de son prochain sommet à Lyon.\n";
    assert!(brief(meeting, "2031-03-06").is_empty());
}
