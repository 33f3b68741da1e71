//! A PDF places glyphs; it does not say in which order they are read. Latin text is drawn
//! in reading order, but Arabic often is not: many writers draw each right-to-left
//! stretch's glyphs left to right (visual order), so its text came out backwards ("ةمظنم"
//! for "منظمة"). This module turns such stretches round, glyph by glyph, so a ligature's
//! letters ("لأ", one glyph) keep their order. A stretch is a run of right-to-left letters
//! with the spaces and punctuation between them, in the order the PDF draws them (the
//! places a PDF reader computes inside a run of text drift with its font's widths, the
//! order does not); numbers and Latin words part stretches, as they are drawn left to
//! right in any case. A stretch drawn right to left is already in reading order.
//!
//! Where a stretch's own punctuation goes depends on its paragraph's direction: in a
//! right-to-left paragraph a sentence's final "." or "،" is drawn at the stretch's left
//! and belongs after its words; in a left-to-right one (a text file converted as it is)
//! it is drawn at their right and already comes after them. The page tells which (see
//! [`right_to_left`]).

/// One glyph as the PDF draws it: where it starts and the text its font maps it to.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub text: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Rtl,
    Neutral,
    Ltr,
}

fn class(text: &str) -> Class {
    if text
        .chars()
        .any(|c| c.is_alphabetic() && crate::ar::is_arabic_letter(c))
    {
        Class::Rtl
    } else if text.chars().any(char::is_alphanumeric) {
        Class::Ltr
    } else {
        Class::Neutral
    }
}

pub fn has_rtl(glyphs: &[Glyph]) -> bool {
    glyphs.iter().any(|g| class(&g.text) == Class::Rtl)
}

/// The stretches of a line: ranges of glyphs holding a right-to-left letter, with the
/// punctuation and spaces between them.
fn stretches(glyphs: &[Glyph]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, g) in glyphs.iter().enumerate() {
        match (class(&g.text), start) {
            (Class::Ltr, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (Class::Ltr, None) | (_, Some(_)) => {}
            (_, None) => start = Some(i),
        }
    }
    if let Some(s) = start {
        out.push(s..glyphs.len());
    }
    out.retain(|r| has_rtl(&glyphs[r.clone()]));
    out
}

/// Whether the stretch's letters come left to right, each after the one before.
fn drawn_left_to_right(glyphs: &[Glyph]) -> bool {
    let xs: Vec<f64> = glyphs
        .iter()
        .filter(|g| class(&g.text) == Class::Rtl)
        .map(|g| g.x)
        .collect();
    let rising = xs.windows(2).filter(|w| w[1] > w[0]).count();
    let falling = xs.windows(2).filter(|w| w[1] < w[0]).count();
    rising > falling
}

/// How many glyphs at the stretch's start and at its end are punctuation outside its
/// words (spaces next to the words go with them).
fn edges(glyphs: &[Glyph]) -> (usize, usize) {
    let edge = |it: &mut dyn Iterator<Item = &Glyph>| {
        let neutral: Vec<&Glyph> = it.take_while(|g| class(&g.text) != Class::Rtl).collect();
        neutral
            .iter()
            .rposition(|g| !g.text.trim().is_empty())
            .map_or(0, |i| i + 1)
    };
    (edge(&mut glyphs.iter()), edge(&mut glyphs.iter().rev()))
}

fn ends_sentence(g: &Glyph) -> bool {
    matches!(g.text.trim(), "." | "،" | "؛" | ":" | "," | ";")
}

/// Whether the page's paragraphs run right to left: no fewer of its stretches drawn
/// left to right begin with a sentence's punctuation (drawn at their left, read last)
/// than end with it. A tie is right to left, as Arabic documents are.
pub fn right_to_left<'a>(lines: impl Iterator<Item = &'a [Glyph]>) -> bool {
    let (mut lead, mut trail) = (0usize, 0usize);
    for line in lines {
        for r in stretches(line) {
            let s = &line[r];
            if !drawn_left_to_right(s) {
                continue;
            }
            let first = s.iter().find(|g| !g.text.trim().is_empty());
            let last = s.iter().rev().find(|g| !g.text.trim().is_empty());
            lead += usize::from(first.is_some_and(ends_sentence));
            trail += usize::from(last.is_some_and(ends_sentence));
        }
    }
    lead >= trail
}

/// The line's text in reading order: each stretch drawn left to right turned round (in a
/// left-to-right paragraph, its letters and what lies between them only); on a page drawn
/// in visual order (see [`drawn_in_visual_order`]), the whole line turned round.
pub fn text_of(glyphs: &[Glyph], rtl_paragraphs: bool, visual_order: bool) -> String {
    if rtl_paragraphs && visual_order && has_rtl(glyphs) {
        return turned_round(glyphs);
    }
    let ranges = stretches(glyphs);
    let mut order: Vec<usize> = (0..glyphs.len()).collect();
    let mut spaced = Vec::new();
    for r in ranges {
        if !drawn_left_to_right(&glyphs[r.clone()]) {
            continue;
        }
        let (lead, trail) = if rtl_paragraphs {
            (0, 0)
        } else {
            edges(&glyphs[r.clone()])
        };
        order[r.start + lead..r.end - trail].reverse();
        if rtl_paragraphs {
            read_edges_by_place(&mut order[r.clone()], glyphs);
        }
        // "1-" drawn before a left-to-right paragraph's words: its space was drawn apart.
        if lead > 0 && !glyphs[r.start + lead - 1].text.trim().is_empty() {
            spaced.push(r.start + lead);
        }
    }
    let mut out = String::new();
    for (k, &i) in order.iter().enumerate() {
        if spaced.contains(&k) {
            out.push(' ');
        }
        out.push_str(&glyphs[i].text);
    }
    // A right-to-left line's indent is on its right: what a PDF leaves on its left is none.
    if has_rtl(glyphs) {
        out = out.trim_start().to_string();
    }
    out
}

/// A right-to-left stretch turned round is read from its right, and a space at its edge is
/// read where it lies, not where the stream has it: LibreOffice draws the space before a
/// number or a Latin word with that word, at the stretch's left, so turning the stretch
/// round would put it before the stretch's first word ("خلال60" for "خلال 60") and the
/// space after the number before the next word ("1433 هـ" for "1433هـ").
fn read_edges_by_place(order: &mut [usize], glyphs: &[Glyph]) {
    let (left, right) = order
        .iter()
        .map(|&i| &glyphs[i])
        .filter(|g| class(&g.text) == Class::Rtl)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), g| {
            (l.min(g.x), r.max(g.x))
        });
    let blank = |i: usize| glyphs[i].text.trim().is_empty();
    let head = order
        .iter()
        .take_while(|&&i| blank(i) && glyphs[i].x < left)
        .count();
    order.rotate_left(head);
    let tail = order
        .iter()
        .rev()
        .take_while(|&&i| blank(i) && glyphs[i].x > right)
        .count();
    order.rotate_right(tail);
}

/// Whether the page's right-to-left lines are drawn wholly in visual order, left to right
/// (as a browser's "print to PDF" draws them): its lines that mix Arabic with numbers or
/// Latin words come left to right, glyph after glyph, where a writer that draws each
/// stretch on its own (LibreOffice) puts a line's stretches in reading order, right to left.
pub fn drawn_in_visual_order<'a>(lines: impl Iterator<Item = &'a [Glyph]>) -> bool {
    let (mut visual, mut not) = (0usize, 0usize);
    for line in lines.filter(|l| has_rtl(l) && l.iter().any(|g| class(&g.text) == Class::Ltr)) {
        let xs: Vec<f64> = line
            .iter()
            .filter(|g| !g.text.trim().is_empty())
            .map(|g| g.x)
            .collect();
        if xs.windows(2).all(|w| w[1] >= w[0] - 1.0) {
            visual += 1;
        } else {
            not += 1;
        }
    }
    visual > not
}

/// A line drawn in visual order read right to left: the whole line turned round, then
/// each run of numbers and Latin words (with the marks between them: "5/51") turned back,
/// as they read left to right. Such a writer maps a bracket to the shape it draws, which a
/// right-to-left stretch mirrors: outside those runs a bracket is turned too.
fn turned_round(glyphs: &[Glyph]) -> String {
    let mut order: Vec<&Glyph> = glyphs.iter().rev().collect();
    let mut ltr = vec![false; order.len()];
    let mut k = 0;
    while k < order.len() {
        if class(&order[k].text) != Class::Ltr {
            k += 1;
            continue;
        }
        let last = (k..order.len())
            .take_while(|&j| glyph_class(&order[j].text) != Class::Rtl)
            .filter(|&j| class(&order[j].text) == Class::Ltr)
            .last()
            .unwrap_or(k);
        order[k..=last].reverse();
        ltr[k..=last].fill(true);
        k = last + 1;
    }
    let mut out = String::new();
    for (g, in_ltr) in order.iter().zip(ltr) {
        if g.text.trim().is_empty() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if in_ltr {
            out.push_str(&g.text);
        } else {
            out.extend(g.text.chars().map(mirrored));
        }
    }
    out.trim_end().to_string()
}

/// A glyph's class, an Arabic mark or tatweel counted with the letters it goes with.
fn glyph_class(text: &str) -> Class {
    if text.chars().any(crate::ar::is_arabic_letter) {
        Class::Rtl
    } else {
        class(text)
    }
}

/// The bracket a right-to-left stretch draws for `c`.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '«' => '»',
        '»' => '«',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `visual` (a string as drawn, left to right), one per char, at rising x.
    fn drawn(visual: &str) -> Vec<Glyph> {
        visual
            .chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: i as f64,
                text: c.to_string(),
            })
            .collect()
    }

    fn reversed(s: &str) -> String {
        s.chars().rev().collect()
    }

    #[test]
    fn a_stretch_drawn_left_to_right_reads_backwards_and_is_turned_round() {
        let words = "يطلب من الأمين العام";
        let g = drawn(&reversed(words));
        assert_eq!(text_of(&g, true, false), words);
        assert_eq!(text_of(&g, false, false), words);
    }

    #[test]
    fn a_stretch_drawn_right_to_left_is_already_in_reading_order() {
        let words = "يطلب من الأمين العام";
        let mut g = drawn(words);
        for (i, glyph) in g.iter_mut().enumerate() {
            glyph.x = 100.0 - i as f64;
        }
        assert_eq!(text_of(&g, true, false), words);
    }

    #[test]
    fn numbers_and_latin_keep_their_order_between_stretches() {
        // "قرار رقم " then "5/51" then " بشأن الحماية": each part drawn on its own.
        let mut g = drawn(&reversed("قرار رقم "));
        g.extend(drawn("5/51"));
        g.extend(drawn(&reversed(" بشأن الحماية")));
        assert_eq!(text_of(&g, true, false), "قرار رقم 5/51 بشأن الحماية");
    }

    #[test]
    fn a_space_drawn_with_a_number_is_read_where_it_lies() {
        // LibreOffice draws "خلال 60 يوما." as the stretch "خلال" (its letters left to
        // right), the space before the number at the number's place, "60", then the
        // stretch "يوما." with the space after the number at its right.
        let at = |x: f64, t: &str| Glyph { x, text: t.into() };
        let mut g: Vec<Glyph> = "لالخ"
            .chars()
            .enumerate()
            .map(|(i, c)| at(20.0 + i as f64, &c.to_string()))
            .collect();
        g.extend([at(12.0, " "), at(12.0, "6"), at(13.0, "0"), at(0.0, ".")]);
        g.extend(
            "اموي"
                .chars()
                .enumerate()
                .map(|(i, c)| at(1.0 + i as f64, &c.to_string())),
        );
        g.push(at(5.0, " "));
        assert_eq!(text_of(&g, true, false), "خلال 60 يوما.");
    }

    #[test]
    fn a_ligature_glyph_keeps_its_letters_in_order() {
        // "الأمين" drawn as ن ي م [لأ] ا : the ligature is one glyph of two letters.
        let mut g = drawn("نيم");
        for (x, t) in [(3.0, "لأ"), (4.0, "ا")] {
            g.push(Glyph { x, text: t.into() });
        }
        assert_eq!(text_of(&g, true, false), "الأمين");
    }

    #[test]
    fn punctuation_goes_by_the_paragraphs_direction() {
        // A right-to-left paragraph draws its final "،" at the left of the words.
        let rtl = drawn(&reversed("إن المجلس،"));
        assert!(right_to_left([rtl.as_slice()].into_iter()));
        assert_eq!(text_of(&rtl, true, false), "إن المجلس،");
        // A left-to-right one draws it at their right, after them.
        let mut ltr = drawn(&reversed("إن المجلس"));
        ltr.extend(drawn("،"));
        assert!(!right_to_left([ltr.as_slice()].into_iter()));
        assert_eq!(text_of(&ltr, false, false), "إن المجلس،");
        // Its number is drawn at the left, before the words, its space apart.
        let mut numbered = drawn("1-");
        numbered.extend(drawn(&reversed("يطلب من الأمين")));
        numbered.extend(drawn("."));
        assert_eq!(text_of(&numbered, false, false), "1- يطلب من الأمين.");
    }

    #[test]
    fn a_number_drawn_before_its_paragraph_stays_its_number() {
        // A right-to-left paragraph "1- يطلب ...": the number, then "- يطلب ..." drawn.
        let mut g = drawn("1");
        g.extend(drawn(&reversed("- يطلب من الأمين.")));
        assert_eq!(text_of(&g, true, false), "1- يطلب من الأمين.");
    }

    #[test]
    fn text_without_arabic_is_untouched() {
        let g = drawn("Requests the Secretary-General, by 1 May.");
        assert_eq!(
            text_of(&g, true, false),
            "Requests the Secretary-General, by 1 May."
        );
    }

    #[test]
    fn a_page_drawn_in_visual_order_is_read_right_to_left_whole_lines_at_a_time() {
        // As a browser draws "2- يطلب 31 ديسمبر 2026." and "(أ) سن": left to right as
        // shown, numbers in their own order, brackets by the shape drawn.
        let line = drawn(".2026 ربمسيد 31 بلطي -2");
        let item = drawn("نس (أ)");
        assert!(drawn_in_visual_order([line.as_slice()].into_iter()));
        assert_eq!(text_of(&line, true, true), "2- يطلب 31 ديسمبر 2026.");
        assert_eq!(text_of(&item, true, true), "(أ) سن");
        // A writer that draws each stretch on its own puts the stretches right to left.
        let at = |glyphs: Vec<Glyph>, left: f64| {
            glyphs
                .into_iter()
                .map(move |g| Glyph { x: g.x + left, ..g })
        };
        let stretches: Vec<Glyph> = at(drawn(&reversed(" بشأن الحماية")), 100.0)
            .chain(at(drawn("5/51"), 50.0))
            .chain(at(drawn(&reversed("قرار رقم ")), 0.0))
            .collect();
        assert!(!drawn_in_visual_order([stretches.as_slice()].into_iter()));
    }
}
