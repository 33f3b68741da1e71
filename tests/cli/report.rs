//! `report`: the implementation report as Markdown and as HTML.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::support::*;

/// The example folder: the seed with illustrative progress, and a resolution whose text
/// tries to break every format.
/// Every `list --format json` record of a run's folder.
fn records(case: Case, today: &str) -> Vec<serde_json::Value> {
    let run = case
        .env("OIC_TRACK_TODAY", today)
        .args(&["list", "--format", "json"])
        .run();
    run.ok();
    serde_json::from_str(&run.stdout()).unwrap()
}

#[test]
fn markdown_report_of_the_bundled_resolutions() {
    let run = Case::bundled().args(&["report"]).run();
    run.ok();
    snapshot(
        "report/markdown_report_of_the_bundled_resolutions",
        &run.stdout(),
    );
}

/// A Markdown table as a CommonMark renderer with GitHub tables reads it.
#[derive(Debug, Default)]
struct Table {
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// Parses `md` and returns its tables, failing on any raw HTML (data must stay text).
fn tables(md: &str) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    let mut in_head = false;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in the Markdown: {h}"),
            Event::Start(Tag::Table(_)) => out.push(Table::default()),
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                out.last_mut().unwrap().head = std::mem::take(&mut row);
            }
            Event::End(TagEnd::TableRow) => {
                out.last_mut().unwrap().rows.push(std::mem::take(&mut row))
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.push(cell.take().unwrap()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            _ => {}
        }
    }
    assert!(!in_head);
    out
}

#[test]
fn markdown_tables_parse_with_one_cell_per_column_and_data_as_text() {
    let run = report_folder().args(&["report"]).run();
    run.ok();
    let md = run.stdout();
    let tables = tables(&md);
    // The cover, then per resolution the upcoming deadlines (when any) and the mandates.
    let heads: Vec<&str> = tables.iter().map(|t| t.head[0].as_str()).collect();
    assert_eq!(heads, ["Resolution", "Window", "¶", "Window", "¶"]);
    for t in &tables {
        for row in &t.rows {
            assert_eq!(row.len(), t.head.len(), "{row:?} under {:?}", t.head);
        }
    }
    // Every mandate has its row, in file order, whatever its text holds.
    let mandate_ids: Vec<&str> = tables
        .iter()
        .filter(|t| t.head[0] == "¶")
        .flat_map(|t| t.rows.iter().map(|r| r[1].as_str()))
        .collect();
    let expected: Vec<String> = records(report_folder(), TODAY)
        .iter()
        .map(|r| r["mandate"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(mandate_ids, expected);
    let hostile = tables[4].rows.iter().find(|r| r[1] == "late-done").unwrap();
    assert_eq!(hostile[2], "Member states | observers");
    assert_eq!(
        hostile[3],
        "Submit *national* reports <script>alert(1)</script>"
    );
    assert_eq!(hostile[6], "done late");
    // The cover's figures are the sections' figures: each resolution's row counts the
    // statuses of its mandate table (total, done, in progress, overdue, due soon, pending,
    // dropped), and the last row sums them.
    let sections: Vec<_> = tables.iter().filter(|t| t.head[0] == "¶").collect();
    let mut sum = [0usize; 7];
    for (i, t) in sections.iter().enumerate() {
        let mut counts = [t.rows.len(), 0, 0, 0, 0, 0, 0];
        for row in &t.rows {
            let at = match row[6].as_str() {
                "done" | "done late" => 1,
                "in progress" => 2,
                "overdue" => 3,
                "due soon" => 4,
                "pending" => 5,
                "dropped" => 6,
                other => panic!("status {other}"),
            };
            counts[at] += 1;
        }
        let cover: Vec<usize> = tables[0].rows[i][2..9]
            .iter()
            .map(|c| c.parse().unwrap())
            .collect();
        assert_eq!(cover, counts, "cover row {i}");
        sum.iter_mut().zip(counts).for_each(|(s, c)| *s += c);
    }
    let all: Vec<usize> = tables[0].rows[2][2..9]
        .iter()
        .map(|c| c.parse().unwrap())
        .collect();
    assert_eq!(all, sum);
    assert_eq!(tables[0].rows.len(), 3);
    // done 2 of the 7 that still stand (one is dropped): 29%.
    assert_eq!(
        tables[0].rows[2].join(","),
        "All resolutions,,8,2,2,0,1,2,1,29%"
    );
}

#[test]
fn markdown_keeps_a_quoted_clause_a_quote() {
    let run = report_folder().args(&["report", "example-rtl"]).run();
    run.ok();
    let md = run.stdout();
    let mut depth = 0;
    let mut quoted = String::new();
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::BlockQuote(_)) => depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => depth -= 1,
            Event::Start(Tag::List(_) | Tag::Heading { .. }) | Event::Rule if depth > 0 => {
                panic!("the clause turned into markup: {event:?}")
            }
            Event::Text(t) if depth > 0 => quoted.push_str(&t),
            Event::SoftBreak if depth > 0 => quoted.push('\n'),
            _ => {}
        }
    }
    assert_eq!(
        quoted,
        "- a line that looks like a list item\n1. and a numbered one\n=== and a setext underline"
    );
}

#[test]
fn overdue_mandates_come_first_longest_late_first_then_upcoming_by_date() {
    let run = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["report", "cfm-ex-2023-desecration"])
        .run();
    run.ok();
    let md = run.stdout();
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("no {s:?} in\n{md}"));
    assert!(
        !md.contains("## Summary"),
        "one resolution asked for: no cover"
    );
    assert!(md.starts_with("# Implementation report\n\nAs of 15 December 2023."));
    assert!(at("### Overdue") < at("**Appoint a special rapporteur"));
    assert!(
        at("**Appoint a special rapporteur") < at("**Implement the Plan of Action"),
        "due in October, then November"
    );
    assert!(md.contains(
        "(UN Secretary-General): due 2023-10 (1 October 2023 … 31 October 2023); 45 days late."
    ));
    assert!(md.contains("due 120 days after adoption (28 November 2023); 17 days late."));
    assert!(at("**Implement the Plan of Action") < at("### Upcoming deadlines"));
    assert!(md.contains("| 2024-05-01 | 138 | ¶11 | `summit-report` | OIC General Secretariat |"));
    assert!(md.contains(
        "**Progress:** 5 mandates: 1 done, 2 in progress, 2 overdue, 0 due soon, 0 pending, 0 dropped; 20% done."
    ));
    // The history: dated notes, oldest first, and the done date.
    assert!(md.contains(
        "`cfm-ex-2023-desecration/eu-delegation` · OIC delegation; Secretary-General · due 2023-09 (1 September 2023 … 30 September 2023) · **done** on 4 September 2023"
    ));
    assert!(
        at("- **20 August 2023** Delegation composed")
            < at("- **4 September 2023** Delegation met"),
        "notes oldest first"
    );
    assert!(
        md.contains("- **2 October 2023** Three organisations have filed complaints \\| see annex")
    );
    assert!(md.contains(
        "due before Ministerial preparatory meeting of the 15th Islamic Summit (1 May 2024)"
    ));
}

#[test]
fn several_resolutions_asked_for_get_a_cover_and_keep_their_order() {
    let run = report_folder()
        .args(&[
            "report",
            "example-rtl",
            "cfm-ex-2023-desecration",
            "example-rtl",
        ])
        .run();
    run.ok();
    let md = run.stdout();
    assert!(md.contains("## Summary"));
    let rtl = md.find("## قرار").unwrap();
    let seed = md.find("## Resolution on the repeated").unwrap();
    assert!(rtl < seed, "the order asked for");
    assert_eq!(md.matches("## قرار").count(), 1, "each resolution once");
}

#[test]
fn an_unknown_resolution_is_an_error_with_a_suggestion() {
    let run = report_folder().args(&["report", "example-rlt"]).run();
    run.expect_code(1);
    assert!(run.stdout().is_empty());
    assert!(
        run.stderr()
            .contains("no resolution `example-rlt`; did you mean `example-rtl`?"),
        "{}",
        run.stderr()
    );
}

#[test]
fn html_is_one_self_contained_escaped_page() {
    let run = report_folder().args(&["report", "--format", "html"]).run();
    run.ok();
    let html = run.stdout();
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">"));
    assert!(html.ends_with("</html>\n"));
    // No asset to fetch: no scripts, no stylesheets, no images or fonts by address.
    for outside in ["<script", "<link", " src=", "url(", "@import"] {
        assert!(!html.contains(outside), "{outside} in the page");
    }
    let hrefs: Vec<&str> = html
        .split("href=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(
        hrefs,
        [
            "#cfm-ex-2023-desecration",
            "#example-rtl",
            "https://example.org/oic/cfm-ex-2023"
        ]
    );
    // Data is escaped by the template engine.
    assert!(html.contains("Submit *national* reports &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Example committee &lt;b&gt;&amp; co&lt;/b&gt;"));
    // Arabic runs right to left where it appears.
    assert!(html.contains("<h2 dir=\"auto\">قرار بشأن متابعة تنفيذ القرارات</h2>"));
    assert!(html.contains("<td dir=\"auto\" data-label=\"Actor\">الأمانة العامة</td>"));
    assert!(html.contains("@media print"));
    // One progress bar for the cover and one per resolution; one timeline per resolution.
    assert_eq!(html.matches("<div class=\"progress\"").count(), 3);
    assert_eq!(html.matches("<svg ").count(), 2);
    assert_eq!(html.matches("<tr class=\"mandate\"").count(), 8);
    // Status in words as well as in colour.
    assert!(html.contains("<span class=\"badge done-late\">done late</span>"));
    assert!(html.contains("<span class=\"badge due-soon\">due soon</span>"));
}

#[test]
fn html_and_markdown_give_the_same_figures() {
    let md = report_folder().args(&["report"]).run().stdout();
    let html = report_folder()
        .args(&["report", "--format", "html"])
        .run()
        .stdout();
    let sentences = |text: &str, open: &str, close: &str| -> Vec<String> {
        text.split(open)
            .skip(1)
            .map(|s| s[..s.find(close).unwrap()].to_string())
            .collect()
    };
    let md_progress = sentences(&md, "**Progress:** ", "\n");
    let html_progress = sentences(&html, "<strong>Progress:</strong> ", "</p>");
    assert_eq!(md_progress.len(), 2);
    assert_eq!(md_progress, html_progress);
    assert_eq!(
        sentences(&md, "**All resolutions:** ", "\n"),
        sentences(&html, "<strong>All resolutions:</strong> ", "</p>")
    );
}

#[test]
fn output_file_format_follows_its_extension_unless_format_says() {
    // The folder must exist: a report is never written somewhere unexpected.
    let case = report_folder().args(&["report", "-o", "out/report.html"]);
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr().contains("cannot write `out/report.html`"),
        "{}",
        run.stderr()
    );

    std::fs::create_dir(case.tmp.path().join("out")).unwrap();
    let run = case.run();
    run.ok();
    assert!(run.stdout().is_empty());
    let written = std::fs::read_to_string(case.tmp.path().join("out/report.html")).unwrap();
    assert!(written.starts_with("<!DOCTYPE html>"));
    let case = case.args(&["report", "--format", "html"]);
    assert_eq!(written, case.run().stdout());

    let case = case.args(&["report", "-o", "r.md"]);
    case.run().ok();
    let md = std::fs::read_to_string(case.tmp.path().join("r.md")).unwrap();
    assert!(md.starts_with("# Implementation report"));

    let case = case.args(&["report", "-o", "r.txt"]);
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("name the file .md, .html or .docx, or add --format")
    );
    let case = case.args(&["report", "-o", "r.txt", "--format", "html"]);
    case.run().ok();
    let txt = std::fs::read_to_string(case.tmp.path().join("r.txt")).unwrap();
    assert!(txt.starts_with("<!DOCTYPE html>"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(case.tmp.path().join("r.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644, "a report is for others to read");
    }
}

#[test]
fn data_errors_on_stdout_give_the_valid_files_under_a_box_naming_the_rest_and_exit_1() {
    let run = report_folder()
        .file("broken.toml", "title = \"x\"\n")
        .args(&["report"])
        .run();
    run.expect_code(1);
    assert!(run.stderr().contains("broken.toml"), "{}", run.stderr());
    let md = run.stdout();
    assert!(md.contains("## قرار بشأن"));
    let boxed = md.find("> **This report is incomplete.**").expect(&md);
    assert!(
        boxed < md.find("## Summary").unwrap(),
        "the box comes first"
    );
    assert!(
        md.contains("> - **broken.toml**: line 1, column 1: "),
        "{md}"
    );
}

#[test]
fn a_report_file_is_not_written_when_a_file_has_errors_unless_partial() {
    let case = report_folder()
        .file("broken.toml", "title = \"x\"\n")
        .file("sub/bad.toml", "[[mandate]\n");
    let mut case = case;
    for name in ["r.md", "r.html"] {
        case = case.args(&["report", "-o", name]);
        let run = case.run();
        run.expect_code(1);
        assert!(!case.tmp.path().join(name).exists(), "{name} written");
        assert!(
            run.stderr()
                .contains("the report was not written: 2 files have errors")
                && run.stderr().contains("add --partial"),
            "{}",
            run.stderr()
        );
        assert!(run.stdout().is_empty());
    }
    // An earlier report is not replaced either.
    let read =
        |case: &Case, name: &str| std::fs::read_to_string(case.tmp.path().join(name)).unwrap();
    std::fs::write(case.tmp.path().join("r.md"), "old").unwrap();
    let case = case.args(&["report", "-o", "r.md"]);
    case.run().expect_code(1);
    assert_eq!(read(&case, "r.md"), "old");

    let case = case.args(&["report", "-o", "r.md", "--partial"]);
    case.run().expect_code(1);
    let md = read(&case, "r.md");
    assert!(md.contains("> **This report is incomplete.**"), "{md}");
    assert!(
        md.contains("> - **broken.toml**: line 1, column 1: "),
        "{md}"
    );
    assert!(md.contains("> - **sub/bad.toml**: line 1, column "), "{md}");
    assert!(md.contains("## قرار بشأن"), "the valid files are there");

    let case = case.args(&["report", "-o", "r.html", "--partial"]);
    case.run().expect_code(1);
    let html = read(&case, "r.html");
    let aside = &html[html
        .find("<aside class=\"partial\" role=\"alert\">")
        .expect(&html)..];
    let aside = &aside[..aside.find("</aside>").unwrap()];
    assert!(
        aside
            .contains("<code dir=\"ltr\">broken.toml</code>: <span dir=\"ltr\">line 1, column 1: "),
        "{aside}"
    );
    assert!(
        aside.contains("<code dir=\"ltr\">sub/bad.toml</code>"),
        "{aside}"
    );
}

#[test]
fn a_clean_folder_has_no_incomplete_box() {
    let case = report_folder().args(&["report", "-o", "r.html", "--partial"]);
    case.run().ok();
    let html = std::fs::read_to_string(case.tmp.path().join("r.html")).unwrap();
    assert!(!html.contains("incomplete"));
    let md = case.args(&["report"]).run().stdout();
    assert!(!md.contains("incomplete"));
}

#[test]
fn an_empty_folder_gives_a_short_report() {
    let run = Case::new().args(&["report"]).run();
    run.ok();
    assert!(run.stdout().contains("The folder holds no resolution yet."));
    assert!(
        run.stdout()
            .contains("| **All resolutions** |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 | — |")
    );
}

// ---- For the reader outside: title, report.toml, hidden ids, filters ----

#[test]
fn title_and_subtitle_from_the_command_line() {
    let run = report_folder()
        .args(&[
            "report",
            "--title",
            "What is asked of Sweden",
            "--subtitle",
            "For the mission, December 2023",
        ])
        .run();
    run.ok();
    let md = run.stdout();
    assert!(
        md.starts_with("# What is asked of Sweden\n\n*For the mission, December 2023*\n\nAs of "),
        "{md}"
    );
    let html = report_folder()
        .args(&["report", "--format", "html", "--title", "A <b>title</b>"])
        .run()
        .stdout();
    assert!(
        html.contains("<h1 dir=\"auto\">A &lt;b&gt;title&lt;/b&gt;</h1>"),
        "escaped"
    );
    assert!(html.contains("<title>A &lt;b&gt;title&lt;/b&gt;, "));
}

/// A one-pixel PNG.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\xff\xff?\0\x05\xfe\x02\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xaeB`\x82";

const SETTINGS: &str = r#"# How this folder's reports present themselves
organisation = "Organisation of Islamic Cooperation"
title = "Implementation of the CFM resolutions"
footer = "General Secretariat, Jeddah"
logo = "logo.png"

[fr]
organisation = "Organisation de la coopération islamique"
title = "Mise en œuvre des résolutions du CMAE"

[ar]
title = "تنفيذ قرارات مجلس وزراء الخارجية"
"#;

#[test]
fn report_toml_gives_organisation_title_footer_and_an_embedded_logo_per_language() {
    let case = report_folder()
        .file("report.toml", SETTINGS)
        .file("logo.png", PNG);
    // The settings are not a resolution: the folder still checks clean.
    let case = case.args(&["check"]);
    case.run().ok();
    let case = case.args(&["report", "--format", "html"]);
    let run = case.run();
    run.ok();
    let html = run.stdout();
    assert!(
        html.contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo"),
        "{html}"
    );
    assert!(html.contains("alt=\"Organisation of Islamic Cooperation\""));
    assert!(html.contains("<p class=\"org\" dir=\"auto\">Organisation of Islamic Cooperation</p>"));
    assert!(html.contains("<h1 dir=\"auto\">Implementation of the CFM resolutions</h1>"));
    assert!(html.contains("<p dir=\"auto\">General Secretariat, Jeddah</p>"));
    let fr = case.env("OIC_TRACK_LANG", "fr").run().stdout();
    assert!(fr.contains("<h1 dir=\"auto\">Mise en œuvre des résolutions du CMAE</h1>"));
    assert!(fr.contains("Organisation de la coopération islamique"));
    assert!(
        fr.contains("General Secretariat, Jeddah"),
        "the top-level footer when [fr] has none"
    );
    let md = report_folder()
        .file("report.toml", SETTINGS)
        .file("logo.png", PNG)
        .args(&["report", "--lang", "ar", "--title", "عنوان آخر"])
        .run()
        .stdout();
    assert!(
        md.starts_with("**Organisation of Islamic Cooperation**\n\n# عنوان آخر\n"),
        "--title wins: {md}"
    );
    assert!(!md.contains("data:image"), "no logo in Markdown");
}

#[test]
fn a_bad_report_toml_or_logo_is_refused_at_its_line_and_column() {
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "title = \"x\"\ncolor = \"red\"\n",
            b"",
            "report.toml:2:1: error: unknown field `color`",
        ),
        ("title = 3\n", b"", "report.toml:1:9: error: invalid type"),
        (
            "logo = \"logo.png\"\n",
            b"%PDF-1.7 not a picture",
            "report.toml:1:8: error: the logo is not a PNG, JPEG, GIF, WebP or SVG image",
        ),
        (
            "logo = \"../outside.png\"\n",
            PNG,
            "report.toml:1:8: error: the logo `../outside.png` is outside the data folder",
        ),
        (
            "logo = \"missing.png\"\n",
            b"",
            "report.toml:1:8: error: cannot read the logo `missing.png`",
        ),
    ];
    for (settings, logo, want) in cases {
        let case = report_folder().file("report.toml", settings);
        let case = if logo.is_empty() {
            case
        } else {
            case.file("logo.png", logo)
        };
        std::fs::write(case.tmp.path().join("outside.png"), PNG).unwrap();
        let case = case.args(&["report", "-o", "r.html"]);
        let run = case.run();
        run.expect_code(1);
        assert!(
            run.stderr().contains(want),
            "want {want:?} in\n{}",
            run.stderr()
        );
        assert!(
            run.stderr().contains("the report was not made"),
            "{}",
            run.stderr()
        );
        assert!(!case.tmp.path().join("r.html").exists());
    }
    let big = [PNG, &vec![0u8; 600 * 1024]].concat();
    let run = report_folder()
        .file("report.toml", "logo = \"logo.png\"\n")
        .file("logo.png", big)
        .args(&["report", "--format", "html"])
        .run();
    run.expect_code(1);
    assert!(
        run.stderr().contains("at most 512 KiB is embedded"),
        "{}",
        run.stderr()
    );
}

#[test]
fn hide_ids_leaves_no_id_in_sight() {
    let ids: Vec<String> = records(report_folder(), TODAY)
        .iter()
        .map(|r| r["mandate"].as_str().unwrap().to_string())
        .collect();
    let md = report_folder()
        .args(&["report", "--hide-ids"])
        .run()
        .stdout();
    for id in ids.iter().chain(&[
        "cfm-ex-2023-desecration".to_string(),
        "example-rtl".to_string(),
    ]) {
        assert!(
            !md.contains(&format!("`{id}`")) && !md.contains(&format!("{id}`")),
            "{id} in\n{md}"
        );
    }
    assert!(!md.contains("| Mandate |"));
    let shown = |html: &str| {
        // The text a reader sees: tags and attribute values removed.
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    };
    let html = report_folder()
        .args(&["report", "--format", "html", "--hide-ids"])
        .run()
        .stdout();
    let text = shown(&html);
    for id in &ids {
        assert!(!text.contains(id.as_str()), "{id} shown");
    }
    assert!(!text.contains("cfm-ex-2023-desecration"));
    let with = shown(
        &report_folder()
            .args(&["report", "--format", "html"])
            .run()
            .stdout(),
    );
    assert!(with.contains("summit-report"), "ids shown without the flag");
}

#[test]
fn filters_give_a_mission_what_is_asked_of_it() {
    let run = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["report", "--actor", "secretary-general"])
        .run();
    run.ok();
    let md = run.stdout();
    assert!(
        md.contains("\nSelection: actor contains “secretary-general”.\n"),
        "{md}"
    );
    // Two mandates name the Secretary-General, both in the seed resolution: the other
    // resolution is left out, and the figures count the two only.
    assert!(!md.contains("## قرار"), "{md}");
    assert!(
        md.contains("**All resolutions:** 2 mandates: 1 done, 0 in progress, 1 overdue"),
        "{md}"
    );
    let table = tables(&md);
    let rows: Vec<&str> = table
        .iter()
        .filter(|t| t.head[0] == "¶")
        .flat_map(|t| t.rows.iter().map(|r| r[1].as_str()))
        .collect();
    assert_eq!(rows, ["eu-delegation", "un-special-rapporteur"]);

    let md = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["report", "--tag", "ISLAMOPHOBIA", "--status", "overdue"])
        .run()
        .stdout();
    let rows: Vec<String> = tables(&md)
        .iter()
        .filter(|t| t.head[0] == "¶")
        .flat_map(|t| t.rows.iter().map(|r| r[1].clone()))
        .collect();
    assert_eq!(rows, ["plan-of-action", "un-special-rapporteur"], "{md}");
    assert!(
        md.contains("Selection: tag “ISLAMOPHOBIA”, status overdue."),
        "{md}"
    );

    let md = report_folder()
        .args(&[
            "report",
            "--due-before",
            "2023-10-01",
            "--resolution",
            "cfm-ex-2023-desecration",
        ])
        .run()
        .stdout();
    let rows: Vec<String> = tables(&md)
        .iter()
        .filter(|t| t.head[0] == "¶")
        .flat_map(|t| t.rows.iter().map(|r| r[1].clone()))
        .collect();
    assert_eq!(rows, ["eu-delegation"], "{md}");
    assert!(
        md.contains("resolution cfm-ex-2023-desecration, window opening before 1 October 2023"),
        "{md}"
    );

    let run = report_folder()
        .args(&["report", "--actor", "nobody at all"])
        .run();
    run.ok();
    assert!(run.stdout().contains("No mandate matches the selection."));
    let run = report_folder()
        .args(&["report", "--resolution", "example-rlt"])
        .run();
    run.expect_code(1);
    assert!(run.stderr().contains("did you mean `example-rtl`?"));
}

// ---- Three languages ----

/// The report of the example folder in each language, as of a day with every status.
fn in_language(lang: &str, format: &str) -> String {
    let run = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .env("OIC_TRACK_LANG", lang)
        .args(&["report", "--format", format])
        .run();
    run.ok();
    run.stdout()
}

#[test]
fn markdown_report_in_each_language() {
    for lang in ["en", "fr", "ar"] {
        let md = in_language(lang, "markdown");
        // No message key left untranslated.
        for key in ["col-", "status-", "heading-", "sel-", "tally-"] {
            assert!(!md.contains(key), "{lang}: {key} in\n{md}");
        }
        snapshot(&format!("report/markdown_report_{lang}"), &md);
    }
}

#[test]
fn french_and_arabic_reports_write_dates_numbers_and_statuses_their_way() {
    let fr = in_language("fr", "markdown");
    assert!(fr.starts_with("# Rapport sur la mise en œuvre\n\nÀ la date du 15 décembre 2023."));
    assert!(fr.contains("- **Adoptée le\u{a0}:** 31 juillet 2023"));
    assert!(
        fr.contains("(1er octobre 2023 … 31 octobre 2023)\u{a0}; 45 jours de retard."),
        "{fr}"
    );
    assert!(fr.contains("8 mandats\u{a0}: 2 exécutés, 2 en cours, 3 en retard"));
    assert!(fr.contains("taux d’exécution 29\u{a0}%"));

    let ar = in_language("ar", "markdown");
    assert!(
        ar.starts_with("# تقرير عن التنفيذ\n\nحتى تاريخ ١٥ ديسمبر ٢٠٢٣."),
        "{ar}"
    );
    assert!(ar.contains("٣١ يوليو ٢٠٢٣"));
    assert!(
        ar.contains("٨ ولايات: منجزة: ٢، قيد التنفيذ: ٢، متأخرة: ٣"),
        "{ar}"
    );
    assert!(ar.contains("نسبة الإنجاز ٢٩٪"));
    // Latin ids and ISO days inside Arabic text are isolated (U+2068 … U+2069).
    assert!(ar.contains("\u{2068}`summit-report`\u{2069}"));
    assert!(ar.contains("| \u{2068}2024-05-01\u{2069} | ١٣٨ |"));
    assert!(
        ar.contains(
            "الموعد: \u{2068}2023-10\u{2069} (١ أكتوبر ٢٠٢٣ … ٣١ أكتوبر ٢٠٢٣)؛ بتأخير ٤٥ يومًا."
        ),
        "{ar}"
    );
}

#[test]
fn an_arabic_page_runs_right_to_left_with_ids_isolated() {
    let html = in_language("ar", "html");
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<h1 dir=\"auto\">تقرير عن التنفيذ</h1>"));
    assert!(html.contains("<code dir=\"ltr\">summit-report</code>"));
    assert!(
        html.contains("counter(page, arabic-indic)"),
        "page numbers in Arabic digits"
    );
    // The timeline mirrors: labels on the right (anchored at their start, x near the
    // right edge), statuses on the left.
    let label = html.split("<text class=\"label\" ").nth(1).unwrap();
    let x: f64 = label["x=\"".len()..label.find("\" y").unwrap()]
        .parse()
        .unwrap();
    assert!(x > 700.0, "label at x={x}");
    assert!(label.contains("text-anchor=\"start\""));
    let en = in_language("en", "html");
    let label = en.split("<text class=\"label\" ").nth(1).unwrap();
    let x: f64 = label["x=\"".len()..label.find("\" y").unwrap()]
        .parse()
        .unwrap();
    assert!(x < 260.0, "label at x={x}");
    let fr = in_language("fr", "html");
    assert!(fr.starts_with("<!DOCTYPE html><html lang=\"fr\" dir=\"ltr\">"));
    assert!(fr.contains("<span class=\"badge done-late\">exécuté en retard</span>"));
}

#[test]
fn lang_translates_listing_headers_status_words_and_the_calendar() {
    let run = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["--lang", "fr", "list", "--resolution", "example-rtl"])
        .run();
    run.ok();
    let out = run.stdout();
    assert!(
        out.contains("│ Identifiant ") && out.contains("┆ Statut "),
        "{out}"
    );
    assert!(
        out.contains("exécuté en retard") && out.contains("abandonné"),
        "{out}"
    );
    assert!(
        out.ends_with("3 mandats\u{a0}: 1 en retard, 1 exécuté en retard, 1 abandonné\n"),
        "{out}"
    );
    let ar = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .env("OIC_TRACK_LANG", "ar")
        .args(&["due"])
        .run()
        .stdout();
    assert!(
        ar.contains("الأيام المتبقية") && ar.contains("متأخرة"),
        "{ar}"
    );
    // JSON stays the same in every language: it is for programs.
    let json = |lang: &str| {
        report_folder()
            .args(&["list", "--format", "json", "--lang", lang])
            .run()
            .stdout()
    };
    assert_eq!(json("ar"), json("en"));
    let ics = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["calendar", "--lang", "fr"])
        .run()
        .stdout();
    assert!(ics.contains("Acteur\u{a0}: "), "{ics}");
    assert!(
        ics.contains("Statut au 2023-12-15\u{a0}: en retard"),
        "{ics}"
    );
    let run = report_folder().args(&["report", "--lang", "de"]).run();
    run.expect_code(2);
    assert!(
        run.stderr().contains("[possible values: en, fr, ar]"),
        "{}",
        run.stderr()
    );
}

// ---- Word ----

/// The parts of a `.docx` file, by name.
fn docx_parts(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut parts = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut text = String::new();
        if std::io::Read::read_to_string(&mut f, &mut text).is_ok() {
            parts.insert(f.name().to_string(), text);
        }
    }
    parts
}

fn word(lang: &str) -> Vec<u8> {
    let case = report_folder()
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .env("OIC_TRACK_LANG", lang)
        .args(&["report", "-o", "report.docx"]);
    case.run().ok();
    std::fs::read(case.tmp.path().join("report.docx")).unwrap()
}

#[test]
fn word_report_has_headings_tables_notes_and_numbered_a4_pages() {
    let parts = docx_parts(&word("en"));
    let doc = &parts["word/document.xml"];
    assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\""), "A4");
    assert!(doc.contains("<w:pStyle w:val=\"Heading1\" />"));
    assert!(doc.contains(">Implementation report</w:t>"));
    assert!(
        doc.contains(
            ">Resolution on the repeated desecration of copies of al-Mus&apos;haf ash-Sharif</w:t>"
        ) || doc.contains(
            ">Resolution on the repeated desecration of copies of al-Mus'haf ash-Sharif</w:t>"
        )
    );
    // The summary, then per resolution the mandates: three tables, each header repeated.
    assert_eq!(doc.matches("<w:tbl>").count(), 3);
    assert_eq!(doc.matches("<w:tblHeader />").count(), 3);
    assert!(!doc.contains("bidiVisual") && !doc.contains("<w:bidi />"));
    // Every mandate's id, a note and the data escaped as text.
    for id in ["eu-delegation", "summit-report", "late-done", "tomorrow"] {
        assert!(doc.contains(&format!(">{id}</w:t>")), "{id}");
    }
    assert!(doc.contains("Delegation met the EU High Representative"));
    assert!(doc.contains("Submit *national* reports &lt;script&gt;alert(1)&lt;/script&gt;"));
    // The second resolution starts a page.
    assert_eq!(doc.matches("<w:pageBreakBefore />").count(), 1);
    let footer = parts
        .iter()
        .find(|(k, _)| k.starts_with("word/footer"))
        .unwrap()
        .1;
    assert!(footer.contains(">page </w:t>") && footer.contains("<w:instrText>PAGE</w:instrText>"));
    assert!(
        footer.contains(">of </w:t>") || footer.contains("> of </w:t>"),
        "{footer}"
    );
    assert!(footer.contains("<w:instrText>NUMPAGES</w:instrText>"));
}

#[test]
fn an_arabic_word_report_runs_right_to_left() {
    let parts = docx_parts(&word("ar"));
    let doc = &parts["word/document.xml"];
    assert!(doc.contains(">تقرير عن التنفيذ</w:t>"));
    let paragraphs = doc.matches("<w:p ").count() + doc.matches("<w:p>").count();
    assert_eq!(
        doc.matches("<w:bidi />").count(),
        paragraphs,
        "every paragraph right to left"
    );
    assert_eq!(doc.matches("<w:bidiVisual />").count(), 3, "every table");
    let footer = parts
        .iter()
        .find(|(k, _)| k.starts_with("word/footer"))
        .unwrap()
        .1;
    assert!(
        footer.contains(">الصفحة </w:t>") && footer.contains("<w:bidi />"),
        "{footer}"
    );
    let case = report_folder().args(&["report", "--hide-ids", "-o", "r.docx"]);
    case.run().ok();
    let hidden = docx_parts(&std::fs::read(case.tmp.path().join("r.docx")).unwrap());
    let doc = &hidden["word/document.xml"];
    assert!(!doc.contains("summit-report") && !doc.contains(">cfm-ex-2023-desecration<"));
    assert!(doc.contains("Report on the implementation of this resolution"));
    let fr = docx_parts(&word("fr"));
    assert!(fr["word/document.xml"].contains(">Rapport sur la mise en œuvre</w:t>"));
}

#[test]
fn a_word_report_goes_to_a_file_not_to_a_terminal_page() {
    let run = report_folder().args(&["report", "--format", "docx"]).run();
    // Piped (as here), the bytes go to stdout, for a program to take.
    run.ok();
    assert!(run.0.stdout.starts_with(b"PK\x03\x04"));
}

#[test]
fn a_long_timeline_label_is_cut_with_its_full_text_in_a_title() {
    let long = "a-mandate-id-far-longer-than-the-timeline-gutter-holds";
    let run = Case::new()
        .file(
            "r.toml",
            format!(
                "title = \"T\"\nbody = \"B\"\nadopted = \"2020-01-10\"\n\n[[mandates]]\nid = \"{long}\"\nactor = \"A\"\nsummary = \"S\"\ndue = \"2029-12\"\n"
            ),
        )
        .env("OIC_TRACK_TODAY", "2023-12-15")
        .args(&["report", "--format", "html"])
        .run();
    run.ok();
    let html = run.stdout();
    let label = html.split("<text class=\"label\"").nth(1).unwrap();
    let label = &label[label.find('>').unwrap() + 1..label.find("</text>").unwrap()];
    assert!(
        label.ends_with('…') && label.chars().count() <= 34,
        "{label}"
    );
    assert!(long.starts_with(label.trim_end_matches('…')));
    assert!(
        html.contains(&format!(
            "<title>{long}: 2029-12-01 … 2029-12-31 (pending)</title>"
        )),
        "{html}"
    );
    // Ten years of axis: ticks by the year, never a month label per month.
    let ticks = html.matches("<text class=\"axis\"").count();
    assert!((5..=12).contains(&ticks), "{ticks} ticks");
}
