//! Everything the user reads: tables, JSON and CSV, drawn in the [`Style`] decided once
//! (colour and width), with untrusted text escaped by `text` before it reaches a terminal.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};
use unicode_width::UnicodeWidthChar as _;

use crate::i18n::Arg;
use crate::model::Status;
use crate::text::{csv_safe, escape, push_terminal_safe};
use crate::view::{Row, actors};

mod parallel;
mod parallel_json;
mod streamed_table;

pub use parallel_json::write_json;

/// How tables are drawn, decided once from the flags and the terminal (see `ctx.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Whether to colour output.
    pub color: bool,
    /// The width tables wrap to: the terminal's, else `COLUMNS`, else none (no wrapping).
    pub width: Option<u16>,
}

/// Output formats shared by the listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
}

/// `value` as pretty JSON, with the characters `escape` guards against written as `\uXXXX`
/// escapes: the same JSON value, but safe to print on a terminal. Outside strings JSON is
/// plain ASCII, so every such character is inside a string, where the escape is exact.
pub fn write_json_value(out: &mut dyn Write, value: &impl serde::Serialize) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    let mut safe = Vec::with_capacity(text.len());
    push_terminal_safe(&text, &mut safe);
    out.write_all(&safe)?;
    writeln!(out)
}

/// A table in the project's one style, wrapped to `style.width` when there is one.
pub fn new_table(style: Style, headers: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners());
    // The width was decided once, in `Style`; comfy-table is not left to ask the terminal.
    match style.width {
        Some(w) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(w),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(headers.iter().map(|h| Cell::new(crate::i18n::header(h))));
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
    Cell::new(fold_long_lines(escape(s)))
}

/// The most columns a line of a cell takes before it continues on the next line. comfy-table
/// counts widths in `u16`: a line of 65,535 columns overflowed it, and the table collapsed
/// (its columns wrapped ids). Six columns of this width stay far below that limit.
const MAX_LINE_COLUMNS: usize = 8192;

/// `text` with every line wider than [`MAX_LINE_COLUMNS`] broken into lines of at most that
/// width: nothing is cut, the rest continues on the next line of the cell.
fn fold_long_lines(text: Cow<'_, str>) -> Cow<'_, str> {
    // A character takes at most as many columns as it has bytes.
    if text.lines().all(|line| line.len() <= MAX_LINE_COLUMNS) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + text.len() / MAX_LINE_COLUMNS + 1);
    let mut columns = 0;
    for c in text.chars() {
        let w = if c == '\n' { 0 } else { c.width().unwrap_or(0) };
        if columns + w > MAX_LINE_COLUMNS {
            out.push('\n');
            columns = 0;
        }
        out.push(c);
        columns = if c == '\n' { 0 } else { columns + w };
    }
    Cow::Owned(out)
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
    let cell = Cell::new(crate::i18n::status_label(status));
    match status_colour(status) {
        Some(n) if color => cell.fg(Color::AnsiValue(n)),
        _ => cell,
    }
}

/// The status label outside a table, coloured only when colour is on.
pub fn status_text(status: Status, color: bool) -> String {
    match status_colour(status) {
        Some(n) if color => format!("\x1b[38;5;{n}m{}\x1b[0m", crate::i18n::status_label(status)),
        _ => crate::i18n::status_label(status).to_string(),
    }
}

/// The actors of a mandate on one line, borrowed when there is one.
pub fn actors_cell(list: &[String]) -> Cow<'_, str> {
    match list {
        [one] => Cow::Borrowed(one),
        _ => Cow::Owned(actors(list)),
    }
}

pub fn write_table(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    writeln!(out, "{table}")
}

/// The fewest columns a wrapping column (actors, a summary) may be given for a wide table
/// to count as readable; a shorter text needs only its own width.
pub const READABLE_COLUMNS: usize = 30;

/// Whether listings use the stacked layout: when the width is known and the wide table does
/// not fit in it. It fits when its whole columns (`whole`: ids, dates, statuses) get their
/// widest cell and every other column [`READABLE_COLUMNS`] (or its widest cell, if less).
/// `rows` are the wide table's cells, as its columns hold them (the status last).
pub fn is_compact<'a>(
    style: Style,
    headers: &[&str],
    whole: &[usize],
    rows: impl IntoIterator<Item = Vec<Cow<'a, str>>>,
) -> bool {
    let Some(width) = style.width else {
        return false;
    };
    let mut widest: Vec<usize> = headers.iter().map(|h| text_width(h)).collect();
    for row in rows {
        for (w, cell) in widest.iter_mut().zip(&row) {
            *w = (*w).max(text_width(&escape(cell)));
        }
    }
    let needed: usize = widest
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            if whole.contains(&i) {
                w
            } else {
                w.min(READABLE_COLUMNS)
            }
        })
        .sum();
    // `│ ` before each column, ` ` after it, and the closing `│`.
    needed + 3 * widest.len() + 1 > usize::from(width)
}

/// A wide table's cells and the status label after them, to measure the table.
pub fn with_status<'a, const N: usize>(
    cells: [Cow<'a, str>; N],
    status: Status,
) -> Vec<Cow<'a, str>> {
    let mut row = cells.to_vec();
    row.push(status.label().into());
    row
}

/// The columns the widest line of `s` takes.
fn text_width(s: &str) -> usize {
    s.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// One cell of several lines of untrusted text, each escaped on its own.
pub fn lines_cell<S: AsRef<str>>(lines: &[S]) -> Cell {
    let escaped: Vec<Cow<'_, str>> = lines.iter().map(|l| escape(l.as_ref())).collect();
    Cell::new(fold_long_lines(Cow::Owned(escaped.join("\n"))))
}

/// A mandate stacked for a narrow table: its address, then `¶N · actors`, then its summary.
pub fn mandate_lines(row: &Row<'_>) -> Vec<String> {
    let m = row.mandate;
    let who = match &m.paragraph {
        Some(p) => format!("¶{p} · {}", actors(&m.actor)),
        None => actors(&m.actor),
    };
    vec![row.address(), who, m.summary.clone()]
}

/// [`mandate_lines`] as one cell.
pub fn mandate_cell(row: &Row<'_>) -> Cell {
    lines_cell(&mandate_lines(row))
}

/// A deadline window on two lines when it spans several days.
pub fn window_lines(row: &Row<'_>) -> Vec<String> {
    let mut lines = match row.window {
        None => Vec::new(),
        Some(w) if w.earliest == w.latest => vec![w.earliest.to_string()],
        Some(w) => vec![format!("{} …", w.earliest), w.latest.to_string()],
    };
    if let (Some(k), false) = (row.occurrence, lines.is_empty()) {
        lines.push(format!("(#{k})"));
    }
    lines
}

/// Draws a stacked table: `cells` gives every cell of an item but its status, and the
/// status, which comes last; column `stacked` holds [`mandate_cell`]s and is at least `min_width` wide.
pub fn write_compact<T>(
    out: &mut dyn Write,
    style: Style,
    headers: &[&str],
    layout: &Layout<'_>,
    (stacked, min_width): (usize, usize),
    items: &[T],
    cells: impl Fn(&T) -> (Vec<Cell>, Status),
) -> io::Result<()> {
    let mut table = new_table(style, headers);
    // Rules between rows: each mandate takes several lines.
    table.load_style(presets::UTF8_FULL.with_rounded_corners());
    for &i in layout.right {
        if let Some(c) = table.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    for item in items {
        let (mut line, status) = cells(item);
        line.push(status_cell(status, style.color));
        table.add_row(line);
    }
    keep_whole(&mut table, layout.whole);
    // The stacked column is never narrower than its longest address: ids stay copyable.
    if let (Some(col), Some(width)) = (table.column_mut(stacked), u16::try_from(min_width).ok()) {
        col.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
            comfy_table::Width::Fixed(width),
        ));
    }
    write_table(out, &table)
}

/// The stacked listing of `list` and `show RES`: mandate, window, status, then the tally.
pub fn write_compact_listing(
    out: &mut dyn Write,
    style: Style,
    rows: &[Row<'_>],
) -> io::Result<()> {
    let layout = Layout {
        right: &[],
        whole: &[1, 2],
    };
    let stacked = (0, address_width(rows));
    write_compact(
        out,
        style,
        &["Mandate", "Due", "Status"],
        &layout,
        stacked,
        rows,
        |row| {
            let cells = vec![mandate_cell(row), lines_cell(&window_lines(row))];
            (cells, row.status)
        },
    )?;
    writeln!(out, "{}", tally(rows))
}

/// The widest `RES/MANDATE` among `rows`, in characters.
pub fn address_width<'a>(rows: impl IntoIterator<Item = &'a Row<'a>>) -> usize {
    rows.into_iter()
        .map(|r| r.resolution.id.chars().count() + 1 + r.mandate.id.chars().count())
        .max()
        .unwrap_or(0)
}

/// How a status table lays out its columns: which are right-aligned (with their header),
/// and which stay whole when a terminal makes the table wrap.
pub struct Layout<'a> {
    pub right: &'a [usize],
    pub whole: &'a [usize],
}

/// A table of `items` whose last column is their status, in the one style. `cells` gives
/// the text of the columns before the status. With colour or a width to wrap to (a
/// terminal, or `COLUMNS`) comfy-table draws it; otherwise `streamed_table` does, the same
/// bytes row by row.
pub fn write_status_table<'a, T: Sync, const N: usize>(
    out: &mut dyn Write,
    style: Style,
    headers: &[&str],
    layout: &Layout<'_>,
    items: &[T],
    cells: impl Fn(&T) -> [Cow<'a, str>; N] + Sync,
    status: impl Fn(&T) -> Status + Sync,
) -> io::Result<()> {
    let plain = !style.color && style.width.is_none();
    if plain && streamed_table::write(out, headers, layout, items, &cells, &status)? {
        return Ok(());
    }
    let mut table = new_table(style, headers);
    for &i in layout.right {
        if let Some(c) = table.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    for item in items {
        let mut row: Vec<Cell> = cells(item).iter().map(|c| text_cell(c)).collect();
        row.push(status_cell(status(item), style.color));
        table.add_row(row);
    }
    keep_whole(&mut table, layout.whole);
    write_table(out, &table)
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
    let l = crate::i18n::current();
    let counts: Vec<String> = TALLY_ORDER
        .iter()
        .filter_map(|s| {
            let n = rows.iter().filter(|r| r.status == *s).count();
            (n > 0).then(|| {
                l.t_args(
                    "tally-part",
                    &[
                        ("n", Arg::Num(n as i64)),
                        (
                            "kind",
                            Arg::Str(match s {
                                Status::Done { late: true } => "done-late",
                                s => s.as_str(),
                            }),
                        ),
                        ("status", Arg::Str(crate::i18n::status_label(*s))),
                    ],
                )
            })
        })
        .collect();
    let noun = l.t_args("mandates", &[("n", Arg::Num(rows.len() as i64))]);
    let noun = l.t_args("label", &[("label", Arg::Str(&noun))]);
    format!("{noun} {}", counts.join(&l.t("list-separator")))
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

pub const CSV_HEADERS: [&str; 18] = [
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
];

/// `--format csv`: the JSON keys as columns (`due` flattened, lists joined with `; `).
pub fn write_csv(out: &mut dyn Write, rows: &[Row<'_>]) -> io::Result<()> {
    write_csv_with(out, rows, |row| row, &[], |_| Vec::new())
}

/// CSV of `items`: each item's row as `write_csv` writes it, then the columns `extra`
/// gives it under `extra_headers` (already CSV-safe).
pub fn write_csv_with<'a, T>(
    out: &mut dyn Write,
    items: &'a [T],
    row_of: impl Fn(&'a T) -> &'a Row<'a>,
    extra_headers: &[&str],
    extra: impl Fn(&'a T) -> Vec<String>,
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let headers = CSV_HEADERS.iter().chain(extra_headers);
    w.write_record(headers).map_err(csv_io)?;
    for item in items {
        let mut cells = csv_cells(row_of(item));
        cells.extend(extra(item));
        w.write_record(cells).map_err(csv_io)?;
    }
    w.flush()
}

/// One row's cells, in `CSV_HEADERS` order.
fn csv_cells(row: &Row<'_>) -> Vec<String> {
    let r = row.record();
    let (earliest, latest, text) = match r.due {
        Some(d) => (
            d.earliest.to_string(),
            d.latest.to_string(),
            d.text.to_string(),
        ),
        None => Default::default(),
    };
    let opt = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    vec![
        csv_safe(&r.id.to_string()).into_owned(),
        csv_safe(r.resolution).into_owned(),
        csv_safe(r.mandate).into_owned(),
        csv_safe(&actors(r.actor)).into_owned(),
        csv_safe(r.summary).into_owned(),
        r.paragraph
            .map(|p| csv_safe(&p.to_string()).into_owned())
            .unwrap_or_default(),
        earliest,
        latest,
        csv_safe(&text).into_owned(),
        r.state.to_string(),
        r.status.to_string(),
        r.late.to_string(),
        r.done.to_string(),
        opt(r.days_left),
        r.every.map(|p| p.to_string()).unwrap_or_default(),
        opt(r.occurrence.map(|k| k as i64)),
        csv_safe(&r.tags.join("; ")).into_owned(),
        csv_safe(&r.file).into_owned(),
    ]
}

/// The io error inside a csv error, as it was: `?` alone would wrap it as `Other` and hide a
/// closed pipe (`list --format csv | head`), which must end quietly.
fn csv_io(e: csv::Error) -> io::Error {
    if !matches!(e.kind(), csv::ErrorKind::Io(_)) {
        return io::Error::other(e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr as _;

    use super::*;

    /// The wide table needs its whole columns whole, 30 columns of a long summary, and the
    /// borders: `│ res/a │ <30> │ pending │` is 5 + 30 + 7 + 3 × 3 + 1 = 52 columns.
    #[test]
    fn the_wide_table_is_kept_exactly_when_it_fits() {
        let rows = || {
            vec![vec![
                Cow::from("res/a"),
                Cow::from("x".repeat(50)),
                Cow::from("pending"),
            ]]
        };
        let at = |width| Style {
            color: false,
            width,
        };
        let compact = |style| is_compact(style, &["ID", "Summary", "Status"], &[0, 2], rows());
        assert!(!compact(at(Some(52))));
        assert!(compact(at(Some(51))));
        assert!(!compact(at(None)));
        // A short summary needs only its own width: 5 + 7 + 7 + 10 = 29.
        let short = vec![vec![
            Cow::from("res/a"),
            Cow::from("x"),
            Cow::from("pending"),
        ]];
        let style = at(Some(29));
        assert!(!is_compact(
            style,
            &["ID", "Summary", "Status"],
            &[0, 2],
            short.clone()
        ));
        assert!(is_compact(
            at(Some(28)),
            &["ID", "Summary", "Status"],
            &[0, 2],
            short
        ));
    }

    #[test]
    fn long_lines_fold_at_the_column_limit_and_keep_every_character() {
        let short = "a\n".repeat(10) + &"b".repeat(MAX_LINE_COLUMNS);
        assert!(matches!(
            fold_long_lines(Cow::Borrowed(&short)),
            Cow::Borrowed(_)
        ));
        let long = format!("id\n{}", "x".repeat(2 * MAX_LINE_COLUMNS + 5));
        let folded = fold_long_lines(Cow::Borrowed(&long));
        let widths: Vec<usize> = folded.lines().map(|l| l.width()).collect();
        assert_eq!(widths, [2, MAX_LINE_COLUMNS, MAX_LINE_COLUMNS, 5]);
        assert_eq!(folded.replace('\n', ""), long.replace('\n', ""));
        // A character two columns wide is never split across the limit.
        let wide = "中".repeat(MAX_LINE_COLUMNS);
        let folded = fold_long_lines(Cow::Borrowed(&wide));
        assert!(folded.lines().all(|l| l.width() <= MAX_LINE_COLUMNS));
        assert_eq!(folded.lines().count(), 2);
    }

    #[test]
    fn a_cell_past_the_column_limit_is_drawn_by_comfy_table_folded() {
        let long = "y".repeat(MAX_LINE_COLUMNS + 3);
        let items = [(long.as_str(), Status::Pending), ("short", Status::Overdue)];
        let style = Style::default();
        let mut table = new_table(style, &["Summary", "Status"]);
        for (text, status) in items {
            table.add_row(vec![text_cell(text), status_cell(status, false)]);
        }
        let want = format!("{table}\n");
        let mut got = Vec::new();
        let layout = Layout {
            right: &[],
            whole: &[],
        };
        fn cells<'a>(i: &(&'a str, Status)) -> [Cow<'a, str>; 1] {
            [Cow::Borrowed(i.0)]
        }
        write_status_table(
            &mut got,
            style,
            &["Summary", "Status"],
            &layout,
            &items,
            cells,
            |i| i.1,
        )
        .unwrap();
        assert_eq!(String::from_utf8(got).unwrap(), want);
        assert!(
            want.lines()
                .all(|l| l.chars().count() < MAX_LINE_COLUMNS + 20)
        );
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
}
