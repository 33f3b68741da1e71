//! What the grids share: running cases part by part (a language, a style) and printing
//! each miss and the count right the same way (`run`, `run_parts`, `assert_whole`); and for
//! the actor grids (`tests_grid_actors`, `tests_grid_not`, `tests_grid_ask_*`) drafting a
//! composed case as of its adoption day and pairing its drafted actors with the expected key
//! words by the real-text scorer's rule (`judge.rs`), so that no grid judges differently
//! from another.

use crate::judge::actors_right;
use crate::{Draft, Options, draft};

/// The case's head and text drafted as adopted on `adopted`.
pub(crate) fn draft_case(head: &str, text: &str, adopted: &str) -> Draft {
    let opts = Options {
        adopted: Some(adopted.parse().expect("a case's adoption day")),
        today: "2026-01-01".parse().unwrap(),
    };
    draft(&format!("{head}{text}"), &opts)
}

/// Each drafted mandate's actor names.
pub(crate) fn actor_names(d: &Draft) -> Vec<Vec<String>> {
    d.mandates
        .iter()
        .map(|m| m.actors.iter().map(|a| a.name.clone()).collect())
        .collect()
}

/// As many mandates as key sets, and each set right for a drafted mandate of its own.
pub(crate) fn pair_off(want: &[&[&str]], drafted: &[Vec<String>]) -> bool {
    fn go(want: &[&[&str]], drafted: &[Vec<String>], used: &mut [bool]) -> bool {
        let Some((first, rest)) = want.split_first() else {
            return true;
        };
        (0..drafted.len()).any(|i| {
            if used[i] || !actors_right(first, &drafted[i]) {
                return false;
            }
            used[i] = true;
            let ok = go(rest, drafted, used);
            used[i] = false;
            ok
        })
    }
    want.len() == drafted.len() && go(want, drafted, &mut vec![false; drafted.len()])
}

/// One mandate's keys or actors as a miss line shows them: "[a | b]".
pub(crate) fn bracket<S: AsRef<str>>(names: &[S]) -> String {
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    format!("[{}]", names.join(" | "))
}

/// Mandates as a miss line shows them: "[a | b] [c]", or "nothing".
pub(crate) fn shown<S: AsRef<str>, T: AsRef<[S]>>(sets: &[T]) -> String {
    if sets.is_empty() {
        return "nothing".into();
    }
    let sets: Vec<String> = sets.iter().map(|s| bracket(s.as_ref())).collect();
    sets.join(" ")
}

/// One case as `run` sees it: its id, what it wants as a miss line shows it, and whether its
/// draft is right with what was drafted (one entry per mandate).
pub(crate) trait GridCase {
    fn id(&self) -> &str;
    fn want(&self) -> String;
    fn judge(&self) -> (bool, Vec<String>);
}

/// A borrowed case is judged as the case (so that a part can be a filtered list).
impl<C: GridCase> GridCase for &C {
    fn id(&self) -> &str {
        (*self).id()
    }
    fn want(&self) -> String {
        (*self).want()
    }
    fn judge(&self) -> (bool, Vec<String>) {
        (*self).judge()
    }
}

/// Runs cases, prints each miss ("MISS <part> <id>: want … got …") and "<grid> <part>: R/N
/// right"; returns (right, total).
pub(crate) fn run<C: GridCase>(grid: &str, part: &str, cases: &[C]) -> (usize, usize) {
    let mut right = 0;
    for case in cases {
        let (ok, got) = case.judge();
        if ok {
            right += 1;
        } else {
            let got = if got.is_empty() {
                "nothing".into()
            } else {
                got.join(" ")
            };
            println!("MISS {part} {}: want {} got {got}", case.id(), case.want());
        }
    }
    println!("{grid} {part}: {right}/{} right", cases.len());
    (right, cases.len())
}

/// Runs the cases of each part in turn (`part_of` names a case's part; a case of no part
/// named is a mistake of the grid), as `run` does; (right, total) per part, in `parts`' order.
pub(crate) fn run_parts<C: GridCase>(
    grid: &str,
    parts: &[&str],
    part_of: impl Fn(&C) -> &'static str,
    cases: &[C],
) -> Vec<(usize, usize)> {
    assert!(
        cases.iter().all(|c| parts.contains(&part_of(c))),
        "a case of no part"
    );
    parts
        .iter()
        .map(|part| {
            let mine: Vec<&C> = cases.iter().filter(|c| part_of(c) == *part).collect();
            run(grid, part, &mine)
        })
        .collect()
}

/// Prints "<grid> all: R/N right" over the parts' (right, total) and fails unless every case
/// is right.
pub(crate) fn assert_whole(grid: &str, parts: &[(usize, usize)]) {
    let (right, total) = parts.iter().fold((0, 0), |(r, t), (a, b)| (r + a, t + b));
    println!("{grid} all: {right}/{total} right");
    assert_eq!(right, total, "{} cases wrong", total - right);
}
