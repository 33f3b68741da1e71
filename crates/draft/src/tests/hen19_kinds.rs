//! One composed text per kind the fix round on `held33` (helper `hen19`) fixed: a recalled
//! decision quoted in a preamble, an invitation to attend a summit, a call issued as a noun
//! ("issues an urgent call to X to"), and what a statement the page reports urged "in which
//! it" urged. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_decision_quoted_in_a_preamble_asks_nothing_of_this_text() {
    let text = PREAMBLE_QUOTE;
    let got = brief(text, "2037-05-03");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Board"), "{got:?}");
}

#[test]
fn states_invited_to_a_summit_are_asked_nothing() {
    let text = INVITED;
    assert_eq!(brief(text, "2037-05-03"), ["¶3 All States"]);
}

#[test]
fn a_call_issued_as_a_noun_asks_its_addressees() {
    let text = ISSUES_CALL;
    let got = brief(text, "2037-05-03");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 Government of Northvale"), "{got:?}");
}

#[test]
fn what_a_reported_statement_urged_in_which_it_is_the_body_s_call() {
    let text = IN_WHICH;
    assert_eq!(brief(text, "2037-05-03"), ["¶2 All States"]);
}

const PREAMBLE_QUOTE: &str = "COMMUNIQUE\n\nAdopted by the Harvest Council at its 12th meeting held on 3 May 2037 on the Orchard Fund.\n\nThe Harvest Council,\n\nRecalling its earlier decisions on the orchards of the region,\n\nAlso recalling the Decision of the 9th Session adopted on 1 March 2037, particularly paragraph (iv) which “DECIDES to set up the Orchard Fund and DIRECTS the Board to run it; ALSO DECIDES to close the old Fund and REQUESTS the Growers of Northvale to wind it down by the June 2037 Session of the Assembly”.\n\nNoting the report of the Board on the Fund,\n\n1. Requests the Board to report on the Fund at its next meeting;\n";

const INVITED: &str = "Growers' Committee meets on the orchards\n\nThe Growers' Committee met in Eastport on Tuesday. Northvale, Southvale and the Secretary-General now make up the Committee. The remaining members were invited to the summit in order to agree a joint line.\n\nThe Committee urged all States to protect the orchards of the region from the blight.\n";

const ISSUES_CALL: &str = "1. Recalls its past decisions on Northvale. Council expresses concern at the insecurity in the north. Council issues a call to the Government of Northvale and the armed groups to show restraint and avoid any step that could deepen the crisis;\n";

const IN_WHICH: &str = "Council calls for clear timetables in Northvale\nThe Union’s Harvest Council issued a statement on Friday in which it urged for a “firm and dated road map back to the old harvest.”\nThe council also reaffirmed its “zero tolerance for blight”.\n";
