//! The Arabic kinds of the fix round on res13 (helper har5): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (branch har5 at 29b66c0), but the last: it
//! guards the reach of the rule that reads a body's decision after "أن" and its full name
//! (which then read a lede's decision told again), and fails with that rule alone.

use crate::tests::brief::arabic as brief;

#[test]
fn an_approved_proposal_that_an_actor_act_asks_the_actor() {
    // "وافق X على اقتراح Y بأن يقوم Z بـ ...": Z is asked.
    let text = "خبر\n\nوبعد الاطلاع على تقرير اللجنة، فقد وافق أصحاب الجلالة والسمو قادة دول الواحات على اقتراح رئيس الدورة بأن يقوم مجلس الري باستكمال دراسة التقرير والرفع بما يتم التوصل إليه.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الري"]);
}

#[test]
fn a_body_s_decision_after_anna_with_its_full_name_is_read() {
    // "قال X للصحافيين أن مجلس Y والـZ التابع لـ W قرر تعليق ...": the body decided.
    let text = "خبر\n\nوقال الدبلوماسي سالم الراعي للصحافيين أن مجلس الري والمراعي التابع للاتحاد قرر تعليق مشاركة البلدية في كافة أنشطة الاتحاد.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 مجلس الري والمراعي التابع للاتحاد"]
    );
}

#[test]
fn a_resolution_approved_whose_verb_is_its_act_is_the_body_s_act() {
    // "وافق X بالإجماع على قرار يمدد لسنة مهمة ...": X decides the extension.
    let text = "خبر\n\nوافق مجلس الواحات بالإجماع على قرار يمدد لسنة مهمة لجنة المراعي في الوادي.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶2 مجلس الواحات"]);
}

#[test]
fn an_adopted_resolution_s_act_ends_with_its_sentence() {
    // "وافق X على قرار يمدد ... . ومن المقرر أن تقدم ... في كانون الثاني المقبل": the
    // month of the expected report is no due of the extension.
    let text = "خبر\n\nوافق مجلس الواحات بالإجماع على قرار يمدد لسنة مهمة لجنة المراعي في الوادي.\nومن المقرر أن تقدم اللجنة تقريرا في كانون الثاني المقبل يستند اليه المجلس.\n";
    assert_eq!(brief(text, "2030-10-31"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_decision_announced_again_by_the_body_s_shorter_name_is_one() {
    // "قرر مجلس X التابع للاتحاد ... تعليق ... . واعلن رئيسه ان مجلس X قرر ... تعليق
    // ...": the lede's decision, given again in the same paragraph.
    let text = "خبر\n\nقرر مجلس الري والمراعي التابع للاتحاد الشمالي اليوم الجمعة في الوادي تعليق عضوية البلدية في الاتحاد. واعلن رئيس مجلس الري والمراعي في ختام اجتماع مغلق ان مجلس الري والمراعي قرر وفقا للميثاق تعليق مشاركة البلدية في مؤسسات الاتحاد.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 مجلس الري والمراعي التابع للاتحاد الشمالي"]
    );
}
