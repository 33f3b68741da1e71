//! One composed text per kind of failure met in the French round res18 (helper hfr8): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn steps_of_the_meeting_itself_are_no_decisions_to_follow_up() {
    let text = "Décisions du Conseil des vergers.\n\nA sa 12e séance, le 3 mars 2031, le Conseil a décidé d'entendre d'abord les deux communes.\n\nAu cours de cette séance, le Conseil a décidé d'examiner en premier lieu le point b) de son ordre du jour.\n\nAu cours de cette séance, le Conseil a décidé de remettre l'examen du point au 9 mars.\n\nAu cours de cette séance, le Conseil a décidé de remettre à plus tard son choix sur la méthode.\n\nAu cours de cette séance, le Conseil a décidé de remettre aux communes un rapport sur les haies.\n";
    assert_eq!(brief(text, "2031-03-03"), ["¶6 Conseil"]);
}

#[test]
fn a_call_for_a_thing_de_la_part_de_x_asks_x() {
    let text = "Le Conseil des vergers,\n\n1. Demande une trêve immédiate de la part de toutes les communes;\n\n2. Demande une trêve immédiate;\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Toutes les communes", "¶2 Tous les États"]
    );
}

#[test]
fn interpeller_x_de_faire_asks_x() {
    let text = "Le Conseil des vergers s'est réuni à Lyon.\n\nLe Conseil a également interpellé les communes qui ne sont toujours pas en règle avec leurs dettes de payer maintenant.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Communes"]);
}

#[test]
fn a_request_cut_after_its_addressee_by_the_page_still_asks_it() {
    let text = "Le Conseil des vergers,\n\n1. Invite les communes à planter des haies;\n\n2. Prie le Secrétaire général de\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶1 Communes", "¶2 Secrétaire général"]
    );
}

#[test]
fn a_request_made_on_the_body_s_authority_asks_its_addressees() {
    let text = "Décisions du Conseil des vergers.\n\nA sa 12e séance, le 3 mars 2031, le Président a donné lecture du texte suivant, qui reflétait l'accord des membres du Conseil :\n\n« Ayant noté que le débat découle d'une plainte, le Président s'estime autorisé à demander aux communes intéressées de concourir, chacune pour sa part, à l'apaisement, et à inviter le Secrétaire général à poursuivre sa médiation. »\n";
    assert_eq!(
        brief(text, "2031-03-03"),
        ["¶3 Communes intéressées", "¶3 Secrétaire général"]
    );
}
