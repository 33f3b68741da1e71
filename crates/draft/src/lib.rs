//! The drafter: a resolution's plain text → what it asks, of whom and by when, by
//! deterministic rules over paragraphs, sentences and clauses (no model, no network).
//!
//! [`draft`] returns a [`Draft`]: the resolution's header ([`Meta`]), the meetings its
//! deadlines hang on ([`DraftEvent`]) and its mandates ([`DraftMandate`]), each guess with
//! the reason the user should check it. Writing that as a resolution file is the caller's
//! business (`oic-track draft` writes TOML with `# check:` comments, or JSON).
//!
//! `model` holds the data `draft` returns, with no reading in it. `segment` cuts the text,
//! `classify` finds the verbs that open clauses, `actor` names who is asked, `deadline`
//! reads by when (handing French, Arabic and news wording to `fr`, `ar` and `newsdue`),
//! `meta` reads the header; `due` holds the deadline values. Every verb, phrase and word
//! list the rules know is in `table`; `words` reads words (tokens, folding, numbers, month
//! names) over it. The layers go one way: `table`, then `words`, `due` and `model`, then
//! the readers, then `builder`; `tests/cli/layout.rs` fails on an import cycle.
//! `builder` reads the paragraphs in order and makes the clauses that ask into mandates;
//! its children split that by concern: `items` (a chapeau's items, lead-ins), `requests`
//! (the clause that asks, and of whom), `decisions` (what a text decides), `foreign`
//! (French and Arabic paragraphs, read by `fr` and `ar`) and `push` (a mandate's deadline,
//! meeting and id). `restated` drops the mandates that restate another; `ids` makes
//! summaries and id slugs. The composed tests are in `tests/`, one file per topic or
//! round of rules.

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
mod model;
mod newsdue;
mod recur;
mod restated;
mod segment;
mod surnames;
mod table;
mod visual;
mod words;

use regex::Regex;
use std::sync::LazyLock;

use crate::builder::Builder;
use crate::restated::drop_restated;
use crate::segment::Para;
use crate::words::any_of;

pub use due::{Anchor, Due, Fuzzy};
pub use ids::id_part;
pub use model::{Actor, Draft, DraftEvent, DraftMandate, Every, Guess, Lang, Meta, Options};
pub use table::SpanUnit;

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
    let paras = if lang == Lang::En {
        segment::cited_paragraphs_numbered(paras)
    } else {
        paras
    };
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
    if lang == Lang::En {
        surnames::titled_surnames(&mut b.mandates, &text);
    }
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
        Some(crate::due::Found::On(Fuzzy::Day(day))) => Some(day),
        _ => None,
    }
}

/// "... until 30 September 2039", "... until 30 Sept. 2039": the day a renewal runs to.
static RENEWAL_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:extend|extends|renew|renews)\b[^;]{0,160}?\buntil\s+(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})")
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

#[cfg(test)]
mod judge;
#[cfg(test)]
mod tests;
