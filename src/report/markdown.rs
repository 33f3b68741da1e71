//! The report as CommonMark with GitHub tables: what a secretariat pastes into a document,
//! a wiki or an email. Data text is escaped so that it always reads as text: no `|` can
//! split a table cell, no `*` or `<` can turn into markup.

use std::fmt::Write as _;

use super::{
    Item, Report, Section, Tally, days_phrase, deadline_and_window, long_date, para, source_url,
};
use crate::model::Status;

/// The report as Markdown.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_report(&mut out, report);
    out
}

fn write_report(out: &mut String, report: &Report) -> std::fmt::Result {
    writeln!(out, "# Implementation report")?;
    writeln!(out)?;
    writeln!(
        out,
        "As of {}. Each mandate is counted once, by its status on that day.",
        long_date(report.today)
    )?;
    if let Some(cover) = &report.cover {
        writeln!(out)?;
        writeln!(out, "## Summary")?;
        writeln!(out)?;
        writeln!(out, "**All resolutions:** {}.", cover.total.sentence())?;
        writeln!(out)?;
        writeln!(
            out,
            "| Resolution | Adopted | Mandates | Done | In progress | Overdue | Due soon | Pending | Dropped | Share done |"
        )?;
        writeln!(out, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")?;
        for line in &cover.lines {
            let name = format!("{} (`{}`)", inline(&line.title), line.id);
            tally_row(out, &name, &line.adopted.to_string(), &line.tally)?;
        }
        tally_row(out, "**All resolutions**", "", &cover.total)?;
    }
    if report.sections.is_empty() {
        writeln!(out)?;
        writeln!(out, "The folder holds no resolution yet.")?;
    }
    for section in &report.sections {
        write_section(out, section)?;
    }
    writeln!(out)?;
    writeln!(out, "---")?;
    writeln!(out)?;
    writeln!(
        out,
        "*Produced with oic-track from the resolution files, as of {}.*",
        report.today
    )?;
    Ok(())
}

fn tally_row(out: &mut String, name: &str, adopted: &str, t: &Tally) -> std::fmt::Result {
    let share = t.share_done();
    writeln!(
        out,
        "| {name} | {adopted} | {} | {} | {} | {} | {} | {} | {} | {share} |",
        t.total(),
        t.done,
        t.in_progress,
        t.overdue,
        t.due_soon,
        t.pending,
        t.dropped
    )
}

fn write_section(out: &mut String, s: &Section) -> std::fmt::Result {
    writeln!(out)?;
    writeln!(out, "## {}", inline(&s.title))?;
    writeln!(out)?;
    writeln!(out, "- **Adopted by:** {}", inline(&s.body))?;
    if let Some(session) = &s.session {
        writeln!(out, "- **Session:** {}", inline(session))?;
    }
    writeln!(out, "- **Adopted on:** {}", long_date(s.adopted))?;
    if let Some(symbol) = &s.symbol {
        writeln!(out, "- **Symbol:** {}", inline(symbol))?;
    }
    if let Some(source) = &s.source {
        let shown = match source_url(source) {
            Some(url) => format!("<{url}>"),
            None => inline(source),
        };
        writeln!(out, "- **Source:** {shown}")?;
    }
    writeln!(out, "- **Id:** `{}`", s.id)?;
    writeln!(out)?;
    writeln!(out, "**Progress:** {}.", s.tally.sentence())?;
    write_overdue(out, s)?;
    write_upcoming(out, s)?;
    write_table(out, s)?;
    write_details(out, s)
}

fn write_overdue(out: &mut String, s: &Section) -> std::fmt::Result {
    writeln!(out)?;
    writeln!(out, "### Overdue")?;
    writeln!(out)?;
    if s.overdue.is_empty() {
        return writeln!(out, "Nothing is overdue.");
    }
    for &i in &s.overdue {
        let it = &s.items[i];
        write!(
            out,
            "- {}**{}** ({}): due {}",
            lead(it),
            inline(&it.summary),
            inline(&it.actors),
            deadline(it)
        )?;
        if let Some(d) = it.days_left {
            write!(out, "; {}", days_phrase(d))?;
        }
        writeln!(out, ". `{}`", it.id)?;
    }
    Ok(())
}

fn write_upcoming(out: &mut String, s: &Section) -> std::fmt::Result {
    writeln!(out)?;
    writeln!(out, "### Upcoming deadlines")?;
    writeln!(out)?;
    if s.upcoming.is_empty() {
        return writeln!(out, "No open mandate has a deadline ahead.");
    }
    writeln!(
        out,
        "| Window | Days left | ¶ | Mandate | Actor | Summary | Status |"
    )?;
    writeln!(out, "|---|--:|---|---|---|---|---|")?;
    for &i in &s.upcoming {
        let it = &s.items[i];
        writeln!(
            out,
            "| {} | {} | {} | `{}` | {} | {} | {} |",
            window(it),
            it.days_left.map(|d| d.to_string()).unwrap_or_default(),
            inline(&para(&it.paragraph)),
            it.id,
            inline(&it.actors),
            inline(&it.summary),
            status(it.status)
        )?;
    }
    Ok(())
}

fn write_table(out: &mut String, s: &Section) -> std::fmt::Result {
    writeln!(out)?;
    writeln!(out, "### Mandates")?;
    writeln!(out)?;
    if s.items.is_empty() {
        return writeln!(out, "This resolution records no mandate.");
    }
    writeln!(
        out,
        "| ¶ | Mandate | Actor | Summary | Deadline | Window | Status | Done |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    for it in &s.items {
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} | {} |",
            inline(&para(&it.paragraph)),
            it.id,
            inline(&it.actors),
            inline(&it.summary),
            it.deadline.as_deref().map(inline).unwrap_or_default(),
            window(it),
            status(it.status),
            it.done.map(|d| d.to_string()).unwrap_or_default()
        )?;
    }
    Ok(())
}

fn write_details(out: &mut String, s: &Section) -> std::fmt::Result {
    if s.items.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "### Mandates in detail")?;
    for it in &s.items {
        writeln!(out)?;
        writeln!(out, "#### {}{}", lead(it), inline(&it.summary))?;
        writeln!(out)?;
        let due = match &it.deadline {
            Some(_) => format!("due {}", deadline(it)),
            None => "no deadline".to_string(),
        };
        let done = it.done.map(|d| format!(" on {d}")).unwrap_or_default();
        writeln!(
            out,
            "`{}` · {} · {due} · **{}**{done}",
            it.address,
            inline(&it.actors),
            it.status.label()
        )?;
        if let Some(text) = &it.text {
            writeln!(out)?;
            for line in text.lines() {
                writeln!(out, "> {}", block_line(line))?;
            }
        }
        writeln!(out)?;
        if it.notes.is_empty() {
            writeln!(out, "*No progress recorded.*")?;
            continue;
        }
        writeln!(out, "Progress:")?;
        writeln!(out)?;
        for note in &it.notes {
            writeln!(out, "- **{}** {}", note.date, inline(&note.text))?;
        }
    }
    Ok(())
}

fn deadline(it: &Item) -> String {
    let written = it.deadline.as_deref().map(inline).unwrap_or_default();
    deadline_and_window(&written, it.window)
}

/// `¶4 ` before a mandate's summary, or nothing.
fn lead(it: &Item) -> String {
    let p = it.paragraph.as_ref();
    p.map(|p| format!("¶{} ", inline(&p.to_string())))
        .unwrap_or_default()
}

fn window(it: &Item) -> String {
    it.window.map(|w| w.to_string()).unwrap_or_default()
}

/// The status as a word; overdue in bold so it stands out in plain text too.
fn status(s: Status) -> String {
    match s {
        Status::Overdue => "**overdue**".to_string(),
        s => s.label().to_string(),
    }
}

/// Data text for inline use (a table cell, a list item, a heading): one line, every
/// character CommonMark could read as markup backslash-escaped.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A line of data text that begins a block (inside a quote): inline escaping, plus the
/// characters that would start a list, a heading, a rule or a code block there.
fn block_line(line: &str) -> String {
    let line = line.trim_start();
    let escaped = inline(line);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    match line.chars().next() {
        Some('-' | '+' | '=' | '.' | ')') => format!("\\{escaped}"),
        Some(_) if digits > 0 && matches!(line[digits..].chars().next(), Some('.' | ')')) => {
            format!("{}\\{}", &line[..digits], &escaped[digits..])
        }
        _ => escaped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_markup_and_joins_lines() {
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("*x* _y_ `z`"), "\\*x\\* \\_y\\_ \\`z\\`");
        assert_eq!(inline("<b>&amp;</b>"), "\\<b\\>\\&amp;\\</b\\>");
        assert_eq!(inline("l1\nl2"), "l1 l2");
        assert_eq!(
            inline("Secretary-General, 100,000"),
            "Secretary-General, 100,000"
        );
    }

    /// The text of the one cell of a one-column table, as a CommonMark renderer reads it.
    fn cell(md: &str) -> Option<String> {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let mut body = false;
        let mut text = String::new();
        for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
            match event {
                Event::End(TagEnd::TableHead) => body = true,
                Event::Start(Tag::Table(_) | Tag::TableRow | Tag::TableCell) => {}
                Event::End(TagEnd::Table | TagEnd::TableRow | TagEnd::TableCell) => {}
                Event::Text(t) if body => text.push_str(&t),
                Event::Start(_) | Event::End(_) if body => return None,
                _ if body => return None,
                _ => {}
            }
        }
        Some(text)
    }

    proptest::proptest! {
        /// Whatever the text, escaped into a table cell it reads back as that text:
        /// no markup, no extra cell.
        #[test]
        fn any_text_in_a_table_cell_reads_back_as_itself(s in "[ -~]{0,30}|[a-z|*_`<>#&!\\\\\\[\\] ]{0,30}|[ءا-ي |*]{0,12}") {
            let md = format!("| h |\n|---|\n| {} |\n", inline(&s));
            proptest::prop_assert_eq!(cell(&md), Some(s.trim().to_string()), "{}", md);
        }
    }

    #[test]
    fn block_lines_cannot_start_lists_or_rules() {
        assert_eq!(block_line("- item"), "\\- item");
        assert_eq!(block_line("==="), "\\===");
        assert_eq!(block_line("12. point"), "12\\. point");
        assert_eq!(block_line("    code"), "code");
        assert_eq!(block_line("# head"), "\\# head");
        assert_eq!(block_line("2023 was"), "2023 was");
    }
}
