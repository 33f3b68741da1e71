//! The tool's words in Arabic, English and French: Project Fluent messages, one file per
//! language (`src/i18n/{en,fr,ar}.ftl`, built into the binary), and dates and numbers
//! written each language's way (docs/exports.md, Languages, gives the choices).
//!
//! Ids, file content and diagnostics stay as they are (SPEC §5): only the tool's own words
//! are translated.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;

use crate::model::Status;

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// English
    #[default]
    En,
    /// French
    Fr,
    /// Arabic (pages run right to left)
    Ar,
}

pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Ar];

const EN: &str = include_str!("i18n/en.ftl");
const FR: &str = include_str!("i18n/fr.ftl");
const AR: &str = include_str!("i18n/ar.ftl");

/// The language of the listings' headers and status words, set once from `--lang` before
/// a command runs (the report is handed its language explicitly instead).
static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Sets the language of the listings; the first call wins.
pub fn set_current(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language of the listings: `--lang`, else English.
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or_default()
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `ltr` or `rtl`, for an HTML `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => EN,
            Lang::Fr => FR,
            Lang::Ar => AR,
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        BUNDLES[self as usize].get_or_init(|| {
            let id = self.code().parse().expect("a valid language id");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation is added where it is needed, by the renderers: HTML isolates with
            // elements, and Fluent's own marks would show in tests and in plain text.
            bundle.set_use_isolating(false);
            let res = FluentResource::try_new(self.source().to_string())
                .expect("the built-in .ftl files parse (i18n tests check them)");
            bundle
                .add_resource(res)
                .expect("no message defined twice (i18n tests check it)");
            bundle
        })
    }

    /// The message `key` with no arguments.
    pub fn t(self, key: &str) -> String {
        self.t_args(key, &[])
    }

    /// The message `key` with named arguments: a `Num` selects the plural form and is
    /// written in the language's digits, a `Str` is put in as it is.
    pub fn t_args(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            // A missing key is a bug the i18n tests catch; show it rather than panic.
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Num(n) => {
                    fargs.set(*name, FluentValue::from(*n));
                    fargs.set(format!("{name}-text"), self.num(*n));
                }
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.to_string())),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        text.into_owned()
    }

    /// A whole number in the language's digits.
    pub fn num(self, n: i64) -> String {
        self.digits(&n.to_string())
    }

    /// `text` with its ASCII digits written in the language's digits: Arabic-Indic in
    /// Arabic, as the OIC's Arabic documents write them.
    pub fn digits(self, text: &str) -> String {
        if self != Lang::Ar {
            return text.to_string();
        }
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// A share in percent: `42%`, `42 %` (French puts a space), `٤٢٪`.
    pub fn percent(self, p: usize) -> String {
        match self {
            Lang::En => format!("{p}%"),
            Lang::Fr => format!("{p}\u{a0}%"),
            Lang::Ar => format!("{}٪", self.num(p as i64)),
        }
    }

    /// `31 July 2023`, `31 juillet 2023` (`1er juillet 2023`), `٣١ يوليو ٢٠٢٣`.
    pub fn long_date(self, d: Date) -> String {
        let month = self.month(d.month());
        let day = match (self, d.day()) {
            (Lang::Fr, 1) => "1er".to_string(),
            (_, day) => self.num(i64::from(day)),
        };
        format!("{day} {month} {}", self.num(i64::from(d.year())))
    }

    /// `Jul 2023`, `juil. 2023`, `يوليو ٢٠٢٣`: a timeline's month tick.
    pub fn month_year(self, d: Date) -> String {
        let month = match self {
            Lang::En => EN_MONTHS[d.month() as usize - 1][..3].to_string(),
            Lang::Fr => FR_MONTHS_SHORT[d.month() as usize - 1].to_string(),
            Lang::Ar => self.month(d.month()),
        };
        format!("{month} {}", self.num(i64::from(d.year())))
    }

    fn month(self, m: i8) -> String {
        let i = m as usize - 1;
        match self {
            Lang::En => EN_MONTHS[i],
            Lang::Fr => FR_MONTHS[i],
            Lang::Ar => AR_MONTHS[i],
        }
        .to_string()
    }
}

impl Lang {
    /// A status in words.
    pub fn status(self, status: Status) -> String {
        self.t(status_key(status))
    }
}

/// Every status, for the labels made once.
const STATUSES: [Status; 7] = [
    Status::Overdue,
    Status::DueSoon,
    Status::InProgress,
    Status::Pending,
    Status::Done { late: false },
    Status::Done { late: true },
    Status::Dropped,
];

fn status_key(status: Status) -> &'static str {
    match status {
        Status::Overdue => "status-overdue",
        Status::DueSoon => "status-due-soon",
        Status::InProgress => "status-in-progress",
        Status::Pending => "status-pending",
        Status::Done { late: false } => "status-done",
        Status::Done { late: true } => "status-done-late",
        Status::Dropped => "status-dropped",
    }
}

/// A status in words in the listings' language, borrowed for the whole run (tables
/// stream millions of cells and borrow their labels).
pub fn status_label(status: Status) -> &'static str {
    static LABELS: OnceLock<Vec<(Status, String)>> = OnceLock::new();
    let labels =
        LABELS.get_or_init(|| STATUSES.iter().map(|&s| (s, current().status(s))).collect());
    labels
        .iter()
        .find(|(s, _)| *s == status)
        .map_or_else(|| status.label(), |(_, l)| l.as_str())
}

/// A listing's column header, in the listings' language; one the messages do not know is
/// shown as given.
pub fn header(english: &str) -> String {
    let key = match english {
        "ID" => "col-id",
        "¶" => "col-paragraph",
        "Actor" => "col-actor",
        "Summary" => "col-summary",
        "Due" => "col-due",
        "Status" => "col-status",
        "Days left" => "col-days-left",
        "Mandate" => "col-mandate",
        "Last touched" => "col-last-touched",
        "Idle days" => "col-idle-days",
        "Resolution" => "col-resolution",
        _ => return english.to_string(),
    };
    current().t(key)
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Num(i64),
    Str(&'a str),
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const FR_MONTHS_SHORT: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];
/// The month names of the OIC's Arabic documents (the Gulf and Egyptian forms, not the
/// Levantine كانون الثاني …).
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// The ids of the messages of one `.ftl` source, in file order.
pub fn keys(source: &str) -> Vec<String> {
    let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn every_file_parses_and_has_every_key_of_the_others() {
        let en = keys(EN);
        assert!(en.len() > 20);
        for lang in ALL {
            let src = lang.source();
            if let Err((_, errors)) = FluentResource::try_new(src.to_string()) {
                panic!("{}.ftl does not parse: {errors:?}", lang.code());
            }
            let mut ks = keys(src);
            let n = ks.len();
            ks.sort();
            ks.dedup();
            assert_eq!(ks.len(), n, "{}.ftl defines a key twice", lang.code());
            let mut want = en.clone();
            want.sort();
            assert_eq!(ks, want, "{}.ftl has other keys than en.ftl", lang.code());
            // Each message formats without an error, whatever arguments it takes.
            lang.bundle();
        }
    }

    /// Every `t("key")` / `t_args("key"` in the sources names a key of en.ftl (and so,
    /// by the test above, of all three). Keys chosen at run time (status words, column
    /// heads) are checked by the report's tests, which find no key left untranslated.
    #[test]
    fn every_key_the_code_uses_exists() {
        let en = keys(EN);
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut used = Vec::new();
        for entry in walk(&src) {
            let text = std::fs::read_to_string(&entry).unwrap();
            for pat in [".t(\"", ".t_args(\""] {
                for (at, _) in text.match_indices(pat) {
                    let rest = &text[at + pat.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    used.push((entry.display().to_string(), key.to_string()));
                }
            }
        }
        assert!(used.len() > 20, "the scan found the calls: {used:?}");
        for (file, key) in used {
            assert!(en.contains(&key), "{file} uses `{key}`, which en.ftl lacks");
        }
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn every_status_and_header_has_its_words_in_each_language() {
        for lang in ALL {
            for s in STATUSES {
                let word = lang.status(s);
                assert!(!word.starts_with("status-"), "{lang:?} {s:?}");
            }
        }
        for h in [
            "ID",
            "¶",
            "Actor",
            "Summary",
            "Due",
            "Status",
            "Days left",
            "Mandate",
            "Last touched",
            "Idle days",
            "Resolution",
        ] {
            assert_ne!(header(h), "", "{h}");
            assert!(!header(h).starts_with("col-"), "{h}");
        }
        assert_eq!(header("Actor"), "Actor", "English unless --lang says");
    }

    #[test]
    fn dates_the_languages_way() {
        assert_eq!(Lang::En.long_date(date(2023, 7, 31)), "31 July 2023");
        assert_eq!(Lang::Fr.long_date(date(2023, 7, 31)), "31 juillet 2023");
        assert_eq!(Lang::Fr.long_date(date(2023, 7, 1)), "1er juillet 2023");
        assert_eq!(Lang::Ar.long_date(date(2023, 7, 31)), "٣١ يوليو ٢٠٢٣");
        assert_eq!(Lang::Fr.month_year(date(2024, 2, 1)), "févr. 2024");
        assert_eq!(Lang::En.month_year(date(2024, 2, 1)), "Feb 2024");
        assert_eq!(Lang::Ar.percent(29), "٢٩٪");
        assert_eq!(Lang::Fr.percent(29), "29\u{a0}%");
    }

    #[test]
    fn plurals_follow_each_language() {
        let n = |lang: Lang, k: i64| lang.t_args("mandates", &[("n", Arg::Num(k))]);
        assert_eq!(n(Lang::En, 1), "1 mandate");
        assert_eq!(n(Lang::En, 0), "0 mandates");
        assert_eq!(n(Lang::Fr, 0), "0 mandat");
        assert_eq!(n(Lang::Fr, 2), "2 mandats");
        assert_eq!(n(Lang::Ar, 1), "ولاية واحدة");
        assert_eq!(n(Lang::Ar, 2), "ولايتان");
        assert_eq!(n(Lang::Ar, 3), "٣ ولايات");
        assert_eq!(n(Lang::Ar, 11), "١١ ولاية");
    }
}
