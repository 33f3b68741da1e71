//! What a text decides ("Decides to establish ...", "authorizes X to ..."): who the
//! decision asks to act, or the body that decided it.

use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

use super::{Builder, Candidate, Origin, THAT_PASSIVE, is_copula, offset_in};
use crate::ids::strip_to;
use crate::model::Actor;
use crate::words::any_of;
use crate::words::fold;
use crate::{actor, table};

/// The check a body's own act carries ("decided to deploy", "authorized the deployment").
pub(crate) const BODY_ACTS_CHECK: &str = "the body decided to act itself; name who carries it out";

impl Builder {
    /// "Decides to authorize the Mission to use ...": the Mission, not the body.
    fn authorized(&self, rest: &str, sentence: &str) -> Option<Candidate> {
        // "Resolves to recommend that the Assembly provide for ...": the that-clause's
        // subject is asked, as with "Recommends that ...".
        if let Some(m) = TO_RECOMMEND_THAT.find(rest)
            && let Some((np, action)) = actor::split_that(&rest[m.end()..])
        {
            let actors = actor::actors(np, sentence, &self.ctx);
            if !actors.is_empty() {
                return Some(Candidate {
                    actors,
                    action: action.to_string(),
                    origin: Origin::Request,
                });
            }
        }
        let m = DECIDES_TO_ASK.find(rest)?;
        // "Decides to entrust X with ...", "agreed to task X with ...": the object follows
        // "with", as after "entrusts X with".
        let verb = fold(m.as_str())
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_string();
        let with_verb = table::WITH_VERBS.contains(&verb.as_str());
        let (np, action) = actor::split_addressed(&rest[m.end()..], with_verb)?;
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

    /// "Decides to ...": the body itself; "Decides that X shall ...": X.
    pub(super) fn decision(&self, rest: &str, sentence: &str, form: &str) -> Option<Candidate> {
        // "it was announced that the Chair of X, King Y, has decided to hold ...": one
        // office-holder's own decision, not the body's.
        if offset_in(sentence, rest)
            .is_some_and(|at| OFFICE_HOLDER_DECIDING.is_match(&sentence[..at]))
        {
            return None;
        }
        let rest = self.decided_words(rest)?;
        DECISION_READERS
            .iter()
            .find_map(|read| read(self, rest, sentence, form))
            .unwrap_or_else(|| {
                self.body_decision(rest, sentence, form, THAT_PASSIVE.is_match(rest))
            })
    }

    /// "Decided that where previous decisions have attributed functions to X, the functions
    /// will be performed by Y": the condition before the subject is no part of it; the
    /// decision is what follows it.
    /// A passive after the condition settles a rule: nobody is asked.
    fn conditioned_decision(
        &self,
        rest: &str,
        sentence: &str,
        form: &str,
    ) -> Option<Option<Candidate>> {
        let m = THAT_CONDITION.find(rest)?;
        let unconditioned = format!("that {}", &rest[m.end()..]);
        if THAT_PASSIVE.is_match(&unconditioned) {
            return Some(None);
        }
        Some(self.decision(&unconditioned, sentence, form))
    }

    /// "Decides not to renew the panel and to establish a working group": what it declines
    /// asks nothing; what it decides after "and to" is its decision.
    fn declined_then_decided(
        &self,
        rest: &str,
        sentence: &str,
        form: &str,
    ) -> Option<Option<Candidate>> {
        let m = DECLINED_THEN.captures(rest)?;
        Some(self.decision(&rest[m.get(1).expect("group").start()..], sentence, form))
    }

    /// "Decides to remain seized of the matter": nothing to do. "Decided to keep the
    /// matter under review and to convene a meeting within a month": the watch asks
    /// nothing, the act after "and to" is its decision.
    fn non_mandate(&self, rest: &str, sentence: &str, form: &str) -> Option<Option<Candidate>> {
        if !non_mandate_decision(rest) {
            return None;
        }
        Some(act_after_watch(rest).and_then(|at| self.decision(&rest[at..], sentence, form)))
    }

    /// "1. Agrees to complete the first evaluation at its fourth meeting": a formal
    /// resolution's paragraph that opens with "Agrees to" states its assent, as
    /// "Approves" does, and asks nothing ("Council agrees to convene ...", its subject
    /// named, and a report's "agreed to convene ..." still act).
    fn formal_assent(&self, rest: &str, sentence: &str, form: &str) -> Option<Option<Candidate>> {
        (form == "agrees"
            && self.formal
            && fold(sentence.trim_start()).starts_with("agrees to ")
            && fold(rest.trim_start()).starts_with("to "))
        .then_some(None)
    }

    fn authorized_decision(
        &self,
        rest: &str,
        sentence: &str,
        _: &str,
    ) -> Option<Option<Candidate>> {
        self.authorized(rest, sentence).map(Some)
    }

    fn finding_decision(&self, rest: &str, _: &str, _: &str) -> Option<Option<Candidate>> {
        finding(rest).then_some(None)
    }

    /// "decided today that it will convene a meeting on D": "it" is the body itself
    /// ("that it will remain seized" asks nothing).
    fn it_will(&self, rest: &str, sentence: &str, _: &str) -> Option<Option<Candidate>> {
        let m = THAT_IT_WILL.captures(rest)?;
        let action = &rest[m.get(1).expect("group").start()..];
        Some(
            (!HAPPENS.is_match(action) && !fold(action).starts_with("remain"))
                .then(|| self.body_acts(rest, sentence, action.to_string())),
        )
    }

    fn allowed_or_term_decision(&self, rest: &str, _: &str, _: &str) -> Option<Option<Candidate>> {
        allowed_or_term(rest).then_some(None)
    }

    /// "X decided that <a named meeting> would be held in <a place> from
    /// D to E ... to consider: ...": where and when another meeting, named, is to be
    /// held, a make-up that asks nobody ("decided that its next meeting / the thirteenth
    /// session would be held in X" stays the body's own: it meets again).
    fn other_meeting_held(&self, rest: &str, _: &str, _: &str) -> Option<Option<Candidate>> {
        if let Some(m) = MEETING_HELD.captures(rest)
            && !OWN_MEETING.is_match(&m[1])
        {
            return Some(None);
        }
        None
    }

    /// "Decides that the informal consultations ... should be held at Nairobi during
    /// January 2038, should review ...": the clause ends where "should" opens the next;
    /// when and where a meeting is to be held, in a resolution's "should" or "shall",
    /// asks nobody (the meeting is no actor).
    fn held_or_subject_to_next(
        &self,
        rest: &str,
        sentence: &str,
        _: &str,
    ) -> Option<Option<Candidate>> {
        let next =
            offset_in(sentence, rest).map(|at| fold(sentence[at + rest.len()..].trim_start()));
        let held_next = next.as_ref().is_some_and(|next| {
            next.starts_with("should be held") || next.starts_with("shall be held")
        });
        // "Decides that the Records annexed ... shall be subject to amendment in accordance
        // with ...": a thing put under a rule or a procedure, a make-up that asks nobody.
        let subject_to_next = next
            .as_ref()
            .is_some_and(|next| SUBJECT_TO_NEXT.is_match(next));
        (fold(rest.trim_start()).starts_with("that ") && (held_next || subject_to_next))
            .then_some(None)
    }

    /// "Decides that X shall ...": X, unless the that-clause is passive.
    fn that_clause_subject(
        &self,
        rest: &str,
        sentence: &str,
        _: &str,
    ) -> Option<Option<Candidate>> {
        let passive_that = THAT_PASSIVE.is_match(rest);
        // "decided that the mandate applies to the measures of X": what a mandate or a rule
        // covers, no doer asked.
        if APPLIES_TO.is_match(rest) {
            return Some(None);
        }
        let (np, action) = actor::split_that(rest).filter(|_| !passive_that)?;
        // "decides that the financial resources for X shou": a page cut the clause at
        // its modal; what the subject is to do (or be) is lost, so nobody is asked.
        let cut = action.trim();
        let modal_cut = !cut.contains(char::is_whitespace)
            && ["should", "shall", "would", "will", "must"]
                .iter()
                .any(|m| m.len() > cut.len() && m.starts_with(cut));
        if modal_cut {
            return Some(None);
        }
        Some(self.decided_subject(rest, np, action, sentence))
    }

    fn consents_decision(&self, rest: &str, _: &str, _: &str) -> Option<Option<Candidate>> {
        consents(rest).then_some(None)
    }

    /// "2. The Committee of X agreed to go on <doing> ...": in an organ's
    /// numbered record of its decisions, the organ's own "agreed to <act>" (no one it
    /// tasks: "agreed to task X with ..." is read before) states its assent, as a
    /// resolution's "Agrees to" does, and asks nothing. Leaders' and heads' "Agreed to
    /// establish ..." in a communiqué stay their own acts.
    fn past_assent(&self, rest: &str, sentence: &str, form: &str) -> Option<Option<Candidate>> {
        (form == "agreed"
            && self.formal
            && fold(rest.trim_start()).starts_with("to ")
            && is_organ(&self.deciding_body(rest, sentence)))
        .then_some(None)
    }

    /// What the body decides to do itself: "decides to: a. Keep the levies. b. Ask X to ...",
    /// "decided that the next meeting would be held in Baku".
    fn body_decision(
        &self,
        rest: &str,
        sentence: &str,
        form: &str,
        passive_that: bool,
    ) -> Option<Candidate> {
        let trimmed = rest.trim_start();
        // The first lettered item is what the body decides itself (the later ones are read
        // as their own sentences).
        let listed = TO_ITEM.find(trimmed).map(|m| &trimmed[m.end()..]);
        let starts_to = fold(trimmed).starts_with("to ") || listed.is_some();
        // A resolution's "Decides that income from ... shall be credited to ..." settles a
        // rule; nobody is asked.
        // A resolution's present tense ("...; decides that records shall be provided to
        // ...") settles one in a text that numbers no paragraphs too.
        // A bare subjunctive ("Agreed that the final report be reproduced ... and be issued
        // by the end of the year"), no modal before its "be", settles how a thing is done
        // and names no doer, in a report too ("decided that the next meeting would be held
        // in X" stays the body's).
        // "Summit decided that the second post ... will be filled by Westvale": a thing
        // done by another, named after "by", is an allocation, not the body's own act.
        let settles = passive_that
            && (self.formal
                || table::PRESENT_DECIDES.contains(&form)
                || subjunctive_passive(trimmed)
                || THAT_DONE_BY.is_match(trimmed)
                || THAT_DEVOTED.is_match(trimmed));
        (starts_to || (passive_that && !settles)).then(|| {
            self.body_acts(
                rest,
                sentence,
                listed.map_or_else(|| strip_to(rest), first_item),
            )
        })
    }

    /// The body asked to do `action` itself, with a check to name who carries it out.
    pub(super) fn body_acts(&self, rest: &str, sentence: &str, action: String) -> Candidate {
        Candidate {
            actors: vec![Actor {
                name: self.deciding_body(rest, sentence),
                check: Some(BODY_ACTS_CHECK.into()),
            }],
            action,
            origin: Origin::Request,
        }
    }

    /// Who decides: the body; in a text that names none, the body a quoted decision names
    /// as its subject ("..., the Summit decides to suspend ...").
    fn deciding_body(&self, rest: &str, sentence: &str) -> String {
        let body = &self.meta.body.value;
        // "The Ministers decided to ...", "Foreign Ministers of X agreed to ...": in a text
        // that names no body of its own (none, or only a title such as "the conference"),
        // the members, as the text names them, decide together; a named body stays the
        // one that decides.
        let generic = fold(body.trim_start_matches("The ").trim_start_matches("the "));
        if (body.starts_with("(body not named")
            || table::SHORT_BODY_TITLES.contains(&generic.as_str()))
            && let Some(m) =
                offset_in(sentence, rest).and_then(|at| MEMBERS_DECIDING.captures(&sentence[..at]))
        {
            return actor::capitalise(&m[1]);
        }
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
        // "Decides in view of the matters raised to consider them ...": the reason, set
        // with no commas, then the decision.
        if let Some(m) = REASON_LEAD.captures(rest)
            && !table::NOT_INFINITIVE.contains(&fold(&m[2]).as_str())
        {
            return Some(&rest[m.get(1).expect("group").start()..]);
        }
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
        // "decides that the purpose of X shall be to ...": a definition;
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
        // "decided that the Orchard Mission, known as ORMIS should guard ...": the comma cut the
        // subject's name from the subject; the name asks nothing, the clause after it does
        // (read where the name runs on to the modal).
        let names_subject = NAMES_SUBJECT.is_match(action);
        if make_up
            || happens
            || names_subject
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
}

/// A way `Builder::decision` reads the words decided (the words, the sentence, the verb's
/// form): `Some` where it knows them, with the candidate (none where nobody is asked).
type DecisionReader = fn(&Builder, &str, &str, &str) -> Option<Option<Candidate>>;

/// The ways `Builder::decision` reads a decision, in order, before it takes it for the
/// body's own.
const DECISION_READERS: [DecisionReader; 13] = [
    Builder::declined_then_decided,
    Builder::conditioned_decision,
    Builder::non_mandate,
    Builder::formal_assent,
    Builder::authorized_decision,
    Builder::past_assent,
    Builder::finding_decision,
    Builder::it_will,
    Builder::allowed_or_term_decision,
    Builder::other_meeting_held,
    Builder::held_or_subject_to_next,
    Builder::that_clause_subject,
    Builder::consents_decision,
];

/// An organ's name ("Committee of Ministers", "Executive Board", "Orchard Council"): its
/// head noun an organ's, not a gathering of leaders, heads or ministers.
fn is_organ(name: &str) -> bool {
    let name = fold(name);
    let words: Vec<&str> = name.split_whitespace().filter(|w| *w != "the").collect();
    let organ = |w: &&str| table::ORGAN_NOUNS.contains(w);
    words.first().is_some_and(organ) || words.last().is_some_and(organ)
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
        || KEEPS_MEASURES.is_match(first)
        || KEEPS_UNDER_CONSIDERATION.is_match(first)
}

/// "Decides to keep the matter under its consideration", "to keep the question under
/// active review", "to continue to keep the situation on its agenda": the body's own
/// watch, asking nobody (the forms `NON_MANDATE_DECISIONS` lists, with any of those words).
static KEEPS_UNDER_CONSIDERATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:continue\s+to\s+)?keep\s+(?:the|this|that|these)\s+(?:matters?|questions?|items?|situation|issues?|subject)\s+(?:under\s+(?:its\s+)?(?:(?:active|close|constant|continuous|regular|further)\s+)?(?:consideration|review|examination|scrutiny)|on\s+its\s+agenda)\b",
    )
    .expect("valid regex")
});

/// "decided to maintain the sanctions initially imposed on X": measures kept as they are,
/// as a lifting is, ask nobody to do anything new (not "maintain its troops", nor "maintain
/// dialogue").
static KEEPS_MEASURES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:maintain|uphold|retain|keep)\s+(?:in\s+place\s+)?(?:(?:all|the|its|their|these|those|such|existing|current|economic|financial|targeted|travel|individual|political|other)\s+){0,3}(?:sanctions?|suspensions?|embargo(?:es)?|restrictions?|bans?)\b",
    )
    .expect("valid regex")
});

/// "known as ORMIS should guard ...", "also known as the Board, shall ...": an appositive that
/// names the that-clause's subject, left over by a split at its comma.
static NAMES_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:also\s+|commonly\s+|hereinafter\s+)?(?:known|referred\s+to|designated)\s+as\b",
    )
    .expect("valid regex")
});

/// "(known as X,) will include ...": what something is made of.
/// "that it will convene ...": the deciding body's own act to come.
static THAT_IT_WILL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+it\s+(?:will|shall|would)\s+(\w)").expect("valid regex")
});

/// "that where ..., ", "that if ..., ": a condition that opens a that-clause, up to its comma.
static THAT_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+(?:where|when|whenever|if|once|unless)\s+[^,;:]{1,200},\s*")
        .expect("valid regex")
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

/// "where feasible, may be combined" → "may be combined": a qualifier between a subject and
/// its verb.
fn skip_qualifier(action: &str) -> &str {
    let first = crate::words::tokens(action).into_iter().next();
    match first {
        Some(t) if table::QUALIFIER_STARTS.contains(&t.word.as_str()) => action
            .split_once(", ")
            .map_or(action, |(_, after)| after.trim_start()),
        _ => action,
    }
}

/// "should be combined" → "be combined".
fn without_modal(action: &str) -> &str {
    let first = crate::words::tokens(action).into_iter().next();
    match first {
        Some(t) if table::MODALS.contains(&t.word.as_str()) => action[t.end..].trim_start(),
        _ => action,
    }
}

/// "not to renew X, and to establish Y": group 1 the decision after what is declined.
/// "to keep the matter under review and to convene ...": a second act after the watch.
static WATCH_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+and\s+(?:also\s+|further\s+)?(to\s+(\w+))").expect("valid regex")
});

/// Where the act after a watch opens ("to convene ..."), in the clause `rest`; "and to the
/// two-State solution", an object, opens none.
/// "to adjourn the session and to authorize its President to resume it" is procedure, not
/// a watch: nothing after it is drafted.
fn act_after_watch(rest: &str) -> Option<usize> {
    let head = fold(rest);
    let head = head.trim_start().trim_start_matches("to ");
    if head.starts_with("adjourn") || head.starts_with("remain in session") {
        return None;
    }
    let clause = rest.split([';', ':']).next().unwrap_or(rest);
    WATCH_THEN
        .captures_iter(clause)
        .find(|m| !table::DETERMINERS_AFTER_TO.contains(&fold(&m[2]).as_str()))
        .map(|m| m.get(1).expect("group").start())
}

static DECLINED_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*not\s+to\s+[^;:]*?,?\s+(?:and|but)\s+(?:instead\s+|further\s+|rather\s+)?(to\s+\w)")
        .expect("valid regex")
});

/// "that the mandate applies to ...", "that these measures shall also apply to ...", "that
/// the regime established by resolution 5 shall apply to ...": a that-clause setting what a
/// mandate, a measure or a rule covers.
static APPLIES_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+(?:the|this|that|these|those|its|such)\s+[^,;:]{0,60}?\b(?:mandates?|measures?|provisions?|rules?|regimes?|exemptions?|obligations?|restrictions?)(?:\s+(?:established|set\s+out|imposed|referred\s+to|provided\s+for)\b[^,;:]{0,60}?)?\s+(?:(?:shall|will|would|should)\s+)?(?:also\s+|equally\s+|further\s+)?appl(?:y|ies)\s+to\b")
        .expect("valid regex")
});

/// "shall be subject to", "will continue to be subject to": what follows a that-clause's
/// subject when the clause puts a thing under a rule or a procedure.
static SUBJECT_TO_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:shall|will|should|would)\s+(?:continue\s+to\s+|also\s+)?be\s+subject\s+to\b")
        .expect("valid regex")
});

/// "to recommend that X ...", "to also recommend that X ...": a decision to recommend, which
/// asks the that-clause's subject (the match ends before the "that").
static TO_RECOMMEND_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*to\s+(?:also\s+)?recommend\s+(?:,[^,;:]{1,60},\s*)?").expect("valid regex")
});

/// "to authorize the Mission to ...", "to request the Secretary-General to ...": a
/// decision that asks someone else.
static DECIDES_TO_ASK: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::DECIDES_TO_ASK);
    Regex::new(&format!(r"(?i)^\s*to\s+(?:also\s+)?(?:{verbs})\s")).expect("valid regex")
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

/// "the initial mandate of X", "the term of office of Y": what runs for a time, as a
/// that-clause's subject.
static TERM_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::TERM_NOUNS);
    Regex::new(&format!(
        r"(?i)^\s*(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\s+of\b"
    ))
    .expect("valid regex")
});

/// ", the Summit decides": a named subject (capitalised words after "the") just before the
/// decision's verb; group 1 is the name.
/// "The summit decided": group 1 a one-word title, in any case.
static TITLE_DECIDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;:.]\s*)[Tt]he\s+(\w+)\s+(?:also\s+|further\s+)?(?:decides|decided|has\s+decided)\s*$")
        .expect("valid regex")
});

static MEMBERS_DECIDING: LazyLock<Regex> = LazyLock::new(|| {
    let titles = any_of(table::MEMBER_TITLES);
    Regex::new(&format!(
        r"(?:^|[,;:.]\s*|\s)(?:[Tt]he\s+)?((?:\p{{Lu}}[\w-]*\s+)?(?i:{titles}))(?:\s+of\s+[^,;:.]*?)?\s+(?:also\s+|further\s+)?(?:decides|decided|has\s+decided|have\s+decided|agrees|agreed|agree|have\s+agreed)\s*$"
    ))
    .expect("valid regex")
});

static OFFICE_HOLDER_DECIDING: LazyLock<Regex> = LazyLock::new(|| {
    let titles = any_of(table::OFFICE_HOLDER_TITLES);
    Regex::new(&format!(
        r"(?:^|[;:]\s*|\bthat\s+)(?i:the)\s+(?i:{titles})\b[^,;:]*,\s*(?:\p{{Lu}}[\w.'-]*\s+)*\p{{Lu}}[\w.'-]*\s*,\s*(?:has\s+|had\s+)?(?:decided|decides)\s*$"
    ))
    .expect("valid regex")
});

static DECIDING_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;:]\s*|\s)[Tt]he\s+(\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,3})\s+(?:decides|decided|has\s+decided)\s*$")
        .expect("valid regex")
});

/// "may", "shall be permitted to": a permission.
static PERMISSION: LazyLock<Regex> = LazyLock::new(|| {
    let words = any_of(table::PERMISSION_WORDS);
    Regex::new(&format!(r"(?i)^[\s,]*(?:{words})\b")).expect("valid regex")
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

/// "to: a. ", "to: (i) ": a decision's list of items opening after its colon.
static TO_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^to\s*:\s*\(?(?:[a-h]|[ivx]{1,4})[.)]\s+").expect("valid regex")
});

/// "on 27 March 2031" in a decision's lead.
static LEAD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bon\s+(\d{1,2})\s+(\p{L}+),?\s+((?:19|20|21)\d{2})\b").expect("valid regex")
});

/// How and when a decision was taken, before its "to" or "that": "unanimously", "today",
/// "on 2 March 2036", "this morning"; "also, however," adds it to the one before.
/// "in view of X to ...", "in the light of X to ...": a reason before the decision's "to".
static REASON_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:in\s+view\s+of|in\s+(?:the\s+)?light\s+of)\s+[^,;:]{1,200}?\s(to\s+([a-z]+))\b")
        .expect("valid regex")
});

static DECISION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    // "deciding for the first time in ten years to add ...": how often, as a lead too.
    Regex::new(r"(?i)^\s*(?:(?:\w{3,}ly|also|however|moreover|today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})(?:,?\s+\d{4})?|for\s+the\s+(?:first|second|third)\s+time(?:\s+in\s+\w+\s+(?:years|decades))?)\s*,?\s+)+(to\s|that\s)")
        .expect("valid regex")
});

/// "Agrees that the failure of X to pay was due to conditions beyond its control": a
/// finding, with no modal to ask anything.
fn finding(rest: &str) -> bool {
    THAT_FINDING
        .captures(rest)
        .is_some_and(|m| !table::MODALS.iter().any(|w| ends_with_word_in(&m[1], w)))
        || THAT_AMOUNT.is_match(rest)
}

/// "Decides that X may ...", "... shall be permitted to ...": X is allowed, not asked;
/// "decides that the initial mandate of the Mission will extend until D": a term that
/// runs, not an actor asked.
fn allowed_or_term(rest: &str) -> bool {
    actor::split_that(rest).is_some_and(|(np, _)| {
        offset_in(rest, np).is_some_and(|at| PERMISSION.is_match(&rest[at + np.len()..]))
            || TERM_SUBJECT.is_match(np)
    })
}

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

/// "that the Review Conference would be held": another meeting, named (group 1), to be held
/// ("that the thirteenth session would be held" is the body's own session).
static MEETING_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+((?:the|a|an)\s+[^,;:]{0,80}?\b(?-i:Conference|Summit|Forum|Congress)s?)\s+(?:would|will|shall|should)\s+be\s+held\b")
        .expect("valid regex")
});

/// The body's own meeting ("its next meeting", "the following session").
static OWN_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:next|its|their|our|following|subsequent)\b").expect("valid regex")
});

/// "that X be <done>" with no modal before its "be" (a bare subjunctive).
static THAT_BE_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+([^,;:]*?)\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one)\b")
        .expect("valid regex")
});

/// "that the second post ... will be filled by Westvale": a passive that-clause whose doer,
/// a name, follows "by".
static THAT_DONE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:that)\s+[^,;:]*?\s(?i:be)\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one)\s+by\s+(?:the\s+)?\p{Lu}")
        .expect("valid regex")
});

/// "that the work of its segment should be devoted to X": a passive that gives a meeting's
/// or a segment's work its theme, a make-up that asks nobody.
static THAT_DEVOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?i:that)\s+[^,;:]*?\s(?i:be)\s+(?:\w+ly\s+)?(?i:devoted|dedicated)\s+(?i:to)\b",
    )
    .expect("valid regex")
});

fn subjunctive_passive(rest: &str) -> bool {
    THAT_BE_DONE.captures(rest).is_some_and(|m| {
        let before = fold(m[1].rsplit(' ').next().unwrap_or(""));
        !table::MODALS.contains(&before.as_str()) && !matches!(before.as_str(), "to" | "not")
    })
}
