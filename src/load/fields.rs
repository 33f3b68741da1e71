//! Turning one file's spanned TOML tree into model types, collecting every problem.

use std::cell::OnceCell;
use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use jiff::civil::Date;
use toml::Spanned;
use toml::de::{DeInteger, DeString, DeTable, DeValue};

use crate::diag::{Diagnostic, LineIndex, did_you_mean};
use crate::model::{
    Anchor, DAY_FORMS, Due, Event, FUZZY_FORMS, Fuzzy, Mandate, Move, Note, Paragraph, Period,
    Recur, Resolution, State, is_valid_id, parse_date_forms, parse_fuzzy,
};

type Value<'i> = Spanned<DeValue<'i>>;
type Key<'i> = Spanned<DeString<'i>>;

const RESOLUTION_KEYS: &[&str] = &[
    "title", "body", "session", "adopted", "symbol", "source", "tags", "events", "mandates",
];
const MANDATE_KEYS: &[&str] = &[
    "id",
    "paragraph",
    "actor",
    "summary",
    "text",
    "due",
    "status",
    "done",
    "tags",
    "notes",
];
const EVENT_KEYS: &[&str] = &["id", "name", "date", "place", "history"];
const MOVE_KEYS: &[&str] = &["from", "to", "on"];
const NOTE_KEYS: &[&str] = &["date", "text"];
const DUE_KEYS: &[&str] = &["at", "before", "days", "every", "first", "until"];
const RECUR_KEYS: &[&str] = &["every", "first", "until"];

/// What reading one `[[mandates]]` table gives.
pub struct ParsedMandate {
    pub mandate: Option<Mandate>,
    /// The id as written when it is a valid id, even if the mandate has other problems:
    /// a duplicate id is reported either way.
    pub id: Option<String>,
    pub id_span: Range<usize>,
    pub due: Option<(Due, Range<usize>)>,
}

/// One file being read: its path and text, and the problems found so far.
pub struct Src<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub diagnostics: Vec<Diagnostic>,
    /// Where the text's lines start, found at the first problem (a clean file needs none).
    lines: OnceCell<LineIndex>,
    /// An events file had errors: an event no one defines may be in what did not load.
    pub events_broken: bool,
}

impl<'a> Src<'a> {
    pub fn new(path: &'a Path, text: &'a str) -> Self {
        // A byte-order mark is legal in a UTF-8 file but not in TOML; it carries nothing.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Src {
            path,
            text,
            diagnostics: Vec::new(),
            lines: OnceCell::new(),
            events_broken: false,
        }
    }

    pub fn error(&mut self, span: Range<usize>, msg: impl Into<String>, help: Option<String>) {
        let lines = self.lines.get_or_init(|| LineIndex::new(self.text));
        let d = Diagnostic::at_indexed(self.path, self.text, lines, span, msg).with_help(help);
        self.diagnostics.push(d);
    }

    /// The TOML tree, or a syntax error.
    pub fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        match DeTable::parse(self.text) {
            Ok(t) => Some(t),
            Err(_) if self.conflict_marker().is_some() => {
                let span = self.conflict_marker().unwrap_or_default();
                let help = "keep the lines of one side, delete the marker lines (`<<<<<<<`, `=======`, `>>>>>>>`), then run `oic-track check` again";
                self.error(span, "an unresolved merge conflict", Some(help.into()));
                None
            }
            Err(e) => {
                let msg = e.message().trim_end().replace('\n', "; ");
                let msg = self.explain_syntax(&msg, e.span());
                match e.span() {
                    Some(span) => self.error(span, msg, None),
                    // No place to point at (the parser's depth limit on dotted keys).
                    None => self.diagnostics.push(Diagnostic::file(self.path, msg)),
                }
                None
            }
        }
    }

    /// The first line git's conflict markers open (`<<<<<<< `), which no TOML holds.
    fn conflict_marker(&self) -> Option<Range<usize>> {
        let mut at = 0;
        for line in self.text.split_inclusive('\n') {
            if line.starts_with("<<<<<<< ") || line.trim_end() == "<<<<<<<" {
                return Some(at..at + line.trim_end().len());
            }
            at += line.len();
        }
        None
    }

    /// The parser's message in the user's terms where it is terse.
    fn explain_syntax(&self, msg: &str, span: Option<Range<usize>>) -> String {
        if msg.contains("recurs") {
            return "invalid TOML: arrays, inline tables or dotted keys are nested too deeply"
                .into();
        }
        let key = span
            .and_then(|r| self.text.get(r))
            .filter(|k| !k.contains('\n'));
        match key {
            Some(key) if msg == "duplicate key" => {
                format!("invalid TOML: duplicate key `{key}`: a key may appear once in a table")
            }
            _ => format!("invalid TOML: {msg}"),
        }
    }

    /// The span of the first `id = "ID"` in the file, for problems found after parsing.
    pub fn find_id_span(&self, id: &str) -> Range<usize> {
        for quote in ['"', '\''] {
            let needle = format!("{quote}{id}{quote}");
            if let Some(i) = self.text.find(&needle) {
                return i..i + needle.len();
            }
        }
        0..0
    }

    pub fn unknown_key(&mut self, key: &Key<'_>, within: &str, allowed: &[&str]) {
        let name = key.get_ref().as_ref();
        let help = match did_you_mean(name, allowed.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("the keys allowed here are: {}", allowed.join(", ")),
        };
        self.error(
            key.span(),
            format!("unknown key `{name}` in {within}"),
            Some(help),
        );
    }

    pub(super) fn missing(&mut self, span: Range<usize>, key: &str, within: &str) {
        // Point at the table's start: that is where the key belongs.
        let start = span.start..span.start;
        self.error(
            start,
            format!("missing required key `{key}` in {within}"),
            None,
        );
    }

    pub(super) fn wrong_type(&mut self, v: &Value<'_>, what: &str, expected: &str) {
        let found = v.get_ref().type_str();
        self.error(
            v.span(),
            format!("`{what}` must be {expected}, not {found}"),
            None,
        );
    }

    fn string(&mut self, v: &Value<'_>, what: &str) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.wrong_type(v, what, "a string");
                None
            }
        }
    }

    /// A string that must hold something besides spaces.
    pub(super) fn text_value(&mut self, v: &Value<'_>, what: &str) -> Option<String> {
        let s = self.string(v, what)?;
        if s.trim().is_empty() {
            self.error(v.span(), format!("`{what}` must not be empty"), None);
            return None;
        }
        Some(s)
    }

    fn strings(&mut self, v: &Value<'_>, what: &str) -> Option<Vec<String>> {
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(v, what, "an array of strings");
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            out.push(self.text_value(item, what)?);
        }
        Some(out)
    }

    fn actor(&mut self, v: &Value<'_>) -> Option<Vec<String>> {
        let actors = match v.get_ref() {
            DeValue::String(_) => vec![self.text_value(v, "actor")?],
            DeValue::Array(_) => self.strings(v, "actor")?,
            _ => {
                self.wrong_type(v, "actor", "a string or an array of strings");
                return None;
            }
        };
        if actors.is_empty() {
            self.error(v.span(), "`actor` must name at least one actor", None);
            return None;
        }
        Some(actors)
    }

    pub fn id(&mut self, v: &Value<'_>, what: &str) -> Option<String> {
        let id = self.string(v, what)?;
        if is_valid_id(&id) {
            return Some(id);
        }
        let help = Some(if id.chars().any(|c| c.is_ascii_alphanumeric()) {
            format!("try `{}`", super::suggest_id(&id))
        } else {
            "an id is a short ASCII name like `report-1`; text in any script belongs in `summary` or `text`".into()
        });
        self.error(
            v.span(),
            format!("`{id}` is not a valid {what}: use lowercase ASCII letters, digits and `-`"),
            help,
        );
        None
    }

    /// `adoption` names the resolution's adoption day in every deadline: an event of that
    /// id could never be referred to, so it is refused rather than silently ignored.
    fn not_builtin(&mut self, id: &str, span: &Range<usize>) -> bool {
        if id != "adoption" {
            return true;
        }
        self.error(
            span.clone(),
            "`adoption` is reserved: deadlines use it for the resolution's `adopted` day, so an event of that id is never used",
            Some("give the event another id (`adoption-session`, say) and refer to that one".into()),
        );
        false
    }

    /// A whole number from 1, or the paragraph as the document writes it (`"5 (a)"`).
    fn paragraph(&mut self, v: &Value<'_>) -> Option<Paragraph> {
        let expected = "a whole number from 1 or a string like \"5 (a)\"";
        match v.get_ref() {
            DeValue::Integer(i) => match int(i) {
                Some(n) if n >= 1 => Some(Paragraph::Number(n)),
                _ => {
                    self.error(v.span(), format!("`paragraph` must be {expected}"), None);
                    None
                }
            },
            DeValue::String(s) if s.trim().is_empty() => {
                self.error(
                    v.span(),
                    "`paragraph` must not be empty",
                    Some("write the paragraph as the document cites it, like \"5 (a)\", or leave the key out".into()),
                );
                None
            }
            DeValue::String(s) => Some(Paragraph::Text(s.to_string())),
            _ => {
                self.wrong_type(v, "paragraph", &expected.replace(" from 1", ""));
                None
            }
        }
    }

    pub(super) fn table<'v, 'i>(
        &mut self,
        v: &'v Value<'i>,
        what: &str,
    ) -> Option<&'v DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.wrong_type(v, what, "a table");
                None
            }
        }
    }

    /// The tables of an array of tables (`[[mandates]]` or an inline array of tables).
    pub(super) fn tables<'v, 'i>(
        &mut self,
        v: &'v Value<'i>,
        what: &str,
    ) -> Vec<(&'v DeTable<'i>, Range<usize>)> {
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(v, what, "an array of tables");
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| Some((self.table(item, what)?, item.span())))
            .collect()
    }

    /// A day: a bare TOML date or a `"YYYY-MM-DD"` string.
    fn day(&mut self, v: &Value<'_>, what: &str) -> Option<Date> {
        match self.fuzzy(v, what, "a day (YYYY-MM-DD)", DAY_FORMS)? {
            Fuzzy::Day(d) => Some(d),
            other => {
                self.error(
                    v.span(),
                    format!("`{what}` must be a single day (YYYY-MM-DD), not `{other}`"),
                    None,
                );
                None
            }
        }
    }

    /// A day, a month or a year: a bare TOML date or a `"YYYY-MM-DD"`, `"YYYY-MM"` or
    /// `"YYYY"` string.
    /// `forms` is what a malformed string is told to write instead.
    fn fuzzy(&mut self, v: &Value<'_>, what: &str, expected: &str, forms: &str) -> Option<Fuzzy> {
        let result = match v.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                // A valid day straight from its parts; a day the calendar lacks goes
                // through the text parser, for its message.
                (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8)
                    .map(Fuzzy::Day)
                    .or_else(|_| {
                        parse_fuzzy(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
                    }),
                (Some(d), _, _) => Err(format!(
                    "`{what}` must be {expected}, without a time of day: write {:04}-{:02}-{:02}",
                    d.year, d.month, d.day
                )),
                (None, _, _) => Err(format!("`{what}` must be {expected}, not a time of day")),
            },
            DeValue::String(s) => parse_date_forms(s, forms).map_err(|e| format!("`{what}`: {e}")),
            DeValue::Integer(_) => Err(format!(
                "`{what}` must be {expected}; a year is written as a string, like \"2023\""
            )),
            other => Err(format!(
                "`{what}` must be {expected}, not {}",
                other.type_str()
            )),
        };
        result.map_err(|msg| self.error(v.span(), msg, None)).ok()
    }

    fn state(&mut self, v: &Value<'_>) -> Option<State> {
        let s = self.string(v, "status")?;
        if let Some(state) = State::parse(&s) {
            return Some(state);
        }
        let names: Vec<&str> = State::ALL.iter().map(|s| s.as_str()).collect();
        let help = match did_you_mean(&s, names.iter().copied()) {
            Some(n) => format!("did you mean `{n}`? (one of {})", names.join(", ")),
            None => format!("use one of {}", names.join(", ")),
        };
        self.error(v.span(), format!("unknown status `{s}`"), Some(help));
        None
    }

    fn due(&mut self, v: &Value<'_>) -> Option<Due> {
        let DeValue::Table(t) = v.get_ref() else {
            return self
                .fuzzy(
                    v,
                    "due",
                    "a day, month or year, or a table like { before = \"EVENT\" }",
                    FUZZY_FORMS,
                )
                .map(Due::On);
        };
        if t.iter()
            .any(|(k, _)| RECUR_KEYS.contains(&k.get_ref().as_ref()))
        {
            return self.recur(v, t).map(Due::Every);
        }
        self.one_off_table(v, t)
    }

    /// `{ every = "N months", first = DEADLINE, until = WHEN }`.
    fn recur(&mut self, v: &Value<'_>, t: &DeTable<'_>) -> Option<Recur> {
        let (mut every, mut first, mut until) = (None, None, None);
        let mut ok = true;
        for (k, val) in t.iter() {
            let before = self.diagnostics.len();
            match k.get_ref().as_ref() {
                "every" => every = self.period(val),
                "first" => first = self.first(val),
                "until" => until = self.fuzzy(val, "until", "a day, month or year", FUZZY_FORMS),
                "at" | "before" | "days" => self.error(
                    k.span(),
                    format!("`{}` does not go with `every`", k.get_ref()),
                    Some("put the first occurrence's deadline in `first`: { every = \"1 year\", first = { at = \"EVENT\" } }".into()),
                ),
                _ => self.unknown_key(k, "a recurring `due` table", RECUR_KEYS),
            }
            ok &= self.diagnostics.len() == before;
        }
        if every.is_none() && ok {
            self.error(
                v.span(),
                "a recurring `due` table needs `every`",
                Some("for example due = { every = \"1 year\", first = \"2024-09\" }".into()),
            );
        }
        let every = every?;
        ok.then(|| Recur {
            every,
            first: first.map(Box::new),
            until,
        })
    }

    /// `every`: `"N days"`, `"N weeks"`, `"N months"` or `"N years"`.
    fn period(&mut self, v: &Value<'_>) -> Option<Period> {
        let text = self.string(v, "every")?;
        let help = "for example every = \"1 year\" or every = \"120 days\"";
        Period::parse(&text)
            .map_err(|e| self.error(v.span(), format!("`every`: {e}"), Some(help.into())))
            .ok()
    }

    /// A recurring deadline's `first`: any one-off deadline.
    fn first(&mut self, v: &Value<'_>) -> Option<Due> {
        let DeValue::Table(t) = v.get_ref() else {
            return self
                .fuzzy(
                    v,
                    "first",
                    "a day, month or year, or a table like { at = \"EVENT\" }",
                    FUZZY_FORMS,
                )
                .map(Due::On);
        };
        if t.iter()
            .any(|(k, _)| RECUR_KEYS.contains(&k.get_ref().as_ref()))
        {
            self.error(
                v.span(),
                "`first` is one deadline, not a recurring one",
                Some("write first = \"2024-09\" or first = { at = \"EVENT\" }".into()),
            );
            return None;
        }
        self.one_off_table(v, t)
    }

    /// `{ at = EVENT, days = N }` or `{ before = EVENT }`.
    fn one_off_table(&mut self, v: &Value<'_>, t: &DeTable<'_>) -> Option<Due> {
        let (mut at, mut before, mut days) = (None, None, None);
        let mut ok = true;
        for (k, val) in t.iter() {
            let read = match k.get_ref().as_ref() {
                "at" => self.id(val, "event id").map(|a| at = Some(a)),
                "before" => self.id(val, "event id").map(|b| before = Some(b)),
                "days" => self.days(val).map(|d| days = Some(d)),
                _ => {
                    self.unknown_key(k, "a `due` table", DUE_KEYS);
                    None
                }
            };
            ok &= read.is_some();
        }
        if !ok {
            return None;
        }
        self.one_off(v, at, before, days)
    }

    fn days(&mut self, val: &Value<'_>) -> Option<(i64, Range<usize>)> {
        match val.get_ref() {
            DeValue::Integer(i) => {
                let n = int(i);
                if n.is_none() {
                    self.error(val.span(), "`days` is too large", None);
                }
                n.map(|n| (n, val.span()))
            }
            _ => {
                self.wrong_type(val, "days", "a whole number of days");
                None
            }
        }
    }

    /// The due a table's keys make, or the reason they make none.
    fn one_off(
        &mut self,
        v: &Value<'_>,
        at: Option<String>,
        before: Option<String>,
        days: Option<(i64, Range<usize>)>,
    ) -> Option<Due> {
        match (at, before, days) {
            (Some(a), None, d) => Some(Due::At {
                anchor: Anchor::from_id(&a),
                days: d.map_or(0, |d| d.0),
            }),
            (None, Some(b), None) => Some(Due::Before(Anchor::from_id(&b))),
            (None, Some(_), Some((_, span))) => {
                self.error(
                    span,
                    "`days` goes with `at`, not `before`",
                    Some("write { at = \"EVENT\", days = -N } for N days before an event".into()),
                );
                None
            }
            (Some(_), Some(_), _) => {
                self.error(
                    v.span(),
                    "a `due` table takes `at` or `before`, not both",
                    None,
                );
                None
            }
            (None, None, _) => {
                self.error(
                    v.span(),
                    "a `due` table needs `at = \"EVENT\"` or `before = \"EVENT\"`",
                    None,
                );
                None
            }
        }
    }

    fn note(&mut self, t: &DeTable<'_>, span: Range<usize>) -> Option<Note> {
        let (mut date, mut text) = (None, None);
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "date" => date = self.day(v, "date"),
                "text" => text = self.text_value(v, "text"),
                _ => self.unknown_key(k, "a note", NOTE_KEYS),
            }
        }
        let date = date.or_else(|| required(self, t, "date", &span, "a note"))?;
        let text = text.or_else(|| required(self, t, "text", &span, "a note"))?;
        Some(Note { date, text })
    }

    fn notes(&mut self, v: &Value<'_>) -> Vec<Note> {
        self.tables(v, "notes")
            .into_iter()
            .filter_map(|(t, span)| self.note(t, span))
            .collect()
    }

    fn history(&mut self, v: &Value<'_>) -> Vec<Move> {
        let mut out = Vec::new();
        for (t, span) in self.tables(v, "history") {
            let (mut from, mut to, mut on) = (None, None, None);
            for (k, v) in t.iter() {
                match k.get_ref().as_ref() {
                    "from" => from = self.fuzzy(v, "from", "a day, month or year", FUZZY_FORMS),
                    "to" => to = self.fuzzy(v, "to", "a day, month or year", FUZZY_FORMS),
                    "on" => on = self.day(v, "on"),
                    _ => self.unknown_key(k, "an event's history", MOVE_KEYS),
                }
            }
            let from = from.or_else(|| required(self, t, "from", &span, "a history entry"));
            let to = to.or_else(|| required(self, t, "to", &span, "a history entry"));
            let on = on.or_else(|| required(self, t, "on", &span, "a history entry"));
            if let (Some(from), Some(to), Some(on)) = (from, to, on) {
                out.push(Move { from, to, on });
            }
        }
        out
    }

    /// The events of an `events` array, each with the span of its id; duplicates are errors.
    pub fn events(&mut self, v: &Value<'_>) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        let mut ids = HashSet::new();
        for (t, span) in self.tables(v, "events") {
            let (mut id, mut name, mut date, mut place, mut history) =
                (None, None, None, None, Vec::new());
            let mut id_span = span.clone();
            for (k, v) in t.iter() {
                match k.get_ref().as_ref() {
                    "id" => {
                        id_span = v.span();
                        id = self
                            .id(v, "event id")
                            .filter(|id| self.not_builtin(id, &v.span()));
                    }
                    "name" => name = self.text_value(v, "name"),
                    "date" => date = self.fuzzy(v, "date", "a day, month or year", FUZZY_FORMS),
                    "place" => place = self.string(v, "place"),
                    "history" => history = self.history(v),
                    _ => self.unknown_key(k, "an event", EVENT_KEYS),
                }
            }
            let id = id.or_else(|| required(self, t, "id", &span, "an event"));
            let name = name.or_else(|| required(self, t, "name", &span, "an event"));
            let date = date.or_else(|| required(self, t, "date", &span, "an event"));
            // A duplicate id is reported even when the event has other problems too.
            if let Some(id) = &id
                && !ids.insert(id.clone())
            {
                self.error(
                    id_span,
                    format!("duplicate event id `{id}`"),
                    Some("every event needs its own id".into()),
                );
                continue;
            }
            let (Some(id), Some(name), Some(date)) = (id, name, date) else {
                continue;
            };
            out.push(Event {
                id,
                name,
                date,
                place,
                history,
            });
        }
        out
    }

    /// A mandate (None if anything in it is wrong), the span of its id, and its deadline
    /// with the span of that, which is checked against the events even when the rest is not.
    fn mandate(&mut self, t: &DeTable<'_>, span: Range<usize>) -> ParsedMandate {
        let keys = self.mandate_keys(t, &span);
        let MandateKeys {
            mut m,
            id,
            actor,
            summary,
            done,
            id_span,
            due_span,
            mut ok,
        } = keys;
        let id = id.or_else(|| required(self, t, "id", &span, "a mandate"));
        let written_id = id.clone();
        let actor = actor.or_else(|| required(self, t, "actor", &span, "a mandate"));
        let summary = summary.or_else(|| required(self, t, "summary", &span, "a mandate"));
        if let Some(done) = done {
            ok &= self.set_done(t, &mut m, done);
        }
        let due = m.due.clone().map(|d| (d, due_span));
        let mandate = match (id, actor, summary) {
            (Some(id), Some(actor), Some(summary)) if ok => Some(Mandate {
                id,
                actor,
                summary,
                ..m
            }),
            _ => None,
        };
        ParsedMandate {
            mandate,
            id: written_id,
            id_span,
            due,
        }
    }

    /// Reads each key of a mandate's table; `ok` is false when any of them was wrong.
    fn mandate_keys(&mut self, t: &DeTable<'_>, span: &Range<usize>) -> MandateKeys {
        let mut keys = MandateKeys::new(span);
        let m = &mut keys.m;
        for (k, v) in t.iter() {
            let before = self.diagnostics.len();
            match k.get_ref().as_ref() {
                "id" => {
                    keys.id_span = v.span();
                    keys.id = self.id(v, "mandate id");
                }
                "paragraph" => m.paragraph = self.paragraph(v),
                "actor" => keys.actor = self.actor(v),
                "summary" => keys.summary = self.text_value(v, "summary"),
                "text" => m.text = self.string(v, "text"),
                "due" => {
                    keys.due_span = v.span();
                    m.due = self.due(v);
                }
                "status" => m.state = self.state(v).unwrap_or_default(),
                "done" => keys.done = self.done(v),
                "tags" => m.tags = self.strings(v, "tags").unwrap_or_default(),
                "notes" => m.notes = self.notes(v),
                _ => self.unknown_key(k, "a mandate", MANDATE_KEYS),
            }
            keys.ok &= self.diagnostics.len() == before;
        }
        keys
    }

    /// `done` as written, with its span: one day, or a list of days.
    fn done(&mut self, v: &Value<'_>) -> Option<(Done, Range<usize>)> {
        match v.get_ref() {
            DeValue::Array(items) => {
                let days: Option<Vec<Date>> = items.iter().map(|d| self.day(d, "done")).collect();
                days.map(|d| (Done::List(d), v.span()))
            }
            _ => self.day(v, "done").map(|d| (Done::Day(d), v.span())),
        }
    }

    /// Sets the mandate's done day or days when `done` agrees with its deadline and
    /// status; false, with the problem reported, when it does not.
    fn set_done(&mut self, t: &DeTable<'_>, m: &mut Mandate, done: (Done, Range<usize>)) -> bool {
        let recurring = matches!(m.due, Some(Due::Every(_)));
        match done {
            (Done::List(mut days), _) if recurring => {
                days.sort();
                m.done_days = days;
                true
            }
            (Done::List(_), at) => {
                let help = if t.iter().any(|(k, _)| k.get_ref() == "due") {
                    "a list of days goes with a recurring deadline, due = { every = \"1 year\" }; a one-off mandate is done on one day: done = 2024-01-15"
                } else {
                    "a mandate is done on one day: done = 2024-01-15"
                };
                self.error(
                    at,
                    "`done` is a list but the deadline does not recur",
                    Some(help.into()),
                );
                false
            }
            (Done::Day(day), at) if recurring => {
                self.error(
                    at,
                    "on a recurring mandate `done` is a list of days, one for each occurrence completed",
                    Some(format!("write done = [{day}]")),
                );
                false
            }
            (Done::Day(day), _) if m.state == State::Done => {
                m.done = Some(day);
                true
            }
            (Done::Day(_), at) => {
                self.error(
                    at,
                    format!("`done` is set but the status is `{}`", m.state),
                    Some("set status = \"done\", or remove the `done` line".into()),
                );
                false
            }
        }
    }

    /// A whole resolution file. `shared` are the events from `events.toml`.
    pub fn resolution(
        &mut self,
        id: String,
        root: &Spanned<DeTable<'_>>,
        shared: &[Event],
    ) -> Option<Resolution> {
        let t = root.get_ref();
        if t.is_empty() {
            self.no_resolution();
            return None;
        }
        let (mut title, mut body, mut adopted) = (None, None, None);
        let mut res = Resolution {
            id,
            path: self.path.to_path_buf(),
            title: String::new(),
            body: String::new(),
            session: None,
            adopted: Date::default(),
            symbol: None,
            source: None,
            tags: Vec::new(),
            events: Vec::new(),
            mandates: Vec::new(),
        };
        let mut dues = Vec::new();
        let mut ids = HashSet::new();
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "title" => title = self.text_value(v, "title"),
                "body" => body = self.text_value(v, "body"),
                "session" => res.session = self.string(v, "session"),
                "adopted" => adopted = self.day(v, "adopted"),
                "symbol" => res.symbol = self.string(v, "symbol"),
                "source" => res.source = self.string(v, "source"),
                "tags" => res.tags = self.strings(v, "tags").unwrap_or_default(),
                "events" => res.events = self.events(v),
                "mandates" => self.mandates(v, &mut ids, &mut res.mandates, &mut dues),
                _ => self.unknown_key(k, "a resolution", RESOLUTION_KEYS),
            }
        }
        let whole = 0..0;
        let title = title.or_else(|| required(self, t, "title", &whole, "the resolution"));
        let body = body.or_else(|| required(self, t, "body", &whole, "the resolution"));
        let adopted = adopted.or_else(|| required(self, t, "adopted", &whole, "the resolution"));
        self.check_deadlines(&res.events, shared, adopted, &dues);
        (res.title, res.body, res.adopted) = (title?, body?, adopted?);
        Some(res)
    }

    fn no_resolution(&mut self) {
        self.error(
            0..0,
            "the file holds no resolution",
            Some("a resolution needs at least: title = \"...\", body = \"...\", adopted = YYYY-MM-DD".into()),
        );
    }

    /// The file's `[[mandates]]`, each id once: `ids` is a set, not a scan of the mandates
    /// so far, so that a file of 50,000 mandates stays linear.
    fn mandates(
        &mut self,
        v: &Value<'_>,
        ids: &mut HashSet<String>,
        out: &mut Vec<Mandate>,
        dues: &mut Vec<(Due, Range<usize>)>,
    ) {
        for (mt, span) in self.tables(v, "mandates") {
            let parsed = self.mandate(mt, span);
            dues.extend(parsed.due);
            if let Some(id) = parsed.id
                && !ids.insert(id.clone())
            {
                self.error(
                    parsed.id_span,
                    format!("duplicate mandate id `{id}`"),
                    Some("every mandate in a file needs its own id".into()),
                );
                continue;
            }
            if let Some(m) = parsed.mandate {
                out.push(m);
            }
        }
    }
}

/// A mandate's `done` as written: one day, or a recurring mandate's list.
enum Done {
    Day(Date),
    List(Vec<Date>),
}

/// A mandate's keys as read: the optional ones already in `m`, the required ones still
/// to be checked, and whether every key read was right.
struct MandateKeys {
    m: Mandate,
    id: Option<String>,
    actor: Option<Vec<String>>,
    summary: Option<String>,
    done: Option<(Done, Range<usize>)>,
    id_span: Range<usize>,
    due_span: Range<usize>,
    ok: bool,
}

impl MandateKeys {
    /// Nothing read yet of the table at `span`.
    fn new(span: &Range<usize>) -> Self {
        let m = Mandate {
            id: String::new(),
            paragraph: None,
            actor: Vec::new(),
            summary: String::new(),
            text: None,
            due: None,
            state: State::Pending,
            done: None,
            done_days: Vec::new(),
            tags: Vec::new(),
            notes: Vec::new(),
        };
        MandateKeys {
            m,
            id: None,
            actor: None,
            summary: None,
            done: None,
            id_span: span.clone(),
            due_span: span.clone(),
            ok: true,
        }
    }
}

/// Reports a missing key unless the key is present (and so already reported as bad).
pub(super) fn required<T>(
    src: &mut Src<'_>,
    t: &DeTable<'_>,
    key: &str,
    span: &Range<usize>,
    within: &str,
) -> Option<T> {
    // A key that is there but bad was reported already; a near miss (`sumary`) was reported
    // as unknown with a suggestion, which says all there is to say.
    let near = |k: &str| k == key || did_you_mean(k, [key]).is_some();
    if !t.iter().any(|(k, _)| near(k.get_ref())) {
        src.missing(span.clone(), key, within);
    }
    None
}

/// A TOML integer as `i64`: the decoder has already dropped `_` and kept the radix, so the
/// text is `from_str_radix`'s (as `toml` itself reads it); `None` when it does not fit.
fn int(i: &DeInteger<'_>) -> Option<i64> {
    i64::from_str_radix(i.as_str(), i.radix()).ok()
}
