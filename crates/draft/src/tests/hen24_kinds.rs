//! One composed text per kind the fix round on `held36` (helper `hen24`) fixed: a page
//! that numbers its nested lists afresh, a "DECIDES to:" item on a bare verb with a clause
//! of its own after it, "insisted that X must", acts needed that name nobody, an
//! authorization of an act, a report's subject then where it met, a demand told as a noun,
//! "They" after the members a text named, a phrasal participle's agent and a reason
//! clause's time phrase. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn nested_lists_numbered_afresh_keep_the_page_s_numbers() {
    assert_eq!(
        brief(NESTED_LISTS, "2037-01-31"),
        [
            "¶1 Member States | Commission",
            "¶1 Assembly",
            "¶2 All Member States",
            "¶3 Assembly",
        ]
    );
}

#[test]
fn a_decided_item_on_a_bare_verb_is_the_body_s_own_with_its_clause() {
    assert_eq!(
        brief(BARE_VERB_ITEM, "2037-01-31"),
        ["¶1 Assembly", "¶2 Assembly", "¶2 Commission", "¶3 Assembly"]
    );
}

#[test]
fn insisted_that_x_must_asks_x() {
    assert_eq!(brief(INSISTED, "2037-05-03"), ["¶1 Rebels", "¶2 Growers"]);
}

#[test]
fn acts_needed_to_do_something_name_no_doer() {
    assert_eq!(brief(NEEDED_EFFORTS, "2037-05-03"), ["¶2 All States"]);
}

#[test]
fn an_authorized_act_is_the_leaders_own() {
    assert_eq!(
        brief(AUTHORIZED, "2037-05-03"),
        ["¶1 ORCOM leaders", "¶2 All States"]
    );
}

#[test]
fn a_report_s_subject_then_where_it_met_opens_the_clause() {
    assert_eq!(
        brief(SUBJECT_VENUE, "2037-05-03"),
        ["¶1 All States", "¶2 Growers"]
    );
}

#[test]
fn a_demand_told_as_a_noun_asks_all() {
    assert_eq!(brief(DEMAND_NOUN, "2037-05-03"), ["¶2 All States"]);
}

#[test]
fn they_stand_for_the_members_last_named() {
    assert_eq!(brief(THEY_AGREED, "2037-05-03"), ["¶3 Ministers"]);
}

#[test]
fn a_phrasal_participle_s_agent_is_no_doer() {
    assert_eq!(brief(PHRASAL_AGENT, "2037-05-03"), ["¶1 All States"]);
}

#[test]
fn a_reason_clause_s_time_phrase_is_no_deadline() {
    assert_eq!(
        brief(REASON_CLAUSE, "2037-01-31"),
        ["¶1 Assembly", "¶2 Assembly", "¶3 Assembly"]
    );
}

const NESTED_LISTS: &str = "Decision on the Orchard Summits\n\nThe Assembly,\n\n1. TAKES NOTE of\n\n1. the report of the Commission on the orchards and REQUESTS Member States and the Commission to carry out its proposals; as well as\n\n2. the outcome of the retreat of the Council held in Eastport;\n\n1. DECIDES to:\n\n1. Revise the Orchard Charter to make it a working instrument;\n\n2. Call on all Member States to sign the Seed Protocol;\n\n3. Merge the two seed committees as now constituted;\n";

const BARE_VERB_ITEM: &str = "The Assembly,\n\n1. TAKES NOTE of\n\n1. the report;\n\n2. the outcome of the retreat;\n\n1. DECIDES to:\n\n1. Revise the Orchard Charter;\n\n2. Subject the agenda items that Member States put forward to prior review by the Commission and they should only concern the year's theme. The Commission should keep on setting the agenda of the meetings;\n\n3. Merge the two seed committees;\n";

const INSISTED: &str = "The ministers insisted that the rebels must leave the valley as a condition for talks.\n\nThe ministers insisted that the growers should plant early.\n\nThe ministers insisted that the talks are important for peace.\n";

const NEEDED_EFFORTS: &str = "In the statement, the ministers voiced concern over the frost.\n\nThey emphasized the pressing need for concerted efforts to spare the orchards more damage.\n";

const AUTHORIZED: &str = "Eastport — ORCOM leaders have authorized the immediate deployment of frost wardens to Eastvale and Westvale as part of efforts to save the harvest.\nSimilarly, the leaders also directed the deployment of an ORCOM Frost Brigade to Westvale to help the growers there.\n";

const SUBJECT_VENUE: &str = "Similarly, the regional leaders at their extraordinary summit in Eastport on Thursday, 26th April 2037 also directed the deployment of a frost brigade to Westvale.\n\nThe leaders in Eastport also urged the growers to plant early.\n";

const DEMAND_NOUN: &str = "The ORCOM summit also voiced concern over the seizure of the seed stores.\n\nAmong the other demands by the ORCOM leaders is the immediate and unconditional release of the seed inspectors held in Westvale.\n";

const THEY_AGREED: &str = "In the joint statement, the ministers voiced concern over the frost.\n\nThe ministers recognized the harm the frost has done to the growers.\n\nThey also agreed to take joint action to contain the damage and resolved to remain committed to keeping the orchard markets open.\n";

const PHRASAL_AGENT: &str = "The ministers stressed the pressing need for concerted efforts to spare the growers more harm brought about by the Westvale Frost Authority.\n";

const REASON_CLAUSE: &str = "The Assembly,\n\n1. TAKES NOTE of\n\n1. the report;\n\n2. the outcome of the retreat;\n\n1. DECIDES to:\n\n1. Revise the Orchard Charter;\n\n2. Dissolve the Drafting Committee in view of the fact that the Commission now proposes drafts which the Bureau considers before submission to the Assembly through the Council;\n\n3. Merge the two seed committees;\n";
