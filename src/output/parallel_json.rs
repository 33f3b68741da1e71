//! `--format json` rendered on every core and written in order (`parallel.rs`).
//!
//! Kept for speed alone: a listing of the whole folder is tens of megabytes of JSON, and
//! rendering it on one thread after the parse makes `list --format json` miss its target
//! against the bare parse (`docs/performance.md` has the figures). The test below checks
//! it against `write_json_value`, the simple way to print the same array.

use std::io::{self, Write};

use serde::Serialize as _;
use serde_json::ser::Formatter as _;

use super::parallel::write_in_order;
use crate::text::{may_need_escapes, push_terminal_safe};
use crate::view::Row;

/// One array of mandate objects, always valid JSON; byte for byte what `write_json_value`
/// prints for the array.
pub fn write_json(out: &mut dyn Write, rows: &[Row<'_>]) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(out, "[]");
    }
    write_in_order(out, rows, |first, chunk, buf| {
        for (i, row) in chunk.iter().enumerate() {
            push_record(first + i == 0, row, buf);
        }
    })?;
    out.write_all(b"\n]\n")
}

/// Appends one record as an element of the array, terminal escapes included.
fn push_record(first: bool, row: &Row<'_>, buf: &mut Vec<u8>) {
    buf.extend_from_slice(if first { b"[\n  " } else { b",\n  " });
    // A formatter one level into the array, as the array's own elements are.
    let mut inside = serde_json::ser::PrettyFormatter::new();
    let _ = inside.begin_array(&mut io::sink());
    let start = buf.len();
    let mut json = serde_json::Serializer::with_formatter(&mut *buf, inside);
    row.record()
        .serialize(&mut json)
        .expect("a record serialises to memory");
    if may_need_escapes(&buf[start..]) {
        let record = String::from_utf8(buf.split_off(start)).expect("serde_json writes UTF-8");
        push_terminal_safe(&record, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::parallel::{BATCH, CHUNK};
    use crate::output::write_json_value;

    #[test]
    fn json_rendered_in_parallel_is_write_json_value_byte_for_byte() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/bundled/resolutions");
        let mut folder = crate::load::load_folder(&dir).folder;
        let first = &mut folder.resolutions[0].mandates[0];
        first.summary = "bidi \u{202e} C1 \u{9b} ESC \u{1b} منظمة".into();
        let today = jiff::civil::date(2023, 8, 2);
        let one = crate::view::rows(&folder, today, 30);
        assert!(!one.is_empty());
        // Several batches, and a last chunk and batch part full.
        for n in [0, 1, one.len(), 2 * BATCH + CHUNK + 7] {
            let rows: Vec<Row<'_>> = one.iter().cycle().take(n).cloned().collect();
            let records: Vec<_> = rows.iter().map(Row::record).collect();
            let mut want = Vec::new();
            write_json_value(&mut want, &records).unwrap();
            let mut got = Vec::new();
            write_json(&mut got, &rows).unwrap();
            assert!(got == want, "{n} rows differ");
        }
    }
}
