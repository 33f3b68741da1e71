//! Names: bodies, addressees and actors read by their articles, their heads and ends, and
//! the decisions a text restates; a meeting's name and place.

use crate::table;
use regex::Regex;
use std::sync::LazyLock;

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
pub(super) fn adopts(w: &str) -> bool {
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
pub(super) fn bare(w: &str) -> &str {
    w.trim_end_matches([',', ';', '.', ':', '"', '»', ')'])
        .trim_start_matches(['"', '«', '('])
}

/// A word as a verb of the tables: without "و" / "ف" before it, nor punctuation after.
pub(super) fn verb_form(w: &str) -> &str {
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

pub(super) fn is_verb(w: &str) -> bool {
    table::AR_VERBS.iter().any(|(v, _, _)| *v == w)
        || table::AR_DECIDES.contains(&w)
        || table::AR_RENEWS.contains(&w)
        || pronoun_verb(w).is_some()
}

/// "دعاه", "يدعوهم": a verb of the table with the addressee as a pronoun.
pub(super) fn pronoun_verb(w: &str) -> Option<&'static Entry> {
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

pub(super) fn has_article(w: &str) -> bool {
    ["ال", "لل", "وال", "ولل"]
        .iter()
        .any(|a| w.starts_with(a) && w.chars().count() > a.chars().count() + 1)
}

/// How many of `words` a name takes (at least one): its defined words and construct chains,
/// on past "ذات الصلة" and "في المنظمة", up to the punctuation that ends it.
pub(super) fn name_end(words: &[&str]) -> usize {
    name_end_before(words, &[])
}

/// `name_end`, stopping at the verb's enders too ("إيران بسحب ...": a name without an
/// article runs on only to its ender) and at a relative pronoun ("الدول التي ...").
pub(super) fn name_end_before(words: &[&str], enders: &[&str]) -> usize {
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
    if let Some(list) = joined_list(words, enders) {
        return list.last().map_or(0, |m| m.1);
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

/// "أمهل المجلس X و Y 4 أشهر لـ ...", "... X شهرين", "... X 48 ساعة": a span of time after
/// a name, the time it is given (a number and a unit, or a unit that holds its number), not
/// part of it.
fn span_at(words: &[&str], k: usize) -> bool {
    let unit =
        |w: &str| table::AR_SPANS.iter().any(|(u, _, _)| *u == w) || table::AR_HOURS.contains(&w);
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
    if concerned_title(words, k) || purpose_of_body(words, k) || secretariat_at(words, k) {
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

/// "الأمانة العامة بمجلس الشورى": a secretariat "at" the body it serves, "بـ" and that
/// body's head right after the secretariat's name, is one name (not the verb's "بـ").
fn secretariat_at(words: &[&str], k: usize) -> bool {
    let seat = bare(words[k]).strip_prefix('ب');
    k >= 1
        && !words[k - 1].ends_with([',', ';', '.', ':'])
        && seat.is_some_and(|b| {
            table::AR_BODY_HEADS.contains(&b)
                || table::AR_BODY_HEADS.contains(&format!("ال{b}").as_str())
        })
        && words[..k]
            .iter()
            .any(|w| table::AR_SECRETARIATS.contains(&bare(w)))
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
pub(super) fn subject_before(before: &[&str]) -> bool {
    let n = before.len();
    // "وأوضح المصدر أن المجلس كلف X بـ ...": a body named by its head alone stood before
    // the verb, so the name after the verb is the one asked, not its subject.
    let head_alone = n > 1
        && ["فإن", "فان", "إن", "أن", "ان"].contains(&bare(before[n - 2]))
        && !before[n - 1].ends_with([',', '.', ';'])
        && table::AR_BODY_HEADS.contains(&bare(before[n - 1]));
    head_alone
        || (2..=7).any(|d| {
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
pub(super) fn ends_at(w: &str, enders: &[&str]) -> bool {
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
pub(super) fn each_of(words: &[&str]) -> bool {
    words.len() > 2
        && ["كل", "كلا", "كلاً"].contains(&bare(words[0]))
        && bare(words[1]) == "من"
        && !words[1].ends_with([',', ';', '.', ':'])
}

/// "يحض X وجبهة Y وZ وW على ...": three names or more, short, each joined by "و" to the
/// one before and the last running to the ender (or to the end of `words`), are one
/// addressee each, with or without an article (a bare name after "و" had been read as the
/// genitive of the name before, or as the end of the list). The members' word spans.
fn joined_list(words: &[&str], enders: &[&str]) -> Option<Vec<(usize, usize)>> {
    let mut starts = vec![0];
    let mut k = 1;
    while k < words.len() && !ends_at(words[k], enders) {
        if k >= 12 || words[k - 1].ends_with([',', ';', '.', ':', '(', ')', '«', '»']) {
            return None;
        }
        if bare(words[k])
            .strip_prefix('و')
            .is_some_and(|rest| rest.chars().count() > 2)
        {
            starts.push(k);
        }
        k += 1;
    }
    if starts.len() < 3 || (k == words.len() && !enders.is_empty()) {
        return None;
    }
    // "حكومات X وY وجمهورية Z", "الدول ... وكذلك المنظمات ...": a head the names are the
    // genitives of, or a list word, is not a list of names of their own; "لجنة وزارية",
    // "الدولية والإقليمية": a joined adjective (a nisba) goes on the name before.
    let head = bare(words[0]);
    if table::AR_ACTOR_HEADS.contains(&head)
        || table::AR_DUAL_HEADS.contains(&head)
        || head.starts_with("حكوم")
        || starts[1..].iter().any(|&s| {
            let w = bare(words[s]);
            ["وكذلك", "وكذا", "وأيضا"].contains(&w)
                || ["ية", "ي", "يين", "يون", "يتين"]
                    .iter()
                    .any(|e| w.ends_with(e))
        })
    {
        return None;
    }
    let mut spans: Vec<(usize, usize)> = starts.windows(2).map(|p| (p[0], p[1])).collect();
    spans.push((*starts.last().expect("a start"), k));
    spans.iter().all(|(a, b)| b - a <= 2).then_some(spans)
}

/// "الدول الأعضاء والمنظمات الإقليمية": names joined by "و" before an article are two.
pub(super) fn names(words: &[&str]) -> Vec<String> {
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
    if let Some(list) = joined_list(words, &[]) {
        return list
            .into_iter()
            .map(|(a, b)| {
                let mut piece = words[a..b].to_vec();
                if a > 0 {
                    piece[0] = piece[0].strip_prefix('و').unwrap_or(piece[0]);
                }
                piece
                    .join(" ")
                    .trim_end_matches([',', ';', '.', ':'])
                    .to_string()
            })
            .collect();
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
pub(super) fn subject(words: &[&str]) -> Option<(String, usize)> {
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

/// "قرر المكتب التنفيذي لمجلس X ...", "وقرر المكتب تكليف Y ...": a bureau or commission
/// (`AR_MEETING_BODIES`) named after a past decision is the deciding body, its name read as
/// a council's would be. Only after a decision: elsewhere such a word is the body whose
/// meeting is held ("وعقد الدورة الـN للمكتب التنفيذي").
pub(super) fn bureau_subject(words: &[&str]) -> Option<(String, usize)> {
    let first = *words.first()?;
    if !table::AR_MEETING_BODIES.contains(&bare(first)) {
        return None;
    }
    let mut owned = words.to_vec();
    owned[0] = "المجلس";
    let (name, taken) = subject(&owned)?;
    let rest = name.strip_prefix("المجلس")?;
    Some((format!("{}{rest}", bare(first)), taken))
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
pub(super) fn speaks_in_text(words: &[&str]) -> bool {
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
pub(super) fn past_members(words: &[&str], i: usize, enders: &[&str]) -> usize {
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
pub(super) fn past_relative(words: &[&str], i: usize) -> Option<usize> {
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
pub(super) fn skip_manner_aside(words: &[&str], i: usize) -> usize {
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
pub(super) fn skip_asides(words: &[&str], mut i: usize) -> usize {
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
        // "وأوصت القمة في بيانها بعقد ...، وعقد ...": the text the call is told in, right
        // after the subject (no comma before it), is no aside when no one asked follows
        // its comma ("في بيان أصدره ...، مجلس X على ..." is one): the call follows it, the
        // reader of texts named in passing takes it.
        if ["في", "فى"].contains(&w)
            && i > 0
            && !words[i - 1].ends_with(',')
            && words.get(i + 1).is_some_and(|t| {
                let t = bare(t);
                table::AR_TEXT_HEADS.iter().any(|h| t.starts_with(h))
            })
            && comma.is_some_and(|k| {
                words
                    .get(k + 1)
                    .is_some_and(|n| !table::AR_ACTOR_HEADS.contains(&bare(n)))
            })
        {
            return i;
        }
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
                // A meeting called of the body it names is that body's, not an act an
                // organ of another tells again.
                let organ = body
                    && later.paragraph == m.paragraph
                    && later.actors.iter().all(|x| body_named(&x.name))
                    && actor_names(later) != actor_names(m)
                    && !named_back(later, m)
                    && !meeting_of_its_actor(m);
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

/// "عقد اجتماع لوزراء X ...", "عقد دورة للجنة X": a held meeting whose summary names, after
/// "لـ", the one body the mandate asks (that body meets).
fn meeting_of_its_actor(m: &crate::model::DraftMandate) -> bool {
    let [actor] = m.actors.as_slice() else {
        return false;
    };
    let Some(head) = actor.name.split_whitespace().next() else {
        return false;
    };
    // "لوزراء" for "وزراء", "للجنة" for "اللجنة".
    let of = match head.strip_prefix("ال") {
        Some(rest) => format!("لل{rest}"),
        None => format!("ل{head}"),
    };
    let mut words = m.summary.split_whitespace();
    words.next() == Some("عقد") && words.take(3).any(|w| w == of)
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
pub(super) fn group_named(words: &[&str]) -> Option<String> {
    words.iter().rev().find_map(|w| group_word(w))
}

/// "للحوثيين", "بالمتمردين": a definite plural of people after "لـ" / "بـ" (an object of the
/// act, not an adjective after a noun: "الدول المانحين"), with its article.
pub(super) fn group_word(w: &str) -> Option<String> {
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
pub(super) fn body_named(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| table::AR_BODY_HEADS.contains(&w))
}

/// "اجتماع اللجنة التنفيذية ... على مستوى وزراء الخارجية في منظمة التعاون الإسلامي": the
/// level a meeting is held at goes with its name.
pub(super) fn level_end(words: &[&str], end: usize) -> usize {
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
pub(super) fn skip_meeting(words: &[&str], i: usize) -> usize {
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
pub(super) fn own_meeting_end(words: &[&str], i: usize) -> usize {
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
pub(super) fn held_at_end(words: &[&str], i: usize) -> usize {
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
pub(super) const OWN_MEETINGS: &[&str] = &[
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
pub(super) fn adjective(w: &str) -> bool {
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

/// A text's head, also with a preposition joined to it ("للبيان", "بالقرار").
pub(super) fn names_text(w: &str) -> bool {
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
pub(super) fn described(before: &[&str], words: &[&str]) -> bool {
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

/// A verb or verbal noun of the tables: the word, its openers, its enders.
pub(super) type Entry = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// Whether `w` is one of the verb's openers ("من", "إلى", or "ب" joined to its noun).
pub(super) fn opens(w: &str, openers: &[&str]) -> bool {
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

pub(super) fn skip_adverbs(words: &[&str], mut i: usize) -> usize {
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
