//! Post-passes over the drafted mandates: drop those that restate another (a heading, a
//! lede, a title-case headline that repeats the paragraph under it).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::due::{Anchor, Due};
use crate::model::{DraftMandate, Lang};
use crate::segment::Para;
use crate::table;
use crate::words::{any_of, fold};
use crate::{ar, fr};

/// Drops the mandates a text restates: an Arabic text's repeated decisions, an unnumbered
/// French text's headlines.
pub(crate) fn drop_restated(
    mandates: &mut Vec<DraftMandate>,
    paras: &[Para],
    lang: Lang,
    numbered: bool,
) {
    if lang == Lang::Ar {
        ar::drop_restated_decisions(mandates, numbered);
        ar::fuller_committee_names(mandates);
        let lines: Vec<String> = paras.iter().take(3).map(|p| p.text.clone()).collect();
        ar::lede_body_names(mandates, &lines);
    }
    if lang == Lang::En && !numbered {
        drop_title_case_headlines(mandates, paras);
        drop_parts_of_a_summed_decision(mandates);
    }
    if lang == Lang::En {
        drop_reported_statement_lede(mandates);
    }
    if lang == Lang::Fr && numbered {
        drop_summary_of_numbered(mandates);
    }
    if lang == Lang::Fr && !numbered {
        // The lede, the first paragraph, restates as a headline does; under a headline
        // whose every longer word it gives ("L'Union suspend le Mali" over "L'Union a
        // suspendu mercredi le Mali ..."), the paragraph after it is the lede.
        // A last paragraph the excerpt cut mid-sentence is no headline.
        let last = paras.len().saturating_sub(1);
        // "Politique" over the headline: a rubric, one word on its line, is the page's
        // section, not its headline; the headline and the lede come after it. A headline
        // may close on a colon ("X suspend Y de toutes ses activités :"), the article
        // following it.
        let rubric = usize::from(paras.len() > 2 && fr::rubric(&paras[0].text));
        let headline_at = |p: &Para| fr::headline(&p.text) || fr::headline_with_colon(&p.text);
        let under_headline = match &paras[rubric..] {
            [first, second, ..] if headline_at(first) => {
                let lede = fold(&second.text);
                let words: Vec<String> = first
                    .text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 4)
                    .map(fold)
                    .collect();
                // "suspend" over "la suspension de": a verb's stem (its last letter off, a
                // longer word) is given by the noun of its act.
                let given = |w: &String| {
                    let n = w.chars().count();
                    let stem: String = w.chars().take(n.saturating_sub(1)).collect();
                    lede.contains(w.as_str()) || (n >= 6 && lede.contains(stem.as_str()))
                };
                words.len() >= 2 && words.iter().all(given)
            }
            _ => false,
        };
        let title =
            |k: usize, p: &Para| fr::headline(&p.text) && !(k == last && fr::cut_at_foot(&p.text));
        let headlines: HashSet<u32> = paras
            .iter()
            .enumerate()
            .filter(|&(k, p)| k <= rubric || (k == rubric + 1 && under_headline) || title(k, p))
            .map(|(_, p)| p)
            .filter_map(|p| u32::try_from(p.ordinal).ok())
            .collect();
        let titles: HashSet<u32> = paras
            .iter()
            .enumerate()
            .filter(|&(k, p)| title(k, p))
            .filter_map(|(_, p)| u32::try_from(p.ordinal).ok())
            .collect();
        fr::drop_restated_headlines(mandates, &headlines, &titles);
    }
}

/// "Ministers have issued a joint statement on X, calling for restraint and dialogue" over
/// the statement itself ("1. ... We call on all parties to exercise maximum restraint and to
/// pursue dialogues ..."): a news lede reporting the call of the statement it then quotes,
/// half its longer words and two at least in a later request's sentence, is that request's
/// lede, whoever it names (a lede names nobody where the statement does).
fn drop_reported_statement_lede(mandates: &mut Vec<DraftMandate>) {
    let at = |m: &DraftMandate| m.paragraph.unwrap_or(0);
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            let Some(call) = REPORTED_CALL.find(&m.text) else {
                return false;
            };
            let own = long_words(&m.text[call.end()..], 6);
            own.len() >= 2
                && mandates.iter().any(|o| {
                    let later = fold(&o.text);
                    let shared = own.iter().filter(|w| later.contains(w.as_str())).count();
                    at(o) > at(m) && shared >= 2 && shared * 2 >= own.len()
                })
        })
        .collect();
    drop_flagged(mandates, &restated);
}

/// "The Commission decided to set up several posts. It decided to set up a post for X
/// ... Moreover, it decided to create a post for Y": a round-up's lead that sums up the
/// acts of its kind ("several <posts>", "three <posts>"), then, in the same paragraph, each
/// of them set out one by one ("a <post>"), by the same body: the lead is the decision, the
/// acts after it restate its parts. An act of another actor between them ("decided to
/// request X to appoint Y") is a request of its own and stays.
fn drop_parts_of_a_summed_decision(mandates: &mut Vec<DraftMandate>) {
    let names = |m: &DraftMandate| m.actors.iter().map(|a| fold(&a.name)).collect::<Vec<_>>();
    let parts: Vec<bool> = mandates
        .iter()
        .enumerate()
        .map(|(k, m)| {
            SETS_UP_ONE.is_match(&m.text)
                && mandates[..k].iter().any(|lead| {
                    lead.paragraph == m.paragraph
                        && SETS_UP_SEVERAL.is_match(&lead.text)
                        && same_names(&names(lead), &names(m))
                })
        })
        .collect();
    drop_flagged(mandates, &parts);
}

/// "decided to establish several thematic mandates", "decided to create three posts": a
/// decision summing up acts of one kind by their number.
static SETS_UP_SEVERAL: LazyLock<Regex> = LazyLock::new(|| {
    let many: Vec<&str> = table::NUMBER_WORDS
        .iter()
        .filter(|(_, n)| *n > 1)
        .map(|(w, _)| *w)
        .collect();
    let many = any_of(&many);
    Regex::new(&format!(
        r"(?i)\bdecided\s+to\s+(?:establish|create|set\s+up)\s+(?:several|a\s+number\s+of|{many}|\d+)\s"
    ))
    .expect("valid regex")
});

/// "decided to establish a post for X", "decided to create a mandate for Y": one act of
/// that kind.
static SETS_UP_ONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdecided\s+to\s+(?:establish|create|set\s+up)\s+(?:a|an)\s")
        .expect("valid regex")
});

/// "have issued a joint statement on X, calling for": a report of a
/// statement (communiqué, declaration) issued, its call in a participle after a comma.
static REPORTED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:issued|released|adopted)\s+(?:a|an|the|their|its)\s+(?:\w+\s+){0,2}(?:statement|communiqu[eé]|declaration)\b[^.;]{0,150}?,\s*calling\s+(?:for|on|upon)\b")
        .expect("valid regex")
});

/// "Members Call on Growers to Keep Pledge on Seeds", "COUNCIL CALLS FOR
/// CESSATION OF HOSTILITIES": a press page's headline, set in capitals or title case, that
/// the paragraphs after it state as requests; its own reading is dropped when a later
/// paragraph asks anything.
fn drop_title_case_headlines(mandates: &mut Vec<DraftMandate>, paras: &[Para]) {
    let headlines: HashSet<u32> = paras
        .iter()
        .filter(|p| title_case_line(&p.text))
        .filter_map(|p| u32::try_from(p.ordinal).ok())
        .collect();
    let last = mandates.iter().filter_map(|m| m.paragraph).max();
    mandates.retain(|m| {
        !m.paragraph
            .is_some_and(|p| headlines.contains(&p) && last.is_some_and(|l| l > p))
    });
    drop_short_headlines(mandates, paras);
    drop_restated_lede(mandates, paras);
    drop_lede_split_over_quotes(mandates, paras);
}

/// "The Union has called on X to hand over power within 15 days." over "The Council
/// “demands that X step aside and hand over power ... within 15 days.”": a news page's
/// first paragraph whose request a later paragraph makes of the same actors, in most of its
/// words, is that paragraph's lede.
/// A headline in title case over the page ("Extraordinary Summit of Orchard Leaders in
/// Eastport", no stop) is no lede: the paragraph after it is.
fn drop_restated_lede(mandates: &mut Vec<DraftMandate>, paras: &[Para]) {
    let mut filled = paras.iter().filter(|p| !p.text.trim().is_empty());
    let first = filled.next();
    // "By <a name>": a byline over the lede, no lede itself.
    let lede = match first {
        Some(p) if title_case_line(&p.text) || byline(&p.text) => filled.next(),
        other => other,
    };
    let Some(head) = lede.and_then(|p| u32::try_from(p.ordinal).ok()) else {
        return;
    };
    let text_of = |p: u32| para_at(paras, p).map(|q| fold(&q.text));
    let names = |m: &DraftMandate| m.actors.iter().map(|a| fold(&a.name)).collect::<Vec<_>>();
    // "Immediately suspend Sudan ..." and "Suspend the participation of Sudan ...": the
    // action's verb, past an adverb.
    // "\"meet within ..." and "Meet within ...": the word without its quotation marks.
    let verb = |m: &DraftMandate| {
        m.summary
            .split_whitespace()
            .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .find(|w| !w.is_empty() && !w.ends_with("ly"))
            .unwrap_or_default()
    };
    let later_heads: Vec<String> = mandates
        .iter()
        .filter(|o| o.paragraph.is_some_and(|p| p > head))
        .flat_map(|o| head_nouns(&names(o)))
        .collect();
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            let own = long_words(m.summary.trim_end_matches('…'), 4);
            m.paragraph == Some(head)
                && own.len() >= 4
                && mandates.iter().any(|o| {
                    let Some(later) = o.paragraph.filter(|p| *p > head).and_then(text_of) else {
                        return false;
                    };
                    let shared = own.iter().filter(|w| later.contains(w.as_str())).count();
                    // The same verb and one more word ("suspend ... Sudan"): "Uphold the
                    // suspension of A" is not restated by "Uphold the sanctions on B".
                    let theirs = fold(&o.summary);
                    let both = own.iter().filter(|w| theirs.contains(w.as_str())).count();
                    let same_verb = verb(o) == verb(m) && both >= 2;
                    // "has called for the army to transfer power ... in two weeks" over "the
                    // council has called for transfer of power ... in two weeks": a later
                    // call naming nobody restates the lede that names its addressee.
                    // Not over a lede that tells the body's own act ("leaders have
                    // authorized the deployment of X"): a call is no restatement of it.
                    let own_act = m
                        .actors
                        .iter()
                        .any(|a| a.check.as_deref() == Some(crate::builder::BODY_ACTS_CHECK));
                    let unnamed = names(o) == ["all states"] && !own_act;
                    // "urged the rival growers in X to \"share seed within ten days\"" over
                    // "has \"called upon the growers to share seed within ten days\"": the
                    // same actors by their head noun, the later paragraph quoting the call.
                    let quoted = para_at(paras, o.paragraph.unwrap_or(0))
                        .is_some_and(|q| q.text.contains(['“', '"']));
                    let same_heads = head_nouns(&names(o)) == head_nouns(&names(m));
                    // "to issue a \"binding\" resolution for halting X" over the quoted "to take
                    // a binding resolution to stop X": a third of its longer words, three at
                    // least, in the quoting paragraph of the same actors.
                    let quoted_gist = quoted && shared >= 3 && shared * 3 >= own.len();
                    // "gave the junta a 15-day ultimatum to hand over power" over "demanded
                    // that the military council “hand over power” within 15 days": a lede's
                    // request due the same span after the adoption as a later one, in most
                    // of its words, restates it under another name for the addressee.
                    let same_span = m.due.as_ref().is_some_and(
                        |d| matches!(d, Due::At { anchor: Anchor::Adoption, days } if *days > 0),
                    ) && m.due == o.due;
                    ((same_names(&names(o), &names(m)) || unnamed || same_span)
                        && (shared * 10 >= own.len() * 7 || same_verb))
                        || (same_heads && quoted && (same_verb || quoted_gist))
                        || (same_verb && !own_act && heads_asked_below(m, &later_heads))
                })
        })
        .collect();
    drop_flagged(mandates, &restated);
}

/// "called upon the parties in X to hold talks within N weeks and to commit to Y" over
/// "called on the parties “to a meeting within N weeks,”" and "urged the parties “to
/// commit to Y ...”": a news
/// page's first paragraph whose request two or more later quoting paragraphs make of the same
/// actors (by their head noun) between them, each in two of its longer words at least and
/// all of them in six of ten, is their lede.
fn drop_lede_split_over_quotes(mandates: &mut Vec<DraftMandate>, paras: &[Para]) {
    let Some(head) = paras
        .iter()
        .find(|p| !p.text.trim().is_empty())
        .and_then(|p| u32::try_from(p.ordinal).ok())
    else {
        return;
    };
    let quoting = |p: u32| {
        para_at(paras, p)
            .filter(|q| q.text.contains(['“', '"']))
            .map(|q| fold(&q.text))
    };
    // "conflicting parties in Eastland" → "parties".
    let heads = |m: &DraftMandate| -> Vec<String> {
        m.actors
            .iter()
            .map(|a| {
                let name = fold(&a.name);
                let name = name.split(" in ").next().unwrap_or_default().to_string();
                name.rsplit(' ').next().unwrap_or_default().to_string()
            })
            .collect()
    };
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            let own = long_words(m.summary.trim_end_matches('…'), 4);
            if m.paragraph != Some(head) || own.len() < 4 {
                return false;
            }
            let mut later: Vec<u32> = mandates
                .iter()
                .filter(|o| heads(o) == heads(m))
                .filter_map(|o| o.paragraph.filter(|p| *p > head))
                .collect();
            later.sort_unstable();
            later.dedup();
            let texts: Vec<String> = later.into_iter().filter_map(quoting).collect();
            let gives = |t: &String| own.iter().filter(|w| t.contains(w.as_str())).count();
            let shared = own
                .iter()
                .filter(|w| texts.iter().any(|t| t.contains(w.as_str())))
                .count();
            texts.len() >= 2 && texts.iter().all(|t| gives(t) >= 2) && shared * 10 >= own.len() * 6
        })
        .collect();
    drop_flagged(mandates, &restated);
}

/// "has called on the warring parties to desist from X" over "The official urged the
/// government and the rebels to desist from Y" and "further called on the other warring
/// parties to cease Z": a lede's call whose verb a later request gives, while every actor of
/// the lede is asked, by its head noun, in some later request, sums up the calls below.
/// `later` holds the head nouns of the actors of the requests after the lede.
fn heads_asked_below(m: &DraftMandate, later: &[String]) -> bool {
    let own = head_nouns(&m.actors.iter().map(|a| fold(&a.name)).collect::<Vec<_>>());
    !own.is_empty() && own.iter().all(|h| h != "states" && later.contains(h))
}

/// "rival parties in X" → "parties": each name's head noun, before its place.
fn head_nouns(names: &[String]) -> Vec<String> {
    names
        .iter()
        .map(|n| {
            let n = n.split(" in ").next().unwrap_or_default();
            n.rsplit(' ').next().unwrap_or_default().to_string()
        })
        .collect()
}

/// "By Jane Roe": a page's byline, a paragraph of its own over the lede.
fn byline(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("By ")
        && !t.ends_with(['.', ',', ';', ':'])
        && (2..=5).contains(&t.split_whitespace().count())
}

/// A text's words of `min` letters or more, folded: what two statements of one request
/// share.
fn long_words(t: &str, min: usize) -> Vec<String> {
    t.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= min)
        .map(fold)
        .collect()
}

/// Drops the mandates flagged (one flag per mandate, in order).
fn drop_flagged(mandates: &mut Vec<DraftMandate>, flags: &[bool]) {
    let mut flag = flags.iter();
    mandates.retain(|_| !flag.next().copied().unwrap_or(false));
}

/// The paragraph at place `p`.
fn para_at(paras: &[Para], p: u32) -> Option<&Para> {
    paras
        .iter()
        .find(|q| u32::try_from(q.ordinal).ok() == Some(p))
}

/// "All parties involved in Myanmar" and "All parties involved": the same actors, one name
/// the other with its place or qualifier added after it (word for word).
fn same_names(a: &[String], b: &[String]) -> bool {
    let extends = |x: &str, y: &str| x == y || x.starts_with(&format!("{y} "));
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| extends(x, y) || extends(y, x))
}

/// "UN asks Syria to withdraw troops" over "The Council on Tuesday urged Syria to withdraw
/// ...": a page's first short line with no closing stop whose request a later paragraph
/// makes of the same actors is the headline of that paragraph.
fn drop_short_headlines(mandates: &mut Vec<DraftMandate>, paras: &[Para]) {
    let Some(first) = paras.iter().find(|p| !p.text.trim().is_empty()) else {
        return;
    };
    // "Leaders call for X" / "Daily News, Sunday 3 May 2015": a date line under the
    // headline, in its block, is no part of it.
    let t = headline_over_date_line(first.text.trim());
    let short = !t.contains('\n')
        && t.split_whitespace().count() <= 12
        && !t.ends_with(['.', ';', ':', '"', '”']);
    let Some(head) = u32::try_from(first.ordinal).ok().filter(|_| short) else {
        return;
    };
    let names = |m: &DraftMandate| m.actors.iter().map(|a| fold(&a.name)).collect::<Vec<_>>();
    // "OIC summit rejects extremism" / "* Calls for dialogue ... * Leaders united ...": the
    // headline's starred standfirst sums up the report; its items restate, whoever they name.
    let standfirst = |m: &DraftMandate| {
        let own = fold(m.text.trim());
        first.subs.iter().any(|s| {
            let item = fold(s.text.trim());
            !item.is_empty() && (own.contains(item.as_str()) || item.contains(own.as_str()))
        })
    };
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            m.paragraph == Some(head)
                && mandates.iter().any(|o| {
                    o.paragraph.is_some_and(|p| p > head) && (names(o) == names(m) || standfirst(m))
                })
        })
        .collect();
    drop_flagged(mandates, &restated);
}

/// A headline block without the date line a page sets under it (its lines joined):
/// "Leaders call for X Daily News, , Sunday 3 May 2015" → "Leaders call for X". The source's
/// capitalised name and a weekday may stand before the date.
fn headline_over_date_line(block: &str) -> &str {
    match DATE_LINE.find(block) {
        Some(m) if m.start() > 0 => block[..m.start()].trim_end(),
        _ => block,
    }
}

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\s+\p{Lu}[\p{L}.]*[\s,]*){0,4}\s*\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+(?:19|20)\d\d\s*$",
    )
    .expect("valid regex")
});

/// A short block (three lines at most) with no closing stop whose longer words (four
/// letters or more) open with a capital, four of five of them and at least four.
fn title_case_line(text: &str) -> bool {
    let t = text.trim();
    let short = t.lines().count() <= 3 && t.split_whitespace().count() <= 40;
    if t.is_empty() || !short || t.ends_with(['.', ';', ':', '"', '”']) {
        return false;
    }
    let long: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    // "from", "with", "into": a title's short prepositions stay in lower case.
    let capital = long
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    capital >= 4 && capital * 5 >= long.len() * 4
}

/// A press release's summary over the text it gives ("le Conseil a décidé également
/// d'examiner X ..." above "2. Décide également d'examiner X ..."): an unnumbered request
/// that a numbered paragraph makes of the same actors, in the same first words of its
/// act, is the summary's retelling of that paragraph, not one more request.
fn drop_summary_of_numbered(mandates: &mut Vec<DraftMandate>) {
    const SAME_WORDS: usize = 6;
    let key = |m: &DraftMandate| -> (Vec<String>, Vec<String>) {
        let mut actors: Vec<String> = m.actors.iter().map(|a| fold(&a.name)).collect();
        actors.sort();
        let words = fold(&m.summary)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(SAME_WORDS)
            .map(str::to_string)
            .collect();
        (actors, words)
    };
    let numbered: Vec<_> = mandates
        .iter()
        .filter(|m| m.paragraph.is_some())
        .map(key)
        .collect();
    let flags: Vec<bool> = mandates
        .iter()
        .map(|m| {
            if m.paragraph.is_some() {
                return false;
            }
            let own = key(m);
            own.1.len() == SAME_WORDS && numbered.contains(&own)
        })
        .collect();
    drop_flagged(mandates, &flags);
}
