//! The Arabic kinds of the fix round on res54 (helper har41): one composed text per rule
//! added in that round, not a sentence of a real text. Each fails with its rule switched
//! off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_passive_decided_that_clause_asks_the_agent_it_names() {
    // "وقرر X أن يتم إعداد Y من قبل Z": the passive's agent after "من قبل" is asked (the
    // verbal noun after the passive's helper had been read as the actor).
    let text = "خبر\n\nوقرر الوزراء أن يتم إعداد دليل الري من قبل خبراء زراعيين، ثم نشره.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 خبراء زراعيين"]);
}

#[test]
fn a_next_meeting_said_to_be_held_in_a_year_is_due_that_year() {
    // "ليتم عرضه في الاجتماع المقبل الذي سينعقد في <place> عام YYYY": the next meeting is
    // held in that year (it had been guessed a year after the adoption).
    let text = "خبر\n\nوكلف الوزراء الأمانة الفنية بإعداد دليل للري، ليتم عرضه في الاجتماع المقبل الذي سينعقد في الواحة عام 2033.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الأمانة الفنية due=at 2033 (2033 الاجتماع المقبل)"]
    );
}

#[test]
fn a_task_assigned_to_an_addressee_asks_it() {
    // "أسند الاجتماع لـX إجراء دراسة ...", also typed without the hamza: the one the task
    // is assigned to is asked (the verb had not been read).
    let text = "خبر\n\nواسند الاجتماع للأمانة الفنية إجراء دراسة عن الآبار.\n\nوأوكل المجلس إلى اللجنة الزراعية مهمة حصر الآبار.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الأمانة الفنية", "¶3 اللجنة الزراعية"]
    );
}

#[test]
fn a_secretariat_at_the_council_it_serves_is_one_name() {
    // "الأمانة العامة بمجلس X": the council a secretariat serves, after "بـ", is part of its
    // name (the name had ended before it), also where the task follows as a verbal noun.
    let text = "خبر\n\nودعا الاجتماع الأمانة العامة بمجلس الري إلى إعداد دليل.\n\nواسند الاجتماع للأمانة الفنية بمجلس الري إجراء دراسة عن الآبار.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الأمانة العامة بمجلس الري", "¶3 الأمانة الفنية بمجلس الري"]
    );
}

#[test]
fn a_call_after_the_text_it_is_told_in_keeps_its_second_act_as_an_act() {
    // "وأوصت القمة في بيانها بعقد A، وعقد B تعقد في دولة X": the text named right after the
    // subject is no aside a comma closes (the call's second verbal noun had been read as
    // the one asked).
    let text = "خبر\n\nوأوصت القمة في بيانها بعقد ندوة للري مرتين، وعقد معرض تنظمه دولة المقر.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 جميع الدول"]);
}
