//! Whether a drafted actor is the one an annotation keys: the rule the real-text scorer
//! (`tests/cli/draft_real.rs`) and the drafter's composed grid (`tests_grid_actors.rs`)
//! both judge by. One file, included by path in both test crates, so the two can never
//! judge differently.
// Each of the two crates uses a part of it.
#![allow(dead_code)]

/// Case and article folding, as the matching rule says.
pub(crate) fn fold(actor: &str) -> String {
    actor
        .to_lowercase()
        .replace(['’', '‘'], "'")
        // The same Arabic letters typed with a Persian keyboard ("فریق" is "فريق").
        .replace('ی', "ي")
        .replace('ک', "ك")
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each key word is in a drafted actor of its own, and a drafted actor adds at most three
/// words to its key (so "Bureau of the Third Committee to address the ..." is not right),
/// or is the key's full name (`full_name`).
pub(crate) fn actors_right<K: AsRef<str>>(keys: &[K], actors: &[String]) -> bool {
    actors_fit(keys, actors, |key, actor, raw| {
        actor.split(' ').count() <= key.split(' ').count() + 3 || full_name(key, actor, raw)
    })
}

/// Whether a drafted actor (folded, and as drafted) is its key's full name: the key with
/// its own complement ("Working Group on the ...", "High Commissioner for Refugees",
/// "Governments not yet Parties to ..."), at most three words before it and none of them a
/// conjunction ("United Nations High Commissioner", "All other parties"), or a name
/// followed by the key as its acronym ("... Angola (UNITA)"); never one that runs on into
/// what is asked. The annotations key a long title sometimes in full, sometimes by its head
/// words: the drafter's full title is right either way.
pub(crate) fn full_name(key: &str, actor: &str, raw: &str) -> bool {
    const COMPLEMENT: [&str; 17] = [
        "of", "on", "for", "in", "to", "not", "with", "from", "at", "against", "aux", "au", "des",
        "du", "de", "pour", "sur",
    ];
    if runs_on(raw) {
        return false;
    }
    if actor.ends_with(&format!("({key})")) {
        return true;
    }
    let words: Vec<&str> = actor.split(' ').collect();
    let key_words: Vec<&str> = key.split(' ').collect();
    let Some(at) = words
        .windows(key_words.len())
        .position(|w| w == key_words.as_slice())
    else {
        return false;
    };
    let before = &words[..at];
    let after = &words[at + key_words.len()..];
    let joined = |w: &[&str]| {
        w.iter()
            .any(|x| matches!(*x, "and" | "or" | "et" | "ou") || x.ends_with(','))
    };
    before.len() <= 3
        && !joined(before)
        && after
            .first()
            .is_none_or(|w| COMPLEMENT.contains(w) || w.starts_with('('))
}

/// Besides `actors_right`: a drafted actor may give a body's full name around its key
/// ("Working Group on the strengthening of the Convention" for "Working Group"), as long
/// as it does not run on into what is asked ("... to address the ...").
pub(crate) fn actors_named<K: AsRef<str>>(keys: &[K], actors: &[String]) -> bool {
    actors_fit(keys, actors, |_, _, raw| !runs_on(raw))
}

/// "to" before anything but a determiner or a name starts what the actor is asked to do;
/// not after "right(s)" ("a Rapporteur on the rights to water of ..."), which
/// the drafter reads as a name's words too.
pub(crate) fn runs_on(actor: &str) -> bool {
    const DETERMINERS: [&str; 12] = [
        "the", "a", "an", "all", "its", "their", "this", "these", "those", "such", "each", "other",
    ];
    let words: Vec<&str> = actor.split(' ').collect();
    (1..words.len()).any(|k| {
        let before = k.checked_sub(2).map(|b| words[b]);
        words[k - 1] == "to"
            && !matches!(before, Some("right" | "rights"))
            && !DETERMINERS.contains(&words[k])
            && words[k].starts_with(char::is_lowercase)
    })
}

/// `fold`, and one spelling for the titles texts write two ways: the annotations key
/// "Secretary-General" where a text drops its hyphen but "Director General" as a text
/// gives it, and "States Members" as a text gives it while the drafter writes "Member
/// States" for "States Members of the United Nations"; the hyphen and the word order are
/// no part of who is asked.
pub(crate) fn fold_name(actor: &str) -> String {
    fold(actor)
        .replace("secretary general", "secretary-general")
        .replace("director general", "director-general")
        .replace("states members", "member states")
}

/// Each key word is in a drafted actor of its own that `fits` it (key and actor folded, and
/// the actor as drafted).
pub(crate) fn actors_fit<K: AsRef<str>>(
    keys: &[K],
    actors: &[String],
    fits: impl Fn(&str, &str, &str) -> bool,
) -> bool {
    if keys.len() != actors.len() {
        return false;
    }
    let mut used = vec![false; actors.len()];
    keys.iter().all(|k| {
        let k = fold_name(k.as_ref());
        let hit = actors.iter().enumerate().position(|(i, a)| {
            let folded = fold_name(a);
            !used[i] && folded.contains(&k) && fits(&k, &folded, a)
        });
        hit.map(|i| used[i] = true).is_some()
    })
}
