//! The Arabic kinds of the fix round on res38 (helper har22): one composed text per rule
//! added in that round (`ar.rs`), not a sentence of a real text. Each fails with the rules
//! before the round (main at 2e0879d).

use crate::tests::brief::arabic as brief;

#[test]
fn an_agreement_to_draw_up_something_is_the_agreeing_ones_act() {
    // "اتفق وزراء X في ختام هذه الدورة على وضع تصور ...": an agreement to draw up (or
    // prepare) something is their decision, as "اتفق ... على عقد" is; where they agreed
    // ("في ختام" their meeting) stands between.
    let text = "خبر\n\nو اتفق وزراء الزراعة في ختام هذه الدورة على وضع تصور مشترك لحماية الآبار.\n\nواتفق المجتمعون على إعداد دليل موحد للري.\n";
    assert_eq!(
        brief(text, "2030-02-01"),
        ["¶2 وزراء الزراعة", "¶3 المجتمعون"]
    );
}

#[test]
fn a_body_approving_its_own_next_session_meets() {
    // "أقرت الجمعية X عقد دورتها المقبلة في Y": the body approves holding its own next
    // session (the verbal noun "عقد" and a meeting's noun), so it is to meet then; "أقر
    // المجلس عقد الإيجار" approves a contract, nothing asked.
    let text = "خبر\n\nأقرت الجمعية العامة لاتحاد البساتين عقد دورتها المقبلة في الواحة بدل العاصمة، بتصويت 40 عضوا.\n\nوأقر المجلس عقد الإيجار الجديد.\n";
    assert_eq!(
        brief(text, "2030-02-01"),
        ["¶2 الجمعية العامة لاتحاد البساتين"]
    );
}
