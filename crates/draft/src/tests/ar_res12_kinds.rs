//! The Arabic kinds of the fix round on res12 (helper har5): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at 228c357).

use crate::tests::brief::arabic as brief;

#[test]
fn an_obligation_a_report_states_with_yatahattam_asks_its_bearer() {
    // "قال X إنه يتحتم على Y + verbal noun ... خلال N يوما": Y is asked, due N days on,
    // as by "يجب على".
    let text = "خبر\n\nقال اتحاد الواحات اليوم الأربعاء إنه يتحتم على مجلس الري تسليم الآبار إلى لجنة مدنية خلال 60 يوما.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 مجلس الري due=At { anchor: Adoption, days: 60 }"]
    );
}

#[test]
fn an_obligation_a_report_states_with_yajib_asks_its_bearer() {
    let text =
        "خبر\n\nقال اتحاد الواحات اليوم إنه يجب على مجلس الري أن يسلم الآبار إلى لجنة مدنية.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الري"]);
    // What a person said is a speaker's ("قال وزير الري إنه يجب على ...").
    let said = "خبر\n\nقال وزير الري في كلمته إنه يجب على مجلس الواحات أن يسلم الآبار.\n";
    assert!(brief(said, "2030-03-06").is_empty());
}

#[test]
fn a_joined_past_call_names_its_actor_in_its_that_clause() {
    // "... وطالب بأن تمتثل X لـ ...": the sentence's subject calls; X is asked.
    let text = "خبر\n\nوأعرب مجلس الواحات في القرار عن القلق البالغ بشأن حال المراعي وطالب بأن تمتثل الحكومة المؤقتة لجميع التزاماتها بموجب الميثاق.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 الحكومة المؤقتة"]);
}

#[test]
fn a_call_s_that_clause_names_a_party_by_a_noun_and_its_nisba() {
    // "طالب X بأن يمتثل الجانب الشمالي لـ ...": the defined noun and its nisba act; a
    // copula's noun does not ("بأن يكون الحل السياسي ...": a call naming no one).
    let text =
        "خبر\n\nوطالب مجلس الواحات بأن يمتثل الجانب الشمالي لجميع التزاماته بموجب الميثاق.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 الجانب الشمالي"]);
    let copula = "خبر\n\nوطالب مجلس الواحات بأن يكون الحل السياسي أساس التسوية في الوادي.\n";
    assert_eq!(brief(copula, "2030-03-06"), ["¶2 جميع الدول"]);
}

#[test]
fn a_delegate_s_appeal_to_the_body_asks_no_one() {
    // "وناشدت رئيسة وفد X في اجتماعات المجلس <name>، المجلس تفهم ...": a speaker's appeal.
    let text = "خبر\n\nوأمهل مجلس الواحات رابطة الرعاة 3 أشهر لإخلاء المراعي. وناشدت رئيسة وفد الوادي في اجتماعات مجلس الواحات سلمى الراعي، المجلس تفهم الوضع في الوادي.\n";
    assert_eq!(
        brief(text, "2030-03-03"),
        ["¶2 رابطة الرعاة due=At { anchor: Adoption, days: 92 }"]
    );
}
