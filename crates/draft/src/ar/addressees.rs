//! Who is asked: a verb's subject and addressees, the verbal nouns that ask, the calls that
//! name no one, meetings called and time granted.

use super::names::{
    Entry, OWN_MEETINGS, adjective, bare, each_of, ends_at, group_word, has_article, held_at_end,
    is_verb, level_end, name_end, name_end_before, names, opens, own_meeting_end, past_members,
    past_relative, skip_adverbs, skip_asides, skip_manner_aside, skip_meeting, speaks_in_text,
    subject, subject_before, verb_form,
};
use crate::table;

/// Whether the word at `k` comes after a break.
/// "..., فإنه يطلب من ...": the verb after a preamble's "فإنه" opens the clause; so
/// does one after an aside in dashes ("إن القرار -الذي ...- يطالب ...").
/// "... المدن اليمنية. كذلك يطالب ...": an adverb between the break and the verb.
/// "قرر المجلس تمديد ...، فيما دعا إلى ...": "while" after a comma opens a clause of
/// the same subject.
pub(super) fn after_break(words: &[&str], k: usize) -> bool {
    let breaks = |w: &str| {
        w.ends_with([',', ';', '.', ':', '-']) || table::AR_CLAUSE_OPENERS.contains(&bare(w))
    };
    breaks(words[k - 1])
        || (k >= 2 && table::AR_ADVERBS.contains(&bare(words[k - 1])) && breaks(words[k - 2]))
        || (k >= 2 && bare(words[k - 1]) == "فيما" && words[k - 2].ends_with(','))
        || closing_phrase_before(words, k)
}

/// "وفي النهاية تقرر أن ...", "وفي الختام دعا ...": "in the end" opening the sentence (no
/// comma after it) stands between the break and the verb as an adverb does.
fn closing_phrase_before(words: &[&str], k: usize) -> bool {
    k >= 2
        && ["في", "وفي", "فى", "وفى"].contains(&bare(words[k - 2]))
        && table::AR_CLOSING_WORDS.contains(&bare(words[k - 1]))
        && (k == 2 || words[k - 3].ends_with(['.', ';', ':']))
}

/// Whether a body spoke in `words` (a sentence's opening): a past verb of the tables or of
/// welcome with a body's head right after it ("وأشادت القمة ...").
pub(super) fn body_spoke_before(words: &[&str]) -> bool {
    let from = words
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    words[from..].windows(2).any(|w| {
        let v = bare(w[0]);
        let v = v.strip_prefix('و').unwrap_or(v);
        (table::AR_PAST.contains(&v) || table::AR_WELCOMES.contains(&v))
            && table::AR_BODY_HEADS.contains(&bare(w[1]))
    })
}

/// "صاغته", "قدمتها", "أعدته": a past verb with its object pronoun.
pub(super) fn is_past_with_object(w: &str) -> bool {
    // "اقترحتهما": with the dual's pronoun.
    let stem = w
        .strip_suffix("تهما")
        .or_else(|| w.strip_suffix("ته"))
        .or_else(|| w.strip_suffix("تها"))
        .or_else(|| w.strip_suffix('ه'))
        .or_else(|| w.strip_suffix("ها"));
    stem.is_some_and(|s| s.chars().count() >= 3 && !s.starts_with("ال"))
        && table::AR_DESCRIBING_VERBS.iter().any(|v| w.starts_with(v))
}

/// What a verbal noun that asks asks. "توجيه" and "ترك" ask only with their object ("توجيه
/// نداء إلى X", "ترك الأمر إلى X لـ ..."; "توجيه الشكر" thanks); "توجيه المزيد من عناية X
/// إلى ..." draws X's attention.
pub(super) fn noun_request(
    entry: &Entry,
    rest: &[&str],
    before: &[&str],
) -> Option<(Vec<String>, String)> {
    let &(noun, openers, enders) = entry;
    let mut rest = rest;
    if let Some((_, objects)) = table::AR_OBJECT_NOUNS.iter().find(|(n, _)| *n == noun) {
        if rest.first().is_some_and(|w| objects.contains(&bare(w))) {
            rest = past_respect(&rest[1..], openers);
        } else {
            return attention(rest);
        }
    }
    if openers.is_empty() {
        rest = &rest[noun_doer(rest)..];
    }
    request(rest, openers, enders, false, before)
}

/// "دعوة المجلس الدول والمنظمات إلى ...": the body whose call the noun is, its defined head
/// right before the defined head of the one asked (no construct can join two words with
/// the article); "دعوة المجلس الأعلى ..." names the one asked.
fn noun_doer(rest: &[&str]) -> usize {
    let doer = rest.first().is_some_and(|w| {
        let w = bare(w);
        w.starts_with("ال") && table::AR_BODY_HEADS.contains(&w) && !rest[0].ends_with(',')
    });
    let asked = rest.get(1).is_some_and(|w| {
        let w = bare(w);
        w.starts_with("ال") && table::AR_ACTOR_HEADS.contains(&w)
    });
    usize::from(doer && asked)
}

/// "ترك الأمر بالنسبة لباقي الترشيحات إلى X": what the matter is about ("بالنسبة لـ",
/// "فيما يتعلق بـ", "فيما يخص") between the object and its opener; the words from the
/// opener on.
fn past_respect<'a, 'b>(words: &'a [&'b str], openers: &[&str]) -> &'a [&'b str] {
    if !words
        .first()
        .is_some_and(|w| ["بالنسبة", "فيما"].contains(&bare(w)))
    {
        return words;
    }
    (1..words.len().min(9))
        .take_while(|&k| !words[k - 1].ends_with([',', '.', ';']))
        .find(|&k| openers.contains(&bare(words[k])))
        .map_or(words, |k| &words[k..])
}

/// "المزيد من عناية أجهزة الإعلام ... إلى التأكيد ...": whose attention is drawn, to what.
fn attention(words: &[&str]) -> Option<(Vec<String>, String)> {
    let mut k = 0;
    if words.first().is_some_and(|w| bare(w) == "المزيد")
        && words.get(1).is_some_and(|w| bare(w) == "من")
    {
        k = 2;
    }
    if !table::AR_ATTENTION.contains(&bare(words.get(k)?)) {
        return directed_to_act(words);
    }
    let named = &words[k + 1..];
    let to = named
        .iter()
        .position(|w| ["إلى", "الى"].contains(&bare(w)))?;
    let end = name_end(&named[..to]);
    let actors = names(&named[..end]);
    let action = action_after(&named[to..], &["إلى", "الى"])?;
    (!actors.is_empty()).then_some((actors, action))
}

/// "وتوجيه لجان الجزاءات المعنية إلى إعادة النظر في ...": directing the named actor to an
/// act (a verbal noun without its article after "إلى"), not something sent to someone.
fn directed_to_act(words: &[&str]) -> Option<(Vec<String>, String)> {
    if !table::AR_ACTOR_HEADS.contains(&bare(words.first()?)) {
        return None;
    }
    let to = words
        .iter()
        .take(6)
        .position(|w| ["إلى", "الى"].contains(&bare(w)))?;
    let act = bare(words.get(to + 1)?);
    let verbal_noun = act.chars().count() >= 4
        && !has_article(act)
        && !table::AR_ACTOR_HEADS.contains(&act)
        && !table::AR_BODY_HEADS.contains(&act)
        && (act.starts_with(['إ', 'ا', 'ت']) || act.ends_with('ة'));
    if !verbal_noun || name_end(&words[..to]) != to {
        return None;
    }
    let actors = names(&words[..to]);
    let action = action_after(&words[to..], &["إلى", "الى"])?;
    (!actors.is_empty()).then_some((actors, action))
}

/// "توصي لجنة الشؤون السياسية بأن يتابع مندوبو الدول ...": a committee recommends that
/// another act; that other is asked.
pub(super) fn recommended(verb: &str, rest: &[&str]) -> Option<(Vec<String>, String)> {
    let head = bare(rest.first()?);
    // "أوصوا مجلس X بأن ...": the plural verb holds its subject; the body after it is the
    // one asked.
    if !table::AR_RECOMMENDS.contains(&verb)
        || verb.ends_with("وا")
        || !(table::AR_BODY_HEADS.contains(&head) || ["لجنة", "اللجنة"].contains(&head))
    {
        return None;
    }
    let end = name_end(rest);
    let that = rest.get(end)?;
    if !["بأن", "أن", "ان", "بان"].contains(&bare(that)) {
        return None;
    }
    acting_subject(&rest[end + 1..])
}

/// "وأكد مجددا الدعوات إلى ...", "يؤكد من جديد مطالبته بـ ...": a call renewed; the words
/// from its noun on.
pub(super) fn reiterated<'a, 'b>(words: &'a [&'b str]) -> Option<&'a [&'b str]> {
    let verb = bare(words.first()?);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    if !table::AR_REITERATES.contains(&verb) {
        return None;
    }
    let k = skip_adverbs(words, 1);
    // "وأكد المطالبة بالإفراج عن ...": the call itself, definite, right after the verb.
    let definite = words
        .get(1)
        .is_some_and(|w| ["المطالبة", "الدعوة", "مطالبته", "دعوته"].contains(&bare(w)));
    if k == 1 && !definite {
        return None;
    }
    let noun = bare(words.get(k)?);
    let noun = noun.strip_prefix("ال").unwrap_or(noun);
    ["دعو", "مطالب", "طلب"]
        .iter()
        .any(|p| noun.starts_with(p))
        .then(|| &words[k..])
}

/// "أكد القرار الذي صدر ... تمديد ولاية X", "أكد البيان الختامي لمؤتمر X ... تعليق عضوية
/// Y": what a text affirms is the act of a decision (one of `AR_AFFIRMED_ACTS`, before any
/// "على", "أن" or break: "أكد البيان على ضرورة ..." is a view), by the body the text is of
/// ("لمؤتمر X") or the text's body.
pub(super) fn affirmed_decision(words: &[&str], body: &str) -> Option<(Vec<String>, String)> {
    let verb = bare(words.first()?);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    let text = words.get(1).map(|w| bare(w))?;
    if !["أكد", "أكدت"].contains(&verb)
        || !["القرار", "البيان"].contains(&text)
        || words[1].ends_with([',', '.', ';'])
    {
        return None;
    }
    let limit = words.len().min(24);
    let k = (2..limit)
        .take_while(|&k| {
            let w = bare(words[k]);
            !words[k - 1].ends_with([',', '.', ';', ':'])
                && !["على", "أن", "ان", "بأن"].contains(&w)
        })
        .find(|&k| table::AR_AFFIRMED_ACTS.contains(&bare(words[k])))?;
    let adjective = usize::from(words.get(2).is_some_and(|w| adjective(bare(w))));
    let of = words[2 + adjective..k]
        .first()
        .and_then(|w| w.strip_prefix('ل'))
        .filter(|w| table::AR_BODY_HEADS.contains(&bare(w)))
        .and_then(|head| {
            let named: Vec<&str> = std::iter::once(head)
                .chain(words[3 + adjective..k].iter().copied())
                .collect();
            subject(&named).map(|(name, _)| name)
        });
    let by = of.unwrap_or_else(|| body.to_string());
    Some((vec![by], clean(&words[k..].join(" "))))
}

/// "وأكد البيان الختامي على ضرورة قيام الدول الأعضاء بتفعيل ...", "يشدد على أهمية قيام X
/// بـ ...": a necessity that names its doer asks it (one that names none is a view, as a
/// necessity a text provides for is): the verb that stresses, its subject, "على" or not,
/// the necessity, "قيام" and X, then "بـ" and the act.
pub(super) fn necessity_of_doer(words: &[&str]) -> Option<(Vec<String>, String)> {
    const STRESSES: &[&str] = &[
        "أكد",
        "أكدت",
        "يؤكد",
        "تؤكد",
        "شدد",
        "شددت",
        "يشدد",
        "تشدد",
        "أكدوا",
        "شددوا",
    ];
    let verb = bare(words.first()?);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    // "طالبت اللجنة ... في ختام دورتها ... ضرورة تقيد الدول العربية بسداد ...": a
    // demand of what must be, the doer of its noun named (a subject with its meeting may
    // stand between).
    let demanded = table::AR_DEMANDS_OF_NECESSITY.contains(&verb);
    if !STRESSES.contains(&verb) && !demanded {
        return None;
    }
    let reach = if demanded { 24 } else { 10 };
    let k = (1..words.len().min(reach))
        .take_while(|&k| !words[k - 1].ends_with([',', '.', ';', ':']))
        .find(|&k| {
            let w = bare(words[k]);
            table::AR_NECESSITY.contains(&w)
                || w.strip_prefix('ب')
                    .is_some_and(|n| table::AR_NECESSITY.contains(&n))
        })?;
    let doer_noun = |w: &str| w == "قيام" || demanded && table::AR_NOUNS_OF_DOERS.contains(&w);
    if words.get(k + 1).is_none_or(|w| !doer_noun(bare(w))) || words[k].ends_with(',') {
        return None;
    }
    request(&words[k + 2..], &[], &["ب"], false, &[])
}

/// Whether a verbal noun that asks opens a clause after `before`: a text includes it, a
/// report goes on to it ("ومضى المجلس إلى مطالبة ..."), or it follows a break in a list
/// ("...، كذلك دعوة البلدان ...").
pub(super) fn noun_opens(before: &[&str]) -> bool {
    let n = before.len();
    let goes_on = n >= 2
        && ["إلى", "الى"].contains(&bare(before[n - 1]))
        && before[n.saturating_sub(5)..n - 1].iter().any(|w| {
            let w = bare(w);
            table::AR_GOES_ON.contains(&w.strip_prefix('و').unwrap_or(w))
        });
    let after_break = |k: usize| before[k].ends_with([',', ';', ':']);
    let listed = n >= 1
        && (after_break(n - 1)
            || (n >= 2 && table::AR_ADVERBS.contains(&bare(before[n - 1])) && after_break(n - 2)));
    // "تضمنت عدة بنود، أبرزها الدعوة إلى ...": a list's first item.
    let first_of = before
        .last()
        .is_some_and(|w| table::AR_LIST_HEADS.contains(&bare(w)));
    included_by(before) || goes_on || listed || first_of || passive_of(before) || next_item(before)
}

/// "خلص المجلس إلى ما يلي: إدانة ... . تأكيد ... . دعوة المجلس X إلى ...": after a full
/// stop, an item of a list whose item before opened with a verbal noun (a view's or a
/// call's) as this one does.
fn next_item(before: &[&str]) -> bool {
    let Some((last, earlier)) = before.split_last() else {
        return false;
    };
    if !last.ends_with('.') {
        return false;
    }
    let from = earlier
        .iter()
        .rposition(|w| w.ends_with(['.', ':']))
        .map_or(0, |k| k + 1);
    // Not the text's first sentence: a list follows its lead-in.
    from > 0
        && before.get(from).is_some_and(|w| {
            let w = bare(w);
            table::AR_VIEW_NOUNS.contains(&w) || opening_noun(w).is_some()
        })
}

/// "... على أن يتم إمهال X ...", "بأن يتم تكليف X بـ": "أن" + "يتم" makes the verbal noun
/// after it a passive, and what it asks is asked of its addressee.
/// "وتم حث X على ...": a summary's past "تم" opening its sentence (or after a break)
/// makes the verbal noun after it the body's request, told in the passive.
fn passive_of(before: &[&str]) -> bool {
    let n = before.len();
    let that = n >= 2
        && ["يتم", "تتم"].contains(&bare(before[n - 1]))
        && ["أن", "ان", "بأن", "بان"].contains(&bare(before[n - 2]));
    let opens = |k: usize| k == 0 || before[k - 1].ends_with(['.', ',', ';', ':']);
    // "وقد تم تكليف X بـ ...": "قد" before the past "تم"; "كما تمت دعوة X إلى ...": its
    // feminine (agreeing with the noun), and "also" before it as "قد" stands.
    let told = n >= 1
        && table::AR_PASSIVE_PAST.contains(&before[n - 1])
        && (opens(n - 1)
            || (n >= 2 && table::AR_PASSIVE_PAST_LEADS.contains(&before[n - 2]) && opens(n - 2)));
    that || told
}

/// Whether the words before a verbal noun say a text includes it ("وتضمن البيان أيضا").
fn included_by(before: &[&str]) -> bool {
    // "وجاء في القرار أيضا": four words back.
    before
        .iter()
        .rev()
        .take(4)
        .any(|w| table::AR_INCLUDES.contains(&bare(w)))
}

/// "ومطالبة", "ودعوة": a verbal noun that asks, joined to a list by "و".
/// Whether the sentence so far opens with a defined noun ("الاشادة بالجهود ..."), as a
/// decision's item does, not with a verb ("تبنى المجلس قرارا ... وحثه": the verb's pronoun).
pub(super) fn in_noun_item(before: &[&str]) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    before.get(from).is_some_and(|w| {
        let w = bare(w);
        has_article(w) && !table::AR_BODY_HEADS.contains(&w) && !table::AR_TEXT_HEADS.contains(&w)
    })
}

/// "وحثهما", "ودعوتهم": "و", a verbal noun that asks, and a pronoun for whom it asks.
pub(super) fn pronoun_noun(w: &str) -> Option<&'static Entry> {
    let w = bare(w).strip_prefix('و')?;
    ["هما", "هم", "ها", "ه"].iter().find_map(|p| {
        let stem = w.strip_suffix(p)?;
        // "دعوتهم": the noun's "ة" written "ت" before the pronoun.
        let whole = stem.strip_suffix('ت').map(|s| format!("{s}ة"));
        table::AR_NOUN_VERBS
            .iter()
            .find(|(n, _, _)| *n == stem || whole.as_deref() == Some(*n))
    })
}

/// "إلى جانب مناشدته جميع الأطراف أن ...", "فضلا عن دعوته X إلى ...": besides what else
/// it says, the text's own call (the verbal noun with its subject's pronoun), its
/// addressee named after it.
pub(super) fn besides_noun(before: &[&str], w: &str) -> Option<&'static Entry> {
    let n = before.len();
    let besides = n >= 2
        && ((["جانب"].contains(&bare(before[n - 1]))
            && ["إلى", "الى"].contains(&bare(before[n - 2])))
            || (bare(before[n - 1]) == "عن" && ["فضلا", "فضلاً"].contains(&bare(before[n - 2]))));
    if !besides {
        return None;
    }
    let w = bare(w);
    ["ها", "ه"].iter().find_map(|p| {
        let stem = w.strip_suffix(p)?;
        let whole = stem.strip_suffix('ت').map(|s| format!("{s}ة"));
        table::AR_NOUN_VERBS
            .iter()
            .find(|(n, _, _)| *n == stem || whole.as_deref() == Some(*n))
    })
}

pub(super) fn asking_noun(w: &str) -> Option<&'static Entry> {
    let w = bare(w).strip_prefix('و')?;
    table::AR_NOUN_VERBS.iter().find(|(n, _, _)| *n == w)
}

/// "بدعوة إيران إلى ...": a verbal noun that asks after "بـ" (not "بدعوة من X", "بدعوة
/// كريمة": at X's invitation).
/// After the words before it: "رحب المجلس بدعوة X لعقد قمة" welcomes X's invitation; it
/// asks no one.
pub(super) fn by_noun(w: &str, next: Option<&&str>, before: &[&str]) -> Option<&'static Entry> {
    let from = before
        .iter()
        .rposition(|x| x.ends_with(['.', ',']))
        .map_or(0, |k| k + 1);
    // "يحيط علما بدعوة X إلى ...": X's call, noted, as one welcomed.
    let welcomed = before[from..].iter().any(|x| {
        let x = bare(x);
        table::AR_WELCOMES.contains(&x.strip_prefix('و').unwrap_or(x)) || x == "علما"
    });
    // "أشاد البيان بـ X، لمبادرته بالدعوة لانعقاد ...": X's initiative, praised; "أكد
    // على الالتزام بالدعوة لـ ...": a call held to, not made.
    let held_to = before.last().is_some_and(|x| {
        let x = bare(x);
        table::AR_COMMITMENTS.contains(&x.strip_prefix('و').unwrap_or(x))
    });
    if welcomed || held_to || before.last().is_some_and(|x| initiative(x)) {
        return None;
    }
    // Not "بحث" (discussed): "ب" + "حث".
    let w = bare(w)
        .strip_prefix('ب')
        .filter(|r| r.chars().count() >= 4)?;
    if next.is_some_and(|n| ["من", "كريمة"].contains(&bare(n))) {
        return None;
    }
    // "وكلف X بالمطالبة بـ ...": what X is tasked with, not a call of the body's.
    if w == "المطالبة" {
        return None;
    }
    // "وطالبت الدول الأعضاء الأمانة بدعوة Y إلى ...": what the addressee of a demand
    // before it in the sentence is to do (the demand's "بـ"), not a call of the body's.
    if before[from..]
        .iter()
        .any(|x| ["طالب", "طالبت", "طالبوا"].contains(&verb_form(x)))
    {
        return None;
    }
    table::AR_NOUN_VERBS.iter().find(|(n, _, _)| *n == w)
}

/// "مبادرة", "لمبادرته", "بمبادرتها": an initiative, someone's (with its pronoun) or named
/// after it; a call it is made by is the initiator's, not the body's.
fn initiative(w: &str) -> bool {
    let w = bare(w);
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix(['ل', 'ب']).unwrap_or(w);
    w == "مبادرة" || w.starts_with("مبادرت")
}

/// "تكليف الأمين العام ...", "دعوة الدول ..." opening a paragraph: it can only ask.
pub(super) fn opening_noun(w: &str) -> Option<&'static Entry> {
    let w = bare(w);
    table::AR_NOUN_VERBS.iter().find(|(n, _, _)| *n == w)
}

pub(super) fn rest_of<'a, 'b>(words: &'a [&'b str]) -> &'a [&'b str] {
    &words[1.min(words.len())..]
}

/// What a verb asks: its addressee after its opener ("من", "إلى", "بـ"), up to its ender
/// or the verbal noun that starts the act. A past-tense verb names its subject first
/// ("طلب مجلس الأمن من الاتحاد الإفريقي ...").
pub(super) fn request(
    rest: &[&str],
    openers: &[&str],
    enders: &[&str],
    past: bool,
    before: &[&str],
) -> Option<(Vec<String>, String)> {
    let mut i = past_subject_end(rest, openers, enders, past, before);
    // "وطلب المكتب التنفيذي من X ...": a bureau or commission names no body of
    // `AR_BODY_HEADS` but speaks as one; its name ends where the opener stands.
    if past && i == 0 {
        i = meeting_body_subject_end(rest, openers).unwrap_or(i);
    }
    // "يوصي المجلس دول الجامعة بـ ...": a present verb's own subject, a body by its head
    // alone, before whom it asks (a name's head, not an adjective of the body).
    if !past && i == 0 && own_subject_named(rest) {
        i = 1;
    }
    // "طلب" and "أهاب" name whom they ask by their opener ("طلب المجلس من ..."); without
    // one after the subject, an aside may stand before it ("، خلال اجتماعها ...، من
    // الأمين العام"), or the call names no one ("طالب المجلس برفع ...").
    // "اقترح المندوب X، إعادتها": a proposal whose addressee no "على" opens asks no one.
    let required = openers
        .iter()
        .any(|o| ["إلى", "الى", "ب", "ل", "على"].contains(o));
    i = after_text_in_passing(rest, i, openers);
    // "وطلب المجلس أيضا أن يقدم الأمين العام ...": no addressee; the that-clause's actor.
    // "... وطالبت بأن يمتثل الكيان الصهيوني لـ ...": so with the subject the sentence's.
    let that_at = rest.get(i).map(|w| bare(w));
    let with_ba = that_at.is_some_and(|w| ["بأن", "بان"].contains(&w));
    if (i > 0 || with_ba)
        && that_at.is_some_and(|w| ["أن", "ان", "بأن", "بان"].contains(&w))
        && let Some(found) = rest
            .get(i + 1..)
            .and_then(|r| acting_subject(r).or_else(|| with_ba.then(|| nisba_subject(r)).flatten()))
    {
        return Some(found);
    }
    // "وطلب مجلس الأمن اليوم بانسحاب X ...": no addressee, the act its ender opens.
    let ends_now = rest.get(i).is_some_and(|w| {
        enders
            .iter()
            .any(|e| e.chars().count() == 1 && w.starts_with(e) && w.chars().count() > 4)
    });
    // "وأشادت القمة بـ X وطلبت منها مواصلة ...": the opener carries its pronoun addressee,
    // where the body spoke before in the sentence ("تأسست بموجب قرار X، وعهد إليها ..." is
    // a told past).
    if past
        && required
        && !ends_now
        && rest.get(i).is_some_and(|w| {
            let pronoun =
                table::AR_PRONOUN_ADDRESSEES.contains(&bare(w)) && body_spoke_before(before);
            !(opens(w, openers) || pronoun)
        })
    {
        i = addressee_after_aside(rest, i, openers)?;
    }
    request_at(rest, i, openers, enders, before)
}

/// "المجلس دول الجامعة ...", "اللجنة الدول الأعضاء ...": after a present verb, a body
/// named by its defined head alone, then (no comma between) the head of another name.
fn own_subject_named(rest: &[&str]) -> bool {
    let [first, second, ..] = rest else {
        return false;
    };
    ["المجلس", "اللجنة", "المؤتمر", "الجمعية", "القمة", "المكتب"].contains(&bare(first))
        && !first.ends_with([',', '،', ';', '.', ':'])
        && table::AR_ACTOR_HEADS.contains(&bare(second))
        && !table::AR_BODY_HEADS.contains(&bare(second))
}

/// "المكتب التنفيذي من ...", "الهيئة الاستشارية إلى ...": after a past verb, a body of
/// `AR_MEETING_BODIES` with its qualifiers, then the verb's opener: the body is the subject
/// and the words from the opener on say whom it asks.
fn meeting_body_subject_end(rest: &[&str], openers: &[&str]) -> Option<usize> {
    let first = bare(rest.first()?);
    if !table::AR_MEETING_BODIES.contains(&first) {
        return None;
    }
    let end = name_end(rest);
    let plain = (1..end.min(rest.len())).all(|k| !rest[k - 1].ends_with([',', '،']));
    (end > 1 && plain && rest.get(end).is_some_and(|w| opens(w, openers))).then_some(end)
}

/// Where a verb's words go on after its subject and the asides, meeting and level a
/// report names after it (the start of `rest` for a present-tense verb's own subject).
fn past_subject_end(
    rest: &[&str],
    openers: &[&str],
    enders: &[&str],
    past: bool,
    before: &[&str],
) -> usize {
    // "ودعا كلا من X وY إلى ...": "each of" opens the addressees; the subject is elided.
    if each_of(rest) {
        return 0;
    }
    // "وسمح المجلس بالإجماع لبعثة ...": how the body acted, between it and the addressee.
    // "فإن مجلس السلم والأمن كلف X ...": the subject stood before the verb.
    let before_verb = past && subject_before(before);
    let mut i = if before_verb {
        0
    } else {
        skip_manner(rest, after_subject(rest, enders, past))
    };
    if !past {
        i = present_subject(rest, i, openers);
    }
    // "طالب قادة دول المجلس، الثلاثاء، في ختام قمة المنامة، إيران ...", "وطالب المجلس، في
    // بيان له صدر ...، عقب اجتماع ...، العسكريين ...": a report's asides after its subject.
    // "حيث كلفوا في دورة المجلس، التي عقدت ...، الأمانة العامة بـ ...": a
    // verb whose subject is its own ending, then the meeting's aside.
    if past
        && (i > 0
            || rest
                .first()
                .is_some_and(|w| table::AR_ASIDE_OPENERS.contains(&bare(w))))
    {
        i = skip_meeting(rest, skip_manner_aside(rest, skip_asides(rest, i)));
        // "في اجتماعه اليوم على مستوى وزراء الخارجية": the meeting's level after its aside.
        i = own_meeting_end(rest, level_end(rest, held_at_end(rest, i)));
    }
    after_subject_relative(rest, i, openers, enders)
}

/// What a verb asks of the words from `rest[i]` on, where its addressee (or its act, when
/// it names no one) stands.
fn request_at(
    rest: &[&str],
    i: usize,
    openers: &[&str],
    enders: &[&str],
    before: &[&str],
) -> Option<(Vec<String>, String)> {
    let first = *rest.get(i)?;
    // "تطلب عقد اجتماع فوري لمجلس X": a call for a meeting, naming no addressee.
    if let Some(found) = meeting_called(&rest[i..]) {
        return Some(found);
    }
    // "داعيا إياها إلى ...": the one asked just before (no name: the last mandate's).
    if table::AR_OBJECT_PRONOUNS.contains(&bare(first)) {
        return action_after(&rest[i + 1..], enders).map(|action| (Vec::new(), action));
    }
    // "لجنة" opens a name, not "لـ" + an act.
    let ender_joined = !table::AR_ACTOR_HEADS.contains(&bare(first))
        && enders
            .iter()
            .any(|e| e.chars().count() == 1 && first.starts_with(e) && !openers.contains(e));
    // "دعت الأمانة العامة، اليوم، إلى عقد اجتماع طارئ للجنة التنفيذية ...": a call to
    // hold a meeting of a named body asks that body to meet, not all States.
    if enders.contains(&bare(first))
        && let Some(found) = meeting_called(&rest[i + 1..])
    {
        return Some(found);
    }
    if enders.contains(&bare(first)) || ender_joined {
        // "دعا المجلس إلى مراجعة ...", "طالب المجلس برفع ...": a call that names no one
        // is one to all States, as the English rules read "calls for ...".
        if !calls_for(enders)
            && !urges_measures(&rest[i..], enders)
            && !asks_that_named(&rest[i..], openers, enders)
        {
            return None;
        }
        return unnamed_call(&rest[i..], enders);
    }
    // "يطلب إليه أن ...": the addressee is a pronoun.
    if table::AR_PRONOUN_ADDRESSEES.contains(&bare(first)) {
        let actor = antecedent(before)?;
        let action = action_after(&rest[i + 1..], enders)?;
        return Some((vec![actor], action));
    }
    named_request(&rest[i..], openers, enders)
}

/// The addressees `words` name after the opener, and the act after them.
fn named_request(
    words: &[&str],
    openers: &[&str],
    enders: &[&str],
) -> Option<(Vec<String>, String)> {
    // "عهد القرار للبعثة بـ ...": "لـ" + "البعثة" is written "للبعثة".
    let restored = words[0]
        .strip_prefix("لل")
        .filter(|_| openers.contains(&"ل"))
        .map(|r| format!("ال{r}"));
    let owned =
        so_called(words).unwrap_or_else(|| without_opener(words, openers, restored.as_deref()));
    if owned.is_empty() {
        return None;
    }
    let (actors, j) = addressees(&owned, openers, enders);
    if actors.is_empty() {
        return None;
    }
    // "طالبت المالية في بيان آخر، بموافاتها ...": the name that issued a statement is the
    // one that calls (a ministry by its short name), and the call names no one after it.
    if owned
        .get(j)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && owned
            .get(j + 1)
            .is_some_and(|w| bare(w).starts_with("بيان"))
        && let Some(m) = (j + 1..owned.len().min(j + 5)).find(|&m| owned[m].ends_with(['،', ',']))
    {
        return unnamed_call(&owned[m + 1..], enders);
    }
    // "دعت الأمانة العامة لـ X، اليوم، إلى عقد اجتماع طارئ للجنة التنفيذية ...": the name
    // after the verb calls (its subject), and the body named to meet is the one asked.
    // Its body's name ("لـ X") and a day set off by commas may stand before "إلى".
    let to = (j..owned.len().min(j + 8))
        .find(|&k| ["إلى", "الى"].contains(&bare(owned[k])) && enders.contains(&bare(owned[k])));
    if let Some(k) = to
        && !owned[j..k].iter().any(|w| w.ends_with(['.', ';', ':']))
        && let Some(found) = meeting_called(&owned[k + 1..])
    {
        return Some(found);
    }
    let action = action_after(&owned[j..], enders)?;
    Some((actors, action))
}

/// Where the words after a verb's subject start: a past verb names its subject, and a
/// report may name the text that asks ("وطلب القرار ...").
fn after_subject(rest: &[&str], enders: &[&str], past: bool) -> usize {
    let i = after_text_part(rest, skip_manner_aside(rest, skip_adverbs(rest, 0)));
    // A report names the body after a past verb, and the text itself after any verb
    // ("ويدعو القرار جميع المجموعات ...", "يدعو مشروع القرار إلى ...").
    let names_text = rest
        .get(i)
        .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)));
    if past
        && let Some(end) = member_states_end(rest, i, enders)
            .or_else(|| group_states_end(rest, i, enders))
            .or_else(|| named_in_text_end(rest, i))
            .or_else(|| members_before_addressee_end(rest, i))
    {
        return end;
    }
    subject_end(rest, i, enders, past, names_text)
}

/// "ويطالب نص القرار من X أن ...": the text's wording, a construct with the text, is
/// the text speaking, no addressee.
fn after_text_part(rest: &[&str], i: usize) -> usize {
    if rest
        .get(i)
        .is_some_and(|w| table::AR_TEXT_PARTS.contains(&bare(w)))
        && rest
            .get(i + 1)
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
    {
        return i + 1;
    }
    i
}

/// "دعت دول مجلس التعاون أول من أمس إيران إلى ...": the body's member States.
fn member_states_end(rest: &[&str], i: usize, enders: &[&str]) -> Option<usize> {
    if rest.get(i).is_some_and(|w| bare(w) == "دول")
        && rest
            .get(i + 1)
            .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
        && let Some((_, taken)) = subject(&rest[i + 1..])
    {
        return Some(own_summit_end(
            rest,
            skip_adverbs(rest, i + 1 + taken),
            enders,
        ));
    }
    None
}

/// "وطالبت الدول الأعضاء الأمانة الفنية بـ ...": after a past verb, the members of a
/// meeting, then (no comma, no "و") another actor's defined head: the members speak, the
/// other is asked.
fn members_before_addressee_end(rest: &[&str], i: usize) -> Option<usize> {
    let n = table::AR_MEMBERS_AS_SUBJECT
        .iter()
        .map(|m| m.split(' ').collect::<Vec<_>>())
        .find(|m| {
            m.iter()
                .enumerate()
                .all(|(k, x)| rest.get(i + k).is_some_and(|w| bare(w) == *x))
        })?
        .len();
    let (last, next) = (rest[i + n - 1], bare(rest.get(i + n)?));
    (!last.ends_with(',') && has_article(next) && table::AR_ACTOR_HEADS.contains(&next))
        .then_some(i + n)
}

/// "دعت دول مجموعة X (Y)، اليوم، في قمتها بـ Z إلى ...": a group's States call, a
/// feminine verb before them; where they met may stand before "إلى".
fn group_states_end(rest: &[&str], i: usize, enders: &[&str]) -> Option<usize> {
    if rest.get(i).is_some_and(|w| bare(w) == "دول")
        && rest.get(i + 1).is_some_and(|w| bare(w) == "مجموعة")
    {
        let k = skip_adverbs(rest, i + name_end(&rest[i..]));
        return Some(own_summit_end(rest, k, enders));
    }
    None
}

/// "ودعت الدول الأعضاء في البيان مجلس الأمن إلى ...": a name that speaks "in" the text
/// is the subject; the one asked follows.
fn named_in_text_end(rest: &[&str], i: usize) -> Option<usize> {
    let e = name_end(&rest[i.min(rest.len())..]);
    let j = (i + 1..i + e).find(|&j| {
        ["في", "فى"].contains(&bare(rest[j]))
            && rest
                .get(j + 1)
                .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
            && !rest[j - 1].ends_with([',', '.'])
            // "وأذن المجلس للبعثة في القرار ...": the one asked is named before it.
            && rest[i..j].iter().all(|w| {
                let w = bare(w);
                !w.starts_with("لل") && !w.starts_with("بال")
            })
    })?;
    let k = j
        + 2
        + rest[j + 2..]
            .iter()
            .take_while(|w| ["الختامي", "الختامى"].contains(&bare(w)))
            .count();
    Some(skip_adverbs(rest, k))
}

/// Where the words after the subject at `i` start, where no reading above knew it.
fn subject_end(rest: &[&str], i: usize, enders: &[&str], past: bool, names_text: bool) -> usize {
    // "دعت الدول المشاركة في القمة إلى ...": the meeting's members are the subject.
    if past
        && rest
            .get(i + 1)
            .is_some_and(|w| table::AR_MEMBER_MARKS.contains(&bare(w)))
    {
        skip_adverbs(rest, i + name_end(&rest[i..]))
    } else if past || names_text || speaks_in_text(&rest[i.min(rest.len())..]) {
        if let Some((name, taken)) = rest.get(i..).and_then(subject) {
            named_subject_end(rest, i, (&name, taken), enders, names_text)
        } else if names_text {
            text_subject_end(rest, i, enders)
        } else {
            i
        }
    } else {
        i
    }
}

/// Where the words after a subject named at `i` (`name`, its `taken` words) start: after
/// the closing text it names, the adverbs, and the members and participants after it.
fn named_subject_end(
    rest: &[&str],
    i: usize,
    (name, taken): (&str, usize),
    enders: &[&str],
    names_text: bool,
) -> usize {
    let mut i = i;
    let closing = names_text
        && ["الختامي", "الختامى"].contains(&name.rsplit(' ').next().unwrap_or_default())
        && !rest[i + taken - 1].ends_with([',', '.']);
    if closing {
        i += closing_text_of(&rest[i + taken..], enders);
    }
    i = skip_adverbs(rest, i + taken);
    i = past_members(rest, i, enders);
    participants_in_end(rest, i, enders)
}

/// "وطلب القرار ...": the text itself is the subject; "طالب بيان القمة الختامي
/// بـ ...": with the body it is of.
fn text_subject_end(rest: &[&str], i: usize, enders: &[&str]) -> usize {
    let of = if has_article(bare(rest[i])) {
        0
    } else {
        rest.get(i + 1..)
            .filter(|r| r.first().is_some_and(|w| has_article(bare(w))))
            .map_or(0, |r| name_end_before(r, enders))
    };
    skip_adverbs(rest, i + 1 + of)
}

/// "دعا المشاركون في قمة "X" إلى ...": the subject is those taking part ("المشاركون")
/// and the "في" after it says in what, up to the verb's ender (no comma, no full stop, no
/// actor's head between: "المشاركون في القمة الدول الأعضاء إلى" keeps its addressee).
fn participants_in_end(words: &[&str], i: usize, enders: &[&str]) -> usize {
    let after_participants = i > 0
        && table::AR_PARTICIPANTS.contains(&bare(words[i - 1]))
        && !words[i - 1].ends_with(',')
        && words
            .get(i)
            .is_some_and(|w| ["في", "فى"].contains(&bare(w)));
    if !after_participants {
        return i;
    }
    let Some(k) = (i + 2..words.len().min(i + 8)).find(|&k| ends_at(words[k], enders)) else {
        return i;
    };
    let plain = words[i + 1..k].iter().all(|w| {
        !w.ends_with([',', '.', ';', ':'])
            && !table::AR_ACTOR_HEADS.contains(&bare(w))
            && bare(w) != "مع"
    });
    if plain { k } else { i }
}

/// "في قمتها بجنوب أفريقيا إلى ...": a group's own summit or meeting (its noun with the
/// pronoun) and where it was, up to the verb's ender, passed over.
fn own_summit_end(words: &[&str], i: usize, enders: &[&str]) -> usize {
    let own = words
        .get(i)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && words.get(i + 1).is_some_and(|w| {
            let w = bare(w);
            ["قمتها", "قمتهم", "قمته"].contains(&w) || OWN_MEETINGS.contains(&w)
        });
    if !own {
        return i;
    }
    (i + 2..words.len().min(i + 8))
        .take_while(|&k| !words[k - 1].ends_with([',', '.', ';', ':']))
        .find(|&k| ends_at(words[k], enders))
        .unwrap_or(i)
}

/// "الذي", "المنعقدة": what opens a relative clause on a meeting's name.
const RELATIVES: &[&str] = &["الذي", "التي", "المنعقد", "المنعقدة"];

/// "البيان الختامي للقمة العربية ... [التي عقدت في X اليوم] بضرورة ...": after a text's
/// head and its adjective "الختامي", the meeting it closes, by "لـ" + a body, with any
/// relative clause on it ("الذي / التي / المنعقدة ..." up to the verb's ender), is the
/// subject's; how many words it takes (none where no body by "لـ" follows).
fn closing_text_of(words: &[&str], enders: &[&str]) -> usize {
    let of_body = words.first().is_some_and(|w| {
        bare(w)
            .strip_prefix("لل")
            .is_some_and(|b| table::AR_BODY_HEADS.contains(&format!("ال{b}").as_str()))
    });
    if !of_body {
        return 0;
    }
    // The body's adjectives and ordinals ("للقمة العربية العادية الحادية والثلاثين"); an
    // actor's head after them is the addressee ("... للمؤتمر الدول الأعضاء بـ").
    let end = 1 + words[1..]
        .iter()
        .zip(words)
        .take_while(|&(w, prev)| {
            let b = bare(w);
            (has_article(b) || b.starts_with("وال"))
                && !prev.ends_with([',', '.', ';', ':'])
                && !table::AR_ACTOR_HEADS.contains(&b)
                && !table::AR_BODY_HEADS.contains(&b)
                && !RELATIVES.contains(&b)
                && !ends_at(w, enders)
        })
        .count();
    let relative = words.get(end).is_some_and(|w| RELATIVES.contains(&bare(w)));
    if !relative || words[end - 1].ends_with([',', '.', ';', ':']) {
        return end;
    }
    let limit = words.len().min(end + 15);
    (end + 1..limit)
        .find(|&k| words[k - 1].ends_with([',', '.', ';', ':']) || ends_at(words[k], enders))
        .filter(|&k| ends_at(words[k], enders) && !words[k - 1].ends_with([',', '.', ';', ':']))
        .unwrap_or(end)
}

/// "تطلب حكومتا تونس ومراكش من منظمة ... أن ...": a present verb's own subject (a
/// government or a State, one or two) before "من"; the addressee follows it.
fn present_subject(rest: &[&str], i: usize, openers: &[&str]) -> usize {
    let head = rest.get(i).map(|w| bare(w)).unwrap_or_default();
    // "حكومتا", "دولتا": the dual of a feminine head ("حكومة", "دولة").
    let dual_of = head.strip_suffix("تا").map(|s| format!("{s}ة"));
    let state = table::AR_SUBJECT_STATES.contains(&head)
        || dual_of.is_some_and(|s| table::AR_SUBJECT_STATES.contains(&s.as_str()));
    if rest.get(i).is_some_and(|w| opens(w, openers)) {
        return i;
    }
    // "1- يطلب المجلس من الأمين العام ...": a verb that names whom it asks by "من" /
    // "إلى" names its own subject first when a body's name stands before the opener.
    if !state {
        return rest
            .get(i..)
            .and_then(subject)
            .map(|(_, taken)| i + taken)
            .filter(|&k| {
                rest.get(k).is_some_and(|w| {
                    ["من", "إلى", "الى"].contains(&bare(w)) && openers.contains(&bare(w))
                }) && rest.get(k + 1).is_some_and(|w| {
                    let w = bare(w);
                    has_article(w) || table::AR_ACTOR_HEADS.contains(&w)
                })
            })
            .unwrap_or(i);
    }
    (i + 1..rest.len().min(i + 5))
        .take_while(|&k| !rest[k - 1].ends_with([',', '.', ';']))
        .find(|&k| {
            // "من" only: "يدعو حكومة X إلى التعاون" names its addressee first.
            bare(rest[k]) == "من"
                && openers.contains(&"من")
                && rest.get(k + 1).is_some_and(|w| {
                    let w = bare(w);
                    has_article(w) || table::AR_ACTOR_HEADS.contains(&w)
                })
        })
        .unwrap_or(i)
}

/// Where the words after a subject's relative clause (at `i`) start.
fn after_subject_relative(rest: &[&str], mut i: usize, openers: &[&str], enders: &[&str]) -> usize {
    // "دعا المجلس، المكون من 15 عضوا، الأطراف ...": what the subject is made of, between
    // it and the addressee.
    if i > 0
        && rest
            .get(i)
            .is_some_and(|w| table::AR_MADE_OF.contains(&bare(w)))
    {
        i = skip_adverbs(rest, described_end(rest, i));
    }
    // "وطالب القرار، الذي صاغه ...، من بين أمور أخرى، بـ ...": a relative clause between
    // commas, then what it asks.
    if i > 0
        && rest[i - 1].ends_with(',')
        && rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
        && let Some(k) = (i..rest.len().min(i + 20)).find(|&k| rest[k].ends_with(','))
    {
        i = skip_adverbs(rest, k + 1);
    }
    // "ويفوض القرار الذي صاغته X و Y البعثة بـ ...": past the relative clause's verb (its
    // object the text) and its subject.
    if i > 0
        && rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
        && rest
            .get(i + 1)
            .is_some_and(|w| is_past_with_object(bare(w)) && !w.ends_with([',', '.']))
        && rest.len() > i + 3
    {
        // Only where an addressee follows ("... المؤتمر اليوم في ختام ..." goes on with
        // when and where it was issued).
        // "ويطلب القرار الذي قدمته فرنسا من الدول ...": the relative's subject ends at the
        // verb's opener.
        let named = name_end_before(&rest[i + 2..], enders);
        let opener = rest[i + 2..]
            .iter()
            .skip(1)
            .position(|w| opens(w, openers))
            .map(|k| k + 1);
        let j = i + 2 + opener.map_or(named, |k| k.min(named));
        let next = rest.get(j).map(|w| bare(w)).unwrap_or_default();
        let addressee = so_called(&rest[j.min(rest.len())..]).is_some()
            || opens(next, openers)
            || table::AR_ACTOR_HEADS.contains(&next)
            || (has_article(next)
                && !table::AR_TIME_WORDS.contains(&next)
                && !table::AR_RELATIVES.contains(&next));
        if addressee {
            return j;
        }
    }
    // "وطلب القرار الذي حمل الرقم 2718 من الأمين العام ...": past the subject's relative
    // clause to the opener; without one, to the comma that closes it ("ويطالب القرار الذي
    // صدر أمس، ويحمل الرقم N، الطرفين بـ ...").
    if i > 0
        && rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
    {
        if let Some(k) = (i..rest.len().min(i + 8)).find(|&k| opens(rest[k], openers)) {
            i = k;
        } else if let Some(k) = past_relative(rest, i) {
            i = k;
        } else if let Some(k) = (i + 2..rest.len().min(i + 12)).find(|&k| {
            // "وطالب إعلان القاهرة الذي أصدره الاجتماع اليوم بإرسال ...": no opener nor
            // comma; the act its ender opens (not how it was adopted).
            ends_at(rest[k], enders) && !table::AR_MANNER.contains(&bare(rest[k]))
        }) {
            i = relative_addressee(rest, i, k).unwrap_or(k);
        }
    }
    i
}

/// "ويدعو القرار الذي لقي تأييدا واسعا قوات الاتحاد إلى ...": the relative clause at `i`
/// has its own object (its verb takes no pronoun: "أصدره" would be followed by its
/// subject); an actor's head after that object and before the ender at `k` is the
/// addressee.
fn relative_addressee(rest: &[&str], i: usize, k: usize) -> Option<usize> {
    let verb = bare(rest.get(i + 1)?);
    if is_past_with_object(verb) || rest[i + 1].ends_with([',', '.']) {
        return None;
    }
    let m = (i + 3..k).find(|&m| table::AR_ACTOR_HEADS.contains(&bare(rest[m])))?;
    let own_subject = rest[i + 2..m].iter().any(|w| {
        let w = bare(w);
        has_article(w) || table::AR_BODY_HEADS.contains(&w) || w.ends_with(',')
    });
    (!own_subject).then_some(m)
}

/// "طالب المجلس في قراره الحكومة ...": past the text that asks, named in passing at `i`.
fn after_text_in_passing(rest: &[&str], mut i: usize, openers: &[&str]) -> usize {
    let draft = usize::from(draft_of_text(rest, i));
    if rest.get(i).is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && rest.get(i + 1 + draft).is_some_and(|w| {
            let w = bare(w);
            table::AR_TEXT_HEADS.iter().any(|h| w.starts_with(h))
        })
    {
        // "في بيانها الختامي،": the text's adjectives go with it.
        i += 2 + draft;
        // "في بيان له من X": "of its", the body's own text (no comma before it).
        if !rest[i - 1].ends_with(',')
            && rest
                .get(i)
                .is_some_and(|w| table::AR_TEXT_OWNERS.contains(&bare(w)))
        {
            i += 1;
        }
        while !rest[i - 1].ends_with(',') && rest.get(i).is_some_and(|w| adjective(bare(w))) {
            i += 1;
        }
        i = past_texts_meeting(rest, i);
        // "في قراره رقم N الذي اتخذه أمس كل الأطراف ...".
        if rest.get(i).is_some_and(|w| bare(w) == "رقم") {
            i += 2;
        }
        i = past_text_subject(rest, i, openers);
        // "في بيان وزعته الأمانة العامة أمس في القاهرة X ...": who issued it, when, where.
        if rest.get(i).is_some_and(|w| is_past_with_object(bare(w)))
            && let Some(t) = (i + 1..rest.len().min(i + 10))
                .find(|&k| table::AR_TIME_WORDS.contains(&bare(rest[k])))
        {
            i = t + 1;
            if rest.get(i).is_some_and(|w| ["في", "فى"].contains(&bare(w))) {
                i += 2;
            }
        }
        if rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
            && !rest[i..rest.len().min(i + 8)]
                .iter()
                .any(|w| opens(w, openers))
        {
            i = skip_adverbs(rest, i + 2);
        }
        i = skip_adverbs(rest, i);
        // "في القرار الذي حمل الرقم ... من الأمين العام": past its relative clause.
        if rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
            && let Some(k) = (i..rest.len().min(i + 8)).find(|&k| opens(rest[k], openers))
        {
            i = k;
        }
    }
    i
}

/// "في مشروع البيان الختامي ...": the draft of a text the asking is told in ("مشروع" before
/// the text's head), at `i` on its "في".
fn draft_of_text(rest: &[&str], i: usize) -> bool {
    rest.get(i).is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && rest.get(i + 1).is_some_and(|w| bare(w) == "مشروع")
}

/// "في مشروع البيان الختامي للدورة الثالثة لقمة X المنعقدة بـ Y يومي D، جميع الدول ...":
/// the meeting the text is of (a genitive "لـ" chain with no comma) up to the comma that an
/// actor follows; `i` unchanged without both.
fn past_texts_meeting(rest: &[&str], i: usize) -> usize {
    let of_meeting = rest.get(i).is_some_and(|w| {
        let w = bare(w);
        w.starts_with('ل') && table::AR_MEETING_NOUNS.iter().any(|m| w.ends_with(m))
    });
    if !of_meeting || rest[i - 1].ends_with(',') {
        return i;
    }
    (i..rest.len().min(i + 18))
        .take_while(|&k| k == i || !rest[k - 1].ends_with(['.', ';']))
        .find(|&k| rest[k].ends_with(','))
        .filter(|&k| {
            rest.get(k + 1)
                .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
        })
        .map_or(i, |k| k + 1)
}

/// "في قراره الخاص بدراسة مقترح ... من الأمين العام": past what the text is about (a
/// phrase opened by "بـ", "بشأن" or "حول") to the opener before an actor, within the
/// sentence's clause (no comma on the way).
fn past_text_subject(rest: &[&str], i: usize, openers: &[&str]) -> usize {
    let about = rest.get(i).is_some_and(|w| {
        let w = bare(w);
        ["بشأن", "حول"].contains(&w) || (w.starts_with('ب') && w.chars().count() >= 4)
    });
    if !about || rest[i - 1].ends_with(',') {
        return i;
    }
    (i + 1..rest.len().min(i + 24))
        .take_while(|&k| !rest[k - 1].ends_with([',', '.', ';']))
        .find(|&k| {
            openers.contains(&bare(rest[k]))
                && rest
                    .get(k + 1)
                    .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
        })
        .unwrap_or(i)
}

/// Where the addressee of a past verb that needs an opener starts when none follows its
/// subject at `i`: the opener after an aside, or an actor after the commas; None without
/// either.
fn addressee_after_aside(rest: &[&str], i: usize, openers: &[&str]) -> Option<usize> {
    let after_comma = i > 0 && rest[i - 1].ends_with(',');
    let aside = (i..rest.len().min(i + 25))
        .find(|&k| opens(rest[k], openers) && k > 0 && rest[k - 1].ends_with(','));
    Some(match aside {
        Some(k) => k,
        // "طلب القرار، الصادر بالإجماع، جميع الأطراف بأن ...": no opener, an actor.
        None => {
            let k = if after_comma {
                (i..rest.len().min(i + 12)).find(|&k| rest[k].ends_with(','))? + 1
            } else {
                i
            };
            rest.get(k)
                .filter(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))?;
            k
        }
    })
}

/// "ما يسمى بمهمة الدعم ...": the words from the name a "so-called" gives on.
fn so_called<'a>(words: &[&'a str]) -> Option<Vec<&'a str>> {
    let [what, called, named, rest @ ..] = words else {
        return None;
    };
    // "يسمح لما يسمى بـ ...": the opener joined to "ما".
    let alias = ["ما", "لما"].contains(&bare(what))
        && ["يسمى", "تسمى", "يعرف", "تعرف"].contains(&bare(called))
        && named.chars().count() > 3;
    let named = named.strip_prefix('ب').filter(|_| alias)?;
    Some(std::iter::once(named).chain(rest.iter().copied()).collect())
}

/// The words from the addressee on: its opener dropped, or the "لـ" of `restored` ("للبعثة"
/// as "البعثة"), or a one-letter opener taken off the noun it is joined to ("بالدول").
fn without_opener<'a>(
    words: &[&'a str],
    openers: &[&str],
    restored: Option<&'a str>,
) -> Vec<&'a str> {
    let first = words[0];
    let mut owned: Vec<&str> = words.to_vec();
    if openers.contains(&bare(first)) {
        owned.remove(0);
    } else if let Some(r) = restored {
        owned[0] = r;
    } else if let Some(o) = openers.iter().find(|o| o.chars().count() == 1) {
        // "بالدول": the preposition is joined to its noun.
        if let Some(stripped) = first
            .strip_prefix(o)
            .filter(|s| has_article(s) || !s.is_empty())
        {
            owned[0] = stripped;
        }
    }
    owned
}

/// The addressees named from the start of `owned`, and where the act after them starts.
pub(super) fn addressees(
    owned: &[&str],
    openers: &[&str],
    enders: &[&str],
) -> (Vec<String>, usize) {
    let end = name_end_before(owned, enders);
    let mut actors = names(&owned[..end]);
    let mut j = end;
    // "X، بصفتها السلطة ...، وY ...": X's capacity set off by commas is no act (its "بـ"
    // ends nothing); a name joined by "و" after it is asked too.
    if end > 0
        && owned[end - 1].ends_with([',', '،'])
        && owned
            .get(end)
            .is_some_and(|w| table::AR_CAPACITY.contains(&bare(w)))
        && let Some(k) = (end..owned.len().min(end + 10)).find(|&k| owned[k].ends_with([',', '،']))
    {
        j = k + 1;
        let more = owned.get(j).and_then(|w| w.strip_prefix('و'));
        if let Some(first) = more.filter(|w| w.chars().count() >= 2) {
            let mut rest: Vec<&str> = vec![first];
            rest.extend(&owned[j + 1..]);
            let len = name_end_before(&rest, enders);
            if len > 0 {
                actors.extend(names(&rest[..len]));
                j += len;
            }
        }
        return (actors, j);
    }
    // "الأمين العام للأمم المتحدة السيد كوفي عنان الى تقديم ...": the person's name in
    // apposition runs to the ender.
    if owned
        .get(j)
        .is_some_and(|w| ["السيد", "السيدة"].contains(&bare(w)))
        && let Some(k) = (j..owned.len().min(j + 8)).find(|&k| ends_at(owned[k], enders))
    {
        j = k;
    }
    // "الدول التي نقلت سفاراتها ... إلى التراجع": the act after the relative clause.
    if owned
        .get(j)
        .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
    {
        j = (j..owned.len().min(j + 30))
            .find(|&k| enders.contains(&bare(owned[k])))
            .unwrap_or(j);
    }
    // ", وعند الاقتضاء، بغيرها من الجهات ...": a second addressee after the same opener.
    if owned[end - 1].ends_with(',')
        && let Some((more, next)) = further(&owned[end..], openers)
    {
        actors.extend(more);
        j = end + next;
    } else if let Some(k) = (end..owned.len().min(end + 10)).find(|&k| {
        bare(owned[k])
            .strip_prefix('و')
            .is_some_and(|o| openers.contains(&o))
    }) && !(end..k).any(|m| ends_at(owned[m], enders))
    {
        // "من الدول الأعضاء القادرة ... ومن المؤسسات المالية، أن ...".
        let more = &owned[k + 1..];
        if !more.is_empty() {
            let len = name_end_before(more, enders);
            actors.extend(names(&more[..len]));
            j = k + 1 + len;
        }
    }
    (actors, j)
}

/// The actor of a call that names no one; the drafter writes it as
/// `table::AR_DEFAULT_ACTOR` with a note to check it.
pub const UNNAMED: &str = "\u{0}unnamed";

/// "يدعو إلى", "يطالب بـ", "يناشد بـ": verbs that call for a thing when they name no one
/// ("يحث على", "يطلب أن" with no actor after its verb, and "يكلف بـ" without an addressee
/// are drafted from nothing).
fn calls_for(enders: &[&str]) -> bool {
    enders.iter().any(|e| ["إلى", "الى"].contains(e))
        || (enders.contains(&"ب") && enders.contains(&"أن"))
}

/// "تطلب أن يتخذ مجلس X ...": a verb of asking whose addressee would open with "إلى" or
/// "من", followed at once by "أن" and a verb whose subject is an actor, asks that subject
/// (the English "requests that X ..."); with no actor after the verb it asks no one.
fn asks_that_named(words: &[&str], openers: &[&str], enders: &[&str]) -> bool {
    let asking = openers.iter().any(|o| ["إلى", "من"].contains(o));
    let that = words
        .first()
        .is_some_and(|w| ["أن", "ان"].contains(&bare(w)) && enders.contains(&bare(w)));
    asking && that && words.get(1..).and_then(acting_subject).is_some()
}

/// "يحث على حماية الأشجار", "يحث على اتخاذ الإجراءات التالية": an urging that names no
/// one is a general call (all States), as "calls for ..." is and as the annotations count
/// a call that names nobody.
fn urges_measures(words: &[&str], enders: &[&str]) -> bool {
    enders.contains(&"على") && words.first().is_some_and(|w| bare(w) == "على")
}

/// What a call that names no addressee asks, and of whom: "طالب القرار بأن يقدم الأمين
/// العام ..." asks the subject of its "أن" clause; "يدعو إلى التزام جميع الأطراف ..." the
/// actor its verbal noun names; otherwise all States.
pub(super) fn unnamed_call(words: &[&str], enders: &[&str]) -> Option<(Vec<String>, String)> {
    let first = bare(words.first()?);
    if let Some(found) = that_clause_actor(words, enders, first) {
        return Some(found);
    }
    let noun_actors = verbal_noun_actors(words, enders, first);
    let action = action_after(words, enders)?;
    if let Some(actors) = noun_actors {
        return Some((actors, action));
    }
    // "توصي بما يأتي:": its items say what.
    if ["ما يأتي", "ما يلي", "بما يأتي", "بما يلي"]
        .iter()
        .any(|p| action.starts_with(p))
    {
        return None;
    }
    // "بنظر مشروع الميثاق في اجتماع وزراء الخارجية ...": those whose meeting is to consider.
    if let Some(found) = considered_at(words, &action) {
        return Some(found);
    }
    if let Some(pair) = between_pair(words).or_else(|| cooperating(words)) {
        return Some((pair, action));
    }
    if let Some(doers) = doer_named(words) {
        return Some((doers, action));
    }
    Some((vec![UNNAMED.to_string()], action))
}

/// "طالب القرار بأن يقدم الأمين العام ...": the subject of a call's "أن" clause, when the
/// call opens with one.
fn that_clause_actor(
    words: &[&str],
    enders: &[&str],
    first: &str,
) -> Option<(Vec<String>, String)> {
    let that = ["أن", "ان", "بأن", "بان"].contains(&first)
        || (enders.contains(&first)
            && words
                .get(1)
                .is_some_and(|w| ["أن", "ان"].contains(&bare(w))));
    if !that {
        return None;
    }
    let k = words
        .iter()
        .position(|w| ["أن", "ان", "بأن", "بان"].contains(&bare(w)))?;
    words.get(k + 1..).and_then(acting_subject)
}

/// "إلى التزام جميع الأطراف ...", "بانسحاب القوات ...": the actors a call's verbal noun
/// names as its own, if any.
fn verbal_noun_actors(words: &[&str], enders: &[&str], first: &str) -> Option<Vec<String>> {
    let mut noun_at = usize::from(enders.contains(&first));
    // "إلى بدء عمل فريق الاتصال": a verbal noun's own construct noun before the actor
    // (not a preposition: "بالإفراج عن رئيس البلاد" frees the president).
    if words.get(noun_at + 1).is_some_and(|w| {
        !has_article(bare(w))
            && !table::AR_ACTOR_HEADS.contains(&bare(w))
            && !table::AR_PREPOSITIONS.contains(&bare(w))
    }) && words
        .get(noun_at + 2)
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)) && !has_article(bare(w)))
    {
        noun_at += 1;
    }
    // "بإرسال بعثة ...", "إلى نشر قوة ...", "بدعوة لنشر قوات ...": the mission sent is no
    // actor.
    let sent = words.get(noun_at).is_some_and(|w| {
        let w = bare(w);
        let w = w
            .strip_prefix(['ب', 'ل'])
            .filter(|_| noun_at == 0)
            .unwrap_or(w);
        table::AR_SENDING_NOUNS.contains(&w)
    });
    // "إلى عقد مؤتمر ...": a meeting held is no actor.
    let head = words.get(noun_at + 1)?;
    if sent
        || !table::AR_ACTOR_HEADS.contains(&bare(head))
        || table::AR_BODY_HEADS.contains(&bare(head))
    {
        return None;
    }
    let end = name_end(&words[noun_at + 1..]);
    let actors = names(&words[noun_at + 1..noun_at + 1 + end]);
    (!actors.is_empty()).then_some(actors)
}

/// "بوقف إطلاق النار بين روسيا وأوكرانيا": the two a call's own phrase names.
fn between_pair(words: &[&str]) -> Option<Vec<String>> {
    if let Some(k) = words.iter().position(|w| bare(w) == "بين")
        && let [a, b, ..] = &words[k + 1..]
        && !a.ends_with([',', ';', '.'])
        && bare(b)
            .strip_prefix('و')
            .is_some_and(|r| r.chars().count() > 2)
        && words
            .get(k + 3)
            .is_none_or(|_| b.ends_with([',', ';', '.']))
    {
        let pair = names(&[bare(a), bare(b)]);
        if pair.len() == 2 {
            return Some(pair);
        }
    }
    None
}

/// "داعيا لمزيد من التعاون بين القوة المؤقتة والجيش الوطني، خاصة ...": those who are to
/// work together, named after "بين" (each defined, joined by "و"), do what is called for.
fn cooperating(words: &[&str]) -> Option<Vec<String>> {
    let k = words.iter().position(|w| bare(w) == "بين")?;
    let noun = bare(words.get(k.checked_sub(1)?)?);
    let noun = noun.strip_prefix(['ل', 'ب']).unwrap_or(noun);
    if !table::AR_WORKING_TOGETHER.contains(&noun) || words[k - 1].ends_with([',', '.']) {
        return None;
    }
    let end = (k + 1..words.len().min(k + 9))
        .find(|&e| words[e].ends_with([',', ';', '.', ':']))
        .map_or(words.len().min(k + 9), |e| e + 1);
    let pair = names(&words[k + 1..end]);
    let defined = |n: &String| n.split_whitespace().next().is_some_and(has_article);
    (pair.len() == 2 && pair.iter().all(defined)).then_some(pair)
}

/// "يطالب بوقف ... من قبل جميع الأطراف": the doer a call's own phrase names.
fn doer_named(words: &[&str]) -> Option<Vec<String>> {
    let k = words.windows(3).position(|w| {
        bare(w[0]) == "من" && bare(w[1]) == "قبل" && table::AR_ACTOR_HEADS.contains(&bare(w[2]))
    })?;
    let end = name_end(&words[k + 2..]);
    Some(names(&words[k + 2..k + 2 + end]))
}

/// "عقد اجتماع فوري لمجلس الجامعة ...": a meeting called of a body named after "لـ" (that
/// body asked to meet).
pub(super) fn meeting_called(words: &[&str]) -> Option<(Vec<String>, String)> {
    let [held, meeting, ..] = words else {
        return None;
    };
    let called = bare(held) == "عقد"
        && [
            "اجتماع",
            "اجتماعا",
            "دورة",
            "جلسة",
            "الاجتماع",
            "الدورة",
            "الجلسة",
        ]
        .contains(&bare(meeting))
        && !meeting.ends_with([',', '.']);
    if !called {
        return None;
    }
    // "لمجلس X"; "للجنة التنفيذية" ("لـ" + "اللجنة", its alif dropped, an adjective after
    // it) is "اللجنة التنفيذية".
    let head_of = |k: usize| -> Option<String> {
        let w = bare(words[k]);
        // "للمجلس التنفيذي" is "لـ" + "المجلس" (the article's alif dropped, its lam kept).
        let defined = (w.starts_with("لل") && words.get(k + 1).is_some_and(|n| adjective(bare(n))))
            .then(|| [format!("ا{w}"), format!("ا{}", &w['ل'.len_utf8()..])])
            .and_then(|c| {
                c.into_iter().find(|d| {
                    table::AR_BODY_HEADS.contains(&d.as_str())
                        || table::AR_MEETING_BODIES.contains(&d.as_str())
                })
            });
        defined.or_else(|| {
            w.strip_prefix('ل')
                .filter(|r| table::AR_BODY_HEADS.contains(r))
                .map(str::to_string)
        })
    };
    let k = (2..words.len().min(5)).find(|&k| head_of(k).is_some())?;
    let head = head_of(k)?;
    let mut named: Vec<&str> = vec![head.as_str()];
    named.extend(&words[k + 1..]);
    let end = name_end(&named);
    let actors = names(&named[..end]);
    (!actors.is_empty()).then(|| (actors, clean(&words.join(" "))))
}

/// "اختتم المجلس ... باعتماد ...، والإعلان عن عقد الدورة 43 للمجلس X ... خلال شهر D": a
/// meeting announced by the verbal noun ("الإعلان عن" + a meeting called of a body named
/// after "لـ") asks that body to meet. Who and what, if `words` opens so.
pub(super) fn meeting_announced(words: &[&str]) -> Option<(Vec<String>, String)> {
    let [noun, about, ..] = words else {
        return None;
    };
    let noun = bare(noun);
    let noun = noun.strip_prefix('و').unwrap_or(noun);
    if !["الإعلان", "الاعلان"].contains(&noun) || bare(about) != "عن" || about.ends_with(',')
    {
        return None;
    }
    meeting_called(&words[2..])
}

/// "(س)يمنح X مهلة إضافية حتى 60 يوما لتسليم ...", "ومنح المجلس X مهلة ...": a time
/// granted (a verb of granting, its subject if named, whom, then "مهلة" and the act after
/// "لـ" within eight words) asks whom it is granted, within it. Who and what, if `words`
/// opens so.
pub(super) fn time_granted(words: &[&str]) -> Option<(Vec<String>, String)> {
    // "قرر المجلس إعطاء X مهلة ...": "إعطاء", the verbal noun of "أعطى", grants as "منح".
    const GRANTS: &[&str] = &[
        "منح",
        "منحت",
        "يمنح",
        "تمنح",
        "إعطاء",
        "اعطاء",
        "أعطى",
        "اعطى",
        "أعطت",
        "اعطت",
    ];
    let first = bare(words.first()?);
    let first = first.strip_prefix(['و', 'ف']).unwrap_or(first);
    // "سيمنح": the body's word of what it grants; a headline's present ("الاتحاد يمنح X
    // مهلة ...") tells the grant the story gives below.
    let verb = first
        .strip_prefix('س')
        .filter(|v| GRANTS.contains(v))
        .unwrap_or(first);
    let present = verb == first && verb.starts_with(['ي', 'ت']);
    if !GRANTS.contains(&verb) || present {
        return None;
    }
    let time = words
        .iter()
        .take(10)
        .position(|w| ["مهلة", "مهله"].contains(&bare(w)))?;
    // Whom: the name right before "مهلة", after the subject if one is named.
    let mut from = 1;
    // The past of a report names its subject ("ومنح المجلس X مهلة"); the body's own word
    // ("انه سيمنح X مهلة") does not.
    let past = ["منح", "منحت", "أعطى", "اعطى", "أعطت", "اعطت"].contains(&first);
    // "قرر X منح المجلس العسكري في Y مهلة ...": the verbal noun, whom a body whose place
    // follows it; a subject taken would leave whom opening with a preposition.
    if past
        && let Some((_, taken)) = words.get(1..time).and_then(subject)
        && 1 + taken < time
        && !table::AR_PREPOSITIONS.contains(&bare(words[1 + taken]))
    {
        from = 1 + taken;
    }
    let mut whom = &words[from..time];
    // "إعطاء الحاكمين العسكريين في موريتانيا مهلة": whom, then where (one bare name).
    let e = name_end(whom);
    if e + 2 == whom.len() && e > 0 && ["في", "فى"].contains(&bare(whom[e])) {
        whom = &whom[..e];
    }
    if whom.is_empty() || name_end(whom) != whom.len() {
        return None;
    }
    let act = (time + 1..words.len().min(time + 9)).find(|&k| {
        let w = bare(words[k]);
        w.starts_with('ل') && w.chars().count() > 3 && !w.starts_with("لل")
    })?;
    let action = action_after(&words[time..], &[])?;
    (act > time).then(|| (names(whom), action))
}

/// "أعلن الوزير عن قرار وزراء الخارجية القاضي بإرسال وفد ...": a decision announced (an
/// announcing verb, "عن", "قرار" and who took it, then "القاضي / القاضية بـ" + its act) is
/// its deciders' own act; a decision named in a call ("بتنفيذ قرار X القاضي بـ ...") is
/// not announced. Who decided and what, if `words` opens so after `before`.
pub(super) fn announced_decision(before: &[&str], words: &[&str]) -> Option<(Vec<String>, String)> {
    let [provides, act, ..] = words else {
        return None;
    };
    let provides = bare(provides);
    if !["القاضي", "القاضية"].contains(&provides)
        || !act.starts_with('ب')
        || act.chars().count() < 4
    {
        return None;
    }
    let n = before.len();
    // "قرار" and its deciders: at most six words before.
    let j = (n.saturating_sub(7)..n)
        .rev()
        .find(|&j| bare(before[j]) == "قرار")?;
    let deciders = &before[j + 1..];
    if deciders.is_empty()
        || deciders.iter().any(|w| w.ends_with([',', '.', ';']))
        || name_end(deciders) != deciders.len()
    {
        return None;
    }
    let mut v = j.checked_sub(1)?;
    if bare(before[v]) == "عن" {
        v = v.checked_sub(1)?;
    }
    // The announcing verb and its subject: at most eight words before.
    let from = before[..=v]
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    (from.max(v.saturating_sub(8))..=v).find(|&a| announces(before[a]))?;
    let action = action_after(&words[1..], &["ب"])?;
    Some((names(deciders), action))
}

/// Whether `w` is an announcing verb ("أعلن"), with or without its joined "و".
fn announces(w: &str) -> bool {
    let w = bare(w);
    table::AR_ANNOUNCES.contains(&w)
        || w.strip_prefix('و')
            .is_some_and(|r| table::AR_ANNOUNCES.contains(&r))
}

/// "أعلن مجلس X، أنه سيعقد جلسة خاصة ... في 27 مايو": the body's own word that it will
/// meet (an announcing verb, the body as its subject, "أنه" / "أنها", then "سيعقد" /
/// "ستعقد" and a meeting) is its act to come, by that body; a narrator's "سيعقد المجلس
/// ..." is not. The body it names, if `words` opens so after `before`.
pub(super) fn announced_meeting(before: &[&str], words: &[&str]) -> Option<String> {
    let [held, meeting, ..] = words else {
        return None;
    };
    let held = bare(held);
    let meets = ["سيعقد", "ستعقد"].contains(&held)
        && table::AR_MEETING_NOUNS.contains(&bare(meeting))
        && before
            .last()
            .is_some_and(|w| ["أنه", "أنها", "انه", "انها"].contains(&bare(w)));
    if !meets {
        return None;
    }
    let n = before.len();
    let v = (n.saturating_sub(10)..n - 1)
        .rev()
        .find(|&v| announces(before[v]))?;
    if before[v..n - 1].iter().any(|w| w.ends_with('.')) {
        return None;
    }
    subject(&before[v + 1..n - 1]).map(|(name, _)| name)
}

/// "بنظر X في اجتماع وزراء الخارجية ...": a thing to consider "at the meeting of" a named
/// group asks that group.
fn considered_at(words: &[&str], action: &str) -> Option<(Vec<String>, String)> {
    let noun = bare(words.first()?);
    let noun = noun.strip_prefix(['ب', 'ل']).unwrap_or(noun);
    if !["نظر", "بحث", "دراسة", "مناقشة"].contains(&noun) {
        return None;
    }
    let k = (1..words.len().min(14))
        .take_while(|&k| !words[k - 1].ends_with('.'))
        .find(|&k| {
            ["في", "فى", "خلال"].contains(&bare(words[k]))
                && words.get(k + 1).is_some_and(|w| bare(w) == "اجتماع")
        })?;
    let named = words.get(k + 2..)?;
    let head = bare(named.first()?);
    if !table::AR_ACTOR_HEADS.contains(&head)
        || table::AR_BODY_HEADS.contains(&head) && head != "وزراء"
    {
        return None;
    }
    let actors = names(&named[..name_end(named)]);
    (!actors.is_empty()).then(|| (actors, action.to_string()))
}

/// The act after an addressee: after its ender ("أن", "إلى", "على", "بـ"), or from the
/// verbal noun that follows it.
pub(super) fn action_after(words: &[&str], enders: &[&str]) -> Option<String> {
    let k = skip_adverbs(words, 0);
    let first = *words.get(k)?;
    let rest = if enders.contains(&bare(first)) {
        words[k + 1..].join(" ")
    } else if let Some(e) = enders
        .iter()
        .find(|e| e.chars().count() == 1 && first.starts_with(**e) && first.chars().count() > 3)
    {
        let mut all = vec![&first[e.len()..]];
        all.extend(&words[k + 1..]);
        all.join(" ")
    } else {
        words[k..].join(" ")
    };
    let action = clean(&rest);
    (!action.is_empty()).then_some(action)
}

/// A second addressee: "وعند الاقتضاء، بغيرها من X", "وبـX".
fn further(words: &[&str], openers: &[&str]) -> Option<(Vec<String>, usize)> {
    let mut k = 0;
    if words
        .first()
        .is_some_and(|w| ["وعند", "وحسب", "عند", "حسب"].contains(&bare(w)))
        && words.get(1).is_some_and(|w| bare(w).starts_with("الاقتضاء"))
    {
        k = 2;
    }
    let w = *words.get(k)?;
    let w = w.strip_prefix('و').unwrap_or(w);
    let o = openers.iter().find(|o| o.chars().count() == 1)?;
    let w = w.strip_prefix(o)?;
    let mut owned: Vec<&str> = words[k..].to_vec();
    if ["غيرها", "غيره", "غيرهم"].contains(&bare(w)) {
        if words.get(k + 1).map(|w| bare(w)) != Some("من") {
            return None;
        }
        owned = words[k + 2..].to_vec();
        k += 2;
    } else if has_article(w) {
        owned[0] = w;
    } else {
        return None;
    }
    if owned.is_empty() {
        return None;
    }
    let end = name_end(&owned);
    Some((names(&owned[..end]), k + end))
}

/// The name a pronoun stands for: the last actor named before it ("التدابير التي اتخذها
/// الأمين العام ...، ودعاه إلى ...").
pub(super) fn antecedent(before: &[&str]) -> Option<String> {
    antecedent_of(before, false)
}

/// The antecedent of a plural pronoun ("حثهم", "دعاهما"): not a singular feminine name
/// ("البعثة", "الحكومة") named after the plural one ("للدول الأعضاء ... في دعم البعثة
/// وحثهم على ...").
pub(super) fn antecedent_of(before: &[&str], plural: bool) -> Option<String> {
    // "أعرب المجلس عن الشكر للدول الأعضاء ... وحثهم على ...": for a plural pronoun, the
    // name after "لـ" too (its article's alif dropped: "للدول" is "لـ" + "الدول"; a
    // singular's "للمنظمة" is an owner: "الأمين العام للمنظمة ... وحثه").
    let after_lam = |w: &str| {
        w.strip_prefix("لل")
            .map(|n| format!("ال{n}"))
            .filter(|n| table::AR_ACTOR_HEADS.contains(&n.as_str()) && n != "الدولي")
    };
    let k = before.iter().rposition(|w| {
        ((table::AR_ACTOR_HEADS.contains(&bare(w)) && bare(w) != "جميع")
            || (plural && after_lam(bare(w)).is_some()))
            && !(plural && bare(w).ends_with('ة'))
    });
    // "... قرارا يقضي بحظر توريد السلاح للحوثيين في اليمن ويطالبهم بـ ...": a plural
    // pronoun stands for the group of people named after the last actor's name.
    if plural
        && let Some((j, group)) = before
            .iter()
            .enumerate()
            .rev()
            .find_map(|(j, w)| group_word(w).map(|g| (j, g)))
        && k.is_none_or(|k| j > k)
    {
        return Some(group);
    }
    let k = k?;
    let head = after_lam(bare(before[k])).filter(|_| plural);
    let mut owned: Vec<&str> = before[k..].to_vec();
    if let Some(h) = head.as_deref() {
        owned[0] = h;
    }
    let end = name_end(&owned);
    names(&owned[..end]).into_iter().next()
}

/// "قرر مجلس X في اجتماعه ...، والذى عقد أمس ...، والذى قرر المجلس من قبل ...، على دعوة
/// Y لـ ...": past the relative clauses set off by commas (the pronoun with or without its
/// "و") to the decided act, and past the "على" before a verbal noun that asks.
pub(super) fn skip_relative_asides(words: &[&str], mut i: usize) -> usize {
    let start = i;
    loop {
        let relative = words.get(i).is_some_and(|w| {
            let w = bare(w);
            table::AR_RELATIVES.contains(&w)
                || w.strip_prefix('و')
                    .is_some_and(|r| table::AR_RELATIVES.contains(&r))
        });
        let comma = (i..words.len().min(i + 40))
            .take_while(|&k| k == i || !words[k - 1].ends_with('.'))
            .find(|&k| words[k].ends_with(','));
        match comma {
            Some(k) if relative => i = k + 1,
            _ => break,
        }
    }
    if i > start
        && words.get(i).is_some_and(|w| bare(w) == "على")
        && words.get(i + 1).is_some_and(|w| opening_noun(w).is_some())
    {
        i += 1;
    }
    i
}

/// "قرر القادة الأفارقة المشاركون في القمة ...، منح ...": past the subject's qualifier of
/// those taking part (a word or two, the participle, its place), up to its comma.
pub(super) fn participants_end(words: &[&str], i: usize) -> usize {
    let Some(at) =
        (i..words.len().min(i + 2)).find(|&k| table::AR_PARTICIPANTS.contains(&bare(words[k])))
    else {
        return i;
    };
    let comma = (at..words.len().min(at + 10))
        .take_while(|&k| k == at || !words[k - 1].ends_with('.'))
        .find(|&k| words[k].ends_with(','));
    match comma {
        Some(k)
            if !words[i..=k]
                .iter()
                .any(|w| is_verb(verb_form(w)) || opening_noun(w).is_some()) =>
        {
            k + 1
        }
        _ => i,
    }
}

/// Past what a subject is made of ("المجلس المؤلف من 15 دولة"): the participle, "من",
/// the number and what it counts.
pub(super) fn described_end(words: &[&str], i: usize) -> usize {
    let made_of = words
        .get(i)
        .is_some_and(|w| table::AR_MADE_OF.contains(&bare(w)))
        && words.get(i + 1).is_some_and(|w| bare(w) == "من");
    let counted = words.get(i + 2).is_some_and(|w| {
        let w = bare(w);
        w.chars().all(|c| c.is_ascii_digit()) || table::AR_NUMBERS.iter().any(|(n, _)| *n == w)
    }) && words.len() > i + 3;
    if made_of && counted { i + 4 } else { i }
}

/// Past an honorific at `i` ("أصحاب الجلالة والسمو", "صاحب السمو الملكي").
pub(super) fn honorific_end(words: &[&str], i: usize) -> usize {
    if !words
        .get(i)
        .is_some_and(|w| table::AR_HONORIFIC_HEADS.contains(&bare(w)))
    {
        return i;
    }
    let titles = words[i + 1..]
        .iter()
        .take_while(|w| table::AR_HONORIFIC_TITLES.contains(&bare(w)) && !w.ends_with(','))
        .count();
    if titles == 0 { i } else { i + 1 + titles }
}

/// Past a blessing or an aside a news agency sets between slashes ("وقرروا / حفظهم الله /
/// متابعة ..."), at most six words long.
pub(super) fn skip_slashed(words: &[&str], i: usize) -> usize {
    if words.get(i) != Some(&"/") {
        return i;
    }
    match (i + 1..words.len().min(i + 8)).find(|&k| words[k] == "/") {
        Some(k) => k + 1,
        None => i,
    }
}

/// Past "بالإجماع", "وعلى وجه التشديد": how the body decided.
pub(super) fn skip_manner(words: &[&str], mut i: usize) -> usize {
    loop {
        let w = words.get(i).map_or("", |w| bare(w));
        if table::AR_MANNER.contains(&w) {
            i += 1;
        } else if ["بأغلبية", "باغلبية"].contains(&w) && !words[i].ends_with(',') {
            // "قرر المجلس بأغلبية 17 دولة عقد ...": the majority it decided by, counted
            // ("17 دولة", "12 صوتا": its number and noun) or qualified ("كبيرة").
            let counted = words
                .get(i + 1)
                .is_some_and(|n| !n.is_empty() && bare(n).chars().all(|c| c.is_ascii_digit()));
            i += if counted { 3 } else { 2 };
        } else if ["على", "وعلى"].contains(&w) && words.get(i + 1).is_some_and(|n| bare(n) == "وجه")
        {
            i += 3;
        } else {
            return i;
        }
    }
}

/// A verb and the actor it names after it: "يتولى الأمين العام إجراء ...".
pub(super) fn acting_subject(words: &[&str]) -> Option<(Vec<String>, String)> {
    let verb = words.first()?;
    // "أن يوصي المجلس دول الجامعة بـ ...": a verb that asks, its own subject named, asks
    // the name after it.
    if table::AR_VERBS.iter().any(|(v, _, _)| *v == bare(verb)) && own_subject_named(&words[1..]) {
        let end = name_end(&words[2..]);
        let actors = names(&words[2..2 + end]);
        let mut act = vec![*verb];
        act.extend(&words[2 + end..]);
        return Some((actors, clean(&act.join(" "))));
    }
    let head = words.get(1)?;
    if !table::AR_ACTOR_HEADS.contains(&bare(head)) {
        // "بأن تنهي إسرائيل وجودها ...": a State's bare name right after the verb.
        return bare_name_subject(words);
    }
    let end = name_end(&words[1..]);
    let actors = names(&words[1..1 + end]);
    let mut act = vec![*verb];
    act.extend(&words[1 + end..]);
    Some((actors, clean(&act.join(" "))))
}

/// "بأن يمتثل الكيان الصهيوني لـ ...": after a called-for present verb (no copula), a
/// defined noun and its defined nisba adjective name the party that is to act, where the
/// noun is no verbal noun ("التنفيذ", "الانسحاب", "الإعلان").
fn nisba_subject(words: &[&str]) -> Option<(Vec<String>, String)> {
    let verb = *words.first()?;
    let head = bare(words.get(1)?);
    let adjective = bare(words.get(2)?);
    let stem = head.strip_prefix("ال")?;
    let verbal_noun = stem.starts_with(['ت', 'ا', 'إ']) && stem.chars().count() >= 5;
    let nisba = adjective.starts_with("ال")
        && adjective.ends_with('ي')
        && adjective.chars().count() >= 5
        && !words[1].ends_with([',', '.']);
    let ok = present_verb(bare(verb))
        && !table::AR_COPULAS.contains(&bare(verb))
        && !verbal_noun
        && nisba
        && words.len() > 3;
    if !ok {
        return None;
    }
    let end = 2 + words[3..]
        .iter()
        .take_while(|w| adjective_word(bare(w)))
        .count();
    let mut act = vec![verb];
    act.extend(&words[end + 1..]);
    Some((
        vec![
            words[1..=end]
                .iter()
                .map(|w| bare(w))
                .collect::<Vec<_>>()
                .join(" "),
        ],
        clean(&act.join(" ")),
    ))
}

/// A defined nisba adjective after a name ("الصهيوني", "السودانية").
fn adjective_word(w: &str) -> bool {
    w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("ية")) && w.chars().count() >= 5
}

/// "تنهي إسرائيل ...": after a present verb, one bare word that can only be a name (no
/// article; not an indefinite object such as "تقريرا" or "دورة", a particle, nor a verbal
/// noun such as "تنفيذ") is its subject.
fn bare_name_subject(words: &[&str]) -> Option<(Vec<String>, String)> {
    let (verb, name) = (words.first()?, bare(words.get(1)?));
    let n = name.chars().count();
    // "تقريرا", "دورة": an indefinite object or a common noun, not a State's name.
    let object = (name.ends_with('ا') && !name.ends_with("يا")) || name.ends_with('ة');
    let noun = name.starts_with('ت') && n >= 5 && !name.ends_with("يا");
    // "تبدأ، خلال دورتها ...": a comma after the verb opens an aside, not its subject.
    let name_like = present_verb(bare(verb))
        && !verb.ends_with([',', '،'])
        && n >= 4
        && !has_article(name)
        && !object
        && !noun
        && !name.starts_with('و')
        && !table::AR_NAME_LINKS.contains(&name)
        && !table::AR_TIME_WORDS.contains(&name)
        && words.len() > 2;
    if !name_like {
        return None;
    }
    let mut act = vec![*verb];
    act.extend(&words[2..]);
    Some((vec![name.to_string()], clean(&act.join(" "))))
}

/// A present-tense verb rather than a verbal noun: "يعقد", "تعقد" (a form-II verbal noun
/// such as "تأجيل" has five letters or more).
pub(super) fn present_verb(w: &str) -> bool {
    let n = w.chars().count();
    (w.starts_with('ي') && n >= 3) || (w.starts_with('ت') && (3..=4).contains(&n))
}

pub(super) fn clean(action: &str) -> String {
    action
        .trim()
        .trim_start_matches([',', ';', ':'])
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .to_string()
}
