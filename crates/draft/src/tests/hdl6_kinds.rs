//! One composed text per kind helper `hdl6` fixed (un55's misses, texts chosen for their
//! deadlines: decisions of a treaty's conference of the parties and a council's press
//! release): a deadline after an aside that ends the action, a span counted from the end of
//! a meeting the text does not date, an organ's name alone on its line without its comma,
//! and a segment's theme set by a passive. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_day_after_an_aside_that_ends_the_action_is_the_actions() {
    let text = "The Orchard Conference,\n\n1. Requests the Keeper to prepare draft rules on pruning, taking into account the views growers sent to date and the talks at the ninth meeting of the Orchard Conference, for posting on the orchard website by 30 November 2031;\n\n2. Requests the Keeper to prepare a note on pests, taking into account the views sent by growers, for consideration by the Seed Group at its ninth meeting;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶1 Keeper due=2031-11-30", "¶2 Keeper due=at 2032"]
    );
}

#[test]
fn a_span_from_the_end_of_an_undated_meeting_is_due_at_that_meeting() {
    let text = "The Orchard Conference,\n\n1. Invites growers to send to the Keeper, within two months of the end of the ninth meeting of the Seed Group, their views on the harvest;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("¶1 Growers due=at "), "{got:?}");
}

#[test]
fn an_organs_name_alone_on_its_line_without_its_comma_is_the_body() {
    let text = "Share page\n\nThe Orchard Conference\n1.Decides to include the pruning rules in the work plan of the Seed Group;\n2.Requests the Keeper to count the trees;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶1 Orchard Conference", "¶2 Keeper"]
    );
}

#[test]
fn a_segments_theme_set_by_a_passive_asks_nobody() {
    let text = "ORCHARD NEWS\n\nThe Orchard Council today adopted three decisions.\n\nIn a second decision, the Orchard Council decided that its pruning segment's work should be devoted to the new rules.\n";
    assert!(brief(text, "2031-05-17").is_empty());
}

#[test]
fn a_numbered_bare_renewal_of_a_mandate_is_the_bodys_own() {
    let text = "The Orchard Conference,\n\n1. Extends the mandate of the Seed Group to also review the pruning rules;\n\n2. Requests the Seed Group to continue its work;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶1 Orchard Conference", "¶2 Seed Group"]
    );
    // A communiqué's renewal of the mediators' mandate stays uncounted.
    let told = "The Orchard Summit met in Westvale on 3 May 2031. The Summit extends the mandate of the mediators for six months.\n";
    assert!(
        brief(told, "2031-05-03").is_empty(),
        "{:?}",
        brief(told, "2031-05-03")
    );
}

#[test]
fn an_organs_name_run_on_from_a_link_line_is_the_body() {
    let text = "Skip to main content\nThe Orchard Conference\n1.Welcomes the work of the Seed Group;\n2.Requests the Keeper to count the trees;\n3.Decides to review the pruning rules;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶2 Keeper", "¶3 Orchard Conference"]
    );
}

#[test]
fn a_later_letter_after_an_item_cut_from_its_opener_is_a_paragraph_of_its_own() {
    let text = "To count the trees in each valley;\n\n\nTo list the growers for consideration by the Orchard Assembly;\n\n(e) Decides to convene one meeting before the fifth session of the Orchard Assembly; (f) Requests the Keeper to report to the Orchard Assembly at its fifth session;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|m| m.starts_with("¶3 ")), "{got:?}");
}

#[test]
fn a_named_subjects_would_in_a_release_that_gives_a_texts_terms_is_a_request() {
    let text = "ORCHARD NEWS\n\nThe Orchard Council today extended the mandate of the Orchard Mission (ORMIS) until 15 March 2032.\n\nBy other terms, the Council demanded that the parties end the raids.\n\nTo support the talks, ORMIS would use its good offices and join the monitoring board, with its Orchard Guard authorized to patrol the valley roads.  More broadly, ORMIS would work to guard the growers.\n\nThe Council could bar travel by people named by a Committee, set up through the text for one year. That Committee would send its findings to the Orchard Council within 30 days.\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        [
            "¶3 Parties",
            "¶4 ORMIS",
            "¶4 Orchard Guard",
            "¶4 ORMIS",
            "¶5 Committee due=At { anchor: Adoption, days: 30 }",
        ]
    );
    // A release that gives no text's terms: a forecast, no request.
    let forecast = "ORCHARD NEWS\n\nThe Orchard Council met today.\n\nNext year, ORMIS would work to guard the growers.\n";
    assert!(brief(forecast, "2031-05-17").is_empty());
}
