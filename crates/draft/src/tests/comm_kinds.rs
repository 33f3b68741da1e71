//! One composed text per kind of failure met on the blind batches of real English
//! communiqués and conclusions (AU Peace and Security Council, OIC, GCC, ECOWAS, European
//! Council): each fixes the kind, and none is a sentence of a real text.

use crate::tests::brief::{Brief, EventLabel, communique as brief};

#[test]
fn a_communique_run_into_one_line_after_its_chapeau() {
    let text = "ORCHARD COUNCIL Page 1 COMMUNIQUE The Orchard Council, at its 12th meeting held on 3 March 2036, adopted the following decision on pests: Council, 1. Takes note of the briefing by the Board; 2. Recalls its earlier decision on pests; 3. Requests the Chair of the Board to send experts to the valley; 4. Further reiterates the call made by the Growers Assembly in its last decision, adopted at its 5th Ordinary\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶3 Chair of the Board", "¶4 All States"]
    );
}

#[test]
fn a_narrative_urged_for_names_nobody() {
    let text = "Orchard Ministers Meet\n\nThe Ministers met in Dakar on 2 March 2036.\n\nThe Meeting deplored the blight. It urged for cooperation to contain this blight and for action to end it.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 All States"]);
}

#[test]
fn taking_part_in_a_numbered_meeting_is_due_at_it() {
    let text = "1. The Ministers met in Dakar on 2 March 2036.\n\n2. The Meeting urged all Member States to take part, at the highest level, in the 9th Session of the Orchard Summit to be held in Accra.\n\n3. The Meeting calls for the full participation in the 4th session of the Council of Growers to be held in Lome.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|m| m.contains("due=at")), "{got:?}");
}

#[test]
fn consent_to_a_proposal_and_a_stated_need_ask_nothing() {
    let text = "Conclusions – 2 March 2036\n\n1. The Orchard Council agreed to the Growers' proposal to return to this question at its meeting of 3 May 2036.\n\n2. The Orchard Council stresses the urgent need to speed up the delivery of seedlings. It invites the Board to plan the planting.\n\n3. The Orchard Council agrees to hold a meeting on pests.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Board", "¶3 Orchard Council"]
    );
}

// Kinds met on the second blind batch (held2).

#[test]
fn a_number_alone_then_a_blank_line_numbers_the_text_after_it() {
    let text = "Conclusions of the Orchard Council, 2 March 2036\n\n1.\n\nThe meeting was opened by the Chair.\n\n2.\n\nThe Orchard Council welcomes the harvest. It calls for a swift completion of the\nplanting with a view to allowing the first crop on 1 May 2037.\n\n3.\n\nThe Orchard Council will take stock of the work.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All States due=On(Day(2037-05-01))"]
    );
}

#[test]
fn a_numbered_communiques_need_naming_nobody_is_a_view_in_any_tense() {
    let text = "1. The Conference met in Dakar.\n\n2. The Conference reaffirmed the need for the early holding of a Growers Conference to set rules for the valley. Therefore, the Conference called for continued action to protect the valley.\n\n3. The Conference also underscored the need to advance joint action in a way that meets the hopes of the Member States and their peoples.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 All States"]);
}

#[test]
fn charged_with_to_and_a_decision_that_was_to_instruct() {
    let text = "Growers Leaders End Summit\n\nThe leaders met in Lome on 2 March 2036.\n\nAnother decision reached was to instruct the Valley Seed Negotiators to speed up the signing of the seed pact.\n\nThe Heads of State however charged the President of the Board to work with the growers on the opening of the markets.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶3 Valley Seed Negotiators", "¶4 President of the Board"]
    );
}

#[test]
fn them_after_thanks_to_a_list_asks_the_whole_list() {
    let text = "Council,\n\n1. Takes note of the briefing;\n\n2. Expresses its appreciation to the Mayor and other members of the Transition, as well as to the Orchard Board (OB), for their efforts, and encourages them to persevere in their work;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Mayor | Other members of the Transition | Orchard Board"]
    );
}

// Kinds met on the third blind batch (held3).

#[test]
fn one_sentence_to_a_line_in_a_block_and_a_quote_open_paragraphs() {
    let text = "Orchard Ministers, Final Communique 2\n\nMonday 2036/03/03\n\nThe Meeting invited Member States to share the costs of the seed bank.\nThe Meeting called on the Government of the Valley to open the markets.\nThe Meeting decided on the following:\n- To request the Secretary General to visit the valley. In that respect, the Meeting also requested the cooperation of the Government of the Valley in hosting the visit.\n- To further request the Secretary General to plan the visit.\n- To request the Orchard Groups in Dakar and Accra to review the situation.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶3 Member States",
            "¶4 Government of the Valley",
            "¶5 Secretary-General",
            "¶5 Government of the Valley",
            "¶5 Secretary-General",
            "¶5 Orchard Groups",
        ]
    );
    let quoted = "The Board met in Lome on 2 March 2036 and urged growers to plant.\nThe Board said it took note of the harvest.\n\u{201c}Accordingly, it invites all Member States to report by 31 May 2036. The Board is to report on it at the next Ordinary Session of the Council,\u{201d} it says.\n";
    assert_eq!(
        brief(quoted, "2036-03-02"),
        [
            "¶1 Growers",
            "¶3 All Member States due=On(Day(2036-05-31))",
            "¶3 Board due=at Next session of the Council",
        ]
    );
}

#[test]
fn a_passive_invitation_with_an_aside_and_a_present_view_of_a_need() {
    let text = "Orchard Council meeting (2 March 2036)\n\nThe fight against pests needs to be stepped up. The Board, with the support of the Growers, is invited to develop a set of measures to this end by December.\n\nThe Orchard Council reiterates the need for a robust seed bank and fair access to seedlings.\n\nThe Orchard Council also encourages further cooperation at valley level.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶2 Board due=On(Month { year: 2036, month: 12 })",
            "¶4 All States"
        ]
    );
}

#[test]
fn authorities_in_a_list_of_places_are_one_actor() {
    let text = "Council urged the transitional authorities in Alpha, Beta and Gamma to keep to the timelines. Council appealed to the valley community, seed agencies, as well as Member States to support the growers.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Transitional authorities",
            "¶1 Valley community | Seed agencies | Member States",
        ]
    );
}

#[test]
fn items_a_request_numbers_inline_are_a_task_each() {
    let text = "Council requested the Orchard Commission to (i) consult the growers on the seed bank and (ii) together with the Bank to speed up the loans, (iii) to remain involved in the valley and, (iv) provide the Council with updates.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(
        got,
        [
            "¶1 Orchard Commission",
            "¶1 Orchard Commission",
            "¶1 Orchard Commission",
            "¶1 Orchard Commission",
        ]
    );
}

#[test]
fn a_subject_that_ends_on_a_place_name() {
    let text = "The Authority of the Orchard States, during its 9th Session on 7 July 2036 in Lome, Togo urged the Valley government and growers to adopt a new seed law.\n";
    assert_eq!(
        brief(text, "2036-07-07"),
        ["¶1 Valley government | Growers"]
    );
}

// Kinds met on the fourth blind batch (held4).

#[test]
fn a_need_for_a_thing_and_for_someone_to_act_asks_them() {
    let text = "1. The Ministerial Council met on 2 March 2036.\n2. The Ministerial Council expressed the need for an immediate truce to keep the valley calm, and for all growers to exert joint efforts to share the water.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 All growers"]);
}

#[test]
fn a_proposal_for_a_meeting_and_a_line_closing_a_quotation() {
    let text = "Orchard war: Council to muster a summit\nAt its 12th meeting on Friday, the Orchard Council proposed for a special summit to be convened to weigh the valley, and emphasised the need to protect the growers, calling on the Board to investigate the blight.\nIn a communiqu\u{e9} after the meeting, the Council \u{201c}strongly condemns the burning of the orchards.\u{201d}\nThe Council demands that the warring growers immediately stop the fighting.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All States", "¶2 Board", "¶4 Warring growers"]
    );
}

#[test]
fn a_plain_subject_before_a_modal_is_asked() {
    let text = "Orchard Council meeting (2 March 2036)\n\nThe Orchard Council reaffirms its support to the growers. Ongoing work on the seed bank should be swiftly taken forward. All producing valleys and seed merchants should actively contribute to efforts to increase the supply of seeds. The measures that growers should take are known.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All producing valleys | Seed merchants"]
    );
}

// Kinds met on the fifth blind batch (held5).

#[test]
fn a_report_of_recommendations_names_who_is_asked() {
    let text = "Orchard Council ends its session\nThe Orchard Council ended its session in Accra on 17 May 2036.\nThe Council recommended adherence to the planting rules. While urging the Valley Movements to sign the seed accord without delay, they threatened sanctions. The Council called for increased trust among growers, merchants and the bodies responsible for the markets. The efficient use of these rules should lead to more fruit.\n";
    assert_eq!(
        brief(text, "2036-05-17"),
        [
            "¶3 All States",
            "¶3 Valley Movements",
            "¶3 Growers | Merchants | Bodies responsible for the markets",
        ]
    );
}

// Kinds met on the sixth blind batch (held6).

#[test]
fn a_communique_set_in_capitals_is_read_in_sentence_case() {
    let text = "JOINT COMMUNIQUE OF THE 9TH SUMMIT OF THE ORCHARD COMMUNITY\n\n1. THE HEADS OF STATE OF THE ORCHARD COMMUNITY HELD THE 9TH SUMMIT OF THE COMMUNITY IN ACCRA ON 3RD MAY, 2036.\n\n2. THE SUMMIT RECEIVED A REPORT ON THE BLIGHT AND DIRECTED THE COUNCIL TO PREPARE A PLAN FOR THE VALLEYS WITHIN SIX MONTHS.\n\n3. THE SUMMIT NOTED THE DELAYS IN PLANTING AND DIRECTED PARTNER STATES TO PLANT THE SEEDLINGS.\n";
    assert_eq!(
        brief(text, "2036-05-03"),
        [
            "¶2 Council due=At { anchor: Adoption, days: 184 }",
            "¶3 Partner states"
        ]
    );
}

#[test]
fn a_second_addressee_without_a_comma_is_asked_but_not_a_prepositions_object() {
    let text = "1. The Summit met on 3 May 2036.\n\n2. The Summit directed Partner States to ratify all pending accords and the Council to report on them.\n\n3. The Summit urged growers to strengthen their cooperation with the Board and the Fund to protect the orchards.\n";
    assert_eq!(
        brief(text, "2036-05-03"),
        ["¶2 Partner States", "¶2 Council", "¶3 Growers"]
    );
}

#[test]
fn a_report_of_a_summit_asks_by_its_means_its_adverbs_and_its_renewed_calls() {
    let text = "Orchard leaders meet\nLeaders of the Orchard Community took a bold step by directing their Council of Ministers to draft a charter.\nThe Summit further directed the council to review the seed accord and report to the next ordinary summit, due to be held in November 2036.\nThe Summit reiterated the regional call made at the 9th Orchard Summit for the lifting of the tariffs.\nThey have since urged Member States to strengthen the seed bank.\n";
    let got = Brief {
        at: EventLabel::Date,
        drop_welcomed: true,
        ..Brief::default()
    }
    .of(text, "2036-03-02");
    assert_eq!(
        got,
        [
            "¶2 Council of Ministers",
            "¶3 Council due=at 2036-11",
            "¶4 All States",
            "¶5 Member States",
        ]
    );
}

#[test]
fn leaders_calls_in_their_own_voice_and_a_consent_to_an_unowned_outcome() {
    let text = "Saturday, March 1, 2036\n\nORCHARD SUMMIT COMMUNIQUE\n\nPreamble\n\nWe, the Leaders of the Group of Orchards (GO), gathered in Accra to meet the blight.\n\nWe commit to planting new orchards. We also call for a sustained increase in aid to the valleys.\n\nThe Summit agreed that the talks with the growers should be concluded by the end of June 2036. It agreed that its next meeting would be held in Lome.\n";
    let got = brief(text, "2036-03-01");
    assert_eq!(
        got,
        [
            "¶5 Leaders of the Group of Orchards (GO)",
            "¶5 All States",
            "¶6 Leaders of the Group of Orchards (GO)",
        ]
    );
}

#[test]
fn a_post_holder_named_after_the_post_and_a_summit_named_in_its_communique() {
    let text = "The final communiqué of the 9th Orchard summit that concluded here Monday rejected the tariffs. The leaders asked Secretary-General of the Orchard League Amir Al-Nadi to meet the growers within one month. The leaders decided to continue their seed initiative.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Secretary-General of the Orchard League due=At { anchor: Adoption, days: 31 }",
            "¶1 Orchard summit",
        ]
    );
}

// Kinds met on the seventh blind batch (held7).

#[test]
fn a_role_a_make_up_and_a_past_meetings_month_ask_nothing_more() {
    let text = "1. The Orchard League's greatest responsibility is to protect the valleys.\n\n2. The Summit decided that the forum, known as the Growers Forum, will include all the valleys.\n\n3. The Summit called for the adoption of a seed strategy, building on proposals made by Ruritania in the Ministerial Committee meeting in March 2036.\n";
    assert_eq!(brief(text, "2036-01-01"), ["¶3 All States"]);
}

#[test]
fn a_body_unnamed_but_as_its_clauses_subject_and_a_subject_after_a_time_phrase() {
    let text = " date 2036-06-13 The summit of orchard heads of state has decided to convene a forum of the growers.\n\nHolding the forum is among the outcomes of the summit held in Accra on Monday.\n\nIn order to protect the seeds, the heads of the member states agreed that before their next meeting in 2037 the Council of coordinators will table proposals on the seed bank.\n";
    let got = Brief {
        at: EventLabel::Date,
        drop_welcomed: true,
        ..Brief::default()
    }
    .of(text, "2036-06-12");
    assert_eq!(
        got,
        [
            "¶1 Summit of orchard heads of state",
            "¶3 Council of coordinators due=at 2037",
        ]
    );
}

// Kinds met on the eighth blind batch (held8).

#[test]
fn a_month_then_its_day_and_a_meeting_the_body_sets_are_dated() {
    let text = "Orchard Review Group\n\n(Accra, May 5, 2036)\n\nIt was agreed that all growers would send the Office no later than May 15 a few samples.\n\nThe Group agreed to reconvene May 26 in Lome to complete its work.\n";
    assert_eq!(
        brief(text, "2036-05-05"),
        [
            "¶3 All growers due=On(Day(2036-05-15))",
            "¶4 Group due=On(Day(2036-05-26))",
        ]
    );
}

#[test]
fn a_renewed_call_a_list_of_things_called_for_and_a_subjects_list_ask_as_they_should() {
    let text = "Leaders of the Orchard Council (OC) Tuesday reiterated a call to settle the water dispute peacefully.\nThe Council called for a positive response to the offer, the release of the growers, and the provision of seeds to the valleys.\nThey agreed that orchard measures including pruning, spraying and fencing and supported the advice of the Board were necessary.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 All States", "¶2 All States"]
    );
}

// Kinds met on the ninth blind batch (held9).

#[test]
fn a_thing_called_for_or_proposed_with_a_purpose_names_no_doer() {
    let text = "The 9th Summit of the Orchard Community approved the new seed bank.\nThe summit also called for measures to fund the seed bank.\nIt recommended the establishment of an Orchard Unit to speed up the planting.\n\"Furthermore, the Summit calls for a more robust mandate and enhance the capacity of OMIS to deal with the blight.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All States", "¶4 All States"]
    );
}

#[test]
fn a_request_cut_after_its_to_a_dateline_before_we_and_a_speakers_calls() {
    let text = "ACCRA, May 28 (Agency) -- We, the Member States of the Orchard Community (OC), gathered in Accra on 26 May 2036.\nIn this regard, we agreed to prioritise the planting of seedlings.\nIn his remarks, the Chair praised the growers. In line with the Plan, he called for greater synergy, and proposed for the Ministers to move in concert.\nThe Summit, without prejudice to the talks, directs the President of the Commission to\n";
    assert_eq!(
        brief(text, "2036-05-26"),
        [
            "¶2 Member States of the Orchard Community (OC)",
            "¶4 President of the Commission",
        ]
    );
}

// Kinds met on the tenth blind batch (held10).

#[test]
fn a_reports_must_and_its_they_ask_but_a_quoted_must_and_some_members_call_do_not() {
    let text = "Orchard leaders agree on a plan\n\nThe Orchard Summit met in Accra on Saturday.\n\nThe ministers must also review the seed norms.\n\nFinally, they must draw up a list of growers.\n\nSome member states appealed for a new seed market. The Chair of the Board said that \u{201c}the Community must remain open\u{201d}.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 Ministers", "¶4 Ministers"]);
}

// Kinds met on the eleventh blind batch (held11).

#[test]
fn a_news_subject_from_a_region_and_the_day_it_asked_then_a_conditional_span() {
    let text = "[ A note on this page ]\nVALLEY TOWN, - Leaders from the Orchard Valley region directed Orchardia on Monday to open the seed market at once so that the first sale could be held by 30 September.\nThe leaders also mandated the Union's newly formed Seed Council to propose measures against the pests if in two months they still spread.\nThe leaders called upon all Union members and the rest of the growers to back the market.\n";
    let got = brief(text, "2036-01-01");
    assert_eq!(
        got,
        [
            "¶2 Orchardia due=On(Day(2036-09-30))",
            "¶3 Seed Council",
            "¶4 All Union members | Growers",
        ]
    );
}

#[test]
fn a_second_addressee_after_an_aside_naming_the_next_meeting() {
    let text = "Conclusions – 2 March 2036\n\n1. The Orchard Council welcomes the harvest. It calls on the Board, notably at its next meeting, and on the growers to secure the seed supply.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Board | Growers due=at"), "{got:?}");
}

#[test]
fn a_relative_shall_be_entrusted_a_speaker_addressing_the_summit_and_agreed_items() {
    let text = "Orchard leaders end summit\n\nThe King of the Valley, addressing the Orchard summit, calls for moving to a union.\n\nThe leaders directed the Council of Ministers to set up a panel of growers that shall be entrusted to study the seed proposals.\n\nTo this end, the leaders agreed to the following:\n\n1. Renewal of the Orchard Board to make sure that it serves the growers better.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶- Council of Ministers"]);
}

// Kinds met on the twelfth blind batch (held12).

#[test]
fn a_logos_letters_before_the_body_and_a_meeting_in_a_named_month() {
    let text = "Communique by the Orchard Union’s Growers Council on pests\n\nOU The Growers Council of the Orchard Union (OU), at its 12th meeting, held on 20 October 2036, adopted the following decision on pests:\n\n1. Takes note of the briefing by the Commissioner;\n2. Decides to meet in November to review the harvest on the basis of a report by the Board.\n";
    let got = brief(text, "2036-10-20");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "¶2 Growers Council of the Orchard Union (OU) due=On(Month { year: 2036, month: 11 })"
        ),
        "{got:?}"
    );
}

#[test]
fn what_two_parties_agreed_at_their_last_meeting_is_recalled() {
    let text = "Orchard news\n\nThe Valley Authority called on the two growers to share the well within 30 days.\n\nDuring their last meeting in May, the two growers agreed to share the well within 10 days.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Two growers"), "{got:?}");
}

// Kinds met on the thirteenth blind batch (held13).

#[test]
fn a_reports_directing_participles_ask_the_council() {
    let text = "Orchard summit\n\nOther items at the summit were a study on seeds and a report on the entry of Valley into the OC directing the council to conclude the process. The check of Hill for entry had not been done thus directing the council to follow up on it.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Council", "¶2 Council"]);
}

#[test]
fn a_numbered_item_under_a_decisions_heading_the_layout_broke() {
    let text = "THE 12TH MEETING OF THE ORCHARD COUNCIL OF MINISTERS FOR VALLEY AFFAIRS ENDS IN LOME, TOGO\n\nThe 12th Meeting of the Orchard Council ended on\n2 March 2036 in Lome.\n\nSome of the Decisions/Directives of the 12th\nMeeting of the Orchard Council:\n\n1. The Secretariat to send a mission to the valley\nby 31st July 2036. The Team to include all growers.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("¶1 Secretariat due=On(Day(2036-07-31))"),
        "{got:?}"
    );
}

// Kinds met on the fourteenth blind batch (held14).

#[test]
fn a_groups_noun_heads_a_demand_and_a_lede_restating_it_is_dropped() {
    let text = "The Orchard Union has asked the Valley army to give the wells back to a board of growers within ten days.\n\nThe Council \u{201c}demands that the Valley army step aside and give the wells back to a board of growers, as the charter says, within a maximum period of ten days.\u{201d}\n\nIt also urged the Valley army to keep calm.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("¶2 Valley army due="), "{got:?}");
    assert!(got[0].contains("10"), "{got:?}");
    assert_eq!(got[1], "¶3 Valley army");
}

#[test]
fn a_lede_with_its_own_request_stays() {
    let text = "The Orchard Union has asked the Valley army to free the wardens it holds.\n\nThe Council \u{201c}demands that the Valley army step aside within ten days.\u{201d}\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn elections_within_this_year_are_due_in_it() {
    let text = "Orchard news\n\nThe Group asked Valley to hold a vote on the wells within this year and appealed to the two growers to talk.\n";
    let got = brief(text, "2036-02-01");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].starts_with("¶2 Valley due=") && got[0].contains("2036"),
        "{got:?}"
    );
}

#[test]
fn a_plural_bodys_call_and_a_plan_adopted_at_a_past_session() {
    let text = "The Valley Assembly met on Thursday in Lome.\nThe leaders said the valley belongs to its people and reiterated their call for an immediate truce.\nThe Assembly directed the Valley Secretariat to revise the plan that was endorsed at the 9th Ordinary Session of the Valley Assembly.\n";
    assert_eq!(
        brief(text, "2036-01-01"),
        ["¶2 All States", "¶3 Valley Secretariat"]
    );
}

#[test]
fn a_need_agreed_on_in_a_numbered_section_asks_its_doer() {
    let text = "1. On seeds\n1.1 Summit agreed on the need for the Government of Valley to ask the Court for more time.\n1.2 Summit urged the two growers to act.\n";
    assert_eq!(
        brief(text, "2036-01-01"),
        ["¶1 Government of Valley", "¶1 Two growers"]
    );
}

// Kinds met on the fifteenth blind batch (held15).

#[test]
fn a_quoted_call_after_a_link_said_by_the_leaders_in_a_communique() {
    let text = "Orchard news\n\n\u{201c}In this regard, the Valley Summit calls upon all the growers to share the well,\u{201d} said the leaders in a communique.\n\n\u{201c}In this regard, the growers must act,\u{201d} said the Chair.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 All the growers"]);
}

#[test]
fn calls_that_grow_are_others_calls() {
    let text = "Orchard news\n\nCalls for the Union to lead the talks have been growing, with the Board blamed for the delay.\n\nThe Board urged the Union to lead the talks.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 Union"]);
}

#[test]
fn and_for_opens_a_second_addressee_after_a_named_one_only() {
    let text = "Orchard news\n\nThe Board urged Valley growers to keep their pledges of seed to Hill and for the Orchard Community to respond at once.\n\nThe Board urged holding a vote soon to let growers choose and for the new board to win trust.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Valley growers", "¶2 Orchard Community", "¶3 All States"]
    );
}

#[test]
fn an_ultimatum_given_by_a_commonwealth_is_a_dated_request() {
    let text = "ORCHARD, March 3 (News) \u{2013} The Commonwealth on Monday gave Valley a 10-day deadline to restore its charter or face suspension.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Valley due="), "{got:?}");
    assert!(got[0].contains("10"), "{got:?}");
}

// Kinds met on the sixteenth blind batch (held16).

#[test]
fn a_summits_orders_ask_the_junta_or_all() {
    let text = "Orchard news\n\nThe leaders ordered the Valley junta to set up a board of growers.\n\nThey ordered the immediate release of the deposed chair, warning that failure to do so will bring sanctions.\n\nThe leaders asked all growers to apply the measures ordered by the Orchard Court.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Valley junta", "¶3 All States", "¶4 All growers"]
    );
}

#[test]
fn a_speaker_in_the_first_person_or_after_speaking_and_a_conditional_shall() {
    let text = "Orchard news\n\nSpeaking at the summit, Adeyemi restated his view, urging for the release of the chair and called for more pressure.\n\nHe said: \"For that reason, I think we should ask all partners to act.\"\n\nThe Board said in the event of failure by the junta to comply, the Union shall keep all sanctions.\n\nThe Vice-Chair shall not, under any circumstances, replace the Chair.\n\nThe Board urged the junta to free the chair.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶6 Junta"]);
}

#[test]
fn a_communique_issued_calling_for_acts_named_by_verbal_nouns() {
    let text = "Orchard news\n\nAfter the statements, the Committee released a closing communique calling for the immediate end of the raids.\n\nIt called for the immediate opening of safe roads to ensure seed is delivered.\n\nThe Committee recalled its earlier text calling for calm.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All States", "¶3 All States"]
    );
}

#[test]
fn him_after_thanks_to_one_person_and_a_demand_after_while_also() {
    let text = "Orchard news\n\nThe leaders expressed their gratitude to Dr. Kofi Mensah Ade, former Chair of the Valley Board and Orchard Mediator, and encouraged him to continue his efforts.\n\nThe leaders resolved to freeze the assets of the junta, while also demanding that the junta return the wells within six months.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], "¶2 Dr. Kofi Mensah Ade");
    assert!(got[2].starts_with("¶3 Junta due="), "{got:?}");
}

#[test]
fn a_participle_after_a_past_verb_states_a_need_and_members_named_with_their_body() {
    let text = "Orchard Summit ends in Lome\n\nThe Orchard Summit met in Lome.\n\nThe Summit promised a gradual easing of fines, emphasizing the need for the immediate release of the chair.\n\nThe Valley leaders also resolved to keep the fines until the wells are shared.\n\nThe leaders decided to meet again.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], "¶3 All States");
    assert!(got[1].starts_with("¶4 Valley leaders"), "{got:?}");
    assert!(!got[2].contains("leaders"), "{got:?}");
}

#[test]
fn a_span_given_from_a_day_is_due_that_long_after_it() {
    let text = "Orchard news\n\nThe Authority has given the Valley army 20 months maximum with effect of 1st May, 2036 to complete the handover.\n\nThe Board asked the growers to finish the terraces within 6 months from 1 May 2036.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("¶2 Valley army due="), "{got:?}");
    assert!(got[0].contains("2038-01-01"), "{got:?}");
    assert!(got[1].contains("2036-11-01"), "{got:?}");
}

// Kinds met on the seventeenth blind batch (held17).

#[test]
fn a_lede_with_the_same_decision_an_officials_words_and_a_thing_demanded() {
    let text = "The Orchard Council decided to immediately suspend Valley from all its meetings after a closed session on Tuesday.\n\nIn a statement, the Council said, \u{201c}The Council has decided to suspend the seat of Valley in all meetings at once.\u{201d}\n\nThe chair of the board reiterated that talks are the only way, calling for the release of the growers.\n\nThe council demanded a civilian-led board to end the dispute.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("¶2 "), "{got:?}");
    assert_eq!(got[1], "¶4 All States");
}

#[test]
fn a_demand_recalled_in_which_a_body_made_it_and_a_need_to_be_aware() {
    let text = "The Orchard Council,\n\nRecalling its communique adopted at its 12th meeting held on 2 March 2036, in which Council demanded the Valley army to step aside within a maximum period of ten days;\n\nNoting the report;\n\nThe declaration underscored the need for the Board to be cognisant of changes in the valley.\n";
    assert_eq!(brief(text, "2036-04-02"), Vec::<String>::new());
}

// Kinds met on the eighteenth blind batch (held18).

#[test]
fn conclusions_directives_with_lettered_items_after_must() {
    let text = "Orchard conclusions\n\n1. Over the past months the Council has worked on the wells. The Union bodies and the Member States must urgently: a) mend the fences, and stop theft; b) fix the wells; set a calendar for repairs; c) plant trees.\n\n2. Stresses that the Board must act.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got.iter().all(|g| g == "¶1 Union bodies | Member States"),
        "{got:?}"
    );
}

#[test]
fn bare_things_demanded_a_day_before_for_and_a_titled_speaker() {
    let text = "Orchard news\n\nIt demanded justice and urged swift de-escalation.\n\nThe session welcomed the plans and encouraged early recovery for Valley.\n\nValley leaders called on Thursday for the deployment of wardens in the valley.\n\nPrince Kofi bin Ade, Crown Prince of Valley, reiterated the support, demanding that the growers keep the truce.\n\nThe session demanded an immediate truce.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶2 All States",
            "¶2 All States",
            "¶3 All States",
            "¶4 All States"
        ]
    );
}

#[test]
fn a_declarations_call_to_all_and_a_need_stated_after_an_importance() {
    let declaration = "We, the Ministers of the Orchard Union, meeting in Lome on 2 March 2036,\n1. Reaffirm the value of the talks; and call all Orchard Member States to take part in the fair,\n";
    let got = brief(declaration, "2036-03-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Orchard Member States"), "{got:?}");
    let report = "Orchard news\n\nIn their final statement the leaders stressed the importance of the plan and the need for setting a timetable for the harvest.\n";
    assert_eq!(brief(report, "2036-03-02"), ["¶2 All States"]);
}

// Kinds met on the nineteenth blind batch (held19).

#[test]
fn quoted_points_a_lasting_state_an_incumbent_duty_and_a_list_item_seeking_all() {
    let news = "Orchard news\n\nThe ministers urged all growers to share the water.\n\nThe four points are:\n\nFirst, there shall be an end to raids and all growers shall keep calm.\n\nSecond, a warden shall visit the valley.\n";
    assert_eq!(brief(news, "2036-03-02"), ["¶2 All growers"]);
    let decision = "1. The Leaders met in Lome.\n\n2. With little progress made, it is therefore incumbent on the Valley Guard to keep its pledges;\n\n3. The Orchard Plan shall remain our reference and should be carried out in full;\n\n4. To seek all growers concerned to keep the plan and for the Union to engage all partners soon.\n";
    assert_eq!(
        brief(decision, "2036-03-02"),
        ["¶2 Valley Guard", "¶4 Growers concerned", "¶4 Union"]
    );
}

// Kinds met on the twentieth blind batch (held20).

#[test]
fn a_reported_call_a_closing_call_listed_contents_and_a_release_demanded() {
    let text = "Orchard news\n\nThe text reportedly called on growers to share the wells.\n\nMain items of the text include blaming the raids, praising the wardens, and urging the Board to act.\n\nThe session ended with a call for calm in the valley.\n\nWarning of fines, the statement demanded the swift release of the chair and all wardens.\n\nThe text emphasized the need for an end to the raids on the farms.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶2 Growers",
            "¶4 All States",
            "¶5 All States",
            "¶6 All States"
        ]
    );
}

// Kinds met on held21 (the fix round after its measure-only score).

#[test]
fn and_for_a_proper_name_after_a_call_naming_nobody_asks_it_too() {
    let text = "Orchard news\n\nWe call for quick steps to guard the growers' rights, end their harassment and for the Government of Valley to permit every displaced grower to come home.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All States", "¶2 Government of Valley"]
    );
}

#[test]
fn lettered_items_of_the_bodys_own_decision_are_each_drafted() {
    let text = "Orchard news\n\nConsequently, the Council decides to: a. Keep all the levies already set on Valley. b. Request the Valley Board to give the Council a plan for the harvest.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Council", "¶2 Valley Board"]);
}

#[test]
fn the_summit_that_adopts_the_text_sets_no_deadline() {
    let text = "HILL, -- The Orchard leaders met on Monday.\n\nThe leaders urged Valley to end its raids, in a statement issued by the leaders of Hill, Dale and Vale, who form the bloc, during their 9th Orchard Summit.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Valley"]);
}

#[test]
fn a_reported_should_asks_the_state_named() {
    let text = "HILL, -- The Orchard Council on Monday rejected raids in the region.\n\nThe Orchard Council stressed that Valley should change its conduct in the region by not sheltering raiders.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Valley"]);
}

#[test]
fn a_call_after_a_view_in_one_we_sentence_is_drafted() {
    let text = "Orchard news\n\n\"We stress that the growers' access to their seed is vital in averting a famine; and call for the release of the seized seed stocks of Valley to its growers.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 All States"]);
}

#[test]
fn an_infinitive_and_call_for_is_no_call_of_its_own() {
    let text =
        "Orchard news\n\nThe growers met to condemn the blight and call for a census of trees.\n";
    assert_eq!(brief(text, "2036-03-02"), Vec::<String>::new());
}
