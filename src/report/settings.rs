//! `report.toml`: how a data folder's reports present themselves to readers outside the
//! secretariat (organisation, title, subtitle, logo, footer), in each language. Optional;
//! `--title` and `--subtitle` override it. Reading the files is the command's business:
//! this module only parses text and checks bytes.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;

use crate::diag::Diagnostic;
use crate::i18n::Lang;
use crate::text::clean;

/// The settings file's name, at the top of the data folder.
pub const FILE: &str = crate::load::REPORT_SETTINGS_FILE;

/// The largest logo embedded: a report is mailed around, and a logo is a small picture.
pub const LOGO_MAX_BYTES: usize = 512 * 1024;

/// What the report shows of its maker, in the language of the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Look {
    pub organisation: Option<String>,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub footer: Option<String>,
    /// A `data:` URI.
    pub logo: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    organisation: Option<String>,
    title: Option<String>,
    subtitle: Option<String>,
    footer: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    organisation: Option<String>,
    title: Option<String>,
    subtitle: Option<String>,
    footer: Option<String>,
    logo: Option<toml::Spanned<String>>,
    en: Option<Texts>,
    fr: Option<Texts>,
    ar: Option<Texts>,
}

/// The parsed file: the texts for `lang` (its table's value, else the top-level one) and
/// the logo's path as written, with its span for a diagnostic.
#[derive(Debug, Default)]
pub struct Parsed {
    pub look: Look,
    pub logo: Option<(String, Range<usize>)>,
}

/// Parses `text`, the content of `path`; a problem is a diagnostic at its line and column.
pub fn parse(path: &Path, text: &str, lang: Lang) -> Result<Parsed, Box<Diagnostic>> {
    let file: File = toml::from_str(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        Box::new(Diagnostic::at(path, text, span, e.message().trim().to_string()).with_help(Some(
            "report.toml takes organisation, title, subtitle, footer and logo, and tables [en], [fr], [ar] of the same texts".into(),
        )))
    })?;
    let own = match lang {
        Lang::En => file.en,
        Lang::Fr => file.fr,
        Lang::Ar => file.ar,
    }
    .unwrap_or_default();
    let pick = |own: Option<String>, top: Option<String>| {
        own.or(top).map(|s| clean(&s)).filter(|s| !s.is_empty())
    };
    Ok(Parsed {
        look: Look {
            organisation: pick(own.organisation, file.organisation),
            title: pick(own.title, file.title),
            subtitle: pick(own.subtitle, file.subtitle),
            footer: pick(own.footer, file.footer),
            logo: None,
        },
        logo: file.logo.map(|l| {
            let span = l.span();
            (l.into_inner(), span)
        }),
    })
}

/// The logo's bytes as a `data:` URI, or why they cannot be one.
pub fn logo_uri(bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(format!(
            "the logo is {} KiB; at most {} KiB is embedded (export a smaller PNG or an SVG)",
            bytes.len().div_ceil(1024),
            LOGO_MAX_BYTES / 1024
        ));
    }
    let Some(mime) = image_type(bytes) else {
        return Err("the logo is not a PNG, JPEG, GIF, WebP or SVG image".into());
    };
    Ok(format!("data:{mime};base64,{}", base64(bytes)))
}

/// The image type, told from the bytes themselves (a name's extension proves nothing).
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if head.starts_with("<svg") || (head.starts_with("<?xml") && head.contains("<svg")) {
        Some("image/svg+xml")
    } else {
        None
    }
}

/// Standard base64 with padding: the few lines it takes are not worth a dependency.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_as_the_standard_says() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn only_images_small_enough_become_logos() {
        let png = b"\x89PNG\r\n\x1a\n0000";
        assert!(
            logo_uri(png)
                .unwrap()
                .starts_with("data:image/png;base64,iVBORw0KGgo")
        );
        assert!(
            logo_uri(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
                .unwrap()
                .starts_with("data:image/svg+xml;")
        );
        assert!(logo_uri(b"%PDF-1.7").unwrap_err().contains("not a PNG"));
        let big = [png.as_slice(), &vec![0; LOGO_MAX_BYTES]].concat();
        assert!(logo_uri(&big).unwrap_err().contains("at most 512 KiB"));
    }

    #[test]
    fn a_language_table_wins_over_the_top_level_text() {
        let text = "title = \"Report\"\nfooter = \"F\"\n[fr]\ntitle = \"Rapport\"\n";
        let p = parse(Path::new("report.toml"), text, Lang::Fr).unwrap();
        assert_eq!(p.look.title.as_deref(), Some("Rapport"));
        assert_eq!(p.look.footer.as_deref(), Some("F"));
        let p = parse(Path::new("report.toml"), text, Lang::Ar).unwrap();
        assert_eq!(p.look.title.as_deref(), Some("Report"));
    }

    #[test]
    fn a_bad_key_is_an_error_at_its_line_and_column() {
        let text = "title = \"x\"\ncolour = \"red\"\n";
        let d = parse(Path::new("report.toml"), text, Lang::En).unwrap_err();
        assert_eq!((d.line, d.column), (2, 1), "{d}");
        assert!(d.message.contains("colour"), "{d}");
    }
}
