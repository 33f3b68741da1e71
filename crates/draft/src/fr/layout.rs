//! French layout: headlines, rubrics and a page's foot, the lines of a clause and of a
//! run-on paragraph, and the mandates a headline restates.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::bare;
use super::decided::infinitive_line;
use crate::segment::Para;
use crate::table;
use crate::words::{any_of, fold};

/// A press release's headline: one line that ends no sentence ("Il prie le
/// Secrétaire général de présenter un rapport sur ...").
pub fn headline(text: &str) -> bool {
    let t = text.trim();
    // "... d'appliquer l'Accord "pleinement et sans délai"": a quotation closes the line
    // with no stop before or after it.
    let quote_closed = t
        .strip_suffix(['»', '"', '”'])
        .is_some_and(|before| !before.trim_end().ends_with(['.', '!', '?', ';', ':']));
    !t.is_empty()
        && !t.contains('\n')
        && (quote_closed || !t.ends_with(['.', '!', '?', ';', ':', '»', '"', '”']))
}

/// "Politique", "Afrique": a page's rubric, one word alone on the first line, a capital
/// first and no stop.
pub fn rubric(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && t.chars().count() <= 20
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// "Le Conseil de X suspend Y de toutes ses activités :": a headline on one line closed by
/// a colon (the article follows it), a short line that names its verb's subject, not a
/// body's line that opens its items ("Le Conseil,", "Décide :").
pub fn headline_with_colon(text: &str) -> bool {
    let t = text.trim();
    let Some(before) = t.strip_suffix(':') else {
        return false;
    };
    let words = before.split_whitespace().count();
    !t.contains('\n') && before.ends_with(' ') && (6..=20).contains(&words)
}

/// "X a décidé, <quand>, de proroger le mandat de Y ... pour", "...,
/// qui avait été interrompu en <mois> N": a page's last paragraph cut by the excerpt, a
/// sentence's worth of words (a headline is shorter) or ending on a word no title ends on.
pub fn cut_at_foot(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(fold).collect();
    let last = words.last().map(String::as_str).unwrap_or_default();
    words.len() >= 20
        || [
            "pour", "de", "du", "des", "la", "le", "les", "à", "au", "aux", "et", "en", "sur",
            "par", "avec", "dans", "un", "une", "que", "qui",
        ]
        .contains(&last)
        || last.ends_with(['\'', ','])
}

/// Drops a headline's request that a later paragraph makes again of the same actors with
/// the same verb of action: the request is counted where the text states it.
///
/// `titles` are the headlines set as title lines (no sentence's stop); the others are ledes,
/// a text's first statement. A title never stands for a lede's statement: a title at the
/// page's foot that restates the lede ("Les dirigeants appellent au cessez-le-feu" under
/// "... ont appelé <jour> à un <acte> de toutes les X ...") is the one
/// dropped, whichever comes first.
pub fn drop_restated_headlines(
    mandates: &mut Vec<crate::model::DraftMandate>,
    headlines: &HashSet<u32>,
    titles: &HashSet<u32>,
) {
    let is_headline =
        |m: &crate::model::DraftMandate| m.paragraph.is_some_and(|p| headlines.contains(&p));
    let is_title =
        |m: &crate::model::DraftMandate| m.paragraph.is_some_and(|p| titles.contains(&p));
    // The text's own statement may come before a headline the page repeats at its foot.
    let outranks = |other: &crate::model::DraftMandate, m: &crate::model::DraftMandate| match (
        is_title(other),
        is_title(m),
    ) {
        (false, true) => true,
        (true, false) => false,
        _ => other.paragraph > m.paragraph || !is_headline(other),
    };
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            is_headline(m)
                && mandates.iter().any(|other| {
                    other.paragraph != m.paragraph && restates(other, m) && outranks(other, m)
                })
        })
        .collect();
    let mut k = 0;
    mandates.retain(|_| {
        k += 1;
        !restated[k - 1]
    });
}

/// What `drop_restated_headlines` compares a request by: its actors' names, folded, and its
/// verb of action.
fn restated_key(m: &crate::model::DraftMandate) -> (Vec<String>, String) {
    let actors: Vec<String> = m.actors.iter().map(|a| fold(&a.name)).collect();
    // "Le rétablissement de ...": the action's first word after an article.
    let verb = m
        .summary
        .split_whitespace()
        // "Suspendre, avec effet immédiat, ...": the verb before an aside's comma.
        .map(|w| fold(w.trim_end_matches([',', ';', ':'])))
        // "Au cessez-le-feu immédiat" (a title's "appellent au cessez-le-feu"): the
        // thing after "à" and its article.
        .find(|w| {
            ![
                "le", "la", "les", "un", "une", "des", "du", "au", "aux", "à",
            ]
            .contains(&w.as_str())
        })
        .unwrap_or_default();
    let verb = verb.trim_start_matches("l'");
    // "la suspension de X" (a lede's noun) is "suspendre X" (the decision quoted later).
    let verb = table::FR_DECISION_VERBS
        .iter()
        .find(|(noun, _)| *noun == verb)
        .map_or(verb, |(_, infinitive)| infinitive)
        .to_string();
    (actors, verb)
}

/// Whether `later` restates the headline's request `m`.
fn restates(later: &crate::model::DraftMandate, m: &crate::model::DraftMandate) -> bool {
    let (actors, verb) = restated_key(m);
    // A headline's call that names nobody ("réclame le lancement de X") restates a later
    // request of the same thing however it names the addressee.
    let general = actors == [fold(table::FR_ALL_STATES)];
    // "L'Union africaine a suspendu le Burkina" over "Le Conseil a décidé de suspendre
    // ...": one decision, whichever name the lede gives the body.
    let decision = table::FR_DECISION_VERBS.iter().any(|(_, v)| *v == verb);
    let (later_actors, later_verb) = restated_key(later);
    // "le secrétaire général de l'ONU" in the lede is "le secrétaire général" later.
    let named_alike = later_actors.len() == actors.len()
        && later_actors
            .iter()
            .zip(&actors)
            .all(|(a, b)| a.starts_with(b.as_str()) || b.starts_with(a.as_str()));
    // "les fonds et programmes de l'ONU" in the headline are "les organismes, fonds et
    // programmes des Nations Unies" later: a name's own words in common.
    let shared = !name_words(&actors).is_disjoint(&name_words(&later_actors));
    let names_later = general && names_later_addressee(later, m, &later_actors);
    // "X demande la libération avant le D janvier des Y" over "ils ont décidé de
    // demander à Z la libération des Y": a lede that sets a due the later
    // request lacks says more than it, and stands.
    let dated_only_here = m.due.is_some() && later.due.is_none();
    let reworded = general && later_actors == actors && common_stems(later, m) >= 2;
    ((later_verb == verb && (named_alike || shared || general || decision))
        || names_later
        || reworded)
        && !dated_only_here
}

/// The words of five letters or more in actors' names.
fn name_words(names: &[String]) -> HashSet<String> {
    names
        .iter()
        .flat_map(|n| {
            n.split([' ', ',', '\''])
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.chars().count() >= 5)
        .collect()
}

/// "X APPELLE À UNE PRÉSENCE ACTIVE DE TOUTES LES PARTIES AUX <ENTRETIENS>" over
/// "demande à toutes les parties de venir aux <entretiens>": a
/// headline's call on all that names the later request's addressee and its thing.
fn names_later_addressee(
    later: &crate::model::DraftMandate,
    m: &crate::model::DraftMandate,
    later_actors: &[String],
) -> bool {
    let long = |t: &str| -> HashSet<String> {
        fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 6)
            .map(str::to_string)
            .collect()
    };
    let named = name_words(later_actors);
    !named.is_empty()
        && named.iter().all(|w| fold(&m.summary).contains(w.as_str()))
        && long(&m.summary)
            .difference(&named)
            .any(|w| long(&later.summary).contains(w))
}

/// "ont demandé la suspension immédiate des abattages" over "ont exigé « un arrêt
/// immédiat des abattages de haies »": a lede's call on all that a later call on all
/// gives in other words, two of the first three longer words of its thing the
/// later's (by their first six letters: "immédiate", "immédiat").
fn common_stems(later: &crate::model::DraftMandate, m: &crate::model::DraftMandate) -> usize {
    let stems = |t: &str| -> Vec<String> {
        fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 6)
            .map(|w| w.chars().take(6).collect())
            .collect()
    };
    let theirs = stems(&later.summary);
    stems(&m.summary)
        .iter()
        .take(3)
        .filter(|w| theirs.contains(w))
        .count()
}

/// A line that opens a clause of its own in a list without numbers: a verb of the table in
/// lower case and its addressee ("invite la Représentante spéciale à ...").
static CLAUSE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let mut forms: Vec<&str> = table::FR_VERBS.iter().map(|(f, _)| *f).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let verbs = any_of(&forms);
    // "prié instamment les Parties de ...": an adverb may come between verb and addressee.
    let adverbs = any_of(table::FR_ADVERBS);
    Regex::new(&format!(
        r"^(?:{verbs})\s+(?:(?:{adverbs})\s+)?(?:aux?\s|à\s|les?\s|la\s|l['’])"
    ))
    .expect("valid regex")
});

/// "- 2. En conséquence ...": a dash before a paragraph's number; the number is the line's.
/// So is a page's "« " set as a bullet before it ("« 12. Les membres ..."): a quotation
/// does not open on a paragraph's number.
static DASHED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:[-–•][ \t]+|«[ \t\u{a0}]*)(\d{1,3}\.[ \t])").expect("valid regex")
});

/// "19.55" alone on its line, "14.29 (Rev. CoP16) Le Comité ...", "19.55 to 19.57 Titre": a
/// convention's decision number (its meeting, then the decision's place), not a section's
/// item: labelled so, in place, that no paragraph takes it for its number.
static DECISION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^([ \t]*)(\d{2}\.\d{2,3}[ \t]*$|\d{1,2}\.\d{2,3}[ \t]*\(Rev\.|\d{1,2}\.\d{2,3}[ \t]+(?:to|à|au|et|&|-|–)[ \t]+\d{1,2}\.\d{2,3}\b)")
        .expect("valid regex")
});

static LOST_APOSTROPHE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([dlDLjJnNsScC]|[qQ]u|[jJ]usqu|[lL]orsqu)\?(\p{L})").expect("valid regex")
});

/// "DECIDE", "REITERE", "APPELE": an upper-case verb of `FR_VERBS` written without its
/// accents (as capitals often are), given them back so that the tables read it.
fn accented_capitals(text: &str) -> String {
    static CAPS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b\p{Lu}{4,}\b").expect("valid regex"));
    CAPS.replace_all(text, |c: &regex::Captures<'_>| {
        let word = &c[0];
        let lower = word.to_lowercase();
        let bare_word = squeezed(&bare(&lower));
        let known = table::FR_VERBS.iter().any(|(f, _)| *f == lower);
        // An operative verb in capitals is a present ("APPELE" is "APPELLE" with a letter
        // lost, not the participle "APPELÉ"): a present form first.
        table::FR_VERBS
            .iter()
            .filter(|(f, _)| !known && !f.contains(' ') && squeezed(&bare(f)) == bare_word)
            .min_by_key(|(f, _)| f.ends_with(['é', 's']))
            .map_or_else(|| word.to_string(), |(f, _)| f.to_uppercase())
    })
    .into_owned()
}

/// A word with its doubled letters single ("appelle" → "apele").
fn squeezed(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// "12. EXPRIME SON" / "SOUTIEN à" / "la relance des" / ...: a block a web page broke inside
/// its sentences (lines ending on "le", "des", "à", ...). From its first numbered line on,
/// each numbered paragraph's lines are joined into one, so that the sentences after its
/// first ("La Conférence DEMANDE ...") stay in it rather than stand outside the numbers.
fn join_ragged_numbered(text: &str) -> String {
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{1,3}\.\s").expect("valid regex"));
    let mut out = String::with_capacity(text.len());
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut String| {
        let broken = block
            .iter()
            .take(block.len().saturating_sub(1))
            .filter(|l| {
                let last = l.rsplit(char::is_whitespace).next().unwrap_or_default();
                table::FR_NEVER_LAST_WORDS.contains(&fold(last).as_str())
            })
            .count();
        let ragged = broken >= 3 && broken * 4 >= block.len();
        let mut numbered = false;
        for (k, line) in block.iter().enumerate() {
            let opens = NUMBERED.is_match(line.trim_start());
            numbered |= opens;
            let joins = ragged && numbered && !opens && k > 0;
            if joins {
                out.pop();
                out.push(' ');
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        block.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut block, &mut out);
            out.push_str(line);
            out.push('\n');
        } else {
            block.push(line);
        }
    }
    flush(&mut block, &mut out);
    out
}

/// "auxautorités", "desparties": an article run into an actor's noun (`FR_OBLIGED_NOUNS`).
static GLUED_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(aux|des|les)({})\b",
        table::FR_OBLIGED_NOUNS.join("|")
    ))
    .expect("valid regex")
});

/// "auxÉtats", "auxNations Unies": "aux" run into a capitalised name (no French word
/// has a capital after "aux").
static GLUED_AUX_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\baux(\p{Lu})").expect("valid regex"));

static GRAVE_APOSTROPHE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L})`(\p{L})").expect("valid regex"));

/// The text with a blank line before each line that opens a clause of its own after a
/// line that ends one, so that a list of clauses one a line is read clause by clause.
pub fn break_clause_lines(text: &str) -> String {
    let text = join_ragged_numbered(&accented_capitals(text));
    let text = DASHED_NUMBER.replace_all(&text, "$1");
    let text = DECISION_NUMBER.replace_all(&text, "${1}Décision $2");
    // "d`organiser", "l`Union": a grave accent typed for an apostrophe; "d?Etat": one lost
    // to a page's encoding.
    let text = GRAVE_APOSTROPHE.replace_all(&text, "$1’$2");
    // "demande auxautorités de ...", "auxÉtats membres": a page that lost the space after
    // an article glued to an actor's noun.
    let text = GLUED_ARTICLE.replace_all(&text, "$1 $2");
    let text = GLUED_AUX_NAME.replace_all(&text, "aux $1");
    let text = &sentence_lines(&LOST_APOSTROPHE.replace_all(&text, "$1’$2"));
    let mut out = String::with_capacity(text.len());
    let ends_one = |prev: &str| prev.ends_with([',', ';', '.', ':']);
    // A list of two clauses or more one a line: each of its lines that opens in lower case
    // after one that ends a clause is a clause of its own ("considère que ...,", "que les
    // parties ...,"), not only those that open with a verb of the table.
    let pairs = || {
        text.lines()
            .map(str::trim)
            .zip(text.lines().map(str::trim).skip(1))
    };
    let clause_list = pairs()
        .filter(|(prev, t)| {
            ends_one(prev) && (CLAUSE_LINE.is_match(t) || infinitive_line(t).is_some())
        })
        .count()
        >= 2;
    let mut prev = "";
    for line in text.lines() {
        let t = line.trim();
        // "Invité les Parties à ..." among "prié ..." / "demandé ...": a capital does not
        // make one of the list's clauses part of the one before.
        let capital_clause = clause_list && CLAUSE_LINE.is_match(&lower_first(t));
        let lower_clause = clause_list && (t.starts_with(char::is_lowercase) || capital_clause);
        if ends_one(prev) && (CLAUSE_LINE.is_match(t) || lower_clause) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        prev = t;
    }
    out
}

/// `text` with its first letter in lower case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

static FOOTNOTE_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\[\d{1,3}\]$").expect("valid regex"));

/// A text of one block whose every line ends a sentence (a short press item, each sentence
/// a line): each line is a paragraph, as in a longer single-spaced text.
fn sentence_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let one_block = lines.iter().all(|l| !l.is_empty());
    // "... jusqu'au 30 juin 2004. [1]": a footnote mark after the sentence's end.
    let sentences = lines.iter().all(|l| {
        FOOTNOTE_MARK
            .replace(l, "")
            .ends_with(['.', '!', '?', '»', '"', '”'])
    });
    if lines.len() < 2 || !one_block || !sentences {
        return text.to_string();
    }
    lines.join("\n\n") + "\n"
}

/// "...; 4. Prie ...": a numbered paragraph run on in the one before it, as a scanned
/// volume's text gives them.
static RUN_ON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[;,.]\s+(\d{1,3})\.\s+\p{Lu}").expect("valid regex"));

/// "...; En conséquence 1. Le Conseil ...", "Djeddah, Royaume d'Arabie Saoudite 1. Le Comité
/// ...": the first number may follow a few words after the preamble's last stop.
static RUN_ON_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[;,.:]\s+(?:[\p{L}'’-]+\s+){1,4}(1)\.\s+\p{Lu}").expect("valid regex")
});

/// "pour la 1. protection de ... 3 ; 2. Note ... ; 3. Accueille ...": where paragraph 2
/// is cut off (its match's start + 1, its words' start) when paragraph 1's number stands
/// inside a sentence's words (a lower-case word after it) before it, and 3 follows it.
fn displaced_first(text: &str) -> Option<(usize, usize)> {
    static DISPLACED_ONE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\p{L}\s+1\.\s+\p{Ll}").expect("valid regex"));
    let two = RUN_ON.captures_iter(text).find(|m| &m[1] == "2")?;
    let (end, start) = (two.get(0)?.start() + 1, two.get(1)?.end() + 1);
    DISPLACED_ONE.is_match(&text[..end]).then_some(())?;
    RUN_ON
        .captures_iter(&text[start..])
        .any(|m| &m[1] == "3")
        .then_some((end, start))
}

/// The paragraphs with each paragraph run on in another split off, when its number is the
/// next one due (so "article 5. Le" or a date is never taken for one). An unnumbered
/// paragraph's clauses that the segmenter split from its items ("Invite X : i) ...; ii)
/// ...; Prie Y de ...") keep its place: they are one paragraph of the text.
pub fn split_run_on(paras: Vec<Para>) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::new();
    let mut last = 0u32;
    let mut place = 0usize;
    let mut place_before: Option<usize> = None;
    for p in paras {
        let same_place = p.number.is_none()
            && place_before == Some(p.ordinal)
            && out.last().is_some_and(|l| l.number.is_none());
        place_before = Some(p.ordinal);
        let mut current = p;
        // "1. Voir Procès-verbaux officiels ...": a footnote under the text, not its first
        // paragraph.
        if current.text.trim_start().starts_with("Voir ") {
            current.number = None;
        }
        loop {
            let next = current.number.unwrap_or(last) + 1;
            let first = (next == 1)
                .then(|| RUN_ON_FIRST.captures(&current.text))
                .flatten();
            let cut = RUN_ON
                .captures_iter(&current.text)
                .find(|m| m[1].parse::<u32>() == Ok(next))
                .or(first)
                .map(|m| {
                    (
                        m.get(0).expect("match").start() + 1,
                        m.get(1).expect("n").end() + 1,
                    )
                });
            // "... pour la 1. protection de ... ; 2. Note ... ; 3. Accueille ...": a page that
            // displaced paragraph 1's number into its words runs on from 2.
            let (cut, next) = match cut {
                None if next == 1 => (displaced_first(&current.text), 2),
                cut => (cut, next),
            };
            let Some((end, start)) = cut else { break };
            let rest = current.text[start..].trim().to_string();
            current.text.truncate(end);
            let subs = std::mem::take(&mut current.subs);
            last = current.number.unwrap_or(last);
            place += 1;
            out.push(current);
            current = Para {
                ordinal: place + 1,
                number: Some(next),
                text: rest,
                subs,
                label: format!("{next}."),
            };
        }
        last = current.number.unwrap_or(last);
        if !same_place {
            place += 1;
        }
        current.ordinal = place;
        out.push(current);
    }
    out
}
