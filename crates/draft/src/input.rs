//! The text of the documents users have: a PDF's text layer, a Word file's paragraphs. The
//! page furniture they bring (running headers, document symbols, page numbers, footnotes)
//! is left to the segmenter's rules, which treat text copied out of a PDF the same way.

use std::fmt;

/// What a file is, by its first bytes (its name may say nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Pdf,
    /// A zip archive: a Word file (`.docx`) if it holds `word/document.xml`.
    Zip,
}

pub fn kind_of(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"%PDF-") {
        Kind::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        Kind::Zip
    } else {
        Kind::Text
    }
}

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

/// A PDF's text, page by page, each page ended by a blank line. A text layer with fewer
/// letters than [`MIN_LETTERS`] is read as none: a scan's pages carry at most a stray
/// page number.
pub fn pdf_text(bytes: &[u8]) -> Result<String, InputError> {
    let pages = pdf_extract::extract_text_from_mem_by_pages(bytes)
        .map_err(|e| InputError::Unreadable(e.to_string()))?;
    let text = pages
        .iter()
        .map(|p| justified(p.trim_end()))
        .collect::<Vec<_>>()
        .join("\n\n");
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return Err(InputError::NoTextLayer);
    }
    Ok(text)
}

/// A justified line's runs of spaces as single spaces; its indent is kept (the segmenter
/// reads a lettered item's indent).
fn justified(page: &str) -> String {
    page.lines()
        .map(|line| {
            let body = line.trim_start();
            let indent = &line[..line.len() - body.len()];
            let words: Vec<&str> = body.split_whitespace().collect();
            format!("{indent}{}", words.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fewer letters than this in a whole PDF is no text layer.
const MIN_LETTERS: usize = 20;

/// A Word file's paragraphs, one per line with a blank line between, each numbered item
/// given the number Word shows for it ("3.", "(a)", "ii)"), which is not in its text but
/// in the list definitions of `word/numbering.xml`.
pub fn docx_text(bytes: &[u8]) -> Result<String, InputError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| InputError::Unreadable(e.to_string()))?;
    let document = zip_entry(&mut zip, "word/document.xml")?.ok_or_else(|| {
        InputError::Unreadable("a zip file without word/document.xml is no Word file".into())
    })?;
    let numbering = zip_entry(&mut zip, "word/numbering.xml")?
        .map(|x| Numbering::read(&x))
        .unwrap_or_default();
    Ok(docx_paragraphs(&document, &numbering).join("\n\n") + "\n")
}

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

impl Numbering {
    fn read(xml: &str) -> Numbering {
        use quick_xml::events::Event;
        let mut n = Numbering::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<(u32, Level)> = None;
        while let Ok(ev) = reader.read_event() {
            match ev {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "abstractNum" => abstract_id = attr(&e, "abstractNumId"),
                    "num" => num_id = attr(&e, "numId"),
                    "abstractNumId" => {
                        if let (Some(num), Some(abs)) = (&num_id, val(&e)) {
                            n.list_abstract.insert(num.clone(), abs);
                        }
                    }
                    "lvl" => {
                        let ilvl = attr(&e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        level = Some((
                            ilvl,
                            Level {
                                format: "decimal".into(),
                                text: format!("%{}.", ilvl + 1),
                                start: 1,
                            },
                        ));
                    }
                    "start" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, val(&e)) {
                            l.start = v.parse().unwrap_or(1);
                        }
                    }
                    "numFmt" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, val(&e)) {
                            l.format = v;
                        }
                    }
                    "lvlText" => {
                        if let (Some((_, l)), Some(v)) = (&mut level, val(&e)) {
                            l.text = v;
                        }
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "lvl" => {
                    if let (Some(abs), Some((ilvl, l))) = (&abstract_id, level.take()) {
                        n.abstract_levels
                            .entry(abs.clone())
                            .or_default()
                            .insert(ilvl, l);
                    }
                }
                _ => {}
            }
        }
        n
    }

    fn level(&self, num_id: &str, ilvl: u32) -> Option<&Level> {
        let abs = self.list_abstract.get(num_id)?;
        self.abstract_levels.get(abs)?.get(&ilvl)
    }
}

/// "3" as the level's format writes it: "c", "iii", "C".
fn formatted(n: u32, format: &str) -> String {
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
fn docx_paragraphs(xml: &str, numbering: &Numbering) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut text = String::new();
    let mut in_text = false;
    let mut list: (Option<String>, u32) = (None, 0);
    // The last number given at each level of each list.
    let mut counters: std::collections::HashMap<String, Vec<u32>> = Default::default();
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "p" => {
                    text.clear();
                    list = (None, 0);
                }
                "t" => in_text = true,
                "ta" => text.push('\t'),
                "br" | "cr" => text.push('\n'),
                "numId" => list.0 = val(&e),
                "ilvl" => list.1 = val(&e).and_then(|v| v.parse().ok()).unwrap_or(0),
                _ => {}
            },
            Event::Text(t) if in_text => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                } else {
                    text.push_str(match r.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let marker = list
                        .0
                        .as_deref()
                        .filter(|id| *id != "0")
                        .and_then(|id| number_of(id, list.1, numbering, &mut counters));
                    let line = match marker {
                        Some(m) => format!("{m} {}", text.trim()),
                        None => text.trim().to_string(),
                    };
                    if !line.is_empty() {
                        out.push(line);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    out
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
