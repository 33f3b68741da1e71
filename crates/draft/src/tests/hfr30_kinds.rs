//! One composed text per kind of failure met in the French round res44 (helper hfr30):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_page_opening_inside_a_paragraph_numbers_the_one_run_on_after_its_tail() {
    // A yearly volume's page that begins in the middle of paragraph 2 (in lower case) and
    // runs the resolution's last paragraph on after the tail's semicolon: that paragraph is
    // the number it bears, though no other number follows it.
    let text = "Le Conseil des vergers,\n\nRappelant la taille des haies,\n\nle plan de taille et les prie de poursuivre ces travaux ; 3. Prie le Jardinier en chef de tailler les pommiers et de lui faire rapport le 30 juin 2031 au plus tard.\n\nAdoptée à l'unanimité.";
    assert_eq!(
        brief(text, "2031-03-05"),
        ["¶3 Jardinier en chef due=2031-06-30"]
    );
}

#[test]
fn a_that_clause_in_the_passive_after_a_possessive_asks_nobody() {
    // "Demande que ses décisions ... soient appliquées": the subject is acted on, as after an
    // article; a demand that names nothing before its verb still calls on all.
    let text = "Le Conseil des vergers,\n\n1. Demande que ses décisions 12 (2030) et 14 (2030) soient appliquées sans délai ;\n\n2. Demande que cesse la coupe des haies ;";
    assert_eq!(brief(text, "2031-03-05"), ["¶2 Tous les États"]);
}

#[test]
fn a_demanded_withdrawal_named_by_its_possessive_calls_on_all() {
    // "demande son retrait": an act's noun that ends in no "-tion", after a view.
    let text = "Le Conseil des vergers,\n\n1. Considère la vente des haies comme nulle et demande son retrait ;";
    assert_eq!(brief(text, "2031-03-05"), ["¶1 Tous les États"]);
}

#[test]
fn the_place_where_an_addressee_meets_is_no_addressee() {
    // "à la commission qui se réunira ..., à <Lieu> (<Pays>), et à l'Assemblée ...": the
    // place belongs to the meeting the clause announces.
    let text = "Le Conseil des vergers,\n\n1. Recommande à la commission des haies qui se réunira du 3 au 5 avril 2031, à Pommeville (Vergerie), et à l'Assemblée des vergers d'œuvrer à la taille des pommiers ;";
    assert_eq!(
        brief(text, "2031-03-05"),
        ["¶1 Commission des haies | Assemblée des vergers"]
    );
}
