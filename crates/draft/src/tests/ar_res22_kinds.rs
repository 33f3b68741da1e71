//! The Arabic kinds of the fix round on res22 (helper har10): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at 3e65916).

use crate::tests::brief::arabic as brief;

#[test]
fn a_directive_names_its_addressee_after_an_office_holder_and_a_day() {
    // "وجه رئيس X بالنيابة [name]، اليوم الخميس، Y بالإسراع في ...": Y is directed.
    let text = "خبر\n\nوجه رئيس المجلس البلدي بالنيابة سالم الحداد، اليوم الخميس، لجنة الخدمات البلدية بالإسراع في صيانة الطرق.\n\nووجه القادة، أمس، اللجنة الفنية بالتنسيق مع البلديات.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 لجنة الخدمات البلدية", "¶3 اللجنة الفنية"]
    );
}

#[test]
fn a_participle_of_affirming_restates_the_call_its_noun_makes() {
    // "..., مؤكدا دعوة X إلى ...": X is called on, as with "مجددا دعوته".
    let text = "خبر\n\nوأدان المؤتمر الهجمات على المزارع، مؤكداً دعوة المجتمع الدولي إلى الاضطلاع بمسؤولياته لحماية المزارعين.\n\nوأكدت اللجنة أهمية الري، مؤكدة ضرورة ترشيد المياه.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 المجتمع الدولي"]);
}

#[test]
fn the_meeting_a_closing_statement_is_of_belongs_to_its_subject() {
    // "أوصى البيان الختامي للمؤتمر X [الذي عقد ...] بضرورة ...": a call naming no one, not
    // one to the meeting; an addressee after the meeting's name is still asked.
    let text = "خبر\n\nأوصى البيان الختامي للمؤتمر الإقليمي الثالث للمياه الذي عقد في عمان اليوم بضرورة ترشيد استهلاك المياه.\n\nوطالب البيان الختامي للمؤتمر بمكافحة التصحر.\n\nوطالب البيان الختامي للمؤتمر الدول الأعضاء بحماية الآبار.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 جميع الدول", "¶3 جميع الدول", "¶4 الدول الأعضاء"]
    );
}

#[test]
fn a_call_for_sending_forces_by_lam_names_no_one() {
    // "بدعوة لنشر قوات X ...": the forces deployed are no addressee, as after "إلى نشر".
    let text =
        "خبر\n\nاختتم مجلس البساتين أعماله بدعوة لنشر قوات حفظ وحماية دولية في المناطق المنكوبة.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 جميع الدول"]);
}
