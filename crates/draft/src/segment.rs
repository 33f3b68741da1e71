//! Segmenter: plain text → paragraphs (with their numbers and lettered sub-paragraphs) →
//! sentences.

use std::sync::LazyLock;

use regex::Regex;

use super::table::{self, ABBREVIATIONS};
use crate::words::any_of;

/// One paragraph of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    /// 1-based position among the text's paragraphs (sub-paragraphs not counted, but in a
    /// text that numbers none a lettered item on a block or line of its own takes a place).
    pub ordinal: usize,
    /// The operative number the text gives it ("3." → 3), if any.
    pub number: Option<u32>,
    /// The paragraph's text with its number removed and its lines joined.
    pub text: String,
    pub subs: Vec<Sub>,
    /// The number as written ("14.", "Article 73"): a number out of sequence is put back.
    pub label: String,
}

/// A lettered sub-paragraph: "(a) To prepare ...".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sub {
    /// The letter as written, without brackets ("a").
    pub letter: String,
    pub text: String,
}

/// What a line starts with.
enum Marker {
    Number(u32),
    Letter(String),
    /// "(ii)": a sub-paragraph of its own under a paragraph, nested in a lettered one.
    Roman(String),
    /// "2.1": the first item of section 2, as meeting reports number them.
    Decimal(u32, String),
    /// "- Calls on ...": a bulleted paragraph of its own, after a preamble that ends with a
    /// comma (a text that bullets its operative paragraphs instead of numbering them).
    Item,
    /// "- (a) to select ...", "- (1) to make ...": among such bulleted paragraphs, a point
    /// with its own letter or number under a bulleted chapeau ending in a colon ("-
    /// REQUESTS the Regional Director:"): that chapeau's item, whatever its mark.
    Point(String),
    None,
}

/// "gave Valley a 10-day deadline to restore its charter": an ultimatum, read as the
/// request it is ("asked Valley to act within 10 days to restore ...").
static ULTIMATUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:gave|gives|has\s+given|have\s+given|had\s+given)\s+((?:the\s+)?\p{L}[^,;.]{0,60}?)\s+an?\s+(\d+|[a-z]+)[- ](hour|day|week|month)\s+(?:deadline|ultimatum)\s+to\s")
        .expect("valid regex")
});

/// "announced a one-week ultimatum for the rebels in Zanta to hand over ...", "issued a
/// seven-day ultimatum to the junta to reinstate ...": the ultimatum's addressee after "for"
/// or "to", read as the request it is ("asked the rebels in Zanta to act within one week to
/// hand over ...").
static ULTIMATUM_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:announced|announces|issued|issues|set|sets|gave|gives|imposed|imposes|handed)\s+an?\s+(\d+|[a-z]+)[- ](hour|day|week|month)\s+(?:deadline|ultimatum)\s+(?:for|to)\s+((?:the\s+)?[\p{L}][^,;.]{0,60}?)\s+to\s")
        .expect("valid regex")
});

/// "has given the junta 20 months at most with effect of 1 May 2030 to complete
/// ...": a span granted to act in, from a day the text may give.
static SPAN_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:gave|gives|has\s+given|have\s+given|had\s+given)\s+((?:the\s+)?\p{L}[^,;.]{0,60}?)\s+(\d+|[a-z]+)\s+(hours|days|weeks|months|years)(?:\s+maximum)?(?:\s+with\s+effect\s+(?:of|from)\s+([^;]{4,30}?\d{4}))?\s+to\s")
        .expect("valid regex")
});

/// "gave the junta until 31 March to hand power back", "gave the parties until the end of the
/// month to sign": a time granted up to a day, read as the request it is ("asked the junta
/// to act by 31 March to ...").
static UNTIL_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:gave|gives|has\s+given|have\s+given|had\s+given)\s+((?:the\s+)?\p{L}[^,;.]{0,60}?)\s+until\s+([^,;.]{3,40}?)\s+to\s")
        .expect("valid regex")
});

/// The text with its ultimatums read as requests (English only).
pub fn ultimatums(text: &str) -> std::borrow::Cow<'_, str> {
    let text = match UNTIL_GIVEN.replace_all(text, "asked $1 to act by $2 to ") {
        std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(text),
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    };
    let text = match ULTIMATUM.replace_all(&text, "asked $1 to act within $2 ${3}s to ") {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    };
    let asked = |c: &regex::Captures<'_>| {
        let plural = if matches!(&c[1], "one" | "1") {
            ""
        } else {
            "s"
        };
        format!(
            "asked {} to act within {} {}{plural} to ",
            &c[3], &c[1], &c[2]
        )
    };
    let text = match ULTIMATUM_FOR.replace_all(&text, asked) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    };
    let out = SPAN_GIVEN.replace_all(&text, |c: &regex::Captures<'_>| match c.get(4) {
        Some(from) => format!(
            "asked {} to act within {} {} from {} to ",
            &c[1],
            &c[2],
            &c[3],
            from.as_str()
        ),
        None => format!("asked {} to act within {} {} to ", &c[1], &c[2], &c[3]),
    });
    match out {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    }
}

/// A text set in capitals ("THE SUMMIT DIRECTED THE COUNCIL TO ...", as some summits
/// publish their communiqués) in sentence case: the rules read verbs and connectors in
/// lower case, and names keep a capital only where a sentence starts. A text that is mostly
/// in mixed case keeps its capital headings as they are.
pub fn unshouted(text: &str) -> std::borrow::Cow<'_, str> {
    let (upper, cased) = text.chars().fold((0usize, 0usize), |(u, c), ch| {
        (
            u + usize::from(ch.is_uppercase()),
            c + usize::from(ch.is_alphabetic() && (ch.is_uppercase() || ch.is_lowercase())),
        )
    });
    if cased < 200 || upper * 10 < cased * 6 {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut cap_next = true;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            cap_next = true;
            out.push_str(line);
        } else if shouted(line) {
            cap_next = sentence_case(line, cap_next, &mut out);
        } else {
            out.push_str(line);
            cap_next = line.trim_end().ends_with(['.', '!', '?']);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A line whose cased letters are (nearly) all capitals.
fn shouted(line: &str) -> bool {
    let cased = line
        .chars()
        .filter(|c| c.is_uppercase() || c.is_lowercase());
    let (upper, all) = cased.fold((0, 0), |(u, a), c| {
        (u + usize::from(c.is_uppercase()), a + 1)
    });
    all > 0 && upper * 10 >= all * 9
}

/// Writes the line in lower case with a capital where a sentence starts (after a full
/// stop, a blank line or "1."); says whether the next line starts one.
fn sentence_case(line: &str, mut cap_next: bool, out: &mut String) -> bool {
    for c in line.chars() {
        if c.is_alphanumeric() {
            if cap_next && c.is_alphabetic() {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            cap_next = false;
        } else {
            cap_next |= matches!(c, '.' | '!' | '?');
            out.push(c);
        }
    }
    cap_next
}

/// The text with the typographic variants PDFs and word processors leave folded to the
/// plain characters the rules read: non-breaking and figure hyphens ("Director‑General")
/// become "-", no-break and narrow spaces become spaces, soft hyphens go, and footnote
/// markers a PDF's superscripts leave on words ("Member States3", "the report,1") go.
pub fn normalize(text: &str) -> String {
    let text = without_markup(text);
    let text = WIKI_INDENTED_LABEL.replace_all(&text, "$1 ");
    let text = QUOTED_LINE.replace_all(&text, "$1$2");
    let text = glued_run_on_split(&text);
    let text = NUMBER_STUCK_TO_VERB.replace_all(&text, "$1$2. $3");
    let text = BODY_THEN_NUMBER.replace_all(&text, "$1\n\n$2");
    let text = LETTER_STUCK_TO_WORD.replace_all(&text, "$1($2) $3");
    let text = without_status_lines(&text);
    let text = without_page_numbers(&without_running_headers(&without_footnotes(&text)));
    let text = run_on_paragraphs_split(&page_breaks_joined(&text));
    let text = FOOTNOTE_ON_WORD.replace_all(&text, "$1$2");
    let text = NOTE_CALL_AT_END.replace_all(&text, "$1");
    let text = FOOTNOTE_AFTER_MARK.replace_all(&text, |c: &regex::Captures<'_>| {
        // The mark is one ASCII character: the line's head is what comes before it.
        let head = &text[..c.get(1).expect("group").end() - 1];
        if glued_label(head, &c[1]) {
            c[0].to_string()
        } else {
            format!("{}{}", &c[1], &c[2])
        }
    });
    let text = HYPHEN_SPACED.replace_all(&text, |c: &regex::Captures<'_>| {
        if matches!(fold_word(&c[2]).as_str(), "and" | "or" | "to" | "nor") {
            c[0].to_string()
        } else {
            format!("{}-{}", &c[1], &c[2])
        }
    });
    let text = FOOTNOTE_BEFORE_VERB.replace_all(&text, |c: &regex::Captures<'_>| {
        if is_verb_form(&c[2]) {
            format!("{} {}", &c[1], &c[2])
        } else {
            c[0].to_string()
        }
    });
    let text = PRONOUN_GLUED.replace_all(&text, "$1 $2");
    let text = ELISION_SPACED.replace_all(&text, "$1$2$3$4");
    let text = FIRST_GLUED_TO_MONTH.replace_all(&text, "$1 $2");
    let text = ORDINAL_GLUED_TO_SESSION.replace_all(&text, "$1 $2");
    let text = VERB_GLUED.replace_all(&text, |c: &regex::Captures<'_>| {
        if is_verb_form(&fold_word(&c[1])) || matches!(fold_word(&c[1]).as_str(), "note" | "for") {
            format!("{} {}", &c[1], &c[2])
        } else {
            c[0].to_string()
        }
    });
    text.chars()
        .filter(|&c| c != '\u{ad}')
        .map(|c| match c {
            '\u{2010}' | '\u{2011}' => '-',
            '\u{a0}' | '\u{2007}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect()
}

/// Inline tags a page kept as text ("<strong>UNHCR</strong>") go. A page that marks its
/// line breaks ("... principles of refugee<br />" / "" / "protection and encourages ...",
/// three or more lines ending so) has its lines joined again: a "<br />" line goes on into
/// the next one unless it ends a clause (".", ";", ":") or the next opens an item ("(c)",
/// "4.").
fn without_markup(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('<') {
        return std::borrow::Cow::Borrowed(text);
    }
    let text = INLINE_TAG.replace_all(text, "");
    let breaks = text
        .lines()
        .filter(|l| LINE_BREAK_TAG.is_match(l.trim_end()))
        .count();
    if breaks < 3 {
        return std::borrow::Cow::Owned(text.into_owned());
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    let mut k = 0;
    let mut joined = false;
    while k < lines.len() {
        let line = if joined {
            lines[k].trim()
        } else {
            lines[k].trim_end()
        };
        joined = false;
        let Some(m) = LINE_BREAK_TAG.find(line) else {
            out.push_str(line);
            out.push('\n');
            k += 1;
            continue;
        };
        let head = line[..m.start()].trim_end();
        out.push_str(head);
        let next = (k + 1..lines.len()).find(|&j| !lines[j].trim().is_empty());
        match next {
            Some(j)
                if !head.is_empty()
                    && !head.ends_with(['.', ';', ':'])
                    && !lines[j].trim_start().starts_with('(')
                    && !lines[j]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit()) =>
            {
                // The next line is this one's rest.
                out.push(' ');
                k = j;
                joined = true;
            }
            _ => {
                out.push('\n');
                k += 1;
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A tag that styles text inside a line: bold, italics, a span.
static INLINE_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:strong|b|em|i|u|span|font|sup|sub)(?:\s[^<>]*)?>").expect("valid regex")
});

/// "<br />" (or "<br>", "<br/>") at a line's end.
static LINE_BREAK_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*<br\s*/?>\s*$").expect("valid regex"));

/// The text with the blank lines a page break left inside a paragraph gone: between a
/// line that ends mid-sentence (a word, a comma, a bracket) and one that goes on in lower
/// case without a list marker ("... the Elimination of" / "" / "against Women to ...").
fn page_breaks_joined(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len());
    let mut last_text = "";
    // Whether `last_text` stood alone after a blank line (or opened the text).
    let mut last_alone = false;
    // Whether `last_text` is the page's first line.
    let mut last_is_first = false;
    let mut blanks: Vec<&str> = Vec::new();
    for (k, line) in lines.iter().copied().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            blanks.push(line);
            continue;
        }
        // "onu" / "" / "conseil de sécurité de l'onu": a page's tags, each a block of a
        // few words standing alone, go on no sentence; a page break cuts a paragraph's
        // full line, not a block of three words.
        let tag_before = last_alone
            && last_text.split_whitespace().count() <= 3
            && last_text.ends_with(char::is_alphanumeric)
            && matches!(marker(last_text, None).0, Marker::None);
        let mid_sentence = !tag_before
            && last_text
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ')' | '-'));
        // "media:entermedia_image:<id>" under an Arabic title: a line in another script
        // (a page's image) goes on no Arabic sentence.
        let foreign = last_text.chars().any(crate::ar::is_arabic_letter)
            && !t.chars().any(crate::ar::is_arabic_letter);
        // "Reporting requirements" / "" / "back to the Decisions page": a few words alone in
        // their block under the page's title are a link, not the title's last words (a page
        // break cuts a paragraph, not the first line of the page).
        let link_under_title = last_is_first
            && !blanks.is_empty()
            && t.split_whitespace().count() <= 6
            && t.ends_with(char::is_alphanumeric)
            && lines.get(k + 1).is_none_or(|l| l.trim().is_empty());
        let goes_on = t.starts_with(char::is_lowercase)
            && matches!(marker(t, None).0, Marker::None)
            && !byline(t, lines.get(k + 1).copied())
            && !foreign
            && !link_under_title
            && !machine_token(t);
        last_is_first = last_text.is_empty();
        last_alone = k == 0 || !blanks.is_empty() || lines[k - 1].trim().is_empty();
        if !(mid_sentence && goes_on) {
            out.extend(blanks.drain(..));
        }
        blanks.clear();
        out.push_str(line);
        last_text = t;
    }
    out.extend(blanks);
    out
}

/// "media:entermedia_image:<id>" under a title in any script: a line that opens with one
/// word holding a colon between letters (a page's machine token) goes on no sentence, lower
/// case as it is.
fn machine_token(line: &str) -> bool {
    line.split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(':'))
        .and_then(|w| w.split_once(':'))
        .is_some_and(|(a, b)| {
            a.chars().all(char::is_alphanumeric)
                && !a.is_empty()
                && b.starts_with(char::is_alphanumeric)
        })
}

/// "par g5sahelnow", "vendredi, 18 mai, 2018 à 20:46" under a web page's title: a few words
/// in lower case (or a dateline with its figures) that stand alone (a blank line or the
/// text's end after them) and end no sentence sign or date a page, they go on no paragraph.
fn byline(line: &str, next: Option<&str>) -> bool {
    let alone = next.is_none_or(|n| n.trim().is_empty());
    let words = line.split_whitespace().count();
    let dateline = words <= 8 && line.contains(|c: char| c.is_ascii_digit());
    alone && (words <= 3 || dateline) && !line.ends_with(['.', ';', ',', ':'])
}

/// "...; 30.  Calls upon": a number, its full stop, and a capital, inside a line.
static INLINE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([;:.]?)\s+(\d{1,3})\.(\s+)\p{Lu}").expect("valid regex"));
/// A line a paragraph number opens.
static NUMBERED_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,3})\.\s").expect("valid regex"));

/// The text with numbered paragraphs a copy ran together on one line ("... as appropriate;
/// 30.  Calls upon ...; 31.  Expresses ...") set on lines of their own again. Only the
/// next number in sequence splits, after a clause's punctuation or before a wide space
/// (as a tab copies), never after an abbreviation ("No. 5. The").
fn run_on_paragraphs_split(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut current: Option<u32> = None;
    for line in text.split_inclusive('\n') {
        if let Some(m) = NUMBERED_LINE.captures(line) {
            current = m[1].parse().ok();
        }
        let mut rest = line;
        while let Some(n) = current {
            let split = INLINE_NUMBER.captures_iter(rest).find_map(|c| {
                let number = c.get(2).expect("group");
                let mark = c.get(1).expect("group");
                let next = number.as_str().parse::<u32>().ok() == Some(n + 1);
                let marked = !mark.as_str().is_empty() || c[3].len() >= 2;
                let after_abbreviation =
                    mark.as_str() == "." && is_abbreviation(&rest[..mark.start()]);
                (next && marked && !after_abbreviation && mark.start() > 0)
                    .then_some((mark.end(), number.start()))
            });
            let Some((end, start)) = split else { break };
            out.push_str(&rest[..end]);
            out.push('\n');
            rest = &rest[start..];
            current = Some(n + 1);
        }
        out.push_str(rest);
    }
    out
}

/// A page's number alone on its line: "- 2 -", "Page 2 of 3", "2/5", "2".
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?i:page)\s+\d{1,3}(?:\s+(?i:of)\s+\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})$")
        .expect("valid regex")
});

/// The text without its page numbers' lines (a paragraph a page break cut joins up again).
fn without_page_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if !PAGE_NUMBER.is_match(line.trim()) {
            out.push_str(line);
        }
    }
    out
}

/// The rule a PDF prints above a page's footnotes: a line of underscores.
static FOOTNOTE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^_{5,}$").expect("valid regex"));
/// How a footnote opens: its number, a star or a dagger ("4 United Nations ...", "* Reissued").
static NOTE_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,3}|[*†‡¹²³⁴⁵⁶⁷⁸⁹])").expect("valid regex"));
/// Where the text resumes after footnotes: the next page's running header (its document
/// symbol, "A/RES/78/287", "S/2024/400"), or an operative or lettered paragraph.
static AFTER_FOOTNOTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z]{1,6}(?:/[\w.()-]+){1,4}$|\d{1,3}\.(?:\s|$)|\([a-z]{1,4}\)\s)")
        .expect("valid regex")
});

/// A note line a web page marks with stars or a number and a slash: "**/ The ...", "16/ See".
static SLASH_NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\*{1,4}|\d{1,3})/\s+\S").expect("valid regex"));

/// The text without its footnotes: from the rule above them to the next page's header.
/// A footnote starts with its number ("4 United Nations Educational, ..."), which would
/// otherwise take an operative paragraph's number.
fn without_footnotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_notes = false;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for (k, line) in lines.iter().enumerate() {
        let t = line.trim();
        if FOOTNOTE_RULE.is_match(t) {
            // A rule over prose ("Les délégations trouveront ci-après ..." / "_____" / "Le
            // Conseil européen a discuté ...") divides a web page's header from its text: notes
            // open with their mark.
            let next = lines[k + 1..]
                .iter()
                .map(|l| l.trim())
                .find(|l| !l.is_empty());
            in_notes = next.is_none_or(|n| NOTE_MARK.is_match(n));
            if in_notes {
                continue;
            }
        }
        if in_notes && AFTER_FOOTNOTES.is_match(t) {
            in_notes = false;
        }
        // "*/ Adopted as recommended by ...", "16/ Official Records ...": a web page's
        // note, marked by stars or a number before a slash, is no paragraph of the text.
        if SLASH_NOTE.is_match(t) {
            continue;
        }
        if !in_notes {
            out.push_str(line);
        }
    }
    out
}

/// A line that is a document symbol and nothing else: "A/RES/78/287", "S/2024/400".
static SYMBOL_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z]{1,6}(?:/[\w.()-]+){1,4}$").expect("valid regex"));
/// A UN job number alone on its line: "25-15779", "24-11037 (E)".
static JOB_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{2}-\d{5}(?:\s*\([A-Z]\))?$").expect("valid regex"));
/// How many lines of a running title may follow the symbol in a page's header: a long
/// agenda item's title runs to four lines under the symbol.
const HEADER_TITLE_LINES: usize = 4;

/// The text without the running headers of its later pages: the document's symbol seen
/// again alone on its line, the short title under it (up to the next blank line), and
/// the job number. The first page's symbol stays: it names the document.
fn without_running_headers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut seen: Vec<&str> = Vec::new();
    let mut title_lines = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if SYMBOL_LINE.is_match(t) {
            if seen.contains(&t) {
                title_lines = HEADER_TITLE_LINES;
                continue;
            }
            seen.push(t);
        }
        if title_lines > 0 {
            if t.is_empty() {
                title_lines = 0;
            } else {
                title_lines -= 1;
                continue;
            }
        }
        if JOB_NUMBER.is_match(t) {
            continue;
        }
        out.push_str(line);
    }
    out
}

/// ": (a) Pour renouveler ...", ":: - ...": a wiki page's indentation (a colon, or more,
/// at the head of a line) before an item's label; the label opens the line, as on a page
/// that indents nothing.
static WIKI_INDENTED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*:+[ \t]+(\([a-z]{1,4}\)|[a-z]\)|\d{1,2}[.)]|[-–•])[ \t]")
        .expect("valid regex")
});

/// `"The Security Council,` / `"1. Decides ...`: a press release that quotes a resolution
/// opens each of its lines with a quotation mark; the line is the resolution's. So is a
/// lettered item's (`"(a) To transmit ...`), which the mark would hide from the segmenter.
static QUOTED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^([ \t]*)["“”]((?:\d{1,3}\.[ \t]*|\([a-z]{1,4}\)[ \t]+|The )\S)"#)
        .expect("valid regex")
});
/// "1.Decides": a paragraph number with no space before its verb's capital ("1.5" and
/// "No.3" are not).
static NUMBER_STUCK_TO_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^([ \t]*)(\d{1,3})\.(\p{Lu}\p{Ll}{2,})").expect("valid regex")
});
/// "..., Recognizing ..., 1.Requests ...; 2.Also requests ...": a number glued to an
/// operative verb (or its adverb) after a clause's punctuation inside a line.
static GLUED_RUN_ON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([,;:])[ \t]*(\d{1,3})\.(\p{Lu}\p{Ll}+)").expect("valid regex"));

/// The text with operative paragraphs a copy ran into the preamble's line with their
/// numbers glued to their verbs ("..., 1.Requests ...; 2.Also requests ...; 3.Decides")
/// set on lines of their own: only a run from 1 in sequence, two at least, each number
/// before an operative verb or an adverb and its verb.
fn glued_run_on_split(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut cuts = Vec::new();
        for c in GLUED_RUN_ON.captures_iter(line) {
            let number = c.get(2).expect("group");
            if number.as_str().parse::<usize>().ok() != Some(cuts.len() + 1) {
                continue;
            }
            let word = fold_word(&c[3]);
            let next = line[c.get(0).expect("match").end()..]
                .split_whitespace()
                .next()
                .map(fold_word)
                .unwrap_or_default();
            if is_verb_form(&word) || is_verb_form(&next) {
                cuts.push((c.get(1).expect("group").end(), number.start()));
            }
        }
        if cuts.len() < 2 {
            out.push_str(line);
            continue;
        }
        let mut from = 0;
        for (end, start) in cuts {
            out.push_str(&line[from..end]);
            out.push('\n');
            from = start;
        }
        out.push_str(&line[from..]);
    }
    out
}

/// "The Council, 4. Requests ...", "Le Conseil, 4. Demande ...", "إن المجلس، 4. يطلب ...": a
/// communiqué's body and the number of its next paragraph run on one line (the paragraphs
/// before it left out); the number opens a paragraph of its own.
static BODY_THEN_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^([ \t]*(?:(?:The|Le|La)\s+\p{Lu}[\p{L}'’ -]{0,60}?|إن\s+[\p{Arabic} ]{1,60}?)[,،])[ \t]+(\d{1,3}\.[ \t]+[\p{Lu}\p{Arabic}])",
    )
    .expect("valid regex")
});
/// "(a)To make ...": an item's letter with no space before its first word's capital.
static LETTER_STUCK_TO_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^([ \t]*)\(([a-z]{1,4})\)(\p{Lu}\p{Ll}+)").expect("valid regex")
});
/// A line that opens a lettered item: "(b) ...".
static LETTERED_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\([a-z]{1,4}\)\s").expect("valid regex"));

/// The text without a page's status lines set inside a list ("Requests X:" / "Operational
/// Implemented X" / "(a) To ...;" / "Operational Active X" / "(b) To ..."): a line of a few
/// words with no punctuation between a chapeau's colon or an item's semicolon and the next
/// lettered item labels the item, it is none of the text.
fn without_status_lines(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        let after_list = i > 0 && lines[i - 1].trim_end().ends_with([':', ';']);
        let before_item = lines
            .get(i + 1)
            .is_some_and(|next| LETTERED_LINE.is_match(next));
        let label = !t.is_empty()
            && t.split_whitespace().count() <= 12
            && !t.contains(['.', ',', ';', ':', '(', ')'])
            && t.starts_with(char::is_uppercase);
        if !(after_list && before_item && label) {
            out.push_str(line);
        }
    }
    out
}

/// "States3 ": a word in lower case with a digit or two stuck to its end ("G20", "EB156",
/// "COP29" are names, in capitals).
static FOOTNOTE_ON_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Lu}?\p{Ll}{2,})\d{1,2}([\s,;:.)]|$)").expect("valid regex"));
/// "... jusqu'au 31 décembre 2000. [1]": a web page's note call in brackets after a line's
/// full stop, which would keep the line from ending its sentence.
static NOTE_CALL_AT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)([.;:!?])[ \t]*\[\d{1,3}\][ \t]*$").expect("valid regex"));
/// "the report,1 " / "(2005);2": a digit or two after a word's punctuation, before a space.
static FOOTNOTE_AFTER_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)([\p{L})][,;:.])\d{1,2}(\s|$)").expect("valid regex"));

/// "For:15", "Date:31 January": an infobox's label glued to its value, which opens with
/// figures that are no footnote mark (`head` is the text up to the label's colon).
fn glued_label(head: &str, mark: &str) -> bool {
    let line = head.rsplit('\n').next().unwrap_or(head);
    mark.ends_with(':')
        && line.starts_with(char::is_uppercase)
        && line.chars().all(char::is_alphabetic)
}

/// "non- governmental", "Secretary- General": a hyphenated word a PDF's line break left
/// with a space after its hyphen ("pre- and post-harvest" keeps its space). Latin script
/// only: Arabic sets asides between dashes ("القرار -الذي صدر أمس- يطالب").
static HYPHEN_SPACED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Latin}{2,})-[ \t]+(\p{Latin}+)").expect("valid regex"));

fn fold_word(w: &str) -> String {
    w.to_lowercase()
}

/// "..., 17  invites the Council": a footnote number the PDF set apart, between a comma and
/// the next clause's verb (a count, "..., 12 countries", is left).
static FOOTNOTE_BEFORE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([\p{L})],)[ \t]+\d{1,2}[ \t]+(\p{Ll}+)\b").expect("valid regex")
});

/// "le 1erdécembre 2010", "d'ici le 1erfévrier": a page that ran the ordinal "1er" into the
/// month's name after it; the day is read again as "1er décembre".
static FIRST_GLUED_TO_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(1er)((?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)",
    )
    .expect("valid regex")
});

/// "à sa 43esession", "lors de sa 9èmeréunion": a page that ran a French ordinal into the
/// meeting's noun after it; the ordinal is read again apart, so the session is known.
static ORDINAL_GLUED_TO_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{1,3}(?:e|è|ème|eme|re))((?i:sessions?|r[ée]unions?|s[ée]ances?|conf[ée]rences?)\b)",
    )
    .expect("valid regex")
});

/// "l ’ homme", "d ’ une", "qu ’ il": a document store's copy that sets a French elided
/// word's apostrophe off with spaces; the word and the one it elides into are one again,
/// so a body's name reads as it is written ("Conseil des droits de l’homme"). Only the
/// elided words themselves (a lone "l", "d", "qu", "jusqu", ...), so no English word joins.
static ELISION_SPACED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b([lLdDjJmMnNsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu)(?:[ \t]+([’'])[ \t]*|([’'])[ \t]+)(\p{L})",
    )
    .expect("valid regex")
});

/// "Itstrongly urged", "Italso called on": a web page that ran a sentence's pronoun into
/// the adverb or reporting verb after it (a fixed list of them, so "Italy", "Itself", "Wealth"
/// stay whole).
static PRONOUN_GLUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(It|They|We|He|She)((?:strongly|also|further|firmly|again|therefore|urged|urges|called|calls|requested|requests|asked|asks|invited|invites|directed|directs|encouraged|encourages|appealed|appeals|instructed|instructs|mandated|mandates|decided|decides|agreed|agrees|reiterated|reiterates|demanded|demands)\b)",
    )
    .expect("valid regex")
});

/// "Requeststhe Secretary-General", "Decidesfurther that", "Takes noteof", "calls forits":
/// a book's page that lost the space after an italic verb; split where the first part is
/// a verb form (checked by the caller) and the rest a word that follows one.
static VERB_GLUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{L}\p{Ll}+s|[Nn]ote|for)(the|that|to|further|also|all|upon|its|of)\b")
        .expect("valid regex")
});

fn is_verb_form(word: &str) -> bool {
    table::VERBS
        .iter()
        .any(|v| v.kind != table::Kind::Preamble && v.forms.contains(&word))
}

/// Splits `text` into paragraphs. A paragraph ends at a blank line and before a line that
/// starts with a number or a letter in brackets. In a single-spaced text (lines outnumber
/// blank-line blocks two to one) a line also ends one when it closes with punctuation or
/// is a short heading, and the next line starts with a capital.
pub fn paragraphs(text: &str) -> Vec<Para> {
    let mut reader = ParaReader {
        layout: Layout::of(text),
        out: Vec::new(),
        current: None,
        label: String::new(),
        last_sub_letter: None,
        prev_line: "",
        lines_in_current: 0,
        widest: 0,
        per_line: sentence_per_line(text),
        dated_header: dated_header_lines(text),
        rewrapped: Vec::new(),
        bridged: Vec::new(),
        bullets_own: false,
        own_items: 0,
        current_apart: false,
        decision_numbers: decisions_page(text),
    };
    let (rewrapped, bridged) = bridged_headlines(text, rewrapped_lines(text));
    reader.rewrapped = rewrapped;
    reader.bridged = bridged;
    for (k, raw) in text.lines().enumerate() {
        reader.line(k, raw.trim());
    }
    reader.flush_current();
    if !reader.out.iter().any(|p| p.number.is_some()) {
        reader.out = lettered_paragraphs_numbered(std::mem::take(&mut reader.out));
    }
    // A text that numbers its paragraphs counts them alone; one that numbers none counts
    // its lettered items' blocks as places too (a record's "(a) requested ...").
    if reader.out.iter().any(|p| p.number.is_some()) {
        for (i, p) in reader.out.iter_mut().enumerate() {
            p.ordinal = i + 1;
        }
    }
    reader
        .out
        .into_iter()
        .flat_map(inline_letters)
        .flat_map(inline_romans)
        .collect()
}

/// "Resolution 12 (2031), paragraph 4", "S/RES/12 (2031), para. 4": a line that cites the
/// paragraph quoted just above it.
static CITED_PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[A-Z]{2,8}\s*|[A-Z]/RES/|resolution\s+)?\d{1,5}\s*\((?:19|20)\d{2}\)\s*,?\s*(?:operative\s+)?(?:paragraph|para\.?|op)\s*(\d{1,3})\s*\.?$")
        .expect("valid regex")
});

/// A guide's page that quotes operative paragraphs, each followed by the line that cites it
/// ("Requests all States to report ...;" / "OCR 12 (2031), Paragraph 4"): each quoted
/// paragraph takes the number its citation gives, as a paragraph the text itself calls
/// paragraph 4 is paragraph 4. Only in a text that numbers none, and only a paragraph that
/// opens on an operative verb; after the numbers are put in sequence, since the numbers a
/// guide quotes follow no sequence of their own.
pub fn cited_paragraphs_numbered(mut paras: Vec<Para>) -> Vec<Para> {
    if paras.iter().any(|p| p.number.is_some()) {
        return paras;
    }
    for i in 1..paras.len() {
        let Some(k) = CITED_PARAGRAPH
            .captures(paras[i].text.trim())
            .and_then(|c| c[1].parse::<u32>().ok())
        else {
            continue;
        };
        let quoted = &mut paras[i - 1];
        if quoted.number.is_none() && quoted.subs.is_empty() && operative_verb(&quoted.text) {
            quoted.number = Some(k);
            quoted.label = format!("{k}.");
        }
    }
    paras
}

/// "The Executive Committee," / "(a) Notes ...;" / "(b) Welcomes ...;" / "(c) Emphasizes
/// ... and encourages States ...": a body's conclusions whose operative paragraphs are
/// lettered, in a text that numbers none. Items under a head that is no list's chapeau (it
/// does not end in ":"), each opening with an operative verb in the present ("Notes",
/// "Encourages"; not a record's "(a) requested ..."), are paragraphs numbered by their
/// letter: "(c)" is 3, and a page that opens at "(j)" starts at 10.
fn lettered_paragraphs_numbered(paras: Vec<Para>) -> Vec<Para> {
    let operative = |sub: &Sub| {
        let first = sub.text.split_whitespace().next().unwrap_or("");
        let word = first.trim_end_matches([',', ';', ':']);
        word.starts_with(char::is_uppercase)
            && word.ends_with('s')
            && is_verb_form(&fold_word(word))
    };
    let letter_number = |sub: &Sub| {
        let mut c = sub.letter.chars();
        match (c.next(), c.next()) {
            (Some(l @ 'a'..='z'), None) => Some(u32::from(l) - u32::from('a') + 1),
            _ => None,
        }
    };
    let qualifies = |p: &Para| {
        p.subs.len() >= 2
            && !p.text.trim_end().ends_with(':')
            && p.subs.iter().all(|s| letter_number(s).is_some())
            && p.subs.iter().filter(|s| operative(s)).count() * 4 >= p.subs.len() * 3
    };
    if !paras.iter().any(qualifies) {
        return paras;
    }
    let mut out = Vec::with_capacity(paras.len() * 2);
    for mut p in paras {
        if !qualifies(&p) {
            out.push(p);
            continue;
        }
        let subs = std::mem::take(&mut p.subs);
        if !p.text.trim().is_empty() {
            out.push(p);
        }
        for sub in subs {
            out.push(Para {
                ordinal: 0,
                number: letter_number(&sub),
                label: format!("({})", sub.letter),
                text: sub.text,
                subs: Vec::new(),
            });
        }
    }
    out
}

/// The paragraphs read so far and the one being read, line by line.
struct ParaReader<'t> {
    layout: Layout,
    out: Vec<Para>,
    current: Option<(Marker, String)>,
    label: String,
    last_sub_letter: Option<char>,
    prev_line: &'t str,
    /// The lines of text (a marker alone on its line not counted) in `current`.
    lines_in_current: usize,
    /// The longest of those lines: the width the paragraph's text is wrapped at.
    widest: usize,
    per_line: Vec<bool>,
    /// The lines of a block a date line opens ("18 August 2011" / a headline / a tag):
    /// a page's header, a paragraph to a line.
    dated_header: Vec<bool>,
    /// The lines that go on the line before them because the two restate an earlier line
    /// of the page word for word (a press page's headline set again, wrapped).
    rewrapped: Vec<bool>,
    /// The blank lines inside a headline set over two blocks (`bridged_headlines`): no
    /// paragraph ends there.
    bridged: Vec<bool>,
    /// Bullets after a preamble's comma are the operative paragraphs themselves.
    bullets_own: bool,
    /// Lettered items read as units of their own ("(a) ..." a block or a line each, no
    /// bullet): places in a text that numbers none, which the paragraphs after them count.
    own_items: usize,
    /// The unit being read opened a block of its own (after a blank line) or a line of a
    /// single-spaced text: a place in the count, were it an item.
    current_apart: bool,
    /// The page is a treaty body's decisions, its title naming the first and last ("16.43
    /// to 16.46 ..."): a decision's dotted number is no paragraph number.
    decision_numbers: bool,
}

impl<'t> ParaReader<'t> {
    /// Reads the `k`th line (trimmed): it opens a paragraph or goes on the current one.
    fn line(&mut self, k: usize, line: &'t str) {
        // "3." / "" / "The Council welcomes ...": a number alone on its line, a blank line,
        // then its text (a PDF's layout kept in plain text).
        let number_alone = self
            .current
            .as_ref()
            .is_some_and(|(m, t)| matches!(m, Marker::Number(_)) && t.trim().is_empty());
        if line.is_empty() && number_alone {
            return;
        }
        if line.is_empty() && self.bridged[k] {
            return;
        }
        if line.is_empty() {
            // "1." / "" / "Demande à ...": a number alone, a blank line, then its text.
            let number_alone = self
                .current
                .as_ref()
                .is_some_and(|(m, t)| matches!(m, Marker::Number(_)) && t.trim().is_empty());
            if !number_alone {
                self.flush_current();
                self.prev_line = "";
            }
            return;
        }
        let last_letter = match &self.current {
            Some((Marker::Letter(l), _)) => l.chars().next(),
            _ => self.last_sub_letter,
        };
        let (marker, rest) = marker(line, last_letter);
        // "16.43 Parties should:", "16.44" alone over its text: on a page of decisions the
        // dotted number names the decision, a label; the paragraphs are counted by place.
        let (marker, rest) = match marker {
            Marker::Decimal(..) if self.decision_numbers => {
                // "Directed to Parties" / "16.43 Parties should:": the heading over the
                // decision shares its block (one place) but is no part of its text.
                if let Some((Marker::None, t)) = self.current.as_mut()
                    && DIRECTED_TO.is_match(t)
                {
                    t.clear();
                }
                (Marker::None, rest)
            }
            Marker::None if self.decision_numbers && LABEL_ALONE.is_match(line) => {
                (Marker::None, &line[line.len()..])
            }
            marker => (marker, rest),
        };
        let marker = self.bullet_marker(marker, line);
        if self.starts_new(k, line, rest, &marker) {
            self.flush_current();
            self.current_apart = self.prev_line.is_empty() || self.layout.single_spaced;
            self.label = line[..line.len() - rest.len()].trim().to_string();
            self.lines_in_current = usize::from(!rest.is_empty());
            self.widest = 0;
            self.current = Some((marker, rest.to_string()));
        } else if let Some((_, t)) = self.current.as_mut() {
            if lost_item_end(t, rest) {
                t.push(';');
            }
            join_line(t, rest);
            self.lines_in_current += 1;
        }
        self.widest = self.widest.max(rest.chars().count());
        self.prev_line = line;
    }

    fn flush_current(&mut self) {
        flush(
            &mut self.out,
            self.current.take(),
            &mut self.last_sub_letter,
            &self.label,
            &mut self.own_items,
            self.current_apart,
        );
    }

    /// "– Conclusions", "– Draft conclusions": a dashed line of one to three words, no
    /// punctuation, right after a short line that ends with a dated meeting's bracket.
    fn subject_tail(&self, line: &str) -> bool {
        let rest = line.trim_start_matches(BULLETS).trim();
        let words = rest.split_whitespace().count();
        let before = match &self.current {
            Some((Marker::None, t)) => t.as_str(),
            Some(_) => return false,
            None => self.out.last().map_or("", |p| p.text.as_str()),
        };
        let before = before.trim_end();
        (1..=3).contains(&words)
            && rest.starts_with(char::is_uppercase)
            && !rest.ends_with(['.', ',', ';', ':'])
            && before.chars().count() <= 60
            && before.ends_with(')')
            && before.contains(|c: char| c.is_ascii_digit())
    }

    /// A bullet is an item of the paragraph before it, or, after a preamble's comma, an
    /// operative paragraph itself.
    fn bullet_marker(&mut self, marker: Marker, line: &str) -> Marker {
        match marker {
            // "- Author: UN General Assembly", "- Document source:": a page's record fields,
            // each a header line of its own, not an item of the title.
            Marker::Letter(_)
                if line.starts_with(BULLETS)
                    && RECORD_FIELD.is_match(line)
                    && !self.digest_line(line) =>
            {
                Marker::Item
            }
            // "European Council meeting (14 March 2037)" / "– Conclusions": a cover note's
            // subject, its dated meeting's name wrapped before a dash and the document's kind,
            // a header line of its own and no list's item (nor is the sentence after it).
            Marker::Letter(_) if line.starts_with(BULLETS) && self.subject_tail(line) => {
                Marker::Item
            }
            Marker::Letter(letter) if line.starts_with(BULLETS) => {
                // "Noting the value of ...;" / "- DECIDES to ...;": a single-spaced page's
                // preamble ends its clauses with semicolons, and its operative lines are
                // bulleted, each opening with an operative verb.
                let operative = operative_bullet(line);
                let ends_preamble =
                    |t: &str| t.trim_end().ends_with(',') || (operative && semicolon_preamble(t));
                let after_preamble = match &self.current {
                    Some((m, t)) => matches!(m, Marker::None) && ends_preamble(t),
                    None => self.out.last().is_some_and(|p| {
                        p.number.is_none() && p.subs.is_empty() && ends_preamble(&p.text)
                    }),
                };
                self.bullets_own |= after_preamble;
                let own_mark = line
                    .trim_start_matches(BULLETS)
                    .trim_start()
                    .starts_with('(');
                let under_chapeau = match &self.current {
                    Some((Marker::Point(_), _)) => true,
                    Some((Marker::Item, t)) => t.trim_end().ends_with(':'),
                    Some(_) => false,
                    // A blank line between the points (a page's list, a PDF's paragraphs):
                    // the chapeau and its points so far are already out.
                    None => self.out.last().is_some_and(|p| {
                        p.label.starts_with(BULLETS)
                            && (!p.subs.is_empty() || p.text.trim_end().ends_with(':'))
                    }),
                };
                if self.bullets_own && own_mark && under_chapeau {
                    Marker::Point(letter)
                } else if self.bullets_own {
                    Marker::Item
                } else {
                    Marker::Letter(letter)
                }
            }
            Marker::Number(n) => {
                self.bullets_own = false;
                Marker::Number(n)
            }
            m => m,
        }
    }

    /// "digest:" / "– Development: Heads acknowledged that ...": a list's item labelled by its
    /// topic, its value a sentence (a subject and a past verb), under a chapeau that ends
    /// at a colon or after other items of the list: no record page's field.
    fn digest_line(&self, line: &str) -> bool {
        let in_list = match &self.current {
            Some((Marker::Letter(_), _)) => true,
            Some((Marker::None, t)) => t.trim_end().ends_with(':'),
            Some(_) => false,
            None => self
                .out
                .last()
                .is_some_and(|p| !p.subs.is_empty() || p.text.trim_end().ends_with(':')),
        };
        let value = line.split_once(':').map_or("", |(_, v)| v);
        let words: Vec<&str> = value.split_whitespace().collect();
        let past_verb = words.iter().take(6).any(|w| {
            w.chars().count() >= 5 && w.ends_with("ed") && w.chars().all(char::is_lowercase)
        });
        // "- Niger: La Conférence a appelé à ...", "- Sanctions: Les chefs d'État ont
        // décidé de ...": a French compound past (an auxiliary, perhaps an adverb, then a
        // participle) is a sentence too.
        let french_past = words.iter().take(8).enumerate().any(|(i, w)| {
            matches!(*w, "a" | "ont")
                && words
                    .iter()
                    .skip(i + 1)
                    .take(2)
                    .any(|p| FRENCH_PARTICIPLE.is_match(p))
        });
        in_list && words.len() >= 6 && (past_verb || french_past)
    }

    /// Whether the `k`th line (its text after the marker: `rest`) opens a paragraph.
    fn starts_new(&self, k: usize, line: &str, rest: &str, marker: &Marker) -> bool {
        if self.rewrapped[k] && matches!(marker, Marker::None) {
            return false;
        }
        let runs_on = self.runs_on(line);
        let set_apart = self.set_apart(k, rest);
        // "13.24" / "The Secretariat is requested to ...": a label alone on its line in a
        // single-spaced page is a line of its own, and so is the line after it.
        let label = self.layout.single_spaced
            && (LABEL_ALONE.is_match(line) || LABEL_ALONE.is_match(self.prev_line));
        // "الرمز |" / "S/RES/2001": Arabic has no capitals; a Latin word in an Arabic
        // text (a symbol, a name) opens no paragraph for its capital.
        let latin_in_arabic = self.layout.arabic
            && rest
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase());
        self.prev_line.is_empty()
            || set_apart
            || label
            || !matches!(marker, Marker::None)
            || (self.layout.single_spaced
                && !runs_on
                && !latin_in_arabic
                && ends_paragraph(self.prev_line, rest, self.layout.width))
    }

    /// Whether a single-spaced text's line goes on the paragraph before it even where that
    /// paragraph's last line seems to end it.
    fn runs_on(&self, line: &str) -> bool {
        let prev_line = self.prev_line;
        let lines_in_current = self.lines_in_current;
        // "Article 2", "3." or "(a)" alone on its line: its text is on the next.
        let heading_only = self.current.as_ref().is_some_and(|(m, t)| {
            matches!(m, Marker::Number(_) | Marker::Letter(_)) && t.trim().is_empty()
        });
        // A PDF indents a numbered paragraph's first line, so it ends short of the width
        // without ending anything ("Invites the United Nations Educational, Scientific
        // and Cultural" / "Organization to act ..."): only punctuation ends it.
        // A lettered item runs on until its own punctuation ("(a) prioritize the provision
        // of advice to the" / "Government and people of ...;").
        // "* Calls for ... * Leaders united ..." / "MECCA: The summit ...": a starred
        // standfirst under a headline ends where a news dateline opens the report.
        let dateline_after_bullet = self.label.starts_with(BULLETS)
            && matches!(self.current.as_ref(), Some((Marker::Letter(_), _)))
            && NEWS_DATELINE.is_match(line);
        let open_item = !prev_line.ends_with([',', ';', ':', '.'])
            && !dateline_after_bullet
            && self.current.as_ref().is_some_and(|(m, _)| match m {
                Marker::Number(_) => lines_in_current == 1,
                Marker::Letter(_) | Marker::Roman(_) => lines_in_current >= 1,
                _ => false,
            });
        let first_of_numbered = open_item;
        // "2." / "Requests" / "the" / "Board and ...": a justified layout sets a numbered
        // paragraph's opening words one to a line.
        let one_word_run = self.current.as_ref().is_some_and(|(m, t)| {
            matches!(m, Marker::Number(_))
                && lines_in_current >= 1
                && t.split_whitespace().count() == lines_in_current
                && !prev_line.ends_with([',', ';', ':', '.'])
        });
        let numbered = self
            .current
            .as_ref()
            .is_some_and(|(m, _)| matches!(m, Marker::Number(_)));
        let full_stop_wrapped =
            numbered && sentence_ends_at_wrap(prev_line, line, self.widest, lines_in_current);
        // "... condemned the \"continuing obstruction of the Joint" / "Monitoring Board and
        // ..." / "... tasks\".": a news page's hard wrap inside a quotation it opened on the
        // paragraph's line goes on until the quotation closes, though a wrapped line opens
        // with a capital (a name's next word). Only a line stopped on a word or a figure
        // (no sentence's end: a page that lost a closing mark still ends its paragraph at
        // its full stop), and a few lines at most.
        let open_quotation = lines_in_current <= 4
            && prev_line.chars().last().is_some_and(char::is_alphanumeric)
            && self
                .current
                .as_ref()
                .is_some_and(|(m, t)| matches!(m, Marker::None) && quotation_open(t));
        heading_only
            || first_of_numbered
            || one_word_run
            || full_stop_wrapped
            || open_quotation
            || infobox_run(prev_line, line)
    }

    /// Whether the `k`th line stands apart from the one before whatever the layout: one
    /// sentence to a line, or a headline's text.
    fn set_apart(&self, k: usize, rest: &str) -> bool {
        let prev_line = self.prev_line;
        let layout = &self.layout;
        // A block that sets one sentence to a line ("The Meeting invited ... ." / "The
        // Meeting called on ... ."): each line is a paragraph, as in a single-spaced text.
        let own_line = self.per_line[k]
            && prev_line.ends_with(['.', ':', '!', '?', ';'])
            && unmarked(prev_line)
            && ends_paragraph(prev_line, rest, layout.width);
        // "Le M5 répond ... « ... »" / "La CEDEAO donne un ultimatum ... [a long line]": a
        // headline over its text in one block (a web page's copy) ends where the text,
        // more than twice as long, opens (a menu's few words over a text stay with it).
        // "Record of decisions | 5 May 2031" over the decision's first line is a page's
        // label and stamp, no headline: the block stays one place.
        let headline_over = !layout.single_spaced
            && !LABEL_DATE_LINE.is_match(prev_line)
            && self.lines_in_current == 1
            && matches!(self.current.as_ref().map(|(m, _)| m), Some(Marker::None))
            && !prev_line.ends_with(['.', ',', ';', ':', '!', '?', '-'])
            && prev_line.split_whitespace().count() >= 6
            && rest.chars().count() > 2 * prev_line.chars().count()
            && ends_paragraph(prev_line, rest, layout.width);
        // "Full text" / "The Conference of the Parties,": a page's label over the body's
        // line, with no blank line between them.
        let body_line = BODY_LINE.is_match(rest);
        // "European Council" / "Follow #EUCO": a page's social-media line is page furniture,
        // a header's short line of its own, as is the line after it.
        let social = social_line(rest) || social_line(prev_line);
        own_line || headline_over || body_line || social || self.dated_header[k]
    }
}

/// "the Council decided: (a) To hold ...; (b) To invite ...; and (c) To ...": items a
/// paragraph letters on its own line after a colon are its sub-paragraphs, as if each stood
/// on a line of its own; letters out of sequence leave the text as it is.
fn inline_letters(mut p: Para) -> Vec<Para> {
    rejoin_wrapped_letters(&mut p);
    if !p.subs.is_empty() {
        return vec![p];
    }
    let Some(first) = INLINE_LETTER_FIRST.find(&p.text) else {
        return vec![p];
    };
    let mut subs: Vec<Sub> = Vec::new();
    let base = first.end();
    let mut start = base;
    let mut letter = 'a';
    for m in INLINE_LETTER_NEXT.captures_iter(&p.text[base..]) {
        let whole = m.get(0).expect("match");
        let next = m[1].chars().next().unwrap_or('a');
        if u32::from(next) != u32::from(letter) + 1 {
            return vec![p];
        }
        let at = base + whole.start();
        subs.push(Sub {
            letter: letter.to_string(),
            text: p.text[start..at].trim().to_string(),
        });
        start = base + whole.end();
        letter = next;
    }
    if subs.is_empty() {
        return vec![p];
    }
    // "...; (f) the Law Commission; decides that ...; requests the Secretary-General to
    // ...": the paragraph goes on after its last item, with a verb of its own.
    let last = &p.text[start..];
    let (last, after) = match RESUMED_CLAUSE
        .captures_iter(last)
        .find(|c| is_verb_form(&c[1].to_lowercase()))
    {
        Some(c) => {
            let at = c.get(0).expect("match").start();
            (&last[..at], Some(last[at + 1..].trim().to_string()))
        }
        None => (last, None),
    };
    subs.push(Sub {
        letter: letter.to_string(),
        text: last.trim().to_string(),
    });
    let cut = first.start() + 1;
    with_items(p, cut, subs, after)
}

/// The paragraph cut after its chapeau (`cut` bytes), with its inline items as `subs`,
/// and the clause after the last item, if any, as a paragraph of its own.
fn with_items(mut p: Para, cut: usize, subs: Vec<Sub>, after: Option<String>) -> Vec<Para> {
    let rest = after.map(|text| Para {
        text,
        subs: Vec::new(),
        ..p.clone()
    });
    p.text = p.text[..cut].to_string();
    p.subs = subs;
    std::iter::once(p).chain(rest).collect()
}

/// "shall: (a) ...; (b) ...; (c) ...;" then "(d) ..." at the head of a wrapped line: a PDF
/// line break put the later items on lines of their own; they go on the inline list, and
/// are split with it.
fn rejoin_wrapped_letters(p: &mut Para) {
    let Some(first) = p.subs.first() else { return };
    let inline: Vec<char> = INLINE_LETTER_FIRST
        .find(&p.text)
        .map(|f| {
            std::iter::once('a')
                .chain(
                    INLINE_LETTER_NEXT
                        .captures_iter(&p.text[f.end()..])
                        .filter_map(|m| m[1].chars().next()),
                )
                .collect()
        })
        .unwrap_or_default();
    let follows = inline
        .last()
        .is_some_and(|last| first.letter.chars().next() == char::from_u32(u32::from(*last) + 1));
    if !follows || first.letter.chars().count() != 1 {
        return;
    }
    for sub in std::mem::take(&mut p.subs) {
        p.text = format!("{} ({}) {}", p.text.trim_end(), sub.letter, sub.text);
    }
}

/// "Invite X : i) A <agir> ... ; ii) A <agir> ... ; iii) A <agir> ... ; Prie Y de ...": items a
/// paragraph numbers with small roman numerals on its own line after a colon are its
/// sub-paragraphs, as lettered ones are (`inline_letters`); numerals out of sequence leave
/// the text as it is. A scanned volume's copy runs a resolution's clauses into one line, so
/// the paragraph may go on after its last item with a clause of its own: a capitalised word
/// after a semicolon (no item opens so) ends the list, and the rest keeps the paragraph's
/// place.
fn inline_romans(p: Para) -> Vec<Para> {
    if !p.subs.is_empty() {
        return vec![p];
    }
    let Some(first) = INLINE_ROMAN_FIRST.find(&p.text) else {
        return vec![p];
    };
    let value = |s: &str| roman_value(&s.to_uppercase());
    let base = first.end();
    let mut subs: Vec<Sub> = Vec::new();
    let mut start = base;
    let mut numeral = "i".to_string();
    for m in INLINE_ROMAN_NEXT.captures_iter(&p.text[base..]) {
        if value(&m[1]) != value(&numeral).map(|n| n + 1) {
            return vec![p];
        }
        let whole = m.get(0).expect("match");
        subs.push(Sub {
            letter: numeral,
            text: p.text[start..base + whole.start()].trim().to_string(),
        });
        start = base + whole.end();
        numeral = m[1].to_string();
    }
    if subs.is_empty() {
        return vec![p];
    }
    let last = &p.text[start..];
    let (last, after) = match ITEMS_RESUMED.find(last) {
        Some(c) => (
            &last[..c.start()],
            Some(last[c.start() + 1..].trim().to_string()),
        ),
        None => (last, None),
    };
    subs.push(Sub {
        letter: numeral,
        text: last.trim().to_string(),
    });
    // "views on: (i) situations ...; (ii) possible modalities ...": items that are topics
    // of the chapeau's noun, not actions of their own, stay its text.
    if !subs.iter().all(|s| ROMAN_ITEM_ACTS.is_match(&s.text)) {
        return vec![p];
    }
    let cut = first.start() + 1;
    with_items(p, cut, subs, after)
}

/// ": i) " after a chapeau.
static INLINE_ROMAN_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r":\s+\(?i\)\s+").expect("valid regex"));
/// "; ii) ", "; et iii) ": the next roman item.
static INLINE_ROMAN_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r";\s+(?:and\s+|et\s+)?\(?([ivx]{1,5})\)\s+").expect("valid regex")
});
/// "à <agir>", "A <agir>" (an "À" without its accent), "de <agir>", "to <act>": an item that
/// is an action of the chapeau's verb.
static ROMAN_ITEM_ACTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[àÀ]\s|A\s+\p{Ll}+(?:er|ir|re)\b|d(?:e\s|['’])|[Tt]o\s)").expect("valid regex")
});
/// "; Prie ...", "; Donne ...": a capitalised word of two letters or more after the last
/// item's semicolon opens a clause of the paragraph's own.
static ITEMS_RESUMED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r";\s+\p{Lu}\p{Ll}+\b").expect("valid regex"));

/// "; decides ...": a clause that opens with a word, after an item's end.
static RESUMED_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r";\s+(?:and\s+)?([a-z]+)\b").expect("valid regex"));

/// ": (a) " after a chapeau.
static INLINE_LETTER_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r":\s+\(?a\)\s+").expect("valid regex"));
/// "; (b) ", "; and (c) ": the next item.
static INLINE_LETTER_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r";\s+(?:and\s+)?\(?([b-z])\)\s+").expect("valid regex"));

/// "...; 14. Reaffirms ...": the next paragraph's number after a clause's end, on the same line
/// (before an Arabic word too: "...؛ 2. يحث ...").
static RUN_ON_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[;.:]\s+(\d{1,3})\.\s+[\p{Lu}\p{Arabic}]").expect("valid regex"));

/// "... held in Geneva, 2. Decides ...": the next paragraph's number after a comma, which
/// counts only before an operative verb.
/// "... depuis 2019,2. Remerciant ...": after a year, the comma may lose its space.
static RUN_ON_AFTER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:,\s+|\b(?:19|20)\d\d,)(\d{1,3})\.\s+\p{Lu}").expect("valid regex")
});

/// How far ahead of the last paragraph number a number may jump and still be one (a
/// paragraph whose number a page break lost).
const MAX_NUMBER_GAP: u32 = 3;

/// The numbered paragraphs put in sequence, as text copied out of a PDF breaks it: the
/// paragraphs a line runs together ("...; 14. Reaffirms ...") are split; a number out of
/// sequence (a footnote's, "Article 73 e" at a line's start, an inline list's "1. ... 2.")
/// is text again, or an item of the paragraph whose colon opens the list; a paragraph a page
/// break cut goes on; an operative paragraph between N and N + 2 that lost its number is N + 1.
/// `opens` tells a paragraph's own opening (a participle or an operative verb).
pub fn in_sequence(paras: Vec<Para>, opens: impl Fn(&str) -> bool) -> Vec<Para> {
    let paras = if paras.iter().any(|p| p.number.is_some()) {
        paras
    } else {
        let paras = chapeau_run_ons(paras);
        if paras.iter().any(|p| p.number.is_some()) {
            paras
        } else {
            first_run_on(paras, &opens)
        }
    };
    if !paras.iter().any(|p| p.number.is_some()) {
        return paras;
    }
    let paras = restarted_capitals_counted(paras);
    if nested_lists_flattened(&paras) {
        let mut out = paras;
        for (i, p) in out.iter_mut().enumerate() {
            p.ordinal = i + 1;
        }
        return out;
    }
    let paras = all_ones_counted(paras);
    let paras = first_before_second(paras);
    let paras = split_run_ons(paras, &opens);
    let paras = without_strays(paras);
    let mut out = joined_continuations(paras, &opens);
    fill_lost_numbers(&mut out, &opens);
    for (i, p) in out.iter_mut().enumerate() {
        p.ordinal = i + 1;
    }
    out
}

/// "RECALLS", "DELEGATES": a paragraph's first word in capitals, as AU and OAU decisions
/// set their operative verbs.
fn opens_in_capitals(text: &str) -> bool {
    let word = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', ':']);
    word.chars().count() >= 4 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// "1. DECIDES to:" + "1. suspend ...;" "2. extend ...;" + "1. REQUESTS ...", and "1.",
/// "2.", "3- DELEGATES", "1. NOTES", "2. DECIDES": a web page that restarts its list's
/// numbers inside a decision whose paragraphs open with a verb in capitals. Lines in lower
/// case numbered from 1 right after a numbered chapeau that ends in a colon are its items;
/// the paragraphs left, each numbered one more than the one before or 1 again, are
/// numbered by their order (no heading between them: an unnumbered paragraph only after
/// the last).
fn restarted_capitals_counted(paras: Vec<Para>) -> Vec<Para> {
    let first = paras.iter().position(|p| p.number.is_some());
    let last = paras.iter().rposition(|p| p.number.is_some());
    let (Some(first), Some(last)) = (first, last) else {
        return paras;
    };
    let lower = |p: &Para| p.text.trim_start().starts_with(char::is_lowercase);
    let fits = paras[first..=last].iter().all(|p| {
        p.number.is_some() && (opens_in_capitals(&p.text) || (lower(p) && p.subs.is_empty()))
    });
    if !fits {
        return paras;
    }
    // The items: lower-case lines numbered 1, 2, ... under a chapeau ending in ":".
    let original = paras.clone();
    let mut kept: Vec<Para> = Vec::with_capacity(paras.len());
    for (i, p) in paras.into_iter().enumerate() {
        let in_list = i > first && i <= last && lower(&p);
        if in_list
            && let Some(chapeau) = kept.last_mut()
            && chapeau.text.trim_end().ends_with(':')
            && opens_in_capitals(&chapeau.text)
            && p.number == Some(chapeau.subs.len() as u32 + 1)
        {
            chapeau.subs.push(Sub {
                letter: p.number.unwrap_or(0).to_string(),
                text: p.text,
            });
            continue;
        }
        if in_list {
            // A lower-case line that is no item: leave the page as it was read.
            return original;
        }
        kept.push(p);
    }
    let numbers: Vec<u32> = kept.iter().filter_map(|p| p.number).collect();
    // "1. REQUESTS X to:" + "1. prepare ...", "2. organize ..." + "2. CALLS ON ...": the
    // items taken were the list's restart.
    let items_taken = kept.len() < original.len();
    let restarts = items_taken || numbers.windows(2).any(|w| w[1] <= w[0]);
    let steps = numbers.windows(2).all(|w| w[1] == 1 || w[1] == w[0] + 1);
    if numbers.len() < 2 || !restarts || !steps {
        return original;
    }
    let mut n = 0;
    for p in kept.iter_mut().filter(|p| p.number.is_some()) {
        n += 1;
        p.number = Some(n);
    }
    kept
}

/// "1. TAKES NOTE of" + "1. the report ..." + "2. the outcome ..." + "1. DECIDES to:" +
/// "1. Revise ..." ... "4. Dissolve ...": a web page that flattens nested lists, each list
/// numbered afresh right after the paragraph that opens it (ending in a colon or a
/// preposition). Every number is 1 or one more than the one before, no unnumbered
/// paragraph between the first and the last, two or more restarts, each right after an
/// open paragraph or before a verb in capitals (the outer list, "1. DECIDES"), one at
/// least after an open one, and one list reaching 3: the page's numbers are kept as written (the
/// items are paragraphs of their own, a lead-in's colon lending them its verb).
fn nested_lists_flattened(paras: &[Para]) -> bool {
    let first = paras.iter().position(|p| p.number.is_some());
    let last = paras.iter().rposition(|p| p.number.is_some());
    let (Some(first), Some(last)) = (first, last) else {
        return false;
    };
    let run = &paras[first..=last];
    if run.iter().any(|p| p.number.is_none() || !p.subs.is_empty()) {
        return false;
    }
    let opens_list = |p: &Para| {
        let t = p.text.trim_end();
        t.ends_with(':')
            || t.rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| matches!(w, "of" | "to" | "that"))
    };
    let (mut restarts, mut listed) = (0, 0);
    for w in run.windows(2) {
        let (a, b) = (w[0].number.unwrap_or(0), w[1].number.unwrap_or(0));
        if b == 1 {
            // A list opens, or the outer list goes on with an AU verb in capitals.
            if !opens_list(&w[0]) && !opens_in_capitals(&w[1].text) {
                return false;
            }
            listed += usize::from(opens_list(&w[0]));
            restarts += 1;
        } else if b != a + 1 {
            return false;
        }
    }
    restarts >= 2 && listed >= 1 && run.iter().any(|p| p.number.is_some_and(|n| n >= 3))
}

/// "1. INVITES ...", "1. ENDORSES ...", "1. URGES ...": a page that renders a numbered
/// list's numbers all as "1." (a web page's list made text again). Three or more operative
/// paragraphs all numbered 1, none other numbered, are numbered by their order. So are those
/// of a page whose list restarts at each heading ("1.", heading, "1.", heading, "1.", "2."):
/// three or more 1s, more than half of the numbers, each other number one more than the
/// one before it (a text in parts numbered afresh has longer runs than ones).
fn all_ones_counted(mut paras: Vec<Para>) -> Vec<Para> {
    let numbered: Vec<usize> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.number.is_some())
        .map(|(i, _)| i)
        .collect();
    let ones = numbered
        .iter()
        .filter(|&&i| paras[i].number == Some(1))
        .count();
    let restarts = numbered.windows(2).all(|w| {
        let (a, b) = (paras[w[0]].number, paras[w[1]].number);
        b == Some(1) || b.zip(a).is_some_and(|(b, a)| b == a + 1)
    });
    if numbered.len() < 3 || ones < 3 || ones * 2 <= numbered.len() || !restarts {
        return paras;
    }
    for (n, &i) in (1u32..).zip(&numbered) {
        paras[i].number = Some(n);
    }
    paras
}

/// "Council: 1. Takes note ...; 2. Recalls ...; 3. Requests ...": a text whose operative
/// paragraphs a PDF's text layer ran into one line after its chapeau numbers none at a
/// line's start. Paragraph 1 is cut out of the first paragraph that runs "1.", "2." and "3."
/// in that order after a clause's end (the rest are split as run-ons).
fn first_run_on(mut paras: Vec<Para>, opens: &impl Fn(&str) -> bool) -> Vec<Para> {
    let Some((i, cut, start, n)) = paras.iter().enumerate().find_map(|(i, p)| {
        run_of_three(&p.text)
            .or_else(|| run_of_two(&p.text, opens))
            .or_else(|| first_after_preamble(&p.text, opens))
            .map(|(c, s)| (i, c, s, 1))
            .or_else(|| later_run_of_three(&p.text, opens).map(|(c, s, n)| (i, c, s, n)))
            .or_else(|| run_on_after_cut_tail(&p.text, opens).map(|(c, s, n)| (i, c, s, n)))
    }) else {
        return paras;
    };
    cut_out_first(&mut paras, i, cut, start);
    let first = &mut paras[i + 1];
    first.number = Some(n);
    first.label = format!("{n}.");
    paras
}

/// "FCCC/CP/2011/9/Add.1 28 150. Requests ...; 151. Also requests ...; 152. Encourages
/// ...": an excerpt whose paragraphs a PDF's text layer ran into one block, from a number
/// other than 1 after a symbol and a page number. Paragraph N opens with an operative verb
/// and N + 1 and N + 2 follow it in order, each after a clause's end: where N starts (the
/// cut), where its words start, and N.
fn later_run_of_three(text: &str, opens: &impl Fn(&str) -> bool) -> Option<(usize, usize, u32)> {
    static LATER_NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|\s)(\d{1,3})\.\s+\p{Lu}").expect("valid regex"));
    LATER_NUMBER.captures_iter(text).find_map(|c| {
        let n: u32 = c[1].parse().ok().filter(|&n| n >= 2)?;
        let (cut, start) = (c.get(1)?.start(), c.get(0)?.end() - 1);
        if text[..cut].trim().is_empty() || !opens(&text[start..]) {
            return None;
        }
        let mut rest = &text[start..];
        for k in [n + 1, n + 2] {
            let m = RUN_ON_NUMBER
                .captures_iter(rest)
                .find(|c| c[1].parse() == Ok(k))?;
            rest = &rest[m.get(0)?.end()..];
        }
        Some((cut, start, n))
    })
}

/// "... et les prie de poursuivre la taille ; 3. Prie le Jardinier en chef de ...": a page
/// that opens inside paragraph N - 1 (the tail of a sentence begun on the page before, read
/// with the block above it) and runs paragraph N on after the tail's semicolon, the last of
/// its resolution, so that no N + 1 follows. N (two or more) opens with an operative verb
/// (a French one of the table too): where N starts (the cut), where its words start, and N.
fn run_on_after_cut_tail(text: &str, opens: &impl Fn(&str) -> bool) -> Option<(usize, usize, u32)> {
    static AFTER_SEMICOLON: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r";\s+(\d{1,3})\.\s+\p{Lu}").expect("valid regex"));
    let c = AFTER_SEMICOLON.captures(text)?;
    let n: u32 = c[1].parse().ok().filter(|&n| n >= 2)?;
    let (cut, start) = (c.get(1)?.start(), last_char_start(c.get(0)?));
    let words = &text[start..];
    let verb = words
        .split(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let french = table::FR_VERBS.iter().any(|(form, _)| *form == verb);
    (opens(words) || french).then_some((cut, start, n))
}

/// "Le Comité des vergers [12],1. Ayant examiné ..., 2. ...; 3. Demande ..." over "Le Comité
/// des vergers [14],1. ...": a list page's decisions, one a line, each run on after the same
/// chapeau (its reference numbers aside) and numbered afresh. Two or more such lines: each
/// line's paragraph 1 is cut out after its chapeau, which stays a paragraph of its own (the
/// rest are split as run-ons, each decision counted by its own numbers).
fn chapeau_run_ons(mut paras: Vec<Para>) -> Vec<Para> {
    static CHAPEAU_ONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Lu}[^.;:\d]{2,80}?(?:\s*\[[\d\s.]{1,12}\])?)\s*,\s*(1)\.\s+\p{Lu}")
            .expect("valid regex")
    });
    let chapeau = |t: &str| {
        CHAPEAU_ONE.captures(t).map(|c| {
            let key: String = c[1]
                .chars()
                .filter(|ch| !ch.is_ascii_digit() && !['[', ']', ' '].contains(ch))
                .collect();
            (key, c.get(2).expect("one").start())
        })
    };
    let found: Vec<(usize, String, usize)> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.number.is_none() && p.subs.is_empty())
        .filter_map(|(i, p)| chapeau(&p.text).map(|(key, at)| (i, key, at)))
        .collect();
    let Some((_, first, _)) = found.first() else {
        return paras;
    };
    let same: Vec<(usize, usize)> = found
        .iter()
        .filter(|(_, key, _)| key == first)
        .map(|(i, _, at)| (*i, *at))
        .collect();
    if same.len() < 2 {
        return paras;
    }
    // From the last, so that the indices before stay right.
    for &(i, at) in same.iter().rev() {
        cut_out_first(&mut paras, i, at, at + 2);
        paras[i].text = paras[i].text.trim_end_matches(',').trim_end().to_string() + ",";
        let one = &mut paras[i + 1];
        one.text = one.text.trim_start().to_string();
    }
    paras
}

/// Paragraph 1, from `start` of the paragraph at `i`, goes after it as a paragraph of its
/// own (with the sub-items), the paragraph keeping its text up to `cut`.
fn cut_out_first(paras: &mut Vec<Para>, i: usize, cut: usize, start: usize) {
    let head = &mut paras[i];
    let first = Para {
        ordinal: 0,
        number: Some(1),
        text: head.text[start..].to_string(),
        subs: std::mem::take(&mut head.subs),
        label: "1.".into(),
    };
    head.text.truncate(cut);
    head.text.truncate(head.text.trim_end().len());
    paras.insert(i + 1, first);
}

/// "... and noting the recommendations contained therein, 1. Decides ..." + "2. Welcomes
/// ...": paragraph 1, run into the preamble's last line, is cut out of the paragraph before
/// the first numbered at a line's start (the numbers between run on after it).
fn first_before_second(mut paras: Vec<Para>) -> Vec<Para> {
    let Some(i) = paras.iter().position(|p| p.number.is_some()) else {
        return paras;
    };
    let Some(k) = paras[i].number.filter(|&k| i > 0 && k >= 2) else {
        return paras;
    };
    let head = &mut paras[i - 1];
    let Some(c) = FIRST_RUN_ON.captures(&head.text) else {
        return paras;
    };
    // "..., 1. Commends ...; 2. Welcomes ...; 5. Also calls ..." + "6. Decides": the numbers
    // before the first at a line's start all run on, in order.
    let mut rest = &head.text[c.get(0).expect("match").end()..];
    for n in 2..k {
        let Some(m) = RUN_ON_NUMBER
            .captures_iter(rest)
            .find(|c| c[1].parse() == Ok(n))
        else {
            return paras;
        };
        rest = &rest[m.get(0).expect("match").end()..];
    }
    let (cut, start) = (
        c.get(1).expect("group").start(),
        last_char_start(c.get(0).expect("match")),
    );
    cut_out_first(&mut paras, i - 1, cut, start);
    paras
}

/// "..., 1. Decides": paragraph 1 after a clause's end on the same line ("إن المجلس: 1.
/// يطلب ...": before an Arabic word too).
/// "activities,1. Decides": a comma after a word may lose its space.
static FIRST_RUN_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[;.:,]\s+|\p{Ll},)(1)\.\s+[\p{Lu}\p{Arabic}]").expect("valid regex")
});

/// "..., 1. Welcomes ...; 2. Strongly urges ...": a page cut after paragraph 2 runs only two
/// numbers; both open with an operative verb (not an inline list's "1. ... 2.").
fn run_of_two(text: &str, opens: &impl Fn(&str) -> bool) -> Option<(usize, usize)> {
    let c = FIRST_RUN_ON.captures(text)?;
    let (cut, start) = (c.get(1)?.start(), last_char_start(c.get(0)?));
    let rest = &text[start..];
    let second = RUN_ON_NUMBER.captures_iter(rest).find(|c| &c[1] == "2")?;
    let second_words = &rest[last_char_start(second.get(0)?)..];
    // "Warmly welcomes", "Strongly urges": the verb after its adverb.
    let verb_opens = |t: &str| {
        let t = t.trim_start();
        let after_adverb = t
            .split_once(' ')
            .filter(|(w, _)| w.len() > 3 && w.ends_with("ly"))
            .map_or(t, |(_, r)| r);
        opens(t) || opens(after_adverb)
    };
    (verb_opens(rest) && verb_opens(second_words)).then_some((cut, start))
}

/// "The Council, Reiterating ..., Recalling ..., 1. Requests ...": a page cut after
/// paragraph 1 runs it on after the formal opening's preamble, which ends with a comma.
fn first_after_preamble(text: &str, opens: &impl Fn(&str) -> bool) -> Option<(usize, usize)> {
    if !text.starts_with("The ") {
        return None;
    }
    let c = FIRST_RUN_ON.captures(text)?;
    let (cut, start) = (c.get(1)?.start(), last_char_start(c.get(0)?));
    let preamble_ends = text[..cut].trim_end().ends_with(',');
    (preamble_ends && opens(&text[start..])).then_some((cut, start))
}

/// Where "1." starts in `text` (the cut) and where its paragraph's words start, when "2."
/// and "3." follow it as run-on numbers.
fn run_of_three(text: &str) -> Option<(usize, usize)> {
    let c = FIRST_RUN_ON.captures(text)?;
    let (cut, start) = (c.get(1)?.start(), last_char_start(c.get(0)?));
    let mut rest = &text[start..];
    for n in [2, 3] {
        let m = RUN_ON_NUMBER
            .captures_iter(rest)
            .find(|c| c[1].parse() == Ok(n))?;
        rest = &rest[m.get(0)?.end()..];
    }
    Some((cut, start))
}

/// Where a match's last character starts: the first letter of the paragraph a run-on
/// number's match ends on (an Arabic or accented letter is more than one byte).
fn last_char_start(m: regex::Match<'_>) -> usize {
    m.end() - m.as_str().chars().next_back().map_or(0, char::len_utf8)
}

/// The number of the first numbered paragraph after `i`.
fn next_number(paras: &[Para], i: usize) -> Option<u32> {
    paras[i + 1..].iter().find_map(|p| p.number)
}

/// Splits "...; 14. Reaffirms ..." out of paragraph 13 when no paragraph 14 follows; after
/// a comma ("... held in Geneva, 2. Decides ...") only where an operative verb opens it.
fn split_run_ons(mut paras: Vec<Para>, opens: &impl Fn(&str) -> bool) -> Vec<Para> {
    let mut i = 0;
    while i < paras.len() {
        if let Some(n) = paras[i].number
            && next_number(&paras, i) != Some(n + 1)
            && let Some(next) = split_off(&mut paras[i], n + 1, opens)
        {
            paras.insert(i + 1, next);
        }
        i += 1;
    }
    paras
}

/// Paragraph `n` cut out of `p`'s text or its last sub-paragraphs, with what follows it.
fn split_off(p: &mut Para, n: u32, opens: &impl Fn(&str) -> bool) -> Option<Para> {
    let at = |t: &str| {
        let bounds = |c: regex::Captures<'_>| {
            (
                c.get(1).expect("group").start(),
                last_char_start(c.get(0).expect("match")),
            )
        };
        RUN_ON_NUMBER
            .captures_iter(t)
            .find(|c| c[1].parse() == Ok(n))
            .map(bounds)
            .or_else(|| {
                RUN_ON_AFTER_COMMA
                    .captures_iter(t)
                    .find(|c| c[1].parse() == Ok(n))
                    .map(bounds)
                    .filter(|&(_, start)| opens(&t[start..]))
            })
    };
    let label = format!("{n}.");
    let new = |text: &str, subs: Vec<Sub>| Para {
        ordinal: 0,
        number: Some(n),
        text: text.to_string(),
        subs,
        label: label.clone(),
    };
    if let Some((cut, start)) = at(&p.text) {
        let next = new(&p.text[start..], std::mem::take(&mut p.subs));
        p.text.truncate(cut);
        p.text.truncate(p.text.trim_end().len());
        return Some(next);
    }
    let k = p.subs.iter().position(|s| at(&s.text).is_some())?;
    let (cut, start) = at(&p.subs[k].text)?;
    let rest = p.subs.split_off(k + 1);
    let sub = &mut p.subs[k];
    let next = new(&sub.text[start..], rest);
    sub.text.truncate(cut);
    sub.text.truncate(sub.text.trim_end().len());
    Some(next)
}

/// Whether paragraph number `n` continues the sequence after `last`, looking at the
/// numbers after it.
fn in_order(n: u32, last: u32, later: &[u32], restart: bool) -> bool {
    let next = later.first().copied();
    if n == last + 1 || (restart && n == 1 && (later.is_empty() || later.contains(&2))) {
        return true;
    }
    // The first number may be any that the text goes on from ("4." over an inline "1. 2.").
    if last == 0 {
        // A page that opens on the last paragraph of one text ("7. Prie ...") before the
        // next text's "1.", "2.": the first number stands.
        if n > 1 && next == Some(1) && later.get(1).is_none_or(|&m| m == 2) {
            return true;
        }
        let goes_on = next.is_some_and(|m| m > n && m <= n + 1 + MAX_NUMBER_GAP);
        return goes_on || later.is_empty() || later.contains(&(n + 1));
    }
    n > last && n <= last + MAX_NUMBER_GAP && next.is_none_or(|m| m > n)
}

/// "26. Report of the Orchard Fund": a resolution's number and its title, a heading rather
/// than an operative paragraph: a short line in capitalised words, with no closing
/// punctuation and no operative verb first.
fn numbered_title(p: &Para) -> bool {
    let text = p.text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    p.subs.is_empty()
        && (2..=12).contains(&words.len())
        && !text.ends_with(['.', ';', ':', ',', '!', '?'])
        && first.starts_with(char::is_uppercase)
        && !is_verb_form(&fold_word(first))
        && words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            * 2
            >= words.len()
}

/// A paragraph whose text or last item ends where the list it opens starts: "the following:".
fn ends_open(p: &Para) -> bool {
    let end = p.subs.last().map_or(&p.text, |s| &s.text);
    end.trim_end().ends_with(':')
}

/// Numbers out of sequence made text again (or items of a list a colon opens).
fn without_strays(paras: Vec<Para>) -> Vec<Para> {
    let numbers: Vec<Option<u32>> = paras.iter().map(|p| p.number).collect();
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut last = 0;
    // The inline list being read: the number its next item would have.
    let mut list_next: Option<u32> = None;
    for (i, mut p) in paras.into_iter().enumerate() {
        let Some(n) = p.number else {
            list_next = None;
            out.push(p);
            continue;
        };
        let later: Vec<u32> = numbers[i + 1..].iter().filter_map(|m| *m).collect();
        // "26. Report of the Orchard Fund" over "1. Commends ...", "2. Requests ...": a
        // resolution's number before its title heads the list, which starts again at 1.
        let restart = out
            .last()
            .is_some_and(|q| (q.number.is_none() || numbered_title(q)) && !ends_open(q));
        // "2. Decides: (a) ...; (d) ..." then "2. Decides also to ...": a number the page
        // gave twice, after a list, before an operative verb, is a paragraph of its own (it
        // keeps the number the page gives it).
        let repeated = n == last
            && out
                .last()
                .is_some_and(|q| q.number == Some(n) && !q.subs.is_empty())
            && p.text
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && is_verb_form(&fold_word(w)));
        let prev = out.last_mut();
        let Some(prev) = prev.filter(|_| !repeated && !in_order(n, last, &later, restart)) else {
            last = n;
            list_next = None;
            out.push(p);
            continue;
        };
        if list_next == Some(n) || (n == 1 && ends_open(prev)) {
            list_next = Some(n + 1);
            prev.subs.push(Sub {
                letter: n.to_string(),
                text: std::mem::take(&mut p.text),
            });
        } else {
            list_next = None;
            let text = format!("{} {}", p.label, p.text);
            match prev.subs.last_mut() {
                Some(sub) => join_line(&mut sub.text, text.trim()),
                None => join_line(&mut prev.text, text.trim()),
            }
        }
        prev.subs.append(&mut p.subs);
    }
    out
}

/// A numbered paragraph a page break or a footnote cut: its text ends in no punctuation,
/// and the unnumbered paragraph after it goes on in lower case or does not open as a
/// paragraph does.
fn joined_continuations(paras: Vec<Para>, opens: &impl Fn(&str) -> bool) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut in_numbered = false;
    for mut p in paras {
        if p.number.is_some() {
            in_numbered = true;
        }
        let prev = out.last_mut().filter(|q| {
            in_numbered && p.number.is_none() && q.number.is_some() && cut_off(q, &p.text, opens)
        });
        match prev {
            Some(prev) => {
                match prev.subs.last_mut() {
                    Some(sub) => join_line(&mut sub.text, &p.text),
                    None => join_line(&mut prev.text, &p.text),
                }
                prev.subs.append(&mut p.subs);
            }
            None => out.push(p),
        }
    }
    out
}

/// Whether `p` stops mid-sentence and `next` is the rest of it.
fn cut_off(p: &Para, next: &str, opens: &impl Fn(&str) -> bool) -> bool {
    let end = p.subs.last().map_or(&p.text, |s| &s.text).trim_end();
    let words = end.split_whitespace().count();
    if end.is_empty() || end.ends_with(['.', ';', ':', '!', '?']) {
        return false;
    }
    // "I.1. AU TITRE DU MINISTERE ..." over prose in mixed case: a section's heading in
    // capitals ends where its line does.
    if p.subs.is_empty() && shouted(end) && !shouted(next) {
        return false;
    }
    let lower = next.starts_with(char::is_lowercase);
    // "53rd plenary meeting" / "17 December 2024" after the last paragraph closes the text.
    let closing = next.starts_with(|c: char| c.is_ascii_digit());
    // "... the Convention on Ladders, Their Rungs and Baskets Used for Their Repair," /
    // "Storage and Transport, and encourages ...": a title wrapped at one of its commas.
    let title_goes_on = end.ends_with(',') && title_case_end(end);
    lower || (words >= 8 && (!end.ends_with(',') || title_goes_on) && !closing && !opens(next))
}

/// Whether the last two words of `end` are a title's: capitalised, or a short word between
/// capitalised ones ("Used for Their Repair,").
fn title_case_end(end: &str) -> bool {
    let words: Vec<&str> = end.split_whitespace().rev().take(3).collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    words.len() == 3 && capital(&words[0]) && words[1..].iter().filter(|w| capital(w)).count() >= 1
}

/// An operative paragraph without a number between N and N + 2: N + 1, lost in a page break,
/// or left out by the text where it cites "paragraph N + 1" elsewhere.
fn fill_lost_numbers(paras: &mut [Para], opens: &impl Fn(&str) -> bool) {
    let cited = cited_numbers(paras);
    let mut last: Option<u32> = None;
    for i in 0..paras.len() {
        match paras[i].number {
            Some(n) => last = Some(n),
            None => {
                let Some(n) = last else { continue };
                let alone = paras[i + 1..]
                    .iter()
                    .take_while(|p| p.number.is_none())
                    .count()
                    == 0;
                // Cited, the first paragraph of the gap that asks or opens a list is it, with
                // headings or notes after it.
                let cited_here = cited.contains(&(n + 1))
                    && (alone
                        || opens(&paras[i].text)
                        || !paras[i].subs.is_empty()
                        || paras[i].text.trim_end().ends_with(':'));
                let lost = next_number(paras, i) == Some(n + 2)
                    && ((alone && opens(&paras[i].text)) || cited_here);
                if lost {
                    paras[i].number = Some(n + 1);
                    last = Some(n + 1);
                }
            }
        }
    }
}

/// "paragraph 6 above", "paragraphs 3 and 6": the paragraph numbers a text cites.
static CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bparagraphs?\s+((?:\d{1,3}(?:\s*\([a-z]\))?(?:\s*,\s*|\s+and\s+|\s+to\s+)?)+)",
    )
    .expect("valid regex")
});

fn cited_numbers(paras: &[Para]) -> Vec<u32> {
    let mut out = Vec::new();
    let texts = paras
        .iter()
        .flat_map(|p| std::iter::once(&p.text).chain(p.subs.iter().map(|s| &s.text)));
    for t in texts {
        for m in CITED.captures_iter(t) {
            out.extend(
                m[1].split(|c: char| !c.is_ascii_digit())
                    .filter_map(|d| d.parse::<u32>().ok()),
            );
        }
    }
    out
}

/// How a text is laid out.
struct Layout {
    /// Paragraphs separated by line breaks, not blank lines.
    single_spaced: bool,
    /// Most of its letters Arabic.
    arabic: bool,
    /// The longest line: wrapped lines come close to it. One line far longer than all
    /// the others (two wrapped lines a copy joined) sets no width: the next longest does.
    width: usize,
}

impl Layout {
    fn of(text: &str) -> Layout {
        let mut blocks = 0;
        let mut lines = 0;
        let mut widths: Vec<usize> = Vec::new();
        let mut in_block = false;
        // Long lines alone in their block, and long lines that share one.
        let (mut alone, mut shared) = (0, 0);
        let all: Vec<&str> = text.lines().map(str::trim).collect();
        for (k, line) in all.iter().enumerate() {
            let line = *line;
            if line.is_empty() {
                in_block = false;
                continue;
            }
            if line.chars().count() >= 100 {
                let next_blank = all.get(k + 1).is_none_or(|l| l.is_empty());
                if !in_block && next_blank {
                    alone += 1;
                } else {
                    shared += 1;
                }
            }
            if !in_block {
                blocks += 1;
                in_block = true;
            }
            widths.push(line.chars().count());
            // A lettered or roman item is a line of text ("i) que les États ..."); a
            // paragraph's number alone may head a block.
            if !matches!(marker(line, None).0, Marker::Number(_)) {
                lines += 1;
            }
        }
        // "Decision directed to:" / "Secrétariat" over blocks of one paragraph each (its
        // items a blank line apart): short headings share a block, the paragraphs do not.
        let blank_spaced = alone > shared;
        widths.sort_unstable_by(|a, b| b.cmp(a));
        // "... the Declaration on the Conduct" (104) over lines of 71 to 81: a hard-wrapped
        // page's one overlong line is no measure of its wrap.
        // Only a wrap: four lines at least come near the next longest, itself no paragraph
        // set on one line (a headline of 110 over a paragraph of 539 is no wrap).
        let wrapped_at = |second: usize| {
            second <= 100 && widths.iter().filter(|w| **w * 5 >= second * 4).count() >= 5
        };
        let width = match widths.as_slice() {
            [first, second, ..] if *first * 4 > *second * 5 && wrapped_at(*second) => *second,
            [first, ..] => *first,
            [] => 0,
        };
        let letters = text.chars().filter(|c| c.is_alphabetic()).take(5000);
        let (arabic, all) = letters.fold((0usize, 0usize), |(a, n), c| {
            (a + usize::from(crate::ar::is_arabic_letter(c)), n + 1)
        });
        Layout {
            single_spaced: lines > 2 * blocks && !blank_spaced,
            arabic: all > 0 && arabic * 2 > all,
            width,
        }
    }
}

/// In a single-spaced text, whether `prev` ends a paragraph before `next`: it closes with
/// punctuation, or it is a heading (short, unpunctuated); a wrapped line continues it.
fn ends_paragraph(prev: &str, next: &str, width: usize) -> bool {
    // "... la Mission de X (" / "MX) pour ...": a line that stops on an opening bracket
    // or quotation mark goes on.
    if prev.trim_end().ends_with(['(', '[', '«', '“']) {
        return false;
    }
    // "“Accordingly, it invites ...", "(OR. en)", "« Nous appelons ... »": a quotation or
    // a bracket may open it.
    let opening = next.trim_start_matches(['“', '"', '‘', '\'', '(', '«', '[', ' ', '\u{a0}']);
    // "3 April 2006", "19990211 The Council ...": a press release's date line after its
    // heading opens with a figure.
    let dated = DATE_LINE.is_match(opening);
    // "66 (1948). Résolution du 29 décembre 1948": a yearly volume's head of a resolution
    // (its number, its year) opens with a figure too.
    let dated = dated || RESOLUTION_HEAD.is_match(opening);
    // "... or risk <a thing>." / "\"... in the event X are not met, take
    // all measures ...\"": a quotation taken up mid-sentence (an ellipsis after its opening
    // mark) after a sentence's end opens a paragraph, though its first word is in lower case.
    // "... du peuple. »": French typography sets a space before the closing mark.
    let closing = prev.trim_end_matches([
        '”', '"', '’', '\'', ')', '»', ']', ' ', '\u{a0}', '\u{202f}',
    ]);
    let resumed_quote = opening.len() < next.trim_start().len()
        && (opening.starts_with("...") || opening.starts_with('…'))
        && closing.ends_with(['.', '!', '?']);
    if resumed_quote {
        return true;
    }
    if !(opening.chars().next().is_some_and(char::is_uppercase) || dated) {
        return false;
    }
    // "... international humanitarian law.”": a quotation or a bracket may close it.
    // "Having considered the report ...;*": a footnote's mark after the closing mark.
    let footnoted = prev
        .trim_end()
        .strip_suffix(['*', '†', '‡', '¹', '²', '³'])
        .map(|p| p.trim_end_matches(['*', '†', '‡']))
        .is_some_and(|p| p.ends_with([',', ';', ':', '.']));
    if closing.ends_with([',', ';', ':', '.']) || footnoted {
        return true;
    }
    if ends_on_never_last_word(prev) {
        return false;
    }
    // "... its statements of 3" / "August 2031 and ...": a hard wrap that fell inside a
    // date (its day ends the line, its month and year open the next) goes on, however
    // short the line.
    if DAY_BEFORE_MONTH_LINE.is_match(prev) && MONTH_YEAR_OPENING.is_match(opening) {
        return false;
    }
    let wrapped = width >= 50 && prev.chars().count() * 4 >= width * 3;
    !wrapped
}

/// A wiki page's infobox goes on over its lines: "Number:648" after "Organ:SC" (a field run
/// into its value), "Voting summary |" after "| Date | 27 June 2011 |" (a table's rows;
/// rows opening with a bar go on anyway), so the box is one block and the text's
/// paragraphs keep their places.
fn infobox_run(prev: &str, line: &str) -> bool {
    // A row that has words and opens with a bar or has empty cells ("||"), or the "|---|"
    // rule under a table's head; bars alone ("| |||") under a headline open no table, and
    // a page's furniture with bars after it ("Geneva office | |") is no row.
    let table_row = prev.matches('|').count() >= 2
        && (prev.starts_with('|') || prev.contains("||"))
        && (prev.chars().any(char::is_alphabetic) || prev.contains("---"));
    (INFOBOX_FIELD.is_match(prev) && INFOBOX_FIELD.is_match(line))
        || (table_row && line.ends_with('|'))
        || infobox_box_run(prev, line)
}

/// "Date12 November 1998" / "Meeting no.3,943" / "  • 15 voted for" / "Permanent members":
/// a wiki copy's infobox whose labels run into their values without a colon (or with a
/// space), under "UN Security Council" / "Resolution 1206" / a map's caption. A field line
/// goes on from any short line with no sentence's end; a short line goes on from a field.
fn infobox_box_run(prev: &str, line: &str) -> bool {
    let short = |l: &str| {
        l.split_whitespace().count() <= 6 && !l.trim_end().ends_with(['.', ',', ';', ':'])
    };
    let field = |l: &str| INFOBOX_GLUED.is_match(l) || INFOBOX_FURNITURE.is_match(l);
    (field(line) && (field(prev) || short(prev))) || (field(prev) && short(line))
}

/// "Date12 November 1998", "Date 28 October 2005", "CodeS/RES/1206", "SubjectThe situation",
/// "ResultAdopted": an infobox label run into its value.
static INFOBOX_GLUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Date|Code|Subject|Result|Meeting no\.) ?[\p{Lu}\p{N}]").expect("valid regex")
});

/// The infobox's furniture lines: its vote bullets, its heads and its members' rows.
static INFOBOX_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:•\s*)?(?:(?:\d+|None) (?:voted (?:for|against)|abstained)|Voting summary|UN Security Council|Resolution \d+|Security Council composition|(?:Non-)?[Pp]ermanent members)\s*$",
    )
    .expect("valid regex")
});

/// "Date:31 January", "Code:S/RES/648": a label glued to its value, as a wiki copy sets an
/// infobox's fields (a sentence's "Note: ..." has a space after its colon).
static INFOBOX_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{L}\p{N} .'-]{0,30}:[^\s/]").expect("valid regex"));

/// "MECCA: The ...", "ADDIS ABABA, 3 March (Agency) - The ...": a news report's dateline,
/// a place in capitals before the report's first sentence.
static NEWS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}{2,}(?:[ '-]\p{Lu}{2,})*(?:,[^:\n]{1,40}?)?(?:\s*\([^)]{1,30}\))?\s*(?::|--|[-–—])\s+\p{Lu}\p{Ll}")
        .expect("valid regex")
});

/// A French past participle in lower case ("appelé", "décidé", or an irregular one of
/// requests: "instruit", "pris", "mis"): the second word of a compound past after "a" /
/// "ont" (no English word after "a": "a summit", "a visit" are not).
static FRENCH_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Ll}{2,}(?:é|ée|és|ées)|instruit|prescrit|pris|mis|admis|soumis|requis|permis|promis|fait|convenu|prévu|tenu|ouvert)$")
        .expect("valid regex")
});

/// "- Author: X", "- Document source:": a bulleted "Label: value" field of a record page.
static RECORD_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[-–•*]\s+\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:(?:\s|$)").expect("valid regex")
});

/// Whether `text` leaves a quotation open: an odd count of double marks, straight and curly
/// together ("It added, \"For ... grievances.”" opens with one kind and closes with the
/// other).
fn quotation_open(text: &str) -> bool {
    text.matches(['"', '“', '”']).count() % 2 == 1
}

/// "2036-09-16 10:08": a news page's stamp, its day in figures and perhaps its hour.
static NUMERIC_STAMP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:\s+\d{1,2}:\d\d)?\s*$")
        .expect("valid regex")
});

/// A line that is a date ("3 April 2006", "3-April-2006", "April 3, 2006") or opens with a
/// date code ("19990211 The ...");
/// a wrapped sentence's "... no later than" + "15 August 2020, and ..." goes on.
/// A line that ends on a day's figure after a word ("... of 3"), not a figure alone.
static DAY_BEFORE_MONTH_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}\s+(?:[1-9]|[12]\d|3[01])\s*$").expect("valid regex"));

/// A line that opens with a month's name and a year ("August 2031 and ...").
static MONTH_YEAR_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{m})\s+\d{{4}}\b",
        m = crate::words::MONTH_NAMES.as_str()
    ))
    .expect("valid regex")
});

/// "66 (1948). Résolution du ...", "180 (1963). Resolution of ...": a resolution's number
/// and year, as a volume of resolutions heads each one.
static RESOLUTION_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,4}\s+\((?:19|20)\d\d\)\.\s+\p{Lu}").expect("valid regex"));

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)^(?:\d{{1,2}}[\s-]+(?:{m})[\s-]+\d{{4}}\s*$|(?:{m})\s+\d{{1,2}},?\s+\d{{4}}\s*$|(?:19|20)\d{{6}}\b)",
        m = months
    ))
    .expect("valid regex")
});

/// Whether `line` opens with no paragraph or item number.
fn unmarked(line: &str) -> bool {
    matches!(marker(line, None).0, Marker::None)
}

/// For each line of `text`, whether its block (the lines between blank lines) has two lines
/// or more, not counting items ("- To request ...") or numbered lines, and each of those
/// ends a sentence.
fn sentence_per_line(text: &str) -> Vec<bool> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut out = vec![false; lines.len()];
    for block in blocks(&lines) {
        let own: Vec<&str> = lines[block.clone()]
            .iter()
            .copied()
            .filter(|l| !l.starts_with(['-', '•', '–', '*']) && unmarked(l))
            .collect();
        let ends = |l: &&str| l.ends_with(['.', ':', '!', '?']);
        // The text's last block may be cut short inside its last sentence (an excerpt):
        // its other lines still set one sentence to a line.
        let cut =
            block.end == lines.len() && own.len() >= 3 && own[..own.len() - 1].iter().all(ends);
        // "PRENANT ACTE de ... ;" / "ENCOURAGE X à ... ;" / "DEMANDE à Y de ... ;": a
        // resolution's clauses set one to a line, each closed by its semicolon, are a
        // paragraph each, as sentences are (not a body's line closed by a colon over them).
        let clause = |l: &&str| l.ends_with(';');
        let clauses = own.len() >= 2 && own.iter().all(clause);
        let whole = own.len() >= 2 && (own.iter().all(ends) || cut) || clauses;
        out[block].iter_mut().for_each(|o| *o = whole);
    }
    out
}

/// The ranges of `lines` between blank lines (empty where two blank lines meet).
fn blocks<'a>(lines: &'a [&str]) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    let mut start = 0;
    (0..=lines.len())
        .filter(|&end| end == lines.len() || lines[end].is_empty())
        .map(move |end| {
            let block = start..end;
            start = end + 1;
            block
        })
}

/// For each line, whether it goes on the line before it as the second half of an earlier
/// line set again: "Council, Adopting Resolution 9 (2031), Renews Mandate of the Orchard" /
/// "Mission until 1 May 2032" under the one-line headline "Council, Adopting ... Orchard
/// Mission until 1 May 2032" (a press page gives its headline twice, once wrapped). Six
/// words at least, compared without case.
fn rewrapped_lines(text: &str) -> Vec<bool> {
    // Each line's words once: the comparison runs over every earlier line of the text.
    let words: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split_whitespace().map(str::to_lowercase).collect())
        .collect();
    let mut out = vec![false; words.len()];
    for k in 2..words.len() {
        let (prev, line) = (&words[k - 1], &words[k]);
        let len = prev.len() + line.len();
        if prev.is_empty() || line.is_empty() || len < 6 {
            continue;
        }
        out[k] = words[..k - 1].iter().any(|earlier| {
            earlier.len() == len
                && earlier[..prev.len()] == prev[..]
                && earlier[prev.len()..] == line[..]
        });
    }
    out
}

/// A press page's headline or sub-headline set over two one-line blocks: the second
/// block's line goes on the first (`rewrapped`, returned) and the blank lines between them
/// end no paragraph (`bridged`, returned). Two kinds: the halves of an earlier line set
/// again ("Council, Adopting ..., Renews Mandate" / "" / "Of the Orchard Mission" under
/// the one-line headline), and a title-cased line ending in a comma over a title-cased
/// line ("Text Calls for Realigning the Mission's Work," / "" / "Improved Care of Orchards"),
/// or in a semicolon when the sub-headline lists acts ("Names Two Keepers; Elects Growers;"
/// / "" / "Adopts Other Texts, Including on Seeds").
fn bridged_headlines(text: &str, mut rewrapped: Vec<bool>) -> (Vec<bool>, Vec<bool>) {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut bridged = vec![false; lines.len()];
    let alone = |k: usize| {
        !lines[k].is_empty()
            && (k == 0 || lines[k - 1].is_empty())
            && lines.get(k + 1).is_none_or(|l| l.is_empty())
    };
    // Each line's words, lowercase, one space apart, and the lines seen so far as a set: a
    // page of many short blocks would otherwise compare each block with every line above it.
    let folded: Vec<String> = lines
        .iter()
        .map(|l| {
            l.split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut above: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut seen_up_to = 0;
    for i in 0..lines.len() {
        if !alone(i) {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].is_empty()) else {
            continue;
        };
        if j == i + 1 || !alone(j) {
            continue;
        }
        above.extend(folded[seen_up_to..i].iter().map(String::as_str));
        seen_up_to = i;
        let joined = format!("{} {}", folded[i], folded[j]);
        let set_again = joined.split(' ').count() >= 6 && above.contains(joined.as_str());
        if set_again || continues_headline(lines[i], lines[j]) {
            rewrapped[j] = true;
            bridged[i + 1..j].iter_mut().for_each(|b| *b = true);
        }
    }
    (rewrapped, bridged)
}

/// Whether a block alone under a headline block alone finishes it (two blocks, one place).
fn continues_headline(first: &str, second: &str) -> bool {
    // A sub-headline's first half ends in a comma, or in a semicolon where it lists
    // the page's acts ("<act one>; <act two>;" over "<act three>"): either way the
    // second half, title-cased and with no end mark of its own, finishes it. A
    // semicolon also ends a numbered operative paragraph over a heading, and a script
    // with no capitals passes any title test, so the semicolon's first half must
    // open with a capital letter, not a number, and both halves hold capitals.
    let listed_acts = first.ends_with(';')
        && first.chars().next().is_some_and(char::is_uppercase)
        && capitals(second);
    let subheadline = (first.ends_with(',') || listed_acts)
        && !second.ends_with(['.', ',', ';', ':'])
        && title_cased(first)
        && title_cased(second);
    // A sub-headline wrapped inside a phrase ("<body> Sets Up Posts for Five Independent"
    // over "Experts, Including on <topics>"): the first half ends on a word, with no
    // mark at all, and is long, as a wrapped line is (a short label such as "Round-Up
    // of Session" is a place of its own); the phrase is seen left open, the second half
    // closing it at its first word ("Experts,") or the first half ending on a word no
    // title ends on ("... Posts for" over "Five Keepers"), so a headline over a
    // sub-headline, each whole, stays two places; both halves are in the same case and
    // hold capitals (a script with none passes any title test).
    let last_word = first
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    let left_open = second
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with(','))
        || table::TITLE_OPEN_ENDS.contains(&last_word.as_str());
    // The second half holds no figure: a dateline ("<city>, 15 December 2024") under a
    // headline opens with a word and a comma too, and is a place of its own.
    let wrapped = left_open
        && !second.contains(char::is_numeric)
        && first.split_whitespace().count() >= 6
        && second.split_whitespace().count() >= 3
        && first.ends_with(char::is_alphabetic)
        && !second.ends_with(['.', ',', ';', ':'])
        && capitals(first)
        && capitals(second)
        && upper(first) == upper(second)
        && title_cased(first)
        && title_cased(second);
    subheadline || wrapped
}

/// A headline's line: two to twelve words, each of five letters or more capitalised.
fn title_cased(l: &str) -> bool {
    let ws: Vec<&str> = l.split_whitespace().collect();
    (2..=12).contains(&ws.len())
        && ws.iter().all(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            letters < 5 || w.chars().next().is_some_and(|c| !c.is_lowercase())
        })
}

fn capitals(l: &str) -> bool {
    l.chars().any(char::is_uppercase)
}

/// In capitals throughout (no lowercase letter).
fn upper(l: &str) -> bool {
    !l.chars().any(char::is_lowercase)
}

/// For each line, whether it is in a block whose first line is a date alone and whose
/// lines are all short and unpunctuated at their end (a news page's date, headline and
/// tag: "18 August 2036" / "Council Agrees on Seeds" / "story highlights").
fn dated_header_lines(text: &str) -> Vec<bool> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut out = vec![false; lines.len()];
    let top = blocks(&lines).find(|r| !r.is_empty());
    for range in blocks(&lines) {
        let block = &lines[range.clone()];
        if top.as_ref() == Some(&range) && top_header_block(block) {
            out[range].iter_mut().for_each(|o| *o = true);
            continue;
        }
        // "27 August 2036" / "Orchard CouncilOC/1234" / "Office of Orchard Notes • Press
        // Desk • Westvale": a press page's stamp (the day, the symbol, the office that
        // issues it, its units set off by bullets) is one place.
        if block.len() >= 2
            && DATE_LINE.is_match(block[0])
            && block.iter().any(|l| l.contains(" • "))
        {
            continue;
        }
        // "2036-09-16 10:08" / "The Chair. (File: Agency)": a news page's numeric stamp over
        // a picture's caption is a header's date line too.
        let stamp = |l: &str| DATE_LINE.is_match(l) || NUMERIC_STAMP_LINE.is_match(l);
        let header = block.len() >= 2
            && stamp(block[0])
            && block[0].split_whitespace().count() <= 4
            && block
                .iter()
                .all(|l| l.split_whitespace().count() <= 16 && !l.ends_with(['.', ',', ';', ':']));
        // "7 March 2008" / "His Excellency ..., Permanent Representative of ... to the
        // Organization" (a picture's caption, too long for a headline): the date line over
        // it is a header's line all the same, and the line under it opens a paragraph.
        let date_over_text = !header
            && block.len() >= 2
            && DATE_LINE.is_match(block[0])
            && block[0].split_whitespace().count() <= 4;
        let first_after = range.start + 1;
        out[range].iter_mut().for_each(|o| *o = header);
        if date_over_text {
            out[first_after] = true;
        }
    }
    out
}

/// Whether a text's first block is a page's header of short lines, one of them dated and
/// none a sentence: "ID :" / "<a number>" / "<weekday, date - time>" / "Author :", or
/// "<weekday, date | the date in another calendar>" / "<the weather>" / "<a temperature>".
/// Its lines are a paragraph each, as a header's short lines are; read as one paragraph
/// they would move every paragraph under them up by the lines it joins.
fn top_header_block(block: &[&str]) -> bool {
    block.len() >= 3
        && block.iter().all(|l| {
            let words = l.split_whitespace().count();
            (1..=10).contains(&words) && !l.ends_with(['.', ',', ';', '!', '?'])
        })
        && block.iter().any(|l| HEADER_DATE.is_match(l))
}

/// A date anywhere in a header's line: "April 13, 2024", "13 April 2024", "10/14/2015",
/// "2015-10-14".
static HEADER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\b(?:\d{{1,2}}[\s-]+(?:{m})[\s,-]+\d{{4}}|(?:{m})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b",
        m = months
    ))
    .expect("valid regex")
});

/// A numbered paragraph wrapped over lines (a PDF's text layer) whose sentence ends where a
/// full line does ("... more air defence systems." / "The Council invites ..."): the
/// paragraph goes on. Its lines set the width (a page header's long line does not); a last
/// line ends short of it, and a heading after it is short too.
fn sentence_ends_at_wrap(prev: &str, next: &str, widest: usize, lines: usize) -> bool {
    let full = |line: &str, share: usize| line.chars().count() * 100 >= widest * share;
    lines >= 2 && widest >= 50 && prev.ends_with('.') && full(prev, 85) && full(next, 50)
}

/// "... Requests the": a line that stops on an article or a preposition goes on.
fn ends_on_never_last_word(line: &str) -> bool {
    line.rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| table::NEVER_LAST_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether `line` opens a new item of a list whose item lost its closing semicolon: the
/// paragraph so far is a chapeau ending at a colon and items closed by semicolons
/// ("... reviewed progress, and:" / "welcomes X; calls on Y to ...;"), its last line ends on
/// a word, and `line` opens with an item's verb in the chapeau's voice ("invites the Board
/// to ..."). A PDF's list often drops the semicolon of one item, and the next item's verb
/// would otherwise be read as going on the item before it.
fn lost_item_end(t: &str, line: &str) -> bool {
    let Some(colon) = t.find(':') else {
        return false;
    };
    let ends_on_word = t.chars().next_back().is_some_and(char::is_alphanumeric);
    let items_closed = t[colon..].contains(';');
    let first = line.split_whitespace().next().unwrap_or("");
    ends_on_word && items_closed && table::LIST_ITEM_VERBS.contains(&first)
}

pub(crate) fn join_line(t: &mut String, line: &str) {
    if t.is_empty() {
        t.push_str(line);
    } else if t.ends_with('-') && !t.ends_with(" -") {
        // A word broken at the end of a line: keep the hyphen (hyphenated compounds are
        // far more common in resolutions than broken words), unless what follows is only
        // a word's ending ("Commis-" + "sion", "Decem-" + "ber").
        if broken_word(t, line) {
            t.pop();
        }
        t.push_str(line);
    } else {
        t.push(' ');
        t.push_str(line);
    }
}

/// Whether `before` ends in a word a line break cut ("Commis-") and `after` opens with
/// the rest of it ("sion for ..."): a short lower-case piece ending like a word's ending.
fn broken_word(before: &str, after: &str) -> bool {
    let head_is_word = before[..before.len() - 1]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic);
    let tail: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    // "Encour-" + "ages States to ...": the two pieces make an operative verb of the table.
    let head: String = before[..before.len() - 1]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let verb = head.starts_with(char::is_uppercase) && is_verb_form(&fold_word(&(head + &tail)));
    head_is_word
        && tail.starts_with(char::is_lowercase)
        && tail.chars().count() <= 7
        && (verb || table::WORD_ENDINGS.iter().any(|e| tail.ends_with(e)))
}

/// A paragraph of its own, after the `own_items` the text numbered apart.
fn push_para(
    out: &mut Vec<Para>,
    own_items: usize,
    number: Option<u32>,
    text: String,
    label: &str,
) {
    out.push(Para {
        ordinal: out.len() + 1 + own_items,
        number,
        text,
        subs: Vec::new(),
        label: label.to_string(),
    });
}

fn flush(
    out: &mut Vec<Para>,
    unit: Option<(Marker, String)>,
    last_sub: &mut Option<char>,
    label: &str,
    own_items: &mut usize,
    apart: bool,
) {
    let Some((marker, text)) = unit else { return };
    match top_level(marker, &text, out.last()) {
        Marker::Point(letter) if !out.is_empty() => {
            *own_items += usize::from(apart);
            *last_sub = letter.chars().next();
            let para = out.last_mut().expect("checked");
            para.subs.push(Sub { letter, text });
        }
        // "To identify options ...;" (an item whose opener a page lost), a blank line, then
        // "(e) Decides to convene ...": a later letter, apart, after an unnumbered paragraph
        // that ends an item of its own and has none, is no item of it; with its opener lost
        // too, it is a paragraph of its own.
        Marker::Letter(letter) if orphan_item(&letter, &text, out, apart) => {
            *last_sub = letter.chars().next();
            push_para(out, *own_items, None, text, label);
        }
        // "(أ)" alone over "إن الجمعية العامة، ...": a resolution's part, its first letter
        // a heading over the body's opening, is a paragraph of its own (its own lettered
        // items follow), no item of the paragraph before it.
        Marker::Letter(letter) if part_opening(&letter, &text) => {
            *last_sub = None;
            push_para(out, *own_items, None, text, label);
        }
        Marker::Letter(letter) if !out.is_empty() => {
            // "(b) requested the Office to ...": a place of its own in the text's count of
            // paragraphs (a bullet is not: "* Calls for ..." under a headline).
            // Lines of one block, single-spaced within a double-spaced page, are one place.
            *own_items += usize::from(apart && !label.starts_with(BULLETS));
            *last_sub = letter.chars().next();
            let para = out.last_mut().expect("checked");
            para.subs.push(Sub { letter, text });
        }
        Marker::Roman(numeral) if !out.is_empty() => {
            add_roman(out.last_mut().expect("checked"), numeral, text);
        }
        Marker::Decimal(major, minor) => add_decimal(out, major, minor, text, label),
        marker => {
            *last_sub = None;
            let number = match marker {
                Marker::Number(n) => Some(n),
                _ => None,
            };
            push_para(out, *own_items, number, text, label);
        }
    }
}

/// "(أ)" + "إن الجمعية العامة، وقد ...": the first letter over the formal opening of an
/// Arabic resolution ("إن" and the body's defined name, then a comma within four words).
fn part_opening(letter: &str, text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(5).collect();
    letter == "a"
        && words.first().is_some_and(|w| ["إن", "إنّ"].contains(w))
        && words.get(1).is_some_and(|w| w.starts_with("ال"))
        && words[1..].iter().any(|w| w.ends_with(['،', ',']))
}

/// A lettered unit that is no item of the paragraph before it: in a text that numbers no
/// paragraph so far (a numbered one's items may run over a page's foot), apart, past the
/// first letter, opening on a capital (an operative verb), after a paragraph with no items
/// that ends an item with its semicolon.
fn orphan_item(letter: &str, text: &str, out: &[Para], apart: bool) -> bool {
    apart
        && letter.len() == 1
        && letter != "a"
        && text.trim_start().starts_with(char::is_uppercase)
        && out.iter().all(|p| p.number.is_none())
        && out
            .last()
            .is_some_and(|p| p.subs.is_empty() && p.text.trim_end().ends_with(';'))
}

/// Adds a unit marked with a roman numeral to the paragraph before it.
fn add_roman(para: &mut Para, numeral: String, text: String) {
    // "(a) To request the Secretary-General:" + "(i) to prepare ...; (ii) to make ...": tasks
    // (an infinitive each) that finish a lettered item's sentence, each an item of its own
    // ("a-i", "a-ii") that reads as that sentence; the lettered chapeau stays, asking nothing
    // by itself. Objects ("(a) to fund:" + "(i) schools;") stay in their item.
    let parent = para.subs.last().map(|s| {
        s.letter
            .split_once('-')
            .map_or(s.letter.as_str(), |(p, _)| p)
            .to_string()
    });
    let task = {
        let mut words = text.split_whitespace();
        words.next() == Some("to")
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
    };
    if let Some(parent) = parent.filter(|_| task)
        && let Some(head) = para
            .subs
            .iter()
            .find(|s| s.letter == parent && !is_roman(&s.letter))
            .and_then(|s| infinitive_chapeau(&s.text))
    {
        let joined = format!("{head} {text}");
        para.subs.push(Sub {
            letter: format!("{parent}-{numeral}"),
            text: joined,
        });
        return;
    }
    // "(a) Orchards:" + "(i) count ...; (ii) map ...": tasks under a heading, each
    // an item of its own ("a-i", "a-ii") in the heading's place.
    if let Some(parent) = heading_parent(para.subs.last()) {
        if para.subs.last().is_some_and(|s| !s.letter.contains('-')) {
            para.subs.pop();
        }
        para.subs.push(Sub {
            letter: format!("{parent}-{numeral}"),
            text,
        });
        return;
    }
    let under_roman = para.subs.last().map(|s| is_roman(&s.letter));
    match (para.subs.last_mut(), under_roman) {
        // "(a) ... (i) ... (ii)": nested in the lettered sub-paragraph.
        (Some(sub), Some(false)) => join_line(&mut sub.text, &text),
        // "Invites the Director-General: (i) to ...; (ii) to ...": sub-paragraphs.
        (Some(_), Some(true)) => para.subs.push(Sub {
            letter: numeral,
            text,
        }),
        (None, _) if numeral == "i" => para.subs.push(Sub {
            letter: numeral,
            text,
        }),
        _ => join_line(&mut para.text, &text),
    }
}

/// "To request the Secretary-General:": a lettered item that opens on an infinitive and
/// ends in a colon (its tasks finish its sentence), without the colon.
fn infinitive_chapeau(text: &str) -> Option<&str> {
    let head = text.trim_end().strip_suffix(':')?.trim_end();
    let mut words = head.split_whitespace();
    let to = words.next()?;
    let verb = words.next()?;
    (to.eq_ignore_ascii_case("to") && verb.starts_with(char::is_lowercase)).then_some(head)
}

/// "2. RECOMMENDATIONS" + "2.1 ...": an item of that section; with no such heading
/// before, a paragraph numbered by its section.
fn add_decimal(out: &mut Vec<Para>, major: u32, minor: String, text: String, label: &str) {
    match out.last_mut() {
        Some(para) if para.number == Some(major) => para.subs.push(Sub {
            letter: minor,
            text,
        }),
        _ => out.push(Para {
            ordinal: out.len() + 1,
            number: Some(major),
            text,
            subs: Vec::new(),
            label: label.to_string(),
        }),
    }
}

/// "(3)" numbers a paragraph of its own unless it is a sub-paragraph of a numbered one: one
/// that goes on in lower case ("1. URGES Member States (1) to ..."), the first after a
/// chapeau ending in a colon ("1. URGES Member States: (1) To ..."), or the next of a series.
fn top_level(marker: Marker, text: &str, last: Option<&Para>) -> Marker {
    let Marker::Letter(letter) = &marker else {
        return marker;
    };
    let Ok(n) = letter.parse::<u32>() else {
        return marker;
    };
    let Some(last) = last else {
        return Marker::Number(n);
    };
    // "(2) to request ..." after "(1) to note ...": the next paragraph of the series.
    let numeric_subs = last.subs.iter().any(|s| s.letter.parse::<u32>().is_ok());
    if last.number.is_some_and(|m| m + 1 == n) && !numeric_subs {
        return Marker::Number(n);
    }
    if text.starts_with(char::is_lowercase) && last.number.is_some() {
        return marker;
    }
    // "Having considered:" + "(1) changes ...", "(2) the saving ...": the points of a
    // preambular paragraph, not the text's own numbered paragraphs.
    // "Having considered the report," + "(1) Takes note ...": after a comma, an item opening
    // on a capital is the text's own first paragraph.
    let after_comma = last.text.trim_end().ends_with(',') && text.starts_with(char::is_uppercase);
    if last.number.is_none() && PREAMBLE_CHAPEAU.is_match(last.text.trim()) && !after_comma {
        return marker;
    }
    // "Decided: (1) to note ...; (2) to urge ...": under an unnumbered chapeau the points
    // are the text's own numbered paragraphs.
    if last.number.is_none() && last.subs.is_empty() {
        return Marker::Number(n);
    }
    let follows = match last.subs.last() {
        Some(sub) => sub.letter.parse::<u32>().is_ok_and(|m| m + 1 == n),
        None => n == 1 && last.text.trim_end().ends_with(':'),
    };
    if follows { marker } else { Marker::Number(n) }
}

/// The letter of the heading a romanette falls under: the last item is a lettered heading
/// ("(a) Orchards:", short, capitalised, no infinitive) or a task already under one ("a-i").
fn heading_parent(last: Option<&Sub>) -> Option<String> {
    let last = last?;
    if let Some((parent, _)) = last.letter.split_once('-') {
        return Some(parent.to_string());
    }
    let t = last.text.trim();
    let words = t.split_whitespace().count();
    let heading = t.ends_with(':')
        && t.starts_with(char::is_uppercase)
        && words <= MAX_HEADING_WORDS
        && !t.split_whitespace().any(|w| w.eq_ignore_ascii_case("to"));
    (heading && !is_roman(&last.letter)).then(|| last.letter.clone())
}

/// How many words a lettered heading over romanette tasks may have.
const MAX_HEADING_WORDS: usize = 8;

/// The value of an upper-case Roman numeral up to 39 ("XIV" is 14).
fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| "IVX".contains(c)) {
        return None;
    }
    let digit = |c: char| match c {
        'I' => 1,
        'V' => 5,
        _ => 10,
    };
    let values: Vec<i32> = s.chars().map(digit).collect();
    let mut n = 0;
    for (k, &v) in values.iter().enumerate() {
        if values.get(k + 1).is_some_and(|&next| next > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    u32::try_from(n).ok().filter(|&n| (1..40).contains(&n))
}

/// Whether `text` opens on an operative verb of the table in the present ("Requests",
/// "Calls upon", "Decides", "Prie", "Invite"), as an operative paragraph does.
fn operative_verb(text: &str) -> bool {
    let mut words = text
        .split_whitespace()
        .map(|w| fold_word(w.trim_end_matches([',', ';', ':'])));
    let word = words.next().unwrap_or_default();
    let two = format!("{word} {}", words.next().unwrap_or_default());
    // "I. Prie le Secrétariat ...": a French operative verb in the present.
    let french = table::FR_VERBS
        .iter()
        .any(|(form, kind)| *kind != table::Kind::Preamble && *form == word);
    text.starts_with(char::is_uppercase)
        && (french || (word.ends_with('s') && (is_verb_form(&word) || is_verb_form(&two))))
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| "ivxl".contains(c))
}

/// "Article 2", "ARTICLE 2.", "Art. 2 -": an article's heading numbers its text.
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    let headings = any_of(table::ARTICLE_HEADINGS);
    Regex::new(&format!(
        r"^(?i:{headings})\s+(\d{{1,3}}|(?i:premier|1er))\s*[.:–—-]?(?:\s+|$)"
    ))
    .expect("valid regex")
});

/// "OP3 Requests ...", "PP2 Recalling ...": a draft's labels for operative and preambular
/// paragraphs.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let (op, pp) = (table::OPERATIVE_LABEL, table::PREAMBULAR_LABEL);
    Regex::new(&format!(r"^({op}|{pp})\s?(\d{{1,3}})[.:]?\s+")).expect("valid regex")
});
/// "First: To call upon ...", "Secondly - To request ...", as Arab League resolutions number.
static ORDINAL_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z][a-z]+(?:-[a-z]+)?)\s*[:–—-]\s+").expect("valid regex"));

/// "Premièrement,", "Deuxièmement :": a French ordinal adverb numbering a paragraph.
static FR_ORDINAL_ADVERB: LazyLock<Regex> = LazyLock::new(|| {
    let words = any_of(table::FR_ORDINAL_ADVERBS);
    Regex::new(&format!(r"^(?i)({words})\s*[,:–—-]\s+")).expect("valid regex")
});

/// "2.1 The Meeting recommended ...": a section's numbered item.
static PART_SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[IVX]{1,4}\.(\d{1,2})\.?\s+").expect("valid regex"));

static DECIMAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\.(\d{1,2})\.?\s+").expect("valid regex"));

/// A paragraph number written as a label or a word, and the rest of the line.
fn worded_number(line: &str) -> Option<(Marker, &str)> {
    if let Some(m) = LABEL.captures(line) {
        let rest = &line[m.get(0).expect("match").end()..];
        // A preambular paragraph is context: its label is no operative number.
        let number = m[2].parse().unwrap_or(0);
        return Some((
            if &m[1] == table::OPERATIVE_LABEL {
                Marker::Number(number)
            } else {
                Marker::None
            },
            rest,
        ));
    }
    // "Premièrement, prie ...", "Deuxièmement : ...": French ordinal adverbs.
    if let Some(m) = FR_ORDINAL_ADVERB.captures(line) {
        let word = m[1].to_lowercase();
        let n = table::FR_ORDINAL_ADVERBS.iter().position(|w| *w == word)?;
        return Some((
            Marker::Number(u32::try_from(n + 1).ok()?),
            &line[m.get(0).expect("match").end()..],
        ));
    }
    let m = ORDINAL_WORD.captures(line)?;
    let word = m[1].to_lowercase();
    let word = word.strip_suffix("ly").unwrap_or(&word);
    let n =
        crate::words::ordinal(word).filter(|_| !word.starts_with(|c: char| c.is_ascii_digit()))?;
    Some((Marker::Number(n), &line[m.get(0).expect("match").end()..]))
}

/// "Recalling resolution X, which ...;", "Having also reviewed the report ...;*": a preambular
/// clause (a participle opening it) that ends in a semicolon, a footnote's stars after it.
fn semicolon_preamble(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("");
    word.starts_with(char::is_uppercase)
        && word.chars().count() > 5
        && word.ends_with("ing")
        && text
            .trim_end()
            .trim_end_matches('*')
            .trim_end()
            .ends_with(';')
}

/// "URGES Member Governments ...", "ADOPTS the ...": an operative verb in capitals (five
/// letters or more, ending in "S") opening the text, then a word.
fn capitals_verb(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let word = words.next().unwrap_or("");
    word.chars().count() >= 5
        && word.chars().all(|c| c.is_ascii_uppercase())
        && word.ends_with('S')
        && words
            .next()
            .is_some_and(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
}

/// "- DECIDES to ...", "- Requests the X:": a bullet before an operative verb in the present;
/// "- CONGRATULATES the X ...": any word in capitals ending in "S", as such pages set their
/// operative verbs, listed or not.
fn operative_bullet(line: &str) -> bool {
    let rest = line.trim_start_matches(BULLETS).trim_start();
    let word = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', ':']);
    let in_capitals = word.chars().count() >= 5
        && word.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        && word.ends_with('S');
    in_capitals
        || (word.starts_with(char::is_uppercase)
            && word.to_lowercase().ends_with('s')
            && is_verb_form(&fold_word(word)))
}

/// Characters that open a bulleted item, as typed and as word processors and PDFs print them.
const BULLETS: &[char] = &[
    '-', '•', '*', '–', '▪', '●', '◦', '○', '■', '□', '♦', '·', '‣', '⁃', '➢', '►', '✓',
];

/// The marker a line starts with and the rest of the line.
fn marker(line: &str, last_sub: Option<char>) -> (Marker, &str) {
    // "[...] 1. Agrees to ...": a page's mark of text left out before the paragraph's number.
    if let Some(m) = ELISION_BEFORE_NUMBER.find(line)
        && let Some(found) = digit_marker(&line[m.end()..])
    {
        return found;
    }
    numbered_marker(line)
        .or_else(|| bulleted_marker(line, last_sub))
        .or_else(|| digit_marker(line))
        .unwrap_or_else(|| bracketed_marker(line, last_sub))
}

/// An article's, a worded, a part's section or a decimal number opening a line.
fn numbered_marker(line: &str) -> Option<(Marker, &str)> {
    if let Some(m) = ARTICLE.captures(line) {
        // "Article premier": the first.
        let n = m[1].parse().unwrap_or(1);
        return Some((Marker::Number(n), &line[m.get(0).expect("match").end()..]));
    }
    if let Some(found) = worded_number(line) {
        return Some(found);
    }
    // "I.1. AU TITRE DU MINISTERE ...": a section of part I, numbered within its part.
    if let Some(m) = PART_SECTION.captures(line) {
        let n = m[1].parse().unwrap_or(0);
        return Some((Marker::Number(n), &line[m.get(0).expect("match").end()..]));
    }
    let m = DECIMAL.captures(line)?;
    let major = m[1].parse().unwrap_or(0);
    let rest = &line[m.get(0).expect("match").end()..];
    // "19.30 & 19.31 World Wildlife Trade Report": the numbers of the decisions a heading
    // names, joined, not a section's item.
    if JOINED_DECIMAL.is_match(rest) {
        return None;
    }
    Some((Marker::Decimal(major, m[2].to_string()), rest))
}

/// A line that is a label alone: a decision's number ("13.24", its decisions numbered by
/// meeting and order) or a page's tag (one word joined by an underscore: "decision_n13").
static LABEL_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,3}\.\d{1,3}|\p{Ll}+_\w+)$").expect("valid regex"));

/// "[...] ", "[…] " opening a line.
static ELISION_BEFORE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[(?:\.\.\.|…)\]\s+").expect("valid regex"));

/// "Record of decisions | 13 May 2031", "News | May 13, 2031": a label and the day it was
/// issued, set off by a bar.
static LABEL_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::MONTH_NAMES.as_str();
    Regex::new(&format!(
        r"(?i)\S\s*\|\s*(?:\d{{1,2}}\s+(?:{months})\.?|(?:{months})\.?\s+\d{{1,2}},?)\s+\d{{4}}\s*$"
    ))
    .expect("valid regex")
});

/// "Follow #EUCO", "Share on Facebook", "#AUPSC": a short line that asks the reader to
/// follow or share the page, or gives only its tags.
fn social_line(line: &str) -> bool {
    let line = line.trim_start_matches(BULLETS).trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let tag = |w: &&str| w.len() > 1 && w.starts_with(['#', '@']);
    (1..=5).contains(&words.len())
        && !line.ends_with(['.', ',', ';', ':', '!', '?'])
        && ((words
            .first()
            .is_some_and(|w| table::SOCIAL_OPENERS.contains(w))
            && (words.len() == 1
                || words.iter().any(tag)
                || words
                    .get(1)
                    .is_some_and(|w| ["on", "us", "this"].contains(w))))
            || words.iter().all(tag))
}

/// "The Conference of the Parties," alone on its line: the body that heads the text.
static BODY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^The\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|and|for|on)){0,8},$")
        .expect("valid regex")
});

/// "Having considered:", "But having noted that,": a preambular participle's paragraph that
/// ends where its points begin.
static PREAMBLE_CHAPEAU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:but\s+|and\s+)?(?:having\s+\w+|noting|recalling|considering|recognizing|recognising|bearing\s+in\s+mind|mindful|aware|convinced|concerned|believing|taking\s+into\s+account)\b[^.;]{0,80}[:,]$")
        .expect("valid regex")
});

/// "16.43 to 16.46 Review of ...": a title naming the first and last decisions of a page.
static DECISIONS_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,3}\.\d{1,3}\s*(?:&|and|to|-|–)\s*\d{1,3}\.\d{1,3}\s+\p{Lu}")
        .expect("valid regex")
});

/// "Directed to Parties", "Decision directed to: Secretariat": the heading naming whom the
/// decisions under it address.
static DIRECTED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:decisions?\s+)?directed\s+to):?\s+[^.;:]{1,80}$").expect("valid regex")
});

/// Whether the text's first line is a title naming a run of decisions by their dotted
/// numbers, as a treaty body's page of decisions opens.
fn decisions_page(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| DECISIONS_TITLE.is_match(l))
}

/// "& 19.31", "to 19.35", "and 19.31" after a decimal number: a second number joined to it.
static JOINED_DECIMAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:&|and|to|-|–)\s*\d{1,3}\.\d{1,3}\b").expect("valid regex")
});

/// "- establish ...", "• invite ...": bullets, lettered by their place.
fn bulleted_marker(line: &str, last_sub: Option<char>) -> Option<(Marker, &str)> {
    let rest = line
        .strip_prefix(BULLETS)
        .filter(|rest| rest.starts_with(char::is_whitespace))?;
    // "* WPR/RC47/2" under the last paragraph: a footnote giving a document's symbol, no item.
    if line.starts_with('*') && is_document_symbol(rest.trim()) {
        return None;
    }
    // "- 1. Decides ...", "- (a) To ...": a copied page's list bullet before the text's
    // own number or letter, which is the marker.
    let own = marker(rest.trim_start(), last_sub);
    if !matches!(own.0, Marker::None) {
        return Some(own);
    }
    let next = last_sub.map_or('a', |c| char::from_u32(u32::from(c) + 1).unwrap_or('z'));
    let letter = if next.is_ascii_lowercase() { next } else { 'z' };
    Some((Marker::Letter(letter.to_string()), rest.trim_start()))
}

/// "WPR/RC47/2", "A/HRC/36/2", "E/CN.4/1998/L.12": one word of capitals, digits and dots
/// cut by slashes.
fn is_document_symbol(text: &str) -> bool {
    text.contains('/')
        && !text.contains(char::is_whitespace)
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '.' | '-'))
}

/// A number of up to three digits opening a line, with its "." or ")" or dash.
fn digit_marker(line: &str) -> Option<(Marker, &str)> {
    let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = &line[digits.len()..];
    // "2 INVITES Governments to ...": IMO numbers its operative paragraphs with no full
    // stop, before a verb in capitals.
    if rest.starts_with(char::is_whitespace) && capitals_verb(rest.trim_start()) {
        return Some((
            Marker::Number(digits.parse().unwrap_or(0)),
            rest.trim_start(),
        ));
    }
    // "1.", "1)", "1°" (French decisions' items), and "1-" / "1 –" as Arab League
    // resolutions number their paragraphs.
    let rest = rest.strip_prefix(['.', ')', '°']).or_else(|| {
        rest.trim_start_matches(' ')
            .strip_prefix(['-', '–', '—'])
            .filter(|r| r.starts_with(char::is_whitespace))
    })?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| {
        (
            Marker::Number(digits.parse().unwrap_or(0)),
            rest.trim_start(),
        )
    })
}

/// A letter, a roman numeral or a bracketed number before ")" or "." opening a line
/// (`Marker::None` and the whole line when none does).
fn bracketed_marker(line: &str, last_sub: Option<char>) -> (Marker, &str) {
    let (inner, rest) = if let Some(after) = line.strip_prefix('(') {
        match after.split_once(')') {
            Some((inner, rest)) => (inner, rest),
            None => return (Marker::None, line),
        }
    } else {
        match line.split_once([')', '.']) {
            Some((inner, rest)) if inner.len() <= 4 => (inner, rest),
            _ => return (Marker::None, line),
        }
    };
    // "a). Maintenir ...", "(b). Demander ...": a stray full stop after the label's bracket.
    let closed = line
        .as_bytes()
        .get(inner.len() + usize::from(line.starts_with('(')))
        == Some(&b')');
    let rest = match rest.strip_prefix('.') {
        Some(after) if closed && after.starts_with(char::is_whitespace) => after,
        _ => rest,
    };
    // "(a)" alone on its line, as PDFs set it: its text is on the next.
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) || inner.is_empty() {
        return (Marker::None, line);
    }
    let rest = rest.trim_start();
    // "(1) to strengthen ...": numbered sub-paragraphs, as the World Health Assembly writes.
    if line.starts_with('(') && inner.len() <= 2 && inner.chars().all(|c| c.is_ascii_digit()) {
        return (Marker::Letter(inner.to_string()), rest);
    }
    // "décide :" + "I. de déclarer ...", "II. de notifier ...": an upper-case roman numeral
    // before words in lower case is an item (a part's heading, "I. LISTES INDICATIVES",
    // "II. Questions de fond", opens on a capital).
    if !line.starts_with('(')
        && inner.chars().all(|c| "IVXL".contains(c))
        && rest.starts_with(char::is_lowercase)
    {
        return (Marker::Roman(inner.to_lowercase()), rest);
    }
    // "I. Requests the Secretariat ...", "II. Calls upon ...": a text that numbers its
    // operative paragraphs in Roman numerals (a part's heading, "I. Peace and security",
    // opens on no operative verb); the paragraph is the numeral's value.
    if !line.starts_with('(')
        && line.as_bytes().get(inner.len()) == Some(&b'.')
        && let Some(n) = roman_value(inner)
        && operative_verb(rest)
    {
        return (Marker::Number(n), rest);
    }
    // "(l)", "(c)", "(d)", "(m)" alone are letters: no item list counts to 50, 100, 500 or
    // 1000 (a page that opens at "(l) Notes ..." is at the twelfth letter).
    let is_roman = is_roman(inner) && !(inner.len() == 1 && "lcdm".contains(inner));
    let letter = inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase());
    // "(i)" after "(h)" is the letter i; after anything else it is a roman numeral.
    if letter && !(is_roman && last_sub != Some((inner.as_bytes()[0] - 1) as char)) {
        return (Marker::Letter(inner.to_string()), rest);
    }
    if is_roman {
        return (Marker::Roman(inner.to_string()), rest);
    }
    (Marker::None, line)
}

/// Splits a paragraph into sentences, keeping each sentence's text verbatim.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // "... the civilian population.[4] Both parties ...": a wiki's note mark after the
        // stop belongs to the sentence it closes.
        let stop = i;
        let i = i + note_mark_len(&text[i + 1..]);
        let after = &text[i + 1..];
        let next = after.trim_start_matches([' ', '\u{a0}']);
        let spaced = after.len() > next.len();
        let starts_upper = next
            .trim_start_matches(['"', '“', '‘', '\'', '('])
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        // "... said on Monday.Talks in ...": a page that lost the space after a stop runs
        // its sentences together; a word's stop glued to the next capitalized word still
        // ends the sentence.
        let glued = !spaced && glued_sentence(&text[start..stop], next);
        if (!spaced && !glued) || !starts_upper || is_abbreviation(&text[start..stop]) {
            continue;
        }
        out.push(text[start..=i].trim());
        start = i + 1 + (after.len() - next.len());
    }
    let tail = text[start..].trim();
    if !tail.is_empty() {
        out.push(tail);
    }
    out
}

/// Whether a stop with no space after it ends a sentence: a word of three letters or more
/// (its letters after the first in lower case, no abbreviation) right before it, and a
/// capital then a lower-case letter right after, an opening quote allowed before it
/// ("Monday.Talks", "Hilltown.The", "plan.“The"), not a web address ("valley.org") nor
/// initials ("U.N.Security").
fn glued_sentence(before: &str, next: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut after = next.trim_start_matches(['"', '“', '‘']).chars();
    let opens_word = after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase);
    word.chars().count() >= 3
        && word.chars().skip(1).all(char::is_lowercase)
        && before.ends_with(word)
        && opens_word
}

/// The length of the note marks ("[4]", "[4][5]") that open `after`, if any.
fn note_mark_len(after: &str) -> usize {
    let mut len = 0;
    while let Some(rest) = after[len..].strip_prefix('[') {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 || digits > 3 || !rest[digits..].starts_with(']') {
            break;
        }
        len += digits + 2;
    }
    len
}

/// Whether the word before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "decides to: a. Keep ...": a letter just after a colon labels the list's first item.
    let label = word.chars().count() == 1
        && word.chars().all(|c| c.is_ascii_lowercase())
        && before[..before.len() - word.len()]
            .trim_end()
            .ends_with(':');
    single_capital || label || ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs_and_lines_are_joined() {
        let p = paragraphs("First line\nwraps here.\n\nSecond one.\n");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].text, "First line wraps here.");
        assert_eq!((p[0].ordinal, p[1].ordinal), (1, 2));
        assert_eq!(p[1].number, None);
    }

    #[test]
    fn roman_items_are_sub_paragraphs_unless_nested_in_a_lettered_one() {
        let text = "4. Invites the Director-General:\n(i) to act;\n(ii) to report;\n\n5. Requests States:\n(a) to act:\n(i) now;\n(ii) later;\n(b) to report;\n";
        let p = paragraphs(text);
        assert_eq!(p[0].subs.len(), 2);
        assert_eq!(p[0].subs[1].letter, "ii");
        assert_eq!(p[1].subs.len(), 2);
        assert_eq!(p[1].subs[0].text, "to act: now; later;");
    }

    #[test]
    fn article_headings_number_their_text() {
        let text = "Have agreed as follows:\n\nArticle 1\nThe Centre is established.\n\nArticle 2\nEach Party shall act.\nArticle 3. The Board shall meet.\n";
        let p = paragraphs(text);
        assert_eq!(p[1].number, Some(1));
        assert_eq!(p[1].text, "The Centre is established.");
        assert_eq!(p[2].number, Some(2));
        assert_eq!(p[2].text, "Each Party shall act.");
        assert_eq!(p[3].number, Some(3));
    }

    #[test]
    fn numbers_with_a_dash() {
        let text = "Decides:\n\n1- To affirm its support;\n\n2 – To call on States to act;\n\n2010-2030 was the period.\n";
        let p = paragraphs(text);
        assert_eq!(p[1].number, Some(1));
        assert_eq!(p[1].text, "To affirm its support;");
        assert_eq!(p[2].number, Some(2));
        assert_eq!(p[3].number, None);
    }

    #[test]
    fn numbered_paragraphs_and_lettered_subparagraphs() {
        let text = "The Assembly,\n\nRecalling its earlier resolutions,\n\n1. Requests the Secretary-General:\n(a) To prepare a study;\n(b) To report on it;\n2. Invites States to act.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 4);
        assert_eq!(p[2].number, Some(1));
        assert_eq!(p[2].text, "Requests the Secretary-General:");
        assert_eq!(p[2].subs.len(), 2);
        assert_eq!(p[2].subs[1].letter, "b");
        assert_eq!(p[2].subs[1].text, "To report on it;");
        assert_eq!(p[3].number, Some(2));
        assert_eq!(p[3].ordinal, 4);
    }

    #[test]
    fn roman_numerals_belong_to_their_letter_and_i_after_h_is_a_letter() {
        let text = "1. Urges States:\n(h) to act;\n(i) to report;\n(j) to fund:\n(i) schools;\n(ii) clinics;";
        let p = paragraphs(text);
        let letters: Vec<&str> = p[0].subs.iter().map(|s| s.letter.as_str()).collect();
        assert_eq!(letters, ["h", "i", "j"]);
        assert_eq!(p[0].subs[2].text, "to fund: schools; clinics;");
    }

    #[test]
    fn single_spaced_paragraphs_split_after_a_closing_mark() {
        let text = "Final Communique of the Ministerial Meeting\nNew York, 26 September 2024\nRecalling the Charter of the Organization and all its earlier resolutions on the question,\nNoting the report of the Secretary-General on the matter at hand today and its\nrecommendations,\nRequests the Secretary-General to act.";
        let p = paragraphs(text);
        let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert_eq!(texts[0], "Final Communique of the Ministerial Meeting");
        assert!(texts[3].ends_with("its recommendations,"));
        assert!(texts[4].starts_with("Requests"));
    }

    #[test]
    fn headings_sharing_a_block_over_paragraphs_a_blank_line_apart_stay_one_block() {
        let item = "the Board plants pear trees along the northern wall of the orchard and reports on their growth to the Council";
        let text = format!(
            "Orchards\nDirected to\nBoard\nDirected to:\nCouncil\nGardeners\n\na) {item};\n\nb) {item};\n\nc) {item}.\n"
        );
        let p = paragraphs(&text);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].subs.len(), 3);
        // The same headings over one block of long lines: single-spaced, a heading a line.
        let text = format!("Orchards\nDirected to\nBoard\n\n{item}.\nNext {item}.\n");
        assert_eq!(paragraphs(&text).len(), 4);
    }

    #[test]
    fn bracketed_numbers_are_paragraphs_unless_under_a_chapeau() {
        let p = paragraphs(
            "FINAL COMMUNIQUE\n\n(1) The Summit was held.\n\n(2) It decided:\n(1) To act;\n(2) To report;\n(3) To meet.\n",
        );
        let numbers: Vec<Option<u32>> = p.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [None, Some(1), Some(2)]);
        assert_eq!(p[2].subs.len(), 3);
        let q = paragraphs("1. Urges States\n(1) to act;\n(2) to report.\n");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].subs.len(), 2);
        let r = paragraphs(
            "The Board decided:\n\n(1) to note the report;\n\n(2) to request the Office:\n\n(a) to act;\n",
        );
        let numbers: Vec<Option<u32>> = r.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [None, Some(1), Some(2)]);
        assert_eq!(r[2].subs.len(), 1);
    }

    #[test]
    fn op_labels_and_ordinal_words_number_paragraphs() {
        let p = paragraphs(
            "PP1 Recalling its resolutions,\n\nOP1 Calls upon States to act;\n\nOP2 Requests the Office to report.\n",
        );
        let numbers: Vec<Option<u32>> = p.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [None, Some(1), Some(2)]);
        assert_eq!(p[0].text, "Recalling its resolutions,");
        let p = paragraphs(
            "Decides:\n\nFirst: To call upon States to act;\n\nSecondly - To request the Office to report.\n\nNoting: the report\n",
        );
        let numbers: Vec<Option<u32>> = p.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [None, Some(1), Some(2), None]);
        assert_eq!(p[1].text, "To call upon States to act;");
    }

    #[test]
    fn words_broken_at_a_line_end_join_and_compounds_keep_their_hyphen() {
        let p = paragraphs(
            "1. Invites the Islamic Commis-\nsion to report by 31 Decem-\nber 2025 on the follow-\nup and decision-\nmaking and self-\ndetermination;\n",
        );
        assert_eq!(
            p[0].text,
            "Invites the Islamic Commission to report by 31 December 2025 on the follow-up and decision-making and self-determination;"
        );
    }

    #[test]
    fn a_letter_alone_on_its_line_heads_the_next() {
        let p = paragraphs(
            "2. Requests the Chairperson:\n\n(a)\nTo appoint an envoy;\n\n(b)\nto report.\n",
        );
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].subs.len(), 2);
        assert_eq!(p[0].subs[0].text, "To appoint an envoy;");
    }

    #[test]
    fn decimal_numbers_are_items_of_their_section() {
        let p = paragraphs(
            "2. RECOMMENDATIONS\n\n2.1 The Meeting urged States to act.\n\n2.2 It invited the Bank to help.\n\n3.1 It decided to meet.\n",
        );
        let numbers: Vec<Option<u32>> = p.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [Some(2), Some(3)]);
        let letters: Vec<&str> = p[0].subs.iter().map(|s| s.letter.as_str()).collect();
        assert_eq!(letters, ["1", "2"]);
    }

    #[test]
    fn operative_paragraphs_run_into_one_line_after_the_chapeau_are_numbered() {
        let text = "The Board, at its 9th meeting, adopted the following: Board, 1. Notes the briefing; 2. Recalls its earlier decision, in paragraph 4 of it; 3. Asks the Director to act; 4. Decides to stay seized.\n";
        let p = in_sequence(paragraphs(&normalize(text)), |_| false);
        let numbers: Vec<Option<u32>> = p.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [None, Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(p[3].text, "Asks the Director to act;");
        // Two numbers in a row are not yet a run of paragraphs: "priorities: 1. Water. 2. Food."
        let q = in_sequence(
            paragraphs(&normalize("It set two priorities: 1. Water. 2. Food.\n")),
            |_| false,
        );
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_sentence_ending_at_a_full_line_does_not_end_a_wrapped_paragraph() {
        let text = "Orchard Council meeting (2 and 3 March 2036) - Conclusions of the meeting held in the capital\n1.\nThe Orchard Council recalls its previous conclusions on the blight and confirms\nits firm support to the growers of the valley for as long as the blight lasts.\n2.\nThe growers will go on planting. The Orchard Council stresses the urgent need\nto speed up the delivery of seedlings and to give the growers more sprayers.\nThe Orchard Council invites the Board to step up its work on the seed bank.\nPests\n3.\nThe Orchard Council condemns the pests.\n";
        let p = paragraphs(&normalize(text));
        let numbered: Vec<(Option<u32>, &str)> = p
            .iter()
            .filter(|p| p.number.is_some())
            .map(|p| (p.number, p.text.as_str()))
            .collect();
        assert_eq!(numbered.len(), 3, "{p:?}");
        assert!(numbered[1].1.ends_with("on the seed bank."), "{p:?}");
        assert!(
            p.iter().any(|p| p.number.is_none() && p.text == "Pests"),
            "{p:?}"
        );
    }

    #[test]
    fn numbered_paragraphs_run_together_are_split_in_sequence() {
        let p = paragraphs(&normalize(
            "29.  Requests the Office to report;  30.  Calls upon States to act; 31.  Urges the parties to meet\nsoon and review 32.  Decides to stay seized; 34. Welcomes it.\n",
        ));
        let numbers: Vec<Option<u32>> = p.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [Some(29), Some(30), Some(31), Some(32)]);
        assert_eq!(p[2].text, "Urges the parties to meet soon and review");
        assert!(
            p[3].text.ends_with("seized; 34. Welcomes it."),
            "{}",
            p[3].text
        );
        let q = paragraphs(&normalize(
            "4. Recalls resolution No. 5. The Council acts; as in 2020. 5 States did.\n",
        ));
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_paragraph_a_page_break_cut_runs_on_across_blank_lines() {
        let p = paragraphs(&normalize(
            "1. Invites the Committee on the Elimination of\n \n\nagainst Women to act;\n\n2. Urges States,\n\nand the Bank, to help.\n\n3. Decides:\n\na) to meet;\n\nRecalling its work,\n\nthe Council acts.\n",
        ));
        let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Invites the Committee on the Elimination of against Women to act;",
                "Urges States, and the Bank, to help.",
                "Decides:",
                "Recalling its work, the Council acts.",
            ]
        );
        assert_eq!(p[2].subs.len(), 1);
    }

    #[test]
    fn page_numbers_go() {
        assert_eq!(
            normalize("1. Urges States\n- 2 -\nto act;\nPage 3 of 4\n3/4\n7\n\n2. Decides"),
            "1. Urges States\nto act;\n\n2. Decides"
        );
    }

    #[test]
    fn typographic_hyphens_and_spaces_are_plain() {
        assert_eq!(
            normalize("the Director\u{2011}General\u{a0}and co\u{ad}operation"),
            "the Director-General and cooperation"
        );
        assert_eq!(
            normalize(
                "urges Member States3 to act, as the report,1 said (2005);2\nthe G20 and EB156 at 3.5 per cent, 1,000 people"
            ),
            "urges Member States to act, as the report, said (2005);\nthe G20 and EB156 at 3.5 per cent, 1,000 people"
        );
    }

    #[test]
    fn bullets_are_sub_paragraphs_lettered_in_order() {
        let p = paragraphs(
            "The Group decided to:\n- table a resolution;\n● request the Office to act;\n",
        );
        let letters: Vec<&str> = p[0].subs.iter().map(|s| s.letter.as_str()).collect();
        assert_eq!(letters, ["a", "b"]);
        assert_eq!(p[0].subs[1].text, "request the Office to act;");
    }

    #[test]
    fn bulleted_points_a_blank_line_parts_stay_under_their_chapeau() {
        // A web page's list made a PDF or a Word file: each bullet a paragraph of its own.
        let blank = "The Board,\n\nNoting the plan,\n\n- REQUESTS the Director:\n\n- (a) to hire staff;\n\n- (b) to report in 2040.\n";
        let single = blank.replace("\n\n", "\n");
        for text in [blank, single.as_str()] {
            let p = paragraphs(text);
            let chapeau = p.iter().find(|p| p.text.starts_with("REQUESTS")).unwrap();
            let letters: Vec<&str> = chapeau.subs.iter().map(|s| s.letter.as_str()).collect();
            assert_eq!(letters, ["a", "b"], "{text:?}: {p:#?}");
        }
    }

    #[test]
    fn blank_line_blocks_keep_their_lines_together() {
        let p = paragraphs(
            "RESOLUTION No. 5\nON WATER\n\nThe Council,\n\n1. Urges States:\n(1) to act;\n(2) to report.\n",
        );
        assert_eq!(p[0].text, "RESOLUTION No. 5 ON WATER");
        assert_eq!(p[2].subs.len(), 2);
        assert_eq!(p[2].subs[1].letter, "2");
    }

    fn numbers(text: &str) -> Vec<Option<u32>> {
        in_sequence(paragraphs(text), |t| t.starts_with("Requests"))
            .iter()
            .map(|p| p.number)
            .collect()
    }

    #[test]
    fn numbers_in_sequence_restart_after_a_part_heading_and_strays_go() {
        // Part B numbers from 1 again; "7." after 2 with 3 next is a footnote's.
        let text = "A\n\n1. Requests X to act;\n\n2. Requests Y to act;\n\nB\n\n1. Requests Z to act;\n\n7. Ibid.\n\n2. Requests W to act.\n";
        assert_eq!(
            numbers(text),
            [None, Some(1), Some(2), None, Some(1), Some(2)]
        );
        let p = in_sequence(paragraphs(text), |_| false);
        assert_eq!(p[4].text, "Requests Z to act; 7. Ibid.");
        // An inline list under a colon: items of paragraph 3.
        let text =
            "3. Requests X to do the following:\n1. Plant;\n2. Water;\n\n4. Requests Y to act.\n";
        let p = in_sequence(paragraphs(text), |_| false);
        let letters: Vec<&str> = p[0].subs.iter().map(|s| s.letter.as_str()).collect();
        assert_eq!(letters, ["1", "2"]);
        assert_eq!(p[1].number, Some(4));
    }

    #[test]
    fn sentences_split_at_full_stops_but_not_abbreviations() {
        let s = sentences(
            "It adopted res. No. 5 on this. It also called on the U.N. Secretary-General to act. Done",
        );
        assert_eq!(
            s,
            [
                "It adopted res. No. 5 on this.",
                "It also called on the U.N. Secretary-General to act.",
                "Done"
            ]
        );
    }
}
