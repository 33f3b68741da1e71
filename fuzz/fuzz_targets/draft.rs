//! Feeds arbitrary text to the drafter, then writes the draft as TOML and JSON and loads the
//! TOML back: a panic anywhere on the way, or a draft the loader refuses, is a finding (the
//! promise `draft_file`'s property test holds on generated text).

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use oic_draft::{Options, draft};
use oic_track::{draft_file, load::parse_resolution};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let opts = Options {
        adopted: None,
        today: jiff::civil::date(2025, 1, 1),
    };
    let drafted = draft(text, &opts);
    let toml = draft_file::toml(&drafted, "fuzz");
    if let Err(diags) = parse_resolution(Path::new("fuzz.toml"), &toml, &[]) {
        let diags: Vec<String> = diags.iter().map(ToString::to_string).collect();
        panic!("the draft does not load:\n{toml}\n{}", diags.join("\n"));
    }
    draft_file::json(&drafted, None).expect("the draft serializes as JSON");
});
