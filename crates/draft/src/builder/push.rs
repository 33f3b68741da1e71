//! A request becomes a mandate: its deadline (from the action, the sentence or an earlier
//! date), the meeting that deadline hangs on, its summary and a unique id.

use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

use super::{Builder, Candidate, Origin};
use crate::due::Found;
use crate::due::{Anchor, Due, Fuzzy};
use crate::ids::{ordinal_suffix, slug, summary};
use crate::model::Every;
use crate::model::{DraftEvent, DraftMandate};
use crate::table::SpanUnit;
use crate::words::any_of;
use crate::words::fold;
use crate::{actor, ar, deadline, recur, table};

impl Builder {
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

    pub(super) fn push(
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
        let dated_actor = actor_date(&mut cand.actors, known)
            .or_else(|| scheduled_meeting(&cand.actors, text, known));
        let mut dl = self.deadline_of(&cand.action, dated_actor, text, known);
        let own_count = self.own_session_count(&dl);
        session_of_addressee(&mut dl, &cand.action, text, &cand.actors, own_count);
        // "to extend the term of office of X until the next Ordinary Session": the until of
        // a renewal ends the term, as "until D" does; it is no deadline.
        if renews(&cand.action) && fold(&dl.phrase).starts_with("until ") {
            dl = deadline::Deadline::default();
        }
        let (every, foreign_recurs) = recurrence(&cand.action, &mut dl, known);
        self.thereafter_from_earlier_date(every.as_ref(), &mut dl, &cand.action);
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
        // "Dissolve the Committee in view of the fact that drafts are now considered by X
        // before submission to the Assembly": a reason clause tells why, not by when.
        let action = REASON_CLAUSE
            .find(action)
            .map_or(action, |m| &action[..m.start()]);
        // "... a plan on how to widen the mission ... By the end of this month, the Union
        // will have ...": a run-on line (its line break read as a space) that opens with its
        // own dated clause (a capital deadline, a comma, a subject and its "will") tells what
        // another will do by then, not by when the request is due.
        let action = LATER_LINE_OWN_DATE
            .find(action)
            .map_or(action, |m| &action[..m.start()]);
        let completed = cut_meeting_noun_completed(action, text);
        let action = completed.as_deref().unwrap_or(action);
        let mut dl = deadline::parse(action, known);
        skip_meeting_where_done(&mut dl, action, known);
        date_from_chapeau(&mut dl, action, text, known);
        date_before_to(&mut dl, dated_actor);
        date_from_session_aside(&mut dl, action, text, known);
        date_from_span_aside(&mut dl, action, text, known);
        date_from_next_meeting_aside(&mut dl, text, known);
        date_from_sentence(&mut dl, action, text, known);
        session_dated_by_paragraph(&mut dl, text, known);
        session_dated_in_brackets(&mut dl, text, known);
        session_held_after(&mut dl, action, known);
        self.session_dated_before(&mut dl);
        self.sooner_second_session(&mut dl, action);
        self.date_from_mandate_end(&mut dl, action);
        self.date_from_foreign_rule(&mut dl);
        self.date_from_meeting_named_again(&mut dl, action);
        self.date_referred_to(&mut dl, action, text, known);
        date_not_in_noted(&mut dl, action, known);
        dl
    }

    /// "DECIDES that the dates of the Nth session shall be from D to D <month> Y; ...
    /// to inform X before the Nth session": the days an earlier
    /// paragraph gave the session.
    fn session_dated_before(&self, dl: &mut deadline::Deadline) {
        if let Some(crate::due::Found::Session {
            held: held @ None,
            ordinal: Some(n),
            ..
        }) = &mut dl.found
        {
            *held = self
                .dated_sessions
                .iter()
                .rev()
                .find(|(k, _)| k == n)
                .map(|&(_, day)| day);
        }
    }

    /// "to submit a report to the Council at its Nth session and to the General Assembly at
    /// its Mth session": one report for two bodies' sessions, first due at the one that
    /// opens sooner, where both bodies' session counts date them.
    fn sooner_second_session(&self, dl: &mut deadline::Deadline, action: &str) {
        let Some(Found::Session {
            held: None,
            ordinal: Some(first),
            of,
            ..
        }) = &dl.found
        else {
            return;
        };
        let Some(m) = ALSO_TO_SESSION.captures(action) else {
            return;
        };
        let Some(second) = crate::words::ordinal(&fold(&m[2])) else {
            return;
        };
        let body = m[1].split_whitespace().collect::<Vec<_>>().join(" ");
        let opens = |of: Option<&str>, n: u32| self.yearly_session(of, Some(n));
        if let (Some(a), Some(b)) = (opens(of.as_deref(), *first), opens(Some(&body), second))
            && b.last_day() < a.first_day()
        {
            dl.found = Some(Found::Session {
                held: None,
                ordinal: Some(second),
                of: Some(body),
                word: "session".to_string(),
            });
            dl.phrase = format!("at its {} session", &m[2]);
        }
    }

    /// The deadline a foreign rule read outside the action (`pending_due`), where nothing
    /// else dates it.
    fn date_from_foreign_rule(&self, dl: &mut deadline::Deadline) {
        if dl.found.is_none()
            && let Some(day) = self.pending_due
        {
            dl.found = Some(crate::due::Found::On(Fuzzy::Day(day)));
            dl.phrase = ar::PERIOD_END_PHRASE.to_string();
        }
    }

    /// "to fully participate in the Summit", "as part of Lisbon Summit documentation":
    /// the meeting to come an earlier paragraph dated by that noun.
    fn date_from_meeting_named_again(&self, dl: &mut deadline::Deadline, action: &str) {
        if dl.found.is_none()
            && let Some((found, phrase)) = self.meeting_named_again(action)
        {
            dl.found = Some(found);
            dl.phrase = phrase;
        }
    }

    /// "to form the Government on that date", "by the deadline": the date the
    /// sentence gave, else the last one an earlier paragraph gave.
    fn date_referred_to(
        &self,
        dl: &mut deadline::Deadline,
        action: &str,
        text: &str,
        known: Option<Date>,
    ) {
        if dl.found.is_none() && ANAPHORIC_DATE.is_match(action) {
            let whole = deadline::parse(text, known);
            let earlier = || self.last_date.clone();
            if let Some(found) = whole.found.map(|f| (f, whole.phrase)).or_else(earlier) {
                dl.found = Some(found.0);
                dl.phrase = found.1;
            }
        }
    }

    /// "Decides that each Party shall submit its first report by D" + "... its subsequent
    /// report every four years thereafter": a recurring act with no date of its own whose
    /// "thereafter" points to the day an earlier paragraph gave first falls one period after
    /// that day.
    fn thereafter_from_earlier_date(
        &self,
        every: Option<&Every>,
        dl: &mut deadline::Deadline,
        action: &str,
    ) {
        let Some(every) = every else { return };
        if dl.found.is_some() || !THEREAFTER.is_match(action) {
            return;
        }
        let Some((crate::due::Found::On(Fuzzy::Day(day)), _)) = &self.last_date else {
            return;
        };
        let n = i64::from(every.n);
        let span = match every.unit {
            SpanUnit::Days => jiff::Span::new().days(n),
            SpanUnit::Weeks => jiff::Span::new().weeks(n),
            SpanUnit::Months => jiff::Span::new().months(n),
            SpanUnit::Years => jiff::Span::new().years(n),
        };
        if let Ok(first) = day.checked_add(span) {
            dl.found = Some(crate::due::Found::On(Fuzzy::Day(first)));
            dl.phrase = format!("{} thereafter", every.phrase);
        }
    }

    /// "the Summit", "Lisbon Summit documentation": a meeting to come an earlier paragraph
    /// dated, named again by its noun alone or after a word of the name it was dated with
    /// (not "the United Nations Conference on Trade", a body's name going on).
    fn meeting_named_again(&self, action: &str) -> Option<(crate::due::Found, String)> {
        MEETING_NAMED_AGAIN.captures_iter(action).find_map(|m| {
            let after = fold(&action[m.get(0).expect("match").end()..]);
            if ["on ", "of ", "for "]
                .iter()
                .any(|w| after.trim_start().starts_with(w))
            {
                return None;
            }
            let noun = m[2].to_lowercase();
            let name = m.get(1).map(|n| n.as_str());
            self.dated_meetings
                .iter()
                .rev()
                .find(|(n, _, phrase)| {
                    *n == noun && name.is_none_or(|w| phrase.split_whitespace().any(|p| p == w))
                })
                .map(|(_, found, phrase)| (found.clone(), phrase.clone()))
        })
    }

    /// A date the end of the mandate gives the action.
    fn date_from_mandate_end(&self, dl: &mut deadline::Deadline, action: &str) {
        // "no later than 30 days before the end of its current mandate": counted back from
        // the day the text renews the mandate until.
        // "au plus tard N jours avant l'expiration de ... mandat": the same in French.
        let said = MANDATE_END
            .captures(action)
            .map(|m| {
                let back = m
                    .get(1)
                    .and_then(|n| crate::words::number(&fold(n.as_str())));
                (back, m.get(1).is_some(), m[0].to_string())
            })
            .or_else(|| crate::fr::mandate_end(action).map(|(n, p)| (n, n.is_some(), p)));
        if let (Some((back, _, phrase)), Some(end)) = (&said, self.mandate_end)
            && matches!(
                dl.found,
                None | Some(crate::due::Found::BeforeUndated { .. })
            )
        {
            let back = back.map_or(0, i64::from);
            if let Ok(day) = end.checked_sub(jiff::Span::new().days(back)) {
                dl.found = Some(crate::due::Found::On(Fuzzy::Day(day)));
                dl.phrase.clone_from(phrase);
            }
        }
        // "before the end of the mandate period" in a text that gives no day the mandate
        // runs to: a meeting-like event the text does not date.
        if dl.found.is_none()
            && self.mandate_end.is_none()
            && let Some((_, false, phrase)) = said
        {
            dl.found = Some(crate::due::Found::BeforeUndated {
                name: "end of the mandate".to_string(),
            });
            dl.phrase = phrase;
        }
    }

    /// A found deadline as a `due` value, adding the events it needs.
    pub(super) fn due(&mut self, found: &Found, phrase: &str) -> (Option<Due>, Option<String>) {
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
                } else if *days < 0 {
                    format!(
                        "the text says \"{phrase}\": {} days before an event it does not date; set the event's date",
                        -days
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
                let due = self.session_due(*held, *ordinal, of.as_deref(), word, phrase);
                // "before the next Summit": the day before the meeting, as SPEC's `before`.
                let folded = fold(phrase);
                let before = table::BEFORE_EVENT_WORDS
                    .iter()
                    .any(|w| folded.starts_with(&format!("{w} ")));
                match due {
                    Due::At { anchor, days: 0 } if before => (Some(Due::Before(anchor)), None),
                    due => (Some(due), None),
                }
            }
        }
    }

    /// "at its next session", "the 15th Islamic Summit": the meeting a session deadline
    /// hangs on, named and dated as far as the text allows.
    fn session_due(
        &mut self,
        held: Option<Fuzzy>,
        ordinal: Option<u32>,
        of: Option<&str>,
        word: &str,
        phrase: &str,
    ) -> Due {
        let year = self.meta.adopted.value.year();
        // "to the Council at its next session" in the Orchard Council's own text, "to the
        // Conference at its tenth meeting" in the Conference of the Growers': its own.
        let own = fold(&self.meta.body.value);
        let of = of.filter(|o| o.contains(' ') || !own.split(' ').any(|w| w == fold(o)));
        // "to a later session": a session to come, not said to be the next.
        let later = ["later ", "subsequent ", "future "]
            .iter()
            .any(|w| word.starts_with(w));
        // "during the present session": the session under way, in the adoption's year.
        let present = PRESENT_SESSION.is_match(phrase);
        let resumed = RESUMED_SESSION.is_match(phrase);
        let which = match (held, ordinal) {
            (_, Some(n)) if resumed => format!("Resumed {}{} {word}", n, ordinal_suffix(n)),
            (_, Some(n)) => format!("{}{} {word}", n, ordinal_suffix(n)),
            (Some(when), None) => format!("{when} {word}"),
            (None, None) if later => actor::capitalise(word),
            (None, None) if present => format!("Present {word}"),
            (None, None) => format!("Next {word}"),
        };
        let arabic = word.chars().next().is_some_and(ar::is_arabic_letter);
        let name = match of {
            // "الدورة القادمة لمجلس وزراء الخارجية" names itself, as written.
            _ if arabic && held.is_none() => word.to_string(),
            Some(of) => format!("{which} of the {of}"),
            // "the 15th Islamic Summit" names itself.
            None if word.contains(' ') && !later => which,
            None => format!("{which} of the {}", self.meta.body.value),
        };
        let yearly = self.yearly_session(of, ordinal).filter(|_| !present);
        let resumed_part = yearly
            .filter(|_| resumed && held.is_none())
            .map(resumed_year);
        let date = session_date(held, yearly, resumed_part, present, year);
        let check = match (held, yearly) {
            (Some(_), _) => format!("the text says \"{phrase}\": set the meeting's day"),
            (None, Some(_)) if resumed_part.is_some() => format!(
                "the text says \"{phrase}\": the year its resumed part meets; set the day the text means"
            ),
            (None, Some(_)) => format!(
                "the text says \"{phrase}\": the month the session opens; set the day the text means"
            ),
            (None, None) => {
                format!("the text says \"{phrase}\" without a date; set the meeting's date")
            }
        };
        let id = self.event(name, date, Some(check));
        Due::At {
            anchor: Anchor::Event(id),
            days: 0,
        }
    }

    /// "Requests the Board to report thereon at its eighty-second session" in the General
    /// Assembly's text of 2026: a rank that is the text's own body's session of the coming
    /// years by its count is that body's, whichever body was asked.
    fn own_session_count(&self, dl: &deadline::Deadline) -> bool {
        let Some(Found::Session {
            ordinal: Some(n),
            of: None,
            ..
        }) = &dl.found
        else {
            return false;
        };
        self.yearly_session(None, Some(*n)).is_some_and(|opens| {
            opens.first_day().year() <= self.meta.adopted.value.year() + OWN_SESSION_YEARS_AHEAD
        })
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
        if let Some(&(_, base, months)) = table::THRICE_YEARLY_SESSIONS
            .iter()
            .find(|(name, _, _)| body.contains(name) || raw.contains(name))
        {
            return self.thrice_yearly_session(base, months, ordinal);
        }
        let &(_, base, month) = table::YEARLY_SESSIONS
            .iter()
            .chain(table::OTHER_YEARLY_SESSIONS)
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

    /// When a body with three numbered sessions a year (the Human Rights Council) opens
    /// the one meant: its Nth by its count, its next as the first opening after the
    /// adoption's month.
    fn thrice_yearly_session(
        &self,
        base: i16,
        months: [i8; 3],
        ordinal: Option<u32>,
    ) -> Option<Fuzzy> {
        let adopted = self.meta.adopted.value;
        let (year, month) = match ordinal {
            Some(n) => {
                let k = i16::try_from(n.checked_sub(1)?).ok()?;
                let year = base.checked_add(k / 3)?;
                // An earlier session is another body's, as for the yearly ones.
                (year >= adopted.year() - 1).then_some(year)?;
                (year, months[usize::try_from(k % 3).ok()?])
            }
            None => [adopted.year(), adopted.year() + 1]
                .into_iter()
                .flat_map(|y| months.map(|m| (y, m)))
                .find(|&(y, m)| (y, m) > (adopted.year(), adopted.month()))?,
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

/// "Invites the Conference of the Parties to consider X at its thirty-second session":
/// "its" is the addressee's when the addressee is a body that meets in sessions and the
/// act is its own (a person, as the Secretary-General, has no sessions; a body asked "to
/// report at its next session" reports to the body that asks; "Decides that, at its Nth
/// session, the Committee should ..." names the session before the Committee).
/// "إلى مجلس حقوق الإنسان في " right before "دورته": a council or conference (group 1,
/// its noun and at most five words) a report goes to.
static AR_SENT_TO_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = crate::words::any_of(table::AR_MASCULINE_BODY_NOUNS);
    Regex::new(&format!(
        r"(?:^|\s)(?:إلى|الى|أمام|لدى)\s+((?:{nouns})(?:\s+[^\s،,;؛.]+){{0,5}})\s+(?:في|فى)\s*$"
    ))
    .expect("valid regex")
});

/// How many years ahead a text's own body's session, named by its rank, may meet.
const OWN_SESSION_YEARS_AHEAD: i16 = 3;

fn session_of_addressee(
    dl: &mut deadline::Deadline,
    action: &str,
    text: &str,
    actors: &[crate::model::Actor],
    own_count: bool,
) {
    let Some(Found::Session { of: of @ None, .. }) = &mut dl.found else {
        return;
    };
    let [addressee] = actors else { return };
    let (phrase, name) = (fold(&dl.phrase), fold(&addressee.name));
    // "تدعو مجلس حقوق الإنسان إلى النظر ... في دورته الخامسة والستين": "its" in the
    // masculine is a council's or a conference's, not the Assembly's (feminine) own.
    let masculine_body = name
        .split_whitespace()
        .next()
        .is_some_and(|w| table::AR_MASCULINE_BODY_NOUNS.contains(&w));
    if phrase.starts_with("دورته ") && masculine_body {
        *of = Some(addressee.name.clone());
        return;
    }
    // "أن يقدم تقريرا إلى مجلس حقوق الإنسان في دورته ...": the council the report goes to.
    if phrase.starts_with("دورته ")
        && let Some(at) = action.find(dl.phrase.as_str())
        && let Some(m) = AR_SENT_TO_BODY.captures(&action[..at])
        // "إلى المجلس في دورته": the noun alone is the text's own council, read as before.
        && m[1].contains(' ')
    {
        *of = Some(m[1].to_string());
        return;
    }
    let verb = fold(action.split_whitespace().next().unwrap_or_default());
    let text = fold(text);
    // "Invite le Conseil ... à examiner la question à sa soixante-cinquième session": "sa"
    // is French for "its".
    if phrase.split_whitespace().any(|w| w == "its" || w == "sa")
        && !own_count
        && !table::SENDING_VERBS.contains(&verb.as_str())
        && (deadline::is_body_name(&addressee.name)
            || table::SESSION_BODY_NOUNS.contains(&name.as_str()))
        && let (Some(named), Some(at)) = (text.find(&name), text.find(&phrase))
        && named < at
    {
        *of = Some(addressee.name.clone());
    }
}

/// "the review submitted to the Conference at its 13th meeting (COP13)", "in light of
/// the talks held during its thirteenth meeting": a ranked meeting where a thing
/// was done (a past participle, no "to be" before it) is no time for the act.
fn skip_meeting_where_done(dl: &mut deadline::Deadline, action: &str, known: Option<Date>) {
    if let Some(Found::Session {
        ordinal: Some(_), ..
    }) = &dl.found
        && let Some(at) = action.find(&dl.phrase)
        && DONE_AT_MEETING.captures(&action[..at]).is_some_and(|c| {
            ![
                "be", "been", "being", "to", "is", "are", "was", "were", "will", "shall",
            ]
            .contains(&c[1].to_lowercase().as_str())
        })
    {
        // "taking into account the talks held during the fourteenth meeting, ...
        // for consideration at its twelfth meeting": a later time the action gives.
        let after = at + dl.phrase.len();
        *dl = deadline::parse(&action[after..], known);
    }
}

/// "called for the adoption in 2018 of: (a) X, in view of financing Y in 2019; (b)
/// Z": the chapeau's date times each item, unless the item names an earlier one of
/// its own (a later one is what the item is for, not when it is due).
fn date_from_chapeau(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    if let Some(chapeau) = chapeau_deadline(text, action, known) {
        let later = |f: &Option<Found>| match f {
            Some(Found::On(d) | Found::Around(d)) => Some(d.last_day()),
            _ => None,
        };
        let replace = match (later(&dl.found), later(&chapeau.found)) {
            _ if dl.found.is_none() => true,
            (Some(own), Some(lead)) => own > lead,
            _ => false,
        };
        if replace {
            dl.found = chapeau.found;
            dl.phrase = chapeau.phrase;
        }
    }
}

/// "Invites the Envoy by 20 May 2037 to brief it": the date between the addressee and
/// its "to" is the request's.
fn date_before_to(dl: &mut deadline::Deadline, dated_actor: Option<deadline::Deadline>) {
    if dl.found.is_none()
        && let Some(found) = dated_actor
    {
        dl.found = found.found;
        dl.phrase = found.phrase;
    }
}

/// "invited the Assembly, at its 31st Session (June 2038), to approve ...": the
/// session an aside between the addressee and its "to" names.
fn date_from_session_aside(
    dl: &mut deadline::Deadline,
    action: &str,
    text: &str,
    known: Option<Date>,
) {
    if dl.found.is_none()
        && let Some(aside) = session_aside(action, text, known)
    {
        *dl = aside;
    }
}

/// "Requests X, within thirty days of the adoption of this resolution, to ...",
/// "Prie X, dans un délai de 120 jours, de ...": the span an aside between the
/// addressee and the action gives.
fn date_from_span_aside(
    dl: &mut deadline::Deadline,
    action: &str,
    text: &str,
    known: Option<Date>,
) {
    if dl.found.is_none()
        && let Some(aside) = span_aside(action, text, known)
    {
        *dl = aside;
    }
}

/// "calls on the Board, notably at its next meeting, and on ... to ...": the meeting
/// an aside after the addressee names.
fn date_from_next_meeting_aside(dl: &mut deadline::Deadline, text: &str, known: Option<Date>) {
    if dl.found.is_none()
        && let Some(m) = NEXT_MEETING_ASIDE.captures(text)
    {
        *dl = deadline::parse(&m[1], known);
    }
}

/// "the seventh session of the Assembly, to be held from 8 to 12 December 2037, ...
/// at the seventh session": the session the paragraph dates.
fn session_dated_by_paragraph(dl: &mut deadline::Deadline, text: &str, known: Option<Date>) {
    if let Some(crate::due::Found::Session {
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
}

/// "the plan of work for the 107th Session (2018) ..., proposed to the Conference to
/// implement it at its 107th Session": the rank the paragraph dates in brackets.
fn session_dated_in_brackets(dl: &mut deadline::Deadline, text: &str, known: Option<Date>) {
    if let Some(crate::due::Found::Session {
        held: held @ None,
        ordinal: Some(n),
        ..
    }) = &mut dl.found
    {
        *held = bracket_dated_session(text, *n, known);
    }
}

/// A session with no days yet: the month (or day) the words after it give ("report to
/// the next summit, due to be held in November 2037").
fn session_held_after(dl: &mut deadline::Deadline, action: &str, known: Option<Date>) {
    if let Some(crate::due::Found::Session {
        held: held @ None, ..
    }) = &mut dl.found
    {
        *held = held_after(action, &dl.phrase, known);
    }
}

/// "to note that ... X shall enter into force on <a date>": a date in
/// what is noted is no time for the noting; one before the "that" still is.
fn date_not_in_noted(dl: &mut deadline::Deadline, action: &str, known: Option<Date>) {
    if let Some(m) = NOTE_THAT.find(action)
        && !dl.phrase.is_empty()
        && fold(&action[m.end()..]).contains(&fold(&dl.phrase))
    {
        let recurring = dl.recurring.take();
        let mut noting = deadline::parse(&action[..m.end()], known);
        noting.recurring = noting.recurring.or(recurring);
        *dl = noting;
    }
}

/// ", at its eighty-sixth session, in 2031," set off by commas before a that-clause's subject.
/// "note that", "take note, by D, that": a request to note what a that-clause says (the
/// clause's dates are what is noted, not when).
/// "... Nth session and to the Assembly at its Mth session": a second body (group 1) and
/// its session's rank (group 2) the same report goes to.
static ALSO_TO_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsession\s*,?\s+and\s+(?:also\s+)?to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5})\s+at\s+its\s+([\w-]+)\s+session\b")
        .expect("valid regex")
});

static NOTE_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:to\s+)?(?:take\s+)?note\b[^;:]{0,60}?\bthat\b").expect("valid regex")
});

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

/// "the Orchard Summit meeting scheduled for 6th to 8th July 2038": a meeting the text
/// dates by its days.
static SCHEDULED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:summit|meeting|conference)\s+(?:meeting\s+)?(scheduled\s+for\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+(?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// An addressee that is itself a meeting ("URGES the Orchard Summit meeting scheduled for
/// 6th to 8th July 2038 to embrace ..."): what it is asked is due at it, its first day.
fn scheduled_meeting(
    actors: &[crate::model::Actor],
    text: &str,
    known: Option<Date>,
) -> Option<deadline::Deadline> {
    let meeting = actors.iter().any(|a| {
        let name = fold(&a.name);
        name.contains("summit") || name.contains("conference") || name.ends_with("meeting")
    });
    let m = SCHEDULED_MEETING.captures(text).filter(|_| meeting)?;
    let dl = deadline::parse(&m[1], known);
    matches!(dl.found, Some(Found::On(_))).then_some(dl)
}

/// The deadline an addressee's name ends with, taken off the name.
fn actor_date(
    actors: &mut [crate::model::Actor],
    known: Option<Date>,
) -> Option<deadline::Deadline> {
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

/// "in early January of each year", "in March of every year": the month a yearly act falls
/// in (group 1).
/// ", which will meet every six months": a relative clause that tells how often the body
/// the act sets up meets, up to the clause's end.
static MEETS_EVERY_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:which|that|who)\s+(?:will|shall|would|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?:meet|convene|be\s+convened|hold\s+(?:its|their)\s+meetings?)\b[^,;.]*")
        .expect("valid regex")
});

/// "to set up a working group, which will meet every six months": the period is the
/// group's, told of the body the act sets up; the act (to set it up) is done once. A period
/// of the clause outside the relative clause still makes it recur.
fn meetings_described_recur_not(every: &mut Option<Every>, action: &str) {
    if every.is_none() {
        return;
    }
    let Some(m) = MEETS_EVERY_CLAUSE.find(action) else {
        return;
    };
    let rest = format!("{}{}", &action[..m.start()], &action[m.end()..]);
    if recur::every(m.as_str()).is_some() && recur::every(&rest).is_none() {
        *every = None;
    }
}

/// "annually on 2 November", "on 2 November each year": group 1 the day, group 2 the
/// month (either order).
static YEARLY_ON_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::MONTH_NAMES.as_str();
    let day =
        format!(r"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({m})|({m})\s+(\d{{1,2}})(?:st|nd|rd|th)?)");
    Regex::new(&format!(
        r"(?i)\b(?:(?:annually|yearly|each\s+year|every\s+year)\s+on\s+{day}|on\s+{day}\s+(?:of\s+)?(?:each|every)\s+year)\b"
    ))
    .expect("valid regex")
});

/// "to mark the Day annually on 2 November": a yearly act on a day of the year first falls
/// on that day's next return after the adoption, not a year after the adoption.
/// "no later than 1 December each year" in a text adopted on 1 December: the first
/// occurrence is the next year's, not the adoption day itself (a day with no year names the
/// next such day after adoption).
fn not_on_adoption_day(every: Option<&Every>, dl: &mut deadline::Deadline, known: Option<Date>) {
    let yearly = every.is_some_and(|e| e.n == 1 && e.unit == SpanUnit::Years);
    if yearly
        && !YEAR_IN_PHRASE.is_match(&dl.phrase)
        && let (Some(adopted), Some(Found::On(Fuzzy::Day(day)))) = (known, &dl.found)
        && *day == adopted
        && let Ok(next) = day.checked_add(jiff::Span::new().years(1))
    {
        dl.found = Some(Found::On(Fuzzy::Day(next)));
    }
}

static YEAR_IN_PHRASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:19|20|21)\d{2}\b").expect("valid regex"));

fn yearly_day_first(
    every: Option<&Every>,
    dl: &mut deadline::Deadline,
    action: &str,
    known: Option<Date>,
) {
    if !every.is_some_and(|e| e.n == 1 && e.unit == SpanUnit::Years) || dl.found.is_some() {
        return;
    }
    let (Some(adopted), Some(c)) = (known, YEARLY_ON_DAY.captures(action)) else {
        return;
    };
    let day = c.get(1).or(c.get(4)).or(c.get(5)).or(c.get(8));
    let month = c.get(2).or(c.get(3)).or(c.get(6)).or(c.get(7));
    let (Some(day), Some(month)) = (day, month) else {
        return;
    };
    let Some(&(_, month)) = table::MONTHS
        .iter()
        .find(|(n, _)| *n == fold(month.as_str()))
    else {
        return;
    };
    let Ok(day) = day.as_str().parse::<i8>() else {
        return;
    };
    let on = |year: i16| Date::new(year, month, day).ok();
    let first = on(adopted.year())
        .filter(|d| *d > adopted)
        .or_else(|| on(adopted.year() + 1));
    if let Some(first) = first {
        dl.found = Some(Found::On(Fuzzy::Day(first)));
        dl.phrase = c[0].to_string();
    }
}

static MONTH_OF_EACH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\bin\s+(?:(?:early|mid|late)[\s-]+)?({m})\s+(?:of\s+)?(?:each|every)\s+year\b"
    ))
    .expect("valid regex")
});

static STARTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:starting|beginning|commencing)\s+(?:from\s+|on\s+|in\s+)?((?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4})")
        .expect("valid regex")
});

/// A name that opens with a preposition or a number, or a bare verb form of the table:
/// no actor.
pub(crate) fn is_stray_phrase(name: &str) -> bool {
    let first = fold(name.split_whitespace().next().unwrap_or(""));
    // "Demands that the regime cease ...": a ruling group the text names by its noun alone
    // (GROUP_HEADS) acts; "the regime established by paragraph 3" is a rule.
    let ruling_group = table::GROUP_HEADS.contains(&fold(name.trim()).as_str());
    table::STRAY_OPENERS.contains(&first.as_str())
        || (table::RULE_NOUNS.contains(&first.as_str()) && !ruling_group)
        || first.starts_with(|c: char| c.is_ascii_digit())
}

/// "... days before / at / by the end of its current mandate", "at the end of this period"
/// (after a renewal "for six months, that is, until D"): the mandate's end, with the days
/// counted back from it.
static MANDATE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(\d+|[a-z]+(?:-[a-z]+)?)\s+days\s+)?\b(?:before|by|at|prior\s+to|upon|no\s+later\s+than|not\s+later\s+than)\s+the\s+(?:end|expiry|expiration|conclusion|termination)\s+of\s+(?:(?:its|their|the)\s+(?:current\s+|present\s+)?mandate\b|(?:this|that|the\s+said|the\s+current|the\s+present)\s+period\b)")
        .expect("valid regex")
});

/// "report to the next summit, due to be held in November 2037", "at its next
/// meeting, scheduled for June 2037": the month (or day) the words after the meeting give.
fn held_after(action: &str, phrase: &str, known: Option<Date>) -> Option<Fuzzy> {
    let end = action.find(phrase)? + phrase.len();
    // "lors de sa douzième session, en 2037": the year a French text gives the session.
    if let Some(year) = FR_HELD_IN_YEAR
        .captures(&action[end..])
        .and_then(|m| m[1].parse::<i16>().ok())
    {
        return Some(Fuzzy::Year(year));
    }
    let when = HELD_AFTER.captures(&action[end..])?;
    match deadline::parse(&format!("by {}", &when[1]), known).found {
        Some(crate::due::Found::On(f @ (Fuzzy::Day(_) | Fuzzy::Month { .. }))) => Some(f),
        _ => None,
    }
}

/// ", en 2037", " (2037)", ", qui se tiendra en 2037": the year after a French session's name.
static FR_HELD_IN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:,\s*(?:(?:qui\s+)?(?:se\s+tiendra|aura\s+lieu)\s+)?en\s+|\(\s*)((?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

static HELD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:(?:which|that)\s+is\s+|(?:due|scheduled|expected|planned|set)\s+)?(?:to\s+be\s+held\b[^;.,]{0,40}?\b(?:in|on)|for)\s+((?:\d{1,2}\s+)?(?-i:\p{Lu})\p{Ll}+,?\s+(?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// "every four years thereafter", "annually thereafter": a period counted from an earlier
/// time.
static THEREAFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bthereafter\b").expect("valid regex"));

/// "at its sixtieth and sixty-first sessio": a meeting's noun a page's cut left unfinished
/// at the text's very end (group 1, at least four letters of "session" or "meeting").
static CUT_MEETING_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(sessi|sessio|meeti|meetin)$",
    )
    .expect("valid regex")
});

/// The action with the meeting noun a cut page left unfinished at its end written out,
/// when the action runs to the end of its paragraph's text.
fn cut_meeting_noun_completed(action: &str, text: &str) -> Option<String> {
    let action = action.trim_end();
    if !text.trim_end().ends_with(action) {
        return None;
    }
    let cut = CUT_MEETING_NOUN.captures(action)?.get(1)?;
    let whole = if fold(cut.as_str()).starts_with("sess") {
        "session"
    } else {
        "meeting"
    };
    Some(format!("{}{}", &action[..cut.start()], whole))
}

/// "its sixtieth session (June 2024)" in one paragraph, for "at its sixtieth session" in a
/// later one: each ranked session a paragraph dates in brackets, unless it is past.
pub(super) fn bracket_dated_sessions(text: &str, adopted: Date) -> Vec<(u32, Fuzzy)> {
    let mut out = Vec::new();
    for c in BRACKET_DATED_SESSION.captures_iter(text) {
        let Some(n) = crate::words::ordinal(&fold(&c[1])) else {
            continue;
        };
        if let Some(held) = bracket_dated_session(&c[0], n, Some(adopted)) {
            out.push((n, held));
        }
    }
    out
}

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
        if crate::words::ordinal(&fold(&named[1])) != Some(n) {
            return None;
        }
        match deadline::parse(m.as_str(), known).found {
            Some(crate::due::Found::On(day @ Fuzzy::Day(_))) => {
                Some((day, named.get(2).map(|b| b.as_str().trim().to_string())))
            }
            _ => None,
        }
    })
}

/// "the 107th Session (2018)", "the 320th (March 2014) Session": a ranked session the text
/// dates in brackets, after its noun or between rank and noun.
static BRACKET_DATED_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::MONTH_NAMES.as_str();
    let date = format!(r"\(\s*((?:(?:{m})\s+)?(?:19|20|21)\d{{2}})\s*\)");
    Regex::new(&format!(
        r"(?i)\b(\d{{1,3}}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?:{date}\s+session\b|session\s+{date})"
    ))
    .expect("valid regex")
});

/// The month or year the text gives in brackets to its Nth session, unless it is past.
fn bracket_dated_session(text: &str, n: u32, known: Option<Date>) -> Option<Fuzzy> {
    BRACKET_DATED_SESSION
        .captures_iter(text)
        .filter(|c| crate::words::ordinal(&fold(&c[1])) == Some(n))
        .find_map(|c| {
            let when = fold(c.get(2).or(c.get(3))?.as_str());
            let (month, year) = match when.rsplit_once(' ') {
                Some((m, y)) => (
                    table::MONTHS.iter().find(|(k, _)| *k == m).map(|(_, v)| *v),
                    y,
                ),
                None => (None, when.as_str()),
            };
            let year: i16 = year.parse().ok()?;
            let held = match month {
                Some(month) => Fuzzy::Month { year, month },
                None => Fuzzy::Year(year),
            };
            known.is_none_or(|a| held.last_day() >= a).then_some(held)
        })
}

/// "the seventh session": a session named by its rank.
static NAMED_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+([a-z]+(?:-[a-z]+)?)\s+session\b(?:\s+of\s+(?:the\s+)?((?-i:\p{Lu})[\w'’ -]*?)\s*,)?")
        .expect("valid regex")
});

/// A date the action's own words lack but its sentence gives: an earlier meeting or session,
/// or the same obligation going on after a second "shall".
fn date_from_sentence(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    for step in SENTENCE_DATE_STEPS {
        step(dl, action, text, known);
    }
}

/// A step of `date_from_sentence`: it sets the deadline (the action, its sentence, the
/// date known) where none is found yet and its words give one.
type SentenceDateStep = fn(&mut deadline::Deadline, &str, &str, Option<Date>);

/// The places `date_from_sentence` looks, in order.
const SENTENCE_DATE_STEPS: [SentenceDateStep; 12] = [
    fronted_date,
    when_clause_before_action,
    fr_fronted_date,
    ar_fronted_span,
    fronted_that_year,
    upon_happening_before,
    inserted_session,
    same_obligation,
    deadline_in_aside,
    established_or_in_effect,
    apposed_meeting,
    purpose_after_aside,
];

/// "on 10 July the Registrar is requested to report": the date put before a passive
/// request's subject is the request's.
fn fronted_date(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
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
}

/// "Calls on <two unions> when they meet again in <month year> to show ...": a
/// time clause between the addressee and its "to" says when the act falls; its month
/// dates the request where the action gives no day.
fn when_clause_before_action(
    dl: &mut deadline::Deadline,
    action: &str,
    text: &str,
    known: Option<Date>,
) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(m) = WHEN_CLAUSE_MONTH.captures(&text[..at])
    {
        let found = deadline::parse(&format!("in {}", &m[1]), known);
        if found.found.is_some() {
            dl.found = found.found;
            dl.phrase = m[0].trim().to_string();
        }
    }
}

/// "when they resume their talks in January 2033 in Vale to": group 1 the month and year
/// of a time clause that runs on to the action's "to".
static WHEN_CLAUSE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(r"(?i)\b(?:when|once|as\s+soon\s+as)\s+(?:they|it|he|she|both|each|the|their|its)\b[^;:.,]*?\b((?:{m})\s+(?:19|20|21)\d\d)\b[^;:.,]*\bto\s*$"))
        .expect("valid regex")
});

/// "D'ici au 30 septembre 2026, le Secrétariat est prié de ...": the French twin.
fn fr_fronted_date(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(m) = FR_FRONTED_DATE.captures(&text[..at])
    {
        let found = deadline::parse(&format!("au plus tard le {}", &m[1]), known);
        if found.found.is_some() {
            dl.found = found.found;
            dl.phrase = m[0].trim().to_string();
        }
    }
}

/// "في غضون 30 يوما، طلب من X تقديم ...": a span set off by a comma at the head of the
/// request's sentence times it.
fn ar_fronted_span(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(m) = AR_FRONTED_SPAN.captures(&text[..at])
    {
        let found = deadline::parse(&format!("في غضون {}", &m[1]), known);
        if found.found.is_some() {
            dl.found = found.found;
            dl.phrase = m[1].trim().to_string();
        }
    }
}

/// "Decides that in 2041 the Council shall decide ...": the year before the
/// that-clause's subject times what it asks.
fn fronted_that_year(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(m) = FRONTED_THAT_YEAR.captures(&text[..at])
    {
        let found = deadline::parse(&m[1], known);
        if found.found.is_some() {
            dl.found = found.found;
            dl.phrase = m[1].to_string();
        }
    }
}

/// "Decides, in the event of a breach, to meet again": the happening set off before the
/// action is when the body meets.
fn upon_happening_before(dl: &mut deadline::Deadline, action: &str, text: &str, _: Option<Date>) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some((found, phrase)) = deadline::meeting_upon_before(text, at)
    {
        dl.found = Some(found);
        dl.phrase = phrase;
    }
}

/// "... at its meeting in December 2025, and invites the Presidency to take stock of
/// progress by that date": the date is earlier in the sentence.
/// "Decides that, at its eighty-sixth session, the Committee should ...": a session
/// set off by commas before the actor times the action.
fn inserted_session(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(inserted) = INSERTED_SESSION.find(&text[..at])
    {
        let found = deadline::parse(inserted.as_str(), known);
        if matches!(found.found, Some(crate::due::Found::Session { .. })) {
            dl.found = found.found;
            dl.phrase = found.phrase;
        }
    }
}

/// "X shall meet, and shall hold a session with a view to ending its work by August
/// 2037": the action stops at the second "shall", the same obligation goes on.
fn same_obligation(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
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
}

/// "to establish, as of 1 July, the Orchard Mission": what is set up is set up on that
/// day.
/// "to enlarge the Board to 30 members, with effect from 1 January 2037": the change
/// is made on that day.
fn established_or_in_effect(
    dl: &mut deadline::Deadline,
    action: &str,
    _: &str,
    known: Option<Date>,
) {
    if dl.found.is_none()
        && let Some(m) = ESTABLISHED_AS_OF.captures(action).or_else(|| {
            TAKES_EFFECT_FROM
                .captures(action)
                .filter(|m| !renews(&action[..m.get(0).expect("match").start()]))
        })
    {
        let found = deadline::parse(&format!("by {}", &m[1]), known);
        if let Some(on @ crate::due::Found::On(Fuzzy::Day(_))) = found.found {
            dl.found = Some(on);
            dl.phrase = m[0].to_string();
        }
    }
}

/// "the tenth meeting, to be held from 4 to 6 October 2037, ... and requests X to
/// support it": the meeting's first day.
fn apposed_meeting(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(held) = APPOSED_MEETING.find(&text[..at])
    {
        let found = deadline::parse(held.as_str(), known);
        if matches!(found.found, Some(crate::due::Found::On(Fuzzy::Day(_)))) {
            dl.found = found.found;
            dl.phrase = found.phrase;
        }
    }
}

/// ", taking into account the views sent in, for consideration by the Group at its ninth
/// meeting": an aside right after the action (which ends it), then the purpose or the day
/// the action is for. Group 1 what follows the aside.
static PURPOSE_AFTER_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    let asides = any_of(table::ASIDE_FORMS);
    Regex::new(&format!(
        r"(?i)^\s*,?\s*(?:{asides})\b[^;.]*?,\s*((?:for|by|no\s+later\s+than|not\s+later\s+than|in\s+time\s+for)\s[^;]*)"
    ))
    .expect("valid regex")
});

/// "Requests X to prepare <a text>, taking into account <what others sent and said at an
/// earlier meeting>, for publication by D": the aside ends the action, and what the aside
/// names (others' acts, a meeting held) does not date it; the purpose or day after it does.
fn purpose_after_aside(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    if dl.found.is_none()
        && let Some(at) = text.find(action)
        && let Some(m) = PURPOSE_AFTER_ASIDE.captures(&text[at + action.len()..])
    {
        let found = deadline::parse(&m[1], known);
        if found.found.is_some() {
            *dl = found;
        }
    }
}

/// ", bearing in mind the deadline of 15 December 2036": an aside right after the action
/// (which ends it) that names the action's deadline as such.
static DEADLINE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    let asides = any_of(table::ASIDE_FORMS);
    Regex::new(&format!(
        r"(?i)^\s*,?\s*(?:keeping\s+in\s+mind|{asides})\b[^;.]*"
    ))
    .expect("valid regex")
});

/// The deadline an aside after the action names with a deadline's own word.
fn deadline_in_aside(dl: &mut deadline::Deadline, action: &str, text: &str, known: Option<Date>) {
    // "before sending new seeds, bearing in mind the fixed deadline of D": the deadline
    // named as such beats an act the text does not date.
    let open = match &dl.found {
        None => true,
        Some(f) => deadline::before_an_act(f, &dl.phrase),
    };
    let Some(at) = text.find(action).filter(|_| open) else {
        return;
    };
    let Some(aside) = DEADLINE_ASIDE.find(&text[at + action.len()..]) else {
        return;
    };
    let found = deadline::parse(aside.as_str(), known);
    let named = table::DEADLINE_NOUN_WORDS
        .iter()
        .any(|w| fold(&found.phrase).starts_with(w));
    if named && matches!(found.found, Some(Found::On(_))) {
        dl.found = found.found;
        dl.phrase = found.phrase;
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
    meetings_described_recur_not(&mut every, action);
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
        && let Some(found @ crate::due::Found::On(_)) =
            deadline::parse(&format!("by {}", &m[1]), known).found
    {
        dl.found = Some(found);
        dl.phrase = m[0].to_string();
    }
    // "to <act> in early <month> of each year, starting in Y, ...": a yearly act in a
    // month first falls in that month of the starting year, not anywhere in the year.
    if every
        .as_ref()
        .is_some_and(|e| e.n == 1 && e.unit == SpanUnit::Years)
        && let Some(crate::due::Found::On(Fuzzy::Year(year))) = dl.found
        && let Some(c) = MONTH_OF_EACH_YEAR.captures(action)
        && let Some(&(_, month)) = table::MONTHS.iter().find(|(n, _)| *n == fold(&c[1]))
    {
        dl.found = Some(crate::due::Found::On(Fuzzy::Month { year, month }));
    }
    yearly_day_first(every.as_ref(), dl, action, known);
    not_on_adoption_day(every.as_ref(), dl, known);
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

static NEXT_MEETING_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:notably|in\s+particular|particularly|especially)\s+((?:at|before)\s+its\s+(?:next|upcoming|forthcoming)\s+(?:meeting|session|summit)),")
        .expect("valid regex")
});

/// "cooperation between Utopia and Erewhon": the two who cooperate.
/// "on 10 July the Registrar is requested to": group 1 the day and month, maybe its year.
static FRONTED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(r"(?i)\b(?:on|by)\s+((?:(?:{m})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{m}))(?:,?\s+(?:19|20|21)\d\d)?)\s*,?\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}\s+(?:is|are|was|were)\s+(?:also\s+)?requested\s+to\s*$"))
        .expect("valid regex")
});

/// "D'ici au 30 septembre 2026, le Secrétariat général est prié de": group 1 the day and
/// month, maybe its year, before a French passive request's subject.
static FR_FRONTED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::month_names(crate::table::FR_MONTHS);
    Regex::new(&format!(r"(?i)(?:^|\b)(?:d['’]ici\s+(?:au|le)|au\s+plus\s+tard\s+le|avant\s+le)\s+(\d{{1,2}}(?:er)?\s+(?:{m})(?:\s+(?:19|20|21)\d\d)?)\s*,\s*(?:le|la|les|l['’])\s*[\w'’-]+(?:\s+[\w'’-]+){{0,3}}\s+(?:est|sont)\s+(?:également\s+)?priée?s?(?:\s+(?:de|d['’]))?\s*$"))
        .expect("valid regex")
});

/// "في غضون 30 يوما، طلب من X ...", "وخلال شهرين، دعا ...": a span opening the sentence
/// (group 1 its number and unit), a comma after it, the request's words up to its act.
static AR_FRONTED_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[.!?:]\s*|\n\s*)و?(?:في\s+)?(?:غضون|خلال)\s+([^,.\s]+(?:\s+[^,.\s]+)?)\s*,[^.\n]*$",
    )
    .expect("valid regex")
});

/// "that in 2041 the Council shall ": a year put before a that-clause's subject, up to
/// its modal.
static FRONTED_THAT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthat,?\s+((?:in|by|before)\s+(?:19|20|21)\d\d),?\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}\s+(?:shall|should|will|must)\s*$")
        .expect("valid regex")
});

/// "by that date", "for this special session", "the said meeting"; in French "lors
/// desdites réunions", "à ladite session": a date or a meeting the text gave before.
static ANAPHORIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let by = any_of(table::ANAPHORIC_BY_WORDS);
    let nouns = any_of(table::ANAPHORIC_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{by})\s+(?:that|this|the\s+same)\s+(?:{nouns})\b|\bby\s+then\b|\bby\s+the\s+deadline\b|\bfor\s+(?:that|this)\s+(?:special|extraordinary)\s+session\b|\b(?:the\s+said|that\s+same)\s+(?:session|meeting)\b|\b(?:desdites|lesdites|ladite|ledit|dudit)\s+(?:réunions?|sessions?|séances?|conférences?|sommets?)\b"
    ))
    .expect("valid regex")
});

static PROCLAIMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:to\s+)?(?:declare|proclaim|designate)\s[^;]{0,60}?\b(?:year|day|decade|week|month)\b")
        .expect("valid regex")
});

/// "establish, as of 1 July,", "set up as of 1 January 2037": the day an office opens.
static ESTABLISHED_AS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:to\s+)?(?:establish|create|set\s+up|open)\s*,?\s+as\s+of\s+(\d{1,2}\s+\p{L}+(?:\s+\d{4})?)")
        .expect("valid regex")
});

/// "to extend the mandate by a year, with effect from D": a renewed term's first day is
/// no deadline (as its "until" is none).
pub(crate) fn renews(text: &str) -> bool {
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

/// ", and for the millers and the Board to grind": group 1 who, group 2 the verb.
static AND_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r",\s+and\s+for\s+((?:the\s+)?[^;:,]{2,60}?(?:,\s*[^;:,]{2,40}?){0,6})\s+to\s+(\p{Ll}\w+)",
    )
    .expect("valid regex")
});

/// " and for the Government of Valley to allow": a proper name, no comma before "and".
static AND_FOR_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+and\s+for\s+((?:the\s+)?\p{Lu}[\w'’-]*(?:\s+(?:of|the|\p{Lu}[\w'’-]*)){0,5})\s+to\s+(\p{Ll}\w+)")
        .expect("valid regex")
});

/// The nouns of meetings a text dates once and names again by the noun alone ("the
/// Conference" is left out: it is as often a body, "the United Nations Conference on ...",
/// or a meeting held before, renamed).
const MEETING_NOUNS: &str = "Summit|Forum|Congress|Symposium";

/// "the Summit", "the Africa Summit", "Lisbon Summit": a meeting named by its noun, with no
/// date after it (a capitalised noun: "the next summit" is not one the text dated).
static MEETING_NAMED_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+|\b([A-Z][\w-]*)\s+)({MEETING_NOUNS})\b"
    ))
    .expect("valid regex")
});

/// "the Orchard Summit to be held in Portugal, in December 2037": a meeting to come and
/// the clause that dates it.
static MEETING_TO_BE_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\b[A-Z][\w-]*\s+){{0,4}}\b({MEETING_NOUNS})\b[^;.:]{{0,60}}?\b(?:to\s+be\s+held|will\s+be\s+held|scheduled|to\s+take\s+place)\b([^;:]{{0,80}})"
    ))
    .expect("valid regex")
});

/// "at the December, 2037 Lisbon Orchard Summit": a meeting its month and year open.
static MEETING_MONTH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let m = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"\b[Tt]he\s+((?i:{m}),?\s+(?:19|20|21)\d\d)\s+(?:[A-Z][\w-]*\s+){{0,4}}({MEETING_NOUNS})\b"
    ))
    .expect("valid regex")
});

/// The meetings to come a paragraph dates, by their noun (lower case), with the date
/// found and its words; a meeting dated before `adopted` is past and left out.
pub(super) fn dated_meetings(
    text: &str,
    adopted: Date,
) -> Vec<(String, crate::due::Found, String)> {
    let to_come = |found: &crate::due::Found| match found {
        crate::due::Found::On(f) => f.last_day() >= adopted,
        _ => false,
    };
    let mut out = Vec::new();
    for m in MEETING_TO_BE_HELD.captures_iter(text) {
        let dl = deadline::parse(&format!("in {}", &m[2]), Some(adopted));
        if let Some(found) = dl.found.filter(to_come) {
            out.push((m[1].to_lowercase(), found, m[0].trim().to_string()));
        }
    }
    for m in MEETING_MONTH_BEFORE.captures_iter(text) {
        let dl = deadline::parse(&format!("in {}", m[1].replace(',', "")), Some(adopted));
        if let Some(found) = dl.found.filter(to_come) {
            out.push((m[2].to_lowercase(), found, m[0].trim().to_string()));
        }
    }
    out
}

/// "during the present session", "at its current session": the session under way.
/// When a session meets: the day or year the text gives (with the opening month a yearly
/// body's count gives, when it falls in that year), else its resumed part's year, else the
/// count's opening month, else the adoption's year (the present session) or the next.
fn session_date(
    held: Option<Fuzzy>,
    yearly: Option<Fuzzy>,
    resumed_part: Option<Fuzzy>,
    present: bool,
    year: i16,
) -> Fuzzy {
    let date = match (held, yearly) {
        // "at its eighty-sixth session, in 2036": a year the text gives that the
        // session's opening month falls in; the month says more.
        (Some(Fuzzy::Year(y)), Some(month @ Fuzzy::Month { year, .. })) if y == year => Some(month),
        _ => held.or(resumed_part).or(yearly),
    };
    date.unwrap_or(Fuzzy::Year(if present {
        year
    } else {
        year.saturating_add(1)
    }))
}

/// "at its resumed eighty-first session", "the resumed part of its session": the part of a
/// session that meets after its main part.
static RESUMED_SESSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bresumed\b").expect("valid regex"));

/// A session's resumed part meets after the main part closes: in the next year for a session
/// that opens in the second half of the year (the General Assembly's, in September, resumes
/// from January), else later in the same year.
fn resumed_year(opens: Fuzzy) -> Fuzzy {
    match opens {
        Fuzzy::Month { year, month } if month >= 7 => Fuzzy::Year(year.saturating_add(1)),
        Fuzzy::Month { year, .. } | Fuzzy::Year(year) => Fuzzy::Year(year),
        Fuzzy::Day(day) => Fuzzy::Year(day.year()),
    }
}

static PRESENT_SESSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:present|current)\s+session\b").expect("valid regex"));

/// ", at its 31st Session (June 2038), " right before the action: a session set off by
/// commas between the addressee and its infinitive (group 1).
static SESSION_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i),\s*((?:at|during|before)\s+(?:its|the|their)\s+[^,;]{1,80}?)\s*,\s*(?:to\s+)?$",
    )
    .expect("valid regex")
});

/// The session an aside before the action names, if the aside is a session's and nothing
/// else.
fn session_aside(action: &str, text: &str, known: Option<Date>) -> Option<deadline::Deadline> {
    let at = text.find(action.trim())?;
    let aside = SESSION_ASIDE.captures(&text[..at])?.get(1)?.as_str();
    let dl = deadline::parse(aside, known);
    matches!(dl.found, Some(crate::due::Found::Session { .. })).then_some(dl)
}

/// ", within thirty days of the adoption of this resolution, to", ", dans un délai de 120
/// jours, de": a span set off between the addressee and the action (group 1).
static SPAN_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*((?:within|no\s+later\s+than|not\s+later\s+than|dans|au\s+plus\s+tard)\s[^,;]{1,80}?)\s*,\s*(?:to\s+|de\s+|d['’]\s*)?$")
        .expect("valid regex")
});

/// The span from the adoption an aside before the action gives, if it gives one.
fn span_aside(action: &str, text: &str, known: Option<Date>) -> Option<deadline::Deadline> {
    let at = text.find(action.trim())?;
    let aside = SPAN_ASIDE.captures(&text[..at])?.get(1)?.as_str();
    let dl = deadline::parse(aside, known);
    matches!(dl.found, Some(crate::due::Found::Within { .. })).then_some(dl)
}

/// "DECIDES that the dates of the Nth session shall be from D to D <month> Y", "the
/// Nth session shall be held on <a date>": a ranked session (group 1) and
/// the days (group 2) a paragraph sets for it.
static SESSION_DAYS_SET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+(?:dates?\s+of\s+the\s+)?(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+session\b[^;.]{0,80}?\b(?:shall|will)\s+be\s+(?:held\s+)?((?:from|on)\s+\d{1,2}(?:\s*(?:to|until|-|–)\s*\d{1,2})?\s+[a-z]+,?\s+(?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// The first day of each ranked session a paragraph sets the days of, unless it is past.
pub(super) fn dated_sessions(text: &str, adopted: Date) -> Vec<(u32, Fuzzy)> {
    SESSION_DAYS_SET
        .captures_iter(text)
        .filter_map(|c| {
            let n = crate::words::ordinal(&fold(&c[1]))?;
            match deadline::parse(&c[2], Some(adopted)).found {
                Some(crate::due::Found::On(day @ Fuzzy::Day(_))) => Some((n, day)),
                _ => None,
            }
        })
        .collect()
}

/// "The Council called for the adoption in 2018 of: (a) ...": a chapeau ending at a colon
/// before an item's letter, as a paragraph's items are joined to it.
static CHAPEAU_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?):\s*\((?:[a-z]{1,4}|\d{1,2})\)\s").expect("valid regex"));

/// The date the chapeau of the item `action` is taken from gives, when it gives one.
fn chapeau_deadline(text: &str, action: &str, known: Option<Date>) -> Option<deadline::Deadline> {
    let m = CHAPEAU_ITEM.captures(text)?;
    let chapeau = m.get(1)?;
    if text.find(action)? < m.get(0)?.end() {
        return None;
    }
    let dl = deadline::parse(chapeau.as_str(), known);
    dl.found.is_some().then_some(dl)
}

/// "in view of the fact that", "given the fact that", "because": a reason clause.
static REASON_CLAUSE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:in\s+view\s+of\s+the\s+fact\s+that|given\s+the\s+fact\s+that|owing\s+to\s+the\s+fact\s+that|because)\b")
        .expect("valid regex")
});

/// A clause inside a run-on sentence that opens with a capitalised deadline, a comma, then
/// a subject and its "will" or "shall": a clause of its own (case-sensitive on purpose: a
/// request's own "by D" is lower case).
static LATER_LINE_OWN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:By|Before|Within|No later than|Not later than)\s[^,;.]{2,60},\s+[^,;.]{1,80}?\s(?:will|shall)\s")
        .expect("valid regex")
});

/// "the review submitted to the Conference", "the discussions held": a thing done, its
/// participle right before the meeting's rank (not "to be submitted to", "will be held").
static DONE_AT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([a-z-]+)\s+(?:submitted|considered|adopted|endorsed|held|discussed)(?:\s+to\s+the\s+[^,;()]{1,60}?)?\s*$")
        .expect("valid regex")
});
