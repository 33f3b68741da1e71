//! One composed text per kind of failure met on formal French resolutions (rounds "res1"
//! on): each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_present_participle_clause_after_an_addressee_is_not_its_name() {
    let text = "L'Assemblée des États parties,\n\n1. Ayant examiné la note sur les vergers ;\n\n2. Exhorte les États parties ayant planté des vergers à en publier l'inventaire ;\n\n3. Invite les pays n'ayant pas encore de verger à en créer un ;\n\n4. Prie les États étant membres du Bureau de se réunir ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶2 États parties", "¶3 Pays", "¶4 États"]
    );
}

#[test]
fn a_chapeau_that_ends_in_a_colon_names_the_body_and_its_items_may_ask_others() {
    let text = "Décision sur les vergers\nLe Conseil de gestion a décidé:\na) de planter des poiriers dans le verger nord;\nb) de demander au Jardinier en chef de tailler les pommiers;\nc) d'ouvrir un concours de greffe, et de prier le Secrétariat de publier le règlement du concours.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶2 Conseil de gestion",
            "¶2 Jardinier en chef",
            "¶2 Conseil de gestion",
            "¶2 Secrétariat"
        ]
    );
}

#[test]
fn a_session_numbered_in_figures_and_dated_in_brackets_is_due_that_year() {
    let text = "Le Conseil de gestion a décidé:\na) d'inscrire la taille des poiriers à l'ordre du jour de la 52e session (2033) de l'Assemblée;\nb) d'inscrire provisoirement le greffage à l'ordre du jour de la 51e session (2032) de l'Assemblée, sous réserve des avis rendus par le Comité en mai 2032.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶1 Conseil de gestion due=2033",
            "¶1 Conseil de gestion due=2032"
        ]
    );
}

#[test]
fn les_before_the_verb_asks_the_plural_named_before() {
    let text = "Le Comité,\n\n1. Prend note des efforts de tous les États ayant planté des vergers, et les invite à poursuivre leurs plantations ;\n\n2. Salue le travail des communes rurales et les encourage à greffer leurs pommiers ;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 États", "¶2 Communes rurales"]
    );
}

#[test]
fn a_long_aside_between_decides_and_its_infinitive_is_skipped() {
    let text = "Le Comité des vergers,\n\n1. Décide en outre, conformément à l'article 9 du règlement des vergers adopté par l'Assemblée des jardiniers, de réserver une parcelle aux jeunes pousses ;\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶1 Comité des vergers"]);
}

#[test]
fn an_enumeration_closed_by_et_lists_one_more_actor() {
    let text = "La Conférence des Parties,\n\n1. Invite les Parties, les organisations régionales compétentes, les réseaux sur la greffe fruitière et les associations de jardiniers à partager leurs semences ;\n\n2. Invite les Parties et autres intéressés à planter des haies ;\n\n3. En appelle aux États voisins non parties à l'Accord à protéger les abeilles ;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶1 Parties | Organisations régionales compétentes | Réseaux sur la greffe fruitière | Associations de jardiniers",
            "¶2 Parties | Autres intéressés",
            "¶3 États voisins"
        ]
    );
}

#[test]
fn a_session_dated_in_brackets_after_a_place_and_a_numbered_meeting_are_due() {
    let text = "Le Comité des vergers,\n\n1. Demande au Directeur des vergers de transmettre le rapport à l'Assemblée lors de sa 20e session (Pomme, 2031) ;\n\n2. Décide de réserver un siège à pourvoir par l'Assemblée lors de sa 21e session (Pomme, 14-15 octobre 2032) ;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶1 Directeur des vergers due=2031",
            "¶2 Comité des vergers due=2032-10-14"
        ]
    );
    let meeting = "Le Comité des vergers,\n\n1. Prie le secrétariat de lui soumettre un plan pour examen à sa quatrième réunion ;\n";
    assert_eq!(brief(meeting, "2031-03-01"), ["¶1 Secrétariat due=at 2032"]);
}

#[test]
fn a_meeting_of_a_body_asked_is_the_body() {
    let text = "La Réunion des jardiniers,\n\n1. Invite la cinquième réunion de la Conférence des vergers à examiner le calendrier des greffes ;\n\n2. Invite la prochaine session du Conseil des semences à adopter la liste des graines ;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Conférence des vergers", "¶2 Conseil des semences"]
    );
}

#[test]
fn a_meeting_of_a_body_as_the_subject_of_a_recommended_subjunctive_is_asked() {
    let text = "La Réunion des jardiniers,\n\n1. Recommande que la prochaine réunion de la Conférence des vergers qui se tiendra à Pomme, du 2 au 6 mai 2032, adopte les lignes directrices sur la greffe ;\n";
    assert_eq!(brief(text, "2031-03-01")[0], "¶1 Conférence des vergers");
}

#[test]
fn a_time_clause_after_an_addressee_is_not_its_name() {
    let text = "Le Comité,\n\n1. Invite les communes, lorsqu'elles plantent des haies le long des routes, à choisir des essences locales ;\n\n2. Encourage les jardiniers, quand ils taillent leurs pommiers, à garder le bois mort ;\n";
    assert_eq!(brief(text, "2030-06-01"), ["¶1 Communes", "¶2 Jardiniers"]);
}

#[test]
fn decides_that_a_named_body_will_do_asks_it_and_a_text_that_must_hold_asks_nobody() {
    let text = "Le Comité,\n\n1. Décide aussi que le Groupe des semences rédigera un guide des greffes ;\n\n2. Décide que le Bureau sera informé des récoltes ;\n\n3. Décide que ces rapports devront inclure une liste des arbres plantés ;\n\n4. Décide que les communes devront arroser les haies ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶1 Groupe des semences", "¶4 Communes"]
    );
}

#[test]
fn a_singular_pronoun_after_a_view_asks_the_one_named_in_it() {
    let text = "Le Comité,\n\n1. Salue le travail de l'État partie sur les haies du verger et l'invite à planter des noyers ;\n";
    assert_eq!(brief(text, "2030-06-01"), ["¶1 État partie"]);
}

#[test]
fn a_page_that_names_no_body_but_a_conference_symbol_is_that_conference() {
    let text = "ORCH/CP/2040/L.3\n\n3. Décide de planter des pommiers le long des canaux ;\n\n4. Invite les Parties à greffer leurs poiriers ;\n";
    assert_eq!(
        brief(text, "2040-06-01"),
        ["¶3 Conférence des Parties", "¶4 Parties"]
    );
}

#[test]
fn le_before_a_request_verb_after_a_view_asks_the_one_the_view_names() {
    let text = "Le Comité,\n\n1. Prend note du rapport remis par le Jardinier sur les poiriers et le prie instamment de tailler les branches mortes ;\n";
    assert_eq!(brief(text, "2030-06-01"), ["¶1 Jardinier"]);
}

#[test]
fn rappeler_a_someone_de_and_an_infinitive_is_a_request() {
    let text = "Le Comité,\n\n1. Rappelle aux communes rurales de planter trois pommiers chacune ;\n\n2. Rappelle aux communes que chaque verger a son propre sol ;\n\n3. Rappelle à la Commune du Nord de tailler ses haies et au Jardinier la nécessité de greffer ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶1 Communes rurales", "¶3 Commune du Nord"]
    );
}

#[test]
fn an_adverb_between_de_and_the_infinitive_still_opens_the_action() {
    let text = "Le Comité,\n\n1. Demande également au Jardinier de soigneusement greffer les jeunes poiriers ;\n";
    assert_eq!(brief(text, "2030-06-01"), ["¶1 Jardinier"]);
}

#[test]
fn before_the_end_of_a_year_is_due_within_that_year() {
    let text = "Le Comité,\n\n1. Prie le Jardinier de tailler les poiriers avant fin 2031 ;\n\n2. Invite la Commune à greffer ses pommiers d'ici la fin de 2032 ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶1 Jardinier due=2031", "¶2 Commune due=2032"]
    );
}

#[test]
fn a_recurring_report_from_a_year_is_due_that_year_and_a_bare_start_is_not_due() {
    let text = "Le Comité,\n\n1. Prie le Jardinier de rendre compte de la taille tous les trois ans à compter de 2032 ;\n\n2. Invite la Commune à arroser les poiriers à partir de 2033 ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶1 Jardinier due=2032", "¶2 Commune"]
    );
}

#[test]
fn les_after_thanks_for_a_reason_asks_those_thanked_not_a_plural_of_the_reason() {
    let text = "Le Comité,\n\n1. Félicite les villes et les communes rurales pour leur part dans les concours de greffe et les encourage à planter des noyers ;\n";
    assert_eq!(brief(text, "2030-06-01"), ["¶1 Villes | Communes rurales"]);
}

#[test]
fn a_french_period_makes_a_recurring_mandate_with_its_end() {
    let text = "Le Comité,\n\n1. Prie le Jardinier de lui rendre compte de la taille tous les six mois jusqu'au 31 mars 2033 ;\n\n2. Invite la Commune à publier chaque année la liste des poiriers greffés ;\n\n3. Prie le Jardinier de présenter son rapport annuel au Comité ;\n";
    let every = crate::tests::brief::Brief {
        every: true,
        ..crate::tests::brief::Brief::default()
    };
    assert_eq!(
        every.of(text, "2030-06-01"),
        [
            "¶1 Jardinier every=6 months",
            "¶2 Commune every=1 year",
            "¶3 Jardinier"
        ]
    );
    let opts = crate::Options {
        adopted: Some(jiff::civil::date(2030, 6, 1)),
        today: jiff::civil::date(2030, 6, 2),
    };
    let drafted = crate::draft(text, &opts);
    let until = drafted.mandates[0].every.as_ref().and_then(|e| e.until);
    assert_eq!(until.map(|u| u.to_string()).as_deref(), Some("2033-03-31"));
}

#[test]
fn present_tense_items_under_a_body_heading_are_its_tasks() {
    let text = "Greffe des poiriers\n\nLe Jardinier en chef, sous réserve des semences disponibles :\n\na) organise deux journées de taille dans les vergers du nord ;\n\nb) publie un guide de greffe pour les communes ;\n\nc) rend compte au Conseil des vergers de ces travaux.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶2 Jardinier en chef",
            "¶2 Jardinier en chef",
            "¶2 Jardinier en chef"
        ]
    );
}

#[test]
fn a_present_task_of_another_body_in_a_decision_asks_it_by_the_session_named() {
    let text = "La Conférence des jardiniers,\n\nLe Comité des greffes examine la question des haies.\n\n41.11 (Rev. CoP40) Le Comité des semences examine les relevés de récolte et formule des avis à la Conférence des jardiniers à sa 9e session sur les greffes.\n\nLa Conférence des jardiniers examine aussi les comptes du verger.\n\n41.12\nÀ l'adresse de : Bureau des greffes\nLe Bureau des greffes publie un relevé des greffons.\n";
    let got = brief(text, "2031-03-01");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("¶3 Comité des semences due="), "{got:?}");
    assert_eq!(got[1], "¶5 Bureau des greffes");
}

#[test]
fn a_decision_number_with_its_revision_is_no_paragraph_number() {
    let text = "31.10 (Rev. CoP33) & 31.11 Les vergers\n\nÀ l'adresse du Comité des semences\n\n31.11 (Rev. CoP33) Le Comité des semences prolonge son groupe sur les greffes jusqu'à la 34e session de la Conférence.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶3 Comité des semences"]);
}

#[test]
fn past_participles_one_a_line_after_a_colon_each_ask_and_a_shared_action_asks_both() {
    let text = "Retour sur la session des jardiniers tenue à Lyon en mars 2031.\nLa Conférence a :\nprié instamment les communes qui ne l'ont pas encore fait de planter des haies, et de rendre compte à la Conférence à sa prochaine réunion;\nInvité les communes à échanger leurs greffons;\ndemandé aux communes et invité les associations de jardiniers à publier leurs relevés de récolte.\n";
    assert_eq!(
        brief(text, "2031-03-20"),
        [
            "¶3 Communes due=at 2032",
            "¶4 Communes",
            "¶5 Communes",
            "¶5 Associations de jardiniers"
        ]
    );
}

#[test]
fn a_guillemet_before_a_paragraph_number_keeps_the_number() {
    let text = "Note du Conseil des vergers\n\n« Calendrier\n\n« 21. Le calendrier est affiché dans la serre chaque mois.\n\n« 22. Les membres du Conseil encouragent le Président du Conseil à afficher le calendrier dans la serre.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶22 Président du Conseil"]);
}

#[test]
fn a_participle_describing_a_named_body_opens_no_clause_and_days_after_adoption_are_due() {
    let text = "Le Conseil des vergers,\n\n1. Prie les communes de rendre compte au Groupe créé en vertu du paragraphe 3 ci-dessus, dans les vingt jours qui suivront l'adoption de la présente décision, des haies plantées ;\n\n2. Prie le Jardinier de lui rendre compte de la taille dix jours au plus tard après l'adoption de la présente décision ;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶1 Communes due=At { anchor: Adoption, days: 20 }",
            "¶2 Jardinier due=At { anchor: Adoption, days: 10 }"
        ]
    );
}

#[test]
fn a_bodys_own_past_acts_on_its_agenda_under_its_chapeau_are_its_mandates() {
    let text = "Décision sur les vergers\n\nLe Conseil de gestion, sur proposition de son jardinier:\n\na) a prié le Jardinier en chef de tailler les pommiers;\n\nb) a inscrit la taille des poiriers à l'ordre du jour de sa 210e session (mars 2034);\n\nc) a reporté à sa 211e session (novembre 2034) l'examen du greffage;\n\nd) a invité le Secrétariat à publier le calendrier des récoltes.\n";
    assert_eq!(
        brief(text, "2033-11-10"),
        [
            "¶2 Jardinier en chef",
            "¶2 Conseil de gestion due=2034-03",
            "¶2 Conseil de gestion due=2034-11",
            "¶2 Secrétariat"
        ]
    );
    // Undated, the agenda of the body's own session is still due at it.
    let undated = text.replace(" (mars 2034)", "");
    assert_eq!(
        brief(&undated, "2033-11-10")[1],
        "¶2 Conseil de gestion due=at 2034"
    );
}

#[test]
fn the_body_named_after_a_long_preamble_before_the_colon_is_the_texts() {
    let text = "Décision sur les vergers\n\nNotant les efforts des communes, et ceux qui restent à faire pour planter des haies le long des chemins du nord, le Conseil de gestion:\n\na) a décidé de visiter, à sa 12e session, les vergers du nord;\n\nb) a invité toutes les communes à greffer leurs poiriers.\n";
    assert_eq!(
        brief(text, "2033-11-10"),
        ["¶2 Conseil de gestion due=at 2034", "¶2 Communes"]
    );
    // A chapeau whose body goes on with a verb names no body by this rule.
    let going_on = text.replace(
        "le Conseil de gestion:",
        "le Conseil de gestion a pris les mesures suivantes:",
    );
    assert_eq!(
        brief(&going_on, "2033-11-10"),
        ["¶2 (body not named in the text) due=at 2034", "¶2 Communes"]
    );
}

#[test]
fn a_participle_after_an_elided_pronoun_is_no_part_of_the_addressee() {
    let text = "La Commission des vergers,\n\n1. Exhorte les communes ne l'ayant pas encore fait à planter des haies ;\n\n2. Invite les jardiniers ne les ayant pas greffés à tailler leurs poiriers ;\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶1 Communes", "¶2 Jardiniers"]);
}

#[test]
fn a_reported_decision_by_the_people_or_organ_the_sentence_names_is_theirs() {
    let text = "La CEDEAO et les vergers\n\nBamako - Réunis par la CEDEAO, les Chefs d'Etat ont décidé, en fin de séance, de planter mille poiriers, selon le communiqué.\n\nLa Conférence décide aussi d'ouvrir un concours de greffe, et les dirigeants de l'UEMOA et de la CEDEAO ont décidé de se revoir en mai.\n\nLa CEDEAO a décidé de publier un guide.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶2 Chefs d'Etat",
            "¶3 Conférence",
            "¶3 Dirigeants de l'UEMOA et de la CEDEAO",
            "¶4 CEDEAO"
        ]
    );
    // The body itself, named shorter and with an adverb, stays the body.
    let own = "La Conférence des chefs d'État et de gouvernement de la CEDEAO,\n\nLes Chefs d'Etat et de gouvernement ont décidé de planter des haies.\n\nLa Conférence a par ailleurs décidé de tailler les poiriers.\n";
    assert_eq!(
        brief(own, "2031-03-01"),
        [
            "¶2 Conférence des chefs d'État et de gouvernement de la CEDEAO",
            "¶3 Conférence des chefs d'État et de gouvernement de la CEDEAO"
        ]
    );
}

#[test]
fn upper_case_roman_items_under_decides_are_the_bodys_decisions() {
    let text = "Le Comité des vergers,\n12. Au vu de ce qui précède, le Comité décide :\nI. de déclarer la plainte des jardiniers recevable ;\nII. de notifier sa décision aux communes ; et\nIII. d’inclure la décision dans son rapport annuel.\nFait à Lyon, lors de sa 8e session.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        [
            "¶12 Comité des vergers",
            "¶12 Comité des vergers",
            "¶12 Comité des vergers"
        ]
    );
    // A part's heading in capitals is no item.
    let parts = "Le Comité des vergers,\n\nI. LES POIRIERS\n\n1. Prie les communes de tailler leurs poiriers ;\n\nII. LES POMMIERS\n\n2. Prie les jardiniers de greffer leurs pommiers ;\n";
    assert_eq!(brief(parts, "2031-03-01"), ["¶1 Communes", "¶2 Jardiniers"]);
}

#[test]
fn a_deadline_named_as_such_is_due_that_day() {
    let text = "Le Comité des vergers,\n- Ayant examiné le document V/31/9,\n- Remercie les communes et invite la commune qui n’a pas encore remis son inventaire à le remettre au plus vite en tenant compte de l’échéance du 20 décembre 2031, afin que le Comité puisse l’examiner à sa seizième session en 2032 ;\n";
    assert_eq!(brief(text, "2031-06-01"), ["¶3 Commune due=2031-12-20"]);
}

#[test]
fn a_span_before_the_end_of_a_mandate_the_text_renews_is_counted_back_from_its_end() {
    let text = "Le Conseil des vergers proroge jusqu’au 15 mars 2032 le mandat du Groupe des greffeurs\nLe Conseil des vergers a prorogé, ce matin, jusqu’au 15 mars 2032, le mandat du Groupe des greffeurs.\nLe Conseil prie en outre le Groupe des greffeurs de lui présenter un rapport final, au plus tard 45 jours avant l’expiration de son mandat.\n";
    assert_eq!(
        brief(text, "2031-06-01"),
        ["¶3 Groupe des greffeurs due=2032-01-30"]
    );
    // The same in a resolution's operative paragraphs, without a count: due the end itself.
    let ops = "Le Conseil des vergers,\n\n1. Décide de proroger le mandat du Groupe des greffeurs jusqu’au 15 mars 2032 ;\n\n2. Prie le Groupe des greffeurs de lui remettre son rapport avant la fin de son mandat ;\n";
    assert_eq!(
        brief(ops, "2031-06-01"),
        [
            "¶1 Conseil des vergers",
            "¶2 Groupe des greffeurs due=2032-03-15"
        ]
    );
}

#[test]
fn a_span_counted_with_prochains_is_within_it() {
    let text = "Le Conseil des vergers,\n\n1. Prie le Jardinier en chef de replanter, dans les 30 prochains jours, la parcelle nord ;\n\n2. Invite les communes à tailler leurs poiriers au cours des six prochains mois ;\n";
    assert_eq!(
        brief(text, "2031-06-01"),
        [
            "¶1 Jardinier en chef due=At { anchor: Adoption, days: 30 }",
            "¶2 Communes due=At { anchor: Adoption, days: 183 }"
        ]
    );
}

#[test]
fn a_meeting_held_over_days_of_two_months_is_due_its_first_day() {
    let text = "Le Bureau,\n- Ayant examiné le document V/31/4,\n- Décide de tenir la neuvième session du Comité des vergers à Lille, France du 28 novembre au 3 décembre 2031.\n";
    assert_eq!(brief(text, "2031-06-01"), ["¶3 Bureau due=2031-11-28"]);
    // Over the turn of a year, the first day is in the year before the one given.
    let turn = "Le Bureau,\n- Décide de tenir la dixième session du Comité des vergers à Lille du 29 décembre au 2 janvier 2032.\n";
    assert_eq!(brief(turn, "2031-06-01"), ["¶2 Bureau due=2031-12-29"]);
}

#[test]
fn the_addressee_of_demander_a_x_que_ends_before_que_and_an_aside_singles_out_no_actor() {
    let text = "Le Conseil des vergers,\n\n1. Demande, en outre, à chacun desdits jardiniers que, tant que la greffe est en cours, il informe celui-ci de tout changement que la parcelle connaîtrait ou risquerait, à son avis, de connaître ;\n\n2. Engage toutes les communes, particulièrement celles de la vallée, à planter des haies ;\n\n3. Prie le Jardinier en chef de veiller à ce que les haies soient taillées ;\n";
    assert_eq!(
        brief(text, "2031-06-01"),
        [
            "¶1 Chacun desdits jardiniers",
            "¶2 Communes",
            "¶3 Jardinier en chef"
        ]
    );
}

#[test]
fn a_decision_that_someone_devait_act_asks_them() {
    let text = "Décision\n\nÀ sa 12e séance, le 3 mars 2031, le Conseil des vergers a décidé que le Président devait inviter les jardiniers à se rencontrer sous ses auspices.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Président"]);
}

#[test]
fn decides_after_an_aside_that_if_a_condition_holds_a_named_organ_will_consider() {
    let text = "Le Comité des vergers,\n- Prend note de la demande de la commune ;\n- Décide, à titre exceptionnel et dans l’attente de règles que l’Assemblée fixera en 2033, que, si la commune soumet à la date limite du 31 mars 2032 son rapport sur la parcelle, le Comité l’examinera lors de sa douzième session, en 2033 ;\n";
    assert_eq!(brief(text, "2031-12-04"), ["¶3 Comité due=at 2033"]);
}

#[test]
fn a_reported_decision_with_an_adverb_after_its_auxiliary_and_a_note_call_after_a_full_stop() {
    let text = "Une page sur les vergers\nLa résolution 9999 du Conseil des vergers, adoptée le 20 septembre 2031, a prorogé le mandat de la Mission des vergers jusqu'au 31 décembre 2031. [1]\nEn prorogeant le mandat de la Mission, le Conseil a également décidé de revoir la question avant le 31 octobre 2031. Le Jardinier en chef a recommandé une prorogation de six mois. [2]\n";
    assert_eq!(brief(text, "2031-09-20"), ["¶3 Conseil due=2031-10-31"]);
}

#[test]
fn an_item_lettered_in_capitals_that_gives_a_named_body_its_tasks_in_the_future_asks_it() {
    let text = "Le Conseil des vergers,\n\nConsidérant que la greffe presse,\n\nAdopte la résolution suivante :\n\nA. Il est constitué une Commission des vergers, composée de trois jardiniers.\n\nB. La Commission visitera les vergers dès que possible. Elle lui fera régulièrement rapport.\n";
    assert_eq!(brief(text, "2031-01-20"), ["¶5 Commission"]);
}

#[test]
fn a_gerund_request_with_lui_asks_the_one_named_just_before() {
    let text = "Le Conseil des vergers a prorogé ce matin le mandat de la Mission des greffeurs (\nMIG) jusqu'au 30 juin 2031, un délai plus court que celui que suggérait le Secrétaire général dans la note qu'il a remise\nau Conseil, en lui demandant un plan de taille.\n";
    assert_eq!(brief(text, "2031-01-10"), ["¶1 Secrétaire général"]);
}

#[test]
fn ce_dernier_calls_as_the_body_named_before_with_a_quoted_infinitive() {
    let text = "Plusieurs communes ont émis, mardi, une réserve à la décision du Conseil des vergers de la Ligue sur les haies. Ce dernier appelle la Commune du nord et la prétendue \"Commune libre\" à \"s'entendre sur les haies\" et à partager leurs semences.\n\nUne seconde ligne sans demande.\n";
    let drafted = brief(text, "2031-01-10");
    assert_eq!(drafted.len(), 1, "{drafted:?}");
    assert!(
        drafted[0].starts_with("¶1 Commune du nord | "),
        "{drafted:?}"
    );
    assert!(drafted[0].ends_with("Commune libre"), "{drafted:?}");
}

#[test]
fn ce_dernier_calls_with_guillemets() {
    let text = "Les délégués ont salué la décision du Conseil des vergers. Ce dernier appelle la Commune du nord à « s'entendre sur les haies ».\n";
    assert_eq!(brief(text, "2031-01-10"), ["¶1 Commune du nord"]);
}

#[test]
fn a_line_that_stops_on_an_opening_bracket_goes_on() {
    let text = "Le Conseil des vergers a prolongé ce matin le mandat de la Mission des jardiniers (\nMJN) jusqu'au 30 juin 2031, un délai plus court que celui que suggérait le Jardinier général dans la note qu'il a remise\nau Conseil, et a prié la Commission des haies de planter des poiriers.\n";
    assert_eq!(brief(text, "2031-01-10"), ["¶1 Commission des haies"]);
}
