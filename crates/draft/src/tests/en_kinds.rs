//! English rules added per failure kind met on real texts (issue 15, second round), and
//! the request forms of the styles the real texts do not show us (OIC, AU Peace and
//! Security Council, European Council, narrative communiqués). Every text here is
//! composed; none is a sentence of a real text.

use crate::ids::summary;
use crate::tests::brief::Brief;
use crate::*;

/// "¶3 Secretary-General | Board" with " due=…" when drafted with a deadline (a deadline
/// at a meeting shows the meeting's date), and " (commended)" / " (offered)" for entries
/// offered for review.
fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        plain_days: true,
        tags: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

const GA: &str = "The General Assembly,\n\nRecalling its earlier work on orchards,\n\n";
const SC: &str = "The Security Council,\n\nRecalling its earlier resolutions on orchards,\n\n";

#[test]
fn items_under_a_view_that_are_views() {
    let text = format!(
        "{GA}1.\nDeclares that:\n\n(a)\nOrchards serve to feed the region and must be kept;\n\n(b)\nThe old plans to clear the valley run contrary to the Charter;\n\n2.\nRequests the Secretary-General to report on orchards;\n"
    );
    assert_eq!(brief(&text, "2036-03-01"), ["¶2 Secretary-General"]);
}

#[test]
fn what_a_views_that_clause_reports_is_not_asked() {
    let text = format!(
        "{GA}1.\nReaffirms that the Orchard Board and the Seed Tribunal shall exercise their powers under their statutes;\n\n2.\nRecognizes with appreciation that, determined to act, the Fourth Orchard Conference decided to establish a working group on pests;\n\n3.\nRecognizes that the safety of staff is essential for the Mission to work and calls upon the Government of Utopia to provide security to the staff;\n\n4.\nAlso reaffirms that it is for the people to decide, and in that connection calls upon the administering Power to hold a referendum;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶3 Government of Utopia", "¶4 Administering Power"]
    );
}

#[test]
fn a_that_clause_saying_what_a_thing_is_asks_nothing() {
    let text = format!(
        "{GA}1.\nDecides that the purpose of the Decade of Orchards shall be to accelerate planting worldwide;\n\n2.\nDecides further that the tasks of the Orchard Mission shall be those described in the letter of the Secretary-General, and that the Orchard Mission shall adopt an inclusive approach to its tasks;\n\n3.\nDecides that the Board shall be responsible for the planting plan;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶2 Orchard Mission", "¶3 Board"]
    );
}

#[test]
fn a_participle_after_a_name_qualifies_it() {
    let text = format!(
        "{GA}1.\nUrges all Member States seeking relief under the orchard rules to submit their requests early;\n\n2.\nCalls for a growing role for orchards in national plans so as to reduce erosion;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 All Member States", "¶2 All States"]
    );
}

#[test]
fn a_decision_after_a_comma_phrase_and_a_that_clause_dated_before_its_subject() {
    let text = format!(
        "{GA}1.\nDecides, building on existing platforms, to develop a data tool on orchards;\n\n2.\nDecides that, at its ninety-second session, in 2037, the Second Committee should review its work on orchards;\n\n3.\nDecides, without prejudice to paragraph 1, that orchard dialogues, where feasible, may be combined;\n\n4.\nRequests the Secretary-General to report at its ninety-third and ninety-fifth sessions;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 General Assembly",
            "¶2 Second Committee due=at 2037-09",
            "¶4 Secretary-General due=at 2038-09",
        ]
    );
}

#[test]
fn one_verb_asking_two_sets_of_actors_asks_each() {
    let text = format!(
        "{GA}1.\nUrges all States not parties to the Orchard Convention to join it without delay, and all States parties to make it known through outreach;\n\n2.\nAuthorizes the Orchard Mission to plant trees until 31 July 2036, and recalls its decision to authorize the Seed Bank to store seeds;\n\n3.\nRequests the Board to review the plan, and to continue to take steps to cut costs;\n\n4.\nRequests the Secretary-General to support the Orchard Mechanism in line with the points set out in appendix C, and the further points set out in appendix I to paper A/90/7;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States not parties to the Orchard Convention",
            "¶1 All States parties",
            "¶2 Orchard Mission",
            "¶3 Board",
            "¶4 Secretary-General",
        ]
    );
}

#[test]
fn a_reiterated_invitation_asks_anew_and_or_joins_alternative_heads() {
    let text = format!(
        "{GA}1.\nReiterates the invitation to States not parties to take part in the dialogue;\n\n2.\nReiterates its invitation and encouragement to all interested States, international organizations or institutions and the Governments of the States Members of the United Nations to attend the orchard meetings;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 States not parties",
            "¶2 All interested States | International organizations or institutions | Governments of Member States",
        ]
    );
}

#[test]
fn items_that_illustrate_a_whole_request_are_part_of_it() {
    let text = format!(
        "{GA}1.\nRequests the Bureau of the Second Committee to review the number of orchard debates, in consultation with Member States, including by considering:\n\n(a)\nEstablishing a ceiling of debates at each session;\n\n(b)\nPresenting a plan at the next session, and effect it by the one after;\n\n2.\nRequests the Secretary-General:\n\n(a)\nTo prepare a note on pests;\n\n(b)\nTo report on trees;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Bureau of the Second Committee",
            "¶2 Secretary-General",
            "¶2 Secretary-General",
        ]
    );
}

/// "Decides to A, and also decides to B": two verbs, two mandates (the annotations'
/// convention: one mandate per request verb and addressee).
#[test]
fn each_decision_of_the_body_is_a_mandate() {
    let text = format!(
        "{GA}1.\nDecides to convene a midterm review of the Orchard Decade in 2040, and also decides to hold a final review conference in 2045;\n\n2.\nDecides to hold a meeting on seeds and requests the Secretary-General to support it;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 General Assembly due=2040",
            "¶1 General Assembly due=2045",
            "¶2 General Assembly",
            "¶2 Secretary-General",
        ]
    );
}

#[test]
fn an_instrument_quoted_after_the_following_asks_nothing() {
    let text = format!(
        "{GA}6.\nDecides to approve the following amendment to the statute of the Orchard Tribunal:\n\nArticle 3, new paragraph 2:\n\n2.\nIn hearing a case, the Orchard Tribunal shall consider the record and shall pass judgment within a month;\n\n7.\nRequests the Secretary-General to report on the Tribunal;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶6 General Assembly", "¶7 Secretary-General"]
    );
}

#[test]
fn an_aside_or_a_link_between_verb_and_addressee_keeps_the_request() {
    let text = format!(
        "{GA}1.\nInvites the Office for Orchard Affairs of the Secretariat, mindful of the rules set out in the appendix to Council resolution 2030/7, to facilitate the Year of Orchards;\n\n2.\nRequests in this regard the Secretary-General, working closely with the Orchard Mission, to conduct, no later than 31 July 2036, an assessment of the orchards;\n\n3.\nDecides to share out among Member States the sum of 100 dollars for the orchard fund, in line with the scale of contributions for 2036;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Office for Orchard Affairs of the Secretariat",
            "¶2 Secretary-General due=2036-07-31",
            "¶3 General Assembly",
        ]
    );
}

#[test]
fn a_long_list_of_addressees_and_a_part_of_a_session() {
    let text = format!(
        "{GA}1.\nInvites all Member States, members of the orchard agencies, observers of the Orchard Board, as well as bodies of the Orchard Union and other national and local bodies, universities, growers' unions, the seed trade, farmers, gardeners, seed banks, orchard cooperatives, botanical gardens, schools and other relevant stakeholders to observe 2037 as the Year of Orchards;\n\n2.\nRequests the Secretary-General to put forward choices to the Assembly at the main part of the ninety-second session of the Assembly;\n"
    );
    let got = brief(&text, "2036-12-10");
    assert!(got[0].starts_with("¶1 All Member States | Members of the orchard agencies"));
    assert!(
        got[0].ends_with("| Schools | Other relevant stakeholders"),
        "{}",
        got[0]
    );
    assert_eq!(got[1], "¶2 Secretary-General due=at 2037-09");
}

#[test]
fn a_recalled_that_clause_reports_and_a_resolve_to_act_is_the_bodys() {
    let text = format!(
        "{GA}1.\nRecalls, with a view to strengthening oversight, that future reviews of the Orchard Mechanism shall include evaluation reports;\n\n2.\nDetermines to pursue practical steps to plant orchards;\n\n3.\nDecides that the Orchard Mission shall verify sentences given to persons the Orchard Court determines to have told the truth;\n\n4.\nUrges all States, especially States where seed thieves are at large, to cooperate with the Mission;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶2 General Assembly", "¶3 Orchard Mission", "¶4 All States",]
    );
}

#[test]
fn a_request_verbs_participle_opens_a_preambular_paragraph() {
    let text = "The Security Council,\n\nCalling on the international community to remain committed to supporting the orchards of Utopia,\n\nEncouraging Member States to share seeds\n\n1. Requests the Secretary-General to report on the orchards;\n";
    assert_eq!(brief(text, "2036-03-01"), ["¶1 Secretary-General"]);
}

#[test]
fn heads_that_share_a_complement_name_one_group() {
    let text = format!(
        "{GA}1.\nRequests the Secretary-General and the executive heads of the funds and programmes of the United Nations to plant orchards;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Secretary-General | Executive heads of the funds and programmes of the United Nations"
        ]
    );
}

// ---- Styles the real texts do not show: composed texts, each in its style's forms ----

/// "Council requests ...", "Requests the Chairperson of the Commission ...", "Council directs ...", "Council reiterates its request to ..."; "Takes note", "Expresses deep concern", "looks forward to", "Decides to remain actively seized" ask nothing; a welcomed decision is offered as commended.
#[test]
fn an_au_peace_and_security_council_communique_drafts_right() {
    let text = "COMMUNIQUÉ OF THE 1234TH MEETING OF THE PEACE AND SECURITY COUNCIL HELD ON 10 MARCH 2036 ON THE SITUATION IN UTOPIA\n\nThe Peace and Security Council of the African Union (AU), at its 1234th meeting held on 10 March 2036, on the situation in Utopia,\n\nCouncil,\n\n1. Takes note of the opening remarks of the Chairperson of the Council and the briefing by the Commissioner for Political Affairs, Peace and Security;\n\n2. Expresses deep concern over the deteriorating security situation in eastern Utopia, and strongly condemns all attacks against civilians;\n\n3. Urges the parties to the conflict to observe an immediate and unconditional ceasefire;\n\n4. Requests the Chairperson of the Commission to appoint a Special Envoy for Utopia, and further requests the Commission to submit a report on the implementation of this communiqué within 30 days;\n\n5. Calls on AU Member States to contribute troops and equipment to the mission;\n\n6. Welcomes the decision of the Government of Utopia to hold general elections in 2037;\n\n7. Decides to undertake a field mission to Utopia before the end of April 2036;\n\n8. Council requests the AU Commission to convene a donors' conference for Utopia;\n\n9. Council reiterates its request to the Commission to expedite the deployment of human rights observers;\n\n10. Council looks forward to the convening of the regional summit on Utopia;\n\n11. Council directs the Commission to develop a stabilization plan and to report back to Council within 60 days;\n\n12. Decides to remain actively seized of the matter.\n";
    assert_eq!(
        brief(text, "2036-03-10"),
        [
            "¶3 Parties to the conflict",
            "¶4 Chairperson of the Commission",
            "¶4 Commission due=At { anchor: Adoption, days: 30 }",
            "¶5 AU member states",
            "¶6 Government of Utopia due=2037 (commended)",
            "¶7 Peace and Security Council of the African Union (AU) due=2036-04-30",
            "¶8 AU Commission",
            "¶9 Commission",
            "¶11 Commission due=At { anchor: Adoption, days: 60 }",
        ]
    );
}

/// "The European Council calls on / invites / asks X to ...", "It invites ...", "Member States are invited to ..."; "will revert to the issue", "reaffirms", "welcomes", "underlines the need to", "looks forward to" ask nothing; the body is the subject of its paragraphs and the date is in the headline's brackets.
#[test]
fn european_council_conclusions_draft_right() {
    let text = "European Council meeting (20 and 21 March 2036) – Conclusions\n\nI. UTOPIA\n\n1. The European Council reaffirms its unwavering support for the independence and territorial integrity of Utopia.\n\n2. The European Council calls on the Commission to present proposals for a support facility by June 2036. It invites the Council to take work forward on the sanctions package as a matter of priority.\n\n3. The European Council calls for the swift adoption of the regulation on critical seeds.\n\n4. The European Council will revert to the issue at its next meeting.\n\nII. COMPETITIVENESS\n\n5. The European Council welcomes the Commission's communication on orchard industries and underlines the need to reduce administrative burden.\n\n6. The European Council calls on the co-legislators to reach an agreement on the orchard act before the end of the year.\n\n7. The European Council invites the High Representative and the Commission to step up engagement with partners in the region.\n\n8. The European Council asks the Council and the Commission to prepare options for joint procurement. It looks forward to the summit with partners in May.\n\n9. Member States are invited to accelerate the roll-out of seed banks.\n";
    assert_eq!(
        brief(text, "2036-03-21"),
        [
            "¶2 Commission due=2036-06",
            "¶2 Council",
            "¶3 All States",
            "¶6 Co-legislators due=2036-12-31",
            "¶7 High Representative | Commission",
            "¶8 Council | Commission",
            "¶9 EU member states",
        ]
    );
}

/// "Urges Member States ..." (the OIC's), "Calls upon", "Appeals to", "Requests the Secretary General to follow up ... and report thereon to the Nth Session"; "Expresses its appreciation", "Decides to keep the item on its agenda" ask nothing.
#[test]
fn an_oic_resolution_drafts_right() {
    let text = "RESOLUTION NO. 12/61-POL\nON THE SITUATION IN UTOPIA\n\nThe Council of Foreign Ministers of the Organization of Islamic Cooperation (OIC), meeting in its 61st Session in Baku, Republic of Azerbaijan, on 10-11 May 2036,\n\nRecalling its previous resolutions on the situation in Utopia,\n\nHaving considered the report of the Secretary General on this matter,\n\n1. Reaffirms its principled position in support of the people of Utopia.\n\n2. Urges Member States to provide humanitarian assistance to the displaced people of Utopia.\n\n3. Calls upon the international community to support reconstruction efforts in Utopia.\n\n4. Appeals to the Islamic Development Bank to finance projects in the affected regions.\n\n5. Requests the Secretary General to follow up the implementation of this resolution and report thereon to the 62nd Session of the Council of Foreign Ministers.\n\n6. Expresses its appreciation to the Republic of Azerbaijan for hosting the session.\n\n7. Decides to keep the item on its agenda.\n";
    assert_eq!(
        brief(text, "2036-05-11"),
        [
            "¶2 OIC member states",
            "¶3 International community",
            "¶4 Islamic Development Bank",
            "¶5 Secretary-General due=at 2037",
        ]
    );
}

/// past tense after "The meeting" and "It"; the dateline under the headline dates it; a welcomed initiative is offered as commended.
#[test]
fn an_oic_final_communique_drafts_right() {
    let text = "FINAL COMMUNIQUÉ OF THE EXTRAORDINARY OPEN-ENDED MEETING OF THE OIC EXECUTIVE COMMITTEE ON THE SITUATION IN UTOPIA\n\nJeddah, 5 June 2036\n\n1. The Executive Committee of the Organization of Islamic Cooperation (OIC) held an extraordinary open-ended meeting at the level of Permanent Representatives on 5 June 2036 at the General Secretariat in Jeddah, to discuss the situation in Utopia.\n\n2. The meeting strongly condemned the attacks on places of worship in Utopia and held the occupying forces fully responsible for them.\n\n3. The meeting called on the international community to assume its responsibilities to stop these violations.\n\n4. It urged Member States to provide urgent humanitarian support to the people of Utopia.\n\n5. The meeting welcomed the initiative of the Kingdom of Morocco to host an international conference on Utopia.\n\n6. It requested the Secretary-General to follow up on this matter and to submit a report to the next session of the Council of Foreign Ministers.\n";
    assert_eq!(
        brief(text, "2036-06-05"),
        [
            "¶3 International community",
            "¶4 OIC member states",
            "¶5 Kingdom of Morocco (commended)",
            "¶6 Secretary-General due=at 2037",
        ]
    );
}

/// "Requests X, in collaboration with Y, to ... and to report to Council on a quarterly basis" (recurring), "Council agrees to convene ...", "Appeals to", "Council stresses the need for all parties to ...", "before 30 June", "Urges X, particularly Y, to ..." (Y is among X).
#[test]
fn an_au_peace_and_security_council_communique_in_its_other_forms() {
    let text = "Communiqué of the 1300th meeting of the Peace and Security Council held on 2 September 2036 on the situation in Freedonia\n\nThe Peace and Security Council of the African Union (AU), at its 1300th meeting held on 2 September 2036,\n\nCouncil,\n\n1. Underscores the importance of an inclusive political process in Freedonia;\n\n2. Requests the AU Commission, in collaboration with IGAD and the United Nations, to support the mediation efforts, and to report to Council on a quarterly basis;\n\n3. Council agrees to convene an open session on youth, peace and security in November 2036;\n\n4. Appeals to AU Member States and partners to provide financial support to the transition;\n\n5. Council stresses the need for all parties to respect the ceasefire agreement;\n\n6. Requests the Chairperson of the Commission to submit a report on the transition before 30 June 2037;\n\n7. Urges the international community, particularly the UN Security Council, to lift the arms embargo on Freedonia;\n\n8. Council decides to remain actively seized of the matter.\n";
    assert_eq!(
        brief(text, "2036-09-02"),
        [
            "¶2 AU Commission",
            "¶3 Peace and Security Council of the African Union (AU) due=2036-11",
            "¶4 AU member states | Partners",
            "¶5 All parties",
            "¶6 Chairperson of the Commission due=2037-06-29",
            "¶7 International community",
        ]
    );
}

/// "invites X and Y to ... by October" (the next October), "It also calls on ...", "asks X to ...", "calls for:" + dashed items; "took stock of", "will revert to this matter" ask nothing.
#[test]
fn european_council_conclusions_in_their_other_forms() {
    let text = "European Council meeting (26 June 2036) – Conclusions\n\nI. DEFENCE\n\n1. The European Council took stock of progress on defence readiness.\n\n2. The European Council invites the Commission and the High Representative to present a joint communication by October.\n\n3. It also calls on Member States to step up their efforts to increase defence spending.\n\n4. The European Council asks the co-legislators to intensify work with a view to reaching agreement as soon as possible.\n\n5. The European Council calls for:\n- faster permitting procedures;\n- a stronger single market for defence equipment.\n\n6. The European Council will revert to this matter at its October meeting.\n";
    assert_eq!(
        brief(text, "2036-06-26"),
        [
            "¶2 Commission | High Representative due=2036-10",
            "¶3 EU member states",
            "¶4 Co-legislators",
            "¶5 All States",
            "¶5 All States",
        ]
    );
}

/// a narrative text under a headline and a dateline: "The Contact Group urged ...", "It called upon ...", "The meeting requested ...", "It mandated ...", "It decided to hold its next meeting in ..."; a speaker's own call is not the body's.
#[test]
fn an_oic_narrative_communique_drafts_right() {
    let text = "OIC Contact Group on Freedonia meets on the sidelines of the UN General Assembly\n\nNew York, 24 September 2036\n\nThe OIC Contact Group on Freedonia held its annual meeting on the sidelines of the 91st session of the United Nations General Assembly in New York on 24 September 2036.\n\nThe Contact Group urged the international community, particularly the UN Security Council, to take urgent measures to protect civilians in Freedonia. It called upon Member States to extend humanitarian assistance to the refugees.\n\nThe meeting requested the Secretary General to follow up on the implementation of the decisions of the Contact Group and to submit a report to the next session of the Council of Foreign Ministers. It mandated the OIC Special Envoy to engage with the parties.\n\nThe Contact Group expressed its appreciation to the Republic of Turkey for its support. It decided to hold its next meeting in Istanbul in March 2037.\n\nIn his statement, the Secretary General called on the parties to return to dialogue.\n";
    assert_eq!(
        brief(text, "2036-09-24"),
        [
            "¶4 International community",
            "¶4 OIC member states",
            "¶5 Secretary-General due=at 2037",
            "¶5 OIC Special Envoy",
            "¶6 OIC Contact Group on Freedonia due=2037-03",
        ]
    );
}

/// A CFM final communiqué numbered throughout, in the past tense: two requests in one
/// sentence, a welcomed offer (commended), the body's own "decided to hold", a past-tense
/// "underlined the need for X to ..." that asks X (a resolution's present-tense one is a
/// view); "expressed its gratitude", "adopted", "elected" ask nothing; the dateline's day
/// range dates it.
#[test]
fn an_oic_final_communique_in_the_past_tense_drafts_right() {
    let text = "FINAL COMMUNIQUÉ OF THE 61ST SESSION OF THE COUNCIL OF FOREIGN MINISTERS\n\nBaku, 10-11 May 2036\n\n1. The 61st Session of the Council of Foreign Ministers of the Organization of Islamic Cooperation (OIC) was held in Baku on 10-11 May 2036.\n\n2. The Council reaffirmed its support for the people of Utopia and urged all Member States to provide assistance to them, and requested the General Secretariat to coordinate that assistance.\n\n3. The Council welcomed the offer of the Republic of Senegal to host the 62nd Session of the Council and decided to hold that session in Dakar in 2037.\n\n4. The Council expressed its gratitude to the Republic of Azerbaijan for hosting the session.\n\n5. The Council underlined the need for the Islamic Development Bank to finance orchard projects in Member States.\n\n6. The Council adopted the resolutions on political, economic and cultural affairs and elected the members of the Permanent Commission.\n";
    assert_eq!(
        brief(text, "2036-05-11"),
        [
            "¶2 OIC member states",
            "¶2 OIC General Secretariat",
            "¶3 Republic of Senegal (commended)",
            "¶3 Council of Foreign Ministers of the Organization of Islamic Cooperation (OIC) due=2037",
            "¶5 Islamic Development Bank",
        ]
    );
    let opts = Options {
        adopted: None,
        today: "2036-12-30".parse().unwrap(),
    };
    assert_eq!(
        draft(text, &opts).meta.adopted.value.to_string(),
        "2036-05-11"
    );
}

#[test]
fn conclusions_and_communiques_name_their_body_and_day_where_they_stand() {
    let opts = Options {
        adopted: None,
        today: "2036-12-01".parse().unwrap(),
    };
    let eu = "European Council meeting (20 and 21 March 2036) – Conclusions\n\n1. The European Council calls on the Commission to present proposals.\n\n2. The European Council decides to meet again in June.\n";
    let d = draft(eu, &opts);
    assert_eq!(d.meta.body.value, "European Council");
    assert_eq!(d.meta.adopted.value.to_string(), "2036-03-21");
    let com = "FINAL COMMUNIQUÉ OF THE MEETING ON ORCHARDS\n\nJeddah, 5 June 2036\n\n1. The meeting called on Member States to plant trees.\n";
    assert_eq!(
        draft(com, &opts).meta.adopted.value.to_string(),
        "2036-06-05"
    );
}

#[test]
fn a_summary_cut_before_the_next_verb_loses_its_conjunction_and_adverb() {
    assert_eq!(
        summary("to appoint a Special Envoy for Orchards, and further"),
        "Appoint a Special Envoy for Orchards"
    );
    assert_eq!(summary("to host it in 2037, and"), "Host it in 2037");
}

#[test]
fn a_body_that_recommits_binds_itself() {
    let text = format!("{GA}1.\nRecommits to plant a million trees by 2040;\n");
    assert_eq!(brief(&text, "2036-03-01"), ["¶1 General Assembly due=2040"]);
}

/// The composed paragraphs, numbered from 1 after a resolution's heading.
fn numbered(head: &str, paras: &[&str]) -> String {
    let mut text = String::from(head);
    let mut n = 0;
    for p in paras {
        if p.starts_with('(') {
            text.push_str(&format!("{p}\n\n"));
        } else {
            n += 1;
            text.push_str(&format!("{n}.\n{p}\n\n"));
        }
    }
    text
}

#[test]
fn asides_inside_an_actor_are_dropped() {
    let text = numbered(
        GA,
        &[
            "Requests the Secretary-General, while taking note of the views of States, to report on orchards;",
            "Calls upon all States, pending the total clearance of the valley, to refrain from planting;",
            "Calls upon all States and, as appropriate, international organizations to assist;",
            "Requests the Orchard Office and, in coordination with the Seed Office, the Board to act;",
            "Calls upon all States, in particular the States of the region, to cooperate;",
            "Calls upon all States especially those in the region to cooperate;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 All States",
            "¶3 All States | International organizations",
            "¶4 Orchard Office | Board",
            "¶5 All States",
            "¶6 All States",
        ]
    );
}

#[test]
fn names_are_split_or_kept_whole_as_they_name_actors() {
    let text = numbered(
        GA,
        &[
            "Urges the Governments of Utopia and Erewhon to resume talks;",
            "Urges the Governments of Member States and other relevant stakeholders to act;",
            "Calls for enhanced water cooperation by Central Asian countries;",
            "Requests the Orchard Office18 to plant trees;",
            "Urges all States that have ratified the Convention to implement it, and calls upon those that have not to ratify it;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Government of Utopia | Government of Erewhon",
            "¶2 Governments of Member States | Other relevant stakeholders",
            "¶3 Central Asian countries",
            "¶4 Orchard Office",
            "¶5 All States",
            "¶5 All States",
        ]
    );
}

#[test]
fn a_decision_to_authorize_asks_who_is_authorized() {
    let text = numbered(
        SC,
        &[
            "Decides to authorize the Orchard Mission to use all necessary means to protect orchards;",
            "Decides that all Member States shall, in accordance with their national law, prevent the supply of seeds;",
            "Decides that the provisions of paragraph 3 shall not apply to seeds;",
            "Decides that income from bank interest shall be credited to the fund;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 Orchard Mission", "¶2 All Member States"]
    );
}

#[test]
fn request_forms_of_the_held_kinds() {
    let text = numbered(
        GA,
        &[
            "Proposes that the Orchard Board review its methods;",
            "Appeals strongly to the international community for assistance to orchards;",
            "Reiterates its previous requests to the Secretary-General to report on orchards;",
            "Invites further comments from Member States on the draft articles;",
            "Recommends the participation of the Orchard Board in the meeting;",
            "Requests the parties update the Council on progress;",
            "Demanding that all parties cease hostilities;",
            "Calls upon the Government of Utopia to protect orchards, and upon the Orchard Board to plant trees;",
            "Invites the Orchard Board, and encourages the Seed Tribunal, to consider seeds;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Orchard Board",
            "¶2 International community",
            "¶3 Secretary-General",
            "¶4 Member States",
            "¶5 Orchard Board",
            "¶6 Parties",
            "¶7 All parties",
            "¶8 Government of Utopia",
            "¶8 Orchard Board",
            "¶9 Orchard Board",
            "¶9 Seed Tribunal",
        ]
    );
}

#[test]
fn a_call_names_who_acts_by_by_or_between() {
    let text = numbered(
        GA,
        &[
            "Calls for efforts to protect orchards;",
            "Calls for the promotion of orchards by the Orchard Board;",
            "Calls for cooperation between Utopia and Erewhon on orchards;",
            "Calls for increased support to developing countries;",
            "Calls for:",
            "(a) Efforts by the Orchard Board to plant trees;",
            "Invites voluntary contributions to the fund, to be administered by the Orchard Board;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 Orchard Board",
            "¶3 Utopia | Erewhon",
            "¶4 All States",
            "¶5 Orchard Board",
            "¶6 All States",
        ]
    );
}

#[test]
fn any_participle_opening_a_comma_paragraph_is_preamble() {
    let text = "The Security Council,\n\nLooking forward to the report of the Panel, and requesting the Secretary-General to act,\n\nActing under Chapter VII of the Charter,\n\nUnderscoring that States should request the Panel to report,\n\nEncouraged by the work of the Mission, and encouraging it to continue,\n\n1.\nDecides to extend the mandate of the Panel of Experts until 1 May 2037 and requests it to report;\n\n2.\nWelcomes the appointment of the Special Envoy and requests him to brief the Council;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Security Council",
            "¶1 Panel of Experts",
            "¶2 Special Envoy"
        ]
    );
}

#[test]
fn a_present_tense_view_reports_in_communiques_too() {
    let text = "Communiqué of the Orchard Council\n\nThe Council emphasises that States should protect orchards. The Council stresses that all parties must cease fighting. It requests the Commission to report.\n\nThe Council stressed that the Commission should plant trees.\n";
    let got = brief(text, "2036-03-01");
    let actors: Vec<&str> = got.iter().map(|l| l.split_once(' ').unwrap().1).collect();
    assert_eq!(actors, ["Commission", "Commission"]);
}

#[test]
fn an_aside_before_the_addressee_is_not_an_actor() {
    let text = numbered(
        GA,
        &[
            "Requests the Secretary-General in coordination with the Orchard Office, UNDP and donors to report on orchards;",
            "Requests, in coordination with the Orchard Office, UNDP and donors, the Secretary-General to report on orchards;",
            "Requests the Secretary-General, in close coordination with the Orchard Office, UNDP and the Seed Bank, to report;",
            "Urges South Sudan's political leaders to talk;",
            "Invites Nepal and Senegal to prepare a strategy;",
            "Welcomes the work of the Orchard Board and the Seed Office of the Secretariat, and encourages those bodies to share lessons;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 Secretary-General",
            "¶3 Secretary-General",
            "¶4 South Sudan's political leaders",
            "¶5 Nepal | Senegal",
            "¶6 Orchard Board | Seed Office of the Secretariat",
        ]
    );
}

#[test]
fn some_of_an_actor_named_after_it_is_dropped() {
    let text = numbered(
        GA,
        &[
            "Requests the executive heads of the specialized agencies and other organizations of the United Nations system to report;",
            "Calls upon all States, and in particular the States of the region, to cooperate;",
            "Calls upon all States and in particular the States of the region to cooperate;",
            "Calls upon all States, in particular Member States and observer States, to cooperate;",
            "Urges the international community, especially donors, the Orchard Bank and the Seed Fund, to contribute;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Executive heads of the specialized agencies and other organizations of the United Nations system",
            "¶2 All States",
            "¶3 All States",
            "¶4 All States",
            "¶5 International community",
        ]
    );
}

#[test]
fn an_action_named_by_its_noun_is_no_actor() {
    let text = numbered(
        GA,
        &[
            "Stresses the importance of the following:",
            "(a) Promotion of orchards by all to feed the region;",
            "Calls for:",
            "(a) Promotion of orchards to feed the region;",
            "(b) Implementation of the plan by the Orchard Board to feed the region;",
            "Calls for the strengthening of the Orchard Board to feed the region;",
            "Calls for the full cooperation of all parties with the Orchard Mission;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 All States",
            "¶2 Orchard Board",
            "¶3 All States",
            "¶4 All parties",
        ]
    );
}

#[test]
fn possessive_names_and_pronouns_after_a_letter() {
    let text = numbered(
        SC,
        &[
            "Demands that South Sudan’s leaders end the conflict;",
            "Welcomes the appointment by the Secretary-General of a Special Envoy, and calls on him to brief the Council;",
            "Takes note of the letter of the Secretary-General on the Orchard Panel and requests him to report;",
        ],
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 South Sudan’s leaders",
            "¶2 Special Envoy",
            "¶3 Secretary-General",
        ]
    );
}

#[test]
fn items_under_an_addressee_with_its_infinitive_are_its_tasks() {
    let text = format!(
        "{SC}1.\nDecides that the mandate of the Orchard Mission shall be as follows, and authorizes the Orchard Mission to use all necessary means to carry out the following tasks:\n(a) Care of orchards:\n(i) To guard the orchards of the valley;\n(ii) To water the young trees;\n2.\nEncourages Member States to take the following steps to keep orchards alive:\n\n(a)\nPlant new trees to replace the old ones;\n\n(b)\nShare seeds with neighbours to widen the stock;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Orchard Mission",
            "¶1 Orchard Mission",
            "¶2 Member States",
            "¶2 Member States"
        ]
    );
}

#[test]
fn an_action_noun_after_its_adjectives_names_nobody() {
    let text = format!(
        "{GA}1.\nCalls for the resumption of talks to settle the water dispute;\n\n2.\nEncourages national and international efforts to restore the valley;\n\n3.\nEncourages targeted investments at all levels to renew orchards;\n\n4.\nEncourages the Orchard Development Programme to plant seedlings;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 All States",
            "¶3 All States",
            "¶4 Orchard Development Programme"
        ]
    );
    // The action's noun before an actor's qualifies it: those partners are asked.
    let text =
        format!("{GA}1.\nUrges development partners and the orchard sector to plant seedlings;\n");
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 Development partners | Orchard sector"]
    );
}

#[test]
fn items_under_a_decision_to_authorize_are_the_addressee_s() {
    let text = format!(
        "{SC}1.\nDecides to authorize the Orchard Force to pursue the following objectives in agreement with the Government:\n(a) Hand over the guarding of orchards to local growers;\n(b) Reduce the threat posed by pests to the valley;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 Orchard Force", "¶1 Orchard Force"]
    );
}

#[test]
fn names_after_a_government_of_a_country_are_their_own() {
    let text = format!(
        "{SC}1.\nCalls on the Government of Utopia and Parliament to agree on the orchard law;\n\n2.\nUrges the Government of Utopia and Regional Member States to share water;\n\n3.\nRequests the Government of Utopia, UNOMA and UNSOA to plant trees together;\n\n4.\nCalls on the OGU and its ORM urgently to settle the dispute;\n\n5.\nEncourages the Commission on Science and Technology for Development to study pests;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Government of Utopia | Parliament",
            "¶2 Government of Utopia | Regional Member States",
            "¶3 Government of Utopia | UNOMA | UNSOA",
            "¶4 OGU | ORM",
            "¶5 Commission on Science and Technology for Development"
        ]
    );
}

#[test]
fn an_adverb_ends_a_that_subject_and_in_particular_names_a_subset() {
    let text = format!(
        "{GA}1.\nDemands that all parties to the water dispute fully respect the orchard truce;\n\n2.\nInvites all countries in a position to do so, in particular neighbouring countries, to send seedlings;\n\n3.\nUrges Member States especially coastal States to protect mangroves;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All parties to the water dispute",
            "¶2 All countries",
            "¶3 Member States"
        ]
    );
}

#[test]
fn countries_a_resolution_s_call_is_for_do_not_do_it() {
    let text = format!(
        "{GA}1.\nCalls for more investment in orchards, particularly in developing countries hit by drought;\n\n2.\nCalls for a fairer sharing of the burden borne by seed-bank hosting States;\n\n3.\nCalls for the full cooperation of all States with the Orchard Board;\n\n4.\nEncourages cooperation among and between Member States and regional bodies on seeds;\n\n5.\nCalls for common efforts of Central Asian countries on seed banks;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States",
            "¶2 All States",
            "¶3 All States",
            // Both sides of "cooperation among and between X and Y" cooperate, as the
            // annotations' conventions count them (fifth pass).
            "¶4 Member States | Regional bodies",
            "¶5 Central Asian countries"
        ]
    );
}

#[test]
fn kinds_of_bodies_sharing_an_of_complement_are_one_group() {
    let text = format!(
        "{GA}1.\nRequests the administering Power, the specialized agencies and other organizations and institutions of the Orchard system and regional organizations to help the islands;\n\n2.\nInvites Member States, all organizations and bodies of the Orchard system and civil society to plant trees;\n\n3.\nUrges all the specialized agencies and other organizations of the United Nations system to send seeds;\n\n4.\nRecommends that the agencies and other organizations of the United Nations system continue to help;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Administering Power | Specialized agencies and other organizations and institutions of the Orchard system | Regional organizations",
            "¶2 Member States | All organizations and bodies of the Orchard system | Civil society",
            "¶3 All the specialized agencies and other organizations of the United Nations system",
            "¶4 Agencies and other organizations of the United Nations system"
        ]
    );
}

#[test]
fn everyone_asked_and_qualifiers_of_manner_name_nobody_new() {
    let text = format!(
        "{SC}2.\nCalls upon all, in particular the relevant orchard agencies, to share seeds;\n\n3.\nUrges States, consistent with their obligations, to protect orchards;\n"
    );
    assert_eq!(brief(&text, "2036-03-01"), ["¶2 All States", "¶3 States"]);
}

#[test]
fn an_action_noun_is_the_head_before_its_complement_or_aside() {
    assert!(actor::opens_with_nominal(
        "regional land, air, and river cooperation, as applicable"
    ));
    assert!(actor::opens_with_nominal(
        "policy development and capacity-building on seeds"
    ));
    assert!(!actor::opens_with_nominal(
        "all Member States seeking support from the fund"
    ));
    assert!(!actor::opens_with_nominal(
        "the Orchard Development Programme"
    ));
    assert!(!actor::opens_with_nominal(
        "the Organization of Orchard Cooperation"
    ));
}

#[test]
fn a_post_placed_concerned_closes_its_name() {
    let text = format!(
        "{GA}1.\nCalls upon all States concerned and parties to the water dispute to protect orchards;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 All States concerned | Parties to the water dispute"]
    );
}
