//! The floor `scripts/bench.sh` measures the tool against: find every `.toml` file under
//! DIR, read it and parse it into a `toml::Table`, on every core (rayon's pool, as the
//! loader uses), and nothing else.
//!
//! ```sh
//! cargo run --release --example parsefloor -- /tmp/corpus
//! ```

use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parsefloor DIR");
        std::process::exit(2);
    };
    let mut files = Vec::new();
    walk(Path::new(&dir), &mut files);
    let keys: usize = files.par_iter().map(|p| parse(p)).sum();
    println!("{} files, {keys} top-level keys", files.len());
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.expect("a readable folder entry");
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, files);
        } else if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
}

/// The number of top-level keys, so the parse cannot be optimised away.
fn parse(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    table.len()
}
