//! A chapeau and its items: lettered items that take the chapeau's verb, lead-ins that
//! govern the numbered paragraphs after them, and items that name their own doer.

use regex::Regex;
use std::sync::LazyLock;

use super::{
    Builder, Candidate, ForItems, LeadIn, Origin, VIEW_THAT, authorized, starts_with_determiner,
    without_verb_adverbs,
};
use crate::classify::Clause;
use crate::ids::strip_to;
use crate::segment::Para;
use crate::table::Kind;
use crate::words::any_of;
use crate::words::fold;
use crate::{actor, classify, segment, table};

impl Builder {
    /// "Decisions and Directives of the Council:" + "1. The Secretariat to send a mission
    /// by D": a heading names the list, and each numbered item names who acts before its
    /// "to". True when the item was read so.
    pub(super) fn decision_list_item(
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

    /// A chapeau's clause: the request it makes whole, or what it lends its items.
    pub(super) fn chapeau<'a>(
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
        // "Reaffirms its demand that all parties cooperate ..., and that they ensure:" +
        // "- the safety of ...": a that-clause whose last verb waits for its objects, and
        // items that bring no verb of their own, are one demand.
        let that_objects = clause.trigger.kind == Kind::Addressed
            && opens_that_clause(clause.rest)
            && clause.rest.trim_end().ends_with(':')
            && !p.subs.is_empty()
            && p.subs.iter().all(|s| {
                let item = item_words(&s.text).trim_start();
                !fold(item).starts_with("to ")
                    && classify::third_person(item).is_none()
                    && classify::triggers(item).is_empty()
            });
        if spelled_out || that_objects || lists_contents(clause.rest, &p.subs) {
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
        // "Requests X to establish, within 30 days, a mechanism:" + "(a) to monitor ...":
        // the items say what the new body will do; the request to set it up is X's one task.
        if clause.trigger.kind == Kind::Addressed && BODY_DESCRIBED.is_match(clause.rest) {
            let cands = self.candidates(clause, sentence);
            items.illustrated = !cands.is_empty();
            for cand in cands {
                let action = cand.action.trim().trim_end_matches(':').trim().to_string();
                let cand = Candidate { action, ..cand };
                self.push(cand, number, "", sentence, no_number.clone());
            }
            if items.illustrated {
                return;
            }
        }
        // "Decides to establish a Committee ... to undertake the following
        // tasks:": setting it up is the body's act; the items are its tasks.
        // "Decides also to discontinue forthwith X, and, with a view to Y:" + "(a) To invite
        // ...": the chapeau's own infinitive is an act of the body's, whole before its ", and".
        if clause.trigger.kind == Kind::Decides
            && (established_for_tasks(clause.rest.trim()).is_some()
                || OWN_ACT_BEFORE_ITEMS.is_match(clause.rest))
        {
            for cand in self.candidates(clause, sentence) {
                self.push(cand, number, "", sentence, no_number.clone());
            }
        }
        items.inherited = Some((clause.clone(), sentence));
    }

    /// The mandates a paragraph's lettered items ask for.
    pub(super) fn paragraph_items(
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
        // "Requests Parties to submit their report:" + "(a) By 1 May 2037;" + "(b) In an
        // official language;": items that only say when and how are one task, the chapeau's.
        let manner = manner_items(&p.subs, items);
        let subs = manner
            .as_ref()
            .map_or(p.subs.as_slice(), std::slice::from_ref);
        // "- To establish a Committee on X to:" + "- develop a work plan;" (a list nested in
        // the bullet, flattened): the new body's tasks.
        let mut established: Option<String> = None;
        // "adopted resolution R ..., in which it:" + "(b) Requested X to ...": a report's
        // list of what an earlier resolution did; its past-tense items ask nobody here.
        let recounts = RECOUNTS_EARLIER.is_match(&p.text);
        for sub in subs
            .iter()
            .filter(|_| !items.contents)
            .filter(|s| !quoted(s))
        {
            let text = format!(
                "{} ({}) {}",
                INTENT_ASIDE.replace_all(&p.text, ", "),
                sub.letter,
                sub.text
            );
            let lower = sub
                .text
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
            if let Some(body) = established.as_deref().filter(|_| lower) {
                let action = sub
                    .text
                    .trim()
                    .trim_end_matches([';', '.', ','])
                    .to_string();
                let cand = Candidate {
                    actors: actor::actors(body, &text, &self.ctx),
                    action,
                    origin: Origin::Request,
                };
                self.push(cand, number, &sub.letter, &text, no_number.clone());
                continue;
            }
            established = ESTABLISHED_TO.captures(&sub.text).map(|c| c[1].to_string());
            let own = classify::clauses(&sub.text);
            if recounts
                && own.first().is_some_and(|c| {
                    c.trigger.start <= 4
                        && c.trigger
                            .form
                            .split(' ')
                            .next()
                            .is_some_and(|w| w.ends_with("ed"))
                })
            {
                continue;
            }
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

    pub(super) fn under_lead_in(
        &mut self,
        p: &Para,
        number: Option<u32>,
        no_number: Option<&String>,
    ) -> bool {
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
        let triggers = classify::triggers(&p.text);
        let sentences = segment::sentences(&p.text);
        let first = sentences.first().copied().unwrap_or("");
        // "DECIDES to:" + "3. Subject the items to review and they should only relate to
        // X. The Commission should ...": an item that opens on a bare verb of its own, its
        // first trigger later in its first sentence, is the lead-in's decision (the clause
        // after it goes with it); its later sentences are read on their own.
        let bare_verb = lead.trigger.kind == Kind::Decides
            && triggers
                .first()
                .is_some_and(|t| t.start > 0 && t.start < first.len())
            && opens_on_bare_verb(first);
        if bare_verb {
            let chapeau = Clause {
                trigger: lead.trigger.clone(),
                rest: &lead.rest,
                before: &lead.before,
            };
            if let Some(cand) = self.inherit(&chapeau, &lead.sentence, first) {
                let text = format!("{} {}", lead.sentence, first);
                self.push(cand, number, "", &text, no_number.cloned());
            }
            let no_number = no_number.cloned();
            let mut items = ForItems::default();
            for (k, sentence) in sentences.iter().enumerate().skip(1) {
                let last = k + 1 == sentences.len();
                self.paragraph_sentence(p, number, &no_number, sentence, last, &mut items);
            }
            return true;
        }
        if !triggers.is_empty() {
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
        self.lead_in_alone(lead);
    }

    /// "REQUESTS the Committee to develop as a matter of urgency:" where the page ends
    /// before its list: the request stands on its own words.
    pub(super) fn lead_in_at_end(&mut self) {
        if let Some(lead) = self.lead_in.take()
            && !lead.used
        {
            self.lead_in_alone(&lead);
        }
    }

    /// The chapeau's request on its own words, its colon dropped.
    fn lead_in_alone(&mut self, lead: &LeadIn) {
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
        if items_ask_nothing(chapeau) {
            return None;
        }
        // "Decides:" + "(b) That in 2041 the Council shall decide ...": each item is a
        // that-clause of the chapeau's verb.
        if chapeau.trigger.kind == Kind::Decides
            && chapeau.rest.trim().trim_end_matches(':').trim().is_empty()
            && let Some(body) = ["That ", "That, ", "that ", "that, "]
                .iter()
                .find_map(|t| sub.trim_start().strip_prefix(t))
        {
            // "(b) that X could submit ...", "(c) that the reports should be submitted ...":
            // a permission, a passive, as "decided that ..." would be.
            let text = format!("Decides that {body}");
            let clauses = classify::clauses(&text);
            if clauses
                .first()
                .is_some_and(|c| c.trigger.kind == Kind::Decides && c.trigger.start == 0)
            {
                // "That there shall be no session ..., and that X shall <act>": the
                // clause of "shall" after the second "that" asks.
                return clauses
                    .iter()
                    .flat_map(|c| self.candidates(c, &text))
                    .next();
            }
        }
        let (head, called_to) = chapeau_head(chapeau)?;
        let sub = item_words(sub);
        // "X shall" + "(a) prioritize ...": every item is what X shall do.
        if chapeau.trigger.kind == Kind::Obliges
            && chapeau.rest.trim().trim_end_matches(':').is_empty()
        {
            return self.obligation(chapeau.before, sub, sentence);
        }
        let sub_action = strip_to(sub);
        let decides = chapeau.trigger.kind == Kind::Decides;
        // "Decides to authorize the Mission to pursue the following objectives:" + "(a)
        // Conduct ...": each item is what the authorized addressee is to do.
        if decides && let Some(np) = authorized(head).or_else(|| established_for_tasks(head)) {
            return Some(self.done_by(np, sentence, sub_action));
        }
        // "Leaders agreed to the following:" + "1. Reform of the Board to ensure ...": an
        // item naming a change agreed on is a plan, as "agreed to <a plan>" is ("agreed on
        // the following action points:" + "- The Secretariat to circulate ..." still asks).
        if decides && chapeau.trigger.form.starts_with("agree") && CHANGE_OF.is_match(sub) {
            return None;
        }
        // "Requests that the monitoring mechanism:" + "(a) Builds on ...; (b) Provides ...":
        // items in the indicative after a that-clause's subject say what that thing is to
        // be (its make-up, as "The report should: (a) Describe ..."), asking nobody.
        if chapeau.trigger.kind == Kind::Addressed
            && fold(head.trim_start()).starts_with("that ")
            && super::indicative(sub)
        {
            return None;
        }
        if let Some(cand) = self.action_item(chapeau, sub, sentence) {
            return Some(cand);
        }
        // "Decides that the Envoy and the Mission shall" + "(a) prioritize ...": each item is
        // what the that-clause's subject shall do.
        if decides
            && let Some((np, action)) = actor::split_that(without_verb_adverbs(head))
            && action.trim().is_empty()
        {
            return Some(self.done_by(np, sentence, sub_action));
        }
        if decides && let Some(operative) = classify::third_person(&sub_action) {
            return self.decided_item(chapeau, sub, &operative);
        }
        self.item_by_verb(chapeau, head, called_to, sub, sub_action, sentence)
    }

    /// The request that `np` do `action`.
    fn done_by(&self, np: &str, sentence: &str, action: String) -> Candidate {
        Candidate {
            actors: actor::actors(np, sentence, &self.ctx),
            action,
            origin: Origin::Request,
        }
    }

    /// "Decides: 1- To request X to ..." requests X; "To affirm ..." is a view.
    fn decided_item(&self, chapeau: &Clause<'_>, sub: &str, operative: &str) -> Option<Candidate> {
        let clauses = classify::clauses(operative);
        match clauses.first().filter(|c| c.trigger.start == 0) {
            // "Decides," + "(b) To renew the mandate of the Force ...": renewing what
            // is not its own stand ("To renew its commitment") is the body's act, as
            // "Decides to renew" is.
            Some(clause) if renews_a_mandate(clause) => self.continued_clause(chapeau, sub),
            // "Decides: (b) To extend the mandate of the Group ...": the item's own verb is
            // the body's renewal under its chapeau, whether or not the text numbers its
            // paragraphs (a communiqué's bare "extends the mandate" stays uncounted).
            Some(clause) if extends_a_mandate(clause) => self.continued_clause(chapeau, sub),
            Some(clause) => self.candidate(clause, operative),
            None => None,
        }
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
        // "(b) Gather, examine and analyse information ... to growers": a run of bare verbs
        // opens a task; the "to" is its object's, nobody is named before it.
        if VERB_RUN.is_match(sub) {
            return None;
        }
        // "(a) Promotion of orchards to feed the region": an action asked of nobody named.
        let (np, action) = actor::split_addressed(sub, false)?;
        if actor::opens_with_nominal(np) {
            return Some(self.unaddressed(sub));
        }
        // "(a) Heads will continue to address pests": a sentence with its own modal, an
        // intention, names nobody before a "to" of a task.
        if fold(np)
            .split_whitespace()
            .any(|w| table::MODALS.contains(&w))
        {
            return None;
        }
        let actors = actor::actors(np, sentence, &self.ctx);
        (!actors.is_empty()).then(|| Candidate {
            actors,
            action: action.to_string(),
            origin: Origin::Request,
        })
    }
}

/// "Gather, examine and analyse ...", "Monitor, assess and report ...": an item that opens
/// on a run of lower-case bare verbs after a capitalised one (none a plural, a past or an
/// "-ing" form, which a list of actors would be).
static VERB_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[A-Z][a-z]+[a-rt-z],\s+(?:[a-z]+[a-rt-z],\s+)*[a-z]+[a-rt-z],?\s+(?:and|or)\s+[a-z]+[a-rt-z]\s")
        .expect("valid regex")
});

/// An intention the chapeau states on its way to the list ("expresses its intent to review
/// the group by D, and decides that the group shall take up these duties:"): its day is the
/// body's own, no deadline of the items.
static INTENT_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s*(?:expresses|expressing|expressed|reaffirms|states)\s+its\s+(?:firm\s+)?(?:intent|intention|readiness|willingness)\s+to\b[^;:]*?,\s*(?:and\s+)?")
        .expect("valid regex")
});

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

/// "... shall not apply to", "shall also apply to the persons designated as:": a chapeau
/// that says what a rule covers.
static SAYS_WHAT_HOLDS: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::STATE_VERBS);
    Regex::new(&format!(
        r"(?i)(?:^|\b(?:shall|should|will|does|do)\s+)(?:also\s+)?(?:not\s+)?(?:{verbs})\s+(?:to|in|with)\b"
    ))
    .expect("valid regex")
});

/// Whether a chapeau's items list things rather than tasks.
fn items_ask_nothing(chapeau: &Clause<'_>) -> bool {
    // "no organ shall be entitled to records, with the exception of the following:" +
    // "(a) the Law Commission": the items are what is excepted, not tasks.
    // "Declares that:" + "(d) Nuclear weapons serve to ...": each item is the view.
    EXCEPTION_LIST.is_match(chapeau.rest)
        || (matches!(chapeau.trigger.kind, Kind::View | Kind::Preamble)
            && VIEW_THAT.is_match(chapeau.rest))
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

/// "Heads asked the Board to review the fund to see how it can help growers", with no colon
/// or open word at its end: a request made whole, its addressee's infinitive given, which
/// lends nothing to items set after it that are sentences of their own ("(a) Heads will
/// continue to ..."), as a request ending in a full stop lends nothing.
pub(super) fn whole_request_before_sentences(chapeau: &Clause<'_>, subs: &[segment::Sub]) -> bool {
    whole_request(chapeau)
        && subs
            .iter()
            .all(|s| sentence_of_its_own(item_words(&s.text)))
}

fn whole_request(chapeau: &Clause<'_>) -> bool {
    let rest = chapeau.rest.trim();
    chapeau.trigger.kind == Kind::Addressed
        && !chapeau.trigger.passive
        && !rest.ends_with([':', '-', '—', ','])
        && !fold(rest).ends_with(" to")
        && !rest.contains("following")
        && !fold(rest).contains("as follows")
        && actor::split_addressed(rest, false).is_some_and(|(np, action)| {
            !np.trim().is_empty() && action.split_whitespace().count() >= 3
        })
}

/// "Heads welcomed the call ...", "Women and children: Heads will continue ...": an item
/// that opens as a sentence of its own, a capitalised subject and its finite verb (a modal
/// or a past form) within its first words, after a short label ("Reach an agreement on
/// ...", an imperative, is a task).
fn sentence_of_its_own(item: &str) -> bool {
    let item = item.trim_start();
    let item = match item.split_once(": ") {
        Some((label, rest)) if label.split_whitespace().count() <= 4 => rest.trim_start(),
        _ => item,
    };
    let words: Vec<String> = item.split_whitespace().take(5).map(fold).collect();
    item.starts_with(char::is_uppercase)
        && words.first().is_some_and(|w| w != "to")
        && words
            .iter()
            .skip(1)
            .any(|w| table::MODALS.contains(&w.as_str()) || (w.ends_with("ed") && w.len() > 4))
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
    // "i) In collaboration with Member States to pursue ...": a partner named with no
    // comma before the infinitive.
    QUALIFIED_ITEM
        .captures(sub)
        .or_else(|| PARTNERED_ITEM.captures(sub))
        .map_or(sub, |m| m.get(1).expect("group").as_str())
}

/// "also to discontinue forthwith the present system of X, and, with a view to Y:": an
/// infinitive with its object, then ", and" going on to the items.
static OWN_ACT_BEFORE_ITEMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?:also|further|moreover)\s+)?to\s+[a-z]+\s+(?:[\w-]+\s+){2,}?[\w-]+,\s+and,?\s+[^:]*:\s*$")
        .expect("valid regex")
});

/// "In collaboration with Member States to pursue ...": an item whose infinitive follows a
/// partner phrase with no comma (a lower-case verb after "to").
static PARTNERED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:in\s+(?:collaboration|consultation|cooperation|co-operation|coordination|partnership)\s+with|together\s+with)\s+[^;:,]*?\s+(to\s+[a-z][a-z-]*\b.*)$")
        .expect("valid regex")
});

/// "To establish a Committee on X to:": a new body, its tasks in the items after it.
static ESTABLISHED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:to\s+)?(?:establish|create|set\s+up)\s+(?:a|an|the)\s+(?:new\s+)?([^,;:]{3,120}?)\s+to\s*:\s*$")
        .expect("valid regex")
});

/// A chapeau that recounts an earlier resolution's terms: "adopted resolution 9/12 of D
/// ..., in which it, inter alia,:".
static RECOUNTS_EARLIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bresolution\s+\S*\d[^:]*,\s*in\s+which\s+it\s*(?:,\s*inter[\s-]alia\s*,?)?\s*:\s*$",
    )
    .expect("valid regex")
});

/// A lead-in that quotes an instrument's provision: "Article 9 provides:", "reads as follows:".
static QUOTES_PROVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:provides|provided|reads|read|states|stated|stipulates|stipulated)(?:\s+as\s+follows)?\s*:\s*$")
        .expect("valid regex")
});

/// "Reform of the Board ...", "Review of the seed rules ...": an item naming a change.
static CHANGE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:reform|renewal|review|revision|restructuring|strengthening|consideration|establishment|creation|enhancement)\s+of\b")
        .expect("valid regex")
});

static DECISION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:decisions|directives|action\s+points)\b[^.;]*:$").expect("valid regex")
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

/// "to establish, in consultation with Y, within 30 days ..., a mechanism:": a request to set
/// up a body whose colon follows the body's own noun (not "to:", "the following tasks:"),
/// so the items after it describe that body.
static BODY_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bto\s+(?:establish|re-?establish|create|set\s+up|constitute)\b[^:;]*?\ban?\s+(?:new\s+|monitoring\s+|standing\s+|joint\s+)?(?:mechanism|group|panel|team|unit|body|office|committee|commission|network|task\s+force|working\s+group|facility|fund)\s*:\s*$")
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

/// A chapeau that ends on an exception: "with the exception of the following:".
static EXCEPTION_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|other\s+than|save\s+for)(?:\s+the\s+following)?\s*:?\s*$")
        .expect("valid regex")
});

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

/// "extends the mandate(s) of ...": an item's infinitive read as the body's renewal.
fn extends_a_mandate(clause: &Clause<'_>) -> bool {
    clause.trigger.kind == Kind::Decides && clause.trigger.form.starts_with("extends the mandate")
}

/// Items that each open with a preposition of time or manner ("(a) By 1 May 2037;", "(b)
/// In an official language;", "(c) Through the clearing-house"), none with an infinitive,
/// under a chapeau whose verb they inherit: one item holding them all, lettered as the first.
fn manner_items(subs: &[segment::Sub], items: &ForItems<'_>) -> Option<segment::Sub> {
    let opens_with_manner = |s: &segment::Sub| {
        let first = s
            .text
            .split_whitespace()
            .next()
            .map(fold)
            .unwrap_or_default();
        // "(a) In consultation with X, to prepare ..." is a task all the same.
        table::MANNER_ITEM_OPENERS.contains(&first.as_str()) && !fold(&s.text).contains(" to ")
    };
    (items.inherited.is_some() && subs.len() >= 2 && subs.iter().all(opens_with_manner)).then(
        || segment::Sub {
            letter: subs[0].letter.clone(),
            text: subs
                .iter()
                .map(|s| s.text.trim())
                .collect::<Vec<_>>()
                .join(" "),
        },
    )
}

/// Whether a chapeau's items are the contents of what it asks for (a report's topics), not
/// tasks: it asks with an infinitive of its own and ends in a word that lists contents
/// ("a report that includes:", "information on:"), or every item is a noun phrase with a
/// determiner ("(a) the number of ...").
fn lists_contents(rest: &str, subs: &[segment::Sub]) -> bool {
    let rest = fold(rest.trim_end().trim_end_matches([':', ' ']));
    let mut words = rest.rsplit(' ');
    let (last, before) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    // "shall hold a special session ..., for the following purposes:" + "(a) To consider
    // ...": what the session is for, not tasks of their own.
    if matches!(last, "purpose" | "purposes") && before == "following" {
        return true;
    }
    if !rest.contains(" to ") && !rest.starts_with("to ") {
        return false;
    }
    // "to report on:", "information on:" (not "to focus on:", whose items are tasks).
    let reports_on = last == "on" && table::REPORT_WORDS.contains(&before);
    // "..., particularly focusing on:", "with a particular focus on:": the topics of what
    // the request asks for.
    let third = words.next().unwrap_or("");
    let topics_on = last == "on"
        && (table::TOPIC_PARTICIPLES.contains(&before)
            || (before == "focus" && matches!(third, "a" | "particular" | "special")));
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
    // "Requests X to invite:" + "(a) All Y to <act> in
    // Z": the items are whom to invite (with what for), the request is one.
    let whom = before == "to" && table::WHOM_VERBS.contains(&last);
    // "Also requests X to <verb> and <verb>:" + "(a) For each of ..., an annual
    // compilation ...; (b) ... a summary ...": an infinitive left without its object, and
    // items that open with no verb (nor "to"), are what it is to make, one request.
    let fourth = words.next().unwrap_or("");
    let bare_infinitive = (before == "to" || (before == "and" && fourth == "to"))
        && last.chars().all(char::is_alphabetic)
        && !last.is_empty()
        && subs.iter().all(|s| {
            let item = s.text.trim_start();
            !fold(item).starts_with("to ") && classify::third_person(item).is_none()
        });
    reports_on
        || bare_infinitive
        || topics_on
        || whom
        || briefs_on
        || supports_for
        || things
        || includes_in_report
        || table::CONTENT_WORDS.contains(&last)
        || subs.iter().all(|s| starts_with_determiner(&s.text))
}

/// An item that names a thing, not an action: "Further efforts by ...", "Increased
/// openness ...", "The further reduction of ...", "Concrete agreed measures ...".
fn nominal_item(item: &str) -> bool {
    let toks = crate::words::tokens(item);
    let first = toks.first().map(|t| t.word.as_str()).unwrap_or("");
    table::NOMINAL_ITEM_OPENERS.contains(&first)
        || actor::opens_with_nominal(item)
        || toks.iter().take(3).any(|t| {
            table::ACTION_NOUNS.contains(&t.word.as_str())
                || table::NOMINAL_HEADS.contains(&t.word.as_str())
        })
}

/// "Subject the items ...", "Dissolve the Committee ...", "Revise and review ...": an
/// item that opens on a bare verb (a capitalised word, no determiner, ending in neither
/// "-s", "-ed" nor "-ing", before an article, a determiner or "and").
fn opens_on_bare_verb(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let (Some(w), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let lower = w.to_lowercase();
    w.starts_with(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase)
        && ![
            "the", "a", "an", "all", "each", "this", "these", "those", "its", "their", "member",
            "that", "to", "in", "on", "for", "with", "by", "at", "as", "if", "when", "where",
            "while", "whereas", "such", "it", "they", "we", "there",
        ]
        .contains(&lower.as_str())
        && !(lower.ends_with('s') || lower.ends_with("ed") || lower.ends_with("ing"))
        && [
            "the", "a", "an", "all", "its", "their", "and", "any", "each", "such",
        ]
        .contains(&next)
}
