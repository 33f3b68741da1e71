//! The Arabic kinds of the fix round on res15 (helper har6): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at 6c32859).

use crate::tests::brief::arabic as brief;

#[test]
fn a_past_request_with_a_phrase_before_min_asks_its_addressee() {
    // "وطلب المجلس في بيان له من X تقديم ...": "in a statement of its" stands between.
    let text = "خبر\n\nوطلب مجلس الواحات في بيان له من لجنة المراعي تقديم تقرير شفوي إلى المجلس في دورته المقبلة.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 لجنة المراعي due=at 2031 (دورته المقبلة)"]
    );
}

#[test]
fn a_decision_that_deems_is_done_there_and_then() {
    // "قرر المؤتمر اعتبار خطب X وثائق رسمية": deemed at once, no act to follow.
    let text =
        "بيان\n\n9 - قرر المؤتمر اعتبار خطب رئيس الواحات ورئيس المراعي وثائق رسمية للمؤتمر.\n";
    assert!(
        brief(text, "2030-03-06").is_empty(),
        "{:?}",
        brief(text, "2030-03-06")
    );
}
