//! Everything the user reads: tables, JSON and CSV, drawn in the [`Style`] decided once
//! (colour and width), with untrusted text escaped by `text` before it reaches a terminal.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};
use serde::Serialize as _;
use serde_json::ser::Formatter as _;
use unicode_width::UnicodeWidthStr;

use crate::model::Status;
use crate::text::{csv_safe, escape, may_need_escapes, push_terminal_safe};
use crate::view::{Row, actors};

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

/// Below this many columns a listing's six columns cannot all be read, so `list` and `due`
/// stack each mandate's address, actors and summary into one cell instead.
pub const COMPACT_BELOW: u16 = 120;

/// Whether listings use the stacked layout: only when wrapping to a known, narrow width.
pub fn is_compact(style: Style) -> bool {
    style.width.is_some_and(|w| w < COMPACT_BELOW)
}

/// One cell of several lines of untrusted text, each escaped on its own.
pub fn lines_cell<S: AsRef<str>>(lines: &[S]) -> Cell {
    let escaped: Vec<Cow<'_, str>> = lines.iter().map(|l| escape(l.as_ref())).collect();
    Cell::new(escaped.join("\n"))
}

/// A mandate stacked for a narrow table: its address, then `¶N · actors`, then its summary.
pub fn mandate_lines(row: &Row<'_>) -> Vec<String> {
    let m = row.mandate;
    let who = match m.paragraph {
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
    match row.window {
        None => Vec::new(),
        Some(w) if w.earliest == w.latest => vec![w.earliest.to_string()],
        Some(w) => vec![format!("{} …", w.earliest), w.latest.to_string()],
    }
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

/// A table of `items` whose last column is their status, in the one style. With colour or
/// a width to wrap to (a terminal, or `COLUMNS`), comfy-table draws it. Otherwise nothing
/// wraps, and the same drawing is streamed row by row on every core, byte for byte as
/// comfy-table would print it: for a large folder comfy-table would hold every cell, and
/// every line, in memory at once. `cells` gives the text of the columns before the status.
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
    let widths = plain
        .then(|| plain_widths(headers, items, &cells, &status))
        .flatten();
    let Some(widths) = widths else {
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
        return write_table(out, &table);
    };
    let border = |left: &str, fill: &str, join: &str, right: &str| {
        let parts: Vec<String> = widths.iter().map(|w| fill.repeat(w + 2)).collect();
        format!("{left}{}{right}\n", parts.join(join))
    };
    let line = |texts: &mut dyn Iterator<Item = Cow<'_, str>>, buf: &mut Vec<u8>| {
        for (i, (text, width)) in texts.zip(&widths).enumerate() {
            let text = text.as_ref();
            buf.extend_from_slice(if i == 0 { "│ " } else { " ┆ " }.as_bytes());
            let pad = width - shown_width(text);
            if layout.right.contains(&i) {
                buf.resize(buf.len() + pad, b' ');
                buf.extend_from_slice(text.as_bytes());
            } else {
                buf.extend_from_slice(text.as_bytes());
                buf.resize(buf.len() + pad, b' ');
            }
        }
        buf.extend_from_slice(" │\n".as_bytes());
    };
    let mut head = border("╭", "─", "┬", "╮").into_bytes();
    line(&mut headers.iter().map(|h| Cow::Borrowed(*h)), &mut head);
    head.extend_from_slice(border("╞", "═", "╪", "╡").as_bytes());
    out.write_all(&head)?;
    write_parallel(out, items, |_, chunk, buf| {
        for item in chunk {
            // An array and an iterator, not vectors: no allocation of their own, row after row.
            let texts = cells(item);
            let label = std::iter::once(Cow::Borrowed(status(item).label()));
            line(&mut texts.iter().map(|t| escape(t)).chain(label), buf);
        }
    })?;
    out.write_all(border("╰", "─", "┴", "╯").as_bytes())
}

/// The width of each column as comfy-table measures it (at least 1), or `None` when one is
/// too wide for it to draw on one line (it counts widths in `u16`).
fn plain_widths<'a, T: Sync, const N: usize>(
    headers: &[&str],
    items: &[T],
    cells: &(impl Fn(&T) -> [Cow<'a, str>; N] + Sync),
    status: &(impl Fn(&T) -> Status + Sync),
) -> Option<Vec<usize>> {
    let widest = |part: &[T]| {
        let mut widths: Vec<usize> = headers.iter().map(|h| shown_width(h).max(1)).collect();
        for item in part {
            let texts = cells(item);
            let last = std::iter::once(status(item).label().width());
            let each = texts.iter().map(|t| shown_width(&escape(t))).chain(last);
            for (w, n) in widths.iter_mut().zip(each) {
                *w = (*w).max(n);
            }
        }
        widths
    };
    // Measured on every core too: this pass builds every cell once more.
    let threads = crate::host::cores();
    let part = items.len().div_ceil(threads).max(CHUNK);
    // One part (a small table, or one core) is measured here: a thread of its own would
    // cost more than the measuring, once per table of `list --group-by`.
    let widths = if items.len() <= part {
        widest(items)
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = items
                .chunks(part)
                .map(|p| scope.spawn(move || widest(p)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a measuring thread panicked"))
                .fold(widest(&[]), |a, b| {
                    a.iter().zip(b).map(|(x, y)| y.max(*x)).collect()
                })
        })
    };
    widths
        .iter()
        .all(|&w| w < usize::from(u16::MAX))
        .then_some(widths)
}

/// The columns `text` takes on a terminal. Escaped text holds no control characters, so
/// ASCII text takes one column a byte.
fn shown_width(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
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

/// `--format json`: one array of mandate objects, always valid JSON; byte for byte what
/// `write_json_value` prints for the array, rendered on every core.
pub fn write_json(out: &mut dyn Write, rows: &[Row<'_>]) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(out, "[]");
    }
    out.write_all(b"[")?;
    write_parallel(out, rows, |first, chunk, buf| {
        for (i, row) in chunk.iter().enumerate() {
            buf.extend_from_slice(if first + i == 0 { b"\n  " } else { b",\n  " });
            // A formatter one level into the array, as the array's own elements are.
            let mut inside = serde_json::ser::PrettyFormatter::new();
            let _ = inside.begin_array(&mut io::sink());
            let start = buf.len();
            let mut json = serde_json::Serializer::with_formatter(&mut *buf, inside);
            row.record()
                .serialize(&mut json)
                .expect("a record serialises to memory");
            if may_need_escapes(&buf[start..]) {
                let record =
                    String::from_utf8(buf.split_off(start)).expect("serde_json writes UTF-8");
                push_terminal_safe(&record, buf);
            }
        }
    })?;
    out.write_all(b"\n]\n")
}

/// How many rows one thread renders at a time: big enough to amortise the hand-over,
/// small enough that the buffers in flight stay a few MiB.
const CHUNK: usize = 128;

/// Writes `items` in order, each chunk of them rendered into a buffer by `render(index of
/// the chunk's first item, chunk, buffer)` on one of every core's threads. For a large
/// folder, rendering the output costs a good share of what parsing the files does; this way
/// it is shared, while each thread keeps at most two chunks in flight.
fn write_parallel<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    render: impl Fn(usize, &[T], &mut Vec<u8>) + Sync,
) -> io::Result<()> {
    let chunks = items.len().div_ceil(CHUNK);
    let threads = crate::host::cores().min(chunks);
    if threads <= 1 {
        let mut buf = Vec::new();
        for (c, chunk) in items.chunks(CHUNK).enumerate() {
            buf.clear();
            render(c * CHUNK, chunk, &mut buf);
            out.write_all(&buf)?;
        }
        return Ok(());
    }
    std::thread::scope(|scope| {
        let render = &render;
        let queues: Vec<_> = (0..threads)
            .map(|t| {
                let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(1);
                scope.spawn(move || {
                    // Thread t renders chunks t, t + threads, …: the writer takes them in turn.
                    for (c, chunk) in items.chunks(CHUNK).enumerate().skip(t).step_by(threads) {
                        let mut buf = Vec::new();
                        render(c * CHUNK, chunk, &mut buf);
                        if tx.send(buf).is_err() {
                            return; // the writer failed and stopped listening
                        }
                    }
                });
                rx
            })
            .collect();
        for c in 0..chunks {
            let buf = queues[c % threads]
                .recv()
                .expect("a rendering thread panicked");
            out.write_all(&buf)?;
        }
        Ok(())
    })
}

pub const CSV_HEADERS: [&str; 16] = [
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
        opt(r.paragraph),
        earliest,
        latest,
        csv_safe(&text).into_owned(),
        r.state.to_string(),
        r.status.to_string(),
        r.late.to_string(),
        r.done.map(|d| d.to_string()).unwrap_or_default(),
        opt(r.days_left),
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
    use super::*;

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
    fn json_rendered_in_chunks_is_write_json_value_byte_for_byte() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/bundled/resolutions");
        let mut folder = crate::load::load_folder(&dir).folder;
        let first = &mut folder.resolutions[0].mandates[0];
        first.summary = "bidi \u{202e} C1 \u{9b} ESC \u{1b} منظمة".into();
        let today = jiff::civil::date(2023, 8, 2);
        let one = crate::view::rows(&folder, today, 30);
        assert!(!one.is_empty());
        // Enough rows for several chunks on several threads, and a last chunk part full.
        for n in [0, 1, one.len(), 3 * CHUNK + 7] {
            let rows: Vec<Row<'_>> = one.iter().cycle().take(n).cloned().collect();
            let records: Vec<_> = rows.iter().map(Row::record).collect();
            let mut want = Vec::new();
            write_json_value(&mut want, &records).unwrap();
            let mut got = Vec::new();
            write_json(&mut got, &rows).unwrap();
            assert!(got == want, "{n} rows differ");
        }
    }

    #[test]
    fn streamed_table_is_comfy_tables_drawing_byte_for_byte() {
        let texts = [
            "cfm-ex-2023-desecration/summit-report",
            "",
            "منظمة التعاون الإسلامي",
            "2023-11-30 … 2023-12-30",
            "中文 and a tab\tand an escape \u{1b}[31m",
            "Côte d’Ivoire",
            "-12",
        ];
        let statuses = [
            Status::Overdue,
            Status::DueSoon,
            Status::Pending,
            Status::Done { late: true },
            Status::Dropped,
        ];
        let headers = ["ID", "¶", "Actor", "Status"];
        for n in [1, 5, 3 * CHUNK + 7] {
            let items: Vec<([&str; 3], Status)> = (0..n)
                .map(|i| {
                    let cell = |k: usize| texts[(i * 3 + k * 5) % texts.len()];
                    ([cell(0), cell(1), cell(2)], statuses[i % statuses.len()])
                })
                .collect();
            let style = Style::default();
            let mut table = new_table(style, &headers);
            table
                .column_mut(1)
                .unwrap()
                .set_cell_alignment(CellAlignment::Right);
            for (cells, status) in &items {
                let mut row: Vec<Cell> = cells.iter().map(|c| text_cell(c)).collect();
                row.push(status_cell(*status, false));
                table.add_row(row);
            }
            keep_whole(&mut table, &[0, 3]);
            let want = format!("{table}\n");
            let mut got = Vec::new();
            let layout = Layout {
                right: &[1],
                whole: &[0, 3],
            };
            write_status_table(
                &mut got,
                style,
                &headers,
                &layout,
                &items,
                |i| i.0.map(Cow::Borrowed),
                |i| i.1,
            )
            .unwrap();
            assert_eq!(String::from_utf8(got).unwrap(), want, "{n} rows");
        }
    }
}
