//! What the program learns from the machine: the date. Read once, in `main`, never where
//! data is judged.
//!
//! `system_today` keeps one shortcut for speed: with `TZ` unset it reads the zone from
//! `/etc/localtime` itself, where jiff would first look the zone's name up in the time zone
//! database, listing all of `/usr/share/zoneinfo` for a name a date does not need. That
//! lookup is a measurable part of every short command, `mark-done` included
//! (`docs/performance.md` has the figures); the tests compare the shortcut with jiff's way.

use jiff::civil::Date;

/// What the program learns from the machine, once, in `main`: the clock.
#[derive(Clone, Debug)]
pub struct Host {
    /// The system's date; `--today` overrides it.
    pub today: Date,
}

/// The system's date, in its time zone: with `TZ` unset, the zone `/etc/localtime` holds.
pub fn system_today() -> Date {
    let now = jiff::Timestamp::now();
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Ok(data) = std::fs::read("/etc/localtime")
        && let Some(day) = date_in_tzif(now, &data)
    {
        return day;
    }
    now.to_zoned_datetime(jiff::tz::TimeZone::system()).date()
}

/// The date at `now` in the zone a TZif file (`/etc/localtime`) describes.
#[cfg(unix)]
fn date_in_tzif(now: jiff::Timestamp, tzif: &[u8]) -> Option<Date> {
    let tz = jiff::tz::TimeZone::tzif("localtime", tzif).ok()?;
    Some(now.to_zoned_datetime(tz).date())
}

/// Whether `e` says another program has the file open and will not share it, as Excel does
/// with every workbook and CSV file it has open (Windows' `ERROR_SHARING_VIOLATION` and
/// `ERROR_LOCK_VIOLATION`); never so elsewhere, where files are not held that way.
pub fn held_elsewhere(e: &std::io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33))
}

/// What to tell the user when [`held_elsewhere`].
pub const HELD_ELSEWHERE: &str =
    "it is open in another program; close it and run the command again";

#[cfg(test)]
mod tests {
    /// The shortcut against jiff's own way to the system's zone, on the same instant. With
    /// `TZ` set, or no `/etc/localtime`, the shortcut is not taken, and there is nothing
    /// to compare.
    #[cfg(unix)]
    #[test]
    fn the_shortcut_finds_the_date_jiff_finds() {
        let now = jiff::Timestamp::now();
        let data = std::fs::read("/etc/localtime");
        if let (None, Ok(data)) = (std::env::var_os("TZ"), data) {
            let simple = now.to_zoned_datetime(jiff::tz::TimeZone::system()).date();
            assert_eq!(super::date_in_tzif(now, &data), Some(simple));
        }
    }

    /// The shortcut past jiff's time zone lookup reads the zone's offset: on one instant,
    /// three zones give three dates (the host's own zone may well be UTC).
    #[cfg(unix)]
    #[test]
    fn the_date_is_the_zones_not_utcs() {
        let instant: jiff::Timestamp = "2024-01-01T05:00:00Z".parse().unwrap();
        for (zone, day) in [
            ("Pacific/Pago_Pago", "2023-12-31"),
            ("Etc/UTC", "2024-01-01"),
            ("Pacific/Kiritimati", "2024-01-01"),
            ("Asia/Riyadh", "2024-01-01"),
        ] {
            let path = std::path::Path::new("/usr/share/zoneinfo").join(zone);
            let Ok(data) = std::fs::read(&path) else {
                // CI (`.ci/run`, on Linux) installs tzdata, so there a skip is a failure, as
                // for the integration tests' `support::skip` (CONTRIBUTING.md).
                let ci =
                    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
                let missing = format!("no {} (tzdata not installed)", path.display());
                assert!(!(ci && cfg!(target_os = "linux")), "{missing}, in CI");
                eprintln!("SKIPPED the_date_is_the_zones_not_utcs: {missing}");
                return;
            };
            let got = super::date_in_tzif(instant, &data).unwrap();
            assert_eq!(got.to_string(), day, "{zone}");
        }
        let late: jiff::Timestamp = "2024-01-01T11:30:00Z".parse().unwrap();
        let data = std::fs::read("/usr/share/zoneinfo/Pacific/Kiritimati").unwrap();
        assert_eq!(
            super::date_in_tzif(late, &data).unwrap().to_string(),
            "2024-01-02"
        );
    }
}
