//! One composed text per kind of failure met in the French round res54 (helper hfr41): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_subject_with_the_participle_of_its_adoption_still_asks() {
    // "Le texte adopté prie X de ...", "La déclaration votée exhorte X à ...": the
    // participle says the text was adopted; the verb after it asks X.
    let text = "Le texte adopté prie le Gardien des vergers de compter les ruches du Comté.\n\nLa déclaration votée exhorte les meuniers du Val à réparer les moulins.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Gardien des vergers", "¶2 Meuniers du Val"]
    );
}

#[test]
fn a_period_set_off_by_commas_after_the_addressee_is_no_part_of_its_name() {
    // "autorise X, pour une période de six mois à compter du D, à <agir>": how long X is
    // asked for, not a piece of X's name.
    let text = "Le Conseil des vergers autorise les gardes de la Ligue des ruches, pour une période initiale de six mois à compter du 1er mars 2037, à fermer les chemins du nord.\n\nLe Conseil des vergers prie le Bureau des semences, pour une durée de deux saisons, de tenir le registre des graines.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Gardes de la Ligue des ruches", "¶2 Bureau des semences"]
    );
}

#[test]
fn a_pronoun_after_a_quoted_organ_stands_for_that_organ() {
    // A news item quotes the communiqué: «la Conférence exhorte ...». «Elle a décidé
    // de ...» is that conference's decision, as «la Conférence a décidé» would be, not the
    // organisation the item names first.
    let text = "Les chefs d'État de la CEDEAO se sont réunis le 3 mars 2036 au Comté du Nord.\nPour le Comté, “la Conférence exhorte les gardiens du Comté à poursuivre la taille”. Elle a en outre décidé “de fixer la saison des greffes du 1er avril au 1er juin 2036”.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶2 Gardiens du Comté", "¶2 Conférence"]
    );
}
