//! The Arabic kinds of the fix round on res29 (helper har15): one composed text per kind of
//! the rules added to `ar.rs` in that round, none a sentence of a real text. Each fails
//! with the rules before the round (main at 4436782).

use crate::tests::brief::arabic as brief;

#[test]
fn an_order_asks_its_object_or_no_one() {
    // "وأمر القرار X وY بالكف عن ..." asks both; "كما أمر القرار، ...، بوقف ..." an order
    // naming no one (all States).
    let text = "قرار مجلس الوديان رقم 12 هو قرار صدر عام 1950. رأى المجلس أن الوضع خطير. وأمر القرار جميع البلديات والهيئات المعنية بالكف عن حفر الآبار في غضون ثلاثة أيام. كما أمر القرار، على وجه السرعة، بوقف فوري لضخ المياه.\n";
    assert_eq!(
        brief(text, "1950-07-15"),
        [
            "¶1 جميع البلديات | الهيئات المعنية due=At { anchor: Adoption, days: 3 }",
            "¶1 جميع الدول"
        ]
    );
}

#[test]
fn a_resolution_that_goes_on_to_authorize_by_a_verbal_noun_asks_its_addressee() {
    // "واستمر القرار بالسماح لـ X بـ ..." (the resolution went on to allow X to ...):
    // X is authorized.
    let text = "قرار مجلس الوديان رقم 40 صدر عام 1960. أدان القرار ما جرى في الساحل، واستمر القرار بالسماح للأمين العام بزيادة عدد المراقبين في الساحل من 10 إلى 20.\n";
    assert_eq!(brief(text, "1960-09-19"), ["¶1 الأمين العام"]);
}

#[test]
fn an_adopted_resolution_s_act_after_its_manner_and_day_is_the_body_s_decision() {
    // "اعتمد مجلس X قرارا بالإجماع أمس بتمديد ولاية ..." (no commas between the
    // resolution, its manner, its day and its act): the body's decision.
    let text = "مجلس الوديان يمدد ولاية البعثة\n\nاعتمد مجلس الوديان قرارا بالإجماع أمس بتمديد ولاية بعثة المراقبين في الساحل لمدة ستة أشهر إضافية.\n";
    assert_eq!(brief(text, "2030-12-21"), ["¶2 مجلس الوديان"]);
}

#[test]
fn an_addressee_s_participle_with_its_object_stays_in_the_name() {
    // "طالب القرار الدول المساهمة بقوات اتخاذ تدابير ...": "المساهمة بقوات" qualifies
    // the States (the "بـ" of "بقوات" is no ender: a participle's object).
    let text = "وأعرب مجلس الوديان عن قلقه، ثم طالب القرار الدول المساهمة بقوات اتخاذ خطوات حازمة ضد أي مخالفة.\n";
    assert_eq!(brief(text, "2030-12-21"), ["¶1 الدول المساهمة بقوات"]);
}
