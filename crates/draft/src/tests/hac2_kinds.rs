//! One composed text per kind helper `hac2` fixed (un53's misses, texts chosen for their
//! actors: missions, panels and committees named by a council): an appositive that names a
//! that-clause's subject, a task list item opening on a run of bare verbs, an intention's
//! day in a list's chapeau, and requests told by their noun ("made a series of requests
//! to"). None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_name_set_after_the_subject_asks_nothing_of_its_own() {
    let text = "ORCHARD NEWS\n\nThe Orchard Council decided that the Orchard Mission, known as ORMIS should guard all the valleys.\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶2 Orchard Mission"]);
}

#[test]
fn a_task_opening_on_a_run_of_verbs_is_the_panels() {
    let text = "The Orchard Council,\n\nRequests the Keeper to form a group of experts (the Panel), and decides that the Panel shall perform the following duties:\n\n(a) Assist the Committee in its work;\n\n(b) Count, weigh and record the seeds sold through markets to growers and traders in the valleys;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶2 Keeper", "¶2 Panel", "¶2 Panel"]
    );
}

#[test]
fn an_intentions_day_in_the_chapeau_is_no_deadline_of_the_tasks() {
    let text = "The Orchard Council,\n\nRequests the Keeper to form a group of experts (the Panel), expresses its intent to review the group no later than 1 June 2033, and decides that the Panel shall perform the following duties:\n\n(a) Assist the Committee in its work;\n\n(b) Provide to the Council an interim report by 1 May 2032;\n";
    assert_eq!(
        brief(text, "2031-05-17"),
        ["¶2 Keeper", "¶2 Panel", "¶2 Panel due=2032-05-01"]
    );
}

#[test]
fn requests_told_by_their_noun_ask_the_one_they_are_made_to() {
    let text = "ORCHARD NEWS\n\nThrough the text, the Orchard Council made a series of requests to the Keeper, among them, to count the trees before the frost.\n";
    assert_eq!(brief(text, "2031-05-17"), ["¶2 Keeper"]);
}
