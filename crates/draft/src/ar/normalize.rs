//! The text made readable: letters, digits and tatweel made plain, lines mended, numbering
//! and items laid out one to a line, and the language told by its script.

use super::names::bare;
use crate::table;
use crate::words::any_of;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// "انظر أيضا", "المراجع": an encyclopedia page's trailer heading opening a paragraph (its
/// first line alone): the text ends before it, its numbered references ("1. ^ ...") no
/// paragraphs of the resolution.
pub fn page_trailer(text: &str) -> bool {
    let first = text.lines().next().unwrap_or_default();
    let first = first.trim().trim_end_matches([':', '.']);
    table::AR_PAGE_TRAILERS.contains(&first)
}

/// Whether most of the text's letters are Arabic.
pub fn is_arabic(text: &str) -> bool {
    let (mut ar, mut all) = (0usize, 0usize);
    let side = arabic_side(text);
    for c in side.chars().filter(|c| c.is_alphabetic()).take(5000) {
        all += 1;
        ar += usize::from(is_arabic_letter(c));
    }
    all > 0 && ar * 2 > all
}

/// A parallel corpus's viewer page, each sentence a line keyed by its language ("ar": "3 -
/// تهيب بالدول ..."، then "de": "3. fordert ..."): its Arabic side is the text, each line
/// without its key and quotes (so its number opens it), the other languages' lines gone
/// (their words had outweighed the Arabic, and the page was not read as Arabic). A text
/// with no line keyed "ar" is as it was.
fn arabic_side(text: &str) -> Cow<'_, str> {
    fn keyed(line: &str) -> Option<(&str, usize)> {
        KEYED_LINE.captures(line).map(|c| {
            (
                c.get(1).map_or("", |m| m.as_str()),
                c.get(2).map_or(0, |m| m.start()),
            )
        })
    }
    if !text
        .lines()
        .any(|l| keyed(l).is_some_and(|(lang, _)| lang == "ar"))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match keyed(line) {
            Some(("ar", start)) => {
                let body = line[start..].trim_end();
                let body = body.strip_suffix(',').unwrap_or(body);
                out.push_str(body.strip_suffix('"').unwrap_or(body));
                out.push('\n');
            }
            Some(_) => {}
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Cow::Owned(out)
}

/// `"ar": "` / `"de": "`: a line keyed by a language's code, and where its string starts.
static KEYED_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\s*"([a-z]{2,3})":\s*"(.)"#).expect("valid regex"));

pub fn is_arabic_letter(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
        || ('\u{FB50}'..='\u{FDFF}').contains(&c)
        || ('\u{FE70}'..='\u{FEFF}').contains(&c)
}

/// The text as the rules read it: presentation forms (PDF text) as plain letters, no
/// tatweel (kashida) nor vowel marks, Arabic-Indic digits as ASCII, "،" and "؛" as ","
/// and ";", "1 ـ" / "1 -" / "1)" numbering as "1-" (a number alone on its line joins the
/// text after it), "(أ)" items as "(a)".
pub fn normalize(text: &str) -> String {
    let text = ordinal_days(&with_hamza_letters(&arabic_side(text)));
    // "وحث المجلس ،بقوة ، قوات ...": a comma set off from the word it ends.
    let text = SPACED_COMMA.replace_all(&text, "$1، ");
    let chars = plain_letters(&text);
    let mut out = String::with_capacity(chars.len());
    let mut pending: Option<String> = None;
    // "... بإجراءات هي: 1- فتح ..." / "2- تعويض ...": the next item of a list a line opened
    // after its colon, on the next line; it goes on that line's sentence.
    let mut inline_next: Option<u32> = None;
    // "نص القرار" / "أولاً: تقوم اللجنة ..." / "ثانياً: ترفع ...": in a text with no numbered
    // paragraph, items by ordinal words that no chapeau leads in (the line before the
    // first does not end with a colon) are its paragraphs, numbered by their ordinals.
    let numbered = chars.lines().any(|l| NUMBERED_LINE.is_match(l));
    let mut ordinals_number = false;
    for line in chars.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        let ordinal = ORDINAL_ITEM
            .captures(body)
            .and_then(|c| table::AR_ORDINAL_ITEMS.iter().position(|w| *w == &c[2]));
        if ordinal == Some(0) {
            ordinals_number = !numbered && !out.trim_end().ends_with(':');
        }
        let renumbered;
        let body = match ordinal {
            Some(k) if ordinals_number && !body.trim_end().ends_with(':') => {
                renumbered = ORDINAL_ITEM
                    .replace(body, |c: &regex::Captures<'_>| {
                        format!("{}{}- ", &c[1], k + 1)
                    })
                    .into_owned();
                renumbered.as_str()
            }
            _ => body,
        };
        // "مادة (2)" / "تتولى اللجنة ...": the article's number goes on its text.
        if let Some(c) = ARTICLE_HEADING.captures(body) {
            pending = Some(format!("{}-", &c[1]));
            continue;
        }
        let body = mended_line(body);
        let number = LEADING_NUMBER
            .captures(&body)
            .and_then(|c| c[1].parse::<u32>().ok());
        if let Some(n) = inline_next.filter(|n| number == Some(*n))
            && out.ends_with('\n')
        {
            out.truncate(out.trim_end_matches(['\n', '\r']).len());
            out.push(' ');
            out.push_str(body.trim());
            out.push_str(eol);
            inline_next = Some(n + 1);
            continue;
        }
        inline_next = (number.is_none() && INLINE_LIST.is_match(&body)).then_some(2);
        // "4 -" alone, then a blank line, then its text: one paragraph "4- ...".
        if LONE_NUMBER.is_match(&body) {
            pending = Some(body.trim().to_string());
            continue;
        }
        if body.trim().is_empty() && pending.is_some() {
            continue;
        }
        if let Some(number) = pending.take() {
            out.push_str(&number);
            out.push(' ');
            out.push_str(body.trim_start());
        } else {
            out.push_str(&body);
        }
        out.push_str(eol);
    }
    if let Some(number) = pending {
        out.push_str(&number);
    }
    PARTICIPLE_CUT.replace_all(&out, "$1 $2").into_owned()
}

/// "..., طالباً" / "" / "من الأمين العام تقديم تقرير ...": a page's blank line between a
/// participle that asks and the opener of whom it asks; one sentence.
static PARTICIPLE_CUT: LazyLock<Regex> = LazyLock::new(|| {
    let participles: Vec<&str> = table::AR_PARTICIPLES.iter().map(|(p, _)| *p).collect();
    Regex::new(&format!(
        r"(?m)(\s(?:و)?(?:{}))[ \t]*\n(?:[ \t]*\n)+[ \t]*((?:من|إلى|الى)\s)",
        any_of(&participles)
    ))
    .expect("valid regex")
});

/// The text's letters as plain Arabic letters and its digits as ASCII, without tatweel,
/// vowel marks or quotation marks; "1 ـ" numbering as "1- ".
fn plain_letters(text: &str) -> String {
    let mut chars = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let line = NUMBER_TATWEEL.replace(line, "$1- ");
        for ch in line.chars() {
            match ch {
                '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}' => {}
                // Quotation marks around a report's quoted words: "دعا "الأطراف إلى ...".
                '"' | '“' | '”' | '«' | '»' => {}
                '،' => chars.push(','),
                '؛' => chars.push(';'),
                '؟' => chars.push('?'),
                '\u{0660}'..='\u{0669}' => {
                    chars.push(char::from(b'0' + (u32::from(ch) - 0x0660) as u8));
                }
                '\u{06F0}'..='\u{06F9}' => {
                    chars.push(char::from(b'0' + (u32::from(ch) - 0x06F0) as u8));
                }
                '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => chars.extend(ch.nfkc()),
                // A text typed with a Persian keyboard ("یطلب", "کافة"): the Arabic letters.
                'ی' => chars.push('ي'),
                'ک' => chars.push('ك'),
                '\u{0654}' | '\u{0655}' => {}
                // "2️⃣ الدعوة إلى ...": a keycap digit numbers the point ("2- ").
                '\u{FE0F}' => {}
                '\u{20E3}' => chars.push('-'),
                c => chars.push(c),
            }
        }
    }
    chars
}

/// One line (without its end) mended: footnote marks, glued sentences and words, "إلى"
/// typed with "ي", paragraph numbers as "1- " and items as "(a)".
fn mended_line(body: &str) -> String {
    // "(1)" alone on its line marks a footnote, not a paragraph.
    let body = FOOTNOTE.replace(body, "$1[$2]");
    // "برئاسة الوزير د.X الخميس، Y ...": "د." abbreviates a doctor's title before a name
    // (not a line's item letter); its full stop ended the sentence inside the aside.
    let body = DOCTOR_TITLE.replace_all(&body, "${1}د $2");
    // "لإسرائيل.ودعوا", "اليوم:ندعو": a sentence glued to the one before it.
    let body = GLUED.replace_all(&body, "$1 $2");
    // "داعيا الي / إلي ...": "إلى" typed with a dotted "ي" (as in many news pages), or
    // without its hamza ("الى": some rules read only the full spelling).
    let body = ILA_TYPED.replace_all(&body, "${1}إلى$2");
    // "اوصى المجلس بـ ...", "واوصى المشاركون ...": the recommending verb typed without its
    // hamza (as news pages often type it) is the verb the tables know with it.
    let body = RECOMMENDS_TYPED.replace_all(&body, "${1}${2}أوص${3}${4}");
    // "القوات المسلحة و الدعم السريع": the conjunction typed apart from its word.
    let body = WAW_APART.replace_all(&body, "${1}و$2");
    // "يقضي القرار بـ عقد مفاوضات": "بـ" (its tatweel gone) typed apart from its noun.
    let body = BA_APART.replace_all(&body, "${1}ب$2");
    // "خلال (60) يوماً": a count in brackets before its unit is the count.
    let body = BRACKETED_COUNT.replace_all(&body, "$1$2");
    // "11 - 15 من سبتمبر": a range of days, not paragraph 11.
    let body = RANGE.replace(&body, "$1-$2");
    let body = NUMBER.replace(&body, "$1$2- ");
    // "أولا -", "ثانيا -": items by ordinal words, as "(a)", "(b)".
    let body = ORDINAL_ITEM.replace(&body, |c: &regex::Captures<'_>| {
        let k = table::AR_ORDINAL_ITEMS
            .iter()
            .position(|w| *w == &c[2])
            .unwrap_or(0);
        let latin = char::from(b'a' + u8::try_from(k).unwrap_or(0));
        format!("{}({latin}) ", &c[1])
    });
    // "ج) يطلب ...": a letter with its closing bracket only marks the item as "(ج)" does
    // (a bare "ا" typed for "أ"); one that ends in a colon heads a group of numbered
    // items ("أ) بالنسبة للترشيحات:") and is left as it is.
    let heading = body.trim_end().ends_with(':');
    let body = CLOSED_ITEM.replace(&body, |c: &regex::Captures<'_>| {
        if heading {
            return c[0].to_string();
        }
        let letter = if &c[2] == "ا" { "أ" } else { &c[2] };
        format!("{}({letter}) ", &c[1])
    });
    // "أ- إعداد ...", "ب - تنظيم ...": a letter and a dash mark the item as "(أ)" does.
    let body = DASHED_ITEM.replace(&body, |c: &regex::Captures<'_>| {
        if heading {
            return c[0].to_string();
        }
        let letter = if &c[2] == "ا" { "أ" } else { &c[2] };
        format!("{}({letter}) ", &c[1])
    });
    let body = ITEM.replace(&body, |c: &regex::Captures<'_>| {
        let letter = c[2].chars().next().unwrap_or('أ');
        let k = table::AR_LETTERS
            .iter()
            .position(|&l| l == letter)
            .unwrap_or(0);
        let latin = char::from(b'a' + u8::try_from(k).unwrap_or(0));
        format!("{}({latin})", &c[1])
    });
    body.into_owned()
}

/// "وٕاذ": a hamza mark typed apart from its alef (a Word file's text), as the one letter.
/// "في الثاني من أكتوبر", "حتى الحادي والعشرين من مارس": a day of the month written as an
/// ordinal word, then "من" and the month's name, as its number ("2 أكتوبر"), the way the
/// dates are read. Not after a part of a month or year ("النصف الثاني من مارس", "الأسبوع
/// الأول من مايو"), which names no day.
fn ordinal_days(text: &str) -> String {
    ORDINAL_DAY
        .replace_all(text, |c: &regex::Captures| {
            let before = c.name("before").map_or("", |m| m.as_str());
            // "في الخامس عشر من أبريل (نيسان) لعام 2026": a year after the month is read
            // with the ordinal as it stands (the dated readers know that form).
            let end = c.get(0).map_or(text.len(), |m| m.end());
            let year_after = text[end..].split_whitespace().take(3).any(|w| {
                w.chars().filter(char::is_ascii_digit).count() == 4
                    || ["عام", "لعام", "سنة", "لسنة"].contains(&w)
            });
            if year_after || table::AR_MONTH_PARTS.contains(&bare(before.trim())) {
                return c[0].to_string();
            }
            let value = |name: &str, list: &[(&str, u32)]| {
                c.name(name).map_or(0, |m| {
                    list.iter()
                        .find(|(o, _)| *o == m.as_str())
                        .map_or(0, |(_, n)| *n)
                })
            };
            let unit = value("unit", table::AR_ORDINAL_UNITS);
            let teen = if c.name("teen").is_some() { 10 } else { 0 };
            let tens =
                value("tens", table::AR_ORDINAL_TENS) + value("alone", table::AR_ORDINAL_TENS);
            let day = unit + teen + tens;
            if !(1..=31).contains(&day) || (teen > 0 && tens > 0) {
                return c[0].to_string();
            }
            format!("{before}{day} {}{}", &c["month"], &c["after"])
        })
        .into_owned()
}

fn with_hamza_letters(text: &str) -> String {
    text.replace("\u{0655}ا", "إ")
        .replace("ا\u{0655}", "إ")
        .replace("\u{0654}ا", "أ")
        .replace("ا\u{0654}", "أ")
}

static WAW_APART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)و\s+(\p{Arabic})").expect("valid regex"));
static BA_APART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)ب\s+(\p{Arabic})").expect("valid regex"));
static DOCTOR_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\S\s+)د\.\s*(\p{Arabic})").expect("valid regex"));
static RECOMMENDS_TYPED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[\s(])(و?)اوص(ى|ت|وا)([\s,،]|$)").expect("valid regex"));
static ILA_TYPED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[\s(])(?:[اإ]لي|الى)([\s,.;:]|$)").expect("valid regex"));
/// "على أن تقوم X بـ ...": a proviso naming who does a part (`proviso_task`).
/// "في الثاني من أكتوبر", "الحادي عشر من مارس", "الحادي والعشرين من مايو", "الثلاثين من
/// يونيو": the word before (to tell a part of a month from a day), the unit's ordinal, "عشر"
/// / "عشرة", the tens' ordinal, then "من" and a month's name.
static ORDINAL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals = |list: &[(&str, u32)]| {
        let mut words: Vec<&str> = list.iter().map(|(o, _)| *o).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        crate::words::any_of(&words)
    };
    let (units, tens) = (
        ordinals(table::AR_ORDINAL_UNITS),
        ordinals(table::AR_ORDINAL_TENS),
    );
    let months = crate::words::month_names(table::AR_MONTHS);
    Regex::new(&format!(
        r"(?P<before>\S+\s+)?(?:(?P<unit>{units})(?:\s+(?P<teen>عشرة?))?(?:\s+و(?P<tens>{tens}))?|(?P<alone>{tens}))\s+من\s+(?P<month>{months})(?P<after>$|[^\p{{L}}])"
    ))
    .expect("valid regex")
});
/// "قراراً جديداً ، يقضي ...": a comma typed apart from its word, also after a vowel mark
/// (the tanween "ً" is of no script of its own, not `\p{Arabic}`).
static SPACED_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{Arabic}[\u064B-\u0652]*)[ \t]+،[ \t]*").expect("valid regex")
});
static NUMBER_TATWEEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*[0-9\u0660-\u0669\u06F0-\u06F9]{1,3})\s*ـ+\s*").expect("valid regex")
});
/// "1 - ", "4 -" at the end of its line, "16)": a paragraph's number (not "10-01-2008").
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*)(\d{1,3})\s*(?:[-–—]+|\))(?:\s+|$)").expect("valid regex"));
static GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([.:])(\p{Arabic})").expect("valid regex"));
static RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*\d{1,3})\s*[-–—]\s*(\d)").expect("valid regex"));
static ORDINAL_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let words = any_of(table::AR_ORDINAL_ITEMS);
    Regex::new(&format!(r"^(\s*)({words})\s*[-–—:]\s*")).expect("valid regex")
});
/// "(60) يوماً": a count in brackets, then its unit.
static BRACKETED_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\((\d{{1,3}})\)(\s+(?:{})(?:\s|$|[,.;]))",
        super::span_units()
    ))
    .expect("valid regex")
});
/// "1 - ", "2)", "3. ": a line a paragraph's number opens.
static NUMBERED_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{1,3}\s*(?:[-–—.)]|$)").expect("valid regex"));
static FOOTNOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*)\((\d{1,2})\)\s*$").expect("valid regex"));
/// "2- ...": a line that opens with a number, as `mended_line` writes it.
static LEADING_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,3})- ").expect("valid regex"));
/// "...: 1- سحب ...": a list's first item after a colon, inside a line.
static INLINE_LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r":\s*1\s*[-–—]\s*\S").expect("valid regex"));
static LONE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{1,3}-\s*$").expect("valid regex"));
/// "مادة (2)", "المادة 3": a decision's article heading alone on its line; the text on the
/// lines after it is that article, numbered by it.
static ARTICLE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:ال)?مادة\s*(?:رقم\s*)?[(\[]?(\d{1,3})[)\]]?\s*[:.-]?\s*$")
        .expect("valid regex")
});
static CLOSED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let letters: String = table::AR_LETTERS.iter().collect();
    Regex::new(&format!(r"^(\s*)([{letters}ا])\)\s+")).expect("valid regex")
});
static DASHED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let letters: String = table::AR_LETTERS.iter().collect();
    Regex::new(&format!(r"^(\s*)([{letters}ا])\s*[-–—]\s+")).expect("valid regex")
});
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let letters: String = table::AR_LETTERS.iter().collect();
    Regex::new(&format!(r"^(\s*)\(\s*([{letters}])\s*\)")).expect("valid regex")
});
