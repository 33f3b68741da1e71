//! One composed text per kind the fix round on `un42` (helper `hen25`) fixed: a body's
//! name run on into the that-clause of its next line; "decided that <another meeting>
//! would be held in ..."; a bare subjunctive passive under "Agreed that"; a participle
//! "encouraged to" inside a view's object; a date line over a picture's caption; and "as
//! from its ninth session in D" (a start). None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_body_named_on_a_line_whose_that_clause_runs_on_keeps_its_name() {
    let text = "On 3 May 2031, the Orchard Assembly of Growers (\u{201c}the Assembly\u{201d}) adopted resolutions on seeds, pests and the budget for 2032.\nThe Assembly decided that the Harvest Conference would be held in Utopia, from 1 to 5 June 2032, for a period of five working days to consider:\na) The pruning of old trees;\nb) The price of seeds.\nThe Assembly also decided to establish a working group on pests.\n";
    let got = brief(text, "2031-05-03");
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|l| l.ends_with(" Assembly")), "{got:?}");
}

#[test]
fn another_meeting_to_be_held_is_a_make_up_the_bodys_next_meeting_its_own() {
    let text = "The Orchard Council met in Utopia on 2 May 2031.\n\nThe Council decided that the Harvest Conference would be held in Utopia from 1 to 5 June 2032 to consider the price of seeds.\n\nThe Council decided that its next meeting would be held in Utopia in May 2032.\n\nIt was agreed that the fourteenth session would be held in Utopia in 2033.\n";
    let got = brief(text, "2031-05-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("¶3 "), "{got:?}");
    assert!(got[1].starts_with("¶4 "), "{got:?}");
}

#[test]
fn a_bare_subjunctive_passive_under_agreed_names_no_doer() {
    let text = "Review of the Orchard Report\n\nAgreed that the closing orchard report be printed from the clean draft and be sent out by the end of the year (para. 5).\n\nAgreed that the Director-General should keep the shape of the report open from year to year (para. 6).\n";
    assert_eq!(brief(text, "2031-01-01"), ["¶3 Director-General"]);
}

#[test]
fn a_participle_encouraged_to_inside_a_views_object_asks_nobody() {
    let text = "The Orchard Assembly adopted four resolutions on 2 May 2031.\n\nThe resolution on seeds stressed the importance of prompt help by Growers and by other States required or encouraged to assist the Assembly.\n\nThe Assembly urged Growers to share their seeds.\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶3 Growers"]);
}

#[test]
fn a_date_line_over_a_long_caption_is_a_paragraph_of_its_own() {
    let text = "Summary of the Ninth Session of the Orchard Council\n\n2 May 2031\nHer Excellency Ms Ann Tree, Permanent Representative of the Republic of Utopia to the Orchard Organisation for the Prohibition of Pests\n\nThe Chairperson of the Orchard Council opened the session on 30 April 2031.\n\nThe Council decided to consider the pest plan further at its next regular session.\n";
    let got = brief(text, "2031-05-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶5 "), "{got:?}");
}

#[test]
fn as_from_a_session_in_a_year_is_a_start_not_a_due() {
    let text = "The Orchard Assembly adopted resolutions on 2 May 2031.\n\nThe Assembly also decided to form a study group for the purpose of weighing the open proposals on seeds as from its ninth session in 2032.\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶2 Orchard Assembly"]);
}
