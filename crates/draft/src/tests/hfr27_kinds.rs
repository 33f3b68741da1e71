//! One composed text per kind of failure met in the French round res41 (helper hfr27),
//! and the side finding of res40: each fixes the kind, never the instance, and none is a
//! sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn meetings_on_two_days_joined_by_et_are_due_the_first() {
    // "de tenir des réunions à X les 4 et 5 mars 2031": the plural noun and two days named
    // with "et" date the meetings, as "du 4 au 5 mars 2031" does.
    let text = "Le Comité des vergers,\n\n1. Décide de tenir des réunions à Lille les 4 et 5 mars 2031 ;\n\n2. Décide de tenir une session à Lyon les 9 et 10 juin 2031 ;\n";
    assert_eq!(
        brief(text, "2030-11-20"),
        [
            "¶1 Comité des vergers due=2031-03-04",
            "¶2 Comité des vergers due=2031-06-09"
        ]
    );
}

#[test]
fn the_said_meetings_take_the_date_an_earlier_paragraph_gave() {
    // "lors desdites réunions", "à ladite session": the meetings a paragraph before dated.
    let text = "Le Comité des vergers,\n\n1. Décide de se réunir à Lille le 4 mars 2031 ;\n\n2. Décide également d’examiner le plan des planteurs lors desdites réunions ;\n\n3. Invite le Jardinier en chef à présenter son inventaire à ladite session ;\n";
    assert_eq!(
        brief(text, "2030-11-20"),
        [
            "¶1 Comité des vergers due=2031-03-04",
            "¶2 Comité des vergers due=2031-03-04",
            "¶3 Jardinier en chef due=2031-03-04"
        ]
    );
}

#[test]
fn a_summary_retelling_a_numbered_paragraph_is_no_more_request() {
    // A press release's summary over the text it gives: its retelling of paragraph 2 (the
    // same actor, the same first words of the act) is that paragraph's request, once.
    let text = "Communiqué de presse\n\nLe Comité des vergers a décidé ce matin d’examiner le plan des planteurs lors de ses prochaines réunions, et de saisir cette occasion pour entendre les apiculteurs.\n\nTexte du projet de décision\n\nLe Comité des vergers,\n\n1. Décide de se réunir à Lille le 4 mars 2031 ;\n\n2. Décide également d’examiner le plan des planteurs lors desdites réunions ;\n";
    assert_eq!(
        brief(text, "2030-11-20"),
        [
            "¶1 Comité des vergers due=2031-03-04",
            "¶2 Comité des vergers due=2031-03-04"
        ]
    );
}

#[test]
fn a_machine_token_line_goes_on_no_headline() {
    // "media:image_4f2c" opens the block under a headline with no stop: lower case as it
    // is, it goes on no sentence, so the headline stays a paragraph of its own.
    let text = "Le portail des vergers\n\nLes communes plantent des pommiers\n\nmedia:image_4f2c\nLe Comité des vergers a demandé aux communes de protéger les ruches.\n";
    assert_eq!(brief(text, "2031-05-03"), ["¶3 Communes"]);
}

#[test]
fn an_organ_named_with_its_complement_is_the_subject_of_a_present_verb() {
    // "Le Conseil des vergers appelle à ...", "Le Comité des X demande à Y de ...": an organ
    // and its complement, a name of no table, open the sentence as its subject, as "Elle
    // appelle à ..." and "Le Conseil appelle à ..." do.
    let call = "Le Conseil des vergers appelle à un dialogue entre les greffeurs.\n";
    assert_eq!(brief(call, "2031-05-03"), ["¶1 Tous les États"]);
    let asks = "Le Comité des vergers demande aux communes de protéger les ruches.\n";
    assert_eq!(brief(asks, "2031-05-03"), ["¶1 Communes"]);
    // Its president speaking is still no request of the organ.
    let president =
        "Le président du Conseil des vergers demande aux communes de protéger les ruches.\n";
    assert!(brief(president, "2031-05-03").is_empty());
}
