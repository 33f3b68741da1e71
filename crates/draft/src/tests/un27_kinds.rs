//! One composed text per kind the fix round on `un26`/`un27` (helper `hen6`) fixed: what
//! those two blind rounds left. None is a sentence of a real text.

use crate::tests::un_kinds::brief;

#[test]
fn a_delegation_of_authority_asks_its_holder() {
    let text = "The Committee of the Growers,\n\n1. Adopts the report on its work in the vale;\n\n2. Delegates to the Board the authority to approve the final report before the next session of the Assembly of Growers.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 Board due="), "{got:?}");
    // An aside between the holder and the authority, and "the authorization".
    let aside = "The Committee of the Growers,\n\n1. Adopts the report on its work in the vale;\n\n2. Delegates to the Board of the Committee, as an exception, the authorization to sign the final report.\n";
    assert_eq!(brief(aside, "2036-03-02"), ["¶2 Board of the Committee"]);
    // Delegates as people ("Delegates to the fair discussed ...") ask nothing.
    let people = "The Committee of the Growers,\n\n1. Adopts the report on its work in the vale;\n\nDelegates to the fair of the growers discussed the harvest at length.\n";
    assert!(brief(people, "2036-03-02").is_empty());
}

#[test]
fn a_misspelt_ordinal_still_ranks_its_session() {
    let text = "The Committee of the Growers,\n\n1. Invites the Chair to report on this decision to the Committee at its twelth session.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("due=at 12th session"), "{got:?}");
    let ninth = "The Committee of the Growers,\n\n1. Invites the Chair to report to the Committee at its nineth session.\n";
    assert!(
        brief(ninth, "2036-03-02")[0].contains("due=at 9th session"),
        "{:?}",
        brief(ninth, "2036-03-02")
    );
}

#[test]
fn a_sentence_opening_it_shall_is_the_previous_sentences_obliged_actor() {
    let text = "The Board of the Vale shall, with the assistance of the Keeper, review the rules on seed stocks. It shall consider their aims and costs, and shall report its findings at the 20th meeting of the Conference of the Growers.";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("¶1 Board of the Vale"), "{got:?}");
    assert!(
        got[1].starts_with("¶1 Board of the Vale due=at 20th meeting"),
        "{got:?}"
    );
}

#[test]
fn a_draft_decision_recommended_for_adoption_is_quoted_text() {
    let text = "The Working Group of the Growers,\n\n1. Takes note of the draft seed list;\n\n2. Asks the Keeper to revise the seed list;\n\n3. Recommends that the Conference of the Growers at its tenth meeting adopt a draft decision along the following lines:\n\n1. Decides that all growers should send their returns by 31 March 2038;\n\n2. Encourages all growers to keep their seeds dry;\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], "¶2 Keeper");
    assert!(
        got[1].starts_with("¶3 Conference of the Growers due=at 10th meeting"),
        "{got:?}"
    );
    // A quoted text's lettered items, read as its paragraph's items, are quoted too.
    let quoted = "The Working Group of the Growers,\n\n1. Asks the Keeper to revise the seed list;\n\n2. Approves the following amendment to the rules:\n\n(a) The Keeper shall send the list to all growers by 31 March 2038;\n";
    assert_eq!(brief(quoted, "2036-03-02"), ["¶1 Keeper"]);
}

#[test]
fn the_topics_a_report_focuses_on_are_no_tasks() {
    let text = "The Conference of the Growers,\n\n1. Asks the growers to submit as much information as they hold on the harvest, particularly focusing on:\n\n(a) Status and trends of the seed stocks;\n\n(b) Impacts of their own actions on the aims of the Conference;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Growers"]);
    let focus = "The Conference of the Growers,\n\n1. Asks the Keeper to report on the harvest, with a particular focus on:\n\n(a) Status and trends of the seed stocks;\n\n(b) Impacts of pests on the yield;\n";
    assert_eq!(brief(focus, "2036-03-02"), ["¶1 Keeper"]);
    // "to focus on:" is the request's own infinitive: its items are tasks.
    let tasks = "The Conference of the Growers,\n\n1. Asks the Keeper to focus on:\n\n(a) Keeping the seed list;\n\n(b) Sending it to the growers;\n";
    assert_eq!(brief(tasks, "2036-03-02").len(), 2);
}
