//! The Arabic kinds of the fix round on res32 (helper har16): one composed text per kind of
//! the rules added in that round (`ar.rs`), none a sentence of a real text. Each fails with
//! the rules before the round (branch har16 at 07a4a8a).

use crate::tests::brief::arabic as brief;

#[test]
fn instructions_by_lam_entrust_the_one_named_after_it() {
    // "أصدر المجلس تعليمات لبديل السير X بالانتقال ...": to the successor, by "لـ".
    let text = "قبل المجلس استقالة السير سالم. ثم أصدر المجلس تعليمات لبديل السير سالم بالانتقال إلى الوادي.\n";
    assert_eq!(brief(text, "2030-03-30"), ["¶1 بديل السير سالم"]);
}

#[test]
fn a_call_on_the_two_parties_joined_to_a_long_sentence_is_read() {
    // "... للوادي والساحل ودعا الطرفين إلى ...": the dual, no comma before "ودعا".
    let text = "وأشاد المجلس بالاتفاق ودعا الطرفين إلى التعاون مع ممثل الرابطة.\n";
    assert_eq!(brief(text, "2030-03-30"), ["¶1 الطرفين"]);
}

#[test]
fn a_call_s_addressee_by_lam_before_a_bare_verbal_noun() {
    // "مؤكدة "دعوتها للمجتمع الدولي احترام ..."": the community asked, not "لـ" the act.
    let text = "وأكدت المنظمة دعمها للبلدية، مؤكدة \"دعوتها للمجتمع الدولي احترام قرار اللجنة\".\n";
    assert_eq!(brief(text, "2030-03-30"), ["¶1 المجتمع الدولي"]);
}

#[test]
fn a_renewed_call_after_a_subject_with_an_aside() {
    // "جددت منظمة X، التي ...، اليوم الاثنين، دعوتها لتطبيق ...": the call, naming no one.
    let text = "جددت منظمة البساتين الإقليمية، التي تضم في عضويتها 12 بلدية، اليوم الاثنين، دعوتها لتطبيق قرارات اللجنة.\n";
    assert_eq!(brief(text, "2030-03-30"), ["¶1 جميع الدول"]);
}

#[test]
fn two_construct_heads_sharing_one_genitive_are_one_name() {
    // "ودعوة منظمات ومؤسسات العمل المشترك المعنية إلى ...": one addressee.
    let text =
        "قرر المجلس دعوة منظمات ومؤسسات العمل الزراعي المشترك المعنية إلى الاستفادة من الدليل.\n";
    assert_eq!(
        brief(text, "2030-03-30"),
        ["¶1 منظمات ومؤسسات العمل الزراعي المشترك المعنية"]
    );
}
