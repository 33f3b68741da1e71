//! Kinds the lead found by probing the drafter with composed texts (session of
//! 2026-12-08): a decision to keep watch followed by an act ("decided to keep the matter
//! under review and to convene ..."); a period given as "once per year". None is a
//! sentence of a fixture or a real text.

use crate::tests::brief::named_dated;

const COMMITTEE: &str = "Final Communiqué of the Orchard Committee\n\nRiverton, 14 May 2031\n\n1. The Orchard Committee held an extraordinary meeting on 14 May 2031 at the seat of the Union.\n\n";

#[test]
fn the_act_after_a_watch_is_the_bodys_decision() {
    let text = format!(
        "{COMMITTEE}2. The Committee decided to keep the situation under review and to convene an emergency meeting within a month.\n\n3. The Committee decided to remain seized of the matter and to send a delegation of growers to the valley.\n\n4. The Committee decided to remain seized of the matter.\n\n5. The Committee decided to remain committed to the harvest plan and to the charter of the Union.\n"
    );
    assert_eq!(
        named_dated(&text, "2031-05-14"),
        [
            "¶2 Orchard Committee due=At { anchor: Adoption, days: 31 }",
            "¶3 Orchard Committee",
        ]
    );
}

const SC: &str =
    "The Security Council,\n\nRecalling its earlier resolutions on the orchard region,\n\n";

#[test]
fn once_per_year_and_once_a_month_recur() {
    let text = format!(
        "{SC}1. Requests the Committee to report to the Council at least once per year on its work;\n\n2. Requests the Panel to brief the Committee once a month on the seed trade;\n\n3. Requests the Secretary-General to brief the Council twice per year on the groves;\n"
    );
    let due: Vec<String> = crate::draft(
        &text,
        &crate::Options {
            adopted: Some("2031-03-12".parse().unwrap()),
            today: "2031-03-12".parse().unwrap(),
        },
    )
    .mandates
    .iter()
    .map(|m| format!("{:?}", m.every.as_ref().map(|e| (e.n, e.unit))))
    .collect();
    assert_eq!(
        due,
        ["Some((1, Years))", "Some((1, Months))", "Some((6, Months))"]
    );
}

const GA: &str = "Orchard resolution, adopted by the General Assembly, 15 December 2026\n\nThe General Assembly,\n\nRecalling its earlier resolutions on orchards,\n\n";

#[test]
fn for_consideration_at_its_session_is_the_session_of_the_body_named_before() {
    let text = format!(
        "{GA}1. Requests the Committee on Seeds to continue its work and to submit its report to the Assembly for consideration at its eighty-second session;\n\n2. Requests the Panel on Groves to submit its findings to the Human Rights Council for its consideration at its sixty-fifth session;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Committee on Seeds due=at 82nd session of the General Assembly 2027-09",
            "¶2 Panel on Groves due=at 65th session of the Human Rights Council 2027-06",
        ]
    );
}

#[test]
fn an_adoption_day_after_a_comma_is_the_adoption_day() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to present a plan to the seed summit to be held in Riverton from 3 to 7 May 2027;\n\n2. Requests the Secretary-General to report on the groves by the end of next year;\n"
    );
    let d = crate::draft(
        &text,
        &crate::Options {
            adopted: None,
            today: "2027-01-20".parse().unwrap(),
        },
    );
    assert_eq!(d.meta.adopted.value.to_string(), "2026-12-15");
    assert_eq!(d.meta.adopted.check, None);
    // Both need the adoption day: a range's first day after it, the year after its year.
    let due: Vec<String> = d.mandates.iter().map(|m| format!("{:?}", m.due)).collect();
    assert_eq!(
        due,
        ["Some(On(Day(2027-05-03)))", "Some(On(Day(2027-12-31)))"]
    );
}

#[test]
fn the_first_six_months_of_a_year_is_its_first_half() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to report on the groves within the first six months of 2028;\n\n2. Requests the Secretary-General to report on the seed banks during the second six months of 2027;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Secretary-General due=On(Day(2028-06-30))",
            "¶2 Secretary-General due=On(Day(2027-12-31))",
        ]
    );
}

#[test]
fn a_rank_of_the_texts_own_body_in_the_coming_years_is_its_session() {
    let text = format!(
        "{GA}1. Requests the Orchard Board to review its seed policy and to report thereon at its eighty-second session;\n\n2. Invites the Orchard Board to consider the matter at its sixty-fifth session;\n\n3. Requests the Orchard Board to consider the matter at its next session;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Orchard Board due=at 82nd session of the General Assembly 2027-09",
            // A rank the Assembly met at long ago: the Board's own.
            "¶2 Orchard Board due=at 65th session of the Orchard Board 2027",
            "¶3 Orchard Board due=at Next session of the Orchard Board 2027",
        ]
    );
}

#[test]
fn the_tasks_of_a_mandate_are_its_holders() {
    let text = format!(
        "{SC}1. Decides that the mandate of the Orchard Mission shall be the following: (a) to support the truce in the valley; (b) to guard the seed banks;\n\n2. Decides that the mandate of the Mission shall include the following priority tasks:\n\n(a) To protect the growers;\n\n(b) To map the groves;\n"
    );
    assert_eq!(
        named_dated(&text, "2031-03-12"),
        [
            "¶1 Orchard Mission",
            "¶1 Orchard Mission",
            "¶2 Mission",
            "¶2 Mission",
        ]
    );
}

const AG: &str = "Résolution adoptée par l'Assemblée générale le 15 décembre 2026\n\nL'Assemblée générale,\n\nRappelant ses résolutions antérieures sur les vergers,\n\n";

#[test]
fn french_the_act_after_a_watch_is_decided() {
    let text = format!(
        "{AG}1. Décide de maintenir la question des vergers à l'examen et de convoquer une réunion de haut niveau en 2028 ;\n\n2. Décide de demeurer saisie de la question et d'envoyer une mission dans la vallée ;\n\n3. Décide de demeurer saisie de la question ;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Assemblée générale due=On(Year(2028))",
            "¶2 Assemblée générale"
        ]
    );
}

#[test]
fn french_its_session_after_the_council_a_report_goes_to_is_that_councils() {
    let text = format!(
        "{AG}1. Prie le Rapporteur spécial de présenter un rapport au Conseil des droits de l'homme à sa soixante-cinquième session ;\n\n2. Prie le Secrétaire général de lui présenter un rapport à sa quatre-vingt-deuxième session ;\n"
    );
    let dated = named_dated(&text, "2026-12-15");
    assert!(dated[0].ends_with("2027-06"), "{dated:?}");
    assert!(
        dated[0].contains("Conseil des droits de l'homme"),
        "{dated:?}"
    );
    assert!(dated[1].ends_with("2027-09"), "{dated:?}");
}

const JA: &str = "قرار اتخذته الجمعية العامة في 15 كانون الأول/ديسمبر 2026\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة بشأن البساتين،\n\n";

#[test]
fn arabic_a_year_named_with_its_word_is_due_that_year() {
    let text = format!(
        "{JA}1- تقرر أن تعقد اجتماعا رفيع المستوى بشأن البساتين في عام 2028؛\n\n2- تطلب إلى الأمين العام أن ينشر دليلا عن البذور خلال عام 2027؛\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 الجمعية العامة due=On(Year(2028))",
            "¶2 الأمين العام due=On(Year(2027))",
        ]
    );
}

#[test]
fn arabic_its_session_after_the_council_a_report_goes_to_is_that_councils() {
    let text = format!(
        "{JA}1- تطلب إلى المقرر الخاص أن يقدم تقريرا إلى مجلس حقوق الإنسان في دورته الخامسة والستين؛\n"
    );
    let dated = named_dated(&text, "2026-12-15");
    // The Council's sixty-fifth session, by its count of three a year.
    assert!(dated[0].ends_with("2027-06"), "{dated:?}");
}

#[test]
fn a_role_before_its_holders_name_is_that_holder() {
    let text = format!(
        "{GA}1. Calls upon the occupying Power, Orchardia, to allow growers into the valley;\n\n2. Requests the host country, Riverland, to provide premises for the seed bank;\n\n3. Demands that Orchardia, the occupying Power, cease the felling of trees;\n\n4. Requests the Secretary-General, the Special Envoy and the Orchard Board to consult the growers;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Orchardia",
            "¶2 Riverland",
            "¶3 Orchardia",
            "¶4 Secretary-General | Special Envoy | Orchard Board",
        ]
    );
}

#[test]
fn a_surname_alone_is_the_titled_person_named_before() {
    let text = "Council renews orchard mission\n\nRIVERTON, March 12 (Orchard Wire) - The Security Council on Thursday renewed the orchard mission for a year and asked Secretary-General Jane Orchardson to report on the harvest within 90 days.\n\nThe council also requested Orchardson brief it every other month on the seed banks.\n\nIt urged Riverland to open the valley roads.\n";
    assert_eq!(
        named_dated(text, "2031-03-12"),
        [
            "¶2 Secretary-General Jane Orchardson due=At { anchor: Adoption, days: 90 }",
            "¶3 Secretary-General Jane Orchardson",
            "¶4 Riverland",
        ]
    );
}

#[test]
fn french_the_day_a_task_is_to_be_completed_is_its_deadline() {
    let text = "Résolution adoptée par le Conseil des vergers le 30 juin 2031\n\nLe Conseil des vergers,\n\nRappelant ses décisions antérieures,\n\n1. Prie la Mission, à compter du 1er juillet 2031, de commencer le retrait de ses pépinières, avec pour objectif que ce retrait soit achevé le 31 décembre 2031 ;\n\n2. Prie le Secrétaire général de commencer, à compter du 1er septembre 2031, la fermeture des serres ;\n";
    assert_eq!(
        named_dated(text, "2031-06-30"),
        [
            "¶1 Mission due=On(Day(2031-12-31))",
            // A start is no deadline.
            "¶2 Secrétaire général",
        ]
    );
}
