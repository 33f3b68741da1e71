//! The one-line view of a draft that the rule tests compare: "¶3 Secretary-General |
//! Board due=…". Each test module shows a deadline the way its expectations were written
//! (a meeting by its date, its name or both), so it picks a [`Brief`] style.

use crate::*;

/// How a test module shows a draft's mandates.
#[derive(Clone, Copy, Default)]
pub struct Brief {
    /// A meeting a mandate is due at: its name, or its date (or both, name first, or the
    /// date with the name in brackets).
    pub at: EventLabel,
    /// A mandate due before a meeting: "before NAME DATE" rather than as `at` shows it.
    pub before_named: bool,
    /// A day as "due=2037-06-30" (else as the `Due` debug form).
    pub plain_days: bool,
    /// " (commended)", " (offered)" after an entry with such a tag.
    pub tags: bool,
    /// Entries tagged commended or offered are left out.
    pub drop_welcomed: bool,
    /// " every=…" after a recurring deadline.
    pub every: bool,
}

/// The formal-record kinds' view: a meeting by its name and date.
pub fn named_dated(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        at: EventLabel::NameDate,
        ..Brief::default()
    }
    .of(text, adopted)
}

/// The communiqué kinds' view: meetings by name, welcomed entries left out.
pub fn communique(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        at: EventLabel::Name,
        drop_welcomed: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

/// The Arabic kinds' view: days plain, meetings by date with the name in brackets.
pub fn arabic(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        at: EventLabel::DateBracketedName,
        plain_days: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

#[derive(Clone, Copy, Default)]
pub enum EventLabel {
    #[default]
    Date,
    Name,
    NameDate,
    DateBracketedName,
}

impl Brief {
    pub fn of(self, text: &str, adopted: &str) -> Vec<String> {
        let opts = Options {
            adopted: Some(adopted.parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        };
        let d = draft(text, &opts);
        let welcomed = |m: &DraftMandate| m.tags.iter().any(|t| t == "commended" || t == "offered");
        d.mandates
            .iter()
            .filter(|m| !(self.drop_welcomed && welcomed(m)))
            .map(|m| self.line(&d, m))
            .collect()
    }

    fn line(self, d: &Draft, m: &DraftMandate) -> String {
        let actors: Vec<&str> = m.actors.iter().map(|a| a.name.as_str()).collect();
        let para = m.paragraph.map_or("-".into(), |p| p.to_string());
        let event = |id: &str| d.events.iter().find(|e| e.id == id).unwrap();
        let due = match &m.due {
            None => String::new(),
            Some(Due::On(f)) if self.plain_days => format!(" due={f}"),
            Some(Due::Before(Anchor::Event(id))) if self.before_named => {
                let e = event(id);
                format!(" due=before {} {}", e.name, e.date)
            }
            Some(Due::At {
                anchor: Anchor::Event(id),
                ..
            })
            | Some(Due::Before(Anchor::Event(id))) => {
                let e = event(id);
                let label = match self.at {
                    EventLabel::Date => e.date.to_string(),
                    EventLabel::Name => e.name.clone(),
                    EventLabel::NameDate => format!("{} {}", e.name, e.date),
                    EventLabel::DateBracketedName => format!("{} ({})", e.date, e.name),
                };
                format!(" due=at {label}")
            }
            Some(other) => format!(" due={other:?}"),
        };
        let tag = m
            .tags
            .iter()
            .find(|t| self.tags && (*t == "commended" || *t == "offered"))
            .map(|t| format!(" ({t})"))
            .unwrap_or_default();
        let every = m
            .every
            .as_ref()
            .filter(|_| self.every)
            .map(|e| format!(" every={}", e.period()))
            .unwrap_or_default();
        format!("¶{para} {}{due}{tag}{every}", actors.join(" | "))
    }
}
