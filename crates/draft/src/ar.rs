//! Arabic texts: the script tells the language; these rules read its requests, addressees
//! and dates with the Arabic tables of `table.rs`.
//!
//! A name is read by its articles: its words carry "ال" (or "لل", "وال"), or follow a word
//! without one (a construct: "مؤسسات منظومة الأمم المتحدة"); the first word without an
//! article after a defined one ends it ("الأمين العام متابعة ...": the act starts there).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use super::due::Fuzzy;
use super::table;
use crate::due::{Found, span_days};
use crate::model::Every;
use crate::words::any_of;

/// One clause's requests: each its actors and its action.
type Requests = Vec<(Vec<String>, String)>;

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
/// "أصدر القرار تعليمات إلى X بـ ...", "وأصدر تعليماته إلى X بـ ...": instructions to X
/// entrust X with the act, read as "عهد ... إلى X بـ ..." (the verb, its subject of at
/// most three words, then the instructions' noun dropped); "ثم أصدر المجلس تعليمات لبديل
/// X بالانتقال ...": to X by "لـ" (joined to its word, "للـ" for the article's "الـ").
static INSTRUCTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(أصدر|أصدرت|يصدر|تصدر)((?:\s+[^\s,،.؛:]+){0,3}?)\s+(?:تعليمات|تعليماته|تعليماتها|توجيهات|توجيهاته|توجيهاتها)\s+(?:(?:إلى|الى)\s|ل([^\s,،.؛:]+))",
    )
    .expect("valid regex")
});
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
/// "وهو يشجع", "فهي تطلب": the pronoun "هو" / "هي" after "و" or "ف", then a word (the
/// verb, checked against the asking table where it is replaced).
static PRONOUN_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)(و|ف)(?:هو|هي)\s+([^\s,،.؛:]+)").expect("valid regex"));
static PROVISO_TASK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\S)\s+على\s+[أا]ن\s+(ي|ت)قوم\s+([^\s,،.؛:]+)").expect("valid regex")
});
/// "واستمر القرار بالسماح للأمين العام بـ ...", "ومضى المجلس بمطالبة X بـ ...": a
/// report's verb of going on (the subject of at most three words after it), then "بـ" and
/// a verbal noun that asks, read as that noun's verb ("وسمح القرار لـ ...").
static WENT_ON_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(استمر|استمرت|واصل|واصلت|مضى|مضت)((?:\s+[^\s,،.؛:]+){1,3}?)\s+ب(السماح|مطالبة|دعوة|تكليف)\s",
    )
    .expect("valid regex")
});
/// "وتضمن نص البيان الختامي الذي ألقاه X إلى إعادة إطلاق ...": what a text includes given
/// by "إلى" and a verbal noun (no article) is its call, read as "ودعا نص البيان ... إلى
/// ...": the text (its head, its definite qualifiers, and a relative clause of at most ten
/// words) between the verb and "إلى".
static INCLUDED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(^|\s)(و?)(تضمن|تضمنت)(\s+(?:نص\s+)?(?:{})(?:\s+(?:ال|لل)[^\s,،.؛:]+){{0,4}}(?:\s+(?:الذي|التي)(?:\s+[^\s,،.؛:]+){{1,10}}?)?)\s+(?:إلى|الى)\s+([^\s,،.؛:]{{3,}})\s",
        any_of(table::AR_TEXT_HEADS)
    ))
    .expect("valid regex")
});
/// "وأكد الوزراء على ضرورة قيام الأطراف باستئناف ...", "تؤكد ضرورة قيام X بـ ...": a
/// necessity stated that names who is to act asks them, read as "وطالب الوزراء الأطراف
/// باستئناف ..." (as "نص البيان على ضرورة قيام X بـ" already is); a necessity with no doer
/// stays a view. The verb, its subject (at most four words) and "على" between.
static NECESSARY_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(أكد|أكدت|أكدوا|اكد|اكدت|شدد|شددت|شددوا|يؤكد|تؤكد|يشدد|تشدد|نؤكد|نشدد)((?:\s+[^\s,،.؛:]+){0,4}?)\s+(?:على\s+)?(?:ضرورة|وجوب)\s+قيام\s+",
    )
    .expect("valid regex")
});
/// "وأشار X في <موضع> إلى مطالبته بـ ...": the body recalls its own
/// demand or call (the possessive noun), read as the call renewed ("وأكد مجددا مطالبته
/// بـ ..."); the subject and where it says so (at most six words) between.
static RECALLED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(?:أشار|أشارت|اشار|اشارت)((?:\s+[^\s,،.؛:]+){1,6}?)\s+(?:إلى|الى)\s+(مطالبته|مطالبتها|مطالبتهم|دعوته|دعوتها|دعوتهم)\s+(ب|إلى|الى|ل)",
    )
    .expect("valid regex")
});
/// "أعلن X أن الزعماء اتفقوا على عقد قمة ... في سبتمبر المقبل": an agreement to hold a
/// meeting is the agreeing ones' decision, read as "قرروا عقد ..." (the subject of at most
/// four words between the verb and "على", or of up to six closed by a comma: "كما اتفق
/// وزراء خارجية دول X، على عقد اجتماع ..."); an agreement to found a body ("اتفق القادة على
/// إنشاء مجلس ...") is told as done, and left alone. An agreement to draw up or prepare
/// something ("اتفق وزراء X في ختام هذه الدورة على وضع تصور ..."، "على إعداد دليل ...") is
/// read so too; where they agreed ("في ختام" and at most three words) may follow the subject.
/// "واستقر الرأى على ...": the view settled on (its "ي" also typed "ى").
static OPINION_SETTLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|\s)(و?)استقر\s+(?:الرأي|الرأى|الراي|الراى)\s+على\s+").expect("valid regex")
});
static AGREED_TO_HOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(اتفق|اتفقت|اتفقوا|اتفقا)((?:\s+[^\s,،.؛:]+){0,4}?(?:\s+في\s+ختام(?:\s+[^\s,،.؛:]+){1,3}?)?|(?:\s+[^\s,،.؛:]+){1,6}[,،])\s+على\s+(عقد|وضع|إعداد|اعداد)\s",
    )
        .expect("valid regex")
});
/// "قرر الوزراء عقد الدورة N لمجلس X في شهر D وعقد الدورة M للمكتب التنفيذي ...": a second
/// meeting decided in the same breath (as an agreement to hold one reads), its "وعقد" read
/// as "وقرر عقد" (a decision of its own, the meeting's body its actor).
static SECOND_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:^|\s)و?(?:قرر|قررت|قرروا)(?:\s+[^\s,،.؛:]+){0,6}?\s+عقد\s[^.؛:]*?\s)وعقد(\s+(?:ال)?(?:دورة|اجتماع|جلسة)\S*\s)",
    )
    .expect("valid regex")
});
/// "وكان مجلس X قد قرر في اجتماعه الطارئ أمس تشكيل لجنة ...": a body's decision told in
/// the pluperfect, its own meeting ("في / خلال اجتماعه"، "دورته"، "جلسته") between the verb
/// and the act, read as the plain decision ("وقرر مجلس X في اجتماعه ..."); the subject of at
/// most six words opening with a body's head. An earlier meeting named ("في اجتماعه
/// السابق") or another subject ("وكان العراق قد قرر") stays told.
static PLUPERFECT_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(?:كان|كانت|كانوا)((?:\s+[^\s,،.؛:]+){1,6}?)\s+قد\s+(قرر|قررت|قرروا)(\s+(?:في|فى|خلال)\s+(?:اجتماع|دورت|جلست)[^\s,،.؛:]*)((?:\s+[^\s,،.؛:]+){0,2})",
    )
    .expect("valid regex")
});
/// "مؤكدة "دعوتها للمجتمع الدولي احترام قرار اللجنة"": the call's addressee by "لـ"
/// (joined to its article, "للـ"), then the act's verbal noun with no article, read as
/// "دعوتها المجتمع الدولي إلى احترام ..." (at most three definite words in the name; "دعوتها
/// للإسراع في ..." is the act itself, a preposition after it).
static CALL_TO_BY_LAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)([\x22“«]?)(دعوته|دعوتها|دعوتهم|مطالبته|مطالبتها|مطالبتهم)\s+لل([^\s,،.؛:]+)((?:\s+ال[^\s,،.؛:]+){0,3})\s+([^\s,،.؛:]{3,})(\s|$)",
    )
    .expect("valid regex")
});
/// "أيضاً وجّه دعوته إلى X إلى <الفعل> ...": a call directed to X (the
/// verb of directing, its subject of at most three words, the possessive call, "إلى" X of
/// at most five words, then "إلى" the act) is a call on X, read as "دعا X إلى ..."; an
/// invitation ("وجه دعوته إلى القادة لحضور ...") has no second "إلى".
static DIRECTED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(^|\s)(و?)(وجه|وجهت|يوجه|توجه)((?:\s+[^\s,،.؛:]+){0,3}?)\s+(?:دعوته|دعوتها|دعوتهم|نداءه|نداءها|نداءهم)\s+(?:إلى|الى)\s+((?:[^\s,،.؛:]+\s+){1,5}?)(?:إلى|الى)\s",
    )
    .expect("valid regex")
});
/// The past verb of a verbal noun `WENT_ON_BY` reads, masculine and feminine.
const WENT_ON_VERBS: &[(&str, &str, &str)] = &[
    ("السماح", "سمح", "سمحت"),
    ("مطالبة", "طالب", "طالبت"),
    ("دعوة", "دعا", "دعت"),
    ("تكليف", "كلف", "كلفت"),
];
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
    let mut units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    Regex::new(&format!(
        r"\((\d{{1,3}})\)(\s+(?:{})(?:\s|$|[,.;]))",
        any_of(&units)
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

/// "إن مجلس الأمن،", "إنّ مجلس وزراء الخارجية المنعقد في ...": the body, else the subject
/// of the first "يقرر المجلس ..." / "قررت الدورة ... لمجلس ...".
pub fn body(lines: impl Iterator<Item = String>) -> Option<String> {
    let lines: Vec<String> = lines.take(400).collect();
    // "نحن، قادة الدول العربية، المجتمعين في ...": a declaration's "we", named between
    // commas, wins over a title's word ("إعلان القمة"), as "We, the ..." does in English.
    static WE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*نحن\s*[،,]\s*([^،,\n]{3,200}?)\s*[،,]\s*(?:المجتمع|المشارك|المنعقد)")
            .expect("valid regex")
    });
    if let Some(m) = lines.iter().take(8).find_map(|l| WE.captures(l)) {
        return Some(m[1].trim().to_string());
    }
    let opening = lines.iter().find_map(|l| {
        let rest = BODY.captures(l.trim())?.get(1)?.as_str();
        let words: Vec<&str> = rest.split_whitespace().collect();
        let first = words.first()?;
        if !table::AR_BODY_HEADS.contains(&bare(first)) {
            return None;
        }
        let end = words
            .iter()
            .position(|w| BODY_ENDS.contains(&bare(w)) || w.ends_with([',', ';', '.']))
            .map_or(words.len(), |k| {
                k + usize::from(
                    words[k].ends_with([',', ';', '.']) && !BODY_ENDS.contains(&bare(words[k])),
                )
            });
        let name = words[..end.clamp(1, 6)].join(" ");
        Some(name.trim_end_matches([',', ';', '.']).to_string())
    });
    // "مجلس جامعة الدول العربية" alone on its line, in a text's heading.
    let heading = || {
        lines.iter().take(30).find_map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            let first = words.first()?;
            let fits = (2..=5).contains(&words.len())
                && table::AR_BODY_HEADS.contains(&bare(first))
                && !first.starts_with("ال")
                && name_end(&words) == words.len();
            fits.then(|| l.trim().to_string())
        })
    };
    opening
        .or_else(heading)
        .or_else(|| {
            lines.iter().find_map(|l| {
                let words: Vec<&str> = l.split_whitespace().collect();
                let k = words
                    .iter()
                    .position(|w| table::AR_DECIDES.contains(&verb_form(w)))?;
                subject(&words[k + 1..]).map(|(name, _)| name)
            })
        })
        .map(|name| named_in_full(name, &lines))
        .or_else(|| continued(&lines))
        .or_else(|| adopter(&lines))
}

/// "وقرر المجلس ..." after "تبنى مجلس الأمن قرارا ...": a decider named by its head alone
/// ("المجلس") is the adopter the report named in full, where the heads agree.
fn named_in_full(name: String, lines: &[String]) -> String {
    let Some(head) = name.strip_prefix("ال").filter(|h| !h.contains(' ')) else {
        return name;
    };
    adopter(lines)
        .filter(|full| full.split_whitespace().next() == Some(head))
        .unwrap_or(name)
}

/// "اختتم مجلس X أعمال دورته ... . وقرر المجلس عقد ...": an actor named by its head alone
/// ("المجلس") is the body whose meeting the report's lead opens with, named in full, where
/// the heads agree (as a decider is the adopter named in full, `named_in_full`).
/// A report that opens with a call rather than a meeting ("طالب وزراء X العرب بـ ...، وقرر
/// الوزراء ...") names its speakers in full there, so the lead's speaker stands in too.
/// Only people named by their plural ("الوزراء", "القادة") are so named back: "المجلس"
/// stays as the report writes it unless its meeting opens the lead.
pub fn lede_body_names(mandates: &mut [crate::model::DraftMandate], lines: &[String]) {
    let convener = convener(lines);
    let speaker = lead_speaker(lines);
    let agrees = |full: &String, name: &str| {
        full.contains(' ')
            && full
                .split_whitespace()
                .next()
                .is_some_and(|head| name.strip_prefix("ال") == Some(head))
    };
    for a in mandates.iter_mut().flat_map(|m| m.actors.iter_mut()) {
        let full = convener.iter().find(|f| agrees(f, &a.name)).or_else(|| {
            speaker.iter().find(|f| {
                table::AR_SPEAKING_PLURALS.contains(&a.name.as_str()) && agrees(f, &a.name)
            })
        });
        if let Some(full) = full {
            a.name = full.clone();
        }
    }
}

/// "طالب وزراء الخارجية العرب بعقد ...": the subject of the verb the report's lead opens
/// with (its first line that opens with one, past a headline).
fn lead_speaker(lines: &[String]) -> Option<String> {
    lines.iter().take(4).find_map(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        let k = words.iter().take(3).position(|w| is_verb(verb_form(w)))?;
        subject(&words[k + 1..]).map(|(name, _)| name)
    })
}

/// "اختتم مجلس X أعمال دورته ...", "عقد مجلس X اجتماعا ...": the body whose meeting a news
/// report's lead opens with (the subject of its first verb of meeting).
fn convener(lines: &[String]) -> Option<String> {
    const MEETS: &[&str] = &["اختتم", "اختتمت", "عقد", "عقدت", "افتتح", "افتتحت"];
    lines.iter().take(12).find_map(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        let k = words.iter().take(20).position(|w| {
            let w = bare(w);
            MEETS.contains(&w.strip_prefix('و').unwrap_or(w))
        })?;
        subject(&words[k + 1..]).map(|(name, _)| name)
    })
}

/// "وافق مجلس الأمن الدولي على إرسال ...", "اعتمدت الجمعية العامة قرارا ...": a news
/// report's body, the subject of the first verb that adopts or approves in its lead.
fn adopter(lines: &[String]) -> Option<String> {
    lines.iter().take(12).find_map(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        let k = words.iter().take(20).position(|w| adopts(bare(w)))?;
        subject(&words[k + 1..]).map(|(name, _)| name)
    })
}

/// A verb that adopts or approves a text ("اعتمد", "وافق"), with or without "و" before it.
fn adopts(w: &str) -> bool {
    table::AR_ADOPTS.contains(&w)
        || w.strip_prefix('و')
            .is_some_and(|r| table::AR_ADOPTS.contains(&r))
}

/// "(تابع) مؤتمر القمة الإسلامي الثالث في مكة المكرمة- القرارات ...": a continuation
/// page's heading names the body whose text goes on.
/// "(تابع) القرار الرقم 36/ 8" names the text, not its body.
fn continued(lines: &[String]) -> Option<String> {
    lines.iter().take(30).find_map(|l| {
        let rest = l.trim().strip_prefix("(تابع)")?;
        let words: Vec<&str> = rest.split_whitespace().collect();
        if words
            .first()
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
        {
            return None;
        }
        subject(&words).map(|(name, _)| name)
    })
}

static BODY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[إأا]ن\s+(.{2,})$").expect("valid regex"));
/// Words after a body's name in its opening line: "المنعقد في دورته ...", "إذ ...".
const BODY_ENDS: &[&str] = &[
    "المنعقد",
    "المنعقدة",
    "المجتمع",
    "المجتمعة",
    "في",
    "إذ",
    "وإذ",
    "وقد",
];

/// A word without the punctuation after it.
fn bare(w: &str) -> &str {
    w.trim_end_matches([',', ';', '.', ':', '"', '»', ')'])
        .trim_start_matches(['"', '«', '('])
}

/// A word as a verb of the tables: without "و" / "ف" before it, nor punctuation after.
fn verb_form(w: &str) -> &str {
    let w = bare(w);
    // "وودعا": the conjunction doubled by a slip of the keyboard.
    for p in ["و", "ف", "وو"] {
        if let Some(rest) = w.strip_prefix(p)
            && (is_verb(rest)
                || table::AR_APPROVES.contains(&rest)
                || table::AR_PROVIDES.contains(&rest)
                || table::AR_TEXT_EXTENDS.contains(&rest)
                || table::AR_ESTABLISHES.contains(&rest))
        {
            return rest;
        }
    }
    w
}

fn is_verb(w: &str) -> bool {
    table::AR_VERBS.iter().any(|(v, _, _)| *v == w)
        || table::AR_DECIDES.contains(&w)
        || table::AR_RENEWS.contains(&w)
        || pronoun_verb(w).is_some()
}

/// "دعاه", "يدعوهم": a verb of the table with the addressee as a pronoun.
fn pronoun_verb(w: &str) -> Option<&'static Entry> {
    ["هما", "هم", "ها", "ه"].iter().find_map(|p| {
        let stem = w.strip_suffix(p)?;
        // "تعهدهم بـ ...": their pledge; entrusting names its addressee after "إلى".
        if ["تعهد", "يعهد", "عهد"].contains(&stem) {
            return None;
        }
        // "وكلفوه بـ ...": a plural past drops its last alef before the pronoun.
        let plural = if stem.ends_with('و') {
            format!("{stem}ا")
        } else {
            String::new()
        };
        table::AR_VERBS
            .iter()
            .find(|(v, _, _)| *v == stem || *v == plural)
    })
}

fn has_article(w: &str) -> bool {
    ["ال", "لل", "وال", "ولل"]
        .iter()
        .any(|a| w.starts_with(a) && w.chars().count() > a.chars().count() + 1)
}

/// How many of `words` a name takes (at least one): its defined words and construct chains,
/// on past "ذات الصلة" and "في المنظمة", up to the punctuation that ends it.
fn name_end(words: &[&str]) -> usize {
    name_end_before(words, &[])
}

/// `name_end`, stopping at the verb's enders too ("إيران بسحب ...": a name without an
/// article runs on only to its ender) and at a relative pronoun ("الدول التي ...").
fn name_end_before(words: &[&str], enders: &[&str]) -> usize {
    // "كلا من المغرب وجبهة البوليساريو": "each of" lists two names or more, each joined by
    // "و" to the one before.
    if each_of(words) {
        let mut k = 2;
        while k < words.len() {
            k += name_end_before(&words[k..], enders);
            let joined = words.get(k).is_some_and(|w| {
                w.starts_with('و') && bare(w).chars().count() > 2 && !ends_at(w, enders)
            });
            if words[k - 1].ends_with([',', ';', '.', ':']) || !joined {
                break;
            }
        }
        return k.min(words.len());
    }
    if let Some(end) = which_of_them(words, enders) {
        return end;
    }
    let mut k = 0;
    let mut in_links = 0;
    while k < words.len() {
        let w = words[k];
        if name_stops_at(words, k, enders) {
            break;
        }
        if k > 0 && (another_name(words, k) || place_qualifier(words, k)) {
            k += 1;
            continue;
        }
        // "برنامج الأمم المتحدة الإنمائي (UNDP)": an acronym in brackets is part of it.
        let bracketed =
            w.starts_with('(') && w.trim_end_matches([',', ';', '.', ':']).ends_with(')');
        if k > 0 && !bracketed && !name_goes_on(words, k, &mut in_links) {
            break;
        }
        k += 1;
        // "بالدول الأعضاء، وكذلك المنظمات الإقليمية، أن ...": the list goes on past the
        // comma to the name "وكذلك" adds.
        let listed_on = w.ends_with(',')
            && words
                .get(k)
                .is_some_and(|n| ["وكذلك", "وكذا"].contains(&bare(n)))
            && words.get(k + 1).is_some_and(|n| has_article(bare(n)));
        if w.ends_with([',', ';', '.', ':']) && !listed_on {
            break;
        }
    }
    k.max(1).min(words.len())
}

/// "دعا الدول التي أوقفت تمويلها إلى استئنافه": States (or parties) a short relative
/// clause singles out, up to the verb's ender and its act (no article after it; "الدول
/// التي لم تنضم إلى الاتفاقية إلى ..." keeps its first "إلى" in the clause, so is not
/// read so): the clause is part of whom it asks. The end of that name, if so.
fn which_of_them(words: &[&str], enders: &[&str]) -> Option<usize> {
    let [head, relative, ..] = words else {
        return None;
    };
    if enders.is_empty()
        || !["الدول", "البلدان", "الأطراف", "الجهات"].contains(&bare(head))
        || !["التي", "الذين"].contains(&bare(relative))
        || head.ends_with([',', ';', '.', ':'])
    {
        return None;
    }
    (3..=5.min(words.len().saturating_sub(2))).find(|&j| {
        ends_at(words[j], enders)
            && words[2..j].iter().all(|w| {
                !w.ends_with([',', ';', '.', ':'])
                    && !table::AR_PREPOSITIONS.contains(&bare(w))
                    && !ends_at(w, enders)
            })
            && words
                .get(j + 1)
                .is_some_and(|n| !has_article(bare(n)) && !bare(n).starts_with("ال"))
    })
}

/// Whether a name ends before `words[k]`: a relative pronoun, a time word, an act, a
/// title or the verb's ender (a place's qualifier aside).
fn name_stops_at(words: &[&str], k: usize, enders: &[&str]) -> bool {
    let w = words[k];
    // "القوات الحكومية التابعة للرئيس ...": whose they are, not the verb's "لـ".
    let affiliated = ["التابع", "التابعة", "التابعين", "التابعون"]
        .contains(&bare(words[k.max(1) - 1]))
        || contributed(words, k)
        || concerned_title(words, k)
        || purpose_of_body(words, k)
        || united_nations_purpose(words, k);
    k > 0
        && (table::AR_RELATIVES.contains(&bare(w))
            || table::AR_TIME_WORDS.contains(&bare(w))
            || (table::AR_ACTION_NOUNS.contains(&bare(w)) && !contributing(words, k, enders))
            || ["السيد", "السيدة"].contains(&bare(w))
            || act_after_title(words, k)
            || span_at(words, k)
            || (ends_at(w, enders) && !affiliated))
        && !place_qualifier(words, k)
}

/// "الدول المساهمة بقوات اتخاذ ...": what a contributing or taking-part participle's
/// holders give ("بـ" and an indefinite noun), part of the name, not the verb's ender.
fn contributed(words: &[&str], k: usize) -> bool {
    k > 0
        && k < words.len()
        && table::AR_CONTRIBUTING.contains(&bare(words[k - 1]))
        && bare(words[k])
            .strip_prefix('ب')
            .is_some_and(|n| !has_article(n) && !n.starts_with("ال") && n.chars().count() >= 3)
}

/// "الدول المساهمة بقوات اتخاذ ...": the participle (also a verbal noun, "المساهمة في
/// ..." an act) qualifies the name when what is given and then the act follow it.
fn contributing(words: &[&str], k: usize, enders: &[&str]) -> bool {
    table::AR_CONTRIBUTING.contains(&bare(words[k]))
        && !words[k].ends_with([',', ';', '.', ':'])
        && contributed(words, k + 1)
        && !words[k + 1].ends_with([',', ';', '.', ':'])
        && words.get(k + 2).is_some_and(|n| {
            table::AR_ACTION_NOUNS.contains(&bare(n)) || (!enders.is_empty() && ends_at(n, enders))
        })
}

/// "أمهل المجلس X و Y 4 أشهر لـ ...", "... X شهرين": a span of time after a name, the time
/// it is given (a number and a unit, or a unit that holds its number), not part of it.
fn span_at(words: &[&str], k: usize) -> bool {
    let unit = |w: &str| table::AR_SPANS.iter().any(|(u, _, _)| *u == w);
    let number = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit()) || table::AR_NUMBERS.iter().any(|(n, _)| *n == w)
    };
    let w = bare(words[k]);
    let counted = number(w) && words.get(k + 1).is_some_and(|n| unit(bare(n)));
    let alone = ["شهرين", "أسبوعين", "يومين", "أسبوعا", "شهرا"].contains(&w);
    counted || alone
}

/// "يطلب من الأمين العام التنسيق مع ...": after a title ended by "العام" / "العامة", a
/// defined verbal noun of the forms "التفعيل" / "الإفعال" is the act asked, not a third
/// word of the name (an adjective would be "المساعد"; a genitive would take "لـ").
fn act_after_title(words: &[&str], k: usize) -> bool {
    let titled = k >= 2
        && ["العام", "العامة"].contains(&bare(words[k - 1]))
        && has_article(bare(words[k - 2]));
    let w: Vec<char> = bare(words[k]).chars().collect();
    let tafil = w.len() == 7 && w.starts_with(&['ا', 'ل', 'ت']) && w[5] == 'ي';
    let ifal =
        w.len() == 7 && w.starts_with(&['ا', 'ل']) && ['إ', 'ا'].contains(&w[2]) && w[5] == 'ا';
    titled && (tafil || ifal)
}

/// "الأمين العام ومدير عام الهيئة", "الدول الأعضاء وكذلك المؤسسات ...": another name.
fn another_name(words: &[&str], k: usize) -> bool {
    let w = words[k];
    bare(w)
        .strip_prefix('و')
        .is_some_and(|rest| table::AR_ACTOR_HEADS.contains(&rest))
        || (["وكذلك", "وكذا"].contains(&bare(w))
            && words.get(k + 1).is_some_and(|n| has_article(bare(n))))
}

/// Whether a name goes on to `words[k]` (`k > 0`): a defined noun, a construct chain, an
/// adjective in construct, or one link word on to a defined noun. `in_links` counts the
/// "في" links taken so far.
fn name_goes_on(words: &[&str], k: usize, in_links: &mut usize) -> bool {
    let w = words[k];
    let prev = bare(words[k - 1]);
    if concerned_title(words, k) || purpose_of_body(words, k) {
        return true;
    }
    // "بعثة مراقبة دولية في قطاع ...": a link word goes on only to a defined noun.
    let construct = !has_article(prev)
        && !table::AR_NAME_LINKS.contains(&prev)
        && !table::AR_NAME_LINKS.contains(&bare(w))
        && !words[k - 1].starts_with('(');
    // "التابعة للرئيس سلفا كير": a person's own name after the title it belongs to.
    let construct = construct || personal_name(words, k);
    let construct = construct || (k == 2 && dual_second(words, k));
    // "لبديل السير ديكسون بالانتقال ...": a person's name after the honorific.
    let construct = construct
        || (["السير", "السيد", "السيدة"].contains(&prev)
            && !words[k - 1].ends_with([',', ';', '.', ':']));
    // "الدول المساهمة بقوات": what the contributing States give.
    let construct = construct || (contributed(words, k) && contributing(words, k - 1, &[]));
    // "القوة متعددة الجنسيات": an adjective in construct with a defined noun.
    let described = table::AR_CONSTRUCT_ADJECTIVES.contains(&bare(w))
        && !w.ends_with([',', ';', '.', ':'])
        && words.get(k + 1).is_some_and(|n| has_article(bare(n)));
    if has_article(bare(w)) || construct || described {
        return true;
    }
    let linked = link_to_defined_noun(words, k);
    // "الدول الأعضاء في الجامعة في الاعتماد ...": a name takes one "في" link;
    // the second opens what it is asked. "الأمين العام للأمم المتحدة في
    // التحضير ...": a name that says whose it is takes none.
    if bare(w) == "في" {
        *in_links += 1;
        if words[..k]
            .iter()
            .any(|x| table::AR_GENITIVE_NAMES.contains(&bare(x)))
        {
            return false;
        }
    }
    linked && *in_links <= 1
}

/// "المقرر الخاص المعني بحالة حقوق الإنسان": the "بـ" word after a title's "المعني" is
/// what the title covers, part of the name.
fn concerned_title(words: &[&str], k: usize) -> bool {
    let concerned = ["المعني", "المعنية", "المعنيين", "المعنيون", "المعنيان"];
    k >= 2
        && concerned.contains(&words[k - 1])
        && bare(words[k])
            .strip_prefix('ب')
            .is_some_and(|n| n.chars().count() >= 3)
        && words[..k - 1].iter().any(|w| {
            let w = bare(w);
            let w = w
                .strip_prefix('و')
                .filter(|r| r.chars().count() > 2)
                .unwrap_or(w);
            table::AR_CONCERNED_TITLE_HEADS.contains(&w)
        })
}

/// "منظمة الأمم المتحدة للتربية ...", "برنامج الأمم المتحدة للبيئة": what a United Nations
/// body is for, "لل" and a defined noun right after "الأمم المتحدة", is its name's, not the
/// verb's "لـ".
fn united_nations_purpose(words: &[&str], k: usize) -> bool {
    k >= 2
        && ["الأمم", "الامم"].contains(&bare(words[k - 2]))
        && words[k - 1] == "المتحدة"
        && bare(words[k]).starts_with("لل")
        && has_article(bare(words[k]))
}

/// "منظمة الأمم المتحدة للتربية والعلم والثقافة", "المنظمة العربية للتربية والثقافة
/// والعلوم": the defined nouns "و" joins to a body's "لل" purpose are more of it.
fn purpose_goes_on(piece: &[&str], next: &str) -> bool {
    let Some(at) = piece.iter().rposition(|w| {
        let w = bare(w);
        w.starts_with("لل") && !table::AR_GENITIVE_NAMES.contains(&w)
    }) else {
        return false;
    };
    at > 0
        && piece[at..].iter().all(|w| !w.ends_with(','))
        && piece[at + 1..].iter().all(|w| bare(w).starts_with("وال"))
        // "الأمينان العامان للرابطة وللمجلس": a second "لل" says whose, another name.
        && next.starts_with("ال")
        && has_article(next)
        && !table::AR_ACTOR_HEADS.contains(&next)
        && !table::AR_BODY_HEADS.contains(&next)
}

/// "مفوضية الأمم المتحدة السامية لحقوق الإنسان": what the body is for, before a defined
/// noun, goes on with its name.
fn purpose_of_body(words: &[&str], k: usize) -> bool {
    k >= 1
        && table::AR_PURPOSE_NOUNS.contains(&words[k])
        && !words[k - 1].ends_with([',', ';', '.', ':'])
        && words.get(k + 1).is_some_and(|n| has_article(bare(n)))
}

/// "دولتي السودان وجنوب السودان": after a dual head and its first genitive, the second
/// genitive joined by "و", a construct of its own (`k` = 2).
fn dual_second(words: &[&str], k: usize) -> bool {
    k == 2
        && words.len() > 3
        && table::AR_DUAL_HEADS.contains(&bare(words[0]))
        && !words[1].ends_with([',', ';', '.', ':'])
        && bare(words[k])
            .strip_prefix('و')
            .is_some_and(|r| r.chars().count() >= 3 && !has_article(r))
        && has_article(bare(words[k + 1]))
}

/// Whether `words[k]` is a link word on to a defined noun. Not "في الخامس عشر من ...": a
/// date follows, not a name.
fn link_to_defined_noun(words: &[&str], k: usize) -> bool {
    let w = words[k];
    table::AR_NAME_LINKS.contains(&bare(w))
        && !w.ends_with([',', ';', '.', ':'])
        && words.get(k + 1).is_some_and(|n| {
            has_article(bare(n))
                && !table::AR_ORDINAL_UNITS.iter().any(|(u, _)| *u == bare(n))
                && !table::AR_ORDINAL_TENS.iter().any(|(t, _)| *t == bare(n))
        })
}

/// Whether the bare word at `k` is a person's name after an affiliation to his title
/// ("التابعة للرئيس سلفا كير", "التابعين لنائب الرئيس السابق رياك مشار").
fn personal_name(words: &[&str], k: usize) -> bool {
    let w = bare(words[k]);
    if has_article(w) || w.starts_with('و') || words[k - 1].ends_with([',', '.', ';']) {
        return false;
    }
    let title = |t: &str| table::AR_PERSON_HEADS.contains(&t) || ["نائب", "الرئيس"].contains(&t);
    // "التابعين لنائب ...": the title itself, "لـ" joined to it.
    if ["التابع", "التابعة", "التابعين", "التابعون"].contains(&bare(words[k - 1]))
        && w.strip_prefix('ل').is_some_and(title)
    {
        return true;
    }
    let from = k.saturating_sub(4);
    (from..k).any(|j| {
        let t = bare(words[j]);
        let t = t.strip_prefix("لل").map_or_else(
            || t.strip_prefix('ل').unwrap_or(t).to_string(),
            |r| format!("ال{r}"),
        );
        j > 0
            && ["التابع", "التابعة", "التابعين", "التابعون"].contains(&bare(words[j - 1]))
            && title(t.as_str())
    })
}

/// Whether the words just before a verb are "فإن" / "إن" / "أن" and a body's whole name
/// ("فإن مجلس السلم والأمن"), its subject.
fn subject_before(before: &[&str]) -> bool {
    let n = before.len();
    (2..=7).any(|d| {
        n > d
            && ["فإن", "فان", "إن", "أن", "ان"].contains(&bare(before[n - d - 1]))
            && before[n - d..]
                .iter()
                .all(|w| !w.ends_with([',', '.', ';']))
            && subject(&before[n - d..]).is_some_and(|(_, taken)| taken == d)
    })
}

/// "بعثة الجامعة بجنيف والأمانة العامة ...": a "بـ" + a bare name, then another addressee
/// by "و", says where the one before is; it is not "بـ" + the act asked.
fn place_qualifier(words: &[&str], k: usize) -> bool {
    let w = bare(words[k]);
    let place = w
        .strip_prefix('ب')
        .is_some_and(|r| !has_article(r) && !r.starts_with('ا') && !w.ends_with(','));
    place
        && !words[k].ends_with([',', ';', '.', ':'])
        && words.get(k + 1).is_some_and(|n| {
            bare(n)
                .strip_prefix('و')
                .is_some_and(|r| table::AR_ACTOR_HEADS.contains(&r))
        })
}

/// Whether `w` is one of `enders`, or starts with a one-letter one ("بسحب"); "للأمم
/// المتحدة" after a name is its genitive, not "لـ" + an act.
fn ends_at(w: &str, enders: &[&str]) -> bool {
    let w = bare(w);
    if table::AR_GENITIVE_NAMES.contains(&w) || table::AR_LAM_NAMES.contains(&w) {
        return false;
    }
    // "طالب حكومة X بأن ترفع ...": "بأن" is "بـ" before "أن", an ender wherever "بـ" is.
    enders.contains(&w)
        || (enders.contains(&"ب") && ["بأن", "بان"].contains(&w))
        || enders
            .iter()
            .any(|e| e.chars().count() == 1 && w.starts_with(e) && w.chars().count() > 3)
}

/// "كل من أفغانستان وباكستان", "كلا من X وY": "each of" before the names they list.
fn each_of(words: &[&str]) -> bool {
    words.len() > 2
        && ["كل", "كلا", "كلاً"].contains(&bare(words[0]))
        && bare(words[1]) == "من"
        && !words[1].ends_with([',', ';', '.', ':'])
}

/// "الدول الأعضاء والمنظمات الإقليمية": names joined by "و" before an article are two.
fn names(words: &[&str]) -> Vec<String> {
    // "كلا من المغرب وجبهة البوليساريو": each name "و" joins to the one before is one.
    if each_of(words) {
        let mut out = Vec::new();
        let mut k = 2;
        while k < words.len() {
            let end = k + name_end_before(&words[k..], &[]);
            let mut piece = words[k..end].to_vec();
            if k > 2
                && let Some(first) = piece.first_mut()
            {
                *first = first.strip_prefix('و').unwrap_or(first);
            }
            out.extend(names(&piece));
            k = end;
        }
        return out;
    }
    // "دولتي السودان وجنوب السودان": a dual head's two genitives are two names.
    if words.len() > 3 && table::AR_DUAL_HEADS.contains(&bare(words[0])) && dual_second(words, 2) {
        let second = words[2].strip_prefix('و').unwrap_or(words[2]);
        let rest: Vec<&str> = std::iter::once(second)
            .chain(words[3..].iter().copied())
            .collect();
        return [names(&words[..2]), names(&rest)].concat();
    }
    name_pieces(words)
        .into_iter()
        .map(without_affiliation)
        .map(without_various)
        .map(|p| p.join(" ").trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

/// The words of each name `words` list, split where "و" (or "وكذلك") joins another.
fn name_pieces<'a>(words: &[&'a str]) -> Vec<Vec<&'a str>> {
    let mut pieces: Vec<Vec<&str>> = vec![Vec::new()];
    for (k, w) in words.iter().enumerate() {
        let w = w.trim_end_matches([',', ';', '.', ':']);
        if w.is_empty() {
            continue;
        }
        // "وكذلك المؤسسات ...": the list goes on.
        if k > 0 && ["وكذلك", "وكذا", "وأيضا"].contains(&w) {
            pieces.push(Vec::new());
            continue;
        }
        // "الأمين العام ومدير عام الهيئة", "الدول والمنظمات": "و" before a name.
        let joined = w
            .strip_prefix('و')
            .filter(|rest| has_article(rest) || table::AR_ACTOR_HEADS.contains(rest));
        if proper_pair(words, k, w) {
            pieces.push(vec![&w['و'.len_utf8()..]]);
            continue;
        }
        match joined {
            Some(rest) if k > 0 && !pieces.last().is_some_and(Vec::is_empty) => {
                if goes_on_name(pieces.last().expect("a piece"), words, k, rest) {
                    pieces.last_mut().expect("a piece").push(w);
                } else {
                    pieces.push(vec![rest]);
                }
            }
            _ => pieces.last_mut().expect("a piece").push(w),
        }
    }
    pieces
}

/// "إسرائيل ولبنان": two proper names, neither with an article, make the whole name
/// (`w`, the second word of `words`, the second name).
fn proper_pair(words: &[&str], k: usize, w: &str) -> bool {
    words.len() == 2
        && k == 1
        && !has_article(bare(words[0]))
        && !table::AR_ACTOR_HEADS.contains(&bare(words[0]))
        && w.strip_prefix('و').is_some_and(|r| {
            r.chars().count() > 2 && !has_article(r) && !table::AR_ACTOR_HEADS.contains(&r)
        })
}

/// Whether `rest`, joined by "و" at `words[k]`, goes on the name in `piece` rather than
/// opening one of its own.
fn goes_on_name(piece: &[&str], words: &[&str], k: usize, rest: &str) -> bool {
    // "المنظمات الدولية والإقليمية": a second adjective, not a second name;
    // "قوات الدفاع والأمن": a construct's second genitive, not a second name.
    // "مجلس الأمن والأمم المتحدة": the United Nations is a name of its own.
    let united_nations =
        ["الأمم", "الامم"].contains(&rest) && words.get(k + 1).is_some_and(|n| bare(n) == "المتحدة");
    let genitive = !united_nations
        && (coordinated_genitive(piece, rest)
            || linked_on(piece, rest) && !community(words, k, rest)
            || purpose_goes_on(piece, rest));
    // "حكومات أوغندا ورواندا وجمهورية الكونغو الديمقراطية": the governments of the States
    // listed, the last named by its head; one name.
    let governments = piece
        .first()
        .is_some_and(|h| ["حكومات", "حكومتا", "حكومتي"].contains(&bare(h)))
        && table::AR_SUBJECT_STATES.contains(&rest)
        && rest != "حكومة";
    // "منظمات ومؤسسات العمل العربي المشترك": two construct heads, no article on either,
    // sharing the one genitive after them; one name.
    let shared_genitive = piece.len() == 1
        && !has_article(bare(piece[0]))
        && !piece[0].ends_with([',', ';', '.', ':'])
        && !has_article(rest)
        && !words[k].ends_with([',', ';', '.', ':'])
        && words.get(k + 1).is_some_and(|n| has_article(bare(n)));
    genitive || governments || shared_genitive || adjective(rest) && piece.len() > 1
}

/// "القوات التابعة للرئيس فلان": the forces, not whose they are.
fn without_affiliation(p: Vec<&str>) -> Vec<&str> {
    let cut = (1..p.len().saturating_sub(1)).find(|&k| {
        ["التابع", "التابعة", "التابعين", "التابعون"].contains(&p[k])
            && (personal_name(&p, k + 1) || p.get(k + 2).is_some_and(|_| personal_name(&p, k + 2)))
    });
    match cut {
        Some(k) => p[..k].to_vec(),
        None => p,
    }
}

/// "مختلف صناديق التنمية": the funds themselves.
fn without_various(p: Vec<&str>) -> Vec<&str> {
    match p.split_first() {
        Some((q, more)) if !more.is_empty() && ["مختلف", "سائر"].contains(q) => {
            more.to_vec()
        }
        _ => p,
    }
}

/// "مجلس السلم" + "الأمن", "قوات الدفاع" + "الأمن": a construct (an indefinite head and one
/// defined noun) whose genitive goes on after "و"; a word that heads a name of its own
/// ("مجلس الأمن والجمعية العامة") is a second name.
fn coordinated_genitive(piece: &[&str], next: &str) -> bool {
    piece.len() == 2
        && !has_article(bare(piece[0]))
        // "جميع القطاعات والوحدات الإدارية": all of the first, and the second besides (no
        // construct: "جميع" is a quantity, and "و" opens a second addressee).
        && !["جميع", "كافة"].contains(&bare(piece[0]))
        && has_article(bare(piece[1]))
        && !piece[1].ends_with(',')
        // "هيئة الأممالمتحدة واليونيسكو": the United Nations run together by a page is a
        // whole name, no construct's genitive that goes on.
        && !table::AR_RUN_TOGETHER_NAMES.contains(&bare(piece[1]))
        && has_article(next)
        && !table::AR_ACTOR_HEADS.contains(&next)
        && !table::AR_BODY_HEADS.contains(&next)
}

/// "الدول الأعضاء في الاتحاد X" + "المجتمع الدولي": the international community (or the
/// civil one, "الأسرة الدولية") is a name of its own, never a second noun of a "في" phrase.
fn community(words: &[&str], k: usize, rest: &str) -> bool {
    ["المجتمع", "الأسرة", "الاسرة"].contains(&rest)
        && words
            .get(k + 1)
            .is_some_and(|n| ["الدولي", "الدولية", "المدني"].contains(&bare(n)))
}

/// "أجهزة الإعلام في الدول الأعضاء" + "الجامعة": a second noun of the name's "في" / "لدى"
/// phrase ("in the member States and the League"), unless it heads a name of its own.
fn linked_on(piece: &[&str], next: &str) -> bool {
    piece.len() > 2
        && piece[1..]
            .iter()
            .any(|w| ["في", "فى", "لدى"].contains(&bare(w)))
        && has_article(next)
        && !adjective(next)
        && !table::AR_ACTOR_HEADS.contains(&next)
}

/// The subject a past-tense verb names: "مجلس الأمن الدولي", "الدورة الـ20 ... لمجلس
/// وزراء الخارجية" (a session names its body). With the words it takes.
fn subject(words: &[&str]) -> Option<(String, usize)> {
    let first = words.first()?;
    if !table::AR_BODY_HEADS.contains(&bare(first)) {
        return None;
    }
    let end = field_end(words, head_end(words));
    let end = member_of_end(words, affiliated_end(words, end));
    let end = if bare(first) == "الدورة" {
        end
    } else {
        genitive_chain(words, end)
    };
    let end = un_purpose_end(words, organisation_end(words, end));
    let end = acronym_end(words, region_end(words, government_end(words, end)));
    let mut name: Vec<&str> = words[..end].to_vec();
    // "الدورة ... لمجلس وزراء الخارجية": the session's body, by its "ل". The level a meeting
    // is held at is passed over, not named.
    let mut taken = level_end(words, end);
    if bare(first) == "الدورة"
        && let Some((body, to)) = session_body(words, end)
    {
        name = body;
        taken = to;
    }
    let mut name = name.join(" ");
    // "قرر الاجتماع الخامس للمكتب التنفيذي ...": a meeting of a bureau or commission is
    // that body speaking, as a session speaks for the body its "لـ" names.
    if ["الاجتماع", "اجتماع"].contains(&bare(first))
        && let Some((body, to)) = meeting_bureau(words, end)
    {
        name = body;
        taken = to;
    }
    Some((
        name.trim_end_matches([',', ';', '.', ':']).to_string(),
        taken,
    ))
}

/// "الاجتماع الخامس للمكتب التنفيذي": within three words after a meeting's name, "لل" and
/// a body of `AR_MEETING_BODIES` ("للمكتب" is "لـ" + "المكتب"): that body's name, and
/// where it ends.
fn meeting_bureau(words: &[&str], end: usize) -> Option<(String, usize)> {
    let k = (end..words.len().min(end + 3)).find(|&k| {
        bare(words[k])
            .strip_prefix("لل")
            .is_some_and(|x| table::AR_MEETING_BODIES.contains(&format!("ال{x}").as_str()))
    })?;
    if words[end.saturating_sub(1)..k]
        .iter()
        .any(|w| w.ends_with([',', '،']))
    {
        return None;
    }
    let head = format!("ال{}", &bare(words[k])["لل".len()..]);
    let mut owned: Vec<&str> = words[k..].to_vec();
    owned[0] = head.as_str();
    let len = genitive_chain(&owned, name_end(&owned).max(1));
    Some((owned[..len].join(" "), k + len))
}

/// "وزارة المالية بحكومة الوحدة الوطنية": the government a ministry belongs to ("بـ" +
/// "حكومة" and its defined words) goes on with its name.
fn government_end(words: &[&str], end: usize) -> usize {
    if end == 0
        || words[end - 1].ends_with([',', '،', ';', '.', ':'])
        || !words
            .get(end)
            .is_some_and(|w| ["بحكومة", "لحكومة"].contains(&bare(w)))
    {
        return end;
    }
    let mut k = end + 1;
    while k < words.len() && has_article(bare(words[k])) {
        k += 1;
        if words[k - 1].ends_with([',', '،', ';', '.', ':']) {
            break;
        }
    }
    k
}

/// Where a body's head and the words that go with it end: its adjectives after a defined
/// head, or a construct up to its first defined word and that word's adjectives.
fn head_end(words: &[&str]) -> usize {
    // After a defined head ("المجلس", "المؤتمر") only its adjectives follow ("المؤتمر
    // الإسلامي"): "دعا المجلس الدول الأعضاء ..." names the States after the Council.
    if has_article(bare(words[0])) {
        if words[0].ends_with(',') {
            return 1;
        }
        // "المجلس الاقتصادي والاجتماعي": a second adjective joined to the first by "و".
        let mut k = 1;
        while let Some(w) = words.get(k).map(|w| bare(w)) {
            let joined = k > 1
                && !words[k - 1].ends_with([',', ';', '.', ':'])
                && w.strip_prefix('و').is_some_and(adjective);
            if !(adjective(w) || joined) {
                break;
            }
            k += 1;
        }
        return k;
    }
    // "مجلس الأمن الدولي الأطراف ...": after its first defined word only adjectives
    // follow, so the addressee is not taken into the body's name.
    let end = name_end(words);
    words[..end]
        .iter()
        .position(|w| has_article(bare(w)))
        .map_or(end, |d| {
            // "مجلس السلم والأمن": the genitive goes on after "و".
            let d = match words.get(d + 1) {
                Some(w)
                    if d + 1 < end
                        && !words[d].ends_with(',')
                        && bare(w)
                            .strip_prefix('و')
                            .is_some_and(|r| coordinated_genitive(&words[d - 1..=d], r)) =>
                {
                    d + 1
                }
                _ => d,
            };
            // "قادة الدول العربية والإسلامية": adjectives joined by "و" too.
            (d + 1
                + words[d + 1..end]
                    .iter()
                    .take_while(|w| {
                        let w = bare(w);
                        adjective(w) || w.strip_prefix('و').is_some_and(adjective)
                    })
                    .count())
            .min(end)
        })
}

/// "مجلس الأمم المتحدة لحقوق الإنسان", "منظمة الأمم المتحدة للطفولة": a United Nations
/// body's name goes on with what it is for ("لـ" and its noun, and that noun's genitive).
fn un_purpose_end(words: &[&str], end: usize) -> usize {
    let purpose = end >= 2
        && bare(words[end - 1]) == "المتحدة"
        && !words[end - 1].ends_with(',')
        && words.get(end).is_some_and(|w| {
            let w = bare(w);
            w.starts_with('ل') && !table::AR_GENITIVE_NAMES.contains(&w) && w.chars().count() >= 4
        });
    if !purpose {
        return end;
    }
    let genitive = words.get(end + 1).is_some_and(|w| {
        let w = bare(w);
        has_article(w) && !table::AR_TIME_WORDS.contains(&w) && !words[end].ends_with(',')
    });
    end + 1 + usize::from(genitive)
}

/// "الجمعية العامة للأمم المتحدة": past the organisation a body at `end` belongs to.
fn organisation_end(words: &[&str], end: usize) -> usize {
    if words
        .get(end)
        .is_some_and(|w| table::AR_GENITIVE_NAMES.contains(&bare(w)))
        && !words[end - 1].ends_with(',')
    {
        end + 1
            + words[end + 1..]
                .iter()
                .take_while(|w| adjective(bare(w)))
                .count()
    } else {
        end
    }
}

/// "الدورة ... لمجلس وزراء الخارجية": the body a session named up to `end` is of, by its
/// "ل" within three words, and where its name ends.
fn session_body<'a>(words: &[&'a str], end: usize) -> Option<(Vec<&'a str>, usize)> {
    let k = words[end..]
        .iter()
        .take(3)
        .position(|w| w.starts_with('ل') && !w.starts_with("لل"))?;
    let from = end + k;
    let rest: Vec<&str> = words[from..].to_vec();
    let mut owned = rest.clone();
    let stripped = &rest[0]['ل'.len_utf8()..];
    owned[0] = stripped;
    let len = name_end(&owned);
    Some((owned[..len].to_vec(), from + len))
}

/// "المجلس الوزاري لوزراء خارجية دول مجلس التعاون لدول الخليج العربية": the bodies a
/// name belongs to, each by "لـ" and a construct up to its first defined word and that
/// word's adjectives (so "... العربية المجتمع الدولي" leaves the addressee).
fn genitive_chain(words: &[&str], mut end: usize) -> usize {
    loop {
        let Some(w) = words.get(end) else {
            return end;
        };
        let head = bare(w).strip_prefix('ل').unwrap_or("");
        // "مجلس وزراء الخارجية لاتحاد X": a union's name in the construct too.
        let owner = !bare(w).starts_with("لل")
            && (table::AR_ACTOR_HEADS.contains(&head)
                || table::AR_BODY_HEADS.contains(&head)
                || head == "اتحاد");
        if end == 0 || words[end - 1].ends_with(',') || !owner {
            return end;
        }
        let mut k = end;
        while k < words.len() && !has_article(bare(words[k])) && !words[k].ends_with(',') {
            k += 1;
        }
        if k == words.len() || words[k].ends_with(',') {
            return (k + 1).min(words.len());
        }
        k += 1;
        while k < words.len() && !words[k - 1].ends_with(',') && adjective(bare(words[k])) {
            k += 1;
        }
        end = k;
    }
}

/// "وتناشد الجمعية العامة في القرار جميع الدول": a body that speaks "in" its text is the
/// subject of a present verb too (a report's words), not the one asked.
fn speaks_in_text(words: &[&str]) -> bool {
    let Some((_, taken)) = subject(words) else {
        return false;
    };
    words
        .get(taken)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && words.get(taken + 1).is_some_and(|w| {
            let w = bare(w);
            table::AR_TEXT_HEADS.iter().any(|h| w.starts_with(h))
        })
}

/// "دعا قادة الدول المشاركون في القمة مع ...، إلى ...": the subject's "taking part in"
/// phrase, to its comma or to the verb's ender.
fn past_members(words: &[&str], i: usize, enders: &[&str]) -> usize {
    if !words
        .get(i)
        .is_some_and(|w| table::AR_MEMBER_MARKS.contains(&bare(w)))
    {
        return i;
    }
    let Some(k) = (i + 1..words.len().min(i + 15))
        .find(|&k| words[k - 1].ends_with(',') || enders.contains(&bare(words[k])))
    else {
        return i;
    };
    skip_adverbs(words, k)
}

/// Past a relative clause to the comma that closes it, and past a clause joined to it by
/// "و" up to its own comma.
fn past_relative(words: &[&str], i: usize) -> Option<usize> {
    let mut k = (i..words.len().min(i + 15)).find(|&k| words[k].ends_with(','))? + 1;
    while words.get(k).is_some_and(|w| w.starts_with('و'))
        && let Some(c) = (k..words.len().min(k + 8)).find(|&c| words[c].ends_with(','))
    {
        k = c + 1;
    }
    (k < words.len()).then(|| skip_adverbs(words, k))
}

/// "كما دعا، وبشكل عاجل، إلى ...", "وحث المجلس، بقوة، قوات ...": a manner set off by
/// commas before the addressee.
fn skip_manner_aside(words: &[&str], i: usize) -> usize {
    let manner = words.get(i).is_some_and(|w| {
        let w = bare(w);
        table::AR_MANNER_ASIDES
            .iter()
            .any(|m| w == *m || w.strip_prefix('و') == Some(*m))
    });
    match (i..words.len().min(i + 3)).find(|&k| words[k].ends_with(',')) {
        Some(k) if manner => skip_adverbs(words, k + 1),
        _ => i,
    }
}

/// Past the asides a comma closes ("في ختام قمة المنامة،", "برئاسة جمهورية بوروندي لشهر
/// يونيو،", "في بيان له صدر مساء أمس،"), each opened by a word of `AR_ASIDE_OPENERS`.
fn skip_asides(words: &[&str], mut i: usize) -> usize {
    loop {
        let Some(w) = words.get(i) else {
            return i;
        };
        let w = bare(w);
        let opener = table::AR_ASIDE_OPENERS
            .iter()
            .any(|o| w == *o || (o.chars().count() > 2 && w.starts_with(o)));
        // The comma that closes it, within the sentence; without one, "عقب اجتماعه
        // الاستثنائي أمس (في المدينة)" ends at its time word (and place).
        let comma = (i..words.len().min(i + 14))
            .take_while(|&k| k == i || !words[k - 1].ends_with('.'))
            .find(|&k| words[k].ends_with(','));
        let timed = || {
            let t = (i + 1..words.len().min(i + 6))
                .take_while(|&k| !words[k - 1].ends_with(['.', ',']))
                .find(|&k| table::AR_TIME_WORDS.contains(&bare(words[k])))?;
            let place = words
                .get(t + 1)
                .is_some_and(|w| ["في", "فى"].contains(&bare(w)));
            // "... اليوم بمقر الاتحاد": its seat, past the day.
            let seat = seat_end(words, t + 1);
            Some(if place {
                t + 2
            } else if seat > t + 1 {
                seat - 1
            } else {
                t
            })
        };
        // "في ختام اجتماعهم بمدينة X للاستمرار في ...، حتى ...": the own meeting (and its
        // place) ends before the comma at the call's "لـ" and its verbal noun, which the
        // comma does not set aside.
        let met = skip_meeting(words, i);
        if let Some(k) = comma
            && met > i
            && met < k
            && words.get(met).is_some_and(|w| {
                let w = bare(w);
                w.starts_with('ل')
                    && w.chars().count() > 3
                    && !table::AR_GENITIVE_NAMES.contains(&w)
            })
        {
            return met;
        }
        match comma.or_else(timed) {
            Some(k) if opener => i = skip_adverbs(words, k + 1),
            _ => return i,
        }
    }
}

/// "قيام اللجنة الوزارية العربية بـ... وتكليف اللجنة بـ...": a committee named in full, then
/// by its head alone in the same paragraph, is drafted by its full name.
pub fn fuller_committee_names(mandates: &mut [crate::model::DraftMandate]) {
    for m in mandates.iter_mut() {
        let text = m.text.clone();
        for a in &mut m.actors {
            if let Some(full) = fuller_name(&a.name, &text) {
                a.name = full;
            }
        }
    }
}

/// The full name `name` (a committee's bare head) stands for, named first in `text`.
fn fuller_name(name: &str, text: &str) -> Option<String> {
    if !["اللجنة", "الهيئة", "المفوضية"].contains(&name) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    // "الجنة": the head with one of its two lams dropped by a slip of the keyboard.
    let slip = format!("ال{}", name.strip_prefix("الل").unwrap_or("\u{0}"));
    let head = |w: &str| {
        let w = bare(w).trim_start_matches(['و', 'ب']);
        w == name || w == slip
    };
    let adjective = |w: &&str| bare(w).starts_with("ال") && !w.ends_with(['،', ',', '.', '؛']);
    let at =
        (0..words.len()).find(|&k| head(words[k]) && words.get(k + 1).is_some_and(adjective))?;
    let bare_later =
        (at + 1..words.len()).any(|k| head(words[k]) && !words.get(k + 1).is_some_and(adjective));
    if !bare_later {
        return None;
    }
    let adjectives: Vec<&str> = words[at + 1..]
        .iter()
        .take(3)
        .take_while(|w| adjective(w))
        .copied()
        .collect();
    let first = bare(words[at]).trim_start_matches(['و', 'ب']);
    Some(
        std::iter::once(first)
            .chain(adjectives.iter().map(|w| bare(w)))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A report's lede gives the decision ("قرر الاتحاد الإفريقي تعليق ...") that the body's
/// own words give again in the same paragraph ("وقرر مجلس السلم والأمن ... التعليق
/// ..."), or a general call that a later paragraph gives again: the earlier is dropped.
/// Only acts of the same verbal noun (none that asks), by differently named bodies.
/// An act told twice loses one telling, never both: a mandate dropped as told again later
/// is no earlier telling for the later to be dropped against. In a numbered text, two
/// numbered paragraphs are two items ("21 - تقرر أن تنظر في دورتها X ..." and "22 - تقرر
/// أن تنظر في دورتها Y ..."), not one act told twice.
pub fn drop_restated_decisions(mandates: &mut Vec<crate::model::DraftMandate>, numbered: bool) {
    let restated = restated_later(mandates, numbered);
    let repeated = repeated_body_acts(mandates, &restated, numbered);
    let twice = told_twice(mandates, &restated);
    // "قرر المجلس عقد دورة ... . وقرر المجلس ... عقد الدورة في 2 أكتوبر": the act told
    // again in the paragraph with its day; the telling kept (the first) takes that day.
    for j in 0..mandates.len() {
        if !repeated[j] || mandates[j].due.is_none() {
            continue;
        }
        let kept = (0..j).find(|&i| {
            !restated[i]
                && !repeated[i]
                && !twice[i]
                && mandates[i].paragraph == mandates[j].paragraph
                && mandates[i].due.is_none()
                && restated_act(&mandates[i]).is_some()
                && restated_act(&mandates[i]) == restated_act(&mandates[j])
        });
        if let Some(i) = kept {
            let later = mandates[j].clone();
            let m = &mut mandates[i];
            m.due = later.due;
            m.due_phrase = later.due_phrase;
            m.due_check = later.due_check;
            m.recurring = later.recurring;
            m.every = later.every;
        }
    }
    let mut k = 0;
    mandates.retain(|_| {
        k += 1;
        !restated[k - 1] && !repeated[k - 1] && !twice[k - 1]
    });
}

/// The verbal noun a mandate's summary opens with, unless it is one that asks.
fn restated_act(m: &crate::model::DraftMandate) -> Option<String> {
    let first = m.summary.split_whitespace().next()?;
    let first = first.strip_prefix("ال").unwrap_or(first);
    let asks = table::AR_NOUN_VERBS.iter().any(|(n, _, _)| *n == first);
    (!asks && first.chars().count() >= 3).then(|| first.to_string())
}

fn actor_names(m: &crate::model::DraftMandate) -> Vec<String> {
    m.actors.iter().map(|a| a.name.clone()).collect()
}

/// A call that names no one (drafted to all States with a note), not "جميع الدول" named.
fn general_call(m: &crate::model::DraftMandate) -> bool {
    m.actors.len() == 1
        && m.actors[0].name == table::AR_DEFAULT_ACTOR
        && m.actors[0].check.is_some()
}

/// For each mandate, whether a later one gives its act again: the body's act by the
/// organ's name in the same paragraph, or a lede's general call in a later paragraph.
fn restated_later(mandates: &[crate::model::DraftMandate], numbered: bool) -> Vec<bool> {
    mandates
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let Some(a) = restated_act(m) else {
                return false;
            };
            let body = m.actors.iter().all(|x| body_named(&x.name));
            mandates[i + 1..].iter().any(|later| {
                if separate_items(m, later, numbered) {
                    return false;
                }
                let same = restated_act(later).as_deref() == Some(a.as_str());
                // The body's act again, by the organ's name.
                let organ = body
                    && later.paragraph == m.paragraph
                    && later.actors.iter().all(|x| body_named(&x.name))
                    && actor_names(later) != actor_names(m)
                    && !named_back(later, m);
                // A lede's general call that a later paragraph gives in full ("قرارا
                // يطالب بوقف ..." then "يطالب بوقف ... من قبل جميع الأطراف").
                let lede = general_call(m) && later.paragraph > m.paragraph;
                // A lede's call to X that a later paragraph quotes ("دعا مجلس الأمن X إلى
                // وقف كل ..." then "كما دعا المجلس "X إلى وقف كل ...""): its first three
                // words and its actors again.
                let quoted = later.paragraph > m.paragraph
                    && actor_names(later) == actor_names(m)
                    && opening_words(m).len() == 3
                    && opening_words(m) == opening_words(later);
                same && (organ || lede || quoted)
            })
        })
        .collect()
}

/// "قرر مجلس الأمن تمديد ... وقرر المجلس المؤلف من ... تمديد ...": the later body is the
/// earlier's head with the article ("المجلس" for "مجلس الأمن"), the same body named back,
/// not an organ of it: the lede is kept and the later dropped as told again.
fn named_back(later: &crate::model::DraftMandate, m: &crate::model::DraftMandate) -> bool {
    let head = |a: &crate::model::Actor| a.name.split_whitespace().next().map(str::to_string);
    later.actors.len() == 1
        && m.actors.len() == 1
        && !later.actors[0].name.contains(' ')
        && head(&m.actors[0]).is_some_and(|h| later.actors[0].name == format!("ال{h}"))
}

/// "قرر مجلس السلم والأمن التابع للاتحاد ... تعليق ... . واعلن رئيسه ان مجلس السلم والأمن
/// قرر ... تعليق ...": the later body is the earlier's name cut short (its first two words
/// or more, its affiliation dropped), the same body named again.
fn named_shorter(later: &crate::model::DraftMandate, m: &crate::model::DraftMandate) -> bool {
    let words = |a: &crate::model::Actor| {
        a.name
            .split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    later.actors.len() == 1 && m.actors.len() == 1 && {
        let (short, long) = (words(&later.actors[0]), words(&m.actors[0]));
        short.len() >= 2 && short.len() < long.len() && long.starts_with(&short)
    }
}

/// "في اديس ابابا تعليق عضوية X ..." and "وفقا للمواثيق تعليق مشاركة X ...": a form-II
/// verbal noun ("تعليق") both summaries open with, within their first eight words.
fn shared_verbal_noun(m: &crate::model::DraftMandate, later: &crate::model::DraftMandate) -> bool {
    let nouns = |d: &crate::model::DraftMandate| {
        d.summary
            .split_whitespace()
            .take(8)
            .map(|w| w.strip_prefix("ال").unwrap_or(w).to_string())
            .filter(|w| w.starts_with('ت') && w.chars().count() >= 4)
            .collect::<Vec<_>>()
    };
    let first = nouns(m);
    nouns(later).iter().any(|w| first.contains(w))
}

/// "قرر الاتحاد الإفريقي الأربعاء تعليق عضوية مالي ..." a paragraph after "أعلن المجلس
/// أنه قرر تعليق عضوية مالي ...": the same act of the body, told again; so is "وينص
/// القرار على تمديد عمل البعثة ..." after "مشروع قرار يقضي بتمديد عمل البعثة ...".
/// For each mandate, whether an earlier one opens with the same words.
fn repeated_body_acts(
    mandates: &[crate::model::DraftMandate],
    restated: &[bool],
    numbered: bool,
) -> Vec<bool> {
    mandates
        .iter()
        .enumerate()
        .map(|(j, later)| {
            own_act_of_body(later)
                && mandates[..j].iter().enumerate().any(|(i, m)| {
                    if restated[i] || separate_items(m, later, numbered) {
                        return false;
                    }
                    // The same body named back in the paragraph, with the same verbal
                    // noun ("تمديد"), tells its lede's act again in other words.
                    let named_again = m.paragraph == later.paragraph
                        && named_back(later, m)
                        && restated_act(m) == restated_act(later)
                        && same_meeting(m, later);
                    // "... ان مجلس X قرر وفقا للميثاق تعليق ...": named shorter, its act
                    // after an aside of how it decided.
                    let shorter_again = m.paragraph == later.paragraph
                        && named_shorter(later, m)
                        && m.actors.iter().all(|x| body_named(&x.name))
                        && shared_verbal_noun(m, later);
                    // "وينص القرار على تمديد مهمة المينورسو ..." then, a paragraph on, "وجاء
                    // في القرار أن المجلس قرر تمديد مهمة الميونورسو ...": the body named back,
                    // its act and its object again, the object's name spelt another way.
                    let quoted_again = m.paragraph < later.paragraph
                        && (named_back(later, m) || actor_names(m) == actor_names(later))
                        && same_act_spelt(m, later);
                    // "بتبني مجلس الأمن ... قراراً يجدد تفويضها ... . وتبنى مجلس الأمن ...
                    // قراراً ... يجدد لمدة عام تفويض البعثة": the same body's act, told
                    // twice in a paragraph, with the same verb and object.
                    let same_again = m.paragraph == later.paragraph
                        && actor_names(m) == actor_names(later)
                        && restated_act(m) == restated_act(later)
                        && shared_object(m, later);
                    // "قرر مجلس X ... تمديد تجميد الأصول ..." then, the next block, "ويمدد
                    // القرار ... العقوبات ... حتى ...": the text's own present verb tells
                    // the same body's act of the same verbal noun again.
                    let retold_next = m.paragraph.map(|p| p + 1) == later.paragraph
                        && actor_names(m) == actor_names(later)
                        && restated_act(m) == restated_act(later)
                        && resolution_speaks(later);
                    shorter_again
                        || own_act_of_body(m) && retold_next
                        || own_act_of_body(m)
                            && (named_again
                                || quoted_again
                                || same_again
                                || opening_words(m).len() == 3
                                    && opening_words(m) == opening_words(later))
                })
        })
        .collect()
}

/// Whether two mandates stand in two numbered paragraphs of a numbered text: two items.
fn separate_items(
    m: &crate::model::DraftMandate,
    later: &crate::model::DraftMandate,
    numbered: bool,
) -> bool {
    numbered
        && m.paragraph != later.paragraph
        && m.paragraph.is_some_and(|p| p > 0)
        && later.paragraph.is_some_and(|p| p > 0)
}

/// Whether a mandate's sentence opens with a present verb whose subject is the text itself
/// ("ويمدد القرار ...", "يقضي القرار ...").
fn resolution_speaks(m: &crate::model::DraftMandate) -> bool {
    let mut words = m.text.split_whitespace();
    let verb = words.next().unwrap_or_default();
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    verb.starts_with('ي') && verb.chars().count() >= 3 && words.next() == Some("القرار")
}

/// "طالب مجلس الأمن والأمم المتحدة بتحمل ..." as a subheading, then in the text: one
/// request to the same actors, told twice in a paragraph. For each mandate, whether an
/// earlier one told it.
fn told_twice(mandates: &[crate::model::DraftMandate], restated: &[bool]) -> Vec<bool> {
    mandates
        .iter()
        .enumerate()
        .map(|(j, later)| {
            let again = |m: &crate::model::DraftMandate| {
                m.paragraph == later.paragraph
                    && actor_names(m) == actor_names(later)
                    && opening_words(m) == opening_words(later)
            };
            // "دعا مجلس X إلى "استئناف الحوار" حول ..." then "ويدعو القرار إلى "استئناف
            // الحوار برعاية ..."": a call naming no one whose first two words an earlier such
            // call of the paragraph opens with, the first a word of five letters or more
            // (not "وقف إطلاق النار في X / في Y", two calls).
            let general_again = |m: &crate::model::DraftMandate| {
                let (a, b) = (opening_words(m), opening_words(later));
                m.paragraph == later.paragraph
                    && general_call(m)
                    && general_call(later)
                    && a.len() >= 2
                    && b.len() >= 2
                    && a[..2] == b[..2]
                    && a[0].strip_prefix("ال").unwrap_or(&a[0]).chars().count() >= 5
            };
            mandates[..j].iter().enumerate().any(|(i, m)| {
                !restated[i]
                    && (opening_words(later).len() == 3 && again(m)
                        || general_again(m)
                        || two_forms_of_one_act(m, later))
            })
        })
        .collect()
}

/// "ويوصي القرار X بإعادة النظر في ..." then "كما أوصى القرار X بأن يعيد النظر ...": one
/// request to the same actors in a paragraph, told by its verbal noun and again by its
/// present verb, the same object after both (a word of four letters or more) and the
/// noun's last root letter the verb's.
fn two_forms_of_one_act(
    m: &crate::model::DraftMandate,
    later: &crate::model::DraftMandate,
) -> bool {
    let (a, b) = (opening_words(m), opening_words(later));
    if m.paragraph != later.paragraph
        || actor_names(m) != actor_names(later)
        || general_call(m)
        || a.len() < 2
        || b.len() < 2
    {
        return false;
    }
    let present = |w: &str| w.starts_with(['ي', 'ت']) && w.chars().count() >= 3;
    let last = |w: &str| w.trim_end_matches('ة').chars().last();
    !a[0].starts_with('ي')
        && present(&b[0])
        && a[1] == b[1]
        && a[1].chars().count() >= 4
        && last(&a[0]) == last(&b[0])
}

/// "عقد جلسة طارئة ..." then "عقد اجتماعا تنظيميا ...": a meeting of another kind is
/// another meeting, not the first told again (other acts compare by their verbal noun).
fn same_meeting(m: &crate::model::DraftMandate, later: &crate::model::DraftMandate) -> bool {
    let meeting = |d: &crate::model::DraftMandate| {
        let mut words = d.summary.split_whitespace();
        let held = words.next().is_some_and(|w| w == "عقد");
        let noun = words.next().unwrap_or_default();
        let noun = noun.strip_prefix("ال").unwrap_or(noun);
        held.then(|| noun.strip_suffix('ا').unwrap_or(noun).to_string())
    };
    match (meeting(m), meeting(later)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Whether two summaries share a word of four letters or more (or its form with a
/// pronoun: "تفويض", "تفويضها") among the five after their first.
fn shared_object(m: &crate::model::DraftMandate, later: &crate::model::DraftMandate) -> bool {
    let words = |d: &crate::model::DraftMandate| {
        d.summary
            .split_whitespace()
            .skip(1)
            .take(5)
            .map(|w| w.strip_prefix("ال").unwrap_or(w).to_string())
            .filter(|w| w.chars().count() >= 4)
            .collect::<Vec<_>>()
    };
    let first = words(m);
    words(later).iter().any(|b| {
        first
            .iter()
            .any(|a| a.starts_with(b.as_str()) || b.starts_with(a.as_str()))
    })
}

/// Whether two summaries open with the same two words and a third that differs by one
/// letter at most (a name spelt two ways: "المينورسو", "الميونورسو").
fn same_act_spelt(m: &crate::model::DraftMandate, later: &crate::model::DraftMandate) -> bool {
    let (a, b) = (opening_words(m), opening_words(later));
    a.len() == 3 && b.len() == 3 && a[..2] == b[..2] && within_one_letter(&a[2], &b[2])
}

/// Whether one word becomes the other by one letter added, dropped or changed.
fn within_one_letter(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let lead = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    // Past the first difference: both on by one (a letter changed), or the longer only.
    let tail = usize::from(long.len() == short.len());
    short[(lead + tail).min(short.len())..] == long[(lead + 1).min(long.len())..]
}

/// The first three words of a mandate's summary.
fn opening_words(m: &crate::model::DraftMandate) -> Vec<String> {
    m.summary
        .split_whitespace()
        .take(3)
        .map(str::to_string)
        .collect()
}

/// Whether a mandate is a body's own act (not a request).
fn own_act_of_body(m: &crate::model::DraftMandate) -> bool {
    restated_act(m).is_some() && m.actors.iter().all(|x| body_named(&x.name))
}

/// "... توريد السلاح للحوثيين في اليمن": the last definite plural of people in a clause
/// ("الحوثيين", "للمتمردين"), with its article.
fn group_named(words: &[&str]) -> Option<String> {
    words.iter().rev().find_map(|w| group_word(w))
}

/// "للحوثيين", "بالمتمردين": a definite plural of people after "لـ" / "بـ" (an object of the
/// act, not an adjective after a noun: "الدول المانحين"), with its article.
fn group_word(w: &str) -> Option<String> {
    let w = bare(w);
    let w = w
        .strip_prefix('و')
        .filter(|r| r.starts_with(['ل', 'ب']))
        .unwrap_or(w);
    let noun = w
        .strip_prefix("لل")
        .or_else(|| w.strip_prefix("بال"))
        .map(|r| format!("ال{r}"))?;
    let plural = noun.ends_with("ين") || noun.ends_with("ون");
    (plural && noun.chars().count() >= 6).then_some(noun)
}

/// Whether a name is a body's ("مجلس السلم والأمن", "الاتحاد الإفريقي").
fn body_named(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&w))
}

/// "اجتماع اللجنة التنفيذية ... على مستوى وزراء الخارجية في منظمة التعاون الإسلامي": the
/// level a meeting is held at goes with its name.
fn level_end(words: &[&str], end: usize) -> usize {
    let level = end > 0
        && !words[end - 1].ends_with(',')
        && words.get(end).is_some_and(|w| bare(w) == "على")
        && words.get(end + 1).is_some_and(|w| bare(w) == "مستوى");
    if !level || end + 2 >= words.len() {
        return end;
    }
    end + 2 + name_end(&words[end + 2..])
}

/// "قرر مجلس الجامعة في ختام اجتماعه على مستوى المندوبين الدائمين دعم ...": where the body
/// decided, before what.
fn skip_meeting(words: &[&str], i: usize) -> usize {
    let at_end = words
        .get(i)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && words.get(i + 1).is_some_and(|w| bare(w) == "ختام")
        && words.get(i + 2).is_some_and(|w| !w.ends_with(','));
    if !at_end {
        return i;
    }
    // "دعا المجلس في ختام أعمال جلسته X إلى ...": its own meeting (its noun
    // with the pronoun, after "أعمال" or not) ends there; the addressee follows.
    // "أشغال": the Maghreb's word for a meeting's works.
    let works = usize::from(
        words
            .get(i + 2)
            .is_some_and(|w| ["أعمال", "أشغال", "اشغال"].contains(&bare(w))),
    );
    if words
        .get(i + 2 + works)
        .is_some_and(|w| OWN_MEETINGS.contains(&bare(w)) && !w.ends_with(','))
    {
        let numbered = meeting_number_end(words, i + 3 + works);
        return level_end(words, meeting_place_end(words, numbered));
    }
    // "في ختام اجتماع وزراء الخارجية بدعم ...": the meeting's name, then its level.
    level_end(words, i + 2 + name_end(&words[i + 2..]))
}

/// "في ختام دورتها العادية الـ 12 X ...", "في ختام أعمال دورتها 12 أمس بالجامعة
/// العربية ...": the own meeting's kind, number, day and seat (no comma before each),
/// from `k` past its noun, before the addressee.
fn meeting_number_end(words: &[&str], mut k: usize) -> usize {
    let open = |k: usize| k > 0 && k < words.len() && !words[k - 1].ends_with(',');
    let number = |w: &str| !w.is_empty() && w.chars().all(char::is_numeric);
    // "الوزارية", "الثانية عشرة", "الحادية والثمانين": its kind and its ordinal's words.
    let ordinal = |w: &str| {
        let w = w
            .strip_prefix('و')
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(w);
        ["عشر", "عشرة"].contains(&w)
            || table::AR_ORDINAL_UNITS.iter().any(|(o, _)| *o == w)
            || table::AR_ORDINAL_TENS.iter().any(|(o, _)| *o == w)
    };
    while open(k) && (adjective(bare(words[k])) || ordinal(bare(words[k]))) {
        k += 1;
    }
    if open(k)
        && ["الـ", "ال"].contains(&bare(words[k]))
        && open(k + 1)
        && number(bare(words[k + 1]))
    {
        k += 2;
    } else if open(k) && number(bare(words[k])) {
        k += 1;
    }
    let timed = open(k) && table::AR_TIME_WORDS.contains(&bare(words[k]));
    if timed {
        k += 1;
    }
    if timed { seat_end(words, k) } else { k }
}

/// "... اليوم بمقر الاتحاد", "... اليوم بالجامعة العربية": where a meeting sat, after its
/// day (no comma before): "بمقر" and its name, or "بـ" and a body's defined head with its
/// adjectives.
fn seat_end(words: &[&str], k: usize) -> usize {
    if k == 0 || words[k - 1].ends_with(',') {
        return k;
    }
    let Some(w) = words.get(k).map(|w| bare(w)) else {
        return k;
    };
    let mut j = k + 1;
    if w == "بمقر" && !words[k].ends_with(',') {
        // Its construct up to its first defined word ("بمقر الأمانة العامة", "بمقر جامعة
        // الدول العربية"), then that word's adjectives.
        while j < words.len() && !has_article(bare(words[j])) && !words[j - 1].ends_with(',') {
            j += 1;
        }
        if j == words.len() || words[j - 1].ends_with(',') {
            return k;
        }
        j += 1;
    } else if !w
        .strip_prefix('ب')
        .is_some_and(|r| table::AR_BODY_HEADS.contains(&r))
    {
        return k;
    }
    while j < words.len() && !words[j - 1].ends_with(',') && adjective(bare(words[j])) {
        j += 1;
    }
    j
}

/// "طالب المجلس في اجتماعه الجامعة العربية بـ ...": the body's own meeting ("في" and a
/// meeting's noun with its pronoun), without a comma, before the addressee.
fn own_meeting_end(words: &[&str], i: usize) -> usize {
    let opens = words
        .get(i)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && words
            .get(i + 1)
            .is_some_and(|w| own_meeting_word(bare(w)) && !w.ends_with(','));
    if !opens {
        return i;
    }
    // "في جلسته الأخيرة X ...", "في اجتماعه الطارئ X ...": the meeting's adjectives (no
    // comma before) are the meeting's, not the addressee's first words.
    let mut k = i + 2;
    while words.get(k).is_some_and(|w| {
        let w = bare(w);
        (table::AR_TEXT_NEW.contains(&w) || adjective(w)) && !words[k - 1].ends_with(',')
    }) {
        k += 1;
    }
    let named = k > 0
        && !words[k - 1].ends_with(',')
        && words.get(k).is_some_and(|w| {
            let w = bare(w);
            (has_article(w) || table::AR_ACTOR_HEADS.contains(&w) || w == "كل")
                && !table::AR_TIME_WORDS.contains(&w)
        });
    if named { k } else { i }
}

/// A body's own meeting's noun with its pronoun, "ة" typed for the pronoun's "ه" too
/// ("في جلستة الأخيرة": the taa marbuta and the haa look alike at a word's end).
fn own_meeting_word(w: &str) -> bool {
    OWN_MEETINGS.contains(&w)
        || w.strip_suffix('ة')
            .is_some_and(|stem| OWN_MEETINGS.contains(&format!("{stem}ه").as_str()))
}

/// "دعت القمة ... المنعقدة اليوم الأربعاء في اسطنبول X إلى ...": where and when the
/// subject met, without commas, before the addressee.
fn held_at_end(words: &[&str], i: usize) -> usize {
    if !words
        .get(i)
        .is_some_and(|w| ["المنعقدة", "المنعقد"].contains(&bare(w)) && !w.ends_with(','))
    {
        return i;
    }
    let mut j = i + 1;
    while words
        .get(j)
        .is_some_and(|w| table::AR_TIME_WORDS.contains(&bare(w)) && !w.ends_with(','))
    {
        j += 1;
    }
    if words
        .get(j)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
    {
        j += 2;
    }
    let next = words.get(j).map(|w| bare(w)).unwrap_or_default();
    if j > i + 1 && (has_article(next) || table::AR_ACTOR_HEADS.contains(&next)) {
        j
    } else {
        i
    }
}

/// A body's own meeting named by its noun and pronoun (its members' too: "اجتماعهم").
const OWN_MEETINGS: &[&str] = &[
    "اجتماعه",
    "اجتماعها",
    "دورته",
    "دورتها",
    "جلسته",
    "جلستها",
    "اجتماعهم",
    "دورتهم",
    "جلستهم",
];

/// "في ختام اجتماعهم بمدينة X الليبية للاستمرار ...": where the own meeting ending at `i`
/// was held (a city's or capital's word, its name and the name's adjectives, no comma
/// before), passed over before what is asked.
fn meeting_place_end(words: &[&str], i: usize) -> usize {
    let place = i > 0
        && !words[i - 1].ends_with(',')
        && words.get(i).is_some_and(|w| {
            ["بمدينة", "بالعاصمة", "بعاصمة"].contains(&bare(w)) && !w.ends_with(',')
        })
        && words.get(i + 1).is_some();
    if !place {
        return i;
    }
    let mut k = i + 2;
    while k < words.len() && !words[k - 1].ends_with(',') && adjective(bare(words[k])) {
        k += 1;
    }
    k
}

/// "اللجنة الدائمة للشؤون الزراعية": the affairs a committee is for ("للشؤون" and
/// their adjectives, joined by "و" too) go on with its name.
fn field_end(words: &[&str], end: usize) -> usize {
    let field = end > 0
        && !words[end - 1].ends_with(',')
        && words
            .get(end)
            .is_some_and(|w| table::AR_FIELDS_OF_BODIES.contains(&bare(w)) && !w.ends_with(','));
    if !field {
        return end;
    }
    let mut k = end + 1;
    while let Some(w) = words.get(k).map(|w| bare(w)) {
        if words[k - 1].ends_with(',')
            || !(adjective(w) || w.strip_prefix('و').is_some_and(adjective))
        {
            break;
        }
        k += 1;
    }
    k
}

/// "اللجنة الزراعية لغربي آسيا": the region a body serves, by "لـ" and a
/// word of `AR_REGIONS` (a point of the compass takes the name after it).
fn region_end(words: &[&str], end: usize) -> usize {
    let Some(region) = words
        .get(end)
        .filter(|_| end > 0 && !words[end - 1].ends_with(','))
        .and_then(|w| bare(w).strip_prefix('ل'))
        .filter(|r| table::AR_REGIONS.contains(r))
    else {
        return end;
    };
    let compass = table::AR_COMPASS.contains(&region);
    if compass && !words[end].ends_with(',') && words.get(end + 1).is_some() {
        end + 2
    } else {
        end + 1
    }
}

/// "... لغربي آسيا / البستنة /", "... (البستنة)": the body's short name, between slashes or
/// in brackets, after its full name.
fn acronym_end(words: &[&str], end: usize) -> usize {
    if end == 0 || words[end - 1].ends_with(',') {
        return end;
    }
    match words.get(end) {
        Some(&"/") => words[end + 1..]
            .iter()
            .take(3)
            .position(|w| *w == "/" || *w == "/,")
            .map_or(end, |k| end + k + 2),
        Some(w) if w.starts_with('(') && w.trim_end_matches([',', '.']).ends_with(')') => end + 1,
        _ => end,
    }
}

/// "مجلس السلم والأمن التابع للاتحاد الإفريقي": the body a name says it belongs to.
/// "اللجنة ... التابعة لمجلس جامعة الدول العربية": the owner a construct too.
fn affiliated_end(words: &[&str], end: usize) -> usize {
    let construct = end > 0
        && !words[end - 1].ends_with(',')
        && words
            .get(end)
            .is_some_and(|w| ["التابع", "التابعة"].contains(&bare(w)) && !w.ends_with(','));
    if construct {
        let owned = genitive_chain(words, end + 1);
        if owned > end + 1 {
            return owned;
        }
    }
    let affiliated = end > 0
        && !words[end - 1].ends_with(',')
        && words
            .get(end)
            .is_some_and(|w| ["التابع", "التابعة"].contains(&bare(w)) && !w.ends_with(','))
        && words
            .get(end + 1)
            .is_some_and(|w| bare(w).starts_with("لل") && has_article(bare(w)));
    if !affiliated {
        return end;
    }
    end + 2
        + words[end + 2..]
            .iter()
            .take_while(|w| adjective(bare(w)))
            .count()
}

/// "مجلس وزراء خارجية الدول الأعضاء في منظمة التعاون ...": the organisation whose members a
/// body's name speaks of goes with the name (else "في منظمة ..." is read as the addressee).
fn member_of_end(words: &[&str], end: usize) -> usize {
    let member_of = end > 0
        && ["الأعضاء", "الاعضاء"].contains(&words[end - 1])
        && words.get(end).is_some_and(|w| ["في", "فى"].contains(w))
        && words
            .get(end + 1)
            .is_some_and(|w| !w.ends_with(',') && !table::AR_TEXT_HEADS.contains(&bare(w)));
    if !member_of {
        return end;
    }
    let org = &words[end + 1..];
    let len = org
        .iter()
        .position(|w| has_article(bare(w)) || w.ends_with(','))
        .map_or(1, |d| {
            d + 1
                + org[d + 1..]
                    .iter()
                    .take_while(|w| adjective(bare(w)) && !org[d].ends_with(','))
                    .count()
        });
    end + 1 + len.min(org.len())
}

/// A defined adjective ("الإسلامي", "الاستثنائية", "الـ20", "الدائمة"), not a defined noun
/// ("الأمانة", "الدول", nor a verbal noun such as "الموافقة").
fn adjective(w: &str) -> bool {
    let Some(stem) = w.strip_prefix("ال") else {
        return false;
    };
    !table::AR_ACTOR_HEADS.contains(&w)
        && !table::AR_BODY_HEADS.contains(&w)
        && !table::AR_RELATIVES.contains(&w)
        && (stem.chars().all(|c| c.is_ascii_digit())
            || stem.ends_with(['ي', 'ى'])
            || stem.ends_with("ية")
            || table::AR_ADJECTIVES.contains(&w))
}

/// "وإذ تدرك أن الأمم المتحدة ... تعزز وتشجع ...": a preamble's clause (its verb in the
/// present after "إذ") says what the body bears in mind; whoever it names is asked nothing.
fn preamble_clause(words: &[&str]) -> bool {
    let opens = words
        .first()
        .is_some_and(|w| ["إذ", "وإذ"].contains(&bare(w)));
    opens && words.get(1).is_some_and(|w| present_verb(bare(w)))
}

/// The requests of one Arabic sentence: (actors, action) for each clause that opens with a
/// verb of the tables (", وطلب مجلس الأمن من ..." opens a clause of its own).
pub fn requests(sentence: &str, body: &str) -> Requests {
    let sentence = REQUEST_REWRITES
        .iter()
        .fold(sentence.to_string(), |sentence, step| step(&sentence));
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // An item whose words a layout put on the lines after its letter comes empty.
    if words.is_empty() || preamble_clause(&words) {
        return Vec::new();
    }
    let starts = clause_starts(&words);
    let mut out: Requests = own_commitment(&words, body).into_iter().collect();
    for n in 0..starts.len() {
        if let Some(found) = clause_requests(&words, &starts, n, &out, body) {
            out.extend(found);
        }
    }
    out
}

/// The rewrites `requests` makes, in order, before it reads the sentence's clauses: each
/// reads a way of asking as the plain verb the clauses are read by (see each regex).
const REQUEST_REWRITES: [fn(&str) -> String; 13] = [
    pronoun_subject,
    instructions_entrust,
    proviso_task,
    opinion_settled,
    pluperfect_decision,
    went_on_by,
    call_to_by_lam,
    agreed_to_hold,
    second_meeting,
    directed_call,
    necessary_doer,
    recalled_call,
    included_call,
];

/// "واستقر الرأي على X": the meeting's view settled on an act is its decision,
/// read as "وقرر X".
fn opinion_settled(sentence: &str) -> String {
    OPINION_SETTLED
        .replace_all(sentence, "${1}${2}قرر ")
        .into_owned()
}

/// "وهو يشجع الحكومة على ...", "وهي تطلب من X ...": the body's pronoun set before a
/// verb that asks is the verb's subject, read as "ويشجع الحكومة على ..." (the clause had
/// opened on the pronoun, and the verb after it was not read as asking). Only a verb of
/// the asking table after the pronoun: "وهو ما ..." and "وهي الروح ..." stay as they are.
fn pronoun_subject(sentence: &str) -> String {
    PRONOUN_SUBJECT
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = &c[3];
            if !table::AR_VERBS.iter().any(|(v, _, _)| *v == verb) {
                return c[0].to_string();
            }
            format!("{}و{verb}", &c[1])
        })
        .into_owned()
}

/// "يقرر ... على أن تقوم الهيئة العربية للبذور بتقديم العون": a proviso that names who is
/// to do a part ("على أن يقوم X بـ ...") gives X that task, read as "ويكلف X بـ ..."; "على
/// أن تقوم بدورها" (no one named after the verb) stays the act of whom it follows.
fn proviso_task(sentence: &str) -> String {
    PROVISO_TASK
        .replace_all(sentence, |c: &regex::Captures| {
            let named = &c[3];
            if !has_article(bare(named)) && !table::AR_ACTOR_HEADS.contains(&bare(named)) {
                return c[0].to_string();
            }
            format!("{}، ويكلف {named}", &c[1])
        })
        .into_owned()
}

/// Instructions to X entrust X with the act ("عهد ... إلى X بـ ...").
fn instructions_entrust(sentence: &str) -> String {
    INSTRUCTIONS
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = match &c[3] {
                "يصدر" => "يعهد",
                "تصدر" => "تعهد",
                _ => "عهد",
            };
            let to = match c.get(5) {
                Some(word) => {
                    let word = word.as_str();
                    // "للأمين العام": "لـ" before the article, whose alef it dropped.
                    match word.strip_prefix('ل') {
                        Some(rest) => format!("ال{rest}"),
                        None => word.to_string(),
                    }
                }
                None => String::new(),
            };
            format!("{}{}{verb}{} إلى {to} ", &c[1], &c[2], &c[4])
        })
        .into_owned()
}

/// A body's decision told in the pluperfect at its own meeting: the decision.
fn pluperfect_decision(sentence: &str) -> String {
    PLUPERFECT_DECISION
        .replace_all(sentence, |c: &regex::Captures| {
            let body = c[3]
                .split_whitespace()
                .next()
                .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)));
            let earlier = c[6]
                .split_whitespace()
                .any(|w| ["السابق", "السابقة", "الماضي", "الماضية"].contains(&bare(w)));
            if !body || earlier {
                return c[0].to_string();
            }
            format!("{}{}{}{}{}{}", &c[1], &c[2], &c[4], &c[3], &c[5], &c[6])
        })
        .into_owned()
}

/// A verb of going on, then "بـ" and a verbal noun that asks: that noun's verb.
fn went_on_by(sentence: &str) -> String {
    WENT_ON_BY
        .replace_all(sentence, |c: &regex::Captures| {
            let (_, he, she) = WENT_ON_VERBS
                .iter()
                .find(|(noun, _, _)| *noun == &c[5])
                .expect("a noun of the regex");
            let verb = if c[3].ends_with('ت') { she } else { he };
            format!("{}{}{verb}{} ", &c[1], &c[2], &c[4])
        })
        .into_owned()
}

/// A call's addressee by "لـ", then the act: the addressee as the call's object.
fn call_to_by_lam(sentence: &str) -> String {
    CALL_TO_BY_LAM
        .replace_all(sentence, |c: &regex::Captures| {
            let act = bare(&c[6]);
            // "يجدد دعوته للدول الأعضاء إلى المشاركة ...": the addressee by "لـ", then "إلى" and
            // the act, read as "دعوته الدول الأعضاء إلى المشاركة ...".
            if ["إلى", "الى"].contains(&act) && c[3].starts_with("دعوت") {
                return format!(
                    "{}{}{} ال{}{} {}{}",
                    &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], &c[7]
                );
            }
            let stays = has_article(act)
                || table::AR_PREPOSITIONS.contains(&act)
                || act.starts_with(['و', 'ل', 'ب', 'ف'])
                || c[4].ends_with(['"', '”', '»']);
            if stays {
                return c[0].to_string();
            }
            format!(
                "{}{}{} ال{}{} إلى {}{}",
                &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], &c[7]
            )
        })
        .into_owned()
}

/// An agreement to hold or draw up something: decided.
fn agreed_to_hold(sentence: &str) -> String {
    AGREED_TO_HOLD
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = match &c[3] {
                "اتفق" => "قرر",
                "اتفقت" => "قررت",
                _ => "قرروا",
            };
            // "اتفق وزراء X، على عقد ...": the comma closing the subject goes.
            let subject = c[4].trim_end_matches([',', '،']);
            format!("{}{}{verb}{subject} {} ", &c[1], &c[2], &c[5])
        })
        .into_owned()
}

/// A second meeting decided in the same breath reads as a decision of its own.
fn second_meeting(sentence: &str) -> String {
    SECOND_MEETING
        .replace_all(sentence, "${1}وقرر عقد${2}")
        .into_owned()
}

/// A call directed to X: a call on X ("دعا X إلى ...").
fn directed_call(sentence: &str) -> String {
    DIRECTED_CALL
        .replace_all(sentence, |c: &regex::Captures| {
            let feminine = ["وجهت", "توجه"].contains(&&c[3]);
            // With no subject after it, its own verb would take X for the subject: the
            // participle, which asks the name after it.
            let verb = match (c[4].trim().is_empty(), &c[3], feminine) {
                (true, _, false) => "داعيا",
                (true, _, true) => "داعية",
                (false, "وجهت", _) => "دعت",
                (false, "يوجه", _) => "يدعو",
                (false, "توجه", _) => "تدعو",
                _ => "دعا",
            };
            format!("{}{}{verb}{} {}إلى ", &c[1], &c[2], &c[4], &c[5])
        })
        .into_owned()
}

/// A necessity stated that names who is to act asks them ("وطالب ...").
fn necessary_doer(sentence: &str) -> String {
    NECESSARY_DOER
        .replace_all(sentence, |c: &regex::Captures| {
            let verb = match &c[3] {
                "أكدت" | "اكدت" | "شددت" => "طالبت",
                "أكدوا" | "شددوا" => "طالبوا",
                "يؤكد" | "يشدد" => "يطالب",
                "تؤكد" | "تشدد" => "تطالب",
                "نؤكد" | "نشدد" => "نطالب",
                _ => "طالب",
            };
            format!("{}{}{verb}{} ", &c[1], &c[2], &c[4])
        })
        .into_owned()
}

/// The body recalling its own demand or call: the call renewed ("وأكد مجددا ...").
fn recalled_call(sentence: &str) -> String {
    RECALLED_CALL
        .replace_all(sentence, |c: &regex::Captures| {
            format!("{}{}أكد مجددا {} {}", &c[1], &c[2], &c[4], &c[5])
        })
        .into_owned()
}

/// What a text includes, given by "إلى" and a verbal noun: its call ("ودعا ...").
fn included_call(sentence: &str) -> String {
    INCLUDED_CALL
        .replace_all(sentence, |c: &regex::Captures| {
            // "تضمن البيان الذي ... إلى الدول": to whom it went, no call.
            if c[5].starts_with("ال") || has_article(bare(&c[5])) {
                return c[0].to_string();
            }
            let verb = if c[3].ends_with('ت') {
                "دعت"
            } else {
                "دعا"
            };
            format!("{}{}{verb}{} إلى {} ", &c[1], &c[2], &c[4], &c[5])
        })
        .into_owned()
}

/// The requests of the clause that opens at `starts[n]` (`out`: those of the clauses
/// before), or None where it asks nothing.
fn clause_requests(
    words: &[&str],
    starts: &[usize],
    n: usize,
    out: &Requests,
    body: &str,
) -> Option<Requests> {
    let from = starts[n];
    // "تشير إلى أنها طلبت إلى الأمين العام أن ...": a request made before, recalled.
    let to_end = starts.get(n + 1).copied().unwrap_or(words.len());
    if recalled_request(words).is_some_and(|v| (from..to_end).contains(&v)) {
        return None;
    }
    let to = clause_end(words, starts, n);
    // "بماذا طالب مجلس الأمن X ...؟": a question about a demand, no demand.
    if words[from..to].iter().any(|w| w.ends_with(['?', '؟'])) {
        return None;
    }
    // "كما يطالب الحوثيين بالكف ...، ويدعوهم إلى ...": the pronoun stands for the
    // last addressee asked.
    let last = out
        .last()
        .map(|(actors, _): &(Vec<String>, String)| actors.clone())
        .filter(|a| a.first().is_some_and(|x| x != UNNAMED));
    // "ودعا مجلس ... خلال الاجتماع الذي ...، دعا إلى ...": the verb said again after a
    // long subject and aside; the clause is the one after it.
    if resumed(words, from, to) || told_or_expected(&words[..from]) {
        return None;
    }
    let last = after_own_act(words, starts, n, last, body);
    let found = match (pronoun_verb(verb_form(words[from])), last) {
        (Some(&(_, _, enders)), Some(actors)) => action_after(&words[from + 1..to], enders)
            .map(|action| vec![(actors, action)])
            .unwrap_or_default(),
        _ => clause(&words[..from], &words[from..to], body),
    };
    // "... ودعا إلى حماية البساتين. جاء ذلك في كلمات المندوبين ...": the sentence
    // before was what delegates said.
    (!attributed_to_speeches(&words[..from], &words[from..])).then_some(found)
}

/// Where the clause that opens at `starts[n]` ends.
/// "... يدعو إسرائيل لاحترام حقوق الإنسان. وقد عقد المجلس ... وسيعقد ... يوم
/// الثلاثاء القادم": a clause ends with its sentence, whose act the next does not date.
fn clause_end(words: &[&str], starts: &[usize], n: usize) -> usize {
    let from = starts[n];
    let to = starts.get(n + 1).copied().unwrap_or(words.len());
    (from..to)
        .find(|&k| words[k].ends_with('.') && k + 1 < to)
        .map_or(to, |k| k + 1)
}

/// Whom a pronoun on the verb at `starts[n]` stands for, given `last`, the actors the
/// clause before asked.
fn after_own_act(
    words: &[&str],
    starts: &[usize],
    n: usize,
    last: Option<Vec<String>>,
    body: &str,
) -> Option<Vec<String>> {
    let from = starts[n];
    match last {
        // "أصدر مجلس الأمن قرارا يقضي بحظر توريد السلاح للحوثيين ... ويطالبهم بتنفيذ
        // ...": a body does not demand of itself; after its own act, "هم" stands for the
        // group that act named last (a definite plural).
        Some(actors)
            if bare(words[from]).ends_with("هم")
                && actors.iter().all(|a| body_named(a) || a == body) =>
        {
            group_named(&words[starts[n.saturating_sub(1)]..from]).map(|g| vec![g])
        }
        // "يقرر إنشاء لجنة وزارية ...، ويكلفها بـ ...": the body's own act named the one
        // the pronoun stands for (the actor named last in it).
        Some(actors)
            if bare(words[from]).ends_with(['ه', 'ا'])
                && actors.iter().all(|a| body_named(a) || a == body) =>
        {
            antecedent(&words[starts[n.saturating_sub(1)]..from]).map(|a| vec![a])
        }
        other => other,
    }
}

/// "نلتزم بالقضاء على الجوع ...", "ونتعهد بتقديم ...": a declaration's commitment in the
/// first person plural is the body's own act, as "We commit to" and "Nous nous engageons à"
/// are; a commitment to principles or texts ("نلتزم بمبادئ الميثاق") is a view. Only at the
/// sentence's head, before any verb of the table.
fn own_commitment(words: &[&str], body: &str) -> Option<(Vec<String>, String)> {
    let k = usize::from(
        words
            .first()
            .is_some_and(|w| bare(w).chars().all(|c| c.is_ascii_digit() || c == '-')),
    );
    let k = k + usize::from(words.get(k).is_some_and(|w| *w == "-"));
    if !words.get(k).is_some_and(|w| {
        let w = bare(w);
        table::AR_WE_COMMIT.contains(&w.strip_prefix('و').unwrap_or(w))
    }) {
        return None;
    }
    let noun = bare(words.get(k + 1)?).strip_prefix('ب')?;
    if noun.chars().count() < 3 || table::AR_HELD_THINGS.contains(&noun) {
        return None;
    }
    let action = clean(&words[k + 1..].join(" "));
    Some((vec![body.to_string()], action))
}

/// "تشير إلى أنها طلبت إلى X أن ...", "يذكر بأنه دعا X إلى ...": a paragraph recalling
/// that the body asked before asks nothing new (as "Recalls that it requested" in English);
/// the recalled verb's place.
fn recalled_request(words: &[&str]) -> Option<usize> {
    const RECALLS: [&str; 10] = [
        "تشير",
        "يشير",
        "تذكر",
        "يذكر",
        "تستذكر",
        "يستذكر",
        "تذكّر",
        "يذكّر",
        "تعيد",
        "يعيد",
    ];
    const THAT_IT: [&str; 12] = [
        "أنه",
        "أنها",
        "انه",
        "انها",
        "بأنه",
        "بأنها",
        "بانه",
        "بانها",
        "أنهم",
        "بأنهم",
        "أنهما",
        "بأنهما",
    ];
    let mut k = usize::from(words.first().is_some_and(|w| bare(w) == "إذ"));
    // "وذكّر المجلس بأنه دعا ...": the past reminds, its subject (up to four words, no
    // break) before "بأنه"; "ذكر X أنه ..." (mentioned) is no recall.
    let reminded = words.get(k).is_some_and(|w| {
        let w = bare(w);
        ["ذكر", "ذكرت"].contains(&w.strip_prefix('و').unwrap_or(w))
    });
    if reminded {
        let that = (k + 1..words.len().min(k + 6))
            .find(|&j| ["بأنه", "بأنها", "بانه", "بانها", "بأنهم"].contains(&bare(words[j])))?;
        if words[k..that]
            .iter()
            .any(|w| w.ends_with([',', '.', ';', ':']))
        {
            return None;
        }
        k = that - 1;
    } else if !words
        .get(k)
        .is_some_and(|w| RECALLS.contains(&verb_form(w)))
    {
        return None;
    }
    k += 1;
    // "تشير كذلك إلى أنها ...": an adverb after the verb.
    while words
        .get(k)
        .is_some_and(|w| table::AR_ADVERBS.contains(&bare(w)) || ["إلى", "الى"].contains(&bare(w)))
    {
        k += 1;
    }
    if !words.get(k).is_some_and(|w| THAT_IT.contains(&bare(w))) {
        return None;
    }
    k += 1;
    if words.get(k).is_some_and(|w| bare(w) == "قد") {
        k += 1;
    }
    words
        .get(k)
        .is_some_and(|w| {
            let v = bare(w);
            !v.starts_with(['ي', 'ت', 'ن']) && table::AR_VERBS.iter().any(|(x, _, _)| *x == v)
        })
        .then_some(k)
}

/// Where the sentence's clauses start: its first word, and each word that opens one.
fn clause_starts(words: &[&str]) -> Vec<usize> {
    let mut starts = vec![0];
    for k in 1..words.len() {
        // Both are read whatever the other says.
        let by_verb = verb_opens_clause(words, k);
        let by_other = other_opens_clause(words, k);
        if by_verb || by_other {
            starts.push(k);
        }
    }
    starts.dedup();
    starts
}

/// Whether the verb at `k` opens a clause: after a break, with its body, after "و".
fn verb_opens_clause(words: &[&str], k: usize) -> bool {
    // "على وجه الخصوص", "على وجه السرعة": a word right after "على" is no verb ("وجه").
    if ["على", "وعلى"].contains(&bare(words[k - 1])) {
        return false;
    }
    let verb = verb_form(words[k]);
    (after_break(words, k) && (is_verb(verb) || text_provides(words, k, verb)))
        || text_first(words, k, verb)
        || joined_pronoun(words, k, verb)
        || first_person(words, k, verb)
        || named_after_that(words, k)
        || reported_with_body(words, k, verb)
        || present_after_and(words, k, verb)
        || joined_past(words, k, verb)
        || joined_decision(words, k, verb)
        || decided_after_that(words, k, verb)
}

/// Whether the word at `k` comes after a break.
/// "..., فإنه يطلب من ...": the verb after a preamble's "فإنه" opens the clause; so
/// does one after an aside in dashes ("إن القرار -الذي ...- يطالب ...").
/// "... المدن اليمنية. كذلك يطالب ...": an adverb between the break and the verb.
/// "قرر المجلس تمديد ...، فيما دعا إلى ...": "while" after a comma opens a clause of
/// the same subject.
fn after_break(words: &[&str], k: usize) -> bool {
    let breaks = |w: &str| {
        w.ends_with([',', ';', '.', ':', '-']) || table::AR_CLAUSE_OPENERS.contains(&bare(w))
    };
    breaks(words[k - 1])
        || (k >= 2 && table::AR_ADVERBS.contains(&bare(words[k - 1])) && breaks(words[k - 2]))
        || (k >= 2 && bare(words[k - 1]) == "فيما" && words[k - 2].ends_with(','))
}

/// "... صوت جرش قرر مجلس الأمن ...": a past verb and its body open a clause even
/// where a line break was lost.
/// Not in a relative clause set off by its conjunction ("...، والذى قرر مجلس الجامعة
/// من قبل ...، على دعوة ..."): an aside of the sentence's decision.
fn reported_with_body(words: &[&str], k: usize, verb: &str) -> bool {
    let in_relative = bare(words[k - 1])
        .strip_prefix('و')
        .is_some_and(|r| table::AR_RELATIVES.contains(&r));
    (table::AR_PAST.contains(&verb) || table::AR_APPROVES.contains(&verb))
        && !in_relative
        && words
            .get(k + 1)
            .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
}

/// "... ويحث الدول الأعضاء على ...": a present verb after "و" opens a clause.
fn present_after_and(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && verb != bare(words[k])
        && verb.starts_with(['ي', 'ت', 'ن'])
        && (table::AR_VERBS.iter().any(|(v, _, _)| *v == verb)
            || table::AR_ESTABLISHES.contains(&verb))
}

/// "... في العالم الإسلامي ودعت إلى ...": a past verb after "و", its subject the
/// sentence's, asking at once.
fn joined_past(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && table::AR_PAST.contains(&verb)
        && words.get(k + 1).is_some_and(|n| {
            table::AR_VERBS
                .iter()
                .find(|(v, _, _)| *v == verb)
                .is_some_and(|(_, openers, enders)| {
                    opens(n, openers)
                        || ends_at(n, enders)
                        // "وأشادت القمة بدور لجنة الوساطة وطلبت منها مواصلة ...": to the one
                        // just named, where the body spoke first in the sentence (not a
                        // told past: "تأسست بموجب قرار X، وعهد إليها بـ ...").
                        || (!openers.is_empty()
                            && table::AR_PRONOUN_ADDRESSEES.contains(&bare(n))
                            && body_spoke_before(&words[..k]))
                        || named_then_ended(&words[k + 1..], openers, enders)
                        // "... وطالبت بأن يمتثل X لـ ...": a call whose that-clause acts.
                        || (["بأن", "بان"].contains(&bare(n)) && enders.contains(&"ب"))
                })
        })
}

/// "... وقرر أنه يجب على ...": a past decision after "و" is one more.
fn joined_decision(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && verb != bare(words[k])
        && table::AR_DECIDES.contains(&verb)
        && table::AR_PAST.contains(&verb)
}

/// "قال رئيس المجلس إن المجلس قرر ...": the body's decision after "إن" and its name.
fn decided_after_that(words: &[&str], k: usize, verb: &str) -> bool {
    table::AR_DECIDES.contains(&verb)
        && table::AR_PAST.contains(&verb)
        && body_before_verb(&words[..k])
}

/// "... . كما يقضي القرار بـ ...": what the text provides for.
fn text_provides(words: &[&str], k: usize, verb: &str) -> bool {
    (table::AR_PROVIDES.contains(&verb) || table::AR_TEXT_EXTENDS.contains(&verb))
        && words
            .get(k + 1)
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
}

/// "... لمناقشة الخطة "ندعو كافة الدول ...": a declaration's own first person, quoted.
/// "... وتابع "كلفنا مجلس الجامعة ..."": its past ("-نا") likewise.
fn first_person(words: &[&str], k: usize, verb: &str) -> bool {
    (verb.starts_with('ن') || verb.ends_with("نا"))
        && bare(words[k]) == verb
        && table::AR_VERBS.iter().any(|(v, _, _)| *v == verb)
}

/// "... على مساهماتهم وحثهم على مواصلة ذلك": a verb after "و" with its addressee a
/// pronoun, its ender right after it.
fn joined_pronoun(words: &[&str], k: usize, verb: &str) -> bool {
    words[k].starts_with('و')
        && verb != bare(words[k])
        && pronoun_verb(verb)
            .is_some_and(|(_, _, enders)| words.get(k + 1).is_some_and(|n| ends_at(n, enders)))
}

/// "القرار يلزم X بـ ...": a present verb right after the text that opens the sentence;
/// "مشروع القرار يطالب بـ ...": its draft ("مشروع" or "نص" before the text).
fn text_first(words: &[&str], k: usize, verb: &str) -> bool {
    let opens = |at: usize| at == 0 || words[at - 1].ends_with(['.', ':', ';']);
    verb.starts_with(['ي', 'ت'])
        && table::AR_VERBS.iter().any(|(v, _, _)| *v == verb)
        && table::AR_TEXT_HEADS.contains(&bare(words[k - 1]))
        && (opens(k - 1)
            || (k >= 2
                && ["مشروع", "نص"].contains(&bare(words[k - 2]))
                && !words[k - 2].ends_with([',', '.', ';', ':'])
                && opens(k - 2)))
}

/// Whether a body spoke in `words` (a sentence's opening): a past verb of the tables or of
/// welcome with a body's head right after it ("وأشادت القمة ...").
fn body_spoke_before(words: &[&str]) -> bool {
    let from = words
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    words[from..].windows(2).any(|w| {
        let v = bare(w[0]);
        let v = v.strip_prefix('و').unwrap_or(v);
        (table::AR_PAST.contains(&v) || table::AR_WELCOMES.contains(&v))
            && table::AR_BODY_HEADS.contains(&bare(w[1]))
    })
}

/// "فإن دول المجلس تطلب ...", "فإن مجلس السلم كلف ...": a verb of the tables after "فإن"
/// and its subject (a name of up to four words, no punctuation between).
fn named_after_that(words: &[&str], k: usize) -> bool {
    let verb = verb_form(words[k]);
    // "فإن مجلس ... كلف X بـ": a report's past verb too.
    let present = (verb.starts_with(['ي', 'ت']) || table::AR_PAST.contains(&verb))
        && table::AR_VERBS.iter().any(|(v, _, _)| *v == verb);
    // "وقال رئيسه أثناء قراءته للبيان "إن مجلس الأمن يطالب X ..."": the body's own words
    // read out, after "إن" / "أن" and its name (a body's; a State's or a person's are
    // theirs).
    let that_body = |d: usize| {
        ["إن", "أن", "ان"].contains(&bare(words[k - d]))
            && table::AR_BODY_HEADS.contains(&bare(words[k - d + 1]))
    };
    present
        && (2..=5).any(|d| {
            k >= d
                && (["فإن", "فان", "وإن"].contains(&bare(words[k - d])) || that_body(d))
                && words[k - d..k]
                    .iter()
                    .all(|w| !w.ends_with([',', '.', ';']))
                && name_end(&words[k - d + 1..k]) == d - 1
        })
}

/// "... نحو السلام ودعا جميع الأطراف المعنية إلى ...": a verb without an opener, its
/// addressee named at once (an actor's head) and its ender right after the name.
fn named_then_ended(words: &[&str], openers: &[&str], enders: &[&str]) -> bool {
    // "ودعا كلا من X وY إلى ...": "each of" before the names they list.
    let each =
        words.len() > 2 && ["كل", "كلا", "كلاً"].contains(&bare(words[0])) && bare(words[1]) == "من";
    let words = if each { &words[2..] } else { words };
    let head = each
        || words.first().is_some_and(|w| {
            let w = bare(w);
            // "... للهند وباكستان ودعا الطرفين إلى ...": the two parties, by their dual.
            (table::AR_ACTOR_HEADS.contains(&w) && !table::AR_BODY_HEADS.contains(&w))
                || ["الطرفين", "الطرفان"].contains(&w)
        });
    let end = name_end(words);
    openers.is_empty()
        && head
        && end > 0
        && !words[end - 1].ends_with([',', '.'])
        && words.get(end).is_some_and(|w| ends_at(w, enders))
}

/// Whether the word at `k` opens a clause as no verb does: a verbal noun, a participle, a
/// call renewed, what a text includes or a resolution adopted asks.
fn other_opens_clause(words: &[&str], k: usize) -> bool {
    // "وتضمن البيان أيضا تكليف الأمانة العامة ...": what the text includes asks.
    let included = opening_noun(words[k]).is_some()
        && (1..=4).any(|b| {
            k >= b
                && table::AR_INCLUDES.contains(&bare(words[k - b]))
                && words[k - b + 1..k].iter().all(|w| {
                    let w = bare(w);
                    // "وجاء في القرار أيضا دعوة ...": "in" the text.
                    table::AR_TEXT_HEADS.contains(&w)
                        || table::AR_ADVERBS.contains(&w)
                        || ["في", "فى"].contains(&w)
                })
        });
    // "...، ومطالبة دول العالم بعدم ...": a verbal noun that asks, in a list; "اختتم
    // المجلس دورته بدعوة إيران إلى ...": by asking.
    let noun = asking_noun(words[k]).is_some()
        || besides_noun(&words[..k], words[k]).is_some()
        || (pronoun_noun(words[k]).is_some() && in_noun_item(&words[..k]))
        || by_noun(words[k], words.get(k + 1), &words[..k]).is_some();
    let participle = participle(words[k]).is_some();
    // "..., كذلك دعوة البلدان ...", "ومضى المجلس إلى مطالبة إسرائيل ...": a verbal noun
    // that asks after a break or after "مضى إلى"; "وأكد مجددا الدعوات ...": a call renewed.
    let listed = opening_noun(words[k]).is_some() && noun_opens(&words[..k]);
    let renews = reiterated(&words[k..]).is_some() || affirmed_decision(&words[k..], "").is_some();
    // "اعتمدت الجمعية العامة قرارا يطالب بـ ...", "... قرار تمديد ولاية ...": what the
    // resolution it adopted asks or decides.
    let adopted = adopted_resolution(&words[..k], words[k]);
    // "... يجب على X أن" is read with its "يجب"; a bare "على" opens only after a break.
    let obliged = obligation(&words[k..])
        && (words[k].starts_with('ف') || words[k - 1].ends_with([',', ';', '.', ':']));
    let directs = directive(&words[k..]).is_some() || directed_to(&words[k..]).is_some();
    let stated = stated_obligation(&words[k..]);
    let proposed = ["بأن", "بان"].contains(&bare(words[k])) && approved_proposal(&words[..k]);
    let announced = announced_meeting(&words[..k], &words[k..]).is_some()
        || announced_decision(&words[..k], &words[k..]).is_some()
        || time_granted(&words[k..]).is_some()
        || meeting_announced(&words[k..]).is_some();
    noun || included
        || announced
        || participle
        || listed
        || renews
        || adopted
        || obliged
        || directs
        || stated
        || proposed
}

/// "فقد وافق قادة دول المجلس على اقتراح X بأن يقوم المجلس الوزاري بـ ...": the words
/// before "بأن" approve a proposal (an approving verb, "على اقتراح" and its proposer, in the
/// same sentence), so the that-clause's actor is asked.
fn approved_proposal(before: &[&str]) -> bool {
    const APPROVES: &[&str] = &["وافق", "وافقت", "وافقوا", "يوافق", "توافق", "الموافقة"];
    const PROPOSALS: &[&str] = &["اقتراح", "الاقتراح", "مقترح", "المقترح"];
    let n = before.len();
    let from = before
        .iter()
        .rposition(|w| w.ends_with(['.', ';', ':']))
        .map_or(0, |k| k + 1);
    let Some(j) = (from.max(n.saturating_sub(10))..n).find(|&j| {
        PROPOSALS.contains(&bare(before[j]))
            && j > from
            && ["على", "علي"].contains(&bare(before[j - 1]))
    }) else {
        return false;
    };
    (from..j - 1).rev().take(14).any(|k| {
        let w = bare(before[k]);
        APPROVES.contains(&w) || w.strip_prefix('و').is_some_and(|v| APPROVES.contains(&v))
    })
}

/// "قال الاتحاد ... إنه يتحتم على X تسليم ...", "أكد المجلس أنه يجب على X أن ...": an
/// obligation a report states after "إنه" / "أنه", on the one after "على".
fn stated_obligation(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| ["إنه", "انه", "أنه", "بأنه"].contains(&bare(w)))
        && words
            .get(1)
            .is_some_and(|w| table::AR_OBLIGATION_VERBS.contains(&bare(w)))
        && words.get(2).is_some_and(|w| bare(w) == "على")
}

/// "ووجهوا بأن يتم الانتهاء من ...", "ووجه المجلس بأن تقوم الأمانة ...": a directive that
/// a thing be done (the verb, with "و" or not, its subject if named, then "بأن"); where its
/// "بأن" is.
fn directive(words: &[&str]) -> Option<usize> {
    let first = bare(words.first()?);
    let verb = first.strip_prefix('و').unwrap_or(first);
    if !table::AR_DIRECTS.contains(&verb) {
        return None;
    }
    // "ووجهوا، إيمانا منهم بأهمية ...، ...، بتشكيل هيئة ...": a comma right after the verb
    // opens an aside; the act is the first "بـ" and verbal noun of the forms "تفعيل" /
    // "إفعال" in the sentence after it.
    if words[0].ends_with(',') {
        return (1..words.len().min(60))
            .take_while(|&k| !words[k - 1].ends_with('.'))
            .find(|&k| {
                bare(words[k]).strip_prefix('ب').is_some_and(|n| {
                    n.starts_with(['ت', 'إ']) && n.chars().count() >= 4 && !has_article(n)
                })
            });
    }
    let at = 1 + words
        .get(1..)
        .and_then(subject)
        .map_or(0, |(_, taken)| taken);
    // "ووجه المجلس بتكثيف الجهود ...": a verbal noun after "بـ"; thanks, a manner and who
    // chaired or took part ("ووجه المجلس برئاسة X إدانته") are no directive.
    let by_noun = |w: &str| {
        let aside =
            ["برئاسة", "بمشاركة", "بحضور", "باسم"].contains(&w) || table::AR_MANNER.contains(&w);
        !aside
            && w.strip_prefix('ب').is_some_and(|n| {
                n.chars().count() >= 3 && !["الشكر", "التحية", "التهنئة", "التقدير"].contains(&n)
            })
    };
    words
        .get(at)
        .is_some_and(|w| ["بأن", "بان"].contains(&bare(w)) || by_noun(bare(w)))
        .then_some(at)
}

/// "وجه القادة، المجلس الوزاري بتشكيل هيئة ...": a directive whose subject, closed by a
/// comma, is followed by the addressee it directs and "بـ" + a verbal noun; the addressee
/// is asked, and where the act founds a body whose members an agent picks ("يتم اختيارها
/// من قبل X"), X too.
fn directed_to(words: &[&str]) -> Option<Requests> {
    // "وجه" itself opens with "و": the verb with or without a "و" before it.
    let first = bare(words.first()?);
    let verb = first.strip_prefix('و').unwrap_or(first);
    if !table::AR_DIRECTS.contains(&verb) && !table::AR_DIRECTS.contains(&first) {
        return None;
    }
    // "وجه رئيس المجلس بالنيابة سالم الحداد، ...": an office, then a person's name (up to
    // seven words, no verb nor preposition of an object) before the comma.
    let office = words
        .get(1)
        .is_some_and(|w| ["رئيس", "نائب", "وزير"].contains(&bare(w)));
    let taken = match words.get(1..).and_then(subject) {
        Some((_, taken)) => taken,
        None if office => 1,
        None => return None,
    };
    let mut at = 1 + taken;
    if !words[at - 1].ends_with(',') {
        let extra = words[at..].iter().take(7).position(|w| w.ends_with(','))?;
        let named = &words[at..=at + extra];
        if named
            .iter()
            .any(|w| is_verb(verb_form(w)) || ["إلى", "الى", "على", "من", "في"].contains(&bare(w)))
        {
            return None;
        }
        at += extra + 1;
    }
    let at = at + day_aside(&words[at..]);
    let rest = words.get(at..)?;
    if !rest
        .first()
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
    {
        return None;
    }
    let end = name_end(rest);
    // "بالإسراع في ...", "بالتنسيق مع ...": a verbal noun of the derived forms may take the
    // article; thanks ("بالتحية") do not direct.
    let derived = |n: &str| {
        n.strip_prefix("ال").is_some_and(|s| {
            s.starts_with(['إ', 'ا', 'ت'])
                && s.chars().count() >= 4
                && !["التحية", "التهنئة", "التقدير"].contains(&n)
        })
    };
    let noun = rest
        .get(end)
        .and_then(|w| bare(w).strip_prefix('ب'))
        .filter(|n| n.chars().count() >= 3 && (!has_article(n) || derived(n)))?;
    let addressees = names(&rest[..end]);
    if end == 0 || addressees.is_empty() {
        return None;
    }
    let action = action_after(&rest[end..], &["ب"])?;
    let mut act = vec![noun];
    act.extend(&rest[end + 1..]);
    let mut out = vec![(addressees, action)];
    out.extend(appointed_by(&act));
    Some(out)
}

/// "تشكيل هيئة متخصصة ...، يوكل إليها دراسة ...، ويتم توفير ... من قبل الأمانة العامة":
/// what a directive that founds a body goes on to ask: the body, of what is entrusted to it
/// (a verb of entrusting and its pronoun), and the agent a later passive names ("ويتم ...
/// من قبل X", after a comma).
fn founded_tasks(act: &[&str]) -> Requests {
    const ENTRUSTS: &[&str] = &["يوكل", "توكل", "يعهد", "تعهد", "يسند", "تسند"];
    const TO_IT: &[&str] = &["إليها", "اليها", "إليه", "اليه", "لها", "له"];
    let creates = act
        .first()
        .is_some_and(|w| ["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(w)));
    if !creates || act.len() < 3 {
        return Vec::new();
    }
    // The body founded: its name, up to the verb that describes it ("يتم اختيارها").
    let founded = &act[1..];
    let named = founded
        .iter()
        .position(|w| present_verb(bare(w)))
        .unwrap_or(founded.len());
    let body = names(&founded[..name_end(&founded[..named])]);
    let end = act
        .iter()
        .position(|w| w.ends_with(['.', ';']))
        .map_or(act.len(), |k| k + 1);
    let mut out = Vec::new();
    for k in 2..end {
        let w = bare(act[k]);
        if ENTRUSTS.contains(&w)
            && act.get(k + 1).is_some_and(|p| TO_IT.contains(&bare(p)))
            && !body.is_empty()
            && let Some(action) = action_after(&act[k + 2..end], &[])
        {
            out.push((body.clone(), action));
        }
        if ["ويتم", "وتتم"].contains(&w)
            && act[k - 1].ends_with(',')
            && let Some(agent) = by_agent(&act[k..end])
        {
            let upto = act[k + 1..end]
                .windows(2)
                .position(|p| ["من", "ومن"].contains(&bare(p[0])) && bare(p[1]) == "قبل")
                .map_or(end, |j| k + 1 + j);
            out.push((agent, clean(&act[k + 1..upto].join(" "))));
        }
    }
    out
}

/// "أشاد المجلس بجهود الهيئة،": whose efforts the sentence's praise ending right before
/// names (a name of at most four words closed by the comma).
fn praised_efforts(before: &[&str]) -> Option<Vec<String>> {
    let n = before.len();
    if n == 0 || !before[n - 1].ends_with(',') {
        return None;
    }
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    let k = (from..n)
        .rev()
        .take(5)
        .find(|&k| ["بجهود", "لجهود"].contains(&bare(before[k])))?;
    let praised = before[from..k].iter().any(|w| {
        let w = bare(w);
        table::AR_WELCOMES.contains(&w.strip_prefix('و').unwrap_or(w))
    });
    let name = &before[k + 1..];
    (praised && !name.is_empty() && name_end(name) == name.len())
        .then(|| names(name))
        .filter(|a| !a.is_empty())
}

/// "اليوم الجمعة،", "يوم الخميس،", "أمس،": a day between commas after a subject; how many
/// words it takes (none where no such day follows).
fn day_aside(words: &[&str]) -> usize {
    let weekday = |w: &str| table::AR_WEEKDAYS.iter().any(|(d, _)| *d == bare(w));
    match words {
        [a, b, ..] if ["اليوم", "يوم"].contains(&bare(a)) && weekday(b) && b.ends_with(',') => {
            2
        }
        [a, ..] if (weekday(a) || ["أمس", "امس"].contains(&bare(a))) && a.ends_with(',') => 1,
        _ => 0,
    }
}

/// What a directive asks, and of whom: the actor its "أن" clause names ("بأن تقوم الأمانة
/// العامة بـ"), the one a passive names after "من قبل" ("بأن يتم ... من قبل اللجنة"), else
/// all concerned (a call that names no one).
fn directed(words: &[&str]) -> Option<(Vec<String>, String)> {
    let enders = ["بأن", "بان", "ب"];
    let (actors, action) = unnamed_call(words, &enders)?;
    if actors.first().is_some_and(|a| a != UNNAMED) {
        return Some((actors, action));
    }
    Some((by_agent(words).unwrap_or(actors), action))
}

/// "... من قبل الأمانة العامة": the agent a passive names, before the sentence ends.
fn by_agent(words: &[&str]) -> Option<Vec<String>> {
    // The sentence's last word ("... من قبل الأمانة العامة.") is in it.
    let end = words
        .iter()
        .position(|w| w.ends_with(['.', ';']) || *w == ".")
        .map_or(words.len(), |k| if words[k] == "." { k } else { k + 1 });
    let k = words[..end]
        .windows(2)
        .position(|p| ["من", "ومن"].contains(&bare(p[0])) && bare(p[1]) == "قبل")?;
    let rest = words.get(k + 2..end)?;
    let head = rest.first()?;
    if !table::AR_ACTOR_HEADS.contains(&bare(head)) {
        return None;
    }
    let pieces = names(&rest[..name_end(rest)]);
    (!pieces.is_empty()).then_some(pieces)
}

/// "... فعلى الأمين العام أن يوفد ...", "على اللجنة أن تقدم ...": what X shall do, "على"
/// (after the "فـ" of a condition's answer) + an actor + "أن"; the actor is asked.
fn obligation(words: &[&str]) -> bool {
    let opens = words
        .first()
        .is_some_and(|w| ["فعلى", "فعلي", "على"].contains(&bare(w)));
    let named = words
        .get(1)
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)));
    opens && named && {
        let end = 1 + name_end(&words[1..]);
        words
            .get(end)
            .is_some_and(|w| ["أن", "ان"].contains(&bare(w)))
    }
}

/// Whether the clause from `from` to `to` (the next clause's start) is followed, after a
/// comma, by its own past verb again: "ودعا المجلس ...، دعا إلى ...".
fn resumed(words: &[&str], from: usize, to: usize) -> bool {
    let verb = verb_form(words[from]);
    to > from + 1
        && to < words.len()
        && words[to - 1].ends_with(',')
        && table::AR_PAST.contains(&verb)
        && verb_form(words[to]) == verb
        && !words[to].starts_with('و')
}

/// Whether the next sentence after `before`'s words says they were said in speeches ("جاء
/// ذلك في الكلمات التي ألقاها ...").
fn attributed_to_speeches(_before: &[&str], rest: &[&str]) -> bool {
    let Some(end) = rest.iter().position(|w| w.ends_with('.')) else {
        return false;
    };
    rest[end + 1..rest.len().min(end + 6)].windows(3).any(|w| {
        bare(w[0]).ends_with("جاء")
            && bare(w[1]) == "ذلك"
            && rest
                .iter()
                .skip(end + 1)
                .take(6)
                .any(|x| table::AR_SPEECH_WORDS.contains(&bare(x)))
    })
}

/// The requests of one clause: `words` from its verb or verbal noun on, after the
/// sentence's words `before` it.
fn clause(before: &[&str], words: &[&str], body: &str) -> Requests {
    let Some(first) = words.first() else {
        return Vec::new();
    };
    if not_asking(before, words) {
        return Vec::new();
    }
    CLAUSE_READERS
        .iter()
        .find_map(|read| read(before, words, body))
        .unwrap_or_else(|| verb_clause(before, words, verb_form(first), body))
}

/// The ways `clause` reads a clause, in order, before it reads it as a verb's: the first
/// that knows the clause gives its requests (none, where it asks nothing).
type ClauseReader = fn(&[&str], &[&str], &str) -> Option<Requests>;
const CLAUSE_READERS: [ClauseReader; 17] = [
    proposal_actor,
    stated_obligation_of,
    directed_to_clause,
    directive_clause,
    reiterated_clause,
    affirmed_decision_clause,
    necessity_of_doer_clause,
    adopted_resolution_clause,
    announced_meeting_clause,
    announced_decision_clause,
    time_granted_clause,
    meeting_announced_clause,
    pronoun_noun_clause,
    obligation_clause,
    noun_asking_by_lam,
    participle_clause,
    asking_noun_clause,
];

/// "وافق X على اقتراح Y بأن يقوم Z بـ ...": the proposal's actor Z is asked.
fn proposal_actor(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    (["بأن", "بان"].contains(&bare(words[0])) && approved_proposal(before)).then(|| {
        words
            .get(1..)
            .and_then(acting_subject)
            .into_iter()
            .collect()
    })
}

/// "قال الاتحاد إنه يتحتم على X تسليم ... خلال 60 يوما": X must act; not what a person
/// said ("قال الوزير إنه يجب على ...").
fn stated_obligation_of(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    if !stated_obligation(words) {
        return None;
    }
    if by_speaker(before) {
        return Some(Vec::new());
    }
    Some(
        request(&words[3..], &[], &["أن", "ان"], false, &[])
            .into_iter()
            .collect(),
    )
}

fn directed_to_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    directed_to(words)
}

fn directive_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let at = directive(words)?;
    let mut found = directed(&words[at..]);
    // "وأشاد المجلس بجهود الهيئة، ووجه بأن تستمر في أعمالها": the that-clause's verb
    // names no subject; its doer is the one whose efforts were praised before.
    if let Some((actors, _)) = &mut found
        && actors.first().is_some_and(|a| a == UNNAMED)
        && words
            .get(at)
            .is_some_and(|w| ["بأن", "بان"].contains(&bare(w)))
        && let Some(praised) = praised_efforts(before)
    {
        *actors = praised;
    }
    let mut out: Requests = found.into_iter().collect();
    if let Some(noun) = words.get(at).and_then(|w| bare(w).strip_prefix('ب')) {
        let mut act = vec![noun];
        act.extend(&words[at + 1..]);
        out.extend(founded_tasks(&act));
    }
    Some(out)
}

fn reiterated_clause(_: &[&str], words: &[&str], body: &str) -> Option<Requests> {
    reiterated(words).map(|rest| renewed(rest, body))
}

fn affirmed_decision_clause(_: &[&str], words: &[&str], body: &str) -> Option<Requests> {
    affirmed_decision(words, body).map(|found| vec![found])
}

fn necessity_of_doer_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    necessity_of_doer(words).map(|found| vec![found])
}

fn adopted_resolution_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let first = words[0];
    (adopted_resolution(before, first) && (!is_verb(verb_form(first)) || renews_mandate(words)))
        .then(|| adopted_act(before, words))
}

fn announced_meeting_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let by = announced_meeting(before, words)?;
    let act = format!("عقد {}", words[1..].join(" "));
    Some(vec![(vec![by], clean(&act))])
}

fn announced_decision_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    announced_decision(before, words).map(|found| vec![found])
}

fn time_granted_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    time_granted(words).map(|found| vec![found])
}

fn meeting_announced_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    meeting_announced(words).map(|found| vec![found])
}

/// "... الاشادة بجهود الأمينين ... وحثهما على ...": a verbal noun that asks, its
/// addressee a pronoun for the actor named before.
fn pronoun_noun_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let &(_, _, enders) = pronoun_noun(words[0]).filter(|_| in_noun_item(before))?;
    let Some(actor) = antecedent(before) else {
        return Some(Vec::new());
    };
    Some(
        action_after(&words[1..], enders)
            .map(|action| vec![(vec![actor], action)])
            .unwrap_or_default(),
    )
}

fn obligation_clause(_: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    if obligation(words)
        && let Some(found) = request(&words[1..], &[], &["أن", "ان"], false, &[])
    {
        return Some(vec![found]);
    }
    None
}

/// "ومطالبة لحكومة X ...": the verbal noun, its addressee after "لـ" (not the
/// participle "demanding").
fn noun_asking_by_lam(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let entry = asking_noun(words[0]).filter(|(_, openers, _)| {
        words
            .get(1)
            .is_some_and(|w| openers.contains(&"ل") && opens(w, openers))
    })?;
    Some(
        noun_request(entry, rest_of(words), before)
            .into_iter()
            .collect(),
    )
}

/// "داعيا إلى ...", "مكررا دعوته X إلى ...": a report's participle asks as its verb,
/// unless a person's words are reported ("وشدد رئيس الجمعية على ...، مطالبا بـ ...").
fn participle_clause(before: &[&str], words: &[&str], body: &str) -> Option<Requests> {
    let first = words[0];
    let verb = participle(first)?;
    if by_speaker(before) {
        return Some(Vec::new());
    }
    // "داعيا، في جلسته، X إلى ...": the comma closing the participle opens an aside
    // and stays with the verb.
    let closed = format!("{verb},");
    let head = if first.ends_with(',') {
        closed.as_str()
    } else {
        verb
    };
    let words: Vec<&str> = std::iter::once(head)
        .chain(words[1..].iter().copied())
        .collect();
    Some(clause(before, &words, body))
}

fn asking_noun_clause(before: &[&str], words: &[&str], _: &str) -> Option<Requests> {
    let entry = asking_or_opening_noun(before, words)?;
    // "وقال رئيس البرلمان إن البرلمان بحث مشاريع قرارات، من ضمنها ... ودعوة X إلى
    // ...": a verbal noun in a person's reported words asks nothing yet.
    if !before.is_empty() && by_speaker(before) {
        return Some(Vec::new());
    }
    Some(
        noun_request(entry, rest_of(words), before)
            .into_iter()
            .collect(),
    )
}

/// Whether a clause's verb asks nothing: it describes, is said by someone, tells of an
/// earlier call or one to come, or has a subject other than the body.
fn not_asking(before: &[&str], words: &[&str]) -> bool {
    let first = words[0];
    // "اللجنة التي قرر المجلس تمديد ولايتها": a verb in a relative clause describes.
    let relative = before
        .last()
        .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)));
    if spoken(before)
        || spoken_after(words)
        || described(before, words)
        || relative
        || any_one_that(before, first)
        || person_subject(words)
        || other_party_subject(words)
        || (recommends_approval(words) && referral(words).is_none())
    {
        return true;
    }
    // "وكان العراق قد دعا ...، ودعوة ...": an earlier call, told; "ومن المتوقع أن يجدد
    // المجلس ...، داعيا ...": one to come.
    if told_or_expected(before) {
        return true;
    }
    // "أن المملكة دعت الوزراء إلى ...": a State named before the verb calls, not the body.
    if stated_subject(before, first) {
        return true;
    }
    // "كان رئيس المفوضية ... أدان ...، ودعا إلى ...": a person's call, its subject elided;
    // not the body named after the verb, nor before it after "إن" ("قال رئيس المجلس إن
    // المجلس قرر ..."), nor those a plural verb names ("قال ...: حيث كلفوا ...").
    let own_subject = words
        .get(1)
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
        || body_before_verb(before);
    let plural = verb_form(first).ends_with("وا");
    table::AR_PAST.contains(&verb_form(first)) && !own_subject && !plural && by_speaker(before)
}

/// "لم تتلق أي طلب من أي جهة رسمية، تطالب بعقد ...": a present verb describing "any" one
/// named just before it (an indefinite noun after "أي"), not a call.
fn any_one_that(before: &[&str], verb: &str) -> bool {
    let present = verb_form(verb).starts_with(['ي', 'ت']) && bare(verb) == verb_form(verb);
    let n = before.len();
    present
        && (2..=4).any(|d| {
            n >= d
                && ["أي", "اي", "أية", "اية"].contains(&bare(before[n - d]))
                && before[n - d + 1..]
                    .iter()
                    .all(|w| !has_article(bare(w)) && !w.ends_with('.'))
        })
}

/// "... إن المجلس قرر": "إن" / "أن" and the body just before the verb.
fn body_before_verb(before: &[&str]) -> bool {
    let n = before.len();
    let one_word = n >= 2
        && ["أن", "ان", "إن"].contains(&bare(before[n - 2]))
        && table::AR_BODY_HEADS.contains(&bare(before[n - 1]))
        && !before[n - 1].ends_with([',', '.']);
    // "... للصحافيين أن مجلس السلم والأمن التابع للاتحاد قرر ...": the body's whole name
    // (its subject's words, up to eight) between "أن" and the verb.
    let named = (3..=9).any(|d| {
        n >= d
            && ["أن", "ان", "إن"].contains(&bare(before[n - d]))
            && before[n - d + 1..]
                .iter()
                .all(|w| !w.ends_with([',', '.', ';', ':']))
            && subject(&before[n - d + 1..]).is_some_and(|(_, taken)| taken == d - 1)
    });
    one_word || named
}

/// "بإحالة موضوع ... إلى اللجنة الثقافية لدراسة ...", "على أن يحال الموضوع إلى X لبحث
/// ...": whom a matter is referred to, and what for.
fn referral(words: &[&str]) -> Option<(Vec<String>, String)> {
    let refers = |w: &str| {
        let w = bare(w);
        let w = w
            .strip_prefix('ب')
            .filter(|r| r.chars().count() >= 4)
            .unwrap_or(w);
        ["إحالة", "احالة", "يحال", "تحال", "أحيل", "احيل"].contains(&w)
    };
    let k = words.iter().position(|w| refers(w))?;
    let to = (k + 1..words.len().min(k + 10))
        .take_while(|&i| !words[i - 1].ends_with('.'))
        .find(|&i| ["إلى", "الى"].contains(&bare(words[i])) || joined_to(words, k, i))?;
    // "إلى X لـ ...", or "الموضوع للمنظمة X لـ ...": "لـ" joined to the name.
    let restored = bare(words[to])
        .strip_prefix("لل")
        .map(|r| format!("ال{r}"))
        .filter(|_| !["إلى", "الى"].contains(&bare(words[to])));
    // The words after "إلى", or after the joined name with that name restored first.
    let mut named: Vec<&str> = restored.iter().map(String::as_str).collect();
    named.extend(&words[to + 1..]);
    let mut end = name_end(&named);
    // "... للتنمية الزراعية للاختصاص".": a last "لـ" word that ends the sentence is what
    // for, not the name's.
    if end == named.len() && end > 1 && named[end - 1].starts_with("لل") {
        end -= 1;
    }
    let what = named.get(end).map(|w| bare(w))?;
    // "لدراسة" is "دراسة"; "للاختصاص" is "الاختصاص".
    let act = match what.strip_prefix("لل") {
        Some(r) => format!("ال{r}"),
        None => what.strip_prefix('ل').unwrap_or_default().to_string(),
    };
    if act.chars().count() < 3 {
        return None;
    }
    let actors = names(&named[..end]);
    if actors.is_empty() {
        return None;
    }
    let mut action = vec![act.as_str()];
    action.extend(&named[end + 1..]);
    Some((actors, clean(&action.join(" "))))
}

/// "بإحالة الموضوع للمنظمة ...": the name the matter goes to, "لـ" joined to it, right
/// after the matter referred.
fn joined_to(words: &[&str], k: usize, i: usize) -> bool {
    i == k + 2
        && has_article(bare(words[k + 1]))
        && bare(words[i])
            .strip_prefix("لل")
            .is_some_and(|r| r.chars().count() >= 3)
}

/// "توصي اللجنة بالموافقة على ما يأتي": a committee recommends the
/// council's approval of what follows; the committee is its subject, not asked.
fn recommends_approval(words: &[&str]) -> bool {
    table::AR_RECOMMENDS.contains(&verb_form(words[0]))
        && words
            .get(1)
            .is_some_and(|w| ["لجنة", "اللجنة"].contains(&bare(w)))
        && words
            .iter()
            .skip(2)
            .take(6)
            .any(|w| ["بالموافقة", "بموافقة"].contains(&bare(w)))
}

/// "اعتمدت الجمعية العامة قرارا يقضي بـ ...": what the resolution adopted decides, by the
/// body that adopted it.
fn adopted_act(before: &[&str], words: &[&str]) -> Requests {
    let first = words[0];
    // "وافق X على قرار يمدد ... . ومن المقرر أن ...": the act ends with its sentence.
    let words = match words.iter().position(|w| w.ends_with('.')) {
        Some(k) => &words[..=k],
        None => words,
    };
    adopting_body(before)
        .map(|by| {
            let act = if provides_word(first) {
                &words[1..]
            } else {
                words
            };
            let act = act.join(" ");
            let act = act.strip_prefix(['ب', 'ل']).unwrap_or(&act);
            vec![(vec![by], clean(act))]
        })
        .unwrap_or_default()
}

/// "قراراً يجدد لمدة عام تفويض البعثة", "قرارا يجدد تفويضها": a resolution that renews a
/// mandate (for a period), not one that renews a call or a view ("يجدد دعوته", "يجدد دعمه").
fn renews_mandate(words: &[&str]) -> bool {
    let renews = words
        .first()
        .is_some_and(|w| table::AR_RENEWS.contains(&bare(w)));
    let what = words.get(1).map(|w| bare(w)).unwrap_or_default();
    let what = what.strip_prefix("ال").unwrap_or(what);
    renews
        && (["لمدة", "لفترة"].contains(&what)
            || table::AR_MANDATE_WORDS.iter().any(|m| what.starts_with(m)))
}

/// The verbal noun a clause opens with, if it asks: not a past verb with its subject.
fn asking_or_opening_noun(before: &[&str], words: &[&str]) -> Option<&'static Entry> {
    let first = words[0];
    // "وحث المجلس ... على": a past verb with its subject, not the verbal noun "حث".
    let past_with_subject = table::AR_PAST.contains(&verb_form(first))
        && words
            .get(1)
            .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)));
    let noun = if past_with_subject {
        None
    } else if before.is_empty() || opening_noun(first).is_some() && noun_opens(before) {
        asking_noun(first).or_else(|| opening_noun(first))
    } else {
        asking_noun(first)
    };
    noun.or_else(|| by_noun(first, words.get(1), before))
        .or_else(|| besides_noun(before, first))
        .filter(|_| !past_with_subject)
}

/// The requests of a clause that opens with a verb (`verb`, its form): a decision, a
/// renewal, a recommendation, or a verb of the tables and its addressee.
fn verb_clause(before: &[&str], words: &[&str], verb: &str, body: &str) -> Requests {
    let first = words[0];
    // "وطلبت، خلال اجتماعها ...، من ...": the comma after the verb opens an aside.
    let aside = bare(first) != first && first.ends_with(',');
    let rest = &words[1..];
    if let Some(found) = kind_clause(before, rest, verb, body) {
        return found;
    }
    if let Some(found) = recommended_referral(verb, rest) {
        return vec![found];
    }
    if let Some(found) = recommended(verb, rest) {
        return vec![found];
    }
    if let Some(found) = joined_subject_request(before, words, verb) {
        return found;
    }
    if let Some(entry) = table::AR_VERBS.iter().find(|(v, _, _)| *v == verb) {
        let mut found = table_verb_clause(before, rest, entry, aside, body);
        // "يوجه الشكر إلى ...", "وجهت الدعوة إلى ...": a directive asks a body or an actor.
        // "كما وجه رئيس المجلس دعوته إلى الوزراء لحضور ...": what is directed is a call, a
        // word or thanks (named before the act), and whom it goes to is no one asked.
        if table::AR_DIRECTING.contains(&verb) {
            let object = rest.iter().take(8).any(|w| {
                let w = bare(w);
                table::AR_DIRECTED_OBJECTS.contains(&w.strip_prefix("ال").unwrap_or(w))
            });
            found.retain(|(actors, act)| {
                !object
                    && !actors.is_empty()
                    && actors.iter().all(|a| directed_head(a))
                    && !act.split_whitespace().next().is_some_and(directed_head)
            });
        }
        // "ودُعي الوزراء إلى حضور الجلسة": an invitation to attend.
        if ["دعي", "دعيت", "يدعى", "تدعى"].contains(&verb) {
            found.retain(|(_, act)| {
                act.split_whitespace()
                    .next()
                    .is_none_or(|w| !table::AR_ATTENDS.contains(&bare(w)))
            });
        }
        return found;
    }
    if let Some(&(_, _, enders)) = pronoun_verb(verb) {
        return pronoun_verb_clause(before, verb, rest, enders);
    }
    Vec::new()
}

/// Whether an actor a directive names opens with the head of a body or an actor ("الأمانة
/// العامة", "الوزراء", "الأجهزة المتفرعة"), not with what is directed ("الشكر", "الدعوة").
fn directed_head(actor: &str) -> bool {
    actor.split_whitespace().next().is_some_and(|w| {
        let w = bare(w);
        table::AR_ACTOR_HEADS.contains(&w)
            || table::AR_BODY_HEADS.contains(&w)
            || table::AR_DIRECTED_HEADS.contains(&w)
    })
}

/// The requests of a clause whose verb decides, approves, provides, establishes or renews
/// (None for any other verb).
fn kind_clause(before: &[&str], rest: &[&str], verb: &str, body: &str) -> Option<Requests> {
    if table::AR_DECIDES.contains(&verb) {
        return Some(decision_clause(before, rest, verb, body));
    }
    if table::AR_APPROVES.contains(&verb) {
        return Some(approved(rest, body));
    }
    if table::AR_PROVIDES.contains(&verb) {
        return Some(provided(rest, body));
    }
    // "ويمدد القرار 12 شهرا للبعثة ...": the text named after its own verb of extension
    // provides the extension, as "وينص القرار على تمديد ..." does.
    if table::AR_TEXT_EXTENDS.contains(&verb)
        && rest
            .first()
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
    {
        let mut words = vec![rest[0], "على", "تمديد"];
        words.extend_from_slice(&rest[1..]);
        return Some(provided(&words, body));
    }
    if table::AR_ESTABLISHES.contains(&verb) {
        return Some(established(rest, body));
    }
    if table::AR_RENEWS.contains(&verb) {
        return Some(renewed(rest, body));
    }
    None
}

/// "توصي اللجنة بإحالة الموضوع إلى X لدراسته", "... على أن يحال الموضوع إلى X لبحث
/// ...": a committee recommends a referral; X is asked.
/// "وتوصي بإحالة الموضوع للمنظمة X للاختصاص": the committee named before.
fn recommended_referral(verb: &str, rest: &[&str]) -> Option<(Vec<String>, String)> {
    if table::AR_RECOMMENDS.contains(&verb)
        && rest.first().is_some_and(|w| {
            let w = bare(w);
            ["لجنة", "اللجنة"].contains(&w) || ["بإحالة", "باحالة"].contains(&w)
        })
    {
        return referral(rest);
    }
    None
}

/// The request of a verb of the tables (`entry`: the verb, its openers and enders);
/// `aside` when a comma follows the verb.
fn table_verb_clause(
    before: &[&str],
    rest: &[&str],
    &(v, openers, enders): &Entry,
    aside: bool,
    body: &str,
) -> Requests {
    // "تعهد القادة بالعمل ...": a pledge; "تعهد إلى X بـ ..." entrusts X.
    if ["تعهد", "يعهد", "عهد"].contains(&v)
        && !rest[..rest.len().min(12)]
            .iter()
            .any(|w| opens(w, openers) || table::AR_PRONOUN_ADDRESSEES.contains(&bare(w)))
    {
        return Vec::new();
    }
    // "أوصوا مجلس X بـ ...", "دعوا مجلس X إلى ...": a plural past verb holds its subject;
    // the body after it is the one asked, as after a present verb.
    let body_next = rest
        .first()
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)));
    let past = table::AR_PAST.contains(&v) && !(v.ends_with("وا") && body_next);
    // "وطالب مجلس الأمن والأمم المتحدة بتحمل مسؤولياتهما": two bodies joined before
    // the act are those asked (the subject is the sentence's, elided).
    if past && !aside && coordinated_addressees(rest, enders, body) {
        return request(rest, openers, enders, false, before)
            .into_iter()
            .collect();
    }
    // "ودعا، خلال الاجتماع ...، برئاسة ...، اليوم، إلى ...": an aside of several
    // commas between the verb and its ender; the call names no one.
    if aside
        && openers.is_empty()
        && let Some(k) = (1..rest.len().min(45))
            .find(|&k| rest[k - 1].ends_with(',') && ends_at(rest[k], enders))
    {
        return request(&rest[k..], openers, enders, false, before)
            .into_iter()
            .collect();
    }
    request(rest, openers, enders, past || aside, before)
        .into_iter()
        .collect()
}

/// The request of a verb with its addressee as a pronoun ("دعاه", "يدعوهم"): the one named
/// before, and any others joined to it ("وحثه هو والجهات الداعية على ...").
fn pronoun_verb_clause(before: &[&str], verb: &str, rest: &[&str], enders: &[&str]) -> Requests {
    let plural = verb.ends_with("هم") || verb.ends_with("هما");
    // "تعرب عن ارتياحها لـ X، وY، وZ، لما أسهمت به ...، وتدعوها إلى ...": the pronoun
    // stands for those the paragraph thanks.
    let thanked = (plural || verb.ends_with("ها"))
        .then(|| thanked_names(before))
        .flatten();
    let actors = match thanked {
        Some(list) => list,
        None => match antecedent_of(before, plural) {
            Some(actor) => vec![actor],
            None => return Vec::new(),
        },
    };
    let (more, rest) = with_pronoun(rest, enders);
    action_after(rest, enders)
        .map(|action| ([actors, more].concat(), action))
        .into_iter()
        .collect()
}

/// The names a paragraph thanks, by "لـ" after a word of thanks ("ارتياحها للجنة X،
/// واللجنة Y، ...") up to the reason ("لما", "على", "عن"): two or more, each up to its
/// comma.
fn thanked_names(before: &[&str]) -> Option<Vec<String>> {
    let t = before
        .iter()
        .rposition(|w| table::AR_THANKS_FOR.contains(&bare(w)))?;
    let first = before.get(t + 1)?.strip_prefix('ل')?;
    let mut span: Vec<&str> = before[t + 1..].to_vec();
    span[0] = first;
    let mut out = Vec::new();
    for piece in span.split_inclusive(|w| w.ends_with(',')) {
        let head = bare(piece[0]);
        let head = head.strip_prefix('و').unwrap_or(head);
        if ["لما", "على", "عن"].contains(&head) {
            break;
        }
        let mut words = piece.to_vec();
        words[0] = words[0].strip_prefix('و').unwrap_or(words[0]);
        if !table::AR_ACTOR_HEADS.contains(&bare(words[0])) {
            break;
        }
        // The whole piece up to its comma, unless it runs long.
        let end = if words.len() <= 10 {
            words.len()
        } else {
            name_end(&words).max(1)
        };
        out.push(
            words[..end]
                .join(" ")
                .trim_end_matches([',', ';', '.'])
                .to_string(),
        );
    }
    (out.len() >= 2).then_some(out)
}

/// Whether a past verb's words open with a body other than the text's, "و" and another
/// name, then the verb's ender ("مجلس الأمن والأمم المتحدة بتحمل ...").
fn coordinated_addressees(rest: &[&str], enders: &[&str], body: &str) -> bool {
    if !rest
        .first()
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
    {
        return false;
    }
    let end = name_end_before(rest, enders);
    if rest[..end].iter().any(|w| w.ends_with([',', '.'])) {
        return false;
    }
    let pieces = names(&rest[..end]);
    // The first name is the body's whole name ("القمة الأمانة العامة ..." is a subject and
    // then its addressee).
    let whole = subject(rest).is_some_and(|(name, _)| {
        pieces
            .first()
            .is_some_and(|p| *p == name || name.starts_with(p.as_str()))
    });
    let other = whole
        && pieces
            .first()
            .is_some_and(|n| n != body && !body.starts_with(n.as_str()));
    pieces.len() >= 2
        && other
        && rest.get(end).is_some_and(|w| {
            enders
                .iter()
                .any(|e| e.chars().count() == 1 && w.starts_with(e) && w.chars().count() > 4)
        })
}

/// What a verb of decision decides, and by which body.
fn decision_clause(before: &[&str], rest: &[&str], verb: &str, body: &str) -> Requests {
    // "لفترة ستة أشهر، يقرر بعدها مجلس الأمن ...": a decision to come, after a period.
    if rest
        .first()
        .is_some_and(|w| table::AR_LATER.contains(&bare(w)))
    {
        return Vec::new();
    }
    let past = table::AR_PAST.contains(&verb);
    // "واعتبر مجلس الأمن أن ...، لذلك قرر تمديد ...": the body named before.
    let named_before = past.then(|| decider_before(before)).flatten();
    decision(rest, named_before.as_deref().unwrap_or(body), past)
}

/// The body named before a past decision as a subject ("واعتبر مجلس الأمن ...", "قرر
/// أصحاب الجلالة والسمو قادة دول ..."): right after a verb, a "و" verb, an honorific or a
/// break; not a name after a preposition, a slash or another noun ("في / قمة مسقط /",
/// "قبل انعقاد الدورة ...", "لقادة دول مجلس التعاون"), nor a meeting to come.
fn decider_before(before: &[&str]) -> Option<String> {
    let k = (0..before.len()).rev().find(|&k| {
        table::AR_BODY_HEADS.contains(&bare(before[k]))
            && subject_position(before, k)
            && !before
                .get(k + 1)
                .is_some_and(|w| table::AR_NEXT.contains(&bare(w)))
    })?;
    subject(&before[k..]).map(|(name, _)| name)
}

/// Whether the word at `k` stands where a verb's subject does: after a verb of the
/// tables, a "و" verb, an honorific or a break; or after any other word that is no
/// preposition, slash nor noun ("أعلن مجلس ..."), unless it names a meeting ("قبل انعقاد
/// الدورة ...": a meeting after an unknown word is more likely what is awaited).
fn subject_position(words: &[&str], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| words[p]) else {
        return true;
    };
    let w = bare(prev);
    let joined_verb = w.strip_prefix('و').is_some_and(|r| {
        r.chars().count() >= 3
            && !has_article(r)
            && !table::AR_ACTOR_HEADS.contains(&r)
            && !table::AR_BODY_HEADS.contains(&r)
    });
    let known = table::AR_HONORIFIC_TITLES.contains(&w)
        || (prev != "/" && prev.ends_with([',', ';', '.', ':']))
        || is_verb(verb_form(prev))
        || table::AR_PAST.contains(&verb_form(prev))
        || joined_verb;
    let blocked = prev == "/"
        || [
            "في", "فى", "على", "إلى", "الى", "من", "عن", "مع", "أمام", "حول", "بعد", "قبل", "خلال",
        ]
        .contains(&w)
        || has_article(w)
        || table::AR_ACTOR_HEADS.contains(&w)
        || table::AR_BODY_HEADS.contains(&w);
    let meeting = ["الدورة", "القمة", "الاجتماع", "دورة", "قمة", "اجتماع"].contains(&bare(words[k]));
    known || (!blocked && !meeting)
}

/// "كما يقضي القرار بعقد مفاوضات ...", "وينص القرار على تكليف X بـ ...": what the text
/// named after the verb provides for, as a decision of the body.
fn provided(rest: &[&str], body: &str) -> Requests {
    if !rest
        .first()
        .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
    {
        return Vec::new();
    }
    // "وينص القرار الجديد على تمديد ...": the text is new, or the latest.
    let mut k = 1 + rest[1..]
        .iter()
        .take_while(|w| {
            adjective(bare(w)) || bare(w) == "الدولي" || table::AR_TEXT_NEW.contains(&bare(w))
        })
        .count();
    // "ونص القرار الذي تم تبنيه بعد مفاوضات، على تشكيل ...": past the text's relative
    // clause to the comma that closes it.
    if rest
        .get(k)
        .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
        && let Some(c) = (k..rest.len().min(k + 12))
            .take_while(|&c| !rest[c].ends_with('.'))
            .find(|&c| rest[c].ends_with(','))
    {
        k = c + 1;
    }
    let Some(first) = rest.get(k) else {
        return Vec::new();
    };
    let mut words: Vec<&str> = rest[k..].to_vec();
    if bare(first) == "على" {
        words.remove(0);
    } else if let Some(noun) = first.strip_prefix('ب').filter(|n| n.chars().count() >= 3) {
        words[0] = noun;
    } else {
        return Vec::new();
    }
    // "كما نص البيان على ضرورة تحصين ...": a necessity the text states is a view; one
    // that names who is to act ("على ضرورة قيام X بـ ...") asks X.
    if words
        .first()
        .is_some_and(|w| table::AR_NECESSITY.contains(&bare(w)))
    {
        if words.get(1).is_none_or(|w| bare(w) != "قيام") {
            return Vec::new();
        }
        words.remove(0);
    }
    // "نص القرار على UN.org", "- نص القرار على الموقع": the text itself (a link), not what
    // it provides for (a verbal noun without its article: "على تمديد ...", "بعقد ...").
    let act = words.first().map(|w| bare(w)).unwrap_or_default();
    if act.chars().count() < 3
        || !act.chars().next().is_some_and(is_arabic_letter)
        || has_article(act)
    {
        return Vec::new();
    }
    // "ونص القرار على أنه «... فقد دعا المجلس X إلى ...»": "that it ..." opens what the
    // text says, read by its own verbs; it is no act of the body's.
    if ["أنه", "أنها", "انه", "انها"].contains(&act) {
        return Vec::new();
    }
    // "ينص القرار على وقف فوري لإطلاق النار ...": what the parties are to do, a call
    // naming no one unless its noun names them ("على انسحاب القوات ...").
    if table::AR_PARTIES_ACTS.contains(&act) {
        return unnamed_call(&words, &[]).into_iter().collect();
    }
    decided(&words, body)
}

/// "وينشئ المجلس لجنة ... مكلفة بـ ...": what the text
/// establishes (the body's act) and, where the text says it, what the new body is tasked
/// with (its own mandate).
fn established(rest: &[&str], body: &str) -> Requests {
    let (by, mut i) = match subject(rest) {
        Some((name, taken)) => (name, taken),
        None => (body.to_string(), 0),
    };
    // "بموجب هذا القرار": by the text itself.
    if rest.get(i).is_some_and(|w| bare(w) == "بموجب") {
        i += 1 + rest[i + 1..]
            .iter()
            .take(2)
            .take_while(|w| ["هذا", "القرار", "قراره"].contains(&bare(w)))
            .count();
    }
    let words = &rest[i.min(rest.len())..];
    let tasked = words
        .iter()
        .take(8)
        .position(|w| ["مكلفة", "مكلف", "المكلفة", "المكلف"].contains(&bare(w)));
    let end = tasked.unwrap_or_else(|| name_end(words));
    if end == 0 {
        return Vec::new();
    }
    let created = words[..end].join(" ");
    let mut out = vec![(vec![by], clean(&format!("إنشاء {created}")))];
    if let Some(t) = tasked
        && let Some(action) = action_after(&words[t + 1..], &["ب"])
    {
        out.push((vec![clean(&created)], action));
    }
    out
}

/// "وأقرت الجمعية تعزيز التمويل ...", "أقر المجلس العمل على ...": the body named after the
/// verb approves an act of its own (a verbal noun); approving a text ("أقر المجلس مشروع
/// القرار", "الميزانية") tells it adopted.
fn approved(rest: &[&str], body: &str) -> Requests {
    let Some((_, taken)) = subject(rest) else {
        return Vec::new();
    };
    // "أقر المجلس في جلسته بشأن ... التي عقدت، اليوم، تمديد ...": past the meeting
    // and its day.
    let mut at = skip_meeting(rest, skip_asides(rest, skip_adverbs(rest, taken)));
    while rest
        .get(at)
        .is_some_and(|w| table::AR_TIME_WORDS.contains(&bare(w)))
    {
        at += 1;
    }
    let act = rest.get(at).map(|w| bare(w)).unwrap_or_default();
    let noun = act.strip_prefix("ال").unwrap_or(act);
    // "أقرت الجمعية عقد دورتها المقبلة في X": holding its own meeting (a meeting's noun
    // after "عقد"; "عقد الإيجار" is a contract).
    let holds = act == "عقد"
        && rest.get(at + 1).is_some_and(|w| {
            let w = bare(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            ["دور", "اجتماع", "جلس", "قمة", "مؤتمر", "ندوة"]
                .iter()
                .any(|m| w.starts_with(m))
        });
    let verbal = (noun.starts_with('ت') && noun.chars().count() >= 4)
        || holds
        || ["العمل", "إنشاء", "انشاء", "إعداد", "اعداد"].contains(&act);
    if !verbal || table::AR_TEXT_HEADS.contains(&act) {
        return Vec::new();
    }
    decision(rest, body, true)
}

/// "... وأدان ... ودعا مجلس الأمن الدولي لاتخاذ ...": after "و" the sentence's subject
/// goes on; the body named at once, with the act right after it, is the one asked. None
/// when the clause is not such.
fn joined_subject_request(before: &[&str], words: &[&str], verb: &str) -> Option<Requests> {
    let first = words[0];
    let rest = &words[1..];
    if first.starts_with('و')
        && table::AR_PAST.contains(&verb)
        && let Some(&(_, openers, enders)) = table::AR_VERBS.iter().find(|(v, _, _)| *v == verb)
        && let Some((name, taken)) = subject(rest)
        // "ودعا المجلس ..." goes on with its subject; "وناشد الجامعة العربية لـ ..." after
        // another body asks the League.
        && (!name.starts_with("ال") || name.split_whitespace().count() >= 2)
        && rest
            .get(taken)
            .is_some_and(|w| !w.ends_with(',') && ends_at(w, enders))
        && !rest[taken - 1].ends_with(',')
        && other_subject_before(before, &name)
    {
        return Some(
            request(rest, openers, enders, false, before)
                .into_iter()
                .collect(),
        );
    }
    None
}

/// "وحثه هو والجهات الداعية على ...": after a pronoun addressee, "هو" and another name
/// joined by "و" are asked too. The names and the words after them.
fn with_pronoun<'a, 'b>(rest: &'a [&'b str], enders: &[&str]) -> (Vec<String>, &'a [&'b str]) {
    let emphatic = rest
        .first()
        .is_some_and(|w| ["هو", "هي", "هم", "هما"].contains(&bare(w)));
    let joined = rest.get(1).and_then(|w| bare(w).strip_prefix('و'));
    let (true, Some(head)) = (emphatic, joined) else {
        return (Vec::new(), rest);
    };
    let mut words: Vec<&str> = rest[1..].to_vec();
    words[0] = head;
    let end = name_end_before(&words, enders);
    (names(&words[..end]), &rest[1 + end..])
}

/// Whether the sentence so far tells an earlier act ("وكان X قد ...") or one expected
/// ("من المتوقع أن", "من المنتظر أن", "من المقرر أن"): neither is the body's decision.
fn told_or_expected(before: &[&str]) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    let sentence = &before[from..];
    let told = sentence.windows(2).enumerate().any(|(k, w)| {
        ["كان", "وكان", "كانت", "وكانت"].contains(&bare(w[0]))
            && sentence[k + 1..sentence.len().min(k + 5)]
                .iter()
                .any(|x| bare(x) == "قد")
    });
    let expected = sentence
        .windows(2)
        .any(|w| table::AR_EXPECTED.contains(&bare(w[0])) && ["أن", "ان"].contains(&bare(w[1])));
    // "كما سيبعث الاجتماع برسالة ... تطالبه": a meeting's act to come.
    let future = sentence.iter().any(|w| future_verb(bare(w)));
    // "عقدت اجتماعا ...، بغية مطالبة ...": what it was held for.
    let purpose = before
        .last()
        .is_some_and(|w| table::AR_PURPOSE.contains(&bare(w)));
    told || expected || future || purpose
}

/// "جدير بالذكر أن المملكة دعت ...": "أن" + one name that is no body + a past verb.
fn stated_subject(before: &[&str], verb: &str) -> bool {
    let n = before.len();
    n >= 2
        && table::AR_PAST.contains(&verb_form(verb))
        && ["أن", "ان", "إن"].contains(&bare(before[n - 2]))
        && !before[n - 1].ends_with([',', '.'])
        && !table::AR_BODY_HEADS.contains(&bare(before[n - 1]))
        && !table::AR_TEXT_HEADS.contains(&bare(before[n - 1]))
}

/// "سيبعث", "ستطالب", "وسيدعو": "سـ" + a present verb of the tables or of a report's
/// meeting (not "سيادته", "ستة").
fn future_verb(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    w.strip_prefix('س').is_some_and(|v| {
        v.starts_with(['ي', 'ت'])
            && (table::AR_VERBS.iter().any(|(x, _, _)| *x == v)
                || table::AR_FUTURE_ACTS.contains(&v))
    })
}

/// "وفي الكلمات المتتالية للقادة، دعا الجميع إلى ...", "وفي كلمته ...": what a speaker
/// urged in a speech, in the sentence so far; the body asked nothing.
fn spoken(before: &[&str]) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    // "غوتيريش يرفع تقريره لمجلس الأمن ويطالب بـ ...": a person's own report or speech
    // named before the call.
    let own = before[from..]
        .iter()
        .any(|w| table::AR_OWN_WORDS.contains(&bare(w)));
    own || before[from..].windows(2).any(|w| {
        ["في", "وفي", "فى", "وفى"].contains(&bare(w[0]))
            && table::AR_SPEECH_WORDS.contains(&bare(w[1]))
    })
}

/// Whether a past verb's subject is a person or a State, not the body: "أوصى الأمين العام
/// ... ضمن تقريره" (his own report in the sentence), "دعا الأمين العام الجانبين إلى ..."
/// (a second name after the person's), "وطالب غوتيريش من مجلس الأمن ..." (a name that
/// is no body before "من").
/// "وطالب آلاف المتظاهرين باستقالة ...", "وحثت المعارضة الحكومة على ...": a news text
/// telling the calls of others than the body (the past verb's subject, maybe after a count
/// of them, in `AR_OTHER_PARTIES`).
fn other_party_subject(words: &[&str]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    if !table::AR_PAST.contains(&verb_form(first)) {
        return false;
    }
    let at = usize::from(
        words
            .get(1)
            .is_some_and(|w| table::AR_CROWD_COUNTS.contains(&bare(w))),
    );
    words
        .get(1 + at)
        .is_some_and(|w| table::AR_OTHER_PARTIES.contains(&bare(w)))
}

fn person_subject(words: &[&str]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    // "وجه رئيس المجلس ... X بـ ...": an office holder's directive asks X (`directed_to`).
    if !table::AR_PAST.contains(&verb_form(first))
        || table::AR_DIRECTS.contains(&verb_form(first))
        || first.ends_with(',')
    {
        return false;
    }
    let end = words[1..]
        .iter()
        .position(|w| w.ends_with('.'))
        .map_or(words.len(), |k| k + 2);
    let sentence = &words[1..end.min(words.len())];
    let own = sentence
        .iter()
        .any(|w| table::AR_OWN_WORDS.contains(&bare(w)));
    // "طالب الدكتور X ...": a title before a person's own name.
    if words
        .get(1)
        .is_some_and(|w| table::AR_PERSON_TITLES.contains(&w.trim_end_matches(',')))
    {
        return true;
    }
    let person = words
        .get(1)
        .is_some_and(|w| table::AR_PERSON_HEADS.contains(&bare(w)));
    // "وناشدت رئيسة وفد X في اجتماعات المجلس ...، المجلس ...": a member's delegate speaks.
    let delegate = person
        && words
            .get(2)
            .is_some_and(|w| table::AR_DELEGATIONS.contains(&bare(w)));
    if delegate {
        return true;
    }
    if person {
        // "وزير خارجية العراق": a title in construct, its owner defined, before the rest.
        let links = words[2..]
            .iter()
            .take(3)
            .take_while(|w| !has_article(bare(w)) && !w.ends_with([',', '.']))
            .count();
        let owned = links > 0
            && words
                .get(2 + links)
                .is_some_and(|w| has_article(bare(w)) && !w.ends_with([',', '.']));
        let start = if owned { 3 + links } else { 2 };
        // The person's title: its head, adjectives and owner ("الأمين العام للأمم المتحدة").
        let after = start
            + words[start.min(words.len())..]
                .iter()
                .take_while(|w| {
                    let w = bare(w);
                    adjective(w) || table::AR_GENITIVE_NAMES.contains(&w) || w == "المتحدة"
                })
                .count();
        let second = words.get(after).is_some_and(|w| {
            let w = bare(w);
            has_article(w) && !adjective(w) && !words[after - 1].ends_with(',')
        });
        return own || second;
    }
    // "وطالب غوتيريش من ...": one or two words that name no body, then "من" (not "ودعا
    // كلا من X وY إلى ...": "each of" the addressees).
    !each_of(&words[1..])
        && (2..=3).any(|k| {
            words.get(k).is_some_and(|w| bare(w) == "من")
                && words[1..k].iter().all(|w| {
                    let w = bare(w);
                    !w.is_empty()
                        && !table::AR_BODY_HEADS.contains(&w)
                        && !table::AR_TEXT_HEADS.contains(&w)
                        && !table::AR_ADVERBS.contains(&w)
                        && !has_article(w)
                })
                && !words[..k].iter().any(|w| w.ends_with(','))
        })
}

/// Whether `w` follows a resolution the sentence says a body adopted ("اعتمدت الجمعية
/// العامة بأغلبية كبيرة قرارا يطالب ...", "اعتمد المجلس قرار تمديد ..."): a request verb,
/// "يقضي بـ", or the verbal noun of a resolution named by its act.
fn adopted_resolution(before: &[&str], w: &str) -> bool {
    let before = trim_description(before, w);
    let (before, last_comma) = trim_day_set_off(before);
    // "قرارا تحت الفصل N من ميثاق X يقضي بـ ...": the Charter's chapter it
    // was adopted under stands between it and its act.
    let before = &before[..before.len() - chapter_phrase(before)];
    let before = trim_manner(before);
    let (before, numbered) = trim_number(before);
    let Some((last, earlier)) = before.split_last() else {
        return false;
    };
    let resolution = names_resolution(last, w, numbered, last_comma);
    // "وافقت الجمعية على قرار لإحياء الذكرى": approving a resolution "for" a purpose
    // names no act of its own; "على قرار بنشر قوة" does.
    let approved = earlier
        .last()
        .is_some_and(|x| ["على", "علي"].contains(&bare(x)));
    if approved && bare(w).starts_with('ل') {
        return false;
    }
    let act = names_act(last, w);
    // "قرارين اقترحتهما X": who proposed the resolution describes it; it is not its act;
    // "مشروع قرار تقدمت به X": nor is who tabled it ("به" after the verb).
    let describes = is_past_with_object(bare(w)) || table::AR_TABLED.contains(&bare(w));
    resolution && act && !describes && adopting_body(earlier).is_some()
}

/// "قرارين اقترحتهما الإمارات واليابان، بتمديد ...": an act's verbal noun after "بـ" or
/// "لـ" (of the derived forms, or a sending noun).
fn by_act_noun(w: &str) -> bool {
    bare(w).strip_prefix(['ب', 'ل']).is_some_and(|n| {
        (n.starts_with(['ت', 'إ']) && n.chars().count() >= 4)
            || table::AR_SENDING_NOUNS.contains(&n)
    })
}

/// `before` without a resolution's description before `w`.
/// "مشروع قرار صاغته السلطة يطالب ...": a short description between the resolution
/// and its verb (a verb with its object pronoun, then its subject).
/// "قرارين اقترحتهما الإمارات واليابان، بتمديد ...": two resolutions, their description
/// closed by a comma before the act they are named by.
fn trim_description<'a>(before: &'a [&'a str], w: &str) -> &'a [&'a str] {
    let described = (2..=6).find(|&d| {
        before.len() > d
            && table::AR_RESOLUTION_WORDS.contains(&bare(before[before.len() - d - 1]))
            && before[before.len() - d].ends_with(['ه', 'ا'])
            && is_past_with_object(bare(before[before.len() - d]))
            && !before[before.len() - d - 1..before.len() - 1]
                .iter()
                .any(|x| x.ends_with([',', '.']))
            && !before[before.len() - 1].ends_with('.')
            && (by_act_noun(w) || !before[before.len() - 1].ends_with(','))
            // Only its subject after the describing verb: "صاغته البلدية يطالب الحكومة
            // بإنهاء ..." has the resolution's own verb before the act.
            && !before[before.len() - d + 1..]
                .iter()
                .any(|x| is_verb(verb_form(bare(x))))
    });
    match described {
        Some(d) if is_verb(verb_form(w)) || by_act_noun(w) => &before[..before.len() - d],
        _ => before,
    }
}

/// `before` without a day set off by commas after the resolution ("قرارا، الأربعاء،
/// بتمديد ..."), and whether there was one (the resolution's comma then stays).
fn trim_day_set_off<'a>(before: &'a [&'a str]) -> (&'a [&'a str], bool) {
    let n = before.len();
    let day_set_off = n >= 2
        && before[n - 1].ends_with(',')
        && before[n - 2].ends_with(',')
        && table::AR_TIME_WORDS.contains(&bare(before[n - 1]))
        && table::AR_RESOLUTION_WORDS.contains(&bare(before[n - 2]));
    if day_set_off {
        (&before[..n - 1], true)
    } else {
        (before, false)
    }
}

/// `before` without how the resolution was adopted.
/// "قرارا بالإجماع بتمديد ...": how it was adopted stands between it and its act;
/// "قرار جديد يقضي ...": so does the resolution's adjective; "قرارا بالإجماع أمس
/// بتمديد ...": so does its day, with no comma.
fn trim_manner<'a>(before: &'a [&'a str]) -> &'a [&'a str] {
    let manner = before
        .iter()
        .rev()
        .take(3)
        .take_while(|w| {
            let day = table::AR_TIME_WORDS.contains(&bare(w)) && !w.ends_with(',');
            let w = bare(w);
            table::AR_MANNER.contains(&w)
                || table::AR_ADVERBS.contains(&w)
                || table::AR_RESOLUTION_ADJECTIVES.contains(&w)
                || day
        })
        .count();
    &before[..before.len() - manner]
}

/// `before` without the resolution's number, and whether it had one.
/// "القرار 2470 لتمديد ...", "القرار رقم 1830 بتمديد ...": the resolution named by its
/// article and its number before its act.
fn trim_number<'a>(before: &'a [&'a str]) -> (&'a [&'a str], bool) {
    let number = before
        .iter()
        .rev()
        .take(2)
        .take_while(|w| {
            let w = bare(w);
            w == "رقم"
                || (!w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c)))
        })
        .count();
    let numbered = number > 0
        && before.len() > number
        && bare(before[before.len() - 1]) != "رقم"
        && table::AR_TEXT_NAMED.contains(&bare(before[before.len() - number - 1]));
    let before = if numbered {
        &before[..before.len() - number]
    } else {
        before
    };
    (before, numbered)
}

/// Whether `last`, the word before `w`, names a resolution (or a text named by its
/// number, or one that provides).
fn names_resolution(last: &str, w: &str, numbered: bool, last_comma: bool) -> bool {
    (table::AR_RESOLUTION_WORDS.contains(&bare(last))
        || table::AR_OWN_DECISION.contains(&bare(last))
        || ((numbered || definite_provides(w)) && table::AR_TEXT_NAMED.contains(&bare(last))))
        && (!last.ends_with(',') || last_comma)
}

/// Whether `w`, after the resolution's word `last`, is the act it decides.
/// "قرارا بتمديد ...", "مشروع قرار لتجديد ...", "قرارا بإنهاء ...": the act it decides.
/// "قرار بنشر قوة ...": a deployment's noun of the first form too (not "بشأن").
fn names_act(last: &str, w: &str) -> bool {
    let by_act = by_act_noun(w);
    is_verb(verb_form(w))
        || provides_word(w)
        || table::AR_RESOLUTION_ACTS.contains(&bare(w))
        || by_act
        || (bare(last) == "قرار" && bare(w).starts_with('ت') && bare(w).chars().count() >= 4)
}

/// The words that end `before` when they are "تحت الفصل <ordinal>" and at most "من ميثاق
/// الأمم المتحدة" / "من الميثاق" (no comma or stop inside): the chapter a resolution was
/// adopted under.
fn chapter_phrase(before: &[&str]) -> usize {
    let Some(k) = before.iter().rposition(|w| bare(w) == "تحت") else {
        return 0;
    };
    let phrase = &before[k..];
    let charter = ["من", "ميثاق", "الميثاق", "الأمم", "الامم", "المتحدة"];
    let fits = phrase.len() <= 7
        && phrase.get(1).is_some_and(|w| bare(w) == "الفصل")
        && phrase.get(2).is_some()
        && phrase[3..].iter().all(|w| charter.contains(&bare(w)))
        && !phrase.iter().any(|w| w.ends_with([',', '.', ';', ':']));
    if fits { phrase.len() } else { 0 }
}

/// "يقضي" after a resolution, also as "بقضي" (its "ي" typed as "ب", the key beside it:
/// no Arabic word), what a resolution provides for.
fn provides_word(w: &str) -> bool {
    ["يقضي", "بقضي"].contains(&bare(w)) || definite_provides(w)
}

/// "مشروع القرار رقم 2511 القاضي بتمديد ...": the participle of "يقضي", after a resolution
/// with its article.
fn definite_provides(w: &str) -> bool {
    ["القاضي", "القاضية"].contains(&bare(w))
}

/// "صاغته", "قدمتها", "أعدته": a past verb with its object pronoun.
fn is_past_with_object(w: &str) -> bool {
    // "اقترحتهما": with the dual's pronoun.
    let stem = w
        .strip_suffix("تهما")
        .or_else(|| w.strip_suffix("ته"))
        .or_else(|| w.strip_suffix("تها"))
        .or_else(|| w.strip_suffix('ه'))
        .or_else(|| w.strip_suffix("ها"));
    stem.is_some_and(|s| s.chars().count() >= 3 && !s.starts_with("ال"))
        && table::AR_DESCRIBING_VERBS.iter().any(|v| w.starts_with(v))
}

/// The body a sentence says adopted a resolution: the subject after "اعتمد" / "تبنى" /
/// "أقر" within the last words.
fn adopting_body(before: &[&str]) -> Option<String> {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    // "تبني مجلس الأمن ... قراراً يقضي بـ ...", "رحبت البعثة بتبني مجلس الأمن ... قراراً
    // ...": the verbal noun of adoption, the body its genitive (named: never elided).
    let k = (from..before.len()).rev().take(14).find(|&k| {
        let w = bare(before[k]);
        let taken = table::AR_TAKES.contains(&w.strip_prefix('و').unwrap_or(w));
        adopts(w) || taken || table::AR_ADOPTION_NOUNS.contains(&w) || table::AR_BACKS.contains(&w)
    })?;
    // "دعّم مجلس الأمن ... بالإجماع قرارا يدعو إلى ...": backed, its subject named.
    // "على تبني مشروع قرار ...": the text adopted is no body.
    if table::AR_ADOPTION_NOUNS.contains(&bare(before[k]))
        || table::AR_BACKS.contains(&bare(before[k]))
    {
        let text = before
            .get(k + 1)
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)));
        return subject(&before[k + 1..])
            .filter(|_| !text)
            .map(|(name, _)| name);
    }
    // "أنهى مجلس X دورته ... كما تبنى قرارا بتأمين ...": the verb's subject elided (no word
    // between it and the resolution but how it was adopted), the body named before it.
    let elided = before[k + 1..].iter().all(|w| {
        let w = bare(w);
        table::AR_MANNER.contains(&w)
            || table::AR_ADVERBS.contains(&w)
            || table::AR_RESOLUTION_ADJECTIVES.contains(&w)
            || ["قرارا", "قرار"].contains(&w)
    });
    subject(&before[k + 1..])
        .map(|(name, _)| name)
        .or_else(|| elided.then(|| decider_before(&before[..k])).flatten())
}

/// Whether the sentence so far opens with another body as its subject ("طالب مجلس التعاون
/// ... ودعا مجلس الأمن الدولي لـ ...": the Council named second is asked).
fn other_subject_before(before: &[&str], name: &str) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    before
        .get(from + 1..)
        .and_then(subject)
        .is_some_and(|(first, _)| first != name && !name.starts_with(first.as_str()))
}

/// "ودعا العطية في كلمة له خلال الاجتماع إلى ...": the speech named after its speaker.
fn spoken_after(words: &[&str]) -> bool {
    // "ودعا الأمين العام لجامعة الدول العربية، في كلمة ...": the speaker's name may be
    // long.
    words[1.min(words.len())..words.len().min(10)]
        .windows(2)
        .any(|w| ["في", "فى"].contains(&bare(w[0])) && table::AR_SPEECH_WORDS.contains(&bare(w[1])))
}

/// A text's head, also with a preposition joined to it ("للبيان", "بالقرار").
fn names_text(w: &str) -> bool {
    let w = bare(w);
    let joined = w.strip_prefix("لل").map(|r| format!("ال{r}")).or_else(|| {
        w.strip_prefix(['ب', 'ل', 'و', 'ك'])
            .filter(|r| r.starts_with("ال"))
            .map(str::to_string)
    });
    table::AR_TEXT_HEADS.contains(&w)
        || joined.is_some_and(|r| table::AR_TEXT_HEADS.contains(&r.as_str()))
}

/// "البيان الرئاسي الذي أصدره المجلس الأسبوع الماضي، وطالب فيه ...": a verb whose "فيه"
/// points back to a text a relative clause describes tells that text's content, not the
/// decision reported.
fn described(before: &[&str], words: &[&str]) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    // "صادق مجلس الأمن الذي اجتمع يوم الجمعة، على مشروع قرار يمدد فيه ...": a relative
    // clause that describes the body, not a text, leaves "فيه" the resolution's own.
    let text_described = (from..before.len()).any(|j| {
        table::AR_RELATIVES.contains(&bare(before[j]))
            && (1..=2).any(|b| j >= from + b && names_text(before[j - b]))
    });
    words
        .get(1)
        .is_some_and(|w| ["فيه", "فيها"].contains(&bare(w)))
        && text_described
}

/// Whether the sentence so far opens with a verb and a person ("وشدد رئيس الجمعية ...",
/// "قال الأمين العام ..."): what follows reports that person's words.
fn by_speaker(before: &[&str]) -> bool {
    // "وحذر الرئيس ... . وأوضح أن ...، داعيا ...": a sentence without its subject goes
    // on with the one before (up to three back); so does one the clause itself opens
    // ("كما أبرز الأمين العام ... . ودعا مؤسسات المنظمة إلى ...").
    let mut to = before.len();
    for _ in 0..3 {
        let from = before[..to]
            .iter()
            .rposition(|w| w.ends_with('.'))
            .map_or(0, |k| k + 1);
        if from >= to && from > 0 {
            to = from - 1;
            continue;
        }
        // "كما حذر الأمين العام ...": a particle before the verb.
        let verb = (from..to)
            .find(|&k| !["كما", "ثم"].contains(&bare(before[k])))
            .unwrap_or(from);
        let Some(subject) = before.get(verb + 1).filter(|_| verb + 1 < to) else {
            return false;
        };
        let subject = bare(subject);
        if table::AR_PERSON_HEADS.contains(&subject) || said_by_person(&before[from..to]) {
            return true;
        }
        // "... . ودعت إلى التفكير ...": a verb of the tables without a subject of its own
        // goes on with the sentence before.
        let elided = is_verb(verb_form(before[verb]))
            && !has_article(subject)
            && !table::AR_ACTOR_HEADS.contains(&subject)
            && !table::AR_BODY_HEADS.contains(&subject);
        if !(["أن", "ان", "إن"].contains(&subject) || elided || pointed_on(before[verb], subject))
            || from == 0
        {
            return false;
        }
        to = from - 1;
    }
    false
}

/// "... . واشار الى الفجوة ...، داعيا ...": a verb of pointing or adding with "إلى" and no
/// subject of its own goes on with the speaker of the sentence before.
fn pointed_on(verb: &str, next: &str) -> bool {
    const POINTS: &[&str] = &[
        "أشار",
        "اشار",
        "أشارت",
        "اشارت",
        "لفت",
        "لفتت",
        "نوه",
        "نوهت",
    ];
    let verb = bare(verb);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    POINTS.contains(&verb) && ["إلى", "الى", "إلي", "الي"].contains(&next)
}

/// "...، وقالت رئيسة المفوضية ... إن ...": a verb of saying and a person's title within
/// the sentence.
fn said_by_person(words: &[&str]) -> bool {
    const SAYS: &[&str] = &["قال", "قالت", "أضاف", "أضافت", "أوضح", "أوضحت"];
    words.windows(2).any(|w| {
        let verb = bare(w[0]);
        let verb = verb.strip_prefix('و').unwrap_or(verb);
        SAYS.contains(&verb) && table::AR_PERSON_HEADS.contains(&bare(w[1]))
    })
}

/// "داعيا", "مكررا": a participle that reports a call, as the verb it stands for.
fn participle(w: &str) -> Option<&'static str> {
    let w = bare(w);
    let w = w
        .strip_prefix('و')
        .filter(|r| r.chars().count() > 3)
        .unwrap_or(w);
    table::AR_PARTICIPLES
        .iter()
        .find(|(p, _)| *p == w)
        .map(|(_, v)| *v)
}

/// What a verbal noun that asks asks. "توجيه" and "ترك" ask only with their object ("توجيه
/// نداء إلى X", "ترك الأمر إلى X لـ ..."; "توجيه الشكر" thanks); "توجيه المزيد من عناية X
/// إلى ..." draws X's attention.
fn noun_request(entry: &Entry, rest: &[&str], before: &[&str]) -> Option<(Vec<String>, String)> {
    let &(noun, openers, enders) = entry;
    let mut rest = rest;
    if let Some((_, objects)) = table::AR_OBJECT_NOUNS.iter().find(|(n, _)| *n == noun) {
        if rest.first().is_some_and(|w| objects.contains(&bare(w))) {
            rest = past_respect(&rest[1..], openers);
        } else {
            return attention(rest);
        }
    }
    if openers.is_empty() {
        rest = &rest[noun_doer(rest)..];
    }
    request(rest, openers, enders, false, before)
}

/// "دعوة المجلس الدول والمنظمات إلى ...": the body whose call the noun is, its defined head
/// right before the defined head of the one asked (no construct can join two words with
/// the article); "دعوة المجلس الأعلى ..." names the one asked.
fn noun_doer(rest: &[&str]) -> usize {
    let doer = rest.first().is_some_and(|w| {
        let w = bare(w);
        w.starts_with("ال") && table::AR_BODY_HEADS.contains(&w) && !rest[0].ends_with(',')
    });
    let asked = rest.get(1).is_some_and(|w| {
        let w = bare(w);
        w.starts_with("ال") && table::AR_ACTOR_HEADS.contains(&w)
    });
    usize::from(doer && asked)
}

/// "ترك الأمر بالنسبة لباقي الترشيحات إلى X": what the matter is about ("بالنسبة لـ",
/// "فيما يتعلق بـ", "فيما يخص") between the object and its opener; the words from the
/// opener on.
fn past_respect<'a, 'b>(words: &'a [&'b str], openers: &[&str]) -> &'a [&'b str] {
    if !words
        .first()
        .is_some_and(|w| ["بالنسبة", "فيما"].contains(&bare(w)))
    {
        return words;
    }
    (1..words.len().min(9))
        .take_while(|&k| !words[k - 1].ends_with([',', '.', ';']))
        .find(|&k| openers.contains(&bare(words[k])))
        .map_or(words, |k| &words[k..])
}

/// "المزيد من عناية أجهزة الإعلام ... إلى التأكيد ...": whose attention is drawn, to what.
fn attention(words: &[&str]) -> Option<(Vec<String>, String)> {
    let mut k = 0;
    if words.first().is_some_and(|w| bare(w) == "المزيد")
        && words.get(1).is_some_and(|w| bare(w) == "من")
    {
        k = 2;
    }
    if !table::AR_ATTENTION.contains(&bare(words.get(k)?)) {
        return directed_to_act(words);
    }
    let named = &words[k + 1..];
    let to = named
        .iter()
        .position(|w| ["إلى", "الى"].contains(&bare(w)))?;
    let end = name_end(&named[..to]);
    let actors = names(&named[..end]);
    let action = action_after(&named[to..], &["إلى", "الى"])?;
    (!actors.is_empty()).then_some((actors, action))
}

/// "وتوجيه لجان الجزاءات المعنية إلى إعادة النظر في ...": directing the named actor to an
/// act (a verbal noun without its article after "إلى"), not something sent to someone.
fn directed_to_act(words: &[&str]) -> Option<(Vec<String>, String)> {
    if !table::AR_ACTOR_HEADS.contains(&bare(words.first()?)) {
        return None;
    }
    let to = words
        .iter()
        .take(6)
        .position(|w| ["إلى", "الى"].contains(&bare(w)))?;
    let act = bare(words.get(to + 1)?);
    let verbal_noun = act.chars().count() >= 4
        && !has_article(act)
        && !table::AR_ACTOR_HEADS.contains(&act)
        && !table::AR_BODY_HEADS.contains(&act)
        && (act.starts_with(['إ', 'ا', 'ت']) || act.ends_with('ة'));
    if !verbal_noun || name_end(&words[..to]) != to {
        return None;
    }
    let actors = names(&words[..to]);
    let action = action_after(&words[to..], &["إلى", "الى"])?;
    (!actors.is_empty()).then_some((actors, action))
}

/// "توصي لجنة الشؤون السياسية بأن يتابع مندوبو الدول ...": a committee recommends that
/// another act; that other is asked.
fn recommended(verb: &str, rest: &[&str]) -> Option<(Vec<String>, String)> {
    let head = bare(rest.first()?);
    // "أوصوا مجلس X بأن ...": the plural verb holds its subject; the body after it is the
    // one asked.
    if !table::AR_RECOMMENDS.contains(&verb)
        || verb.ends_with("وا")
        || !(table::AR_BODY_HEADS.contains(&head) || ["لجنة", "اللجنة"].contains(&head))
    {
        return None;
    }
    let end = name_end(rest);
    let that = rest.get(end)?;
    if !["بأن", "أن", "ان", "بان"].contains(&bare(that)) {
        return None;
    }
    acting_subject(&rest[end + 1..])
}

/// "وأكد مجددا الدعوات إلى ...", "يؤكد من جديد مطالبته بـ ...": a call renewed; the words
/// from its noun on.
fn reiterated<'a, 'b>(words: &'a [&'b str]) -> Option<&'a [&'b str]> {
    let verb = bare(words.first()?);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    if !table::AR_REITERATES.contains(&verb) {
        return None;
    }
    let k = skip_adverbs(words, 1);
    // "وأكد المطالبة بالإفراج عن ...": the call itself, definite, right after the verb.
    let definite = words
        .get(1)
        .is_some_and(|w| ["المطالبة", "الدعوة", "مطالبته", "دعوته"].contains(&bare(w)));
    if k == 1 && !definite {
        return None;
    }
    let noun = bare(words.get(k)?);
    let noun = noun.strip_prefix("ال").unwrap_or(noun);
    ["دعو", "مطالب", "طلب"]
        .iter()
        .any(|p| noun.starts_with(p))
        .then(|| &words[k..])
}

/// "أكد القرار الذي صدر ... تمديد ولاية X", "أكد البيان الختامي لمؤتمر X ... تعليق عضوية
/// Y": what a text affirms is the act of a decision (one of `AR_AFFIRMED_ACTS`, before any
/// "على", "أن" or break: "أكد البيان على ضرورة ..." is a view), by the body the text is of
/// ("لمؤتمر X") or the text's body.
fn affirmed_decision(words: &[&str], body: &str) -> Option<(Vec<String>, String)> {
    let verb = bare(words.first()?);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    let text = words.get(1).map(|w| bare(w))?;
    if !["أكد", "أكدت"].contains(&verb)
        || !["القرار", "البيان"].contains(&text)
        || words[1].ends_with([',', '.', ';'])
    {
        return None;
    }
    let limit = words.len().min(24);
    let k = (2..limit)
        .take_while(|&k| {
            let w = bare(words[k]);
            !words[k - 1].ends_with([',', '.', ';', ':'])
                && !["على", "أن", "ان", "بأن"].contains(&w)
        })
        .find(|&k| table::AR_AFFIRMED_ACTS.contains(&bare(words[k])))?;
    let adjective = usize::from(words.get(2).is_some_and(|w| adjective(bare(w))));
    let of = words[2 + adjective..k]
        .first()
        .and_then(|w| w.strip_prefix('ل'))
        .filter(|w| table::AR_BODY_HEADS.contains(&bare(w)))
        .and_then(|head| {
            let named: Vec<&str> = std::iter::once(head)
                .chain(words[3 + adjective..k].iter().copied())
                .collect();
            subject(&named).map(|(name, _)| name)
        });
    let by = of.unwrap_or_else(|| body.to_string());
    Some((vec![by], clean(&words[k..].join(" "))))
}

/// "وأكد البيان الختامي على ضرورة قيام الدول الأعضاء بتفعيل ...", "يشدد على أهمية قيام X
/// بـ ...": a necessity that names its doer asks it (one that names none is a view, as a
/// necessity a text provides for is): the verb that stresses, its subject, "على" or not,
/// the necessity, "قيام" and X, then "بـ" and the act.
fn necessity_of_doer(words: &[&str]) -> Option<(Vec<String>, String)> {
    const STRESSES: &[&str] = &[
        "أكد",
        "أكدت",
        "يؤكد",
        "تؤكد",
        "شدد",
        "شددت",
        "يشدد",
        "تشدد",
        "أكدوا",
        "شددوا",
    ];
    let verb = bare(words.first()?);
    let verb = verb.strip_prefix('و').unwrap_or(verb);
    // "طالبت اللجنة ... في ختام دورتها ... ضرورة تقيد الدول العربية بسداد ...": a
    // demand of what must be, the doer of its noun named (a subject with its meeting may
    // stand between).
    let demanded = table::AR_DEMANDS_OF_NECESSITY.contains(&verb);
    if !STRESSES.contains(&verb) && !demanded {
        return None;
    }
    let reach = if demanded { 24 } else { 10 };
    let k = (1..words.len().min(reach))
        .take_while(|&k| !words[k - 1].ends_with([',', '.', ';', ':']))
        .find(|&k| {
            let w = bare(words[k]);
            table::AR_NECESSITY.contains(&w)
                || w.strip_prefix('ب')
                    .is_some_and(|n| table::AR_NECESSITY.contains(&n))
        })?;
    let doer_noun = |w: &str| w == "قيام" || demanded && table::AR_NOUNS_OF_DOERS.contains(&w);
    if words.get(k + 1).is_none_or(|w| !doer_noun(bare(w))) || words[k].ends_with(',') {
        return None;
    }
    request(&words[k + 2..], &[], &["ب"], false, &[])
}

/// Whether a verbal noun that asks opens a clause after `before`: a text includes it, a
/// report goes on to it ("ومضى المجلس إلى مطالبة ..."), or it follows a break in a list
/// ("...، كذلك دعوة البلدان ...").
fn noun_opens(before: &[&str]) -> bool {
    let n = before.len();
    let goes_on = n >= 2
        && ["إلى", "الى"].contains(&bare(before[n - 1]))
        && before[n.saturating_sub(5)..n - 1].iter().any(|w| {
            let w = bare(w);
            table::AR_GOES_ON.contains(&w.strip_prefix('و').unwrap_or(w))
        });
    let after_break = |k: usize| before[k].ends_with([',', ';', ':']);
    let listed = n >= 1
        && (after_break(n - 1)
            || (n >= 2 && table::AR_ADVERBS.contains(&bare(before[n - 1])) && after_break(n - 2)));
    // "تضمنت عدة بنود، أبرزها الدعوة إلى ...": a list's first item.
    let first_of = before
        .last()
        .is_some_and(|w| table::AR_LIST_HEADS.contains(&bare(w)));
    included_by(before) || goes_on || listed || first_of || passive_of(before) || next_item(before)
}

/// "خلص المجلس إلى ما يلي: إدانة ... . تأكيد ... . دعوة المجلس X إلى ...": after a full
/// stop, an item of a list whose item before opened with a verbal noun (a view's or a
/// call's) as this one does.
fn next_item(before: &[&str]) -> bool {
    let Some((last, earlier)) = before.split_last() else {
        return false;
    };
    if !last.ends_with('.') {
        return false;
    }
    let from = earlier
        .iter()
        .rposition(|w| w.ends_with(['.', ':']))
        .map_or(0, |k| k + 1);
    // Not the text's first sentence: a list follows its lead-in.
    from > 0
        && before.get(from).is_some_and(|w| {
            let w = bare(w);
            table::AR_VIEW_NOUNS.contains(&w) || opening_noun(w).is_some()
        })
}

/// "... على أن يتم إمهال X ...", "بأن يتم تكليف X بـ": "أن" + "يتم" makes the verbal noun
/// after it a passive, and what it asks is asked of its addressee.
/// "وتم حث X على ...": a summary's past "تم" opening its sentence (or after a break)
/// makes the verbal noun after it the body's request, told in the passive.
fn passive_of(before: &[&str]) -> bool {
    let n = before.len();
    let that = n >= 2
        && ["يتم", "تتم"].contains(&bare(before[n - 1]))
        && ["أن", "ان", "بأن", "بان"].contains(&bare(before[n - 2]));
    let opens = |k: usize| k == 0 || before[k - 1].ends_with(['.', ',', ';', ':']);
    // "وقد تم تكليف X بـ ...": "قد" before the past "تم".
    let told = n >= 1
        && ["تم", "وتم"].contains(&before[n - 1])
        && (opens(n - 1) || (n >= 2 && ["قد", "وقد"].contains(&before[n - 2]) && opens(n - 2)));
    that || told
}

/// Whether the words before a verbal noun say a text includes it ("وتضمن البيان أيضا").
fn included_by(before: &[&str]) -> bool {
    // "وجاء في القرار أيضا": four words back.
    before
        .iter()
        .rev()
        .take(4)
        .any(|w| table::AR_INCLUDES.contains(&bare(w)))
}

/// A verb or verbal noun of the tables: the word, its openers, its enders.
type Entry = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// "ومطالبة", "ودعوة": a verbal noun that asks, joined to a list by "و".
/// Whether the sentence so far opens with a defined noun ("الاشادة بالجهود ..."), as a
/// decision's item does, not with a verb ("تبنى المجلس قرارا ... وحثه": the verb's pronoun).
fn in_noun_item(before: &[&str]) -> bool {
    let from = before
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    before.get(from).is_some_and(|w| {
        let w = bare(w);
        has_article(w) && !table::AR_BODY_HEADS.contains(&w) && !table::AR_TEXT_HEADS.contains(&w)
    })
}

/// "وحثهما", "ودعوتهم": "و", a verbal noun that asks, and a pronoun for whom it asks.
fn pronoun_noun(w: &str) -> Option<&'static Entry> {
    let w = bare(w).strip_prefix('و')?;
    ["هما", "هم", "ها", "ه"].iter().find_map(|p| {
        let stem = w.strip_suffix(p)?;
        // "دعوتهم": the noun's "ة" written "ت" before the pronoun.
        let whole = stem.strip_suffix('ت').map(|s| format!("{s}ة"));
        table::AR_NOUN_VERBS
            .iter()
            .find(|(n, _, _)| *n == stem || whole.as_deref() == Some(*n))
    })
}

/// "إلى جانب مناشدته جميع الأطراف أن ...", "فضلا عن دعوته X إلى ...": besides what else
/// it says, the text's own call (the verbal noun with its subject's pronoun), its
/// addressee named after it.
fn besides_noun(before: &[&str], w: &str) -> Option<&'static Entry> {
    let n = before.len();
    let besides = n >= 2
        && ((["جانب"].contains(&bare(before[n - 1]))
            && ["إلى", "الى"].contains(&bare(before[n - 2])))
            || (bare(before[n - 1]) == "عن" && ["فضلا", "فضلاً"].contains(&bare(before[n - 2]))));
    if !besides {
        return None;
    }
    let w = bare(w);
    ["ها", "ه"].iter().find_map(|p| {
        let stem = w.strip_suffix(p)?;
        let whole = stem.strip_suffix('ت').map(|s| format!("{s}ة"));
        table::AR_NOUN_VERBS
            .iter()
            .find(|(n, _, _)| *n == stem || whole.as_deref() == Some(*n))
    })
}

fn asking_noun(w: &str) -> Option<&'static Entry> {
    let w = bare(w).strip_prefix('و')?;
    table::AR_NOUN_VERBS.iter().find(|(n, _, _)| *n == w)
}

/// "بدعوة إيران إلى ...": a verbal noun that asks after "بـ" (not "بدعوة من X", "بدعوة
/// كريمة": at X's invitation).
/// After the words before it: "رحب المجلس بدعوة X لعقد قمة" welcomes X's invitation; it
/// asks no one.
fn by_noun(w: &str, next: Option<&&str>, before: &[&str]) -> Option<&'static Entry> {
    let from = before
        .iter()
        .rposition(|x| x.ends_with(['.', ',']))
        .map_or(0, |k| k + 1);
    // "يحيط علما بدعوة X إلى ...": X's call, noted, as one welcomed.
    let welcomed = before[from..].iter().any(|x| {
        let x = bare(x);
        table::AR_WELCOMES.contains(&x.strip_prefix('و').unwrap_or(x)) || x == "علما"
    });
    // "أشاد البيان بـ X، لمبادرته بالدعوة لانعقاد ...": X's initiative, praised; "أكد
    // على الالتزام بالدعوة لـ ...": a call held to, not made.
    let held_to = before.last().is_some_and(|x| {
        let x = bare(x);
        table::AR_COMMITMENTS.contains(&x.strip_prefix('و').unwrap_or(x))
    });
    if welcomed || held_to || before.last().is_some_and(|x| initiative(x)) {
        return None;
    }
    // Not "بحث" (discussed): "ب" + "حث".
    let w = bare(w)
        .strip_prefix('ب')
        .filter(|r| r.chars().count() >= 4)?;
    if next.is_some_and(|n| ["من", "كريمة"].contains(&bare(n))) {
        return None;
    }
    // "وكلف X بالمطالبة بـ ...": what X is tasked with, not a call of the body's.
    if w == "المطالبة" {
        return None;
    }
    // "وطالبت الدول الأعضاء الأمانة بدعوة Y إلى ...": what the addressee of a demand
    // before it in the sentence is to do (the demand's "بـ"), not a call of the body's.
    if before[from..]
        .iter()
        .any(|x| ["طالب", "طالبت", "طالبوا"].contains(&verb_form(x)))
    {
        return None;
    }
    table::AR_NOUN_VERBS.iter().find(|(n, _, _)| *n == w)
}

/// "مبادرة", "لمبادرته", "بمبادرتها": an initiative, someone's (with its pronoun) or named
/// after it; a call it is made by is the initiator's, not the body's.
fn initiative(w: &str) -> bool {
    let w = bare(w);
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix(['ل', 'ب']).unwrap_or(w);
    w == "مبادرة" || w.starts_with("مبادرت")
}

/// "تكليف الأمين العام ...", "دعوة الدول ..." opening a paragraph: it can only ask.
fn opening_noun(w: &str) -> Option<&'static Entry> {
    let w = bare(w);
    table::AR_NOUN_VERBS.iter().find(|(n, _, _)| *n == w)
}

fn rest_of<'a, 'b>(words: &'a [&'b str]) -> &'a [&'b str] {
    &words[1.min(words.len())..]
}

/// "يجدد طلبه إلى X أن ...", "يجدد طلبه بأن يتولى X ...": the request renewed.
fn renewed(rest: &[&str], body: &str) -> Requests {
    // "وجدد مجلس وزراء الخارجية الدعوة إلى ...": a report names the body first.
    let rest = match subject(rest) {
        Some((_, taken)) => &rest[skip_adverbs(rest, taken)..],
        None => rest,
    };
    // "جددت منظمة X، التي ...، اليوم الاثنين، دعوتها لتطبيق ...": a subject the names do
    // not parse, or an aside after it; the body's own call (its possessive noun) within
    // the next sixteen words.
    const OWN_CALLS: &[&str] = &[
        "دعوته",
        "دعوتها",
        "دعوتهم",
        "مطالبته",
        "مطالبتها",
        "مطالبتهم",
        "طلبه",
        "طلبها",
    ];
    let rest = match rest.first().map(|w| bare(w)) {
        Some(first) if !OWN_CALLS.contains(&first) && !first.starts_with("ال") => rest
            .iter()
            .take(16)
            .position(|w| OWN_CALLS.contains(&bare(w)))
            .map_or(rest, |k| &rest[k..]),
        _ => rest,
    };
    let Some(noun) = rest.first() else {
        return Vec::new();
    };
    let noun = bare(noun);
    let noun = noun.strip_prefix("ال").unwrap_or(noun);
    let verb = if noun.starts_with("طلب") {
        "يطلب"
    } else if noun.starts_with("دعو") {
        "يدعو"
    } else if noun.starts_with("مطالب") {
        "يطالب"
    } else {
        return Vec::new();
    };
    let rest = &rest[1..];
    if rest
        .first()
        .is_some_and(|w| ["بأن", "أن", "ان", "بان"].contains(&bare(w)))
    {
        return after_that(&rest[1..], body);
    }
    let (_, openers, enders) = table::AR_VERBS
        .iter()
        .find(|(v, _, _)| *v == verb)
        .expect("a verb of the table");
    // "الدعوة إلى الأمين العام لاتخاذ ...": the call's "إلى" names whom it asks when an
    // actor follows it ("الدعوة إلى وقف ..." calls for an act).
    let rest = match rest {
        [to, who, ..]
            if verb == "يدعو"
                && ["إلى", "الى"].contains(&bare(to))
                && table::AR_ACTOR_HEADS.contains(&bare(who)) =>
        {
            &rest[1..]
        }
        _ => rest,
    };
    // "مكررا دعواته لقادة الانقلاب إلى ...": "لـ" before the one asked.
    let named: Vec<&str> = match rest.split_first() {
        Some((to, more)) if verb == "يدعو" => match to.strip_prefix('ل') {
            Some(who)
                if table::AR_ACTOR_HEADS.contains(&bare(who))
                    || table::AR_BODY_HEADS.contains(&bare(who)) =>
            {
                std::iter::once(who).chain(more.iter().copied()).collect()
            }
            _ => rest.to_vec(),
        },
        _ => rest.to_vec(),
    };
    request(&named, openers, enders, false, &[])
        .into_iter()
        .collect()
}

/// What a verb asks: its addressee after its opener ("من", "إلى", "بـ"), up to its ender
/// or the verbal noun that starts the act. A past-tense verb names its subject first
/// ("طلب مجلس الأمن من الاتحاد الإفريقي ...").
fn request(
    rest: &[&str],
    openers: &[&str],
    enders: &[&str],
    past: bool,
    before: &[&str],
) -> Option<(Vec<String>, String)> {
    let mut i = past_subject_end(rest, openers, enders, past, before);
    // "وطلب المكتب التنفيذي من X ...": a bureau or commission names no body of
    // `AR_BODY_HEADS` but speaks as one; its name ends where the opener stands.
    if past && i == 0 {
        i = meeting_body_subject_end(rest, openers).unwrap_or(i);
    }
    // "يوصي المجلس دول الجامعة بـ ...": a present verb's own subject, a body by its head
    // alone, before whom it asks (a name's head, not an adjective of the body).
    if !past && i == 0 && own_subject_named(rest) {
        i = 1;
    }
    // "طلب" and "أهاب" name whom they ask by their opener ("طلب المجلس من ..."); without
    // one after the subject, an aside may stand before it ("، خلال اجتماعها ...، من
    // الأمين العام"), or the call names no one ("طالب المجلس برفع ...").
    // "اقترح المندوب X، إعادتها": a proposal whose addressee no "على" opens asks no one.
    let required = openers
        .iter()
        .any(|o| ["إلى", "الى", "ب", "ل", "على"].contains(o));
    i = after_text_in_passing(rest, i, openers);
    // "وطلب المجلس أيضا أن يقدم الأمين العام ...": no addressee; the that-clause's actor.
    // "... وطالبت بأن يمتثل الكيان الصهيوني لـ ...": so with the subject the sentence's.
    let that_at = rest.get(i).map(|w| bare(w));
    let with_ba = that_at.is_some_and(|w| ["بأن", "بان"].contains(&w));
    if (i > 0 || with_ba)
        && that_at.is_some_and(|w| ["أن", "ان", "بأن", "بان"].contains(&w))
        && let Some(found) = rest
            .get(i + 1..)
            .and_then(|r| acting_subject(r).or_else(|| with_ba.then(|| nisba_subject(r)).flatten()))
    {
        return Some(found);
    }
    // "وطلب مجلس الأمن اليوم بانسحاب X ...": no addressee, the act its ender opens.
    let ends_now = rest.get(i).is_some_and(|w| {
        enders
            .iter()
            .any(|e| e.chars().count() == 1 && w.starts_with(e) && w.chars().count() > 4)
    });
    // "وأشادت القمة بـ X وطلبت منها مواصلة ...": the opener carries its pronoun addressee,
    // where the body spoke before in the sentence ("تأسست بموجب قرار X، وعهد إليها ..." is
    // a told past).
    if past
        && required
        && !ends_now
        && rest.get(i).is_some_and(|w| {
            let pronoun =
                table::AR_PRONOUN_ADDRESSEES.contains(&bare(w)) && body_spoke_before(before);
            !(opens(w, openers) || pronoun)
        })
    {
        i = addressee_after_aside(rest, i, openers)?;
    }
    request_at(rest, i, openers, enders, before)
}

/// "المجلس دول الجامعة ...", "اللجنة الدول الأعضاء ...": after a present verb, a body
/// named by its defined head alone, then (no comma between) the head of another name.
fn own_subject_named(rest: &[&str]) -> bool {
    let [first, second, ..] = rest else {
        return false;
    };
    ["المجلس", "اللجنة", "المؤتمر", "الجمعية", "القمة", "المكتب"].contains(&bare(first))
        && !first.ends_with([',', '،', ';', '.', ':'])
        && table::AR_ACTOR_HEADS.contains(&bare(second))
        && !table::AR_BODY_HEADS.contains(&bare(second))
}

/// "المكتب التنفيذي من ...", "الهيئة الاستشارية إلى ...": after a past verb, a body of
/// `AR_MEETING_BODIES` with its qualifiers, then the verb's opener: the body is the subject
/// and the words from the opener on say whom it asks.
fn meeting_body_subject_end(rest: &[&str], openers: &[&str]) -> Option<usize> {
    let first = bare(rest.first()?);
    if !table::AR_MEETING_BODIES.contains(&first) {
        return None;
    }
    let end = name_end(rest);
    let plain = (1..end.min(rest.len())).all(|k| !rest[k - 1].ends_with([',', '،']));
    (end > 1 && plain && rest.get(end).is_some_and(|w| opens(w, openers))).then_some(end)
}

/// Where a verb's words go on after its subject and the asides, meeting and level a
/// report names after it (the start of `rest` for a present-tense verb's own subject).
fn past_subject_end(
    rest: &[&str],
    openers: &[&str],
    enders: &[&str],
    past: bool,
    before: &[&str],
) -> usize {
    // "ودعا كلا من X وY إلى ...": "each of" opens the addressees; the subject is elided.
    if each_of(rest) {
        return 0;
    }
    // "وسمح المجلس بالإجماع لبعثة ...": how the body acted, between it and the addressee.
    // "فإن مجلس السلم والأمن كلف X ...": the subject stood before the verb.
    let before_verb = past && subject_before(before);
    let mut i = if before_verb {
        0
    } else {
        skip_manner(rest, after_subject(rest, enders, past))
    };
    if !past {
        i = present_subject(rest, i, openers);
    }
    // "طالب قادة دول المجلس، الثلاثاء، في ختام قمة المنامة، إيران ...", "وطالب المجلس، في
    // بيان له صدر ...، عقب اجتماع ...، العسكريين ...": a report's asides after its subject.
    // "حيث كلفوا في دورة المجلس، التي عقدت ...، الأمانة العامة بـ ...": a
    // verb whose subject is its own ending, then the meeting's aside.
    if past
        && (i > 0
            || rest
                .first()
                .is_some_and(|w| table::AR_ASIDE_OPENERS.contains(&bare(w))))
    {
        i = skip_meeting(rest, skip_manner_aside(rest, skip_asides(rest, i)));
        // "في اجتماعه اليوم على مستوى وزراء الخارجية": the meeting's level after its aside.
        i = own_meeting_end(rest, level_end(rest, held_at_end(rest, i)));
    }
    after_subject_relative(rest, i, openers, enders)
}

/// What a verb asks of the words from `rest[i]` on, where its addressee (or its act, when
/// it names no one) stands.
fn request_at(
    rest: &[&str],
    i: usize,
    openers: &[&str],
    enders: &[&str],
    before: &[&str],
) -> Option<(Vec<String>, String)> {
    let first = *rest.get(i)?;
    // "تطلب عقد اجتماع فوري لمجلس X": a call for a meeting, naming no addressee.
    if let Some(found) = meeting_called(&rest[i..]) {
        return Some(found);
    }
    // "داعيا إياها إلى ...": the one asked just before (no name: the last mandate's).
    if table::AR_OBJECT_PRONOUNS.contains(&bare(first)) {
        return action_after(&rest[i + 1..], enders).map(|action| (Vec::new(), action));
    }
    // "لجنة" opens a name, not "لـ" + an act.
    let ender_joined = !table::AR_ACTOR_HEADS.contains(&bare(first))
        && enders
            .iter()
            .any(|e| e.chars().count() == 1 && first.starts_with(e) && !openers.contains(e));
    // "دعت الأمانة العامة، اليوم، إلى عقد اجتماع طارئ للجنة التنفيذية ...": a call to
    // hold a meeting of a named body asks that body to meet, not all States.
    if enders.contains(&bare(first))
        && let Some(found) = meeting_called(&rest[i + 1..])
    {
        return Some(found);
    }
    if enders.contains(&bare(first)) || ender_joined {
        // "دعا المجلس إلى مراجعة ...", "طالب المجلس برفع ...": a call that names no one
        // is one to all States, as the English rules read "calls for ...".
        if !calls_for(enders) && !urges_measures(&rest[i..], enders) {
            return None;
        }
        return unnamed_call(&rest[i..], enders);
    }
    // "يطلب إليه أن ...": the addressee is a pronoun.
    if table::AR_PRONOUN_ADDRESSEES.contains(&bare(first)) {
        let actor = antecedent(before)?;
        let action = action_after(&rest[i + 1..], enders)?;
        return Some((vec![actor], action));
    }
    named_request(&rest[i..], openers, enders)
}

/// The addressees `words` name after the opener, and the act after them.
fn named_request(
    words: &[&str],
    openers: &[&str],
    enders: &[&str],
) -> Option<(Vec<String>, String)> {
    // "عهد القرار للبعثة بـ ...": "لـ" + "البعثة" is written "للبعثة".
    let restored = words[0]
        .strip_prefix("لل")
        .filter(|_| openers.contains(&"ل"))
        .map(|r| format!("ال{r}"));
    let owned =
        so_called(words).unwrap_or_else(|| without_opener(words, openers, restored.as_deref()));
    if owned.is_empty() {
        return None;
    }
    let (actors, j) = addressees(&owned, openers, enders);
    if actors.is_empty() {
        return None;
    }
    // "طالبت المالية في بيان آخر، بموافاتها ...": the name that issued a statement is the
    // one that calls (a ministry by its short name), and the call names no one after it.
    if owned
        .get(j)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && owned
            .get(j + 1)
            .is_some_and(|w| bare(w).starts_with("بيان"))
        && let Some(m) = (j + 1..owned.len().min(j + 5)).find(|&m| owned[m].ends_with(['،', ',']))
    {
        return unnamed_call(&owned[m + 1..], enders);
    }
    // "دعت الأمانة العامة لـ X، اليوم، إلى عقد اجتماع طارئ للجنة التنفيذية ...": the name
    // after the verb calls (its subject), and the body named to meet is the one asked.
    // Its body's name ("لـ X") and a day set off by commas may stand before "إلى".
    let to = (j..owned.len().min(j + 8))
        .find(|&k| ["إلى", "الى"].contains(&bare(owned[k])) && enders.contains(&bare(owned[k])));
    if let Some(k) = to
        && !owned[j..k].iter().any(|w| w.ends_with(['.', ';', ':']))
        && let Some(found) = meeting_called(&owned[k + 1..])
    {
        return Some(found);
    }
    let action = action_after(&owned[j..], enders)?;
    Some((actors, action))
}

/// Where the words after a verb's subject start: a past verb names its subject, and a
/// report may name the text that asks ("وطلب القرار ...").
fn after_subject(rest: &[&str], enders: &[&str], past: bool) -> usize {
    let i = after_text_part(rest, skip_manner_aside(rest, skip_adverbs(rest, 0)));
    // A report names the body after a past verb, and the text itself after any verb
    // ("ويدعو القرار جميع المجموعات ...", "يدعو مشروع القرار إلى ...").
    let names_text = rest
        .get(i)
        .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)));
    if past
        && let Some(end) = member_states_end(rest, i, enders)
            .or_else(|| group_states_end(rest, i, enders))
            .or_else(|| named_in_text_end(rest, i))
            .or_else(|| members_before_addressee_end(rest, i))
    {
        return end;
    }
    subject_end(rest, i, enders, past, names_text)
}

/// "ويطالب نص القرار من X أن ...": the text's wording, a construct with the text, is
/// the text speaking, no addressee.
fn after_text_part(rest: &[&str], i: usize) -> usize {
    if rest
        .get(i)
        .is_some_and(|w| table::AR_TEXT_PARTS.contains(&bare(w)))
        && rest
            .get(i + 1)
            .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
    {
        return i + 1;
    }
    i
}

/// "دعت دول مجلس التعاون أول من أمس إيران إلى ...": the body's member States.
fn member_states_end(rest: &[&str], i: usize, enders: &[&str]) -> Option<usize> {
    if rest.get(i).is_some_and(|w| bare(w) == "دول")
        && rest
            .get(i + 1)
            .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)))
        && let Some((_, taken)) = subject(&rest[i + 1..])
    {
        return Some(own_summit_end(
            rest,
            skip_adverbs(rest, i + 1 + taken),
            enders,
        ));
    }
    None
}

/// "وطالبت الدول الأعضاء الأمانة الفنية بـ ...": after a past verb, the members of a
/// meeting, then (no comma, no "و") another actor's defined head: the members speak, the
/// other is asked.
fn members_before_addressee_end(rest: &[&str], i: usize) -> Option<usize> {
    let n = table::AR_MEMBERS_AS_SUBJECT
        .iter()
        .map(|m| m.split(' ').collect::<Vec<_>>())
        .find(|m| {
            m.iter()
                .enumerate()
                .all(|(k, x)| rest.get(i + k).is_some_and(|w| bare(w) == *x))
        })?
        .len();
    let (last, next) = (rest[i + n - 1], bare(rest.get(i + n)?));
    (!last.ends_with(',') && has_article(next) && table::AR_ACTOR_HEADS.contains(&next))
        .then_some(i + n)
}

/// "دعت دول مجموعة X (Y)، اليوم، في قمتها بـ Z إلى ...": a group's States call, a
/// feminine verb before them; where they met may stand before "إلى".
fn group_states_end(rest: &[&str], i: usize, enders: &[&str]) -> Option<usize> {
    if rest.get(i).is_some_and(|w| bare(w) == "دول")
        && rest.get(i + 1).is_some_and(|w| bare(w) == "مجموعة")
    {
        let k = skip_adverbs(rest, i + name_end(&rest[i..]));
        return Some(own_summit_end(rest, k, enders));
    }
    None
}

/// "ودعت الدول الأعضاء في البيان مجلس الأمن إلى ...": a name that speaks "in" the text
/// is the subject; the one asked follows.
fn named_in_text_end(rest: &[&str], i: usize) -> Option<usize> {
    let e = name_end(&rest[i.min(rest.len())..]);
    let j = (i + 1..i + e).find(|&j| {
        ["في", "فى"].contains(&bare(rest[j]))
            && rest
                .get(j + 1)
                .is_some_and(|w| table::AR_TEXT_HEADS.contains(&bare(w)))
            && !rest[j - 1].ends_with([',', '.'])
            // "وأذن المجلس للبعثة في القرار ...": the one asked is named before it.
            && rest[i..j].iter().all(|w| {
                let w = bare(w);
                !w.starts_with("لل") && !w.starts_with("بال")
            })
    })?;
    let k = j
        + 2
        + rest[j + 2..]
            .iter()
            .take_while(|w| ["الختامي", "الختامى"].contains(&bare(w)))
            .count();
    Some(skip_adverbs(rest, k))
}

/// Where the words after the subject at `i` start, where no reading above knew it.
fn subject_end(rest: &[&str], i: usize, enders: &[&str], past: bool, names_text: bool) -> usize {
    // "دعت الدول المشاركة في القمة إلى ...": the meeting's members are the subject.
    if past
        && rest
            .get(i + 1)
            .is_some_and(|w| table::AR_MEMBER_MARKS.contains(&bare(w)))
    {
        skip_adverbs(rest, i + name_end(&rest[i..]))
    } else if past || names_text || speaks_in_text(&rest[i.min(rest.len())..]) {
        if let Some((name, taken)) = rest.get(i..).and_then(subject) {
            named_subject_end(rest, i, (&name, taken), enders, names_text)
        } else if names_text {
            text_subject_end(rest, i, enders)
        } else {
            i
        }
    } else {
        i
    }
}

/// Where the words after a subject named at `i` (`name`, its `taken` words) start: after
/// the closing text it names, the adverbs, and the members and participants after it.
fn named_subject_end(
    rest: &[&str],
    i: usize,
    (name, taken): (&str, usize),
    enders: &[&str],
    names_text: bool,
) -> usize {
    let mut i = i;
    let closing = names_text
        && ["الختامي", "الختامى"].contains(&name.rsplit(' ').next().unwrap_or_default())
        && !rest[i + taken - 1].ends_with([',', '.']);
    if closing {
        i += closing_text_of(&rest[i + taken..], enders);
    }
    i = skip_adverbs(rest, i + taken);
    i = past_members(rest, i, enders);
    participants_in_end(rest, i, enders)
}

/// "وطلب القرار ...": the text itself is the subject; "طالب بيان القمة الختامي
/// بـ ...": with the body it is of.
fn text_subject_end(rest: &[&str], i: usize, enders: &[&str]) -> usize {
    let of = if has_article(bare(rest[i])) {
        0
    } else {
        rest.get(i + 1..)
            .filter(|r| r.first().is_some_and(|w| has_article(bare(w))))
            .map_or(0, |r| name_end_before(r, enders))
    };
    skip_adverbs(rest, i + 1 + of)
}

/// "دعا المشاركون في قمة "X" إلى ...": the subject is those taking part ("المشاركون")
/// and the "في" after it says in what, up to the verb's ender (no comma, no full stop, no
/// actor's head between: "المشاركون في القمة الدول الأعضاء إلى" keeps its addressee).
fn participants_in_end(words: &[&str], i: usize, enders: &[&str]) -> usize {
    let after_participants = i > 0
        && table::AR_PARTICIPANTS.contains(&bare(words[i - 1]))
        && !words[i - 1].ends_with(',')
        && words
            .get(i)
            .is_some_and(|w| ["في", "فى"].contains(&bare(w)));
    if !after_participants {
        return i;
    }
    let Some(k) = (i + 2..words.len().min(i + 8)).find(|&k| ends_at(words[k], enders)) else {
        return i;
    };
    let plain = words[i + 1..k].iter().all(|w| {
        !w.ends_with([',', '.', ';', ':'])
            && !table::AR_ACTOR_HEADS.contains(&bare(w))
            && bare(w) != "مع"
    });
    if plain { k } else { i }
}

/// "في قمتها بجنوب أفريقيا إلى ...": a group's own summit or meeting (its noun with the
/// pronoun) and where it was, up to the verb's ender, passed over.
fn own_summit_end(words: &[&str], i: usize, enders: &[&str]) -> usize {
    let own = words
        .get(i)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && words.get(i + 1).is_some_and(|w| {
            let w = bare(w);
            ["قمتها", "قمتهم", "قمته"].contains(&w) || OWN_MEETINGS.contains(&w)
        });
    if !own {
        return i;
    }
    (i + 2..words.len().min(i + 8))
        .take_while(|&k| !words[k - 1].ends_with([',', '.', ';', ':']))
        .find(|&k| ends_at(words[k], enders))
        .unwrap_or(i)
}

/// "الذي", "المنعقدة": what opens a relative clause on a meeting's name.
const RELATIVES: &[&str] = &["الذي", "التي", "المنعقد", "المنعقدة"];

/// "البيان الختامي للقمة العربية ... [التي عقدت في X اليوم] بضرورة ...": after a text's
/// head and its adjective "الختامي", the meeting it closes, by "لـ" + a body, with any
/// relative clause on it ("الذي / التي / المنعقدة ..." up to the verb's ender), is the
/// subject's; how many words it takes (none where no body by "لـ" follows).
fn closing_text_of(words: &[&str], enders: &[&str]) -> usize {
    let of_body = words.first().is_some_and(|w| {
        bare(w)
            .strip_prefix("لل")
            .is_some_and(|b| table::AR_BODY_HEADS.contains(&format!("ال{b}").as_str()))
    });
    if !of_body {
        return 0;
    }
    // The body's adjectives and ordinals ("للقمة العربية العادية الحادية والثلاثين"); an
    // actor's head after them is the addressee ("... للمؤتمر الدول الأعضاء بـ").
    let end = 1 + words[1..]
        .iter()
        .zip(words)
        .take_while(|&(w, prev)| {
            let b = bare(w);
            (has_article(b) || b.starts_with("وال"))
                && !prev.ends_with([',', '.', ';', ':'])
                && !table::AR_ACTOR_HEADS.contains(&b)
                && !table::AR_BODY_HEADS.contains(&b)
                && !RELATIVES.contains(&b)
                && !ends_at(w, enders)
        })
        .count();
    let relative = words.get(end).is_some_and(|w| RELATIVES.contains(&bare(w)));
    if !relative || words[end - 1].ends_with([',', '.', ';', ':']) {
        return end;
    }
    let limit = words.len().min(end + 15);
    (end + 1..limit)
        .find(|&k| words[k - 1].ends_with([',', '.', ';', ':']) || ends_at(words[k], enders))
        .filter(|&k| ends_at(words[k], enders) && !words[k - 1].ends_with([',', '.', ';', ':']))
        .unwrap_or(end)
}

/// "تطلب حكومتا تونس ومراكش من منظمة ... أن ...": a present verb's own subject (a
/// government or a State, one or two) before "من"; the addressee follows it.
fn present_subject(rest: &[&str], i: usize, openers: &[&str]) -> usize {
    let head = rest.get(i).map(|w| bare(w)).unwrap_or_default();
    // "حكومتا", "دولتا": the dual of a feminine head ("حكومة", "دولة").
    let dual_of = head.strip_suffix("تا").map(|s| format!("{s}ة"));
    let state = table::AR_SUBJECT_STATES.contains(&head)
        || dual_of.is_some_and(|s| table::AR_SUBJECT_STATES.contains(&s.as_str()));
    if rest.get(i).is_some_and(|w| opens(w, openers)) {
        return i;
    }
    // "1- يطلب المجلس من الأمين العام ...": a verb that names whom it asks by "من" /
    // "إلى" names its own subject first when a body's name stands before the opener.
    if !state {
        return rest
            .get(i..)
            .and_then(subject)
            .map(|(_, taken)| i + taken)
            .filter(|&k| {
                rest.get(k).is_some_and(|w| {
                    ["من", "إلى", "الى"].contains(&bare(w)) && openers.contains(&bare(w))
                }) && rest.get(k + 1).is_some_and(|w| {
                    let w = bare(w);
                    has_article(w) || table::AR_ACTOR_HEADS.contains(&w)
                })
            })
            .unwrap_or(i);
    }
    (i + 1..rest.len().min(i + 5))
        .take_while(|&k| !rest[k - 1].ends_with([',', '.', ';']))
        .find(|&k| {
            // "من" only: "يدعو حكومة X إلى التعاون" names its addressee first.
            bare(rest[k]) == "من"
                && openers.contains(&"من")
                && rest.get(k + 1).is_some_and(|w| {
                    let w = bare(w);
                    has_article(w) || table::AR_ACTOR_HEADS.contains(&w)
                })
        })
        .unwrap_or(i)
}

/// Where the words after a subject's relative clause (at `i`) start.
fn after_subject_relative(rest: &[&str], mut i: usize, openers: &[&str], enders: &[&str]) -> usize {
    // "دعا المجلس، المكون من 15 عضوا، الأطراف ...": what the subject is made of, between
    // it and the addressee.
    if i > 0
        && rest
            .get(i)
            .is_some_and(|w| table::AR_MADE_OF.contains(&bare(w)))
    {
        i = skip_adverbs(rest, described_end(rest, i));
    }
    // "وطالب القرار، الذي صاغه ...، من بين أمور أخرى، بـ ...": a relative clause between
    // commas, then what it asks.
    if i > 0
        && rest[i - 1].ends_with(',')
        && rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
        && let Some(k) = (i..rest.len().min(i + 20)).find(|&k| rest[k].ends_with(','))
    {
        i = skip_adverbs(rest, k + 1);
    }
    // "ويفوض القرار الذي صاغته X و Y البعثة بـ ...": past the relative clause's verb (its
    // object the text) and its subject.
    if i > 0
        && rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
        && rest
            .get(i + 1)
            .is_some_and(|w| is_past_with_object(bare(w)) && !w.ends_with([',', '.']))
        && rest.len() > i + 3
    {
        // Only where an addressee follows ("... المؤتمر اليوم في ختام ..." goes on with
        // when and where it was issued).
        // "ويطلب القرار الذي قدمته فرنسا من الدول ...": the relative's subject ends at the
        // verb's opener.
        let named = name_end_before(&rest[i + 2..], enders);
        let opener = rest[i + 2..]
            .iter()
            .skip(1)
            .position(|w| opens(w, openers))
            .map(|k| k + 1);
        let j = i + 2 + opener.map_or(named, |k| k.min(named));
        let next = rest.get(j).map(|w| bare(w)).unwrap_or_default();
        let addressee = so_called(&rest[j.min(rest.len())..]).is_some()
            || opens(next, openers)
            || table::AR_ACTOR_HEADS.contains(&next)
            || (has_article(next)
                && !table::AR_TIME_WORDS.contains(&next)
                && !table::AR_RELATIVES.contains(&next));
        if addressee {
            return j;
        }
    }
    // "وطلب القرار الذي حمل الرقم 2718 من الأمين العام ...": past the subject's relative
    // clause to the opener; without one, to the comma that closes it ("ويطالب القرار الذي
    // صدر أمس، ويحمل الرقم N، الطرفين بـ ...").
    if i > 0
        && rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
    {
        if let Some(k) = (i..rest.len().min(i + 8)).find(|&k| opens(rest[k], openers)) {
            i = k;
        } else if let Some(k) = past_relative(rest, i) {
            i = k;
        } else if let Some(k) = (i + 2..rest.len().min(i + 12)).find(|&k| {
            // "وطالب إعلان القاهرة الذي أصدره الاجتماع اليوم بإرسال ...": no opener nor
            // comma; the act its ender opens (not how it was adopted).
            ends_at(rest[k], enders) && !table::AR_MANNER.contains(&bare(rest[k]))
        }) {
            i = relative_addressee(rest, i, k).unwrap_or(k);
        }
    }
    i
}

/// "ويدعو القرار الذي لقي تأييدا واسعا قوات الاتحاد إلى ...": the relative clause at `i`
/// has its own object (its verb takes no pronoun: "أصدره" would be followed by its
/// subject); an actor's head after that object and before the ender at `k` is the
/// addressee.
fn relative_addressee(rest: &[&str], i: usize, k: usize) -> Option<usize> {
    let verb = bare(rest.get(i + 1)?);
    if is_past_with_object(verb) || rest[i + 1].ends_with([',', '.']) {
        return None;
    }
    let m = (i + 3..k).find(|&m| table::AR_ACTOR_HEADS.contains(&bare(rest[m])))?;
    let own_subject = rest[i + 2..m].iter().any(|w| {
        let w = bare(w);
        has_article(w) || table::AR_BODY_HEADS.contains(&w) || w.ends_with(',')
    });
    (!own_subject).then_some(m)
}

/// "طالب المجلس في قراره الحكومة ...": past the text that asks, named in passing at `i`.
fn after_text_in_passing(rest: &[&str], mut i: usize, openers: &[&str]) -> usize {
    let draft = usize::from(draft_of_text(rest, i));
    if rest.get(i).is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && rest.get(i + 1 + draft).is_some_and(|w| {
            let w = bare(w);
            table::AR_TEXT_HEADS.iter().any(|h| w.starts_with(h))
        })
    {
        // "في بيانها الختامي،": the text's adjectives go with it.
        i += 2 + draft;
        // "في بيان له من X": "of its", the body's own text (no comma before it).
        if !rest[i - 1].ends_with(',')
            && rest
                .get(i)
                .is_some_and(|w| table::AR_TEXT_OWNERS.contains(&bare(w)))
        {
            i += 1;
        }
        while !rest[i - 1].ends_with(',') && rest.get(i).is_some_and(|w| adjective(bare(w))) {
            i += 1;
        }
        i = past_texts_meeting(rest, i);
        // "في قراره رقم N الذي اتخذه أمس كل الأطراف ...".
        if rest.get(i).is_some_and(|w| bare(w) == "رقم") {
            i += 2;
        }
        i = past_text_subject(rest, i, openers);
        // "في بيان وزعته الأمانة العامة أمس في القاهرة X ...": who issued it, when, where.
        if rest.get(i).is_some_and(|w| is_past_with_object(bare(w)))
            && let Some(t) = (i + 1..rest.len().min(i + 10))
                .find(|&k| table::AR_TIME_WORDS.contains(&bare(rest[k])))
        {
            i = t + 1;
            if rest.get(i).is_some_and(|w| ["في", "فى"].contains(&bare(w))) {
                i += 2;
            }
        }
        if rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
            && !rest[i..rest.len().min(i + 8)]
                .iter()
                .any(|w| opens(w, openers))
        {
            i = skip_adverbs(rest, i + 2);
        }
        i = skip_adverbs(rest, i);
        // "في القرار الذي حمل الرقم ... من الأمين العام": past its relative clause.
        if rest
            .get(i)
            .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
            && let Some(k) = (i..rest.len().min(i + 8)).find(|&k| opens(rest[k], openers))
        {
            i = k;
        }
    }
    i
}

/// "في مشروع البيان الختامي ...": the draft of a text the asking is told in ("مشروع" before
/// the text's head), at `i` on its "في".
fn draft_of_text(rest: &[&str], i: usize) -> bool {
    rest.get(i).is_some_and(|w| ["في", "فى"].contains(&bare(w)))
        && rest.get(i + 1).is_some_and(|w| bare(w) == "مشروع")
}

/// "في مشروع البيان الختامي للدورة الثالثة لقمة X المنعقدة بـ Y يومي D، جميع الدول ...":
/// the meeting the text is of (a genitive "لـ" chain with no comma) up to the comma that an
/// actor follows; `i` unchanged without both.
fn past_texts_meeting(rest: &[&str], i: usize) -> usize {
    let of_meeting = rest.get(i).is_some_and(|w| {
        let w = bare(w);
        w.starts_with('ل') && table::AR_MEETING_NOUNS.iter().any(|m| w.ends_with(m))
    });
    if !of_meeting || rest[i - 1].ends_with(',') {
        return i;
    }
    (i..rest.len().min(i + 18))
        .take_while(|&k| k == i || !rest[k - 1].ends_with(['.', ';']))
        .find(|&k| rest[k].ends_with(','))
        .filter(|&k| {
            rest.get(k + 1)
                .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
        })
        .map_or(i, |k| k + 1)
}

/// "في قراره الخاص بدراسة مقترح ... من الأمين العام": past what the text is about (a
/// phrase opened by "بـ", "بشأن" or "حول") to the opener before an actor, within the
/// sentence's clause (no comma on the way).
fn past_text_subject(rest: &[&str], i: usize, openers: &[&str]) -> usize {
    let about = rest.get(i).is_some_and(|w| {
        let w = bare(w);
        ["بشأن", "حول"].contains(&w) || (w.starts_with('ب') && w.chars().count() >= 4)
    });
    if !about || rest[i - 1].ends_with(',') {
        return i;
    }
    (i + 1..rest.len().min(i + 24))
        .take_while(|&k| !rest[k - 1].ends_with([',', '.', ';']))
        .find(|&k| {
            openers.contains(&bare(rest[k]))
                && rest
                    .get(k + 1)
                    .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
        })
        .unwrap_or(i)
}

/// Where the addressee of a past verb that needs an opener starts when none follows its
/// subject at `i`: the opener after an aside, or an actor after the commas; None without
/// either.
fn addressee_after_aside(rest: &[&str], i: usize, openers: &[&str]) -> Option<usize> {
    let after_comma = i > 0 && rest[i - 1].ends_with(',');
    let aside = (i..rest.len().min(i + 25))
        .find(|&k| opens(rest[k], openers) && k > 0 && rest[k - 1].ends_with(','));
    Some(match aside {
        Some(k) => k,
        // "طلب القرار، الصادر بالإجماع، جميع الأطراف بأن ...": no opener, an actor.
        None => {
            let k = if after_comma {
                (i..rest.len().min(i + 12)).find(|&k| rest[k].ends_with(','))? + 1
            } else {
                i
            };
            rest.get(k)
                .filter(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))?;
            k
        }
    })
}

/// "ما يسمى بمهمة الدعم ...": the words from the name a "so-called" gives on.
fn so_called<'a>(words: &[&'a str]) -> Option<Vec<&'a str>> {
    let [what, called, named, rest @ ..] = words else {
        return None;
    };
    // "يسمح لما يسمى بـ ...": the opener joined to "ما".
    let alias = ["ما", "لما"].contains(&bare(what))
        && ["يسمى", "تسمى", "يعرف", "تعرف"].contains(&bare(called))
        && named.chars().count() > 3;
    let named = named.strip_prefix('ب').filter(|_| alias)?;
    Some(std::iter::once(named).chain(rest.iter().copied()).collect())
}

/// The words from the addressee on: its opener dropped, or the "لـ" of `restored` ("للبعثة"
/// as "البعثة"), or a one-letter opener taken off the noun it is joined to ("بالدول").
fn without_opener<'a>(
    words: &[&'a str],
    openers: &[&str],
    restored: Option<&'a str>,
) -> Vec<&'a str> {
    let first = words[0];
    let mut owned: Vec<&str> = words.to_vec();
    if openers.contains(&bare(first)) {
        owned.remove(0);
    } else if let Some(r) = restored {
        owned[0] = r;
    } else if let Some(o) = openers.iter().find(|o| o.chars().count() == 1) {
        // "بالدول": the preposition is joined to its noun.
        if let Some(stripped) = first
            .strip_prefix(o)
            .filter(|s| has_article(s) || !s.is_empty())
        {
            owned[0] = stripped;
        }
    }
    owned
}

/// The addressees named from the start of `owned`, and where the act after them starts.
fn addressees(owned: &[&str], openers: &[&str], enders: &[&str]) -> (Vec<String>, usize) {
    let end = name_end_before(owned, enders);
    let mut actors = names(&owned[..end]);
    let mut j = end;
    // "الأمين العام للأمم المتحدة السيد كوفي عنان الى تقديم ...": the person's name in
    // apposition runs to the ender.
    if owned
        .get(j)
        .is_some_and(|w| ["السيد", "السيدة"].contains(&bare(w)))
        && let Some(k) = (j..owned.len().min(j + 8)).find(|&k| ends_at(owned[k], enders))
    {
        j = k;
    }
    // "الدول التي نقلت سفاراتها ... إلى التراجع": the act after the relative clause.
    if owned
        .get(j)
        .is_some_and(|w| table::AR_RELATIVES.contains(&bare(w)))
    {
        j = (j..owned.len().min(j + 30))
            .find(|&k| enders.contains(&bare(owned[k])))
            .unwrap_or(j);
    }
    // ", وعند الاقتضاء، بغيرها من الجهات ...": a second addressee after the same opener.
    if owned[end - 1].ends_with(',')
        && let Some((more, next)) = further(&owned[end..], openers)
    {
        actors.extend(more);
        j = end + next;
    } else if let Some(k) = (end..owned.len().min(end + 10)).find(|&k| {
        bare(owned[k])
            .strip_prefix('و')
            .is_some_and(|o| openers.contains(&o))
    }) && !(end..k).any(|m| ends_at(owned[m], enders))
    {
        // "من الدول الأعضاء القادرة ... ومن المؤسسات المالية، أن ...".
        let more = &owned[k + 1..];
        if !more.is_empty() {
            let len = name_end_before(more, enders);
            actors.extend(names(&more[..len]));
            j = k + 1 + len;
        }
    }
    (actors, j)
}

/// The actor of a call that names no one; the drafter writes it as
/// `table::AR_DEFAULT_ACTOR` with a note to check it.
pub const UNNAMED: &str = "\u{0}unnamed";

/// "يدعو إلى", "يطالب بـ", "يناشد بـ": verbs that call for a thing when they name no one
/// ("يحث على", "يطلب أن" and "يكلف بـ" without an addressee are drafted from nothing).
fn calls_for(enders: &[&str]) -> bool {
    enders.iter().any(|e| ["إلى", "الى"].contains(e))
        || (enders.contains(&"ب") && enders.contains(&"أن"))
}

/// "يحث على اتخاذ الإجراءات التالية": an urging that names no one but points to the items
/// it lists is a general call (all States), unlike a bare "يحث على ..." (read as nothing).
fn urges_measures(words: &[&str], enders: &[&str]) -> bool {
    enders.contains(&"على")
        && words.first().is_some_and(|w| bare(w) == "على")
        && words.get(1).is_some_and(|w| bare(w) == "اتخاذ")
        && words
            .iter()
            .skip(2)
            .take(3)
            .any(|w| bare(w).starts_with("التالي"))
}

/// What a call that names no addressee asks, and of whom: "طالب القرار بأن يقدم الأمين
/// العام ..." asks the subject of its "أن" clause; "يدعو إلى التزام جميع الأطراف ..." the
/// actor its verbal noun names; otherwise all States.
fn unnamed_call(words: &[&str], enders: &[&str]) -> Option<(Vec<String>, String)> {
    let first = bare(words.first()?);
    if let Some(found) = that_clause_actor(words, enders, first) {
        return Some(found);
    }
    let noun_actors = verbal_noun_actors(words, enders, first);
    let action = action_after(words, enders)?;
    if let Some(actors) = noun_actors {
        return Some((actors, action));
    }
    // "توصي بما يأتي:": its items say what.
    if ["ما يأتي", "ما يلي", "بما يأتي", "بما يلي"]
        .iter()
        .any(|p| action.starts_with(p))
    {
        return None;
    }
    // "بنظر مشروع الميثاق في اجتماع وزراء الخارجية ...": those whose meeting is to consider.
    if let Some(found) = considered_at(words, &action) {
        return Some(found);
    }
    if let Some(pair) = between_pair(words).or_else(|| cooperating(words)) {
        return Some((pair, action));
    }
    if let Some(doers) = doer_named(words) {
        return Some((doers, action));
    }
    Some((vec![UNNAMED.to_string()], action))
}

/// "طالب القرار بأن يقدم الأمين العام ...": the subject of a call's "أن" clause, when the
/// call opens with one.
fn that_clause_actor(
    words: &[&str],
    enders: &[&str],
    first: &str,
) -> Option<(Vec<String>, String)> {
    let that = ["أن", "ان", "بأن", "بان"].contains(&first)
        || (enders.contains(&first)
            && words
                .get(1)
                .is_some_and(|w| ["أن", "ان"].contains(&bare(w))));
    if !that {
        return None;
    }
    let k = words
        .iter()
        .position(|w| ["أن", "ان", "بأن", "بان"].contains(&bare(w)))?;
    words.get(k + 1..).and_then(acting_subject)
}

/// "إلى التزام جميع الأطراف ...", "بانسحاب القوات ...": the actors a call's verbal noun
/// names as its own, if any.
fn verbal_noun_actors(words: &[&str], enders: &[&str], first: &str) -> Option<Vec<String>> {
    let mut noun_at = usize::from(enders.contains(&first));
    // "إلى بدء عمل فريق الاتصال": a verbal noun's own construct noun before the actor
    // (not a preposition: "بالإفراج عن رئيس البلاد" frees the president).
    if words.get(noun_at + 1).is_some_and(|w| {
        !has_article(bare(w))
            && !table::AR_ACTOR_HEADS.contains(&bare(w))
            && !table::AR_PREPOSITIONS.contains(&bare(w))
    }) && words
        .get(noun_at + 2)
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)) && !has_article(bare(w)))
    {
        noun_at += 1;
    }
    // "بإرسال بعثة ...", "إلى نشر قوة ...", "بدعوة لنشر قوات ...": the mission sent is no
    // actor.
    let sent = words.get(noun_at).is_some_and(|w| {
        let w = bare(w);
        let w = w
            .strip_prefix(['ب', 'ل'])
            .filter(|_| noun_at == 0)
            .unwrap_or(w);
        table::AR_SENDING_NOUNS.contains(&w)
    });
    // "إلى عقد مؤتمر ...": a meeting held is no actor.
    let head = words.get(noun_at + 1)?;
    if sent
        || !table::AR_ACTOR_HEADS.contains(&bare(head))
        || table::AR_BODY_HEADS.contains(&bare(head))
    {
        return None;
    }
    let end = name_end(&words[noun_at + 1..]);
    let actors = names(&words[noun_at + 1..noun_at + 1 + end]);
    (!actors.is_empty()).then_some(actors)
}

/// "بوقف إطلاق النار بين روسيا وأوكرانيا": the two a call's own phrase names.
fn between_pair(words: &[&str]) -> Option<Vec<String>> {
    if let Some(k) = words.iter().position(|w| bare(w) == "بين")
        && let [a, b, ..] = &words[k + 1..]
        && !a.ends_with([',', ';', '.'])
        && bare(b)
            .strip_prefix('و')
            .is_some_and(|r| r.chars().count() > 2)
        && words
            .get(k + 3)
            .is_none_or(|_| b.ends_with([',', ';', '.']))
    {
        let pair = names(&[bare(a), bare(b)]);
        if pair.len() == 2 {
            return Some(pair);
        }
    }
    None
}

/// "داعيا لمزيد من التعاون بين القوة المؤقتة والجيش الوطني، خاصة ...": those who are to
/// work together, named after "بين" (each defined, joined by "و"), do what is called for.
fn cooperating(words: &[&str]) -> Option<Vec<String>> {
    let k = words.iter().position(|w| bare(w) == "بين")?;
    let noun = bare(words.get(k.checked_sub(1)?)?);
    let noun = noun.strip_prefix(['ل', 'ب']).unwrap_or(noun);
    if !table::AR_WORKING_TOGETHER.contains(&noun) || words[k - 1].ends_with([',', '.']) {
        return None;
    }
    let end = (k + 1..words.len().min(k + 9))
        .find(|&e| words[e].ends_with([',', ';', '.', ':']))
        .map_or(words.len().min(k + 9), |e| e + 1);
    let pair = names(&words[k + 1..end]);
    let defined = |n: &String| n.split_whitespace().next().is_some_and(has_article);
    (pair.len() == 2 && pair.iter().all(defined)).then_some(pair)
}

/// "يطالب بوقف ... من قبل جميع الأطراف": the doer a call's own phrase names.
fn doer_named(words: &[&str]) -> Option<Vec<String>> {
    let k = words.windows(3).position(|w| {
        bare(w[0]) == "من" && bare(w[1]) == "قبل" && table::AR_ACTOR_HEADS.contains(&bare(w[2]))
    })?;
    let end = name_end(&words[k + 2..]);
    Some(names(&words[k + 2..k + 2 + end]))
}

/// "عقد اجتماع فوري لمجلس الجامعة ...": a meeting called of a body named after "لـ" (that
/// body asked to meet).
fn meeting_called(words: &[&str]) -> Option<(Vec<String>, String)> {
    let [held, meeting, ..] = words else {
        return None;
    };
    let called = bare(held) == "عقد"
        && [
            "اجتماع",
            "اجتماعا",
            "دورة",
            "جلسة",
            "الاجتماع",
            "الدورة",
            "الجلسة",
        ]
        .contains(&bare(meeting))
        && !meeting.ends_with([',', '.']);
    if !called {
        return None;
    }
    // "لمجلس X"; "للجنة التنفيذية" ("لـ" + "اللجنة", its alif dropped, an adjective after
    // it) is "اللجنة التنفيذية".
    let head_of = |k: usize| -> Option<String> {
        let w = bare(words[k]);
        // "للمجلس التنفيذي" is "لـ" + "المجلس" (the article's alif dropped, its lam kept).
        let defined = (w.starts_with("لل") && words.get(k + 1).is_some_and(|n| adjective(bare(n))))
            .then(|| [format!("ا{w}"), format!("ا{}", &w['ل'.len_utf8()..])])
            .and_then(|c| {
                c.into_iter().find(|d| {
                    table::AR_BODY_HEADS.contains(&d.as_str())
                        || table::AR_MEETING_BODIES.contains(&d.as_str())
                })
            });
        defined.or_else(|| {
            w.strip_prefix('ل')
                .filter(|r| table::AR_BODY_HEADS.contains(r))
                .map(str::to_string)
        })
    };
    let k = (2..words.len().min(5)).find(|&k| head_of(k).is_some())?;
    let head = head_of(k)?;
    let mut named: Vec<&str> = vec![head.as_str()];
    named.extend(&words[k + 1..]);
    let end = name_end(&named);
    let actors = names(&named[..end]);
    (!actors.is_empty()).then(|| (actors, clean(&words.join(" "))))
}

/// "اختتم المجلس ... باعتماد ...، والإعلان عن عقد الدورة 43 للمجلس X ... خلال شهر D": a
/// meeting announced by the verbal noun ("الإعلان عن" + a meeting called of a body named
/// after "لـ") asks that body to meet. Who and what, if `words` opens so.
fn meeting_announced(words: &[&str]) -> Option<(Vec<String>, String)> {
    let [noun, about, ..] = words else {
        return None;
    };
    let noun = bare(noun);
    let noun = noun.strip_prefix('و').unwrap_or(noun);
    if !["الإعلان", "الاعلان"].contains(&noun) || bare(about) != "عن" || about.ends_with(',')
    {
        return None;
    }
    meeting_called(&words[2..])
}

/// "(س)يمنح X مهلة إضافية حتى 60 يوما لتسليم ...", "ومنح المجلس X مهلة ...": a time
/// granted (a verb of granting, its subject if named, whom, then "مهلة" and the act after
/// "لـ" within eight words) asks whom it is granted, within it. Who and what, if `words`
/// opens so.
fn time_granted(words: &[&str]) -> Option<(Vec<String>, String)> {
    // "قرر المجلس إعطاء X مهلة ...": "إعطاء", the verbal noun of "أعطى", grants as "منح".
    const GRANTS: &[&str] = &[
        "منح",
        "منحت",
        "يمنح",
        "تمنح",
        "إعطاء",
        "اعطاء",
        "أعطى",
        "اعطى",
        "أعطت",
        "اعطت",
    ];
    let first = bare(words.first()?);
    let first = first.strip_prefix(['و', 'ف']).unwrap_or(first);
    // "سيمنح": the body's word of what it grants; a headline's present ("الاتحاد يمنح X
    // مهلة ...") tells the grant the story gives below.
    let verb = first
        .strip_prefix('س')
        .filter(|v| GRANTS.contains(v))
        .unwrap_or(first);
    let present = verb == first && verb.starts_with(['ي', 'ت']);
    if !GRANTS.contains(&verb) || present {
        return None;
    }
    let time = words
        .iter()
        .take(10)
        .position(|w| ["مهلة", "مهله"].contains(&bare(w)))?;
    // Whom: the name right before "مهلة", after the subject if one is named.
    let mut from = 1;
    // The past of a report names its subject ("ومنح المجلس X مهلة"); the body's own word
    // ("انه سيمنح X مهلة") does not.
    let past = ["منح", "منحت", "أعطى", "اعطى", "أعطت", "اعطت"].contains(&first);
    // "قرر X منح المجلس العسكري في Y مهلة ...": the verbal noun, whom a body whose place
    // follows it; a subject taken would leave whom opening with a preposition.
    if past
        && let Some((_, taken)) = words.get(1..time).and_then(subject)
        && 1 + taken < time
        && !table::AR_PREPOSITIONS.contains(&bare(words[1 + taken]))
    {
        from = 1 + taken;
    }
    let mut whom = &words[from..time];
    // "إعطاء الحاكمين العسكريين في موريتانيا مهلة": whom, then where (one bare name).
    let e = name_end(whom);
    if e + 2 == whom.len() && e > 0 && ["في", "فى"].contains(&bare(whom[e])) {
        whom = &whom[..e];
    }
    if whom.is_empty() || name_end(whom) != whom.len() {
        return None;
    }
    let act = (time + 1..words.len().min(time + 9)).find(|&k| {
        let w = bare(words[k]);
        w.starts_with('ل') && w.chars().count() > 3 && !w.starts_with("لل")
    })?;
    let action = action_after(&words[time..], &[])?;
    (act > time).then(|| (names(whom), action))
}

/// "أعلن الوزير عن قرار وزراء الخارجية القاضي بإرسال وفد ...": a decision announced (an
/// announcing verb, "عن", "قرار" and who took it, then "القاضي / القاضية بـ" + its act) is
/// its deciders' own act; a decision named in a call ("بتنفيذ قرار X القاضي بـ ...") is
/// not announced. Who decided and what, if `words` opens so after `before`.
fn announced_decision(before: &[&str], words: &[&str]) -> Option<(Vec<String>, String)> {
    let [provides, act, ..] = words else {
        return None;
    };
    let provides = bare(provides);
    if !["القاضي", "القاضية"].contains(&provides)
        || !act.starts_with('ب')
        || act.chars().count() < 4
    {
        return None;
    }
    let n = before.len();
    // "قرار" and its deciders: at most six words before.
    let j = (n.saturating_sub(7)..n)
        .rev()
        .find(|&j| bare(before[j]) == "قرار")?;
    let deciders = &before[j + 1..];
    if deciders.is_empty()
        || deciders.iter().any(|w| w.ends_with([',', '.', ';']))
        || name_end(deciders) != deciders.len()
    {
        return None;
    }
    let mut v = j.checked_sub(1)?;
    if bare(before[v]) == "عن" {
        v = v.checked_sub(1)?;
    }
    // The announcing verb and its subject: at most eight words before.
    let from = before[..=v]
        .iter()
        .rposition(|w| w.ends_with('.'))
        .map_or(0, |k| k + 1);
    (from.max(v.saturating_sub(8))..=v).find(|&a| announces(before[a]))?;
    let action = action_after(&words[1..], &["ب"])?;
    Some((names(deciders), action))
}

/// Whether `w` is an announcing verb ("أعلن"), with or without its joined "و".
fn announces(w: &str) -> bool {
    let w = bare(w);
    table::AR_ANNOUNCES.contains(&w)
        || w.strip_prefix('و')
            .is_some_and(|r| table::AR_ANNOUNCES.contains(&r))
}

/// "أعلن مجلس X، أنه سيعقد جلسة خاصة ... في 27 مايو": the body's own word that it will
/// meet (an announcing verb, the body as its subject, "أنه" / "أنها", then "سيعقد" /
/// "ستعقد" and a meeting) is its act to come, by that body; a narrator's "سيعقد المجلس
/// ..." is not. The body it names, if `words` opens so after `before`.
fn announced_meeting(before: &[&str], words: &[&str]) -> Option<String> {
    let [held, meeting, ..] = words else {
        return None;
    };
    let held = bare(held);
    let meets = ["سيعقد", "ستعقد"].contains(&held)
        && table::AR_MEETING_NOUNS.contains(&bare(meeting))
        && before
            .last()
            .is_some_and(|w| ["أنه", "أنها", "انه", "انها"].contains(&bare(w)));
    if !meets {
        return None;
    }
    let n = before.len();
    let v = (n.saturating_sub(10)..n - 1)
        .rev()
        .find(|&v| announces(before[v]))?;
    if before[v..n - 1].iter().any(|w| w.ends_with('.')) {
        return None;
    }
    subject(&before[v + 1..n - 1]).map(|(name, _)| name)
}

/// "بنظر X في اجتماع وزراء الخارجية ...": a thing to consider "at the meeting of" a named
/// group asks that group.
fn considered_at(words: &[&str], action: &str) -> Option<(Vec<String>, String)> {
    let noun = bare(words.first()?);
    let noun = noun.strip_prefix(['ب', 'ل']).unwrap_or(noun);
    if !["نظر", "بحث", "دراسة", "مناقشة"].contains(&noun) {
        return None;
    }
    let k = (1..words.len().min(14))
        .take_while(|&k| !words[k - 1].ends_with('.'))
        .find(|&k| {
            ["في", "فى", "خلال"].contains(&bare(words[k]))
                && words.get(k + 1).is_some_and(|w| bare(w) == "اجتماع")
        })?;
    let named = words.get(k + 2..)?;
    let head = bare(named.first()?);
    if !table::AR_ACTOR_HEADS.contains(&head)
        || table::AR_BODY_HEADS.contains(&head) && head != "وزراء"
    {
        return None;
    }
    let actors = names(&named[..name_end(named)]);
    (!actors.is_empty()).then(|| (actors, action.to_string()))
}

/// Whether `w` is one of the verb's openers ("من", "إلى", or "ب" joined to its noun).
fn opens(w: &str, openers: &[&str]) -> bool {
    let w = bare(w);
    // "بالدول", "لبعثة الأمم المتحدة": the preposition joined to a name.
    openers.contains(&w)
        || openers.iter().any(|o| {
            o.chars().count() == 1
                && w.strip_prefix(o)
                    .is_some_and(|r| has_article(r) || table::AR_ACTOR_HEADS.contains(&r))
        })
        || (openers.contains(&"ل") && w.starts_with("لل") && w.chars().count() > 4)
}

/// The act after an addressee: after its ender ("أن", "إلى", "على", "بـ"), or from the
/// verbal noun that follows it.
fn action_after(words: &[&str], enders: &[&str]) -> Option<String> {
    let k = skip_adverbs(words, 0);
    let first = *words.get(k)?;
    let rest = if enders.contains(&bare(first)) {
        words[k + 1..].join(" ")
    } else if let Some(e) = enders
        .iter()
        .find(|e| e.chars().count() == 1 && first.starts_with(**e) && first.chars().count() > 3)
    {
        let mut all = vec![&first[e.len()..]];
        all.extend(&words[k + 1..]);
        all.join(" ")
    } else {
        words[k..].join(" ")
    };
    let action = clean(&rest);
    (!action.is_empty()).then_some(action)
}

/// A second addressee: "وعند الاقتضاء، بغيرها من X", "وبـX".
fn further(words: &[&str], openers: &[&str]) -> Option<(Vec<String>, usize)> {
    let mut k = 0;
    if words
        .first()
        .is_some_and(|w| ["وعند", "وحسب", "عند", "حسب"].contains(&bare(w)))
        && words.get(1).is_some_and(|w| bare(w).starts_with("الاقتضاء"))
    {
        k = 2;
    }
    let w = *words.get(k)?;
    let w = w.strip_prefix('و').unwrap_or(w);
    let o = openers.iter().find(|o| o.chars().count() == 1)?;
    let w = w.strip_prefix(o)?;
    let mut owned: Vec<&str> = words[k..].to_vec();
    if ["غيرها", "غيره", "غيرهم"].contains(&bare(w)) {
        if words.get(k + 1).map(|w| bare(w)) != Some("من") {
            return None;
        }
        owned = words[k + 2..].to_vec();
        k += 2;
    } else if has_article(w) {
        owned[0] = w;
    } else {
        return None;
    }
    if owned.is_empty() {
        return None;
    }
    let end = name_end(&owned);
    Some((names(&owned[..end]), k + end))
}

/// The name a pronoun stands for: the last actor named before it ("التدابير التي اتخذها
/// الأمين العام ...، ودعاه إلى ...").
fn antecedent(before: &[&str]) -> Option<String> {
    antecedent_of(before, false)
}

/// The antecedent of a plural pronoun ("حثهم", "دعاهما"): not a singular feminine name
/// ("البعثة", "الحكومة") named after the plural one ("للدول الأعضاء ... في دعم البعثة
/// وحثهم على ...").
fn antecedent_of(before: &[&str], plural: bool) -> Option<String> {
    // "أعرب المجلس عن الشكر للدول الأعضاء ... وحثهم على ...": for a plural pronoun, the
    // name after "لـ" too (its article's alif dropped: "للدول" is "لـ" + "الدول"; a
    // singular's "للمنظمة" is an owner: "الأمين العام للمنظمة ... وحثه").
    let after_lam = |w: &str| {
        w.strip_prefix("لل")
            .map(|n| format!("ال{n}"))
            .filter(|n| table::AR_ACTOR_HEADS.contains(&n.as_str()) && n != "الدولي")
    };
    let k = before.iter().rposition(|w| {
        ((table::AR_ACTOR_HEADS.contains(&bare(w)) && bare(w) != "جميع")
            || (plural && after_lam(bare(w)).is_some()))
            && !(plural && bare(w).ends_with('ة'))
    });
    // "... قرارا يقضي بحظر توريد السلاح للحوثيين في اليمن ويطالبهم بـ ...": a plural
    // pronoun stands for the group of people named after the last actor's name.
    if plural
        && let Some((j, group)) = before
            .iter()
            .enumerate()
            .rev()
            .find_map(|(j, w)| group_word(w).map(|g| (j, g)))
        && k.is_none_or(|k| j > k)
    {
        return Some(group);
    }
    let k = k?;
    let head = after_lam(bare(before[k])).filter(|_| plural);
    let mut owned: Vec<&str> = before[k..].to_vec();
    if let Some(h) = head.as_deref() {
        owned[0] = h;
    }
    let end = name_end(&owned);
    names(&owned[..end]).into_iter().next()
}

fn skip_adverbs(words: &[&str], mut i: usize) -> usize {
    loop {
        let Some(w) = words.get(i) else {
            return i;
        };
        if table::AR_ADVERBS.contains(&bare(w)) || table::AR_TIME_WORDS.contains(&bare(w)) {
            i += 1;
            continue;
        }
        // "قرر المجلس يوم الخميس تجديد ...": "يوم" and the day it names.
        if bare(w) == "يوم"
            && words
                .get(i + 1)
                .is_some_and(|d| table::AR_TIME_WORDS.contains(&bare(d)))
        {
            i += 2;
            continue;
        }
        // "ودعت اللجنة في توصياتها (التي قدمت إلى X لإقرارها) Y إلى ...": the
        // text it speaks in, and what became of that text, before the addressee.
        if let Some(k) = own_text_end(words, i) {
            i = k;
            continue;
        }
        let phrase = table::AR_ADVERB_PHRASES.iter().find(|p| {
            p.iter()
                .enumerate()
                .all(|(k, x)| words.get(i + k).is_some_and(|w| bare(w) == *x))
        });
        match phrase {
            // "في ختام دورتها العادية الـ 12": the session's kind and number go with it.
            Some(p) if p.last().is_some_and(|w| OWN_MEETINGS.contains(w)) => {
                i = meeting_number_end(words, i + p.len());
            }
            Some(p) => i += p.len(),
            None => return i,
        }
    }
}

/// Where "في" + the body's own recommendations ("توصياتها") and their adjectives end, past a
/// relative clause on that text that ends on a pronoun for it ("التي قدمت إلى X
/// لإقرارها") where an actor's defined head follows.
fn own_text_end(words: &[&str], i: usize) -> Option<usize> {
    let opens = words
        .get(i)
        .is_some_and(|w| ["في", "فى"].contains(&bare(w)) && !w.ends_with(','))
        && words
            .get(i + 1)
            .is_some_and(|w| table::AR_OWN_TEXTS.contains(&bare(w)));
    if !opens {
        return None;
    }
    let mut k = i + 2;
    while k < words.len() && !words[k - 1].ends_with(',') && adjective(bare(words[k])) {
        k += 1;
    }
    let relative = k < words.len()
        && !words[k - 1].ends_with(',')
        && table::AR_RELATIVES.contains(&bare(words[k]));
    if relative
        && let Some(j) = (k + 1..words.len().min(k + 12))
            .take_while(|&j| !words[j - 1].ends_with(['.', ',', ';']))
            .find(|&j| {
                let w = bare(words[j]);
                (w.ends_with("ها") || w.ends_with("هم"))
                    && words.get(j + 1).is_some_and(|n| {
                        let n = bare(n);
                        has_article(n) && table::AR_ACTOR_HEADS.contains(&n)
                    })
            })
    {
        return Some(j + 1);
    }
    Some(k)
}

/// "يقرر أن ...", "يقرر تكليف X ...", "قررت الدورة ... استئناف ...": a decision. The body
/// decides its own acts; a verbal noun that asks ("تكليف", "دعوة") asks its addressee; "أن"
/// + a verb + an actor ("أن يتولى الأمين العام ...") asks that actor.
fn decision(rest: &[&str], body: &str, past: bool) -> Requests {
    let mut i = skip_adverbs(rest, 0);
    // "قرر أصحاب الجلالة والسمو قادة دول ...": the subject after its honorific; alone,
    // the honorific stands for the leaders named before (the body passed in).
    if past {
        i = skip_slashed(rest, honorific_end(rest, i));
    }
    let mut by = body.to_string();
    // "قررت الدورة ...", "يقرر المجلس ...": the body named after the verb (a decision
    // has no addressee to mistake it for).
    let named = rest
        .get(i)
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&bare(w)));
    if (past || named)
        && let Some((name, taken)) = rest.get(i..).and_then(subject)
    {
        if past {
            by = name;
        }
        i = skip_adverbs(rest, described_end(rest, i + taken));
        if past {
            i = participants_end(rest, i);
        }
    }
    i = skip_manner(rest, i);
    if past {
        i = skip_meeting(rest, skip_asides(rest, i));
        i = skip_relative_asides(rest, i);
    }
    // "قررت الجمعية العامة - بسبب استمرار ... - دعوة كل الدول ...": past an aside in
    // dashes to the verbal noun that asks.
    if rest.get(i).is_some_and(|w| ["-", "–", "—"].contains(w))
        && let Some(k) = (i + 1..rest.len().min(i + 16)).find(|&k| opening_noun(rest[k]).is_some())
    {
        i = k;
    }
    let words = &rest[i.min(rest.len())..];
    let text = words.join(" ");
    // "يقرر ما يلي:" / "يقرر:": its items say what.
    if text.trim().is_empty()
        || text.trim_end().ends_with(':')
        || text.starts_with("ما يلي")
        || text.starts_with("ما يأتي")
    {
        return Vec::new();
    }
    decided(words, &by)
}

/// "قرر مجلس X في اجتماعه ...، والذى عقد أمس ...، والذى قرر المجلس من قبل ...، على دعوة
/// Y لـ ...": past the relative clauses set off by commas (the pronoun with or without its
/// "و") to the decided act, and past the "على" before a verbal noun that asks.
fn skip_relative_asides(words: &[&str], mut i: usize) -> usize {
    let start = i;
    loop {
        let relative = words.get(i).is_some_and(|w| {
            let w = bare(w);
            table::AR_RELATIVES.contains(&w)
                || w.strip_prefix('و')
                    .is_some_and(|r| table::AR_RELATIVES.contains(&r))
        });
        let comma = (i..words.len().min(i + 40))
            .take_while(|&k| k == i || !words[k - 1].ends_with('.'))
            .find(|&k| words[k].ends_with(','));
        match comma {
            Some(k) if relative => i = k + 1,
            _ => break,
        }
    }
    if i > start
        && words.get(i).is_some_and(|w| bare(w) == "على")
        && words.get(i + 1).is_some_and(|w| opening_noun(w).is_some())
    {
        i += 1;
    }
    i
}

/// "قرر القادة الأفارقة المشاركون في القمة ...، منح ...": past the subject's qualifier of
/// those taking part (a word or two, the participle, its place), up to its comma.
fn participants_end(words: &[&str], i: usize) -> usize {
    let Some(at) =
        (i..words.len().min(i + 2)).find(|&k| table::AR_PARTICIPANTS.contains(&bare(words[k])))
    else {
        return i;
    };
    let comma = (at..words.len().min(at + 10))
        .take_while(|&k| k == at || !words[k - 1].ends_with('.'))
        .find(|&k| words[k].ends_with(','));
    match comma {
        Some(k)
            if !words[i..=k]
                .iter()
                .any(|w| is_verb(verb_form(w)) || opening_noun(w).is_some()) =>
        {
            k + 1
        }
        _ => i,
    }
}

/// Past what a subject is made of ("المجلس المؤلف من 15 دولة"): the participle, "من",
/// the number and what it counts.
fn described_end(words: &[&str], i: usize) -> usize {
    let made_of = words
        .get(i)
        .is_some_and(|w| table::AR_MADE_OF.contains(&bare(w)))
        && words.get(i + 1).is_some_and(|w| bare(w) == "من");
    let counted = words.get(i + 2).is_some_and(|w| {
        let w = bare(w);
        w.chars().all(|c| c.is_ascii_digit()) || table::AR_NUMBERS.iter().any(|(n, _)| *n == w)
    }) && words.len() > i + 3;
    if made_of && counted { i + 4 } else { i }
}

/// Past an honorific at `i` ("أصحاب الجلالة والسمو", "صاحب السمو الملكي").
fn honorific_end(words: &[&str], i: usize) -> usize {
    if !words
        .get(i)
        .is_some_and(|w| table::AR_HONORIFIC_HEADS.contains(&bare(w)))
    {
        return i;
    }
    let titles = words[i + 1..]
        .iter()
        .take_while(|w| table::AR_HONORIFIC_TITLES.contains(&bare(w)) && !w.ends_with(','))
        .count();
    if titles == 0 { i } else { i + 1 + titles }
}

/// Past a blessing or an aside a news agency sets between slashes ("وقرروا / حفظهم الله /
/// متابعة ..."), at most six words long.
fn skip_slashed(words: &[&str], i: usize) -> usize {
    if words.get(i) != Some(&"/") {
        return i;
    }
    match (i + 1..words.len().min(i + 8)).find(|&k| words[k] == "/") {
        Some(k) => k + 1,
        None => i,
    }
}

/// Past "بالإجماع", "وعلى وجه التشديد": how the body decided.
fn skip_manner(words: &[&str], mut i: usize) -> usize {
    loop {
        let w = words.get(i).map_or("", |w| bare(w));
        if table::AR_MANNER.contains(&w) {
            i += 1;
        } else if ["بأغلبية", "باغلبية"].contains(&w) && !words[i].ends_with(',') {
            // "قرر المجلس بأغلبية 17 دولة عقد ...": the majority it decided by, counted
            // ("17 دولة", "12 صوتا": its number and noun) or qualified ("كبيرة").
            let counted = words
                .get(i + 1)
                .is_some_and(|n| !n.is_empty() && bare(n).chars().all(|c| c.is_ascii_digit()));
            i += if counted { 3 } else { 2 };
        } else if ["على", "وعلى"].contains(&w) && words.get(i + 1).is_some_and(|n| bare(n) == "وجه")
        {
            i += 3;
        } else {
            return i;
        }
    }
}

/// A decided act: a decision's own words or one of its items.
pub fn decided(words: &[&str], body: &str) -> Requests {
    if words.is_empty() {
        return Vec::new();
    }
    DECIDED_READERS
        .iter()
        .find_map(|read| read(words, body))
        .unwrap_or_else(|| decided_body_act(words, body))
}

/// The ways `decided` reads a decision's words, in order, before it takes them for the
/// body's own act: the first that knows them gives its requests (none, where nobody is
/// asked).
type DecidedReader = fn(&[&str], &str) -> Option<Requests>;
const DECIDED_READERS: [DecidedReader; 14] = [
    decided_bureau_formed,
    decided_meeting_called,
    decided_time_granted,
    decided_that_clauses,
    decided_permission,
    decided_obligation,
    decided_agreed_that,
    // "الموافقة من حيث المبدأ على انشاء مركز ... ويقوم المركز بـ ...": the body creates.
    creation_approved,
    decided_noun_verb,
    decided_actor_acts,
    decided_rescheduled,
    decided_view_or_thanks,
    decided_verb,
    decided_present_verb,
];

/// A bureau formed for its term (`bureau_formed`) asks nothing.
fn decided_bureau_formed(words: &[&str], _: &str) -> Option<Requests> {
    bureau_formed(words).then(Vec::new)
}

/// "تقرر عقد الاجتماع المستأنف لمجلس X ...": a decision to hold a meeting of the body
/// named after "لـ": that body meets (as a call for one asks it).
fn decided_meeting_called(words: &[&str], _: &str) -> Option<Requests> {
    meeting_called(words).map(|found| vec![found])
}

/// "قرر المجلس بالاتفاق إعطاء X مهلة ... لـ ...": the time granted asks X.
fn decided_time_granted(words: &[&str], _: &str) -> Option<Requests> {
    time_granted(words).map(|found| vec![found])
}

/// "أن تتخذ اللجنة ...، وأن تقوم الأطراف بـ ...": each that-clause decides its own.
fn decided_that_clauses(words: &[&str], body: &str) -> Option<Requests> {
    ["أن", "ان", "بأن"].contains(&bare(words[0])).then(|| {
        that_clauses(&words[1..])
            .into_iter()
            .flat_map(|c| after_that(c, body))
            .collect()
    })
}

/// "تقرر أنه يجوز للدول الأعضاء أن ...": a permission, nobody asked ("decides that X
/// may"), as in English and French.
fn decided_permission(words: &[&str], _: &str) -> Option<Requests> {
    (["أنه", "انه", "بأنه", "بانه", "أن", "ان", "بأن", "بان"].contains(&bare(words[0]))
        && words
            .get(1)
            .is_some_and(|n| table::AR_PERMISSIONS.contains(&bare(n))))
    .then(Vec::new)
}

/// "قرر أنه يجب على الأمين العام أن يقرر ...": whom the obligation falls on.
fn decided_obligation(words: &[&str], _: &str) -> Option<Requests> {
    if ["أنه", "انه"].contains(&bare(words[0]))
        && words
            .get(1)
            .is_some_and(|n| table::AR_OBLIGATION_VERBS.contains(&bare(n)))
        && words.get(2).is_some_and(|n| bare(n) == "على")
        && let Some(found) = request(&words[3..], &[], &["أن", "ان"], false, &[])
    {
        return Some(vec![found]);
    }
    None
}

/// "الموافقة على أن يستأنف المجلس ...": what the body agrees to.
fn decided_agreed_that(words: &[&str], body: &str) -> Option<Requests> {
    (bare(words[0]) == "الموافقة"
        && words.get(1).is_some_and(|n| bare(n) == "على")
        && words
            .get(2)
            .is_some_and(|n| ["أن", "ان"].contains(&bare(n))))
    .then(|| after_that(&words[3..], body))
}

/// A verbal noun of the tables: its request.
/// "توجيه رسالة إلى الأمين العام ...": the body writes; it asks no one.
fn decided_noun_verb(words: &[&str], _: &str) -> Option<Requests> {
    let w = bare(words[0]);
    let letter = words
        .get(1)
        .is_some_and(|n| table::AR_LETTERS_SENT.contains(&bare(n)));
    let entry = table::AR_NOUN_VERBS
        .iter()
        .find(|(n, _, _)| *n == w)
        .filter(|_| !letter)?;
    Some(noun_request(entry, &words[1..], &[]).into_iter().collect())
}

/// "قيام الدول العربية بإجراء الاتصالات ...": the actor the verbal noun names acts.
fn decided_actor_acts(words: &[&str], _: &str) -> Option<Requests> {
    if ["قيام", "وقيام"].contains(&bare(words[0]))
        && let Some(found) = request(&words[1..], &[], &["ب"], false, &[])
    {
        return Some(vec![found]);
    }
    None
}

/// Its own meeting moved: the body's act, from the words after the agreement's two.
fn decided_rescheduled(words: &[&str], body: &str) -> Option<Requests> {
    rescheduled(words).then(|| body_act(&words[2..], body))
}

/// A view, thanks or a member admitted: nobody asked.
/// "تقديم الشكر إلى الأمانة العامة ...": thanks given, in two words.
fn decided_view_or_thanks(words: &[&str], _: &str) -> Option<Requests> {
    let w = bare(words[0]);
    let two = words
        .get(..2)
        .map(|p| p.iter().map(|x| bare(x)).collect::<Vec<_>>().join(" "));
    (table::AR_VIEW_NOUNS.contains(&w)
        || two.is_some_and(|t| table::AR_VIEW_NOUNS.contains(&t.as_str()))
        || admits_member(words))
    .then(Vec::new)
}

/// A verb: the requests of the words as a sentence, where they make any.
fn decided_verb(words: &[&str], body: &str) -> Option<Requests> {
    if is_verb(verb_form(words[0])) {
        let asked = requests(&words.join(" "), body);
        if !asked.is_empty() {
            return Some(asked);
        }
    }
    None
}

/// "تعقد اللجنة الدائمة دورة ...": the actor the verb names.
fn decided_present_verb(words: &[&str], _: &str) -> Option<Requests> {
    present_verb(bare(words[0])).then(|| acting_subject(words).into_iter().collect())
}

/// The body's own act, and who it appoints.
fn decided_body_act(words: &[&str], body: &str) -> Requests {
    let mut out = body_act(words, body);
    if !out.is_empty() {
        out.extend(appointed_by(words));
    }
    out
}

/// "قبول انضمام X إلى عضوية ...", "قبول X عضوا في ...": the body admits a member there and
/// then; no one is left to act.
fn admits_member(words: &[&str]) -> bool {
    ["قبول", "وقبول"].contains(&bare(words[0]))
        && words.iter().skip(1).take(5).any(|w| {
            let w = bare(w);
            ["انضمام", "عضوية", "عضوا", "عضواً"].contains(&w)
        })
}

/// "إنشاء لجنة ...، تضم ستة أعضاء يعينهم الأمين العام ...": the one a founded body's
/// relative clause says names its members (a verb with its object pronoun, then the
/// actor) is asked to name them.
fn appointed_by(words: &[&str]) -> Option<(Vec<String>, String)> {
    let creates = ["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(words.first()?));
    let appoints = |w: &str| {
        ["هم", "ها", "ه"].iter().any(|p| {
            w.strip_suffix(p).is_some_and(|v| {
                [
                    "يعين",
                    "تعين",
                    "يختار",
                    "تختار",
                    "يسمي",
                    "تسمي",
                    "ينتخب",
                    "تنتخب",
                ]
                .contains(&v)
            })
        })
    };
    if !creates {
        return None;
    }
    // "تشكيل هيئة ... يتم اختيارها من قبل الدول الأعضاء": the agent a passive names picks.
    let picked = |w: &str| {
        ["ها", "هم", "ه"].iter().any(|p| {
            w.strip_suffix(p)
                .is_some_and(|v| ["اختيار", "تعيين", "انتخاب", "تسمية"].contains(&v))
        })
    };
    if let Some(k) = words
        .windows(3)
        .position(|p| ["يتم", "سيتم"].contains(&bare(p[0])) && picked(bare(p[1])))
        && let Some(agent) = by_agent(&words[k..])
    {
        let action = clean(&words[k..].join(" "));
        return Some((agent, action));
    }
    let k = words.iter().position(|w| appoints(bare(w)))?;
    acting_subject(&words[k..])
}

/// "الموافقة على تغيير مواعيد انعقاد الدورة ...": agreeing to move its own meeting is the
/// body's act (it meets then), not a view.
fn rescheduled(words: &[&str]) -> bool {
    let at = |k: usize, set: &[&str]| words.get(k).is_some_and(|w| set.contains(&bare(w)));
    at(0, &["الموافقة"])
        && at(1, &["على"])
        && at(2, &["تغيير", "تعديل", "تأجيل", "تقديم"])
        && at(3, &["موعد", "مواعيد", "تاريخ", "مكان"])
}

/// "... بمدينة سرت، اعتماد التوصيات التي ...": adopting texts (first, or after an aside
/// closed by a comma), no act of the body's to follow.
fn adopts_texts(words: &[&str]) -> bool {
    let k = words
        .iter()
        .take(12)
        .position(|w| ["اعتماد", "إقرار", "اقرار"].contains(&bare(w)));
    k.is_some_and(|k| {
        // "اعتماد عدة طرق ...": a count of the texts before them.
        let counted = words
            .get(k + 1)
            .is_some_and(|n| table::AR_COUNTS.contains(&bare(n)));
        (k == 0 || words[k - 1].ends_with(','))
            && words
                .get(k + 1 + usize::from(counted))
                .is_some_and(|n| table::AR_ADOPTED_TEXTS.contains(&bare(n)))
    })
}

/// "الموافقة (من حيث المبدأ) على إنشاء X ...": approving a creation is the body's act;
/// "ويقوم X بـ ..." after it is the new body's task.
fn creation_approved(words: &[&str], body: &str) -> Option<Requests> {
    if bare(words.first()?) != "الموافقة" {
        return None;
    }
    let mut k = 1;
    if words
        .get(1..4)
        .is_some_and(|w| bare(w[0]) == "من" && bare(w[1]) == "حيث" && bare(w[2]) == "المبدأ")
    {
        k = 4;
    }
    let creates = words.get(k).is_some_and(|w| bare(w) == "على")
        && words
            .get(k + 1)
            .is_some_and(|w| ["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(w)));
    if !creates {
        return None;
    }
    let act = &words[k + 1..];
    let task = act
        .iter()
        .position(|w| ["ويقوم", "وتقوم", "يقوم", "تقوم"].contains(&bare(w)));
    let own = &act[..task.unwrap_or(act.len())];
    let mut out = vec![(vec![body.to_string()], clean(&own.join(" ")))];
    if let Some(t) = task
        && let Some(found) = request(&act[t + 1..], &[], &["ب"], false, &[])
    {
        out.push(found);
    }
    Some(out)
}

/// The body's own act, unless it only keeps the matter under review ("يقرر أن يبقي
/// المسألة قيد نظره").
fn body_act(words: &[&str], body: &str) -> Requests {
    // "قرر المؤتمر اعتبار خطب X وثائق رسمية": deemed there and then, no act to follow.
    if adopts_texts(words)
        || words
            .first()
            .is_some_and(|w| table::AR_DEEMS.contains(&bare(w)))
    {
        return Vec::new();
    }
    let action = clean(&words.join(" "));
    let keeps_on_agenda = table::AR_KEEPS.iter().any(|k| action.starts_with(k))
        && (table::AR_AGENDA.iter().any(|a| action.contains(a))
            || table::AR_IN_SESSION.iter().any(|a| action.contains(a)));
    if action.is_empty() || keeps_on_agenda || table::AR_SEIZED.iter().any(|s| action.contains(s)) {
        Vec::new()
    } else {
        vec![(vec![body.to_string()], action)]
    }
}

/// "قرر المجلس تشكيل المكتب التنفيذي التابع له للعامين 2032 و2033 من ...": a bureau
/// formed (or elected) for its term is set up there and then, nothing left to do.
fn bureau_formed(words: &[&str]) -> bool {
    let forms = words
        .first()
        .is_some_and(|w| ["تشكيل", "انتخاب", "اختيار"].contains(&bare(w)));
    let bureau = words
        .get(1)
        .is_some_and(|w| ["المكتب", "مكتب", "هيئة"].contains(&bare(w)));
    let term = words.iter().skip(2).take(5).any(|w| {
        [
            "للعامين",
            "لعامي",
            "للعام",
            "لعام",
            "للفترة",
            "للدورة",
            "للدورتين",
        ]
        .contains(&bare(w))
    });
    forms && bureau && term
}

/// "أن يتولى الأمين العام ...": the actor; "أن يطلب إلى X ..." asks X; "أن تنشئ ..." is
/// the body's own act.
/// A decision's "أن ..." split at each "وأن" that opens a present verb: one that-clause
/// each.
fn that_clauses<'a, 'b>(words: &'b [&'a str]) -> Vec<&'b [&'a str]> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..words.len() {
        let opens = ["وأن", "وان"].contains(&bare(words[k]))
            && words.get(k + 1).is_some_and(|n| present_verb(bare(n)));
        if opens {
            out.push(&words[start..k]);
            start = k + 1;
        }
    }
    out.push(&words[start..]);
    out
}

/// "أن يعتمد ميزانية ...", "أن يقر نطاق ...": the body adopts a text there and then (no
/// one named after the verb acts later).
fn adopts_there(words: &[&str]) -> bool {
    let adopts = words
        .first()
        .is_some_and(|w| ["يعتمد", "تعتمد", "يقر", "تقر"].contains(&bare(w)));
    adopts
        && words
            .get(1)
            .is_some_and(|n| !table::AR_ACTOR_HEADS.contains(&bare(n)))
}

fn after_that(words: &[&str], body: &str) -> Requests {
    let Some(first) = words.first() else {
        return Vec::new();
    };
    if adopts_there(words) || declared_void(words) {
        return Vec::new();
    }
    if is_verb(verb_form(first)) {
        let asked = requests(&words.join(" "), body);
        if !asked.is_empty() {
            return asked;
        }
    }
    if let Some(found) = acting_subject(words) {
        return vec![found];
    }
    if determined(words) {
        return Vec::new();
    }
    body_act(words, body)
}

/// "تقرر أن إعلان X ... باطل ولاغ": a noun, then a ruling that it is void (a finding, no
/// act; the noun "قرار" before it is no actor).
fn declared_void(words: &[&str]) -> bool {
    let clause_end = words
        .iter()
        .position(|w| w.ends_with('؛') || w.ends_with('.'))
        .map_or(words.len(), |k| k + 1);
    let noun = words.first().is_some_and(|w| !is_verb(verb_form(w)));
    noun && words[..clause_end]
        .iter()
        .any(|w| table::AR_VOID_WORDS.contains(&bare(w).trim_end_matches(['؛', '،'])))
}

/// "قرر أن الحالة في اليمن لا تزال تشكل خطرا ...": a noun, then what it is or remains (a
/// finding of fact, no act). The noun may be in construct ("أن انتشار الأسلحة ... يشكلان
/// تهديدا"): no article of its own, no verb, the word after it with the article.
fn determined(words: &[&str]) -> bool {
    let construct = |w: &str| {
        !has_article(w)
            && !is_verb(verb_form(w))
            && words.get(1).is_some_and(|n| has_article(bare(n)))
    };
    let noun = words
        .first()
        .is_some_and(|w| has_article(bare(w)) || construct(bare(w)));
    let clause_end = words
        .iter()
        .position(|w| w.ends_with('.'))
        .map_or(words.len(), |k| k + 1);
    noun && words[..clause_end.min(10)]
        .iter()
        .any(|w| table::AR_STATE_VERBS.contains(&bare(w)))
}

/// A verb and the actor it names after it: "يتولى الأمين العام إجراء ...".
fn acting_subject(words: &[&str]) -> Option<(Vec<String>, String)> {
    let verb = words.first()?;
    // "أن يوصي المجلس دول الجامعة بـ ...": a verb that asks, its own subject named, asks
    // the name after it.
    if table::AR_VERBS.iter().any(|(v, _, _)| *v == bare(verb)) && own_subject_named(&words[1..]) {
        let end = name_end(&words[2..]);
        let actors = names(&words[2..2 + end]);
        let mut act = vec![*verb];
        act.extend(&words[2 + end..]);
        return Some((actors, clean(&act.join(" "))));
    }
    let head = words.get(1)?;
    if !table::AR_ACTOR_HEADS.contains(&bare(head)) {
        // "بأن تنهي إسرائيل وجودها ...": a State's bare name right after the verb.
        return bare_name_subject(words);
    }
    let end = name_end(&words[1..]);
    let actors = names(&words[1..1 + end]);
    let mut act = vec![*verb];
    act.extend(&words[1 + end..]);
    Some((actors, clean(&act.join(" "))))
}

/// "بأن يمتثل الكيان الصهيوني لـ ...": after a called-for present verb (no copula), a
/// defined noun and its defined nisba adjective name the party that is to act, where the
/// noun is no verbal noun ("التنفيذ", "الانسحاب", "الإعلان").
fn nisba_subject(words: &[&str]) -> Option<(Vec<String>, String)> {
    let verb = *words.first()?;
    let head = bare(words.get(1)?);
    let adjective = bare(words.get(2)?);
    let stem = head.strip_prefix("ال")?;
    let verbal_noun = stem.starts_with(['ت', 'ا', 'إ']) && stem.chars().count() >= 5;
    let nisba = adjective.starts_with("ال")
        && adjective.ends_with('ي')
        && adjective.chars().count() >= 5
        && !words[1].ends_with([',', '.']);
    let ok = present_verb(bare(verb))
        && !table::AR_COPULAS.contains(&bare(verb))
        && !verbal_noun
        && nisba
        && words.len() > 3;
    if !ok {
        return None;
    }
    let end = 2 + words[3..]
        .iter()
        .take_while(|w| adjective_word(bare(w)))
        .count();
    let mut act = vec![verb];
    act.extend(&words[end + 1..]);
    Some((
        vec![
            words[1..=end]
                .iter()
                .map(|w| bare(w))
                .collect::<Vec<_>>()
                .join(" "),
        ],
        clean(&act.join(" ")),
    ))
}

/// A defined nisba adjective after a name ("الصهيوني", "السودانية").
fn adjective_word(w: &str) -> bool {
    w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("ية")) && w.chars().count() >= 5
}

/// "تنهي إسرائيل ...": after a present verb, one bare word that can only be a name (no
/// article; not an indefinite object such as "تقريرا" or "دورة", a particle, nor a verbal
/// noun such as "تنفيذ") is its subject.
fn bare_name_subject(words: &[&str]) -> Option<(Vec<String>, String)> {
    let (verb, name) = (words.first()?, bare(words.get(1)?));
    let n = name.chars().count();
    // "تقريرا", "دورة": an indefinite object or a common noun, not a State's name.
    let object = (name.ends_with('ا') && !name.ends_with("يا")) || name.ends_with('ة');
    let noun = name.starts_with('ت') && n >= 5 && !name.ends_with("يا");
    // "تبدأ، خلال دورتها ...": a comma after the verb opens an aside, not its subject.
    let name_like = present_verb(bare(verb))
        && !verb.ends_with([',', '،'])
        && n >= 4
        && !has_article(name)
        && !object
        && !noun
        && !name.starts_with('و')
        && !table::AR_NAME_LINKS.contains(&name)
        && !table::AR_TIME_WORDS.contains(&name)
        && words.len() > 2;
    if !name_like {
        return None;
    }
    let mut act = vec![*verb];
    act.extend(&words[2..]);
    Some((vec![name.to_string()], clean(&act.join(" "))))
}

/// A present-tense verb rather than a verbal noun: "يعقد", "تعقد" (a form-II verbal noun
/// such as "تأجيل" has five letters or more).
fn present_verb(w: &str) -> bool {
    let n = w.chars().count();
    (w.starts_with('ي') && n >= 3) || (w.starts_with('ت') && (3..=4).contains(&n))
}

fn clean(action: &str) -> String {
    action
        .trim()
        .trim_start_matches([',', ';', ':'])
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .to_string()
}

/// A Hijri date written just before a Gregorian one: "15 شوال 1449 هـ /" (tatweel gone).
static HIJRI_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\d{1,2}\s+\S+(?:\s+\S+)?\s+\d{4}\s*ه\s*[/,(]?\s*(?:الموافق\s*)?$")
        .expect("valid regex")
});

/// The phrase a due read from the period's end is shown with.
pub const PERIOD_END_PHRASE: &str = "نهاية مدة التمديد";

/// "مع نهاية مدة التمديد", "قبل نهاية مهمة البعثة", "مع نهاية ولاية أوندوف": due when the
/// period a mandate was extended to ends.
pub fn at_period_end(action: &str) -> bool {
    PERIOD_END.is_match(action)
}

static PERIOD_END: LazyLock<Regex> = LazyLock::new(|| {
    // "في نهاية هذه المهلة": the period named before, by its demonstrative.
    Regex::new(
        r"(?:^|\s)(?:مع|قبل|عند|في)\s+(?:نهاية|انتهاء)\s+(?:(?:مدة|ولاية|مهمة|فترة)\s|(?:هذه|هذا|تلك)\s+(?:المهلة|الفترة|المدة|الولاية)(?:\s|$|[,.;]))",
    )
        .expect("valid regex")
});

/// "حتى 30 حزيران 2027", "لغاية 31 كانون الأول/ديسمبر القادم", "إلى غاية الثلاثين من
/// أبريل 2026", "إلى نهاية العام الحالي": the end of the period a paragraph extends a
/// mandate to.
pub fn period_end(text: &str, adopted: Option<Date>) -> Option<Date> {
    if !text.contains("تمديد") && !text.contains("التمديد") && !text.contains("ولاية")
    {
        return None;
    }
    if let Some(a) = adopted
        && END_OF_YEAR.is_match(text)
    {
        return Date::new(a.year(), 12, 31).ok();
    }
    if let Some(first) = UNTIL.find(text)
        && let Some(day) = until_day(&text[first.end()..], adopted)
    {
        return Some(day);
    }
    // "بتمديد مهمة القوة إلى 30 كانون الأول المقبل": "إلى" right before the day.
    TO_DAY
        .find_iter(text)
        .find_map(|m| until_day(&text[m.end()..], adopted))
}

/// The day that opens `rest`, after "حتى" / "إلى".
fn until_day(rest: &str, adopted: Option<Date>) -> Option<Date> {
    // "الثلاثين من أبريل2006": a year glued to its month.
    let rest = GLUED_YEAR.replace(rest, "$1 $2");
    let day = DATE
        .captures(&rest)
        .filter(|c| c.get(0).expect("match").start() == 0)
        .and_then(|c| Date::new(c[3].parse().ok()?, month_of(&c[2])?, c[1].parse().ok()?).ok());
    if day.is_some() {
        return day;
    }
    if let Some(c) = DAY_WORDS
        .captures(&rest)
        .filter(|c| c.get(0).expect("match").start() <= 1)
    {
        return words_date(&c, adopted);
    }
    // "31 كانون الأول/ديسمبر القادم": the next such day.
    next_day(&NEXT_DAY.captures(&rest)?, adopted?)
}

/// "15 يوليو المقبل": the next such day on or after the adoption.
fn next_day(c: &regex::Captures<'_>, a: Date) -> Option<Date> {
    let month = month_of(&c[2])?;
    let day: i8 = c[1].parse().ok()?;
    let this = Date::new(a.year(), month, day).ok()?;
    if this >= a {
        Some(this)
    } else {
        Date::new(a.year() + 1, month, day).ok()
    }
}

static TO_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(?:إلى|الى)\s+").expect("valid regex"));
static UNTIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:حتى|لغاية|إلى\s+غاية|الى\s+غاية)\s+").expect("valid regex"));
static END_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:إلى|الى|حتى)\s+نهاية\s+(?:العام|السنة)\s+(?:الحالي|الجاري|الحالية|الجارية)")
        .expect("valid regex")
});
static GLUED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Arabic})(\d{4})").expect("valid regex"));
static NEXT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"^(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})(?:\s*/\s*\S+)?\s+(?:القادم|المقبل)"
    ))
    .expect("valid regex")
});
/// "في سبتمبر المقبل": the next such month, after no day.
static NEXT_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(?:^|[^\d\s]\s+)({months})(?:\s*/\s*\S+)?\s+(?:القادم|المقبل)"
    ))
    .expect("valid regex")
});
/// "في موعد أقصاه 15 يوليو المقبل": a day of the next such month, anywhere.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(r"(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})\b")).expect("valid regex")
});
static NEXT_DAY_ANY: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})(?:\s*/\s*\S+)?\s+(القادم|المقبل|الجاري|الجارى|الحالي)"
    ))
    .expect("valid regex")
});

static HIJRI_MONTH_BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    let mut hijri: Vec<&str> = table::AR_HIJRI_MONTHS.to_vec();
    hijri.sort_by_key(|m| std::cmp::Reverse(m.len()));
    let hijri = any_of(&hijri);
    Regex::new(&format!(
        r"(?:^|\s)(?:(خلال|في|قبل|بحلول)\s+)?(?:النصف\s+\S+\s+من\s+)?(?:شهر\s+)?(?:{hijri})\s+\d{{4}}\s*ه\s*[/,(]?\s*(?:الموافق\s*)?$"
    ))
    .expect("valid regex")
});

/// "في الأسبوع الثالث من سبتمبر القادم", "نهاية الأسبوع الأول من فبراير 1998": by the
/// week's last day.
static WEEK: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(?:الأسبوع|الاسبوع|الإسبوع)\s+(الأول|الاول|الثاني|الثالث|الرابع|الأخير|الاخير)\s+من\s+(?:شهر\s+)?({months})(?:\s*/\s*\S+)?(?:\s*\(\S+\))?(?:\s+(\d{{4}})|\s+(القادم|المقبل))?"
    ))
    .expect("valid regex")
});

/// The last day of the week a `WEEK` match names, in the year it gives or the first such
/// month from `adopted`.
fn week_end(m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Date> {
    let month = month_of(&m[2])?;
    let year = match m.get(3) {
        Some(y) => y.as_str().parse().ok()?,
        None => {
            let a = adopted?;
            if month >= a.month() {
                a.year()
            } else {
                a.year() + 1
            }
        }
    };
    let first = Date::new(year, month, 1).ok()?;
    let day = match &m[1] {
        "الأول" | "الاول" => 7,
        "الثاني" => 14,
        "الثالث" => 21,
        "الرابع" => 28,
        _ => first.last_of_month().day(),
    };
    Date::new(year, month, day).ok()
}

fn months() -> String {
    crate::words::month_names(table::AR_MONTHS)
}

/// "31 ديسمبر 2025", "16 كانون الأول/ ديسمبر 1985", "12 كانون الثاني (يناير) 1976".
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(\d{{1,2}})\s+(?:\S+\s*/\s*)?({months})(?:\s*/\s*\S+)?(?:\s*\(\S+\))?\s+(\d{{4}})"
    ))
    .expect("valid regex")
});

/// "في السابع عشر من نوفمبر (تشرين الثاني) لعام 1973", "من الخامس من مايو القادم": a day
/// in ordinal words, of a year or of the next such month.
static DAY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    let by_length = |mut words: Vec<&'static str>| {
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        any_of(&words)
    };
    let units = by_length(table::AR_ORDINAL_UNITS.iter().map(|(u, _)| *u).collect());
    let tens = by_length(table::AR_ORDINAL_TENS.iter().map(|(t, _)| *t).collect());
    Regex::new(&format!(
        r"(?:^|\s)(?:(?:({units})(?:\s+(عشر|عشرة))?(?:\s+و({tens}))?)|({tens}))\s+من\s+(?:شهر\s+)?({months})(?:\s*/\s*\S+)?(?:\s*\([^)]*\))?\s+(?:(?:(?:من\s+)?(?:لعام|عام|لسنة|سنة)\s+)?(\d{{4}})|(القادم|المقبل))"
    ))
    .expect("valid regex")
});

/// "في موعد أقصاه شهر سبتمبر 2027", "بحلول فبراير 2028", "مطلع شهر يناير عام 2028": a
/// month.
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = months();
    Regex::new(&format!(
        r"(?:^|\s)(?:شهر\s+)?({months})(?:\s*/\s*\S+)?(?:\s*\(\S+\))?\s+(?:(?:من\s+)?(?:لعام|عام|لسنة|سنة)\s+)?(\d{{4}})"
    ))
    .expect("valid regex")
});

/// "خلال شهرين", "في غضون 90 يوما", "خلال ثلاثة أشهر من تاريخ ...".
static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
    let units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    let mut units = units;
    units.extend(table::AR_HOURS);
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    let units = any_of(&units);
    // "في مهلة 4 أشهر", "خلال مهلة أقصاها شهران": a time given, as "خلال".
    Regex::new(&format!(
        r"(?:خلال|غضون|مهلة(?:\s+(?:إضافية|اضافية))?(?:\s+(?:مدتها|قدرها|أقصاها|حتى))?|مدة\s+أقصاها|أجل\s+أقصاه|أجل\s+لا\s+يتجاوز|موعد\s+(?:أقصاه|اقصاه|لا\s+يتجاوز))\s+(?:(\d{{1,3}}|\S+)\s+)?({units})(?:\s|$|[,.;])"
    ))
    .expect("valid regex")
});

/// "في الأيام الثلاثة المقبلة", "خلال الأشهر الستة القادمة": the next so many units, a span
/// from the adoption as "خلال ثلاثة أيام" is; the unit's plural, then the number with its
/// article (or in digits), then "next".
static NEXT_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    let mut numbers: Vec<String> = table::AR_NUMBERS
        .iter()
        .map(|(w, _)| format!("ال{w}"))
        .collect();
    numbers.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let next = any_of(table::AR_NEXT);
    Regex::new(&format!(
        r"(?:^|\s)(?:في|فى|خلال)\s+(الأيام|الايام|الأسابيع|الاسابيع|الأشهر|الاشهر|الشهور|الساعات|السنوات|الأعوام)\s+(\d{{1,3}}|{})\s+(?:{next})(?:\s|$|[,.;،])",
        numbers.join("|")
    ))
    .expect("valid regex")
});

/// "أمهل المجلس الطرفين 60 يوما لـ ...", "على أن يتم إمهال X و Y 4 أشهر": a time granted
/// to whom it names (up to six words, no break), counted from the adoption as "خلال" is.
static GRANT: LazyLock<Regex> = LazyLock::new(|| {
    let mut units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    let numbers: Vec<&str> = table::AR_NUMBERS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(
        r"(?:^|\s)و?(?:[أا]مهلت?|[إا]مهال)\s+(?:[^\s,.;:]+\s+){{1,6}}?(?:(\d{{1,3}}|{})\s+)?({})(?:\s|$|[,.;])",
        any_of(&numbers),
        any_of(&units)
    ))
    .expect("valid regex")
});

/// "4 أشهر للاتفاق على ...": an action that opens with a span and its purpose is the time
/// an addressee was given ("أمهل X 4 أشهر للاتفاق", the span between the name and "لـ";
/// "أمهل X، Y، شهرين، لـ ...": a comma may close the span; "مدة عشرة أيام لتنفيذ ...": the
/// span after "مدة").
static GRANTED: LazyLock<Regex> = LazyLock::new(|| {
    let mut units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    let numbers: Vec<&str> = table::AR_NUMBERS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(
        r"^\s*(?:مدة\s+)?(?:(\d{{1,3}}|{})\s+)?({})[,،]?\s+ل\S",
        any_of(&numbers),
        any_of(&units)
    ))
    .expect("valid regex")
});

/// "إلى الدورة القادمة", "في دورتها الحادية والثمانين", "إلى المؤتمر الإسلامي الثالث
/// والعشرين لوزراء الخارجية".
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    // "... على هامش أعمال الدورة القادمة للجمعية العامة": on the margins of a session;
    // "تمهيدا لعرضها على القمة القادمة": laid before it.
    Regex::new(&format!(
        r"(?:^|\s)(?:(?:إلى|الى|في|فى|أمام|خلال)\s+|\S*(?:عرض|رفع|تقديم)\S*\s+على\s+|على\s+هامش\s+(?:أعمال\s+)?|(لل|ل))({})",
        session_phrase()
    ))
    .expect("valid regex")
});

/// A session by its ordinal ("الدورة الثامنة والعشرين للمجلس الأعلى") or as the next
/// one ("القمة القادمة"); its groups: 2 the units, 3 "عشرة", 4 the tens joined by "و", 5
/// the tens alone, 6 the next (each one more inside `SESSION`).
fn session_phrase() -> String {
    let by_length = |mut words: Vec<&'static str>| {
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        any_of(&words)
    };
    // "للقمة العربية القادمة": "لـ" joined to the article ("لل") before the noun.
    let mut session_words = table::AR_SESSION_WORDS.to_vec();
    session_words.extend(["قمة", "دورة"]);
    let words = by_length(session_words);
    let units = by_length(table::AR_ORDINAL_UNITS.iter().map(|(u, _)| *u).collect());
    let tens = by_length(table::AR_ORDINAL_TENS.iter().map(|(t, _)| *t).collect());
    let next = by_length(table::AR_NEXT.to_vec());
    format!(
        r"(?:{words})(?:\s+(?:العادية|العادي|الاستثنائية|الاستثنائي))?\s+(?:(?:({units})(?:\s+(عشرة|عشر))?(?:\s+و({tens}))?)|({tens})|(?:(?:\S+\s+){{0,2}}?({next})))(?:\s+(?:العادية|العادي))?(?:\s+(?:ل|لل)\S+(?:\s+ال\S+){{0,2}})?"
    )
}

/// "قبل انعقاد الدورة الثامنة والعشرين للمجلس الأعلى", "قبل موعد انعقاد القمة القادمة":
/// due before a meeting the text does not date.
static BEFORE_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|\s)قبل\s+(?:موعد\s+)?(?:(?:انعقاد|عقد)\s+({})|(اللقاء(?:\s+\S+){{0,2}}?\s+(?:القادم|المقبل)))",
        session_phrase()
    ))
    .expect("valid regex")
});

/// A deadline found in a clause: where it starts, what it is, and the words that say it.
type Deadline = (usize, Found, String);

/// The Arabic deadlines of a clause: a Gregorian date or month after "بحلول", "قبل", "في",
/// ... (a Hijri date beside it is read past, and a year before 1900 is never taken); a span
/// after "خلال"; a meeting by its ordinal or as the next one.
pub fn deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    if !text.chars().any(is_arabic_letter) {
        return Vec::new();
    }
    // The days already read, so that a month or a day without its year inside one is not
    // read again.
    let mut days = Vec::new();
    let mut out = full_dates(text, adopted, &mut days);
    out.extend(next_months(text, adopted, &days));
    out.extend(next_days(text, adopted, &mut days));
    out.extend(days_without_year(text, adopted, &mut days));
    out.extend(days_in_words(text, adopted, &mut days));
    out.extend(week_ends(text, adopted, &mut days));
    out.extend(next_weekdays(text, adopted));
    out.extend(months_with_year(text, adopted, &days));
    out.extend(year_ends(text, adopted));
    out.extend(spans(text, adopted));
    out.extend(sessions(text));
    out.extend(before_sessions(text));
    out.extend(agenda_meetings(text));
    out
}

/// "إدراج ... على جدول أعمال مؤتمر القمة ... المقرر عقده في ...": a matter
/// put on the agenda of a meeting due to be held, by that meeting (undated).
static AGENDA_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"على\s+جدول\s+(?:أعمال|اعمال)\s+((?:مؤتمر\s+القمة|القمة|الدورة|المؤتمر|الاجتماع|مؤتمر|اجتماع|دورة)(?:\s+[^\s,.;]+){0,5}?)\s+(?:المقرر|المزمع|المرتقب)\s+(?:عقده|عقدها|انعقاده|انعقادها)",
    )
    .expect("valid regex")
});

fn agenda_meetings(text: &str) -> Vec<Deadline> {
    AGENDA_MEETING
        .captures_iter(text)
        .map(|m| {
            let name = m.get(1).expect("match");
            (
                name.start(),
                Found::BeforeUndated {
                    name: name.as_str().trim().to_string(),
                },
                m[0].trim().to_string(),
            )
        })
        .collect()
}

/// "31 ديسمبر 2025": a day with its month and year (not one before the adoption).
fn full_dates(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in DATE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(day) = month_of(&m[2])
            .and_then(|mo| Date::new(m[3].parse().ok()?, mo, m[1].parse().ok()?).ok())
        else {
            continue;
        };
        days.push(whole.range());
        if day.year() < 1900 || adopted.is_some_and(|a| day < a) {
            continue;
        }
        if by_before(&text[..whole.start()]) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    // "في اجتماع ... في 12 /11/ 1977": a day in figures, after the adoption.
    for m in NUMERIC_DATE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let parsed = (m[3].parse().ok(), m[2].parse().ok(), m[1].parse().ok());
        let (Some(y), Some(mo), Some(d)) = parsed else {
            continue;
        };
        let Ok(day) = Date::new(y, mo, d) else {
            continue;
        };
        if days.iter().any(|d| d.contains(&whole.start())) || adopted.is_none_or(|a| day <= a) {
            continue;
        }
        days.push(whole.range());
        if by_before(&text[..whole.start()]) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "في سبتمبر المقبل": the next such month after the adoption, or its last day after
/// "نهاية".
fn next_months(text: &str, adopted: Option<Date>, days: &[Range<usize>]) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in NEXT_MONTH.captures_iter(text) {
        // From the month on (the match takes the letter before it).
        let whole = m.get(1).expect("month");
        let (Some(a), Some(month)) = (adopted, month_of(&m[1])) else {
            continue;
        };
        if days.iter().any(|d| d.contains(&whole.start())) {
            continue;
        }
        let year = if month > a.month() {
            a.year()
        } else {
            a.year() + 1
        };
        let before = text[..whole.start()].trim_end();
        let before = before.strip_suffix("شهر").unwrap_or(before).trim_end();
        let phrase = &text[whole.start()..m.get(0).expect("match").end()];
        // "في نهاية آذار المقبل", "بنهاية مايو القادم": the month's last day.
        let end = [" بنهاية", " نهاية"]
            .iter()
            .find_map(|w| before.strip_suffix(&w[1..]).map(|b| (w, b)));
        if let Some((w, rest)) = end
            && (w.contains('ب') || by_before(rest))
        {
            let last = Fuzzy::Month { year, month }.last_day();
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(last)),
                phrase.trim().to_string(),
            ));
        } else if by_before(before) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Month { year, month }),
                phrase.trim().to_string(),
            ));
        }
    }
    out
}

/// "15 يوليو المقبل": the next such day after the adoption.
fn next_days(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in NEXT_DAY_ANY.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "في 27 مايو الجاري": a day of the adoption's own month, to come.
        let current = ["الجاري", "الجارى", "الحالي"].contains(&&m[3]);
        let Some(day) = adopted.and_then(|a| next_day(&m, a)).filter(|d| {
            !current || adopted.is_some_and(|a| d.year() == a.year() && d.month() == a.month())
        }) else {
            continue;
        };
        if by_before(&text[..whole.start()]) {
            days.push(whole.range());
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "قبل 28 نوفمبر/تشرين الثاني": a day and month without a year, the next one.
fn days_without_year(
    text: &str,
    adopted: Option<Date>,
    days: &mut Vec<Range<usize>>,
) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in DAY_MONTH.captures_iter(text) {
        let whole = m.get(0).expect("match");
        if days.iter().any(|d| d.contains(&whole.start())) {
            continue;
        }
        let Some(day) = adopted.and_then(|a| next_day(&m, a)) else {
            continue;
        };
        // Not "في 13 نوفمبر الماضي" (a day gone by, or one that dates an event): only
        // "قبل", "بحلول", "حتى" ... date an act by a day without its year.
        let before = text[..whole.start()].trim_end();
        let at = ["في", "فى"]
            .iter()
            .any(|w| before.ends_with(&format!(" {w}")) || before == *w);
        let past = text[whole.end()..]
            .split_whitespace()
            .take(3)
            .any(|w| table::AR_PAST_WORDS.contains(&bare(w)));
        if (!at || meeting_held_on(before)) && !past && by_before(before) {
            days.push(whole.range());
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "عقد اجتماع لوزراء X في 5 شباط/فبراير": an act that holds a meeting, its day given by
/// "في" (the meeting's own day, the act's due), `before` up to that "في".
fn meeting_held_on(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let holds = words
        .first()
        .is_some_and(|w| ["عقد", "بعقد", "لعقد"].contains(&bare(w)));
    holds
        && words.len() <= 8
        && words.get(1).is_some_and(|w| {
            let w = bare(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            table::AR_MEETING_NOUNS.contains(&w) || ["مؤتمر", "الدورة"].contains(&w)
        })
}

/// "الجمعة المقبلة", "يوم الأحد القادم": a day of the week called next, the first such day
/// after the adoption (a week on when the adoption fell on it); "بعد غد الخميس" (the day
/// after tomorrow, its weekday named or not), two days on.
static NEXT_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let days: Vec<&str> = table::AR_WEEKDAYS.iter().map(|(d, _)| *d).collect();
    let next = any_of(table::AR_NEXT);
    Regex::new(&format!(
        r"(?:^|\s)(?:(بعد\s+غد)(?:\s+(?:يوم\s+)?(?:{days}))?|(?:يوم\s+)?({days})\s+(?:{next}))(?:\s|$|[,.;])",
        days = any_of(&days)
    ))
    .expect("valid regex")
});

fn next_weekdays(text: &str, adopted: Option<Date>) -> Vec<Deadline> {
    let Some(a) = adopted else {
        return Vec::new();
    };
    NEXT_WEEKDAY
        .captures_iter(text)
        .filter_map(|m| {
            let ahead = if m.get(1).is_some() {
                2
            } else {
                let &(_, target) = table::AR_WEEKDAYS.iter().find(|(d, _)| *d == &m[2])?;
                let now = a.weekday().to_monday_zero_offset();
                let ahead = (i16::from(target) - i16::from(now)).rem_euclid(7);
                if ahead == 0 { 7 } else { ahead }
            };
            let day = a.checked_add(jiff::Span::new().days(ahead)).ok()?;
            let whole = m.get(0).expect("match");
            Some((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().trim().to_string(),
            ))
        })
        .collect()
}

/// "في السابع عشر من نوفمبر لعام 1973": a day in ordinal words, with its month and year.
fn days_in_words(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in DAY_WORDS.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(date) = words_date(&m, adopted) else {
            continue;
        };
        days.push(whole.range());
        if date.year() < 1900 || adopted.is_some_and(|a| date < a) {
            continue;
        }
        if by_before(&text[..whole.start()]) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(date)),
                whole.as_str().trim().to_string(),
            ));
        }
    }
    out
}

/// The day a `DAY_WORDS` match names: of its year, else ("... القادم") the next such day
/// on or after the adoption.
fn words_date(c: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Date> {
    let day = i8::try_from(ordinal_words(c, 1)?).ok()?;
    let month = month_of(c.get(5)?.as_str())?;
    if let Some(year) = c.get(6) {
        return Date::new(year.as_str().parse().ok()?, month, day).ok();
    }
    let a = adopted?;
    let this = Date::new(a.year(), month, day).ok()?;
    if this >= a {
        Some(this)
    } else {
        Date::new(a.year() + 1, month, day).ok()
    }
}

/// The number an ordinal in words names, from its captures: the unit at `at`, "عشر" at
/// `at + 1`, the tens after "و" at `at + 2`, or the tens alone at `at + 3`.
fn ordinal_words(m: &regex::Captures<'_>, at: usize) -> Option<u32> {
    match (m.get(at), m.get(at + 3)) {
        (Some(unit), _) => Some(
            ordinal_of(table::AR_ORDINAL_UNITS, unit.as_str())
                + if m.get(at + 1).is_some() { 10 } else { 0 }
                + m.get(at + 2)
                    .map_or(0, |t| ordinal_of(table::AR_ORDINAL_TENS, t.as_str())),
        ),
        (None, Some(tens)) => Some(ordinal_of(table::AR_ORDINAL_TENS, tens.as_str())),
        _ => None,
    }
}

/// "في الأسبوع الثالث من سبتمبر القادم": the week's last day.
fn week_ends(text: &str, adopted: Option<Date>, days: &mut Vec<Range<usize>>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in WEEK.captures_iter(text) {
        let whole = m.get(0).expect("match");
        days.push(whole.range());
        let Some(day) = week_end(&m, adopted) else {
            continue;
        };
        if adopted.is_some_and(|a| day < a) {
            continue;
        }
        out.push((
            whole.start(),
            Found::On(Fuzzy::Day(day)),
            whole.as_str().trim().to_string(),
        ));
    }
    out
}

/// "بنهاية 2027", "بحلول نهاية عام 2027", "قبل نهاية سنة 2027": a year's last day (a
/// resolution's budget or payment "by the end of" a year; not a year gone by).
fn year_ends(text: &str, adopted: Option<Date>) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in YEAR_END.captures_iter(text) {
        let Ok(year) = m[1].parse::<i16>() else {
            continue;
        };
        let Ok(day) = Date::new(year, 12, 31) else {
            continue;
        };
        if year < 1900 || adopted.is_some_and(|a| day < a) {
            continue;
        }
        let whole = m.get(0).expect("match");
        out.push((
            whole.start(),
            Found::On(Fuzzy::Day(day)),
            whole.as_str().trim().to_string(),
        ));
    }
    // "بحلول عام 2030", "في موعد أقصاه عام 2030": some day of that year.
    for m in BY_YEAR.captures_iter(text) {
        let Ok(year) = m[1].parse::<i16>() else {
            continue;
        };
        if year < 1900 || adopted.is_some_and(|a| year < a.year()) {
            continue;
        }
        let whole = m.get(0).expect("match");
        out.push((
            whole.start(),
            Found::On(Fuzzy::Year(year)),
            whole.as_str().trim().to_string(),
        ));
    }
    // "بحلول منتصف عام 2027", "خلال النصف الأول من عام 2027", "في الربع الأول من 2027":
    // the last day of that part of the year, as "by mid-2027" is.
    for m in YEAR_PART.captures_iter(text) {
        let Ok(year) = m[2].parse::<i16>() else {
            continue;
        };
        let part = m[1].split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(&(_, month)) = table::AR_YEAR_PARTS.iter().find(|(w, _)| *w == part) else {
            continue;
        };
        let Some(day) = Date::new(year, month, 1).ok().map(Date::last_of_month) else {
            continue;
        };
        if adopted.is_some_and(|a| day < a) {
            continue;
        }
        let whole = m.get(0).expect("match");
        out.push((
            whole.start(),
            Found::Around(Fuzzy::Day(day)),
            whole.as_str().trim().to_string(),
        ));
    }
    // "قبل نهاية العام الجاري": the last day of the adoption's year ("حتى نهاية العام
    // الحالي" is how long a mandate is extended, not a deadline).
    if let (Some(m), Some(a)) = (THIS_YEAR_END.find(text), adopted)
        && let Ok(day) = Date::new(a.year(), 12, 31)
    {
        out.push((
            m.start(),
            Found::On(Fuzzy::Day(day)),
            m.as_str().trim().to_string(),
        ));
    }
    out
}

static THIS_YEAR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:بنهاية|(?:بحلول|قبل)\s+نهاية|في\s+موعد\s+أقصاه\s+نهاية)\s+(?:العام|السنة)\s+(?:الحالي|الجاري|الحالية|الجارية)")
        .expect("valid regex")
});

static BY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:بحلول|في\s+موعد\s+(?:أقصاه|اقصاه|لا\s+يتجاوز))\s+(?:(?:عام|العام|سنة)\s+)?(\d{4})(?:[\s.,;،؛]|$)")
        .expect("valid regex")
});

static YEAR_PART: LazyLock<Regex> = LazyLock::new(|| {
    let parts: Vec<String> = table::AR_YEAR_PARTS
        .iter()
        .map(|(w, _)| w.replace(' ', r"\s+"))
        .collect();
    Regex::new(&format!(
        r"(?:^|\s)(?:بحلول|قبل|في|خلال|حتى)\s+({})\s+(?:من\s+)?(?:(?:عام|العام|سنة)\s+)?(\d{{4}})(?:[\s.,;،؛]|$)",
        parts.join("|")
    ))
    .expect("valid regex")
});

static YEAR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:بنهاية|(?:بحلول|قبل|حتى)\s+نهاية|في\s+موعد\s+أقصاه\s+نهاية)\s+(?:(?:عام|العام|سنة)\s+)?(\d{4})(?:[\s.,;،؛]|$)")
        .expect("valid regex")
});

/// "بحلول فبراير 2028": a month and its year, not inside a day already read.
fn months_with_year(text: &str, adopted: Option<Date>, days: &[Range<usize>]) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in MONTH.captures_iter(text) {
        let whole = m.get(1).expect("match");
        if days.iter().any(|d| d.contains(&whole.start())) {
            continue;
        }
        let (Some(month), Ok(year)) = (month_of(&m[1]), m[2].parse::<i16>()) else {
            continue;
        };
        let first = Date::new(year, month, 1).ok();
        let Some(first) = first else { continue };
        let last = first.last_of_month();
        if year < 1900 || adopted.is_some_and(|a| last < a) {
            continue;
        }
        let before = text[..m.get(0).expect("match").start()].trim_end();
        let before = before.strip_suffix("شهر").unwrap_or(before).trim_end();
        // "بحلول نهاية حزيران/يونيه 2027", "بنهاية يونيو 2027": the month's last day.
        let end_of = before
            .strip_suffix("بنهاية")
            .map(|_| true)
            .or_else(|| before.strip_suffix("نهاية").map(by_before));
        if end_of == Some(true) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(last)),
                m.get(0).expect("match").as_str().trim().to_string(),
            ));
            continue;
        }
        if by_before(before) {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Month { year, month }),
                m.get(0).expect("match").as_str().trim().to_string(),
            ));
        }
    }
    out
}

/// "خلال شهرين", "في غضون 90 يوما": a span, in days.
fn spans(text: &str, adopted: Option<Date>) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = NEXT_SPAN
        .captures_iter(text)
        .filter_map(|m| next_span(&m, adopted))
        .collect();
    let granted = GRANT.captures_iter(text).chain(GRANTED.captures_iter(text));
    out.extend(
        WITHIN
            .captures_iter(text)
            .chain(granted)
            .filter_map(|m| within_span(text, &m, adopted)),
    );
    out
}

/// The span a match of `NEXT_SPAN` gives ("خلال الأشهر الستة القادمة").
fn next_span(m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Deadline> {
    let (unit, hours) = match &m[1] {
        "الأيام" | "الايام" => (table::SpanUnit::Days, false),
        "الأسابيع" | "الاسابيع" => (table::SpanUnit::Weeks, false),
        "الأشهر" | "الاشهر" | "الشهور" => (table::SpanUnit::Months, false),
        "الساعات" => (table::SpanUnit::Days, true),
        _ => (table::SpanUnit::Years, false),
    };
    let count = &m[2];
    let word = count.strip_prefix("ال").unwrap_or(count);
    let n = count.parse().ok().or_else(|| {
        table::AR_NUMBERS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, n)| *n)
    });
    let n = n.filter(|&n| n > 0)?;
    let n = if hours { n.div_ceil(24) } else { n };
    let (days, exact) = span_days(n, unit, adopted);
    let whole = m.get(0).expect("match");
    Some((
        whole.start(),
        Found::Within { days, exact },
        whole.as_str().trim().to_string(),
    ))
}

/// The span a match of `WITHIN`, `GRANT` or `GRANTED` gives, its count and unit.
fn within_span(text: &str, m: &regex::Captures<'_>, adopted: Option<Date>) -> Option<Deadline> {
    let unit_word = &m[2];
    // "في غضون 48 ساعة": hours, counted as the days they end in.
    let hours = table::AR_HOURS.contains(&unit_word);
    let &(_, implied, unit) = table::AR_SPANS
        .iter()
        .find(|(u, _, _)| *u == unit_word || (hours && *u == "يوم"))?;
    // "خلال شهر شوال": a month's name, not a span.
    let after = text[m.get(0).expect("match").end()..].trim_start();
    let next = bare(after.split_whitespace().next().unwrap_or(""));
    // "في موعد أقصاه 60 يوما بعد اتخاذ ...": a span, its count given; "في موعد أقصاه
    // شهر سبتمبر" names a month (below), "في موعد أقصاه سنة 2027" a year; the unit alone
    // with no name or year after it ("في موعد أقصاه شهر من اليوم") is one such unit.
    if m[0].contains("موعد")
        && m.get(1).is_none()
        && next.chars().next().is_some_and(char::is_numeric)
    {
        return None;
    }
    if table::AR_HIJRI_MONTHS.contains(&next) || month_of(next).is_some() {
        return None;
    }
    let n = within_count(m, implied, unit_word);
    if n == 0 {
        return None;
    }
    let n = if hours { n.div_ceil(24) } else { n };
    let (days, exact) = span_days(n, unit, adopted);
    let whole = m.get(0).expect("match");
    Some((
        whole.start(),
        Found::Within { days, exact },
        // Up to its unit: "3 أشهر" of "3 أشهر للاتفاق".
        text[whole.start()..m.get(2).expect("unit").end()]
            .trim()
            .to_string(),
    ))
}

/// How many of the unit a span counts: its number, in digits or words, else the one its
/// unit implies.
fn within_count(m: &regex::Captures<'_>, implied: u32, unit_word: &str) -> u32 {
    match m.get(1).map(|c| c.as_str()) {
        // "أمهله أسبوعا": one, the unit's accusative alone.
        None if implied == 0 && ["يوما", "يوماً", "أسبوعا", "شهرا"].contains(&unit_word) => {
            1
        }
        None => implied,
        Some(c) => c
            .parse()
            .ok()
            .or_else(|| {
                table::AR_NUMBERS
                    .iter()
                    .find(|(w, _)| *w == c)
                    .map(|(_, n)| *n)
            })
            .unwrap_or(0),
    }
}

/// "إلى الدورة القادمة", "في دورتها الحادية والثمانين": a meeting, by its ordinal or as
/// the next one.
fn sessions(text: &str) -> Vec<Deadline> {
    let mut out = Vec::new();
    for m in SESSION.captures_iter(text) {
        let phrase = m.get(2).expect("match");
        // "لدورتها ...": the "ل" joins only a word it can ("لدورتها", not "لالدورة").
        if m.get(1).is_some() && phrase.as_str().starts_with("ال") {
            continue;
        }
        // "على هامش الدورة الثمانين": where it was said; only "the next session" dates.
        let margins = m.get(0).is_some_and(|w| w.as_str().contains("هامش"));
        if margins && m.get(7).is_none() {
            continue;
        }
        let ordinal = ordinal_words(&m, 3);
        out.push((
            phrase.start(),
            Found::Session {
                held: scheduled_in_month(&text[phrase.end()..]),
                ordinal,
                of: None,
                word: phrase.as_str().trim().to_string(),
            },
            phrase.as_str().trim().to_string(),
        ));
    }
    out
}

/// "... للمكتب التنفيذي المقرر عقده في يناير 2030": the month and year a meeting named a
/// few words before is set for (a day there is `newsdue`'s).
static SCHEDULED_IN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s+[^\s.،,;؛]+){0,8}?\s+(?:المقرر|المزمع)\s+(?:عقده|عقدها|انعقاده|انعقادها)\s+(?:في|فى|خلال)\s+(?:شهر\s+)?(\S+)\s+(\d{4})(?:\s|$|[,.;،؛])",
    )
    .expect("valid regex")
});

fn scheduled_in_month(after: &str) -> Option<Fuzzy> {
    let c = SCHEDULED_IN_MONTH.captures(after)?;
    Some(Fuzzy::Month {
        year: c[2].parse().ok()?,
        month: month_of(&c[1])?,
    })
}

/// "قبل انعقاد الدورة الثامنة والعشرين ...": due before that meeting, undated.
fn before_sessions(text: &str) -> Vec<Deadline> {
    BEFORE_SESSION
        .captures_iter(text)
        .map(|m| {
            // "قبل اللقاء التشاوري القادم": the next meeting called "اللقاء".
            let phrase = m.get(1).or_else(|| m.get(m.len() - 1)).expect("match");
            let name = phrase.as_str().trim().to_string();
            (
                phrase.start(),
                Found::BeforeUndated { name: name.clone() },
                m[0].trim().to_string(),
            )
        })
        .collect()
}

/// "كل 90 يوما", "كل ثلاثة أشهر", "كل سنتين", "سنويا": a recurring mandate's period.
pub fn every(text: &str) -> Option<Every> {
    if let Some(m) = EVERY.captures(text) {
        let unit_word = &m[2];
        let &(_, implied, unit) = table::AR_SPANS.iter().find(|(u, _, _)| *u == unit_word)?;
        let n = match m.get(1).map(|c| c.as_str()) {
            None => implied,
            Some(c) => c.parse().ok().or_else(|| {
                table::AR_NUMBERS
                    .iter()
                    .find(|(w, _)| *w == c)
                    .map(|(_, n)| *n)
            })?,
        };
        let (until, until_phrase) = until_after(&text[m.get(0).expect("match").end()..]).unzip();
        return (n > 0).then(|| Every {
            n,
            unit,
            phrase: m[0].trim().to_string(),
            until,
            until_phrase,
        });
    }
    // "مرتين في السنة": twice a year, before "سنويا" of "مرتين سنويا" is read alone.
    if let Some((phrase, n, unit)) = table::AR_EVERY_PHRASES
        .iter()
        .find_map(|&(p, n, u)| text.find(p).map(|at| (&text[at..at + p.len()], n, u)))
    {
        let end = text.find(phrase).map_or(0, |at| at + phrase.len());
        let (until, until_phrase) = until_after(&text[end..]).unzip();
        return Some(Every {
            n,
            unit,
            phrase: phrase.to_string(),
            until,
            until_phrase,
        });
    }
    let m = EVERY_WORD.find(text)?;
    let &(_, unit) = table::AR_EVERY_WORDS
        .iter()
        .find(|(w, _)| *w == m.as_str().trim())?;
    let (until, until_phrase) = until_after(&text[m.end()..]).unzip();
    Some(Every {
        n: 1,
        unit,
        phrase: m.as_str().trim().to_string(),
        until,
        until_phrase,
    })
}

/// "... كل شهر حتى 30 حزيران 2027": the day (or month) that ends a recurrence, and its words.
fn until_after(rest: &str) -> Option<(Fuzzy, String)> {
    let m = UNTIL.find(rest)?;
    // Only the recurrence's own clause: "حتى" within a few words of the period.
    if rest[..m.start()].split_whitespace().count() > 8 {
        return None;
    }
    let after = &rest[m.end()..];
    if let Some(c) = DATE
        .captures(after)
        .filter(|c| c.get(0).expect("match").start() == 0)
    {
        let day = Date::new(c[3].parse().ok()?, month_of(&c[2])?, c[1].parse().ok()?).ok()?;
        let words = format!("{}{}", m.as_str(), &c[0]);
        return Some((Fuzzy::Day(day), words.trim().to_string()));
    }
    let c = MONTH
        .captures(after)
        .filter(|c| c.get(0).expect("match").start() <= 1)?;
    let words = format!("{}{}", m.as_str(), c[0].trim());
    Some((
        Fuzzy::Month {
            year: c[2].parse().ok()?,
            month: month_of(&c[1])?,
        },
        words.trim().to_string(),
    ))
}

static EVERY: LazyLock<Regex> = LazyLock::new(|| {
    let mut units: Vec<&str> = table::AR_SPANS.iter().map(|(u, _, _)| *u).collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    Regex::new(&format!(
        r"(?:^|\s)كل\s+(?:(\d{{1,4}}|\S+)\s+)?({})(?:\s|$|[,.;])",
        any_of(&units)
    ))
    .expect("valid regex")
});

static EVERY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = table::AR_EVERY_WORDS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(r"(?:^|\s)(?:{})(?:\s|$|[,.;])", any_of(&words))).expect("valid regex")
});

fn month_of(name: &str) -> Option<i8> {
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    table::AR_MONTHS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, k)| *k)
}

fn ordinal_of(table: &[(&str, u32)], word: &str) -> u32 {
    table
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(0, |(_, n)| *n)
}

/// The words before a date make it a deadline ("بحلول", "قبل", "في موعد أقصاه", "في").
fn by_before(before: &str) -> bool {
    // "قبل 15 شوال 1449 هـ / 1 تموز 2028 م": the Hijri date beside it is read past.
    let before = HIJRI_BESIDE.replace(before.trim_end(), "");
    // "خلال النصف الأول من شهر شوال 1418هـ، فبراير 1998م": a Hijri month, its Gregorian
    // month after it; the word before the Hijri one dates both.
    if let Some(m) = HIJRI_MONTH_BESIDE.captures(before.trim_end()) {
        if m.get(1).is_some() {
            return true;
        }
        return by_before(&before[..m.get(0).expect("match").start()]);
    }
    let before = before.trim_end();
    // "الفترة المالية المنتهية في 30 حزيران/يونيه 2027": the day a period ends, named;
    // "لستة أشهر تبدأ في 1 مايو وتنتهي في 31 أكتوبر": the days it starts and ends.
    let ends_period = before.strip_suffix("في").is_some_and(|b| {
        b.split_whitespace().last().is_some_and(|w| {
            let w = w
                .strip_prefix('و')
                .filter(|r| table::AR_PERIOD_BOUNDS.contains(r))
                .unwrap_or(w);
            ["المنتهية", "المنتهي", "المنتهيتين", "المنتهيين"].contains(&w)
                || table::AR_PERIOD_BOUNDS.contains(&w)
        })
    });
    // "الاجتماع الذي عقد في 1 سبتمبر 2025": the day a meeting was held, told.
    let held = before.strip_suffix("في").is_some_and(|b| {
        b.split_whitespace()
            .last()
            .is_some_and(|w| ["عقد", "عقدت", "انعقد", "انعقدت"].contains(&w))
    });
    !ends_period
        && !held
        && table::AR_BY.iter().any(|w| {
            before
                .strip_suffix(w)
                .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace))
        })
}

/// "يقرر ما يلي:" / "يقرر:" / "يقرر" alone: what follows is each the body's decision.
pub fn decides_items(clause: &str) -> bool {
    let t = clause.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some(k) = words
        .iter()
        .position(|w| table::AR_DECIDES.contains(&verb_form(w.trim_end_matches(':'))))
    else {
        return false;
    };
    // The verb opens the paragraph ("يقرر المجلس الموافقة على توصية ... الآتية:"), or
    // the chapeau's last clause ("..., يقرر:").
    let opens = k == 0 || (k == 1 && words[0].starts_with(['(', '-']));
    let last_clause = t
        .trim_end_matches(':')
        .rsplit([',', ';', '.', ':', '\n'])
        .next()
        .and_then(|c| c.split_whitespace().next())
        .is_some_and(|w| table::AR_DECIDES.contains(&verb_form(w)));
    // "يقرر المجلس الموافقة على توصية اللجنة الآتية:": what follows is the
    // recommendation's own text, read for its requests, not each a decision.
    let recommendation = words
        .windows(3)
        .any(|w| bare(w[0]) == "الموافقة" && bare(w[1]) == "على" && bare(w[2]).ends_with("توصية"));
    !recommendation
        && ((opens && words.len() == k + 1) || (t.ends_with(':') && (k <= 2 || last_clause)))
}

/// "(تابع) الدورة السابعة لمؤتمر القمة الإسلامي ...": a continuation page's heading.
pub fn continuation_heading(paragraph: &str) -> bool {
    paragraph.trim_start().starts_with("(تابع)")
}

/// A paragraph that ends as an operative item does (a full stop or a semicolon), not as
/// a preamble's ("وإذ ...،"), nor a heading.
pub fn operative_tail(paragraph: &str) -> bool {
    let t = paragraph.trim();
    let first = t.split_whitespace().next().map(bare).unwrap_or_default();
    t.ends_with(['.', ';', '؛'])
        && !continuation_heading(t)
        && !["إذ", "وإذ", "وقد", "إن", "إنّ"].contains(&first)
}

/// "البيئية، ودعا الدول الأعضاء إلى ...": a paragraph a page opens inside a sentence (its
/// first word a cut phrase's last, ending in a comma, then a call's verb joined by "و"),
/// the tail of the item before the page's first number.
pub fn opens_mid_sentence(paragraph: &str) -> bool {
    let mut words = paragraph.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    first.ends_with([',', '،'])
        && has_article(bare(first.trim_end_matches('،')))
        && !is_verb(bare(first.trim_end_matches('،')))
        && second.starts_with('و')
        && table::AR_PAST.contains(&verb_form(second))
}

/// Whether a paragraph opens with a decision verb ("يقرر المجلس ...", "ويقرر ...").
pub fn opens_decision(paragraph: &str) -> bool {
    let decides = |t: &str| {
        t.split_whitespace()
            .next()
            .is_some_and(|w| table::AR_DECIDES.contains(&verb_form(w)))
    };
    decides(paragraph) || after_meeting(paragraph).is_some_and(decides)
}

/// "في الجلسة العامة الخامسة المعقودة في D، قرر ...": a record's
/// decision after the meeting that took it; what follows the meeting's comma.
fn after_meeting(paragraph: &str) -> Option<&str> {
    let rest = paragraph.trim_start().strip_prefix("في ")?;
    let meeting = [
        "الجلسة",
        "جلسته",
        "جلستها",
        "اجتماعه",
        "اجتماعها",
        "دورته",
        "دورتها",
    ];
    if !meeting.iter().any(|m| rest.starts_with(m)) {
        return None;
    }
    let cut = rest.find([',', '،'])?;
    let comma = rest[cut..].chars().next()?;
    Some(&rest[cut + comma.len_utf8()..])
}

/// An Arabic item's act, as written.
pub fn item_action(item: &str) -> Option<String> {
    let a = clean(item);
    (!a.is_empty()).then_some(a)
}

/// Arabic chapeaus lend no addressee to their items (not read yet).
pub fn chapeau_actors(clause: &str) -> Option<Vec<String>> {
    // "تطلب إلى الأمين العام:" + "(أ) أن يعد ...": a verb and its addressee, then a colon;
    // the items are what the addressee is asked.
    let clause = clause.trim();
    let rest = clause.strip_suffix(':')?.trim_end();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let at = words.iter().position(|w| {
        let v = verb_form(w);
        table::AR_VERBS.iter().any(|(x, _, _)| *x == v)
    })?;
    // The verb opens the clause (after its number or "و"), so no earlier text is read.
    if at > 2 {
        return None;
    }
    let v = verb_form(words[at]);
    let &(_, openers, enders) = table::AR_VERBS.iter().find(|(x, _, _)| *x == v)?;
    let mut addressee: Vec<&str> = words[at + 1..].to_vec();
    if let Some(first) = addressee.first_mut() {
        if openers.contains(first) {
            addressee.remove(0);
        } else if let Some(o) = openers
            .iter()
            .find(|o| o.chars().count() == 1 && first.starts_with(**o))
        {
            *first = &first[o.len()..];
        }
    }
    // An ender or a list word left in the addressee ("... بما يلي") makes it no chapeau
    // of addressee alone.
    if addressee.is_empty()
        || addressee
            .iter()
            .any(|w| enders.contains(&bare(w)) || ["يلي", "بما", "ما"].contains(&bare(w)))
    {
        return None;
    }
    let names = names(&addressee[..name_end(&addressee)]);
    (!names.is_empty()).then_some(names)
}

/// "3. يقوم مجلس الجامعة بوضع ...", "(b) ترفع اللجنة تقريرها خلال ...": an item of a
/// decision with no "يقرر" over it that opens with a present verb of doing and the actor
/// its subject names tasks that actor; a founding item ("إنشاء مجلس ... أعضاء يتم
/// ترشيحهم من قبل X ويتم تعيينهم من قبل Y") tasks each agent its passives name (the
/// founding itself is the decision's, by a body the item does not name).
pub fn item_directive(item: &str) -> Requests {
    const DOING: &[&str] = &[
        "يقوم",
        "تقوم",
        "يتولى",
        "تتولى",
        "يرفع",
        "ترفع",
        "يعد",
        "تعد",
        "يضع",
        "تضع",
    ];
    let words: Vec<&str> = item.split_whitespace().collect();
    let Some(first) = words.first() else {
        return Vec::new();
    };
    if DOING.contains(&bare(first)) {
        return acting_subject(&words)
            .filter(|(actors, _)| !actors.is_empty())
            .into_iter()
            .collect();
    }
    if !["إنشاء", "انشاء", "تشكيل", "تأسيس"].contains(&bare(first)) {
        return Vec::new();
    }
    let end = words
        .iter()
        .position(|w| w.ends_with(['.', ';']))
        .map_or(words.len(), |k| k + 1);
    passive_agents(&words[..end])
}

/// "... يتم ترشيحهم من قبل X ويتم تعيينهم من قبل Y": each passive of picking with the agent
/// "من قبل" names (the act its verbal noun with the pronoun).
fn passive_agents(words: &[&str]) -> Requests {
    let picked = |w: &str| {
        ["ها", "هم", "ه"].iter().any(|p| {
            w.strip_suffix(p)
                .is_some_and(|v| ["اختيار", "تعيين", "انتخاب", "تسمية", "ترشيح"].contains(&v))
        })
    };
    let mut out = Vec::new();
    for k in 0..words.len().saturating_sub(3) {
        if !["يتم", "ويتم", "سيتم"].contains(&bare(words[k])) || !picked(bare(words[k + 1]))
        {
            continue;
        }
        let by = &words[k + 2..];
        if !(["من", "ومن"].contains(&bare(by[0])) && by.get(1).is_some_and(|w| bare(w) == "قبل"))
        {
            continue;
        }
        let rest = &by[2..];
        if rest
            .first()
            .is_some_and(|h| table::AR_ACTOR_HEADS.contains(&bare(h)))
        {
            let agent = names(&rest[..name_end(rest)]);
            if !agent.is_empty() {
                out.push((agent, clean(words[k + 1])));
            }
        }
    }
    out
}

/// An item under "يقرر": its own request, else what it decides.
pub fn decided_item(item: &str, body: &str) -> Requests {
    let words: Vec<&str> = item.split_whitespace().collect();
    let first = words.first().map(|w| bare(w)).unwrap_or_default();
    let second = words.get(1).map(|w| bare(w)).unwrap_or_default();
    // "مادة (1) تشكل لجنة من ...": the decision forms the committee itself (a verb of
    // forming and an indefinite body), nothing asked of anyone.
    if ["تشكل", "يشكل", "تنشأ", "ينشأ", "تؤلف", "يؤلف"].contains(&first)
        && ["لجنة", "فريق", "هيئة", "مجلس"].contains(&second)
    {
        return passive_agents(&words);
    }
    // "مادة (2) تتولى اللجنة دراسة ...": the one the item puts in charge is its subject,
    // not the deciding body.
    if ["تتولى", "يتولى"].contains(&first)
        && let Some(found) = acting_subject(&words).filter(|(actors, _)| !actors.is_empty())
    {
        return vec![found];
    }
    // "مادة (3) على الجهات المعنية، كل فيما يخصه، العمل بما تقدم": those "على"
    // binds to a verbal noun are the ones asked.
    if first == "على"
        && let Some(found) = bound_by_on(&words[1..])
    {
        return vec![found];
    }
    let own = requests(item, body);
    if !own.is_empty() {
        return own;
    }
    decided(&words, body)
}

/// "جميع الجهات المختصة، كل فيما يخصه، تنفيذ ...": after "على", an actor's name (by its
/// head, "جميع" / "كافة" before it or not), the aside "كل فيما يخصه" if any, and the
/// verbal noun of what they are to do.
fn bound_by_on(words: &[&str]) -> Option<(Vec<String>, String)> {
    let all = usize::from(
        words
            .first()
            .is_some_and(|w| ["جميع", "كافة"].contains(&bare(w))),
    );
    if !words
        .get(all)
        .is_some_and(|w| table::AR_ACTOR_HEADS.contains(&bare(w)))
    {
        return None;
    }
    let end = all + name_end(&words[all..]);
    let actors = names(&words[all..end]);
    let mut k = end;
    if words.get(k).is_some_and(|w| bare(w) == "كل")
        && let Some(c) = (k..words.len().min(k + 4)).find(|&c| words[c].ends_with(','))
    {
        k = c + 1;
    }
    let noun = bare(words.get(k)?);
    if actors.is_empty() || has_article(noun) || is_verb(noun) || noun.starts_with('ب') {
        return None;
    }
    Some((actors, words[k..].join(" ")))
}

/// The full Gregorian dates an Arabic text gives ("3 نوفمبر 2025", "5 / 1 / 1992": day,
/// month, year), in order, each with where it starts: a Hijri date beside one ("12 جمادى
/// الأولى 1447 هـ الموافق ...") names no month of the table, nor a year after 1900.
pub fn dates_in(text: &str) -> Vec<(usize, Date)> {
    let named = DATE.captures_iter(text).filter_map(|m| {
        let day = Date::new(m[3].parse().ok()?, month_of(&m[2])?, m[1].parse().ok()?).ok()?;
        Some((m.get(0)?.start(), day))
    });
    let numeric = NUMERIC_DATE.captures_iter(text).filter_map(|m| {
        let day = Date::new(m[3].parse().ok()?, m[2].parse().ok()?, m[1].parse().ok()?).ok()?;
        Some((m.get(0)?.start(), day))
    });
    let mut all: Vec<(usize, Date)> = named
        .chain(numeric)
        .filter(|(_, d)| d.year() >= 1900)
        .collect();
    all.sort_by_key(|(at, _)| *at);
    all
}

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b").expect("valid regex")
});

/// Composed texts, one per kind of Arabic phrasing met on real texts (none is a sentence of
/// a real text).
#[cfg(test)]
mod tests {
    use crate::tests::brief::{Brief, EventLabel};
    use crate::{Lang, Options, draft};

    /// "¶3 الأمين العام | الدول due=…": each mandate's paragraph, actors and deadline (a
    /// meeting's by its date).
    fn brief(text: &str, adopted: &str) -> Vec<String> {
        Brief {
            at: EventLabel::DateBracketedName,
            plain_days: true,
            ..Brief::default()
        }
        .of(text, adopted)
    }

    #[test]
    fn a_chapeau_pointing_to_its_items_asks_them_and_keeping_an_item_on_the_agenda_asks_nothing() {
        let text = "إن مجلس البساتين،\n\n1- يهيب بالدول الأعضاء القيام بما يلي:\n(أ) زراعة الأشجار المثمرة؛\n(ب) حماية المشاتل من الآفات.\n\n2- يقرر إبقاء هذا البند على جدول أعماله.\n";
        assert_eq!(
            brief(text, "2037-01-10"),
            ["¶1 الدول الأعضاء", "¶1 الدول الأعضاء"]
        );
    }

    #[test]
    fn an_urging_of_the_measures_listed_below_names_no_one_and_asks_all_states() {
        // Its lettered items, each on the line after its letter, are its objects; a bare
        // "يحث على" with no list still asks nothing.
        let text = "إن مؤتمر وزراء البساتين،\n\n1 -\n\nيحث بشدة على اتخاذ الخطوات التالية لحماية الأشجار:\n\n(أ)\n\nإرسال خبراء زراعيين إلى المشاتل.\n\n(ب)\n\nتزويد المزارعين بالبذور.\n\n2 -\n\nيحث على حماية الأشجار.\n";
        assert_eq!(brief(text, "2031-05-02"), ["¶1 جميع الدول"]);
    }

    #[test]
    fn a_day_in_words_of_next_month_dates_what_takes_effect_from_it() {
        let text = "خبر\n\nقرر مجلس البساتين دمج لجنة المشاتل في لجنة الري، اعتبارا من الخامس عشر من آذار / مارس القادم، بعد دراسة مطولة.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            ["¶2 مجلس البساتين due=2030-03-15"]
        );
    }

    #[test]
    fn a_first_person_decision_is_the_body_s_own_act_even_when_no_body_is_named() {
        // "نقرر" ("we decide"), as summit outcomes speak: the body's act, beside its "نطلب".
        let text = "وعليه فإننا:\n\n(أ) نقرر توسيع صلاحيات مكتب التفتيش على المشاتل؛\n\n(ب) نطلب إلى المدير العام أن يعد دراسة عن الري.\n";
        assert_eq!(
            brief(text, "2031-05-02"),
            ["¶1 (body not named in the text)", "¶1 المدير العام"]
        );
    }

    #[test]
    fn a_committee_named_in_full_then_by_its_head_keeps_its_full_name() {
        let text = "خبر\n\nوطلب المجلس من اللجنة الفنية الزراعية إعداد خطة للري، وتكليف اللجنة بمتابعة المشاتل.\n";
        assert_eq!(
            brief(text, "2031-05-02"),
            ["¶2 اللجنة الفنية الزراعية", "¶2 اللجنة الفنية الزراعية"]
        );
        // Its first name written with one lam dropped ("الجنة") is still its name.
        let slip = text.replacen("اللجنة الفنية", "الجنة الفنية", 1);
        assert_eq!(
            brief(&slip, "2031-05-02"),
            ["¶2 الجنة الفنية الزراعية", "¶2 الجنة الفنية الزراعية"]
        );
    }

    #[test]
    fn a_general_assembly_resolution_asks_in_the_feminine() {
        let text = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها السابق بشأن البساتين،\n\nوإذ تلاحظ مع القلق تراجع عدد الأشجار،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها في دورتها الحادية والثمانين تقريرا عن حالة البساتين؛\n\n2 - تهيب بالدول الأعضاء أن تدعم صندوق البساتين؛\n\n3 - تدعو الوكالات المتخصصة إلى تبادل المعلومات عن الآفات؛\n\n4 - تحث الدول على حماية الأشجار المعمرة؛\n\n5 - تشجع المنظمات الإقليمية على إنشاء مشاتل؛\n\n6 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الثانية والثمانين البند المعنون \"البساتين\"؛\n";
        assert_eq!(
            brief(text, "2025-12-10"),
            [
                "¶1 الأمين العام due=at 2026-09 (دورتها الحادية والثمانين)",
                "¶2 الدول الأعضاء",
                "¶3 الوكالات المتخصصة",
                "¶4 الدول",
                "¶5 المنظمات الإقليمية",
                "¶6 الجمعية العامة due=at 2027-09 (دورتها الثانية والثمانين)",
            ]
        );
    }

    #[test]
    fn a_council_resolution_with_arabic_indic_numbers_and_preamble_as_context() {
        // Numbers alone on their line, a blank line before their text; the preamble's "وإذ"
        // paragraphs ask nothing; keeping the matter under review is no act.
        let text = "إن مجلس البساتين،\n\nوإذ يشير إلى قراراته السابقة،\n\nوإذ يعرب عن قلقه إزاء الجفاف،\n\n١ -\n\nيطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة القادمة؛\n\n٢ -\n\nيطلب كذلك إلى المدير التنفيذي أن يعد دراسة عن الري في موعد أقصاه ٣٠ حزيران/يونيه ٢٠٢٧؛\n\n3)\n\nيقرر أن يبقي المسألة قيد نظره.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 الأمين العام due=at 2027 (الدورة القادمة)",
                "¶2 المدير التنفيذي due=2027-06-30",
            ]
        );
    }

    #[test]
    fn a_verbal_noun_asks_its_addressee() {
        // "يقرر" + "تكليف X ..."; "يقرر" alone over the numbered items; "أن" + a verb + an
        // actor asks that actor; "أن" + a verb of the body is the body's own act.
        let text = "إن مجلس البساتين،\n\nيقرر\n\n1 - تكليف الأمانة العامة بإعداد دليل للري خلال ثلاثة أشهر؛\n\n2 - دعوة الدول الأعضاء إلى تبادل البذور؛\n\n3 - تأجيل النظر في التقرير إلى الدورة القادمة؛\n\n4 - تعقد اللجنة الفنية اجتماعا في 12 تشرين الثاني/نوفمبر 2026؛\n\n5 - تأكيد ما ورد في قراراته السابقة؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 الأمانة العامة due=At { anchor: Adoption, days: 92 }",
                "¶2 الدول الأعضاء",
                "¶3 مجلس البساتين due=at 2027 (الدورة القادمة)",
                "¶4 اللجنة الفنية due=2026-11-12",
            ]
        );
        let text = "إن مجلس البساتين،\n\n1 - يقرر أن يتولى الأمين العام إعداد خطة للري؛\n\n2 - يقرر أن يعقد دورة استثنائية؛\n\n3 - يجدد طلبه إلى الدول الأعضاء أن تحمي البذور؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            ["¶1 الأمين العام", "¶2 مجلس البساتين", "¶3 الدول الأعضاء"]
        );
    }

    #[test]
    fn a_communique_asks_in_the_past_tense_after_its_subject() {
        // The subject after the verb is the body, not the addressee; an aside between
        // commas; a pronoun stands for the actor named before it; a call that names no one
        // is one to all States.
        let text = "البيان الختامي لاجتماع مجلس البساتين\n\nعقد المجلس اجتماعه في الرباط. ودعا المجلس الدول الأعضاء إلى زيادة المساحات المزروعة، وطالب المجلس من الأمين العام تقديم تقرير عن الآفات.\n\nوطلبت، خلال الجلسة الختامية، من اللجنة الفنية إعداد خطة. وكلف المجلس الأمانة العامة بمتابعة التنفيذ.\n\nوأشاد المجلس بالجهود التي بذلها المدير العام، ودعاه إلى مواصلة جهوده. ودعا المجلس إلى مراجعة الخطة.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶2 الدول الأعضاء",
                "¶2 الأمين العام",
                "¶3 اللجنة الفنية",
                "¶3 الأمانة العامة",
                "¶4 المدير العام",
                "¶4 جميع الدول",
            ]
        );
    }

    #[test]
    fn a_news_report_names_its_addressee_past_asides_times_quotes_and_titles() {
        // The body's name ends at the time of the decision and at its adjectives; the
        // text's relative clause, quotation marks, "من جديد", "من جهة أخرى" and a person's
        // name after a title stand outside the names; a decision's body may be named before
        // it; participles call; a pledge asks no one; what a statement includes asks; a
        // dash aside before a verbal noun; two proper names; one "في" link in a name.
        let text = "مجلس البساتين يمدد عمل اللجنة\n\nقرر مجلس البساتين الإقليمي اليوم الخميس، بالإجماع، تمديد عمل اللجنة الفنية. وطلب القرار الذي حمل الرقم 12 من \"المدير العام\" إعداد خطة للري. ودعا مجلس البساتين \"البلديات المعنية إلى تنفيذ الخطة\". ودعا المجلس من جديد المزارعين ودول الجوار إلى حماية التربة. ودعا المجلس من جهة أخرى الأمين العام للمنظمة السيد سعيد الى تقديم تقرير.\n\nواعتبر مجلس البساتين أن الجفاف خطير، لذلك قرر تمديد برنامج الري، داعيا إلى مواصلة التشجير، مكررا دعوته المزارعين إلى ترشيد المياه.\n\nتعهد الوزراء بالعمل على دعم المزارعين. وتضمن البيان أيضا تكليف الأمانة العامة بمتابعة التنفيذ.\n\nقررت الجمعية العامة للأمم المتحدة - بسبب الجفاف - دعوة كل الدول الأعضاء لتقديم تقاريرها.\n\nودعا المجلس إسرائيل ولبنان إلى حماية الأشجار، وطلب من الدول العربية الأعضاء في المجلس في الاجتماع المقبل تقديم البذور.\n";
        assert_eq!(
            brief(text, "2026-03-05"),
            [
                "¶2 مجلس البساتين الإقليمي",
                "¶2 المدير العام",
                "¶2 البلديات المعنية",
                "¶2 المزارعين | دول الجوار",
                "¶2 الأمين العام للمنظمة",
                "¶3 مجلس البساتين",
                "¶3 جميع الدول",
                "¶3 المزارعين",
                "¶4 الأمانة العامة",
                "¶5 كل الدول الأعضاء",
                "¶6 إسرائيل | لبنان",
                "¶6 الدول العربية الأعضاء في المجلس due=at 2027 (الاجتماع المقبل)",
            ]
        );
    }

    #[test]
    fn weeks_of_a_month_and_a_hijri_month_before_its_gregorian_one_date_a_request() {
        // By the week's last day (the next such month when no year is given); the word
        // before a Hijri month dates the Gregorian month after it.
        let text = "إن مجلس البساتين،\n\n1 - يدعو الدول الأعضاء إلى موافاة الأمانة العامة بملاحظاتها في أجل أقصاه نهاية الأسبوع الأول من فبراير 2027 م؛\n\n2 - يطلب من اللجنة أن تجتمع خلال النصف الأول من شهر رجب 1448هـ، ديسمبر 2026م في جدة؛\n\n3 - يطلب من الأمين العام تقديم تقرير في الأسبوع الثالث من سبتمبر القادم.\n";
        assert_eq!(
            brief(text, "2026-03-05"),
            [
                "¶1 الدول الأعضاء due=2027-02-07",
                "¶2 اللجنة due=2026-12",
                "¶3 الأمين العام due=2026-09-21",
            ]
        );
    }

    #[test]
    fn a_report_due_at_the_end_of_the_extension_is_due_on_its_last_day() {
        // The period a paragraph extends a mandate to dates a later "مع نهاية مدة التمديد";
        // a year glued to its month, a day "القادم" and the end of the current year.
        let text = "خبر\n\nقرر مجلس البساتين تمديد ولاية اللجنة إلى غاية الثلاثين من أبريل2027.\n\nوطلب المجلس من المدير العام تقديم تقرير مع نهاية مدة التمديد.\n";
        assert_eq!(
            brief(text, "2026-10-28"),
            ["¶2 مجلس البساتين", "¶3 المدير العام due=2027-04-30"]
        );
        let text = "خبر\n\nمدد مجلس البساتين ولاية اللجنة لغاية 31 كانون الأول/ديسمبر القادم.\n\nكما طالب المجلس الأمين العام بتقديم تقرير قبل نهاية مهمة اللجنة.\n";
        assert_eq!(brief(text, "2026-06-17"), ["¶3 الأمين العام due=2026-12-31"]);
        let text = "خبر\n\nمدد مجلس البساتين ولاية اللجنة إلى نهاية العام الحالي. وطلب من الأمين العام تقديم تقرير مع نهاية ولاية اللجنة.\n";
        assert_eq!(brief(text, "2026-06-17"), ["¶2 الأمين العام due=2026-12-31"]);
    }

    #[test]
    fn a_recurrence_ends_on_the_day_after_until() {
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى الأمين العام أن يقدم تقريرا كل شهر حتى 30 حزيران 2027؛\n\n2 - يطلب إلى اللجنة أن تقدم تقريرا سنويا حتى كانون الأول/ديسمبر 2030.\n";
        let d = draft(
            text,
            &Options {
                adopted: Some("2026-12-20".parse().unwrap()),
                today: "2026-01-01".parse().unwrap(),
            },
        );
        let until: Vec<String> = d
            .mandates
            .iter()
            .map(|m| format!("{:?}", m.every.as_ref().and_then(|e| e.until)))
            .collect();
        assert_eq!(
            until,
            [
                format!(
                    "{:?}",
                    Some(crate::Fuzzy::Day("2027-06-30".parse().unwrap()))
                ),
                format!(
                    "{:?}",
                    Some(crate::Fuzzy::Month {
                        year: 2030,
                        month: 12
                    })
                ),
            ]
        );
    }

    #[test]
    fn a_call_that_names_no_one_asks_all_states_or_the_actor_of_its_act() {
        // As "calls for ..." in English: all States, with a note to check; a call for a
        // named actor's act asks that actor; "لجنة" after "دعوة" is a name, not "لـ" + an
        // act.
        let text = "إن مجلس الحدائق،

1 - يدعو إلى حماية الأشجار النادرة؛

2 - يطالب بأن يقدم الأمين العام تقريرا عن الحدائق؛

3 - يدعو إلى التزام جميع الأطراف بقواعد الري؛

4 - يدعو لعقد مؤتمر عن البذور؛

5 - يحث على حماية الطيور.
";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 جميع الدول",
                "¶2 الأمين العام",
                "¶3 جميع الأطراف",
                "¶4 جميع الدول"
            ]
        );
        let d = draft(
            text,
            &Options {
                adopted: Some("2026-03-01".parse().unwrap()),
                today: "2026-01-01".parse().unwrap(),
            },
        );
        let check = d.mandates[0].actors[0].check.as_deref().unwrap_or("");
        assert!(check.contains("names no actor"), "{check}");
        assert!(d.mandates[1].actors[0].check.is_none());
        let text = "قرار مجلس الجامعة

يقرر المجلس:

1 - دعوة لجنة البذور إلى اجتماع عاجل.
";
        assert_eq!(brief(text, "2026-03-01"), ["¶1 لجنة البذور"]);
    }

    #[test]
    fn a_news_report_names_the_text_and_its_asides_before_the_addressee() {
        // The text as the subject of a present verb; "في قراره" and a relative clause
        // before the opener; a verb and its body after a lost line break; a sentence glued
        // to the one before; a verbal noun that asks inside a list; a name without an
        // article ends at its ender; a relative clause after the addressee.
        let text = "مجلس البساتين يجتمع اليوم قرر مجلس البساتين إنشاء مشتل.\nويدعو القرار جميع البلديات إلى حماية الأشجار. وطلب المجلس في القرار الذي حمل الرقم 12 من الأمين العام أن يقدم تقريرا.وطالب المجلس في قراره الحكومة المحلية بأن تدعم المشتل. وتضمن القرار التأكيد على أهمية البساتين، ومطالبة البلديات بزيادة المساحات، وطالب القرار كندا بتمويل المشتل. ودعوا البلديات التي قطعت الأشجار إلى زراعة غيرها.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 مجلس البساتين",
                "¶1 جميع البلديات",
                "¶1 الأمين العام",
                "¶1 الحكومة المحلية",
                "¶1 البلديات",
                "¶1 كندا",
                "¶1 البلديات",
            ]
        );
    }

    #[test]
    fn a_council_decision_names_its_body_its_manner_and_items_by_ordinal_words() {
        // A heading names the body; a range of days at a line's start is no paragraph
        // number; "يقرر المجلس بالإجماع ..." + a verbal noun that asks; "ويقرر الموافقة على
        // أن يجتمع المجلس ..." with a day in ordinal words; "يقرر المجلس ما يأتي:" + "أولا -"
        // / "ثانيا -" items; "كما يعهد إلى X بـ"; a next meeting named with its genitive.
        let text = "مجلس البساتين العربية\n\nفي دورته العادية\n3 - 5 من مارس 2026\n\nويقرر المجلس بالإجماع وعلى وجه التشديد مطالبة حكومات الدول الأعضاء بزراعة الأشجار كما يعهد إلى رؤساء الوفود ببذل المساعي.\n\nويقرر الموافقة على أن يجتمع المجلس في الخامس عشر من أبريل (نيسان) لعام 2026.\n\nيقرر المجلس ما يأتي:\nأولا - إرجاء النظر في التقرير إلى اجتماع وزراء الزراعة المقبل.\nثانيا - أن يعهد إلى خبراء عرب بمراجعة الحسابات.\n";
        assert_eq!(
            brief(text, "2026-03-05"),
            [
                "¶3 حكومات الدول الأعضاء",
                "¶3 رؤساء الوفود",
                "¶4 المجلس due=2026-04-15",
                "¶5 مجلس البساتين العربية due=at 2027 (اجتماع وزراء الزراعة المقبل)",
                "¶5 خبراء عرب",
            ]
        );
    }

    #[test]
    fn lists_of_addressees_join_by_their_own_words() {
        // "ومن X" after a qualified name, "وكذلك", "و" + a name without article, a second
        // adjective joined by "و", a verbal noun that asks after "و" with no comma, a present
        // verb after "و" opening a clause of its own.
        let text = "إن مجلس البساتين،\n\n1 - يطلب من الدول الأعضاء القادرة على ذلك ومن المصارف الإقليمية، أن تمول المشاتل؛\n\n2 - يدعو لعقد ندوة عن الري ويحث الدول الأعضاء وكذلك المنظمات الدولية والإقليمية على المشاركة فيها؛\n\n3 - تكليف الأمين العام ومدير عام الصندوق بمتابعة التنفيذ؛\n\n4 - التأكيد على قراراته السابقة ودعوة البلديات - غير الأعضاء - للانضمام إلى المجلس؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 الدول الأعضاء القادرة | المصارف الإقليمية",
                "¶2 جميع الدول",
                "¶2 الدول الأعضاء | المنظمات الدولية والإقليمية",
                "¶3 الأمين العام | مدير عام الصندوق",
                "¶4 البلديات",
            ]
        );
    }

    #[test]
    fn an_arabic_period_makes_a_recurring_mandate() {
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى الأمين العام أن يقدم إليه تقريرا كل 90 يوما؛\n\n2 - يدعو الدول الأعضاء إلى إبلاغه سنويا بما تزرعه؛\n\n3 - يطلب إلى اللجنة أن تجتمع كل ثلاثة أشهر؛\n\n4 - يحث الدول على زراعة كل الأراضي؛\n";
        let opts = Options {
            adopted: Some("2026-03-01".parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        };
        let d = draft(text, &opts);
        let periods: Vec<String> = d
            .mandates
            .iter()
            .map(|m| m.every.as_ref().map_or("-".into(), |e| e.period()))
            .collect();
        assert_eq!(periods, ["90 days", "1 year", "3 months", "-"]);
        assert!(d.mandates[0].tags.contains(&"recurring".to_string()));
    }

    #[test]
    fn a_declaration_asks_in_the_first_person_plural() {
        let text = "نحن قادة دول البساتين المجتمعين في الرباط:\n\nندعو مجلس البساتين لعقد دورة استثنائية. ونطالب الدول الأعضاء بزيادة المساحات المزروعة. ونكلف الأمانة العامة بمتابعة التنفيذ.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            ["¶2 مجلس البساتين", "¶2 الدول الأعضاء", "¶2 الأمانة العامة"]
        );
    }

    #[test]
    fn a_decision_in_the_past_tense_is_its_subjects_own_act() {
        let text = "قررت الدورة الاستثنائية لمجلس البساتين إنشاء صندوق للبذور. وطلبت من الأمين العام للمجلس اتخاذ الإجراءات اللازمة.\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            ["¶1 مجلس البساتين", "¶1 الأمين العام للمجلس"]
        );
    }

    #[test]
    fn dates_read_in_both_month_forms_with_hijri_beside_and_lettered_items() {
        let text = "إن مجلس البساتين،\n\n1 - يقرر:\n\n(أ ) أن يجتمع مرة أخرى في 12 كانون الثاني (يناير) 2027؛\n\n(ب) أن يطلب إلى الأمين العام إعلامه بما يستجد قبل 15 شوال 1449 هـ (الموافق 1 تموز 2028 م)؛\n\n2 - يهيب بالمنظمات الإقليمية، وعند الاقتضاء، بغيرها من الجهات المعنية، مواصلة دعم البساتين في موعد أقصاه شهر سبتمبر 2027؛\n";
        assert_eq!(
            brief(text, "2026-03-01"),
            [
                "¶1 مجلس البساتين due=2027-01-12",
                "¶1 الأمين العام due=2028-07-01",
                "¶2 المنظمات الإقليمية | الجهات المعنية due=2027-09",
            ]
        );
    }

    #[test]
    fn short_and_mixed_arabic_texts_are_read_as_arabic() {
        assert_eq!(
            Lang::detect("يطلب إلى الأمين العام أن يقدم تقريرا"),
            Lang::Ar
        );
        // Symbols, acronyms and a Latin name inside an Arabic text.
        let mixed = "A/RES/81/12\n\nإن الجمعية العامة،\n\n1 - تطلب إلى برنامج الأمم المتحدة الإنمائي (UNDP) أن يقدم تقريرا عن COVID-19؛\n";
        assert_eq!(Lang::detect(mixed), Lang::Ar);
        assert_eq!(
            brief(mixed, "2026-12-01"),
            ["¶1 برنامج الأمم المتحدة الإنمائي (UNDP)"]
        );
        // An English text quoting an Arabic name stays English.
        let english = "The Council,\n\n1. Requests the Secretary-General to report on the project called «البساتين الخضراء» by 1 June 2027;\n";
        assert_eq!(Lang::detect(english), Lang::En);
    }

    #[test]
    fn persian_letter_forms_and_loose_hamza_marks_read_as_arabic_letters() {
        let text = "إن مجلس البساتين،\n\nوٕاذ یلاحظ تراجع الأشجار،\n\n1. یطلب من فریق الخبراء الزراعیین متابعة حالة البساتین؛\n\n2. یدعو کافة المزارعین إلى حمایة الأشجار؛\n";
        assert_eq!(
            brief(text, "2026-05-01"),
            ["¶1 فريق الخبراء الزراعيين", "¶2 كافة المزارعين"]
        );
    }

    #[test]
    fn endorsing_a_new_resolution_that_provides_for_an_act_is_the_body_s_act() {
        // "صادق X على قرار جديد يقضي بـ ..." (an adoption verb, the resolution's adjective
        // between it and "يقضي"; also "بقضي", its "ي" typed as the key beside it).
        let text = "صادق مجلس البساتين يوم الأحد على قرار جديد يقضي بتوسيع شبكة الري في الوادي لمدة سنة.\n\nوأعرب المجلس عن قلقه من الجفاف.\n";
        assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس البساتين"]);
        let slip = text.replace("يقضي", "بقضي").replace("صادق", "صادقت");
        assert_eq!(brief(&slip, "2030-03-03"), ["¶1 مجلس البساتين"]);
    }

    #[test]
    fn a_time_granted_to_addressees_asks_them_within_it() {
        // "على أن يتم إمهال X و Y N أشهر لـ ..." (a passive verbal noun) and "أمهل المجلس
        // X شهرين لـ ...": the addressees are asked, due the span after the adoption.
        let text = "خبر\n\nوشدد المجلس على حماية الآبار، على أن يتم إمهال ساحلستان والرابطة الزراعية 3 أشهر للتفاهم على تقاسم المياه.\n\nوأمهل المجلس البلديات شهرين لتنظيف القنوات.\n";
        assert_eq!(
            brief(text, "2030-03-03"),
            [
                "¶2 ساحلستان | الرابطة الزراعية due=At { anchor: Adoption, days: 92 }",
                "¶3 البلديات due=At { anchor: Adoption, days: 61 }",
            ]
        );
    }

    #[test]
    fn the_wording_of_the_text_as_subject_is_no_addressee_and_a_given_time_dates() {
        // "ويطالب نص القرار من X أن ... في مهلة N أشهر": X is asked, due N months on.
        let text = "خبر\n\nويطالب نص القرار من مدير البساتين، أن يبلغ المجلس في مهلة 4 أشهر عن حال الآبار.\n\nوطلب المجلس من اللجنة خلال مهلة أقصاها 10 أيام إحصاء الآبار.\n";
        assert_eq!(
            brief(text, "2030-03-03"),
            [
                "¶2 مدير البساتين due=At { anchor: Adoption, days: 122 }",
                "¶3 اللجنة due=At { anchor: Adoption, days: 10 }",
            ]
        );
    }

    #[test]
    fn a_lede_restated_with_its_body_described_is_one_decision() {
        // "قرر X تمديد ... وقرر المجلس المؤلف من N ... تمديد ...": the same body named back,
        // the same act: the lede's; an organ named in full still replaces it (other tests).
        let text = "قرر مجلس البساتين تمديد مهمة فرقة الري في الوادي منذ سنوات طويلة. وقرر المجلس المؤلف من 9 بلديات في ساعة متأخرة من الأحد تمديد مهمة الفرقة حتى نهاية الصيف. وحث الأطراف على احترام الحصص.\n";
        assert_eq!(brief(text, "2030-03-03"), ["¶1 مجلس البساتين", "¶1 الأطراف"]);
    }

    #[test]
    fn a_decision_s_act_a_text_affirms_is_its_body_s_and_a_view_it_affirms_asks_nothing() {
        // "أكد البيان الختامي لمؤتمر X ... تعليق ..." is X's act; "كما أكد القرار الذي
        // صدر ... تمديد ..." the adopter's, named in full in the report ("تبنى مجلس
        // البساتين" before "وقرر المجلس"); "أكد البيان على ضرورة ..." a view.
        let of = "أكد البيان الختامي لمؤتمر رابطة المزارعين الذي انتهى أمس في الوادي تعليق عضوية بلدية السهل لسنة.\n\nوأكد البيان على ضرورة تنظيف القنوات.\n";
        assert_eq!(brief(of, "2030-03-03"), ["¶1 مؤتمر رابطة المزارعين"]);
        let adopter = "خبر\n\nتبنى مجلس البساتين أمس قرارا يعرب فيه عن قلقه. كما أكد القرار الذى صدر بالإجماع تمديد عمل فرقة الري سنة كاملة. وقرر المجلس أن يبقي المسألة قيد نظره.\n";
        assert_eq!(brief(adopter, "2030-03-03"), ["¶2 مجلس البساتين"]);
    }

    #[test]
    fn a_list_after_a_finished_request_is_not_its_items() {
        // An encyclopedia page: the request ends with a full stop, then its links.
        let text = "قرار مجلس البساتين رقم 12\n\nاعتمد المجلس القرار في 3 مايو 2026. وطلب المجلس إلى الأمين العام أن يقدم تقريرا عن الري في غضون 48 ساعة.\nانظر أيضا\n- بوابة البساتين\n- بوابة الري\n- نص القرار على الموقع\n";
        assert_eq!(
            brief(text, "2026-05-03"),
            ["¶2 الأمين العام due=At { anchor: Adoption, days: 2 }"]
        );
    }

    #[test]
    fn a_construct_with_two_genitives_is_one_name_and_its_affiliation_goes_with_it() {
        let text = "الرباط 3 رجب 1448هـ الموافق 12 ديسمبر 2026م طلب مجلس الري والزراعة التابع للاتحاد الإقليمي من قوات الحماية والأمن الريفية أن تحمي الآبار. وقرر مجلس الري والزراعة التعليق الفوري لمشاركة البلدية في أنشطة الاتحاد. ويدعو مجلس الأمن والجمعية العامة إلى دعم الري.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            [
                "¶1 قوات الحماية والأمن الريفية",
                "¶1 مجلس الري والزراعة",
                "¶1 مجلس الأمن | الجمعية العامة",
            ]
        );
    }

    #[test]
    fn an_adverb_or_a_preambles_fainnahu_stands_before_the_request() {
        let text = "إن مجلس البساتين، وقد نظر في تقرير الري، فإنه يطلب من الأمين العام أن يعد خطة للري.\n\nوطلب البيان أخيرا من المدير العام أن يرفع تقريرا.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            ["¶1 الأمين العام", "¶2 المدير العام"]
        );
    }

    #[test]
    fn a_reports_asides_participles_and_doers_are_read_and_speeches_are_not_decisions() {
        // The text named with its adjective, a feminine participle's call, a speech.
        let text = "ودعت القمة في بيانها الختامي، جميع الدول إلى منع بيع المبيدات، داعية أيضا إلى فتح الأسواق. وفي الكلمات المتتالية للقادة، دعا الجميع إلى وقف القتال.\n\nوطالب القرار، الذي صاغته الدول الخمس، من بين أمور أخرى، بحماية الآبار.\n\nوقال المراسل إن القرار -الذي جرى التصويت عليه أمس- يطالب بوقف الرعي من قبل جميع الأطراف.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            [
                "¶1 جميع الدول",
                "¶1 جميع الدول",
                "¶2 جميع الدول",
                "¶3 جميع الأطراف"
            ]
        );
    }

    #[test]
    fn verbal_nouns_after_a_break_an_appeal_a_report_going_on_and_a_renewed_call_ask() {
        let text = "(تابع) القرار الرقم 4 بشأن البساتين\n\n2 -\n\nدعوة  الجمعيات الزراعية تقديم البذور، كذلك دعوة البلدان الأعضاء ومختلف صناديق الري العربية إلى تمويل المشاتل.\n\n3 -\n\nتوجيه  نداء إلى كافة الأطراف المعنية كي تحمي الآبار.\n\n4 -\n\nتوجيه الشكر إلى حكومة البلد المضيف.\n";
        assert_eq!(
            brief(text, "2026-12-12"),
            [
                "¶2 الجمعيات الزراعية",
                "¶2 البلدان الأعضاء | صناديق الري العربية",
                "¶3 كافة الأطراف المعنية",
            ]
        );
        let report = "اعتمد مجلس البساتين القرار بالإجماع، ودعا المجلس إلى وقف قطع الأشجار. ومضى المجلس إلى مطالبة البلدية باحترام الغابة، وأكد مجددا الدعوات إلى حماية الينابيع.\n";
        assert_eq!(
            brief(report, "2026-12-12"),
            ["¶1 جميع الدول", "¶1 البلدية", "¶1 جميع الدول"]
        );
    }

    #[test]
    fn a_recommendation_asks_its_addressee_or_the_actor_its_that_clause_names() {
        let text = "يقرر المجلس الموافقة على توصية اللجنة الآتية:\n\n- توصي وفود الدول الزراعية لدى المنظمة، بدعم مشروع البذور.\n\nيقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\nتوصي لجنة الشؤون الزراعية بأن يتابع مندوبو الدول الزراعية تمويل المشاتل.\n";
        assert_eq!(
            brief(text, "1960-03-01"),
            [
                "¶1 وفود الدول الزراعية لدى المنظمة",
                "¶2 مندوبو الدول الزراعية"
            ]
        );
    }

    #[test]
    fn attention_drawn_and_a_matter_left_to_named_actors_ask_them() {
        let text = "يقرر المجلس الموافقة على توصية اللجنة الآتية، وتوصي بما يأتي:\n1 - تأكيد القرار السابق.\n2 - توجيه المزيد من عناية مكاتب الإرشاد في الدول الأعضاء والرابطة إلى تعليم الري الحديث.\n3 - رئاسة لجنة البذور: ترك الأمر إلى حكومتي المملكة الخضراء والجمهورية الزرقاء للاتفاق على مرشح واحد.\n";
        assert_eq!(
            brief(text, "1967-09-13"),
            [
                "¶2 مكاتب الإرشاد في الدول الأعضاء والرابطة",
                "¶3 حكومتي المملكة الخضراء | الجمهورية الزرقاء",
            ]
        );
    }

    #[test]
    fn round_six_kinds_of_decisions_and_reports() {
        let items = "إن مجلس البساتين،\n\nيقرر\n\n1 - التنديد بقطع الأشجار.\n\n2 - قيام البلديات العربية بإجراء حملات التشجير.\n";
        assert_eq!(brief(items, "2026-03-01"), ["¶2 البلديات العربية"]);
        let report = "وأذن المجلس، حسب القرار، لبعثة المراقبة في الوادي، باستخدام الوسائل اللازمة. وطلب المجلس أيضا أن يقدم الأمين العام تقريرا في موعد أقصاه 15 يوليو المقبل. ويدعو القرار إلى وقف فوري للقتال بين الشمال والجنوب. وشدد رئيس الجمعية على حماية الغابات، مطالبا بوقف القطع. كما دعو الى حماية الينابيع.\n";
        assert_eq!(
            brief(report, "2026-06-29"),
            [
                "¶1 بعثة المراقبة في الوادي",
                "¶1 الأمين العام due=2026-07-15",
                "¶1 الشمال | الجنوب",
                "¶1 جميع الدول",
            ]
        );
        let continued = "(تابع) مؤتمر البساتين الإسلامي الثالث في الرباط- القرارات\n\nللمشكلات البنيوية للجفاف.\n\nثالثا- يقرر تشكيل لجنة مختصة تسمى: لجنة التشجير، يعهد اليها بمتابعة الخطة.\n";
        assert_eq!(
            brief(continued, "1981-01-28"),
            ["¶2 مؤتمر البساتين الإسلامي", "¶2 لجنة التشجير"]
        );
    }

    #[test]
    fn round_seven_kinds_of_reports() {
        // A lede restated by the body's own words; asides after the subject; a participle
        // spelled as the verbal noun; a person's call; a described statement.
        let lede = "قرر الاتحاد الإقليمي، اليوم الأربعاء، تعليق مشاركة البلدية في أنشطته. وقرر مجلس المياه والري التابع للاتحاد الإقليمي، برئاسة الرباط لشهر يونيو، التعليق الفوري لمشاركة البلدية. وطالب المجلس، في بيان له صدر مساء أمس، عقب اجتماع بشأن الجفاف، المزارعين بالعودة إلى الحقول.\n";
        assert_eq!(
            brief(lede, "2026-06-02"),
            ["¶1 مجلس المياه والري التابع للاتحاد الإقليمي", "¶1 المزارعين"]
        );
        let report = "قررت مفوضية المياه والري التابعة للاتحاد اليوم، الأربعاء، تعليق عضوية البلدية.\n\nوتابعت أن التعليق سيظل ساريا، لحين عودة الماء، مطالبة بالإفراج عن المهندسين.\n\nكان رئيس المفوضية أدان بشدة قطع الأشجار، ودعا إلى حماية الغابة.\n\nيقدم المدير تقريرا تنفيذا للبيان الذى أصدره المجلس الأسبوع الماضى، وطالب فيه المدير بأن يقدم إحاطة.\n";
        assert_eq!(
            brief(report, "2026-06-02"),
            ["¶1 مفوضية المياه والري التابعة للاتحاد", "¶2 جميع الدول"]
        );
        let gulf = "دعا المجلس الوزاري لوزراء زراعة دول مجلس الواحات لدول الصحراء الكبرى المجتمع الدولي وفي مقدمته البنك الدولي لتمويل الآبار. وطالب قادة دول مجلس الواحات، الثلاثاء، في ختام قمة المنامة، البلدية بالكف عن قطع النخيل. واختتم مجلس الواحات دورته بدعوة البلدية إلى حماية الآبار، ودعا زعماء الواحات الرئيس المحلي إلى التنحي.\n";
        assert_eq!(
            brief(gulf, "2026-06-02"),
            [
                "¶1 المجتمع الدولي",
                "¶1 البلدية",
                "¶1 البلدية",
                "¶1 الرئيس المحلي"
            ]
        );
    }

    #[test]
    fn a_ledes_general_call_given_again_in_full_later_is_drafted_once() {
        let text = "اعتمد مجلس البساتين قرارا يطالب بوقف قطع الأشجار.\n\nوقال المراسل إن القرار -الذي صدر أمس- يطالب بوقف قطع الأشجار من قبل جميع البلديات.\n\nكما يطالب بوقف الرعي.\n";
        assert_eq!(
            brief(text, "2026-10-31"),
            ["¶2 جميع البلديات", "¶3 جميع الدول"]
        );
    }

    #[test]
    fn round_nine_kinds_of_reports() {
        let text = "قرر مجلس البساتين دعم طلب الاتحاد ودعوة الدول الزراعية للمساهمة بالبذور. وطالب البيان الختامى، بتقديم الدعم للمزارعين. وحث المجلس ،بقوة ، قوات الحماية الريفية على حماية الآبار. كما دعا، وبشكل عاجل، إلى بدء عمل فريق الري الوزاري. ودعا اجتماع اللجنة الزراعية الموسع، الثلاثاء، إلى عقد مؤتمر للمانحين. كما قررت الجامعة عقد لجنة الري في سبتمبر المقبل. ودعا المجلس إلى وقف القطع خلال شهر رمضان، وذلك بعد التصويت.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            [
                "¶1 الدول الزراعية",
                "¶1 جميع الدول",
                "¶1 قوات الحماية الريفية",
                "¶1 فريق الري الوزاري",
                "¶1 جميع الدول",
                "¶1 الجامعة due=2026-09",
                "¶1 جميع الدول",
            ]
        );
    }

    #[test]
    fn a_meetings_place_and_level_are_passed_over_and_a_link_word_ends_no_name() {
        let text = "قرر مجلس البساتين فى ختام اجتماعه على مستوى المندوبين الدائمين تأييد طلب الرابطة ودعوة الدول الزراعية للمساهمة بالبذور. ودعا اجتماع اللجنة الزراعية على مستوى وزراء الزراعة في منظمة الواحات، الثلاثاء، إلى عقد مؤتمر للمانحين. ودعا البيان إلى تمركز بعثة مراقبة دولية في وادي النخيل.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            // A mission stationed is what is called for, not who is asked (round 12).
            ["¶1 الدول الزراعية", "¶1 جميع الدول", "¶1 جميع الدول"]
        );
    }

    #[test]
    fn round_ten_kinds_of_reports() {
        let text = "وطالب وزراء الزراعة العرب، البلدية بإلغاء قرارها. وقرر المجتمعون تكليف لجنة مبادرة الري العربية بتشكيل وفد. وحث المجلس في بيان أصدره عقب اجتماع له بالرباط أمس لبحث التطورات في الوادي، مجلس المياه على بحث خطوات جديدة.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            [
                "¶1 البلدية",
                "¶1 لجنة مبادرة الري العربية",
                "¶1 مجلس المياه"
            ]
        );
    }

    #[test]
    fn round_eleven_kinds_of_reports() {
        let text = "طالب مجلس الواحات في ختام اجتماع وزراء الزراعة بدعم المزارعين وادان قطع النخيل ودعا مجلس الأمن الدولي لاتخاذ قرار بشأن الآبار. ودعا العطية في كلمة له خلال الاجتماع إلى حماية الغابات. وعليه فقد طالبوا الرعاة بتسليم مواشيهم.\n\nحذر مجلس البساتين من الجفاف ودعا جميع الأطراف إلى ترشيد المياه. جاء ذلك في الكلمات التي ألقاها مندوبو الدول خلال الاجتماع.\n";
        assert_eq!(
            brief(text, "2026-03-08"),
            ["¶1 جميع الدول", "¶1 مجلس الأمن الدولي", "¶1 الرعاة"]
        );
    }

    #[test]
    fn round_eight_kinds_of_reports() {
        let adopted = "اعتمد مجلس البساتين الخميس قرار تمديد ولاية البعثة الزراعية حتى 31 يناير 2027. وحث القرار المؤسسات الزراعية وأصحاب المصلحة على حل الخلافات. واعتمدت الجمعية العامة بأغلبية كبيرة قرارا يطالب البلديات بحماية الآبار.\n";
        assert_eq!(
            brief(adopted, "2026-10-31"),
            [
                "¶1 مجلس البساتين",
                "¶1 المؤسسات الزراعية | أصحاب المصلحة",
                "¶1 البلديات",
            ]
        );
        let asides = "قرر مجلس البساتين تمديد عمل البعثة مطالبا في الوقت نفسه الأطراف المعنية بالحوار. وطالب المجلس في قراره رقم 12 الذي تبناه الليلة الماضية جميع المزارعين بوقف الرعي. ويطالب القرار الذي أقر بالإجماع، ويحمل الرقم 13، الرعاة بالامتناع عن القطع. كذلك يطالب الحطابين بالتوقف. كما يطالب البلديات بالكف عن الردم، ويدعوها إلى حماية الينابيع.\n";
        assert_eq!(
            brief(asides, "2026-10-31"),
            [
                "¶1 مجلس البساتين",
                "¶1 الأطراف المعنية",
                "¶1 جميع المزارعين",
                "¶1 الرعاة",
                "¶1 الحطابين",
                "¶1 البلديات",
                "¶1 البلديات",
            ]
        );
        let summit = "وبينما لم توزع نسخة من البيان، نشرت مسودة تضمنت عدة بنود، أبرزها الدعوة لحماية الغابات. ودعت الدول المشاركة في القمة إلى عقد مؤتمر للمياه. وكشف المجلس على أنه يشجع الدول الأعضاء على زراعة الأشجار. كما بحث المؤتمر التصدي للجفاف. وأكدت وثائق القمة على محاربة التصحر ودعت إلى نشر قيم الزراعة.\n";
        assert_eq!(
            brief(summit, "2026-10-31"),
            [
                "¶1 جميع الدول",
                "¶1 جميع الدول",
                "¶1 الدول الأعضاء",
                "¶1 جميع الدول"
            ]
        );
    }

    #[test]
    fn round_twelve_kinds_renewed_calls_member_bodies_typed_ila_declarations_and_places() {
        // A renewed call with its body first; "إلى" then the one asked.
        let renewed = "وجدد مجلس وزراء زراعة الدول الأعضاء في منظمة البساتين الدعوة إلى الأمين العام للمنظمة لاتخاذ خطوات عاجلة لدعم لجنة الري.\n";
        assert_eq!(brief(renewed, "2026-10-31"), ["¶1 الأمين العام للمنظمة"]);
        // "... الدول الأعضاء في منظمة ..." is the subject's; a call cut after "إلى" asks
        // nothing; the verb said again after a long aside is one call.
        let members = "ودعا مجلس وزراء زراعة الدول الأعضاء في منظمة البساتين الإقليمية خلال اجتماعه الطارئ الذي عقد الأحد لبحث آثار الجفاف الشديد على مزارع النخيل والزيتون في الأقاليم الجنوبية، دعا إلى إدراج الري على جدول الأعمال. كما دعا وزراء زراعة الدول الأعضاء في منظمة البساتين الإقليمية إلى\n";
        assert_eq!(brief(members, "2026-10-31"), ["¶1 جميع الدول"]);
        // "الي" typed for "إلى"; a declaration named by its city as the subject, with a
        // relative clause and no comma; a mission sent is not the one asked.
        let typed = "وأكد المؤتمر دعمه للمزارعين داعيا الي حشد الموارد لمكافحة الجفاف. وطالب اعلان الواحة الذي اصدره المؤتمر اليوم بايفاد بعثة فنية لتقييم الاضرار.\n";
        assert_eq!(
            brief(typed, "2026-10-31"),
            ["¶1 جميع الدول", "¶1 جميع الدول"]
        );
        // "بعثة الرابطة بجنيف والأمانة العامة": a place, then the next addressee.
        let places = "وطالب المجلس، لجنة الخبراء وبعثة الرابطة بجنيف والأمانة العامة للرابطة بالتنسيق مع الدول الأعضاء.\n";
        assert_eq!(
            brief(places, "2026-10-31"),
            ["¶1 لجنة الخبراء | بعثة الرابطة بجنيف | الأمانة العامة للرابطة"]
        );
    }

    #[test]
    fn round_thirteen_kinds_members_of_a_summit_told_and_expected_calls_and_a_sessions_margins() {
        // The leaders "taking part in" a summit, with joined adjectives, are the subject.
        let leaders = "دعا قادة الدول العربية والإسلامية المشاركون في القمة الزراعية مع رئيس المنظمة، إلى زراعة مليون شجرة.\n";
        assert_eq!(brief(leaders, "2026-10-31"), ["¶1 جميع الدول"]);
        // A member's earlier call, told ("وكان X قد دعا ...، ودعوة ..."), and a call the
        // body is expected to make ask nothing; the body's own call after them does.
        let told = "وكان المغرب قد دعا لعقد دورة طارئة للمجلس لبحث الجفاف، ودعوة المنظمات الدولية إلى دعم المزارعين. ومن المتوقع أن يجدد المجلس قلقه إزاء الجفاف، داعيا البلديات إلى ترشيد المياه. ودعا المجلس البلديات إلى حماية الآبار.\n";
        assert_eq!(brief(told, "2026-10-31"), ["¶1 البلديات"]);
        // "على هامش أعمال الدورة القادمة": the next session dates it.
        let margins = "ودعا المجلس الوزاري إلى إدراج الري على جدول أعمال الاجتماع التنسيقي على هامش أعمال الدورة القادمة للجمعية العامة.\n";
        assert_eq!(
            brief(margins, "2026-10-31"),
            ["¶1 جميع الدول due=at 2027 (الدورة القادمة للجمعية العامة)"]
        );
        // "... على هامش أعمال الدورة الثمانين": where the call was made, no deadline.
        let said = "ودعا القادة إلى زراعة الأشجار. جاء ذلك خلال اجتماع عقد على هامش أعمال الدورة الثمانين للجمعية العامة.\n";
        assert_eq!(brief(said, "2026-10-31"), ["¶1 جميع الدول"]);
    }

    #[test]
    fn round_fourteen_kinds_resolutions_by_their_act_entrusting_and_days_without_a_year() {
        // "اعتمد / تبنى المجلس ... قرارا بتمديد / مشروع قرار لتجديد ...": the body decides;
        // "قرارا يطلب فيه من X": "in it" is no part of the name.
        let adopted = "اعتمد مجلس البساتين بالإجماع، قرارًا بتمديد ولاية بعثة الري لمدة ستة أشهر. وتبنى المجلس، اليوم الثلاثاء، مشروع قرار لتجديد عمل لجنة البذور. واعتمد المجلس قرارا يطلب فيه من الأمين العام أن يقدم تقريرا عن الري.\n";
        assert_eq!(
            brief(adopted, "2026-03-03"),
            ["¶1 مجلس البساتين", "¶1 المجلس", "¶1 الأمين العام"]
        );
        // "عهد القرار للبعثة بـ ...": entrusted, "لـ" + "البعثة" written "للبعثة".
        let entrusted = "وعهد القرار للبعثة الزراعية بقيادة عمل لجنة الري.\n";
        assert_eq!(brief(entrusted, "2026-03-03"), ["¶1 البعثة الزراعية"]);
        // A day and month without a year: the next such day; "في نهاية آذار المقبل": the
        // month's last day; "في 13 نوفمبر الماضي" dates nothing.
        let days = "وطلب المجلس من الأمين العام أن يقدم قبل 28 نوفمبر/تشرين الثاني تقريرا عن الري. وقرر المجلس إنهاء عمل البعثة في نهاية آذار المقبل. وطلب المجلس من اللجنة متابعة الاتفاق الموقع في 13 نوفمبر الماضي.\n";
        assert_eq!(
            brief(days, "2026-03-03"),
            [
                "¶1 الأمين العام due=2026-11-28",
                "¶1 المجلس due=2027-03-31",
                "¶1 اللجنة"
            ]
        );
    }

    #[test]
    fn round_fifteen_kinds_a_pronoun_and_its_partner_speakers_meetings_to_come_and_purposes() {
        // "وحثه هو والجهات ... على": the pronoun's antecedent (its name ending at its
        // owner, before "في التحضير") and the name joined after "هو".
        let urged = "تبنى مجلس وزراء الزراعة قرارا يؤكد على الدور الذي يلعبه الأمين العام للمنظمة في التحضير لمؤتمر الري، وحثه هو والجهات الداعية للمؤتمر على تكثيف المشاورات.\n";
        assert_eq!(
            brief(urged, "2026-03-03"),
            ["¶1 الأمين العام للمنظمة | الجهات الداعية للمؤتمر"]
        );
        // A sentence without its subject goes on with a speaker's; a meeting's letter to
        // come and what a past meeting was held for ask nothing; a body's call does.
        let said = "رحب رئيس البلدية بقرار المجلس. وقال سيادته في كلمته إن الري مهم. وحذر الرئيس من الجفاف. وأوضح أن الخطر كبير، داعيا المزارعين إلى ترشيد المياه.\n\nكما سيبعث الاجتماع برسالة موحدة إلى البلديات، تطالبها بضرورة حماية الآبار. يذكر أن المجلس عقد اجتماعا طارئا، بغية مطالبة البلديات بحماية الآبار.\n\nوأكد المجلس أن الجفاف خطير، داعيا المزارعين إلى ترشيد المياه.\n";
        assert_eq!(brief(said, "2026-03-03"), ["¶3 المزارعين"]);
    }

    #[test]
    fn round_sixteen_kinds_a_bare_name_after_that_a_body_speaking_in_its_text_and_a_tabler() {
        // "يطالب بأن تنهي <name> ...": the bare name after the verb acts; "وتناشد الجمعية
        // العامة في القرار جميع الدول": the body speaking in its text is no addressee.
        let that = "اعتمدت الجمعية العامة قرارا يطالب بأن تنهي ساحلستان وجودها في الوادي. وتناشد الجمعية العامة في القرار جميع الدول دعم المزارعين.\n";
        assert_eq!(brief(that, "2026-03-03"), ["¶1 ساحلستان", "¶1 جميع الدول"]);
        // "مشروع قرار صاغته البلدية يطالب X بـ": who drafted it, then what it asks.
        let tabled = "تبنت الجمعية العامة الأربعاء مشروع قرار صاغته البلدية يطالب الحكومة بإنهاء قطع الأشجار.\n";
        assert_eq!(brief(tabled, "2026-03-03"), ["¶1 الحكومة"]);
        // An indefinite object or a verbal noun after the verb is no actor.
        let object = "وطالب المجلس بأن يقدم تقريرا عن الري. وطالب المجلس بأن يتم تنفيذ القرار.\n";
        assert_eq!(
            brief(object, "2026-03-03"),
            ["¶1 جميع الدول", "¶1 جميع الدول"]
        );
    }

    #[test]
    fn round_seventeen_kinds_asides_without_commas_welcomed_invitations_and_named_texts() {
        // "عقب اجتماعه الطارئ أمس" without commas ends at its time word.
        let aside = "دعا المجلس الوزاري عقب اجتماعه الطارئ أمس لجنة الري إلى مراجعة الخطة.\n";
        assert_eq!(brief(aside, "2026-03-03"), ["¶1 لجنة الري"]);
        // Welcoming X's invitation asks no one; "أوصى المجلس في بيان وزعته X أمس في
        // المدينة Y بـ ..." recommends to Y.
        let welcomed = "رحب المجلس بدعوة رئيس البلدية لعقد مؤتمر للري. وأوصى المجلس في بيان وزعته الأمانة العامة أمس في الواحة بقية المنظمات الزراعية بتعليق الرعي.\n";
        assert_eq!(brief(welcomed, "2026-03-03"), ["¶1 المنظمات الزراعية"]);
        // "وأشار البيان إلى تكليف X"; "طالب بيان القمة الختامي بـ ..." (the text with
        // the body it is of); "دعت قمة الواحة X إلى ...".
        let texts = "وأشار البيان إلى تكليف الأمانة العامة بمتابعة التنفيذ.\n\nكما طالب بيان القمة الختامي باليقظة لحماية الغابات.\n\nكما دعت قمة الواحة مهربي الأخشاب إلى وقف ممارساتهم.\n";
        assert_eq!(
            brief(texts, "2026-03-03"),
            ["¶1 الأمانة العامة", "¶2 جميع الدول", "¶3 مهربي الأخشاب"]
        );
    }

    #[test]
    fn round_eighteen_kinds_a_charter_as_subject_an_addressee_after_la_and_a_lone_waw() {
        // "طالب الميثاق بـ ...": the charter speaks; "ومطالبة لحكومة X وقف ...": X asked,
        // the act from "وقف"; "داعين X و Y لـ ...": "و" typed apart joins Y.
        let text = "كما طالب الميثاق بحماية الغابات. وأبرز بنوده الترحيب بالمبادرة، ومطالبة لحكومة الواحة وقف قطع الأشجار. وحث المجلس البلديات على الري، داعين الفرق الزراعية و المزارعين لانتهاز الفرصة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 جميع الدول",
                "¶1 حكومة الواحة",
                "¶1 البلديات",
                "¶1 الفرق الزراعية | المزارعين"
            ]
        );
    }

    #[test]
    fn round_nineteen_kinds_a_state_calling_a_speech_a_letter_sent_and_ila_with_hamza() {
        // "أن المملكة دعت الوزراء، إلي عقد ...": a State's call ("إلي" typed for "إلى").
        let state = "جدير بالذكر، أن المملكة دعت وزراء الزراعة، إلي عقد اجتماع طارئ.\n";
        assert!(brief(state, "2026-03-03").is_empty());
        // A speaker with a long name "في كلمة" asks nothing; "قررت جامعة الدول العربية
        // توجيه رسالة إلى X" is the League's own act.
        let said = "ودعا الأمين العام لرابطة المزارعين العرب، في كلمة خلال الاجتماع، البلديات لتحمل مسؤولياتها.\n\nكما قررت جامعة الدول العربية توجيه رسالة إلى رئيس رابطة المزارعين بشأن الري.\n";
        assert_eq!(brief(said, "2026-03-03"), ["¶2 جامعة الدول العربية"]);
    }

    #[test]
    fn round_twenty_kinds_a_persons_report_or_recommendation_and_a_relative_decision() {
        // What a person asks or recommends in his own report, or of two parties named
        // after him, and a decision a relative clause restates, are no decisions; the
        // body's own request is.
        let text = "سعيد يرفع تقريره للمجلس ويطالب بتمديد عمل البعثة.\n\nوطالب سعيد من المجلس في تقريره بتمديد عمل البعثة.\n\nأوصى الأمين العام للمنظمة بتجديد عمل البعثة، وذلك ضمن تقريره الأخير.\n\nمن بين التوصيات، دعا الأمين العام الطرفين إلى وقف القطع.\n\nوقد تشكلت اللجنة التي قرر المجلس أمس تمديد ولايتها. وطلب المجلس من الأمين العام متابعة الري.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶5 الأمين العام"]);
    }

    #[test]
    fn round_twenty_one_kinds_affirmed_demands_renewed_calls_with_la_and_a_parliament() {
        // "وأكد المطالبة بالإفراج عن X" (a call affirmed, X freed, not asked); a decision
        // told again in a later paragraph is drafted once.
        let freed = "أعلن مجلس البساتين أنه قرر تعليق عضوية البلدية بسبب القطع، وأكد المطالبة بالإفراج عن رئيس البلدية.\n\nقرر الاتحاد الزراعي الأربعاء تعليق عضوية البلدية بعد القطع.\n";
        assert_eq!(
            brief(freed, "2026-03-03"),
            ["¶1 مجلس البساتين", "¶1 جميع الدول"]
        );
        // "مكررا دعواته لقادة X إلى ..."; "وناشد الجامعة العربية لإنشاء ..." after the
        // parliament named as the subject asks the League.
        let renewed = "قال المجلس إنه علق مشاركة البلدية، مكررا دعواته لقادة الحطابين إلى وقف القطع. ورحب البرلمان بالمبادرة وناشد الجامعة العربية لإنشاء صندوق للمزارعين.\n";
        assert_eq!(
            brief(renewed, "2026-03-03"),
            ["¶1 قادة الحطابين", "¶1 الجامعة العربية"]
        );
    }

    #[test]
    fn round_twenty_two_kinds_a_speakers_sentences_after_a_particle_or_a_full_stop() {
        // "كما حذر الأمين العام ...، داعيا X"; "كما أبرز الأمين العام ... . ودعا X ...":
        // the speaker goes on; a body's own call after them is drafted.
        let text = "كما حذر الأمين العام من خطورة الجفاف، داعيا المزارعين إلى ترشيد المياه.\n\nكما أبرز الأمين العام أولوية الري. ودعا مؤسسات الرابطة إلى العمل الجماعي.\n\nودعا مجلس البساتين البلديات إلى حماية الآبار.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶3 البلديات"]);
    }

    #[test]
    fn round_twenty_three_kinds_a_resolution_adopted_unanimously_and_a_text_named_by_its_subject() {
        // "اعتمد المجلس قرارا بالإجماع بتمديد ...": the manner between the resolution and
        // its act; "طلب المجلس في قراره الخاص بـ ... من X ...": the text's subject before
        // the opener ("وعرضها على الدورة المقبلة": laid before the next session, due at it).
        let text = "واعتمد مجلس البساتين قرارا بالإجماع بتمديد عمل لجنة الري.\n\nوطلب المجلس فى قراره الخاص بدراسة مقترح إنشاء مشتل إقليمي للبذور من الأمين العام للرابطة إعداد دراسة وعرضها على الدورة المقبلة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶2 الأمين العام للرابطة due=at 2027 (الدورة المقبلة)"
            ]
        );
    }

    #[test]
    fn round_twenty_four_kinds_a_states_own_request_each_of_two_and_the_matter_left_to() {
        // "تطلب حكومتا X و Y من Z أن ...": the governments ask Z; "دعت اللجنة كل من X و Y
        // إلى ...": both; "ترك الأمر بالنسبة لـ ... إلى X لـ ...": X.
        let text = "إن مجلس البساتين،\n\n1 - تطلب حكومتا الوادي والساحل من منظمة البذور والزراعة أن يكون مكتبها الفرعي في الوادي.\n\n2 - يدعو كل من الوادي والساحل إلى تبادل البذور.\n\n3 - ترك الأمر بالنسبة لباقي المشاتل إلى وفود البلديات للاتفاق على خطة واحدة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 منظمة البذور والزراعة",
                "¶2 الوادي | الساحل",
                "¶3 وفود البلديات",
            ]
        );
    }

    #[test]
    fn round_twenty_four_kinds_a_councils_unnumbered_decision_among_numbered_items() {
        // A council's record: numbered items of one decision, then "يقرر المجلس الموافقة
        // على توصية اللجنة الآتية: توصي اللجنة بالموافقة على ما يأتي: أولا - ... ثانيا -
        // ترك الأمر إلى X ...": the second decision's item asks X (no number); the
        // committee that recommends approval is not asked, nor is the council's approval.
        let text = "1 - تطلب حكومة الوادي من منظمة البذور أن تفتح مكتبا للري.\n\n(ق 12/ د ع 3)\n\nانتخابات لجنة البذور:\n\n         يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n         توصي لجنة الشؤون الزراعية بالموافقة على ما يأتي:\n         أولا - تأييد انتخاب الوادي عضوا في لجنة البذور.\n         ثانيا - ترك الأمر بالنسبة لباقي المقاعد إلى وفود البلديات للاتفاق على قائمة واحدة.\n\n         يقرر المجلس دعوة المزارعين إلى ترشيد المياه.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 منظمة البذور", "¶- وفود البلديات", "¶- المزارعين"]
        );
    }

    #[test]
    fn round_twenty_four_kinds_a_decision_its_chair_reports_and_a_task_a_plural_verb_gives() {
        // "قال رئيس المجلس إن المجلس قرر ...": the body's decision, told by its chair;
        // "قال الأمين العام: ... حيث كلفوا في الدورة ...، التي عقدت ...، X بـ ...": the
        // leaders' task (a plural verb: not the speaker's own words); the speaker's own
        // call is still not drafted.
        let text = "قال سعيد رئيس مجلس البساتين، سفير الوادي، إن المجلس قرر اتخاذ التدابير لإرسال بعثة إلى المشاتل.\n\nوقال الأمين العام للرابطة \"إن متابعة القرارات من أولويات قادة البلديات، حيث كلفوا في الدورة الـ12 للمجلس الأعلى، التي عقدت في الوادي في مايو الماضي، الأمانة العامة بتنظيم ورش عمل عن الري\".\n\nوقال رئيس مجلس البساتين إنه يدعو المزارعين إلى ترشيد المياه.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶1 المجلس", "¶2 الأمانة العامة"]);
    }

    #[test]
    fn round_twenty_five_kinds_a_summarys_joined_decisions_and_a_call_to_carry_out() {
        // "وأكد المجلس ... نحو الري ودعا جميع المزارعين إلى ...، وقرر تمديد ... وقرر أنه
        // يجب على X أن ...": each joined verb opens its own clause ("وودعا", a doubled "و",
        // too); "طالب الإعلان بتنفيذ جميع قرارات المجلس" names no one to act.
        let text = "أصدر مجلس البساتين قراره رقم 12. وأكد المجلس مجددا على أن الهدنة خطوة نحو الري ودعا جميع المزارعين المعنيين إلى التنفيذ الفوري للخطة، وقرر تمديد عمل اللجنة لمدة ثلاثة أشهر إضافية وقرر أنه يجب على المنسق أن يحدد موعد انتهاء عملها.\n\nوأكد المجلس دعمه للخطة وودعا جميع البلديات إلى حماية الآبار.\n\nوطالب إعلان الوادي بتنفيذ جميع قرارات المجلس المتعلقة بالري.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 جميع المزارعين المعنيين",
                "¶1 المجلس",
                "¶1 المنسق",
                "¶2 جميع البلديات",
                "¶3 جميع الدول",
            ]
        );
    }

    #[test]
    fn round_twenty_six_kinds_the_tail_of_an_item_a_continuation_page_cut() {
        // "(تابع) ...": the page opens inside an item ("... ويهيب بالبلديات أن ...") that
        // asks, outside the numbered ones; a preamble cut the same way asks nothing.
        let tail = "(تابع) الدورة الثالثة لمؤتمر البساتين، القرار الرقم 2/3\n\nالمشاتل، ويعرب عن شكره للوادي، ويهيب بالبلديات أن تقوم بحملات مماثلة.\n\n4 -\n\nيطلب من الأمين العام متابعة تنفيذ هذا القرار.\n";
        assert_eq!(brief(tail, "2026-03-03"), ["¶- البلديات", "¶4 الأمين العام"]);
        let preamble = "(تابع) الدورة الثالثة لمؤتمر البساتين، القرار الرقم 2/3\n\nوإذ يهيب بالبلديات أن تقوم بحملات مماثلة،\n\n4 -\n\nيطلب من الأمين العام متابعة تنفيذ هذا القرار.\n";
        assert_eq!(brief(preamble, "2026-03-03"), ["¶4 الأمين العام"]);
    }

    #[test]
    fn round_twenty_seven_kinds_a_body_approving_its_own_act_and_a_un_body_named_by_its_purpose() {
        // "وأقرت الرابطة توسيع المشاتل": the body approves its own act; "أقر المجلس مشروع
        // القرار" adopts a text (nothing asked); "اعتمد مجلس الأمم المتحدة للبساتين قرارا
        // بتشكيل ...": the body's name goes on with what it is for.
        let text = "اختتمت جمعية البساتين دورتها أمس. وأقرت الجمعية توسيع المشاتل في الوادي.\n\nوأقر المجلس مشروع القرار بالإجماع.\n\nاعتمد مجلس الأمم المتحدة للبساتين اليوم قرارا بتشكيل لجنة للري.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 الجمعية", "¶3 مجلس الأمم المتحدة للبساتين"]
        );
    }

    #[test]
    fn round_twenty_seven_kinds_a_text_establishing_a_body_tasked_with_an_act() {
        // "وينشئ المجلس بموجب هذا القرار لجنة ... مكلفة بـ ...": the body's act and the new
        // committee's task; a report's past "وأنشأ المجلس فريقا ..." tells an act done.
        let text = "اعتمد مجلس البساتين قراره الجديد، وينشئ المجلس بموجب هذا القرار لجنة خبراء مستقلة مكلفة بمراجعة خطط الري في الوادي.\n\nوأنشأ المجلس العام الماضي فريقا للبذور.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 المجلس", "¶1 لجنة خبراء مستقلة"]
        );
    }

    #[test]
    fn round_twenty_eight_kinds_praise_without_hamza_a_pronoun_noun_and_a_referral() {
        // "الاشادة" / "الاعراب" (no hamza) under "يقرر" are views; "... وحثهما على ..." urges
        // the two named before; a committee recommending a referral asks whom the matter
        // goes to ("بإحالة ... إلى X لدراسة", "على أن يحال الموضوع إلى X لبحث").
        let items = "إن مجلس البساتين،\n\nيقرر\n\n1 -\n\nالاشادة بقرار الرابطة الخاص بالري.\n\n2 -\n\nالاعراب عن تقديره للوادي.\n\n3 -\n\nالاشادة بالجهود التي يبذلها الأمينان العامان للرابطة وللمجلس وحثهما على مواصلة هذه الجهود.\n";
        assert_eq!(brief(items, "2026-03-03"), ["¶3 الأمينان العامان للرابطة"]);
        let referred = "نظام المشاتل:\n\n         يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n         \"توصي اللجنة بإحالة موضوع نظام المشاتل إلى اللجنة الفنية الدائمة لدراسة وتقديم تقرير عنه إلى المجلس\".\n\nمكاتب الري:\n\n         يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n         \"توصي لجنة الشؤون الزراعية بالموافقة من حيث المبدأ على إنشاء مكاتب للري، على أن يحال الموضوع إلى لجنة الشؤون المالية لدراسته ورفع تقرير عنه إلى المجلس في دورته المقبلة\".\n";
        assert_eq!(
            brief(referred, "2026-03-03"),
            [
                "¶2 اللجنة الفنية الدائمة",
                "¶4 لجنة الشؤون المالية due=at 2027 (دورته المقبلة)",
            ]
        );
    }

    #[test]
    fn round_twenty_nine_kinds_what_a_text_provides_asides_and_pronouns() {
        // "كما يقضي القرار بـ عقد ... وتكليف X بـ": the body's decision ("بـ" typed apart)
        // and X's task; "وجاء في القرار أيضا دعوة X إلى": X; "ودعا، خلال ...، برئاسة ...،
        // إلى ...": a call naming no one past its asides; "طالب المجلس Y بـ ...، داعيا
        // إياها إلى ...": Y again; "دعت دول مجلس البساتين أول من أمس Z إلى ...": Z.
        let text = "إن مجلس البساتين،\n\nكما يقضي القرار بـ عقد ندوة للري مطلع الشهر المقبل وتكليف الأمين العام للرابطة بجمع المزارعين.\n\nوجاء في القرار أيضا دعوة جميع البلديات إلى حماية الآبار.\n\nودعا، خلال اجتماعه في الوادي، برئاسة وزير الزراعة، اليوم، إلى حماية الغابات.\n\nوطالب المجلس ساحلستان بوقف الرعي، داعيا إياها إلى احترام المراعي.\n\nدعت دول مجلس البساتين أول من أمس ساحلستان إلى الكف عن القطع.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶2 مجلس البساتين",
                "¶2 الأمين العام للرابطة",
                "¶3 جميع البلديات",
                "¶4 جميع الدول",
                "¶5 ساحلستان",
                "¶5 ساحلستان",
                "¶6 ساحلستان",
            ]
        );
    }

    #[test]
    fn round_thirty_kinds_approvals_authorizations_and_decisions_to_come() {
        // "وافق X على قرار بنشر ..." adopts (X the report's body, named in its lead); "يفوض
        // X ..." and "سمح المجلس بالإجماع لـX بأن ..." authorize X ("متعددة المهام" in
        // construct); "نص القرار الذي ...، على إنشاء ..." past its relative clause; "الذي
        // صاغته X و Y ما يسمى بـZ" asks Z; a decision "بعدها", what "أمين عام" recommends
        // in a sentence of his, approving a resolution "لـ" a purpose: nothing.
        let text = "وافق مجلس البساتين بالإجماع أمس على قرار بنشر فرقة للري في الوادي.\n\nويدعو القرار المزارعين إلى حماية الآبار ويفوض الفرقة متعددة المهام تنظيم السقاية لفترة لا تتجاوز شهرين.\n\nوسمح المجلس بالإجماع لبعثة الري الإقليمية بأن توسع عملها.\n\nونص القرار الذي صدر بعد نقاش طويل، على إنشاء لجنة للبذور.\n\nويفوض القرار الذي صاغته المملكة الساحلية والجمهورية الجبلية ما يسمى بفرقة الحصاد باتخاذ التدابير اللازمة.\n\nوقال رئيس المجلس إن الولاية لمدة سنة، يقرر بعدها المجلس تمديدها. وكان أمين عام الرابطة زار الوادي فأوصى بإرسال خبراء.\n\nووافقت الجمعية على قرار لإحياء يوم الشجرة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶2 المزارعين",
                "¶2 الفرقة متعددة المهام",
                "¶3 بعثة الري الإقليمية",
                "¶4 مجلس البساتين",
                "¶5 فرقة الحصاد",
            ]
        );
    }

    #[test]
    fn round_thirty_one_kinds_a_meetings_level_and_a_meeting_called() {
        // "طالب X في اجتماعه اليوم على مستوى ... Y بـ": past the meeting's time and level;
        // "في اجتماعه Y بـ" without a comma; "فإن دول المجلس تطلب عقد اجتماع ... لمجلس Z":
        // a subject before the present verb, and a meeting called asks the body to meet.
        let text = "طالب مجلس البساتين في اجتماعه اليوم على مستوى وزراء الزراعة مجلس الري بحماية الآبار.\n\nوفي سياق متصل طالب المجلس في اجتماعه الهيئة العامة للري بدراسة المشاتل.\n\nبالنظر إلى الجفاف، فإن دول المجلس تطلب عقد اجتماع عاجل لمجلس رابطة الوديان على مستوى الوزراء لبحث الري.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس الري",
                "¶2 الهيئة العامة للري",
                "¶3 مجلس رابطة الوديان",
            ]
        );
    }

    #[test]
    fn round_thirty_two_kinds_a_creation_approved_and_recommendations_approved() {
        // "الموافقة من حيث المبدأ على انشاء X ...، ويقوم X بـ ..." is the body's act and
        // X's task; "يقرر المجلس الموافقة على توصية ... الآتية:" leads no items: the
        // recommendation's own words ask ("وتوصى بإحالة الموضوع للهيئة X للاختصاص" asks X,
        // "بنظر ... في اجتماع وزراء Y ... في 12 /11/ 2026" asks Y, due that day), "توصى بما
        // يأتي:" and approving a budget ask no one; "يسمح لما يسمى بـZ" authorizes Z.
        let numbered = "إن مجلس البساتين،\n\nيقرر\n\n1 - الموافقة من حيث المبدأ على انشاء مركز للبذور في الوادي، ويقوم المركز بجمع البذور النادرة.\n\n2 - تشكيل لجنة للري، وذلك للعرض على المجلس في دورته القادمة.\n";
        assert_eq!(
            brief(numbered, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶1 المركز",
                "¶2 مجلس البساتين due=at 2027 (دورته القادمة)",
            ]
        );
        let record = "مشاتل الوادي:\n\n       يقرر المجلس الموافقة على توصية لجنة الشؤون الزراعية الآتية:\n\n       \"اطلعت اللجنة على مذكرة الأمانة بشأن المشاتل.\n\n       وتوصى بإحالة الموضوع للهيئة العربية للبذور للاختصاص\".\n\nميثاق الري:\n\n       يقرر المجلس الموافقة على توصية لجنة شؤون المياه الآتية:\n\n       \"وتوصى بنظر مشروع ميثاق الري في اجتماع وزراء الزراعة بالقاهرة في 12 /11/ 2026\".\n\nموازنة المجلس:\n\n       \"اطلعت اللجنة على تقديرات الموازنة وتوصى بما يأتي:\n\n       أولا: اعتماد موازنة الأمانة.\n";
        assert_eq!(
            brief(record, "2026-03-03"),
            [
                "¶4 الهيئة العربية للبذور",
                "¶7 وزراء الزراعة due=2026-11-12"
            ]
        );
        let authorized = "وتبنى مجلس البساتين قرارا صاغته الرابطة، يسمح لما يسمى بفرقة الحصاد باتخاذ التدابير اللازمة.\n";
        assert_eq!(brief(authorized, "2026-03-03"), ["¶1 فرقة الحصاد"]);
    }

    #[test]
    fn round_thirty_three_kinds_organizations_meetings_and_affiliations() {
        // A decision told twice in a paragraph is one; "ودعت المنظمة X إلى" is the
        // organization's (not the minister's of the sentence before); "المنعقدة اليوم
        // الأربعاء في الوادي" after the subject; "ندعو X" quoted; "X التابعة للرئيس فلان
        // و Y التابعين لنائب الرئيس فلان" are two, named without whose they are.
        let text = "وافق مجلس البساتين على مشروع قرار يقضي بتمديد عمل فرقة الري عاما. وينص القرار على تمديد عمل فرقة الري في الوادي.\n\nوكان وزير الزراعة قد دعا إلى اجتماع. ودعت المنظمة جميع البلديات إلى حماية الآبار.\n\nدعت القمة الزراعية المنعقدة اليوم الأربعاء في الوادي المزارعين إلى تنظيم السقاية.\n\nوقالت الرابطة في بيانها: ندعو كافة الأعضاء إلى حماية الغابات.\n\nكما جدد المجلس دعوته إلى القوات التابعة للرئيس سالم والمزارعين التابعين لنائب الرئيس السابق كريم، إلى وقف القطع.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس البساتين",
                "¶2 جميع البلديات",
                "¶3 المزارعين",
                "¶4 كافة الأعضاء",
                "¶5 القوات | المزارعين",
            ]
        );
    }

    #[test]
    fn round_thirty_four_kinds_joined_addressees_findings_and_calls_for_an_act() {
        // "طالب مجلس الأمن والأمم المتحدة بتحمل ..." (a subheading, then the text): those two,
        // once; "قرر أن الحالة ... لا تزال تشكل خطرا" finds a fact; "أقر X في جلسته ... التي
        // عقدت، اليوم، تمديد ..." is X's act; "وطلب X اليوم الأحد بانسحاب مسلحي Y" asks them.
        let text = "طالب مجلس الأمن والأمم المتحدة بحماية الوادي من الجفاف\nأكد البرلمان أهمية التضامن. وطالب مجلس الأمن والأمم المتحدة بحماية الوادي من الجفاف.\n\nوقرر المجلس أن الحالة في الوادي لا تزال تشكل خطرا على البساتين.\n\nأقر مجلس البساتين في جلسته بشأن الوادي التي عقدت، اليوم، تمديد الحظر على الرعي.\n\nوطلب مجلس البساتين اليوم الأحد بانسحاب مسلحي جماعة الرعاة من المراعي.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 مجلس الأمن | الأمم المتحدة",
                "¶3 مجلس البساتين",
                "¶4 مسلحي جماعة الرعاة",
            ]
        );
    }

    #[test]
    fn round_thirty_five_kinds_urging_a_subject_before_its_verb_keycaps_and_speakers() {
        // "و حض X على ..." urges X; "فإن مجلس ... كلف X و Y بـ ..." (its subject before the
        // verb) asks both; points numbered with keycap digits, "المطالبة بـ" naming no one;
        // what a chairwoman said and then called for in her speech asks nothing.
        let lead = "قرر مجلس الري و الزراعة رفع عدد الحراس، و حض مجلس البساتين على تقديم دعم عاجل. وحسب بيان صدر عقب القمة فإن مجلس الري و الزراعة كلف الرابطة الإقليمية و الهيئة العامة للسدود بمراجعة خطط الري.\n";
        assert_eq!(
            brief(lead, "2026-03-03"),
            [
                "¶1 مجلس الري والزراعة",
                "¶1 مجلس البساتين",
                "¶1 الرابطة الإقليمية | الهيئة العامة للسدود",
            ]
        );
        let points = "وجاء في بيان المجلس ما يلي:\n\n1\u{fe0f}\u{20e3} إدانة قطع الأشجار.\n\n2\u{fe0f}\u{20e3} الدعوة إلى وقف الرعي.\n\n3\u{fe0f}\u{20e3} المطالبة بفتح المراعي.\n";
        assert_eq!(
            brief(points, "2026-03-03"),
            ["¶2 جميع الدول", "¶3 جميع الدول"]
        );
        let speech = "عبر المجلس عن قلقه ، وقالت رئيسة المفوضية لدى مخاطبتها الجلسة إن الجفاف خطير . ودعت إلى التفكير في السدود وطالبت بتعبئة الموارد .\n";
        assert!(brief(speech, "2026-03-03").is_empty());
    }

    #[test]
    fn round_thirty_six_kinds_a_verb_describing_any_one() {
        // "لم تتلق أي طلب من أي جهة رسمية، تطالب بعقد ...": "any body that asks", no call;
        // the body's own "وطالب المجلس بـ ..." still calls.
        let text = "أعلنت رابطة البساتين انها لم تتلق أي طلب بعد من أي جهة رسمية، تطالب بعقد اجتماع طارئ للرابطة.\n\nوطالب المجلس بحماية الآبار.\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶2 جميع الدول"]);
    }

    #[test]
    fn round_thirty_seven_kinds_adopting_texts_a_list_of_addressees_and_the_next_summit() {
        // "قررت القمة، في ختام أشغالها، اعتماد التوصيات ..." adopts texts; "وكلفت القمة X
        // ودولة الرئاسة ولجنة وزارية بـ ..." asks the three; "في أجل لا يتجاوز ثلاثة أشهر"
        // is a span; "وقررت في الختام تكليف X ... للقمة القادمة" asks X at the next summit.
        let text = "قررت قمة البساتين، في ختام أشغالها، اعتماد التوصيات التي قدمتها لجنة الري. وكلفت القمة الأمانة العامة للرابطة ودولة الرئاسة ولجنة وزارية مصغرة بصياغة خطة الري. كما كلفت القمة مجلس الرابطة بمراجعة الخطة في أجل لا يتجاوز ثلاثة أشهر. وقررت في الختام تكليف الأمين العام للرابطة بتقديم تقرير للقمة العربية القادمة.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            [
                "¶1 الأمانة العامة للرابطة | دولة الرئاسة | لجنة وزارية مصغرة",
                "¶1 مجلس الرابطة due=At { anchor: Adoption, days: 92 }",
                "¶1 الأمين العام للرابطة due=at 2027 (قمة العربية القادمة)",
            ]
        );
    }

    #[test]
    fn an_arabic_draft_keeps_its_summary_in_arabic_and_transliterates_its_ids() {
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى الأمين العام أن يعد دراسة عن الري؛\n";
        let opts = Options {
            adopted: Some("2026-03-01".parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        };
        let d = draft(text, &opts);
        assert_eq!(d.mandates[0].summary, "يعد دراسة عن الري");
        let id = &d.mandates[0].id;
        assert!(id.starts_with("p1-") && id.len() > 6, "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
    }

    #[test]
    fn a_decision_that_adopts_a_budget_asks_nothing_and_each_that_clause_asks_its_own_by_a_year_end()
     {
        // "أن يعتمد ميزانية ..." adopts there and then; "أن تتخذ X ... بنهاية 2029، وأن تقوم
        // Y بـ ..." asks X by the year's last day, and Y.
        let text = "قرر اجتماع أطراف البساتين في المقرر 4 / 2:\n\n1 - أن يعتمد ميزانية للري قدرها مليون دينار؛\n\n2 - أن يعتمد نطاق اشتراكات للصندوق؛\n\n3 - أن تتخذ اللجنة التنفيذية تدابير لجمع الاشتراكات بنهاية 2029، وأن تقوم الأطراف بدفع حصصها في مواعيدها.\n";
        assert_eq!(
            brief(text, "2027-05-01"),
            ["¶3 اللجنة التنفيذية due=2029-12-31", "¶3 الأطراف"]
        );
        let text = "إن مجلس البساتين،\n\n1 - يطلب إلى المدير التنفيذي أن يصرف المبالغ قبل نهاية عام 2028؛\n";
        assert_eq!(
            brief(text, "2027-05-01"),
            ["¶1 المدير التنفيذي due=2028-12-31"]
        );
    }

    #[test]
    fn a_reaffirmed_pledge_with_its_pronoun_asks_no_one() {
        // "وتعهدهم بـ ...": the leaders' pledge, reaffirmed; "تعهد" entrusts only "إلى" someone.
        let text = "إن الجمعية العامة،\n\n1 - تؤكد من جديد الالتزامات التي قطعها رؤساء الدول في قمة البساتين، وتعهدهم بإيلاء الري أولوية عليا؛\n";
        assert!(brief(text, "2027-05-01").is_empty());
    }

    #[test]
    fn an_excerpt_inside_an_assembly_resolution_decides_for_the_assembly_during_its_session() {
        // No body named; feminine verbs and "دورتها" + an ordinal: the General Assembly, and
        // "خلال دورتها ..." dates the act at that session; "في هذا الصدد" stands aside.
        let text = "7 - تقرر أن تبدأ، خلال دورتها الخامسة والثمانين، الأعمال التحضيرية لمؤتمر البساتين؛\n\n8 - تحيط علما بتقرير الري، وتشجع في هذا الصدد الوكالات على تبادل البذور؛\n";
        assert_eq!(
            brief(text, "2027-05-01"),
            [
                "¶7 الجمعية العامة due=at 2030-09 (دورتها الخامسة والثمانين)",
                "¶8 الوكالات",
            ]
        );
    }

    #[test]
    fn a_preamble_clause_asks_no_one_and_mechanisms_are_asked_beside_states() {
        // "وإذ تدرك أن X ... وتشجع ...": borne in mind, not asked; "تدعو الدول وآليات ..."
        // asks both.
        let text = "وإذ تدرك أن المنظمة تشجع زراعة الأشجار في البساتين،\n\n3 - تدعو الدول وآليات الأمم المتحدة إلى تبادل البذور؛\n";
        assert_eq!(brief(text, "2027-05-01"), ["¶3 الدول | آليات الأمم المتحدة"]);
    }

    #[test]
    fn a_period_that_ends_on_a_day_is_no_deadline_and_a_feminine_decision_naming_the_assembly_is_its_own()
     {
        // "الفترة المنتهية في 30 حزيران/يونيه 2028" names when a period ends; feminine
        // verbs beside "الجمعية العامة" named: the Assembly's own act.
        let text = "12 - تقرر أن ترد إلى الدول الأعضاء حصصها من رصيد الفترة المالية المنتهية في 30 حزيران/يونيه 2028، وفقا لقرار الجمعية العامة 70/5؛\n";
        assert_eq!(brief(text, "2028-01-10"), ["¶12 الجمعية العامة"]);
    }

    #[test]
    fn a_ruling_that_a_measure_is_void_asks_no_one() {
        // "تقرر أن قرار X ... باطل ولاغ": the body finds a measure void; "قرار" is no actor.
        let text = "إن مجلس البساتين،\n\n1 - يقرر أن قرار الشركة ضم المراعي إلى أراضيها إجراء غير مشروع فهو باطل ولاغ؛\n\n2 - يطلب إلى الأمين العام أن يقدم إليه تقريرا عن المراعي؛\n";
        assert_eq!(brief(text, "2026-03-03"), ["¶2 الأمين العام"]);
    }

    #[test]
    fn a_record_decision_after_its_meeting_above_an_agenda_and_a_moved_session() {
        // "في الجلسة ... المعقودة في D، قرر X الموافقة على تغيير مواعيد ...": the record's
        // decision after its meeting's comma is read though the page numbers an agenda item
        // after it; agreeing to move its own session is the body's act; "المجلس الزراعي
        // والمائي" keeps its second adjective.
        let text = "في الجلسة الثالثة المعقودة في 9 آذار/مارس 2026، قرر المجلس الزراعي والمائي الموافقة على تغيير مواعيد دورته السنوية من أيار إلى حزيران 2026.\n\nجدول أعمال الدورة\n\n1 - انتخاب أعضاء المكتب\n";
        assert_eq!(brief(text, "2026-03-09"), ["¶- المجلس الزراعي والمائي"]);
    }

    #[test]
    fn instructions_issued_to_an_actor_ask_it() {
        // "أصدر X تعليمات إلى Y بـ ...", "وأصدر تعليماته إلى Y بـ ...": Y is asked; a
        // statement issued to the press asks no one.
        let text = "وأصدر المجلس تعليمات إلى الأمين العام بتشكيل فريق للري. ثم أصدر المجلس تعليماته إلى مدير البساتين بزراعة الأشجار. وأصدر المجلس بيانا إلى الصحفيين.\n";
        assert_eq!(
            brief(text, "2026-03-03"),
            ["¶1 الأمين العام", "¶1 مدير البساتين"]
        );
    }

    #[test]
    fn letter_items_with_a_closing_bracket_only_are_items_and_a_cut_sentence_still_asks() {
        // "ب) ..." in a block without blank lines marks an item as "(ب)" does; the excerpt
        // cuts the item after "، و" and its request stands. A letter heading a group of
        // numbered items ("أ) ...:") is no item of its own.
        let text = "إن مجلس البساتين يعرب عن قلقه من جفاف الآبار.\nأ) يؤكد المجلس أهمية الري المنتظم.\nب) يطلب من المدير التنفيذي إعداد خطة لحفر آبار جديدة كي تروي المزارع ، و\n";
        assert_eq!(brief(text, "2030-01-20"), ["¶1 المدير التنفيذي"]);
        let heading = "يقرر مجلس البساتين ما يلي:\nأ) بالنسبة للمشاتل:\n1 - يطلب من المدير التنفيذي زراعة الأشجار.\n";
        assert_eq!(brief(heading, "2030-01-20"), ["¶1 المدير التنفيذي"]);
    }

    #[test]
    fn an_obligation_on_an_actor_asks_it_also_after_a_condition() {
        // "فعلى X أن ..." (the answer of "إذا ...") and "على X أن ..." opening an item ask X;
        // "قرر أنه يجب على X أن" stays one mandate.
        let text = "إن مجلس البساتين،\n\n1 - إذا قررت البلديات إرسال بعثة إلى الوادي فعلى المدير التنفيذي أن يختار من يمثل المجلس فيها.\n\n2 - على اللجنة الزراعية أن تقدم تقريرا عن الري.\n\n3 - يقرر أنه يجب على الأمين العام أن يحدد موعد الحصاد.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            ["¶1 المدير التنفيذي", "¶2 اللجنة الزراعية", "¶3 الأمين العام"]
        );
    }

    #[test]
    fn whoever_names_a_founded_committee_s_members_is_asked_and_thanks_under_a_decision_ask_no_one()
    {
        // "يقرر إنشاء لجنة ...، تضم خبراء يختارهم X ...": the body's act, and X's task;
        // "وقرر: 1. تقديم الشكر إلى ..." thanks.
        let text = "إن مجلس البساتين،\n\n4 - يقرر إنشاء لجنة للري يرأسها المدير التنفيذي، وتضم خمسة خبراء يختارهم المدير التنفيذي بالتشاور مع البلديات.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            ["¶4 مجلس البساتين", "¶4 المدير التنفيذي"]
        );
        let thanks = "اطلع مجلس البساتين على تقرير المدير التنفيذي، وقرر:\n\n1. تقديم الشكر إلى الأمانة العامة للجهود التي تبذلها في الري.\n";
        assert!(brief(thanks, "2030-01-20").is_empty());
    }

    #[test]
    fn a_verbal_noun_after_a_general_title_is_the_act_not_the_name() {
        // "الأمين العام التنسيق مع ...", "المدير العام الإسراع في ...": the act; an
        // adjective ("المساعد") stays in the name.
        let text = "إن مجلس البساتين،\n\n1 - يطلب من الأمين العام التنسيق مع البلديات بشأن الري.\n\n2 - يطلب من المدير العام الإسراع في حفر الآبار.\n\n3 - يطلب من الأمين العام المساعد إعداد دراسة.\n";
        assert_eq!(
            brief(text, "2030-01-20"),
            [
                "¶1 الأمين العام",
                "¶2 المدير العام",
                "¶3 الأمين العام المساعد"
            ]
        );
    }

    #[test]
    fn a_month_with_year_after_its_word_for_year_is_dated_and_a_meeting_s_day_is_not() {
        // "مطلع شهر آذار عام 2031": early in that month; "الاجتماع الذي عقد في D": the day
        // a meeting was held, told, no deadline of the call beside it.
        let text =
            "خبر\n\nقرر مجلس البساتين عقد اجتماع للمزارعين مطلع شهر آذار عام 2031 في الوادي.\n";
        assert_eq!(brief(text, "2030-11-02"), ["¶2 مجلس البساتين due=2031-03"]);
        let held = "خبر\n\nودعا مجلس البساتين إلى حماية الآبار من التلوث، وأشاد بنتائج الاجتماع الذي عقد في 3 آذار 2031 في الوادي.\n";
        assert_eq!(brief(held, "2031-03-03"), ["¶2 جميع الدول"]);
    }

    #[test]
    fn leaders_after_their_honorific_decide_and_their_later_plural_decision_is_theirs() {
        // "قرر أصحاب السمو والفخامة رؤساء ..." names the leaders after the honorific; the
        // honorific alone later, and "وقرروا / رعاهم الله /", stand for them, not for a
        // summit named after a preposition or between slashes.
        let text = "خبر\n\nقرر أصحاب السمو والفخامة قادة دول اتحاد البساتين في لقائهم السنوي الإسراع في حفر الآبار تمهيدا لعرضها في / قمة الوادي / . كما قرر أصحاب السمو والفخامة تكليف الأمانة العامة لاتحاد البساتين بإعداد خطة للري وقرروا / رعاهم الله / متابعة زراعة النخيل.\n";
        assert_eq!(
            brief(text, "2031-02-01"),
            [
                "¶2 قادة دول اتحاد البساتين",
                "¶2 الأمانة العامة",
                "¶2 قادة دول اتحاد البساتين"
            ]
        );
    }

    #[test]
    fn a_directive_that_a_thing_be_done_asks_its_agent_or_all_concerned() {
        // "ووجهوا بأن يتم ..." names no one (all concerned); "من قبل X" names the agent;
        // "ووجه المجلس بمضاعفة ..." directs a verbal noun, "بالشكر" thanks.
        let text = "خبر\n\nدعا مجلس البساتين إلى حماية الآبار ووجهوا بأن يتم حفر آبار جديدة في الوادي.\n\nووجه المجلس بأن يجري تنظيف القنوات من قبل اللجنة الزراعية.\n\nورحب المجلس بالمطر ووجه المجلس بمضاعفة زراعة القمح ووجه بالشكر إلى المزارعين ووجه المجلس برئاسة الوادي تحيته للمزارعين.\n";
        assert_eq!(
            brief(text, "2031-02-01"),
            [
                "¶2 جميع الدول",
                "¶2 جميع الدول",
                "¶3 اللجنة الزراعية",
                "¶4 جميع الدول"
            ]
        );
    }

    #[test]
    fn before_a_session_convenes_and_before_this_year_s_end_are_deadlines() {
        // "قبل انعقاد الدورة العاشرة" is due before that meeting; "قبل نهاية العام الجاري"
        // on the adoption year's last day; "حتى نهاية العام الحالي" extends, no deadline.
        let text = "خبر\n\nقرر مجلس البساتين تكليف اللجنة الزراعية بإعداد دراسة قبل انعقاد الدورة العاشرة للمجلس.\n\nوطلب المجلس من الأمانة إنجاز الخطة قبل نهاية العام الجاري.\n\nوقرر المجلس تمديد ولاية اللجنة الزراعية حتى نهاية العام الحالي.\n";
        let got = brief(text, "2031-02-01");
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].starts_with("¶2 اللجنة الزراعية due="), "{got:?}");
        assert!(got[0].contains("(الدورة العاشرة للمجلس)"), "{got:?}");
        assert_eq!(got[1], "¶3 الأمانة due=2031-12-31");
        assert_eq!(got[2], "¶4 المجلس");
    }

    #[test]
    fn a_decision_that_admits_a_member_is_done_there_and_then() {
        let text = "إن جمعية البساتين،\n\nوقد نظرت في طلب الوادي الأخضر،\n\nتقرر قبول انضمام الوادي الأخضر إلى عضوية جمعية البساتين.\n";
        assert!(brief(text, "2031-02-01").is_empty());
    }
}
