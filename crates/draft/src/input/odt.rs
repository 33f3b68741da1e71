//! An OpenDocument text's paragraphs (`.odt`, LibreOffice's own format): the text of
//! `content.xml`, with the numbers its lists show, which (as in Word) are not in the text
//! but in its list styles.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

/// How one level of a list style numbers its items.
#[derive(Debug, Clone, Default)]
struct Level {
    /// `1`, `a`, `A`, `i`, `I`; empty for a bullet or no number.
    format: String,
    prefix: String,
    suffix: String,
    start: u32,
    bullet: bool,
}

/// The list styles of a document, by name, each with its levels (1 first).
type ListStyles = HashMap<String, HashMap<u32, Level>>;

/// The value of attribute `name` (its local name: `text:style-name` is `style-name`).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find_map(|a| (a.key.local_name().as_ref() == name).then(|| a.value.to_string()))
}

/// The list styles of `styles.xml` or `content.xml`.
fn list_styles(xml: &str, into: &mut ListStyles) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut style: Option<String> = None;
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "list-style" => style = attr(&e, "name"),
                "list-level-style-number" | "list-level-style-bullet" => {
                    let Some(name) = &style else { continue };
                    let level = attr(&e, "level").and_then(|v| v.parse().ok()).unwrap_or(1);
                    into.entry(name.clone())
                        .or_default()
                        .insert(level, level_of(&e));
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "list-style" => style = None,
            _ => {}
        }
    }
}

fn level_of(e: &BytesStart<'_>) -> Level {
    Level {
        format: attr(e, "num-format").unwrap_or_default(),
        prefix: attr(e, "num-prefix").unwrap_or_default(),
        suffix: attr(e, "num-suffix").unwrap_or_default(),
        start: attr(e, "start-value")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
        bullet: e.local_name().as_ref() == "list-level-style-bullet",
    }
}

/// One open `text:list`: its style and, while an item of it is open, whether that item's
/// first paragraph still waits for its number.
struct OpenList {
    style: Option<String>,
    numbered_item: bool,
}

/// What [`paragraphs`] is inside of while it walks `content.xml`.
#[derive(Default)]
struct Reader {
    styles: ListStyles,
    lists: Vec<OpenList>,
    /// The last number given at each level, by list style.
    counters: HashMap<String, Vec<u32>>,
    /// Inside a paragraph: its text so far and the number it opens with.
    text: Option<String>,
    marker: Option<String>,
    /// How deep inside a footnote or an annotation (not the document's text).
    aside: usize,
    out: Vec<String>,
}

impl Reader {
    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name();
        match name.as_ref() {
            "note" | "annotation" if !empty => self.aside += 1,
            _ if self.aside > 0 => {}
            "list" if !empty => self.open_list(e),
            "list-item" if !empty => self.open_item(e),
            "list-header" if !empty => {
                if let Some(l) = self.lists.last_mut() {
                    l.numbered_item = false;
                }
            }
            "p" | "h" => {
                self.marker = self.take_number();
                self.text = Some(String::new());
                if empty {
                    self.end_paragraph();
                }
            }
            "s" => {
                let n = attr(e, "c").and_then(|v| v.parse().ok()).unwrap_or(1);
                self.push(&" ".repeat(n));
            }
            "tab" => self.push("\t"),
            "line-break" => self.push("\n"),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "note" | "annotation" => self.aside = self.aside.saturating_sub(1),
            _ if self.aside > 0 => {}
            "list" => {
                self.lists.pop();
            }
            "p" | "h" => self.end_paragraph(),
            _ => {}
        }
    }

    fn push(&mut self, s: &str) {
        if self.aside == 0
            && let Some(text) = &mut self.text
        {
            text.push_str(s);
        }
    }

    /// A list takes its own style, else the style of the list it is in. A list that
    /// neither continues another's numbering nor is inside one starts its numbers anew.
    fn open_list(&mut self, e: &BytesStart<'_>) {
        let style = attr(e, "style-name").or_else(|| self.lists.last()?.style.clone());
        let continues = attr(e, "continue-numbering").as_deref() == Some("true")
            || attr(e, "continue-list").is_some();
        if self.lists.is_empty()
            && !continues
            && let Some(s) = &style
        {
            self.counters.remove(s);
        }
        self.lists.push(OpenList {
            style,
            numbered_item: false,
        });
    }

    /// An item counts at its list's depth; the levels below it start again.
    fn open_item(&mut self, e: &BytesStart<'_>) {
        let depth = self.lists.len();
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        list.numbered_item = true;
        let Some(style) = list.style.clone() else {
            return;
        };
        let start = self.level(&style, depth).map_or(1, |l| l.start);
        let counts = self.counters.entry(style).or_default();
        counts.resize(depth.max(counts.len()), 0);
        counts.truncate(depth);
        let n = &mut counts[depth - 1];
        *n = match attr(e, "start-value").and_then(|v| v.parse().ok()) {
            Some(v) => v,
            None if *n == 0 => start,
            None => *n + 1,
        };
    }

    fn level(&self, style: &str, depth: usize) -> Option<&Level> {
        self.styles.get(style)?.get(&u32::try_from(depth).ok()?)
    }

    /// The number of the open item, for its first paragraph only.
    fn take_number(&mut self) -> Option<String> {
        let depth = self.lists.len();
        let list = self.lists.last_mut()?;
        if !std::mem::take(&mut list.numbered_item) {
            return None;
        }
        let style = list.style.clone()?;
        let level = self.level(&style, depth)?;
        if level.bullet {
            return Some("-".into());
        }
        let n = *self.counters.get(&style)?.get(depth - 1)?;
        let number = super::formatted(n, word_format(&level.format)?);
        Some(format!("{}{number}{}", level.prefix, level.suffix))
    }

    fn end_paragraph(&mut self) {
        let Some(text) = self.text.take() else {
            return;
        };
        let line = match self.marker.take() {
            Some(m) => format!("{m} {}", text.trim()),
            None => text.trim().to_string(),
        };
        if !line.is_empty() {
            self.out.push(line);
        }
    }
}

/// An OpenDocument number format as Word names it, for [`super::formatted`].
fn word_format(format: &str) -> Option<&'static str> {
    Some(match format {
        "1" => "decimal",
        "a" => "lowerLetter",
        "A" => "upperLetter",
        "i" => "lowerRoman",
        "I" => "upperRoman",
        _ => return None,
    })
}

/// The document's paragraphs, numbered items with their numbers. `styles` is
/// `styles.xml`, where named list styles are kept (`content.xml` keeps its own).
pub fn paragraphs(content: &str, styles: Option<&str>) -> Vec<String> {
    let mut r = Reader::default();
    if let Some(styles) = styles {
        list_styles(styles, &mut r.styles);
    }
    list_styles(content, &mut r.styles);
    let mut reader = quick_xml::Reader::from_str(content);
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Eof => break,
            Event::Start(e) => r.start(&e, false),
            Event::Empty(e) => r.start(&e, true),
            Event::End(e) => r.end(e.local_name().as_ref()),
            Event::Text(t) => r.push(&t.xml10_content()),
            Event::GeneralRef(g) => r.push(&super::entity(&g)),
            _ => {}
        }
    }
    r.out
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/></text:list-style><text:list-style style:name="L2"><text:list-level-style-bullet text:level="1"/></text:list-style></office:automatic-styles>"#;

    #[test]
    fn list_items_take_their_styles_numbers_and_continued_lists_go_on_counting() {
        let body = r#"<office:text><text:p>The Council,</text:p><text:list text:style-name="L1"><text:list-item><text:p>Requests <text:span>X</text:span> to act;</text:p></text:list-item><text:list-item><text:p>Urges Y:</text:p><text:list><text:list-item><text:p>to plant<text:s text:c="2"/>trees;</text:p></text:list-item><text:list-item><text:p>to water them<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note>;</text:p></text:list-item></text:list></text:list-item></text:list><text:p>Noting &amp; recalling,</text:p><text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Decides to meet.</text:p></text:list-item></text:list><text:list text:style-name="L2"><text:list-item><text:p>a bullet</text:p></text:list-item></text:list><text:list text:style-name="L1"><text:list-item text:start-value="7"><text:p>Seven.</text:p></text:list-item></text:list></office:text>"#;
        let content = format!("<office:document-content>{STYLES}{body}</office:document-content>");
        assert_eq!(
            paragraphs(&content, None),
            [
                "The Council,",
                "1. Requests X to act;",
                "2. Urges Y:",
                "(a) to plant  trees;",
                "(b) to water them;",
                "Noting & recalling,",
                "3. Decides to meet.",
                "- a bullet",
                "7. Seven.",
            ]
        );
    }
}
