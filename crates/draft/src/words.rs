//! Words as the rules read them: a sentence's tokens, folded for comparison; a table's
//! words as a regex alternation; numbers, ordinals and month names written out. The lowest
//! layer of the drafter: it reads `table` and nothing else.

use std::sync::LazyLock;

use crate::table;

/// A word of a sentence: its byte range and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Lowercase, with curly apostrophes straightened.
    pub word: String,
}

/// Folds a word or phrase for comparison: lowercase, straight apostrophes.
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '‐' | '‑' | '–' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of `s`: runs of letters, digits, hyphens and apostrophes.
pub fn tokens(s: &str) -> Vec<Token> {
    token_iter(s).collect()
}

/// The first word of `s`, reading no further: what follows a verb, asked once per verb of
/// a sentence, would otherwise cost the rest of the sentence each time.
pub(crate) fn first_token(s: &str) -> Option<Token> {
    token_iter(s).next()
}

/// [`tokens`], one at a time.
fn token_iter(s: &str) -> impl Iterator<Item = Token> + '_ {
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '‑');
    let mut start = None;
    s.char_indices()
        .chain([(s.len(), ' ')])
        .filter_map(move |(i, c)| match (start, is_word(c) && i < s.len()) {
            (None, true) => {
                start = Some(i);
                None
            }
            (Some(b), false) => {
                start = None;
                let word = fold(s[b..i].trim_matches(['\'', '’', '-']));
                (!word.is_empty()).then_some(Token {
                    start: b,
                    end: i,
                    word,
                })
            }
            _ => None,
        })
}

/// A regex alternation of the table's `words`, in the table's order (the first that fits
/// wins), each escaped, a space matching any run of whitespace.
pub(crate) fn any_of(words: &[&str]) -> String {
    let words: Vec<String> = words
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    words.join("|")
}

/// A month table's names as an alternation, the longest first so that a short form
/// ("sep") never stops a match inside a longer one ("sept", "september").
pub(crate) fn month_names(table: &[(&str, i8)]) -> String {
    let mut names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    any_of(&names)
}

/// The months' names, as an alternation for a pattern outside this module.
pub static MONTH_NAMES: LazyLock<String> = LazyLock::new(|| month_names(table::MONTHS));

/// "ninety", "90", "one hundred and twenty".
pub fn number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let s = s.replace('-', " ");
    table::NUMBER_WORDS
        .iter()
        .find(|(w, _)| w.replace('-', " ") == s)
        .map(|(_, n)| *n)
        .or_else(|| {
            // "twenty one"
            let (tens, unit) = s.split_once(' ')?;
            let t = table::NUMBER_WORDS.iter().find(|(w, _)| *w == tens)?.1;
            let u = table::NUMBER_WORDS.iter().find(|(w, _)| *w == unit)?.1;
            (t >= 20 && u < 10).then_some(t + u)
        })
}

/// "eighty-first", "81st", "fiftieth".
pub fn ordinal(s: &str) -> Option<u32> {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let find = |list: &[(&str, u32)], w: &str| list.iter().find(|(n, _)| *n == w).map(|(_, v)| *v);
    // "twelth", "fourty-first": a misspelt ordinal is the one meant.
    let misspelt = |w: &str| find(table::ORDINAL_MISSPELLINGS, w);
    match s.split_once('-') {
        Some((tens, unit)) => Some(
            find(table::ORDINAL_TENS, tens).or_else(|| misspelt(tens).filter(|t| t % 10 == 0))?
                + find(table::ORDINAL_UNITS, unit)
                    .or_else(|| misspelt(unit).filter(|u| *u < 20))?,
        ),
        None => find(table::ORDINAL_UNITS, s)
            .or_else(|| find(table::ORDINAL_TENS, s).filter(|_| s.ends_with("th")))
            .or_else(|| misspelt(s).filter(|_| s.ends_with("th"))),
    }
}
