//! The Arabic kinds of the fix round on res40 (helper har24): one composed text per rule
//! added in that round (`ar.rs`, `table.rs`, `deadline.rs`), not a sentence of a real text.
//! Each fails with the rules before the round (main at 4143f40).

use crate::tests::brief::arabic as brief;

#[test]
fn where_a_demand_was_made_stands_before_its_addressee() {
    // "وطالبوا في مشروع البيان الختامي للدورة ... المنعقدة بـ X يومي D، جميع الدول
    // الأعضاء في Y، بـ ...": the draft statement they asked in is no addressee.
    let text = "خبر\n\nوطالبوا في مشروع البيان الختامي للدورة الثالثة لقمة البحار المنعقدة بالجزيرة يومي 4 و5 مايو الجاري، جميع الدول الأعضاء في رابطة البحار، بحماية المرجان.\n";
    assert_eq!(brief(text, "2030-05-06"), ["¶2 جميع الدول الأعضاء"]);
}

#[test]
fn efforts_spent_are_no_actor() {
    // "كما دعوا، إلى بذل كافة الجهود من أجل ...": what is spent is the verbal noun's
    // genitive; the call names no one.
    let text = "خبر\n\nكما دعا المجلس إلى بذل كافة الجهود من أجل حماية الغابات.\n";
    assert_eq!(brief(text, "2030-05-06"), ["¶2 جميع الدول"]);
}

#[test]
fn a_day_before_a_month_named_twice_with_a_slash() {
    // "في 5 شباط/فبراير" (no year): the next such day after the text's.
    let text = "خبر\n\nوكان المتحدث قال الاحد انه تقرر عقد اجتماع لوزراء الزراعة العرب في 5 شباط/فبراير في القاهرة لبحث الري.\n";
    assert_eq!(
        brief(text, "2030-01-30"),
        ["¶2 وزراء الزراعة العرب due=2030-02-05"]
    );
}

#[test]
fn a_second_meeting_under_one_agreement() {
    // "اتفق الوزراء على عقد الدورة N لمجلس X في شهر D وعقد الدورة M للمكتب التنفيذي ...":
    // two meetings agreed, the second the bureau's.
    let text = "خبر\n\nواتفق الوزراء على عقد الدورة الـ12 لمجلس وزراء الري في شهر نوفمبر 2030 وعقد الدورة الـ40 للمكتب التنفيذي في مقر الأمانة العامة.\n";
    assert_eq!(
        brief(text, "2030-01-30"),
        ["¶2 مجلس وزراء الري due=2030-11", "¶2 المكتب التنفيذي"]
    );
}
