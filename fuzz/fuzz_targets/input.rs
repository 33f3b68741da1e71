//! Feeds arbitrary bytes to the drafter's file readers, as `draft FILE` does: a PDF, a
//! Word or OpenDocument file, a web page. A reader may refuse a file, never panic: a
//! panic escaping them is a finding (`pdf-extract`'s own are caught and said as errors).

#![no_main]

use libfuzzer_sys::fuzz_target;
use oic_draft::input::{self, Kind};

fuzz_target!(|data: &[u8]| {
    let _ = match input::kind_of(data) {
        Kind::Pdf => input::pdf_text(data),
        Kind::Zip => input::office_text(data),
        Kind::Text => match std::str::from_utf8(data) {
            Ok(text) if input::is_html(text) => input::html_text(text),
            _ => return,
        },
        Kind::OldOffice | Kind::Rtf => return,
    };
});
