//! One composed text per kind the fix round on `un44` (helper `hen27`) fixed: a preamble
//! in capitals opened by "ALSO RECALLING" or "WHEREAS"; an earlier instrument's request,
//! reported; numbered paragraphs run together in one block from a number other than 1;
//! "advises X that it should ..."; a report's edit of the draft before it; a due at a
//! numbered COP or at another body's meetings. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_capitalised_also_recalling_opens_a_preamble() {
    let text = "The Orchard Conference,\n\n1. RECALLING that the orchards need care;\n\n2. ALSO RECALLING that in Resolution IV.12 the Parties directed the Pest Committee to prune the old trees;\n\n3. Also noting that the Board asked the Keeper to count the hives;\n\n4. INSTRUCTS the Secretariat to count the trees;\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶4 Secretariat"]);
}

#[test]
fn a_whereas_clause_is_preamble_even_when_cut() {
    let text = "Resolution 2031-4\n\nWHEREAS Article 2 of the Orchard Charter provides that the Council may (a) encourage, recommend, or if needed, plan studies of pests; (b) collect figures on the harvest,\n\nWHEREAS the Pest Committee shall, under its own rules, consider such other matters as the Council may\n\nNOW THEREFORE the Council requests the Pest Committee to report on pests.\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶4 Pest Committee"]);
}

#[test]
fn an_earlier_instruments_request_is_reported_not_made() {
    let text = "The Orchard Committee met on 2 May 2031.\n\nBy its decision OC-4/9, the Orchard Conference requested the Committee to prepare a pest report.\n\nAccordingly, Resolution IV.26 requested the Committee at its first meeting to count the trees.\n\nThe Committee requested the Secretariat to publish the pest report.\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶4 Secretariat"]);
}

#[test]
fn numbered_paragraphs_run_together_from_a_later_number_are_split() {
    let text = "Capacity of orchards\n\nOC/2031/9/Add.1 28 150. Requests the secretariat to count the trees and to weigh the fruit; 151. Also requests the Pest Committee to report on pests; 152. Encourages the growers to share seeds; 153. Recognizes that pruning helps;\n";
    let got = brief(text, "2031-05-02");
    let paras: Vec<&str> = got.iter().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(paras, ["¶150", "¶151", "¶152"], "{got:?}");
}

#[test]
fn advises_x_that_it_should_asks_x() {
    let text = "The Orchard Committee,\n\n1. Instructs the Pest Panel to address the priorities below;\n\n2. Given the size of the Panel, the Orchard Committee advises the Pest Panel that it should take up at most six priority areas for its work.\n";
    assert_eq!(
        brief(text, "2031-05-02"),
        ["¶1 Pest Panel", "¶2 Pest Panel"]
    );
}

#[test]
fn a_reports_edit_of_the_draft_before_it_asks_nobody() {
    let text = "Orchard aid (decision 9/4)\n\n46. At its 12th meeting the Council took up a draft decision on orchard aid, dated 20 May.\n\n47. At the request of the Keeper, the Bureau agreed to revise item (d) of the draft decision by deleting the word \"annual\".\n\n48. The draft decision, as orally revised, was adopted.\n\n49. The Council requested the Keeper to report on orchard aid.\n";
    assert_eq!(brief(text, "2031-05-25"), ["¶49 Keeper"]);
}

#[test]
fn a_numbered_cop_and_another_bodys_meetings_are_events() {
    let text = "The Orchard Conference,\n\n1. INSTRUCTS the Secretariat to review the old decisions, and that the review should be done in the next three years, its results presented to COP12 for decision;\n\n2. Requests the Executive Secretary to provide the advice in time for consideration at the meetings of the Seed Convention COP;\n";
    let got = brief(text, "2031-05-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|l| l.contains(" due=at ")), "{got:?}");
}

#[test]
fn a_ranked_meeting_where_a_thing_was_done_is_no_due() {
    let text = "The Orchard Conference,\n\n1. Requests the Secretariat to: (a) update the review of the orchards submitted to the Conference at its 13th meeting (COP13), with the growers; (b) revise the plan in light of the talks held during its twelfth meeting; (c) prepare, in light of the talks held during the twelfth meeting, a plan for consideration at its 15th meeting; (d) report to the Conference at its 14th meeting;\n";
    let got = brief(text, "2031-05-02");
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(!got[0].contains("due="), "{got:?}");
    assert!(!got[1].contains("due="), "{got:?}");
    assert!(got[2].contains("due=at "), "{got:?}");
    assert!(got[3].contains("due=at "), "{got:?}");
}
