//! Post-pass over the drafted mandates: a person asked by surname alone ("requested
//! Guterres brief the council") is the titled person the text named before
//! ("Secretary-General Antonio Guterres"), so the actor keeps its post.

use regex::Regex;

use crate::model::DraftMandate;
use crate::table;
use crate::words::any_of;

/// Renames each actor that is a bare surname to the first titled mention of it in `text`.
pub(crate) fn titled_surnames(mandates: &mut [DraftMandate], text: &str) {
    for actor in mandates.iter_mut().flat_map(|m| m.actors.iter_mut()) {
        if !is_bare_surname(&actor.name) {
            continue;
        }
        if let Some(titled) = titled_mention(text, &actor.name) {
            actor.check = Some(format!(
                "the text says \"{}\": read as \"{titled}\", named so before",
                actor.name
            ));
            actor.name = titled;
        }
    }
}

/// One capitalised word of letters, not an acronym ("UNHCR") nor a body's noun.
fn is_bare_surname(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase)
        && name.chars().count() >= 3
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && !table::ACTOR_HEADS.contains(&name.to_lowercase().as_str())
}

/// "Secretary-General Antonio Guterres", "UN Special Envoy Jane Doe": a post (up to two
/// words before its head noun), at most two given names, then `surname`.
fn titled_mention(text: &str, surname: &str) -> Option<String> {
    let heads: Vec<&str> = table::PERSON_HEADS
        .iter()
        .chain(table::MANDATE_HOLDER_HEADS)
        .copied()
        .collect();
    let re = Regex::new(&format!(
        r"\b((?:(?-i:[A-Z])[\w-]*\s+){{0,2}}(?i:{})\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,2}}{})\b",
        any_of(&heads),
        regex::escape(surname)
    ))
    .ok()?;
    re.captures(text).map(|m| m[1].to_string())
}
