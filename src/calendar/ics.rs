//! The feed's text: what the `icalendar` crate's `Calendar::to_string` writes, byte for
//! byte, but folded in one pass. The crate finds each fold point by
//! counting characters from the start of the line, so a long clause in a DESCRIPTION took
//! time growing with the square of its length.

use std::fmt::Write as _;

use icalendar::{Calendar, Component, Property, ValueType};

/// RFC 5545, 3.1: a content line should be at most 75 octets, CRLF excluded.
const LIMIT: usize = 75;

/// The calendar as RFC 5545 text. The feed holds events only (`calendar::render` makes no
/// other component).
pub fn write(cal: &Calendar) -> String {
    let mut out = String::new();
    out.push_str("BEGIN:VCALENDAR\r\n");
    for p in &cal.properties {
        line(&mut out, p);
    }
    for event in cal.components.iter().filter_map(|c| c.as_event()) {
        out.push_str("BEGIN:VEVENT\r\n");
        for p in event.properties().values() {
            line(&mut out, p);
        }
        for p in event.multi_properties().values().flatten() {
            line(&mut out, p);
        }
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// One property as a folded content line, as the crate writes it: parameters quoted when
/// they hold `:`, `;` or `,`; TEXT values (but the text lists CATEGORIES and RESOURCES,
/// which the crate escapes item by item) escaped.
fn line(out: &mut String, p: &Property) {
    let mut text = p.key().to_string();
    for param in p.params().values() {
        let v = param.value();
        let quoted = v.contains([':', ';', ',']) && !(v.starts_with('"') && v.ends_with('"'));
        let _ = if quoted {
            write!(text, ";{}=\"{v}\"", param.key())
        } else {
            write!(text, ";{}={v}", param.key())
        };
    }
    text.push(':');
    let list = ["CATEGORIES", "RESOURCES"]
        .iter()
        .any(|k| p.key().eq_ignore_ascii_case(k));
    if p.value_type() == Some(ValueType::Text) && !list {
        escape_text(&mut text, p.value());
    } else {
        text.push_str(p.value());
    }
    fold(out, &text);
    out.push_str("\r\n");
}

/// RFC 5545, 3.3.11: backslash, comma, semicolon and line break escaped.
fn escape_text(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

/// `line` folded exactly as the crate folds it: pieces of 75 octets, then of 74 after CRLF
/// and a space, on character boundaries, one octet shorter where the crate's look-up (the
/// character at the piece's end, counted in characters from the line's start, though the
/// end is an octet offset) finds whitespace. The characters are collected once, so that
/// look-up costs nothing; the crate walks the line from its start for each.
fn fold(out: &mut String, line: &str) {
    let chars: Vec<char> = line.chars().collect();
    let is_space = |i: usize| chars.get(i).is_some_and(|c| c.is_whitespace());
    let mut remaining = line.len();
    let mut pos = 0;
    let mut next = LIMIT;
    while remaining > LIMIT {
        if is_space(next) {
            next -= 1;
        }
        while !line.is_char_boundary(next) {
            next -= 1;
            if is_space(next) {
                next -= 1;
            }
        }
        out.push_str(&line[pos..next]);
        out.push_str("\r\n ");
        remaining -= next - pos;
        pos = next;
        next += LIMIT - 1;
    }
    out.push_str(&line[line.len() - remaining..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use icalendar::{EventLike, Property};
    use proptest::prelude::*;

    fn feed(summary: &str, description: &str) -> Calendar {
        let mut cal = Calendar::empty();
        cal.append_property(Property::new("VERSION", "2.0"))
            .append_property(Property::new("X-WR-CALNAME", "a: b, c; d"));
        let mut e = icalendar::Event::new();
        e.uid("r/m@x")
            .add_property("DTSTAMP", "20240101T000000Z")
            .append_property(
                Property::new("DTSTART", "20240102")
                    .add_parameter("VALUE", "DATE")
                    .done(),
            )
            .summary(summary)
            .description(description);
        e.categories([summary, "b;c"]);
        cal.push(e.done());
        cal
    }

    proptest! {
        #[test]
        fn the_feed_is_the_crates_feed_byte_for_byte(
            summary in "[a-z ,;:\\\\\né\u{1F600}]{0,100}",
            description in "[a-z ,;:\\\\\né\u{1F600}]{0,400}",
        ) {
            let cal = feed(&summary, &description);
            let ours = write(&cal);
            prop_assert_eq!(&ours, &cal.to_string());
        }
    }

    #[test]
    fn short_lines_are_written_byte_for_byte_as_the_crate_writes_them() {
        let cal = feed("Report, now; \\ all", "Line one\nline two");
        assert_eq!(write(&cal), cal.to_string());
    }
}
