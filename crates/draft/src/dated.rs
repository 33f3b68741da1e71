//! The day a French or Arabic text was adopted, from its own words: "adoptée le 3 novembre
//! 2025" / "اعتمد في 3 نوفمبر 2025" (sure), else the day its meeting was held ("réunie à
//! Djeddah les 2 et 3 novembre 2025", "المنعقدة في جدة يومي 2 و3 نوفمبر 2025"), else a date in
//! its header (a dateline "Djeddah, le 3 novembre 2025", "جدة، 12 جمادى الأولى 1447 هـ
//! الموافق 3 نوفمبر 2025 م": the Gregorian). The English rules are in `meta.rs`.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::model::Guess;
use crate::model::Lang;
use crate::segment::Para;
use crate::{ar, fr};

struct Words {
    adopted: &'static LazyLock<Regex>,
    held: &'static LazyLock<Regex>,
    /// Words shortly before a date that make it another text's ("Rappelant ... du").
    recalled: &'static LazyLock<Regex>,
    /// Words before "adopted" that make the adoption another text's ("sa résolution 12
    /// adoptée le ...").
    other_text: &'static LazyLock<Regex>,
    /// Words just before a date that make it a deadline or a period's end ("jusqu'au").
    until: &'static LazyLock<Regex>,
    dates: fn(&str) -> Vec<(usize, Date)>,
}

static FR_ADOPTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\badopt(?:é|ée|és|ées|e|ent|ait|a|èrent)\b(.{0,80})").expect("valid regex")
});
static FR_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:tenue?s?|réunie?s?|organisée?s?|a eu lieu|ont eu lieu)\b(.{0,160})")
        .expect("valid regex")
});
static FR_RECALLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)rappel|se référant|\bvu\b").expect("valid regex"));
static FR_OTHER_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)résolution|décision|déclaration|rappel").expect("valid regex")
});
static FR_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:jusqu['’]a[u]?|d['’]ici|au plus tard|avant|après|depuis)\s+(?:le\s+|au\s+)?$",
    )
    .expect("valid regex")
});
static AR_ADOPTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(?:اعتمد|صدر|تبن)\S*(.{0,80})").expect("valid regex"));
static AR_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:المنعقدة|المنعقد|المنعقدين|انعقدت|انعقد|عقدت|عقد|المعقودة)\s(.{0,160})")
        .expect("valid regex")
});
static AR_RECALLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"يستذكر|يشير|يذكر|تستذكر|تشير").expect("valid regex"));
static AR_OTHER_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"قرار|يستذكر|يشير|يذكر").expect("valid regex"));
static AR_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:حتى|لغاية|غاية|قبل|بعد|منذ|بحلول|أقصاه)\s+(?:يوم\s+)?$").expect("valid regex")
});

const FRENCH: Words = Words {
    adopted: &FR_ADOPTED,
    held: &FR_HELD,
    recalled: &FR_RECALLED,
    other_text: &FR_OTHER_TEXT,
    until: &FR_UNTIL,
    dates: fr::dates_in,
};
const ARABIC: Words = Words {
    adopted: &AR_ADOPTED,
    held: &AR_HELD,
    recalled: &AR_RECALLED,
    other_text: &AR_OTHER_TEXT,
    until: &AR_UNTIL,
    dates: ar::dates_in,
};

/// How far before a date its words may make it another text's.
const RECALL_REACH: usize = 80;

/// The adoption day the text gives, with how sure that is; `None` when it gives none.
pub fn adopted(paras: &[Para], lang: Lang) -> Option<Guess<Date>> {
    let words = match lang {
        Lang::Fr => &FRENCH,
        Lang::Ar => &ARABIC,
        Lang::En => return None,
    };
    let numbered = paras
        .iter()
        .position(|p| p.number.is_some())
        .unwrap_or(paras.len());
    let lead: Vec<&str> = paras[..numbered]
        .iter()
        .take(4)
        .map(|p| p.text.as_str())
        .collect();
    // A UN resolution says at its end when it was adopted.
    let end = paras.iter().rev().take(2).map(|p| p.text.as_str());
    let in_phrase = |re: &Regex, text: &str| {
        re.captures_iter(text).find_map(|m| {
            let at = m.get(0).expect("match").start();
            let after = &m[1];
            (!near_end(words.other_text, &text[..at]))
                .then(|| {
                    (words.dates)(after)
                        .into_iter()
                        .find(|(k, _)| !words.until.is_match(&after[..*k]))
                        .map(|(_, d)| d)
                })
                .flatten()
        })
    };
    if let Some(d) = lead
        .iter()
        .copied()
        .chain(end)
        .find_map(|t| in_phrase(words.adopted, t))
    {
        return Some(Guess::sure(d));
    }
    if let Some(d) = lead.iter().find_map(|t| in_phrase(words.held, t)) {
        return Some(Guess::unsure(
            d,
            "the day the session met, as the text gives it",
        ));
    }
    let header = lead.iter().take(2).find_map(|t| {
        let head: String = t.chars().take(400).collect();
        (words.dates)(&head)
            .into_iter()
            .find(|(at, _)| {
                !near_end(words.recalled, &head[..*at]) && !words.until.is_match(&head[..*at])
            })
            .map(|(_, d)| d)
    })?;
    Some(Guess::unsure(
        header,
        "the date in the text's header; set the day it was adopted",
    ))
}

/// Whether `re` matches in the last words of `before`.
fn near_end(re: &Regex, before: &str) -> bool {
    let start = before
        .char_indices()
        .rev()
        .nth(RECALL_REACH)
        .map_or(0, |(i, _)| i);
    re.is_match(&before[start..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn read(text: &str, lang: Lang) -> Option<(Date, bool)> {
        let text = if lang == Lang::Ar {
            ar::normalize(text)
        } else {
            text.to_string()
        };
        adopted(&paragraphs(&text), lang).map(|g| (g.value, g.check.is_none()))
    }

    #[test]
    fn a_french_text_says_when_it_was_adopted_or_held_or_dates_its_header() {
        let adopted = "Résolution sur les vergers\n\nLe Conseil,\n\n1. Prie le Secrétaire général de faire rapport.\n\nAdoptée à la 12e séance plénière, le 14 mars 2037.";
        assert_eq!(read(adopted, Lang::Fr), Some((day("2037-03-14"), true)));
        let held = "Communiqué final de la réunion des ministres, tenue à Niamey les 2 et 3 avril 2037\n\nLes ministres ont demandé à la Commission de faire rapport.";
        assert_eq!(read(held, Lang::Fr), Some((day("2037-04-03"), false)));
        let dateline = "Organisation des vergers\nDjeddah, le 1er mai 2037\n\nLe Conseil prie le Secrétaire général de faire rapport.";
        assert_eq!(read(dateline, Lang::Fr), Some((day("2037-05-01"), false)));
    }

    #[test]
    fn a_date_that_belongs_to_a_recalled_text_is_not_the_adoption() {
        let text = "Le Conseil,\n\nRappelant sa résolution 12 adoptée le 3 janvier 2030,\n\n1. Prie le Secrétaire général de faire rapport.";
        assert_eq!(read(text, Lang::Fr), None);
    }

    #[test]
    fn an_arabic_text_gives_its_gregorian_date_beside_the_hijri() {
        let header = "منظمة البساتين\nمجلس الوزراء\nاعتمد في 5 شعبان 1458 هـ الموافق 14 مارس 2037 م\n\nإن مجلس الوزراء،\n\n1- يطلب من المدير تقديم تقرير.";
        assert_eq!(read(header, Lang::Ar), Some((day("2037-03-14"), true)));
        let held = "البيان الختامي للاجتماع المنعقد في القاهرة يومي 2 و3 أبريل 2037\n\nدعا المجتمعون الدول إلى زراعة الأشجار.";
        assert_eq!(read(held, Lang::Ar), Some((day("2037-04-03"), false)));
        let dateline = "منظمة البساتين\nالرياض، ١ مايو ٢٠٣٧\n\n1- يطلب من المدير تقديم تقرير.";
        assert_eq!(read(dateline, Lang::Ar), Some((day("2037-05-01"), false)));
        let numeric =
            "عقد مجلس البساتين في 5 / 1 / 2037 دورة طارئة دعا فيها الدول إلى زراعة الأشجار.";
        assert_eq!(read(numeric, Lang::Ar), Some((day("2037-01-05"), false)));
    }

    #[test]
    fn a_date_a_period_runs_until_is_no_adoption_day() {
        let text = "مدد مجلس البساتين ولاية البعثة حتى 30 أبريل 2038.\n\nودعا الدول إلى دعمها.";
        assert_eq!(read(text, Lang::Ar), None);
        let text = "Le Conseil a prorogé le mandat de la mission jusqu'au 30 avril 2038.";
        assert_eq!(read(text, Lang::Fr), None);
        let text = "Le Conseil a adopté une résolution prorogeant jusqu'au 30 avril 2038 le mandat de la mission.";
        assert_eq!(read(text, Lang::Fr), None);
    }
}
