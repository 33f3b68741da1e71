//! One composed text per kind of failure met in the French round res48 (helper hfr34):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_body_decided_to_hold_so_many_workers_is_its_make_up_not_a_task() {
    // "a décidé que la Brigade comportera N jardiniers": the make-up of a body, as
    // "comprendra" already was; a decided task of the same body is still one.
    let text = "Le Conseil des vergers a siégé hier.\n\nLe Conseil a aussi décidé que la Brigade des haies comportera un effectif de 400 jardiniers.\n\nLe Conseil a décidé que la Brigade des haies taillera les haies du nord.\n";
    assert_eq!(brief(text, "2036-11-27"), ["¶3 Brigade des haies"]);
}

#[test]
fn a_demonstrative_after_the_verb_asks_the_one_named_before() {
    // "prie cette dernière de <agir>": the demonstrative stands for the body the sentence
    // names before, as "la prie de <agir>" does.
    let text = "Le Conseil des vergers a siégé hier.\n\nLe Conseil déplore tout dégât causé aux serres ou aux outils de la Brigade des haies et prie cette dernière de renforcer ses rondes.\n\nLe Conseil salue le travail du Bureau des semences et exhorte celui-ci à publier son catalogue.\n";
    assert_eq!(
        brief(text, "2036-11-27"),
        ["¶2 Brigade des haies", "¶3 Bureau des semences"]
    );
}

#[test]
fn an_appeal_launched_for_calm_names_nobody_and_calls_on_all() {
    // "a lancé <jour> un appel au calme / à la retenue": "à" governs what is called for,
    // not an addressee; an appeal to a named addressee to act is still that addressee's.
    let text = "Le Conseil des vergers a siégé hier.\n\nDans un communiqué, le Conseil a lancé mardi un appel au calme.\n\nLe Conseil lance un appel pressant à la retenue.\n\nLe Conseil a lancé un appel aux cueilleurs à ranger leurs échelles.\n";
    assert_eq!(
        brief(text, "2036-11-27"),
        ["¶2 Tous les États", "¶3 Tous les États", "¶4 Cueilleurs"]
    );
}

#[test]
fn a_report_due_as_soon_as_possible_after_an_undated_event_is_due_at_it() {
    // "dès que possible au lendemain du vote" dates the report by an event the text does not
    // date; "dès que possible" alone gives no deadline.
    let text = "Le Conseil des vergers a siégé hier.\n\nLe Conseil demande au Jardinier en chef de rendre compte des récoltes, dès que possible au lendemain du vote des producteurs.\n\nLe Conseil demande au Jardinier en chef de rendre compte des semis dès que possible.\n";
    assert_eq!(
        brief(text, "2036-11-27"),
        ["¶2 Jardinier en chef due=at 2037", "¶3 Jardinier en chef"]
    );
}

#[test]
fn those_of_a_place_after_a_plural_are_that_plural_of_the_place() {
    // "les X voisins et ceux de la vallée": "ceux de" stands for the plural before it, so the
    // second actor is "X de la vallée", not "Ceux de la vallée"; "et à celles du" likewise.
    let text = "Le Conseil des vergers a siégé hier.\n\nLe Conseil invite en outre les vergers voisins et ceux de la vallée à partager leurs semences.\n\nLe Conseil demande aux Communes rurales et à celles du littoral de planter des haies.\n";
    assert_eq!(
        brief(text, "2036-11-27"),
        [
            "¶2 Vergers voisins | Vergers de la vallée",
            "¶3 Communes rurales | Communes du littoral"
        ]
    );
}
