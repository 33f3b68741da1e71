//! The filters the listing commands share (`--resolution`, `--actor`, `--tag`, `--status`).

use anyhow::{Result, bail};

use super::editing;
use crate::diag::did_you_mean;
use crate::load::Loaded;
use crate::model::{Actors, Folder, State, Status};
use crate::view::Row;

/// Filters shared by the listing commands.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct Filters {
    /// Only mandates of this resolution id (repeatable)
    #[arg(long, value_name = "RES")]
    pub resolution: Vec<String>,

    /// Only mandates where an actor, or any id, name or alias actors.toml gives it, contains
    /// TEXT (case-insensitive; repeatable: any of them)
    #[arg(long, value_name = "TEXT")]
    pub actor: Vec<String>,

    /// Only mandates carrying this tag, on the mandate or on its resolution (case-insensitive;
    /// repeatable: any)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
}

impl Filters {
    /// Refuses a `--resolution` that names no resolution of the folder, with a did-you-mean:
    /// a typo would otherwise read as "no mandates match". One whose file did not load is let
    /// through (its errors are already on stderr).
    pub fn check_resolutions(&self, loaded: &Loaded) -> Result<()> {
        for id in &self.resolution {
            if loaded.folder.resolution(id).is_none() && editing::broken_file(loaded, id).is_none()
            {
                bail!("{}", no_resolution(&loaded.folder, id));
            }
        }
        Ok(())
    }

    /// The filters ready to test rows: the actor and tag needles lower-cased once, not once
    /// per row.
    /// `actors` is the folder's registry: `--actor` also matches the id, names and aliases
    /// of the actor a mandate's actor string names.
    pub fn matcher<'a>(&'a self, actors: &'a Actors) -> Matcher<'a> {
        let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect();
        Matcher {
            resolution: &self.resolution,
            actor: lower(&self.actor),
            tag: lower(&self.tag),
            actors,
        }
    }
}

/// [`Filters`], prepared by [`Filters::matcher`].
pub struct Matcher<'a> {
    resolution: &'a [String],
    actor: Vec<String>,
    tag: Vec<String>,
    actors: &'a Actors,
}

impl Matcher<'_> {
    pub fn matches(&self, row: &Row<'_>) -> bool {
        let res = row.resolution;
        let m = row.mandate;
        let tagged = |tag: &String| self.tag.iter().any(|t| *t == tag.to_lowercase());
        (self.resolution.is_empty() || self.resolution.contains(&res.id))
            && (self.actor.is_empty() || m.actor.iter().any(|a| self.actor_matches(a)))
            && (self.tag.is_empty() || m.tags.iter().any(tagged) || res.tags.iter().any(tagged))
    }

    /// `--actor` against one actor string: the string itself, then every spelling of the
    /// registry entry it names.
    fn actor_matches(&self, written: &str) -> bool {
        let hit = |s: &str| {
            let s = s.to_lowercase();
            self.actor.iter().any(|needle| s.contains(needle.as_str()))
        };
        hit(written) || (self.actors.resolve(written)).is_some_and(|a| a.spellings().any(hit))
    }
}

/// "no resolution `ID`", with the closest id there is, or where ids come from.
pub fn no_resolution(folder: &Folder, id: &str) -> String {
    let known = folder.resolutions.iter().map(|r| r.id.as_str());
    match did_you_mean(id, known) {
        Some(guess) => format!("no resolution `{id}`; did you mean `{guess}`?"),
        None => format!(
            "no resolution `{id}`; a resolution's id is its file name without .toml (`oic-track list` shows them)"
        ),
    }
}

/// A value of `--status`: a stored state, a computed status, or `open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFilter {
    /// Stored as pending
    Pending,
    /// Stored as in-progress
    InProgress,
    /// Stored as done (on time or late)
    Done,
    /// Stored as dropped
    Dropped,
    /// Open and past its window
    Overdue,
    /// Open and its window opens within --soon days (or is open now)
    DueSoon,
    /// Pending or in progress
    Open,
}

impl StatusFilter {
    pub fn matches(self, row: &Row<'_>) -> bool {
        match self {
            StatusFilter::Pending => row.state() == State::Pending,
            StatusFilter::InProgress => row.state() == State::InProgress,
            StatusFilter::Done => row.state() == State::Done,
            StatusFilter::Dropped => row.state() == State::Dropped,
            StatusFilter::Overdue => row.status == Status::Overdue,
            StatusFilter::DueSoon => row.status == Status::DueSoon,
            StatusFilter::Open => row.state().is_open(),
        }
    }
}
