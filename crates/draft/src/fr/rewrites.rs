//! French rewrites before a clause is read: `text_asks` and its `TEXT_ASKS_STEPS`, a text's
//! noun or participle that asks ("Déclaration qui demande", "résolution appelant") read
//! as the verb that asks.

use std::sync::LazyLock;

use regex::Regex;

use super::failed_adoption;
use super::names::capitalised;
use crate::table;
use crate::words::{any_of, fold};

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
/// de ...", "Donne pour instructions au comité de ...": an instruction given to X asks X, as
/// "a demandé à X de ..." does.
static INSTRUCTION: LazyLock<Regex> = LazyLock::new(|| {
    // "ont donné mandat au Comité X d'examiner ...": a mandate given asks as well.
    Regex::new(r#"(?i)\b(donné|donnent|donne)\s+["«“]?\s*(?:des\s+|une\s+|un\s+|l['’]|pour\s+)?(?:instructions?|mandat)(?:\s+(?:fermes|claires|précises|expresses|nécessaires))?\s+(à|au|aux)\b"#)
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

/// "a lancé aujourd'hui un appel au calme", "lance un appel pressant à la retenue": an
/// appeal whose "à" governs a state the tables list (`table::FR_APPEALED_STATES`), not an
/// addressee; a day word may stand between the verb and its object.
static APPEAL_FOR_A_STATE: LazyLock<Regex> = LazyLock::new(|| {
    let states = any_of(table::FR_APPEALED_STATES);
    Regex::new(&format!(
        r"(?i)\b(lance|lancent|a\s+lancé|ont\s+lancé)(?:\s*,[^,.;:]{{1,40}},|\s+(?:aujourd['’]hui|hier|ce\s+matin|ce\s+soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s+un\s+(?:nouvel\s+)?appel(?:\s+(?:pressant|solennel|urgent|vibrant))?\s+(à\s+la\s+|à\s+l['’]\s*|au\s+)({states})\b"
    ))
    .expect("valid regex")
});

/// "prie cette dernière de ...", "exhorte ce dernier à ...": a demonstrative that stands
/// for the one named last, as the object pronoun before the verb does ("la prie de ...").
static DEMONSTRATIVE_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(prie|prient|invite|invitent|exhorte|exhortent|engage|engagent|encourage|encouragent|charge|chargent)\s+(cette\s+dernière|ce\s+dernier|celle-ci|celui-ci)\s+(de\s|d['’]|à\s)")
        .expect("valid regex")
});

/// "les États voisins et ceux de la région": "ceux de" stands for the plural noun before it
/// (group 2), so the second actor is named with it.
static THOSE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(les|aux)\s+(\p{Lu}\p{L}+|\p{Ll}\p{L}+s)((?:\s+\p{Ll}[\p{L}-]+)?)\s+et\s+(à\s+)?(?:ceux|celles)\s+(de\s+la|de\s+l['’]|du|des|de)\b")
        .expect("valid regex")
});

/// "l'ensemble des pays": all of them.
static THE_WHOLE_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([Ll])['’]\s*ensemble\s+des\s+").expect("valid regex"));

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

/// "L'Organisation a appelée à ...": a participle agreeing where it should not; "les a
/// encouragés à ...": one agreeing with the pronoun before it, read as the table's form.
static AGREED_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(a|ont)\s+(appel|demand|exhort|invit|pri|charg|décid|exig|encourag|engag)ée?s?\b",
    )
    .expect("valid regex")
});

/// The clause with "Déclaration qui demande" / "résolution appelant" read as "Déclaration,
/// demande" / "résolution, appelle".
pub(super) fn text_asks(clause: &str) -> String {
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
const TEXT_ASKS_STEPS: [fn(&str) -> String; 37] = [
    run_on_clauses,
    addressee_fronted,
    unaccented_capital_a,
    cooperation_asked_of,
    that_continued,
    appeal_qualified,
    verb_after_unknown_subject,
    gerund_opens_clause,
    pronoun_participle_asks,
    authorised_request_made,
    authorisation_granted,
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
    appeal_for_a_state,
    demonstrative_asked,
    those_of,
    launched_appeal,
    turn_of,
    quote_cut,
    quoted_verb,
    instruction_given,
    pledge_in_participle,
];

/// An operative verb of the table in the present, capitalised as a clause's first word
/// ("Prie", "Invite", "Décide"), and "Donne" (of "Donne pour instructions à X de ...").
static CAPITAL_VERB: LazyLock<String> = LazyLock::new(|| {
    let mut forms: Vec<String> = table::FR_VERBS
        .iter()
        .filter(|(f, k)| {
            matches!(k, table::Kind::Addressed | table::Kind::Decides)
                && !f.contains(' ')
                && !f.ends_with("ant")
                && !f.ends_with('é')
        })
        .map(|(f, _)| f.to_string())
        .chain(std::iter::once("donne".to_string()))
        .map(|f| capitalised(&f))
        .collect();
    forms.sort_by_key(|f: &String| std::cmp::Reverse(f.len()));
    let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
    any_of(&forms)
});

/// "...; Prie X de ...": a capitalised operative verb after a semicolon.
static CLAUSE_AFTER_SEMICOLON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r";\s+({})\b", *CAPITAL_VERB)).expect("valid regex"));

/// ", Invite X à ...": a capitalised operative verb after a comma.
static CLAUSE_AFTER_COMMA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r",\s+({})\b", *CAPITAL_VERB)).expect("valid regex"));

/// "Le Conseil de sécurité, Ayant ...": a body's chapeau and the capitalised word after its
/// comma at the clause's start.
static CHAPEAU_OPENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:L[ae]\s+|L['’]\s*)\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}?\s*,\s+\p{Lu}")
        .expect("valid regex")
});

/// "Le Conseil de sécurité, Ayant examiné ..., Invite X à ... ; Donne pour instructions à Y
/// de ... ; Invite Z à ...": a scanned volume's copy that runs a resolution's chapeau,
/// preamble and operative clauses into one line keeps each clause's capital. A capitalised
/// operative verb after a semicolon, or after a comma once the body's chapeau opens the
/// clause, opens a clause of its own, as "..., invite Z à ..." does; a capitalised word
/// after a comma elsewhere ("..., Demande de l'Université") stays a noun.
fn run_on_clauses(clause: &str) -> String {
    let lower = |m: &regex::Captures<'_>| format!(", {}", m[1].to_lowercase());
    let clause = CLAUSE_AFTER_SEMICOLON.replace_all(clause, lower);
    if CHAPEAU_OPENS.is_match(&clause) {
        CLAUSE_AFTER_COMMA.replace_all(&clause, lower).into_owned()
    } else {
        clause.into_owned()
    }
}

/// "a demandé la pleine coopération du Gouvernement X, des parties et des organisations":
/// a demand for cooperation whose doers are named after it, by "de", asks them to
/// cooperate, as "a demandé au Gouvernement X, aux parties et aux organisations de coopérer
/// pleinement" does; "avec Y" after them stays the action's.
static COOPERATION_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:demande|demandent|exige|exigent|réclame|réclament)|(?:a|ont)\s+(?:demandé|exigé|réclamé))\s+(?:la|une)\s+(?:(pleine|entière|totale|étroite)\s+)?coopération\s+((?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[^.;:]{1,200}?)(\s+(?:avec|à|au|aux)\s|\s*[.;:]|\s*$)")
        .expect("valid regex")
});

/// "de la X", "du X", "des X", ", de Y", "et des Z": a doer named by "de" in a list.
static DOER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|,\s*|\s+et\s+)(de\s+la\s|de\s+l['’]\s*|du\s|des\s|de\s|d['’]\s*)")
        .expect("valid regex")
});

fn cooperation_asked_of(clause: &str) -> String {
    COOPERATION_OF
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let doers = DOER_OF.replace_all(m[3].trim(), |d: &regex::Captures<'_>| {
                let to = match fold(d[2].trim()).as_str() {
                    "de la" => "à la ",
                    "de l'" => "à l'",
                    "du" => "au ",
                    "des" => "aux ",
                    _ => "à ",
                };
                format!("{}{to}", &d[1])
            });
            let how = match m.get(2).map(|a| a.as_str()) {
                Some("pleine") => " pleinement",
                Some("entière") => " entièrement",
                Some("totale") => " totalement",
                Some("étroite") => " étroitement",
                _ => "",
            };
            format!("{} {doers} de coopérer{how}{}", &m[1], &m[4])
        })
        .into_owned()
}

/// "i) A donner l'ordre ...", "A permettre ...": an old print's (or a copy's) capital "À"
/// without its accent before an infinitive is the preposition, as "à donner" is.
fn unaccented_capital_a(clause: &str) -> String {
    static UNACCENTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|[\s:;(])A(\s+\p{Ll}+(?:er|ir|re)\b)").expect("valid regex")
    });
    UNACCENTED.replace_all(clause, "${1}à$2").into_owned()
}

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

/// ", l'invitant à ...", ", les priant de ...": a present participle of asking after its
/// object pronoun (group 1), the verb's stem in group 2.
static PRONOUN_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    // "..., leur demandant de <agir>": the indirect object pronoun before "demandant".
    Regex::new(r",\s+(l['’]|la\s+|le\s+|les\s+|leur\s+|lui\s+)(invit|pri|exhort|encourage|engage|charge|appel|demand)ant\s+(à\s|de\s|d['’])")
        .expect("valid regex")
});

/// "proroge le mandat de X, l'invitant à <agir>" → "..., et l'invite à <agir>": the
/// participle asks the one named before, as the pronoun before a present verb does, and
/// that reading then finds whom it stands for.
fn pronoun_participle_asks(clause: &str) -> String {
    PRONOUN_PARTICIPLE
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let stem = &m[2];
            // The verb agrees with the body that asks, not with the pronoun: "les priant de"
            // is "et les prie de".
            let verb = match stem {
                "appel" => "appelle".to_string(),
                "encourage" | "engage" | "charge" => stem.to_string(),
                other => format!("{other}e"),
            };
            format!(", et {}{verb} {}", &m[1], &m[3])
        })
        .into_owned()
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

/// "Aux X, il est également demandé de <agir>": the addressee set before the impersonal
/// passive, read where the passive names it ("Il est demandé aux X de <agir>"; the
/// adverb, which only links the request to the one before, is dropped).
static ADDRESSEE_FRONTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(^\s*|[.;!?]\s+)(aux|au|à\s+la|à\s+l['’])\s*([^,;.:«»]{2,80}?)\s*,\s*il\s+(est|a\s+été)\s+((?:(?:également|aussi|en\s+outre|par\s+ailleurs|enfin|de\s+plus)\s+)*)(demandé|recommandé)\s+(de\s|d['’])")
        .expect("valid regex")
});

fn addressee_fronted(clause: &str) -> String {
    ADDRESSEE_FRONTED
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let to = fold(&m[2]);
            let space = if to.ends_with('\'') { "" } else { " " };
            format!(
                "{}Il {} {} {}{space}{} {}",
                &m[1], &m[4], &m[6], to, &m[3], &m[7]
            )
        })
        .into_owned()
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

/// "prie cette dernière de <agir>" → "la prie de <agir>": the pronoun's reading (the one
/// the sentence names before) then finds whom it stands for.
fn demonstrative_asked(clause: &str) -> String {
    DEMONSTRATIVE_ASKED
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let pronoun = if m[2].starts_with("ce ") || m[2].starts_with("celui") {
                "le"
            } else {
                "la"
            };
            format!("{pronoun} {} {}", &m[1], &m[3])
        })
        .into_owned()
}

/// "les États voisins et ceux de la région" → "... et les États de la région": the noun the
/// pronoun stands for, so the second actor is not named "Ceux de la région".
fn those_of(clause: &str) -> String {
    THOSE_OF
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let second = if m.get(4).is_some() { "aux" } else { "les" };
            format!(
                "{} {}{} et {second} {} {}",
                &m[1], &m[2], &m[3], &m[2], &m[5]
            )
        })
        .into_owned()
}

/// "a lancé un appel au calme": a call for a state, naming nobody, as "a appelé au calme".
fn appeal_for_a_state(clause: &str) -> String {
    APPEAL_FOR_A_STATE
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let verb = appeal_verb(&m[1]);
            // "Lance un appel au calme" opening a paragraph keeps its capital.
            let verb = if m[1].starts_with('L') {
                verb.replacen('a', "A", 1)
            } else {
                verb.to_string()
            };
            format!("{verb} {}{}", &m[2], &m[3])
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

/// "accorde à X l'autorisation de <agir>", "lui accorde également l'autorisation de
/// <agir>": an authorisation granted by its noun authorises X (or the one the pronoun
/// stands for) to act, as "autorise X à <agir>" does.
static AUTHORISATION_GRANTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(lui\s+|leur\s+)?(accorde|accordent|a\s+accordé|ont\s+accordé)((?:\s+(?:également|aussi|en\s+outre))?)\s+(?:(à\s+la|à\s+l['’]|aux|au|à)\s*([^,;:«»]{2,80}?)\s+)?l['’]\s*autorisation\s+(?:de\s+|d['’]\s*)(\p{Ll}+(?:er|ir|re|oir)\b)")
        .expect("valid regex")
});

fn authorisation_granted(clause: &str) -> String {
    AUTHORISATION_GRANTED
        .replace_all(clause, |m: &regex::Captures<'_>| {
            let pronoun = m.get(1).map(|p| fold(p.as_str().trim()));
            let (to, named) = (m.get(4), m.get(5));
            if pronoun.is_some() == named.is_some() {
                // Neither a pronoun nor "à X" (or both): no one named to authorise.
                return m[0].to_string();
            }
            let verb = fold(&m[2]);
            let how = &m[3];
            let act = &m[6];
            if let Some(pronoun) = pronoun {
                let object = if pronoun == "leur" { "les " } else { "l'" };
                let verb = match verb.as_str() {
                    "accordent" => "autorisent",
                    "a accordé" => "a autorisé",
                    "ont accordé" => "ont autorisé",
                    _ => "autorise",
                };
                return match verb.split_once(' ') {
                    Some((aux, participle)) => format!("{object}{aux}{how} {participle} à {act}"),
                    None => format!("{object}{verb}{how} à {act}"),
                };
            }
            let verb = match verb.as_str() {
                "accordent" => "autorisent",
                "a accordé" => "a autorisé",
                "ont accordé" => "ont autorisé",
                _ => "autorise",
            };
            let article = match to.map(|t| fold(t.as_str())).as_deref() {
                Some("au") => "le ",
                Some("aux") => "les ",
                Some("à la") => "la ",
                Some("à l'") => "l'",
                _ => "",
            };
            let named = named.map_or("", |n| n.as_str());
            format!("{verb}{how} {article}{named} à {act}")
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
