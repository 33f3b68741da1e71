//! French past tense and report: a sentence that recounts what was done or said (a
//! communiqué's news, a speaker's words) rather than asking it.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::dates::{DAY_MONTH_YEAR, SESSION, date, ordinal};
use super::names::{capitalised, named_body};
use super::{LIST, VERB};
use crate::table;
use crate::words::{any_of, fold};

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

/// Whether a clause's subject is one person ("Le Premier ministre éthiopien, Abiy Ahmed,
/// a appelé ..."): what one person says asks nobody on the body's behalf.
pub(super) fn spoken_by_one(subject: &str) -> bool {
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
pub(super) fn reported_past(subject: &str, form: &str) -> bool {
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
pub(super) fn relative_past(before_verb: &str, form: &str) -> bool {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s*qui\s+(?:a|ont|avait|avaient)(?:\s+(?:déjà|également|aussi|notamment|récemment))?\s*$")
            .expect("valid regex")
    });
    let past = form.ends_with('é');
    past && RELATIVE.is_match(before_verb)
}

pub(super) fn recalled_past(before_verb: &str, form: &str) -> bool {
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
pub(super) fn reported_body_asks(subject: &str, form: &str) -> bool {
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
pub(super) fn government_subject(subject: &str) -> bool {
    static GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[.;:]\s+|\d\.\s+)le\s+gouvernement\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:a|avait))?$")
            .expect("valid regex")
    });
    GOVERNMENT.is_match(subject.trim())
}

pub(super) fn civility_subject(subject: &str) -> bool {
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

/// "Décide de demeurer saisi de la question": nothing to do. "Décide de maintenir la
/// question à l'examen et de convoquer une réunion": the meeting is its decision.
pub(super) fn seized(rest: &str) -> bool {
    keeps_watch(rest) && act_after_watch(rest).is_none()
}

/// The act after a watch ("et de convoquer une réunion ..."), from its infinitive on.
pub(super) fn act_after_watch(rest: &str) -> Option<&str> {
    if !keeps_watch(rest) {
        return None;
    }
    let clause = rest.split([';', ':']).next().unwrap_or(rest);
    let m = WATCH_THEN.find(clause)?;
    Some(&clause[m.end()..])
}

/// ", et de " / " et d'" before an infinitive, after a watch.
static WATCH_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+et\s+(?:aussi\s+|également\s+)?(?:de\s+|d['’])").expect("valid regex")
});

/// A body's own watch over a matter: seized of it, kept on its agenda or under review.
fn keeps_watch(rest: &str) -> bool {
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
pub(super) fn pronoun_object(clause: &str, whole: usize, verb: usize) -> bool {
    let before_verb = fold(&clause[whole..verb]);
    let t = before_verb.trim_end();
    let present = before_verb.ends_with("l'")
        || t.ends_with(" la")
        || t.ends_with(" le")
        || t.ends_with(" les")
        || them_then_auxiliary(t);
    // "il l'a prié": the auxiliary after the pronoun; not "L'Assemblée a prié", an elided
    // article before a name that starts with "a".
    let after = fold(&clause[whole..]);
    let past = (after.starts_with("a ") || after.starts_with("a,") || after.starts_with("ont "))
        && (fold(&clause[..whole]).ends_with("l'") || them_before_auxiliary(clause, whole));
    present || past
}

/// "Le Conseil les a encouragés à ...", "et les ont appelés à ...": "les" before the
/// auxiliary of a past tense whose match starts at `whole` (no article stands before "a"),
/// or inside the match, before its verb.
pub(super) fn them_before_auxiliary(clause: &str, whole: usize) -> bool {
    let after = fold(&clause[whole..]);
    let before = fold(&clause[..whole]);
    ((after.starts_with("a ") || after.starts_with("ont "))
        && (before.trim_end().ends_with(" les") || before.trim_end() == "les"))
        || VERB
            .captures_at(clause, whole)
            .filter(|m| m.get(0).is_some_and(|w| w.start() == whole))
            .and_then(|m| m.get(1))
            .is_some_and(|verb| them_then_auxiliary(fold(&clause[whole..verb.start()]).trim_end()))
}

/// Whether the words before a verb end with "les" and an auxiliary ("Le Conseil les a").
fn them_then_auxiliary(before_verb: &str) -> bool {
    before_verb.ends_with(" les a") || before_verb.ends_with(" les ont")
}

/// "les a encouragés à ...", "leur ont demandé de ...": a past tense whose pronoun asks
/// those named before, its participle agreeing or not.
static THEM_PAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:les|leur)\s+(?:a|ont)\s+(?:\p{L}+ment\s+)?\p{L}+ée?s?\s+(?:à|de|d['’])")
        .expect("valid regex")
});

/// Whether a request's verb takes "les" for its addressee ("Le Conseil les encourage à
/// ..."): they are the ones named before.
/// "Le Conseil leur demande de ...", "les a encouragés à ..." likewise.
pub fn asks_them(sentence: &str) -> bool {
    VERB.captures_iter(sentence).any(|m| {
        let whole = m.get(0).expect("match");
        let verb = m.get(1).expect("verb");
        let before_verb = fold(&sentence[whole.start()..verb.start()]);
        let before_verb = before_verb.trim_end();
        before_verb.ends_with(" les")
            || before_verb.ends_with(" leur")
            || them_before_auxiliary(sentence, whole.start())
            || (before_verb.is_empty()
                && fold(&sentence[..whole.start()])
                    .trim_end()
                    .ends_with(" leur"))
    }) || THEM_PAST.is_match(sentence)
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
    // "espère que les parties s'accorderont ...": with no names listed, the plural a
    // that-clause opens on, which a "leur" or "les" in the sentence after stands for.
    static THAT_PLURAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\bqu(?:e\s+|['’]\s*)les\s+(\p{Ll}[\p{L}-]*[sx])\s+(?:\p{Ll}+\s+)?(?:s['’]|se\s+|ne\s+|n['’])?\p{Ll}+(?:ont|ent|aient|eront|iront)\b")
            .expect("valid regex")
    });
    let Some(list) = NAMES.find_iter(sentence).last() else {
        let plural = THAT_PLURAL.captures_iter(sentence).last()?;
        return Some(vec![capitalised(&plural[1])]);
    };
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
