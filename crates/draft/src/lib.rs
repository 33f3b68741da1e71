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

mod actor;
mod ar;
mod classify;
mod dated;
mod deadline;
mod due;
mod fr;
mod grid;
pub mod input;
mod meta;
mod recur;
mod segment;
mod table;
mod visual;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

pub use actor::Actor;
pub use due::{Anchor, Due, Fuzzy};
pub use meta::{Guess, Meta};
pub use recur::Every;
pub use table::SpanUnit;

use actor::Context;
use classify::{Clause, fold};
use deadline::Found;
use segment::Para;
use table::Kind;

/// A regex alternation of the table's `words`, in the table's order (the first that fits
/// wins), each escaped, a space matching any run of whitespace.
pub(crate) fn any_of(words: &[&str]) -> String {
    let words: Vec<String> = words
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    words.join("|")
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
    let numbered = paras.iter().any(|p| p.number.is_some());
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
    }
    b.read_paragraphs(paras, lang, numbered);
    drop_restated(&mut b.mandates, paras, lang, numbered);
    Draft {
        meta: b.meta,
        events: b.events,
        mandates: b.mandates,
    }
}

/// "1. MEMBRES DE L'UNION" over unnumbered paragraphs of prose, as a meeting's summary
/// numbers its sections: a short numbered line that ends no sentence and asks nothing. The
/// unnumbered paragraphs after it are that section's, under its number.
fn section_heading(p: &Para) -> bool {
    let text = p.text.trim();
    p.subs.is_empty()
        && text.split_whitespace().count() <= 10
        && text.chars().last().is_some_and(char::is_alphanumeric)
        && classify::triggers(text).is_empty()
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

/// Drops the mandates a text restates: an Arabic text's repeated decisions, an unnumbered
/// French text's headlines.
fn drop_restated(mandates: &mut Vec<DraftMandate>, paras: &[Para], lang: Lang, numbered: bool) {
    if lang == Lang::Ar {
        ar::drop_restated_decisions(mandates);
        ar::fuller_committee_names(mandates);
    }
    if lang == Lang::En && !numbered {
        drop_title_case_headlines(mandates, paras);
    }
    if lang == Lang::Fr && !numbered {
        // The lede, the first paragraph, restates as a headline does.
        let headlines: HashSet<u32> = paras
            .iter()
            .enumerate()
            .filter(|(k, p)| *k == 0 || fr::headline(&p.text))
            .map(|(_, p)| p)
            .filter_map(|p| u32::try_from(p.ordinal).ok())
            .collect();
        fr::drop_restated_headlines(mandates, &headlines);
    }
}

/// "Members Call on Growers to Keep Pledge on Seeds", "COUNCIL CALLS FOR
/// CESSATION OF HOSTILITIES": a press page's headline, set in capitals or title case, that
/// the paragraphs after it state as requests; its own reading is dropped when a later
/// paragraph asks anything.
fn drop_title_case_headlines(mandates: &mut Vec<DraftMandate>, paras: &[Para]) {
    let headlines: HashSet<u32> = paras
        .iter()
        .filter(|p| title_case_line(&p.text))
        .filter_map(|p| u32::try_from(p.ordinal).ok())
        .collect();
    let last = mandates.iter().filter_map(|m| m.paragraph).max();
    mandates.retain(|m| {
        !m.paragraph
            .is_some_and(|p| headlines.contains(&p) && last.is_some_and(|l| l > p))
    });
    drop_short_headlines(mandates, paras);
    drop_restated_lede(mandates, paras);
}

/// "The Union has called on X to hand over power within 15 days." over "The Council
/// “demands that X step aside and hand over power ... within 15 days.”": a news page's
/// first paragraph whose request a later paragraph makes of the same actors, in most of its
/// words, is that paragraph's lede.
fn drop_restated_lede(mandates: &mut Vec<DraftMandate>, paras: &[Para]) {
    let Some(head) = paras
        .iter()
        .find(|p| !p.text.trim().is_empty())
        .and_then(|p| u32::try_from(p.ordinal).ok())
    else {
        return;
    };
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().count() >= 4)
            .map(fold)
            .collect()
    };
    let text_of = |p: u32| {
        paras
            .iter()
            .find(|q| u32::try_from(q.ordinal).ok() == Some(p))
            .map(|q| fold(&q.text))
    };
    let names = |m: &DraftMandate| m.actors.iter().map(|a| fold(&a.name)).collect::<Vec<_>>();
    // "Immediately suspend Sudan ..." and "Suspend the participation of Sudan ...": the
    // action's verb, past an adverb.
    let verb = |m: &DraftMandate| {
        m.summary
            .split_whitespace()
            .map(fold)
            .find(|w| !w.ends_with("ly"))
            .unwrap_or_default()
    };
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            let own = words(m.summary.trim_end_matches('…'));
            m.paragraph == Some(head)
                && own.len() >= 4
                && mandates.iter().any(|o| {
                    let Some(later) = o.paragraph.filter(|p| *p > head).and_then(text_of) else {
                        return false;
                    };
                    let shared = own.iter().filter(|w| later.contains(w.as_str())).count();
                    // The same verb and one more word ("suspend ... Sudan"): "Uphold the
                    // suspension of A" is not restated by "Uphold the sanctions on B".
                    let theirs = fold(&o.summary);
                    let both = own.iter().filter(|w| theirs.contains(w.as_str())).count();
                    let same_verb = verb(o) == verb(m) && both >= 2;
                    names(o) == names(m) && (shared * 10 >= own.len() * 7 || same_verb)
                })
        })
        .collect();
    let mut k = 0;
    mandates.retain(|_| {
        k += 1;
        !restated[k - 1]
    });
}

/// "UN asks Syria to withdraw troops" over "The Council on Tuesday urged Syria to withdraw
/// ...": a page's first short line with no closing stop whose request a later paragraph
/// makes of the same actors is the headline of that paragraph.
fn drop_short_headlines(mandates: &mut Vec<DraftMandate>, paras: &[Para]) {
    let Some(first) = paras.iter().find(|p| !p.text.trim().is_empty()) else {
        return;
    };
    let t = first.text.trim();
    let short = !t.contains('\n')
        && t.split_whitespace().count() <= 12
        && !t.ends_with(['.', ';', ':', '"', '”']);
    let Some(head) = u32::try_from(first.ordinal).ok().filter(|_| short) else {
        return;
    };
    let names = |m: &DraftMandate| m.actors.iter().map(|a| fold(&a.name)).collect::<Vec<_>>();
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            m.paragraph == Some(head)
                && mandates
                    .iter()
                    .any(|o| o.paragraph.is_some_and(|p| p > head) && names(o) == names(m))
        })
        .collect();
    let mut k = 0;
    mandates.retain(|_| {
        k += 1;
        !restated[k - 1]
    });
}

/// A short block (three lines at most) with no closing stop whose longer words (four
/// letters or more) open with a capital, four of five of them and at least four.
fn title_case_line(text: &str) -> bool {
    let t = text.trim();
    let short = t.lines().count() <= 3 && t.split_whitespace().count() <= 40;
    if t.is_empty() || !short || t.ends_with(['.', ';', ':', '"', '”']) {
        return false;
    }
    let long: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    // "from", "with", "into": a title's short prepositions stay in lower case.
    let capital = long
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    capital >= 4 && capital * 5 >= long.len() * 4
}

/// A paragraph of an unnumbered text that repeats an earlier one word for word (a web
/// page's copy that gives its text twice): its requests are those already read.
/// Short lines ("Pathé TOURE", "Le Conseil,") may recur without repeating anything.
fn repeated(text: &str, seen: &mut HashSet<String>) -> bool {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    words.chars().count() >= 80 && !seen.insert(words)
}

/// A preambular paragraph: opens with a participle and ends as a preamble does (with a
/// comma), or stands unnumbered among numbered paragraphs.
fn is_preamble(p: &Para, numbered: bool) -> bool {
    // "Calling on the international community to ...," "Encouraging ...,": a request verb's
    // participle opens a preambular paragraph as "Recalling" does.
    let participle =
        |t: &classify::Trigger| t.form.split(' ').next().is_some_and(|w| w.ends_with("ing"));
    // "The Economic and Social Council, Reiterating ...,": the body's name before its
    // preamble on the same line.
    let text = FORMAL_OPENING
        .find(&p.text)
        .map_or(p.text.as_str(), |m| &p.text[m.end()..]);
    let first = classify::triggers(text).into_iter().next();
    // "Looking forward to ...,", "Acting under Chapter VII ...,", "Encouraged by ...,": any
    // participle that opens a paragraph ending in a comma opens a preamble, listed or not.
    let word = text.split_whitespace().next().unwrap_or("");
    let any_participle = word.starts_with(char::is_uppercase)
        && word.len() > 5
        && (word.ends_with("ing") || word.ends_with("ed"))
        && p.text.trim_end().ends_with(',');
    let opens = any_participle
        || first
            .as_ref()
            .is_some_and(|t| (t.kind == Kind::Preamble || participle(t)) && t.start <= 2);
    // "3. Demanding that all parties ...;": a numbered paragraph that ends as an operative
    // one does, opened by a request's participle, asks.
    let operative = p.number.is_some()
        && p.text.trim_end().ends_with(';')
        && first.is_some_and(|t| t.kind == Kind::Addressed);
    let ends = p.text.trim_end().ends_with(',') || (p.text.trim_end().ends_with(';') && !operative);
    opens && (ends || (numbered && p.number.is_none()))
}

/// " to implement the following", " to act as follows": a chapeau's infinitive that only
/// opens its list.
static LIST_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^ to(?: \w+){1,2} (?:the following(?: \w+)?|as follows)$")
        .expect("valid regex")
});

/// An item that opens with a qualifier before its infinitive: "In consultation with Member
/// States, to prepare ...".
static QUALIFIED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let openers = any_of(table::QUALIFIER_OPENERS);
    Regex::new(&format!(r"^\s*(?:{openers})\b[^;:]*?,\s+(to\s.*)$")).expect("valid regex")
});

/// ", at its eighty-sixth session, in 2031," set off by commas before a that-clause's subject.
static INSERTED_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthat\s*,\s*(at\s+(?:its|the)\s+[^,;]{3,60}?\bsessions?)\s*,")
        .expect("valid regex")
});

/// " by 20 May 2037" at an addressee's end: a date before the addressee's "to".
static ACTOR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let by = table::BY_WORDS
        .iter()
        .map(|w| w.replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?i),?\s+(?:{by})\s+[^,;]{{0,30}}?(?:\d{{4}}|\d{{1,2}}\s+\p{{L}}+|\p{{L}}+\s+\d{{1,2}}),?$"
    ))
    .expect("valid regex")
});

/// The deadline an addressee's name ends with, taken off the name.
fn actor_date(actors: &mut [actor::Actor], known: Option<Date>) -> Option<deadline::Deadline> {
    let mut found = None;
    for a in actors.iter_mut() {
        let Some(m) = ACTOR_DATE.find(&a.name) else {
            continue;
        };
        let dl = deadline::parse(m.as_str().trim_matches([',', ' ']), known);
        if matches!(dl.found, Some(Found::On(_))) {
            a.name.truncate(m.start());
            found = found.or(Some(dl));
        }
    }
    found
}

/// ", and shall ..." right after an action (which may keep its "and"): the same subject's
/// obligation goes on.
static SAME_OBLIGATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*,?\s*(?:and\s+)?(?:shall|should)\s").expect("valid regex"));

/// "to be held in Lima from 4 to 6 October 2037": a meeting dated in apposition.
static APPOSED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bto\s+be\s+held\b[^;]{0,60}?\bfrom\s+\d{1,2}\s*(?:to|until|-|–)\s*\d{1,2}\s+[a-z]+\s+(?:19|20|21)\d{2}\b")
        .expect("valid regex")
});

static STARTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:starting|beginning|commencing)\s+(?:from\s+|on\s+|in\s+)?((?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4})")
        .expect("valid regex")
});

/// A name that opens with a preposition or a number, or a bare verb form of the table:
/// no actor.
fn is_stray_phrase(name: &str) -> bool {
    let first = fold(name.split_whitespace().next().unwrap_or(""));
    table::STRAY_OPENERS.contains(&first.as_str())
        || table::RULE_NOUNS.contains(&first.as_str())
        || first.starts_with(|c: char| c.is_ascii_digit())
}

/// "... shall not apply to", "shall also apply to the persons designated as:": a chapeau
/// that says what a rule covers.
static SAYS_WHAT_HOLDS: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::STATE_VERBS);
    Regex::new(&format!(
        r"(?i)(?:^|\b(?:shall|should|will|does|do)\s+)(?:also\s+)?(?:not\s+)?(?:{verbs})\s+(?:to|in|with)\b"
    ))
    .expect("valid regex")
});

/// "... days before / at / by the end of its current mandate", "at the end of this period"
/// (after a renewal "for six months, that is, until D"): the mandate's end, with the days
/// counted back from it.
static MANDATE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(\d+|[a-z]+(?:-[a-z]+)?)\s+days\s+)?\b(?:before|by|at|prior\s+to|upon|no\s+later\s+than|not\s+later\s+than)\s+the\s+(?:end|expiry|expiration|conclusion|termination)\s+of\s+(?:(?:its|their|the)\s+(?:current\s+|present\s+)?mandate\b|(?:this|that|the\s+said|the\s+current|the\s+present)\s+period\b)")
        .expect("valid regex")
});

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

/// "report to the next summit, due to be held in November 2037", "at its next
/// meeting, scheduled for June 2037": the month (or day) the words after the meeting give.
fn held_after(action: &str, phrase: &str, known: Option<Date>) -> Option<Fuzzy> {
    let end = action.find(phrase)? + phrase.len();
    let when = HELD_AFTER.captures(&action[end..])?;
    match deadline::parse(&format!("by {}", &when[1]), known).found {
        Some(deadline::Found::On(f @ (Fuzzy::Day(_) | Fuzzy::Month { .. }))) => Some(f),
        _ => None,
    }
}

static HELD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:(?:which|that)\s+is\s+|(?:due|scheduled|expected|planned|set)\s+)?(?:to\s+be\s+held\b[^;.,]{0,40}?\b(?:in|on)|for)\s+((?:\d{1,2}\s+)?(?-i:\p{Lu})\p{Ll}+,?\s+(?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// The first day of the Nth session when the text names it with "to be held ... from D to
/// D Month YYYY" right after.
fn dated_session(text: &str, n: u32, known: Option<Date>) -> Option<(Fuzzy, Option<String>)> {
    APPOSED_MEETING.find_iter(text).find_map(|m| {
        let back = text[..m.start()]
            .char_indices()
            .rev()
            .nth(160)
            .map_or(0, |(at, _)| at);
        let named = NAMED_SESSION.captures_iter(&text[back..m.start()]).last()?;
        if deadline::ordinal(&fold(&named[1])) != Some(n) {
            return None;
        }
        match deadline::parse(m.as_str(), known).found {
            Some(deadline::Found::On(day @ Fuzzy::Day(_))) => {
                Some((day, named.get(2).map(|b| b.as_str().trim().to_string())))
            }
            _ => None,
        }
    })
}

/// "the seventh session": a session named by its rank.
static NAMED_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+([a-z]+(?:-[a-z]+)?)\s+session\b(?:\s+of\s+(?:the\s+)?((?-i:\p{Lu})[\w'’ -]*?)\s*,)?")
        .expect("valid regex")
});

/// A request found in a clause, before it becomes a mandate.
struct Candidate {
    actors: Vec<Actor>,
    action: String,
    origin: Origin,
}

/// Why a clause became a mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// The text asks for it.
    Request,
    /// The text praises an actor's own action ("commends the decision of X to ...").
    Commended,
    /// An actor offered it ("Azerbaijan offered to host the meeting").
    Offered,
}

/// A clause that ends in a colon and governs the numbered paragraphs after it: "The Summit
/// decided as follows:" + "1. To establish ...".
#[derive(Debug, Clone)]
struct LeadIn {
    trigger: classify::Trigger,
    rest: String,
    before: String,
    sentence: String,
    /// Its paragraph's number and note, for its own request when no item follows it.
    number: Option<u32>,
    no_number: Option<String>,
    /// An item has taken its verb.
    used: bool,
}

struct Builder {
    /// The text numbers its paragraphs (a formal resolution, not a communiqué).
    formal: bool,
    lead_in: Option<LeadIn>,
    /// The number of a paragraph that quotes an instrument ("approves the following
    /// amendment:"): the paragraphs after it are the quoted text until a higher number.
    quoting: Option<u32>,
    meta: Meta,
    ctx: Context,
    events: Vec<DraftEvent>,
    mandates: Vec<DraftMandate>,
    /// The mandates' ids, and for each id base the next suffix to try: a long paragraph
    /// gives many mandates the same base, and a search of every mandate for each suffix
    /// tried grew with the cube of their number.
    ids: HashSet<String>,
    next_suffix: HashMap<String, usize>,
    /// A French or Arabic "Décide :" / "يقرر" that governs the paragraphs after it: `true`
    /// over numbered paragraphs (until an unnumbered one), `false` over the next one only.
    foreign_lead: Option<bool>,
    /// A French chapeau's addressee ("a appelé les gouvernements à :") in an unnumbered
    /// text: what the infinitive lines after it each ask.
    item_askee: Option<Vec<String>>,
    /// The end of the period a mandate was extended to ("حتى 30 حزيران 2027"): what "مع
    /// نهاية مدة التمديد" in a later request dates; in French, "jusqu'au 30 juin 2004" that "à la
    /// fin de cette période" names.
    period_end: Option<jiff::civil::Date>,
    /// A deadline a foreign rule read outside the action, for the next mandate pushed.
    pending_due: Option<jiff::civil::Date>,
    /// The day the text extends or renews a mandate until ("Decides to extend the mandate
    /// of the Mission until 31 January 2037"): what "before the end of its current
    /// mandate" in a later request dates.
    mandate_end: Option<jiff::civil::Date>,
    /// The first date (or dated meeting) the last English paragraph that gave one gave:
    /// what "on that date", "by the deadline" in a later paragraph name.
    last_date: Option<(deadline::Found, String)>,
    /// The last French sentence gave one person's words ("..., a déclaré X, le président de
    /// la Commission"): an "Il a exhorté ..." after it is that person's too.
    one_speaker: bool,
    /// The names the last French sentences listed ("le Maroc, l'Algérie et la Mauritanie"):
    /// what "les" stands for in "Le Conseil les encourage à ..." after them.
    listed: Option<Vec<String>>,
    /// The last unnumbered paragraph headed a list of decisions ("Decisions and Directives
    /// of the Council:"): a numbered "The Secretariat to ..." under it asks the Secretariat.
    decision_list: bool,
    /// The last unnumbered paragraph, for a heading a layout broke over two lines.
    last_unnumbered: String,
    /// An Arabic continuation page ("(تابع) ..."): the place of its first numbered
    /// paragraph, before which an item cut at the page's head ends.
    continued_until: Option<usize>,
}

/// What a paragraph's own sentences leave for its lettered items.
#[derive(Default)]
struct ForItems<'a> {
    /// The chapeau clause (and its sentence) whose verb the items take.
    inherited: Option<(Clause<'a>, &'a str)>,
    /// The items list what the chapeau's request holds: they ask nothing of their own.
    contents: bool,
    /// The items illustrate a request the chapeau made whole.
    illustrated: bool,
}

impl Builder {
    fn new(meta: Meta, numbered: bool) -> Builder {
        Builder {
            formal: numbered,
            lead_in: None,
            quoting: None,
            ctx: Context {
                org: meta.org.clone(),
            },
            meta,
            events: Vec::new(),
            mandates: Vec::new(),
            ids: HashSet::new(),
            next_suffix: HashMap::new(),
            foreign_lead: None,
            item_askee: None,
            period_end: None,
            one_speaker: false,
            listed: None,
            decision_list: false,
            last_unnumbered: String::new(),
            pending_due: None,
            mandate_end: None,
            continued_until: None,
            last_date: None,
        }
    }

    /// Reads the resolution's paragraphs in order: grid rows, and the mandates of each
    /// paragraph not in the header or preamble.
    fn read_paragraphs(&mut self, paras: &[Para], lang: Lang, numbered: bool) {
        if lang == Lang::Ar && paras.iter().any(|p| ar::continuation_heading(&p.text)) {
            self.continued_until = paras.iter().find(|p| p.number.is_some()).map(|p| p.ordinal);
        }
        let mut grid: Option<grid::Columns> = None;
        let mut seen = HashSet::new();
        let mut section = None;
        let mut item: Option<u32> = None;
        // "The five points are:" + "First, there shall be ...": an earlier text's points, as
        // a news page quotes them.
        let mut quoted_points = false;
        for p in paras {
            if !numbered && repeated(&p.text, &mut seen) {
                continue;
            }
            section = p
                .number
                .map_or(section, |n| section_heading(p).then_some(n));
            if quoted_points && ORDINAL_OPENING.is_match(&p.text) {
                continue;
            }
            quoted_points = lang == Lang::En && POINTS_ARE.is_match(&p.text);
            if let Some(cols) = grid::Columns::of(&p.text) {
                grid = Some(cols);
                continue;
            }
            if let Some(row) = grid.as_ref().and_then(|cols| cols.row(&p.text)) {
                self.table_row(&row, p.number);
                continue;
            }
            grid = None;
            if self.meta.header.contains(&p.ordinal) || is_preamble(p, numbered) {
                continue;
            }
            let paragraph = if numbered {
                // An English agenda item's title, or a French or Arabic section's short
                // heading, numbers the unnumbered paragraphs under it.
                p.number.or(if lang == Lang::En { item } else { section })
            } else {
                u32::try_from(p.ordinal).ok()
            };
            if lang == Lang::En && numbered {
                item = agenda_item(p, item);
            }
            if lang != Lang::En {
                self.foreign_text_paragraph(p, paragraph, lang, numbered);
                continue;
            }
            self.paragraph(p, paragraph, numbered);
            self.remember_date(&p.text);
        }
    }

    /// Keeps the first date a paragraph gives (a day, a month, a year, a dated meeting),
    /// for "on that date" in a later one.
    fn remember_date(&mut self, text: &str) {
        let found = deadline::parse(text, Some(self.meta.adopted.value));
        if let Some(
            f @ (deadline::Found::On(_)
            | deadline::Found::BeforeEvent { .. }
            | deadline::Found::Session { held: Some(_), .. }),
        ) = found.found
        {
            self.last_date = Some((f, found.phrase));
        }
    }

    /// A paragraph of a French or Arabic text: a lead over the numbered paragraphs, a
    /// preambular paragraph, or one that may ask.
    fn foreign_text_paragraph(
        &mut self,
        p: &Para,
        paragraph: Option<u32>,
        lang: Lang,
        numbered: bool,
    ) {
        let rules = if lang == Lang::Fr { FRENCH } else { ARABIC };
        if lang == Lang::Fr && self.chapeau_item(p, paragraph, numbered) {
            return;
        }
        // A French paragraph outside the numbered ones may still ask ("À la même
        // séance, le Conseil a décidé d'inviter ..."), unless it is preambular.
        let outside = numbered && p.number.is_none();
        if outside && rules.leads {
            // "يقرر" over the numbered paragraphs after it: each is a decision.
            let leads = (rules.decides_items)(&p.text);
            self.foreign_lead = leads.then_some(true);
            // "يقرّر المجلس الموافقة على توصية ...: ... ثانياً - ترك الأمر إلى X ...": a
            // council's record of decisions, some with numbered items, each decision
            // unnumbered; one that leads nothing, or leads its own items, asks as itself.
            let own = !leads || !p.subs.is_empty();
            // "... ويهيب بالدول الأعضاء أن ...": the tail of an item a continuation page
            // cut at its head, before its first numbered paragraph.
            let tail = self.continued_until.is_some_and(|first| p.ordinal < first)
                && ar::operative_tail(&p.text);
            if own && lang == Lang::Ar && (ar::opens_decision(&p.text) || tail) {
                // Its items are read as its own, not its chapeau's words as an item.
                self.foreign_lead = None;
                self.foreign_paragraph(p, paragraph, &rules);
            }
        } else if lang == Lang::Fr && !numbered && fr::preamble_paragraph(&p.text) {
            // "Rappelant la Décision ..., demandant ... ;": an unnumbered text's
            // preambular paragraph recounts; it asks nothing.
        } else if !outside || (lang == Lang::Fr && !fr::preambular(&p.text)) {
            self.foreign_paragraph(p, paragraph, &rules);
        }
        if lang == Lang::Fr && p.subs.is_empty() {
            self.item_askee = fr::chapeau_actors(&p.text);
        }
    }

    /// An item after a chapeau that names whom its items ask: an unnumbered text's line
    /// ("réaffirmer le rôle du Conseil ;"), or items numbered by their section ("2.1 de
    /// continuer à ...", "2.2 de recourir ..."): a request of them each, at the item's place.
    fn chapeau_item(&mut self, p: &Para, paragraph: Option<u32>, numbered: bool) -> bool {
        let Some(askee) = self.item_askee.clone() else {
            return false;
        };
        let actions: Vec<String> = if numbered {
            std::iter::once(p.text.as_str())
                .chain(p.subs.iter().map(|s| s.text.as_str()))
                .map_while(fr::item_action)
                .collect()
        } else {
            fr::infinitive_line(&p.text).into_iter().collect()
        };
        if actions.is_empty() {
            self.item_askee = None;
            return false;
        }
        for action in actions {
            self.push(french(askee.clone(), action), paragraph, "", &p.text, None);
        }
        true
    }
    /// "Decisions and Directives of the Council:" + "1. The Secretariat to send a mission
    /// by D": a heading names the list, and each numbered item names who acts before its
    /// "to". True when the item was read so.
    fn decision_list_item(
        &mut self,
        p: &Para,
        number: Option<u32>,
        no_number: Option<&String>,
    ) -> bool {
        if p.number.is_none() {
            // "... Recommendations of the 24th" + "Meeting of the Council:": a heading the
            // layout broke over two paragraphs is read whole.
            let joined = format!("{} {}", self.last_unnumbered, p.text.trim());
            self.decision_list = DECISION_HEADING.is_match(p.text.trim())
                || (!self.last_unnumbered.ends_with(['.', ':', ';'])
                    && DECISION_HEADING.is_match(&joined));
            self.last_unnumbered = p.text.trim().to_string();
            return false;
        }
        if !self.decision_list || !classify::triggers(&p.text).is_empty() {
            return false;
        }
        let first = segment::sentences(&p.text).first().copied().unwrap_or("");
        let Some(cand) = self.named_action(first, first) else {
            return false;
        };
        self.push(cand, number, "", first, no_number.cloned());
        true
    }

    fn paragraph(&mut self, p: &Para, number: Option<u32>, numbered: bool) {
        let rewritten = self.decided_chapeau(p);
        let p = rewritten.as_ref().unwrap_or(p);
        let no_number = (numbered && number.is_none())
            .then(|| "this clause is outside the numbered paragraphs".to_string());
        if let Some(quoting) = self.quoting {
            if p.number.is_some_and(|n| n > quoting) {
                self.quoting = None;
            } else {
                return;
            }
        }
        let sentences = segment::sentences(&p.text);
        if self.decision_list_item(p, number, no_number.as_ref()) {
            return;
        }
        if self.under_lead_in(p, number, no_number.as_ref()) {
            return;
        }
        if let Some(cand) = self.that_item(&p.text) {
            self.push(cand, number, "", &p.text, no_number);
            return;
        }
        let mut items = ForItems::default();
        for (k, sentence) in sentences.iter().enumerate() {
            if actor::spoken_by_one(sentence)
                || OFFICIAL_SAID.is_match(sentence)
                || GROWING_CALLS.is_match(sentence)
                || FIRST_PERSON.is_match(sentence)
            {
                continue;
            }
            let last_sentence = k + 1 == sentences.len();
            self.paragraph_sentence(p, number, &no_number, sentence, last_sentence, &mut items);
        }
        self.paragraph_items(p, number, &no_number, &items);
    }

    /// The mandates one sentence of a paragraph asks for; a chapeau's clause is noted in
    /// `items` for the paragraph's items.
    fn paragraph_sentence<'a>(
        &mut self,
        p: &Para,
        number: Option<u32>,
        no_number: &Option<String>,
        sentence: &'a str,
        last_sentence: bool,
        items: &mut ForItems<'a>,
    ) {
        let clauses = classify::clauses(sentence);
        let mut reported = false;
        for (c, clause) in clauses.iter().enumerate() {
            let last = last_sentence && c + 1 == clauses.len();
            // "Emphasises that States should ...": a present-tense view reports what it
            // holds in communiqués too; the past tense ("The Council stressed that ...")
            // reports what was asked.
            let present = !clause.trigger.form.ends_with("ed");
            if self.formal || present || reported {
                // "Reaffirms that the Tribunal shall ...", "Recognizes that the Conference
                // decided to ...": what a view's that-clause reports is not asked here;
                // "..., and requests X to ..." after it is.
                if reported && !self.resumes_after_report(clause) {
                    continue;
                }
                reported = matches!(
                    clause.trigger.kind,
                    Kind::View | Kind::Commends | Kind::Preamble
                ) && VIEW_THAT.is_match(clause.rest);
            }
            // "Decides to approve the following amendment to the statute:" + "4. ...":
            // the approval is the body's act; the text it quotes asks nothing until the
            // resolution's own numbering goes on.
            if last && self.formal && number.is_some() && QUOTES.is_match(clause.rest) {
                self.quoting = number;
                for cand in self.candidates(clause, sentence) {
                    self.push(cand, number, "", sentence, no_number.clone());
                }
                continue;
            }
            // "At its 24th meeting, the Council decided to adopt the following text:":
            // the text after it is the decision, read on its own.
            if ADOPTS_TEXT.is_match(clause.rest) {
                continue;
            }
            if last && p.subs.is_empty() && clause.rest.trim_end().ends_with(':') {
                self.lead_in = Some(LeadIn {
                    trigger: clause.trigger.clone(),
                    rest: clause.rest.to_string(),
                    before: clause.before.to_string(),
                    sentence: sentence.to_string(),
                    number,
                    no_number: no_number.clone(),
                    used: false,
                });
                continue;
            }
            // A paragraph that ends its sentence ("...;" / "...") lends nothing to the
            // items after it: they stand alone.
            // "Urges X to act on the plan;" + "(a) Reach ...; (b) Develop ...": items that open
            // with a bare verb spell out what the request asks of X, a ";" for a ":".
            let semicolon_for_colon = p.text.trim_end().ends_with(';')
                && clause.trigger.kind == Kind::Addressed
                && imperative_items(&p.subs);
            let complete = p.text.trim_end().ends_with([';', '.']) && !semicolon_for_colon;
            let is_chapeau = !p.subs.is_empty() && last && !complete;
            if is_chapeau {
                self.chapeau(p, number, no_number, clause, sentence, items);
                continue;
            }
            let mut cands = self.candidates(clause, sentence);
            if cands.is_empty()
                && let Some(next) = clauses.get(c + 1)
            {
                cands.extend(self.shared_action(clause, next, sentence));
            }
            for cand in cands.into_iter().flat_map(inline_items) {
                self.push(cand, number, "", sentence, no_number.clone());
            }
        }
    }

    /// A chapeau's clause: the request it makes whole, or what it lends its items.
    fn chapeau<'a>(
        &mut self,
        p: &Para,
        number: Option<u32>,
        no_number: &Option<String>,
        clause: &Clause<'a>,
        sentence: &'a str,
        items: &mut ForItems<'a>,
    ) {
        // "Requests X to submit a report that includes:" + "(a) the number of ...":
        // the items are what the report holds; the request is the chapeau's.
        // A resolution's "Calls for practical steps ... that would lead to X:" +
        // "(a) Further efforts by ...; (b) Increased openness ...": the items
        // spell out the steps called for, one request.
        let spelled_out = self.formal
            && clause.trigger.kind == Kind::Unaddressed
            && clause
                .rest
                .trim()
                .trim_end_matches(':')
                .split_whitespace()
                .count()
                > 2
            && p.subs.iter().all(|s| nominal_item(&s.text));
        if spelled_out || lists_contents(clause.rest, &p.subs) {
            if let Some(cand) = self.candidate(clause, sentence) {
                self.push(cand, number, "", sentence, no_number.clone());
            }
            items.contents = true;
            return;
        }
        // "requests the Bureau to address ..., including by considering:" + "(a)
        // Establishing a ceiling": the request is whole; its items illustrate it.
        if ILLUSTRATING.is_match(clause.rest) {
            let cands = self.candidates(clause, sentence);
            items.illustrated = !cands.is_empty();
            for cand in cands {
                let action = ILLUSTRATING.replace(&cand.action, "").trim().to_string();
                let cand = Candidate { action, ..cand };
                self.push(cand, number, "", sentence, no_number.clone());
            }
            if items.illustrated {
                return;
            }
        }
        // "Decides to establish a Committee ... to undertake the following
        // tasks:": setting it up is the body's act; the items are its tasks.
        if clause.trigger.kind == Kind::Decides
            && established_for_tasks(clause.rest.trim()).is_some()
        {
            for cand in self.candidates(clause, sentence) {
                self.push(cand, number, "", sentence, no_number.clone());
            }
        }
        items.inherited = Some((clause.clone(), sentence));
    }

    /// The mandates a paragraph's lettered items ask for.
    fn paragraph_items(
        &mut self,
        p: &Para,
        number: Option<u32>,
        no_number: &Option<String>,
        items: &ForItems<'_>,
    ) {
        // "Whereas Article 9 of the Charter provides:" + "- “The Council shall ...”": the
        // quoted provision asks nothing here.
        let quoted = |sub: &&segment::Sub| {
            QUOTES_PROVISION.is_match(&p.text) && sub.text.trim_start().starts_with(['“', '"', '‘'])
        };
        for sub in p
            .subs
            .iter()
            .filter(|_| !items.contents)
            .filter(|s| !quoted(s))
        {
            let text = format!("{} ({}) {}", p.text, sub.letter, sub.text);
            let own = classify::clauses(&sub.text);
            // "(a) Requests ..." opens with its own verb; "(c) The Commission called on ..."
            // under a chapeau with no verb to lend is a sentence of its own.
            let starts_own = own
                .first()
                .is_some_and(|c| c.trigger.start <= 4 || items.inherited.is_none());
            if items.illustrated && own.first().is_none_or(|c| c.trigger.start > 4) {
                continue;
            }
            let cands: Vec<Candidate> = match (&items.inherited, starts_own) {
                (_, true) => own
                    .iter()
                    .flat_map(|c| self.candidates(c, &sub.text))
                    .collect(),
                (Some((chapeau, sentence)), false) => {
                    self.item_under_chapeau(chapeau, sentence, &sub.text, &own)
                }
                // "The meeting adopted the following recommendations:" + "(c) The Centre to
                // organize an expo": an item that names who acts, under a chapeau with no verb.
                (None, false) => self.named_action(&sub.text, &text).into_iter().collect(),
            };
            for cand in cands {
                self.push(cand, number, &sub.letter, &text, no_number.clone());
            }
        }
    }

    /// An item under a chapeau that asks nothing ("shall not apply to:") may still ask with
    /// its own verb further on ("(b) Supplies ..., and requests the Mission to report ...");
    /// an item's later sentence may ask too.
    fn item_under_chapeau(
        &mut self,
        chapeau: &Clause<'_>,
        sentence: &str,
        item: &str,
        own: &[Clause<'_>],
    ) -> Vec<Candidate> {
        let mut got: Vec<Candidate> = match self.inherit(chapeau, sentence, item) {
            Some(cand) => vec![cand],
            None if SAYS_WHAT_HOLDS.is_match(chapeau.rest.trim().trim_end_matches(':').trim()) => {
                own.iter().flat_map(|c| self.candidates(c, item)).collect()
            }
            None => Vec::new(),
        };
        got.extend(self.later_sentences(item));
        got
    }

    /// "- To request X to visit. The Meeting also asked Y to
    /// help ...": an item's later sentences that bring their own verb.
    fn later_sentences(&self, item: &str) -> Vec<Candidate> {
        let Some(at) = item.find(". ") else {
            return Vec::new();
        };
        let later = &item[at + 2..];
        classify::clauses(later)
            .iter()
            .flat_map(|c| self.candidates(c, later))
            .collect()
    }

    /// After a view's that-clause, a clause the body itself opens: its verb follows a comma or
    /// a conjunction, never a subject, and is in the present tense ("and requests").
    fn resumes_after_report(&self, clause: &Clause<'_>) -> bool {
        let before = fold(clause.before);
        let mut words: Vec<&str> = before.split_whitespace().collect();
        // "..., and in that connection calls upon ...": the link and adverbs open no subject.
        if let [.., "in", "that" | "this", link] = words.as_slice()
            && table::LINK_NOUNS.contains(link)
        {
            words.truncate(words.len() - 3);
        }
        while words.last().is_some_and(|w| table::ADVERBS.contains(w)) {
            words.pop();
        }
        let joined = words
            .last()
            .is_none_or(|w| matches!(*w, "and" | "but" | ", and") || w.ends_with([',', ';']));
        let past = clause
            .trigger
            .form
            .split(' ')
            .next()
            .is_some_and(|w| w.ends_with("ed"));
        joined && !past && clause.trigger.kind != Kind::Obliges
    }

    /// A French or Arabic paragraph: its clauses' requests, and its lettered items under
    /// "Décide :" (each decided by the body) or under a request (each asked of its
    /// addressee).
    fn foreign_paragraph(&mut self, p: &Para, number: Option<u32>, rules: &ForeignRules) {
        let body = self.meta.body.value.clone();
        let mut last_actors: Option<Vec<String>> = None;
        let lead = if p.number.is_some() {
            self.foreign_lead.filter(|&over_numbered| over_numbered)
        } else {
            self.foreign_lead.take()
        };
        let mut item_read = false;
        let known = (!self.meta.adopted_is_fallback).then_some(self.meta.adopted.value);
        if let Some(end) = (rules.period_end)(&p.text, known) {
            self.period_end = Some(end);
        }
        for sentence in segment::sentences(&p.text) {
            if let Some(end) = fr::period_end(sentence) {
                self.period_end = Some(end);
            }
            let after_one = std::mem::replace(&mut self.one_speaker, fr::one_speaker(sentence));
            if after_one && fr::pronoun_subject(sentence) {
                self.one_speaker = true;
                continue;
            }
            if (rules.recounts)(sentence, self.meta.adopted.value) {
                continue;
            }
            let mut found = (rules.requests)(sentence, &body);
            self.them_listed(rules, sentence, &mut found);
            if found.is_empty() && lead.is_some() {
                found = (rules.decided_item)(sentence, &body);
                item_read |= !found.is_empty();
            }
            // Items after the paragraph's text are those of its last sentence's request,
            // and only if that request stops short of a full stop ("... في غضون 48 ساعة."
            // then a list of links asks nothing more).
            if found.is_empty() || sentence.trim_end().ends_with('.') {
                last_actors = None;
            }
            for (actors, action) in found {
                let Some(actors) = self.foreign_actors(actors) else {
                    continue;
                };
                if self.restated_call(&actors, &action, number) {
                    continue;
                }
                // Arabic and French sentences are not split at a stop before a word in
                // lower case: the request's own words tell that it ended.
                let ended = sentence.trim_end().ends_with('.') || action.contains(". ");
                last_actors = (!ended).then(|| actors.clone());
                // "يهيب بالدول الأعضاء القيام بما يلي:": its items are what is asked.
                if !p.subs.is_empty() && points_to_list(&action) {
                    continue;
                }
                self.push_foreign(rules, actors, action, number, sentence);
            }
        }
        let decides = (rules.decides_items)(&p.text);
        self.next_foreign_lead(p, rules, decides, item_read, lead);
        if let Some(names) = (rules.chapeau_actors)(&p.text) {
            last_actors = Some(names);
        }
        self.foreign_items(p, number, rules, &body, decides, last_actors);
    }

    /// "Le Conseil les encourage à ...": with no actor read, the names the sentences before
    /// listed; a sentence that lists names leaves them for the next.
    fn them_listed(
        &mut self,
        rules: &ForeignRules,
        sentence: &str,
        found: &mut [(Vec<String>, String)],
    ) {
        if (rules.asks_them)(sentence)
            && let Some(names) = &self.listed
        {
            for (actors, _) in found.iter_mut().filter(|(a, _)| a.is_empty()) {
                actors.clone_from(names);
            }
        }
        self.listed = (rules.listed_names)(sentence).or(self.listed.take());
    }

    /// A foreign request's actors; with none, a pronoun ("l'encourage") names the one asked
    /// before (none if nobody was).
    fn foreign_actors(&self, actors: Vec<String>) -> Option<Vec<String>> {
        if actors.is_empty() {
            self.mandates
                .last()
                .map(|m| m.actors.iter().map(|a| a.name.clone()).collect())
        } else {
            Some(actors)
        }
    }

    /// A press text restates its call to all ("ont exigé la libération ... « a notamment
    /// demandé la libération »"): once per paragraph and thing called for ("appelons à des
    /// sanctions" and "un appel pour la libération" are two).
    fn restated_call(&self, actors: &[String], action: &str, number: Option<u32>) -> bool {
        let general = actors.len() == 1 && actors[0] == table::FR_ALL_STATES;
        let thing = fr::called_thing(action);
        general
            && self.mandates.iter().any(|m| {
                m.paragraph == number
                    && m.actors.iter().any(|a| a.name == table::FR_ALL_STATES)
                    && fr::called_thing(&m.summary) == thing
            })
    }

    /// A foreign request as a mandate, due at the end of the period the text named before
    /// when it says so.
    fn push_foreign(
        &mut self,
        rules: &ForeignRules,
        actors: Vec<String>,
        action: String,
        number: Option<u32>,
        sentence: &str,
    ) {
        // French: "à la fin de cette période" after "jusqu'au 30 juin 2004"; Arabic:
        // the rules' own period (`pending_due`).
        let at_period_end = fr::at_period_end(&action);
        if (rules.at_period_end)(&action) {
            self.pending_due = self.period_end;
        }
        self.push(french(actors, action), number, "", sentence, None);
        self.pending_due = None;
        if let (true, Some(end), Some(m)) =
            (at_period_end, self.period_end, self.mandates.last_mut())
            && m.due.is_none()
        {
            m.due = Some(Due::On(Fuzzy::Day(end)));
            m.due_check = Some("the text says \"at the end of this period\": read as the end of the period it named before".into());
        }
    }

    /// Whether the paragraphs after this one are items of its decision.
    fn next_foreign_lead(
        &mut self,
        p: &Para,
        rules: &ForeignRules,
        decides: bool,
        item_read: bool,
        lead: Option<bool>,
    ) {
        if rules.leads && decides && p.subs.is_empty() {
            // "يقرر" alone: the next paragraph (or the numbered ones) says what.
            self.foreign_lead = Some(p.number.is_some());
        } else if decides && p.subs.is_empty() && !self.formal {
            // "Décide :" alone in an unnumbered text: the paragraphs after it are its items.
            self.foreign_lead = Some(false);
        } else if item_read && !self.formal {
            // One item read: the next paragraph may be the next item.
            self.foreign_lead = lead;
        }
    }

    /// A foreign paragraph's lettered items: their own requests, the body's decisions, or
    /// what the last request's actors are asked.
    fn foreign_items(
        &mut self,
        p: &Para,
        number: Option<u32>,
        rules: &ForeignRules,
        body: &str,
        decides: bool,
        last_actors: Option<Vec<String>>,
    ) {
        for sub in &p.subs {
            let text = format!("{} ({}) {}", p.text, sub.letter, sub.text);
            let own = (rules.requests)(&sub.text, body);
            if !own.is_empty() {
                for (actors, action) in own {
                    self.push(french(actors, action), number, &sub.letter, &text, None);
                }
                continue;
            }
            if decides {
                for (actors, action) in (rules.decided_item)(&sub.text, body) {
                    self.push(french(actors, action), number, &sub.letter, &text, None);
                }
                continue;
            }
            if let (Some(actors), Some(action)) =
                (last_actors.clone(), (rules.item_action)(&sub.text))
            {
                self.push(french(actors, action), number, &sub.letter, &text, None);
            }
        }
    }

    /// "1. That Member States establish national youth councils;": a recommendation or
    /// decision in the subjunctive asks its subject.
    fn that_item(&self, text: &str) -> Option<Candidate> {
        let trimmed = text.trim_start();
        if !trimmed.starts_with("That ") && !trimmed.starts_with("THAT ") {
            return None;
        }
        let lowered = format!("that {}", &trimmed[5..]);
        // "Resolves: 1. That the Board be requested to ...": a request to the Board, in the
        // passive of older resolutions.
        if let Some(m) = THAT_REQUESTED.captures(&lowered) {
            let actors = actor::actors(&m[1], text, &self.ctx);
            let action = m[2].trim_start_matches([',', ' ']).to_string();
            return (!actors.is_empty()).then_some(Candidate {
                actors,
                action,
                origin: Origin::Request,
            });
        }
        if THAT_PASSIVE.is_match(&lowered) {
            return None;
        }
        let (np, action) = actor::split_that(&lowered)?;
        // "That Plan, among other things, provides for ...": a demonstrative and a verb in
        // the indicative state a fact; a subjunctive item's verb is bare. "That protocol
        // grants more powers": the verb the split left in the subject says so too.
        let verb_in_subject = np.split_whitespace().count() >= 2
            && np.rsplit(' ').next().is_some_and(|w| {
                w.ends_with('s')
                    && w.starts_with(char::is_lowercase)
                    && !table::ACTOR_HEADS.contains(&w)
            });
        if indicative(action) || verb_in_subject {
            return None;
        }
        let actors = actor::actors(np, text, &self.ctx);
        (!actors.is_empty()).then(|| Candidate {
            actors,
            action: action.to_string(),
            origin: Origin::Request,
        })
    }

    /// A numbered paragraph with no verb of its own under a lead-in ("decided as follows:"):
    /// drafted as if it were the lead-in's sub-paragraph. True when it was.
    /// A row of a plan of action: its responsible actor asked to do its action by its
    /// timeframe.
    fn table_row(&mut self, row: &grid::Row<'_>, number: Option<u32>) {
        let mut action = row.action.trim_end_matches(['.', ';']).to_string();
        if let Some(due) = row.due {
            let mut due = due.to_string();
            if let Some(first) = due.get(..1) {
                due.replace_range(..1, &first.to_lowercase());
            }
            action = format!("{action}, {due}");
        }
        // "COMSTECH, Member States": a cell lists its actors with commas alone.
        let listed = match row.actor.rsplit_once(", ") {
            Some((head, last)) if !row.actor.contains(" and ") => format!("{head} and {last}"),
            _ => row.actor.to_string(),
        };
        let cand = Candidate {
            actors: actor::actors(&listed, row.action, &self.ctx),
            action,
            origin: Origin::Request,
        };
        let text = [row.action, row.actor, row.due.unwrap_or("")].join(" | ");
        self.push(cand, number, "", text.trim_end_matches([' ', '|']), None);
    }

    /// "Decided: ... (3) to request the Director-General: (a) to ...": an infinitive
    /// chapeau under a decision reads as its operative verb ("Requests the
    /// Director-General:"), so its sub-paragraphs inherit it.
    fn decided_chapeau(&self, p: &Para) -> Option<Para> {
        let lead = self.lead_in.as_ref()?;
        if lead.trigger.kind != Kind::Decides || p.number.is_none() || p.subs.is_empty() {
            return None;
        }
        let text = classify::third_person(&strip_to(&p.text))?;
        Some(Para { text, ..p.clone() })
    }

    fn under_lead_in(&mut self, p: &Para, number: Option<u32>, no_number: Option<&String>) -> bool {
        let Some(lead) = self.lead_in.clone() else {
            return false;
        };
        if p.number.is_none() {
            self.lead_in = None;
            self.orphan_lead_in(&lead, p);
            return false;
        }
        // A numbered paragraph after it is its list, whether or not it has its own verb.
        if let Some(l) = self.lead_in.as_mut() {
            l.used = true;
        }
        if !classify::triggers(&p.text).is_empty() {
            return false;
        }
        let chapeau = Clause {
            trigger: lead.trigger.clone(),
            rest: &lead.rest,
            before: &lead.before,
        };
        if let Some(cand) = self.inherit(&chapeau, &lead.sentence, &p.text) {
            let text = format!("{} {}", lead.sentence, p.text);
            self.push(cand, number, "", &text, no_number.cloned());
        }
        true
    }

    /// "X was authorised to take all necessary actions in order to:" where a page dropped
    /// the list and a new sentence follows: the request stands on its own words (items,
    /// bullets or lowercase run-ons after it are still its list).
    fn orphan_lead_in(&mut self, lead: &LeadIn, next: &Para) {
        let opens_sentence = next.text.trim_start().starts_with(char::is_uppercase)
            && next.subs.is_empty()
            && !classify::triggers(&next.text).is_empty();
        if lead.used || !opens_sentence {
            return;
        }
        let chapeau = Clause {
            trigger: lead.trigger.clone(),
            rest: lead.rest.trim_end().trim_end_matches(':'),
            before: &lead.before,
        };
        for cand in self.candidates(&chapeau, &lead.sentence) {
            self.push(
                cand,
                lead.number,
                "",
                &lead.sentence,
                lead.no_number.clone(),
            );
        }
    }

    /// A sub-paragraph under a chapeau's verb: "Requests the Secretary-General:" + "(a) To
    /// prepare a study" asks the Secretary-General to prepare a study.
    fn inherit(&self, chapeau: &Clause<'_>, sentence: &str, sub: &str) -> Option<Candidate> {
        // "no organ shall be entitled to records, with the exception of the following:" +
        // "(a) the Law Commission": the items are what is excepted, not tasks.
        if EXCEPTION_LIST.is_match(chapeau.rest) {
            return None;
        }
        let (head, called_to) = chapeau_head(chapeau)?;
        let sub = item_words(sub);
        // "X shall" + "(a) prioritize ...": every item is what X shall do.
        if chapeau.trigger.kind == Kind::Obliges
            && chapeau.rest.trim().trim_end_matches(':').is_empty()
        {
            return self.obligation(chapeau.before, sub, sentence);
        }
        // "Declares that:" + "(d) Nuclear weapons serve to ...": each item is the view.
        if matches!(chapeau.trigger.kind, Kind::View | Kind::Preamble)
            && VIEW_THAT.is_match(chapeau.rest)
        {
            return None;
        }
        let sub_action = strip_to(sub);
        // "Decides to authorize the Mission to pursue the following objectives:" + "(a)
        // Conduct ...": each item is what the authorized addressee is to do.
        if chapeau.trigger.kind == Kind::Decides
            && let Some(np) = authorized(head).or_else(|| established_for_tasks(head))
        {
            return Some(Candidate {
                actors: actor::actors(np, sentence, &self.ctx),
                action: sub_action,
                origin: Origin::Request,
            });
        }
        // "Leaders agreed to the following:" + "1. Reform of the Board to ensure ...": an
        // item naming a change agreed on is a plan, as "agreed to <a plan>" is ("agreed on
        // the following action points:" + "- The Secretariat to circulate ..." still asks).
        if chapeau.trigger.kind == Kind::Decides
            && chapeau.trigger.form.starts_with("agree")
            && CHANGE_OF.is_match(sub)
        {
            return None;
        }
        if let Some(cand) = self.action_item(chapeau, sub, sentence) {
            return Some(cand);
        }
        // "Decides that the Envoy and the Mission shall" + "(a) prioritize ...": each item is
        // what the that-clause's subject shall do.
        if chapeau.trigger.kind == Kind::Decides
            && let Some((np, action)) = actor::split_that(without_verb_adverbs(head))
            && action.trim().is_empty()
        {
            return Some(Candidate {
                actors: actor::actors(np, sentence, &self.ctx),
                action: sub_action,
                origin: Origin::Request,
            });
        }
        if chapeau.trigger.kind == Kind::Decides
            && let Some(operative) = classify::third_person(&sub_action)
        {
            // "Decides: 1- To request X to ..." requests X; "To affirm ..." is a view.
            let clauses = classify::clauses(&operative);
            return match clauses.first().filter(|c| c.trigger.start == 0) {
                // "Decides," + "(b) To renew the mandate of the Force ...": renewing what
                // is not its own stand ("To renew its commitment") is the body's act, as
                // "Decides to renew" is.
                Some(clause) if renews_a_mandate(clause) => self.continued_clause(chapeau, sub),
                Some(clause) => self.candidate(clause, &operative),
                None => None,
            };
        }
        self.item_by_verb(chapeau, head, called_to, sub, sub_action, sentence)
    }

    /// What an item asks under its chapeau's verb, when no rule above read it.
    fn item_by_verb(
        &self,
        chapeau: &Clause<'_>,
        head: &str,
        called_to: bool,
        sub: &str,
        sub_action: String,
        sentence: &str,
    ) -> Option<Candidate> {
        match chapeau.trigger.kind {
            // "authorizes the Mission to use all necessary means to carry out the following
            // tasks:" + "(i) To guard ...": the items are what the addressee is to do.
            Kind::Addressed if !head.is_empty() && !chapeau.trigger.passive => Some(Candidate {
                actors: actor::actors(addressee_of(head), sentence, &self.ctx),
                action: sub_action,
                origin: Origin::Request,
            }),
            Kind::Addressed if chapeau.trigger.passive => {
                let synthetic = Clause {
                    trigger: chapeau.trigger.clone(),
                    rest: sub,
                    before: chapeau.before,
                };
                self.candidate(&synthetic, sentence)
            }
            // "Calls for the Government to:" + "(a) plant trees": each item asks the Government.
            Kind::Unaddressed if called_to && !head.is_empty() => Some(Candidate {
                actors: actor::actors(head, sentence, &self.ctx),
                action: sub_action,
                origin: Origin::Request,
            }),
            // "Decides that the measures shall not apply to:" + "(a) seeds ...": the items
            // finish a that-clause (an exemption, a passive), they are no decisions.
            // "decides that, pending a decision, no organ shall ..., with the exception of:"
            // too, an aside after its "that".
            Kind::Decides if opens_that_clause(chapeau.rest) => None,
            Kind::Addressed | Kind::Unaddressed | Kind::Decides | Kind::Commends => {
                self.continued_clause(chapeau, sub)
            }
            Kind::Obliges => self.obligation(chapeau.before, sub, sentence),
            Kind::View | Kind::Preamble | Kind::Offers => None,
        }
    }

    /// An item read as the chapeau's clause going on.
    fn continued_clause(&self, chapeau: &Clause<'_>, sub: &str) -> Option<Candidate> {
        // "decided to:" + "- table a resolution": the sub-paragraph continues the "to".
        let to_sub;
        let rest = if fold(chapeau.rest.trim().trim_end_matches(':')).ends_with("to")
            && !fold(sub.trim_start()).starts_with("to ")
        {
            to_sub = format!(" to {}", sub.trim_start());
            to_sub.as_str()
        } else {
            sub
        };
        let synthetic = Clause {
            trigger: chapeau.trigger.clone(),
            rest,
            before: chapeau.before,
        };
        self.candidate(&synthetic, sub)
            .or_else(|| (chapeau.trigger.kind == Kind::Unaddressed).then(|| self.unaddressed(sub)))
    }

    /// The requests a clause makes: "Urges all States not parties to accede to it, and all
    /// States parties to promote it" asks two sets of actors two things.
    fn candidates(&self, clause: &Clause<'_>, sentence: &str) -> Vec<Candidate> {
        let Some(mut first) = self.candidate(clause, sentence) else {
            return Vec::new();
        };
        let addressed = clause.trigger.kind == Kind::Addressed && !clause.trigger.passive;
        let mut out = Vec::new();
        // "Demands that A withdraw its troops and that B withdraw its police": a second
        // that-clause with its own subject asks that subject.
        let that_clause = fold(clause.rest.trim_start()).starts_with("that ");
        if addressed && that_clause && first.origin == Origin::Request {
            while let Some(m) = AND_THAT.find_iter(&first.action).last() {
                let tail = first.action[m.start()..]
                    .trim_start_matches(|c: char| c == ',' || c.is_whitespace());
                let tail = tail.strip_prefix("and").unwrap_or(tail).trim_start();
                // "... and that the reports be published": asks nobody.
                if THAT_PASSIVE.is_match(tail) {
                    first.action.truncate(m.start());
                    continue;
                }
                let Some((np, action)) = actor::split_that(tail) else {
                    break;
                };
                let next = Candidate {
                    actors: actor::actors(np, sentence, &self.ctx),
                    action: action.to_string(),
                    origin: Origin::Request,
                };
                first.action.truncate(m.start());
                out.push(next);
            }
        }
        // "Demands that A open, and B do not block, the roads": two subjects, one object.
        if addressed
            && that_clause
            && first.origin == Origin::Request
            && let Some((own, np, other)) = shared_object(&first.action)
        {
            let actors = actor::actors(&np, sentence, &self.ctx);
            first.action = own;
            out.push(Candidate {
                actors,
                action: other,
                origin: Origin::Request,
            });
        }
        if addressed && first.origin == Origin::Request {
            // "urged holding a vote to let people choose and for the Board to ...": after a
            // call that names nobody, "and for X to" is the call's purpose.
            let named = !first.actors.iter().any(|a| a.name == table::DEFAULT_ACTOR);
            while let Some((cut, np, action)) = second_addressee(&first.action, named) {
                let next = Candidate {
                    actors: actor::actors(np, sentence, &self.ctx),
                    action: action.to_string(),
                    origin: Origin::Request,
                };
                first.action.truncate(cut);
                out.push(next);
            }
        }
        out.push(first);
        out.reverse();
        out
    }

    /// "Invites X, and encourages Y, to consider ...": X is asked what the next verb asks Y.
    fn shared_action(
        &self,
        clause: &Clause<'_>,
        next: &Clause<'_>,
        sentence: &str,
    ) -> Option<Candidate> {
        let asks = |c: &Clause<'_>| c.trigger.kind == Kind::Addressed && !c.trigger.passive;
        if !asks(clause) || !asks(next) {
            return None;
        }
        let np = SHARED_ADDRESSEE.captures(clause.rest)?.get(1)?.as_str();
        if !actor::has_actor_word(np) {
            return None;
        }
        let (_, action) = actor::split_addressed(next.rest, false)?;
        Some(Candidate {
            actors: actor::actors(np, sentence, &self.ctx),
            action: action.to_string(),
            origin: Origin::Request,
        })
    }

    /// The request a clause makes, if it makes one.
    fn candidate(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        let t = &clause.trigger;
        let rest = clause.rest;
        // "In his remarks, the Prime Minister ... he called for greater synergy": a speaker's
        // call, not the body's.
        // "... he called for X, and proposed for Y": the same speaker's second verb.
        let before = fold(clause.before.trim_end());
        let and_only = before.is_empty() || before == "and" || before.ends_with(" and");
        let spoken = PERSON_SUBJECT.is_match(clause.before)
            || ADDRESSING_SUBJECT.is_match(clause.before)
            || (and_only
                && sentence
                    .get(..t.start)
                    .is_some_and(|head| PERSON_EARLIER.is_match(head)));
        // "Some member states appealed for ...": a part of the body, speaking for itself.
        let some_of = SOME_SUBJECT.is_match(clause.before);
        // "At their previous meeting, the two leaders agreed to ...": what was
        // agreed or asked at an earlier meeting, recalled.
        if sentence
            .get(..t.start)
            .is_some_and(|head| EARLIER_MEETING.is_match(head))
        {
            return None;
        }
        if matches!(t.kind, Kind::Addressed | Kind::Unaddressed) && (spoken || some_of) {
            return None;
        }
        match t.kind {
            Kind::Addressed => self.addressed(clause, sentence),
            Kind::Unaddressed => Some(self.called_for(rest, sentence)),
            // "determines to pursue ...": the form holds the "to" a decision's rest opens with.
            // "those the Court determines to have acted ...": a finding, not a resolve.
            Kind::Decides if t.form.ends_with(" to") => {
                let first = fold(rest.trim_start());
                if first.starts_with("have ") || first.starts_with("be ") {
                    return None;
                }
                self.decision(&format!(" to{rest}"), sentence, &t.form)
            }
            // "Extends once more the stationing of X ...": a bare renewal read as "decides to
            // extend the stationing of X ..." (the form holds the object's first words).
            Kind::Decides if t.form.starts_with("extends ") => {
                let object = t.form.rsplit(' ').next().unwrap_or_default();
                self.decision(
                    &format!(" to extend the {object}{rest}"),
                    sentence,
                    "decides to",
                )
            }
            // "The Council agreed that the talks should be concluded by June": consent to an
            // outcome nobody is named to bring about, not the body's own act (as "agreed that
            // its next meeting would be held in Baku" is).
            Kind::Decides if t.form.starts_with("agree") && AGREED_OBLIGATION.is_match(rest) => {
                None
            }
            Kind::Decides => self
                .decision(rest, sentence, &t.form)
                .map(|c| self.named_by_subject(c, clause)),
            // A resolution's "Underlines the need for ..." is a view; a communiqué reporting
            // in the past tense ("The Council underlined the need for X to ...") asks X even
            // when its paragraphs are numbered.
            Kind::View
                if self.formal
                    && !table::NEED_REQUEST_VERBS.contains(&t.form.as_str())
                    && !past_form(&t.form) =>
            {
                None
            }
            // "The Authority promised ..., emphasizing the need for ...": a participle takes
            // the tense of the verb it follows.
            // "The Council stressed that Valley should change its conduct": in a communiqué
            // or report, a State named as the subject of "should" is asked to act.
            Kind::View
                if !self.formal
                    && let Some(m) = NAMED_SHOULD.captures(rest)
                    && !matches!(&m[2], "be" | "have" | "not" | "remain") =>
            {
                Some(Candidate {
                    actors: actor::actors(&m[1], sentence, &self.ctx),
                    action: rest[m.get(2).expect("group").start()..].trim().to_string(),
                    origin: Origin::Request,
                })
            }
            Kind::View => {
                let past = past_form(&t.form)
                    || (!self.formal && t.form.ends_with("ing") && past_before(clause.before));
                self.need(rest, sentence, !past)
            }
            Kind::Commends => self.commended(rest, sentence),
            // "the Chair said that “the Organization must remain ...”": words reported.
            Kind::Obliges
                if t.form == "must"
                    && ((self.formal && !sentence_subject(clause.before))
                        || REPORTED_WORDS.is_match(clause.before)) =>
            {
                None
            }
            Kind::Obliges => self.obligation(clause.before, rest, sentence),
            Kind::Offers => self.offer(clause.before, rest, sentence),
            // "The Authority promised ..., emphasizing the need for the release of X": in a
            // report, a preambular participle after a past-tense verb states the body's need.
            Kind::Preamble
                if !self.formal && t.form.ends_with("ing") && past_before(clause.before) =>
            {
                self.need(rest, sentence, false)
            }
            Kind::Preamble => None,
        }
    }

    /// The request of a clause whose verb asks someone ("requests", "invites", "urges").
    fn addressed(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        let t = &clause.trigger;
        let rest = clause.rest;
        // "it is incumbent on X to ...": the "is" makes no passive; X is asked.
        if t.passive && !t.form.starts_with("incumbent") {
            let subject = passive_subject(clause.before);
            // "a panel that shall be entrusted to ...": a relative clause says what the
            // panel asked for will do, it asks no one of its own.
            if RELATIVE_SUBJECT.is_match(subject) {
                return None;
            }
            return Some(Candidate {
                actors: actor::actors(subject, sentence, &self.ctx),
                action: strip_to(rest),
                origin: Origin::Request,
            })
            .filter(|c| !c.actors.is_empty());
        }
        // "requests that he continue this practice": the person named before.
        if THAT_HE.is_match(rest) {
            let actors = self.pronoun_actors(clause, sentence)?;
            let action = THAT_HE.replace(rest, "");
            return Some(Candidate {
                actors,
                action: action.trim().to_string(),
                origin: Origin::Request,
            });
        }
        if THAT_ADVERBIAL.is_match(rest) {
            let plain = THAT_ADVERBIAL.replace(rest, "that ");
            let (np, action) = actor::split_that(&plain)?;
            let actors = actor::actors(np, sentence, &self.ctx);
            return (!actors.is_empty()).then(|| Candidate {
                actors,
                action: action.to_string(),
                origin: Origin::Request,
            });
        }
        if PRONOUN.is_match(rest) {
            let actors = self.pronoun_actors(clause, sentence)?;
            let action = PRONOUN.replace(rest, "");
            return Some(Candidate {
                actors,
                action: action.trim().to_string(),
                origin: Origin::Request,
            });
        }
        // "demands that such hostile acts cease forthwith": acts, not actors, are to stop; a
        // call to all, or to the doers it names ("attacks by armed groups").
        if acts_cease(rest) {
            return Some(self.unaddressed(rest));
        }
        // "recommends that, if possible, the meetings should be limited ...": the aside
        // after "that" hides no passive.
        let unaside = THAT_ASIDE.replace(rest, "that ");
        if THAT_PASSIVE.is_match(first_that_clause(&unaside)) {
            return self.passive_agent(rest, sentence);
        }
        // "recommends that Member States" + "should report ...": the that-clause's verb
        // is the next clause's obligation, which asks them.
        if fold(rest.trim_start()).starts_with("that ")
            && actor::split_that(rest).is_none()
            && rest.trim_end().ends_with(|c: char| c.is_alphanumeric())
        {
            return None;
        }
        if ASKED_FROM.is_match(rest) {
            return self.asked_from(rest, sentence);
        }
        // "demanded an end to the occupation", "calls for a halt to ...": what is to stop,
        // not who; a call to all.
        // "the council demanded a civilian-led authority to resolve the crisis": a thing
        // to be set up, named with "a", not an addressee.
        // "demanded accountability", "urged swift de-escalation": a thing asked for, with no
        // one's infinitive after it.
        if ASKED_THING.is_match(rest)
            || ENDED_THING.is_match(rest)
            || RELEASE_OF.is_match(rest)
            || INDEFINITE_THING.is_match(rest)
            || (!self.formal && finite_form(&t.form) && bare_thing(rest))
        {
            return Some(self.unaddressed(rest));
        }
        // "called on Thursday for the deployment of ...": a day, then what is called for.
        if let Some(m) = DAY_THEN_FOR.find(rest) {
            return Some(self.unaddressed(&rest[m.end()..]));
        }
        self.addressee_and_action(t, rest, sentence)
            .or_else(|| self.asked_bare(t, rest, sentence))
    }

    /// "The text requested the Warden submit a report ...": a report's past-tense request
    /// with its "that" and its "to" left out; the addressee is the subject before the bare
    /// verb.
    fn asked_bare(&self, t: &classify::Trigger, rest: &str, sentence: &str) -> Option<Candidate> {
        if !matches!(t.form.as_str(), "requested" | "asked" | "urged")
            || fold(rest.trim_start()).starts_with("that ")
        {
            return None;
        }
        let (np, action) = actor::split_that(&format!("that {}", rest.trim_start()))
            .map(|(np, action)| (np.to_string(), action.to_string()))?;
        let verb = action.split_whitespace().next().unwrap_or_default();
        // "an end to the occupation and ...": a noun (a plural, a gerund) is no bare verb.
        let bare = actor::has_actor_word(&np)
            && verb.chars().all(|c| c.is_ascii_lowercase())
            && !verb.ends_with("ing")
            && (!verb.ends_with('s') || verb.ends_with("ss"))
            && !matches!(verb, "to" | "and" | "or" | "that" | "which" | "who");
        let actors = actor::actors(&np, sentence, &self.ctx);
        (bare && !actors.is_empty()).then_some(Candidate {
            actors,
            action,
            origin: Origin::Request,
        })
    }

    /// "requests that a summary report be presented to the Council": a passive that-clause
    /// asks no one in particular. "proposes that attention be given by all relevant actors to
    /// ...": the passive's agent is asked.
    fn passive_agent(&self, rest: &str, sentence: &str) -> Option<Candidate> {
        let m = THAT_PASSIVE_BY.find(rest)?;
        let np = doers_end(&rest[m.end()..]);
        // "be given priority by all growers and be carried out by the boards": the agent
        // ends where the second passive begins.
        let np = np.find(" and be ").map_or(np, |at| &np[..at]);
        let actors = actor::actors(np, sentence, &self.ctx);
        (actor::has_actor_word(np) && !actors.is_empty()).then(|| Candidate {
            actors,
            action: rest.trim().to_string(),
            origin: Origin::Request,
        })
    }

    /// "invites further comments from Member States on ...", "recommends the participation
    /// of X in ...": who is to give or take part.
    fn asked_from(&self, rest: &str, sentence: &str) -> Option<Candidate> {
        let first = ASKED_FROM.captures(rest)?.get(1)?;
        // "the participation of Member States, experts active in ..., and civil
        // society in the meetings": the whole list.
        let np = match doers_end(&rest[first.start()..]) {
            list if list.len() > first.as_str().len() && actor::has_actor_word(list) => list,
            _ => first.as_str(),
        };
        actor::has_actor_word(np).then(|| Candidate {
            actors: actor::actors(np, sentence, &self.ctx),
            action: rest.trim().to_string(),
            origin: Origin::Request,
        })
    }

    /// An addressed verb's rest split into who is asked and what they are asked to do.
    fn addressee_and_action(
        &self,
        t: &classify::Trigger,
        rest: &str,
        sentence: &str,
    ) -> Option<Candidate> {
        // "Requests that, as the season permits, the Board plant ...":
        // the aside after "that" is no part of the subject.
        let unaside = THAT_ASIDE.replace(rest, "that ");
        let rest = after_leading_aside(&unaside);
        let with = table::WITH_VERBS.contains(&t.form.as_str());
        // "requests the parties update the Council": no "to".
        // "directs that the chiefs, when assembled, shall constitute the Committee":
        // what the subject is made into, not what it does.
        let whole = offset_in(sentence, rest).map_or(rest, |at| &sentence[at..]);
        if THAT_HOLDS.is_match(whole) {
            return None;
        }
        let split = actor::split_that(rest)
            .or_else(|| actor::split_addressed(rest, with))
            .or_else(|| actor::split_bare(rest))
            .or_else(|| cut_after_to(rest));
        let nominal_verb = table::NOMINAL_OBJECT_VERBS.contains(&t.form.as_str());
        match split {
            // "recommended the establishment of a Unit to speed up ...": what is proposed,
            // for a purpose, is a call only as a verb's bare noun would be.
            Some((np, _)) if actor::opens_with_nominal(np) => {
                (!nominal_verb || self.is_call(&t.form, rest) || adopted_text_asks(sentence, rest))
                    .then(|| self.unaddressed(rest))
            }
            Some((np, action)) => Some(Candidate {
                actors: actor::actors(np, sentence, &self.ctx),
                action: action.to_string(),
                origin: Origin::Request,
            }),
            // "urged the implementation of the Plan adopted by OIC states": a
            // request of the states it names; with none named, nobody is asked.
            // "also encourages further cooperation at global level", a resolution's
            // "Encourages closer cooperation between A and B" or "Encourages the
            // scaling up of aid": a call, to its doers or to all ("encourages all
            // efforts to that end", "recommended the establishment of ...": what
            // exists or is proposed, not asked).
            None if nominal_verb => (self.is_call(&t.form, rest)
                || adopted_text_asks(sentence, rest))
            .then(|| self.unaddressed(rest)),
            // "Encourages the development of national plans to ...": what is
            // encouraged, with nobody named.
            None if actor::opens_with_nominal(rest) => Some(self.unaddressed(rest)),
            None => self.appeal(&t.form, rest, sentence),
        }
    }

    /// Whether a verb that takes a noun ("encourages", "urged") with nobody named after it
    /// makes a call.
    fn is_call(&self, form: &str, rest: &str) -> bool {
        // A preamble's "encouraging progress on ..." asks nothing.
        let finite = form.ends_with('s');
        let nominal = actor::opens_with_nominal(rest) && !EMPTY_CALL.is_match(rest);
        head_doers(rest).is_some()
            || actor::state_group(rest, &self.ctx).is_some()
            || (nominal && self.formal && finite)
            || (nominal
                && !form.ends_with("ing")
                && !starts_with_determiner(rest)
                && !fold(rest.trim_start()).starts_with("these "))
    }

    /// What an unaddressed verb ("Calls for ...") asks, and of whom if it names them.
    fn called_for(&self, rest: &str, sentence: &str) -> Candidate {
        match actor::split_addressed(rest, false) {
            // "Calls for efforts to protect ...": what is called for, not who. "proposed
            // for a summit to be convened to consider ...": what is to be done, not who.
            Some((np, _))
                if is_action_noun(np)
                    || actor::opens_with_nominal(np)
                    || fold(np).contains(" to be ") =>
            {
                self.unaddressed(rest)
            }
            // "called for a positive response to the offer, the release of hostages, ...",
            // "calls for a more robust mandate ... of the Mission to deal with ...": a thing
            // called for (with "a"), unless its last word names who acts ("a panel of
            // experts to ...").
            Some((np, _))
                if ["a ", "an "].iter().any(|d| fold(np).starts_with(d))
                    && !np
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| table::ACTOR_HEADS.contains(&fold(w).as_str())) =>
            {
                self.unaddressed(rest)
            }
            Some((np, action))
                if !np.contains(' ') || starts_with_determiner(np) || bare_group(np) =>
            {
                Candidate {
                    actors: actor::actors(np, sentence, &self.ctx),
                    action: action.to_string(),
                    origin: Origin::Request,
                }
            }
            _ => self.unaddressed(rest),
        }
    }

    /// "appealed to the international community for urgent assistance": the addressee
    /// after the verb's preposition, the request after "for".
    fn appeal(&self, form: &str, rest: &str, sentence: &str) -> Option<Candidate> {
        if !(form.ends_with(" to") || form.ends_with(" on") || form.ends_with(" upon")) {
            return None;
        }
        let (np, action) = match FOR.find(rest) {
            Some(m) => (&rest[..m.start()], &rest[m.end()..]),
            None => (rest, rest),
        };
        let np = np.trim().trim_end_matches([',', '.', ';']);
        actor::has_actor_word(np).then(|| Candidate {
            actors: actor::actors(np, sentence, &self.ctx),
            action: action.trim().to_string(),
            origin: Origin::Request,
        })
    }

    /// "The Commission shall prepare ...": the subject, unless the clause is passive
    /// ("the Reserve shall be operational").
    fn obligation(&self, before: &str, rest: &str, sentence: &str) -> Option<Candidate> {
        let action = rest.trim().trim_start_matches(':').trim();
        let lower = fold(action);
        // "shall not, under any circumstances, replace ...": a prohibition, with or without
        // an aside after its "not".
        // "The Consensus shall remain our valid reference": a state that lasts, no task.
        let prohibition =
            lower.starts_with("not ") || lower.starts_with("not,") || lower.starts_with("remain ");
        if is_copula(action) || prohibition || lower.starts_with("have ") {
            return None;
        }
        // "in the event of failure by X to comply ..., ECOWAS shall maintain ...": what is
        // to happen under a condition, not a task.
        if CONDITION_BEFORE_MODAL.is_match(before) {
            return None;
        }
        // "... would reconsider its ties should the Board adopt a resolution": a modal
        // before its own subject opens a condition ("if the Board adopts"), no duty.
        if ["the ", "a ", "an ", "any ", "its ", "their "]
            .iter()
            .any(|d| lower.starts_with(d))
        {
            return None;
        }
        let subject = that_subject(before).unwrap_or_else(|| passive_subject(before));
        // "The policy of the Board is to print ...": what an aim is, not a task.
        let head = fold(
            subject
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        );
        // "NATO's greatest responsibility is to ...": the last word of a possessed subject.
        let possessed = subject.contains(['’', '\''])
            && subject
                .rsplit(' ')
                .next()
                .is_some_and(|w| table::AIM_NOUNS.contains(&fold(w).as_str()));
        if possessed
            || table::AIM_NOUNS
                .iter()
                .any(|n| head == format!("the {n}") || head.split(' ').next() == Some(n))
        {
            return None;
        }
        // "The Centre shall prepare ... and shall submit it": the same obligation goes on.
        let last = subject.rsplit(' ').next().map(fold).unwrap_or_default();
        if matches!(last.as_str(), "and" | "or") {
            return None;
        }
        // "..., and that the Mission shall adopt ...": a second that-clause of the same verb.
        let subject = ["and ", "or "]
            .iter()
            .find_map(|c| subject.strip_prefix(c))
            .unwrap_or(subject);
        let subject = subject
            .strip_prefix("that ")
            .or_else(|| subject.strip_prefix("That "))
            .unwrap_or(subject);
        // "The ministers must also review ... Finally, they must draw up ...": in a report,
        // "they" are whom the mandate before asked.
        if fold(subject.trim()) == "they"
            && !self.formal
            && let Some(prev) = self.mandates.last()
        {
            return Some(Candidate {
                actors: prev.actors.clone(),
                action: action.to_string(),
                origin: Origin::Request,
            });
        }
        // "Carrying out these proposals in full should lead to ...": an
        // action named by its noun is no one to ask.
        // "This revision should build upon ...": a thing the text pointed to before, with
        // no actor's word in it, is no one to ask either.
        let pointed = subject
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(fold(w).as_str(), "this" | "these" | "such"))
            && !subject
                .split_whitespace()
                .skip(1)
                .any(|w| table::ACTOR_HEADS.contains(&fold(w).as_str()));
        let named = (actor::has_actor_word(subject) || actor::looks_like_addressee(subject))
            && !actor::opens_with_nominal(subject)
            && !pointed;
        // "that, at its eighty-sixth session, the Committee should review ...": the phrase
        // before the subject dates the action.
        let lead = offset_in(before, subject)
            .map(|at| before[..at].trim())
            .and_then(|s| s.strip_prefix("that,"))
            .map(|s| s.trim().trim_matches(',').trim())
            .unwrap_or("");
        let action = if lead.is_empty() {
            action.to_string()
        } else {
            format!("{}, {lead}", action.trim_end_matches(['.', ';']))
        };
        (named && !subject.is_empty()).then(|| Candidate {
            actors: actor::actors(subject, sentence, &self.ctx),
            action,
            origin: Origin::Request,
        })
    }

    /// A call that names no actor: the states its clause names, else everyone.
    fn unaddressed(&self, rest: &str) -> Candidate {
        let action = rest.trim().to_string();
        // "practical steps, as agreed, to be taken by all nuclear-weapon States": the
        // passive infinitive's agent.
        let by_passive = TO_BE_DONE_BY
            .find(rest)
            .map(|m| doers_end(&rest[m.end()..]))
            .filter(|np| actor::has_actor_word(np));
        if let Some(np) = head_doers(rest).or(by_passive) {
            let actors = actor::actors(np, rest, &self.ctx);
            if !actors.is_empty() {
                return Candidate {
                    actors,
                    action,
                    origin: Origin::Request,
                };
            }
        }
        if let Some(np) = named_doers(rest) {
            let actors = actor::actors(&np, rest, &self.ctx);
            if !actors.is_empty() {
                return Candidate {
                    actors,
                    action,
                    origin: Origin::Request,
                };
            }
        }
        Candidate {
            actors: vec![self.call_to_all(rest)],
            action,
            origin: Origin::Request,
        }
    }

    /// Who a call that names nobody is read as asking: the group it mentions, else all
    /// States.
    fn call_to_all(&self, rest: &str) -> Actor {
        // A resolution's "calls for investments, particularly in developing countries":
        // the countries it mentions are where it is done, not who does it (only "by",
        // "of", "from", "between" name a doer there).
        let group = if self.formal {
            doer_group(rest, &self.ctx)
        } else {
            actor::state_group(rest, &self.ctx)
        };
        match group {
            Some(group) => Actor {
                check: Some(format!(
                    "the text names no actor; read as the {group} it mentions"
                )),
                name: group,
            },
            None => Actor {
                name: table::DEFAULT_ACTOR.to_string(),
                check: Some(
                    "the text names no actor; a general call is read as one to all States".into(),
                ),
            },
        }
    }

    /// "Decides to authorize the Mission to use ...": the Mission, not the body.
    fn authorized(&self, rest: &str, sentence: &str) -> Option<Candidate> {
        let m = DECIDES_TO_ASK.find(rest)?;
        let (np, action) = actor::split_addressed(&rest[m.end()..], false)?;
        let actors = actor::actors(np, sentence, &self.ctx);
        (!actors.is_empty()).then(|| Candidate {
            actors,
            action: action.to_string(),
            origin: Origin::Request,
        })
    }

    /// Whether a decision's lead ("unanimously on 27 March 2031") dates it before the
    /// adoption day the text is drafted for.
    fn decided_before_adoption(&self, lead: &str) -> bool {
        if self.meta.adopted_is_fallback {
            return false;
        }
        let Some(m) = LEAD_DATE.captures(lead) else {
            return false;
        };
        let month = table::MONTHS
            .iter()
            .find(|(n, _)| *n == fold(&m[2]))
            .map(|(_, k)| *k);
        let (Some(month), Ok(day), Ok(year)) = (month, m[1].parse(), m[3].parse()) else {
            return false;
        };
        Date::new(year, month, day).is_ok_and(|d| d < self.meta.adopted.value)
    }

    /// "..., the leaders of the member states agreed to create ...": in a text that names no
    /// body, the body acting itself is named as the clause's own subject.
    fn named_by_subject(&self, mut cand: Candidate, clause: &Clause<'_>) -> Candidate {
        let unnamed = self.meta.body.value.starts_with("(body not named");
        let Some(m) = OWN_SUBJECT.captures(clause.before) else {
            return cand;
        };
        let np = m[1].trim();
        let first = fold(np.split_whitespace().next().unwrap_or(""));
        let last = fold(np.rsplit(' ').next().unwrap_or(""));
        // "The Ecowas leaders also resolved to ...": the members who decide, named with
        // their organisation, even where the text names its body otherwise (a bare "the
        // leaders" refers back to the body). A pronoun names no one.
        let core = np
            .strip_prefix("the ")
            .or_else(|| np.strip_prefix("The "))
            .unwrap_or(np);
        let members = matches!(last.as_str(), "leaders" | "ministers") && core.contains(' ');
        let pronoun = matches!(first.as_str(), "it" | "they" | "we");
        if (!unnamed && !members) || pronoun {
            return cand;
        }
        let names_body = table::SUBJECT_WORDS.contains(&first.as_str())
            || table::ACTOR_HEADS.contains(&last.as_str());
        if let [only] = cand.actors.as_mut_slice()
            && only.name == self.meta.body.value
            && names_body
        {
            only.name = actor::capitalise(np);
        }
        cand
    }

    /// "Decides to ...": the body itself; "Decides that X shall ...": X.
    fn decision(&self, rest: &str, sentence: &str, form: &str) -> Option<Candidate> {
        let rest = self.decided_words(rest)?;
        if non_mandate_decision(rest) {
            return None;
        }
        if let Some(cand) = self.authorized(rest, sentence) {
            return Some(cand);
        }
        // "Agrees that the failure of X to pay was due to conditions beyond its control": a
        // finding, with no modal to ask anything.
        if THAT_FINDING
            .captures(rest)
            .is_some_and(|m| !table::MODALS.iter().any(|w| ends_with_word_in(&m[1], w)))
            || THAT_AMOUNT.is_match(rest)
        {
            return None;
        }
        // "decided today that it will convene a meeting on D": "it" is the body itself
        // ("that it will remain seized" asks nothing).
        if let Some(m) = THAT_IT_WILL.captures(rest) {
            let action = &rest[m.get(1).expect("group").start()..];
            return (!HAPPENS.is_match(action) && !fold(action).starts_with("remain")).then(|| {
                Candidate {
                    actors: vec![Actor {
                        name: self.deciding_body(rest, sentence),
                        check: Some(
                            "the body decided to act itself; name who carries it out".into(),
                        ),
                    }],
                    action: action.to_string(),
                    origin: Origin::Request,
                }
            });
        }
        let passive_that = THAT_PASSIVE.is_match(rest);
        // "Decides that X may ...", "... shall be permitted to ...": X is allowed, not asked.
        if let Some((np, _)) = actor::split_that(rest)
            && offset_in(rest, np).is_some_and(|at| PERMISSION.is_match(&rest[at + np.len()..]))
        {
            return None;
        }
        // "decides that the initial mandate of the Mission will extend until D": a term
        // that runs, not an actor asked.
        if actor::split_that(rest).is_some_and(|(np, _)| TERM_SUBJECT.is_match(np)) {
            return None;
        }
        if let Some((np, action)) = actor::split_that(rest).filter(|_| !passive_that) {
            return self.decided_subject(rest, np, action, sentence);
        }
        if consents(rest) {
            return None;
        }
        let trimmed = rest.trim_start();
        // "decides to: a. Keep the levies. b. Ask X to ...": the first lettered item is what
        // the body decides itself (the later ones are read as their own sentences).
        let listed = TO_ITEM.find(trimmed).map(|m| &trimmed[m.end()..]);
        let starts_to = fold(trimmed).starts_with("to ") || listed.is_some();
        // "decided that the next meeting would be held in Baku": the body acts itself. A
        // resolution's "Decides that income from ... shall be credited to ..." settles a
        // rule; nobody is asked.
        // A resolution's present tense ("...; decides that records shall be provided to
        // ...") settles one in a text that numbers no paragraphs too.
        let settles = passive_that && (self.formal || table::PRESENT_DECIDES.contains(&form));
        (starts_to || (passive_that && !settles)).then(|| Candidate {
            actors: vec![Actor {
                name: self.deciding_body(rest, sentence),
                check: Some("the body decided to act itself; name who carries it out".into()),
            }],
            action: listed.map_or_else(|| strip_to(rest), first_item),
            origin: Origin::Request,
        })
    }

    /// Who decides: the body; in a text that names none, the body a quoted decision names
    /// as its subject ("..., the Summit decides to suspend ...").
    fn deciding_body(&self, rest: &str, sentence: &str) -> String {
        let body = &self.meta.body.value;
        if !body.starts_with("(body not named") {
            // "The Summit decided to ..." in a communiqué whose body was read as "the heads
            // of state": the title the decision names, when the body's name lacks it.
            let titled = offset_in(sentence, rest)
                .and_then(|at| TITLE_DECIDING.captures(&sentence[..at]))
                .map(|m| fold(&m[1]))
                .filter(|t| table::SHORT_BODY_TITLES.contains(&t.as_str()))
                .filter(|t| !fold(body).split_whitespace().any(|w| w == t));
            return titled.map_or_else(|| body.clone(), |t| actor::capitalise(&t));
        }
        offset_in(sentence, rest)
            .and_then(|at| DECIDING_SUBJECT.captures(&sentence[..at]))
            .map_or_else(|| body.clone(), |m| m[1].to_string())
    }

    /// What a decision decides, without the words before it that say how or when; none
    /// for a decision taken before this text's adoption.
    fn decided_words<'a>(&self, rest: &'a str) -> Option<&'a str> {
        // "Recommits firmly to ...": the adverb says how; "decided unanimously on 2 March
        // 2036 to extend ...", "decided today to ...": a press release says how and when.
        let rest = match DECISION_LEAD.captures(rest) {
            // "the Board had decided on 2 May 2031 to renew ...": a decision
            // taken before this text's adoption is no mandate of it.
            Some(m) if self.decided_before_adoption(&rest[..m.get(1).expect("group").start()]) => {
                return None;
            }
            Some(m) => &rest[m.get(1).expect("group").start() - 1..],
            None => rest,
        };
        // "Decides, building on existing platforms, to develop ...": the phrase between
        // commas says how; the decision is what follows it.
        Some(match rest.trim_start().strip_prefix(',') {
            Some(after) => [", to ", ", that "]
                .iter()
                .filter_map(|m| after.find(m))
                .min()
                .map_or(rest, |at| &after[at + 1..]),
            None => rest,
        })
    }

    /// "Decides that X shall ...": what the that-clause's subject is asked; none for a
    /// definition or a permission.
    fn decided_subject(
        &self,
        rest: &str,
        np: &str,
        action: &str,
        sentence: &str,
    ) -> Option<Candidate> {
        // "decides that the purpose of the Decade shall be to ...": a definition;
        // "that dialogues, where feasible, may be combined": a permission.
        let core = without_modal(skip_qualifier(action));
        // "decided that the forum (, known as X,) will include all the groups": what a
        // meeting or a body is made of, not a task ("the Secretary-General shall include").
        let gathering = np
            .rsplit(' ')
            .next()
            .is_some_and(|w| table::GATHERING_NOUNS.contains(&fold(w).as_str()));
        let make_up = gathering && MAKE_UP.is_match(action);
        // "agreed that public health measures including masks ... were necessary", cut at
        // another verb: the subject's own list goes on, no verb of it asks anything.
        let list_goes_on = [core, action].iter().any(|a| {
            matches!(
                fold(a.split_whitespace().next().unwrap_or("")).as_str(),
                "including" | "such" | "notably" | "especially" | "namely"
            )
        });
        // "deciding that the Conference will take place in Utopia": when and where a
        // meeting is, not a task.
        let happens = HAPPENS.is_match(core) || HAPPENS_AFTER_NAME.is_match(action);
        if make_up
            || happens
            || list_goes_on
            || is_copula(core)
            || PERMISSION.is_match(skip_qualifier(action))
        {
            return None;
        }

        // "agreed that by their next meeting in 2037 the Council will present ...": a time
        // phrase before the subject, with no comma, is the lead too.
        let np = FRONTED_TIME
            .captures(np)
            .and_then(|m| m.get(1))
            .map_or(np, |m| &np[m.start()..]);
        // "decides that, at its eighty-sixth session, the Committee should review ...":
        // the phrase before the subject dates the action.
        let lead = offset_in(rest, np)
            .map(|at| rest[..at].trim_start())
            .and_then(|s| s.strip_prefix("that"))
            .map(|s| s.trim().trim_matches(',').trim())
            .unwrap_or("");
        let action = if lead.is_empty() {
            action.to_string()
        } else {
            format!("{}, {lead}", action.trim_end_matches(['.', ';']))
        };
        Some(Candidate {
            actors: actor::actors(np, sentence, &self.ctx),
            action,
            origin: Origin::Request,
        })
    }

    /// "Stresses the need for X to ...", "emphasized the necessity of Islamic countries'
    /// contribution": a request in the form of a view. A need to do something that names
    /// nobody ("Stresses the urgent need to accelerate ...", "emphasised the need to ensure
    /// ...") stays a view, as the UN texts' "Stresses the need to ..." does; so does a need
    /// for a thing ("reaffirmed the need for the early convening of ...", "reiterates the
    /// need for a robust process") in a text with numbered paragraphs or in the present
    /// tense, while a narrative report's past tense still asks all.
    fn need(&self, rest: &str, sentence: &str, present: bool) -> Option<Candidate> {
        let m = NEED
            .captures(rest)
            .or_else(|| IMPORTANCE_AND_NEED.captures(rest))?;
        let after = m.get(0).expect("match").end();
        let tail = &rest[after..];
        let lead = fold(&m[1]);
        let stated = self.formal || present;
        // "reaffirmed the need for a durable solution", "underlined the necessity of a prompt
        // resumption of the talks": an outcome wished for names no act: a view.
        if lead == "to" || OUTCOME_THING.is_match(tail) {
            return None;
        }
        // "the need for an immediate ceasefire ..., and for all parties to exert ...": the
        // second "for" names who acts.
        let split = actor::split_addressed(tail, false).map(|(np, action)| {
            let np = np.rsplit_once(", and for ").map_or(np, |(_, who)| who);
            (np, action)
        });
        // "emphasized the need for an end to the occupation": a stop asked for, of all.
        if lead == "for" && !stated && ENDED_THING.is_match(tail) {
            return Some(self.unaddressed(tail));
        }
        // "the need for the Board to be mindful of ...": a state to be in, a view.
        if lead == "for"
            && (split.is_some_and(|(_, action)| fold(action).starts_with("be "))
                || TO_BE_STATE.is_match(tail))
        {
            return None;
        }
        if lead == "for"
            && let Some((np, action)) = split
            && !(stated && (is_action_noun(np) || actor::opens_with_nominal(np)))
        {
            return Some(Candidate {
                actors: actor::actors(np, sentence, &self.ctx),
                action: action.to_string(),
                origin: Origin::Request,
            });
        }
        if let Some(p) = POSSESSIVE.captures(tail) {
            let np = p[1].to_string();
            if actor::canonical(&np, &self.ctx) != np || np.split_whitespace().count() > 1 {
                return Some(Candidate {
                    actors: actor::actors(&np, sentence, &self.ctx),
                    action: tail[p.get(0).expect("match").end()..].trim().to_string(),
                    origin: Origin::Request,
                });
            }
        }
        (!stated).then(|| self.unaddressed(tail))
    }

    /// "agreed on the following action points:" + "- SESRIC to finalize the report": an item
    /// that names who acts before its "to" infinitive asks that actor, whatever the chapeau's
    /// verb. Not when the chapeau ends in "to" ("decided to:" + "- table a resolution").
    fn action_item(&self, chapeau: &Clause<'_>, sub: &str, sentence: &str) -> Option<Candidate> {
        let lead = fold(
            chapeau
                .rest
                .trim()
                .trim_end_matches([':', '-', '—', ','])
                .trim(),
        );
        let item = fold(sub.trim_start());
        if lead.ends_with(" to") || lead == "to" || item.starts_with("to ") {
            return None;
        }
        // "encourages Member States to take the following steps:" + "(a) Plant trees to
        // ...": the chapeau names who acts, the item opens with its verb.
        let addressed = chapeau.trigger.kind == Kind::Addressed
            && actor::split_addressed(chapeau.rest.trim(), false)
                .is_some_and(|(np, _)| !actor::opens_with_nominal(np));
        if addressed {
            return None;
        }
        self.named_action(sub, sentence)
    }

    /// "SESRIC to finalize the survey": the actor named before a "to" infinitive.
    fn named_action(&self, sub: &str, sentence: &str) -> Option<Candidate> {
        if classify::third_person(sub.trim_start()).is_some()
            || fold(sub.trim_start()).starts_with("to ")
        {
            return None;
        }
        // "(a) Promotion of orchards to feed the region": an action asked of nobody named.
        let (np, action) = actor::split_addressed(sub, false)?;
        if actor::opens_with_nominal(np) {
            return Some(self.unaddressed(sub));
        }
        let actors = actor::actors(np, sentence, &self.ctx);
        (!actors.is_empty()).then(|| Candidate {
            actors,
            action: action.to_string(),
            origin: Origin::Request,
        })
    }

    /// "The Republic of Azerbaijan offered to host the meeting": the subject's own offer.
    /// The body's own ("We pledged to ...") is not an offer of a named actor.
    fn offer(&self, before: &str, rest: &str, sentence: &str) -> Option<Candidate> {
        let subject = passive_subject(before);
        let folded = fold(subject);
        if matches!(folded.as_str(), "" | "it" | "they" | "we") {
            return None;
        }
        let actors = actor::actors(subject, sentence, &self.ctx);
        let body = fold(&self.meta.body.value);
        let by_body = actors.iter().any(|a| fold(&a.name) == body);
        (!actors.is_empty() && !by_body).then(|| Candidate {
            actors,
            action: rest.trim().to_string(),
            origin: Origin::Offered,
        })
    }

    /// "Commends the decision of the State of Kuwait to print ...": a concrete action the
    /// text praises; offered for review, never asserted.
    fn commended(&self, rest: &str, sentence: &str) -> Option<Candidate> {
        let (np, action) = if let Some(m) = COMMENDED_OF.captures(rest) {
            (m.get(1)?.as_str(), m.get(2)?.as_str())
        } else {
            let m = COMMENDED_POSSESSIVE.captures(rest)?;
            (m.get(1)?.as_str(), m.get(2)?.as_str())
        };
        let actors = actor::actors(np, sentence, &self.ctx);
        (!actors.is_empty()).then(|| Candidate {
            actors,
            action: action.trim().to_string(),
            origin: Origin::Commended,
        })
    }

    /// "A to plant trees, and for B and C to grind the grain": the action up to ", and for",
    /// and a second request of B and C.
    fn split_and_for(&self, cand: &Candidate) -> Option<(Candidate, Candidate)> {
        // Without the comma only a proper name ("... end their harassment and for the
        // Government of Valley to allow ..."): "and for lower costs to" names nobody.
        let m = AND_FOR
            .captures(&cand.action)
            .or_else(|| AND_FOR_NAME.captures(&cand.action))?;
        let np = m.get(1).expect("group").as_str();
        // "and for downward reclassification of posts and to report": a thing, not who.
        let last = np.rsplit(' ').next().unwrap_or(np);
        let names = last.starts_with(char::is_uppercase)
            || table::ACTOR_HEADS.contains(&fold(last).as_str());
        if !names || !actor::has_actor_word(np) || actor::opens_with_nominal(np) {
            return None;
        }
        let actors = actor::actors(np, &cand.action, &self.ctx);
        if actors.is_empty() {
            return None;
        }
        let first = Candidate {
            actors: cand.actors.clone(),
            action: cand.action[..m.get(0).expect("match").start()]
                .trim()
                .to_string(),
            origin: cand.origin,
        };
        let second = Candidate {
            actors,
            action: cand.action[m.get(2).expect("group").start()..]
                .trim()
                .to_string(),
            origin: cand.origin,
        };
        Some((first, second))
    }

    fn push(
        &mut self,
        cand: Candidate,
        paragraph: Option<u32>,
        letter: &str,
        text: &str,
        paragraph_check: Option<String>,
    ) {
        // "calls on A to plant, and for B to grind": B is asked too, to do the second thing.
        if let Some((first, second)) = self.split_and_for(&cand) {
            self.push(first, paragraph, letter, text, paragraph_check.clone());
            self.push(second, paragraph, letter, text, paragraph_check);
            return;
        }
        // "In", "On tasks", "As of 15 April": a phrase a mis-split left where the actor goes
        // names nobody.
        let mut cand = cand;
        cand.actors.retain(|a| !is_stray_phrase(&a.name));
        if cand.actors.is_empty() {
            return;
        }
        // "0." numbers no operative paragraph: a resolution file's paragraphs start at 1.
        let paragraph = paragraph.filter(|&n| n > 0);
        let adopted = self.meta.adopted.value;
        // Dates before the adoption day are past facts, unless that day is only a guess.
        let known = (!self.meta.adopted_is_fallback).then_some(adopted);
        let dated_actor = actor_date(&mut cand.actors, known);
        let mut dl = self.deadline_of(&cand.action, dated_actor, text, known);
        let (every, foreign_recurs) = recurrence(&cand.action, &mut dl, known);
        let (due, due_check) = match &dl.found {
            Some(found) => self.due(found, &dl.phrase),
            None => (None, None),
        };
        let mut summary = summary(&cand.action);
        let (mut tags, tags_check) = origin_tags(cand.origin, &mut summary);
        if dl.recurring.is_some() || foreign_recurs {
            tags.push("recurring".to_string());
        }
        let id = self.unique_id(paragraph, letter, &summary);
        self.mandates.push(DraftMandate {
            id,
            paragraph,
            paragraph_check,
            actors: cand.actors,
            summary,
            text: text.trim().to_string(),
            due,
            due_phrase: dl.phrase,
            due_check,
            tags,
            tags_check,
            recurring: dl.recurring,
            every,
        });
    }

    /// The deadline of an action: its own words first, then what the addressee, the rest of
    /// the sentence, the mandate's end or the text's period give it.
    fn deadline_of(
        &self,
        action: &str,
        dated_actor: Option<deadline::Deadline>,
        text: &str,
        known: Option<Date>,
    ) -> deadline::Deadline {
        let mut dl = deadline::parse(action, known);
        // "Invites the Envoy by 20 May 2037 to brief it": the date between the addressee and
        // its "to" is the request's.
        if dl.found.is_none()
            && let Some(found) = dated_actor
        {
            dl.found = found.found;
            dl.phrase = found.phrase;
        }
        // "calls on the Board, notably at its next meeting, and on ... to ...": the meeting
        // an aside after the addressee names.
        if dl.found.is_none()
            && let Some(m) = NEXT_MEETING_ASIDE.captures(text)
        {
            dl = deadline::parse(&m[1], known);
        }
        date_from_sentence(&mut dl, action, text, known);
        // "the seventh session of the Assembly, to be held from 8 to 12 December 2037, ...
        // at the seventh session": the session the paragraph dates.
        if let Some(deadline::Found::Session {
            held: held @ None,
            ordinal: Some(n),
            of,
            ..
        }) = &mut dl.found
            && let Some((day, body)) = dated_session(text, *n, known)
        {
            *held = Some(day);
            *of = body.or(of.take());
        }
        if let Some(deadline::Found::Session {
            held: held @ None, ..
        }) = &mut dl.found
        {
            *held = held_after(action, &dl.phrase, known);
        }
        self.date_from_mandate_end(&mut dl, action);
        if dl.found.is_none()
            && let Some(day) = self.pending_due
        {
            dl.found = Some(deadline::Found::On(Fuzzy::Day(day)));
            dl.phrase = ar::PERIOD_END_PHRASE.to_string();
        }
        if dl.found.is_none() && ANAPHORIC_DATE.is_match(action) {
            let whole = deadline::parse(text, known);
            // "to form the Government on that date", "by the deadline": the date the
            // sentence gave, else the last one an earlier paragraph gave.
            let earlier = || self.last_date.clone();
            if let Some(found) = whole.found.map(|f| (f, whole.phrase)).or_else(earlier) {
                dl.found = Some(found.0);
                dl.phrase = found.1;
            }
        }
        dl
    }

    /// A date the end of the mandate gives the action.
    fn date_from_mandate_end(&self, dl: &mut deadline::Deadline, action: &str) {
        // "no later than 30 days before the end of its current mandate": counted back from
        // the day the text renews the mandate until.
        if let (Some(m), Some(end)) = (MANDATE_END.captures(action), self.mandate_end)
            && matches!(dl.found, None | Some(deadline::Found::BeforeUndated { .. }))
        {
            let back = m
                .get(1)
                .and_then(|n| deadline::number(&fold(n.as_str())))
                .map_or(0, i64::from);
            if let Ok(day) = end.checked_sub(jiff::Span::new().days(back)) {
                dl.found = Some(deadline::Found::On(Fuzzy::Day(day)));
                dl.phrase = m[0].to_string();
            }
        }
        // "before the end of the mandate period" in a text that gives no day the mandate
        // runs to: a meeting-like event the text does not date.
        if dl.found.is_none()
            && self.mandate_end.is_none()
            && let Some(m) = MANDATE_END.captures(action)
            && m.get(1).is_none()
        {
            dl.found = Some(deadline::Found::BeforeUndated {
                name: "end of the mandate".to_string(),
            });
            dl.phrase = m[0].to_string();
        }
    }

    /// A found deadline as a `due` value, adding the events it needs.
    fn due(&mut self, found: &Found, phrase: &str) -> (Option<Due>, Option<String>) {
        let year = self.meta.adopted.value.year();
        match found {
            Found::On(f) => (Some(Due::On(*f)), None),
            Found::Around(f) => (
                Some(Due::On(*f)),
                Some(format!(
                    "the text says \"{phrase}\": the end of that period"
                )),
            ),
            Found::Within { days, exact } => {
                let why = if *exact {
                    format!("\"{phrase}\", counted from the adoption day")
                } else {
                    format!("\"{phrase}\", counted roughly in days: set the exact day")
                };
                (
                    Some(Due::At {
                        anchor: Anchor::Adoption,
                        days: *days,
                    }),
                    Some(why),
                )
            }
            Found::BeforeEvent { name, date } => {
                let id = self.event(name.clone(), *date, None);
                (Some(Due::Before(Anchor::Event(id))), None)
            }
            Found::AfterUndated { name, days } => {
                let check = if *days == 0 {
                    format!(
                        "the text says \"{phrase}\": at an event it does not date; set the event's date"
                    )
                } else {
                    format!(
                        "the text says \"{phrase}\": {days} days after an event it does not date; set the event's date"
                    )
                };
                let name = actor::capitalise(name);
                let id = self.event(name, Fuzzy::Year(year.saturating_add(1)), Some(check));
                (
                    Some(Due::At {
                        anchor: Anchor::Event(id),
                        days: *days,
                    }),
                    None,
                )
            }
            Found::BeforeUndated { name } => {
                let check =
                    format!("the text says \"{phrase}\" without a date; set the meeting's date");
                let name = actor::capitalise(name);
                let id = self.event(name, Fuzzy::Year(year.saturating_add(1)), Some(check));
                (Some(Due::Before(Anchor::Event(id))), None)
            }
            Found::Session {
                held,
                ordinal,
                of,
                word,
            } => {
                // "to a later session": a session to come, not said to be the next.
                let later = ["later ", "subsequent ", "future "]
                    .iter()
                    .any(|w| word.starts_with(w));
                let which = match (held, ordinal) {
                    (_, Some(n)) => format!("{}{} {word}", n, ordinal_suffix(*n)),
                    (Some(when), None) => format!("{when} {word}"),
                    (None, None) if later => actor::capitalise(word),
                    (None, None) => format!("Next {word}"),
                };
                let arabic = word.chars().next().is_some_and(ar::is_arabic_letter);
                let name = match of {
                    // "الدورة القادمة لمجلس وزراء الخارجية" names itself, as written.
                    _ if arabic && held.is_none() => word.clone(),
                    Some(of) => format!("{which} of the {of}"),
                    // "the 15th Islamic Summit" names itself.
                    None if word.contains(' ') && !later => which,
                    None => format!("{which} of the {}", self.meta.body.value),
                };
                let yearly = self.yearly_session(of.as_deref(), *ordinal);
                let date = held
                    .or(yearly)
                    .unwrap_or(Fuzzy::Year(year.saturating_add(1)));
                let check = match (held, yearly) {
                    (Some(_), _) => format!("the text says \"{phrase}\": set the meeting's day"),
                    (None, Some(_)) => format!(
                        "the text says \"{phrase}\": the month the session opens; set the day the text means"
                    ),
                    (None, None) => {
                        format!("the text says \"{phrase}\" without a date; set the meeting's date")
                    }
                };
                let id = self.event(name, date, Some(check));
                (
                    Some(Due::At {
                        anchor: Anchor::Event(id),
                        days: 0,
                    }),
                    None,
                )
            }
        }
    }

    /// When a body that meets in yearly numbered sessions opens the one meant: its Nth
    /// session by its count, its next one as the first opening after the adoption.
    fn yearly_session(&self, of: Option<&str>, ordinal: Option<u32>) -> Option<Fuzzy> {
        let raw = of.unwrap_or(&self.meta.body.value);
        // "the eightieth session of the Assembly": the General Assembly's own, shortened.
        let own = fold(&self.meta.body.value);
        let body = match of.map(fold) {
            Some(of) if !own.ends_with(&of) => of,
            _ => own,
        };
        let &(_, base, month) = table::YEARLY_SESSIONS
            .iter()
            .find(|(name, _, _)| body.contains(name))
            .or_else(|| {
                table::AR_YEARLY_SESSIONS
                    .iter()
                    .find(|(name, _, _)| raw.contains(name))
            })?;
        let year = match ordinal {
            // Its Nth session opened years before the text: "its sixtieth session" is another
            // body's (the Council's or the Commission's the clause names), not this one's.
            Some(n) => {
                let year = base.checked_add(i16::try_from(n).ok()?)?;
                (year >= self.meta.adopted.value.year() - 1).then_some(year)?
            }
            None => {
                let adopted = self.meta.adopted.value;
                adopted.year() + i16::from(adopted.month() >= month)
            }
        };
        Some(Fuzzy::Month { year, month })
    }

    /// The id of an event with this name and date, defining it if it is new.
    fn event(&mut self, name: String, date: Fuzzy, check: Option<String>) -> String {
        if let Some(e) = self
            .events
            .iter()
            .find(|e| e.name == name && e.date == date)
        {
            return e.id.clone();
        }
        let mut id = format!("{}-{date}", slug(&name, 4));
        if self.events.iter().any(|e| e.id == id) {
            id = format!("{id}-{}", self.events.len() + 1);
        }
        self.events.push(DraftEvent {
            id: id.clone(),
            name,
            date,
            check,
        });
        id
    }

    /// "encouraged them to ...": the actors of the request before in the same sentence
    /// (unless that was the body's own decision), else the noun phrase the pronoun stands
    /// for, else the actors of the request before.
    /// "the latter" is always the noun phrase.
    fn pronoun_actors(&self, clause: &Clause<'_>, sentence: &str) -> Option<Vec<Actor>> {
        let prev = self.mandates.last();
        // "decided to establish a working group and requested it to ...": after the body's
        // own decision, "it" is what the decision set up, not the body.
        let body_before =
            prev.is_some_and(|m| m.actors.iter().all(|a| a.name == self.meta.body.value));
        let same_sentence = !body_before
            && prev
                .is_some_and(|m| sentence.contains(m.text.as_str()) || m.text.contains(sentence));
        // "the latter" is the last named, even after a request in the same sentence.
        let latter = fold(clause.rest.trim_start()).starts_with("the latter");
        let prefix = offset_in(sentence, clause.rest).map(|at| &sentence[..at]);
        // "Expresses its appreciation to A and B, as well as to C, for ..., and encourages
        // them to ...": those thanked.
        let them = fold(clause.rest.trim_start()).starts_with("them ");
        if let Some(list) = prefix.and_then(|p| THANKED.captures(p)).filter(|_| them) {
            let list = ALSO_TO.replace_all(&list[1], ", ");
            // "the Orchard Board (OB)": the short form the text goes on with is no name.
            let list = ACRONYM_AFTER.replace_all(&list, "");
            let mut found = actor::actors(&list, sentence, &self.ctx);
            for a in &mut found {
                a.check = Some("the text says \"them\": read as those it thanks".into());
            }
            return Some(found);
        }
        // "expressed their gratitude to Dr. X, former President of Y and Mediator, and
        // encouraged him to ...": the one person thanked, named before the apposition.
        let one = {
            let r = fold(clause.rest.trim_start());
            r.starts_with("him ") || r.starts_with("her ")
        };
        if let Some(name) = prefix.and_then(|p| THANKED_ONE.captures(p)).filter(|_| one) {
            let mut found = actor::actors(&name[1], sentence, &self.ctx);
            for a in &mut found {
                a.check =
                    Some("the text says \"him\" or \"her\": read as the one it thanks".into());
            }
            if !found.is_empty() {
                return Some(found);
            }
        }
        // "Commends the efforts of the Envoy and of the Mission's staff, encourages them to
        // ...": those whose efforts it commends.
        if let Some(list) = prefix.and_then(commended_doers).filter(|_| them) {
            // "of A and of B": each "of" opens a name of its own.
            let mut found: Vec<Actor> = AND_OF
                .split(list)
                .flat_map(|part| actor::actors(part, sentence, &self.ctx))
                .collect();
            for a in &mut found {
                a.check =
                    Some("the text says \"them\": read as those whose efforts it commends".into());
            }
            return Some(found).filter(|f| !f.is_empty());
        }
        // "Reiterating the importance of implementation by A and B of their commitments,
        // the Council urged them to ...": those whose commitments they are; the subject
        // that urges them is never "them".
        let prefix = prefix.map(|p| without_own_subject(p, &self.meta.body.value));
        if let Some(list) = prefix
            .and_then(|p| DOERS_OF_THEIR.captures_iter(p).last())
            .filter(|_| them)
        {
            let found = actor::actors(&list[1], sentence, &self.ctx);
            if !found.is_empty() {
                return Some(found);
            }
        }
        let person = PERSON_PRONOUN.is_match(clause.rest);
        let named = match prefix {
            Some(p) if person => actor::person_antecedent(p),
            Some(p) => actor::antecedent(p),
            None => None,
        };
        // "requests A to ..., takes note of the work of the Office B, and calls upon it to
        // ...": a body named after the request before's addressee is nearer than it.
        // Only "it": "them" after "A and B to ..." is A and B, whatever the request names.
        let it = fold(clause.rest.trim_start()).starts_with("it ");
        let nearer = it
            && named.is_some_and(|np| {
                let at = prefix.and_then(|p| offset_in(p, np));
                // Where the request before last names one of its actors (ASCII case folded, so
                // that offsets stay those of the prefix).
                let prev_at = prev.and_then(|m| {
                    let lower = prefix?.to_ascii_lowercase();
                    m.actors
                        .iter()
                        .filter_map(|a| lower.rfind(&a.name.to_ascii_lowercase()))
                        .max()
                });
                matches!((at, prev_at), (Some(a), Some(b)) if a > b)
            });
        if let Some(np) = named.filter(|_| latter || person || !same_sentence || nearer) {
            let mut found = actor::actors(np, sentence, &self.ctx);
            for a in &mut found {
                a.check = Some(format!(
                    "the text says \"{}\": read as \"{np}\"",
                    if person {
                        "him\" or \"her"
                    } else {
                        "it\" or \"them"
                    }
                ));
            }
            return Some(found);
        }
        let prev = prev?;
        Some(
            prev.actors
                .iter()
                .map(|a| Actor {
                    name: a.name.clone(),
                    check: Some("the text says \"them\": read as the actor before".into()),
                })
                .collect(),
        )
    }

    fn unique_id(&mut self, paragraph: Option<u32>, letter: &str, summary: &str) -> String {
        let words = slug(summary, 3);
        let base = match paragraph {
            Some(n) => format!("p{n}{letter}-{words}"),
            None => format!("m{}-{words}", self.mandates.len() + 1),
        };
        let base = base.trim_end_matches('-').to_string();
        let mut id = base.clone();
        // Every suffix below this one was taken when last tried, and ids are never freed.
        let mut n = self.next_suffix.get(&base).copied().unwrap_or(2);
        while self.ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.next_suffix.insert(base, n);
        self.ids.insert(id.clone());
        id
    }
}

/// "Decides to remain seized": nothing to do. "Decides to undertake a mission and to
/// remain seized": the mission is.
fn non_mandate_decision(rest: &str) -> bool {
    let lower = fold(rest);
    let first = lower.trim_start();
    let first = first.strip_prefix("to ").unwrap_or(first).trim_start();
    let first = first.strip_prefix("also ").unwrap_or(first);
    // "Decides to remain actively seiz": a page excerpt cut inside the formula is it too.
    let cut = first.trim_end();
    table::NON_MANDATE_DECISIONS
        .iter()
        .any(|d| first.starts_with(d) || (cut.len() >= 12 && d.starts_with(cut)))
}

/// "cooperation between Utopia and Erewhon", "the promotion of X by the Board": the doers a
/// call names after all, in its words before any ", including".
fn named_doers(rest: &str) -> Option<String> {
    // "..., including through the implementation by States of pledges": an
    // illustration's agent is not the call's.
    let scope = &rest[..rest.find(", including").unwrap_or(rest.len())];
    BETWEEN
        .captures(scope)
        .or_else(|| listed_among(scope))
        .or(agent_by(rest, scope))
        .or_else(|| OF_AGENT.captures(scope))
        .map(|m| {
            // "by the States members of the Committee, with a view to ...": the whole
            // name, lowercase words and all.
            let run = m.get(1).expect("group");
            let whole = doers_end(&rest[run.start()..]);
            if whole.len() > run.as_str().len() && !whole.contains(',') {
                whole
            } else {
                with_head_noun(rest, run)
            }
        })
        .map(|np| trim_connectors(np).to_string())
        .filter(|np| actor::has_actor_word(np))
}

/// "the promotion of X by the Board": the agent after "by". "... established by the
/// General Assembly": a participle's agent did something else, before.
fn agent_by<'a>(rest: &str, scope: &'a str) -> Option<regex::Captures<'a>> {
    BY_ACTOR.captures_iter(scope).find(|m| {
        let before = rest[..m.get(0).expect("match").start()].trim_end();
        let word = before.rsplit(' ').next().map(fold).unwrap_or_default();
        !["ed", "en", "wn", "de", "ld"]
            .iter()
            .any(|e| word.ends_with(e))
    })
}

/// A list of names at the call's head ("trust among A, B and C"): nothing but names before
/// its "and" ("among countries to improve X and Y" is a purpose, not a list); an "among X"
/// further on is not who acts.
fn listed_among(scope: &str) -> Option<regex::Captures<'_>> {
    AMONG.captures(scope).filter(|m| {
        let list = fold(&m[1]);
        let head = list.split(" and ").next().unwrap_or("");
        m.get(0).expect("match").start() <= 30
            && !["and ", "or "].iter().any(|c| list.starts_with(c))
            && ![" to ", " in ", " for ", " with ", " on "]
                .iter()
                .any(|w| format!("{head} ").contains(w))
    })
}

/// The words of a chapeau its items take (its verb's object, without the "to", "with" or
/// list opener that leads into the items), and whether it ended in "to"; none when the items
/// are what a rule leaves out.
fn chapeau_head<'a>(chapeau: &Clause<'a>) -> Option<(&'a str, bool)> {
    let head = chapeau
        .rest
        .trim()
        .trim_end_matches([':', '-', '—', ','])
        .trim();
    // "decides that the ban shall not cover:" + "(a) goods meant for the
    // force": the items are what the rule leaves out; nobody is asked.
    if SAYS_WHAT_HOLDS.is_match(head) {
        return None;
    }
    let called_to = head.ends_with(" to");
    let head = head.strip_suffix(" to").unwrap_or(head).trim();
    // "Encourages the Fund to implement the following:" + "1. Assist ...": the items are
    // what the Fund is to do.
    let head = match head.rfind(" to ") {
        Some(i) if LIST_OPENER.is_match(&head[i..]) => head[..i].trim(),
        _ => head,
    };
    // "Entrusts the Bureau with:" + "(a) following up ...".
    let head = if table::WITH_VERBS.contains(&chapeau.trigger.form.as_str()) {
        head.strip_suffix(" with").unwrap_or(head).trim()
    } else {
        head
    };
    Some((head, called_to))
}

/// An item's own words, without the "and" that joins it to the list or a qualifier before
/// its infinitive.
fn item_words(sub: &str) -> &str {
    // "shall (a) prioritize ...; ... (f) and assist ...": the last item's "and" joins
    // the list, it does not open a name.
    let sub = ["and ", "or "]
        .iter()
        .find_map(|c| sub.trim_start().strip_prefix(c))
        .unwrap_or(sub);
    // "(b) In accordance with their national law, to protect ...": the qualifier before
    // the item's infinitive names no one.
    QUALIFIED_ITEM
        .captures(sub)
        .map_or(sub, |m| m.get(1).expect("group").as_str())
}

/// A date the action's own words lack but its sentence gives: an earlier meeting or session,
/// or the same obligation going on after a second "shall".
fn date_from_sentence(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    // "on 10 July the Registrar is requested to report": the date put before a passive
    // request's subject is the request's.
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(m) = FRONTED_DATE.captures(&text[..at])
    {
        let found = deadline::parse(&format!("by {}", &m[1]), known);
        if found.found.is_some() {
            dl.found = found.found;
            dl.phrase = m[0].trim().to_string();
        }
    }
    // "Decides, in the event of a breach, to meet again": the happening set off before the
    // action is when the body meets.
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some((found, phrase)) = deadline::meeting_upon_before(text, at)
    {
        dl.found = Some(found);
        dl.phrase = phrase;
    }
    // "... at its meeting in December 2025, and invites the Presidency to take stock of
    // progress by that date": the date is earlier in the sentence.
    // "Decides that, at its eighty-sixth session, the Committee should ...": a session
    // set off by commas before the actor times the action.
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(inserted) = INSERTED_SESSION.find(&text[..at])
    {
        let found = deadline::parse(inserted.as_str(), known);
        if matches!(found.found, Some(deadline::Found::Session { .. })) {
            dl.found = found.found;
            dl.phrase = found.phrase;
        }
    }
    // "X shall meet, and shall hold a session with a view to ending its work by August
    // 2037": the action stops at the second "shall", the same obligation goes on.
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(more) = SAME_OBLIGATION.find(&text[at + action.len()..])
    {
        let rest = &text[at + action.len() + more.end()..];
        let clause = rest.split(';').next().unwrap_or(rest);
        let found = deadline::parse(clause, known);
        if found.found.is_some() {
            dl.found = found.found;
            dl.phrase = found.phrase;
        }
    }
    // "to establish, as of 1 July, the Orchard Mission": what is set up is set up on that
    // day.
    // "to enlarge the Board to 30 members, with effect from 1 January 2037": the change
    // is made on that day.
    if dl.found.is_none()
        && let Some(m) = ESTABLISHED_AS_OF.captures(action).or_else(|| {
            TAKES_EFFECT_FROM
                .captures(action)
                .filter(|m| !renews(&action[..m.get(0).expect("match").start()]))
        })
    {
        let found = deadline::parse(&format!("by {}", &m[1]), known);
        if let Some(on @ deadline::Found::On(Fuzzy::Day(_))) = found.found {
            dl.found = Some(on);
            dl.phrase = m[0].to_string();
        }
    }
    // "the tenth meeting, to be held from 4 to 6 October 2037, ... and requests X to
    // support it": the meeting's first day.
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(held) = APPOSED_MEETING.find(&text[..at])
    {
        let found = deadline::parse(held.as_str(), known);
        if matches!(found.found, Some(deadline::Found::On(Fuzzy::Day(_)))) {
            dl.found = found.found;
            dl.phrase = found.phrase;
        }
    }
}

/// How often an action recurs, and whether only the Arabic reading found it; the deadline
/// is adjusted to the recurrence (its first occurrence, or no deadline where the date only
/// ends the recurrence or the act is a proclamation).
fn recurrence(
    action: &str,
    dl: &mut deadline::Deadline,
    known: Option<Date>,
) -> (Option<Every>, bool) {
    let mut every = recur::every(action);
    // "Decides to proclaim 2038 the International Year of X", "to designate 1 May as
    // World X Day, to be observed every year": the act is done on adoption; the year or
    // day named is the observance's, and so is its yearly return.
    if PROCLAIMS.is_match(action) {
        *dl = deadline::Deadline::default();
        every = None;
    }
    // "كل 90 يوما", "سنويا", "chaque année": the Arabic and French periods, where no
    // English one was read.
    let foreign_every = every
        .is_none()
        .then(|| ar::every(action).or_else(|| recur::french(action)))
        .flatten();
    let foreign_recurs = foreign_every.is_some();
    every = every.or(foreign_every);
    // "every six months, starting from 1 March 2037": the first occurrence.
    if every.is_some()
        && dl.found.is_none()
        && let Some(m) = STARTING.captures(action)
        && let Some(found @ deadline::Found::On(_)) =
            deadline::parse(&format!("by {}", &m[1]), known).found
    {
        dl.found = Some(found);
        dl.phrase = m[0].to_string();
    }
    // "monthly reports through 1 July 2024": that day ends the recurrence, it is no
    // deadline of its own.
    if let Some(until) = every.as_ref().and_then(|e| e.until_phrase.as_deref())
        && !dl.phrase.is_empty()
        && until.contains(
            dl.phrase
                .trim_start_matches(|c: char| c.is_alphabetic())
                .trim(),
        )
    {
        dl.found = None;
        dl.phrase.clear();
    }
    (every, foreign_recurs)
}

/// The tags an action's origin gives it, marking the summary of what the text only commends
/// or records as offered.
fn origin_tags(origin: Origin, summary: &mut String) -> (Vec<String>, Option<String>) {
    let mut tags = Vec::new();
    let mut tags_check = None;
    match origin {
        Origin::Request => {}
        Origin::Commended => {
            summary.push_str(" (commended)");
            tags.push("commended".to_string());
            tags_check = Some("the text commends this action, it does not request it: keep it only if you will follow it up".into());
        }
        Origin::Offered => {
            summary.push_str(" (offered)");
            tags.push("offered".to_string());
            tags_check = Some("the text records this offer, it does not request it: keep it only if you will follow it up".into());
        }
    }
    (tags, tags_check)
}

/// "Annex", "ANNEX II", "Appendix": a heading alone on its line.
static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
    let headings = any_of(table::ANNEX_HEADINGS);
    Regex::new(&format!(
        r"^(?i:{headings})(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}}|[A-Z]))?$"
    ))
    .expect("valid regex")
});

/// A lead-in that quotes an instrument's provision: "Article 9 provides:", "reads as follows:".
static QUOTES_PROVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:provides|provided|reads|read|states|stated|stipulates|stipulated)(?:\s+as\s+follows)?\s*:\s*$")
        .expect("valid regex")
});

/// "that the Board be requested / invited to ...": group 1 the addressee, group 2 the rest.
static THAT_REQUESTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^that\s+([^,;:]+?)\s+be\s+(?:requested|invited|asked|urged|called\s+upon|instructed|directed)\b(.*)$")
        .expect("valid regex")
});

/// "that the next meeting be held in Rabat", "that a report should be presented": a
/// that-clause whose subject is acted upon.
/// "that the accession talks should be concluded": a passive that-clause with a modal of
/// obligation.
static AGREED_OBLIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+[^,;:]*?\s(?:should|shall|must)\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one)\b")
        .expect("valid regex")
});

/// "..., he (also) called for": a person as the subject right before the verb.
static PERSON_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[,;:.]\s*|\band\s+)(?:he|she)\s+(?:(?:also|further|then|has|had)\s+)*$")
        .expect("valid regex")
});

/// "Reform of the Board ...", "Review of the seed rules ...": an item naming a change.
static CHANGE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:reform|renewal|review|revision|restructuring|strengthening|consideration|establishment|creation|enhancement)\s+of\b")
        .expect("valid regex")
});

static NEXT_MEETING_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:notably|in\s+particular|particularly|especially)\s+((?:at|before)\s+its\s+(?:next|upcoming|forthcoming)\s+(?:meeting|session|summit)),")
        .expect("valid regex")
});

static DECISION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:decisions|directives|action\s+points)\b[^.;]*:$").expect("valid regex")
});

static EARLIER_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:during|at)\s+(?:their|its|the)\s+(?:last|previous|earlier|preceding)\s+(?:meeting|summit|session)\b")
        .expect("valid regex")
});

/// "The King, addressing the summit, calls for ...": a speaker's words, not the body's.
static ADDRESSING_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:addressing|speaking\s+(?:at|to|before))\s+[^,;]+,\s*$")
        .expect("valid regex")
});

/// "that shall", "which will be": a relative pronoun, with its modal, as a subject.
static RELATIVE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s)(?:that|which|who)(?:\s+(?:shall|will|would|should|must|may|has|have))?$",
    )
    .expect("valid regex")
});

/// "said that “...": what someone said, or a quotation.
static REPORTED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:said|says|stated|added|told|declared)\b|[“"]"#).expect("valid regex")
});

/// "Some member states appealed for": a quantified part of the members as the subject.
static SOME_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[,;:.]\s*)(?:some|several|many|a\s+few|a\s+number\s+of)\s[^,;:.]*$")
        .expect("valid regex")
});

/// ", he called for X," earlier in the sentence: a person speaking.
static PERSON_EARLIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[,;:.]\s*)(?:he|she)\s+(?:(?:also|further)\s+)?(?:called|urged|proposed|invited|asked|requested)\b")
        .expect("valid regex")
});

/// "directs the President of the Commission to" where a page excerpt stops: the addressee,
/// with what it is asked cut off.
fn cut_after_to(rest: &str) -> Option<(&str, &str)> {
    let np = rest.trim_end().strip_suffix(" to")?.trim();
    actor::has_actor_word(np).then_some((np, ""))
}

/// "(known as X,) will include ...": what something is made of.
/// "that it will convene ...": the deciding body's own act to come.
static THAT_IT_WILL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+it\s+(?:will|shall|would)\s+(\w)").expect("valid regex")
});

/// "co-hosted by A and B will take place in ...": the meeting's name runs on past the
/// subject the split found.
static HAPPENS_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^,;]{0,80}?\b(?:will|shall|would)\s+(?:take\s+place|be\s+held)\b")
        .expect("valid regex")
});

/// "take place in ...", "be held in ...": a meeting's place and time.
static HAPPENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:take\s+place|be\s+held|occur)\b").expect("valid regex")
});

static MAKE_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[^;]*?,\s*)?(?:(?:will|shall|would|should|must)\s+)?(?:include|comprise|consist\s+of)\b")
        .expect("valid regex")
});

/// "by their next high-level meeting in 2037 the Council of coordinators": a time phrase,
/// then the subject (its last "the" and a capital).
static FRONTED_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by|at|before|during|no\s+later\s+than|not\s+later\s+than)\s+[^,]*\s(the\s+\p{Lu}[^,]*)$")
        .expect("valid regex")
});

/// "the heads of the member states (have) agreed": the subject right before a verb.
static OWN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    // "According to the communique, ECOWAS leaders have resolved": a subject after a comma
    // needs no article.
    Regex::new(r"(?i)(?:\bthe\s+|(?:^|[,;])\s*)((?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s+(?:(?:also|further|then|has|have|had|unanimously)\s+)*$")
        .expect("valid regex")
});

static THAT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+[^,;:]*?\s(?:(?:should|shall|must|would|will)\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one)\b")
        .expect("valid regex")
});

/// "where feasible, may be combined" → "may be combined": a qualifier between a subject and
/// its verb.
fn skip_qualifier(action: &str) -> &str {
    let first = classify::tokens(action).into_iter().next();
    match first {
        Some(t) if table::QUALIFIER_STARTS.contains(&t.word.as_str()) => action
            .split_once(", ")
            .map_or(action, |(_, after)| after.trim_start()),
        _ => action,
    }
}

/// "should be combined" → "be combined".
fn without_modal(action: &str) -> &str {
    let first = classify::tokens(action).into_iter().next();
    match first {
        Some(t) if table::MODALS.contains(&t.word.as_str()) => action[t.end..].trim_start(),
        _ => action,
    }
}

/// In an action, ", and all States parties to promote ...": where a second addressee starts
/// (the action is cut there), who it is and what it is asked. The last such pair.
/// "cooperation with the AU and the UN to ensure ...", "support to AMISOM and the security
/// sector, to include ...": the words before "and" are a preposition's object (within three
/// words), so what follows "and" is that object's other half, not a second addressee.
fn governed(before: &str) -> bool {
    before.split_whitespace().rev().take(3).any(|w| {
        matches!(
            fold(w).as_str(),
            "with" | "between" | "among" | "from" | "of" | "by" | "for" | "to" | "in" | "on" | "at"
        )
    })
}

fn second_addressee(action: &str, named_first: bool) -> Option<(usize, &str, &str)> {
    // The last ", and" that opens an addressee ("..., and upon the nuclear-weapon States
    // to ..., and, consistent with X, ..."), not only the last ", and".
    let found: Vec<regex::Match<'_>> = SECOND_ADDRESSEE.find_iter(action).collect();
    found.into_iter().rev().find_map(|m| {
        let tail = &action[m.end()..];
        let bare = !m.as_str().starts_with(',');
        // "and for the International Community to ...": "for" marks the addressee, even after
        // a preposition's object ("pledges for aid to Hill and for ...").
        let marked = m.as_str().trim_end().ends_with("for");
        if marked && !named_first {
            return None;
        }
        if bare && !marked && (!tail.starts_with("the ") || governed(&action[..m.start()])) {
            return None;
        }
        let (np, rest) = actor::split_addressed(tail, false)?;
        // Without a comma ("directed Partner States to ratify the protocols and the Council
        // to report"), only a short name: "the" and a word or three.
        let short = np.split_whitespace().count() <= if bare { 4 } else { 8 };
        // A name: a capital or a determiner first, never a verb ("and recalls its decision
        // to ...") nor the action's own "to" ("and to continue to ...").
        let first = np.split_whitespace().next().unwrap_or("");
        let named = first.starts_with(char::is_uppercase)
            || table::ADDRESSEE_DETERMINERS.contains(&fold(first).as_str());
        // Its last word names an actor ("all States parties", "UNAMI"), not a thing ("the
        // elements agreed in annex I to document ...").
        let last = np.split_whitespace().last().unwrap_or("");
        let acronym = last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase());
        let head = table::ACTOR_HEADS.contains(&fold(last).as_str()) || acronym;
        (short && named && head && !np.contains(',')).then_some((m.start(), np, rest))
    })
}

/// "to authorize the Mission to ...", "to request the Secretary-General to ...": a
/// decision that asks someone else.
static DECIDES_TO_ASK: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::DECIDES_TO_ASK);
    Regex::new(&format!(r"(?i)^\s*to\s+(?:also\s+)?(?:{verbs})\s")).expect("valid regex")
});

/// "efforts", "the measures": what a call asks for, not who is asked.
/// "the Mission to use all necessary means to carry out the following tasks" → "the
/// Mission": a chapeau's addressee before its infinitive; the whole head without one.
fn addressee_of(head: &str) -> &str {
    match actor::split_addressed(head, false) {
        Some((np, _)) if !actor::opens_with_nominal(np) => np,
        _ => head,
    }
}

/// Two or more items, each opening with a capitalised bare verb ("Reach", "Develop") that
/// is no verb of the body's own ("Requests", "Decides"): tasks, not sentences of their own.
fn imperative_items(subs: &[segment::Sub]) -> bool {
    subs.len() >= 2
        && subs.iter().all(|s| {
            let text = s.text.trim_start();
            let first = text.split_whitespace().next().unwrap_or("");
            let word = fold(first);
            let base = !["ing", "ed", "s", "tion", "ment", "ness", "ity", "al"]
                .iter()
                .any(|e| word.ends_with(e));
            first.starts_with(char::is_uppercase)
                && first.chars().all(char::is_alphabetic)
                && base
                && !starts_with_determiner(text)
                && classify::clauses(text)
                    .first()
                    .is_none_or(|c| c.trigger.start > 0)
        })
}

/// "Calls for new donors to ...", "calls for Member States to ...": a few words without a
/// determiner that end in a name of those who act (no preposition: "efforts by States" is
/// what is called for).
fn bare_group(np: &str) -> bool {
    let words: Vec<String> = np.split_whitespace().map(fold).collect();
    let preposition = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "of" | "by" | "for" | "among" | "between" | "from" | "with" | "in" | "on"
        )
    });
    words.len() <= 4
        && !preposition
        && words
            .last()
            .is_some_and(|w| table::ACTOR_HEADS.contains(&w.as_str()))
}

/// "cooperation among countries", "the full cooperation of Member States, in particular
/// ...": a group of States right after a preposition that names who acts.
fn doer_group(rest: &str, ctx: &Context) -> Option<String> {
    // Past the call's head ("..., while taking account of the means among States", "...,
    // at all levels, between States, ...") a preposition names who is concerned or a
    // later noun's partners, not who is called on.
    let head = &rest[..rest.find([',', ';', ':']).unwrap_or(rest.len())];
    DOER_PREPOSITION.find_iter(head).find_map(|m| {
        // From the preposition on, so that a capitalised first word stays in the name.
        let tail = &rest[m.start()..];
        let near: String = tail
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        actor::state_group(&near, ctx)
    })
}

static DOER_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:of|among|amongst|between|from)\s+").expect("valid regex")
});

static TO_BE_DONE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bto\s+be\s+(?:taken|made|undertaken|implemented|carried\s+out|pursued)\s+by\s+",
    )
    .expect("valid regex")
});

/// "efforts by all relevant stakeholders, especially X, to ...", "coordination of A and B
/// with C", "cooperation between A, including its organs, and B on ...": the doers named
/// right after the action's noun at the head of the call, capitalised or not. A
/// preposition further on ("..., while taking account of the means among States") names
/// who is concerned, not who acts.
fn head_doers(rest: &str) -> Option<&str> {
    // "requests UNSOM's support": the possessor acts.
    if let Some(m) = POSSESSED_ACTION.captures(rest)
        && (is_doer_noun(&fold(&m[2])) || m.get(3).is_some_and(|w| is_doer_noun(&fold(w.as_str()))))
    {
        return Some(m.get(1).expect("group").as_str());
    }
    // "cooperation, where appropriate, between A and B": a short aside is no end; nor is
    // "between A, especially its agency C, and B" (an aside that may hold commas of its own).
    let part_aside = PART_ASIDE.find(rest);
    let head_end = rest
        .match_indices([',', ';', ':'])
        .map(|(at, _)| at)
        .filter(|&at| !part_aside.is_some_and(|m| m.start() <= at && at < m.end()))
        .find(|&at| !SHORT_ASIDE.is_match(&rest[at..]) && !ends_short_aside(&rest[..at]))
        .unwrap_or(rest.len());
    HEAD_DOER.captures_iter(&rest[..head_end]).find_map(|m| {
        let noun = fold(&m[1]);
        let prep = fold(&m[3]);
        // "the approach pursued by the Office": only "by" names who did it.
        if m.get(2).is_some() && prep != "by" {
            return None;
        }
        let by_noun = is_doer_noun(&noun);
        // "to help the Mission, with the support of the army, to ...": a circumstance of
        // the action, not who is called on.
        let with = fold(&rest[..m.get(0).expect("match").start()]);
        if noun == "support" && (with.ends_with(" with") || with.ends_with(" with full")) {
            return None;
        }
        let fits = match prep.as_str() {
            "of" => {
                table::AGENT_OF_NOUNS.contains(&noun.as_str())
                    || table::BETWEEN_NOUNS.contains(&noun.as_str())
                    || noun == "initiative"
                    || noun == "support"
            }
            _ => by_noun,
        };
        if !fits {
            return None;
        }
        let start = m.get(0).expect("match").end();
        // "cooperation among and between Member States ...": the second preposition.
        let tail = DOUBLED_PREPOSITION
            .find(&rest[start..])
            .map_or(&rest[start..], |d| &rest[start + d.end()..]);
        let np = doers_end(tail);
        (actor::has_actor_word(np) && !actor::opens_with_nominal(np)).then_some(np)
    })
}

fn is_doer_noun(noun: &str) -> bool {
    table::ACTION_NOUNS.contains(&noun)
        || table::NOMINAL_HEADS.contains(&noun)
        || table::DOER_BY_NOUNS.contains(&noun)
        || table::BETWEEN_NOUNS.contains(&noun)
        || table::AGENT_OF_NOUNS.contains(&noun)
}

/// "UNSOM's support", "the Board’s assistance": a named actor's action.
static POSSESSED_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:the\s+)?(\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,5})['’]s\s+(\w+)(?:\s+(\w+))?")
        .expect("valid regex")
});

/// "all efforts to that end", "such steps in this regard": a call that names no action.
static EMPTY_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:all|further|such|these|those|the)?\s*\w+\s+(?:to\s+(?:that|this)\s+end|in\s+(?:that|this)\s+regard)(?:[\s,;.]|\band\b|\bin\s+(?:this|that)\s+regard\b)*$")
        .expect("valid regex")
});

static THAT_PASSIVE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+[^,;:]*?\s(?:(?:should|shall|must|would|will)\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one)(?:\s+out|\s+(?:top\s+)?(?:priority|attention|support|consideration))?\s+by\s+")
        .expect("valid regex")
});

/// "that X was due to ...", "that X is essential": the that-clause's first finite verb is a
/// copula (not "is to"); group 1 is the subject, to look for a modal in.
static THAT_FINDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+([^;:]*?)\s(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not\s+)?(?:due|an?|the|essential|necessary|important|beyond|in\s+line|consistent|without|subject)\b")
        .expect("valid regex")
});

/// "that interest earned shall be 3,000,000 dollars", "that the funds for
/// X come to 4,500,000 dollars": an amount set, a make-up, not a request.
static THAT_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+[^;:]*?\s(?:shall\s+be|shall\s+amount\s+to|amounts?\s+to|shall\s+total|totals?)\s+(?:US\s*)?\$?\s*\d")
        .expect("valid regex")
});

fn ends_with_word_in(text: &str, word: &str) -> bool {
    fold(text).split_whitespace().any(|w| w == word)
}

/// ", where appropriate,", ", as applicable,": an aside of manner.
static SHORT_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,\s*(?:where|as|when|if)\s+(?:appropriate|applicable|relevant|possible|necessary|needed|required),")
        .expect("valid regex")
});

/// ", especially the Seed Office, Nursery and Orchard Unit, and ...": an aside naming a part
/// of the doer before it, up to the ", and" that goes on with the list.
static PART_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:especially|in\s+particular|particularly|notably)\s+(?:the\s+|its\s+|their\s+)?\p{Lu}[^;:]{0,120}?,\s+and\s")
        .expect("valid regex")
});

/// Whether the text before a comma ends a short aside (the aside's closing comma).
fn ends_short_aside(before: &str) -> bool {
    before
        .rfind(',')
        .is_some_and(|at| SHORT_ASIDE.is_match(&format!("{},", &before[at..])))
}

/// An action's noun (and a participle of doing) and the preposition after it that may name
/// its doer.
static HEAD_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([a-z][\w-]*)(?:,\s*(?:where|as|when|if)\s+\w+,)?\s+(?:(pursued|undertaken|made|taken|carried\s+out|provided)\s+)?(by|from|of|between|among|amongst)\s+")
        .expect("valid regex")
});

/// Where a list of doers ends: at the action's "to", a clause's end, or a preposition right
/// after an actor's noun ("organizations in the fair", "the Council on pests").
fn doers_end(tail: &str) -> &str {
    let mut end = tail.find([';', ':']).unwrap_or(tail.len());
    if let Some(m) = DOERS_TO.find(&tail[..end]) {
        end = m.start();
    }
    if let Some(m) = PURPOSE.find(&tail[..end]) {
        end = m.start();
    }
    let toks = classify::tokens(&tail[..end]);
    for (k, pair) in toks.windows(2).enumerate() {
        // After an actor's noun or a name ("the Council of Europe in the area of ..."), but
        // not inside a name ("the High Commissioner for Refugees").
        let after_actor = (table::ACTOR_HEADS.contains(&pair[0].word.as_str())
            || tail[pair[0].start..].starts_with(char::is_uppercase))
            && !tail[pair[0].end..pair[1].start].contains(',');
        // A singular name takes a complement ("the Commissioner for Refugees"); a plural
        // does not ("States in the Assembly of States Parties").
        let plural_actor =
            pair[0].word.ends_with('s') && table::ACTOR_HEADS.contains(&pair[0].word.as_str());
        let name_goes_on = matches!(pair[1].word.as_str(), "for" | "on" | "in")
            && !plural_actor
            && toks
                .get(k + 2)
                .filter(|t| t.word != "the")
                .or_else(|| toks.get(k + 3))
                .is_some_and(|t| tail[t.start..].starts_with(char::is_uppercase));
        // "A and B on the one hand and C on the other" goes on to C.
        let pairing = fold(&tail[pair[1].start..]).starts_with("on the one hand")
            || fold(&tail[pair[1].start..]).starts_with("on the other");
        if after_actor
            && !name_goes_on
            && !pairing
            && table::DOERS_END_PREPOSITIONS.contains(&pair[1].word.as_str())
        {
            end = pair[0].end;
            break;
        }
    }
    let mut np = tail[..end].trim().trim_end_matches([',', '.']);
    // "..., and" before the next clause's verb.
    for tail_word in [" and", " or", ","] {
        np = np.strip_suffix(tail_word).unwrap_or(np).trim_end();
    }
    np
}

static DOUBLED_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:and|or)\s+(?:by|from|of|between|among|amongst)\s+").expect("valid regex")
});

/// ", with a view to ...", " in order to ...": the purpose after the doers.
static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:with\s+a\s+view|with\s+the\s+aim|in\s+order|so\s+as)\b")
        .expect("valid regex")
});

/// ", to assist ...", " to plant ...": the action after its doers.
static DOERS_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",?\s+to\s+(?:\w+ly\s+)?\p{Ll}").expect("valid regex"));

/// "to authorize the Mission to pursue the following" → "the Mission": who a decision
/// authorizes or asks, before the infinitive of its list.
fn authorized(head: &str) -> Option<&str> {
    let lower = fold(head);
    let to = if lower.starts_with("to ") { 3 } else { 0 };
    let verb = ["authorize ", "authorise ", "request ", "mandate "]
        .into_iter()
        .find(|v| lower[to..].starts_with(v))?;
    let inner = head.get(to + verb.len()..)?;
    match actor::split_addressed(inner, false) {
        Some((np, _)) if !actor::opens_with_nominal(np) => Some(np),
        _ => None,
    }
}

/// "to establish, under its bylaws, a Committee of the Council, of five growers, to
/// undertake the following tasks": the body set up, whose tasks the items are.
fn established_for_tasks(head: &str) -> Option<&str> {
    [&*ESTABLISHED_FOR_TASKS, &*MANDATE_AS_FOLLOWS]
        .iter()
        .find_map(|re| re.captures(head))
        .and_then(|m| m.get(1))
        .map(|m| m.as_str())
}

/// "to adjust the mandate of the Mission to be defined as follows" (or only "to adjust the
/// mandate of the Mission", before its items): the items are the Mission's tasks.
static MANDATE_AS_FOLLOWS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^to\s+(?:adjust|define|redefine|revise|modify|expand|establish)\s+the\s+mandate\s+of\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?:of|on|for|in|the|(?-i:[A-Z])[\w'’-]*))*)(?:\s+[^:]*?\b(?:as\s+follows|the\s+following))?\s*[:,]?\s*$")
        .expect("valid regex")
});

static ESTABLISHED_FOR_TASKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^to\s+(?:establish|create|set\s+up)\b[^:]*?\ban?\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?:of|on|for|the|(?-i:[A-Z])[\w'’-]*))*)\s*,?\s[^:]*?\bto\s+(?:undertake|carry\s+out|perform)\s+the\s+following\s+(?:tasks|functions)\b")
        .expect("valid regex")
});

/// Whether an action only points to the items after it ("القيام بما يلي").
fn points_to_list(action: &str) -> bool {
    let action = action.trim_end_matches([':', '.', ' ']).to_lowercase();
    table::LIST_POINTERS.iter().any(|p| action.ends_with(p))
}

fn is_action_noun(np: &str) -> bool {
    let words = classify::tokens(np);
    let last = words.last().map(|t| t.word.as_str()).unwrap_or("");
    words.len() <= 3 && table::ACTION_NOUNS.contains(&last)
}

/// "the Orchard Board, and " before "encourages Y, to ...": an addressee without its own
/// action.
static SHARED_ADDRESSEE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([^,;:]{2,80}?)\s*,\s*(?:and\s*)?$").expect("valid regex"));

/// "further comments from X", "the participation of X in ...": who gives or takes part.
static ASKED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    let things = any_of(table::ASKED_FROM);
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:the|further|additional|active|full)\s+)*(?:{things})\s+(?:from|of)\s+([^,;:]+?)(?:\s+(?:on|in|at|regarding|concerning|to|for|with)\b|[,;:.]|$)"
    ))
    .expect("valid regex")
});

/// "Central Asian" + " countries": a capitalised run goes on to the actor noun after it.
fn with_head_noun<'a>(text: &'a str, run: regex::Match<'a>) -> &'a str {
    let after = &text[run.end()..];
    let next = classify::tokens(after).into_iter().next();
    match next {
        Some(t)
            if after[..t.start].trim().is_empty()
                && table::ACTOR_HEADS.contains(&t.word.as_str()) =>
        {
            &text[run.start()..run.end() + t.end]
        }
        _ => run.as_str(),
    }
}

/// ", in coordination with the Office, UNDP and donors, the Secretary-General to ...": the
/// addressee after an aside that opens the verb's object.
fn after_leading_aside(rest: &str) -> &str {
    let Some(after) = rest.trim_start().strip_prefix(',') else {
        return rest;
    };
    let first = classify::tokens(after).into_iter().next();
    if !first.is_some_and(|t| table::QUALIFIER_STARTS.contains(&t.word.as_str())) {
        return rest;
    }
    after
        .match_indices(", ")
        .map(|(at, _)| &after[at + 2..])
        .find(|tail| {
            let word = tail.split_whitespace().next().map(fold).unwrap_or_default();
            table::ADDRESSEE_DETERMINERS.contains(&word.as_str())
        })
        .unwrap_or(rest)
}

/// "the Board and the" → "the Board": a name's run without the words that open the next.
fn trim_connectors(np: &str) -> &str {
    let mut np = np.trim();
    while let Some((head, last)) = np.rsplit_once(' ') {
        if !matches!(fold(last).as_str(), "of" | "for" | "on" | "and" | "the") {
            break;
        }
        np = head.trim_end();
    }
    np
}

/// "the full cooperation of all parties with the Mission": who cooperates.
static OF_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::AGENT_OF_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{nouns})\s+of\s+((?:the|all)\s+[^,;:]+?)(?:\s+(?:with|in|to|for|on|at|towards|and\s+to)\b|[,;:.]|$)"
    ))
    .expect("valid regex")
});

/// "cooperation between Utopia and Erewhon": the two who cooperate.
/// "on 10 July the Registrar is requested to": group 1 the day and month, maybe its year.
static FRONTED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let m = deadline::MONTH_NAMES.as_str();
    Regex::new(&format!(r"(?i)\b(?:on|by)\s+((?:(?:{m})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{m}))(?:,?\s+(?:19|20|21)\d\d)?)\s*,?\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}\s+(?:is|are|was|were)\s+(?:also\s+)?requested\s+to\s*$"))
        .expect("valid regex")
});

/// "cooperation between A and B", "between A, especially its agency C, and B": the first
/// may carry an aside naming one of its parts, which is no actor of its own.
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::BETWEEN_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{nouns})\s+between\s+((?:the\s+)?\p{{Lu}}[^,;:]*?(?:,\s*(?:especially|in\s+particular|particularly|notably)\s+[^,;:]+,)?\s+and\s+(?:the\s+)?\p{{Lu}}[^,;:]*?)(?:\s+(?:on|in|to|for|with|at|regarding)\b|[,;:.]|$)"
    ))
    .expect("valid regex")
});

/// "more trust among parties, voters and the bodies that run the
/// vote": the same, with names in lower case ("among and between ..." is not a list).
static AMONG: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::BETWEEN_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{nouns})\s+(?:among|amongst)\s+((?:[^;:.\s]+\s+)*?[^;:.\s]+\s+and\s+[^;:.]*?)(?:[;:.]|$)"
    ))
    .expect("valid regex")
});

/// "... by the Orchard Board": a capitalised name after "by" (not "by 2030", "by the end").
static BY_ACTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bby\s+((?:the\s+|all\s+)?\p{Lu}[\w'’-]*(?:\s+(?:of|for|on|and|the|\p{Lu}[\w'’-]*))*)",
    )
    .expect("valid regex")
});

static SECOND_ADDRESSEE: LazyLock<Regex> =
    // "urged X to ... and for the International Community to respond": "for" opens the
    // second addressee as "on" does.
    LazyLock::new(|| {
        Regex::new(r",\s+and\s+(?:(?:up)?on\s+|for\s+)?|\s+and\s+(?:for\s+)?").expect("valid regex")
    });

/// "... the following amendment to the statute of the Tribunal:": a paragraph that quotes an
/// instrument after its colon.
static QUOTES: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::QUOTED_NOUNS);
    Regex::new(&format!(
        r"(?i)\bthe\s+following\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b[^:;]*:\s*$"
    ))
    .expect("valid regex")
});

/// "..., including by considering:", "..., in particular:": a whole request's last words
/// before items that illustrate it.
static ILLUSTRATING: LazyLock<Regex> = LazyLock::new(|| {
    let words = any_of(table::ILLUSTRATING_WORDS);
    Regex::new(&format!(
        r"(?i),?\s*\b(?:{words})(?:\s+(?:by|through)(?:\s+\w+ing)?)?\s*:?\s*$"
    ))
    .expect("valid regex")
});

/// "be to accelerate ...", "be those described in ...": what a that-clause's subject is, not
/// what it does ("be responsible for ..." still asks it).
/// "apply to ...", "not apply to ...", "accrue to ...": what holds of the subject, which does
/// nothing either.
static THAT_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*that\s*,\s*[^,;:]{1,60},\s*").expect("valid regex"));

/// "that the chiefs or their deputies, when assembled, shall constitute the Committee": a
/// that-clause whose modal verb says what holds of its subject.
static THAT_HOLDS: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::STATE_VERBS);
    Regex::new(&format!(
        r"(?i)^\s*that\s+[^;:]*?\b(?:shall|should|will|must|would)\s+(?:not\s+)?(?:{verbs})\b"
    ))
    .expect("valid regex")
});

/// "apply to ...", "constitute the Committee": a verb that says what holds of its subject.
fn holds_of(action: &str) -> bool {
    let lower = fold(action.trim_start());
    let verb = lower.strip_prefix("not ").unwrap_or(&lower);
    table::STATE_VERBS
        .iter()
        .any(|v| verb.starts_with(v) && verb[v.len()..].starts_with([' ', ',', ';', '.']))
}

fn is_copula(action: &str) -> bool {
    let lower = fold(action.trim_start());
    if holds_of(action) {
        return true;
    }
    // "It should also be restricted to ...": an adverb before the passive's "be".
    let lower = match lower.split_once(' ') {
        Some((adverb, rest)) if table::VERB_ADVERBS.contains(&adverb) || adverb.ends_with("ly") => {
            rest.to_string()
        }
        _ => lower,
    };
    lower.strip_prefix("be ").is_some_and(|after| {
        !table::DUTY_ADJECTIVES
            .iter()
            .any(|d| after.starts_with(d) && after[d.len()..].starts_with([' ', ',']))
    })
}

/// "that ...", "with appreciation that ...": a view whose object is a that-clause, which
/// reports what others did or what holds; its verbs are not the body's requests.
static VIEW_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:,[^,;]*,\s*)?(?:(?:with|in)\s+[\w-]+\s+)?that\b").expect("valid regex")
});

static ANAPHORIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let by = any_of(table::ANAPHORIC_BY_WORDS);
    let nouns = any_of(table::ANAPHORIC_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{by})\s+(?:that|this|the\s+same)\s+(?:{nouns})\b|\bby\s+then\b|\bby\s+the\s+deadline\b|\bfor\s+(?:that|this)\s+(?:special|extraordinary)\s+session\b"
    ))
    .expect("valid regex")
});

/// "its appreciation to the Mayor and the Board, as well as to the Bank, for": whom a view
/// thanks, up to what for.
static THANKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:appreciation|gratitude|thanks|tribute)\s+to\s+(.+?),?\s+for\b")
        .expect("valid regex")
});
/// "gratitude to Dr. X, former President of Y, and encouraged him": the one thanked, up to
/// the apposition's comma.
static THANKED_ONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:appreciation|gratitude|thanks|tribute)\s+to\s+((?:[A-Z][a-z]{0,3}\.\s+)?[^,;]+?)(?:,|\s+for\b|\s+and\s+\w+ed\b)")
        .expect("valid regex")
});
/// "that all attacks on the Mission cease": a that-clause whose subject is acts that are to
/// stop.
static ACTS_CEASE: LazyLock<Regex> = LazyLock::new(|| {
    let acts = any_of(table::CEASING_ACTS);
    let verbs = any_of(table::CEASE_VERBS);
    Regex::new(&format!(
        r"(?i)^\s*that\s+((?-i:[a-z-]+\s+){{0,3}}?)(?:{acts})\b[^;:]*?\s(?:should\s+|shall\s+|must\s+)?(?:{verbs})\b"
    ))
    .expect("valid regex")
});

/// Whether a that-clause asks that acts stop, its subject the acts themselves (not "that
/// the parties stop attacks and end ...", whose subject is who stops).
fn acts_cease(rest: &str) -> bool {
    ACTS_CEASE
        .captures(first_that_clause(rest))
        .is_some_and(|c| {
            c[1].split_whitespace()
                .all(|w| !table::CEASE_VERBS.contains(&w))
        })
}

/// "implementation by the Government and the Union of their commitments": who commits.
static DOERS_OF_THEIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bby\s+((?:the\s+)?\p{Lu}[^;,]*?)\s+of\s+their\b").expect("valid regex")
});

/// `prefix` without the pronoun's own subject and verb at its end ("..., the Council
/// strongly urged"), where that subject is the body.
fn without_own_subject<'a>(prefix: &'a str, body: &str) -> &'a str {
    let short = fold(body.rsplit(' ').next().unwrap_or(body));
    let Some((mut rest, _verb)) = prefix.trim_end().rsplit_once(' ') else {
        return prefix;
    };
    // "the Council strongly urged": an adverb between the subject and its verb.
    if let Some((before, adverb)) = rest.rsplit_once(' ')
        && adverb.len() > 3
        && adverb.ends_with("ly")
    {
        rest = before;
    }
    let subject = format!("the {short}");
    let Some(cut) = rest.len().checked_sub(subject.len()) else {
        return prefix;
    };
    let ends_with_subject = rest.is_char_boundary(cut)
        && rest[cut..].eq_ignore_ascii_case(&subject)
        && (cut == 0 || rest[..cut].ends_with(' '));
    if ends_with_subject {
        rest[..cut].trim_end()
    } else {
        prefix
    }
}

/// "commends the efforts of A and of B, encourages them": A and B (the last such phrase).
static COMMENDED_EFFORTS: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::EFFORT_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:commends|commended|praises|praised)\s+the\s+(?:[a-z-]+\s+)?(?:{nouns})\s+of\s+([^,;]+?)\s*,"
    ))
    .expect("valid regex")
});
static AND_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i),?\s+and\s+of\s+").expect("valid regex"));

fn commended_doers(prefix: &str) -> Option<&str> {
    let m = COMMENDED_EFFORTS.captures_iter(prefix).last()?;
    let list = m.get(1)?;
    // Only a list the pronoun can reach: nothing but the pronoun's own verb after it.
    let after = prefix[list.end()..].trim_start_matches([',', ' ']);
    (after.split_whitespace().count() <= 2).then_some(list.as_str())
}
static ACRONYM_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\(\p{Lu}{2,8}\)").expect("valid regex"));
static ALSO_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i),?\s+as\s+well\s+as\s+to\s+").expect("valid regex"));

static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:them|those|it|him|her|the\s+latter)\s*(?:,[^;,]{1,120},\s*)?(?:also\s+)?to\s+",
    )
    .expect("valid regex")
});

static PROCLAIMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:to\s+)?(?:declare|proclaim|designate)\s[^;]{0,60}?\b(?:year|day|decade|week|month)\b")
        .expect("valid regex")
});

/// "open, and all boards do not block, the roads": a that-clause's verb, a second subject
/// with its own verb, and the object both share.
static SHARED_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([a-z]+(?:\s+[a-z]+)?),\s+and\s+([^,;]{3,120}?),\s+(\S.*)$").expect("valid regex")
});

/// "all other growers do not hinder": the second subject, then its verb
/// (with its own negation, modal or adverb) as the last word.
static SECOND_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+?)\s+((?:(?:do|does|shall|should|will|must|not|also|further|immediately)\s+)*[a-z]+)$")
        .expect("valid regex")
});

/// The two requests of "open, and B do not block, the roads": the first subject's action
/// with the shared object, the second subject, and its action with the same object.
fn shared_object(action: &str) -> Option<(String, String, String)> {
    let c = SHARED_OBJECT.captures(action)?;
    let second = SECOND_SUBJECT.captures(&c[2])?;
    let (np, verb) = (&second[1], &second[2]);
    if !actor::has_actor_word(np) {
        return None;
    }
    let object = &c[3];
    Some((
        format!("{} {object}", &c[1]),
        np.to_string(),
        format!("{verb} {object}"),
    ))
}

/// ", and that ", " and that ": a second that-clause of the same verb.
static AND_THAT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",?\s+and\s+that\s+").expect("valid regex"));

/// The first of "that A do X and that B be done": up to the second that-clause.
fn first_that_clause(rest: &str) -> &str {
    AND_THAT.find(rest).map_or(rest, |m| &rest[..m.start()])
}

/// "that immediately and without preconditions X withdraw ...": how, before the subject.
static THAT_ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+(?:(?:immediately|urgently|promptly|fully|unconditionally|at\s+once|without\s+(?:delay|preconditions|conditions)|and|,)\s*)+")
        .expect("valid regex")
});

/// "him", "her": a person, whom only a title names.
static PERSON_PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:that\s+)?(?:him|her|he|she)\b").expect("valid regex"));

/// "that he continue ...", "that she report ...": a person asked in a that-clause.
static THAT_HE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*that\s+(?:he|she)\s+").expect("valid regex"));

/// Where `inner`, a slice of `outer`, starts in it.
fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let at = (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize)?;
    (at + inner.len() <= outer.len()).then_some(at)
}
static FOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+for\s+").expect("valid regex"));
/// One clause's requests: each its actors and its action.
type Requests = Vec<(Vec<String>, String)>;

/// The rules a language other than English is read with.
struct ForeignRules {
    requests: fn(&str, &str) -> Requests,
    decides_items: fn(&str) -> bool,
    chapeau_actors: fn(&str) -> Option<Vec<String>>,
    item_action: fn(&str) -> Option<String>,
    /// An item under "Décide :" / "يقرر": what it asks, or the body's own act.
    decided_item: fn(&str, &str) -> Requests,
    /// Whether a sentence recounts what was decided before the text's day.
    recounts: fn(&str, jiff::civil::Date) -> bool,
    /// "يقرر" alone governs the paragraphs after it (Arabic council decisions).
    leads: bool,
    /// The end of a period the paragraph extends a mandate to.
    period_end: fn(&str, Option<jiff::civil::Date>) -> Option<jiff::civil::Date>,
    /// Whether an action is due at the end of that period ("مع نهاية مدة التمديد").
    at_period_end: fn(&str) -> bool,
    /// Whether a sentence asks "them" ("Le Conseil les encourage à ..."), and the names a
    /// sentence lists, that such a pronoun stands for after it.
    asks_them: fn(&str) -> bool,
    listed_names: fn(&str) -> Option<Vec<String>>,
}

const FRENCH: ForeignRules = ForeignRules {
    requests: fr::requests,
    decides_items: fr::decides_items,
    chapeau_actors: fr::chapeau_actors,
    item_action: fr::item_action,
    decided_item: fr::decided_item,
    recounts: fr::recounts,
    leads: false,
    period_end: |_, _| None,
    at_period_end: |_| false,
    asks_them: fr::asks_them,
    listed_names: fr::listed_names,
};

const ARABIC: ForeignRules = ForeignRules {
    requests: ar::requests,
    decides_items: ar::decides_items,
    chapeau_actors: ar::chapeau_actors,
    item_action: ar::item_action,
    decided_item: ar::decided_item,
    recounts: |_, _| false,
    leads: true,
    period_end: ar::period_end,
    at_period_end: ar::at_period_end,
    asks_them: |_| false,
    listed_names: |_| None,
};

/// A French or Arabic request as a candidate: its actors as the text names them.
fn french(actors: Vec<String>, action: String) -> Candidate {
    Candidate {
        actors: actors
            .into_iter()
            .map(|name| {
                if name == ar::UNNAMED {
                    Actor {
                        name: table::AR_DEFAULT_ACTOR.to_string(),
                        check: Some(
                            "the text names no actor; a general call is read as one to all States"
                                .into(),
                        ),
                    }
                } else {
                    let check = (name == table::FR_ALL_STATES).then(|| {
                        "the text names no actor; a general call is read as one to all States"
                            .into()
                    });
                    Actor { name, check }
                }
            })
            .collect(),
        action,
        origin: Origin::Request,
    }
}

/// "the initial mandate of X", "the term of office of Y": what runs for a time, as a
/// that-clause's subject.
static TERM_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::TERM_NOUNS);
    Regex::new(&format!(
        r"(?i)^\s*(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\s+of\b"
    ))
    .expect("valid regex")
});

/// "establish, as of 1 July,", "set up as of 1 January 2037": the day an office opens.
static ESTABLISHED_AS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:to\s+)?(?:establish|create|set\s+up|open)\s*,?\s+as\s+of\s+(\d{1,2}\s+\p{L}+(?:\s+\d{4})?)")
        .expect("valid regex")
});

/// "to extend the mandate by a year, with effect from D": a renewed term's first day is
/// no deadline (as its "until" is none).
fn renews(text: &str) -> bool {
    fold(text).split_whitespace().any(|w| {
        ["extend", "renew", "prolong"]
            .iter()
            .any(|v| w.starts_with(v))
    })
}

/// "with effect from 1 January 2037", "effective 1 July 2037": the day a change is made.
static TAKES_EFFECT_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i),\s+(?:with\s+effect\s+from|effective(?:\s+from)?)\s+(\d{1,2}\s+\p{L}+\s+\d{4})",
    )
    .expect("valid regex")
});

/// "The Economic and Social Council, ": a formal opening run on into the preamble.
static FORMAL_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The|THE)\s+\p{Lu}[\w-]*(?:\s+(?:of|and|on|for|the|\p{Lu}[\w-]*))*,\s+")
        .expect("valid regex")
});

/// A chapeau that ends on an exception: "with the exception of the following:".
static EXCEPTION_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|other\s+than|save\s+for)(?:\s+the\s+following)?\s*:?\s*$")
        .expect("valid regex")
});

/// Whether an action opens with a verb in the indicative ("provides for ...", "is ..."),
/// an aside before it ("among other things,") left out.
fn indicative(action: &str) -> bool {
    let action = action.trim_start();
    let after_aside = match action.split_once(", ") {
        Some((aside, rest)) if aside.split_whitespace().count() <= 5 => rest,
        _ => action,
    };
    let verb = fold(after_aside.split_whitespace().next().unwrap_or_default());
    matches!(verb.as_str(), "is" | "has" | "was" | "does")
        || (verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss") && !verb.ends_with("us"))
}

/// Whether `rest` opens a that-clause ("that X shall", "that, pending ..., X shall").
fn opens_that_clause(rest: &str) -> bool {
    let folded = fold(rest.trim_start());
    folded.starts_with("that ") || folded.starts_with("that,")
}

/// "renews the mandate of ...": a view verb that, but for the body's own stand ("renews its
/// commitment"), is an act.
fn renews_a_mandate(clause: &Clause<'_>) -> bool {
    let own = ["its ", "their ", "our "];
    clause.trigger.kind == Kind::View
        && clause.trigger.form.starts_with("renew")
        && !own
            .iter()
            .any(|o| fold(clause.rest.trim_start()).starts_with(o))
}

/// "further that X shall" → "that X shall": without the adverbs that may follow a verb.
fn without_verb_adverbs(text: &str) -> &str {
    let mut text = text.trim_start();
    while let Some(rest) = table::VERB_ADVERBS.iter().find_map(|a| {
        text.strip_prefix(a)
            .filter(|r| r.starts_with([' ', ',']))
            .map(|r| r.trim_start_matches([' ', ',']))
    }) {
        text = rest;
    }
    text
}

/// "voluntary contributions to ...", "proposals for ...": a thing asked for, not an actor.
static ASKED_THING: LazyLock<Regex> = LazyLock::new(|| {
    let things = any_of(table::ASKED_THINGS);
    Regex::new(&format!(r"(?i)^\s*(?:(?:further|additional|voluntary|financial|new|generous)\s+)*(?:{things})\b(?:\s+(?:to|for|in)\b|[,;.]|$)"))
        .expect("valid regex")
});
/// ", the Summit decides": a named subject (capitalised words after "the") just before the
/// decision's verb; group 1 is the name.
/// "The summit decided": group 1 a one-word title, in any case.
static TITLE_DECIDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;:.]\s*)[Tt]he\s+(\w+)\s+(?:also\s+|further\s+)?(?:decides|decided|has\s+decided)\s*$")
        .expect("valid regex")
});

static DECIDING_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;:]\s*|\s)[Tt]he\s+(\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,3})\s+(?:decides|decided|has\s+decided)\s*$")
        .expect("valid regex")
});

/// "the Board to be mindful of ...": who is to be in some state, after "the need for".
static TO_BE_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:the\s+)?[^,;]{1,60}?\s+to\s+be\s+\w+(?:ful|ive|ant|ent|able|ible|ous|al)\b",
    )
    .expect("valid regex")
});

/// "The Union bodies and the Member States must at once: ...": a sentence that opens
/// with its named subject and goes straight to "must" (conclusions' directives), not a
/// that-clause's or a view's "must": "The", then names, actor nouns and connectors only.
fn sentence_subject(before: &str) -> bool {
    let words: Vec<&str> = before
        .split_whitespace()
        .skip_while(|w| w.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()))
        .collect();
    words.first() == Some(&"The")
        && words.len() >= 2
        && words[1..].iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "and" | "of" | "the")
                || table::ACTOR_HEADS.contains(&fold(w).as_str())
        })
}

/// "demanded", "urges": a finite verb form (not "to ... encourage", nor a participle).
fn finite_form(form: &str) -> bool {
    let first = form.split_whitespace().next().unwrap_or_default();
    first.ends_with("ed") || (first.ends_with('s') && !first.ends_with("ss"))
}

/// "accountability", "swift de-escalation": an object in lower case that names no one,
/// with no infinitive after it.
fn bare_thing(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    // (Not "an immediate ceasefire": a thing named with "a" stays as the rules before read
    // it, a demand the fixtures do not count.)
    let (first, indefinite) = match words.as_slice() {
        [w, ..] => (*w, false),
        [] => return false,
    };
    let folded = fold(first.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
    // "called on memb" (a page cut mid-word): a word with no end is no thing asked for.
    let whole = words.len() >= 2 || rest.trim_end().ends_with(['.', ';', ',']);
    // A short noun phrase ("early recovery for Syria"), not a gerund's clause ("augmenting
    // capabilities in ...") nor a long report.
    let phrase_len = rest
        .split(['.', ';', ',', ':'])
        .next()
        .map_or(0, |p| p.split_whitespace().count());
    whole
        && phrase_len <= 5
        && !folded.ends_with("ing")
        && (indefinite || first.starts_with(char::is_lowercase))
        && !NOT_THING_OPENERS.contains(&folded.as_str())
        && !table::ACTOR_HEADS.contains(&folded.as_str())
        && !TO_VERB.is_match(rest)
}
/// Determiners, pronouns and prepositions that open an addressee or a clause, not a thing.
const NOT_THING_OPENERS: &[&str] = &[
    "that",
    "the",
    "all",
    "its",
    "their",
    "his",
    "her",
    "them",
    "it",
    "those",
    "these",
    "this",
    "each",
    "every",
    "both",
    "any",
    "to",
    "on",
    "upon",
    "for",
    "with",
    "in",
    "him",
    "us",
    "you",
    "other",
    "such",
    "relevant",
    "concerned",
    "member",
    "whether",
    "how",
    "what",
    "a",
    "an",
];
/// " to <verb>": an infinitive that makes what comes before it an addressee.
static TO_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bto\s+[a-z]+").expect("valid regex"));
static DAY_THEN_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+for\s+")
        .expect("valid regex")
});

/// "demanded the immediate and unconditional release of X": an act on someone, asked of
/// all (not "requested the release of funds to X to ...", which names who then acts).
static RELEASE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*the\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:release|withdrawal|restoration|reinstatement)\s+of\b[^;]*$")
        .expect("valid regex")
});

/// "a civilian-led authority to ...", "an inquiry to ...": a thing asked for, not one who
/// is asked (a State or a member named so still is).
static INDEFINITE_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*an?\s+(?:[\w-]+\s+){0,3}?(?:authority|government|body|mechanism|commission|inquiry|investigation|force|mission|team|panel|council|committee|board|administration)\s+to\s")
        .expect("valid regex")
});

/// "The chairman of the commission reiterated that ...": an official's own words, with
/// whatever the sentence goes on to call for.
static OFFICIAL_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*the\s+(?:chairman|chairperson|chair|head|president|secretary[- ]general|commissioner)\b[^,;.]{0,60}?\s+(?:said|stated|added|reiterated|stressed|noted|underlined|emphasized|emphasised|explained)\s+that\b")
        .expect("valid regex")
});

/// "in the event of failure ..., X shall", "if X fails to ..., Y will": a condition before
/// an obligation's subject.
static CONDITION_BEFORE_MODAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in\s+the\s+event\s+(?:of|that)|if|unless)\b").expect("valid regex")
});

/// "I think we should engage ...": a sentence in the first person singular is a speaker's.
static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bI\s+(?:think|believe|urge|call|want|hope|am|feel|must|would|will|should|have)\b")
        .expect("valid regex")
});

/// "Calls for the Union to lead the talks have been growing": the calls others make, a
/// plural noun as the subject of a verb that says they grow, not the body's request.
static GROWING_CALLS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:Calls|Appeals|Demands)\s+(?:for|on|to)\b[^.;]*?\b(?:(?:have|has|had)\s+(?:been\s+)?|(?:are|were)\s+)(?:growing|mounting|increasing|grown|mounted|increased|multiplied)\b")
        .expect("valid regex")
});

/// "The Authority promised a gradual easing, ...": a lower-case past-tense verb before a
/// participle, which then reports in the past too.
fn past_before(before: &str) -> bool {
    before.split_whitespace().any(|w| {
        let w = w.trim_end_matches([',', ';']);
        w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
    })
}

/// "The five points are:", "Its main principles include:": a list of an earlier text's
/// points follows.
static POINTS_ARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:points|principles|elements|pillars|provisions|conditions)\s+(?:are|were|include|included|read)\s*:\s*$")
        .expect("valid regex")
});
/// "First, ...", "Fifth, ...": a point of such a list.
static ORDINAL_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally)(?:ly)?,",
    )
    .expect("valid regex")
});

/// "reiterated", "agreed on": a verb form in the past tense, by its first word.
fn past_form(form: &str) -> bool {
    form.split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ed"))
}

/// "an end to ...", "the immediate cessation of ...": a stop asked for, not an addressee.
static ENDED_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:an?|the)\s+(?:(?:immediate|complete|swift|prompt|total)\s+)?(?:end|halt|stop|cessation)\s+(?:to|of)\b")
        .expect("valid regex")
});
/// "a durable and mutual solution", "the full resumption of": an outcome, not an act.
static OUTCOME_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:solution|settlement|resumption)s?\b")
        .expect("valid regex")
});
/// "may", "shall be permitted to": a permission.
static PERMISSION: LazyLock<Regex> = LazyLock::new(|| {
    let words = any_of(table::PERMISSION_WORDS);
    Regex::new(&format!(r"(?i)^[\s,]*(?:{words})\b")).expect("valid regex")
});

static NEED: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = table::NEED_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)^\s*(?:on\s+)?(?:the|an?)\s+(?:{nouns})\s+(for|of|to)\b"
    ))
    .expect("valid regex")
});
/// "underscored the importance of the plan and the need for setting a timeframe": a need
/// stated second, after an importance.
static IMPORTANCE_AND_NEED: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = table::NEED_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)^\s*the\s+importance\s+of\s+[^;.]*?\s+and\s+(?:the|an?)\s+(?:{nouns})\s+(for|of|to)\b"
    ))
    .expect("valid regex")
});
static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:of\s+)?((?:[\w-]+\s+){0,6}?[\w-]+?)(?:'s|’s|'|’)\s").expect("valid regex")
});
static COMMENDED_OF: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = table::COMMENDED_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)^\s*(?:with\s+[\w-]+\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:{nouns})s?\s+(?:of|by)\s+(.+?)\s+to\s+(\w.*)$"
    ))
    .expect("valid regex")
});
static COMMENDED_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = table::COMMENDED_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)^\s*(?:the\s+)?(.+?)(?:'s|’s|'|’)\s+(?:[\w-]+\s+)?(?:{nouns})s?\s+to\s+(\w.*)$"
    ))
    .expect("valid regex")
});

/// Whether a chapeau's items are the contents of what it asks for (a report's topics), not
/// tasks: it asks with an infinitive of its own and ends in a word that lists contents
/// ("a report that includes:", "information on:"), or every item is a noun phrase with a
/// determiner ("(a) the number of ...").
fn lists_contents(rest: &str, subs: &[segment::Sub]) -> bool {
    let rest = fold(rest.trim_end().trim_end_matches([':', ' ']));
    if !rest.contains(" to ") && !rest.starts_with("to ") {
        return false;
    }
    let mut words = rest.rsplit(' ');
    let (last, before) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    // "to report on:", "information on:" (not "to focus on:", whose items are tasks).
    let reports_on = last == "on" && table::REPORT_WORDS.contains(&before);
    // "to include in his next report:", "to include in the report the following:".
    let includes_in_report = rest.contains(" include ")
        && rest
            .split(' ')
            .any(|w| table::REPORT_WORDS.contains(&w) && w.starts_with("report"));
    // "to update it by 15 May on the steps taken towards the following:": what to brief on.
    let briefs_on = last == "following"
        && rest.split(' ').any(|w| table::BRIEF_VERBS.contains(&w))
        && rest.contains(" on ");
    // "Decides to abolish the following posts:", "to convert the following positions":
    // the items are what is acted on.
    let things = rest.split(" following ").nth(1).is_some_and(|after| {
        after
            .split(' ')
            .take(3)
            .any(|noun| table::LISTED_THINGS.contains(&noun))
    });
    // "to provide support for:" + "(a) the Trust Fund ...": what is supported, not who acts.
    let supports_for = last == "for"
        && (table::SUPPORT_NOUNS.contains(&before)
            || matches!(before, "funding" | "contributions"));
    reports_on
        || briefs_on
        || supports_for
        || things
        || includes_in_report
        || table::CONTENT_WORDS.contains(&last)
        || subs.iter().all(|s| starts_with_determiner(&s.text))
}

/// "requested the Commission to (i) consult ... and (ii) to expedite ..., (iii) ...": items a
/// sentence numbers inline are a task each, all asked of the same actors.
fn inline_items(cand: Candidate) -> Vec<Candidate> {
    let Some(first) = INLINE_FIRST.find(&cand.action) else {
        return vec![cand];
    };
    let items: Vec<String> = INLINE_NEXT
        .split(&cand.action[first.end()..])
        .map(|i| strip_to(i.trim()))
        .collect();
    if items.len() < 2 || items.iter().any(String::is_empty) {
        return vec![cand];
    }
    items
        .into_iter()
        .map(|action| Candidate {
            actors: cand.actors.clone(),
            action,
            origin: cand.origin,
        })
        .collect()
}

/// ", and for the millers and the Board to grind": group 1 who, group 2 the verb.
static AND_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r",\s+and\s+for\s+((?:the\s+)?[^;:,]{2,60}?(?:,\s*[^;:,]{2,40}?){0,6})\s+to\s+(\p{Ll}\w+)",
    )
    .expect("valid regex")
});

/// "Keep the levies on Valley. b.": the first item, without the next one's label that the
/// sentence split left on it.
fn first_item(item: &str) -> String {
    let item = item.trim();
    NEXT_LABEL
        .find(item)
        .map_or(item, |m| &item[..m.start()])
        .to_string()
}

static NEXT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+\(?(?:[b-h]|i{2,3}|iv)[.)]?$").expect("valid regex"));

/// "that Valley should change ...": one proper name (a word or two with capitals) and
/// "should" with an active verb, not "be" nor "have" (a state, not a task).
static NAMED_SHOULD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*that\s+(\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?)\s+should\s+((?-i:[a-z]+)\b)")
        .expect("valid regex")
});

/// "to: a. ", "to: (i) ": a decision's list of items opening after its colon.
static TO_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^to\s*:\s*\(?(?:[a-h]|[ivx]{1,4})[.)]\s+").expect("valid regex")
});

/// " and for the Government of Valley to allow": a proper name, no comma before "and".
static AND_FOR_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+and\s+for\s+((?:the\s+)?\p{Lu}[\w'’-]*(?:\s+(?:of|the|\p{Lu}[\w'’-]*)){0,5})\s+to\s+(\p{Ll}\w+)")
        .expect("valid regex")
});

/// "(i) " or "(a) " opening an action.
static INLINE_FIRST: LazyLock<Regex> =
    // "must urgently: a) address ...; b) ...": a letter with its closing bracket only, after
    // an adverb and a colon.
    LazyLock::new(|| {
        Regex::new(r"^\s*(?:\w+ly\s*)?:?\s*(?:\((?:i|a)\)|a\))\s+").expect("valid regex")
    });
/// ", (ii) ", " and (iii) ", "; and, (iv) ": the next inline item.
static INLINE_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[,;]?\s+(?:and,?\s+|or\s+)?(?:\((?:ii|iii|iv|v|vi|vii|viii|ix|x|[b-h])\)|[b-h]\))\s+",
    )
    .expect("valid regex")
});

/// "on 27 March 2031" in a decision's lead.
static LEAD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bon\s+(\d{1,2})\s+(\p{L}+),?\s+((?:19|20|21)\d{2})\b").expect("valid regex")
});

/// "to adopt the following text:": the words that introduce a decision's own text.
static ADOPTS_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:to\s+)?adopt\s+the\s+following\s+(?:text|resolutions?|decisions?)\s*:\s*$",
    )
    .expect("valid regex")
});

/// How and when a decision was taken, before its "to" or "that": "unanimously", "today",
/// "on 2 March 2036", "this morning"; "also, however," adds it to the one before.
static DECISION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    // "deciding for the first time in ten years to add ...": how often, as a lead too.
    Regex::new(r"(?i)^\s*(?:(?:\w{3,}ly|also|however|moreover|today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})(?:,?\s+\d{4})?|for\s+the\s+(?:first|second|third)\s+time(?:\s+in\s+\w+\s+(?:years|decades))?)\s*,?\s+)+(to\s|that\s)")
        .expect("valid regex")
});

/// "agreed to Ireland's suggestion to ...", "agrees to the proposal": a decision verb's "to"
/// before a noun phrase gives consent to what another proposed; the body does nothing itself.
fn consents(rest: &str) -> bool {
    let lower = fold(rest.trim_start());
    let Some(after) = lower.strip_prefix("to ") else {
        return false;
    };
    let next = after.split_whitespace().next().unwrap_or("");
    next.ends_with("'s") || (next != "be" && table::NOT_INFINITIVE.contains(&next))
}

/// An item that names a thing, not an action: "Further efforts by ...", "Increased
/// openness ...", "The further reduction of ...", "Concrete agreed measures ...".
fn nominal_item(item: &str) -> bool {
    let toks = classify::tokens(item);
    let first = toks.first().map(|t| t.word.as_str()).unwrap_or("");
    table::NOMINAL_ITEM_OPENERS.contains(&first)
        || actor::opens_with_nominal(item)
        || toks.iter().take(3).any(|t| {
            table::ACTION_NOUNS.contains(&t.word.as_str())
                || table::NOMINAL_HEADS.contains(&t.word.as_str())
        })
}

fn starts_with_determiner(np: &str) -> bool {
    let lower = fold(np.trim_start());
    [
        "the ", "all ", "a ", "an ", "its ", "their ", "each ", "every ",
    ]
    .iter()
    .any(|d| lower.starts_with(d))
}

/// The subject of a passive request: "Member States are also invited" → "Member States".
/// "further that the Envoy and the Mission, at the request of the Government, and taking
/// into account ..., " → "the Envoy and the Mission": a that-clause's subject ends at the
/// first comma a lower-case qualifier follows (a name's own commas are followed by
/// capitals: "Educational, Scientific and Cultural").
fn that_subject(before: &str) -> Option<&str> {
    let rest = without_verb_adverbs(before);
    let rest = rest
        .strip_prefix("that ")
        .or_else(|| rest.strip_prefix("That "))?;
    // "that pending a review of ..., the Board": the aside before the subject is no part
    // of it; the subject runs from the aside's last comma to the modal.
    let rest = match rest.rfind(", ") {
        Some(at) if actor::opens_with_aside(rest) => &rest[at + 2..],
        _ => rest,
    };
    let end = rest
        .match_indices(", ")
        .find(|(at, _)| rest[at + 2..].starts_with(char::is_lowercase))
        .map_or(rest.len(), |(at, _)| at);
    let subject = rest[..end].trim().trim_end_matches(',');
    (!subject.is_empty()).then_some(subject)
}

/// "adopted a text today urging continued attention to ...": the participle says what the
/// adopted text calls for (not a preamble's "Encouraging progress on ...").
fn adopted_text_asks(sentence: &str, rest: &str) -> bool {
    offset_in(sentence, rest).is_some_and(|at| ADOPTED_TEXT_PARTICIPLE.is_match(&sentence[..at]))
}

static ADOPTED_TEXT_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = table::ADOPTED_TEXT_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)\b(?:adopted|approved|passed)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+(?:today\s+)?\w+ing\s*$"
    ))
    .expect("valid regex")
});

/// "33. Prevention of armed conflict" + "At its 71st session, the Assembly decided ...": an
/// agenda note's numbered item heading (a title with no verb and no closing stop, up to a
/// long item's sixty words) numbers
/// the unnumbered paragraphs under it, until the next numbered paragraph.
fn agenda_item(p: &Para, item: Option<u32>) -> Option<u32> {
    let Some(n) = p.number else {
        return item;
    };
    let text = p.text.trim();
    let title = !text.ends_with(['.', ';', ':', ','])
        && text.split_whitespace().count() <= 60
        && classify::triggers(text).is_empty();
    title.then_some(n)
}

fn passive_subject(before: &str) -> &str {
    let mut s = before.trim_end();
    loop {
        let last = s.rsplit(' ').next().unwrap_or("");
        let w = fold(last);
        if table::PASSIVE_AUX.contains(&w.as_str()) || table::ADVERBS.contains(&w.as_str()) {
            s = s[..s.len() - last.len()].trim_end();
        } else {
            break;
        }
    }
    // "The Board, with the help of the Bureau, is invited to ...": an aside
    // between the subject and its verb.
    if let Some(inner) = s.strip_suffix(',')
        && let Some(at) = inner.rfind(',')
    {
        let first = inner[at + 1..].split_whitespace().next().map(fold);
        if first.is_some_and(|w| table::QUALIFIER_STARTS.contains(&w.as_str())) {
            s = inner[..at].trim_end();
        }
    }
    let cut = s.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    after_reported_that(s[cut..].trim())
}

/// "the resolution said that on July 10 the Warden": a report's "said that" and a day
/// opening the that-clause stand before the passive's subject, not in it.
fn after_reported_that(subject: &str) -> &str {
    let Some(m) = REPORTED_THAT.find_iter(subject).last() else {
        return subject;
    };
    let rest = &subject[m.end()..];
    let rest = LEADING_DAY.find(rest).map_or(rest, |d| &rest[d.end()..]);
    if actor::has_actor_word(rest) {
        rest.trim()
    } else {
        subject
    }
}

/// "said that ", "stated that that ": a report's verb and its "that" (doubled by a typo).
static REPORTED_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:said|says|stated|states|added|noted|read|reads)\s+(?:that\s+)+")
        .expect("valid regex")
});

/// "on July 10 ", "by 15 April 2037, ": a day that opens a clause.
static LEADING_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:on|by|from|before)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?\s+")
        .expect("valid regex")
});

/// "to submit a report" → "submit a report".
fn strip_to(s: &str) -> String {
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
fn summary(action: &str) -> String {
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

/// A lowercase ASCII slug of the first `n` meaningful words.
fn slug(s: &str, n: usize) -> String {
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

fn ordinal_suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_brief;

#[cfg(test)]
mod tests_real_kinds;

#[cfg(test)]
mod tests_en_kinds;

#[cfg(test)]
mod tests_comm_kinds;
#[cfg(test)]
mod tests_held_kinds;

#[cfg(test)]
mod tests_act_kinds;
#[cfg(test)]
mod tests_fifth_kinds;
#[cfg(test)]
mod tests_formal_kinds;
#[cfg(test)]
mod tests_un_kinds;
