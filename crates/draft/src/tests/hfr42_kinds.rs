//! One composed text per kind of failure met in the French round res55 (helper hfr42): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_text_subject_with_its_number_or_the_day_of_its_adoption_still_asks() {
    // "La résolution 12 appelle X à ...", "la résolution adoptée ce lundi 3 mars invite X
    // à ...": the number names the text, the day dates its adoption; the verb after them
    // asks X.
    let text = "Le Conseil des vergers s'est réuni au Comté.\n\nLa résolution 4411 appelle « les gardiens du Comté à tailler les haies ».\n\nAinsi, la résolution adoptée ce lundi 3 mars invite les meuniers du Val à réparer le moulin.\n\nLe texte 17 (2036) prie le Bureau des semences de tenir le registre des graines.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶2 Gardiens du Comté",
            "¶3 Meuniers du Val",
            "¶4 Bureau des semences"
        ]
    );
}

#[test]
fn a_pronoun_before_the_verb_or_its_auxiliary_asks_those_named_before() {
    // "Le Conseil les a encouragés à ...", "et les ont appelés à ...", "les appelle à ...",
    // "leur a demandé de ...": the pronoun is the addressee, those the text named before
    // (a list of names, or the plural a that-clause opens on); "appeler" with a pronoun
    // calls on them, not for a thing.
    let text = "Le Conseil des vergers s'est réuni au Comté.\n\nLe Conseil a noté que Beaumont et la Verrière sont voisins, et les a appelés à partager le puits.\n\nLe Conseil les a encouragés à planter des haies.\n\nLe Conseil les appelle à tailler les pommiers.\n\nLe Conseil leur a demandé de compter les ruches.\n\nLe Conseil espère, en outre, que les bergers garderont les moutons. Enfin, le Conseil leur demande de réparer les clôtures.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶2 Beaumont | Verrière",
            "¶3 Beaumont | Verrière",
            "¶4 Beaumont | Verrière",
            "¶5 Beaumont | Verrière",
            "¶6 Bergers"
        ]
    );
}

#[test]
fn an_addressee_set_before_an_impersonal_passive_is_asked() {
    // "Aux X, il est également demandé de <agir>": X is asked, as in "Il est demandé aux
    // X de <agir>".
    let text = "Le Conseil des vergers s'est réuni au Comté.\n\nAux meuniers du Val, il est également demandé de réparer le moulin.\n\nÀ la Guilde des semences, il a été en outre demandé de tenir le registre des graines.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶2 Meuniers du Val", "¶3 Guilde des semences"]
    );
}

#[test]
fn two_joined_subjects_of_one_obligation_are_asked_together_once() {
    // "La guilde X et les forces Y devront ...": one obligation of both (the forces show
    // that actors are meant); the "et" joins its subjects, it opens no second obligation. An aside after the addressee ("dans la
    // perspective de ...") is no part of its name.
    let text = "Le Conseil des vergers s'est réuni au Comté.\n\nLa guilde du nord et les forces du Val devront également rouvrir le pont.\n\nLe Conseil prie le Gardien des vergers, dans la perspective d'une bonne récolte, de compter les ruches.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶2 Guilde du nord | Forces du Val",
            "¶3 Gardien des vergers"
        ]
    );
}
