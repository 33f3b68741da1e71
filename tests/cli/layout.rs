//! The modules of `src/`, and those of the drafter (`crates/draft/src/`), import one another
//! without a cycle: among the top-level modules and the crate root (`lib.rs`), and among the
//! children of any one module. A child may use its own parent's items (the parent declares
//! it), and test code (a `tests` module or folder) is left out.
//!
//! Imports are read from the paths the code writes (`crate::a::b`, `super::c`, grouped
//! `use crate::{a, b::c}`, and in `lib.rs` its modules by bare name), after comments, strings
//! and character literals are blanked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::Regex;

type Module = Vec<String>;

/// The code of each module, keyed by its path (`[]` is the crate root), tests left out.
fn modules(src: &Path) -> BTreeMap<Module, String> {
    let mut found = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let rel = path.strip_prefix(src).unwrap().with_extension("");
            if rel.iter().next().is_some_and(|first| first == "tests") {
                continue; // a crate's folder of test modules
            }
            let mut module: Module = rel.iter().map(|s| s.to_string_lossy().into()).collect();
            match module.last().map(String::as_str) {
                Some("main") if module.len() == 1 => continue,
                Some("lib") if module.len() == 1 => module.clear(),
                Some("mod") => {
                    module.pop();
                }
                Some("tests") => continue,
                _ => {}
            }
            if path.extension().is_some_and(|e| e == "rs") {
                found.insert(module, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    found
}

/// `text` without its `#[cfg(test)] mod tests { ... }`, comments, strings and characters.
fn code(text: &str) -> String {
    let text = text
        .split("#[cfg(test)]\nmod tests {")
        .next()
        .unwrap_or_default();
    let noise = Regex::new(
        r###"(?s)//[^\n]*|/\*.*?\*/|r"[^"]*"|r#".*?"#|r##".*?"##|b?"(?:\\.|[^"\\])*"|b?'(?:\\.|[^'\\])'"###,
    )
    .unwrap();
    noise.replace_all(text, " ").into_owned()
}

/// The paths in a use tree's braces: `a, b::{c, d}` gives `a`, `b::c`, `b::d`.
fn expand(tree: &str) -> Vec<Vec<String>> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in tree.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&tree[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&tree[start..]);
    let mut paths = Vec::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let (head, rest) = match part.find("::{") {
            Some(i) => (&part[..i], Some(&part[i + 3..part.len() - 1])),
            None => (part, None),
        };
        let head: Vec<String> = head.split("::").map(|s| s.trim().into()).collect();
        match rest {
            Some(rest) => {
                paths.extend(expand(rest).into_iter().map(|t| [head.clone(), t].concat()))
            }
            None => paths.push(head),
        }
    }
    paths
}

/// Which modules each module's code names.
fn imports(modules: &BTreeMap<Module, String>) -> BTreeMap<Module, BTreeSet<Module>> {
    let grouped = Regex::new(r"\b(crate|super|self)((?:::\w+)*)::\{").unwrap();
    let single = Regex::new(r"\b(crate|super)((?:::\w+)+)").unwrap();
    let bare = Regex::new(r"\b([a-z_][a-z0-9_]*)::").unwrap();
    let mut graph = BTreeMap::new();
    for (module, text) in modules {
        let text = code(text);
        let mut paths: Vec<(String, Vec<String>)> = Vec::new();
        for m in grouped.captures_iter(&text) {
            let open = m.get(0).unwrap().end() - 1;
            let mut depth = 0;
            let close = text[open..]
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(text.len(), |(i, _)| open + i);
            let prefix: Vec<String> = m[2].split("::").skip(1).map(String::from).collect();
            for tail in expand(&text[open + 1..close]) {
                paths.push((m[1].into(), [prefix.clone(), tail].concat()));
            }
        }
        for m in single.captures_iter(&text) {
            paths.push((
                m[1].into(),
                m[2].split("::").skip(1).map(String::from).collect(),
            ));
        }
        if module.is_empty() {
            for m in bare.captures_iter(&text) {
                paths.push(("crate".into(), vec![m[1].into()]));
            }
        }
        let mut targets = BTreeSet::new();
        for (start, segments) in paths {
            let mut at: Module = match start.as_str() {
                "crate" => Vec::new(),
                "super" => module[..module.len().saturating_sub(1)].to_vec(),
                _ => module.clone(),
            };
            let mut segments = segments.into_iter().peekable();
            while segments.next_if(|s| s == "super").is_some() {
                at.pop();
            }
            for s in segments {
                at.push(s);
                if !modules.contains_key(&at) {
                    at.pop();
                    break;
                }
            }
            if at != *module {
                targets.insert(at);
            }
        }
        graph.insert(module.clone(), targets);
    }
    graph
}

/// The edges that count: between top-level modules (the root is `crate`), and between
/// children of one module, each module standing for its descendants.
fn edges(graph: &BTreeMap<Module, BTreeSet<Module>>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let name = |m: &[String]| {
        if m.is_empty() {
            "crate".to_string()
        } else {
            m.join("::")
        }
    };
    for (from, targets) in graph {
        for to in targets {
            let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
            let (a, b) = if common == 0 {
                (&from[..from.len().min(1)], &to[..to.len().min(1)])
            } else if common < from.len() && common < to.len() {
                (&from[..=common], &to[..=common])
            } else {
                continue; // a module and its own ancestor or descendant
            };
            out.entry(name(a)).or_default().insert(name(b));
        }
    }
    out
}

/// A cycle of `graph`, if it has one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit<'a>(
        at: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| *p == at) {
            return Some(
                path[i..]
                    .iter()
                    .chain([&at])
                    .map(|s| s.to_string())
                    .collect(),
            );
        }
        if !done.insert(at) {
            return None;
        }
        path.push(at);
        for next in graph.get(at).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = modules(&src);
    assert!(modules.contains_key(&vec!["commands".to_string()]));
    let graph = edges(&imports(&modules));
    assert!(graph["crate"].contains("commands"), "{graph:#?}");
    if let Some(found) = cycle(&graph) {
        panic!("import cycle: {}\n{graph:#?}", found.join(" -> "));
    }
}

#[test]
fn the_cycle_check_finds_cycles() {
    let files = |list: &[(&str, &str)]| -> BTreeMap<Module, String> {
        list.iter()
            .map(|(m, text)| {
                let module = m.split("::").filter(|s| !s.is_empty()).map(String::from);
                (module.collect(), text.to_string())
            })
            .collect()
    };
    let check = |list: &[(&str, &str)]| cycle(&edges(&imports(&files(list))));
    // Through the root, a grouped use, and between siblings.
    assert!(check(&[("", "mod a; fn f() { a::g() }"), ("a", "use crate::X;")]).is_some());
    let grouped = [("b", "use crate::{c::{self, D}};"), ("c", "use crate::b;")];
    assert!(check(&grouped).is_some());
    let siblings = [
        ("p", ""),
        ("p::x", "use super::y::Y;"),
        ("p::y", "use super::x;"),
    ];
    assert!(check(&siblings).is_some());
    // A child using its parent's items, comments, strings, and test code are not cycles.
    let fine = [
        ("", "mod p;"),
        ("p", "pub use x::X; // crate::q"),
        ("p::x", "use super::Z; const S: &str = \"crate::q\";"),
        (
            "p::y",
            "use super::x;\n#[cfg(test)]\nmod tests {\n use crate::q; }",
        ),
        ("q", "use crate::p;"),
    ];
    assert_eq!(check(&fine), None);
}

#[test]
fn no_drafter_module_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/draft/src");
    let modules = modules(&src);
    let graph = edges(&imports(&modules));
    assert!(graph["crate"].contains("builder"), "{graph:#?}");
    if let Some(found) = cycle(&graph) {
        panic!(
            "import cycle in the drafter: {}\n{graph:#?}",
            found.join(" -> ")
        );
    }
}
