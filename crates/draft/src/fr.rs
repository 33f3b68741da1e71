//! French texts: which language a text is in, and the French forms of the requests, the
//! actors and the deadlines the English rules read. The words are in `table.rs`.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::classify::fold;
use super::deadline::{Found, span_days};
use super::due::Fuzzy;
use super::table::{self, Kind, SpanUnit};
use crate::any_of;

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

/// "L'Assemblée générale," / "Le Conseil de sécurité," alone on its line: the body.
static BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:L['’]|Le\s+|La\s+|Les\s+)(\p{Lu}[^,;:.]{2,80}),$").expect("valid regex")
});

pub fn body(lines: impl Iterator<Item = String>) -> Option<String> {
    lines
        .take(60)
        .find_map(|l| BODY.captures(l.trim()).map(|m| m[1].trim().to_string()))
}

/// A French operative verb: at the clause's start ("Prie ...", "Demande également ..."), or
/// after its subject in a communiqué ("Le Conseil a prié ...").
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    let mut forms: Vec<&str> = table::FR_VERBS.iter().map(|(f, _)| *f).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let verbs = any_of(&forms);
    let adverbs = any_of(table::FR_ADVERBS);
    Regex::new(&format!(
        r"(?i)(?:^\s*|\b(?:conseil|assemblée|comité|conférence|réunion|sommet|il|elle|ils|ministres)\s+(?:a\s+)?(?:(?:{adverbs})\s+)*)({verbs})\b(?:\s+(?:{adverbs})\b)*"
    ))
    .expect("valid regex")
});

/// The addressee ends before "de" / "d'" / "à" and an infinitive.
static INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\s+de\s+|\s+d['’]|\s+à\s+)(?:(?:se|s['’]|en|y|leur|lui)\s*)?\p{L}+(?:er|ir|re|oir)\b")
        .expect("valid regex")
});

static LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s*(?:et\s+)?|\s+et\s+|\s+ainsi\s+qu['’]?\s*").expect("valid regex")
});

/// The requests of one French clause: (actors, action). "Décide de ..." asks the body;
/// "Décide :" (its items follow) and a clause with no verb of the table ask nothing.
pub fn requests(clause: &str, body: &str) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let starts: Vec<_> = VERB.captures_iter(clause).collect();
    for (k, m) in starts.iter().enumerate() {
        let whole = m.get(0).expect("match");
        let end = starts
            .get(k + 1)
            .map_or(clause.len(), |n| n.get(0).expect("match").start());
        let rest = clause[whole.end()..end].trim();
        let form = fold(&m[1]);
        let kind = table::FR_VERBS
            .iter()
            .find(|(f, _)| fold(f) == form)
            .map_or(Kind::View, |(_, k)| *k);
        match kind {
            Kind::Decides => {
                let lower = fold(rest);
                if let Some(action) = lower
                    .strip_prefix("de ")
                    .or_else(|| lower.strip_prefix("d'"))
                    .or_else(|| lower.strip_prefix("d’"))
                {
                    let at = rest.len() - action.len();
                    out.push((vec![body.to_string()], clean(&rest[at..])));
                }
            }
            Kind::Addressed => {
                if let Some(inf) = INFINITIVE.find(rest) {
                    let names = actors(&rest[..inf.start()]);
                    let action = rest[inf.start()..].trim_start();
                    let action = ["de ", "d'", "d’", "à "]
                        .iter()
                        .find_map(|p| action.strip_prefix(p))
                        .unwrap_or(action);
                    if !names.is_empty() {
                        out.push((names, clean(action)));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// "Prie le Secrétaire général :" + "a) De présenter ...": the addressee its items ask.
pub fn chapeau_actors(clause: &str) -> Option<Vec<String>> {
    let m = VERB.captures(clause)?;
    let form = fold(&m[1]);
    let addressed = table::FR_VERBS
        .iter()
        .any(|(f, k)| fold(f) == form && *k == Kind::Addressed);
    let rest = clause[m.get(0).expect("match").end()..].trim();
    let rest = rest.strip_suffix(':')?;
    let names = actors(rest);
    (addressed && !names.is_empty()).then_some(names)
}

/// Whether a clause is a chapeau whose lettered items each say what the body decides
/// ("Décide :" + "a) De créer ...").
pub fn decides_items(clause: &str) -> bool {
    VERB.captures(clause).is_some_and(|m| {
        let form = fold(&m[1]);
        table::FR_VERBS
            .iter()
            .any(|(f, k)| fold(f) == form && *k == Kind::Decides)
            && clause[m.get(0).expect("match").end()..]
                .trim()
                .trim_end_matches(':')
                .is_empty()
    })
}

/// "De créer un fonds ;" → "créer un fonds".
pub fn item_action(item: &str) -> Option<String> {
    let t = item.trim_start();
    let lower = fold(t);
    let rest = lower
        .strip_prefix("de ")
        .or_else(|| lower.strip_prefix("d'"))
        .or_else(|| lower.strip_prefix("d’"))?;
    Some(clean(&t[t.len() - rest.len()..]))
}

fn clean(action: &str) -> String {
    action
        .trim()
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .to_string()
}

/// "aux États Membres et aux organisations régionales" → ["États Membres", "Organisations
/// régionales"]: the names, without their "à" and articles.
fn actors(phrase: &str) -> Vec<String> {
    LIST.split(phrase.trim().trim_end_matches(','))
        .map(|piece| {
            let mut p = piece.trim();
            loop {
                let lower = p.to_lowercase();
                let Some(opener) = table::FR_ADDRESSEE_OPENERS.iter().find(|o| {
                    lower.starts_with(*o)
                        && (o.ends_with('\'')
                            || lower[o.len()..].starts_with(' ')
                            || lower[o.len()..].starts_with('’'))
                }) else {
                    break;
                };
                p = p[opener.len()..].trim_start_matches(['’', ' ']);
            }
            p = p
                .strip_prefix("l’")
                .or_else(|| p.strip_prefix("l'"))
                .unwrap_or(p);
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = any_of(&table::FR_MONTHS.iter().map(|(m, _)| *m).collect::<Vec<_>>());
    Regex::new(&format!(
        r"(?i)\b(?:le\s+)?(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});
static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
    let words = any_of(
        &table::FR_NUMBERS
            .iter()
            .map(|(w, _)| *w)
            .collect::<Vec<_>>(),
    );
    Regex::new(&format!(
        r"(?i)\bdans\s+un\s+délai\s+(?:maximum\s+)?de\s+(\d+|{words})\s+(jours|semaines|mois|ans)\b"
    ))
    .expect("valid regex")
});

/// The French deadlines of a clause, each with where it starts and its words.
pub fn deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in DAY_MONTH_YEAR.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(day) = date(&m) else { continue };
        if adopted.is_some_and(|a| day < a) {
            continue;
        }
        let before = fold(text[..whole.start()].trim_end());
        let after = fold(text[whole.end()..].trim_start());
        let lead = table::FR_BY_BEFORE.iter().find(|w| before.ends_with(*w));
        let trail = table::FR_BY_AFTER.iter().any(|w| after.starts_with(w));
        if lead.is_some() || trail {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    for m in WITHIN.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let n: Option<u32> = m[1].parse().ok().or_else(|| {
            let w = fold(&m[1]);
            table::FR_NUMBERS
                .iter()
                .find(|(x, _)| *x == w)
                .map(|(_, n)| *n)
        });
        let Some(n) = n else { continue };
        let unit = match fold(&m[2]).as_str() {
            "semaines" => SpanUnit::Weeks,
            "mois" => SpanUnit::Months,
            "ans" => SpanUnit::Years,
            _ => SpanUnit::Days,
        };
        let (days, exact) = span_days(n, unit, adopted);
        out.push((
            whole.start(),
            Found::Within { days, exact },
            whole.as_str().to_string(),
        ));
    }
    out
}

fn date(m: &regex::Captures<'_>) -> Option<Date> {
    let month = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[2]))?.1;
    Date::new(m[3].parse().ok()?, month, m[1].parse().ok()?).ok()
}
