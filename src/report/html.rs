//! The report as one self-contained HTML page: inline CSS, a progress bar per resolution,
//! a deadline timeline drawn as inline SVG, print and phone styles, no external asset of
//! any kind (a logo is embedded as a `data:` URI). maud writes the markup and escapes every
//! interpolated value; data text sits in `dir="auto"` elements so Arabic or Persian titles
//! run right to left, and ids and ISO days sit in `dir="ltr"` elements, isolated, so they
//! stay whole inside an Arabic page.

use jiff::civil::Date;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{
    Cover, Item, Report, Section, TALLY_COLUMNS, Tally, days_phrase, deadline_and_window, mandates,
    para, source_url, status_word,
};
use crate::deadline::days_between;
use crate::i18n::{Arg, Lang};
use crate::model::{Status, Window};

/// The report as a complete HTML document.
pub fn render(report: &Report) -> String {
    let l = report.lang;
    let look = &report.look;
    let heading = look.title.clone().unwrap_or_else(|| l.t("report-title"));
    let title = l.t_args(
        "html-title",
        &[
            ("title", Arg::Str(&heading)),
            ("date", Arg::Str(&l.long_date(report.today))),
        ],
    );
    let page = html! {
        (DOCTYPE)
        html lang=(l.code()) dir=(l.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="oic-track";
                title { (title) }
                style { (PreEscaped(CSS)) (PreEscaped(page_css(l))) }
            }
            body {
                header {
                    @if let Some(logo) = &look.logo {
                        img.logo src=(logo) alt=(look.organisation.as_deref().unwrap_or(""));
                    }
                    @if let Some(org) = &look.organisation { p.org dir="auto" { (org) } }
                    h1 dir="auto" { (heading) }
                    @if let Some(sub) = &look.subtitle { p.subtitle dir="auto" { (sub) } }
                    p.asof {
                        (l.t_args("as-of", &[("date", Arg::Str(&l.long_date(report.today)))]))
                    }
                    @if !report.selection.is_empty() {
                        p.selection {
                            (l.t_args("selection", &[("what", Arg::Str(&report.selection.join(&l.t("list-separator"))))]))
                        }
                    }
                }
                main {
                    (left_out(report))
                    @if let Some(cover) = &report.cover { (cover_section(report, cover)) }
                    @if report.sections.is_empty() {
                        p { (l.t(if report.selection.is_empty() { "folder-empty" } else { "nothing-selected" })) }
                    }
                    @for s in &report.sections { (section(s, report)) }
                }
                footer {
                    @if let Some(text) = &look.footer { p dir="auto" { (text) } }
                    p { (l.t_args("produced", &[("date", Arg::Str(&l.long_date(report.today)))])) }
                }
            }
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

/// The print rules that depend on the language: "page 2 of 5" in the page's bottom
/// margin, in the language's words and digits.
fn page_css(l: Lang) -> String {
    let words = l.t_args(
        "page-of",
        &[("page", Arg::Str("\u{1}")), ("pages", Arg::Str("\u{2}"))],
    );
    let style = if l == Lang::Ar { ", arabic-indic" } else { "" };
    let mut content = String::new();
    for (i, part) in words.split(['\u{1}', '\u{2}']).enumerate() {
        if i > 0 {
            let counter = if i == 1 { "page" } else { "pages" };
            content.push_str(&format!(" counter({counter}{style}) "));
        }
        if !part.is_empty() {
            content.push_str(&format!("\"{}\"", part.replace('"', "\\\"")));
        }
    }
    format!(
        "@page {{ size: A4; margin: 16mm 14mm 18mm; @bottom-center {{ content: {content}; font: 9pt system-ui, sans-serif; color: #475467; }} }}\n"
    )
}

/// An id or an ISO day: left to right and isolated, so it stays whole in Arabic.
fn ltr(text: &str) -> Markup {
    html! { span.ltr dir="ltr" { (text) } }
}

/// The box that says the report is partial, naming each file left out and why.
fn left_out(report: &Report) -> Markup {
    let l = report.lang;
    html! {
        @if !report.left_out.is_empty() {
            aside.partial role="alert" {
                p { strong { (l.t("incomplete-title")) } " " (l.t("incomplete-body")) }
                ul {
                    @for f in &report.left_out {
                        li { code dir="ltr" { (f.file) } ": " span dir="ltr" { (f.problems.join("; ")) } }
                    }
                }
            }
        }
    }
}

/// A header cell, its words also given to the row's cells as `data-label` for the phone
/// layout, where each row becomes a card of label: value lines.
fn th(l: Lang, key: &str, numeric: bool) -> Markup {
    html! { th class=[numeric.then_some("n")] { (l.t(key)) } }
}

fn cover_section(report: &Report, cover: &Cover) -> Markup {
    let l = report.lang;
    html! {
        section.cover {
            h2 { (l.t("summary")) }
            (progress(l, &cover.total))
            p.tally {
                strong { (l.t_args("label", &[("label", Arg::Str(&l.t("all-resolutions")))])) }
                " " (cover.total.sentence(l)) "."
            }
            table.summary.cards {
                thead { tr {
                    (th(l, "col-resolution", false)) (th(l, "col-adopted", false))
                    @for k in TALLY_COLUMNS { (th(l, k, true)) }
                } }
                tbody {
                    @for line in &cover.lines {
                        tr {
                            td.head dir="auto" data-label=(l.t("col-resolution")) {
                                a href=(format!("#{}", line.id)) { (line.title) }
                            }
                            td.nowrap data-label=(l.t("col-adopted")) { (ltr(&line.adopted.to_string())) }
                            (tally_cells(l, &line.tally))
                        }
                    }
                }
                tfoot { tr {
                    th.head { (l.t("all-resolutions")) } td.empty {}
                    (tally_cells(l, &cover.total))
                } }
            }
        }
    }
}

fn tally_cells(l: Lang, t: &Tally) -> Markup {
    html! {
        @for (key, cell) in TALLY_COLUMNS.iter().zip(t.cells(l)) {
            td.n data-label=(l.t(key)) { (cell) }
        }
    }
}

fn section(s: &Section, report: &Report) -> Markup {
    let l = report.lang;
    html! {
        section.resolution id=(s.id) {
            h2 dir="auto" { (s.title) }
            dl.meta {
                dt { (l.t("adopted-by")) } dd dir="auto" { (s.body) }
                @if let Some(session) = &s.session { dt { (l.t("session")) } dd dir="auto" { (session) } }
                dt { (l.t("adopted-on")) } dd { time datetime=(s.adopted) { (l.long_date(s.adopted)) } }
                @if let Some(symbol) = &s.symbol { dt { (l.t("symbol")) } dd dir="auto" { (symbol) } }
                @if let Some(source) = &s.source {
                    dt { (l.t("source")) }
                    dd dir="auto" {
                        @if let Some(url) = source_url(source) { a href=(url) dir="ltr" { (url) } }
                        @else { (source) }
                    }
                }
                @if !report.hide_ids { dt { (l.t("id")) } dd { code dir="ltr" { (s.id) } } }
            }
            (progress(l, &s.tally))
            p.tally {
                strong { (l.t_args("label", &[("label", Arg::Str(&l.t("progress")))])) }
                " " (s.tally.sentence(l)) "."
            }
            (overdue(report, s))
            (upcoming(report, s))
            h3 { (l.t("heading-timeline")) }
            (timeline(report, s))
            (mandates_table(report, s))
            (details(report, s))
        }
    }
}

/// The status as a class name: its JSON name, done late told apart.
fn class(status: Status) -> &'static str {
    match status {
        Status::Done { late: true } => "done-late",
        s => s.as_str(),
    }
}

/// The status as a coloured badge that says it in words too.
fn badge(l: Lang, status: Status) -> Markup {
    html! { span class=(format!("badge {}", class(status))) { (status_word(l, status)) } }
}

/// A stacked bar, one segment per status, with its figures in words for screen readers.
/// In an Arabic page the bar fills from the right, as the text runs.
fn progress(l: Lang, t: &Tally) -> Markup {
    let total = t.total();
    let classes = [
        "done",
        "in-progress",
        "overdue",
        "due-soon",
        "pending",
        "dropped",
    ];
    html! {
        div.progress role="img" aria-label=(t.sentence(l)) {
            div.track {
                @for ((status, n), class) in t.parts().into_iter().zip(classes) {
                    @if n > 0 {
                        span class=(format!("seg {class}"))
                            style=(format!("width:{:.2}%", n as f64 * 100.0 / total as f64))
                            title=(l.t_args("tally-part", &[("n", Arg::Num(n as i64)), ("kind", Arg::Str(status.as_str())), ("status", Arg::Str(&status_word(l, status)))])) {}
                    }
                }
            }
            span.share {
                @match t.percent_done() {
                    Some(p) => (l.t_args("share-done", &[("share", Arg::Str(&l.percent(p)))])),
                    None => "—",
                }
            }
        }
    }
}

fn overdue(report: &Report, s: &Section) -> Markup {
    let l = report.lang;
    html! {
        h3 { (l.t("heading-overdue")) }
        @if s.overdue.is_empty() {
            p { (l.t("nothing-overdue")) }
        } @else {
            ul.callout {
                @for &i in &s.overdue {
                    @let it = &s.items[i];
                    li {
                        @if let Some(p) = &it.paragraph { (format!("¶{p} ")) }
                        strong dir="auto" { (it.summary) }
                        " (" bdi { (it.actors) } "): "
                        (l.t_args("due", &[("deadline", Arg::Str(&deadline(l, it)))]))
                        @if let Some(d) = it.days_left { (l.t("clause-separator")) strong { (days_phrase(l, d)) } }
                        "."
                        @if !report.hide_ids { " " code dir="ltr" { (it.id) } }
                    }
                }
            }
        }
    }
}

fn upcoming(report: &Report, s: &Section) -> Markup {
    let l = report.lang;
    let ids = !report.hide_ids;
    html! {
        h3 { (l.t("heading-upcoming")) }
        @if s.upcoming.is_empty() {
            p { (l.t("nothing-upcoming")) }
        } @else {
            table.upcoming.cards {
                thead { tr {
                    (th(l, "col-window", false)) (th(l, "col-days-left", true))
                    (th(l, "col-paragraph", false))
                    @if ids { (th(l, "col-mandate", false)) }
                    (th(l, "col-actor", false)) (th(l, "col-summary", false)) (th(l, "col-status", false))
                } }
                tbody {
                    @for &i in &s.upcoming {
                        @let it = &s.items[i];
                        tr {
                            td data-label=(l.t("col-window")) { (window(it)) }
                            td.n data-label=(l.t("col-days-left")) { (it.days_left.map(|d| l.num(d)).unwrap_or_default()) }
                            td.nowrap data-label=(l.t("col-paragraph")) { (para(&it.paragraph)) }
                            @if ids { td data-label=(l.t("col-mandate")) { code dir="ltr" { (it.id) } } }
                            td dir="auto" data-label=(l.t("col-actor")) { (it.actors) }
                            td.head dir="auto" data-label=(l.t("col-summary")) { (it.summary) }
                            td data-label=(l.t("col-status")) { (badge(l, it.status)) }
                        }
                    }
                }
            }
        }
    }
}

fn mandates_table(report: &Report, s: &Section) -> Markup {
    let l = report.lang;
    let ids = !report.hide_ids;
    html! {
        h3 { (l.t("heading-mandates")) }
        @if s.items.is_empty() {
            p { (l.t("no-mandates")) }
        } @else {
            table.mandates.cards {
                thead { tr {
                    (th(l, "col-paragraph", false))
                    @if ids { (th(l, "col-mandate", false)) }
                    (th(l, "col-actor", false)) (th(l, "col-summary", false))
                    (th(l, "col-deadline", false)) (th(l, "col-window", false))
                    (th(l, "col-status", false)) (th(l, "col-done-on", false))
                } }
                tbody {
                    @for it in &s.items {
                        tr.mandate data-address=(it.address) data-status=(class(it.status)) {
                            td.nowrap data-label=(l.t("col-paragraph")) { (para(&it.paragraph)) }
                            @if ids { td data-label=(l.t("col-mandate")) { code dir="ltr" { (it.id) } } }
                            td dir="auto" data-label=(l.t("col-actor")) { (it.actors) }
                            td.head dir="auto" data-label=(l.t("col-summary")) { (it.summary) }
                            td dir="auto" data-label=(l.t("col-deadline")) { (it.deadline.as_deref().unwrap_or("")) }
                            td data-label=(l.t("col-window")) { (window(it)) }
                            td data-label=(l.t("col-status")) { (badge(l, it.status)) }
                            td.nowrap data-label=(l.t("col-done-on")) {
                                @if let Some(d) = it.done { (ltr(&d.to_string())) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn details(report: &Report, s: &Section) -> Markup {
    let l = report.lang;
    html! {
        @if !s.items.is_empty() {
            h3 { (l.t("heading-details")) }
            @for it in &s.items {
                article.detail id=(it.address) {
                    h4 dir="auto" {
                        @if let Some(p) = &it.paragraph { (format!("¶{p} ")) }
                        (it.summary)
                    }
                    p.facts {
                        @if !report.hide_ids { code dir="ltr" { (it.address) } " · " }
                        bdi { (it.actors) } " · "
                        @if it.deadline.is_some() {
                            (l.t_args("due", &[("deadline", Arg::Str(&deadline(l, it)))]))
                        } @else { (l.t("no-deadline")) }
                        " · " (badge(l, it.status))
                        @if let Some(d) = it.done { " " (l.t_args("done-on", &[("date", Arg::Str(&l.long_date(d)))])) }
                    }
                    @if let Some(text) = &it.text { blockquote dir="auto" { (text) } }
                    @if it.notes.is_empty() {
                        p.none { (l.t("no-progress")) }
                    } @else {
                        ol.history {
                            @for note in &it.notes {
                                li {
                                    time datetime=(note.date) { (l.long_date(note.date)) } " "
                                    bdi { (note.text) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn deadline(l: Lang, it: &Item) -> String {
    deadline_and_window(l, it.deadline.as_deref().unwrap_or_default(), it.window)
}

/// The window with each day kept whole; a long one may break at the ellipsis only.
fn window(it: &Item) -> Markup {
    html! {
        @if let Some(w) = it.window {
            span.nowrap dir="ltr" {
                (w.earliest)
                @if w.latest != w.earliest { " … " (w.latest) }
            }
        }
    }
}

// The timeline's geometry, in SVG user units (the drawing scales to the page's width).
const WIDTH: f64 = 960.0;
/// The gutter for the labels: wide enough for about 36 characters; a longer label is cut
/// with an ellipsis, its full text in the row's `<title>` (a tooltip, read by screen
/// readers) and in the list that replaces the drawing on a phone.
const LABELS: f64 = 250.0;
const STATUS: f64 = 120.0;
/// The width over which time runs, between the labels and the statuses.
const PLOT: f64 = WIDTH - LABELS - STATUS;
const ROW: f64 = 22.0;
const TOP: f64 = 24.0;
const AXIS: f64 = 22.0;
/// The width of a character of the labels' 11-unit font, generously (monospace is 0.6 em).
const CHAR: f64 = 6.8;
/// The most characters a label shows.
const LABEL_CHARS: usize = ((LABELS - 16.0) / CHAR) as usize;

/// Every mandate with a deadline as a bar over its window, coloured and labelled by
/// status, with the report's day and the adoption day marked; in an Arabic page time runs
/// from right to left, as the text does. On a phone a list of the same windows replaces
/// the drawing (CSS), which would shrink to unreadable text.
fn timeline(report: &Report, s: &Section) -> Markup {
    let l = report.lang;
    let rows: Vec<(&Item, Window)> = s
        .items
        .iter()
        .filter_map(|it| it.window.map(|w| (it, w)))
        .collect();
    if rows.is_empty() {
        return html! { p { (l.t("timeline-none")) } };
    }
    let axis = Axis::new(&rows, report.today, s.adopted, l.is_rtl());
    html! {
        figure.timeline {
            (drawing(report, s, &rows, &axis))
            ol.timeline-list aria-label=(l.t("timeline-list")) {
                @for (it, w) in &rows {
                    li {
                        (window_item(*w))
                        " " (badge(l, it.status)) " "
                        span dir="auto" { (row_label(report, it).1) }
                    }
                }
            }
            figcaption {
                (l.t_args("timeline-caption", &[
                    ("today", Arg::Str(&l.long_date(report.today))),
                    ("adopted", Arg::Str(&l.long_date(s.adopted))),
                    ("mandates", Arg::Str(&mandates(l, rows.len()))),
                ]))
            }
        }
    }
}

/// The timeline's time axis: whole months from `first` to before `last`, over the plot
/// between the labels and the statuses.
struct Axis {
    first: Date,
    last: Date,
    span: f64,
    rtl: bool,
}

impl Axis {
    /// The months that hold every window, the report's day and the adoption day.
    fn new(rows: &[(&Item, Window)], today: Date, adopted: Date, rtl: bool) -> Axis {
        let windows = rows.iter().map(|(_, w)| *w);
        let first = windows
            .clone()
            .map(|w| w.earliest)
            .chain([today, adopted])
            .min()
            .unwrap_or(today)
            .first_of_month();
        let last = windows
            .map(|w| w.latest)
            .chain([today, adopted])
            .max()
            .unwrap_or(today)
            .last_of_month()
            .tomorrow()
            .unwrap_or(today);
        let span = days_between(first, last).max(1) as f64;
        Axis {
            first,
            last,
            span,
            rtl,
        }
    }

    /// Mirrored in Arabic: labels on the right, statuses on the left, time running leftwards.
    fn mx(&self, x: f64) -> f64 {
        if self.rtl { WIDTH - x } else { x }
    }

    fn x(&self, d: Date) -> f64 {
        self.mx(LABELS + days_between(self.first, d) as f64 / self.span * PLOT)
    }

    /// The SVG anchors of text that starts and ends at a point, in reading order.
    fn anchors(&self) -> (&'static str, &'static str) {
        if self.rtl {
            ("start", "end")
        } else {
            ("end", "start")
        }
    }

    /// How far a label sits from its line, towards later days.
    fn dx(&self) -> f64 {
        if self.rtl { -3.0 } else { 3.0 }
    }
}

/// The SVG drawing: the month ticks, a bar per mandate, the adoption day and today.
fn drawing(report: &Report, s: &Section, rows: &[(&Item, Window)], axis: &Axis) -> Markup {
    let (l, today) = (report.lang, report.today);
    let height = TOP + rows.len() as f64 * ROW + AXIS;
    let ticks = month_ticks(axis.first, axis.last, PLOT, l);
    let (start, _) = axis.anchors();
    let dx = axis.dx();
    let x = |d: Date| axis.x(d);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {height}"))
            role="img" aria-label=(drawing_label(report, rows.len(), axis)) {
            @for (t, words) in &ticks {
                line.tick x1=(fmt(x(*t))) x2=(fmt(x(*t))) y1=(fmt(TOP - 4.0))
                    y2=(fmt(height - AXIS)) {}
                text.axis x=(fmt(x(*t) + dx)) y=(fmt(height - 6.0)) text-anchor=(start) {
                    (words)
                }
            }
            @for (n, (it, w)) in rows.iter().enumerate() {
                (bar(report, TOP + n as f64 * ROW, it, *w, axis))
            }
            line.adopted x1=(fmt(x(s.adopted))) x2=(fmt(x(s.adopted))) y1=(fmt(TOP - 4.0))
                y2=(fmt(height - AXIS)) {}
            line.today x1=(fmt(x(today))) x2=(fmt(x(today))) y1="4"
                y2=(fmt(height - AXIS)) {}
            text.today x=(fmt(x(today) + dx + dx / 3.0)) y="14" text-anchor=(start) { (l.t("timeline-today")) }
        }
    }
}

/// What a screen reader says of the drawing: how many mandates, over which days.
fn drawing_label(report: &Report, rows: usize, axis: &Axis) -> String {
    let l = report.lang;
    let last = axis.last.yesterday().unwrap_or(axis.last);
    l.t_args(
        "timeline-aria",
        &[
            ("mandates", Arg::Str(&mandates(l, rows))),
            ("from", Arg::Str(&l.long_date(axis.first))),
            ("to", Arg::Str(&l.long_date(last))),
            ("today", Arg::Str(&l.long_date(report.today))),
        ],
    )
}

/// One mandate's row at height `y`: its label, its window as a bar, its status.
fn bar(report: &Report, y: f64, it: &Item, w: Window, axis: &Axis) -> Markup {
    let l = report.lang;
    let (start, end) = axis.anchors();
    let xa = axis.x(w.earliest);
    let xb = axis.x(w.latest.tomorrow().unwrap_or(w.latest));
    let (x0, x1) = (xa.min(xb), xa.max(xb).max(xa.min(xb) + 3.0));
    let (shown, full) = row_label(report, it);
    html! {
        g class=(format!("row {}", class(it.status))) {
            title { (format!("{full}: {} ({})", w, status_word(l, it.status))) }
            text.label x=(fmt(axis.mx(LABELS - 8.0))) y=(fmt(y + 15.0)) text-anchor=(end) {
                (shown)
            }
            rect.bar x=(fmt(x0)) y=(fmt(y + 4.0)) width=(fmt(x1 - x0))
                height=(fmt(ROW - 8.0)) rx="2" {}
            text.state x=(fmt(axis.mx(WIDTH - STATUS + 8.0))) y=(fmt(y + 15.0)) text-anchor=(start) {
                (status_word(l, it.status))
            }
        }
    }
}

/// A row's label as shown (cut to fit the gutter) and whole.
fn row_label(report: &Report, it: &Item) -> (String, String) {
    let name = if report.hide_ids { &it.summary } else { &it.id };
    let full = format!("{} {}", para(&it.paragraph), name)
        .trim()
        .to_string();
    (cut(&full, LABEL_CHARS), full)
}

fn window_item(w: Window) -> Markup {
    html! {
        span.nowrap dir="ltr" {
            (w.earliest)
            @if w.latest != w.earliest { " … " (w.latest) }
        }
    }
}

/// `text` cut to `max` characters, the last one an ellipsis when anything was cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The month ticks of the axis from `first` to before `end`, thinned so that no two labels
/// can overlap over a plot `plot` units wide: every 1, 2, 3, 6 or 12 months (ticks of one
/// step line up on January, April, July …), then every few years. A tick of a year or
/// more is labelled by the year alone. The labels are in `lang`.
fn month_ticks(
    first: jiff::civil::Date,
    end: jiff::civil::Date,
    plot: f64,
    lang: Lang,
) -> Vec<(jiff::civil::Date, String)> {
    let mut months = Vec::new();
    let mut d = first.first_of_month();
    while d < end {
        months.push(d);
        match d.last_of_month().tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    let span = days_between(first, end).max(1) as f64;
    // The narrowest gap between ticks `step` months apart (28-day months), in plot units,
    // against the widest label of that step plus a margin.
    let fits = |step: usize| {
        let widest = if step >= 12 { 4.0 } else { 10.0 };
        step as f64 * 28.0 / span * plot >= widest * AXIS_CHAR + 10.0
    };
    let step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600]
        .into_iter()
        .find(|&step| fits(step))
        .unwrap_or(1200);
    let index = |d: jiff::civil::Date| i64::from(d.year()) * 12 + i64::from(d.month()) - 1;
    months
        .into_iter()
        .filter(|d| index(*d) % step as i64 == 0)
        .map(|d| {
            let words = if step >= 12 {
                lang.num(i64::from(d.year()))
            } else {
                lang.month_year(d)
            };
            (d, words)
        })
        .collect()
}

/// The width of a character of the axis labels' 11-unit font, generously.
const AXIS_CHAR: f64 = 6.5;

/// A coordinate with one decimal: enough for a screen, stable across machines.
fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

const CSS: &str = r#"
:root { --overdue:#b42318; --due-soon:#b54708; --in-progress:#175cd3; --pending:#667085;
  --done:#067647; --done-late:#8a6d00; --dropped:#98a2b3; --ink:#1d2939; --rule:#d0d5dd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif;
  color: var(--ink); max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.8em; margin: 0 0 .2em; }
h2 { font-size: 1.35em; margin: 1.6em 0 .4em; padding-top: .6em; border-top: 2px solid var(--ink); }
h3 { font-size: 1.05em; margin: 1.4em 0 .4em; text-transform: uppercase; letter-spacing: .04em; }
h4 { font-size: 1em; margin: 0 0 .2em; }
.asof, .subtitle, .selection { color: #475467; margin: 0; }
.subtitle { font-size: 1.15em; margin-bottom: .3em; }
.org { font-weight: 600; margin: 0 0 .3em; letter-spacing: .02em; }
img.logo { display: block; max-height: 72px; max-width: 240px; margin-bottom: .5em; }
.ltr { unicode-bidi: isolate; }
td, th, li, dd, p { overflow-wrap: break-word; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .5em 0 1em; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: .92em; }
th, td { border-bottom: 1px solid var(--rule); padding: .35em .5em; text-align: start; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
tfoot th, tfoot td { border-top: 2px solid var(--ink); font-weight: 600; }
.n { text-align: end; font-variant-numeric: tabular-nums; }
table.mandates td:nth-child(4), table.upcoming td:nth-child(6) { min-width: 12em; }
.nowrap { white-space: nowrap; }
code { font: .9em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
td code { white-space: nowrap; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 1em; font-size: .85em; font-weight: 600;
  white-space: nowrap; color: #fff; background: var(--pending); }
.badge.overdue { background: var(--overdue); } .badge.due-soon { background: var(--due-soon); }
.badge.in-progress { background: var(--in-progress); } .badge.done { background: var(--done); }
.badge.done-late { background: var(--done-late); } .badge.dropped { background: var(--dropped); color: var(--ink); }
.progress { display: flex; align-items: center; gap: .8em; margin: .6em 0 .2em; }
.progress .track { flex: 1; display: flex; height: 14px; border-radius: 7px; overflow: hidden;
  background: #eaecf0; border: 1px solid var(--rule); }
.progress .seg { display: block; height: 100%; }
.progress .share { font-weight: 700; min-width: 6em; text-align: end; }
.seg.done { background: var(--done); } .seg.in-progress { background: var(--in-progress); }
.seg.overdue { background: var(--overdue); } .seg.due-soon { background: var(--due-soon); }
.seg.pending { background: #c4cad4; } .seg.dropped { background: repeating-linear-gradient(45deg, #d0d5dd 0 4px, #f2f4f7 4px 8px); }
.tally { margin: .2em 0 1em; }
ul.callout { border-inline-start: 4px solid var(--overdue); background: #fef3f2; padding-block: .5em;
  padding-inline: 2em .5em; }
figure.timeline { margin: .4em 0 1em; }
figure.timeline svg { width: 100%; height: auto; font: 12px system-ui, sans-serif; }
figcaption { font-size: .85em; color: #475467; }
.tick { stroke: #eaecf0; } .axis { fill: #475467; font-size: 11px; }
.label { fill: var(--ink); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; }
.row .bar { fill: var(--pending); } .row.overdue .bar { fill: var(--overdue); }
.row.due-soon .bar { fill: var(--due-soon); } .row.in-progress .bar { fill: var(--in-progress); }
.row.done .bar { fill: var(--done); } .row.done-late .bar { fill: var(--done-late); }
.row.dropped .bar { fill: var(--dropped); }
.row .state { font-weight: 600; fill: var(--pending); } .row.overdue .state { fill: var(--overdue); }
.row.due-soon .state { fill: var(--due-soon); } .row.in-progress .state { fill: var(--in-progress); }
.row.done .state { fill: var(--done); } .row.done-late .state { fill: var(--done-late); }
line.today { stroke: var(--overdue); stroke-width: 1.5; stroke-dasharray: 5 3; }
text.today { fill: var(--overdue); font-weight: 600; font-size: 11px; }
line.adopted { stroke: var(--ink); stroke-dasharray: 1 3; }
article.detail { border-top: 1px solid var(--rule); padding: .6em 0; }
.facts { margin: .2em 0; font-size: .92em; }
blockquote { margin: .4em 0; padding: .2em 1em; border-inline-start: 3px solid var(--rule);
  color: #344054; white-space: pre-line; }
ol.history { margin: .3em 0; padding-inline-start: 1.4em; }
ol.history time { font-weight: 600; font-variant-numeric: tabular-nums; }
.none { color: #667085; font-style: italic; margin: .2em 0; }
aside.partial { border: 3px solid var(--overdue); background: #fef3f2; padding: .6em 1em; margin: 1em 0; }
aside.partial ul { margin: .3em 0; }
footer { margin-top: 2em; padding-top: .6em; border-top: 1px solid var(--rule); color: #667085; font-size: .85em; }
ol.timeline-list { display: none; margin: .4em 0; padding-inline-start: 1.4em; }
ol.timeline-list li { margin: .2em 0; }
thead { display: table-header-group; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .badge, .progress, .seg, figure.timeline svg, ul.callout, aside.partial { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* Each resolution starts a page, but the first follows the summary on page 1 rather
     than leave it mostly empty. */
  section.resolution { break-before: page; }
  section.cover + section.resolution { break-before: auto; }
  tr, article.detail, figure, .progress { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
/* A phone: no table wider than the screen. Each row becomes a card of "label: value"
   lines; the timeline gives way to a list of the same windows. */
@media screen and (max-width: 640px) {
  body { padding: 12px; font-size: 15px; }
  h1 { font-size: 1.45em; }
  table.cards, table.cards thead, table.cards tbody, table.cards tfoot, table.cards tr,
  table.cards td, table.cards th { display: block; width: auto; }
  table.cards thead { display: none; }
  table.cards tr { border: 1px solid var(--rule); border-radius: 6px; padding: .3em .6em; margin: 0 0 .6em; }
  table.cards td, table.cards th { border: 0; padding: .1em 0; text-align: start; min-width: 0 !important; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: #475467; }
  html[lang="fr"] table.cards td[data-label]::before { content: attr(data-label) "\a0: "; }
  table.cards td.head { font-weight: 600; }
  table.cards td.head::before, table.cards td.empty { display: none; }
  td code, .nowrap { white-space: normal; }
  td, th, li, dd, p, code { overflow-wrap: anywhere; }
  dl.meta { grid-template-columns: 1fr; }
  dl.meta dd { margin-bottom: .3em; }
  figure.timeline svg { display: none; }
  ol.timeline-list { display: block; }
  .progress .share { min-width: 0; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const PLOT: f64 = WIDTH - LABELS - STATUS;

    /// Over any span from a month to ten years, the axis labels never overlap: the
    /// space between two ticks holds the longer label, in each language.
    #[test]
    fn month_labels_never_overlap_from_one_month_to_ten_years() {
        for lang in crate::i18n::ALL {
            for months in 1..=120 {
                let first = date(2023, 7, 1);
                let end = first.checked_add(jiff::Span::new().months(months)).unwrap();
                let span = days_between(first, end) as f64;
                let ticks = month_ticks(first, end, PLOT, lang);
                assert!(!ticks.is_empty(), "{months} months");
                for pair in ticks.windows(2) {
                    let gap = days_between(pair[0].0, pair[1].0) as f64 / span * PLOT;
                    let need = pair[0].1.chars().count() as f64 * AXIS_CHAR;
                    assert!(
                        gap >= need,
                        "{months} months, {lang:?}: {pair:?} {gap} < {need}"
                    );
                }
            }
        }
    }

    #[test]
    fn short_spans_tick_every_month_and_long_ones_by_years() {
        let short = month_ticks(date(2023, 7, 1), date(2024, 1, 1), PLOT, Lang::En);
        assert_eq!(short.len(), 6);
        assert_eq!(short[0], (date(2023, 7, 1), "Jul 2023".to_string()));
        let long = month_ticks(date(2023, 1, 1), date(2033, 1, 1), PLOT, Lang::Fr);
        assert!(long.len() <= 10, "{long:?}");
        assert_eq!(long[0].1, "2023");
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(cut("abc", 3), "abc");
        assert_eq!(cut("abcd", 3), "ab…");
        const { assert!(LABEL_CHARS >= 30) };
    }

    #[test]
    fn the_page_number_says_page_x_of_y_in_the_language() {
        assert!(
            page_css(Lang::En).contains(r#"content: "page " counter(page) " of " counter(pages)"#)
        );
        assert!(page_css(Lang::Fr).contains(r#""page " counter(page) " sur " counter(pages)"#));
        assert!(page_css(Lang::Ar).contains(
            r#""الصفحة " counter(page, arabic-indic) " من " counter(pages, arabic-indic)"#
        ));
    }
}
