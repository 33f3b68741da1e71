//! `draft`: quality over hand-made fixtures, the seed, and the command end to end.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use oic_draft::{self as draft, Options};
use oic_track::draft_file as render;
use oic_track::model::{Resolution, Window};

use crate::judge::fold;
use crate::support::*;

/// A mandate as a hand-made expected file gives it.
#[derive(Debug, Clone)]
struct Expected {
    paragraph: Option<i64>,
    actors: Vec<String>,
    /// The deadline window; `None` for no deadline.
    due: Option<Window>,
    /// A deadline at a meeting the text does not date: any event anchor is right.
    due_event: bool,
    /// A recurring deadline's period (`due = { every = "1 year" }`, as resolution files
    /// write it); `due` is then its first occurrence's window, `None` when the text gives
    /// none (the first comes one period after adoption).
    every: Option<String>,
}

/// A drafted mandate, read back through the loader.
#[derive(Debug, Clone)]
struct Got {
    paragraph: Option<i64>,
    actors: Vec<String>,
    due: Option<Window>,
    at_event: bool,
    /// Whether the deadline hangs on a meeting at all: at it, or before it.
    on_event: bool,
    /// The period of a recurring deadline, and whether it names its first occurrence.
    every: Option<(String, bool)>,
}

fn texts() -> PathBuf {
    draft_fixtures().join("texts")
}

/// The drafter's own fixtures: `crates/draft/tests/fixtures`.
fn draft_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/draft/tests/fixtures")
}

fn folded(actors: &[String]) -> Vec<String> {
    let mut v: Vec<String> = actors.iter().map(|a| fold(a)).collect();
    v.sort();
    v
}

pub(crate) fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn read_expected(path: &Path) -> (Date, Vec<Expected>) {
    let text = std::fs::read_to_string(path).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    let adopted = day(&doc["adopted"].as_datetime().unwrap().to_string());
    let mandates = doc
        .get("mandate")
        .and_then(|m| m.as_array())
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|m| {
            let t = m.as_table().unwrap();
            let window = |d: &toml::Value| {
                let d = d.as_array().unwrap();
                Window {
                    earliest: day(d[0].as_str().unwrap()),
                    latest: day(d[1].as_str().unwrap()),
                }
            };
            let recur = t.get("due").and_then(|d| d.as_table());
            let every = recur.map(|r| r["every"].as_str().unwrap().to_string());
            let due = match recur {
                Some(r) => r.get("first").map(window),
                None => t.get("due").map(window),
            };
            Expected {
                paragraph: t.get("paragraph").map(|p| p.as_integer().unwrap()),
                actors: t["actor"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().to_string())
                    .collect(),
                due,
                due_event: t
                    .get("due_event")
                    .is_some_and(|v| v.as_bool() == Some(true)),
                every,
            }
        })
        .collect();
    (adopted, mandates)
}

/// Drafts `text`, renders the TOML, and loads it with the real loader (which must accept it).
pub(crate) fn draft_and_load(
    name: &str,
    text: &str,
    adopted: Option<Date>,
) -> (String, Resolution) {
    let opts = Options {
        adopted,
        today: day(TODAY),
    };
    let drafted = draft::draft(text, &opts);
    let toml = render::toml(&drafted, name);
    let path = PathBuf::from(format!("{name}.toml"));
    let res = oic_track::load::parse_resolution(&path, &toml, &[]).unwrap_or_else(|diags| {
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        panic!(
            "the draft of {name} does not load:\n{}\n{toml}",
            msgs.join("\n")
        )
    });
    (toml, res)
}

fn got(res: &Resolution) -> Vec<Got> {
    res.mandates
        .iter()
        .map(|m| Got {
            paragraph: match m.paragraph {
                Some(oic_track::model::Paragraph::Number(n)) => Some(n),
                _ => None,
            },
            actors: m.actor.clone(),
            due: m.due.as_ref().map(|d| {
                oic_track::deadline::window(d, res.adopted, |id| {
                    res.events.iter().find(|e| e.id == id).map(|e| e.date)
                })
                .unwrap()
            }),
            at_event: matches!(
                m.due,
                Some(oic_track::model::Due::At {
                    anchor: oic_track::model::Anchor::Event(_),
                    ..
                })
            ),
            on_event: matches!(
                m.due,
                Some(
                    oic_track::model::Due::At {
                        anchor: oic_track::model::Anchor::Event(_),
                        ..
                    } | oic_track::model::Due::Before(oic_track::model::Anchor::Event(_))
                )
            ),
            every: m
                .due
                .as_ref()
                .and_then(|d| d.recur())
                .map(|r| (r.every.to_string(), r.first.is_some())),
        })
        .collect()
}

#[derive(Debug, Default)]
struct Tally {
    expected: usize,
    drafted: usize,
    matched: usize,
    /// Matched mandates whose deadline is right (none where none is expected included).
    due_right: usize,
    /// Matched mandates where the text gives a deadline, and how many of those are right.
    with_due: usize,
    with_due_right: usize,
    misses: Vec<String>,
}

fn score(name: &str, expected: &[Expected], got: &[Got], t: &mut Tally) {
    t.expected += expected.len();
    t.drafted += got.len();
    let mut used = vec![false; got.len()];
    for e in expected {
        let want = folded(&e.actors);
        let hit = got
            .iter()
            .enumerate()
            .position(|(k, g)| !used[k] && g.paragraph == e.paragraph && folded(&g.actors) == want);
        let Some(k) = hit else {
            t.misses
                .push(format!("{name}: missed ¶{:?} {:?}", e.paragraph, e.actors));
            continue;
        };
        used[k] = true;
        t.matched += 1;
        let g = &got[k];
        let right = match (&e.every, &g.every) {
            // The period, and the first occurrence's window when the text gives one.
            (Some(want), Some((every, has_first))) => {
                want == every
                    && (if e.due.is_some() {
                        g.due == e.due
                    } else {
                        !has_first
                    })
            }
            (Some(_), None) => false,
            // A one-off expected: the drafted window (a recurring draft's first occurrence)
            // is what is scored, as before recurring expected files existed.
            // "any event anchor is right": at the meeting or before it.
            (None, _) if e.due_event => g.on_event,
            (None, _) => g.due == e.due && !g.at_event,
        };
        t.due_right += usize::from(right);
        if e.due.is_some() || e.due_event || e.every.is_some() {
            t.with_due += 1;
            t.with_due_right += usize::from(right);
        }
        if !right {
            t.misses.push(format!(
                "{name}: ¶{:?} {:?}: due {:?} every {:?}, expected {:?} every {:?}",
                e.paragraph, e.actors, g.due, g.every, e.due, e.every
            ));
        }
    }
    for (k, g) in got.iter().enumerate() {
        if !used[k] {
            t.misses
                .push(format!("{name}: extra ¶{:?} {:?}", g.paragraph, g.actors));
        }
    }
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Drafts and scores the fixture texts at `paths`; returns the tally and the printed figures.
fn measure(paths: &[PathBuf]) -> (Tally, String) {
    let mut tally = Tally::default();
    for path in paths {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let (adopted, expected) = read_expected(&texts().join(format!("{stem}.expected.toml")));
        let text = std::fs::read_to_string(path).unwrap();
        let (_, res) = draft_and_load(&stem, &text, Some(adopted));
        score(&stem, &expected, &got(&res), &mut tally);
    }
    let printed = format!(
        "draft over {} texts: {} expected, {} drafted, {} matched\nprecision {:.3}  recall {:.3}\ndeadline accuracy {:.3} over {} matched mandates; {:.3} over the {} whose text gives a deadline\n",
        paths.len(),
        tally.expected,
        tally.drafted,
        tally.matched,
        ratio(tally.matched, tally.drafted),
        ratio(tally.matched, tally.expected),
        ratio(tally.due_right, tally.matched),
        tally.matched,
        ratio(tally.with_due_right, tally.with_due),
        tally.with_due
    );
    print!("{printed}");
    for m in &tally.misses {
        println!("  {m}");
    }
    (tally, printed)
}

#[test]
fn draft_quality_over_the_fixture_texts() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(texts())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 8,
        "the quality measure needs at least 8 texts"
    );
    // The figures are printed (`-- --nocapture`) for docs/drafting.md, which quotes them
    // as measured on a given day; no test holds the docs to them.
    let (tally, _) = measure(&names);
    let precision = ratio(tally.matched, tally.drafted);
    let recall = ratio(tally.matched, tally.expected);
    assert!(recall >= 0.95, "recall {recall:.3} < 0.95");
    assert!(precision >= 0.90, "precision {precision:.3} < 0.90");
}

/// The same measure over chosen fixtures, to score a blind round before the rules change:
/// `DRAFT_TEXTS=stem1,stem2 cargo test --test cli draft_quality_of_chosen -- --ignored --nocapture`.
#[test]
#[ignore = "run by hand with DRAFT_TEXTS set"]
fn draft_quality_of_chosen_texts() {
    let chosen = std::env::var("DRAFT_TEXTS").expect("set DRAFT_TEXTS=stem1,stem2,...");
    let paths: Vec<PathBuf> = chosen
        .split(',')
        .map(|stem| texts().join(format!("{}.txt", stem.trim())))
        .collect();
    for p in &paths {
        assert!(p.exists(), "no fixture text {}", p.display());
    }
    measure(&paths);
}

fn seed_text() -> String {
    std::fs::read_to_string(draft_fixtures().join("seeds/000_780afee801799e27.txt")).unwrap()
}

#[test]
fn the_seed_draft_has_every_mandate_of_the_hand_made_file_with_the_same_actors() {
    let (_, drafted) = draft_and_load("seed", &seed_text(), None);
    let loaded = oic_track::load::load_folder(&bundled());
    let hand = loaded.folder.resolution("cfm-ex-2023-desecration").unwrap();
    let mut used = vec![false; drafted.mandates.len()];
    let mut missing = Vec::new();
    for m in &hand.mandates {
        let hit = drafted.mandates.iter().enumerate().position(|(k, d)| {
            !used[k] && d.paragraph == m.paragraph && folded(&d.actor) == folded(&m.actor)
        });
        match hit {
            Some(k) => used[k] = true,
            None => missing.push(format!("{} (¶{:?}, {:?})", m.id, m.paragraph, m.actor)),
        }
    }
    assert!(missing.is_empty(), "the draft lacks: {missing:?}");
    println!(
        "seed: {} hand-made mandates, {} drafted, all matched",
        hand.mandates.len(),
        drafted.mandates.len()
    );
}

#[test]
fn the_seed_draft_dates_the_summit_report_like_the_hand_made_file() {
    let (_, drafted) = draft_and_load("seed", &seed_text(), None);
    let window = |res: &Resolution, shared: &[oic_track::model::Event], id_prefix: &str| {
        let m = res
            .mandates
            .iter()
            .find(|m| m.id.starts_with(id_prefix))
            .unwrap();
        oic_track::deadline::window(m.due.as_ref().unwrap(), res.adopted, |id| {
            res.events
                .iter()
                .chain(shared)
                .find(|e| e.id == id)
                .map(|e| e.date)
        })
        .unwrap()
    };
    let loaded = oic_track::load::load_folder(&bundled());
    let hand = loaded.folder.resolution("cfm-ex-2023-desecration").unwrap();
    assert_eq!(
        window(&drafted, &[], "p11-"),
        window(hand, &loaded.folder.events, "summit-report")
    );
}

#[test]
fn draft_then_check_accepts_the_file_unchanged() {
    let case = Case::bundled()
        .copy_dir(&draft_fixtures().join("seeds"), "texts")
        .args(&[
            "draft",
            "texts/000_780afee801799e27.txt",
            "--id",
            "cfm-ex-2023-draft",
        ]);
    let run = case.run();
    run.ok();
    assert!(
        run.stdout()
            .starts_with("drafted 10 mandates into resolutions/cfm-ex-2023-draft.toml"),
        "{}",
        run.stdout()
    );
    let written = case.read("cfm-ex-2023-draft.toml");
    assert!(written.contains("# check:"));
    let case = case.args(&["check"]);
    let check = case.run();
    check.ok();
    assert!(check.stdout().contains("no problems"), "{}", check.stdout());
}

/// Every fixture text through the binary's `draft -o`, then one `check` of the folder. Each
/// text's draft is already loaded by `draft_quality_over_the_fixture_texts`; this runs the
/// command itself, a process per text, which takes most of a minute: `.ci/run` runs it in a
/// step of its own (`cargo test --test cli -- --ignored draft::every_fixture`).
#[test]
#[ignore = "a process per fixture text: .ci/run runs it as a step of its own"]
fn every_fixture_drafted_to_a_folder_passes_check() {
    let mut case = Case::new().copy_dir(&texts(), "texts");
    let mut names: Vec<String> = std::fs::read_dir(texts())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    for name in &names {
        let stem = name.trim_end_matches(".txt");
        let out = format!("resolutions/{stem}.toml");
        case = case.args(&["draft", &format!("texts/{name}"), "-o", &out]);
        case.run().ok();
    }
    let check = case.args(&["check"]).run();
    check.ok();
    assert!(check.stdout().contains("0 problems") || check.stdout().contains("no problems"));
}

#[test]
fn draft_reads_stdin_and_needs_no_data_folder() {
    let case = Case::new().cwd("elsewhere");
    std::fs::remove_dir(case.dir()).unwrap();
    let run = case
        .stdin("The Assembly,\n\n1. Requests the Secretary-General to report by 31 March 2025;\n")
        .args(&[
            "draft",
            "-",
            "--adopted",
            "2024-12-01",
            "--format",
            "json",
            "--id",
            "ga-x",
        ])
        .run();
    run.ok();
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(json["id"], "ga-x");
    assert_eq!(json["adopted"], "2024-12-01");
    assert_eq!(json["mandates"][0]["actor"][0], "Secretary-General");
    assert_eq!(json["mandates"][0]["due"], "2025-03-31");
    assert_eq!(json["mandates"][0]["paragraph"], 1);
}

/// `-o -` is stdout, as `-` is stdin for the text: no file named "-" appears, and with
/// `--id` nothing goes to the data folder.
#[test]
fn draft_dash_output_is_stdout() {
    let text = "The Assembly,\n\n1. Requests the Secretary-General to report by 31 March 2025;\n";
    let args = [
        "draft",
        "-",
        "--adopted",
        "2024-12-01",
        "--id",
        "ga-x",
        "-o",
        "-",
    ];
    let case = Case::new().cwd("elsewhere").stdin(text).args(&args);
    std::fs::remove_dir(case.dir()).unwrap();
    let run = case.run();
    run.ok();
    let stdout = run.stdout();
    assert!(
        stdout.contains("actor     = \"Secretary-General\""),
        "{stdout}"
    );
    let elsewhere = case.tmp.path().join("elsewhere");
    assert!(elsewhere.is_dir());
    assert!(!elsewhere.join("-").exists());
    assert!(!case.dir().exists());
}

#[test]
fn draft_never_overwrites_a_file() {
    let case = Case::bundled()
        .stdin("1. Requests the Secretary-General to act;\n")
        .args(&["draft", "-", "--id", "cfm-ex-2023-desecration"]);
    let before = case.read("cfm-ex-2023-desecration.toml");
    let run = case.run();
    run.expect_code(1);
    assert!(run.stderr().contains("exists already"), "{}", run.stderr());
    assert_eq!(case.read("cfm-ex-2023-desecration.toml"), before);
}

#[test]
fn draft_rejects_a_bad_id() {
    let run = Case::new()
        .stdin("text")
        .args(&["draft", "-", "--id", "Bad Id"])
        .run();
    run.expect_code(1);
    assert!(run.stderr().contains("`bad-id`"), "{}", run.stderr());
}

#[test]
fn without_a_date_the_adoption_day_is_today_marked_for_checking() {
    let case = Case::new()
        .file("keep.toml", "# not a resolution yet\n")
        .env("OIC_TRACK_TODAY", "2025-01-15")
        .stdin("The Assembly,\n\n1. Urges Member States to act;\n")
        .args(&["draft", "-"]);
    let before = tree(&case.dir());
    let run = case.run();
    run.ok();
    assert!(
        run.stdout()
            .contains("adopted = 2025-01-15  # check: the text gives no date"),
        "{}",
        run.stdout()
    );
    assert_eq!(tree(&case.dir()), before, "printing a draft writes no file");
}
