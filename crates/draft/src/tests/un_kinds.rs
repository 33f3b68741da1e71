//! One composed text per kind of failure met on the blind batches of real formal UN texts
//! in English that are not in ../shared/real-texts (Security Council, General Assembly,
//! Human Rights Council and ECOSOC texts, press releases giving a resolution's terms): each
//! fixes the kind, and none is a sentence of a real text.

use crate::tests::brief::{Brief, EventLabel};

/// Shared with `tests_act_kinds` (the same view of a draft).
pub(crate) fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        at: EventLabel::Name,
        plain_days: true,
        drop_welcomed: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

fn body(text: &str) -> String {
    let opts = crate::Options {
        adopted: Some("2036-03-02".parse().unwrap()),
        today: "2036-03-02".parse().unwrap(),
    };
    crate::draft(text, &opts).meta.body.value
}

#[test]
fn a_resolution_quoted_line_by_line_is_read_as_the_resolution() {
    let text = "Resolution 9999 (2036)\n\n\"The Security Council,\n\n\"Recalling its earlier resolutions on the valley,\n\n\"1.Decides to extend the mandate of the Orchard Mission until 31 May 2036;\n\n\"2.Requests the Secretary-General to report to it by 30 April 2036;\n\n\"3.Decides to remain seized of the matter.\"\n";
    assert_eq!(body(text), "Security Council");
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Security Council", "¶2 Secretary-General due=2036-04-30"]
    );
}

#[test]
fn a_draft_naming_no_body_that_stays_seized_is_the_security_councils() {
    let text = "Draft resolution on the Orchard Mission\n\n1. Decides to renew the mandate of the Orchard Mission for a final period of 30 days;\n\n2. Expresses its readiness to consider the matter again once the Security Council has the report;\n\n3. Decides to remain seized of the matter.\n";
    assert_eq!(body(text), "Security Council");
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Security Council"]);
    // The African Union's council says the same of itself and names itself.
    let au = "1. Decides to renew the mandate of the Orchard Mission;\n\n2. Decides to remain actively seized of the matter, as the Peace and Security Council agreed.\n";
    assert_ne!(body(au), "Security Council");
}

#[test]
fn a_term_that_ends_on_a_day_is_no_deadline() {
    let text = "The Security Council,\n\n1. Decides to extend the mandate of the Orchard Mission for a new period terminating on 15 February 2037;\n\n2. Decides to renew the Panel's mandate for a period ending on 30 June 2037, and requests the Panel to report on 1 May 2037;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Security Council",
            "¶2 Security Council",
            "¶2 Panel due=2037-05-01"
        ]
    );
}

#[test]
fn a_press_release_says_how_and_when_the_council_decided() {
    let text = "The Security Council decided unanimously on 2 March 2036 to renew for six months the Orchard Mission's term.\n\nBy the same text, the Council requested the Secretary-General to report by 15 May 2036.\n\nAll fifteen members voted for the text.\n\nOn pests, the Council had decided on 3 March 2035 to renew the Board's term.\n";
    assert_eq!(body(text), "Security Council");
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Security Council", "¶2 Secretary-General due=2036-05-15"]
    );
    let today = "The Orchard Council decided today to renew the mandate of the Board for one year.\n\nThe meeting began at 10 a.m.\n";
    assert_eq!(brief(today, "2036-03-02"), ["¶1 Orchard Council"]);
    let inline = "At its 9th meeting, on 2 March 2036, the Council decided: (a) To invite the Board to review its calendar; (b) To hold a resumed session in 2036.\n";
    assert_eq!(body(inline), "Council");
}

#[test]
fn items_lettered_inline_after_a_colon_are_a_mandate_each() {
    let text = "The Orchard Council,\n\n1. Decides: (a) To hold a resumed session in the second half of 2036; (b) To invite the Board to review its calendar; and (c) To request the Growers Fund to report on its accounts.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Orchard Council due=2036-12-31",
            "¶1 Board",
            "¶1 Growers Fund"
        ]
    );
    // Letters out of sequence are a reference, not a list.
    let cited = "The Orchard Council,\n\n1. Requests the Board to apply the rule of: (a) 2 of its statute; (c) 4 of its rules.\n";
    assert_eq!(brief(cited, "2036-03-02"), ["¶1 Board"]);
}

#[test]
fn the_person_named_after_a_post_is_no_second_actor() {
    let text = "The Orchard Council,\n\n1. Requests the Special Envoy, Mr Ivo Brand, to brief the Council;\n\n2. Invites the Chair of the Board, Ms. Ana Ruiz, and the Growers Fund to meet;\n\n3. Urges the Commander of the Guard, Lt Gen Olaf Berg, to withdraw;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Special Envoy",
            "¶2 Chair of the Board | Growers Fund",
            "¶3 Commander of the Guard"
        ]
    );
}

#[test]
fn the_words_that_introduce_a_decisions_text_lend_it_nothing() {
    let text = "Decision adopted by the Orchard Council\n\nAt its 9th meeting, on 2 March 2036, the Orchard Council decided to adopt the following text:\n\nThe Orchard Council,\n\nNoting the Expert's report,\n\n1. Decides to extend the mandate of the Expert until the end of its next session;\n\n2. It is understood that the Expert will keep working and will be in a position to add a note to the study, if the Expert so decides.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Orchard Council"]);
}

#[test]
fn a_session_named_by_its_kind_and_year_is_a_meeting() {
    let text = "The Orchard Council,\n\n1. Decides to consider at its organizational session for 2037 the question of a work programme;\n";
    let got = brief(text, "2036-07-28");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Orchard Council due=at"), "{got:?}");
}

// Kinds met on the second blind batch (un2).

#[test]
fn bulleted_paragraphs_after_a_preamble_are_operative_paragraphs() {
    let text = "The Orchard Council,\nRecalling its earlier decisions,\nHaving considered the report of the Board,\n- Calls on Member States to fund the seedlings;\n- Requests the Board to report before the end of the mandate period;\n- Decides to extend the mandate of the Board for one year;\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], "¶4 Member States");
    assert!(got[1].starts_with("¶5 Board due=at"), "{got:?}");
    assert_eq!(got[2], "¶6 Orchard Council");
    // Under a chapeau, bullets are still its items.
    let items = "The Orchard Council,\n\n1. Requests the Board:\n- to count the trees;\n- to map the valley;\n";
    assert_eq!(brief(items, "2036-03-02"), ["¶1 Board", "¶1 Board"]);
}

#[test]
fn when_a_committee_was_appointed_is_no_part_of_its_name() {
    let text = "The Orchard Council,\n\n1. Asks the Orchard committee appointed on 4 November to sit on 7 January 2037;\n";
    assert_eq!(
        brief(text, "2036-12-01"),
        ["¶1 Orchard committee due=2037-01-07"]
    );
}

#[test]
fn a_stated_policy_asks_nobody() {
    let text = "The Orchard Council,\n\n1. Requests the Board to publish its records;\n\nThe policy of the Orchard Council is to print every record it keeps.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Board"]);
}

#[test]
fn a_press_release_names_the_council_that_adopted_and_what_it_decided() {
    let text = "Skip to main content\n\nNews\n\nOrchard Council adopts 5 resolutions\n\n2 March 2036\n\nThe Orchard Council this afternoon adopted 5 resolutions on pests and seeds.\n\nOn pests, the Council adopted a resolution in which it decided to renew the Expert's term. It also decided to hear the Expert at its sixtieth session.\n";
    assert_eq!(body(text), "Orchard Council");
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], "¶6 Orchard Council");
    assert!(got[1].starts_with("¶6 Orchard Council due=at"), "{got:?}");
}

#[test]
fn a_report_that_calls_its_body_by_a_one_word_title_names_it() {
    let text = "Orchard leaders have resolved to review the harvest.\n\nThe Authority urges the growers to plant early.\n\n“The Authority also asks the millers to report.\n";
    assert_eq!(body(text), "Authority");
    // Once is not a name: "The Board met" may be anyone's board.
    let once = "Leaders resolved to review the harvest.\n\nThe Board wants more seedlings.\n";
    assert_ne!(body(once), "Board");
}

// Kinds met on the third blind batch (un3).

#[test]
fn a_decision_cut_inside_remain_seized_asks_nothing() {
    let text = "The Orchard Council,\n\n1. Requests the Board to report;\n\n2. Decides to remain actively seiz";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Board"]);
}

#[test]
fn a_dateline_run_into_the_first_sentence_still_names_the_body() {
    let text = "Orchard Council Adopts 4 Resolutions, Extends Mandates on Pests MORNING 2 March 2036 The Orchard Council this morning adopted 4 resolutions. Other texts adopted dealt with pests. In a resolution on pests, the Council urged the growers to spray and decided to extend the mandate of the Expert.\n";
    assert_eq!(body(text), "Orchard Council");
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Growers", "¶1 Orchard Council"]
    );
}

// Kinds met on the fourth blind batch (un4).

#[test]
fn a_list_bullet_before_a_paragraph_number_leaves_the_number() {
    let text = "The Orchard Council,\nRecalling its earlier decisions,\n- 1. Decides to plant a hedge along the valley;\n- 2. Calls upon all States to cooperate with the Board;\n- 3. Requests the Secretary-General to assist the Board;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Orchard Council",
            "¶2 All States",
            "¶3 Secretary-General"
        ]
    );
}

#[test]
fn that_a_body_be_requested_asks_that_body() {
    let text = "Whereas Article 9 of the Orchard Charter provides:\n- \u{201c}The Orchard Council shall consult the growers on the harvest\u{201d},\nThe Orchard Council,\nResolves:\n1. That the Board be requested, subject to the rules of the valley, to send to the Council, two weeks before forwarding it to the growers, a copy of the survey;\n2. That the Secretary-General be requested to keep the Council informed;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Board due=at Forwarding it to the growers",
            "¶2 Secretary-General"
        ]
    );
}

#[test]
fn the_end_of_this_period_is_the_end_of_the_renewal_before_it() {
    let text = "The Orchard Council,\n\nHaving considered the report of the Board,\n\nDecides,\n\n(a) To call upon the growers concerned to water the seedlings;\n\n(b) To renew the mandate of the Board for six months, that is, until 3 November 2036;\n\n(c) To request the Secretary-General to report at the end of this period.\n";
    let got = brief(text, "2036-05-03");
    assert!(
        got.contains(&"¶3 Secretary-General due=2036-11-03".to_string()),
        "{got:?}"
    );
}

#[test]
fn the_items_of_a_committee_set_up_for_tasks_are_its_tasks() {
    let text = "The Orchard Council,\n\nRecalling its earlier decisions,\n\n1. Decides to establish, under its bylaws, a Committee of the Council, of five growers, to carry out the following tasks and to tell the Council of its work:\n\n(a) To read the survey of the Board;\n\n(b) To ask all growers for news of the seedlings;\n\n2. Calls upon all States to cooperate with the Committee;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Orchard Council",
            "¶1 Committee of the Council",
            "¶1 Committee of the Council",
            "¶2 All States"
        ]
    );
}

#[test]
fn who_gives_the_help_decided_on_and_who_is_liable() {
    let text = "The Orchard Council,\n\n4. Decides to encourage the fullest support, in money and in goods, from all growers' unions to make sure the seedlings get planted, decides also, however, that the Estate of Ruritania shall be liable for every cost of the planting; and requests the Secretary-General to send to the Council within twenty days a plan on the matter.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶4 All growers' unions",
            "¶4 Estate of Ruritania",
            "¶4 Secretary-General due=At { anchor: Adoption, days: 20 }"
        ]
    );
}

#[test]
fn what_a_body_is_made_into_asks_nothing_and_then_is_no_part_of_a_name() {
    let text = "The Orchard Council,\n\n5. The Orchard Council directs that the heads of the villages or their deputies, once gathered, shall constitute the Hedge Board;\n\n6. The Orchard Council directs the Hedge Board thereupon to write its statute.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶6 Hedge Board"]);
}

// Kinds met on the fifth blind batch (un5).

#[test]
fn a_verb_run_into_the_next_word_is_two_words() {
    let text = "The Orchard Council,\n\n  1. Requeststhe Secretary-General to visit the valley;\n\n  2. Decidesfurther that the Board shall count the trees;\n\n  3. Takes noteof the survey and calls forits publication, and requeststhe Special Represen-\n    tative to present it;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Secretary-General",
            "¶2 Board",
            "¶3 All States",
            "¶3 Special Representative"
        ]
    );
}

#[test]
fn an_aside_after_requests_that_is_no_part_of_the_subject() {
    let text = "The Orchard Council,\n\n2. Requests that, as the season permits, the Board plant the hedge;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Board"]);
}

#[test]
fn a_press_lead_before_the_body_and_the_year_named_as_such() {
    let text = "Meeting of the Orchard Assembly\n\nMeeting in the afternoon by consensus, the Orchard Assembly adopted two resolutions in which it decided to convene a harvest session in the year 2040.\n\nThe Assembly also decided to set up a committee on pests.\n";
    assert_eq!(body(text), "Orchard Assembly");
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Orchard Assembly due=2040", "¶3 Orchard Assembly"]
    );
}

// Round 6 (un6): Security Council resolutions of the 1980s and 1990s, their press releases.

#[test]
fn a_renewal_lettered_under_decides_is_the_bodys_act() {
    let text = "The Orchard Council,\n\nHaving considered the report of the Warden,\n\nDecides,\n\n(a) To call upon the growers concerned to prune at once;\n\n(b) To renew the mandate of the Orchard Watch for another period of six months, that is, until 31 May 2036;\n\n(c) To renew its commitment to the valley;\n\n(d) To request the Warden to submit, at the end of this period, a report.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶3 Growers concerned",
            "¶3 Orchard Council",
            "¶3 Warden due=2036-05-31"
        ]
    );
}

#[test]
fn an_adverb_after_the_verb_leaves_all_concerned_the_addressee() {
    let text = "The Orchard Council,\n\n1. Expresses concern about the felling in the valley, urges once again all concerned to commit themselves to a reduction of felling;\n\n2. Urges further all concerned to plant trees;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 All concerned", "¶2 All concerned"]
    );
}

#[test]
fn others_concerned_is_an_actor_of_its_own() {
    let text = "The Orchard Council,\n\n1. Encourages Member States and others concerned to respond promptly to the needs of the growers;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Member States | Others concerned"]
    );
}

#[test]
fn a_demand_that_acts_cease_is_a_call_to_all() {
    let text = "The Orchard Council,\n\n1. Condemns the recent attacks against wardens, and demands that such hostile acts cease forthwith;\n\n2. Demands that the growers stop all raids and end the dispute;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 All States", "¶2 Growers"]);
}

#[test]
fn them_after_commended_efforts_is_those_commended() {
    let text = "The Orchard Council,\n\n1. Commends the efforts of the Chief Gardener and of the Orchard Watch, encourages them to continue assisting the growers;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Chief Gardener | Orchard Watch"]
    );
}

#[test]
fn a_report_in_n_days_is_due_n_days_after_adoption() {
    let text = "The Orchard Council,\n\n1. Requests the Warden to report in 30 days on the harvest;\n\n2. Requests the Warden to report in thirty days' time on the pruning;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Warden due=At { anchor: Adoption, days: 30 }",
            "¶2 Warden due=At { anchor: Adoption, days: 30 }"
        ]
    );
}

// Round 7 (un7): Security Council resolutions cut by their pages, press releases with a
// date line, a library record's abstract of a General Assembly resolution.

#[test]
fn a_paragraph_goes_on_after_its_last_inline_item() {
    let text = "The Orchard Assembly,\n\nRequests the Board to keep the list under review; decides that, pending a further decision, no committee shall be entitled to minutes, with the exception of the following: (a) the Pruning Committee; (b) the Seed Committee; decides that minutes shall continue to be provided to the Board; renews its appeal to growers to keep their letters brief; requests the Warden to report to it by 30 June 2036.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Board", "¶2 Growers", "¶2 Warden due=2036-06-30"]
    );
}

#[test]
fn a_library_records_title_names_the_body_after_its_slash() {
    let text = "Pattern of orchards : resolutions / adopted by the Orchard Assembly.\nRecord\nRequests the Board to keep the list under review.\n";
    assert_eq!(body(text), "Orchard Assembly");
}

#[test]
fn a_date_line_after_a_headline_is_a_paragraph_of_its_own() {
    let text = "OC/101\n4 March 2036\nOrchard Council Extends Watch until 15 October\nORCHARD CITY, 2 March -- The Orchard Council this afternoon extended the mandate of the Orchard Watch until 15 October 2036.\nAs it adopted the text, the Council underlined the duty of both valleys. It urged the northern growers to prune the hedges.\nThe Council urged both valleys to sign the water accord.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶5 Northern growers", "¶6 Both valleys"]
    );
}

#[test]
fn a_demonstrative_that_stating_a_fact_asks_nothing() {
    let text = "ORCHARD COUNCIL EXTENDS WATCH\nPress Release\n20360302 The Orchard Council this afternoon extended the watch until 31 March 2036.\nAlso by the text, the Council requested both growers to plant trees.\nThat Plan, among other things, provides for a vote under the auspices of the Board.\nThe Council requested the Warden to report to it by 22 March on the harvest.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶4 Both growers", "¶6 Warden due=2036-03-22"]
    );
}

#[test]
fn a_mandate_adjusted_as_follows_gives_the_items_to_its_holder() {
    let text = "The Orchard Council,\n\n1. Welcomes the report of the Warden;\n\n2. Decides to adjust the mandate of the Orchard Watch to be defined as follows:\n\n(a) To exercise its good offices between the growers;\n\n(b) To investigate all reports of felling;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Orchard Council", "¶2 Orchard Watch", "¶2 Orchard Watch"]
    );
}

#[test]
fn paragraph_one_run_into_the_preamble_is_cut_out_before_paragraph_two() {
    let text = "The Orchard Council, Recalling its earlier decisions, Having considered the report of the Warden and noting the advice contained\ntherein, 1. Decides to extend the mandate of the Orchard Watch until 13 June 2036;\n2. Urges the growers to prune the hedges;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Orchard Council", "¶2 Growers"]
    );
}

#[test]
fn an_acronym_in_a_un_organs_preamble_is_no_organisation_of_its_own() {
    let text = "The Security Council,\n\nWelcoming the decision of the Valley Community of Orchard States (VCOS) to meet,\n\n1. Encourages the VCOS States to promote peace;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 VCOS States"]);
}

// Round 8 (un8): Security Council resolutions whose page runs the numbers into the lines,
// General Assembly resolutions on refugees from record pages, a press summary.

#[test]
fn numbers_run_on_before_the_first_at_a_lines_start_are_paragraphs() {
    let text = "The Orchard Council, Recalling its decisions, Having considered the report of the Warden of 5\nMay 2036, 1. Commends the Warden; 2. Welcomes the harvest; 3. Calls upon both growers to\nprune the hedges; 4. Also calls upon both growers to plant trees;\n5. Decide\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶3 Both growers", "¶4 Both growers"]
    );
}

#[test]
fn a_page_cut_after_paragraph_two_still_numbers_it() {
    let text = "The Orchard Council, Recalling its decisions, Having considered the report of the Warden of 5\nMay 2036, 1. Warmly welcomes the harvest; 2. Strongly urges the growers, acting through the\nBoard, to prune the hedges; in this context, considers that a meeting would hel\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Growers"]);
}

#[test]
fn a_records_bulleted_fields_are_header_lines_not_items() {
    let text = "Orchards and growers\n- Author: Orchard Assembly\n3 December 2035\nThe Orchard Assembly, Considering the harvest, Having examined the report,1. Decides to establish, as of 1 January 2037, an Office for Growers;\n2. Decides that no expenditure should be borne on the budget;\n3. Requests the Warden to report.\n";
    assert_eq!(
        brief(text, "2036-01-10"),
        ["¶1 Orchard Assembly due=2037-01-01", "¶3 Warden"]
    );
}

#[test]
fn a_term_that_runs_until_a_day_asks_no_one() {
    let text = "The Orchard Council,\n\n1. Also decides, with the expectation of full completion by 1 February 2037, that the initial mandate of the Orchard Watch will extend until 31 October 2036, and requests the Warden to report by 15 August 2036;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Warden due=2036-08-15"]);
}

#[test]
fn them_is_never_the_body_that_urges_them() {
    let text = "ORCHARD COUNCIL EXTENDS WATCH\n\nThe Orchard Council this afternoon extended the watch.\n\nReiterating the importance of full implementation by the Board of Growers and the Valley Union of their commitments to the accord, the Council strongly urged them to complete the pruning.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶3 Board of Growers | Valley Union"]
    );
}

#[test]
fn a_formal_body_runs_on_into_its_preamble_but_a_sentence_names_none() {
    let run_on = "Orchard Council resolution 12 (2036) on the valley, O.C. Doc. OC/RES/12 (2036).\nThe Orchard Council, Reaffirming its decisions and the Accord\n(OC/2036/1) on the valley and all the many subsequent decisions taken on it since then, Recognizing the harvest, Having considered the report of the Warden of 5\nJune 2036 (OC/2036/4), 1. Welcomes the report of the Warden; 2. Decides to extend\nthe watch until 31 October 2036; 3. Urges the growers to prune the hedges;\n";
    assert_eq!(body(run_on), "Orchard Council");
    let sentence = "The Authority promised a gradual easing of the rules, emphasizing the need for talks.\nThe Authority urges the growers to prune.\nThe Authority also asks the Board to report.\n";
    assert_ne!(
        body(sentence),
        "Authority promised a gradual easing of the rules"
    );
}

// Round 9 (un9): ECOSOC resolutions on drug control from record pages.

#[test]
fn an_aside_after_that_hides_no_passive() {
    let text = "The Orchard Council,\n\n1. Recommends that, if possible, the Board meetings should last no more than five days and be held at no cost;\n\n2. Recommends that, where feasible, the growers plant trees;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Growers"]);
}

#[test]
fn a_preamble_run_on_after_the_bodys_name_asks_nothing_and_ends_at_paragraph_one() {
    let text = "Orchard Council | |\nDistr. OC/RES/2036/12 | |\n1474(LII). | Rules for the valley | |\nThe Orchard Council, Reiterating its conviction that the valley needs rules, Recalling that the Assembly had requested the Council to call upon the Board to proceed without delay, Having received the report of the Board, 1. Requests the Warden to transmit the draft rules to all growers, and such\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Warden"]);
}

// Round 10 (un10): Security Council press releases of 2017-2022.

#[test]
fn a_passive_with_an_adverb_before_its_be_asks_nothing() {
    let text = "ORCHARD COUNCIL OUTLINES SUPPORT\n\nThe Orchard Council today adopted a text on the watch.\n\nAny such help should be paid back in full, the Council said.  It should be given as the Warden sees fit.  It should also be limited to the valley.\n";
    assert_eq!(brief(text, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn who_facilitates_a_call_is_not_asked() {
    let text = "The Orchard Council,\n\n1. Urges flexibility and engagement by the growers and the relevant wardens, facilitated by the Board, to develop an acceptable proposal;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Growers | Relevant wardens"]);
}

#[test]
fn a_request_after_while_in_a_press_lead_asks() {
    let text = "ORCHARD COUNCIL EXTENDS WATCH\n\nThe Orchard Council extended the mandate of the Orchard Watch for another year today, maintaining its 200 wardens while requesting that the Warden expedite the planting of trees.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Warden"]);
}

// Round 11 (un11): ECOSOC texts of 1969-1974, a news report of a Council text, OIC summit
// texts, Human Rights Council summaries.

#[test]
fn a_change_made_with_effect_from_a_day_is_due_that_day() {
    let text = "The Orchard Council,\n\nDecides to enlarge the Board of Growers to 40 members, with effect from 1 March 2037, keeping the valley's balance in mind.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Orchard Council due=2037-03-01"]
    );
    // A renewed term's first day is no deadline, as its end is none.
    let renewal = "The Orchard Council,\n\n1. Requests the Warden to extend the watch by a year, with effect from 1 March 2037.\n";
    assert_eq!(brief(renewal, "2036-03-02"), ["¶1 Warden"]);
}

#[test]
fn an_aside_opening_a_that_clause_is_not_its_subject() {
    let text = "The Orchard Council,\n\n1. Decides that pending a fuller review by the Board of Growers of whether to meet twice yearly with a view to sharing the harvest more fairly, the Board shall hold an extra meeting in 2037;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Board due=2037"]);
}

#[test]
fn a_decision_in_a_whenever_clause_is_a_condition() {
    let text = "The Orchard Council,\n\n1. Suggests that, whenever it is decided to hold an extra meeting, the length of the next one should be reviewed by the Board;\n\n2. Requests the Warden to report.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Warden"]);
}

#[test]
fn a_web_pages_slash_marked_notes_are_no_paragraphs() {
    let text = "The Orchard Council,\n\n1. Requests the Warden to report.\n\n*/ Taken up as the Board proposed in its text 4.\n\n**/ The Board had proposed that the extra meeting should weigh another one in 2039.\n\n12/ See the Board's report, para. 4.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Warden"]);
}

#[test]
fn a_news_reports_date_line_bare_request_and_every_other_month() {
    let text = "Orchard watch renewed for a year\n7-March-2036\nThe Orchard Council has adopted a text renewing the watch for a year until March 2, 2037.\nThe text, backed by all members on Friday, stressed the value of the watch.\nIt also called on the growers to work with the watch.\nThe text requested the Warden Jane Doe submit a report to the Council by June 30, 2036 on the harvest.\nIt also asked Doe to brief the Council every other month while the text runs.\n";
    let every = Brief {
        plain_days: true,
        every: true,
        ..Brief::default()
    };
    assert_eq!(
        every.of(text, "2036-03-06"),
        [
            "¶5 Growers",
            "¶6 Warden Jane Doe due=2036-06-30",
            "¶7 Doe every=2 months"
        ]
    );
}

#[test]
fn a_demanded_end_calls_on_all_and_a_quoted_decision_names_its_body() {
    let text = "Valley summit ends\n\nAugust 3, 2036\n\nIt demanded an end to the foreign occupation of the valley and the return of the growers. It also called for the release of detainees.\n\nOn the river, it stated, \u{201c}In view of the refusal of the river authority to talk, the Summit decides to suspend the membership of the river authority.\u{201d}\n";
    assert_eq!(
        brief(text, "2036-08-02"),
        ["¶3 All States", "¶3 All States", "¶4 Summit"]
    );
}

#[test]
fn a_bare_commit_a_modal_governs_is_no_pledge() {
    let text = "Final Communique of the Valley Summit\n\n1 - The Summit affirms that the unity of the valley is its strength, which requires that the growers shall work together, share water and commit to joint harvests.\n2 - The Summit affirms that the press bears a heavy duty, calling on Member States to carry out the earlier decisions on the press.\n";
    assert_eq!(brief(text, "2036-01-01"), ["¶2 Member States"]);
    let pledge = "We, the growers, reaffirm our bond and commit to joint harvests.\n";
    assert_eq!(brief(pledge, "2036-01-01").len(), 1);
}

#[test]
fn an_officials_own_appeal_in_a_summary_is_not_the_bodys() {
    let text = "ORCHARD COUNCIL CLOSES ITS SESSION\nThe Orchard Council this afternoon concluded its session after adopting 12 texts.\nThe Council decided to extend the mandate of the Board.\nJane Doe, High Commissioner for the Valley, updated the Council on the valley on 3 March. Alarmed by the drought, the High Commissioner urged the Orchard Council and the growers to save water.\n";
    assert_eq!(brief(text, "2036-03-20"), ["¶3 Orchard Council"]);
}

// Round 12 (un12): OIC Executive Committee texts, Human Rights Council and General Assembly
// summaries, a forum's copy of a Council text.

#[test]
fn a_summary_page_names_its_body_after_its_furniture_and_dates_a_summit() {
    let text = "Orchard Assembly: 12th Meeting\n\nPreview: all\n03-Mar-2036 10:00:00\nTexts on the valley adopted by the Orchard Assembly.\n\nLanguages: six\nOther Formats\nThe Orchard Assembly adopted today three texts by consensus, one of which states its will to fund the valley, further deciding to set up a Growers Office and convening a Harvest Summit, to be held on 22 and 23 September 2037 in Rome.\n\nBy the text, the Assembly calls upon the Board to keep working.\n";
    assert_eq!(body(text), "Orchard Assembly");
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶3 Orchard Assembly due=2037-09-22", "¶4 Board"]
    );
}

// Round 13 (un13): General Assembly and ECOSOC pages of 1955-1981, a news report.

#[test]
fn a_passive_given_priority_by_an_agent_asks_the_agent() {
    let text = "The Orchard Assembly,\n\n1. Adopts the Valley Plan;\n\n2. Urges that the Valley Plan be given priority by all growers and be carried out as soon as possible by the relevant boards;\n\n3. Requests the Warden to report.\n";
    assert_eq!(brief(text, "2036-03-03"), ["¶2 All growers", "¶3 Warden"]);
}

// Round 14 (un14): Human Rights Council summaries, an agenda note, a summary of a draft,
// an OIC coordination meeting, a draft Council statement.

#[test]
fn a_bare_infinitive_after_a_named_republic_asks_the_republic() {
    let text = "The Orchard Council,\n\n1. Demands the Republic of Orchardia free the seized growers at once;\n\n2. Demands the Government of the Valley cease all raids on the barns;\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Republic of Orchardia", "¶2 Government of the Valley"]
    );
}

#[test]
fn two_subjects_sharing_one_object_are_asked_each() {
    let text = "ORCHARD COUNCIL ENDS ITS SESSION\n\nThe Orchard Council ended its session today after adopting nine texts.\n\nIn the text on the valley, the Council renewed the Board for a year, and demanded that the Orchardian authorities reopen, and all other factions in the valley do not obstruct, the mountain roads to the barns.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        [
            "¶3 Orchardian authorities",
            "¶3 All other factions in the valley"
        ]
    );
    // One subject doing two things to one object is one request.
    let one = "The Orchard Council,\n\n1. Demands that the Orchardian authorities reopen, and keep open, the mountain roads;\n";
    assert_eq!(brief(one, "2036-03-03"), ["¶1 Orchardian authorities"]);
}

#[test]
fn a_summarys_passive_without_its_auxiliary_asks_its_subject() {
    let text = "The Orchard Assembly,\n\n1. Notes the report of the Board;\n\n2. The Warden and the Board requested to submit proposals on water by 30 June 2037;\n\n3. Expresses its thanks to the wardens mandated to guard the barns;\n\n4. The Board requested to be kept informed of the harvest;\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶2 Warden | Board due=2037-06-30"]
    );
}

// Round 15 (un15): press releases of presidential statements, news reports of drafts and
// statements, a copy of a 1999 resolution, an ECOSOC press release.

#[test]
fn a_title_case_headline_restating_the_lead_is_not_read_again() {
    let text = "Orchard Council Statement Signals Readiness to Send Monitors\n\nMembers Call on Wardens to Honour Pledge on Opening Mountain Roads\n\nThe Orchard Council today called on the valley wardens to open the mountain roads by 12 May.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶3 Valley wardens due=2036-05-12"]
    );
    // A sentence in plain case with a request is no headline.
    let plain = "The Orchard Council asked the wardens to act\n\nThe Orchard Council today called on the valley wardens to open the mountain roads.\n";
    assert_eq!(brief(plain, "2036-03-03").len(), 2);
}

#[test]
fn a_reported_passive_after_said_that_and_a_day_asks_its_subject() {
    let text = "Orchard Council to renew the Board\n\nThe Orchard Council agreed on a draft on Monday.\n\nAlso, the draft said that on June 3 the Warden is requested to submit a report on the harvest.\n";
    // The day put before the passive's subject is the request's deadline (act_kinds).
    assert_eq!(brief(text, "2036-03-03"), ["¶3 Warden due=2036-06-03"]);
}

#[test]
fn a_press_release_names_its_body_with_its_acronym_and_suspended_session() {
    let text = "ORCHARD BOARD SUSPENDS ITS SESSION\n\n2 May 2036\n\nThe Orchard Growers Council (OGC) this afternoon suspended its session in Rome. It decided to resume talks on the water charter in October in Geneva.\n";
    assert_eq!(body(text), "Orchard Growers Council");
}

// Round 16 (un16): news reports of Council texts of 2002 and 2004, a wiki page of a 1987
// resolution, a 1982 draft.

#[test]
fn a_weekday_between_the_body_and_its_verb_keeps_the_request() {
    let text = "Board asks the Valley to open roads\n\nROME, May 3: The Orchard Council on Tuesday urged the Valley to open its mountain roads and asked the Warden to keep reporting.\n\nThe members met for an hour.\n";
    assert_eq!(brief(text, "2036-05-02"), ["¶2 Valley", "¶2 Warden"]);
}

#[test]
fn a_short_headline_is_dropped_only_when_a_later_paragraph_asks_the_same() {
    let restated = "Board asks the Valley to open roads\n\nThe Orchard Council urged the Valley to open its mountain roads.\n";
    assert_eq!(brief(restated, "2036-05-02"), ["¶2 Valley"]);
    // A headline asking someone the paragraphs below do not ask stays.
    let alone = "Board asks the Valley to open roads\n\nThe Orchard Council urged the Warden to keep reporting.\n";
    assert_eq!(brief(alone, "2036-05-02"), ["¶1 Valley", "¶2 Warden"]);
}

#[test]
fn a_demand_reiterated_with_also_inside_the_phrase_is_read() {
    let text = "The Orchard Council,\n\n1. Reiterates its demand that the Valley open its roads;\n\n2. Reiterates also its demand that all growers share the water from the spring;\n";
    assert_eq!(brief(text, "2036-05-02"), ["¶1 Valley", "¶2 All growers"]);
}

#[test]
fn working_days_count_weekdays_from_the_adoption() {
    // Adopted on a Friday: ten weekdays later is the Friday two weeks on (14 days).
    let text = "The Orchard Assembly,\n\n1. Requests the Secretary-General to draw up, within ten working days of the adoption of the present resolution, the rules of the Seed Panel;\n\n2. Requests the Panel to report within 30 days;\n";
    assert_eq!(
        brief(text, "2036-03-07"),
        [
            "¶1 Secretary-General due=At { anchor: Adoption, days: 14 }",
            "¶2 Panel due=At { anchor: Adoption, days: 30 }"
        ]
    );
}

#[test]
fn a_wiki_note_mark_after_a_full_stop_ends_the_sentence() {
    let text = "The Orchard Council met on the matter.\n\nIt voiced worry about the blight in the valley.[3] The two growers were invited to resume talks on the valley's water.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Two growers"]);
}

#[test]
fn a_wiki_infobox_is_one_block_and_the_text_keeps_its_places() {
    // Fields glued to their values ("Year:2036", "For:12" with figures that are no
    // footnote mark), then a table's rows, one opening with words.
    let fields = "Resolution 9999 summarised\n\nNumber:9999\nOrgan:OC\nDate:14 March\nYear:2036\nFor:12\nAgainst:0\nResult:Adopted\n\nThe Orchard Council decided to renew the mandate of the Seed Mission until 30 June 2036.\n\nThe Council then asked the Secretary-General to report back on the harvest.\n";
    assert_eq!(
        brief(fields, "2036-03-14"),
        ["¶3 Orchard Council", "¶4 Secretary-General"]
    );
    let rows = "| Orchard Council Resolution 9999 | |||\n|---|---|---|\nValley map (shaded) | |||\n| Date | 14 March 2036 | ||\n| Code | OC/RES/9999 | ||\nVoting summary |\n| Result | Adopted | ||\n| ||||\nOrchard Council Resolution 9999 was adopted unanimously on 14 March 2036.\nThe growers were asked to share the water of the valley fairly.\nThe Secretary-General was asked to visit the valley.\n";
    assert_eq!(
        brief(rows, "2036-03-14"),
        ["¶3 Growers", "¶4 Secretary-General"]
    );
    // A page's furniture with bars after it is no table: each line keeps its place.
    let furniture = "Orchard Union | |\nOrchard Road 5, Utopia |\nThe Orchard Union met in Utopia this week.\nThe Union called on the growers to share the water.\n";
    assert_eq!(brief(furniture, "2036-03-14"), ["¶4 Growers"]);
}

#[test]
fn a_wiki_infobox_with_labels_run_into_values_is_one_block() {
    // "Date14 March 2036" / "Meeting no.1,234" with no colon, vote bullets and the
    // members' rows under a map's caption: one block, so the text keeps its places.
    let glued = "Orchard Council Resolution 9999\n\nResolution 9999 of the Orchard Council was adopted on 14 March 2036.\n\nUN Security Council\nResolution 9999\nThe valley (old borders)\nDate14 March 2036\nMeeting no.1,234\nCodeOC/RES/9999 (Document)\nSubjectThe valley's water\nVoting summary\n  • 12 voted for\n  • None abstained\nResultAdopted\nSecurity Council composition\nPermanent members\nNon-permanent members\n\nThe growers of the valley have quarrelled for years.\n\nThe growers were called upon to share the water of the valley fairly.\n";
    assert_eq!(brief(glued, "2036-03-14"), ["¶5 Growers"]);
    let spaced = "Orchard Council Resolution 9999\n\nUN Security Council\nResolution 9999\n\nThe valley\nDate 14 March 2036\nCode OC/RES/9999 (Document)\nVoting summary\n12 voted for\nNone voted against\nResult Adopted\nPermanent members\n\nThe growers were called upon to share the water of the valley fairly.\n";
    assert_eq!(brief(spaced, "2036-03-14"), ["¶4 Growers"]);
}

#[test]
fn a_past_need_for_an_outcome_is_a_view() {
    // A summary's "reaffirmed the need for a lasting solution" or "the necessity of the
    // full resumption of X" wishes an outcome and asks nobody; a need for an act still asks.
    let text = "The Orchard Council met on the valley.\n\nThe Council reaffirmed the need for a lasting and fair solution to the quarrel over water.\n\nIt also underlined the necessity of a prompt resumption of the growers' talks.\n\nThe Council stressed the need for the growers to share the water.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶4 Growers"]);
}

#[test]
fn a_request_whose_list_the_page_dropped_stands_on_its_own_words() {
    // "... in order to:" and then a new sentence: the list is gone, the request is not;
    // under a lead-in followed by its numbered items, the items ask (not the lead-in).
    let text = "The Orchard Council met today.\nUnder its charter, the Seed Mission was authorised to take all needed steps in order to:\nThe Secretary-General was asked to sign an agreement with Utopia.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Seed Mission", "¶3 Secretary-General"]
    );
    let listed = "The Orchard Council,\n\n1. Requests the Secretary-General:\n\n2. To plant trees;\n\n3. Decides to remain seized of the matter.\n";
    assert_eq!(brief(listed, "2036-03-02"), ["¶2 Secretary-General"]);
}

#[test]
fn an_agenda_notes_item_heading_numbers_the_paragraphs_under_it() {
    let text = "A. Peace in the valley\n\n12. Prevention of orchard fires\n\nAt its ninetieth session, the Orchard Assembly, under the item on fires, decided to include the item in the provisional agenda of its ninety-first session.\n\nAt its ninety-first session, the Assembly decided to establish a Fire Panel, and requested the Secretary-General to report within 45 days of the adoption.\n\n13. Prevention of floods\n\n14. Requests the Panel to report;\n";
    assert_eq!(
        brief(text, "2036-12-20"),
        [
            "¶12 Orchard Assembly due=at 91st session of the Orchard Assembly",
            "¶12 Orchard Assembly",
            "¶12 Secretary-General due=At { anchor: Adoption, days: 45 }",
            "¶14 Panel"
        ]
    );
}

#[test]
fn a_press_report_of_what_an_adopted_text_asks_is_read() {
    // The participle after the adopted text, a lead's participle phrase before the body,
    // and a "which" after the adopted text; a nominal object with nobody named asks all.
    let text = "Orchard Council\n\nWorried over the backlog of seed reports, the Orchard Council today adopted a resolution asking its Seed Committee to speed up and to report at the Council’s July 2037 session on its work.\n\nFearing pests in the valley, the Orchard Council today adopted an updated text demanding that the Raiders stop burning the groves.\n\nThe Council also adopted a text today urging continued regional attention to the growers, as well as stronger measures for them.\n\nThe Council also adopted a resolution on seeds, which calls for a review of the seed plan.\n";
    assert_eq!(
        brief(text, "2036-06-01"),
        [
            "¶2 Seed Committee due=2037-07",
            "¶3 Raiders",
            "¶4 All States",
            "¶5 All States"
        ]
    );
    // An earlier text recalled with "which" asks nothing now.
    let recalled = "The Orchard Council,\n\nRecalling its resolution 9, which called for a review of the seed plan,\n\n1. Requests the Board to report;\n";
    assert_eq!(brief(recalled, "2036-06-01"), ["¶1 Board"]);
}

#[test]
fn an_earlier_request_in_the_pluperfect_and_a_thing_pointed_to_ask_nothing() {
    let text = "The Orchard Committee,\n\n1. Notes the seeds for which the Centre had asked for advice from the Board;\n\n2. Requests the Seed Centre to draft a guide. This revision should build upon the old guide.\n";
    assert_eq!(brief(text, "2036-06-01"), ["¶2 Seed Centre"]);
}

#[test]
fn a_list_of_what_a_plan_encompasses_is_one_request() {
    let text = "The Orchard Committee,\n\n5. Urges the State Party to finish the Orchard Plan and ensure that it encompasses:\n(a) Ways to keep the old trees alive;\n(b) A map of the groves;\n\n6. Requests the Centre to report;\n";
    assert_eq!(brief(text, "2036-06-01"), ["¶5 State Party", "¶6 Centre"]);
}

#[test]
fn a_segment_held_from_a_day_to_a_day_with_no_year_and_a_later_session() {
    let text = "The Orchard Council met today.\n\nThe Council decided to hold its seed days from the morning of 19 July through 22 July, before the session ends.\n\nThe Council decided to put off the seeds draft to a later session.\n";
    assert_eq!(
        brief(text, "2036-02-15"),
        [
            "¶2 Orchard Council due=2036-07-19",
            "¶3 Orchard Council due=at Later session of the Orchard Council"
        ]
    );
}

#[test]
fn a_news_pages_dated_header_block_is_a_line_to_a_paragraph() {
    let text = "18 August 2036\nOrchard Council Agrees on Seeds\nstory highlights\n\n29 July 2036: The Orchard Council met in Utopia.\n\nThe Council decided to plant trees by 1 October 2036.\n";
    assert_eq!(
        brief(text, "2036-07-29"),
        ["¶5 Orchard Council due=2036-10-01"]
    );
}

#[test]
fn a_press_leads_own_acts_of_the_body_and_an_officials_appeal() {
    let text = "Orchard Assembly news\n\nThe Orchard Assembly decided today that it will hold a seed summit on 22 September for the Seed Charter's jubilee.\n\nThe Orchard Assembly adopted six texts today, deciding that the Seed Conference co-hosted by Utopia and Ruritania will take place in Utopia from 27 June to 1 July 2037.\n\nThe Orchard Assembly adopted its agenda today, deciding for the first time in ten years to include the item on pests.\n\nThe Orchard Assembly, adopting six resolutions today, also took up its own reform, committing to enhancing its role.\n\nOpening the session, President Jane Doe said her term would be busy and called upon Member States to help the growers.\n\nThe Orchard Assembly decided that it will remain seized of the matter.\n";
    assert_eq!(
        brief(text, "2036-01-01"),
        [
            "¶2 Orchard Assembly due=2036-09-22",
            "¶4 Orchard Assembly",
            "¶5 Orchard Assembly"
        ]
    );
}

#[test]
fn a_session_with_its_year_in_brackets_is_due_that_year() {
    let text = "The Orchard Committee,\n\n1. Requests the Seed Centre to report at its 30th session (2038) on the groves;\n\n2. Requests the Centre to keep it informed at its 29th session in 2037;\n";
    let dated = Brief {
        at: EventLabel::Date,
        plain_days: true,
        ..Brief::default()
    };
    assert_eq!(
        dated.of(text, "2036-12-06"),
        ["¶1 Seed Centre due=at 2038", "¶2 Centre due=at 2037"]
    );
}

#[test]
fn a_text_approved_or_passed_asks_what_its_participle_says() {
    let text = "Orchard Board news\n\nThe Orchard Board today approved a resolution on seeds, which requests the Warden to draw up a seed plan and to present it to the Ninth Orchard Assembly in 2038.\n\nThe Orchard Board on Thursday passed a resolution ordering Utopia to open its groves to inspectors.\n\nThe Orchard Board adopted a resolution on Friday firmly calling on Ruritania to let growers visit two groves.\n";
    let dated = Brief {
        at: EventLabel::Date,
        plain_days: true,
        ..Brief::default()
    };
    assert_eq!(
        dated.of(text, "2036-06-06"),
        ["¶2 Warden due=at 2038", "¶3 Utopia", "¶4 Ruritania"]
    );
}

#[test]
fn a_demonstrative_with_its_verb_and_an_inverted_condition_ask_nothing() {
    let text = "Orchard Board news\n\nThe resolution demanded that Utopia open its groves.\n\nThat charter grants more powers to the Board when it comes to visits.\n\nUtopia had warned that it would cut its ties with the Board should the Board adopt a resolution against it.\n";
    assert_eq!(brief(text, "2036-06-06"), ["¶2 Utopia"]);
}

#[test]
fn an_adverb_between_call_and_its_particle_keeps_the_call() {
    let text = "Resolution 9998 (2036)\n\nThe Security Council,\n\n1. Calls also upon the Orchard Guild to share its seed records with growers;\n\n2. Calls further on Ruritania to open two groves to visitors;\n\n3. Decides to remain seized of the matter.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Orchard Guild", "¶2 Ruritania"]
    );
}

#[test]
fn a_bare_extends_of_a_stationing_is_the_bodys_renewal() {
    let text = "Resolution 9997 (2036)\n\nThe Security Council,\n\n1. Extends once more the stationing of the Orchard Force for a further period of six months;\n\n2. Extends its warm thanks to the growers of the valley;\n\n3. Extends again the stationing of the Seed Panel until 31 May 2036.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶1 Security Council", "¶3 Security Council"]
    );
}

#[test]
fn quoted_lettered_items_under_a_quoted_decision_are_read() {
    let text = "Decision 9/99\n\n“The Orchard Council,\n\n“1. Welcomes the seed report;\n\n“2. Decides:\n\n“(a) To send the seed report to the Orchard Assembly;\n\n“(b) To ask the Warden to brief the growers on it;\n\n“3. Requests the Keeper to keep the seeds dry.”\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Orchard Council", "¶2 Warden", "¶3 Keeper"]
    );
}
