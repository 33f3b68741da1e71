//! Feeds arbitrary bytes to the loader as the text of a resolution file, then renders every
//! diagnostic and, when the file loads, every row, JSON record and CSV line (and the same
//! bytes as an `actors.toml`, through the actor registry): any panic on
//! the way (a bad slice, an overflow in a date shift) is a finding.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use oic_track::load::parse_resolution;
use oic_track::model::{Event, Folder, Fuzzy};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // One shared event, so `{ at = "summit" }` resolves as it would with an events.toml.
    let shared = [Event {
        id: "summit".into(),
        name: "Summit".into(),
        date: Fuzzy::Month {
            year: 2023,
            month: 12,
        },
        place: None,
        history: Vec::new(),
    }];
    // The same bytes as an actors.toml: its errors rendered, its registry asked of every key.
    match oic_track::load::parse_actors(Path::new("actors.toml"), text) {
        Ok(list) => {
            let actors = oic_track::model::Actors::new(list.clone());
            for a in &list {
                for s in a.spellings() {
                    let _ = (actors.resolve(s), actors.near_miss(s), actors.display_name(s, "ar"));
                }
            }
        }
        Err(diags) => diags.iter().for_each(|d| drop(d.to_string())),
    }
    match parse_resolution(Path::new("fuzz.toml"), text, &shared) {
        Ok(res) => {
            let folder = Folder {
                resolutions: vec![res],
                events: shared.to_vec(),
                ..Folder::default()
            };
            let today = jiff::civil::date(2023, 8, 2);
            let rows = oic_track::view::rows(&folder, today, 30);
            let mut sink = Vec::new();
            oic_track::output::write_json(&mut sink, &rows).unwrap();
            oic_track::output::write_csv(&mut sink, &rows).unwrap();
        }
        Err(diags) => {
            for d in diags {
                let _ = d.to_string();
            }
        }
    }
});
