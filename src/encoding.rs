//! The text of a file a user saved on Windows: in UTF-8, UTF-16 or a Windows code page.
//! CSV exports from Excel and resolution texts from Notepad or Word's "Plain Text" come in
//! all of them; `import` and `draft` read them alike.

/// A text file's text, and the encoding it was read in when that had to be guessed. A byte
/// order mark says UTF-8 or UTF-16 (Excel's "Unicode Text" and Notepad's "Unicode" are
/// UTF-16); without one, UTF-8 if the bytes are, else the legacy encoding Firefox's
/// detector (`chardetng`) finds likeliest: in practice Windows-1256 for Arabic and
/// Windows-1252 for French and English, the code pages Windows saves text in on those systems.
pub fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let text = encoding.decode_without_bom_handling(&bytes[bom..]).0;
        return (text.into_owned(), None);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), None);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let text = encoding.decode_without_bom_handling(bytes).0;
    (text.into_owned(), Some(encoding.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_text(bytes: &[u8]) -> String {
        decode(bytes).0
    }

    #[test]
    fn text_is_read_in_utf8_utf16_or_the_windows_code_page_it_was_saved_in() {
        assert_eq!(decode_text("\u{feff}Échéance".as_bytes()), "Échéance");
        let (arabic, _, _) = encoding_rs::WINDOWS_1256.encode("الأمانة العامة");
        let (memo, _, _) =
            encoding_rs::WINDOWS_1256.encode("يطلب المجلس من الأمين العام أن يقدم تقريرا");
        assert_eq!(
            decode_text(&memo),
            "يطلب المجلس من الأمين العام أن يقدم تقريرا"
        );
        assert_eq!(decode_text(&arabic), "الأمانة العامة");
        let (french, _, _) = encoding_rs::WINDOWS_1252.encode("Échéance dépassée, À faire");
        assert_eq!(decode_text(&french), "Échéance dépassée, À faire");
        let utf16: Vec<u8> = [0xfeff_u16]
            .into_iter()
            .chain("Échéance; الأمانة".encode_utf16())
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&utf16), ("Échéance; الأمانة".into(), None));
        assert_eq!(decode(&arabic).1, Some("windows-1256"));
    }
}
