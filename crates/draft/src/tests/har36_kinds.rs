//! The Arabic kinds of the fix round on res50 (helper har36): one composed text per rule
//! added in that round (`ar/`, `table.rs`), not a sentence of a real text. Each fails with
//! its rule switched off.

use crate::tests::brief::arabic as brief;

#[test]
fn a_draft_resolution_providing_for_the_cooperation_of_a_named_doer_asks_it() {
    // "وينص مشروع القرار كذلك على ضرورة تعاون X مع ...": the draft's necessity names its
    // doer in the genitive of "تعاون", as "ضرورة قيام X بـ" does.
    let text = "خبر\n\nتبنى مجلس البساتين قرارا يقضي بتشكيل فرقة للري. وينص مشروع القرار كذلك على ضرورة تعاون الحكومة المحلية مع الفرقة عبر تقديم البيانات.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        ["¶2 مجلس البساتين", "¶2 الحكومة المحلية"]
    );
}

#[test]
fn what_a_named_doer_is_expected_to_do_asks_it() {
    // "ومن المفترض أن يعين X ... خلال N يوما": a report's "it is expected that X does".
    let text = "خبر\n\nتبنى مجلس البساتين قرارا يقضي بتشكيل فرقة للري. ومن المفترض أن يعين الأمين العام للرابطة رئيس الفرقة خلال 30 يوما من صدور القرار.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        [
            "¶2 مجلس البساتين",
            "¶2 الأمين العام للرابطة due=At { anchor: Adoption, days: 30 }"
        ]
    );
}

#[test]
fn what_it_behoves_a_named_doer_to_do_asks_it() {
    // "ويجدر بـX أن ...": "it behoves X to", the doer after the preposition.
    let text = "خبر\n\nتبنى مجلس البساتين قرارا يقضي بتشكيل هيئة للري. ويجدر بالهيئة أن ترفع تقريرها الأول إلى المجلس في أقرب وقت.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 مجلس البساتين", "¶2 الهيئة"]);
}

#[test]
fn a_proviso_on_a_body_named_by_its_pronoun_asks_it() {
    // "... لجنة ... على أن ترفع نتائج أعمالها إلى ...": the proviso's doer is the body its
    // pronoun names.
    let text = "خبر\n\nقرر مجلس البساتين أن يعقد الاجتماع الأول للهيئة الفنية يوم 12 مايو المقبل على أن ترفع حصيلة أعمالها إلى المجلس في دورته المقبلة.\n";
    assert_eq!(
        brief(text, "2031-03-10"),
        [
            "¶2 مجلس البساتين due=2031-05-12",
            "¶2 الهيئة الفنية due=at 2032 (دورته المقبلة)"
        ]
    );
}

#[test]
fn a_span_from_the_start_of_the_doers_own_work_sets_no_day() {
    // "خلال N يوما من بدء عملها": counted from an event the text does not date, not from
    // the adoption (it had been drafted as N days after the adoption).
    let text =
        "خبر\n\nطلب مجلس البساتين من اللجنة الفنية تقديم تقريرها الأول خلال 45 يوما من بدء عملها.\n";
    assert_eq!(brief(text, "2031-03-10"), ["¶2 اللجنة الفنية"]);
}
