//! Finding a mandate (or a resolution) from what the user typed: a full address
//! `RES/MANDATE`, a bare mandate id, or a unique prefix of a full address.

use anyhow::{Result, bail};

use crate::diag::did_you_mean;
use crate::model::{Folder, Mandate, Resolution};

/// What an id on the command line names.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Resolution(&'a Resolution),
    Mandate(&'a Resolution, &'a Mandate),
}

/// A resolution (by its exact id) or a mandate.
pub fn find<'a>(folder: &'a Folder, query: &str) -> Result<Target<'a>> {
    if let Some(res) = folder.resolution(query) {
        return Ok(Target::Resolution(res));
    }
    let all: Vec<(&Resolution, &Mandate)> = folder.mandates().collect();
    let typo_of_resolution = !query.contains('/')
        && !all
            .iter()
            .any(|(r, m)| m.id == query || format!("{}/{}", r.id, m.id).starts_with(query))
        && did_you_mean(query, all.iter().map(|(_, m)| m.id.as_str())).is_none();
    if typo_of_resolution
        && let Some(g) = did_you_mean(query, folder.resolutions.iter().map(|r| r.id.as_str()))
    {
        bail!("no resolution or mandate `{query}`; did you mean the resolution `{g}`?");
    }
    let (r, m) = find_mandate(folder, query)?;
    Ok(Target::Mandate(r, m))
}

/// A mandate: exact address, then bare id, then unique address prefix.
pub fn find_mandate<'a>(folder: &'a Folder, query: &str) -> Result<(&'a Resolution, &'a Mandate)> {
    let all: Vec<(&Resolution, &Mandate)> = folder.mandates().collect();
    let address = |(r, m): &(&Resolution, &Mandate)| format!("{}/{}", r.id, m.id);
    if let Some(hit) = all.iter().find(|rm| address(rm) == query) {
        return Ok(*hit);
    }
    let by_id: Vec<_> = all.iter().filter(|(_, m)| m.id == query).collect();
    let hits: Vec<_> = if by_id.is_empty() {
        all.iter()
            .filter(|rm| address(rm).starts_with(query))
            .collect()
    } else {
        by_id
    };
    match hits.as_slice() {
        [one] => Ok(**one),
        [] => bail!("{}", not_found(&all, query)),
        many => {
            let mut names: Vec<String> = many
                .iter()
                .take(MAX_CANDIDATES)
                .map(|rm| format!("  {}", address(rm)))
                .collect();
            if many.len() > MAX_CANDIDATES {
                names.push(format!("  … and {} more", many.len() - MAX_CANDIDATES));
            }
            bail!(
                "`{query}` could name {} mandates; type one of these in full:\n{}",
                many.len(),
                names.join("\n")
            )
        }
    }
}

/// How many of an ambiguous id's mandates the error lists: enough to show which part of the
/// address to add, few enough that the message stays on a screen (a bare id shared by every
/// resolution of a large folder would list them all).
pub(crate) const MAX_CANDIDATES: usize = 10;

fn not_found(all: &[(&Resolution, &Mandate)], query: &str) -> String {
    let addresses: Vec<String> = all
        .iter()
        .map(|(r, m)| format!("{}/{}", r.id, m.id))
        .collect();
    let guess = if query.contains('/') {
        did_you_mean(query, addresses.iter().map(String::as_str)).map(str::to_string)
    } else {
        did_you_mean(query, all.iter().map(|(_, m)| m.id.as_str())).map(str::to_string)
    };
    match guess {
        Some(g) => format!("no mandate `{query}`; did you mean `{g}`?"),
        None => format!("no mandate `{query}`; `oic-track list` shows every mandate's id"),
    }
}
