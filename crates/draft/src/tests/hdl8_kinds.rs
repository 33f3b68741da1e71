//! One composed text per kind helper `hdl8` fixed (un57's misses: pages of a treaty body's
//! resolutions and decisions): a that-clause whose subject is a name ending in a capitalised
//! adjective ("<Noun> International") before its bare verb; a page of decisions whose dotted
//! numbers ("31.10") are no paragraph numbers, one alone on its line over its text, a
//! "Directed to X" heading over a decision; a short link line under a page's title; a span
//! before each meeting of a body (a standing rule, no deadline). None is a sentence of a real
//! text.

use crate::tests::real_kinds::brief;

#[test]
fn a_name_ending_in_a_capitalised_adjective_before_a_bare_verb_is_the_actor() {
    let text = "The Orchard Conference,\n\n1. Notes the survey of old trees;\n\n2. REQUESTS that Orchards International prepare further its study of pests in the listed groves, in particular of blight;\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶2 Orchards International"]);
}

#[test]
fn a_decisions_dotted_number_is_no_paragraph_number() {
    let text = "31.10 to 31.12 Pruning of orchard trees\n\n \nDirected to Growers\n31.10 Growers should:\n  a)   send the tree count using the new form; and\n  b)   send a note on pests by 30 June 2032.\n\n \n\nDirected to the Seed Group\n\n31.11\nThe Seed Group shall take the following steps at its ninth meeting:\n\n \na)   adopt a new form for the tree count;\n\n \nb)   review the notes on pests sent by growers;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0], "¶2 Growers");
    assert_eq!(got[1], "¶2 Growers due=2032-06-30");
    assert!(got[2].starts_with("¶4 Seed Group due=at "), "{got:?}");
    assert!(got[3].starts_with("¶4 Seed Group due=at "), "{got:?}");
}

#[test]
fn a_short_link_under_the_pages_title_is_a_block_of_its_own() {
    let text = "31.20 to 31.21 Rules on pruning\n\nback to the rules page\n\n\nDecision directed to: Keeper\n\nThe Keeper shall keep a list of the old trees and send it to growers.\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶4 Keeper"]);
    let plain = "Rules on pruning\n\nback to the rules page\n\n\nThe Orchard Conference,\n\nRequests the Keeper to count the trees;\n";
    assert_eq!(brief(plain, "2031-05-17"), ["¶4 Keeper"]);
}

#[test]
fn a_span_before_each_meeting_of_a_body_is_no_deadline() {
    let text = "The Orchard Conference,\n\n1. URGES the growers to send full tree counts to the Keeper at least four months prior to each ordinary meeting of the Orchard Conference.\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶1 Growers"]);
}
