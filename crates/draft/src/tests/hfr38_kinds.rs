//! One composed text per kind of failure met in the French round res51 (helper hfr38): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_decided_future_of_an_organ_named_in_lower_case_asks_it() {
    // "Elle décide que le groupe X remettra ... au plus tard le D": a group, a committee or
    // a secretariat named by its common noun is asked, as a capitalised one is.
    let text = "Le Conseil des vergers a adopté une résolution sur les semences.\n\nElle décide que le groupe des semenciers remettra au Conseil une note sur ses essais au plus tard le 15 mai 2036, et une note finale au plus tard le 15 juin 2036.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶2 Groupe des semenciers due=2036-05-15"]
    );
}

#[test]
fn a_decision_to_authorise_an_act_no_one_is_named_to_do_is_the_body_s_own() {
    // "décide d'autoriser le <nom d'acte> de ...": an act authorised, nobody asked to do
    // it: the body's decision; "d'autoriser X à <agir>" still asks X.
    let text = "1. Le Conseil des vergers décide d'autoriser la vente des graines gardées par le Bureau, à condition que les stocks restent scellés.\n\n2. Le Conseil des vergers décide d'autoriser la Garde rurale à fermer les barrières du nord.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Conseil des vergers", "¶2 Garde rurale"]
    );
}

#[test]
fn a_link_back_and_a_close_consultation_after_an_addressee_name_no_other_actor() {
    // "prie X, à cet égard, en étroite consultation avec A et B, de ...": how X acts; A
    // and B are not asked.
    let text = "Le Conseil des vergers prie le Jardinier en chef, à cet égard, en étroite consultation avec la Garde rurale et le Bureau des semences, de procéder, au plus tard le 15 avril 2036, à un inventaire des ruches.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Jardinier en chef due=2036-04-15"]
    );
}
