//! One composed text per kind the fix round on `held47` (helper `hen41`) fixed: a news
//! page reporting one official's statement, whose calls open with the page's short name for
//! that official ("The official pressed ...", "The Union's Commission chief also called on
//! ..."), read as the statement's own calls as "The Chairperson ..." is; and the page's
//! lede that sums those calls up ("has called on the rival growers to stop X"), its verb
//! given by a call below and its actors asked there by their head noun. None is a
//! sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn the_official_whose_statement_a_page_reports_makes_its_calls() {
    assert_eq!(
        brief(THE_OFFICIAL, "2031-03-14"),
        ["¶3 Hill growers", "¶4 Valley millers"]
    );
}

#[test]
fn an_official_who_is_not_the_sentence_opening_subject_changes_nothing() {
    assert_eq!(brief(NOT_OPENING, "2031-03-14"), Vec::<String>::new());
}

#[test]
fn a_lede_summing_up_the_calls_below_is_not_drafted_again() {
    assert_eq!(
        brief(SUMMING_LEDE, "2031-03-14"),
        ["¶3 Hill farmers | Seed traders", "¶4 Other rival growers"]
    );
}

#[test]
fn a_lede_whose_actors_are_not_asked_below_stays() {
    assert_eq!(
        brief(OTHER_LEDE, "2031-03-14"),
        ["¶1 Rival millers", "¶3 Hill farmers | Seed traders"]
    );
}

const SUMMING_LEDE: &str = "The Orchard Union has called on the rival growers to stop burning the shared seed stores in the hills.\n\nIn a note released on Friday, the Chairperson of the Union, Ana Lind, voiced concern over the fires.\n\nThe official particularly urged the hill farmers and the seed traders to stop burning the crops in the valley, which harms the harvest.\n\nThe OU Commission chief also called on the other rival growers to end the fires at once.\n";

const OTHER_LEDE: &str = "The Orchard Union has called on the rival millers to stop burning the shared seed stores in the hills.\n\nIn a note released on Friday, the Chairperson of the Union, Ana Lind, voiced concern over the fires.\n\nThe official particularly urged the hill farmers and the seed traders to stop burning the crops in the valley, which harms the harvest.\n";

const THE_OFFICIAL: &str = "In a note released on Friday, the Chairperson of the Orchard Union, Ana Lind, voiced concern over the seed shortage in the hills.\n\nShe said the shortage had lasted two seasons.\n\nThe official particularly urged the hill growers to share their stored seed with the lowland farms.\n\nThe OU Commission chief also called on the valley millers to reopen the shared granary before the harvest.\n";

const NOT_OPENING: &str = "In a note released on Friday, the Orchard Union voiced concern over the seed shortage in the hills.\n\nA report seen by the official urged the hill growers to share their stored seed.\n";
