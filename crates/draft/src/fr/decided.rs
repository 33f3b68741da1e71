//! French decisions: who decides or pledges (the subject before the verb), what a text
//! decides, its items and chapeaus, and the future tense that gives a task.

use std::sync::LazyLock;

use regex::Regex;

use super::names::{actors, addressee_name, capitalised, clean, named_body, opened};
use super::{
    PLEDGING_PRONOUN, Request, VERB, addressed, asked_a_thing, bare, decided_view,
    second_obligation_at, skip_call_asides, starts_with_word, strip_de, that_must, that_named,
    that_subjunctive, without_aside,
};
use crate::table::{self, Kind};
use crate::words::{any_of, fold};

/// The leaders a sentence names as its subject ("Les dirigeants arabes ont réaffirmé ...",
/// "Dans la déclaration, les dirigeants arabes ont ..."), whom the next sentence's "Ils se
/// sont engagés à ..." stands for.
pub fn leaders_subject(sentence: &str) -> Option<String> {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        let heads = any_of(table::FR_DECIDING_PEOPLE);
        Regex::new(&format!(
            r"(?i)(?:^\s*|,\s+)(?:les\s+)?((?:dirigeants|participants|{heads})\b[^,;:()]{{0,60}}?)\s+(?:ont|se\s+sont|s['’]\s*engagent)\b"
        ))
        .expect("valid regex")
    });
    let m = OPENS.captures(sentence)?;
    Some(addressee_name(&m[1]))
}

/// Whether a sentence's decision has a plural pronoun for its subject ("Ils ont jugé ... et
/// ont décidé d'organiser ...", "Elles ont en outre décidé de ..."): it stands for the
/// people the sentence before named as its subject, not for the body.
pub fn pronoun_decision(sentence: &str) -> bool {
    static DECIDED_BY_THEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:ils|elles)\s+(?:ont|[^.;:]{0,160}?\s+et\s+ont)\s+(?:(?:également|aussi|en\s+outre|par\s+ailleurs)\s+)?décidé\s+(?:de\s|d['’])")
            .expect("valid regex")
    });
    DECIDED_BY_THEM.is_match(sentence)
}

/// Whether a sentence's decision has a singular pronoun for its subject ("Elle décide de
/// ...", "A cela, elle décide ...", "Il a également décidé de ...").
pub fn singular_pronoun_decision(sentence: &str) -> bool {
    static DECIDED_BY_IT: LazyLock<Regex> = LazyLock::new(|| {
        let adverbs = any_of(table::FR_ADVERBS);
        Regex::new(&format!(
            r"(?i)^\s*(?:[^,;:.]{{1,40}},\s*)?(?:elle|il)\s+(?:a\s+)?(?:(?:{adverbs})\s+)*décid"
        ))
        .expect("valid regex")
    });
    DECIDED_BY_IT.is_match(sentence)
}

/// The organ a French sentence opens on as its subject ("La Conférence mandate ...",
/// "S'agissant de X, la conférence des chefs d'Etats a décidé ..."), when it is another than
/// the body (see `organ_alone`), as the text names it. A news item that quotes the
/// communiqué opens the quote on it ("Pour X, « la Conférence exhorte ... »").
pub fn opening_organ(sentence: &str, body: &str) -> Option<String> {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:[^,;:.]{1,80},\s*)?(?:[«“]\s*)?(?:l[ae]\s+|l['’]\s*)((conférence|sommet|assemblée|conseil|comité|commission|bureau)(?:\s+des\s+chefs\s+d['’]\s*[eé]tats?(?:\s+et\s+de\s+gouvernement)?)?)\s+(?:a\s+|ont\s+)?(?-i:\p{Ll})")
            .expect("valid regex")
    });
    let m = OPENS.captures(sentence)?;
    // "Les chefs d'État de la CEDEAO ... « la Conférence exhorte X ... ». Elle décide ...":
    // the pronoun stands for the organ, as "la Conférence décide" names it, whatever the
    // body; only the body's own organ ("Le Conseil ... . Il décide" in a council's text)
    // leaves the body's name.
    let organ = m[2].to_lowercase();
    let head = fold(body)
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    (head != organ).then(|| capitalised(&m[1]))
}

/// Whether a sentence's pledge has a pronoun for its subject ("Ils se sont engagés à ...").
pub fn pronoun_pledge(sentence: &str) -> bool {
    PLEDGED
        .find(sentence)
        .is_some_and(|m| PLEDGING_PRONOUN.is_match(&sentence[..m.start()]))
}

/// "Les Chefs d'Etat se félicitent ... et s'engagent à": the sentence's subject, up to its
/// first verb, else the body.
pub(super) fn committing_subject(before: &str, body: &str) -> String {
    let cut = [" se ", " s'", " s’", " ont ", " a "]
        .iter()
        .filter_map(|w| before.find(w))
        .min()
        .unwrap_or(before.len());
    let head = before[..cut].trim();
    // "Plus de 40 États se sont engagés ...": a count of them names them.
    let head = &*COUNTED
        .find(head)
        .map_or(head.to_string(), |m| format!("les {}", &head[m.end()..]));
    opened(head)
        .then(|| actors(head).into_iter().next())
        .flatten()
        .or_else(|| deciding_subject(before, body))
        .unwrap_or_else(|| body.to_string())
}

/// "se sont engagés à", "s'est engagée à": a pledge told in the past.
pub(super) static PLEDGED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:se\s+sont|s['’]\s*est)\s+(?:(?:également|aussi|en\s+outre)\s+)?engagée?s?(?:\s+(?:également|aussi|en\s+outre))?\s+à\s+")
        .expect("valid regex")
});

/// "Plus de 60 ", "Quelque 40 ", "Près de 12 " before a plural subject.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:plus\s+de|près\s+de|quelque|environ|au\s+moins)?\s*\d+\s+")
        .expect("valid regex")
});

/// "Les chefs d'État et de gouvernement de l'Organisation ... ont décidé de ...", in a text
/// that names no body of the tables: the subject decides ("Chefs d'État et de gouvernement",
/// without the organisation it belongs to).
pub(super) fn deciding_subject(before: &str, body: &str) -> Option<String> {
    // "Le sommet des vergers a décidé ...": the auxiliary (and an aside after it) is no
    // part of the subject.
    let before = &*AUXILIARY_END.replace(before, "");
    let subject = subject_before_verb(before);
    named_subject(subject, body)
        .or_else(|| acronym_subject(subject, body))
        .or_else(|| deciding_government(subject))
        // "Les chefs d'Etats ... des pays de la X et de la Y, réunis à Z pour le 1er sommet
        // conjoint, ont décidé ...": where they met is no part of the leaders' name.
        .or_else(|| deciding_people(&MET_ASIDE.replace(subject, ""), body))
        .or_else(|| organ_alone(subject, body))
        .or_else(|| {
            if body.starts_with('(') {
                opened_piece_subject(before)
            } else {
                None
            }
        })
}

/// "Le Sommet décide de ...", "La Conférence décide ..." where the text's body is
/// another organ (a council whose report the summit took note of): the organ the subject
/// names alone decides; "Le Conseil décide" in a council's text is the council's.
fn organ_alone(subject: &str, body: &str) -> Option<String> {
    static ORGAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:l[ae]\s+|l['’]\s*)(conférence|sommet|assemblée|conseil|comité|commission|bureau)\s*$")
            .expect("valid regex")
    });
    const ORGANS: [&str; 7] = [
        "conférence",
        "sommet",
        "assemblée",
        "conseil",
        "comité",
        "commission",
        "bureau",
    ];
    let organ = ORGAN.captures(subject)?[1].to_lowercase();
    // An organisation's name ("CEDEAO") is the summit's own: only an organ of another
    // kind, or no body named, gives way.
    let head = fold(body)
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    let other_organ = ORGANS.contains(&head.as_str()) && head != organ;
    (other_organ || body.starts_with('(')).then(|| capitalised(&organ))
}

/// The subject's words before the verb.
/// "«Le Conseil de Paix et de Sécurité décide ...»" in a text whose first body is another:
/// the body the subject names.
/// "le Conseil, notant que la session de l'Assemblée X avait été reculée, a décidé ...":
/// a participle's clause after the subject names no one who decides.
fn subject_before_verb(before: &str) -> &str {
    let subject = before
        .rsplit(['.', ';', ':', '«'])
        .next()
        .unwrap_or_default();
    PARTICIPLE_ASIDE
        .find(subject)
        .filter(|m| {
            let head = fold(&subject[..m.start()]);
            [" le ", " la ", " l'", " les "]
                .iter()
                .any(|a| format!(" {head}").contains(a))
        })
        .map_or(subject, |m| &subject[..m.start()])
}

/// A body of the tables the subject names, other than the text's.
fn named_subject(subject: &str, body: &str) -> Option<String> {
    named_body(&[subject.to_string()]).filter(|n| n != body)
}

/// "..., le CPF a condamné ... et décidé de ...": the body's own acronym as the subject
/// names the body; both are given ("Conseil permanent de la Francophonie (CPF)").
/// "le CPF a condamné X et décidé de ...": the subject the two participles share.
fn acronym_subject(subject: &str, body: &str) -> Option<String> {
    let shared = subject
        .trim_end()
        .strip_suffix(" et")
        .and_then(|s| s.find(" a ").map(|at| &s[..at]));
    let acronym =
        body_acronym(subject, body).or_else(|| shared.and_then(|s| body_acronym(s, body)))?;
    Some(format!("{body} ({acronym})"))
}

/// "..., le gouvernement a décidé d'affecter ...": a government decides for itself, not
/// for the council or organisation the text is of.
fn deciding_government(subject: &str) -> Option<String> {
    let government = GOVERNMENT_SUBJECT.captures(subject.trim())?;
    Some(capitalised(&government[1]))
}

/// The name the last opened piece before the verb gives, in a text whose body is only an
/// acronym in brackets.
fn opened_piece_subject(before: &str) -> Option<String> {
    let piece = before
        .rsplit(['.', ';', ':'])
        .next()?
        .rsplit(", ")
        .find(|p| opened(p))?
        .trim()
        .trim_end_matches(',');
    // "L'Assemblée a demandé à X de ..., et a décidé de ...": the subject the two verbs
    // share ends at the first one.
    let shared = VERB
        .captures(piece)
        .and_then(|c| c.get(1))
        .filter(|v| v.start() > 0)
        .map(|v| AUXILIARY_END.replace(&piece[..v.start()], "").into_owned());
    let piece = shared
        .as_deref()
        .map_or(piece, |p| p.trim_end_matches([',', ' ']));
    let name = name_before_complement(piece);
    // "Le 4e sommet", "la 52ème session": the ordinal numbers the meeting, it is no name.
    let name = LEADING_ORDINAL.replace(name, "$1");
    actors(&name)
        .into_iter()
        .next()
        .filter(|n| n.split_whitespace().count() <= 6)
}

/// A piece's name, before the organisation it is of.
fn name_before_complement(piece: &str) -> &str {
    match ORG_COMPLEMENT.find(piece) {
        // "Le sommet de l'Organisation X a décidé ...": a meeting decides for the
        // organisation it is of.
        Some(m) if meeting_noun(&piece[..m.start()]) => {
            let org = piece[m.start()..]
                .trim_start()
                .split_once(char::is_whitespace)
                .map_or("", |(_, org)| org);
            // "... (OCI) à la Mecque": where it met is no part of its name.
            [" à ", " en ", " au "]
                .iter()
                .filter_map(|w| org.find(w))
                .min()
                .map_or(org, |at| &org[..at])
        }
        Some(m) => &piece[..m.start()],
        None => piece,
    }
}

/// The acronym a subject ends on ("le CPF", "la CPS", "l'ABC"), when its letters are the
/// initials of the body's words other than its articles and links ("Conseil permanent de
/// la Francophonie": CPF).
fn body_acronym(subject: &str, body: &str) -> Option<String> {
    static ENDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:[Ll]['’]\s*|[Ll][ae]\s+)(\p{Lu}{2,7})\s*$").expect("valid regex")
    });
    let acronym = ENDING.captures(subject.trim_end())?[1].to_string();
    let initials: String = body
        .split([' ', '\'', '’', '-'])
        .filter(|w| {
            !w.is_empty()
                && ![
                    "de", "des", "du", "la", "le", "les", "l", "et", "pour", "sur", "en", "au",
                    "aux", "d",
                ]
                .contains(&fold(w).as_str())
        })
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    (initials.chars().count() >= 2 && initials == acronym).then_some(acronym)
}

/// ", notant que ...", ", considérant ...": a present participle's clause set off by a comma.
/// ", réunis à Lomé pour le 1er sommet conjoint," closing a subject: where its people met.
static MET_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s+(?:réuni|rassemblé)e?s?\s[^,;.]{0,120},?\s*$").expect("valid regex")
});

static PARTICIPLE_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+\p{Ll}{3,}ant\s").expect("valid regex"));

/// "Les chefs d'État ont décidé ...", "les dirigeants de X et de Y ont décidé ...", "la
/// Conférence décide ...": in a report of a meeting, the people or organ the sentence names
/// as its subject decide, not the organisation the report names first (the body itself,
/// named shorter, stays the body).
pub(super) fn deciding_people(subject: &str, body: &str) -> Option<String> {
    static PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
        let heads = any_of(table::FR_DECIDING_PEOPLE);
        Regex::new(&format!(
            r"(?i)(?:^|[\s(-])(?:les|la|le)\s+((?:{heads})s?\b[^,;:()]{{0,80}})$"
        ))
        .expect("valid regex")
    });
    let m = PEOPLE.captures(subject.trim())?;
    // "La Conférence a par ailleurs": an adverb after the auxiliary is no part of it.
    let name = m[1]
        .split(" a ")
        .next()
        .and_then(|n| n.split(" ont ").next())
        .unwrap_or_default();
    // "les chefs d'État et de gouvernement": one name ("et de" joins its complements).
    let name = addressee_name(name);
    let same = |n: &str| bare(&fold(n)).replace('’', "'");
    let own = same(body).contains(&same(&name));
    (!own && !body.starts_with('(')).then_some(name)
}

/// Whether a subject names a meeting ("Le 4e sommet extraordinaire", "La session
/// ordinaire") rather than a body or people.
fn meeting_noun(subject: &str) -> bool {
    let name = LEADING_ORDINAL.replace(subject, "");
    let first = fold(&name)
        .split_whitespace()
        .find(|w| !["le", "la", "les", "l'", "l’"].contains(w))
        .unwrap_or_default()
        .to_string();
    table::FR_DECIDING_MEETINGS.contains(&first.as_str())
}

/// A subject that is a government: "le gouvernement", "le Gouvernement malien".
static GOVERNMENT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|,\s*)(?:le|du)\s+(gouvernement(?:\s+\p{Ll}+)?)\s*$").expect("valid regex")
});

static LEADING_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\s*(?:le|la|les)\s+)\d+\s*-?\s*(?:e|è|ème|eme|er|ère|re)\s+")
        .expect("valid regex")
});

/// " a", " ont", " a, ce matin," and an adverb after them ("le Conseil a également
/// décidé"): the end of a past tense's subject.
static AUXILIARY_END: LazyLock<Regex> = LazyLock::new(|| {
    let adverbs = any_of(table::FR_ADVERBS);
    Regex::new(&format!(
        r"\s+(?:a|ont)(?:\s*,[^.;:]{{1,100}}?,)?(?:\s+(?:{adverbs}))*\s*$"
    ))
    .expect("valid regex")
});

/// " de l'Organisation", " du Conseil": the organisation a subject belongs to.
static ORG_COMPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:de\s+l['’]|du\s+|de\s+la\s+|des\s+)\p{Lu}").expect("valid regex")
});

/// "Aux termes de la résolution 2095 (2013), adoptée ..., la Mission aidera désormais le
/// Gouvernement à ...": what the resolution says its subject will do asks it (not "sera",
/// "aura", nor a conditional "devrait").
pub(super) fn resolution_future(clause: &str) -> Option<(Vec<String>, String)> {
    if !fold(clause.trim_start()).starts_with("aux termes de") {
        return None;
    }
    let m = RESOLUTION_FUTURE.captures_iter(clause).last()?;
    let verb = fold(&m[2]);
    if ["sera", "seront", "aura", "auront", "pourra", "pourront"].contains(&verb.as_str()) {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&clause[m.get(2).expect("verb").start()..])))
}

/// ", la Mission aidera ...": a subject after a comma, then a verb in the future.
static RESOLUTION_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+((?:le|la|les|l['’])\s*[^,;]{1,60}?)\s+(\p{Ll}+(?:ra|ront))\b")
        .expect("valid regex")
});

/// "la suspension immédiate du Niger de ...": a decision of `FR_DECISION_NOUNS` announced;
/// "décide du report de X" likewise ("du" is "de" and "le": what is decided is the noun's
/// act, as "décide de reporter X").
pub(super) fn announced_decision(rest: &str) -> Option<String> {
    let thing = skip_call_asides(without_aside(rest));
    let after = starts_with_word(thing, &["la", "le", "l'", "l’", "du"])?;
    let noun = fold(after.split_whitespace().next()?);
    table::FR_DECISION_NOUNS
        .contains(&noun.as_str())
        .then(|| clean(thing))
}

/// "autorise le déploiement de ...": a thing authorized, with no "à" + infinitive after it.
pub(super) fn authorizes_a_thing(form: &str, rest: &str) -> bool {
    // "la prolongation de la transition afin de permettre aux autorités d'organiser ...":
    // the purpose after the thing names no one authorized.
    let rest = PURPOSE_AFTER
        .find(rest)
        .map_or(rest, |m| &rest[..m.start()]);
    let Some(after) = starts_with_word(
        thing_of(rest),
        &[
            "le", "la", "les", "l'", "l’", "un", "une", "des", "sa", "son", "ses",
        ],
    ) else {
        return false;
    };
    // "ordonne le déploiement de la force ... pour ...": an act, whatever follows it.
    let decision = after
        .split_whitespace()
        .next()
        .is_some_and(|w| table::FR_DECISION_NOUNS.contains(&fold(w).as_str()));
    ["autoris", "ordonn", "activ"]
        .iter()
        .any(|v| form.contains(v))
        && (decision || addressed(rest).is_none())
}

static PURPOSE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:afin\s+de|afin\s+d['’]|en\s+vue\s+de|pour\s+permettre)\b")
        .expect("valid regex")
});

/// What follows an act's verb, without its day and its opening quote ("jeudi, « le
/// déploiement de la force»" → "le déploiement de la force»").
pub(super) fn thing_of(rest: &str) -> &str {
    skip_call_asides(without_aside(rest)).trim_start_matches(['«', '"', '“', ' ', '\u{a0}'])
}

/// "Les États membres doivent progresser ...", "Ils doivent indiquer ...", "La Mission est
/// tenue de prendre en compte ...", "Le Bureau est aussi tenu par la décision de ...": an
/// obligation stated of a named subject asks it (a pronoun: the one asked before); an
/// adverb before "tenu", and the agent that binds it ("par <texte>") between "tenu" and
/// "de", are no part of the task. Not a limit ("ne doit pas"), a passive ("doivent être
/// mises en œuvre"), or a relative ("qui doivent").
pub(super) fn obligation(clause: &str) -> Option<(Vec<String>, String)> {
    let m = OBLIGATION.captures(clause.trim())?;
    // "quand il conclut à une violation, l'État concerné est tenu de ...": what the law
    // requires on a condition, not a request.
    let before = fold(&clause.trim()[..m.get(1).expect("subject").start()]);
    if ["quand ", "lorsque ", "lorsqu'", "si "]
        .iter()
        .any(|w| before.starts_with(w) || before.contains(&format!(" {w}")))
    {
        return None;
    }
    // "les États-Unis ont expliqué qu'alors que ..., le Conseil doit ...": what a speaker
    // says the body or another must do is the speaker's view.
    if said_that(&before) {
        return None;
    }
    // "L'UIP a été bâtie sur l'idée que les crises doivent ...": the obligation's subject
    // is the that-clause's.
    let subject = m[1]
        .rsplit_once(" que ")
        .map_or(&m[1], |(_, after)| after)
        .trim();
    let lower = fold(subject);
    if ["il", "elle", "ils", "elles"].contains(&lower.as_str()) {
        return (lower != "il").then(|| (Vec::new(), clean(&m[2])));
    }
    // "... doit mettre fin à X et la communauté internationale doit ...": the first
    // obligation ends where the second opens.
    let action = clean(
        second_obligation_at(&m[2]).map_or(&m[2], |k| m[2][..k].trim_end().trim_end_matches(" et")),
    );
    // "Les États membres" → "États"; "l'OCI" → "OCI". "La partie X et les forces Y
    // devront ...": two joined subjects, either of which may show that actors are meant.
    let actor_like = subject.split(" et ").any(|one| {
        let head = match one.trim().split_once(['\'', '’']) {
            Some((article, rest)) if article.len() == 1 => rest.split_whitespace().next(),
            _ => one.split_whitespace().nth(1),
        }
        .unwrap_or_default();
        head.starts_with(char::is_uppercase)
            || table::FR_OBLIGED_NOUNS.contains(&fold(head).as_str())
    });
    if fold(&action).starts_with("être") || lower.ends_with(" ne") || !actor_like {
        return None;
    }
    let names = actors(subject);
    (!names.is_empty() && opened(subject)).then_some((names, action))
}

/// Whether `before` (folded) ends inside what a speaker said: a verb of saying in the past
/// ("a expliqué", "ont estimé") and its "que".
fn said_that(before: &str) -> bool {
    let sentence = before.rsplit(['.', ';']).next().unwrap_or(before);
    table::FR_SAYING_VERBS.iter().any(|v| {
        ["a ", "ont "].iter().any(|aux| {
            [" que ", " qu'", " qu’"]
                .iter()
                .any(|que| sentence.contains(&format!("{aux}{v}{que}")))
        })
    })
}

/// "Les États membres les appliqueront de façon à ...": in conclusions, what a named actor
/// other than the body will do is what it is to do (not the body's own intent, a meeting's
/// agenda, "sera", "aura" nor "pourra").
pub(super) fn named_future(clause: &str, body: &str) -> Option<Request> {
    let (subject, head, action) = future_task(clause)?;
    let actor_like = head.starts_with(char::is_uppercase)
        || table::FR_OBLIGED_NOUNS.contains(&fold(head).as_str())
        || fold(head) == "états";
    // "L'Union européenne maintiendra ...": the organisation the body speaks for states
    // its own intent.
    let own = fold(body).contains(&fold(head))
        || meeting_noun(subject)
        || table::FR_SPEAKING_ORGANISATIONS.contains(&fold(head).as_str());
    if !actor_like || own || !opened(subject) {
        return None;
    }
    let names = actors(subject);
    (!names.is_empty()).then_some((names, action))
}

/// A named subject and a verb in the future that is a task (not "sera", "aura", "pourra",
/// nor an agenda's future): the subject, its head word (after its article) and the action.
fn future_task(clause: &str) -> Option<(&str, &str, String)> {
    future_task_but(clause, &[])
}

/// [`future_task`], with the agenda's futures in `decided` read as tasks.
pub(super) fn future_task_but<'c>(
    clause: &'c str,
    decided: &[&str],
) -> Option<(&'c str, &'c str, String)> {
    let m = NAMED_FUTURE.captures(clause.trim())?;
    let verb = fold(&m[3]);
    if table::FR_NOT_ASKED_FUTURES.contains(&verb.as_str())
        || (table::FR_AGENDA_FUTURES.contains(&verb.as_str()) && !decided.contains(&verb.as_str()))
    {
        return None;
    }
    let subject = m.get(1)?.as_str().trim();
    let head = match subject.split_once(['\'', '’']) {
        Some((article, rest)) if article.len() == 1 => rest.split_whitespace().next(),
        _ => subject.split_whitespace().nth(1),
    }
    .unwrap_or_default();
    Some((subject, head, clean(&format!("{}{}", &m[2], &m[4]))))
}

static NAMED_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*[^,;:]{1,60}?)\s+((?:(?:les|la|le|l['’]|leur|lui|en|y|se|s['’])\s*)?(\p{Ll}+(?:ra|ront)))\b(.*)$")
        .expect("valid regex")
});

/// The subject at the sentence's start, "doit" / "doivent", an infinitive that is no "être"
/// ("s'unir" with its pronoun).
pub(super) static OBLIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|,\s+)((?:[Ll]es?|[Ll]a|[Ll]['’]|Ils|Elles|Elle|ils|elles|elle)\b[^,;:]{0,60}?)\s+(?:(?:doit|doivent|devront|devra)\s+|(?:est|sont)\s+(?:\p{Ll}+ment\s+)?tenu(?:e|s|es)?(?:\s*,)?\s+(?:par\s+[^;:]{1,80}?,?\s+)?d(?:e\s+|['’]))((?:s['’])?(?:\p{Ll}+\s+)?\p{L}+(?:er|ir|re|oir)\b.*)$")
        .expect("valid regex")
});

pub(super) fn decided_to_ask(action: &str) -> Option<Vec<(Vec<String>, String)>> {
    let lower = fold(action);
    let verb = table::FR_DECIDES_TO_ASK
        .iter()
        .find(|v| lower.starts_with(*v) && lower[v.len()..].starts_with([' ', ',']))?;
    let rest = action[verb.len()..].trim_start();
    // Asked or not, the decision is one to ask: never the body's own act; an invitation to
    // take part in the discussion under way asks nothing.
    if lower.contains("participer") && on_the_spot_words(&lower) {
        return Some(Vec::new());
    }
    // "de demander au Mali la libération de X": an addressee, then the thing asked of it.
    let thing = || {
        ["demander", "exiger", "réclamer"]
            .iter()
            .any(|v| verb.starts_with(v))
            .then(|| asked_a_thing(rest))
            .flatten()
    };
    let found = addressed(rest).or_else(thing);
    // "d'autoriser le placement des réserves ...": an act authorised, no one named to do
    // it, is the body's own decision (as "decides to authorize an increase of ...").
    if found.is_none() && verb.starts_with("autoriser") && authorised_act(rest) {
        return None;
    }
    Some(found.into_iter().collect())
}

/// "le placement de ...", "l'envoi de ...", "une augmentation de ...": an act named by its
/// noun after "autoriser", with no "à <infinitif>" that would make its head an addressee.
fn authorised_act(rest: &str) -> bool {
    static ACT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:le|la|l['’]|un|une)\s*(\p{Ll}+)\s+(?:de|d['’]|des|du)\b")
            .expect("valid regex")
    });
    static TO_ACT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\bà\s+\p{Ll}+(?:er|ir|re|oir)\b").expect("valid regex"));
    // "le gouvernement du pays", "la police des frontières": a doer, not an act.
    ACT_NOUN.captures(rest.trim_start()).is_some_and(|m| {
        let head = fold(&m[1]);
        !table::FR_INSTITUTION_NOUNS.contains(&head.as_str())
            && !table::FR_THAT_ACTORS.contains(&head.as_str())
            && !table::FR_LOWER_CASE_ORGANS.contains(&head.as_str())
    }) && !TO_ACT.is_match(rest)
}

/// "participer, sans droit de vote, à la discussion": done at the meeting itself.
pub(super) fn on_the_spot(action: &str) -> bool {
    let lower = fold(action);
    lower.starts_with("participer") && on_the_spot_words(&lower)
}

fn on_the_spot_words(lower: &str) -> bool {
    table::FR_ON_THE_SPOT.iter().any(|w| lower.contains(w))
}

/// "lever une grande partie des sanctions imposées à X", "lever la suspension de X": a
/// lifting decided, which ends a measure and asks no one (as "lève les sanctions" does not).
pub(super) fn lifting(action: &str) -> bool {
    let lower = fold(action);
    lower.strip_prefix("lever ").is_some_and(|next| {
        let next: String = next.chars().take(60).collect();
        table::FR_LIFTED_MEASURES.iter().any(|n| next.contains(n))
    })
}

/// "aborder la discussion de la question ...": a step of the meeting under way.
pub(super) fn meeting_step(action: &str) -> bool {
    let lower = fold(action);
    table::FR_MEETING_STEPS.iter().any(|w| {
        lower.starts_with(w) && lower[w.len()..].starts_with(' ') && {
            // "suspendre la séance", not "suspendre toutes les transactions".
            let next: String = lower[w.len()..].chars().take(40).collect();
            !matches!(
                *w,
                "suspendre" | "lever" | "clore" | "ajourner" | "reporter" | "remettre"
            ) || table::FR_MEETING_NOUNS.iter().any(|n| next.contains(n))
                || (*w == "remettre" && next.trim_start().starts_with("à plus tard"))
        }
    })
}

/// "Que la Commission se rendra sur les lieux ... et présentera ...", an item under "Décide :":
/// its subject is asked, as by "that X shall". "Que la Commission aura autorité ..." (a
/// power) and "Qu'un représentant sera invité ..." (a passive) ask nobody.
static THAT_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*qu(?:e\s+|['’])((?:[^\s,;]+\s+){0,7}?[^\s,;]+?)\s+(?:se\s+|s['’]|en\s+|y\s+)?(\p{Ll}+(?:ra|ront))\b")
        .expect("valid regex")
});

pub(super) fn that_future(clause: &str) -> Option<(Vec<String>, String)> {
    let m = THAT_FUTURE.captures(clause)?;
    if table::FR_NOT_ASKED_FUTURES.contains(&fold(&m[2]).as_str()) {
        return None;
    }
    let names = actors(&m[1]);
    let action = clean(&clause[m.get(2).expect("verb").start()..]);
    (!names.is_empty()).then_some((names, action))
}

/// Whether an unnumbered paragraph of a numbered text is preambular ("Rappelant ...",
/// "Profondément préoccupé ..."): one that is not may still ask ("À la même séance, le
/// Conseil a décidé d'inviter le Secrétaire général à ...").
pub fn preambular(text: &str) -> bool {
    let first = fold(text.split_whitespace().next().unwrap_or_default());
    let first = first.trim_end_matches([',', ';', ':']);
    first.ends_with("ant") || table::FR_PREAMBLE_OPENERS.contains(&first)
}

/// A preambular paragraph as a resolution sets it: a participle ("Rappelant", "Prenant
/// note") opens it and a comma or a semicolon ends it.
pub fn preamble_paragraph(text: &str) -> bool {
    preambular(text) && text.trim_end().ends_with([',', ';'])
}

/// "Prie le Secrétaire général :" + "a) De présenter ...": the addressee its items ask.
pub fn chapeau_actors(clause: &str) -> Option<Vec<String>> {
    let Some(m) = VERB.captures(clause) else {
        return heading_subject(clause);
    };
    let form = fold(&m[1]);
    let addressed = table::FR_VERBS
        .iter()
        .any(|(f, k)| fold(f) == form && *k == Kind::Addressed);
    let rest = clause[m.get(0).expect("match").end()..].trim();
    let rest = rest.strip_suffix(':')?.trim_end();
    // "a appelé les gouvernements à :": the items are the infinitives "à" governs.
    let rest = [" à", " de", " d'", " d’"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .unwrap_or(rest);
    let names = actors(rest);
    (addressed && !names.is_empty()).then_some(names)
}

/// "réaffirmer le rôle du Conseil ;" on a line of its own after "a appelé les
/// gouvernements à :": an item in lower case that opens with an infinitive, its action.
pub fn infinitive_line(text: &str) -> Option<String> {
    static LOWER_INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\s").expect("valid regex")
    });
    let text = text.trim();
    LOWER_INFINITIVE.is_match(text).then(|| clean(text))
}

/// Whether a clause is a chapeau whose lettered items each say what the body decides
/// ("Décide :" + "a) De créer ...").
pub fn decides_items(clause: &str) -> bool {
    // "Le Conseil est convenu :", "Les ministres sont convenus de ce qui suit :": what was
    // agreed, item by item, is decided as "a décidé :" decides it.
    static AGREED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:est|sont|a|ont|se\s+sont|s['’]est)\s+(?:\p{Ll}+ment\s+)?convenu(?:e|s|es)?(?:\s+de\s+ce\s+qui\s+suit|\s+des\s+points\s+suivants)?\s*:$")
            .expect("valid regex")
    });
    if AGREED.is_match(clause.trim()) {
        return true;
    }
    VERB.captures(clause).is_some_and(|m| {
        let form = fold(&m[1]);
        (table::FR_VERBS
            .iter()
            .any(|(f, k)| fold(f) == form && *k == Kind::Decides)
            // "RECOMMANDE :" + "a) que le Directeur régional poursuive ...": items that
            // each name whom they ask.
            || form == "recommande"
            || form == "recommandent")
            && {
                // "Décide :", "et décide de :": the items say what.
                let rest = clause[m.get(0).expect("match").end()..].trim();
                let rest = rest.strip_prefix("de").unwrap_or(rest);
                rest.trim().trim_end_matches(':').trim().is_empty()
            }
    })
}

static INFINITIVE_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}\p{Ll}+(?:er|ir|re|oir)\s").expect("valid regex"));

/// "De créer un fonds ;" → "créer un fonds"; a task in the present under a body's
/// heading ("organise des ateliers ;") is its own action.
pub fn item_action(item: &str) -> Option<String> {
    strip_de(item)
        .or_else(|| strip_a_infinitive(item))
        .map(clean)
        .or_else(|| TASK_ITEM.is_match(item.trim()).then(|| clean(item)))
}

/// "à intensifier leur assistance ;", "- à agir auprès de ...": an item under "appelle X :",
/// "Invite X :" that opens with "à" and an infinitive (the chapeau's verb governs "à"),
/// its action ("à la demande de ..." opens with no infinitive).
fn strip_a_infinitive(item: &str) -> Option<&str> {
    static A_INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[àÀ]\s+((?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\b)").expect("valid regex")
    });
    let t = item.trim_start();
    A_INFINITIVE
        .captures(t)
        .map(|m| &t[m.get(1).expect("group").start()..])
}

/// "organise ...", "rend compte ...": an item that opens with a task in the present.
static TASK_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let tasks = any_of(table::FR_TASK_PRESENTS);
    Regex::new(&format!(r"^(?:{tasks})\s")).expect("valid regex")
});

/// "Le Secrétariat, sous réserve des fonds disponibles :": a body named alone over its
/// items (no verb), each item a task of that body in the present.
fn heading_subject(clause: &str) -> Option<Vec<String>> {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Le|La|Les|L['’])\s*(\p{Lu}[\p{L}'’-]*(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?[\p{L}'’-]+){0,5}?)\s*(?:,[^:;]{1,160})?\s*:$")
            .expect("valid regex")
    });
    let m = HEADING.captures(clause.trim())?;
    let names = actors(&m[1]);
    (!names.is_empty()).then_some(names)
}

/// "Décision 41.12 Le Comité X examine le rapport ... et formule des recommandations ...",
/// "À l'adresse de : Comité X Le Comité X examine ...": a decision, under its number or its
/// addressee's heading, that sets a body other than the text's own a task in the present,
/// as "X shall" does (the body's own present, or a present without such a heading, "Le
/// Comité examine la question", tells what it does).
pub(super) fn present_task(clause: &str, body: &str) -> Option<Request> {
    static TASK: LazyLock<Regex> = LazyLock::new(|| {
        let tasks = any_of(table::FR_TASK_PRESENTS);
        // ("Décision 14.29 (Rev. CoP16) Le Comité ...": after the decision's label, or its
        // heading "Decision directed to: Comité X" / "À l'adresse du Comité X :".)
        Regex::new(&format!(r"^(?:[^;]{{0,60}}?(?:directed\s+to|[àÀ]\s+l['’]adresse\s+d[eu'’]s?[^:.;]{{0,40}}?)\s*:\s*[^.;:]{{0,60}}?\s|Décision\s+\d{{1,2}}\.\d{{1,3}}(?:\s*\(Rev\.[^)]{{1,20}}\))?\s+)(?:Le|La|Les|L['’])\s*(\p{{Lu}}[\p{{L}}'’-]*(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?[\p{{L}}'’-]+){{0,5}}?)(?:\s*,[^,;]{{1,120}},)?\s+((?:{tasks})\s.+)$"))
            .expect("valid regex")
    });
    let m = TASK.captures(clause.trim())?;
    let name = fold(&m[1]);
    let body = fold(body);
    let own = !body.is_empty() && (body.contains(&name) || name.contains(&body));
    let lower = fold(clause);
    let news = table::FR_CALL_ASIDES
        .iter()
        .any(|w| lower.contains(&format!(" {w} ")));
    if own || news {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// An item under "Décide :" / "a décidé :": "de créer ..." is the body's own act; "que X
/// doivent ..." and "que les X allouent ..." (an obligation, a subjunctive) ask X; a
/// passive ("que les volontaires soient déployés") asks nobody.
pub fn decided_item(item: &str, body: &str) -> Vec<(Vec<String>, String)> {
    let item = item.trim();
    // "Pour renouveler le mandat ...", "Pour demander au Secrétaire général de ...": a
    // translation's item ("(a) To renew ...") that opens with "Pour" and an infinitive is
    // the decision "de renouveler ...", "de demander ...".
    if let Some(action) = strip_pour_infinitive(item) {
        return decided_item(&format!("de {action}"), body);
    }
    // "d'inscrire la question ..., et de demander au Directeur général de ...": a second
    // decision in the item, one to ask whom it names.
    if let Some(m) = SECOND_DECIDED_ASK.find(item) {
        let mut found = decided_item(&item[..m.start()], body);
        let asked = item[m.start()..].trim_start_matches([',', ' ']);
        let asked = asked.strip_prefix("et ").unwrap_or(asked);
        found.extend(decided_item(asked, body));
        return found;
    }
    if let Some(action) = item_action(item) {
        if decided_view(&action) {
            return Vec::new();
        }
        // "de demander au Bureau de ...": a decision to ask the Bureau.
        return decided_to_ask(&action).unwrap_or_else(|| vec![(vec![body.to_string()], action)]);
    }
    // "décide de :" + "Renouveler le mandat ...", "Demander au Secrétaire général de ...":
    // an infinitive item, the body's own or asking whom it names ("Marquer sa disponibilité
    // à ...", a view decided on, asks nothing).
    if INFINITIVE_ITEM.is_match(item) && !decided_view(item) {
        let action = format!("{}{}", item[..1].to_lowercase(), &item[1..]);
        return match decided_to_ask(&action) {
            Some(asked) => asked,
            None => vec![(vec![body.to_string()], clean(&action))],
        };
    }
    // "Réintégration de la République X dans l'Organisation.": a decision told by its noun.
    if NOUN_ITEM.is_match(item) {
        let action = format!("{}{}", item[..1].to_lowercase(), &item[1..]);
        return vec![(vec![body.to_string()], clean(&action))];
    }
    that_must(item)
        .or_else(|| that_subjunctive(item))
        .or_else(|| that_singular(item))
        .into_iter()
        .collect()
}

/// "a) que le Directeur régional poursuive ses efforts ;" under "Recommande :" or
/// "Décide :": a named subject and its subjunctive, asked.
fn that_singular(item: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’"]
        .iter()
        .find_map(|q| item.strip_prefix(q))?;
    that_named(after)
}

/// "Pour renouveler le mandat ..." → "renouveler le mandat ...": an item opened by "Pour"
/// and an infinitive, not a purpose before a clause of its own ("Pour planter des haies,
/// les communes doivent ...").
fn strip_pour_infinitive(item: &str) -> Option<&str> {
    static POUR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[Pp]our\s+((?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\b)")
            .expect("valid regex")
    });
    static OWN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",\s+(?:le|la|les|l['’]|il|ils|elle|elles|on|nous|chaque|tous|toutes)\s*\p{L}")
            .expect("valid regex")
    });
    let m = POUR.captures(item)?;
    if OWN_CLAUSE.is_match(item) {
        return None;
    }
    Some(&item[m.get(1).expect("group").start()..])
}

static SECOND_DECIDED_ASK: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::FR_DECIDES_TO_ASK);
    Regex::new(&format!(
        r"(?i)(?:,\s*|\s+)et\s+(?:de\s+|d['’]\s*)(?:{verbs})\s+(?:au|aux|à|le|la|les|l['’])"
    ))
    .expect("valid regex")
});

static NOUN_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}+(?:tion|sion|ment|ance|ence|age)\s+(?:de|du|des|d['’])")
        .expect("valid regex")
});
