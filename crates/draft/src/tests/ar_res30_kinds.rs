//! The Arabic kinds of the fix round on res30 (helper har15): one composed text per kind of
//! the rules added in that round (`ar.rs`, `lib.rs`, `builder/push.rs`), none a sentence
//! of a real text. Each fails with the rules before the round (branch har15 at f452aa6).

use crate::tests::brief::arabic as brief;

#[test]
fn an_encyclopedia_page_s_numbered_references_do_not_number_its_text() {
    // "المراجع" then "1. ^ ..." (a reference in Latin letters): the page's trailer, not a
    // numbered paragraph that would make the summary above it unnumbered text.
    let text = "قرار مجلس الوديان رقم 12\n\nقرار مجلس الوديان رقم 12، المتخذ في 3 مايو 2030، مدد المجلس ولاية البعثة.\n\nودعا إلى إبرام اتفاقات مع البلديات.\n\nانظر أيضًا\n\nالمراجع\n\n  1. ^ \"Council of the Valleys extends mission\". Valleys News. 3 مايو 2030.\n";
    assert_eq!(brief(text, "2030-05-03"), ["¶3 جميع الدول"]);
}

#[test]
fn a_span_set_off_before_a_passive_request_times_it() {
    // "في غضون 30 يوما، طُلب من X تقديم تقرير": the span opens the sentence, the request
    // follows the comma.
    let text = "رحب المجلس بالاتفاق. في غضون 45 يومًا، طُلب من الأمين العام تقديم تقرير عن الري.\n";
    assert_eq!(
        brief(text, "2030-09-18"),
        ["¶1 الأمين العام due=At { anchor: Adoption, days: 45 }"]
    );
}

#[test]
fn a_summary_s_past_tam_with_a_verbal_noun_of_urging_asks() {
    // "وتم حث كل من X وY على ...": the body's call, told in the passive.
    let text = "وأكد مجلس الوديان الحاجة إلى حل دائم. وتم حث كل من البلدية وجبهة الساحل على التعاون مع الرابطة.\n";
    assert_eq!(brief(text, "2030-10-28"), ["¶1 البلدية | جبهة الساحل"]);
}

#[test]
fn a_decided_grant_of_time_asks_the_body_whose_place_follows_it() {
    // "قرر القادة المشاركون في القمة ...، منح المجلس العسكري في X مهلة ...، لتسليم ...":
    // the participants' qualifier is the subject's, "منح" the decided verbal noun, whom
    // the council with its place (no subject taken that would leave whom "في X").
    let text = "قرر القادة الأفارقة المشاركون في قمة الوديان بالقاهرة، منح المجلس العسكري الانتقالي في الساحل مهلة ثلاثة أشهر، لتسليم السلطة إلى المدنيين.\n";
    assert_eq!(
        brief(text, "2030-04-23"),
        ["¶1 المجلس العسكري الانتقالي في الساحل due=At { anchor: Adoption, days: 91 }"]
    );
}

#[test]
fn a_plural_past_verb_holds_its_subject_and_asks_the_body_after_it() {
    // "أن المشاركين في القمة، أوصوا مجلس X بأن ...", "دعوا مجلس X إلى ...": the body after
    // the plural verb is the one asked.
    let text = "وجاء في البيان أن المشاركين في قمة الوديان، أوصوا مجلس الري التابع للرابطة بأن يمدد المهلة الممنوحة للبلدية مدة شهرين. ودعوا مجلس الأنهار إلى فتح السدود.\n";
    assert_eq!(
        brief(text, "2030-04-23"),
        ["¶1 مجلس الري التابع للرابطة", "¶1 مجلس الأنهار"]
    );
}

#[test]
fn a_directive_after_praise_of_a_body_s_efforts_directs_that_body() {
    // "وأشاد المجلس بجهود الهيئة، ووجه بأن تستمر في أعمالها، وإعداد ... في اجتماع يعقد
    // قبل اللقاء التشاوري القادم": the body praised, due before the next meeting.
    let text = "واستمع المجلس الوزاري إلى تقرير رئيس الهيئة. وأشاد مجلس الوديان بجهود الهيئة، ووجه بأن تستمر في أعمالها، وإعداد مقترحاتها لعرضها على المجلس في اجتماع يعقد قبل اللقاء التشاوري القادم لقادة الوديان.\n";
    let got = brief(text, "2030-03-04");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶1 الهيئة due="), "{got:?}");
}

#[test]
fn a_directive_with_an_aside_after_its_verb_founds_a_body_and_tasks() {
    // "ووجهوا، إيمانا منهم، بأهمية ...، بتشكيل هيئة ... يتم اختيارها من قبل X ...، يوكل
    // إليها دراسة ...، ويتم توفير ... من قبل Y": X picks, the body studies, Y provides.
    let text = "تبنى قادة الوديان المقترح. ووجهوا، إيمانا منهم، بأهمية هذا المقترح، وبعد تبادل الآراء بتشكيل هيئة خاصة يتم اختيارها من قبل الدول الأعضاء بمعدل ثلاثة لكل دولة، يوكل إليها بحث الفكرة من جميع نواحيها، ويتم توفير كل ما تتطلبه من إمكانيات من قبل الأمانة العامة.\n";
    assert_eq!(
        brief(text, "2030-12-20"),
        ["¶1 الدول الأعضاء", "¶1 هيئة خاصة", "¶1 الأمانة العامة"]
    );
}
