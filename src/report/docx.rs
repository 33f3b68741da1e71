//! The report as a Word file (`.docx`), through docx-rs: headings, the summary and
//! mandate tables, the overdue list, each mandate's clause and notes, A4 pages numbered
//! "page 2 of 5" in the footer (PAGE and NUMPAGES fields), and in Arabic right-to-left
//! paragraphs (`w:bidi`) and tables (`w:bidiVisual`).
//!
//! docx-rs writes no `w:bidiVisual` nor `w:tblHeader` (a header row repeated on each
//! page): both are added to the document part it builds, before it is zipped.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, LineSpacing, NumPages, PageMargin, PageNum, Paragraph,
    Run, Style, StyleType, Table, TableCell, TableRow, WidthType,
};

use super::{
    Cover, Item, MANDATE_COLUMNS, Report, Section, TALLY_COLUMNS, days_phrase, deadline_and_window,
    para, status_word,
};
use crate::i18n::{Arg, Lang};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// The text width between the margins (A4 less 2 × 1.8 cm), in twentieths of a point.
const TEXT_WIDTH: usize = 9_866;

/// The report as the bytes of a `.docx` file.
pub fn render(report: &Report) -> Vec<u8> {
    let l = report.lang;
    let mut w = Writer {
        l,
        body: Vec::new(),
    };
    w.report(report);
    let mut docx = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(PageMargin {
            top: 1_134,
            left: 1_020,
            bottom: 1_134,
            right: 1_020,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .add_style(heading("Heading1", "heading 1", 36))
        .add_style(heading("Heading2", "heading 2", 30))
        .add_style(heading("Heading3", "heading 3", 24))
        .add_style(heading("Heading4", "heading 4", 22))
        .footer(Footer::new().add_paragraph(page_footer(l)));
    for block in w.body {
        docx = match block {
            Block::P(p) => docx.add_paragraph(*p),
            Block::T(t) => docx.add_table(*t),
        };
    }
    let mut xml = docx.build();
    xml.document = patch_tables(&xml.document, l.is_rtl());
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).expect("zipping into memory cannot fail");
    out.into_inner()
}

fn heading(id: &str, name: &str, half_points: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .size(half_points)
        .bold()
}

/// "page 2 of 5" in the language, the numbers as PAGE and NUMPAGES fields.
fn page_footer(l: Lang) -> Paragraph {
    let words = l.t_args(
        "page-of",
        &[("page", Arg::Str("\u{1}")), ("pages", Arg::Str("\u{2}"))],
    );
    let mut p = Paragraph::new().align(AlignmentType::Center);
    for (i, part) in words.split(['\u{1}', '\u{2}']).enumerate() {
        if i == 1 {
            p = p.add_page_num(PageNum::new());
        } else if i == 2 {
            p = p.add_num_pages(NumPages::new());
        }
        if !part.is_empty() {
            p = p.add_run(Run::new().add_text(part).size(18));
        }
    }
    rtl(l, p)
}

/// Marks each table right to left (Arabic), and its first row as a header that Word
/// repeats at the top of each page the table runs onto.
fn patch_tables(document: &[u8], rtl: bool) -> Vec<u8> {
    const OPEN: &str = "<w:tbl>";
    const CLOSE: &str = "</w:tbl>";
    let text = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(text.len() + 256);
    let mut rest: &str = &text;
    while let Some(at) = rest.find(OPEN) {
        // The report nests no table in another: a table ends at the next `</w:tbl>`.
        let end = rest[at..]
            .find(CLOSE)
            .map_or(rest.len(), |e| at + e + CLOSE.len());
        out.push_str(&rest[..at]);
        out.push_str(&patch_table(&rest[at..end], rtl));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.into_bytes()
}

fn patch_table(table: &str, rtl: bool) -> String {
    let mut table = table.to_string();
    if rtl {
        table = table.replacen("<w:tblPr>", "<w:tblPr><w:bidiVisual />", 1);
    }
    let first_row_end = table.find("</w:tr>").unwrap_or(table.len());
    let before_end = |i: Option<usize>| i.is_some_and(|i| i < first_row_end);
    if before_end(table.find("<w:trPr>")) {
        table.replacen("<w:trPr>", "<w:trPr><w:tblHeader />", 1)
    } else if before_end(table.find("<w:trPr />")) {
        table.replacen("<w:trPr />", "<w:trPr><w:tblHeader /></w:trPr>", 1)
    } else {
        table.replacen("<w:tr>", "<w:tr><w:trPr><w:tblHeader /></w:trPr>", 1)
    }
}

enum Block {
    P(Box<Paragraph>),
    T(Box<Table>),
}

/// A paragraph right to left in Arabic: it then starts at the right margin by itself.
fn rtl(l: Lang, mut p: Paragraph) -> Paragraph {
    if l.is_rtl() {
        p.property = p.property.bidi(true);
    }
    p
}

struct Writer {
    l: Lang,
    body: Vec<Block>,
}

impl Writer {
    /// A paragraph of the body, with a little space after it (headings more before).
    fn p(&mut self, p: Paragraph) {
        let heading = p.property.style.is_some();
        let spacing = if heading {
            LineSpacing::new().before(240).after(80)
        } else {
            LineSpacing::new().after(80)
        };
        self.body
            .push(Block::P(Box::new(rtl(self.l, p.line_spacing(spacing)))));
    }

    fn text(&mut self, text: &str) {
        self.p(Paragraph::new().add_run(Run::new().add_text(text)));
    }

    fn heading(&mut self, level: usize, text: &str, new_page: bool) {
        let mut p = Paragraph::new()
            .style(&format!("Heading{level}"))
            .add_run(Run::new().add_text(text));
        if new_page {
            p = p.page_break_before(true);
        }
        self.p(p.keep_next(true));
    }

    /// `Label: value`, the label bold.
    fn fact(&mut self, key: &str, value: &str) {
        let label = self
            .l
            .t_args("label", &[("label", Arg::Str(&self.l.t(key)))]);
        self.p(Paragraph::new()
            .add_run(Run::new().add_text(label).bold())
            .add_run(Run::new().add_text(format!(" {value}"))));
    }

    /// A table whose columns share the text width by `weights` (missing ones count 1).
    fn table(
        &mut self,
        heads: &[String],
        weights: &[usize],
        rows: Vec<Vec<String>>,
        bold_last: bool,
    ) {
        let l = self.l;
        let weight = |i: usize| weights.get(i).copied().unwrap_or(1);
        let total: usize = (0..heads.len()).map(weight).sum::<usize>().max(1);
        let widths: Vec<usize> = (0..heads.len())
            .map(|i| TEXT_WIDTH * weight(i) / total)
            .collect();
        let cell = |i: usize, text: &str, bold: bool| {
            let width = widths[i];
            let mut run = Run::new().add_text(text).size(18);
            if bold {
                run = run.bold();
            }
            TableCell::new()
                .width(width, WidthType::Dxa)
                .add_paragraph(rtl(l, Paragraph::new().add_run(run)))
        };
        let n = rows.len();
        let mut table_rows = vec![TableRow::new(
            heads
                .iter()
                .enumerate()
                .map(|(i, h)| cell(i, h, true))
                .collect(),
        )];
        for (i, row) in rows.into_iter().enumerate() {
            let bold = bold_last && i + 1 == n;
            table_rows.push(
                TableRow::new(
                    row.iter()
                        .enumerate()
                        .map(|(i, c)| cell(i, c, bold))
                        .collect(),
                )
                .cant_split(),
            );
        }
        self.body.push(Block::T(Box::new(
            Table::new(table_rows).width(TEXT_WIDTH, WidthType::Dxa),
        )));
        self.text("");
    }

    fn report(&mut self, report: &Report) {
        let l = self.l;
        self.head(report);
        self.left_out(report);
        if let Some(cover) = &report.cover {
            self.cover(cover);
        }
        if report.sections.is_empty() {
            let key = if report.selection.is_empty() {
                "folder-empty"
            } else {
                "nothing-selected"
            };
            self.text(&l.t(key));
        }
        for (i, s) in report.sections.iter().enumerate() {
            // Each resolution starts a page, but the first follows a summary.
            let new_page = i > 0 || report.cover.is_some();
            self.section(report, s, new_page && !(i == 0 && report.cover.is_some()));
        }
        self.foot(report);
    }

    /// The organisation, the title and subtitle, the day and the selection.
    fn head(&mut self, report: &Report) {
        let l = self.l;
        let look = &report.look;
        if let Some(org) = &look.organisation {
            self.p(Paragraph::new().add_run(Run::new().add_text(org).bold()));
        }
        let title = look.title.clone().unwrap_or_else(|| l.t("report-title"));
        self.heading(1, &title, false);
        if let Some(sub) = &look.subtitle {
            self.p(Paragraph::new().add_run(Run::new().add_text(sub).italic()));
        }
        self.text(&l.t_args("as-of", &[("date", Arg::Str(&l.long_date(report.today)))]));
        if !report.selection.is_empty() {
            let what = report.selection.join(&l.t("list-separator"));
            self.text(&l.t_args("selection", &[("what", Arg::Str(&what))]));
        }
    }

    /// The warning that the report is partial, and a table of each file left out and why.
    fn left_out(&mut self, report: &Report) {
        if report.left_out.is_empty() {
            return;
        }
        let l = self.l;
        let mut rows = Vec::new();
        for f in &report.left_out {
            rows.push(vec![f.file.clone(), f.problems.join("; ")]);
        }
        self.p(Paragraph::new().add_run(
            Run::new()
                .add_text(format!(
                    "{} {}",
                    l.t("incomplete-title"),
                    l.t("incomplete-body")
                ))
                .bold()
                .color("B42318"),
        ));
        self.table(
            &[l.t("source"), l.t("progress-notes")],
            &[1, 3],
            rows,
            false,
        );
    }

    /// The summary: the whole folder's tally, and a table of each resolution's.
    fn cover(&mut self, cover: &Cover) {
        let l = self.l;
        self.heading(2, &l.t("summary"), false);
        let label = l.t_args("label", &[("label", Arg::Str(&l.t("all-resolutions")))]);
        self.text(&format!("{label} {}.", cover.total.sentence(l)));
        let mut heads = vec![l.t("col-resolution"), l.t("col-adopted")];
        heads.extend(TALLY_COLUMNS.iter().map(|k| l.t(k)));
        let mut rows: Vec<Vec<String>> = cover
            .lines
            .iter()
            .map(|line| {
                let mut row = vec![line.title.clone(), line.adopted.to_string()];
                row.extend(line.tally.cells(l));
                row
            })
            .collect();
        let mut total = vec![l.t("all-resolutions"), String::new()];
        total.extend(cover.total.cells(l));
        rows.push(total);
        self.table(&heads, &[5, 2], rows, true);
    }

    /// The footer text and the day the report was produced.
    fn foot(&mut self, report: &Report) {
        let l = self.l;
        if let Some(footer) = &report.look.footer {
            self.text(footer);
        }
        self.p(Paragraph::new().add_run(
            Run::new()
                .add_text(l.t_args(
                    "produced",
                    &[("date", Arg::Str(&l.long_date(report.today)))],
                ))
                .italic()
                .size(18),
        ));
    }

    fn section(&mut self, report: &Report, s: &Section, new_page: bool) {
        self.heading(2, &s.title, new_page);
        self.section_facts(report, s);
        self.overdue(s);
        self.mandates(report, s);
        if s.items.is_empty() {
            return;
        }
        self.heading(3, &self.l.t("heading-details"), false);
        for it in &s.items {
            self.detail(report, it);
        }
    }

    /// Who adopted the resolution, when, where it is found, and its progress.
    fn section_facts(&mut self, report: &Report, s: &Section) {
        let l = self.l;
        self.fact("adopted-by", &s.body);
        if let Some(session) = &s.session {
            self.fact("session", session);
        }
        self.fact("adopted-on", &l.long_date(s.adopted));
        if let Some(symbol) = &s.symbol {
            self.fact("symbol", symbol);
        }
        if let Some(source) = &s.source {
            self.fact("source", source);
        }
        if !report.hide_ids {
            self.fact("id", &s.id);
        }
        self.fact("progress", &format!("{}.", s.tally.sentence(l)));
    }

    /// The overdue mandates, a line each with how late they are.
    fn overdue(&mut self, s: &Section) {
        let l = self.l;
        self.heading(3, &l.t("heading-overdue"), false);
        if s.overdue.is_empty() {
            self.text(&l.t("nothing-overdue"));
        }
        for &i in &s.overdue {
            let it = &s.items[i];
            let mut line = format!(
                "{} — {} ({}): {}",
                para(&it.paragraph),
                it.summary,
                it.actors,
                l.t_args("due", &[("deadline", Arg::Str(&deadline(l, it)))])
            );
            if let Some(d) = it.days_left {
                line.push_str(&l.t("clause-separator"));
                line.push_str(&days_phrase(l, d));
            }
            self.text(line.trim_start_matches([' ', '—']));
        }
    }

    /// The table of the section's mandates.
    fn mandates(&mut self, report: &Report, s: &Section) {
        let l = self.l;
        self.heading(3, &l.t("heading-mandates"), false);
        if s.items.is_empty() {
            self.text(&l.t("no-mandates"));
            return;
        }
        let ids = !report.hide_ids;
        let mut heads = vec![l.t("col-paragraph")];
        if ids {
            heads.push(l.t("col-mandate"));
        }
        heads.extend(MANDATE_COLUMNS.iter().map(|k| l.t(k)));
        let rows = s.items.iter().map(|it| mandate_row(l, ids, it)).collect();
        let weights: &[usize] = if ids {
            &[1, 3, 3, 5, 3, 3, 2, 2]
        } else {
            &[1, 3, 5, 3, 3, 2, 2]
        };
        self.table(&heads, weights, rows, false);
    }

    fn detail(&mut self, report: &Report, it: &Item) {
        let l = self.l;
        let title = format!("{} {}", para(&it.paragraph), it.summary);
        self.heading(4, title.trim(), false);
        let mut facts = Vec::new();
        if !report.hide_ids {
            facts.push(it.address.clone());
        }
        facts.push(it.actors.clone());
        facts.push(match &it.deadline {
            Some(_) => l.t_args("due", &[("deadline", Arg::Str(&deadline(l, it)))]),
            None => l.t("no-deadline"),
        });
        let mut status = status_word(l, it.status);
        if let Some(d) = it.done {
            status = format!(
                "{status} {}",
                l.t_args("done-on", &[("date", Arg::Str(&l.long_date(d)))])
            );
        }
        facts.push(status);
        self.text(&facts.join(" · "));
        if let Some(text) = &it.text {
            let mut run = Run::new().italic();
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    run = run.add_break(BreakType::TextWrapping);
                }
                run = run.add_text(line);
            }
            self.p(Paragraph::new()
                .indent(Some(567), None, Some(567), None)
                .add_run(run));
        }
        if it.notes.is_empty() {
            self.p(Paragraph::new().add_run(Run::new().add_text(l.t("no-progress")).italic()));
            return;
        }
        self.text(&l.t("progress-notes"));
        for note in &it.notes {
            self.p(Paragraph::new()
                .indent(Some(283), None, None, None)
                .add_run(Run::new().add_text(l.long_date(note.date)).bold())
                .add_run(Run::new().add_text(format!(" {}", note.text))));
        }
    }
}

/// A mandate's row of the table, with its id unless ids are hidden.
fn mandate_row(l: Lang, ids: bool, it: &Item) -> Vec<String> {
    let mut row = vec![para(&it.paragraph)];
    if ids {
        row.push(it.id.clone());
    }
    row.extend([
        it.actors.clone(),
        it.summary.clone(),
        it.deadline.clone().unwrap_or_default(),
        it.window.map(|w| w.to_string()).unwrap_or_default(),
        status_word(l, it.status),
        it.done.map(|d| d.to_string()).unwrap_or_default(),
    ]);
    row
}

fn deadline(l: Lang, it: &Item) -> String {
    deadline_and_window(l, it.deadline.as_deref().unwrap_or_default(), it.window)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_get_a_repeated_header_row_and_in_arabic_run_right_to_left() {
        let doc = b"<w:body><w:tbl><w:tblPr><w:tblW/></w:tblPr><w:tr><w:trPr /><w:tc/></w:tr><w:tr><w:tc/></w:tr></w:tbl><w:p/><w:tbl><w:tblPr></w:tblPr><w:tr><w:trPr><w:cantSplit/></w:trPr></w:tr></w:tbl></w:body>";
        let out = String::from_utf8(patch_tables(doc, true)).unwrap();
        assert_eq!(
            out,
            "<w:body><w:tbl><w:tblPr><w:bidiVisual /><w:tblW/></w:tblPr><w:tr><w:trPr><w:tblHeader /></w:trPr><w:tc/></w:tr><w:tr><w:tc/></w:tr></w:tbl><w:p/><w:tbl><w:tblPr><w:bidiVisual /></w:tblPr><w:tr><w:trPr><w:tblHeader /><w:cantSplit/></w:trPr></w:tr></w:tbl></w:body>"
        );
        let ltr = String::from_utf8(patch_tables(doc, false)).unwrap();
        assert!(!ltr.contains("bidiVisual"));
        assert_eq!(ltr.matches("<w:tblHeader />").count(), 2);
    }
}
