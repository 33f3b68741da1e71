//! Untrusted text made safe to show: a resolution file, a command-line argument or an error
//! message may hold anything, and what reaches a terminal, a CSV cell or a JSON string must
//! stay text. Every module that prints data takes its escaping from here.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a character must not reach a terminal as it is: C0 and C1 controls, DEL, the
/// bidirectional embeddings, overrides and isolates that can reorder what a line seems to say,
/// the invisible direction marks that do the same (LRM, RLM, the Arabic letter mark), and the
/// line and paragraph separators that break a line where none is seen. Arabic letters and
/// every other character of a script are not among them.
pub(crate) fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Untrusted text made safe for a terminal: dangerous characters become visible escapes
/// (`\n`, `\t`, `\u{1b}`); all other text, right-to-left scripts included, is unchanged.
pub fn escape(s: &str) -> Cow<'_, str> {
    // Every cell of every table passes through here: a byte scan, not a decode of each
    // character, decides that most text needs nothing.
    if !has_dangerous(s.as_bytes(), false) {
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
/// Whether UTF-8 `bytes` hold a character `escape` guards against (`is_dangerous`), a
/// newline excepted when `newline_ok`: a C0 control or DEL, a C1 control (`C2 80`–`C2 9F`),
/// a bidirectional control (`E2 80 AA`–`AE`, `E2 81 A6`–`A9`), a direction mark (`E2 80 8E`,
/// `8F`; `D8 9C`) or a line or paragraph separator (`E2 80 A8`, `A9`). A byte scan, far
/// cheaper than decoding every character of a large listing.
pub(crate) fn has_dangerous(bytes: &[u8], newline_ok: bool) -> bool {
    // Lead bytes of every such character; `’`, `…` and Arabic letters share them, so a
    // suspect byte is confirmed by the exact test below.
    let suspect = |b: u8| {
        ((b < 0x20) & ((b != b'\n') | !newline_ok))
            | (b == 0x7f)
            | (b == 0xc2)
            | (b == 0xe2)
            | (b == 0xd8)
    };
    let exact = |i: usize| match bytes[i] {
        b'\n' => !newline_ok,
        0..0x20 | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0x8e | 0x8f | 0xa8..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        0xd8 => bytes.get(i + 1) == Some(&0x9c),
        _ => false,
    };
    // Blocks of 32 bytes scanned without branches (fixed-size arrays, which the compiler
    // vectorises); only a block with a suspect byte, or the short tail, is tested byte by
    // byte. Most table cells are shorter than a block.
    const BLOCK: usize = 32;
    let (blocks, tail) = bytes.as_chunks::<BLOCK>();
    let in_blocks = blocks.iter().enumerate().any(|(n, block)| {
        block.iter().fold(false, |found, &b| found | suspect(b))
            && (n * BLOCK..(n + 1) * BLOCK).any(exact)
    });
    in_blocks || (bytes.len() - tail.len()..bytes.len()).any(|i| suspect(bytes[i]) && exact(i))
}

/// Whether JSON text holds a character `escape` guards against other than a newline (which
/// in serde_json's output is only ever the layout's own).
pub(crate) fn may_need_escapes(bytes: &[u8]) -> bool {
    has_dangerous(bytes, true)
}

/// Appends JSON text to `buf` with the characters `escape` guards against written as
/// `\uXXXX` escapes (see `output::write_json_value`).
pub(crate) fn push_terminal_safe(json: &str, buf: &mut Vec<u8>) {
    // serde_json escapes C0 controls in strings itself: a raw `\n` is the layout's.
    let dangerous = |c: char| c != '\n' && is_dangerous(c);
    if !may_need_escapes(json.as_bytes()) {
        buf.extend_from_slice(json.as_bytes());
        return;
    }
    let mut safe = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if dangerous(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(safe, "\\u{unit:04x}");
            }
        } else {
            safe.push(c);
        }
    }
    buf.extend_from_slice(safe.as_bytes());
}

/// A path for a diff header, quoted as git quotes one (`"a/we\nird/x.toml"`) when it holds
/// a character `escape` guards against, a `"` or a `\`: unquoted, a newline in a folder
/// name would split the header and `git apply` would refuse the patch. Other text, Arabic
/// names and spaces included, is left as it is, which git also reads.
pub fn diff_path(path: &str) -> Cow<'_, str> {
    if !path
        .chars()
        .any(|c| is_dangerous(c) || matches!(c, '"' | '\\'))
    {
        return Cow::Borrowed(path);
    }
    let mut out = String::with_capacity(path.len() + 8);
    out.push('"');
    for c in path.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            // Git's form for any other byte: three octal digits, for each byte of UTF-8.
            c if is_dangerous(c) => {
                for b in c.encode_utf8(&mut [0; 4]).bytes() {
                    let _ = write!(out, "\\{b:03o}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    Cow::Owned(out)
}

/// Text from the data, safe for a terminal: each line escaped, line breaks kept.
pub fn clean(s: &str) -> String {
    s.trim()
        .lines()
        .map(|line| escape(line.trim_end()).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A text cell that a spreadsheet will not run as a formula: OWASP's advice is to prefix
/// a cell beginning with `=`, `+`, `-`, `@`, tab or carriage return with a single quote.
///
/// A CSV file is also read on terminals (`list --format csv | less`): controls and bidi
/// overrides are escaped as everywhere else, except line breaks and tabs, which CSV quotes.
pub fn csv_safe(s: &str) -> Cow<'_, str> {
    // Every text cell of every row passes through here. The byte scan (which lets only a
    // newline through) finds no dangerous character in most cells, and then none needs
    // escaping; a cell it flags may hold only tabs or carriage returns, which CSV keeps as
    // data, so the exact test decides.
    let needs_escape = |s: &str| {
        has_dangerous(s.as_bytes(), true)
            && s.chars()
                .any(|c| is_dangerous(c) && !matches!(c, '\n' | '\r' | '\t'))
    };
    let s = if needs_escape(s) {
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
    // All ASCII: the first byte is the first character exactly when it is one of them.
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{s}")),
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
    fn escapes_direction_marks_and_separators_but_no_arabic_letter() {
        let marks = "a\u{200e}b\u{200f}c\u{61c}d\u{2028}e\u{2029}f";
        assert_eq!(
            escape(marks),
            "a\\u{200e}b\\u{200f}c\\u{61c}d\\u{2028}e\\u{2029}f"
        );
        let mut json = Vec::new();
        push_terminal_safe(&format!("\"{marks}\""), &mut json);
        assert_eq!(
            String::from_utf8(json).unwrap(),
            "\"a\\u200eb\\u200fc\\u061cd\\u2028e\\u2029f\""
        );
        // Every letter, digit and mark of the Arabic blocks prints as written.
        let arabic: String = (0x600..=0x6ff)
            .chain(0x750..=0x77f)
            .filter_map(char::from_u32)
            .filter(|&c| !c.is_control() && c != '\u{61c}')
            .collect();
        assert!(matches!(escape(&arabic), Cow::Borrowed(_)));
        assert_eq!(csv_safe(&arabic), arabic);
    }

    #[test]
    fn the_byte_scan_finds_every_character_escape_guards_against() {
        let samples = (0..0x3000u32)
            .chain(0xfff0..0x10010)
            .filter_map(char::from_u32);
        // At the start, inside, and across the edges of the 32-byte blocks, and in the tail.
        let offsets = [1, 0, 30, 31, 32, 33, 63];
        for c in samples {
            for off in offsets {
                let s = format!("{}{c}{}", "a".repeat(off), "b".repeat(70 - off));
                // Exact both ways: `escape` relies on it to leave text borrowed.
                let want = c != '\n' && is_dangerous(c);
                let at = format!("{:x} at {off}", c as u32);
                assert_eq!(may_need_escapes(s.as_bytes()), want, "{at}");
                assert_eq!(has_dangerous(s.as_bytes(), false), is_dangerous(c), "{at}");
                assert_eq!(
                    matches!(escape(&s), Cow::Borrowed(_)),
                    !is_dangerous(c),
                    "{at}"
                );
            }
        }
        assert!(!may_need_escapes(
            "plain, منظمة, Côte d’Ivoire, 2023 … 2024\n".as_bytes()
        ));
    }

    #[test]
    fn csv_safe_is_the_char_by_char_definition() {
        // What `csv_safe` was before its byte scan, kept as the definition.
        fn by_chars(s: &str) -> Cow<'_, str> {
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
        let samples = (0..0x3000u32)
            .chain(0xfff0..0x10010)
            .filter_map(char::from_u32);
        for c in samples {
            for off in [0, 1, 31, 32, 33] {
                let s = format!("{}{c}{}", "a".repeat(off), "b".repeat(40 - off));
                let (got, want) = (csv_safe(&s), by_chars(&s));
                assert_eq!(got, want, "{:x} at {off}", c as u32);
                assert_eq!(
                    matches!(got, Cow::Borrowed(_)),
                    matches!(want, Cow::Borrowed(_))
                );
            }
        }
        for s in [
            "",
            "=1+1",
            "\t=x",
            "\r\n",
            "a\tb\r\nc",
            "@\u{202e}x",
            "-\u{1b}[31m",
        ] {
            assert_eq!(csv_safe(s), by_chars(s), "{s:?}");
        }
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

    #[test]
    fn diff_paths_are_quoted_as_git_quotes_them() {
        assert_eq!(diff_path("a/r/x.toml"), "a/r/x.toml");
        assert_eq!(diff_path("a/قرارات دورة/x.toml"), "a/قرارات دورة/x.toml");
        assert_eq!(diff_path("a/we\nird/x.toml"), "\"a/we\\nird/x.toml\"");
        assert_eq!(diff_path("a/q\"b\\c\t"), "\"a/q\\\"b\\\\c\\t\"");
        assert_eq!(diff_path("a/\u{1b}\u{202e}"), "\"a/\\033\\342\\200\\256\"");
    }

    #[test]
    fn clean_escapes_controls_but_keeps_lines_and_arabic() {
        assert_eq!(clean("  a\u{1b}[31m\r\nb  \n"), "a\\u{1b}[31m\nb");
        assert_eq!(clean("قرار\u{202e}"), "قرار\\u{202e}");
    }
}
