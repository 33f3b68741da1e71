//! Kinds the lead found by probing the drafter with composed texts (session of
//! 2026-12-07, evening): a session "its" refers to when the request is addressed to a body
//! that meets in sessions, and a body's name whose head noun comes before what it is on or
//! of ("the Commission on ...", "the Conference of the Parties"); the sessions of UN bodies
//! that meet once a year; a one-word body's full name; "before the next session"; "by
//! early <year>"; and, found reading the change again, a French participle of asking after
//! "les". None is a sentence of a fixture or a real text.

use crate::tests::brief::{Brief, named_dated};

const GA: &str = "The General Assembly,\n\nRecalling its earlier resolutions on orchards,\n\n";

#[test]
fn its_session_is_the_addressed_bodys_when_the_addressee_meets_in_sessions() {
    let text = format!(
        "{GA}1. Invites the Conference of the Parties of the Orchard Convention to consider the matter at its ninth session;\n\n2. Requests the Committee on Seed Banks to review the plan at its fourth session;\n\n3. Requests the Secretary-General to report on the plan at its eighty-second session;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-01"),
        [
            "¶1 Conference of the Parties of the Orchard Convention due=at 9th session of the Conference of the Parties of the Orchard Convention 2027",
            "¶2 Committee on Seed Banks due=at 4th session of the Committee on Seed Banks 2027",
            // A person has no sessions: "its" is the Assembly's.
            "¶3 Secretary-General due=at 82nd session of the General Assembly 2027-09",
        ]
    );
}

#[test]
fn a_body_named_by_its_head_noun_before_on_or_of_owns_the_session_after_it() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to report to the Commission on Orchard Health at its twelfth session;\n\n2. Requests the Secretary-General to report to the Human Rights Council at its sixty-second session;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-02-01"),
        [
            "¶1 Secretary-General due=at 12th session of the Commission on Orchard Health 2027",
            "¶2 Secretary-General due=at 62nd session of the Human Rights Council 2026-06",
        ]
    );
}

#[test]
fn a_un_body_that_meets_once_a_year_dates_its_numbered_session() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to report to the Commission on Narcotic Drugs at its seventy-first session;\n\n2. Requests the Director-General to report to the World Health Assembly at its eighty-first session;\n\n3. Invites the Orchard Board to consider the plan at its ninth session;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-01"),
        [
            "¶1 Secretary-General due=at 71st session of the Commission on Narcotic Drugs 2028-03",
            "¶2 Director-General due=at 81st session of the World Health Assembly 2028-05",
            // A body whose sessions the drafter cannot count: the year after adoption, to check.
            "¶3 Orchard Board due=at 9th session of the Orchard Board 2027",
        ]
    );
}

#[test]
fn a_one_word_body_over_the_operative_part_takes_the_full_name_the_opening_gives() {
    let text = "Final Communiqué of the Orchard Meeting\n\nThe Council of Orchard Ministers of the Union of Growing States (UGS) met in Lisbon on 3 March 2037 to review the harvest.\n\nThe Council:\n\n1. Called on all member states to share seed;\n\n2. Decided to set up a seed bank;\n";
    let opts = crate::Options {
        adopted: Some("2037-03-03".parse().unwrap()),
        today: "2037-03-10".parse().unwrap(),
    };
    let d = crate::draft(text, &opts);
    assert_eq!(
        d.meta.body.value,
        "Council of Orchard Ministers of the Union of Growing States (UGS)"
    );
    // A two-word name is already whole.
    let text = "The Orchard Council met on 3 March 2037.\n\nThe Orchard Council:\n\n1. Called on growers to share seed;\n";
    assert_eq!(crate::draft(text, &opts).meta.body.value, "Orchard Council");
    // A name with "and" in it: "the Seed and Soil Council".
    let text = "Communiqué of the 12th meeting

The Seed and Soil Council of the Union of Growers, at its 12th meeting held on 3 March 2037,

The Council,

1. Requests the Keeper to share seed;
";
    assert_eq!(
        crate::draft(text, &opts).meta.body.value,
        "Seed and Soil Council"
    );
}

/// "¶3 Keeper due=2038-04-30", "¶1 Panel due=before <meeting> <date>": days plain, a
/// deadline before a meeting told apart from one at it.
fn dues(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        before_named: true,
        plain_days: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

#[test]
fn before_a_coming_session_or_summit_is_the_day_before_it() {
    let text = "The Orchard Council,\n\n1. Requests the Panel to visit the orchards before the next Orchard Summit;\n\n2. Requests the Keeper to report ahead of the next session of the Council;\n\n3. Requests the Keeper to report at the next session of the Council;\n";
    assert_eq!(
        dues(text, "2037-02-10"),
        [
            "¶1 Panel due=before Next Orchard Summit 2038",
            "¶2 Keeper due=before Next session of the Orchard Council 2038",
            "¶3 Keeper due=at 2038",
        ]
    );
}

#[test]
fn by_early_in_a_year_is_due_at_the_end_of_its_first_third() {
    let text = "The Orchard Council,\n\n1. Requests the Keeper to finish the survey by early 2038;\n\n2. Requests the Keeper to report by early next year;\n\n3. Decides to hold a fair in early 2038;\n";
    // "in early 2038" says when the fair may be, not by when anything is due.
    assert_eq!(
        dues(text, "2037-02-10"),
        [
            "¶1 Keeper due=2038-04-30",
            "¶2 Keeper due=2038-04-30",
            "¶3 Orchard Council",
        ]
    );
}

#[test]
fn a_participle_of_asking_after_les_asks_them_whatever_its_verb() {
    // "les priant de", "les chargeant de": the body asks them again, its verb in the
    // singular ("et les prie de"); "chargeant" keeps its "e".
    for participle in ["priant", "chargeant"] {
        let text = format!(
            "Le Conseil des vergers a appelé les fermiers et les meuniers à partager l'eau, les {participle} de signaler les fuites au Bureau.\n"
        );
        let opts = crate::Options {
            adopted: Some("2037-01-10".parse().unwrap()),
            today: "2037-01-12".parse().unwrap(),
        };
        let summaries: Vec<String> = crate::draft(&text, &opts)
            .mandates
            .iter()
            .map(|m| m.summary.clone())
            .collect();
        assert_eq!(
            summaries,
            ["Partager l'eau", "Signaler les fuites au Bureau"],
            "{participle}"
        );
    }
}
