//! A listing as a sheet: one column model, written as CSV or as an Excel workbook, so that
//! both have the same columns in the same order and the same values.

use std::io::{self, Write};

use jiff::civil::Date;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet};

use crate::model::Paragraph;
use crate::text::csv_safe;
use crate::view::{DoneRecord, Row, actors, latest_note};

/// One cell's value, typed: a workbook writes dates as date cells and numbers as numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Date(Date),
    Int(i64),
    Bool(bool),
    Empty,
}

impl Value {
    fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    fn date(d: Option<Date>) -> Value {
        d.map_or(Value::Empty, Value::Date)
    }

    fn int(n: Option<i64>) -> Value {
        n.map_or(Value::Empty, Value::Int)
    }

    /// The CSV cell: text neutralised against formulas, the rest as JSON writes it.
    fn csv(&self) -> String {
        match self {
            // A carriage return would move a terminal's cursor (`list --format csv | cat`):
            // every line break is written as `\n`, which CSV quotes.
            Value::Text(s) if s.contains('\r') => {
                csv_safe(&s.replace("\r\n", "\n").replace('\r', "\n")).into_owned()
            }
            Value::Text(s) => csv_safe(s).into_owned(),
            Value::Date(d) => d.to_string(),
            Value::Int(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Empty => String::new(),
        }
    }
}

/// How notes are given: CSV has one line a mandate, so the latest note and the count; a
/// workbook cell holds lines, so every note, one a line (`YYYY-MM-DD: text`), and the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notes {
    Latest,
    All,
}

/// The columns before the notes: the JSON keys, `due` flattened; those added since the
/// first edition come after the first edition's, so that a column's position holds.
const HEADERS: [&str; 20] = [
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
    "every",
    "occurrence",
    "tags",
    "file",
    "title",
    "text",
];

/// The headers of a listing, notes columns included.
pub fn headers(notes: Notes) -> Vec<&'static str> {
    let mut h = HEADERS.to_vec();
    match notes {
        Notes::Latest => h.extend(["latest_note_date", "latest_note", "note_count"]),
        Notes::All => h.extend(["notes", "note_count"]),
    }
    h
}

/// One row's values, in [`headers`] order.
pub fn values(row: &Row<'_>, notes: Notes) -> Vec<Value> {
    let r = row.record();
    let m = row.mandate;
    let mut v = vec![
        Value::text(r.id.to_string()),
        Value::text(r.resolution),
        Value::text(r.mandate),
        Value::text(actors(r.actor)),
        Value::text(r.summary),
        match r.paragraph {
            Some(Paragraph::Number(n)) => Value::Int(*n),
            Some(Paragraph::Text(t)) => Value::text(t),
            None => Value::Empty,
        },
        Value::date(row.window.map(|w| w.earliest)),
        Value::date(row.window.map(|w| w.latest)),
        match &r.due {
            Some(d) => Value::text(d.text.to_string()),
            None => Value::Empty,
        },
        Value::text(r.state),
        Value::text(r.status),
        Value::Bool(r.late),
        match &r.done {
            DoneRecord::Day(d) => Value::date(*d),
            // A recurring mandate's days, one cell: `2024-09-30; 2025-09-28`.
            DoneRecord::Days([]) => Value::Empty,
            DoneRecord::Days([one]) => Value::Date(*one),
            days @ DoneRecord::Days(_) => Value::text(days.to_string()),
        },
        Value::int(r.days_left),
        r.every.map_or(Value::Empty, |p| Value::text(p.to_string())),
        Value::int(r.occurrence.map(|k| k as i64)),
        Value::text(r.tags.join("; ")),
        Value::text(r.file),
        Value::text(r.title),
        r.text.map_or(Value::Empty, Value::text),
    ];
    match notes {
        Notes::Latest => {
            let latest = latest_note(&m.notes);
            v.push(Value::date(latest.map(|n| n.date)));
            v.push(latest.map_or(Value::Empty, |n| Value::text(&n.text)));
        }
        Notes::All => {
            let lines: Vec<String> = m
                .notes
                .iter()
                .map(|n| format!("{}: {}", n.date, n.text))
                .collect();
            v.push(Value::text(lines.join("\n")));
        }
    }
    v.push(Value::Int(m.notes.len() as i64));
    v
}

/// How CSV is written: the separator, and whether it starts with a byte order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    pub delimiter: u8,
    /// Excel reads a CSV file without a BOM in the system's code page (Arabic becomes
    /// mojibake); with one, as UTF-8.
    pub bom: bool,
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle {
            delimiter: b',',
            bom: false,
        }
    }
}

/// CSV of `items`: each item's row, then the columns `extra` gives it under `extra_headers`.
pub fn write_csv<'a, T>(
    out: &mut dyn Write,
    style: CsvStyle,
    items: &'a [T],
    row_of: impl Fn(&'a T) -> &'a Row<'a>,
    extra_headers: &[&str],
    extra: impl Fn(&'a T) -> Vec<Value>,
) -> io::Result<()> {
    if style.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(style.delimiter)
        .from_writer(out);
    let headers = headers(Notes::Latest);
    let all = headers.iter().chain(extra_headers);
    w.write_record(all).map_err(super::csv_io)?;
    for item in items {
        let mut cells = values(row_of(item), Notes::Latest);
        cells.extend(extra(item));
        w.write_record(cells.iter().map(Value::csv))
            .map_err(super::csv_io)?;
    }
    w.flush()
}

/// The longest text Excel keeps in a cell, in UTF-16 units; a longer one is cut, ending `…`.
const EXCEL_MAX_CHARS: usize = 32_767;

/// Columns are sized to their content, within these bounds (in characters).
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// An Excel workbook of one sheet named `sheet`: a bold header row, frozen, with a filter;
/// dates as date cells; columns sized to their content; right-to-left cells where the text
/// is Arabic. Its creation date is `today`, so the same data and day give the same bytes.
pub fn workbook<'a, T>(
    sheet: &str,
    today: Date,
    items: &'a [T],
    row_of: impl Fn(&'a T) -> &'a Row<'a>,
    extra_headers: &[&str],
    extra: impl Fn(&'a T) -> Vec<Value>,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut headers = headers(Notes::All);
    headers.extend(extra_headers);
    let mut book = Workbook::new();
    let created =
        ExcelDateTime::from_ymd(today.year() as u16, today.month() as u8, today.day() as u8)?;
    book.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&created)
            .set_author("oic-track"),
    );
    // Rows go to a temporary file as they are written (they are written in order), so the
    // workbook does not hold every cell of a large listing in memory.
    let ws = book.add_worksheet_with_constant_memory()?;
    ws.set_name(sheet)?;
    let formats = Formats::new();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count() + 3).collect();
    for (col, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, *h, &formats.header)?;
    }
    for (i, item) in items.iter().enumerate() {
        let mut cells = values(row_of(item), Notes::All);
        cells.extend(extra(item));
        let row = i as u32 + 1;
        for (col, value) in cells.iter().enumerate() {
            let width = write_cell(ws, &formats, row, col as u16, value)?;
            widths[col] = widths[col].max(width);
        }
    }
    let last_col = headers.len() as u16 - 1;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, items.len() as u32, last_col)?;
    for (col, w) in widths.iter().enumerate() {
        ws.set_column_width(
            col as u16,
            w.clamp(&MIN_WIDTH, &MAX_WIDTH).to_owned() as f64,
        )?;
    }
    book.save_to_buffer()
}

struct Formats {
    header: Format,
    date: Format,
    text: Format,
    rtl: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            text: Format::new().set_align(FormatAlign::Top),
            // 2: right to left (the cell's reading order).
            rtl: Format::new()
                .set_align(FormatAlign::Top)
                .set_reading_direction(2),
        }
    }
}

/// Writes one cell; returns the width its content asks for (its longest line).
fn write_cell(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    value: &Value,
) -> Result<usize, rust_xlsxwriter::XlsxError> {
    match value {
        Value::Text(s) => {
            let s = fit_cell(s);
            let format = if is_rtl(&s) { &f.rtl } else { &f.text };
            // Always a string: a value starting with `=` stays text, never a formula.
            ws.write_string_with_format(row, col, s.as_ref(), format)?;
            Ok(s.lines().map(|l| l.chars().count()).max().unwrap_or(0) + 2)
        }
        Value::Date(d) => {
            let day = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
            ws.write_datetime_with_format(row, col, &day, &f.date)?;
            Ok(12)
        }
        Value::Int(n) => {
            ws.write_number(row, col, *n as f64)?;
            Ok(n.to_string().len() + 2)
        }
        Value::Bool(b) => {
            ws.write_boolean(row, col, *b)?;
            Ok(7)
        }
        Value::Empty => Ok(0),
    }
}

/// Whether `s` reads right to left: its first letter with a strong direction is Arabic or
/// Hebrew (as the Unicode bidi algorithm picks a paragraph's direction).
pub fn is_rtl(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}'))
}

/// `s` cut to what an Excel cell holds (see [`EXCEL_MAX_CHARS`]).
fn fit_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.encode_utf16().count() <= EXCEL_MAX_CHARS {
        return s.into();
    }
    let mut units = 0;
    let mut out = String::new();
    for c in s.chars() {
        units += c.len_utf16();
        if units > EXCEL_MAX_CHARS - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_text_reads_right_to_left_and_latin_text_left_to_right() {
        assert!(is_rtl("الأمانة العامة"));
        assert!(is_rtl("  2024 — الأمانة OIC"));
        assert!(!is_rtl("OIC الأمانة"));
        assert!(!is_rtl("2024"));
    }

    #[test]
    fn a_cell_longer_than_excel_keeps_is_cut_with_an_ellipsis() {
        let long = "é".repeat(EXCEL_MAX_CHARS + 10);
        let cut = fit_cell(&long);
        assert_eq!(cut.encode_utf16().count(), EXCEL_MAX_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(fit_cell("short"), "short");
        let exact = "x".repeat(EXCEL_MAX_CHARS);
        assert_eq!(fit_cell(&exact).len(), EXCEL_MAX_CHARS);
    }
}
