//! `import`: follow-up matrices of our own making (built here with rust_xlsxwriter, or as
//! CSV bytes) → the folder they give, byte for byte (`tests/fixtures/import/<case>/`: `out/`
//! the folder after, `expected` what the run printed); importing twice changes nothing; a
//! row that cannot be read stops the import; `list -o FILE.xlsx` imports back to the same
//! mandates.

use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};

use crate::support::*;

const TODAY: &str = "2024-01-15";

/// Runs `import` with `args` in a case holding `name` (the sheet's bytes), then checks the
/// folder and what was printed against `tests/fixtures/import/<case>/`, and that a second
/// import changes nothing.
fn check(case_name: &str, file: &str, bytes: &[u8], args: &[&str]) {
    let case = Case::new();
    std::fs::write(case.tmp.path().join(file), bytes).unwrap();
    let mut all = vec!["--today", TODAY, "import", file];
    all.extend(args);
    let case = case.args(&all);
    let first = case.run();
    let dir = fixtures().join("import").join(case_name);
    let mut expect = Expect::new();
    expect.file(&dir.join("expected"), &transcript(&first));
    expect.tree(&dir.join("out"), &case.dir());
    expect.finish();
    first.ok();
    let before = tree(&case.dir());
    let again = case.run();
    again.ok();
    assert!(
        again.stdout().contains("nothing to import"),
        "{}",
        again.stdout()
    );
    assert!(
        tree(&case.dir()) == before,
        "a second import changed the folder"
    );
    let check = Case::new().args(&["check"]);
    copy_tree(&case.dir(), &check.dir());
    check.run().ok();
}

/// An English follow-up matrix as secretariats keep them: a merged banner, a blank row, the
/// header, Resolution cells merged over their rows, every form of date, office statuses,
/// remarks, a formula-looking remark, a deadline that names a meeting, and Arabic rows.
fn english_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Follow-up").unwrap();
    let bold = Format::new().set_bold().set_align(FormatAlign::Center);
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.merge_range(
        0,
        0,
        0,
        6,
        "Follow-up of CFM resolutions (status as of January 2024)",
        &bold,
    )
    .unwrap();
    let head = [
        "Resolution",
        "OP",
        "Action required",
        "Responsible",
        "Deadline",
        "Status",
        "Remarks",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, *h, &bold).unwrap();
    }
    ws.merge_range(3, 0, 5, 0, "Resolution 12/50 on Education", &Format::new())
        .unwrap();
    let rows: [(u32, &str, &str, &str); 3] = [
        (
            3,
            "3",
            "Submit a progress report on literacy",
            "General Secretariat",
        ),
        (
            4,
            "5 (a)",
            "Convene an expert group",
            "Member States; ISESCO",
        ),
        (
            5,
            "7",
            "Set up a scholarship fund",
            "Islamic Development Bank",
        ),
    ];
    for (r, op, action, who) in rows {
        ws.write_string(r, 1, op).unwrap();
        ws.write_string(r, 2, action).unwrap();
        ws.write_string(r, 3, who).unwrap();
    }
    ws.write_datetime_with_format(3, 4, ExcelDateTime::from_ymd(2024, 3, 31).unwrap(), &date)
        .unwrap();
    ws.write_string(4, 4, "December 2024").unwrap();
    ws.write_number(5, 4, 45382.0).unwrap(); // a serial day typed as a plain number
    ws.write_string(3, 5, "Completed").unwrap();
    ws.write_string(4, 5, "Ongoing").unwrap();
    ws.write_string(5, 5, "Superseded").unwrap();
    ws.write_string(3, 6, "Report circulated to member states")
        .unwrap();
    ws.write_string(4, 6, "=HYPERLINK(\"http://x\") \u{7}")
        .unwrap();
    // Arabic rows, under a resolution given on the first row only.
    ws.write_string(6, 0, "القرار 3/50 بشأن الشباب").unwrap();
    ws.write_number(6, 1, 2.0).unwrap();
    ws.write_string(6, 2, "تقديم تقرير عن برامج الشباب")
        .unwrap();
    ws.write_string(6, 3, "الأمانة العامة").unwrap();
    ws.write_number(6, 4, 2025.0).unwrap();
    ws.write_string(6, 5, "En cours").unwrap();
    ws.write_number(7, 1, 4.0).unwrap();
    ws.write_string(7, 2, "Review the youth strategy").unwrap();
    ws.write_string(7, 3, "Member States").unwrap();
    ws.write_string(7, 4, "Before the 51st session of the CFM")
        .unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn an_english_workbook_with_banners_and_merged_cells_imports_byte_for_byte() {
    check(
        "english-xlsx",
        "follow-up.xlsx",
        &english_workbook(),
        &[
            "--body",
            "OIC Council of Foreign Ministers",
            "--adopted",
            "2023-03-17",
        ],
    );
}

/// French headers on the second sheet of a workbook, dates as French text.
fn french_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Notes").unwrap();
    let ws = book.add_worksheet();
    ws.set_name("Suivi").unwrap();
    ws.write_string(0, 0, "Matrice de suivi des résolutions")
        .unwrap();
    let head = [
        "Résolution",
        "Paragraphe",
        "Action requise",
        "Responsable",
        "Échéance",
        "État",
        "Observations",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    let rows = [
        [
            "Résolution 4/49 sur la sécurité alimentaire",
            "2",
            "Présenter un rapport",
            "Secrétariat général",
            "décembre 2024",
            "Achevé",
            "Rapport présenté",
        ],
        [
            "",
            "6",
            "Organiser un forum régional",
            "États membres",
            "31/03/2025",
            "En cours",
            "",
        ],
        ["", "8", "Mobiliser des fonds", "BID", "2026", "", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(2 + r as u32, c as u16, *v).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_french_workbook_is_read_from_the_sheet_named() {
    check(
        "french-xlsx",
        "suivi.xlsx",
        &french_workbook(),
        &["--sheet", "Suivi"],
    );
}

#[test]
fn csv_with_semicolons_and_a_bom_imports_byte_for_byte() {
    let text = "\u{feff}Résolution;OP;Mandat;Responsable;Date limite;Statut;Remarques\n\
                CFM 48/7;1;Publier un guide;Secrétariat général;30/06/2024;Done;\"Version 1; révisée\"\n\
                CFM 48/7;2;Tenir un atelier;États membres;;;\n";
    check(
        "french-csv",
        "suivi.csv",
        text.as_bytes(),
        &["--body", "CFM", "--adopted", "2023-05-01"],
    );
}

#[test]
fn csv_saved_in_the_arabic_windows_code_page_imports_byte_for_byte() {
    let text = "Resolution,Paragraph,Mandate,Actor,Due date,Status\r\n\
                قرار بشأن المياه,3,إعداد خطة عمل,الأمانة العامة,2024-09,Ongoing\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!unmappable);
    check(
        "arabic-csv-1256",
        "water.csv",
        &bytes,
        &["--body", "CFM", "--adopted", "2023-05-01"],
    );
}

/// Excel's "Unicode Text" (Save As): UTF-16 with a byte order mark, tab-separated, `.txt`.
#[test]
fn excel_unicode_text_imports_byte_for_byte() {
    let text = "Resolution\tParagraph\tMandate\tActor\tDue date\tStatus\r\n\
                قرار بشأن المياه\t3\tإعداد خطة عمل\tالأمانة العامة\t2024-09\tOngoing\r\n";
    let bytes: Vec<u8> = [0xfeff_u16]
        .into_iter()
        .chain(text.encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    check(
        "arabic-unicode-text",
        "water.txt",
        &bytes,
        &["--body", "CFM", "--adopted", "2023-05-01"],
    );
}

#[test]
fn a_row_that_cannot_be_read_is_named_and_nothing_is_written() {
    let text = "Banner line\n\nResolution,OP,Action required,Responsible,Deadline\n\
                R1,1,Do one thing,SG,31/03/2024\n\
                R1,2,Do another,SG,whenever it suits\n\
                R1,3,,SG,2025\n\
                R1,4,Do a third,SG,2025\n";
    let case = Case::new();
    std::fs::write(case.tmp.path().join("m.csv"), text).unwrap();
    let case = case.args(&["--today", TODAY, "import", "m.csv"]);
    let run = case.run();
    run.expect_code(1);
    let err = run.stderr();
    assert!(
        err.contains("m.csv:m!E5: cannot read `whenever it suits` as a deadline"),
        "{err}"
    );
    assert!(err.contains("m.csv:m!C6: no action in this row"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(tree(&case.dir()).is_empty(), "nothing written");
    let case = case.args(&["--today", TODAY, "import", "m.csv", "--skip-bad"]);
    let run = case.run();
    run.ok();
    let err = run.stderr();
    assert!(err.contains("skipped m.csv:m!E5: cannot read"), "{err}");
    assert!(err.contains("skipped m.csv:m!C6:"), "{err}");
    let file = case.read("r1.toml");
    assert_eq!(file.matches("[[mandates]]").count(), 2, "{file}");
}

#[test]
fn a_dry_run_prints_the_new_file_and_writes_nothing() {
    let case = Case::new();
    std::fs::write(case.tmp.path().join("s.xlsx"), english_workbook()).unwrap();
    let case = case.args(&["--today", TODAY, "import", "s.xlsx", "--dry-run"]);
    let run = case.run();
    run.ok();
    assert!(
        run.stdout()
            .contains("+++ b/resolutions/resolution-12-50-on-education.toml"),
        "{}",
        run.stdout()
    );
    assert!(run.stderr().contains("dry run:"), "{}", run.stderr());
    assert!(tree(&case.dir()).is_empty());
}

#[test]
fn rows_added_to_the_sheet_are_appended_to_the_existing_file() {
    let case = Case::new();
    let first = "Resolution,OP,Action required,Responsible\nR1,1,Do one thing,SG\n";
    std::fs::write(case.tmp.path().join("m.csv"), first).unwrap();
    let case = case.args(&[
        "--today",
        TODAY,
        "import",
        "m.csv",
        "--body",
        "B",
        "--adopted",
        "2023-01-01",
    ]);
    case.run().ok();
    let more = format!("{first}R1,2,Do another,SG\nr1,1,do ONE  thing,SG\n");
    std::fs::write(case.tmp.path().join("m.csv"), more).unwrap();
    let case = case.args(&["--today", TODAY, "import", "m.csv"]);
    let run = case.run();
    run.ok();
    assert!(
        run.stdout().contains("r1: 1 mandate(s) added"),
        "{}",
        run.stdout()
    );
    let file = case.read("r1.toml");
    assert_eq!(file.matches("[[mandates]]").count(), 2, "{file}");
    assert!(
        file.starts_with("# Imported by"),
        "the header stays: {file}"
    );
}

/// The mandates of a folder as `list --format json` gives them, without what says where
/// they are kept.
fn mandates(dir: &Path) -> Vec<serde_json::Value> {
    let case = Case::new().args(&["--today", TODAY, "list", "--format", "json"]);
    copy_tree(dir, &case.dir());
    let run = case.run();
    let mut rows: Vec<serde_json::Value> = serde_json::from_str(&run.ok().stdout()).unwrap();
    for r in &mut rows {
        r.as_object_mut().unwrap().remove("file");
    }
    rows
}

#[test]
fn a_listing_as_a_workbook_imports_back_to_the_same_mandates() {
    let source = report_folder();
    let listed = source.args(&["--today", TODAY, "list", "-o", "all.xlsx"]);
    listed.run().ok();
    let target = Case::new();
    // Deadlines that name meetings need the meetings: the events come along.
    std::fs::copy(
        listed.dir().join("events.toml"),
        target.dir().join("events.toml"),
    )
    .unwrap();
    std::fs::copy(
        listed.tmp.path().join("all.xlsx"),
        target.tmp.path().join("all.xlsx"),
    )
    .unwrap();
    let target = target.args(&[
        "--today",
        TODAY,
        "import",
        "all.xlsx",
        "--body",
        "B",
        "--adopted",
        "2023-07-31",
    ]);
    target.run().ok();
    assert_eq!(mandates(&target.dir()), mandates(&listed.dir()));
}

#[test]
fn a_header_the_tool_does_not_know_is_named_with_map() {
    let text = "Res;Action à mener;Porteur;Pour le\nR9;Rédiger la note;DG;2025\n";
    let case = Case::new();
    std::fs::write(case.tmp.path().join("m.csv"), text).unwrap();
    let case = case.args(&["--today", TODAY, "import", "m.csv"]);
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr().contains("no header row found"),
        "{}",
        run.stderr()
    );
    assert!(tree(&case.dir()).is_empty());
    let case = case.args(&[
        "--today",
        TODAY,
        "import",
        "m.csv",
        "--map",
        "Action à mener=summary",
        "--map",
        "porteur=actor",
        "--map",
        "Pour le=due",
    ]);
    case.run().ok();
    let file = case.read("r9.toml");
    assert!(file.contains("summary = \"Rédiger la note\""), "{file}");
    assert!(file.contains("actor   = \"DG\""), "{file}");
    assert!(file.contains("due     = \"2025\""), "{file}");
}

#[test]
fn one_import_appends_to_several_existing_files() {
    let case = Case::new();
    let first =
        "Resolution,OP,Action required,Responsible\nR1,1,Do one thing,SG\nR2,1,Do a thing,SG\n";
    std::fs::write(case.tmp.path().join("m.csv"), first).unwrap();
    let case = case.args(&[
        "--today",
        TODAY,
        "import",
        "m.csv",
        "--body",
        "B",
        "--adopted",
        "2023-01-01",
    ]);
    case.run().ok();
    let more = format!("{first}R1,2,Do another,SG\nR2,2,Do more,SG\n");
    std::fs::write(case.tmp.path().join("m.csv"), more).unwrap();
    let run = case.run();
    run.ok();
    assert_eq!(
        run.stdout().matches("1 mandate(s) added").count(),
        2,
        "{}",
        run.stdout()
    );
    for file in ["r1.toml", "r2.toml"] {
        assert_eq!(case.read(file).matches("[[mandates]]").count(), 2);
    }
}
