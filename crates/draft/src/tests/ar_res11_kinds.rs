//! The Arabic kinds of the fix round on res11 (helper har4): one composed text per kind of
//! the rules added to `ar.rs` and `table.rs` in that round, none a sentence of a real text.
//! Each fails with the rules before the round (main at 87f1ded).

use crate::tests::brief::arabic as brief;

#[test]
fn a_proposal_to_an_addressee_asks_it() {
    // "اقترح X على Y + verbal noun": Y is asked, as by "طلب X من Y".
    let text = "خبر\n\nواقترح مجلس الواحات، حسب نص القرار، على الأمين العام إجراء لقاءات دورية مع رابطة الرعاة.\n";
    assert_eq!(brief(text, "2030-03-05"), ["¶2 الأمين العام"]);
}

#[test]
fn a_proposal_without_an_addressee_asks_no_one() {
    // "اقترح الوزير إنشاء ...": a speaker's proposal, no one asked.
    let text = "خبر\n\nواقترح وزير الري إنشاء صندوق للآبار في كلمته أمام المجلس.\n";
    assert!(brief(text, "2030-03-05").is_empty());
}

#[test]
fn a_necessity_a_statement_provides_for_is_a_view() {
    // "كما نص البيان على ضرورة ...": what must be, no one asked.
    let text = "خبر\n\nاختتم مجلس الواحات دورته أمس. كما نص البيان على ضرورة حماية الآبار من التلوث والجفاف.\n";
    assert!(brief(text, "2030-03-05").is_empty());
}

#[test]
fn a_directive_names_its_addressee_after_the_leaders() {
    // "وجه القادة، X بتشكيل ...": X is directed to act.
    let text = "خبر\n\nوقال بيان للأمانة اليوم إنه بعد تبادل الآراء في المقترح، وجه القادة، مجلس الري بتشكيل لجنة متخصصة لدراسة حال الآبار.\n";
    assert_eq!(brief(text, "2030-03-05"), ["¶2 مجلس الري"]);
}

#[test]
fn a_founded_body_whose_members_are_picked_by_an_agent_asks_the_agent() {
    // "تشكيل لجنة ... يتم اختيارها من قبل X": X picks the members, beside the founding.
    let text = "خبر\n\nوقال بيان للأمانة اليوم إنه بعد تبادل الآراء في المقترح، وجه القادة، مجلس الري بتشكيل لجنة متخصصة يتم اختيارها من قبل البلدان الأعضاء، بواقع عضوين لكل بلد.\n";
    assert_eq!(
        brief(text, "2030-03-05"),
        ["¶2 مجلس الري", "¶2 البلدان الأعضاء"]
    );
}

#[test]
fn a_tasking_read_out_in_the_first_person_plural_asks_its_addressee() {
    // "كلفنا X لبحث ...", "كلفنا X بـ ...": the summit's own words, read out.
    let text = "خبر\n\nوتابع رئيس القمة أثناء قراءة البيان: كلفنا مجلس الواحات على المستوى الوزاري لبحث دعم البلديات المستضيفة للرعاة.\n";
    assert_eq!(brief(text, "2030-03-05"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_day_of_the_week_next_is_its_next_date() {
    // "الجمعة المقبلة" on Tuesday 5 March 2030: Friday the 8th; "يوم الأحد القادم" the 10th.
    let friday = "قرر مجلس الواحات عقد جلسة طارئة الجمعة المقبلة حول حال الآبار.\n";
    assert_eq!(
        brief(friday, "2030-03-05"),
        ["¶1 مجلس الواحات due=2030-03-08"]
    );
    let sunday = "قرر مجلس الواحات عقد جلسة طارئة يوم الأحد القادم حول حال الآبار.\n";
    assert_eq!(
        brief(sunday, "2030-03-05"),
        ["¶1 مجلس الواحات due=2030-03-10"]
    );
    // The same day of the week as the adoption's: a week on.
    let tuesday = "قرر مجلس الواحات عقد جلسة طارئة الثلاثاء المقبل حول حال الآبار.\n";
    assert_eq!(
        brief(tuesday, "2030-03-05"),
        ["¶1 مجلس الواحات due=2030-03-12"]
    );
}

#[test]
fn the_day_after_tomorrow_is_two_days_on() {
    // "بعد غد الخميس" on Tuesday: Thursday, two days on.
    let text = "قرر مجلس الواحات عقد اجتماع تنظيمي بعد غد الخميس للإعداد للجلسة.\n";
    assert_eq!(
        brief(text, "2030-03-05"),
        ["¶1 مجلس الواحات due=2030-03-07"]
    );
}

#[test]
fn a_matter_put_on_the_agenda_of_a_meeting_due_to_be_held_is_due_before_it() {
    // "إدراج ... على جدول أعمال مؤتمر ... المقرر عقده": by that meeting, undated.
    let text = "قرر مجلس الواحات الطلب من رابطة الرعاة إدراج خطة الري على جدول أعمال مؤتمر القمة الزراعي الثالث المقرر عقده في الوادي.\n";
    let got = brief(text, "2030-03-05");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("¶1 رابطة الرعاة due=") && got[0].contains("مؤتمر القمة"),
        "{got:?}"
    );
}

#[test]
fn a_necessity_a_text_provides_for_that_names_its_doer_asks_it() {
    // "نص القرار على ضرورة قيام X بـ ...": X is to act.
    let text = "خبر\n\nاختتم مجلس الواحات دورته أمس. كما نص القرار على ضرورة قيام رابطة الرعاة بإخلاء المراعي.\n";
    assert_eq!(brief(text, "2030-03-05"), ["¶2 رابطة الرعاة"]);
}

#[test]
fn a_first_person_tasking_quoted_after_a_reporting_verb_opens_its_clause() {
    // "... ، وتابع "كلفنا X لبحث ..."": the quotation's verb opens a clause of its own.
    let text = "خبر\n\nوأضاف رئيس القمة أنه لا حل للجفاف إلا بالتعاون، وتابع “كلفنا مجلس الواحات لبحث دعم البلديات المستضيفة للرعاة”.\n";
    assert_eq!(brief(text, "2030-03-05"), ["¶2 مجلس الواحات"]);
}

#[test]
fn a_day_of_the_week_not_called_next_gives_no_date() {
    // "عقد جلسة يوم الجمعة": when it met or meets, no date counted from the adoption.
    let text = "قرر مجلس الواحات عقد جلسة طارئة يوم الجمعة حول حال الآبار.\n";
    assert_eq!(brief(text, "2030-03-05"), ["¶1 مجلس الواحات"]);
}
