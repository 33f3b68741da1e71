//! The Arabic kinds of the fix round on res19 (helper har8): one composed text per kind of
//! the rules added to `ar.rs`, `table.rs` and `builder/mod.rs` in that round, none a
//! sentence of a real text. Each fails with the rules before the round (har8 at c3edd2a).

use crate::tests::brief::arabic as brief;

#[test]
fn the_verbal_noun_of_adoption_names_the_body_that_adopted() {
    // "تبني مجلس X ... قراراً يقضي بتمديد ...": the body its genitive; "على تبني مشروع
    // قرار ..." names the text adopted, no body.
    let text = "خبر\n\nتبني مجلس الواحات بالإجماع اليوم قراراً يقضي بتمديد ولاية البعثة لمدة عام.\n\nوصوت الأعضاء على تبني مشروع قرار قدمته المملكة الساحلية، لتمديد عمل اللجنة.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_resolution_that_renews_a_mandate_is_the_body_s_decision_told_once() {
    // "رحبت البعثة بتبني مجلس X قراراً يجدد تفويضها ... . وتبنى مجلس X قراراً بالإجماع،
    // يجدد لمدة عام تفويض البعثة": one renewal, told twice in the paragraph.
    let text = "خبر\n\nرحبت البعثة أمس بتبني مجلس الواحات، الخميس الماضي، قراراً يجدد تفويضها لمدة عام جديد. وتبنى مجلس الواحات قراراً بالإجماع، يجدد لمدة عام تفويض البعثة، ويطالب جميع الأطراف بوقف القطع فوراً.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 مجلس الواحات", "¶2 جميع الأطراف"]
    );
}

#[test]
fn two_resolutions_named_by_their_act_are_the_body_s_decision() {
    // "اعتمد المجلس ... قرارين اقترحتهما X و Y، بتمديد ولاية ...": the dual, described by
    // who proposed them (not their act).
    let text = "خبر\n\nاعتمد مجلس الواحات بالإجماع، أمس الخميس، قرارين اقترحتهما المملكة الساحلية والجمهورية الجبلية، بتمديد ولاية البعثة لمدة 12 شهراً.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_participle_cut_from_its_addressee_by_a_blank_line_asks_it() {
    // "..., طالباً" / "" / "من الأمين العام تقديم تقرير ...".
    let text = "خبر\n\nجدد مجلس الواحات تفويض البعثة لمدة عام، طالباً\n\nمن الأمين العام تقديم تقرير حول الآبار.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 الأمين العام"]);
}

#[test]
fn who_tabled_the_text_stands_before_whom_it_asks() {
    // "ويطلب القرار الذي قدمته X من الدول ... التي ... بـ ...": not "التي" (a State's
    // bare name as the relative's subject).
    let text = "خبر\n\nويطلب القرار الذي قدمته كندا من الدول المجاورة التي تدعم القطع بإنهاء دعمها للقاطعين.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 الدول المجاورة"]);
}

#[test]
fn a_resolution_the_body_backed_asks_what_it_calls_for() {
    // "دعّم مجلس X ... بالإجماع قرارا يدعو إلى فرض عقوبات ...": names no one.
    let text =
        "خبر\n\nدعّم مجلس الواحات، أمس، بالإجماع قرارا يدعو إلى فرض عقوبات على قاطعي الأشجار.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 جميع الدول"]);
}

#[test]
fn the_title_given_again_under_the_picture_is_still_the_title() {
    // The headline, the picture's caption, the headline again, then the story.
    let text = "الواحات: المجلس يمدد عمل البعثة ويطالب بتقييم مستقل للآبار\n\nصورة لبئر في الواحة\n\nالواحات: المجلس يمدد عمل البعثة ويطالب بتقييم مستقل للآبار\n\nتبنى مجلس الواحات اليوم قرارا طلب فيه من الأمين العام تقديم تقييم مستقل للآبار.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶4 الأمين العام"]);
}

#[test]
fn the_governments_of_listed_states_are_one_actor() {
    // "حكومات X وY وجمهورية Z": the last State named by its head.
    let text = "خبر\n\nوطالب المجلس حكومات الساحل والجبل وجمهورية الواحات بالكف عن قطع الأشجار.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 حكومات الساحل والجبل وجمهورية الواحات"]
    );
}
