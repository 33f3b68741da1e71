//! Problems found in the data, each pinned to a file, a line and a column.

use std::collections::HashMap;
use std::fmt;
use std::io::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::text::escape;

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; a problem with the file as a whole (unreadable, say) is at line 1, column 1.
    pub line: usize,
    /// 1-based, counted in characters.
    pub column: usize,
    pub severity: Severity,
    pub message: String,
    /// What to type or change instead, where the tool can tell.
    pub help: Option<String>,
    /// The source line the problem is on, for a caret under it.
    #[serde(skip)]
    pub source_line: Option<String>,
    /// Characters the caret spans (at least 1).
    #[serde(skip)]
    pub width: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    /// Worth a look, but the data loads as it is (exit 0).
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl Diagnostic {
    /// A problem with a whole file, before any of its text could be read.
    pub fn file(path: &Path, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: path.to_path_buf(),
            line: 1,
            column: 1,
            severity: Severity::Error,
            message: message.into(),
            help: None,
            source_line: None,
            width: 1,
        }
    }

    /// A problem at a byte span of `text`, the content of `path`. For a file with several
    /// problems, [`Diagnostic::at_indexed`] with one [`LineIndex`] saves a pass over the
    /// text per problem.
    pub fn at(path: &Path, text: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        Self::at_indexed(path, text, &LineIndex::new(text), span, message)
    }

    /// [`Diagnostic::at`], with `lines` the [`LineIndex`] of `text`.
    pub fn at_indexed(
        path: &Path,
        text: &str,
        lines: &LineIndex,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let line = lines.line_of(start);
        let line_start = lines.starts[line];
        let line_end = lines.starts.get(line + 1).map_or(text.len(), |&s| s - 1);
        let line = line + 1;
        let column = text[line_start..start].chars().count() + 1;
        let end = floor_char_boundary(text, span.end.clamp(start, line_end));
        let source_line = text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        Diagnostic {
            file: path.to_path_buf(),
            line,
            column,
            severity: Severity::Error,
            message: message.into(),
            help: None,
            source_line: Some(source_line),
            width: text[start..end].chars().count().max(1),
        }
    }

    pub fn with_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}

/// Where each line of a text starts, found in one pass: a diagnostic then finds its line
/// by a binary search, where counting the line breaks before it for each of many
/// diagnostics in one file would read the file once per diagnostic.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// The byte offset of each line's first byte; the first is 0.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let breaks = text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
        let starts = std::iter::once(0).chain(breaks.map(|(i, _)| i + 1));
        LineIndex {
            starts: starts.collect(),
        }
    }

    /// The 0-based line that byte `at` is on.
    fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at) - 1
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Diagnostic {
    /// `FILE:LINE:COL: error: message`, the source line with a caret, then `help:`.
    /// Text from the file is escaped: it may hold anything.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            escape(&self.file.display().to_string()),
            self.line,
            self.column,
            self.severity.as_str(),
            escape(&self.message)
        )?;
        if let Some(src) = &self.source_line {
            let gutter = " ".repeat(self.line.to_string().len());
            let (shown, pad, carets) = excerpt(src, self.column - 1, self.width);
            writeln!(f)?;
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{} | {shown}", self.line)?;
            write!(f, "{gutter} | {}{}", " ".repeat(pad), "^".repeat(carets))?;
        }
        if let Some(help) = &self.help {
            write!(f, "\nhelp: {}", escape(help))?;
        }
        Ok(())
    }
}

/// The most of a source line a diagnostic shows: a minified or generated file can have a
/// line of megabytes, and the caret only needs its surroundings.
const MAX_SHOWN: usize = 120;

/// The part of `line` to show around the span at char `col` of `width` chars, escaped, with
/// `…` where it was cut; and the caret's offset and length in the shown text.
fn excerpt(line: &str, col: usize, width: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line.chars().collect();
    let col = col.min(chars.len());
    let from = col
        .saturating_sub(MAX_SHOWN / 2)
        .min(chars.len().saturating_sub(MAX_SHOWN));
    let to = chars.len().min(from + MAX_SHOWN).max(col);
    let end = (col + width).min(to);
    let text =
        |r: std::ops::Range<usize>| escape(&chars[r].iter().collect::<String>()).into_owned();
    let cut_left = if from > 0 { "…" } else { "" };
    let cut_right = if to < chars.len() { "…" } else { "" };
    let shown = format!("{cut_left}{}{cut_right}", text(from..to));
    let pad = cut_left.chars().count() + text(from..col).chars().count();
    let carets = text(col..end).chars().count().max(1);
    (shown, pad, carets)
}

/// Prints `diags` to stderr, one after the other.
pub fn print_all(diags: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diags {
        let _ = writeln!(err, "{d}");
    }
}

/// The closest of `candidates` to `word`, if any is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// [`did_you_mean`] for many words against one list of candidates (the events a file's
/// deadlines may name), with a bound on the work: each word is compared once, and once
/// `budget` comparisons are spent the words left get no suggestion. Without the bound, n
/// misspelt names among n candidates cost n² comparisons.
pub struct Suggester<'a> {
    candidates: Vec<&'a str>,
    budget: usize,
    seen: HashMap<String, Option<&'a str>>,
}

impl<'a> Suggester<'a> {
    /// Enough for every misspelling of an everyday file to be compared with every event.
    pub const BUDGET: usize = 200_000;

    pub fn new(candidates: Vec<&'a str>, budget: usize) -> Self {
        Suggester {
            candidates,
            budget,
            seen: HashMap::new(),
        }
    }

    /// What [`did_you_mean`] gives for `word`, or `None` once the budget is spent.
    pub fn suggest(&mut self, word: &str) -> Option<&'a str> {
        if let Some(&known) = self.seen.get(word) {
            return known;
        }
        let cost = self.candidates.len();
        if cost > self.budget {
            return None;
        }
        self.budget -= cost;
        let found = did_you_mean(word, self.candidates.iter().copied());
        self.seen.insert(word.to_string(), found);
        found
    }
}

/// `items` joined with `, `, at most `max` of them, then how many more there are: a help
/// line lists a handful of names, not every event of a large folder once per problem.
pub fn list_some(items: &[&str], max: usize) -> String {
    let shown = items[..items.len().min(max)].join(", ");
    match items.len().saturating_sub(max) {
        0 => shown,
        more => format!("{shown} and {more} more"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\ntitre = \"é\" x\n";
        let at = text.find('x').unwrap();
        let d = Diagnostic::at(Path::new("f.toml"), text, at..at + 1, "boom");
        assert_eq!((d.line, d.column), (2, 13));
        assert_eq!(
            d.to_string(),
            "f.toml:2:13: error: boom\n  |\n2 | titre = \"é\" x\n  |             ^"
        );
    }

    #[test]
    fn spans_past_the_end_are_clamped() {
        let d = Diagnostic::at(Path::new("f.toml"), "abc", 10..20, "eof");
        assert_eq!((d.line, d.column, d.width), (1, 4, 1));
    }

    #[test]
    fn a_long_line_is_cut_around_the_caret() {
        let text = format!("x = {}!{}", "[".repeat(500), "]".repeat(500));
        let at = text.find('!').unwrap();
        let d = Diagnostic::at(Path::new("f.toml"), &text, at..at + 1, "boom");
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(
            lines[2],
            format!("1 | …{}!{}…", "[".repeat(60), "]".repeat(59))
        );
        assert_eq!(lines[3], format!("  | {}^", " ".repeat(61)));
    }

    #[test]
    fn the_caret_spans_escaped_characters_whole() {
        let text = "k = \"a\u{1b}b\"";
        let d = Diagnostic::at(Path::new("f.toml"), text, 4..text.len(), "boom");
        assert_eq!(
            d.to_string(),
            "f.toml:1:5: error: boom\n  |\n1 | k = \"a\\u{1b}b\"\n  |     ^^^^^^^^^^"
        );
    }

    #[test]
    fn suggestions_only_for_near_misses() {
        assert_eq!(
            did_you_mean("sumary", ["summary", "status"]),
            Some("summary")
        );
        assert_eq!(did_you_mean("zzz", ["summary", "status"]), None);
    }

    #[test]
    fn a_suggester_suggests_what_did_you_mean_does_until_its_budget_is_spent() {
        let events = ["summit-15", "summit-16", "report"];
        // Two words' worth of comparisons: the third word gets nothing.
        let mut s = Suggester::new(events.to_vec(), 2 * events.len());
        assert_eq!(s.suggest("sumit-15"), Some("summit-15"));
        assert_eq!(s.suggest("reprot"), did_you_mean("reprot", events));
        // A word seen before costs nothing.
        assert_eq!(s.suggest("sumit-15"), Some("summit-15"));
        assert_eq!(s.suggest("sumit-16"), None);
    }

    #[test]
    fn list_some_names_at_most_max_and_counts_the_rest() {
        assert_eq!(list_some(&["a", "b"], 3), "a, b");
        assert_eq!(list_some(&["a", "b", "c"], 3), "a, b, c");
        assert_eq!(
            list_some(&["a", "b", "c", "d", "e"], 3),
            "a, b, c and 2 more"
        );
    }

    /// The line, column, source line and caret width as they were counted before the line
    /// index: from the start of the text, for each diagnostic.
    fn counted(text: &str, span: Range<usize>) -> (usize, usize, String, usize) {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let end = floor_char_boundary(text, span.end.clamp(start, line_end));
        let source = text[line_start..line_end].trim_end_matches('\r');
        let width = text[start..end].chars().count().max(1);
        (line, column, source.to_string(), width)
    }

    proptest::proptest! {
        #[test]
        fn the_line_index_finds_what_counting_from_the_start_found(
            text in "(a|é|\n|\r\n| |\u{1b}|x){0,60}",
            spans in proptest::collection::vec((0usize..80, 0usize..80), 1..8),
        ) {
            let lines = LineIndex::new(&text);
            for (a, b) in spans {
                let d = Diagnostic::at_indexed(Path::new("f"), &text, &lines, a..a + b, "m");
                let got = (d.line, d.column, d.source_line.clone().unwrap(), d.width);
                proptest::prop_assert_eq!(got, counted(&text, a..a + b));
            }
        }
    }
}
