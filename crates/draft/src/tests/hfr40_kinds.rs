//! One composed text per kind of failure met in the French round res53 (helper hfr40): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_apostrophe_set_off_by_spaces_after_an_elided_article_joins_its_word() {
    // A document store's copy sets the typographic apostrophe off with spaces ("l ’
    // homme"): the name is the one the body writes without them.
    let text = "Le Conseil des droits de l ’ homme,\n\n1. Décide de prolonger d ’ une année le mandat du Gardien des vergers ;\n\n2. Prie le Gardien des vergers de lui remettre un rapport au plus tard le 15 mai 2037 ;\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶1 Conseil des droits de l'homme",
            "¶2 Gardien des vergers due=2037-05-15"
        ]
    );
}

#[test]
fn an_authorisation_granted_by_its_noun_asks_whom_it_is_granted_to() {
    // "accorde à X l'autorisation de <agir>", "lui accorde l'autorisation de <agir>" (the
    // one named before): X is authorised to act, as "autorise X à <agir>".
    let text = "Le Conseil des vergers « exhorte la Brigade des ruches à surveiller les essaims ». Il lui accorde aussi l'autorisation de fermer les chemins du nord.\n\nLe Conseil des vergers accorde au Bureau des semences l'autorisation de vendre les graines gardées.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶1 Brigade des ruches",
            "¶1 Brigade des ruches",
            "¶2 Bureau des semences"
        ]
    );
}

#[test]
fn a_decision_told_by_its_noun_after_du_is_the_body_s_own() {
    // "décide du report de X": "du" is "de" and "le"; the postponement is decided as
    // "décide de reporter X" is.
    let text = "La Conférence des vergers décide du report de la foire aux greffons.\n\nLa Conférence des vergers décide de la suspension du Bureau des semences.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Conférence des vergers", "¶2 Conférence des vergers"]
    );
}

#[test]
fn a_body_named_as_having_acted_before_is_not_the_text_s() {
    // "Après la X, l'Union Y décide ...": X acted first; «Le Conseil décide ...» is the
    // council the text names next, not X.
    let text = "Après la CEDEAO, l'Union des vergers décide d'écarter le Comté du Nord des foires, au terme d'une séance de son conseil de paix et de sécurité.\n«Le Conseil décide d'écarter le Comté du Nord de toutes les foires de l'Union jusqu'au retour de ses greffons », a écrit sur son site le conseil de paix et de sécurité.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶2 Conseil de paix et de sécurité"]
    );
}
