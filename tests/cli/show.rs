//! `show`: a resolution or a mandate, and how ids are resolved.

use crate::support::*;

#[test]
fn a_resolution_with_its_mandates() {
    let run = Case::bundled()
        .args(&["show", "cfm-ex-2023-desecration"])
        .run();
    run.ok();
    snapshot("show/a_resolution_with_its_mandates", &run.stdout());
}

#[test]
fn a_mandate_with_every_field() {
    let run = mixed()
        .args(&["show", "cfm-2023-follow-up/late-brief"])
        .run();
    run.ok();
    snapshot("show/a_mandate_with_every_field", &run.stdout());
}

#[test]
fn a_bare_id_or_a_unique_prefix_finds_a_mandate() {
    let bare = mixed().args(&["show", "late-brief"]).run();
    let prefix = mixed().args(&["show", "cfm-2023-follow-up/late"]).run();
    bare.ok();
    assert_eq!(bare.stdout(), prefix.stdout());
    assert!(bare.stdout().starts_with("cfm-2023-follow-up/late-brief\n"));
}

#[test]
fn a_typo_gets_a_suggestion() {
    let run = mixed().args(&["show", "late-breif"]).run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: no mandate `late-breif`; did you mean `late-brief`?\n"
    );
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates() {
    let run = mixed().args(&["show", "hrc-2024-rapporteur/"]).run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: `hrc-2024-rapporteur/` could name 3 mandates; type one of these in full:\n  \
         hrc-2024-rapporteur/oral-update\n  hrc-2024-rapporteur/written-report\n  hrc-2024-rapporteur/survey\n"
    );
}

#[test]
fn nothing_close_points_to_list() {
    let run = mixed().args(&["show", "zzzz"]).run();
    run.expect_code(1);
    assert_eq!(
        run.stderr(),
        "error: no mandate `zzzz`; `oic-track list` shows every mandate's id\n"
    );
}

#[test]
fn control_characters_in_data_are_escaped() {
    let run = Case::new()
        .file(
            "r.toml",
            "title = \"Evil\\u001b[2J title \\u202e reversed\"\nbody = \"منظمة التعاون الإسلامي\"\nadopted = 2023-01-01\n\
             [[mandates]]\nid = \"m\"\nactor = \"A\"\nsummary = \"line1\\nline2\"\ntext = \"bell\\u0007\"\n",
        )
        .args(&["show", "r"])
        .run();
    run.ok();
    let out = run.stdout();
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{202e}') && !out.contains('\u{7}'),
        "{out}"
    );
    assert!(
        out.contains("Evil\\u{1b}[2J title \\u{202e} reversed"),
        "{out}"
    );
    assert!(out.contains("منظمة التعاون الإسلامي"), "{out}");
    assert!(out.contains("line1\\nline2"), "{out}");
}

#[test]
fn an_id_shared_by_hundreds_of_mandates_lists_the_first_ten_and_counts_the_rest() {
    let file = "title = \"T\"\nbody = \"B\"\nadopted = 2023-01-01\n\n[[mandates]]\n\
                id = \"common\"\nactor = \"A\"\nsummary = \"S\"\n";
    let mut case = Case::new();
    for n in 0..300 {
        case = case.file(&format!("r{n:03}.toml"), file);
    }
    let run = case.args(&["show", "common"]).run();
    run.expect_code(1);
    let listed: Vec<String> = (0..10).map(|n| format!("  r{n:03}/common")).collect();
    assert_eq!(
        run.stderr(),
        format!(
            "error: `common` could name 300 mandates; type one of these in full:\n{}\n  … and 290 more\n",
            listed.join("\n")
        )
    );
}
