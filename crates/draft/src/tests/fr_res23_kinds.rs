//! One composed text per kind of failure met in the French round res23 (helper hfr11): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_headline_closed_by_a_quotation_restates_the_lead() {
    let text = "Actualités du verger\n\nLe Conseil de sécurité demande aux communes de planter des haies \"sans délai\"\n\nRéuni ce matin, le Conseil de sécurité a demandé aux communes de planter des haies \"sans délai\".\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶3 Communes"]);
}

#[test]
fn a_headline_s_call_on_all_naming_the_later_addressee_restates_its_request() {
    let text = "Actualités du verger\n\nLE CONSEIL APPELLE À UNE PARTICIPATION ACTIVE DE TOUTES LES COMMUNES AUX PLANTATIONS DE HAIES\n\nLe Conseil des vergers s'est réuni ce matin.\n\nLe Conseil demande à toutes les communes de participer aux plantations de haies.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶4 Communes"]);
}

#[test]
fn an_office_s_title_in_lower_case_is_part_of_the_pronoun_s_antecedent() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil salue l'intention du Secrétaire général de nommer un jardinier et le prie de faire ce choix sans délai.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Secrétaire général"]);
}

#[test]
fn an_appeal_launched_for_a_thing_or_with_a_shared_auxiliary_asks_its_addressee() {
    let text = "Le Conseil des vergers s'est réuni.\n\nIls ont réitéré leur volonté « de planter des haies », et lancé un appel aux communes de la vallée « pour un renforcement de la coopération entre les jardiniers ».\n\nIls ont lancé un appel aux communes du plateau « pour un arrosage des vergers ».\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Communes de la vallée", "¶3 Communes du plateau"]
    );
}

#[test]
fn a_participle_of_creation_before_a_day_is_no_decision() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil demande aux communes de planter des haies.\n\nCréé le 16 février 2014 à Lyon, le Conseil des vergers est né de l'ambition des jardiniers de planter des haies.\n\nLe Conseil a créé le Comité des haies.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Communes", "¶4 (body not named in the text)"]
    );
}
