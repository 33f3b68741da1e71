//! One composed text per kind the fix round on `held52` (helper `hen48`) fixed. None is a
//! sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn a_ruling_groups_council_in_a_that_clause_is_one_name() {
    let text = "Orchard statement\n\nThe Orchard Council demanded that the military council “yield the granary to the growers’ board” within a maximum period of 20 days.\n";
    let drafts = brief(text, "2036-05-04");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(
        drafts[0].starts_with("¶2 Military council due="),
        "{drafts:?}"
    );
}

#[test]
fn a_that_clause_whose_quotation_opens_with_the_verb_leaves_its_mark_off_the_name() {
    let text = "Orchard statement\n\nThe Orchard Council demanded that the valley growers “open the gates” within 20 days.\n";
    let drafts = brief(text, "2036-05-04");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(
        drafts[0].starts_with("¶2 Valley growers due="),
        "{drafts:?}"
    );
}

#[test]
fn a_lede_renaming_the_addressee_of_a_later_ultimatum_restates_it() {
    let text = "The Orchard Council has given the hill junta a 20-day ultimatum to return the granary keys to the growers.\n\nIn its statement, the Council said the seizure was unacceptable.\n\nIt demanded that the military council “return the granary keys to the growers” within a maximum period of 20 days.\n";
    let drafts = brief(text, "2036-05-04");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(drafts[0].starts_with("¶3 Military council"), "{drafts:?}");
}

#[test]
fn asking_for_a_thing_in_a_participle_calls_on_all() {
    let text = "Orchard statement\n\nThe Council condemned the raid on the granary, restating its support for the growers while asking for the prompt return of all seized carts.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶2 All States"]);
}

#[test]
fn a_social_media_line_under_the_page_title_is_a_paragraph_of_its_own() {
    let text = "Orchard Council, 3-4/05/2036\n\nOrchard Council\nFollow #ORCO\n\nMain results\n\nThe Council called for rapid agreement on the seed exchange rules.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶5 All States"]);
}

#[test]
fn a_quotation_captioned_with_its_speaker_is_not_the_bodys() {
    let text = "Orchard Council, 3-4/05/2036\n\nThe Council agreed on the seed exchange rules.\n\n\"This is a good day for the valley, so every grower is invited to join the exchange.\"\n\nJane Roe at the Orchard Council press conference\n\nThe Council called for rapid agreement on the water rules.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶5 All States"]);
}
