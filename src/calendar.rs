//! Open deadlines as an iCalendar feed (RFC 5545): one all-day VEVENT per open mandate
//! with a deadline, spanning its window. The `icalendar` crate builds the calendar; `ics`
//! writes it as the crate would, but folds long lines in one pass; this module decides what
//! goes in them.
//!
//! VEVENT rather than VTODO: the feed is meant to be subscribed to, and the calendar apps
//! people subscribe with (Google Calendar, Outlook, Apple Calendar) show a subscribed
//! feed's events but drop its to-dos. The window's earliest day is DTSTART; its latest day
//! is the last day the event covers (DTEND, being exclusive for all-day events, is the
//! day after). A window ending on 9999-12-31 has no day after that a DATE can hold: it
//! gets `DURATION` (its length in days) instead. A window starting before the year 0000
//! cannot be written at all (a DATE's year is four digits): it is left out, and named.

mod ics;

use icalendar::{Calendar, Component, Event, EventLike, Property};
use jiff::civil::Date;

use crate::i18n::Arg;
use crate::model::{Due, Folder, Window};
use crate::report::{deadline_phrase, status_word};
use crate::text::clean;
use crate::view::{Row, actors};

/// `PRODID`: who made the feed, fixed so that the same data gives the same bytes.
pub const PRODID: &str = "-//oic-track//oic-track//EN";

/// The calendar's display name in the apps that subscribe to it.
pub const NAME: &str = "oic-track deadlines";

/// How often subscribers should fetch the feed again.
pub const REFRESH: &str = "PT12H";

/// A feed, and the addresses of the open deadlines it could not hold.
pub struct Feed {
    pub ics: String,
    /// Mandates whose window starts before the year 0000.
    pub left_out: Vec<String>,
}

/// The feed for `rows` (the open mandates with a deadline are taken; others are skipped),
/// stamped with `today` so that the output depends on the data and that day only.
pub fn render(folder: &Folder, rows: &[Row<'_>], today: Date) -> Feed {
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
    let mut open: Vec<Entry<'_, '_>> = rows
        .iter()
        .filter(|r| r.state().is_open() && r.window.is_some())
        .flat_map(|row| entries(folder, row, today))
        .collect();
    open.sort_by_cached_key(|e| (e.window, e.row.address(), e.occurrence));
    let (written, left_out): (Vec<_>, Vec<_>) = open
        .into_iter()
        .partition(|e| e.window.earliest.year() >= 0);
    for entry in &written {
        cal.push(event(folder, entry, today));
    }
    let mut left_out: Vec<String> = left_out.iter().map(|e| e.row.address()).collect();
    left_out.dedup();
    Feed {
        ics: ics::write(&cal),
        left_out,
    }
}

/// The most occurrences of one mandate the feed holds: a daily mandate left open for
/// decades would otherwise fill it.
pub const MAX_OCCURRENCES: u64 = 1000;

/// One event of the feed: a mandate's window, or one occurrence of a recurring mandate.
struct Entry<'r, 'a> {
    row: &'r Row<'a>,
    window: Window,
    occurrence: Option<u64>,
}

/// A one-off mandate's window; a recurring mandate's occurrences from the current one up to
/// `until`, or, open-ended, those that open up to two years after `today`.
fn entries<'r, 'a>(folder: &Folder, row: &'r Row<'a>, today: Date) -> Vec<Entry<'r, 'a>> {
    let window = row.window.expect("only rows with a window are given");
    let one = || {
        vec![Entry {
            row,
            window,
            occurrence: row.occurrence,
        }]
    };
    let (Some(current), Some(recur)) = (
        row.occurrence,
        row.mandate.due.as_ref().and_then(Due::recur),
    ) else {
        return one();
    };
    let res = row.resolution;
    let date = |id: &str| folder.event(res, id).map(|e| e.date);
    let Ok(schedule) = crate::deadline::schedule(recur, res.adopted, date) else {
        return one();
    };
    let horizon = today.saturating_add(jiff::Span::new().years(2));
    (current - 1..current - 1 + MAX_OCCURRENCES)
        .map_while(|k| schedule.occurrence(k).map(|w| (k, w)))
        .take_while(|(_, w)| recur.until.is_some() || w.earliest <= horizon)
        .map(|(k, window)| Entry {
            row,
            window,
            occurrence: Some(k + 1),
        })
        .collect()
}

fn event(folder: &Folder, entry: &Entry<'_, '_>, today: Date) -> Event {
    let row = entry.row;
    let m = row.mandate;
    let w = entry.window;
    let actors = text(&actors(&m.actor));
    let summary = match entry.occurrence {
        Some(k) => format!("{} ({actors}; #{k})", text(&m.summary)),
        None => format!("{} ({actors})", text(&m.summary)),
    };
    let uid = match entry.occurrence {
        Some(k) => format!("{}#{k}@oic-track", row.address()),
        None => uid(row),
    };
    let mut e = Event::new();
    e.uid(&uid)
        .add_property("DTSTAMP", stamp(today))
        .append_property(day("DTSTART", w.earliest))
        .append_property(end(w.earliest, w.latest))
        .summary(&summary)
        .description(&description(folder, entry, today))
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

fn description(folder: &Folder, entry: &Entry<'_, '_>, today: Date) -> String {
    let row = entry.row;
    let m = row.mandate;
    let res = row.resolution;
    let w = entry.window;
    // The calendar's own words follow --lang; ids, titles and clauses stay as written.
    let l = crate::i18n::current();
    let due = m
        .due
        .as_ref()
        .map(|d| deadline_phrase(folder, res, d, l))
        .unwrap_or_default();
    let mut lines = vec![
        l.t_args("calendar-actor", &[("actor", Arg::Str(&actors(&m.actor)))]),
        l.t_args(
            "calendar-resolution",
            &[("title", Arg::Str(&format!("{} ({})", res.title, res.id)))],
        ),
    ];
    if let Some(p) = &m.paragraph {
        lines.push(l.t_args("calendar-paragraph", &[("p", Arg::Str(&p.to_string()))]));
    }
    // The window in ISO days, as a calendar program shows dates next to it anyway.
    let due = if due == w.to_string() {
        due
    } else {
        format!("{due} ({w})")
    };
    lines.push(l.t_args("calendar-deadline", &[("deadline", Arg::Str(&due))]));
    let status = || {
        l.t_args(
            "calendar-status",
            &[
                ("date", Arg::Str(&today.to_string())),
                ("status", Arg::Str(&status_word(l, row.status))),
            ],
        )
    };
    let occurrence = |k: u64| l.t_args("calendar-occurrence", &[("k", Arg::Str(&k.to_string()))]);
    match entry.occurrence {
        // A later occurrence's status is not yet known: only the current one has one.
        Some(k) if Some(k) != row.occurrence => lines.push(occurrence(k)),
        Some(k) => {
            lines.push(occurrence(k));
            lines.push(status());
        }
        None => lines.push(status()),
    }
    lines.push(l.t_args("calendar-mandate", &[("address", Arg::Str(&row.address()))]));
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
fn stamp(day: Date) -> String {
    format!("{}T000000Z", ical_date(day))
}

/// The end of an all-day event covering `first` to `last`: DTEND, the day after `last`, or,
/// when `last` is 9999-12-31 and that day cannot be written, the DURATION in days.
fn end(first: Date, last: Date) -> Property {
    match last.tomorrow() {
        Ok(after) => day("DTEND", after),
        Err(_) => {
            let days = crate::deadline::days_between(first, last) + 1;
            Property::new("DURATION", format!("P{days}D"))
        }
    }
}

/// An all-day DTSTART or DTEND: `KEY;VALUE=DATE:YYYYMMDD`.
fn day(key: &str, d: Date) -> Property {
    Property::new(key, ical_date(d))
        .add_parameter("VALUE", "DATE")
        .done()
}

/// A DATE value (RFC 5545, 3.3.4): `YYYYMMDD`. A year before 1 BCE, which the format cannot
/// hold, keeps its sign (`-0001`) rather than passing for another year.
fn ical_date(d: Date) -> String {
    let year = d.year();
    let width = if year < 0 { 5 } else { 4 };
    format!("{year:0width$}{:02}{:02}", d.month(), d.day())
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    #[test]
    fn dates_are_written_as_rfc_5545_date_values() {
        assert_eq!(super::ical_date(date(2023, 11, 30)), "20231130");
        assert_eq!(super::ical_date(date(5, 1, 2)), "00050102");
        assert_eq!(super::ical_date(date(-1, 12, 31)), "-00011231");
        assert_eq!(super::stamp(date(2024, 2, 29)), "20240229T000000Z");
        let start = super::day("DTSTART", date(2023, 8, 2));
        assert_eq!(start.value(), "20230802");
        assert_eq!(start.params().get("VALUE").map(|p| p.value()), Some("DATE"));
    }
}
