//! French texts: which language a text is in, and the French forms of the requests, the
//! actors and the deadlines the English rules read. The words are in `table.rs`.

use std::collections::HashSet;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::due::Fuzzy;
use super::segment::Para;
use super::table::{self, Kind, SpanUnit};
use crate::due::{Found, span_days};
use crate::words::any_of;
use crate::words::fold;

/// Whether the text is French: more French function words than English ones.
pub fn is_french(text: &str) -> bool {
    let (mut fr, mut en) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()).take(3000) {
        let w = w.to_lowercase();
        fr += usize::from(table::FR_MARKERS.contains(&w.as_str()));
        en += usize::from(table::EN_MARKERS.contains(&w.as_str()));
    }
    fr >= 3 && fr > en * 2
}

/// "L'Assemblée générale," / "Le Conseil de sécurité," alone on its line: the body.
/// "Le conseil des Communautés européennes," in lower case is one too.
static BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:L['’]|Le\s+|La\s+|Les\s+)((?:\p{Lu}|conseil\s|conférence\s|comité\s|assemblée\s|commission\s)[^,;:.]{2,80}),$").expect("valid regex")
});

/// "Le Conseil d'administration a décidé:", "Le Conseil d'administration:": a chapeau over
/// lettered items names the body as "Le Conseil," does.
/// "Le Conseil d'administration, sur recommandation de son bureau:", "Notant ..., le Conseil
/// d'administration:": a chapeau that names a body by its head noun before or after a
/// long aside, and ends in a colon, names it too.
static ASIDE_CHAPEAU_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"((?:Conseil|Comité|Conférence|Assemblée|Commission)\b[^,;:.]{0,80}?)";
    Regex::new(&format!(
        r"^(?:(?:L['’]|Le\s+|La\s+){name}\s*,[^:;]{{1,200}}|[^:;]{{10,}},\s+(?:l['’]|le\s+|la\s+){name})\s*:$"
    ))
    .expect("valid regex")
});

static CHAPEAU_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:L['’]|Le\s+|La\s+|Les\s+)((?:\p{Lu}|conseil\s|conférence\s|comité\s|assemblée\s|commission\s)[^,;:.]{2,80}?)(?:\s+(?:a|ont)\s+décidé|\s+décide|\s+(?:est|sont)\s+convenu(?:e|s|es)?)?\s*:$").expect("valid regex")
});

pub fn body(lines: impl Iterator<Item = String>) -> Option<String> {
    let lines: Vec<String> = lines.take(60).collect();
    // "Nous, chefs d'État et de gouvernement ..., réunis à ...": a declaration's "we",
    // named and gathered, wins over a title's word ("Déclaration du Sommet"), as "We, the
    // ..." does in English ("Nous, chefs d'État, nous sommes réunis" leaves the title's).
    static NOUS: LazyLock<Regex> = LazyLock::new(|| {
        // "- Nous, Comité X (CX), ayant tenu notre réunion ...": a dashed line, the same.
        Regex::new(r"(?i)^\s*(?:[-–•]\s*)?Nous\s*,\s*(?:les\s+)?([^,\n]{3,200}?)\s*,\s*(?:(?:réuni|rassemblé|assemblé)e?s?|ayant\s+tenu)\b").expect("valid regex")
    });
    if let Some(m) = lines.iter().take(8).find_map(|l| NOUS.captures(l)) {
        return Some(m[1].trim().to_string());
    }
    let alone = lines
        .iter()
        .find_map(|l| {
            let l = l.trim();
            BODY.captures(l)
                .or_else(|| CHAPEAU_BODY.captures(l))
                .map(|m| capitalised(m[1].trim()))
        })
        .or_else(|| lines.iter().find_map(|l| aside_chapeau_body(l.trim())));
    let named = held_its_session(&lines).or_else(|| named_body(&lines[..lines.len().min(5)]));
    match (alone, named) {
        // "Le Conseil," under a first line that names it in full.
        (Some(short), Some(full)) if fold(&full).starts_with(&fold(&short)) => Some(full),
        (alone, named) => alone.or(named).or_else(|| titled_authors(&lines)),
    }
}

/// The body a chapeau names around a long aside (`ASIDE_CHAPEAU_BODY`), unless the name or
/// the aside after it goes on with a verb: "..., le Conseil des ministres a pris les décisions
/// suivantes :", "la Commission X décide de :", "Le Conseil X, en sa 9e réunion, a adopté la
/// décision qui suit :" are sentences, not a body over its items.
fn aside_chapeau_body(line: &str) -> Option<String> {
    let m = ASIDE_CHAPEAU_BODY.captures(line)?;
    let name = m.get(1).or_else(|| m.get(2))?;
    let after = &line[name.end()..];
    let verb = |text: &str| {
        text.split_whitespace()
            .any(|w| ["a", "ont", "est", "sont", "avait", "décide", "décident"].contains(&w))
    };
    let aside_verb = m.get(1).is_some() && verb(after);
    (!verb(name.as_str()) && !aside_verb).then(|| capitalised(name.as_str().trim()))
}

/// "Le Conseil de l'Union X a tenu sa 166ème session ...", as a meeting's summary opens: the
/// organ that met is the body, before the organisation a letterhead names.
fn held_its_session(lines: &[String]) -> Option<String> {
    static HELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Le|La|L['’])\s*((?:Conseil|Comité|Bureau|Commission|Conférence|Assemblée)\b[^,.;:]{0,80}?)\s+a\s+tenu\s+sa\s+\S+\s+(?:session|réunion)\b")
            .expect("valid regex")
    });
    // "LA COMMISSION X TERMINE LES TRAVAUX DE SA SESSION DE 2004", "La Commission X a clos,
    // ce matin, les travaux de sa soixantième session": the organ that closes its session.
    static CLOSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:le|la|l['’])\s*((?:conseil|comité|bureau|commission|conférence|assemblée)\b[^,.;:]{0,80}?)\s+(?:termine|clôt|conclut|achève|a\s+(?:terminé|clos|conclu|achevé))(?:\s*,[^,.;:]{1,60},)?\s+(?:les\s+travaux\s+de\s+)?sa\s+(?:\S+\s+)?session\b")
            .expect("valid regex")
    });
    let closed = |l: &str| {
        let t = l.trim();
        let lower = t.to_lowercase();
        let name = CLOSED.captures(&lower)?.get(1)?;
        let capitals = t.chars().filter(|c| c.is_uppercase()).count();
        let small = t.chars().filter(|c| c.is_lowercase()).count();
        // A line in mixed case keeps its name's capitals; a heading in capitals is cased.
        Some(if lower.len() == t.len() && capitals < small {
            t[name.range()].trim().to_string()
        } else {
            capitalised(name.as_str().trim())
        })
    };
    lines.iter().take(30).find_map(|l| {
        HELD.captures(l.trim())
            .map(|m| m[1].trim().to_string())
            .or_else(|| closed(l))
    })
}

/// "Déclaration des chefs d'Etat et de gouvernement du G8" as a text's first line: the
/// authors its title names speak as its body.
fn titled_authors(lines: &[String]) -> Option<String> {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:déclaration|communiqué)(?:\s+(?i:finale?|commune|conjointe?))?\s+(?:des|du|de\s+la|de\s+l['’])\s*([^.;:]{3,80}?)\s*$")
            .expect("valid regex")
    });
    let m = lines
        .iter()
        .take(3)
        .find_map(|l| TITLE.captures(l.trim()))?;
    Some(capitalised(m[1].trim()))
}

fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The body a communiqué or a press release speaks of first ("Le Conseil de paix et de
/// sécurité de l'Union africaine, en sa 657e réunion, ..."), by the names of `FR_BODIES`.
fn named_body(lines: &[String]) -> Option<String> {
    let text = fold(&lines.join(" "));
    first_named(&text, |f| f.to_string())
        // "CONFERENCE DES PARTIES": capitals often drop their accents.
        .or_else(|| first_named(&bare(&text), bare))
}

/// The name of `FR_BODIES` that `text` gives first, each compared as `norm` leaves it; a
/// body named as the one asked ("ont demandé au Conseil de sécurité de ...") is not the
/// text's.
fn first_named(text: &str, norm: impl Fn(&str) -> String) -> Option<String> {
    let asked = |at: usize| {
        let before = text[..at].trim_end();
        [" au", " aux", " à"].iter().any(|w| before.ends_with(w)) || object_of_request(before)
    };
    table::FR_BODIES
        .iter()
        .filter_map(|(folded, name)| {
            let key = norm(folded);
            text.match_indices(&key)
                .map(|(at, _)| at)
                .find(|&at| !asked(at))
                .map(|at| (at, *name))
        })
        // At one place, the longest name ("Conseil des ministres des affaires étrangères",
        // not "Conseil des ministres").
        .min_by_key(|(at, name)| (*at, std::cmp::Reverse(name.len())))
        .map(|(_, name)| name.to_string())
}

/// Whether `before` (folded) ends on a request's verb and an article: "la Conférence a
/// instruit le" names the one it asks next, not the text's body.
fn object_of_request(before: &str) -> bool {
    let Some((head, article)) = before.rsplit_once(' ') else {
        return false;
    };
    let verb = head.rsplit(' ').next().unwrap_or_default();
    ["le", "la", "les"].contains(&article)
        && table::FR_VERBS
            .iter()
            .any(|(f, kind)| *kind == Kind::Addressed && fold(f).rsplit(' ').next() == Some(verb))
}

/// A French operative verb: at the clause's start ("Prie ...", "Demande également ..."), or
/// after its subject in a communiqué ("Le Conseil a prié ...").
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    let mut forms: Vec<&str> = table::FR_VERBS.iter().map(|(f, _)| *f).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let verbs = any_of(&forms);
    let adverbs = any_of(table::FR_ADVERBS);
    // "Le Conseil permanent de la Francophonie demande ...": a body's name ends a subject
    // as the words of the table do.
    let mut ends: Vec<&str> = table::FR_SUBJECT_ENDS.to_vec();
    ends.extend(
        table::FR_BODIES
            .iter()
            .filter_map(|(name, _)| name.rsplit(' ').next()),
    );
    let subjects = any_of(&ends);
    // "l'ONU exige", "les membres du CPF exigent": an acronym after "l'", "du", "des" ends
    // a subject. "le Cfv demande ...": an acronym written in mixed case (a capital, then
    // two to four consonants in lower case: no French word) ends one after "le", "la" too.
    // A past tense needs no subject of the table, and may hold an aside before its
    // participle ("Le Conseil a, cet après-midi, dans une déclaration, invité ..."); a
    // participial clause's "ayant" too ("Le sommet ayant également réclamé ..."). A group's
    // leaders speak for it in the present, qualified or of a group named after them ("les
    // présidents sortant et entrant du G5 Vergers appellent ..."). An organ named with its
    // complement opens a sentence as its subject ("Le Conseil des vergers appelle à ...",
    // "La Commission du verger demande ..."), the complement a name of no table.
    let organs = "conseil|comité|commission|assemblée|conférence|bureau|sommet";
    Regex::new(&format!(
        r"(?i)(?:^\s*(?:[-–•]\s*)?|,\s+|(?:^\s*|[.;:!?]\s+)(?:l[ae]\s+|l['’]\s*)(?:{organs})\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)[\p{{L}}'’-]+(?:\s+[\p{{L}}'’-]+){{0,2}}?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|les\s+|leur\s+)?|\b(?:{subjects})(?:\s+\([^()]{{1,80}}\))?\)?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|les\s+|leur\s+)?|\b(?:[Ll]['’]|du\s+|des\s+)(?-i:\p{{Lu}}{{2,7}})\)?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|leur\s+)?|\b(?:[Ll]['’]|[Ll][ae]\s+|du\s+|des\s+)(?-i:\p{{Lu}}[bcdfghjklmnpqrstvwxz]{{1,4}})\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|leur\s+)?|\b(?:a|ont|ayant|avons)(?:\s*,[^.;:]{{1,100}}?,)?\s+(?:(?:{adverbs})\s+)*|\bet\s+(?:les\s+|le\s+|l['’])|\b(?:présidents|dirigeants)(?:\s+(?:sortants?|entrants?|et|en\s+exercice))*(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?-i:\p{{Lu}})[\p{{L}}\d-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}\d-]*){{0,3}})?\s+(?:(?:{adverbs})\s+)*(?:l['’]|la\s+|le\s+|les\s+|leur\s+)?)({verbs})\b(?:\s+(?:{adverbs})\b)*"
    ))
    .expect("valid regex")
});

/// The addressee ends before "de" / "d'" / "à" and an infinitive, in lower case ("de la
/// Poire" is a name). An adverb may come before it ("à mieux partager"), and a negation
/// ("de ne pas céder", "à ne ménager aucun effort").
static INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
    let adverbs = any_of(table::FR_INFINITIVE_ADVERBS);
    Regex::new(&format!(r"(?i)(?:\s+de\s+|\s+d['’]\s*|\s+à\s+)(?:[«“]\s*)?(?:n(?:e\s+|['’])(?:(?:pas|plus|jamais)\s+)?)?(?:(?:{adverbs}|\p{{Ll}}+(?:ique|euse|ive|ière|ale|ente|ante|ible|able)ment|\p{{Ll}}+[ae]mment)\s+)?(?:(?:se|s['’]|en|y|leur|lui|le|la|les|l['’])\s*){{0,2}}(?-i:\p{{Ll}})\p{{L}}*(?:er|ir|re|oir)\b"))
        .expect("valid regex")
});

static LIST: LazyLock<Regex> = LazyLock::new(|| {
    // ", ainsi qu'aux X": the comma before "ainsi que" is the list's, not a piece's end.
    Regex::new(r",?\s+ainsi\s+qu(?:e\s+|['’]\s*)|,\s*(?:et\s+)?|\s+et\s+").expect("valid regex")
});

/// One request: the actors asked, and the action.
type Request = (Vec<String>, String);

/// The requests of one French clause: (actors, action). "Décide de ..." asks the body;
/// "Décide :" (its items follow) and a clause with no verb of the table ask nothing.
pub fn requests(clause: &str, body: &str) -> Vec<(Vec<String>, String)> {
    let clause = &text_asks(clause);
    let mut out = Vec::new();
    // "Ils doivent faire en sorte que le Conseil recommande à X de ...": what an obligation
    // is to bring about is its subject's task, no request of the one it names.
    let brought_about = BROUGHT_ABOUT.find(clause).map(|b| b.start());
    let starts: Vec<_> = VERB
        .captures_iter(clause)
        .filter(|m| !describes_name(clause, m))
        .filter(|m| brought_about.is_none_or(|at| m.get(0).expect("match").start() < at))
        .filter(|m| !recounted_as(clause, m))
        .collect();
    let mut shared_with_next = false;
    for (k, m) in starts.iter().enumerate() {
        if std::mem::take(&mut shared_with_next) || asks_nothing(clause, m, body) {
            continue;
        }
        let whole = m.get(0).expect("match");
        let end = starts
            .get(k + 1)
            .map_or(clause.len(), |n| n.get(0).expect("match").start());
        let rest = clause[whole.end()..end].trim();
        // "exige expressément que ...": an adverb of manner after the verb.
        let rest = MANNER_ADVERB.find(rest).map_or(rest, |a| &rest[a.end()..]);
        let form = fold(&m[1]);
        let kind = table::FR_VERBS
            .iter()
            .find(|(f, _)| fold(f) == form)
            .map_or(Kind::View, |(_, k)| *k);
        match kind {
            Kind::Decides => {
                let verb = m.get(1).expect("verb");
                out.extend(decided(&clause[..verb.start()], rest, body));
            }
            Kind::Addressed => match shared_action(&clause[whole.end()..]) {
                // The second verb, if it is the next start, is read here, with the first.
                Some((both, second_at)) => {
                    out.extend(both);
                    shared_with_next = starts.get(k + 1).is_some_and(|n| {
                        n.get(1).expect("verb").start() <= whole.end() + second_at
                    });
                }
                None => {
                    // "Prie tous les Etats de ..., et les prie aussi de ...": the pronoun
                    // stands for the ones the clause has just asked.
                    let verb = m.get(1).expect("verb");
                    let lead = fold(&clause[whole.start()..verb.start()]);
                    let again = ["et les ", "et leur "].iter().any(|w| lead.starts_with(w));
                    let action = strip_de(rest).or_else(|| rest.strip_prefix("à "));
                    match (out.last().cloned(), action) {
                        (Some((asked, _)), Some(action)) if again => {
                            out.push((asked, clean(action)));
                        }
                        _ => {
                            let asked = addressed_asks(clause, m, rest, body);
                            match asked.as_ref().and_then(|(_, a)| second_addressee(rest, a)) {
                                Some((cut, second)) => {
                                    let (first, action) = asked.expect("read");
                                    let own = clean(&action[..cut]);
                                    let own = match shared_time_limit(&second.1) {
                                        Some(limit) => format!("{own}, {limit}"),
                                        None => own,
                                    };
                                    out.push((first, own));
                                    out.push(second);
                                }
                                None => out.extend(asked),
                            }
                        }
                    }
                }
            },
            _ => {}
        }
    }
    if out.is_empty() {
        out.extend(asked_without_verb(clause, body));
        out.extend(joined_obligation(clause));
        out.extend(own_agenda_act(clause, body));
    } else {
        out.splice(0..0, passive_before_active(clause, &starts));
    }
    // "à la frontière entre l'Erythrée et Djibouti, ... ils exhortent ces deux pays": a
    // count of countries stands for the two its sentence names before.
    for (actors, _) in &mut out {
        if let [only] = actors.as_slice()
            && let Some(two) = two_named_before(clause, only)
        {
            *actors = two;
        }
    }
    // "a prié le Conseil d'observer une minute de silence": a rite of the meeting under
    // way, done as it is asked.
    out.retain(|(_, action)| {
        let lower = fold(action);
        !table::FR_MEETING_RITES.iter().any(|r| lower.starts_with(r))
    });
    out
}

/// "invite X à <agir> et les Y à <agir>": a second addressee after "et", its own
/// infinitive under the preposition the first one's took, is asked its own act; the first
/// act ends before "et". `rest` is the words after the verb, `action` the first act read.
fn second_addressee(rest: &str, action: &str) -> Option<(usize, Request)> {
    static SECOND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),?\s+et\s+((?:les|le|la|l['’]|aux|au|à\s+la|à\s+l['’])\s*[^,;:«»()]{1,80}?)\s+(à|de|d['’])\s*(?:se\s+|s['’]\s*)?(?-i:\p{Ll})\p{L}*(?:er|ir|re|oir)\b")
            .expect("valid regex")
    });
    let first_prep = INFINITIVE
        .find(rest)
        .map(|m| fold(m.as_str().trim_start()).chars().next().unwrap_or(' '))?;
    let m = SECOND.captures(action)?;
    let prep = fold(&m[2]).chars().next().unwrap_or(' ');
    // "de" and "d'" are one preposition.
    if prep != first_prep {
        return None;
    }
    // "et au Jardinier la nécessité de ...": an article after the name opens a thing,
    // not a longer name (as "de la", "pour les" do).
    let words: Vec<String> = m[1].split_whitespace().map(fold).collect();
    let thing_after = words.iter().enumerate().skip(1).any(|(k, w)| {
        ["la", "le", "les", "un", "une"].contains(&w.as_str())
            && !["de", "à", "pour", "sur", "par", "en", "dans", "avec", "et"]
                .contains(&words[k - 1].as_str())
    });
    let names = actors(&m[1]);
    if thing_after || names.is_empty() || names.iter().any(|n| n.split_whitespace().count() > 6) {
        return None;
    }
    let whole = m.get(0).expect("match");
    let act = clean(&action[m.get(2).expect("prep").end()..]);
    Some((whole.start(), (names, act)))
}

/// "X à <agir> et Y à <agir>, au plus tard le <jour>": the time limit that closes the
/// sentence after the second act bounds the first one too.
fn shared_time_limit(second: &str) -> Option<&str> {
    static LIMIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s*((?:au\s+plus\s+tard|avant|d['’]ici)\s+(?:le\s+|la\s+|au\s+|à\s+|fin\s+)?[^,;]{1,40})(?:,|$)")
            .expect("valid regex")
    });
    LIMIT
        .captures(second)
        .map(|m| m.get(1).expect("limit").as_str())
}

/// "doivent (aussi) faire en sorte que", "doit veiller à ce que": an obligation to bring
/// something about.
static BROUGHT_ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:doit|doivent|devra|devront)\s+(?:\p{Ll}+\s+)?(?:faire\s+en\s+sorte|veiller\s+à\s+ce)\s+qu(?:e\s|['’])")
        .expect("valid regex")
});

/// The two names "entre X et Y" gives in `clause`, where `actor` is "Deux pays" (from "ces
/// deux pays", "les deux pays"), "Deux États" or "Deux parties".
fn two_named_before(clause: &str, actor: &str) -> Option<Vec<String>> {
    static BETWEEN_TWO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\bentre\s+(?:l['’]\s*|le\s+|la\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+et\s+(?:l['’]\s*|le\s+|la\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)")
            .expect("valid regex")
    });
    if !["deux pays", "deux états", "deux parties"].contains(&fold(actor).as_str()) {
        return None;
    }
    let m = BETWEEN_TWO.captures(clause)?;
    Some(vec![m[1].to_string(), m[2].to_string()])
}

/// "a inscrit cette question à l'ordre du jour de sa 40e session", "a reporté à sa 41e
/// session (mars 2030) l'examen de ...": the body's own act on its agenda, as a record of
/// decisions tells it under "..., le Conseil X:", due at the session it names; without
/// "sa / son ... session" (its own meeting) the verb says nothing of the body's agenda.
fn own_agenda_act(clause: &str, body: &str) -> Option<Request> {
    static OWN_ACT: LazyLock<Regex> = LazyLock::new(|| {
        let acts = any_of(table::FR_OWN_AGENDA_ACTS);
        Regex::new(&format!(
            r"(?i)^\s*(?:a\s+)?(?:{acts})\s+[^;]*?\b(?:à|de)\s+(?:sa|son)\s+[^;]{{0,40}}?\b(?:session|réunion)\b"
        ))
        .expect("valid regex")
    });
    OWN_ACT.is_match(clause).then(|| {
        let action = clause.trim_start();
        let action = action.strip_prefix("a ").unwrap_or(action);
        (vec![body.to_string()], clean(action))
    })
}

/// "au Groupe créé en application de la résolution 12, dans les dix jours ...": a bare
/// participle right after a name, with how the name's body came to be, describes it; no
/// clause opens there (an auxiliary's "a créé" or a line's first word still does).
fn describes_name(clause: &str, m: &regex::Captures<'_>) -> bool {
    static HOW_SET_UP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s+(?:en\s+vertu|en\s+application|conformément|par\s|aux\s+termes|au\s+titre|à\s+cet\s+effet|lors\s)")
            .expect("valid regex")
    });
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    let form = fold(verb.as_str());
    let bare = whole.start() > 0
        && !whole.as_str().starts_with(',')
        && fold(&clause[whole.start()..verb.start()])
            .split_whitespace()
            .all(|w| !["a", "ont", "ayant", "avons"].contains(&w));
    bare && table::FR_NAME_PARTICIPLES.contains(&form.as_str())
        && HOW_SET_UP.is_match(&clause[verb.end()..])
}

/// "demandé aux Parties et invité les autres gouvernements à continuer ...": two verbs that
/// ask, each its own addressee, share one action: a request of each.
fn shared_action(rest: &str) -> Option<(Vec<Request>, usize)> {
    static SHARED: LazyLock<Regex> = LazyLock::new(|| {
        let mut forms: Vec<&str> = table::FR_VERBS
            .iter()
            .filter(|(f, k)| *k == Kind::Addressed && !f.contains(' '))
            .map(|(f, _)| *f)
            .collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let verbs = any_of(&forms);
        Regex::new(&format!(
            r"(?i)^\s*((?:aux?|à)\s+[^,;]+?)\s+et\s+(?:{verbs})\s+((?:les?|la|l['’]|aux?)\s*[^;]+)$"
        ))
        .expect("valid regex")
    });
    let m = SHARED.captures(rest.trim_end())?;
    // The first addressee names no action of its own before "et".
    if INFINITIVE.is_match(&m[1]) {
        return None;
    }
    let (second, action) = addressed(&m[2])?;
    let (first, _) = addressed(&format!("{} à {action}", &m[1]))?;
    let second_at = m.get(2).expect("second").start();
    Some((vec![(first, action.clone()), (second, action)], second_at))
}

/// "La Russie doit mettre fin ... et la communauté internationale doit s'unir ...": a
/// second obligation after "et", of a subject of its own, asks that subject too.
fn joined_obligation(clause: &str) -> Option<Request> {
    OBLIGATION.find(clause)?;
    let at = second_obligation_at(clause)?;
    obligation(&clause[at..])
}

/// Where an obligation after " et " opens in `text`, if one does.
fn second_obligation_at(text: &str) -> Option<usize> {
    text.match_indices(" et ")
        .map(|(k, w)| k + w.len())
        .find(|&k| OBLIGATION.find(&text[k..]).is_some_and(|m| m.start() == 0))
}

/// "..., comme il l'y a invité l'an passé", "ainsi qu'il les a priés de le faire": a past
/// request the clause recalls to back the one it makes (a clause of manner, a pronoun for
/// the one asked, a past tense, its auxiliary read with the verb form or before it), no
/// request of its own. Left out of the clause's verbs, so the request before it runs on to
/// the clause's end. The pronoun may be left out where the clause names the one asked
/// again ("comme il a demandé au Jardinier de le faire").
fn recounted_as(clause: &str, m: &regex::Captures<'_>) -> bool {
    static AS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[,;(]\s*)(?:comme\s+|ainsi\s+qu(?:e\s+|['’]\s*)|tel(?:le)?s?\s+qu(?:e\s+|['’]\s*))(?:il|elle|ils|elles|on|(?:le|la|l['’])\s*\p{L}+(?:\s+\p{L}+)?)\s+(?:(?:le|la|les)\s+(?:lui|leur)\s+|l['’]\s*|les\s+|lui\s+|leur\s+)?(?:y\s+|en\s+)?(?:(?:a|ont|avait|avaient)(?:\s+(?:déjà|également|aussi|notamment|précédemment|récemment|maintes\s+fois))?\s*)?$")
            .expect("valid regex")
    });
    let verb = m.get(1).expect("verb");
    let form = fold(verb.as_str());
    let past = ["é", "ée", "és", "ées"].iter().any(|e| form.ends_with(e));
    past && AS_BEFORE.is_match(&clause[..verb.start()])
}

/// Whether the verb `m` asks nothing here: a seized body, a noun, words reported of
/// another, a draft.
fn asks_nothing(clause: &str, m: &regex::Captures<'_>, body: &str) -> bool {
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    // "..., exhorte les parties ...": after a comma only a verb in lower case, so that
    // a capitalised noun ("..., Demande de l'Université") is not read as one.
    let after_comma = whole.as_str().starts_with(',');
    seized(&clause[whole.end()..])
        || (after_comma && verb.as_str().starts_with(char::is_uppercase))
        || (spoken_by_one(&clause[..verb.start()])
            && !reported_body_asks(&clause[..verb.start()], &fold(&m[1]))
            && !council_chair(&clause[..verb.start()], body))
        || session_summary(&clause[..verb.start()])
        || reported_past(&clause[..verb.start()], &fold(&m[1]))
        || recalled_past(&clause[..verb.start()], &fold(&m[1]))
        || relative_past(&clause[..verb.start()], &fold(&m[1]))
        || heard_speakers(&clause[..verb.start()])
        || debate_speakers(&clause[..whole.start()])
        || civility_subject(&clause[..whole.start()])
        || government_subject(&clause[..whole.start()])
        || (failed_adoption(clause) && said_by_a_text(&clause[..verb.start()]))
        || thing_needs(&clause[..verb.start()], &fold(&m[1]))
        || described_request(&clause[..verb.start()])
        || OTHER_PARTY_SUBJECT.is_match(&clause[..whole.start()])
        || narrated_when(&clause[..verb.start()], &fold(&m[1]))
        // "Le projet de déclaration finale ... appelait à ...": a draft is not the text.
        || fold(clause.trim_start()).starts_with("le projet de ")
}

/// "Prend note du rapport du Secrétaire général, dans lequel celui-ci engage les États à
/// ...": what another text asks, described ("dans / selon lequel ..."), no request of the
/// body's.
fn described_request(before_verb: &str) -> bool {
    static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:dans|selon)\s+(?:lequel|laquelle|lesquels|lesquelles)\s+[^,;.]{0,60}$",
        )
        .expect("valid regex")
    });
    // "Le Conseil a adopté une déclaration dans laquelle ses membres prient ...": the body's
    // own text asks.
    DESCRIBED
        .find(before_verb)
        .is_some_and(|m| !fold(&before_verb[..m.start()]).contains("adopt"))
}

/// "Des milliers de manifestants ont réclamé ...", "L'opposition a exhorté le gouvernement
/// à ...": a news text telling the calls of others than the body (the subject right before
/// the verb or its auxiliary, `table::FR_OTHER_PARTIES`).
static OTHER_PARTY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let others = table::FR_OTHER_PARTIES.join("|");
    Regex::new(&format!(
        r"(?i)(?:^|[,;:.]\s*)(?:[\p{{L}}'’-]+\s+){{0,4}}?(?:{others})\s*$"
    ))
    .expect("valid regex")
});

/// "... lorsque le gouvernement du pays a ordonné l'expulsion de X": a past act told in a
/// clause of time (its subject, then the verb, no comma between) is recounted, no request.
fn narrated_when(before_verb: &str, form: &str) -> bool {
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:lorsque|lorsqu['’]|quand|après\s+que|après\s+qu['’]|depuis\s+que|depuis\s+qu['’])\s*[^,;.]{1,80}$")
            .expect("valid regex")
    });
    let past = form.contains(' ') || form.ends_with('é') || form.ends_with("és");
    let auxiliary = fold(before_verb.trim_end())
        .rsplit(' ')
        .next()
        .is_some_and(|w| ["a", "ont", "avait", "avaient"].contains(&w));
    (past || auxiliary) && WHEN.is_match(before_verb)
}

/// "Ouvrant la séance, le Chef de l'Etat ... demande au Gouvernement de ...":
/// in a council of ministers' communiqué, its chair's directions are the council's.
fn council_chair(before_verb: &str, body: &str) -> bool {
    let lower = fold(before_verb);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    fold(body) == "conseil des ministres"
        && table::FR_COUNCIL_CHAIRS
            .iter()
            .any(|c| sentence.contains(c))
}

/// "Il a délibéré sur les pommes, entendu deux exposés et autorisé des voyages": a
/// council's record summing up its
/// session in one sentence, whose parts the record details after it.
fn session_summary(before_verb: &str) -> bool {
    let lower = fold(before_verb);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    [" a délibéré ", " ont délibéré "]
        .iter()
        .any(|w| format!(" {sentence}").contains(w))
}

/// "Les intervenants ont notamment exhorté ...", "Plusieurs délégations ont appelé ...": a
/// debate's speakers, whose calls are theirs, not the body's.
fn debate_speakers(before: &str) -> bool {
    let lower = fold(before);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    let subject = sentence.rsplit(", ").next().unwrap_or(sentence);
    subject
        .split_whitespace()
        .any(|w| table::FR_DEBATE_SPEAKERS.contains(&w))
}

/// "Le Conseil a entendu les présidents sortants qui ont appelé à ...": what the speakers a
/// body heard said (a relative clause after "entendu") is theirs, not the body's.
fn heard_speakers(before_verb: &str) -> bool {
    let lower = fold(before_verb);
    let sentence = lower.rsplit(['.', ';']).next().unwrap_or(&lower);
    sentence
        .rfind(" entendu")
        .filter(|&at| !sentence[at + 8..].starts_with(char::is_alphabetic))
        .is_some_and(|at| sentence[at..].contains(" qui "))
}

/// "Décide de ...": what is decided after the verb (`rest`), by the subject named
/// `before` it or else the body, or what the decision asks of others.
fn decided(before: &str, rest: &str, body: &str) -> Vec<Request> {
    // "ont décidé, à l'unanimité de nommer X, au poste de ...": a manner whose closing comma
    // the text left out, read before a later comma is taken for the aside's end.
    let mut rest = rest;
    while let Some(after) = starts_with_word(
        rest.trim_start_matches([',', ' ']),
        table::FR_DECISION_MANNERS,
    ) {
        rest = after;
    }
    let mut rest = past_vote_aside(skip_call_asides(without_aside(rest)));
    // "a décidé à l'unanimité de ...": how it was decided; "a décidé, à l'unanimité de
    // ...": an aside whose closing comma the text left out.
    while let Some(after) = starts_with_word(
        rest.trim_start_matches([',', ' ']),
        table::FR_DECISION_MANNERS,
    ) {
        rest = after.trim_start_matches([',', ' ']);
    }
    // "de faire appel au dévouement de X ... et de lui demander de continuer ...": one
    // request of X.
    if let Some(found) = strip_de(rest).and_then(appeal_to_quality) {
        return vec![found];
    }
    // "décide de :": its items say what.
    if rest
        .trim_start_matches("de")
        .trim()
        .trim_end_matches(':')
        .trim()
        .is_empty()
    {
        return Vec::new();
    }
    if let Some(action) = strip_de(rest).or_else(|| bare_infinitive(rest)) {
        match decided_to_ask(action) {
            Some(asked) => asked,
            None if on_the_spot(action)
                || meeting_step(action)
                || make_up(action)
                || decided_view(action)
                || lifting(action)
                || not_to_act(action) =>
            {
                Vec::new()
            }
            None => {
                let decider = deciding_subject(before, body).unwrap_or_else(|| body.to_string());
                vec![(vec![decider], clean(action))]
            }
        }
    } else if let Some(found) = that_must(rest)
        .or_else(|| that_named_future(rest))
        .or_else(|| that_named_acts(rest))
    {
        vec![found]
    } else if let Some(decision) = announced_decision(rest) {
        // "a décidé tôt jeudi la suspension de X": a decision told by its noun.
        let decider = deciding_subject(before, body).unwrap_or_else(|| body.to_string());
        vec![(vec![decider], decision)]
    } else {
        Vec::new()
    }
}

/// The request of a verb that asks someone (`m`), `rest` being the words after it up to
/// the next verb.
fn addressed_asks(
    clause: &str,
    m: &regex::Captures<'_>,
    rest: &str,
    body: &str,
) -> Option<Request> {
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    let form = fold(&m[1]);
    let before = &clause[..whole.start()];
    if appeal_to_attention(rest) {
        None
    } else if form == "rappelle" {
        reminded(rest)
    } else if form.starts_with("souhait") || form.ends_with(" pour") {
        wished(rest)
    } else if form.starts_with("sollicit") {
        solicited(rest)
    } else if calls_for_a_thing(&form, rest) {
        // "appelle à la désescalade ..., à l'élection ...": "appeler à" calls for a thing
        // (its addressee is a direct object: "appelle les parties à ...").
        unaddressed_call(&form, rest)
    } else if form.starts_with("en l") {
        // "s'est adressée au Comité X, ..., en lui demandant de ...": the one the clause
        // addressed first.
        // "..., soit moins que la durée proposée par le Secrétaire général ..., en lui
        // demandant un plan de retrait": with nobody addressed by "à", the one person or
        // body named last before the pronoun; "demander" may ask for a thing.
        let action = strip_de(rest)
            .or_else(|| rest.strip_prefix("à "))
            .or_else(|| {
                form.ends_with("demandant")
                    .then(|| asked_thing(rest))
                    .flatten()
            });
        // "au X" names the one addressed only after "s'adresser"; elsewhere it is a place
        // ("la Mission des Nations Unies au Liberia").
        let addressed = || addressed_before(before);
        let named = || named_before(before).into_iter().next();
        let name = if fold(before).contains("adress") {
            addressed().or_else(named)
        } else {
            named().or_else(addressed)
        };
        match (action, name) {
            (Some(action), Some(name)) => Some((vec![name], clean(action))),
            _ => None,
        }
    } else if fold(before.trim_end()).ends_with(" leur")
        || fold(&clause[whole.start()..verb.start()]).contains(" leur ")
        // "Salue le travail des communes et les encourage à ...": "les" likewise.
        || fold(&clause[whole.start()..verb.start()]).starts_with("et les ")
    {
        // "salué la contribution des troupes ... et leur a demandé de continuer ...": the
        // plural the sentence names before the pronoun is asked.
        // "..., il leur demande de faciliter ...": the same with the pronoun after the subject.
        // ("les invite à poursuivre ...": "à" opens the action as "de" does.)
        let action = strip_de(rest).or_else(|| rest.strip_prefix("à "));
        match (action, plural_before(before)) {
            (Some(action), Some(names)) => Some((names, clean(action))),
            _ => None,
        }
    } else if pronoun_object(clause, whole.start(), verb.start()) {
        // "En ce qui concerne le départ des N pays de X, Y les exhorte à ...": "les" stands for the plural the sentence's opening aside names.
        let them = fold(&clause[whole.start()..verb.start()])
            .trim_end()
            .ends_with("les");
        let action = ["de ", "d'", "d’", "à "]
            .iter()
            .find_map(|p| rest.strip_prefix(p));
        match (them.then(|| aside_named(before)).flatten(), action) {
            (Some(names), Some(action)) => Some((names, clean(action))),
            // "Le Conseil l'encourage à ...": the actor named before is asked again.
            _ => asked_again(before, rest),
        }
    } else if table::FR_RENEWING_VERBS.contains(&form.as_str()) {
        renewed_appeal(rest)
    } else {
        asked_for(clause, m, rest, body)
    }
}

/// "Souhaite que le Secrétaire général poursuive ...", "ont plaidé pour que les partenaires
/// augmentent ...": a wish or a plea whose that-clause names its actor and a subjunctive
/// asks that actor; a wish for an outcome ("que la conférence soit couronnée de succès"),
/// a greeting ("souhaite la bienvenue à X") ask nobody.
fn wished(rest: &str) -> Option<Request> {
    let after = starts_with_word(
        skip_call_asides(without_aside(rest.trim())),
        &["que", "qu'", "qu’"],
    )?;
    let after = after.trim_start();
    that_named(after).or_else(|| that_common_actor(after))
}

/// "Sollicite du Secrétaire général qu'il désigne ...": the one asked, then what;
/// "a sollicité l'appui de la Banque X pour financer ...": the one whose help is sought.
fn solicited(rest: &str) -> Option<Request> {
    static OF_X_THAT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:du|des|de\s+la|de\s+l['’])\s*(\p{Lu}[^,;«»]{1,100}?)\s*,?\s+qu(?:e\s+|['’]\s*)(?:il|elle|ils|elles)\s+(.+)$")
            .expect("valid regex")
    });
    static HELP_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:l['’]\s*(?:appui|aide|assistance)|le\s+(?:soutien|concours))\s+(?:(?:technique|financier|financière|technique\s+et\s+financier)\s+)?(?:du|des|de\s+la|de\s+l['’])\s*(\p{Lu}[^,;«»]{1,100}?)(?:\s+(?:pour|afin\s+de|en\s+vue\s+de)\s+(.+))?$")
            .expect("valid regex")
    });
    let rest = skip_call_asides(without_aside(rest.trim()));
    if let Some(m) = OF_X_THAT.captures(rest) {
        return Some((actors(&m[1]), clean(&m[2])));
    }
    let Some(m) = HELP_OF.captures(rest) else {
        return solicited_act(rest);
    };
    let action = m
        .get(2)
        .map_or_else(|| rest.to_string(), |a| a.as_str().to_string());
    Some((actors(&m[1]), clean(&action)))
}

/// "a sollicité la libération de X", "le rétablissement de Y": an act's noun
/// sought with no one asked, as "exige la libération de X" is, calls on the doer its phrase
/// names, else on all; "sollicite l'autorisation de ...", "l'admission" seek a leave for
/// the body itself.
fn solicited_act(rest: &str) -> Option<Request> {
    let after = starts_with_word(rest, &["la", "le", "l'", "l’"])?;
    let noun = fold(after.split_whitespace().next().unwrap_or_default());
    let act = (noun.ends_with("tion") || noun.ends_with("ment"))
        && !["autorisation", "admission", "participation"].contains(&noun.as_str());
    let doers = || doers_named(rest).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
    act.then(|| (doers(), clean(rest)))
}

/// "À l'intention des communes du Sud, le Conseil demande d'accélérer ...": a request
/// with no addressee ("de" and an infinitive right after the verb) asks the ones the
/// sentence's opening aside says it is meant for ("à l'intention de", "à l'endroit de").
fn intended_request(before: &str, rest: &str) -> Option<Request> {
    static INTENDED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[.;]\s+|\d\s+)[aà]\s+l['’]\s*(?:intention|endroit)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+)([^,;:]{3,80}?)\s*,[^,;:]{0,60}$")
            .expect("valid regex")
    });
    let named = INTENDED.captures(before)?;
    let action = strip_de(rest)?;
    let infinitive = INFINITIVE
        .find(&format!(" de {action}"))
        .is_some_and(|m| m.start() == 0);
    infinitive.then(|| (vec![capitalised(named[1].trim())], clean(action)))
}

/// "Rappelle aux États parties de soumettre ...": "rappeler à X de" and an infinitive asks X.
/// "Rappelle à X que ..." and "rappelle à X la nécessité de ..." remind of a thing: no request.
fn reminded(rest: &str) -> Option<Request> {
    let to = starts_with_word(rest.trim_start(), &["à", "au", "aux"])?;
    let m = INFINITIVE.find(to)?;
    let who = &to[..m.start()];
    // The addressee's own relative clause ("qui ne l'ont pas fait") may hold articles.
    let head = who.split(" qui ").next().unwrap_or(who);
    if !m.as_str().trim_start().starts_with(['d', 'D'])
        || who.contains(" que ")
        || REMINDED_THING.is_match(head)
    {
        return None;
    }
    let article = match rest.split_whitespace().next() {
        Some("aux") => "les ",
        Some("au") => "le ",
        _ => "",
    };
    addressed(&format!("{article}{to}"))
}

/// "le 16 février 2014", "le 1er mai": a day after "créé", no thing created.
static CREATED_ON_A_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^le\s+(?:\d{1,2}|1er|premier)\b").expect("valid regex"));

/// "à la Convention la nécessité": an article before a lower-case noun after the name.
static REMINDED_THING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(?:la|le|les|l['’])\s*\p{Ll}").expect("valid regex"));

/// Whether "appeler à" calls for a thing rather than asks someone.
fn calls_for_a_thing(form: &str, rest: &str) -> bool {
    form.contains("appel")
        && !form.contains("en appelle")
        && !form.contains("fait appel")
        && !form.contains("un appel")
        && !form.contains("nouvel appel")
        && !form.contains("faisant appel")
        && starts_with_word(skip_call_asides(without_aside(rest)), &["à", "au", "aux"]).is_some()
}

/// "Le Conseil l'encourage à ...": the actor named `before` the pronoun is asked again.
fn asked_again(before: &str, rest: &str) -> Option<Request> {
    let action = ["de ", "d'", "d’", "à "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?;
    // "a salué les efforts du Kirghizistan ... et l'exhorte à ...": the one the
    // sentence names before; else the actor asked before.
    // "des informations transmises par l'État partie ... et le prie de ...": the one by
    // whom the view's thing came is named too; the last name either way.
    // "a félicité le président de X pour la « ... » et l'a encouragé à ...": the one
    // thanked, with its title, whatever names its reason after "pour".
    let thanked_one = THANKED_FOR
        .captures_iter(before)
        .last()
        .map(|c| vec![capitalised(c[1].trim())]);
    let named = thanked_one
        .or_else(|| {
            OF_NAMED
                .captures_iter(before)
                .chain(BY_NAMED.captures_iter(before))
                .max_by_key(|c| c.get(0).map_or(0, |m| m.start()))
                .map(|c| vec![without_possessive(&c[1])])
        })
        .or_else(|| {
            // "Se félicite de la création du groupe de travail et l'encourage à ...": a body
            // named in lower case right before the pronoun.
            LOWER_BODY_BEFORE
                .captures(before)
                .map(|c| vec![capitalised(c[1].trim())])
        })
        .unwrap_or_default();
    Some((named, clean(action)))
}

/// "félicité le président de X pour", "remercie l'Union pour": whom a verb of thanks
/// names before its reason.
static THANKED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:félicit|remerci)\p{L}*\s+(?:(?:également|aussi|vivement|chaleureusement)\s+)?(?:le|la|les|l['’])\s*([^,;«»"“”]{2,80}?)\s+pour\s"#)
        .expect("valid regex")
});

static LOWER_BODY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:du|de\s+la|de\s+l['’]|des)\s*((?:groupe|groupes|comité|conseil|secrétariat|bureau|mécanisme|réseau|centre|observatoire|forum|fonds)(?:\s+(?:de|d['’]|des|du)\s*\p{Ll}[\p{L}-]*|\s+\p{Ll}[\p{L}-]*){0,2})\s*(?:et\s*)?$")
        .expect("valid regex")
});

/// The request of a verb that asks someone, when no pronoun or call stands for the
/// addressee: what is demanded, decided, authorized, created, or asked of whom.
fn asked_for(clause: &str, m: &regex::Captures<'_>, rest: &str, body: &str) -> Option<Request> {
    let whole = m.get(0).expect("match");
    let verb = m.get(1).expect("verb");
    let form = fold(&m[1]);
    let demand = table::FR_DEMAND_VERBS.contains(&form.as_str());
    // "exige du Comité X la libération de Y": "exiger de X" names the one asked, then
    // the thing asked of it (not "du" as a thing's article).
    if let Some(found) = demand
        .then(|| demanded_of(&form, skip_call_asides(without_aside(rest))))
        .flatten()
    {
        return Some(found);
    }
    // "exige la libération de ...": "demander" and "exiger" ask someone with "à" or
    // "de"; a direct object is what they call for.
    if demand
        // "réclame, en outre, le retour de ...": an aside first.
        && demanded_thing(skip_call_asides(without_aside(rest)))
    {
        unaddressed_call(&form, rest)
    } else if form.ends_with("suspendu") || form == "suspend" || form == "suspendent" {
        // "a, à son tour, suspendu le Mali de toute participation ...": a suspension told
        // as done is the deciding body's decision.
        suspended(&clause[..verb.start()], rest, body)
    } else if demand && addressed(rest).is_none() && asked_a_thing(rest).is_some() {
        // "demandent à la junte le respect de ...": an addressee, then the thing asked
        // of it (no infinitive).
        asked_a_thing(rest)
    } else if demand && second_aside(without_aside(rest)).is_some() {
        // "demande, entre autres, au chapitre politique, le rétablissement ...": a
        // second short aside before the thing called for.
        let thing = second_aside(without_aside(rest)).unwrap_or_default();
        unaddressed_call(&form, thing)
    } else if authorizes_a_thing(&form, rest) {
        // "a autorisé le déploiement d'une composante ...": what is authorized, no
        // addressee asked to act: the body's own, as "authorizes the deployment of X".
        let thing = QUOTES.replace_all(thing_of(rest), " ").into_owned();
        // In a text that names no body, the subject authorizes ("Les chefs d'Etat ont
        // autorisé ...").
        let decider = body
            .starts_with('(')
            .then(|| deciding_subject(&clause[..verb.start()], body))
            .flatten()
            .unwrap_or_else(|| body.to_string());
        Some((vec![decider], clean(&thing)))
    } else if form.contains("annonc") {
        // "a annoncé la suspension immédiate du Niger ...": a decision told by its noun.
        announced_decision(rest).map(|decision| (vec![body.to_string()], decision))
    } else if (form.starts_with("cré") || form.ends_with(" créé"))
        && CREATED_ON_A_DAY.is_match(thing_of(rest))
    {
        // "Créé le 16 février 2014 à Lyon, le Conseil est né de l'ambition de ...": a day
        // after the participle, no thing created and no one asked (an apposition telling
        // when the subject was made).
        None
    } else if (form.starts_with("cré") || form.ends_with(" créé"))
        && starts_with_word(
            thing_of(rest),
            &["le", "la", "les", "l'", "l’", "un", "une", "des"],
        )
        .is_some()
    {
        // "a créé aujourd'hui, pour une période de 12 mois, la Mission ...".
        let thing = skip_call_asides(without_aside(rest));
        Some((vec![body.to_string()], format!("créer {}", clean(thing))))
    } else if let Some(act) = ceasing(rest) {
        // "exige que les activités ... cessent immédiatement": a thing to end names no
        // doer, a call on all.
        Some((vec![table::FR_ALL_STATES.to_string()], clean(act)))
    } else if let Some(found) = intended_request(&clause[..whole.start()], rest) {
        Some(found)
    } else {
        addressed(rest).or_else(|| {
            unaddressed_call(&form, rest).map(|(names, action)| {
                if names.is_empty() {
                    (named_before(&clause[..whole.start()]), action)
                } else {
                    (names, action)
                }
            })
        })
    }
}

/// An adverb in "-ment" right after a verb: "expressément", "fermement".
static MANNER_ADVERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\p{Ll}{3,}ment)\s+").expect("valid regex"));

/// "que les combats cessent", "que les violences prennent fin": what a that-clause asks to
/// end, a thing (its article in lower case), not an actor.
/// "qu'un cessez-le-feu prenne effet le D", "que des élections aient lieu avant D": a thing
/// to begin or take place, likewise with no doer named.
fn ceasing(rest: &str) -> Option<&str> {
    static ENDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:les?|la|l['’])\s*\p{Ll}[^;:]*?\s(?:cesse|cessent|prenne\s+fin|prennent\s+fin|s['’]\s*arrête|s['’]\s*arrêtent)\b")
            .expect("valid regex")
    });
    static HAPPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:les?|la|l['’]|une?|des)\s*\p{Ll}[^;:,]*?\s(?:prenne\s+effet|prennent\s+effet|entre\s+en\s+vigueur|entrent\s+en\s+vigueur|ait\s+lieu|aient\s+lieu|se\s+tienne|se\s+tiennent|intervienne|interviennent)\b")
            .expect("valid regex")
    });
    let after = starts_with_word(rest.trim_start(), &["que", "qu'", "qu’"])?;
    let after = after.trim_start();
    (ENDS.is_match(after) || HAPPENS.is_match(after)).then_some(rest)
}

/// "a, à son tour, suspendu le Mali ...": the suspension of a member, decided by the
/// subject named `before` the verb or else the body.
fn suspended(before: &str, rest: &str, body: &str) -> Option<Request> {
    let thing = skip_call_asides(without_aside(rest));
    let member = starts_with_word(thing, &["le", "la", "l'", "l’"])
        .is_some_and(|after| after.starts_with(char::is_uppercase));
    if !member {
        return None;
    }
    // "L'UA «suspend le Mali ...»": an organisation named by its acronym suspends, not the
    // organ the text names as its body.
    let decider = ACRONYM_SUBJECT
        .captures(before)
        .map(|a| a[1].to_string())
        .or_else(|| deciding_subject(before, body))
        .unwrap_or_else(|| body.to_string());
    Some((vec![decider], format!("suspendre {}", clean(thing))))
}

/// "L'UA «", "La CEDEAO": a subject that is an acronym alone, before its verb.
static ACRONYM_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|[.;:]\s+)(?:[Ll]['’]\s*|[Ll]a\s+|[Ll]e\s+)(\p{Lu}{2,7})\s*[«“"]?\s*$"#)
        .expect("valid regex")
});

/// A clause whose verbs ask nothing may still ask: a passive, a future, an obligation, a
/// commitment, a time given, a promise (the first of these that reads).
fn asked_without_verb(clause: &str, body: &str) -> Option<Request> {
    // "B. La Commission se rendra sur les lieux ...": an item lettered in capitals under
    // "Adopte la résolution suivante :" reads as its sentence.
    let clause = UPPER_LETTER_LABEL.find(clause).map_or(clause, |m| {
        let capital = clause[..m.end()].chars().last().map_or(0, char::len_utf8);
        &clause[m.end() - capital..]
    });
    suspended_passive(clause, body)
        .or_else(|| passive_asked(clause))
        .or_else(|| that_future(clause))
        .or_else(|| obligation(clause))
        .or_else(|| named_future(clause, body))
        .or_else(|| resolution_future(clause))
        .or_else(|| committed(clause, body))
        .or_else(|| given_time(clause))
        .or_else(|| promised(clause))
        .or_else(|| joined_appeals(clause))
        .or_else(|| present_task(clause, body))
}

/// "A. ", "B. " before a capital: a capital letter labelling an item.
static UPPER_LETTER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[A-H]\.\s+\p{Lu}").expect("valid regex"));

/// "Ils se sont joints aux appels visant le renforcement de ...": the appeal made the
/// speakers' own, a call for that thing (of the actor its phrase names, else all States).
fn joined_appeals(clause: &str) -> Option<Request> {
    static JOINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bs(?:e\s+|['’]\s*)(?:est|sont)\s+(?:également\s+|aussi\s+)?join[st]*e?s?\s+(?:également\s+|aussi\s+)?(?:à\s+l['’]\s*appel|aux\s+appels)\s+(?:visant\s+(?:à\s+)?|en\s+faveur\s+d[eu']\s*|pour\s+|à\s+)(.+)$")
            .expect("valid regex")
    });
    let action = JOINED.captures(clause)?[1].trim().to_string();
    let actors = doers_named(&action).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
    Some((actors, clean(&action)))
}

/// "Au chapitre économique, l'OIF promet des actions pour ...": a promise reported of a
/// named body is its commitment, as "nous nous engageons à ..." is.
static PROMISES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;]\s+)(?:[Ll]['’]|[Ll]e\s+|[Ll]a\s+|[Ll]es\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+)?\p{L}[\p{L}'’-]*){0,5}?)\s+(?:promet|promettent)\s+(.+)$")
        .expect("valid regex")
});

fn promised(clause: &str) -> Option<(Vec<String>, String)> {
    let m = PROMISES.captures(clause.trim())?;
    // "Le temps promet d'être clément": the name after an article is in lower case.
    let first = m[1].split_whitespace().next().unwrap_or_default();
    if ["Le", "La", "Les", "L'", "L’"].contains(&first) {
        return None;
    }
    let action = clean(m[2].trim_end_matches(['.', ';']));
    (!action.is_empty()).then(|| (vec![m[1].to_string()], action))
}

/// "a donné une semaine aux États membres pour se manifester", "donneraient dix jours au
/// chef de la junte pour libérer ...": a delay given to X is a request of X, due at its end;
/// a new or last one too ("un nouveau délai de 60 jours", "un ultime délai supplémentaire"),
/// an aside between commas after the one given it ("aux militaires, au pouvoir depuis
/// mars, pour ...") no part of its name.
static GIVES: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:donn|accord|lanc|fix|impos)(?:e|ent|é|era|eront|erait|eraient|ait|aient)\s+(?:un\s+(?:(?:nouveau|nouvel|dernier|ultime|autre|second|deuxième)\s+)?(?:délai|ultimatum)(?:\s+(?:supplémentaire|additionnel))?\s+(?:de\s+|d['’]))?((?:\d+|{words})(?:\s*\(\d+\))?\s+(?:heures|jours?|semaines?|mois))\s+((?:à|aux?)\s+[^,;]{{2,120}}?)(?:,\s+[^,;]{{2,160}}?,)?\s+pour\s+(.+)$"
    ))
    .expect("valid regex")
});

/// "ont donné aux autorités de transition 30 jours pour ...": whom before the time given,
/// with its "un délai de" too ("au colonel X et à ses adjoints un délai de six mois pour
/// ...": the delay's words are no part of the last one's name);
/// "a donné jusqu'au 31 mars à la junte pour ...": a time given up to a day.
static GIVES_TO_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:donn|accord)(?:e|ent|é|era|eront|erait|eraient|ait|aient)\s+((?:à|aux?)\s+[^,;]{{2,80}}?)\s+(?:un\s+(?:(?:nouveau|nouvel|dernier|ultime|autre|second|deuxième)\s+)?(?:délai|ultimatum)(?:\s+(?:supplémentaire|additionnel))?\s+(?:de\s+|d['’]))?((?:\d+|{words})(?:\s*\(\d+\))?\s+(?:heures|jours?|semaines?|mois))\s+pour\s+(.+)$"
    ))
    .expect("valid regex")
});
static GIVES_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:donn|accord)(?:e|ent|é|era|eront|erait|eraient|ait|aient)\s+jusqu['’](?:au|à)\s+([^,;]{3,40}?)\s+((?:à|aux?)\s+[^,;]{2,120}?)\s+pour\s+(.+)$")
        .expect("valid regex")
});

fn given_time(clause: &str) -> Option<(Vec<String>, String)> {
    if let Some(m) = GIVES_UNTIL.captures(clause) {
        let names = actors(&m[2]);
        let day = m[1].trim();
        let day = day.strip_prefix("le ").unwrap_or(day);
        let action = format!("{}, au plus tard le {day}", clean(&m[3]));
        return (!names.is_empty()).then_some((names, action));
    }
    if let Some(m) = GIVES_TO_FIRST.captures(clause) {
        let names = actors(&m[1]);
        let span = BRACKETED_FIGURE.replace(&m[2], "");
        let action = format!("{}, dans un délai de {span}", clean(&m[3]));
        return (!names.is_empty()).then_some((names, action));
    }
    let m = GIVES.captures(clause)?;
    let names = actors(&m[2]);
    // "huit (08) jours": the figure in brackets repeats the word.
    let span = BRACKETED_FIGURE.replace(&m[1], "");
    let action = format!("{}, dans un délai de {span}", clean(&m[3]));
    (!names.is_empty()).then_some((names, action))
}

static BRACKETED_FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\(\d+\)").expect("valid regex"));

/// "nous nous engageons à manifester notre solidarité": a declaration's commitment is the
/// body's own, as "commits to" is in English.
static COMMITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bnous\s+nous\s+engageons(?:\s+(?:également|aussi|en\s+outre))?\s+à\s+")
        .expect("valid regex")
});

fn committed(clause: &str, body: &str) -> Option<(Vec<String>, String)> {
    // "Les Chefs d'Etat ... s'engagent à ...": the subject's commitment, in the third person.
    let (m, who) = match COMMITS.find(clause) {
        Some(m) => (m, body.to_string()),
        None => match COMMITS_THIRD.find(clause) {
            Some(m) => (m, committing_subject(&clause[..m.start()], body)),
            None => {
                // "Les dirigeants de l'Union se sont engagés à accompagner ...": the pledge
                // of the meeting's leaders, named as the sentence's subject ("les États qui
                // se sont engagés à ..." tells a standing commitment).
                let m = PLEDGED.find(clause)?;
                let before = &clause[..m.start()];
                if fold(before).contains(" qui ") {
                    return None;
                }
                // (In a text that names no body, the people are named all the same.)
                let own = if body.starts_with('(') { "" } else { body };
                // "Les dirigeants arabes se sont engagés à ...": the leaders named by where
                // they are from; "Ils se sont engagés à ..." (the leaders the sentence
                // before named: the caller knows them).
                let who = deciding_people(before.trim(), own)
                    .or_else(|| {
                        PLEDGING_LEADERS
                            .captures(before.trim())
                            .map(|l| capitalised(&l[1]))
                    })
                    .or_else(|| PLEDGING_PRONOUN.is_match(before).then(String::new))?;
                (m, who)
            }
        },
    };
    // "à « développer les outils ... »": the pledge quoted.
    let action = clause[m.end()..].trim_start_matches(['«', '"', '“', ' ', '\u{a0}']);
    let action = clean(action.trim_end_matches(['»', '"', ' ']));
    let action = action.split(['»', '"']).next().unwrap_or_default().trim();
    let who = if who.is_empty() {
        Vec::new()
    } else {
        vec![who]
    };
    (!action.is_empty()).then(|| (who, clean(action)))
}

/// "Les dirigeants arabes", "les dirigeants africains": leaders named by an adjective of
/// where they are from, the subject of a pledge.
static PLEDGING_LEADERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[.;]\s+|,\s+)(?:les\s+)(dirigeants\s+(?-i:\p{Ll})[\p{L}-]+s)$")
        .expect("valid regex")
});

/// "Ils se sont engagés à ...", "Elles se sont engagées à ...": a pledge whose subject is a
/// pronoun at the sentence's start.
static PLEDGING_PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:ils|elles)\s*$").expect("valid regex"));

/// The leaders a sentence names as its subject ("Les dirigeants arabes ont réaffirmé ...",
/// "Dans la déclaration, les dirigeants arabes ont ..."), whom the next sentence's "Ils se
/// sont engagés à ..." stands for.
pub fn leaders_subject(sentence: &str) -> Option<String> {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        let heads = any_of(table::FR_DECIDING_PEOPLE);
        Regex::new(&format!(
            r"(?i)(?:^\s*|,\s+)(?:les\s+)?((?:dirigeants|participants|{heads})\b[^,;:()]{{0,60}}?)\s+(?:ont|se\s+sont|s['’]\s*engagent)\b"
        ))
        .expect("valid regex")
    });
    let m = OPENS.captures(sentence)?;
    Some(addressee_name(&m[1]))
}

/// Whether a sentence's decision has a plural pronoun for its subject ("Ils ont jugé ... et
/// ont décidé d'organiser ...", "Elles ont en outre décidé de ..."): it stands for the
/// people the sentence before named as its subject, not for the body.
pub fn pronoun_decision(sentence: &str) -> bool {
    static DECIDED_BY_THEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:ils|elles)\s+(?:ont|[^.;:]{0,160}?\s+et\s+ont)\s+(?:(?:également|aussi|en\s+outre|par\s+ailleurs)\s+)?décidé\s+(?:de\s|d['’])")
            .expect("valid regex")
    });
    DECIDED_BY_THEM.is_match(sentence)
}

/// Whether a sentence's decision has a singular pronoun for its subject ("Elle décide de
/// ...", "A cela, elle décide ...", "Il a également décidé de ...").
pub fn singular_pronoun_decision(sentence: &str) -> bool {
    static DECIDED_BY_IT: LazyLock<Regex> = LazyLock::new(|| {
        let adverbs = any_of(table::FR_ADVERBS);
        Regex::new(&format!(
            r"(?i)^\s*(?:[^,;:.]{{1,40}},\s*)?(?:elle|il)\s+(?:a\s+)?(?:(?:{adverbs})\s+)*décid"
        ))
        .expect("valid regex")
    });
    DECIDED_BY_IT.is_match(sentence)
}

/// The organ a French sentence opens on as its subject ("La Conférence mandate ...",
/// "S'agissant de X, la conférence des chefs d'Etats a décidé ..."), when it is another than
/// the body (see `organ_alone`), as the text names it.
pub fn opening_organ(sentence: &str, body: &str) -> Option<String> {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:[^,;:.]{1,80},\s*)?(?:l[ae]\s+|l['’]\s*)((conférence|sommet|assemblée|conseil|comité|commission|bureau)(?:\s+des\s+chefs\s+d['’]\s*[eé]tats?(?:\s+et\s+de\s+gouvernement)?)?)\s+(?:a\s+|ont\s+)?(?-i:\p{Ll})")
            .expect("valid regex")
    });
    let m = OPENS.captures(sentence)?;
    organ_alone(&format!("la {}", &m[2]), body).map(|_| capitalised(&m[1]))
}

/// Whether a sentence's pledge has a pronoun for its subject ("Ils se sont engagés à ...").
pub fn pronoun_pledge(sentence: &str) -> bool {
    PLEDGED
        .find(sentence)
        .is_some_and(|m| PLEDGING_PRONOUN.is_match(&sentence[..m.start()]))
}

/// "Les Chefs d'Etat se félicitent ... et s'engagent à": the sentence's subject, up to its
/// first verb, else the body.
fn committing_subject(before: &str, body: &str) -> String {
    let cut = [" se ", " s'", " s’", " ont ", " a "]
        .iter()
        .filter_map(|w| before.find(w))
        .min()
        .unwrap_or(before.len());
    let head = before[..cut].trim();
    // "Plus de 40 États se sont engagés ...": a count of them names them.
    let head = &*COUNTED
        .find(head)
        .map_or(head.to_string(), |m| format!("les {}", &head[m.end()..]));
    opened(head)
        .then(|| actors(head).into_iter().next())
        .flatten()
        .or_else(|| deciding_subject(before, body))
        .unwrap_or_else(|| body.to_string())
}

/// "se sont engagés à", "s'est engagée à": a pledge told in the past.
static PLEDGED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:se\s+sont|s['’]\s*est)\s+(?:(?:également|aussi|en\s+outre)\s+)?engagée?s?(?:\s+(?:également|aussi|en\s+outre))?\s+à\s+")
        .expect("valid regex")
});

/// "Plus de 60 ", "Quelque 40 ", "Près de 12 " before a plural subject.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:plus\s+de|près\s+de|quelque|environ|au\s+moins)?\s*\d+\s+")
        .expect("valid regex")
});

static COMMITS_THIRD: LazyLock<Regex> = LazyLock::new(|| {
    // "Plus de 40 États se sont engagés, ce matin, à financer ...": the pledge made at the
    // meeting reported, its day between commas ("se sont engagés à" alone tells a standing
    // commitment, as a treaty's).
    Regex::new(r"(?i)\b(?:s['’]\s*|se\s+)(?:engagent|sont\s+engagée?s\s*,\s*(?:aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+soir|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,)(?:\s+(?:également|aussi|en\s+outre))?\s+à\s+")
        .expect("valid regex")
});

/// What follows a verb that asks someone: the addressee and the action ("les États Membres
/// de coopérer", "que toutes les parties respectent ..."); an invitation to take part in the
/// meeting's own discussion asks nothing to follow up.
fn addressed(rest: &str) -> Option<(Vec<String>, String)> {
    addressed_until(rest, false)
}

/// A call that names nobody ("appelle à la cessation des hostilités", "a exigé la libération
/// de ...", "demande que cesse ..."): a mandate of all States, as "Calls for ..." is in
/// English. "demande qu'il continue ..." asks the actor named before (no actor: the caller
/// takes the last one).
fn unaddressed_call(form: &str, rest: &str) -> Option<(Vec<String>, String)> {
    if let Some(after) = open_invite(form, rest) {
        return Some((vec![table::FR_ALL_STATES.to_string()], clean(after)));
    }
    if let Some(act) = encouraged_act(form, rest) {
        let doers = doers_named(act).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
        return Some((doers, clean(act)));
    }
    if !table::FR_CALL_VERBS.contains(&form) {
        return None;
    }
    // "appelé à une intervention du Conseil de sécurité", "la continuation du soutien par
    // l'UNRWA": the one the call's own phrase names as acting, else all States.
    let all = |action: &str| {
        let doers = doers_named(action).unwrap_or_else(|| vec![table::FR_ALL_STATES.to_string()]);
        Some((doers, clean(action)))
    };
    // "demande également à « maintenir la solidarité ... »": the text's own words quoted
    // after "à", with no addressee, call on all ("demandé à faire une déclaration", unquoted,
    // is one asking to act oneself).
    if table::FR_DEMAND_VERBS.contains(&form) {
        let quoted = starts_with_word(skip_call_asides(without_aside(rest.trim())), &["à"])
            .map(str::trim_start)
            .filter(|after| after.starts_with(['«', '"', '“']));
        if let Some(after) = quoted {
            let action = QUOTES.replace_all(after, " ").into_owned();
            return all(action.trim());
        }
    }
    let unquoted = QUOTES.replace_all(rest, " ").into_owned();
    let rest = skip_call_asides(without_aside(unquoted.trim()));
    if let Some(after) = starts_with_word(rest, &["que", "qu'", "qu’"]) {
        let lower = fold(after);
        let impersonal = ["il soit ", "il y ait ", "il y soit "]
            .iter()
            .any(|w| lower.starts_with(w));
        if let Some(pronoun) = ["il ", "elle ", "ils ", "elles "]
            .iter()
            .find(|w| lower.starts_with(*w))
            .filter(|_| !impersonal)
        {
            return Some((Vec::new(), clean(&after[pronoun.len()..])));
        }
        // "que l'Union africaine (UA) approuve ces démarches": the named subject is asked.
        if let Some(found) = that_named(after) {
            return Some(found);
        }
        // "que l'armée du pays se retire et remette le pouvoir ...": an acting body named
        // by a common noun, then its subjunctive, is asked.
        if let Some(found) = that_common_actor(after) {
            return Some(found);
        }
        // "que le Gouvernement libère ...": a subject of its own, not read here; so is one
        // a possessive or a demonstrative opens ("que ses résolutions soient appliquées":
        // a passive that-clause, which asks nobody), unless an agent "par X" names who
        // is to act ("que ces décisions soient endossées par l'UA").
        let determined = [
            "ses ", "son ", "sa ", "leurs ", "leur ", "ces ", "cette ", "cet ",
        ]
        .iter()
        .any(|a| lower.starts_with(a))
            && !lower.contains(" par ");
        let article = determined
            || [
                "le ", "la ", "les ", "l'", "un ", "une ", "des ", "tous ", "toutes ",
            ]
            .iter()
            .any(|a| lower.starts_with(a));
        // "que le jardinier X, détenu depuis mars, soit immédiatement libéré": the subject
        // is the one acted on, not asked: a call on all, as "la libération de X" is.
        if article && PASSIVE_SUBJUNCTIVE.is_match(after) {
            return all(after);
        }
        return if article { None } else { all(after) };
    }
    if form.contains("appel") {
        if let Some(after) = starts_with_word(rest, &["à"]) {
            return all(after);
        }
        if starts_with_word(rest, &["au", "aux"]).is_some() {
            return all(rest);
        }
        return called_to_a_thing(rest);
    }
    let thing = demanded_thing(rest);
    (thing && table::FR_DEMAND_VERBS.contains(&form)).then(|| all(rest))?
}

/// The determiners of a thing demanded ("exige la libération de X").
const DEMANDED_DETERMINERS: &[&str] = &["la", "le", "les", "l'", "l’", "un", "une", "des", "du"];

/// "demande sa libération", "exige leur désarmement": a possessive before an act's noun,
/// the one it names said before (not "demande leur avis aux communes", a thing asked of
/// someone).
static POSSESSED_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:sa|son|ses|leur|leurs)\s+\p{L}+(?:tion|sion|ment)s?\b")
        .expect("valid regex")
});

/// Whether `rest` starts on a thing demanded: a determiner, or a possessed act ("demande
/// son retrait": an act's noun of the table, whatever its ending).
fn demanded_thing(rest: &str) -> bool {
    starts_with_word(rest, DEMANDED_DETERMINERS).is_some()
        || POSSESSED_ACT.is_match(rest.trim_start())
        || starts_with_word(rest, &["sa", "son", "ses", "leur", "leurs"]).is_some_and(|after| {
            let noun = fold(after.split_whitespace().next().unwrap_or_default());
            let noun = noun.trim_end_matches([',', ';', '.']);
            table::FR_DEMANDED_ACT_NOUNS.contains(&noun.trim_end_matches('s'))
        })
}

/// "encourage la poursuite du plan ...", "a encouragé le renforcement de ...": an act
/// encouraged with no addressee, as "encourages the continuation of X" is a call (on the
/// doer its phrase names, else all); "encourage les efforts de X" (no act) commends.
fn encouraged_act<'a>(form: &str, rest: &'a str) -> Option<&'a str> {
    // "encourageant ainsi la poursuite des crimes": a participle tells an effect, no call.
    if !form.contains("encourag") || form == "encourageant" {
        return None;
    }
    let rest = skip_call_asides(without_aside(rest.trim()));
    let after = starts_with_word(rest, &["la", "le", "l'", "l’"])?;
    let noun = fold(after.split_whitespace().next().unwrap_or_default());
    let act = noun.ends_with("tion")
        || noun.ends_with("ment")
        || table::FR_ACT_NOUNS.contains(&noun.as_str());
    act.then_some(rest)
}

/// "invitant à célébrer ...", "encourage à s'occuper ...": a request's verb with "à" and an
/// infinitive right after it names nobody; what it asks is the infinitive's.
fn open_invite<'a>(form: &str, rest: &'a str) -> Option<&'a str> {
    // "recommande de prendre des sanctions ...": a recommendation with "de" and an
    // infinitive right after it names nobody either ("recommande à X de ..." names X).
    let after = if table::FR_OPEN_INVITES.contains(&form) {
        starts_with_word(rest.trim(), &["à"])?
    } else if table::FR_OPEN_RECOMMENDS.contains(&form) {
        starts_with_word(rest.trim(), &["de", "d'", "d’"])?
    } else {
        return None;
    };
    OPEN_INFINITIVE.is_match(after).then_some(after)
}

static OPEN_INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\b").expect("valid regex")
});

/// "l'Union africaine (UA) approuve ces démarches": a capitalised subject after "que", and
/// its verb in the subjunctive: the first word in "-e" / "-ent" that an object follows.
fn that_named(after: &str) -> Option<(Vec<String>, String)> {
    let lower = fold(after);
    // "que Jean Dupont transfère ...": a person's or a country's name needs no article.
    if !["le ", "la ", "les ", "l'"]
        .iter()
        .any(|a| lower.starts_with(a))
        && !after.starts_with(char::is_uppercase)
    {
        return None;
    }
    let words: Vec<&str> = after.split(' ').collect();
    let name_first = words.first()?.trim_start_matches(['l', 'L', '\'', '’']);
    if !(name_first.starts_with(char::is_uppercase)
        || words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase)))
    {
        return None;
    }
    // "qu'X mette fin à ...", "fasse rapport", "prenne part à": a locution's noun after
    // the subjunctive, as an object.
    let objects = [
        "le", "la", "les", "l'", "l’", "un", "une", "des", "ces", "ses", "son", "sa", "leur",
        "leurs", "à", "au", "aux", "fin", "face", "part", "rapport", "preuve", "suite",
    ];
    // "que le Programme des Nations Unies pour le développement renforce ...": a name of up
    // to eleven words.
    let at = (1..words.len().min(12)).find(|&k| {
        let w = fold(words[k]);
        // "que le Directeur régional poursuive activement ses efforts": an adverb in
        // "-ment" between the verb and its object ("immédiatement et pacifiquement": two
        // joined by "et").
        let adverbs = words[k + 1..]
            .iter()
            .take_while(|n| {
                let n = fold(n);
                n.ends_with("ment") || n == "et"
            })
            .count();
        let next = words
            .get(k + 1 + adverbs)
            .map(|n| fold(n))
            .unwrap_or_default();
        let object = objects
            .iter()
            .any(|o| next == *o || (o.ends_with('\'') && next.starts_with(o)))
            || next.starts_with("l'");
        words[k].starts_with(char::is_lowercase)
            && (w.ends_with('e') || (w.ends_with("ent") && !w.ends_with("ment")))
            && ![
                "une", "cette", "notre", "votre", "même", "entre", "contre", "comme", "de",
            ]
            .contains(&w.as_str())
            && object
    })?;
    let subject = words[..at].join(" ");
    let names = actors(&subject);
    let action = clean(&words[at..].join(" "));
    (!names.is_empty()).then_some((names, action))
}

/// "l'armée soudanaise se retire et remette ...", "la junte libère les détenus": a subject
/// whose head is an acting body named by a common noun (`FR_THAT_ACTORS`), its adjectives,
/// then its verb (reflexive, or in "-e" / "-ent" before an object): the subject asked.
fn that_common_actor(after: &str) -> Option<(Vec<String>, String)> {
    let words: Vec<&str> = after.split(' ').collect();
    let first = fold(words.first()?);
    let head = ["l'", "l’"]
        .iter()
        .find_map(|a| first.strip_prefix(a))
        .map(str::to_string)
        .or_else(|| {
            ["le", "la", "les"]
                .contains(&first.as_str())
                .then(|| words.get(1).map(|w| fold(w)))
                .flatten()
        })?;
    if !table::FR_THAT_ACTORS.contains(&head.as_str()) {
        return None;
    }
    let objects = [
        "le", "la", "les", "un", "une", "des", "ces", "ses", "son", "sa", "leur", "leurs",
    ];
    let at = (1..words.len().min(6)).find(|&k| {
        let w = fold(words[k]);
        if w == "se" || w.starts_with("s'") || w.starts_with("s’") {
            return true;
        }
        let next = words.get(k + 1).map(|n| fold(n)).unwrap_or_default();
        (w.ends_with('e') || (w.ends_with("ent") && !w.ends_with("ment")))
            && (objects.contains(&next.as_str())
                || next.starts_with("l'")
                || next.starts_with("l’"))
    })?;
    // The article and the head are the subject at least.
    let least = if first.starts_with("l'") || first.starts_with("l’") {
        1
    } else {
        2
    };
    if at < least {
        return None;
    }
    let names = actors(&words[..at].join(" "));
    let action = clean(&words[at..].join(" "));
    (!names.is_empty() && !action.is_empty()).then_some((names, action))
}

/// Who a called-for act's own phrase names as acting: "par l'UNRWA", or "une intervention
/// du Conseil de sécurité" (a noun of `FR_AGENT_NOUNS`, then a capitalised name).
fn doer_named(action: &str) -> Option<String> {
    // "la relance des négociations entre les deux parties, X et le Y": talks
    // between two named ones are theirs to hold (as "between X and Y" in English).
    if let Some(between) = between_doers(action) {
        return Some(between);
    }
    // "un dialogue ouvert, réunissant tous les partis du pays": talks that gather the
    // ones their participle names are theirs to hold, as talks "entre" them are.
    if let Some(m) = TALKS_GATHERING.captures(action) {
        return Some(m[1].trim().to_string());
    }
    // "un X immédiat de la part de tous les Y": the phrase names who
    // is to act, in lower case too.
    if let Some(m) = ON_THE_PART_OF.captures(action) {
        return Some(m[1].trim().to_string());
    }
    if let Some(m) = BY_DOER.captures(action) {
        // "les violations commises par X": a participle's agent, not the act's.
        let before = fold(action[..m.get(0).expect("match").start()].trim_end());
        let word = before.rsplit(' ').next().unwrap_or_default();
        let participle = [
            "é", "ée", "és", "ées", "is", "ise", "ises", "ite", "ites", "u", "ue", "us", "ues",
        ]
        .iter()
        .any(|e| word.ends_with(e));
        // "que ces décisions soient endossées par l'UA": a passive's agent does the act.
        let passive = ["soient ", "soit ", "être ", "sont ", "est "]
            .iter()
            .any(|aux| before.ends_with(&format!("{aux}{word}")));
        if !participle || passive {
            return Some(m[1].trim().to_string());
        }
    }
    if let Some(m) = OF_DOER.captures(action) {
        let noun = fold(&m[1]);
        return table::FR_AGENT_NOUNS
            .contains(&noun.as_str())
            .then(|| m[2].trim().to_string());
    }
    // "le renforcement de la mobilisation de la Ligue X pour ...": an act
    // of an agent noun further in, its doer after it.
    INNER_DOER
        .captures_iter(action)
        .find(|m| table::FR_AGENT_NOUNS.contains(&fold(&m[1]).as_str()))
        .map(|m| m[2].trim().to_string())
}

/// "des négociations entre les deux parties, la Ligue X et le Syndicat Y": the names after
/// "entre" of talks (`table::FR_TALKS_NOUNS`), the apposition after a comma if there is
/// one, without their first article; two at least ("entre les deux pays" names none).
fn between_doers(action: &str) -> Option<String> {
    static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
        let talks = any_of(table::FR_TALKS_NOUNS);
        Regex::new(&format!(
            r"(?i)\b(?:{talks})(?:\s+\p{{Ll}}+)?\s+entre\s+([^;.«»]+?)\s*(?:[;.]|$)"
        ))
        .expect("valid regex")
    });
    let m = BETWEEN.captures(action)?;
    let names = m[1]
        .rsplit_once(", ")
        .map_or(&m[1], |(_, after)| after)
        .trim();
    let names = starts_with_word(names, &["le", "la", "les", "l'", "l’"]).unwrap_or(names);
    (names.contains(" et ") && names.starts_with(char::is_uppercase)).then(|| names.to_string())
}

/// "des pourparlers directs, associant toutes les factions", "un dialogue rassemblant les
/// partis": talks (`table::FR_TALKS_NOUNS`), a few words of their own, then a participle of
/// gathering and the ones gathered.
static TALKS_GATHERING: LazyLock<Regex> = LazyLock::new(|| {
    let talks = any_of(table::FR_TALKS_NOUNS);
    Regex::new(&format!(
        r"(?i)\b(?:{talks})\b[^,;.«»]{{0,40}}?,?\s+(?:rassemblant|réunissant|associant|incluant|impliquant)\s+(?:(?:toutes|tous)\s+)?(?:les\s+|l['’]|la\s+|le\s+)([^,;.«»]+?)\s*(?:[,;.]|$)"
    ))
    .expect("valid regex")
});

static ON_THE_PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bde\s+la\s+part\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])([^,;.«»]+?)\s*(?:\b(?:pour|afin|en|dans|sur|contre)\b|[,;.]|$)")
        .expect("valid regex")
});

static INNER_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{Ll}+)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(\p{Lu}[^,;.]*?|communauté\s+internationale)(?:\s+(?:pour|afin|en|à|au|aux|dans|sur|contre)\b|[,;.]|$)")
        .expect("valid regex")
});

/// "le soutien de l'Union africaine et des Nations unies": each name the call's phrase
/// gives its doers.
fn doers_named(action: &str) -> Option<Vec<String>> {
    let unquoted = QUOTES.replace_all(action, " ").into_owned();
    let names = doer_named(unquoted.trim())?;
    Some(
        AND_OF
            .split(&names)
            .map(|n| capitalised(n.trim()))
            .filter(|n| !n.is_empty())
            .collect(),
    )
}

/// " et des ", " et de la ", " et les ": another name of the same act.
static AND_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+et\s+(?:des|du|de\s+la|de\s+l['’]|de|les|le|la|l['’])\s*").expect("valid regex")
});

/// "par l'UNRWA", "par le Comité des sanctions": a capitalised name after "par".
static BY_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bpar\s+(?:le\s+|la\s+|les\s+|l['’])?(\p{Lu}[^,;.]*?)(?:\s+(?:pour|afin|en|à|au|aux|dans|sur|contre|aux?)\b|[,;.]|$)")
        .expect("valid regex")
});

/// "une intervention du Conseil de sécurité de l'ONU pour ...": the noun, the name.
static OF_DOER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:au\s+|aux\s+|à\s+la\s+|à\s+l['’]|à\s+une?\s+|une?\s+|la\s+|le\s+|l['’])?(\p{Ll}+)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*(\p{Lu}[^,;.]*?|(?:tous|toutes)\s+(?:ses|les|leurs)\s+\p{Ll}+)(?:\s+(?:pour|afin|en|à|au|aux|dans|sur|contre|y)\b|[,;.]|$)")
        .expect("valid regex")
});

/// "Apprécie l'intention du Secrétaire général ..., et demande qu'il continue ...": the
/// one person or body the sentence names before its pronoun (none: the last actor asked).
fn named_before(before: &str) -> Vec<String> {
    let lower = fold(before);
    let titled = SINGLE_NAME
        .captures_iter(before)
        .last()
        .map(|m| (m.get(1).expect("name").start(), m[1].to_string()));
    // A title of the table first: "le Conseil" after it is more often what it informs.
    table::FR_SINGLE_ACTORS
        .iter()
        .filter_map(|name| lower.rfind(name).map(|at| (at, name.to_string())))
        .max_by_key(|(at, _)| *at)
        .or(titled)
        .map(|(_, name)| {
            let mut c = name.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .into_iter()
        .collect()
}

/// "du Directeur", "le Président exécutif": one capitalised name after an article.
static SINGLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:du|de\s+la|de\s+l['’]|le|la|l['’])\s*(\p{Lu}\p{Ll}+(?:\s+(?:général|générale|spécial|spéciale|exécutif|exécutive|adjoint|adjointe))?)\b")
        .expect("valid regex")
});

/// "en lui demandant un plan de retrait": a thing asked for, opened by an article.
fn asked_thing(rest: &str) -> Option<&str> {
    starts_with_word(rest, &["un", "une", "des", "le", "la", "les", "l'", "l’"]).map(|_| rest)
}

/// "s'est adressée au Comité national X (CNSP), la junte ..., en lui demandant": the first
/// capitalised name the clause addresses with "à", "au" or "aux".
fn addressed_before(before: &str) -> Option<String> {
    let m = ADDRESSED_NAME.captures(before)?;
    let name = m[1].trim().trim_end_matches(',').trim();
    Some(name.to_string())
}

static ADDRESSED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:au|aux|à\s+la|à\s+l['’]|à)\s+(\p{Lu}[^,;()]*)").expect("valid regex")
});

/// "au chapitre politique, le rétablissement ...": what follows a short phrase and its comma,
/// when it opens with an article.
fn second_aside(rest: &str) -> Option<&str> {
    let comma = rest.find(", ")?;
    let after = &rest[comma + 2..];
    let short = rest[..comma].split_whitespace().count() <= 4;
    let thing = starts_with_word(after, &["la", "le", "les", "l'", "l’", "un", "une", "des"]);
    (short && thing.is_some()).then_some(after)
}

/// "la contribution des troupes sud-africaines qui ... et leur": the last plural group
/// opened by "des", "les" or "aux" before the pronoun.
static PLURAL_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:des|les|aux)\s+(\p{L}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)").expect("valid regex")
});

fn plural_before(before: &str) -> Option<Vec<String>> {
    if let Some(names) = thanked(before) {
        return Some(names);
    }
    // "Conformément aux accords d'Addis-Abeba, il leur demande ...": texts are not asked.
    let groups: Vec<_> = PLURAL_GROUP
        .captures_iter(before)
        .filter(|m| {
            let head = fold(m[1].split_whitespace().next().unwrap_or_default());
            !table::FR_TEXT_PLURALS.contains(&head.as_str())
        })
        .collect();
    // "des brigades qui « protègent les arbres » et leur": the antecedent of a relative
    // clause, not a plural inside it; of a participle's clause likewise ("tous les États
    // ayant planté des arbres, et les invite").
    let group = groups
        .iter()
        .rev()
        .find(|m| {
            let after = &before[m.get(0).expect("match").end()..];
            let g = m.get(1).expect("group");
            let head_end = g.start() + g.as_str().find(' ').unwrap_or(g.len());
            after.trim_start().starts_with("qui ")
                || DESCRIBING_PARTICIPLE
                    .find(&before[head_end..])
                    .is_some_and(|p| p.start() == 0)
        })
        .or(groups.last())?;
    let name = group.get(1)?.as_str().trim_end_matches(" qui");
    let name = DESCRIBING_PARTICIPLE
        .find(name)
        .map_or(name, |p| &name[..p.start()]);
    // "toutes les parties à appliquer ...": the noun, not the preposition after it.
    let name = ["à", "au", "aux", "de", "du", "des", "en", "et"]
        .iter()
        .find_map(|p| name.strip_suffix(&format!(" {p}")))
        .unwrap_or(name)
        .to_string();
    let mut c = name.chars();
    let first = c.next()?;
    Some(vec![first.to_uppercase().collect::<String>() + c.as_str()])
}

/// "Félicite les villes et les communes pour leur part dans les concours ... et les
/// encourage à ...": whom a verb of thanks names before its "pour" are those it then asks,
/// not a plural of the reason given.
fn thanked(before: &str) -> Option<Vec<String>> {
    let lower = fold(before.trim_start()).to_lowercase();
    if !["félicite", "remercie"]
        .iter()
        .any(|v| lower.starts_with(v))
    {
        return None;
    }
    let reason = before.find(" pour ")?;
    let names: Vec<String> = PLURAL_GROUP
        .captures_iter(&before[..reason])
        .filter(|m| m[0].to_lowercase().starts_with("les"))
        .map(|m| {
            let name = m[1].trim_end();
            let name = name.strip_suffix(" et").unwrap_or(name);
            let mut c = name.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    (!names.is_empty()).then_some(names)
}

/// "appelle les parties au conflit à des négociations", "appelle les parties au calme": the
/// addressee, then what it is called to (a noun, not an infinitive): the last "à" opens it.
static CALLED_TO: LazyLock<Regex> = LazyLock::new(|| {
    // Greedy: "les parties au conflit au Sahara occidental à des négociations" splits at the
    // last "à", and "au conflit" stays in the name.
    Regex::new(r"(?i)^((?:les|la|le|l['’]|tous|toutes)\s*[^;:]{2,120})\s+(à\s+(?:des|la|l['’]|un|une)\s*[^,;]+|aux?\s+[^,;]+)$")
        .expect("valid regex")
});

fn called_to_a_thing(rest: &str) -> Option<(Vec<String>, String)> {
    let rest = clean(rest);
    let m = CALLED_TO.captures(&rest)?;
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// What follows `words`' first match at the start of `text` ("l'" needs no space after it).
fn starts_with_word<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| {
        let n = text
            .char_indices()
            .nth(w.chars().count())
            .map_or(text.len(), |(i, _)| i);
        let head = fold(&text[..n]);
        let after = &text[n..];
        // "jeudi, le déploiement ...": a word of time may end at its comma too.
        (head == fold(w) && (w.ends_with(['\'', '’']) || after.starts_with([' ', ','])))
            .then(|| after.trim_start())
    })
}

/// "samedi à ...", "vendredi soir dans un communiqué une révision ...": without the
/// communiqué's words of time and place before what is called for.
fn skip_call_asides(mut rest: &str) -> &str {
    loop {
        if let Some(after) = starts_with_word(rest, table::FR_CALL_ASIDES) {
            rest = after.trim_start_matches([',', ' ']);
        } else if let Some(after) = place_aside(rest) {
            rest = after;
        } else {
            return rest;
        }
    }
}

/// "à Luanda les forces ...", "à Addis-Abeba, les parties ...": where the communiqué was
/// given, a capitalised place after "à" with an addressee's article after it (not "à la
/// Commission", not "à Israël de ...").
fn place_aside(rest: &str) -> Option<&str> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^à\s+\p{Lu}[\p{Ll}’'-]+(?:[\s-]\p{Lu}[\p{Ll}’'-]+)*\s*,?\s+")
            .expect("valid regex")
    });
    let after = &rest[PLACE.find(rest)?.end()..];
    starts_with_word(
        after,
        &[
            "les",
            "le",
            "la",
            "l'",
            "l’",
            "tous les",
            "toutes les",
            "leurs",
        ],
    )
    .is_some()
    .then_some(after)
}

/// Whether the words before an opening quote name nobody yet or end on the word that
/// introduces the action ("de « coopérer »", "à « fournir »").
fn ends_before_action(before: &str) -> bool {
    let before = fold(before.trim_end());
    before.is_empty()
        || [" de", " d'", " à", " a"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// As [`addressed`]; `appeal`: the addressee of a renewed appeal also ends before "pour"
/// ("ses appels au Conseil de sécurité pour l'imposition d'un blocus").
fn addressed_until(rest: &str, appeal: bool) -> Option<(Vec<String>, String)> {
    let rest = quoted_aside_dropped(before_quote_closes(rest));
    // "exhortent ces deux pays «" at a page's end: the text cut inside the quotation that
    // opens right after the addressee still asks the addressee.
    let cut_in_quote = rest.trim_end().ends_with(['«', '“']);
    // « trouver un accord »: the quotation marks around an action are not words (nor the
    // space a closing mark leaves before the addressee: "demande" à la junte).
    let unquoted = QUOTES.replace_all(&rest, " ").trim_start().to_string();
    // "a invité aujourd'hui les parties à ...": a communiqué's day before the addressee.
    let rest = skip_call_asides(without_aside(&unquoted));
    // "exige de toutes les parties qu'elles cessent ...": the addressee, then "que".
    let found = that_subjunctive(rest)
        .or_else(|| of_x_that(rest))
        .or_else(|| that_meeting(rest));
    if found.is_some() {
        return found;
    }
    let end = addressee_end(rest, appeal, cut_in_quote)?;
    if !addressee(rest) {
        return None;
    }
    addressee_then_action(rest, end)
}

/// "« Nous appelons à des sanctions », c'est ainsi que ...": the quote the verb is in
/// closes before any addressee's infinitive.
/// A "»" set right before a word ("d' »apporter ...") or right after "de" / "à" ("de »
/// conduire ...") opens a quote, a typist's slip.
fn before_quote_closes(rest: &str) -> &str {
    let close = rest
        .char_indices()
        .find(|&(i, c)| c == '»' && !opens_quote(&rest[..i], &rest[i + c.len_utf8()..]))
        .map(|(i, _)| i);
    match (close, rest.find('«')) {
        (Some(close), open) if open.is_none_or(|o| o > close) => &rest[..close],
        _ => rest,
    }
}

/// "appelle X « en attendant <une chose>, à <agir> ... »": a quote opened
/// after the addressee with an aside before the infinitive; the addressee ends at it.
fn quoted_aside_dropped(rest: &str) -> String {
    match rest.find('«') {
        Some(open) if !ends_before_action(&rest[..open]) => match INFINITIVE.find_at(rest, open) {
            Some(inf) if rest[open..inf.start()].contains(',') => {
                format!("{} {}", rest[..open].trim_end(), &rest[inf.start()..])
            }
            _ => rest.to_string(),
        },
        _ => rest.to_string(),
    }
}

/// Where the addressee `addressed_until` reads ends: at the first infinitive not of a
/// purpose, or the purpose's words; none where the call names nobody.
fn addressee_end(rest: &str, appeal: bool, cut_in_quote: bool) -> Option<usize> {
    // "afin de rétablir ...", "en vue de ...": a purpose, not what the addressee is asked.
    // "appelle à restaurer l'ordre ...": a call that names nobody.
    if INFINITIVE
        .find(&format!(" {rest}"))
        .is_some_and(|m| m.start() == 0)
    {
        return None;
    }
    let inf = INFINITIVE
        .find_iter(rest)
        .find(|m| {
            let before = fold(&rest[..m.start()]);
            !table::FR_PURPOSE_WORDS.iter().any(|w| before.ends_with(w)) && !noun_in_re(m.as_str())
        })
        .map(|m| m.start());
    // "INVITE le Directeur regional a prevoir ...": a text typed (or read by OCR) without
    // its accents writes "à" as "a"; there, "a" before an infinitive ends the addressee
    // too (a past tense's "a" takes a participle, never an infinitive).
    let unaccented = UNACCENTED_TO
        .find(rest)
        .filter(|m| {
            // "qui a notre appui", "a encore", "a entre les mains": "a" the verb, before a
            // word that only looks like an infinitive.
            let last = fold(m.as_str().rsplit(' ').next().unwrap_or_default());
            !noun_in_re(m.as_str())
                && ![
                    "notre", "votre", "entre", "encore", "contre", "autre", "outre",
                ]
                .contains(&last.as_str())
                && !has_accents(rest)
        })
        .map(|m| m.start());
    let inf = match (inf, unaccented) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let purpose = PURPOSE
        .find(rest)
        .filter(|m| appeal || m.as_str().contains("qu"))
        .map(|m| m.start());
    Some(match (inf, purpose) {
        (Some(a), Some(b)) => a.min(b),
        // "appelé les pays de X à une présence « active » à Y": no
        // infinitive, a thing asked after "à un(e)"; the addressee ends before it.
        (None, None) => cut_after_addressee(rest)
            .or_else(|| cut_in_quote.then(|| rest.trim_end().len()))
            .or_else(|| to_a_thing(rest))?,
        (a, b) => a.or(b)?,
    })
}

/// " a prevoir", " a s'assurer": "à" written without its accent, then an infinitive.
static UNACCENTED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+a\s+(?:(?:se|s['’]|en|y|leur|lui|le|la|les|l['’])\s*){0,2}\p{Ll}{3,}(?:er|ir|re|oir)\b")
        .expect("valid regex")
});

/// Whether `text` writes any French accent (a text that writes none may write "à" as "a").
fn has_accents(text: &str) -> bool {
    text.chars()
        .any(|c| "àâäéèêëîïôöùûüçÀÂÉÈÊÎÔÙÛÇ".contains(c))
}

/// The actors named before `end` and the action after it, its opening word dropped.
fn addressee_then_action(rest: &str, end: usize) -> Option<(Vec<String>, String)> {
    let names = actors(&rest[..end]);
    let action = rest[end..].trim_start();
    let action = [
        "de ",
        "d'",
        "d’",
        "à ",
        "a ",
        "pour que ",
        "pour qu'",
        "pour qu’",
        "pour ",
    ]
    .iter()
    .find_map(|p| action.strip_prefix(p))
    .unwrap_or(action);
    (!names.is_empty() && !on_the_spot(action)).then(|| (names, clean(action)))
}

/// "4. Prie le Secrétaire général de" at the foot of a page: a request cut after its
/// addressee and the word that opens its task still asks the addressee (where that word
/// starts).
fn cut_after_addressee(rest: &str) -> Option<usize> {
    let trimmed = rest.trim_end();
    ["de", "à"].iter().find_map(|w| {
        let head = trimmed.strip_suffix(w)?;
        head.ends_with(' ').then_some(head.len())
    })
}

/// Where "à un(e) <thing>" opens what an addressee is asked for ("les pays à une
/// participation"), after at least two words of the addressee.
fn to_a_thing(rest: &str) -> Option<usize> {
    let at = [" à une ", " à un "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()?;
    (rest[..at].split_whitespace().count() >= 2).then_some(at + 1)
}

/// "de l'ordre", "du cadre": a noun that ends as an infinitive does.
fn noun_in_re(found: &str) -> bool {
    let last = fold(found.rsplit([' ', '\'']).next().unwrap_or_default());
    table::FR_NOUNS_IN_RE.contains(&last.as_str())
}

/// "une « Déclaration » qui demande ...", "une résolution appelant les parties à ...": the
/// text itself asks, as after a comma ("..., demande ...").
static TEXT_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    let texts = any_of(table::FR_TEXT_NOUNS);
    let verbs = any_of(
        &table::FR_TEXT_VERBS
            .iter()
            .map(|(p, _)| *p)
            .collect::<Vec<_>>(),
    );
    let who = any_of(table::FR_TEXT_PRONOUNS_WHO);
    let doing = any_of(table::FR_TEXT_PRONOUNS_DOING);
    let participles: Vec<&str> = table::FR_TEXT_VERBS
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| p.ends_with("ant"))
        .collect();
    let participles = any_of(&participles);
    // "les recommandations de sa Deuxième Commission qui appelle ...": a text's noun, a
    // short complement, then the relative; a pronoun standing for a text likewise.
    Regex::new(&format!(
        r"(?i)\b((?:{texts})s?(?:\s+(?:de|du|des)\s+[^,.;«»]{{1,40}}?)?|{who})\s*»?\s*,?\s+(?:qui\s+)?({verbs})\b|\b({doing})\s+({participles})\b"
    ))
    .expect("valid regex")
});

static BARE_GERUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{L})\s+((?:tout\s+)?en\s+(?:invitant|exhortant|encourageant|demandant|priant|appelant|engageant|chargeant|instruisant|exigeant)\b)")
        .expect("valid regex")
});

static VERB_WITH_ADVERB: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(
        &table::FR_TEXT_VERBS
            .iter()
            .map(|(_, v)| *v)
            .collect::<Vec<_>>(),
    );
    Regex::new(&format!(
        r"(\p{{Ll}}+)\s+((?:{verbs})(?:nt)?\s+(?:également|aussi|ainsi|en\s+outre|par\s+ailleurs)\b)"
    ))
    .expect("valid regex")
});

/// "a donné des instructions fermes à la Commission de ...", "donne instruction au Président
/// de ...": an instruction given to X asks X, as "a demandé à X de ..." does.
static INSTRUCTION: LazyLock<Regex> = LazyLock::new(|| {
    // "ont donné mandat au Comité X d'examiner ...": a mandate given asks as well.
    Regex::new(r#"(?i)\b(donné|donnent|donne)\s+["«“]?\s*(?:des\s+|une\s+|un\s+|l['’])?(?:instructions?|mandat)(?:\s+(?:fermes|claires|précises|expresses|nécessaires))?\s+(à|au|aux)\b"#)
        .expect("valid regex")
});

/// "(Cédéao) "demande" à la junte": straight quotes too.
static QUOTED_VERB: LazyLock<Regex> = LazyLock::new(|| {
    // "..., à l'unanimité, "appelle à ...": after an aside's comma too.
    Regex::new(r#"(\p{L}[\p{L}'’-]*\)?,?)\s+[«“"]\s*(\p{Ll})"#).expect("valid regex")
});

static AUTHORISED_TO_ASK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:s['’]estime|se\s+(?:sent|déclare|juge)|est)\s+autorisée?\s+à\s+(demander|inviter|prier|exhorter|engager|encourager|appeler)\b")
        .expect("valid regex")
});

static AND_TO_ASK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s*et\s+à\s+(demander|inviter|prier|exhorter|engager|encourager|appeler)\b")
        .expect("valid regex")
});

/// "demander" → "demande": the present of an asking infinitive.
fn asking_present(infinitive: &str) -> String {
    match infinitive {
        "appeler" => "appelle".to_string(),
        other => format!("{}e", other.trim_end_matches("er")),
    }
}

/// "a confié à X la mission de": a task entrusted to someone.
static ENTRUSTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(confier|confie|confient|a\s+confié|ont\s+confié)\s+(à|au|aux)\s+([^,;:«»]{2,80}?)\s+(?:la\s+(?:mission|tâche|charge|responsabilité)|le\s+(?:soin|mandat))\s+(de|d['’])")
        .expect("valid regex")
});

/// "confier" / "confie" / "a confié": the request's verb in the same tense.
fn entrusting(verb: &str) -> &'static str {
    match fold(verb).as_str() {
        "confier" => "demander",
        "confie" | "confient" => "demande",
        _ => "a demandé",
    }
}

/// "confie au Comité l'examen de ...", "de confier au médiateur la conduite des ...": a
/// thing entrusted, by its noun.
static ENTRUSTS_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(confier|confie|confient|a\s+confié|ont\s+confié)\s+(à|au|aux)\s+([^,;:«»]{2,80}?)\s+((?:la|le|les|l['’])\s*\p{Ll}[^;:«»]*)")
        .expect("valid regex")
});

/// "Mandate X pour <infinitif>": the task after "pour".
static MANDATED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(mandate|mandatent|a\s+mandaté|ont\s+mandaté)\s+((?:le|la|les|l['’])\s*[^,;:«»]{2,80}?)\s+pour\s+((?:s['’]\s*|se\s+)?\p{Ll}+(?:er|ir|re|oir)\b)")
        .expect("valid regex")
});

/// "poursuit également ses appels à l'attention de X pour": appeals addressed to X.
static APPEALS_TO_ATTENTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(poursuit|poursuivent|renouvelle|renouvellent|réitère|réitèrent|lance|lancent|a\s+lancé|ont\s+lancé)(?:\s+(?:également|aussi|encore))?\s+(?:ses|son|leurs?|un|de\s+nouveaux)\s+appels?\s+à\s+l['’]attention\s+(du|des|de\s+la|de\s+l['’])\s*([^«»,;:]{2,80}?)\s+pour\s+")
        .expect("valid regex")
});

/// "ont pris la décision de": a decision taken.
static TOOK_THE_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(a|ont)\s+pris\s+la\s+décision\s+(de\s+|d['’])").expect("valid regex")
});

/// "annonce avoir décidé", "dit avoir décidé": a decision the body tells of itself.
static ANNOUNCED_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(annonce|annoncent|annoncé|dit|disent|déclare|déclarent)\s+avoir\s+décidé\b")
        .expect("valid regex")
});

/// "a annoncé diverses mesures", "ont annoncé de nouvelles sanctions": measures announced.
static ANNOUNCED_MEASURES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(a|ont)\s+annoncé\s+((?:diverses|des|plusieurs|de\s+nouvelles|une\s+série\s+de)\s+(?:mesures|sanctions)\b)")
        .expect("valid regex")
});

/// The verb an appeal's rewrite reads: "appelle", or "a appelé" after a past auxiliary.
fn appeal_verb(said: &str) -> &'static str {
    let said = fold(said);
    match (
        said.starts_with("a ") || said.starts_with("ont "),
        said.ends_with("ent"),
    ) {
        (true, _) => "a appelé",
        (false, true) => "appellent",
        (false, false) => "appelle",
    }
}

/// ", avec un appel au dialogue": an appeal's noun after a comma, for a thing.
static WITH_AN_APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s+avec\s+un\s+(?:nouvel\s+)?appel(?:\s+(?:pressant|solennel|urgent|vibrant))?\s+(à|au)\s+")
        .expect("valid regex")
});

/// "Entre autres, la demande de la libération de X": a demand's noun opening a sentence or
/// a clause, then the act demanded (`table::FR_DEMANDED_ACTS`).
static DEMAND_OF_AN_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[,.;:]\s*)(?:[Ll]a|[Ll]eur|[Ss]a)\s+demande\s+de\s+(la\s+|l['’]\s*)(\p{L}+)\s+")
        .expect("valid regex")
});

/// "l'ensemble des pays": all of them.
static THE_WHOLE_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([Ll])['’]\s*ensemble\s+des\s+").expect("valid regex"));

/// "soit immédiatement libéré", "soient relâchés": a passive subjunctive, but not one that
/// asks its subject ("soit invité à", "soit prié de").
static PASSIVE_SUBJUNCTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsoi(?:en)?t\s+(?:\p{L}+ment\s+)?(?:libérée?s?|relâchée?s?|remise?s?\s+en\s+liberté|levée?s?|rétablie?s?|respectée?s?|restaurée?s?|garantie?s?|protégée?s?|traduite?s?\s+en\s+justice|jugée?s?)\b")
        .expect("valid regex")
});

static LAUNCHES_APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    // "a lancé, aujourd'hui, un appel vibrant en faveur de ...": an aside may follow the verb.
    // "Lance un appel en vue d'un X": a paragraph's capital, a purpose.
    Regex::new(r"\b([Ll]ance|[Ll]ancent|a\s+lancé|ont\s+lancé)(?:\s*,[^,.;:]{1,40},)?\s+un\s+(?:nouvel\s+)?appel(?:\s+(?:pressant|solennel|urgent|vibrant))?\s+(?:pour|en\s+faveur\s+de|en\s+vue\s+de|en\s+vue\s+d['’])\s*")
        .expect("valid regex")
});

/// "ont lancé, dans <une chose>, un appel à X (...) « pour <agir>
/// ... »": an appeal to X made "pour" an infinitive asks X to do it; so does one "pour"
/// a thing ("pour un renforcement de ..."), and one whose auxiliary the verb before
/// shares ("ont réitéré ..., et lancé un appel à X"); an appeal "adressé" to X is the same.
static LAUNCHES_APPEAL_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\b(lance|lancent|a\s+lancé|ont\s+lancé|et\s+lancé|adresse|adressent|a\s+adressé|ont\s+adressé|et\s+adressé)(?:\s*,[^,.;:]{1,40},)?\s+un\s+(?:nouvel\s+)?appel(?:\s+(?:pressant|solennel|urgent|vibrant))?\s+(à\s+la|à\s+l['’]|à|aux|au)\s*([^.;:]{1,200}?)\s+["«“]?\s*pour\s+(\p{Ll}+(?:er|ir|re|oir)\b|(?:un|une|le|la|les|des|du)\s|l['’])"#)
        .expect("valid regex")
});

/// "appellent à un effort financier supplémentaire de X pour <agir>": a call for an effort
/// whose doer is named after it, by "de", asks that doer to act, as "appellent X à <agir>".
static CALLS_FOR_EFFORT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\b(appelle|appellent|a\s+appelé|ont\s+appelé|et\s+appelé)\s+à\s+un\s+(?:(?:nouvel|réel|véritable|plus\s+grand)\s+)?effort(?:\s+(?:financier|supplémentaire|accru|particulier|collectif|soutenu|important|considérable|conséquent|renouvelé|concerté|international|budgétaire|militaire|humanitaire|massif|substantiel))*\s+(de\s+la|de\s+l['’]|des|du|de|d['’])\s*([^.;:,«»]{1,120}?)\s+(?:pour|afin\s+de)\s+(\p{Ll}+(?:er|ir|re|oir)\b)"#)
        .expect("valid regex")
});

/// "ont appelé <jour> à un <acte> de toutes les X et un <acte> de tous les Y": a call for acts each named with its doers ("de tous les X"), as
/// "ont appelé toutes les parties à un cessez-le-feu ... et ont appelé tous les X à un
/// retrait" (one call per doer). Only acts done by those named after them
/// (`table::FR_ACTS_OF_DOERS`), and only doers counted whole ("tous les", "toutes les",
/// "l'ensemble des"): "la libération de tous les otages" names those acted on.
static CALLS_FOR_ACTS_OF: LazyLock<Regex> = LazyLock::new(|| {
    let acts = any_of(table::FR_ACTS_OF_DOERS);
    let act = format!(
        r"(?:un|une|le|la|l['’])\s*(?:{acts})(?:\s+(?:immédiate?|totale?|complète?|complet|inconditionnelle?|durable|effective?|rapide))*"
    );
    // "tous les groupes armés", "toutes les parties concernées": a plural noun and an
    // adjective of those who act (no "et" taken for one).
    let doer = r"(?:tous\s+les|toutes\s+les|l['’]\s*ensemble\s+des)\s+\p{Ll}+(?:\s+(?:armée?s|belligérante?s|concernée?s|impliquée?s|prenantes|étrangère?s|combattante?s|rebelles|militaires))?";
    Regex::new(&format!(
        r"\b(appelle|appellent|a\s+appelé|ont\s+appelé|et\s+appelé)((?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?)\s+à\s+({act})\s+(?:de|d['’])\s*({doer})(?:\s+et\s+({act})\s+(?:de|d['’])\s*({doer}))?\b"
    ))
    .expect("valid regex")
});

/// "Parmi les décisions, figure l'appel lancé à X afin de ...": an appeal listed among a
/// meeting's decisions (the verb "figurer" before its noun) asks X, as "a appelé X à ..."
/// does; one launched by X ("l'appel lancé par X") is not of this kind.
static FIGURES_APPEAL_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\b(?:figure|figurent|figurait|figuraient)\s+(?:aussi\s+|également\s+|notamment\s+)?l['’]\s*appel\s+(?:lancé|adressé)\s+(à\s+la|à\s+l['’]|à|aux|au)\s*([^.;:«»]{1,120}?)\s+(?:afin\s+de\s+|afin\s+d['’]\s*|afin\s+d\s*[«»"“]\s*|pour\s+)["«“]?\s*(\p{Ll}+(?:er|ir|re|oir)\b)"#)
        .expect("valid regex")
});

/// "c'est au tour de l'Organisation X de suspendre ...": whose turn it is, and its act.
static TURN_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)c['’]est\s+au\s+tour\s+(de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)([^,;.]{2,80}?)\s+de\s+(\p{Ll}+(?:er|ir|re)\b)")
        .expect("valid regex")
});

/// "L'Organisation a appelée à ...": a participle agreeing where it should not.
static AGREED_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(a|ont)\s+(appel|demand|exhort|invit|pri|charg|décid|exig)ée?s?\b")
        .expect("valid regex")
});

/// "a salué les efforts du Kirghizistan": a name after "du", "de la", "des".
static OF_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    // "de l'État partie": the elided article needs no space, and "partie" / "membre" is
    // part of the name.
    // "du Secrétaire général", "du Représentant spécial": an office's title goes on in
    // lower case.
    // "du Bureau des affaires de désarmement", "du Haut-Commissariat aux droits de l'homme":
    // the name goes on with its complement (one noun, maybe one more "de" noun after it).
    Regex::new(&format!(
        r"\b(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+)(\p{{Lu}}[\p{{L}}-]+(?:\s+(?:partie|parties|membre|membres|générale?|exécutif|exécutive|permanente?|spéciale?|adjointe?|techniques?|consultatif|consultative|scientifique|préparatoire|ministériel|ministérielle)\b)?{NAME_COMPLEMENT})"
    ))
    .expect("valid regex")
});

/// A name read with `NAME_COMPLEMENT`, cut before a complement that is no part of it: "la
/// Mission de ses efforts" is "Mission".
fn without_possessive(name: &str) -> String {
    const NOT_A_NAME: [&str; 13] = [
        "ses", "son", "sa", "leur", "leurs", "cette", "ce", "ces", "un", "une", "tous", "toutes",
        "tout",
    ];
    let words: Vec<&str> = name.split(' ').collect();
    match words
        .iter()
        .position(|w| NOT_A_NAME.contains(&fold(w).as_str()))
    {
        Some(k) if k >= 2 => words[..k - 1].join(" "),
        _ => name.to_string(),
    }
}

/// A name's complement after its head noun: "des affaires de désarmement", "pour les
/// Grands Lacs", "aux droits de l'homme", with an article (a bare "de" may open an
/// infinitive, "du Secrétaire général de nommer"; "sur les haies" is a work's topic);
/// `without_possessive` cuts "de ses efforts".
const NAME_COMPLEMENT: &str = r"(?:\s+(?:(?:de\s+la|de\s+l['’]|des|du|pour\s+(?:les|la|le|l['’]))\s*[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|aux?\s+\p{Ll}[\p{L}-]+)(?:\s+(?:de\s+la|de\s+l['’]|des|du|d['’]|de)\s*[\p{L}-]+)?)?";

/// "transmises par l'État partie": a name after "par le", "par la", "par l'".
static BY_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bpar\s+(?:le\s+|la\s+|l['’]\s*)(\p{Lu}[\p{L}-]+(?:\s+(?:partie|parties|membre|membres|générale?|exécutif|exécutive|permanente?|spéciale?|adjointe?)\b)?)")
        .expect("valid regex")
});

/// "Les États Membres ont été invités à <agir> ... en priant le Secrétaire général de ...":
/// a summary's request told in the passive, its addressee the subject, before the clause's
/// first active request is one more (the passive is read only where no verb asks, so a
/// later active request would hide it).
fn passive_before_active(clause: &str, starts: &[regex::Captures<'_>]) -> Option<Request> {
    starts.iter().find_map(|m| {
        let before = &clause[..m.get(0).expect("match").start()];
        PASSIVE_ASKED
            .is_match(before)
            .then(|| passive_asked(before))
            .flatten()
    })
}

/// "La Haut-Commissaire a pour sa part été priée de surveiller ...", "est également priée
/// de ...": a summary's passive that names the one asked (not a future "sera invité").
static PASSIVE_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    let institutions = any_of(table::FR_INSTITUTION_NOUNS);
    // "Tous les pays ont été appelés à ...", "... ont été condamnées et les parties ont été
    // invitées à ...": a request told in the passive, its addressee the subject (after "et"
    // too, in lower case too); "appelés", "exhortés", "encouragés" as "invités"
    // (plural only for "appelé": "M. X a été appelé à former ..." is an appointment).
    passive_asked_regex(
        r"(?:^|[.;]\s+|\s+et\s+)",
        &format!(
            r"\p{{Lu}}[^,;.]{{1,80}}?|(?:{institutions})\b[^,;.]{{0,40}}?|\p{{Ll}}[\p{{L}}'’-]*(?:\s+\p{{Ll}}[\p{{L}}'’-]*){{0,3}}"
        ),
    )
});

/// "..., la Commission de l'Union a été autorisée à couvrir les dépenses": after a clause's
/// comma, a capitalised name told in the passive is the one asked.
static PASSIVE_ASKED_AFTER_COMMA: LazyLock<Regex> =
    LazyLock::new(|| passive_asked_regex(r",\s+", r"\p{Lu}[^,;.]{1,80}?"));

/// The passive request: what opens it, then an article, the subject (group 1), the
/// auxiliary and participle, and the action (an infinitive after "à" in group 2, the rest in
/// group 3). An authorisation ("a été autorisée à ...") names the one authorised, as
/// "autorise X à" does; "La Commission est chargée de ..." the one entrusted.
fn passive_asked_regex(opening: &str, subject: &str) -> Regex {
    Regex::new(&format!(r"{opening}(?:[Tt]ou(?:te)?s\s+)?(?:(?:[Ll]es|[Ll]a|[Ll]e|[Cc]es)\s+|[Ll]['’]\s*)({subject})\s+(?:a|ont|est|sont)\s+(?:(?:également|aussi|en\s+outre|pour\s+sa\s+part|pour\s+leur\s+part|instamment|vivement|fermement|de\s+nouveau|à\s+nouveau)\s+)*(?:été\s+)?(?:(?:instamment|vivement|fermement)\s+)?(?:priée?s?|invitée?s?|appelée?s|exhortée?s?|encouragée?s?|autorisée?s?|chargée?s?)\s+(?:de\s+|d['’]\s*|à\s+(\p{{Ll}}+(?:er|ir|re|oir)\b))(.+)$"))
        .expect("valid regex")
}

/// "la résolution ... en vertu de laquelle les parties, A et B, sont invitées à ...": a text's
/// relative clause whose passive names the one asked (an apposition after the name).
static TEXT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:laquelle|lequel|lesquelles|lesquels)\s+(?:les|la|le|l['’])\s*([^,;.]{1,60}?)(?:\s*,[^,;.]{1,60},)?\s+(?:est|sont)\s+(?:également\s+|aussi\s+)?(?:priée?s?|invitée?s?|exhortée?s?|engagée?s?)\s+(?:de\s+|d['’]\s*|à\s+)(.+)$")
        .expect("valid regex")
});

/// "il est demandé au Conseil d'administration d'autoriser ...": an impersonal passive that
/// names the one asked.
static IMPERSONAL_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;,]\s+)[Ii]l\s+(?:est|a\s+été)\s+(?:donc\s+|également\s+)?(?:demandé|proposé)\s+((?:aux|au|à\s+la|à\s+l['’])\s*.+)$")
        .expect("valid regex")
});

/// "Le Verger du Nord, ..., a été suspendu du Conseil X": a member suspended,
/// told in the passive: the body's decision; after an opening aside too ("Lyon — Après la
/// crise ..., la Vallée a été suspendue de la Ligue (LDV) lundi").
static SUSPENDED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;]\s+|^[^.;«»]{0,120}?,\s+)((?:[Ll]e|[Ll]a|[Ll]['’])\s*\p{Lu}[^,;.]{0,40}?)(?:\s*,[^;.]{0,120},)?\s+a\s+été\s+suspendue?\s+((?:de|des|du)\s+[^,;.]+)")
        .expect("valid regex")
});

fn suspended_passive(clause: &str, body: &str) -> Option<Request> {
    let m = SUSPENDED_PASSIVE.captures(clause)?;
    // "Le Mali" as the object: its article in lower case.
    let member = m[1].trim();
    let member = format!("{}{}", member[..1].to_lowercase(), &member[1..]);
    // "suspendue de l'Union africaine (UA) lundi": the organisation it is suspended from
    // decides (its organ, the body, may be named later in the text).
    let from = SUSPENDED_FROM
        .captures(&m[2])
        .map(|o| o[1].trim().to_string());
    Some((
        vec![from.unwrap_or_else(|| body.to_string())],
        format!("suspendre {member} {}", m[2].trim()),
    ))
}

/// "de l'Union africaine (UA) lundi": the organisation's name, up to its acronym or a day.
static SUSPENDED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(\p{Lu}.*?)(?:\s*\(|\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b|$)")
        .expect("valid regex")
});

/// "le Ministre ... a été chargé de mobiliser ...": a task given in the passive at the
/// meeting (not a standing charge: "qui est chargé de suivre ..."), read as "a été invité à".
static CHARGED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:a|ont)\s+été)\s+chargée?s?\s+(?:de\s+|d['’]\s*)(\p{Ll}+(?:er|ir|re|oir)\b)")
        .expect("valid regex")
});

static CHARGED_PRESENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(est|sont)\s+chargée?s?\s+(?:de\s+|d['’]\s*)(\p{Ll}+(?:er|ir|re|oir)\b)")
        .expect("valid regex")
});

fn passive_asked(clause: &str) -> Option<(Vec<String>, String)> {
    let clause = &CHARGED_PASSIVE.replace_all(clause, "$1 invité à $2");
    // "La Commission est chargée de convoquer ...": a task given in the present passive
    // (not a standing charge: "qui est chargé de suivre ...").
    let clause = &CHARGED_PRESENT.replace_all(clause, |m: &regex::Captures<'_>| {
        let start = m.get(0).expect("match").start();
        if fold(clause[..start].trim_end()).ends_with("qui") {
            m[0].to_string()
        } else {
            format!("{} invité à {}", &m[1], &m[2])
        }
    });
    if let Some(m) = THING_ASKED_OF.captures(clause) {
        // "... pour mars": the deadline's words after the name go with the thing asked.
        let tail = &clause[m.get(2).expect("name").end()..];
        let tail = if tail.trim_start().starts_with("qui ") {
            ""
        } else {
            tail
        };
        let action = format!("{}{tail}", &m[1]);
        return Some((vec![capitalised(m[2].trim())], clean(&action)));
    }
    if let Some(asked) = IMPERSONAL_ASKED
        .captures(clause)
        .and_then(|m| addressed(m[1].trim()))
    {
        return Some(asked);
    }
    if let Some(m) = TEXT_PASSIVE.captures(clause) {
        return Some((vec![capitalised(m[1].trim())], clean(&m[2])));
    }
    let m = PASSIVE_ASKED
        .captures(clause)
        .or_else(|| PASSIVE_ASKED_AFTER_COMMA.captures(clause))?;
    // "invité à concevoir ...": the infinitive after "à" opens the action.
    let action = match m.get(2) {
        Some(verb) => format!("{}{}", verb.as_str(), &m[3]),
        None => m[3].to_string(),
    };
    // "Les États ont été félicités et les parties ont été invitées à ...": the subject of
    // the passive request is the one after the last "et", not a clause before it.
    let subject = m[1].trim();
    // "Les haies ont été autorisées à pousser": an authorisation asks a name or an
    // institution, not a thing in lower case.
    let institution = table::FR_INSTITUTION_NOUNS
        .iter()
        .any(|i| fold(subject).starts_with(i));
    if fold(&m[0]).contains(" autoris") && subject.starts_with(char::is_lowercase) && !institution {
        return None;
    }
    // "Les États se sont engagés à ...", "... se sont exhortés à ...": a reflexive verb, not
    // a request told in the passive.
    if [" se", " s'", " s’"].iter().any(|r| subject.ends_with(r)) {
        return None;
    }
    let subject = if [" a été ", " ont été ", " est ", " sont "]
        .iter()
        .any(|v| subject.contains(v))
    {
        let (_, last) = subject.rsplit_once(" et ")?;
        let last = last.trim();
        ["les ", "la ", "le ", "l'", "l’"]
            .iter()
            .find_map(|a| last.strip_prefix(a))
            .unwrap_or(last)
    } else {
        subject
    };
    // "Les États membres et les communautés économiques régionales sont invités à ...":
    // two bodies, each asked.
    if subject.contains(" et l") {
        let names = actors(subject);
        if names.len() >= 2 {
            return Some((
                names.iter().map(|n| capitalised(n)).collect(),
                clean(&action),
            ));
        }
    }
    Some((vec![capitalised(subject.trim())], clean(&action)))
}

/// "un calendrier ... a été exigé aux militaires qui ...": a thing asked, in the passive, of
/// the one named after "à"; in the present too ("Un rapport est demandé au X pour mars",
/// "Des propositions sont demandées à la commission d'ici à juin"), the name ending before
/// a deadline's words.
static THING_ASKED_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;]\s+|,\s+)((?:[Uu]n|[Uu]ne|[Ll]e|[Ll]a|[Ll]es|[Dd]es|[Ll]['’])\s*\p{Ll}[^,;.]{2,120}?)\s+(?:(?:a|ont)\s+été|est|sont)\s+(?:exigée?s?|demandée?s?|réclamée?s?)\s+(?:aux|au|à\s+la|à\s+l['’])\s*(\p{L}[^,;.]{1,60}?)(?:\s+qui\b|\s+(?:pour\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|la\s+fin|fin|le\s+\d)|d['’]ici|avant\s+(?:le|la|l['’]|fin)|au\s+plus\s+tard|dans\s+un\s+délai)\b|[,;.]|$)")
        .expect("valid regex")
});

/// Whether a clause tells of a text that was not adopted ("a échoué à adopter un projet de
/// résolution ...", "a rejeté ...").
fn failed_adoption(clause: &str) -> bool {
    let folded = fold(clause);
    table::FR_FAILED_ADOPTION
        .iter()
        .any(|w| folded.contains(&fold(w)))
}

/// "... un projet de résolution appelant à ...": a verb whose subject is a text's noun.
fn said_by_a_text(before_verb: &str) -> bool {
    let last = fold(
        before_verb
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default(),
    );
    table::FR_TEXT_NOUNS
        .iter()
        .any(|n| last == *n || last == format!("{n}s"))
}

/// The clause with "Déclaration qui demande" / "résolution appelant" read as "Déclaration,
/// demande" / "résolution, appelle".
fn text_asks(clause: &str) -> String {
    let clause = TEXT_ASKS_STEPS
        .iter()
        .fold(clause.to_string(), |clause, step| step(&clause));
    // "a échoué à adopter un projet de résolution appelant à ...": a draft that failed asks
    // nothing.
    if failed_adoption(&clause) {
        return clause;
    }
    text_noun_asks(&clause)
}

/// The rewrites `text_asks` makes, in order, before it reads a text's noun as the subject.
const TEXT_ASKS_STEPS: [fn(&str) -> String; 28] = [
    that_continued,
    appeal_qualified,
    verb_after_unknown_subject,
    gerund_opens_clause,
    authorised_request_made,
    agreed_participle,
    appeal_launched_to_act,
    appeal_launched_to,
    effort_called_for,
    acts_called_for_of,
    figuring_appeal,
    entrusted_mission,
    entrusted_thing,
    mandate_given,
    mandated_for,
    appeals_to_attention,
    decision_taken,
    decision_announced,
    announced_measures,
    with_an_appeal,
    demand_of_an_act,
    the_whole_of,
    launched_appeal,
    turn_of,
    quote_cut,
    quoted_verb,
    instruction_given,
    pledge_in_participle,
];

/// "Le Conseil demande à X de ... . Et que « Y devra <agir> ... »": a sentence that goes on
/// with the demand before it, "Et que" and a quotation's mark opening it, reads as its
/// own words ("Y devra <agir>", an obligation of Y).
fn that_continued(clause: &str) -> String {
    static CONTINUED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^(\s*)[Ee]t\s+qu(?:e\s+|['’]\s*)(?:[«“"]\s*)?"#).expect("valid regex")
    });
    CONTINUED.replace(clause, "$1").into_owned()
}

/// "lance un appel très ferme à X de ...", "a lancé un appel fort à X": how strongly the
/// appeal is made (an adjective of force, an adverb before it) is no part of the verb, which
/// then reads as "lance un appel à X".
fn appeal_qualified(clause: &str) -> String {
    static QUALIFIED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(un\s+(?:nouvel\s+)?appel)\s+(?:(?:très|tout\s+particulièrement|particulièrement|plus|des\s+plus)\s+)?(?:fort|ferme|énergique|insistant)\b")
            .expect("valid regex")
    });
    QUALIFIED.replace_all(clause, "$1").into_owned()
}

/// "la trentaine de chefs d'État ... de la communauté francophone demande également à
/// ...": a verb and its adverb after a subject the tables do not know.
/// "..., et les prie aussi de ...": an object pronoun before the verb is its own, no
/// subject it ends.
fn verb_after_unknown_subject(clause: &str) -> String {
    VERB_WITH_ADVERB
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let pronoun =
                ["les", "leur", "lui", "le", "la", "nous", "vous"].contains(&fold(&m[1]).as_str());
            if pronoun {
                m[0].to_string()
            } else {
                format!("{}, {}", &m[1], &m[2])
            }
        })
        .into_owned()
}

/// "... contre le Mali en invitant Bamako à ...": a request's gerund opens a clause of
/// its own, as after a comma.
fn gerund_opens_clause(clause: &str) -> String {
    BARE_GERUND.replace_all(clause, "$1, $2").into_owned()
}

/// "X s'estime autorisé à demander à Y de ..., et à inviter Z à ...":
/// the request made on the body's authority is made ("demande aux parties ..., et
/// invite X ...").
fn authorised_request_made(clause: &str) -> String {
    if AUTHORISED_TO_ASK.is_match(clause) {
        // The one authorised speaks for the body (as "au nom du Conseil" does).
        let asked = AUTHORISED_TO_ASK.replace_all(clause, |m: &regex::Captures<'_>| {
            format!(", au nom du conseil, {}", asking_present(&m[1]))
        });
        AND_TO_ASK
            .replace_all(&asked, |m: &regex::Captures<'_>| {
                format!(", et {}", asking_present(&m[1]))
            })
            .into_owned()
    } else {
        clause.to_string()
    }
}

fn agreed_participle(clause: &str) -> String {
    AGREED_PARTICIPLE
        .replace_all(clause, "$1 ${2}é")
        .into_owned()
}

/// "lance un appel aux X à <agir>", "a lancé un appel pressant à la X à <agir>": an appeal
/// to X whose act follows by "à" and an infinitive asks X, as "appelle les X à <agir>"
/// (before `appeal_launched_to`, whose "pour" may come later in the sentence).
static LAUNCHES_APPEAL_TO_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\b(lance|lancent|a\s+lancé|ont\s+lancé|et\s+lancé|adresse|adressent|a\s+adressé|ont\s+adressé|et\s+adressé)(?:\s*,[^,.;:]{1,40},)?\s+un\s+(?:nouvel\s+)?appel(?:\s+(?:pressant|solennel|urgent|vibrant))?\s+(à\s+la|à\s+l['’]|aux|au|à)\s*([^.;:«»]{1,160}?)\s+à\s+((?:s['’]\s*|se\s+|ne\s+)?\p{Ll}+(?:er|ir|re|oir)\b)"#)
        .expect("valid regex")
});

/// Told in the past ("a appelé", which needs no subject of the table), whatever the tense:
/// "Le sommet de <Ville> lance un appel ..." has a subject the tables do not end.
fn appeal_launched_to_act(clause: &str) -> String {
    LAUNCHES_APPEAL_TO_ACT
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let and = if m[1].starts_with("et") { "et " } else { "" };
            let article = match fold(m[2].trim()).as_str() {
                "à la" => "la ",
                "à l'" | "à l’" => "l'",
                "aux" => "les ",
                "au" => "le ",
                _ => "",
            };
            format!("{and}a appelé {article}{} à {}", m[3].trim(), &m[4])
        })
        .into_owned()
}

/// "donne mandat aux X pour <agir>": a mandate given for a task asks X, as "a chargé les X
/// de <agir>" ("donne mandat au X de <agir>" is `instruction_given`'s).
static MANDATE_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:donne|donnent|a\s+donné|ont\s+donné)\s+(?:(?:également|aussi|en\s+outre)\s+)?mandat\s+(à\s+la|à\s+l['’]|aux|au)\s*([^,;:«»]{2,120}?)\s+pour\s+((?:s['’]\s*|se\s+)?\p{Ll}+(?:er|ir|re|oir)\b)")
        .expect("valid regex")
});

/// Told in the past ("a chargé", which needs no subject of the table), as
/// `appeal_launched_to_act`.
fn mandate_given(clause: &str) -> String {
    MANDATE_GIVEN
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let article = match fold(m[1].trim()).as_str() {
                "à la" => "la ",
                "à l'" | "à l’" => "l'",
                "aux" => "les ",
                _ => "le ",
            };
            format!("a chargé {article}{} de {}", m[2].trim(), &m[3])
        })
        .into_owned()
}

/// "X se sont accordés sur ..., tout en s'engageant à <agir>": the subject's commitment
/// told by a participle, as "..., et s'engagent à <agir>".
static PLEDGE_IN_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i),\s*(?:tout\s+)?en\s+s['’]\s*engageant(\s+(?:également|aussi|en\s+outre))?\s+à\s+",
    )
    .expect("valid regex")
});

fn pledge_in_participle(clause: &str) -> String {
    PLEDGE_IN_PARTICIPLE
        .replace_all(clause, ", et s'engagent$1 à ")
        .into_owned()
}

/// "ont lancé un appel à leurs partenaires pour accompagner ...": "ont appelé leurs
/// partenaires à accompagner ...".
fn appeal_launched_to(clause: &str) -> String {
    LAUNCHES_APPEAL_TO
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let past = m[1].ends_with('é');
            let and = if m[1].starts_with("et") { "et " } else { "" };
            let article = match fold(m[2].trim()).as_str() {
                "à la" => "la ",
                "à l'" | "à l’" => "l'",
                "aux" => "les ",
                "au" => "le ",
                _ => "",
            };
            format!(
                "{and}{} {article}{} à {}",
                if past { "a appelé" } else { "appelle" },
                m[3].trim(),
                &m[4]
            )
        })
        .into_owned()
}

/// "appellent à un effort de X pour <agir>": "appellent X à <agir>".
fn effort_called_for(clause: &str) -> String {
    CALLS_FOR_EFFORT_OF
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let article = match fold(m[2].trim()).as_str() {
                "de la" => "la ",
                "de l'" | "de l’" => "l'",
                "des" => "les ",
                "du" => "le ",
                _ => "",
            };
            format!("{} {article}{} à {}", &m[1], m[3].trim(), &m[4])
        })
        .into_owned()
}

/// "ont appelé à un <acte A> de toutes les X et un <acte B> de tous les Y": "ont appelé
/// toutes les X à un <acte A> ; ont appelé tous les Y à un <acte B>".
fn acts_called_for_of(clause: &str) -> String {
    CALLS_FOR_ACTS_OF
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let first = format!("{}{} {} à {}", &m[1], &m[2], &m[4], &m[3]);
            match (m.get(5), m.get(6)) {
                (Some(act), Some(doer)) => {
                    let again = if m[1].starts_with("appelle") {
                        "appellent"
                    } else {
                        "ont appelé"
                    };
                    let again = if &m[1] == "appelle" { "appelle" } else { again };
                    format!("{first} ; {again} {} à {}", doer.as_str(), act.as_str())
                }
                _ => first,
            }
        })
        .into_owned()
}

/// "Parmi les décisions, figure l'appel lancé à X afin de <agir>": "a appelé X à <agir>".
fn figuring_appeal(clause: &str) -> String {
    FIGURES_APPEAL_TO
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let article = match fold(m[1].trim()).as_str() {
                "à la" => "la ",
                "à l'" | "à l’" => "l'",
                "aux" => "les ",
                "au" => "le ",
                _ => "",
            };
            format!("a appelé {article}{} à {}", m[2].trim(), &m[3])
        })
        .into_owned()
}

/// "a confié à X la mission de prévenir ...": a task entrusted asks X, as "a demandé à X
/// de prévenir ..." does.
fn entrusted_mission(clause: &str) -> String {
    ENTRUSTS
        .replace_all(clause, |m: &regex::Captures<'_>| {
            format!("{} {} {} {}", entrusting(&m[1]), &m[2], m[3].trim(), &m[4])
        })
        .into_owned()
}

/// "Décide de confier au médiateur la conduite des négociations": a thing entrusted to
/// X (a noun) asks X to take it on.
fn entrusted_thing(clause: &str) -> String {
    ENTRUSTS_THING
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let last = fold(m[3].rsplit(' ').next().unwrap_or_default());
            if ["de", "à", "et", "pour", "sur", "des", "du"].contains(&last.as_str()) {
                return m[0].to_string();
            }
            format!(
                "{} {} {} d'assurer {}",
                entrusting(&m[1]),
                &m[2],
                m[3].trim(),
                &m[4]
            )
        })
        .into_owned()
}

/// "Mandate le Président de la Commission pour mener ...": as "de mener".
fn mandated_for(clause: &str) -> String {
    MANDATED_FOR.replace_all(clause, "$1 $2 de $3").into_owned()
}

/// "poursuit ses appels à l'attention de X pour « <agir> ... »": appeals made to X's attention ask X.
fn appeals_to_attention(clause: &str) -> String {
    APPEALS_TO_ATTENTION
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let article = match fold(&m[2]).as_str() {
                "du" => "le ",
                "des" => "les ",
                "de la" => "la ",
                _ => "l'",
            };
            format!("{} {article}{} à ", appeal_verb(&m[1]), m[3].trim())
        })
        .into_owned()
}

/// "ont pris la décision de demander à X ...": a decision taken by its noun is decided.
fn decision_taken(clause: &str) -> String {
    TOOK_THE_DECISION
        .replace_all(clause, "$1 décidé $2")
        .into_owned()
}

/// "annonce avoir décidé de suspendre X": the decision the body announces is its own.
fn decision_announced(clause: &str) -> String {
    ANNOUNCED_DECISION
        .replace_all(clause, "$1, a décidé")
        .into_owned()
}

/// "la conférence a annoncé diverses mesures y compris ...": measures announced are
/// decided ("a annoncé la tenue de son sommet" is no measure).
fn announced_measures(clause: &str) -> String {
    ANNOUNCED_MEASURES
        .replace_all(clause, "$1 décidé de prendre $2")
        .into_owned()
}

/// "..., avec un appel au dialogue pour ...": an appeal told by its noun after the
/// sentence's own verb is a call on all, as "a appelé au dialogue" is.
fn with_an_appeal(clause: &str) -> String {
    WITH_AN_APPEAL
        .replace_all(clause, ", et a appelé $1 ")
        .into_owned()
}

/// "Entre autres, la demande de la libération de X.": a demand told by its noun, no
/// verb, as "a demandé la libération de X".
fn demand_of_an_act(clause: &str) -> String {
    DEMAND_OF_AN_ACT
        .replace_all(clause, |m: &regex::Captures<'_>| {
            if table::FR_DEMANDED_ACTS.contains(&fold(&m[3]).as_str()) {
                format!("{}a demandé {}{} ", &m[1], &m[2], &m[3])
            } else {
                m[0].to_string()
            }
        })
        .into_owned()
}

/// "a appelé l'ensemble des pays de X à ...": all of them, "les pays ...".
fn the_whole_of(clause: &str) -> String {
    THE_WHOLE_OF
        .replace_all(clause, |m: &regex::Captures<'_>| {
            if m[1].starts_with('L') {
                "Les "
            } else {
                "les "
            }
            .to_string()
        })
        .into_owned()
}

/// "lance un appel pressant pour la libération de X": a call for a thing.
fn launched_appeal(clause: &str) -> String {
    LAUNCHES_APPEAL
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let past = m[1].starts_with('a') || m[1].starts_with("ont");
            let verb = match (past, m[1].starts_with('L')) {
                (true, _) => "a appelé",
                (false, true) => "Appelle",
                (false, false) => "appelle",
            };
            format!("{verb} à ")
        })
        .into_owned()
}

/// "c'est au tour de l'Union X de suspendre le Verger Y": X's own act, now.
fn turn_of(clause: &str) -> String {
    TURN_OF
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let article = match fold(m[1].trim()).as_str() {
                "de l'" | "de l’" => "l'",
                "de la" => "la ",
                "du" => "le ",
                "des" => "les ",
                _ => "",
            };
            format!("{article}{} a décidé de {}", m[2].trim(), &m[3])
        })
        .into_owned()
}

/// "«Le Conseil de Paix et de Sécurité (…) décide de ...»": the cut the quote marks.
fn quote_cut(clause: &str) -> String {
    clause.replace(" (…)", "").replace(" (...)", "")
}

/// "la Cédeao « donne instruction ...", "... et « ordonne le déploiement »": a quote
/// opening on a verb.
fn quoted_verb(clause: &str) -> String {
    QUOTED_VERB
        .replace_all(clause, |m: &regex::Captures<'_>| {
            // "à « maintenir ... »": the text's words quoted as what is asked stay quoted;
            // "la Russie « en attendant ..., à fournir ... »": a quote opening on an aside's
            // word, not on a verb, stays too (the addressee ends at it).
            let end = m.get(0).expect("match").end();
            let word = clause[end - m[2].len()..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            if ["à", "de", "d'", "d’"].contains(&fold(&m[1]).as_str())
                || table::FR_ASIDE_OPENERS.contains(&fold(word).as_str())
            {
                m[0].to_string()
            } else {
                format!("{} {}", &m[1], &m[2])
            }
        })
        .into_owned()
}

fn instruction_given(clause: &str) -> String {
    INSTRUCTION
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let verb = match fold(&m[1]).as_str() {
                "donné" => "demandé",
                "donnent" => "demandent",
                _ => "demande",
            };
            format!("{verb} {}", &m[2])
        })
        .into_owned()
}

/// "Déclaration qui demande" / "résolution appelant": the text's noun, then the verb in the
/// present.
fn text_noun_asks(clause: &str) -> String {
    TEXT_ASKS
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let (text, verb) = match (m.get(1), m.get(2)) {
                (Some(t), Some(v)) => (t.as_str(), v.as_str()),
                _ => (&m[3], &m[4]),
            };
            // A bare pronoun ("dont une") asks only with "qui" after it.
            if table::FR_TEXT_PRONOUNS_WHO.contains(&fold(text).as_str())
                && !fold(&m[0]).contains(" qui ")
            {
                return m[0].to_string();
            }
            let form = fold(verb);
            let present = table::FR_TEXT_VERBS
                .iter()
                .find(|(p, _)| *p == form)
                .map_or(form.as_str(), |(_, v)| *v);
            format!("{text}, {present}")
        })
        .into_owned()
}

static QUOTES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\s*[«»“”"]\s*"#).expect("valid regex"));

/// "pour qu'ils prennent ..." after an appeal's addressee; "pour l'imposition ..." after a
/// renewed appeal's.
static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:pour|afin)\s+(?:qu(?:e\s+|['’])?)?").expect("valid regex")
});

/// "de toutes les parties au conflit, mais en particulier des autorités syriennes,
/// qu'elles cessent ...": the parties are asked.
static OF_X_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:de|des|du|d['’])\s*([^;:]{2,160}?),?\s+qu(?:e\s+|['’])(?:(?:ils|elles|il|elle)\s+)?(.+)$")
        .expect("valid regex")
});

fn of_x_that(rest: &str) -> Option<(Vec<String>, String)> {
    let m = match OF_X_THAT.captures(rest) {
        Some(m) => m,
        None => {
            // "au Comité pour qu'il organise ...", "afin qu'il", "ainsi qu'au Secrétaire
            // général": a conjunction's "que", not the addressee's.
            let m = TO_X_THAT.captures(rest)?;
            let last = fold(m[1].rsplit(' ').next().unwrap_or_default());
            if table::FR_BEFORE_CONJUNCTION_QUE.contains(&last.as_str()) {
                return None;
            }
            m
        }
    };
    // "au Conseil de veiller à ce que ...": an infinitive before "que" is what is asked,
    // and "à ce que" names nobody.
    if INFINITIVE.is_match(&format!(" {}", &m[1])) || fold(m[1].trim()) == "ce" {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// "Demande ... à chacun desdits Gouvernements que, tant que ..., il informe ...": the
/// addressee of "demander à X que", then what it is asked (an aside may open it).
static TO_X_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:à|au|aux)\s+([^;:,]{2,120}?)\s+qu(?:e\b\s*|['’])(?:(?:ils|elles|il|elle)\s+)?(.+)$")
        .expect("valid regex")
});

/// "réitère ses appels antérieurs au Conseil ...", "renouvelle son appel aux parties ...":
/// a renewed appeal asks its addressee; "réitère sa détermination" is a view.
fn renewed_appeal(rest: &str) -> Option<(Vec<String>, String)> {
    // "réaffirme son exigence pour la libération de X": a demand renewed for a thing, with
    // no addressee: a call to all, as "reiterates its demand that ..." is.
    if let Some(m) = DEMAND_NOUN.find(rest) {
        let thing = rest[m.end()..].trim();
        return Some((vec![table::FR_ALL_STATES.to_string()], clean(thing)));
    }
    let m = APPEAL_NOUN.find(rest)?;
    let after = &rest[m.end()..];
    // "Réitère sa demande auprès de X afin qu'il établisse ...": the renewed request's
    // addressee after "auprès de", what it is to do in the clause of purpose (its pronoun
    // stands for X).
    if let Some(c) = NEAR_THEN_PURPOSE.captures(after) {
        let names = actors(&c[1]);
        return (!names.is_empty()).then(|| (names, clean(&c[2])));
    }
    addressed_until(after, true)
}

static NEAR_THEN_PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^auprès\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)([^;:,]{2,120}?)\s*,?\s+(?:afin|pour)\s+qu(?:e\s+|['’]\s*)(?:(?:il|elle|ils|elles)\s+)?(.+)$")
        .expect("valid regex")
});

static DEMAND_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    // "leur exigence « pour la libération ... »": the text's quote marks around its words.
    Regex::new(r"(?i)^(?:son|sa|ses|leur|leurs)\s+(?:exigences?|demandes?)\s+[«\x22“]?\s*(?:pour|de|d['’])\s*")
        .expect("valid regex")
});

static APPEAL_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:son|sa|ses|leur|leurs)\s+(?:appels?|invitations?|demandes?)(?:\s+(?:antérieurs?|précédents?|pressants?|répétés?|antérieures?|précédentes?))?\s+")
        .expect("valid regex")
});

/// "décide d'inviter le Secrétaire général à présenter ...": the body decides to ask
/// someone, who is the one asked.
/// "3 voix contre et 5 abstentions, de proroger ...": what is left of an aside with commas
/// of its own ("décidé, par 30 voix pour, 3 voix contre et 5 abstentions, de ..."), up to
/// the infinitive after it.
fn past_vote_aside(rest: &str) -> &str {
    if strip_de(rest).is_some() {
        return rest;
    }
    [", de ", ", d'", ", d’"]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .filter(|&at| at <= 100)
        .map_or(rest, |at| rest[at + 1..].trim_start())
}

/// "à la junte en Guinée le respect de l'intégrité ...": the addressee after "à", then a
/// thing it is asked for.
fn asked_a_thing(rest: &str) -> Option<(Vec<String>, String)> {
    let m = ASKED_THING.captures(skip_call_asides(without_aside(rest.trim())))?;
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// "exige du Comité national X (CNX) la libération de Y", "exige de la Junte le retour
/// ...": a demand of a named one (a capital opens its name, after "du", "de la", "de l'",
/// "des"), then the thing demanded (an article and a noun in lower case).
fn demanded_of(form: &str, rest: &str) -> Option<Request> {
    static OF_NAMED_THEN_THING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:du|des|de\s+la|de\s+l['’])\s*(\p{Lu}[^,;«»]{1,100}?)\s+((?:le|la|les|l['’])\s*\p{Ll}[^;]*)$")
            .expect("valid regex")
    });
    if !form.starts_with("exig") {
        return None;
    }
    let m = OF_NAMED_THEN_THING.captures(rest)?;
    // "du Comité de la paix la libération ...": "de la paix" goes on with the name.
    let last = fold(m[1].rsplit(' ').next().unwrap_or_default());
    if ["de", "à", "et", "pour", "sur"].contains(&last.as_str()) {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

static ASKED_THING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:aux|au|à\s+la|à\s+l['’])\s*[^,;]{2,60}?)\s+((?:le|la|les|l['’])\s*\p{Ll}[^;]*)$",
    )
    .expect("valid regex")
});

/// The first word of what a call asks for, without articles: "la libération de X" →
/// "libération", "à des sanctions" → "sanctions".
pub fn called_thing(action: &str) -> String {
    fold(action)
        .split(|c: char| c.is_whitespace() || c == '\'')
        .find(|w| {
            !w.is_empty()
                && ![
                    "à", "au", "aux", "la", "le", "les", "l", "des", "du", "de", "d", "un", "une",
                    "«", "»",
                ]
                .contains(w)
        })
        .unwrap_or_default()
        .to_string()
}

/// "Les perspectives de <une chose> dans Y ... demandent l'appui de X": a
/// thing that needs something (the subject one of [`table::FR_NEEDING_THINGS`]) asks
/// nobody.
fn thing_needs(before: &str, verb: &str) -> bool {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:les|la|le|l['’]|ces|cette|ce|ses|sa|son|leurs|leur)\s*(\p{Ll}[\p{L}-]*)")
            .expect("valid regex")
    });
    if !["demande", "demandent", "exige", "exigent"].contains(&verb) {
        return false;
    }
    let sentence = before.rsplit(['.', ';', ':']).next().unwrap_or(before);
    SUBJECT
        .captures(&fold(sentence.trim()))
        .is_some_and(|m| table::FR_NEEDING_THINGS.contains(&&m[1]))
}

/// "faire appel au dévouement de X à Y et de lui demander de <agir>
/// ...", "faire appel à la sagesse de Z pour ...": the one whose quality is
/// appealed to is asked what follows.
fn appeal_to_quality(action: &str) -> Option<Request> {
    static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
        let qualities = any_of(table::FR_APPEALED_QUALITIES);
        Regex::new(&format!(
            r"(?i)^faire\s+appel\s+(?:au|à\s+la|à\s+l['’]|aux)\s*(?:{qualities})\s+(de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])\s*([^,;]+?)(?:\s+(?:à|envers)\s+(?:l['’]|la\s+|le\s+|les\s+)?\p{{Lu}}[^,;]*?)?\s+(?:et\s+de\s+(?:lui|leur)\s+demander\s+(?:de\s+|d['’])|pour\s+(?:qu['’]il\s+|qu['’]ils\s+|qu['’]elle\s+|qu['’]elles\s+)?)(.+)$"
        ))
        .expect("valid regex")
    });
    let m = APPEAL.captures(action.trim())?;
    let article = match fold(m[1].trim()).as_str() {
        "de la" => "la ",
        "de l'" => "l'",
        "des" => "les ",
        "du" => "le ",
        _ => "",
    };
    let names = actors(&format!("{article}{}", m[2].trim()));
    (!names.is_empty()).then(|| (names, clean(&m[3])))
}

/// "condamner la déclaration ...", "déplorer ...": a view decided on, no task.
fn decided_view(action: &str) -> bool {
    starts_with_word(action.trim(), table::FR_DECIDED_VIEWS).is_some()
}

/// "de ne pas «appliquer de sanctions»", "de ne plus ...", "de n'imposer aucune ...": a
/// decision not to act, no task (as "decides not to" is not counted in English).
fn not_to_act(action: &str) -> bool {
    let lower = fold(action.trim_start());
    ["ne pas ", "ne plus ", "ne jamais ", "n'", "n’"]
        .iter()
        .any(|w| lower.starts_with(w))
}

/// "a décidé que la Troïka de l'Union lance rapidement des contacts avec X": the named
/// actor of a that-clause in the subjunctive (or present) is asked, as "decides that X
/// shall ..." is; "que la réunion aura lieu ..." (a future of a meeting) is not read here.
fn that_named_acts(rest: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’"]
        .iter()
        .find_map(|q| rest.trim_start().strip_prefix(q))?;
    that_named(after)
}

/// "maintenir l'effectif autorisé à 11 650 militaires": a make-up, no task.
fn make_up(action: &str) -> bool {
    let lower = fold(action);
    table::FR_MAKE_UP.iter().any(|w| lower.starts_with(w))
}

/// "Les chefs d'État et de gouvernement de l'Organisation ... ont décidé de ...", in a text
/// that names no body of the tables: the subject decides ("Chefs d'État et de gouvernement",
/// without the organisation it belongs to).
fn deciding_subject(before: &str, body: &str) -> Option<String> {
    // "Le sommet des vergers a décidé ...": the auxiliary (and an aside after it) is no
    // part of the subject.
    let before = &*AUXILIARY_END.replace(before, "");
    let subject = subject_before_verb(before);
    named_subject(subject, body)
        .or_else(|| acronym_subject(subject, body))
        .or_else(|| deciding_government(subject))
        // "Les chefs d'Etats ... des pays de la X et de la Y, réunis à Z pour le 1er sommet
        // conjoint, ont décidé ...": where they met is no part of the leaders' name.
        .or_else(|| deciding_people(&MET_ASIDE.replace(subject, ""), body))
        .or_else(|| organ_alone(subject, body))
        .or_else(|| {
            if body.starts_with('(') {
                opened_piece_subject(before)
            } else {
                None
            }
        })
}

/// "Le Sommet décide de ...", "La Conférence décide ..." where the text's body is
/// another organ (a council whose report the summit took note of): the organ the subject
/// names alone decides; "Le Conseil décide" in a council's text is the council's.
fn organ_alone(subject: &str, body: &str) -> Option<String> {
    static ORGAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:l[ae]\s+|l['’]\s*)(conférence|sommet|assemblée|conseil|comité|commission|bureau)\s*$")
            .expect("valid regex")
    });
    const ORGANS: [&str; 7] = [
        "conférence",
        "sommet",
        "assemblée",
        "conseil",
        "comité",
        "commission",
        "bureau",
    ];
    let organ = ORGAN.captures(subject)?[1].to_lowercase();
    // An organisation's name ("CEDEAO") is the summit's own: only an organ of another
    // kind, or no body named, gives way.
    let head = fold(body)
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    let other_organ = ORGANS.contains(&head.as_str()) && head != organ;
    (other_organ || body.starts_with('(')).then(|| capitalised(&organ))
}

/// The subject's words before the verb.
/// "«Le Conseil de Paix et de Sécurité décide ...»" in a text whose first body is another:
/// the body the subject names.
/// "le Conseil, notant que la session de l'Assemblée X avait été reculée, a décidé ...":
/// a participle's clause after the subject names no one who decides.
fn subject_before_verb(before: &str) -> &str {
    let subject = before
        .rsplit(['.', ';', ':', '«'])
        .next()
        .unwrap_or_default();
    PARTICIPLE_ASIDE
        .find(subject)
        .filter(|m| {
            let head = fold(&subject[..m.start()]);
            [" le ", " la ", " l'", " les "]
                .iter()
                .any(|a| format!(" {head}").contains(a))
        })
        .map_or(subject, |m| &subject[..m.start()])
}

/// A body of the tables the subject names, other than the text's.
fn named_subject(subject: &str, body: &str) -> Option<String> {
    named_body(&[subject.to_string()]).filter(|n| n != body)
}

/// "..., le CPF a condamné ... et décidé de ...": the body's own acronym as the subject
/// names the body; both are given ("Conseil permanent de la Francophonie (CPF)").
/// "le CPF a condamné X et décidé de ...": the subject the two participles share.
fn acronym_subject(subject: &str, body: &str) -> Option<String> {
    let shared = subject
        .trim_end()
        .strip_suffix(" et")
        .and_then(|s| s.find(" a ").map(|at| &s[..at]));
    let acronym =
        body_acronym(subject, body).or_else(|| shared.and_then(|s| body_acronym(s, body)))?;
    Some(format!("{body} ({acronym})"))
}

/// "..., le gouvernement a décidé d'affecter ...": a government decides for itself, not
/// for the council or organisation the text is of.
fn deciding_government(subject: &str) -> Option<String> {
    let government = GOVERNMENT_SUBJECT.captures(subject.trim())?;
    Some(capitalised(&government[1]))
}

/// The name the last opened piece before the verb gives, in a text whose body is only an
/// acronym in brackets.
fn opened_piece_subject(before: &str) -> Option<String> {
    let piece = before
        .rsplit(['.', ';', ':'])
        .next()?
        .rsplit(", ")
        .find(|p| opened(p))?
        .trim()
        .trim_end_matches(',');
    // "L'Assemblée a demandé à X de ..., et a décidé de ...": the subject the two verbs
    // share ends at the first one.
    let shared = VERB
        .captures(piece)
        .and_then(|c| c.get(1))
        .filter(|v| v.start() > 0)
        .map(|v| AUXILIARY_END.replace(&piece[..v.start()], "").into_owned());
    let piece = shared
        .as_deref()
        .map_or(piece, |p| p.trim_end_matches([',', ' ']));
    let name = name_before_complement(piece);
    // "Le 4e sommet", "la 52ème session": the ordinal numbers the meeting, it is no name.
    let name = LEADING_ORDINAL.replace(name, "$1");
    actors(&name)
        .into_iter()
        .next()
        .filter(|n| n.split_whitespace().count() <= 6)
}

/// A piece's name, before the organisation it is of.
fn name_before_complement(piece: &str) -> &str {
    match ORG_COMPLEMENT.find(piece) {
        // "Le sommet de l'Organisation X a décidé ...": a meeting decides for the
        // organisation it is of.
        Some(m) if meeting_noun(&piece[..m.start()]) => {
            let org = piece[m.start()..]
                .trim_start()
                .split_once(char::is_whitespace)
                .map_or("", |(_, org)| org);
            // "... (OCI) à la Mecque": where it met is no part of its name.
            [" à ", " en ", " au "]
                .iter()
                .filter_map(|w| org.find(w))
                .min()
                .map_or(org, |at| &org[..at])
        }
        Some(m) => &piece[..m.start()],
        None => piece,
    }
}

/// The acronym a subject ends on ("le CPF", "la CPS", "l'ABC"), when its letters are the
/// initials of the body's words other than its articles and links ("Conseil permanent de
/// la Francophonie": CPF).
fn body_acronym(subject: &str, body: &str) -> Option<String> {
    static ENDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:[Ll]['’]\s*|[Ll][ae]\s+)(\p{Lu}{2,7})\s*$").expect("valid regex")
    });
    let acronym = ENDING.captures(subject.trim_end())?[1].to_string();
    let initials: String = body
        .split([' ', '\'', '’', '-'])
        .filter(|w| {
            !w.is_empty()
                && ![
                    "de", "des", "du", "la", "le", "les", "l", "et", "pour", "sur", "en", "au",
                    "aux", "d",
                ]
                .contains(&fold(w).as_str())
        })
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    (initials.chars().count() >= 2 && initials == acronym).then_some(acronym)
}

/// ", notant que ...", ", considérant ...": a present participle's clause set off by a comma.
/// ", réunis à Lomé pour le 1er sommet conjoint," closing a subject: where its people met.
static MET_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s+(?:réuni|rassemblé)e?s?\s[^,;.]{0,120},?\s*$").expect("valid regex")
});

static PARTICIPLE_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+\p{Ll}{3,}ant\s").expect("valid regex"));

/// "Les chefs d'État ont décidé ...", "les dirigeants de X et de Y ont décidé ...", "la
/// Conférence décide ...": in a report of a meeting, the people or organ the sentence names
/// as its subject decide, not the organisation the report names first (the body itself,
/// named shorter, stays the body).
fn deciding_people(subject: &str, body: &str) -> Option<String> {
    static PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
        let heads = any_of(table::FR_DECIDING_PEOPLE);
        Regex::new(&format!(
            r"(?i)(?:^|[\s(-])(?:les|la|le)\s+((?:{heads})s?\b[^,;:()]{{0,80}})$"
        ))
        .expect("valid regex")
    });
    let m = PEOPLE.captures(subject.trim())?;
    // "La Conférence a par ailleurs": an adverb after the auxiliary is no part of it.
    let name = m[1]
        .split(" a ")
        .next()
        .and_then(|n| n.split(" ont ").next())
        .unwrap_or_default();
    // "les chefs d'État et de gouvernement": one name ("et de" joins its complements).
    let name = addressee_name(name);
    let same = |n: &str| bare(&fold(n)).replace('’', "'");
    let own = same(body).contains(&same(&name));
    (!own && !body.starts_with('(')).then_some(name)
}

/// Whether a subject names a meeting ("Le 4e sommet extraordinaire", "La session
/// ordinaire") rather than a body or people.
fn meeting_noun(subject: &str) -> bool {
    let name = LEADING_ORDINAL.replace(subject, "");
    let first = fold(&name)
        .split_whitespace()
        .find(|w| !["le", "la", "les", "l'", "l’"].contains(w))
        .unwrap_or_default()
        .to_string();
    table::FR_DECIDING_MEETINGS.contains(&first.as_str())
}

/// A subject that is a government: "le gouvernement", "le Gouvernement malien".
static GOVERNMENT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|,\s*)(?:le|du)\s+(gouvernement(?:\s+\p{Ll}+)?)\s*$").expect("valid regex")
});

static LEADING_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\s*(?:le|la|les)\s+)\d+\s*-?\s*(?:e|è|ème|eme|er|ère|re)\s+")
        .expect("valid regex")
});

/// " a", " ont", " a, ce matin," and an adverb after them ("le Conseil a également
/// décidé"): the end of a past tense's subject.
static AUXILIARY_END: LazyLock<Regex> = LazyLock::new(|| {
    let adverbs = any_of(table::FR_ADVERBS);
    Regex::new(&format!(
        r"\s+(?:a|ont)(?:\s*,[^.;:]{{1,100}}?,)?(?:\s+(?:{adverbs}))*\s*$"
    ))
    .expect("valid regex")
});

/// " de l'Organisation", " du Conseil": the organisation a subject belongs to.
static ORG_COMPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:de\s+l['’]|du\s+|de\s+la\s+|des\s+)\p{Lu}").expect("valid regex")
});

/// "Aux termes de la résolution 2095 (2013), adoptée ..., la Mission aidera désormais le
/// Gouvernement à ...": what the resolution says its subject will do asks it (not "sera",
/// "aura", nor a conditional "devrait").
fn resolution_future(clause: &str) -> Option<(Vec<String>, String)> {
    if !fold(clause.trim_start()).starts_with("aux termes de") {
        return None;
    }
    let m = RESOLUTION_FUTURE.captures_iter(clause).last()?;
    let verb = fold(&m[2]);
    if ["sera", "seront", "aura", "auront", "pourra", "pourront"].contains(&verb.as_str()) {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&clause[m.get(2).expect("verb").start()..])))
}

/// ", la Mission aidera ...": a subject after a comma, then a verb in the future.
static RESOLUTION_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+((?:le|la|les|l['’])\s*[^,;]{1,60}?)\s+(\p{Ll}+(?:ra|ront))\b")
        .expect("valid regex")
});

/// "la suspension immédiate du Niger de ...": a decision of `FR_DECISION_NOUNS` announced.
fn announced_decision(rest: &str) -> Option<String> {
    let thing = skip_call_asides(without_aside(rest));
    let after = starts_with_word(thing, &["la", "le", "l'", "l’"])?;
    let noun = fold(after.split_whitespace().next()?);
    table::FR_DECISION_NOUNS
        .contains(&noun.as_str())
        .then(|| clean(thing))
}

/// "autorise le déploiement de ...": a thing authorized, with no "à" + infinitive after it.
fn authorizes_a_thing(form: &str, rest: &str) -> bool {
    // "la prolongation de la transition afin de permettre aux autorités d'organiser ...":
    // the purpose after the thing names no one authorized.
    let rest = PURPOSE_AFTER
        .find(rest)
        .map_or(rest, |m| &rest[..m.start()]);
    let Some(after) = starts_with_word(
        thing_of(rest),
        &[
            "le", "la", "les", "l'", "l’", "un", "une", "des", "sa", "son", "ses",
        ],
    ) else {
        return false;
    };
    // "ordonne le déploiement de la force ... pour ...": an act, whatever follows it.
    let decision = after
        .split_whitespace()
        .next()
        .is_some_and(|w| table::FR_DECISION_NOUNS.contains(&fold(w).as_str()));
    ["autoris", "ordonn", "activ"]
        .iter()
        .any(|v| form.contains(v))
        && (decision || addressed(rest).is_none())
}

static PURPOSE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:afin\s+de|afin\s+d['’]|en\s+vue\s+de|pour\s+permettre)\b")
        .expect("valid regex")
});

/// What follows an act's verb, without its day and its opening quote ("jeudi, « le
/// déploiement de la force»" → "le déploiement de la force»").
fn thing_of(rest: &str) -> &str {
    skip_call_asides(without_aside(rest)).trim_start_matches(['«', '"', '“', ' ', '\u{a0}'])
}

/// "Les États membres doivent progresser ...", "Ils doivent indiquer ...", "La Mission est
/// tenue de prendre en compte ...": an obligation
/// stated of a named subject asks it (a pronoun: the one asked before). Not a limit ("ne
/// doit pas"), a passive ("doivent être mises en œuvre"), or a relative ("qui doivent").
fn obligation(clause: &str) -> Option<(Vec<String>, String)> {
    let m = OBLIGATION.captures(clause.trim())?;
    // "quand il conclut à une violation, l'État concerné est tenu de ...": what the law
    // requires on a condition, not a request.
    let before = fold(&clause.trim()[..m.get(1).expect("subject").start()]);
    if ["quand ", "lorsque ", "lorsqu'", "si "]
        .iter()
        .any(|w| before.starts_with(w) || before.contains(&format!(" {w}")))
    {
        return None;
    }
    // "les États-Unis ont expliqué qu'alors que ..., le Conseil doit ...": what a speaker
    // says the body or another must do is the speaker's view.
    if said_that(&before) {
        return None;
    }
    // "L'UIP a été bâtie sur l'idée que les crises doivent ...": the obligation's subject
    // is the that-clause's.
    let subject = m[1]
        .rsplit_once(" que ")
        .map_or(&m[1], |(_, after)| after)
        .trim();
    let lower = fold(subject);
    if ["il", "elle", "ils", "elles"].contains(&lower.as_str()) {
        return (lower != "il").then(|| (Vec::new(), clean(&m[2])));
    }
    // "... doit mettre fin à X et la communauté internationale doit ...": the first
    // obligation ends where the second opens.
    let action = clean(
        second_obligation_at(&m[2]).map_or(&m[2], |k| m[2][..k].trim_end().trim_end_matches(" et")),
    );
    // "Les États membres" → "États"; "l'OCI" → "OCI".
    let head = match subject.split_once(['\'', '’']) {
        Some((article, rest)) if article.len() == 1 => rest.split_whitespace().next(),
        _ => subject.split_whitespace().nth(1),
    }
    .unwrap_or_default();
    let actor_like = head.starts_with(char::is_uppercase)
        || table::FR_OBLIGED_NOUNS.contains(&fold(head).as_str());
    if fold(&action).starts_with("être") || lower.ends_with(" ne") || !actor_like {
        return None;
    }
    let names = actors(subject);
    (!names.is_empty() && opened(subject)).then_some((names, action))
}

/// Whether `before` (folded) ends inside what a speaker said: a verb of saying in the past
/// ("a expliqué", "ont estimé") and its "que".
fn said_that(before: &str) -> bool {
    let sentence = before.rsplit(['.', ';']).next().unwrap_or(before);
    table::FR_SAYING_VERBS.iter().any(|v| {
        ["a ", "ont "].iter().any(|aux| {
            [" que ", " qu'", " qu’"]
                .iter()
                .any(|que| sentence.contains(&format!("{aux}{v}{que}")))
        })
    })
}

/// "Les États membres les appliqueront de façon à ...": in conclusions, what a named actor
/// other than the body will do is what it is to do (not the body's own intent, a meeting's
/// agenda, "sera", "aura" nor "pourra").
fn named_future(clause: &str, body: &str) -> Option<Request> {
    let (subject, head, action) = future_task(clause)?;
    let actor_like = head.starts_with(char::is_uppercase)
        || table::FR_OBLIGED_NOUNS.contains(&fold(head).as_str())
        || fold(head) == "états";
    // "L'Union européenne maintiendra ...": the organisation the body speaks for states
    // its own intent.
    let own = fold(body).contains(&fold(head))
        || meeting_noun(subject)
        || table::FR_SPEAKING_ORGANISATIONS.contains(&fold(head).as_str());
    if !actor_like || own || !opened(subject) {
        return None;
    }
    let names = actors(subject);
    (!names.is_empty()).then_some((names, action))
}

/// A named subject and a verb in the future that is a task (not "sera", "aura", "pourra",
/// nor an agenda's future): the subject, its head word (after its article) and the action.
fn future_task(clause: &str) -> Option<(&str, &str, String)> {
    future_task_but(clause, &[])
}

/// [`future_task`], with the agenda's futures in `decided` read as tasks.
fn future_task_but<'c>(clause: &'c str, decided: &[&str]) -> Option<(&'c str, &'c str, String)> {
    let m = NAMED_FUTURE.captures(clause.trim())?;
    let verb = fold(&m[3]);
    if table::FR_NOT_ASKED_FUTURES.contains(&verb.as_str())
        || (table::FR_AGENDA_FUTURES.contains(&verb.as_str()) && !decided.contains(&verb.as_str()))
    {
        return None;
    }
    let subject = m.get(1)?.as_str().trim();
    let head = match subject.split_once(['\'', '’']) {
        Some((article, rest)) if article.len() == 1 => rest.split_whitespace().next(),
        _ => subject.split_whitespace().nth(1),
    }
    .unwrap_or_default();
    Some((subject, head, clean(&format!("{}{}", &m[2], &m[4]))))
}

static NAMED_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*[^,;:]{1,60}?)\s+((?:(?:les|la|le|l['’]|leur|lui|en|y|se|s['’])\s*)?(\p{Ll}+(?:ra|ront)))\b(.*)$")
        .expect("valid regex")
});

/// The subject at the sentence's start, "doit" / "doivent", an infinitive that is no "être"
/// ("s'unir" with its pronoun).
static OBLIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|,\s+)((?:[Ll]es?|[Ll]a|[Ll]['’]|Ils|Elles|Elle|ils|elles|elle)\b[^,;:]{0,60}?)\s+(?:(?:doit|doivent|devront|devra)\s+|(?:est|sont)\s+tenu(?:e|s|es)?\s+d(?:e\s+|['’]))((?:s['’])?(?:\p{Ll}+\s+)?\p{L}+(?:er|ir|re|oir)\b.*)$")
        .expect("valid regex")
});

fn decided_to_ask(action: &str) -> Option<Vec<(Vec<String>, String)>> {
    let lower = fold(action);
    let verb = table::FR_DECIDES_TO_ASK
        .iter()
        .find(|v| lower.starts_with(*v) && lower[v.len()..].starts_with([' ', ',']))?;
    let rest = action[verb.len()..].trim_start();
    // Asked or not, the decision is one to ask: never the body's own act; an invitation to
    // take part in the discussion under way asks nothing.
    if lower.contains("participer") && on_the_spot_words(&lower) {
        return Some(Vec::new());
    }
    // "de demander au Mali la libération de X": an addressee, then the thing asked of it.
    let thing = || {
        ["demander", "exiger", "réclamer"]
            .iter()
            .any(|v| verb.starts_with(v))
            .then(|| asked_a_thing(rest))
            .flatten()
    };
    Some(addressed(rest).or_else(thing).into_iter().collect())
}

/// "participer, sans droit de vote, à la discussion": done at the meeting itself.
fn on_the_spot(action: &str) -> bool {
    let lower = fold(action);
    lower.starts_with("participer") && on_the_spot_words(&lower)
}

fn on_the_spot_words(lower: &str) -> bool {
    table::FR_ON_THE_SPOT.iter().any(|w| lower.contains(w))
}

/// "lever une grande partie des sanctions imposées à X", "lever la suspension de X": a
/// lifting decided, which ends a measure and asks no one (as "lève les sanctions" does not).
fn lifting(action: &str) -> bool {
    let lower = fold(action);
    lower.strip_prefix("lever ").is_some_and(|next| {
        let next: String = next.chars().take(60).collect();
        table::FR_LIFTED_MEASURES.iter().any(|n| next.contains(n))
    })
}

/// "aborder la discussion de la question ...": a step of the meeting under way.
fn meeting_step(action: &str) -> bool {
    let lower = fold(action);
    table::FR_MEETING_STEPS.iter().any(|w| {
        lower.starts_with(w) && lower[w.len()..].starts_with(' ') && {
            // "suspendre la séance", not "suspendre toutes les transactions".
            let next: String = lower[w.len()..].chars().take(40).collect();
            !matches!(
                *w,
                "suspendre" | "lever" | "clore" | "ajourner" | "reporter" | "remettre"
            ) || table::FR_MEETING_NOUNS.iter().any(|n| next.contains(n))
                || (*w == "remettre" && next.trim_start().starts_with("à plus tard"))
        }
    })
}

/// "Que la Commission se rendra sur les lieux ... et présentera ...", an item under "Décide :":
/// its subject is asked, as by "that X shall". "Que la Commission aura autorité ..." (a
/// power) and "Qu'un représentant sera invité ..." (a passive) ask nobody.
static THAT_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*qu(?:e\s+|['’])((?:[^\s,;]+\s+){0,7}?[^\s,;]+?)\s+(?:se\s+|s['’]|en\s+|y\s+)?(\p{Ll}+(?:ra|ront))\b")
        .expect("valid regex")
});

fn that_future(clause: &str) -> Option<(Vec<String>, String)> {
    let m = THAT_FUTURE.captures(clause)?;
    if table::FR_NOT_ASKED_FUTURES.contains(&fold(&m[2]).as_str()) {
        return None;
    }
    let names = actors(&m[1]);
    let action = clean(&clause[m.get(2).expect("verb").start()..]);
    (!names.is_empty()).then_some((names, action))
}

/// Whether a sentence recounts a decision taken before the text's day ("À sa neuvième
/// session, en 1954, l'Assemblée générale a invité ...", "le communiqué ... par lequel le
/// Conseil a décidé ..."): a past tense after a date before `adopted`, or after "par lequel".
pub fn recounts(sentence: &str, adopted: Date) -> bool {
    // "Réitère l'appel par lequel il a <verbe> X de ...": the call renewed
    // now, though it tells the earlier one.
    if RENEWED_CALL.is_match(sentence) {
        return false;
    }
    // "salué l'adoption des résolutions 2359 et 2391 aux termes desquelles le Conseil ...
    // demande à la MINUSMA ...": what another text says, in any tense.
    if TERMS_OF.is_match(sentence) {
        return true;
    }
    // "s'est félicitée ...; et prié le Secrétaire général ...": a participle after another
    // verb's auxiliary is a past tense too.
    let Some(verb) = PAST.find(sentence).or_else(|| BARE_PAST.find(sentence)) else {
        return false;
    };
    let before = &sentence[..verb.start()];
    // "Le Conseil, qui a condamné le coup du 25 octobre, a appelé ...": a relative clause
    // on the subject tells its own act; a date in it dates that act, not the verb after.
    // "Le Comité, après avoir noté qu'au terme du délai fixé le <jour> rien n'était fait,
    // a prié ...": so does a participle's clause that runs from the subject to the verb.
    static RELATIVE_ON_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^([^,;.«]{1,80}?),?\s+qui\s+[^,;.]*,").expect("valid regex")
    });
    static ASIDE_TO_VERB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^([^,;.«]{1,80}?),\s+(?:après\s+avoir|ayant)\s+[^;]*,\s*$")
            .expect("valid regex")
    });
    let stripped = RELATIVE_ON_SUBJECT.replace(before, "$1,");
    let stripped = ASIDE_TO_VERB.replace(&stripped, "$1, ").into_owned();
    let before = stripped.as_str();
    let lower = fold(before);
    if earlier_resolution(before, adopted) {
        return true;
    }
    if [
        "par lequel",
        "par laquelle",
        "par lesquels",
        "par lesquelles",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return true;
    }
    // "Le Conseil a pris note des négociations tenues le 7 mars ..., et a exhorté ...": a
    // verb joined after another of the same subject is dated as that one is, by what
    // comes before it, not by the days of its object.
    let before = if fold(before.trim_end()).ends_with(" et") {
        FIRST_AUXILIARY
            .find(before)
            .map_or(before, |m| &before[..m.start()])
    } else {
        before
    };
    let dated_before = DAY_MONTH_YEAR
        .captures_iter(before)
        .filter_map(|m| date(&m))
        .any(|d| d < adopted);
    // "..., après avoir rappelé les résolutions 501 (1982) et 508 (1982) ..., le Conseil a
    // décidé ...": the years of the texts a recalling clause cites date no act told.
    let own = RECALLING
        .find(before)
        .map_or(before, |m| &before[..m.start()]);
    let year_before = YEAR_ALONE
        .find_iter(own)
        // "le Comité exécutif du Fonds de 1971 a chargé ...": a year that names an
        // instrument is no date of the act.
        .filter(|y| !NAMED_BY_YEAR.is_match(&own[..y.start()]))
        .filter_map(|y| y.as_str().parse::<i16>().ok())
        .any(|y| y < adopted.year());
    // "À sa cinquante-deuxième session, l'Assemblée générale a invité ...": a session of a
    // body whose sessions open every year, held before the adoption.
    let session_before = SESSION.captures_iter(before).any(|m| {
        let Some(n) = ordinal(&m[1]).filter(|_| fold(&m[2]) == "session") else {
            return false;
        };
        table::YEARLY_SESSIONS
            .iter()
            .filter(|(name, _, _)| fold(sentence).contains(name))
            .any(|(_, base, _)| {
                i32::from(*base) + i32::try_from(n).unwrap_or(0) < i32::from(adopted.year())
            })
    });
    dated_before || year_before || session_before
}

/// "Par sa résolution 71/12, l'Assemblée ... a décidé ...": a General Assembly
/// resolution of a session closed before the adoption (session N opens in September of
/// 1945 + N) is another text.
fn earlier_resolution(before: &str, adopted: Date) -> bool {
    static CITED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\brésolution\s+(\d{1,2})/\d{1,3}\b").expect("valid regex")
    });
    // Its session over (it closes in September of 1946 + N) before the adoption.
    CITED.captures_iter(before).any(|m| {
        m[1].parse::<i16>()
            .ok()
            .and_then(|n| Date::new(1946 + n, 9, 1).ok())
            .is_some_and(|closed| closed < adopted)
    })
}

/// A communiqué's past tense: "a prié", "ont, au terme de leurs travaux, exhorté".
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    let participles: Vec<&str> = table::FR_VERBS
        .iter()
        .map(|(f, _)| *f)
        .filter(|f| f.ends_with('é') || f.ends_with("it"))
        .collect();
    let participles = any_of(&participles);
    let adverbs = any_of(table::FR_ADVERBS);
    Regex::new(&format!(
        r"(?i)\b(?:a|ont)(?:\s*,[^.;:]{{1,100}}?,)?\s+(?:(?:{adverbs})\s+)*(?:{participles})\b"
    ))
    .expect("valid regex")
});

/// A participle of the table after "et" ("... et prié le Secrétaire général de ...").
static BARE_PAST: LazyLock<Regex> = LazyLock::new(|| {
    let participles: Vec<&str> = table::FR_VERBS
        .iter()
        .map(|(f, _)| *f)
        .filter(|f| f.ends_with('é'))
        .collect();
    let participles = any_of(&participles);
    Regex::new(&format!(r"(?i)\bet\s+(?:{participles})\b")).expect("valid regex")
});

/// A past tense's auxiliary and the word after it: "a pris", "ont salué".
static FIRST_AUXILIARY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:a|ont)\s+\p{Ll}{2,}").expect("valid regex"));

/// A paragraph that renews a call it tells: "Réitère l'appel par lequel il a demandé ...",
/// "Renouvelle la demande qu'il a adressée ...".
static RENEWED_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\d+\.\s*)?(?:réitère|renouvelle|réitèrent|renouvellent)(?:\s+(?:également|aussi|en\s+outre))?\s+(?:l['’]\s*|son\s+|leur\s+|sa\s+|la\s+)(?:appel|demande)(?:\s+pressante?)?\s+(?:par\s+(?:lequel|laquelle)|qu['’]\s*(?:il|elle|ils|elles)\s+a(?:vait)?|qu['’]\s*(?:il|elle|ils|elles)\s+ont)\b")
        .expect("valid regex")
});

static TERMS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\baux\s+termes\s+(?:desquel(?:le)?s|duquel|de\s+laquelle)\b")
        .expect("valid regex")
});

/// A capitalised name and "de" just before a year: "Fonds de 1971", "Convention de 1951".
static NAMED_BY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}\p{L}+\s+de\s+$").expect("valid regex"));

/// A clause that recalls or examines texts before the act it tells: "après avoir rappelé",
/// "après avoir étudié", "rappelant", "réaffirmant".
static RECALLING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:après\s+avoir|ayant)\s+(?:rappelé|réaffirmé|examiné|étudié|pris\s+note)\b|\b(?:rappelant|réaffirmant)\b")
        .expect("valid regex")
});

static YEAR_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:1[89]|20)\d{2}\b").expect("valid regex"));

/// Whether an unnumbered paragraph of a numbered text is preambular ("Rappelant ...",
/// "Profondément préoccupé ..."): one that is not may still ask ("À la même séance, le
/// Conseil a décidé d'inviter le Secrétaire général à ...").
pub fn preambular(text: &str) -> bool {
    let first = fold(text.split_whitespace().next().unwrap_or_default());
    let first = first.trim_end_matches([',', ';', ':']);
    first.ends_with("ant") || table::FR_PREAMBLE_OPENERS.contains(&first)
}

/// A preambular paragraph as a resolution sets it: a participle ("Rappelant", "Prenant
/// note") opens it and a comma or a semicolon ends it.
pub fn preamble_paragraph(text: &str) -> bool {
    preambular(text) && text.trim_end().ends_with([',', ';'])
}

/// "Prie le Secrétaire général :" + "a) De présenter ...": the addressee its items ask.
pub fn chapeau_actors(clause: &str) -> Option<Vec<String>> {
    let Some(m) = VERB.captures(clause) else {
        return heading_subject(clause);
    };
    let form = fold(&m[1]);
    let addressed = table::FR_VERBS
        .iter()
        .any(|(f, k)| fold(f) == form && *k == Kind::Addressed);
    let rest = clause[m.get(0).expect("match").end()..].trim();
    let rest = rest.strip_suffix(':')?.trim_end();
    // "a appelé les gouvernements à :": the items are the infinitives "à" governs.
    let rest = [" à", " de", " d'", " d’"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .unwrap_or(rest);
    let names = actors(rest);
    (addressed && !names.is_empty()).then_some(names)
}

/// "réaffirmer le rôle du Conseil ;" on a line of its own after "a appelé les
/// gouvernements à :": an item in lower case that opens with an infinitive, its action.
pub fn infinitive_line(text: &str) -> Option<String> {
    static LOWER_INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\s").expect("valid regex")
    });
    let text = text.trim();
    LOWER_INFINITIVE.is_match(text).then(|| clean(text))
}

/// Whether a clause is a chapeau whose lettered items each say what the body decides
/// ("Décide :" + "a) De créer ...").
pub fn decides_items(clause: &str) -> bool {
    // "Le Conseil est convenu :", "Les ministres sont convenus de ce qui suit :": what was
    // agreed, item by item, is decided as "a décidé :" decides it.
    static AGREED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:est|sont|a|ont|se\s+sont|s['’]est)\s+(?:\p{Ll}+ment\s+)?convenu(?:e|s|es)?(?:\s+de\s+ce\s+qui\s+suit|\s+des\s+points\s+suivants)?\s*:$")
            .expect("valid regex")
    });
    if AGREED.is_match(clause.trim()) {
        return true;
    }
    VERB.captures(clause).is_some_and(|m| {
        let form = fold(&m[1]);
        (table::FR_VERBS
            .iter()
            .any(|(f, k)| fold(f) == form && *k == Kind::Decides)
            // "RECOMMANDE :" + "a) que le Directeur régional poursuive ...": items that
            // each name whom they ask.
            || form == "recommande"
            || form == "recommandent")
            && {
                // "Décide :", "et décide de :": the items say what.
                let rest = clause[m.get(0).expect("match").end()..].trim();
                let rest = rest.strip_prefix("de").unwrap_or(rest);
                rest.trim().trim_end_matches(':').trim().is_empty()
            }
    })
}

static INFINITIVE_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}\p{Ll}+(?:er|ir|re|oir)\s").expect("valid regex"));

/// "De créer un fonds ;" → "créer un fonds"; a task in the present under a body's
/// heading ("organise des ateliers ;") is its own action.
pub fn item_action(item: &str) -> Option<String> {
    strip_de(item)
        .or_else(|| strip_a_infinitive(item))
        .map(clean)
        .or_else(|| TASK_ITEM.is_match(item.trim()).then(|| clean(item)))
}

/// "à intensifier leur assistance ;", "- à agir auprès de ...": an item under "appelle X :",
/// "Invite X :" that opens with "à" and an infinitive (the chapeau's verb governs "à"),
/// its action ("à la demande de ..." opens with no infinitive).
fn strip_a_infinitive(item: &str) -> Option<&str> {
    static A_INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[àÀ]\s+((?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\b)").expect("valid regex")
    });
    let t = item.trim_start();
    A_INFINITIVE
        .captures(t)
        .map(|m| &t[m.get(1).expect("group").start()..])
}

/// "organise ...", "rend compte ...": an item that opens with a task in the present.
static TASK_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let tasks = any_of(table::FR_TASK_PRESENTS);
    Regex::new(&format!(r"^(?:{tasks})\s")).expect("valid regex")
});

/// "Le Secrétariat, sous réserve des fonds disponibles :": a body named alone over its
/// items (no verb), each item a task of that body in the present.
fn heading_subject(clause: &str) -> Option<Vec<String>> {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Le|La|Les|L['’])\s*(\p{Lu}[\p{L}'’-]*(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?[\p{L}'’-]+){0,5}?)\s*(?:,[^:;]{1,160})?\s*:$")
            .expect("valid regex")
    });
    let m = HEADING.captures(clause.trim())?;
    let names = actors(&m[1]);
    (!names.is_empty()).then_some(names)
}

/// "Décision 41.12 Le Comité X examine le rapport ... et formule des recommandations ...",
/// "À l'adresse de : Comité X Le Comité X examine ...": a decision, under its number or its
/// addressee's heading, that sets a body other than the text's own a task in the present,
/// as "X shall" does (the body's own present, or a present without such a heading, "Le
/// Comité examine la question", tells what it does).
fn present_task(clause: &str, body: &str) -> Option<Request> {
    static TASK: LazyLock<Regex> = LazyLock::new(|| {
        let tasks = any_of(table::FR_TASK_PRESENTS);
        // ("Décision 14.29 (Rev. CoP16) Le Comité ...": after the decision's label, or its
        // heading "Decision directed to: Comité X" / "À l'adresse du Comité X :".)
        Regex::new(&format!(r"^(?:[^;]{{0,60}}?(?:directed\s+to|[àÀ]\s+l['’]adresse\s+d[eu'’]s?[^:.;]{{0,40}}?)\s*:\s*[^.;:]{{0,60}}?\s|Décision\s+\d{{1,2}}\.\d{{1,3}}(?:\s*\(Rev\.[^)]{{1,20}}\))?\s+)(?:Le|La|Les|L['’])\s*(\p{{Lu}}[\p{{L}}'’-]*(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?[\p{{L}}'’-]+){{0,5}}?)(?:\s*,[^,;]{{1,120}},)?\s+((?:{tasks})\s.+)$"))
            .expect("valid regex")
    });
    let m = TASK.captures(clause.trim())?;
    let name = fold(&m[1]);
    let body = fold(body);
    let own = !body.is_empty() && (body.contains(&name) || name.contains(&body));
    let lower = fold(clause);
    let news = table::FR_CALL_ASIDES
        .iter()
        .any(|w| lower.contains(&format!(" {w} ")));
    if own || news {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// An item under "Décide :" / "a décidé :": "de créer ..." is the body's own act; "que X
/// doivent ..." and "que les X allouent ..." (an obligation, a subjunctive) ask X; a
/// passive ("que les volontaires soient déployés") asks nobody.
pub fn decided_item(item: &str, body: &str) -> Vec<(Vec<String>, String)> {
    let item = item.trim();
    // "Pour renouveler le mandat ...", "Pour demander au Secrétaire général de ...": a
    // translation's item ("(a) To renew ...") that opens with "Pour" and an infinitive is
    // the decision "de renouveler ...", "de demander ...".
    if let Some(action) = strip_pour_infinitive(item) {
        return decided_item(&format!("de {action}"), body);
    }
    // "d'inscrire la question ..., et de demander au Directeur général de ...": a second
    // decision in the item, one to ask whom it names.
    if let Some(m) = SECOND_DECIDED_ASK.find(item) {
        let mut found = decided_item(&item[..m.start()], body);
        let asked = item[m.start()..].trim_start_matches([',', ' ']);
        let asked = asked.strip_prefix("et ").unwrap_or(asked);
        found.extend(decided_item(asked, body));
        return found;
    }
    if let Some(action) = item_action(item) {
        if decided_view(&action) {
            return Vec::new();
        }
        // "de demander au Bureau de ...": a decision to ask the Bureau.
        return decided_to_ask(&action).unwrap_or_else(|| vec![(vec![body.to_string()], action)]);
    }
    // "décide de :" + "Renouveler le mandat ...", "Demander au Secrétaire général de ...":
    // an infinitive item, the body's own or asking whom it names ("Marquer sa disponibilité
    // à ...", a view decided on, asks nothing).
    if INFINITIVE_ITEM.is_match(item) && !decided_view(item) {
        let action = format!("{}{}", item[..1].to_lowercase(), &item[1..]);
        return match decided_to_ask(&action) {
            Some(asked) => asked,
            None => vec![(vec![body.to_string()], clean(&action))],
        };
    }
    // "Réintégration de la République X dans l'Organisation.": a decision told by its noun.
    if NOUN_ITEM.is_match(item) {
        let action = format!("{}{}", item[..1].to_lowercase(), &item[1..]);
        return vec![(vec![body.to_string()], clean(&action))];
    }
    that_must(item)
        .or_else(|| that_subjunctive(item))
        .or_else(|| that_singular(item))
        .into_iter()
        .collect()
}

/// "a) que le Directeur régional poursuive ses efforts ;" under "Recommande :" or
/// "Décide :": a named subject and its subjunctive, asked.
fn that_singular(item: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’"]
        .iter()
        .find_map(|q| item.strip_prefix(q))?;
    that_named(after)
}

/// "Pour renouveler le mandat ..." → "renouveler le mandat ...": an item opened by "Pour"
/// and an infinitive, not a purpose before a clause of its own ("Pour planter des haies,
/// les communes doivent ...").
fn strip_pour_infinitive(item: &str) -> Option<&str> {
    static POUR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[Pp]our\s+((?:(?:se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\b)")
            .expect("valid regex")
    });
    static OWN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",\s+(?:le|la|les|l['’]|il|ils|elle|elles|on|nous|chaque|tous|toutes)\s*\p{L}")
            .expect("valid regex")
    });
    let m = POUR.captures(item)?;
    if OWN_CLAUSE.is_match(item) {
        return None;
    }
    Some(&item[m.get(1).expect("group").start()..])
}

static SECOND_DECIDED_ASK: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = any_of(table::FR_DECIDES_TO_ASK);
    Regex::new(&format!(
        r"(?i)(?:,\s*|\s+)et\s+(?:de\s+|d['’]\s*)(?:{verbs})\s+(?:au|aux|à|le|la|les|l['’])"
    ))
    .expect("valid regex")
});

static NOUN_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}+(?:tion|sion|ment|ance|ence|age)\s+(?:de|du|des|d['’])")
        .expect("valid regex")
});

/// Whether a clause's subject is one person ("Le Premier ministre éthiopien, Abiy Ahmed,
/// a appelé ..."): what one person says asks nobody on the body's behalf.
fn spoken_by_one(subject: &str) -> bool {
    // "... de M. Al Khuza, a appelé": a civility's stop ends no sentence.
    let lower = fold(subject.trim())
        .replace(" m. ", " m ")
        .replace(" dr. ", " dr ")
        .replace(" pr. ", " pr ");
    let last_sentence = lower
        .rsplit(['.', ';', ':'])
        .next()
        .unwrap_or(&lower)
        .trim();
    // "l'ambassadeur X, président du Conseil pour le mois d'avril, a ...": the Council's
    // president speaks for it.
    if table::FR_SPEAKS_FOR_BODY
        .iter()
        .any(|w| last_sentence.contains(w))
    {
        return false;
    }
    // "À la lumière de ..., le secrétaire général de l'OCI, Jean Dupont, appelle ...": the
    // subject is the last piece between commas that opens with an article.
    // "Bola Tinubu, président de l'Autorité ..., a exhorté ...": a name, then its title in
    // apposition without an article.
    let titled_apposition = last_sentence
        .split(", ")
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            // "Jean Dupont, président de ...", "Jean Dupont, le chef de ...".
            let title = w[1].trim();
            let title = ["le ", "la ", "l'"]
                .iter()
                .find_map(|a| title.strip_prefix(a))
                .unwrap_or(title);
            w[0].split_whitespace().count() <= 4
                && table::FR_PERSON_TITLES
                    .iter()
                    .any(|t| title.starts_with(&format!("{t} ")))
        });
    if titled_apposition {
        return true;
    }
    // "le ministre X, le prince Y, cité par Z, a affirmé": any such piece may hold the title.
    last_sentence
        .rsplit(", ")
        .filter_map(|piece| {
            // "10/12/2011 le Secrétaire général ...": a page's date before the subject.
            // "Lyon — Le Commissaire ...": a dateline's place and dash before it.
            let piece = piece.rsplit(['—', '–']).next().unwrap_or(piece);
            let piece = piece.trim_start_matches(|c: char| !c.is_alphabetic());
            ["le ", "la ", "l'"]
                .iter()
                .find_map(|a| piece.trim().strip_prefix(a))
        })
        .take(2)
        .any(|rest| table::FR_PERSON_TITLES.iter().any(|t| rest.starts_with(t)))
}

/// "Le Président de la Commission, Dr X a déclaré lors du sommet que, ..., la Commission a
/// autorisé ...": a past act one person reports is recounted, no request.
fn reported_past(subject: &str, form: &str) -> bool {
    let past = form.contains(' ') || form.ends_with('é');
    past && REPORTED.find_iter(subject).any(|m| {
        let speaker = &subject[..m.start()];
        spoken_by_one(speaker)
            || table::FR_PERSON_TITLES
                .iter()
                .any(|t| fold(speaker).contains(t))
    })
}

/// "Rappelle qu'elle a prié le Secrétaire général de ...", "Note que le Secrétaire général a
/// demandé aux États de ...": a request made before, which the paragraph recalls or notes,
/// is no new one (as "Recalls that it requested" in English).
/// "les travaux du Rapporteur spécial, qui a demandé aux États de ...": what the one the
/// sentence names did, told in a relative clause in the past, is no request of the body.
fn relative_past(before_verb: &str, form: &str) -> bool {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s*qui\s+(?:a|ont|avait|avaient)(?:\s+(?:déjà|également|aussi|notamment|récemment))?\s*$")
            .expect("valid regex")
    });
    let past = form.ends_with('é');
    past && RELATIVE.is_match(before_verb)
}

fn recalled_past(before_verb: &str, form: &str) -> bool {
    let past = form.contains(' ') || form.ends_with('é');
    let sentence = before_verb.rsplit(['.', ';']).next().unwrap_or(before_verb);
    past && RECALLED.is_match(sentence)
}

static RECALLED: LazyLock<Regex> = LazyLock::new(|| {
    // The that-clause's subject is the body itself, by a pronoun or its name, right before
    // the auxiliary or the past form that holds it ("Rappelant que X n'est plus ..., les
    // Délégués ont invité ..." asks).
    Regex::new(r"(?i)\b(?:rappelle|rappellent|rappelant|a\s+rappelé|ont\s+rappelé|note|notent|notant|constate|constatent|constatant|observe|observant)\s+(?:également\s+|aussi\s+|en\s+outre\s+)?qu(?:e\s*,[^,;.]{1,80},\s*|e\s+|['’]\s*)(?:il|elle|ils|elles|(?:le|la|l['’])\s*\p{L}+(?:\s+\p{L}+)?|(?:plusieurs|certains|certaines|de\s+nombreux|de\s+nombreuses|nombre\s+d['’]|des)\s*\p{L}+(?:\s+\p{L}+)?)(?:\s+(?:lui\s+|leur\s+)?(?:a|avait|ont|avaient)(?:\s+(?:déjà|également|aussi|notamment))?)?\s*$")
        .expect("valid regex")
});

static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\ba\s+(?:déclaré|indiqué|affirmé|souligné|expliqué|précisé)\b[^.;]*?\bque\b")
        .expect("valid regex")
});

/// "Le ministre X indique que la CEDEAO ... exige ...": the person reports what the body the
/// that-clause names asks now; the body asks ("a autorisé", a past act recounted, does not).
fn reported_body_asks(subject: &str, form: &str) -> bool {
    let lower = fold(subject);
    let present = !form.contains(' ') && !form.ends_with('é');
    present
        && lower
            .rfind(" que ")
            .is_some_and(|at| named_body(&[lower[at + 5..].to_string()]).is_some())
}

/// "M.Touray a exigé ...", "Mme Dupont a demandé ...": a person by a civility.
/// "Le gouvernement du pays X a prié le Directeur général de ...": a party's request,
/// which the text recounts, not one of the body's.
fn government_subject(subject: &str) -> bool {
    static GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[.;:]\s+|\d\.\s+)le\s+gouvernement\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:a|avait))?$")
            .expect("valid regex")
    });
    GOVERNMENT.is_match(subject.trim())
}

fn civility_subject(subject: &str) -> bool {
    CIVILITY.is_match(subject.trim())
}

static CIVILITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.;:!?]\s+)(?:M\.|Mme\s|Mlle\s|Dr\s)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$")
        .expect("valid regex")
});

/// Whether a sentence gives one person's words: "« ... », a déclaré Jean Dupont, le
/// président de la Commission".
pub fn one_speaker(sentence: &str) -> bool {
    let lower = fold(sentence);
    [
        "a déclaré",
        "a dit",
        "a affirmé",
        "a ajouté",
        // "Le Secrétaire général X a exprimé sa préoccupation ... Il a fait appel ...".
        "a exprimé",
        "a souligné",
        "a indiqué",
        "a-t-il déclaré",
        "a-t-elle déclaré",
    ]
    .iter()
    .filter_map(|w| lower.find(w))
    .any(|at| {
        // "a déclaré X, le président ..." or "le ministre X, ..., a affirmé ...".
        table::FR_PERSON_TITLES.iter().any(|t| lower[at..].contains(t))
            || spoken_by_one(&lower[..at])
    })
        // "Concernant X, le Secrétaire général a invité ...": the subject before its verb.
        || VERB
            .find(sentence)
            .is_some_and(|m| spoken_by_one(&sentence[..m.start()]))
}

/// Whether a sentence opens with a pronoun subject ("Il a également exhorté ...") or, in
/// quotes or not, the first person ("« Nous exhortons ... »", "Nous appelons ..."): after
/// one person's words, that person's words again.
pub fn pronoun_subject(sentence: &str) -> bool {
    let lower = fold(sentence.trim_start());
    let lower = lower.trim_start_matches(['"', '«', '“', ' ', '\u{a0}']);
    // "Aussi, il appelle ...", "Par ailleurs, elle a exhorté ...": a linking word and its
    // comma before the pronoun.
    let lower = table::FR_LINK_WORDS
        .iter()
        .find_map(|w| lower.strip_prefix(w)?.strip_prefix(", "))
        .unwrap_or(lower);
    ["il ", "elle ", "nous ", "je ", "j'"]
        .iter()
        .any(|p| lower.starts_with(p))
        // "Jean Dupont a exhorté ...": the speaker now named bare (no article, no title).
        || (BARE_NAME_SUBJECT.is_match(sentence.trim_start())
            && !table::FR_ADDRESSEE_OPENERS
                .iter()
                .chain(&["ce", "cette", "cet", "mais", "puis", "enfin", "ainsi"])
                .any(|o| lower.starts_with(&format!("{o} "))))
        // "Selon lui, ...", "Selon ces documents, X doivent ...": what the speaker says or
        // cites.
        || ["selon lui", "selon elle", "selon eux", "selon ces ", "selon ce ", "selon cette "]
            .iter()
            .any(|p| lower.starts_with(p))
}

/// "Jean Dupont a salué ...", "Sameh Ali Shoukry a exhorté ...": a person's first and last
/// names (two or three capitalised words), then a past auxiliary.
static BARE_NAME_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}[\p{Ll}'’-]+){1,2}\s+(?:a|avait)\s+\p{Ll}")
        .expect("valid regex")
});

/// "Décide de demeurer saisi de la question": nothing to do.
fn seized(rest: &str) -> bool {
    let lower = fold(rest);
    let lower = lower.trim_start();
    ["de demeurer ", "de rester "]
        .iter()
        .any(|w| lower.starts_with(w) && lower.contains("saisi"))
        // "de poursuivre l'examen de la question à sa prochaine session": as "continue its
        // consideration", nothing to do.
        || table::FR_CONTINUES_CONSIDERATION
            .iter()
            .any(|w| lower.starts_with(w))
        || table::FR_KEEPS_ON_AGENDA.iter().any(|w| {
            // "de garder la question à son ordre du jour", "de maintenir constamment à
            // l'examen les dispositions ...": kept under review, nothing to do.
            lower.starts_with(w)
                && ["ordre du jour", "à l'examen", "sous examen"]
                    .iter()
                    .any(|k| lower.contains(k))
        })
}

/// Whether an object pronoun stands before the verb ("Le Conseil l'encourage", "il l'a
/// prié"): `verb` is where the verb starts, `whole` where its match does.
fn pronoun_object(clause: &str, whole: usize, verb: usize) -> bool {
    let before_verb = fold(&clause[whole..verb]);
    let t = before_verb.trim_end();
    let present = before_verb.ends_with("l'")
        || t.ends_with(" la")
        || t.ends_with(" le")
        || t.ends_with(" les");
    // "il l'a prié": the auxiliary after the pronoun; not "L'Assemblée a prié", an elided
    // article before a name that starts with "a".
    let after = fold(&clause[whole..]);
    let past = (after.starts_with("a ") || after.starts_with("a,") || after.starts_with("ont "))
        && fold(&clause[..whole]).ends_with("l'");
    present || past
}

/// Whether a request's verb takes "les" for its addressee ("Le Conseil les encourage à
/// ..."): they are the ones named before.
pub fn asks_them(sentence: &str) -> bool {
    VERB.captures_iter(sentence).any(|m| {
        let whole = m.get(0).expect("match");
        let verb = m.get(1).expect("verb");
        fold(&sentence[whole.start()..verb.start()])
            .trim_end()
            .ends_with(" les")
    })
}

/// "En ce qui concerne le départ des N pays de X, ...", "S'agissant des parties, ...":
/// the plural a sentence's opening aside is about (after an act's noun and "des"), which a
/// later "les" stands for.
pub fn aside_named(sentence: &str) -> Option<Vec<String>> {
    static ASIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:en\s+ce\s+qui\s+concerne|s['’]agissant\s+d[eu]s?|concernant|quant\s+aux)\s+(?:(?:le|la|l['’])\s*\p{L}+\s+des\s+|les\s+)?([^,;:]{3,120}?)\s*,")
            .expect("valid regex")
    });
    let m = ASIDE.captures(sentence)?;
    // "des trois pays de l'Alliance X – AES de la CEDEAO": a dash or a bracket opens the
    // name's apposition.
    let named = [" – ", " — ", " - ", " ("]
        .iter()
        .filter_map(|w| m[1].find(w))
        .min()
        .map_or(&m[1], |at| &m[1][..at])
        .trim();
    // A plural only: "des trois pays", "les parties" (not "la situation au Mali").
    let head = named.split_whitespace().map(fold).find(|w| {
        !table::FR_SMALL_NUMBERS.contains(&w.as_str()) && !w.chars().all(char::is_numeric)
    })?;
    if !(head.ends_with('s') || head.ends_with('x')) {
        return None;
    }
    // The plural as the aside names it ("trois pays de l'Alliance X"), not a name inside
    // it.
    let mut chars = named.chars();
    let first = chars.next()?;
    Some(vec![first.to_uppercase().chain(chars).collect()])
}

/// The last list of two or more names a sentence gives ("le Maroc, le Front POLISARIO,
/// l'Algérie et la Mauritanie"), without their articles.
pub fn listed_names(sentence: &str) -> Option<Vec<String>> {
    static NAMES: LazyLock<Regex> = LazyLock::new(|| {
        // "le Verger du Nord": a name's links in lower case between its capitals.
        let name = r"(?:(?:le|la|les|l['’])\s*)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:du|de|des|de\s+la|d['’])\s*)?\p{Lu}[\p{L}-]*)*";
        Regex::new(&format!(r"{name}(?:\s*,\s*{name})*\s+et\s+{name}")).expect("valid regex")
    });
    let list = NAMES.find_iter(sentence).last()?;
    let names: Vec<String> = LIST
        .split(list.as_str())
        .map(|n| {
            let n = n.trim();
            ["le ", "la ", "les ", "l'", "l’"]
                .iter()
                .find_map(|a| n.strip_prefix(a))
                .unwrap_or(n)
                .trim()
                .to_string()
        })
        .filter(|n| !n.is_empty())
        .collect();
    (names.len() >= 2).then_some(names)
}

/// Whether what follows a verb opens an addressee: an article or "à" ("les parties", "aux
/// États", "à la Commission"), or a name ("Israël"). "a demandé vendredi soir dans un
/// communiqué une révision ..." names none.
fn addressee(rest: &str) -> bool {
    // "l’Administrateur" opens one as "l'Administrateur" does.
    let lower = rest.to_lowercase().replace('’', "'");
    table::FR_ADDRESSEE_OPENERS.iter().any(|o| {
        lower.starts_with(o) && (o.ends_with('\'') || lower[o.len()..].starts_with([' ', '’']))
    }) || rest.starts_with(|c: char| c.is_uppercase())
}

/// "appelle l'attention de X sur ...": draws attention, asks nobody.
fn appeal_to_attention(rest: &str) -> bool {
    let lower = fold(rest);
    ["l'attention", "son attention", "leur attention"]
        .iter()
        .any(|w| lower.starts_with(w))
}

/// ", une fois de plus, à tous les États de ..." → "à tous les États de ...": a short aside
/// between the verb and its addressee.
fn without_aside(rest: &str) -> &str {
    let Some(after) = rest.strip_prefix(',') else {
        return rest;
    };
    match after.find(',') {
        // "a demandé, mardi, en Conseil des ministres, au Premier ministre ...": where the
        // request was made may follow its day, between commas too.
        Some(end) if end <= 60 => {
            let after = after[end + 1..].trim_start();
            PLACE_ASIDE.find(after).map_or(after, |m| &after[m.end()..])
        }
        // "Décide en outre, conformément à l'article 9 des statuts ..., de planter ...": a
        // long aside, closed by the comma before "de" and its infinitive.
        _ => LONG_ASIDE_END
            .find(after)
            .filter(|m| m.start() <= 240)
            .map_or(rest, |m| after[m.start() + 1..].trim_start()),
    }
}

static LONG_ASIDE_END: LazyLock<Regex> = LazyLock::new(|| {
    // "Décide, à titre exceptionnel et en attendant ..., que ...": a that-clause closes it
    // too.
    Regex::new(r",\s+(?:(?:de\s+|d['’]\s*)\p{Ll}+(?:er|ir|re|oir)\b|qu(?:e\b|['’]))")
        .expect("valid regex")
});

/// "en Conseil des ministres, ", "lors de la réunion, ": where an act was done, as an aside
/// (not a gerund: "en demandant ...").
static PLACE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:en\s+\p{Lu}|lors\s+d|au\s+cours\s+d|à\s+l['’]issue\s+d)[^,;:]{1,60},\s*")
        .expect("valid regex")
});

/// "que X doit / doivent / devront ..." after "décide": X is asked. "que X peut ..." (a
/// permission) and "que la réunion aura lieu ..." ask nobody.
static THAT_MUST: LazyLock<Regex> = LazyLock::new(|| {
    let must = any_of(table::FR_THAT_MUST);
    Regex::new(&format!(
        r"(?i)^qu(?:e\s+|['’])([^,;]{{1,80}}?)\s+(?:{must})\s+(.+)$"
    ))
    .expect("valid regex")
});

fn that_must(rest: &str) -> Option<(Vec<String>, String)> {
    let m = THAT_MUST.captures(rest.trim())?;
    // "que le montant ... ne doit pas excéder ...": a limit set, no task.
    let np = fold(&m[1]);
    if np.split_whitespace().count() > 8 || np.ends_with(" ne") || np.ends_with(" n'") {
        return None;
    }
    // "que ces documents devront inclure ...": what a written thing must hold, no task.
    if written_thing(&m[1]) {
        return None;
    }
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

/// "ces rapports", "les dossiers": a subject whose head word is a written thing.
fn written_thing(subject: &str) -> bool {
    subject
        .split_whitespace()
        .take(3)
        .any(|w| table::FR_WRITTEN_THINGS.contains(&w))
}

/// "décide que le Groupe X préparera ...": a body or group named in capitals, then a verb
/// in the future that is a task (not "sera", "aura", "pourra", nor an agenda's future).
fn that_named_future(rest: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’", "que,"]
        .iter()
        .find_map(|q| rest.trim_start().strip_prefix(q))?;
    // "que, si la commune soumet son rapport, le Comité l'examinera ...": the condition
    // before the subject is no part of it.
    let after = CONDITION_FIRST
        .find(after)
        .map_or(after, |m| &after[m.end()..]);
    // "décide que le Comité examinera ...": what the body decides a named organ will
    // consider is its task, not an agenda told.
    let (subject, head, action) = future_task_but(after, table::FR_DECIDED_FUTURES)?;
    if !head.starts_with(char::is_uppercase) {
        return None;
    }
    let names = actors(subject);
    (!names.is_empty()).then_some((names, action))
}

/// ", si X fait Y, " / "lorsque X ..., ": a condition opening a that-clause, up to its comma.
static CONDITION_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:si|s['’]il|s['’]ils|lorsque|lorsqu['’]|dès\s+que|dès\s+qu['’]|au\s+cas\s+où)\b[^,;]{1,500},\s*")
        .expect("valid regex")
});

/// "de créer ..." / "d'examiner ..." → "créer ..." / "examiner ...", in any case.
/// "a décidé séparer les fonctions", "décident intensifier les actions": a news text's
/// decision whose "de" the writer left out, an infinitive in "-er" or "-ir" (or one of the
/// common ones in "-re") and an article after it.
fn bare_infinitive(text: &str) -> Option<&str> {
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*((?-i:\p{Ll})\p{L}{2,}(?:er|ir)|mettre|prendre|faire|suspendre|poursuivre|promouvoir|réduire|produire|construire)\s+(?:les|le|la|l['’]|des|du|un|une|leurs?|ses|son|sa|ces|cette|ce|tous|toutes)\b")
            .expect("valid regex")
    });
    let m = BARE.captures(text)?;
    let word = fold(&m[1]);
    // "hier", "premier", "janvier": no infinitive.
    let not_verbs = [
        "hier", "premier", "dernier", "janvier", "février", "entier", "plaisir", "avenir", "désir",
        "loisir",
    ];
    (!not_verbs.contains(&word.as_str())).then(|| text.trim_start())
}

fn strip_de(text: &str) -> Option<&str> {
    let t = text.trim_start();
    ["de ", "d'", "d’"].iter().find_map(|p| {
        t.get(..p.len())
            .filter(|head| head.eq_ignore_ascii_case(p))
            .map(|_| &t[p.len()..])
    })
}

/// "que tous les acteurs concernés envisagent ...": the plural subject of a verb in the
/// subjunctive is asked (a word in "-ent" that is no noun in "-ment" ends it).
fn that_subjunctive(rest: &str) -> Option<(Vec<String>, String)> {
    let after = ["que ", "qu'", "qu’"]
        .iter()
        .find_map(|q| rest.strip_prefix(q))?;
    let lower = fold(after);
    // "que le Conseil économique et social approuve ...": a named body, singular, and a
    // subjunctive of the table (the "-e" of a verb is no sign of one: "économique").
    let named_body = ["le ", "la ", "l'", "l’"].iter().any(|a| {
        after
            .strip_prefix(a)
            .or_else(|| after.strip_prefix(&a.to_uppercase()))
            .is_some_and(|r| r.trim_start().starts_with(char::is_uppercase))
    });
    if named_body {
        let mut at = 0;
        for (k, word) in after.split(' ').enumerate() {
            if k > 1 && table::FR_SUBJUNCTIVE_ACTS.contains(&fold(word).as_str()) {
                let names = actors(&after[..at]);
                let action = clean(&after[at..]);
                return (!names.is_empty()).then_some((names, action));
            }
            if k > 8 || word.contains([',', ';']) {
                return None;
            }
            at += word.len() + 1;
        }
        return None;
    }
    if !["les ", "tous ", "toutes "]
        .iter()
        .any(|a| lower.starts_with(a))
    {
        return None;
    }
    let mut at = 0;
    for (k, word) in after.split(' ').enumerate() {
        let w = fold(word);
        if k > 1 && w == "soient" {
            // "que les volontaires soient déployés": a passive asks nobody.
            return None;
        }
        if k > 1 && w.ends_with("ent") && !w.ends_with("ment") {
            let names = actors(&after[..at]);
            let action = clean(&after[at..]);
            return (!names.is_empty()).then_some((names, action));
        }
        if k > 6 || word.contains([',', ';']) {
            return None;
        }
        at += word.len() + 1;
    }
    None
}

fn clean(action: &str) -> String {
    action
        .trim()
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .to_string()
}

/// "aux États Membres et aux organisations régionales" → ["États Membres", "Organisations
/// régionales"]: the names, without their "à" and articles.
fn actors(phrase: &str) -> Vec<String> {
    let mut pieces = join_complements(phrase.trim().trim_end_matches(','));
    // "à la Puissance occupante, Israël, de ...": the role, then the State that holds it
    // in apposition; the State is asked.
    if pieces.len() >= 2
        && table::FR_ROLE_NOUNS.contains(&fold(without_addressee_opener(pieces[0].trim())).as_str())
        && {
            let name = pieces[1].trim();
            !name.contains(' ') && name.starts_with(char::is_uppercase)
        }
    {
        pieces.remove(0);
    }
    let first_opened = pieces.first().is_some_and(|p| opened(p));
    pieces
        .iter()
        .take_while(|piece| {
            let lower = fold(piece.trim());
            !table::FR_ADDRESSEE_ASIDES
                .iter()
                .any(|a| lower.starts_with(a))
        })
        // "le Secrétaire général de l'ONU, Ban Ki-moon,": a person's name in apposition.
        .enumerate()
        .filter(|(k, piece)| !(*k > 0 && first_opened && person(piece)))
        // "à la commission qui se réunira du 3 au 5 avril, à Pommeville (Vergerie), et à
        // ...": the place of the meeting the addressee's clause announces is no addressee.
        .filter(|(k, piece)| !(*k > 0 && meeting_place(&pieces[*k - 1], piece)))
        .map(|(_, piece)| addressee_name(piece))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The name a piece of an addressee list gives: without its "à" and article, and without
/// what describes it, capitalised.
fn addressee_name(piece: &str) -> String {
    let p = without_addressee_opener(piece.trim());
    let p = without_description(p);
    let mut c = p.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Whether `piece` is "à <Lieu>" (a capitalised name and no article) right after a piece
/// whose relative clause announces a meeting ("qui se réunira ...", "qui se tiendra ..."):
/// where it meets, not one more addressee.
fn meeting_place(before: &str, piece: &str) -> bool {
    const MEETS: &[&str] = &[
        " qui se réunira",
        " qui se réuniront",
        " qui se réunit",
        " qui se réunissent",
        " qui se tiendra",
        " qui se tiendront",
        " qui se tient",
        " qui aura lieu",
        " qui auront lieu",
    ];
    let announced = fold(before);
    if !MEETS.iter().any(|m| announced.contains(m)) {
        return false;
    }
    let piece = piece.trim();
    let piece = piece.strip_prefix("et ").unwrap_or(piece).trim_start();
    piece
        .strip_prefix("à ")
        .is_some_and(|name| name.trim_start().starts_with(char::is_uppercase))
}

/// "aux États Membres" → "États Membres": the openers and the article before a name.
fn without_addressee_opener(mut p: &str) -> &str {
    loop {
        let lower = p.to_lowercase();
        let Some(opener) = table::FR_ADDRESSEE_OPENERS.iter().find(|o| {
            lower.starts_with(*o)
                && (o.ends_with('\'')
                    || lower[o.len()..].starts_with(' ')
                    || lower[o.len()..].starts_with('’'))
        }) else {
            break;
        };
        p = p[opener.len()..].trim_start_matches(['’', ' ']);
    }
    p.strip_prefix("l’")
        .or_else(|| p.strip_prefix("l'"))
        .unwrap_or(p)
}

/// A name without the complements, asides and clauses that describe it.
fn without_description(mut p: &str) -> &str {
    if let Some(m) = PARTICIPLE_COMPLEMENT.find(p) {
        p = &p[..m.start()];
    }
    // "la Commission en collaboration avec ses partenaires": how, not who.
    if let Some(m) = INLINE_ASIDE.find(p) {
        p = &p[..m.start()];
    }
    // "les Etats membres qui ne l'auraient pas encore fait": a relative clause
    // describes the addressee, it is no part of its name.
    // ("tous ceux qui vivent ...": a pronoun's relative clause is what names it).
    let pronoun = ["tous", "toutes", "ceux", "celles", "celui", "celle"]
        .contains(&fold(p.split_whitespace().next().unwrap_or_default()).as_str());
    if let Some(at) = p.find(" qui ").filter(|_| !pronoun) {
        p = &p[..at];
    }
    // "les États parties ayant fait la déclaration ...": a present participle's
    // clause says which of them, as a relative clause does.
    if let Some(m) = DESCRIBING_PARTICIPLE.find(p).filter(|_| !pronoun) {
        p = &p[..m.start()];
    }
    // "la troisième réunion de la Conférence des Parties": a meeting of a body asks
    // the body.
    if let Some(m) = MEETING_OF.find(p) {
        let name = p[m.end()..].trim_start_matches(['’', '\'', ' ']);
        if name.starts_with(char::is_uppercase) {
            p = name;
        }
    }
    // "les États concernés non parties à la Convention": which of them, likewise.
    if let Some(m) = NOT_PARTY_TO.find(p) {
        p = &p[..m.start()];
    }
    // "les États membres, lorsqu'ils rédigent ..., à ...": a clause of time set
    // off by a comma says when they act, not who they are.
    if let Some(m) = TIME_CLAUSE.find(p) {
        p = &p[..m.start()];
    }
    p
}

static TIME_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:lorsqu['’]|lorsque\s|quand\s|dès\s+qu['’e]|chaque\s+fois\s+qu['’e])")
        .expect("valid regex")
});

static DESCRIBING_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    let participles = any_of(table::FR_DESCRIBING_PARTICIPLES);
    // "ne l'ayant pas encore fait", "ne les ayant pas": a pronoun may stand before it.
    Regex::new(&format!(
        r"(?i)\s+(?:ne\s+|n['’]\s*)?(?:(?:l['’]|les\s+|leur\s+|y\s+|en\s+)\s*)?(?:{participles})\b"
    ))
    .expect("valid regex")
});

/// "Recommande que la prochaine réunion de la Conférence X, qui se tiendra à ..., adopte
/// ...": a meeting of a body, subject of a subjunctive (a relative clause between them),
/// asks the body.
fn that_meeting(rest: &str) -> Option<(Vec<String>, String)> {
    static THAT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^qu(?:e\s+|['’])((?:la|le|l['’])\s*(?:\p{Ll}+\s+)?(?:réunion|session)\s+(?:de\s+la|du|des|de\s+l['’])\s*\p{Lu}[^,;]*?)(?:,?\s+qui\s+[^;]*?,)?\s+(\p{Ll}+e\s+(?:les|la|le|l['’]|des|un|une|ces|ses)\b.*)$")
            .expect("valid regex")
    });
    let m = THAT_MEETING.captures(rest.trim())?;
    let names = actors(&m[1]);
    (!names.is_empty()).then(|| (names, clean(&m[2])))
}

static MEETING_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:\p{Ll}+|\d{1,3}(?:e|ème|re))\s+)?(?:réunion|session)\s+(?:de\s+la|du|des|de\s+l['’])")
        .expect("valid regex")
});

static NOT_PARTY_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s+non\s+(?:parties|partie|membres|membre)\s+(?:à|au|aux|de|du|des|d['’])(?:\s|\b)",
    )
    .expect("valid regex")
});

static INLINE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s+en\s+(?:collaboration|coopération|liaison|consultation|coordination)\s+avec\b",
    )
    .expect("valid regex")
});

/// Whether a "»" between `before` and `after` opens a quote: a word right after it, or a
/// preposition right before it.
fn opens_quote(before: &str, after: &str) -> bool {
    let last = fold(
        before
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default(),
    );
    after.starts_with(char::is_alphabetic)
        || ["de", "d'", "d’", "à"].contains(&last.as_str())
        || last.ends_with(['\'', '’'])
}

/// Whether a piece of an addressee opens with an article or "à" ("les États", "aux
/// parties").
fn opened(piece: &str) -> bool {
    // "l’OCI" is opened as "l'OCI" is.
    let lower = piece.trim().to_lowercase().replace('’', "'");
    table::FR_ADDRESSEE_OPENERS.iter().any(|o| {
        lower.starts_with(o) && (o.ends_with('\'') || lower[o.len()..].starts_with([' ', '’']))
    })
}

/// "Ban Ki-moon", "M. Jean Dupont": a person named without an article.
fn person(piece: &str) -> bool {
    let p = piece.trim();
    if opened(p) {
        return false;
    }
    let titled = ["M. ", "Mme ", "S.E. ", "S. E. "]
        .iter()
        .any(|t| p.starts_with(t));
    let words: Vec<&str> = p.split_whitespace().collect();
    titled
        || (words.len() >= 2
            && words.len() <= 4
            && words.iter().all(|w| w.starts_with(char::is_uppercase)))
}

/// "groupe de travail constitué à cet effet", "Comité créé par la résolution ...": a
/// participle and its complement after a name describe it, they are not its name.
static PARTICIPLE_COMPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
    let participles = any_of(table::FR_NAME_PARTICIPLES);
    Regex::new(&format!(
        r"(?i)\s+(?:{participles})(?:e|s|es)?\s+(?:à|par|en|au|aux|conformément|pour|de|d['’])(?:\s|\b)"
    ))
    .expect("valid regex")
});

/// Whether `piece` ("la science", "et la culture", "le crime") goes on the purpose "pour
/// l'X" or "contre la X" of the name in `last`: one lower-case noun after its article.
fn purpose_listed(last: &str, piece: &str) -> bool {
    static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}.*\s(?:pour|contre)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)\p{Ll}[\p{L}-]*(?:,\s*(?:la|le|les)\s+\p{Ll}[\p{L}-]*|\s+et\s+(?:la|le|les)\s+\p{Ll}[\p{L}-]*)*$")
            .expect("valid regex")
    });
    static ONE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:la|le|les)\s+\p{Ll}[\p{L}-]*\s*$").expect("valid regex")
    });
    let last = without_addressee_opener(last.trim());
    PURPOSE.is_match(last) && ONE_NOUN.is_match(piece)
}

/// The pieces of an addressee list; "et" after a complement ("pour l'Inde et le Pakistan")
/// joins its parts instead of listing another actor.
fn join_complements(phrase: &str) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    let mut rest = phrase;
    let mut glue: Option<&str> = None;
    while let Some(m) = LIST.find(rest) {
        push_piece(&mut pieces, glue, &rest[..m.start()]);
        glue = Some(m.as_str());
        rest = &rest[m.end()..];
    }
    push_piece(&mut pieces, glue, rest);
    pieces
}

/// "du jardin (CNVJ)": a complement in lower case ending on a bracketed acronym.
fn acronym_closed_complement(piece: &str) -> bool {
    static CLOSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:du|des|de\s+la|de\s+l['’]|de)\s*\p{Ll}[^()]*\(\p{Lu}{2,10}\)$")
            .expect("valid regex")
    });
    CLOSED.is_match(piece.trim())
}

fn push_piece(pieces: &mut Vec<String>, glue: Option<&str>, piece: &str) {
    // "l'Organisation ... pour l'éducation, la science et la culture et les États": a name
    // that holds its own list counts as an enumeration before the "et".
    let enumerated = pieces.len() >= 2
        || pieces
            .last()
            .is_some_and(|l| l.contains(',') && purpose_listed(l, "la x"));
    match (pieces.last_mut(), glue) {
        // "les Chefs d'État et de Gouvernement": one set of people, not two.
        (Some(last), Some(g))
            if g.trim() == "et"
                && fold(last).replace('’', "'").ends_with("d'état")
                && fold(piece.trim()).starts_with("de gouvernement") =>
        {
            last.push_str(g);
            last.push_str(piece);
        }
        // "A, B, les secrétariats sur X et les organisations Y": the "et" that closes an
        // enumeration lists one more actor, whatever complement the piece before has.
        (Some(last), Some(g))
            if g.trim() == "et"
                && !(enumerated && opened(piece))
                && table::FR_NAME_COMPLEMENTS
                    .iter()
                    .any(|c| format!("{last} ").contains(c)) =>
        {
            last.push_str(g);
            last.push_str(piece);
        }
        // "le Comité national du verger et du jardin (CNVJ)": a complement after "et" that
        // the name's acronym closes is the same name's.
        (Some(last), Some(g)) if g.trim() == "et" && acronym_closed_complement(piece) => {
            last.push_str(g);
            last.push_str(piece);
        }
        // "les États du Soudan et du Sud-Soudan": a plural head over two names is two
        // actors, as "the Governments of A and B" is.
        (Some(last), Some(g)) if g.trim() == "et" && plural_head_of(last, piece).is_some() => {
            let head = plural_head_of(last, piece).unwrap_or_default();
            pieces.push(format!("{head} {}", piece.trim()));
        }
        // "l'Organisation des Nations Unies pour l'éducation, la science et la culture": a
        // body's purpose listed in single nouns with their articles is the same name's
        // ("..., la société civile" names another actor).
        (Some(last), Some(_)) if purpose_listed(last, piece) => {
            last.push_str(glue.unwrap_or_default());
            last.push_str(piece);
        }
        // "les institutions, fonds et programmes des Nations Unies": nouns without their
        // article after one with it share that article, and so one name.
        (Some(last), Some(g)) if !g.contains("ainsi") && opened(last) && bare_noun(piece) => {
            last.push_str(g);
            last.push_str(piece);
        }
        _ => pieces.push(piece.to_string()),
    }
}

/// A press release's headline: one line that ends no sentence ("Il prie le
/// Secrétaire général de présenter un rapport sur ...").
pub fn headline(text: &str) -> bool {
    let t = text.trim();
    // "... d'appliquer l'Accord "pleinement et sans délai"": a quotation closes the line
    // with no stop before or after it.
    let quote_closed = t
        .strip_suffix(['»', '"', '”'])
        .is_some_and(|before| !before.trim_end().ends_with(['.', '!', '?', ';', ':']));
    !t.is_empty()
        && !t.contains('\n')
        && (quote_closed || !t.ends_with(['.', '!', '?', ';', ':', '»', '"', '”']))
}

/// "Politique", "Afrique": a page's rubric, one word alone on the first line, a capital
/// first and no stop.
pub fn rubric(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && t.chars().count() <= 20
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// "Le Conseil de X suspend Y de toutes ses activités :": a headline on one line closed by
/// a colon (the article follows it), a short line that names its verb's subject, not a
/// body's line that opens its items ("Le Conseil,", "Décide :").
pub fn headline_with_colon(text: &str) -> bool {
    let t = text.trim();
    let Some(before) = t.strip_suffix(':') else {
        return false;
    };
    let words = before.split_whitespace().count();
    !t.contains('\n') && before.ends_with(' ') && (6..=20).contains(&words)
}

/// "X a décidé, <quand>, de proroger le mandat de Y ... pour", "...,
/// qui avait été interrompu en <mois> N": a page's last paragraph cut by the excerpt, a
/// sentence's worth of words (a headline is shorter) or ending on a word no title ends on.
pub fn cut_at_foot(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(fold).collect();
    let last = words.last().map(String::as_str).unwrap_or_default();
    words.len() >= 20
        || [
            "pour", "de", "du", "des", "la", "le", "les", "à", "au", "aux", "et", "en", "sur",
            "par", "avec", "dans", "un", "une", "que", "qui",
        ]
        .contains(&last)
        || last.ends_with(['\'', ','])
}

/// Drops a headline's request that a later paragraph makes again of the same actors with
/// the same verb of action: the request is counted where the text states it.
///
/// `titles` are the headlines set as title lines (no sentence's stop); the others are ledes,
/// a text's first statement. A title never stands for a lede's statement: a title at the
/// page's foot that restates the lede ("Les dirigeants appellent au cessez-le-feu" under
/// "... ont appelé <jour> à un <acte> de toutes les X ...") is the one
/// dropped, whichever comes first.
pub fn drop_restated_headlines(
    mandates: &mut Vec<crate::model::DraftMandate>,
    headlines: &HashSet<u32>,
    titles: &HashSet<u32>,
) {
    let is_headline =
        |m: &crate::model::DraftMandate| m.paragraph.is_some_and(|p| headlines.contains(&p));
    let is_title =
        |m: &crate::model::DraftMandate| m.paragraph.is_some_and(|p| titles.contains(&p));
    // The text's own statement may come before a headline the page repeats at its foot.
    let outranks = |other: &crate::model::DraftMandate, m: &crate::model::DraftMandate| match (
        is_title(other),
        is_title(m),
    ) {
        (false, true) => true,
        (true, false) => false,
        _ => other.paragraph > m.paragraph || !is_headline(other),
    };
    let restated: Vec<bool> = mandates
        .iter()
        .map(|m| {
            is_headline(m)
                && mandates.iter().any(|other| {
                    other.paragraph != m.paragraph && restates(other, m) && outranks(other, m)
                })
        })
        .collect();
    let mut k = 0;
    mandates.retain(|_| {
        k += 1;
        !restated[k - 1]
    });
}

/// What `drop_restated_headlines` compares a request by: its actors' names, folded, and its
/// verb of action.
fn restated_key(m: &crate::model::DraftMandate) -> (Vec<String>, String) {
    let actors: Vec<String> = m.actors.iter().map(|a| fold(&a.name)).collect();
    // "Le rétablissement de ...": the action's first word after an article.
    let verb = m
        .summary
        .split_whitespace()
        // "Suspendre, avec effet immédiat, ...": the verb before an aside's comma.
        .map(|w| fold(w.trim_end_matches([',', ';', ':'])))
        // "Au cessez-le-feu immédiat" (a title's "appellent au cessez-le-feu"): the
        // thing after "à" and its article.
        .find(|w| {
            ![
                "le", "la", "les", "un", "une", "des", "du", "au", "aux", "à",
            ]
            .contains(&w.as_str())
        })
        .unwrap_or_default();
    let verb = verb.trim_start_matches("l'");
    // "la suspension de X" (a lede's noun) is "suspendre X" (the decision quoted later).
    let verb = table::FR_DECISION_VERBS
        .iter()
        .find(|(noun, _)| *noun == verb)
        .map_or(verb, |(_, infinitive)| infinitive)
        .to_string();
    (actors, verb)
}

/// Whether `later` restates the headline's request `m`.
fn restates(later: &crate::model::DraftMandate, m: &crate::model::DraftMandate) -> bool {
    let (actors, verb) = restated_key(m);
    // A headline's call that names nobody ("réclame le lancement de X") restates a later
    // request of the same thing however it names the addressee.
    let general = actors == [fold(table::FR_ALL_STATES)];
    // "L'Union africaine a suspendu le Burkina" over "Le Conseil a décidé de suspendre
    // ...": one decision, whichever name the lede gives the body.
    let decision = table::FR_DECISION_VERBS.iter().any(|(_, v)| *v == verb);
    let (later_actors, later_verb) = restated_key(later);
    // "le secrétaire général de l'ONU" in the lede is "le secrétaire général" later.
    let named_alike = later_actors.len() == actors.len()
        && later_actors
            .iter()
            .zip(&actors)
            .all(|(a, b)| a.starts_with(b.as_str()) || b.starts_with(a.as_str()));
    // "les fonds et programmes de l'ONU" in the headline are "les organismes, fonds et
    // programmes des Nations Unies" later: a name's own words in common.
    let shared = !name_words(&actors).is_disjoint(&name_words(&later_actors));
    let names_later = general && names_later_addressee(later, m, &later_actors);
    // "X demande la libération avant le D janvier des Y" over "ils ont décidé de
    // demander à Z la libération des Y": a lede that sets a due the later
    // request lacks says more than it, and stands.
    let dated_only_here = m.due.is_some() && later.due.is_none();
    let reworded = general && later_actors == actors && common_stems(later, m) >= 2;
    ((later_verb == verb && (named_alike || shared || general || decision))
        || names_later
        || reworded)
        && !dated_only_here
}

/// The words of five letters or more in actors' names.
fn name_words(names: &[String]) -> HashSet<String> {
    names
        .iter()
        .flat_map(|n| {
            n.split([' ', ',', '\''])
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.chars().count() >= 5)
        .collect()
}

/// "X APPELLE À UNE PRÉSENCE ACTIVE DE TOUTES LES PARTIES AUX <ENTRETIENS>" over
/// "demande à toutes les parties de venir aux <entretiens>": a
/// headline's call on all that names the later request's addressee and its thing.
fn names_later_addressee(
    later: &crate::model::DraftMandate,
    m: &crate::model::DraftMandate,
    later_actors: &[String],
) -> bool {
    let long = |t: &str| -> HashSet<String> {
        fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 6)
            .map(str::to_string)
            .collect()
    };
    let named = name_words(later_actors);
    !named.is_empty()
        && named.iter().all(|w| fold(&m.summary).contains(w.as_str()))
        && long(&m.summary)
            .difference(&named)
            .any(|w| long(&later.summary).contains(w))
}

/// "ont demandé la suspension immédiate des abattages" over "ont exigé « un arrêt
/// immédiat des abattages de haies »": a lede's call on all that a later call on all
/// gives in other words, two of the first three longer words of its thing the
/// later's (by their first six letters: "immédiate", "immédiat").
fn common_stems(later: &crate::model::DraftMandate, m: &crate::model::DraftMandate) -> usize {
    let stems = |t: &str| -> Vec<String> {
        fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 6)
            .map(|w| w.chars().take(6).collect())
            .collect()
    };
    let theirs = stems(&later.summary);
    stems(&m.summary)
        .iter()
        .take(3)
        .filter(|w| theirs.contains(w))
        .count()
}

/// "les États" when "les États du Soudan" is followed by "et du Sud-Soudan": the plural
/// head of the piece before, when the next piece is only another "de" + a name.
fn plural_head_of(last: &str, piece: &str) -> Option<String> {
    let complement = OF_NAME.is_match(piece.trim());
    let m = PLURAL_HEAD.captures(last.trim())?;
    complement.then(|| m[1].to_string())
}

/// "du Sud-Soudan", "de l'Inde", "de la Guinée": another name of the same head.
static OF_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*\p{Lu}[^,;]*$").expect("valid regex")
});

/// "les États du Soudan", "des Gouvernements de l'Inde": an article, a plural head, "de".
static PLURAL_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:aux|les|des|à\s+les)\s+\p{L}+[sx])\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*\p{Lu}")
        .expect("valid regex")
});

/// A lower-case noun without an article that is no aside ("fonds", not "notamment").
fn bare_noun(piece: &str) -> bool {
    let p = piece.trim();
    let lower = fold(p);
    let first = lower.split_whitespace().next().unwrap_or_default();
    // "les parties et tous ceux qui ...": another actor, named by a pronoun.
    // ("les Parties et autres intéressés": "autres" names others.)
    let pronoun = [
        "tous", "toutes", "tout", "ceux", "celles", "chacun", "chacune", "autres",
    ];
    !pronoun.contains(&first)
        && p.starts_with(char::is_lowercase)
        && !opened(p)
        && !table::FR_ADDRESSEE_ASIDES
            .iter()
            .any(|a| lower.starts_with(a))
        && !lower.starts_with("y compris")
}

/// A line that opens a clause of its own in a list without numbers: a verb of the table in
/// lower case and its addressee ("invite la Représentante spéciale à ...").
static CLAUSE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let mut forms: Vec<&str> = table::FR_VERBS.iter().map(|(f, _)| *f).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let verbs = any_of(&forms);
    // "prié instamment les Parties de ...": an adverb may come between verb and addressee.
    let adverbs = any_of(table::FR_ADVERBS);
    Regex::new(&format!(
        r"^(?:{verbs})\s+(?:(?:{adverbs})\s+)?(?:aux?\s|à\s|les?\s|la\s|l['’])"
    ))
    .expect("valid regex")
});

/// "- 2. En conséquence ...": a dash before a paragraph's number; the number is the line's.
/// So is a page's "« " set as a bullet before it ("« 12. Les membres ..."): a quotation
/// does not open on a paragraph's number.
static DASHED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:[-–•][ \t]+|«[ \t\u{a0}]*)(\d{1,3}\.[ \t])").expect("valid regex")
});

/// "19.55" alone on its line, "14.29 (Rev. CoP16) Le Comité ...", "19.55 to 19.57 Titre": a
/// convention's decision number (its meeting, then the decision's place), not a section's
/// item: labelled so, in place, that no paragraph takes it for its number.
static DECISION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^([ \t]*)(\d{2}\.\d{2,3}[ \t]*$|\d{1,2}\.\d{2,3}[ \t]*\(Rev\.|\d{1,2}\.\d{2,3}[ \t]+(?:to|à|au|et|&|-|–)[ \t]+\d{1,2}\.\d{2,3}\b)")
        .expect("valid regex")
});

static LOST_APOSTROPHE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([dlDLjJnNsScC]|[qQ]u|[jJ]usqu|[lL]orsqu)\?(\p{L})").expect("valid regex")
});

/// "DECIDE", "REITERE", "APPELE": an upper-case verb of `FR_VERBS` written without its
/// accents (as capitals often are), given them back so that the tables read it.
fn accented_capitals(text: &str) -> String {
    static CAPS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b\p{Lu}{4,}\b").expect("valid regex"));
    CAPS.replace_all(text, |c: &regex::Captures<'_>| {
        let word = &c[0];
        let lower = word.to_lowercase();
        let bare_word = squeezed(&bare(&lower));
        let known = table::FR_VERBS.iter().any(|(f, _)| *f == lower);
        // An operative verb in capitals is a present ("APPELE" is "APPELLE" with a letter
        // lost, not the participle "APPELÉ"): a present form first.
        table::FR_VERBS
            .iter()
            .filter(|(f, _)| !known && !f.contains(' ') && squeezed(&bare(f)) == bare_word)
            .min_by_key(|(f, _)| f.ends_with(['é', 's']))
            .map_or_else(|| word.to_string(), |(f, _)| f.to_uppercase())
    })
    .into_owned()
}

/// A word with its doubled letters single ("appelle" → "apele").
fn squeezed(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// A word without its accents ("réitère" → "reitere").
fn bare(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// "12. EXPRIME SON" / "SOUTIEN à" / "la relance des" / ...: a block a web page broke inside
/// its sentences (lines ending on "le", "des", "à", ...). From its first numbered line on,
/// each numbered paragraph's lines are joined into one, so that the sentences after its
/// first ("La Conférence DEMANDE ...") stay in it rather than stand outside the numbers.
fn join_ragged_numbered(text: &str) -> String {
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{1,3}\.\s").expect("valid regex"));
    let mut out = String::with_capacity(text.len());
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut String| {
        let broken = block
            .iter()
            .take(block.len().saturating_sub(1))
            .filter(|l| {
                let last = l.rsplit(char::is_whitespace).next().unwrap_or_default();
                table::FR_NEVER_LAST_WORDS.contains(&fold(last).as_str())
            })
            .count();
        let ragged = broken >= 3 && broken * 4 >= block.len();
        let mut numbered = false;
        for (k, line) in block.iter().enumerate() {
            let opens = NUMBERED.is_match(line.trim_start());
            numbered |= opens;
            let joins = ragged && numbered && !opens && k > 0;
            if joins {
                out.pop();
                out.push(' ');
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        block.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut block, &mut out);
            out.push_str(line);
            out.push('\n');
        } else {
            block.push(line);
        }
    }
    flush(&mut block, &mut out);
    out
}

/// "auxautorités", "desparties": an article run into an actor's noun (`FR_OBLIGED_NOUNS`).
static GLUED_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(aux|des|les)({})\b",
        table::FR_OBLIGED_NOUNS.join("|")
    ))
    .expect("valid regex")
});

/// "auxÉtats", "auxNations Unies": "aux" run into a capitalised name (no French word
/// has a capital after "aux").
static GLUED_AUX_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\baux(\p{Lu})").expect("valid regex"));

static GRAVE_APOSTROPHE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L})`(\p{L})").expect("valid regex"));

/// The text with a blank line before each line that opens a clause of its own after a
/// line that ends one, so that a list of clauses one a line is read clause by clause.
pub fn break_clause_lines(text: &str) -> String {
    let text = join_ragged_numbered(&accented_capitals(text));
    let text = DASHED_NUMBER.replace_all(&text, "$1");
    let text = DECISION_NUMBER.replace_all(&text, "${1}Décision $2");
    // "d`organiser", "l`Union": a grave accent typed for an apostrophe; "d?Etat": one lost
    // to a page's encoding.
    let text = GRAVE_APOSTROPHE.replace_all(&text, "$1’$2");
    // "demande auxautorités de ...", "auxÉtats membres": a page that lost the space after
    // an article glued to an actor's noun.
    let text = GLUED_ARTICLE.replace_all(&text, "$1 $2");
    let text = GLUED_AUX_NAME.replace_all(&text, "aux $1");
    let text = &sentence_lines(&LOST_APOSTROPHE.replace_all(&text, "$1’$2"));
    let mut out = String::with_capacity(text.len());
    let ends_one = |prev: &str| prev.ends_with([',', ';', '.', ':']);
    // A list of two clauses or more one a line: each of its lines that opens in lower case
    // after one that ends a clause is a clause of its own ("considère que ...,", "que les
    // parties ...,"), not only those that open with a verb of the table.
    let pairs = || {
        text.lines()
            .map(str::trim)
            .zip(text.lines().map(str::trim).skip(1))
    };
    let clause_list = pairs()
        .filter(|(prev, t)| {
            ends_one(prev) && (CLAUSE_LINE.is_match(t) || infinitive_line(t).is_some())
        })
        .count()
        >= 2;
    let mut prev = "";
    for line in text.lines() {
        let t = line.trim();
        // "Invité les Parties à ..." among "prié ..." / "demandé ...": a capital does not
        // make one of the list's clauses part of the one before.
        let capital_clause = clause_list && CLAUSE_LINE.is_match(&lower_first(t));
        let lower_clause = clause_list && (t.starts_with(char::is_lowercase) || capital_clause);
        if ends_one(prev) && (CLAUSE_LINE.is_match(t) || lower_clause) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        prev = t;
    }
    out
}

/// `text` with its first letter in lower case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

static FOOTNOTE_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\[\d{1,3}\]$").expect("valid regex"));

/// A text of one block whose every line ends a sentence (a short press item, each sentence
/// a line): each line is a paragraph, as in a longer single-spaced text.
fn sentence_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let one_block = lines.iter().all(|l| !l.is_empty());
    // "... jusqu'au 30 juin 2004. [1]": a footnote mark after the sentence's end.
    let sentences = lines.iter().all(|l| {
        FOOTNOTE_MARK
            .replace(l, "")
            .ends_with(['.', '!', '?', '»', '"', '”'])
    });
    if lines.len() < 2 || !one_block || !sentences {
        return text.to_string();
    }
    lines.join("\n\n") + "\n"
}

/// "...; 4. Prie ...": a numbered paragraph run on in the one before it, as a scanned
/// volume's text gives them.
static RUN_ON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[;,.]\s+(\d{1,3})\.\s+\p{Lu}").expect("valid regex"));

/// "...; En conséquence 1. Le Conseil ...", "Djeddah, Royaume d'Arabie Saoudite 1. Le Comité
/// ...": the first number may follow a few words after the preamble's last stop.
static RUN_ON_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[;,.:]\s+(?:[\p{L}'’-]+\s+){1,4}(1)\.\s+\p{Lu}").expect("valid regex")
});

/// "pour la 1. protection de ... 3 ; 2. Note ... ; 3. Accueille ...": where paragraph 2
/// is cut off (its match's start + 1, its words' start) when paragraph 1's number stands
/// inside a sentence's words (a lower-case word after it) before it, and 3 follows it.
fn displaced_first(text: &str) -> Option<(usize, usize)> {
    static DISPLACED_ONE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\p{L}\s+1\.\s+\p{Ll}").expect("valid regex"));
    let two = RUN_ON.captures_iter(text).find(|m| &m[1] == "2")?;
    let (end, start) = (two.get(0)?.start() + 1, two.get(1)?.end() + 1);
    DISPLACED_ONE.is_match(&text[..end]).then_some(())?;
    RUN_ON
        .captures_iter(&text[start..])
        .any(|m| &m[1] == "3")
        .then_some((end, start))
}

/// The paragraphs with each paragraph run on in another split off, when its number is the
/// next one due (so "article 5. Le" or a date is never taken for one).
pub fn split_run_on(paras: Vec<Para>) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::new();
    let mut last = 0u32;
    for p in paras {
        let mut current = p;
        // "1. Voir Procès-verbaux officiels ...": a footnote under the text, not its first
        // paragraph.
        if current.text.trim_start().starts_with("Voir ") {
            current.number = None;
        }
        loop {
            let next = current.number.unwrap_or(last) + 1;
            let first = (next == 1)
                .then(|| RUN_ON_FIRST.captures(&current.text))
                .flatten();
            let cut = RUN_ON
                .captures_iter(&current.text)
                .find(|m| m[1].parse::<u32>() == Ok(next))
                .or(first)
                .map(|m| {
                    (
                        m.get(0).expect("match").start() + 1,
                        m.get(1).expect("n").end() + 1,
                    )
                });
            // "... pour la 1. protection de ... ; 2. Note ... ; 3. Accueille ...": a page that
            // displaced paragraph 1's number into its words runs on from 2.
            let (cut, next) = match cut {
                None if next == 1 => (displaced_first(&current.text), 2),
                cut => (cut, next),
            };
            let Some((end, start)) = cut else { break };
            let rest = current.text[start..].trim().to_string();
            current.text.truncate(end);
            let subs = std::mem::take(&mut current.subs);
            last = current.number.unwrap_or(last);
            out.push(current);
            current = Para {
                ordinal: out.len() + 1,
                number: Some(next),
                text: rest,
                subs,
                label: format!("{next}."),
            };
        }
        last = current.number.unwrap_or(last);
        current.ordinal = out.len() + 1;
        out.push(current);
    }
    out
}

/// "jusqu'au 30 juin 2004": the end of a period a sentence extends something to.
pub fn period_end(sentence: &str) -> Option<Date> {
    let folded = fold(sentence);
    let at = folded.find("jusqu'au ")?;
    // `at` counts bytes of the folded text ("’" is three bytes, "'" one): count chars.
    let from = sentence.char_indices().nth(folded[..at].chars().count())?.0;
    DAY_MONTH_YEAR
        .captures(&sentence[from..])
        .filter(|m| m.get(0).is_some_and(|g| g.start() <= 12))
        .and_then(|m| date(&m))
}

/// "à la fin de cette période", "à l'expiration de cette période": the end of the period
/// an earlier sentence named.
pub fn at_period_end(action: &str) -> bool {
    let lower = fold(action);
    [
        "à la fin de cette période",
        "à l'expiration de cette période",
        "au terme de cette période",
        "à la fin de ladite période",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// "achever <une chose> N mois au maximum après cette date": a span counted from the
/// last day `sentence` gives before the action, that day plus the span.
pub fn after_that_date(action: &str, sentence: &str) -> Option<Date> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,3}|\p{Ll}+)\s+(jours?|semaines?|mois|ans?|années?)\s+(?:au\s+(?:maximum|plus\s+tard)\s+)?(?:après|suivant)\s+(?:cette|ladite)\s+date\b")
            .expect("valid regex")
    });
    let m = AFTER.captures(action)?;
    let n = m[1].parse::<u32>().ok().or_else(|| {
        table::FR_CARDINALS
            .iter()
            .find(|(w, _)| *w == fold(&m[1]))
            .map(|(_, n)| *n)
    })?;
    let at = sentence.find(action).unwrap_or(sentence.len());
    let day = DAY_MONTH_YEAR
        .captures_iter(&sentence[..at])
        .filter_map(|d| date(&d))
        .last()?;
    let n = i64::from(n);
    let span = match fold(&m[2]).trim_end_matches('s') {
        "jour" => jiff::Span::new().days(n),
        "semaine" => jiff::Span::new().weeks(n),
        "moi" => jiff::Span::new().months(n),
        _ => jiff::Span::new().years(n),
    };
    day.checked_add(span).ok()
}

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});
/// "d'ici au 15 septembre" (no year) in a text adopted on 7 September 2020: the first such
/// day on or after the adoption, read only after a word of deadline.
fn yearless_deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let Some(adopted) = adopted else {
        return Vec::new();
    };
    DAY_MONTH
        .captures_iter(text)
        .filter(|m| m.get(3).is_none())
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let before = fold(text[..whole.start()].trim_end());
            table::FR_BY_BEFORE.iter().find(|w| before.ends_with(*w))?;
            let month = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[2]))?.1;
            let day: i8 = m[1].parse().ok()?;
            let this_year = Date::new(adopted.year(), month, day).ok()?;
            let due = if this_year < adopted {
                Date::new(adopted.year() + 1, month, day).ok()?
            } else {
                this_year
            };
            Some((
                whole.start(),
                Found::On(Fuzzy::Day(due)),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:le\s+)?(\d{{1,2}})(?:er)?\s+({months})\b(\s+\d{{4}})?"
    ))
    .expect("valid regex")
});

/// The French numbers in words ("trente", "six"), as one regex alternation.
fn number_words() -> String {
    any_of(
        &table::FR_NUMBERS
            .iter()
            .map(|(w, _)| *w)
            .collect::<Vec<_>>(),
    )
}

/// The value of a French number in words, already folded.
fn number_value(word: &str) -> Option<u32> {
    table::FR_NUMBERS
        .iter()
        .find(|(x, _)| *x == word)
        .map(|(_, n)| *n)
}

/// "dans un délai de 90 jours", "dans le délai d'un an", "au plus tard dans six mois",
/// "d'ici à 15 jours maximum", "d'ici une période de 15 jours".
static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:dans\s+(?:un|le)\s+délai\s+(?:maximum\s+)?(?:de\s+|d['’])|(?:au\s+plus\s+tard\s+)?dans\s+(?:les\s+)?|d['’]\s*ici\s+(?:à\s+)?(?:une\s+période\s+de\s+)?)(\d+|{words})\s+(jours?|semaines?|mois|ans?|années?)\b"
    ))
    .expect("valid regex")
});

/// "dans les 30 prochains jours", "au cours des six prochains mois": a span after the
/// adoption, "prochains" between the count and its unit.
static NEXT_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(?:au\s+plus\s+tard\s+)?(?:dans\s+les|au\s+cours\s+des)\s+(\d+|{words})\s+prochaine?s\s+(jours|semaines|mois|ans|années)\b"
    ))
    .expect("valid regex")
});

/// "trente jours au plus tard après l'adoption de ...", "dix jours après l'adoption": a
/// span after the adoption, the count first (as "dans un délai de" has it after).
static AFTER_ADOPTION: LazyLock<Regex> = LazyLock::new(|| {
    let words = number_words();
    Regex::new(&format!(
        r"(?i)\b(\d+|{words})\s+(jours?|semaines?|mois|ans?|années?)\s+(?:au\s+plus\s+tard\s+)?(?:après|suivant)\s+(?:l['’]\s*|la\s+date\s+d['’]\s*)adoption\b"
    ))
    .expect("valid regex")
});

/// "d'en rendre compte au prochain sommet", "à sa prochaine réunion": the next meeting of
/// the body, as "at its next session" is.
static NEXT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:au|avant\s+le|lors\s+du|d['’]ici\s+au)\s+prochain\s+(sommet)\b|\b(?:à|avant|lors\s+de|d['’]ici\s+à)\s+(?:sa|la|leur)\s+prochaine\s+(réunion|conférence)\b")
        .expect("valid regex")
});

/// "à sa quatre-vingt-unième session", "avant la prochaine session de l'Assemblée générale".
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:à|avant|lors\s+de|pendant|de)\s+(?:sa|la|leur)\s+(prochaine|\d{1,3}(?:e|ème|eme|re)|[\p{L}-]+(?:\s+et\s+[\p{L}-]+)?)\s+(session|réunion)(?:\s+(?:ordinaire\s+)?de\s+l['’](Assemblée\s+générale))?",
    )
    .expect("valid regex")
});

/// "tous les deux ans à partir de 2031": a recurring task whose first turn falls in that
/// year is due then (a bare "à partir de 2031" starts something: no deadline).
const RECUR_FROM: &str = r"(?:tous\s+les\s+[\p{L}\d-]+\s+ans|chaque\s+année|annuellement)\s+(?:à\s+partir\s+de|à\s+compter\s+de)";

/// "d'ici à 2030", "en 2016": a year.
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let by = any_of(table::FR_BY_YEAR);
    Regex::new(&format!(
        r"(?i)\b(?:{by}|{RECUR_FROM})\s+((?:19|20|21)\d{{2}})\b(?:\s*[-–]\s*\d)?"
    ))
    .expect("valid regex")
});

/// "en novembre 2027", "d'ici à mars 2028": a month, after a word of `FR_BY_YEAR`.
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let by = any_of(table::FR_BY_YEAR);
    let months = crate::words::month_names(table::FR_MONTHS);
    // "dans le délai non négociable de février 2032": a month named as a delay's end.
    Regex::new(&format!(
        r"(?i)\b(?:{by}|dans\s+(?:le|les|un)\s+délais?(?:\s+[\p{{L}}-]+){{0,2}}?\s+de)\s+({months})\s+((?:19|20|21)\d{{2}})\b"
    ))
    .expect("valid regex")
});

/// "à sa 320e session (mars 2014)": a meeting whose month the text gives in brackets.
static MEETING_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:session|réunion|sommet|conférence)\s*\(\s*({months})\s+((?:19|20|21)\d{{2}})\s*\)"
    ))
    .expect("valid regex")
});

/// "à la Trente-Deuxième Assemblée mondiale de la Santé": a numbered meeting that names
/// itself, whose date the text does not give.
static NUMBERED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:à|avant|lors\s+de|pour)\s+la\s+([\p{L}-]+(?:\s+et\s+[\p{L}-]+)?)\s+((?-i:Assemblée|Conférence|Réunion)(?:\s+(?:(?:de\s+la|du|des|de)\s+|de\s+l['’]\s*)?[\p{L}-]+){0,4})",
    )
    .expect("valid regex")
});

/// "à se retirer de la réunion prévue du 15 au 20 mars 2030": an act at a meeting the
/// text dates, due its first day; "de tenir une réunion extraordinaire le 3 mars 2030": a
/// meeting on one day, due that day; "de tenir la session à Lille du 28 novembre au 3
/// décembre 2030": days over two months, due the first; "de tenir des réunions à Lille
/// les 4 et 5 mars 2030": two days named with "et", due the first (the noun plural too).
static DATED_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)\b(?:réunion|session|sommet|conférence)s?\b[^.;]{{0,40}}?\b(?:du\s+(\d{{1,2}})(?:er)?\s+au\s+\d{{1,2}}(?:er)?|les?\s+(\d{{1,2}})(?:er)?(?:\s+et\s+\d{{1,2}})?|du\s+(\d{{1,2}})(?:er)?\s+({months})\s+au\s+\d{{1,2}}(?:er)?)\s+({months})\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});

fn dated_meetings(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    DATED_MEETING
        .captures_iter(text)
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let month_of = |g: usize| {
                let name = fold(m.get(g)?.as_str());
                table::FR_MONTHS
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, n)| *n)
            };
            let last_month = month_of(5)?;
            let month = month_of(4).unwrap_or(last_month);
            let first = m.get(1).or(m.get(2)).or(m.get(3))?.as_str().parse().ok()?;
            let year: i16 = m[6].parse().ok()?;
            // "du 28 décembre au 3 janvier 2031": the first day is in the year before.
            let year = if month > last_month { year - 1 } else { year };
            let day = Date::new(year, month, first).ok()?;
            if adopted.is_some_and(|a| day < a) {
                return None;
            }
            Some((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "dans un délai de soixante (60) jours à compter de la notification de la décision",
/// "dans les 90 jours de la notification ...": days counted from an
/// event the text does not date (the figure in brackets where words give it too).
static FROM_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdans\s+(?:un\s+délai\s+(?:de\s+|d['’])|les\s+)[^.;()]{0,40}?\(?(\d{1,4})\)?\s*(?:jours?\s+)?(?:\(\d{1,4}\)\s*)?(?:jours?\s+)?(?:à\s+compter\s+|suivant\s+)?(?:de\s+la|du)\s+((?:notification|réception|signification|publication)\s+(?:de\s+la\s+présente\s+décision|de\s+celle-ci|de\s+la\s+décision))")
        .expect("valid regex")
});

fn from_events(text: &str) -> Vec<(usize, Found, String)> {
    FROM_EVENT
        .captures_iter(text)
        .filter_map(|m| {
            let whole = m.get(0).expect("match");
            let days = m[1].parse().ok()?;
            let name = m[2].split_whitespace().collect::<Vec<_>>().join(" ");
            Some((
                whole.start(),
                Found::AfterUndated { name, days },
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "du Conseil des ministres des affaires étrangères" right after a session in figures:
/// the body whose session it is (group 1), named with a capital.
static SESSION_OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s+(?:du|de\s+la|de\s+l['’]\s*|des)\s*((?-i:\p{Lu})[\p{L}'’ -]{2,80}?)\s*(?:[,;.(]|$)",
    )
    .expect("valid regex")
});

/// "au cours du premier semestre de 2027", "au premier trimestre de 2027", "d'ici à la
/// mi-2027": a part of a year (group 1 a half, 2 a quarter, 3 "mi"), its year (group 4).
static YEAR_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(premier|second|deuxième|deuxieme)\s+semestre|(premier|deuxième|deuxieme|second|troisième|troisieme|quatrième|quatrieme|dernier)\s+trimestre|(mi)\s*-\s*|(?:le\s+)?milieu\s+de\s+(?:l['’]\s*année\s+)?)\s*(?:de\s+l['’]\s*année\s+|de\s+|d['’]\s*)?((?:19|20|21)\d{2})\b")
        .expect("valid regex")
});

/// The last day of the parts of a year [`YEAR_PART`] finds, as "by mid-2027" is read.
fn year_parts(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    YEAR_PART
        .captures_iter(text)
        .filter_map(|m| {
            let year: i16 = m[4].parse().ok()?;
            let month = if let Some(half) = m.get(1) {
                if fold(half.as_str()) == "premier" {
                    6
                } else {
                    12
                }
            } else if let Some(q) = m.get(2) {
                match fold(q.as_str()).as_str() {
                    "premier" => 3,
                    "deuxième" | "deuxieme" | "second" => 6,
                    "troisième" | "troisieme" => 9,
                    _ => 12,
                }
            } else {
                6
            };
            let day = Date::new(year, month, 1).ok()?.last_of_month();
            if adopted.is_some_and(|a| day < a) {
                return None;
            }
            let whole = m.get(0).expect("match");
            Some((
                whole.start(),
                Found::Around(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "d'ici à la fin de l'année", "avant la fin de l'année en cours": within the adoption's
/// year, as "d'ici la fin de 2031" is that year.
/// "de se réunir à nouveau dans le courant de l'année" (no year after it): the same.
static THIS_YEAR_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:d['’]\s*ici\s+(?:à\s+)?|avant\s+|au\s+plus\s+tard\s+à\s+)la\s+fin\s+de\s+(?:l['’]\s*année|cette\s+année)|(?:dans\s+le|au)\s+courant\s+de\s+l['’]\s*année)(?:\s+en\s+cours)?\b")
        .expect("valid regex")
});

fn this_year_end(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let (Some(m), Some(a)) = (THIS_YEAR_END.find(text), adopted) else {
        return Vec::new();
    };
    // "dans le courant de l'année 2032" is that year's (`MONTH_YEAR`, `FR_BY_YEAR`).
    let after = text[m.end()..].trim_start();
    if after.starts_with(|c: char| c.is_ascii_digit()) {
        return Vec::new();
    }
    vec![(
        m.start(),
        Found::On(Fuzzy::Year(a.year())),
        m.as_str().to_string(),
    )]
}

/// ", et exprimé son soutien", ", et a salué": a view coordinated after the request.
static VIEW_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let views = any_of(table::FR_COORDINATED_VIEWS);
    Regex::new(&format!(r"(?i),?\s+et\s+(?:a\s+|ont\s+)?(?:{views})\b")).expect("valid regex")
});

/// The French deadlines of a clause, each with where it starts and its words.
pub fn deadlines(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = days_given(text, adopted);
    // "a invité X à ..., et exprimé son soutien au déploiement ... d'ici la fin de l'année":
    // a time after a view coordinated with the request is the view's.
    let own = VIEW_AFTER.find(text).map_or(text, |m| &text[..m.start()]);
    out.extend(year_parts(own, adopted));
    out.extend(this_year_end(own, adopted));
    out.extend(from_events(text));
    out.extend(dated_meetings(text, adopted));
    out.extend(yearless_deadlines(text, adopted));
    out.extend(within_spans(text, adopted));
    out.extend(sessions(text));
    out.extend(numbered_meetings(text));
    out.extend(next_meetings(text));
    out.extend(months(text, adopted));
    out.extend(yearless_months(text, adopted));
    out.extend(years(text, adopted));
    out.extend(dated_numbered_sessions(text, adopted));
    out
}

/// "à l'ordre du jour de la 45e session (2031) de la Conférence": a session numbered in
/// figures and dated by the year in brackets after it, due that year.
fn dated_numbered_sessions(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    static DATED: LazyLock<Regex> = LazyLock::new(|| {
        // ("pour la 120e Session du Comité X (11 mai 2031)": the body's name between.)
        Regex::new(r"(?i)\b\d{1,3}(?:e|ème|eme|re)\s+session(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+[^()\d;]{1,60}?)?\s*\((?:[^()\d,]{1,40},\s*)?(?:(\d{1,2})(?:er)?(?:\s*[-–]\s*\d{1,2})?\s+(\p{L}+)\s+)?(\d{4})\)").expect("valid regex")
    });
    // ("lors de sa 16e session (Paris, 24-25 octobre 2031)": a place, then its first day.)
    DATED
        .captures_iter(text)
        .filter_map(|m| {
            let year: i16 = m[3].parse().ok()?;
            let due = match (m.get(1), m.get(2)) {
                (Some(d), Some(month)) => {
                    let (_, n) = table::FR_MONTHS
                        .iter()
                        .find(|(name, _)| *name == fold(month.as_str()))?;
                    Fuzzy::Day(Date::new(year, *n, d.as_str().parse().ok()?).ok()?)
                }
                _ => Fuzzy::Year(year),
            };
            if adopted.is_some_and(|a| due.last_day() < a) {
                return None;
            }
            let whole = m.get(0).expect("match");
            Some((whole.start(), Found::On(due), whole.as_str().to_string()))
        })
        .collect()
}

/// "qui seront soumises au Comité en novembre 2027", "à sa 320e session (mars 2028)": a
/// month not before the adoption's.
fn months(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in MONTH_YEAR
        .captures_iter(text)
        .chain(MEETING_MONTH.captures_iter(text))
    {
        let Some(month) = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[1])) else {
            continue;
        };
        let Ok(year) = m[2].parse::<i16>() else {
            continue;
        };
        if adopted.is_some_and(|a| (year, month.1) < (a.year(), a.month())) {
            continue;
        }
        let whole = m.get(0).expect("match");
        let due = Fuzzy::Month {
            year,
            month: month.1,
        };
        out.push((whole.start(), Found::On(due), whole.as_str().to_string()));
    }
    out
}

/// "Un rapport est demandé au X pour janvier", "d'ici à mars", "avant septembre": a month
/// with no year, the first such month after the adoption's (a year on when the same).
fn yearless_months(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    static YEARLESS_MONTH: LazyLock<Regex> = LazyLock::new(|| {
        let months = crate::words::month_names(table::FR_MONTHS);
        Regex::new(&format!(
            r"(?i)\b(?:pour|d['’]ici(?:\s+à)?|avant)\s+({months})\b(\s*\d)?"
        ))
        .expect("valid regex")
    });
    let Some(adopted) = adopted else {
        return Vec::new();
    };
    YEARLESS_MONTH
        .captures_iter(text)
        .filter(|m| m.get(2).is_none())
        .filter_map(|m| {
            let month = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[1]))?.1;
            let year = if month > adopted.month() {
                adopted.year()
            } else {
                adopted.year() + 1
            };
            let whole = m.get(0).expect("match");
            Some((
                whole.start(),
                Found::On(Fuzzy::Month { year, month }),
                whole.as_str().to_string(),
            ))
        })
        .collect()
}

/// "faire rapport à la Trente-Deuxième Assemblée mondiale de la Santé": that meeting, its
/// day left to the reviewer (its ordinal read by [`ordinal`]).
fn numbered_meetings(text: &str) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in NUMBERED_MEETING.captures_iter(text) {
        let Some(n) = ordinal(&m[1]) else { continue };
        let whole = m.get(0).expect("match");
        let name = m[2].trim_end_matches(['.', ',', ';']).to_string();
        out.push((
            whole.start(),
            Found::Session {
                held: None,
                ordinal: Some(n),
                of: None,
                word: name,
            },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "d'ici au 31 décembre 2025", "le 30 juin 2026 au plus tard": a day, read only with a
/// word of deadline before or after it.
fn days_given(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in DAY_MONTH_YEAR.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let Some(day) = date(&m) else { continue };
        if adopted.is_some_and(|a| day < a) {
            continue;
        }
        let before = fold(text[..whole.start()].trim_end());
        let after = fold(text[whole.end()..].trim_start());
        let lead = table::FR_BY_BEFORE.iter().find(|w| before.ends_with(*w));
        let trail = table::FR_BY_AFTER.iter().any(|w| after.starts_with(w));
        let own_day = act_on_day(&before, whole.as_str()) && adopted.is_some_and(|a| day > a);
        if lead.is_some() || trail || own_day {
            out.push((
                whole.start(),
                Found::On(Fuzzy::Day(day)),
                whole.as_str().to_string(),
            ));
        }
    }
    out
}

/// "de tenir <une chose> le D <mois> Y", "qu'ils se réunissent à
/// <lieu> le 1er <mois>": the day the act is to be done (after the adoption), as "on D"
/// in English. Not a day told after a participle ("la réunion tenue le ...", "adoptée le
/// ..."), an aside's ("a décidé, le 5 mai, de ..."), nor a start ("depuis le", "dès le").
fn act_on_day(before: &str, date: &str) -> bool {
    if !fold(date).starts_with("le ") {
        return false;
    }
    let Some(prev) = before.split_whitespace().next_back() else {
        return false;
    };
    let participle = [
        "é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "is", "it", "ite",
    ]
    .iter()
    .any(|e| prev.ends_with(e));
    let start = [
        "depuis", "dès", "du", "au", "entre", "et", "ou", "à", "jusqu'au", "partir",
    ]
    .contains(&prev);
    !participle && !start && !prev.ends_with([',', '(', ':', ';'])
}

/// "dans un délai de 90 jours": days after adoption.
fn within_spans(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in WITHIN
        .captures_iter(text)
        .chain(AFTER_ADOPTION.captures_iter(text))
        .chain(NEXT_SPAN.captures_iter(text))
    {
        let whole = m.get(0).expect("match");
        let n: Option<u32> = m[1].parse().ok().or_else(|| number_value(&fold(&m[1])));
        let Some(n) = n else { continue };
        let unit = match fold(&m[2]).as_str() {
            "semaine" | "semaines" => SpanUnit::Weeks,
            "mois" => SpanUnit::Months,
            "an" | "ans" | "année" | "années" => SpanUnit::Years,
            _ => SpanUnit::Days,
        };
        let (days, exact) = span_days(n, unit, adopted);
        out.push((
            whole.start(),
            Found::Within { days, exact },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "à sa quatre-vingt-unième session", "à sa prochaine session": a session of unknown date.
fn sessions(text: &str) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in SESSION.captures_iter(text) {
        let which = fold(&m[1]);
        let ordinal = match which.as_str() {
            "prochaine" => None,
            w => match ordinal(w).or_else(|| figure_ordinal(w)) {
                Some(n) => Some(n),
                None => continue,
            },
        };
        let whole = m.get(0).expect("match");
        // "à sa prochaine session en mars 2027": the month the text gives
        // dates the session (read by `months`); "sa 34e session (2031)" is dated too.
        let figures = which.starts_with(|c: char| c.is_ascii_digit());
        let dated = figures && text[whole.end()..].trim_start().starts_with('(');
        // A session in figures is due only as the body's own ("à sa 20e session"): "le
        // rapport de la 31e session", "une délégation à la 85e session" name one.
        // "à l'ordre du jour de sa 317e session" is one too: the agenda of a session to come.
        let own = {
            let lead = fold(whole.as_str());
            let agenda = fold(text[..whole.start()].trim_end()).ends_with("ordre du jour");
            (!lead.starts_with("de ") || agenda)
                && (lead.contains(" sa ") || lead.contains(" leur "))
        };
        // "à la 52e session du Conseil des ministres des affaires étrangères": a session
        // in figures of a body the text names, at which the act is done.
        let named_body = (figures && !own && !fold(whole.as_str()).starts_with("de "))
            .then(|| SESSION_OF_BODY.captures(&text[whole.end()..]))
            .flatten()
            .map(|b| b[1].trim().to_string());
        let dated = dated || (figures && !own && named_body.is_none());
        // "jusqu'à sa 17e session": how long something lasts, not a deadline.
        let until = fold(&text[..whole.start()]).ends_with("jusqu'");
        if adopted_at(&text[..whole.start()])
            || IN_MONTH.is_match(&text[whole.end()..])
            || dated
            || until
        {
            continue;
        }
        out.push((
            whole.start(),
            Found::Session {
                held: None,
                ordinal,
                of: m.get(3).map(|g| g.as_str().to_string()).or(named_body),
                // "à sa troisième réunion": a meeting numbered as a session is.
                word: fold(&m[2]),
            },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// " du Conseil en mars 2027" after a session: its month (a meeting's name may come
/// between: " \"vergers\" l'organe plénier du Conseil en mars 2027").
static IN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::words::month_names(table::FR_MONTHS);
    Regex::new(&format!(
        r"(?i)^[^.;,]{{0,80}}?\ben\s+(?:{months})\s+\d{{4}}\b"
    ))
    .expect("valid regex")
});

/// "le cadre adopté par l'Organe subsidiaire à sa deuxième session": the session where
/// something was adopted is past, no deadline.
fn adopted_at(before: &str) -> bool {
    static ADOPTED_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\badopt[ée]e?s?\s+(?:par\s+[^,;()]{1,100}?)?\s*$").expect("valid regex")
    });
    ADOPTED_BY.is_match(before)
}

/// "au prochain sommet", "à sa prochaine réunion": the body's next meeting.
fn next_meetings(text: &str) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in NEXT_MEETING.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "prochain sommet" is the first group, "prochaine réunion" the second.
        let Some(word) = m.get(1).or_else(|| m.get(2)) else {
            continue;
        };
        // "avant la prochaine réunion ... du Conseil en juin 2031": the month the text gives
        // dates the meeting (read by `months`), as it does a session's.
        if IN_MONTH.is_match(&text[whole.end()..]) {
            continue;
        }
        out.push((
            whole.start(),
            Found::Session {
                held: None,
                ordinal: None,
                of: None,
                word: fold(word.as_str()),
            },
            whole.as_str().to_string(),
        ));
    }
    out
}

/// "d'ici à 2030", "en 2016": a year not before the adoption's.
fn years(text: &str, adopted: Option<Date>) -> Vec<(usize, Found, String)> {
    let mut out = Vec::new();
    for m in YEAR.captures_iter(text) {
        let whole = m.get(0).expect("match");
        // "en 2015-2016": a span of years names a period, not a deadline.
        if whole.as_str().ends_with(|c: char| c.is_ascii_digit())
            && whole.as_str().contains(['-', '–'])
        {
            continue;
        }
        out.extend(crate::due::year_due(&m, adopted));
    }
    out
}

/// "20e", "3ème", "1re": an ordinal in figures.
fn figure_ordinal(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &word[digits.len()..];
    ["e", "ème", "eme", "re", "er"]
        .contains(&suffix)
        .then(|| digits.parse().ok())
        .flatten()
}

/// A French ordinal in words: "quatre-vingt-unième" → 81, "soixante et onzième" → 71,
/// "premier" → 1.
pub fn ordinal(word: &str) -> Option<u32> {
    let word = fold(word);
    let mut words: Vec<&str> = word
        .split(['-', ' '])
        .filter(|w| !w.is_empty() && *w != "et")
        .collect();
    let last = words.pop()?;
    let last = match last {
        "premier" | "première" => "un",
        "second" | "seconde" => "deux",
        w => cardinal_of(w.strip_suffix("ième")?)?,
    };
    words.push(last);
    let mut total = 0u32;
    let mut previous = 0u32;
    for w in words {
        let v = table::FR_CARDINALS.iter().find(|(c, _)| *c == w)?.1;
        match v {
            20 if previous == 4 => total += 80 - 4,
            100 => total = total.max(1) * 100,
            _ => total += v,
        }
        previous = v;
    }
    (total > 0).then_some(total)
}

/// The cardinal word an ordinal's stem comes from: "unième" → "un", "cinqu" → "cinq",
/// "neuv" → "neuf", "quatr" → "quatre".
fn cardinal_of(stem: &str) -> Option<&'static str> {
    let known = |w: &str| {
        table::FR_CARDINALS
            .iter()
            .find(|(c, _)| *c == w)
            .map(|(c, _)| *c)
    };
    match stem {
        "un" => Some("un"),
        "cinqu" => Some("cinq"),
        "neuv" => Some("neuf"),
        s => known(s).or_else(|| known(&format!("{s}e"))),
    }
}

fn date(m: &regex::Captures<'_>) -> Option<Date> {
    let month = table::FR_MONTHS.iter().find(|(n, _)| *n == fold(&m[2]))?.1;
    Date::new(m[3].parse().ok()?, month, m[1].parse().ok()?).ok()
}

/// "proroge jusqu'au 19 février 2031 le mandat du Groupe", "Décide de proroger le mandat
/// de la Mission jusqu'au 30 juin 2031": the day a renewal runs to.
pub fn renewal_end(text: &str) -> Option<Date> {
    static RENEWAL_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
        let months = crate::words::month_names(table::FR_MONTHS);
        Regex::new(&format!(r"(?i)\b(?:prorog|prolong|renouvel|reconduit|reconduire)\p{{L}}*\b[^;]{{0,160}}?\bjusqu['’]\s*au\s+(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})\b"))
            .expect("valid regex")
    });
    date(&RENEWAL_UNTIL.captures(text)?)
}

/// "au plus tard N jours avant l'expiration de ... mandat", "avant la fin de leur mandat
/// actuel": the mandate's end, with the days counted back from it (none when the text
/// gives no count), and the words.
pub fn mandate_end(action: &str) -> Option<(Option<u32>, String)> {
    static MANDATE_END: LazyLock<Regex> = LazyLock::new(|| {
        let words = number_words();
        Regex::new(&format!(r"(?i)(?:\b(\d+|{words})\s+jours\s+)?\b(?:avant|à|au\s+plus\s+tard\s+à|d['’]ici\s+à)\s+(?:l['’]\s*expiration|la\s+fin|le\s+terme|l['’]\s*échéance)\s+(?:de\s+(?:son|leur)|du)\s+(?:présent\s+)?mandat\b(?:\s+(?:actuel|en\s+cours))?"))
            .expect("valid regex")
    });
    let m = MANDATE_END.captures(action)?;
    let back = match m.get(1) {
        None => None,
        Some(n) => Some(
            n.as_str()
                .parse()
                .ok()
                .or_else(|| number_value(&fold(n.as_str())))?,
        ),
    };
    Some((back, m[0].to_string()))
}

/// The full dates a French text gives ("3 novembre 2025", "1er juillet 2026"), in order,
/// each with where it starts.
pub fn dates_in(text: &str) -> Vec<(usize, Date)> {
    DAY_MONTH_YEAR
        .captures_iter(text)
        .filter_map(|m| Some((m.get(0)?.start(), date(&m)?)))
        .collect()
}
