//! One composed text per kind of failure met in the French round res34 (helper hfr20): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_page_mark_alone_numbers_no_paragraph() {
    // A document site's "(1)" over the page: the text numbers none, so its request is at
    // its place.
    let text = "Texte intégral\n\n(1)\n\nL'Assemblée des vergers,\n\nRappelant sa résolution sur les haies;\n\nPRIE le Directeur général de planter des haies le long des vergers.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶5 Directeur général"]);
}

#[test]
fn a_quoted_paragraphs_number_cut_by_the_excerpt_numbers_no_paragraph() {
    let text = "L'Assemblée des vergers,\n\nRappelant sa résolution sur les haies;\n\nPRIE le Directeur général de rétablir dans le règlement des vergers le texte de son article 10, rédigé comme suit :\n\n10. \n";
    assert_eq!(brief(text, "2031-03-03"), ["¶3 Directeur général"]);
}

#[test]
fn a_numbered_text_stays_numbered() {
    let text = "L'Assemblée des vergers,\n\n1. Décide de planter des haies;\n\n2. Prie le Bureau de faire rapport.\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶1 Assemblée des vergers", "¶2 Bureau"]
    );
}

#[test]
fn a_ledes_call_on_all_given_again_in_other_words_is_drafted_once() {
    let text = "Les maires de la vallée ont demandé samedi la suspension immédiate des abattages de haies et ont exprimé leur rejet des nouvelles clôtures.\n\nDans leur déclaration finale, les maires ont exigé « un arrêt immédiat des abattages de haies et de toutes les coupes ».\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶2 Tous les États"]);
    // Another call in the lede stands.
    let text = "Les maires de la vallée ont demandé samedi la libération immédiate des semences.\n\nDans leur déclaration finale, les maires ont exigé « un arrêt immédiat des abattages de haies et de toutes les coupes ».\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶1 Tous les États", "¶2 Tous les États"]
    );
}

#[test]
fn a_pronoun_after_a_linking_word_goes_on_with_one_persons_words() {
    let text = "Le président de la Commission des vergers, Jean Dupont, appelle dans un communiqué, les cueilleurs à ranger les échelles.\n\nAussi, il appelle les communes à fermer les vergers.\n";
    assert!(brief(text, "2031-03-03").is_empty());
}
