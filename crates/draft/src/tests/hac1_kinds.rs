//! One composed text per kind helper `hac1` fixed (un51's misses, texts chosen for their
//! actors): kinds of bodies that share one "of" complement inside a longer list, a
//! capitalised name after "all" before such a group, and a report's time of day between
//! the body and its verb. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn kinds_of_bodies_sharing_one_complement_are_one_group() {
    let text = "The Orchard Assembly,\n\n1. Urges all relevant organs, agencies and offices of the Orchard League to widen the survey;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶1 All relevant organs, agencies and offices of the Orchard League"]
    );
}

#[test]
fn such_a_group_inside_a_longer_list_stays_one() {
    let text = "The Orchard Assembly,\n\n1. Calls upon the relevant offices, funds and programmes of the Orchard League, seed houses, including the grain exchanges, and farm cooperatives to fund the survey;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        [
            "¶1 Relevant offices, funds and programmes of the Orchard League | Seed houses | Farm cooperatives"
        ]
    );
}

#[test]
fn a_capitalised_name_after_all_is_an_actor_of_its_own() {
    let text = "The Orchard Assembly,\n\n1. Calls upon all States and competent offices and agencies of the Orchard League to fund the survey;\n\n2. Urges all States and other members of the orchard community to share seeds;\n\n3. Invites the specialized agencies and other organizations of the Orchard League to join the survey;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        [
            "¶1 All States | Competent offices and agencies of the Orchard League",
            "¶2 All States | Other members of the orchard community",
            "¶3 Specialized agencies and other organizations of the Orchard League",
        ]
    );
}

#[test]
fn a_time_of_day_between_the_body_and_its_verb() {
    let text = "ORCHARD NEWS\n\nThe Orchard Council this morning decided to extend the mandate of the Keeper for a further six months.\n\nThe Orchard Council this afternoon unanimously asked the Keeper to report by 1 May 2032.\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶2 Orchard Council", "¶3 Keeper due=2032-05-01"]
    );
}

#[test]
fn a_headline_set_again_wrapped_is_one_paragraph() {
    let text = "Orchard Council, Adopting Text 9 (2031), Renews Mandate of the Orchard Mission until 1 May 2032\nOrchard Council\nOrchard Council, Adopting Text 9 (2031), Renews Mandate of the Orchard\nMission Until 1 May 2032\nThe Orchard Council this morning decided to extend the mandate of the Orchard Mission until 1 May 2032, asking the Keeper to report on the harvest by 1 March 2032, and to report on the seeds by 1 April 2032.\nIt also asked the Keeper to count the trees by 1 February 2032, and to report on the blight by 1 January 2032.\n";
    let got = brief(text, "2031-05-17");
    assert!(
        got.iter().any(|l| l.starts_with("¶4 Orchard Council")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|l| l == "¶5 Keeper due=2032-02-01"),
        "{got:?}"
    );
}
