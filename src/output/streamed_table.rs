//! A status table drawn row by row, byte for byte as comfy-table draws it when nothing
//! wraps and nothing is coloured (off a terminal, no `COLUMNS`), on every core
//! (`parallel.rs`).
//!
//! Kept for memory: comfy-table holds every cell and every line of a table at once, so
//! `list` or `due` over a large folder would take several times the memory of the folder
//! itself. Drawn on every core for speed: on one thread, drawing after the parse makes
//! `due` miss its target against the bare parse (`docs/performance.md` has the figures).
//! The test below compares this drawing with comfy-table's.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use rayon::prelude::*;

use super::Layout;
use super::parallel::{CHUNK, write_in_order};
use crate::model::Status;
use crate::text::escape;

/// Draws the table when it can: `Ok(false)` when a column is wider than
/// [`super::MAX_LINE_COLUMNS`], which comfy-table must then draw, its long lines folded by
/// [`super::text_cell`]: this drawing never folds a line.
pub(super) fn write<'a, T: Sync, const N: usize>(
    out: &mut dyn Write,
    headers: &[&str],
    layout: &Layout<'_>,
    items: &[T],
    cells: &(impl Fn(&T) -> [Cow<'a, str>; N] + Sync),
    status: &(impl Fn(&T) -> Status + Sync),
) -> io::Result<bool> {
    // In --lang's words, as `new_table` gives them when comfy-table draws.
    let words: Vec<String> = headers.iter().map(|h| crate::i18n::header(h)).collect();
    let headers: Vec<&str> = words.iter().map(String::as_str).collect();
    let headers = headers.as_slice();
    let Some(widths) = widths(headers, items, cells, status) else {
        return Ok(false);
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
    let mut buf = border("╭", "─", "┬", "╮").into_bytes();
    line(&mut headers.iter().map(|h| Cow::Borrowed(*h)), &mut buf);
    buf.extend_from_slice(border("╞", "═", "╪", "╡").as_bytes());
    out.write_all(&buf)?;
    write_in_order(out, items, |_, chunk, buf| {
        for item in chunk {
            // An array and an iterator, not vectors: no allocation of their own per row.
            let texts = cells(item);
            let label = std::iter::once(Cow::Borrowed(crate::i18n::status_label(status(item))));
            line(&mut texts.iter().map(|t| escape(t)).chain(label), buf);
        }
    })?;
    out.write_all(border("╰", "─", "┴", "╯").as_bytes())?;
    Ok(true)
}

/// The width of each column as comfy-table measures it (at least 1), or `None` when one is
/// wider than a cell's line may be.
fn widths<'a, T: Sync, const N: usize>(
    headers: &[&str],
    items: &[T],
    cells: &(impl Fn(&T) -> [Cow<'a, str>; N] + Sync),
    status: &(impl Fn(&T) -> Status + Sync),
) -> Option<Vec<usize>> {
    // Measured on every core too: this pass builds every cell once more.
    let widest = |part: &[T]| {
        let mut widths: Vec<usize> = headers.iter().map(|h| shown_width(h).max(1)).collect();
        for item in part {
            let texts = cells(item);
            let last = std::iter::once(crate::i18n::status_label(status(item)).width());
            let each = texts.iter().map(|t| shown_width(&escape(t))).chain(last);
            for (w, n) in widths.iter_mut().zip(each) {
                *w = (*w).max(n);
            }
        }
        widths
    };
    let widths = items.par_chunks(CHUNK).map(widest).reduce(
        || widest(&[]),
        |a, b| a.iter().zip(b).map(|(x, y)| y.max(*x)).collect(),
    );
    widths
        .iter()
        .all(|&w| w <= super::MAX_LINE_COLUMNS)
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

#[cfg(test)]
mod tests {
    use comfy_table::{Cell, CellAlignment};

    use super::*;
    use crate::output::{Style, keep_whole, new_table, status_cell, text_cell};

    #[test]
    fn the_streamed_table_is_comfy_tables_drawing_byte_for_byte() {
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
        let layout = Layout {
            right: &[1],
            whole: &[0, 3],
        };
        // Several chunks and batches, the last of each part full.
        for n in [0, 1, 5, 300, super::super::parallel::BATCH + 7] {
            let items: Vec<([&str; 3], Status)> = (0..n)
                .map(|i| {
                    let cell = |k: usize| texts[(i * 3 + k * 5) % texts.len()];
                    ([cell(0), cell(1), cell(2)], statuses[i % statuses.len()])
                })
                .collect();
            let mut table = new_table(Style::default(), &headers);
            let column = table.column_mut(1).unwrap();
            column.set_cell_alignment(CellAlignment::Right);
            for (cells, status) in &items {
                let mut row: Vec<Cell> = cells.iter().map(|c| text_cell(c)).collect();
                row.push(status_cell(*status, false));
                table.add_row(row);
            }
            keep_whole(&mut table, layout.whole);
            let want = format!("{table}\n");
            let mut got = Vec::new();
            let cells = |i: &([&'static str; 3], Status)| i.0.map(Cow::Borrowed);
            let drawn = write(&mut got, &headers, &layout, &items, &cells, &|i| i.1).unwrap();
            assert!(drawn);
            assert_eq!(String::from_utf8(got).unwrap(), want, "{n} rows");
        }
    }
}
