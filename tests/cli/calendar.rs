//! `calendar`: the iCalendar feed, read back with an independent, strict parser (calcard,
//! the Stalwart mail server's): unfolding, unescaping and typed dates are its, not ours.

use std::collections::BTreeMap;

use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarEntry, ICalendarValue,
};

use crate::support::*;

/// The calendar's own properties and its events, each as name → value.
struct Parsed {
    head: Props,
    events: Vec<Props>,
    other_components: usize,
}

/// Property name → (its values as text, its parameters as written), each name once.
type Props = BTreeMap<String, (String, Vec<String>)>;

fn parse(ics: &str) -> Parsed {
    let cal = ICalendar::parse(ics).unwrap_or_else(|e| panic!("the feed does not parse: {e:?}"));
    let kind = |c: &ICalendarComponent| c.component_type.clone();
    assert_eq!(kind(&cal.components[0]), ICalendarComponentType::VCalendar);
    let events: Vec<Props> = cal.components[1..]
        .iter()
        .filter(|c| kind(c) == ICalendarComponentType::VEvent)
        .map(|c| props(&c.entries))
        .collect();
    Parsed {
        head: props(&cal.components[0].entries),
        other_components: cal.components.len() - 1 - events.len(),
        events,
    }
}

fn props(entries: &[ICalendarEntry]) -> Props {
    let mut map = BTreeMap::new();
    for e in entries {
        let values: Vec<String> = e.values.iter().map(value).collect();
        let params: Vec<String> = e
            .params
            .iter()
            .map(|p| format!("{:?}={:?}", p.name, p.value))
            .collect();
        let old = map.insert(e.name.as_str().to_string(), (values.join(","), params));
        assert!(old.is_none(), "{} twice", e.name.as_str());
    }
    map
}

/// A typed value as text: dates as `YYYYMMDD`, UTC date-times as `YYYYMMDDTHHMMSSZ`.
fn value(v: &ICalendarValue) -> String {
    match v {
        ICalendarValue::PartialDateTime(d) => {
            let day = format!(
                "{:04}{:02}{:02}",
                d.year.unwrap(),
                d.month.unwrap(),
                d.day.unwrap()
            );
            match (d.hour, d.tz_hour, d.tz_minute) {
                (None, None, None) => day,
                (Some(h), Some(0), Some(0)) => format!(
                    "{day}T{h:02}{:02}{:02}Z",
                    d.minute.unwrap(),
                    d.second.unwrap()
                ),
                other => panic!("not a date nor a UTC date-time: {other:?}"),
            }
        }
        ICalendarValue::Duration(d) => {
            let seconds =
                ((d.weeks * 7 + d.days) * 24 + d.hours) * 3600 + d.minutes * 60 + d.seconds;
            format!("{seconds}s")
        }
        v => v
            .as_text()
            .unwrap_or_else(|| panic!("unexpected value {v:?}"))
            .to_string(),
    }
}

fn compact(date: &str) -> String {
    date.replace('-', "")
}

fn day_after(date: &str) -> String {
    let d: jiff::civil::Date = date.parse().unwrap();
    compact(&d.tomorrow().unwrap().to_string())
}

#[test]
fn every_open_deadline_is_an_all_day_event_with_every_field_right() {
    let run = report_folder().args(&["calendar"]).run();
    run.ok();
    let ics = run.stdout();
    let cal = parse(&ics);

    let head = &cal.head;
    let value = |k: &str| head.get(k).map(|v| v.0.as_str());
    assert_eq!(value("VERSION"), Some("2.0"));
    assert_eq!(value("PRODID"), Some("-//oic-track//oic-track//EN"));
    assert_eq!(value("CALSCALE"), Some("GREGORIAN"));
    assert_eq!(value("METHOD"), Some("PUBLISH"));
    assert_eq!(value("X-WR-CALNAME"), Some("oic-track deadlines"));
    assert_eq!(value("NAME"), Some("oic-track deadlines"));
    assert_eq!(value("REFRESH-INTERVAL"), Some("43200s"));
    assert_eq!(head["REFRESH-INTERVAL"].1, ["Value=Value(Duration)"]);
    assert_eq!(value("X-PUBLISHED-TTL"), Some("PT12H"));
    assert_eq!(head.len(), 8, "{head:?}");
    assert_eq!(cal.other_components, 0, "events only");

    // What the events must say, from the JSON listing: open mandates with a deadline,
    // earliest window first.
    let list = report_folder().args(&["list", "--format", "json"]).run();
    let records: Vec<serde_json::Value> = serde_json::from_str(&list.stdout()).unwrap();
    let mut open: Vec<&serde_json::Value> = records
        .iter()
        .filter(|r| {
            !r["due"].is_null() && matches!(r["state"].as_str(), Some("pending" | "in-progress"))
        })
        .collect();
    open.sort_by_key(|r| {
        (
            r["due"]["earliest"].as_str().unwrap().to_string(),
            r["due"]["latest"].as_str().unwrap().to_string(),
            r["id"].as_str().unwrap().to_string(),
        )
    });
    assert_eq!(
        open.len(),
        4,
        "done, dropped and undated mandates are left out"
    );
    assert_eq!(cal.events.len(), open.len());

    for (p, r) in cal.events.iter().zip(&open) {
        let names: Vec<&str> = p.keys().map(String::as_str).collect();
        let mut expected_names = vec![
            "DESCRIPTION",
            "DTEND",
            "DTSTAMP",
            "DTSTART",
            "SUMMARY",
            "TRANSP",
            "UID",
        ];
        let id = r["id"].as_str().unwrap();
        let seed = id.starts_with("cfm-ex-2023-desecration/");
        if seed {
            expected_names.insert(0, "CATEGORIES");
        }
        assert_eq!(names, expected_names, "{id}");
        let get = |k: &str| p[k].0.clone();
        let date_param = ["Value=Value(Date)"];

        assert_eq!(get("UID"), format!("{id}@oic-track"));
        assert_eq!(get("DTSTAMP"), "20230802T000000Z", "DTSTAMP is --today");
        assert_eq!(
            get("DTSTART"),
            compact(r["due"]["earliest"].as_str().unwrap())
        );
        assert_eq!(p["DTSTART"].1, date_param, "all day");
        assert_eq!(
            get("DTEND"),
            day_after(r["due"]["latest"].as_str().unwrap())
        );
        assert_eq!(p["DTEND"].1, date_param, "all day, end exclusive");
        assert_eq!(get("TRANSP"), "TRANSPARENT");
        let actors: Vec<&str> = r["actor"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(
            get("SUMMARY"),
            format!("{} ({})", r["summary"].as_str().unwrap(), actors.join("; "))
        );
        if seed {
            assert_eq!(get("CATEGORIES"), "islamophobia");
        }
        let description = get("DESCRIPTION");
        let lines: Vec<&str> = description.lines().collect();
        assert_eq!(lines[0], format!("Actor: {}", actors.join("; ")));
        assert!(lines[1].starts_with("Resolution: "), "{description}");
        assert!(
            lines.contains(&format!("Mandate: {id}").as_str()),
            "{description}"
        );
        let status = r["status"].as_str().unwrap().replace('-', " ");
        assert!(
            lines.contains(&format!("Status on 2023-08-02: {status}").as_str()),
            "{description}"
        );
    }

    // The report's deadline, in detail.
    assert_eq!(
        cal.events[3]["DESCRIPTION"].0,
        "Actor: OIC General Secretariat\n\
         Resolution: Resolution on the repeated desecration of copies of al-Mus'haf ash-Sharif (cfm-ex-2023-desecration)\n\
         Paragraph: 11\n\
         Deadline: before Ministerial preparatory meeting of the 15th Islamic Summit (2024-05-01)\n\
         Status on 2023-08-02: in progress\n\
         Mandate: cfm-ex-2023-desecration/summit-report\n\
         \n\
         Finally, the Council requested the General Secretariat to submit a report on the implementation of this resolution to the next Ministerial preparatory meeting before the OIC Summit in December 2023."
    );
}

#[test]
fn lines_are_crlf_and_folded_at_75_octets() {
    let ics = report_folder().args(&["calendar"]).run().stdout();
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    let body = ics.strip_suffix("\r\n").unwrap();
    for line in body.split("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(
        body.split("\r\n").any(|l| l.starts_with(' ')),
        "long lines fold"
    );
}

#[test]
fn text_that_ical_reserves_round_trips_and_control_characters_do_not_get_in() {
    let case = Case::new().file(
        "odd.toml",
        r#"
title = "Odd; text, with \\ backslashes"
body = "B"
adopted = 2023-01-01
[[mandates]]
id = "m"
actor = ["A, Inc.", "B; C"]
summary = "Sum; mary, with \\ and \u001b[31m"
text = "Line one\nLine two"
due = "2023-09-15"
"#,
    );
    let run = case.args(&["calendar"]).run();
    run.ok();
    let cal = parse(&run.stdout());
    let p = &cal.events[0];
    assert_eq!(
        p["SUMMARY"].0,
        "Sum; mary, with \\ and \\u{1b}[31m (A, Inc.; B; C)"
    );
    let description = &p["DESCRIPTION"].0;
    assert!(
        description.starts_with(
            "Actor: A, Inc.; B; C\nResolution: Odd; text, with \\ backslashes (odd)\n"
        )
    );
    assert!(description.ends_with("\n\nLine one\nLine two"));
    assert_eq!(p["DTSTART"].0, "20230915");
    assert_eq!(p["DTEND"].0, "20230916");
}

#[test]
fn filters_and_output_file() {
    let case = report_folder().args(&["calendar", "--actor", "secretar", "-o", "deadlines.ics"]);
    let run = case.run();
    run.ok();
    assert!(run.stdout().is_empty());
    let ics = std::fs::read_to_string(case.tmp.path().join("deadlines.ics")).unwrap();
    let cal = parse(&ics);
    let uids: Vec<String> = cal.events.iter().map(|e| e["UID"].0.clone()).collect();
    assert_eq!(
        uids,
        [
            "cfm-ex-2023-desecration/un-special-rapporteur@oic-track",
            "cfm-ex-2023-desecration/summit-report@oic-track"
        ]
    );
}

#[test]
fn the_same_data_and_day_give_the_same_bytes() {
    let a = report_folder().args(&["calendar"]).run().stdout();
    let b = report_folder().args(&["calendar"]).run().stdout();
    assert_eq!(a, b);
    let later = report_folder()
        .env("OIC_TRACK_TODAY", "2024-01-10")
        .args(&["calendar"])
        .run()
        .stdout();
    assert!(later.contains("DTSTAMP:20240110T000000Z\r\n"));
    assert!(later.contains("Status on 2024-01-10: overdue"));
}

#[test]
fn a_folder_without_open_deadlines_gives_a_calendar_without_events() {
    let run = Case::new().args(&["calendar"]).run();
    run.ok();
    let cal = parse(&run.stdout());
    assert!(cal.events.is_empty());
    assert_eq!(cal.other_components, 0);
    assert_eq!(cal.head["PRODID"].0, "-//oic-track//oic-track//EN");
}

#[test]
fn windows_at_the_year_limits_are_written_whole_or_left_out_by_name() {
    let case = Case::new().file(
        "edge.toml",
        r#"
title = "Edge"
body = "B"
adopted = 0000-01-10

[[mandates]]
id = "before-zero"
actor = "A"
summary = "S"
due = { at = "adoption", days = -30 }

[[mandates]]
id = "last-day"
actor = "A"
summary = "S"
due = "9999-12-31"

[[mandates]]
id = "last-month"
actor = "A"
summary = "S"
due = "9999-12"

[[mandates]]
id = "first-day"
actor = "A"
summary = "S"
due = "0000-01-01"
"#,
    );
    let run = case
        .env("OIC_TRACK_TODAY", "0000-01-01")
        .args(&["calendar"])
        .run();
    run.ok();
    assert_eq!(
        run.stderr(),
        "warning: edge/before-zero is left out of the calendar: its window starts before the \
         year 0000, which an iCalendar date cannot hold\n"
    );
    let cal = parse(&run.stdout());
    let by_uid: BTreeMap<String, &Props> = cal
        .events
        .iter()
        .map(|e| (e["UID"].0.trim_end_matches("@oic-track").to_string(), e))
        .collect();
    let uids: Vec<&str> = by_uid.keys().map(String::as_str).collect();
    assert_eq!(uids, ["edge/first-day", "edge/last-day", "edge/last-month"]);
    let first = by_uid["edge/first-day"];
    assert_eq!(
        (&*first["DTSTART"].0, &*first["DTEND"].0),
        ("00000101", "00000102")
    );
    // No 10000-01-01 to end on: the length instead, never DTEND = DTSTART.
    let day = 24 * 3600;
    for (uid, start, days) in [
        ("edge/last-day", "99991231", 1),
        ("edge/last-month", "99991201", 31),
    ] {
        let e = by_uid[uid];
        assert_eq!(e["DTSTART"].0, start, "{uid}");
        assert!(!e.contains_key("DTEND"), "{uid}");
        assert_eq!(e["DURATION"].0, format!("{}s", days * day), "{uid}");
    }
}
