//! The Arabic kinds of the fix round on res37 (helper har21): one composed text per rule
//! added in that round (`ar.rs`), not a sentence of a real text. Each fails with the rules
//! before the round (main at 8052839).

use crate::tests::brief::arabic as brief;

#[test]
fn a_time_given_by_its_verbal_noun_asks_whom_it_is_given() {
    // "قرر المجلس بالاتفاق إعطاء X مهلة لا تتجاوز يوم D لـ ...": the Council's decision
    // gives X a time, so X is asked, due that day; where X is ("في" and a bare name) is
    // not its name.
    let text = "خبر\n\nقرر مجلس البساتين بالاتفاق إعطاء المزارعين في الوادي مهلة لا تتجاوز يوم 6 مارس المقبل لتنظيف القنوات.\n\nوبعد اجتماع عقده أمس المجلس، قرر المجلس بالاتفاق إعطاء المزارعين المعنيين في ساحلستان مهلة لا تتجاوز يوم 9 مارس المقبل لتنظيف الآبار.\n";
    assert_eq!(
        brief(text, "2030-02-01"),
        [
            "¶2 المزارعين في الوادي due=2030-03-06",
            "¶3 المزارعين المعنيين due=2030-03-09",
        ]
    );
}

#[test]
fn a_purpose_clause_after_a_call_names_no_one() {
    // "دعا X في ختام اجتماعهم بمدينة Y للاستمرار في ...، حتى يكون Z ...": the members' own
    // meeting and its place, then what the call is for, before the comma; no one is asked
    // by name (all States), and the purpose after the comma names no addressee.
    let text = "خبر\n\nدعا مجلس وزراء الزراعة في ختام اجتماعهم بمدينة الواحة الشرقية للاستمرار في تكثيف الري، حتى يكون المجلس المرجع الثابت بشأن كل الآبار.\n";
    assert_eq!(brief(text, "2030-02-01"), ["¶2 جميع الدول"]);
}

#[test]
fn a_transitive_verbal_nouns_genitive_is_what_is_done() {
    // "داعيا الى تطوير آليات ومؤسسات X": the verbal noun's genitives are developed, not
    // asked; the call names no one (all States).
    let text = "خبر\n\nوأكد البيان ضرورة حماية الآبار، داعيا الى تطوير آليات ومؤسسات مجلس البساتين وتفعيلها.\n";
    assert_eq!(brief(text, "2030-02-01"), ["¶2 جميع الدول"]);
}

#[test]
fn a_passive_decision_to_meet_asks_the_body_that_meets() {
    // "تقرر عقد الاجتماع المستأنف لمجلس X ... في الأول من شهر مارس المقبل": that Council
    // is to meet, due that day.
    let text = "خبر\n\nتقرر عقد الاجتماع المستأنف لمجلس البساتين على مستوى الوزراء في الأول من شهر مارس المقبل بمقر الأمانة.\n";
    assert_eq!(
        brief(text, "2030-01-10"),
        ["¶2 مجلس البساتين due=2030-03-01"]
    );
}

#[test]
fn an_organisations_name_after_lam_goes_on_with_the_caller() {
    // "دعا مجلس الوزراء لاتحاد X ...، مختلف Y إلى ...": "لاتحاد" is whose council (the
    // caller's name), not what is called for; Y is asked.
    let text = "خبر\n\nدعا مجلس الوزراء لاتحاد البساتين في ختام دورته، أمس الخميس، مختلف الأطراف الزراعية في الوادي إلى الالتزام بالحوار.\n";
    assert_eq!(brief(text, "2030-02-01"), ["¶2 الأطراف الزراعية في الوادي"]);
}

#[test]
fn a_meeting_announced_by_its_verbal_noun_asks_the_body_that_meets() {
    // "اختتم المجلس ... باعتماد ...، والإعلان عن عقد الدورة N للمجلس X ... خلال شهر D": the
    // session announced is the Council's to hold, due that month ("للمجلس" is "لـ" +
    // "المجلس", the article's alif dropped).
    let text = "خبر\n\nاختتم مجلس البساتين أعماله اليوم، باعتماد تقرير الري، والإعلان عن عقد الدورة 12 للمجلس التنفيذي للبساتين، خلال شهر ديسمبر 2031.\n";
    assert_eq!(
        brief(text, "2030-12-06"),
        ["¶2 المجلس التنفيذي للبساتين due=2031-12"]
    );
}
