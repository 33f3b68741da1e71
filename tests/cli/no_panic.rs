//! No input panics the loader: arbitrary bytes, and the bundled files mutated the ways
//! hand edits and bad merges break them. Everything the tool would then print (diagnostics,
//! rows, JSON, CSV) is rendered too, and every diagnostic must point inside its file.

use std::path::Path;

use oic_track::diag::Diagnostic;
use oic_track::load::{load_folder, parse_resolution};
use oic_track::model::{Event, Folder};
use proptest::prelude::*;

use crate::support::{bundled, proptest_cases};

/// Tokens that mean something to the loader, for insertions.
const TOKENS: &[&str] = &[
    "\n[[mandates]]\n",
    "\n[[events]]\n",
    "\n[mandates]\n",
    "id = \"summit-15\"\n",
    "id = \"x\"\n",
    "status = \"done\"\n",
    "done = 2023-02-30\n",
    "due = { before = \"summit-15\" }\n",
    "due = { at = \"adoption\", days = -9223372036854775808 }\n",
    "due = \"9999-12\"\n",
    "paragraph = 99999999999999999999\n",
    "notes = [{ date = 2023-08-01, text = \"\\u202e\" }]\n",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "'''",
    "\"\"\"",
    "=",
    ",",
    ".",
    "#",
    "\r\n",
    "\u{feff}",
    "\u{202e}",
    "é",
    "\u{0}",
];

#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, token: usize },
    Replace { at: usize, byte: u8 },
    DuplicateLine { line: usize },
    SwapLines { a: usize, b: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Insert { at, token }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Replace { at, byte }),
        any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    match *m {
        Mutation::Delete { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Mutation::Insert { at, token } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, TOKENS[token].bytes());
        }
        Mutation::Replace { at, byte } => {
            if !bytes.is_empty() {
                bytes[at % n] = byte;
            }
        }
        Mutation::DuplicateLine { line } => {
            let mut lines = split_lines(bytes);
            if !lines.is_empty() {
                let i = line % lines.len();
                lines.insert(i, lines[i].clone());
                *bytes = lines.concat();
            }
        }
        Mutation::SwapLines { a, b } => {
            let mut lines = split_lines(bytes);
            let len = lines.len();
            if len > 0 {
                lines.swap(a % len, b % len);
                *bytes = lines.concat();
            }
        }
        Mutation::Truncate { at } => bytes.truncate(at % n),
    }
}

fn split_lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

/// Renders what a command would print, and checks each diagnostic points into its text.
fn render(
    text: &str,
    result: Result<oic_track::model::Resolution, Vec<Diagnostic>>,
    shared: &[Event],
) {
    match result {
        Ok(res) => {
            let folder = Folder {
                resolutions: vec![res],
                events: shared.to_vec(),
                ..Folder::default()
            };
            let rows = oic_track::view::rows(&folder, jiff::civil::date(2023, 8, 2), 30);
            let mut sink = Vec::new();
            oic_track::output::write_json(&mut sink, &rows).unwrap();
            oic_track::output::write_csv(&mut sink, &rows).unwrap();
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            let lines = text.split('\n').count();
            for d in diags {
                assert!(
                    d.line >= 1 && d.line <= lines,
                    "{d:?} outside {lines} lines"
                );
                assert!(d.column >= 1, "{d:?}");
                let shown = d.to_string();
                assert!(
                    !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
                    "{shown}"
                );
            }
        }
    }
}

fn shared_events() -> Vec<Event> {
    let loaded = load_folder(&bundled());
    assert!(loaded.is_clean());
    loaded.folder.events
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(proptest_cases(100)))]

    #[test]
    fn mutated_resolution_files_never_panic(mutations in prop::collection::vec(mutation(), 1..8)) {
        let original = std::fs::read(bundled().join("cfm-ex-2023-desecration.toml")).unwrap();
        let mut bytes = original;
        for m in &mutations {
            apply(&mut bytes, m);
        }
        match std::str::from_utf8(&bytes) {
            Ok(text) => {
                let shared = shared_events();
                let result = parse_resolution(Path::new("r.toml"), text, &shared);
                render(text.strip_prefix('\u{feff}').unwrap_or(text), result, &shared);
            }
            // A mutant that is no longer UTF-8 goes through the loader, which reads bytes.
            Err(_) => {
                let dir = tempfile::tempdir().unwrap();
                std::fs::write(dir.path().join("r.toml"), &bytes).unwrap();
                let loaded = load_folder(dir.path());
                prop_assert!(!loaded.diagnostics.is_empty());
                for d in &loaded.diagnostics {
                    let _ = d.to_string();
                }
            }
        }
    }

    #[test]
    fn arbitrary_bytes_in_a_folder_never_panic(
        resolution in prop::collection::vec(any::<u8>(), 0..600),
        events in prop::collection::vec(any::<u8>(), 0..300),
        mutations in prop::collection::vec(mutation(), 0..4),
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("r.toml"), &resolution).unwrap();
        // The bundled events file, mutated, or the raw bytes: both reach the events parser.
        let mut shared = std::fs::read(bundled().join("events.toml")).unwrap();
        for m in &mutations {
            apply(&mut shared, m);
        }
        let events_bytes = if mutations.is_empty() { events } else { shared };
        std::fs::write(dir.path().join("events.toml"), &events_bytes).unwrap();
        let loaded = load_folder(dir.path());
        for d in &loaded.diagnostics {
            let _ = d.to_string();
        }
        let rows = oic_track::view::rows(&loaded.folder, jiff::civil::date(2023, 8, 2), 30);
        let mut sink = Vec::new();
        oic_track::output::write_json(&mut sink, &rows).unwrap();
    }
}
