//! Lettered items and chapeaus: a decision's items, an item's actors and action, a
//! continuation heading.

use super::addressees::{acting_subject, clean};
use super::dates::{DATE, NUMERIC_DATE, month_of};
use super::names::{bare, has_article, is_verb, name_end, names, verb_form};
use super::{Requests, decided, requests};
use crate::table;
use jiff::civil::Date;

/// "يقرر ما يلي:" / "يقرر:" / "يقرر" alone: what follows is each the body's decision.
pub fn decides_items(clause: &str) -> bool {
    let t = clause.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some(k) = words
        .iter()
        .position(|w| table::AR_DECIDES.contains(&verb_form(w.trim_end_matches(':'))))
    else {
        return false;
    };
    // The verb opens the paragraph ("يقرر المجلس الموافقة على توصية ... الآتية:"), or
    // the chapeau's last clause ("..., يقرر:").
    let opens = k == 0 || (k == 1 && words[0].starts_with(['(', '-']));
    let last_clause = t
        .trim_end_matches(':')
        .rsplit([',', ';', '.', ':', '\n'])
        .next()
        .and_then(|c| c.split_whitespace().next())
        .is_some_and(|w| table::AR_DECIDES.contains(&verb_form(w)));
    // "يقرر المجلس الموافقة على توصية اللجنة الآتية:": what follows is the
    // recommendation's own text, read for its requests, not each a decision.
    let recommendation = words
        .windows(3)
        .any(|w| bare(w[0]) == "الموافقة" && bare(w[1]) == "على" && bare(w[2]).ends_with("توصية"));
    !recommendation
        && ((opens && words.len() == k + 1) || (t.ends_with(':') && (k <= 2 || last_clause)))
}

/// "(تابع) الدورة السابعة لمؤتمر القمة الإسلامي ...": a continuation page's heading.
pub fn continuation_heading(paragraph: &str) -> bool {
    paragraph.trim_start().starts_with("(تابع)")
}

/// A paragraph that ends as an operative item does (a full stop or a semicolon), not as
/// a preamble's ("وإذ ...،"), nor a heading.
pub fn operative_tail(paragraph: &str) -> bool {
    let t = paragraph.trim();
    let first = t.split_whitespace().next().map(bare).unwrap_or_default();
    t.ends_with(['.', ';', '؛'])
        && !continuation_heading(t)
        && !["إذ", "وإذ", "وقد", "إن", "إنّ"].contains(&first)
}

/// "البيئية، ودعا الدول الأعضاء إلى ...": a paragraph a page opens inside a sentence (its
/// first word a cut phrase's last, ending in a comma, then a call's verb joined by "و"),
/// the tail of the item before the page's first number.
pub fn opens_mid_sentence(paragraph: &str) -> bool {
    let mut words = paragraph.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    first.ends_with([',', '،'])
        && has_article(bare(first.trim_end_matches('،')))
        && !is_verb(bare(first.trim_end_matches('،')))
        && second.starts_with('و')
        && table::AR_PAST.contains(&verb_form(second))
}

/// Whether a paragraph opens with a decision verb ("يقرر المجلس ...", "ويقرر ...").
pub fn opens_decision(paragraph: &str) -> bool {
    let decides = |t: &str| {
        t.split_whitespace()
            .next()
            .is_some_and(|w| table::AR_DECIDES.contains(&verb_form(w)))
    };
    decides(paragraph) || after_meeting(paragraph).is_some_and(decides)
}

/// "في الجلسة العامة الخامسة المعقودة في D، قرر ...": a record's
/// decision after the meeting that took it; what follows the meeting's comma.
fn after_meeting(paragraph: &str) -> Option<&str> {
    let rest = paragraph.trim_start().strip_prefix("في ")?;
    let meeting = [
        "الجلسة",
        "جلسته",
        "جلستها",
        "اجتماعه",
        "اجتماعها",
        "دورته",
        "دورتها",
    ];
    if !meeting.iter().any(|m| rest.starts_with(m)) {
        return None;
    }
    let cut = rest.find([',', '،'])?;
    let comma = rest[cut..].chars().next()?;
    Some(&rest[cut + comma.len_utf8()..])
}

/// An Arabic item's act, as written.
pub fn item_action(item: &str) -> Option<String> {
    let a = clean(item);
    (!a.is_empty()).then_some(a)
}

/// Arabic chapeaus lend no addressee to their items (not read yet).
pub fn chapeau_actors(clause: &str) -> Option<Vec<String>> {
    // "تطلب إلى الأمين العام:" + "(أ) أن يعد ...": a verb and its addressee, then a colon;
    // the items are what the addressee is asked.
    let clause = clause.trim();
    let rest = clause.strip_suffix(':')?.trim_end();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let at = words.iter().position(|w| {
        let v = verb_form(w);
        table::AR_VERBS.iter().any(|(x, _, _)| *x == v)
    })?;
    // The verb opens the clause (after its number or "و"), so no earlier text is read.
    if at > 2 {
        return None;
    }
    let v = verb_form(words[at]);
    let &(_, openers, enders) = table::AR_VERBS.iter().find(|(x, _, _)| *x == v)?;
    let mut addressee: Vec<&str> = words[at + 1..].to_vec();
    if let Some(first) = addressee.first_mut() {
        if openers.contains(first) {
            addressee.remove(0);
        } else if let Some(o) = openers
            .iter()
            .find(|o| o.chars().count() == 1 && first.starts_with(**o))
        {
            *first = &first[o.len()..];
        }
    }
    // An ender or a list word left in the addressee ("... بما يلي") makes it no chapeau
    // of addressee alone.
    if addressee.is_empty()
        || addressee
            .iter()
            .any(|w| enders.contains(&bare(w)) || ["يلي", "بما", "ما"].contains(&bare(w)))
    {
        return None;
    }
    let names = names(&addressee[..name_end(&addressee)]);
    (!names.is_empty()).then_some(names)
}

/// "3. يقوم مجلس الجامعة بوضع ...", "(b) ترفع اللجنة تقريرها خلال ...": an item of a
/// decision with no "يقرر" over it that opens with a present verb of doing and the actor
/// its subject names tasks that actor; a founding item ("إنشاء مجلس ... أعضاء يتم
/// ترشيحهم من قبل X ويتم تعيينهم من قبل Y") tasks each agent its passives name (the
/// founding itself is the decision's, by a body the item does not name).
pub fn item_directive(item: &str) -> Requests {
    const DOING: &[&str] = &[
        "يقوم",
        "تقوم",
        "يتولى",
        "تتولى",
        "يرفع",
        "ترفع",
        "يعد",
        "تعد",
        "يضع",
        "تضع",
    ];
    let words: Vec<&str> = item.split_whitespace().collect();
    let Some(first) = words.first() else {
        return Vec::new();
    };
    if DOING.contains(&bare(first)) {
        return acting_subject(&words)
            .filter(|(actors, _)| !actors.is_empty())
            .into_iter()
            .collect();
    }
    if !["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(first)) {
        return Vec::new();
    }
    let end = words
        .iter()
        .position(|w| w.ends_with(['.', ';']))
        .map_or(words.len(), |k| k + 1);
    passive_agents(&words[..end])
}

/// "... يتم ترشيحهم من قبل X ويتم تعيينهم من قبل Y": each passive of picking with the agent
/// "من قبل" names (the act its verbal noun with the pronoun).
fn passive_agents(words: &[&str]) -> Requests {
    let picked = |w: &str| {
        ["ها", "هم", "ه"].iter().any(|p| {
            w.strip_suffix(p)
                .is_some_and(|v| ["اختيار", "تعيين", "انتخاب", "تسمية", "ترشيح"].contains(&v))
        })
    };
    let mut out = Vec::new();
    for k in 0..words.len().saturating_sub(3) {
        if !["يتم", "ويتم", "سيتم"].contains(&bare(words[k])) || !picked(bare(words[k + 1]))
        {
            continue;
        }
        let by = &words[k + 2..];
        if !(["من", "ومن"].contains(&bare(by[0])) && by.get(1).is_some_and(|w| bare(w) == "قبل"))
        {
            continue;
        }
        let rest = &by[2..];
        if rest
            .first()
            .is_some_and(|h| table::AR_ACTOR_HEADS.contains(&bare(h)))
        {
            let agent = names(&rest[..name_end(rest)]);
            if !agent.is_empty() {
                out.push((agent, clean(words[k + 1])));
            }
        }
    }
    out
}

/// An item under "يقرر": its own request, else what it decides.
pub fn decided_item(item: &str, body: &str) -> Requests {
    let words: Vec<&str> = item.split_whitespace().collect();
    let first = words.first().map(|w| bare(w)).unwrap_or_default();
    let second = words.get(1).map(|w| bare(w)).unwrap_or_default();
    // "مادة (1) تشكل لجنة من ...": the decision forms the committee itself (a verb of
    // forming and an indefinite body), nothing asked of anyone.
    if ["تشكل", "يشكل", "تنشأ", "ينشأ", "تؤلف", "يؤلف"].contains(&first)
        && ["لجنة", "فريق", "هيئة", "مجلس"].contains(&second)
    {
        return passive_agents(&words);
    }
    // "مادة (2) تتولى اللجنة دراسة ...": the one the item puts in charge is its subject,
    // not the deciding body.
    if ["تتولى", "يتولى"].contains(&first)
        && let Some(found) = acting_subject(&words).filter(|(actors, _)| !actors.is_empty())
    {
        return vec![found];
    }
    // "مادة (3) على الجهات المعنية، كل فيما يخصه، العمل بما تقدم": those "على"
    // binds to a verbal noun are the ones asked.
    if first == "على"
        && let Some(found) = bound_by_on(&words[1..])
    {
        return vec![found];
    }
    let own = requests(item, body);
    if !own.is_empty() {
        return own;
    }
    decided(&words, body)
}

/// "جميع الجهات المختصة، كل فيما يخصه، تنفيذ ...": after "على", an actor's name (by its
/// head, "جميع" / "كافة" before it or not), the aside "كل فيما يخصه" if any, and the
/// verbal noun of what they are to do.
fn bound_by_on(words: &[&str]) -> Option<(Vec<String>, String)> {
    let all = usize::from(
        words
            .first()
            .is_some_and(|w| ["جميع", "كافة"].contains(&bare(w))),
    );
    if !words
        .get(all)
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
    {
        return None;
    }
    let end = all + name_end(&words[all..]);
    let actors = names(&words[all..end]);
    let mut k = end;
    if words.get(k).is_some_and(|w| bare(w) == "كل")
        && let Some(c) = (k..words.len().min(k + 4)).find(|&c| words[c].ends_with(','))
    {
        k = c + 1;
    }
    let noun = bare(words.get(k)?);
    if actors.is_empty() || has_article(noun) || is_verb(noun) || noun.starts_with('ب') {
        return None;
    }
    Some((actors, words[k..].join(" ")))
}

/// The full Gregorian dates an Arabic text gives ("3 نوفمبر 2025", "5 / 1 / 1992": day,
/// month, year), in order, each with where it starts: a Hijri date beside one ("12 جمادى
/// الأولى 1447 هـ الموافق ...") names no month of the table, nor a year after 1900.
pub fn dates_in(text: &str) -> Vec<(usize, Date)> {
    let named = DATE.captures_iter(text).filter_map(|m| {
        let day = Date::new(m[3].parse().ok()?, month_of(&m[2])?, m[1].parse().ok()?).ok()?;
        Some((m.get(0)?.start(), day))
    });
    let numeric = NUMERIC_DATE.captures_iter(text).filter_map(|m| {
        let day = Date::new(m[3].parse().ok()?, m[2].parse().ok()?, m[1].parse().ok()?).ok()?;
        Some((m.get(0)?.start(), day))
    });
    let mut all: Vec<(usize, Date)> = named
        .chain(numeric)
        .filter(|(_, d)| d.year() >= 1900)
        .collect();
    all.sort_by_key(|(at, _)| *at);
    all
}
