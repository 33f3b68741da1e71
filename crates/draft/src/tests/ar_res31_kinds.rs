//! The Arabic kinds of the fix round on res31 (helper har16): one composed text per kind of
//! the rules added in that round, none a sentence of a real text. Each fails with the rules
//! before the round (main at 9e0af47).

use crate::tests::brief::arabic as brief;

#[test]
fn what_a_statement_includes_given_by_ila_and_a_verbal_noun_is_a_call() {
    // "وتضمن نص البيان ... إلى إعادة إطلاق ...": the statement's call, naming no one.
    let text = "وتضمن نص البيان الختامي الذي ألقاه أمين عام الرابطة إلى إعادة إطلاق المحادثات بين البلديتين على أساس الاتفاق.\n";
    assert_eq!(brief(text, "2030-03-29"), ["¶1 جميع الدول"]);
}

#[test]
fn a_draft_as_subject_before_its_present_verb_demands() {
    // "مشروع القرار يطالب بوقف ...": the draft's demand at the paragraph's head.
    let text = "رحب الرئيس بالتصويت.\n\nمشروع القرار يطالب بوقف فوري للقصف في الوادي.\n";
    assert_eq!(brief(text, "2030-09-18"), ["¶2 جميع الدول"]);
}

#[test]
fn a_demand_the_body_recalls_in_its_draft_counts() {
    // "وأشار X في <موضع> إلى مطالبته بـ ...": the demand recalled.
    let text = "وأشار مجلس الوديان في بيانه إلى مطالبته بالإفراج عن جميع المحتجزين فورا.\n";
    assert_eq!(brief(text, "2030-09-18"), ["¶1 جميع الدول"]);
}

#[test]
fn bi_an_ends_the_addressee_of_talaba() {
    // "طالب حكومة X بأن ترفع ...": the addressee ends before "بأن".
    let text = "مشروع القرار - الذي قدمته الدول الخمس - طالب حكومة وادستان بأن ترفع فورا ودون تأخير كل العوائق أمام دخول القوافل إلى الوادي.\n";
    assert_eq!(brief(text, "2030-09-18"), ["¶1 حكومة وادستان"]);
}

#[test]
fn in_the_next_three_days_is_due_the_third_day() {
    // "في الأيام الثلاثة المقبلة": due three days after the adoption.
    let text = "وأمر القرار جميع الحكومات بالكف عن القتال في الأيام الثلاثة المقبلة.\n";
    assert_eq!(
        brief(text, "2030-07-15"),
        ["¶1 جميع الحكومات due=At { anchor: Adoption, days: 3 }"]
    );
}

#[test]
fn an_announced_agreement_to_hold_a_summit_is_the_leaders_decision() {
    // "أعلن الأمين العام ... أن الزعماء اتفقوا على عقد قمة استثنائية في سبتمبر المقبل".
    let text = "اختتمت القمة أعمالها، فيما أعلن الأمين العام للرابطة أن الزعماء اتفقوا على عقد قمة استثنائية في سبتمبر المقبل.\n";
    let got = brief(text, "2030-03-27");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 الزعماء due="), "{got:?}");
}
