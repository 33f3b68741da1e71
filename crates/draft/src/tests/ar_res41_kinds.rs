//! The Arabic kinds of the fix round on res41 (helper har25): one composed text per rule
//! added in that round (`ar.rs`), not a sentence of a real text. Each fails with the rules
//! before the round (main at b557fbe).

use crate::tests::brief::arabic as brief;

#[test]
fn a_pluperfect_decision_at_the_bodys_own_meeting() {
    // "وكان مجلس X قد قرر في اجتماعه الطارئ أمس تشكيل لجنة ... للعمل على ...": the
    // council's decision, told in the pluperfect, its meeting between verb and act.
    let text = "خبر\n\nأكد الأمين العام أن اللجنة ستسافر قريبا. وكان مجلس رابطة البحار قد قرر في اجتماعه الطارئ أمس تشكيل لجنة فنية من خمسة خبراء للعمل على حماية المرجان.\n";
    assert_eq!(brief(text, "2030-05-06"), ["¶2 مجلس رابطة البحار"]);
}

#[test]
fn a_pluperfect_decision_of_another_or_at_an_earlier_meeting_stays_told() {
    // Another subject, or an earlier meeting named: told, nothing drafted.
    let text = "خبر\n\nوكان الوفد قد قرر في اجتماعه أمس تشكيل لجنة للري. وكان مجلس رابطة البحار قد قرر في اجتماعه السابق تشكيل لجنة للمرجان.\n";
    assert!(brief(text, "2030-05-06").is_empty());
}

#[test]
fn pointing_on_without_a_subject_goes_on_with_the_speaker() {
    // "وأوضح الأمين العام المساعد ... أن ... . واشار الى الفجوة ... داعيا إلى ... وطالب
    // باستغلال ...": the official still speaks; his call and demand are no mandates.
    let text = "خبر\n\nبدأت اليوم اجتماعات مجلس رابطة البحار. وأوضح الأمين العام المساعد للرابطة سعيد البحري أن الصيد يتراجع. واشار الى الفجوة الغذائية داعيا إلى ضرورة الاهتمام بتنفيذ الخطط وطالب باستغلال كافة الإمكانيات المتاحة للدول الساحلية لحماية المرجان.\n";
    assert!(brief(text, "2030-05-06").is_empty());
}
