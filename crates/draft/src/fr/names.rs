//! The names French texts give: the body a text speaks for, the addressees and actors a
//! request names (cut, cleaned and joined), and the words a name is made of.

use std::sync::LazyLock;

use regex::Regex;

use super::{LIST, bare};
use crate::table::{self, Kind};
use crate::words::{any_of, fold};

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

pub(super) fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The body a communiqué or a press release speaks of first ("Le Conseil de paix et de
/// sécurité de l'Union africaine, en sa 657e réunion, ..."), by the names of `FR_BODIES`.
pub(super) fn named_body(lines: &[String]) -> Option<String> {
    let text = fold(&lines.join(" "));
    first_named(&text, |f| f.to_string())
        // "CONFERENCE DES PARTIES": capitals often drop their accents.
        .or_else(|| first_named(&bare(&text), bare))
}

/// The name of `FR_BODIES` that `text` gives first, each compared as `norm` leaves it; a
/// body named as the one asked ("ont demandé au Conseil de sécurité de ...") is not the
/// text's, nor one named as having acted before it ("Après la X, l'Union Y décide ...":
/// X is the body the text's own follows).
fn first_named(text: &str, norm: impl Fn(&str) -> String) -> Option<String> {
    let asked = |at: usize| {
        let before = text[..at].trim_end();
        [" au", " aux", " à"].iter().any(|w| before.ends_with(w))
            || object_of_request(before)
            || named_as_before(before)
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

/// Whether `before` (folded) ends on "après" or "à l'instar de" and an article: the body
/// named next is the one whose act the text's body follows.
fn named_as_before(before: &str) -> bool {
    let before = before.trim_end_matches(['\'', ' ']);
    [
        "après la",
        "après le",
        "après l",
        "à l'instar de la",
        "à l'instar du",
        "à l'instar de l",
    ]
    .iter()
    .any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|head| head.is_empty() || head.ends_with([' ', ',', '.', '(']))
    })
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

pub(super) fn clean(action: &str) -> String {
    action
        .trim()
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .to_string()
}

/// "aux États Membres et aux organisations régionales" → ["États Membres", "Organisations
/// régionales"]: the names, without their "à" and articles.
pub(super) fn actors(phrase: &str) -> Vec<String> {
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
pub(super) fn addressee_name(piece: &str) -> String {
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

pub(super) static DESCRIBING_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
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
pub(super) fn that_meeting(rest: &str) -> Option<(Vec<String>, String)> {
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
pub(super) fn opens_quote(before: &str, after: &str) -> bool {
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
pub(super) fn opened(piece: &str) -> bool {
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

/// "groupe de travail constitué à cet effet", "Comité créé par la résolution ...", "comité
/// constitué le 4 mai": a participle and its complement (or the day it was done) after a
/// name describe it, they are not its name.
static PARTICIPLE_COMPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
    let participles = any_of(table::FR_NAME_PARTICIPLES);
    Regex::new(&format!(
        r"(?i)\s+(?:{participles})(?:e|s|es)?\s+(?:à|par|en|au|aux|conformément|pour|de|d['’]|le\s+\d)(?:\s|\b)"
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
