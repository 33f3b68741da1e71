//! The Arabic kinds of the fix round on res53 (helper har40): one composed text per rule
//! added in that round (`table.rs`), not a sentence of a real text. Each fails with its rule
//! switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_bureau_named_after_a_past_decision_is_the_deciding_body() {
    // "قرر المكتب التنفيذي لـX <verbal noun> ...": an executive bureau named after the verb
    // decides its own act (it had been read as no named body); "وقرر المكتب تكليف Y بـ ..."
    // asks Y (the bureau had been read into the act, its actor a name from before).
    let text = "خبر\n\nقرر المكتب التنفيذي لمجلس وزراء الزراعة العرب إنشاء فريق للري في الواحات. ووافق المكتب على اقتراح اتحاد المزارعين العرب بتنظيم معرض للبذور. وقرر المكتب تكليف الأمانة الفنية للمجلس بإعداد دليل للري.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        [
            "¶2 المكتب التنفيذي لمجلس وزراء الزراعة العرب",
            "¶2 الأمانة الفنية للمجلس"
        ]
    );
}

#[test]
fn an_agreement_to_form_a_committee_is_the_agreeing_ones_decision() {
    // "واتفق الوزراء على تشكيل X، وتشكيل لجنة ... لتتابع ... خلال ثلاثة أشهر": an agreement
    // to form is decided, as an agreement to hold or draw up is (it had been left as told),
    // its dated part giving the due.
    let text = "خبر\n\nوناقش الوزراء خطة الري. واتفق الوزراء على تشكيل فريق عربي للري، وتشكيل لجنة من ثلاث دول لتتابع عمل الفريق خلال ثلاثة أشهر من صدور القرار.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 الوزراء due=At { anchor: Adoption, days: 92 }"]
    );
}
