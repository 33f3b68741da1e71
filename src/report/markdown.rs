//! The report as CommonMark with GitHub tables: what a secretariat pastes into a document,
//! a wiki or an email. Data text is escaped so that it always reads as text: no `|` can
//! split a table cell, no `*` or `<` can turn into markup.

use std::fmt::Write as _;

use super::{
    Cover, Item, MANDATE_COLUMNS, Report, Section, TALLY_COLUMNS, Tally, days_phrase,
    deadline_and_window, para, source_url, status_word,
};
use crate::i18n::{Arg, Lang};
use crate::model::Status;

/// The report as Markdown.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_report(&mut out, report);
    out
}

/// Latin text (an id, an ISO date) kept whole inside Arabic: first-strong isolate … pop
/// directional isolate, which every Unicode bidi implementation honours in plain text.
fn iso(l: Lang, s: &str) -> String {
    if l.is_rtl() {
        format!("\u{2068}{s}\u{2069}")
    } else {
        s.to_string()
    }
}

/// An id as inline code, isolated in Arabic.
fn code(l: Lang, id: &str) -> String {
    iso(l, &format!("`{id}`"))
}

/// `**Label:**` in the language's punctuation.
fn label(l: Lang, key: &str) -> String {
    format!(
        "**{}**",
        l.t_args("label", &[("label", Arg::Str(&l.t(key)))])
    )
}

fn write_report(out: &mut String, report: &Report) -> std::fmt::Result {
    let l = report.lang;
    write_head(out, report)?;
    write_left_out(out, report)?;
    if let Some(cover) = &report.cover {
        write_cover(out, report, cover)?;
    }
    if report.sections.is_empty() {
        writeln!(out)?;
        let key = if report.selection.is_empty() {
            "folder-empty"
        } else {
            "nothing-selected"
        };
        writeln!(out, "{}", l.t(key))?;
    }
    for section in &report.sections {
        write_section(out, report, section)?;
    }
    write_foot(out, report)
}

/// The organisation, the title and subtitle, the day and the selection.
fn write_head(out: &mut String, report: &Report) -> std::fmt::Result {
    let l = report.lang;
    let look = &report.look;
    if let Some(org) = &look.organisation {
        writeln!(out, "**{}**", inline(org))?;
        writeln!(out)?;
    }
    let title = look.title.clone().unwrap_or_else(|| l.t("report-title"));
    writeln!(out, "# {}", inline(&title))?;
    writeln!(out)?;
    if let Some(sub) = &look.subtitle {
        writeln!(out, "*{}*", inline(sub))?;
        writeln!(out)?;
    }
    writeln!(
        out,
        "{}",
        l.t_args("as-of", &[("date", Arg::Str(&l.long_date(report.today)))])
    )?;
    if !report.selection.is_empty() {
        writeln!(out)?;
        let what = report.selection.join(&l.t("list-separator"));
        writeln!(
            out,
            "{}",
            inline(&l.t_args("selection", &[("what", Arg::Str(&what))]))
        )?;
    }
    Ok(())
}

/// The summary: the whole folder's tally, and a table of each resolution's.
fn write_cover(out: &mut String, report: &Report, cover: &Cover) -> std::fmt::Result {
    let l = report.lang;
    writeln!(out)?;
    writeln!(out, "## {}", l.t("summary"))?;
    writeln!(out)?;
    writeln!(
        out,
        "{} {}.",
        label(l, "all-resolutions"),
        cover.total.sentence(l)
    )?;
    writeln!(out)?;
    let heads: Vec<String> = ["col-resolution", "col-adopted"]
        .iter()
        .chain(&TALLY_COLUMNS)
        .map(|k| l.t(k))
        .collect();
    writeln!(out, "| {} |", heads.join(" | "))?;
    writeln!(out, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")?;
    for line in &cover.lines {
        let name = if report.hide_ids {
            inline(&line.title)
        } else {
            format!("{} ({})", inline(&line.title), code(l, &line.id))
        };
        tally_row(
            out,
            l,
            &name,
            &iso(l, &line.adopted.to_string()),
            &line.tally,
        )?;
    }
    let all = format!("**{}**", l.t("all-resolutions"));
    tally_row(out, l, &all, "", &cover.total)
}

/// The rule, the footer text and the day the report was produced.
fn write_foot(out: &mut String, report: &Report) -> std::fmt::Result {
    let l = report.lang;
    writeln!(out)?;
    writeln!(out, "---")?;
    writeln!(out)?;
    if let Some(footer) = &report.look.footer {
        writeln!(out, "{}", inline(footer))?;
        writeln!(out)?;
    }
    writeln!(
        out,
        "*{}*",
        l.t_args(
            "produced",
            &[("date", Arg::Str(&l.long_date(report.today)))]
        )
    )
}

/// The box that says the report is partial, naming each file left out and why.
fn write_left_out(out: &mut String, report: &Report) -> std::fmt::Result {
    if report.left_out.is_empty() {
        return Ok(());
    }
    let l = report.lang;
    writeln!(out)?;
    writeln!(
        out,
        "> **{}** {}",
        l.t("incomplete-title"),
        l.t("incomplete-body")
    )?;
    writeln!(out, ">")?;
    for f in &report.left_out {
        writeln!(
            out,
            "> - **{}**: {}",
            iso(l, &inline(&f.file)),
            iso(l, &inline(&f.problems.join("; ")))
        )?;
    }
    Ok(())
}

fn tally_row(out: &mut String, l: Lang, name: &str, adopted: &str, t: &Tally) -> std::fmt::Result {
    writeln!(out, "| {name} | {adopted} | {} |", t.cells(l).join(" | "))
}

fn write_section(out: &mut String, report: &Report, s: &Section) -> std::fmt::Result {
    let l = report.lang;
    writeln!(out)?;
    writeln!(out, "## {}", inline(&s.title))?;
    writeln!(out)?;
    writeln!(out, "- {} {}", label(l, "adopted-by"), inline(&s.body))?;
    if let Some(session) = &s.session {
        writeln!(out, "- {} {}", label(l, "session"), inline(session))?;
    }
    writeln!(
        out,
        "- {} {}",
        label(l, "adopted-on"),
        l.long_date(s.adopted)
    )?;
    if let Some(symbol) = &s.symbol {
        writeln!(out, "- {} {}", label(l, "symbol"), iso(l, &inline(symbol)))?;
    }
    if let Some(source) = &s.source {
        let shown = match source_url(source) {
            Some(url) => format!("<{url}>"),
            None => inline(source),
        };
        writeln!(out, "- {} {}", label(l, "source"), iso(l, &shown))?;
    }
    if !report.hide_ids {
        writeln!(out, "- {} {}", label(l, "id"), code(l, &s.id))?;
    }
    writeln!(out)?;
    writeln!(out, "{} {}.", label(l, "progress"), s.tally.sentence(l))?;
    write_overdue(out, report, s)?;
    write_upcoming(out, report, s)?;
    write_table(out, report, s)?;
    write_details(out, report, s)
}

/// ` ` and the mandate's id as code, or nothing when ids are hidden.
fn trailing_id(report: &Report, id: &str) -> String {
    if report.hide_ids {
        String::new()
    } else {
        format!(" {}", code(report.lang, id))
    }
}

fn write_overdue(out: &mut String, report: &Report, s: &Section) -> std::fmt::Result {
    let l = report.lang;
    writeln!(out)?;
    writeln!(out, "### {}", l.t("heading-overdue"))?;
    writeln!(out)?;
    if s.overdue.is_empty() {
        return writeln!(out, "{}", l.t("nothing-overdue"));
    }
    for &i in &s.overdue {
        let it = &s.items[i];
        let due = l.t_args("due", &[("deadline", Arg::Str(&deadline(l, it)))]);
        write!(
            out,
            "- {}**{}** ({}): {due}",
            lead(it),
            inline(&it.summary),
            inline(&it.actors),
        )?;
        if let Some(d) = it.days_left {
            write!(out, "{}{}", l.t("clause-separator"), days_phrase(l, d))?;
        }
        writeln!(out, ".{}", trailing_id(report, &it.id))?;
    }
    Ok(())
}

fn write_upcoming(out: &mut String, report: &Report, s: &Section) -> std::fmt::Result {
    let l = report.lang;
    writeln!(out)?;
    writeln!(out, "### {}", l.t("heading-upcoming"))?;
    writeln!(out)?;
    if s.upcoming.is_empty() {
        return writeln!(out, "{}", l.t("nothing-upcoming"));
    }
    let mut heads = vec!["col-window", "col-days-left", "col-paragraph"];
    if !report.hide_ids {
        heads.push("col-mandate");
    }
    heads.extend(["col-actor", "col-summary", "col-status"]);
    header(out, l, &heads, &["---", "--:", "---"])?;
    for &i in &s.upcoming {
        let it = &s.items[i];
        let mut cells = vec![
            window(l, it),
            it.days_left.map(|d| l.num(d)).unwrap_or_default(),
            inline(&para(&it.paragraph)),
        ];
        if !report.hide_ids {
            cells.push(code(l, &it.id));
        }
        cells.extend([
            inline(&it.actors),
            inline(&it.summary),
            status(l, it.status),
        ]);
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// A table's header row and its alignment row: the first columns aligned as `align`
/// says, the others to the start.
fn header(out: &mut String, l: Lang, keys: &[&str], align: &[&str]) -> std::fmt::Result {
    let heads: Vec<String> = keys.iter().map(|k| l.t(k)).collect();
    writeln!(out, "| {} |", heads.join(" | "))?;
    let rule: Vec<&str> = (0..keys.len())
        .map(|i| align.get(i).copied().unwrap_or("---"))
        .collect();
    writeln!(out, "|{}|", rule.join("|"))
}

fn write_table(out: &mut String, report: &Report, s: &Section) -> std::fmt::Result {
    let l = report.lang;
    writeln!(out)?;
    writeln!(out, "### {}", l.t("heading-mandates"))?;
    writeln!(out)?;
    if s.items.is_empty() {
        return writeln!(out, "{}", l.t("no-mandates"));
    }
    let mut heads = vec!["col-paragraph"];
    if !report.hide_ids {
        heads.push("col-mandate");
    }
    heads.extend(MANDATE_COLUMNS);
    header(out, l, &heads, &[])?;
    for it in &s.items {
        let mut cells = vec![inline(&para(&it.paragraph))];
        if !report.hide_ids {
            cells.push(code(l, &it.id));
        }
        cells.extend([
            inline(&it.actors),
            inline(&it.summary),
            it.deadline.as_deref().map(inline).unwrap_or_default(),
            window(l, it),
            status(l, it.status),
            it.done.map(|d| iso(l, &d.to_string())).unwrap_or_default(),
        ]);
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

fn write_details(out: &mut String, report: &Report, s: &Section) -> std::fmt::Result {
    let l = report.lang;
    if s.items.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "### {}", l.t("heading-details"))?;
    for it in &s.items {
        writeln!(out)?;
        writeln!(out, "#### {}{}", lead(it), inline(&it.summary))?;
        writeln!(out)?;
        let due = match &it.deadline {
            Some(_) => l.t_args("due", &[("deadline", Arg::Str(&deadline(l, it)))]),
            None => l.t("no-deadline"),
        };
        let done = it
            .done
            .map(|d| {
                format!(
                    " {}",
                    l.t_args("done-on", &[("date", Arg::Str(&l.long_date(d)))])
                )
            })
            .unwrap_or_default();
        let mut facts = Vec::new();
        if !report.hide_ids {
            facts.push(code(l, &it.address));
        }
        facts.extend([
            inline(&it.actors),
            due,
            format!("**{}**{done}", status_word(l, it.status)),
        ]);
        writeln!(out, "{}", facts.join(" · "))?;
        if let Some(text) = &it.text {
            writeln!(out)?;
            for line in text.lines() {
                writeln!(out, "> {}", block_line(line))?;
            }
        }
        writeln!(out)?;
        if it.notes.is_empty() {
            writeln!(out, "*{}*", l.t("no-progress"))?;
            continue;
        }
        writeln!(out, "{}", l.t("progress-notes"))?;
        writeln!(out)?;
        for note in &it.notes {
            writeln!(
                out,
                "- **{}** {}",
                l.long_date(note.date),
                inline(&note.text)
            )?;
        }
    }
    Ok(())
}

fn deadline(l: Lang, it: &Item) -> String {
    let written = it.deadline.as_deref().map(inline).unwrap_or_default();
    deadline_and_window(l, &written, it.window)
}

/// `¶4 ` before a mandate's summary, or nothing.
fn lead(it: &Item) -> String {
    let p = it.paragraph.as_ref();
    p.map(|p| format!("¶{} ", inline(&p.to_string())))
        .unwrap_or_default()
}

/// The window in a table cell: ISO days, short and sortable, isolated in Arabic.
fn window(l: Lang, it: &Item) -> String {
    it.window
        .map(|w| iso(l, &w.to_string()))
        .unwrap_or_default()
}

/// The status as a word; overdue in bold so it stands out in plain text too.
fn status(l: Lang, s: Status) -> String {
    match s {
        Status::Overdue => format!("**{}**", status_word(l, s)),
        s => status_word(l, s),
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
