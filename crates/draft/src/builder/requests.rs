//! The clause that asks: whom a request is addressed to and what it asks of them
//! ("requests the Secretary-General to ...", "calls upon States to ...", "X shall ..."), and
//! the needs, appeals, offers and commended actions that also make mandates.

use regex::Regex;
use std::sync::LazyLock;

use super::{
    Builder, Candidate, Origin, THAT_PASSIVE, is_copula, offset_in, starts_with_determiner,
    without_verb_adverbs,
};
use crate::actor::Context;
use crate::classify::Clause;
use crate::ids::strip_to;
use crate::model::Actor;
use crate::model::DraftMandate;
use crate::table::Kind;
use crate::words::any_of;
use crate::words::fold;
use crate::{actor, classify, table};

impl Builder {
    /// The requests a clause makes: "Urges all States not parties to accede to it, and all
    /// States parties to promote it" asks two sets of actors two things.
    pub(super) fn candidates(&self, clause: &Clause<'_>, sentence: &str) -> Vec<Candidate> {
        let Some(mut first) = self
            .candidate(clause, sentence)
            .or_else(|| self.second_that_clause(clause, sentence))
        else {
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

    /// "Decides that there shall be no session in 2040, and that the Keeper shall take this
    /// into account ...": a make-up asks nothing, the second that-clause (its own subject)
    /// still asks.
    fn second_that_clause(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        if clause.trigger.kind != Kind::Decides
            || !fold(clause.rest.trim_start()).starts_with("that ")
        {
            return None;
        }
        AND_THAT.find_iter(clause.rest).find_map(|m| {
            let tail = clause.rest[m.start()..]
                .trim_start_matches(|c: char| c == ',' || c.is_whitespace());
            let tail = tail.strip_prefix("and").unwrap_or(tail).trim_start();
            let second = Clause {
                rest: tail,
                ..clause.clone()
            };
            self.candidate(&second, sentence)
        })
    }

    /// The request a clause makes, if it makes one.
    pub(super) fn candidate(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        let t = &clause.trigger;
        let rest = clause.rest;
        // "The Council warned ... He called on X to ...": in a report that names no speaker,
        // the pronoun stands for the body.
        let body_pronoun = self.faceless && BODY_PRONOUN.is_match(clause.before);
        if !body_pronoun && not_the_body_asking(clause, sentence) {
            return None;
        }
        match t.kind {
            // "ECOWAS leaders have authorized the deployment of X": the body's own act,
            // named as its subject in a text that names no body.
            Kind::Addressed if t.form.starts_with("authori") => self
                .addressed(clause, sentence)
                .map(|c| self.named_by_subject(c, clause)),
            Kind::Addressed if t.form == "advises" => self.advised(clause, sentence),
            Kind::Addressed => self.addressed(clause, sentence),
            Kind::Unaddressed => Some(self.called_for(rest, sentence)),
            Kind::Decides => self.decided_clause(clause, sentence),
            Kind::View => self.view_clause(clause, sentence),
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

    /// "advises the Panel that it should take up at most six areas": the advised body asked
    /// what the that-clause says it should do (the clause is cut at its "should").
    fn advised(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        static ADVISED_THAT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^\s*([^,;:]+?)\s+that\s+(?:it|they)\s+(?:should|shall|must)\s+([^;]+)")
                .expect("valid regex")
        });
        let tail = sentence.get(clause.trigger.end..)?;
        let c = ADVISED_THAT.captures(tail)?;
        Some(Candidate {
            actors: actor::actors(&c[1], sentence, &self.ctx),
            action: c[2].trim_end_matches(['.', ' ']).to_string(),
            origin: Origin::Request,
        })
    }

    /// A clause that decides: its form may hold the words the decision's rest goes on from.
    fn decided_clause(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        let t = &clause.trigger;
        let rest = clause.rest;
        // "determines to pursue ...": the form holds the "to" a decision's rest opens with.
        // "those the Court determines to have acted ...": a finding, not a resolve.
        if t.form.ends_with(" to") {
            let first = fold(rest.trim_start());
            if first.starts_with("have ") || first.starts_with("be ") {
                return None;
            }
            return self.decision(&format!(" to{rest}"), sentence, &t.form);
        }
        if t.form.starts_with("are ") {
            return self.committed(clause, sentence);
        }
        // "Leaders committed to strengthening ...": the past of "commit to", the body's
        // own commitment to an act (not "committed to the Charter", a view).
        if t.form == "committed to" {
            let rest = format!(" to{rest}");
            if !COMMITTED_ACT.is_match(&rest) {
                return None;
            }
            return self
                .decision(&rest, sentence, "decides")
                .map(|c| self.named_by_subject(c, clause));
        }
        // "Extends once more the stationing of X ...": a bare renewal read as "decides to
        // extend the stationing of X ..." (the form holds the object's first words).
        if t.form.starts_with("extends ") {
            let object = t.form.rsplit(' ').next().unwrap_or_default();
            if object.starts_with("mandate") && !self.formal {
                return None;
            }
            return self.decision(
                &format!(" to extend the {object}{rest}"),
                sentence,
                "decides to",
            );
        }
        // "The Council agreed that the talks should be concluded by June": consent to an
        // outcome nobody is named to bring about, not the body's own act (as "agreed that
        // its next meeting would be held in Baku" is).
        if t.form.starts_with("agree") && AGREED_OBLIGATION.is_match(rest) {
            return None;
        }
        // "the Bureau agreed to revise item (d) of the draft decision by deleting ...": an
        // edit of the draft before the meeting, made there, not an act to come.
        if DRAFT_EDITED.is_match(rest) {
            return None;
        }
        self.decision(rest, sentence, &t.form)
            .map(|c| self.named_by_subject(c, clause))
    }

    /// "are committed to <act>": the body's own commitment, or that of the that-clause's
    /// subject ("stressed that the Growers are committed to ..."); none for a commitment
    /// to a thing.
    fn committed(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        if !COMMITTED_ACT.is_match(clause.rest) {
            return None;
        }
        let cand = self.decision(clause.rest, sentence, "decides")?;
        let subject = THAT_SUBJECT
            .captures(clause.before)
            .map(|m| m.get(1).expect("group").as_str())
            .filter(|np| !matches!(fold(np).as_str(), "we" | "they" | "it"));
        let actors = subject.map(|np| actor::actors(np, sentence, &self.ctx));
        match actors {
            Some(actors) if !actors.is_empty() => Some(Candidate { actors, ..cand }),
            _ => Some(cand),
        }
    }

    /// A clause that states a view ("Underlines the need for ..."): a need, or in a
    /// communiqué a request of the State it names.
    fn view_clause(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        let t = &clause.trigger;
        let rest = clause.rest;
        // A resolution's "Underlines the need for ..." is a view; a communiqué reporting
        // in the past tense ("The Council underlined the need for X to ...") asks X even
        // when its paragraphs are numbered.
        let form = t.form.as_str();
        let asks_need = table::NEED_REQUEST_VERBS.contains(&form)
            || (self.communique && table::COMMUNIQUE_NEED_VERBS.contains(&form));
        if self.formal && !asks_need && !past_form(form) {
            return None;
        }
        // "The Authority promised ..., emphasizing the need for ...": a participle takes
        // the tense of the verb it follows.
        // "The Council stressed that Valley should change its conduct": in a communiqué
        // or report, a State named as the subject of "should" is asked to act.
        if !self.formal
            && let Some(m) = NAMED_SHOULD.captures(rest)
            && !matches!(&m[2], "be" | "have" | "not" | "remain")
        {
            return Some(Candidate {
                actors: actor::actors(&m[1], sentence, &self.ctx),
                action: rest[m.get(2).expect("group").start()..].trim().to_string(),
                origin: Origin::Request,
            });
        }
        let past = past_form(&t.form)
            || (!self.formal && t.form.ends_with("ing") && past_before(clause.before));
        self.need(rest, sentence, !past)
    }

    /// The request of a clause whose verb asks someone ("requests", "invites", "urges").
    fn addressed(&self, clause: &Clause<'_>, sentence: &str) -> Option<Candidate> {
        if let Some(decided) = self.by_form(clause, sentence) {
            return decided;
        }
        // "Recommends to Member States that they integrate ...", "proposes to the Board that
        // it review ...": the addressee after "to", whom the that-clause's pronoun stands for.
        if let Some(m) = TO_X_THAT_PRONOUN.captures(clause.rest) {
            let actors = actor::actors(&m[1], sentence, &self.ctx);
            if !actors.is_empty() {
                return Some(Candidate {
                    actors,
                    action: m[2].trim().to_string(),
                    origin: Origin::Request,
                });
            }
        }
        if let Some(decided) = self.by_pronoun(clause, sentence) {
            return decided;
        }
        // "requests Keeper Smith brief the Council every other month": a name in capitals
        // and a bare verb of telling with its object after it; the name is asked.
        if let Some(m) = BARE_TELLING.captures(clause.rest) {
            let actors = actor::actors(&m[1], sentence, &self.ctx);
            if !actors.is_empty() {
                return Some(Candidate {
                    actors,
                    action: clause.rest[m.get(2).expect("group").start()..]
                        .trim()
                        .to_string(),
                    origin: Origin::Request,
                });
            }
        }
        // "Recommends to keep the rules ...": an infinitive right after the verb names no
        // addressee, so the words after it are what is to be done, not who does it.
        if clause.trigger.form.starts_with("recommend")
            && let Some(action) = bare_infinitive(clause.rest)
        {
            return Some(self.unaddressed(action));
        }
        self.by_that_or_thing(&clause.trigger, clause.rest, sentence)
    }

    /// Who a passive, a referral or a delegation asks, decided by the verb's form; `None`
    /// when the form is none of these.
    fn by_form(&self, clause: &Clause<'_>, sentence: &str) -> Option<Option<Candidate>> {
        let t = &clause.trigger;
        let rest = clause.rest;
        // "Observers from the Union were invited to attend the opening session": a report of
        // who attended the meeting, no request (not "are invited to attend the next session").
        if t.passive && t.form == "invited" && past_aux(clause.before) && ATTENDED.is_match(rest) {
            return Some(None);
        }
        // "it is incumbent on X to ...": the "is" makes no passive; X is asked.
        if t.passive && !t.form.starts_with("incumbent") {
            // "The Mission is requested" where the text stops: no act is asked.
            if rest
                .trim()
                .trim_end_matches(['.', ',', ';', ':'])
                .trim()
                .is_empty()
            {
                return Some(None);
            }
            // "It is requested that the Commission submit ...": an impersonal passive asks
            // the subject of its that-clause, as "Requests that X submit ..." does.
            if fold(passive_subject(clause.before).trim()) == "it"
                && fold(rest.trim_start()).starts_with("that ")
            {
                return Some(self.by_that_or_thing(t, rest, sentence));
            }
            return Some(self.passive_asked(clause.before, rest, sentence));
        }
        // "referred the others for further work by the Task Force": the Task Force.
        // "Delegates to X the authority to <verb> ...": the holder, as "authorizes
        // X to <verb> ..." asks it.
        let split = if t.form.starts_with("refer") {
            classify::referral_doer(rest).map(|np| (np, rest))
        } else if t.form.starts_with("delegat") {
            classify::delegation(rest)
        } else {
            return None;
        };
        Some(split.and_then(|(np, action)| {
            let actors = actor::actors(np, sentence, &self.ctx);
            (!actors.is_empty()).then(|| Candidate {
                actors,
                action: action.trim().to_string(),
                origin: Origin::Request,
            })
        }))
    }

    /// The subject of a passive request ("X were urged to ...") is asked.
    fn passive_asked(&self, before: &str, rest: &str, sentence: &str) -> Option<Candidate> {
        // "stressed the importance of cooperation from States under an obligation or
        // encouraged to cooperate with the Court": a participle joined by "or" / "and" to
        // another modifier of a noun, with no auxiliary before it, describes those States
        // (who they are), it asks none of them ("were invited and encouraged to" asks).
        if coordinated_participle(before) {
            return None;
        }
        let subject = without_condemned_thing(passive_subject(before));
        // "a panel that shall be entrusted to ...": a relative clause says what the
        // panel asked for will do, it asks no one of its own.
        if RELATIVE_SUBJECT.is_match(subject) {
            return None;
        }
        Some(Candidate {
            actors: actor::actors(subject, sentence, &self.ctx),
            action: strip_to(rest),
            origin: Origin::Request,
        })
        .filter(|c| !c.actors.is_empty())
    }

    /// Who a that-clause's or an object's pronoun asks ("requests that he ...", "that, as
    /// ..., they ...", "urges them to ..."); `None` when the rest opens with no pronoun.
    fn by_pronoun(&self, clause: &Clause<'_>, sentence: &str) -> Option<Option<Candidate>> {
        let rest = clause.rest;
        let asked = |action: &str| {
            self.pronoun_actors(clause, sentence)
                .map(|actors| Candidate {
                    actors,
                    action: action.trim().to_string(),
                    origin: Origin::Request,
                })
        };
        // "requests that he continue this practice": the person named before.
        if THAT_HE.is_match(rest) {
            return Some(asked(&THAT_HE.replace(rest, "")));
        }
        // "recommends that, as a basis for ..., they make use of ...": "they" are those
        // named before (the aside between is the use, not who makes it).
        if let Some(m) = THAT_THEY.find(rest) {
            return Some(asked(&rest[m.end()..]));
        }
        if THAT_ADVERBIAL.is_match(rest) {
            let plain = THAT_ADVERBIAL.replace(rest, "that ");
            return Some(actor::split_that(&plain).and_then(|(np, action)| {
                let actors = actor::actors(np, sentence, &self.ctx);
                (!actors.is_empty()).then(|| Candidate {
                    actors,
                    action: action.to_string(),
                    origin: Origin::Request,
                })
            }));
        }
        PRONOUN
            .is_match(rest)
            .then(|| asked(&PRONOUN.replace(rest, "")))
    }

    /// The rest of an addressed verb when its form and pronouns decided nothing: acts to
    /// cease, passive that-clauses, things asked for, else an addressee and an action.
    fn by_that_or_thing(
        &self,
        t: &classify::Trigger,
        rest: &str,
        sentence: &str,
    ) -> Option<Candidate> {
        // "demands that such hostile acts cease forthwith": acts, not actors, are to stop; a
        // call to all, or to the doers it names ("attacks by armed groups").
        if acts_cease(rest) {
            return Some(self.unaddressed(rest));
        }
        // "recommends that, if possible, the meetings should be limited ...": the aside
        // after "that" hides no passive.
        let unaside = THAT_ASIDE.replace(rest, "that ");
        if THAT_PASSIVE.is_match(first_that_clause(&unaside)) {
            // "the summit recommended that all foreign units be withdrawn from X": in a
            // communiqué's report, a passive that-clause on armed men or on all of a kind,
            // naming no agent, asks no one in particular, a call to all (as "called for X
            // to be withdrawn" is); a meeting "be held", a group "be established" and a
            // formal text's own passive clauses keep the reading they had.
            return self.passive_agent(rest, sentence).or_else(|| {
                (!self.formal
                    && finite_form(&t.form)
                    && !THAT_PASSIVE_BY.is_match(&unaside)
                    && THAT_PASSIVE_ON_MEN.is_match(&unaside))
                .then(|| self.unaddressed(rest))
            });
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
            || CHANGED_THING.is_match(rest)
            || MEANS_OF_ACTION.is_match(rest)
            || RELEASE_OF.is_match(rest)
            || (finite_form(&t.form) && DELIVERY_OF.is_match(rest))
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
            .or_else(|| self.cut_addressee(&t.form, rest, sentence))
    }

    /// "REQUESTS the Sub-Committee of the Regional Committee on Programmes and Technical" at
    /// the end of a page cut inside the addressee: the words there are name who is asked.
    fn cut_addressee(&self, form: &str, rest: &str, sentence: &str) -> Option<Candidate> {
        let np = rest.trim();
        // A resolution's own present tense ("requests", not "proposed" in a heading nor a
        // preamble's "encouraging"), before a title ("the Sub-Committee ...").
        let titled = np
            .strip_prefix("the ")
            .is_some_and(|name| name.starts_with(char::is_uppercase));
        let cut = self.formal
            && form.ends_with('s')
            && titled
            && sentence.trim_end().ends_with(np)
            && np.ends_with(|c: char| c.is_alphanumeric())
            && np.split_whitespace().count() <= 12
            && !fold(np)
                .split_whitespace()
                .any(|w| matches!(w, "to" | "that"))
            && actor::has_actor_word(np);
        let actors = actor::actors(np, sentence, &self.ctx);
        (cut && !actors.is_empty()).then(|| Candidate {
            actors,
            action: String::new(),
            origin: Origin::Request,
        })
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
        if THAT_HOLDS.is_match(whole) || that_make_up(whole) {
            return None;
        }
        let split = actor::split_that(rest)
            .or_else(|| actor::split_addressed(rest, with))
            .or_else(|| actor::split_bare(rest))
            .or_else(|| cut_after_to(rest))
            .or_else(|| cut_in_list(rest, sentence));
        let nominal_verb = table::NOMINAL_OBJECT_VERBS.contains(&t.form.as_str());
        // "ECOWAS leaders have authorized the immediate deployment of troops to X": an act
        // authorized with nobody named to carry it out is the body's own decision (as
        // "decided to deploy"), not a call to all.
        let authorizes = !t.passive && t.form.starts_with("authori");
        let nominal_object = match split {
            Some((np, _)) => actor::opens_with_nominal(np),
            None => actor::opens_with_nominal(rest),
        };
        if authorizes && nominal_object {
            return Some(self.body_acts(rest, sentence, rest.trim().to_string()));
        }
        match split {
            // "recommended the establishment of a Unit to speed up ...": what is proposed,
            // for a purpose, is a call only as a verb's bare noun would be.
            Some((np, _)) if actor::opens_with_nominal(np) => (!nominal_verb
                || self.is_call(&t.form, rest)
                || adopted_text_asks(sentence, rest)
                || meeting_asked_for(rest))
            .then(|| self.unaddressed(rest)),
            Some((np, action)) => Some(Candidate {
                actors: actor::actors(reports_holder(np), sentence, &self.ctx),
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
                || adopted_text_asks(sentence, rest)
                || meeting_asked_for(rest))
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
            || actor::state_group(before_served(rest), &self.ctx).is_some()
            || (nominal && self.formal && finite)
            || (nominal
                && !form.ends_with("ing")
                && !starts_with_determiner(rest)
                && !fold(rest.trim_start()).starts_with("these "))
    }

    /// What an unaddressed verb ("Calls for ...") asks, and of whom if it names them.
    fn called_for(&self, rest: &str, sentence: &str) -> Candidate {
        // "called for obligating X to <act>", "calls for compelling X to": the one to be
        // obliged is asked the act (the gerund names what others are to do to it).
        if let Some(c) = COMPELLING.captures(rest)
            && actor::has_actor_word(&c[1])
        {
            return Candidate {
                actors: actor::actors(&c[1], sentence, &self.ctx),
                action: rest[c.get(0).map_or(0, |m| m.end())..].trim().to_string(),
                origin: Origin::Request,
            };
        }
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
    pub(super) fn obligation(&self, before: &str, rest: &str, sentence: &str) -> Option<Candidate> {
        let action = rest.trim().trim_start_matches(':').trim();
        let lower = fold(action);
        if no_task(before, action, &lower) {
            return None;
        }
        // "to decide whether or not X should <act>": a question to settle, not
        // an obligation of the group.
        if WHETHER_SUBJECT.is_match(before) {
            return None;
        }
        // "Endorses the recommendation of the Board that States should share data": what
        // another body recommends or holds, which the text endorses or notes, asks nothing
        // of its own.
        if self.formal && CONTENT_OF_NOUN.is_match(before) {
            return None;
        }
        // "Article 14 of the Code, which stipulates that "the Parties shall consider ..."":
        // a provision quoted after the verb that gives it asks nothing here.
        if QUOTED_PROVISION_BEFORE.is_match(before) {
            return None;
        }
        // "The leaders said (that) the farmers should ...": who the report says should act is
        // the subject after the speech verb, not the sayer before it.
        let subject = said_subject(before)
            .or_else(|| that_subject(before))
            .unwrap_or_else(|| passive_subject(before));
        // "The Ministers said this should include ...": a detail of what was asked before,
        // reported; "this" names no doer.
        if REPORTED_DETAIL.is_match(subject) {
            return None;
        }
        if names_an_aim(subject) {
            return None;
        }
        // "The Centre shall prepare ... and shall submit it": the same obligation goes on.
        let last = subject.rsplit(' ').next().map(fold).unwrap_or_default();
        if matches!(last.as_str(), "and" | "or") {
            return None;
        }
        let subject = bare_subject(subject);
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
        // "The Committee shall review ... . It shall consider ...": a sentence opening "It"
        // stands for the previous sentence's obliged subject.
        if fold(before.trim()) == "it"
            && let Some(prev) = self.mandates.last()
            && prev.text != sentence.trim()
            && prev.actors.len() == 1
            && obliged_in(&prev.text, &prev.actors[0].name)
        {
            return Some(Candidate {
                actors: prev.actors.clone(),
                action: action.to_string(),
                origin: Origin::Request,
            });
        }
        let named = names_a_doer(subject);
        let action = with_lead(before, subject, action);
        (named && !subject.is_empty()).then(|| Candidate {
            actors: actor::actors(subject, sentence, &self.ctx),
            action,
            origin: Origin::Request,
        })
    }

    /// A call that names no actor: the states its clause names, else everyone.
    pub(super) fn unaddressed(&self, rest: &str) -> Candidate {
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
        if let Some(np) = named_doers(rest).or_else(|| institution_at(rest)) {
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
        // "called for urgent measures to safeguard the security of member states": those
        // an act protects are no doers; only the words before the protecting verb count.
        let doing = PROTECTING.find(rest).map_or(rest, |m| &rest[..m.start()]);
        let doing = before_served(doing);
        let group = if self.formal {
            doer_group(rest, &self.ctx)
        } else {
            actor::state_group(doing, &self.ctx)
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
        // "The member states agreed to establish a fund": the members who act are named as
        // the text names them, as a qualified "Ecowas leaders" is (a bare "the leaders"
        // still stands for the meeting).
        let members = (matches!(last.as_str(), "leaders" | "ministers") && core.contains(' '))
            || fold(core).ends_with("member states");
        let pronoun = matches!(first.as_str(), "it" | "they" | "we");
        // "The ministers recognized ... They also agreed to ...": in a text that names no
        // body, "they" stands for the members the last subject named.
        if unnamed
            && pronoun
            && first == "they"
            && let Some(named) = &self.last_subject
            && let [only] = cand.actors.as_mut_slice()
            && only.name == self.meta.body.value
        {
            only.name = named.clone();
            return cand;
        }
        if (!unnamed && !members) || pronoun {
            return cand;
        }
        // "Beyond this, ECOWAS resolved to hold ...": an organisation's acronym alone as
        // the subject names the body that acts, in a text that names none.
        let acronym = !np.contains(' ')
            && (2..=8).contains(&np.chars().count())
            && np.chars().all(|c| c.is_ascii_uppercase());
        let names_body = table::SUBJECT_WORDS.contains(&first.as_str())
            || table::ACTOR_HEADS.contains(&last.as_str())
            || (unnamed && acronym);
        if let [only] = cand.actors.as_mut_slice()
            && only.name == self.meta.body.value
            && names_body
        {
            only.name = actor::capitalise(np);
        }
        cand
    }

    /// Notes the clause's subject when it names the body's members ("The ministers
    /// recognized ...", "ECOWAS leaders agreed ...") in a text that names no body.
    pub(super) fn note_subject(&mut self, clause: &Clause<'_>) {
        if !self.meta.body.value.starts_with("(body not named") {
            return;
        }
        let Some(m) = OWN_SUBJECT.captures(clause.before) else {
            return;
        };
        let np = m[1].trim();
        let last = fold(np.rsplit(' ').next().unwrap_or(""));
        let first = fold(np.split_whitespace().next().unwrap_or(""));
        if matches!(
            last.as_str(),
            "leaders" | "ministers" | "delegates" | "participants"
        ) && !matches!(first.as_str(), "it" | "they" | "we")
            && np.split_whitespace().count() <= 4
        {
            self.last_subject = Some(actor::capitalise(np));
        }
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
        // "the need for “an immediate halt to ... and a return to talks”": a quoted thing,
        // not who is to act.
        let split = actor::split_addressed(tail, false)
            .map(|(np, action)| {
                let np = np.rsplit_once(", and for ").map_or(np, |(_, who)| who);
                (np, action)
            })
            .filter(|(np, _)| !np.starts_with(['“', '"']))
            // "the need for effective promotion of X's views on issues of concern to the
            // continent": a "to" before a determiner opens no act, it ends the thing needed.
            .filter(|(_, action)| {
                !table::DETERMINERS_AFTER_TO
                    .contains(&fold(action).split_whitespace().next().unwrap_or_default())
            });
        // "emphasized the need for an end to the occupation": a stop asked for, of all.
        if lead == "for" && !stated && ENDED_THING.is_match(tail) {
            return Some(self.unaddressed(tail));
        }
        // "the need for the Board to be mindful of ...": a state to be in, a view.
        // "the need for any step to be based on consensus": a thing to be in some state,
        // done by no one named, a view as well.
        if lead == "for"
            && (split.is_some_and(|(_, action)| fold(action).starts_with("be "))
                || TO_BE_STATE.is_match(tail)
                || THING_TO_BE_DONE.is_match(tail))
        {
            return None;
        }
        // "the need for a joint meeting between A and B to discuss ...", "the need for
        // cooperation between A and B to share ...": a gathering to be held or a joint act,
        // its purpose after "to"; read as "called for <it>" is (all, or A and B).
        if lead == "for" && split.is_some_and(|(np, _)| gathering_needed(np)) {
            return (!stated).then(|| self.unaddressed(tail));
        }
        if lead == "for"
            && let Some((np, action)) = split
            && !(stated && (is_action_noun(np) || actor::opens_with_nominal(np)))
            && !owner_of_act(np)
        {
            return Some(Candidate {
                actors: actor::actors(np, sentence, &self.ctx),
                action: action.to_string(),
                origin: Origin::Request,
            });
        }
        if let Some(p) = POSSESSIVE.captures(tail) {
            let np = p[1].to_string();
            // "the need for effective promotion of Africa's views": the possessor sits in
            // the thing needed ("of X's"), it is not the one whose act is needed.
            let inside_thing =
                fold(&np).split_whitespace().any(|w| w == "of") && actor::opens_with_nominal(&np);
            if !inside_thing
                && (actor::canonical(&np, &self.ctx) != np || np.split_whitespace().count() > 1)
            {
                return Some(Candidate {
                    actors: actor::actors(&np, sentence, &self.ctx),
                    action: tail[p.get(0).expect("match").end()..].trim().to_string(),
                    origin: Origin::Request,
                });
            }
        }
        (!stated).then(|| self.unaddressed(tail))
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
        let them = fold(clause.rest.trim_start()).starts_with("them ");
        if let Some(found) = self.thanked_actors(prefix, clause.rest, sentence) {
            return Some(found);
        }
        // "Commends the efforts of the Envoy and of the Mission's staff, encourages them to
        // ...": those whose efforts it commends.
        if let Some(list) = prefix.and_then(commended_doers).filter(|_| them) {
            return Some(self.commended_actors(list, sentence)).filter(|f| !f.is_empty());
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
            Some(p) if them => actor::plural_antecedent(p),
            Some(p) => actor::antecedent(p),
            None => None,
        };
        // "requests A to ..., takes note of the work of the Office B, and calls upon it to
        // ...": a body named after the request before's addressee is nearer than it.
        // Only "it": "them" after "A and B to ..." is A and B, whatever the request names.
        // "welcomed the truce declared by Ivo Marten and called upon him to ...", "It urged
        // him to ..." after a sentence that names the President of Eastland: in a report,
        // the person a name gives before the pronoun, else the one the sentence before
        // names.
        let named_person = || {
            prefix
                .and_then(actor::person_named)
                .map(str::to_string)
                .or_else(|| self.person_before.clone())
        };
        if person
            && named.is_none()
            && !self.formal
            && let Some(np) = named_person()
        {
            // The person as named ("President of Gambia"), not the State the post names.
            return Some(vec![Actor {
                name: actor::capitalise(&np),
                check: Some(format!(
                    "the text says \"him\" or \"her\": read as \"{np}\""
                )),
            }]);
        }
        let it = fold(clause.rest.trim_start()).starts_with("it ");
        let nearer = it && named.is_some_and(|np| named_after_request(prefix, np, prev));
        if let Some(np) = named.filter(|_| latter || person || !same_sentence || nearer) {
            return Some(self.read_as_named(np, person, sentence));
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

    /// The actors "them" (or "him", "her") stands for when the words before name those the
    /// text thanks.
    fn thanked_actors(
        &self,
        prefix: Option<&str>,
        rest: &str,
        sentence: &str,
    ) -> Option<Vec<Actor>> {
        // "Expresses its appreciation to A and B, as well as to C, for ..., and encourages
        // them to ...": those thanked.
        let them = fold(rest.trim_start()).starts_with("them ");
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
            let r = fold(rest.trim_start());
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
        None
    }

    /// "of A and of B": each "of" opens a name of its own.
    fn commended_actors(&self, list: &str, sentence: &str) -> Vec<Actor> {
        let mut found: Vec<Actor> = AND_OF
            .split(list)
            .flat_map(|part| actor::actors(part, sentence, &self.ctx))
            .collect();
        for a in &mut found {
            a.check =
                Some("the text says \"them\": read as those whose efforts it commends".into());
        }
        found
    }

    /// The actors a pronoun stands for, read as the name before it (`np`).
    fn read_as_named(&self, np: &str, person: bool, sentence: &str) -> Vec<Actor> {
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
        found
    }
}

/// What follows a modal that asks no task: a prohibition, a state, a condition.
/// "to keep the rules set out in ...": the action after a "to" that opens an infinitive
/// right after the verb (a lowercase word that is no determiner, number, participle,
/// adjective or actor noun: not "to the Board", "to Member States", "to regional bodies").
fn bare_infinitive(rest: &str) -> Option<&str> {
    let after = rest.trim_start();
    let after = after
        .strip_prefix("to ")
        .or_else(|| after.strip_prefix("To "))?;
    let word = after.split_whitespace().next()?;
    let folded = fold(word.trim_end_matches([',', ';', ':']));
    // "to interested bodies": a participle is no infinitive ("to proceed" is).
    let participle = folded.ends_with("ed") && !folded.ends_with("eed");
    let verb_like = word.starts_with(char::is_lowercase)
        && !table::NOT_INFINITIVE.contains(&folded.as_str())
        && !folded.starts_with(|c: char| c.is_ascii_digit())
        && !participle
        && !table::ADJECTIVE_ENDINGS.iter().any(|e| folded.ends_with(e))
        && !table::ACTOR_HEADS.contains(&folded.as_str());
    // "to concerned bodies that they ...": a that-clause in the phrase names its doers.
    let span = after.split([',', ';']).next().unwrap_or(after);
    (verb_like && !fold(span).contains(" that ")).then_some(after)
}

fn no_task(before: &str, action: &str, lower: &str) -> bool {
    // "shall not, under any circumstances, replace ...": a prohibition, with or without
    // an aside after its "not".
    // "The Consensus shall remain our valid reference": a state that lasts, no task.
    let prohibition =
        lower.starts_with("not ") || lower.starts_with("not,") || lower.starts_with("remain ");
    if is_copula(action) || prohibition || lower.starts_with("have ") {
        return true;
    }
    // "N countries, X and Y shall represent the <one> side at <a level>": who stands for a side, a make-up as "shall constitute" is.
    if REPRESENTS_A_SIDE.is_match(lower) {
        return true;
    }
    // "in the event of failure by X to comply ..., ECOWAS shall maintain ...": what is
    // to happen under a condition, not a task.
    if CONDITION_BEFORE_MODAL.is_match(before) {
        return true;
    }
    // "... would reconsider its ties should the Board adopt a resolution": a modal
    // before its own subject opens a condition ("if the Board adopts"), no duty.
    ["the ", "a ", "an ", "any ", "its ", "their "]
        .iter()
        .any(|d| lower.starts_with(d))
}

/// "which stipulates that "the Parties ...", "provides that “...": a provision's verb and the
/// quotation mark that opens what it quotes.
static QUOTED_PROVISION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:provides|provided|reads|states|stated|stipulates|stipulated|prescribes|specifies)\s+(?:that\s+)?[“"‘]"#)
        .expect("valid regex")
});

/// "represent the African side", "represent the region": whom a member stands for.
static REPRESENTS_A_SIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^represent\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}(?:side|region|group|continent|constituency)\b")
        .expect("valid regex")
});

/// The subject names an aim, not who acts.
fn names_an_aim(subject: &str) -> bool {
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
    // "Decides that the Mission shall support ...": a body named by such a noun, capitalized
    // and with no complement, is who acts ("The mission of the Board is to ..." is an aim).
    let words: Vec<&str> = subject.split_whitespace().collect();
    if let [the, noun] = words.as_slice()
        && fold(the) == "the"
        && noun.starts_with(char::is_uppercase)
    {
        return false;
    }
    let possessed = subject.contains(['’', '\''])
        && subject
            .rsplit(' ')
            .next()
            .is_some_and(|w| table::AIM_NOUNS.contains(&fold(w).as_str()));
    possessed
        || table::AIM_NOUNS
            .iter()
            .any(|n| head == format!("the {n}") || head.split(' ').next() == Some(n))
}

/// The subject without the conjunction or "that" that opens its clause.
fn bare_subject(subject: &str) -> &str {
    // "..., and that the Mission shall adopt ...": a second that-clause of the same verb.
    let subject = ["and ", "or "]
        .iter()
        .find_map(|c| subject.strip_prefix(c))
        .unwrap_or(subject);
    subject
        .strip_prefix("that ")
        .or_else(|| subject.strip_prefix("That "))
        .unwrap_or(subject)
}

/// The subject names someone to ask: an actor's word, not an action's noun or a thing
/// pointed to before.
fn names_a_doer(subject: &str) -> bool {
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
    // "The report should moreover list ...": what a requested report is to
    // hold, a written thing as the subject, is no one to ask.
    let written = subject
        .split_whitespace()
        .collect::<Vec<_>>()
        .as_slice()
        .split_last()
        .is_some_and(|(head, rest)| {
            matches!(fold(head).as_str(), "report" | "reports")
                && rest.iter().all(|w| {
                    matches!(
                        fold(w).as_str(),
                        "the" | "this" | "that" | "such" | "its" | "their"
                    )
                })
        });
    (actor::has_actor_word(subject) || actor::looks_like_addressee(subject))
        && !actor::opens_with_nominal(subject)
        && !pointed
        && !written
}

/// The action, with the phrase before its subject that dates it.
fn with_lead(before: &str, subject: &str, action: &str) -> String {
    // "that, at its eighty-sixth session, the Committee should review ...": the phrase
    // before the subject dates the action.
    let lead = offset_in(before, subject)
        .map(|at| before[..at].trim())
        .and_then(|s| s.strip_prefix("that,"))
        .map(|s| s.trim().trim_matches(',').trim())
        .unwrap_or("");
    if lead.is_empty() {
        action.to_string()
    } else {
        format!("{}, {lead}", action.trim_end_matches(['.', ';']))
    }
}

/// A clause that asks nothing of the body's own: what was agreed or asked at an earlier
/// meeting, recalled, or (for a request) a speaker's call or a part of the body speaking for
/// itself.
fn not_the_body_asking(clause: &Clause<'_>, sentence: &str) -> bool {
    let t = &clause.trigger;
    // "adopted by resolution R, whereby Governments were strongly urged to ...": a relative
    // clause giving an earlier text's request in the past passive, context, not an ask.
    if sentence
        .get(..t.end)
        .is_some_and(|upto| RELATIVE_PAST_PASSIVE.is_match(upto))
    {
        return true;
    }
    // "The meeting was requested by X", "In the meeting called for by X, the Council
    // ...": who asked for the meeting the text reports, a request met by its being held.
    if fold(clause.rest.trim_start()).starts_with("by ") && MEETING_ASKED.is_match(clause.before) {
        return true;
    }
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
    // "Some member states appealed for ...": a part of the body, speaking for itself;
    // "Human rights groups have called on ...", "protesters called for ...": others.
    let some_of =
        SOME_SUBJECT.is_match(clause.before) || OTHER_PARTY_SUBJECT.is_match(clause.before);
    // "At their previous meeting, the two leaders agreed to ...": what was
    // agreed or asked at an earlier meeting, recalled.
    if sentence
        .get(..t.start)
        .is_some_and(|head| EARLIER_MEETING.is_match(head))
    {
        return true;
    }
    // "Resolution VIII.26 requested X to ...", "By its decision BC-13/9, the Conference
    // requested X to ...": an earlier instrument's request, reported in the past tense.
    let past = t.form.split(' ').next().is_some_and(|w| w.ends_with("ed"));
    // "Last May, the Assembly decided to hold ...": a past act the sentence dates to an
    // earlier month or year than the report's, an earlier text's, recounted.
    if past
        && sentence
            .get(..t.start)
            .is_some_and(|head| EARLIER_PERIOD.is_match(head))
    {
        return true;
    }
    if past
        && t.kind == Kind::Addressed
        && sentence.get(..t.start).is_some_and(|head| {
            EARLIER_INSTRUMENT_SUBJECT.is_match(head) || BY_EARLIER_INSTRUMENT.is_match(head)
        })
    {
        return true;
    }
    // "Recalls its decision 2037/4, which, inter alia, urged X to ... and requested X to
    // ...": an earlier text's asks retold in a relative clause, which ask nothing now.
    if past
        && sentence
            .get(..t.start)
            .is_some_and(|head| RECALLED_WHICH.is_match(head))
    {
        return true;
    }
    matches!(t.kind, Kind::Addressed | Kind::Unaddressed) && (spoken || some_of)
}

/// "requests A to ..., takes note of the work of the Office B, and calls upon it to ...":
/// `np` is named after where the request before last names one of its actors.
fn named_after_request(prefix: Option<&str>, np: &str, prev: Option<&DraftMandate>) -> bool {
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
        .or_else(|| BY_PLAIN_ACTORS.captures(scope))
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
        .or_else(|| stopped_doers(scope))
}

/// "a halt to the raids of the Westvale troops against the farmers": the troops, whose
/// act is to stop (the words up to "against", which names whom the act is aimed at).
fn stopped_doers(scope: &str) -> Option<String> {
    STOPPED_AGAINST
        .captures(scope)
        .map(|m| trim_connectors(&m[1]).to_string())
        .filter(|np| actor::has_actor_word(np))
}

/// "the promotion of X by the Board": the agent after "by". "... established by the
/// General Assembly": a participle's agent did something else, before.
fn agent_by<'a>(rest: &str, scope: &'a str) -> Option<regex::Captures<'a>> {
    BY_ACTOR.captures_iter(scope).find(|m| {
        if names_a_day(&m[1]) {
            return false;
        }
        let before = rest[..m.get(0).expect("match").start()].trim_end();
        let mut words = before.rsplit(' ').map(fold);
        let mut word = words.next().unwrap_or_default();
        // "impacts brought about by the outbreak", "the plan set up by X": a phrasal
        // participle, its particle after it.
        if matches!(word.as_str(), "about" | "up" | "out" | "forth") {
            word = words.next().unwrap_or_default();
        }
        !["ed", "en", "wn", "de", "ld", "ght"]
            .iter()
            .any(|e| word.ends_with(e))
    })
}

/// "by July 2037", "by Monday": a deadline's month or weekday after "by", capitalised as
/// a name is, is when the call is due, not who is to act.
fn names_a_day(after_by: &str) -> bool {
    let first = fold(
        after_by
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .trim_end_matches('.'),
    );
    table::MONTHS.iter().any(|(name, _)| *name == first)
        || table::WEEKDAYS.contains(&first.as_str())
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

/// "that the next meeting be held in Rabat", "that a report should be presented": a
/// that-clause whose subject is acted upon.
/// "that the accession talks should be concluded": a passive that-clause with a modal of
/// obligation.
static AGREED_OBLIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+[^,;:]*?\s(?:should|shall|must)\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one)\b")
        .expect("valid regex")
});

/// "obligating Israel \"to", "compelling the parties to": a gerund of compulsion, its
/// object (the one obliged) and the "to" of what it is obliged to do.
static COMPELLING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\s*(?:obligating|obliging|compelling|forcing|pressuring|pressing)\s+([^,;:"“]{1,60}?)\s*["“]?\s*to\s+"#)
        .expect("valid regex")
});

/// "He called on ...", "She also urged ...": a pronoun alone opening the sentence.
static BODY_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:he|she)\s+(?:(?:also|further|then)\s+)?$").expect("valid regex")
});

/// "The meeting was" / "In the session" right before a participle whose agent follows ("...
/// requested by X"): the meeting asked for, not a request of the body.
static MEETING_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:meeting|session|summit|conference)\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?$")
        .expect("valid regex")
});

/// "..., he (also) called for": a person as the subject right before the verb.
static PERSON_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[,;:.]\s*|\band\s+)(?:he|she)\s+(?:(?:also|further|then|has|had)\s+)*$")
        .expect("valid regex")
});

static EARLIER_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:during|at)\s+(?:their|its|the)\s+(?:last|previous|earlier|preceding)\s+(?:meeting|summit|session)\b")
        .expect("valid regex")
});

/// "Last March, ...", "Earlier this year ...": a sentence that opens on an earlier period
/// (not "Last, ...", which closes a list).
static EARLIER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)^\s*(?:last|earlier\s+(?:this|that))\s+(?:{months}|year|month|week|spring|summer|autumn|winter)\b[^.;:]*$"
    ))
    .expect("valid regex")
});

/// "to revise item (d) of the draft decision", "to amend the draft resolution": an edit of
/// the text under adoption.
static DRAFT_EDITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*to\s+(?:revise|amend|delete|insert|replace|correct|modify)\b[^.;]{0,60}?\bthe\s+(?:(?:revised|present)\s+)?draft\s+(?:decision|resolution|text|conclusions)\b")
        .expect("valid regex")
});

/// "whereby Governments were strongly urged", "by which States had been requested": an
/// earlier text's request, reported in a relative clause in the past passive.
static RELATIVE_PAST_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:whereby|wherein|(?:by|in|under)\s+which)\s+[^,;:]{1,80}?\s(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:urged|requested|invited|called\s+(?:up)?on|encouraged|asked|recommended|instructed|directed)$")
        .expect("valid regex")
});

/// "Resolution VIII.26 requested": a numbered instrument as the subject of the verb.
static EARLIER_INSTRUMENT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    // "Resolution VIII.", its number taken off as a footnote's.
    Regex::new(r"(?i)\b(?:resolution|decision)\s+(?:[\w./-]*\d[\w./-]*|(?-i:[IVXLC]+)\.[\w./-]*)(?:\s*\([^)]{1,20}\))?\s+(?:(?:also|further|had)\s+)?$")
        .expect("valid regex")
});

/// "Recalls resolution 61/4, which, inter alia, decided ... and": a recalled text's relative
/// clause up to a past-tense verb (words the page ran together, "Recallsits decision", too).
static RECALLED_WHICH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\brecall(?:s|ing)?[^;.]{0,80}?(?:resolution|decision)s?\s*[\w./-]*\d[\w./-]*[^;.]{0,120}?,\s*which\b[^;]*$")
        .expect("valid regex")
});

/// "By its decision BC-13/9, the Conference ...": the instrument the request was made in.
static BY_EARLIER_INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*by\s+its\s+(?:decision|resolution)\s+(?:[\w./-]*\d[\w./-]*|(?-i:[IVXLC]+)\.[\w./-]*)\s*,[^,;]*$")
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

/// "Human rights groups have called on ...", "Thousands of protesters called for ...", "The
/// opposition urged ...": a news text telling the calls of people other than the body (the
/// subject right before the verb, `table::OTHER_PARTIES`).
static OTHER_PARTY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let others = table::OTHER_PARTIES.join("|");
    Regex::new(&format!(
        r"(?i)(?:^|[,;:.]\s*|\band\s+)(?:[\w'’-]+\s+){{0,4}}?(?:{others})\s+(?:(?:have|has|had|also|further|reportedly|repeatedly|again|then|now|had\s+also)\s+)*$"
    ))
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

/// "requested the Member States, Valley seed instit" where a page excerpt stops inside
/// the list of addressees: the whole addressees before the cut, with what they are asked
/// cut off.
fn cut_in_list<'a>(rest: &'a str, sentence: &str) -> Option<(&'a str, &'a str)> {
    let t = rest.trim_end();
    // The words run to the sentence's end, which no stop closes, and stop inside a word
    // of the list, not after its "and" (a clause the rules split off before its verb).
    let last = t.rsplit(' ').next().unwrap_or("");
    if t.ends_with(['.', ';', ':', '!', '?', ',', ')', '"', '”', '’'])
        || !sentence.trim_end().ends_with(t)
        || matches!(fold(last).as_str(), "and" | "or" | "as" | "well")
    {
        return None;
    }
    let (first, _) = t.split_once(", ")?;
    (actor::has_actor_word(first)
        && !actor::opens_with_nominal(first)
        && !fold(first).contains(" to "))
    .then_some((first.trim(), ""))
}

/// "the heads of the member states (have) agreed": the subject right before a verb.
/// "to implementing ...", "to “harness all ...": an act (a gerund, or a verb before its
/// object's determiner), not a thing ("to the Charter", "to peace").
/// Whether the words before a passive end in "was" / "were" (an adverb after it skipped).
fn past_aux(before: &str) -> bool {
    let words = fold(before);
    words
        .split_whitespace()
        .rev()
        .find(|w| !table::ADVERBS.contains(w))
        .is_some_and(|w| matches!(w, "was" | "were"))
}

/// "to attend the opening session", "to take part in the meeting": being present at a
/// meeting (not a coming one: "the next session").
static ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*to\s+(?:attend|participate\s+in|take\s+part\s+in|witness)\s+(?:the|this)\s+(?:(?:opening|closing|inaugural|official|ministerial|plenary|high-level)\s+)?(?:session|sitting|meeting|ceremony|summit|conference|proceedings|deliberations|event|dinner|luncheon|reception)\b")
        .expect("valid regex")
});

/// "to Member States that they integrate ...": group 1 the addressee, group 2 the action.
static TO_X_THAT_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*to\s+((?:the\s+|all\s+)?\p{Lu}[^,;:]{0,80}?)\s+that\s+(?:they|it)\s+(\S.*)$")
        .expect("valid regex")
});

static COMMITTED_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*to\s+[“\x22]?(?:[a-z]{2,}ing\b|[a-z]+\s+(?:the|a|an|all|its|their|our|this|these|every)\b)")
        .expect("valid regex")
});

/// "... stressed that GCC states ": the that-clause's subject at the end of the words
/// before its verb.
static THAT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthat\s+((?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s*$").expect("valid regex")
});

/// Whether `sentence` opens with `name` as the subject of its "shall" ("The Committee
/// shall, with the help of X, review ...").
fn obliged_in(sentence: &str, name: &str) -> bool {
    SHALL.find(sentence).is_some_and(|m| {
        let head = fold(&sentence[..m.start()]);
        let name = fold(name);
        !head.contains([';', ':', '.'])
            && (head.starts_with(&name) || head.starts_with(&format!("the {name}")))
    })
}

static SHALL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bshall\b").expect("valid regex"));

/// "the recommendation of the Board that States", "the view that the parties": a noun of
/// saying or holding, then the that-clause it contains, up to a modal's subject.
static CONTENT_OF_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::CONTENT_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{nouns})\b(?:\s+(?:of|by|from)\s+[^,;:]{{1,80}}?)?\s+that\s+[^,;:]+$"
    ))
    .expect("valid regex")
});

/// "X said this", "X added that these": a speaker, then a pronoun for what was said.
static REPORTED_DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:said|stated|added|noted|stressed|explained)\s+(?:that\s+)?(?:this|these|it|that|such)\s*$")
        .expect("valid regex")
});

/// "a seed bank for its member states": whom a thing called for serves (a possessive
/// after "for"), not who makes it; the words before it name the doers.
static SERVES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+for\s+(?:its|their|our)\s+\p{L}").expect("valid regex"));

/// The words of a call that may name its doers: those before whom it serves.
fn before_served(rest: &str) -> &str {
    SERVES.find(rest).map_or(rest, |m| &rest[..m.start()])
}

/// "to safeguard", "to protect": a purpose whose object is protected, not acting.
static PROTECTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bto\s+(?:safeguard|protect|preserve|defend|guarantee|secure|uphold)\b")
        .expect("valid regex")
});

static OWN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    // "According to the communique, ECOWAS leaders have resolved": a subject after a comma
    // needs no article; nor does one after a dateline's dash ("Abidjan — ECOWAS leaders").
    Regex::new(r"(?i)(?:\bthe\s+|(?:^|[,;—–])\s*)((?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s+(?:(?:also|further|then|has|have|had|unanimously)\s+)*$")
        .expect("valid regex")
});

/// In an action, ", and all States parties to promote ...": where a second addressee starts
/// (the action is cut there), who it is and what it is asked. The last such pair.
/// "cooperation with X and Y to ensure ...", "support to X and the Y
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
                    || table::MOVER_OF_NOUNS.contains(&noun.as_str())
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
        let mut np = doers_end(tail);
        // "the withdrawal of all Westland troops from the valley and the return of ...":
        // who leaves ends where the place left, or the next act, begins.
        if prep == "of" && table::MOVER_OF_NOUNS.contains(&noun.as_str()) {
            np = MOVER_END.find(np).map_or(np, |e| &np[..e.start()]);
        }
        (actor::has_actor_word(np) && !actor::opens_with_nominal(np)).then_some(np)
    })
}

/// Where the one who leaves ends: at the place left ("from"), or at the next act ("and
/// the return of ...").
static MOVER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:from|out\s+of|and\s+(?:the|an?|of)|without|within|by)\b")
        .expect("valid regex")
});

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
    Regex::new(r"(?i)^\s*that\s+[^,;:]*?\s(?:(?:should|shall|must|would|will)\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en|eld|ade|ut|one|awn)(?:\s+out|\s+(?:top\s+)?(?:priority|attention|support|consideration))?\s+by\s+")
        .expect("valid regex")
});

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
    let toks = crate::words::tokens(&tail[..end]);
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

fn is_action_noun(np: &str) -> bool {
    let words = crate::words::tokens(np);
    let last = words.last().map(|t| t.word.as_str()).unwrap_or("");
    words.len() <= 3 && table::ACTION_NOUNS.contains(&last)
}

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
    let next = crate::words::tokens(after).into_iter().next();
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
    let first = crate::words::tokens(after).into_iter().next();
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

/// "an immediate cessation of the raids of the Westvale riders against the farmers": the
/// act to stop, aimed "against" someone, is done by the one its "of" names (without the
/// "against", "the occupation of the valley" names what is occupied, no doer).
static STOPPED_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::STOP_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{nouns})\s+(?:of|to)\s+(?:the\s+|all\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+\s+of\s+((?:the\s+)?[^,;:]+?)\s+against\b"
    ))
    .expect("valid regex")
});

/// "cooperation between A and B", "between A, especially its agency C, and B": the first
/// may carry an aside naming one of its parts, which is no actor of its own.
/// "the establishment of a seed bank at the University for Peace": the institution where
/// the act is done. Group 1 its name, capitalised words (and the small words between them).
static AT_INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bat\s+the\s+((?:\p{Lu}[\w'’-]*)(?:\s+(?:(?:of|for|on|and|the)\s+)*\p{Lu}[\w'’-]*)*)",
    )
    .expect("valid regex")
});

/// A call that names no doer is done by the institution it is to be done at, when the
/// phrase names one (a university, a court, a fund: `table::INSTITUTION_HEADS`), not a
/// meeting or a place.
fn institution_at(rest: &str) -> Option<String> {
    AT_INSTITUTION
        .captures_iter(rest)
        .map(|m| m[1].to_string())
        .find(|name| {
            name.split_whitespace()
                .any(|w| table::INSTITUTION_HEADS.contains(&fold(w).as_str()))
        })
}

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

/// "to strengthen the coordination of peace initiatives, by various actors including X":
/// the doers after "by", named by a plain plural noun for those who act (lower case, which
/// [`BY_ACTOR`] leaves out), with at most one word before it.
static BY_PLAIN_ACTORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bby\s+((?:the\s+)?(?:various|several|all|other|relevant|concerned|different|many|key)\s+(?:actors|stakeholders|partners|players))\b",
    )
    .expect("valid regex")
});

static SECOND_ADDRESSEE: LazyLock<Regex> =
    // "urged X to ... and for the International Community to respond": "for" opens the
    // second addressee as "on" does.
    LazyLock::new(|| {
        Regex::new(r",\s+and\s+(?:(?:up)?on\s+|for\s+)?|\s+and\s+(?:for\s+)?").expect("valid regex")
    });

/// "be to accelerate ...", "be those described in ...": what a that-clause's subject is, not
/// what it does ("be responsible for ..." still asks it).
/// "apply to ...", "not apply to ...", "accrue to ...": what holds of the subject, which does
/// nothing either.
static THAT_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*that\s*,\s*[^,;:]{1,60},\s*").expect("valid regex"));

/// "future annual reports of the Keeper", "the next report of the Board": reports a
/// that-clause or an addressee names as its subject; their holder (group 1) is asked.
static REPORTS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:the\s+|its\s+|all\s+)?(?:(?:future|next|subsequent|forthcoming|further|coming|annual|periodic|regular|written|final|interim|progress|biennial)\s+)*(?:reports?|updates?)\s+of\s+(.+)$")
        .expect("valid regex")
});

/// "requests that future annual reports of the Keeper include ...": the reports' holder
/// is asked, as "requests the Keeper's report to include ..." asks the Keeper.
fn reports_holder(np: &str) -> &str {
    REPORTS_OF
        .captures(np)
        .and_then(|c| c.get(1))
        .filter(|holder| {
            actor::has_actor_word(holder.as_str())
                || holder.as_str().starts_with(|c: char| c.is_uppercase())
                || holder.as_str().starts_with("the ")
        })
        .map_or(np, |holder| holder.as_str())
}

/// "that the chiefs or their deputies, when assembled, shall constitute the Committee": a
/// that-clause whose modal verb says what holds of its subject.
static THAT_HOLDS: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::STATE_VERBS);
    Regex::new(&format!(
        r"(?i)^\s*that\s+[^;:]*?\b(?:shall|should|will|must|would)\s+(?:not\s+)?(?:{verbs})\b"
    ))
    .expect("valid regex")
});

/// "directed that the plan for ... will include holding ...": what a plan (a thing, no
/// one who acts) is to include is its make-up, as "decided that the forum will include
/// <groups>" is, no request. A named or acting subject ("that the Secretariat will include
/// X in its report") is not one.
fn that_make_up(whole: &str) -> bool {
    THAT_INCLUDES.captures(whole).is_some_and(|c| {
        let head = &c[1];
        head.starts_with(char::is_lowercase) && !table::ACTOR_HEADS.contains(&fold(head).as_str())
    })
}

static THAT_INCLUDES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+(?:the|its|their|this|a|an)\s+([a-z][\w-]*)\b[^;:]*?\b(?:shall|should|will|would|must)\s+(?:also\s+)?include\b")
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
    let Some((mut rest, verb)) = prefix.trim_end().rsplit_once(' ') else {
        return prefix;
    };
    // "the Council called upon": the verb's particle, then the verb.
    if matches!(fold(verb).as_str(), "upon" | "on")
        && let Some((before, _verb)) = rest.rsplit_once(' ')
    {
        rest = before;
    }
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
/// "that they ...", "that, as a basis for X, they ...": a pronoun as the that-clause's
/// subject, with an aside opened by a comma before it.
static THAT_THEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*that\s*(?:,[^;]{1,160}?[\s,]\s*)?they\s+").expect("valid regex")
});

/// "Keeper Ann Smith brief the council ...": one to four words in capitals (group 1), then
/// a bare verb of telling (group 2) and its object.
static BARE_TELLING: LazyLock<Regex> = LazyLock::new(|| {
    let telling = any_of(table::BRIEF_VERBS);
    Regex::new(&format!(
        r"^\s*((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,3}})\s+({telling})\s+(?:the|a|an|its|it|them|him|her|their)\b"
    ))
    .expect("valid regex")
});

static THAT_HE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*that\s+(?:he|she)\s+").expect("valid regex"));

static FOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+for\s+").expect("valid regex"));

/// "voluntary contributions to ...", "proposals for ...": a thing asked for, not an actor.
static ASKED_THING: LazyLock<Regex> = LazyLock::new(|| {
    let things = any_of(table::ASKED_THINGS);
    Regex::new(&format!(r"(?i)^\s*(?:(?:further|additional|voluntary|financial|new|generous)\s+)*(?:{things})\b(?:\s+(?:to|for|in)\b|[,;.]|$)"))
        .expect("valid regex")
});

/// "a joint meeting between A and B", "talks of the parties", "cooperation between A and
/// B", "concerted efforts": a noun phrase whose head, before any complement, is a
/// gathering, a joint act or an act nobody is named to take (`table::GATHERINGS`,
/// `table::BETWEEN_NOUNS`, `table::NEEDED_ACTS`), with "a" or no determiner ("the need for
/// the Summit to adopt ..." still asks the Summit).
fn gathering_needed(np: &str) -> bool {
    let folded = fold(np);
    let determiner = folded.split_whitespace().next().unwrap_or_default();
    if table::DETERMINERS_AFTER_TO.contains(&determiner) && !matches!(determiner, "a" | "an") {
        return false;
    }
    let head = [" between ", " among ", " of ", " with ", " on ", " in "]
        .iter()
        .filter_map(|p| folded.find(p))
        .min()
        .map_or(folded.as_str(), |at| &folded[..at]);
    head.split_whitespace().next_back().is_some_and(|w| {
        table::GATHERINGS.contains(&w)
            || table::BETWEEN_NOUNS.contains(&w)
            || table::NEEDED_ACTS.contains(&w)
    })
}

/// "the Board to be mindful of ...": who is to be in some state, after "the need for".
static TO_BE_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:the\s+)?[^,;]{1,60}?\s+to\s+be\s+\w+(?:ful|ive|ant|ent|able|ible|ous|al)\b",
    )
    .expect("valid regex")
});

/// "any step to be based on ...", "every measure to be grounded in ...": a thing (after a
/// quantifier, no actor) to be in a state its participle gives.
static THING_TO_BE_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:any|every|each|all)\s+[a-z]+\s+to\s+be\s+[a-z]+ed\b")
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
    let named = |w: &&str| {
        w.starts_with(char::is_uppercase)
            || matches!(*w, "and" | "of" | "the")
            || table::ACTOR_HEADS.contains(&fold(w).as_str())
    };
    (words.first() == Some(&"The") && words.len() >= 2 && words[1..].iter().all(named))
        || proper_name_subject(&words)
}

/// "Russia must stop its aggression ...": a sentence that opens with a proper name of a
/// few capitalised words and goes straight to "must" lays the duty on the one it names,
/// as "The Member States must" does (not a pronoun's "It must", nor a thing in lower case,
/// "International humanitarian law must be respected").
fn proper_name_subject(words: &[&str]) -> bool {
    const NOT_NAMES: &[&str] = &[
        "it", "this", "that", "these", "those", "they", "we", "he", "she", "such", "any", "all",
        "each", "every", "no", "both", "there", "what", "which", "who",
    ];
    match words {
        [first, ..] if words.len() <= 4 => {
            first.starts_with(char::is_uppercase)
                && !NOT_NAMES.contains(&fold(first).as_str())
                && words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of"))
        }
        _ => false,
    }
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

/// "whether or not the group ", "whether the Panel ": a question's subject, up to its modal.
static WHETHER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bwhether\s+(?:or\s+not\s+)?[^,;:]{1,80}$").expect("valid regex")
});

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

/// "that all foreign units be withdrawn", "that the militias be disarmed": a passive
/// that-clause whose subject is all of a kind, or armed men, who are acted on.
static THAT_PASSIVE_ON_MEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*that\s+(?:all\s+[^,;:]*?|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:units|forces|troops|militias|fighters|groups|mercenaries|combatants|elements))\s+(?:(?:should|shall|must)\s+)?be\s")
        .expect("valid regex")
});

/// "demands the finalisation of an acceptable plan no later than D", "urged the completion
/// of the road map": an act's delivery asked for by a finite verb, with nobody named to
/// deliver it; a call to all (as "the release of ..." is). Not a name ("the Organisation of
/// ..."), nor a preamble's participle ("encouraging the conclusion of ...").
static DELIVERY_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*the\s+(?:[\w-]+\s+){0,2}?(?:completion|finalisation|finalization|submission|publication)\s+of\s[^;]*$")
        .expect("valid regex")
});

/// "a civilian-led authority to ...", "an inquiry to ...": a thing asked for, not one who
/// is asked (a State or a member named so still is).
static INDEFINITE_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*an?\s+(?:[\w-]+\s+){0,3}?(?:authority|government|body|mechanism|commission|inquiry|investigation|force|mission|team|panel|council|committee|board|administration)\s+to\s")
        .expect("valid regex")
});

/// "in the event of failure ..., X shall", "if X fails to ..., Y will": a condition before
/// an obligation's subject.
static CONDITION_BEFORE_MODAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in\s+the\s+event\s+(?:of|that)|if|unless)\b").expect("valid regex")
});

/// "The Authority promised a gradual easing, ...": a lower-case past-tense verb before a
/// participle, which then reports in the past too.
fn past_before(before: &str) -> bool {
    before.split_whitespace().any(|w| {
        let w = w.trim_end_matches([',', ';']);
        w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
    })
}

/// "reiterated", "agreed on": a verb form in the past tense, by its first word.
fn past_form(form: &str) -> bool {
    form.split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ed"))
}

/// "urged means of political action at the regional level to stop ...": the ways of acting
/// asked for, not an addressee (a call to all).
static MEANS_OF_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:all\s+)?(?:means|ways|avenues)\s+of\s+(?:\w+\s+){0,2}?(?:action|pressure|support)\b")
        .expect("valid regex")
});

/// "called on an increase in the mission's strength": a change asked for, in a thing,
/// not an addressee (a call to all).
static CHANGED_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*an?\s+(?:(?:further|significant|substantial)\s+)?(?:increase|reduction|rise|expansion|boost)\s+(?:in|of)\b")
        .expect("valid regex")
});

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

/// "the need for X to ...", "an urgent need for ..."; "that there is a need for ...", as a
/// view's that-clause states one.
static NEED: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = table::NEED_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)^\s*(?:on\s+)?(?:that\s+there\s+(?:is|was|remains)\s+)?(?:the|an?)\s+(?:{nouns})\s+(for|of|to)\b"
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

/// "Westvale’s commitment to ...": a named owner (group 1), then the act it owns (group 2).
static OWNER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((?:\p{Lu}[\w-]*\s+){0,2}\p{Lu}[\w-]*)(?:'s|’s)\s+(\p{Ll}.*)$")
        .expect("valid regex")
});

/// "the need for Westvale’s commitment to the principles ... without resorting to threats": an
/// act of a named owner needed, whatever "to" comes later; the owner is asked (as the
/// possessive is read below), not the whole phrase up to that "to".
fn owner_of_act(np: &str) -> bool {
    OWNER_OF.captures(np).is_some_and(|m| {
        let noun = fold(m[2].split_whitespace().next().unwrap_or_default());
        actor::opens_with_nominal(&m[2])
            || ["ment", "tion", "sion", "ance", "ence"]
                .iter()
                .any(|end| noun.len() > 6 && noun.ends_with(end))
    })
}

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

/// "that Valley should change ...": one proper name (a word or two with capitals) and
/// "should" with an active verb, not "be" nor "have" (a state, not a task).
static NAMED_SHOULD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*that\s+(\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?)\s+should\s+((?-i:[a-z]+)\b)")
        .expect("valid regex")
});

/// The subject of a passive request: "Member States are also invited" → "Member States".
/// "further that the Envoy and the Mission, at the request of the Government, and taking
/// into account ..., " → "the Envoy and the Mission": a that-clause's subject ends at the
/// first comma a lower-case qualifier follows (a name's own commas are followed by
/// capitals: "Educational, Scientific and Cultural").
fn that_subject(before: &str) -> Option<&str> {
    // "that there shall be no session ..., and that the Director": the subject is the
    // last that-clause's.
    let before = before
        .rfind(" and that ")
        .map_or(before, |at| &before[at + " and ".len()..]);
    let rest = without_verb_adverbs(before);
    let rest = rest
        .strip_prefix("that ")
        .or_else(|| rest.strip_prefix("That "))?;
    // "that in 2041 the Council": the year before the subject is no part of it.
    let rest = actor::FRONTED_YEAR
        .find(rest)
        .map_or(rest, |m| &rest[m.end()..]);
    // "that pending a review of ..., the Board": the aside before the subject is no part
    // of it; the subject runs from the aside's last comma to the modal.
    let rest = match rest.rfind(", ") {
        Some(at) if actor::opens_with_aside(rest) || actor::opens_with_rule_cited(rest) => {
            &rest[at + 2..]
        }
        _ => rest,
    };
    let end = rest
        .match_indices(", ")
        .find(|(at, _)| rest[at + 2..].starts_with(char::is_lowercase))
        .map_or(rest.len(), |(at, _)| at);
    let subject = rest[..end].trim().trim_end_matches(',');
    (!subject.is_empty()).then_some(subject)
}

/// "recommended the convening of an urgent summit": a meeting to be held is an act asked
/// of those who would hold it, named or not (unlike "recommended the establishment of a
/// unit", a thing proposed).
fn meeting_asked_for(rest: &str) -> bool {
    CONVENING_ASKED.is_match(rest)
}

static CONVENING_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::CONVENING_NOUNS);
    let meetings = any_of(table::GATHERING_NOUNS);
    Regex::new(&format!(
        r"(?i)^\s*the\s+(?:[\w-]+\s+)?(?:{nouns})\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}(?:{meetings}|session|meeting)\b"
    ))
    .expect("valid regex")
});

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

/// Whether a passive's participle follows "or" / "and" with no auxiliary in its segment
/// ("States under an obligation or [encouraged]"): a noun's modifier, no finite passive.
fn coordinated_participle(before: &str) -> bool {
    let tail = before.trim_end();
    let last = fold(tail.rsplit(' ').next().unwrap_or(""));
    if !matches!(last.as_str(), "or" | "and") {
        return false;
    }
    let segment = &tail[tail.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
    !segment
        .split_whitespace()
        .any(|w| table::PASSIVE_AUX.contains(&fold(w).as_str()))
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
    // "the outgoing Chair of the Board, Ivo Brand, was directed to ...": the person who
    // holds the post, set off by commas, is no subject of its own.
    if let Some(inner) = s.strip_suffix(',')
        && let Some(at) = inner.rfind(',')
        && apposed_name(&inner[at + 1..])
    {
        s = inner[..at].trim_end();
    }
    let cut = s.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let cut = list_start(s, cut);
    after_reported_that(s[cut..].trim())
}

/// " Ivo Brand", " Marc de Vries": two to four words, capitalised but for a particle
/// between ("de", "van", "bin", ...), none a body's head noun: a person's name.
fn apposed_name(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let capital = |w: &&str| {
        w.starts_with(char::is_uppercase) && !table::ACTOR_HEADS.contains(&fold(w).as_str())
    };
    (2..=4).contains(&words.len())
        && words.first().is_some_and(capital)
        && words.last().is_some_and(capital)
        && words
            .iter()
            .all(|w| capital(w) || NAME_PARTICLES.contains(w))
}

/// Lower-case words inside a person's name.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "du", "van", "von", "der", "bin", "ibn", "al", "el", "le", "la",
];

/// "[condemned] recent fighting in the area and the parties were called upon to ...": the
/// thing before "and" (lower case, no article) is the object of the verb before, not a
/// doer; the passive's subject follows "and".
fn without_condemned_thing(subject: &str) -> &str {
    let subject = subject.strip_prefix("and ").unwrap_or(subject);
    let Some((thing, doers)) = subject.split_once(" and ") else {
        return subject;
    };
    let words: Vec<&str> = thing.split_whitespace().collect();
    let first = words.first().copied().unwrap_or_default();
    let article = matches!(first, "the" | "all" | "both" | "each" | "its" | "their");
    // A short noun phrase ("recent fighting in the area"), not a preposition's phrase or a
    // clause ("on tasks that could be performed by ...").
    let noun_phrase = words.len() <= 8
        && !table::QUALIFIER_STARTS.contains(&first)
        && !table::STRAY_OPENERS.contains(&first)
        && !words
            .iter()
            .any(|w| matches!(*w, "that" | "which" | "who" | "by" | "to"));
    if first.starts_with(char::is_lowercase)
        && !article
        && noun_phrase
        && actor::has_actor_word(doers)
    {
        doers.trim()
    } else {
        subject
    }
}

/// "Both A, the B and C were urged to ...": where a list whose last items follow the
/// comma at `cut` begins, going back over short names set off by commas.
fn list_start(s: &str, mut cut: usize) -> usize {
    if cut == 0 || !s[cut..].contains(" and ") {
        return cut;
    }
    while cut > 0 {
        let head = &s[..cut - 1];
        let start = head.rfind([',', ';', ':']).map_or(0, |i| i + 1);
        let item = head[start..].trim();
        let words: Vec<&str> = item.split_whitespace().collect();
        let first = fold(words.first().copied().unwrap_or_default());
        // "Both Valley", "the Orchard Front": capitalised words (a preposition's phrase,
        // "In its report", opens no item).
        let named = (1..=4).contains(&words.len())
            && !table::QUALIFIER_STARTS.contains(&first.as_str())
            && !table::STRAY_OPENERS.contains(&first.as_str())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "the" | "of"));
        if !named || head[start..].contains(['(', ')']) {
            break;
        }
        cut = start;
    }
    cut
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

/// "said (that) the farmers ": a report's last speech verb and the subject after it.
static SAID_THEN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let said = any_of(table::REPORTED_SAYING);
    Regex::new(&format!(
        r"(?i)\b(?:{said})\s+(?:that\s+)?((?:[^\s,;:()]+\s+){{0,7}}[^\s,;:()]+)\s*$"
    ))
    .expect("valid regex")
});

/// The subject of "should" after a report's speech verb ("Five chairs said the farmers"
/// → "the farmers"), when it names an actor.
fn said_subject(before: &str) -> Option<&str> {
    let m = SAID_THEN_SUBJECT.captures(before)?.get(1)?;
    let subject = m.as_str().trim();
    let pronoun = matches!(fold(subject).as_str(), "this" | "that" | "it" | "these");
    (!pronoun && actor::has_actor_word(subject)).then_some(subject)
}

/// "said that ", "stated that that ": a report's verb and its "that" (doubled by a typo).
/// "The Conference furthered that X be encouraged to ...": "furthered" (said further) too.
/// "..., the communique said, adding that X has been mandated to ...": a report's
/// participle says what the text adds; X is the subject, not the participle.
static REPORTED_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:said|says|stated|states|added|noted|read|reads|furthered|adding|saying|stating|noting)\s+(?:that\s+)+")
        .expect("valid regex")
});

/// "on July 10 ", "by 15 April 2037, ": a day that opens a clause.
static LEADING_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:on|by|from|before)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?\s+")
        .expect("valid regex")
});
