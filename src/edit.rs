//! The one place that writes files: a locked, in-place, atomic edit of one resolution file
//! that keeps every byte outside the changed keys (comments, order, spacing, quoting,
//! line endings, a byte-order mark).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use jiff::civil::Date;
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::model::{Due, Fuzzy};

mod endings;
mod write;

pub use write::{Raced, create, create_folder, replace_whole, write_export};

/// An open, locked resolution file and its parsed document.
pub struct Edit {
    /// The path as the user reaches it (for messages).
    pub path: PathBuf,
    /// The file itself, held locked until the edit is written or dropped.
    file: write::Locked,
    pub original: String,
    pub doc: DocumentMut,
    /// How many byte-order marks the file starts with: kept as they were (docs/decisions.md).
    boms: usize,
}

impl Edit {
    /// Opens `path` for editing: refuses a read-only file, takes its lock (saying on stderr
    /// when it has to wait), then reads and parses it.
    pub fn open(path: &Path) -> Result<Edit> {
        let mut file = write::Locked::open(path)?;
        let mut original = String::new();
        file.file()
            .read_to_string(&mut original)
            .with_context(|| format!("cannot read `{}`", path.display()))?;
        let body = original.trim_start_matches('\u{feff}');
        let boms = (original.len() - body.len()) / '\u{feff}'.len_utf8();
        let doc: DocumentMut = body.parse().with_context(|| {
            format!(
                "`{}` is not valid TOML; run `oic-track check`",
                path.display()
            )
        })?;
        Ok(Edit {
            path: path.to_path_buf(),
            file,
            boms,
            original,
            doc,
        })
    }

    /// The text the edit would write: every untouched line keeps its own line ending, and a
    /// new line takes its neighbour's.
    pub fn rendered(&self) -> String {
        let body = self.original.trim_start_matches('\u{feff}');
        let mut text = "\u{feff}".repeat(self.boms);
        text += &endings::keep(body, &self.doc.to_string());
        text
    }

    /// Checks the new text with `validate`, then replaces the file atomically (see
    /// [`write::Locked::replace`]): only if the path still names the file that was read, as
    /// it was read; else [`Raced`], and nothing is written. With `dry_run` it writes nothing
    /// and prints the unified diff it would write to `out`.
    pub fn finish(
        self,
        validate: impl FnOnce(&str) -> Result<()>,
        dry_run: bool,
        out: &mut dyn Write,
    ) -> Result<()> {
        let text = self.rendered();
        validate(&text).context("the edit would make the file invalid; nothing was written")?;
        if dry_run {
            let path = self.path.display().to_string();
            out.write_all(unified_diff(&path, Some(&self.original), &text).as_bytes())?;
            return Ok(());
        }
        self.file.replace(&self.original, text.as_bytes())
    }
}

/// The file itself removed, under its lock: refused when it no longer holds what was read
/// (see [`Raced`]). With `dry_run`, prints the diff that removes it instead.
pub fn remove_file(edit: Edit, dry_run: bool, out: &mut dyn Write) -> Result<()> {
    if dry_run {
        let path = edit.path.display().to_string();
        out.write_all(removal_diff(&path, &edit.original).as_bytes())?;
        return Ok(());
    }
    edit.file.remove(&edit.original)
}

/// `new`, a rewrite of `old` by `toml_edit` (which writes `\n` only), with `old`'s line
/// endings, line by line (the merge driver keeps OURS' endings so).
pub fn keep_line_endings(old: &str, new: &str) -> String {
    endings::keep(old, new)
}

/// The unified diff (3 lines of context, `a/` and `b/` headers, `/dev/null` for a new file)
/// from `old` to `new`. Each line is escaped for the terminal except its line ending: a
/// CRLF line keeps its `\r`, so a changed line ending shows as a changed line, and
/// `git apply` finds the lines of a CRLF file.
pub fn unified_diff(path: &str, old: Option<&str>, new: &str) -> String {
    let before = old.unwrap_or("");
    if before == new {
        return String::new();
    }
    // A patch names paths with `/` on every system, as git writes and reads them; a
    // Windows path's `\` would otherwise be quoted as a character of the name.
    let path = if cfg!(windows) {
        path.replace('\\', "/")
    } else {
        path.to_string()
    };
    let from = match old {
        Some(_) => crate::text::diff_path(&format!("a/{path}")).into_owned(),
        None => "/dev/null".to_string(),
    };
    let to = crate::text::diff_path(&format!("b/{path}")).into_owned();
    let diff = similar::TextDiff::from_lines(before, new);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&from, &to)
        .to_string();
    text.split_inclusive('\n')
        .map(|line| {
            let (body, ending) = endings::split(line);
            let ending = if ending.is_empty() { "\n" } else { ending };
            format!("{}{ending}", crate::text::escape(body))
        })
        .collect()
}

/// One entry of an array of tables in the document (a mandate, or an event), whichever
/// way the file writes it.
pub enum EntryMut<'a> {
    /// `[[mandates]]` or `[[events]]`
    Table(&'a mut Table),
    /// `mandates = [{ ... }]` or `events = [{ ... }]`
    Inline(&'a mut InlineTable),
}

impl EntryMut<'_> {
    pub fn table(&mut self) -> &mut dyn TableLike {
        match self {
            EntryMut::Table(t) => *t,
            EntryMut::Inline(t) => *t,
        }
    }

    /// The string value of `key`, if it is one.
    pub fn get_str(&mut self, key: &str) -> Option<String> {
        self.table().get(key)?.as_str().map(str::to_string)
    }

    /// Sets `key` to `value`. A value already there keeps its decor (spacing and a trailing
    /// comment); a new key goes right after `after` when that key exists, else at the end.
    pub fn set(&mut self, key: &str, mut value: Value, after: Option<&str>) {
        if let Some(old) = self.table().get_mut(key) {
            if let Some(old_value) = old.as_value() {
                value = same_quotes(old_value, value);
                *value.decor_mut() = old_value.decor().clone();
            }
            *old = Item::Value(value);
            return;
        }
        self.insert_new(key, value);
        // One-line inline tables just grow at the end; `[[mandates]]` keeps related keys
        // together and lines its `=` up with its neighbours'.
        if let EntryMut::Table(t) = self {
            if let Some(after) = after {
                move_after(t, key, after);
            }
            align_key(t, key);
        }
    }

    /// Adds a key that is not there yet, at the end. In an inline table the space before `}`
    /// is the last value's suffix, so it is handed on to the new last value.
    fn insert_new(&mut self, key: &str, mut value: Value) {
        if let EntryMut::Inline(t) = self
            && let Some((_, last)) = t.iter_mut().last()
        {
            let suffix = last.decor().suffix().cloned();
            last.decor_mut().set_suffix("");
            if let Some(suffix) = suffix {
                value.decor_mut().set_suffix(suffix);
            }
        }
        self.table().insert(key, Item::Value(value));
    }

    /// Removes `key`, if present. The whole-line comments written above it are not its to
    /// take: they go to the key after it (else the one before it).
    pub fn remove(&mut self, key: &str) {
        if let EntryMut::Table(t) = self {
            hand_on_comments(t, key);
        }
        self.table().remove(key);
    }
}

/// Moves the comment lines above `key` (its prefix) to the next `key = value` line, or,
/// when `key` is the last, to the top of the one before it.
fn hand_on_comments(t: &mut Table, key: &str) {
    let prefix = t
        .key(key)
        .and_then(|k| k.leaf_decor().prefix())
        .and_then(|p| p.as_str())
        .filter(|p| p.contains('#'))
        .map(str::to_string);
    let Some(prefix) = prefix else { return };
    let keys: Vec<String> = t
        .iter()
        .filter(|(_, item)| item.is_value())
        .map(|(k, _)| k.to_string())
        .collect();
    let Some(pos) = keys.iter().position(|k| k == key) else {
        return;
    };
    let heir = keys
        .get(pos + 1)
        .or_else(|| pos.checked_sub(1).map(|p| &keys[p]));
    let Some(mut heir) = heir.and_then(|h| t.key_mut(h)) else {
        return;
    };
    let own = heir
        .leaf_decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or_default()
        .to_string();
    heir.leaf_decor_mut().set_prefix(format!("{prefix}{own}"));
}

/// `value`, written with single quotes when `old` was (`'in-progress'` → `'done'`).
fn same_quotes(old: &Value, value: Value) -> Value {
    let literal = match old {
        Value::String(f) => f.display_repr().starts_with('\''),
        _ => false,
    };
    match value.as_str() {
        Some(s) if literal && !s.contains('\'') && !s.contains('\n') => {
            format!("'{s}'").parse().unwrap_or(value)
        }
        _ => value,
    }
}

/// Pads a new key so its `=` sits where the key before it has its own (`status    = ...`),
/// and gives its value the same spacing after `=`.
fn align_key(t: &mut Table, key: &str) {
    // Only `key = value` lines are neighbours: a sub-table (`[[mandates.notes]]`) is written
    // under its own header, after the values, whatever its place in the table.
    let keys: Vec<String> = t
        .iter()
        .filter(|(_, item)| item.is_value())
        .map(|(k, _)| k.to_string())
        .collect();
    let Some(pos) = keys.iter().position(|k| k == key) else {
        return;
    };
    let Some(neighbour) = keys[..pos].last().or_else(|| keys.get(pos + 1)) else {
        return;
    };
    let Some(like) = t.key(neighbour) else { return };
    let gap_of = |k: &toml_edit::Key| raw(k.leaf_decor().suffix()).map_or(1, |s| s.chars().count());
    let gap = gap_of(like);
    // The neighbour may be the longest key, one space before its `=`, while the others are
    // padded to it: the table lines its keys up when any of them is padded.
    let aligned = keys
        .iter()
        .filter(|k| k.as_str() != key)
        .filter_map(|k| t.key(k))
        .any(|k| gap_of(k) > 1);
    if !aligned {
        // The file does not line its keys up: neither do we.
        return;
    }
    let width = like.display_repr().chars().count() + gap;
    let value_prefix = t
        .get(neighbour)
        .and_then(Item::as_value)
        .and_then(|v| raw(v.decor().prefix()))
        .map(str::to_string);
    let Some(mut k) = t.key_mut(key) else { return };
    let pad = width
        .saturating_sub(k.display_repr().chars().count())
        .max(1);
    k.leaf_decor_mut().set_suffix(" ".repeat(pad));
    if let (Some(prefix), Some(v)) = (value_prefix, t.get_mut(key).and_then(Item::as_value_mut)) {
        v.decor_mut().set_prefix(prefix);
    }
}

/// The text of a piece of decor, when it is plain whitespace (not a comment).
fn raw(s: Option<&toml_edit::RawString>) -> Option<&str> {
    s.and_then(|r| r.as_str())
        .filter(|s| s.chars().all(|c| c == ' ' || c == '\t'))
}

/// Moves `key` to just after `after`, keeping every other key in its place.
fn move_after(t: &mut Table, key: &str, after: &str) {
    let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
    let Some(anchor) = keys.iter().position(|k| k == after) else {
        return;
    };
    let rank = |k: &str| -> (usize, u8) {
        match keys.iter().position(|x| x == k) {
            _ if k == key => (anchor, 1),
            Some(i) => (i, 0),
            None => (usize::MAX, 0),
        }
    };
    t.sort_values_by(|k1, _, k2, _| rank(k1.get()).cmp(&rank(k2.get())));
}

/// The table of mandate `id`.
pub fn mandate_mut<'a>(doc: &'a mut DocumentMut, id: &str) -> Option<EntryMut<'a>> {
    entry_mut(doc, "mandates", id)
}

/// The table of event `id`, in an events file or in a resolution's own `[[events]]`.
pub fn event_mut<'a>(doc: &'a mut DocumentMut, id: &str) -> Option<EntryMut<'a>> {
    entry_mut(doc, "events", id)
}

/// The entry of array `key` whose `id` is `id`.
fn entry_mut<'a>(doc: &'a mut DocumentMut, key: &str, id: &str) -> Option<EntryMut<'a>> {
    let has_id = |t: &dyn TableLike| t.get("id").and_then(Item::as_str) == Some(id);
    match doc.get_mut(key)? {
        Item::ArrayOfTables(tables) => tables.iter_mut().find(|t| has_id(*t)).map(EntryMut::Table),
        Item::Value(Value::Array(items)) => items
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .find(|t| has_id(*t))
            .map(EntryMut::Inline),
        _ => None,
    }
}

/// A bare TOML date.
pub fn date_value(d: Date) -> Value {
    let date = toml_edit::Date {
        year: d.year() as u16,
        month: d.month() as u8,
        day: d.day() as u8,
    };
    Value::from(toml_edit::Datetime {
        date: Some(date),
        time: None,
        offset: None,
    })
}

/// A day, month or year as an event's `date` writes it: a day as a bare TOML date, a month
/// or a year as a string (TOML has no month type).
pub fn fuzzy_value(f: Fuzzy) -> Value {
    match f {
        Fuzzy::Day(d) => date_value(d),
        other => Value::from(other.to_string()),
    }
}

/// A paragraph as the file writes it: a number bare, a citation (`"5 (a)"`) as a string.
pub fn paragraph_value(p: &crate::model::Paragraph) -> Value {
    match p {
        crate::model::Paragraph::Number(n) => Value::from(*n),
        crate::model::Paragraph::Text(t) => Value::from(t.as_str()),
    }
}

/// A deadline as the file writes it: `2023-12-15`, `"2023-12"`, `{ before = "EVENT" }`,
/// `{ at = "EVENT", days = N }` (`days` left out when 0). `add` and `draft` both write a
/// `due` through this.
pub fn due_value(due: &Due) -> Value {
    let mut t = InlineTable::new();
    match due {
        Due::On(when) => return fuzzy_value(*when),
        Due::Every(r) => {
            t.insert("every", Value::from(r.every.to_string()));
            if let Some(first) = &r.first {
                t.insert("first", due_value(first));
            }
            if let Some(until) = r.until {
                t.insert("until", fuzzy_value(until));
            }
        }
        Due::Before(anchor) => {
            t.insert("before", Value::from(anchor.to_string()));
        }
        Due::At { anchor, days } => {
            t.insert("at", Value::from(anchor.to_string()));
            if *days != 0 {
                t.insert("days", Value::from(*days));
            }
        }
    }
    Value::InlineTable(t)
}

/// Appends `{ date = DATE, text = "TEXT" }` to the mandate's notes, in the style the notes
/// already have (an inline array, one note a line or all on one, or `[[mandates.notes]]`).
pub fn push_note(m: &mut EntryMut<'_>, date: Date, text: &str) -> Result<()> {
    let mut note = InlineTable::new();
    note.insert("date", date_value(date));
    note.insert("text", Value::from(text));
    push_entry(m, "notes", note)
}

/// Appends `day` to a recurring mandate's `done` list, in the layout the list already has;
/// a new list goes after the first of `after` the mandate has.
pub fn push_done_day(m: &mut EntryMut<'_>, day: Date, after: &[&str]) -> Result<()> {
    match m.table().get_mut("done") {
        None => {
            let mut list = Array::new();
            list.push(date_value(day));
            let anchor = after.iter().copied().find(|k| m.table().contains_key(k));
            m.set("done", Value::Array(list), anchor);
        }
        Some(Item::Value(Value::Array(list))) => push_like_last(list, date_value(day)),
        Some(_) => bail!("`done` is not a list of days; run `oic-track check`"),
    }
    Ok(())
}

/// Removes the latest day from a recurring mandate's `done` list (the key itself when it
/// was the only one); the day removed.
pub fn pop_done_day(m: &mut EntryMut<'_>) -> Option<Date> {
    let Some(Item::Value(Value::Array(list))) = m.table().get_mut("done") else {
        return None;
    };
    let day_of = |v: &Value| {
        let d = v.as_datetime()?.date?;
        Date::new(d.year as i16, d.month as i8, d.day as i8).ok()
    };
    let (i, day) = list
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((i, day_of(v)?)))
        .max_by_key(|&(i, d)| (d, i))?;
    if list.len() == 1 {
        m.remove("done");
        return Some(day);
    }
    let last = i + 1 == list.len();
    let removed = list.remove(i);
    let raw = |r: Option<&toml_edit::RawString>| {
        r.and_then(|r| r.as_str()).unwrap_or_default().to_string()
    };
    let prefix = raw(removed.decor().prefix());
    match prefix.rfind('\n') {
        // One a line: the removed day's prefix starts with the end of the line before it (a
        // comment there is that line's), and what follows it, up to its line break, is the
        // removed day's own: the line before keeps its end, the removed line goes.
        Some(newline) => {
            let kept = &prefix[..newline];
            let rest = |after: &str| match after.find('\n') {
                Some(j) => format!("{kept}{}", &after[j..]),
                None => format!("{kept}{after}"),
            };
            if last {
                let trailing = rest(&raw(list.trailing().into()));
                list.set_trailing(trailing);
            } else if let Some(next) = list.get_mut(i) {
                let after = rest(&raw(next.decor().prefix()));
                next.decor_mut().set_prefix(after);
            }
        }
        // All on one line: the space before `]` stays before `]`.
        None if last => {
            if let (Some(prev), Some(suffix)) =
                (list.iter_mut().last(), removed.decor().suffix().cloned())
            {
                prev.decor_mut().set_suffix(suffix);
            }
        }
        None => {
            if let Some(next) = list.get_mut(i) {
                next.decor_mut().set_prefix(prefix);
            }
        }
    }
    Some(day)
}

/// Appends `{ from = OLD, to = NEW, on = DAY }` to an event's `history`, in the style the
/// history already has.
pub fn push_history(e: &mut EntryMut<'_>, from: Value, to: Fuzzy, on: Date) -> Result<()> {
    let mut entry = InlineTable::new();
    let mut from = from;
    from.decor_mut().clear();
    entry.insert("from", from);
    entry.insert("to", fuzzy_value(to));
    entry.insert("on", date_value(on));
    push_entry(e, "history", entry)
}

/// Appends `entry` to the array `key` of a table, creating the array when it is absent.
fn push_entry(m: &mut EntryMut<'_>, key: &str, entry: InlineTable) -> Result<()> {
    match m.table().get_mut(key) {
        None => {
            let mut list = Array::new();
            list.push(entry);
            m.set(key, Value::Array(list), None);
        }
        Some(Item::Value(Value::Array(list))) => push_like_last(list, Value::InlineTable(entry)),
        Some(Item::ArrayOfTables(list)) => {
            list.push(entry.into_table());
        }
        Some(_) => bail!("`{key}` is not an array; run `oic-track check`"),
    }
    Ok(())
}

/// Appends `value` to an array laid out the way its entries already are: one a line (with
/// the same indent) or all on one line. A comment after the last entry's comma stays on that
/// entry's line, and the space before `]` stays before `]`.
pub fn push_like_last(list: &mut Array, mut value: Value) {
    let raw = |r: Option<&toml_edit::RawString>| {
        r.and_then(|r| r.as_str()).unwrap_or_default().to_string()
    };
    let Some(last) = list.iter_mut().last() else {
        list.push_formatted(value);
        return;
    };
    let prefix = raw(last.decor().prefix());
    if let Some(newline) = prefix.rfind('\n') {
        // Only the line break and indent before the last entry: the comments in its prefix
        // (on the line before it, or after the previous entry's comma) are not the new
        // entry's, and copying them would duplicate them.
        let start = if prefix[..newline].ends_with('\r') {
            newline - 1
        } else {
            newline
        };
        let prefix = &prefix[start..];
        let trailing = raw(list.trailing().into());
        // `{ ... },  # comment\n]`: the comment belongs to the line it is on.
        let (same_line, rest) = match trailing.find('\n') {
            Some(i) if list.trailing_comma() => trailing.split_at(i),
            _ => ("", trailing.as_str()),
        };
        value.decor_mut().set_prefix(format!("{same_line}{prefix}"));
        list.set_trailing(rest.to_string());
    } else {
        let suffix = raw(last.decor().suffix());
        last.decor_mut().set_suffix("");
        value.decor_mut().set_prefix(" ");
        value.decor_mut().set_suffix(suffix);
    }
    list.push_formatted(value);
}

/// Appends a mandate with `fields` (in that order) to the document: a new `[[mandates]]`
/// table after a blank line, its keys aligned the way the previous mandate aligns its own
/// (`id        = ...`; aligned when it is the first), or an entry of an inline
/// `mandates = [...]` array.
pub fn push_mandate(doc: &mut DocumentMut, fields: &[(&str, Value)]) -> Result<()> {
    push_table(doc, "mandates", fields)
}

/// Appends an entry with `fields` to the array of tables `key` (`mandates`, `events`,
/// `actors`), laid out as [`push_mandate`] lays a mandate out.
pub fn push_table(doc: &mut DocumentMut, key: &str, fields: &[(&str, Value)]) -> Result<()> {
    match doc.get_mut(key) {
        None => {
            // Comments at the end of the file (all a fresh `init` file holds) are the
            // document's trailing text, written after every table: they stay above the new one.
            let trailing = doc.trailing().as_str().unwrap_or_default().to_string();
            doc.set_trailing("");
            doc.insert(key, Item::ArrayOfTables(ArrayOfTables::new()));
            push_table(doc, key, fields)?;
            if let (false, Some(Item::ArrayOfTables(tables))) =
                (trailing.is_empty(), doc.get_mut(key))
                && let Some(first) = tables.get_mut(0)
            {
                let gap = if trailing.ends_with('\n') {
                    "\n"
                } else {
                    "\n\n"
                };
                first.decor_mut().set_prefix(format!("{trailing}{gap}"));
            }
            Ok(())
        }
        Some(Item::ArrayOfTables(tables)) => {
            // The first mandate of a file lines its keys up, as `new` and the bundled files do;
            // after an aligned mandate the column moves right if a new key is longer
            // (`paragraph` after a mandate lined up on `summary`), so every `=` still lines up.
            let longest = fields.iter().map(|(k, _)| k.len() + 1).max().unwrap_or(0);
            let width = match tables.iter().last().map(key_column) {
                None => longest,
                Some(0) => 0,
                Some(column) => column.max(longest),
            };
            let mut table = Table::new();
            for (key, value) in fields {
                table.insert(key, Item::Value(value.clone()));
                if let Some(mut k) = table.key_mut(key) {
                    let pad = width.saturating_sub(key.len()).max(1);
                    k.leaf_decor_mut().set_suffix(" ".repeat(pad));
                }
            }
            table.decor_mut().set_prefix("\n");
            tables.push(table);
            Ok(())
        }
        Some(Item::Value(Value::Array(list))) => {
            let mut entry = InlineTable::new();
            for (key, value) in fields {
                entry.insert(*key, value.clone());
            }
            push_like_last(list, Value::InlineTable(entry));
            Ok(())
        }
        Some(_) => bail!("`{key}` is not an array of tables; run `oic-track check`"),
    }
}

/// Removes mandate `id` from the document: its `[[mandates]]` table with the comment lines
/// written above its header, or its entry of an inline `mandates = [...]`. False when no
/// mandate has that id.
pub fn remove_mandate(doc: &mut DocumentMut, id: &str) -> bool {
    let has_id = |t: &dyn TableLike| t.get("id").and_then(Item::as_str) == Some(id);
    match doc.get_mut("mandates") {
        Some(Item::ArrayOfTables(tables)) => {
            let Some(i) = tables.iter().position(|t| has_id(t)) else {
                return false;
            };
            tables.remove(i);
            true
        }
        Some(Item::Value(Value::Array(items))) => {
            let found = items
                .iter()
                .position(|v| v.as_inline_table().is_some_and(|t| has_id(t)));
            let Some(i) = found else { return false };
            // The line break and indent before the first entry stay where they were.
            let first_prefix = (i == 0)
                .then(|| items.get(0).and_then(|v| v.decor().prefix().cloned()))
                .flatten();
            items.remove(i);
            if let (Some(prefix), Some(next)) = (first_prefix, items.get_mut(0)) {
                next.decor_mut().set_prefix(prefix);
            }
            true
        }
        _ => false,
    }
}

/// The unified diff that removes the whole of `old`, as git writes a deleted file.
pub fn removal_diff(path: &str, old: &str) -> String {
    let diff = unified_diff(path, Some(old), "");
    // The second header line names the file after the change: there is none.
    match diff.split_once('\n') {
        Some((from, rest)) => match rest.split_once('\n') {
            Some((_, body)) => format!("{from}\n+++ /dev/null\n{body}"),
            None => diff,
        },
        None => diff,
    }
}

/// The column the `=` of a table's `id` key stands in, counted from the key's start, when
/// its keys are padded to line up (`id        = `); 0 otherwise.
fn key_column(t: &Table) -> usize {
    let Some(key) = t.key("id") else { return 0 };
    let suffix = key
        .leaf_decor()
        .suffix()
        .and_then(|s| s.as_str())
        .unwrap_or(" ");
    if suffix.len() > 1 && suffix.bytes().all(|b| b == b' ') {
        "id".len() + suffix.len()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> DocumentMut {
        s.parse().unwrap()
    }

    #[test]
    fn replacing_a_value_keeps_its_comment() {
        let mut d =
            doc("[[mandates]]\nid = \"a\"\nstatus = \"pending\"   # waiting\nsummary = \"s\"\n");
        let mut t = mandate_mut(&mut d, "a").unwrap();
        t.set("status", Value::from("done"), None);
        assert_eq!(
            d.to_string(),
            "[[mandates]]\nid = \"a\"\nstatus = \"done\"   # waiting\nsummary = \"s\"\n"
        );
    }

    #[test]
    fn a_new_key_goes_after_its_anchor() {
        let mut d = doc("[[mandates]]\nid = \"a\"\nstatus = \"done\"\nsummary = \"s\"\n");
        let mut t = mandate_mut(&mut d, "a").unwrap();
        t.set(
            "done",
            date_value(jiff::civil::date(2023, 11, 20)),
            Some("status"),
        );
        assert_eq!(
            d.to_string(),
            "[[mandates]]\nid = \"a\"\nstatus = \"done\"\ndone = 2023-11-20\nsummary = \"s\"\n"
        );
    }

    #[test]
    fn notes_follow_the_style_of_the_ones_before() {
        let mut d =
            doc("[[mandates]]\nid = \"a\"\nnotes = [\n  { date = 2023-01-01, text = \"x\" },\n]\n");
        let mut t = mandate_mut(&mut d, "a").unwrap();
        push_note(&mut t, jiff::civil::date(2023, 2, 1), "y").unwrap();
        assert_eq!(
            d.to_string(),
            "[[mandates]]\nid = \"a\"\nnotes = [\n  { date = 2023-01-01, text = \"x\" },\n  { date = 2023-02-01, text = \"y\" },\n]\n"
        );
    }

    /// Every file in `dir` with its bytes, hidden ones included.
    fn files(dir: &Path) -> Vec<(std::ffi::OsString, Vec<u8>)> {
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (e.file_name(), std::fs::read(e.path()).unwrap())
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_write_that_fails_midway_leaves_the_original_and_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("r.toml");
        std::fs::write(&real, "title = \"T\"\n# keep me\n").unwrap();
        let before = files(dir.path());
        let err = write::replace_with(
            &real,
            |f| {
                f.write_all(b"title = \"half")?;
                Err(std::io::Error::other("disk full"))
            },
            || Ok(()),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(files(dir.path()), before);
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        // The loader refuses such a file first; this is for one swapped in after it looked.
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("r.toml");
        let deep = format!("x = {}{}\n", "[".repeat(50_000), "]".repeat(50_000));
        std::fs::write(&real, deep).unwrap();
        let err = Edit::open(&real).err().unwrap();
        assert!(format!("{err:#}").contains("is not valid TOML"), "{err:#}");
    }

    #[cfg(unix)]
    #[test]
    fn a_write_replaces_the_file_and_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("r.toml");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        write::replace_with(&real, |f| f.write_all(b"new"), || Ok(())).unwrap();
        let names: Vec<_> = files(dir.path()).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["r.toml"]);
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    #[test]
    fn inline_mandates_are_found_too() {
        let mut d = doc("mandates = [{ id = \"a\", summary = \"s\" }]\n");
        let mut t = mandate_mut(&mut d, "a").unwrap();
        t.set("status", Value::from("done"), None);
        assert_eq!(
            d.to_string(),
            "mandates = [{ id = \"a\", summary = \"s\", status = \"done\" }]\n"
        );
    }

    fn note_added(text: &str) -> String {
        let mut d = doc(text);
        let mut t = mandate_mut(&mut d, "a").unwrap();
        push_note(&mut t, jiff::civil::date(2023, 2, 1), "y").unwrap();
        d.to_string()
    }

    #[test]
    fn a_note_on_a_one_line_array_is_spaced_like_the_others() {
        assert_eq!(
            note_added(
                "[[mandates]]\nid = \"a\"\nnotes = [ { date = 2023-01-01, text = \"x\" } ]\n"
            ),
            "[[mandates]]\nid = \"a\"\nnotes = [ { date = 2023-01-01, text = \"x\" }, { date = 2023-02-01, text = \"y\" } ]\n"
        );
    }

    #[test]
    fn a_comment_after_the_last_note_stays_on_its_line() {
        assert_eq!(
            note_added(
                "[[mandates]]\nid = \"a\"\nnotes = [\n  { date = 2023-01-01, text = \"x\" },  # first\n]\n"
            ),
            "[[mandates]]\nid = \"a\"\nnotes = [\n  { date = 2023-01-01, text = \"x\" },  # first\n  { date = 2023-02-01, text = \"y\" },\n]\n"
        );
    }

    #[test]
    fn a_new_key_in_an_inline_mandate_keeps_the_space_before_the_brace() {
        assert_eq!(
            note_added("mandates = [{ id = \"a\", summary = \"s\" }]\n"),
            "mandates = [{ id = \"a\", summary = \"s\", notes = [{ date = 2023-02-01, text = \"y\" }] }]\n"
        );
    }

    #[test]
    fn a_new_mandate_lines_up_with_the_one_before() {
        let mut d = doc("title = \"t\"\n\n[[mandates]]\nid        = \"a\"\nsummary   = \"s\"\n");
        push_mandate(
            &mut d,
            &[("id", Value::from("b")), ("actor", Value::from("x"))],
        )
        .unwrap();
        assert_eq!(
            d.to_string(),
            "title = \"t\"\n\n[[mandates]]\nid        = \"a\"\nsummary   = \"s\"\n\n[[mandates]]\nid        = \"b\"\nactor     = \"x\"\n"
        );
    }

    #[test]
    fn a_removal_diff_goes_to_dev_null() {
        assert_eq!(
            removal_diff("r/x y.toml", "a = 1\n"),
            "--- a/r/x y.toml\n+++ /dev/null\n@@ -1 +0,0 @@\n-a = 1\n"
        );
    }

    #[test]
    fn removing_a_mandate_takes_its_comment_and_leaves_the_others() {
        let mut d = doc(
            "title = \"t\"\n\n# the first\n[[mandates]]\nid = \"a\"\n\n# the second\n[[mandates]]\nid = \"b\"\n",
        );
        assert!(remove_mandate(&mut d, "a"));
        assert!(!remove_mandate(&mut d, "a"));
        assert_eq!(
            d.to_string(),
            "title = \"t\"\n\n# the second\n[[mandates]]\nid = \"b\"\n"
        );
        let mut d = doc("mandates = [\n  { id = \"a\" },\n  { id = \"b\" },\n]\n");
        assert!(remove_mandate(&mut d, "a"));
        assert_eq!(d.to_string(), "mandates = [\n  { id = \"b\" },\n]\n");
    }

    #[test]
    fn a_dry_run_diff_is_unified_and_escaped() {
        let diff = unified_diff(
            "r/x.toml",
            Some("a = 1\nb = 2\n"),
            "a = 1\nb = \"\u{1b}[31m\"\n",
        );
        assert_eq!(
            diff,
            "--- a/r/x.toml\n+++ b/r/x.toml\n@@ -1,2 +1,2 @@\n a = 1\n-b = 2\n+b = \"\\u{1b}[31m\"\n"
        );
        assert_eq!(unified_diff("r/x.toml", Some("same\n"), "same\n"), "");
    }
}
