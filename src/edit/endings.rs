//! Line endings through an edit. toml_edit writes the lines it creates with a bare `\n`;
//! a file may use `\r\n`, or both. Each line the edit did not touch keeps its own ending,
//! and each line it wrote takes the ending of the line it replaced, else of its neighbour.

use similar::{DiffTag, TextDiff};

/// `line` split into its text and its ending (`"\r\n"`, `"\n"` or `""`).
pub fn split(line: &str) -> (&str, &str) {
    if let Some(body) = line.strip_suffix("\r\n") {
        (body, "\r\n")
    } else if let Some(body) = line.strip_suffix('\n') {
        (body, "\n")
    } else {
        (line, "")
    }
}

/// `new` (an edit of `old`) with the line endings of `old`, line by line.
pub fn keep(old: &str, new: &str) -> String {
    if !old.contains('\r') && !new.contains('\r') {
        // Every line of both ends in `\n`: nothing to carry over.
        return new.to_string();
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let old_plain = old.replace("\r\n", "\n");
    let new_plain = new.replace("\r\n", "\n");
    let new_lines: Vec<&str> = new_plain.split_inclusive('\n').collect();
    let fallback = old_lines.iter().map(|l| split(l).1).find(|e| !e.is_empty());
    let mut out = String::with_capacity(new.len() + new.len() / 16);
    let mut before = fallback.unwrap_or("\n");
    for op in TextDiff::from_lines(&old_plain, &new_plain).ops() {
        let (tag, olds, news) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            for line in &old_lines[olds] {
                out += line;
                before = nonempty(split(line).1, before);
            }
            continue;
        }
        for (k, line) in new_lines[news].iter().enumerate() {
            // A rewritten line keeps the ending of the line it replaces; an added line takes
            // the one before it, or, at the top of the file, the one after it.
            let replaced = old_lines.get(olds.start + k.min(olds.len().saturating_sub(1)));
            let like = match (tag, replaced) {
                (DiffTag::Replace, Some(r)) => nonempty(split(r).1, before),
                _ if out.is_empty() => replaced.map_or(before, |r| nonempty(split(r).1, before)),
                _ => before,
            };
            let (body, ending) = split(line);
            out += body;
            if !ending.is_empty() {
                out += like;
                before = like;
            }
        }
    }
    out
}

fn nonempty<'a>(ending: &'a str, otherwise: &'a str) -> &'a str {
    if ending.is_empty() { otherwise } else { ending }
}

#[cfg(test)]
mod tests {
    use super::keep;

    #[test]
    fn untouched_lines_keep_their_own_endings() {
        let old = "a = 1\r\nb = 2\nc = 3\r\n";
        assert_eq!(
            keep(old, "a = 1\r\nb = 2\nc = 4\n"),
            "a = 1\r\nb = 2\nc = 4\r\n"
        );
        assert_eq!(
            keep(old, "a = 1\r\nb = 2\nx = 0\nc = 3\r\n"),
            "a = 1\r\nb = 2\nx = 0\nc = 3\r\n"
        );
        assert_eq!(
            keep(old, "a = 1\r\nx = 0\nb = 2\nc = 3\r\n"),
            "a = 1\r\nx = 0\r\nb = 2\nc = 3\r\n"
        );
    }

    #[test]
    fn a_line_added_at_either_end_takes_its_neighbours_ending() {
        let old = "a = 1\r\nb = 2\n";
        assert_eq!(
            keep(old, "x = 0\na = 1\r\nb = 2\n"),
            "x = 0\r\na = 1\r\nb = 2\n"
        );
        assert_eq!(
            keep(old, "a = 1\r\nb = 2\ny = 9\n"),
            "a = 1\r\nb = 2\ny = 9\n"
        );
        assert_eq!(keep("a = 1", "a = 1\nb = 2\n"), "a = 1\nb = 2\n");
        assert_eq!(keep("a = 1\r\nb", "a = 1\r\nb\nc\n"), "a = 1\r\nb\r\nc\r\n");
    }

    #[test]
    fn a_plain_lf_file_is_left_as_written() {
        assert_eq!(keep("a\nb\n", "a\nc\n"), "a\nc\n");
    }
}
