//! One composed text per kind of failure met in the French round res47 (helper hfr33):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_passive_request_before_an_active_one_in_the_same_clause_is_one_more() {
    // A summary that asks the growers in the passive and then, by a gerund or after "et",
    // asks the gardener: both are asked, the passive one no longer hidden by the verb after it.
    let gerund = "Le Conseil des vergers a siégé.\nLes producteurs ont été invités à partager l'eau de la vallée en priant le Jardinier en chef de lui faire rapport le 30 juin 2037 au plus tard.\n";
    assert_eq!(
        brief(gerund, "2036-11-27"),
        ["¶2 Producteurs", "¶2 Jardinier en chef due=2037-06-30"]
    );
    let joined = "Le Conseil des vergers a siégé.\nTous les pays membres ont été encouragés à planter des haies, et le Conseil a prié le Jardinier en chef de suivre les travaux.\n";
    assert_eq!(
        brief(joined, "2036-11-27"),
        ["¶2 Pays membres", "¶2 Jardinier en chef"]
    );
    // A passive that asks nobody still adds nothing.
    let none = "Le Conseil des vergers a siégé.\nLes haies ont été taillées, et le Conseil a prié le Jardinier en chef de suivre les travaux.\n";
    assert_eq!(brief(none, "2036-11-27"), ["¶2 Jardinier en chef"]);
}

#[test]
fn a_delay_given_with_its_words_after_the_ones_given_it_is_no_part_of_their_names() {
    // "donné au X et à ses adjoints un délai de six mois pour ...": the second addressee's
    // name ends before "un délai de", in the active and in the impersonal passive.
    let active = "Le Conseil des vergers a siégé.\nLe Conseil a donné au régisseur Paul Lenoir et à ses adjoints un délai de trois mois pour replanter le verger.\n";
    assert_eq!(
        brief(active, "2036-11-27"),
        ["¶2 Régisseur Paul Lenoir | Adjoints due=At { anchor: Adoption, days: 92 }"]
    );
    let passive = "Le Conseil des vergers a siégé.\nIl a été accordé au régisseur Paul Lenoir et à ses adjoints un nouveau délai de deux semaines pour replanter le verger.\n";
    assert_eq!(
        brief(passive, "2036-11-27"),
        ["¶2 Régisseur Paul Lenoir | Adjoints due=At { anchor: Adoption, days: 14 }"]
    );
}
