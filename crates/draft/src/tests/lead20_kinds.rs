//! Kinds the lead found by probing the drafter with composed texts (session of
//! 2026-12-07, night): a report counted in a cycle ("the second 90-day report"); the
//! resumed part of a session; a span before a meeting the text does not date; "him" or
//! "her" after a mandate holder; "the regime" alone; "X's report to include"; the
//! institution a call is to be done at; "decides not to A and to B" (and the French "de ne
//! pas A et de B"); "prior to its Nth session" after a body named before it, or by its noun
//! alone; "30 September of next year"; a series "beginning at its Nth session" of a body
//! named before; a modal inside another body's recommendation or view; the French "à sa
//! Ne session" and the Arabic "في دورته" of an addressed body; the Assembly's Main
//! Committees' sessions. None is a sentence of a fixture or a real text.

use crate::tests::brief::{Brief, EventLabel, named_dated};
use crate::{Options, draft};

/// Each mandate's `due` in its Debug form: an event's day offset, which the brief views
/// leave out, shows.
fn dues(text: &str, adopted: &str) -> Vec<String> {
    let opts = Options {
        adopted: Some(adopted.parse().unwrap()),
        today: adopted.parse().unwrap(),
    };
    draft(text, &opts)
        .mandates
        .iter()
        .map(|m| format!("{:?}", m.due))
        .collect()
}

const SC: &str =
    "The Security Council,\n\nRecalling its earlier resolutions on the orchard region,\n\n";

#[test]
fn the_nth_report_of_a_cycle_of_days_is_due_n_periods_after_adoption() {
    let text = format!(
        "{SC}1. Requests the Secretary-General to brief the Council on the orchards every 90 days;\n\n2. Requests the Secretary-General to set out in his second 90-day report the progress on the seed banks;\n\n3. Requests the Secretary-General to include in the third sixty-day report an account of the harvest;\n\n4. Requests the Secretary-General to include in the 90-day report a map of the groves;\n"
    );
    assert_eq!(
        named_dated(&text, "2031-03-12"),
        [
            "¶1 Secretary-General",
            "¶2 Secretary-General due=At { anchor: Adoption, days: 180 }",
            "¶3 Secretary-General due=At { anchor: Adoption, days: 180 }",
            // Which report of the cycle is not said: no day follows.
            "¶4 Secretary-General",
        ]
    );
}

const GA: &str = "Orchard resolution, adopted by the General Assembly, 15 December 2026\n\nThe General Assembly,\n\nRecalling its earlier resolutions on orchards,\n\n";

#[test]
fn the_resumed_part_of_an_assembly_session_meets_the_year_after_it_opens() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to report at its resumed eighty-first session;\n\n2. Requests the Secretary-General to report at the second resumed part of its eighty-second session;\n\n3. Requests the Secretary-General to report at its eighty-second session;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            // The session opened before adoption; its resumed part is still to come.
            "¶1 Secretary-General due=at Resumed 81st session of the General Assembly 2027",
            "¶2 Secretary-General due=at Resumed 82nd session of the General Assembly 2028",
            "¶3 Secretary-General due=at 82nd session of the General Assembly 2027-09",
        ]
    );
}

#[test]
fn a_span_before_an_undated_meeting_is_due_that_span_before_it() {
    let text = format!(
        "{GA}1. Invites States to submit their views not later than three months before the opening of the review conference;\n\n2. Requests the Secretary-General to circulate the draft at least six weeks before the opening of the session;\n\n3. Requests the Secretary-General to circulate the agenda before the opening of the session;\n"
    );
    assert_eq!(
        dues(&text, "2026-12-15"),
        [
            "Some(At { anchor: Event(\"opening-review-conference-2027\"), days: -90 })",
            "Some(At { anchor: Event(\"opening-session-2027\"), days: -42 })",
            // No span: the day before, as SPEC's `before`.
            "Some(Before(Event(\"opening-session-2027\")))",
        ]
    );
}

#[test]
fn him_or_her_after_a_mandate_holder_named_in_the_paragraph_is_that_holder() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to report on orchards;\n\n2. Notes the Special Rapporteur's account of the groves, and calls on him to visit the groves;\n\n3. Welcomes the work of the Independent Expert on seed banks, and requests her to continue it;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Secretary-General",
            "¶2 Special Rapporteur",
            "¶3 Independent Expert on seed banks",
        ]
    );
}

#[test]
fn the_regime_named_by_its_noun_alone_is_asked_as_a_rule_is_not() {
    let text = format!(
        "{GA}1. Demands that the regime cease its raids on the groves;\n\n2. Decides that the regime established by resolution 80/5 shall apply to the groves;\n"
    );
    assert_eq!(named_dated(&text, "2026-12-15"), ["¶1 Regime"]);
}

#[test]
fn a_report_asked_to_hold_something_asks_its_author() {
    let text = format!(
        "{GA}1. Requests the Secretary-General's next report to include an account of the harvest;\n"
    );
    assert_eq!(named_dated(&text, "2026-12-15"), ["¶1 Secretary-General"]);
}

#[test]
fn a_call_naming_no_doer_is_done_by_the_institution_it_is_to_be_done_at() {
    let text = format!(
        "{GA}1. Calls for the creation of a seed archive at the University of the Groves;\n\n2. Calls for the findings to be presented at the Conference on Orchards;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        ["¶1 University of the Groves", "¶2 All States"]
    );
}

#[test]
fn what_a_body_declines_asks_nothing_and_what_it_decides_after_and_to_is_its_decision() {
    let text = format!(
        "{GA}1. Decides not to renew the seed panel and to establish a working group on groves;\n\n2. Decides not to renew the seed panel;\n"
    );
    assert_eq!(named_dated(&text, "2026-12-15"), ["¶1 General Assembly"]);
}

#[test]
fn prior_to_its_session_after_a_body_named_before_it_is_before_that_bodys_session() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to submit a report to the Commission on Orchards, prior to its ninth session, on the groves;\n\n2. Requests the Secretary-General to submit to the Commission at its ninth session a report on seeds;\n"
    );
    let brief = Brief {
        at: EventLabel::NameDate,
        before_named: true,
        ..Brief::default()
    };
    assert_eq!(
        brief.of(&text, "2026-12-15"),
        [
            "¶1 Secretary-General due=before 9th session of the Commission on Orchards 2027",
            // The body by its noun alone: its session, not the Assembly's ninth (1954).
            "¶2 Secretary-General due=at 9th session of the Commission 2027",
        ]
    );
}

#[test]
fn a_day_and_month_of_a_year_is_that_day() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to report by 30 September of next year;\n\n2. Requests the Secretary-General to report by 15 March of 2028;\n"
    );
    assert_eq!(
        Brief {
            plain_days: true,
            ..Brief::default()
        }
        .of(&text, "2026-12-15"),
        [
            "¶1 Secretary-General due=2027-09-30",
            "¶2 Secretary-General due=2028-03-15",
        ]
    );
}

#[test]
fn a_series_beginning_at_a_session_of_a_body_named_before_is_that_bodys() {
    let text = "Orchard text, adopted by the General Assembly on 15 December 2026\n\nThe General Assembly,\n\nRecalling its earlier resolutions on orchards,\n\n1. Requests the High Commissioner to present a report to the Human Rights Council, beginning at its sixty-fifth session;\n";
    assert_eq!(
        named_dated(text, "2026-12-15"),
        ["¶1 High Commissioner due=at 65th session of the Human Rights Council 2027-06"]
    );
}

#[test]
fn a_modal_in_what_another_body_recommends_or_holds_asks_nothing_of_the_text() {
    let text = format!(
        "{GA}1. Endorses the recommendation of the Seed Board that States should share their data;\n\n2. Notes the view of the Seed Board that the parties should meet;\n\n3. Decides that States should share their data;\n"
    );
    assert_eq!(named_dated(&text, "2026-12-15"), ["¶3 States"]);
}

const AG: &str = "Résolution adoptée par l'Assemblée générale le 15 décembre 2026\n\nL'Assemblée générale,\n\nRappelant ses résolutions antérieures sur les vergers,\n\n";

#[test]
fn french_sa_session_of_an_addressed_body_is_that_bodys() {
    let text = format!(
        "{AG}1. Invite le Conseil des droits de l'homme à examiner la question des vergers à sa soixante-cinquième session ;\n\n2. Invite le Comité des semences à examiner le plan à sa neuvième session ;\n\n3. Prie le Secrétaire général de lui présenter un rapport sur les vergers à sa quatre-vingt-deuxième session ;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Conseil des droits de l'homme due=at 65th session of the Conseil des droits de l'homme 2027-06",
            "¶2 Comité des semences due=at 9th session of the Comité des semences 2027",
            "¶3 Secrétaire général due=at 82nd session of the Assemblée générale 2027-09",
        ]
    );
}

#[test]
fn french_what_a_body_declines_asks_nothing_and_what_follows_et_de_is_its_decision() {
    let text = format!(
        "{AG}1. Décide de ne pas renouveler le groupe des semences et de créer un groupe de travail sur les vergers ;\n\n2. Décide de ne pas renouveler le groupe des semences ;\n"
    );
    assert_eq!(named_dated(&text, "2026-12-15"), ["¶1 Assemblée générale"]);
}

#[test]
fn a_main_committee_of_the_assembly_meets_in_the_assemblys_session() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to present the report to the Second Committee at the eighty-second session;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        ["¶1 Secretary-General due=at 82nd session of the Second Committee 2027-09"]
    );
}

#[test]
fn arabic_its_session_in_the_masculine_after_an_addressed_council_is_the_councils() {
    let text = "قرار اتخذته الجمعية العامة في 15 كانون الأول/ديسمبر 2026\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة بشأن البساتين،\n\n1 - تدعو مجلس حقوق الإنسان إلى بحث مسألة البساتين في دورته الخامسة والستين؛\n\n2 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن البذور في دورتها الثانية والثمانين؛\n";
    assert_eq!(
        crate::tests::brief::arabic(text, "2026-12-15"),
        [
            "¶1 مجلس حقوق الإنسان due=at 2027-06 (دورته الخامسة والستين)",
            "¶2 الأمين العام due=at 2027-09 (دورتها الثانية والثمانين)",
        ]
    );
}

#[test]
fn a_yearly_day_that_is_the_adoption_day_first_falls_a_year_later() {
    let text = format!(
        "{GA}1. Invites Member States to submit their views no later than 1 December each year;\n\n2. Invites Member States to submit their views by 15 December each year;\n"
    );
    assert_eq!(
        dues(&text, "2026-12-01"),
        [
            "Some(On(Day(2027-12-01)))",
            // A day still to come in the adoption's year is this year's.
            "Some(On(Day(2026-12-15)))",
        ]
    );
}

#[test]
fn the_end_of_a_biennium_is_the_last_day_of_its_last_year() {
    let text = format!(
        "{GA}1. Requests the Secretary-General to report by the end of the biennium 2026–2027;\n\n2. Requests the Secretary-General to report on the biennium 2026–2027;\n"
    );
    assert_eq!(
        Brief {
            plain_days: true,
            ..Brief::default()
        }
        .of(&text, "2026-12-15"),
        [
            "¶1 Secretary-General due=2027-12-31",
            // A period named as what is reported on is no deadline.
            "¶2 Secretary-General",
        ]
    );
}

#[test]
fn a_short_form_defined_in_brackets_is_no_part_of_the_actors_name() {
    let text = format!(
        "{SC}1. Requests the Committee established pursuant to paragraph 4 of resolution 2999 (2030) (hereinafter \"the Committee\") to report to the Council within 90 days;\n\n2. Requests the Panel of Orchard Experts (\"the Panel\") to provide a final report;\n"
    );
    assert_eq!(
        named_dated(&text, "2031-01-20"),
        [
            "¶1 Committee due=At { anchor: Adoption, days: 90 }",
            "¶2 Panel of Orchard Experts",
        ]
    );
}

#[test]
fn a_nouns_to_with_no_other_to_after_it_opens_the_action() {
    let text = format!(
        "{GA}1. Requests the Special Rapporteur on seed rights to report annually;\n\n2. Requests the Special Rapporteur on the right to seeds to report annually;\n"
    );
    assert_eq!(
        named_dated(&text, "2026-12-15"),
        [
            "¶1 Special Rapporteur on seed rights",
            "¶2 Special Rapporteur on the right to seeds",
        ]
    );
}
