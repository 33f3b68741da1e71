//! One composed text per kind of failure met in the French round res40 (helper hfr26):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn clause_lines_closed_by_semicolons_are_a_paragraph_each() {
    // A blank-line-spaced resolution whose block sets its clauses one to a line, each
    // closed by ";": every line is a paragraph (the operative ones after preambular ones
    // are read), while the body's line closed by ":" stays with the clause under it.
    let text = "Résolution sur les vergers\n\nLe Conseil des vergers :\nNOTANT la floraison précoce de cette année ;\n\nPRENANT ACTE du rapport du jardinier en chef ;\nPRÉOCCUPÉ par le gel tardif des pommiers ;\nENCOURAGE la Guilde des greffeurs à partager ses greffons ;\nDEMANDE aux communes riveraines de protéger les ruches ;\n\nDEMANDE aux pépinières de publier leurs prix de vente\n";
    assert_eq!(
        brief(text, "2031-05-03"),
        [
            "¶5 Guilde des greffeurs",
            "¶6 Communes riveraines",
            "¶7 Pépinières"
        ]
    );
}

#[test]
fn talks_gathering_named_ones_are_theirs() {
    // "appelle à un dialogue ..., réunissant tous les X": the call names its doers, as
    // talks "entre X et Y" do.
    let text = "L'Assemblée des vergers condamne le gel. Elle appelle à un dialogue franc et immédiat, réunissant tous les syndicats de jardiniers.\n";
    assert_eq!(brief(text, "2031-05-03"), ["¶1 Syndicats de jardiniers"]);
}

#[test]
fn an_unaccented_a_before_an_infinitive_ends_the_addressee() {
    // A text typed without accents writes "à" as "a": "PRIE X a preparer ..." asks X.
    let text = "Le Comite des vergers,\n\n1.\nPRIE le Jardinier en chef a preparer un inventaire des ruches pour aider les communes de la vallee a les compter;\n";
    assert_eq!(brief(text, "2031-05-03"), ["¶1 Jardinier en chef"]);
}

#[test]
fn an_unaccented_verb_a_before_a_look_alike_is_no_preposition() {
    // "qui a notre appui": "a" the verb, before a word that only ends as an infinitive; the
    // addressee still ends at the infinitive after it.
    // It reads as the same clause written with its accents, which the rule never touches.
    let text = "Le Comite des vergers,\n\n1.\nPRIE le Jardinier en chef, qui a notre confiance, de preparer un inventaire des ruches;\n";
    let accented = "Le Comité des vergers,\n\n1.\nPRIE le Jardinier en chef, qui a notre confiance, de préparer un inventaire des ruches;\n";
    assert_eq!(brief(text, "2031-05-03"), brief(accented, "2031-05-03"));
}
