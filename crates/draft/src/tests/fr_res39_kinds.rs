//! One composed text per kind of failure met in the French round res39 (helper hfr25):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_act_solicited_with_no_one_asked_calls_on_all() {
    // "a sollicité la libération de X": as "exige la libération de X".
    for text in [
        "Par ailleurs, la Ligue des vergers a encore sollicité la libération du jardinier Paul Martin.\n",
        "Le sommet des vergers a sollicité le rétablissement des chemins du verger.\n",
    ] {
        assert_eq!(brief(text, "2031-05-03"), ["¶1 Tous les États"], "{text}");
    }
    // A leave sought for the body itself asks nobody.
    let text = "Le Comité des vergers sollicite l'autorisation de tenir sa réunion à Lyon.\n";
    assert!(brief(text, "2031-05-03").is_empty(), "{text}");
}

#[test]
fn a_dashed_first_person_plural_declaration_decides_for_its_body() {
    // "- Nous, Comité X (CX), ayant tenu notre réunion ..., / - Avons décidé de ...": the
    // body its first line names decides; "dans le courant de l'année" with no year is
    // within the adoption's year.
    let text = "- Nous, Comité ministériel des vergers (CMV), ayant tenu notre réunion à Lyon du 1er au 3 mai 2031,\n\n- Ayant examiné l'ordre du jour de la séance,\n\n- Avons décidé de tenir une autre séance, extraordinaire, dans le courant de l'année pour fixer nos priorités.\n";
    assert_eq!(
        brief(text, "2031-05-03"),
        ["¶3 Comité ministériel des vergers (CMV) due=2031"]
    );
    // A year named after it is that year's.
    let text =
        "Le Comité des vergers a décidé de se réunir à nouveau dans le courant de l'année 2032.\n";
    assert_eq!(
        brief(text, "2031-05-03"),
        ["¶1 Comité des vergers due=2032"]
    );
}

#[test]
fn a_month_named_as_a_delays_end_is_a_due() {
    // "dans le délai non négociable de février 2032": as "d'ici février 2032".
    let text = "Le sommet des vergers a renouvelé son exigence d'un calendrier des récoltes dans le délai non négociable de février 2032.\n";
    assert_eq!(brief(text, "2031-05-03"), ["¶1 Tous les États due=2032-02"]);
}
