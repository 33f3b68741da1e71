//! `merge`, git's merge driver, run by a real `git merge` in temp repositories whose config
//! points `merge.oic-track.driver` at the test binary; and `init`, which sets a folder up
//! for it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{Case, skip};

const BASE: &str = r#"# The committee's follow-up file.
title   = "Resolution on cooperation"
body    = "OIC Council of Foreign Ministers"   # who adopted it
adopted = 2023-07-31

[[mandates]]
id      = "report"
actor   = "OIC General Secretariat"
summary = "Report on implementation"   # as the text says
due     = "2023-12"
notes   = [
  { date = 2023-08-10, text = "Drafting started" },
]

# The second request.
[[mandates]]
id      = "envoy"
actor   = "Secretary-General"
summary = "Appoint a special envoy"
"#;

/// A git repository in a temp folder, with the driver registered as `init` says.
struct Repo {
    tmp: tempfile::TempDir,
}

impl Repo {
    /// A repository holding `resolutions/res.toml` = `base` and the `.gitattributes` of
    /// `init`, committed on `main`; None (after `skip`) without git.
    fn new(test: &str, base: &str) -> Option<Repo> {
        if Command::new("git").arg("--version").output().is_err() {
            skip(test, "git is not installed");
            return None;
        }
        let repo = Repo {
            tmp: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        let bin = env!("CARGO_BIN_EXE_oic-track").replace('\\', "/");
        repo.git(&[
            "config",
            "merge.oic-track.driver",
            &format!("'{bin}' merge %O %A %B %P"),
        ]);
        let init = repo.oic(&["init", "resolutions"]);
        assert!(
            init.status.success(),
            "{}",
            String::from_utf8_lossy(&init.stderr)
        );
        repo.write(base);
        repo.commit("base");
        Some(repo)
    }

    fn path(&self) -> &Path {
        self.tmp.path()
    }

    fn file(&self) -> PathBuf {
        self.path().join("resolutions/res.toml")
    }

    fn git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("HOME", self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .output()
            .unwrap()
    }

    fn git_ok(&self, args: &[&str]) {
        let out = self.git(args);
        assert!(
            out.status.success(),
            "git {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn oic(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_oic-track"))
            .args(args)
            .current_dir(self.path())
            .env_clear()
            .env("NO_COLOR", "1")
            .env("OIC_TRACK_TODAY", "2023-10-01")
            .output()
            .unwrap()
    }

    fn read(&self) -> String {
        std::fs::read_to_string(self.file()).unwrap()
    }

    fn write(&self, text: &str) {
        std::fs::write(self.file(), text).unwrap();
    }

    fn commit(&self, msg: &str) {
        self.git_ok(&["add", "-A"]);
        self.git_ok(&["commit", "-q", "-m", msg]);
    }

    /// Branch `name` from `main`, changed by `change`, committed.
    fn branch(&self, name: &str, change: impl FnOnce(&Repo)) {
        self.git_ok(&["checkout", "-q", "main"]);
        self.git_ok(&["checkout", "-q", "-b", name]);
        change(self);
        self.commit(name);
    }

    /// Merges `theirs` into `ours` (checked out): git's output and exit code.
    fn merge(&self, ours: &str, theirs: &str) -> Output {
        self.git_ok(&["checkout", "-q", ours]);
        self.git(&["merge", "--no-edit", theirs])
    }

    /// Runs `oic-track ARGS` and fails unless it succeeds.
    fn oic_ok(&self, args: &[&str]) {
        let out = self.oic(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn two_notes_on_two_branches_merge_cleanly_and_both_are_kept() {
    let Some(repo) = Repo::new("two_notes", BASE) else {
        return;
    };
    repo.branch("alice", |r| {
        r.oic_ok(&[
            "note",
            "res/report",
            "Met the delegation",
            "--on",
            "2023-09-20",
        ])
    });
    repo.branch("bob", |r| {
        r.oic_ok(&[
            "note",
            "res/report",
            "Draft circulated",
            "--on",
            "2023-09-05",
        ])
    });
    let out = repo.merge("alice", "bob");
    assert!(out.status.success(), "{}", text(&out));
    let want = BASE.replace(
        "  { date = 2023-08-10, text = \"Drafting started\" },\n",
        "  { date = 2023-08-10, text = \"Drafting started\" },\n  \
         { date = 2023-09-05, text = \"Draft circulated\" },\n  \
         { date = 2023-09-20, text = \"Met the delegation\" },\n",
    );
    assert_eq!(repo.read(), want);
    repo.oic_ok(&["check"]);
}

#[test]
fn a_note_both_sides_added_is_kept_once() {
    let Some(repo) = Repo::new("same_note", BASE) else {
        return;
    };
    for name in ["alice", "bob"] {
        repo.branch(name, |r| {
            r.oic_ok(&[
                "note",
                "res/envoy",
                "Shortlist agreed",
                "--on",
                "2023-09-01",
            ]);
            if name == "bob" {
                r.oic_ok(&[
                    "note",
                    "res/report",
                    "Sent to members",
                    "--on",
                    "2023-09-02",
                ]);
            }
        });
    }
    let out = repo.merge("alice", "bob");
    assert!(out.status.success(), "{}", text(&out));
    let merged = repo.read();
    assert_eq!(merged.matches("Shortlist agreed").count(), 1, "{merged}");
    assert_eq!(merged.matches("Sent to members").count(), 1, "{merged}");
}

#[test]
fn done_on_one_side_and_a_note_on_the_other_merge_cleanly() {
    let Some(repo) = Repo::new("done_and_note", BASE) else {
        return;
    };
    repo.branch("alice", |r| {
        r.oic_ok(&["mark-done", "res/report", "--on", "2023-09-28"])
    });
    repo.branch("bob", |r| {
        r.oic_ok(&["note", "res/report", "Annex added", "--on", "2023-09-15"])
    });
    let out = repo.merge("alice", "bob");
    assert!(out.status.success(), "{}", text(&out));
    let want = BASE
        .replace(
            "due     = \"2023-12\"\n",
            "due     = \"2023-12\"\nstatus  = \"done\"\ndone    = 2023-09-28\n",
        )
        .replace(
            "Drafting started\" },\n",
            "Drafting started\" },\n  { date = 2023-09-15, text = \"Annex added\" },\n",
        );
    assert_eq!(repo.read(), want);
    let show = repo.oic(&["show", "res/report"]);
    assert!(text(&show).contains("Annex added"), "{}", text(&show));
}

#[test]
fn a_real_conflict_marks_only_that_key_and_merges_the_rest() {
    let Some(repo) = Repo::new("one_conflict", BASE) else {
        return;
    };
    repo.branch("alice", |r| {
        let t = r
            .read()
            .replace("Appoint a special envoy", "Appoint an envoy by March");
        r.write(&t);
        r.oic_ok(&["note", "res/report", "Alice's note", "--on", "2023-09-01"]);
    });
    repo.branch("bob", |r| {
        let t = r
            .read()
            .replace("Appoint a special envoy", "Appoint two envoys")
            .replace("due     = \"2023-12\"", "due     = \"2024-05\"");
        r.write(&t);
    });
    let out = repo.merge("alice", "bob");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("1 conflict(s) marked"),
        "{}",
        text(&out)
    );
    let want = BASE
        .replace("due     = \"2023-12\"", "due     = \"2024-05\"")
        .replace(
            "Drafting started\" },\n",
            "Drafting started\" },\n  { date = 2023-09-01, text = \"Alice's note\" },\n",
        )
        .replace(
            "summary = \"Appoint a special envoy\"\n",
            "<<<<<<< ours:resolutions/res.toml\n\
             summary = \"Appoint an envoy by March\"\n\
             =======\n\
             summary = \"Appoint two envoys\"\n\
             >>>>>>> theirs:resolutions/res.toml\n",
        );
    assert_eq!(repo.read(), want);
}

#[test]
fn the_driver_exits_1_on_a_conflict_and_0_when_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let base = write("base", BASE);
    let ours = write(
        "ours",
        &BASE.replace("Report on", "Report to the Council on"),
    );
    let theirs = write(
        "theirs",
        &BASE.replace("Report on", "Report to the Summit on"),
    );
    let run = Case::new()
        .args(&["merge", &base, &ours, &theirs, "res.toml"])
        .run();
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert!(std::fs::read_to_string(&ours).unwrap().contains(
        "<<<<<<< ours:res.toml\nsummary = \"Report to the Council on implementation\"   # as the text says\n=======\n"
    ));
    let theirs = write("theirs", &BASE.replace("Appoint a", "Appoint one"));
    let ours = write(
        "ours",
        &BASE.replace("Report on", "Report to the Council on"),
    );
    let run = Case::new().args(&["merge", &base, &ours, &theirs]).run();
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let merged = std::fs::read_to_string(&ours).unwrap();
    assert!(merged.contains("Report to the Council on") && merged.contains("Appoint one"));
}

#[test]
fn comments_and_layout_on_both_sides_are_kept() {
    let Some(repo) = Repo::new("comments", BASE) else {
        return;
    };
    repo.branch("alice", |r| {
        let t = r.read().replace(
            "# The second request.\n",
            "# The second request (para 4).\n",
        );
        r.write(&t);
    });
    repo.branch("bob", |r| {
        let t = r.read().replace(
            "adopted = 2023-07-31\n",
            "adopted = 2023-07-31\n# Symbol to come from the Secretariat.\nsymbol  = \"OIC/CFM-EX/2023\"\n",
        );
        r.write(&t);
        r.oic_ok(&["start", "res/envoy"]);
    });
    let out = repo.merge("alice", "bob");
    assert!(out.status.success(), "{}", text(&out));
    let merged = repo.read();
    for line in [
        "# The committee's follow-up file.\n",
        "# who adopted it\n",
        "# as the text says\n",
        "# The second request (para 4).\n",
        "# Symbol to come from the Secretariat.\nsymbol  = \"OIC/CFM-EX/2023\"\n",
        "status  = \"in-progress\"\n",
    ] {
        assert!(merged.contains(line), "{line:?} lost:\n{merged}");
    }
    repo.oic_ok(&["check"]);
}

#[test]
fn a_side_that_does_not_parse_is_left_to_gits_merge_with_a_message() {
    let Some(repo) = Repo::new("broken_side", BASE) else {
        return;
    };
    repo.branch("alice", |r| {
        let t = r
            .read()
            .replace("title   = \"Resolution", "title   = \"The resolution");
        r.write(&t);
    });
    repo.branch("bob", |r| {
        let t = r
            .read()
            .replace("Appoint a special envoy\"", "Appoint a special envoy");
        r.write(&t);
    });
    let out = repo.merge("alice", "bob");
    let said = text(&out);
    assert!(
        said.contains("theirs is not valid TOML") && said.contains("left to git's line merge"),
        "{said}"
    );
    // git's line merge: the two changes are far apart, so it merges them.
    assert!(out.status.success(), "{said}");
    let merged = repo.read();
    assert!(merged.contains("The resolution") && merged.contains("Appoint a special envoy\n"));
}

#[test]
fn new_mandates_on_both_sides_are_both_kept() {
    let Some(repo) = Repo::new("new_mandates", BASE) else {
        return;
    };
    let add = |id: &'static str, summary: &'static str| {
        move |r: &Repo| {
            r.oic_ok(&[
                "add",
                "res",
                "--id",
                id,
                "--actor",
                "Member States",
                "--summary",
                summary,
            ])
        }
    };
    repo.branch("alice", add("funds", "Contribute to the fund"));
    repo.branch("bob", add("media", "Counter hate speech in the media"));
    let out = repo.merge("alice", "bob");
    assert!(out.status.success(), "{}", text(&out));
    let merged = repo.read();
    let funds = merged.find("id      = \"funds\"").expect("alice's mandate");
    let media = merged.find("id      = \"media\"").expect("bob's mandate");
    assert!(funds < media, "ours first, then theirs:\n{merged}");
    let list = repo.oic(&["list", "--format", "csv"]);
    assert_eq!(text(&list).lines().count(), 5, "{}", text(&list));
}

#[test]
fn a_mandate_removed_on_one_side_is_removed_unless_the_other_changed_it() {
    let Some(repo) = Repo::new("removed", BASE) else {
        return;
    };
    let without_envoy = |r: &Repo| {
        let t = r.read();
        let cut = t.find("# The second request.").unwrap();
        r.write(&t[..cut]);
    };
    repo.branch("alice", without_envoy);
    repo.branch("bob", |r| {
        r.oic_ok(&["note", "res/report", "Bob was here", "--on", "2023-09-03"])
    });
    let out = repo.merge("alice", "bob");
    assert!(out.status.success(), "{}", text(&out));
    let merged = repo.read();
    assert!(
        !merged.contains("envoy") && merged.contains("Bob was here"),
        "{merged}"
    );

    repo.branch("carol", |r| r.oic_ok(&["start", "res/envoy"]));
    let out = repo.merge("alice", "carol");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let merged = repo.read();
    assert!(
        merged.contains(
            "<<<<<<< ours:resolutions/res.toml\n=======\n# The second request.\n[[mandates]]\n"
        ),
        "{merged}"
    );
}

#[test]
fn events_are_merged_by_id_too() {
    const EVENTS: &str =
        "# Meetings.\n\n[[events]]\nid = \"cfm-50\"\nname = \"50th CFM\"\ndate = \"2024-03\"\n";
    let Some(repo) = Repo::new("events", BASE) else {
        return;
    };
    let events = repo.path().join("resolutions/events.toml");
    std::fs::write(&events, EVENTS).unwrap();
    repo.commit("events");
    repo.branch("alice", |r| {
        r.oic_ok(&["reschedule", "cfm-50", "2024-05-02", "--on", "2023-10-01"])
    });
    repo.branch("bob", |_| {
        let t = std::fs::read_to_string(&events).unwrap();
        std::fs::write(
            &events,
            format!(
                "{t}\n[[events]]\nid = \"summit-15\"\nname = \"15th Summit\"\ndate = \"2024-05\"\n"
            ),
        )
        .unwrap();
    });
    let out = repo.merge("alice", "bob");
    assert!(out.status.success(), "{}", text(&out));
    let merged = std::fs::read_to_string(&events).unwrap();
    assert!(
        merged.contains("date = 2024-05-02") && merged.contains("id = \"summit-15\""),
        "{merged}"
    );
    repo.oic_ok(&["check"]);
}

#[test]
fn done_days_of_a_recurring_mandate_merge_when_one_side_holds_the_others() {
    let base = "title = \"R\"\nbody = \"B\"\nadopted = 2023-01-01\n\n[[mandates]]\nid = \"m\"\nactor = \"A\"\nsummary = \"S\"\ndue = { every = \"1 month\" }\ndone = [2023-02-01]\n";
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let b = write("base", base);
    // Ours recorded March's report; theirs recorded it too, and April's.
    let o = write(
        "ours",
        &base.replace("[2023-02-01]", "[2023-02-01, 2023-03-01]"),
    );
    let t = write(
        "theirs",
        &base.replace("[2023-02-01]", "[2023-02-01, 2023-03-01, 2023-04-01]"),
    );
    Case::new().args(&["merge", &b, &o, &t]).run().ok();
    assert_eq!(
        std::fs::read_to_string(&o).unwrap(),
        base.replace("[2023-02-01]", "[2023-02-01, 2023-03-01, 2023-04-01]")
    );
}

/// Each new `done` day completes the earliest open occurrence: two different days added on
/// two branches record the same occurrence, and their union would mark the next one done.
#[test]
fn two_branches_marking_the_same_occurrence_done_on_different_days_conflict() {
    const RECURRING: &str = "title   = \"Res\"\nbody    = \"Council\"\nadopted = 2023-07-31\n\n\
[[mandates]]\nid      = \"monthly\"\nactor   = \"SG\"\nsummary = \"Monthly update\"\n\
due     = { every = \"1 month\", first = \"2023-08-31\" }\n";
    let Some(repo) = Repo::new("recurring_done", RECURRING) else {
        return;
    };
    repo.branch("alice", |r| {
        r.oic_ok(&["mark-done", "res/monthly", "--on", "2023-08-30"])
    });
    repo.branch("bob", |r| {
        r.oic_ok(&["mark-done", "res/monthly", "--on", "2023-08-29"]);
        r.oic_ok(&["note", "res/monthly", "August sent", "--on", "2023-08-29"]);
    });
    let out = repo.merge("alice", "bob");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let merged = repo.read();
    assert!(
        merged.contains(
            "<<<<<<< ours:resolutions/res.toml\ndone    = [2023-08-30]\n=======\ndone    = [2023-08-29]\n>>>>>>> theirs:resolutions/res.toml\n"
        ),
        "{merged}"
    );
    assert!(merged.contains("August sent"), "{merged}");
}

#[test]
fn init_creates_the_folder_and_prints_the_git_config_lines() {
    let case = Case::new().args(&["init", "team-data"]);
    let run = case.run();
    run.ok();
    let out = run.stdout();
    assert!(
        out.contains("git config merge.oic-track.driver \"oic-track merge %O %A %B %P\"\n"),
        "{out}"
    );
    let dir = case.tmp.path().join("team-data");
    let attributes = std::fs::read_to_string(dir.join(".gitattributes")).unwrap();
    assert!(attributes.lines().any(|l| l == "*.toml merge=oic-track"));
    assert!(dir.join("events.toml").is_file() && dir.join("actors.toml").is_file());
    Case::new()
        .args(&["--dir", dir.to_str().unwrap(), "check"])
        .run()
        .ok();
}

#[test]
fn init_refuses_to_overwrite_and_names_what_exists() {
    let case = Case::new().file("events.toml", "# mine\n").args(&["init"]);
    let run = case.run();
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("`resolutions/events.toml` already exists"),
        "{}",
        run.stderr()
    );
    assert_eq!(case.read("events.toml"), "# mine\n");
    assert!(!case.dir().join(".gitattributes").exists());
}

#[test]
fn init_dry_run_prints_the_files_and_writes_nothing() {
    let case = Case::new().args(&["init", "new-folder", "--dry-run"]);
    let run = case.run();
    run.ok();
    assert!(
        run.stdout().contains("+++ b/new-folder/.gitattributes\n"),
        "{}",
        run.stdout()
    );
    assert!(run.stdout().contains("+*.toml merge=oic-track\n"));
    assert!(!case.tmp.path().join("new-folder").exists());
}
