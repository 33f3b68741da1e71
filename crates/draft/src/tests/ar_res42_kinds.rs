//! The Arabic kinds of the fix round on res42 (helper har26): one composed text per rule
//! added in that round (`ar.rs`), not a sentence of a real text. Each fails with the rules
//! before the round (main at 4530997).

use crate::tests::brief::arabic as brief;

#[test]
fn a_passive_entrusting_after_qad() {
    // "وقد تم تكليف X وY بـ ...": the past "تم" after "قد" opening the sentence.
    let text = "خبر\n\nعقدت لجنة المرجان اجتماعها أمس. وقد تم تكليف الأمانة الفنية ومختلف مجالس السفراء العرب بمتابعة حماية المرجان.\n";
    assert_eq!(
        brief(text, "2030-05-06"),
        ["¶2 الأمانة الفنية | مجالس السفراء العرب"]
    );
}

#[test]
fn the_view_settled_on_an_act_is_a_decision() {
    // "واستقر الرأى على ...": the meeting's decision (its body in the headline).
    let text = "اجتماع لجنة المرجان\n\nعقدت لجنة المرجان اجتماعها أمس في المدينة. واستقر الرأى على القيام بزيارة إلى الجزر.\n";
    assert_eq!(brief(text, "2030-05-06"), ["¶2 اجتماع لجنة المرجان"]);
}

#[test]
fn keeping_itself_in_session_is_no_mandate() {
    // "إبقاء X في حال انعقاد دائم": seized, as an item kept on its agenda.
    let text = "خبر\n\nوقرر المجلس إبقاء دورته في حالة انعقاد دائم. وقرر المجلس تشكيل لجنة لمتابعة التطورات.\n";
    assert_eq!(brief(text, "2030-05-06"), ["¶2 المجلس"]);
}
