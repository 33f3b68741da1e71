//! Properties of the merge on generated resolution files, in the layouts the tool writes
//! (keys aligned or not, notes inline or as `[[mandates.notes]]`, comments or none).

use proptest::prelude::*;

use super::{merge, merge_documents};

#[derive(Debug, Clone)]
struct Mandate {
    id: String,
    summary: String,
    status: Option<&'static str>,
    notes: Vec<(u8, String)>,
}

#[derive(Debug, Clone, Copy)]
struct Layout {
    aligned: bool,
    inline_notes: bool,
    comments: bool,
    crlf: bool,
}

fn render(mandates: &[Mandate], layout: Layout) -> String {
    let kv = |k: &str, v: &str| {
        if layout.aligned {
            format!("{k:<7} = {v}\n")
        } else {
            format!("{k} = {v}\n")
        }
    };
    let mut text = String::new();
    if layout.comments {
        text.push_str("# Follow-up of the resolution.\n");
    }
    text += &kv("title", "\"T\"");
    text += &kv("body", "\"B\"");
    text += &kv("adopted", "2023-07-31");
    for m in mandates {
        text.push('\n');
        if layout.comments {
            text += &format!("# About {}.\n", m.id);
        }
        text.push_str("[[mandates]]\n");
        text += &kv("id", &format!("{:?}", m.id));
        text += &kv("actor", "\"SG\"");
        text += &kv("summary", &format!("{:?}", m.summary));
        if let Some(s) = m.status {
            text += &kv("status", &format!("{s:?}"));
        }
        if layout.inline_notes && !m.notes.is_empty() {
            text += &kv("notes", "[");
            text.pop();
            text.push('\n');
            for (day, t) in &m.notes {
                text += &format!("  {{ date = 2023-09-{:02}, text = {t:?} }},\n", day);
            }
            text.push_str("]\n");
        }
        if !layout.inline_notes {
            for (day, t) in &m.notes {
                text += &format!("\n[[mandates.notes]]\ndate = 2023-09-{day:02}\ntext = {t:?}\n");
            }
        }
    }
    if layout.crlf {
        text = text.replace('\n', "\r\n");
    }
    text
}

fn mandates() -> impl Strategy<Value = Vec<Mandate>> {
    prop::collection::vec(
        (
            "[a-e]{1,3}",
            prop::sample::select(vec!["draft", "report", "appoint"]),
            prop::option::of(prop::sample::select(vec!["in-progress", "dropped"])),
            prop::collection::vec((1u8..28, "[a-z ]{1,8}"), 0..3),
        ),
        0..5,
    )
    .prop_map(|ms| {
        ms.into_iter()
            .enumerate()
            .map(|(i, (id, summary, status, notes))| Mandate {
                id: format!("{id}{i}"),
                summary: summary.to_string(),
                status,
                notes,
            })
            .collect()
    })
}

fn layout() -> impl Strategy<Value = Layout> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(aligned, inline_notes, comments, crlf)| Layout {
            aligned,
            inline_notes,
            comments,
            crlf,
        },
    )
}

/// One side's edits: on mandates of its own parity only (`odd`), a new summary, a new note;
/// and a mandate of its own.
#[derive(Debug, Clone)]
struct Edits {
    summaries: Vec<bool>,
    notes: Vec<u8>,
    new: bool,
}

fn edits() -> impl Strategy<Value = Edits> {
    (
        prop::collection::vec(any::<bool>(), 5),
        prop::collection::vec(0u8..28, 5),
        any::<bool>(),
    )
        .prop_map(|(summaries, notes, new)| Edits {
            summaries,
            notes,
            new,
        })
}

fn apply(base: &[Mandate], e: &Edits, side: &str, odd: bool) -> Vec<Mandate> {
    let mut ms = base.to_vec();
    // Only the mandates of the base: a new one on the other side is not this side's to edit.
    for (i, m) in ms.iter_mut().enumerate().take(5) {
        if (i % 2 == 1) != odd || m.id.starts_with("new-") {
            continue;
        }
        if e.summaries[i] {
            m.summary = format!("{side} {}", m.summary);
        }
        if e.notes[i] > 0 {
            m.notes.push((e.notes[i], format!("by {side}")));
        }
    }
    if e.new {
        ms.push(Mandate {
            id: format!("new-{side}"),
            summary: "new".into(),
            status: None,
            notes: vec![(3, "first".into())],
        });
    }
    ms
}

/// The data a file holds, mandates by id and notes by day and text: the order the two
/// sides' additions come in is not part of it.
fn meaning(text: &str) -> toml::Value {
    let mut v: toml::Value = toml::from_str(text).expect("merged text parses");
    if let Some(ms) = v.get_mut("mandates").and_then(|m| m.as_array_mut()) {
        for m in ms.iter_mut() {
            if let Some(notes) = m.get_mut("notes").and_then(|n| n.as_array_mut()) {
                notes.sort_by_key(|n| n.to_string());
            }
        }
        ms.sort_by_key(|m| m["id"].as_str().unwrap_or_default().to_string());
    }
    v
}

proptest! {
    #[test]
    fn a_merge_with_an_unchanged_side_changes_nothing(
        base in mandates(), edited in edits(), layout in layout(), odd in any::<bool>()
    ) {
        let b = render(&base, layout);
        let o = render(&apply(&base, &edited, "o", odd), layout);
        for (x, y, z) in [(&b, &b, &b), (&b, &o, &b), (&o, &o, &o)] {
            let m = merge(x, y, z, "f").unwrap();
            prop_assert_eq!(&m.text, y);
            // Also through the merge itself, not its shortcut.
            let m = merge_documents(x, y, z, "f").unwrap();
            prop_assert_eq!(&m.text, y);
            prop_assert_eq!(m.conflicts, 0);
        }
        let m = merge(&b, &b, &o, "f").unwrap();
        prop_assert_eq!(&m.text, &o);
        let m = merge_documents(&b, &b, &o, "f").unwrap();
        prop_assert_eq!(meaning(&m.text), meaning(&o));
        prop_assert_eq!(m.text.matches("\r\n").count(), m.text.matches('\n').count() * usize::from(layout.crlf));
    }

    #[test]
    fn edits_of_different_mandates_merge_cleanly_and_either_way(
        base in mandates(), ours in edits(), theirs in edits(), layout in layout()
    ) {
        let b = render(&base, layout);
        let o = render(&apply(&base, &ours, "o", false), layout);
        let t = render(&apply(&base, &theirs, "t", true), layout);
        let ot = merge_documents(&b, &o, &t, "f").unwrap();
        let to = merge_documents(&b, &t, &o, "f").unwrap();
        prop_assert_eq!(ot.conflicts, 0, "{}", ot.text);
        prop_assert_eq!(to.conflicts, 0, "{}", to.text);
        prop_assert_eq!(meaning(&ot.text), meaning(&to.text));
        // Every line keeps the file's line ending.
        let crlf = ot.text.matches("\r\n").count();
        prop_assert_eq!(crlf, ot.text.matches('\n').count() * usize::from(layout.crlf), "{:?}", ot.text);
        // And it is what both edits give, applied one after the other.
        let both = apply(&apply(&base, &ours, "o", false), &theirs, "t", true);
        prop_assert_eq!(meaning(&ot.text), meaning(&render(&both, layout)));
    }
}
