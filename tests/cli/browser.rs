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

/// The languages the report is printed and measured in.
const LANGS: [&str; 3] = ["en", "fr", "ar"];

/// `page` shown in an iframe `width` CSS pixels wide (headless Chromium's window is at
/// least 500 wide, an iframe has the width it is given), and what the page inside
/// measures once loaded: its document's scrollWidth, and how the timeline's drawing and
/// its list are displayed.
fn measure(browser: &Path, page: &Path, width: u32) -> (u32, String) {
    let frame = page.with_extension(format!("{width}.html"));
    let name = page.file_name().unwrap().to_str().unwrap();
    std::fs::write(
        &frame,
        format!(
            r#"<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{name}" style="width:{width}px;height:900px;border:0"></iframe>
<script>
document.getElementById("f").addEventListener("load", () => {{
  const d = document.getElementById("f").contentDocument;
  const shown = (sel) => {{ const e = d.querySelector(sel); return e ? getComputedStyle(e).display : "absent"; }};
  document.body.setAttribute("data-scroll-width", d.documentElement.scrollWidth);
  document.body.setAttribute("data-timeline", shown("figure.timeline svg") + "/" + shown("ol.timeline-list"));
}});
</script></body></html>"#
        ),
    )
    .unwrap();
    let dom = headless(
        browser,
        &frame,
        &[
            "--allow-file-access-from-files".to_string(),
            "--window-size=1400,900".to_string(),
            "--virtual-time-budget=5000".to_string(),
            "--dump-dom".to_string(),
        ],
    );
    let attr = |name: &str| -> String {
        let at = dom
            .find(&format!("{name}=\""))
            .unwrap_or_else(|| panic!("no {name} measured in\n{dom}"));
        let rest = &dom[at + name.len() + 2..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    (
        attr("data-scroll-width").parse().unwrap(),
        attr("data-timeline"),
    )
}

/// The text of page `n` of `pdf` (pdftotext), the bidi marks it puts around
/// right-to-left runs turned into spaces (they separate words there).
fn pdf_page(pdf: &Path, n: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-f", &n.to_string(), "-l", &n.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .map(|c| match c {
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => ' ',
            c => c,
        })
        .collect()
}

/// `pdfinfo`'s page count and page size in points.
fn pdf_info(pdf: &Path) -> (usize, f64, f64) {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(out.status.success());
    let info = String::from_utf8(out.stdout).unwrap();
    let field = |name: &str| -> String {
        let line = info
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{info}"));
        line[name.len()..].trim().to_string()
    };
    let pages = field("Pages:").parse().unwrap();
    let size = field("Page size:");
    let words: Vec<&str> = size.split_whitespace().collect();
    (pages, words[0].parse().unwrap(), words[2].parse().unwrap())
}

fn print_to_pdf(browser: &Path, page: &Path) -> PathBuf {
    let pdf = page.with_extension("pdf");
    let _ = std::fs::remove_file(&pdf);
    headless(
        browser,
        page,
        &[
            // Chromium's own header and footer (date, address) off: the page's CSS
            // margin boxes give the page numbers.
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    pdf
}

/// Digits as the report writes them in `lang`.
fn digits(lang: &str, n: usize) -> String {
    let s = n.to_string();
    if lang != "ar" {
        return s;
    }
    s.chars()
        .map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap())
        .collect()
}

fn has_tools(test: &str) -> Option<PathBuf> {
    let browser = chromium();
    let poppler = Command::new("pdfinfo").arg("-v").output().is_ok();
    match browser {
        Some(b) if poppler => Some(b),
        _ => {
            skip(
                test,
                "chromium and poppler-utils (pdfinfo, pdftotext) are needed (Debian: apt-get install chromium poppler-utils)",
            );
            None
        }
    }
}

#[test]
#[ignore = "a minute in a browser: .ci/run runs it as a step of its own"]
fn the_report_prints_on_a4_with_page_numbers_and_fits_a_phone_in_each_language() {
    let test = "the_report_prints_on_a4_with_page_numbers_and_fits_a_phone_in_each_language";
    let Some(browser) = has_tools(test) else {
        return;
    };
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"));
    // The measurement can fail: a page wider than the phone measures wider.
    let work = tempfile::tempdir().unwrap();
    let wide = work.path().join("wide.html");
    std::fs::write(&wide, "<!DOCTYPE html><div style=\"width:700px\">x</div>").unwrap();
    assert!(
        measure(&browser, &wide, 400).0 > 400,
        "the measurement sees overflow"
    );

    for lang in LANGS {
        let case = Case::new()
            .copy_dir(&fixtures().join("report"), "resolutions")
            .env("OIC_TRACK_TODAY", "2023-12-15")
            .env("OIC_TRACK_LANG", lang)
            .args(&["report", "-o", "report.html"]);
        case.run().ok();
        let page = case.tmp.path().join(format!("report-{lang}.html"));
        std::fs::rename(case.tmp.path().join("report.html"), &page).unwrap();

        // A desktop screen and a phone: nothing scrolls sideways; on the phone the
        // timeline gives way to its list.
        let (wide, timeline) = measure(&browser, &page, 1280);
        assert!(wide <= 1280, "{lang}: scrollWidth {wide} at 1280 px");
        assert_eq!(timeline, "inline/none", "{lang}: the drawing on a screen");
        let (narrow, timeline) = measure(&browser, &page, 400);
        assert!(narrow <= 400, "{lang}: scrollWidth {narrow} at 400 px");
        assert_eq!(timeline, "none/block", "{lang}: the list on a phone");
        eprintln!("{lang}: scrollWidth {wide} at 1280 px, {narrow} at 400 px");
        for (w, h, from) in [
            (1280, 900, page.clone()),
            (500, 900, page.with_extension("400.html")),
        ] {
            let shot = shots.join(format!(
                "report-{lang}-{}.png",
                if w == 1280 { "1280" } else { "400" }
            ));
            let _ = std::fs::remove_file(&shot);
            headless(
                &browser,
                &from,
                &[
                    "--allow-file-access-from-files".to_string(),
                    format!("--window-size={w},{h}"),
                    "--virtual-time-budget=3000".to_string(),
                    format!("--screenshot={}", shot.display()),
                ],
            );
            assert!(std::fs::read(&shot).unwrap().starts_with(b"\x89PNG"));
            eprintln!("screenshot: {}", shot.display());
        }

        // Printed: A4, "page k of n" on every page in the report's language and digits.
        let pdf = print_to_pdf(&browser, &page);
        let (pages, w, h) = pdf_info(&pdf);
        assert!(
            (w - 595.0).abs() < 1.0 && (h - 842.0).abs() < 1.0,
            "{lang}: {w} x {h} pts"
        );
        assert!(pages >= 2, "{lang}: {pages} pages");
        eprintln!("{lang}: {pages} A4 pages ({w} x {h} pts)");
        let (page_word, of) = match lang {
            "en" => ("page", "of"),
            "fr" => ("page", "sur"),
            _ => ("الصفحة", "من"),
        };
        let texts: Vec<String> = (1..=pages).map(|k| pdf_page(&pdf, k)).collect();
        for (k, text) in texts.iter().enumerate() {
            let footer: Vec<&str> = text
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            for want in [page_word, of, &digits(lang, k + 1), &digits(lang, pages)] {
                assert!(
                    footer.contains(&want),
                    "{lang}, page {}: {footer:?} lacks {want}",
                    k + 1
                );
            }
        }
        // Page 1 holds the summary and the first resolution's start, not a lone table;
        // the second resolution starts a page of its own.
        let first_title = "desecration of copies";
        assert!(
            texts[0].contains(first_title),
            "{lang}: page 1 is\n{}",
            texts[0]
        );
        // (Its title is in the summary table of page 1 too: the page that starts with it.)
        let top = |t: &String| {
            t.lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or_default()
                .to_string()
        };
        let second = texts
            .iter()
            .position(|t| top(t).contains("متابعة"))
            .unwrap_or_else(|| {
                panic!(
                    "{lang}: no page starts with the second resolution: {:?}",
                    texts.iter().map(top).collect::<Vec<_>>()
                )
            });
        assert!(
            second > 0,
            "{lang}: the second resolution starts page {}",
            second + 1
        );
    }
}

#[test]
#[ignore = "seconds in a browser: .ci/run runs it as a step of its own"]
fn a_long_mandates_table_repeats_its_header_on_every_printed_page() {
    let test = "a_long_mandates_table_repeats_its_header_on_every_printed_page";
    let Some(browser) = has_tools(test) else {
        return;
    };
    let mut toml = String::from(
        "title = \"Resolution with many mandates\"\nbody = \"Test body\"\nadopted = \"2023-01-10\"\n",
    );
    for i in 0..90 {
        toml.push_str(&format!(
            "\n[[mandates]]\nid = \"task-{i:03}\"\nactor = \"Member states\"\nsummary = \"Carry out task number {i} of the plan\"\ndue = \"2024-{:02}\"\n",
            i % 12 + 1
        ));
    }
    let case = Case::new()
        .file("long.toml", toml)
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["report", "-o", "long.html"]);
    case.run().ok();
    let pdf = print_to_pdf(&browser, &case.tmp.path().join("long.html"));
    let (pages, _, _) = pdf_info(&pdf);
    let is_head = |l: &str| {
        ["Mandate", "Actor", "Summary", "Status"]
            .iter()
            .all(|w| l.contains(w))
    };
    let mut with_rows = 0;
    for k in 1..=pages {
        let text = pdf_page(&pdf, k);
        // A page with rows of a table: an id in a cell beside the actor (the detailed
        // part, which is no table, joins them with `·`).
        let rows = text
            .lines()
            .filter(|l| l.contains("task-") && l.contains("Member") && !l.contains('·'))
            .count();
        if rows > 0 {
            with_rows += 1;
            assert!(
                text.lines().any(is_head),
                "page {k} has {rows} rows and no header:\n{text}"
            );
        }
    }
    assert!(with_rows >= 2, "the table spans {with_rows} pages");
}

/// LibreOffice's `soffice`, with Writer (Debian: libreoffice-writer-nogui).
fn soffice() -> Option<PathBuf> {
    let writer = Path::new("/usr/lib/libreoffice/program/libswlo.so").exists();
    let found = Command::new("soffice")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    (writer && found).then(|| PathBuf::from("soffice"))
}

#[test]
#[ignore = "LibreOffice takes seconds: .ci/run runs it as a step of its own"]
fn the_word_report_converts_with_libreoffice_to_numbered_a4_pages() {
    let test = "the_word_report_converts_with_libreoffice_to_numbered_a4_pages";
    let (Some(soffice), true) = (
        soffice(),
        Command::new("pdfinfo").arg("-v").output().is_ok(),
    ) else {
        skip(
            test,
            "LibreOffice Writer and poppler-utils are needed (Debian: apt-get install libreoffice-writer-nogui poppler-utils)",
        );
        return;
    };
    for lang in LANGS {
        let case = Case::new()
            .copy_dir(&fixtures().join("report"), "resolutions")
            .env("OIC_TRACK_TODAY", "2023-12-15")
            .env("OIC_TRACK_LANG", lang)
            .args(&["report", "-o", "report.docx"]);
        case.run().ok();
        let profile = tempfile::tempdir().unwrap();
        let out = Command::new(&soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.path().display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(case.tmp.path())
            .arg(case.tmp.path().join("report.docx"))
            .output()
            .unwrap();
        let pdf = case.tmp.path().join("report.pdf");
        assert!(
            pdf.exists(),
            "{lang}: soffice made no PDF: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let (pages, w, h) = pdf_info(&pdf);
        assert!(
            (w - 595.0).abs() < 1.0 && (h - 842.0).abs() < 1.0,
            "{lang}: {w} x {h} pts"
        );
        assert!(pages >= 2, "{lang}: {pages} pages");
        let (page_word, of) = match lang {
            "en" => ("page", "of"),
            "fr" => ("page", "sur"),
            _ => ("الصفحة", "من"),
        };
        for k in 1..=pages {
            let text = pdf_page(&pdf, k);
            let footer: Vec<&str> = text
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            // Word's fields give Latin digits whatever the language.
            for want in [page_word, of, &k.to_string(), &pages.to_string()] {
                assert!(
                    footer.contains(&want),
                    "{lang}, page {k}: {footer:?} lacks {want}"
                );
            }
        }
        let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("report-{lang}.docx.pdf"));
        std::fs::copy(&pdf, &shot).unwrap();
        eprintln!(
            "{lang}: the Word report converts to {pages} A4 pages: {}",
            shot.display()
        );
    }
}
