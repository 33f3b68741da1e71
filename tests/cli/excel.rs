//! Excel out: `--format xlsx`, `-o FILE`, CSV for Excel (BOM, `;`). The workbook is read
//! back with calamine, and opened by two independent readers: Python's openpyxl and
//! LibreOffice.

use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader as _, Xlsx, open_workbook};

use crate::support::{Case, report_folder, skip};

const TODAY: &str = "2023-12-15";

/// The report folder listed as a workbook at `path` (relative to the case's folder).
fn workbook(case: Case, args: &[&str]) -> Case {
    let mut all = vec!["--today", TODAY];
    all.extend(args);
    let case = case.args(&all);
    case.run().ok();
    case
}

fn json(case: Case) -> Vec<serde_json::Value> {
    let run = case
        .args(&["--today", TODAY, "list", "--format", "json"])
        .run();
    serde_json::from_str(&run.ok().stdout()).unwrap()
}

fn rows(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    assert_eq!(range.start(), Some((0, 0)), "the sheet starts at A1");
    range.rows().map(<[Data]>::to_vec).collect()
}

/// An Excel serial day number (1900 system) as `YYYY-MM-DD`.
fn day_of(serial: f64) -> String {
    let base = jiff::civil::date(1899, 12, 30);
    base.checked_add(jiff::Span::new().days(serial as i64))
        .unwrap()
        .to_string()
}

#[test]
fn list_as_a_workbook_reads_back_with_its_values_date_cells_and_header() {
    let case = workbook(report_folder(), &["list", "-o", "out.xlsx"]);
    let want = json(report_folder());
    let rows = rows(&case.tmp.path().join("out.xlsx"), "Mandates");
    let head: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    assert_eq!(head[..3], ["id", "resolution", "mandate"]);
    assert!(head.ends_with(&[
        "title".into(),
        "text".into(),
        "notes".into(),
        "note_count".into()
    ]));
    assert_eq!(rows.len() - 1, want.len(), "one row per mandate");
    let mut dates = 0;
    for (row, r) in rows[1..].iter().zip(&want) {
        assert_eq!(row[col("id")].to_string(), r["id"].as_str().unwrap());
        assert_eq!(row[col("title")].to_string(), r["title"].as_str().unwrap());
        assert_eq!(
            row[col("status")].to_string(),
            r["status"].as_str().unwrap()
        );
        assert_eq!(row[col("late")], Data::Bool(r["late"].as_bool().unwrap()));
        let notes = r["notes"].as_array().unwrap();
        assert_eq!(row[col("note_count")], Data::Float(notes.len() as f64));
        let lines: Vec<String> = notes
            .iter()
            .map(|n| {
                format!(
                    "{}: {}",
                    n["date"].as_str().unwrap(),
                    n["text"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(row[col("notes")].to_string(), lines.join("\n"));
        match (&row[col("due_latest")], r["due"]["latest"].as_str()) {
            (Data::DateTime(d), Some(latest)) => {
                assert_eq!(day_of(d.as_f64()), latest);
                dates += 1;
            }
            (Data::Empty, None) => {}
            (cell, want) => panic!("due_latest {cell:?}, want a date cell for {want:?}"),
        }
        if let Some(p) = r["paragraph"].as_i64() {
            assert_eq!(
                row[col("paragraph")],
                Data::Float(p as f64),
                "numbers stay numbers"
            );
        }
    }
    assert!(dates > 3, "the folder has deadlines");
    let arabic = rows
        .iter()
        .any(|r| r[col("title")].to_string().contains("قرار"));
    assert!(arabic, "Arabic text arrives as written");
}

#[test]
fn stale_and_due_write_workbooks_with_their_own_sheets_and_columns() {
    let case = workbook(report_folder(), &["stale", "-o", "stale.xlsx"]);
    let rows = rows(&case.tmp.path().join("stale.xlsx"), "Stale");
    let head: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    assert!(head.ends_with(&[
        "last_touched".into(),
        "touched_by".into(),
        "idle_days".into()
    ]));
    let touched = head.len() - 3;
    assert!(rows.len() > 1);
    assert!(
        rows[1..]
            .iter()
            .all(|r| matches!(r[touched], Data::DateTime(_)))
    );
    let case = workbook(
        report_folder(),
        &["due", "--format", "xlsx", "-o", "due.bin"],
    );
    let due = self::rows(&case.tmp.path().join("due.bin"), "Due");
    assert!(due.len() > 1, "--format wins over the extension");
}

#[test]
fn the_same_data_and_day_give_the_same_workbook_bytes() {
    let one = workbook(report_folder(), &["list", "-o", "a.xlsx"]);
    let two = workbook(report_folder(), &["list", "--format", "xlsx"]);
    let a = std::fs::read(one.tmp.path().join("a.xlsx")).unwrap();
    let b = two.run().0.stdout;
    assert!(a.starts_with(b"PK"), "a zip file");
    assert!(
        a == b,
        "-o and standard output give the same bytes, run after run"
    );
}

#[test]
fn csv_to_a_file_starts_with_a_bom_and_takes_a_semicolon() {
    let case = workbook(
        report_folder(),
        &["list", "-o", "out.csv", "--delimiter", ";"],
    );
    let bytes = std::fs::read(case.tmp.path().join("out.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}id;resolution;mandate;".as_bytes()));
    let stdout = report_folder()
        .args(&["--today", TODAY, "list", "--format", "csv"])
        .run();
    let text = stdout.ok().stdout();
    assert!(
        text.starts_with("id,resolution,"),
        "standard output has no BOM"
    );
    let file = String::from_utf8(bytes).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(file.trim_start_matches('\u{feff}').as_bytes());
    let mut plain = csv::Reader::from_reader(text.as_bytes());
    let a: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let b: Vec<csv::StringRecord> = plain.records().map(Result::unwrap).collect();
    assert_eq!(a, b, "the same cells whatever the separator");
}

#[test]
fn output_files_follow_their_extension_and_the_writing_rules() {
    let case = workbook(report_folder(), &["list", "-o", "out.json"]);
    let text = std::fs::read_to_string(case.tmp.path().join("out.json")).unwrap();
    let back: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, json(report_folder()));
    let run = report_folder().args(&["list", "-o", "out.ods"]).run();
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("name the file .xlsx, .csv, .json or .txt"),
        "{}",
        run.stderr()
    );
    let run = report_folder()
        .args(&["list", "-o", "resolutions/x.toml", "--format", "csv"])
        .run();
    run.expect_code(1);
    assert!(run.stderr().contains("data folder"), "{}", run.stderr());
    let run = report_folder()
        .args(&["list", "--format", "json", "--delimiter", ";"])
        .run();
    run.expect_code(1);
    assert!(run.stderr().contains("--delimiter is for CSV only"));
}

/// A workbook with hostile and Arabic text, for the readers below.
fn hostile_workbook() -> Case {
    let file = r#"title = "قرار بشأن المتابعة"
body = "=HYPERLINK(\"http://x\")"
adopted = 2023-08-01

[[mandates]]
id = "a"
actor = "=cmd|' /C calc'!A0"
summary = "الأمانة العامة تقدم تقريرا"
text = "line one\nline two \u001b[31m"
due = "2023-12"
notes = [ { date = 2023-09-01, text = "Plain note" } ]
"#;
    workbook(Case::new().file("r.toml", file), &["list", "-o", "h.xlsx"])
}

#[test]
fn the_workbook_opens_in_openpyxl_with_its_header_filter_dates_and_directions() {
    let ok = Command::new("python3")
        .args(["-c", "import openpyxl"])
        .output();
    if !ok.is_ok_and(|o| o.status.success()) {
        return skip(
            "openpyxl",
            "python3 with openpyxl is not installed (pip install openpyxl)",
        );
    }
    let case = hostile_workbook();
    let script = r#"
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Mandates"]
head = [c.value for c in ws[1]]
row = {h: c for h, c in zip(head, ws[2])}
assert ws.freeze_panes == "A2", ws.freeze_panes
assert ws.auto_filter.ref == "A1:" + ws.cell(1, len(head)).column_letter + "2", ws.auto_filter.ref
assert all(c.font.b for c in ws[1]), "bold header"
d = row["due_latest"]
assert isinstance(d.value, datetime.datetime) and d.value.date() == datetime.date(2023, 12, 31), d.value
assert d.number_format == "yyyy-mm-dd", d.number_format
assert row["summary"].alignment.readingOrder == 2, "Arabic reads right to left"
assert row["mandate"].alignment.readingOrder != 2
assert row["actor"].data_type == "s" and row["actor"].value == "=cmd|' /C calc'!A0", "a formula stays text"
assert row["text"].value.startswith("line one\nline two"), repr(row["text"].value)
assert ws.column_dimensions["A"].width >= 6
print("ok", len(head))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(case.tmp.path().join("h.xlsx"))
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "openpyxl: {said}");
    assert!(said.starts_with("ok "), "{said}");
}

#[test]
fn libreoffice_converts_the_workbook_with_its_dates_and_arabic() {
    if Command::new("soffice").arg("--version").output().is_err() {
        return skip(
            "libreoffice",
            "soffice is not installed (apt libreoffice-calc-nogui)",
        );
    }
    let case = hostile_workbook();
    let dir = case.tmp.path();
    // A profile of its own: LibreOffice refuses to start while another one uses the default.
    let profile = format!("-env:UserInstallation=file://{}/lo-profile", dir.display());
    let out = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
        ])
        .arg("--outdir")
        .arg(dir)
        .arg(dir.join("h.xlsx"))
        .env("HOME", dir)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "soffice: {said}");
    let csv = std::fs::read_to_string(dir.join("h.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let row: Vec<String> = reader
        .records()
        .next()
        .unwrap()
        .unwrap()
        .iter()
        .map(String::from)
        .collect();
    let cell = |name: &str| row[head.iter().position(|h| h == name).unwrap()].clone();
    assert_eq!(cell("id"), "r/a");
    assert_eq!(
        cell("due_latest"),
        "2023-12-31",
        "a date cell, in its format"
    );
    assert_eq!(cell("summary"), "الأمانة العامة تقدم تقريرا");
    assert_eq!(
        cell("actor"),
        "=cmd|' /C calc'!A0",
        "never run as a formula"
    );
    assert_eq!(cell("note_count"), "1");
}

#[test]
fn a_workbook_is_not_written_to_a_terminal() {
    if Command::new("script").arg("--version").output().is_err() {
        return skip(
            "script",
            "no `script` (util-linux) to give the binary a terminal",
        );
    }
    // `script` runs the binary on a pseudo-terminal; the words after `sh` are its command.
    let on_terminal = ["sh", "-c", "script -qec \"$*\" /dev/null", "sh"];
    let run = report_folder()
        .args(&["list", "--format", "xlsx"])
        .wrap(&on_terminal)
        .run();
    let said = run.stdout();
    assert!(said.contains("not for a terminal"), "{said}");
    assert!(!said.contains("PK"), "no zip bytes on the terminal: {said}");
}
