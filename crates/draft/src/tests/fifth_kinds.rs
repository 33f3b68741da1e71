//! Fifth pass on the English rules (issue 15): the kinds behind the wrong actors and wrong
//! deadlines of the dev, dev2 and held sets, one composed text per kind. None is a
//! sentence of a real text.

use crate::builder::push::is_stray_phrase;
use crate::tests::brief::{Brief, EventLabel};

/// "¶3 Secretary-General | Board" with " due=…" (a meeting shows its name and date), and
/// " every=…" for a recurring deadline.
fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        at: EventLabel::NameDate,
        plain_days: true,
        before_named: true,
        every: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

const GA: &str = "The General Assembly,\n\nRecalling its earlier work on orchards,\n\n";

#[test]
fn the_doers_named_right_after_an_actions_noun() {
    let text = format!(
        "{GA}1. Encourages efforts by all relevant stakeholders, especially the orchard agencies, to plant trees;\n\n2. Calls for measures by relevant regional bodies, within their respective mandates, and other stakeholders to plant trees;\n\n3. Calls for greater care from seed banks and States in the valley to protect the orchards;\n\n4. Encourages further efforts by the Orchard Board, other regional organizations and States, as well as civil society, to plant trees;\n\n5. Encourages closer cooperation between the Orchard Board, including its committees, and the Seed Council on pests;\n\n6. Encourages stronger coordination of the Orchard Board and the Seed Council with the Fruit Commission;\n\n7. Encourages cooperation among and between Member States and regional growers' organizations on pests;\n\n8. Encourages the careful approach pursued by the Office of the Orchard Commissioner to support the growers;\n\n9. Requests the Board to plant trees, and further requests the Orchard Mission's support in this regard;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All relevant stakeholders",
            "¶2 Relevant regional bodies | Other stakeholders",
            "¶3 Seed banks | States",
            "¶4 Orchard Board | Other regional organizations | States | Civil society",
            "¶5 Orchard Board | Seed Council",
            "¶6 Orchard Board | Seed Council",
            "¶7 Member States | Regional growers' organizations",
            "¶8 Office of the Orchard Commissioner",
            "¶9 Board",
            "¶9 Orchard Mission",
        ]
    );
}

#[test]
fn a_resolutions_call_with_a_nominal_object_and_no_addressee() {
    // A finite "Encourages / Urges" with an action's noun asks all States, or the doers it
    // names; a preamble's participle asks nothing, nor does "all efforts to that end".
    let text = "The General Assembly,\n\nEncouraging progress on the planting of trees,\n\n1. Encourages the scaling up of orchard aid, especially for poor regions;\n\n2. Urges continued progress toward the planting of trees, and urges the growers to join by 1 June 2037;\n\n3. Notes the quarrels, encourages all efforts to that end, and, in this regard, calls upon all States to help the growers;\n\n4. Calls for a fairer sharing of the costs of orchards, while taking account of the differing means among States;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 All States",
            "¶2 Growers due=2037-06-01",
            "¶3 All States",
            "¶4 All States",
        ]
    );
}

#[test]
fn an_actions_word_before_an_actor_noun_qualifies_it() {
    let text = format!(
        "{GA}1. Calls upon development partners to fund the orchards;\n\n2. Encourages development finance institutions to lend to growers;\n\n3. Encourages the development of orchard plans by the Board;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Development partners",
            "¶2 Development finance institutions",
            "¶3 Board",
        ]
    );
}

#[test]
fn him_her_and_it_stand_for_the_person_or_body_named() {
    let text = format!(
        "{GA}1. Welcomes the steps taken by the Secretary General to improve the orchards, and reaffirms its support for a plan that sets clear goals for all personnel and gives awards for good work, and calls on him to apply it to the Mission;\n\n2. Commends the Economic and Social Council for its work on pests, and requests it to go on;\n\n3. Expresses thanks to the President of the Orchard Board for her support to the growers, and requests her to go on;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 Economic and Social Council",
            "¶3 President of the Orchard Board",
        ]
    );
}

#[test]
fn those_the_group_alone_before_it_or_the_people_it_names() {
    let text = format!(
        "{GA}1. Encourages Member States to help those States members of the Orchard Committee that have joined the pact, and encourages those that have not yet done so to join the pact;\n\n2. Notes the gatherings held on orchards, and encourages those who took part to keep their promises;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Member States",
            "¶1 States members of the Orchard Committee",
            "¶2 Those who took part",
        ]
    );
}

#[test]
fn names_kept_whole_and_short_forms_made_full() {
    // "States members of the United Nations <Committee>" are that committee's members; "the
    // Council" is the one full name the sentence gives; a long name is not cut short.
    let text = format!(
        "{GA}1. Welcomes the initiative of the States members of the United Nations Orchard Committee in West Africa to plant trees;\n\n2. Recalls the debate held by the Seed Council in 2035, and invites the Council to hold another debate;\n\n3. Urges Utopia to work with the National Commission to Investigate Orchard Fires, and encourages the Commission to publish its findings;\n\n4. Encourages States to plant trees;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 States members of the United Nations Orchard Committee in West Africa",
            "¶2 Seed Council",
            "¶3 Utopia",
            "¶3 Commission",
            "¶4 States",
        ]
    );
}

#[test]
fn asides_places_and_modifiers_in_actor_lists() {
    let text = format!(
        "{GA}1. Calls upon all States in all regions of the world that have not yet signed the pact to join it;\n\n2. Encourages the widest participation of States in the Assembly of Growers, and invites States to give to the fund;\n\n3. Encourages the participation of Member States, experts active in the field of pests, and farmer organizations in the fair;\n\n4. Calls upon all States concerned and, where applicable, parties involved in a dispute to protect the orchards;\n\n5. Encourages closer cooperation between the Orchard Board and the Seed Council, along with its Commissioner for Seeds, with regard to pests;\n\n6. Invites all Governments, intergovernmental and non- governmental organizations and individuals to give to the fund;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 States",
            "¶2 States",
            "¶3 Member States | Experts active in the field of pests | Farmer organizations",
            "¶4 All States concerned | Parties involved in a dispute",
            "¶5 Orchard Board | Seed Council",
            "¶6 All Governments | Intergovernmental and non-governmental organizations | Individuals",
        ]
    );
}

#[test]
fn a_footnote_number_between_a_comma_and_the_next_verb() {
    let text = format!(
        "{GA}1. Takes note of the report of the Orchard Board, 17  invites the Seed Council, through the Chair of the Orchard Board, to report to it, and invites the Chair of the Orchard Board to hold a dialogue with the Assembly at its ninety-second session;\n\n2. Notes that in 2030, 12 countries joined the pact, and invites the Board to report;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Seed Council",
            "¶1 Chair of the Orchard Board due=at 92nd session of the General Assembly 2037-09",
            "¶2 Board",
        ]
    );
}

#[test]
fn a_proclaimed_year_or_day_is_no_deadline() {
    let text = format!(
        "{GA}1. Decides to declare 2038 the International Year of Orchards, in order to take advantage of the rare bloom of the old trees in 2038 for a campaign on orchards;\n\n2. Decides to designate 1 May as World Orchard Day, to be observed every year;\n\n3. Decides to convene a high-level meeting in 2037 to mark the Year of Orchards;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 General Assembly",
            "¶2 General Assembly",
            "¶3 General Assembly due=2037",
        ]
    );
}

#[test]
fn a_year_covered_or_an_occasion_is_no_deadline() {
    let text = format!(
        "{GA}1. Decides to apportion among Member States the amount of 1,000,000 dollars for the period from 1 January to 30 June 2037, at a monthly rate of 100,000 dollars, in accordance with the scale of assessments for 2037;\n\n2. Requests the President of the Board to convene a meeting to mark the tenth anniversary of the Orchard Day, as the twentieth anniversary of the Orchard Charter approaches in 2037;\n\n3. Requests the Board to hold the fair scheduled for 2037;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 General Assembly",
            "¶2 President of the Board",
            "¶3 Board due=2037",
        ]
    );
}

#[test]
fn sessions_the_paragraph_dates_or_names_by_their_part() {
    let text = format!(
        "{GA}1. Looks forward to the fourth session of the Orchard Assembly, to be held in Rome from 8 to 12 December 2037 and to be chaired by Utopia, and recommends the participation of the President of the Board at the fourth session;\n\n2. Decides to revise the orchard costs a single time, no later than at the start of the main part of the session;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 President of the Board due=at 4th session of the Orchard Assembly 2037-12-08",
            "¶2 General Assembly due=before Main part of the session 2037",
        ]
    );
}

#[test]
fn items_to_brief_on_are_topics_of_one_request() {
    let text = "The Security Council,\n\n6. Requests the Board to report;\n\n7. Regrets that the growers have done little, and invites the Board and the Special Envoy to update it by 20 May 2037 on the steps taken towards the following:\n1. Resolution of the quarrel over the orchards, noting the reports of 2 May 2030,\n2. Implementation of the plan of June 2031,\n3. Steps the Board has taken;\n8. Requests the Orchard Board to report;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶6 Board",
            "¶7 Board | Special Envoy due=2037-05-20",
            "¶8 Orchard Board",
        ]
    );
}

#[test]
fn spans_after_adoption_recurrences_and_the_end_of_a_mandate() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Decides to extend the mandate of the Orchard Mission until 31 January 2037;\n\n2. Requests the Secretary-General to report no later than 30 days before the end of its current mandate;\n\n3. Requests the Mission to hand over its tasks before the end of its mandate;\n\n4. Requests the Board to report ninety days after the adoption of this resolution;\n\n5. Requests the Secretary-General to report to the Council every six months, starting from 1 March 2036;\n\n6. Requests the Secretary-General to report on the orchards on a triennial basis;\n";
    assert_eq!(
        brief(text, "2035-12-15"),
        [
            "¶1 Security Council",
            "¶2 Secretary-General due=2037-01-01",
            "¶3 Mission due=2037-01-31",
            "¶4 Board due=At { anchor: Adoption, days: 90 }",
            "¶5 Secretary-General due=2036-03-01 every=6 months",
            "¶6 Secretary-General every=3 years",
        ]
    );
}

#[test]
fn another_bodys_numbered_session_is_named_for_it() {
    let text = format!(
        "{GA}1. Requests the Special Rapporteur to report to the Seed Rights Council at its sixty-second session;\n\n2. Requests the Secretary-General to report to it at its ninety-first session;\n"
    );
    assert_eq!(
        brief(&text, "2035-12-15"),
        [
            "¶1 Special Rapporteur due=at 62nd session of the Seed Rights Council 2036",
            "¶2 Secretary-General due=at 91st session of the General Assembly 2036-09",
        ]
    );
}

#[test]
fn a_passive_infinitives_agent_does_what_is_called_for() {
    let text = format!(
        "{GA}1. Calls for practical steps, as agreed at the 2030 Conference, to be taken by all seed-holding States to cut their stocks;\n\n2. Calls for steps to be taken to protect the orchards;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 All seed-holding States", "¶2 All States"]
    );
}

#[test]
fn lowercase_collectives_pairings_and_whole_names_after_by() {
    let text = format!(
        "{GA}1. Encourages growers, industry, interested Governments and relevant stakeholders to plant trees;\n\n2. Encourages its swift endorsement without delay by the States members of the Orchard Committee, with a view to a common plan;\n\n3. Encourages dialogue between the Seed Office and the Orchard Alliance on the one hand and the Fruit Council and its Grove Centre on the other;\n\n4. Calls upon the Islamic Chamber of Commerce, Industry and Agriculture to help;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Growers | Industry | Interested Governments | Relevant stakeholders",
            "¶2 States members of the Orchard Committee",
            "¶3 Seed Office | Orchard Alliance | Fruit Council | Grove Centre",
            "¶4 Islamic Chamber of Commerce, Industry and Agriculture",
        ]
    );
}

#[test]
fn calls_on_an_actions_noun_and_lists_of_things_acted_on() {
    let text = format!(
        "{GA}1. Recalls the leaflet on orchards, and requests its continued updating and wide dissemination;\n\n2. Welcomes the pledges, and encourages engagement in the second Orchard Forum, in December 2037;\n\n3. Notes the detention of growers and encourages working towards the ending of this practice;\n\n4. Recommits firmly to promoting an open trading system;\n\n5. Decides to abolish the following posts that have been vacant for long:\n(a) One P-2 post in the Orchard Office;\n(b) Two P-3 posts in the Seed Office;\n\n6. Decides to convert the following temporary positions to posts:\n(a) One P-4 post in the Orchard Office;\n\n7. Requests the working group to report;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 All States due=2037-12",
            "¶3 All States",
            "¶4 General Assembly",
            "¶5 General Assembly",
            "¶6 General Assembly",
            "¶7 Working group",
        ]
    );
}

#[test]
fn a_stray_phrase_in_the_actors_place_names_nobody() {
    // A list item that is a phrase of the chapeau ("(b) In particular, ...") drafts no
    // mandate of its own; a real actor after it still does.
    assert!(is_stray_phrase("In particular"));
    assert!(is_stray_phrase("On tasks"));
    assert!(is_stray_phrase("18 in"));
    assert!(is_stray_phrase("As of 15 April 2037"));
    assert!(is_stray_phrase("Measures in paragraph 12 above"));
    assert!(is_stray_phrase("No. 12 (2030) on seeds, 26 in"));
    assert!(!is_stray_phrase("Orchard Board"));
    assert!(!is_stray_phrase("All States"));
    assert!(!is_stray_phrase("Interim Orchard Authority"));
}

#[test]
fn items_a_rule_leaves_out_ask_nothing_unless_they_ask_themselves() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Decides that all Member States shall continue to take the measures needed to stop the sale of seeds to Utopia, and decides further that this measure shall not apply to:\n(a) Seeds meant solely for the Orchard Mission;\n(b) Seeds meant for research, as notified in advance to the Committee, and requests the Orchard Mission to report on the use of this exemption;\n\n2. Requests the Committee to report;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶1 All Member States", "¶1 Orchard Mission", "¶2 Committee"]
    );
}

#[test]
fn asides_illustrations_and_passive_agents_in_calls() {
    let text = format!(
        "{GA}1. Encourages further cooperation, where appropriate, between the Orchard Board and the Seed Council on pests;\n\n2. Encourages the fulfilment of the goals of the orchard campaign, including through the keeping by States of pledges made at the fair;\n\n3. Proposes that special attention be given by all relevant actors to the orchards;\n\n4. Requests that a report be presented to the Council;\n\n5. Recommends that the plan be carried out by the Orchard Board in 2037;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Orchard Board | Seed Council",
            "¶2 All States",
            "¶3 All relevant actors",
            "¶5 Orchard Board due=2037",
        ]
    );
}

#[test]
fn how_a_body_was_set_up_is_no_part_of_its_name_and_republics_are_two() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Requests the Committee established pursuant to resolution 2127 (2033) to report;\n\n2. Requests the Panel of Experts established pursuant to paragraph 8 of resolution 2536 (2034) to provide a report;\n\n3. Calls upon the Orchard Republic and the Seed Republic to resume talks;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Committee",
            "¶2 Panel of Experts",
            "¶3 Orchard Republic | Seed Republic"
        ]
    );
}

#[test]
fn items_spelling_out_the_steps_a_resolution_calls_for_are_one_request() {
    let text = format!(
        "{GA}1. Calls for practical steps, as agreed at the 2030 Conference, to be taken by all seed-holding States, that would lead to fewer pests:\n(a) Further efforts by the seed-holding States to cut their stocks;\n(b) Increased openness by the seed-holding States;\n(c) The further reduction of stocks;\n\n2. Calls for:\n(a) Faster permits for growers;\n(b) Cheaper seeds;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All seed-holding States",
            "¶2 All States",
            "¶2 All States",
        ]
    );
}

#[test]
fn a_decisions_that_clause_with_a_copula_is_a_finding() {
    let text = format!(
        "{GA}1. Agrees that the failure of Utopia and Erewhon to pay the full amount was due to conditions beyond their control;\n\n2. Agrees that the Board should meet in 2037;\n\n3. Decides that the Board is to report in 2037;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶2 Board due=2037", "¶3 Board due=2037"]
    );
}

#[test]
fn a_rule_about_measures_asks_nobody() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n15. Decides that the measures in paragraph 12 shall not stop a listed person from making a payment due under a contract;\n\n16. Decides that the measures set out in paragraphs 5 and 12 shall apply to the persons designated by the Committee as engaging in acts that harm the orchards;\n\n17. Further decides that the measures shall also apply to the persons designated by the Committee as:\n(a) Acting in violation of the seed embargo;\n(b) Being leaders of a group;\n\n18. Requests the Committee to report;\n";
    assert_eq!(brief(text, "2036-03-01"), ["¶18 Committee"]);
}

#[test]
fn an_amount_a_decision_sets_is_no_request() {
    let text = format!(
        "{GA}1. Decides that income from seed sales shall be 12,000,000 dollars;\n\n2. Decides that the resources for the Orchard Office for 2037 amount to 1,500,000 dollars before recosting;\n\n3. Decides that the Board shall report by 1 May 2037;\n"
    );
    assert_eq!(brief(&text, "2036-03-01"), ["¶3 Board due=2037-05-01"]);
}

#[test]
fn those_involved_in_a_task_are_asked_as_such() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Encourages all those involved in the planning for planting, pruning and harvest to consider the needs of youth;\n\n2. Invites Member States planning to host the fair to tell the Board;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 All those involved",
            "¶2 Member States planning to host the fair"
        ]
    );
}

#[test]
fn a_that_subjects_name_goes_on_to_its_head_noun() {
    let text = format!(
        "{GA}1. Recommends that the United Nations development system back the work of the Board;\n\n2. Proposes that the specialized agencies, funds and programmes of the United Nations system work with the Board;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 United Nations development system",
            "¶2 Specialized agencies",
        ]
    );
}

#[test]
fn links_and_pronouns_before_a_request() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Condemns attacks on growers; in particular urges parties to armed conflict to respect the orchards;\n\n2. Notes the Secretary-General's efforts on orchards, as well as those of his Special Envoy for the Valley, and requests that he continue this practice;\n\n3. Requests the Board and the Office to help, and also requests them, in discharging their functions, to pay due attention to pests;\n\n4. Appeals to all Governments to give to the fund, and to that end requests the Secretary-General to continue his contacts;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Parties to armed conflict",
            "¶2 Secretary-General",
            "¶3 Board | Office",
            "¶3 Board | Office",
            "¶4 All Governments",
            "¶4 Secretary-General",
        ]
    );
}

#[test]
fn a_demand_with_two_that_clauses_asks_each_subject() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Condemns the fires, and reiterates its demands that immediately and unconditionally the Government of Utopia fully withdraw its troops from the valley and that the Government of Erewhon withdraw its police from the valley;\n\n2. Demands that the Government of Utopia withdraw its troops and that the Government of Erewhon withdraw its police;\n\n3. Requests that the Board report and that the reports be published;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Government of Utopia",
            "¶1 Government of Erewhon",
            "¶2 Government of Utopia",
            "¶2 Government of Erewhon",
            "¶3 Board",
        ]
    );
}

#[test]
fn plural_titles_inside_a_list_and_names_sharing_a_collective() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Calls upon the Governments of Utopia and Erewhon, the Joint Board, and the Alpha and Beta Gamma communities to help the Mission;\n\n2. Urges Member States and local communities to help;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Government of Utopia | Government of Erewhon | Joint Board | Alpha and Beta Gamma communities",
            "¶2 Member States | Local communities",
        ]
    );
}

#[test]
fn to_do_so_is_the_action_when_no_other_infinitive_comes() {
    let text = format!(
        "{GA}1. Urges those specialized agencies and other organizations of the Orchard system that have not yet helped the growers to do so as soon as possible;\n\n2. Invites Member States in a position to do so to give to the fund;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Those specialized agencies and other organizations of the Orchard system",
            "¶2 Member States",
        ]
    );
}

#[test]
fn demands_of_a_thing_a_request_that_and_a_bare_verb_after_an_adverb() {
    let text = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n1. Condemns the attacks, and further demands the prompt and safe release of held staff;\n\n2. Reiterates its request that the Mission continue to take measures to protect its flights and report thereon to the Council;\n\n3. Demands that the Board comply with the pact, and further demands the Board immediately cease obstructing the growers;\n\n4. Demands the TGNU cease obstructing the Mission;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 Mission",
            "¶3 Board",
            "¶3 Board",
            "¶4 TGNU"
        ]
    );
}

#[test]
fn a_second_addressee_before_a_later_aside() {
    let text = format!(
        "{GA}1. Calls upon the Seed Conference to begin talks on a pact, and upon the seed-holding States to declare a pause, and, consistent with the plan, to report;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 Seed Conference", "¶1 Seed-holding States"]
    );
}
