//! One composed text per kind of failure met in the French round res24 (helper hfr12): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_call_on_all_told_by_its_noun_without_a_verb_is_a_call() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nLe Conseil a pris plusieurs décisions. Parmi elles, la demande de la libération du jardinier Paul Martin.\n\nLa sécheresse a aussi été évoquée, avec un appel à la solidarité pour sauver les vergers de la vallée.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Tous les États", "¶3 Tous les États"]
    );
}

#[test]
fn a_passive_that_clause_of_a_person_to_be_freed_is_a_call_on_all() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nLe Conseil a demandé que le jardinier Paul Martin, détenu depuis le mois de mars, soit immédiatement libéré.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Tous les États"]);
}

#[test]
fn an_addressee_opened_by_l_ensemble_des_is_asked() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nLe Conseil a appelé l'ensemble des communes de la vallée à une participation « active » à la fête des haies.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Communes de la vallée"]);
}

#[test]
fn a_pronoun_stands_for_the_plural_named_in_the_sentence_s_opening_aside() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nEn ce qui concerne le départ des trois communes de l’Alliance des Vergers – AV de la vallée, le Conseil les exhorte à reconsidérer leur décision.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Trois communes de l’Alliance des Vergers"]
    );
}

#[test]
fn a_lifting_decided_is_no_task() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nLe Conseil a décidé de lever la plupart des sanctions visant les communes de la vallée.\n\nLe Conseil a décidé de créer un comité des haies.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶3 Conseil"]);
}

#[test]
fn a_conference_of_heads_of_state_in_the_singular_ends_a_subject() {
    let text = "Le Conseil des vergers s'est réuni ce matin.\n\nLa conférence des chefs d’Etat demande aux communes de planter des haies.\n\nEn ce qui concerne le départ des trois communes du plateau, la conférence des chefs d’État les exhorte à reconsidérer leur décision.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Communes", "¶3 Trois communes du plateau"]
    );
}
