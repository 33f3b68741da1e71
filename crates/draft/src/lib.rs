//! The drafter: a resolution's plain text → what it asks, of whom and by when, by
//! deterministic rules over paragraphs, sentences and clauses (no model, no network).
//!
//! [`draft`] returns a [`Draft`]: the resolution's header ([`Meta`]), the meetings its
//! deadlines hang on ([`DraftEvent`]) and its mandates ([`DraftMandate`]), each guess with
//! the reason the user should check it. Writing that as a resolution file is the caller's
//! business (`oic-track draft` writes TOML with `# check:` comments, or JSON).
//!
//! `segment` cuts the text, `classify` finds the verbs that open clauses, `actor` names
//! who is asked, `deadline` reads by when, `meta` reads the header; `due` holds the
//! deadline values. Every verb, phrase and word list the rules know is in `table`.
//! `builder` reads the paragraphs in order and makes the clauses that ask into mandates;
//! its children split that by concern: `items` (a chapeau's items, lead-ins), `requests`
//! (the clause that asks, and of whom), `decisions` (what a text decides), `foreign`
//! (French and Arabic paragraphs, read by `fr` and `ar`) and `push` (a mandate's deadline,
//! meeting and id). `restated` drops the mandates that restate another; `ids` makes
//! summaries and id slugs.

mod actor;
mod ar;
mod builder;
mod classify;
mod dated;
mod deadline;
mod due;
mod fr;
mod grid;
mod ids;
pub mod input;
mod meta;
mod newsdue;
mod odt;
mod recur;
mod restated;
mod segment;
mod table;
mod visual;

use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

use crate::builder::Builder;
use crate::restated::drop_restated;
use crate::segment::Para;

pub use actor::Actor;
pub use due::{Anchor, Due, Fuzzy};
pub use meta::{Guess, Meta};
pub use recur::Every;
pub use table::SpanUnit;

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

/// What the caller knows beyond the text.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--adopted`: wins over any date in the text.
    pub adopted: Option<Date>,
    /// The run's "today": the adoption day of last resort, marked for checking.
    pub today: Date,
}

/// A drafted resolution.
#[derive(Debug, Clone)]
pub struct Draft {
    pub meta: Meta,
    /// The meetings the mandates' deadlines name, each defined once.
    pub events: Vec<DraftEvent>,
    pub mandates: Vec<DraftMandate>,
}

/// A meeting a drafted deadline refers to. Every `check` is `Some(why)` where the user
/// should check the value against the text (a resolution file's `# check:` comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftEvent {
    pub id: String,
    pub name: String,
    pub date: Fuzzy,
    pub check: Option<String>,
}

/// A drafted mandate. Each `*_check` is `Some(why)` where the user should check that value
/// against the text.
#[derive(Debug, Clone)]
pub struct DraftMandate {
    /// Unique in the draft, lowercase letters, digits and `-`: `p3a-strengthen-support-national`.
    pub id: String,
    pub paragraph: Option<u32>,
    pub paragraph_check: Option<String>,
    /// Who is asked, each with its own check.
    pub actors: Vec<Actor>,
    pub summary: String,
    pub text: String,
    pub due: Option<Due>,
    /// The words that gave the deadline, as written.
    pub due_phrase: String,
    pub due_check: Option<String>,
    pub tags: Vec<String>,
    pub tags_check: Option<String>,
    /// "annually": written as a note when it names no period (`every` is `None`).
    pub recurring: Option<String>,
    /// "annually", "every 120 days", "monthly ... through 1 July 2024": the period and end
    /// of a recurring deadline; `due`, when there is one, is its first occurrence.
    pub every: Option<Every>,
}

/// The language a text is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Ar,
}

impl Lang {
    /// The language of `text`, from its function words.
    pub fn detect(text: &str) -> Lang {
        if ar::is_arabic(text) {
            Lang::Ar
        } else if fr::is_french(text) {
            Lang::Fr
        } else {
            Lang::En
        }
    }
}

/// Drafts a resolution from its text, in the language its words show.
pub fn draft(text: &str, opts: &Options) -> Draft {
    draft_in(text, opts, None)
}

/// Drafts a resolution from its text read in `lang` (`None`: the language its words show).
pub fn draft_in(text: &str, opts: &Options, lang: Option<Lang>) -> Draft {
    let text = segment::normalize(&segment::unshouted(text.trim_start_matches('\u{feff}')));
    let lang = lang.unwrap_or_else(|| Lang::detect(&text));
    let text = match lang {
        Lang::Ar => ar::normalize(&text),
        Lang::Fr => fr::break_clause_lines(&text),
        Lang::En => segment::ultimatums(&text).into_owned(),
    };
    let paras = segment::in_sequence(segment::paragraphs(&text), |t| {
        classify::triggers(t).first().is_some_and(|t| t.start <= 2)
    });
    let paras = if lang == Lang::Fr {
        fr::split_run_on(paras)
    } else {
        paras
    };
    let meta = read_meta(&paras, &text, lang, opts);
    // An encyclopedia page's trailer ("انظر أيضا", "المراجع") and its numbered references
    // are no part of the text.
    let paras = match paras
        .iter()
        .position(|p| lang == Lang::Ar && ar::page_trailer(&p.text))
    {
        Some(end) => paras[..end].to_vec(),
        None => paras,
    };
    // A text is numbered by a number that has words of its own: "(1)" alone (a document
    // site's page mark) or a "10." under "rédigé comme suit :" (the quoted paragraph's
    // first words, cut by the excerpt) numbers no paragraph of the text.
    let numbered = paras.iter().any(|p| {
        p.number.is_some() && (!p.subs.is_empty() || p.text.chars().any(char::is_alphabetic))
    });
    let mut b = Builder::new(meta, numbered);
    // An annex (terms of reference, a list) follows the resolution: it is not its text.
    let end = paras
        .iter()
        .position(|p| ANNEX.is_match(p.text.trim()))
        .unwrap_or(paras.len());
    let paras = &paras[..end];
    if lang == Lang::En {
        // "Decides, (b) To renew the mandate ... until D": a renewal may be an item.
        b.mandate_end = paras.iter().find_map(|p| {
            renewal_end(&p.text).or_else(|| p.subs.iter().find_map(|s| renewal_end(&s.text)))
        });
    } else if lang == Lang::Fr {
        // "proroge jusqu'au D le mandat du Groupe": the same in French.
        b.mandate_end = paras.iter().find_map(|p| {
            fr::renewal_end(&p.text)
                .or_else(|| p.subs.iter().find_map(|s| fr::renewal_end(&s.text)))
        });
    }
    b.read_paragraphs(paras, lang, numbered);
    drop_restated(&mut b.mandates, paras, lang, numbered);
    Draft {
        meta: b.meta,
        events: b.events,
        mandates: b.mandates,
    }
}

/// What the text says of itself, with the adoption day and the body a French or Arabic
/// text names.
fn read_meta(paras: &[Para], text: &str, lang: Lang, opts: &Options) -> Meta {
    let mut meta = meta::read(paras, opts.adopted, opts.today);
    let foreign_body = match lang {
        Lang::Fr => fr::body(paras.iter().map(|p| p.text.clone())),
        Lang::Ar => ar::body(text.lines().map(String::from)),
        Lang::En => None,
    };
    if meta.adopted_is_fallback
        && let Some(adopted) = dated::adopted(paras, lang)
    {
        meta.adopted = adopted;
        meta.adopted_is_fallback = false;
    }
    if let Some(body) = foreign_body {
        // The English rules named no body: the title they made up names none either.
        meta.title.value = meta.title.value.replace(&meta.body.value, &body);
        meta.body = Guess::sure(body);
    }
    meta
}

/// "Decides to extend the mandate of X until 31 January 2037", "renews until 15 May 2037
/// the measures": the day a renewal runs to.
fn renewal_end(text: &str) -> Option<jiff::civil::Date> {
    let m = RENEWAL_UNTIL.captures(text)?;
    match deadline::parse(&format!("by {}", &m[1]), None).found {
        Some(deadline::Found::On(Fuzzy::Day(day))) => Some(day),
        _ => None,
    }
}

static RENEWAL_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:extend|extends|renew|renews)\b[^;]{0,160}?\buntil\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
        .expect("valid regex")
});

/// "Annex", "ANNEX II", "Appendix": a heading alone on its line.
static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
    let headings = any_of(table::ANNEX_HEADINGS);
    Regex::new(&format!(
        r"^(?i:{headings})(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}}|[A-Z]))?$"
    ))
    .expect("valid regex")
});

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

#[cfg(test)]
mod judge;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_act_kinds;
#[cfg(test)]
mod tests_ar_res10_kinds;
#[cfg(test)]
mod tests_ar_res11_kinds;
#[cfg(test)]
mod tests_ar_res12_kinds;
#[cfg(test)]
mod tests_ar_res13_kinds;
#[cfg(test)]
mod tests_ar_res15_kinds;
#[cfg(test)]
mod tests_ar_res17_kinds;
#[cfg(test)]
mod tests_ar_res18_kinds;
#[cfg(test)]
mod tests_ar_res19_kinds;
#[cfg(test)]
mod tests_ar_res20_kinds;
#[cfg(test)]
mod tests_ar_res21_kinds;
#[cfg(test)]
mod tests_ar_res22_kinds;
#[cfg(test)]
mod tests_ar_res23_kinds;
#[cfg(test)]
mod tests_ar_res24_kinds;
#[cfg(test)]
mod tests_ar_res25_kinds;
#[cfg(test)]
mod tests_ar_res26_kinds;
#[cfg(test)]
mod tests_ar_res27_kinds;
#[cfg(test)]
mod tests_ar_res28_kinds;
#[cfg(test)]
mod tests_ar_res29_kinds;
#[cfg(test)]
mod tests_ar_res30_kinds;
#[cfg(test)]
mod tests_ar_res31_kinds;
#[cfg(test)]
mod tests_ar_res32_kinds;
#[cfg(test)]
mod tests_ar_res33_kinds;
#[cfg(test)]
mod tests_ar_res34_kinds;
#[cfg(test)]
mod tests_ar_res35_kinds;
#[cfg(test)]
mod tests_ar_res36_kinds;
#[cfg(test)]
mod tests_ar_res37_kinds;
#[cfg(test)]
mod tests_ar_res38_kinds;
#[cfg(test)]
mod tests_ar_res39_kinds;
#[cfg(test)]
mod tests_ar_res40_kinds;
#[cfg(test)]
mod tests_ar_res41_kinds;
#[cfg(test)]
mod tests_ar_res42_kinds;
#[cfg(test)]
mod tests_brief;
#[cfg(test)]
mod tests_comm_kinds;
#[cfg(test)]
mod tests_deadline_kinds;
#[cfg(test)]
mod tests_en_kinds;
#[cfg(test)]
mod tests_fifth_kinds;
#[cfg(test)]
mod tests_fix3_kinds;
#[cfg(test)]
mod tests_formal_kinds;
#[cfg(test)]
mod tests_fr_res15_kinds;
#[cfg(test)]
mod tests_fr_res17_kinds;
#[cfg(test)]
mod tests_fr_res18_kinds;
#[cfg(test)]
mod tests_fr_res19_kinds;
#[cfg(test)]
mod tests_fr_res20_kinds;
#[cfg(test)]
mod tests_fr_res21_kinds;
#[cfg(test)]
mod tests_fr_res22_kinds;
#[cfg(test)]
mod tests_fr_res23_kinds;
#[cfg(test)]
mod tests_fr_res24_kinds;
#[cfg(test)]
mod tests_fr_res25_kinds;
#[cfg(test)]
mod tests_fr_res26_kinds;
#[cfg(test)]
mod tests_fr_res27_kinds;
#[cfg(test)]
mod tests_fr_res28_kinds;
#[cfg(test)]
mod tests_fr_res29_kinds;
#[cfg(test)]
mod tests_fr_res30_kinds;
#[cfg(test)]
mod tests_fr_res31_kinds;
#[cfg(test)]
mod tests_fr_res32_kinds;
#[cfg(test)]
mod tests_fr_res34_kinds;
#[cfg(test)]
mod tests_fr_res35_kinds;
#[cfg(test)]
mod tests_fr_res36_kinds;
#[cfg(test)]
mod tests_fr_res37_kinds;
#[cfg(test)]
mod tests_fr_res38_kinds;
#[cfg(test)]
mod tests_fr_res39_kinds;
#[cfg(test)]
mod tests_grid_actors;
#[cfg(test)]
mod tests_grid_ask_ar;
#[cfg(test)]
mod tests_grid_ask_en;
#[cfg(test)]
mod tests_grid_ask_fr;
#[cfg(test)]
mod tests_grid_common;
#[cfg(test)]
mod tests_grid_deadlines;
#[cfg(test)]
mod tests_grid_deadlines_news;
#[cfg(test)]
mod tests_grid_layout;
#[cfg(test)]
mod tests_grid_not;
#[cfg(test)]
mod tests_hac1_kinds;
#[cfg(test)]
mod tests_hac2_kinds;
#[cfg(test)]
mod tests_hac3_kinds;
#[cfg(test)]
mod tests_har27_kinds;
#[cfg(test)]
mod tests_har28_kinds;
#[cfg(test)]
mod tests_har30_kinds;
#[cfg(test)]
mod tests_har31_kinds;
#[cfg(test)]
mod tests_har33_kinds;
#[cfg(test)]
mod tests_hdl1_kinds;
#[cfg(test)]
mod tests_hdl2_kinds;
#[cfg(test)]
mod tests_hdl3_kinds;
#[cfg(test)]
mod tests_hdl4_kinds;
#[cfg(test)]
mod tests_hdl6_kinds;
#[cfg(test)]
mod tests_hdl8_kinds;
#[cfg(test)]
mod tests_hdl9_kinds;
#[cfg(test)]
mod tests_held25_kinds;
#[cfg(test)]
mod tests_held_kinds;
#[cfg(test)]
mod tests_hen10_kinds;
#[cfg(test)]
mod tests_hen11_kinds;
#[cfg(test)]
mod tests_hen12_kinds;
#[cfg(test)]
mod tests_hen13_kinds;
#[cfg(test)]
mod tests_hen15_kinds;
#[cfg(test)]
mod tests_hen16_kinds;
#[cfg(test)]
mod tests_hen17_kinds;
#[cfg(test)]
mod tests_hen18_kinds;
#[cfg(test)]
mod tests_hen19_kinds;
#[cfg(test)]
mod tests_hen20_kinds;
#[cfg(test)]
mod tests_hen21_kinds;
#[cfg(test)]
mod tests_hen22_kinds;
#[cfg(test)]
mod tests_hen23_kinds;
#[cfg(test)]
mod tests_hen24_kinds;
#[cfg(test)]
mod tests_hen25_kinds;
#[cfg(test)]
mod tests_hen26_kinds;
#[cfg(test)]
mod tests_hen27_kinds;
#[cfg(test)]
mod tests_hen28_kinds;
#[cfg(test)]
mod tests_hen29_kinds;
#[cfg(test)]
mod tests_hen30_kinds;
#[cfg(test)]
mod tests_hen31_kinds;
#[cfg(test)]
mod tests_hen32_kinds;
#[cfg(test)]
mod tests_hen33_kinds;
#[cfg(test)]
mod tests_hen34_kinds;
#[cfg(test)]
mod tests_hen35_kinds;
#[cfg(test)]
mod tests_hen36_kinds;
#[cfg(test)]
mod tests_hen38_kinds;
#[cfg(test)]
mod tests_hen39_kinds;
#[cfg(test)]
mod tests_hen41_kinds;
#[cfg(test)]
mod tests_hen43_kinds;
#[cfg(test)]
mod tests_hen5_kinds;
#[cfg(test)]
mod tests_hen7_kinds;
#[cfg(test)]
mod tests_hfr26_kinds;
#[cfg(test)]
mod tests_hfr27_kinds;
#[cfg(test)]
mod tests_hfr28_kinds;
#[cfg(test)]
mod tests_hfr29_kinds;
#[cfg(test)]
mod tests_hfr30_kinds;
#[cfg(test)]
mod tests_page_mark_kinds;
#[cfg(test)]
mod tests_real_kinds;
#[cfg(test)]
mod tests_un26_kinds;
#[cfg(test)]
mod tests_un27_kinds;
#[cfg(test)]
mod tests_un28_kinds;
#[cfg(test)]
mod tests_un30_kinds;
#[cfg(test)]
mod tests_un31_kinds;
#[cfg(test)]
mod tests_un_kinds;
