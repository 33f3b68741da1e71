//! `actors.toml`: `--actor` through the registry, `--group-by actor`, the report's names,
//! and the near-miss warning.

use crate::support::*;

const ACTORS: &str = r#"
[[actors]]
id      = "oic-gs"
name    = "OIC General Secretariat"
names   = { fr = "Secrétariat général de l'OCI", ar = "الأمانة العامة لمنظمة التعاون الإسلامي" }
aliases = ["General Secretariat", "OIC Secretariat"]

[[actors]]
id      = "member-states"
name    = "OIC member states"
names   = { fr = "États membres de l'OCI", ar = "الدول الأعضاء" }
aliases = ["Member States"]
"#;

/// One resolution naming the General Secretariat three ways, and a free-text actor.
const RES: &str = r#"title = "Actors three ways"
body = "OIC Council of Foreign Ministers"
adopted = 2024-01-15

[[mandates]]
id = "by-name"
actor = "OIC General Secretariat"
summary = "Report to the Council"

[[mandates]]
id = "by-alias"
actor = "general secretariat"
summary = "Convene the experts"

[[mandates]]
id = "in-french"
actor = "Secrétariat général de l'OCI"
summary = "Publier le rapport"

[[mandates]]
id = "in-arabic"
actor = ["الدول الأعضاء", "Human Rights Council"]
summary = "Submit national reports"

[[mandates]]
id = "free-text"
actor = "Islamic Development Bank"
summary = "Fund the programme"
"#;

fn folder() -> Case {
    Case::new()
        .file("actors.toml", ACTORS)
        .file("res-2024.toml", RES)
}

fn listed(args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "json"];
    all.extend_from_slice(args);
    let run = folder().args(&all).run();
    run.ok();
    ids(&run)
        .into_iter()
        .map(|id| id.trim_start_matches("res-2024/").to_string())
        .collect()
}

#[test]
fn actor_filter_finds_every_spelling_of_one_actor() {
    let all_three = ["by-name", "by-alias", "in-french"];
    // By an alias, by the id, by the French and by the Arabic name: the same three.
    assert_eq!(listed(&["--actor", "OIC Secretariat"]), all_three);
    assert_eq!(listed(&["--actor", "oic-gs"]), all_three);
    assert_eq!(listed(&["--actor", "secrétariat GÉNÉRAL"]), all_three);
    assert_eq!(listed(&["--actor", "الأمانة العامة"]), all_three);
    // Written in Arabic, found by the English name and by the French one.
    assert_eq!(listed(&["--actor", "member states"]), ["in-arabic"]);
    assert_eq!(listed(&["--actor", "états membres"]), ["in-arabic"]);
    // Free text still matches as a substring, as before.
    assert_eq!(listed(&["--actor", "development"]), ["free-text"]);
    assert_eq!(listed(&["--actor", "nobody"]), Vec::<String>::new());
}

#[test]
fn group_by_actor_gathers_every_spelling_under_the_one_name() {
    let run = folder().args(&["list", "--group-by", "actor"]).run();
    run.ok();
    let heads: Vec<&str> = run
        .stdout()
        .leak()
        .lines()
        .filter(|l| l.starts_with("actor: "))
        .collect();
    assert_eq!(
        heads,
        [
            "actor: Human Rights Council",
            "actor: Islamic Development Bank",
            "actor: OIC General Secretariat",
            "actor: OIC member states",
        ]
    );
    snapshot("actors/group_by_actor", &run.stdout());
    // In French, the same groups under the French name.
    let run = folder()
        .args(&["--lang", "fr", "list", "--group-by", "actor"])
        .run();
    run.ok();
    let heads = run
        .stdout()
        .lines()
        .filter(|l| l.contains("Secrétariat général de l'OCI") && !l.contains('│'))
        .count();
    assert_eq!(heads, 1, "{}", run.stdout());
}

#[test]
fn the_report_names_each_actor_by_its_one_name() {
    let run = folder().args(&["report", "--format", "markdown"]).run();
    run.ok();
    let out = run.stdout();
    assert!(!out.contains("general secretariat"), "{out}");
    assert!(!out.contains("Secrétariat général"), "{out}");
    assert!(out.contains("OIC General Secretariat"), "{out}");
    assert!(
        out.contains("OIC member states; Human Rights Council"),
        "{out}"
    );
}

#[test]
fn a_near_miss_of_a_known_name_is_a_warning_with_a_did_you_mean() {
    let res = RES.replace("Islamic Development Bank", "OIC General Secretariet");
    let case = || folder().file("res-2024.toml", &res);
    let run = case().args(&["check"]).run();
    run.ok();
    assert_eq!(
        run.stderr(),
        "resolutions/res-2024.toml:27:9: warning: actor `OIC General Secretariet` of mandate `free-text` is not in actors.toml, but is close to `OIC General Secretariat`
   |
27 | actor = \"OIC General Secretariet\"
   |         ^^^^^^^^^^^^^^^^^^^^^^^^^
help: did you mean `OIC General Secretariat`? If `OIC General Secretariet` is another actor, add it to actors.toml (`oic-track actor add`)
"
    );
    assert_eq!(
        run.stdout(),
        "2 files, 1 valid resolution, 5 mandates, 0 events, 2 actors: no problems, 1 warning\n"
    );
    // Other commands show it too, and still succeed.
    let run = case().args(&["list", "--format", "json"]).run();
    run.ok();
    assert!(
        run.stderr()
            .contains("warning: actor `OIC General Secretariet`")
    );
    // JSON diagnostics give it as a warning.
    let run = case().args(&["check", "--format", "json"]).run();
    run.ok();
    assert!(
        run.stdout().contains("\"severity\": \"warning\""),
        "{}",
        run.stdout()
    );
}

#[test]
fn free_text_actors_are_no_warning_and_no_folder_needs_actors_toml() {
    let run = folder().args(&["check"]).run();
    run.ok();
    assert_eq!(run.stderr(), "");
    let run = Case::new()
        .file("res-2024.toml", RES)
        .args(&["check"])
        .run();
    run.ok();
    assert_eq!(
        run.stdout(),
        "1 file, 1 valid resolution, 5 mandates, 0 events: no problems\n"
    );
}

#[test]
fn a_broken_actors_file_is_reported_and_the_mandates_still_listed() {
    let case = folder().file("actors.toml", "[[actors]]\nid = \"x\"\n");
    let run = case.args(&["list", "--format", "json"]).run();
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("actors.toml:1:1: error: missing required key `name`")
    );
    assert_eq!(ids(&run).len(), 5);
}

#[test]
fn show_names_the_actor_in_the_language_asked_for_with_the_written_form() {
    let actor_of = |lang: &str, id: &str| -> String {
        let run = folder().args(&["--lang", lang, "show", id]).run();
        run.ok();
        let out = run.stdout();
        let line = out.lines().find(|l| l.trim_start().starts_with("actor: "));
        line.unwrap_or_else(|| panic!("no actor line in {out}"))
            .trim_start()
            .to_string()
    };
    // Written as the name: nothing to add.
    assert_eq!(
        actor_of("en", "res-2024/by-name"),
        "actor: OIC General Secretariat"
    );
    // Written as an alias: the name, then what the file says.
    assert_eq!(
        actor_of("en", "res-2024/by-alias"),
        "actor: OIC General Secretariat (written: general secretariat)"
    );
    // In French the French name; the French spelling written needs no parentheses.
    assert_eq!(
        actor_of("fr", "res-2024/in-french"),
        "actor: Secrétariat général de l'OCI"
    );
    assert_eq!(
        actor_of("fr", "res-2024/by-name"),
        "actor: Secrétariat général de l'OCI (written: OIC General Secretariat)"
    );
    // Each actor of a list on its own; free text as written.
    assert_eq!(
        actor_of("en", "res-2024/in-arabic"),
        "actor: OIC member states (written: الدول الأعضاء); Human Rights Council"
    );
    assert_eq!(
        actor_of("en", "res-2024/free-text"),
        "actor: Islamic Development Bank"
    );
    // JSON keeps the actor as written, so an export round-trips.
    let run = folder()
        .args(&["list", "--format", "json", "--actor", "general secretariat"])
        .run();
    run.ok();
    assert!(
        run.stdout().contains("\"general secretariat\""),
        "{}",
        run.stdout()
    );
}

#[test]
fn actor_list_and_event_list_write_json_and_csv() {
    let events = "[[events]]\nid = \"cfm-51\"\nname = \"=51st CFM\"\ndate = \"2025-06\"\n\n\
                  [[events]]\nid = \"summit\"\nname = \"Summit\"\nplace = \"Banjul\"\ndate = 2024-05-04\n";
    let case = || folder().file("events.toml", events);

    let run = case().args(&["actor", "list", "--format", "json"]).run();
    run.ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(v[0]["id"], "oic-gs");
    assert_eq!(v[0]["fr"], "Secrétariat général de l'OCI");
    assert_eq!(v[0]["aliases"][1], "OIC Secretariat");
    assert_eq!(v[0]["mandates"], 3);
    assert_eq!(v[1]["mandates"], 1);
    assert_eq!(v.as_array().unwrap().len(), 2);

    let run = case().args(&["actor", "list", "--format", "csv"]).run();
    run.ok();
    let out = run.stdout();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("id,name,fr,ar,aliases,mandates"));
    assert_eq!(
        lines.next(),
        Some(
            "oic-gs,OIC General Secretariat,Secrétariat général de l'OCI,الأمانة العامة لمنظمة التعاون الإسلامي,General Secretariat; OIC Secretariat,3"
        )
    );

    let run = case().args(&["event", "list", "--format", "json"]).run();
    run.ok();
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(v[0]["date"], "2025-06");
    assert_eq!(v[0]["place"], serde_json::Value::Null);
    assert_eq!(v[1]["place"], "Banjul");
    assert_eq!(v[1]["defined_in"], "events.toml");

    // A name a spreadsheet would run as a formula is quoted, as in `list --format csv`.
    let run = case().args(&["event", "list", "--format", "csv"]).run();
    run.ok();
    assert_eq!(
        run.stdout(),
        "id,date,name,place,defined_in\n\
         cfm-51,2025-06,'=51st CFM,,events.toml\n\
         summit,2024-05-04,Summit,Banjul,events.toml\n"
    );

    // None at all: an empty list, not the table's hint.
    let empty = || Case::new().file("res.toml", RES);
    let run = empty().args(&["event", "list", "--format", "json"]).run();
    run.ok();
    assert_eq!(run.stdout(), "[]\n");
    let run = empty().args(&["actor", "list", "--format", "csv"]).run();
    run.ok();
    assert_eq!(run.stdout(), "id,name,fr,ar,aliases,mandates\n");
}
