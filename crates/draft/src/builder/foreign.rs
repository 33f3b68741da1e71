//! French and Arabic paragraphs: the language's rules (`fr`, `ar`) find the requests, and
//! this glue makes them mandates the way English ones are (lead-ins, items, listed names).

use super::{Builder, Candidate, Origin};
use crate::due::{Due, Fuzzy};
use crate::model::Actor;
use crate::model::Lang;
use crate::segment::Para;
use crate::{ar, fr, segment, table};

impl Builder {
    /// A paragraph of a French or Arabic text: a lead over the numbered paragraphs, a
    /// preambular paragraph, or one that may ask.
    pub(super) fn foreign_text_paragraph(
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
        for (n, sentence) in segment::sentences(&p.text).into_iter().enumerate() {
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
            self.leaders_pledged(sentence, &body, &mut found);
            if found.is_empty() && lead.is_some() {
                found = (rules.decided_item)(sentence, &body);
                item_read |= !found.is_empty();
            } else if found.is_empty() && p.number.is_some() && n == 0 {
                // "3. يقوم مجلس الجامعة بوضع ...": a numbered item with no "يقرر" over it.
                found = (rules.item_directive)(sentence);
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
                // An Arabic clause stops at its sentence's stop ("... في غضون 48 ساعة.
                // انظر أيضا ..."): the sentence goes on past the action's stop.
                let ended = sentence.trim_end().ends_with('.')
                    || action.contains(". ")
                    || (crate::ar::is_arabic(sentence) && stopped_in(sentence, &action));
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

    /// "Ils se sont engagés à ...": a pledge whose pronoun stands for the leaders the
    /// sentence before opened on (none named: not read); a sentence that opens on leaders
    /// names them for the next.
    fn leaders_pledged(
        &mut self,
        sentence: &str,
        body: &str,
        found: &mut Vec<(Vec<String>, String)>,
    ) {
        // "La Conférence mandate X de ... . Elle décide de ...": the decision of the organ
        // the sentence before opened on, not of the body (a council whose report it took).
        if fr::singular_pronoun_decision(sentence) {
            if let Some(organ) = self.organ.clone() {
                for (actors, _) in found
                    .iter_mut()
                    .filter(|(a, _)| a.len() == 1 && a[0] == body)
                {
                    *actors = vec![organ.clone()];
                }
            }
        } else {
            self.organ = fr::opening_organ(sentence, body);
        }
        // "Ils ont ... décidé d'organiser ...": the decision of those the sentence before
        // named, read as the body's when none was.
        if fr::pronoun_decision(sentence) {
            if let Some(leaders) = self.leaders.clone() {
                for (actors, _) in found
                    .iter_mut()
                    .filter(|(a, _)| a.len() == 1 && a[0] == body)
                {
                    *actors = vec![leaders.clone()];
                }
            }
            return;
        }
        if fr::pronoun_pledge(sentence) {
            match self.leaders.clone() {
                Some(leaders) => {
                    for (actors, _) in found.iter_mut().filter(|(a, _)| a.is_empty()) {
                        actors.push(leaders.clone());
                    }
                }
                None => found.retain(|(actors, _)| !actors.is_empty()),
            }
            return;
        }
        self.leaders = fr::leaders_subject(sentence);
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
        let after_that_date = fr::after_that_date(&action, sentence);
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
        if let (Some(day), Some(m)) = (after_that_date, self.mandates.last_mut())
            && m.due.is_none()
        {
            m.due = Some(Due::On(Fuzzy::Day(day)));
            m.due_check = Some(
                "the text counts a span \"after this date\": read from the day it gave before"
                    .into(),
            );
        }
    }

    /// An item's request as a mandate, due at the end of the period an item before it named
    /// when it says so ("... à la fin de cette période").
    fn push_item(
        &mut self,
        actors: Vec<String>,
        action: String,
        number: Option<u32>,
        letter: &str,
        text: &str,
    ) {
        let at_period_end = fr::at_period_end(&action);
        self.push(french(actors, action), number, letter, text, None);
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
        } else if decides
            && p.subs.is_empty()
            && p.number.is_none()
            && p.text.trim_end().ends_with(':')
        {
            // "Décide :" unnumbered over "1° de créer ...", "2° de prier X de ...": the
            // numbered paragraphs after it are its items.
            self.foreign_lead = Some(true);
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
            // "(a) Pour renouveler le mandat ... jusqu'au 24 juillet 2032 ;" + "(b) ... à la
            // fin de cette période": an item names the period a later item's due ends.
            if let Some(end) = fr::period_end(&sub.text) {
                self.period_end = Some(end);
            }
            let own = (rules.requests)(&sub.text, body);
            if !own.is_empty() {
                for (actors, action) in own {
                    self.push_item(actors, action, number, &sub.letter, &text);
                }
                continue;
            }
            if decides {
                for (actors, action) in (rules.decided_item)(&sub.text, body) {
                    self.push_item(actors, action, number, &sub.letter, &text);
                }
                continue;
            }
            // "وتطلب:" + "(أ) أن يتخذ مجلس X ...": a chapeau that is its verb alone asks
            // anew, whom its items name; the last request's actors are not those asked.
            if let Some(head) = chapeau_head(&p.text).and_then(lone_verb) {
                let joined = (rules.requests)(&format!("{head} {}", lowered(&sub.text)), body);
                if !joined.is_empty() {
                    for (actors, action) in joined {
                        self.push_item(actors, action, number, &sub.letter, &text);
                    }
                    continue;
                }
            }
            if let (Some(actors), Some(action)) =
                (last_actors.clone(), (rules.item_action)(&sub.text))
            {
                self.push(french(actors, action), number, &sub.letter, &text, None);
                continue;
            }
            // "Invite :" + "(a) Le Conseil économique et social à ...", "Invite les États
            // membres à :" + "- ratifier ...", "تدعو:" + "(أ) المجلس ... إلى ...": the
            // chapeau and its item read as one sentence (a chapeau that asks an act of its
            // own, "Décide de créer un groupe de travail qui aura pour tâches :",
            // lends its items nothing more).
            if let Some(head) = chapeau_head(&p.text)
                && !(rules.requests)(head, body)
                    .iter()
                    .any(|(_, action)| action.split_whitespace().count() >= 2)
            {
                let joined = (rules.requests)(&format!("{head} {}", lowered(&sub.text)), body);
                if !joined.is_empty() {
                    for (actors, action) in joined {
                        self.push_item(actors, action, number, &sub.letter, &text);
                    }
                    continue;
                }
            }
            // "(b) ترفع اللجنة تقريرها ...": an item that names who acts, with no "يقرر".
            for (actors, action) in (rules.item_directive)(&sub.text) {
                self.push(french(actors, action), number, &sub.letter, &text, None);
            }
        }
    }
}

/// The last sentence of a paragraph that ends in a colon, without it: a chapeau whose items
/// finish its sentence ("Invite les États membres à", "تدعو").
fn chapeau_head(text: &str) -> Option<&str> {
    let last = segment::sentences(text).pop()?.trim();
    let head = last.strip_suffix(':')?.trim_end();
    (!head.is_empty()).then_some(head)
}

/// The chapeau's last clause when it is one word, its verb ("... وتنفيذه. وتطلب"): it
/// names no addressee of its own. (An Arabic stop before the next word ends no sentence.)
fn lone_verb(head: &str) -> Option<&str> {
    let last = head.rsplit(['.', ';', '؛', ',', '،']).next()?.trim();
    (last.split_whitespace().count() == 1).then_some(last)
}

/// An item's text with its opening article in lower case, as it reads after its chapeau
/// ("Le Conseil ..." after "Invite").
fn lowered(item: &str) -> String {
    for article in ["Le ", "La ", "Les ", "L'", "L’"] {
        if let Some(rest) = item.strip_prefix(article) {
            return format!("{}{rest}", article.to_lowercase());
        }
    }
    item.to_string()
}

/// Whether an action only points to the items after it ("القيام بما يلي").
fn points_to_list(action: &str) -> bool {
    let action = action.trim_end_matches([':', '.', ' ']).to_lowercase();
    table::LIST_POINTERS.iter().any(|p| action.ends_with(p))
}

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
    /// An item with no "يقرر" over it that names who acts ("يقوم X بـ ...").
    item_directive: fn(&str) -> Requests,
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
    item_directive: |_| Vec::new(),
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
    item_directive: ar::item_directive,
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

/// Whether the sentence has a stop after the action's first words: the action was cut at
/// the end of its own sentence.
fn stopped_in(sentence: &str, action: &str) -> bool {
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let head = action
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    !head.is_empty()
        && sentence
            .find(&head)
            .is_some_and(|i| sentence[i..].contains(". "))
}
