//! What the program learns from the machine: the date, the instant, the number of cores
//! and where caches go. Read once (in `main`, or on first use), never where data is judged.

use std::path::PathBuf;
use std::time::SystemTime;

use jiff::civil::Date;

/// What the program learns from the machine, once, in `main`: the clock and where caches go.
#[derive(Clone, Debug)]
pub struct Host {
    /// The system's date; `--today` overrides it.
    pub today: Date,
    /// The instant, used only to tell whether a folder changed too recently for the folder
    /// index to trust.
    pub now: SystemTime,
    /// Where the folder index is kept, if anywhere: see [`cache_dir`].
    pub cache_dir: Option<PathBuf>,
}

/// How many threads the machine runs at once (at least 1), asked once per process.
/// `available_parallelism` reads the cgroup files on each call, and `list --group-by
/// resolution` asks twice for each group.
pub(crate) fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// The system's date, in its time zone. With `TZ` unset, `/etc/localtime` is read directly:
/// jiff would first look the zone's name up in the time zone database, which lists all of
/// `/usr/share/zoneinfo`, a noticeable part of a `mark-done`, for a name a date does not need.
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
fn date_in_tzif(now: jiff::Timestamp, tzif: &[u8]) -> Option<Date> {
    let tz = jiff::tz::TimeZone::tzif("localtime", tzif).ok()?;
    Some(now.to_zoned_datetime(tz).date())
}

/// `OIC_TRACK_CACHE` (a folder, or `off`), else `$XDG_CACHE_HOME/oic-track`, else
/// `$HOME/.cache/oic-track`; none when none is set (as in the tests, whose environment is
/// cleared).
pub fn cache_dir() -> Option<PathBuf> {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    match var("OIC_TRACK_CACHE") {
        Some(v) if v == "off" => None,
        Some(v) => Some(PathBuf::from(v)),
        None => Some(
            var("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .or_else(|| Some(PathBuf::from(var("HOME")?).join(".cache")))?
                .join("oic-track"),
        ),
    }
}

#[cfg(test)]
mod tests {
    /// The shortcut past jiff's time zone lookup reads the zone's offset: on one instant,
    /// three zones give three dates (the host's own zone may well be UTC).
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
                eprintln!("SKIPPED: no {} (tzdata not installed)", path.display());
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
