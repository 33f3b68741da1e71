//! French texts: which language a text is in, and the French forms of the requests, the
//! actors and the deadlines the English rules read. The words are in `table.rs`.
//!
//! The rules are split by what they read, from the lowest layer up: `names` (the body, the
//! addressees and actors), `dates` (deadlines and periods), `recounts` (the past tense of
//! news and report), `decided` (decisions and who decides), `rewrites` (`TEXT_ASKS_STEPS`),
//! `requests` (the verbs that ask and their clauses) and `layout` (headlines and lines). A
//! child uses only the children before it in that list; the helpers several of them share
//! are here.

mod dates;
mod decided;
mod layout;
mod names;
mod recounts;
mod requests;
mod rewrites;

use std::sync::LazyLock;

use regex::Regex;

use crate::table;
use crate::words::{any_of, fold};
use decided::OBLIGATION;
use names::{actors, clean};
use requests::{
    ASKED_THING, LONG_ASIDE_END, PLACE_ASIDE, THAT_MUST, addressed_until, place_aside,
    written_thing,
};

pub use dates::{
    after_that_date, at_period_end, dates_in, deadlines, mandate_end, period_end, renewal_end,
};
pub use decided::{
    chapeau_actors, decided_item, decides_items, infinitive_line, item_action, leaders_subject,
    opening_organ, preamble_paragraph, preambular, pronoun_decision, pronoun_pledge,
    singular_pronoun_decision,
};
pub use layout::{
    break_clause_lines, cut_at_foot, drop_restated_headlines, headline, headline_with_colon,
    rubric, split_run_on,
};
pub use names::body;
pub use recounts::{asks_them, listed_names, one_speaker, pronoun_subject, recounts};
pub use requests::{called_thing, requests};

#[cfg(test)]
pub use dates::ordinal;

/// Whether the text is French: more French function words than English ones.
pub fn is_french(text: &str) -> bool {
    let (mut fr, mut en) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()).take(3000) {
        let w = w.to_lowercase();
        fr += usize::from(table::FR_MARKERS.contains(&w.as_str()));
        en += usize::from(table::EN_MARKERS.contains(&w.as_str()));
    }
    fr >= 3 && fr > en * 2
}

/// A French operative verb: at the clause's start ("Prie ...", "Demande également ..."), or
/// after its subject in a communiqué ("Le Conseil a prié ...").
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    let mut forms: Vec<&str> = table::FR_VERBS.iter().map(|(f, _)| *f).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let verbs = any_of(&forms);
    let adverbs = any_of(table::FR_ADVERBS);
    // "Le Conseil permanent de la Francophonie demande ...": a body's name ends a subject
    // as the words of the table do.
    let mut ends: Vec<&str> = table::FR_SUBJECT_ENDS.to_vec();
    ends.extend(
        table::FR_BODIES
            .iter()
            .filter_map(|(name, _)| name.rsplit(' ').next()),
    );
    let subjects = any_of(&ends);
    // "l'ONU exige", "les membres du CPF exigent": an acronym after "l'", "du", "des" ends
    // a subject. "le Cfv demande ...": an acronym written in mixed case (a capital, then
    // two to four consonants in lower case: no French word) ends one after "le", "la" too.
    // A past tense needs no subject of the table, and may hold an aside before its
    // participle ("Le Conseil a, cet après-midi, dans une déclaration, invité ..."); a
    // participial clause's "ayant" too ("Le sommet ayant également réclamé ..."). A group's
    // leaders speak for it in the present, qualified or of a group named after them ("les
    // présidents sortant et entrant du G5 Vergers appellent ..."). An organ named with its
    // complement opens a sentence as its subject ("Le Conseil des vergers appelle à ...",
    // "La Commission du verger demande ..."), the complement a name of no table. A
    // subject may carry the participle of its adoption ("Le texte voté demande ...", "la
    // résolution adoptée invite ..."), and that participle the day or the manner of the
    // adoption ("la résolution adoptée ce jeudi 3 mars invite ...", "adopté à l'unanimité");
    // a text's subject its number ("La résolution 2554 appelle ...", "la résolution 12
    // (2036) invite ...").
    let organs = "conseil|comité|commission|assemblée|conférence|bureau|sommet";
    let months = any_of(&table::FR_MONTHS.iter().map(|(m, _)| *m).collect::<Vec<_>>());
    let day = format!(r"\d{{1,2}}(?:er)?\s+(?:{months})(?:\s+\d{{4}})?");
    let when = format!(
        r"(?:(?:ce|cet)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|après-midi|soir)(?:\s+{day})?|le\s+{day}|hier|aujourd['’]hui|à\s+l['’]unanimité"
    );
    Regex::new(&format!(
        r"(?i)(?:^\s*(?:[-–•]\s*)?|,\s+|(?:^\s*|[.;:!?]\s+)(?:l[ae]\s+|l['’]\s*)(?:{organs})\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)[\p{{L}}'’-]+(?:\s+[\p{{L}}'’-]+){{0,2}}?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|les\s+|leur\s+)?|\b(?:{subjects})(?:\s+\d{{1,5}}(?:\s*\(\d{{4}}\))?)?(?:\s+(?:adopté|voté|approuvé)e?s?(?:\s+(?:{when}))?)?(?:\s+\([^()]{{1,80}}\))?\)?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|les\s+|leur\s+)?|\b(?:[Ll]['’]|du\s+|des\s+)(?-i:\p{{Lu}}{{2,7}})\)?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|leur\s+)?|\b(?:[Ll]['’]|[Ll][ae]\s+|du\s+|des\s+)(?-i:\p{{Lu}}[bcdfghjklmnpqrstvwxz]{{1,4}})\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|leur\s+)?|\b(?:a|ont|ayant|avons)(?:\s*,[^.;:]{{1,100}}?,)?\s+(?:(?:{adverbs})\s+)*|\bet\s+(?:les\s+|le\s+|l['’])|\b(?:présidents|dirigeants)(?:\s+(?:sortants?|entrants?|et|en\s+exercice))*(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?-i:\p{{Lu}})[\p{{L}}\d-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}\d-]*){{0,3}})?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|les\s+|leur\s+)?)({verbs})\b(?:\s+(?:{adverbs})\b)*"
    ))
    .expect("valid regex")
});

static LIST: LazyLock<Regex> = LazyLock::new(|| {
    // ", ainsi qu'aux X": the comma before "ainsi que" is the list's, not a piece's end.
    Regex::new(r",?\s+ainsi\s+qu(?:e\s+|['’]\s*)|,\s*(?:et\s+)?|\s+et\s+").expect("valid regex")
});

/// One request: the actors asked, and the action.
type Request = (Vec<String>, String);

/// Where an obligation after " et " opens in `text`, if one does: after the first one's
/// verb ("La partie X et les forces Y devront ...": one obligation of two joined subjects).
fn second_obligation_at(text: &str) -> Option<usize> {
    static MODAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:doit|doivent|devront|devra|tenue?s?)\b").expect("valid regex")
    });
    let first_modal = MODAL.find(text).map_or(0, |m| m.start());
    text.match_indices(" et ")
        .map(|(k, w)| k + w.len())
        .filter(|&k| k > first_modal)
        .find(|&k| OBLIGATION.find(&text[k..]).is_some_and(|m| m.start() == 0))
}

/// "Ils se sont engagés à ...", "Elles se sont engagées à ...": a pledge whose subject is a
/// pronoun at the sentence's start.
static PLEDGING_PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:ils|elles)\s*$").expect("valid regex"));

/// What follows a verb that asks someone: the addressee and the action ("les États Membres
/// de coopérer", "que toutes les parties respectent ..."); an invitation to take part in the
/// meeting's own discussion asks nothing to follow up.
fn addressed(rest: &str) -> Option<(Vec<String>, String)> {
    addressed_until(rest, false)
}

/// "l'Union africaine (UA) approuve ces démarches": a capitalised subject after "que", and
/// its verb in the subjunctive: the first word in "-e" / "-ent" that an object follows.
fn that_named(after: &str) -> Option<(Vec<String>, String)> {
    let lower = fold(after);
    // "que Jean Dupont transfère ...": a person's or a country's name needs no article.
    if !["le ", "la ", "les ", "l'"]
        .iter()
        .any(|a| lower.starts_with(a))
        && !after.starts_with(char::is_uppercase)
    {
        return None;
    }
    let words: Vec<&str> = after.split(' ').collect();
    let name_first = words.first()?.trim_start_matches(['l', 'L', '\'', '’']);
    if !(name_first.starts_with(char::is_uppercase)
        || words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase)))
    {
        return None;
    }
    // "qu'X mette fin à ...", "fasse rapport", "prenne part à": a locution's noun after
    // the subjunctive, as an object.
    let objects = [
        "le", "la", "les", "l'", "l’", "un", "une", "des", "ces", "ses", "son", "sa", "leur",
        "leurs", "à", "au", "aux", "fin", "face", "part", "rapport", "preuve", "suite",
    ];
    // "que le Programme des Nations Unies pour le développement renforce ...": a name of up
    // to eleven words.
    let at = (1..words.len().min(12)).find(|&k| {
        let w = fold(words[k]);
        // "que le Directeur régional poursuive activement ses efforts": an adverb in
        // "-ment" between the verb and its object ("immédiatement et pacifiquement": two
        // joined by "et").
        let adverbs = words[k + 1..]
            .iter()
            .take_while(|n| {
                let n = fold(n);
                n.ends_with("ment") || n == "et"
            })
            .count();
        let next = words
            .get(k + 1 + adverbs)
            .map(|n| fold(n))
            .unwrap_or_default();
        let object = objects
            .iter()
            .any(|o| next == *o || (o.ends_with('\'') && next.starts_with(o)))
            || next.starts_with("l'");
        words[k].starts_with(char::is_lowercase)
            && (w.ends_with('e') || (w.ends_with("ent") && !w.ends_with("ment")))
            && ![
                "une", "cette", "notre", "votre", "même", "entre", "contre", "comme", "de",
            ]
            .contains(&w.as_str())
            && object
    })?;
    let subject = words[..at].join(" ");
    let names = actors(&subject);
    let action = clean(&words[at..].join(" "));
    (!names.is_empty()).then_some((names, action))
}

/// What follows `words`' first match at the start of `text` ("l'" needs no space after it).
fn starts_with_word<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| {
        let n = text
            .char_indices()
            .nth(w.chars().count())
            .map_or(text.len(), |(i, _)| i);
        let head = fold(&text[..n]);
        let after = &text[n..];
        // "jeudi, le déploiement ...": a word of time may end at its comma too.
        (head == fold(w) && (w.ends_with(['\'', '’']) || after.starts_with([' ', ','])))
            .then(|| after.trim_start())
    })
}

/// "samedi à ...", "vendredi soir dans un communiqué une révision ...": without the
/// communiqué's words of time and place before what is called for.
fn skip_call_asides(mut rest: &str) -> &str {
    loop {
        if let Some(after) = starts_with_word(rest, table::FR_CALL_ASIDES) {
            rest = after.trim_start_matches([',', ' ']);
        } else if let Some(after) = place_aside(rest) {
            rest = after;
        } else {
            return rest;
        }
    }
}

/// Whether a clause tells of a text that was not adopted ("a échoué à adopter un projet de
/// résolution ...", "a rejeté ...").
fn failed_adoption(clause: &str) -> bool {
    let folded = fold(clause);
    table::FR_FAILED_ADOPTION
        .iter()
        .any(|w| folded.contains(&fold(w)))
}

/// "à la junte en Guinée le respect de l'intégrité ...": the addressee after "à", then a
/// thing it is asked for.
fn asked_a_thing(rest: &str) -> Option<(Vec<String>, String)> {
    let m = ASKED_THING.captures(skip_call_asides(without_aside(rest.trim())))?;
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// "condamner la déclaration ...", "déplorer ...": a view decided on, no task.
fn decided_view(action: &str) -> bool {
    starts_with_word(action.trim(), table::FR_DECIDED_VIEWS).is_some()
}

/// ", une fois de plus, à tous les États de ..." → "à tous les États de ...": a short aside
/// between the verb and its addressee.
fn without_aside(rest: &str) -> &str {
    let Some(after) = rest.strip_prefix(',') else {
        return rest;
    };
    match after.find(',') {
        // "a demandé, mardi, en Conseil des ministres, au Premier ministre ...": where the
        // request was made may follow its day, between commas too.
        Some(end) if end <= 60 => {
            let after = after[end + 1..].trim_start();
            PLACE_ASIDE.find(after).map_or(after, |m| &after[m.end()..])
        }
        // "Décide en outre, conformément à l'article 9 des statuts ..., de planter ...": a
        // long aside, closed by the comma before "de" and its infinitive.
        _ => LONG_ASIDE_END
            .find(after)
            .filter(|m| m.start() <= 240)
            .map_or(rest, |m| after[m.start() + 1..].trim_start()),
    }
}

fn that_must(rest: &str) -> Option<(Vec<String>, String)> {
    let m = THAT_MUST.captures(rest.trim())?;
    // "que le montant ... ne doit pas excéder ...": a limit set, no task.
    let np = fold(&m[1]);
    if np.split_whitespace().count() > 8 || np.ends_with(" ne") || np.ends_with(" n'") {
        return None;
    }
    // "que ces documents devront inclure ...": what a written thing must hold, no task.
    if written_thing(&m[1]) {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

fn strip_de(text: &str) -> Option<&str> {
    let t = text.trim_start();
    ["de ", "d'", "d’"].iter().find_map(|p| {
        t.get(..p.len())
            .filter(|head| head.eq_ignore_ascii_case(p))
            .map(|_| &t[p.len()..])
    })
}

/// "que tous les acteurs concernés envisagent ...": the plural subject of a verb in the
/// subjunctive is asked (a word in "-ent" that is no noun in "-ment" ends it).
fn that_subjunctive(rest: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’"]
        .iter()
        .find_map(|q| rest.strip_prefix(q))?;
    let lower = fold(after);
    // "que le Conseil économique et social approuve ...": a named body, singular, and a
    // subjunctive of the table (the "-e" of a verb is no sign of one: "économique").
    let named_body = ["le ", "la ", "l'", "l’"].iter().any(|a| {
        after
            .strip_prefix(a)
            .or_else(|| after.strip_prefix(&a.to_uppercase()))
            .is_some_and(|r| r.trim_start().starts_with(char::is_uppercase))
    });
    if named_body {
        let mut at = 0;
        for (k, word) in after.split(' ').enumerate() {
            if k > 1 && table::FR_SUBJUNCTIVE_ACTS.contains(&fold(word).as_str()) {
                let names = actors(&after[..at]);
                let action = clean(&after[at..]);
                return (!names.is_empty()).then_some((names, action));
            }
            if k > 8 || word.contains([',', ';']) {
                return None;
            }
            at += word.len() + 1;
        }
        return None;
    }
    if !["les ", "tous ", "toutes "]
        .iter()
        .any(|a| lower.starts_with(a))
    {
        return None;
    }
    let mut at = 0;
    for (k, word) in after.split(' ').enumerate() {
        let w = fold(word);
        if k > 1 && w == "soient" {
            // "que les volontaires soient déployés": a passive asks nobody.
            return None;
        }
        if k > 1 && w.ends_with("ent") && !w.ends_with("ment") {
            let names = actors(&after[..at]);
            let action = clean(&after[at..]);
            return (!names.is_empty()).then_some((names, action));
        }
        if k > 6 || word.contains([',', ';']) {
            return None;
        }
        at += word.len() + 1;
    }
    None
}

/// A word without its accents ("réitère" → "reitere").
fn bare(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}
