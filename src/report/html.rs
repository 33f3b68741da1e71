//! The report as one self-contained HTML page: inline CSS, a progress bar per resolution,
//! a deadline timeline drawn as inline SVG, print styles, no external asset of any kind.
//! maud writes the markup and escapes every interpolated value; data text sits in
//! `dir="auto"` elements so Arabic or Persian titles run right to left.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{
    Cover, Item, Report, Section, Tally, days_phrase, deadline_and_window, long_date, para, plural,
    source_url,
};
use crate::deadline::days_between;
use crate::model::{Status, Window};

/// The report as a complete HTML document.
pub fn render(report: &Report) -> String {
    let title = format!("Implementation report, {}", long_date(report.today));
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="oic-track";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { "Implementation report" }
                    p.asof {
                        "As of " time datetime=(report.today) { (long_date(report.today)) }
                        ". Each mandate is counted once, by its status on that day."
                    }
                }
                main {
                    @if let Some(cover) = &report.cover { (cover_section(cover)) }
                    @if report.sections.is_empty() {
                        p { "The folder holds no resolution yet." }
                    }
                    @for s in &report.sections { (section(s, report)) }
                }
                footer {
                    "Produced with oic-track from the resolution files, as of "
                    (report.today) "."
                }
            }
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

fn cover_section(cover: &Cover) -> Markup {
    html! {
        section.cover {
            h2 { "Summary" }
            (progress(&cover.total))
            p.tally { strong { "All resolutions: " } (cover.total.sentence()) "." }
            table.summary {
                thead { tr {
                    th { "Resolution" } th { "Adopted" } th.n { "Mandates" } th.n { "Done" }
                    th.n { "In progress" } th.n { "Overdue" } th.n { "Due soon" }
                    th.n { "Pending" } th.n { "Dropped" } th.n { "Share done" }
                } }
                tbody {
                    @for line in &cover.lines {
                        tr {
                            td dir="auto" { a href=(format!("#{}", line.id)) { (line.title) } }
                            td.nowrap { (line.adopted) }
                            (tally_cells(&line.tally))
                        }
                    }
                }
                tfoot { tr { th { "All resolutions" } td {} (tally_cells(&cover.total)) } }
            }
        }
    }
}

fn tally_cells(t: &Tally) -> Markup {
    html! {
        td.n { (t.total()) } td.n { (t.done) } td.n { (t.in_progress) } td.n { (t.overdue) }
        td.n { (t.due_soon) } td.n { (t.pending) } td.n { (t.dropped) }
        td.n { (t.share_done()) }
    }
}

fn section(s: &Section, report: &Report) -> Markup {
    html! {
        section.resolution id=(s.id) {
            h2 dir="auto" { (s.title) }
            dl.meta {
                dt { "Adopted by" } dd dir="auto" { (s.body) }
                @if let Some(session) = &s.session { dt { "Session" } dd dir="auto" { (session) } }
                dt { "Adopted on" } dd { time datetime=(s.adopted) { (long_date(s.adopted)) } }
                @if let Some(symbol) = &s.symbol { dt { "Symbol" } dd dir="auto" { (symbol) } }
                @if let Some(source) = &s.source {
                    dt { "Source" }
                    dd dir="auto" {
                        @if let Some(url) = source_url(source) { a href=(url) { (url) } }
                        @else { (source) }
                    }
                }
                dt { "Id" } dd { code { (s.id) } }
            }
            (progress(&s.tally))
            p.tally { strong { "Progress: " } (s.tally.sentence()) "." }
            (overdue(s))
            (upcoming(s))
            h3 { "Deadline timeline" }
            (timeline(s, report.today))
            (mandates(s))
            (details(s))
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
fn badge(status: Status) -> Markup {
    html! { span class=(format!("badge {}", class(status))) { (status.label()) } }
}

/// A stacked bar, one segment per status, with its figures in words for screen readers.
fn progress(t: &Tally) -> Markup {
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
        div.progress role="img" aria-label=(t.sentence()) {
            div.track {
                @for ((label, n), class) in t.parts().into_iter().zip(classes) {
                    @if n > 0 {
                        span class=(format!("seg {class}"))
                            style=(format!("width:{:.2}%", n as f64 * 100.0 / total as f64))
                            title=(format!("{n} {label}")) {}
                    }
                }
            }
            span.share { (t.share_done()) " done" }
        }
    }
}

fn overdue(s: &Section) -> Markup {
    html! {
        h3 { "Overdue" }
        @if s.overdue.is_empty() {
            p { "Nothing is overdue." }
        } @else {
            ul.callout {
                @for &i in &s.overdue {
                    @let it = &s.items[i];
                    li {
                        @if let Some(p) = &it.paragraph { (format!("¶{p} ")) }
                        strong dir="auto" { (it.summary) }
                        " (" bdi { (it.actors) } "): due " (deadline(it))
                        @if let Some(d) = it.days_left { "; " strong { (days_phrase(d)) } }
                        ". " code { (it.id) }
                    }
                }
            }
        }
    }
}

fn upcoming(s: &Section) -> Markup {
    html! {
        h3 { "Upcoming deadlines" }
        @if s.upcoming.is_empty() {
            p { "No open mandate has a deadline ahead." }
        } @else {
            table.upcoming {
                thead { tr {
                    th { "Window" } th.n { "Days left" } th { "¶" } th { "Mandate" }
                    th { "Actor" } th { "Summary" } th { "Status" }
                } }
                tbody {
                    @for &i in &s.upcoming {
                        @let it = &s.items[i];
                        tr {
                            td { (window(it)) }
                            td.n { (it.days_left.map(|d| d.to_string()).unwrap_or_default()) }
                            td.nowrap { (para(&it.paragraph)) }
                            td { code { (it.id) } }
                            td dir="auto" { (it.actors) }
                            td dir="auto" { (it.summary) }
                            td { (badge(it.status)) }
                        }
                    }
                }
            }
        }
    }
}

fn mandates(s: &Section) -> Markup {
    html! {
        h3 { "Mandates" }
        @if s.items.is_empty() {
            p { "This resolution records no mandate." }
        } @else {
            table.mandates {
                thead { tr {
                    th { "¶" } th { "Mandate" } th { "Actor" } th { "Summary" }
                    th { "Deadline" } th { "Window" } th { "Status" } th { "Done" }
                } }
                tbody {
                    @for it in &s.items {
                        tr.mandate data-address=(it.address) data-status=(class(it.status)) {
                            td.nowrap { (para(&it.paragraph)) }
                            td { code { (it.id) } }
                            td dir="auto" { (it.actors) }
                            td dir="auto" { (it.summary) }
                            td dir="auto" { (it.deadline.as_deref().unwrap_or("")) }
                            td { (window(it)) }
                            td { (badge(it.status)) }
                            td.nowrap { (it.done.map(|d| d.to_string()).unwrap_or_default()) }
                        }
                    }
                }
            }
        }
    }
}

fn details(s: &Section) -> Markup {
    html! {
        @if !s.items.is_empty() {
            h3 { "Mandates in detail" }
            @for it in &s.items {
                article.detail id=(it.address) {
                    h4 dir="auto" {
                        @if let Some(p) = &it.paragraph { (format!("¶{p} ")) }
                        (it.summary)
                    }
                    p.facts {
                        code { (it.address) } " · " bdi { (it.actors) } " · "
                        @if it.deadline.is_some() { "due " (deadline(it)) } @else { "no deadline" }
                        " · " (badge(it.status))
                        @if let Some(d) = it.done { " on " (d) }
                    }
                    @if let Some(text) = &it.text { blockquote dir="auto" { (text) } }
                    @if it.notes.is_empty() {
                        p.none { "No progress recorded." }
                    } @else {
                        ol.history {
                            @for note in &it.notes {
                                li {
                                    time datetime=(note.date) { (note.date) } " "
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

fn deadline(it: &Item) -> String {
    deadline_and_window(it.deadline.as_deref().unwrap_or_default(), it.window)
}

/// The window with each day kept whole; a long one may break at the ellipsis only.
fn window(it: &Item) -> Markup {
    html! {
        @if let Some(w) = it.window {
            span.nowrap { (w.earliest) }
            @if w.latest != w.earliest { " … " span.nowrap { (w.latest) } }
        }
    }
}

// The timeline's geometry, in SVG user units (the drawing scales to the page's width).
const WIDTH: f64 = 960.0;
const LABELS: f64 = 200.0;
const STATUS: f64 = 100.0;
const ROW: f64 = 22.0;
const TOP: f64 = 24.0;
const AXIS: f64 = 22.0;

/// Every mandate with a deadline as a bar over its window, coloured and labelled by
/// status, with the report's day and the adoption day marked.
fn timeline(s: &Section, today: jiff::civil::Date) -> Markup {
    let rows: Vec<(&Item, Window)> = s
        .items
        .iter()
        .filter_map(|it| it.window.map(|w| (it, w)))
        .collect();
    if rows.is_empty() {
        return html! { p { "No mandate of this resolution has a deadline." } };
    }
    let windows = rows.iter().map(|(_, w)| *w);
    let first = windows
        .clone()
        .map(|w| w.earliest)
        .chain([today, s.adopted])
        .min()
        .unwrap_or(today)
        .first_of_month();
    let last = windows
        .map(|w| w.latest)
        .chain([today, s.adopted])
        .max()
        .unwrap_or(today)
        .last_of_month()
        .tomorrow()
        .unwrap_or(today);
    let span = days_between(first, last).max(1) as f64;
    let plot = WIDTH - LABELS - STATUS;
    let x = |d: jiff::civil::Date| LABELS + days_between(first, d) as f64 / span * plot;
    let height = TOP + rows.len() as f64 * ROW + AXIS;
    let ticks = month_ticks(first, last);
    let label = format!(
        "Deadline windows of {} mandates, from {} to {}; today is {}",
        rows.len(),
        first,
        last.yesterday().unwrap_or(last),
        today
    );
    html! {
        figure.timeline {
            svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {height}"))
                role="img" aria-label=(label) {
                @for t in &ticks {
                    line.tick x1=(fmt(x(*t))) x2=(fmt(x(*t))) y1=(fmt(TOP - 4.0))
                        y2=(fmt(height - AXIS)) {}
                    text.axis x=(fmt(x(*t) + 3.0)) y=(fmt(height - 6.0)) {
                        (t.strftime("%b %Y"))
                    }
                }
                @for (n, (it, w)) in rows.iter().enumerate() {
                    @let y = TOP + n as f64 * ROW;
                    @let x0 = x(w.earliest);
                    @let x1 = x(w.latest.tomorrow().unwrap_or(w.latest)).max(x0 + 3.0);
                    g class=(format!("row {}", class(it.status))) {
                        title { (format!("{} {}: {} ({})", para(&it.paragraph), it.id, w, it.status.label())) }
                        text.label x=(fmt(LABELS - 8.0)) y=(fmt(y + 15.0)) text-anchor="end" {
                            (para(&it.paragraph)) " " (it.id)
                        }
                        rect.bar x=(fmt(x0)) y=(fmt(y + 4.0)) width=(fmt(x1 - x0))
                            height=(fmt(ROW - 8.0)) rx="2" {}
                        text.state x=(fmt(WIDTH - STATUS + 8.0)) y=(fmt(y + 15.0)) {
                            (it.status.label())
                        }
                    }
                }
                line.adopted x1=(fmt(x(s.adopted))) x2=(fmt(x(s.adopted))) y1=(fmt(TOP - 4.0))
                    y2=(fmt(height - AXIS)) {}
                line.today x1=(fmt(x(today))) x2=(fmt(x(today))) y1="4"
                    y2=(fmt(height - AXIS)) {}
                text.today x=(fmt(x(today) + 4.0)) y="14" { "today" }
            }
            figcaption {
                "Bars: each mandate's deadline window, coloured by status. Dashed line: "
                (long_date(today)) ", the day of this report. Dotted line: adoption, "
                (long_date(s.adopted)) ". " (rows.len()) " " (plural(rows.len(), "mandate"))
                " with a deadline."
            }
        }
    }
}

/// First days of months from `first` to before `end`, thinned to at most 12 ticks.
fn month_ticks(first: jiff::civil::Date, end: jiff::civil::Date) -> Vec<jiff::civil::Date> {
    let mut months = Vec::new();
    let mut d = first.first_of_month();
    while d < end {
        months.push(d);
        match d.last_of_month().tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    let step = months.len().div_ceil(12).max(1);
    months.into_iter().step_by(step).collect()
}

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
.asof { color: #475467; margin: 0; }
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
ul.callout { border-inline-start: 4px solid var(--overdue); background: #fef3f2; padding: .5em .5em .5em 2em; }
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
footer { margin-top: 2em; padding-top: .6em; border-top: 1px solid var(--rule); color: #667085; font-size: .85em; }
@media print {
  @page { margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .badge, .progress, .seg, figure.timeline svg, ul.callout { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.resolution { break-before: page; }
  tr, article.detail, figure { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn month_ticks_thin_out_over_long_spans() {
        let short = month_ticks(date(2023, 7, 1), date(2024, 1, 1));
        assert_eq!(short.len(), 6);
        assert_eq!(short[0], date(2023, 7, 1));
        let long = month_ticks(date(2023, 1, 1), date(2026, 1, 1));
        assert!(long.len() <= 12, "{long:?}");
        assert_eq!(long[1], date(2023, 4, 1));
    }
}
