//! The text of the documents users have: a PDF's text layer, a Word file's paragraphs (an
//! OpenDocument text's are `odt`'s), a web page's blocks.
//! A PDF's pages lose their furniture here (running headers and footers, document symbols,
//! job and page numbers, footnotes), where each page's edges are known; the segmenter's own
//! rules do what they can for text copied out of a PDF, where they are not.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

use crate::ar;
use crate::visual::{self, Glyph};

mod odt;

/// What a file is, by its first bytes (its name may say nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Pdf,
    /// A zip archive: a Word file (`.docx`) if it holds `word/document.xml`.
    Zip,
    /// An old Office file (Word's `.doc` before 2007): a compound file the drafter does not read.
    OldOffice,
    /// Rich Text Format, which Word also saves.
    Rtf,
}

pub fn kind_of(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"%PDF-") {
        Kind::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        Kind::Zip
    } else if bytes.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        Kind::OldOffice
    } else if bytes.starts_with(b"{\\rtf") {
        Kind::Rtf
    } else {
        Kind::Text
    }
}

/// Whether a text (already decoded, so that a page saved as UTF-16 or in a code page is
/// told as well) is a web page: it opens with a tag (after a byte order mark and blank
/// space), and its first 4 KB hold a tag of a page or its blocks.
pub fn is_html(text: &str) -> bool {
    let text = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !text.starts_with('<') {
        return false;
    }
    let head = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<html", "<body", "<p>", "<p ", "<div", "<table", "<ol", "<ul",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}

/// A web page's text: its blocks as paragraphs, the items of a numbered list with their
/// numbers (which, as in Word, are not in the text), table cells as lines; no links'
/// addresses, images, emphasis marks or the site's menus (the `html2text` crate's
/// rendering, unwrapped, with `Plain` marks).
pub fn html_text(html: &str) -> Result<String, InputError> {
    let unreadable = |e: html2text::Error| InputError::Unreadable(e.to_string());
    html2text::config::with_decorator(Plain)
        .add_css("nav, aside, form, button, noscript { display: none; }")
        .map_err(unreadable)?
        .link_footnotes(false)
        .raw_mode(true)
        .string_from_read(html.as_bytes(), HTML_WIDTH)
        .map_err(unreadable)
}

/// How a web page's marks are written: list items as a text's would be ("1. ", "- "),
/// everything else (links, emphasis, headings' levels, images) as nothing.
#[derive(Clone, Copy, Debug)]
struct Plain;

impl html2text::render::TextDecorator for Plain {
    type Annotation = ();

    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    fn decorate_image(&mut self, _src: &str, _title: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn header_prefix(&self, _level: usize) -> String {
        String::new()
    }
    fn quote_prefix(&self) -> String {
        String::new()
    }
    fn unordered_item_prefix(&self) -> String {
        "- ".into()
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }
    fn make_subblock_decorator(&self) -> Self {
        Plain
    }
}

const HTML_WIDTH: usize = 100_000;

/// Why a document gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// A PDF whose pages are images (a scan): there is no text to read without OCR.
    NoTextLayer,
    /// The reader failed; its message.
    Unreadable(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NoTextLayer => write!(
                f,
                "the PDF has no text layer (a scan?): run it through OCR first, or copy its text into a .txt file"
            ),
            InputError::Unreadable(why) => write!(f, "cannot read it: {why}"),
        }
    }
}

impl std::error::Error for InputError {}

/// A PDF's text: its pages without their furniture (see [`pages_text`]). A text layer
/// with fewer letters than `MIN_LETTERS` is read as none: a scan's pages carry at most a
/// stray page number.
pub fn pdf_text(bytes: &[u8]) -> Result<String, InputError> {
    let pages = pdf_pages(bytes)?;
    let text = pages_text(&pages);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return Err(InputError::NoTextLayer);
    }
    Ok(text)
}

/// Each page's text, as `pdf-extract` reads it but for where a space goes (see [`Page`]).
/// `pdf-extract` panics (an `expect`) on some damaged files, a download cut short among
/// them: that is its failure on this file or page, said as such, not a crash of the command.
fn pdf_pages(bytes: &[u8]) -> Result<Vec<String>, InputError> {
    let unreadable = |e: pdf_extract::OutputError| InputError::Unreadable(e.to_string());
    let doc = quietly(|| load_pdf(bytes))
        .map_err(damaged)?
        .map_err(unreadable)?;
    // A page the reader fails on (a font it cannot decode) is left out, not the document.
    let mut pages = Vec::new();
    let mut failed = None;
    for number in doc.get_pages().keys() {
        let mut page = Page::default();
        let read =
            std::panic::AssertUnwindSafe(|| pdf_extract::output_doc_page(&doc, &mut page, *number));
        match quietly(read) {
            Ok(Ok(())) => pages.push(page.text()),
            Ok(Err(e)) => failed = failed.or(Some(unreadable(e))),
            Err(why) => failed = failed.or(Some(damaged(why))),
        }
    }
    match failed {
        Some(e) if pages.is_empty() => Err(e),
        _ => Ok(pages),
    }
}

fn load_pdf(bytes: &[u8]) -> Result<pdf_extract::Document, pdf_extract::OutputError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)?;
    if doc.is_encrypted() {
        // Many PDFs are encrypted with an empty password, to forbid editing only.
        doc.decrypt("")?;
    }
    Ok(doc)
}

fn damaged(why: String) -> InputError {
    InputError::Unreadable(format!(
        "the PDF reader stopped on a damaged part of the file ({why}); if the file opens in a \
         PDF viewer, print it to a new PDF or save its text as a .txt file, and draft that"
    ))
}

thread_local! {
    /// Whether a panic on this thread is a reader's, caught by [`quietly`].
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `read()`, a panic in it caught and given as its message, not printed: the panic hook
/// is wrapped once, for all threads, to stay silent on a thread inside `quietly` only
/// (swapping the hook per call would race between threads).
fn quietly<T>(read: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.get() {
                previous(info);
            }
        }));
    });
    QUIET.set(true);
    let result = std::panic::catch_unwind(read);
    QUIET.set(false);
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unknown fault".into())
    })
}

/// A gap wider than this share of the font size between two runs of text on a line is a
/// space. `pdf-extract`'s own output takes a tenth, which splits the words of justified,
/// kerned text ("Includin g", "t he"); a word space is a quarter or more.
const WORD_GAP: f64 = 0.2;

/// A gap wider than this many font sizes on a line parts two columns (or a table's cells).
const COLUMN_GAP: f64 = 2.5;

/// A page's text as its characters come: a new line where the text moves down, a space
/// where it jumps right by more than [`WORD_GAP`]; a jump wider than [`COLUMN_GAP`] starts
/// a new run of the line, for [`Page::text`] to tell columns.
#[derive(Default)]
struct Page {
    /// The page's lines, each as its runs: where a run starts (x) and its glyphs.
    lines: Vec<Vec<(f64, Vec<Glyph>)>>,
    /// Where the last character started (x): text drawn right to left moves leftwards.
    last_start: f64,
    /// Where the last character ended (x) and stood (y, downwards).
    last_end: Option<f64>,
    last_y: f64,
    new_run: bool,
    /// Spaces drawn off the last letter's line, waiting for the next letter.
    spaces: Vec<Placed>,
    /// Where a space was put for a jump left (its run and place on the last line), to be
    /// taken back if the run drawn there ends beside the glyph on its right.
    left_jump: Option<(usize, usize)>,
    /// The page's font size, as last seen.
    size: f64,
}

/// A glyph's place: where it starts and ends (x), its line (y, downwards), its font
/// size, and whether it opens a run of text (pdf-extract's `begin_word`).
#[derive(Clone, Copy)]
struct Placed {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    new_run: bool,
}

impl Page {
    fn push(&mut self, x: f64, c: &str) {
        if self.lines.is_empty() {
            self.lines.push(Vec::new());
        }
        let line = self.lines.last_mut().expect("a line");
        let glyph = Glyph {
            x,
            text: c.to_string(),
        };
        match line.last_mut() {
            Some((_, run)) => run.push(glyph),
            None => line.push((x, vec![glyph])),
        }
    }

    /// How far the glyph drawn nearest right of a glyph at `x`..`end` on the current line
    /// starts from its end. Text drawn right to left comes leftwards, but not always from
    /// the glyph beside it: LibreOffice draws a line's runs in reading order and each
    /// Arabic run's glyphs left to right, so a number read after a word ("الـ28") is drawn
    /// after the word's last glyph, right beside its first.
    fn gap_right_of(&self, x: f64, end: f64) -> f64 {
        self.lines
            .last()
            .into_iter()
            .flatten()
            .flat_map(|(_, run)| run)
            .filter(|g| g.x > x)
            .map(|g| g.x - end)
            .fold(f64::INFINITY, f64::min)
    }

    /// Takes back the space put for the last jump left if the run drawn there, now whole,
    /// ends beside the glyph on its right ("الـ" then "28": the number's first digit ends
    /// short of the word, its last beside it).
    fn settle_left_jump(&mut self) {
        let Some((run, at)) = self.left_jump.take() else {
            return;
        };
        let Some(end) = self.last_end else { return };
        let (size, x) = (self.size, end - self.size * 0.05);
        if self.gap_right_of(x, end) <= size * WORD_GAP
            && let Some(line) = self.lines.last_mut()
        {
            line[run].1.remove(at);
        }
    }

    /// Puts a glyph on its line: a new line where the text moves down, a space where it
    /// jumps right by more than [`WORD_GAP`] (or left, where text is drawn right to left),
    /// a new run where it jumps right by more than [`COLUMN_GAP`].
    fn place(&mut self, g: Placed, c: &str) {
        let Placed {
            x, y, end, size, ..
        } = g;
        // A run a writer breaks at each glyph ("2", "8") goes on where the last glyph ended.
        let goes_on = self.last_end.is_some_and(|e| {
            (y - self.last_y).abs() < size * 0.5 && (x - e).abs() <= size * WORD_GAP
        });
        if g.new_run && !goes_on {
            self.settle_left_jump();
        }
        if let Some(last_end) = self.last_end.filter(|_| g.new_run) {
            let down = (y - self.last_y).abs();
            let mut new_line = false;
            if down > size * 1.5 {
                self.lines.push(Vec::new());
                new_line = true;
            }
            // A right-to-left line's first glyph drawn may lie right of the last line's end.
            if down > size * 0.5 && (x < last_end || ar::is_arabic(c)) {
                self.lines.push(Vec::new());
                new_line = true;
            }
            if !new_line && x > last_end + size * COLUMN_GAP {
                if let Some(line) = self.lines.last_mut() {
                    line.push((x, Vec::new()));
                }
            } else if x > last_end + size * WORD_GAP {
                self.push(x, " ");
            } else if !new_line
                && end < self.last_start
                && self.gap_right_of(x, end) > size * WORD_GAP
            {
                self.push(x, " ");
                let line = self.lines.last().expect("a line");
                let run = line.len() - 1;
                self.left_jump = Some((run, line[run].1.len() - 1));
            }
        }
        self.push(x, c);
        self.last_start = x;
        self.new_run = false;
        self.last_y = y;
        self.last_end = Some(end);
    }

    /// The lines' runs as text in reading order (see [`crate::visual`]). A line with
    /// Arabic in it is one run, read by its glyphs' places: its runs come in the order
    /// they are drawn, which for right-to-left text is not the order they are read.
    fn runs(&self) -> Vec<Vec<(f64, String)>> {
        let rtl = visual::right_to_left(
            self.lines
                .iter()
                .flat_map(|l| l.iter().map(|(_, g)| g.as_slice())),
        );
        let rtl_lines: Vec<Vec<Glyph>> = self
            .lines
            .iter()
            .filter(|l| l.iter().any(|(_, g)| visual::has_rtl(g)))
            .map(|l| l.iter().flat_map(|r| r.1.iter().cloned()).collect())
            .collect();
        let visual_order = visual::drawn_in_visual_order(rtl_lines.iter().map(Vec::as_slice));
        self.lines
            .iter()
            .map(|l| {
                if l.iter().any(|(_, g)| visual::has_rtl(g)) {
                    let x = l.iter().map(|r| r.0).fold(f64::INFINITY, f64::min);
                    let glyphs: Vec<Glyph> = l.iter().flat_map(|r| r.1.iter().cloned()).collect();
                    vec![(x, visual::text_of(&glyphs, rtl, visual_order))]
                } else {
                    l.iter()
                        .map(|(x, g)| (*x, g.iter().map(|g| g.text.as_str()).collect()))
                        .collect()
                }
            })
            .collect()
    }

    /// The page's text. Where a third of its lines or more part in two at one gutter (and
    /// none in three: a table), the page is set in two columns read across the page: the
    /// left column is read first, then the right.
    fn text(&self) -> String {
        let lines = self.runs();
        let parted: Vec<f64> = lines.iter().filter_map(|l| l.get(1).map(|r| r.0)).collect();
        let with_text = lines.iter().filter(|l| !l.is_empty()).count();
        let gutter = parted.iter().copied().fold(f64::INFINITY, f64::min);
        let spread = parted.iter().copied().fold(f64::NEG_INFINITY, f64::max) - gutter;
        // A line in three runs or more is a table's row: a table is read row by row.
        let table = lines.iter().any(|l| l.len() > 2);
        let columns = !table
            && parted.len() >= 3
            && parted.len() * 3 >= with_text
            && spread <= self.size * COLUMN_GAP;
        let side = |keep: &dyn Fn(f64) -> bool| {
            lines
                .iter()
                .map(|l| {
                    l.iter()
                        .filter(|r| keep(r.0))
                        .map(|r| r.1.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        if columns {
            let left = side(&|x| x < gutter - self.size);
            let right = side(&|x| x >= gutter - self.size);
            format!("{left}\n\n{right}")
        } else {
            side(&|_| true)
        }
    }
}

impl pdf_extract::OutputDev for Page {
    fn begin_page(
        &mut self,
        _: u32,
        _: &pdf_extract::MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.settle_left_jump();
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _: f64,
        font_size: f64,
        c: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        let size = ((font_size * trm.m11 + font_size * trm.m21)
            * (font_size * trm.m12 + font_size * trm.m22))
            .abs()
            .sqrt();
        let (x, y) = (trm.m31, -trm.m32);
        self.size = size;
        let glyph = Placed {
            x,
            y,
            end: x + width * size,
            size,
            new_run: self.new_run,
        };
        // A space off the last letter's line waits for the letter after it: LibreOffice
        // draws a right-to-left line's spaces before its words, at places that are not
        // between them, where they would start runs and lines of their own.
        if c.trim().is_empty() && self.last_end.is_some() && (y - self.last_y).abs() > size * 0.5 {
            self.spaces.push(glyph);
            self.new_run = false;
            return Ok(());
        }
        let spaces = std::mem::take(&mut self.spaces);
        if ar::is_arabic(c) {
            // Dropped, the spaces leave the letter the run they opened.
            let opened = spaces.iter().any(|s| s.new_run);
            self.place(
                Placed {
                    new_run: glyph.new_run || opened,
                    ..glyph
                },
                c,
            );
        } else {
            for space in spaces {
                self.place(space, " ");
            }
            self.place(glyph, c);
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.new_run = true;
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// The pages as one text. Each page loses its furniture at its edges (running headers and
/// footers, document symbols, job and page numbers: see `is_furniture`) and its
/// footnotes (from the rule above them to the page's end); the first page keeps its top,
/// which names the document. A page then runs on from the last: a paragraph a page break
/// cut is joined up again, and one that starts the page starts a paragraph (see
/// `starts_paragraph`).
pub fn pages_text<S: AsRef<str>>(pages: &[S]) -> String {
    let pages: Vec<Vec<String>> = pages
        .iter()
        .map(|p| justified(p.as_ref().trim_end()))
        .collect();
    let repeated = repeated_edges(&pages);
    let mut out: Vec<String> = Vec::new();
    for (k, page) in pages.iter().enumerate() {
        let body = body_of(page, k == 0, &repeated);
        let Some(first) = body.first() else { continue };
        if let Some(last) = out.iter().rev().find(|l| !l.trim().is_empty()) {
            let indent = body
                .iter()
                .filter(|l| !l.trim().is_empty())
                .map(|l| indent_of(l))
                .min()
                .unwrap_or(0);
            if starts_paragraph(last, first, indent) {
                out.push(String::new());
            }
        }
        out.extend(body.iter().cloned());
    }
    indented_paragraphs(&out).join("\n")
}

/// A line a list marker opens ("3.", "(a)", "ii)"): it keeps its own line, for the
/// segmenter to read.
static MARKER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,3}[.)]|\(?[a-z]{1,4}\)|\(\d{1,2}\))(?:\s|$)").expect("valid regex")
});

/// The lines, each paragraph on one, when the document marks its paragraphs by indenting
/// their first line (as UN documents do): its lines are wrapped, and a wrapped line that
/// ends with a comma before a capital ("... for AMISOM, UNSOM," / "UNSOS, the FGS ...")
/// would read as a paragraph's end. Left as they are when it does not.
fn indented_paragraphs(lines: &[String]) -> Vec<String> {
    let blocks: Vec<&[String]> = lines
        .split(|l| l.trim().is_empty())
        .filter(|b| !b.is_empty())
        .collect();
    let wrapped: Vec<&&[String]> = blocks.iter().filter(|b| b.len() >= 2).collect();
    let indented = wrapped
        .iter()
        .filter(|b| indent_of(&b[0]) >= least_indent(&b[1..]) + 2)
        .count();
    if wrapped.is_empty() || indented * 2 < wrapped.len() {
        return lines.to_vec();
    }
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        if !out.is_empty() {
            out.push(String::new());
        }
        let base = least_indent(block);
        let mut current: Option<String> = None;
        for line in block {
            let opens = indent_of(line) >= base + 2 || MARKER_LINE.is_match(line.trim_start());
            match current.as_mut() {
                Some(text) if !opens => crate::segment::join_line(text, line.trim()),
                _ => {
                    out.extend(current.take());
                    current = Some(line.clone());
                }
            }
        }
        out.extend(current);
    }
    out
}

fn least_indent(lines: &[String]) -> usize {
    lines.iter().map(|l| indent_of(l)).min().unwrap_or(0)
}

/// A justified line's runs of spaces as single spaces; its indent is kept (a paragraph's
/// first line is indented, and the segmenter reads a lettered item's indent).
fn justified(page: &str) -> Vec<String> {
    page.lines()
        .map(|line| {
            let body = line.trim_start();
            let indent = &line[..line.len() - body.len()];
            let words: Vec<&str> = body.split_whitespace().collect();
            format!("{indent}{}", words.join(" "))
        })
        .collect()
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// How many lines at a page's top and at its foot may be furniture.
const EDGE_LINES: usize = 4;

/// A line with its digits masked: "Page 3 of 9" and "Page 4 of 9" are one running footer.
fn masked(line: &str) -> String {
    line.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// The lines (masked) seen at the edges of two pages or more: running headers and footers.
fn repeated_edges(pages: &[Vec<String>]) -> std::collections::HashSet<String> {
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for page in pages {
        let lines: Vec<&String> = page.iter().filter(|l| !l.trim().is_empty()).collect();
        let n = lines.len();
        let mut edges: Vec<String> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < EDGE_LINES || i + EDGE_LINES >= n)
            .map(|(_, l)| masked(l))
            .collect();
        edges.sort();
        edges.dedup();
        for e in edges {
            *seen.entry(e).or_default() += 1;
        }
    }
    seen.into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(l, _)| l)
        .collect()
}

/// A word of page furniture: a document symbol ("S/2020/445", "A/RES/78/1"), a job number
/// ("20-07254"), a page number ("2/9"), a language mark ("(E)"), a date stamp ("020620"),
/// a bar code's digits ("*2007254*").
static FURNITURE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[A-Z]{1,6}(?:/[\w.()-]+){1,5}|\d{2}-\d{5}|\d{1,3}/\d{1,3}|\([A-Z]\)|\d{6}|\*\d+\*)$",
    )
    .expect("valid regex")
});
/// A page number alone: "2", "- 2 -", "Page 2", "Page 2 of 9".
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?i:page)\s+\d{1,3}(?:\s+(?i:of)\s+\d{1,3})?|\d{1,3})$",
    )
    .expect("valid regex")
});
/// The rule a PDF prints above a page's footnotes: a line of underscores.
static FOOTNOTE_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^_{5,}$").expect("valid regex"));

/// Whether a line at a page's edge is furniture: a page number, a line of furniture words,
/// or a line the edges of another page repeat.
fn is_furniture(line: &str, repeated: &std::collections::HashSet<String>) -> bool {
    let t = line.trim();
    PAGE_NUMBER.is_match(t)
        || t.split_whitespace().all(|w| FURNITURE_WORD.is_match(w))
        || repeated.contains(&masked(t))
}

/// A page's body: without its footnotes and the furniture at its edges (blank lines at
/// its edges go too). The first page keeps its top.
fn body_of<'a>(
    page: &'a [String],
    first_page: bool,
    repeated: &std::collections::HashSet<String>,
) -> &'a [String] {
    let end = page
        .iter()
        .position(|l| FOOTNOTE_RULE.is_match(l.trim()))
        .unwrap_or(page.len());
    let mut body = &page[..end];
    while let Some((last, rest)) = body.split_last()
        && is_furniture(last, repeated)
    {
        body = rest;
    }
    while !first_page
        && let Some((first, rest)) = body.split_first()
        && is_furniture(first, repeated)
    {
        body = rest;
    }
    body
}

/// Whether a page's first line starts a paragraph after the last page's last line: it is
/// indented beyond the page's other lines (a paragraph's first line is; the rest of a
/// paragraph a page break cut is not), or the last line ended a sentence and this one
/// does not go on in lower case.
fn starts_paragraph(last: &str, first: &str, page_indent: usize) -> bool {
    let indented = indent_of(first) >= page_indent + 2;
    let ended = last.trim_end().ends_with(['.', ';', ':'])
        && !first.trim_start().starts_with(char::is_lowercase);
    indented || ended
}

/// Fewer letters than this in a whole PDF is no text layer.
const MIN_LETTERS: usize = 20;

/// A Word file's (or an OpenDocument text's, see the `odt` module) paragraphs, one per line
/// with a blank line between, each numbered item given the number Word shows for it ("3.",
/// "(a)", "ii)"), which is not in its text but in the list definitions of
/// `word/numbering.xml`.
pub fn office_text(bytes: &[u8]) -> Result<String, InputError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| InputError::Unreadable(e.to_string()))?;
    let Some(document) = zip_entry(&mut zip, "word/document.xml")? else {
        return opendocument_text(&mut zip);
    };
    let numbering = zip_entry(&mut zip, "word/numbering.xml")?
        .map(|x| Numbering::read(&x))
        .unwrap_or_default();
    let styles = zip_entry(&mut zip, "word/styles.xml")?
        .map(|x| Styles::read(&x))
        .unwrap_or_default();
    let numbering = numbering.linked(&styles);
    Ok(docx_paragraphs(&document, &numbering, &styles).join("\n\n") + "\n")
}

/// An OpenDocument text's paragraphs (see the `odt` module); another zip file is no document.
fn opendocument_text(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
) -> Result<String, InputError> {
    let mimetype = zip_entry(zip, "mimetype")?.unwrap_or_default();
    let content = zip_entry(zip, "content.xml")?;
    let Some(content) = content.filter(|_| mimetype.starts_with(ODT_MIMETYPE)) else {
        let why = if mimetype.starts_with("application/vnd.oasis.opendocument") {
            "it is an OpenDocument file but not a text (a spreadsheet or slides?): open it and save the resolution as a text document"
        } else {
            "a zip file without word/document.xml or an OpenDocument text is no document"
        };
        return Err(InputError::Unreadable(why.into()));
    };
    let styles = zip_entry(zip, "styles.xml")?;
    Ok(odt::paragraphs(&content, styles.as_deref()).join("\n\n") + "\n")
}

const ODT_MIMETYPE: &str = "application/vnd.oasis.opendocument.text";

fn zip_entry(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, InputError> {
    use std::io::Read as _;
    let Ok(mut file) = zip.by_name(name) else {
        return Ok(None);
    };
    let mut s = String::new();
    file.read_to_string(&mut s)
        .map_err(|e| InputError::Unreadable(format!("{name}: {e}")))?;
    Ok(Some(s))
}

/// One list level: how its number is written.
#[derive(Debug, Clone)]
struct Level {
    /// `decimal`, `lowerLetter`, `upperLetter`, `lowerRoman`, `upperRoman`, `bullet`, ...
    format: String,
    /// `%1.`, `(%2)`: where the level's number goes.
    text: String,
    start: u32,
}

/// The list definitions: a list (`numId`) uses an abstract list's levels.
#[derive(Debug, Clone, Default)]
struct Numbering {
    abstract_levels: std::collections::HashMap<String, std::collections::HashMap<u32, Level>>,
    list_abstract: std::collections::HashMap<String, String>,
    /// The level a paragraph style is tied to (`w:lvl/w:pStyle`), by abstract list.
    style_levels: std::collections::HashMap<(String, String), u32>,
    /// An abstract list whose levels a numbering style holds (`w:numStyleLink`), as
    /// Word writes a multi-level list style's lists.
    style_links: Vec<(String, String)>,
}

/// The value of a `w:val` (or any `*:val`) attribute.
fn val(e: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    e.attributes()
        .flatten()
        .find_map(|a| (a.key.local_name().as_ref() == "val").then(|| a.value.to_string()))
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find_map(|a| (a.key.local_name().as_ref() == name).then(|| a.value.to_string()))
}

/// What `Numbering::read` is inside of while it walks `word/numbering.xml`.
#[derive(Default)]
struct NumberingReader {
    n: Numbering,
    abstract_id: Option<String>,
    num_id: Option<String>,
    level: Option<(u32, Level)>,
}

impl NumberingReader {
    fn start(&mut self, e: &quick_xml::events::BytesStart<'_>) {
        match e.local_name().as_ref() {
            "abstractNum" => self.abstract_id = attr(e, "abstractNumId"),
            "num" => self.num_id = attr(e, "numId"),
            "abstractNumId" => {
                if let (Some(num), Some(abs)) = (&self.num_id, val(e)) {
                    self.n.list_abstract.insert(num.clone(), abs);
                }
            }
            "lvl" => {
                let ilvl = attr(e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                self.level = Some((ilvl, Level::default_for(ilvl)));
            }
            "start" | "numFmt" | "lvlText" => self.level_property(e),
            "numStyleLink" => {
                if let (Some(abs), Some(style)) = (&self.abstract_id, val(e)) {
                    self.n.style_links.push((abs.clone(), style));
                }
            }
            "pStyle" => {
                if let (Some(abs), Some((ilvl, _)), Some(style)) =
                    (&self.abstract_id, &self.level, val(e))
                {
                    self.n.style_levels.insert((abs.clone(), style), *ilvl);
                }
            }
            _ => {}
        }
    }

    /// A level's start, format or text, as the open `w:lvl` says it.
    fn level_property(&mut self, e: &quick_xml::events::BytesStart<'_>) {
        let (Some((_, l)), Some(v)) = (&mut self.level, val(e)) else {
            return;
        };
        match e.local_name().as_ref() {
            "start" => l.start = v.parse().unwrap_or(1),
            "numFmt" => l.format = v,
            _ => l.text = v,
        }
    }

    fn end_level(&mut self) {
        if let (Some(abs), Some((ilvl, l))) = (&self.abstract_id, self.level.take()) {
            self.n
                .abstract_levels
                .entry(abs.clone())
                .or_default()
                .insert(ilvl, l);
        }
    }
}

impl Level {
    /// What Word numbers a level with when the level says nothing: "1.", "2." ...
    fn default_for(ilvl: u32) -> Level {
        Level {
            format: "decimal".into(),
            text: format!("%{}.", ilvl + 1),
            start: 1,
        }
    }
}

impl Numbering {
    fn read(xml: &str) -> Numbering {
        use quick_xml::events::Event;
        let mut r = NumberingReader::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        while let Ok(ev) = reader.read_event() {
            match ev {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => r.start(&e),
                Event::End(e) if e.local_name().as_ref() == "lvl" => r.end_level(),
                _ => {}
            }
        }
        r.n
    }

    fn level(&self, num_id: &str, ilvl: u32) -> Option<&Level> {
        let abs = self.list_abstract.get(num_id)?;
        self.abstract_levels.get(abs)?.get(&ilvl)
    }

    /// The lists with the levels their numbering styles hold.
    fn linked(mut self, styles: &Styles) -> Numbering {
        for (abs, style) in std::mem::take(&mut self.style_links) {
            let levels = styles
                .0
                .get(&style)
                .and_then(|st| st.num_id.as_ref())
                .and_then(|num| self.list_abstract.get(num))
                .and_then(|target| self.abstract_levels.get(target))
                .cloned();
            if let Some(levels) = levels {
                self.abstract_levels.entry(abs).or_insert(levels);
            }
        }
        self
    }

    /// The level of list `num_id` that names `style` as its paragraph style.
    fn level_of_style(&self, num_id: &str, style: &str) -> Option<u32> {
        let abs = self.list_abstract.get(num_id)?;
        self.style_levels
            .get(&(abs.clone(), style.to_string()))
            .copied()
    }
}

/// A paragraph style's own list numbering and the style it is based on.
#[derive(Debug, Clone, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u32>,
}

/// The paragraph styles of `word/styles.xml`: a style can number its paragraphs (as the
/// operative paragraphs of UN and OIC documents are numbered), the paragraph saying no
/// number of its own.
#[derive(Debug, Clone, Default)]
struct Styles(std::collections::HashMap<String, Style>);

/// How many styles deep a `basedOn` chain is followed (a loop ends there).
const STYLE_DEPTH: usize = 10;

impl Styles {
    fn read(xml: &str) -> Styles {
        use quick_xml::events::Event;
        let mut styles = Styles::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut current: Option<(String, Style)> = None;
        while let Ok(ev) = reader.read_event() {
            match ev {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => {
                    let name = e.local_name();
                    match (name.as_ref(), current.as_mut()) {
                        ("style", _) => {
                            current = attr(&e, "styleId").map(|id| (id, Style::default()))
                        }
                        ("basedOn", Some((_, st))) => st.based_on = val(&e),
                        ("numId", Some((_, st))) => st.num_id = val(&e),
                        ("ilvl", Some((_, st))) => st.ilvl = val(&e).and_then(|v| v.parse().ok()),
                        _ => {}
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "style" => {
                    if let Some((id, st)) = current.take() {
                        styles.0.insert(id, st);
                    }
                }
                _ => {}
            }
        }
        styles
    }

    /// The list (`numId`, level) a paragraph of `style` is numbered in, if its style or
    /// one it is based on numbers it. A level the style does not say is the one the list
    /// ties to the style, else the first.
    fn list_of(&self, style: &str, numbering: &Numbering) -> Option<(String, u32)> {
        let mut chain = Vec::new();
        let mut id = Some(style);
        while let Some(name) = id.filter(|_| chain.len() < STYLE_DEPTH) {
            let st = self.0.get(name)?;
            chain.push((name, st));
            id = st.based_on.as_deref();
        }
        let num_id = chain.iter().find_map(|(_, st)| st.num_id.clone())?;
        let ilvl = chain
            .iter()
            .find_map(|(_, st)| st.ilvl)
            .or_else(|| {
                chain
                    .iter()
                    .find_map(|(name, _)| numbering.level_of_style(&num_id, name))
            })
            .unwrap_or(0);
        Some((num_id, ilvl))
    }
}

/// "3" as the level's format writes it: "c", "iii", "C".
pub(crate) fn formatted(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" | "upperLetter" => {
            let mut s = String::new();
            let mut k = n;
            while k > 0 {
                let d = u8::try_from((k - 1) % 26).unwrap_or(0);
                s.insert(0, char::from(b'a' + d));
                k = (k - 1) / 26;
            }
            if format == "upperLetter" {
                s.to_uppercase()
            } else {
                s
            }
        }
        "lowerRoman" | "upperRoman" => {
            let r = roman(n);
            if format == "upperRoman" {
                r.to_uppercase()
            } else {
                r
            }
        }
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const PARTS: &[(u32, &str)] = &[
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut s = String::new();
    for &(v, r) in PARTS {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The document's paragraphs as text, numbered items with their numbers.
fn docx_paragraphs(xml: &str, numbering: &Numbering, styles: &Styles) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut doc = DocumentReader {
        numbering,
        styles,
        out: Vec::new(),
        text: String::new(),
        in_text: false,
        in_props: false,
        list: (None, None),
        style: None,
        counters: Default::default(),
    };
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Eof => break,
            // A paragraph's tab stops (`w:pPr/w:tabs/w:tab`) are no tab in its text.
            Event::Start(e) if e.local_name().as_ref() == "pPr" => doc.in_props = true,
            Event::Start(e) | Event::Empty(e) => doc.start(&e),
            Event::Text(t) if doc.in_text => doc.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if doc.in_text => doc.text.push_str(&entity(&r)),
            Event::End(e) => match e.local_name().as_ref() {
                "t" => doc.in_text = false,
                "pPr" => doc.in_props = false,
                "p" => doc.end_paragraph(),
                _ => {}
            },
            _ => {}
        }
    }
    doc.out
}

/// What `docx_paragraphs` is inside of while it walks `word/document.xml`.
struct DocumentReader<'a> {
    numbering: &'a Numbering,
    styles: &'a Styles,
    out: Vec<String>,
    text: String,
    in_text: bool,
    in_props: bool,
    /// The paragraph's own list and level, and its style.
    list: (Option<String>, Option<u32>),
    style: Option<String>,
    /// The last number given at each level of each list.
    counters: std::collections::HashMap<String, Vec<u32>>,
}

impl DocumentReader<'_> {
    fn start(&mut self, e: &quick_xml::events::BytesStart<'_>) {
        match e.local_name().as_ref() {
            "p" => {
                self.text.clear();
                self.list = (None, None);
                self.style = None;
            }
            "pStyle" => self.style = val(e),
            "t" => self.in_text = true,
            // "1.<tab>Requests ...": a hand-typed number stays apart from its text.
            "tab" if !self.in_props => self.text.push('\t'),
            "br" | "cr" => self.text.push('\n'),
            // "Secretary<w:noBreakHyphen/>General", as UN and OIC templates type it.
            "noBreakHyphen" => self.text.push('-'),
            "numId" => self.list.0 = val(e),
            "ilvl" => self.list.1 = val(e).and_then(|v| v.parse().ok()),
            _ => {}
        }
    }

    /// The paragraph's line, with the number its list gives it.
    fn end_paragraph(&mut self) {
        let (id, ilvl) = paragraph_list(
            &self.list,
            self.style.as_deref(),
            self.numbering,
            self.styles,
        );
        let marker = id
            .filter(|id| id != "0")
            .and_then(|id| number_of(&id, ilvl, self.numbering, &mut self.counters));
        let line = match marker {
            Some(m) => format!("{m} {}", self.text.trim()),
            None => self.text.trim().to_string(),
        };
        if !line.is_empty() {
            self.out.push(line);
        }
    }
}

/// The character an entity or character reference in the text stands for.
pub(crate) fn entity(r: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    match r.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_string()
}

/// The list and level a paragraph is numbered in: its own (`numId` "0" says it has none,
/// whatever its style says), else its style's; its own level wins over its style's.
fn paragraph_list(
    own: &(Option<String>, Option<u32>),
    style: Option<&str>,
    numbering: &Numbering,
    styles: &Styles,
) -> (Option<String>, u32) {
    let by_style = style.and_then(|s| styles.list_of(s, numbering));
    match (&own.0, by_style) {
        (Some(id), _) => (Some(id.clone()), own.1.unwrap_or(0)),
        (None, Some((id, ilvl))) => (Some(id), own.1.unwrap_or(ilvl)),
        (None, None) => (None, 0),
    }
}

/// The next number of level `ilvl` in list `id`, as Word writes it; deeper levels start
/// over. A bullet is "-".
fn number_of(
    id: &str,
    ilvl: u32,
    numbering: &Numbering,
    counters: &mut std::collections::HashMap<String, Vec<u32>>,
) -> Option<String> {
    let level = numbering.level(id, ilvl).cloned().unwrap_or(Level {
        format: "decimal".into(),
        text: format!("%{}.", ilvl + 1),
        start: 1,
    });
    if level.format == "bullet" {
        return Some("-".into());
    }
    let depth = usize::try_from(ilvl).ok()?;
    let c = counters.entry(id.to_string()).or_default();
    c.resize(depth + 1, 0);
    c[depth] = if c[depth] == 0 {
        level.start
    } else {
        c[depth] + 1
    };
    c.truncate(depth + 1);
    // "%1.%2." names the numbers of the levels above too.
    let mut s = level.text.clone();
    for (k, n) in c.iter().enumerate() {
        let fmt = numbering
            .level(id, u32::try_from(k).ok()?)
            .map_or("decimal", |l| l.format.as_str());
        s = s.replace(&format!("%{}", k + 1), &formatted(*n, fmt));
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pages laid out as `pdf-extract` gives a UN document's: the running header (the
    /// symbol, the job and page number) at each later page's top, a paragraph's first
    /// line indented, justified lines with runs of spaces.
    fn pages() -> Vec<String> {
        vec![
            "  United Nations S/2036/41\n\nSecurity Council Distr.: General\n\n  The Council,\n\n  Recalling its resolution on orchards,\n\n   1.  Requests  the  Board  to  report  on  the  orchards  of  the\nnorthern provinces;\n\n   2.  Urges the parties to protect the orchards in\n____________\n 1 Orchard Institute, Annual Study.\n".into(),
            "S/2036/41\n \n 36-01234 2/3\n \n the valleys;\n\n   3.  Invites the Fund,\nthe Bank and the Office, to help;\n".into(),
            "  S/2036/41\n\n 3/3 36-01234\n\n   4.  Decides to remain seized of the matter.\n".into(),
        ]
    }

    #[test]
    fn page_furniture_and_footnotes_go_and_the_first_page_keeps_its_top() {
        let text = pages_text(&pages());
        assert!(text.starts_with("  United Nations S/2036/41"), "{text}");
        for gone in ["36-01234", "2/3", "Orchard Institute", "____"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert_eq!(text.matches("S/2036/41").count(), 1, "{text}");
    }

    #[test]
    fn a_paragraph_a_page_break_cut_runs_on_and_one_a_page_starts_is_its_own() {
        let text = pages_text(&pages());
        assert!(
            text.contains("   2. Urges the parties to protect the orchards in the valleys;"),
            "{text}"
        );
        assert!(
            text.contains("the matter.") && text.contains(";\n\n   4. Decides"),
            "{text}"
        );
        // Without indents, a page that starts after a full stop starts a paragraph.
        let flat = pages_text(&["1. Urges States to act.\n2. Invites", "3. Decides to meet."]);
        assert_eq!(
            flat,
            "1. Urges States to act.\n2. Invites\n3. Decides to meet."
        );
        let ended = pages_text(&["Recalling its work.", "The Council decided so."]);
        assert_eq!(ended, "Recalling its work.\n\nThe Council decided so.");
    }

    #[test]
    fn indented_paragraphs_are_read_one_per_line() {
        let text = pages_text(&pages());
        // "the Fund," + "the Bank ..." would read as a paragraph's end and a new one.
        assert!(
            text.contains("   3. Invites the Fund, the Bank and the Office, to help;"),
            "{text}"
        );
        assert!(
            text.contains(
                "   1. Requests the Board to report on the orchards of the northern provinces;"
            ),
            "{text}"
        );
        // A lettered item keeps its own line; a text without indents keeps its lines.
        let items = pages_text(&[
            "   1. Asks the Board:\nits members\n(a) to act;\n(b) to report;\n\n   2. Decides\nto meet.",
        ]);
        assert_eq!(
            items,
            "   1. Asks the Board: its members\n(a) to act;\n(b) to report;\n\n   2. Decides to meet."
        );
        let flat = "The Council,\nRecalling its work,\nUrges States to act.";
        assert_eq!(pages_text(&[flat]), flat);
    }

    #[test]
    fn a_running_footer_repeated_on_pages_goes() {
        let text = pages_text(&[
            "Final Communique\nThe Summit urged States to act\nOIC/SUM-15/2036/FC Page 1 of 3",
            "and to report.\nOIC/SUM-15/2036/FC Page 2 of 3",
            "It decided to meet.\nOIC/SUM-15/2036/FC Page 3 of 3",
        ]);
        assert_eq!(
            text,
            "Final Communique\nThe Summit urged States to act\nand to report.\n\nIt decided to meet."
        );
    }

    #[test]
    fn word_numbering_comes_from_the_paragraph_else_its_style_chain() {
        let numbering = Numbering::read(
            r#"<w:numbering><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:pStyle w:val="Item"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="4"/></w:num><w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="OpList"/></w:abstractNum><w:num w:numId="10"><w:abstractNumId w:val="5"/></w:num></w:numbering>"#,
        );
        let styles = Styles::read(
            r#"<w:styles><w:style w:styleId="Op"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style><w:style w:styleId="OpBody"><w:basedOn w:val="Op"/></w:style><w:style w:styleId="Item"><w:basedOn w:val="Op"/></w:style><w:style w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style><w:style w:type="numbering" w:styleId="OpList"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style><w:style w:styleId="Linked"><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style></w:styles>"#,
        );
        let numbering = numbering.linked(&styles);
        let para = |style: &str, own: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{own}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            para("Op", "", "Urges States:"),
            para("Item", "", "to act;"),
            para(
                "OpBody",
                r#"<w:numPr><w:ilvl w:val="1"/></w:numPr>"#,
                "to report;",
            ),
            para(
                "Op",
                r#"<w:numPr><w:numId w:val="0"/></w:numPr>"#,
                "Noting the report,",
            ),
            para("OpBody", "", "Decides to meet."),
            para("Loop", "", "A style based on itself."),
            para("Linked", "", "Invites the Bank to help."),
        ]
        .concat();
        assert_eq!(
            docx_paragraphs(&body, &numbering, &styles),
            [
                "1. Urges States:",
                "(a) to act;",
                "(b) to report;",
                "Noting the report,",
                "2. Decides to meet.",
                "A style based on itself.",
                "1. Invites the Bank to help."
            ]
        );
    }

    #[test]
    fn word_text_keeps_its_entities_tabs_and_breaks() {
        let body = r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Trade &amp; Aid &#x645;&#1585;</w:t><w:tab/><w:t>Fund &lt;A&gt;</w:t><w:br/><w:t>&quot;B&apos; Secretary</w:t><w:noBreakHyphen/><w:t>General</w:t></w:r></w:p>"#;
        assert_eq!(
            docx_paragraphs(body, &Numbering::default(), &Styles::default()),
            ["Trade & Aid \u{645}\u{631}\tFund <A>\n\"B' Secretary-General"]
        );
    }

    #[test]
    fn a_web_page_is_told_by_its_tags_not_by_a_leading_bracket() {
        assert!(is_html("\u{feff}\n  <!DOCTYPE html><html>"));
        assert!(is_html("<p>Requests X to act.</p>"));
        assert!(!is_html("<Draft> The Council,\n\n1. Requests X to act."));
        assert!(!is_html("The Council <p> notes"));
        assert_eq!(kind_of(b"<p>Requests X to act.</p>"), Kind::Text);
    }
}
