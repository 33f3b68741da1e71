//! Actor extractor: who a clause asks to act, as the text names them, with the usual
//! forms of [`table::ACTOR_ALIASES`] and [`table::MEMBER_STATE_ALIASES`].

use regex::Regex;
use std::sync::LazyLock;

use super::table;
use crate::model::Actor;
use crate::words::any_of;
use crate::words::{Token, fold, tokens};

/// Splits the text after a verb into the actor and the action: "the Secretary-General, in
/// consultation with States, to submit a report" → ("the Secretary-General, in
/// consultation with States", "submit a report"). `with_verb` also accepts "X with Y".
pub fn split_addressed(rest: &str, with_verb: bool) -> Option<(&str, &str)> {
    let toks = tokens(rest);
    // "those agencies that have not yet done so to do so as soon as possible": with no
    // other infinitive, "to do so" is the action.
    let mut do_so_at = None;
    for (k, t) in toks.iter().enumerate() {
        // A long list of addressees ("all Member States, members of the specialized agencies,
        // observers, ... and other relevant stakeholders to observe ...") runs to 70 words.
        if k > 70 {
            break;
        }
        let marker = t.word == "to" || (with_verb && t.word == "with");
        if !marker || k == 0 {
            continue;
        }
        let infinitive = opens_infinitive(rest, &toks, k);
        // "Member States in a position to do so to contribute": "to do so" is no action.
        let do_so = opens_do_so(&toks, k);
        // "the Committee established pursuant to resolution 2127": no infinitive.
        let pursuant = matches!(
            toks[k - 1].word.as_str(),
            "pursuant" | "according" | "owing" | "due"
        );
        if do_so && do_so_at.is_none() {
            do_so_at = Some(k);
        }
        if do_so || pursuant {
            continue;
        }
        // "... so as to minimize", "in order to": a purpose, not the actor's infinitive.
        let purpose = k >= 2
            && matches!(
                (toks[k - 2].word.as_str(), toks[k - 1].word.as_str()),
                ("so", "as") | ("in", "order")
            );
        if purpose {
            break;
        }
        if t.word == "to" && taken_to(rest, &toks, k) {
            continue;
        }
        // "... and to donor institutions to contribute": a second addressee, not the action.
        let coordinated = k > 0 && matches!(toks[k - 1].word.as_str(), "and" | "or");
        if t.word == "to" && (!infinitive || coordinated) {
            continue;
        }
        let Some(actor) = actor_before(rest, t) else {
            continue;
        };
        // "Promotion of orchards to feed ...", "the strengthening of the Board to ...": an
        // action named by its noun, not who acts.

        let action = rest[t.end..].trim();
        return Some((actor, action));
    }
    let k = do_so_at?;
    let actor = rest[..toks[k].start].trim().trim_end_matches(',').trim();
    (has_actor_word(actor) && !actor.contains([';', ':']))
        .then(|| (actor, rest[toks[k].end..].trim()))
}

/// Whether the word after the "to" at `k` opens an infinitive, not a phrase ("the Permanent
/// Observer to the UN").
fn opens_infinitive(rest: &str, toks: &[Token], k: usize) -> bool {
    let next = toks.get(k + 1).map(|n| n.word.as_str());
    // A capitalised word after "to" is a name ("assistance to Gaza"), not a verb.
    let capital = toks
        .get(k + 1)
        .is_some_and(|n| rest[n.start..].starts_with(char::is_uppercase));
    // "parties to armed conflict": a participle after "to" is no infinitive ("to
    // proceed", "to succeed" are).
    let participle = next.is_some_and(|w| w.ends_with("ed") && !w.ends_with("eed"));
    // "scheduled for 6th to 8th July": a number or an ordinal after "to" is no verb.
    (next.is_some_and(|w| {
        !table::NOT_INFINITIVE.contains(&w) && !w.starts_with(|c: char| c.is_ascii_digit())
    }) && !capital
        && !participle)
        || be_of_conduct(toks, k)
}

/// "encouraged the citizens to be calm during ...": "to be" with an adjective of conduct
/// asks a way to act (not "to be held", a thing to be done, nor "to be mindful", a state).
fn be_of_conduct(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|n| n.word == "be")
        && toks
            .get(k + 2)
            .is_some_and(|a| table::CONDUCT_ADJECTIVES.contains(&a.word.as_str()))
}

/// Whether "do so" follows the marker at `k`.
fn opens_do_so(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1).map(|n| n.word.as_str()) == Some("do")
        && toks.get(k + 2).is_some_and(|n| n.word == "so")
}

/// Whether the "to" at `k` (k ≥ 1) belongs to the word before it, not to the actor.
fn taken_to(rest: &str, toks: &[Token], k: usize) -> bool {
    // "Member States wishing to host ...": the "to" of "wishing"; "the Special
    // Rapporteur on the right to education": the "to" of "right".
    // A capitalised noun ends a name ("the High Commissioner for Human Rights to ...").
    let taker = toks[k - 1].word.as_str();
    let common = rest[toks[k - 1].start..].starts_with(char::is_lowercase);
    // "the Special Rapporteur on cultural rights to report": the "to" of "rights" with no
    // other "to" after it opens the action after all.
    let later_to = toks[k + 1..].iter().any(|t| t.word == "to");
    let rights_end = matches!(taker, "right" | "rights") && !later_to;
    let noun_to = common && table::NOUNS_WITH_TO.contains(&taker) && !rights_end;
    // "those involved in the planning to consider ...": after "the", "planning" is a
    // noun, not the participle of "Member States planning to host ...".
    let as_noun = k >= 2
        && matches!(
            toks[k - 2].word.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        );
    // "respect for all without distinction as to race": "as to" is a preposition ("so as
    // to" still opens a purpose's infinitive; "AS" in capitals is part of a name).
    let as_to = taker == "as" && common && (k < 2 || toks[k - 2].word != "so");
    (table::TO_TAKERS.contains(&taker) && !as_noun) || noun_to || as_to
}

/// The actor named before the marker `t`, if what comes before reads as one.
fn actor_before<'a>(rest: &'a str, t: &Token) -> Option<&'a str> {
    // "calls upon X, Mr Y, “to meet ...”": the quotation opens with the action.
    let actor = rest[..t.start]
        .trim()
        .trim_end_matches(['“', '"'])
        .trim()
        .trim_end_matches(',')
        .trim();
    // "calls upon all States not to recognize ...": the negation is the action's.
    let actor = actor
        .strip_suffix(" not")
        .or_else(|| actor.strip_suffix(" NOT"))
        .unwrap_or(actor)
        .trim();
    // "calls on the Government and its Parliament urgently to ...": the adverb is the
    // action's.
    let actor = without_trailing_adverb(actor);
    // "urges once again all concerned to ...": the verb's adverb is no part of the name.
    let named = without_adverb(actor);
    if actor.contains([';', ':']) || !(has_actor_word(named) || looks_like_addressee(named)) {
        return None;
    }
    Some(actor)
}

/// "X urgently" → "X": a lowercase "-ly" word closing an addressee modifies the action.
/// "X on Saturday", "X today": when the request was made is no part of the name.
fn without_trailing_adverb(actor: &str) -> &str {
    if let Some(m) = WHEN_ASKED.find(actor) {
        return actor[..m.start()]
            .trim_end()
            .trim_end_matches(',')
            .trim_end();
    }
    match actor.rsplit_once(' ') {
        Some((head, last))
            if last.len() > 4
                && last.ends_with("ly")
                && last.starts_with(char::is_lowercase)
                && !table::NOUNS_IN_LY.contains(&last) =>
        {
            head.trim_end().trim_end_matches(',').trim_end()
        }
        _ => actor,
    }
}

/// "in 2041 ", "by 2041, ": a year a that-clause puts before its subject.
pub(crate) static FRONTED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:in|by|before)\s+(?:19|20|21)\d\d,?\s+").expect("valid regex")
});

static WHEN_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|this\s+week)$")
        .expect("valid regex")
});

/// "the parties update the Council ..." → ("the parties", "update the Council ..."): an
/// addressee with a determiner whose head is an actor noun, then a bare infinitive.
pub fn split_bare(rest: &str) -> Option<(&str, &str)> {
    let toks = tokens(rest);
    let first = toks.first()?;
    if !matches!(first.word.as_str(), "the" | "all") {
        return None;
    }
    // "the TGNU immediately cease ...": an acronym names an actor too, and an adverb may
    // stand before the verb.
    let acronym = |k: usize| {
        let raw = &rest[toks[k].start..toks[k].end];
        raw.len() >= 2 && raw.chars().all(|c| c.is_ascii_uppercase())
    };
    let k = (1..toks.len().min(8))
        .find(|&k| table::ACTOR_HEADS.contains(&toks[k].word.as_str()) || acronym(k))?;
    let k = name_after_of(rest, &toks, k);
    let adverb = toks.get(k + 1).is_some_and(|t| {
        t.word.len() > 4
            && t.word.ends_with("ly")
            && starts_lower(&rest[t.start..t.end])
            && !table::NOUNS_IN_LY.contains(&t.word.as_str())
    });
    let verb = toks.get(k + 1 + usize::from(adverb))?;
    let raw = &rest[verb.start..verb.end];
    let w = verb.word.as_str();
    let bare = starts_lower(raw)
        && w.len() >= 3
        && !table::NOT_BARE_VERBS.contains(&w)
        && !["s", "ed", "ing", "ly", "al"]
            .iter()
            .any(|e| w.ends_with(e))
        && (adverb || rest[toks[k].end..verb.start].trim().is_empty())
        && toks.len() > k + 2 + usize::from(adverb);
    bare.then(|| (rest[..toks[k].end].trim(), rest[toks[k + 1].start..].trim()))
}

/// "the Republic of Orchardia release ...", "the Government of the Valley cease ...": a
/// head's "of" complement that is a capitalised name is part of the addressee; the token
/// that ends it is returned (else `k` itself).
fn name_after_of(rest: &str, toks: &[Token], k: usize) -> usize {
    if toks.get(k + 1).is_none_or(|t| t.word != "of") {
        return k;
    }
    let mut j = k + 2;
    if toks.get(j).is_some_and(|t| t.word == "the") {
        j += 1;
    }
    let first = j;
    while toks
        .get(j)
        .is_some_and(|t| rest[t.start..t.end].starts_with(char::is_uppercase))
    {
        j += 1;
    }
    if j > first { j - 1 } else { k }
}

/// "Promotion of orchards ...", "the strengthening of ...": a phrase that opens with an
/// action's noun.
pub fn opens_with_nominal(phrase: &str) -> bool {
    let toks = tokens(&strip_determiners(phrase));
    let nominal = |t: &Token| table::NOMINAL_HEADS.contains(&t.word.as_str());
    // "development partners", "development finance institutions": an actor noun the action's
    // word only qualifies.
    let qualifies_actor = toks
        .iter()
        .skip(1)
        .take_while(|t| !table::HEAD_ENDERS.contains(&t.word.as_str()) && t.word != "and")
        .last()
        .is_some_and(|t| table::ACTOR_HEADS.contains(&t.word.as_str()));
    if toks.first().is_some_and(nominal) && !qualifies_actor {
        return true;
    }
    // "greater regional cooperation", "national and international efforts", "policy
    // development and capacity-building on ...": the head of a conjunct before the first
    // preposition is the action's noun. A name's head ("Organization of ...", "Development
    // Programme") is not one.
    let end = toks
        .iter()
        .position(|t| table::HEAD_ENDERS.contains(&t.word.as_str()))
        .unwrap_or(toks.len());
    // "the immediate opening of humanitarian corridors": a verbal noun before "of" names
    // an act, whatever follows.
    if end >= 1
        && toks.get(end).is_some_and(|t| t.word == "of")
        && toks[end - 1].word.len() > 5
        && toks[end - 1].word.ends_with("ing")
    {
        return true;
    }
    // "all Member States seeking support from ...": an actor noun before it is who acts.
    if toks[..end]
        .iter()
        .any(|t| table::ACTOR_HEADS.contains(&t.word.as_str()))
    {
        return false;
    }
    // "the approach pursued by X": the noun before a participle of doing.
    toks[..end]
        .split(|t| t.word == "and" || t.word == "or")
        .filter_map(|conjunct| {
            conjunct
                .iter()
                .rev()
                .find(|t| !table::DOING_PARTICIPLES.contains(&t.word.as_str()))
        })
        .any(nominal)
}

/// "that the Committee shall meet ..." → ("the Committee", "meet ..."): the subject of a
/// "that" clause ends at a modal, or at a lowercase word after a name or an actor noun.
pub fn split_that(rest: &str) -> Option<(&str, &str)> {
    let trimmed = rest.trim_start();
    // "that, pending a review, the Board shall ...": a comma may set the aside off from
    // "that" too (only an aside's opener follows it: "that, for Member States that ...,
    // there shall be set off ..." has no subject to read).
    let (body, comma) = match trimmed.strip_prefix("that ") {
        Some(body) => (body, false),
        None => (trimmed.strip_prefix("that,")?.trim_start(), true),
    };
    if comma && !opens_with_aside(body) && !opens_with_rule_cited(body) {
        return None;
    }
    // "that in 2041 the Council shall decide ...": a year put before the subject times the
    // clause; the subject follows it.
    let body = FRONTED_YEAR
        .find(body)
        .map(|m| &body[m.end()..])
        .filter(|after| after.starts_with("the ") || after.starts_with(char::is_uppercase))
        .unwrap_or(body);
    // "that pending a further study of ..., the Board shall ...": a subject does not open
    // with a preposition; the clause's subject follows the aside's comma. An aside with no
    // comma before a modal ("that before their next meeting the Council will ...") is read
    // whole, the subject's own rules finding the name in it.
    if !opens_with_aside(body) && !opens_with_rule_cited(body) {
        return split_that_subject(body);
    }
    let after_comma = body.match_indices(", ").find_map(|(at, _)| {
        let after = &body[at + 2..];
        let starts = after.starts_with(char::is_uppercase) || starts_with_article(after);
        starts.then(|| split_that_subject(after)).flatten()
    });
    // "that, in accordance with resolution R, there shall be set off ..., as provided
    // for in paragraph 14, their share ...": after a cited rule the subject is the one
    // right after the aside's own comma, or there is none.
    if opens_with_rule_cited(body) {
        let after = &body[body.find(", ")? + 2..];
        let starts = after.starts_with(char::is_uppercase) || starts_with_article(after);
        return starts.then(|| split_that_subject(after)).flatten();
    }
    let modal = || {
        tokens(body)
            .iter()
            .any(|t| table::MODALS.contains(&t.word.as_str()))
    };
    after_comma.or_else(|| modal().then(|| split_that_subject(body)).flatten())
}

/// Whether a that-clause opens with an aside ("pending ...", "for the present", "if
/// possible") rather than with its subject.
pub fn opens_with_aside(body: &str) -> bool {
    let first = body.split_whitespace().next().unwrap_or_default();
    starts_lower(first) && table::CLAUSE_ASIDE_OPENERS.contains(&first)
}

/// "in accordance with Article N of X, each Y shall ...", "pursuant to rule N, the Z
/// shall ...": the rule an aside before a that-clause's subject cites.
static RULE_CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:in\s+(?:accordance|conformity|line|keeping)\s+with|pursuant\s+to|consistent\s+with|as\s+provided\s+(?:for\s+)?(?:in|by)|under\s+(?:article|rule|paragraph)\b)")
        .expect("valid regex")
});

/// Whether a that-clause opens with an aside citing a rule rather than with its subject.
pub fn opens_with_rule_cited(body: &str) -> bool {
    RULE_CITED.is_match(body)
}

fn starts_with_article(s: &str) -> bool {
    ["the ", "all ", "each ", "a ", "an ", "its ", "their "]
        .iter()
        .any(|d| s.starts_with(d))
}

/// Whether the lowercase word `toks[k]` of a that-clause is still its subject's head noun,
/// not the verb: "that the Syrian authorities", "the Valley military", "the opposition
/// forces", "the military council".
fn head_goes_on(body: &str, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let raw = &body[t.start..t.end];
    // "that the Syrian authorities facilitate ...": a plural actor noun after a
    // capitalised word is the name's own head, not the verb.
    let after_capital = k > 0 && {
        let prev = &body[toks[k - 1].start..toks[k - 1].end];
        prev.starts_with(char::is_uppercase)
    };
    let plural_head = starts_lower(raw)
        && after_capital
        && t.word.ends_with('s')
        && !t.word.ends_with("ss")
        && table::ACTOR_HEADS.contains(&t.word.as_str());
    // "that the Valley military step aside": a group's singular noun after a capitalised
    // word is the name's head too.
    let group_head =
        starts_lower(raw) && after_capital && table::GROUP_HEADS.contains(&t.word.as_str());
    // "that the opposition forces respect ...", "the government forces withdraw ...": a
    // plural actor noun after a group's or body's singular noun is the name's head, the
    // lowercase word after it the verb (not "the Government forces the ...").
    let compound_head = starts_lower(raw)
        && k > 0
        && t.word.ends_with('s')
        && !t.word.ends_with("ss")
        && table::ACTOR_HEADS.contains(&t.word.as_str())
        && {
            let prev = toks[k - 1].word.as_str();
            table::GROUP_HEADS.contains(&prev)
                || (table::ACTOR_HEADS.contains(&prev) && !prev.ends_with('s'))
        }
        && toks
            .get(k + 1)
            .is_some_and(|n| starts_lower(&body[n.start..n.end]) && !is_connector(&n.word));
    // "that the military council step aside ...": a body's singular noun after a
    // ruling group's noun is the name's head, the lowercase word after it the verb (not
    // "that the military force the parties ...", whose object a determiner opens).
    let group_body_head = starts_lower(raw)
        && k > 0
        && table::GROUP_BODY_HEADS.contains(&t.word.as_str())
        && table::GROUP_HEADS.contains(&toks[k - 1].word.as_str())
        && toks
            .get(k + 1)
            .is_some_and(|n| starts_lower(&body[n.start..n.end]) && !is_connector(&n.word));
    plural_head || group_head || compound_head || group_body_head
}

fn split_that_subject(body: &str) -> Option<(&str, &str)> {
    let toks = tokens(body);
    let mut seen_head = false;
    for (k, t) in toks.iter().enumerate() {
        let raw = &body[t.start..t.end];
        // "that the United Nations development system support ...": a lowercase word the
        // name's own head noun follows goes on.
        let name_goes_on = toks.get(k + 1).is_some_and(|n| {
            table::ACTOR_HEADS.contains(&n.word.as_str())
                && !table::MODALS.contains(&t.word.as_str())
        });
        if seen_head && name_goes_on && starts_lower(raw) && !is_head(raw) {
            continue;
        }
        if seen_head && head_goes_on(body, &toks, k) {
            continue;
        }
        // "that all parties to armed conflict fully comply ...": an adverb opens the verb.
        let adverb = starts_lower(raw)
            && t.word.len() > 4
            && t.word.ends_with("ly")
            && !table::NOUNS_IN_LY.contains(&t.word.as_str())
            && has_actor_word(&body[..t.start]);
        if table::MODALS.contains(&t.word.as_str())
            || adverb
            || (seen_head && starts_lower(raw) && !is_connector(&t.word))
        {
            // "that the ruling council “step aside”": the quotation opens with the verb, its
            // mark no part of the name.
            let actor = body[..t.start]
                .trim()
                .trim_end_matches(['“', '"', '‘'])
                .trim_end()
                .trim_end_matches(',');
            // "that A and particularly B cooperate ...": the adverb singles out a part of
            // A; the "and" before it joins no second actor.
            let actor = match actor.strip_suffix(" and") {
                Some(a) if adverb && table::SINGLING_OUT.contains(&t.word.as_str()) => a.trim_end(),
                _ => actor,
            };
            if actor.is_empty() || !has_actor_word(actor) {
                return None;
            }
            let after = if table::MODALS.contains(&t.word.as_str()) {
                &body[t.end..]
            } else {
                &body[t.start..]
            };
            return Some((actor, after.trim()));
        }
        // "that South Sudan's leaders end ...": a possessive name goes on to its noun.
        let possessive = t.word.ends_with("'s") || raw.ends_with(['\'', '’']);
        // "that Wetlands International develop ...": a capitalised adjective after a name's
        // head is the name's last word (an organization named "<Noun> International"), so
        // the lowercase word after it is the verb.
        let name_ends_in_adjective = seen_head && raw.starts_with(char::is_uppercase);
        seen_head = (is_head(raw) || name_ends_in_adjective) && !possessive;
    }
    None
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn is_connector(w: &str) -> bool {
    matches!(
        w,
        // "the organizations of the United Nations system continue ...": "system" goes on
        // the name before it.
        "of" | "and" | "the" | "for" | "on" | "in" | "to" | "with" | "its" | "their" | "system"
    )
}

/// Whether a word can end a name of an actor: an actor noun, an acronym, or a capitalised
/// word that is not an adjective.
fn is_head(raw: &str) -> bool {
    let word = fold(raw);
    let word = word.trim_end_matches("'s").trim_end_matches('\'');
    // "that the junta return ...": a ruling group's noun heads the name too.
    if table::ACTOR_HEADS.contains(&word) || table::GROUP_HEADS.contains(&word) {
        return true;
    }
    let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let capital = letters.first().is_some_and(|c| c.is_uppercase());
    let adjective = table::ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e))
        && !table::NAMES_LIKE_ADJECTIVES.contains(&word);
    // "philanthropists", "foundations": a plural noun names a group.
    let plural = !capital
        && word.len() >= 5
        && word.ends_with('s')
        && !["ss", "us", "is", "ous"].iter().any(|e| word.ends_with(e));
    acronym || plural || (capital && !adjective)
}

/// "the subsidiary organs", "each institution": a short noun phrase with a determiner, or
/// a plural, reads as who is asked even when its noun is not in the table.
pub fn looks_like_addressee(s: &str) -> bool {
    let toks = tokens(s);
    let last = toks.last().map(|t| t.word.as_str()).unwrap_or("");
    let determiner = toks.first().is_some_and(|t| {
        matches!(
            t.word.as_str(),
            "the" | "all" | "each" | "every" | "its" | "their" | "those"
        )
    });
    // "all those involved in the planning for A, B and C": people named by what they do.
    let those = toks.iter().take(2).any(|t| t.word == "those");
    let most = if those { 16 } else { 8 };
    (1..=most).contains(&toks.len()) && (determiner || (last.ends_with('s') && toks.len() <= 4))
}

/// What "it" or "them" stands for in "Recognizes the role of the private sector, and calls
/// upon it to ...": the last "the ... NOUN" in `prefix` whose noun names an actor.
/// A complement ("for the Bangsamoro peace process", "of the region") that belongs to it
/// is kept; one of place or manner ("in agricultural innovation") is not.
pub fn antecedent(prefix: &str) -> Option<&str> {
    antecedent_in(prefix, false)
}

/// What "them" stands for: as `antecedent`, a plural noun preferred among the last three
/// ("the agreement reached by the two parties on the ceasefire mechanism, and encourages
/// them to ...": the parties, not the mechanism); the last one when none is plural.
pub fn plural_antecedent(prefix: &str) -> Option<&str> {
    antecedent_in(prefix, true)
        .or_else(|| plural_doer(prefix))
        .or_else(|| antecedent(prefix))
}

/// "welcomed the signing of the agreement by the two movements and urged them to ...": with
/// no plural actor noun, the last plural doers named after "by" ("the two movements"), or
/// the two sides after "between" ("the reconciliation between the two factions").
fn plural_doer(prefix: &str) -> Option<&str> {
    let m = BY_PLURAL_DOER.captures_iter(prefix).last()?;
    let doer = m.get(1)?;
    // Only a doer the pronoun can reach: "and" (or a comma) and the pronoun's verb after it.
    let after = prefix[doer.end()..].trim_start_matches([',', ' ']);
    (after.split_whitespace().count() <= 3).then_some(doer.as_str())
}

/// "by the two movements", "between the two factions": group 1 the doers, a plural noun
/// with up to three words before it.
static BY_PLURAL_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:by|between|among)\s+(?:the|both|all)\s+((?:[\w-]+\s+){0,3}[a-z-]{3,}[^s\W]s)\b",
    )
    .expect("valid regex")
});

fn antecedent_in(prefix: &str, plural: bool) -> Option<&str> {
    let toks = tokens(prefix);
    // "the work of the Office for Seeds, through its mechanisms, notably those set up by
    // farming countries, and calls upon it": an actor noun with no article of its own
    // ("farming countries") is passed over for the named one before it (three at most).
    let (head, the) = toks
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, t)| table::ACTOR_HEADS.contains(&t.word.as_str()))
        .take(3)
        .filter(|(_, t)| !plural || (t.word.ends_with('s') && !t.word.ends_with("ss")))
        .find_map(|(head, _)| {
            let the = (head.saturating_sub(5)..head)
                .rev()
                .find(|&k| matches!(toks[k].word.as_str(), "the" | "a" | "an"))?;
            Some((head, the))
        })?;
    let words = &toks[the + 1..=head];
    // "the Economic and Social Council": a capitalised name's own "and" is no break.
    let name = words.iter().all(|t| {
        matches!(t.word.as_str(), "and" | "of") || prefix[t.start..].starts_with(char::is_uppercase)
    });
    // "the Convention and the States": stop at a break in the phrase.
    if words.iter().any(|t| {
        matches!(t.word.as_str(), "to" | "the" | "a" | "an")
            || (!name && matches!(t.word.as_str(), "and" | "or"))
    }) || prefix[toks[the].end..toks[head].start].contains([',', ';'])
    {
        return None;
    }
    let end = complement_end(prefix, &toks, head).unwrap_or(toks[head].end);
    Some(&prefix[toks[the + 1].start..end])
}

/// "the President of the Republic of Eastland": a head of state or government named by his
/// post and country (group 1).
static HEAD_OF_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bthe\s+((?:President|Vice[- ]President|Prime\s+Minister|Chairperson|Chairman|King|Emir|Sultan|Head\s+of\s+State)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,2})")
        .expect("valid regex")
});

/// "declared by Ivo Marten", "welcomed Ivo Marten's truce": two or three capitalised words
/// after a lower-case word (group 1), a person's name.
static PERSONAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Ll}+\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\b").expect("valid regex")
});

/// The last person `text` names: a post and its country ("the President of Eastland"), or a
/// name of two or three words none of which is a body's head noun, a title or a month.
pub fn person_named(text: &str) -> Option<&str> {
    let titled = HEAD_OF_STATE
        .captures_iter(text)
        .last()
        .and_then(|m| m.get(1));
    let name = PERSONAL_NAME
        .captures_iter(text)
        .filter_map(|m| m.get(1))
        .filter(|m| {
            m.as_str().split_whitespace().all(|w| {
                let w = fold(w);
                !table::ACTOR_HEADS.contains(&w.as_str())
                    && !table::PERSON_HEADS.contains(&w.as_str())
                    && !table::MONTHS.iter().any(|(name, _)| *name == w)
            })
        })
        .last();
    match (titled, name) {
        (Some(t), Some(n)) => Some(if n.start() > t.start() { n } else { t }.as_str()),
        (t, n) => t.or(n).map(|m| m.as_str()),
    }
}

/// "... the initiatives of the Secretary General ..., and calls on him to ...": "him" or
/// "her" stands for the last person the sentence names by title, however far back (a
/// person is never the group or place named after it).
pub fn person_antecedent(prefix: &str) -> Option<&str> {
    let toks = tokens(prefix);
    // "the Secretary-General's efforts": the possessive names the person too.
    let bare = |k: usize| {
        let w = toks[k].word.as_str();
        w.strip_suffix("'s").unwrap_or(w)
    };
    let is_person = |k: usize| {
        let w = bare(k);
        table::PERSON_HEADS.contains(&w)
            || table::MANDATE_HOLDER_HEADS.contains(&w)
            || (w == "general" && k > 0 && toks[k - 1].word == "secretary")
    };
    // "the Secretary-General's efforts ..., as well as his Special Envoy, and requests that
    // he ...": "his Special Envoy" is the Secretary-General's, who is meant.
    let determiner = |head: usize| {
        (head.saturating_sub(5)..head).rev().find(|&k| {
            matches!(
                toks[k].word.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her"
            )
        })
    };
    let (head, the) = (0..toks.len())
        .rev()
        .filter(|&k| is_person(k))
        .filter_map(|k| determiner(k).map(|d| (k, d)))
        .find(|&(_, d)| !matches!(toks[d].word.as_str(), "his" | "her"))?;
    let possessive = bare(head).len() < toks[head].word.len();
    let end = match complement_end(prefix, &toks, head) {
        Some(end) if !possessive => end,
        _ => toks[head].end,
    };
    let name = &prefix[toks[the + 1].start..end];
    Some(
        name.strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name),
    )
}

/// Where an "of / for / on" complement after token `head` ends: at punctuation, a
/// conjunction or a verb of the table, within eight words.
fn complement_end(prefix: &str, toks: &[Token], head: usize) -> Option<usize> {
    let prep = toks.get(head + 1)?;
    // "the Secretary-General for his support": a possessive opens what it is thanked for.
    if toks
        .get(head + 2)
        .is_some_and(|t| matches!(t.word.as_str(), "his" | "her" | "its" | "their"))
    {
        return None;
    }
    // "the letter of the Secretary-General on the Panel": a person's "on" complement is what
    // was written about; a body's ("the Committee on Pests") is its name.
    let person = table::PERSON_HEADS.contains(&toks[head].word.as_str())
        || (toks[head].word == "general" && head > 0 && toks[head - 1].word == "secretary");
    if !matches!(prep.word.as_str(), "of" | "for" | "on")
        || (person && prep.word == "on")
        || prefix[toks[head].end..prep.start].contains([',', ';'])
    {
        return None;
    }
    let mut end = None;
    for k in head + 2..toks.len().min(head + 10) {
        // "the President of the Board for her support": what she is thanked for.
        if matches!(toks[k].word.as_str(), "his" | "her" | "its" | "their") {
            end = (k >= head + 4).then(|| toks[k - 2].end);
            break;
        }
        let gap = &prefix[toks[k - 1].end..toks[k].start];
        if gap.contains([',', ';', ':'])
            || matches!(
                toks[k].word.as_str(),
                "and" | "or" | "to" | "that" | "which" | "who"
            )
        {
            break;
        }
        end = Some(toks[k].end);
    }
    end
}

/// "“Climate change is a health crisis,” the Director-General said, ...": a quotation and
/// its speaker.
static QUOTED_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    let said = any_of(table::SPEECH_VERBS);
    Regex::new(&format!(
        r#"^\s*["“«][^"”»]+["”»],?\s+(?:([^,.]{{1,80}}?)\s+)?(?:{said})\b([^,.]{{0,80}})"#
    ))
    .expect("valid regex")
});

/// "... must settle their quarrel,” said President X": the last sentence of a quotation
/// that opened in an earlier sentence (no quotation mark opens before its close here), and
/// its speaker. A straight quote closes only when it is the sentence's one quotation mark.
static QUOTE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let said = any_of(table::SPEECH_VERBS);
    Regex::new(&format!(
        r#"^[^"“”«»]+["”»],?\s+(?:([^,.]{{1,80}}?)\s+)?(?:{said})\b([^,.]{{0,80}})"#
    ))
    .expect("valid regex")
});

/// "Director General", "Secretary General": titles usually written with a hyphen.
/// "Secretary General", and "SecretaryGeneral" (a line-broken "Secretary-/General" a page
/// joined without its hyphen): the title with its hyphen.
static TITLE_WITHOUT_HYPHEN: LazyLock<Regex> = LazyLock::new(|| {
    let titles = any_of(table::GENERAL_TITLES);
    Regex::new(&format!(r"\b((?i:{titles}))(?:\s+|\B)((?i:general))\b")).expect("valid regex")
});

/// "Mr Pande said the council ...", "Dr Ruiz, who chairs it, stated that the Summit ...": a
/// titled person's speech verb, then the body's own subject (its council, summit, meeting,
/// ministers ...): what the body decided, reported.
static REPORTS_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let said = any_of(table::SPEECH_VERBS);
    let bodies = any_of(table::REPORTED_BODY_NOUNS);
    Regex::new(&format!(
        r"(?i)^\s*\w+\.?\s+(?-i:\p{{Lu}})[\w'’-]*(?:\s+(?-i:\p{{Lu}})[\w'’-]*){{0,2}}(?:\s*,[^,]{{1,80}},)?\s+(?:{said})\s+(?:that\s+)?(?:the\s+)?(?:{bodies})\s+(?:also\s+|further\s+|had\s+)?\w+ed\b"
    ))
    .expect("valid regex")
});

/// Whether a sentence reports one speaker ("Speaking after the vote, the representative of
/// X said ...", "The Minister of Y encouraged ..."): its subject's noun is a speaker's.
pub fn spoken_by_one(sentence: &str) -> bool {
    // "“Accordingly, it invites ...,” it says": the communiqué quoted, the body's own words.
    if let Some(m) = QUOTED_SPEAKER.captures(sentence) {
        return quoted_by_one(&m);
    }
    // "“The drought is grave. The Council must act,” said President X": a quotation's
    // last sentence, its first in the sentence before, is as much the speaker's when the
    // speaker is a person by title (not "the Union said in a statement", the body's own).
    if let Some(m) = QUOTE_TAIL.captures(sentence)
        && (!sentence.contains('"') || sentence.matches('"').count() == 1)
        && quoted_by_one(&m)
    {
        let speaker = m.get(1).or_else(|| m.get(2)).map_or("", |s| s.as_str());
        return titled_person(speaker);
    }
    let toks = tokens(sentence);
    // "Speaking at the summit, Osinbajo restated ...": whoever follows is a speaker; so is
    // a person named with a title ("Prince X, Crown Prince of Y, reiterated ...").
    let titled = toks.first().is_some_and(|t| {
        matches!(
            t.word.as_str(),
            "prince"
                | "king"
                | "queen"
                | "sheikh"
                | "emir"
                | "president"
                | "dr"
                | "mr"
                | "mrs"
                | "ms"
        )
    }) && toks
        .get(1)
        .is_some_and(|t| sentence[t.start..].starts_with(char::is_uppercase));
    // "Mr Pande said the council also instructed X to ...": the person reports what the
    // body decided, whose words these are not.
    if titled && REPORTS_BODY.is_match(sentence) {
        return false;
    }
    if toks.first().is_some_and(|t| t.word == "speaking") || titled {
        return true;
    }
    // Skip an opening participle phrase: "Speaking after the vote, ...".
    let start = match toks.first() {
        Some(t) if t.word.ends_with("ing") => toks
            .iter()
            .position(|t| sentence[t.end..].starts_with(','))
            .map_or(toks.len(), |k| k + 1),
        _ => 0,
    };
    let mut words = toks[start.min(toks.len())..]
        .iter()
        .map(|t| t.word.as_str());
    // "In his statement, the Secretary-General called on ...": one person's words.
    let opening: Vec<&str> = toks.iter().take(2).map(|t| t.word.as_str()).collect();
    if matches!(opening.as_slice(), ["in", "his" | "her"]) {
        return true;
    }
    words.next() == Some("the")
        && words
            .next()
            .is_some_and(|w| table::SPEAKER_NOUNS.contains(&w))
}

/// Whether the speaker a quotation's attribution names (before or after its verb) is one
/// person, not the text itself ("it", "they", "the communiqué").
fn quoted_by_one(m: &regex::Captures<'_>) -> bool {
    // "“...,” said the leaders in a communique": the speaker after the verb.
    let speaker = m
        .get(1)
        .or_else(|| m.get(2))
        .map_or(String::new(), |s| fold(s.as_str().trim()));
    let document = [
        "communique",
        "communiqué",
        "statement",
        "declaration",
        "conclusions",
    ]
    .iter()
    .any(|d| speaker.ends_with(d) || (m.get(1).is_none() && speaker.contains(&format!(" {d}"))));
    !(speaker == "it" || speaker == "they" || document)
}

/// "President Ada Obi", "the Foreign Minister", "he": a phrase that opens on one person's
/// title (or pronoun), past its article and a place's adjective at most.
fn titled_person(phrase: &str) -> bool {
    let toks = tokens(phrase);
    let words: Vec<&str> = toks
        .iter()
        .map(|t| t.word.as_str())
        .skip_while(|w| *w == "the")
        .take(3)
        .collect();
    let title = |w: &str| {
        table::PERSON_TITLES.contains(&w)
            || table::SPEAKER_NOUNS.contains(&w)
            || table::SPEAKER_TITLES.contains(&w)
    };
    matches!(words.first(), Some(&"he" | &"she")) || words.iter().any(|w| title(w))
}

pub fn has_actor_word(s: &str) -> bool {
    let toks = tokens(s);
    !toks.is_empty() && toks.iter().any(|t| is_head(&s[t.start..t.end]))
}

/// What the extractor knows about the text beyond the clause.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The organisation's acronym ("OIC"), for "General Secretariat" and "member states".
    pub org: Option<String>,
}

/// ", namely the A, the B and the C": the list that says who the actors before it are.
static NAMELY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*,\s*(?:namely|i\.\s?e\.|that\s+is)\s+.*$").expect("valid regex")
});
/// "the Eastport process", "talks": a thing led, whose leader ("led by X") is not asked with
/// the actors it follows.
static LED_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:process|talks|negotiations|mediation|initiative|dialogue|facilitation)\s*$",
    )
    .expect("valid regex")
});
static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    let led = any_of(table::LEADER_VERBS);
    Regex::new(&format!(r"(?i),?\s*\b(?:{led})\s+by\s+([^,]+?)\s*(?:,|$)")).expect("valid regex")
});
static IN_PARTNERSHIP: LazyLock<Regex> = LazyLock::new(|| {
    let partnership = any_of(table::PARTNERSHIP_NOUNS);
    let support = any_of(table::SUPPORT_NOUNS);
    Regex::new(&format!(r"(?i)\s+(?:in\s+(?:close\s+)?(?:{partnership})\s+with|together\s+with|with\s+the\s+(?:{support})\s+of)\b.*$"))
        .expect("valid regex")
});
/// A relative clause qualifies the actor ("States that have not yet done so" are asked
/// as "States"), as in the usual forms; so does one a page quotes ("countries \"that pursue
/// ...").
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\s+["“]?(?:that|which|who|whose)\s+.*$"#).expect("valid regex")
});
/// ", and in the spirit of the Accord", ", in line with the Accord": how the actors are to
/// act, set off by a comma after them.
static SPIRIT_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:and\s+)?in\s+(?:the\s+spirit\s+of|line\s+with|keeping\s+with)\s+[^,]*")
        .expect("valid regex")
});
/// "Member States in a position to do so": who may act, said of the actor.
static DO_SO: LazyLock<Regex> = LazyLock::new(|| {
    let able = any_of(table::ABLE_WORDS);
    Regex::new(&format!(
        r"(?i),?\s+(?:(?:which|that|who)\s+(?:are|is)\s+)?(?:{able})\s+to\s+do\s+so\b,?"
    ))
    .expect("valid regex")
});
static COORD_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s(?:and|or|as\s+well\s+as)\s").expect("valid regex"));
static COORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*,\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or|as\s+well\s+as)\s+")
        .expect("valid regex")
});

/// "their allies", "its affiliates": those tied to the parties named before them.
static THEIR_ALLIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:and\s+)?(?:all\s+)?(?:their|its)\s+(?:respective\s+)?(?:allies|affiliates|supporters|backers|proxies)$")
        .expect("valid regex")
});

/// The actors a noun phrase names: qualifiers dropped, a leader ("led by X") added,
/// coordinated names split, each in its usual form.
pub fn actors(np: &str, sentence: &str, ctx: &Context) -> Vec<Actor> {
    let np = without_opening_quote(np);
    let np = without_persons(np);
    let mut np = without_asides(&np);
    let leaders = take_leaders(&mut np);
    let np = without_how_set_up(&np);
    let mut out: Vec<Actor> = Vec::new();
    let parts = actor_parts(&np);
    let many = parts.len() > 1;
    for part in parts.into_iter().chain(leaders) {
        let part = WHO_THEY_ARE.replace(part.trim(), "").into_owned();
        // "requests the Secretary-General's report to include ...": the report's author is
        // asked.
        let part = AUTHORS_DOCUMENT.replace(&part, "$1").into_owned();
        // "Decides that the mandate of the Mission shall be the following: (a) to ...": the
        // mandate's holder does the tasks.
        let part = MANDATE_OF.replace(&part, "$1").into_owned();
        // "urges the A Forces, the B Forces and their allies to ...": the named parties'
        // allies are asked with them, no addressee of their own.
        if many && THEIR_ALLIES.is_match(part.trim()) {
            continue;
        }
        // "calls upon all, in particular ..., to ...": everyone, read as all States.
        let part = if fold(part.trim()) == "all" {
            table::DEFAULT_ACTOR.to_string()
        } else {
            part
        };
        for actor in resolve(without_participle(&part), sentence, ctx) {
            if !out.iter().any(|a| fold(&a.name) == fold(&actor.name)) {
                out.push(actor);
            }
        }
    }
    out
}

/// "calls upon \"all parties to ...": a quotation that opens before the addressee and
/// closes after its act; its opening mark is no part of the name.
fn without_opening_quote(np: &str) -> &str {
    let t = np.trim_start();
    match t.strip_prefix(['"', '“']) {
        Some(rest) if !rest.contains(['"', '”']) => rest,
        _ => np,
    }
}

/// "the Secretary-General's next report", "the Panel's final report": a document named by
/// its author. Group 1 the author.
static AUTHORS_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.+?)['’]s\s+(?:(?:next|annual|final|forthcoming|comprehensive|first|second|third|periodic|written|oral|midterm|mid-term|interim)\s+)*(?:report|reports|study|note|review|assessment|briefing|briefings|update|updates)$")
        .expect("valid regex")
});

/// "the mandate of the Mission", "the mandates of UNMISS": a mandate named by its holder.
/// Group 1 the holder, named in capitals.
static MANDATE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:the\s+)?(?:(?:current|present|new|revised|renewed)\s+)?mandates?\s+of\s+((?:the\s+)?(?-i:[A-Z]).*)$")
        .expect("valid regex")
});

/// ' (hereinafter "the Committee")', ' ("the Panel")', " (the 'Mission')": a short form
/// defined in brackets.
static SHORT_FORM_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\s*\(\s*(?:hereinafter(?:\s+referred\s+to\s+as)?\s*,?\s*)?(?:the\s+)?["“'‘][^"”'’()]{1,60}["”'’]\s*\)"#)
        .expect("valid regex")
});

/// A noun phrase without footnote marks and the persons who hold its posts.
fn without_persons(np: &str) -> String {
    // "all Member States, as well as international organizations": the list goes on, the
    // "as" opens no qualifier.
    // "the Office18 in ...": a footnote mark glued to the name is no part of it.
    let np = FOOTNOTE_MARK.replace_all(np, "$1");
    // "the Committee ... (hereinafter "the Committee")": the short form the text goes on
    // with is no part of the name.
    let np = SHORT_FORM_DEFINED.replace_all(&np, "");
    // "the Special Envoy, Mr Ivan Petrov,": the person who holds the post is no second actor.
    let np = APPOSED_PERSON.replace_all(&np, "");
    let np = without_bare_apposed_names(&np);
    // "by the sides and the parties, facilitated by the Mission,": who helps is not asked.
    let np = HELPED_BY.replace_all(&np, "");
    // "Westland and Eastland the countries chosen to ...": an apposition a page set off
    // with no comma says who the named ones are; the names are the actors.
    let np = BARE_APPOSED_ROLE.replace(&np, "$1");
    // "Secretary-General of the Orchard League Amir Al-Nadi": the holder's name, with no
    // comma, after the post's organisation.
    match TITLED_PERSON.captures(&np) {
        // "President of the United Nations Environment Assembly": the capitalised words go
        // on with the organisation's name, not a person's.
        Some(m)
            if !tokens(&np[m[1].len()..])
                .iter()
                .any(|t| table::ACTOR_HEADS.contains(&t.word.as_str())) =>
        {
            m[1].to_string()
        }
        _ => np.into_owned(),
    }
}

/// A noun phrase reduced to those asked: the agent or giver it names, without the asides
/// on when or which of them, and without a leading adverb.
fn without_asides(np: &str) -> String {
    // "all parties, namely A, B and C,": the names after "namely" say who the parties are,
    // no actors of their own.
    let np = &*NAMELY.replace(np, "");
    let np = by_agent(np).or_else(|| from_giver(np)).unwrap_or(np);
    // "the Board, notably at its next meeting, and on Member States": when one of them is
    // to act is an aside, and the list goes on after it.
    let np = WHEN_ASIDE.replace_all(np, " ");
    let np = AND_ON.replace_all(&np, " and ");
    // "all States especially those in the region": who among them, without commas.
    // "A, especially its agency C, and B": the aside names a part of A, the list goes on.
    let np = SOME_OF_THEM_ASIDE.replace_all(&np, "$1");
    let np = SOME_OF_THEM.replace(&np, "");
    let np = AS_WELL_AS.replace_all(&np, " and ");
    // "A and B on the one hand and C on the other": the pairing says who faces whom.
    let np = ONE_HAND.replace_all(&np, "");
    without_adverb(np.trim()).to_string()
}

/// The leaders ("led by X") a noun phrase names, taken out of it.
fn take_leaders(np: &mut String) -> Vec<String> {
    let mut leaders = Vec::new();
    while let Some(m) = LED_BY.captures(np) {
        let whole = m.get(0).expect("match");
        // "the parties to the Eastport process led by A and B": the process is led, its
        // leaders are not asked.
        if !LED_THING.is_match(&np[..whole.start()]) {
            leaders.push(m[1].trim().to_string());
        }
        np.replace_range(
            whole.range(),
            if whole.as_str().ends_with(',') {
                ", "
            } else {
                ""
            },
        );
    }
    leaders
}

/// A noun phrase without what says how, when or where its actors were set up or are, and
/// without its qualifiers.
fn without_how_set_up(np: &str) -> String {
    // "all X able to do so, in the spirit of <an accord>,": in what
    // spirit they are to act, an aside, not an actor.
    let np = SPIRIT_ASIDE.replace_all(np, "");
    let np = DO_SO.replace_all(&np, "");
    // "the Committee established pursuant to resolution 2127 (2013)": how it was set up.
    let np = ESTABLISHED.replace_all(&np, "");
    // "the committee of the Council appointed on 9 March": when it was set up.
    let np = APPOINTED_ON.replace_all(&np, "");
    // "all States in all regions of the world": where they are, not who.
    let np = EVERYWHERE.replace_all(&np, "");
    // "their representatives at the General Assembly and its other organs": the place goes
    // on ("and its other organs" are where they sit), no actor of its own.
    let np = AT_PLACE_AND_ITS_OTHER.replace_all(&np, "$1");
    // "both parties when they resume their talks in <a month> to show ...": when they are
    // to act, a clause of its own, not who they are.
    let np = WHEN_CLAUSE.replace(&np, "");
    let np = drop_qualifiers(&np);
    let np = IN_PARTNERSHIP.replace(&np, "");
    RELATIVE.replace(&np, "").into_owned()
}

/// The names a noun phrase lists. "the Governments of X and Y, the Z, and
/// ...": a plural title of two places anywhere in the list is one actor per place.
/// "International organizations (IMF, OECD, ILO, World Bank)": a bracket that lists
/// names after a noun gives its members, one actor, not a list of its own.
fn actor_parts(np: &str) -> Vec<String> {
    let np = &*BRACKETED_MEMBERS.replace_all(np, "$1");
    let np = &*BRACKETED_PAIR.replace_all(np, "$1");
    let np = &*QUOTED_ASK.replace(np, "");
    let np = &*AS_APPROPRIATE.replace_all(np, "");
    of_each(np).unwrap_or_else(|| {
        coordinated(np)
            .into_iter()
            .flat_map(|p| of_each(&p).unwrap_or_else(|| vec![p]))
            .collect()
    })
}

/// "States, other organizations as appropriate and NGOs": the qualifier "as appropriate"
/// inside a list is no part of a name (the list goes on after it).
static AS_APPROPRIATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*,\s*as\s+appropriate\s*,|\s+as\s+appropriate\b").expect("valid regex")
});

/// " (IMF, OECD, ILO, World Bank)": a bracket of two or more names, commas between them,
/// right after a plural noun.
static BRACKETED_MEMBERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L}s)\s*\((?:[^(),]+,\s*)+[^(),]+\)").expect("valid regex"));

/// "the parties (the Orchard Army and Seed Guards)": a bracket naming two after a plural
/// noun says who they are, the noun's actors, no list of its own.
static BRACKETED_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{L}s)\s*\((?:the\s+)?[^(),]+?\s+and\s+(?:the\s+)?[^(),]+\)")
        .expect("valid regex")
});

/// "the parties “to a direct meeting within two weeks,” without naming the place": the
/// quoted words that open with "to" are what is asked, not the actors' name.
static QUOTED_ASK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\s*[“"]\s*to\s.*$"#).expect("valid regex"));

/// "at the General Assembly and its other organs": a place after "at" that goes on with
/// "and its / their other <noun>" (group 1 the place without it).
static AT_PLACE_AND_ITS_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\bat\s+(?:the\s+)?[^,;]+?)\s+and\s+(?:its|their)\s+other\s+[\w-]+")
        .expect("valid regex")
});

static WHEN_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:notably|in\s+particular|particularly|especially)\s+(?:at|in|during|before)\s+(?:its|their|the)\s+[^,;]{3,60},")
        .expect("valid regex")
});

static AND_ON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+and\s+(?:on|upon)\s+").expect("valid regex"));

/// "the Union's newly formed Seed Council", "the rest of the growers": who they are, not
/// part of the name.
static WHO_THEY_ARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s\s+)?(?:newly|recently)\s+(?:formed|created|established|constituted)\s+|^(?:the\s+)?rest\s+of\s+")
        .expect("valid regex")
});

/// "Westland and Eastland the countries designated to ...": after a capitalised name, an
/// uncommaed "the <countries / States / members> <participle or relative>" to the end.
static BARE_APPOSED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{Lu}[\p{L}'’-]*)\s+the\s+(?:two\s+|three\s+)?(?:countries|states|nations|members|member\s+states)\s+(?:\p{Ll}+(?:ed|en)|which|that|who)\b.*$")
        .expect("valid regex")
});

/// ", Mr Ivan Petrov,", ", H.E. Ms Ana Ruiz", ", Lt Gen Ivo Brand,": a person named after
/// the post that acts.
static APPOSED_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:,\s*|\s+\()(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)?(?:Mr|Mrs|Ms|Dr|Madam|Mister|Ambassador|(?:Lt|Lieutenant|Maj|Major|Brig|Brigadier)\.?\s+Gen(?:eral)?|General|Colonel|Col)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:,|\)|$)")
        .expect("valid regex")
});

/// "the commander of the Guard, Ivo ‘Red’ Brand, and ...": a person's name with no title,
/// set off by commas right after a post, is who holds the post, not a second actor.
fn without_bare_apposed_names(np: &str) -> String {
    let mut out = np.to_string();
    for m in BARE_APPOSED_NAME
        .captures_iter(np)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let name = &m[2];
        let post = fold(&m[1]);
        let headed = name.split_whitespace().any(|w| {
            table::ACTOR_HEADS
                .contains(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())).as_str())
        });
        let holds_post = post
            .split_whitespace()
            .any(|w| table::POST_NOUNS.contains(&w));
        if holds_post && !headed {
            let whole = m.get(0).expect("match");
            let keep = m.get(1).expect("group").end();
            out.replace_range(
                keep..whole.end(),
                if whole.as_str().ends_with(',') {
                    ","
                } else {
                    ""
                },
            );
        }
    }
    out
}

/// A piece of the list (group 1), then ", " and two to four capitalised words (a nickname
/// in quotes among them) up to a comma or the end.
static BARE_APPOSED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|,)([^,]+),\s*(\p{Lu}[\p{L}.-]*(?:\s+[‘'“]?\p{Lu}[\p{L}.-]*[’'”]?){1,3})\s*(?:,|$)",
    )
    .expect("valid regex")
});

/// A post of an organisation whose name ends with its head noun, then two to four
/// capitalised words closing the phrase: the person who holds the post.
static TITLED_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:the\s+)?(?:Secretary[- ]General|Chairperson|Chairman|Chair|President|Executive\s+Secretary|Special\s+Envoy|Special\s+Representative|High\s+Representative|Commissioner)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}?(?:League|Union|Commission|Council|Community|Organi[sz]ation|Nations|Conference|Secretariat|Assembly|Authority|Forum|Movement))\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*$")
        .expect("valid regex")
});

/// "the Governments of Sudan and South Sudan" → the Government of each: a plural title
/// of two named places is one actor per place.
fn of_each(np: &str) -> Option<Vec<String>> {
    let m = PLURAL_OF_TWO.captures(np.trim())?;
    // "the Governments of Member States and ...": a group, not two places.
    let group = |s: &str| {
        has_lowercase_word(s)
            || s.split_whitespace()
                .any(|w| table::ACTOR_HEADS.contains(&fold(w).as_str()))
    };
    if group(&m[2]) || group(&m[3]) {
        return None;
    }
    let title = fold(&m[1]);
    let one = table::PLURAL_TITLES
        .iter()
        .find(|(plural, _)| *plural == title)?
        .1;
    Some(vec![
        format!("{one} of {}", &m[2]),
        format!("{one} of {}", &m[3]),
    ])
}

/// "Republic of the Congo" has only connectors in lower case; "other stakeholders" does not.
fn has_lowercase_word(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| starts_lower(w) && !matches!(w, "of" | "the" | "and" | "de" | "du"))
}

static PLURAL_OF_TWO: LazyLock<Regex> = LazyLock::new(|| {
    let titles = any_of(&table::PLURAL_TITLES.map(|(p, _)| p));
    Regex::new(&format!(
        r"^(?i:the\s+)?(?i:({titles}))\s+of\s+(?:the\s+)?(\p{{Lu}}[^,;]*?)\s+and\s+(?:of\s+)?(?:the\s+)?(\p{{Lu}}[^,;]*)$"
    ))
    .expect("valid regex")
});

/// "Member States requesting exemption under Article 19" → "Member States": a participle
/// after the name qualifies it. Not "Member States wishing to host ..." (its "to" is the
/// participle's, kept as the fixtures name such actors), nor "the working group" (a noun
/// follows).
fn without_participle(name: &str) -> &str {
    let toks = tokens(name);
    for k in 1..toks.len() {
        let raw = &name[toks[k].start..toks[k].end];
        let word = toks[k].word.as_str();
        let participle = word.len() >= 6
            && word.ends_with("ing")
            && starts_lower(raw)
            && !(table::TO_TAKERS.contains(&word)
                && toks.get(k + 1).is_some_and(|n| n.word == "to"));
        let after_name = !matches!(toks[k - 1].word.as_str(), "a" | "an" | "the")
            && is_head(&name[toks[k - 1].start..toks[k - 1].end]);
        let noun_next = toks
            .get(k + 1)
            .is_some_and(|n| is_head(&name[n.start..n.end]));
        if participle && after_name && !noun_next {
            return name[..toks[k].start].trim_end();
        }
    }
    name
}

/// "Requests further the Independent Expert ...": an adverb after the verb is not the
/// actor's.
fn without_adverb(np: &str) -> &str {
    // "the Committee thereupon": an adverb of time after the name is no part of it.
    let np = THEN_AFTER
        .find(np)
        .map_or(np, |m| np[..m.start()].trim_end());
    table::VERB_ADVERBS
        .iter()
        .find_map(|a| {
            let rest = np.get(a.len()..)?;
            (np[..a.len()].eq_ignore_ascii_case(a) && rest.starts_with(' '))
                .then(|| rest.trim_start())
        })
        .unwrap_or(np)
}

static THEN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:thereupon|thereafter|forthwith|henceforth|accordingly)\s*,?$")
        .expect("valid regex")
});

/// " in coordination with B": a piece that opens a list of partners; so does a participle's
/// " working jointly with B" or " acting together with B" (who X works with, not who else
/// is asked).
static PARTNER_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    let partnership = any_of(table::PARTNERSHIP_NOUNS);
    Regex::new(&format!(
        r"(?i)^\s*(?:in\s+(?:close\s+)?(?:{partnership})\s+with|together\s+with|(?:(?:working|acting)\s+)?(?:jointly|closely)\s+with|(?:working|acting)\s+(?:together\s+)?with)\b"
    ))
    .expect("valid regex")
});

static SOME_OF_THEM_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:especially|particularly|notably|in\s+particular)\s+[^;]+?,(\s+and\s)")
        .expect("valid regex")
});

/// "A, in particular B", "A and particularly B", "A and, in particular, B": the part of A
/// singled out (set off by commas or not) is no actor of its own.
static SOME_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i),?\s+(?:and(?:\s*,)?\s+)?(?:especially|particularly|notably|in\s+particular)[\s,].*$",
    )
    .expect("valid regex")
});

static FOOTNOTE_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Ll}{2})\d{1,3}\b").expect("valid regex"));

/// "efforts by the Orchard Board" → "the Orchard Board": what is done, then who does it.
fn by_agent(np: &str) -> Option<&str> {
    let toks = tokens(np);
    let k = toks
        .iter()
        .take(4)
        .position(|t| table::ACTION_NOUNS.contains(&t.word.as_str()))?;
    let by = toks.get(k + 1).filter(|t| t.word == "by")?;
    Some(np[by.end..].trim())
}

/// "the fullest support, in money and in goods, from all growers' unions": who gives what
/// is asked for, past an aside of how.
fn from_giver(np: &str) -> Option<&str> {
    FROM_GIVER
        .captures(np)
        .and_then(|m| m.get(1))
        .map(|m| m.as_str().trim())
}

static FROM_GIVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:assistance|support|contributions?|cooperation|funding)\s*(?:,[^,]{1,40},)?\s*from\s+(.+)$")
        .expect("valid regex")
});

/// A bare time clause after the addressee, up to its "to": "when they resume ...",
/// "once it receives ...", "as soon as they meet ...".
static WHEN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:when|whenever|once|as\s+soon\s+as)\s+(?:they|it|he|she|both|each|the|their|its)\b.*$")
        .expect("valid regex")
});

static AS_WELL_AS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i),?\s+as\s+well\s+as\s+").expect("valid regex"));

/// "the occupying Power, Orchardia,", "the host country, Riverland,": a role in lower case
/// (its last noun may be capitalised), then the name that holds it (group 1).
static ROLE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*the\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}(?:(?-i:[A-Z])[\w-]*|(?-i:[a-z])[\w-]*)\s*,\s*((?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,4})\s*,?\s*$")
        .expect("valid regex")
});

/// Drops comma-enclosed pieces that say how or with whom the actor acts, and appositions
/// ("Israel, the occupying Power,") in a phrase that is not a list.
/// A qualifier runs on over the pieces of its own list ("in collaboration with AUDA-NEPAD,
/// Afreximbank and the RECs") up to a piece that opens with "and" or "or".
/// ", facilitated by the Mission,", ", supported by X": an aside naming who helps.
static HELPED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:facilitated|supported|assisted|accompanied)\s+by\s+[^,;]+,?")
        .expect("valid regex")
});

fn drop_qualifiers(np: &str) -> String {
    // "the occupying Power, Israel,": the name after its role, as in "Israel, the occupying
    // Power," (whose role is dropped below).
    if let Some(m) = ROLE_THEN_NAME.captures(np) {
        return m[1].to_string();
    }
    let mut kept: Vec<&str> = Vec::new();
    let list = COORD_WORD.is_match(np);
    let mut in_qualifier = false;
    // "all States and, as appropriate, international organizations": a qualifier right
    // after a conjunction is one piece; the name it interrupts goes on after it.
    let mut inserted = false;
    // "A, in coordination with B, C, and D, to ...": the pieces of a partner list of two or
    // more; its ", and D" closes that list, it adds no addressee.
    let mut partners = 0;
    let mut kept_aside = "";
    for (k, piece) in np.split(',').enumerate() {
        let first = tokens(piece)
            .first()
            .map(|t| t.word.clone())
            .unwrap_or_default();
        if k > 0 && PARTNER_ASIDE.is_match(piece) {
            partners = 1;
            kept_aside = piece;
        } else if partners > 0 && in_qualifier {
            let closes = matches!(first.as_str(), "and" | "or");
            if closes && (partners >= 2 || others_of_aside_kind(piece, kept_aside)) {
                partners = 0;
                in_qualifier = false;
                continue;
            }
            partners += 1;
        }
        let apposition = !list && matches!(first.as_str(), "the" | "a" | "an");
        let qualifier = table::QUALIFIER_STARTS.contains(&first.as_str()) || apposition;
        if inserted {
            // The name the qualifier interrupted goes on here.
            inserted = false;
            in_qualifier = false;
            kept.push(piece);
            continue;
        }
        let resumes = matches!(first.as_str(), "and" | "or");
        let after_conj = kept
            .last()
            .and_then(|p| tokens(p).last().map(|t| t.word.clone()))
            .is_some_and(|w| w == "and" || w == "or");
        let was_in = in_qualifier;
        in_qualifier = k > 0 && (qualifier || (in_qualifier && !resumes));
        inserted = in_qualifier && !was_in && after_conj;
        if in_qualifier {
            continue;
        }
        kept.push(piece);
    }
    kept.join(",")
        .replace(" and, ", " and ")
        .replace(" or, ", " or ")
        .trim()
        .trim_end_matches(',')
        .to_string()
}

/// "A, in coordination with B and through the C mechanism, and other relevant mechanisms,
/// to ...": "and other <kind>s" where the partner aside has just named one of that kind
/// goes on with the aside (others like it), it adds no addressee.
fn others_of_aside_kind(piece: &str, aside: &str) -> bool {
    let toks = tokens(piece);
    let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
    if words.len() < 3 || words[0] != "and" || words[1] != "other" {
        return false;
    }
    let kind = |w: &str| w.trim_end_matches('s').to_string();
    let head = kind(words[words.len() - 1]);
    tokens(aside).iter().any(|t| kind(&t.word) == head)
}

/// Splits "Member States, international organizations and civil society" into its names,
/// keeping together the pieces of one name ("the Islamic Educational, Scientific and
/// Cultural Organization", "the Food and Agriculture Organization").
fn coordinated(np: &str) -> Vec<String> {
    if let Some(pair) = repeated_title(np) {
        return pair;
    }
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for sep in COORD.find_iter(np) {
        spans.push((at, sep.start()));
        at = sep.end();
    }
    spans.push((at, np.len()));
    spans.retain(|(a, b)| !np[*a..*b].trim().is_empty());
    if shares_a_complement(np, &spans) {
        return vec![np.trim().to_string()];
    }
    join_state_and_government(np, &mut spans);
    join_kinds_sharing_of(np, &mut spans);
    join_bodies_sharing_of(np, &mut spans);
    join_places_after_in(np, &mut spans);
    join_shared_heads(np, &mut spans);
    join_other_members(np, &mut spans);
    join_shared_collective(np, &mut spans);
    // Names as byte ranges of `np`; trailing pieces that end no name join the last one.
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut first: Option<usize> = None;
    for (k, &(a, b)) in spans.iter().enumerate() {
        let start = *first.get_or_insert(a);
        let next = spans.get(k + 1).map(|&(c, d)| &np[c..d]);
        if complete(&np[a..b], &np[start..b], next) {
            names.push((start, b));
            first = None;
        }
    }
    // "... and any other regional or international actor": "any other <kind>" names
    // actors of its own, whatever its last word.
    let any_other = first.is_some_and(|start| fold(np[start..].trim()).starts_with("any other "));
    if let Some(start) = first {
        match names.last_mut() {
            Some(_) if any_other => names.push((start, np.len())),
            Some(last) => last.1 = np.len(),
            None => names.push((start, np.len())),
        }
    }
    names
        .into_iter()
        .map(|(a, b)| {
            let p = np[a..b].trim();
            if fold(p).starts_with("to ") {
                p[3..].trim().to_string()
            } else {
                p.to_string()
            }
        })
        .collect()
}

/// "the Chief Warden of the town of the host of the ninth fair and the Chief Warden or Mayor
/// of the town of the host of the tenth": a capitalised title, with its "of" complement,
/// repeated after "and the" names a second holder of that title, whatever word ends either
/// complement (a meeting, a session: no actor noun) and whatever "or" the second title
/// holds.
fn repeated_title(np: &str) -> Option<Vec<String>> {
    let t = np.trim();
    let body = t
        .strip_prefix("the ")
        .or_else(|| t.strip_prefix("The "))
        .unwrap_or(t);
    let head = body.split(' ').next()?;
    if !head.starts_with(char::is_uppercase) || t.contains([',', ';']) {
        return None;
    }
    let joint = format!(" and the {head} ");
    let mut found = t.match_indices(&joint);
    let (at, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let (first, second) = (t[..at].trim(), t[at + 5..].trim());
    // "the Government of A and the Government of B and donors": a longer list is left to
    // the general split.
    (first.contains(" of ") && second.contains(" of ") && !second.contains(" and "))
        .then(|| vec![first.to_string(), second.to_string()])
}

/// "the Chair of the Orchard Assembly of Heads of State and Government": "of State and
/// Government" is one title (the heads of both), not a second actor "Government".
fn join_state_and_government(np: &str, spans: &mut Vec<(usize, usize)>) {
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a, b) = spans[k];
        let (c, d) = spans[k + 1];
        if fold(np[a..b].trim_end()).ends_with(" of state")
            && fold(np[b..c].trim()) == "and"
            && fold(np[c..d].trim()) == "government"
        {
            spans[k].1 = d;
            spans.remove(k + 1);
        }
        k += 1;
    }
}

/// "the transitional authorities in Alpha, Beta and Gamma", "the Groups in Dakar and
/// Accra": the names after "in" are the places of one actor, not actors of their own; the
/// actor is named without them, as the list of places would double its name.
fn join_places_after_in(np: &str, spans: &mut Vec<(usize, usize)>) {
    let place = |piece: &str| {
        let words: Vec<&str> = piece.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && !words
                .iter()
                .any(|w| table::ACTOR_HEADS.contains(&fold(w).as_str()))
    };
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a, b) = spans[k];
        let head = np[a..b]
            .rsplit_once(" in ")
            .filter(|(head, tail)| !head.trim().is_empty() && place(tail.trim()))
            .map(|(head, _)| head.trim_end().len());
        if let Some(head) = head
            && place(np[spans[k + 1].0..spans[k + 1].1].trim())
        {
            while k + 1 < spans.len() && place(np[spans[k + 1].0..spans[k + 1].1].trim()) {
                spans.remove(k + 1);
            }
            spans[k].1 = a + head;
        }
        k += 1;
    }
}

/// "specialized agencies, funds and programmes of the United Nations system": short
/// lowercase nouns that share the last piece's "of ..." name one group. "all States and
/// other members of X", "all interested States, ... and the Governments of X": a
/// capitalised word after "all", or before the "of", names actors of their own.
fn shares_a_complement(np: &str, spans: &[(usize, usize)]) -> bool {
    let Some((&(a, b), init)) = spans.split_last() else {
        return false;
    };
    let lower = |piece: &str| {
        piece
            .split_whitespace()
            .all(|w| w.starts_with(char::is_lowercase))
    };
    !init.is_empty()
        && fold(&np[a..b]).contains(" of ")
        && lower(kind_piece(&np[a..b]).split(" of ").next().unwrap_or(""))
        && init.iter().all(|&(c, d)| {
            let piece = kind_piece(&np[c..d]);
            piece.split_whitespace().count() <= 2 && lower(&piece)
        })
}

/// A list's piece without its determiners and the quantifiers before a kind of body ("all
/// relevant organs" → "relevant organs", "other members" → "members").
fn kind_piece(piece: &str) -> String {
    let mut s = strip_determiners(piece);
    loop {
        let lower = fold(&s);
        match ["all ", "other ", "those "]
            .iter()
            .find(|q| lower.starts_with(*q))
        {
            Some(q) => s = s[q.len()..].trim_start().to_string(),
            None => return s,
        }
    }
}

/// "all relevant organs, agencies and offices of X, seed banks and ...", "all States and
/// competent offices and agencies of X": kinds of bodies listed before a piece whose
/// kind has an "of ..." complement share it, one group, wherever the group stands in the
/// list; a capitalised name before them ("all States") stays an actor of its own.
fn join_kinds_sharing_of(np: &str, spans: &mut Vec<(usize, usize)>) {
    let kind_noun =
        |w: &str| table::SHARED_HEAD_NOUNS.contains(&w) || table::BODY_NOUNS.contains(&w);
    let kind = |piece: &str| {
        let piece = kind_piece(piece);
        let folded = fold(&piece);
        let words: Vec<&str> = folded.split_whitespace().collect();
        (1..=2).contains(&words.len())
            && words.last().is_some_and(|w| kind_noun(w))
            && piece.starts_with(char::is_lowercase)
    };
    let of_kind = |piece: &str| {
        let piece = kind_piece(piece);
        piece.starts_with(char::is_lowercase)
            && fold(&piece)
                .split_once(" of ")
                .is_some_and(|(head, _)| kind_noun(head.trim()))
    };
    let mut k = 1;
    while k < spans.len() {
        let (c, d) = spans[k];
        if of_kind(&np[c..d]) {
            let mut j = k;
            while j >= 1 && kind(&np[spans[j - 1].0..spans[j - 1].1]) {
                j -= 1;
            }
            if j < k {
                spans[j].1 = spans[k].1;
                spans.drain(j + 1..=k);
                k = j;
            }
        }
        k += 1;
    }
}

/// "the specialized agencies and other organizations of the United Nations system and
/// regional organizations": kinds of bodies joined by "and" that share the last one's
/// "of ..." are one group, whatever comes before or after them.
fn join_bodies_sharing_of(np: &str, spans: &mut Vec<(usize, usize)>) {
    let body_head =
        |word: &str| table::BODY_NOUNS.contains(&word) || table::SHARED_HEAD_NOUNS.contains(&word);
    let mut k = spans.len().saturating_sub(1);
    while k >= 1 {
        let (a, b) = spans[k - 1];
        let (c, d) = spans[k];
        let by_and = fold(&np[b..c]).trim() == "and";
        let later = fold(np[c..d].trim());
        let later = later.strip_prefix("other ").unwrap_or(&later);
        // "all other X and subsidiary Y of Z": one adjective
        // before the later body noun leaves it a body sharing the "of".
        let later_ok = later.contains(" of ")
            && (later.split(' ').next().is_some_and(body_head)
                || (later.split(' ').nth(1).is_some_and(body_head)
                    && later
                        .split(' ')
                        .next()
                        .is_some_and(|w| table::ORGAN_ADJECTIVES.contains(&w))))
            && np[c..d].trim().starts_with(char::is_lowercase);
        let earlier = fold(&np[a..b]);
        let earlier = earlier
            .trim()
            .strip_prefix("all ")
            .or_else(|| earlier.trim().strip_prefix("those "))
            .unwrap_or(earlier.trim());
        let earlier = fold(&strip_determiners(earlier));
        let earlier = earlier.strip_prefix("other ").unwrap_or(&earlier);
        let words: Vec<&str> = earlier.split_whitespace().collect();
        let earlier_ok = (1..=2).contains(&words.len())
            && words.last().is_some_and(|w| body_head(w))
            && np[a..b].trim().starts_with(char::is_lowercase);
        if by_and && later_ok && earlier_ok {
            spans[k - 1] = (a, d);
            spans.remove(k);
        }
        k -= 1;
    }
}

/// "relevant United Nations agencies, funds and programmes": bare nouns of
/// [`table::SHARED_HEAD_NOUNS`] after a piece that ends in one share its modifiers, so
/// the run is one name.
fn join_shared_heads(np: &str, spans: &mut Vec<(usize, usize)>) {
    let ends_in_shared = |piece: &str| {
        let piece = fold(piece);
        table::SHARED_HEAD_NOUNS
            .iter()
            .any(|n| piece == *n || piece.ends_with(&format!(" {n}")))
    };
    // "the funds and programmes of the United Nations": the last head may carry the
    // complement they share.
    let bare_shared = |piece: &str| {
        let piece = fold(piece.trim());
        let head = piece.split_once(" of ").map_or(piece.as_str(), |(h, _)| h);
        table::SHARED_HEAD_NOUNS.contains(&head)
    };
    let mut k = 1;
    while k < spans.len() {
        let (a, _) = spans[k - 1];
        let (c, d) = spans[k];
        // "international organizations or institutions": one bare noun after "or" is an
        // alternative head sharing the modifiers before it.
        let sep = fold(&np[spans[k - 1].1..c]);
        let piece = np[c..d].trim();
        let bare_alternative =
            sep.trim() == "or" && !piece.contains(' ') && piece.starts_with(char::is_lowercase);
        if (ends_in_shared(&np[a..spans[k - 1].1]) && bare_shared(&np[c..d])) || bare_alternative {
            spans[k - 1] = (a, d);
            spans.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "the executive heads of the specialized agencies and other organizations of ...": "other
/// organizations" goes on the "of" complement; the heads are one actor.
fn join_other_members(np: &str, spans: &mut Vec<(usize, usize)>) {
    let mut k = 1;
    while k < spans.len() {
        let prev = fold(&np[spans[k - 1].0..spans[k - 1].1]);
        let piece = fold(np[spans[k].0..spans[k].1].trim());
        let of_group = prev.contains(" of ")
            && table::SHARED_HEAD_NOUNS
                .iter()
                .any(|n| prev.ends_with(&format!(" {n}")));
        let other_group = piece.strip_prefix("other ").is_some_and(|rest| {
            let head = rest.split(' ').find(|w| !w.is_empty()).unwrap_or("");
            table::SHARED_HEAD_NOUNS.contains(&head) || table::BODY_NOUNS.contains(&head)
        });
        if of_group && other_group {
            spans[k - 1].1 = spans[k].1;
            spans.remove(k);
        } else {
            k += 1;
        }
    }
}

/// "the Misseriya and Ngok Dinka communities": a name with no actor noun before "and" and a
/// collective noun shares it, one group.
fn join_shared_collective(np: &str, spans: &mut Vec<(usize, usize)>) {
    let mut k = 1;
    while k < spans.len() {
        let prev = np[spans[k - 1].0..spans[k - 1].1].trim();
        let piece = np[spans[k].0..spans[k].1].trim();
        let joined_by_and = fold(&np[spans[k - 1].1..spans[k].0]).trim() == "and";
        let last = fold(piece.rsplit(' ').next().unwrap_or(""));
        let shares = joined_by_and
            && !table::ACTOR_HEADS.contains(&fold(prev.rsplit(' ').next().unwrap_or("")).as_str())
            && prev.split_whitespace().count() <= 3
            && table::COLLECTIVE_NOUNS.contains(&last.as_str())
            && !starts_with_determiner(piece);
        if shares {
            spans[k - 1].1 = spans[k].1;
            spans.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Whether a piece of a list ends a name; `next` is the piece after it.
fn complete(piece: &str, so_far: &str, next: Option<&str>) -> bool {
    let piece = piece.trim();
    // "all Valley and international growers": "all" takes a plural noun; a lone capitalised
    // word after it that is no plural and no actor noun is an adjective whose noun comes
    // after the "and".
    if all_before_adjective(so_far) {
        return false;
    }
    // "eminent personalities active in the struggle against X", "parties involved in a
    // dispute": an actor noun with its own modifying phrase ends a name.
    // "industry, interested Governments and ...": a lowercase collective that acts ("the
    // Chamber of Commerce, Industry and Agriculture" keeps its capitalised words).
    if piece.starts_with(char::is_lowercase)
        && table::LOWERCASE_ACTORS.contains(&fold(piece).as_str())
    {
        return true;
    }
    if MODIFIED_HEAD
        .captures(piece)
        .is_some_and(|c| table::ACTOR_HEADS.contains(&fold(&c[1]).as_str()))
    {
        return true;
    }
    // "other funds and donors in the valley": an actor noun with where it is ends a name
    // as one with its own modifying phrase does, so the list before it keeps its names.
    if PLACED_HEAD.captures(piece).is_some_and(|c| is_head(&c[1])) {
        return true;
    }
    // "the Member States of the region and the African Union": an actor noun with the place
    // it belongs to ends a name.
    if let Some((head, place)) = fold(piece).rsplit_once(" of the ")
        && table::REGION_NOUNS.contains(&place)
        && head
            .rsplit(' ')
            .next()
            .is_some_and(|h| table::ACTOR_HEADS.contains(&h))
    {
        return true;
    }
    let last = piece
        .rsplit(' ')
        .next()
        .unwrap_or(piece)
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let folded = fold(last);
    // "all States concerned and parties to ...": a post-placed "concerned" closes its name.
    let before_last = piece.rsplit(' ').nth(1).map(fold).unwrap_or_default();
    // "Member States and others concerned": "others" and "all" stand for actors there.
    if folded == "concerned"
        && (table::ACTOR_HEADS.contains(&before_last.as_str())
            || table::CONCERNED_PRONOUNS.contains(&before_last.as_str()))
    {
        return true;
    }
    // "Russian and any other regional or international actor": a lone capitalised word
    // before "and any other <kind>" is one of that kind, an actor of its own (the noun it
    // shares is left out), whatever its ending.
    if next.is_some_and(|n| fold(n.trim()).starts_with("any other "))
        && !piece.contains(' ')
        && piece.starts_with(char::is_uppercase)
        && so_far.trim() == piece
    {
        return true;
    }
    // "SESRIC" is a name, whatever its last letters.
    let acronym = last.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && last.chars().all(|c| !c.is_lowercase());
    if !acronym
        && table::ADJECTIVE_ENDINGS.iter().any(|e| folded.ends_with(e))
        && !table::ACTOR_HEADS.contains(&folded.as_str())
        && !table::NAMES_LIKE_ADJECTIVES.contains(&folded.as_str())
    {
        return false;
    }
    if next.is_some_and(|next| starts_next_name(last, &folded, so_far, next)) {
        return false;
    }
    if next.is_some_and(|next| topic_goes_on(so_far, next)) {
        return false;
    }
    is_head(last) || head_before_to(piece)
}

/// "all Valley" before "and international growers": "all" and one capitalised word that
/// is neither a plural nor an actor noun (a people's or a place's adjective).
fn all_before_adjective(so_far: &str) -> bool {
    let words: Vec<&str> = so_far.split_whitespace().collect();
    let [all, word] = words.as_slice() else {
        return false;
    };
    let folded = fold(word);
    fold(all) == "all"
        && word.starts_with(char::is_uppercase)
        && !folded.ends_with('s')
        && !table::ACTOR_HEADS.contains(&folded.as_str())
}

/// "the Division for Ocean Affairs and the Law of the Sea of the Office of ...": after a
/// body's capitalised topic ("X for Y", "X on Y"), "and the Z ..." whose head noun names
/// no body ("Law", not "Office" or "Council") is more of the topic, one name.
fn topic_goes_on(so_far: &str, next: &str) -> bool {
    let so_far = so_far.trim();
    let Some((body, topic)) = [" for ", " on "].iter().find_map(|p| so_far.rsplit_once(p)) else {
        return false;
    };
    let capitalised = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        !words.is_empty() && words.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let body_head = body
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && is_head(w));
    let Some(rest) = fold(next.trim())
        .starts_with("the ")
        .then(|| next.trim()[4..].trim())
    else {
        return false;
    };
    let named = rest.split(" of ").next().unwrap_or(rest);
    let head = fold(named.rsplit(' ').next().unwrap_or(named));
    body_head
        && capitalised(topic)
        && capitalised(named)
        && !table::ACTOR_HEADS.contains(&head.as_str())
        && !table::GROUP_HEADS.contains(&head.as_str())
}

/// Whether the piece ending in `last` (`folded`) is the start of the name `next` goes on
/// with, not a name of its own.
// "Food and Agriculture Organization": a bare capitalised word before a capitalised
// name that ends in an actor noun is the start of that name.
fn starts_next_name(last: &str, folded: &str, so_far: &str, next: &str) -> bool {
    let next = next.trim();
    // "Parties to the Seed Protocol and Governments": an actor noun with its treaty after
    // "to" is a name of its own, and a lone actor noun after it ("Governments", "States")
    // is another addressee, not the end of a capitalised name the treaty's words begin.
    if head_before_to(so_far.trim())
        && !next.contains(' ')
        && next.starts_with(char::is_uppercase)
        && table::ACTOR_HEADS.contains(&fold(next).as_str())
    {
        return false;
    }
    // "the Committee for Coordinating and Monitoring the Implementation of X": two
    // capitalised gerunds after a name's "for" are one name's purpose, whatever follows.
    let gerund =
        |w: &str| w.starts_with(char::is_uppercase) && w.len() > 4 && fold(w).ends_with("ing");
    if gerund(last)
        && next.split_whitespace().next().is_some_and(gerund)
        && fold(so_far).contains(" for ")
    {
        return true;
    }
    let next_last = next
        .rsplit(' ')
        .next()
        .unwrap_or(next)
        .trim_matches(|c: char| !c.is_alphanumeric());
    let bare = !starts_with_determiner(next) && next.chars().next().is_some_and(char::is_uppercase);
    // "the Justice and Equality Movement": a movement's or a front's name ends in its noun.
    let movement = matches!(
        fold(next_last).as_str(),
        "movement" | "front" | "coalition" | "alliance" | "league"
    );
    let named = next_last.chars().next().is_some_and(char::is_uppercase)
        && is_head(next_last)
        && (table::ACTOR_HEADS.contains(&fold(next_last).as_str())
            || movement
            || next_last.chars().all(|c| c.is_uppercase()));
    // "COMSTECH and Member States", "IsDB and ...": an acronym is a name of its own.
    let acronym_like = last.chars().skip(1).any(char::is_uppercase);
    let capital_word = last.chars().next().is_some_and(char::is_uppercase)
        && !acronym_like
        && !table::ACTOR_HEADS.contains(&folded);
    // "the Committee of Intelligence and Security Services of Africa".
    // "... of the Peace, Security and Cooperation Framework": a capitalised run after "of".
    // "the Commission on Science and Technology for Development" likewise.
    let complemented = [" of ", " on ", " for "]
        .iter()
        .any(|p| fold(so_far).contains(p));
    // "the Government of Utopia, UNOMA and ...", "the Government of Utopia and
    // Parliament": after a name with its complement, a lone acronym or a capitalised
    // actor noun is a name of its own.
    let lone_acronym = !next.contains(' ')
        && next.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && next.chars().all(|c| !c.is_lowercase());
    let of_one_place = fold(so_far)
        .rsplit_once(" of ")
        .is_some_and(|(_, place)| !place.trim().contains(' '));
    let own_name = complemented
        && (lone_acronym
            || (of_one_place && named && table::ACTOR_HEADS.contains(&fold(next_last).as_str())));
    (bare && named && capital_word && !own_name)
        || (bare && capital_word && complemented && !own_name && !next.contains(" of the "))
}

/// "parties to armed conflict": a name whose "to" complement follows its head noun.
fn head_before_to(piece: &str) -> bool {
    piece
        .split_once(" to ")
        .and_then(|(head, _)| head.rsplit(' ').next())
        .is_some_and(is_head)
}

fn starts_with_determiner(s: &str) -> bool {
    let lower = fold(s.trim_start());
    [
        "the ", "all ", "a ", "an ", "its ", "their ", "each ", "every ", "to the ",
    ]
    .iter()
    .any(|d| lower.starts_with(d))
}

/// One name in its usual form; "the authorities" becomes the authorities of the places
/// the sentence names.
fn resolve(name: &str, sentence: &str, ctx: &Context) -> Vec<Actor> {
    let name = without_count(&strip_determiners(name));
    if !name.chars().any(char::is_alphanumeric) {
        return Vec::new();
    }
    let folded = fold(&name);
    // "Welcomes the coordination with the Board and the Office, and encourages those bodies
    // to ...": the two named before.
    if let Some(pair) = THOSE_BODIES
        .is_match(&folded)
        .then(|| pair_before(sentence, &folded))
        .flatten()
    {
        return pair
            .into_iter()
            .map(|n| Actor {
                check: Some(format!("the text says \"{name}\": read as \"{n}\"")),
                name: canonical(&n, ctx),
            })
            .collect();
    }
    // "..., and calls upon those that have not to ...": the group named before.
    if folded == "those" {
        return those(sentence);
    }
    if table::BARE_AUTHORITIES.contains(&folded.as_str()) {
        return authorities(&name, sentence);
    }
    // "all those involved in the planning for X": the people, by what they take part in.
    if let Some(m) = THOSE_INVOLVED.captures(&name) {
        return vec![Actor {
            name: capitalise(m[1].trim()),
            check: Some(format!("the text says \"{name}\"")),
        }];
    }
    let full = full_name(&name, sentence);
    let usual = canonical(full.as_deref().unwrap_or(&name), ctx);
    let check = (fold(&usual) != folded).then(|| format!("the text says \"{name}\""));
    vec![Actor { name: usual, check }]
}

/// "..., and calls upon those that have not to ...": the group named before "those".
fn those(sentence: &str) -> Vec<Actor> {
    // "encourages those who took part to ...": people the text names by what they did.
    if let Some(m) = THOSE_WHO.captures(sentence) {
        return vec![Actor {
            name: format!("Those who {}", m[1].trim()),
            check: Some("the text says \"those\": check whom it means".into()),
        }];
    }
    // The "those" that stands alone ("those that have not yet done so"), not "those
    // States members of ... that have".
    let lower = fold(sentence);
    let alone = lower
        .match_indices("those ")
        .filter(|(at, _)| {
            let next = lower[at + 6..].split_whitespace().next().unwrap_or("");
            matches!(next, "that" | "which" | "not" | "to" | "having" | "wishing")
        })
        .last()
        .or_else(|| lower.match_indices("those ").next())
        .map(|(at, _)| at);
    let group = alone
        .and_then(|at| plural_group_before(&sentence[..at]))
        .unwrap_or_else(|| table::DEFAULT_ACTOR.to_string());
    vec![Actor {
        check: Some(format!("the text says \"those\": read as \"{group}\"")),
        name: group,
    }]
}

/// "the authorities": those of the places the sentence names.
fn authorities(name: &str, sentence: &str) -> Vec<Actor> {
    let places = places(sentence);
    if places.is_empty() {
        return vec![Actor {
            name: capitalise(name),
            check: Some("which authorities? the text does not say".into()),
        }];
    }
    places
        .into_iter()
        .map(|p| Actor {
            name: format!("Authorities of {p}"),
            check: Some(
                "the text says \"the authorities\"; read as those of the places it names".into(),
            ),
        })
        .collect()
}

/// "... the panel organized by the Human Rights Council ..., and invites the Council to
/// ...": a body's short form is the one full name the sentence gives it (of up to three
/// more words).
fn full_name(name: &str, sentence: &str) -> Option<String> {
    let head = fold(name);
    let capitalised = name.starts_with(char::is_uppercase) && !name.contains(' ');
    if !capitalised || !table::ACTOR_HEADS.contains(&head.as_str()) {
        return None;
    }
    // Only a name after "the" ("Encourages States" is a verb and its object), and not
    // one that goes on ("the National Commission to Investigate ...").
    let mut found: Vec<String> = FULL_NAMES
        .captures_iter(sentence)
        .filter(|c| fold(&c[2]) == head)
        .filter(|c| {
            let whole = c.get(0).expect("match");
            let after_the = fold(sentence[..whole.start()].trim_end()).ends_with(" the");
            after_the && !NAME_GOES_ON.is_match(&sentence[whole.end()..])
        })
        .map(|c| {
            format!(
                "{} {}",
                c[1].split_whitespace().collect::<Vec<_>>().join(" "),
                &c[2]
            )
        })
        .collect();
    found.sort();
    found.dedup();
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// "... to Investigate", "... of Europe", "... for Refugees": a name longer than its run.
static NAME_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:to|of|for|on|in|and)\s+(?:the\s+)?\p{Lu}").expect("valid regex")
});

/// Up to three capitalised words and the noun they name: "Human Rights Council".
static FULL_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:\p{Lu}[\w'’-]*\s+){1,3})(\p{Lu}\w+)\b").expect("valid regex")
});

static MODIFIED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b([\w-]+)\s+(?:active|involved|working|engaged|operating)\s+(?:in|on|with|at)\b",
    )
    .expect("valid regex")
});

/// "donors in the valley", "philanthropists in the Muslim world": a piece that ends in an
/// "in" phrase of a place (up to four words) after its head noun.
static PLACED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)([\w-]+)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$")
        .expect("valid regex")
});

static ONE_HAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+on\s+the\s+(?:one\s+hand|other(?:\s+hand)?)\b,?").expect("valid regex")
});

static ESTABLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:established|set\s+up|created)\s+(?:pursuant\s+to|under|by)\s+(?:(?:paragraph\s+\d+\s+of\s+)?(?:security\s+council\s+|general\s+assembly\s+)?resolutions?\s+[\d/]+(?:\s*\(\d{4}\))?(?:\s+and\s+[\d/]+(?:\s*\(\d{4}\))?)?)")
        .expect("valid regex")
});

static APPOINTED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:appointed|established|set\s+up|created|elected|constituted)\s+(?:on|in)\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}|\p{L}+)(?:,?\s+\d{4})?\b")
        .expect("valid regex")
});

static EVERYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:in|from)\s+all\s+regions(?:\s+of\s+the\s+world)?\b|\s+(?:around|throughout)\s+the\s+world\b|\s+worldwide\b")
        .expect("valid regex")
});

static THOSE_INVOLVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((?:all\s+)?those\s+(?:involved|engaged|concerned|interested))\b(?:\s+(?:in|with)\b.*)?$")
        .expect("valid regex")
});

/// "those who took part to ...": the people a relative clause names.
static THOSE_WHO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthose\s+who\s+([\w\s-]{1,40}?)\s+to\s+\p{Ll}").expect("valid regex")
});

static THOSE_BODIES: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::BODY_NOUNS);
    Regex::new(&format!(r"^(?:those|these|both|the\s+two)\s+(?:{nouns})$")).expect("valid regex")
});

/// "the Board of Auditors and the Office of ..." before `phrase` in the sentence: the last
/// two names joined by "and the".
fn pair_before(sentence: &str, phrase: &str) -> Option<Vec<String>> {
    let at = fold(sentence).find(phrase)?;
    let prefix = &sentence[..at];
    let m = PAIR.captures_iter(prefix).last()?;
    Some(vec![m[1].trim().to_string(), m[2].trim().to_string()])
}

static PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bthe\s+(\p{Lu}[^,;]*?)\s+and\s+the\s+(\p{Lu}[^,;]*?)\s*(?:,|;|$)")
        .expect("valid regex")
});

/// The last plural actor noun in `prefix` with the words that qualify it ("all States",
/// "OIC member states"), in its usual form.
fn plural_group_before(prefix: &str) -> Option<String> {
    let toks = tokens(prefix);
    let head = toks
        .iter()
        .rposition(|t| t.word.ends_with('s') && table::ACTOR_HEADS.contains(&t.word.as_str()))?;
    let mut first = head;
    while first > 0 {
        let prev = &toks[first - 1];
        let raw = &prefix[prev.start..prev.end];
        let modifier = table::STATE_GROUP_MODIFIERS.contains(&prev.word.as_str())
            || raw.starts_with(char::is_uppercase) && first > 1;
        if !modifier || prefix[prev.end..toks[first].start].trim() != "" {
            break;
        }
        first -= 1;
    }
    // "those States members of the Committee that have ...": the group with its "of".
    let end = complement_end(prefix, &toks, head).unwrap_or(toks[head].end);
    let name = &prefix[toks[first].start..end];
    Some(capitalise(&strip_determiners(name)))
}

/// "the 31 States that have not yet ...": the count is no part of the name ("States"), as
/// an article is not; a number before anything but a named group is left (no actor).
fn without_count(name: &str) -> String {
    let Some((count, rest)) = name.split_once(' ') else {
        return name.to_string();
    };
    let counted = count.chars().all(|c| c.is_ascii_digit())
        && rest.starts_with(char::is_uppercase)
        && has_actor_word(rest);
    if counted { rest } else { name }.to_string()
}

fn strip_determiners(s: &str) -> String {
    let mut s = s
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.'))
        .trim();
    loop {
        let lower = fold(s);
        // "urged both Valley and B to ...": "both" marks the pair, it is no part of the
        // name after it ("both parties" stays whole).
        let both =
            lower.starts_with("both ") && s[5..].trim_start().starts_with(char::is_uppercase);
        // "Agreed that Chairman of X be invited to ...": the conjunction before a name.
        let that =
            lower.starts_with("that ") && s[5..].trim_start().starts_with(char::is_uppercase);
        let cut = [
            "the ", "a ", "an ", "its ", "their ", "his ", "her ", "our ",
        ]
        .iter()
        .find(|d| lower.starts_with(*d))
        .or(both.then_some(&"both "))
        .or(that.then_some(&"that "));
        match cut {
            Some(d) => s = s[d.len()..].trim_start(),
            None => break,
        }
    }
    s.to_string()
}

/// The word or name with its first letter in capitals.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The usual form of an actor's name.
pub fn canonical(name: &str, ctx: &Context) -> String {
    let name = strip_determiners(name);
    let mut name = TITLE_WITHOUT_HYPHEN
        .replace_all(&name, "$1-$2")
        .into_owned();
    // "the States members of the United Nations Standing Advisory Committee" are that
    // committee's members: the name goes on in capitals after "United Nations".
    for (part, usual) in NAME_PARTS.iter() {
        name = part
            .replace_all(&name, |c: &regex::Captures<'_>| {
                let whole = c.get(0).expect("match");
                let goes_on = name[whole.end()..]
                    .trim_start()
                    .starts_with(char::is_uppercase);
                if goes_on {
                    whole.as_str().to_string()
                } else {
                    (*usual).to_string()
                }
            })
            .into_owned();
    }
    let folded = fold(&name).split_whitespace().collect::<Vec<_>>().join(" ");
    // "all OIC Member States" are the OIC member states.
    let quantified = folded.strip_prefix("all ").unwrap_or(&folded);
    let org = ctx.org.as_deref().map(|o| o.to_lowercase());
    let with_org = |pattern: &str| -> Option<String> {
        match (&org, pattern.contains("{org}")) {
            (Some(o), true) => Some(pattern.replace("{org}", o)),
            (None, true) => None,
            (_, false) => Some(pattern.to_string()),
        }
    };
    if table::MEMBER_STATE_ALIASES
        .iter()
        .filter_map(|a| with_org(a))
        .any(|a| a == quantified)
    {
        return match &ctx.org {
            Some(o) => format!("{o} member states"),
            None => capitalise(&name),
        };
    }
    for (alias, usual) in table::ACTOR_ALIASES {
        if *alias == folded {
            match (&ctx.org, usual.contains("{org}")) {
                (Some(o), true) => return usual.replace("{org}", o),
                (None, true) => return capitalise(&name),
                _ => return usual.to_string(),
            }
        }
    }
    capitalise(&name)
}

/// [`table::NAME_PART_ALIASES`], each matched whatever its case.
static NAME_PARTS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    table::NAME_PART_ALIASES
        .iter()
        .map(|(part, usual)| {
            let re = Regex::new(&format!(r"(?i)\b{}\b", any_of(&[part])));
            (re.expect("valid regex"), *usual)
        })
        .collect()
});

static PLACES: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*";
    Regex::new(&format!(r"\bin\s+({name}(?:\s*(?:,|and)\s+{name})*)")).expect("valid regex")
});

static AND_OR_COMMA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:,|\band\b)\s*").expect("valid regex"));

/// Places a sentence names after "in" ("in Sweden and Denmark" → Sweden, Denmark).
pub fn places(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    for m in PLACES.captures_iter(sentence) {
        for p in AND_OR_COMMA.split(&m[1]) {
            let p = strip_determiners(p);
            let is_month = table::MONTHS.iter().any(|(name, _)| fold(&p) == *name);
            if !p.is_empty() && !is_month && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// A group of states a clause names ("adopted by OIC states", "Islamic countries'
/// contribution"), in its usual form.
pub fn state_group(clause: &str, ctx: &Context) -> Option<String> {
    let toks = tokens(clause);
    for (k, t) in toks.iter().enumerate() {
        let w = t.word.trim_end_matches("'s").trim_end_matches('\'');
        if !table::STATE_GROUP_NOUNS.contains(&w) {
            continue;
        }
        if k > 0 && table::STATE_KIND_WORDS.contains(&toks[k - 1].word.as_str()) {
            continue;
        }
        let mut first = k;
        while first > 0 {
            let prev = &toks[first - 1];
            let raw = &clause[prev.start..prev.end];
            let acronym = raw.len() >= 2 && raw.chars().all(|c| c.is_ascii_uppercase());
            // "Central Asian countries": a capitalised word is part of the group's name.
            let capital = raw.starts_with(char::is_uppercase) && first > 1;
            if table::STATE_GROUP_MODIFIERS.contains(&prev.word.as_str()) || acronym || capital {
                first -= 1;
            } else {
                break;
            }
        }
        let name = clause[toks[first].start..t.start].to_string() + w_raw(clause, t);
        return Some(canonical(&name, ctx));
    }
    None
}

/// The raw word of a token without its possessive ending.
fn w_raw<'a>(clause: &'a str, t: &crate::words::Token) -> &'a str {
    let raw = &clause[t.start..t.end];
    let raw = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("’s"))
        .unwrap_or(raw);
    raw.trim_end_matches(['\'', '’'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(np: &str, sentence: &str, org: Option<&str>) -> Vec<String> {
        let ctx = Context {
            org: org.map(String::from),
        };
        actors(np, sentence, &ctx)
            .into_iter()
            .map(|a| a.name)
            .collect()
    }

    #[test]
    fn a_sentence_of_one_speaker_asks_nothing_of_the_body() {
        assert!(spoken_by_one(
            "Speaking after the vote, the representative of Chile encouraged all partners to give."
        ));
        assert!(spoken_by_one(
            "The representative of the European Union welcomed the text."
        ));
        assert!(spoken_by_one(
            "In his statement, the Secretary-General called on the international community to act."
        ));
        assert!(!spoken_by_one(
            "In Cairo, the Ministers urged Member States to act."
        ));
        assert!(spoken_by_one(
            "\"Health is at stake,\" the Director-General said, urging governments to act."
        ));
        assert!(!spoken_by_one(
            "\"The Security Council calls upon the Governments to resume dialogue."
        ));
        assert!(!spoken_by_one("The Ministers urged Member States to act."));
        assert!(!spoken_by_one(
            "The Council requested the Secretary-General to report."
        ));
    }

    #[test]
    fn an_acronym_ending_like_an_adjective_is_a_name() {
        assert_eq!(
            names(
                "the General Secretariat, SESRIC and the Islamic Development Bank Group",
                "",
                Some("OIC")
            ),
            [
                "OIC General Secretariat",
                "SESRIC",
                "Islamic Development Bank Group"
            ]
        );
    }

    #[test]
    fn to_before_a_participle_is_no_infinitive() {
        assert_eq!(
            split_addressed(
                "all parties to armed conflict, in particular non-State armed groups, to refrain from it",
                false
            ),
            Some((
                "all parties to armed conflict, in particular non-State armed groups",
                "refrain from it"
            ))
        );
        assert_eq!(
            split_addressed("the parties to proceed with talks", false),
            Some(("the parties", "proceed with talks"))
        );
    }

    #[test]
    fn titles_take_their_hyphen() {
        let ctx = Context { org: None };
        assert_eq!(
            canonical("the Director General of ICESCO", &ctx),
            "Director-General of ICESCO"
        );
    }

    #[test]
    fn an_acronym_before_and_is_a_name_of_its_own() {
        assert_eq!(
            coordinated("COMSTECH and Member States"),
            ["COMSTECH", "Member States"]
        );
        assert_eq!(
            coordinated("the Food and Agriculture Organization"),
            ["the Food and Agriculture Organization"]
        );
    }

    #[test]
    fn a_name_with_a_to_complement_ends_a_list_item() {
        assert_eq!(
            coordinated("all States and parties to armed conflict"),
            ["all States", "parties to armed conflict"]
        );
    }

    #[test]
    fn an_adverb_after_the_verb_is_not_the_actor() {
        assert_eq!(
            without_adverb("further the Independent Expert"),
            "the Independent Expert"
        );
        assert_eq!(without_adverb("Alsop Foundation"), "Alsop Foundation");
    }

    #[test]
    fn a_noun_keeps_its_own_to() {
        assert_eq!(
            split_addressed(
                "the Special Rapporteur on the right to education to visit the region",
                false
            ),
            Some((
                "the Special Rapporteur on the right to education",
                "visit the region"
            ))
        );
        assert_eq!(
            split_addressed("the High Commissioner for Human Rights to report", false),
            Some(("the High Commissioner for Human Rights", "report"))
        );
    }

    #[test]
    fn a_participle_keeps_its_own_to() {
        assert_eq!(
            split_addressed(
                "Member States wishing to host future meetings to submit their offers",
                false
            ),
            Some((
                "Member States wishing to host future meetings",
                "submit their offers"
            ))
        );
    }

    #[test]
    fn to_do_so_is_not_the_action() {
        let (np, action) = split_addressed(
            "Member States in a position to do so to contribute to the Fund",
            false,
        )
        .unwrap();
        assert_eq!(action, "contribute to the Fund");
        assert_eq!(names(np, "", None), ["Member States"]);
    }

    #[test]
    fn a_negated_infinitive_leaves_the_actor_whole() {
        assert_eq!(
            split_addressed("all States not to recognize the situation", false),
            Some(("all States", "recognize the situation"))
        );
    }

    #[test]
    fn a_capitalised_run_after_on_or_for_is_one_name() {
        assert_eq!(
            names(
                "the Commission on Science and Technology for Development",
                "",
                None
            ),
            ["Commission on Science and Technology for Development"]
        );
        assert_eq!(
            names(
                "the Islamic Development Bank and the Islamic Solidarity Fund",
                "",
                None
            ),
            ["Islamic Development Bank", "Islamic Solidarity Fund"]
        );
    }

    #[test]
    fn a_qualifier_runs_over_its_own_list() {
        assert_eq!(
            names(
                "the AfCFTA Secretariat, in collaboration with AUDA-NEPAD, Afreximbank and the Regional Economic Communities",
                "",
                None
            ),
            ["AfCFTA Secretariat"]
        );
        assert_eq!(
            names(
                "the Women Development Organization, based in Cairo",
                "",
                None
            ),
            ["Women Development Organization"]
        );
    }

    #[test]
    fn an_antecedent_is_the_last_actor_noun_phrase() {
        assert_eq!(
            antecedent(
                "Recognizes the role of the private sector in agricultural innovation, and "
            ),
            Some("private sector")
        );
        assert_eq!(
            antecedent("Welcomes the report of the Special Rapporteur, and "),
            Some("Special Rapporteur")
        );
        assert_eq!(
            antecedent("invited Member States to accede to the Convention and "),
            None
        );
    }

    #[test]
    fn relative_clauses_go_and_shared_heads_stay_in_the_name() {
        assert_eq!(
            names("States that have not yet done so", "", None),
            ["States"]
        );
        assert_eq!(
            names("the Commission, which met in May", "", None),
            ["Commission"]
        );
        assert_eq!(
            names(
                "the Office of the High Commissioner and relevant United Nations agencies, funds and programmes",
                "",
                None
            ),
            [
                "Office of the High Commissioner",
                "Relevant United Nations agencies, funds and programmes"
            ]
        );
        assert_eq!(
            names(
                "all AU Member States and international partners",
                "",
                Some("AU")
            ),
            ["AU member states", "International partners"]
        );
    }

    #[test]
    fn splits_actor_from_action() {
        assert_eq!(
            split_addressed(
                " the Secretary-General, in consultation with States, to submit a report",
                false
            ),
            Some((
                "the Secretary-General, in consultation with States",
                "submit a report"
            ))
        );
        assert_eq!(
            split_addressed(" States parties to the Convention to ratify it", false),
            Some(("States parties to the Convention", "ratify it"))
        );
        assert_eq!(
            split_addressed(" the implementation of the Plan", false),
            None
        );
        assert_eq!(
            split_addressed(" the Secretariat with the follow-up", true),
            Some(("the Secretariat", "the follow-up"))
        );
    }

    #[test]
    fn splits_a_that_clause() {
        assert_eq!(
            split_that(" that the Committee shall meet twice a year"),
            Some(("the Committee", "meet twice a year"))
        );
        assert_eq!(
            split_that(" that Member States consider acceding"),
            Some(("Member States", "consider acceding"))
        );
    }

    #[test]
    fn leaders_qualifiers_and_lists() {
        assert_eq!(
            names(
                "an OIC delegation, led by the Secretary-General,",
                "",
                Some("OIC")
            ),
            ["OIC delegation", "Secretary-General"]
        );
        assert_eq!(
            names(
                "the Secretary-General, in cooperation with the Islamic Development Bank",
                "",
                None
            ),
            ["Secretary-General"]
        );
        assert_eq!(
            names(
                "Member States, international organizations and civil society",
                "",
                None
            ),
            [
                "Member States",
                "International organizations",
                "Civil society"
            ]
        );
        assert_eq!(
            names(
                "the Islamic Educational, Scientific and Cultural Organization",
                "",
                None
            ),
            ["Islamic Educational, Scientific and Cultural Organization"]
        );
        assert_eq!(
            names(
                "Member States, the Islamic Development Bank and philanthropists",
                "",
                None
            ),
            [
                "Member States",
                "Islamic Development Bank",
                "Philanthropists"
            ]
        );
        assert_eq!(
            names(
                "States and regional and international organizations",
                "",
                None
            ),
            ["States", "Regional and international organizations"]
        );
        assert_eq!(
            names("the State of Kuwait and the Kingdom of Morocco", "", None),
            ["State of Kuwait", "Kingdom of Morocco"]
        );
        assert_eq!(
            names("Member States that have not yet done so", "", None),
            ["Member States"]
        );
    }

    #[test]
    fn appositions_are_not_actors() {
        assert_eq!(names("Israel, the occupying Power,", "", None), ["Israel"]);
        assert_eq!(
            names(
                "Member States, the private sector and civil society",
                "",
                None
            ),
            ["Member States", "Private sector", "Civil society"]
        );
    }

    #[test]
    fn a_capitalised_run_after_of_is_one_name() {
        assert_eq!(
            names(
                "all the signatory countries of the Peace, Security and Cooperation Framework",
                "",
                None
            ),
            ["All the signatory countries of the Peace, Security and Cooperation Framework"]
        );
    }

    #[test]
    fn usual_forms_use_the_organisation() {
        assert_eq!(
            names("the General Secretariat", "", Some("OIC")),
            ["OIC General Secretariat"]
        );
        assert_eq!(
            names("the General Secretariat", "", None),
            ["General Secretariat"]
        );
        assert_eq!(
            names("its Member States", "", Some("OIC")),
            ["OIC member states"]
        );
        assert_eq!(
            names(
                "the Secretary-General of the United Nations",
                "",
                Some("OIC")
            ),
            ["UN Secretary-General"]
        );
    }

    #[test]
    fn the_authorities_are_those_of_the_places_named() {
        let s =
            "It condemned the desecration in Sweden and Denmark, urging the authorities to act.";
        assert_eq!(
            names("the authorities", s, None),
            ["Authorities of Sweden", "Authorities of Denmark"]
        );
        assert_eq!(places("held in December 2023 in the Gambia"), ["Gambia"]);
    }

    #[test]
    fn state_groups_in_a_clause() {
        let ctx = Context {
            org: Some("OIC".into()),
        };
        assert_eq!(
            state_group(
                "the implementation of the Plan adopted by OIC states.",
                &ctx
            )
            .as_deref(),
            Some("OIC member states")
        );
        assert_eq!(
            state_group(
                "the necessity of Islamic countries’ active contribution",
                &ctx
            )
            .as_deref(),
            Some("OIC member states")
        );
        assert_eq!(state_group("legal action against hate speech", &ctx), None);
        assert_eq!(
            state_group("for all States to refrain", &ctx).as_deref(),
            Some("All States")
        );
    }
}
