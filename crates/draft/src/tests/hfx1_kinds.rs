//! One composed text per kind helper `hfx1` fixed among the composed fixtures' remaining
//! deadline misses: a goal word inside an aside before the year; two years with a gap
//! joined by "and"; a yearly act on a day of the year; a period told of a body in a
//! relative clause; "in the course of" the year of adoption; a target set with its own
//! figure; "and the" a topic after a body's "for". None is a sentence of a fixture or a real
//! text.

use crate::tests::brief::Brief;

/// "¶3 Keeper due=…" with " every=…" for a recurring deadline.
fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        plain_days: true,
        every: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

const OC: &str = "The Orchard Council,\n\nRecalling its earlier work on orchards,\n\n";

#[test]
fn a_goal_word_inside_an_aside_leaves_the_year_after_it_a_deadline() {
    let text = format!(
        "{OC}1. Calls upon growers to adopt plans for the care of old trees, with clear targets, by 2038;\n\n2. Calls upon growers to achieve the targets of the seed plan by 2038;\n"
    );
    // The goal named with the year itself ("achieve the targets ... by 2038") still makes
    // it a goal's year.
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶1 Growers due=2038", "¶2 Growers"]
    );
}

#[test]
fn two_years_with_a_gap_joined_by_and_are_two_occasions() {
    let text = format!(
        "{OC}1. Asks the Keeper to report on the harvest to the Council in 2037 and 2039;\n\n2. Asks the Keeper to run the seed plan in 2037 and 2038;\n"
    );
    // Years that follow on are a period (a plan's), as before.
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶1 Keeper due=2037", "¶2 Keeper"]
    );
}

#[test]
fn a_yearly_act_on_a_day_first_falls_on_that_days_next_return() {
    let text = format!(
        "{OC}1. Encourages growers to mark the Day of the Orchard annually on 2 November;\n\n2. Encourages growers to plant a tree on 10 March each year;\n"
    );
    assert_eq!(
        brief(&text, "2036-11-13"),
        [
            "¶1 Growers due=2037-11-02 every=1 year",
            "¶2 Growers due=2037-03-10 every=1 year"
        ]
    );
    assert_eq!(
        brief(&text, "2036-03-02"),
        [
            "¶1 Growers due=2036-11-02 every=1 year",
            "¶2 Growers due=2036-03-10 every=1 year"
        ]
    );
}

#[test]
fn a_period_told_of_a_body_in_a_relative_clause_is_the_bodys_not_the_acts() {
    let text = format!(
        "{OC}1. Decides to set up a seed group on old trees, which will meet every six months;\n\n2. Asks the seed group, which will meet every six months, to report to the Council every year;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶1 Orchard Council", "¶2 Seed group every=1 year"]
    );
}

#[test]
fn and_the_topic_after_a_bodys_for_is_one_name() {
    let text = format!(
        "{OC}1. Asks the Division for Orchard Affairs and the Care of Old Trees of the Office of Growers to keep the list of old trees;\n\n2. Asks the Division for Orchard Affairs and the Office of Growers to keep the list of old trees;\n"
    );
    // A body's own noun after "and the" ("the Office of Growers") is a name of its own.
    assert_eq!(
        brief(&text, "2036-03-02"),
        [
            "¶1 Division for Orchard Affairs and the Care of Old Trees of the Office of Growers",
            "¶2 Division for Orchard Affairs | Office of Growers"
        ]
    );
}

#[test]
fn a_target_set_with_its_own_figure_leaves_its_year_a_deadline() {
    let text = format!(
        "{OC}1. Resolves to widen the orchards and to reach a target of 30 per cent more trees by 2040;\n\n2. Calls upon growers to reach the targets of the seed plan by 2040;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶1 Orchard Council due=2040", "¶2 Growers"]
    );
}

#[test]
fn in_the_course_of_the_year_of_adoption_is_a_deadline() {
    let text = format!(
        "{OC}1. Asks the Keeper to carry out the measures proposed by the Seed Group in the course of 2036;\n\n2. Asks the Keeper to attend the harvest festival in 2036;\n"
    );
    // A plain "in" the year of adoption still names when a thing happens.
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶1 Keeper due=2036", "¶2 Keeper"]
    );
}
