//! The Arabic kinds of the fix round on res23 (helper har11): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at ffb9e46).

use crate::tests::brief::arabic as brief;

#[test]
fn a_call_s_noun_with_the_body_as_its_doer_asks_the_addressee_after_it() {
    // "دعوة المجلس X إلى ..." in a list of conclusions: the council calls, X is asked; an
    // adjective after the body's head keeps it the addressee ("دعوة المجلس الأعلى ...").
    let text = "خبر\n\nعقد مجلس اتحاد المزارعين دورة غير عادية لبحث الفيضانات.\nوقد خلص المجلس إلى ما يلي:\nإدانة الاعتداءات على المزارع.\nدعوة المجلس الدول والمنظمات الإقليمية إلى تقديم الدعم العاجل إلى المزارعين.\nدعوة المجلس الأعلى إلى صيانة السدود.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 الدول | المنظمات الإقليمية", "¶2 المجلس الأعلى"]
    );
}

#[test]
fn a_call_repeated_in_the_past_is_the_call_renewed() {
    // "وكرر المجلس مطالبته بـ ..." names no one; "وكرر دعوته X إلى ..." asks X, as "جدد".
    let text = "خبر\n\nوأكد المجلس أهمية الري، وكرر مطالبته برفع جميع القيود عن الصادرات الزراعية.\n\nوكررت اللجنة دعوتها الدول الأعضاء إلى حماية الآبار.\n";
    assert_eq!(
        brief(text, "2030-03-06"),
        ["¶2 جميع الدول", "¶3 الدول الأعضاء"]
    );
}

#[test]
fn a_proposal_that_names_no_addressee_by_its_opener_asks_no_one() {
    // "اقترح المندوب X، إعادتها ..." and "اقترح الوزير إنشاء ..." (a proposal with no "على
    // Y"): no mandate, where "اقترح X على Y + verbal noun" still asks Y.
    let text = "خبر\n\nوكان نص المشروع حذف كلمة من الفقرة الأولى، وعليه فقد اقترح المندوب الفرنسي، إعادتها لكن المقترح لم يحظ بموافقة المجلس.\n\nواقترح المجلس على الأمين العام إعداد دراسة عن الري.\n\nواقترح الوزير إنشاء صندوق للآبار.\n";
    assert_eq!(brief(text, "2030-03-06"), ["¶3 الأمين العام"]);
}

#[test]
fn who_tabled_a_draft_describes_it_and_is_no_act_of_the_body() {
    // "وافق X على مشروع قرار تقدمت به الدول ...، يطالب بـ ...": the draft's sponsors, then
    // its call (restated below: drafted once, there).
    let text = "خبر\n\nوافق مجلس الوديان، مساء الأحد، على مشروع قرار تقدمت به البلديات الأعضاء في المجلس، يطالب بوقف القتال في الإقليم.\n\nويطالب القرار بوقف فوري للقتال في الإقليم.\n";
    assert_eq!(brief(text, "2030-03-04"), ["¶3 جميع الدول"]);
}

#[test]
fn a_call_praised_as_someone_s_initiative_asks_no_one() {
    // "وأشاد البيان بـ X، لمبادرته بالدعوة لانعقاد ...": X's initiative is praised; the
    // body calls on no one.
    let text = "خبر\n\nوأشاد البيان بقيادة الرئيس سالم الحداد - حفظه الله - ، لمبادرته بالدعوة لانعقاد مؤتمر للمياه في الرباط.\n";
    assert!(brief(text, "2030-03-06").is_empty());
}

#[test]
fn a_time_granted_with_its_names_set_off_by_commas_is_due() {
    // "أمهل مجلس X، Y في Z، شهرين، لـ ...": Y is asked, due two months on (30 June).
    let text = "خبر\n\nأمهل مجلس الأمن والسلم الإقليمي، المجلس العسكري في الإقليم، شهرين، لتسليم السلطة إلى حكومة مدنية.\n";
    assert_eq!(
        brief(text, "2030-04-30"),
        ["¶2 المجلس العسكري في الإقليم due=At { anchor: Adoption, days: 61 }"]
    );
}
