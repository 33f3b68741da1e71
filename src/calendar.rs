//! Open deadlines as an iCalendar feed (RFC 5545): one all-day VEVENT per open mandate
//! with a deadline, spanning its window. The `icalendar` crate writes the lines, escapes
//! TEXT values and folds long lines; this module decides what goes in them.
//!
//! VEVENT rather than VTODO: the feed is meant to be subscribed to, and the calendar apps
//! people subscribe with (Google Calendar, Outlook, Apple Calendar) show a subscribed
//! feed's events but drop its to-dos. The window's earliest day is DTSTART; its latest day
//! is the last day the event covers (DTEND, being exclusive for all-day events, is the
//! day after).

use icalendar::{Calendar, Component, Event, EventLike, Property};
use jiff::civil::Date;

use crate::model::Folder;
use crate::output;
use crate::report::{clean, deadline_and_window, deadline_phrase};
use crate::view::Row;

/// `PRODID`: who made the feed, fixed so that the same data gives the same bytes.
pub const PRODID: &str = "-//oic-track//oic-track//EN";

/// The calendar's display name in the apps that subscribe to it.
pub const NAME: &str = "oic-track deadlines";

/// How often subscribers should fetch the feed again.
pub const REFRESH: &str = "PT12H";

/// The feed for `rows` (the open mandates with a deadline are taken; others are skipped),
/// stamped with `today` so that the output depends on the data and that day only.
pub fn render(folder: &Folder, rows: &[Row<'_>], today: Date) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(NAME)
        .append_property(
            Property::new("REFRESH-INTERVAL", REFRESH)
                .add_parameter("VALUE", "DURATION")
                .done(),
        )
        .append_property(Property::new("X-PUBLISHED-TTL", REFRESH));
    let mut open: Vec<&Row<'_>> = rows
        .iter()
        .filter(|r| r.state().is_open() && r.window.is_some())
        .collect();
    open.sort_by_cached_key(|r| (r.window, r.address()));
    for row in open {
        cal.push(event(folder, row, today));
    }
    cal.to_string()
}

fn event(folder: &Folder, row: &Row<'_>, today: Date) -> Event {
    let m = row.mandate;
    let w = row.window.expect("only rows with a window are given");
    let actors = text(&output::actors(&m.actor));
    let mut e = Event::new();
    e.uid(&uid(row))
        .timestamp(stamp(today))
        .starts(naive(w.earliest))
        .ends(naive(w.latest.tomorrow().unwrap_or(w.latest)))
        .summary(&format!("{} ({actors})", text(&m.summary)))
        .description(&description(folder, row, today))
        .add_property("TRANSP", "TRANSPARENT");
    let tags: Vec<String> = row
        .resolution
        .tags
        .iter()
        .chain(&m.tags)
        .map(|t| text(t))
        .collect();
    if !tags.is_empty() {
        e.categories(tags);
    }
    e.done()
}

/// `RESOLUTION/MANDATE@oic-track`: stable, so a calendar updates an event in place when
/// its deadline moves instead of adding a second one.
pub fn uid(row: &Row<'_>) -> String {
    format!("{}@oic-track", row.address())
}

fn description(folder: &Folder, row: &Row<'_>, today: Date) -> String {
    let m = row.mandate;
    let res = row.resolution;
    let w = row.window.expect("only rows with a window are given");
    let due = m
        .due
        .as_ref()
        .map(|d| deadline_phrase(folder, res, d))
        .unwrap_or_default();
    let mut lines = vec![
        format!("Actor: {}", output::actors(&m.actor)),
        format!("Resolution: {} ({})", res.title, res.id),
    ];
    if let Some(p) = m.paragraph {
        lines.push(format!("Paragraph: {p}"));
    }
    lines.push(format!("Deadline: {}", deadline_and_window(&due, Some(w))));
    lines.push(format!("Status on {today}: {}", row.status.label()));
    lines.push(format!("Mandate: {}", row.address()));
    if let Some(clause) = m.text.as_deref().filter(|t| !t.trim().is_empty()) {
        lines.push(String::new());
        lines.push(clause.to_string());
    }
    text(&lines.join("\n"))
}

/// Data text as an iCalendar TEXT value may hold it: RFC 5545 allows no control
/// character but the line break (which the crate escapes as `\n`).
fn text(s: &str) -> String {
    clean(s)
}

/// DTSTAMP must be a UTC date-time; the report's day at midnight keeps output stable.
fn stamp(day: Date) -> chrono::DateTime<chrono::Utc> {
    naive(day)
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc()
}

fn naive(d: Date) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
        .expect("a jiff date is a valid chrono date")
}
