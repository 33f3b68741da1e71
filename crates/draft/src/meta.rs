//! What a text says about itself: title, adopting body, session, adoption day, symbol and
//! the organisation actors belong to.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::classify::triggers;
use super::deadline;
use super::segment::Para;
use super::table;
use crate::due::Fuzzy;
use crate::model::{Guess, Meta};
use crate::words::any_of;
use crate::words::fold;

static FORMAL_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The|THE)\s+([A-Z][^,]{2,160}?)\s*(?:,|$)").expect("valid regex")
});
/// "The Orchard Council meeting in its ninth session": group 1 the organ's name.
static MEETING_IN_ITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The|THE)\s+([A-Z][^,;.]{2,120}?)\s+(?:meeting|sitting|convened|assembled)\s+(?:in|at|during)\s+its\b")
        .expect("valid regex")
});
static NARRATIVE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let adverbs = table::OPENING_ADVERBS.join("|");
    let met = any_of(table::MEETING_VERBS);
    Regex::new(&format!(r"(?:^|[-–—:]\s+|\.\s+)(?:(?:The|the)\s+)?((?-i:[A-Z])[^,.;]{{2,160}}?)\s+(?:(?i:{adverbs})\s+)?(?:(?:was|were)\s+)?(?:{met})\b"))
        .expect("valid regex")
});
/// The same, for a name that lists several ("The Heads of State of A, B and C met").
static NARRATIVE_LIST_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let adverbs = table::OPENING_ADVERBS.join("|");
    let met = any_of(table::MEETING_VERBS);
    Regex::new(&format!(r"^(?:The|the)\s+((?-i:[A-Z])[^.;]{{2,200}}?)\s+(?:(?i:{adverbs})\s+)?(?:(?:was|were)\s+)?(?:{met})\b"))
        .expect("valid regex")
});
/// "Ninth", "49th", "Thirty-Third": a session's ordinal before a body's name.
static LEADING_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d+(?:st|nd|rd|th)|[A-Za-z]+(?:-[A-Za-z]+)?)\s+").expect("valid regex")
});
/// "Adopted by the Peace and Security Council of the African Union at its 1260th meeting".
static ADOPTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*adopted\s+by\s+(?:the\s+)?([^,]{3,160}?)\s+(?:at|during|in|on)\s+(?:its|the)\b",
    )
    .expect("valid regex")
});
/// "<title> / adopted by the General Assembly.": a library record's title line.
static RECORD_TITLE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s/\s*adopted\s+by\s+(?:the\s+)?(\p{Lu}[^.;,/]{2,80}?)\s*\.?\s*$")
        .expect("valid regex")
});
/// "Assembly/AU/13(XVI)", "EX.CL/845(XXV)": an African Union document symbol.
static AU_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Assembly/AU/|EX\.CL/\d|PSC/(?:PR|AHG|MIN)/)").expect("valid regex")
});
/// "OIC Member States", "AU member states".
static ORG_MEMBER_STATES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([A-Z]{2,6})\s+(?i:member\s+states)\b").expect("valid regex"));
/// "We, the Kings, Heads of State and Government of ..., gathered in ...": the name runs
/// over its capitalised pieces up to the comma before a lower-case word; a news agency's
/// dateline may come first ("KUALA LUMPUR, May 28 (Agency) -- We, the ...").
static WE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[A-Z][^\n]{0,80}?\s(?:--|—|–)\s*)?We,\s+(?:the\s+)?([^,]{3,200}?(?:,\s*[A-Z][^,]{2,200}?)*),\s*[a-z]")
        .expect("valid regex")
});
static HEADER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let labels = any_of(table::DATE_LABELS);
    Regex::new(&format!(
        r"(?i)^\s*(?:{labels})\s*:?\s*(\d{{4}}-\d{{2}}-\d{{2}})\b"
    ))
    .expect("valid regex")
});
/// "(ORCOM Secretariat, May 3, 2037) ", "(Secretariat, 3 May 2037) – ": an issuer and a
/// day in brackets opening a press release, before its first sentence.
static BRACKETED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\([^()]{2,80}?\b(?:19|20|21)\d{2}\s*\)\s*(?:[-–—]+\s*)?").expect("valid regex")
});
/// "adopted by the Assembly on 15 December 2036", or "adopted by the Assembly, 15
/// December 2036" (a day right after the comma).
static ADOPTED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\badopted\b[^.]{0,80}?(?:\bon\s+(.{6,30})|,\s+(\d{1,2}\s+\p{L}+,?\s+\d{4}))")
        .expect("valid regex")
});
/// "66th plenary meeting" opening a line (or following the last paragraph's stop on it) and
/// a day ending it, or the two on lines of their own: the signature an adopted resolution closes with (group 1, the day), a PDF page's
/// number after it.
static PLENARY_SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|[.;]\s)\s*\d{1,4}(?:st|nd|rd|th)\s+plenary\s+meeting\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})(?:\s+\d{1,3})?\s*$")
        .expect("valid regex")
});
static HELD_ON: LazyLock<Regex> = LazyLock::new(|| {
    let held = any_of(table::HELD_ON_WORDS);
    Regex::new(&format!(
        r"(?i)\b(?:{held})\b([^.]{{0,200}}?)\bon\s+(.{{6,40}})"
    ))
    .expect("valid regex")
});
/// "Cairo, 9 October 2024 - The ministers ...": a report's dateline.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[A-Z][\w .'’-]{1,40},\s+(\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}|[^-–—:]{6,30}?)\s*(?:[-–—:]|$)").expect("valid regex")
});

const NO_DATE: &str = "the text gives no date; set the day it was adopted";

static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    let intro = any_of(table::SESSION_INTRO_WORDS);
    let nouns = any_of(table::ADOPTING_SESSION_NOUNS);
    Regex::new(&format!(r"(?i)(?:\b(?:{intro})\s+(?:its|a|an|the|their)\s+|^(?:date\s+\S+\s+)?the\s+)((?:[\w-]+\s+){{0,4}}?(?:{nouns}))\b"))
        .expect("valid regex")
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let days = any_of(table::WEEKDAYS);
    Regex::new(&format!(r"(?i)^\s*(?:{days}),?\s+")).expect("valid regex")
});
static RANGE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{1,2}\s*(?:-|–|—|and|to)\s*").expect("valid regex"));
static SESSION_OF: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(table::SESSION_OF_NOUNS);
    Regex::new(&format!(
        r"(?i)^(?:[\w-]+\s+){{0,3}}?(?:{nouns})\s+of\s+(?:the\s+)?"
    ))
    .expect("valid regex")
});
static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[A-Z]{1,6}/RES/[\w./()-]*\w|(?i:resolution)\s+(?:(?i:no)\.?\s*)?\d+/\d+[\w()./-]*\w)").expect("valid regex")
});
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    let words = any_of(table::ORG_NAME_WORDS);
    Regex::new(&format!(r"(?:{words})[^()]{{0,40}}\(([A-Z]{{2,8}})\)")).expect("valid regex")
});

/// "11 October 2024": a line that gives a day and nothing else.
static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\d{{1,2}}\s+(?:{})\s+\d{{4}}$",
        crate::words::month_names(table::MONTHS)
    ))
    .expect("valid regex")
});

/// Reads the metadata from the first paragraphs of a text.
pub fn read(paras: &[Para], adopted_flag: Option<Date>, today: Date) -> Meta {
    let mut header = Vec::new();
    let title = title(paras, &mut header);
    // A date alone on its line ("11 October 2024") is the header's, not one of the four.
    let mut worded = 0;
    let lead: Vec<&Para> = paras
        .iter()
        .filter(|p| p.number.is_none())
        .take_while(|p| {
            worded += usize::from(!DATE_ONLY.is_match(p.text.trim()));
            worded <= 4
        })
        .collect();
    let lead_text = lead
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let body = body(paras, &lead, &mut header);
    // "The Security Council, ... the forces of the Economic Community of West African
    // States (ECOWAS) ...": an organ of the United Nations adopts for no other organisation,
    // whatever acronym its preamble spells out.
    let un_organ = table::UN_ORGANS.contains(&fold(&body.value).as_str());
    let org = (!un_organ)
        .then(|| org(&body.value, &lead_text).or_else(|| later_org(paras)))
        .flatten();
    let session = SESSION
        .captures(&lead_text)
        .map(|m| m[1].trim().to_string());
    let symbol = SYMBOL.find(&lead_text).map(|m| m.as_str().to_string());
    let adopted = match adopted_flag {
        Some(d) => Guess::sure(d),
        None => adopted(paras, &lead_text, today),
    };
    let title = title.unwrap_or_else(|| {
        let about = session
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        Guess::unsure(
            format!("Resolution of the {}{about}", body.value),
            "the text names no title; write the resolution's own",
        )
    });
    let adopted_is_fallback = adopted.check.as_deref() == Some(NO_DATE);
    Meta {
        adopted_is_fallback,
        title,
        body,
        session,
        symbol,
        adopted,
        org,
        header,
    }
}

/// A headline ("General Assembly Adopts Resolution on Road Safety, Calls for ..."): most
/// of its longer words are capitalised, as no operative sentence is.
fn title_case(text: &str) -> bool {
    let long: Vec<&str> = text.split_whitespace().filter(|w| w.len() > 3).collect();
    let capitals = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 3 && capitals * 4 >= long.len() * 3
}

/// "Cairo, 2 March 2025 - ..." opens the second paragraph: the first is a headline, whatever
/// its verbs ("Council calls for action").
fn before_dateline(paras: &[Para]) -> bool {
    paras.get(1).is_some_and(|p| DATELINE.is_match(&p.text))
}

/// A first paragraph that reads as a title: short, unpunctuated at its end, asking nothing.
fn title(paras: &[Para], header: &mut Vec<usize>) -> Option<Guess<String>> {
    let first = paras.first()?;
    let text = HEADER_DATE.replace(&first.text, "").trim().to_string();
    let words = text.split_whitespace().count();
    let looks = first.number.is_none()
        && (1..=30).contains(&words)
        && !text.ends_with(['.', ',', ';', ':'])
        && (triggers(&text).is_empty() || title_case(&text) || before_dateline(paras))
        && !FORMAL_BODY.is_match(&text);
    if !looks {
        return None;
    }
    header.push(first.ordinal);
    // A PDF's header sets its parts apart with runs of spaces.
    Some(Guess::sure(
        text.split_whitespace().collect::<Vec<_>>().join(" "),
    ))
}

/// How many unnumbered paragraphs may come before the one that names a formal text's body.
const PREAMBLE_REACH: usize = 40;

fn body(paras: &[Para], lead: &[&Para], header: &mut Vec<usize>) -> Guess<String> {
    declared_body(paras, lead, header)
        .or_else(|| reported_body(paras, lead))
        .or_else(|| numbered_body(paras, lead))
        .unwrap_or_else(|| unnamed_body(paras))
}

/// A body the text declares in its opening: "We, the ...", a formal "The General Assembly,"
/// or "adopted by ...".
fn declared_body(paras: &[Para], lead: &[&Para], header: &mut Vec<usize>) -> Option<Guess<String>> {
    // "We, the Heads of State or Government of ..., gathered in ...".
    // A web page's date lines and headings may come first ("Friday, June 14, 2024",
    // "Preamble"): look a few paragraphs further.
    if let Some(m) = paras.iter().take(8).find_map(|p| WE_BODY.captures(&p.text)) {
        return Some(Guess::sure(m[1].trim().to_string()));
    }
    // "Pattern of conferences : resolutions / adopted by the General Assembly.": a
    // library record's title names the body after its slash.
    if let Some(m) = lead
        .iter()
        .find_map(|p| RECORD_TITLE_BODY.captures(&p.text))
    {
        return Some(Guess::sure(m[1].trim().to_string()));
    }
    // "The Peace and Security Council," alone on its line heads the operative part: it wins
    // over a longer opening ("The Peace and Security Council of the AU, at its meeting,").
    // A PDF's cover lines (symbol, distribution, session, agenda item, title) can push
    // "The General Assembly," past the lead: look on to the first numbered paragraph.
    let preamble = paras
        .iter()
        .take_while(|p| p.number.is_none())
        .take(PREAMBLE_REACH);
    let formal: Vec<(usize, String, bool)> = lead
        .iter()
        .copied()
        .chain(preamble)
        .filter_map(|p| formal_body(&p.text).map(|(name, alone)| (p.ordinal, name, alone)))
        .collect();
    if let Some((ordinal, name, alone)) = formal
        .iter()
        .find(|f| f.2)
        .or_else(|| formal.first())
        .cloned()
    {
        if alone {
            header.push(ordinal);
        }
        // "The Council:" over a communiqué whose opening names "The Council of Foreign
        // Ministers of ...": the body's full name.
        let opening: Vec<&Para> = paras.iter().take_while(|p| p.number.is_none()).collect();
        return Some(Guess::sure(full_name(&opening, name)));
    }
    lead.iter()
        .find_map(|p| ADOPTED_BY.captures(&p.text))
        .map(|m| Guess::sure(strip_clauses(m[1].trim())))
}

/// A body a press release or a narrative names as the subject of its first sentences.
fn reported_body(paras: &[Para], lead: &[&Para]) -> Option<Guess<String>> {
    // "The Security Council decided unanimously on 2 March 2036 to extend ...": a press
    // release's first sentence names the body, before "The 15-member Council adopted ...".
    // A press release's dateline, headline and tags come first: read on past the lead.
    let opening: Vec<&Para> = paras
        .iter()
        .filter(|p| p.number.is_none())
        .take(PRESS_REACH)
        .collect();
    let press = opening.iter().enumerate().find_map(|(k, p)| {
        // "At its 12th meeting, on 2 March 2036, the Council decided: ...".
        press_body(&p.text)
            .or_else(|| after_lead_phrase(&p.text).and_then(press_body))
            .map(|name| (k, full_name(&opening, name)))
    });
    // "The Heads of State of A, B and C met ...": a name with commas, tried last.
    for body_re in [&*NARRATIVE_BODY, &*NARRATIVE_LIST_BODY] {
        if let Some((k, name)) = lead
            .iter()
            .enumerate()
            .find_map(|(k, p)| narrative_body(body_re, &p.text).map(|name| (k, name)))
        {
            return Some(Guess::sure(match press {
                Some((first, press)) if first < k => press,
                _ => name,
            }));
        }
    }
    press.map(|(_, name)| Guess::sure(name))
}

/// "At its 57th session, the Orchard Assembly, under the item ..., decided ..." and then
/// "the Assembly decided ...": a one-word name the text gave in full before is that body's
/// full name ("the Seed and Soil Council" too).
fn full_name(opening: &[&Para], name: String) -> String {
    if name.contains(' ') {
        return name;
    }
    let named = Regex::new(&format!(
        r"\b[Tt]he\s+((?:(?-i:[A-Z])[\w-]*\s+(?:and\s+)?){{1,3}}{})\b",
        regex::escape(&name)
    ))
    .expect("valid regex");
    // "The Council of Orchard Ministers of the Union of Growers (UG) met ...": the name
    // runs on through words in capitals joined by "of", "for", "on",
    // "and", "the", and an acronym in brackets.
    let caps = r"(?-i:[A-Z])[\w'’-]*";
    let of_named = Regex::new(&format!(
        r"\b[Tt]he\s+({}(?:\s+(?:of|for|on|and)\s+(?:the\s+)?{caps}(?:\s+{caps})*)+(?:\s+\((?-i:[A-Z]{{2,}})\))?)",
        regex::escape(&name)
    ))
    .expect("valid regex");
    opening
        .iter()
        .find_map(|p| {
            named
                .captures(&p.text)
                .or_else(|| of_named.captures(&p.text))
                .map(|m| m[1].to_string())
        })
        .unwrap_or(name)
}

/// A body named in a text's numbered paragraphs: a communiqué's first paragraph, or the
/// subject of conclusions numbered throughout.
fn numbered_body(paras: &[Para], lead: &[&Para]) -> Option<Guess<String>> {
    // "(1) At the invitation of X, the Nth Session of Y was held ...": a communiqué numbered
    // from its first paragraph names its body there, maybe after a lead phrase.
    let first = paras.iter().find(|p| p.number.is_some());
    if let Some(name) = lead
        .iter()
        .copied()
        .chain(first)
        .find_map(|p| narrative_body(&NARRATIVE_BODY, after_lead_phrase(&p.text)?))
    {
        return Some(Guess::sure(name));
    }
    // "1. The Sixty-sixth Ordinary Session of the Authority ... was held ...".
    if let Some(name) = first.and_then(|p| narrative_body(&NARRATIVE_BODY, &p.text)) {
        return Some(Guess::sure(name));
    }
    // "1. The European Council reaffirms ...": conclusions numbered throughout name their
    // body as the subject of their paragraphs' verbs.
    paras
        .iter()
        .filter(|p| p.number.is_some())
        .take(3)
        .find_map(|p| subject_body(&p.text))
        .map(|name| Guess::unsure(name, "the subject of the text's first paragraphs"))
}

/// A text that names no body outright: the short name its sentences give their subject, or
/// the Security Council by its habit of staying seized of the matter.
fn unnamed_body(paras: &[Para]) -> Guess<String> {
    if let Some(name) = short_subject_body(paras) {
        return Guess::unsure(
            name,
            "the short name the text's sentences give their subject",
        );
    }
    if seized_security_council(paras) {
        return Guess::unsure(
            "Security Council".to_string(),
            "the text names no body; it stays seized of the matter, as the Security Council does",
        );
    }
    if assembly_by_its_sessions(paras) {
        return Guess::unsure(
            "الجمعية العامة".to_string(),
            "the text names no body; its numbered paragraphs decide in the feminine of its own numbered sessions, as the General Assembly does",
        );
    }
    if let Some(name) = self_named_body(paras) {
        return Guess::unsure(
            name,
            "the text names no body; it speaks of itself by this title",
        );
    }
    if let Some(name) = own_meeting_body(paras) {
        return Guess::unsure(
            name,
            "the text names no body; it holds \"its\" meeting of the rank it gives this body's",
        );
    }
    if let Some(name) = symbol_series_body(paras) {
        return Guess::unsure(
            name,
            "the text names no body; its document symbol is of a Conference of the Parties' series",
        );
    }
    if let Some(name) = leaders_of_body(paras) {
        return Guess::unsure(
            name,
            "the text names no body; its lead reports the leaders of this group by its acronym",
        );
    }
    Guess::unsure(
        "(body not named in the text)".to_string(),
        "the text does not say who adopted it",
    )
}

/// "The Security Council decided ...": a named council, assembly or commission as the
/// subject of "decided" or "adopted" opening a paragraph, maybe after its dateline ("12
/// March 2036 The Orchard Council this morning adopted ..."); also of "concluded" or
/// "suspended" (its session), and with its acronym after it ("The Orchard Council (OC)").
fn press_body(text: &str) -> Option<String> {
    let text = HEADER_DATE.replace(text, "");
    let m = PRESS_BODY.captures(text.trim())?;
    let name = m[1].to_string();
    table::ACTOR_HEADS
        .contains(&fold(name.rsplit(' ').next()?).as_str())
        .then_some(name)
}

/// How many unnumbered paragraphs a press release's "The X Council decided ..." may come
/// after (after a dateline, or a lead's phrase: "Meeting in the afternoon by consensus,
/// the Orchard Assembly adopted ...").
const PRESS_REACH: usize = 14;

static PRESS_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let adverbs = table::OPENING_ADVERBS.join("|");
    // "New York, May 3 (Agency): The Orchard Council (OC) on Friday voted to extend ...": a
    // news item's dateline ends in a colon, its day is a weekday, and "voted to" reports
    // the body's decision as "decided to" does.
    let weekdays = table::WEEKDAYS.join("|");
    Regex::new(&format!(r"^(?:.{{0,400}}?(?:(?:\b(?:19|20|21)\d{{2}}|,|\):)\s+(?:The|the)|(?-i:\b[A-Z][a-z]+)\s+The)\s+|(?:The|the)\s+)((?-i:[A-Z])[\w-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?-i:[A-Z])[\w-]*){{0,5}})(?:\s+\((?-i:[A-Z]{{2,}})\))?\s+(?:(?i:{adverbs})\s+)?(?:(?i:on\s+(?:{weekdays}))\s+)?(?:decided|adopted|concluded|suspended|voted\s+to)\b"))
        .expect("valid regex")
});

/// "The Authority urges ...", "“The Authority also asks ...": a report that never
/// names its body in full calls it by a one-word title as its sentences' subject, at least
/// twice.
fn short_subject_body(paras: &[Para]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for m in paras
        .iter()
        .flat_map(|p| SHORT_SUBJECT.captures_iter(&p.text))
    {
        let name = m[1].to_string();
        if !table::SHORT_BODY_TITLES.contains(&fold(&name).as_str()) {
            continue;
        }
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    counts
        .into_iter()
        .filter(|(_, c)| *c >= 2)
        .max_by_key(|(_, c)| *c)
        .map(|(n, _)| n)
}

/// A text cut from its heading that still speaks of its body: "the heads of Government
/// agreed", "Heads of Government also noted" (as the subject of what it reports), or "the
/// Council" alone ("report to the Council", "unless the Council decides otherwise"), at
/// least twice and no other title so.
fn self_named_body(paras: &[Para]) -> Option<String> {
    let mut found: Vec<String> = paras
        .iter()
        .flat_map(|p| {
            let heads = HEADS_SUBJECT
                .captures_iter(&p.text)
                .map(|m| fold(&m[1]).replace("government", "Government"));
            let titles = LONE_TITLE
                .captures_iter(&p.text)
                .filter(|m| m.get(2).is_none())
                .map(|m| m[1].to_string())
                .filter(|t| table::SHORT_BODY_TITLES.contains(&fold(t).as_str()));
            heads.chain(titles).collect::<Vec<_>>()
        })
        .collect();
    let count = found.len();
    found.sort();
    found.dedup();
    match found.as_slice() {
        [only] if count >= 2 => Some(crate::actor::capitalise(only)),
        _ => None,
    }
}

/// "... just before the third meeting of the Conference of the Parties ...; 3. Also
/// decides to consider the matter at its third meeting": a text that names no body but
/// holds "its" meeting of the rank it gives a named body's meeting is that body's.
fn own_meeting_body(paras: &[Para]) -> Option<String> {
    let text = paras
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let mut names: Vec<String> = OWN_MEETING
        .captures_iter(&text)
        .flat_map(|own| {
            let (rank, kind) = (fold(&own[1]), fold(&own[2]));
            NAMED_MEETING
                .captures_iter(&text)
                .filter(|named| fold(&named[1]) == rank && fold(&named[2]) == kind)
                .map(|named| named[3].trim().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    names.sort();
    names.dedup();
    match names.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}

/// "Leaders of the Group of Nine Orchard States (G-9) on Monday condemned ...": a news lead
/// that reports the leaders (heads of state, ministers) of a group it gives an acronym in
/// brackets is that group's, named by the acronym.
fn leaders_of_body(paras: &[Para]) -> Option<String> {
    paras
        .iter()
        .filter(|p| !p.text.trim().is_empty())
        .take(2)
        .find_map(|p| LEADERS_OF.captures(&p.text))
        .map(|m| m[1].to_string())
}

/// "Leaders of the Group of Nine Orchard States (G-9)": group 1 the acronym.
static LEADERS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[-–—]\s+|\.\s+)(?:The\s+)?(?:Leaders|Heads\s+of\s+State(?:\s+and\s+Government)?|(?:Foreign\s+)?Ministers)\s+of\s+the\s+(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,6}?\s+\(((?-i:[A-Z])[A-Z0-9-]{1,9})\)")
        .expect("valid regex")
});

/// "at its third meeting": group 1 the rank, group 2 the meeting's kind.
static OWN_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bits\s+(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(meeting|session)s?\b")
        .expect("valid regex")
});

/// "the third meeting of the Conference of the Parties": group 3 the body's name, its words
/// capitalised but for "of", "the", "and".
static NAMED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(meeting|session)\s+of\s+the\s+((?-i:[A-Z])[\w-]*(?:\s+(?:(?:of|the|and)\s+)*(?-i:[A-Z])[\w-]*)*)")
        .expect("valid regex")
});

/// "FCCC/CP/2015/L.9", "UNEP/CBD/COP/DEC/X/2" on a page cut from a decision's heading: the
/// series "CP" / "COP" / "CMP" / "CMA" is a Conference of the Parties' (in the text's
/// language), whose decisions these are.
fn symbol_series_body(paras: &[Para]) -> Option<String> {
    let head: String = paras
        .iter()
        .take(6)
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let m = COP_SYMBOL.captures(&head)?;
    let french = crate::fr::is_french(
        &paras
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let name = match (&m[1], french) {
        ("CMP", true) => "Conférence des Parties agissant comme réunion des Parties",
        ("CMA", true) => {
            "Conférence des Parties agissant comme réunion des Parties à l'Accord de Paris"
        }
        (_, true) => "Conférence des Parties",
        ("CMP", false) => "Conference of the Parties serving as the meeting of the Parties",
        ("CMA", false) => {
            "Conference of the Parties serving as the meeting of the Parties to the Paris Agreement"
        }
        (_, false) => "Conference of the Parties",
    };
    Some(name.to_string())
}

static COP_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Z]{2,8}(?:/[A-Z]{2,8})*/(CP|COP|CMP|CMA)(?:/DEC)?/(?:\d|[IVXL]+\b)")
        .expect("valid regex")
});

/// "the heads of Government agreed": group 1 the title, as the subject of a past verb.
static HEADS_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(heads\s+of\s+(?:state\s+(?:and|or)\s+)?government)\s+(?:also\s+|further\s+)?\p{Ll}+ed\b")
        .expect("valid regex")
});

/// "the Council": group 1 the title; group 2, when it is "the Council of Europe", "the
/// Council of heads of ...", "the Council's" or "the Council Members", what makes it
/// another name.
static LONE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Tt]he\s+(\p{Lu}\p{Ll}+)\b(\s+(?:of|for|on)\b|\s+\p{Lu}|['’]s\b)?")
        .expect("valid regex")
});

/// "The Authority deplores": "The", a capitalised title, then a word in lower case.
static SHORT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|[.;]\s+|["“]\s*)The\s+(\p{Lu}\p{Ll}+)\s+\p{Ll}"#).expect("valid regex")
});

/// A draft that names no body ("1. Decides to renew ...") but "decides to remain seized of
/// the matter" and names the Security Council is the Security Council's (the African
/// Union's Peace and Security Council, which says the same, names itself).
/// An Arabic excerpt that opens inside a resolution ("20 - تطلب إلى الأمين العام أن يقدم
/// إليها في دورتها السابعة والخمسين ...", "15 - تقرر ... خلال دورتها الحادية والستين"):
/// numbered paragraphs whose verbs are feminine, and sessions of its own by their ordinal
/// or the Assembly named.
fn assembly_by_its_sessions(paras: &[Para]) -> bool {
    let feminine = paras.iter().filter(|p| p.number.is_some()).any(|p| {
        p.text
            .split_whitespace()
            .next()
            .is_some_and(|w| ["تقرر", "تطلب", "تهيب", "تحث", "تدعو"].contains(&w))
    });
    // "... في قرارها 58/1" beside "قرار الجمعية العامة 58/256": the Assembly names itself.
    let named = paras.iter().any(|p| p.text.contains("الجمعية العامة"));
    feminine && (named || paras.iter().any(|p| OWN_SESSION.is_match(&p.text)))
}

static OWN_SESSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:في|خلال)\s+دورتها\s+ال\S+").expect("valid regex"));

fn seized_security_council(paras: &[Para]) -> bool {
    let seized = paras.iter().any(|p| REMAINS_SEIZED.is_match(&p.text));
    let names = paras.iter().any(|p| {
        p.text.contains("Security Council") && !p.text.contains("Peace and Security Council")
    });
    seized && names
}

static REMAINS_SEIZED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bremain\s+(?:actively\s+)?seized\s+of\s+the\s+matter").expect("valid regex")
});

/// "The European Council calls on ...": a capitalised name right before the first verb that
/// opens a clause.
fn subject_body(text: &str) -> Option<String> {
    let first = crate::classify::triggers(text).into_iter().next()?;
    let m = SUBJECT_BODY.captures(&text[..first.start])?;
    let name = m[1].to_string();
    table::ACTOR_HEADS
        .contains(&fold(name.rsplit(' ').next()?).as_str())
        .then_some(name)
}

static SUBJECT_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:The|THE)\s+((?-i:[A-Z])[\w-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w-]*){0,6})\s*$")
        .expect("valid regex")
});

/// "The General Assembly," alone, or at the head of the preamble; whether it stands alone.
static LOGO_LETTERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}{2,6}\s+(The\s+\p{Lu}\p{Ll})").expect("valid regex"));

/// A short link line in sentence case ("Jump to page text"), then "The" and a capital
/// with no punctuation after it to the end. Group 1 the name.
static CHROME_BEFORE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){1,5}\s+(The\s+\p{Lu}[^,.;:]*)$").expect("valid regex")
});

fn formal_body(text: &str) -> Option<(String, bool)> {
    let text = HEADER_DATE.replace(text, "");
    // "AU The Peace and Security Council of ...": a logo's letters left before the name.
    let text = LOGO_LETTERS.replace(text.trim(), "$1");
    let text = text.trim();
    // "Jump to page text The Orchard Conference": a web page's link line joined to
    // the organ's name on the next line (neither ends a sentence); the name alone is read.
    let text = CHROME_BEFORE_BODY
        .captures(text)
        .and_then(|m| m.get(1))
        .map_or(text, |m| m.as_str());
    // "The Orchard Council meeting in its ninth session, in ..., to weigh ...;": an organ
    // named before a participle frame of its own meeting opens the preamble as "The
    // Orchard Council," would; the name is the words before the participle.
    if let Some(m) = MEETING_IN_ITS.captures(text) {
        let name = m[1].trim();
        let organ = name
            .split(" of ")
            .next()
            .and_then(|head| head.rsplit(' ').next())
            .is_some_and(|w| table::ORGAN_HEADS.contains(&fold(w).as_str()));
        let titled = name.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "the" | "for" | "on")
        });
        if organ && titled && triggers(name).is_empty() {
            return Some((strip_clauses(without_ordinal(&from_capitals(name))), false));
        }
    }
    let m = FORMAL_BODY.captures(text)?;
    let name = m[1].trim();
    let alone = text.len() == m[0].len();
    // "THE COUNCIL OF THE EUROPEAN UNION" alone on its line heads the text too.
    let heading = alone && !text.chars().any(char::is_lowercase);
    // "The Ministers of ..., meeting in Tashkent ...:" heads a declaration's paragraphs.
    // "The Security Council, Reaffirming its resolution ...": a preamble run on after the
    // name, on the same line.
    let titled = name.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "the" | "for" | "on")
    });
    let preamble_after = m[0].ends_with(',')
        && titled
        && triggers(&text[m[0].len()..])
            .first()
            .is_some_and(|t| t.kind == table::Kind::Preamble && t.start <= 2);
    // "The Governing Body:" alone on its line over its lettered decisions (a record of
    // decisions): the name and a colon, nothing else.
    // An organ's name ("Body", "Council", ...), not people ("The Leaders:" over a
    // communiqué's points names them only as its narrative did).
    // The head is the word before "of" ("Conference of the Parties").
    let organ = name
        .trim_end_matches(':')
        .split(" of ")
        .next()
        .and_then(|head| head.rsplit(' ').next())
        .is_some_and(|w| table::ORGAN_HEADS.contains(&fold(w).as_str()));
    let colon_alone =
        alone && m[0].ends_with(':') && titled && organ && !name[..name.len() - 1].contains(':');
    // "The Conference of the Parties" alone on its line, its comma lost (a web page's copy
    // of a decision): an organ's title-cased name with nothing after it still heads the
    // operative part.
    let comma_lost = alone && titled && organ && !m[0].ends_with(':');
    let opens = text.ends_with(',')
        || (text.ends_with(':') && m[0].ends_with(','))
        || preamble_after
        || colon_alone
        || comma_lost;
    if !triggers(name).is_empty() || name.contains(" held ") || !(opens || heading) {
        return None;
    }
    let name = from_capitals(name.trim_end_matches(':'));
    // The line with a colon heads the items under it, so it is no header line to skip.
    Some((
        strip_clauses(without_ordinal(without_session_of(&name))),
        alone && !colon_alone,
    ))
}

/// "At the invitation of X, the Summit was held" → "the Summit was held": the sentence after
/// a phrase that opens with a preposition, if the text has one.
fn after_lead_phrase(text: &str) -> Option<&str> {
    let first = text.split_whitespace().next()?;
    if !table::LEAD_PREPOSITIONS.contains(&first) {
        return None;
    }
    let at = text.find(", the ")?;
    Some(&text[at + 2..])
}

/// "The 49th session of the Council ... concluded": the Council adopted it.
fn narrative_body(re: &Regex, text: &str) -> Option<String> {
    let text = HEADER_DATE.replace(text, "");
    // "(ORCOM Secretariat, May 3, 2037) The Ninth Meeting of ... was held": a press
    // release's bracketed dateline before the opening sentence.
    let text = BRACKETED_DATELINE.replace(&text, "");
    let text = text.trim();
    let m = re.captures(text)?;
    // "Texts on the valley adopted by the Orchard Assembly": a passive's subject is what
    // was adopted; the body is its agent ("X, organized by Y, concluded" names X).
    let whole = m.get(0).expect("match");
    if whole.as_str().ends_with("adopted") && text[whole.end()..].trim_start().starts_with("by ") {
        return None;
    }
    // "Other texts adopted dealt with ...": a quantifier opens no body's name.
    let first = m[1].split_whitespace().next().map(fold).unwrap_or_default();
    if table::NOT_BODY_OPENERS.contains(&first.as_str()) {
        return None;
    }
    // "1. Welcomes the report of the meeting ... which was held ...": an operative
    // paragraph's verb opens no body's name.
    if triggers(&m[1]).first().is_some_and(|t| t.start == 0) {
        return None;
    }
    // "Holding the forum is among the outcomes of the summit held ...": a clause with
    // its own verb, not a name.
    let words: Vec<String> = m[1].split_whitespace().map(fold).collect();
    if first.ends_with("ing")
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "is" | "are" | "was" | "were" | "has" | "have"))
        // "The Assembly decided that <a named meeting> would be held in ...": a clause
        // run on into a that-clause's passive, its auxiliary no word of a name.
        || words.iter().any(|w| {
            matches!(
                w.as_str(),
                "be" | "been" | "would" | "will" | "shall" | "should" | "could" | "might"
            )
        })
    {
        return None;
    }
    // "Languages: six Other Formats The Orchard Assembly adopted ...": a page's furniture
    // run into the line that names the body ends at the body's own "The".
    let whole = m[1].trim();
    let whole = whole.rfind(" The ").map_or(whole, |at| &whole[at + 5..]);
    let name = without_document_of(whole.trim_end_matches([',', ';', ':']));
    let name = without_session_of(name);
    Some(strip_clauses(without_ordinal(name.trim())))
}

/// "The final communiqué of the 21st Orchard summit that concluded ...": the summit is the
/// body, not its communiqué, nor the relative word before the verb.
fn without_document_of(name: &str) -> &str {
    let Some(m) = DOCUMENT_OF.find(name) else {
        return name;
    };
    let rest = &name[m.end()..];
    rest.strip_suffix(" that")
        .or_else(|| rest.strip_suffix(" which"))
        .unwrap_or(rest)
}

static DOCUMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:the\s+)?(?:final\s+|joint\s+)?(?:communiqu[eé]|declaration|statement)\s+(?:issued\s+)?(?:of|by)\s+(?:the\s+)?")
        .expect("valid regex")
});

/// "The 49th session of the Council ... concluded": the Council adopted it. "The Second
/// Meeting of Experts" is itself the body: a named body follows "of the" or is an acronym.
fn without_session_of(name: &str) -> &str {
    let Some(m) = SESSION_OF.find(name) else {
        return name;
    };
    let rest = &name[m.end()..];
    let next = rest.split_whitespace().next().unwrap_or("");
    let acronym = next.len() >= 2 && next.chars().all(|c| c.is_ascii_uppercase());
    if fold(m.as_str()).trim_end().ends_with(" the") || acronym {
        rest
    } else {
        name
    }
}

/// "COUNCIL OF THE EUROPEAN UNION" → "Council of the European Union"; short words that
/// may be acronyms ("OIC") keep their capitals. Names in mixed case are kept as written.
fn from_capitals(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            if matches!(
                lower.as_str(),
                "of" | "the" | "and" | "for" | "on" | "in" | "to"
            ) {
                lower
            } else if w.chars().count() <= 3 {
                w.to_string()
            } else {
                let mut c = lower.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Ninth Ministerial Conference on ..." → "Ministerial Conference on ...".
fn without_ordinal(name: &str) -> &str {
    let Some(m) = LEADING_ORDINAL.find(name) else {
        return name;
    };
    if crate::words::ordinal(&fold(m.as_str().trim())).is_some() {
        &name[m.end()..]
    } else {
        name
    }
}

/// "Council of Foreign Ministers of the OIC, meeting at ..." → its name only.
fn strip_clauses(name: &str) -> String {
    let cut = table::BODY_NAME_ENDS
        .iter()
        .filter_map(|w| name.find(w))
        .min()
        .unwrap_or(name.len());
    name[..cut].trim().to_string()
}

/// The organisation whose name qualifies "Member States" and "General Secretariat"; not one
/// of the United Nations system, whose texts say "Member States" of a membership of all.
fn org(body: &str, lead: &str) -> Option<String> {
    named_org(body, lead).filter(|acr| !table::UN_SYSTEM_ORGS.contains(&acr.as_str()))
}

/// The organisation a text names only further on: in an "Adopted by the X of the African
/// Union at its ..." line at its end, else as the one whose member states it names ("among
/// OIC Member States").
fn later_org(paras: &[Para]) -> Option<String> {
    let known = |acr: &str| !table::UN_SYSTEM_ORGS.contains(&acr);
    let footer = paras.iter().rev().take(3).find_map(|p| {
        let name = fold(&ADOPTED_BY.captures(&p.text)?[1]);
        table::ORG_NAMES
            .iter()
            .find(|(org, acr)| name.contains(org) && known(acr))
            .map(|(_, acr)| acr.to_string())
    });
    footer.or_else(|| {
        paras.iter().find_map(|p| {
            ORG_MEMBER_STATES
                .captures_iter(&p.text)
                .map(|m| m[1].to_string())
                .find(|acr| known(acr) && table::ORG_NAMES.iter().any(|(_, a)| a == acr))
        })
    })
}

/// The organisation's acronym: named in the body, or spelled out with it in brackets.
fn named_org(body: &str, lead: &str) -> Option<String> {
    let folded = fold(body);
    if let Some((_, acr)) = table::BODY_ORGS
        .iter()
        .find(|(name, _)| folded.contains(name))
        .filter(|_| {
            !table::ORG_NAMES
                .iter()
                .any(|(name, _)| folded.contains(name))
        })
    {
        return Some(acr.to_string());
    }
    if let Some((_, acr)) = table::ORG_NAMES
        .iter()
        .find(|(name, _)| folded.contains(name))
    {
        return Some(acr.to_string());
    }
    // "Doc. Assembly/AU/13(XVI)", "Doc. EX.CL/845(XXV)": the organisation's own document
    // symbol over the text names it before a partner spelled out with its acronym ("the
    // Africa-European Union (EU) Summit").
    if AU_SYMBOL.is_match(lead) {
        return Some("AU".to_string());
    }
    if let Some(m) = ACRONYM.captures(body).or_else(|| ACRONYM.captures(lead)) {
        return Some(m[1].to_string());
    }
    // "OIC Standing Committee ...", "... Authority on Development (IGAD)".
    if let Some(acr) = body
        .split_whitespace()
        .map(|w| w.trim_matches(['(', ')']))
        .find(|w| w.len() >= 2 && w.len() <= 6 && w.chars().all(|c| c.is_ascii_uppercase()))
    {
        return Some(acr.to_string());
    }
    // "League of Arab States / Council of the League ...": a letterhead naming the
    // organisation above the text.
    let folded_lead = fold(lead);
    if let Some((_, acr)) = table::ORG_NAMES
        .iter()
        .find(|(name, _)| folded_lead.starts_with(name))
    {
        return Some(acr.to_string());
    }
    // "The OIC General Secretariat hosted ...": a known acronym in the opening sentence;
    // "Issued by the Council of the League of Arab States ...": a full name there, in the
    // phrase that says whose text it is (a venue, "at the headquarters of ...", is not).
    let opening = lead.split(". ").next().unwrap_or("");
    if let Some(acr) = opening
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| table::ORG_NAMES.iter().any(|(_, acr)| acr == w))
    {
        return Some(acr.to_string());
    }
    let folded = fold(opening);
    let issuer = folded
        .lines()
        .find_map(|line| line.find("by ").map(|at| line[at..].to_string()))?;
    table::ORG_NAMES
        .iter()
        .filter(|(_, acr)| !table::CONTEXT_ONLY_ORGS.contains(acr))
        .find(|(name, _)| issuer.contains(name))
        .map(|(_, acr)| acr.to_string())
}

/// The adoption day: "adopted on ...", else the day the session met, else a dated header,
/// else today (each guess marked).
fn adopted(paras: &[Para], lead: &str, today: Date) -> Guess<Date> {
    let whole: String = paras
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(d) = ADOPTED_ON
        .captures(&whole)
        .and_then(|m| first_day(m.get(1).or(m.get(2))?.as_str()))
    {
        return Guess::sure(d);
    }
    // "66th plenary meeting / 21 December 2036": a resolution's signature under its last
    // paragraph gives the day of the meeting that adopted it.
    if let Some(d) = PLENARY_SIGNATURE
        .captures(&whole)
        .and_then(|m| first_day(&m[1]))
    {
        return Guess::sure(d);
    }
    if let Some(d) = held_on(lead) {
        return Guess::unsure(d, "the day the session met, as the text gives it");
    }
    headline_date(paras).unwrap_or_else(|| Guess::unsure(today, NO_DATE))
}

/// The first "held ... on DATE" that is not about something else ("the latest of which
/// occurred on ...").
fn held_on(lead: &str) -> Option<Date> {
    HELD_ON.captures_iter(lead).find_map(|m| {
        let between = fold(&m[1]);
        let aside = [
            "which",
            "where",
            "occurred",
            "took place",
            "since",
            "following",
        ]
        .iter()
        .any(|w| between.contains(w));
        if aside { None } else { first_day(&m[2]) }
    })
}

/// A date at the head of the text, which dates the document rather than its adoption.
fn headline_date(paras: &[Para]) -> Option<Guess<Date>> {
    if let Some(m) = paras.first().and_then(|p| HEADER_DATE.captures(&p.text))
        && let Ok(d) = m[1].parse::<Date>()
    {
        return Some(Guess::unsure(
            d,
            "the date in the text's header; set the day it was adopted",
        ));
    }
    // A dateline opens the report, or stands under its headline ("Jeddah, 5 June 2036").
    if let Some(d) = paras
        .iter()
        .take(2)
        .find_map(|p| DATELINE.captures(&p.text).and_then(|m| first_day(&m[1])))
    {
        return Some(Guess::unsure(
            d,
            "the date the report was issued; set the day it was adopted",
        ));
    }
    // "European Council meeting (20 and 21 March 2036) – Conclusions": the meeting's days
    // in brackets in the headline.
    paras
        .first()
        .and_then(|p| BRACKET_DATE.captures(&p.text))
        .and_then(|m| first_day(&m[1]))
        .map(|d| {
            Guess::unsure(
                d,
                "the meeting's date in the headline; set the day it was adopted",
            )
        })
}

static BRACKET_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]{6,40}?\d{4})\)").expect("valid regex"));

/// The first full date at the start of `s` ("31 July 2023", "July 31, 2023").
fn first_day(s: &str) -> Option<Date> {
    let s = WEEKDAY.replace(s, "");
    // "16-17 March 2024", "18 and 19 October 2023": the last day.
    let s = RANGE_START.replace(&s, "");
    match deadline::parse(&format!("by {s}"), None).found {
        Some(crate::due::Found::On(Fuzzy::Day(d))) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn formal_header() {
        let text = "Resolution No. 7/51-POL on the protection of holy sites\n\nThe Council of Foreign Ministers of the Organisation of Islamic Cooperation, meeting at its fifty-first session in Istanbul on 14 March 2025,\n\nRecalling its earlier resolutions,\n\n1. Requests the Secretary-General to report.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(
            m.title.value,
            "Resolution No. 7/51-POL on the protection of holy sites"
        );
        assert_eq!(
            m.body.value,
            "Council of Foreign Ministers of the Organisation of Islamic Cooperation"
        );
        assert_eq!(m.org.as_deref(), Some("OIC"));
        assert_eq!(m.session.as_deref(), Some("fifty-first session"));
        assert_eq!(m.symbol.as_deref(), Some("Resolution No. 7/51-POL"));
        assert_eq!(m.adopted.value, day("2025-03-14"));
        assert!(m.adopted.check.is_some());
    }

    #[test]
    fn a_headline_is_a_title_and_the_body_loses_its_ordinal() {
        let text = "General Assembly Adopts Resolution on Road Safety, Calls for Halving Deaths\n\nThe General Assembly today adopted a resolution.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.header, [1]);
        assert_eq!(m.body.value, "General Assembly");
        let text = "The Ninth Ministerial Conference on Women concluded its work in Cairo.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Ministerial Conference on Women");
    }

    #[test]
    fn adopted_by_names_the_body_and_a_known_body_its_organisation() {
        let text = "COMMUNIQUÉ ON SOMALIA\n\nAdopted by the Peace and Security Council of the African Union at its 1260th meeting held on 30 January 2025,\n\n1. Council requests the Commission to act;";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(
            m.body.value,
            "Peace and Security Council of the African Union"
        );
        assert_eq!(m.org.as_deref(), Some("AU"));
        let text = "The Fifteenth Session of the Islamic Summit Conference was held in Banjul on 4-5 May 2024.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Islamic Summit Conference");
        let text = "FINAL COMMUNIQUE\n\n(1) At the invitation of the President of The Gambia, the Fifteenth Session of the Islamic Summit Conference was held in Banjul.\n\n(2) The Conference urged States to act.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Islamic Summit Conference");
        assert_eq!(m.org.as_deref(), Some("OIC"));
    }

    #[test]
    fn an_acronym_in_brackets_after_the_body() {
        let text = "The Assembly of Heads of State and Government of the Intergovernmental Authority on Development (IGAD) held its 42nd Extraordinary Session in Entebbe on 18 January 2024.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.org.as_deref(), Some("IGAD"));
    }

    #[test]
    fn an_organisation_named_in_the_opening() {
        let text = "Bahrain Declaration\n\nIssued by the Council of the League of Arab States at the Summit Level, Manama, 16 May 2024\n\nWe, the leaders of the Arab States, meeting in Manama,\n\nWe instruct the General Secretariat to act.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.org.as_deref(), Some("LAS"));
        let text = "United Nations\nGeneral Assembly\n\nThe General Assembly,\n\n1. Urges Member States to act;";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.org, None);
        let text = "Cairo - The Arab ministers met at the headquarters of the League of Arab States.\n\nThey urged member states to act.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.org, None);
    }

    #[test]
    fn a_united_nations_agency_qualifies_no_member_states() {
        let text = "Paris, 17 April 2025 — The Executive Board of UNESCO concluded its 221st session.\n\nThe Board requested Member States to report.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Executive Board of UNESCO");
        assert_eq!(m.org, None);
    }

    #[test]
    fn a_communique_numbered_throughout_names_its_body_in_its_first_paragraph() {
        let text = "FINAL COMMUNIQUE\n\nI. INTRODUCTION\n\n1. The Sixty-sixth Ordinary Session of the Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS) was held in Abuja on 15 December 2024.\n\n2. The Authority urges Member States to act.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(
            m.body.value,
            "Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS)"
        );
        assert_eq!(m.org.as_deref(), Some("ECOWAS"));
    }

    #[test]
    fn an_organisation_named_further_on() {
        let text = "DECISION ON MIGRATION\n\nThe Executive Council,\n\n1. URGES Member States to act;\n\nAdopted by the Executive Council of the African Union at its Forty-sixth Ordinary Session, 10-11 July 2025";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.org.as_deref(), Some("AU"));
        let text = "REPORT\n\n1. The Expert Group Meeting was convened in Ankara.\n\n2. Participants discussed standards among OIC Member States.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.org.as_deref(), Some("OIC"));
    }

    #[test]
    fn a_body_line_may_end_in_a_colon() {
        let text = "JOINT STATEMENT\n\nThe Ministers of Agriculture of the OIC Member States, meeting in Tashkent:\n\n1. Call upon States to act;";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(
            m.body.value,
            "Ministers of Agriculture of the OIC Member States"
        );
    }

    #[test]
    fn a_we_body_may_list_its_members() {
        let text = "DECLARATION\n\nWe, the Kings, Heads of State and Government of the Member States of the Organisation of Islamic Cooperation, gathered in Banjul,\n\n1. Call upon all Member States to act;";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(
            m.body.value,
            "Kings, Heads of State and Government of the Member States of the Organisation of Islamic Cooperation"
        );
        assert_eq!(m.org.as_deref(), Some("OIC"));
    }

    #[test]
    fn a_line_before_a_dateline_is_a_headline() {
        let text =
            "Council calls for urgent action on Gaza\n\nCairo, 2 March 2025 - The Council met.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.header, [1]);
    }

    #[test]
    fn a_letterhead_names_the_organisation() {
        let text = "League of Arab States\nCouncil of the League at the Ministerial Level\nCairo, 5 March 2025\n\nThe Council of the League at the Ministerial Level,\n\n1. Requests the General Secretariat to report.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.org.as_deref(), Some("LAS"));
    }

    #[test]
    fn the_body_alone_on_its_line_wins() {
        let text = "COMMUNIQUÉ\n\nThe Peace and Security Council of the African Union (AU), at its 1215th meeting held on 30 May 2024, on Chad,\n\nThe Peace and Security Council,\n\n1. Decides to act.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Peace and Security Council");
    }

    #[test]
    fn a_body_that_lists_its_members() {
        let text = "The Heads of State of the Republic of Azerbaijan, the Republic of Türkiye and the Islamic Republic of Pakistan met in Islamabad on 11 March 2025.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(
            m.body.value,
            "Heads of State of the Republic of Azerbaijan, the Republic of Türkiye and the Islamic Republic of Pakistan"
        );
    }

    #[test]
    fn a_formal_body_named_by_its_session() {
        let text = "The Fifteenth Session of the Islamic Summit Conference, held in Banjul on 4-5 May 2024,\n\n1. Decides to meet again.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Islamic Summit Conference");
    }

    #[test]
    fn a_body_named_without_an_article() {
        let text = "Ministers responsible for small states met in London on 9 October 2024.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Ministers responsible for small states");
    }

    #[test]
    fn a_body_heading_in_capitals() {
        let text = "Council conclusions on water\n\nBrussels, 10 March 2025\n\nTHE COUNCIL OF THE EUROPEAN UNION\n\n1. INVITES the Commission to act.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Council of the European Union");
        assert_eq!(m.org.as_deref(), Some("EU"));
    }

    #[test]
    fn a_meeting_of_experts_is_the_body() {
        let text = "The Second Meeting of Experts on Combating Islamophobia was held in Istanbul on 11 February 2025.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Meeting of Experts on Combating Islamophobia");
        let text =
            "The 14th meeting of the Steering Committee on Health was held on 20 March 2025.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Steering Committee on Health");
    }

    #[test]
    fn a_body_name_ends_before_its_level() {
        let text = "The Council of the League of Arab States at the Summit level held its thirty-third ordinary session in Manama on 16 May 2024.\n\nThe Summit decided to meet again.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(m.body.value, "Council of the League of Arab States");
        assert_eq!(m.org.as_deref(), Some("LAS"));
    }

    #[test]
    fn narrative_header() {
        let text = " date 2023-08-01 The Council of Foreign Ministers of the Organization of Islamic Cooperation (OIC) held a virtual extraordinary session to address attacks.\n\nThe Council requested the General Secretariat to report.";
        let m = read(&paragraphs(text), None, day("2026-01-01"));
        assert_eq!(
            m.body.value,
            "Council of Foreign Ministers of the Organization of Islamic Cooperation (OIC)"
        );
        assert_eq!(m.org.as_deref(), Some("OIC"));
        assert_eq!(m.session.as_deref(), Some("virtual extraordinary session"));
        assert_eq!(m.adopted.value, day("2023-08-01"));
        assert!(m.title.check.is_some());
    }

    #[test]
    fn the_flag_wins_and_adopted_on_is_sure() {
        let p = paragraphs("The Assembly,\n\nThe resolution was adopted on 5 May 2024.");
        assert_eq!(
            read(&p, None, day("2026-01-01")).adopted,
            Guess::sure(day("2024-05-05"))
        );
        assert_eq!(
            read(&p, Some(day("2024-05-06")), day("2026-01-01")).adopted,
            Guess::sure(day("2024-05-06"))
        );
        let none = paragraphs("Requests the Secretary-General to act.");
        assert_eq!(
            read(&none, None, day("2026-01-01")).adopted.value,
            day("2026-01-01")
        );
    }
}
