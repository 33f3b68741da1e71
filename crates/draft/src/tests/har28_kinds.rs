//! The Arabic kinds of the fix round on res44 (helper har28): one composed text per rule
//! added in that round (`ar.rs`, `table.rs`), not a sentence of a real text. Each fails
//! with the rules before the round (main at abe4d9b4).

use crate::tests::brief::arabic as brief;

#[test]
fn a_bureau_asks_of_the_one_after_its_opener() {
    // "طلب المكتب التنفيذي من X ...": the bureau speaks; X is asked (the bureau had been
    // drafted as its own addressee).
    let text =
        "خبر\n\nوبشأن تبادل البذور، طلب المكتب التنفيذي من الهيئة الزراعية إعداد دليل للمشاتل.\n";
    assert_eq!(brief(text, "2030-05-06"), ["¶2 الهيئة الزراعية"]);
}

#[test]
fn a_ministerial_council_keeps_its_sector_in_its_name() {
    // "قرر المجلس الوزاري العربي للزراعة ...": the council's sector is part of its name
    // (it had been cut after "العربي").
    let text = "خبر\n\nقرر المجلس الوزاري العربي للزراعة متابعة خطة البساتين.\n";
    assert_eq!(
        brief(text, "2030-05-06"),
        ["¶2 المجلس الوزاري العربي للزراعة"]
    );
}

#[test]
fn a_numbered_meeting_of_a_bureau_speaks_for_the_bureau() {
    // "قرر الاجتماع الثالث للمكتب التنفيذي ...": the bureau whose meeting it is decides
    // (the meeting itself had been drafted as the actor).
    let text = "خبر\n\nقرر الاجتماع الثالث للمكتب التنفيذي لاتحاد البساتين تنظيم ندوة عن الري.\n";
    assert_eq!(
        brief(text, "2030-05-06"),
        ["¶2 المكتب التنفيذي لاتحاد البساتين"]
    );
}
