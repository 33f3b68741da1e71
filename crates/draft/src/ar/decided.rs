//! Decisions: the readers of a decided act (`DECIDED_READERS`' steps) and the acts a
//! decision names.

use super::Requests;
use super::addressees::{
    acting_subject, clean, meeting_called, noun_request, present_verb, request, time_granted,
};
use super::names::{bare, has_article, is_verb, verb_form};
use super::requests::appointed_by;
use crate::table;

/// A bureau formed for its term (`bureau_formed`) asks nothing.
pub(super) fn decided_bureau_formed(words: &[&str], _: &str) -> Option<Requests> {
    bureau_formed(words).then(Vec::new)
}

/// "تقرر عقد الاجتماع المستأنف لمجلس X ...": a decision to hold a meeting of the body
/// named after "لـ": that body meets (as a call for one asks it).
/// "قرر المجلس طلب عقد اجتماع لوزراء X ...", "الدعوة إلى عقد اجتماع للجنة X": a decision
/// to ask for, or call, such a meeting asks that body to meet as well.
pub(super) fn decided_meeting_called(words: &[&str], _: &str) -> Option<Requests> {
    let asked = words
        .first()
        .is_some_and(|w| table::AR_MEETING_CALLS.contains(&bare(w)));
    let held = if asked {
        let to = words
            .get(1)
            .is_some_and(|w| ["إلى", "الى"].contains(&bare(w)));
        &words[1 + usize::from(to)..]
    } else {
        words
    };
    meeting_called(held).map(|found| vec![found])
}

/// "قرر المجلس بالاتفاق إعطاء X مهلة ... لـ ...": the time granted asks X.
pub(super) fn decided_time_granted(words: &[&str], _: &str) -> Option<Requests> {
    time_granted(words).map(|found| vec![found])
}

/// "تقرر أنه يجوز للدول الأعضاء أن ...": a permission, nobody asked ("decides that X
/// may"), as in English and French.
pub(super) fn decided_permission(words: &[&str], _: &str) -> Option<Requests> {
    (["أنه", "انه", "بأنه", "بانه", "أن", "ان", "بأن", "بان"].contains(&bare(words[0]))
        && words
            .get(1)
            .is_some_and(|n| table::AR_PERMISSIONS.contains(&bare(n))))
    .then(Vec::new)
}

/// "قرر أنه يجب على الأمين العام أن يقرر ...": whom the obligation falls on.
pub(super) fn decided_obligation(words: &[&str], _: &str) -> Option<Requests> {
    if ["أنه", "انه"].contains(&bare(words[0]))
        && words
            .get(1)
            .is_some_and(|n| table::AR_OBLIGATION_VERBS.contains(&bare(n)))
        && words.get(2).is_some_and(|n| bare(n) == "على")
        && let Some(found) = request(&words[3..], &[], &["أن", "ان"], false, &[])
    {
        return Some(vec![found]);
    }
    None
}

/// A verbal noun of the tables: its request.
/// "توجيه رسالة إلى الأمين العام ...": the body writes; it asks no one.
pub(super) fn decided_noun_verb(words: &[&str], _: &str) -> Option<Requests> {
    let w = bare(words[0]);
    let letter = words
        .get(1)
        .is_some_and(|n| table::AR_LETTERS_SENT.contains(&bare(n)));
    let entry = table::AR_NOUN_VERBS
        .iter()
        .find(|(n, _, _)| *n == w)
        .filter(|_| !letter)?;
    Some(noun_request(entry, &words[1..], &[]).into_iter().collect())
}

/// "قيام الدول العربية بإجراء الاتصالات ...": the actor the verbal noun names acts.
pub(super) fn decided_actor_acts(words: &[&str], _: &str) -> Option<Requests> {
    if ["قيام", "وقيام"].contains(&bare(words[0]))
        && let Some(found) = request(&words[1..], &[], &["ب"], false, &[])
    {
        return Some(vec![found]);
    }
    None
}

/// Its own meeting moved: the body's act, from the words after the agreement's two.
pub(super) fn decided_rescheduled(words: &[&str], body: &str) -> Option<Requests> {
    rescheduled(words).then(|| body_act(&words[2..], body))
}

/// A view, thanks or a member admitted: nobody asked.
/// "تقديم الشكر إلى الأمانة العامة ...": thanks given, in two words.
pub(super) fn decided_view_or_thanks(words: &[&str], _: &str) -> Option<Requests> {
    let w = bare(words[0]);
    let two = words
        .get(..2)
        .map(|p| p.iter().map(|x| bare(x)).collect::<Vec<_>>().join(" "));
    (table::AR_VIEW_NOUNS.contains(&w)
        || two.is_some_and(|t| table::AR_VIEW_NOUNS.contains(&t.as_str()))
        || admits_member(words))
    .then(Vec::new)
}

/// "تعقد اللجنة الدائمة دورة ...": the actor the verb names.
pub(super) fn decided_present_verb(words: &[&str], _: &str) -> Option<Requests> {
    present_verb(bare(words[0])).then(|| acting_subject(words).into_iter().collect())
}

/// The body's own act, and who it appoints.
pub(super) fn decided_body_act(words: &[&str], body: &str) -> Requests {
    let mut out = body_act(words, body);
    if !out.is_empty() {
        out.extend(appointed_by(words));
    }
    out
}

/// "قبول انضمام X إلى عضوية ...", "قبول X عضوا في ...": the body admits a member there and
/// then; no one is left to act.
fn admits_member(words: &[&str]) -> bool {
    ["قبول", "وقبول"].contains(&bare(words[0]))
        && words.iter().skip(1).take(5).any(|w| {
            let w = bare(w);
            ["انضمام", "عضوية", "عضوا", "عضواً"].contains(&w)
        })
}

/// "الموافقة على تغيير مواعيد انعقاد الدورة ...": agreeing to move its own meeting is the
/// body's act (it meets then), not a view.
fn rescheduled(words: &[&str]) -> bool {
    let at = |k: usize, set: &[&str]| words.get(k).is_some_and(|w| set.contains(&bare(w)));
    at(0, &["الموافقة"])
        && at(1, &["على"])
        && at(2, &["تغيير", "تعديل", "تأجيل", "تقديم"])
        && at(3, &["موعد", "مواعيد", "تاريخ", "مكان"])
}

/// "... بمدينة سرت، اعتماد التوصيات التي ...": adopting texts (first, or after an aside
/// closed by a comma), no act of the body's to follow.
fn adopts_texts(words: &[&str]) -> bool {
    let k = words
        .iter()
        .take(12)
        .position(|w| ["اعتماد", "إقرار", "اقرار"].contains(&bare(w)));
    k.is_some_and(|k| {
        // "اعتماد عدة طرق ...": a count of the texts before them.
        let counted = words
            .get(k + 1)
            .is_some_and(|n| table::AR_COUNTS.contains(&bare(n)));
        (k == 0 || words[k - 1].ends_with(','))
            && words
                .get(k + 1 + usize::from(counted))
                .is_some_and(|n| table::AR_ADOPTED_TEXTS.contains(&bare(n)))
    })
}

/// "الموافقة (من حيث المبدأ) على إنشاء X ...": approving a creation is the body's act;
/// "ويقوم X بـ ..." after it is the new body's task.
pub(super) fn creation_approved(words: &[&str], body: &str) -> Option<Requests> {
    if bare(words.first()?) != "الموافقة" {
        return None;
    }
    let mut k = 1;
    if words
        .get(1..4)
        .is_some_and(|w| bare(w[0]) == "من" && bare(w[1]) == "حيث" && bare(w[2]) == "المبدأ")
    {
        k = 4;
    }
    let creates = words.get(k).is_some_and(|w| bare(w) == "على")
        && words
            .get(k + 1)
            .is_some_and(|w| ["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(w)));
    if !creates {
        return None;
    }
    let act = &words[k + 1..];
    let task = act
        .iter()
        .position(|w| ["ويقوم", "وتقوم", "يقوم", "تقوم"].contains(&bare(w)));
    let own = &act[..task.unwrap_or(act.len())];
    let mut out = vec![(vec![body.to_string()], clean(&own.join(" ")))];
    if let Some(t) = task
        && let Some(found) = request(&act[t + 1..], &[], &["ب"], false, &[])
    {
        out.push(found);
    }
    Some(out)
}

/// The body's own act, unless it only keeps the matter under review ("يقرر أن يبقي
/// المسألة قيد نظره").
pub(super) fn body_act(words: &[&str], body: &str) -> Requests {
    // "قرر المؤتمر اعتبار خطب X وثائق رسمية": deemed there and then, no act to follow.
    if adopts_texts(words)
        || words
            .first()
            .is_some_and(|w| table::AR_DEEMS.contains(&bare(w)))
    {
        return Vec::new();
    }
    let action = clean(&words.join(" "));
    let keeps_on_agenda = table::AR_KEEPS.iter().any(|k| action.starts_with(k))
        && (table::AR_AGENDA.iter().any(|a| action.contains(a))
            || table::AR_IN_SESSION.iter().any(|a| action.contains(a)));
    if action.is_empty() || keeps_on_agenda || table::AR_SEIZED.iter().any(|s| action.contains(s)) {
        Vec::new()
    } else {
        vec![(vec![body.to_string()], action)]
    }
}

/// "قرر المجلس تشكيل المكتب التنفيذي التابع له للعامين 2032 و2033 من ...": a bureau
/// formed (or elected) for its term is set up there and then, nothing left to do.
fn bureau_formed(words: &[&str]) -> bool {
    let forms = words
        .first()
        .is_some_and(|w| ["تشكيل", "انتخاب", "اختيار"].contains(&bare(w)));
    let bureau = words
        .get(1)
        .is_some_and(|w| ["المكتب", "مكتب", "هيئة"].contains(&bare(w)));
    let term = words.iter().skip(2).take(5).any(|w| {
        [
            "للعامين",
            "لعامي",
            "للعام",
            "لعام",
            "للفترة",
            "للدورة",
            "للدورتين",
        ]
        .contains(&bare(w))
    });
    forms && bureau && term
}

/// "أن يتولى الأمين العام ...": the actor; "أن يطلب إلى X ..." asks X; "أن تنشئ ..." is
/// the body's own act.
/// A decision's "أن ..." split at each "وأن" that opens a present verb: one that-clause
/// each.
pub(super) fn that_clauses<'a, 'b>(words: &'b [&'a str]) -> Vec<&'b [&'a str]> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..words.len() {
        let opens = ["وأن", "وان"].contains(&bare(words[k]))
            && words.get(k + 1).is_some_and(|n| present_verb(bare(n)));
        if opens {
            out.push(&words[start..k]);
            start = k + 1;
        }
    }
    out.push(&words[start..]);
    out
}

/// "أن يعتمد ميزانية ...", "أن يقر نطاق ...": the body adopts a text there and then (no
/// one named after the verb acts later).
pub(super) fn adopts_there(words: &[&str]) -> bool {
    let adopts = words
        .first()
        .is_some_and(|w| ["يعتمد", "تعتمد", "يقر", "تقر"].contains(&bare(w)));
    adopts
        && words
            .get(1)
            .is_some_and(|n| !table::AR_ACTOR_HEADS.contains(&bare(n)))
}

/// "تقرر أن إعلان X ... باطل ولاغ": a noun, then a ruling that it is void (a finding, no
/// act; the noun "قرار" before it is no actor).
pub(super) fn declared_void(words: &[&str]) -> bool {
    let clause_end = words
        .iter()
        .position(|w| w.ends_with('؛') || w.ends_with('.'))
        .map_or(words.len(), |k| k + 1);
    let noun = words.first().is_some_and(|w| !is_verb(verb_form(w)));
    noun && words[..clause_end]
        .iter()
        .any(|w| table::AR_VOID_WORDS.contains(&bare(w).trim_end_matches(['؛', '،'])))
}

/// "قرر أن الحالة في اليمن لا تزال تشكل خطرا ...": a noun, then what it is or remains (a
/// finding of fact, no act). The noun may be in construct ("أن انتشار الأسلحة ... يشكلان
/// تهديدا"): no article of its own, no verb, the word after it with the article.
pub(super) fn determined(words: &[&str]) -> bool {
    let construct = |w: &str| {
        !has_article(w)
            && !is_verb(verb_form(w))
            && words.get(1).is_some_and(|n| has_article(bare(n)))
    };
    let noun = words
        .first()
        .is_some_and(|w| has_article(bare(w)) || construct(bare(w)));
    let clause_end = words
        .iter()
        .position(|w| w.ends_with('.'))
        .map_or(words.len(), |k| k + 1);
    noun && words[..clause_end.min(10)]
        .iter()
        .any(|w| table::AR_STATE_VERBS.contains(&bare(w)))
}
