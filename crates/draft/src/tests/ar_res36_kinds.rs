//! The Arabic kinds of the fix round on res36 (helper har20): one composed text per rule
//! added in that round (`table.rs`, `ar.rs`), not a sentence of a real text. Each fails with
//! the rules before the round (main at 3106444).

use crate::tests::brief::arabic as brief;

#[test]
fn a_misspelt_participle_asks_as_its_verb() {
    // "دعيا X، إلى ...": "داعيا" with its alif dropped, a participle that asks X.
    let text = "خبر\n\nوأكد مجلس البساتين دعمه للمزارعين، دعيا لجنة الري، إلى إعداد خطة للآبار.\n";
    assert_eq!(brief(text, "2030-01-15"), ["¶2 لجنة الري"]);
}

#[test]
fn two_addressees_after_a_members_qualifier_are_two() {
    // "الدول الأعضاء في الاتحاد X والمجتمع الدولي، إلى ...": the members of X and the
    // international community, two addressees; the "في" qualifier names whose members.
    let text = "خبر\n\nودعا مجلس البساتين في بيان، الدول الأعضاء في الاتحاد الزراعي والمجتمع الدولي، إلى دعم المزارعين.\n";
    assert_eq!(
        brief(text, "2030-01-15"),
        ["¶2 الدول الأعضاء في الاتحاد الزراعي | المجتمع الدولي"]
    );
}

#[test]
fn a_ministry_by_its_short_name_calls_and_names_no_one() {
    // "طالبت المالية في بيان آخر، بموافاتها ببيانات ...": the ministry ("المالية", its short
    // name) calls, asking no one by name: all States, as a call naming no one.
    let text = "خبر\n\nكما طالبت الزراعة في بيان آخر، بموافاتها ببيانات عن الآبار.\n";
    assert_eq!(brief(text, "2030-01-15"), ["¶2 جميع الدول"]);
}

#[test]
fn a_ministry_calls_those_it_names() {
    // "دعت وزارة X جميع Y بضرورة ... في أجل أقصاه 15 يناير من الشهر الجاري": the ministry
    // calls (a body that speaks), the ones after it are asked, due that day.
    let text = "خبر\n\nدعت وزارة الزراعة جميع البلديات بضرورة تزويدها بتقرير الآبار، في أجل أقصاه 15 يناير من الشهر الجاري.\n";
    assert_eq!(
        brief(text, "2030-01-02"),
        ["¶2 جميع البلديات due=2030-01-15"]
    );
}

#[test]
fn a_ministrys_government_goes_on_with_its_name() {
    // "وزارة المالية بحكومة X": whose ministry, not the one asked.
    let text =
        "خبر\n\nدعت وزارة الزراعة بحكومة الوادي الأخضر جميع البلديات إلى تزويدها بتقرير الآبار.\n";
    assert_eq!(brief(text, "2030-01-02"), ["¶2 جميع البلديات"]);
}

#[test]
fn all_of_one_and_another_are_two_addressees() {
    // "جميع القطاعات والوحدات الإدارية": all of the first, and the second besides.
    let text = "خبر\n\nدعا مجلس البساتين جميع البلديات والمجالس المحلية إلى حماية الآبار.\n";
    assert_eq!(
        brief(text, "2030-01-02"),
        ["¶2 جميع البلديات | المجالس المحلية"]
    );
}
