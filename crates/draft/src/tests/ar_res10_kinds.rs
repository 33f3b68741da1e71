//! The Arabic kinds of the fix round on res10 (helper har3): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at 536c6ef).

use crate::tests::brief::arabic as brief;

#[test]
fn a_resolution_endorsed_with_sadaqa_is_the_body_s_act() {
    // "صادق X على قرار يقضي بـ ...": a verb of adoption, as "وافق ... على".
    let text = "صادق مجلس الواحات يوم الخميس على قرار يقضي بإنشاء صندوق لحفر الآبار.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس الواحات"]);
}

#[test]
fn a_resolution_s_adjective_stands_between_it_and_what_it_provides_for() {
    // "قرارا جديدا يقضي بـ ...": the adjective, like "بالإجماع", between the resolution and
    // its act.
    let text = "اعتمد مجلس الواحات أمس قرارا جديدا يقضي بإنشاء صندوق لحفر الآبار.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس الواحات"]);
}

#[test]
fn a_resolution_that_bqdy_is_one_that_provides_for_its_act() {
    // "بقضي": "يقضي" with its "ي" typed as the key beside it.
    let text = "اعتمد مجلس الواحات أمس قرارا بقضي بإنشاء صندوق لحفر الآبار.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس الواحات"]);
}

#[test]
fn a_time_granted_to_an_addressee_is_due_that_span_after_the_adoption() {
    // "أمهل X N أشهر لـ ...": X is asked, due N months on.
    let text = "خبر\n\nوأمهل مجلس الواحات رابطة الرعاة 3 أشهر لإخلاء المراعي الشمالية.\n";
    assert_eq!(
        brief(text, "2030-03-03"),
        ["¶2 رابطة الرعاة due=At { anchor: Adoption, days: 92 }"]
    );
}

#[test]
fn a_passive_grant_of_time_asks_its_addressee_within_it() {
    // "على أن يتم إمهال X شهرين لـ ...": the verbal noun made passive by "أن يتم".
    let text = "خبر\n\nوشدد المجلس على حماية المراعي، على أن يتم إمهال رابطة الرعاة شهرين لإخلاء المراعي الشمالية.\n";
    assert_eq!(
        brief(text, "2030-03-03"),
        ["¶2 رابطة الرعاة due=At { anchor: Adoption, days: 61 }"]
    );
}

#[test]
fn the_wording_of_the_text_as_subject_is_no_addressee() {
    // "ويطالب نص القرار من X أن ...": the text speaks; X is asked.
    let text = "خبر\n\nويطالب نص القرار من رابطة الرعاة أن تخلي المراعي الشمالية.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶2 رابطة الرعاة"]);
}

#[test]
fn a_time_given_in_or_within_a_muhla_is_a_span() {
    // "في مهلة N أشهر", "خلال مهلة أقصاها N أيام": counted from the adoption, as "خلال N".
    let within =
        "خبر\n\nوطلب مجلس الواحات من لجنة المراعي أن تقدم تقريرا عن الآبار في مهلة 6 أشهر.\n";
    assert_eq!(
        brief(within, "2030-03-03"),
        ["¶2 لجنة المراعي due=At { anchor: Adoption, days: 184 }"]
    );
    let at_most = "خبر\n\nوطلب مجلس الواحات من لجنة المراعي خلال مهلة أقصاها 10 أيام إحصاء الآبار.\n";
    assert_eq!(
        brief(at_most, "2030-03-03"),
        ["¶2 لجنة المراعي due=At { anchor: Adoption, days: 10 }"]
    );
}

#[test]
fn a_lede_restated_by_its_body_named_back_and_described_is_one_decision() {
    // "قرر X تمديد ... وقرر المجلس المؤلف من N ... تمديد ...": the same body, the same act.
    let text = "قرر مجلس الواحات تمديد عمل لجنة المراعي سنة أخرى. وقرر المجلس المؤلف من 12 قبيلة في اجتماعه أمس تمديد عمل اللجنة حتى الربيع.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس الواحات"]);
}

#[test]
fn a_decision_s_act_a_conference_s_statement_affirms_is_the_conference_s() {
    // "أكد البيان الختامي لمؤتمر X ... تعليق ...": the act of the body the text is of.
    let text =
        "أكد البيان الختامي لمؤتمر رابطة الواحات الذي عقد أمس تعليق عضوية بلدية التلال ستة أشهر.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶1 مؤتمر رابطة الواحات"]);
}

#[test]
fn a_decision_s_act_a_resolution_affirms_is_its_adopter_s() {
    // "وأكد القرار الذي صدر ... تجديد ...": the act of the body that adopted the text.
    let text = "خبر\n\nاعتمد مجلس الواحات أمس قرارا بشأن المراعي. وأكد القرار الذي صدر بالإجماع تجديد عمل لجنة المراعي سنة أخرى.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_decider_named_by_its_head_alone_is_the_adopter_named_in_full() {
    // "تبنى مجلس الواحات قرارا ... وقرر المجلس ...": the text's body is "مجلس الواحات",
    // not "المجلس", for what the resolution provides ("وينص القرار على ...").
    let text = "خبر\n\nتبنى مجلس الواحات أمس قرارا يعرب فيه عن قلقه من الجفاف. وينص القرار على إنشاء لجنة للآبار. وقرر المجلس أن يبقي المسألة قيد نظره.\n";
    assert_eq!(brief(text, "2030-03-03"), ["¶2 مجلس الواحات"]);
}
