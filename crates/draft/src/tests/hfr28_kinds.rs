//! One composed text per kind of failure met in the French round res42 (helper hfr28):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_past_request_recalled_in_a_clause_of_manner_is_no_more_request() {
    // "..., comme il l'a encouragé à le faire ...": the request the body made before,
    // recalled to back the one the clause makes, asks nothing again.
    let text = "Le Comité des vergers,\n- Ayant examiné le rapport,\n- Invite le Jardinier en chef à tailler les pommiers, comme il l’a encouragé à le faire l’an passé ;\n- Prie les communes de planter des haies, ainsi qu’il les a priées de le faire en 2029 ;\n- Prie les greffeurs de noter leurs essais, comme il le leur a demandé à sa dernière réunion ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶3 Jardinier en chef", "¶4 Communes", "¶5 Greffeurs"]
    );
    // A request joined by "et les encourage à ..." (a present tense) still asks again.
    let joined = "Le Comité des vergers,\n- Ayant examiné le rapport,\n- Prie les communes de planter des haies, et les encourage à tailler les pommiers ;\n";
    assert_eq!(brief(joined, "2030-06-01"), ["¶3 Communes", "¶3 Communes"]);
}

#[test]
fn a_renewed_request_near_its_addressee_with_a_clause_of_purpose_asks_it() {
    // "Réitère sa demande auprès de X afin qu'il <subjonctif> ...": X is asked, its pronoun
    // standing for X in the clause of purpose.
    let text = "Le Comité des vergers,\n- Ayant examiné le rapport,\n- Réitère sa demande auprès du Jardinier en chef afin qu’il dresse un inventaire des ruches ;\n- Renouvelle sa demande auprès des communes pour qu’elles protègent les haies ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶3 Jardinier en chef", "¶4 Communes"]
    );
}

#[test]
fn an_ordinal_run_into_the_session_still_dates_the_session() {
    // "à sa 12esession": a page ran the ordinal into the noun; the session is the same
    // one "à sa 12e session" names.
    let glued = "Le Comité des vergers,\n- Ayant examiné le rapport,\n- Demande au Jardinier en chef de lui présenter un rapport à sa 12esession ;\n";
    let apart = "Le Comité des vergers,\n- Ayant examiné le rapport,\n- Demande au Jardinier en chef de lui présenter un rapport à sa 12e session ;\n";
    assert_eq!(brief(glued, "2030-06-01"), brief(apart, "2030-06-01"));
    assert_ne!(brief(apart, "2030-06-01"), ["¶3 Jardinier en chef"]);
}
