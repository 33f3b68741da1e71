//! A mandate's summary and the words of its id (a slug), and ordinal suffixes.

use crate::table;
use crate::words::fold;

/// "to submit a report" → "submit a report".
pub(crate) fn strip_to(s: &str) -> String {
    let s = s.trim();
    let lower = fold(s);
    if lower.starts_with("to ") {
        s[3..].trim().to_string()
    } else {
        s.to_string()
    }
}

/// A short summary: the action, up to its first semicolon, capitalised, at most 100
/// characters cut at a word.
pub(crate) fn summary(action: &str) -> String {
    let action = strip_to(action);
    let action = action.split(';').next().unwrap_or("").trim();
    let mut action = action.trim_end_matches(['.', ',', ';', ':', ' ', '-', '—']);
    // A clause cut before the next verb ends in its conjunction: "host it in 2025, and", and
    // maybe the next verb's adverb: "appoint an Envoy, and further".
    loop {
        let last = action.rsplit(' ').next().unwrap_or("");
        let word = fold(last);
        let adverb = table::ADVERBS.contains(&word.as_str()) && action.len() > last.len();
        if !(matches!(word.as_str(), "and" | "or") || adverb) {
            break;
        }
        action = action[..action.len() - last.len()].trim_end_matches(['.', ',', ';', ':', ' ']);
    }
    let mut out = String::new();
    for word in action.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > 100 {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => "(no summary)".to_string(),
    }
}

/// A lowercase ASCII slug of the first `n` meaningful words.
pub(crate) fn slug(s: &str, n: usize) -> String {
    const SKIP: &[&str] = &[
        "a", "an", "the", "of", "to", "and", "on", "in", "for", "with", "its", "their", "all",
        "this", "that", "by", "at", "as", "be", "or",
    ];
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .map(id_part)
        .filter(|w| !w.is_empty() && !SKIP.contains(&w.as_str()))
        .take(n)
        .collect();
    if words.is_empty() {
        "mandate".to_string()
    } else {
        words.join("-")
    }
}

pub(crate) fn ordinal_suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// `s` as an id, or part of one: transliterated to ASCII (`résolution` → `resolution`,
/// `منظمة` → `mnzm`), lowercase letters and digits, every other run of characters one `-`,
/// none at either end. Empty when nothing of `s` has an ASCII letter or digit.
pub fn id_part(s: &str) -> String {
    // The apostrophes and backticks a transliteration writes for a letter (hamza and ayn:
    // `بشأن` → `bsh'n`) are dropped, not made breaks: they are inside a word. Punctuation,
    // `’` included, still breaks words.
    let ascii: String = s
        .chars()
        .map(|c| match c {
            c if c.is_ascii() || !c.is_alphabetic() => {
                std::borrow::Cow::Owned(deunicode::deunicode_char(c).unwrap_or(" ").to_string())
            }
            c => deunicode::deunicode_char(c)
                .unwrap_or(" ")
                .replace(['\'', '`'], "")
                .into(),
        })
        .collect();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
