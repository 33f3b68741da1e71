//! Output rendered on every core (rayon) and written in order: what `parallel_json` and
//! `streamed_table` share. See those modules for why each is kept.

use std::io::{self, Write};

use rayon::prelude::*;

/// How many items one task renders: enough to outweigh handing the task out.
pub(super) const CHUNK: usize = 128;
/// How many items are rendered before they are written: what is in memory at once, kept
/// to two chunks a core because a listing of the whole folder is already close to the
/// memory target.
pub(super) const BATCH: usize = 4 * CHUNK;

/// Writes `items` in order, each chunk of them rendered into a buffer on rayon's pool by
/// `render(index of the chunk's first item, chunk, buffer)`.
pub(super) fn write_in_order<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    render: impl Fn(usize, &[T], &mut Vec<u8>) + Sync,
) -> io::Result<()> {
    for (b, batch) in items.chunks(BATCH).enumerate() {
        let parts: Vec<Vec<u8>> = batch
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(c, chunk)| {
                let mut buf = Vec::new();
                render(b * BATCH + c * CHUNK, chunk, &mut buf);
                buf
            })
            .collect();
        for part in parts {
            out.write_all(&part)?;
        }
    }
    Ok(())
}
