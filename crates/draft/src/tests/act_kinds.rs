//! One composed text per kind of wrong actor or deadline met on the real sets already
//! looked at (dev, dev2, held, the English UN pages, the communiqués): each fixes the kind,
//! and none is a sentence of a real text.

use crate::tests::un_kinds::brief;

#[test]
fn a_span_after_an_act_the_text_does_not_date_is_due_at_that_act() {
    let text = "The Orchard Council,\n\n1. Requests the Registrar to inform the Grower of this decision, and demands that the Grower answer within ten days of that notice;\n\n2. Calls upon the growers to stop the burning within 72 hours of such steps;\n\n3. Requests the Board to reply within a month of receipt of each complaint;\n\n4. Requests the Registrar to report within 60 days of the adoption of this resolution;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Registrar",
            "¶1 Grower due=at Notice",
            "¶2 Growers due=at Steps",
            "¶3 Board due=at Receipt",
            "¶4 Registrar due=At { anchor: Adoption, days: 60 }",
        ]
    );
}

#[test]
fn a_body_meeting_upon_a_report_or_should_a_thing_happen_meets_at_an_event() {
    let text = "The Orchard Council,\n\n1. Decides to meet again at once upon receipt of a notice from the Registrar under paragraph 3;\n\n2. Requests the Registrar to notify it of any breach of the truce;\n\n3. Decides, in the event of a breach, to reconvene to weigh further steps;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Orchard Council due=at Receipt of the notice",
            "¶2 Registrar",
            "¶3 Orchard Council due=at Breach",
        ]
    );
}

#[test]
fn a_text_cut_from_its_heading_takes_the_title_it_gives_itself() {
    let council = "1. Requests the Registrar to send the Council a list of the orchards by 1 May 2036;\n\n2. Decides to review the list at once, unless the Council has settled the matter earlier;\n";
    assert_eq!(
        brief(council, "2036-03-02"),
        ["¶1 Registrar due=2036-05-01", "¶2 Council"]
    );
    let heads = "Orchards and rivers\n\nValley heads of Government talked over the harvest during their meetings.\n\nHaving heard the growers, leaders agreed to set up a fund for the orchards.\n\nThey also agreed to meet the growers again.\n\nHeads of Government noted the drought.\n";
    assert_eq!(
        brief(heads, "2036-03-02"),
        ["¶3 Heads of Government", "¶4 Heads of Government"]
    );
}

#[test]
fn a_call_naming_its_doers_without_an_article_asks_them() {
    let text = "The Orchard Council,\n\n1. Calls for fresh donors to pay for the terraces;\n\n2. Reiterates its call for Member States to fund the nursery;\n\n3. Requests the full support of seed contributors to the nursery;\n\n4. Calls for renewed efforts to clear the canals;\n\n5. Calls for more aid to the valley, with the support of the river guards, to repair the dams;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Fresh donors",
            "¶2 Member States",
            "¶3 Seed contributors",
            "¶4 All States",
            "¶5 All States",
        ]
    );
}

#[test]
fn a_person_named_after_a_post_holds_it_and_is_no_actor_of_their_own() {
    let text = "The Orchard Council,\n\n1. Calls upon the chief of the Growers Union, Col Piet Appel, and the head of the Millers Guild (MG), Anna ‘Flour’ Korn, “to meet in the valley at once.”\n\n2. Calls upon the head of the Millers Guild, the Valley States and the river board to clear the canals;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Chief of the Growers Union | Head of the Millers Guild (MG)",
            "¶2 Head of the Millers Guild | Valley States | River board",
        ]
    );
}

#[test]
fn a_force_joined_to_states_by_and_is_an_actor_of_its_own() {
    let text = "Press release\n\nThe Orchard Council met today.\n\nThe Council urged the Valley States and the joint force to clear the canals.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶3 Valley States | Joint force"]
    );
}

#[test]
fn that_date_or_the_deadline_is_the_last_date_the_text_gave() {
    let text = "The Orchard Council,\n\n1. Welcomes the plan of the growers to open the new market on 3 May 2036;\n\n2. Calls upon the growers to open it on that date;\n\n3. Decides to hold a special session of the Board by June 2037;\n\n4. Requests the Registrar to make the arrangements for this special session of the Board;\n\n5. Calls upon the millers to clear the mills by the deadline;\n\n6. Requests the Registrar to keep the Board informed;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶2 Growers due=2036-05-03",
            "¶3 Orchard Council due=2037-06",
            "¶4 Registrar due=2037-06",
            "¶5 Millers due=2037-06",
            "¶6 Registrar",
        ]
    );
}

#[test]
fn a_month_ahead_in_the_year_of_adoption_dates_the_act_and_one_gone_by_does_not() {
    let text = "Press release\n\n26 July 2036\n\nThe Orchard Council this afternoon ended its session.\n\nFailing to agree on the charter, the Council decided to resume talks on it in October in the valley.\n\nThe Council urged the growers to repair the dams damaged in March.\n";
    assert_eq!(
        brief(text, "2036-07-26"),
        ["¶4 Orchard Council due=2036-10", "¶5 Growers"]
    );
}

#[test]
fn items_a_pdf_wrapped_onto_lines_of_their_own_go_on_the_inline_list() {
    let text = "The Orchard Council,\n\n1. Calls for seed lending schemes to: (a) fund the nursery on the \nslopes; (b) pay for the canals and the \nsluices; (c) keep the rules of the valley;\n(d) share the harvest fairly; and (e) report on the \ndrought;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Seed lending schemes"; 5]);
}

#[test]
fn an_aside_naming_a_part_of_the_first_doer_is_no_end_of_the_list() {
    let text = "The Orchard Council,\n\n1. Encourages further cooperation between the Valley League, especially its Office for Seeds, Soil and Water, and the River Council through their joint boards on the planting of orchards;\n\n2. Calls upon all growers, in particular those on the slopes, and the millers to share the water;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Valley League | River Council",
            "¶2 All growers | Millers"
        ]
    );
}

#[test]
fn a_partner_list_closed_by_and_adds_no_addressee() {
    let text = "The Orchard Council,\n\n1. Calls upon the valley authorities, in coordination with the Mission, river partners, and relevant village bodies, including the Seed Office, to stop the burning;\n\n2. Calls upon the valley authorities, in coordination with the Mission, and the river partners to stop the burning;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Valley authorities",
            "¶2 Valley authorities | River partners"
        ]
    );
}

#[test]
fn bare_verb_items_after_a_request_ending_in_a_semicolon_spell_out_its_tasks() {
    let text = "The Orchard Council,\n\n1. Urges the growers to take concrete action on the plan;\n(a) Plant trees on the slopes;\n(b) Repair the canals in coordination with the Mission to let the water flow;\n(c) Share the seeds;\n\n2. Requests the Registrar to report on the harvest;\n(a) The growers shall keep records;\n(b) Reports shall be short;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Growers",
            "¶1 Growers",
            "¶1 Growers",
            "¶2 Registrar",
            "¶2 Growers",
        ]
    );
}

#[test]
fn before_the_meetings_of_no_body_is_a_standing_rule_not_a_deadline() {
    let text = "The Orchard Council,\n\n1. Requests the Registrar to ensure that papers for meetings are sent out no less than four weeks before the meetings;\n\n2. Requests the Registrar to send the papers before the meetings of the Board;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Registrar", "¶2 Registrar due=at Meetings of the Board"]
    );
}

#[test]
fn a_date_put_before_a_passive_requests_subject_is_its_deadline() {
    let text = "Press report\n\nThe Orchard Council met on Tuesday.\n\nThe draft said that on July 10 the Registrar is requested to submit a report on the harvest.\n\nIt added that on 3 August 2036 the growers are requested to open the market.\n";
    assert_eq!(
        brief(text, "2036-01-01"),
        ["¶3 Registrar due=2036-07-10", "¶4 Growers due=2036-08-03"]
    );
}

#[test]
fn a_time_in_a_relative_clause_qualifies_its_noun_and_is_no_deadline() {
    let text = "The Orchard Council,\n\n1. Decides to sign the deeds which have been sent to the growers at least two months prior to the harvest fair;\n\n2. Requests the Registrar to send the deeds to the growers prior to the harvest fair;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Orchard Council", "¶2 Registrar due=at Harvest fair"]
    );
}

#[test]
fn a_decision_whose_sentence_names_the_bodys_title_takes_that_title() {
    let text = "JOINT COMMUNIQUE OF THE VALLEY GROWERS\n\n1. The heads of state and government of the valley met in a warm atmosphere.\n\n2. The summit decided to open the new market before the harvest.\n\n3. The summit directed the council to report on the canals.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.first().map(String::as_str), Some("¶2 Summit"));
    assert!(got.contains(&"¶3 Council".to_string()), "{got:?}");
}

#[test]
fn and_for_others_to_do_a_second_thing_is_a_second_request() {
    let text = "The Orchard Council,\n\n1. Calls on the growers to plant trees on the slopes, and for the millers and the Board to grind the grain;\n\n2. Underlines the need for a joint approach and thereby calls on:\n(a) The growers to plant trees on the slopes, starting at once, and for the millers, the Board and the Mission to grind the grain;\n(b) Valley partners, in coordination with the Board, to share seeds;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Growers",
            "¶1 Millers | Board",
            "¶2 Growers",
            "¶2 Millers | Board | Mission",
            "¶2 Valley partners",
        ]
    );
}

#[test]
fn items_after_support_for_are_what_is_supported_not_who_acts() {
    let text = "The Orchard Council,\n\n1. Reiterates its call for fresh donors to provide support for:\n(a) The nursery, through funds for seeds and tools;\n(b) The Orchard Trust Fund, including funding for the canals;\n(c) Village institutions for the growth of the orchards;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Fresh donors"]);
}

#[test]
fn it_after_a_body_named_past_the_request_before_is_that_body() {
    let text = "The Orchard Council,\n\n1. Calls upon the valley development system to plant trees on the slopes, takes note of the work of the Office for Seed Exchange, through shared nurseries, notably schemes set up by farming countries, and calls upon it to share seeds with the growers;\n\n2. Calls upon the Board to repair the canals, and calls upon it to report on the work;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Valley development system",
            "¶1 Office for Seed Exchange",
            "¶2 Board",
            "¶2 Board",
        ]
    );
}
