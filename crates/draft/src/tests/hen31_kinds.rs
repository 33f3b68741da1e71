//! One composed text per kind helper `hen31` fixed (un46's misses): a numbered decision's
//! past-tense "agreed to <act>" of the body itself, and a report prepared "for
//! consideration by the Forum" (a body's meeting the text does not date). None is a
//! sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_numbered_past_tense_agreed_to_is_the_bodys_assent_not_a_mandate() {
    let text = "ORCHARD COUNCIL\nDecisions\n17 May 2031\n\n1. The Orchard Council took note of the Keeper's report and instructed the Wardens to give it follow-up.\n\n2. The Orchard Council agreed to continue studying the old rules with a view to finding gaps, and instructed its Wardens:\n- to examine the rules on grafting;\n- to examine ways of fighting the blight.\n\n3. The Orchard Council:\n- recalling the value of seed banks, agreed to reinforce its work in this field and to enhance its links with growers;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶1 Wardens", "¶2 Wardens", "¶2 Wardens"]
    );
}

#[test]
fn agreed_to_task_another_still_asks_it() {
    let text = "ORCHARD COUNCIL\nDecisions\n17 May 2031\n\n1. The Orchard Council agreed to task the Wardens with a survey of the blight.\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶1 Wardens"]);
}

#[test]
fn a_report_for_consideration_by_a_named_body_is_due_at_its_meeting() {
    let text = "The Orchard Assembly,\n\n1. Decides that the Growers' Council should review the harvest each year; requests the Keeper to prepare a background report for consideration by the Growers' Forum;\n\n2. Requests the Keeper to send the report to the growers for consideration by the Growers' Forum at its third session;\n";
    let got = brief(text, "2031-05-17");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.contains(&"¶1 Growers' Council".to_string()), "{got:?}");
    assert!(
        got.iter().any(|l| l.starts_with("¶1 Keeper due=at ")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|l| l.starts_with("¶2 Keeper due=at ")),
        "{got:?}"
    );
}

#[test]
fn leaders_numbered_agreed_to_establish_stays_their_own() {
    let text = "Joint Communiqué of the Orchard Summit\n\nEastport, 2 May 2031\n\nThe Heads of State of Northvale and Westvale met in Eastport for their summit.\n\nThe Leaders:\n\n1. Reaffirmed their commitment to the orchards;\n\n2. Agreed to establish a joint seed bank in Eastport;\n";
    let got = brief(text, "2031-05-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 "), "{got:?}");
}

#[test]
fn a_standing_organs_consideration_names_no_meeting() {
    let text = "The Orchard Conference,\n\n1. Requests the Keeper to present findings for consideration by the Standing Committee.\n";
    assert_eq!(brief(text, "2031-05-02"), ["¶1 Keeper"]);
}
