//! Integration tests: the real binary in temp folders, one module per topic.

mod support;

// The actor-judging rule, shared with the drafter's composed grid.
#[path = "../../crates/draft/src/judge.rs"]
mod judge;

mod actors;

#[cfg(unix)]
mod bad_inputs;
mod browser;
mod calendar;
mod check;
mod corpus;
mod docs;
mod draft;
mod draft_input;
mod draft_real;
mod due;
mod edit_errors;
mod edit_fixtures;
mod ergonomics;
mod everyday;
mod excel;
mod exports;
mod extremes;
mod globals;
mod import;
mod layout;
mod list;
mod mark_done;
mod merge;
mod no_panic;
mod nothing_lost;
mod props;
#[cfg(unix)]
mod reading;
mod recurring;
mod report;
mod saying;
mod show;
mod suite;
mod untrusted_text;
#[cfg(unix)]
mod writing;
