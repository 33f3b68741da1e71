//! French requests: the verbs that ask and their clauses, whom they ask and what, in the
//! active and the passive, addressed or not.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::number_words;
use super::decided::{
    OBLIGATION, PLEDGED, announced_decision, authorizes_a_thing, committing_subject,
    decided_to_ask, deciding_people, deciding_subject, future_task_but, lifting, meeting_step,
    named_future, obligation, on_the_spot, present_task, resolution_future, that_future, thing_of,
};
use super::names::{DESCRIBING_PARTICIPLE, actors, capitalised, clean, opens_quote, that_meeting};
use super::recounts::{
    act_after_watch, aside_named, civility_subject, government_subject, listed_names,
    pronoun_object, recalled_past, relative_past, reported_body_asks, reported_past, seized,
    spoken_by_one, them_before_auxiliary,
};
use super::rewrites::text_asks;
use super::{
    PLEDGING_PRONOUN, Request, VERB, addressed, asked_a_thing, decided_view, failed_adoption,
    second_obligation_at, skip_call_asides, starts_with_word, strip_de, that_must, that_named,
    that_subjunctive, without_aside,
};
use crate::table::{self, Kind};
use crate::words::{any_of, fold};

/// The addressee ends before "de" / "d'" / "à" and an infinitive, in lower case ("de la
/// Poire" is a name). An adverb may come before it ("à mieux partager"), and a negation
/// ("de ne pas céder", "à ne ménager aucun effort").
static INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
    let adverbs = any_of(table::FR_INFINITIVE_ADVERBS);
    Regex::new(&format!(r"(?i)(?:\s+de\s+|\s+d['’]\s*|\s+à\s+)(?:[«“]\s*)?(?:n(?:e\s+|['’])(?:(?:pas|plus|jamais)\s+)?)?(?:(?:{adverbs}|\p{{Ll}}+(?:ique|euse|ive|ière|ale|ente|ante|ible|able)ment|\p{{Ll}}+[ae]mment)\s+)?(?:(?:se|s['’]|en|y|leur|lui|le|la|les|l['’])\s*){{0,2}}(?-i:\p{{Ll}})\p{{L}}*(?:er|ir|re|oir)\b"))
        .expect("valid regex")
});

/// The requests of one French clause: (actors, action). "Décide de ..." asks the body;
/// "Décide :" (its items follow) and a clause with no verb of the table ask nothing.
pub fn requests(clause: &str, body: &str) -> Vec<(Vec<String>, String)> {
    let clause = &text_asks(clause);
    let mut out = Vec::new();
    // "Ils doivent faire en sorte que le Conseil recommande à X de ...": what an obligation
    // is to bring about is its subject's task, no request of the one it names.
    let brought_about = BROUGHT_ABOUT.find(clause).map(|b| b.start());
    let starts: Vec<_> = VERB
        .captures_iter(clause)
        .filter(|m| !describes_name(clause, m))
        .filter(|m| brought_about.is_none_or(|at| m.get(0).expect("match").start() < at))
        .filter(|m| !recounted_as(clause, m))
        .collect();
    let mut shared_with_next = false;
    for (k, m) in starts.iter().enumerate() {
        if std::mem::take(&mut shared_with_next) || asks_nothing(clause, m, body) {
            continue;
        }
        let whole = m.get(0).expect("match");
        let end = starts
            .get(k + 1)
            .map_or(clause.len(), |n| n.get(0).expect("match").start());
        let rest = clause[whole.end()..end].trim();
        // "exige expressément que ...": an adverb of manner after the verb.
        let rest = MANNER_ADVERB.find(rest).map_or(rest, |a| &rest[a.end()..]);
        let form = fold(&m[1]);
        let kind = table::FR_VERBS
            .iter()
            .find(|(f, _)| fold(f) == form)
            .map_or(Kind::View, |(_, k)| *k);
        match kind {
            Kind::Decides => {
                let verb = m.get(1).expect("verb");
                out.extend(decided(&clause[..verb.start()], rest, body));
            }
            Kind::Addressed => match shared_action(&clause[whole.end()..]) {
                // The second verb, if it is the next start, is read here, with the first.
                Some((both, second_at)) => {
                    out.extend(both);
                    shared_with_next = starts.get(k + 1).is_some_and(|n| {
                        n.get(1).expect("verb").start() <= whole.end() + second_at
                    });
                }
                None => {
                    // "Prie tous les Etats de ..., et les prie aussi de ...": the pronoun
                    // stands for the ones the clause has just asked.
                    let verb = m.get(1).expect("verb");
                    let lead = fold(&clause[whole.start()..verb.start()]);
                    let again = ["et les ", "et leur "].iter().any(|w| lead.starts_with(w));
                    let action = strip_de(rest).or_else(|| rest.strip_prefix("à "));
                    match (out.last().cloned(), action) {
                        (Some((asked, _)), Some(action)) if again => {
                            out.push((asked, clean(action)));
                        }
                        _ => {
                            let asked = addressed_asks(clause, m, rest, body);
                            match asked.as_ref().and_then(|(_, a)| second_addressee(rest, a)) {
                                Some((cut, second)) => {
                                    let (first, action) = asked.expect("read");
                                    let own = clean(&action[..cut]);
                                    let own = match shared_time_limit(&second.1) {
                                        Some(limit) => format!("{own}, {limit}"),
                                        None => own,
                                    };
                                    out.push((first, own));
                                    out.push(second);
                                }
                                None => out.extend(asked),
                            }
                        }
                    }
                }
            },
            _ => {}
        }
    }
    if out.is_empty() {
        out.extend(asked_without_verb(clause, body));
        out.extend(joined_obligation(clause));
        out.extend(own_agenda_act(clause, body));
    } else {
        out.splice(0..0, passive_before_active(clause, &starts));
    }
    // "à la frontière entre l'Erythrée et Djibouti, ... ils exhortent ces deux pays": a
    // count of countries stands for the two its sentence names before.
    for (actors, _) in &mut out {
        if let [only] = actors.as_slice()
            && let Some(two) = two_named_before(clause, only)
        {
            *actors = two;
        }
    }
    // "a prié le Conseil d'observer une minute de silence": a rite of the meeting under
    // way, done as it is asked.
    out.retain(|(_, action)| {
        let lower = fold(action);
        !table::FR_MEETING_RITES.iter().any(|r| lower.starts_with(r))
    });
    out
}

/// "invite X à <agir> et les Y à <agir>": a second addressee after "et", its own
/// infinitive under the preposition the first one's took, is asked its own act; the first
/// act ends before "et". `rest` is the words after the verb, `action` the first act read.
fn second_addressee(rest: &str, action: &str) -> Option<(usize, Request)> {
    static SECOND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),?\s+et\s+((?:les|le|la|l['’]|aux|au|à\s+la|à\s+l['’])\s*[^,;:«»()]{1,80}?)\s+(à|de|d['’])\s*(?:se\s+|s['’]\s*)?(?-i:\p{Ll})\p{L}*(?:er|ir|re|oir)\b")
            .expect("valid regex")
    });
    let first_prep = INFINITIVE
        .find(rest)
        .map(|m| fold(m.as_str().trim_start()).chars().next().unwrap_or(' '))?;
    let m = SECOND.captures(action)?;
    let prep = fold(&m[2]).chars().next().unwrap_or(' ');
    // "de" and "d'" are one preposition.
    if prep != first_prep {
        return None;
    }
    // "et au Jardinier la nécessité de ...": an article after the name opens a thing,
    // not a longer name (as "de la", "pour les" do).
    let words: Vec<String> = m[1].split_whitespace().map(fold).collect();
    let thing_after = words.iter().enumerate().skip(1).any(|(k, w)| {
        ["la", "le", "les", "un", "une"].contains(&w.as_str())
            && !["de", "à", "pour", "sur", "par", "en", "dans", "avec", "et"]
                .contains(&words[k - 1].as_str())
    });
    let names = actors(&m[1]);
    if thing_after || names.is_empty() || names.iter().any(|n| n.split_whitespace().count() > 6) {
        return None;
    }
    let whole = m.get(0).expect("match");
    let act = clean(&action[m.get(2).expect("prep").end()..]);
    Some((whole.start(), (names, act)))
}

/// "X à <agir> et Y à <agir>, au plus tard le <jour>": the time limit that closes the
/// sentence after the second act bounds the first one too.
fn shared_time_limit(second: &str) -> Option<&str> {
    static LIMIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s*((?:au\s+plus\s+tard|avant|d['’]ici)\s+(?:le\s+|la\s+|au\s+|à\s+|fin\s+)?[^,;]{1,40})(?:,|$)")
            .expect("valid regex")
    });
    LIMIT
        .captures(second)
        .map(|m| m.get(1).expect("limit").as_str())
}

/// "doivent (aussi) faire en sorte que", "doit veiller à ce que": an obligation to bring
/// something about.
static BROUGHT_ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:doit|doivent|devra|devront)\s+(?:\p{Ll}+\s+)?(?:faire\s+en\s+sorte|veiller\s+à\s+ce)\s+qu(?:e\s|['’])")
        .expect("valid regex")
});

/// The two names "entre X et Y" gives in `clause`, where `actor` is "Deux pays" (from "ces
/// deux pays", "les deux pays"), "Deux États" or "Deux parties".
fn two_named_before(clause: &str, actor: &str) -> Option<Vec<String>> {
    static BETWEEN_TWO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\bentre\s+(?:l['’]\s*|le\s+|la\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+et\s+(?:l['’]\s*|le\s+|la\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)")
            .expect("valid regex")
    });
    if !["deux pays", "deux états", "deux parties"].contains(&fold(actor).as_str()) {
        return None;
    }
    let m = BETWEEN_TWO.captures(clause)?;
    Some(vec![m[1].to_string(), m[2].to_string()])
}

/// "a inscrit cette question à l'ordre du jour de sa 40e session", "a reporté à sa 41e
/// session (mars 2030) l'examen de ...": the body's own act on its agenda, as a record of
/// decisions tells it under "..., le Conseil X:", due at the session it names; without
/// "sa / son ... session" (its own meeting) the verb says nothing of the body's agenda.
fn own_agenda_act(clause: &str, body: &str) -> Option<Request> {
    static OWN_ACT: LazyLock<Regex> = LazyLock::new(|| {
        let acts = any_of(table::FR_OWN_AGENDA_ACTS);
        Regex::new(&format!(
            r"(?i)^\s*(?:a\s+)?(?:{acts})\s+[^;]*?\b(?:à|de)\s+(?:sa|son)\s+[^;]{{0,40}}?\b(?:session|réunion)\b"
        ))
        .expect("valid regex")
    });
    OWN_ACT.is_match(clause).then(|| {
        let action = clause.trim_start();
        let action = action.strip_prefix("a ").unwrap_or(action);
        (vec![body.to_string()], clean(action))
    })
}

/// "au Groupe créé en application de la résolution 12, dans les dix jours ...": a bare
/// participle right after a name, with how the name's body came to be, describes it; no
/// clause opens there (an auxiliary's "a créé" or a line's first word still does).
fn describes_name(clause: &str, m: &regex::Captures<'_>) -> bool {
    static HOW_SET_UP: LazyLock<Regex> = LazyLock::new(|| {
        // "l'Office des Nations Unies chargé de la garde des vergers": the charge a body
        // holds, a noun after "de" (no one between the participle and "de").
        Regex::new(r"^\s+(?:en\s+vertu|en\s+application|conformément|par\s|aux\s+termes|au\s+titre|à\s+cet\s+effet|lors\s|de\s+la\s|de\s+l['’]\s*\p{Ll}+(?:ion|ment|ance|ence|age|ure|té)\b|du\s|des\s)")
            .expect("valid regex")
    });
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    let form = fold(verb.as_str());
    let bare = whole.start() > 0
        && !whole.as_str().starts_with(',')
        && fold(&clause[whole.start()..verb.start()])
            .split_whitespace()
            .all(|w| !["a", "ont", "ayant", "avons"].contains(&w));
    bare && table::FR_NAME_PARTICIPLES.contains(&form.as_str())
        && HOW_SET_UP.is_match(&clause[verb.end()..])
}

/// "demandé aux Parties et invité les autres gouvernements à continuer ...": two verbs that
/// ask, each its own addressee, share one action: a request of each.
fn shared_action(rest: &str) -> Option<(Vec<Request>, usize)> {
    static SHARED: LazyLock<Regex> = LazyLock::new(|| {
        let mut forms: Vec<&str> = table::FR_VERBS
            .iter()
            .filter(|(f, k)| *k == Kind::Addressed && !f.contains(' '))
            .map(|(f, _)| *f)
            .collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let verbs = any_of(&forms);
        Regex::new(&format!(
            r"(?i)^\s*((?:aux?|à)\s+[^,;]+?)\s+et\s+(?:{verbs})\s+((?:les?|la|l['’]|aux?)\s*[^;]+)$"
        ))
        .expect("valid regex")
    });
    let m = SHARED.captures(rest.trim_end())?;
    // The first addressee names no action of its own before "et".
    if INFINITIVE.is_match(&m[1]) {
        return None;
    }
    let (second, action) = addressed(&m[2])?;
    let (first, _) = addressed(&format!("{} à {action}", &m[1]))?;
    let second_at = m.get(2).expect("second").start();
    Some((vec![(first, action.clone()), (second, action)], second_at))
}

/// "La Russie doit mettre fin ... et la communauté internationale doit s'unir ...": a
/// second obligation after "et", of a subject of its own, asks that subject too.
fn joined_obligation(clause: &str) -> Option<Request> {
    OBLIGATION.find(clause)?;
    let at = second_obligation_at(clause)?;
    obligation(&clause[at..])
}

/// "..., comme il l'y a invité l'an passé", "ainsi qu'il les a priés de le faire": a past
/// request the clause recalls to back the one it makes (a clause of manner, a pronoun for
/// the one asked, a past tense, its auxiliary read with the verb form or before it), no
/// request of its own. Left out of the clause's verbs, so the request before it runs on to
/// the clause's end. The pronoun may be left out where the clause names the one asked
/// again ("comme il a demandé au Jardinier de le faire").
fn recounted_as(clause: &str, m: &regex::Captures<'_>) -> bool {
    static AS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[,;(]\s*)(?:comme\s+|ainsi\s+qu(?:e\s+|['’]\s*)|tel(?:le)?s?\s+qu(?:e\s+|['’]\s*))(?:il|elle|ils|elles|on|(?:le|la|l['’])\s*\p{L}+(?:\s+\p{L}+)?)\s+(?:(?:le|la|les)\s+(?:lui|leur)\s+|l['’]\s*|les\s+|lui\s+|leur\s+)?(?:y\s+|en\s+)?(?:(?:a|ont|avait|avaient)(?:\s+(?:déjà|également|aussi|notamment|précédemment|récemment|maintes\s+fois))?\s*)?$")
            .expect("valid regex")
    });
    let verb = m.get(1).expect("verb");
    let form = fold(verb.as_str());
    let past = ["é", "ée", "és", "ées"].iter().any(|e| form.ends_with(e));
    past && AS_BEFORE.is_match(&clause[..verb.start()])
}

/// Whether the verb `m` asks nothing here: a seized body, a noun, words reported of
/// another, a draft.
fn asks_nothing(clause: &str, m: &regex::Captures<'_>, body: &str) -> bool {
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    // "..., exhorte les parties ...": after a comma only a verb in lower case, so that
    // a capitalised noun ("..., Demande de l'Université") is not read as one.
    let after_comma = whole.as_str().starts_with(',');
    seized(&clause[whole.end()..])
        || (after_comma && verb.as_str().starts_with(char::is_uppercase))
        || (spoken_by_one(&clause[..verb.start()])
            && !reported_body_asks(&clause[..verb.start()], &fold(&m[1]))
            && !council_chair(&clause[..verb.start()], body))
        || session_summary(&clause[..verb.start()])
        || reported_past(&clause[..verb.start()], &fold(&m[1]))
        || recalled_past(&clause[..verb.start()], &fold(&m[1]))
        || relative_past(&clause[..verb.start()], &fold(&m[1]))
        || heard_speakers(&clause[..verb.start()])
        || debate_speakers(&clause[..whole.start()])
        || civility_subject(&clause[..whole.start()])
        || government_subject(&clause[..whole.start()])
        || (failed_adoption(clause) && said_by_a_text(&clause[..verb.start()]))
        || thing_needs(&clause[..verb.start()], &fold(&m[1]))
        || described_request(&clause[..verb.start()])
        || OTHER_PARTY_SUBJECT.is_match(&clause[..whole.start()])
        || narrated_when(&clause[..verb.start()], &fold(&m[1]))
        // "Le projet de déclaration finale ... appelait à ...": a draft is not the text.
        || fold(clause.trim_start()).starts_with("le projet de ")
}

/// "Prend note du rapport du Secrétaire général, dans lequel celui-ci engage les États à
/// ...": what another text asks, described ("dans / selon lequel ..."), no request of the
/// body's.
fn described_request(before_verb: &str) -> bool {
    static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:dans|selon)\s+(?:lequel|laquelle|lesquels|lesquelles)\s+[^,;.]{0,60}$",
        )
        .expect("valid regex")
    });
    // "Le Conseil a adopté une déclaration dans laquelle ses membres prient ...": the body's
    // own text asks.
    DESCRIBED
        .find(before_verb)
        .is_some_and(|m| !fold(&before_verb[..m.start()]).contains("adopt"))
}

/// "Des milliers de manifestants ont réclamé ...", "L'opposition a exhorté le gouvernement
/// à ...": a news text telling the calls of others than the body (the subject right before
/// the verb or its auxiliary, `table::FR_OTHER_PARTIES`).
static OTHER_PARTY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let others = table::FR_OTHER_PARTIES.join("|");
    Regex::new(&format!(
        r"(?i)(?:^|[,;:.]\s*)(?:[\p{{L}}'’-]+\s+){{0,4}}?(?:{others})\s*$"
    ))
    .expect("valid regex")
});

/// "... lorsque le gouvernement du pays a ordonné l'expulsion de X": a past act told in a
/// clause of time (its subject, then the verb, no comma between) is recounted, no request.
fn narrated_when(before_verb: &str, form: &str) -> bool {
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:lorsque|lorsqu['’]|quand|après\s+que|après\s+qu['’]|depuis\s+que|depuis\s+qu['’])\s*[^,;.]{1,80}$")
            .expect("valid regex")
    });
    let past = form.contains(' ') || form.ends_with('é') || form.ends_with("és");
    let auxiliary = fold(before_verb.trim_end())
        .rsplit(' ')
        .next()
        .is_some_and(|w| ["a", "ont", "avait", "avaient"].contains(&w));
    (past || auxiliary) && WHEN.is_match(before_verb)
}

/// "Ouvrant la séance, le Chef de l'Etat ... demande au Gouvernement de ...":
/// in a council of ministers' communiqué, its chair's directions are the council's.
fn council_chair(before_verb: &str, body: &str) -> bool {
    let lower = fold(before_verb);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    fold(body) == "conseil des ministres"
        && table::FR_COUNCIL_CHAIRS
            .iter()
            .any(|c| sentence.contains(c))
}

/// "Il a délibéré sur les pommes, entendu deux exposés et autorisé des voyages": a
/// council's record summing up its
/// session in one sentence, whose parts the record details after it.
fn session_summary(before_verb: &str) -> bool {
    let lower = fold(before_verb);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    [" a délibéré ", " ont délibéré "]
        .iter()
        .any(|w| format!(" {sentence}").contains(w))
}

/// "Les intervenants ont notamment exhorté ...", "Plusieurs délégations ont appelé ...": a
/// debate's speakers, whose calls are theirs, not the body's.
fn debate_speakers(before: &str) -> bool {
    let lower = fold(before);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    let subject = sentence.rsplit(", ").next().unwrap_or(sentence);
    subject
        .split_whitespace()
        .any(|w| table::FR_DEBATE_SPEAKERS.contains(&w))
}

/// "Le Conseil a entendu les présidents sortants qui ont appelé à ...": what the speakers a
/// body heard said (a relative clause after "entendu") is theirs, not the body's.
fn heard_speakers(before_verb: &str) -> bool {
    let lower = fold(before_verb);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    sentence
        .rfind(" entendu")
        .filter(|&at| !sentence[at + 8..].starts_with(char::is_alphabetic))
        .is_some_and(|at| sentence[at..].contains(" qui "))
}

/// "Décide de ...": what is decided after the verb (`rest`), by the subject named
/// `before` it or else the body, or what the decision asks of others.
fn decided(before: &str, rest: &str, body: &str) -> Vec<Request> {
    // "ont décidé, à l'unanimité de nommer X, au poste de ...": a manner whose closing comma
    // the text left out, read before a later comma is taken for the aside's end.
    let mut rest = rest;
    while let Some(after) = starts_with_word(
        rest.trim_start_matches([',', ' ']),
        table::FR_DECISION_MANNERS,
    ) {
        rest = after;
    }
    let mut rest = past_vote_aside(skip_call_asides(without_aside(rest)));
    // "a décidé à l'unanimité de ...": how it was decided; "a décidé, à l'unanimité de
    // ...": an aside whose closing comma the text left out.
    while let Some(after) = starts_with_word(
        rest.trim_start_matches([',', ' ']),
        table::FR_DECISION_MANNERS,
    ) {
        rest = after.trim_start_matches([',', ' ']);
    }
    // "de faire appel au dévouement de X ... et de lui demander de continuer ...": one
    // request of X.
    if let Some(found) = strip_de(rest).and_then(appeal_to_quality) {
        return vec![found];
    }
    // "décide de :": its items say what.
    if rest
        .trim_start_matches("de")
        .trim()
        .trim_end_matches(':')
        .trim()
        .is_empty()
    {
        return Vec::new();
    }
    if let Some(action) = strip_de(rest).or_else(|| bare_infinitive(rest)) {
        // "de ne pas renouveler X et de créer Y": what it declines asks nothing; what
        // follows "et de" is its decision.
        // "de maintenir la question à l'examen et de convoquer ...": the act after the watch.
        let action = declined_then(action)
            .or_else(|| act_after_watch(rest))
            .unwrap_or(action);
        match decided_to_ask(action) {
            Some(asked) => asked,
            None if on_the_spot(action)
                || meeting_step(action)
                || make_up(action)
                || decided_view(action)
                || lifting(action)
                || not_to_act(action) =>
            {
                Vec::new()
            }
            None => {
                let decider = deciding_subject(before, body).unwrap_or_else(|| body.to_string());
                vec![(vec![decider], clean(action))]
            }
        }
    } else if let Some(found) = that_must(rest)
        .or_else(|| that_named_future(rest))
        .or_else(|| that_named_acts(rest))
    {
        vec![found]
    } else if let Some(decision) = announced_decision(rest) {
        // "a décidé tôt jeudi la suspension de X": a decision told by its noun.
        let decider = deciding_subject(before, body).unwrap_or_else(|| body.to_string());
        vec![(vec![decider], decision)]
    } else {
        Vec::new()
    }
}

/// The request of a verb that asks someone (`m`), `rest` being the words after it up to
/// the next verb.
fn addressed_asks(
    clause: &str,
    m: &regex::Captures<'_>,
    rest: &str,
    body: &str,
) -> Option<Request> {
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    let form = fold(&m[1]);
    let before = &clause[..whole.start()];
    if appeal_to_attention(rest) {
        None
    } else if form == "rappelle" {
        reminded(rest)
    } else if form.starts_with("souhait") || form.ends_with(" pour") {
        wished(rest)
    } else if form.starts_with("sollicit") {
        solicited(rest)
    } else if calls_for_a_thing(&form, rest)
        // "Le Conseil les appelle à ...", "et les ont appelés à ...": a pronoun is its
        // addressee.
        && !pronoun_object(clause, whole.start(), verb.start())
    {
        // "appelle à la désescalade ..., à l'élection ...": "appeler à" calls for a thing
        // (its addressee is a direct object: "appelle les parties à ...").
        unaddressed_call(&form, rest)
    } else if form.starts_with("en l") {
        // "s'est adressée au Comité X, ..., en lui demandant de ...": the one the clause
        // addressed first.
        // "..., soit moins que la durée proposée par le Secrétaire général ..., en lui
        // demandant un plan de retrait": with nobody addressed by "à", the one person or
        // body named last before the pronoun; "demander" may ask for a thing.
        let action = strip_de(rest)
            .or_else(|| rest.strip_prefix("à "))
            .or_else(|| {
                form.ends_with("demandant")
                    .then(|| asked_thing(rest))
                    .flatten()
            });
        // "au X" names the one addressed only after "s'adresser"; elsewhere it is a place
        // ("la Mission des Nations Unies au Liberia").
        let addressed = || addressed_before(before);
        let named = || named_before(before).into_iter().next();
        let name = if fold(before).contains("adress") {
            addressed().or_else(named)
        } else {
            named().or_else(addressed)
        };
        match (action, name) {
            (Some(action), Some(name)) => Some((vec![name], clean(action))),
            _ => None,
        }
    } else if fold(before.trim_end()).ends_with(" leur")
        || fold(&clause[whole.start()..verb.start()]).contains(" leur ")
        // "Salue le travail des communes et les encourage à ...": "les" likewise.
        || fold(&clause[whole.start()..verb.start()]).starts_with("et les ")
    {
        // "salué la contribution des troupes ... et leur a demandé de continuer ...": the
        // plural the sentence names before the pronoun is asked.
        // "..., il leur demande de faciliter ...": the same with the pronoun after the subject.
        // ("les invite à poursuivre ...": "à" opens the action as "de" does.)
        let action = strip_de(rest).or_else(|| rest.strip_prefix("à "));
        match (action, plural_before(before)) {
            (Some(action), Some(names)) => Some((names, clean(action))),
            // "Le Conseil leur demande de ...", no plural at all before it in the sentence:
            // those the sentences before listed (read when the paragraph is). A sentence
            // that names texts before it ("Conformément aux accords ..., il leur demande")
            // stays unread.
            (Some(action), None) if !PLURAL_GROUP.is_match(before) => {
                Some((Vec::new(), clean(action)))
            }
            _ => None,
        }
    } else if pronoun_object(clause, whole.start(), verb.start()) {
        // "En ce qui concerne le départ des N pays de X, Y les exhorte à ...": "les" stands for the plural the sentence's opening aside names.
        // "qu'A et B sont tenus de ..., et les ont appelés à ...": the names the sentence
        // listed before the pronoun of a past tense.
        let them = fold(&clause[whole.start()..verb.start()])
            .trim_end()
            .ends_with("les")
            || them_before_auxiliary(clause, whole.start());
        let action = ["de ", "d'", "d’", "à "]
            .iter()
            .find_map(|p| rest.strip_prefix(p));
        let named = || aside_named(before).or_else(|| listed_names(before));
        match (them.then(named).flatten(), action) {
            (Some(names), Some(action)) => Some((names, clean(action))),
            // "Le Conseil l'encourage à ...": the actor named before is asked again.
            _ => asked_again(before, rest),
        }
    } else if table::FR_RENEWING_VERBS.contains(&form.as_str()) {
        renewed_appeal(rest)
    } else {
        asked_for(clause, m, rest, body)
    }
}

/// "Souhaite que le Secrétaire général poursuive ...", "ont plaidé pour que les partenaires
/// augmentent ...": a wish or a plea whose that-clause names its actor and a subjunctive
/// asks that actor; a wish for an outcome ("que la conférence soit couronnée de succès"),
/// a greeting ("souhaite la bienvenue à X") ask nobody.
fn wished(rest: &str) -> Option<Request> {
    let after = starts_with_word(
        skip_call_asides(without_aside(rest.trim())),
        &["que", "qu'", "qu’"],
    )?;
    let after = after.trim_start();
    that_named(after).or_else(|| that_common_actor(after))
}

/// "Sollicite du Secrétaire général qu'il désigne ...": the one asked, then what;
/// "a sollicité l'appui de la Banque X pour financer ...": the one whose help is sought.
fn solicited(rest: &str) -> Option<Request> {
    static OF_X_THAT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:du|des|de\s+la|de\s+l['’])\s*(\p{Lu}[^,;«»]{1,100}?)\s*,?\s+qu(?:e\s+|['’]\s*)(?:il|elle|ils|elles)\s+(.+)$")
            .expect("valid regex")
    });
    static HELP_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:l['’]\s*(?:appui|aide|assistance)|le\s+(?:soutien|concours))\s+(?:(?:technique|financier|financière|technique\s+et\s+financier)\s+)?(?:du|des|de\s+la|de\s+l['’])\s*(\p{Lu}[^,;«»]{1,100}?)(?:\s+(?:pour|afin\s+de|en\s+vue\s+de)\s+(.+))?$")
            .expect("valid regex")
    });
    let rest = skip_call_asides(without_aside(rest.trim()));
    if let Some(m) = OF_X_THAT.captures(rest) {
        return Some((actors(&m[1]), clean(&m[2])));
    }
    let Some(m) = HELP_OF.captures(rest) else {
        return solicited_act(rest);
    };
    let action = m
        .get(2)
        .map_or_else(|| rest.to_string(), |a| a.as_str().to_string());
    Some((actors(&m[1]), clean(&action)))
}

/// "a sollicité la libération de X", "le rétablissement de Y": an act's noun
/// sought with no one asked, as "exige la libération de X" is, calls on the doer its phrase
/// names, else on all; "sollicite l'autorisation de ...", "l'admission" seek a leave for
/// the body itself.
fn solicited_act(rest: &str) -> Option<Request> {
    let after = starts_with_word(rest, &["la", "le", "l'", "l’"])?;
    let noun = fold(after.split_whitespace().next().unwrap_or_default());
    let act = (noun.ends_with("tion") || noun.ends_with("ment"))
        && !["autorisation", "admission", "participation"].contains(&noun.as_str());
    let doers = || doers_named(rest).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
    act.then(|| (doers(), clean(rest)))
}

/// "À l'intention des communes du Sud, le Conseil demande d'accélérer ...": a request
/// with no addressee ("de" and an infinitive right after the verb) asks the ones the
/// sentence's opening aside says it is meant for ("à l'intention de", "à l'endroit de").
fn intended_request(before: &str, rest: &str) -> Option<Request> {
    static INTENDED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[.;]\s+|\d\s+)[aà]\s+l['’]\s*(?:intention|endroit)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+)([^,;:]{3,80}?)\s*,[^,;:]{0,60}$")
            .expect("valid regex")
    });
    let named = INTENDED.captures(before)?;
    let action = strip_de(rest)?;
    let infinitive = INFINITIVE
        .find(&format!(" de {action}"))
        .is_some_and(|m| m.start() == 0);
    infinitive.then(|| (vec![capitalised(named[1].trim())], clean(action)))
}

/// "Rappelle aux États parties de soumettre ...": "rappeler à X de" and an infinitive asks X.
/// "Rappelle à X que ..." and "rappelle à X la nécessité de ..." remind of a thing: no request.
fn reminded(rest: &str) -> Option<Request> {
    let to = starts_with_word(rest.trim_start(), &["à", "au", "aux"])?;
    let m = INFINITIVE.find(to)?;
    let who = &to[..m.start()];
    // The addressee's own relative clause ("qui ne l'ont pas fait") may hold articles.
    let head = who.split(" qui ").next().unwrap_or(who);
    if !m.as_str().trim_start().starts_with(['d', 'D'])
        || who.contains(" que ")
        || REMINDED_THING.is_match(head)
    {
        return None;
    }
    let article = match rest.split_whitespace().next() {
        Some("aux") => "les ",
        Some("au") => "le ",
        _ => "",
    };
    addressed(&format!("{article}{to}"))
}

/// "le 16 février 2014", "le 1er mai": a day after "créé", no thing created.
static CREATED_ON_A_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^le\s+(?:\d{1,2}|1er|premier)\b").expect("valid regex"));

/// "à la Convention la nécessité": an article before a lower-case noun after the name.
static REMINDED_THING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(?:la|le|les|l['’])\s*\p{Ll}").expect("valid regex"));

/// Whether "appeler à" calls for a thing rather than asks someone.
fn calls_for_a_thing(form: &str, rest: &str) -> bool {
    form.contains("appel")
        && !form.contains("en appelle")
        && !form.contains("fait appel")
        && !form.contains("un appel")
        && !form.contains("nouvel appel")
        && !form.contains("faisant appel")
        && starts_with_word(skip_call_asides(without_aside(rest)), &["à", "au", "aux"]).is_some()
}

/// "Le Conseil l'encourage à ...": the actor named `before` the pronoun is asked again.
fn asked_again(before: &str, rest: &str) -> Option<Request> {
    let action = ["de ", "d'", "d’", "à "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?;
    // "a salué les efforts du Kirghizistan ... et l'exhorte à ...": the one the
    // sentence names before; else the actor asked before.
    // "des informations transmises par l'État partie ... et le prie de ...": the one by
    // whom the view's thing came is named too; the last name either way.
    // "a félicité le président de X pour la « ... » et l'a encouragé à ...": the one
    // thanked, with its title, whatever names its reason after "pour".
    let thanked_one = THANKED_FOR
        .captures_iter(before)
        .last()
        .map(|c| vec![capitalised(c[1].trim())]);
    let named = thanked_one
        .or_else(|| {
            OF_NAMED
                .captures_iter(before)
                .chain(BY_NAMED.captures_iter(before))
                .max_by_key(|c| c.get(0).map_or(0, |m| m.start()))
                .map(|c| vec![without_possessive(&c[1])])
        })
        .or_else(|| {
            // "Se félicite de la création du groupe de travail et l'encourage à ...": a body
            // named in lower case right before the pronoun.
            LOWER_BODY_BEFORE
                .captures(before)
                .map(|c| vec![capitalised(c[1].trim())])
        })
        .unwrap_or_default();
    Some((named, clean(action)))
}

/// "félicité le président de X pour", "remercie l'Union pour": whom a verb of thanks
/// names before its reason.
static THANKED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:félicit|remerci)\p{L}*\s+(?:(?:également|aussi|vivement|chaleureusement)\s+)?(?:le|la|les|l['’])\s*([^,;«»"“”]{2,80}?)\s+pour\s"#)
        .expect("valid regex")
});

static LOWER_BODY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:du|de\s+la|de\s+l['’]|des)\s*((?:groupe|groupes|comité|conseil|secrétariat|bureau|mécanisme|réseau|centre|observatoire|forum|fonds)(?:\s+(?:de|d['’]|des|du)\s*\p{Ll}[\p{L}-]*|\s+\p{Ll}[\p{L}-]*){0,2})\s*(?:et\s*)?$")
        .expect("valid regex")
});

/// The request of a verb that asks someone, when no pronoun or call stands for the
/// addressee: what is demanded, decided, authorized, created, or asked of whom.
fn asked_for(clause: &str, m: &regex::Captures<'_>, rest: &str, body: &str) -> Option<Request> {
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    let form = fold(&m[1]);
    let demand = table::FR_DEMAND_VERBS.contains(&form.as_str());
    // "exige du Comité X la libération de Y": "exiger de X" names the one asked, then
    // the thing asked of it (not "du" as a thing's article).
    if let Some(found) = demand
        .then(|| demanded_of(&form, skip_call_asides(without_aside(rest))))
        .flatten()
    {
        return Some(found);
    }
    // "exige la libération de ...": "demander" and "exiger" ask someone with "à" or
    // "de"; a direct object is what they call for.
    if demand
        // "réclame, en outre, le retour de ...": an aside first.
        && demanded_thing(skip_call_asides(without_aside(rest)))
    {
        unaddressed_call(&form, rest)
    } else if form.ends_with("suspendu") || form == "suspend" || form == "suspendent" {
        // "a, à son tour, suspendu le Mali de toute participation ...": a suspension told
        // as done is the deciding body's decision.
        suspended(&clause[..verb.start()], rest, body)
    } else if demand && addressed(rest).is_none() && asked_a_thing(rest).is_some() {
        // "demandent à la junte le respect de ...": an addressee, then the thing asked
        // of it (no infinitive).
        asked_a_thing(rest)
    } else if demand && second_aside(without_aside(rest)).is_some() {
        // "demande, entre autres, au chapitre politique, le rétablissement ...": a
        // second short aside before the thing called for.
        let thing = second_aside(without_aside(rest)).unwrap_or_default();
        unaddressed_call(&form, thing)
    } else if authorizes_a_thing(&form, rest) {
        // "a autorisé le déploiement d'une composante ...": what is authorized, no
        // addressee asked to act: the body's own, as "authorizes the deployment of X".
        let thing = QUOTES.replace_all(thing_of(rest), " ").into_owned();
        // In a text that names no body, the subject authorizes ("Les chefs d'Etat ont
        // autorisé ...").
        let decider = body
            .starts_with('(')
            .then(|| deciding_subject(&clause[..verb.start()], body))
            .flatten()
            .unwrap_or_else(|| body.to_string());
        Some((vec![decider], clean(&thing)))
    } else if form.contains("annonc") {
        // "a annoncé la suspension immédiate du Niger ...": a decision told by its noun.
        announced_decision(rest).map(|decision| (vec![body.to_string()], decision))
    } else if (form.starts_with("cré") || form.ends_with(" créé"))
        && CREATED_ON_A_DAY.is_match(thing_of(rest))
    {
        // "Créé le 16 février 2014 à Lyon, le Conseil est né de l'ambition de ...": a day
        // after the participle, no thing created and no one asked (an apposition telling
        // when the subject was made).
        None
    } else if (form.starts_with("cré") || form.ends_with(" créé"))
        && starts_with_word(
            thing_of(rest),
            &["le", "la", "les", "l'", "l’", "un", "une", "des"],
        )
        .is_some()
    {
        // "a créé aujourd'hui, pour une période de 12 mois, la Mission ...".
        let thing = skip_call_asides(without_aside(rest));
        Some((vec![body.to_string()], format!("créer {}", clean(thing))))
    } else if let Some(act) = ceasing(rest) {
        // "exige que les activités ... cessent immédiatement": a thing to end names no
        // doer, a call on all.
        Some((vec![table::FR_ALL_STATES.to_string()], clean(act)))
    } else if let Some(found) = intended_request(&clause[..whole.start()], rest) {
        Some(found)
    } else {
        addressed(rest).or_else(|| {
            unaddressed_call(&form, rest).map(|(names, action)| {
                if names.is_empty() {
                    (named_before(&clause[..whole.start()]), action)
                } else {
                    (names, action)
                }
            })
        })
    }
}

/// An adverb in "-ment" right after a verb: "expressément", "fermement".
static MANNER_ADVERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\p{Ll}{3,}ment)\s+").expect("valid regex"));

/// "que les combats cessent", "que les violences prennent fin": what a that-clause asks to
/// end, a thing (its article in lower case), not an actor.
/// "qu'un cessez-le-feu prenne effet le D", "que des élections aient lieu avant D": a thing
/// to begin or take place, likewise with no doer named.
fn ceasing(rest: &str) -> Option<&str> {
    static ENDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:les?|la|l['’])\s*\p{Ll}[^;:]*?\s(?:cesse|cessent|prenne\s+fin|prennent\s+fin|s['’]\s*arrête|s['’]\s*arrêtent)\b")
            .expect("valid regex")
    });
    static HAPPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:les?|la|l['’]|une?|des)\s*\p{Ll}[^;:,]*?\s(?:prenne\s+effet|prennent\s+effet|entre\s+en\s+vigueur|entrent\s+en\s+vigueur|ait\s+lieu|aient\s+lieu|se\s+tienne|se\s+tiennent|intervienne|interviennent)\b")
            .expect("valid regex")
    });
    let after = starts_with_word(rest.trim_start(), &["que", "qu'", "qu’"])?;
    let after = after.trim_start();
    (ENDS.is_match(after) || HAPPENS.is_match(after)).then_some(rest)
}

/// "a, à son tour, suspendu le Mali ...": the suspension of a member, decided by the
/// subject named `before` the verb or else the body.
fn suspended(before: &str, rest: &str, body: &str) -> Option<Request> {
    let thing = skip_call_asides(without_aside(rest));
    let member = starts_with_word(thing, &["le", "la", "l'", "l’"])
        .is_some_and(|after| after.starts_with(char::is_uppercase));
    if !member {
        return None;
    }
    // "L'UA «suspend le Mali ...»": an organisation named by its acronym suspends, not the
    // organ the text names as its body.
    let decider = ACRONYM_SUBJECT
        .captures(before)
        .map(|a| a[1].to_string())
        .or_else(|| deciding_subject(before, body))
        .unwrap_or_else(|| body.to_string());
    Some((vec![decider], format!("suspendre {}", clean(thing))))
}

/// "L'UA «", "La CEDEAO": a subject that is an acronym alone, before its verb.
static ACRONYM_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|[.;:]\s+)(?:[Ll]['’]\s*|[Ll]a\s+|[Ll]e\s+)(\p{Lu}{2,7})\s*[«“"]?\s*$"#)
        .expect("valid regex")
});

/// A clause whose verbs ask nothing may still ask: a passive, a future, an obligation, a
/// commitment, a time given, a promise (the first of these that reads).
fn asked_without_verb(clause: &str, body: &str) -> Option<Request> {
    // "B. La Commission se rendra sur les lieux ...": an item lettered in capitals under
    // "Adopte la résolution suivante :" reads as its sentence.
    let clause = UPPER_LETTER_LABEL.find(clause).map_or(clause, |m| {
        let capital = clause[..m.end()].chars().last().map_or(0, char::len_utf8);
        &clause[m.end() - capital..]
    });
    suspended_passive(clause, body)
        .or_else(|| passive_asked(clause))
        .or_else(|| that_future(clause))
        .or_else(|| obligation(clause))
        .or_else(|| named_future(clause, body))
        .or_else(|| resolution_future(clause))
        .or_else(|| committed(clause, body))
        .or_else(|| given_time(clause))
        .or_else(|| promised(clause))
        .or_else(|| joined_appeals(clause))
        .or_else(|| present_task(clause, body))
}

/// "A. ", "B. " before a capital: a capital letter labelling an item.
static UPPER_LETTER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[A-H]\.\s+\p{Lu}").expect("valid regex"));

/// "Ils se sont joints aux appels visant le renforcement de ...": the appeal made the
/// speakers' own, a call for that thing (of the actor its phrase names, else all States).
fn joined_appeals(clause: &str) -> Option<Request> {
    static JOINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bs(?:e\s+|['’]\s*)(?:est|sont)\s+(?:également\s+|aussi\s+)?join[st]*e?s?\s+(?:également\s+|aussi\s+)?(?:à\s+l['’]\s*appel|aux\s+appels)\s+(?:visant\s+(?:à\s+)?|en\s+faveur\s+d[eu']\s*|pour\s+|à\s+)(.+)$")
            .expect("valid regex")
    });
    let action = JOINED.captures(clause)?[1].trim().to_string();
    let actors = doers_named(&action).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
    Some((actors, clean(&action)))
}

/// "Au chapitre économique, l'OIF promet des actions pour ...": a promise reported of a
/// named body is its commitment, as "nous nous engageons à ..." is.
static PROMISES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;]\s+)(?:[Ll]['’]|[Ll]e\s+|[Ll]a\s+|[Ll]es\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+)?\p{L}[\p{L}'’-]*){0,5}?)\s+(?:promet|promettent)\s+(.+)$")
        .expect("valid regex")
});

fn promised(clause: &str) -> Option<(Vec<String>, String)> {
    let m = PROMISES.captures(clause.trim())?;
    // "Le temps promet d'être clément": the name after an article is in lower case.
    let first = m[1].split_whitespace().next().unwrap_or_default();
    if ["Le", "La", "Les", "L'", "L’"].contains(&first) {
        return None;
    }
    let action = clean(m[2].trim_end_matches(['.', ';']));
    (!action.is_empty()).then(|| (vec![m[1].to_string()], action))
}

/// "a donné une semaine aux États membres pour se manifester", "donneraient dix jours au
/// chef de la junte pour libérer ...": a delay given to X is a request of X, due at its end;
/// a new or last one too ("un nouveau délai de 60 jours", "un ultime délai supplémentaire"),
/// an aside between commas after the one given it ("aux militaires, au pouvoir depuis
/// mars, pour ...") no part of its name.
static GIVES: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:donn|accord|lanc|fix|impos)(?:e|ent|é|era|eront|erait|eraient|ait|aient)\s+(?:un\s+(?:(?:nouveau|nouvel|dernier|ultime|autre|second|deuxième)\s+)?(?:délai|ultimatum)(?:\s+(?:supplémentaire|additionnel))?\s+(?:de\s+|d['’]))?((?:\d+|{words})(?:\s*\(\d+\))?\s+(?:heures|jours?|semaines?|mois))\s+((?:à|aux?)\s+[^,;]{{2,120}}?)(?:,\s+[^,;]{{2,160}}?,)?\s+pour\s+(.+)$"
    ))
    .expect("valid regex")
});

/// "ont donné aux autorités de transition 30 jours pour ...": whom before the time given,
/// with its "un délai de" too ("au colonel X et à ses adjoints un délai de six mois pour
/// ...": the delay's words are no part of the last one's name);
/// "a donné jusqu'au 31 mars à la junte pour ...": a time given up to a day.
static GIVES_TO_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:donn|accord)(?:e|ent|é|era|eront|erait|eraient|ait|aient)\s+((?:à|aux?)\s+[^,;]{{2,80}}?)\s+(?:un\s+(?:(?:nouveau|nouvel|dernier|ultime|autre|second|deuxième)\s+)?(?:délai|ultimatum)(?:\s+(?:supplémentaire|additionnel))?\s+(?:de\s+|d['’]))?((?:\d+|{words})(?:\s*\(\d+\))?\s+(?:heures|jours?|semaines?|mois))\s+pour\s+(.+)$"
    ))
    .expect("valid regex")
});
static GIVES_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:donn|accord)(?:e|ent|é|era|eront|erait|eraient|ait|aient)\s+jusqu['’](?:au|à)\s+([^,;]{3,40}?)\s+((?:à|aux?)\s+[^,;]{2,120}?)\s+pour\s+(.+)$")
        .expect("valid regex")
});

fn given_time(clause: &str) -> Option<(Vec<String>, String)> {
    if let Some(m) = GIVES_UNTIL.captures(clause) {
        let names = actors(&m[2]);
        let day = m[1].trim();
        let day = day.strip_prefix("le ").unwrap_or(day);
        let action = format!("{}, au plus tard le {day}", clean(&m[3]));
        return (!names.is_empty()).then_some((names, action));
    }
    if let Some(m) = GIVES_TO_FIRST.captures(clause) {
        let names = actors(&m[1]);
        let span = BRACKETED_FIGURE.replace(&m[2], "");
        let action = format!("{}, dans un délai de {span}", clean(&m[3]));
        return (!names.is_empty()).then_some((names, action));
    }
    let m = GIVES.captures(clause)?;
    let names = actors(&m[2]);
    // "huit (08) jours": the figure in brackets repeats the word.
    let span = BRACKETED_FIGURE.replace(&m[1], "");
    let action = format!("{}, dans un délai de {span}", clean(&m[3]));
    (!names.is_empty()).then_some((names, action))
}

static BRACKETED_FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\(\d+\)").expect("valid regex"));

/// "nous nous engageons à manifester notre solidarité": a declaration's commitment is the
/// body's own, as "commits to" is in English.
static COMMITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bnous\s+nous\s+engageons(?:\s+(?:également|aussi|en\s+outre))?\s+à\s+")
        .expect("valid regex")
});

fn committed(clause: &str, body: &str) -> Option<(Vec<String>, String)> {
    // "Les Chefs d'Etat ... s'engagent à ...": the subject's commitment, in the third person.
    let (m, who) = match COMMITS.find(clause) {
        Some(m) => (m, body.to_string()),
        None => match COMMITS_THIRD.find(clause) {
            Some(m) => (m, committing_subject(&clause[..m.start()], body)),
            None => {
                // "Les dirigeants de l'Union se sont engagés à accompagner ...": the pledge
                // of the meeting's leaders, named as the sentence's subject ("les États qui
                // se sont engagés à ..." tells a standing commitment).
                let m = PLEDGED.find(clause)?;
                let before = &clause[..m.start()];
                if fold(before).contains(" qui ") {
                    return None;
                }
                // (In a text that names no body, the people are named all the same.)
                let own = if body.starts_with('(') { "" } else { body };
                // "Les dirigeants arabes se sont engagés à ...": the leaders named by where
                // they are from; "Ils se sont engagés à ..." (the leaders the sentence
                // before named: the caller knows them).
                let who = deciding_people(before.trim(), own)
                    .or_else(|| {
                        PLEDGING_LEADERS
                            .captures(before.trim())
                            .map(|l| capitalised(&l[1]))
                    })
                    .or_else(|| PLEDGING_PRONOUN.is_match(before).then(String::new))?;
                (m, who)
            }
        },
    };
    // "à « développer les outils ... »": the pledge quoted.
    let action = clause[m.end()..].trim_start_matches(['«', '"', '“', ' ', '\u{a0}']);
    let action = clean(action.trim_end_matches(['»', '"', ' ']));
    let action = action.split(['»', '"']).next().unwrap_or_default().trim();
    let who = if who.is_empty() {
        Vec::new()
    } else {
        vec![who]
    };
    (!action.is_empty()).then(|| (who, clean(action)))
}

/// "Les dirigeants arabes", "les dirigeants africains": leaders named by an adjective of
/// where they are from, the subject of a pledge.
static PLEDGING_LEADERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[.;]\s+|,\s+)(?:les\s+)(dirigeants\s+(?-i:\p{Ll})[\p{L}-]+s)$")
        .expect("valid regex")
});

static COMMITS_THIRD: LazyLock<Regex> = LazyLock::new(|| {
    // "Plus de 40 États se sont engagés, ce matin, à financer ...": the pledge made at the
    // meeting reported, its day between commas ("se sont engagés à" alone tells a standing
    // commitment, as a treaty's).
    Regex::new(r"(?i)\b(?:s['’]\s*|se\s+)(?:engagent|sont\s+engagée?s\s*,\s*(?:aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+soir|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,)(?:\s+(?:également|aussi|en\s+outre))?\s+à\s+")
        .expect("valid regex")
});

/// A call that names nobody ("appelle à la cessation des hostilités", "a exigé la libération
/// de ...", "demande que cesse ..."): a mandate of all States, as "Calls for ..." is in
/// English. "demande qu'il continue ..." asks the actor named before (no actor: the caller
/// takes the last one).
fn unaddressed_call(form: &str, rest: &str) -> Option<(Vec<String>, String)> {
    if let Some(after) = open_invite(form, rest) {
        return Some((vec![table::FR_ALL_STATES.to_string()], clean(after)));
    }
    if let Some(act) = encouraged_act(form, rest) {
        let doers = doers_named(act).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
        return Some((doers, clean(act)));
    }
    if !table::FR_CALL_VERBS.contains(&form) {
        return None;
    }
    // "appelé à une intervention du Conseil de sécurité", "la continuation du soutien par
    // l'UNRWA": the one the call's own phrase names as acting, else all States.
    let all = |action: &str| {
        let doers = doers_named(action).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
        Some((doers, clean(action)))
    };
    // "demande également à « maintenir la solidarité ... »": the text's own words quoted
    // after "à", with no addressee, call on all ("demandé à faire une déclaration", unquoted,
    // is one asking to act oneself).
    if table::FR_DEMAND_VERBS.contains(&form) {
        let quoted = starts_with_word(skip_call_asides(without_aside(rest.trim())), &["à"])
            .map(str::trim_start)
            .filter(|after| after.starts_with(['«', '"', '“']));
        if let Some(after) = quoted {
            let action = QUOTES.replace_all(after, " ").into_owned();
            return all(action.trim());
        }
    }
    let unquoted = QUOTES.replace_all(rest, " ").into_owned();
    let rest = skip_call_asides(without_aside(unquoted.trim()));
    if let Some(after) = starts_with_word(rest, &["que", "qu'", "qu’"]) {
        let lower = fold(after);
        let impersonal = ["il soit ", "il y ait ", "il y soit "]
            .iter()
            .any(|w| lower.starts_with(w));
        if let Some(pronoun) = ["il ", "elle ", "ils ", "elles "]
            .iter()
            .find(|w| lower.starts_with(*w))
            .filter(|_| !impersonal)
        {
            return Some((Vec::new(), clean(&after[pronoun.len()..])));
        }
        // "que l'Union africaine (UA) approuve ces démarches": the named subject is asked.
        if let Some(found) = that_named(after) {
            return Some(found);
        }
        // "que l'armée du pays se retire et remette le pouvoir ...": an acting body named
        // by a common noun, then its subjunctive, is asked.
        if let Some(found) = that_common_actor(after) {
            return Some(found);
        }
        // "que le Gouvernement libère ...": a subject of its own, not read here; so is one
        // a possessive or a demonstrative opens ("que ses résolutions soient appliquées":
        // a passive that-clause, which asks nobody), unless an agent "par X" names who
        // is to act ("que ces décisions soient endossées par l'UA").
        let determined = [
            "ses ", "son ", "sa ", "leurs ", "leur ", "ces ", "cette ", "cet ",
        ]
        .iter()
        .any(|a| lower.starts_with(a))
            && !lower.contains(" par ");
        let article = determined
            || [
                "le ", "la ", "les ", "l'", "un ", "une ", "des ", "tous ", "toutes ",
            ]
            .iter()
            .any(|a| lower.starts_with(a));
        // "que le jardinier X, détenu depuis mars, soit immédiatement libéré": the subject
        // is the one acted on, not asked: a call on all, as "la libération de X" is.
        if article && PASSIVE_SUBJUNCTIVE.is_match(after) {
            return all(after);
        }
        return if article { None } else { all(after) };
    }
    if form.contains("appel") {
        if let Some(after) = starts_with_word(rest, &["à"]) {
            return all(after);
        }
        if starts_with_word(rest, &["au", "aux"]).is_some() {
            return all(rest);
        }
        return called_to_a_thing(rest);
    }
    let thing = demanded_thing(rest);
    (thing && table::FR_DEMAND_VERBS.contains(&form)).then(|| all(rest))?
}

/// The determiners of a thing demanded ("exige la libération de X").
const DEMANDED_DETERMINERS: &[&str] = &["la", "le", "les", "l'", "l’", "un", "une", "des", "du"];

/// "demande sa libération", "exige leur désarmement": a possessive before an act's noun,
/// the one it names said before (not "demande leur avis aux communes", a thing asked of
/// someone).
static POSSESSED_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:sa|son|ses|leur|leurs)\s+\p{L}+(?:tion|sion|ment)s?\b")
        .expect("valid regex")
});

/// Whether `rest` starts on a thing demanded: a determiner, or a possessed act ("demande
/// son retrait": an act's noun of the table, whatever its ending).
fn demanded_thing(rest: &str) -> bool {
    starts_with_word(rest, DEMANDED_DETERMINERS).is_some()
        || POSSESSED_ACT.is_match(rest.trim_start())
        || starts_with_word(rest, &["sa", "son", "ses", "leur", "leurs"]).is_some_and(|after| {
            let noun = fold(after.split_whitespace().next().unwrap_or_default());
            let noun = noun.trim_end_matches([',', ';', '.']);
            table::FR_DEMANDED_ACT_NOUNS.contains(&noun.trim_end_matches('s'))
        })
}

/// "encourage la poursuite du plan ...", "a encouragé le renforcement de ...": an act
/// encouraged with no addressee, as "encourages the continuation of X" is a call (on the
/// doer its phrase names, else all); "encourage les efforts de X" (no act) commends.
fn encouraged_act<'a>(form: &str, rest: &'a str) -> Option<&'a str> {
    // "encourageant ainsi la poursuite des crimes": a participle tells an effect, no call.
    if !form.contains("encourag") || form == "encourageant" {
        return None;
    }
    let rest = skip_call_asides(without_aside(rest.trim()));
    let after = starts_with_word(rest, &["la", "le", "l'", "l’"])?;
    let noun = fold(after.split_whitespace().next().unwrap_or_default());
    let act = noun.ends_with("tion")
        || noun.ends_with("ment")
        || table::FR_ACT_NOUNS.contains(&noun.as_str());
    act.then_some(rest)
}

/// "invitant à célébrer ...", "encourage à s'occuper ...": a request's verb with "à" and an
/// infinitive right after it names nobody; what it asks is the infinitive's.
fn open_invite<'a>(form: &str, rest: &'a str) -> Option<&'a str> {
    // "recommande de prendre des sanctions ...": a recommendation with "de" and an
    // infinitive right after it names nobody either ("recommande à X de ..." names X).
    let after = if table::FR_OPEN_INVITES.contains(&form) {
        starts_with_word(rest.trim(), &["à"])?
    } else if table::FR_OPEN_RECOMMENDS.contains(&form) {
        starts_with_word(rest.trim(), &["de", "d'", "d’"])?
    } else {
        return None;
    };
    OPEN_INFINITIVE.is_match(after).then_some(after)
}

static OPEN_INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\b").expect("valid regex")
});

/// "l'armée soudanaise se retire et remette ...", "la junte libère les détenus": a subject
/// whose head is an acting body named by a common noun (`FR_THAT_ACTORS`), its adjectives,
/// then its verb (reflexive, or in "-e" / "-ent" before an object): the subject asked.
fn that_common_actor(after: &str) -> Option<(Vec<String>, String)> {
    let words: Vec<&str> = after.split(' ').collect();
    let first = fold(words.first()?);
    let head = ["l'", "l’"]
        .iter()
        .find_map(|a| first.strip_prefix(a))
        .map(str::to_string)
        .or_else(|| {
            ["le", "la", "les"]
                .contains(&first.as_str())
                .then(|| words.get(1).map(|w| fold(w)))
                .flatten()
        })?;
    if !table::FR_THAT_ACTORS.contains(&head.as_str()) {
        return None;
    }
    let objects = [
        "le", "la", "les", "un", "une", "des", "ces", "ses", "son", "sa", "leur", "leurs",
    ];
    let at = (1..words.len().min(6)).find(|&k| {
        let w = fold(words[k]);
        if w == "se" || w.starts_with("s'") || w.starts_with("s’") {
            return true;
        }
        let next = words.get(k + 1).map(|n| fold(n)).unwrap_or_default();
        (w.ends_with('e') || (w.ends_with("ent") && !w.ends_with("ment")))
            && (objects.contains(&next.as_str())
                || next.starts_with("l'")
                || next.starts_with("l’"))
    })?;
    // The article and the head are the subject at least.
    let least = if first.starts_with("l'") || first.starts_with("l’") {
        1
    } else {
        2
    };
    if at < least {
        return None;
    }
    let names = actors(&words[..at].join(" "));
    let action = clean(&words[at..].join(" "));
    (!names.is_empty() && !action.is_empty()).then_some((names, action))
}

/// Who a called-for act's own phrase names as acting: "par l'UNRWA", or "une intervention
/// du Conseil de sécurité" (a noun of `FR_AGENT_NOUNS`, then a capitalised name).
fn doer_named(action: &str) -> Option<String> {
    // "la relance des négociations entre les deux parties, X et le Y": talks
    // between two named ones are theirs to hold (as "between X and Y" in English).
    if let Some(between) = between_doers(action) {
        return Some(between);
    }
    // "un dialogue ouvert, réunissant tous les partis du pays": talks that gather the
    // ones their participle names are theirs to hold, as talks "entre" them are.
    if let Some(m) = TALKS_GATHERING.captures(action) {
        return Some(m[1].trim().to_string());
    }
    // "un X immédiat de la part de tous les Y": the phrase names who
    // is to act, in lower case too.
    if let Some(m) = ON_THE_PART_OF.captures(action) {
        return Some(m[1].trim().to_string());
    }
    if let Some(m) = BY_DOER.captures(action) {
        // "les violations commises par X": a participle's agent, not the act's.
        let before = fold(action[..m.get(0).expect("match").start()].trim_end());
        let word = before.rsplit(' ').next().unwrap_or_default();
        let participle = [
            "é", "ée", "és", "ées", "is", "ise", "ises", "ite", "ites", "u", "ue", "us", "ues",
        ]
        .iter()
        .any(|e| word.ends_with(e));
        // "que ces décisions soient endossées par l'UA": a passive's agent does the act.
        let passive = ["soient ", "soit ", "être ", "sont ", "est "]
            .iter()
            .any(|aux| before.ends_with(&format!("{aux}{word}")));
        if !participle || passive {
            return Some(m[1].trim().to_string());
        }
    }
    if let Some(m) = OF_DOER.captures(action) {
        let noun = fold(&m[1]);
        return table::FR_AGENT_NOUNS
            .contains(&noun.as_str())
            .then(|| m[2].trim().to_string());
    }
    // "le renforcement de la mobilisation de la Ligue X pour ...": an act
    // of an agent noun further in, its doer after it.
    INNER_DOER
        .captures_iter(action)
        .find(|m| table::FR_AGENT_NOUNS.contains(&fold(&m[1]).as_str()))
        .map(|m| m[2].trim().to_string())
}

/// "des négociations entre les deux parties, la Ligue X et le Syndicat Y": the names after
/// "entre" of talks (`table::FR_TALKS_NOUNS`), the apposition after a comma if there is
/// one, without their first article; two at least ("entre les deux pays" names none).
fn between_doers(action: &str) -> Option<String> {
    static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
        let talks = any_of(table::FR_TALKS_NOUNS);
        Regex::new(&format!(
            r"(?i)\b(?:{talks})(?:\s+\p{{Ll}}+)?\s+entre\s+([^;.«»]+?)\s*(?:[;.]|$)"
        ))
        .expect("valid regex")
    });
    let m = BETWEEN.captures(action)?;
    let names = m[1]
        .rsplit_once(", ")
        .map_or(&m[1], |(_, after)| after)
        .trim();
    let names = starts_with_word(names, &["le", "la", "les", "l'", "l’"]).unwrap_or(names);
    (names.contains(" et ") && names.starts_with(char::is_uppercase)).then(|| names.to_string())
}

/// "des pourparlers directs, associant toutes les factions", "un dialogue rassemblant les
/// partis": talks (`table::FR_TALKS_NOUNS`), a few words of their own, then a participle of
/// gathering and the ones gathered.
static TALKS_GATHERING: LazyLock<Regex> = LazyLock::new(|| {
    let talks = any_of(table::FR_TALKS_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{talks})\b[^,;.«»]{{0,40}}?,?\s+(?:rassemblant|réunissant|associant|incluant|impliquant)\s+(?:(?:toutes|tous)\s+)?(?:les\s+|l['’]|la\s+|le\s+)([^,;.«»]+?)\s*(?:[,;.]|$)"
    ))
    .expect("valid regex")
});

static ON_THE_PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bde\s+la\s+part\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])([^,;.«»]+?)\s*(?:\b(?:pour|afin|en|dans|sur|contre)\b|[,;.]|$)")
        .expect("valid regex")
});

static INNER_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{Ll}+)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(\p{Lu}[^,;.]*?|communauté\s+internationale)(?:\s+(?:pour|afin|en|à|au|aux|dans|sur|contre)\b|[,;.]|$)")
        .expect("valid regex")
});

/// "le soutien de l'Union africaine et des Nations unies": each name the call's phrase
/// gives its doers.
fn doers_named(action: &str) -> Option<Vec<String>> {
    let unquoted = QUOTES.replace_all(action, " ").into_owned();
    let names = doer_named(unquoted.trim())?;
    Some(
        AND_OF
            .split(&names)
            .map(|n| capitalised(n.trim()))
            .filter(|n| !n.is_empty())
            .collect(),
    )
}

/// " et des ", " et de la ", " et les ": another name of the same act.
static AND_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+et\s+(?:des|du|de\s+la|de\s+l['’]|de|les|le|la|l['’])\s*").expect("valid regex")
});

/// "par l'UNRWA", "par le Comité des sanctions": a capitalised name after "par".
static BY_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bpar\s+(?:le\s+|la\s+|les\s+|l['’])?(\p{Lu}[^,;.]*?)(?:\s+(?:pour|afin|en|à|au|aux|dans|sur|contre|aux?)\b|[,;.]|$)")
        .expect("valid regex")
});

/// "une intervention du Conseil de sécurité de l'ONU pour ...": the noun, the name.
static OF_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:au\s+|aux\s+|à\s+la\s+|à\s+l['’]|à\s+une?\s+|une?\s+|la\s+|le\s+|l['’])?(\p{Ll}+)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*(\p{Lu}[^,;.]*?|(?:tous|toutes)\s+(?:ses|les|leurs)\s+\p{Ll}+)(?:\s+(?:pour|afin|en|à|au|aux|dans|sur|contre|y)\b|[,;.]|$)")
        .expect("valid regex")
});

/// "Apprécie l'intention du Secrétaire général ..., et demande qu'il continue ...": the
/// one person or body the sentence names before its pronoun (none: the last actor asked).
fn named_before(before: &str) -> Vec<String> {
    let lower = fold(before);
    let titled = SINGLE_NAME
        .captures_iter(before)
        .last()
        .map(|m| (m.get(1).expect("name").start(), m[1].to_string()));
    // A title of the table first: "le Conseil" after it is more often what it informs.
    table::FR_SINGLE_ACTORS
        .iter()
        .filter_map(|name| lower.rfind(name).map(|at| (at, name.to_string())))
        .max_by_key(|(at, _)| *at)
        .or(titled)
        .map(|(_, name)| {
            let mut c = name.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .into_iter()
        .collect()
}

/// "du Directeur", "le Président exécutif": one capitalised name after an article.
static SINGLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:du|de\s+la|de\s+l['’]|le|la|l['’])\s*(\p{Lu}\p{Ll}+(?:\s+(?:général|générale|spécial|spéciale|exécutif|exécutive|adjoint|adjointe))?)\b")
        .expect("valid regex")
});

/// "en lui demandant un plan de retrait": a thing asked for, opened by an article.
fn asked_thing(rest: &str) -> Option<&str> {
    starts_with_word(rest, &["un", "une", "des", "le", "la", "les", "l'", "l’"]).map(|_| rest)
}

/// "s'est adressée au Comité national X (CNSP), la junte ..., en lui demandant": the first
/// capitalised name the clause addresses with "à", "au" or "aux".
fn addressed_before(before: &str) -> Option<String> {
    let m = ADDRESSED_NAME.captures(before)?;
    let name = m[1].trim().trim_end_matches(',').trim();
    Some(name.to_string())
}

static ADDRESSED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:au|aux|à\s+la|à\s+l['’]|à)\s+(\p{Lu}[^,;()]*)").expect("valid regex")
});

/// "au chapitre politique, le rétablissement ...": what follows a short phrase and its comma,
/// when it opens with an article.
fn second_aside(rest: &str) -> Option<&str> {
    let comma = rest.find(", ")?;
    let after = &rest[comma + 2..];
    let short = rest[..comma].split_whitespace().count() <= 4;
    let thing = starts_with_word(after, &["la", "le", "les", "l'", "l’", "un", "une", "des"]);
    (short && thing.is_some()).then_some(after)
}

/// "la contribution des troupes sud-africaines qui ... et leur": the last plural group
/// opened by "des", "les" or "aux" before the pronoun.
static PLURAL_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:des|les|aux)\s+(\p{L}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)").expect("valid regex")
});

fn plural_before(before: &str) -> Option<Vec<String>> {
    if let Some(names) = thanked(before) {
        return Some(names);
    }
    // "Conformément aux accords d'Addis-Abeba, il leur demande ...": texts are not asked.
    let groups: Vec<_> = PLURAL_GROUP
        .captures_iter(before)
        .filter(|m| {
            let head = fold(m[1].split_whitespace().next().unwrap_or_default());
            !table::FR_TEXT_PLURALS.contains(&head.as_str())
        })
        .collect();
    // "des brigades qui « protègent les arbres » et leur": the antecedent of a relative
    // clause, not a plural inside it; of a participle's clause likewise ("tous les États
    // ayant planté des arbres, et les invite").
    let group = groups
        .iter()
        .rev()
        .find(|m| {
            let after = &before[m.get(0).expect("match").end()..];
            let g = m.get(1).expect("group");
            let head_end = g.start() + g.as_str().find(' ').unwrap_or(g.len());
            after.trim_start().starts_with("qui ")
                || DESCRIBING_PARTICIPLE
                    .find(&before[head_end..])
                    .is_some_and(|p| p.start() == 0)
        })
        .or(groups.last())?;
    let name = group.get(1)?.as_str().trim_end_matches(" qui");
    let name = DESCRIBING_PARTICIPLE
        .find(name)
        .map_or(name, |p| &name[..p.start()]);
    // "toutes les parties à appliquer ...": the noun, not the preposition after it.
    let name = ["à", "au", "aux", "de", "du", "des", "en", "et"]
        .iter()
        .find_map(|p| name.strip_suffix(&format!(" {p}")))
        .unwrap_or(name)
        .to_string();
    let mut c = name.chars();
    let first = c.next()?;
    Some(vec![first.to_uppercase().collect::<String>() + c.as_str()])
}

/// "Félicite les villes et les communes pour leur part dans les concours ... et les
/// encourage à ...": whom a verb of thanks names before its "pour" are those it then asks,
/// not a plural of the reason given.
fn thanked(before: &str) -> Option<Vec<String>> {
    let lower = fold(before.trim_start()).to_lowercase();
    if !["félicite", "remercie"]
        .iter()
        .any(|v| lower.starts_with(v))
    {
        return None;
    }
    let reason = before.find(" pour ")?;
    let names: Vec<String> = PLURAL_GROUP
        .captures_iter(&before[..reason])
        .filter(|m| m[0].to_lowercase().starts_with("les"))
        .map(|m| {
            let name = m[1].trim_end();
            let name = name.strip_suffix(" et").unwrap_or(name);
            let mut c = name.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    (!names.is_empty()).then_some(names)
}

/// "appelle les parties au conflit à des négociations", "appelle les parties au calme": the
/// addressee, then what it is called to (a noun, not an infinitive): the last "à" opens it.
static CALLED_TO: LazyLock<Regex> = LazyLock::new(|| {
    // Greedy: "les parties au conflit au Sahara occidental à des négociations" splits at the
    // last "à", and "au conflit" stays in the name.
    Regex::new(r"(?i)^((?:les|la|le|l['’]|tous|toutes)\s*[^;:]{2,120})\s+(à\s+(?:des|la|l['’]|un|une)\s*[^,;]+|aux?\s+[^,;]+)$")
        .expect("valid regex")
});

fn called_to_a_thing(rest: &str) -> Option<(Vec<String>, String)> {
    let rest = clean(rest);
    let m = CALLED_TO.captures(&rest)?;
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// "à Luanda les forces ...", "à Addis-Abeba, les parties ...": where the communiqué was
/// given, a capitalised place after "à" with an addressee's article after it (not "à la
/// Commission", not "à Israël de ...").
pub(super) fn place_aside(rest: &str) -> Option<&str> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^à\s+\p{Lu}[\p{Ll}’'-]+(?:[\s-]\p{Lu}[\p{Ll}’'-]+)*\s*,?\s+")
            .expect("valid regex")
    });
    let after = &rest[PLACE.find(rest)?.end()..];
    starts_with_word(
        after,
        &[
            "les",
            "le",
            "la",
            "l'",
            "l’",
            "tous les",
            "toutes les",
            "leurs",
        ],
    )
    .is_some()
    .then_some(after)
}

/// Whether the words before an opening quote name nobody yet or end on the word that
/// introduces the action ("de « coopérer »", "à « fournir »").
fn ends_before_action(before: &str) -> bool {
    let before = fold(before.trim_end());
    before.is_empty()
        || [" de", " d'", " à", " a"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// As [`addressed`]; `appeal`: the addressee of a renewed appeal also ends before "pour"
/// ("ses appels au Conseil de sécurité pour l'imposition d'un blocus").
pub(super) fn addressed_until(rest: &str, appeal: bool) -> Option<(Vec<String>, String)> {
    let rest = quoted_aside_dropped(before_quote_closes(rest));
    // "exhortent ces deux pays «" at a page's end: the text cut inside the quotation that
    // opens right after the addressee still asks the addressee.
    let cut_in_quote = rest.trim_end().ends_with(['«', '“']);
    // « trouver un accord »: the quotation marks around an action are not words (nor the
    // space a closing mark leaves before the addressee: "demande" à la junte).
    let unquoted = QUOTES.replace_all(&rest, " ").trim_start().to_string();
    // "a invité aujourd'hui les parties à ...": a communiqué's day before the addressee.
    let rest = skip_call_asides(without_aside(&unquoted));
    // "exige de toutes les parties qu'elles cessent ...": the addressee, then "que".
    let found = that_subjunctive(rest)
        .or_else(|| of_x_that(rest))
        .or_else(|| that_meeting(rest));
    if found.is_some() {
        return found;
    }
    let end = addressee_end(rest, appeal, cut_in_quote)?;
    if !addressee(rest) {
        return None;
    }
    addressee_then_action(rest, end)
}

/// "« Nous appelons à des sanctions », c'est ainsi que ...": the quote the verb is in
/// closes before any addressee's infinitive.
/// A "»" set right before a word ("d' »apporter ...") or right after "de" / "à" ("de »
/// conduire ...") opens a quote, a typist's slip.
fn before_quote_closes(rest: &str) -> &str {
    let close = rest
        .char_indices()
        .find(|&(i, c)| c == '»' && !opens_quote(&rest[..i], &rest[i + c.len_utf8()..]))
        .map(|(i, _)| i);
    match (close, rest.find('«')) {
        (Some(close), open) if open.is_none_or(|o| o > close) => &rest[..close],
        _ => rest,
    }
}

/// "appelle X « en attendant <une chose>, à <agir> ... »": a quote opened
/// after the addressee with an aside before the infinitive; the addressee ends at it.
fn quoted_aside_dropped(rest: &str) -> String {
    match rest.find('«') {
        Some(open) if !ends_before_action(&rest[..open]) => match INFINITIVE.find_at(rest, open) {
            Some(inf) if rest[open..inf.start()].contains(',') => {
                format!("{} {}", rest[..open].trim_end(), &rest[inf.start()..])
            }
            _ => rest.to_string(),
        },
        _ => rest.to_string(),
    }
}

/// Where the addressee `addressed_until` reads ends: at the first infinitive not of a
/// purpose, or the purpose's words; none where the call names nobody.
fn addressee_end(rest: &str, appeal: bool, cut_in_quote: bool) -> Option<usize> {
    // "afin de rétablir ...", "en vue de ...": a purpose, not what the addressee is asked.
    // "appelle à restaurer l'ordre ...": a call that names nobody.
    if INFINITIVE
        .find(&format!(" {rest}"))
        .is_some_and(|m| m.start() == 0)
    {
        return None;
    }
    let inf = INFINITIVE
        .find_iter(rest)
        .find(|m| {
            let before = fold(&rest[..m.start()]);
            !table::FR_PURPOSE_WORDS.iter().any(|w| before.ends_with(w)) && !noun_in_re(m.as_str())
        })
        .map(|m| m.start());
    // "INVITE le Directeur regional a prevoir ...": a text typed (or read by OCR) without
    // its accents writes "à" as "a"; there, "a" before an infinitive ends the addressee
    // too (a past tense's "a" takes a participle, never an infinitive).
    let unaccented = UNACCENTED_TO
        .find(rest)
        .filter(|m| {
            // "qui a notre appui", "a encore", "a entre les mains": "a" the verb, before a
            // word that only looks like an infinitive.
            let last = fold(m.as_str().rsplit(' ').next().unwrap_or_default());
            !noun_in_re(m.as_str())
                && ![
                    "notre", "votre", "entre", "encore", "contre", "autre", "outre",
                ]
                .contains(&last.as_str())
                && !has_accents(rest)
        })
        .map(|m| m.start());
    let inf = match (inf, unaccented) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let purpose = PURPOSE
        .find(rest)
        .filter(|m| appeal || m.as_str().contains("qu"))
        .map(|m| m.start());
    Some(match (inf, purpose) {
        (Some(a), Some(b)) => a.min(b),
        // "appelé les pays de X à une présence « active » à Y": no
        // infinitive, a thing asked after "à un(e)"; the addressee ends before it.
        (None, None) => cut_after_addressee(rest)
            .or_else(|| cut_in_quote.then(|| rest.trim_end().len()))
            .or_else(|| to_a_thing(rest))?,
        (a, b) => a.or(b)?,
    })
}

/// " a prevoir", " a s'assurer": "à" written without its accent, then an infinitive.
static UNACCENTED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+a\s+(?:(?:se|s['’]|en|y|leur|lui|le|la|les|l['’])\s*){0,2}\p{Ll}{3,}(?:er|ir|re|oir)\b")
        .expect("valid regex")
});

/// Whether `text` writes any French accent (a text that writes none may write "à" as "a").
fn has_accents(text: &str) -> bool {
    text.chars()
        .any(|c| "àâäéèêëîïôöùûüçÀÂÉÈÊÎÔÙÛÇ".contains(c))
}

/// The actors named before `end` and the action after it, its opening word dropped.
fn addressee_then_action(rest: &str, end: usize) -> Option<(Vec<String>, String)> {
    let names = actors(&rest[..end]);
    let action = rest[end..].trim_start();
    let action = [
        "de ",
        "d'",
        "d’",
        "à ",
        "a ",
        "pour que ",
        "pour qu'",
        "pour qu’",
        "pour ",
    ]
    .iter()
    .find_map(|p| action.strip_prefix(p))
    .unwrap_or(action);
    (!names.is_empty() && !on_the_spot(action)).then(|| (names, clean(action)))
}

/// "4. Prie le Secrétaire général de" at the foot of a page: a request cut after its
/// addressee and the word that opens its task still asks the addressee (where that word
/// starts).
fn cut_after_addressee(rest: &str) -> Option<usize> {
    let trimmed = rest.trim_end();
    ["de", "à"].iter().find_map(|w| {
        let head = trimmed.strip_suffix(w)?;
        head.ends_with(' ').then_some(head.len())
    })
}

/// Where "à un(e) <thing>" opens what an addressee is asked for ("les pays à une
/// participation"), after at least two words of the addressee.
fn to_a_thing(rest: &str) -> Option<usize> {
    let at = [" à une ", " à un "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()?;
    (rest[..at].split_whitespace().count() >= 2).then_some(at + 1)
}

/// "de l'ordre", "du cadre": a noun that ends as an infinitive does.
fn noun_in_re(found: &str) -> bool {
    let last = fold(found.rsplit([' ', '\'']).next().unwrap_or_default());
    table::FR_NOUNS_IN_RE.contains(&last.as_str())
}

/// "soit immédiatement libéré", "soient relâchés": a passive subjunctive, but not one that
/// asks its subject ("soit invité à", "soit prié de").
static PASSIVE_SUBJUNCTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsoi(?:en)?t\s+(?:\p{L}+ment\s+)?(?:libérée?s?|relâchée?s?|remise?s?\s+en\s+liberté|levée?s?|rétablie?s?|respectée?s?|restaurée?s?|garantie?s?|protégée?s?|traduite?s?\s+en\s+justice|jugée?s?)\b")
        .expect("valid regex")
});

/// "a salué les efforts du Kirghizistan": a name after "du", "de la", "des".
static OF_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    // "de l'État partie": the elided article needs no space, and "partie" / "membre" is
    // part of the name.
    // "du Secrétaire général", "du Représentant spécial": an office's title goes on in
    // lower case.
    // "du Bureau des affaires de désarmement", "du Haut-Commissariat aux droits de l'homme":
    // the name goes on with its complement (one noun, maybe one more "de" noun after it).
    Regex::new(&format!(
        r"\b(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+)(\p{{Lu}}[\p{{L}}-]+(?:\s+(?:partie|parties|membre|membres|générale?|exécutif|exécutive|permanente?|spéciale?|adjointe?|techniques?|consultatif|consultative|scientifique|préparatoire|ministériel|ministérielle)\b)?{NAME_COMPLEMENT})"
    ))
    .expect("valid regex")
});

/// A name read with `NAME_COMPLEMENT`, cut before a complement that is no part of it: "la
/// Mission de ses efforts" is "Mission".
fn without_possessive(name: &str) -> String {
    const NOT_A_NAME: [&str; 13] = [
        "ses", "son", "sa", "leur", "leurs", "cette", "ce", "ces", "un", "une", "tous", "toutes",
        "tout",
    ];
    let words: Vec<&str> = name.split(' ').collect();
    match words
        .iter()
        .position(|w| NOT_A_NAME.contains(&fold(w).as_str()))
    {
        Some(k) if k >= 2 => words[..k - 1].join(" "),
        _ => name.to_string(),
    }
}

/// A name's complement after its head noun: "des affaires de désarmement", "pour les
/// Grands Lacs", "aux droits de l'homme", with an article (a bare "de" may open an
/// infinitive, "du Secrétaire général de nommer"; "sur les haies" is a work's topic);
/// `without_possessive` cuts "de ses efforts".
const NAME_COMPLEMENT: &str = r"(?:\s+(?:(?:de\s+la|de\s+l['’]|des|du|pour\s+(?:les|la|le|l['’]))\s*[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|aux?\s+\p{Ll}[\p{L}-]+)(?:\s+(?:de\s+la|de\s+l['’]|des|du|d['’]|de)\s*[\p{L}-]+)?)?";

/// "transmises par l'État partie": a name after "par le", "par la", "par l'".
static BY_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bpar\s+(?:le\s+|la\s+|l['’]\s*)(\p{Lu}[\p{L}-]+(?:\s+(?:partie|parties|membre|membres|générale?|exécutif|exécutive|permanente?|spéciale?|adjointe?)\b)?)")
        .expect("valid regex")
});

/// "Les États Membres ont été invités à <agir> ... en priant le Secrétaire général de ...":
/// a summary's request told in the passive, its addressee the subject, before the clause's
/// first active request is one more (the passive is read only where no verb asks, so a
/// later active request would hide it).
fn passive_before_active(clause: &str, starts: &[regex::Captures<'_>]) -> Option<Request> {
    starts.iter().find_map(|m| {
        let before = &clause[..m.get(0).expect("match").start()];
        PASSIVE_ASKED
            .is_match(before)
            .then(|| passive_asked(before))
            .flatten()
    })
}

/// "La Haut-Commissaire a pour sa part été priée de surveiller ...", "est également priée
/// de ...": a summary's passive that names the one asked (not a future "sera invité").
static PASSIVE_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    let institutions = any_of(table::FR_INSTITUTION_NOUNS);
    // "Tous les pays ont été appelés à ...", "... ont été condamnées et les parties ont été
    // invitées à ...": a request told in the passive, its addressee the subject (after "et"
    // too, in lower case too); "appelés", "exhortés", "encouragés" as "invités"
    // (plural only for "appelé": "M. X a été appelé à former ..." is an appointment).
    passive_asked_regex(
        r"(?:^|[.;]\s+|\s+et\s+)",
        &format!(
            r"\p{{Lu}}[^,;.]{{1,80}}?|(?:{institutions})\b[^,;.]{{0,40}}?|\p{{Ll}}[\p{{L}}'’-]*(?:\s+\p{{Ll}}[\p{{L}}'’-]*){{0,3}}"
        ),
    )
});

/// "..., la Commission de l'Union a été autorisée à couvrir les dépenses": after a clause's
/// comma, a capitalised name told in the passive is the one asked.
static PASSIVE_ASKED_AFTER_COMMA: LazyLock<Regex> =
    LazyLock::new(|| passive_asked_regex(r",\s+", r"\p{Lu}[^,;.]{1,80}?"));

/// The passive request: what opens it, then an article, the subject (group 1), the
/// auxiliary and participle, and the action (an infinitive after "à" in group 2, the rest in
/// group 3). An authorisation ("a été autorisée à ...") names the one authorised, as
/// "autorise X à" does; "La Commission est chargée de ..." the one entrusted.
fn passive_asked_regex(opening: &str, subject: &str) -> Regex {
    Regex::new(&format!(r"{opening}(?:[Tt]ou(?:te)?s\s+)?(?:(?:[Ll]es|[Ll]a|[Ll]e|[Cc]es)\s+|[Ll]['’]\s*)({subject})\s+(?:a|ont|est|sont)\s+(?:(?:également|aussi|en\s+outre|pour\s+sa\s+part|pour\s+leur\s+part|instamment|vivement|fermement|de\s+nouveau|à\s+nouveau)\s+)*(?:été\s+)?(?:(?:instamment|vivement|fermement)\s+)?(?:priée?s?|invitée?s?|appelée?s|exhortée?s?|encouragée?s?|autorisée?s?|chargée?s?)\s+(?:de\s+|d['’]\s*|à\s+(\p{{Ll}}+(?:er|ir|re|oir)\b))(.+)$"))
        .expect("valid regex")
}

/// "la résolution ... en vertu de laquelle les parties, A et B, sont invitées à ...": a text's
/// relative clause whose passive names the one asked (an apposition after the name).
static TEXT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:laquelle|lequel|lesquelles|lesquels)\s+(?:les|la|le|l['’])\s*([^,;.]{1,60}?)(?:\s*,[^,;.]{1,60},)?\s+(?:est|sont)\s+(?:également\s+|aussi\s+)?(?:priée?s?|invitée?s?|exhortée?s?|engagée?s?)\s+(?:de\s+|d['’]\s*|à\s+)(.+)$")
        .expect("valid regex")
});

/// "il est demandé au Conseil d'administration d'autoriser ...": an impersonal passive that
/// names the one asked.
static IMPERSONAL_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;,]\s+)[Ii]l\s+(?:est|a\s+été)\s+(?:donc\s+|également\s+)?(?:demandé|proposé)\s+((?:aux|au|à\s+la|à\s+l['’])\s*.+)$")
        .expect("valid regex")
});

/// "Le Verger du Nord, ..., a été suspendu du Conseil X": a member suspended,
/// told in the passive: the body's decision; after an opening aside too ("Lyon — Après la
/// crise ..., la Vallée a été suspendue de la Ligue (LDV) lundi").
static SUSPENDED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;]\s+|^[^.;«»]{0,120}?,\s+)((?:[Ll]e|[Ll]a|[Ll]['’])\s*\p{Lu}[^,;.]{0,40}?)(?:\s*,[^;.]{0,120},)?\s+a\s+été\s+suspendue?\s+((?:de|des|du)\s+[^,;.]+)")
        .expect("valid regex")
});

fn suspended_passive(clause: &str, body: &str) -> Option<Request> {
    let m = SUSPENDED_PASSIVE.captures(clause)?;
    // "Le Mali" as the object: its article in lower case.
    let member = m[1].trim();
    let member = format!("{}{}", member[..1].to_lowercase(), &member[1..]);
    // "suspendue de l'Union africaine (UA) lundi": the organisation it is suspended from
    // decides (its organ, the body, may be named later in the text).
    let from = SUSPENDED_FROM
        .captures(&m[2])
        .map(|o| o[1].trim().to_string());
    Some((
        vec![from.unwrap_or_else(|| body.to_string())],
        format!("suspendre {member} {}", m[2].trim()),
    ))
}

/// "de l'Union africaine (UA) lundi": the organisation's name, up to its acronym or a day.
static SUSPENDED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(\p{Lu}.*?)(?:\s*\(|\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b|$)")
        .expect("valid regex")
});

/// "le Ministre ... a été chargé de mobiliser ...": a task given in the passive at the
/// meeting (not a standing charge: "qui est chargé de suivre ..."), read as "a été invité à".
static CHARGED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:a|ont)\s+été)\s+chargée?s?\s+(?:de\s+|d['’]\s*)(\p{Ll}+(?:er|ir|re|oir)\b)")
        .expect("valid regex")
});

static CHARGED_PRESENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(est|sont)\s+chargée?s?\s+(?:de\s+|d['’]\s*)(\p{Ll}+(?:er|ir|re|oir)\b)")
        .expect("valid regex")
});

fn passive_asked(clause: &str) -> Option<(Vec<String>, String)> {
    let clause = &CHARGED_PASSIVE.replace_all(clause, "$1 invité à $2");
    // "La Commission est chargée de convoquer ...": a task given in the present passive
    // (not a standing charge: "qui est chargé de suivre ...").
    let clause = &CHARGED_PRESENT.replace_all(clause, |m: &regex::Captures<'_>| {
        let start = m.get(0).expect("match").start();
        if fold(clause[..start].trim_end()).ends_with("qui") {
            m[0].to_string()
        } else {
            format!("{} invité à {}", &m[1], &m[2])
        }
    });
    if let Some(m) = THING_ASKED_OF.captures(clause) {
        // "... pour mars": the deadline's words after the name go with the thing asked.
        let tail = &clause[m.get(2).expect("name").end()..];
        let tail = if tail.trim_start().starts_with("qui ") {
            ""
        } else {
            tail
        };
        let action = format!("{}{tail}", &m[1]);
        return Some((vec![capitalised(m[2].trim())], clean(&action)));
    }
    if let Some(asked) = IMPERSONAL_ASKED
        .captures(clause)
        .and_then(|m| addressed(m[1].trim()))
    {
        return Some(asked);
    }
    if let Some(m) = TEXT_PASSIVE.captures(clause) {
        return Some((vec![capitalised(m[1].trim())], clean(&m[2])));
    }
    let m = PASSIVE_ASKED
        .captures(clause)
        .or_else(|| PASSIVE_ASKED_AFTER_COMMA.captures(clause))?;
    // "invité à concevoir ...": the infinitive after "à" opens the action.
    let action = match m.get(2) {
        Some(verb) => format!("{}{}", verb.as_str(), &m[3]),
        None => m[3].to_string(),
    };
    // "Les États ont été félicités et les parties ont été invitées à ...": the subject of
    // the passive request is the one after the last "et", not a clause before it.
    let subject = m[1].trim();
    // "Les haies ont été autorisées à pousser": an authorisation asks a name or an
    // institution, not a thing in lower case.
    let institution = table::FR_INSTITUTION_NOUNS
        .iter()
        .any(|i| fold(subject).starts_with(i));
    if fold(&m[0]).contains(" autoris") && subject.starts_with(char::is_lowercase) && !institution {
        return None;
    }
    // "Les États se sont engagés à ...", "... se sont exhortés à ...": a reflexive verb, not
    // a request told in the passive.
    if [" se", " s'", " s’"].iter().any(|r| subject.ends_with(r)) {
        return None;
    }
    let subject = if [" a été ", " ont été ", " est ", " sont "]
        .iter()
        .any(|v| subject.contains(v))
    {
        let (_, last) = subject.rsplit_once(" et ")?;
        let last = last.trim();
        ["les ", "la ", "le ", "l'", "l’"]
            .iter()
            .find_map(|a| last.strip_prefix(a))
            .unwrap_or(last)
    } else {
        subject
    };
    // "Les États membres et les communautés économiques régionales sont invités à ...":
    // two bodies, each asked.
    if subject.contains(" et l") {
        let names = actors(subject);
        if names.len() >= 2 {
            return Some((
                names.iter().map(|n| capitalised(n)).collect(),
                clean(&action),
            ));
        }
    }
    Some((vec![capitalised(subject.trim())], clean(&action)))
}

/// "un calendrier ... a été exigé aux militaires qui ...": a thing asked, in the passive, of
/// the one named after "à"; in the present too ("Un rapport est demandé au X pour mars",
/// "Des propositions sont demandées à la commission d'ici à juin"), the name ending before
/// a deadline's words.
static THING_ASKED_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;]\s+|,\s+)((?:[Uu]n|[Uu]ne|[Ll]e|[Ll]a|[Ll]es|[Dd]es|[Ll]['’])\s*\p{Ll}[^,;.]{2,120}?)\s+(?:(?:a|ont)\s+été|est|sont)\s+(?:exigée?s?|demandée?s?|réclamée?s?)\s+(?:aux|au|à\s+la|à\s+l['’])\s*(\p{L}[^,;.]{1,60}?)(?:\s+qui\b|\s+(?:pour\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|la\s+fin|fin|le\s+\d)|d['’]ici|avant\s+(?:le|la|l['’]|fin)|au\s+plus\s+tard|dans\s+un\s+délai)\b|[,;.]|$)")
        .expect("valid regex")
});

/// "... un projet de résolution appelant à ...": a verb whose subject is a text's noun.
fn said_by_a_text(before_verb: &str) -> bool {
    let last = fold(
        before_verb
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default(),
    );
    table::FR_TEXT_NOUNS
        .iter()
        .any(|n| last == *n || last == format!("{n}s"))
}

static QUOTES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\s*[«»“”"]\s*"#).expect("valid regex"));

/// "pour qu'ils prennent ..." after an appeal's addressee; "pour l'imposition ..." after a
/// renewed appeal's.
static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:pour|afin)\s+(?:qu(?:e\s+|['’])?)?").expect("valid regex")
});

/// "de toutes les parties au conflit, mais en particulier des autorités syriennes,
/// qu'elles cessent ...": the parties are asked.
static OF_X_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:de|des|du|d['’])\s*([^;:]{2,160}?),?\s+qu(?:e\s+|['’])(?:(?:ils|elles|il|elle)\s+)?(.+)$")
        .expect("valid regex")
});

fn of_x_that(rest: &str) -> Option<(Vec<String>, String)> {
    let m = match OF_X_THAT.captures(rest) {
        Some(m) => m,
        None => {
            // "au Comité pour qu'il organise ...", "afin qu'il", "ainsi qu'au Secrétaire
            // général": a conjunction's "que", not the addressee's.
            let m = TO_X_THAT.captures(rest)?;
            let last = fold(m[1].rsplit(' ').next().unwrap_or_default());
            if table::FR_BEFORE_CONJUNCTION_QUE.contains(&last.as_str()) {
                return None;
            }
            m
        }
    };
    // "au Conseil de veiller à ce que ...": an infinitive before "que" is what is asked,
    // and "à ce que" names nobody.
    if INFINITIVE.is_match(&format!(" {}", &m[1])) || fold(m[1].trim()) == "ce" {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// "Demande ... à chacun desdits Gouvernements que, tant que ..., il informe ...": the
/// addressee of "demander à X que", then what it is asked (an aside may open it).
static TO_X_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:à|au|aux)\s+([^;:,]{2,120}?)\s+qu(?:e\b\s*|['’])(?:(?:ils|elles|il|elle)\s+)?(.+)$")
        .expect("valid regex")
});

/// "réitère ses appels antérieurs au Conseil ...", "renouvelle son appel aux parties ...":
/// a renewed appeal asks its addressee; "réitère sa détermination" is a view.
fn renewed_appeal(rest: &str) -> Option<(Vec<String>, String)> {
    // "réaffirme son exigence pour la libération de X": a demand renewed for a thing, with
    // no addressee: a call to all, as "reiterates its demand that ..." is.
    if let Some(m) = DEMAND_NOUN.find(rest) {
        let thing = rest[m.end()..].trim();
        return Some((vec![table::FR_ALL_STATES.to_string()], clean(thing)));
    }
    let m = APPEAL_NOUN.find(rest)?;
    let after = &rest[m.end()..];
    // "Réitère sa demande auprès de X afin qu'il établisse ...": the renewed request's
    // addressee after "auprès de", what it is to do in the clause of purpose (its pronoun
    // stands for X).
    if let Some(c) = NEAR_THEN_PURPOSE.captures(after) {
        let names = actors(&c[1]);
        return (!names.is_empty()).then(|| (names, clean(&c[2])));
    }
    addressed_until(after, true)
}

static NEAR_THEN_PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^auprès\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)([^;:,]{2,120}?)\s*,?\s+(?:afin|pour)\s+qu(?:e\s+|['’]\s*)(?:(?:il|elle|ils|elles)\s+)?(.+)$")
        .expect("valid regex")
});

static DEMAND_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    // "leur exigence « pour la libération ... »": the text's quote marks around its words.
    Regex::new(r"(?i)^(?:son|sa|ses|leur|leurs)\s+(?:exigences?|demandes?)\s+[«\x22“]?\s*(?:pour|de|d['’])\s*")
        .expect("valid regex")
});

static APPEAL_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:son|sa|ses|leur|leurs)\s+(?:appels?|invitations?|demandes?)(?:\s+(?:antérieurs?|précédents?|pressants?|répétés?|antérieures?|précédentes?))?\s+")
        .expect("valid regex")
});

/// "décide d'inviter le Secrétaire général à présenter ...": the body decides to ask
/// someone, who is the one asked.
/// "3 voix contre et 5 abstentions, de proroger ...": what is left of an aside with commas
/// of its own ("décidé, par 30 voix pour, 3 voix contre et 5 abstentions, de ..."), up to
/// the infinitive after it.
fn past_vote_aside(rest: &str) -> &str {
    if strip_de(rest).is_some() {
        return rest;
    }
    [", de ", ", d'", ", d’"]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .filter(|&at| at <= 100)
        .map_or(rest, |at| rest[at + 1..].trim_start())
}

/// "exige du Comité national X (CNX) la libération de Y", "exige de la Junte le retour
/// ...": a demand of a named one (a capital opens its name, after "du", "de la", "de l'",
/// "des"), then the thing demanded (an article and a noun in lower case).
fn demanded_of(form: &str, rest: &str) -> Option<Request> {
    static OF_NAMED_THEN_THING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:du|des|de\s+la|de\s+l['’])\s*(\p{Lu}[^,;«»]{1,100}?)\s+((?:le|la|les|l['’])\s*\p{Ll}[^;]*)$")
            .expect("valid regex")
    });
    if !form.starts_with("exig") {
        return None;
    }
    let m = OF_NAMED_THEN_THING.captures(rest)?;
    // "du Comité de la paix la libération ...": "de la paix" goes on with the name.
    let last = fold(m[1].rsplit(' ').next().unwrap_or_default());
    if ["de", "à", "et", "pour", "sur"].contains(&last.as_str()) {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

pub(super) static ASKED_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:aux|au|à\s+la|à\s+l['’])\s*[^,;]{2,60}?)\s+((?:le|la|les|l['’])\s*\p{Ll}[^;]*)$",
    )
    .expect("valid regex")
});

/// The first word of what a call asks for, without articles: "la libération de X" →
/// "libération", "à des sanctions" → "sanctions".
pub fn called_thing(action: &str) -> String {
    fold(action)
        .split(|c: char| c.is_whitespace() || c == '\'')
        .find(|w| {
            !w.is_empty()
                && ![
                    "à", "au", "aux", "la", "le", "les", "l", "des", "du", "de", "d", "un", "une",
                    "«", "»",
                ]
                .contains(w)
        })
        .unwrap_or_default()
        .to_string()
}

/// "Les perspectives de <une chose> dans Y ... demandent l'appui de X": a
/// thing that needs something (the subject one of [`table::FR_NEEDING_THINGS`]) asks
/// nobody.
fn thing_needs(before: &str, verb: &str) -> bool {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:les|la|le|l['’]|ces|cette|ce|ses|sa|son|leurs|leur)\s*(\p{Ll}[\p{L}-]*)")
            .expect("valid regex")
    });
    if !["demande", "demandent", "exige", "exigent"].contains(&verb) {
        return false;
    }
    let sentence = before.rsplit(['.', ';', ':']).next().unwrap_or(before);
    SUBJECT
        .captures(&fold(sentence.trim()))
        .is_some_and(|m| table::FR_NEEDING_THINGS.contains(&&m[1]))
}

/// "faire appel au dévouement de X à Y et de lui demander de <agir>
/// ...", "faire appel à la sagesse de Z pour ...": the one whose quality is
/// appealed to is asked what follows.
fn appeal_to_quality(action: &str) -> Option<Request> {
    static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
        let qualities = any_of(table::FR_APPEALED_QUALITIES);
        Regex::new(&format!(
            r"(?i)^faire\s+appel\s+(?:au|à\s+la|à\s+l['’]|aux)\s*(?:{qualities})\s+(de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])\s*([^,;]+?)(?:\s+(?:à|envers)\s+(?:l['’]|la\s+|le\s+|les\s+)?\p{{Lu}}[^,;]*?)?\s+(?:et\s+de\s+(?:lui|leur)\s+demander\s+(?:de\s+|d['’])|pour\s+(?:qu['’]il\s+|qu['’]ils\s+|qu['’]elle\s+|qu['’]elles\s+)?)(.+)$"
        ))
        .expect("valid regex")
    });
    let m = APPEAL.captures(action.trim())?;
    let article = match fold(m[1].trim()).as_str() {
        "de la" => "la ",
        "de l'" => "l'",
        "des" => "les ",
        "du" => "le ",
        _ => "",
    };
    let names = actors(&format!("{article}{}", m[2].trim()));
    (!names.is_empty()).then(|| (names, clean(&m[3])))
}

/// "de ne pas «appliquer de sanctions»", "de ne plus ...", "de n'imposer aucune ...": a
/// decision not to act, no task (as "decides not to" is not counted in English).
fn not_to_act(action: &str) -> bool {
    let lower = fold(action.trim_start());
    ["ne pas ", "ne plus ", "ne jamais ", "n'", "n’"]
        .iter()
        .any(|w| lower.starts_with(w))
}

/// "ne pas renouveler X et de créer Y": the decision after the declined act.
fn declined_then(action: &str) -> Option<&str> {
    if !not_to_act(action) {
        return None;
    }
    let m = DECLINED_THEN.find(action)?;
    Some(&action[m.end()..])
}

/// ", et de " / " et d'" after a declined act: the decision that follows.
static DECLINED_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:et|mais)\s+(?:plutôt\s+)?(?:de\s+|d['’])").expect("valid regex")
});

/// "a décidé que la Troïka de l'Union lance rapidement des contacts avec X": the named
/// actor of a that-clause in the subjunctive (or present) is asked, as "decides that X
/// shall ..." is; "que la réunion aura lieu ..." (a future of a meeting) is not read here.
fn that_named_acts(rest: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’"]
        .iter()
        .find_map(|q| rest.trim_start().strip_prefix(q))?;
    that_named(after)
}

/// "maintenir l'effectif autorisé à 11 650 militaires": a make-up, no task.
fn make_up(action: &str) -> bool {
    let lower = fold(action);
    table::FR_MAKE_UP.iter().any(|w| lower.starts_with(w))
}

/// Whether what follows a verb opens an addressee: an article or "à" ("les parties", "aux
/// États", "à la Commission"), or a name ("Israël"). "a demandé vendredi soir dans un
/// communiqué une révision ..." names none.
fn addressee(rest: &str) -> bool {
    // "l’Administrateur" opens one as "l'Administrateur" does.
    let lower = rest.to_lowercase().replace('’', "'");
    table::FR_ADDRESSEE_OPENERS.iter().any(|o| {
        lower.starts_with(o) && (o.ends_with('\'') || lower[o.len()..].starts_with([' ', '’']))
    }) || rest.starts_with(|c: char| c.is_uppercase())
}

/// "appelle l'attention de X sur ...": draws attention, asks nobody.
fn appeal_to_attention(rest: &str) -> bool {
    let lower = fold(rest);
    ["l'attention", "son attention", "leur attention"]
        .iter()
        .any(|w| lower.starts_with(w))
}

pub(super) static LONG_ASIDE_END: LazyLock<Regex> = LazyLock::new(|| {
    // "Décide, à titre exceptionnel et en attendant ..., que ...": a that-clause closes it
    // too.
    Regex::new(r",\s+(?:(?:de\s+|d['’]\s*)\p{Ll}+(?:er|ir|re|oir)\b|qu(?:e\b|['’]))")
        .expect("valid regex")
});

/// "en Conseil des ministres, ", "lors de la réunion, ": where an act was done, as an aside
/// (not a gerund: "en demandant ...").
pub(super) static PLACE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:en\s+\p{Lu}|lors\s+d|au\s+cours\s+d|à\s+l['’]issue\s+d)[^,;:]{1,60},\s*")
        .expect("valid regex")
});

/// "que X doit / doivent / devront ..." after "décide": X is asked. "que X peut ..." (a
/// permission) and "que la réunion aura lieu ..." ask nobody.
pub(super) static THAT_MUST: LazyLock<Regex> = LazyLock::new(|| {
    let must = any_of(table::FR_THAT_MUST);
    Regex::new(&format!(
        r"(?i)^qu(?:e\s+|['’])([^,;]{{1,80}}?)\s+(?:{must})\s+(.+)$"
    ))
    .expect("valid regex")
});

/// "ces rapports", "les dossiers": a subject whose head word is a written thing.
pub(super) fn written_thing(subject: &str) -> bool {
    subject
        .split_whitespace()
        .take(3)
        .any(|w| table::FR_WRITTEN_THINGS.contains(&w))
}

/// "décide que le Groupe X préparera ...": a body or group named in capitals, then a verb
/// in the future that is a task (not "sera", "aura", "pourra", nor an agenda's future).
fn that_named_future(rest: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’", "que,"]
        .iter()
        .find_map(|q| rest.trim_start().strip_prefix(q))?;
    // "que, si la commune soumet son rapport, le Comité l'examinera ...": the condition
    // before the subject is no part of it.
    let after = CONDITION_FIRST
        .find(after)
        .map_or(after, |m| &after[m.end()..]);
    // "décide que le Comité examinera ...": what the body decides a named organ will
    // consider is its task, not an agenda told.
    let (subject, head, action) = future_task_but(after, table::FR_DECIDED_FUTURES)?;
    // "que le groupe d'experts présentera ...": an organ a common noun names, in lower case.
    if !head.starts_with(char::is_uppercase)
        && !table::FR_LOWER_CASE_ORGANS.contains(&fold(head).as_str())
    {
        return None;
    }
    let names = actors(subject);
    (!names.is_empty()).then_some((names, action))
}

/// ", si X fait Y, " / "lorsque X ..., ": a condition opening a that-clause, up to its comma.
static CONDITION_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:si|s['’]il|s['’]ils|lorsque|lorsqu['’]|dès\s+que|dès\s+qu['’]|au\s+cas\s+où)\b[^,;]{1,500},\s*")
        .expect("valid regex")
});

/// "de créer ..." / "d'examiner ..." → "créer ..." / "examiner ...", in any case.
/// "a décidé séparer les fonctions", "décident intensifier les actions": a news text's
/// decision whose "de" the writer left out, an infinitive in "-er" or "-ir" (or one of the
/// common ones in "-re") and an article after it.
fn bare_infinitive(text: &str) -> Option<&str> {
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*((?-i:\p{Ll})\p{L}{2,}(?:er|ir)|mettre|prendre|faire|suspendre|poursuivre|promouvoir|réduire|produire|construire)\s+(?:les|le|la|l['’]|des|du|un|une|leurs?|ses|son|sa|ces|cette|ce|tous|toutes)\b")
            .expect("valid regex")
    });
    let m = BARE.captures(text)?;
    let word = fold(&m[1]);
    // "hier", "premier", "janvier": no infinitive.
    let not_verbs = [
        "hier", "premier", "dernier", "janvier", "février", "entier", "plaisir", "avenir", "désir",
        "loisir",
    ];
    (!not_verbs.contains(&word.as_str())).then(|| text.trim_start())
}
