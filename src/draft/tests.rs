//! The drafter end to end on small texts; the fixtures' precision and recall are measured
//! in `tests/cli/draft.rs`.
