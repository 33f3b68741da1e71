//! Deadline windows (docs/format.md, Deadlines): pure functions of the data, never of the clock.

use jiff::civil::Date;

use crate::model::{Anchor, Due, Fuzzy, Period, Recur, Unit, Window};

/// Why a window could not be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WindowError {
    UnknownEvent(String),
    /// A `days` offset that runs off the calendar jiff supports (years -9999..=9999).
    OutOfRange,
}

/// The days a day, month or year covers.
pub fn fuzzy_window(f: Fuzzy) -> Window {
    match f {
        Fuzzy::Day(d) => Window {
            earliest: d,
            latest: d,
        },
        Fuzzy::Month { year, month } => {
            let first = Date::new(year, month, 1).expect("validated month");
            Window {
                earliest: first,
                latest: first.last_of_month(),
            }
        }
        Fuzzy::Year(year) => Window {
            earliest: Date::new(year, 1, 1).expect("validated year"),
            latest: Date::new(year, 12, 31).expect("validated year"),
        },
    }
}

/// A deadline's window. `adopted` is the resolution's adoption day; `event` finds the date
/// of an event id as seen from the mandate's resolution.
pub fn window(
    due: &Due,
    adopted: Date,
    event: impl Fn(&str) -> Option<Fuzzy>,
) -> Result<Window, WindowError> {
    let anchor_window = |anchor: &Anchor| match anchor {
        Anchor::Adoption => Ok(fuzzy_window(Fuzzy::Day(adopted))),
        Anchor::Event(id) => event(id)
            .map(fuzzy_window)
            .ok_or_else(|| WindowError::UnknownEvent(id.clone())),
    };
    match due {
        Due::On(f) => Ok(fuzzy_window(*f)),
        Due::Before(anchor) => shift(anchor_window(anchor)?, -1),
        Due::At { anchor, days } => shift(anchor_window(anchor)?, *days),
        // A recurring deadline's window is its first occurrence's.
        Due::Every(r) => Ok(schedule(r, adopted, event)?.first),
    }
}

/// The occurrences of a recurring deadline: occurrence k is `first` moved k periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub first: Window,
    pub every: Period,
    /// The last day an occurrence may open on (`until`'s latest day).
    pub until: Option<Date>,
}

impl Schedule {
    /// Occurrence `k` (from 0), or `None` when it opens after `until` or runs off the
    /// calendar.
    pub fn occurrence(&self, k: u64) -> Option<Window> {
        let w = move_window(self.first, self.every, k)?;
        match self.until {
            Some(until) if w.earliest > until => None,
            _ => Some(w),
        }
    }

    /// How many occurrences there are, when `until` bounds them (`None`: open-ended).
    pub fn count(&self) -> Option<u64> {
        self.until?;
        // Occurrences open on days that grow by at least one per period, so the first
        // missing one is found by a binary search up to a bound.
        let (mut lo, mut hi) = (0u64, 1u64);
        while self.occurrence(hi).is_some() {
            lo = hi;
            hi *= 2;
        }
        if self.occurrence(0).is_none() {
            return Some(0);
        }
        // occurrence(lo) exists, occurrence(hi) does not.
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.occurrence(mid).is_some() {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Some(lo + 1)
    }
}

/// The schedule of a recurring deadline, its first occurrence found as `window` finds a
/// one-off deadline's (by default: the adoption day moved one period).
pub fn schedule(
    r: &Recur,
    adopted: Date,
    event: impl Fn(&str) -> Option<Fuzzy>,
) -> Result<Schedule, WindowError> {
    let first = match &r.first {
        // The loader refuses a recurring `first`; were one given, its own first is taken.
        Some(due) => window(due, adopted, event)?,
        None => {
            let day = move_day(adopted, r.every, 1).ok_or(WindowError::OutOfRange)?;
            fuzzy_window(Fuzzy::Day(day))
        }
    };
    Ok(Schedule {
        first,
        every: r.every,
        until: r.until.map(|u| fuzzy_window(u).latest),
    })
}

/// `w` moved `k` periods, both ends.
pub fn move_window(w: Window, every: Period, k: u64) -> Option<Window> {
    Some(Window {
        earliest: move_day(w.earliest, every, k)?,
        latest: move_day(w.latest, every, k)?,
    })
}

/// `d` moved `k` periods. By months or years the day of the month is kept, clamped to the
/// month's length, and a month's last day stays a month's last day (01-31 → 02-28 → 03-31).
pub fn move_day(d: Date, every: Period, k: u64) -> Option<Date> {
    let n = i64::from(every.n).checked_mul(i64::try_from(k).ok()?)?;
    match every.unit {
        Unit::Days => add_days(d, n),
        Unit::Weeks => add_days(d, n.checked_mul(7)?),
        Unit::Months => add_months(d, n),
        Unit::Years => add_months(d, n.checked_mul(12)?),
    }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(n).ok()?;
    d.checked_add(span).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    let index = (i64::from(d.year()) * 12 + i64::from(d.month()) - 1).checked_add(n)?;
    let year = i16::try_from(index.div_euclid(12)).ok()?;
    let month = i8::try_from(index.rem_euclid(12) + 1).ok()?;
    let start = Date::new(year, month, 1).ok()?;
    let last = start.last_of_month();
    if d == d.last_of_month() {
        return Some(last);
    }
    start.with().day(d.day().min(last.day())).build().ok()
}

/// Moves both ends of a window by `days`.
pub fn shift(w: Window, days: i64) -> Result<Window, WindowError> {
    // `try_days` rather than `days()`: a user's offset may be past what a span can hold.
    let span = jiff::Span::new()
        .try_days(days)
        .map_err(|_| WindowError::OutOfRange)?;
    let add = |d: Date| d.checked_add(span).map_err(|_| WindowError::OutOfRange);
    Ok(Window {
        earliest: add(w.earliest)?,
        latest: add(w.latest)?,
    })
}

/// Whole days from `today` to `day` (negative when `day` is in the past).
pub fn days_between(today: Date, day: Date) -> i64 {
    // A day count between two civil dates is exact; the unit makes `until` return days.
    today
        .until((jiff::Unit::Day, day))
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn w(a: &str, b: &str) -> Window {
        Window {
            earliest: day(a),
            latest: day(b),
        }
    }

    fn events(id: &str) -> Option<Fuzzy> {
        match id {
            "summit" => Some(Fuzzy::Month {
                year: 2023,
                month: 12,
            }),
            "year-meeting" => Some(Fuzzy::Year(2024)),
            "new-year" => Some(Fuzzy::Day(date(2024, 1, 1))),
            "leap" => Some(Fuzzy::Month {
                year: 2024,
                month: 2,
            }),
            _ => None,
        }
    }

    fn win(due: Due) -> Result<Window, WindowError> {
        window(&due, date(2023, 7, 31), events)
    }

    #[test]
    fn exact_day_is_a_one_day_window() {
        assert_eq!(
            win(Due::On(Fuzzy::Day(date(2023, 12, 15)))),
            Ok(w("2023-12-15", "2023-12-15"))
        );
    }

    #[test]
    fn months_end_on_their_last_day() {
        let m = |year, month| {
            win(Due::On(Fuzzy::Month { year, month }))
                .unwrap()
                .latest
                .to_string()
        };
        assert_eq!(m(2023, 1), "2023-01-31");
        assert_eq!(m(2023, 2), "2023-02-28");
        assert_eq!(m(2024, 2), "2024-02-29");
        assert_eq!(m(2100, 2), "2100-02-28");
        assert_eq!(m(2000, 2), "2000-02-29");
        assert_eq!(m(2023, 4), "2023-04-30");
        assert_eq!(m(2023, 12), "2023-12-31");
    }

    #[test]
    fn year_is_whole_year() {
        assert_eq!(
            win(Due::On(Fuzzy::Year(2023))),
            Ok(w("2023-01-01", "2023-12-31"))
        );
    }

    #[test]
    fn before_a_month_event_shifts_the_month_back_one_day() {
        let due = Due::Before(Anchor::Event("summit".into()));
        assert_eq!(win(due), Ok(w("2023-11-30", "2023-12-30")));
    }

    #[test]
    fn before_a_year_event_starts_in_the_previous_year() {
        let due = Due::Before(Anchor::Event("year-meeting".into()));
        assert_eq!(win(due), Ok(w("2023-12-31", "2024-12-30")));
    }

    #[test]
    fn before_a_new_year_day_is_new_years_eve() {
        let due = Due::Before(Anchor::Event("new-year".into()));
        assert_eq!(win(due), Ok(w("2023-12-31", "2023-12-31")));
    }

    #[test]
    fn before_a_leap_february() {
        let due = Due::Before(Anchor::Event("leap".into()));
        assert_eq!(win(due), Ok(w("2024-01-31", "2024-02-28")));
    }

    #[test]
    fn at_an_event_is_its_window() {
        let due = Due::At {
            anchor: Anchor::Event("summit".into()),
            days: 0,
        };
        assert_eq!(win(due), Ok(w("2023-12-01", "2023-12-31")));
    }

    #[test]
    fn day_offsets_cross_year_ends_both_ways() {
        let after = Due::At {
            anchor: Anchor::Event("summit".into()),
            days: 1,
        };
        assert_eq!(win(after), Ok(w("2023-12-02", "2024-01-01")));
        let before = Due::At {
            anchor: Anchor::Event("new-year".into()),
            days: -1,
        };
        assert_eq!(win(before), Ok(w("2023-12-31", "2023-12-31")));
    }

    #[test]
    fn ninety_days_after_adoption() {
        let due = Due::At {
            anchor: Anchor::Adoption,
            days: 90,
        };
        assert_eq!(win(due), Ok(w("2023-10-29", "2023-10-29")));
    }

    #[test]
    fn offsets_across_a_leap_day() {
        let due = Due::At {
            anchor: Anchor::Event("leap".into()),
            days: 1,
        };
        assert_eq!(win(due), Ok(w("2024-02-02", "2024-03-01")));
    }

    #[test]
    fn before_adoption_is_the_day_before() {
        assert_eq!(
            win(Due::Before(Anchor::Adoption)),
            Ok(w("2023-07-30", "2023-07-30"))
        );
    }

    #[test]
    fn unknown_event_is_an_error() {
        let due = Due::Before(Anchor::Event("nope".into()));
        assert_eq!(win(due), Err(WindowError::UnknownEvent("nope".into())));
    }

    #[test]
    fn offsets_off_the_calendar_are_errors() {
        let due = Due::At {
            anchor: Anchor::Adoption,
            days: i64::MAX,
        };
        assert_eq!(win(due), Err(WindowError::OutOfRange));
        let due = Due::At {
            anchor: Anchor::Adoption,
            days: 10_000 * 366,
        };
        assert_eq!(win(due), Err(WindowError::OutOfRange));
    }

    #[test]
    fn days_between_counts_signed_days() {
        assert_eq!(days_between(day("2023-12-31"), day("2024-01-01")), 1);
        assert_eq!(days_between(day("2024-03-01"), day("2024-02-28")), -2);
        assert_eq!(days_between(day("2023-08-02"), day("2023-08-02")), 0);
    }

    fn period(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    fn recur(every: &str, first: Option<Due>, until: Option<Fuzzy>) -> Recur {
        Recur {
            every: period(every),
            first: first.map(Box::new),
            until,
        }
    }

    fn occurrences(r: &Recur, n: u64) -> Vec<String> {
        let s = schedule(r, date(2023, 7, 31), events).unwrap();
        (0..n)
            .map_while(|k| s.occurrence(k))
            .map(|w| {
                if w.earliest == w.latest {
                    w.earliest.to_string()
                } else {
                    format!("{}..{}", w.earliest, w.latest)
                }
            })
            .collect()
    }

    fn on(s: &str) -> Option<Due> {
        Some(Due::On(crate::model::parse_fuzzy(s).unwrap()))
    }

    #[test]
    fn a_months_last_day_stays_a_months_last_day() {
        let r = recur("1 month", on("2025-01-31"), None);
        assert_eq!(
            occurrences(&r, 4),
            ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"]
        );
        let leap = recur("1 month", on("2024-01-31"), None);
        assert_eq!(
            occurrences(&leap, 3),
            ["2024-01-31", "2024-02-29", "2024-03-31"]
        );
    }

    #[test]
    fn a_day_past_a_short_month_is_clamped_then_restored() {
        // Each occurrence is the first moved k periods, not the previous one moved once.
        let r = recur("1 month", on("2025-01-30"), None);
        assert_eq!(
            occurrences(&r, 3),
            ["2025-01-30", "2025-02-28", "2025-03-30"]
        );
        let r = recur("1 month", on("2025-01-29"), None);
        assert_eq!(occurrences(&r, 2), ["2025-01-29", "2025-02-28"]);
    }

    #[test]
    fn leap_days_recur_as_the_end_of_february() {
        let r = recur("1 year", on("2024-02-29"), None);
        assert_eq!(
            occurrences(&r, 5),
            [
                "2024-02-29",
                "2025-02-28",
                "2026-02-28",
                "2027-02-28",
                "2028-02-29"
            ]
        );
        // 28 February is February's last day in a common year, and stays its last day.
        let r = recur("1 year", on("2023-02-28"), None);
        assert_eq!(occurrences(&r, 2), ["2023-02-28", "2024-02-29"]);
        let r = recur("4 years", on("2000-02-29"), None);
        assert_eq!(occurrences(&r, 2), ["2000-02-29", "2004-02-29"]);
        let r = recur("100 years", on("2000-02-29"), None);
        assert_eq!(occurrences(&r, 2), ["2000-02-29", "2100-02-28"]);
    }

    #[test]
    fn month_and_year_windows_move_whole() {
        let r = recur("1 month", on("2024-01"), None);
        assert_eq!(
            occurrences(&r, 3),
            [
                "2024-01-01..2024-01-31",
                "2024-02-01..2024-02-29",
                "2024-03-01..2024-03-31"
            ]
        );
        let r = recur("1 year", on("2024"), None);
        assert_eq!(
            occurrences(&r, 2),
            ["2024-01-01..2024-12-31", "2025-01-01..2025-12-31"]
        );
        let r = recur("3 months", on("2024-11"), None);
        assert_eq!(
            occurrences(&r, 2),
            ["2024-11-01..2024-11-30", "2025-02-01..2025-02-28"]
        );
    }

    #[test]
    fn days_and_weeks_count_days() {
        let r = recur("120 days", None, None);
        // Adopted 2023-07-31: the first is 120 days later.
        assert_eq!(occurrences(&r, 2), ["2023-11-28", "2024-03-27"]);
        let r = recur("2 weeks", on("2024-02-22"), None);
        assert_eq!(occurrences(&r, 2), ["2024-02-22", "2024-03-07"]);
    }

    #[test]
    fn first_defaults_to_adoption_moved_one_period() {
        assert_eq!(occurrences(&recur("1 year", None, None), 1), ["2024-07-31"]);
        // Adopted on 31 July, a month's last day: a month on it is 31 August.
        assert_eq!(
            occurrences(&recur("1 month", None, None), 2),
            ["2023-08-31", "2023-09-30"]
        );
        let s = schedule(&recur("1 year", None, None), date(2024, 6, 15), events).unwrap();
        assert_eq!(s.first.earliest, date(2025, 6, 15));
    }

    #[test]
    fn first_may_hang_on_an_event() {
        let at = Due::At {
            anchor: Anchor::Event("summit".into()),
            days: 0,
        };
        let r = recur("1 year", Some(at), None);
        assert_eq!(
            occurrences(&r, 2),
            ["2023-12-01..2023-12-31", "2024-12-01..2024-12-31"]
        );
        let before = Due::Before(Anchor::Event("leap".into()));
        let r = recur("1 year", Some(before), None);
        // 2024-01-31 … 2024-02-28 (not February's end: 29 days that year) moves to
        // 2025-01-31 … 2025-02-28.
        assert_eq!(
            occurrences(&r, 2),
            ["2024-01-31..2024-02-28", "2025-01-31..2025-02-28"]
        );
        let unknown = recur(
            "1 year",
            Some(Due::Before(Anchor::Event("nope".into()))),
            None,
        );
        assert_eq!(
            schedule(&unknown, date(2023, 7, 31), events),
            Err(WindowError::UnknownEvent("nope".into()))
        );
    }

    #[test]
    fn no_occurrence_opens_after_until() {
        let day = |s: &str| Some(Fuzzy::Day(s.parse().unwrap()));
        // A day: an occurrence opening on it is the last.
        let r = recur("1 month", on("2024-01-31"), day("2024-04-30"));
        assert_eq!(occurrences(&r, 9).len(), 4);
        let r = recur("1 month", on("2024-01-31"), day("2024-04-29"));
        assert_eq!(occurrences(&r, 9).len(), 3);
        // A month: up to its last day.
        let month = Some(Fuzzy::Month {
            year: 2024,
            month: 4,
        });
        assert_eq!(
            occurrences(&recur("1 month", on("2024-01-31"), month), 9).len(),
            4
        );
        // A year: up to 31 December.
        let year = Some(Fuzzy::Year(2026));
        let r = recur("1 year", on("2024-12-31"), year);
        assert_eq!(
            occurrences(&r, 9),
            ["2024-12-31", "2025-12-31", "2026-12-31"]
        );
        // A window that opens by `until` counts, however late it closes.
        let r = recur("1 year", on("2024"), Some(Fuzzy::Day(date(2025, 1, 1))));
        assert_eq!(occurrences(&r, 9).len(), 2);
        let s = schedule(&r, date(2023, 7, 31), events).unwrap();
        assert_eq!(s.count(), Some(2));
        assert_eq!(
            schedule(&recur("1 day", None, None), date(2023, 7, 31), events)
                .unwrap()
                .count(),
            None
        );
    }

    #[test]
    fn occurrences_off_the_calendar_are_none() {
        let r = recur("9999 years", on("9000-01-01"), None);
        let s = schedule(&r, date(2023, 7, 31), events).unwrap();
        assert!(s.occurrence(0).is_some());
        assert_eq!(s.occurrence(1), None);
        assert_eq!(s.occurrence(u64::MAX), None);
        let r = recur("1 year", None, None);
        assert_eq!(
            schedule(&r, date(9999, 6, 1), events),
            Err(WindowError::OutOfRange)
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn a_day() -> impl Strategy<Value = Date> {
            (1900i16..2200, 1i8..=12, 1i8..=31).prop_map(|(y, m, d)| {
                let first = Date::new(y, m, 1).unwrap();
                first
                    .with()
                    .day(d.min(first.last_of_month().day()))
                    .build()
                    .unwrap()
            })
        }

        fn a_period() -> impl Strategy<Value = Period> {
            let unit = prop_oneof![
                Just(Unit::Days),
                Just(Unit::Weeks),
                Just(Unit::Months),
                Just(Unit::Years)
            ];
            (1u32..=400, unit).prop_map(|(n, unit)| Period { n, unit })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            /// Occurrences open in order, each on or after the one before closes when the
            /// first window is shorter than a period, and a month's end stays a month's end.
            #[test]
            fn occurrences_are_ordered_and_keep_month_ends(
                start in a_day(),
                length in 0i64..40,
                every in a_period(),
                k in 0u64..300,
            ) {
                let first = Window { earliest: start, latest: add_days(start, length).unwrap() };
                let s = Schedule { first, every, until: None };
                let (Some(a), Some(b)) = (s.occurrence(k), s.occurrence(k + 1)) else {
                    return Ok(());
                };
                prop_assert!(a.earliest <= a.latest);
                prop_assert!(a.earliest < b.earliest && a.latest < b.latest, "{a} then {b}");
                // A window no longer than the shortest period never overlaps the next one.
                let shortest = match every.unit {
                    Unit::Days => i64::from(every.n),
                    Unit::Weeks => 7 * i64::from(every.n),
                    Unit::Months => 28 * i64::from(every.n),
                    Unit::Years => 365 * i64::from(every.n),
                };
                if length < shortest {
                    prop_assert!(a.latest < b.earliest, "{a} overlaps {b}");
                }
                if matches!(every.unit, Unit::Months | Unit::Years) {
                    let end = |d: Date| d == d.last_of_month();
                    // (Not the converse: 30 August clamped into February is its end.)
                    prop_assert!(!end(first.earliest) || end(b.earliest));
                    prop_assert!(!end(first.latest) || end(b.latest));
                    // Otherwise the day of the month is kept, clamped to the month's length.
                    if !end(first.earliest) {
                        let want = first.earliest.day().min(b.earliest.last_of_month().day());
                        prop_assert_eq!(b.earliest.day(), want);
                    }
                } else {
                    let period = days_between(a.earliest, b.earliest);
                    let n = i64::from(every.n) * if every.unit == Unit::Weeks { 7 } else { 1 };
                    prop_assert_eq!(period, n);
                }
            }

            /// `until` cuts the occurrences: every one that exists opens by it, and the next
            /// after the last does not.
            #[test]
            fn until_is_the_last_day_an_occurrence_opens(
                start in a_day(),
                every in a_period(),
                after in 0i64..4000,
            ) {
                let first = fuzzy_window(Fuzzy::Day(start));
                let until = add_days(start, after).unwrap();
                let s = Schedule { first, every, until: Some(until) };
                let count = s.count().unwrap();
                prop_assert!(count >= 1);
                prop_assert!(s.occurrence(count - 1).unwrap().earliest <= until);
                prop_assert!(s.occurrence(count).is_none());
                let open = Schedule { until: None, ..s };
                prop_assert!(open.occurrence(count).unwrap().earliest > until);
            }
        }
    }
}
