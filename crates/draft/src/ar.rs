//! Arabic texts: the script tells the language; these rules read its requests, addressees
//! and dates with the Arabic tables of `table.rs`.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::deadline::Found;
use super::due::Fuzzy;
use super::table;
use crate::any_of;

/// Whether most of the text's letters are Arabic.
pub fn is_arabic(text: &str) -> bool {
    let (mut ar, mut all) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(5000) {
        all += 1;
        ar += usize::from(('\u{0600}'..='\u{06FF}').contains(&c));
    }
    all > 0 && ar * 2 > all
}

/// The text as the rules read it: no tatweel (kashida), Arabic-Indic digits as ASCII,
/// "،" and "؛" as "," and ";", "1 ـ" numbering as "1-", "(أ)" items as "(a)".
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let line = NUMBER_TATWEEL.replace(line, "$1- ");
        let line = ITEM.replace(&line, |c: &regex::Captures<'_>| {
            let letter = c[1].chars().next().unwrap_or('أ');
            let k = table::AR_LETTERS
                .iter()
                .position(|&l| l == letter)
                .unwrap_or(0);
            let latin = char::from(b'a' + u8::try_from(k).unwrap_or(0));
            format!("{}({latin})", &c[0][..c[0].find('(').unwrap_or(0)])
        });
        for ch in line.chars() {
            match ch {
                '\u{0640}' => {}
                '،' => out.push(','),
                '؛' => out.push(';'),
                '\u{0660}'..='\u{0669}' => {
                    out.push(char::from(b'0' + (u32::from(ch) - 0x0660) as u8));
                }
                '\u{06F0}'..='\u{06F9}' => {
                    out.push(char::from(b'0' + (u32::from(ch) - 0x06F0) as u8));
                }
                c => out.push(c),
            }
        }
    }
    out
}

static NUMBER_TATWEEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*[0-9\u0660-\u0669]{1,3})\s*ـ+\s*").expect("valid regex"));
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let letters: String = table::AR_LETTERS.iter().collect();
    Regex::new(&format!(r"^\s*\(([{letters}])\)")).expect("valid regex")
});

/// "إن مجلس الأمن،" / "إن الجمعية العامة،": the body.
static BODY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*إن\s+([^,،]{2,60})[,،]\s*$").expect("valid regex"));

pub fn body(lines: impl Iterator<Item = String>) -> Option<String> {
    lines
        .take(60)
        .find_map(|l| BODY.captures(l.trim()).map(|m| m[1].trim().to_string()))
}

/// The requests of one Arabic clause: (actors, action).
pub fn requests(clause: &str, body: &str) -> Vec<(Vec<String>, String)> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some(first) = words.first() else {
        return Vec::new();
    };
    let first = first.trim_start_matches(['و', 'ف']).to_string();
    let verb = |w: &str| w == first || format!("و{w}") == *words[0];
    let mut rest: Vec<&str> = words[1..].to_vec();
    while rest.first().is_some_and(|w| table::AR_ADVERBS.contains(w)) {
        rest.remove(0);
    }
    if table::AR_DECIDES.iter().any(|d| verb(d)) {
        // "يقرر أن ..." / "يقرر تكليف ...": the body's own act.
        let action = rest.join(" ");
        // "يقرر ما يلي:": its items say what.
        return if action.is_empty() || action.trim_end().ends_with(':') {
            Vec::new()
        } else {
            vec![(vec![body.to_string()], clean(&action))]
        };
    }
    let Some((_, openers, enders)) = table::AR_VERBS.iter().find(|(v, _, _)| verb(v)) else {
        return Vec::new();
    };
    let joined = rest.join(" ");
    let mut phrase = joined.as_str();
    for o in *openers {
        if let Some(p) = phrase.strip_prefix(&format!("{o} ")) {
            phrase = p;
            break;
        }
        // "بالدول": the preposition is joined to its noun.
        if o.chars().count() == 1
            && let Some(p) = phrase.strip_prefix(o)
        {
            phrase = p;
            break;
        }
    }
    let ender = ENDERS.find_iter(phrase).find(|m| {
        let w = m.as_str().trim();
        enders.contains(&w)
    });
    let Some(ender) = ender else {
        return Vec::new();
    };
    // "الدول الأعضاء والمنظمات الإقليمية": "و" joined to the next name's article.
    let listed = phrase[..ender.start()].trim().replace(" وال", ",ال");
    let names: Vec<String> = listed
        .trim_end_matches(',')
        .split(',')
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    vec![(names, clean(&phrase[ender.end()..]))]
}

static ENDERS: LazyLock<Regex> = LazyLock::new(|| {
    let mut all: Vec<&str> = table::AR_VERBS
        .iter()
        .flat_map(|(_, _, e)| e.iter().copied())
        .collect();
    all.sort_unstable();
    all.dedup();
    Regex::new(&format!(r"(?:^|\s)(?:{})\s", any_of(&all))).expect("valid regex")
});

fn clean(action: &str) -> String {
    action
        .trim()
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .to_string()
}

/// A Hijri date written just before a Gregorian one: "15 شوال 1449 هـ /" (tatweel gone).
static HIJRI_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\d{1,2}\s+\S+(?:\s+\S+)?\s+\d{4}\s*ه\s*/\s*$").expect("valid regex")
});

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let mut months: Vec<&str> = table::AR_MONTHS.iter().map(|(m, _)| *m).collect();
    months.sort_by_key(|m| std::cmp::Reverse(m.len()));
    let months = any_of(&months);
    Regex::new(&format!(
        r"(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})\s+(\d{{4}})"
    ))
    .expect("valid regex")
});

/// The Arabic deadlines of a clause: a Gregorian date after "بحلول", "قبل", ... (a Hijri
/// date beside it, with a Hijri month name or a year before 1900, is not read).
pub fn deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in DATE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let month = table::AR_MONTHS
            .iter()
            .find(|(n, _)| *n == &m[2])
            .map(|(_, k)| *k);
        let year: i16 = m[3].parse().unwrap_or(0);
        let Some(day) = month.and_then(|mo| Date::new(year, mo, m[1].parse().ok()?).ok()) else {
            continue;
        };
        if year < 1900 || adopted.is_some_and(|a| day < a) {
            continue;
        }
        // "قبل 15 شوال 1449 هـ / 1 تموز 2028 م": the Hijri date beside it is read past.
        let before = HIJRI_BESIDE.replace(text[..whole.start()].trim_end(), "");
        let before = before.trim_end();
        if table::AR_BY.iter().any(|w| before.ends_with(w)) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "يقرر ما يلي:" / "يقرر:": its lettered items are each the body's own act.
pub fn decides_items(clause: &str) -> bool {
    let t = clause.trim();
    let first = t.split_whitespace().next().unwrap_or("");
    let first = first.trim_start_matches(['و', 'ف']);
    table::AR_DECIDES.contains(&first.trim_end_matches(':')) && t.ends_with(':')
}

/// An Arabic item's act, as written.
pub fn item_action(item: &str) -> Option<String> {
    let a = clean(item);
    (!a.is_empty()).then_some(a)
}

/// Arabic chapeaus lend no addressee to their items (not read yet).
pub fn chapeau_actors(_clause: &str) -> Option<Vec<String>> {
    None
}
