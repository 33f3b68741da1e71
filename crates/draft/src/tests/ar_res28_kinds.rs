//! The Arabic kinds of the fix round on res28 (helper har14): one composed text per kind of
//! the rules added to `ar.rs` in that round, none a sentence of a real text. Each fails
//! with the rules before the round (main at f17c7ab).

use crate::tests::brief::arabic as brief;

#[test]
fn a_lede_s_general_call_given_again_by_the_text_s_own_verb_is_drafted_once() {
    // "دعا مجلس X إلى "استئناف الحوار" حول ..." then, lower down, "ويدعو القرار إلى
    // "استئناف الحوار برعاية ..."": the same call that names no one, its first two words
    // again, told by the text's own present verb: one call.
    let text = "دعا مجلس الوديان الخميس إلى \"استئناف الحوار\" حول ملف المياه للتوصل إلى حل دائم. وأعربت البلدية عن أسفها. ويدعو القرار إلى \"استئناف الحوار برعاية الأمين العام بدون شروط\"، بهدف التوصل إلى حل.\n";
    assert_eq!(brief(text, "2030-10-27"), ["¶1 جميع الدول"]);
}

#[test]
fn a_decision_told_again_by_the_text_s_verb_of_extension_in_the_next_block_is_one() {
    // "قرر مجلس X ... تمديد تجميد ...، لمدة تسعة أشهر." then the next block "ويمدد
    // القرار ... العقوبات ... حتى <day>": the decision told again, drafted once.
    let text = "مجلس الوديان يمدد عقوباته\n\nقرر مجلس الوديان، بعد مناقشته الوضع في الساحل، تمديد تجميد الأصول لمسؤولين في الساحل، لمدة تسعة أشهر.\n\nويمدد القرار الذي تم تبنيه بالإجماع، الأربعاء، العقوبات المفروضة على 12 شخصا، حتى 15 نوفمبر 2030.\n";
    assert_eq!(brief(text, "2030-02-15"), ["¶2 مجلس الوديان"]);
}

#[test]
fn a_decision_s_act_after_relative_clauses_set_off_by_commas_asks_its_addressee() {
    // "قرر مجلس X في اجتماعه ...، والذي عقد ...، والذي قرر مجلس X من قبل ...، على دعوة Y
    // لتحمل ...": the relative clauses (the pronoun with its "و") are asides, the earlier
    // decision one of them tells is no decision, and the act after them calls on Y.
    let text = "قرر مجلس اتحاد الوديان في اجتماعه الطارئ على المستوى الوزاري، والذي عقد ظهر أمس واستمر لساعات برئاسة وزير المياه بمشاركة البلديات عدا وفد الساحل، والذي قرر مجلس الاتحاد من قبل عدم استضافته في هذا الاجتماع، على دعوة مجلس الأنهار لتحمل مسؤولية حماية الآبار في الساحل، فيما رفضت بلدية ذلك القرار.\n";
    assert_eq!(brief(text, "2030-03-12"), ["¶1 مجلس الأنهار"]);
}
