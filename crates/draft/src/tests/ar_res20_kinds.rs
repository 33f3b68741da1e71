//! The Arabic kinds of the fix round on res20 (helper har9): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at ef19ac3).

use crate::tests::brief::arabic as brief;

#[test]
fn a_plural_pronoun_after_thanks_asks_the_ones_thanked() {
    // "أعرب المجلس عن الشكر للدول X على ... في دعم البعثة وحثهم على مواصلة ذلك": a verb
    // after "و" with its addressee a plural pronoun, the name after "لـ" its antecedent
    // (not the singular "البعثة" named after it).
    let text = "خبر\n\nواعرب مجلس الواحات عن الشكر للدول المجاورة على مساهماتها في دعم البعثة وحثهم على مواصلة ذلك.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 الدول المجاورة"]);
}

#[test]
fn a_text_s_own_verb_of_extension_is_the_body_s_decision() {
    // "ويمدد القرار 12 شهرا للبعثة ...": as "وينص القرار على تمديد ...".
    let text =
        "خبر\n\nوافق مجلس الواحات على القرار. ويمدد القرار 12 شهرا للبعثة اعتبارا من الخميس.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الواحات"]);
}

#[test]
fn consulting_in_the_accusative_ends_the_addressee_s_name() {
    // "وطالب القرار الأمين العام التشاور مع ...", and the same cut right after "التشاور".
    let whole = "خبر\n\nوطالب القرار الأمين العام للأمم المتحدة التشاور مع حكومة الواحة.\n";
    assert_eq!(brief(whole, "2030-03-06"), ["¶2 الأمين العام للأمم المتحدة"]);
    let cut = "خبر\n\nوطالب القرار الأمين العام للأمم المتحدة التشاور\n";
    assert_eq!(brief(cut, "2030-03-06"), ["¶2 الأمين العام للأمم المتحدة"]);
}

#[test]
fn a_resolution_named_by_its_number_and_its_act_is_the_body_s_decision() {
    // "اعتمد المجلس ... القرار 2470 لتمديد ولاية ...": the number between the resolution
    // and its act.
    let text =
        "خبر\n\nاعتمد مجلس الواحات بالإجماع اليوم القرار 9120 لتمديد ولاية البعثة حتى نهاية العام.\n";
    let got = brief(text, "2030-03-06");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 مجلس الواحات"), "{got:?}");
}

#[test]
fn a_call_after_while_and_a_comma_is_the_body_s() {
    // "قرر المجلس، تمديد ...، فيما دعا إلى تشكيل ...": "while" opens a clause of the same
    // subject, a call naming no one.
    let text =
        "خبر\n\nقرر مجلس الواحات، تمديد عمل البعثة في الوادي، فيما دعا إلى تشكيل حكومة جديدة.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 مجلس الواحات", "¶2 جميع الدول"]
    );
}
