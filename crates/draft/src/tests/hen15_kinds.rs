//! One composed text per kind the fix round on `held31` (helper `hen15`) fixed: measures a
//! body decides to keep as they are ("decided to maintain the sanctions"), a pronoun a web
//! page ran into the next word ("Itstrongly urged"), and "in advance of" an undated meeting.
//! None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn measures_decided_to_be_kept_as_they_are_ask_nobody() {
    let text = "Final Communiqué of the Ninth Summit of the Orchard League\n\nThe Summit reviewed the situation in Northvale.\n\nThe Summit decided to maintain the sanctions initially imposed on Northvale until the harvest is restored.\n\nThe Summit requested the Keeper to report on the harvest in Northvale.\n";
    assert_eq!(brief(text, "2037-05-02"), ["¶4 Keeper"]);
    // Keeping something else is still an act of the body's own: "maintain its presence".
    let other = "Final Communiqué of the Ninth Summit of the Orchard League\n\nThe Summit reviewed the situation in Northvale.\n\nThe Summit decided to maintain its mission of growers in Northvale for a further year.\n";
    assert_eq!(brief(other, "2037-05-02"), ["¶3 Ninth Summit"]);
}

#[test]
fn a_pronoun_run_into_the_next_word_is_read_apart() {
    let text = "Final Communiqué of the Ninth Summit of the Orchard League\n\nThe Summit reviewed the situation in Northvale.\n\nItstrongly urged the growers of Northvale to resume the harvest.\n\nItalian growers attended the Summit as guests.\n";
    assert_eq!(brief(text, "2037-05-02"), ["¶3 Growers of Northvale"]);
}

#[test]
fn a_task_due_in_advance_of_an_undated_meeting_is_due_at_it() {
    let text = "Final Communiqué of the Ninth Summit of the Orchard League\n\nThe Summit reviewed the situation in Northvale.\n\nThe Summit requested the Keeper to prepare a report on the harvest in advance of the next Summit.\n";
    let got = brief(text, "2037-05-02");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶3 Keeper due="), "{got:?}");
}
