//! One composed text per kind of failure met in the French round res50 (helper hfr37): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_chapeau_run_into_its_clauses_opens_a_clause_at_each_capitalised_verb() {
    // "Le Conseil X, Ayant ..., Invite A à ... ; Prie B de ... ; Exprime ...": a copy that ran
    // a resolution's lines into one keeps each clause's capital verb; each asks, at the
    // paragraph's place.
    let text = "Le Conseil des vergers, Ayant lu la note du Jardinier en chef sur les gelées, Invite les fermiers du nord à couvrir les jeunes pousses ; Prie la Garde rurale de surveiller les clôtures ; Exprime l'espoir que le printemps sera doux\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Fermiers du nord", "¶1 Garde rurale"]
    );
}

#[test]
fn small_roman_items_on_the_chapeau_line_are_its_items_and_the_clause_after_them_its_own() {
    // "Invite X : i) à ... ; ii) à ... ; Prie Y de ...": inline roman items, as inline letters
    // are, and the clause after the last item keeps the paragraph's place.
    let text = "Le Conseil des vergers a siégé hier.\n\nLe Conseil des vergers, Invite les fermiers du nord : i) à couvrir les jeunes pousses ; ii) à tailler les haies ; Prie la Garde rurale de surveiller les clôtures ;\n\nLe Conseil a levé la séance.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶2 Fermiers du nord",
            "¶2 Fermiers du nord",
            "¶2 Garde rurale"
        ]
    );
}

#[test]
fn a_capital_a_without_its_accent_before_an_infinitive_is_the_preposition() {
    // "i) A couvrir ...": an old print's "À" without its accent opens the item's action.
    let text = "1. Invite les fermiers du nord :\ni) A couvrir les jeunes pousses ;\nii) A tailler les haies ;\n2. Prie la Garde rurale de surveiller les clôtures.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶1 Fermiers du nord",
            "¶1 Fermiers du nord",
            "¶2 Garde rurale"
        ]
    );
}

#[test]
fn a_volume_s_head_of_a_resolution_opens_a_paragraph_after_a_sentence() {
    // "31 (2036). Résolution du ...": a resolution's number and year opens a line of its own
    // after the sentence before it, though it opens with a figure.
    let text = "Le Conseil des vergers a siégé hier.\n31 (2036). Résolution du 3 mars 2036\nPrie la Garde rurale de surveiller les clôtures.\n";
    assert_eq!(brief(text, "2036-03-03"), ["¶3 Garde rurale"]);
}

#[test]
fn instructions_given_with_pour_ask_whom_they_are_given_to() {
    // "donne pour instructions à X de <agir>": as "donne instruction à X de".
    let text = "Le Conseil des vergers donne pour instructions au Bureau des semences de publier son catalogue.\n";
    assert_eq!(brief(text, "2036-03-03"), ["¶1 Bureau des semences"]);
}

#[test]
fn a_participle_of_asking_after_an_indirect_pronoun_asks_the_ones_named_before() {
    // "a appelé A et B à <agir>, leur demandant de <agir>": a second request of both.
    let text = "Le Conseil des vergers a appelé les fermiers et les meuniers à partager l'eau, leur demandant de signaler les fuites au Bureau.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Fermiers | Meuniers", "¶1 Fermiers | Meuniers"]
    );
}

#[test]
fn a_demand_for_the_cooperation_of_named_doers_asks_them() {
    // "a demandé la pleine coopération de A, de B et de C": the doers named by "de" are
    // asked to cooperate, not all States.
    let text = "Le Conseil des vergers a demandé au Jardinier en chef de faire rapport et a demandé la pleine coopération du Bureau des semences, des fermiers et des meuniers.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶1 Jardinier en chef",
            "¶1 Bureau des semences | Fermiers | Meuniers"
        ]
    );
}

#[test]
fn the_day_a_body_was_set_up_is_no_part_of_its_name() {
    // "le comité du Conseil constitué le 4 mai de <agir>": the participle and its day say
    // when the body was set up, as "créé par la résolution ..." says how.
    let text = "Le Conseil des vergers prie le comité du Conseil constitué le 4 mai de se réunir le 9 avril 2036.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Comité du Conseil due=2036-04-09"]
    );
}

#[test]
fn a_bare_participle_of_charge_before_a_noun_describes_the_body_named_before_it() {
    // "l'Office des Nations Unies chargé de la garde des vergers, ou un adjoint qu'il
    // désignera": the charge the office holds (a noun after "de"), no request of the words
    // after it.
    let text = "5. Note que le gardien sera le chef de l'Office des Nations Unies chargé de la garde des vergers, ou un adjoint qu'il désignera parmi les gardes;\n\n6. Prie l'Office de faire rapport.\n";
    assert_eq!(brief(text, "2036-03-03"), ["¶6 Office"]);
}
