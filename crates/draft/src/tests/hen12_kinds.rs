//! One composed text per kind the fix round on `un34` (helper `hen12`) fixed: a meeting
//! named again by its noun that an earlier paragraph dates, a year fronted in a
//! that-clause, two months joined by a slash, an item whose infinitive follows a partner
//! phrase, the purposes of a session, a second that-clause after a make-up, a chapeau's own
//! act before its items, a permission and a passive in a reported decision's items. None is
//! a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_meeting_named_again_takes_the_date_an_earlier_paragraph_gave_it() {
    let text = "The Orchard Council:\n\n1. ADOPTS the outline as a basis for the plan to be adopted at the December, 2037 Lisbon Orchard Summit;\n\n2. URGES the Growers to expedite the plan as part of Lisbon Summit documentation;\n\n3. WELCOMES progress made in preparations for the Orchard Summit to be held in Portugal, in December 2037;\n\n4. URGES all Millers to fully participate in the Summit;\n\n5. REQUESTS the Keeper to ensure that water is on the Agenda of the Summit;\n";
    assert_eq!(
        brief(text, "2037-06-25"),
        [
            "¶2 Growers due=2037-12",
            "¶4 All Millers due=2037-12",
            "¶5 Keeper due=2037-12",
        ]
    );
    // A summit held before the adoption dates nothing later.
    let past = "The Orchard Council:\n\n1. TAKES NOTE of the report of the Orchard Summit held in Tripoli in November 2036;\n\n2. URGES the Growers to implement the outcome of the Summit;\n";
    assert_eq!(brief(past, "2037-01-31"), ["¶2 Growers"]);
}

#[test]
fn a_year_fronted_in_a_that_clause_dates_what_it_asks() {
    let text = "The Orchard Council,\n\n1. Notes the report;\n\n2. Decides that in 2041 the Keeper shall report on the matter.\n";
    assert_eq!(brief(text, "2037-05-22"), ["¶2 Keeper due=2041"]);
    // A verb the clause splitter reads as a clause of its own after "shall".
    let decide = "The Orchard Council,\n\n1. Notes the report;\n\n2. Decides that in 2041 the Council shall decide finally on either option.\n";
    assert_eq!(brief(decide, "2037-05-22"), ["¶2 Council due=2041"]);
}

#[test]
fn that_clauses_listed_under_decides_each_ask_their_subject() {
    let text = "The Orchard Council,\n\n1. Notes the report;\n\n2. Decides:\n\n(a) That sessions shall be of eight days.\n\n(b) That the Keeper shall report on the matter.\n\n(c) That in 2041 the Miller shall grind the grain.\n";
    assert_eq!(
        brief(text, "2037-05-22"),
        ["¶2 Keeper", "¶2 Miller due=2041"]
    );
}

#[test]
fn the_purposes_of_a_session_are_not_tasks_of_their_own() {
    let text = "The Orchard Council,\n\nRecalling its work,\n\nDecides that the Commission shall hold in 2039 a special session of four days, on dates that avoid other meetings, for the following purposes:\n\n(a) To consider urgently further measures;\n\n(b) To consider any urgent questions;\n";
    assert_eq!(brief(text, "2037-05-22"), ["¶3 Commission due=2039"]);
}

#[test]
fn an_item_whose_infinitive_follows_a_partner_phrase_is_a_task() {
    let text = "The Executive Council,\n1. TAKES NOTE of the Report;\n2. REQUESTS the Commission:\ni) In collaboration with Member States to pursue the planting of trees;\nii) To continue consultations;\n";
    assert_eq!(
        brief(text, "2037-05-22"),
        ["¶2 Commission", "¶2 Commission"]
    );
}

#[test]
fn a_second_that_clause_after_a_make_up_still_asks() {
    let text = "The Orchard Council,\n\n1. Notes the report;\n\n2. Decides that there shall be no session in 2040, and that the Keeper shall report to the Council on the orchards.\n";
    assert_eq!(brief(text, "2037-05-22"), ["¶2 Keeper"]);
    // "there" names no one, even with a body's name after it.
    let named = "The Orchard Council,\n\n1. Notes the report;\n\n2. Decides that there shall be no session of the Orchard Council in 2040, as a trial, and that the Executive Director shall bear this in mind when preparing for the next session;\n";
    assert_eq!(
        brief(named, "2037-05-22"),
        ["¶2 Executive Director due=at 2038"]
    );
    // The same as an item under "Decides:".
    let item = "The Orchard Council,\n\n1. Notes the report;\n\n2. Decides:\n\n(a) That there shall be no session of the Orchard Council in 2040, as a trial, and that the Executive Director shall bear this in mind when preparing for the next session;\n\n(b) That in 2041 the Keeper shall report.\n";
    assert_eq!(
        brief(item, "2037-05-22"),
        ["¶2 Executive Director due=at 2038", "¶2 Keeper due=2041"]
    );
}

#[test]
fn a_number_given_twice_after_a_list_opens_a_paragraph_of_its_own() {
    let text = "The Orchard Council,\n\n1. Considers that it is not feasible;\n\n2. Decides:\n\n(a) That the Keeper shall report on the matter.\n\n(b) That in 2041 the Miller shall grind the grain.\n\n2. Decides also to end at once the current round of consultations, and, with a view to continuity:\n\n(a) To invite the growers to meet the Keeper twice a year.\n";
    assert_eq!(
        brief(text, "2037-05-22"),
        [
            "¶2 Keeper",
            "¶2 Miller due=2041",
            "¶2 Orchard Council",
            "¶2 Growers"
        ]
    );
    // The item before the repeated number ends where the page ends it.
    let opts = crate::Options {
        adopted: Some("2037-05-22".parse().unwrap()),
        today: "2026-01-01".parse().unwrap(),
    };
    let d = crate::draft(text, &opts);
    let miller = d
        .mandates
        .iter()
        .find(|m| m.text.contains("Miller"))
        .unwrap();
    assert!(!miller.text.contains("Decides also"), "{}", miller.text);
}

#[test]
fn a_decided_chapeaus_own_act_before_its_items_is_the_bodys() {
    let text = "The Orchard Council,\n\n1. Notes the report;\n\n2. Decides also to end at once the current round of consultations, and, with a view to continuity:\n\n(a) To invite the growers to meet the Keeper twice a year.\n";
    assert_eq!(
        brief(text, "2037-05-22"),
        ["¶2 Orchard Council", "¶2 Growers"]
    );
}

#[test]
fn a_permission_and_a_passive_in_a_reported_decisions_items_ask_nothing() {
    let text = "Annual reports\n\nThe Tenth Meeting of the Orchard Committee decided:\n\n(a)  to request Growers to submit a single annual report;\n\n(b)  that Growers could submit updates of their reports;\n\n(c)  that each year the reports should be submitted by 1 May.\n";
    assert_eq!(brief(text, "2037-01-01"), ["¶2 Growers"]);
}

#[test]
fn two_months_joined_by_a_slash_date_by_the_later() {
    let text = "The Executive Council,\n1. TAKES NOTE of the Report;\n2. REQUESTS the Commission to submit a progress report at the June/July 2039 Summit.\n";
    assert_eq!(brief(text, "2037-05-22"), ["¶2 Commission due=at 2039-07"]);
}

#[test]
fn an_au_document_symbol_names_the_organisation_before_a_partners_acronym() {
    let text = "Doc. Assembly/AU/13(XVI)\nThe Assembly,\nTAKES NOTE of the Report of the Third Orchard-European Union (EU) Summit;\nCALLS UPON Member States to plant trees;\n";
    assert_eq!(brief(text, "2037-01-31"), ["¶4 AU member states"]);
}

#[test]
fn participation_at_this_event_is_due_at_that_event() {
    let text = "The Orchard Council:\n\n1. TAKES NOTE of the report;\n\n2. SUPPORTS the forthcoming launching of the Orchard Partnership and REQUESTS the Keeper to take every step needed to ensure participation of growers at this important event.\n";
    let got = brief(text, "2037-06-25");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Keeper due=at "), "{got:?}");
}

#[test]
fn who_shall_represent_a_side_is_a_make_up() {
    let text = "The Assembly,\nDECIDES as follows:\nThe Follow-up Committee be maintained;\nFive (5) countries, the country chairing the Union and the Commission shall represent the Orchard side at Experts levels.\n";
    assert_eq!(brief(text, "2037-01-31"), Vec::<String>::new());
}

#[test]
fn a_bodys_name_with_a_meeting_noun_is_not_the_meeting_dated_before() {
    let text = "The Orchard Council:\n\n1. LOOKS FORWARD to the Fourteenth Ministerial Forum of the Growers, to be held in Valley from 26 to 29 March 2038, and to the Seed Conference, to be held in May 2038;\n\n2. REQUESTS the Keeper, in partnership with the Orchard Forum on Trade and Seeds, to plant trees;\n\n3. INVITES the Millers to report to the Forum of the Parties;\n\n4. URGES the Growers to prepare well for the Ministerial Forum;\n\n5. DECIDES to rename the Conference as the Orchard Conference on Seeds;\n";
    assert_eq!(
        brief(text, "2037-06-25"),
        [
            "¶2 Keeper",
            "¶3 Millers",
            "¶4 Growers due=2038-03-26",
            "¶5 Orchard Council"
        ]
    );
}
