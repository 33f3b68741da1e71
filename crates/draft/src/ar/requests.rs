//! The requests: the rewrites a text's clause is read through, and the clause readers,
//! each one kind of clause that asks.

use super::Requests;
use super::addressees::{
    UNNAMED, acting_subject, action_after, affirmed_decision, after_break, announced_decision,
    announced_meeting, antecedent, antecedent_of, asking_noun, besides_noun, body_spoke_before,
    by_noun, clean, in_noun_item, is_past_with_object, meeting_announced, necessity_of_doer,
    noun_opens, noun_request, opening_noun, present_verb, pronoun_noun, request, rest_of,
    time_granted, unnamed_call,
};
use super::names::{
    Entry, adjective, adopts, bare, body_named, described, each_of, ends_at, group_named,
    has_article, is_verb, name_end, name_end_before, names, opens, pronoun_verb, subject,
    verb_form,
};
use crate::table;
use crate::words::any_of;
use regex::Regex;
use std::sync::LazyLock;

/// "أصدر القرار تعليمات إلى X بـ ...", "وأصدر تعليماته إلى X بـ ...": instructions to X
/// entrust X with the act, read as "عهد ... إلى X بـ ..." (the verb, its subject of at
/// most three words, then the instructions' noun dropped); "ثم أصدر المجلس تعليمات لبديل
/// X بالانتقال ...": to X by "لـ" (joined to its word, "للـ" for the article's "الـ").
static INSTRUCTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(أصدر|أصدرت|يصدر|تصدر)((?:\s+[^\s,،.؛:]+){0,3}?)\s+(?:تعليمات|تعليماته|تعليماتها|توجيهات|توجيهاته|توجيهاتها)\s+(?:(?:إلى|الى)\s|ل([^\s,،.؛:]+))",
    )
    .expect("valid regex")
});
/// "وهو يشجع", "فهي تطلب": the pronoun "هو" / "هي" after "و" or "ف", then a word (the
/// verb, checked against the asking table where it is replaced).
static PRONOUN_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)(و|ف)(?:هو|هي)\s+([^\s,،.؛:]+)").expect("valid regex"));
static PROVISO_TASK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\S)\s+على\s+[أا]ن\s+(ي|ت)قوم\s+([^\s,،.؛:]+)").expect("valid regex")
});
/// "واستمر القرار بالسماح للأمين العام بـ ...", "ومضى المجلس بمطالبة X بـ ...": a
/// report's verb of going on (the subject of at most three words after it), then "بـ" and
/// a verbal noun that asks, read as that noun's verb ("وسمح القرار لـ ...").
static WENT_ON_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(استمر|استمرت|واصل|واصلت|مضى|مضت)((?:\s+[^\s,،.؛:]+){1,3}?)\s+ب(السماح|مطالبة|دعوة|تكليف)\s",
    )
    .expect("valid regex")
});
/// "وتضمن نص البيان الختامي الذي ألقاه X إلى إعادة إطلاق ...": what a text includes given
/// by "إلى" and a verbal noun (no article) is its call, read as "ودعا نص البيان ... إلى
/// ...": the text (its head, its definite qualifiers, and a relative clause of at most ten
/// words) between the verb and "إلى".
static INCLUDED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(^|\s)(و?)(تضمن|تضمنت)(\s+(?:نص\s+)?(?:{})(?:\s+(?:ال|لل)[^\s,،.؛:]+){{0,4}}(?:\s+(?:الذي|التي)(?:\s+[^\s,،.؛:]+){{1,10}}?)?)\s+(?:إلى|الى)\s+([^\s,،.؛:]{{3,}})\s",
        any_of(table::AR_TEXT_HEADS)
    ))
    .expect("valid regex")
});
/// "وأكد الوزراء على ضرورة قيام الأطراف باستئناف ...", "تؤكد ضرورة قيام X بـ ...": a
/// necessity stated that names who is to act asks them, read as "وطالب الوزراء الأطراف
/// باستئناف ..." (as "نص البيان على ضرورة قيام X بـ" already is); a necessity with no doer
/// stays a view. The verb, its subject (at most four words) and "على" between.
static NECESSARY_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(أكد|أكدت|أكدوا|اكد|اكدت|شدد|شددت|شددوا|يؤكد|تؤكد|يشدد|تشدد|نؤكد|نشدد)((?:\s+[^\s,،.؛:]+){0,4}?)\s+(?:على\s+)?(?:ضرورة|وجوب)\s+قيام\s+",
    )
    .expect("valid regex")
});
/// "وأشار X في <موضع> إلى مطالبته بـ ...": the body recalls its own
/// demand or call (the possessive noun), read as the call renewed ("وأكد مجددا مطالبته
/// بـ ..."); the subject and where it says so (at most six words) between.
static RECALLED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(?:أشار|أشارت|اشار|اشارت)((?:\s+[^\s,،.؛:]+){1,6}?)\s+(?:إلى|الى)\s+(مطالبته|مطالبتها|مطالبتهم|دعوته|دعوتها|دعوتهم)\s+(ب|إلى|الى|ل)",
    )
    .expect("valid regex")
});
/// "أعلن X أن الزعماء اتفقوا على عقد قمة ... في سبتمبر المقبل": an agreement to hold a
/// meeting is the agreeing ones' decision, read as "قرروا عقد ..." (the subject of at most
/// four words between the verb and "على", or of up to six closed by a comma: "كما اتفق
/// وزراء خارجية دول X، على عقد اجتماع ..."); an agreement to found a body ("اتفق القادة على
/// إنشاء مجلس ...") is told as done, and left alone. An agreement to draw up or prepare
/// something ("اتفق وزراء X في ختام هذه الدورة على وضع تصور ..."، "على إعداد دليل ...") is
/// read so too; where they agreed ("في ختام" and at most three words) may follow the subject.
/// So is an agreement to form a force, a committee or a delegation ("واتفق القادة على تشكيل
/// X، وتشكيل لجنة ... لتتابع ..."): what is formed has a task, which founding a body lacks.
/// "واستقر الرأى على ...": the view settled on (its "ي" also typed "ى").
static OPINION_SETTLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|\s)(و?)استقر\s+(?:الرأي|الرأى|الراي|الراى)\s+على\s+").expect("valid regex")
});
static AGREED_TO_HOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(اتفق|اتفقت|اتفقوا|اتفقا)((?:\s+[^\s,،.؛:]+){0,4}?(?:\s+في\s+ختام(?:\s+[^\s,،.؛:]+){1,3}?)?|(?:\s+[^\s,،.؛:]+){1,6}[,،])\s+على\s+(عقد|وضع|إعداد|اعداد|تشكيل)\s",
    )
        .expect("valid regex")
});
/// "قرر الوزراء عقد الدورة N لمجلس X في شهر D وعقد الدورة M للمكتب التنفيذي ...": a second
/// meeting decided in the same breath (as an agreement to hold one reads), its "وعقد" read
/// as "وقرر عقد" (a decision of its own, the meeting's body its actor).
static SECOND_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:^|\s)و?(?:قرر|قررت|قرروا)(?:\s+[^\s,،.؛:]+){0,6}?\s+عقد\s[^.؛:]*?\s)وعقد(\s+(?:ال)?(?:دورة|اجتماع|جلسة)\S*\s)",
    )
    .expect("valid regex")
});
/// "وكان مجلس X قد قرر في اجتماعه الطارئ أمس تشكيل لجنة ...": a body's decision told in
/// the pluperfect, its own meeting ("في / خلال اجتماعه"، "دورته"، "جلسته") between the verb
/// and the act, read as the plain decision ("وقرر مجلس X في اجتماعه ..."); the subject of at
/// most six words opening with a body's head. An earlier meeting named ("في اجتماعه
/// السابق") or another subject ("وكان العراق قد قرر") stays told.
static PLUPERFECT_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(?:كان|كانت|كانوا)((?:\s+[^\s,،.؛:]+){1,6}?)\s+قد\s+(قرر|قررت|قرروا)(\s+(?:في|فى|خلال)\s+(?:اجتماع|دورت|جلست)[^\s,،.؛:]*)((?:\s+[^\s,،.؛:]+){0,2})",
    )
    .expect("valid regex")
});
/// "مؤكدة "دعوتها للمجتمع الدولي احترام قرار اللجنة"": the call's addressee by "لـ"
/// (joined to its article, "للـ"), then the act's verbal noun with no article, read as
/// "دعوتها المجتمع الدولي إلى احترام ..." (at most three definite words in the name; "دعوتها
/// للإسراع في ..." is the act itself, a preposition after it).
static CALL_TO_BY_LAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)([\x22“«]?)(دعوته|دعوتها|دعوتهم|مطالبته|مطالبتها|مطالبتهم)\s+لل([^\s,،.؛:]+)((?:\s+ال[^\s,،.؛:]+){0,3})\s+([^\s,،.؛:]{3,})(\s|$)",
    )
    .expect("valid regex")
});
/// "أيضاً وجّه دعوته إلى X إلى <الفعل> ...": a call directed to X (the
/// verb of directing, its subject of at most three words, the possessive call, "إلى" X of
/// at most five words, then "إلى" the act) is a call on X, read as "دعا X إلى ..."; an
/// invitation ("وجه دعوته إلى القادة لحضور ...") has no second "إلى".
static DIRECTED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(وجه|وجهت|يوجه|توجه)((?:\s+[^\s,،.؛:]+){0,3}?)\s+(?:دعوته|دعوتها|دعوتهم|نداءه|نداءها|نداءهم)\s+(?:إلى|الى)\s+((?:[^\s,،.؛:]+\s+){1,5}?)(?:إلى|الى)\s",
    )
    .expect("valid regex")
});
/// The past verb of a verbal noun `WENT_ON_BY` reads, masculine and feminine.
const WENT_ON_VERBS: &[(&str, &str, &str)] = &[
    ("السماح", "سمح", "سمحت"),
    ("مطالبة", "طالب", "طالبت"),
    ("دعوة", "دعا", "دعت"),
    ("تكليف", "كلف", "كلفت"),
];
/// "وإذ تدرك أن الأمم المتحدة ... تعزز وتشجع ...": a preamble's clause (its verb in the
/// present after "إذ") says what the body bears in mind; whoever it names is asked nothing.
pub(super) fn preamble_clause(words: &[&str]) -> bool {
    let opens = words
        .first()
        .is_some_and(|w| ["إذ", "وإذ"].contains(&bare(w)));
    opens && words.get(1).is_some_and(|w| present_verb(bare(w)))
}

/// "واستقر الرأي على X": the meeting's view settled on an act is its decision,
/// read as "وقرر X".
pub(super) fn opinion_settled(sentence: &str) -> String {
    OPINION_SETTLED
        .replace_all(sentence, "${1}${2}قرر ")
        .into_owned()
}

/// "وهو يشجع الحكومة على ...", "وهي تطلب من X ...": the body's pronoun set before a
/// verb that asks is the verb's subject, read as "ويشجع الحكومة على ..." (the clause had
/// opened on the pronoun, and the verb after it was not read as asking). Only a verb of
/// the asking table after the pronoun: "وهو ما ..." and "وهي الروح ..." stay as they are.
pub(super) fn pronoun_subject(sentence: &str) -> String {
    PRONOUN_SUBJECT
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = &c[3];
            if !table::AR_VERBS.iter().any(|(v, _, _)| *v == verb) {
                return c[0].to_string();
            }
            format!("{}و{verb}", &c[1])
        })
        .into_owned()
}

/// "يقرر ... على أن تقوم الهيئة العربية للبذور بتقديم العون": a proviso that names who is
/// to do a part ("على أن يقوم X بـ ...") gives X that task, read as "ويكلف X بـ ..."; "على
/// أن تقوم بدورها" (no one named after the verb) stays the act of whom it follows.
pub(super) fn proviso_task(sentence: &str) -> String {
    PROVISO_TASK
        .replace_all(sentence, |c: &regex::Captures| {
            let named = &c[3];
            if !has_article(bare(named)) && !table::AR_ACTOR_HEADS.contains(&bare(named)) {
                return c[0].to_string();
            }
            format!("{}، ويكلف {named}", &c[1])
        })
        .into_owned()
}

/// Instructions to X entrust X with the act ("عهد ... إلى X بـ ...").
pub(super) fn instructions_entrust(sentence: &str) -> String {
    INSTRUCTIONS
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = match &c[3] {
                "يصدر" => "يعهد",
                "تصدر" => "تعهد",
                _ => "عهد",
            };
            let to = match c.get(5) {
                Some(word) => {
                    let word = word.as_str();
                    // "للأمين العام": "لـ" before the article, whose alef it dropped.
                    match word.strip_prefix('ل') {
                        Some(rest) => format!("ال{rest}"),
                        None => word.to_string(),
                    }
                }
                None => String::new(),
            };
            format!("{}{}{verb}{} إلى {to} ", &c[1], &c[2], &c[4])
        })
        .into_owned()
}

/// A body's decision told in the pluperfect at its own meeting: the decision.
pub(super) fn pluperfect_decision(sentence: &str) -> String {
    PLUPERFECT_DECISION
        .replace_all(sentence, |c: &regex::Captures| {
            let body = c[3]
                .split_whitespace()
                .next()
                .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)));
            let earlier = c[6]
                .split_whitespace()
                .any(|w| ["السابق", "السابقة", "الماضي", "الماضية"].contains(&bare(w)));
            if !body || earlier {
                return c[0].to_string();
            }
            format!("{}{}{}{}{}{}", &c[1], &c[2], &c[4], &c[3], &c[5], &c[6])
        })
        .into_owned()
}

/// A verb of going on, then "بـ" and a verbal noun that asks: that noun's verb.
pub(super) fn went_on_by(sentence: &str) -> String {
    WENT_ON_BY
        .replace_all(sentence, |c: &regex::Captures| {
            let (_, he, she) = WENT_ON_VERBS
                .iter()
                .find(|(noun, _, _)| *noun == &c[5])
                .expect("a noun of the regex");
            let verb = if c[3].ends_with('ت') { she } else { he };
            format!("{}{}{verb}{} ", &c[1], &c[2], &c[4])
        })
        .into_owned()
}

/// A call's addressee by "لـ", then the act: the addressee as the call's object.
pub(super) fn call_to_by_lam(sentence: &str) -> String {
    CALL_TO_BY_LAM
        .replace_all(sentence, |c: &regex::Captures| {
            let act = bare(&c[6]);
            // "يجدد دعوته للدول الأعضاء إلى المشاركة ...": the addressee by "لـ", then "إلى" and
            // the act, read as "دعوته الدول الأعضاء إلى المشاركة ...".
            if ["إلى", "الى"].contains(&act) && c[3].starts_with("دعوت") {
                return format!(
                    "{}{}{} ال{}{} {}{}",
                    &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], &c[7]
                );
            }
            let stays = has_article(act)
                || table::AR_PREPOSITIONS.contains(&act)
                || act.starts_with(['و', 'ل', 'ب', 'ف'])
                || c[4].ends_with(['"', '”', '»']);
            if stays {
                return c[0].to_string();
            }
            format!(
                "{}{}{} ال{}{} إلى {}{}",
                &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], &c[7]
            )
        })
        .into_owned()
}

/// An agreement to hold or draw up something: decided.
pub(super) fn agreed_to_hold(sentence: &str) -> String {
    AGREED_TO_HOLD
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = match &c[3] {
                "اتفق" => "قرر",
                "اتفقت" => "قررت",
                _ => "قرروا",
            };
            // "اتفق وزراء X، على عقد ...": the comma closing the subject goes.
            let subject = c[4].trim_end_matches([',', '،']);
            format!("{}{}{verb}{subject} {} ", &c[1], &c[2], &c[5])
        })
        .into_owned()
}

/// A second meeting decided in the same breath reads as a decision of its own.
pub(super) fn second_meeting(sentence: &str) -> String {
    SECOND_MEETING
        .replace_all(sentence, "${1}وقرر عقد${2}")
        .into_owned()
}

/// A call directed to X: a call on X ("دعا X إلى ...").
pub(super) fn directed_call(sentence: &str) -> String {
    DIRECTED_CALL
        .replace_all(sentence, |c: &regex::Captures| {
            let feminine = ["وجهت", "توجه"].contains(&&c[3]);
            // With no subject after it, its own verb would take X for the subject: the
            // participle, which asks the name after it.
            let verb = match (c[4].trim().is_empty(), &c[3], feminine) {
                (true, _, false) => "داعيا",
                (true, _, true) => "داعية",
                (false, "وجهت", _) => "دعت",
                (false, "يوجه", _) => "يدعو",
                (false, "توجه", _) => "تدعو",
                _ => "دعا",
            };
            format!("{}{}{verb}{} {}إلى ", &c[1], &c[2], &c[4], &c[5])
        })
        .into_owned()
}

/// A necessity stated that names who is to act asks them ("وطالب ...").
pub(super) fn necessary_doer(sentence: &str) -> String {
    NECESSARY_DOER
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = match &c[3] {
                "أكدت" | "اكدت" | "شددت" => "طالبت",
                "أكدوا" | "شددوا" => "طالبوا",
                "يؤكد" | "يشدد" => "يطالب",
                "تؤكد" | "تشدد" => "تطالب",
                "نؤكد" | "نشدد" => "نطالب",
                _ => "طالب",
            };
            format!("{}{}{verb}{} ", &c[1], &c[2], &c[4])
        })
        .into_owned()
}

/// The body recalling its own demand or call: the call renewed ("وأكد مجددا ...").
pub(super) fn recalled_call(sentence: &str) -> String {
    RECALLED_CALL
        .replace_all(sentence, |c: &regex::Captures| {
            format!("{}{}أكد مجددا {} {}", &c[1], &c[2], &c[4], &c[5])
        })
        .into_owned()
}

/// What a text includes, given by "إلى" and a verbal noun: its call ("ودعا ...").
pub(super) fn included_call(sentence: &str) -> String {
    INCLUDED_CALL
        .replace_all(sentence, |c: &regex::Captures| {
            // "تضمن البيان الذي ... إلى الدول": to whom it went, no call.
            if c[5].starts_with("ال") || has_article(bare(&c[5])) {
                return c[0].to_string();
            }
            let verb = if c[3].ends_with('ت') {
                "دعت"
            } else {
                "دعا"
            };
            format!("{}{}{verb}{} إلى {} ", &c[1], &c[2], &c[4], &c[5])
        })
        .into_owned()
}

/// Where the clause that opens at `starts[n]` ends.
/// "... يدعو إسرائيل لاحترام حقوق الإنسان. وقد عقد المجلس ... وسيعقد ... يوم
/// الثلاثاء القادم": a clause ends with its sentence, whose act the next does not date.
pub(super) fn clause_end(words: &[&str], starts: &[usize], n: usize) -> usize {
    let from = starts[n];
    let to = starts.get(n + 1).copied().unwrap_or(words.len());
    (from..to)
        .find(|&k| words[k].ends_with('.') && k + 1 < to)
        .map_or(to, |k| k + 1)
}

/// Whom a pronoun on the verb at `starts[n]` stands for, given `last`, the actors the
/// clause before asked.
pub(super) fn after_own_act(
    words: &[&str],
    starts: &[usize],
    n: usize,
    last: Option<Vec<String>>,
    body: &str,
) -> Option<Vec<String>> {
    let from = starts[n];
    match last {
        // "أصدر مجلس الأمن قرارا يقضي بحظر توريد السلاح للحوثيين ... ويطالبهم بتنفيذ
        // ...": a body does not demand of itself; after its own act, "هم" stands for the
        // group that act named last (a definite plural).
        Some(actors)
            if bare(words[from]).ends_with("هم")
                && actors.iter().all(|a| body_named(a) || a == body) =>
        {
            group_named(&words[starts[n.saturating_sub(1)]..from]).map(|g| vec![g])
        }
        // "يقرر إنشاء لجنة وزارية ...، ويكلفها بـ ...": the body's own act named the one
        // the pronoun stands for (the actor named last in it).
        Some(actors)
            if bare(words[from]).ends_with(['ه', 'ا'])
                && actors.iter().all(|a| body_named(a) || a == body) =>
        {
            antecedent(&words[starts[n.saturating_sub(1)]..from]).map(|a| vec![a])
        }
        other => other,
    }
}

/// "نلتزم بالقضاء على الجوع ...", "ونتعهد بتقديم ...": a declaration's commitment in the
/// first person plural is the body's own act, as "We commit to" and "Nous nous engageons à"
/// are; a commitment to principles or texts ("نلتزم بمبادئ الميثاق") is a view. Only at the
/// sentence's head, before any verb of the table.
pub(super) fn own_commitment(words: &[&str], body: &str) -> Option<(Vec<String>, String)> {
    let k = usize::from(
        words
            .first()
            .is_some_and(|w| bare(w).chars().all(|c| c.is_ascii_digit() || c == '-')),
    );
    let k = k + usize::from(words.get(k).is_some_and(|w| *w == "-"));
    if !words.get(k).is_some_and(|w| {
        let w = bare(w);
        table::AR_WE_COMMIT.contains(&w.strip_prefix('و').unwrap_or(w))
    }) {
        return None;
    }
    let noun = bare(words.get(k + 1)?).strip_prefix('ب')?;
    if noun.chars().count() < 3 || table::AR_HELD_THINGS.contains(&noun) {
        return None;
    }
    let action = clean(&words[k + 1..].join(" "));
    Some((vec![body.to_string()], action))
}

/// "تشير إلى أنها طلبت إلى X أن ...", "يذكر بأنه دعا X إلى ...": a paragraph recalling
/// that the body asked before asks nothing new (as "Recalls that it requested" in English);
/// the recalled verb's place.
pub(super) fn recalled_request(words: &[&str]) -> Option<usize> {
    const RECALLS: [&str; 10] = [
        "تشير",
        "يشير",
        "تذكر",
        "يذكر",
        "تستذكر",
        "يستذكر",
        "تذكّر",
        "يذكّر",
        "تعيد",
        "يعيد",
    ];
    const THAT_IT: [&str; 12] = [
        "أنه",
        "أنها",
        "انه",
        "انها",
        "بأنه",
        "بأنها",
        "بانه",
        "بانها",
        "أنهم",
        "بأنهم",
        "أنهما",
        "بأنهما",
    ];
    let mut k = usize::from(words.first().is_some_and(|w| bare(w) == "إذ"));
    // "وذكّر المجلس بأنه دعا ...": the past reminds, its subject (up to four words, no
    // break) before "بأنه"; "ذكر X أنه ..." (mentioned) is no recall.
    let reminded = words.get(k).is_some_and(|w| {
        let w = bare(w);
        ["ذكر", "ذكرت"].contains(&w.strip_prefix('و').unwrap_or(w))
    });
    if reminded {
        let that = (k + 1..words.len().min(k + 6))
            .find(|&j| ["بأنه", "بأنها", "بانه", "بانها", "بأنهم"].contains(&bare(words[j])))?;
        if words[k..that]
            .iter()
            .any(|w| w.ends_with([',', '.', ';', ':']))
        {
            return None;
        }
        k = that - 1;
    } else if !words
        .get(k)
        .is_some_and(|w| RECALLS.contains(&verb_form(w)))
    {
        return None;
    }
    k += 1;
    // "تشير كذلك إلى أنها ...": an adverb after the verb.
    while words
        .get(k)
        .is_some_and(|w| table::AR_ADVERBS.contains(&bare(w)) || ["إلى", "الى"].contains(&bare(w)))
    {
        k += 1;
    }
    if !words.get(k).is_some_and(|w| THAT_IT.contains(&bare(w))) {
        return None;
    }
    k += 1;
    if words.get(k).is_some_and(|w| bare(w) == "قد") {
        k += 1;
    }
    words
        .get(k)
        .is_some_and(|w| {
            let v = bare(w);
            !v.starts_with(['ي', 'ت', 'ن']) && table::AR_VERBS.iter().any(|(x, _, _)| *x == v)
        })
        .then_some(k)
}

/// Whether the verb at `k` opens a clause: after a break, with its body, after "و".
pub(super) fn verb_opens_clause(words: &[&str], k: usize) -> bool {
    // "على وجه الخصوص", "على وجه السرعة": a word right after "على" is no verb ("وجه").
    if ["على", "وعلى"].contains(&bare(words[k - 1])) {
        return false;
    }
    let verb = verb_form(words[k]);
    (after_break(words, k) && (is_verb(verb) || text_provides(words, k, verb)))
        || text_first(words, k, verb)
        || joined_pronoun(words, k, verb)
        || first_person(words, k, verb)
        || named_after_that(words, k)
        || reported_with_body(words, k, verb)
        || present_after_and(words, k, verb)
        || joined_past(words, k, verb)
        || joined_decision(words, k, verb)
        || decided_after_that(words, k, verb)
}

/// "... صوت جرش قرر مجلس الأمن ...": a past verb and its body open a clause even
/// where a line break was lost.
/// Not in a relative clause set off by its conjunction ("...، والذى قرر مجلس الجامعة
/// من قبل ...، على دعوة ..."): an aside of the sentence's decision.
fn reported_with_body(words: &[&str], k: usize, verb: &str) -> bool {
    let in_relative = bare(words[k - 1])
        .strip_prefix('و')
        .is_some_and(|r| table::AR_RELATIVES.contains(&r));
    (table::AR_PAST.contains(&verb) || table::AR_APPROVES.contains(&verb))
        && !in_relative
        && words
            .get(k + 1)
            .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
}

/// "... ويحث الدول الأعضاء على ...": a present verb after "و" opens a clause.
fn present_after_and(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && verb != bare(words[k])
        && verb.starts_with(['ي', 'ت', 'ن'])
        && (table::AR_VERBS.iter().any(|(v, _, _)| *v == verb)
            || table::AR_ESTABLISHES.contains(&verb))
}

/// "... في العالم الإسلامي ودعت إلى ...": a past verb after "و", its subject the
/// sentence's, asking at once.
fn joined_past(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && table::AR_PAST.contains(&verb)
        && words.get(k + 1).is_some_and(|n| {
            table::AR_VERBS
                .iter()
                .find(|(v, _, _)| *v == verb)
                .is_some_and(|(_, openers, enders)| {
                    opens(n, openers)
                        || ends_at(n, enders)
                        // "وأشادت القمة بدور لجنة الوساطة وطلبت منها مواصلة ...": to the one
                        // just named, where the body spoke first in the sentence (not a
                        // told past: "تأسست بموجب قرار X، وعهد إليها بـ ...").
                        || (!openers.is_empty()
                            && table::AR_PRONOUN_ADDRESSEES.contains(&bare(n))
                            && body_spoke_before(&words[..k]))
                        || named_then_ended(&words[k + 1..], openers, enders)
                        // "... وطالبت بأن يمتثل X لـ ...": a call whose that-clause acts.
                        || (["بأن", "بان"].contains(&bare(n)) && enders.contains(&"ب"))
                })
        })
}

/// "... وقرر أنه يجب على ...": a past decision after "و" is one more.
fn joined_decision(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && verb != bare(words[k])
        && table::AR_DECIDES.contains(&verb)
        && table::AR_PAST.contains(&verb)
}

/// "قال رئيس المجلس إن المجلس قرر ...": the body's decision after "إن" and its name.
fn decided_after_that(words: &[&str], k: usize, verb: &str) -> bool {
    table::AR_DECIDES.contains(&verb)
        && table::AR_PAST.contains(&verb)
        && body_before_verb(&words[..k])
}

/// "... . كما يقضي القرار بـ ...": what the text provides for.
fn text_provides(words: &[&str], k: usize, verb: &str) -> bool {
    (table::AR_PROVIDES.contains(&verb) || table::AR_TEXT_EXTENDS.contains(&verb))
        && words
            .get(k + 1)
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
}

/// "... لمناقشة الخطة "ندعو كافة الدول ...": a declaration's own first person, quoted.
/// "... وتابع "كلفنا مجلس الجامعة ..."": its past ("-نا") likewise.
fn first_person(words: &[&str], k: usize, verb: &str) -> bool {
    (verb.starts_with('ن') || verb.ends_with("نا"))
        && bare(words[k]) == verb
        && table::AR_VERBS.iter().any(|(v, _, _)| *v == verb)
}

/// "... على مساهماتهم وحثهم على مواصلة ذلك": a verb after "و" with its addressee a
/// pronoun, its ender right after it.
fn joined_pronoun(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && verb != bare(words[k])
        && pronoun_verb(verb)
            .is_some_and(|(_, _, enders)| words.get(k + 1).is_some_and(|n| ends_at(n, enders)))
}

/// "القرار يلزم X بـ ...": a present verb right after the text that opens the sentence;
/// "مشروع القرار يطالب بـ ...": its draft ("مشروع" or "نص" before the text).
fn text_first(words: &[&str], k: usize, verb: &str) -> bool {
    let opens = |at: usize| at == 0 || words[at - 1].ends_with(['.', ':', ';']);
    verb.starts_with(['ي', 'ت'])
        && table::AR_VERBS.iter().any(|(v, _, _)| *v == verb)
        && table::AR_TEXT_HEADS.contains(&bare(words[k - 1]))
        && (opens(k - 1)
            || (k >= 2
                && ["مشروع", "نص"].contains(&bare(words[k - 2]))
                && !words[k - 2].ends_with([',', '.', ';', ':'])
                && opens(k - 2)))
}

/// "فإن دول المجلس تطلب ...", "فإن مجلس السلم كلف ...": a verb of the tables after "فإن"
/// and its subject (a name of up to four words, no punctuation between).
fn named_after_that(words: &[&str], k: usize) -> bool {
    let verb = verb_form(words[k]);
    // "فإن مجلس ... كلف X بـ": a report's past verb too.
    let present = (verb.starts_with(['ي', 'ت']) || table::AR_PAST.contains(&verb))
        && table::AR_VERBS.iter().any(|(v, _, _)| *v == verb);
    // "وقال رئيسه أثناء قراءته للبيان "إن مجلس الأمن يطالب X ..."": the body's own words
    // read out, after "إن" / "أن" and its name (a body's; a State's or a person's are
    // theirs).
    let that_body = |d: usize| {
        ["إن", "أن", "ان"].contains(&bare(words[k - d]))
            && table::AR_BODY_HEADS.contains(&bare(words[k - d + 1]))
    };
    present
        && (2..=5).any(|d| {
            k >= d
                && (["فإن", "فان", "وإن"].contains(&bare(words[k - d])) || that_body(d))
                && words[k - d..k]
                    .iter()
                    .all(|w| !w.ends_with([',', '.', ';']))
                && name_end(&words[k - d + 1..k]) == d - 1
        })
}

/// "... نحو السلام ودعا جميع الأطراف المعنية إلى ...": a verb without an opener, its
/// addressee named at once (an actor's head) and its ender right after the name.
fn named_then_ended(words: &[&str], openers: &[&str], enders: &[&str]) -> bool {
    // "ودعا كلا من X وY إلى ...": "each of" before the names they list.
    let each =
        words.len() > 2 && ["كل", "كلا", "كلاً"].contains(&bare(words[0])) && bare(words[1]) == "من";
    let words = if each { &words[2..] } else { words };
    let head = each
        || words.first().is_some_and(|w| {
            let w = bare(w);
            // "... للهند وباكستان ودعا الطرفين إلى ...": the two parties, by their dual.
            (table::AR_ACTOR_HEADS.contains(&w) && !table::AR_BODY_HEADS.contains(&w))
                || ["الطرفين", "الطرفان"].contains(&w)
        });
    let end = name_end(words);
    openers.is_empty()
        && head
        && end > 0
        && !words[end - 1].ends_with([',', '.'])
        && words.get(end).is_some_and(|w| ends_at(w, enders))
}

/// "فقد وافق قادة دول المجلس على اقتراح X بأن يقوم المجلس الوزاري بـ ...": the words
/// before "بأن" approve a proposal (an approving verb, "على اقتراح" and its proposer, in the
/// same sentence), so the that-clause's actor is asked.
pub(super) fn approved_proposal(before: &[&str]) -> bool {
    const APPROVES: &[&str] = &["وافق", "وافقت", "وافقوا", "يوافق", "توافق", "الموافقة"];
    const PROPOSALS: &[&str] = &["اقتراح", "الاقتراح", "مقترح", "المقترح"];
    let n = before.len();
    let from = before
        .iter()
        .rposition(|w| w.ends_with(['.', ';', ':']))
        .map_or(0, |k| k + 1);
    let Some(j) = (from.max(n.saturating_sub(10))..n).find(|&j| {
        PROPOSALS.contains(&bare(before[j]))
            && j > from
            && ["على", "علي"].contains(&bare(before[j - 1]))
    }) else {
        return false;
    };
    (from..j - 1).rev().take(14).any(|k| {
        let w = bare(before[k]);
        APPROVES.contains(&w) || w.strip_prefix('و').is_some_and(|v| APPROVES.contains(&v))
    })
}

/// "قال الاتحاد ... إنه يتحتم على X تسليم ...", "أكد المجلس أنه يجب على X أن ...": an
/// obligation a report states after "إنه" / "أنه", on the one after "على".
pub(super) fn stated_obligation(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| ["إنه", "انه", "أنه", "بأنه"].contains(&bare(w)))
        && words
            .get(1)
            .is_some_and(|w| table::AR_OBLIGATION_VERBS.contains(&bare(w)))
        && words.get(2).is_some_and(|w| bare(w) == "على")
}

/// "ووجهوا بأن يتم الانتهاء من ...", "ووجه المجلس بأن تقوم الأمانة ...": a directive that
/// a thing be done (the verb, with "و" or not, its subject if named, then "بأن"); where its
/// "بأن" is.
pub(super) fn directive(words: &[&str]) -> Option<usize> {
    let first = bare(words.first()?);
    let verb = first.strip_prefix('و').unwrap_or(first);
    if !table::AR_DIRECTS.contains(&verb) {
        return None;
    }
    // "ووجهوا، إيمانا منهم بأهمية ...، ...، بتشكيل هيئة ...": a comma right after the verb
    // opens an aside; the act is the first "بـ" and verbal noun of the forms "تفعيل" /
    // "إفعال" in the sentence after it.
    if words[0].ends_with(',') {
        return (1..words.len().min(60))
            .take_while(|&k| !words[k - 1].ends_with('.'))
            .find(|&k| {
                bare(words[k]).strip_prefix('ب').is_some_and(|n| {
                    n.starts_with(['ت', 'إ']) && n.chars().count() >= 4 && !has_article(n)
                })
            });
    }
    let at = 1 + words
        .get(1..)
        .and_then(subject)
        .map_or(0, |(_, taken)| taken);
    // "ووجه المجلس بتكثيف الجهود ...": a verbal noun after "بـ"; thanks, a manner and who
    // chaired or took part ("ووجه المجلس برئاسة X إدانته") are no directive.
    let by_noun = |w: &str| {
        let aside =
            ["برئاسة", "بمشاركة", "بحضور", "باسم"].contains(&w) || table::AR_MANNER.contains(&w);
        !aside
            && w.strip_prefix('ب').is_some_and(|n| {
                n.chars().count() >= 3 && !["الشكر", "التحية", "التهنئة", "التقدير"].contains(&n)
            })
    };
    words
        .get(at)
        .is_some_and(|w| ["بأن", "بان"].contains(&bare(w)) || by_noun(bare(w)))
        .then_some(at)
}

/// "وجه القادة، المجلس الوزاري بتشكيل هيئة ...": a directive whose subject, closed by a
/// comma, is followed by the addressee it directs and "بـ" + a verbal noun; the addressee
/// is asked, and where the act founds a body whose members an agent picks ("يتم اختيارها
/// من قبل X"), X too.
pub(super) fn directed_to(words: &[&str]) -> Option<Requests> {
    // "وجه" itself opens with "و": the verb with or without a "و" before it.
    let first = bare(words.first()?);
    let verb = first.strip_prefix('و').unwrap_or(first);
    if !table::AR_DIRECTS.contains(&verb) && !table::AR_DIRECTS.contains(&first) {
        return None;
    }
    // "وجه رئيس المجلس بالنيابة سالم الحداد، ...": an office, then a person's name (up to
    // seven words, no verb nor preposition of an object) before the comma.
    let office = words
        .get(1)
        .is_some_and(|w| ["رئيس", "نائب", "وزير"].contains(&bare(w)));
    let taken = match words.get(1..).and_then(subject) {
        Some((_, taken)) => taken,
        None if office => 1,
        None => return None,
    };
    let mut at = 1 + taken;
    if !words[at - 1].ends_with(',') {
        let extra = words[at..].iter().take(7).position(|w| w.ends_with(','))?;
        let named = &words[at..=at + extra];
        if named
            .iter()
            .any(|w| is_verb(verb_form(w)) || ["إلى", "الى", "على", "من", "في"].contains(&bare(w)))
        {
            return None;
        }
        at += extra + 1;
    }
    let at = at + day_aside(&words[at..]);
    let rest = words.get(at..)?;
    if !rest
        .first()
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
    {
        return None;
    }
    let end = name_end(rest);
    // "بالإسراع في ...", "بالتنسيق مع ...": a verbal noun of the derived forms may take the
    // article; thanks ("بالتحية") do not direct.
    let derived = |n: &str| {
        n.strip_prefix("ال").is_some_and(|s| {
            s.starts_with(['إ', 'ا', 'ت'])
                && s.chars().count() >= 4
                && !["التحية", "التهنئة", "التقدير"].contains(&n)
        })
    };
    let noun = rest
        .get(end)
        .and_then(|w| bare(w).strip_prefix('ب'))
        .filter(|n| n.chars().count() >= 3 && (!has_article(n) || derived(n)))?;
    let addressees = names(&rest[..end]);
    if end == 0 || addressees.is_empty() {
        return None;
    }
    let action = action_after(&rest[end..], &["ب"])?;
    let mut act = vec![noun];
    act.extend(&rest[end + 1..]);
    let mut out = vec![(addressees, action)];
    out.extend(appointed_by(&act));
    Some(out)
}

/// "تشكيل هيئة متخصصة ...، يوكل إليها دراسة ...، ويتم توفير ... من قبل الأمانة العامة":
/// what a directive that founds a body goes on to ask: the body, of what is entrusted to it
/// (a verb of entrusting and its pronoun), and the agent a later passive names ("ويتم ...
/// من قبل X", after a comma).
fn founded_tasks(act: &[&str]) -> Requests {
    const ENTRUSTS: &[&str] = &["يوكل", "توكل", "يعهد", "تعهد", "يسند", "تسند"];
    const TO_IT: &[&str] = &["إليها", "اليها", "إليه", "اليه", "لها", "له"];
    let creates = act
        .first()
        .is_some_and(|w| ["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(w)));
    if !creates || act.len() < 3 {
        return Vec::new();
    }
    // The body founded: its name, up to the verb that describes it ("يتم اختيارها").
    let founded = &act[1..];
    let named = founded
        .iter()
        .position(|w| present_verb(bare(w)))
        .unwrap_or(founded.len());
    let body = names(&founded[..name_end(&founded[..named])]);
    let end = act
        .iter()
        .position(|w| w.ends_with(['.', ';']))
        .map_or(act.len(), |k| k + 1);
    let mut out = Vec::new();
    for k in 2..end {
        let w = bare(act[k]);
        if ENTRUSTS.contains(&w)
            && act.get(k + 1).is_some_and(|p| TO_IT.contains(&bare(p)))
            && !body.is_empty()
            && let Some(action) = action_after(&act[k + 2..end], &[])
        {
            out.push((body.clone(), action));
        }
        if ["ويتم", "وتتم"].contains(&w)
            && act[k - 1].ends_with(',')
            && let Some(agent) = passive_agent(&act[k..end])
        {
            let upto = act[k + 1..end]
                .windows(2)
                .position(|p| ["من", "ومن"].contains(&bare(p[0])) && bare(p[1]) == "قبل")
                .map_or(end, |j| k + 1 + j);
            out.push((agent, clean(&act[k + 1..upto].join(" "))));
        }
    }
    out
}

/// "أشاد المجلس بجهود الهيئة،": whose efforts the sentence's praise ending right before
/// names (a name of at most four words closed by the comma).
fn praised_efforts(before: &[&str]) -> Option<Vec<String>> {
    let n = before.len();
    if n == 0 || !before[n - 1].ends_with(',') {
        return None;
    }
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    let k = (from..n)
        .rev()
        .take(5)
        .find(|&k| ["بجهود", "لجهود"].contains(&bare(before[k])))?;
    let praised = before[from..k].iter().any(|w| {
        let w = bare(w);
        table::AR_WELCOMES.contains(&w.strip_prefix('و').unwrap_or(w))
    });
    let name = &before[k + 1..];
    (praised && !name.is_empty() && name_end(name) == name.len())
        .then(|| names(name))
        .filter(|a| !a.is_empty())
}

/// "اليوم الجمعة،", "يوم الخميس،", "أمس،": a day between commas after a subject; how many
/// words it takes (none where no such day follows).
fn day_aside(words: &[&str]) -> usize {
    let weekday = |w: &str| table::AR_WEEKDAYS.iter().any(|(d, _)| *d == bare(w));
    match words {
        [a, b, ..] if ["اليوم", "يوم"].contains(&bare(a)) && weekday(b) && b.ends_with(',') => {
            2
        }
        [a, ..] if (weekday(a) || ["أمس", "امس"].contains(&bare(a))) && a.ends_with(',') => 1,
        _ => 0,
    }
}

/// What a directive asks, and of whom: the actor its "أن" clause names ("بأن تقوم الأمانة
/// العامة بـ"), the one a passive names after "من قبل" ("بأن يتم ... من قبل اللجنة"), else
/// all concerned (a call that names no one).
fn directed(words: &[&str]) -> Option<(Vec<String>, String)> {
    let enders = ["بأن", "بان", "ب"];
    let (actors, action) = unnamed_call(words, &enders)?;
    if actors.first().is_some_and(|a| a != UNNAMED) {
        return Some((actors, action));
    }
    Some((passive_agent(words).unwrap_or(actors), action))
}

/// "... من قبل الأمانة العامة", "من قبل خبراء مختصين": the agent a passive names, before
/// the sentence ends.
pub(super) fn passive_agent(words: &[&str]) -> Option<Vec<String>> {
    // The sentence's last word ("... من قبل الأمانة العامة.") is in it.
    let end = words
        .iter()
        .position(|w| w.ends_with(['.', ';']) || *w == ".")
        .map_or(words.len(), |k| if words[k] == "." { k } else { k + 1 });
    let k = words[..end]
        .windows(2)
        .position(|p| ["من", "ومن"].contains(&bare(p[0])) && bare(p[1]) == "قبل")?;
    let rest = words.get(k + 2..end)?;
    let head = rest.first()?;
    if !table::AR_ACTOR_HEADS.contains(&bare(head)) && !table::AR_AGENT_NOUNS.contains(&bare(head))
    {
        return None;
    }
    let pieces = names(&rest[..name_end(rest)]);
    (!pieces.is_empty()).then_some(pieces)
}

/// "... فعلى الأمين العام أن يوفد ...", "على اللجنة أن تقدم ...": what X shall do, "على"
/// (after the "فـ" of a condition's answer) + an actor + "أن"; the actor is asked.
pub(super) fn obligation(words: &[&str]) -> bool {
    let opens = words
        .first()
        .is_some_and(|w| ["فعلى", "فعلي", "على"].contains(&bare(w)));
    let named = words
        .get(1)
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)));
    opens && named && {
        let end = 1 + name_end(&words[1..]);
        words
            .get(end)
            .is_some_and(|w| ["أن", "ان"].contains(&bare(w)))
    }
}

/// Whether the clause from `from` to `to` (the next clause's start) is followed, after a
/// comma, by its own past verb again: "ودعا المجلس ...، دعا إلى ...".
pub(super) fn resumed(words: &[&str], from: usize, to: usize) -> bool {
    let verb = verb_form(words[from]);
    to > from + 1
        && to < words.len()
        && words[to - 1].ends_with(',')
        && table::AR_PAST.contains(&verb)
        && verb_form(words[to]) == verb
        && !words[to].starts_with('و')
}

/// Whether the next sentence after `before`'s words says they were said in speeches ("جاء
/// ذلك في الكلمات التي ألقاها ...").
pub(super) fn attributed_to_speeches(_before: &[&str], rest: &[&str]) -> bool {
    let Some(end) = rest.iter().position(|w| w.ends_with('.')) else {
        return false;
    };
    rest[end + 1..rest.len().min(end + 6)].windows(3).any(|w| {
        bare(w[0]).ends_with("جاء")
            && bare(w[1]) == "ذلك"
            && rest
                .iter()
                .skip(end + 1)
                .take(6)
                .any(|x| table::AR_SPEECH_WORDS.contains(&bare(x)))
    })
}

/// "وافق X على اقتراح Y بأن يقوم Z بـ ...": the proposal's actor Z is asked.
pub(super) fn proposal_actor(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    (["بأن", "بان"].contains(&bare(words[0])) && approved_proposal(before)).then(|| {
        words
            .get(1..)
            .and_then(acting_subject)
            .into_iter()
            .collect()
    })
}

/// "قال الاتحاد إنه يتحتم على X تسليم ... خلال 60 يوما": X must act; not what a person
/// said ("قال الوزير إنه يجب على ...").
pub(super) fn stated_obligation_of(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    if !stated_obligation(words) {
        return None;
    }
    if by_speaker(before) {
        return Some(Vec::new());
    }
    Some(
        request(&words[3..], &[], &["أن", "ان"], false, &[])
            .into_iter()
            .collect(),
    )
}

pub(super) fn directed_to_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    directed_to(words)
}

pub(super) fn directive_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let at = directive(words)?;
    let mut found = directed(&words[at..]);
    // "وأشاد المجلس بجهود الهيئة، ووجه بأن تستمر في أعمالها": the that-clause's verb
    // names no subject; its doer is the one whose efforts were praised before.
    if let Some((actors, _)) = &mut found
        && actors.first().is_some_and(|a| a == UNNAMED)
        && words
            .get(at)
            .is_some_and(|w| ["بأن", "بان"].contains(&bare(w)))
        && let Some(praised) = praised_efforts(before)
    {
        *actors = praised;
    }
    let mut out: Requests = found.into_iter().collect();
    if let Some(noun) = words.get(at).and_then(|w| bare(w).strip_prefix('ب')) {
        let mut act = vec![noun];
        act.extend(&words[at + 1..]);
        out.extend(founded_tasks(&act));
    }
    Some(out)
}

pub(super) fn affirmed_decision_clause(_: &[&str], words: &[&str], body: &str) -> Option<Requests> {
    affirmed_decision(words, body).map(|found| vec![found])
}

pub(super) fn necessity_of_doer_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    necessity_of_doer(words).map(|found| vec![found])
}

pub(super) fn announced_meeting_clause(
    before: &[&str],
    words: &[&str],
    _: &str,
) -> Option<Requests> {
    let by = announced_meeting(before, words)?;
    let act = format!("عقد {}", words[1..].join(" "));
    Some(vec![(vec![by], clean(&act))])
}

pub(super) fn announced_decision_clause(
    before: &[&str],
    words: &[&str],
    _: &str,
) -> Option<Requests> {
    announced_decision(before, words).map(|found| vec![found])
}

pub(super) fn time_granted_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    time_granted(words).map(|found| vec![found])
}

pub(super) fn meeting_announced_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    meeting_announced(words).map(|found| vec![found])
}

/// "... الاشادة بجهود الأمينين ... وحثهما على ...": a verbal noun that asks, its
/// addressee a pronoun for the actor named before.
pub(super) fn pronoun_noun_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let &(_, _, enders) = pronoun_noun(words[0]).filter(|_| in_noun_item(before))?;
    let Some(actor) = antecedent(before) else {
        return Some(Vec::new());
    };
    Some(
        action_after(&words[1..], enders)
            .map(|action| vec![(vec![actor], action)])
            .unwrap_or_default(),
    )
}

/// "ومن المفترض أن يشكل X ...", "ويجدر بـX أن تقدم ...": a report's way of saying what X
/// is to do under the text it reports, X named after the verb or after "بـ"; X is asked.
/// Not after "كان" (what was to be done and was not).
pub(super) fn supposed_doer(before: &[&str], words: &[&str]) -> Option<(Vec<String>, String)> {
    let was = before
        .last()
        .is_some_and(|w| ["كان", "وكان", "كانت", "وكانت"].contains(&bare(w)));
    let first = bare(words.first()?);
    let that = |w: Option<&&str>| w.is_some_and(|w| ["أن", "ان"].contains(&bare(w)));
    if ["من", "ومن"].contains(&first)
        && !was
        && words
            .get(1)
            .is_some_and(|w| table::AR_SUPPOSED.contains(&bare(w)))
        && that(words.get(2))
    {
        return acting_subject(&words[3..]);
    }
    // "ويجدر بالفرقة أن ترفع ...": the doer after "بـ" (an actor's head, so "يجدر بالذكر
    // أن" is no request), then "أن" and the act, as "على X أن" is read.
    if table::AR_BEHOVES.contains(&first) {
        let head = bare(words.get(1)?).strip_prefix('ب')?;
        if !table::AR_ACTOR_HEADS.contains(&head) {
            return None;
        }
        let mut named = vec![head];
        named.extend(&words[2..]);
        if !that(named.get(name_end(&named))) {
            return None;
        }
        return request(&named, &[], &["أن", "ان"], false, &[]);
    }
    None
}

/// "... الاجتماع الثاني للجنة ... على أن ترفع نتائج أعمالها إلى ...": a proviso whose
/// present verb names no subject, its object's pronoun ("أعمالها") standing for the body
/// last named before it of the verb's gender ("ت" a feminine name, "ي" another), names
/// that body's task; the body is asked ("على أن يقوم X بـ" is `proviso_task`'s).
pub(super) fn proviso_pronoun_doer(
    before: &[&str],
    words: &[&str],
) -> Option<(Vec<String>, String)> {
    if bare(words.first()?) != "على" || !["أن", "ان"].contains(&bare(words.get(1)?)) {
        return None;
    }
    let verb = bare(words.get(2)?);
    let object = bare(words.get(3)?);
    if !present_verb(verb)
        || has_article(object)
        || table::AR_ACTOR_HEADS.contains(&object)
        || !words[3..words.len().min(6)]
            .iter()
            .any(|w| ["ها", "ه"].iter().any(|p| bare(w).ends_with(p)))
    {
        return None;
    }
    let feminine = verb.starts_with('ت');
    // "للجنة": "لـ" before "اللجنة" (one lam dropped), "للدول" before "الدول".
    let head = |w: &str| -> Option<String> {
        let w = bare(w);
        let forms = match w.strip_prefix("لل") {
            Some(n) => vec![format!("ال{n}"), format!("الل{n}")],
            None => vec![w.to_string()],
        };
        forms
            .into_iter()
            .find(|f| table::AR_ACTOR_HEADS.contains(&f.as_str()) && f != "جميع")
    };
    let from = before
        .iter()
        .rposition(|w| w.ends_with(['.', ';', ':']))
        .map_or(0, |k| k + 1);
    let k = (from..before.len())
        .rev()
        .find(|&k| head(before[k]).is_some_and(|h| h.ends_with('ة') == feminine))?;
    let first = head(before[k])?;
    let mut owned: Vec<&str> = vec![first.as_str()];
    owned.extend(&before[k + 1..]);
    let end = name_end(&owned);
    let actors = names(&owned[..end]);
    if actors.is_empty() {
        return None;
    }
    Some((actors, clean(&words[2..].join(" "))))
}

pub(super) fn proviso_pronoun_doer_clause(
    before: &[&str],
    words: &[&str],
    _: &str,
) -> Option<Requests> {
    proviso_pronoun_doer(before, words).map(|found| vec![found])
}

pub(super) fn supposed_doer_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    supposed_doer(before, words).map(|found| vec![found])
}

pub(super) fn obligation_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    if obligation(words)
        && let Some(found) = request(&words[1..], &[], &["أن", "ان"], false, &[])
    {
        return Some(vec![found]);
    }
    None
}

/// "ومطالبة لحكومة X ...": the verbal noun, its addressee after "لـ" (not the
/// participle "demanding").
pub(super) fn noun_asking_by_lam(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let entry = asking_noun(words[0]).filter(|(_, openers, _)| {
        words
            .get(1)
            .is_some_and(|w| openers.contains(&"ل") && opens(w, openers))
    })?;
    Some(
        noun_request(entry, rest_of(words), before)
            .into_iter()
            .collect(),
    )
}

pub(super) fn asking_noun_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let entry = asking_or_opening_noun(before, words)?;
    // "وقال رئيس البرلمان إن البرلمان بحث مشاريع قرارات، من ضمنها ... ودعوة X إلى
    // ...": a verbal noun in a person's reported words asks nothing yet.
    if !before.is_empty() && by_speaker(before) {
        return Some(Vec::new());
    }
    Some(
        noun_request(entry, rest_of(words), before)
            .into_iter()
            .collect(),
    )
}

/// Whether a clause's verb asks nothing: it describes, is said by someone, tells of an
/// earlier call or one to come, or has a subject other than the body.
pub(super) fn not_asking(before: &[&str], words: &[&str]) -> bool {
    let first = words[0];
    // "اللجنة التي قرر المجلس تمديد ولايتها": a verb in a relative clause describes.
    let relative = before
        .last()
        .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)));
    if spoken(before)
        || spoken_after(words)
        || described(before, words)
        || relative
        || any_one_that(before, first)
        || person_subject(words)
        || other_party_subject(words)
        || (recommends_approval(words) && referral(words).is_none())
    {
        return true;
    }
    // "وكان العراق قد دعا ...، ودعوة ...": an earlier call, told; "ومن المتوقع أن يجدد
    // المجلس ...، داعيا ...": one to come.
    if told_or_expected(before) {
        return true;
    }
    // "أن المملكة دعت الوزراء إلى ...": a State named before the verb calls, not the body.
    if stated_subject(before, first) {
        return true;
    }
    // "كان رئيس المفوضية ... أدان ...، ودعا إلى ...": a person's call, its subject elided;
    // not the body named after the verb, nor before it after "إن" ("قال رئيس المجلس إن
    // المجلس قرر ..."), nor those a plural verb names ("قال ...: حيث كلفوا ...").
    let own_subject = words
        .get(1)
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
        || body_before_verb(before);
    let plural = verb_form(first).ends_with("وا");
    // "... . وقال "إننا ندعو X إلى ..."": a person's own first person, quoted after he is
    // named (not a declaration's, which no speaker reads out).
    let we = verb_form(first).starts_with('ن')
        && table::AR_VERBS
            .iter()
            .any(|(v, _, _)| *v == verb_form(first));
    (table::AR_PAST.contains(&verb_form(first)) || we)
        && !own_subject
        && !plural
        && by_speaker(before)
}

/// "لم تتلق أي طلب من أي جهة رسمية، تطالب بعقد ...": a present verb describing "any" one
/// named just before it (an indefinite noun after "أي"), not a call.
fn any_one_that(before: &[&str], verb: &str) -> bool {
    let present = verb_form(verb).starts_with(['ي', 'ت']) && bare(verb) == verb_form(verb);
    let n = before.len();
    present
        && (2..=4).any(|d| {
            n >= d
                && ["أي", "اي", "أية", "اية"].contains(&bare(before[n - d]))
                && before[n - d + 1..]
                    .iter()
                    .all(|w| !has_article(bare(w)) && !w.ends_with('.'))
        })
}

/// "... إن المجلس قرر": "إن" / "أن" and the body just before the verb.
fn body_before_verb(before: &[&str]) -> bool {
    let n = before.len();
    let one_word = n >= 2
        && ["أن", "ان", "إن"].contains(&bare(before[n - 2]))
        && table::AR_BODY_HEADS.contains(&bare(before[n - 1]))
        && !before[n - 1].ends_with([',', '.']);
    // "... للصحافيين أن مجلس السلم والأمن التابع للاتحاد قرر ...": the body's whole name
    // (its subject's words, up to eight) between "أن" and the verb.
    let named = (3..=9).any(|d| {
        n >= d
            && ["أن", "ان", "إن"].contains(&bare(before[n - d]))
            && before[n - d + 1..]
                .iter()
                .all(|w| !w.ends_with([',', '.', ';', ':']))
            && subject(&before[n - d + 1..]).is_some_and(|(_, taken)| taken == d - 1)
    });
    one_word || named
}

/// "بإحالة موضوع ... إلى اللجنة الثقافية لدراسة ...", "على أن يحال الموضوع إلى X لبحث
/// ...": whom a matter is referred to, and what for.
fn referral(words: &[&str]) -> Option<(Vec<String>, String)> {
    let refers = |w: &str| {
        let w = bare(w);
        let w = w
            .strip_prefix('ب')
            .filter(|r| r.chars().count() >= 4)
            .unwrap_or(w);
        ["إحالة", "احالة", "يحال", "تحال", "أحيل", "احيل"].contains(&w)
    };
    let k = words.iter().position(|w| refers(w))?;
    let to = (k + 1..words.len().min(k + 10))
        .take_while(|&i| !words[i - 1].ends_with('.'))
        .find(|&i| ["إلى", "الى"].contains(&bare(words[i])) || joined_to(words, k, i))?;
    // "إلى X لـ ...", or "الموضوع للمنظمة X لـ ...": "لـ" joined to the name.
    let restored = bare(words[to])
        .strip_prefix("لل")
        .map(|r| format!("ال{r}"))
        .filter(|_| !["إلى", "الى"].contains(&bare(words[to])));
    // The words after "إلى", or after the joined name with that name restored first.
    let mut named: Vec<&str> = restored.iter().map(String::as_str).collect();
    named.extend(&words[to + 1..]);
    let mut end = name_end(&named);
    // "... للتنمية الزراعية للاختصاص".": a last "لـ" word that ends the sentence is what
    // for, not the name's.
    if end == named.len() && end > 1 && named[end - 1].starts_with("لل") {
        end -= 1;
    }
    let what = named.get(end).map(|w| bare(w))?;
    // "لدراسة" is "دراسة"; "للاختصاص" is "الاختصاص".
    let act = match what.strip_prefix("لل") {
        Some(r) => format!("ال{r}"),
        None => what.strip_prefix('ل').unwrap_or_default().to_string(),
    };
    if act.chars().count() < 3 {
        return None;
    }
    let actors = names(&named[..end]);
    if actors.is_empty() {
        return None;
    }
    let mut action = vec![act.as_str()];
    action.extend(&named[end + 1..]);
    Some((actors, clean(&action.join(" "))))
}

/// "بإحالة الموضوع للمنظمة ...": the name the matter goes to, "لـ" joined to it, right
/// after the matter referred.
fn joined_to(words: &[&str], k: usize, i: usize) -> bool {
    i == k + 2
        && has_article(bare(words[k + 1]))
        && bare(words[i])
            .strip_prefix("لل")
            .is_some_and(|r| r.chars().count() >= 3)
}

/// "توصي اللجنة بالموافقة على ما يأتي": a committee recommends the
/// council's approval of what follows; the committee is its subject, not asked.
fn recommends_approval(words: &[&str]) -> bool {
    table::AR_RECOMMENDS.contains(&verb_form(words[0]))
        && words
            .get(1)
            .is_some_and(|w| ["لجنة", "اللجنة"].contains(&bare(w)))
        && words
            .iter()
            .skip(2)
            .take(6)
            .any(|w| ["بالموافقة", "بموافقة"].contains(&bare(w)))
}

/// "اعتمدت الجمعية العامة قرارا يقضي بـ ...": what the resolution adopted decides, by the
/// body that adopted it.
pub(super) fn adopted_act(before: &[&str], words: &[&str]) -> Requests {
    let first = words[0];
    // "وافق X على قرار يمدد ... . ومن المقرر أن ...": the act ends with its sentence.
    let words = match words.iter().position(|w| w.ends_with('.')) {
        Some(k) => &words[..=k],
        None => words,
    };
    adopting_body(before)
        .map(|by| {
            let act = if provides_word(first) {
                &words[1..]
            } else {
                words
            };
            let act = act.join(" ");
            let act = act.strip_prefix(['ب', 'ل']).unwrap_or(&act);
            vec![(vec![by], clean(act))]
        })
        .unwrap_or_default()
}

/// "قراراً يجدد لمدة عام تفويض البعثة", "قرارا يجدد تفويضها": a resolution that renews a
/// mandate (for a period), not one that renews a call or a view ("يجدد دعوته", "يجدد دعمه").
pub(super) fn renews_mandate(words: &[&str]) -> bool {
    let renews = words
        .first()
        .is_some_and(|w| table::AR_RENEWS.contains(&bare(w)));
    let what = words.get(1).map(|w| bare(w)).unwrap_or_default();
    let what = what.strip_prefix("ال").unwrap_or(what);
    renews
        && (["لمدة", "لفترة"].contains(&what)
            || table::AR_MANDATE_WORDS.iter().any(|m| what.starts_with(m)))
}

/// The verbal noun a clause opens with, if it asks: not a past verb with its subject.
fn asking_or_opening_noun(before: &[&str], words: &[&str]) -> Option<&'static Entry> {
    let first = words[0];
    // "وحث المجلس ... على": a past verb with its subject, not the verbal noun "حث".
    let past_with_subject = table::AR_PAST.contains(&verb_form(first))
        && words
            .get(1)
            .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)));
    let noun = if past_with_subject {
        None
    } else if before.is_empty() || opening_noun(first).is_some() && noun_opens(before) {
        asking_noun(first).or_else(|| opening_noun(first))
    } else {
        asking_noun(first)
    };
    noun.or_else(|| by_noun(first, words.get(1), before))
        .or_else(|| besides_noun(before, first))
        .filter(|_| !past_with_subject)
}

/// Whether an actor a directive names opens with the head of a body or an actor ("الأمانة
/// العامة", "الوزراء", "الأجهزة المتفرعة"), not with what is directed ("الشكر", "الدعوة").
pub(super) fn directed_head(actor: &str) -> bool {
    actor.split_whitespace().next().is_some_and(|w| {
        let w = bare(w);
        table::AR_ACTOR_HEADS.contains(&w)
            || table::AR_BODY_HEADS.contains(&w)
            || table::AR_DIRECTED_HEADS.contains(&w)
    })
}

/// "توصي اللجنة بإحالة الموضوع إلى X لدراسته", "... على أن يحال الموضوع إلى X لبحث
/// ...": a committee recommends a referral; X is asked.
/// "وتوصي بإحالة الموضوع للمنظمة X للاختصاص": the committee named before.
pub(super) fn recommended_referral(verb: &str, rest: &[&str]) -> Option<(Vec<String>, String)> {
    if table::AR_RECOMMENDS.contains(&verb)
        && rest.first().is_some_and(|w| {
            let w = bare(w);
            ["لجنة", "اللجنة"].contains(&w) || ["بإحالة", "باحالة"].contains(&w)
        })
    {
        return referral(rest);
    }
    None
}

/// "الوزراء، مجلس الأمن ...", "القادة العرب الأمم المتحدة ...": after a plural past verb,
/// people named by their plural (and their adjectives), then another actor's head: the
/// people speak, the other is asked.
fn speakers_then_addressee(rest: &[&str]) -> bool {
    if !rest
        .first()
        .is_some_and(|w| table::AR_SPEAKING_PLURALS.contains(&bare(w)))
    {
        return false;
    }
    let mut k = 1;
    while rest.get(k).is_some_and(|w| adjective(bare(w))) && !rest[k - 1].ends_with([',', '،']) {
        k += 1;
    }
    rest.get(k).is_some_and(|w| {
        table::AR_ACTOR_HEADS.contains(&bare(w)) || table::AR_BODY_HEADS.contains(&bare(w))
    })
}

/// The request of a verb of the tables (`entry`: the verb, its openers and enders);
/// `aside` when a comma follows the verb.
pub(super) fn table_verb_clause(
    before: &[&str],
    rest: &[&str],
    &(v, openers, enders): &Entry,
    aside: bool,
    body: &str,
) -> Requests {
    // "تعهد القادة بالعمل ...": a pledge; "تعهد إلى X بـ ..." entrusts X.
    if ["تعهد", "يعهد", "عهد"].contains(&v)
        && !rest[..rest.len().min(12)]
            .iter()
            .any(|w| opens(w, openers) || table::AR_PRONOUN_ADDRESSEES.contains(&bare(w)))
    {
        return Vec::new();
    }
    // "أوصوا مجلس X بـ ...", "دعوا مجلس X إلى ...": a plural past verb holds its subject;
    // the body after it is the one asked, as after a present verb.
    // "وطالبوا الوزراء، مجلس الأمن بـ ...": but people named by their plural, the verb
    // agreeing with them as reports write it, then another name, are its subject.
    let body_next = rest
        .first()
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
        && !speakers_then_addressee(rest);
    let past = table::AR_PAST.contains(&v) && !(v.ends_with("وا") && body_next);
    // "وطالب مجلس الأمن والأمم المتحدة بتحمل مسؤولياتهما": two bodies joined before
    // the act are those asked (the subject is the sentence's, elided).
    if past && !aside && coordinated_addressees(rest, enders, body) {
        return request(rest, openers, enders, false, before)
            .into_iter()
            .collect();
    }
    // "ودعا، خلال الاجتماع ...، برئاسة ...، اليوم، إلى ...": an aside of several
    // commas between the verb and its ender; the call names no one.
    if aside
        && openers.is_empty()
        && let Some(k) = (1..rest.len().min(45))
            .find(|&k| rest[k - 1].ends_with(',') && ends_at(rest[k], enders))
    {
        return request(&rest[k..], openers, enders, false, before)
            .into_iter()
            .collect();
    }
    request(rest, openers, enders, past || aside, before)
        .into_iter()
        .collect()
}

/// The request of a verb with its addressee as a pronoun ("دعاه", "يدعوهم"): the one named
/// before, and any others joined to it ("وحثه هو والجهات الداعية على ...").
pub(super) fn pronoun_verb_clause(
    before: &[&str],
    verb: &str,
    rest: &[&str],
    enders: &[&str],
) -> Requests {
    let plural = verb.ends_with("هم") || verb.ends_with("هما");
    // "تعرب عن ارتياحها لـ X، وY، وZ، لما أسهمت به ...، وتدعوها إلى ...": the pronoun
    // stands for those the paragraph thanks.
    let thanked = (plural || verb.ends_with("ها"))
        .then(|| thanked_names(before))
        .flatten();
    let actors = match thanked {
        Some(list) => list,
        None => match antecedent_of(before, plural) {
            Some(actor) => vec![actor],
            None => return Vec::new(),
        },
    };
    let (more, rest) = with_pronoun(rest, enders);
    action_after(rest, enders)
        .map(|action| ([actors, more].concat(), action))
        .into_iter()
        .collect()
}

/// The names a paragraph thanks, by "لـ" after a word of thanks ("ارتياحها للجنة X،
/// واللجنة Y، ...") up to the reason ("لما", "على", "عن"): two or more, each up to its
/// comma.
fn thanked_names(before: &[&str]) -> Option<Vec<String>> {
    let t = before
        .iter()
        .rposition(|w| table::AR_THANKS_FOR.contains(&bare(w)))?;
    let first = before.get(t + 1)?.strip_prefix('ل')?;
    let mut span: Vec<&str> = before[t + 1..].to_vec();
    span[0] = first;
    let mut out = Vec::new();
    for piece in span.split_inclusive(|w| w.ends_with(',')) {
        let head = bare(piece[0]);
        let head = head.strip_prefix('و').unwrap_or(head);
        if ["لما", "على", "عن"].contains(&head) {
            break;
        }
        let mut words = piece.to_vec();
        words[0] = words[0].strip_prefix('و').unwrap_or(words[0]);
        if !table::AR_ACTOR_HEADS.contains(&bare(words[0])) {
            break;
        }
        // The whole piece up to its comma, unless it runs long.
        let end = if words.len() <= 10 {
            words.len()
        } else {
            name_end(&words).max(1)
        };
        out.push(
            words[..end]
                .join(" ")
                .trim_end_matches([',', ';', '.'])
                .to_string(),
        );
    }
    (out.len() >= 2).then_some(out)
}

/// Whether a past verb's words open with a body other than the text's, "و" and another
/// name, then the verb's ender ("مجلس الأمن والأمم المتحدة بتحمل ...").
fn coordinated_addressees(rest: &[&str], enders: &[&str], body: &str) -> bool {
    if !rest
        .first()
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
    {
        return false;
    }
    let end = name_end_before(rest, enders);
    if rest[..end].iter().any(|w| w.ends_with([',', '.'])) {
        return false;
    }
    let pieces = names(&rest[..end]);
    // The first name is the body's whole name ("القمة الأمانة العامة ..." is a subject and
    // then its addressee).
    let whole = subject(rest).is_some_and(|(name, _)| {
        pieces
            .first()
            .is_some_and(|p| *p == name || name.starts_with(p.as_str()))
    });
    let other = whole
        && pieces
            .first()
            .is_some_and(|n| n != body && !body.starts_with(n.as_str()));
    pieces.len() >= 2
        && other
        && rest.get(end).is_some_and(|w| {
            enders
                .iter()
                .any(|e| e.chars().count() == 1 && w.starts_with(e) && w.chars().count() > 4)
        })
}

/// The body named before a past decision as a subject ("واعتبر مجلس الأمن ...", "قرر
/// أصحاب الجلالة والسمو قادة دول ..."): right after a verb, a "و" verb, an honorific or a
/// break; not a name after a preposition, a slash or another noun ("في / قمة مسقط /",
/// "قبل انعقاد الدورة ...", "لقادة دول مجلس التعاون"), nor a meeting to come.
pub(super) fn decider_before(before: &[&str]) -> Option<String> {
    let k = (0..before.len()).rev().find(|&k| {
        table::AR_BODY_HEADS.contains(&bare(before[k]))
            && subject_position(before, k)
            && !before
                .get(k + 1)
                .is_some_and(|w| table::AR_NEXT.contains(&bare(w)))
    })?;
    subject(&before[k..]).map(|(name, _)| name)
}

/// Whether the word at `k` stands where a verb's subject does: after a verb of the
/// tables, a "و" verb, an honorific or a break; or after any other word that is no
/// preposition, slash nor noun ("أعلن مجلس ..."), unless it names a meeting ("قبل انعقاد
/// الدورة ...": a meeting after an unknown word is more likely what is awaited).
fn subject_position(words: &[&str], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| words[p]) else {
        return true;
    };
    let w = bare(prev);
    let joined_verb = w.strip_prefix('و').is_some_and(|r| {
        r.chars().count() >= 3
            && !has_article(r)
            && !table::AR_ACTOR_HEADS.contains(&r)
            && !table::AR_BODY_HEADS.contains(&r)
    });
    let known = table::AR_HONORIFIC_TITLES.contains(&w)
        || (prev != "/" && prev.ends_with([',', ';', '.', ':']))
        || is_verb(verb_form(prev))
        || table::AR_PAST.contains(&verb_form(prev))
        || joined_verb;
    let blocked = prev == "/"
        || [
            "في", "فى", "على", "إلى", "الى", "من", "عن", "مع", "أمام", "حول", "بعد", "قبل", "خلال",
        ]
        .contains(&w)
        || has_article(w)
        || table::AR_ACTOR_HEADS.contains(&w)
        || table::AR_BODY_HEADS.contains(&w);
    let meeting = ["الدورة", "القمة", "الاجتماع", "دورة", "قمة", "اجتماع"].contains(&bare(words[k]));
    known || (!blocked && !meeting)
}

/// "وينشئ المجلس لجنة ... مكلفة بـ ...": what the text
/// establishes (the body's act) and, where the text says it, what the new body is tasked
/// with (its own mandate).
pub(super) fn established(rest: &[&str], body: &str) -> Requests {
    let (by, mut i) = match subject(rest) {
        Some((name, taken)) => (name, taken),
        None => (body.to_string(), 0),
    };
    // "بموجب هذا القرار": by the text itself.
    if rest.get(i).is_some_and(|w| bare(w) == "بموجب") {
        i += 1 + rest[i + 1..]
            .iter()
            .take(2)
            .take_while(|w| ["هذا", "القرار", "قراره"].contains(&bare(w)))
            .count();
    }
    let words = &rest[i.min(rest.len())..];
    let tasked = words
        .iter()
        .take(8)
        .position(|w| ["مكلفة", "مكلف", "المكلفة", "المكلف"].contains(&bare(w)));
    let end = tasked.unwrap_or_else(|| name_end(words));
    if end == 0 {
        return Vec::new();
    }
    let created = words[..end].join(" ");
    let mut out = vec![(vec![by], clean(&format!("إنشاء {created}")))];
    if let Some(t) = tasked
        && let Some(action) = action_after(&words[t + 1..], &["ب"])
    {
        out.push((vec![clean(&created)], action));
    }
    out
}

/// "... وأدان ... ودعا مجلس الأمن الدولي لاتخاذ ...": after "و" the sentence's subject
/// goes on; the body named at once, with the act right after it, is the one asked. None
/// when the clause is not such.
pub(super) fn joined_subject_request(
    before: &[&str],
    words: &[&str],
    verb: &str,
) -> Option<Requests> {
    let first = words[0];
    let rest = &words[1..];
    if first.starts_with('و')
        && table::AR_PAST.contains(&verb)
        && let Some(&(_, openers, enders)) = table::AR_VERBS.iter().find(|(v, _, _)| *v == verb)
        && let Some((name, taken)) = subject(rest)
        // "ودعا المجلس ..." goes on with its subject; "وناشد الجامعة العربية لـ ..." after
        // another body asks the League.
        && (!name.starts_with("ال") || name.split_whitespace().count() >= 2)
        && rest
            .get(taken)
            .is_some_and(|w| !w.ends_with(',') && ends_at(w, enders))
        && !rest[taken - 1].ends_with(',')
        && other_subject_before(before, &name)
    {
        return Some(
            request(rest, openers, enders, false, before)
                .into_iter()
                .collect(),
        );
    }
    None
}

/// "وحثه هو والجهات الداعية على ...": after a pronoun addressee, "هو" and another name
/// joined by "و" are asked too. The names and the words after them.
fn with_pronoun<'a, 'b>(rest: &'a [&'b str], enders: &[&str]) -> (Vec<String>, &'a [&'b str]) {
    let emphatic = rest
        .first()
        .is_some_and(|w| ["هو", "هي", "هم", "هما"].contains(&bare(w)));
    let joined = rest.get(1).and_then(|w| bare(w).strip_prefix('و'));
    let (true, Some(head)) = (emphatic, joined) else {
        return (Vec::new(), rest);
    };
    let mut words: Vec<&str> = rest[1..].to_vec();
    words[0] = head;
    let end = name_end_before(&words, enders);
    (names(&words[..end]), &rest[1 + end..])
}

/// Whether the sentence so far tells an earlier act ("وكان X قد ...") or one expected
/// ("من المتوقع أن", "من المنتظر أن", "من المقرر أن"): neither is the body's decision.
pub(super) fn told_or_expected(before: &[&str]) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    let sentence = &before[from..];
    let told = sentence.windows(2).enumerate().any(|(k, w)| {
        ["كان", "وكان", "كانت", "وكانت"].contains(&bare(w[0]))
            && sentence[k + 1..sentence.len().min(k + 5)]
                .iter()
                .any(|x| bare(x) == "قد")
    });
    let expected = sentence
        .windows(2)
        .any(|w| table::AR_EXPECTED.contains(&bare(w[0])) && ["أن", "ان"].contains(&bare(w[1])));
    // "كما سيبعث الاجتماع برسالة ... تطالبه": a meeting's act to come.
    let future = sentence.iter().any(|w| future_verb(bare(w)));
    // "عقدت اجتماعا ...، بغية مطالبة ...": what it was held for.
    let purpose = before
        .last()
        .is_some_and(|w| table::AR_PURPOSE.contains(&bare(w)));
    told || expected || future || purpose
}

/// "جدير بالذكر أن المملكة دعت ...": "أن" + one name that is no body + a past verb.
fn stated_subject(before: &[&str], verb: &str) -> bool {
    let n = before.len();
    n >= 2
        && table::AR_PAST.contains(&verb_form(verb))
        && ["أن", "ان", "إن"].contains(&bare(before[n - 2]))
        && !before[n - 1].ends_with([',', '.'])
        && !table::AR_BODY_HEADS.contains(&bare(before[n - 1]))
        && !table::AR_TEXT_HEADS.contains(&bare(before[n - 1]))
}

/// "سيبعث", "ستطالب", "وسيدعو": "سـ" + a present verb of the tables or of a report's
/// meeting (not "سيادته", "ستة").
fn future_verb(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    w.strip_prefix('س').is_some_and(|v| {
        v.starts_with(['ي', 'ت'])
            && (table::AR_VERBS.iter().any(|(x, _, _)| *x == v)
                || table::AR_FUTURE_ACTS.contains(&v))
    })
}

/// "وفي الكلمات المتتالية للقادة، دعا الجميع إلى ...", "وفي كلمته ...": what a speaker
/// urged in a speech, in the sentence so far; the body asked nothing.
fn spoken(before: &[&str]) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    // "غوتيريش يرفع تقريره لمجلس الأمن ويطالب بـ ...": a person's own report or speech
    // named before the call.
    let own = before[from..]
        .iter()
        .any(|w| table::AR_OWN_WORDS.contains(&bare(w)));
    own || before[from..].windows(2).any(|w| {
        ["في", "وفي", "فى", "وفى"].contains(&bare(w[0]))
            && table::AR_SPEECH_WORDS.contains(&bare(w[1]))
    })
}

/// Whether a past verb's subject is a person or a State, not the body: "أوصى الأمين العام
/// ... ضمن تقريره" (his own report in the sentence), "دعا الأمين العام الجانبين إلى ..."
/// (a second name after the person's), "وطالب غوتيريش من مجلس الأمن ..." (a name that
/// is no body before "من").
/// "وطالب آلاف المتظاهرين باستقالة ...", "وحثت المعارضة الحكومة على ...": a news text
/// telling the calls of others than the body (the past verb's subject, maybe after a count
/// of them, in `AR_OTHER_PARTIES`).
fn other_party_subject(words: &[&str]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    if !table::AR_PAST.contains(&verb_form(first)) {
        return false;
    }
    let at = usize::from(
        words
            .get(1)
            .is_some_and(|w| table::AR_CROWD_COUNTS.contains(&bare(w))),
    );
    words
        .get(1 + at)
        .is_some_and(|w| table::AR_OTHER_PARTIES.contains(&bare(w)))
}

/// After a person's title ("<verb> الأمين العام للهيئة ..."): whether the person speaks
/// (a second defined noun after the title, or the person's own name before an addressee),
/// not the body the title belongs to.
fn person_speaks(words: &[&str]) -> bool {
    // "وزير خارجية العراق": a title in construct, its owner defined, before the rest.
    let links = words[2..]
        .iter()
        .take(3)
        .take_while(|w| !has_article(bare(w)) && !w.ends_with([',', '.']))
        .count();
    let owned = links > 0
        && words
            .get(2 + links)
            .is_some_and(|w| has_article(bare(w)) && !w.ends_with([',', '.']));
    let start = if owned { 3 + links } else { 2 };
    // The person's title: its head, adjectives and owner ("الأمين العام للأمم المتحدة").
    let after = start
        + words[start.min(words.len())..]
            .iter()
            .take_while(|w| {
                let w = bare(w);
                adjective(w) || table::AR_GENITIVE_NAMES.contains(&w) || w == "المتحدة"
            })
            .count();
    let second = words.get(after).is_some_and(|w| {
        let w = bare(w);
        has_article(w) && !adjective(w) && !words[after - 1].ends_with(',')
    });
    // "دعا الأمين العام للهيئة سامي الحداد الحكومة إلى ...": the person's own name (a
    // first word with no article, maybe a second) between the title and an addressee
    // the call names: the person speaks.
    let own_name = words.get(after).is_some_and(|w| {
        let b = bare(w);
        !b.is_empty()
            && !has_article(b)
            && !w.ends_with([',', '.', ':'])
            && b.chars().all(super::normalize::is_arabic_letter)
            && !table::AR_NAME_LINKS.contains(&b)
            && !is_verb(b)
    }) && (1..=2).any(|j| {
        words
            .get(after..after + j)
            .is_some_and(|run| run.iter().all(|w| !w.ends_with([',', '.', ':'])))
            && words
                .get(after + j)
                .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
    });
    second || own_name
}

fn person_subject(words: &[&str]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    // "وجه رئيس المجلس ... X بـ ...": an office holder's directive asks X (`directed_to`).
    if !table::AR_PAST.contains(&verb_form(first))
        || table::AR_DIRECTS.contains(&verb_form(first))
        || first.ends_with(',')
    {
        return false;
    }
    let end = words[1..]
        .iter()
        .position(|w| w.ends_with('.'))
        .map_or(words.len(), |k| k + 2);
    let sentence = &words[1..end.min(words.len())];
    let own = sentence
        .iter()
        .any(|w| table::AR_OWN_WORDS.contains(&bare(w)));
    // "طالب الدكتور X ...": a title before a person's own name.
    if words
        .get(1)
        .is_some_and(|w| table::AR_PERSON_TITLES.contains(&w.trim_end_matches(',')))
    {
        return true;
    }
    let person = words
        .get(1)
        .is_some_and(|w| table::AR_PERSON_HEADS.contains(&bare(w)));
    // "وناشدت رئيسة وفد X في اجتماعات المجلس ...، المجلس ...": a member's delegate speaks.
    let delegate = person
        && words
            .get(2)
            .is_some_and(|w| table::AR_DELEGATIONS.contains(&bare(w)));
    if delegate {
        return true;
    }
    if person {
        return own || person_speaks(words);
    }
    // "وطالب غوتيريش من ...": one or two words that name no body, then "من" (not "ودعا
    // كلا من X وY إلى ...": "each of" the addressees).
    !each_of(&words[1..])
        && (2..=3).any(|k| {
            words.get(k).is_some_and(|w| bare(w) == "من")
                && words[1..k].iter().all(|w| {
                    let w = bare(w);
                    !w.is_empty()
                        && !table::AR_BODY_HEADS.contains(&w)
                        && !table::AR_TEXT_HEADS.contains(&w)
                        && !table::AR_ADVERBS.contains(&w)
                        && !has_article(w)
                })
                && !words[..k].iter().any(|w| w.ends_with(','))
        })
}

/// "قرارين اقترحتهما الإمارات واليابان، بتمديد ...": an act's verbal noun after "بـ" or
/// "لـ" (of the derived forms, or a sending noun).
fn by_act_noun(w: &str) -> bool {
    bare(w).strip_prefix(['ب', 'ل']).is_some_and(|n| {
        (n.starts_with(['ت', 'إ']) && n.chars().count() >= 4)
            || table::AR_SENDING_NOUNS.contains(&n)
    })
}

/// `before` without a resolution's description before `w`.
/// "مشروع قرار صاغته السلطة يطالب ...": a short description between the resolution
/// and its verb (a verb with its object pronoun, then its subject).
/// "قرارين اقترحتهما الإمارات واليابان، بتمديد ...": two resolutions, their description
/// closed by a comma before the act they are named by.
pub(super) fn trim_description<'a>(before: &'a [&'a str], w: &str) -> &'a [&'a str] {
    let described = (2..=6).find(|&d| {
        before.len() > d
            && table::AR_RESOLUTION_WORDS.contains(&bare(before[before.len() - d - 1]))
            && before[before.len() - d].ends_with(['ه', 'ا'])
            && is_past_with_object(bare(before[before.len() - d]))
            && !before[before.len() - d - 1..before.len() - 1]
                .iter()
                .any(|x| x.ends_with([',', '.']))
            && !before[before.len() - 1].ends_with('.')
            && (by_act_noun(w) || !before[before.len() - 1].ends_with(','))
            // Only its subject after the describing verb: "صاغته البلدية يطالب الحكومة
            // بإنهاء ..." has the resolution's own verb before the act.
            && !before[before.len() - d + 1..]
                .iter()
                .any(|x| is_verb(verb_form(bare(x))))
    });
    match described {
        Some(d) if is_verb(verb_form(w)) || by_act_noun(w) => &before[..before.len() - d],
        _ => before,
    }
}

/// `before` without a day set off by commas after the resolution ("قرارا، الأربعاء،
/// بتمديد ..."), and whether there was one (the resolution's comma then stays).
pub(super) fn trim_day_set_off<'a>(before: &'a [&'a str]) -> (&'a [&'a str], bool) {
    let n = before.len();
    let day_set_off = n >= 2
        && before[n - 1].ends_with(',')
        && before[n - 2].ends_with(',')
        && table::AR_TIME_WORDS.contains(&bare(before[n - 1]))
        && table::AR_RESOLUTION_WORDS.contains(&bare(before[n - 2]));
    if day_set_off {
        (&before[..n - 1], true)
    } else {
        (before, false)
    }
}

/// `before` without how the resolution was adopted.
/// "قرارا بالإجماع بتمديد ...": how it was adopted stands between it and its act;
/// "قرار جديد يقضي ...": so does the resolution's adjective; "قرارا بالإجماع أمس
/// بتمديد ...": so does its day, with no comma.
pub(super) fn trim_manner<'a>(before: &'a [&'a str]) -> &'a [&'a str] {
    let manner = before
        .iter()
        .rev()
        .take(3)
        .take_while(|w| {
            let day = table::AR_TIME_WORDS.contains(&bare(w)) && !w.ends_with(',');
            let w = bare(w);
            table::AR_MANNER.contains(&w)
                || table::AR_ADVERBS.contains(&w)
                || table::AR_RESOLUTION_ADJECTIVES.contains(&w)
                || day
        })
        .count();
    &before[..before.len() - manner]
}

/// `before` without the resolution's number, and whether it had one.
/// "القرار 2470 لتمديد ...", "القرار رقم 1830 بتمديد ...": the resolution named by its
/// article and its number before its act.
pub(super) fn trim_number<'a>(before: &'a [&'a str]) -> (&'a [&'a str], bool) {
    let number = before
        .iter()
        .rev()
        .take(2)
        .take_while(|w| {
            let w = bare(w);
            w == "رقم"
                || (!w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c)))
        })
        .count();
    let numbered = number > 0
        && before.len() > number
        && bare(before[before.len() - 1]) != "رقم"
        && table::AR_TEXT_NAMED.contains(&bare(before[before.len() - number - 1]));
    let before = if numbered {
        &before[..before.len() - number]
    } else {
        before
    };
    (before, numbered)
}

/// Whether `last`, the word before `w`, names a resolution (or a text named by its
/// number, or one that provides).
pub(super) fn names_resolution(last: &str, w: &str, numbered: bool, last_comma: bool) -> bool {
    (table::AR_RESOLUTION_WORDS.contains(&bare(last))
        || table::AR_OWN_DECISION.contains(&bare(last))
        || ((numbered || definite_provides(w)) && table::AR_TEXT_NAMED.contains(&bare(last))))
        && (!last.ends_with(',') || last_comma)
}

/// Whether `w`, after the resolution's word `last`, is the act it decides.
/// "قرارا بتمديد ...", "مشروع قرار لتجديد ...", "قرارا بإنهاء ...": the act it decides.
/// "قرار بنشر قوة ...": a deployment's noun of the first form too (not "بشأن").
pub(super) fn names_act(last: &str, w: &str) -> bool {
    let by_act = by_act_noun(w);
    is_verb(verb_form(w))
        || provides_word(w)
        || table::AR_RESOLUTION_ACTS.contains(&bare(w))
        || by_act
        || (bare(last) == "قرار" && bare(w).starts_with('ت') && bare(w).chars().count() >= 4)
}

/// The words that end `before` when they are "تحت الفصل <ordinal>" and at most "من ميثاق
/// الأمم المتحدة" / "من الميثاق" (no comma or stop inside): the chapter a resolution was
/// adopted under.
pub(super) fn chapter_phrase(before: &[&str]) -> usize {
    let Some(k) = before.iter().rposition(|w| bare(w) == "تحت") else {
        return 0;
    };
    let phrase = &before[k..];
    let charter = ["من", "ميثاق", "الميثاق", "الأمم", "الامم", "المتحدة"];
    let fits = phrase.len() <= 7
        && phrase.get(1).is_some_and(|w| bare(w) == "الفصل")
        && phrase.get(2).is_some()
        && phrase[3..].iter().all(|w| charter.contains(&bare(w)))
        && !phrase.iter().any(|w| w.ends_with([',', '.', ';', ':']));
    if fits { phrase.len() } else { 0 }
}

/// "يقضي" after a resolution, also as "بقضي" (its "ي" typed as "ب", the key beside it:
/// no Arabic word), what a resolution provides for.
fn provides_word(w: &str) -> bool {
    ["يقضي", "بقضي"].contains(&bare(w)) || definite_provides(w)
}

/// "مشروع القرار رقم 2511 القاضي بتمديد ...": the participle of "يقضي", after a resolution
/// with its article.
fn definite_provides(w: &str) -> bool {
    ["القاضي", "القاضية"].contains(&bare(w))
}

/// The body a sentence says adopted a resolution: the subject after "اعتمد" / "تبنى" /
/// "أقر" within the last words.
pub(super) fn adopting_body(before: &[&str]) -> Option<String> {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    // "تبني مجلس الأمن ... قراراً يقضي بـ ...", "رحبت البعثة بتبني مجلس الأمن ... قراراً
    // ...": the verbal noun of adoption, the body its genitive (named: never elided).
    let k = (from..before.len()).rev().take(14).find(|&k| {
        let w = bare(before[k]);
        let taken = table::AR_TAKES.contains(&w.strip_prefix('و').unwrap_or(w));
        adopts(w) || taken || table::AR_ADOPTION_NOUNS.contains(&w) || table::AR_BACKS.contains(&w)
    })?;
    // "دعّم مجلس الأمن ... بالإجماع قرارا يدعو إلى ...": backed, its subject named.
    // "على تبني مشروع قرار ...": the text adopted is no body.
    if table::AR_ADOPTION_NOUNS.contains(&bare(before[k]))
        || table::AR_BACKS.contains(&bare(before[k]))
    {
        let text = before
            .get(k + 1)
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)));
        return subject(&before[k + 1..])
            .filter(|_| !text)
            .map(|(name, _)| name);
    }
    // "أنهى مجلس X دورته ... كما تبنى قرارا بتأمين ...": the verb's subject elided (no word
    // between it and the resolution but how it was adopted), the body named before it.
    let elided = before[k + 1..].iter().all(|w| {
        let w = bare(w);
        table::AR_MANNER.contains(&w)
            || table::AR_ADVERBS.contains(&w)
            || table::AR_RESOLUTION_ADJECTIVES.contains(&w)
            || ["قرارا", "قرار"].contains(&w)
    });
    subject(&before[k + 1..])
        .map(|(name, _)| name)
        .or_else(|| elided.then(|| decider_before(&before[..k])).flatten())
}

/// Whether the sentence so far opens with another body as its subject ("طالب مجلس التعاون
/// ... ودعا مجلس الأمن الدولي لـ ...": the Council named second is asked).
fn other_subject_before(before: &[&str], name: &str) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    before
        .get(from + 1..)
        .and_then(subject)
        .is_some_and(|(first, _)| first != name && !name.starts_with(first.as_str()))
}

/// "ودعا العطية في كلمة له خلال الاجتماع إلى ...": the speech named after its speaker.
fn spoken_after(words: &[&str]) -> bool {
    // "ودعا الأمين العام لجامعة الدول العربية، في كلمة ...": the speaker's name may be
    // long.
    words[1.min(words.len())..words.len().min(10)]
        .windows(2)
        .any(|w| ["في", "فى"].contains(&bare(w[0])) && table::AR_SPEECH_WORDS.contains(&bare(w[1])))
}

/// Whether the sentence so far opens with a verb and a person ("وشدد رئيس الجمعية ...",
/// "قال الأمين العام ..."): what follows reports that person's words.
pub(super) fn by_speaker(before: &[&str]) -> bool {
    // "وحذر الرئيس ... . وأوضح أن ...، داعيا ...": a sentence without its subject goes
    // on with the one before (up to three back); so does one the clause itself opens
    // ("كما أبرز الأمين العام ... . ودعا مؤسسات المنظمة إلى ...").
    let mut to = before.len();
    for _ in 0..3 {
        let from = before[..to]
            .iter()
            .rposition(|w| w.ends_with('.'))
            .map_or(0, |k| k + 1);
        if from >= to && from > 0 {
            to = from - 1;
            continue;
        }
        // "كما حذر الأمين العام ...": a particle before the verb.
        let verb = (from..to)
            .find(|&k| !["كما", "ثم"].contains(&bare(before[k])))
            .unwrap_or(from);
        let Some(subject) = before.get(verb + 1).filter(|_| verb + 1 < to) else {
            return false;
        };
        let subject = bare(subject);
        if table::AR_PERSON_HEADS.contains(&subject) || said_by_person(&before[from..to]) {
            return true;
        }
        // "... . ودعت إلى التفكير ...": a verb of the tables without a subject of its own
        // goes on with the sentence before.
        let elided = is_verb(verb_form(before[verb]))
            && !has_article(subject)
            && !table::AR_ACTOR_HEADS.contains(&subject)
            && !table::AR_BODY_HEADS.contains(&subject);
        // "وقال "إننا ..."": "that we", as "إن".
        let that = ["أن", "ان", "إن", "إننا", "اننا", "إنا"].contains(&subject);
        if !(that || elided || pointed_on(before[verb], subject)) || from == 0 {
            return false;
        }
        to = from - 1;
    }
    false
}

/// "... . واشار الى الفجوة ...، داعيا ...": a verb of pointing or adding with "إلى" and no
/// subject of its own goes on with the speaker of the sentence before.
fn pointed_on(verb: &str, next: &str) -> bool {
    const POINTS: &[&str] = &[
        "أشار",
        "اشار",
        "أشارت",
        "اشارت",
        "لفت",
        "لفتت",
        "نوه",
        "نوهت",
    ];
    let verb = bare(verb);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    POINTS.contains(&verb) && ["إلى", "الى", "إلي", "الي"].contains(&next)
}

/// "...، وقالت رئيسة المفوضية ... إن ...": a verb of saying and a person's title within
/// the sentence.
fn said_by_person(words: &[&str]) -> bool {
    const SAYS: &[&str] = &["قال", "قالت", "أضاف", "أضافت", "أوضح", "أوضحت"];
    words.windows(2).any(|w| {
        let verb = bare(w[0]);
        let verb = verb.strip_prefix('و').unwrap_or(verb);
        SAYS.contains(&verb) && table::AR_PERSON_HEADS.contains(&bare(w[1]))
    })
}

/// "داعيا", "مكررا": a participle that reports a call, as the verb it stands for.
pub(super) fn participle(w: &str) -> Option<&'static str> {
    let w = bare(w);
    let w = w
        .strip_prefix('و')
        .filter(|r| r.chars().count() > 3)
        .unwrap_or(w);
    table::AR_PARTICIPLES
        .iter()
        .find(|(p, _)| *p == w)
        .map(|(_, v)| *v)
}

/// "إنشاء لجنة ...، تضم ستة أعضاء يعينهم الأمين العام ...": the one a founded body's
/// relative clause says names its members (a verb with its object pronoun, then the
/// actor) is asked to name them.
pub(super) fn appointed_by(words: &[&str]) -> Option<(Vec<String>, String)> {
    let creates = ["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(words.first()?));
    let appoints = |w: &str| {
        ["هم", "ها", "ه"].iter().any(|p| {
            w.strip_suffix(p).is_some_and(|v| {
                [
                    "يعين",
                    "تعين",
                    "يختار",
                    "تختار",
                    "يسمي",
                    "تسمي",
                    "ينتخب",
                    "تنتخب",
                ]
                .contains(&v)
            })
        })
    };
    if !creates {
        return None;
    }
    // "تشكيل هيئة ... يتم اختيارها من قبل الدول الأعضاء": the agent a passive names picks.
    let picked = |w: &str| {
        ["ها", "هم", "ه"].iter().any(|p| {
            w.strip_suffix(p)
                .is_some_and(|v| ["اختيار", "تعيين", "انتخاب", "تسمية"].contains(&v))
        })
    };
    if let Some(k) = words
        .windows(3)
        .position(|p| ["يتم", "سيتم"].contains(&bare(p[0])) && picked(bare(p[1])))
        && let Some(agent) = passive_agent(&words[k..])
    {
        let action = clean(&words[k..].join(" "));
        return Some((agent, action));
    }
    let k = words.iter().position(|w| appoints(bare(w)))?;
    acting_subject(&words[k..])
}
