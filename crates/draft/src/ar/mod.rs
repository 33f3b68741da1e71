//! Arabic texts: the script tells the language; these rules read its requests, addressees
//! and dates with the Arabic tables of `table.rs`.
//!
//! A name is read by its articles: its words carry "ال" (or "لل", "وال"), or follow a word
//! without one (a construct: "مؤسسات منظومة الأمم المتحدة"); the first word without an
//! article after a defined one ends it ("الأمين العام متابعة ...": the act starts there).
//!
//! Its children read one concern each, layered one way: `names` (bodies, addressees and
//! actors by their articles), `normalize` (letters, digits, lines and numbering), `dates`
//! (deadlines and periods), `addressees` (who a verb or a verbal noun asks), `requests` (the
//! rewrites and clause readers), `decided` (decisions) and `items` (lettered items and
//! chapeaus). This module keeps the entry points (the children's re-exported) and the
//! readings that call one another back: `requests` with `REQUEST_REWRITES`, `clause` with
//! `CLAUSE_READERS`, `decided` with `DECIDED_READERS`, and the readers that read a clause
//! again through them; so the children import one another one way only.

mod addressees;
mod dates;
mod decided;
mod items;
mod names;
mod normalize;
mod requests;

use self::addressees::{
    acting_subject, action_after, affirmed_decision, announced_decision, announced_meeting,
    asking_noun, besides_noun, by_noun, described_end, honorific_end, in_noun_item,
    is_past_with_object, meeting_announced, noun_opens, opening_noun, participants_end,
    pronoun_noun, recommended, reiterated, request, skip_manner, skip_relative_asides,
    skip_slashed, time_granted, unnamed_call,
};
use self::decided::{
    adopts_there, body_act, creation_approved, decided_actor_acts, decided_body_act,
    decided_bureau_formed, decided_meeting_called, decided_noun_verb, decided_obligation,
    decided_permission, decided_present_verb, decided_rescheduled, decided_time_granted,
    decided_view_or_thanks, declared_void, determined, that_clauses,
};
use self::names::{
    adjective, bare, bureau_subject, has_article, is_verb, pronoun_verb, skip_adverbs, skip_asides,
    skip_meeting, subject, verb_form,
};
use self::requests::{
    adopted_act, adopting_body, affirmed_decision_clause, after_own_act, agreed_to_hold,
    announced_decision_clause, announced_meeting_clause, approved_proposal, asking_noun_clause,
    attributed_to_speeches, by_speaker, call_to_by_lam, chapter_phrase, clause_end, decider_before,
    directed_call, directed_head, directed_to, directed_to_clause, directive, directive_clause,
    established, included_call, instructions_entrust, joined_subject_request,
    meeting_announced_clause, names_act, names_resolution, necessary_doer,
    necessity_of_doer_clause, not_asking, noun_asking_by_lam, obligation, obligation_clause,
    opinion_settled, own_commitment, participle, passive_agent, pluperfect_decision,
    preamble_clause, pronoun_noun_clause, pronoun_subject, pronoun_verb_clause, proposal_actor,
    proviso_pronoun_doer, proviso_pronoun_doer_clause, proviso_task, recalled_call,
    recalled_request, recommended_referral, renews_mandate, resumed, second_meeting,
    stated_obligation, stated_obligation_of, supposed_doer, supposed_doer_clause,
    table_verb_clause, time_granted_clause, told_or_expected, trim_day_set_off, trim_description,
    trim_manner, trim_number, verb_opens_clause, went_on_by,
};
use super::table;

pub use addressees::UNNAMED;
pub use dates::{PERIOD_END_PHRASE, at_period_end, deadlines, every, period_end};
pub use items::{
    chapeau_actors, continuation_heading, dates_in, decided_item, decides_items, item_action,
    item_directive, opens_decision, opens_mid_sentence, operative_tail,
};
pub use names::{body, drop_restated_decisions, fuller_committee_names, lede_body_names};
pub use normalize::{is_arabic, is_arabic_letter, normalize, page_trailer};

/// One clause's requests: each its actors and its action.
type Requests = Vec<(Vec<String>, String)>;

/// The requests of one Arabic sentence: (actors, action) for each clause that opens with a
/// verb of the tables (", وطلب مجلس الأمن من ..." opens a clause of its own).
pub fn requests(sentence: &str, body: &str) -> Requests {
    let sentence = REQUEST_REWRITES
        .iter()
        .fold(sentence.to_string(), |sentence, step| step(&sentence));
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // An item whose words a layout put on the lines after its letter comes empty.
    if words.is_empty() || preamble_clause(&words) {
        return Vec::new();
    }
    let starts = clause_starts(&words);
    let mut out: Requests = own_commitment(&words, body).into_iter().collect();
    let formal = formal_address(&words);
    for n in 0..starts.len() {
        // "إن الجمعية العامة، وقد ألفت لجنة ...، وكلفتها التحقيق ...": in the sentence a
        // resolution's formal address opens, a past verb tells what the body had done (its
        // preamble's "having"); the body asks in the present ("تطلب", "يقرر").
        if formal && past_verb_at(words[starts[n]]) {
            continue;
        }
        if let Some(found) = clause_requests(&words, &starts, n, &out, body) {
            out.extend(found);
        }
    }
    out
}

/// "إن الجمعية العامة، ...": "إن", the body's defined name and a comma within four words,
/// the opening of a resolution's text.
fn formal_address(words: &[&str]) -> bool {
    words.first().is_some_and(|w| ["إن", "إنّ"].contains(w))
        && words.get(1).is_some_and(|w| w.starts_with("ال"))
        && words
            .iter()
            .skip(1)
            .take(4)
            .any(|w| w.ends_with(['،', ',']))
}

/// A past verb of the tables, with "و" before it or an object pronoun after it
/// ("وكلفتها", "ودعاه").
fn past_verb_at(word: &str) -> bool {
    let w = verb_form(word);
    let w = w.strip_prefix('و').unwrap_or(w);
    table::AR_PAST.contains(&w)
        || ["هما", "هم", "ها", "ه"]
            .iter()
            .filter_map(|p| w.strip_suffix(p))
            .any(|stem| table::AR_PAST.contains(&stem))
}

/// The rewrites `requests` makes, in order, before it reads the sentence's clauses: each
/// reads a way of asking as the plain verb the clauses are read by (see each regex).
const REQUEST_REWRITES: [fn(&str) -> String; 13] = [
    pronoun_subject,
    instructions_entrust,
    proviso_task,
    opinion_settled,
    pluperfect_decision,
    went_on_by,
    call_to_by_lam,
    agreed_to_hold,
    second_meeting,
    directed_call,
    necessary_doer,
    recalled_call,
    included_call,
];

/// The requests of the clause that opens at `starts[n]` (`out`: those of the clauses
/// before), or None where it asks nothing.
fn clause_requests(
    words: &[&str],
    starts: &[usize],
    n: usize,
    out: &Requests,
    body: &str,
) -> Option<Requests> {
    let from = starts[n];
    // "تشير إلى أنها طلبت إلى الأمين العام أن ...": a request made before, recalled.
    let to_end = starts.get(n + 1).copied().unwrap_or(words.len());
    if recalled_request(words).is_some_and(|v| (from..to_end).contains(&v)) {
        return None;
    }
    let to = clause_end(words, starts, n);
    // "بماذا طالب مجلس الأمن X ...؟": a question about a demand, no demand.
    if words[from..to].iter().any(|w| w.ends_with(['?', '؟'])) {
        return None;
    }
    // "كما يطالب الحوثيين بالكف ...، ويدعوهم إلى ...": the pronoun stands for the
    // last addressee asked.
    let last = out
        .last()
        .map(|(actors, _): &(Vec<String>, String)| actors.clone())
        .filter(|a| a.first().is_some_and(|x| x != UNNAMED));
    // "ودعا مجلس ... خلال الاجتماع الذي ...، دعا إلى ...": the verb said again after a
    // long subject and aside; the clause is the one after it.
    if resumed(words, from, to) || told_or_expected(&words[..from]) {
        return None;
    }
    let last = after_own_act(words, starts, n, last, body);
    let found = match (pronoun_verb(verb_form(words[from])), last) {
        (Some(&(_, _, enders)), Some(actors)) => action_after(&words[from + 1..to], enders)
            .map(|action| vec![(actors, action)])
            .unwrap_or_default(),
        _ => clause(&words[..from], &words[from..to], body),
    };
    // "... ودعا إلى حماية البساتين. جاء ذلك في كلمات المندوبين ...": the sentence
    // before was what delegates said.
    (!attributed_to_speeches(&words[..from], &words[from..])).then_some(found)
}

/// Where the sentence's clauses start: its first word, and each word that opens one.
fn clause_starts(words: &[&str]) -> Vec<usize> {
    let mut starts = vec![0];
    for k in 1..words.len() {
        // Both are read whatever the other says.
        let by_verb = verb_opens_clause(words, k);
        let by_other = other_opens_clause(words, k);
        if by_verb || by_other {
            starts.push(k);
        }
    }
    starts.dedup();
    starts
}

/// Whether the word at `k` opens a clause as no verb does: a verbal noun, a participle, a
/// call renewed, what a text includes or a resolution adopted asks.
fn other_opens_clause(words: &[&str], k: usize) -> bool {
    // "وتضمن البيان أيضا تكليف الأمانة العامة ...": what the text includes asks.
    let included = opening_noun(words[k]).is_some()
        && (1..=4).any(|b| {
            k >= b
                && table::AR_INCLUDES.contains(&bare(words[k - b]))
                && words[k - b + 1..k].iter().all(|w| {
                    let w = bare(w);
                    // "وجاء في القرار أيضا دعوة ...": "in" the text.
                    table::AR_TEXT_HEADS.contains(&w)
                        || table::AR_ADVERBS.contains(&w)
                        || ["في", "فى"].contains(&w)
                })
        });
    // "...، ومطالبة دول العالم بعدم ...": a verbal noun that asks, in a list; "اختتم
    // المجلس دورته بدعوة إيران إلى ...": by asking.
    let noun = asking_noun(words[k]).is_some()
        || besides_noun(&words[..k], words[k]).is_some()
        || (pronoun_noun(words[k]).is_some() && in_noun_item(&words[..k]))
        || by_noun(words[k], words.get(k + 1), &words[..k]).is_some();
    let participle = participle(words[k]).is_some();
    // "..., كذلك دعوة البلدان ...", "ومضى المجلس إلى مطالبة إسرائيل ...": a verbal noun
    // that asks after a break or after "مضى إلى"; "وأكد مجددا الدعوات ...": a call renewed.
    let listed = opening_noun(words[k]).is_some() && noun_opens(&words[..k]);
    let renews = reiterated(&words[k..]).is_some() || affirmed_decision(&words[k..], "").is_some();
    // "اعتمدت الجمعية العامة قرارا يطالب بـ ...", "... قرار تمديد ولاية ...": what the
    // resolution it adopted asks or decides.
    let adopted = adopted_resolution(&words[..k], words[k]);
    // "... يجب على X أن" is read with its "يجب"; a bare "على" opens only after a break.
    let obliged = obligation(&words[k..])
        && (words[k].starts_with('ف') || words[k - 1].ends_with([',', ';', '.', ':']));
    let directs = directive(&words[k..]).is_some() || directed_to(&words[k..]).is_some();
    let stated = stated_obligation(&words[k..]);
    // "، ومن المفترض أن يشكل X ...": what X is to do opens a clause of its own.
    let supposed = supposed_doer(&words[..k], &words[k..]).is_some()
        || proviso_pronoun_doer(&words[..k], &words[k..]).is_some();
    let proposed = ["بأن", "بان"].contains(&bare(words[k])) && approved_proposal(&words[..k]);
    let announced = announced_meeting(&words[..k], &words[k..]).is_some()
        || announced_decision(&words[..k], &words[k..]).is_some()
        || time_granted(&words[k..]).is_some()
        || meeting_announced(&words[k..]).is_some();
    noun || included
        || announced
        || participle
        || listed
        || renews
        || adopted
        || obliged
        || directs
        || stated
        || supposed
        || proposed
}

/// The requests of one clause: `words` from its verb or verbal noun on, after the
/// sentence's words `before` it.
fn clause(before: &[&str], words: &[&str], body: &str) -> Requests {
    let Some(first) = words.first() else {
        return Vec::new();
    };
    if not_asking(before, words) {
        return Vec::new();
    }
    CLAUSE_READERS
        .iter()
        .find_map(|read| read(before, words, body))
        .unwrap_or_else(|| verb_clause(before, words, verb_form(first), body))
}

/// The ways `clause` reads a clause, in order, before it reads it as a verb's: the first
/// that knows the clause gives its requests (none, where it asks nothing).
type ClauseReader = fn(&[&str], &[&str], &str) -> Option<Requests>;
const CLAUSE_READERS: [ClauseReader; 19] = [
    proposal_actor,
    supposed_doer_clause,
    proviso_pronoun_doer_clause,
    stated_obligation_of,
    directed_to_clause,
    directive_clause,
    reiterated_clause,
    affirmed_decision_clause,
    necessity_of_doer_clause,
    adopted_resolution_clause,
    announced_meeting_clause,
    announced_decision_clause,
    time_granted_clause,
    meeting_announced_clause,
    pronoun_noun_clause,
    obligation_clause,
    noun_asking_by_lam,
    participle_clause,
    asking_noun_clause,
];

fn reiterated_clause(_: &[&str], words: &[&str], body: &str) -> Option<Requests> {
    reiterated(words).map(|rest| renewed(rest, body))
}

fn adopted_resolution_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let first = words[0];
    (adopted_resolution(before, first) && (!is_verb(verb_form(first)) || renews_mandate(words)))
        .then(|| adopted_act(before, words))
}

/// "داعيا إلى ...", "مكررا دعوته X إلى ...": a report's participle asks as its verb,
/// unless a person's words are reported ("وشدد رئيس الجمعية على ...، مطالبا بـ ...").
fn participle_clause(before: &[&str], words: &[&str], body: &str) -> Option<Requests> {
    let first = words[0];
    let verb = participle(first)?;
    if by_speaker(before) {
        return Some(Vec::new());
    }
    // "داعيا، في جلسته، X إلى ...": the comma closing the participle opens an aside
    // and stays with the verb.
    let closed = format!("{verb},");
    let head = if first.ends_with(',') {
        closed.as_str()
    } else {
        verb
    };
    let words: Vec<&str> = std::iter::once(head)
        .chain(words[1..].iter().copied())
        .collect();
    Some(clause(before, &words, body))
}

/// The requests of a clause that opens with a verb (`verb`, its form): a decision, a
/// renewal, a recommendation, or a verb of the tables and its addressee.
fn verb_clause(before: &[&str], words: &[&str], verb: &str, body: &str) -> Requests {
    let first = words[0];
    // "وطلبت، خلال اجتماعها ...، من ...": the comma after the verb opens an aside.
    let aside = bare(first) != first && first.ends_with(',');
    let rest = &words[1..];
    if let Some(found) = kind_clause(before, rest, verb, body) {
        return found;
    }
    if let Some(found) = recommended_referral(verb, rest) {
        return vec![found];
    }
    if let Some(found) = recommended(verb, rest) {
        return vec![found];
    }
    if let Some(found) = joined_subject_request(before, words, verb) {
        return found;
    }
    if let Some(entry) = table::AR_VERBS.iter().find(|(v, _, _)| *v == verb) {
        let mut found = table_verb_clause(before, rest, entry, aside, body);
        // "يوجه الشكر إلى ...", "وجهت الدعوة إلى ...": a directive asks a body or an actor.
        // "كما وجه رئيس المجلس دعوته إلى الوزراء لحضور ...": what is directed is a call, a
        // word or thanks (named before the act), and whom it goes to is no one asked.
        if table::AR_DIRECTING.contains(&verb) {
            let object = rest.iter().take(8).any(|w| {
                let w = bare(w);
                table::AR_DIRECTED_OBJECTS.contains(&w.strip_prefix("ال").unwrap_or(w))
            });
            found.retain(|(actors, act)| {
                !object
                    && !actors.is_empty()
                    && actors.iter().all(|a| directed_head(a))
                    && !act.split_whitespace().next().is_some_and(directed_head)
            });
        }
        // "ودُعي الوزراء إلى حضور الجلسة": an invitation to attend.
        if ["دعي", "دعيت", "يدعى", "تدعى"].contains(&verb) {
            found.retain(|(_, act)| {
                act.split_whitespace()
                    .next()
                    .is_none_or(|w| !table::AR_ATTENDS.contains(&bare(w)))
            });
        }
        return found;
    }
    if let Some(&(_, _, enders)) = pronoun_verb(verb) {
        return pronoun_verb_clause(before, verb, rest, enders);
    }
    Vec::new()
}

/// The requests of a clause whose verb decides, approves, provides, establishes or renews
/// (None for any other verb).
fn kind_clause(before: &[&str], rest: &[&str], verb: &str, body: &str) -> Option<Requests> {
    if table::AR_DECIDES.contains(&verb) {
        return Some(decision_clause(before, rest, verb, body));
    }
    if table::AR_APPROVES.contains(&verb) {
        return Some(approved(rest, body));
    }
    if table::AR_PROVIDES.contains(&verb) {
        return Some(provided(rest, body));
    }
    // "ويمدد القرار 12 شهرا للبعثة ...": the text named after its own verb of extension
    // provides the extension, as "وينص القرار على تمديد ..." does.
    if table::AR_TEXT_EXTENDS.contains(&verb)
        && rest
            .first()
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
    {
        let mut words = vec![rest[0], "على", "تمديد"];
        words.extend_from_slice(&rest[1..]);
        return Some(provided(&words, body));
    }
    if table::AR_ESTABLISHES.contains(&verb) {
        return Some(established(rest, body));
    }
    if table::AR_RENEWS.contains(&verb) {
        return Some(renewed(rest, body));
    }
    None
}

/// What a verb of decision decides, and by which body.
fn decision_clause(before: &[&str], rest: &[&str], verb: &str, body: &str) -> Requests {
    // "لفترة ستة أشهر، يقرر بعدها مجلس الأمن ...": a decision to come, after a period.
    if rest
        .first()
        .is_some_and(|w| table::AR_LATER.contains(&bare(w)))
    {
        return Vec::new();
    }
    let past = table::AR_PAST.contains(&verb);
    // "واعتبر مجلس الأمن أن ...، لذلك قرر تمديد ...": the body named before.
    let named_before = past.then(|| decider_before(before)).flatten();
    decision(rest, named_before.as_deref().unwrap_or(body), past)
}

/// "كما يقضي القرار بعقد مفاوضات ...", "وينص القرار على تكليف X بـ ...": what the text
/// named after the verb provides for, as a decision of the body.
fn provided(rest: &[&str], body: &str) -> Requests {
    if !rest
        .first()
        .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
    {
        return Vec::new();
    }
    // "وينص القرار الجديد على تمديد ...": the text is new, or the latest.
    let mut k = 1 + rest[1..]
        .iter()
        .take_while(|w| {
            adjective(bare(w)) || bare(w) == "الدولي" || table::AR_TEXT_NEW.contains(&bare(w))
        })
        .count();
    // "ونص القرار الذي تم تبنيه بعد مفاوضات، على تشكيل ...": past the text's relative
    // clause to the comma that closes it.
    if rest
        .get(k)
        .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
        && let Some(c) = (k..rest.len().min(k + 12))
            .take_while(|&c| !rest[c].ends_with('.'))
            .find(|&c| rest[c].ends_with(','))
    {
        k = c + 1;
    }
    // "وينص مشروع القرار أيضا على ...": the draft names its text in construct, and an
    // adverb may stand before what it provides for.
    if bare(rest[0]) == "مشروع"
        && k == 1
        && rest
            .get(1)
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
    {
        k = 2;
    }
    while rest
        .get(k)
        .is_some_and(|w| table::AR_ADVERBS.contains(&bare(w)))
    {
        k += 1;
    }
    let Some(first) = rest.get(k) else {
        return Vec::new();
    };
    let mut words: Vec<&str> = rest[k..].to_vec();
    if bare(first) == "على" {
        words.remove(0);
    } else if let Some(noun) = first.strip_prefix('ب').filter(|n| n.chars().count() >= 3) {
        words[0] = noun;
    } else {
        return Vec::new();
    }
    // "كما نص البيان على ضرورة تحصين ...": a necessity the text states is a view; one
    // that names who is to act ("على ضرورة قيام X بـ ...") asks X.
    if words
        .first()
        .is_some_and(|w| table::AR_NECESSITY.contains(&bare(w)))
    {
        let noun = words.get(1).map(|w| bare(w)).unwrap_or_default();
        // "على ضرورة تعاون X مع ...": a verbal noun whose genitive is its doer asks X.
        if noun != "قيام" && table::AR_NOUNS_OF_DOERS.contains(&noun) {
            return acting_subject(&words[1..]).into_iter().collect();
        }
        if noun != "قيام" {
            return Vec::new();
        }
        words.remove(0);
    }
    // "نص القرار على UN.org", "- نص القرار على الموقع": the text itself (a link), not what
    // it provides for (a verbal noun without its article: "على تمديد ...", "بعقد ...").
    let act = words.first().map(|w| bare(w)).unwrap_or_default();
    if act.chars().count() < 3
        || !act.chars().next().is_some_and(is_arabic_letter)
        || has_article(act)
    {
        return Vec::new();
    }
    // "ونص القرار على أنه «... فقد دعا المجلس X إلى ...»": "that it ..." opens what the
    // text says, read by its own verbs; it is no act of the body's.
    if ["أنه", "أنها", "انه", "انها"].contains(&act) {
        return Vec::new();
    }
    // "ينص القرار على وقف فوري لإطلاق النار ...": what the parties are to do, a call
    // naming no one unless its noun names them ("على انسحاب القوات ...").
    if table::AR_PARTIES_ACTS.contains(&act) {
        return unnamed_call(&words, &[]).into_iter().collect();
    }
    decided(&words, body)
}

/// "وأقرت الجمعية تعزيز التمويل ...", "أقر المجلس العمل على ...": the body named after the
/// verb approves an act of its own (a verbal noun); approving a text ("أقر المجلس مشروع
/// القرار", "الميزانية") tells it adopted.
fn approved(rest: &[&str], body: &str) -> Requests {
    let Some((_, taken)) = subject(rest) else {
        return Vec::new();
    };
    // "أقر المجلس في جلسته بشأن ... التي عقدت، اليوم، تمديد ...": past the meeting
    // and its day.
    let mut at = skip_meeting(rest, skip_asides(rest, skip_adverbs(rest, taken)));
    while rest
        .get(at)
        .is_some_and(|w| table::AR_TIME_WORDS.contains(&bare(w)))
    {
        at += 1;
    }
    let act = rest.get(at).map(|w| bare(w)).unwrap_or_default();
    let noun = act.strip_prefix("ال").unwrap_or(act);
    // "أقرت الجمعية عقد دورتها المقبلة في X": holding its own meeting (a meeting's noun
    // after "عقد"; "عقد الإيجار" is a contract).
    let holds = act == "عقد"
        && rest.get(at + 1).is_some_and(|w| {
            let w = bare(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            ["دور", "اجتماع", "جلس", "قمة", "مؤتمر", "ندوة"]
                .iter()
                .any(|m| w.starts_with(m))
        });
    let verbal = (noun.starts_with('ت') && noun.chars().count() >= 4)
        || holds
        || ["العمل", "إنشاء", "انشاء", "إعداد", "اعداد"].contains(&act);
    if !verbal || table::AR_TEXT_HEADS.contains(&act) {
        return Vec::new();
    }
    decision(rest, body, true)
}

/// Whether `w` follows a resolution the sentence says a body adopted ("اعتمدت الجمعية
/// العامة بأغلبية كبيرة قرارا يطالب ...", "اعتمد المجلس قرار تمديد ..."): a request verb,
/// "يقضي بـ", or the verbal noun of a resolution named by its act.
fn adopted_resolution(before: &[&str], w: &str) -> bool {
    let before = trim_description(before, w);
    let (before, last_comma) = trim_day_set_off(before);
    // "قرارا تحت الفصل N من ميثاق X يقضي بـ ...": the Charter's chapter it
    // was adopted under stands between it and its act.
    let before = &before[..before.len() - chapter_phrase(before)];
    let before = trim_manner(before);
    let (before, numbered) = trim_number(before);
    let Some((last, earlier)) = before.split_last() else {
        return false;
    };
    let resolution = names_resolution(last, w, numbered, last_comma);
    // "وافقت الجمعية على قرار لإحياء الذكرى": approving a resolution "for" a purpose
    // names no act of its own; "على قرار بنشر قوة" does.
    let approved = earlier
        .last()
        .is_some_and(|x| ["على", "علي"].contains(&bare(x)));
    if approved && bare(w).starts_with('ل') {
        return false;
    }
    let act = names_act(last, w);
    // "قرارين اقترحتهما X": who proposed the resolution describes it; it is not its act;
    // "مشروع قرار تقدمت به X": nor is who tabled it ("به" after the verb).
    let describes = is_past_with_object(bare(w)) || table::AR_TABLED.contains(&bare(w));
    resolution && act && !describes && adopting_body(earlier).is_some()
}

/// "يجدد طلبه إلى X أن ...", "يجدد طلبه بأن يتولى X ...": the request renewed.
fn renewed(rest: &[&str], body: &str) -> Requests {
    // "وجدد مجلس وزراء الخارجية الدعوة إلى ...": a report names the body first.
    let rest = match subject(rest) {
        Some((_, taken)) => &rest[skip_adverbs(rest, taken)..],
        None => rest,
    };
    // "جددت منظمة X، التي ...، اليوم الاثنين، دعوتها لتطبيق ...": a subject the names do
    // not parse, or an aside after it; the body's own call (its possessive noun) within
    // the next sixteen words.
    const OWN_CALLS: &[&str] = &[
        "دعوته",
        "دعوتها",
        "دعوتهم",
        "مطالبته",
        "مطالبتها",
        "مطالبتهم",
        "طلبه",
        "طلبها",
    ];
    let rest = match rest.first().map(|w| bare(w)) {
        Some(first) if !OWN_CALLS.contains(&first) && !first.starts_with("ال") => rest
            .iter()
            .take(16)
            .position(|w| OWN_CALLS.contains(&bare(w)))
            .map_or(rest, |k| &rest[k..]),
        _ => rest,
    };
    let Some(noun) = rest.first() else {
        return Vec::new();
    };
    let noun = bare(noun);
    let noun = noun.strip_prefix("ال").unwrap_or(noun);
    let verb = if noun.starts_with("طلب") {
        "يطلب"
    } else if noun.starts_with("دعو") {
        "يدعو"
    } else if noun.starts_with("مطالب") {
        "يطالب"
    } else {
        return Vec::new();
    };
    let rest = &rest[1..];
    if rest
        .first()
        .is_some_and(|w| ["بأن", "أن", "ان", "بان"].contains(&bare(w)))
    {
        return after_that(&rest[1..], body);
    }
    let (_, openers, enders) = table::AR_VERBS
        .iter()
        .find(|(v, _, _)| *v == verb)
        .expect("a verb of the table");
    // "الدعوة إلى الأمين العام لاتخاذ ...": the call's "إلى" names whom it asks when an
    // actor follows it ("الدعوة إلى وقف ..." calls for an act).
    let rest = match rest {
        [to, who, ..]
            if verb == "يدعو"
                && ["إلى", "الى"].contains(&bare(to))
                && table::AR_ACTOR_HEADS.contains(&bare(who)) =>
        {
            &rest[1..]
        }
        _ => rest,
    };
    // "مكررا دعواته لقادة الانقلاب إلى ...": "لـ" before the one asked.
    let named: Vec<&str> = match rest.split_first() {
        Some((to, more)) if verb == "يدعو" => match to.strip_prefix('ل') {
            Some(who)
                if table::AR_ACTOR_HEADS.contains(&bare(who))
                    || table::AR_BODY_HEADS.contains(&bare(who)) =>
            {
                std::iter::once(who).chain(more.iter().copied()).collect()
            }
            _ => rest.to_vec(),
        },
        _ => rest.to_vec(),
    };
    request(&named, openers, enders, false, &[])
        .into_iter()
        .collect()
}

/// "يقرر أن ...", "يقرر تكليف X ...", "قررت الدورة ... استئناف ...": a decision. The body
/// decides its own acts; a verbal noun that asks ("تكليف", "دعوة") asks its addressee; "أن"
/// + a verb + an actor ("أن يتولى الأمين العام ...") asks that actor.
fn decision(rest: &[&str], body: &str, past: bool) -> Requests {
    let mut i = skip_adverbs(rest, 0);
    // "قرر أصحاب الجلالة والسمو قادة دول ...": the subject after its honorific; alone,
    // the honorific stands for the leaders named before (the body passed in).
    if past {
        i = skip_slashed(rest, honorific_end(rest, i));
    }
    let mut by = body.to_string();
    // "قررت الدورة ...", "يقرر المجلس ...": the body named after the verb (a decision
    // has no addressee to mistake it for).
    let named = rest
        .get(i)
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)));
    let bureau = || {
        past.then(|| rest.get(i..).and_then(bureau_subject))
            .flatten()
    };
    if let Some((name, taken)) = (past || named)
        .then(|| rest.get(i..).and_then(subject))
        .flatten()
        .or_else(bureau)
    {
        if past {
            by = name;
        }
        i = skip_adverbs(rest, described_end(rest, i + taken));
        if past {
            i = participants_end(rest, i);
        }
    }
    i = skip_manner(rest, i);
    if past {
        i = skip_meeting(rest, skip_asides(rest, i));
        i = skip_relative_asides(rest, i);
    }
    // "قررت الجمعية العامة - بسبب استمرار ... - دعوة كل الدول ...": past an aside in
    // dashes to the verbal noun that asks.
    if rest.get(i).is_some_and(|w| ["-", "–", "—"].contains(w))
        && let Some(k) = (i + 1..rest.len().min(i + 16)).find(|&k| opening_noun(rest[k]).is_some())
    {
        i = k;
    }
    let words = &rest[i.min(rest.len())..];
    let text = words.join(" ");
    // "يقرر ما يلي:" / "يقرر:": its items say what.
    if text.trim().is_empty()
        || text.trim_end().ends_with(':')
        || text.starts_with("ما يلي")
        || text.starts_with("ما يأتي")
    {
        return Vec::new();
    }
    decided(words, &by)
}

/// A decided act: a decision's own words or one of its items.
pub fn decided(words: &[&str], body: &str) -> Requests {
    if words.is_empty() {
        return Vec::new();
    }
    DECIDED_READERS
        .iter()
        .find_map(|read| read(words, body))
        .unwrap_or_else(|| decided_body_act(words, body))
}

/// The ways `decided` reads a decision's words, in order, before it takes them for the
/// body's own act: the first that knows them gives its requests (none, where nobody is
/// asked).
type DecidedReader = fn(&[&str], &str) -> Option<Requests>;
const DECIDED_READERS: [DecidedReader; 14] = [
    decided_bureau_formed,
    decided_meeting_called,
    decided_time_granted,
    decided_that_clauses,
    decided_permission,
    decided_obligation,
    decided_agreed_that,
    // "الموافقة من حيث المبدأ على انشاء مركز ... ويقوم المركز بـ ...": the body creates.
    creation_approved,
    decided_noun_verb,
    decided_actor_acts,
    decided_rescheduled,
    decided_view_or_thanks,
    decided_verb,
    decided_present_verb,
];

/// "أن تتخذ اللجنة ...، وأن تقوم الأطراف بـ ...": each that-clause decides its own.
fn decided_that_clauses(words: &[&str], body: &str) -> Option<Requests> {
    ["أن", "ان", "بأن"].contains(&bare(words[0])).then(|| {
        that_clauses(&words[1..])
            .into_iter()
            .flat_map(|c| after_that(c, body))
            .collect()
    })
}

/// "الموافقة على أن يستأنف المجلس ...": what the body agrees to.
fn decided_agreed_that(words: &[&str], body: &str) -> Option<Requests> {
    (bare(words[0]) == "الموافقة"
        && words.get(1).is_some_and(|n| bare(n) == "على")
        && words
            .get(2)
            .is_some_and(|n| ["أن", "ان"].contains(&bare(n))))
    .then(|| after_that(&words[3..], body))
}

/// A verb: the requests of the words as a sentence, where they make any.
fn decided_verb(words: &[&str], body: &str) -> Option<Requests> {
    if is_verb(verb_form(words[0])) {
        let asked = requests(&words.join(" "), body);
        if !asked.is_empty() {
            return Some(asked);
        }
    }
    None
}

fn after_that(words: &[&str], body: &str) -> Requests {
    let Some(first) = words.first() else {
        return Vec::new();
    };
    if adopts_there(words) || declared_void(words) {
        return Vec::new();
    }
    // "أن يتم إعداد X من قبل خبراء مختصين": a passive that-clause asks the agent its "من
    // قبل" names; the verbal noun after the passive's helper is the act, not its doer.
    if table::AR_PASSIVE_HELPERS.contains(&bare(first))
        && let Some(agent) = passive_agent(words)
    {
        return body_act(&words[1..], body)
            .into_iter()
            .map(|(_, act)| (agent.clone(), act))
            .collect();
    }
    if is_verb(verb_form(first)) {
        let asked = requests(&words.join(" "), body);
        if !asked.is_empty() {
            return asked;
        }
    }
    if let Some(found) = acting_subject(words) {
        return vec![found];
    }
    if determined(words) || other_subject_unnamed(words, body) {
        return Vec::new();
    }
    body_act(words, body)
}

/// "يقرر أن تقوم ا" (cut before its subject), "يقرر أن تقوم بدراسة ...": under a body whose
/// name is masculine ("مجلس", "المؤتمر"), a verb in the feminine has another subject, and
/// no defined noun after it names one: the body's own act it is not.
fn other_subject_unnamed(words: &[&str], body: &str) -> bool {
    let verb = bare(words[0]);
    let masculine_body = body
        .split_whitespace()
        .next()
        .is_some_and(|head| !head.ends_with(['ة', 'ه']));
    masculine_body
        && verb.starts_with('ت')
        && addressees::present_verb(verb)
        && !words.get(1).is_some_and(|w| has_article(bare(w)))
}

fn months() -> String {
    crate::words::month_names(table::AR_MONTHS)
}

/// The span units of `table::AR_SPANS` as an alternation, the longest first ("أشهر" before
/// "شهر"), for the patterns that read a count and its unit.
fn span_units() -> String {
    let mut units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    crate::words::any_of(&units)
}

/// The number words of `table::AR_NUMBERS` as an alternation, in the table's order.
fn number_words() -> String {
    let numbers: Vec<&str> = table::AR_NUMBERS.iter().map(|(w, _)| *w).collect();
    crate::words::any_of(&numbers)
}

/// Composed texts, one per kind of Arabic phrasing met on real texts (none is a sentence of
/// a real text).
#[cfg(test)]
mod tests {
    use crate::tests::brief::{Brief, EventLabel};
    use crate::{Lang, Options, draft};

    /// "¶3 الأمين العام | الدول due=…": each mandate's paragraph, actors and deadline (a
    /// meeting's by its date).
    fn brief(text: &str, adopted: &str) -> Vec<String> {
        Brief {
            at: EventLabel::DateBracketedName,
            plain_days: true,
            ..Brief::default()
        }
        .of(text, adopted)
    }

    #[test]
    fn a_chapeau_pointing_to_its_items_asks_them_and_keeping_an_item_on_the_agenda_asks_nothing() {
        let text = "إن مجلس البساتين،\n\n1- يهيب بالدول الأعضاء القيام بما يلي:\n(أ) زراعة الأشجار المثمرة؛\n(ب) حماية المشاتل من الآفات.\n\n2- يقرر إبقاء هذا البند على جدول أعماله.\n";
        assert_eq!(
            brief(text, "2037-01-10"),
            ["¶1 الدول الأعضاء", "¶1 الدول الأعضاء"]
        );
    }

    #[test]
    fn an_urging_of_the_measures_listed_below_names_no_one_and_asks_all_states() {
        // Its lettered items, each on the line after its letter, are its objects; a bare
        // "يحث على" with no list is a call to all States too (as the Arabic annotations
        // count a call that names nobody; it asked nothing until 2026-12-08).
        let text = "إن مؤتمر وزراء البساتين،\n\n1 -\n\nيحث بشدة على اتخاذ الخطوات التالية لحماية الأشجار:\n\n(أ)\n\nإرسال خبراء زراعيين إلى المشاتل.\n\n(ب)\n\nتزويد المزارعين بالبذور.\n\n2 -\n\nيحث على حماية الأشجار.\n";
        assert_eq!(
            brief(text, "2031-05-02"),
            ["¶1 جميع الدول", "¶2 جميع الدول"]
        );
    }

    #[test]
    fn a_day_in_words_of_next_month_dates_what_takes_effect_from_it() {
        let text = "خبر\n\nقرر مجلس البساتين دمج لجنة المشاتل في لجنة الري، اعتبارا من الخامس عشر من آذار / مارس القادم، بعد دراسة مطولة.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            ["¶2 مجلس البساتين due=2030-03-15"]
        );
    }

    #[test]
    fn a_first_person_decision_is_the_body_s_own_act_even_when_no_body_is_named() {
        // "نقرر" ("we decide"), as summit outcomes speak: the body's act, beside its "نطلب".
        let text = "وعليه فإننا:\n\n(أ) نقرر توسيع صلاحيات مكتب التفتيش على المشاتل؛\n\n(ب) نطلب إلى المدير العام أن يعد دراسة عن الري.\n";
        assert_eq!(
            brief(text, "2031-05-02"),
            ["¶1 (body not named in the text)", "¶1 المدير العام"]
        );
    }

    #[test]
    fn a_committee_named_in_full_then_by_its_head_keeps_its_full_name() {
        let text = "خبر\n\nوطلب المجلس من اللجنة الفنية الزراعية إعداد خطة للري، وتكليف اللجنة بمتابعة المشاتل.\n";
        assert_eq!(
            brief(text, "2031-05-02"),
            ["¶2 اللجنة الفنية الزراعية", "¶2 اللجنة الفنية الزراعية"]
        );
        // Its first name written with one lam dropped ("الجنة") is still its name.
        let slip = text.replacen("اللجنة الفنية", "الجنة الفنية", 1);
        assert_eq!(
            brief(&slip, "2031-05-02"),
            ["¶2 الجنة الفنية الزراعية", "¶2 الجنة الفنية الزراعية"]
        );
    }

    #[test]
    fn a_general_assembly_resolution_asks_in_the_feminine() {
        let text = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها السابق بشأن البساتين،\n\nوإذ تلاحظ مع القلق تراجع عدد الأشجار،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها في دورتها الحادية والثمانين تقريرا عن حالة البساتين؛\n\n2 - تهيب بالدول الأعضاء أن تدعم صندوق البساتين؛\n\n3 - تدعو الوكالات المتخصصة إلى تبادل المعلومات عن الآفات؛\n\n4 - تحث الدول على حماية الأشجار المعمرة؛\n\n5 - تشجع المنظمات الإقليمية على إنشاء مشاتل؛\n\n6 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الثانية والثمانين البند المعنون \"البساتين\"؛\n";
        assert_eq!(
            brief(text, "2025-12-10"),
            [
                "¶1 الأمين العام due=at 2026-09 (دورتها الحادية والثمانين)",
                "¶2 الدول الأعضاء",
                "¶3 الوكالات المتخصصة",
                "¶4 الدول",
                "¶5 المنظمات الإقليمية",
                "¶6 الجمعية العامة due=at 2027-09 (دورتها الثانية والثمانين)",
            ]
        );
    }

    #[test]
    fn a_council_resolution_with_arabic_indic_numbers_and_preamble_as_context() {
        // Numbers alone on their line, a blank line before their text; the preamble's "وإذ"
        // paragraphs ask nothing; keeping the matter under review is no act.
        let text = "إن مجلس البساتين،\n\nوإذ يشير إلى قراراته السابقة،\n\nوإذ يعرب عن قلقه إزاء الجفاف،\n\n١ -\n\nيطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة القادمة؛\n\n٢ -\n\nيطلب كذلك إلى المدير التنفيذي أن يعد دراسة عن الري في موعد أقصاه ٣٠ حزيران/يونيه ٢٠٢٧؛\n\n3)\n\nيقرر أن يبقي المسألة قيد نظره.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 الأمين العام due=at 2027 (الدورة القادمة)",
                "¶2 المدير التنفيذي due=2027-06-30",
            ]
        );
    }

    #[test]
    fn a_verbal_noun_asks_its_addressee() {
        // "يقرر" + "تكليف X ..."; "يقرر" alone over the numbered items; "أن" + a verb + an
        // actor asks that actor; "أن" + a verb of the body is the body's own act.
        let text = "إن مجلس البساتين،\n\nيقرر\n\n1 - تكليف الأمانة العامة بإعداد دليل للري خلال ثلاثة أشهر؛\n\n2 - دعوة الدول الأعضاء إلى تبادل البذور؛\n\n3 - تأجيل النظر في التقرير إلى الدورة القادمة؛\n\n4 - تعقد اللجنة الفنية اجتماعا في 12 تشرين الثاني/نوفمبر 2026؛\n\n5 - تأكيد ما ورد في قراراته السابقة؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 الأمانة العامة due=At { anchor: Adoption, days: 92 }",
                "¶2 الدول الأعضاء",
                "¶3 مجلس البساتين due=at 2027 (الدورة القادمة)",
                "¶4 اللجنة الفنية due=2026-11-12",
            ]
        );
        let text = "إن مجلس البساتين،\n\n1 - يقرر أن يتولى الأمين العام إعداد خطة للري؛\n\n2 - يقرر أن يعقد دورة استثنائية؛\n\n3 - يجدد طلبه إلى الدول الأعضاء أن تحمي البذور؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            ["¶1 الأمين العام", "¶2 مجلس البساتين", "¶3 الدول الأعضاء"]
        );
    }

    #[test]
    fn a_communique_asks_in_the_past_tense_after_its_subject() {
        // The subject after the verb is the body, not the addressee; an aside between
        // commas; a pronoun stands for the actor named before it; a call that names no one
        // is one to all States.
        let text = "البيان الختامي لاجتماع مجلس البساتين\n\nعقد المجلس اجتماعه في الرباط. ودعا المجلس الدول الأعضاء إلى زيادة المساحات المزروعة، وطالب المجلس من الأمين العام تقديم تقرير عن الآفات.\n\nوطلبت، خلال الجلسة الختامية، من اللجنة الفنية إعداد خطة. وكلف المجلس الأمانة العامة بمتابعة التنفيذ.\n\nوأشاد المجلس بالجهود التي بذلها المدير العام، ودعاه إلى مواصلة جهوده. ودعا المجلس إلى مراجعة الخطة.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶2 الدول الأعضاء",
                "¶2 الأمين العام",
                "¶3 اللجنة الفنية",
                "¶3 الأمانة العامة",
                "¶4 المدير العام",
                "¶4 جميع الدول",
            ]
        );
    }

    #[test]
    fn a_news_report_names_its_addressee_past_asides_times_quotes_and_titles() {
        // The body's name ends at the time of the decision and at its adjectives; the
        // text's relative clause, quotation marks, "من جديد", "من جهة أخرى" and a person's
        // name after a title stand outside the names; a decision's body may be named before
        // it; participles call; a pledge asks no one; what a statement includes asks; a
        // dash aside before a verbal noun; two proper names; one "في" link in a name.
        let text = "مجلس البساتين يمدد عمل اللجنة\n\nقرر مجلس البساتين الإقليمي اليوم الخميس، بالإجماع، تمديد عمل اللجنة الفنية. وطلب القرار الذي حمل الرقم 12 من \"المدير العام\" إعداد خطة للري. ودعا مجلس البساتين \"البلديات المعنية إلى تنفيذ الخطة\". ودعا المجلس من جديد المزارعين ودول الجوار إلى حماية التربة. ودعا المجلس من جهة أخرى الأمين العام للمنظمة السيد سعيد الى تقديم تقرير.\n\nواعتبر مجلس البساتين أن الجفاف خطير، لذلك قرر تمديد برنامج الري، داعيا إلى مواصلة التشجير، مكررا دعوته المزارعين إلى ترشيد المياه.\n\nتعهد الوزراء بالعمل على دعم المزارعين. وتضمن البيان أيضا تكليف الأمانة العامة بمتابعة التنفيذ.\n\nقررت الجمعية العامة للأمم المتحدة - بسبب الجفاف - دعوة كل الدول الأعضاء لتقديم تقاريرها.\n\nودعا المجلس إسرائيل ولبنان إلى حماية الأشجار، وطلب من الدول العربية الأعضاء في المجلس في الاجتماع المقبل تقديم البذور.\n";
        assert_eq!(
            brief(text, "2026-03-05"),
            [
                "¶2 مجلس البساتين الإقليمي",
                "¶2 المدير العام",
                "¶2 البلديات المعنية",
                "¶2 المزارعين | دول الجوار",
                "¶2 الأمين العام للمنظمة",
                "¶3 مجلس البساتين",
                "¶3 جميع الدول",
                "¶3 المزارعين",
                "¶4 الأمانة العامة",
                "¶5 كل الدول الأعضاء",
                "¶6 إسرائيل | لبنان",
                "¶6 الدول العربية الأعضاء في المجلس due=at 2027 (الاجتماع المقبل)",
            ]
        );
    }

    #[test]
    fn weeks_of_a_month_and_a_hijri_month_before_its_gregorian_one_date_a_request() {
        // By the week's last day (the next such month when no year is given); the word
        // before a Hijri month dates the Gregorian month after it.
        let text = "إن مجلس البساتين،\n\n1 - يدعو الدول الأعضاء إلى موافاة الأمانة العامة بملاحظاتها في أجل أقصاه نهاية الأسبوع الأول من فبراير 2027 م؛\n\n2 - يطلب من اللجنة أن تجتمع خلال النصف الأول من شهر رجب 1448هـ، ديسمبر 2026م في جدة؛\n\n3 - يطلب من الأمين العام تقديم تقرير في الأسبوع الثالث من سبتمبر القادم.\n";
        assert_eq!(
            brief(text, "2026-03-05"),
            [
                "¶1 الدول الأعضاء due=2027-02-07",
                "¶2 اللجنة due=2026-12",
                "¶3 الأمين العام due=2026-09-21",
            ]
        );
    }

    #[test]
    fn a_report_due_at_the_end_of_the_extension_is_due_on_its_last_day() {
        // The period a paragraph extends a mandate to dates a later "مع نهاية مدة التمديد";
        // a year glued to its month, a day "القادم" and the end of the current year.
        let text = "خبر\n\nقرر مجلس البساتين تمديد ولاية اللجنة إلى غاية الثلاثين من أبريل2027.\n\nوطلب المجلس من المدير العام تقديم تقرير مع نهاية مدة التمديد.\n";
        assert_eq!(
            brief(text, "2026-10-28"),
            ["¶2 مجلس البساتين", "¶3 المدير العام due=2027-04-30"]
        );
        let text = "خبر\n\nمدد مجلس البساتين ولاية اللجنة لغاية 31 كانون الأول/ديسمبر القادم.\n\nكما طالب المجلس الأمين العام بتقديم تقرير قبل نهاية مهمة اللجنة.\n";
        assert_eq!(brief(text, "2026-06-17"), ["¶3 الأمين العام due=2026-12-31"]);
        let text = "خبر\n\nمدد مجلس البساتين ولاية اللجنة إلى نهاية العام الحالي. وطلب من الأمين العام تقديم تقرير مع نهاية ولاية اللجنة.\n";
        assert_eq!(brief(text, "2026-06-17"), ["¶2 الأمين العام due=2026-12-31"]);
    }

    #[test]
    fn a_recurrence_ends_on_the_day_after_until() {
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى الأمين العام أن يقدم تقريرا كل شهر حتى 30 حزيران 2027؛\n\n2 - يطلب إلى اللجنة أن تقدم تقريرا سنويا حتى كانون الأول/ديسمبر 2030.\n";
        let d = draft(
            text,
            &Options {
                adopted: Some("2026-12-20".parse().unwrap()),
                today: "2026-01-01".parse().unwrap(),
            },
        );
        let until: Vec<String> = d
            .mandates
            .iter()
            .map(|m| format!("{:?}", m.every.as_ref().and_then(|e| e.until)))
            .collect();
        assert_eq!(
            until,
            [
                format!(
                    "{:?}",
                    Some(crate::Fuzzy::Day("2027-06-30".parse().unwrap()))
                ),
                format!(
                    "{:?}",
                    Some(crate::Fuzzy::Month {
                        year: 2030,
                        month: 12
                    })
                ),
            ]
        );
    }

    #[test]
    fn a_call_that_names_no_one_asks_all_states_or_the_actor_of_its_act() {
        // As "calls for ..." in English: all States, with a note to check; a call for a
        // named actor's act asks that actor; "لجنة" after "دعوة" is a name, not "لـ" + an
        // act.
        let text = "إن مجلس الحدائق،

1 - يدعو إلى حماية الأشجار النادرة؛

2 - يطالب بأن يقدم الأمين العام تقريرا عن الحدائق؛

3 - يدعو إلى التزام جميع الأطراف بقواعد الري؛

4 - يدعو لعقد مؤتمر عن البذور؛

5 - يحث على حماية الطيور.
";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 جميع الدول",
                "¶2 الأمين العام",
                "¶3 جميع الأطراف",
                "¶4 جميع الدول",
                "¶5 جميع الدول"
            ]
        );
        let d = draft(
            text,
            &Options {
                adopted: Some("2026-03-01".parse().unwrap()),
                today: "2026-01-01".parse().unwrap(),
            },
        );
        let check = d.mandates[0].actors[0].check.as_deref().unwrap_or("");
        assert!(check.contains("names no actor"), "{check}");
        assert!(d.mandates[1].actors[0].check.is_none());
        let text = "قرار مجلس الجامعة

يقرر المجلس:

1 - دعوة لجنة البذور إلى اجتماع عاجل.
";
        assert_eq!(brief(text, "2026-03-01"), ["¶1 لجنة البذور"]);
    }

    #[test]
    fn a_news_report_names_the_text_and_its_asides_before_the_addressee() {
        // The text as the subject of a present verb; "في قراره" and a relative clause
        // before the opener; a verb and its body after a lost line break; a sentence glued
        // to the one before; a verbal noun that asks inside a list; a name without an
        // article ends at its ender; a relative clause after the addressee.
        let text = "مجلس البساتين يجتمع اليوم قرر مجلس البساتين إنشاء مشتل.\nويدعو القرار جميع البلديات إلى حماية الأشجار. وطلب المجلس في القرار الذي حمل الرقم 12 من الأمين العام أن يقدم تقريرا.وطالب المجلس في قراره الحكومة المحلية بأن تدعم المشتل. وتضمن القرار التأكيد على أهمية البساتين، ومطالبة البلديات بزيادة المساحات، وطالب القرار كندا بتمويل المشتل. ودعوا البلديات التي قطعت الأشجار إلى زراعة غيرها.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 مجلس البساتين",
                "¶1 جميع البلديات",
                "¶1 الأمين العام",
                "¶1 الحكومة المحلية",
                "¶1 البلديات",
                "¶1 كندا",
                "¶1 البلديات",
            ]
        );
    }

    #[test]
    fn a_council_decision_names_its_body_its_manner_and_items_by_ordinal_words() {
        // A heading names the body; a range of days at a line's start is no paragraph
        // number; "يقرر المجلس بالإجماع ..." + a verbal noun that asks; "ويقرر الموافقة على
        // أن يجتمع المجلس ..." with a day in ordinal words; "يقرر المجلس ما يأتي:" + "أولا -"
        // / "ثانيا -" items; "كما يعهد إلى X بـ"; a next meeting named with its genitive.
        let text = "مجلس البساتين العربية\n\nفي دورته العادية\n3 - 5 من مارس 2026\n\nويقرر المجلس بالإجماع وعلى وجه التشديد مطالبة حكومات الدول الأعضاء بزراعة الأشجار كما يعهد إلى رؤساء الوفود ببذل المساعي.\n\nويقرر الموافقة على أن يجتمع المجلس في الخامس عشر من أبريل (نيسان) لعام 2026.\n\nيقرر المجلس ما يأتي:\nأولا - إرجاء النظر في التقرير إلى اجتماع وزراء الزراعة المقبل.\nثانيا - أن يعهد إلى خبراء عرب بمراجعة الحسابات.\n";
        assert_eq!(
            brief(text, "2026-03-05"),
            [
                "¶3 حكومات الدول الأعضاء",
                "¶3 رؤساء الوفود",
                "¶4 المجلس due=2026-04-15",
                "¶5 مجلس البساتين العربية due=at 2027 (اجتماع وزراء الزراعة المقبل)",
                "¶5 خبراء عرب",
            ]
        );
    }

    #[test]
    fn lists_of_addressees_join_by_their_own_words() {
        // "ومن X" after a qualified name, "وكذلك", "و" + a name without article, a second
        // adjective joined by "و", a verbal noun that asks after "و" with no comma, a present
        // verb after "و" opening a clause of its own.
        let text = "إن مجلس البساتين،\n\n1 - يطلب من الدول الأعضاء القادرة على ذلك ومن المصارف الإقليمية، أن تمول المشاتل؛\n\n2 - يدعو لعقد ندوة عن الري ويحث الدول الأعضاء وكذلك المنظمات الدولية والإقليمية على المشاركة فيها؛\n\n3 - تكليف الأمين العام ومدير عام الصندوق بمتابعة التنفيذ؛\n\n4 - التأكيد على قراراته السابقة ودعوة البلديات - غير الأعضاء - للانضمام إلى المجلس؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 الدول الأعضاء القادرة | المصارف الإقليمية",
                "¶2 جميع الدول",
                "¶2 الدول الأعضاء | المنظمات الدولية والإقليمية",
                "¶3 الأمين العام | مدير عام الصندوق",
                "¶4 البلديات",
            ]
        );
    }

    #[test]
    fn an_arabic_period_makes_a_recurring_mandate() {
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى الأمين العام أن يقدم إليه تقريرا كل 90 يوما؛\n\n2 - يدعو الدول الأعضاء إلى إبلاغه سنويا بما تزرعه؛\n\n3 - يطلب إلى اللجنة أن تجتمع كل ثلاثة أشهر؛\n\n4 - يحث الدول على زراعة كل الأراضي؛\n";
        let opts = Options {
            adopted: Some("2026-03-01".parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        };
        let d = draft(text, &opts);
        let periods: Vec<String> = d
            .mandates
            .iter()
            .map(|m| m.every.as_ref().map_or("-".into(), |e| e.period()))
            .collect();
        assert_eq!(periods, ["90 days", "1 year", "3 months", "-"]);
        assert!(d.mandates[0].tags.contains(&"recurring".to_string()));
    }

    #[test]
    fn a_declaration_asks_in_the_first_person_plural() {
        let text = "نحن قادة دول البساتين المجتمعين في الرباط:\n\nندعو مجلس البساتين لعقد دورة استثنائية. ونطالب الدول الأعضاء بزيادة المساحات المزروعة. ونكلف الأمانة العامة بمتابعة التنفيذ.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            ["¶2 مجلس البساتين", "¶2 الدول الأعضاء", "¶2 الأمانة العامة"]
        );
    }

    #[test]
    fn a_decision_in_the_past_tense_is_its_subjects_own_act() {
        let text = "قررت الدورة الاستثنائية لمجلس البساتين إنشاء صندوق للبذور. وطلبت من الأمين العام للمجلس اتخاذ الإجراءات اللازمة.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            ["¶1 مجلس البساتين", "¶1 الأمين العام للمجلس"]
        );
    }

    #[test]
    fn dates_read_in_both_month_forms_with_hijri_beside_and_lettered_items() {
        let text = "إن مجلس البساتين،\n\n1 - يقرر:\n\n(أ ) أن يجتمع مرة أخرى في 12 كانون الثاني (يناير) 2027؛\n\n(ب) أن يطلب إلى الأمين العام إعلامه بما يستجد قبل 15 شوال 1449 هـ (الموافق 1 تموز 2028 م)؛\n\n2 - يهيب بالمنظمات الإقليمية، وعند الاقتضاء، بغيرها من الجهات المعنية، مواصلة دعم البساتين في موعد أقصاه شهر سبتمبر 2027؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 مجلس البساتين due=2027-01-12",
                "¶1 الأمين العام due=2028-07-01",
                "¶2 المنظمات الإقليمية | الجهات المعنية due=2027-09",
            ]
        );
    }

    #[test]
    fn short_and_mixed_arabic_texts_are_read_as_arabic() {
        assert_eq!(
            Lang::detect("يطلب إلى الأمين العام أن يقدم تقريرا"),
            Lang::Ar
        );
        // Symbols, acronyms and a Latin name inside an Arabic text.
        let mixed = "A/RES/81/12\n\nإن الجمعية العامة،\n\n1 - تطلب إلى برنامج الأمم المتحدة الإنمائي (UNDP) أن يقدم تقريرا عن COVID-19؛\n";
        assert_eq!(Lang::detect(mixed), Lang::Ar);
        assert_eq!(
            brief(mixed, "2026-12-01"),
            ["¶1 برنامج الأمم المتحدة الإنمائي (UNDP)"]
        );
        // An English text quoting an Arabic name stays English.
        let english = "The Council,\n\n1. Requests the Secretary-General to report on the project called «البساتين الخضراء» by 1 June 2027;\n";
        assert_eq!(Lang::detect(english), Lang::En);
    }

    #[test]
    fn persian_letter_forms_and_loose_hamza_marks_read_as_arabic_letters() {
        let text = "إن مجلس البساتين،\n\nوٕاذ یلاحظ تراجع الأشجار،\n\n1. یطلب من فریق الخبراء الزراعیین متابعة حالة البساتین؛\n\n2. یدعو کافة المزارعین إلى حمایة الأشجار؛\n";
        assert_eq!(
            brief(text, "2026-05-01"),
            ["¶1 فريق الخبراء الزراعيين", "¶2 كافة المزارعين"]
        );
    }

    #[test]
    fn endorsing_a_new_resolution_that_provides_for_an_act_is_the_body_s_act() {
        // "صادق X على قرار جديد يقضي بـ ..." (an adoption verb, the resolution's adjective
        // between it and "يقضي"; also "بقضي", its "ي" typed as the key beside it).
        let text = "صادق مجلس البساتين يوم الأحد على قرار جديد يقضي بتوسيع شبكة الري في الوادي لمدة سنة.\n\nوأعرب المجلس عن قلقه من الجفاف.\n";
        assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس البساتين"]);
        let slip = text.replace("يقضي", "بقضي").replace("صادق", "صادقت");
        assert_eq!(brief(&slip, "2030-03-03"), ["¶1 مجلس البساتين"]);
    }

    #[test]
    fn a_time_granted_to_addressees_asks_them_within_it() {
        // "على أن يتم إمهال X و Y N أشهر لـ ..." (a passive verbal noun) and "أمهل المجلس
        // X شهرين لـ ...": the addressees are asked, due the span after the adoption.
        let text = "خبر\n\nوشدد المجلس على حماية الآبار، على أن يتم إمهال ساحلستان والرابطة الزراعية 3 أشهر للتفاهم على تقاسم المياه.\n\nوأمهل المجلس البلديات شهرين لتنظيف القنوات.\n";
        assert_eq!(
            brief(text, "2030-03-03"),
            [
                "¶2 ساحلستان | الرابطة الزراعية due=At { anchor: Adoption, days: 92 }",
                "¶3 البلديات due=At { anchor: Adoption, days: 61 }",
            ]
        );
    }

    #[test]
    fn the_wording_of_the_text_as_subject_is_no_addressee_and_a_given_time_dates() {
        // "ويطالب نص القرار من X أن ... في مهلة N أشهر": X is asked, due N months on.
        let text = "خبر\n\nويطالب نص القرار من مدير البساتين، أن يبلغ المجلس في مهلة 4 أشهر عن حال الآبار.\n\nوطلب المجلس من اللجنة خلال مهلة أقصاها 10 أيام إحصاء الآبار.\n";
        assert_eq!(
            brief(text, "2030-03-03"),
            [
                "¶2 مدير البساتين due=At { anchor: Adoption, days: 122 }",
                "¶3 اللجنة due=At { anchor: Adoption, days: 10 }",
            ]
        );
    }

    #[test]
    fn a_lede_restated_with_its_body_described_is_one_decision() {
        // "قرر X تمديد ... وقرر المجلس المؤلف من N ... تمديد ...": the same body named back,
        // the same act: the lede's; an organ named in full still replaces it (other tests).
        let text = "قرر مجلس البساتين تمديد مهمة فرقة الري في الوادي منذ سنوات طويلة. وقرر المجلس المؤلف من 9 بلديات في ساعة متأخرة من الأحد تمديد مهمة الفرقة حتى نهاية الصيف. وحث الأطراف على احترام الحصص.\n";
        assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس البساتين", "¶1 الأطراف"]);
    }

    #[test]
    fn a_decision_s_act_a_text_affirms_is_its_body_s_and_a_view_it_affirms_asks_nothing() {
        // "أكد البيان الختامي لمؤتمر X ... تعليق ..." is X's act; "كما أكد القرار الذي
        // صدر ... تمديد ..." the adopter's, named in full in the report ("تبنى مجلس
        // البساتين" before "وقرر المجلس"); "أكد البيان على ضرورة ..." a view.
        let of = "أكد البيان الختامي لمؤتمر رابطة المزارعين الذي انتهى أمس في الوادي تعليق عضوية بلدية السهل لسنة.\n\nوأكد البيان على ضرورة تنظيف القنوات.\n";
        assert_eq!(brief(of, "2030-03-03"), ["¶1 مؤتمر رابطة المزارعين"]);
        let adopter = "خبر\n\nتبنى مجلس البساتين أمس قرارا يعرب فيه عن قلقه. كما أكد القرار الذى صدر بالإجماع تمديد عمل فرقة الري سنة كاملة. وقرر المجلس أن يبقي المسألة قيد نظره.\n";
        assert_eq!(brief(adopter, "2030-03-03"), ["¶2 مجلس البساتين"]);
    }

    #[test]
    fn a_list_after_a_finished_request_is_not_its_items() {
        // An encyclopedia page: the request ends with a full stop, then its links.
        let text = "قرار مجلس البساتين رقم 12\n\nاعتمد المجلس القرار في 3 مايو 2026. وطلب المجلس إلى الأمين العام أن يقدم تقريرا عن الري في غضون 48 ساعة.\nانظر أيضا\n- بوابة البساتين\n- بوابة الري\n- نص القرار على الموقع\n";
        assert_eq!(
            brief(text, "2026-05-03"),
            ["¶2 الأمين العام due=At { anchor: Adoption, days: 2 }"]
        );
    }

    #[test]
    fn a_construct_with_two_genitives_is_one_name_and_its_affiliation_goes_with_it() {
        let text = "الرباط 3 رجب 1448هـ الموافق 12 ديسمبر 2026م طلب مجلس الري والزراعة التابع للاتحاد الإقليمي من قوات الحماية والأمن الريفية أن تحمي الآبار. وقرر مجلس الري والزراعة التعليق الفوري لمشاركة البلدية في أنشطة الاتحاد. ويدعو مجلس الأمن والجمعية العامة إلى دعم الري.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            [
                "¶1 قوات الحماية والأمن الريفية",
                "¶1 مجلس الري والزراعة",
                "¶1 مجلس الأمن | الجمعية العامة",
            ]
        );
    }

    #[test]
    fn an_adverb_or_a_preambles_fainnahu_stands_before_the_request() {
        let text = "إن مجلس البساتين، وقد نظر في تقرير الري، فإنه يطلب من الأمين العام أن يعد خطة للري.\n\nوطلب البيان أخيرا من المدير العام أن يرفع تقريرا.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            ["¶1 الأمين العام", "¶2 المدير العام"]
        );
    }

    #[test]
    fn a_reports_asides_participles_and_doers_are_read_and_speeches_are_not_decisions() {
        // The text named with its adjective, a feminine participle's call, a speech.
        let text = "ودعت القمة في بيانها الختامي، جميع الدول إلى منع بيع المبيدات، داعية أيضا إلى فتح الأسواق. وفي الكلمات المتتالية للقادة، دعا الجميع إلى وقف القتال.\n\nوطالب القرار، الذي صاغته الدول الخمس، من بين أمور أخرى، بحماية الآبار.\n\nوقال المراسل إن القرار -الذي جرى التصويت عليه أمس- يطالب بوقف الرعي من قبل جميع الأطراف.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            [
                "¶1 جميع الدول",
                "¶1 جميع الدول",
                "¶2 جميع الدول",
                "¶3 جميع الأطراف"
            ]
        );
    }

    #[test]
    fn verbal_nouns_after_a_break_an_appeal_a_report_going_on_and_a_renewed_call_ask() {
        let text = "(تابع) القرار الرقم 4 بشأن البساتين\n\n2 -\n\nدعوة  الجمعيات الزراعية تقديم البذور، كذلك دعوة البلدان الأعضاء ومختلف صناديق الري العربية إلى تمويل المشاتل.\n\n3 -\n\nتوجيه  نداء إلى كافة الأطراف المعنية كي تحمي الآبار.\n\n4 -\n\nتوجيه الشكر إلى حكومة البلد المضيف.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            [
                "¶2 الجمعيات الزراعية",
                "¶2 البلدان الأعضاء | صناديق الري العربية",
                "¶3 كافة الأطراف المعنية",
            ]
        );
        let report = "اعتمد مجلس البساتين القرار بالإجماع، ودعا المجلس إلى وقف قطع الأشجار. ومضى المجلس إلى مطالبة البلدية باحترام الغابة، وأكد مجددا الدعوات إلى حماية الينابيع.\n";
        assert_eq!(
            brief(report, "2026-12-12"),
            ["¶1 جميع الدول", "¶1 البلدية", "¶1 جميع الدول"]
        );
    }

    #[test]
    fn a_recommendation_asks_its_addressee_or_the_actor_its_that_clause_names() {
        let text = "يقرر المجلس الموافقة على توصية اللجنة الآتية:\n\n- توصي وفود الدول الزراعية لدى المنظمة، بدعم مشروع البذور.\n\nيقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\nتوصي لجنة الشؤون الزراعية بأن يتابع مندوبو الدول الزراعية تمويل المشاتل.\n";
        assert_eq!(
            brief(text, "1960-03-01"),
            [
                "¶1 وفود الدول الزراعية لدى المنظمة",
                "¶2 مندوبو الدول الزراعية"
            ]
        );
    }

    #[test]
    fn attention_drawn_and_a_matter_left_to_named_actors_ask_them() {
        let text = "يقرر المجلس الموافقة على توصية اللجنة الآتية، وتوصي بما يأتي:\n1 - تأكيد القرار السابق.\n2 - توجيه المزيد من عناية مكاتب الإرشاد في الدول الأعضاء والرابطة إلى تعليم الري الحديث.\n3 - رئاسة لجنة البذور: ترك الأمر إلى حكومتي المملكة الخضراء والجمهورية الزرقاء للاتفاق على مرشح واحد.\n";
        assert_eq!(
            brief(text, "1967-09-13"),
            [
                "¶2 مكاتب الإرشاد في الدول الأعضاء والرابطة",
                "¶3 حكومتي المملكة الخضراء | الجمهورية الزرقاء",
            ]
        );
    }

    #[test]
    fn round_six_kinds_of_decisions_and_reports() {
        let items = "إن مجلس البساتين،\n\nيقرر\n\n1 - التنديد بقطع الأشجار.\n\n2 - قيام البلديات العربية بإجراء حملات التشجير.\n";
        assert_eq!(brief(items, "2026-03-01"), ["¶2 البلديات العربية"]);
        let report = "وأذن المجلس، حسب القرار، لبعثة المراقبة في الوادي، باستخدام الوسائل اللازمة. وطلب المجلس أيضا أن يقدم الأمين العام تقريرا في موعد أقصاه 15 يوليو المقبل. ويدعو القرار إلى وقف فوري للقتال بين الشمال والجنوب. وشدد رئيس الجمعية على حماية الغابات، مطالبا بوقف القطع. كما دعو الى حماية الينابيع.\n";
        assert_eq!(
            brief(report, "2026-06-29"),
            [
                "¶1 بعثة المراقبة في الوادي",
                "¶1 الأمين العام due=2026-07-15",
                "¶1 الشمال | الجنوب",
                "¶1 جميع الدول",
            ]
        );
        let continued = "(تابع) مؤتمر البساتين الإسلامي الثالث في الرباط- القرارات\n\nللمشكلات البنيوية للجفاف.\n\nثالثا- يقرر تشكيل لجنة مختصة تسمى: لجنة التشجير، يعهد اليها بمتابعة الخطة.\n";
        assert_eq!(
            brief(continued, "1981-01-28"),
            ["¶2 مؤتمر البساتين الإسلامي", "¶2 لجنة التشجير"]
        );
    }

    #[test]
    fn round_seven_kinds_of_reports() {
        // A lede restated by the body's own words; asides after the subject; a participle
        // spelled as the verbal noun; a person's call; a described statement.
        let lede = "قرر الاتحاد الإقليمي، اليوم الأربعاء، تعليق مشاركة البلدية في أنشطته. وقرر مجلس المياه والري التابع للاتحاد الإقليمي، برئاسة الرباط لشهر يونيو، التعليق الفوري لمشاركة البلدية. وطالب المجلس، في بيان له صدر مساء أمس، عقب اجتماع بشأن الجفاف، المزارعين بالعودة إلى الحقول.\n";
        assert_eq!(
            brief(lede, "2026-06-02"),
            ["¶1 مجلس المياه والري التابع للاتحاد الإقليمي", "¶1 المزارعين"]
        );
        let report = "قررت مفوضية المياه والري التابعة للاتحاد اليوم، الأربعاء، تعليق عضوية البلدية.\n\nوتابعت أن التعليق سيظل ساريا، لحين عودة الماء، مطالبة بالإفراج عن المهندسين.\n\nكان رئيس المفوضية أدان بشدة قطع الأشجار، ودعا إلى حماية الغابة.\n\nيقدم المدير تقريرا تنفيذا للبيان الذى أصدره المجلس الأسبوع الماضى، وطالب فيه المدير بأن يقدم إحاطة.\n";
        assert_eq!(
            brief(report, "2026-06-02"),
            ["¶1 مفوضية المياه والري التابعة للاتحاد", "¶2 جميع الدول"]
        );
        let gulf = "دعا المجلس الوزاري لوزراء زراعة دول مجلس الواحات لدول الصحراء الكبرى المجتمع الدولي وفي مقدمته البنك الدولي لتمويل الآبار. وطالب قادة دول مجلس الواحات، الثلاثاء، في ختام قمة المنامة، البلدية بالكف عن قطع النخيل. واختتم مجلس الواحات دورته بدعوة البلدية إلى حماية الآبار، ودعا زعماء الواحات الرئيس المحلي إلى التنحي.\n";
        assert_eq!(
            brief(gulf, "2026-06-02"),
            [
                "¶1 المجتمع الدولي",
                "¶1 البلدية",
                "¶1 البلدية",
                "¶1 الرئيس المحلي"
            ]
        );
    }

    #[test]
    fn a_ledes_general_call_given_again_in_full_later_is_drafted_once() {
        let text = "اعتمد مجلس البساتين قرارا يطالب بوقف قطع الأشجار.\n\nوقال المراسل إن القرار -الذي صدر أمس- يطالب بوقف قطع الأشجار من قبل جميع البلديات.\n\nكما يطالب بوقف الرعي.\n";
        assert_eq!(
            brief(text, "2026-10-31"),
            ["¶2 جميع البلديات", "¶3 جميع الدول"]
        );
    }

    #[test]
    fn round_nine_kinds_of_reports() {
        let text = "قرر مجلس البساتين دعم طلب الاتحاد ودعوة الدول الزراعية للمساهمة بالبذور. وطالب البيان الختامى، بتقديم الدعم للمزارعين. وحث المجلس ،بقوة ، قوات الحماية الريفية على حماية الآبار. كما دعا، وبشكل عاجل، إلى بدء عمل فريق الري الوزاري. ودعا اجتماع اللجنة الزراعية الموسع، الثلاثاء، إلى عقد مؤتمر للمانحين. كما قررت الجامعة عقد لجنة الري في سبتمبر المقبل. ودعا المجلس إلى وقف القطع خلال شهر رمضان، وذلك بعد التصويت.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            [
                "¶1 الدول الزراعية",
                "¶1 جميع الدول",
                "¶1 قوات الحماية الريفية",
                "¶1 فريق الري الوزاري",
                "¶1 جميع الدول",
                "¶1 الجامعة due=2026-09",
                "¶1 جميع الدول",
            ]
        );
    }

    #[test]
    fn a_meetings_place_and_level_are_passed_over_and_a_link_word_ends_no_name() {
        let text = "قرر مجلس البساتين فى ختام اجتماعه على مستوى المندوبين الدائمين تأييد طلب الرابطة ودعوة الدول الزراعية للمساهمة بالبذور. ودعا اجتماع اللجنة الزراعية على مستوى وزراء الزراعة في منظمة الواحات، الثلاثاء، إلى عقد مؤتمر للمانحين. ودعا البيان إلى تمركز بعثة مراقبة دولية في وادي النخيل.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            // A mission stationed is what is called for, not who is asked (round 12).
            ["¶1 الدول الزراعية", "¶1 جميع الدول", "¶1 جميع الدول"]
        );
    }

    #[test]
    fn round_ten_kinds_of_reports() {
        let text = "وطالب وزراء الزراعة العرب، البلدية بإلغاء قرارها. وقرر المجتمعون تكليف لجنة مبادرة الري العربية بتشكيل وفد. وحث المجلس في بيان أصدره عقب اجتماع له بالرباط أمس لبحث التطورات في الوادي، مجلس المياه على بحث خطوات جديدة.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            [
                "¶1 البلدية",
                "¶1 لجنة مبادرة الري العربية",
                "¶1 مجلس المياه"
            ]
        );
    }

    #[test]
    fn round_eleven_kinds_of_reports() {
        let text = "طالب مجلس الواحات في ختام اجتماع وزراء الزراعة بدعم المزارعين وادان قطع النخيل ودعا مجلس الأمن الدولي لاتخاذ قرار بشأن الآبار. ودعا العطية في كلمة له خلال الاجتماع إلى حماية الغابات. وعليه فقد طالبوا الرعاة بتسليم مواشيهم.\n\nحذر مجلس البساتين من الجفاف ودعا جميع الأطراف إلى ترشيد المياه. جاء ذلك في الكلمات التي ألقاها مندوبو الدول خلال الاجتماع.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            ["¶1 جميع الدول", "¶1 مجلس الأمن الدولي", "¶1 الرعاة"]
        );
    }

    #[test]
    fn round_eight_kinds_of_reports() {
        let adopted = "اعتمد مجلس البساتين الخميس قرار تمديد ولاية البعثة الزراعية حتى 31 يناير 2027. وحث القرار المؤسسات الزراعية وأصحاب المصلحة على حل الخلافات. واعتمدت الجمعية العامة بأغلبية كبيرة قرارا يطالب البلديات بحماية الآبار.\n";
        assert_eq!(
            brief(adopted, "2026-10-31"),
            [
                "¶1 مجلس البساتين",
                "¶1 المؤسسات الزراعية | أصحاب المصلحة",
                "¶1 البلديات",
            ]
        );
        let asides = "قرر مجلس البساتين تمديد عمل البعثة مطالبا في الوقت نفسه الأطراف المعنية بالحوار. وطالب المجلس في قراره رقم 12 الذي تبناه الليلة الماضية جميع المزارعين بوقف الرعي. ويطالب القرار الذي أقر بالإجماع، ويحمل الرقم 13، الرعاة بالامتناع عن القطع. كذلك يطالب الحطابين بالتوقف. كما يطالب البلديات بالكف عن الردم، ويدعوها إلى حماية الينابيع.\n";
        assert_eq!(
            brief(asides, "2026-10-31"),
            [
                "¶1 مجلس البساتين",
                "¶1 الأطراف المعنية",
                "¶1 جميع المزارعين",
                "¶1 الرعاة",
                "¶1 الحطابين",
                "¶1 البلديات",
                "¶1 البلديات",
            ]
        );
        let summit = "وبينما لم توزع نسخة من البيان، نشرت مسودة تضمنت عدة بنود، أبرزها الدعوة لحماية الغابات. ودعت الدول المشاركة في القمة إلى عقد مؤتمر للمياه. وكشف المجلس على أنه يشجع الدول الأعضاء على زراعة الأشجار. كما بحث المؤتمر التصدي للجفاف. وأكدت وثائق القمة على محاربة التصحر ودعت إلى نشر قيم الزراعة.\n";
        assert_eq!(
            brief(summit, "2026-10-31"),
            [
                "¶1 جميع الدول",
                "¶1 جميع الدول",
                "¶1 الدول الأعضاء",
                "¶1 جميع الدول"
            ]
        );
    }

    #[test]
    fn round_twelve_kinds_renewed_calls_member_bodies_typed_ila_declarations_and_places() {
        // A renewed call with its body first; "إلى" then the one asked.
        let renewed = "وجدد مجلس وزراء زراعة الدول الأعضاء في منظمة البساتين الدعوة إلى الأمين العام للمنظمة لاتخاذ خطوات عاجلة لدعم لجنة الري.\n";
        assert_eq!(brief(renewed, "2026-10-31"), ["¶1 الأمين العام للمنظمة"]);
        // "... الدول الأعضاء في منظمة ..." is the subject's; a call cut after "إلى" asks
        // nothing; the verb said again after a long aside is one call.
        let members = "ودعا مجلس وزراء زراعة الدول الأعضاء في منظمة البساتين الإقليمية خلال اجتماعه الطارئ الذي عقد الأحد لبحث آثار الجفاف الشديد على مزارع النخيل والزيتون في الأقاليم الجنوبية، دعا إلى إدراج الري على جدول الأعمال. كما دعا وزراء زراعة الدول الأعضاء في منظمة البساتين الإقليمية إلى\n";
        assert_eq!(brief(members, "2026-10-31"), ["¶1 جميع الدول"]);
        // "الي" typed for "إلى"; a declaration named by its city as the subject, with a
        // relative clause and no comma; a mission sent is not the one asked.
        let typed = "وأكد المؤتمر دعمه للمزارعين داعيا الي حشد الموارد لمكافحة الجفاف. وطالب اعلان الواحة الذي اصدره المؤتمر اليوم بايفاد بعثة فنية لتقييم الاضرار.\n";
        assert_eq!(
            brief(typed, "2026-10-31"),
            ["¶1 جميع الدول", "¶1 جميع الدول"]
        );
        // "بعثة الرابطة بجنيف والأمانة العامة": a place, then the next addressee.
        let places = "وطالب المجلس، لجنة الخبراء وبعثة الرابطة بجنيف والأمانة العامة للرابطة بالتنسيق مع الدول الأعضاء.\n";
        assert_eq!(
            brief(places, "2026-10-31"),
            ["¶1 لجنة الخبراء | بعثة الرابطة بجنيف | الأمانة العامة للرابطة"]
        );
    }

    #[test]
    fn round_thirteen_kinds_members_of_a_summit_told_and_expected_calls_and_a_sessions_margins() {
        // The leaders "taking part in" a summit, with joined adjectives, are the subject.
        let leaders = "دعا قادة الدول العربية والإسلامية المشاركون في القمة الزراعية مع رئيس المنظمة، إلى زراعة مليون شجرة.\n";
        assert_eq!(brief(leaders, "2026-10-31"), ["¶1 جميع الدول"]);
        // A member's earlier call, told ("وكان X قد دعا ...، ودعوة ..."), and a call the
        // body is expected to make ask nothing; the body's own call after them does.
        let told = "وكان المغرب قد دعا لعقد دورة طارئة للمجلس لبحث الجفاف، ودعوة المنظمات الدولية إلى دعم المزارعين. ومن المتوقع أن يجدد المجلس قلقه إزاء الجفاف، داعيا البلديات إلى ترشيد المياه. ودعا المجلس البلديات إلى حماية الآبار.\n";
        assert_eq!(brief(told, "2026-10-31"), ["¶1 البلديات"]);
        // "على هامش أعمال الدورة القادمة": the next session dates it.
        let margins = "ودعا المجلس الوزاري إلى إدراج الري على جدول أعمال الاجتماع التنسيقي على هامش أعمال الدورة القادمة للجمعية العامة.\n";
        assert_eq!(
            brief(margins, "2026-10-31"),
            ["¶1 جميع الدول due=at 2027 (الدورة القادمة للجمعية العامة)"]
        );
        // "... على هامش أعمال الدورة الثمانين": where the call was made, no deadline.
        let said = "ودعا القادة إلى زراعة الأشجار. جاء ذلك خلال اجتماع عقد على هامش أعمال الدورة الثمانين للجمعية العامة.\n";
        assert_eq!(brief(said, "2026-10-31"), ["¶1 جميع الدول"]);
    }

    #[test]
    fn round_fourteen_kinds_resolutions_by_their_act_entrusting_and_days_without_a_year() {
        // "اعتمد / تبنى المجلس ... قرارا بتمديد / مشروع قرار لتجديد ...": the body decides;
        // "قرارا يطلب فيه من X": "in it" is no part of the name.
        let adopted = "اعتمد مجلس البساتين بالإجماع، قرارًا بتمديد ولاية بعثة الري لمدة ستة أشهر. وتبنى المجلس، اليوم الثلاثاء، مشروع قرار لتجديد عمل لجنة البذور. واعتمد المجلس قرارا يطلب فيه من الأمين العام أن يقدم تقريرا عن الري.\n";
        assert_eq!(
            brief(adopted, "2026-03-03"),
            ["¶1 مجلس البساتين", "¶1 المجلس", "¶1 الأمين العام"]
        );
        // "عهد القرار للبعثة بـ ...": entrusted, "لـ" + "البعثة" written "للبعثة".
        let entrusted = "وعهد القرار للبعثة الزراعية بقيادة عمل لجنة الري.\n";
        assert_eq!(brief(entrusted, "2026-03-03"), ["¶1 البعثة الزراعية"]);
        // A day and month without a year: the next such day; "في نهاية آذار المقبل": the
        // month's last day; "في 13 نوفمبر الماضي" dates nothing.
        let days = "وطلب المجلس من الأمين العام أن يقدم قبل 28 نوفمبر/تشرين الثاني تقريرا عن الري. وقرر المجلس إنهاء عمل البعثة في نهاية آذار المقبل. وطلب المجلس من اللجنة متابعة الاتفاق الموقع في 13 نوفمبر الماضي.\n";
        assert_eq!(
            brief(days, "2026-03-03"),
            [
                "¶1 الأمين العام due=2026-11-28",
                "¶1 المجلس due=2027-03-31",
                "¶1 اللجنة"
            ]
        );
    }

    #[test]
    fn round_fifteen_kinds_a_pronoun_and_its_partner_speakers_meetings_to_come_and_purposes() {
        // "وحثه هو والجهات ... على": the pronoun's antecedent (its name ending at its
        // owner, before "في التحضير") and the name joined after "هو".
        let urged = "تبنى مجلس وزراء الزراعة قرارا يؤكد على الدور الذي يلعبه الأمين العام للمنظمة في التحضير لمؤتمر الري، وحثه هو والجهات الداعية للمؤتمر على تكثيف المشاورات.\n";
        assert_eq!(
            brief(urged, "2026-03-03"),
            ["¶1 الأمين العام للمنظمة | الجهات الداعية للمؤتمر"]
        );
        // A sentence without its subject goes on with a speaker's; a meeting's letter to
        // come and what a past meeting was held for ask nothing; a body's call does.
        let said = "رحب رئيس البلدية بقرار المجلس. وقال سيادته في كلمته إن الري مهم. وحذر الرئيس من الجفاف. وأوضح أن الخطر كبير، داعيا المزارعين إلى ترشيد المياه.\n\nكما سيبعث الاجتماع برسالة موحدة إلى البلديات، تطالبها بضرورة حماية الآبار. يذكر أن المجلس عقد اجتماعا طارئا، بغية مطالبة البلديات بحماية الآبار.\n\nوأكد المجلس أن الجفاف خطير، داعيا المزارعين إلى ترشيد المياه.\n";
        assert_eq!(brief(said, "2026-03-03"), ["¶3 المزارعين"]);
    }

    #[test]
    fn round_sixteen_kinds_a_bare_name_after_that_a_body_speaking_in_its_text_and_a_tabler() {
        // "يطالب بأن تنهي <name> ...": the bare name after the verb acts; "وتناشد الجمعية
        // العامة في القرار جميع الدول": the body speaking in its text is no addressee.
        let that = "اعتمدت الجمعية العامة قرارا يطالب بأن تنهي ساحلستان وجودها في الوادي. وتناشد الجمعية العامة في القرار جميع الدول دعم المزارعين.\n";
        assert_eq!(brief(that, "2026-03-03"), ["¶1 ساحلستان", "¶1 جميع الدول"]);
        // "مشروع قرار صاغته البلدية يطالب X بـ": who drafted it, then what it asks.
        let tabled = "تبنت الجمعية العامة الأربعاء مشروع قرار صاغته البلدية يطالب الحكومة بإنهاء قطع الأشجار.\n";
        assert_eq!(brief(tabled, "2026-03-03"), ["¶1 الحكومة"]);
        // An indefinite object or a verbal noun after the verb is no actor.
        let object = "وطالب المجلس بأن يقدم تقريرا عن الري. وطالب المجلس بأن يتم تنفيذ القرار.\n";
        assert_eq!(
            brief(object, "2026-03-03"),
            ["¶1 جميع الدول", "¶1 جميع الدول"]
        );
    }

    #[test]
    fn round_seventeen_kinds_asides_without_commas_welcomed_invitations_and_named_texts() {
        // "عقب اجتماعه الطارئ أمس" without commas ends at its time word.
        let aside = "دعا المجلس الوزاري عقب اجتماعه الطارئ أمس لجنة الري إلى مراجعة الخطة.\n";
        assert_eq!(brief(aside, "2026-03-03"), ["¶1 لجنة الري"]);
        // Welcoming X's invitation asks no one; "أوصى المجلس في بيان وزعته X أمس في
        // المدينة Y بـ ..." recommends to Y.
        let welcomed = "رحب المجلس بدعوة رئيس البلدية لعقد مؤتمر للري. وأوصى المجلس في بيان وزعته الأمانة العامة أمس في الواحة بقية المنظمات الزراعية بتعليق الرعي.\n";
        assert_eq!(brief(welcomed, "2026-03-03"), ["¶1 المنظمات الزراعية"]);
        // "وأشار البيان إلى تكليف X"; "طالب بيان القمة الختامي بـ ..." (the text with
        // the body it is of); "دعت قمة الواحة X إلى ...".
        let texts = "وأشار البيان إلى تكليف الأمانة العامة بمتابعة التنفيذ.\n\nكما طالب بيان القمة الختامي باليقظة لحماية الغابات.\n\nكما دعت قمة الواحة مهربي الأخشاب إلى وقف ممارساتهم.\n";
        assert_eq!(
            brief(texts, "2026-03-03"),
            ["¶1 الأمانة العامة", "¶2 جميع الدول", "¶3 مهربي الأخشاب"]
        );
    }

    #[test]
    fn round_eighteen_kinds_a_charter_as_subject_an_addressee_after_la_and_a_lone_waw() {
        // "طالب الميثاق بـ ...": the charter speaks; "ومطالبة لحكومة X وقف ...": X asked,
        // the act from "وقف"; "داعين X و Y لـ ...": "و" typed apart joins Y.
        let text = "كما طالب الميثاق بحماية الغابات. وأبرز بنوده الترحيب بالمبادرة، ومطالبة لحكومة الواحة وقف قطع الأشجار. وحث المجلس البلديات على الري، داعين الفرق الزراعية و المزارعين لانتهاز الفرصة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 جميع الدول",
                "¶1 حكومة الواحة",
                "¶1 البلديات",
                "¶1 الفرق الزراعية | المزارعين"
            ]
        );
    }

    #[test]
    fn round_nineteen_kinds_a_state_calling_a_speech_a_letter_sent_and_ila_with_hamza() {
        // "أن المملكة دعت الوزراء، إلي عقد ...": a State's call ("إلي" typed for "إلى").
        let state = "جدير بالذكر، أن المملكة دعت وزراء الزراعة، إلي عقد اجتماع طارئ.\n";
        assert!(brief(state, "2026-03-03").is_empty());
        // A speaker with a long name "في كلمة" asks nothing; "قررت جامعة الدول العربية
        // توجيه رسالة إلى X" is the League's own act.
        let said = "ودعا الأمين العام لرابطة المزارعين العرب، في كلمة خلال الاجتماع، البلديات لتحمل مسؤولياتها.\n\nكما قررت جامعة الدول العربية توجيه رسالة إلى رئيس رابطة المزارعين بشأن الري.\n";
        assert_eq!(brief(said, "2026-03-03"), ["¶2 جامعة الدول العربية"]);
    }

    #[test]
    fn round_twenty_kinds_a_persons_report_or_recommendation_and_a_relative_decision() {
        // What a person asks or recommends in his own report, or of two parties named
        // after him, and a decision a relative clause restates, are no decisions; the
        // body's own request is.
        let text = "سعيد يرفع تقريره للمجلس ويطالب بتمديد عمل البعثة.\n\nوطالب سعيد من المجلس في تقريره بتمديد عمل البعثة.\n\nأوصى الأمين العام للمنظمة بتجديد عمل البعثة، وذلك ضمن تقريره الأخير.\n\nمن بين التوصيات، دعا الأمين العام الطرفين إلى وقف القطع.\n\nوقد تشكلت اللجنة التي قرر المجلس أمس تمديد ولايتها. وطلب المجلس من الأمين العام متابعة الري.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶5 الأمين العام"]);
    }

    #[test]
    fn round_twenty_one_kinds_affirmed_demands_renewed_calls_with_la_and_a_parliament() {
        // "وأكد المطالبة بالإفراج عن X" (a call affirmed, X freed, not asked); a decision
        // told again in a later paragraph is drafted once.
        let freed = "أعلن مجلس البساتين أنه قرر تعليق عضوية البلدية بسبب القطع، وأكد المطالبة بالإفراج عن رئيس البلدية.\n\nقرر الاتحاد الزراعي الأربعاء تعليق عضوية البلدية بعد القطع.\n";
        assert_eq!(
            brief(freed, "2026-03-03"),
            ["¶1 مجلس البساتين", "¶1 جميع الدول"]
        );
        // "مكررا دعواته لقادة X إلى ..."; "وناشد الجامعة العربية لإنشاء ..." after the
        // parliament named as the subject asks the League.
        let renewed = "قال المجلس إنه علق مشاركة البلدية، مكررا دعواته لقادة الحطابين إلى وقف القطع. ورحب البرلمان بالمبادرة وناشد الجامعة العربية لإنشاء صندوق للمزارعين.\n";
        assert_eq!(
            brief(renewed, "2026-03-03"),
            ["¶1 قادة الحطابين", "¶1 الجامعة العربية"]
        );
    }

    #[test]
    fn round_twenty_two_kinds_a_speakers_sentences_after_a_particle_or_a_full_stop() {
        // "كما حذر الأمين العام ...، داعيا X"; "كما أبرز الأمين العام ... . ودعا X ...":
        // the speaker goes on; a body's own call after them is drafted.
        let text = "كما حذر الأمين العام من خطورة الجفاف، داعيا المزارعين إلى ترشيد المياه.\n\nكما أبرز الأمين العام أولوية الري. ودعا مؤسسات الرابطة إلى العمل الجماعي.\n\nودعا مجلس البساتين البلديات إلى حماية الآبار.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶3 البلديات"]);
    }

    #[test]
    fn round_twenty_three_kinds_a_resolution_adopted_unanimously_and_a_text_named_by_its_subject() {
        // "اعتمد المجلس قرارا بالإجماع بتمديد ...": the manner between the resolution and
        // its act; "طلب المجلس في قراره الخاص بـ ... من X ...": the text's subject before
        // the opener ("وعرضها على الدورة المقبلة": laid before the next session, due at it).
        let text = "واعتمد مجلس البساتين قرارا بالإجماع بتمديد عمل لجنة الري.\n\nوطلب المجلس فى قراره الخاص بدراسة مقترح إنشاء مشتل إقليمي للبذور من الأمين العام للرابطة إعداد دراسة وعرضها على الدورة المقبلة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶2 الأمين العام للرابطة due=at 2027 (الدورة المقبلة)"
            ]
        );
    }

    #[test]
    fn round_twenty_four_kinds_a_states_own_request_each_of_two_and_the_matter_left_to() {
        // "تطلب حكومتا X و Y من Z أن ...": the governments ask Z; "دعت اللجنة كل من X و Y
        // إلى ...": both; "ترك الأمر بالنسبة لـ ... إلى X لـ ...": X.
        let text = "إن مجلس البساتين،\n\n1 - تطلب حكومتا الوادي والساحل من منظمة البذور والزراعة أن يكون مكتبها الفرعي في الوادي.\n\n2 - يدعو كل من الوادي والساحل إلى تبادل البذور.\n\n3 - ترك الأمر بالنسبة لباقي المشاتل إلى وفود البلديات للاتفاق على خطة واحدة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 منظمة البذور والزراعة",
                "¶2 الوادي | الساحل",
                "¶3 وفود البلديات",
            ]
        );
    }

    #[test]
    fn round_twenty_four_kinds_a_councils_unnumbered_decision_among_numbered_items() {
        // A council's record: numbered items of one decision, then "يقرر المجلس الموافقة
        // على توصية اللجنة الآتية: توصي اللجنة بالموافقة على ما يأتي: أولا - ... ثانيا -
        // ترك الأمر إلى X ...": the second decision's item asks X (no number); the
        // committee that recommends approval is not asked, nor is the council's approval.
        let text = "1 - تطلب حكومة الوادي من منظمة البذور أن تفتح مكتبا للري.\n\n(ق 12/ د ع 3)\n\nانتخابات لجنة البذور:\n\n         يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n         توصي لجنة الشؤون الزراعية بالموافقة على ما يأتي:\n         أولا - تأييد انتخاب الوادي عضوا في لجنة البذور.\n         ثانيا - ترك الأمر بالنسبة لباقي المقاعد إلى وفود البلديات للاتفاق على قائمة واحدة.\n\n         يقرر المجلس دعوة المزارعين إلى ترشيد المياه.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 منظمة البذور", "¶- وفود البلديات", "¶- المزارعين"]
        );
    }

    #[test]
    fn round_twenty_four_kinds_a_decision_its_chair_reports_and_a_task_a_plural_verb_gives() {
        // "قال رئيس المجلس إن المجلس قرر ...": the body's decision, told by its chair;
        // "قال الأمين العام: ... حيث كلفوا في الدورة ...، التي عقدت ...، X بـ ...": the
        // leaders' task (a plural verb: not the speaker's own words); the speaker's own
        // call is still not drafted.
        let text = "قال سعيد رئيس مجلس البساتين، سفير الوادي، إن المجلس قرر اتخاذ التدابير لإرسال بعثة إلى المشاتل.\n\nوقال الأمين العام للرابطة \"إن متابعة القرارات من أولويات قادة البلديات، حيث كلفوا في الدورة الـ12 للمجلس الأعلى، التي عقدت في الوادي في مايو الماضي، الأمانة العامة بتنظيم ورش عمل عن الري\".\n\nوقال رئيس مجلس البساتين إنه يدعو المزارعين إلى ترشيد المياه.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶1 المجلس", "¶2 الأمانة العامة"]);
    }

    #[test]
    fn round_twenty_five_kinds_a_summarys_joined_decisions_and_a_call_to_carry_out() {
        // "وأكد المجلس ... نحو الري ودعا جميع المزارعين إلى ...، وقرر تمديد ... وقرر أنه
        // يجب على X أن ...": each joined verb opens its own clause ("وودعا", a doubled "و",
        // too); "طالب الإعلان بتنفيذ جميع قرارات المجلس" names no one to act.
        let text = "أصدر مجلس البساتين قراره رقم 12. وأكد المجلس مجددا على أن الهدنة خطوة نحو الري ودعا جميع المزارعين المعنيين إلى التنفيذ الفوري للخطة، وقرر تمديد عمل اللجنة لمدة ثلاثة أشهر إضافية وقرر أنه يجب على المنسق أن يحدد موعد انتهاء عملها.\n\nوأكد المجلس دعمه للخطة وودعا جميع البلديات إلى حماية الآبار.\n\nوطالب إعلان الوادي بتنفيذ جميع قرارات المجلس المتعلقة بالري.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 جميع المزارعين المعنيين",
                "¶1 المجلس",
                "¶1 المنسق",
                "¶2 جميع البلديات",
                "¶3 جميع الدول",
            ]
        );
    }

    #[test]
    fn round_twenty_six_kinds_the_tail_of_an_item_a_continuation_page_cut() {
        // "(تابع) ...": the page opens inside an item ("... ويهيب بالبلديات أن ...") that
        // asks, outside the numbered ones; a preamble cut the same way asks nothing.
        let tail = "(تابع) الدورة الثالثة لمؤتمر البساتين، القرار الرقم 2/3\n\nالمشاتل، ويعرب عن شكره للوادي، ويهيب بالبلديات أن تقوم بحملات مماثلة.\n\n4 -\n\nيطلب من الأمين العام متابعة تنفيذ هذا القرار.\n";
        assert_eq!(brief(tail, "2026-03-03"), ["¶- البلديات", "¶4 الأمين العام"]);
        let preamble = "(تابع) الدورة الثالثة لمؤتمر البساتين، القرار الرقم 2/3\n\nوإذ يهيب بالبلديات أن تقوم بحملات مماثلة،\n\n4 -\n\nيطلب من الأمين العام متابعة تنفيذ هذا القرار.\n";
        assert_eq!(brief(preamble, "2026-03-03"), ["¶4 الأمين العام"]);
    }

    #[test]
    fn round_twenty_seven_kinds_a_body_approving_its_own_act_and_a_un_body_named_by_its_purpose() {
        // "وأقرت الرابطة توسيع المشاتل": the body approves its own act; "أقر المجلس مشروع
        // القرار" adopts a text (nothing asked); "اعتمد مجلس الأمم المتحدة للبساتين قرارا
        // بتشكيل ...": the body's name goes on with what it is for.
        let text = "اختتمت جمعية البساتين دورتها أمس. وأقرت الجمعية توسيع المشاتل في الوادي.\n\nوأقر المجلس مشروع القرار بالإجماع.\n\nاعتمد مجلس الأمم المتحدة للبساتين اليوم قرارا بتشكيل لجنة للري.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 الجمعية", "¶3 مجلس الأمم المتحدة للبساتين"]
        );
    }

    #[test]
    fn round_twenty_seven_kinds_a_text_establishing_a_body_tasked_with_an_act() {
        // "وينشئ المجلس بموجب هذا القرار لجنة ... مكلفة بـ ...": the body's act and the new
        // committee's task; a report's past "وأنشأ المجلس فريقا ..." tells an act done.
        let text = "اعتمد مجلس البساتين قراره الجديد، وينشئ المجلس بموجب هذا القرار لجنة خبراء مستقلة مكلفة بمراجعة خطط الري في الوادي.\n\nوأنشأ المجلس العام الماضي فريقا للبذور.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 المجلس", "¶1 لجنة خبراء مستقلة"]
        );
    }

    #[test]
    fn round_twenty_eight_kinds_praise_without_hamza_a_pronoun_noun_and_a_referral() {
        // "الاشادة" / "الاعراب" (no hamza) under "يقرر" are views; "... وحثهما على ..." urges
        // the two named before; a committee recommending a referral asks whom the matter
        // goes to ("بإحالة ... إلى X لدراسة", "على أن يحال الموضوع إلى X لبحث").
        let items = "إن مجلس البساتين،\n\nيقرر\n\n1 -\n\nالاشادة بقرار الرابطة الخاص بالري.\n\n2 -\n\nالاعراب عن تقديره للوادي.\n\n3 -\n\nالاشادة بالجهود التي يبذلها الأمينان العامان للرابطة وللمجلس وحثهما على مواصلة هذه الجهود.\n";
        assert_eq!(brief(items, "2026-03-03"), ["¶3 الأمينان العامان للرابطة"]);
        let referred = "نظام المشاتل:\n\n         يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n         \"توصي اللجنة بإحالة موضوع نظام المشاتل إلى اللجنة الفنية الدائمة لدراسة وتقديم تقرير عنه إلى المجلس\".\n\nمكاتب الري:\n\n         يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n         \"توصي لجنة الشؤون الزراعية بالموافقة من حيث المبدأ على إنشاء مكاتب للري، على أن يحال الموضوع إلى لجنة الشؤون المالية لدراسته ورفع تقرير عنه إلى المجلس في دورته المقبلة\".\n";
        assert_eq!(
            brief(referred, "2026-03-03"),
            [
                "¶2 اللجنة الفنية الدائمة",
                "¶4 لجنة الشؤون المالية due=at 2027 (دورته المقبلة)",
            ]
        );
    }

    #[test]
    fn round_twenty_nine_kinds_what_a_text_provides_asides_and_pronouns() {
        // "كما يقضي القرار بـ عقد ... وتكليف X بـ": the body's decision ("بـ" typed apart)
        // and X's task; "وجاء في القرار أيضا دعوة X إلى": X; "ودعا، خلال ...، برئاسة ...،
        // إلى ...": a call naming no one past its asides; "طالب المجلس Y بـ ...، داعيا
        // إياها إلى ...": Y again; "دعت دول مجلس البساتين أول من أمس Z إلى ...": Z.
        let text = "إن مجلس البساتين،\n\nكما يقضي القرار بـ عقد ندوة للري مطلع الشهر المقبل وتكليف الأمين العام للرابطة بجمع المزارعين.\n\nوجاء في القرار أيضا دعوة جميع البلديات إلى حماية الآبار.\n\nودعا، خلال اجتماعه في الوادي، برئاسة وزير الزراعة، اليوم، إلى حماية الغابات.\n\nوطالب المجلس ساحلستان بوقف الرعي، داعيا إياها إلى احترام المراعي.\n\nدعت دول مجلس البساتين أول من أمس ساحلستان إلى الكف عن القطع.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶2 مجلس البساتين",
                "¶2 الأمين العام للرابطة",
                "¶3 جميع البلديات",
                "¶4 جميع الدول",
                "¶5 ساحلستان",
                "¶5 ساحلستان",
                "¶6 ساحلستان",
            ]
        );
    }

    #[test]
    fn round_thirty_kinds_approvals_authorizations_and_decisions_to_come() {
        // "وافق X على قرار بنشر ..." adopts (X the report's body, named in its lead); "يفوض
        // X ..." and "سمح المجلس بالإجماع لـX بأن ..." authorize X ("متعددة المهام" in
        // construct); "نص القرار الذي ...، على إنشاء ..." past its relative clause; "الذي
        // صاغته X و Y ما يسمى بـZ" asks Z; a decision "بعدها", what "أمين عام" recommends
        // in a sentence of his, approving a resolution "لـ" a purpose: nothing.
        let text = "وافق مجلس البساتين بالإجماع أمس على قرار بنشر فرقة للري في الوادي.\n\nويدعو القرار المزارعين إلى حماية الآبار ويفوض الفرقة متعددة المهام تنظيم السقاية لفترة لا تتجاوز شهرين.\n\nوسمح المجلس بالإجماع لبعثة الري الإقليمية بأن توسع عملها.\n\nونص القرار الذي صدر بعد نقاش طويل، على إنشاء لجنة للبذور.\n\nويفوض القرار الذي صاغته المملكة الساحلية والجمهورية الجبلية ما يسمى بفرقة الحصاد باتخاذ التدابير اللازمة.\n\nوقال رئيس المجلس إن الولاية لمدة سنة، يقرر بعدها المجلس تمديدها. وكان أمين عام الرابطة زار الوادي فأوصى بإرسال خبراء.\n\nووافقت الجمعية على قرار لإحياء يوم الشجرة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶2 المزارعين",
                "¶2 الفرقة متعددة المهام",
                "¶3 بعثة الري الإقليمية",
                "¶4 مجلس البساتين",
                "¶5 فرقة الحصاد",
            ]
        );
    }

    #[test]
    fn round_thirty_one_kinds_a_meetings_level_and_a_meeting_called() {
        // "طالب X في اجتماعه اليوم على مستوى ... Y بـ": past the meeting's time and level;
        // "في اجتماعه Y بـ" without a comma; "فإن دول المجلس تطلب عقد اجتماع ... لمجلس Z":
        // a subject before the present verb, and a meeting called asks the body to meet.
        let text = "طالب مجلس البساتين في اجتماعه اليوم على مستوى وزراء الزراعة مجلس الري بحماية الآبار.\n\nوفي سياق متصل طالب المجلس في اجتماعه الهيئة العامة للري بدراسة المشاتل.\n\nبالنظر إلى الجفاف، فإن دول المجلس تطلب عقد اجتماع عاجل لمجلس رابطة الوديان على مستوى الوزراء لبحث الري.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس الري",
                "¶2 الهيئة العامة للري",
                "¶3 مجلس رابطة الوديان",
            ]
        );
    }

    #[test]
    fn round_thirty_two_kinds_a_creation_approved_and_recommendations_approved() {
        // "الموافقة من حيث المبدأ على انشاء X ...، ويقوم X بـ ..." is the body's act and
        // X's task; "يقرر المجلس الموافقة على توصية ... الآتية:" leads no items: the
        // recommendation's own words ask ("وتوصى بإحالة الموضوع للهيئة X للاختصاص" asks X,
        // "بنظر ... في اجتماع وزراء Y ... في 12 /11/ 2026" asks Y, due that day), "توصى بما
        // يأتي:" and approving a budget ask no one; "يسمح لما يسمى بـZ" authorizes Z.
        let numbered = "إن مجلس البساتين،\n\nيقرر\n\n1 - الموافقة من حيث المبدأ على انشاء مركز للبذور في الوادي، ويقوم المركز بجمع البذور النادرة.\n\n2 - تشكيل لجنة للري، وذلك للعرض على المجلس في دورته القادمة.\n";
        assert_eq!(
            brief(numbered, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶1 المركز",
                "¶2 مجلس البساتين due=at 2027 (دورته القادمة)",
            ]
        );
        let record = "مشاتل الوادي:\n\n       يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n\n       \"اطلعت اللجنة على مذكرة الأمانة بشأن المشاتل.\n\n       وتوصى بإحالة الموضوع للهيئة العربية للبذور للاختصاص\".\n\nميثاق الري:\n\n       يقرر المجلس الموافقة على توصية لجنة شؤون المياه الآتية:\n\n       \"وتوصى بنظر مشروع ميثاق الري في اجتماع وزراء الزراعة بالقاهرة في 12 /11/ 2026\".\n\nموازنة المجلس:\n\n       \"اطلعت اللجنة على تقديرات الموازنة وتوصى بما يأتي:\n\n       أولا: اعتماد موازنة الأمانة.\n";
        assert_eq!(
            brief(record, "2026-03-03"),
            [
                "¶4 الهيئة العربية للبذور",
                "¶7 وزراء الزراعة due=2026-11-12"
            ]
        );
        let authorized = "وتبنى مجلس البساتين قرارا صاغته الرابطة، يسمح لما يسمى بفرقة الحصاد باتخاذ التدابير اللازمة.\n";
        assert_eq!(brief(authorized, "2026-03-03"), ["¶1 فرقة الحصاد"]);
    }

    #[test]
    fn round_thirty_three_kinds_organizations_meetings_and_affiliations() {
        // A decision told twice in a paragraph is one; "ودعت المنظمة X إلى" is the
        // organization's (not the minister's of the sentence before); "المنعقدة اليوم
        // الأربعاء في الوادي" after the subject; "ندعو X" quoted; "X التابعة للرئيس فلان
        // و Y التابعين لنائب الرئيس فلان" are two, named without whose they are.
        let text = "وافق مجلس البساتين على مشروع قرار يقضي بتمديد عمل فرقة الري عاما. وينص القرار على تمديد عمل فرقة الري في الوادي.\n\nوكان وزير الزراعة قد دعا إلى اجتماع. ودعت المنظمة جميع البلديات إلى حماية الآبار.\n\nدعت القمة الزراعية المنعقدة اليوم الأربعاء في الوادي المزارعين إلى تنظيم السقاية.\n\nوقالت الرابطة في بيانها: ندعو كافة الأعضاء إلى حماية الغابات.\n\nكما جدد المجلس دعوته إلى القوات التابعة للرئيس سالم والمزارعين التابعين لنائب الرئيس السابق كريم، إلى وقف القطع.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶2 جميع البلديات",
                "¶3 المزارعين",
                "¶4 كافة الأعضاء",
                "¶5 القوات | المزارعين",
            ]
        );
    }

    #[test]
    fn round_thirty_four_kinds_joined_addressees_findings_and_calls_for_an_act() {
        // "طالب مجلس الأمن والأمم المتحدة بتحمل ..." (a subheading, then the text): those two,
        // once; "قرر أن الحالة ... لا تزال تشكل خطرا" finds a fact; "أقر X في جلسته ... التي
        // عقدت، اليوم، تمديد ..." is X's act; "وطلب X اليوم الأحد بانسحاب مسلحي Y" asks them.
        let text = "طالب مجلس الأمن والأمم المتحدة بحماية الوادي من الجفاف\nأكد البرلمان أهمية التضامن. وطالب مجلس الأمن والأمم المتحدة بحماية الوادي من الجفاف.\n\nوقرر المجلس أن الحالة في الوادي لا تزال تشكل خطرا على البساتين.\n\nأقر مجلس البساتين في جلسته بشأن الوادي التي عقدت، اليوم، تمديد الحظر على الرعي.\n\nوطلب مجلس البساتين اليوم الأحد بانسحاب مسلحي جماعة الرعاة من المراعي.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس الأمن | الأمم المتحدة",
                "¶3 مجلس البساتين",
                "¶4 مسلحي جماعة الرعاة",
            ]
        );
    }

    #[test]
    fn round_thirty_five_kinds_urging_a_subject_before_its_verb_keycaps_and_speakers() {
        // "و حض X على ..." urges X; "فإن مجلس ... كلف X و Y بـ ..." (its subject before the
        // verb) asks both; points numbered with keycap digits, "المطالبة بـ" naming no one;
        // what a chairwoman said and then called for in her speech asks nothing.
        let lead = "قرر مجلس الري و الزراعة رفع عدد الحراس، و حض مجلس البساتين على تقديم دعم عاجل. وحسب بيان صدر عقب القمة فإن مجلس الري و الزراعة كلف الرابطة الإقليمية و الهيئة العامة للسدود بمراجعة خطط الري.\n";
        assert_eq!(
            brief(lead, "2026-03-03"),
            [
                "¶1 مجلس الري والزراعة",
                "¶1 مجلس البساتين",
                "¶1 الرابطة الإقليمية | الهيئة العامة للسدود",
            ]
        );
        let points = "وجاء في بيان المجلس ما يلي:\n\n1\u{fe0f}\u{20e3} إدانة قطع الأشجار.\n\n2\u{fe0f}\u{20e3} الدعوة إلى وقف الرعي.\n\n3\u{fe0f}\u{20e3} المطالبة بفتح المراعي.\n";
        assert_eq!(
            brief(points, "2026-03-03"),
            ["¶2 جميع الدول", "¶3 جميع الدول"]
        );
        let speech = "عبر المجلس عن قلقه ، وقالت رئيسة المفوضية لدى مخاطبتها الجلسة إن الجفاف خطير . ودعت إلى التفكير في السدود وطالبت بتعبئة الموارد .\n";
        assert!(brief(speech, "2026-03-03").is_empty());
    }

    #[test]
    fn round_thirty_six_kinds_a_verb_describing_any_one() {
        // "لم تتلق أي طلب من أي جهة رسمية، تطالب بعقد ...": "any body that asks", no call;
        // the body's own "وطالب المجلس بـ ..." still calls.
        let text = "أعلنت رابطة البساتين انها لم تتلق أي طلب بعد من أي جهة رسمية، تطالب بعقد اجتماع طارئ للرابطة.\n\nوطالب المجلس بحماية الآبار.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶2 جميع الدول"]);
    }

    #[test]
    fn round_thirty_seven_kinds_adopting_texts_a_list_of_addressees_and_the_next_summit() {
        // "قررت القمة، في ختام أشغالها، اعتماد التوصيات ..." adopts texts; "وكلفت القمة X
        // ودولة الرئاسة ولجنة وزارية بـ ..." asks the three; "في أجل لا يتجاوز ثلاثة أشهر"
        // is a span; "وقررت في الختام تكليف X ... للقمة القادمة" asks X at the next summit.
        let text = "قررت قمة البساتين، في ختام أشغالها، اعتماد التوصيات التي قدمتها لجنة الري. وكلفت القمة الأمانة العامة للرابطة ودولة الرئاسة ولجنة وزارية مصغرة بصياغة خطة الري. كما كلفت القمة مجلس الرابطة بمراجعة الخطة في أجل لا يتجاوز ثلاثة أشهر. وقررت في الختام تكليف الأمين العام للرابطة بتقديم تقرير للقمة العربية القادمة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 الأمانة العامة للرابطة | دولة الرئاسة | لجنة وزارية مصغرة",
                "¶1 مجلس الرابطة due=At { anchor: Adoption, days: 92 }",
                "¶1 الأمين العام للرابطة due=at 2027 (قمة العربية القادمة)",
            ]
        );
    }

    #[test]
    fn an_arabic_draft_keeps_its_summary_in_arabic_and_transliterates_its_ids() {
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى الأمين العام أن يعد دراسة عن الري؛\n";
        let opts = Options {
            adopted: Some("2026-03-01".parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        };
        let d = draft(text, &opts);
        assert_eq!(d.mandates[0].summary, "يعد دراسة عن الري");
        let id = &d.mandates[0].id;
        assert!(id.starts_with("p1-") && id.len() > 6, "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
    }

    #[test]
    fn a_decision_that_adopts_a_budget_asks_nothing_and_each_that_clause_asks_its_own_by_a_year_end()
     {
        // "أن يعتمد ميزانية ..." adopts there and then; "أن تتخذ X ... بنهاية 2029، وأن تقوم
        // Y بـ ..." asks X by the year's last day, and Y.
        let text = "قرر اجتماع أطراف البساتين في المقرر 4 / 2:\n\n1 - أن يعتمد ميزانية للري قدرها مليون دينار؛\n\n2 - أن يعتمد نطاق اشتراكات للصندوق؛\n\n3 - أن تتخذ اللجنة التنفيذية تدابير لجمع الاشتراكات بنهاية 2029، وأن تقوم الأطراف بدفع حصصها في مواعيدها.\n";
        assert_eq!(
            brief(text, "2027-05-01"),
            ["¶3 اللجنة التنفيذية due=2029-12-31", "¶3 الأطراف"]
        );
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى المدير التنفيذي أن يصرف المبالغ قبل نهاية عام 2028؛\n";
        assert_eq!(
            brief(text, "2027-05-01"),
            ["¶1 المدير التنفيذي due=2028-12-31"]
        );
    }

    #[test]
    fn a_reaffirmed_pledge_with_its_pronoun_asks_no_one() {
        // "وتعهدهم بـ ...": the leaders' pledge, reaffirmed; "تعهد" entrusts only "إلى" someone.
        let text = "إن الجمعية العامة،\n\n1 - تؤكد من جديد الالتزامات التي قطعها رؤساء الدول في قمة البساتين، وتعهدهم بإيلاء الري أولوية عليا؛\n";
        assert!(brief(text, "2027-05-01").is_empty());
    }

    #[test]
    fn an_excerpt_inside_an_assembly_resolution_decides_for_the_assembly_during_its_session() {
        // No body named; feminine verbs and "دورتها" + an ordinal: the General Assembly, and
        // "خلال دورتها ..." dates the act at that session; "في هذا الصدد" stands aside.
        let text = "7 - تقرر أن تبدأ، خلال دورتها الخامسة والثمانين، الأعمال التحضيرية لمؤتمر البساتين؛\n\n8 - تحيط علما بتقرير الري، وتشجع في هذا الصدد الوكالات على تبادل البذور؛\n";
        assert_eq!(
            brief(text, "2027-05-01"),
            [
                "¶7 الجمعية العامة due=at 2030-09 (دورتها الخامسة والثمانين)",
                "¶8 الوكالات",
            ]
        );
    }

    #[test]
    fn a_preamble_clause_asks_no_one_and_mechanisms_are_asked_beside_states() {
        // "وإذ تدرك أن X ... وتشجع ...": borne in mind, not asked; "تدعو الدول وآليات ..."
        // asks both.
        let text = "وإذ تدرك أن المنظمة تشجع زراعة الأشجار في البساتين،\n\n3 - تدعو الدول وآليات الأمم المتحدة إلى تبادل البذور؛\n";
        assert_eq!(brief(text, "2027-05-01"), ["¶3 الدول | آليات الأمم المتحدة"]);
    }

    #[test]
    fn a_period_that_ends_on_a_day_is_no_deadline_and_a_feminine_decision_naming_the_assembly_is_its_own()
     {
        // "الفترة المنتهية في 30 حزيران/يونيه 2028" names when a period ends; feminine
        // verbs beside "الجمعية العامة" named: the Assembly's own act.
        let text = "12 - تقرر أن ترد إلى الدول الأعضاء حصصها من رصيد الفترة المالية المنتهية في 30 حزيران/يونيه 2028، وفقا لقرار الجمعية العامة 70/5؛\n";
        assert_eq!(brief(text, "2028-01-10"), ["¶12 الجمعية العامة"]);
    }

    #[test]
    fn a_ruling_that_a_measure_is_void_asks_no_one() {
        // "تقرر أن قرار X ... باطل ولاغ": the body finds a measure void; "قرار" is no actor.
        let text = "إن مجلس البساتين،\n\n1 - يقرر أن قرار الشركة ضم المراعي إلى أراضيها إجراء غير مشروع فهو باطل ولاغ؛\n\n2 - يطلب إلى الأمين العام أن يقدم إليه تقريرا عن المراعي؛\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶2 الأمين العام"]);
    }

    #[test]
    fn a_record_decision_after_its_meeting_above_an_agenda_and_a_moved_session() {
        // "في الجلسة ... المعقودة في D، قرر X الموافقة على تغيير مواعيد ...": the record's
        // decision after its meeting's comma is read though the page numbers an agenda item
        // after it; agreeing to move its own session is the body's act; "المجلس الزراعي
        // والمائي" keeps its second adjective.
        let text = "في الجلسة الثالثة المعقودة في 9 آذار/مارس 2026، قرر المجلس الزراعي والمائي الموافقة على تغيير مواعيد دورته السنوية من أيار إلى حزيران 2026.\n\nجدول أعمال الدورة\n\n1 - انتخاب أعضاء المكتب\n";
        assert_eq!(brief(text, "2026-03-09"), ["¶- المجلس الزراعي والمائي"]);
    }

    #[test]
    fn instructions_issued_to_an_actor_ask_it() {
        // "أصدر X تعليمات إلى Y بـ ...", "وأصدر تعليماته إلى Y بـ ...": Y is asked; a
        // statement issued to the press asks no one.
        let text = "وأصدر المجلس تعليمات إلى الأمين العام بتشكيل فريق للري. ثم أصدر المجلس تعليماته إلى مدير البساتين بزراعة الأشجار. وأصدر المجلس بيانا إلى الصحفيين.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 الأمين العام", "¶1 مدير البساتين"]
        );
    }

    #[test]
    fn letter_items_with_a_closing_bracket_only_are_items_and_a_cut_sentence_still_asks() {
        // "ب) ..." in a block without blank lines marks an item as "(ب)" does; the excerpt
        // cuts the item after "، و" and its request stands. A letter heading a group of
        // numbered items ("أ) ...:") is no item of its own.
        let text = "إن مجلس البساتين يعرب عن قلقه من جفاف الآبار.\nأ) يؤكد المجلس أهمية الري المنتظم.\nب) يطلب من المدير التنفيذي إعداد خطة لحفر آبار جديدة كي تروي المزارع ، و\n";
        assert_eq!(brief(text, "2030-01-20"), ["¶1 المدير التنفيذي"]);
        let heading = "يقرر مجلس البساتين ما يلي:\nأ) بالنسبة للمشاتل:\n1 - يطلب من المدير التنفيذي زراعة الأشجار.\n";
        assert_eq!(brief(heading, "2030-01-20"), ["¶1 المدير التنفيذي"]);
    }

    #[test]
    fn an_obligation_on_an_actor_asks_it_also_after_a_condition() {
        // "فعلى X أن ..." (the answer of "إذا ...") and "على X أن ..." opening an item ask X;
        // "قرر أنه يجب على X أن" stays one mandate.
        let text = "إن مجلس البساتين،\n\n1 - إذا قررت البلديات إرسال بعثة إلى الوادي فعلى المدير التنفيذي أن يختار من يمثل المجلس فيها.\n\n2 - على اللجنة الزراعية أن تقدم تقريرا عن الري.\n\n3 - يقرر أنه يجب على الأمين العام أن يحدد موعد الحصاد.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            ["¶1 المدير التنفيذي", "¶2 اللجنة الزراعية", "¶3 الأمين العام"]
        );
    }

    #[test]
    fn whoever_names_a_founded_committee_s_members_is_asked_and_thanks_under_a_decision_ask_no_one()
    {
        // "يقرر إنشاء لجنة ...، تضم خبراء يختارهم X ...": the body's act, and X's task;
        // "وقرر: 1. تقديم الشكر إلى ..." thanks.
        let text = "إن مجلس البساتين،\n\n4 - يقرر إنشاء لجنة للري يرأسها المدير التنفيذي، وتضم خمسة خبراء يختارهم المدير التنفيذي بالتشاور مع البلديات.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            ["¶4 مجلس البساتين", "¶4 المدير التنفيذي"]
        );
        let thanks = "اطلع مجلس البساتين على تقرير المدير التنفيذي، وقرر:\n\n1. تقديم الشكر إلى الأمانة العامة للجهود التي تبذلها في الري.\n";
        assert!(brief(thanks, "2030-01-20").is_empty());
    }

    #[test]
    fn a_verbal_noun_after_a_general_title_is_the_act_not_the_name() {
        // "الأمين العام التنسيق مع ...", "المدير العام الإسراع في ...": the act; an
        // adjective ("المساعد") stays in the name.
        let text = "إن مجلس البساتين،\n\n1 - يطلب من الأمين العام التنسيق مع البلديات بشأن الري.\n\n2 - يطلب من المدير العام الإسراع في حفر الآبار.\n\n3 - يطلب من الأمين العام المساعد إعداد دراسة.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            [
                "¶1 الأمين العام",
                "¶2 المدير العام",
                "¶3 الأمين العام المساعد"
            ]
        );
    }

    #[test]
    fn a_month_with_year_after_its_word_for_year_is_dated_and_a_meeting_s_day_is_not() {
        // "مطلع شهر آذار عام 2031": early in that month; "الاجتماع الذي عقد في D": the day
        // a meeting was held, told, no deadline of the call beside it.
        let text =
            "خبر\n\nقرر مجلس البساتين عقد اجتماع للمزارعين مطلع شهر آذار عام 2031 في الوادي.\n";
        assert_eq!(brief(text, "2030-11-02"), ["¶2 مجلس البساتين due=2031-03"]);
        let held = "خبر\n\nودعا مجلس البساتين إلى حماية الآبار من التلوث، وأشاد بنتائج الاجتماع الذي عقد في 3 آذار 2031 في الوادي.\n";
        assert_eq!(brief(held, "2031-03-03"), ["¶2 جميع الدول"]);
    }

    #[test]
    fn leaders_after_their_honorific_decide_and_their_later_plural_decision_is_theirs() {
        // "قرر أصحاب السمو والفخامة رؤساء ..." names the leaders after the honorific; the
        // honorific alone later, and "وقرروا / رعاهم الله /", stand for them, not for a
        // summit named after a preposition or between slashes.
        let text = "خبر\n\nقرر أصحاب السمو والفخامة قادة دول اتحاد البساتين في لقائهم السنوي الإسراع في حفر الآبار تمهيدا لعرضها في / قمة الوادي / . كما قرر أصحاب السمو والفخامة تكليف الأمانة العامة لاتحاد البساتين بإعداد خطة للري وقرروا / رعاهم الله / متابعة زراعة النخيل.\n";
        assert_eq!(
            brief(text, "2031-02-01"),
            [
                "¶2 قادة دول اتحاد البساتين",
                "¶2 الأمانة العامة",
                "¶2 قادة دول اتحاد البساتين"
            ]
        );
    }

    #[test]
    fn a_directive_that_a_thing_be_done_asks_its_agent_or_all_concerned() {
        // "ووجهوا بأن يتم ..." names no one (all concerned); "من قبل X" names the agent;
        // "ووجه المجلس بمضاعفة ..." directs a verbal noun, "بالشكر" thanks.
        let text = "خبر\n\nدعا مجلس البساتين إلى حماية الآبار ووجهوا بأن يتم حفر آبار جديدة في الوادي.\n\nووجه المجلس بأن يجري تنظيف القنوات من قبل اللجنة الزراعية.\n\nورحب المجلس بالمطر ووجه المجلس بمضاعفة زراعة القمح ووجه بالشكر إلى المزارعين ووجه المجلس برئاسة الوادي تحيته للمزارعين.\n";
        assert_eq!(
            brief(text, "2031-02-01"),
            [
                "¶2 جميع الدول",
                "¶2 جميع الدول",
                "¶3 اللجنة الزراعية",
                "¶4 جميع الدول"
            ]
        );
    }

    #[test]
    fn before_a_session_convenes_and_before_this_year_s_end_are_deadlines() {
        // "قبل انعقاد الدورة العاشرة" is due before that meeting; "قبل نهاية العام الجاري"
        // on the adoption year's last day; "حتى نهاية العام الحالي" extends, no deadline.
        let text = "خبر\n\nقرر مجلس البساتين تكليف اللجنة الزراعية بإعداد دراسة قبل انعقاد الدورة العاشرة للمجلس.\n\nوطلب المجلس من الأمانة إنجاز الخطة قبل نهاية العام الجاري.\n\nوقرر المجلس تمديد ولاية اللجنة الزراعية حتى نهاية العام الحالي.\n";
        let got = brief(text, "2031-02-01");
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].starts_with("¶2 اللجنة الزراعية due="), "{got:?}");
        assert!(got[0].contains("(الدورة العاشرة للمجلس)"), "{got:?}");
        assert_eq!(got[1], "¶3 الأمانة due=2031-12-31");
        assert_eq!(got[2], "¶4 المجلس");
    }

    #[test]
    fn a_decision_that_admits_a_member_is_done_there_and_then() {
        let text = "إن جمعية البساتين،\n\nوقد نظرت في طلب الوادي الأخضر،\n\nتقرر قبول انضمام الوادي الأخضر إلى عضوية جمعية البساتين.\n";
        assert!(brief(text, "2031-02-01").is_empty());
    }
}
