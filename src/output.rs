//! Everything the user reads: tables, JSON and CSV, with colour decided once in `Ctx`
//! and untrusted text escaped before it reaches a terminal.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::{Cell, Color, ContentArrangement, Table, presets};

use crate::Ctx;
use crate::model::Status;
use crate::view::Row;

/// Output formats shared by the listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
}

/// Whether a character must not reach a terminal as it is: C0 and C1 controls, DEL, and the
/// bidirectional embeddings, overrides and isolates that can reorder what a line seems to say.
fn is_dangerous(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Untrusted text made safe for a terminal: dangerous characters become visible escapes
/// (`\n`, `\t`, `\u{1b}`); all other text, right-to-left scripts included, is unchanged.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_dangerous) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_dangerous(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `value` as pretty JSON, with the characters `escape` guards against written as `\uXXXX`
/// escapes: the same JSON value, but safe to print on a terminal. Outside strings JSON is
/// plain ASCII, so every such character is inside a string, where the escape is exact.
pub fn write_json_value(out: &mut dyn Write, value: &impl serde::Serialize) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        // serde_json escapes C0 controls in strings itself: a raw `\n` is the layout's.
        if c != '\n' && is_dangerous(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(safe, "\\u{unit:04x}");
            }
        } else {
            safe.push(c);
        }
    }
    writeln!(out, "{safe}")
}

/// A table in the project's one style, wrapped to `ctx.width` when there is one.
pub fn new_table(ctx: &Ctx, headers: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners());
    // The width was decided once in `Ctx`; comfy-table is not left to ask the terminal.
    match ctx.width {
        Some(w) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(w),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    if ctx.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(headers.iter().map(Cell::new));
    table
}

/// Keeps these columns on one line when the table wraps: ids must stay copyable, and dates
/// and statuses readable; the actor and summary columns take the wrapping.
pub fn keep_whole(table: &mut Table, columns: &[usize]) {
    for &i in columns {
        if let Some(c) = table.column_mut(i) {
            c.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
        }
    }
}

/// A cell of untrusted text.
pub fn text_cell(s: &str) -> Cell {
    Cell::new(escape(s))
}

/// The one palette: a 256-colour index per status, or none.
fn status_colour(status: Status) -> Option<u8> {
    match status {
        Status::Overdue => Some(1),
        Status::DueSoon => Some(3),
        Status::InProgress => Some(6),
        Status::Done { late: false } => Some(2),
        Status::Done { late: true } => Some(136),
        Status::Dropped => Some(8),
        Status::Pending => None,
    }
}

/// The status cell: its label always, its colour only when colour is on.
pub fn status_cell(status: Status, color: bool) -> Cell {
    let cell = Cell::new(status.label());
    match status_colour(status) {
        Some(n) if color => cell.fg(Color::AnsiValue(n)),
        _ => cell,
    }
}

/// The status label outside a table, coloured only when colour is on.
pub fn status_text(status: Status, color: bool) -> String {
    match status_colour(status) {
        Some(n) if color => format!("\x1b[38;5;{n}m{}\x1b[0m", status.label()),
        _ => status.label().to_string(),
    }
}

/// The actors of a mandate on one line.
pub fn actors(list: &[String]) -> String {
    list.join("; ")
}

pub fn write_table(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    writeln!(out, "{table}")
}

/// Statuses, most urgent first: the order of counts and of `list --group-by status`.
pub const TALLY_ORDER: [Status; 7] = [
    Status::Overdue,
    Status::DueSoon,
    Status::InProgress,
    Status::Pending,
    Status::Done { late: false },
    Status::Done { late: true },
    Status::Dropped,
];

/// `9 mandates: 1 overdue, 1 due soon, 7 pending`: the non-zero counts, most urgent first.
pub fn tally(rows: &[Row<'_>]) -> String {
    let counts: Vec<String> = TALLY_ORDER
        .iter()
        .filter_map(|s| {
            let n = rows.iter().filter(|r| r.status == *s).count();
            (n > 0).then(|| format!("{n} {}", s.label()))
        })
        .collect();
    let noun = if rows.len() == 1 {
        "mandate"
    } else {
        "mandates"
    };
    format!("{} {noun}: {}", rows.len(), counts.join(", "))
}

/// Rows in the chosen format; `table` draws the command's own table.
pub fn write_rows(
    out: &mut dyn Write,
    format: Format,
    rows: &[Row<'_>],
    table: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match format {
        Format::Table => table(out)?,
        Format::Json => write_json(out, rows)?,
        Format::Csv => write_csv(out, rows)?,
    }
    Ok(())
}

/// `--format json`: one array of mandate objects, always valid JSON.
pub fn write_json(out: &mut dyn Write, rows: &[Row<'_>]) -> io::Result<()> {
    let records: Vec<_> = rows.iter().map(Row::record).collect();
    write_json_value(out, &records)
}

pub const CSV_HEADERS: [&str; 15] = [
    "id",
    "resolution",
    "mandate",
    "actor",
    "summary",
    "paragraph",
    "due_earliest",
    "due_latest",
    "due_text",
    "state",
    "status",
    "late",
    "done",
    "days_left",
    "tags",
];

/// `--format csv`: the JSON keys as columns (`due` flattened, lists joined with `; `).
pub fn write_csv(out: &mut dyn Write, rows: &[Row<'_>]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADERS)?;
    for row in rows {
        let r = row.record();
        let (earliest, latest, text) = match r.due {
            Some(d) => (d.earliest, d.latest, d.text),
            None => Default::default(),
        };
        let opt = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        w.write_record([
            csv_safe(&r.id).into_owned(),
            csv_safe(r.resolution).into_owned(),
            csv_safe(r.mandate).into_owned(),
            csv_safe(&actors(r.actor)).into_owned(),
            csv_safe(r.summary).into_owned(),
            opt(r.paragraph),
            earliest,
            latest,
            csv_safe(&text).into_owned(),
            r.state.to_string(),
            r.status.to_string(),
            r.late.to_string(),
            r.done.unwrap_or_default(),
            opt(r.days_left),
            csv_safe(&r.tags.join("; ")).into_owned(),
        ])?;
    }
    w.flush()
}

/// Writes `bytes` to `path` as a whole or not at all: a temporary file beside it, flushed,
/// then renamed over it, so a reader (or a calendar app fetching the feed) never sees half.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let fail = || format!("cannot write `{}`", path.display());
    let mut tmp = tempfile::Builder::new()
        .prefix(".oic-track-")
        .tempfile_in(dir)
        .with_context(fail)?;
    tmp.write_all(bytes).with_context(fail)?;
    // A temp file is private (0600); a report or a feed is for others to read, so it
    // keeps the permissions of the file it replaces, or gets the usual rw-r--r--.
    let perms = match std::fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(tmp.as_file())?,
    };
    tmp.as_file().set_permissions(perms).with_context(fail)?;
    tmp.as_file().sync_all().with_context(fail)?;
    tmp.persist(path).map_err(|e| e.error).with_context(fail)?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions(_: &std::fs::File) -> io::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(file: &std::fs::File) -> io::Result<std::fs::Permissions> {
    Ok(file.metadata()?.permissions())
}

/// A text cell that a spreadsheet will not run as a formula: OWASP's advice is to prefix
/// a cell beginning with `=`, `+`, `-`, `@`, tab or carriage return with a single quote.
///
/// A CSV file is also read on terminals (`list --format csv | less`): controls and bidi
/// overrides are escaped as everywhere else, except line breaks and tabs, which CSV quotes.
pub fn csv_safe(s: &str) -> Cow<'_, str> {
    let s = if s
        .chars()
        .any(|c| is_dangerous(c) && !matches!(c, '\n' | '\r' | '\t'))
    {
        Cow::Owned(
            s.chars()
                .map(|c| match c {
                    '\n' | '\r' | '\t' => c.to_string(),
                    c => escape(c.encode_utf8(&mut [0; 4])).into_owned(),
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    };
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi_overrides_but_not_arabic() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(escape("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape("x\u{202e}y\u{2066}"), "x\\u{202e}y\\u{2066}");
        assert_eq!(escape("\u{85}\u{7f}"), "\\u{85}\\u{7f}");
        assert_eq!(escape("l1\nl2\t"), "l1\\nl2\\t");
        assert_eq!(escape("منظمة التعاون الإسلامي"), "منظمة التعاون الإسلامي");
    }

    #[test]
    fn json_escapes_what_a_terminal_would_run_and_stays_the_same_value() {
        let value = serde_json::json!({ "s": "a\u{1b}b\u{9b}c\u{202e}d\u{7f}e منظمة" });
        let mut out = Vec::new();
        write_json_value(&mut out, &value).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "{\n  \"s\": \"a\\u001bb\\u009bc\\u202ed\\u007fe منظمة\"\n}\n"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn csv_cells_that_look_like_formulas_are_quoted() {
        for s in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_safe(s), format!("'{s}"));
        }
        assert_eq!(csv_safe("Secretary-General"), "Secretary-General");
        assert_eq!(
            csv_safe("a\u{1b}[2J\nb\u{202e}c"),
            "a\\u{1b}[2J\nb\\u{202e}c"
        );
        assert_eq!(csv_safe("=\u{7}"), "'=\\u{7}");
        assert_eq!(csv_safe(""), "");
    }
}
