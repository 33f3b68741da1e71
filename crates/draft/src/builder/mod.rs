//! The English clause engine: a [`Builder`] reads a resolution's paragraphs in order and
//! turns the requests its clauses make into mandates. This module holds the builder's state
//! and the paragraph flow (paragraphs, their sentences, table rows); its children read the
//! rest: `items` a chapeau's lettered items and lead-ins, `requests` the clause that asks
//! (addressed, obligation, need, appeal, offer, ...), `decisions` what a text decides,
//! `foreign` French and Arabic paragraphs, `push` a request into a dated, identified mandate.

use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::actor::Context;
use crate::classify::Clause;
use crate::ids::strip_to;
use crate::model::Actor;
use crate::model::Meta;
use crate::model::{DraftEvent, DraftMandate, Lang};
use crate::segment::Para;
use crate::table::Kind;
use crate::words::any_of;
use crate::words::fold;
use crate::{actor, ar, classify, deadline, grid, segment, table};

mod decisions;
pub(crate) use decisions::BODY_ACTS_CHECK;
mod foreign;
mod items;
pub(super) mod push;
mod requests;

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

/// "Requests to Member States", "Follow-up and financing": among numbered paragraphs, an
/// unnumbered line of six words or fewer that ends without a stop is a heading, which asks
/// nothing even when it opens on a verb.
fn heading_line(p: &Para) -> bool {
    let text = p.text.trim();
    p.subs.is_empty()
        && text.split_whitespace().count() <= 6
        && text.starts_with(char::is_uppercase)
        && text.chars().last().is_some_and(char::is_alphanumeric)
}

/// A paragraph of an unnumbered text that repeats an earlier one word for word (a web
/// page's copy that gives its text twice): its requests are those already read.
/// Short lines ("Pathé TOURE", "Le Conseil,") may recur without repeating anything.
fn repeated(text: &str, seen: &mut HashSet<String>) -> bool {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    words.chars().count() >= 80 && !seen.insert(words)
}

/// "COMMUNIQUE", "..., adopted the following decision on ...:": how a communiqué opens.
/// "By other terms of the resolution", "established through the text", "Under the text":
/// a press release says it gives a text's terms.
static TERMS_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:by\s+(?:the\s+)?(?:other|further|its|the)\s+terms|by\s+the\s+terms|through\s+the\s+text|by\s+the\s+text|under\s+the\s+text|also\s+by\s+the\s+text)\b")
        .expect("valid regex")
});

/// "To support the talks, ORMIS would use ...", "That Committee would send ...": a lead
/// phrase set off by a comma or none, a capitalised subject (a name or "That/The" and a
/// name), "would", an adverb perhaps, and a lower-case verb. Groups: the subject, the verb,
/// the rest.
static WOULD_TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^,;]{0,80},\s+)?(?:(?:That|The|This)\s+)?(\p{Lu}[\w’'-]*(?:\s+(?:of\s+)?\p{Lu}[\w’'-]*){0,4})\s+would\s+(?:also\s+|further\s+)?(\p{Ll}+)\b(.*)$")
        .expect("valid regex")
});

/// ", with its Orchard Guard authorized to patrol ...": groups the unit's name and its task.
static WITH_AUTHORIZED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s+with\s+(?:its|their)\s+((?-i:\p{Lu})[\w’'-]*(?:\s+(?-i:\p{Lu})[\w’'-]*){0,4})\s+(?:authori[sz]ed|mandated|tasked)\s+to\s+(.+)$")
        .expect("valid regex")
});

static COMMUNIQUE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bcommuniqu[eé]\b|\badopted\s+the\s+following\s+(?:decision|communiqu)")
        .expect("valid regex")
});

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
    // "Also recalling the Decision ..., paragraph (xi) which “DECIDES ... and REQUESTS X to
    // ...”.": a recalled text quoted to the paragraph's end, its full stop the quotation's
    // (in curly or straight quotes).
    let mut words = text.split_whitespace();
    // "ALSO RECALLING that ...;", "FURTHER NOTING ...": a preamble set in capitals, or its
    // participle after an adverb, opens as "Recalling" does.
    let again = |w: &str| {
        ["also", "further", "again", "furthermore"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    };
    let first_word = words.next();
    let recalls = match first_word {
        Some(w) if again(w) => words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("recalling")),
        Some(w) => w.eq_ignore_ascii_case("recalling"),
        None => false,
    };
    let lead = first_word
        .filter(|w| again(w))
        .map_or(0, |w| text.find(w).unwrap_or(0) + w.len() + 1);
    // "WHEREAS Article IV provides that X may ...": a whereas clause is context, however
    // it ends (a page may cut it).
    if first_word.is_some_and(|w| w.eq_ignore_ascii_case("whereas")) {
        return true;
    }
    let trimmed = p.text.trim_end();
    let quoted_end = recalls
        && ["”.", "\".", ".”", ".\"", "”;", "”,", "\";", "\","]
            .iter()
            .any(|e| trimmed.ends_with(e));
    // "ALSO RECALLING that ...", "Further noting ...": an adverb, then a participle.
    let again_participle = lead > 0
        && text[lead.min(text.len())..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 5 && w.to_lowercase().ends_with("ing"));
    let opens = quoted_end
        || again_participle
        || any_participle
        || first
            .as_ref()
            .is_some_and(|t| (t.kind == Kind::Preamble || participle(t)) && t.start <= lead + 2);
    // "3. Demanding that all parties ...;": a numbered paragraph that ends as an operative
    // one does, opened by a request's participle, asks.
    let operative = p.number.is_some()
        && p.text.trim_end().ends_with(';')
        && !again_participle
        && first.is_some_and(|t| t.kind == Kind::Addressed);
    let ends = trimmed.ends_with(',') || (trimmed.ends_with(';') && !operative) || quoted_end;
    opens && (ends || (numbered && p.number.is_none()))
}

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

pub(crate) struct Builder {
    /// The text numbers its paragraphs (a formal resolution, not a communiqué).
    formal: bool,
    /// The text's opening, before its first numbered paragraph, calls it a communiqué
    /// ("COMMUNIQUE", "adopted the following decision"): not a resolution.
    communique: bool,
    lead_in: Option<LeadIn>,
    /// The number of a paragraph that quotes an instrument ("approves the following
    /// amendment:"): the paragraphs after it are the quoted text until a higher number.
    quoting: Option<u32>,
    pub(crate) meta: Meta,
    ctx: Context,
    pub(crate) events: Vec<DraftEvent>,
    pub(crate) mandates: Vec<DraftMandate>,
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
    pub(crate) mandate_end: Option<jiff::civil::Date>,
    /// The first date (or dated meeting) the last English paragraph that gave one gave:
    /// what "on that date", "by the deadline" in a later paragraph name.
    last_date: Option<(crate::due::Found, String)>,
    /// Meetings to come an English paragraph dated ("the Orchard Summit to be held in
    /// December 2037", "the December, 2037 Lisbon Summit"), by their noun ("summit"): what
    /// "the Summit" or "Lisbon Summit documentation" in a later request is due at.
    dated_meetings: Vec<(String, crate::due::Found, String)>,
    /// Ranked sessions an English paragraph set the days of ("the dates of the ninth session
    /// shall be from 12 to 16 September 2039"), by rank: what "before the ninth session" in a
    /// later request is due at.
    dated_sessions: Vec<(u32, crate::due::Fuzzy)>,
    /// The last French sentence gave one person's words ("..., a déclaré X, le président de
    /// la Commission"): an "Il a exhorté ..." after it is that person's too.
    one_speaker: bool,
    /// The names the last French sentences listed ("le Maroc, l'Algérie et la Mauritanie"):
    /// what "les" stands for in "Le Conseil les encourage à ..." after them.
    listed: Option<Vec<String>>,
    /// The leaders the last French sentence opened on ("Les dirigeants arabes ont ..."),
    /// whom a pledge's "Ils se sont engagés à ..." stands for.
    leaders: Option<String>,
    /// The organ the last French sentence opened on as its subject ("La Conférence mandate
    /// ..."), another than the body: whom a following "Elle décide de ..." stands for.
    organ: Option<String>,
    /// The last subject that named the body's members in a text that names no body ("The
    /// ministers recognized ..."): whom a later "They also agreed to ..." stands for.
    last_subject: Option<String>,
    /// The last unnumbered paragraph headed a list of decisions ("Decisions and Directives
    /// of the Council:"): a numbered "The Secretariat to ..." under it asks the Secretariat.
    decision_list: bool,
    /// The last unnumbered paragraph, for a heading a layout broke over two lines.
    last_unnumbered: String,
    /// The person the last English sentence named ("commended the President of Eastland",
    /// "a truce declared by Ivo Marten"): whom "It urged him to ..." after it asks.
    person_before: Option<String>,
    /// An unnumbered English report that names no speaker anywhere (no speech verb, no
    /// person's title): its sentence-opening "He called on ..." is a translation's pronoun
    /// for the body (whose noun the source language makes masculine), not a speaker's words.
    pub(super) faceless: bool,
    /// An Arabic continuation page ("(تابع) ..."): the place of its first numbered
    /// paragraph, before which an item cut at the page's head ends.
    continued_until: Option<usize>,
    /// An English text that numbers no paragraph says it gives a text's terms ("By other
    /// terms", "through the text"): its "X would <verb>" sentences render them.
    gives_terms: bool,
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
    pub(crate) fn new(meta: Meta, numbered: bool) -> Builder {
        Builder {
            formal: numbered,
            communique: false,
            gives_terms: false,
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
            leaders: None,
            organ: None,
            last_subject: None,
            decision_list: false,
            last_unnumbered: String::new(),
            person_before: None,
            faceless: false,
            pending_due: None,
            mandate_end: None,
            continued_until: None,
            last_date: None,
            dated_meetings: Vec::new(),
            dated_sessions: Vec::new(),
        }
    }

    /// What the whole page says of how to read each paragraph: a continued Arabic item,
    /// a communiqué's opening, a release giving a text's terms, a report naming no speaker.
    fn read_page_traits(&mut self, paras: &[Para], lang: Lang, numbered: bool) {
        // A page that opens inside an item ("البيئية، ودعا ...") continues one, as a
        // continuation heading says.
        let opens_inside = || {
            paras
                .iter()
                .take_while(|p| p.number.is_none())
                .any(|p| ar::opens_mid_sentence(&p.text))
        };
        if lang == Lang::Ar
            && (paras.iter().any(|p| ar::continuation_heading(&p.text)) || opens_inside())
        {
            self.continued_until = paras.iter().find(|p| p.number.is_some()).map(|p| p.ordinal);
        }
        self.communique = paras
            .iter()
            .take_while(|p| p.number.is_none())
            .filter(|p| !is_preamble(p, numbered))
            .any(|p| COMMUNIQUE_OPENING.is_match(&p.text));
        self.gives_terms =
            lang == Lang::En && !numbered && paras.iter().any(|p| TERMS_GIVEN.is_match(&p.text));
        self.faceless = !numbered
            && lang == Lang::En
            && !paras.iter().any(|p| SPEAKER_IN_TEXT.is_match(&p.text));
    }

    /// Reads the resolution's paragraphs in order: grid rows, and the mandates of each
    /// paragraph not in the header or preamble.
    pub(crate) fn read_paragraphs(&mut self, paras: &[Para], lang: Lang, numbered: bool) {
        self.read_page_traits(paras, lang, numbered);
        let mut grid: Option<grid::Columns> = None;
        let mut seen = HashSet::new();
        // "Headline" under the story's picture: the title given again, as a paragraph of its
        // own further down, is still the title.
        let spaced = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let titles: HashSet<String> = paras
            .iter()
            .filter(|p| self.meta.header.contains(&p.ordinal))
            .map(|p| spaced(&p.text))
            .collect();
        let mut section = None;
        let mut item: Option<u32> = None;
        // "The five points are:" + "First, there shall be ...": an earlier text's points, as
        // a news page quotes them.
        let mut quoted_points = false;
        for (i, p) in paras.iter().enumerate() {
            if !numbered && repeated(&p.text, &mut seen) {
                continue;
            }
            if !numbered
                && p.subs.is_empty()
                && !self.meta.header.contains(&p.ordinal)
                && titles.contains(&spaced(&p.text))
            {
                continue;
            }
            section = p
                .number
                .map_or(section, |n| section_heading(p).then_some(n));
            if quoted_points && ORDINAL_OPENING.is_match(&p.text) {
                continue;
            }
            quoted_points = lang == Lang::En && POINTS_ARE.is_match(&p.text);
            if lang == Lang::En && !numbered && captioned_quote(p, paras.get(i + 1)) {
                continue;
            }
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
                // "lors desdites réunions" in a later paragraph: the meetings this one
                // dates.
                if lang == Lang::Fr {
                    self.remember_first_date(&p.text);
                }
                continue;
            }
            if numbered && p.number.is_none() && heading_line(p) {
                continue;
            }
            self.paragraph(p, paragraph, numbered);
            self.remember_date(&p.text);
        }
        if lang == Lang::En {
            self.lead_in_at_end();
        }
    }

    /// Keeps the first date a paragraph gives (a day, a month, a year, a dated meeting),
    /// for "on that date" in a later one.
    fn remember_date(&mut self, text: &str) {
        self.remember_first_date(text);
        let adopted = self.meta.adopted.value;
        self.dated_meetings
            .extend(push::dated_meetings(text, adopted));
        self.dated_sessions
            .extend(push::dated_sessions(text, adopted));
        self.dated_sessions
            .extend(push::bracket_dated_sessions(text, adopted));
    }

    /// The first date a paragraph gives, for "on that date" (in French "lors desdites
    /// réunions") in a later one.
    fn remember_first_date(&mut self, text: &str) {
        let found = deadline::parse(text, Some(self.meta.adopted.value));
        if let Some(
            f @ (crate::due::Found::On(_)
            | crate::due::Found::BeforeEvent { .. }
            | crate::due::Found::Session { held: Some(_), .. }),
        ) = found.found
        {
            self.last_date = Some((f, found.phrase));
        }
    }

    fn paragraph(&mut self, p: &Para, number: Option<u32>, numbered: bool) {
        let rewritten = self
            .decided_chapeau(p)
            .or_else(|| self.infinitive_decision(p));
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
                self.person_before = actor::person_named(sentence).map(str::to_string);
                continue;
            }
            let last_sentence = k + 1 == sentences.len();
            if k > 0 {
                self.meeting_timed_after(sentence, number);
            }
            let drafted = self.mandates.len();
            self.paragraph_sentence(p, number, &no_number, sentence, last_sentence, &mut items);
            if self.gives_terms && self.mandates.len() == drafted {
                for cand in self.would_term(sentence) {
                    self.push(cand, number, "", sentence, no_number.clone());
                }
            }
            self.person_before = actor::person_named(sentence).map(str::to_string);
        }
        // "3. Recommends that the Conference adopt a decision along the following lines:" +
        // "1. Decides ...; 2. Encourages ...", read as its items: the quoted text's own.
        if self.quoting.is_some() {
            return;
        }
        self.paragraph_items(p, number, &no_number, &items);
    }

    /// "Requests X to set up a meeting of growers ... . That meeting is to be convened
    /// alongside the third session of Y": a next sentence that says when the meeting the
    /// request before it sets up is held dates that request, which has no date of its own.
    fn meeting_timed_after(&mut self, sentence: &str, number: Option<u32>) {
        let Some(m) = MEETING_HELD_AFTER.captures(sentence) else {
            return;
        };
        let noun = fold(&m[1]);
        let Some(last) = self.mandates.last() else {
            return;
        };
        if last.due.is_some() || last.paragraph != number || !fold(&last.text).contains(&noun) {
            return;
        }
        let known = (!self.meta.adopted_is_fallback).then_some(self.meta.adopted.value);
        let dl = deadline::parse(&sentence[m.get(0).expect("match").end()..], known);
        let Some(found) = &dl.found else {
            return;
        };
        let (due, due_check) = self.due(found, &dl.phrase);
        if let Some(last) = self.mandates.last_mut()
            && due.is_some()
        {
            last.due = due;
            last.due_check = due_check;
            last.due_phrase = dl.phrase;
        }
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
        // "Among the other demands by the leaders is the immediate release of X": a demand
        // told as a noun, what it demands named after "is" (asked of all, as "demanded the
        // release of X" is).
        if let Some(m) = AMONG_DEMANDS.captures(sentence)
            && !self.formal
        {
            let cand = self.unaddressed(&m[1]);
            self.push(cand, number, "", sentence, no_number.clone());
            return;
        }
        let clauses = classify::clauses(sentence);
        let mut reported = false;
        for (c, clause) in clauses.iter().enumerate() {
            let last = last_sentence && c + 1 == clauses.len();
            if self.within_report(clause, sentence, &mut reported) {
                continue;
            }
            // "Decides to approve the following amendment to X:" + "4. ...":
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
            if last && opens_items(p, clause) {
                self.chapeau(p, number, no_number, clause, sentence, items);
                continue;
            }
            let mut cands = self.candidates(clause, sentence);
            self.note_subject(clause);
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

    /// Whether `clause` only goes on with what an earlier view's that-clause reports
    /// (`reported` says whether one did, and is set for the clauses after this one).
    fn within_report(&self, clause: &Clause<'_>, sentence: &str, reported: &mut bool) -> bool {
        // "Emphasises that States should ...": a present-tense view reports what it
        // holds in communiqués too; the past tense ("The Council stressed that ...")
        // reports what was asked.
        let present = !clause.trigger.form.ends_with("ed");
        if !(self.formal || present || *reported) {
            return false;
        }
        // "Reaffirms that the Tribunal shall ...", "Recognizes that the Conference
        // decided to ...": what a view's that-clause reports is not asked here;
        // "..., and requests X to ..." after it is.
        // "Stressing that the panel must be fair, the Council requested it to ...": a
        // participle opening the sentence sets off its that-clause, which ends where the
        // body, named after a comma, acts in its own main clause.
        let main_clause = *reported
            && OPENING_PARTICIPLE_THAT.is_match(sentence)
            && BODY_AFTER_COMMA.is_match(clause.before);
        if *reported && !main_clause && !self.resumes_after_report(clause) {
            return true;
        }
        *reported = matches!(
            clause.trigger.kind,
            Kind::View | Kind::Commends | Kind::Preamble
        ) && VIEW_THAT.is_match(clause.rest);
        false
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

    /// "1. That Member States establish national youth councils;": a recommendation or
    /// decision in the subjunctive asks its subject.
    /// "To support the talks, ORMIS would use its good offices ...", "That Committee would
    /// send its findings to the Board within 30 days": in a press release that gives a text's
    /// terms, a named subject's "would" and bare verb renders the text's request of it (the
    /// body's own "would" and a passive ask nobody here).
    /// ", with its Orchard Guard authorized to patrol ...": the subject's own unit given a
    /// task of its own after the "would" is asked too.
    fn would_term(&self, sentence: &str) -> Vec<Candidate> {
        let Some(m) = WOULD_TERM.captures(sentence.trim()) else {
            return Vec::new();
        };
        let subject = m[1].trim();
        let verb = fold(&m[2]);
        if matches!(
            verb.as_str(),
            "be" | "have" | "not" | "need" | "like" | "seem"
        ) {
            return Vec::new();
        }
        let head = fold(subject.rsplit(' ').next().unwrap_or_default());
        if fold(&self.meta.body.value)
            .split_whitespace()
            .any(|w| w == head)
        {
            return Vec::new();
        }
        let rest = &m[3];
        let with = WITH_AUTHORIZED.captures(rest);
        let own = with
            .as_ref()
            .map_or(rest, |w| &rest[..w.get(0).expect("match").start()]);
        let mut out = Vec::new();
        let actors = actor::actors(subject, sentence, &self.ctx);
        if !actors.is_empty() {
            out.push(Candidate {
                actors,
                action: format!("{}{own}", &m[2]),
                origin: Origin::Request,
            });
        }
        if let Some(w) = with {
            let unit = actor::actors(&w[1], sentence, &self.ctx);
            if !unit.is_empty() {
                out.push(Candidate {
                    actors: unit,
                    action: w[2].to_string(),
                    origin: Origin::Request,
                });
            }
        }
        out
    }

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

    /// "To request the Secretariat to prepare a note for the Working Group ...": a
    /// paragraph that is its decision's infinitive, with no lead-in before it (a Montreal
    /// Protocol decision after its title or preamble: "[the Parties decide] to request
    /// ..."), read as the request it stands for ("Requests the Secretariat to ..."). Only a
    /// request verb ("To request / urge / invite X to"): "To note ...", "To approve ..." stay
    /// as they were.
    fn infinitive_decision(&self, p: &Para) -> Option<Para> {
        if self.lead_in.is_some() {
            return None;
        }
        let rest = p.text.trim_start().strip_prefix("To ")?;
        let text = classify::third_person(rest)?;
        let first = classify::triggers(&text).into_iter().next()?;
        (first.start == 0 && first.kind == Kind::Addressed && !first.passive)
            .then(|| Para { text, ..p.clone() })
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
}

/// "that the Board be requested / invited to ...": group 1 the addressee, group 2 the rest.
/// "That workshop will last a week and will be convened": a sentence that says when the
/// meeting (group 1, its noun) a request before it sets up is held; the time follows the
/// match.
static MEETING_HELD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:such|that|this|the\s+said)\s+(meeting|workshop|seminar|consultation|dialogue|forum|retreat)s?\b[^.;:]*?\b(?:shall|will|should|is\s+to|are\s+to)\s+(?:[^.;:]*?\s)?be\s+(?:held|convened|organized|organised)\b")
        .expect("valid regex")
});

static THAT_REQUESTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^that\s+([^,;:]+?)\s+be\s+(?:requested|invited|asked|urged|called\s+upon|instructed|directed)\b(.*)$")
        .expect("valid regex")
});

static THAT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+[^,;:]*?\s(?:(?:should|shall|must|would|will)\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one|awn)\b")
        .expect("valid regex")
});

/// Whether the paragraph's last clause is a chapeau its items go on with, rather than a
/// request complete in itself.
fn opens_items(p: &Para, clause: &Clause<'_>) -> bool {
    if p.subs.is_empty() {
        return false;
    }
    // A paragraph that ends its sentence ("...;" / "...") lends nothing to the
    // items after it: they stand alone.
    // "Urges X to act on the plan;" + "(a) Reach ...; (b) Develop ...": items that open
    // with a bare verb spell out what the request asks of X, a ";" for a ":".
    let text = p.text.trim_end();
    let semicolon_for_colon =
        text.ends_with(';') && clause.trigger.kind == Kind::Addressed && imperative_items(&p.subs);
    let complete = (text.ends_with([';', '.']) && !semicolon_for_colon)
        || (!text.ends_with([';', '.', ':', ','])
            && items::whole_request_before_sentences(clause, &p.subs));
    !complete
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

/// "the Orchard Board, and " before "encourages Y, to ...": an addressee without its own
/// action.
static SHARED_ADDRESSEE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([^,;:]{2,80}?)\s*,\s*(?:and\s*)?$").expect("valid regex"));

/// "... the following amendment to the statute of the Tribunal:": a paragraph that quotes an
/// instrument after its colon.
static QUOTES: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::QUOTED_NOUNS);
    Regex::new(&format!(
        r"(?i)\bthe\s+following\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b[^:;]*:\s*$"
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
/// "that ...", "with satisfaction that ...", and "it desirable that ..." (an anticipatory
/// "it" and its adjective: "Considers it desirable that the reports should ..."): a view's
/// "Underscoring that ...", "Stressing that ...": a sentence opened by a participle and its
/// that-clause.
static OPENING_PARTICIPLE_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+ing\s+that\b").expect("valid regex")
});

/// ", the 15-member organ", ", the Council also": the body named as a main clause's subject
/// right after a comma, before its verb; or its members (", the Ministers").
static BODY_AFTER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    let titles = any_of(table::SHORT_BODY_TITLES);
    let members = any_of(table::MEMBERS_AS_SUBJECT);
    Regex::new(&format!(
        r"(?i),\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{titles}|{members}|body|organ)\s+(?:(?:[a-z]+ly|also|further|then)\s+)*$"
    ))
    .expect("valid regex")
});

/// that-clause.
// "Recalls its decision that all States shall ...": a view of what was decided before
// (not "its call / request / demand that", made anew).
static VIEW_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:,[^,;]*,\s*)?(?:(?:with|in)\s+[\w-]+\s+|it\s+(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]+)\s+|(?:its|their)\s+(?:earlier\s+|previous\s+)?(?:decision|decisions|determination|position|view|conviction|understanding)\s+)?that\b")
        .expect("valid regex")
});

/// Where `inner`, a slice of `outer`, starts in it.
fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let at = (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize)?;
    (at + inner.len() <= outer.len()).then_some(at)
}

/// "The Economic and Social Council, ": a formal opening run on into the preamble.
static FORMAL_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The|THE)\s+\p{Lu}[\w-]*(?:\s+(?:of|and|on|for|the|\p{Lu}[\w-]*))*,\s+")
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

/// "The chairman of the commission reiterated that ...": an official's own words, with
/// whatever the sentence goes on to call for.
/// "Among the other demands by <the leaders> is the release of X": group 1 what is
/// demanded (a noun phrase opening on "the" and an action noun's adjectives).
static AMONG_DEMANDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*among\s+(?:the\s+)?(?:other\s+|key\s+|main\s+)?(?:demands|calls)\s+(?:(?:by|of|from|made\s+by)\s+[^,;.]{1,60}?\s+)?(?:is|are|was|were)\s+(the\s+[^;]+)$",
    )
    .expect("valid regex")
});

static OFFICIAL_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*the\s+(?:chairman|chairperson|chair|head|president|secretary[- ]general|commissioner)\b[^,;.]{0,60}?\s+(?:said|stated|added|reiterated|stressed|noted|underlined|emphasized|emphasised|explained)\s+that\b")
        .expect("valid regex")
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

/// "The five points are:", "Its main principles include:": a list of an earlier text's
/// points follows.
/// "\"It is a historic step ... so every country is invited to join.\"" over "Jane Roe at
/// the press conference": a paragraph that is a quotation alone, with a caption under it
/// naming who said it, gives that speaker's words, not the body's.
fn captioned_quote(p: &Para, next: Option<&Para>) -> bool {
    let t = p.text.trim();
    let quoted = t.starts_with(['"', '“']) && t.ends_with(['"', '”']);
    quoted
        && next.is_some_and(|n| {
            let c = n.text.trim();
            SPEAKER_CAPTION.is_match(c)
                && c.split_whitespace().count() <= 12
                && !c.ends_with(['.', ':', ';', '!', '?'])
        })
}

/// "Jane Roe at the press conference", "Jane Roe, President of X": a caption's name (two to
/// four capitalised words) and where or as whom the person spoke.
static SPEAKER_CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:,|\s+(?:at|during)\b)")
        .expect("valid regex")
});

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

/// "to adopt the following text:": the words that introduce a decision's own text.
static ADOPTS_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:to\s+)?adopt\s+the\s+following\s+(?:text|resolutions?|decisions?)\s*:\s*$",
    )
    .expect("valid regex")
});

fn starts_with_determiner(np: &str) -> bool {
    let lower = fold(np.trim_start());
    [
        "the ", "all ", "a ", "an ", "its ", "their ", "each ", "every ",
    ]
    .iter()
    .any(|d| lower.starts_with(d))
}

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

/// A speaker anywhere in a text: a speech verb, or a person's title or office ("said",
/// "the ambassador", "Mr", "the Secretary-General").
static SPEAKER_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:said|says|told|stated|added|declared|according\s+to|spokes(?:man|woman|person)|ambassador|minister|secretary[\s-]general|president|chair(?:man|person|woman)?|mr|mrs|ms|dr|h\.\s?e|excellency|envoy|delegate|representative|king|prince|emir|sheikh|premier)\b")
        .expect("valid regex")
});
