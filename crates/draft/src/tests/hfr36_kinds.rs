//! One composed text per kind of failure met in the French round res49 (helper hfr35), fixed
//! in round hfr36: each fixes the kind, never the instance, and none is a sentence of a real
//! text.

use crate::tests::real_kinds::brief;

#[test]
fn a_body_decided_to_stay_what_it_is_is_its_status_not_a_task() {
    // "a décidé que X demeurera / restera <statut>": what a body is to stay, as "comportera"
    // and "comprendra" tell its make-up; a decided task of the same body is still one.
    let text = "Le Conseil des vergers a siégé hier.\n\nLe Conseil a décidé que la Brigade des haies demeurera une équipe volante allégée, chargée de l'entretien des clôtures et dirigée par un chef.\n\nLe Conseil a décidé que les Gardes du verger resteront une unité de réserve.\n\nLe Conseil a décidé que la Brigade des haies taillera les haies du nord.\n";
    assert_eq!(brief(text, "2036-11-27"), ["¶4 Brigade des haies"]);
}

#[test]
fn an_obligation_bound_by_a_text_between_tenu_and_de_asks_its_subject() {
    // "X est également tenu par <le texte> de <agir>": the agent that binds X, with or without
    // commas, and an adverb before "tenu" stand between the obligation and its infinitive.
    let text = "Le Conseil des vergers a siégé hier.\n\nLe Bureau des semences est également tenu par la décision votée ce matin de publier son catalogue avant l'hiver.\n\nLa Brigade des haies est tenue, par le règlement adopté hier, de réparer les clôtures.\n";
    assert_eq!(
        brief(text, "2036-11-27"),
        ["¶2 Bureau des semences", "¶3 Brigade des haies"]
    );
}

#[test]
fn a_participle_after_its_object_pronoun_asks_the_one_named_before() {
    // "prolonge le contrat de X, l'invitant à <agir>": the participle of asking after its
    // object pronoun asks X, as "et l'invite à" does; the bare extension asks nobody.
    let text = "Séance du matin\n\nLes vergers: le Conseil des vergers prolonge le contrat du Bureau des semences jusqu'au 31 mars 2037, l'invitant à publier son catalogue jusqu'à sa clôture\n\nLe Conseil des vergers a siégé ce matin.\n";
    assert_eq!(brief(text, "2036-11-27"), ["¶2 Bureau des semences"]);
}
