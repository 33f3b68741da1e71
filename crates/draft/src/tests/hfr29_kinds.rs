//! One composed text per kind of failure met in the French round res43 (helper hfr29):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_appeal_made_very_firmly_asks_as_an_appeal_does() {
    // "lance un appel très ferme à X de ...": how strongly it is made is no part of it.
    let text = "Le Comité des vergers lance un appel très ferme aux communes du littoral de planter des haies.";
    assert_eq!(brief(text, "2031-03-05"), ["¶1 Communes du littoral"]);
}

#[test]
fn a_demand_with_an_adverb_of_addition_calls_on_all() {
    // "exige en plus la levée de ...": the adverb stands between the verb and the thing.
    let text = "Le Comité des vergers exige en plus la levée immédiate des restrictions imposées aux apiculteurs.";
    assert_eq!(brief(text, "2031-03-05"), ["¶1 Tous les États"]);
}

#[test]
fn a_rubric_over_a_headline_closed_by_a_colon_leaves_the_quoted_decision_alone() {
    // A one-word rubric, then a headline ending on ":", then a lede telling the decision by
    // its noun ("la suspension de"): the decision counts once, where the text quotes it.
    let text = "Afrique\n\nLe Conseil de paix et de sécurité suspend le Royaume des Vergers de toutes ses activités :\n\nLe Conseil de paix et de sécurité a décidé jeudi la suspension immédiate du Royaume des Vergers de toutes ses activités.\n\nDans sa déclaration, le Conseil a décidé « de suspendre, dès ce jour, le Royaume des Vergers de toutes ses activités ».";
    assert_eq!(
        brief(text, "2031-03-05"),
        ["¶4 Conseil de paix et de sécurité"]
    );
}

#[test]
fn a_date_in_a_clause_on_the_subject_does_not_date_the_call_after_it() {
    // A relative clause on the subject, and a participle's clause running to the verb,
    // date their own acts; the call or invitation after them is the text's.
    let relative = "Le Comité des vergers, qui a condamné la coupe du 3 mars 2031, a appelé à la replantation immédiate de tous les arbres.";
    assert_eq!(brief(relative, "2031-03-05"), ["¶1 Tous les États"]);
    let participle = "La Conférence des vergers, après avoir noté qu’au terme du délai fixé le 2 février 2031 aucun arbre n’était planté, a invité les communes à planter des haies.";
    assert_eq!(brief(participle, "2031-03-05"), ["¶1 Communes"]);
    // A date before the subject still tells an earlier act.
    let earlier =
        "Le 2 février 2031, la Conférence des vergers a invité les communes à planter des haies.";
    assert!(brief(earlier, "2031-03-05").is_empty());
}

#[test]
fn a_second_addressee_with_its_own_infinitive_is_asked_too() {
    // "invite X à <agir> et les Y à <agir>, au plus tard le <jour>": two requests, the time
    // limit closing the sentence bounding both.
    let text = "La Conférence des vergers invite le Jardinier en chef à tailler les pommiers et les communes à planter des haies, au plus tard le 30 juin 2031.";
    assert_eq!(
        brief(text, "2031-03-05"),
        [
            "¶1 Jardinier en chef due=2031-06-30",
            "¶1 Communes due=2031-06-30"
        ]
    );
}

#[test]
fn an_organ_named_as_the_subject_decides_and_its_pronoun_after_it() {
    // The body read from the text is a council whose report was welcomed; "Le Sommet
    // décide", and "Elle décide" after "La Conférence charge ...", are those organs' decisions.
    let text = "11. Les chefs d’État saluent le rapport que le Président du Conseil des ministres a remis sur les vergers.\n\n12. La Conférence charge le Trésorier des vergers de planter des haies. Elle décide de créer un comité des semences.\n\n13. Le Sommet décide d’étendre la mission de la brigade des vergers jusqu’au 31 mars 2032.";
    assert_eq!(
        brief(text, "2031-03-05"),
        ["¶12 Trésorier des vergers", "¶12 Conférence", "¶13 Sommet"]
    );
}

#[test]
fn a_decision_whose_de_the_writer_left_out_is_still_one() {
    // "a décidé ensuite fusionner les caisses": an infinitive and its article, no "de".
    let text = "La conférence des chefs d’Etat a décidé de réformer la banque des vergers. Elle a décidé ensuite fusionner les caisses de semences et de greffons.";
    assert_eq!(
        brief(text, "2031-03-05"),
        [
            "¶1 Conférence des chefs d’Etat",
            "¶1 Conférence des chefs d’Etat"
        ]
    );
}

#[test]
fn a_demand_continued_by_et_que_asks_the_one_it_names() {
    // "Le Comité demande « à X de ... ». Et que « Y devra <agir> dans un délai de ... »":
    // the second sentence asks Y, within the delay.
    let text = "Le Comité des vergers demande « au Jardinier en chef de tailler les pommiers ». Et que « la Coopérative du Nord devra remettre son inventaire dans un délai de deux semaines ».";
    assert_eq!(
        brief(text, "2031-03-05"),
        [
            "¶1 Jardinier en chef",
            "¶1 Coopérative du Nord due=At { anchor: Adoption, days: 14 }"
        ]
    );
}

#[test]
fn a_past_request_recalled_with_its_addressee_named_again_is_no_more_request() {
    // "..., comme il a demandé au X de le faire ...": the clause of manner names the one
    // asked instead of a pronoun; it recalls, it does not ask again.
    let text = "Le Comité des vergers,\n- Ayant examiné le rapport,\n- Invite le Jardinier en chef à tailler les pommiers, comme il a demandé au Jardinier en chef de le faire l’an passé ;\n- Prie les communes de planter des haies, ainsi qu’il a prié les communes de le faire en 2029 ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶3 Jardinier en chef", "¶4 Communes"]
    );
}
