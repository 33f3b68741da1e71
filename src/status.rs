//! Status as of a day (docs/format.md, Status): a pure function of the stored state, the window and `today`.

use jiff::civil::Date;

use crate::deadline::{Schedule, days_between};
use crate::model::{State, Status, Window};

/// How many days ahead a deadline counts as "due soon" unless `--soon` says otherwise.
pub const DEFAULT_SOON_DAYS: u16 = 30;

/// The status of a mandate stored as `state`, finished on `done`, with deadline `window`.
pub fn status(
    state: State,
    done: Option<Date>,
    window: Option<Window>,
    today: Date,
    soon_days: i64,
) -> Status {
    match state {
        State::Done => Status::Done {
            late: matches!((done, window), (Some(d), Some(w)) if d > w.latest),
        },
        State::Dropped => Status::Dropped,
        State::Pending | State::InProgress => {
            let idle = if state == State::InProgress {
                Status::InProgress
            } else {
                Status::Pending
            };
            match window {
                None => idle,
                Some(w) if today > w.latest => Status::Overdue,
                Some(w) if days_between(today, w.earliest) <= soon_days => Status::DueSoon,
                Some(_) => idle,
            }
        }
    }
}

/// Where a recurring mandate stands: the occurrence it shows (numbered from 1) and its
/// window, and its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub occurrence: Option<(u64, Window)>,
    pub status: Status,
}

/// The status of a recurring mandate stored as `state`, with `done_days` (earliest first)
/// completing its occurrences in turn. Open, it is the status of the earliest occurrence
/// not completed; once every occurrence is completed it is done (late when any was
/// completed after its window).
pub fn recurring(
    state: State,
    done_days: &[Date],
    schedule: &Schedule,
    today: Date,
    soon_days: i64,
) -> Standing {
    let completed = done_days.len() as u64;
    let late = done_days.iter().enumerate().any(|(k, day)| {
        schedule
            .occurrence(k as u64)
            .is_some_and(|w| *day > w.latest)
    });
    let last_completed = || {
        (0..completed)
            .rev()
            .find_map(|k| schedule.occurrence(k).map(|w| (k + 1, w)))
    };
    let current = schedule.occurrence(completed).map(|w| (completed + 1, w));
    match state {
        State::Dropped => Standing {
            occurrence: current.or_else(last_completed),
            status: Status::Dropped,
        },
        State::Done => Standing {
            occurrence: last_completed().or(current),
            status: Status::Done { late },
        },
        State::Pending | State::InProgress => match current {
            Some((k, w)) => Standing {
                occurrence: Some((k, w)),
                status: status(state, None, Some(w), today, soon_days),
            },
            None if completed == 0 => Standing {
                occurrence: None,
                status: status(state, None, None, today, soon_days),
            },
            None => Standing {
                occurrence: last_completed(),
                status: Status::Done { late },
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// The seed's Summit report: before a December 2023 event.
    fn report() -> Window {
        Window {
            earliest: day("2023-11-30"),
            latest: day("2023-12-30"),
        }
    }

    fn open(today: &str) -> Status {
        status(
            State::Pending,
            None,
            Some(report()),
            day(today),
            i64::from(DEFAULT_SOON_DAYS),
        )
    }

    #[test]
    fn pending_until_thirty_one_days_before_the_earliest_day() {
        assert_eq!(open("2023-08-02"), Status::Pending);
        assert_eq!(open("2023-10-30"), Status::Pending);
    }

    #[test]
    fn due_soon_from_thirty_days_before_the_earliest_day() {
        assert_eq!(open("2023-10-31"), Status::DueSoon);
        assert_eq!(open("2023-11-29"), Status::DueSoon);
    }

    #[test]
    fn due_soon_inside_the_window_up_to_the_latest_day() {
        assert_eq!(open("2023-11-30"), Status::DueSoon);
        assert_eq!(open("2023-12-15"), Status::DueSoon);
        assert_eq!(open("2023-12-30"), Status::DueSoon);
    }

    #[test]
    fn overdue_the_day_after_the_latest_day() {
        assert_eq!(open("2023-12-31"), Status::Overdue);
        assert_eq!(open("2024-05-04"), Status::Overdue);
    }

    #[test]
    fn in_progress_is_kept_when_nothing_is_near() {
        let s = status(
            State::InProgress,
            None,
            Some(report()),
            day("2023-08-02"),
            30,
        );
        assert_eq!(s, Status::InProgress);
        let s = status(
            State::InProgress,
            None,
            Some(report()),
            day("2024-01-01"),
            30,
        );
        assert_eq!(s, Status::Overdue);
    }

    #[test]
    fn no_deadline_is_never_overdue_nor_due_soon() {
        for today in ["1900-01-01", "2023-12-31", "9999-12-31"] {
            assert_eq!(
                status(State::Pending, None, None, day(today), 30),
                Status::Pending
            );
            assert_eq!(
                status(State::InProgress, None, None, day(today), 30),
                Status::InProgress
            );
        }
    }

    #[test]
    fn done_on_the_latest_day_is_on_time_and_the_day_after_is_late() {
        let done = |d: &str| {
            status(
                State::Done,
                Some(day(d)),
                Some(report()),
                day("2030-01-01"),
                30,
            )
        };
        assert_eq!(done("2023-12-30"), Status::Done { late: false });
        assert_eq!(done("2023-11-01"), Status::Done { late: false });
        assert_eq!(done("2023-12-31"), Status::Done { late: true });
    }

    #[test]
    fn done_without_a_deadline_or_a_day_is_not_late() {
        assert_eq!(
            status(
                State::Done,
                Some(day("2030-01-01")),
                None,
                day("2030-01-01"),
                30
            ),
            Status::Done { late: false }
        );
        assert_eq!(
            status(State::Done, None, Some(report()), day("2030-01-01"), 30),
            Status::Done { late: false }
        );
    }

    #[test]
    fn dropped_stays_dropped_past_its_deadline() {
        let s = status(State::Dropped, None, Some(report()), day("2030-01-01"), 30);
        assert_eq!(s, Status::Dropped);
    }

    #[test]
    fn soon_days_moves_the_boundary() {
        let s = |today: &str, soon| status(State::Pending, None, Some(report()), day(today), soon);
        assert_eq!(s("2023-11-23", 7), Status::DueSoon);
        assert_eq!(s("2023-11-22", 7), Status::Pending);
        assert_eq!(s("2023-11-29", 0), Status::Pending);
        assert_eq!(s("2023-11-30", 0), Status::DueSoon);
    }

    mod recurring {
        use super::*;
        use crate::deadline::Schedule;
        use crate::model::Period;

        /// Monthly from 2024-01-31 (each month's last day) to `until`.
        fn monthly(until: Option<&str>) -> Schedule {
            Schedule {
                first: Window {
                    earliest: day("2024-01-31"),
                    latest: day("2024-01-31"),
                },
                every: Period::parse("1 month").unwrap(),
                until: until.map(day),
            }
        }

        fn at(done: &[&str], today: &str, until: Option<&str>) -> Standing {
            let done: Vec<Date> = done.iter().map(|d| day(d)).collect();
            recurring(State::Pending, &done, &monthly(until), day(today), 30)
        }

        fn current(s: Standing) -> Option<(u64, String)> {
            s.occurrence.map(|(k, w)| (k, w.latest.to_string()))
        }

        #[test]
        fn the_earliest_occurrence_not_completed_decides() {
            let s = at(&[], "2024-03-15", None);
            assert_eq!(current(s), Some((1, "2024-01-31".into())));
            assert_eq!(s.status, Status::Overdue);
            let s = at(&["2024-01-30"], "2024-03-15", None);
            assert_eq!(current(s), Some((2, "2024-02-29".into())));
            assert_eq!(s.status, Status::Overdue);
            let s = at(&["2024-01-30", "2024-03-01"], "2024-03-15", None);
            assert_eq!(current(s), Some((3, "2024-03-31".into())));
            assert_eq!(s.status, Status::DueSoon);
        }

        #[test]
        fn completions_ahead_of_time_move_the_current_occurrence_on() {
            let s = at(
                &["2024-01-05", "2024-01-06", "2024-01-07"],
                "2024-01-08",
                None,
            );
            assert_eq!(current(s), Some((4, "2024-04-30".into())));
            assert_eq!(s.status, Status::Pending);
        }

        #[test]
        fn done_once_every_occurrence_up_to_until_is_completed() {
            let until = Some("2024-03-31");
            let s = at(&["2024-01-31", "2024-02-29"], "2024-03-01", until);
            assert_eq!(s.status, Status::DueSoon);
            let all = ["2024-01-31", "2024-02-29", "2024-03-31"];
            let s = at(&all, "2024-03-31", until);
            assert_eq!(s.status, Status::Done { late: false });
            assert_eq!(current(s), Some((3, "2024-03-31".into())));
            // An occurrence completed after its window makes it done late.
            let late = ["2024-01-31", "2024-03-01", "2024-03-31"];
            assert_eq!(
                at(&late, "2024-05-01", until).status,
                Status::Done { late: true }
            );
            // One day short of `until`'s last occurrence: two occurrences only.
            let s = at(&all[..2], "2024-03-31", Some("2024-03-30"));
            assert_eq!(s.status, Status::Done { late: false });
        }

        #[test]
        fn without_until_it_never_ends() {
            let days: Vec<String> = (0..40).map(|_| "2024-01-01".to_string()).collect();
            let days: Vec<&str> = days.iter().map(String::as_str).collect();
            let s = at(&days, "2024-01-02", None);
            assert_eq!(s.status, Status::Pending);
            assert_eq!(s.occurrence.map(|(k, _)| k), Some(41));
        }

        #[test]
        fn dropped_and_stored_done_win() {
            let none: Vec<Date> = Vec::new();
            let s = recurring(State::Dropped, &none, &monthly(None), day("2030-01-01"), 30);
            assert_eq!(s.status, Status::Dropped);
            let s = recurring(State::Done, &none, &monthly(None), day("2030-01-01"), 30);
            assert_eq!(s.status, Status::Done { late: false });
            let s = recurring(
                State::InProgress,
                &none,
                &monthly(None),
                day("2023-06-01"),
                30,
            );
            assert_eq!(s.status, Status::InProgress);
        }
    }
}
