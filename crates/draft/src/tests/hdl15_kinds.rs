//! One composed text per kind helper `hdl15` fixed (un64's misses, a commission's round-up
//! press page): a sub-headline wrapped inside a phrase over two one-line blocks, its first
//! half ending on a word with no mark at all, is one place; the acts a round-up's lead sums
//! up by their number, set out one by one after it in its paragraph, are not drafted again.
//! None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_sub_headline_wrapped_inside_a_phrase_is_one_place() {
    let text = "ORCHARD NEWS\n\nOR/77\n\nORCHARD COMMISSION ENDS ITS TENTH MEETING AFTER NINE TEXTS\n\nRound-Up of Meeting\n\n\nCommission of Growers Sets Up Posts for Three Independent\n\nKeepers, Including on Seeds, Pests and Young Trees\n\n\nThe Orchard Commission ended its meeting today after nine texts.\n\n\nIt also requested the Chief Keeper to count the trees of the valley.\n";
    assert_eq!(brief(text, "2031-04-22"), ["¶7 Chief Keeper"]);
}

#[test]
fn a_short_label_over_a_headline_stays_apart() {
    // A short label ("Round-Up of Meeting") over an upper-case headline, or over a title
    // line of another case, is a place of its own: no wrapped line.
    let text = "ORCHARD NEWS\n\nRound-Up of Meeting\n\n\nORCHARD COMMISSION ENDS ITS TENTH MEETING\n\n\nThe Orchard Commission requested the Chief Keeper to count the trees.\n";
    assert_eq!(brief(text, "2031-04-22"), ["¶4 Chief Keeper"]);
    let cased = "ORCHARD NEWS\n\nCommission of Growers Sets Up Posts for Its Keepers\n\nGROWERS ALSO MEET\n\nThe Orchard Commission requested the Chief Keeper to count the trees.\n";
    assert_eq!(brief(cased, "2031-04-22"), ["¶4 Chief Keeper"]);
}

#[test]
fn a_sub_headline_wrapped_after_a_word_no_title_ends_on_is_one_place() {
    let text = "ORCHARD NEWS\n\nOR/78\n\nORCHARD COMMISSION ENDS ITS ELEVENTH MEETING\n\n\nCommission of Growers Sets Up Two Posts and a Fund for\n\nKeepers of Seeds and Young Trees\n\n\nThe Orchard Commission ended its meeting today after nine texts.\n\n\nIt also requested the Chief Keeper to count the trees of the valley.\n";
    assert_eq!(brief(text, "2031-04-22"), ["¶6 Chief Keeper"]);
}

#[test]
fn a_headline_over_a_whole_sub_headline_stays_two_places() {
    // Each title is whole: the first ends on a noun and the second opens with no comma.
    let text = "ORCHARD NEWS\n\nCommission of Growers Sets Up Two Posts for Its Keepers\n\nGrowers Ask the Keepers to Count Young Trees Each Spring\n\nThe Orchard Commission requested the Chief Keeper to count the trees.\n";
    assert_eq!(brief(text, "2031-04-22"), ["¶4 Chief Keeper"]);
}

#[test]
fn a_dateline_under_a_headline_stays_apart() {
    // "<city>, <day>" opens with a word and a comma, as a wrapped half may, but holds a
    // figure: it is the story's dateline, a place of its own.
    let text = "Orchard Council of Growers Holds Its Tenth Ordinary Meeting\n\nWestvale, 15 April 2031\n\nThe Orchard Council requested the Chief Keeper to count the trees.\n";
    assert_eq!(brief(text, "2031-04-15"), ["¶3 Chief Keeper"]);
}

#[test]
fn the_acts_a_round_ups_lead_sums_up_are_not_drafted_again() {
    // The lead sums up the posts; the sentences after it set each out, by the same body,
    // in the same paragraph. A request of another actor among them stays.
    let text = "ORCHARD NEWS\n\nThe Orchard Commission ended its meeting today after nine texts.\n\nThe Commission decided to establish three posts for its keepers of trees. It decided to establish a post for a keeper of seeds for two years. The Commission also decided to request the Chief Warden to name a guide on young trees. Moreover, it decided to create a post for a keeper of old trees.\n\nThe Commission also decided to name, for three years, a keeper of pests.\n";
    assert_eq!(
        brief(text, "2031-04-22"),
        [
            "¶3 Orchard Commission",
            "¶3 Chief Warden",
            "¶4 Orchard Commission"
        ]
    );
}

#[test]
fn acts_set_out_with_no_sum_before_them_are_each_drafted() {
    // No lead sums them up: each post is a decision of its own.
    let text = "ORCHARD NEWS\n\nThe Commission decided to establish a post for a keeper of seeds. It decided to create a post for a keeper of old trees.\n";
    assert_eq!(
        brief(text, "2031-04-22"),
        ["¶2 Commission", "¶2 Commission"]
    );
}
