//! One composed text per kind of failure met in the French round res36 (helper hfr21,
//! fixed by helper hfr22): each fixes the kind, never the instance, and none is a sentence
//! of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_appeal_addressed_by_its_noun_asks_whom_it_names() {
    // "ont adressé un appel (solennel) à X pour <infinitif>", as "lancer un appel à X pour".
    let text = "Les chefs des vergers ont adressé un appel solennel à l'Union des vergers pour soutenir la replantation des haies.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Union des vergers"), "{got:?}");
}

#[test]
fn a_call_for_an_effort_of_x_in_the_present_asks_x() {
    // "appellent à un effort (adjectif) de X pour ...": X named after the effort, by "de".
    let text = "Dans la déclaration finale, les chefs d'État appellent à un effort financier supplémentaire de l'Union des vergers pour replanter les haies.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Union des vergers"), "{got:?}");
}

#[test]
fn a_groups_leaders_speak_for_it_in_the_present() {
    // "les présidents (sortant et entrant) du <Groupe> appellent X à ...": a group's leaders,
    // qualified or of a group named after them, as "les chefs d'État appellent X à ...".
    for text in [
        "Les présidents appellent l'Union des vergers à replanter les haies.\n",
        "Dans la déclaration finale, les présidents sortant et entrant du G7 Vergers appellent à un effort accru de l'Union des vergers pour replanter les haies.\n",
        "Les dirigeants de l'Alliance Verte invitent l'Union des vergers à replanter les haies.\n",
    ] {
        let got = brief(text, "2031-06-20");
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(got[0].starts_with("¶1 Union des vergers"), "{got:?}");
    }
}

#[test]
fn a_name_stops_before_pour_and_keeps_its_title() {
    // "ont félicité le président d'Arboria pour la « ... » et l'ont « encouragé à ... »".
    let text = "Les chefs des vergers ont félicité le président d'Arboria pour la « conduite des travaux » et l'ont « encouragé à poursuivre la replantation des haies ».\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Président d'Arboria"), "{got:?}");
}

#[test]
fn a_run_on_block_whose_first_number_is_displaced_runs_on_from_two() {
    // A page that runs the paragraphs on in one block and put "1." inside paragraph 1's
    // words ("pour la 1. protection"): "; 2.", "; 3." ... still place what follows them.
    let text = "A/RES/90/7 Consciente du fait que la Convention protège les haies, Se félicite de l’adoption de la Convention pour la 1. protection des haies 3 ; 2. Note que dix États ont signé la Convention, et invite les États non signataires à la signer à leur tour ; 3. Prend acte de la note du Secrétaire général 4 ; 4. Prie le Secrétaire général de poursuivre ses efforts ; 5. Demande aux organismes des vergers de continuer à diffuser des informations.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].starts_with("¶2 États"), "{got:?}");
    assert!(got[1].starts_with("¶4 Secrétaire général"), "{got:?}");
    assert!(got[2].starts_with("¶5 Organismes des vergers"), "{got:?}");
    // "1." before a capital is no displaced number: "article 1. Le" with no "3." after "2."
    // splits nothing.
    let text = "Le Conseil des vergers, vu l’article 1. Le texte, demande à Arboria de replanter les haies ; 2. Note le rapport.\n";
    let got = brief(text, "2031-06-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Arboria"), "{got:?}");
}
