//! The HTML report in a real browser: headless Chromium parses and lays out the page, and
//! the DOM it builds must hold every mandate row and every progress bar. The screenshot
//! is kept under `target/` for a person to look at.
//!
//! It takes seconds, so `cargo test` leaves it out (`#[ignore]`): `.ci/run` installs Debian's
//! `chromium` and runs it in a step of its own (`cargo test --test cli -- --ignored browser`).
//! Run by hand without a browser, it says it was skipped; in CI that is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

/// The browser to run: `$OIC_TRACK_CHROMIUM`, else `chromium` on the PATH.
fn chromium() -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = std::env::var_os("OIC_TRACK_CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["chromium", "chromium-browser"].map(PathBuf::from))
        .collect();
    candidates.into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Runs the browser headless on `page` with `extra` flags; its stdout.
fn headless(browser: &Path, page: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read stdout on a thread so a large DOM cannot fill the pipe and stall the browser.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).unwrap();
        s
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium exited with {status}");
            break;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

#[test]
#[ignore = "seconds in a browser: .ci/run runs it as a step of its own"]
fn the_html_report_renders_every_mandate_and_progress_bar_in_chromium() {
    let Some(browser) = chromium() else {
        skip(
            "the_html_report_renders_every_mandate_and_progress_bar_in_chromium",
            "chromium is not installed (Debian: apt-get install chromium; or set OIC_TRACK_CHROMIUM)",
        );
        return;
    };
    let case = Case::new()
        .copy_dir(&fixtures().join("report"), "resolutions")
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["report", "-o", "report.html"]);
    case.run().ok();
    let page = case.tmp.path().join("report.html");

    let dom = headless(&browser, &page, &["--dump-dom".to_string()]);
    let case = case.args(&["list", "--format", "json"]);
    let list = case.run();
    let records: Vec<serde_json::Value> = serde_json::from_str(&list.stdout()).unwrap();
    assert_eq!(records.len(), 8);
    for r in &records {
        let address = r["id"].as_str().unwrap();
        let status = r["status"].as_str().unwrap();
        let late = r["late"].as_bool().unwrap();
        let class = if late { "done-late" } else { status };
        let row =
            format!("<tr class=\"mandate\" data-address=\"{address}\" data-status=\"{class}\">");
        assert!(
            dom.contains(&row),
            "no row {row} in the rendered DOM:\n{dom}"
        );
    }
    assert_eq!(dom.matches("<tr class=\"mandate\"").count(), records.len());
    // The cover's bar and one per resolution, each with its segments laid out.
    assert_eq!(
        dom.matches("<div class=\"progress\" role=\"img\"").count(),
        3
    );
    assert!(dom.contains("<span class=\"seg done\" style=\"width:25.00%\""));
    assert_eq!(dom.matches("<svg ").count(), 2, "a timeline per resolution");
    assert!(dom.contains("</footer>"), "the whole page was parsed");

    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report.png");
    let _ = std::fs::remove_file(&shot);
    headless(
        &browser,
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1000,1400".to_string(),
        ],
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(png.len() > 20_000, "a page with something on it");
    eprintln!("screenshot of the HTML report: {}", shot.display());
}
