//! Operative-verb classifier: finds the verbs of [`table::VERBS`] that open a clause of a
//! sentence, and cuts the sentence into those clauses.

use std::sync::LazyLock;

use super::table::{self, Kind};
use crate::words::{Token, first_token, fold, tokens};

/// A verb that opens a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub kind: Kind,
    /// The form as matched, folded ("called on").
    pub form: String,
    /// Byte range of the verb form in the sentence.
    pub start: usize,
    pub end: usize,
    /// "Member States are invited to ...": the actor is the subject, before the verb.
    pub passive: bool,
}

/// Every form, longest first, with its kind. A form listed as a preambular participle
/// and as another verb ("welcoming") counts as preambular.
static FORMS: LazyLock<Vec<(Vec<&'static str>, Kind)>> = LazyLock::new(|| {
    let mut forms: Vec<(Vec<&str>, Kind)> = Vec::new();
    for verb in table::VERBS {
        for form in verb.forms {
            let words: Vec<&str> = form.split(' ').collect();
            match forms.iter_mut().find(|(w, _)| *w == words) {
                Some(entry) if verb.kind == Kind::Preamble => entry.1 = Kind::Preamble,
                Some(_) => {}
                None => forms.push((words, verb.kind)),
            }
        }
    }
    forms.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    forms
});

/// The form of a known verb starting at token `i`, if any.
fn form_at(sentence: &str, toks: &[Token], i: usize) -> Option<(usize, Kind)> {
    if let Some(n) = demand_for_made_anew(toks, i) {
        return Some((n, Kind::Addressed));
    }
    FORMS
        .iter()
        .find_map(|(words, kind)| {
            let n = words.len();
            (i + n <= toks.len() && toks[i..i + n].iter().zip(words).all(|(t, w)| t.word == *w))
                .then_some((n, *kind))
        })
        .or_else(|| called_name_to(sentence, toks, i).then_some((1, Kind::Addressed)))
        .or_else(|| split_call_at(toks, i))
}

/// "The communique called Syrians to reach a solution", "calls Member States to ...": a
/// call with no "on", its addressee a name (capitalised words) and an infinitive after it,
/// as news copy and translations write it. Not "a group called Friends of X", where the verb
/// names a thing.
fn called_name_to(sentence: &str, toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].word.as_str(), "called" | "calls" | "calling") {
        return false;
    }
    if i > 0 && table::NAMING_CALLED_BEFORE.contains(&toks[i - 1].word.as_str()) {
        return false;
    }
    let capital = |k: usize| {
        toks.get(k)
            .and_then(|t| sentence[t.start..].chars().next())
            .is_some_and(char::is_uppercase)
    };
    // "CALLS UPON Member States": a call's particle in capitals is no name.
    if !capital(i + 1) || matches!(toks[i + 1].word.as_str(), "on" | "upon" | "for" | "all") {
        return false;
    }
    // The name: capitalised words, "of" and "and" inside it, up to "to".
    let Some(to) = (i + 2..i + 7).find(|&k| {
        toks.get(k).is_none_or(|t| t.word == "to")
            || !(capital(k) || matches!(toks[k].word.as_str(), "of" | "and"))
    }) else {
        return false;
    };
    let verb_after = toks.get(to + 1).is_some_and(|t| {
        !matches!(
            t.word.as_str(),
            "the" | "a" | "an" | "its" | "their" | "account" | "order"
        )
    }) && !capital(to + 1);
    // No punctuation inside the name.
    let inside = toks.get(to).map_or(sentence.len(), |t| t.start);
    toks.get(to).is_some_and(|t| t.word == "to")
        && verb_after
        && !sentence[toks[i + 1].start..inside].contains([',', ';', ':', '.'])
}

/// "reiterates the Orchard Union demand for the growers to cease ...", "renewed its demand
/// for X to ...": a demand made anew, whoever's it is named as, asks the X after "for"
/// when an infinitive follows it. The words up to "for" are the verb's form.
fn demand_for_made_anew(toks: &[Token], i: usize) -> Option<usize> {
    let verb = toks.get(i)?;
    if !matches!(
        verb.word.as_str(),
        "reiterates" | "reiterated" | "reiterating" | "renews" | "renewed" | "renewing"
    ) {
        return None;
    }
    if !matches!(
        toks.get(i + 1)?.word.as_str(),
        "the" | "its" | "their" | "his" | "her"
    ) {
        return None;
    }
    let noun = (i + 2..=i + 5)
        .take_while(|&k| toks.get(k).is_some())
        .find(|&k| matches!(toks[k].word.as_str(), "demand" | "demands"))?;
    if toks.get(noun + 1)?.word != "for" {
        return None;
    }
    // "... demand for X to <verb>": the addressee then its infinitive, a few words on.
    let to = toks.iter().skip(noun + 3).take(8).any(|t| t.word == "to");
    to.then_some(noun + 2 - i)
}

/// "Calls also upon X to ...", "calls further on X to ...", "called this evening for
/// ...", "called here today on X to ...": an adverb or a time phrase set between the verb
/// and its particle leaves the call whole; the words are read as "calls upon" or "calls
/// for".
fn split_call_at(toks: &[Token], i: usize) -> Option<(usize, Kind)> {
    let verb = toks.get(i)?;
    if !matches!(verb.word.as_str(), "calls" | "called" | "call" | "calling") {
        return None;
    }
    let between = toks
        .iter()
        .skip(i + 1)
        .take(3)
        // "Ministers called Sunday for ...": a news report's weekday between verb and particle.
        .take_while(|t| {
            CALL_ASIDES.contains(&t.word.as_str()) || table::WEEKDAYS.contains(&t.word.as_str())
        })
        .count();
    let particle = toks.get(i + 1 + between)?;
    let kind = match particle.word.as_str() {
        "upon" | "on" => Kind::Addressed,
        "for" => Kind::Unaddressed,
        _ => return None,
    };
    // "this" is a time phrase only with its noun ("this evening").
    let time = |t: &Token| TIME_NOUNS.contains(&t.word.as_str());
    let stray_this = toks[i + 1..i + 1 + between]
        .iter()
        .enumerate()
        .any(|(k, t)| t.word == "this" && !toks.get(i + 2 + k).is_some_and(time));
    (between > 0 && !stray_this).then_some((between + 2, kind))
}

/// The words that may stand between "calls" and its particle.
const CALL_ASIDES: &[&str] = &[
    "also",
    "further",
    "again",
    "once",
    "more",
    "here",
    "today",
    "yesterday",
    "tonight",
    "this",
    "morning",
    "afternoon",
    "evening",
    "week",
];
const TIME_NOUNS: &[&str] = &["morning", "afternoon", "evening", "week"];

/// The form as matched with an adverb between verb and particle left out ("calls also
/// upon" → "calls upon"), so that what is keyed on the form reads it as listed.
fn form_words(toks: &[Token]) -> String {
    let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
    match words.as_slice() {
        [verb, .., particle] if split_call_at(toks, 0).is_some_and(|(n, _)| n == words.len()) => {
            format!("{verb} {particle}")
        }
        _ => words.join(" "),
    }
}

/// "call on X to ..." → "calls on X to ...": an item under "Decides:" written as an
/// infinitive ("1- To call on ...") read as the operative paragraph it stands for. None
/// when the item does not open with a known verb.
pub fn third_person(item: &str) -> Option<String> {
    let toks = tokens(item);
    // "To further request the Secretary General to ...": an adverb before the verb, left
    // out ("requests the Secretary General to ...").
    let skip = usize::from(toks.len() > 1 && table::ADVERBS.contains(&toks[0].word.as_str()));
    let toks = &toks[skip..];
    let first = toks.first()?;
    for suffix in ["s", "es"] {
        let mut words: Vec<String> = toks.iter().take(4).map(|t| t.word.clone()).collect();
        words[0] = format!("{}{suffix}", first.word);
        let known = FORMS.iter().any(|(form, _)| {
            form.len() <= words.len() && form.iter().zip(&words).all(|(f, w)| *f == w.as_str())
        });
        if known {
            return Some(format!(
                "{}{suffix}{}",
                &item[first.start..first.end],
                &item[first.end..]
            ));
        }
    }
    None
}

/// The verbs that open clauses in `sentence`. A verb opens a clause at the start of the
/// sentence, after punctuation, after a conjunction or after a subject ("the Council
/// requested"); elsewhere it is a noun or part of a relative clause and is skipped.
pub fn triggers(sentence: &str) -> Vec<Trigger> {
    let toks = tokens(sentence);
    let mut out = Vec::new();
    let mut i = 0;
    // The token after the last verb that opened a clause.
    let mut since = 0;
    while i < toks.len() {
        let Some((n, kind)) = form_at(sentence, &toks, i) else {
            i += 1;
            continue;
        };
        let start = toks[i].start;
        let end = toks[i + n - 1].end;
        let form = form_words(&toks[i..i + n]);
        let position = clause_position(sentence, &toks, i, kind, &form, since);
        if matches!(position, Position::Opens) {
            since = i + n;
        }
        match position {
            Position::Opens => out.push(Trigger {
                kind,
                form,
                start,
                end,
                passive: false,
            }),
            Position::Passive if kind == Kind::Addressed => out.push(Trigger {
                kind,
                form,
                start,
                end,
                passive: true,
            }),
            _ => {}
        }
        i += n;
    }
    out.retain(|t| !takes_no_object(sentence, t));
    out
}

/// Where the verb at token `i` stands in its clause: the position its surroundings give it,
/// corrected for the cases where it opens a clause or sits inside one regardless.
/// `since` is the token after the last verb that opened a clause.
fn clause_position(
    sentence: &str,
    toks: &[Token],
    i: usize,
    kind: Kind,
    form: &str,
    since: usize,
) -> Position {
    let position = position(sentence, toks, i);
    // "He called on X to ...": a request of a pronoun opening the sentence opens a clause;
    // the builder tells a speaker's words (dropped) from the body's in a report that names
    // no speaker.
    if matches!(kind, Kind::Addressed | Kind::Unaddressed)
        && since == 0
        && matches!(
            toks[..i]
                .iter()
                .map(|t| t.word.as_str())
                .collect::<Vec<_>>()
                .as_slice(),
            ["he" | "she"] | ["he" | "she", "also" | "further" | "then"]
        )
        && !sentence[..toks[i].start].contains([',', ';', ':'])
    {
        return Position::Opens;
    }
    // "to condemn X and call for Y": an infinitive going on, unless "; and" follows a view
    // in a sentence that opens with "We".
    let and_call = form.starts_with("and ") && !we_after_semicolon(sentence, toks, i);
    if official_appeal(toks, i, kind, &position)
        || appositive_official(sentence, toks, i, kind)
        || office_before_name(sentence, toks, i, kind)
        || member_delegate(sentence, toks, i, kind)
        || objector_calls(toks, i, kind)
        || modal_governs_commit(toks, i, form, since)
        || committed_to_no_act(sentence, toks, i, form)
        || relative_goes_on(sentence, toks, i, since)
        || and_call
        || speaker_said_and(toks, i, kind)
        || lists_contents(toks, i, since)
        || inverted_condition(sentence, toks, i, kind)
        || quoted_provision(sentence, toks, i, kind, since)
        || quoted_infinitive(sentence, toks, i)
        || report_holds(sentence, toks, i, kind)
        || as_pronoun_did(toks, i)
        || suggested_content(toks, i, kind, since)
        || pluperfect_speech_modal(toks, i, kind, since)
    {
        Position::Inside
    } else if since == 0 && headline_passive(sentence, toks, i, form) {
        Position::Passive
    } else if (since == 0 && document_subject(sentence, toks, i, kind))
        || opens_regardless(sentence, toks, i, kind, form, &position, since)
    {
        Position::Opens
    } else if qualifying_participle(sentence, toks, i) {
        Position::Inside
    } else if kind == Kind::Preamble
        && i > 0
        && table::ASIDE_FORMS.contains(&form)
        && !toks[since..i].iter().any(|t| t.word == "to")
    {
        // "Invites the Office, mindful of the provisions of ..., to facilitate ...": an
        // aside between the addressee and its "to", not a clause of its own. After the
        // "to" ("Decides to apportion ..., taking into account ...") it ends the clause.
        Position::Inside
    } else if kind == Kind::Preamble && !opens_sentence(sentence, toks, i) {
        // "the authorities concerned in ...": a participle after a noun qualifies it;
        // a preambular paragraph opens with its participle.
        Position::Inside
    } else {
        position
    }
}

/// "Urges the parties, should the talks stall, to seek ...", "Should the parties fail to
/// agree, the matter may be referred ...": "should" before its own subject is a condition
/// (the subject follows it), not a duty of what comes before.
fn inverted_condition(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    kind == Kind::Obliges
        && toks[i].word == "should"
        && (i == 0 || sentence[..toks[i].start].trim_end().ends_with(','))
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.word.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "any"
                    | "they"
                    | "it"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "such"
                    | "either"
                    | "one"
                    | "there"
                    | "he"
                    | "she"
                    | "we"
            )
        })
}

/// "Recalls article 4 of the Convention, which provides that States parties shall ...": a
/// provision's words, quoted, ask nothing of this text's readers.
fn quoted_provision(sentence: &str, toks: &[Token], i: usize, kind: Kind, since: usize) -> bool {
    kind == Kind::Obliges
        && toks
            .get(since)
            .filter(|_| since < i)
            .is_some_and(|t| QUOTED_PROVISION.is_match(&sentence[t.start..toks[i].start]))
}

/// "which provides that X", "article 14 of the Statute stipulates that X": a provision's
/// that-clause, its subject before the modal. "Resolution 1234 provides that all States
/// should ...": an earlier instrument named by its number says what it asked, in its
/// time; the text that recounts it asks nothing anew.
static QUOTED_PROVISION: LazyLock<regex::Regex> = LazyLock::new(|| {
    let says = r"(?:provides|provided|stipulates|stipulated|states|stated|specifies|specified|prescribes|prescribed|lays\s+down|sets\s+out|reads)";
    regex::Regex::new(&format!(
        r"(?i)(?:\b(?:which|that|whereby)\s+{says}|\b(?:article|articles|paragraph|section|rule|clause|provision|provisions)\s+[^,;]{{0,60}}?\b{says}|\b(?:resolution|decision)\s+\d[\d/.()\s]*\s+{says})\s+(?:inter\s+alia\s+)?that\s+[^;]*$"
    ))
    .expect("valid regex")
});

/// "Shares the idea of the Seed Group that the Keeper should call a meeting ...": a modal
/// in the that-clause a suggestion, proposal or idea opens says what another put forward;
/// the body's clause takes a view of it and asks nothing itself.
fn suggested_content(toks: &[Token], i: usize, kind: Kind, since: usize) -> bool {
    if kind != Kind::Obliges || since == 0 || since >= i {
        return false;
    }
    let Some(that) = (since..i).rev().find(|&k| toks[k].word == "that") else {
        return false;
    };
    i - that <= 8
        && (that.saturating_sub(5).max(since)..that).any(|k| {
            matches!(
                toks[k].word.as_str(),
                "suggestion" | "suggestions" | "proposal" | "proposals" | "idea"
            )
        })
}

/// "Keeper Ann Smith had urged the growers should plant ...": a modal in what a speaker had
/// said or urged (a pluperfect verb of speech or request before it) tells of another's
/// words, no duty the text sets.
fn pluperfect_speech_modal(toks: &[Token], i: usize, kind: Kind, since: usize) -> bool {
    kind == Kind::Obliges
        && since < i
        && toks[since..i].windows(2).any(|w| {
            w[0].word == "had"
                && (table::SPEECH_VERBS.contains(&w[1].word.as_str())
                    || table::HEADLINE_PASSIVE_VERBS.contains(&w[1].word.as_str()))
        })
}

/// "Calls upon X to keep its pledges, as it agreed to do in its letter, and to ...": a
/// clause of manner after "as" and a pronoun recalls what the addressee did; its verb
/// opens no clause of its own, and what follows it goes on with the request.
fn as_pronoun_did(toks: &[Token], i: usize) -> bool {
    i >= 2
        && toks[i - 2].word == "as"
        && matches!(
            toks[i - 1].word.as_str(),
            "it" | "they" | "he" | "she" | "we"
        )
}

/// "The final report is to include the findings ...", "Each report is to contain ...":
/// what a report holds, its own subject before "is to" and a verb of content; no one is
/// asked by it (who writes the report is asked where the report is asked for).
fn report_holds(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    kind == Kind::Obliges
        && matches!(toks[i].word.as_str(), "is" | "are")
        && REPORT_HOLDS.is_match(&sentence[..toks[i].start])
        && toks.get(i + 2).is_some_and(|t| {
            matches!(
                t.word.as_str(),
                "include" | "contain" | "cover" | "reflect" | "address" | "comprise" | "set"
            )
        })
}

/// A sentence's subject that is a report or a like document, with at most three words
/// before its noun ("The final report", "Each of the reports").
static REPORT_HOLDS: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)^\s*(?:[\w-]+\s+){0,3}(?:report|reports|update|updates|study|studies|note|notes|plan|plans)\s*$")
        .expect("valid regex")
});

/// Whether the verb at token `i` opens a clause whatever `position` its surroundings give it.
fn opens_regardless(
    sentence: &str,
    toks: &[Token],
    i: usize,
    kind: Kind,
    form: &str,
    position: &Position,
    since: usize,
) -> bool {
    // "Azerbaijan offered to ...": a named subject's offer.
    let named_subject = kind == Kind::Offers
        && i >= 1
        && sentence[toks[i - 1].start..].starts_with(char::is_uppercase);
    // "Leaders took a decisive step by directing their Council to ...": the means a report
    // names is the request.
    let by_participle = kind == Kind::Addressed
        && toks[i].word.ends_with("ing")
        && i >= 1
        && toks[i - 1].word == "by";
    impersonal_decision(toks, i, kind, position)
        || named_subject
        || while_participle(toks, i, kind)
        || while_request(toks, i, kind)
        || by_participle
        || (kind != Kind::Preamble && adopted_text_participle(toks, i))
        || issued_text(toks, i)
        // "The summit concluded with a call for ...": the call the meeting ends on.
        || form.starts_with("with a")
        || subject_then_modal(sentence, toks, i, kind)
        || said_then_modal(sentence, toks, i, kind)
        || subject_from_place(sentence, toks, i, kind)
        || subject_then_venue(sentence, toks, i, kind)
        || (kind == Kind::Addressed && directing_participle(toks, i))
        || missing_and_call(sentence, toks, i, form, since)
}

/// "The ministers condemned the crimes in X and Y called on the world to take ...": a news copy's
/// second past verb with its "and" left out; "called on / upon" after the object of the
/// clause's opening past verb, no punctuation between, opens a clause of its own.
fn missing_and_call(sentence: &str, toks: &[Token], i: usize, form: &str, since: usize) -> bool {
    matches!(form, "called on" | "called upon")
        && since >= 2
        && since < i
        && toks[since - 1].word.ends_with("ed")
        && !toks[since..i].iter().any(|t| {
            table::RELATIVE_WORDS.contains(&t.word.as_str())
                || table::PASSIVE_AUX.contains(&t.word.as_str())
                || matches!(t.word.as_str(), "to" | "who")
        })
        && !matches!(toks[i - 1].word.as_str(), "and" | "or")
        && !(since..i).any(|k| punct_between(sentence, toks, k))
}

/// "It was decided that ...": the body decided.
/// "whenever it is decided to hold a session, ...": a condition, not a decision.
fn impersonal_decision(toks: &[Token], i: usize, kind: Kind, position: &Position) -> bool {
    let conditional = i >= 3 && {
        let w = toks[i - 3].word.as_str();
        table::CLAUSE_ASIDE_OPENERS.contains(&w) || matches!(w, "when" | "where" | "as")
    };
    kind == Kind::Decides
        && i >= 2
        && toks[i - 2].word == "it"
        && !conditional
        && matches!(position, Position::Passive)
}

/// "Urges all Member States requesting exemption to ...": a participle right after a
/// noun qualifies it; one after a comma or a conjunction ("..., urging X to") opens.
fn qualifying_participle(sentence: &str, toks: &[Token], i: usize) -> bool {
    toks[i].word.ends_with("ing")
        && !opens_sentence(sentence, toks, i)
        && !matches!(toks[i - 1].word.as_str(), "and" | "but" | "or" | "while")
}

/// "While urging the Movements to sign ..., they threatened ...": a participle after
/// a sentence's opening "while" or "whilst" opens a clause of its own (not "X, while
/// taking note of ..., to ...", an aside).
fn while_participle(toks: &[Token], i: usize, kind: Kind) -> bool {
    toks[i].word.ends_with("ing")
        && i == 1
        && matches!(toks[0].word.as_str(), "while" | "whilst")
        && kind != Kind::Preamble
}

/// "..., maintaining its troops while requesting that the Secretary-General ...": a
/// press release's request in a participle after "while" goes on the sentence.
/// "..., while also demanding that ...": an adverb between changes nothing.
fn while_request(toks: &[Token], i: usize, kind: Kind) -> bool {
    let while_before = (i >= 1 && toks[i - 1].word == "while")
        || (i >= 3
            && matches!(toks[i - 1].word.as_str(), "also" | "further")
            && toks[i - 2].word == "while");
    // "condemned the detention of X while calling for his immediate release": a call
    // naming nobody goes on the sentence as a request to a named actor does.
    toks[i].word.ends_with("ing")
        && i >= 2
        && while_before
        && matches!(kind, Kind::Addressed | Kind::Unaddressed)
}

/// "the Committee released a closing communique calling for ...": the call of a text the
/// meeting issues now (not "recalling its resolution calling for ...", a past one).
fn issued_text(toks: &[Token], i: usize) -> bool {
    toks[i].word.ends_with("ing")
        && i >= 3
        && matches!(
            toks[i - 1].word.as_str(),
            "communique" | "communiqué" | "statement" | "declaration"
        )
        && toks[i.saturating_sub(5)..i - 1]
            .iter()
            .any(|t| matches!(t.word.as_str(), "issued" | "released" | "adopted"))
}

/// "Key points of the resolution include condemning X, ..., and urging Y to ...": the
/// contents a report lists, not a request of its own.
fn lists_contents(toks: &[Token], i: usize, since: usize) -> bool {
    toks[i].word.ends_with("ing")
        && toks[since..i]
            .iter()
            .any(|t| matches!(t.word.as_str(), "include" | "includes" | "included"))
}

/// "..., the High Commissioner urged the Council to ...": in a report, an official's
/// own past-tense appeal is what they said, not the body's request.
fn official_appeal(toks: &[Token], i: usize, kind: Kind, position: &Position) -> bool {
    kind == Kind::Addressed
        && i >= 1
        && toks[i].word.ends_with("ed")
        && table::SPEAKER_TITLES.contains(&toks[i - 1].word.as_str())
        && matches!(position, Position::Opens)
}

/// "Jane Doe, chairperson of the Union's Commission, called on X to ...": a person named
/// at the sentence's start, her office in an aside between commas right before the verb,
/// speaks for herself, not for the body whose meeting the page reports.
fn appositive_official(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    if !matches!(kind, Kind::Addressed | Kind::Unaddressed)
        || !toks[i].word.ends_with("ed")
        || i < 4
        || !punct_between(sentence, toks, i - 1)
    {
        return false;
    }
    // The name: two to four capitalised words, no article, then a comma.
    let Some(comma) = (1..i - 1).find(|&k| punct_between(sentence, toks, k - 1)) else {
        return false;
    };
    let name_ok = (2..=4).contains(&comma)
        && toks[..comma]
            .iter()
            .all(|t| sentence[t.start..].starts_with(char::is_uppercase))
        && !matches!(toks[0].word.as_str(), "the" | "a" | "an" | "this" | "its");
    let aside = &toks[comma..i];
    let office = aside
        .iter()
        .take(2)
        .any(|t| table::OFFICIAL_TITLES.contains(&t.word.as_str()));
    name_ok && office && aside.len() <= 10 && sentence[..toks[0].start].trim().is_empty()
}

/// "Eastland's President and current chair of the Union, Jane Doe, again urged X to ...,
/// and called for ...": a head of state's office before her name, the name between
/// commas, then (adverbs and) the verb: she speaks for herself, in that verb and in one
/// joined to it by "and", not for the body whose meeting the page reports.
fn office_before_name(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    if !matches!(kind, Kind::Addressed | Kind::Unaddressed)
        || i < 4
        || !sentence[..toks[0].start].trim().is_empty()
    {
        return false;
    }
    let commas: Vec<usize> = (1..i)
        .filter(|&k| punct_between(sentence, toks, k - 1))
        .collect();
    let [c1, c2, ..] = commas[..] else {
        return false;
    };
    let office = c1 <= 10
        && toks[..c1]
            .iter()
            .any(|t| table::OFFICIAL_TITLES.contains(&t.word.as_str()))
        && !toks[..c1]
            .iter()
            .any(|t| table::RELATIVE_WORDS.contains(&t.word.as_str()));
    let name = (2..=4).contains(&(c2 - c1))
        && toks[c1..c2]
            .iter()
            .all(|t| sentence[t.start..].starts_with(char::is_uppercase));
    let mut v = c2;
    while v < i && table::ADVERBS.contains(&toks[v].word.as_str()) {
        v += 1;
    }
    let joined = v < i
        && toks[i - 1].word == "and"
        && toks[v..i - 1]
            .iter()
            .all(|t| !table::RELATIVE_WORDS.contains(&t.word.as_str()));
    office
        && name
        && toks[v].word.ends_with("ed")
        && toks[i].word.ends_with("ed")
        && (v == i || joined)
}

/// "A joint statement adopted by the ministers of A, B and C calls on X to ...": a
/// document the sentence opens with, then who adopted it (ending in a name), then its
/// present-tense verb: the verb opens the clause, as after a body's noun.
static DOCUMENT_SUBJECT: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^\s*(?:An?|The)\s+(?:(?:joint|final|closing)\s+)?(?:statement|communiqu[eé]|declaration)\s+(?:issued|adopted|released)\s+by\s+[^.;:]*$")
        .expect("valid regex")
});

fn document_subject(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    matches!(kind, Kind::Addressed | Kind::Unaddressed)
        && i > 0
        && toks[i].word.ends_with('s')
        && sentence[toks[i - 1].start..].starts_with(char::is_uppercase)
        && DOCUMENT_SUBJECT.is_match(&sentence[..toks[i].start])
        && !toks[..i]
            .iter()
            .any(|t| table::RELATIVE_WORDS.contains(&t.word.as_str()))
}

/// "Westvale's delegate rejected the statement and asked for ...", "the representative of
/// Eastland urged ...": a member's delegate or representative, the sentence's subject,
/// speaks for his government, in his verb and in one joined to it by "and", not for the
/// body whose meeting the page reports.
static MEMBER_DELEGATE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^\s*(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+(?:delegate|delegation|representative|envoy)|[Tt]he\s+(?:delegate|representative)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}?)\s*(?:\w+ly\s+)?\p{Ll}+ed\b")
        .expect("valid regex")
});

fn member_delegate(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    if !matches!(kind, Kind::Addressed | Kind::Unaddressed) {
        return false;
    }
    let Some(m) = MEMBER_DELEGATE.find(&sentence[..toks[i].end]) else {
        return false;
    };
    let between = &sentence[m.end().min(toks[i].start)..toks[i].start];
    !between.contains(['.', ';', ':'])
        && !tokens(between)
            .iter()
            .any(|t| table::RELATIVE_WORDS.contains(&t.word.as_str()) || t.word == "said")
}

/// "Ruritania reiterated its objection to X, and called for talks": a subject that records
/// its own objection or reservation is a member dissenting from the body, so its call in
/// the same sentence is its own, not the body's.
fn objector_calls(toks: &[Token], i: usize, kind: Kind) -> bool {
    matches!(kind, Kind::Addressed | Kind::Unaddressed)
        && toks[..i].windows(2).any(|w| {
            matches!(w[0].word.as_str(), "its" | "their")
                && table::DISSENT_NOUNS.contains(&w[1].word.as_str())
        })
}

/// "... requires that the growers shall plant, share water and commit to joint
/// harvests": a bare "commit" in a list a modal governs goes on that obligation.
fn modal_governs_commit(toks: &[Token], i: usize, form: &str, since: usize) -> bool {
    form == "commit"
        && toks[since..i]
            .iter()
            .any(|t| matches!(t.word.as_str(), "shall" | "should" | "must"))
        && !toks[since..i].iter().any(|t| t.word == "we")
}

/// "opened by the Chairperson, who welcomed the participants and invited them to ...": a
/// past verb after "and" goes on the relative clause a past verb right after "who" or
/// "which" opened, a few words back with no punctuation since: what that person or thing
/// did, not the body's request ("entities who knowingly facilitate ... and calls upon"
/// is no past).
fn relative_goes_on(sentence: &str, toks: &[Token], i: usize, since: usize) -> bool {
    if i < 3 || toks[i - 1].word != "and" || !toks[i].word.ends_with("ed") {
        return false;
    }
    let Some(rel) = (since.max(i.saturating_sub(12))..i - 1)
        .rev()
        .find(|&k| matches!(toks[k].word.as_str(), "who" | "which"))
    else {
        return false;
    };
    toks.get(rel + 1).is_some_and(|t| t.word.ends_with("ed"))
        && !(rel..i - 1).any(|k| punct_between(sentence, toks, k))
}

/// "all parties committed to peace to ...": a past "committed to" opens the body's own
/// commitment only before a gerund ("Leaders committed to strengthening ..."); before a
/// thing it describes the noun before it. Right after its subject only: a preamble's
/// "Committed to strengthening ...," or "..., committed to ..." is a participle.
fn committed_to_no_act(sentence: &str, toks: &[Token], i: usize, form: &str) -> bool {
    form == "committed to"
        && (i == 0
            || punct_between(sentence, toks, i - 1)
            || !toks
                .get(i + 2)
                .is_some_and(|t| t.word.len() > 5 && t.word.ends_with("ing")))
}

/// "... into the Community directing the council to conclude ...": a report's participle of
/// a directive, then its addressee with a determiner and its "to", opens a request of its
/// own (a qualifying participle, "Member States requesting exemption", names no one).
/// Not a gerund a verb or a preposition governs ("willingness to consider mandating X to").
fn directing_participle(toks: &[Token], i: usize) -> bool {
    let governed = i >= 1
        && matches!(
            toks[i - 1].word.as_str(),
            "consider" | "considering" | "of" | "for" | "in" | "by" | "about" | "without" | "to"
        );
    !governed
        && matches!(
            toks[i].word.as_str(),
            "directing" | "instructing" | "tasking" | "mandating"
        )
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.word.as_str(), "the" | "its" | "their"))
        && toks[i + 2..toks.len().min(i + 8)]
            .iter()
            .any(|t| t.word == "to")
}

/// "The Warden and the Board requested to submit proposals by June": a summary's passive
/// with its auxiliary dropped, the verb's past form straight before an infinitive. The
/// subject before it is asked (not "requested to be kept informed", the subject's own wish).
/// Only a request's verb, and only as the sentence's first verb: "the tasks entrusted to
/// him", "the mechanisms mandated to follow up" after a verb of its own qualify a noun.
fn headline_passive(sentence: &str, toks: &[Token], i: usize, form: &str) -> bool {
    let n = form.split(' ').count();
    let first = form.split(' ').next().unwrap_or_default();
    i >= 1
        && table::HEADLINE_PASSIVE_VERBS.contains(&first)
        && toks.get(i + n).is_some_and(|t| t.word == "to")
        && !punct_between(sentence, toks, i + n - 1)
        && toks.get(i + n + 1).is_some_and(|t| t.word != "be")
        && super::actor::has_actor_word(&sentence[..toks[i].start])
}

/// Whether token `i` opens the sentence or follows punctuation (adverbs aside).
fn opens_sentence(sentence: &str, toks: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0
        && table::ADVERBS.contains(&toks[j - 1].word.as_str())
        && !punct_between(sentence, toks, j - 1)
    {
        j -= 1;
    }
    j == 0 || punct_between(sentence, toks, j - 1)
}

enum Position {
    Opens,
    Passive,
    Inside,
}

/// "This came in a decision of ...," / "This came within a resolution issued by ...,": a news
/// report's formula for the text the meeting adopted, up to the "which" after it.
static CAME_IN_DECISION: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)^\s*this\s+came\s+(?:in|within|as\s+part\s+of)\s+(?:a|the)\s+(?:decision|resolution|statement|communiqu[eé])\b[^;.]{0,160},\s*$")
        .expect("valid regex")
});

/// "urged the parties to \"commit to dialogue\"": the verb is the infinitive of the request
/// before it, its opening quotation mark no clause's start.
fn quoted_infinitive(sentence: &str, toks: &[Token], i: usize) -> bool {
    i > 0 && toks[i - 1].word == "to" && {
        let between = sentence[toks[i - 1].end..toks[i].start].trim();
        !between.is_empty() && between.chars().all(|c| matches!(c, '"' | '“' | '‘'))
    }
}

fn position(sentence: &str, toks: &[Token], i: usize) -> Position {
    let j = before_verb(sentence, toks, i);
    if j == 0 || punct_between(sentence, toks, j - 1) {
        return Position::Opens;
    }
    let prev = toks[j - 1].word.as_str();
    if decision_was_to(toks, j)
        || after_place_apposition(sentence, toks, j, i)
        || participle_place_aside(sentence, toks, j, i)
    {
        return Position::Opens;
    }
    if reports_adopted_text(toks, j, i) || closing_text_which(toks, j) {
        return Position::Opens;
    }
    // "seeds for which the Board had asked for advice": the pluperfect tells of
    // an earlier act, not a request the text makes ("had" is skipped above as "has" is).
    if toks[..i].iter().rev().take(3).any(|t| t.word == "had") && j < i {
        return Position::Inside;
    }
    // "This came within a decision issued by the session, which tasked X with ...": the
    // decision a news report says the meeting's call came in is the meeting's own, and
    // so are the requests its relative clause tells.
    if prev == "which" && CAME_IN_DECISION.is_match(&sentence[..toks[j - 1].start]) {
        return Position::Opens;
    }
    if table::RELATIVE_WORDS.contains(&prev) {
        return Position::Inside;
    }
    // "a programme which can be recommended to the Director": what may be done with a
    // thing a relative clause describes, no request.
    let possible_in_relative = prev == "be"
        && j >= 3
        && matches!(toks[j - 2].word.as_str(), "can" | "could" | "may" | "might")
        && table::RELATIVE_WORDS.contains(&toks[j - 3].word.as_str());
    if possible_in_relative {
        return Position::Inside;
    }
    // "noted that the Secretariat had been requested to ...": a pluperfect passive tells of
    // an earlier request, as the active "had asked" does.
    if prev == "been" && j >= 2 && toks[j - 2].word == "had" {
        return Position::Inside;
    }
    if table::PASSIVE_AUX.contains(&prev) {
        if passive_in_described_setting(sentence, toks, j - 1) || planned_passive(toks, j - 1) {
            return Position::Inside;
        }
        return Position::Passive;
    }
    let raw = &sentence[toks[j - 1].start..toks[j - 1].end];
    let acronym = raw.len() >= 2 && raw.chars().all(|c| c.is_ascii_uppercase());
    // "the Organization of Islamic Cooperation called for ...": an organisation's name that
    // ends in a capitalised word of such names, not a head noun of its own.
    let org_name_end = table::ORG_NAME_WORDS.contains(&raw);
    if table::SUBJECT_WORDS.contains(&prev)
        || table::ACTOR_HEADS.contains(&prev)
        || acronym
        || org_name_end
        || holder_anaphor(sentence, toks, j)
    {
        return after_subject(toks, j);
    }
    Position::Inside
}

/// "underlines the importance of a culture in which staff are encouraged to report ...":
/// a passive inside a relative clause opened by a preposition ("in which", "under
/// which") tells what the setting it describes is like; it asks no one. `aux` is the
/// passive's auxiliary.
fn passive_in_described_setting(sentence: &str, toks: &[Token], aux: usize) -> bool {
    (aux.saturating_sub(6)..aux).rev().any(|m| {
        m >= 1
            && matches!(toks[m].word.as_str(), "which" | "whom")
            && matches!(
                toks[m - 1].word.as_str(),
                "in" | "under" | "by" | "through" | "within" | "with"
            )
            && (m..aux).all(|k| !punct_between(sentence, toks, k))
    })
}

/// "the resources envisaged to be proposed by the Keeper in the next budget": a passive
/// infinitive after a participle tells what is planned for the thing it describes; it
/// asks no one. `aux` is the passive's "be".
fn planned_passive(toks: &[Token], aux: usize) -> bool {
    aux >= 2
        && toks[aux].word == "be"
        && toks[aux - 1].word == "to"
        && (toks[aux - 2].word.ends_with("ed") || planned_thing(&toks[aux - 2].word))
}

/// "on a calendar to be recommended by the Board": a thing's noun before a passive
/// infinitive, which tells what is to be done with the thing (a plan, a list, a date), not
/// who is asked; an actor's noun there ("the Board to be invited") may be one asked.
fn planned_thing(word: &str) -> bool {
    table::PLANNED_THINGS.contains(&word)
}

/// "The official urged X to ...", "The Union's Commission chief further called on X
/// to ...": a report's short name, opening its sentence, for the office holder whose
/// statement it reports, is that statement's subject as "The Chairperson" is.
fn holder_anaphor(sentence: &str, toks: &[Token], j: usize) -> bool {
    (2..=5).contains(&j)
        && toks[0].word == "the"
        && table::HOLDER_NOUNS.contains(&toks[j - 1].word.as_str())
        && sentence[..toks[0].start].trim().is_empty()
        && toks[1..j - 1]
            .iter()
            .all(|t| sentence[t.start..].starts_with(char::is_uppercase))
}

/// The token after the word the verb at token `i` follows: linking phrases, adverbs and a
/// report's weekday between a subject and its verb skipped.
fn before_verb(sentence: &str, toks: &[Token], i: usize) -> usize {
    let mut j = skip_linking_phrase(sentence, toks, i);
    // Skip adverbs between the subject and the verb, unless punctuation intervenes; "the
    // Council this morning decided ...": a report's time of day sits where an adverb would.
    loop {
        if j > 0
            && table::ADVERBS.contains(&toks[j - 1].word.as_str())
            && !punct_between(sentence, toks, j - 1)
        {
            j -= 1;
        } else if j >= 2
            && toks[j - 2].word == "this"
            && TIME_NOUNS.contains(&toks[j - 1].word.as_str())
            && !punct_between(sentence, toks, j - 1)
            && !punct_between(sentence, toks, j - 2)
        {
            j -= 2;
        } else {
            break;
        }
    }
    // "the Council on Tuesday urged ...": a report's weekday (skipped above as an adverb)
    // after its "on", between subject and verb.
    if j >= 2
        && toks[j - 1].word == "on"
        && table::WEEKDAYS.contains(&toks[j].word.as_str())
        && !punct_between(sentence, toks, j - 1)
    {
        j -= 1;
    }
    j
}

/// The token a linking phrase right before token `j` opens at (`j` when there is none).
fn skip_linking_phrase(sentence: &str, toks: &[Token], mut j: usize) -> usize {
    // "..., and in that connection calls upon ...": the linking phrase sits where an
    // adverb would.
    if j >= 3
        && toks[j - 3].word == "in"
        && matches!(toks[j - 2].word.as_str(), "that" | "this")
        && table::LINK_NOUNS.contains(&toks[j - 1].word.as_str())
        && !punct_between(sentence, toks, j - 1)
    {
        j -= 3;
    }
    // "..., and to that end requests ...", "; in particular urges ...": links as well.
    if j >= 3
        && toks[j - 3].word == "to"
        && matches!(toks[j - 2].word.as_str(), "that" | "this")
        && toks[j - 1].word == "end"
        && !punct_between(sentence, toks, j - 1)
    {
        j -= 3;
    } else if j >= 2
        && toks[j - 2].word == "in"
        && toks[j - 1].word == "particular"
        && !punct_between(sentence, toks, j - 1)
    {
        j -= 2;
    }
    j
}

/// The position of a verb right after its subject, token `j - 1`: it opens a clause unless
/// the subject is a relative clause's.
fn after_subject(toks: &[Token], j: usize) -> Position {
    let prev = toks[j - 1].word.as_str();
    // "adopted a resolution in which it decided to ...": a press release reports the
    // body's own act in the text it adopted ("the resolution in which it requested ..."
    // recalls an earlier one).
    // "X issued a statement on <a day> in which it urged for ...": the same for
    // a statement the page reports the body issuing (not after "recalling").
    let in_which = j >= 3
        && prev == "it"
        && toks[j - 2].word == "which"
        && matches!(toks[j - 3].word.as_str(), "in" | "by")
        && (toks[..j - 3].iter().any(|t| t.word == "adopted")
            || (toks[..j - 3]
                .iter()
                .any(|t| matches!(t.word.as_str(), "issued" | "released"))
                && !toks[..j - 3].iter().any(|t| t.word.starts_with("recall"))));
    let relative = !in_which && j >= 2 && matches!(prev, "it" | "they" | "we") && {
        let before = toks[j - 2].word.as_str();
        table::RELATIVE_WORDS.contains(&before)
    };
    // "will launch an initiative, which they invite the growers to join": the speakers'
    // own present request, its object the thing the relative pronoun stands for (not
    // "which they invited ...", an earlier act, nor "which it calls ...", a text's).
    let own_object_relative = relative
        && matches!(prev, "they" | "we")
        && toks[j - 2].word == "which"
        && toks
            .get(j)
            .is_some_and(|t| matches!(t.word.as_str(), "invite" | "urge" | "encourage" | "call"));
    let relative = relative && !own_object_relative;
    // "Communiqué ... adopted at its 840th meeting, in which Council demanded ...": a
    // body named after "in which" is what an earlier text asked.
    let recalled = j >= 3
        && !matches!(prev, "it" | "they" | "we")
        && toks[j - 2].word == "which"
        && matches!(toks[j - 3].word.as_str(), "in" | "by");
    // "welcomed the consultations, in which the Yemeni representatives agreed to ...":
    // others' agreement in a relative clause, its subject a longer noun phrase (only
    // "agreed" / "committed": "in which the Council requested ..." is left as it was).
    let others_in_which = !in_which
        && !matches!(prev, "it" | "they" | "we")
        && toks
            .get(j)
            .is_some_and(|t| matches!(t.word.as_str(), "agreed" | "committed"))
        && (3..=5).any(|k| {
            j > k
                && toks[j - k].word == "which"
                && matches!(toks[j - k - 1].word.as_str(), "in" | "by" | "during" | "at")
                && toks[j - k + 1].word == "the"
        });
    let recalled = recalled || others_in_which;
    let relative = relative || recalled;
    if relative {
        Position::Inside
    } else {
        Position::Opens
    }
}

/// "President Jane Doe said her term would be busy and called upon Member States to ...":
/// an official's words and appeal, the second verb joined to "said", are not the body's.
fn speaker_said_and(toks: &[Token], i: usize, kind: Kind) -> bool {
    if kind != Kind::Addressed || i < 3 || toks[i - 1].word != "and" {
        return false;
    }
    let Some(said) = toks[..i].iter().position(|t| t.word == "said") else {
        return false;
    };
    toks[..said]
        .iter()
        .any(|t| t.word == "president" || table::SPEAKER_TITLES.contains(&t.word.as_str()))
}

/// "adopted a text today urging ...": the participle after the adopted text (adverbs
/// between them aside) says what it asks.
fn adopted_text_participle(toks: &[Token], i: usize) -> bool {
    // "adopted a resolution on Friday formally calling on X": the day and adverbs between.
    let mut j = i;
    while j > 0
        && (table::ADVERBS.contains(&toks[j - 1].word.as_str())
            || (toks[j - 1].word == "on"
                && toks
                    .get(j)
                    .is_some_and(|t| table::WEEKDAYS.contains(&t.word.as_str()))))
    {
        j -= 1;
    }
    j >= 2 && toks[i].word.ends_with("ing") && reports_adopted_text(toks, j, i)
}

/// "This came in the closing statement of <a meeting> ..., which also called on X to
/// ...": what the meeting's own closing text asks, after "which" (not "recalling the final
/// communiqué of its last summit, which called for ...", an earlier one).
fn closing_text_which(toks: &[Token], j: usize) -> bool {
    if j < 3 || toks[j - 1].word != "which" {
        return false;
    }
    let Some(noun) = toks[..j - 1].iter().rposition(|t| {
        matches!(
            t.word.as_str(),
            "statement" | "communique" | "communiqué" | "declaration"
        )
    }) else {
        return false;
    };
    noun >= 1
        && matches!(
            toks[noun - 1].word.as_str(),
            "closing" | "final" | "concluding"
        )
        && !toks[..j - 1].iter().any(|t| {
            t.word.starts_with("recall")
                || matches!(t.word.as_str(), "last" | "previous" | "earlier" | "past")
        })
}

/// "adopted a resolution asking X to ...", "adopted a text today urging ...", "adopted a
/// resolution on seeds, which calls for ...": a press report of what the text the body
/// adopted asks (not "recalling resolution 9, which called for ...", an earlier text).
fn reports_adopted_text(toks: &[Token], j: usize, i: usize) -> bool {
    let prev = toks[j - 1].word.as_str();
    let adopted = toks[..j - 1]
        .iter()
        .rposition(|t| table::ADOPTING_VERBS.contains(&t.word.as_str()));
    let Some(a) = adopted else {
        return false;
    };
    let text_noun = |t: &Token| table::ADOPTED_TEXT_NOUNS.contains(&t.word.as_str());
    if toks[i].word.ends_with("ing") && text_noun(&toks[j - 1]) {
        return j - 1 - a <= 4;
    }
    prev == "which" && toks[a..j - 1].iter().any(text_noun)
}

/// "All producing countries and manufacturers should contribute ...": a modal after the
/// sentence's own subject, a plain noun phrase that opens it (no relative clause, no
/// punctuation) of at most twelve words.
/// Not "This the Authority added is to enable ...": a fronted "this" (or "that", "it")
/// before a reporting clause's subject is the thing said, no actor.
fn subject_then_modal(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    let fronted = i >= 3
        && matches!(toks[0].word.as_str(), "this" | "that" | "it")
        && matches!(toks[1].word.as_str(), "the" | "a" | "an");
    // "To this effect, all Chiefs of Staff are to meet ...": a linking phrase and its comma
    // before the subject.
    let s = fronted_link(sentence, toks).unwrap_or(0);
    kind == Kind::Obliges
        && !fronted
        && (s + 1..=s + 12).contains(&i)
        && sentence[..toks[0].start].trim().is_empty()
        && sentence[toks[0].start..].starts_with(char::is_uppercase)
        && (s..i - 1).all(|k| !punct_between(sentence, toks, k))
        && toks[s..i]
            .iter()
            .all(|t| !table::RELATIVE_WORDS.contains(&t.word.as_str()) && t.word != "if")
}

/// "Five chairs from the Board (OB) said (that) the farmers should clear ...": a report's
/// speech verb, then the subject of what it reports and its modal. The subject after the
/// verb (at most eight words, no punctuation, no relative word) is the one obliged, so the
/// modal opens a clause however long or bracketed the sayer's name before it is. Not after
/// "he", "she" or "I" (one speaker's words; the builder drops a titled speaker's).
fn said_then_modal(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    if kind != Kind::Obliges || !matches!(toks[i].word.as_str(), "should" | "must") {
        return false;
    }
    let Some(said) = (1..i)
        .rev()
        .find(|&k| table::REPORTED_SAYING.contains(&toks[k].word.as_str()))
    else {
        return false;
    };
    let subject = if toks.get(said + 1).is_some_and(|t| t.word == "that") {
        said + 2
    } else {
        said + 1
    };
    let one_speaker = said == 1 && matches!(toks[0].word.as_str(), "he" | "she" | "i");
    !one_speaker
        && subject < i
        && i - subject <= 8
        && (said..i - 1).all(|k| !punct_between(sentence, toks, k))
        && toks[subject..i]
            .iter()
            .all(|t| !table::RELATIVE_WORDS.contains(&t.word.as_str()) && t.word != "if")
}

/// "To this effect, ...", "To that end, ...", "In this regard, ...": a sentence's opening
/// linking phrase and its comma; the token after the comma.
fn fronted_link(sentence: &str, toks: &[Token]) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.word.as_str());
    let three = matches!(
        (w(0), w(1), w(2)),
        ("to", "this" | "that", "effect" | "end")
            | (
                "in",
                "this" | "that",
                "regard" | "respect" | "connection" | "context"
            )
    );
    (three && toks.len() > 3 && punct_between(sentence, toks, 2)).then_some(3)
}

/// "Leaders from the Orchard region urged X to ...": a news report's subject, a body's
/// noun and where its members come from, opens the sentence; the past-tense verb after it
/// is the main one, not a participle after a name.
/// A dateline in capitals ("VALLEY TOWN, - ") may come before the subject.
fn subject_from_place(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    if kind != Kind::Addressed || !toks[i].word.ends_with("ed") {
        return false;
    }
    let open = (1..i)
        .rev()
        .find(|&k| punct_between(sentence, toks, k - 1))
        .unwrap_or(0);
    let dateline = &sentence[..toks[open].start];
    if dateline.chars().any(char::is_lowercase) {
        return false;
    }
    let head = open + usize::from(toks[open].word == "the");
    (head + 2..=head + 8).contains(&i)
        && matches!(
            toks[head].word.as_str(),
            "leaders" | "ministers" | "heads" | "delegates" | "participants"
        )
        && matches!(toks[head + 1].word.as_str(), "from" | "of")
        && toks[..i]
            .iter()
            .all(|t| !table::RELATIVE_WORDS.contains(&t.word.as_str()))
}

/// "the regional leaders at their summit in Abidjan on Thursday, 26 April 2037 also
/// directed ...", "The leaders in Eastport urged ...": a report's subject (a body's noun)
/// then where and when it met, the past-tense verb after them the main one. Between the
/// noun and the verb only the venue's words: "at / in / on / during", "their / its / the",
/// a meeting's nouns, names, numbers, weekdays and months, commas.
fn subject_then_venue(sentence: &str, toks: &[Token], i: usize, kind: Kind) -> bool {
    if !matches!(kind, Kind::Addressed | Kind::Unaddressed | Kind::Decides)
        || !toks[i].word.ends_with("ed")
    {
        return false;
    }
    let j = before_verb(sentence, toks, i);
    if j < 3
        || toks[..i]
            .iter()
            .any(|t| table::RELATIVE_WORDS.contains(&t.word.as_str()))
    {
        return false;
    }
    let venue_word = |t: &Token| {
        let raw = &sentence[t.start..t.end];
        raw.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || table::WEEKDAYS.contains(&t.word.as_str())
            || table::MONTHS.iter().any(|(m, _)| *m == t.word)
            || matches!(
                t.word.as_str(),
                "at" | "in"
                    | "on"
                    | "during"
                    | "their"
                    | "its"
                    | "the"
                    | "a"
                    | "of"
                    | "and"
                    | "meeting"
                    | "summit"
                    | "session"
                    | "retreat"
                    | "extra-ordinary"
                    | "extraordinary"
                    | "ordinary"
                    | "special"
                    | "emergency"
                    | "held"
                    | "convened"
            )
    };
    (j.saturating_sub(16)..j - 1).rev().any(|k| {
        let body = matches!(
            toks[k].word.as_str(),
            "leaders" | "ministers" | "heads" | "council" | "summit" | "authority" | "assembly"
        );
        // "The Extraordinary Summit of the Union (ORU) held Saturday in Eastport called
        // for ...": the body's name, then "held / convened" and where and when.
        let held = matches!(toks[k + 1].word.as_str(), "held" | "convened")
            && (body || sentence[toks[k].start..].starts_with(char::is_uppercase));
        // A name's closing bracket ("(ORU) held") is no break.
        let gap = sentence[toks[k].end..toks[k + 1].start].trim();
        (held || (body && matches!(toks[k + 1].word.as_str(), "at" | "in" | "during")))
            && (!punct_between(sentence, toks, k) || (held && gap == ")"))
            && toks[k + 1..j].iter().all(venue_word)
            && toks[k + 1..j]
                .iter()
                .any(|t| sentence[t.start..t.end].starts_with(char::is_uppercase))
    })
}

/// "Another decision reached was to instruct X to ...": a report that names what was
/// decided; the verb after "was to" is the body's own request, not a purpose.
fn decision_was_to(toks: &[Token], j: usize) -> bool {
    j >= 3
        && toks[j - 1].word == "to"
        && matches!(toks[j - 2].word.as_str(), "was" | "is" | "were")
        && toks[j.saturating_sub(5)..j - 2]
            .iter()
            .any(|t| matches!(t.word.as_str(), "decision" | "decisions"))
}

/// "The Authority, during its session on 7 July 2036 in Lome, Togo urged X to ...": a
/// subject that ends on a place set off by a comma; the past-tense verb after the place
/// is the main one.
fn after_place_apposition(sentence: &str, toks: &[Token], j: usize, i: usize) -> bool {
    let prev = &toks[j - 1];
    j >= 2
        && toks[i].word.ends_with("ed")
        && sentence[prev.start..].starts_with(char::is_uppercase)
        && punct_between(sentence, toks, j - 2)
        && sentence[toks[j - 2].end..prev.start].trim() == ","
        && !table::ACTOR_HEADS.contains(&prev.word.as_str())
}

/// "The closing statement, issued in Harbourtown called on X to ...": a subject, then a
/// comma and a participle that says where the text came out ("held", "issued", "adopted",
/// ... "in" / "at" a capitalised place) left unclosed before the past-tense verb; the
/// verb after the place is the main one, as after "..., in Lome, Togo".
fn participle_place_aside(sentence: &str, toks: &[Token], j: usize, i: usize) -> bool {
    if !toks[i].word.ends_with("ed") {
        return false;
    }
    // The place: capitalised words right before the verb, back to "in" / "at".
    let mut k = j;
    while k > 0 && sentence[toks[k - 1].start..].starts_with(char::is_uppercase) {
        if k < j && punct_between(sentence, toks, k - 1) {
            return false;
        }
        k -= 1;
    }
    if k == j || j - k > 3 || k < 3 || !matches!(toks[k - 1].word.as_str(), "in" | "at") {
        return false;
    }
    table::PLACE_PARTICIPLES.contains(&toks[k - 2].word.as_str())
        && sentence[toks[k - 3].end..toks[k - 2].start].trim() == ","
        && !punct_between(sentence, toks, k - 2)
}

/// Whether punctuation (not just spaces) separates token `k` from the next one.
/// "We stress that ...; and call for ...": "and" at token `i` right after a semicolon, in
/// a sentence whose first word is "We".
fn we_after_semicolon(sentence: &str, toks: &[Token], i: usize) -> bool {
    i >= 1
        && toks[i].word == "and"
        && sentence[toks[i - 1].end..toks[i].start].contains(';')
        && toks.first().is_some_and(|t| t.word == "we")
}

fn punct_between(sentence: &str, toks: &[Token], k: usize) -> bool {
    let end = toks[k].end;
    let next = toks.get(k + 1).map_or(sentence.len(), |t| t.start);
    // "Decision <body>/Dec.N(XI) requesting ...": the bracket of a document
    // symbol's session, glued to it, is part of the symbol, no break before the participle.
    if sentence[end..next].trim() == ")" && symbol_bracket(&sentence[..end]) {
        return false;
    }
    sentence[end..next]
        .chars()
        .any(|c| !c.is_whitespace() && c != '\'' && c != '’')
}

/// Whether `before` ends inside a bracket glued to a symbol ("Dec.1(XI", "EX.CL/887(XXVI").
fn symbol_bracket(before: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    word.split_once('(').is_some_and(|(head, inner)| {
        head.contains(['/', '.'])
            && head.chars().any(|c| c.is_ascii_digit())
            && !inner.is_empty()
            && inner.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// "directed at ...", "charged with ..." in the middle of a sentence: a participle, not a
/// request (requests name an actor or an action, never start with such a preposition).
/// "insisted that the rebels must / should / shall withdraw": a duty in the clause.
static INSISTED_DUTY: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^\s*that\s+[^,;.]{1,80}?\b(?:must|should|shall)\s+\p{Ll}")
        .expect("valid regex")
});

fn takes_no_object(sentence: &str, t: &Trigger) -> bool {
    if titled_participle(sentence, t) {
        return true;
    }
    if t.kind == Kind::Offers {
        // "offered to host": an infinitive; "offered to the victims": a gift, not an offer.
        let Some(next) = first_token(&sentence[t.end..]) else {
            return true;
        };
        let raw = &sentence[t.end + next.start..t.end + next.end];
        return raw.starts_with(char::is_uppercase)
            || table::NOT_INFINITIVE.contains(&next.word.as_str());
    }
    // "insisted that the rebels must withdraw": an insistence asks only in a that-clause
    // with a modal of duty before its clause ends ("insisted that the crisis is political",
    // "insisted on the importance of" are views).
    if t.form.starts_with("insist") {
        let rest = &sentence[t.end..];
        return t.passive || !INSISTED_DUTY.is_match(rest);
    }
    // "allegations have been referred to States": only the active "referred X for further
    // work by Y" sets a task.
    if t.form.starts_with("refer") {
        return t.passive || referral_doer(&sentence[t.end..]).is_none();
    }
    // "Delegates to the Bureau the authority to ...": only a delegation of an authority to
    // act asks its holder ("Delegates to the fair discussed ..." are people).
    if t.form.starts_with("delegat") {
        return t.passive || delegation(&sentence[t.end..]).is_none();
    }
    // "the objectives of X are directed at achieving Y": aimed at
    // a goal, no one directed to act.
    if t.passive
        && t.form.starts_with("direct")
        && first_token(&sentence[t.end..])
            .is_some_and(|n| matches!(n.word.as_str(), "at" | "towards" | "toward"))
    {
        return true;
    }
    // "X were invited to <a meeting> in order to build ...": asked to
    // attend a meeting, nothing to do there (not "... to the meeting to present X").
    if t.passive && t.form.starts_with("invit") && invited_to_attend(&sentence[t.end..]) {
        return true;
    }
    // "attended by ministers and invited guests": a guest list, "invited" its adjective.
    if t.form.starts_with("invit")
        && first_token(&sentence[t.end..])
            .is_some_and(|n| table::GUEST_NOUNS.contains(&n.word.as_str()))
    {
        return true;
    }
    // "in the event X demands are not met": a request's noun (a copy that
    // lost its apostrophe) before the verb of its clause, no verb itself.
    if t.form.ends_with('s')
        && !t.form.contains(' ')
        && first_token(&sentence[t.end..])
            .is_some_and(|n| matches!(n.word.as_str(), "are" | "were" | "have" | "had"))
    {
        return true;
    }
    if t.kind != Kind::Addressed || t.passive {
        return false;
    }
    // "Requests in this regard the Secretary-General ...": a link phrase, then the object.
    let after = &sentence[t.end..];
    let folded = fold(after.trim_start());
    let linked = table::VERB_ADVERBS
        .iter()
        .any(|a| a.contains(' ') && folded.starts_with(a));
    // "Requests, in coordination with ..., the Secretary-General to ...": an aside, then
    // the object.
    if linked || after.trim_start().starts_with(',') {
        return false;
    }
    let next = first_token(after);
    let first = next.as_ref().map(|t| t.word.as_str());
    // "Calls the attention of X to their duties": attention drawn, nothing asked.
    if t.form.ends_with(" the") && first == Some("attention") {
        return true;
    }
    let with_verb = table::WITH_VERBS.contains(&t.form.as_str());
    matches!(
        first,
        Some("at" | "against" | "by" | "in" | "towards" | "toward" | "from" | "into" | "on")
    ) || (first == Some("with") && !with_verb)
        || adverb_then_place(after)
        || noun_opening(sentence, t, first)
}

/// "aggression ..., directed partly from <a country's> soil": an adverb in "-ly", then where
/// from or at: a participle after a noun, no one directed to act.
fn adverb_then_place(after: &str) -> bool {
    let toks = tokens(after);
    matches!(toks.as_slice(), [adverb, place, ..]
        if adverb.word.ends_with("ly")
            && matches!(place.word.as_str(), "from" | "at" | "against" | "towards" | "toward"))
}

/// "Charges for seed trades ... are set to fall": a verb form in "-s" that opens the
/// sentence with "for" after it is a noun (the sentence's subject), not "charges X to".
fn noun_opening(sentence: &str, t: &Trigger, first: Option<&str>) -> bool {
    first == Some("for")
        && t.form.ends_with('s')
        && !t.form.contains(' ')
        && sentence[..t.start].trim().is_empty()
}

/// "[were invited] to the summit in order to ...": a gathering after "to" and its article
/// (a few adjectives between), with no infinitive of its own after it.
fn invited_to_attend(after: &str) -> bool {
    let toks = tokens(after);
    if toks.len() < 3
        || toks[0].word != "to"
        || !matches!(
            toks[1].word.as_str(),
            "the" | "a" | "an" | "this" | "its" | "their"
        )
    {
        return false;
    }
    let Some(noun) = toks
        .iter()
        .skip(2)
        .take(4)
        .position(|t| table::GATHERINGS.contains(&t.word.as_str()))
    else {
        return false;
    };
    toks.get(noun + 3).is_none_or(|t| t.word != "to")
}

/// "[referred] the others for further work by the Task Force": the doer's name after
/// "by" in the text after the verb, if the referral sets a task in that shape (not "the
/// report referred to above").
pub fn referral_doer(after: &str) -> Option<&str> {
    REFERRAL
        .captures(after)
        .map(|m| m.get(1).expect("group").as_str())
}

static REFERRAL: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)^\s+[a-z][^;.:]{0,120}?\s+for\s+(?:further\s+)?(?:work|consideration|study|discussion|review|action|follow-up)\s+by\s+([^;.,:]+)")
        .expect("valid regex")
});

/// "[Delegates] to X (of Y, on an exceptional basis,) the authority to
/// <verb> ...": the holder, and what the authority is to do (from its verb on).
pub fn delegation(after: &str) -> Option<(&str, &str)> {
    let m = DELEGATION.captures(after)?;
    Some((
        m.name("holder").expect("group").as_str(),
        &after[m.name("act").expect("group").start()..],
    ))
}

static DELEGATION: LazyLock<regex::Regex> = LazyLock::new(|| {
    let nouns = table::DELEGATED_NOUNS.join("|");
    regex::Regex::new(&format!(
        r"(?i)^\s+to\s+(?P<holder>(?:the\s+)?[A-Z][^;:,.]{{0,120}}?)(?:,[^;:,.]{{1,60}},|,)?\s+(?:the|full|its)\s+(?:{nouns})\s+to\s+(?P<act>[a-z]+)\b"
    ))
    .expect("valid regex")
});

/// A clause: the verb that opens it and the text up to the next clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause<'a> {
    pub trigger: Trigger,
    /// The text after the verb, up to the next clause or the end of the sentence.
    pub rest: &'a str,
    /// The text before the verb back to the previous clause (the subject of a passive).
    pub before: &'a str,
}

/// Cuts `sentence` at its triggers.
pub fn clauses(sentence: &str) -> Vec<Clause<'_>> {
    let trig = triggers(sentence);
    let mut out = Vec::new();
    for (k, t) in trig.iter().enumerate() {
        let next = trig.get(k + 1).map_or(sentence.len(), |n| n.start);
        let prev_end = if k == 0 { 0 } else { trig[k - 1].end };
        out.push(Clause {
            trigger: t.clone(),
            rest: &sentence[t.end..next],
            before: &sentence[prev_end.min(t.start)..t.start],
        });
    }
    out
}

/// "Requested grower reporting" as a page's heading: a request's past form opening a line
/// with no infinitive, no that-clause, no list after a colon and no sentence's end is a
/// participle naming a kind of thing (the requested reporting), no request.
fn titled_participle(sentence: &str, t: &Trigger) -> bool {
    let before = sentence[..t.start].trim();
    let rest = &sentence[t.end..];
    let words = crate::words::tokens(rest);
    before.is_empty()
        && t.form.ends_with("ed")
        && !t.form.contains(' ')
        && !rest.contains([':', ';', '.', ','])
        && words.len() <= 6
        && !words
            .iter()
            .any(|w| matches!(w.word.as_str(), "to" | "that" | "for" | "by" | "on" | "the"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        triggers(s).into_iter().map(|t| (t.kind, t.form)).collect()
    }

    #[test]
    fn formal_paragraphs_open_with_their_verb() {
        assert_eq!(
            kinds("Requests the Secretary-General to report;"),
            [(Kind::Addressed, "requests".into())]
        );
        assert_eq!(
            kinds("Also calls upon all States to act"),
            [(Kind::Addressed, "calls upon".into())]
        );
        assert_eq!(
            kinds("Recalling its resolution which requests the Secretary-General to act,"),
            [(Kind::Preamble, "recalling".into())]
        );
    }

    #[test]
    fn narrative_verbs_follow_a_subject_or_a_conjunction() {
        let s = "The Council reiterated its commitment to combating Islamophobia and urged the implementation of the Plan adopted by OIC states.";
        assert_eq!(
            kinds(s),
            [
                (Kind::View, "reiterated".into()),
                (Kind::Addressed, "urged".into())
            ]
        );
        assert_eq!(
            kinds("It also called on the UN Secretary-General to appoint a rapporteur."),
            [(Kind::Addressed, "called on".into())]
        );
        assert_eq!(
            kinds("It condemned the acts, urging the authorities to act."),
            [
                (Kind::View, "condemned".into()),
                (Kind::Addressed, "urging".into())
            ]
        );
    }

    #[test]
    fn impersonal_decisions_and_named_offers_open_clauses() {
        let t = triggers("It was decided that the next meeting would be held in Baku.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].kind, Kind::Decides);
        let t = triggers("The Republic of Azerbaijan offered to host the meeting.");
        assert_eq!(t[0].kind, Kind::Offers);
        assert!(triggers("the funds offered to the victims").is_empty());
    }

    #[test]
    fn a_participle_after_a_noun_opens_nothing() {
        let t =
            triggers("Urges the authorities concerned in non-member States to preserve mosques;");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].form, "urges");
        let t = triggers("Deeply concerned by the situation,");
        assert_eq!(t[0].kind, Kind::Preamble);
    }

    #[test]
    fn an_infinitive_item_reads_as_its_operative_verb() {
        assert_eq!(
            third_person("call on the riparian States to agree").as_deref(),
            Some("calls on the riparian States to agree")
        );
        assert_eq!(
            third_person("express its thanks").as_deref(),
            Some("expresses its thanks")
        );
        assert_eq!(third_person("keep the matter under review"), None);
        let t = triggers("While urging the Board to act, they threatened sanctions.");
        assert_eq!(t.first().map(|t| t.form.as_str()), Some("urging"), "{t:?}");
        assert_eq!(
            third_person("further request the Board to act").as_deref(),
            Some("requests the Board to act")
        );
    }

    #[test]
    fn nouns_relative_clauses_and_participles_are_not_verbs() {
        assert!(kinds("the requests of the States were heard").is_empty());
        assert!(kinds("in the resolution in which it requested the Secretariat to act").is_empty());
        assert!(kinds("attacks, directed at Muslims, continue").is_empty());
    }

    #[test]
    fn a_passive_request_is_marked() {
        let t = triggers("Member States are invited to submit their views.");
        assert_eq!(t.len(), 1);
        assert!(t[0].passive);
    }

    #[test]
    fn clauses_run_to_the_next_verb() {
        let c = clauses("The Council called for dialogue and reaffirmed its support.");
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].rest, " dialogue and ");
    }
}
