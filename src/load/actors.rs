//! `actors.toml`: the actor registry, every problem with its file:line:col; and the
//! warnings for a mandate's actor that is a near miss of a known name.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::ACTORS_FILE;
use super::fields::{Src, required};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Actor, Actors, Folder, fold};

const ACTOR_KEYS: &[&str] = &["id", "name", "names", "aliases"];
const NAME_LANGS: &[&str] = &["fr", "ar"];

/// Where each id and spelling was first given, across every actors file of the folder.
#[derive(Default)]
pub struct Seen {
    ids: HashMap<String, String>,
    /// Folded spelling → (the actor's id, where it was written).
    spellings: HashMap<String, (String, String)>,
}

/// The actors of one `actors.toml`, its problems pushed to `src`.
pub fn parse_actors_file(src: &mut Src<'_>, table: &DeTable<'_>, seen: &mut Seen) -> Vec<Actor> {
    let mut out = Vec::new();
    for (key, value) in table.iter() {
        if key.get_ref() == "actors" {
            for (t, span) in src.tables(value, "actors") {
                if let Some(actor) = src.actor_entry(t, span, seen) {
                    out.push(actor);
                }
            }
        } else {
            src.unknown_key(key, ACTORS_FILE, &["actors"]);
        }
    }
    out
}

impl Src<'_> {
    fn actor_entry(
        &mut self,
        t: &DeTable<'_>,
        span: Range<usize>,
        seen: &mut Seen,
    ) -> Option<Actor> {
        let before = self.diagnostics.len();
        let mut keys = ActorKeys::default();
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "id" => keys.id = self.id(v, "actor id").map(|id| (id, v.span())),
                "name" => {
                    keys.name = self.text_value(v, "name");
                    keys.spelled
                        .extend(keys.name.clone().map(|n| (n, v.span())));
                }
                "names" => self.actor_names(v, &mut keys),
                "aliases" => self.actor_aliases(v, &mut keys),
                _ => self.unknown_key(k, "an actor", ACTOR_KEYS),
            }
        }
        let id = keys
            .id
            .or_else(|| required(self, t, "id", &span, "an actor"));
        // Not `required`: it takes `names` for a misspelt `name`, which it is not.
        if keys.name.is_none() && !t.iter().any(|(k, _)| k.get_ref() == "name") {
            self.missing(span, "name", "an actor");
        }
        let (id, id_span) = id?;
        if !self.claim_id(seen, &id, id_span.clone()) {
            return None;
        }
        keys.spelled.push((id.clone(), id_span));
        self.claim_spellings(seen, &id, keys.spelled);
        let name = keys.name?;
        (self.diagnostics.len() == before).then_some(Actor {
            id,
            name,
            fr: keys.fr,
            ar: keys.ar,
            aliases: keys.aliases,
        })
    }

    /// `names = { fr = "...", ar = "..." }`.
    fn actor_names(&mut self, v: &Spanned<DeValue<'_>>, keys: &mut ActorKeys) {
        let Some(names) = self.table(v, "names") else {
            return;
        };
        for (lang, n) in names.iter() {
            let slot = match lang.get_ref().as_ref() {
                "fr" => &mut keys.fr,
                "ar" => &mut keys.ar,
                _ => {
                    self.unknown_key(lang, "an actor's `names`", NAME_LANGS);
                    continue;
                }
            };
            *slot = self.text_value(n, "names");
            keys.spelled.extend(slot.clone().map(|s| (s, n.span())));
        }
    }

    fn actor_aliases(&mut self, v: &Spanned<DeValue<'_>>, keys: &mut ActorKeys) {
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(v, "aliases", "an array of strings");
            return;
        };
        for item in items.iter() {
            if let Some(a) = self.text_value(item, "aliases") {
                keys.spelled.push((a.clone(), item.span()));
                keys.aliases.push(a);
            }
        }
    }

    /// Takes `id` for this actor; false, with the problem reported, when an actor read
    /// before has it.
    fn claim_id(&mut self, seen: &mut Seen, id: &str, id_span: Range<usize>) -> bool {
        if let Some(first) = seen.ids.get(id) {
            let msg = format!("duplicate actor id `{id}`: {first} defines it already");
            self.error(id_span, msg, Some("every actor needs its own id".into()));
            return false;
        }
        let here = format!(
            "{}:{}",
            self.path.display(),
            line_of(self.text, id_span.start)
        );
        seen.ids.insert(id.to_string(), here);
        true
    }

    /// Takes each spelling for actor `id`, reporting those another actor has already.
    fn claim_spellings(&mut self, seen: &mut Seen, id: &str, spelled: Vec<(String, Range<usize>)>) {
        for (s, at) in spelled {
            let where_ = format!("{}:{}", self.path.display(), line_of(self.text, at.start));
            match seen.spellings.get(&fold(&s)) {
                Some((other, first)) if other != id => {
                    let msg = format!(
                        "`{s}` already names actor `{other}` ({first}); a name or alias may name one actor only"
                    );
                    let help = "remove it from one of the two, or merge the two actors".into();
                    self.error(at, msg, Some(help));
                }
                Some(_) => {}
                None => {
                    seen.spellings.insert(fold(&s), (id.to_string(), where_));
                }
            }
        }
    }
}

/// An actor's keys as read, and each spelling of it (name, names, aliases) with its span,
/// checked against the other actors' once the id is known.
#[derive(Default)]
struct ActorKeys {
    id: Option<(String, Range<usize>)>,
    name: Option<String>,
    fr: Option<String>,
    ar: Option<String>,
    aliases: Vec<String>,
    spelled: Vec<(String, Range<usize>)>,
}

/// The 1-based line of byte `at`, for naming where a spelling was first given.
fn line_of(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |t| t.matches('\n').count()) + 1
}

/// Parses `actors.toml` text on its own (an edit checks the text it is about to write).
pub fn parse_actors(path: &Path, text: &str) -> Result<Vec<Actor>, Vec<Diagnostic>> {
    let mut src = Src::new(path, text);
    let actors = src
        .parse()
        .map(|t| parse_actors_file(&mut src, &t.into_inner(), &mut Seen::default()))
        .unwrap_or_default();
    if src.diagnostics.is_empty() {
        Ok(actors)
    } else {
        Err(src.diagnostics)
    }
}

/// A warning, with a did-you-mean, for each mandate actor that is a near miss of a known
/// name: a typo would otherwise quietly make an actor of its own. Each file is read again
/// only when it has one, to point at the line.
pub fn near_misses(folder: &Folder) -> Vec<Diagnostic> {
    let actors: &Actors = &folder.actors;
    if actors.is_empty() {
        return Vec::new();
    }
    let mut memo: HashMap<&str, Option<&str>> = HashMap::new();
    let mut out = Vec::new();
    for res in &folder.resolutions {
        let mut text: Option<String> = None;
        for m in &res.mandates {
            for a in &m.actor {
                let Some(guess) = *memo.entry(a).or_insert_with(|| actors.near_miss(a)) else {
                    continue;
                };
                let text = text.get_or_insert_with(|| {
                    let t = std::fs::read_to_string(&res.path).unwrap_or_default();
                    t.trim_start_matches('\u{feff}').to_string()
                });
                out.push(warning(&res.path, text, &m.id, a, guess));
            }
        }
    }
    out
}

/// The warning for actor strings an edit is about to write that are near misses of a
/// known name, one line each, for stderr; empty when there is none.
pub fn near_miss_lines(actors: &Actors, written: &[String]) -> Vec<String> {
    written
        .iter()
        .filter_map(|a| {
            let guess = actors.near_miss(a)?;
            Some(format!(
                "warning: actor `{a}` is not in {ACTORS_FILE}, but is close to `{guess}`; did you mean `{guess}`?"
            ))
        })
        .collect()
}

fn warning(path: &Path, text: &str, mandate: &str, written: &str, guess: &str) -> Diagnostic {
    let msg = format!(
        "actor `{written}` of mandate `{mandate}` is not in {ACTORS_FILE}, but is close to `{guess}`"
    );
    let help = Some(format!(
        "did you mean `{guess}`? If `{written}` is another actor, add it to {ACTORS_FILE} (`oic-track actor add`)"
    ));
    let quoted = [format!("\"{written}\""), format!("'{written}'")];
    let mut d = match quoted
        .iter()
        .find_map(|q| text.find(q.as_str()).map(|i| i..i + q.len()))
    {
        Some(span) => Diagnostic::at(path, text, span, msg),
        None => Diagnostic::file(path, msg),
    };
    d.severity = Severity::Warning;
    d.with_help(help)
}
