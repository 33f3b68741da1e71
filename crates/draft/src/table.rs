//! THE data table of the drafter: every verb, phrase and word list the rules use,
//! including every list their regular expressions are built from. A pattern itself holds
//! no list of words but grammar's (articles, pronouns, prepositions, conjunctions, "is",
//! "shall"): only its shape, word endings, and the one word a rule is about ("within",
//! "year", "page").
//!
//! To teach `draft` a new way of asking for action, add its forms here; no other file
//! should need to change. Forms are lowercase unless their note says otherwise; they match
//! whole words, case-insensitively, with curly apostrophes read as straight ones.

/// What a verb does to the clause it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Asks a named actor to act: "Requests the Secretary-General to ...". Without an
    /// actor before a "to" infinitive it reads as [`Kind::Unaddressed`].
    Addressed,
    /// Asks for an action without naming who acts: "Calls for ...".
    Unaddressed,
    /// The body commits itself: "Decides to ...", or "Decides that X shall ...".
    Decides,
    /// An expression of view: not a mandate. "Stresses the need for ..." becomes one (see
    /// [`NEED_NOUNS`]), and a commended concrete action is offered for review (see
    /// [`COMMENDED_NOUNS`]).
    View,
    /// A view that praises: "Commends the decision of X to ..." names a concrete action
    /// by X, offered as a mandate for the user to keep or delete.
    Commends,
    /// An obligation on the subject: "The Commission shall prepare ...".
    Obliges,
    /// A named actor's own offer: "Azerbaijan offered to host the meeting", offered for
    /// review like a commended action.
    Offers,
    /// A preambular participle: the paragraph it opens is context.
    Preamble,
}

/// One verb and the forms it takes in formal ("Requests"), narrative ("requested") and
/// participial ("requesting") texts.
pub struct Verb {
    pub forms: &'static [&'static str],
    pub kind: Kind,
}

const fn verb(kind: Kind, forms: &'static [&'static str]) -> Verb {
    Verb { forms, kind }
}

use Kind::*;

#[rustfmt::skip]
/// Every verb the drafter knows. Longer forms are tried first, whatever their order here.
pub const VERBS: &[Verb] = &[
    // Requests to a named actor.
    verb(Addressed, &["requests", "requested", "requesting", "request"]),
    verb(Addressed, &["calls upon", "calls on", "called upon", "called on", "calling upon", "calling on", "call upon", "call on"]),
    // "(a) To call once again upon the parties to ...": an adverb inside the phrasal verb,
    // before its "upon" (after the addressee, "Requests further X", the builder skips it).
    verb(Addressed, &[
        "calls once again upon", "calls once again on", "called once again upon", "called once again on",
        "call once again upon", "call once again on", "calls again upon", "calls again on",
        "called again upon", "called again on", "call again upon", "call again on",
    ]),
    // "...; and call all UN Member States to participate ...": a declaration's own call
    // with no "on", to all of a group.
    verb(Addressed, &["call all", "calls all", "called all"]),
    // "it is incumbent on the Armed Forces to comply ...": an obligation laid on them.
    verb(Addressed, &["incumbent on", "incumbent upon"]),
    // "4. To seek all growers concerned to keep ...": a decision list's request of
    // all of a group (not "to seek the views of ...").
    verb(Addressed, &["to seek all"]),

    // "called the international community to provide ...", as translations write it.
    verb(Addressed, &["calls the", "called the", "calling the"]),
    verb(Addressed, &["invites", "invited", "inviting", "invite"]),
    verb(Addressed, &["urges", "urged", "urging", "urge"]),
    // "implored the parties to <verb>": an appeal that asks, as "urged" does.
    verb(Addressed, &["implores", "implored", "imploring", "implore"]),
    verb(Addressed, &["encourages", "encouraged", "encouraging", "encourage"]),
    verb(Addressed, &["assigns", "assigned", "assigning", "assign"]),
    verb(Addressed, &["entrusts", "entrusted", "entrusting", "entrust"]),
    verb(Addressed, &["mandates", "mandated", "mandating"]),
    verb(Addressed, &["directs", "directed", "directing", "direct"]),
    verb(Addressed, &["instructs", "instructed", "instructing", "instruct"]),
    verb(Addressed, &["tasks", "tasked", "tasking", "task"]),
    verb(Addressed, &["charges", "charged"]),
    verb(Addressed, &["authorizes", "authorized", "authorises", "authorised", "authorize", "authorise"]),
    // "Delegates to X the authority to <verb> ...": the holder is asked, as an
    // authorized addressee is (the classifier keeps the verb only in that shape).
    verb(Addressed, &["delegates", "delegated", "delegating", "delegate"]),
    verb(Addressed, &["recommends", "recommended", "recommending"]),
    verb(Addressed, &["appeals to", "appealed to", "appealing to", "appeal to", "appeals strongly to", "appealed strongly to"]),
    verb(Addressed, &["exhorts", "exhorted", "exhorting", "exhort"]),
    // "The Heads of State pressed the parties to open corridors": a report's word for urging
    // (no participle: "pressing needs").
    verb(Addressed, &["presses", "pressed"]),
    // "The Council commissioned the Secretariat to carry out a study": a task set.
    verb(Addressed, &["commissions", "commissioned"]),
    verb(Addressed, &["demands", "demanded", "demanding"]),
    // "The ministers insisted that the rebels must withdraw ...": a demand made with its
    // that-clause ("insists on the importance of" stays a view).
    verb(Addressed, &["insists", "insisted", "insisting"]),
    // "The leaders ordered the junta to set up ...": a summit's order, as a demand.
    verb(Addressed, &["orders", "ordered"]),
    // "Reiterates its demand that all parties ...": the demand stands as made anew.
    verb(Addressed, &["reiterates its demand", "reiterated its demand", "renews its demand", "renewed its demand", "reiterates its demands", "reiterated its demands", "renews its demands", "renewed its demands", "reiterates also its demand", "reiterated also its demand", "also reiterates its demand",
        // "Reaffirms its demand that all parties ...": as "reaffirms its request" is.
        "reaffirms its demand", "reaffirmed its demand", "reaffirms its demands", "reaffirmed its demands"]),
    // "Continues to urge all States to ...": the call goes on, as asked anew.
    verb(Addressed, &[
        "continues to urge", "continue to urge", "continues to call upon", "continues to call on",
        "continues to encourage", "continues to request", "continues to invite",
    ]),
    // "referred the others for further work by the Task Force": a task set for the doer
    // named after "by" (the classifier keeps the verb only in that shape).
    verb(Addressed, &["referred", "refers", "refer"]),
    // "We ... ask our Finance Ministers to consider ...": a declaration's own voice.
    verb(Addressed, &["asks", "asked", "asking", "ask"]),
    // "passed a resolution ordering Iran to cooperate": a news report's word for a demand.
    verb(Addressed, &["ordering", "ordered"]),
    verb(Addressed, &[
        "reiterates its call upon", "reiterates its call on", "reiterates its call to",
        "reiterated its call upon", "reiterated its call on", "reiterated its call to",
        "renews its call upon", "renews its call on", "renewed its call on", "renewed its call upon",
        "reiterates its request to", "reiterated its request to", "renews its request to",
        // "renewed its request to X to ...", "Reaffirms its request that X ...": the past
        // of "renews", and "reaffirms" with a request (a plain "reaffirms X" stays a view).
        "renewed its request to", "renewed its request", "renewed its requests",
        "reaffirms its request to", "reaffirmed its request to", "reaffirms its request",
        "reaffirmed its request", "reaffirms its requests", "reaffirmed its requests",
        "reaffirms its call upon", "reaffirms its call on", "reaffirmed its call upon",
        "reaffirmed its call on",
        // "Reiterates its request that UNMISS continue to ...": a that-clause asks its subject.
        "reiterates its request", "reiterated its request", "renews its request",
        // "Reiterates its requests that X develop ... and submit ...": the plural is the
        // same request made anew.
        "reiterates its requests", "reiterated its requests", "renews its requests",
        "reiterates its appeal to", "reiterated its appeal to", "renews its appeal to",
        "reiterates its invitation to", "renews its invitation to",
        // "Reiterates the invitation to X to ...", "... its invitation and encouragement to X
        // to ...": the request stands as made anew, whatever its noun's article.
        "reiterates the invitation to", "renews the invitation to", "reiterated the invitation to",
        "reiterates the call upon", "reiterates the call on", "reiterates the request to",
        "reiterates its invitation and encouragement to", "renews its invitation and encouragement to",
        "reiterates its encouragement to", "renews its encouragement to",
        "reiterates the encouragement to", "reiterated its encouragement to",
        // "reiterated its earlier directive to X to ...": a summit's directive to its organ,
        // made anew, is a request as a reiterated call is.
        "reiterates its directive to", "reiterated its directive to",
        "reiterates its earlier directive to", "reiterated its earlier directive to",
        "reiterates its previous directive to", "reiterated its previous directive to",
        "renews its directive to", "renewed its directive to",
        "reiterates its directives to", "reiterated its directives to",
        // "Reiterates its previous requests to X to ...": the earlier requests, made anew.
        "reiterates its previous request to", "reiterates its previous requests to",
        "reiterates its requests to", "reiterated its previous request to",
        "reiterated its previous requests to", "renews its previous request to",
        "renews its previous requests to", "reiterates its previous call upon",
        "reiterates its previous call on", "reiterates its previous calls upon",
        "reiterates its previous calls on",
        // "The leaders reiterated their call on X to ...": a plural body's own call.
        "reiterated their call upon", "reiterated their call on", "reiterated their call to",
        "reiterate their call upon", "reiterate their call on", "reiterate their call to",
        "renewed their call on", "renewed their call upon", "reiterated their appeal to",
        // "The Chairperson renews his call on X to ...": an official's own call made anew.
        "renews his call on", "renews his call upon", "renewed his call on", "renewed his call upon",
        "renews her call on", "renews her call upon", "renewed her call on", "renewed her call upon",
        "reiterates his call on", "reiterates his call upon", "reiterated his call on",
        "reiterated his call upon", "reiterates her call on", "reiterates her call upon",
        "reiterated her call on", "reiterated her call upon",
    ]),
    // "The Board issues an urgent call to X and Y to <act>": a call told by its noun after
    // "issues" / "makes" / "launches".
    verb(Addressed, &[
        "issues an urgent call to", "issued an urgent call to", "issues a call to", "issued a call to",
        "makes an urgent call to", "made an urgent call to", "makes a call to", "made a call to",
        "launches an urgent call to", "launched an urgent call to", "launches a call to", "launched a call to",
        "issues an urgent appeal to", "issued an urgent appeal to", "issues an appeal to", "issued an appeal to",
        "makes an urgent appeal to", "made an urgent appeal to", "launches an urgent appeal to",
        "launched an urgent appeal to",
        // "launched an appeal to the donors to support ...": a call told by its noun too.
        "launches an appeal to", "launched an appeal to", "makes an appeal to", "made an appeal to",
        // "made a series of requests to the Keeper, among others, to ...": requests
        // told by their noun, as the calls are.
        "makes a request to", "made a request to", "makes requests to", "made requests to",
        "makes a series of requests to", "made a series of requests to",
        "makes a number of requests to", "made a number of requests to",
        "makes several requests to", "made several requests to",
    ]),
    // "Proposes that the Board review ...": a that-clause names who is asked.
    verb(Addressed, &["proposes", "proposed"]),
    // "the Committee advises the Panel that it should take up at most six areas": advice
    // to a subsidiary body, with what it should do.
    verb(Addressed, &["advises"]),
    // Requests for an action, with no actor named.
    verb(Unaddressed, &[
        "calls for", "called for", "calling for", "appeals for", "appealed for",
        "reiterates its call for", "reiterated its call for", "renews its call for", "renewed its call for",
        "reiterated their call for", "reiterate their call for", "renewed their call for",
        // "The summit concluded with a call for immediate action ...": the call as a noun.
        "with a call for", "with an urgent call for", "with an appeal for",
        // "The call was also for urgent action to ...": the call as the subject, what it
        // asks after "was for".
        "the call was for", "the call was also for", "the call is for", "the call is also for",
        "the call was further for", "the appeal was for", "the appeal was also for",
        // "It urged for cooperation to combat ...": a call for something, with nobody named.
        "urges for", "urged for", "urging for",
        // "asks for work to proceed on <proposals>": a European Council's call for an act,
        // with nobody named (the plain "asks X to" stays addressed).
        "asks for", "asked for",
        // "It condemned the coup ... while asking for the immediate release of X": the call
        // as a participle, as "calling for" is.
        "asking for",
        // "proposed for an extraordinary summit to be convened": the same.
        "proposes for", "proposed for",
        // "The Council advocated convening a conference of all parties": a report's word
        // for a call that names nobody (not the noun "advocates", nor "advocating" after a
        // group's name).
        "advocated", "advocated for",
        // "Further reiterates the call made by the Assembly in ...": another organ's call,
        // made anew by the body.
        "reiterates the call made by", "reiterated the call made by", "renews the call made by",
        "reiterates the appeal made by", "reiterated the appeal made by",
        // "We also call for ...": a declaration's own voice (not "to condemn X and call for
        // Y", an infinitive going on).
        "we call for", "we also call for", "we further call for", "we jointly call for",
        // "We stress that ...; and call for ...": the same voice after "; and" (the sentence
        // must open with "We": classify.rs checks).
        "and call for",
        // "Leaders reiterated a call to solve the dispute peacefully": a call made anew that
        // names nobody.
        "reiterates a call to", "reiterated a call to", "renews a call to", "renewed a call to",
        // "Summit ... reiterated the call to strengthen the coordination of <initiatives>":
        // the same call made anew with "the" (to an act, not to an addressee: the builder
        // reads "the call to the parties to ..." as "a call to" is read).
        "reiterates the call to", "reiterated the call to", "renews the call to", "renewed the call to",
        // "has reiterated a call for the withdrawal of all armed groups": a call for a thing
        // made anew, with "a" as with "its".
        "reiterates a call for", "reiterated a call for", "renews a call for", "renewed a call for",
        "reiterating a call for", "renewing a call for",
        // "reiterated the regional call made at the 39th Summit for ...": the call made at
        // an earlier meeting, as made by it.
        "reiterates the call made at", "reiterated the call made at", "renews the call made at",
        "reiterates the regional call made at", "reiterated the regional call made at",
        "reiterates the regional call made by", "reiterated the regional call made by",
        "reiterates the earlier call made at", "reiterated the earlier call made at",
        "reiterates the previous call made at", "reiterated the previous call made at",
        // "Warning of ..., and renewing the call for the international community to
        // assume ...": a resolution's gerund item that makes an earlier call anew.
        "renewing the call for", "renewing its call for", "renewing their call for",
        "renews the call for", "renewed the call for", "reiterating the call for",
        "reiterating its call for", "reiterates the call for", "reiterated the call for",
        // "We reaffirm the call for <a thing>": a call made anew with
        // "reaffirm", as with "reiterate" (a plain "reaffirms X" stays a view).
        "reaffirms the call for", "reaffirmed the call for", "reaffirm the call for",
        "reaffirming the call for", "reaffirms its call for", "reaffirmed its call for",
        "reaffirm our call for", "reaffirm their call for", "reaffirmed their call for",
    ]),
    // A named subject offers to act.
    verb(Offers, &[
        "offered to", "offers to", "undertook to", "undertakes to", "volunteered to", "volunteers to",
        "pledged to", "pledges to",
    ]),
    // The subject is bound to act.
    // "The ministers must also evaluate ...": in a report, a duty (a formal text's "must"
    // sits in its views, and is left to them).
    verb(Obliges, &["shall", "should", "must"]),
    // "The Commission is to provide an update at the next session": an instruction.
    verb(Obliges, &["is to", "are to"]),
    // The body itself acts.
    verb(Decides, &["decides", "decided", "deciding", "decide", "resolves", "resolved", "resolve", "agrees", "agreed", "agree"]),
    // "Determines to pursue practical steps ...": the body's own resolve ("Determines that
    // the situation is a threat" is a view: only the form with "to").
    verb(Decides, &["determines to"]),
    // "the Council voted to establish one new mandate": a round-up's way of saying what the
    // body decided by a vote (only the form with "to"; "voted for the text" is no act).
    verb(Decides, &["voted to", "votes to"]),
    // "Extends once more the stationing of the Force for a period ...": a bare renewal, the
    // body's own act without "Decides to"; only a force's stationing (not "extends its
    // thanks", nor a communiqué's "extends the mandate of the mediators", not counted).
    verb(Decides, &[
        "extends the stationing", "extends once more the stationing", "extends again the stationing",
        "extends further the stationing",
        // "4. Extends the mandate of the expert group to also review ...": a numbered
        // paragraph's bare renewal of a mandate (the builder keeps it to texts that number
        // their paragraphs; a communiqué's "extends the mandate of the mediators" stays
        // uncounted).
        "extends the mandate", "extends the mandates",
    ]),
    // The body binds itself ("We ... COMMIT to allocate ...").
    verb(Decides, &["commits", "commit", "commits itself", "commit ourselves", "committed ourselves", "committed themselves", "recommits", "recommit", "recommits itself"]),
    // "The Assembly, adopting six resolutions, also took up its reform, committing to
    // enhancing its role": a press lead's participle of the body's own commitment.
    verb(Decides, &["committing to"]),
    // "We ... are committed to implementing ...", "stressed that the Growers are committed
    // to plant ...": the speakers' (the subject's) own commitment to an act, as "we commit
    // to" is (not to a thing: "are committed to the Charter" is a view; the builder checks).
    verb(Decides, &["are committed", "are fully committed", "are firmly committed"]),
    // "Leaders committed to strengthening ...": a report's past of "commit to" (only after a
    // subject, not "remain committed to"; to an act, the builder checks).
    verb(Decides, &["committed to"]),
    // Expressions of view: clause boundaries, never mandates by themselves.
    verb(View, &["condemns", "condemned", "condemning", "strongly condemns", "strongly condemned", "condemn"]),
    verb(View, &["reaffirms", "reaffirmed", "reaffirming", "affirms", "affirmed", "reaffirm", "affirm"]),
    verb(View, &["reiterates", "reiterated", "reiterating", "renews", "renewed"]),
    // "Summit agreed on the need for X to ...": a stated need, read as "expressed the need".
    verb(View, &["agreed on", "agrees on"]),
    // "It said there was a pressing need for X to ...": a report's stated need, read as
    // "stressed the need" is.
    verb(View, &["said there is", "said there was", "said that there is", "said that there was", "says there is", "says that there is"]),
    verb(View, &["expresses", "expressed", "expressing", "express"]),
    verb(Commends, &["welcomes", "welcomed", "welcoming", "welcome"]),
    verb(Commends, &["commends", "commended", "commending", "commend", "praises", "praised", "lauds", "lauded", "salutes", "saluted"]),
    verb(View, &["takes note", "took note", "taking note", "notes", "noted"]),
    verb(View, &["regrets", "regretted", "deplores", "deplored", "denounces", "denounced", "rejects", "rejected"]),
    verb(View, &["emphasizes", "emphasized", "emphasises", "emphasised", "emphasizing"]),
    verb(View, &["stresses", "stressed", "stressing", "underlines", "underlined", "underscores", "underscored", "highlights", "highlighted"]),
    verb(Commends, &["appreciates", "appreciated", "accepts", "accepted", "accepting"]),
    verb(View, &["acknowledges", "acknowledged", "recognizes", "recognized", "recognises", "recognised"]),
    verb(View, &["declares", "declared", "supports", "supported", "endorses", "endorsed", "approves", "approved", "adopts"]),
    verb(View, &["believes", "believed", "considers", "considered", "pledges", "pledged"]),
    // "Recalls that X shall ...": what it recalls reports an earlier text.
    verb(View, &["recalls", "recalled"]),
    // Preambular participles: the paragraphs they open are context.
    verb(Preamble, &[
        "recalling", "noting", "having considered", "having examined", "having heard", "having reviewed",
        "bearing in mind", "mindful", "guided by", "recognizing", "recognising", "reaffirming",
        "deeply concerned", "concerned", "gravely concerned", "alarmed", "deeply alarmed",
        "acknowledging", "affirming", "emphasizing", "stressing", "considering", "convinced",
        "aware", "cognizant", "determined", "taking into account", "taking into consideration",
        "welcoming", "expressing", "reiterating", "underlining", "highlighting", "believing",
        "desirous", "deploring", "condemning", "appreciating", "commending", "inspired by",
        "proceeding from", "in light of", "guided", "emphasising", "observing", "regretting",
        // "Underscoring that the panel must act ..., the Council requested it to ...".
        "underscoring",
    ]),
];

/// Preambular forms that, inside a sentence, set off an aside ("Invites the Office, mindful
/// of the provisions of ..., to facilitate ..."): they open no clause there.
#[rustfmt::skip]
pub const ASIDE_FORMS: &[&str] = &[
    "mindful", "bearing in mind", "taking into account", "taking into consideration",
    "cognizant", "aware", "guided by", "in light of", "recalling", "noting", "recognizing",
    "recognising", "acknowledging",
];

#[rustfmt::skip]
/// Words that may sit between a subject and its verb, or before a formal paragraph's
/// verb ("Also requests", "Further invites", "the Council strongly urged").
pub const ADVERBS: &[&str] = &[
    // "The communiqué reportedly called on ...": a report's hedge between subject and verb.
    "reportedly",
    "also", "further", "furthermore", "again", "once", "strongly", "firmly", "earnestly",
    "urgently", "kindly", "additionally", "finally", "moreover", "similarly", "likewise",
    "hereby", "then", "therefore", "particularly", "especially", "repeatedly", "fully",
    "expressly", "resolutely", "vigorously", "warmly", "deeply", "sincerely", "highly",
    "respectfully", "emphatically", "unanimously", "categorically", "in", "addition",
    "lastly", "thereafter", "subsequently", "equally", "consequently", "accordingly",
    "has", "have", "had", "duly", "formally", "specifically", "explicitly", "collectively",
    // "They have since urged Member States to ...", "Leaders of the GCC Tuesday reiterated
    // ...": a report's time words.
    "since", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "today", "yesterday",
    // "The Heads of State however charged the President ...": a report's contrast adverbs.
    "however", "nonetheless", "nevertheless", "meanwhile",
];

#[rustfmt::skip]
/// The last word before a verb that marks it as the main verb of a new clause: a subject
/// ("the Council requested", "It also called on") or a conjunction.
pub const SUBJECT_WORDS: &[&str] = &[
    "council", "conference", "assembly", "ministers", "meeting", "committee", "summit",
    "session", "participants", "leaders", "commission", "board", "organization",
    "organisation", "it", "they", "we", "and", "but", "body", "forum", "states", "bureau",
    "secretariat", "heads", "delegates", "cfm", "parties", "members", "communique",
    // "the 15-member organ requested ...", "the UN nuclear watchdog has called on ...":
    // press names for a body.
    "organ", "watchdog",
    "communiqué", "declaration", "resolution", "statement", "text", "document", "decision",
];

/// Nouns a news page uses, after "the" and at most an organisation's name, for the
/// official whose statement it reports ("The official urged ...").
pub const HOLDER_NOUNS: &[&str] = &["official", "chief"];

/// Participles that tell where a meeting or its text took place or came out ("The
/// communique, issued in Accra called on ..."), set off after a subject by a comma.
pub const PLACE_PARTICIPLES: &[&str] = &[
    "held",
    "issued",
    "adopted",
    "released",
    "convened",
    "signed",
    "published",
];

/// What a member records of its own dissent ("Ruritania reiterated its objection to ...,
/// and called for ..."): the call after it is the member's.
pub const DISSENT_NOUNS: &[&str] = &["objection", "objections", "reservation", "reservations"];

/// "in that regard", "in this connection" before a verb: a link to the clause before, as an
/// adverb is ("..., and in that regard encourages the administering Power to ...").
pub const LINK_NOUNS: &[&str] = &["regard", "connection", "respect", "context", "spirit"];

/// A word right before a verb that makes it part of a relative clause (not a request of
/// this text): "the resolution which requests ...", "in which it called on ...".
pub const RELATIVE_WORDS: &[&str] = &["which", "that", "who", "whereby", "where", "whom"];

#[rustfmt::skip]
/// Words whose own "to" follows them, so it does not open the action: "Member States
/// wishing to host future meetings to submit their offers".
pub const TO_TAKERS: &[&str] = &[
    "wishing", "intending", "planning", "willing", "able", "seeking", "ready", "prepared",
    "eager", "wanting", "desiring",
];

#[rustfmt::skip]
/// Endings of words a line break may cut off ("Commis-" + "sion", "Decem-" + "ber"): a short
/// lower-case piece after a line-end hyphen that ends like one is the rest of the word.
/// "-ing" is left out: "decision-making", "peace-building" are compounds.
pub const WORD_ENDINGS: &[&str] = &[
    "tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence", "ences",
    "ity", "ities", "ber", "bers", "ters", "ary", "ture", "ical", "ional", "ness", "ous",
    "ible", "able", "ize", "ise", "ized", "ised", "ate", "ated", "tive", "tives",
    // French: "Secré-" + "taire", "humani-" + "taires".
    "aire", "aires",
];

/// Gatherings one is invited to attend ("were invited to the summit").
pub const GATHERINGS: &[&str] = &[
    "summit",
    "meeting",
    "session",
    "conference",
    "ceremony",
    "talks",
    "event",
    "forum",
    "consultations",
    "dinner",
    "retreat",
];

/// Acts a body demands an end to ("demands that all attacks cease"): who is to stop them is
/// not the subject.
pub const CEASING_ACTS: &[&str] = &[
    "acts",
    "attacks",
    "violence",
    "hostilities",
    "fighting",
    "violations",
    "killings",
    "abuses",
    "shelling",
    "incursions",
    "bombardments",
    "bombing",
    "raids",
];

/// Verbs by which acts stop ("cease", "be halted").
pub const CEASE_VERBS: &[&str] = &[
    "cease",
    "stop",
    "end",
    "halt",
    "be halted",
    "be stopped",
    "be ended",
    "come to an end",
];

/// What runs for a time: "decides that the mandate of X will extend until D" asks no one.
pub const TERM_NOUNS: &[&str] = &["mandate", "term", "term of office", "period", "duration"];

/// A decision verb in a resolution's present tense (a communiqué reports "decided").
pub const PRESENT_DECIDES: &[&str] = &["decides", "resolves"];

/// What a body commends of others before it asks "them" to go on ("commends the efforts of
/// the Envoy, encourages them to ...").
pub const EFFORT_NOUNS: &[&str] = &[
    "efforts",
    "work",
    "role",
    "contribution",
    "contributions",
    "commitment",
];

/// Words that stand for actors before a post-placed "concerned" ("Member States and others
/// concerned", "the parties and all concerned").
pub const CONCERNED_PRONOUNS: &[&str] = &["others", "all", "those"];

/// Adverbs that may follow an operative verb before its actor ("Requests further the
/// Independent Expert to ...").
pub const VERB_ADVERBS: &[&str] = &[
    // "Requests in this regard the Secretary-General to ...": a link, as before the verb.
    "in this regard",
    "in that regard",
    "in this connection",
    "in that connection",
    "in this respect",
    "in that respect",
    "once again",
    "further",
    "also",
    "again",
    "moreover",
    "furthermore",
    "strongly",
];

/// A plan of action's column headers: what is to be done, who does it, by when.
pub const GRID_ACTION_HEADERS: &[&str] = &[
    "action",
    "activit",
    "measure",
    "task",
    "recommendation",
    "output",
];
pub const GRID_ACTOR_HEADERS: &[&str] = &[
    "responsib",
    "lead",
    "actor",
    "implementing",
    "who",
    "entity",
    "focal point",
    "agency",
];
pub const GRID_DUE_HEADERS: &[&str] = &[
    "timeframe",
    "time frame",
    "timeline",
    "deadline",
    "target date",
    "by when",
    "date",
];

/// Nouns whose "to" takes a noun, so it does not open the action: "the Special Rapporteur
/// on the right to education to ...", "States with access to the sea to ...".
pub const NOUNS_WITH_TO: &[&str] = &[
    "right",
    "rights",
    "access",
    "threat",
    "threats",
    "contribution",
    "contributions",
    "assistance",
    "commitment",
    "commitments",
];

/// Passive auxiliaries: "Member States are invited to ..." asks the subject.
pub const PASSIVE_AUX: &[&str] = &["is", "are", "was", "were", "be", "been"];

#[rustfmt::skip]
/// Words after "to" that show it is not an infinitive ("calls for an end to the ...").
pub const NOT_INFINITIVE: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "all",
    "each", "every", "any", "such", "our", "which", "whom", "date", "what", "both", "other",
    "be",
];

/// Adjectives of conduct after "to be": "urged the voters to be peaceful" asks a way to act.
pub const CONDUCT_ADJECTIVES: &[&str] = &[
    "calm",
    "peaceful",
    "vigilant",
    "restrained",
    "patient",
    "tolerant",
];

#[rustfmt::skip]
/// Comma-enclosed phrases inside an actor that qualify how it acts, not who acts:
/// "the Secretary-General, in consultation with Member States, to ...".
pub const QUALIFIER_STARTS: &[&str] = &[
    "in", "as", "within", "where", "through", "including", "inter", "on", "with", "when", "if",
    // "the parties, should the talks stall, to ...": a condition, set off.
    "should", "unless",
    "acting", "working", "together", "jointly", "via", "under", "for", "among", "amongst",
    "pursuant", "upon", "at", "once", "whenever", "subject", "drawing", "using", "also",
    "based", "located", "headquartered", "represented", "established", "hosted", "chaired",
    // "the Team, appointed by the Chair under ..., to ...": who named it.
    "appointed", "nominated",
    // Asides (see `ASIDE_FORMS`): "the Office, mindful of the provisions ..., to ...".
    "mindful", "bearing", "taking", "cognizant", "aware", "guided", "recalling", "noting",
    "recognizing", "recognising", "acknowledging",
    // "All States, especially those where fugitives are at large, to ...": who among them.
    "especially", "particularly", "notably",
    // "All States, pending the total elimination of ..., to ...", "X, while taking note of
    // ..., to ...": when or how, not who.
    "pending", "while", "whilst",
    // "States, consistent with their obligations, to ...", "X, as applicable, to ...".
    "consistent", "according",
    // "the Council of Europe, along with its Commissioner, ...": who goes along, not asked.
    "along",
];

/// "attended by ministers and invited guests": nouns an adjectival "invited" names, people
/// asked to attend, not a verb asking anyone.
pub const GUEST_NOUNS: &[&str] = &["guests", "guest", "dignitaries", "personalities"];

#[rustfmt::skip]
/// People whose calls a news text tells besides the body's ("Human rights groups have called
/// on ...", "Thousands of protesters called for ..."): the subject's last words.
pub const OTHER_PARTIES: &[&str] = &[
    "protesters", "protestors", "demonstrators", "activists", "campaigners", "critics",
    "rights groups", "rights organisations", "rights organizations", "residents", "students",
    "trade unions", "lawmakers", "opposition", "opposition parties", "opposition leaders",
    "opposition groups", "rebels", "the crowd", "crowds",
];

#[rustfmt::skip]
/// Nouns naming one speaker: a sentence whose subject is one reports what that speaker
/// said or asked, not what the body decided ("The representative of X encouraged ...").
pub const SPEAKER_NOUNS: &[&str] = &[
    "representative", "delegate", "spokesperson", "spokesman", "spokeswoman", "speaker",
    "ambassador", "panellist", "panelist", "delegation", "minister", "observer",
];

/// A body's members as a report names them when they decide or agree together ("The
/// Ministers decided to ..."): the decision is keyed as the text names them, a qualifier
/// before the title kept ("Foreign Ministers"). Not "leaders": "G-9 leaders agreed to"
/// is the group's own decision, named by the group.
pub const MEMBER_TITLES: &[&str] = &["ministers"];

#[rustfmt::skip]
/// One office-holder's title: a decision whose subject is such a title with the holder's
/// name in apposition ("the Chair of the X Committee, King Y, has decided to ...") is that
/// person's own, news the meeting heard, not the body's.
pub const OFFICE_HOLDER_TITLES: &[&str] = &[
    "chair", "chairman", "chairperson", "chairwoman", "president", "king", "emir", "sultan",
    "prime minister", "secretary-general", "secretary general",
];

/// Words that may stand between a body's name and its verb in a report's opening
/// sentence ("The General Assembly today adopted ...").
pub const OPENING_ADVERBS: &[&str] = &[
    "today",
    "yesterday",
    "also",
    "formally",
    "successfully",
    "this morning",
    "this afternoon",
    "this evening",
];

/// Request verbs whose past form, straight before an infinitive, reads as a summary's
/// passive with its auxiliary dropped ("The Board requested to report by June").
pub const HEADLINE_PASSIVE_VERBS: &[&str] = &[
    "requested",
    "urged",
    "invited",
    "encouraged",
    "called",
    "asked",
];

#[rustfmt::skip]
/// Singular nouns naming a ruling or armed group, which a nationality before them makes an
/// actor ("that the Valley military step aside"): the name's head, not the clause's verb.
pub const GROUP_HEADS: &[&str] = &[
    "military", "army", "junta", "regime", "police", "opposition", "leadership",
    "administration",
];

/// A page's social-media line opens so ("Follow #EUCO", "Share on Facebook", "Tweet
/// this"): page furniture, no part of the text.
pub const SOCIAL_OPENERS: &[&str] = &["Follow", "Share", "Tweet"];

#[rustfmt::skip]
/// Singular nouns of a body that a ruling group's noun before them names ("the military
/// council", "the army command"): the name's head, never the clause's verb.
pub const GROUP_BODY_HEADS: &[&str] = &[
    "council", "committee", "commission", "government", "command", "cabinet", "authority",
    "leadership", "junta",
];

#[rustfmt::skip]
/// Nouns that end a phrase naming who acts ("Member States", "the private sector").
pub const ACTOR_HEADS: &[&str] = &[
    "states", "state", "countries", "country", "governments", "government", "organizations",
    "organization", "organisations", "organisation", "secretary-general", "secretariat",
    "delegation", "delegations", "authorities", "authority", "community", "communities",
    "society", "sector", "agencies", "agency", "institutions", "institution", "bodies", "body",
    "parties", "party", "sides", "partners", "donors", "bank", "banks", "fund", "funds", "office",
    "offices", "centre", "centres", "center", "centers", "commissioner", "rapporteur",
    "rapporteurs", "committee", "committees", "commission", "council", "councils", "union",
    "league", "assembly", "board", "forum", "group", "groups", "president", "chair",
    "chairman", "chairperson", "director-general", "director", "envoy", "envoys",
    "representative", "representatives", "programme", "programmes", "program", "members",
    "ministers", "ministries", "ministry", "parliaments", "parliament", "academia", "media",
    "platforms", "providers", "companies", "mechanisms", "mechanism", "observers", "bureau",
    "system", "entities", "entity", "leaders", "scholars", "universities", "network",
    "networks", "institute", "academy", "team", "mission", "missions", "summit", "nations",
    "conference", "foundation", "chamber", "court", "tribunal", "experts", "expert",
    "secretary", "general", "observatory", "union", "services", "department", "departments",
    "personalities", "individuals", "republic", "kingdom", "force", "forces",
    // "The Commonwealth on Monday gave X ...": bodies named by such a noun.
    "commonwealth", "federation", "alliance", "coalition", "congress", "cabinet",
    "presidency", "troika", "quartet", "caucus",
 // "the Technology and Economic Assessment Panel": a panel acts as a committee does.
 "panel", "panels",
];

#[rustfmt::skip]
/// Collective nouns that share the modifiers of the first in a series: "relevant United
/// Nations agencies, funds and programmes" is one group, not four.
pub const SHARED_HEAD_NOUNS: &[&str] = &[
    "agencies", "funds", "programmes", "programs", "bodies", "organs", "entities",
    "specialized agencies", "specialised agencies", "offices", "mechanisms",
];

/// Posts held by one person, after which a bare name set off by commas is the holder's:
/// "the commander of the Guard, Ivo Brand, ...".
pub const POST_NOUNS: &[&str] = &[
    "commander",
    "chairperson",
    "chairman",
    "chair",
    "president",
    "leader",
    "chief",
    "head",
    "minister",
    "envoy",
    "representative",
    "coordinator",
    "mediator",
    "facilitator",
];

/// Actor nouns naming one person: their "on ..." complement is a topic, not part of the
/// name ("the report of the Secretary-General on orchards").
pub const PERSON_HEADS: &[&str] = &[
    "secretary-general",
    "president",
    "chair",
    "chairman",
    "chairperson",
    "director-general",
    "commissioner",
    "envoy",
];

/// Posts held by one person whose "on ..." complement is part of the post's name ("the
/// Special Rapporteur on the right to food"): "him" or "her" may stand for them.
pub const MANDATE_HOLDER_HEADS: &[&str] = &[
    "rapporteur",
    "expert",
    "representative",
    "adviser",
    "advisor",
    "mediator",
    "coordinator",
    "prosecutor",
    "registrar",
    "administrator",
    "ombudsperson",
    "ombudsman",
];

/// Nouns of an institution a call may name as where its act is done ("a seed bank at the
/// University for Peace"): it does the act. Meetings and places are not among them.
pub const INSTITUTION_HEADS: &[&str] = &[
    "university",
    "institute",
    "centre",
    "center",
    "academy",
    "court",
    "tribunal",
    "bank",
    "fund",
    "office",
    "secretariat",
    "organization",
    "organisation",
    "agency",
    "library",
    "museum",
    "college",
    "foundation",
    "observatory",
    "programme",
    "commission",
];

/// Nouns of saying or holding whose that-clause is another's words ("the recommendation of
/// the Board that States should ..."): a modal there asks nothing of the text's own.
#[rustfmt::skip]
pub const CONTENT_NOUNS: &[&str] = &[
    "recommendation", "recommendations", "view", "views", "proposal", "proposals",
    "suggestion", "suggestions", "conclusion", "conclusions", "understanding", "belief",
    "opinion", "position", "finding", "findings", "observation", "observations",
    "assessment", "expectation", "hope",
];

/// Nouns that "those bodies", "both organs" use for actors named before.
pub const BODY_NOUNS: &[&str] = &[
    "bodies",
    "entities",
    "organs",
    "organizations",
    "organisations",
    "institutions",
    "mechanisms",
    "offices",
];

/// Names that end as adjectives do ("Cambodia and Senegal" are two countries).
pub const NAMES_LIKE_ADJECTIVES: &[&str] = &["senegal", "nepal", "portugal", "hungary", "bengal"];

/// Word endings that mark an adjective, not a name ("the Islamic Educational, Scientific
/// and Cultural Organization" is one actor, not three).
pub const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "ive", "ous", "ary", "ical"];

#[rustfmt::skip]
/// "the authorities" with no country named: resolved to the countries the sentence names.
pub const BARE_AUTHORITIES: &[&str] = &[
    "authorities", "relevant authorities", "authorities concerned", "competent authorities",
    "concerned authorities", "national authorities", "respective authorities",
];

#[rustfmt::skip]
/// Ways to name the member states of the organisation that adopted the text, rewritten as
/// "{ORG} member states" when the text names its organisation (`{org}` stands for it).
pub const MEMBER_STATE_ALIASES: &[&str] = &[
    "member states", "member countries", "{org} states", "{org} countries",
    "{org} member countries", "{org} member states", "member states of {org}",
    "member states of the {org}", "islamic countries", "muslim countries",
    "member states of the organization", "member states of the organisation",
];

/// Other actor names that have one usual form: (as written, canonical). `{org}` stands
/// for the organisation's acronym; entries that use it apply only when one is known.
pub const ACTOR_ALIASES: &[(&str, &str)] = &[
    ("general secretariat", "{org} General Secretariat"),
    (
        "secretary-general of the united nations",
        "UN Secretary-General",
    ),
    ("united nations secretary-general", "UN Secretary-General"),
    ("un secretary general", "UN Secretary-General"),
    ("secretary general", "Secretary-General"),
];

/// Phrases inside an actor's name that have a usual form: "the Governments of the States
/// Members of the United Nations" are "Governments of Member States". (as written, usual)
pub const NAME_PART_ALIASES: &[(&str, &str)] = &[
    ("the states members of the united nations", "Member States"),
    ("states members of the united nations", "Member States"),
    ("member states of the united nations", "Member States"),
];

/// Words that may open a second addressee of one verb: "Urges all States not parties to
/// accede ..., and all States parties to promote ...".
#[rustfmt::skip]
pub const ADDRESSEE_DETERMINERS: &[&str] = &[
    "the", "all", "other", "relevant", "those", "interested", "concerned", "each", "every",
];

/// Words before a colon that make the items after it examples of a whole request, not
/// requests of their own: "Requests the Bureau to review its work, including by
/// considering:" + "(a) Establishing a ceiling ...".
#[rustfmt::skip]
pub const ILLUSTRATING_WORDS: &[&str] = &[
    "including", "in particular", "inter alia", "such as", "notably", "especially",
    "for example", "for instance",
];

/// What a paragraph may quote after "the following ...:": another instrument's text, which
/// asks nothing of this resolution's actors ("Decides to approve the following amendment
/// to the statute:" + "4. The Tribunal shall ...").
#[rustfmt::skip]
pub const QUOTED_NOUNS: &[&str] = &[
    "amendment", "amendments", "text", "texts", "article", "articles", "statute", "rules",
    "rule", "provision", "provisions", "terms of reference", "declaration", "wording",
    "paragraph", "paragraphs", "regulation", "regulations",
    // "Recommends that the Conference adopt a decision along the following lines:" + "1.
    // Decides that all Parties should ...": the draft decision recommended, quoted.
    "lines",
];

/// Groups of states that an unaddressed call falls to when its clause names one.
pub const STATE_GROUP_NOUNS: &[&str] = &["states", "countries", "governments"];

#[rustfmt::skip]
/// Words that may qualify a group of states ("all States", "OIC member states").
pub const STATE_GROUP_MODIFIERS: &[&str] = &[
    "all", "member", "islamic", "muslim", "arab", "african", "european", "asian",
    "concerned", "interested", "donor", "neighbouring", "neighboring", "relevant",
];

#[rustfmt::skip]
/// Words before "countries" / "States" that name a kind of country, not who is asked:
/// "increased support to developing countries" asks nobody of them.
pub const STATE_KIND_WORDS: &[&str] = &[
    "developing", "developed", "least", "landlocked", "low-income", "middle-income",
    "poorest", "vulnerable", "affected", "small", "island",
];

#[rustfmt::skip]
/// Verbs after "Decides to" that ask another actor: "Decides to authorize the Mission to
/// use all necessary means" asks the Mission.
pub const DECIDES_TO_ASK: &[&str] = &[
    "authorize", "authorise", "request", "mandate", "entrust", "task", "call upon",
    "call on", "invite", "urge", "encourage", "direct", "instruct",
];

#[rustfmt::skip]
/// Plural nouns that name what a call asks for, never who acts: "Calls for efforts to ...".
pub const ACTION_NOUNS: &[&str] = &[
    "efforts", "measures", "steps", "actions", "initiatives", "activities", "means",
    "negotiations", "talks", "consultations", "arrangements", "modalities", "resources",
    "funds", "investments", "policies",
];

/// Plural titles that name one actor per place after them: "the Governments of Sudan and
/// South Sudan" are the Government of Sudan and the Government of South Sudan.
pub const PLURAL_TITLES: [(&str, &str); 3] = [
    ("governments", "Government"),
    ("presidents", "President"),
    ("parliaments", "Parliament"),
];

#[rustfmt::skip]
/// What a request asks of someone named after "from" / "of": "invites further comments
/// from Member States", "recommends the participation of the Board".
pub const ASKED_FROM: &[&str] = &[
    "comments", "views", "observations", "proposals", "submissions", "inputs", "input",
    "participation", "involvement", "engagement",
];

#[rustfmt::skip]
/// Words that never open a bare infinitive after an addressee ("requests the parties
/// update ..." opens one; "requests the parties concerned ..." does not).
pub const NOT_BARE_VERBS: &[&str] = &[
    "of", "in", "on", "to", "and", "or", "for", "with", "by", "from", "at", "as", "that",
    "which", "who", "whose", "under", "within", "including", "not", "also", "further",
    "present", "alike", "thereto", "therein", "concerned", "members", "member",
];

#[rustfmt::skip]
/// Nouns that name an action, never who acts, when they open a phrase before "to": "(a)
/// Promotion of orchards to feed the region".
pub const NOMINAL_HEADS: &[&str] = &[
    "promotion", "implementation", "protection", "establishment", "development",
    "strengthening", "provision", "enhancement", "creation", "adoption", "improvement",
    "expansion", "facilitation", "mobilization", "mobilisation", "cooperation",
    "co-operation", "coordination", "collaboration", "consideration", "continuation",
    "elaboration", "preparation", "completion", "conclusion", "integration",
    "resumption", "deployment", "holding", "enhancing", "extension", "fulfilment",
    "fulfillment", "use", "efforts", "effort", "support", "investments", "investment",
    "capacity-building", "convening", "delivery", "scaling-up", "intensification",
    // "recommended adherence to the principles", "called for compliance with ...".
    "adherence", "compliance",
    "scaling", "progress", "sharing", "vigilance", "endorsement", "initiative", "approach",
    "review", "updating", "dissemination", "engagement", "working", "release", "cessation",
    "withdrawal", "halt",
    // "urging continued international attention to ..., as well as intensified measures".
    "attention", "measures",
];

/// Nouns ending in "-ly" that can close an addressee ("the family", "the assembly").
pub const NOUNS_IN_LY: &[&str] = &[
    "family", "assembly", "supply", "monopoly", "anomaly", "homily", "rally", "belly",
];

/// Words that never open an actor's name: "In", "On tasks", "During the renewal ...",
/// "As of 15 April", "Using good offices" are what a mis-split left.
pub const STRAY_OPENERS: &[&str] = &[
    "in",
    "on",
    "during",
    "as",
    "using",
    "with",
    "at",
    "from",
    "under",
    "regarding",
    "concerning",
    "into",
    "upon",
    "within",
    "without",
    "towards",
    "toward",
    "reminds",
    "no.",
];

/// Words that open an item naming a thing, not an action: "(a) Further efforts ...", "(b)
/// The reduction of ...".
pub const NOMINAL_ITEM_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "further",
    "increased",
    "greater",
    "enhanced",
    "concrete",
    "more",
    "full",
    "continued",
];

/// Nouns of a rule, never of who acts: "Decides that the measures in paragraph 12 shall
/// not prevent ...", "that the provisions of ... shall ...".
pub const RULE_NOUNS: &[&str] = &[
    "measures",
    "provisions",
    "paragraph",
    "paragraphs",
    "restrictions",
    "exemptions",
    "prohibitions",
    "prohibition",
    "requirements",
    "obligations",
    "regime",
    "embargo",
];

/// Singular subjunctives a recommendation or request asks of a named body ("Recommande
/// que le Conseil économique et social approuve ...", "Demande que la Commission
/// examine ...").
#[rustfmt::skip]
pub const FR_SUBJUNCTIVE_ACTS: &[&str] = &[
    "approuve", "adopte", "examine", "proclame", "prenne", "fasse", "soumette", "établisse",
    "crée", "inscrive", "convoque", "organise", "poursuive", "veille", "envisage", "tienne",
    "présente", "élabore", "prépare", "mette", "fournisse", "assure", "continue", "étudie",
];

/// Roles a State holds, named before the State in apposition ("à la Puissance occupante,
/// Israël, de ..."): the State is the one asked.
pub const FR_ROLE_NOUNS: &[&str] = &["puissance occupante", "puissance administrante"];

/// Places an actor noun belongs to: "the States of the region", "the countries of the
/// subregion" (a name that ends there is whole: "... and the African Union" is another).
pub const REGION_NOUNS: &[&str] = &["region", "subregion", "sub-region", "area", "continent"];

/// Collective nouns two names before them share: "the A and B communities".
pub const COLLECTIVE_NOUNS: &[&str] = &["communities", "peoples", "tribes", "populations"];

/// Lowercase collectives that act, though no actor noun ends them: "industry".
pub const LOWERCASE_ACTORS: &[&str] = &[
    "industry",
    "business",
    "the private sector",
    "private sector",
];

/// Participles of doing between an action's noun and its "by": "the approach pursued by X".
pub const DOING_PARTICIPLES: &[&str] = &[
    "pursued",
    "undertaken",
    "made",
    "taken",
    "carried",
    "out",
    "provided",
];

/// Words that end a phrase's head: "greater cooperation with ...", "efforts at all levels".
pub const HEAD_ENDERS: &[&str] = &[
    "as",
    "of",
    "for",
    "to",
    "between",
    "among",
    "amongst",
    "with",
    "in",
    "on",
    "by",
    "at",
    "from",
    "towards",
    "toward",
    "through",
    "within",
    "under",
    "including",
];

#[rustfmt::skip]
/// Nouns whose "of X" names who acts: "Calls for the full cooperation of all parties with
/// the Mission" asks all parties.
pub const AGENT_OF_NOUNS: &[&str] = &[
    "cooperation", "co-operation", "participation", "engagement", "efforts", "commitment",
    "involvement", "collaboration",
];

#[rustfmt::skip]
/// Things planned or drawn up, whose passive infinitive after them ("a calendar to be
/// recommended by the Board", "the list to be proposed by X") tells what is to be done with
/// them, no request of the body's.
pub const PLANNED_THINGS: &[&str] = &[
    "timetable", "schedule", "calendar", "programme", "program", "plan", "list", "date",
    "dates", "format", "procedure", "procedures", "modalities", "guidelines", "agenda",
    "budget", "candidates", "measures", "amendments", "text", "draft",
];

/// Nouns of leaving, whose "of" names who leaves: "demands the withdrawal of all Westland
/// troops" asks the troops (one leaves; nobody else withdraws them), unlike "the evacuation
/// of herders", whose "of" names those moved.
pub const MOVER_OF_NOUNS: &[&str] = &["withdrawal", "departure", "pull-out", "pullout", "retreat"];

#[rustfmt::skip]
/// Nouns of an action whose doer "by" or "from" names right after them: "efforts by all
/// relevant stakeholders", "greater vigilance from seed banks" (with the action nouns and
/// the nouns of acting together above and below).
pub const DOER_BY_NOUNS: &[&str] = &[
    "vigilance", "care", "attention", "contributions", "contribution", "endorsement",
    "action", "commitments", "leadership", "work", "progress", "assistance", "sharing",
    "initiative", "initiatives", "approach",
];

/// Prepositions that end a list of doers when they follow an actor's noun: "farmer
/// organizations in the fair", "the Seed Council on pests", "the Board with the Commission".
pub const DOERS_END_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "with",
    "for",
    "at",
    "towards",
    "toward",
    "regarding",
    "concerning",
    "within",
    "through",
];

/// Nouns of stopping an act: "calls for a halt to the raids of X against Y" asks X.
pub const STOP_NOUNS: &[&str] = &["cessation", "halt", "end", "stop", "stopping", "ending"];

/// "the urgent need for concerted efforts to avoid ...", "the need for swift action to
/// curb ...": acts needed, their purpose after "to", that name nobody to take them.
pub const NEEDED_ACTS: &[&str] = &["efforts", "action", "actions", "measures", "steps"];

/// Nouns of acting together: "calls for cooperation between X and Y" asks X and Y.
pub const BETWEEN_NOUNS: &[&str] = &[
    "cooperation",
    "co-operation",
    "coordination",
    "dialogue",
    "collaboration",
    "partnership",
    "talks",
    "negotiations",
    "consultations",
    // "called for more trust among parties, voters and ...".
    "trust",
    "confidence",
];

/// Who an unaddressed call falls to when its clause names nobody.
pub const DEFAULT_ACTOR: &str = "All States";

#[rustfmt::skip]
/// "Stresses the need for X to ...": the nouns that turn a view into a request.
pub const NEED_NOUNS: &[&str] = &[
    "need", "necessity", "urgent need", "pressing need",
];

/// The views whose "the need for X to ..." is a request in a formal text with numbered
/// paragraphs; there "Emphasizes / Underlines / Reiterates / Recognizes the need for ..."
/// is a view (but see [`COMMUNIQUE_NEED_VERBS`]). A narrative text's "emphasized the necessity of X's ..." still asks X.
pub const NEED_REQUEST_VERBS: &[&str] = &["stresses", "stressed", "stressing"];

/// "Emphasizes / Underscores the need for X to ...": in a numbered text that opens as a
/// communiqué, the same request as "Stresses the need for X to ..." (a bare "the need for
/// <outcome>" stays a view); a resolution states a view with them.
pub const COMMUNIQUE_NEED_VERBS: &[&str] =
    &["emphasizes", "emphasises", "underscores", "underlines"];

#[rustfmt::skip]
/// Things an "Invites ..." may ask for with nobody named: "Invites voluntary contributions
/// to the fund" is a call to all, not a request of "voluntary contributions".
pub const ASKED_THINGS: &[&str] = &[
    "contributions", "contribution", "donations", "proposals", "nominations", "submissions",
    "applications", "comments", "views", "offers", "pledges", "support", "resources",
];

#[rustfmt::skip]
/// What makes "decides that X ..." a permission, not a mandate: "X may ...", "X shall be
/// permitted to ...".
pub const PERMISSION_WORDS: &[&str] = &[
    "may", "can", "could", "might", "shall be permitted", "be permitted", "is permitted", "are permitted",
    "shall be allowed", "be allowed", "is allowed", "are allowed", "shall have the possibility",
];

#[rustfmt::skip]
/// "Commends the decision of X to ...": concrete actions a view may name.
pub const COMMENDED_NOUNS: &[&str] = &[
    "decision", "initiative", "offer", "pledge", "commitment", "intention", "readiness",
    "willingness", "plan", "undertaking", "announcement", "invitation", "proposal",
];

/// What a delegation hands over to its holder ("Delegates to the Bureau the authority to
/// approve ..."): the holder is asked to do what follows the noun's "to".
pub const DELEGATED_NOUNS: &[&str] = &[
    "authority",
    "authorization",
    "authorisation",
    "power",
    "powers",
    "responsibility",
    "task",
    "mandate",
];

/// Verbs whose object follows "with", not "to": "entrusts the Secretariat with ...".
pub const WITH_VERBS: &[&str] = &[
    "entrusts",
    "entrusted",
    "entrusting",
    "charges",
    "charged",
    "tasks",
    "tasked",
    "tasking",
    // "Decides to entrust X with ...", "agreed to task X with ...": the base form after "to".
    "entrust",
    "task",
];

/// Verbs that take an action as their object when no actor is named: "urged the
/// implementation of ..." is a request; "directed at ..." is not.
pub const NOMINAL_OBJECT_VERBS: &[&str] = &[
    "urges",
    "urged",
    "urging",
    "requests",
    "requested",
    "requesting",
    "recommends",
    "recommended",
    "recommending",
    "demands",
    "demanded",
    "demanding",
    "encourages",
    "encouraged",
    "encouraging",
    // "The League proposed the establishment of a seed bank": a thing proposed, as
    // "recommended the establishment of ..." is, not asked of anyone.
    "proposes",
    "proposed",
    "proposing",
];

/// Words after which a "that" clause's actor ends ("recommends that Member States shall").
pub const MODALS: &[&str] = &[
    "shall", "should", "must", "will", "may", "would", "can", "could",
];

/// "decides that X shall be responsible for ...": the few "be" phrases after a that-clause's
/// subject that give it a duty; any other "shall be ..." says what X is ("shall be to
/// accelerate ...", "shall be those described in ...").
/// ("shall be liable for the full costs": a duty too.)
pub const DUTY_ADJECTIVES: &[&str] = &[
    "responsible",
    "in charge",
    "tasked",
    "charged",
    "mandated",
    "liable",
];

#[rustfmt::skip]
/// Verbs that say what holds of a that-clause's subject, not what it does: "Decides that
/// the provisions of paragraph 3 shall not apply to ...", "that income from ... shall
/// accrue to the fund".
pub const STATE_VERBS: &[&str] = &[
    "apply", "accrue", "expire", "terminate", "lapse", "enter into force", "take effect",
    "remain in force", "remain in effect", "cease to apply", "cease to have effect",
    "consist", "comprise", "constitute", "form part", "be deemed", "be considered", "be construed",
];

/// Decisions that ask nothing of anyone.
pub const NON_MANDATE_DECISIONS: &[&str] = &[
    "remain seized",
    // "resolved to remain committed to keeping the market open": a standing commitment.
    "remain committed",
    "remain fully committed",
    "remain firmly committed",
    "remain actively seized",
    "keep the matter under review",
    "keep this matter under review",
    "keep the situation under review",
    "keep the issue under review",
    "keep the item on its agenda",
    "keep the matter on its agenda",
    "keep the issue on its agenda",
    "keep this item on its agenda",
    "keep the item under review",
    "remain closely seized",
    "remain fully seized",
    "remain engaged",
    "continue its consideration",
    "continue consideration",
    "remain in session",
    "adjourn",
];

#[rustfmt::skip]
/// Words that introduce a deadline on a day, month or year.
pub const BY_WORDS: &[&str] = &["by", "no later than", "not later than", "before", "prior to", "on or before"];

/// "bearing in mind the deadline of 15 December 2036": a date named as a deadline is due
/// then, as "by" it is (read only right before a date, unlike [`BY_WORDS`]).
pub const DEADLINE_NOUN_WORDS: &[&str] =
    &["deadline of", "deadline on", "time limit of", "due date of"];

/// "two months prior to the deadline of D", "six weeks before D": the words between a
/// span and the date it is counted back from.
pub const SPAN_BACK_WORDS: &[&str] = &["before", "prior to", "ahead of", "in advance of"];

/// Of [`BY_WORDS`], those that exclude the date: "before 15 April 2025" is due on the 14th.
pub const STRICT_BY_WORDS: &[&str] = &["before", "prior to"];

/// Prepositions that open an item saying when or how the chapeau's act is done ("(a) By 1
/// May 2037;", "(b) In an official language;"), not a task of its own.
#[rustfmt::skip]
pub const MANNER_ITEM_OPENERS: &[&str] = &[
    "by", "in", "within", "before", "through", "via", "using",
];

/// Words before a past participle that make it a verb of the clause ("that the lists are
/// sent in by D", "to be submitted by D"), not a thing others sent in ("views submitted").
#[rustfmt::skip]
pub const AUXILIARY_WORDS: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "get", "gets",
    "got", "to", "not",
];

/// Words after "within N days of" that name the adoption ("of the adoption", "of its
/// adoption", "of this resolution"); any other word names another starting point.
/// Acts a span may be counted from that a text does not date: "within seven days of the
/// notification", "within a month of receipt".
/// "within two months following the reception of the notification": "reception" as
/// "receipt".
/// "within 45 days of the team's appointment": an appointment the text does not date.
pub const UNDATED_ACT_NOUNS: &[&str] = &[
    "appointment",
    "reappointment",
    "notification",
    "receipt",
    "reception",
    "request",
    "submission",
    // "within 48 hours of the implementation by X of <measures>": an act of another
    // party the text does not date.
    "implementation",
];

pub const ADOPTION_WORDS: &[&str] = &["adoption", "its", "this", "the", "present", "signature"];

/// "within 20 days of the publication of this statement": the text's own coming out, which
/// is its adoption (the nouns of that act, and of the text itself after "this").
pub const ISSUE_NOUNS: &[&str] = &["issuance", "issue", "issuing", "publication", "release"];
/// The text itself, named after "this" or "the present" in such a span.
pub const OWN_TEXT_NOUNS: &[&str] = &[
    "declaration",
    "communique",
    "communiqué",
    "statement",
    "decision",
    "resolution",
    "text",
];

/// "early July", "mid-July", "late July": the day each part of a month ends (0: its last).
pub const MONTH_PARTS: &[(&str, i8)] = &[
    ("early", 10),
    ("mid", 20),
    ("middle of", 20),
    ("late", 0),
    ("the end of", 0),
    ("end", 0),
];

/// Words that place an action within a month or year ("in December 2023").
/// Quantifiers that open no body's name: "Other texts adopted dealt with ...".
#[rustfmt::skip]
pub const NOT_BODY_OPENERS: &[&str] = &[
    "other", "some", "several", "many", "most", "these", "those", "further", "both",
];

/// One-word titles a report may call its body by: "The Authority deplores ...".
#[rustfmt::skip]
pub const SHORT_BODY_TITLES: &[&str] = &[
    "authority", "council", "commission", "assembly", "summit", "conference", "committee",
    "board",
];

/// The members a meeting's report names as its main clause's subject after a fronted
/// participle and its that-clause ("Noting that the vote is due, the Ministers urged ..."),
/// as it names the body ("..., the Council urged ...").
pub const MEMBERS_AS_SUBJECT: &[&str] = &["ministers", "leaders", "heads of state", "group"];

/// Nouns that hold a meeting as an act asked for ("recommended the convening of an
/// urgent summit", "urged the holding of a conference").
pub const CONVENING_NOUNS: &[&str] = &["convening", "holding", "convocation"];

/// A meeting or a body whose make-up a decision may set ("the forum will include ...").
#[rustfmt::skip]
pub const GATHERING_NOUNS: &[&str] = &[
    "forum", "meeting", "committee", "group", "panel", "delegation", "mission", "team",
    "conference", "summit", "commission", "board", "bureau", "membership", "composition",
];

/// Nouns that name an aim, not who acts: "The policy of X is to ...", "Its purpose is to".
#[rustfmt::skip]
pub const AIM_NOUNS: &[&str] = &[
    "policy", "aim", "purpose", "objective", "goal", "intention", "idea",
    // "NATO's greatest responsibility is to protect ...": what a body is for.
    "responsibility", "mission", "role", "priority", "ambition",
];

/// Words before "on DATE" that end a term, not set a deadline: "a period terminating on".
#[rustfmt::skip]
pub const TERM_END_WORDS: &[&str] = &[
    "terminating", "ending", "expiring", "terminates", "ends", "expires",
];

pub const IN_WORDS: &[&str] = &[
    "in",
    "during",
    "on",
    "for",
    "in the course of",
    "over the course of",
    // "to hold elections within this year": a year it is done in.
    "within",
];

#[rustfmt::skip]
/// Words right before a date that make it a past fact, not a deadline.
pub const PAST_MARKERS: &[&str] = &[
    "adopted", "held", "signed", "dated", "of", "since", "from", "occurred", "issued",
    "launched", "established", "convened", "took", "place", "entered", "concluded",
    // "the protests that began on 16 May 2038": when a happening set in, not a deadline.
    "began", "begun", "started", "erupted",
    // Not past, but no deadline either: a start ("starting in 2026") or what a year names
    // ("the programme budget for 2026").
    "starting", "beginning", "commencing", "budget", "budgets",
];

#[rustfmt::skip]
/// Phrases that make a mandate recurring without naming its period; those that name one
/// are `RECUR_PERIODS`, read by `recur.rs`.
pub const RECURRING_UNTIMED: &[(&str, &str)] = &[
    ("on a regular basis", "regularly"),
    ("periodically", "periodically"),
    ("regularly", "regularly"),
];

#[rustfmt::skip]
/// Units of "within N UNITS".
pub const SPAN_UNITS: &[(&str, SpanUnit)] = &[
    ("day", SpanUnit::Days),
    ("days", SpanUnit::Days),
    ("week", SpanUnit::Weeks),
    ("weeks", SpanUnit::Weeks),
    ("month", SpanUnit::Months),
    ("months", SpanUnit::Months),
    ("year", SpanUnit::Years),
    ("years", SpanUnit::Years),
];

/// What a body adopts, named before the participle or "which" that says what it asks
/// ("adopted a resolution asking X to ...").
pub const ADOPTED_TEXT_NOUNS: &[&str] = &[
    "resolution",
    "resolutions",
    "text",
    "texts",
    "decision",
    "statement",
    "declaration",
];

/// Verbs that say a body took a text ("adopted / approved / passed a resolution ...").
pub const ADOPTING_VERBS: &[&str] = &[
    "adopted",
    "adopting",
    "adopts",
    "approved",
    "approving",
    "approves",
    "passed",
    "passing",
    "passes",
];

/// Units of "within 20 working days": weekdays, counted from the adoption day.
pub const WORKING_DAY_UNITS: &[&str] = &[
    "working days",
    "working day",
    "business days",
    "business day",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanUnit {
    Days,
    Weeks,
    Months,
    Years,
}

#[rustfmt::skip]
/// Number words, for "within ninety days" and "its eighty-first session".
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15),
    ("eighteen", 18), ("twenty", 20), ("thirty", 30), ("forty", 40), ("forty-five", 45),
    ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ("hundred", 100), ("one hundred", 100), ("a hundred", 100), ("one hundred and twenty", 120),
    ("one hundred and eighty", 180), ("a", 1), ("an", 1),
];

#[rustfmt::skip]
/// Ordinal words: units and tens ("eighty-first" = 80 + 1).
pub const ORDINAL_UNITS: &[(&str, u32)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
    ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
];
/// Ordinals as texts misspell them ("at its twelth session", "its nineth meeting"): read
/// as the ordinal meant, alone or after a tens word ("fourty-first").
#[rustfmt::skip]
pub const ORDINAL_MISSPELLINGS: &[(&str, u32)] = &[
    ("twelth", 12), ("twelveth", 12), ("nineth", 9), ("ninteenth", 19), ("eigth", 8),
    ("eightth", 8), ("fith", 5), ("fiveth", 5), ("fourtieth", 40), ("fourty", 40),
    ("ninetheenth", 19), ("thirtheenth", 13), ("fourthteenth", 14),
];
pub const ORDINAL_TENS: &[(&str, u32)] = &[
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

#[rustfmt::skip]
/// Month names and their common abbreviations.
pub const MONTHS: &[(&str, i8)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
];

#[rustfmt::skip]
/// Abbreviations a sentence does not end at.
pub const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "res", "art", "arts", "para", "paras", "e.g", "i.e", "etc", "mr", "mrs", "ms",
    "dr", "h.e", "st", "u.n", "u.s", "inc", "vol", "p", "pp", "op", "cf", "viz", "approx",
    "h.r.h", "h.m", "sr", "jr", "prof", "amb", "gen",
    // "14.29 (Rev. CoP16)", "Rev. 1": a document's revision.
    "rev",
];

/// Where a body's name ends: "Council of the League of Arab States at the Summit level",
/// "Council of Foreign Ministers, meeting at ...".
pub const BODY_NAME_ENDS: &[&str] = &[
    " meeting ",
    " holding ",
    " at its ",
    " in its ",
    " at the ",
    " at ministerial level",
    " at summit level",
    " between ",
];

/// Bodies that belong to one organisation, for texts that name only the body.
pub const BODY_ORGS: &[(&str, &str)] = &[
    ("islamic summit", "OIC"),
    ("peace and security council", "AU"),
    ("arab summit", "LAS"),
    ("european council", "EU"),
];

/// The organs of the United Nations, as a body's name folds them.
pub const UN_ORGANS: &[&str] = &[
    "security council",
    "general assembly",
    "economic and social council",
    "human rights council",
    "trusteeship council",
];

/// Organisations whose name in a text's opening is context, not the adopting body's: UN
/// texts name "the United Nations" in headers and preambles, and their "Member States" stay
/// "Member States".
pub const CONTEXT_ONLY_ORGS: &[&str] = &["UN"];

/// Words that open a lead phrase before a report's subject ("At the invitation of X, the
/// Summit was held").
pub const LEAD_PREPOSITIONS: &[&str] = &[
    "At",
    "On",
    "In",
    "Upon",
    "Following",
    "Pursuant",
    "Further",
    "Under",
    "With",
];

/// The United Nations and its agencies: a body of theirs ("the Executive Board of UNESCO")
/// names no organisation to qualify its "Member States" with.
pub const UN_SYSTEM_ORGS: &[&str] = &[
    "UN", "UNESCO", "WHO", "FAO", "ILO", "UNICEF", "UNDP", "UNEP", "UNHCR", "UNFPA", "IAEA",
    "ICAO", "IMO", "ITU", "WIPO", "WMO", "UNIDO", "IFAD", "UPU", "ECOSOC", "UNCTAD",
];

/// Organisations a body may name in full, and the acronym actors are qualified with.
pub const ORG_NAMES: &[(&str, &str)] = &[
    ("organization of islamic cooperation", "OIC"),
    ("organisation of islamic cooperation", "OIC"),
    ("organization of the islamic conference", "OIC"),
    ("organisation of the islamic conference", "OIC"),
    ("united nations", "UN"),
    ("african union", "AU"),
    ("league of arab states", "LAS"),
    ("arab league", "LAS"),
    ("european union", "EU"),
];

/// Words that name a body's meeting, for "at its next session".
pub const SESSION_WORDS: &[&str] = &["session", "meeting", "summit", "conference", "assembly"];

/// Words that tell a meeting is still to come ("at a forthcoming meeting on 14 September").
pub const MEETING_AHEAD_WORDS: &[&str] = &[
    "forthcoming",
    "next",
    "upcoming",
    "coming",
    "planned",
    "scheduled",
];

// Lists the rules' patterns are built from (each in the order the pattern tries them).

/// Titles that name one person speaking ("said President X", "the Foreign Minister said").
pub const PERSON_TITLES: &[&str] = &[
    "president",
    "vice-president",
    "prime",
    "king",
    "queen",
    "emir",
    "sheikh",
    "prince",
    "mr",
    "mrs",
    "ms",
    "dr",
    "secretary-general",
    "chairperson",
    "chairman",
    "chair",
    "chairwoman",
];

/// A report's past speech verbs before what the body holds someone should do ("the
/// leaders said (that) X should ...").
pub const REPORTED_SAYING: &[&str] = &["said", "stated", "added"];

/// Verbs that report a quotation's speaker: "“...,” the Director-General said" (in lower
/// case only, as a report writes them after the quotation).
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "stated", "added", "noted", "told", "declared", "stressed",
];

/// The subjects a meeting's report gives the body whose decisions it reports ("Mr X said
/// the council instructed ..."): a titled speaker reporting them speaks for the body.
pub const REPORTED_BODY_NOUNS: &[&str] = &[
    "council",
    "summit",
    "meeting",
    "conference",
    "authority",
    "assembly",
    "ministers",
    "leaders",
    "heads of state",
    "heads of government",
];

/// Titles written "X-General": "Secretary General" is the Secretary-General.
pub const GENERAL_TITLES: &[&str] = &["secretary", "director"];

/// "led by X", "chaired by X": X leads the actors before it, and acts too.
pub const LEADER_VERBS: &[&str] = &["led", "headed", "chaired", "presided"];

/// "in (close) consultation with X": X is a partner of the actor, not asked itself.
#[rustfmt::skip]
pub const PARTNERSHIP_NOUNS: &[&str] = &[
    "consultation", "cooperation", "coordination", "collaboration", "partnership",
    "liaison",
];

/// "with the support of X": X helps; it is not asked.
pub const SUPPORT_NOUNS: &[&str] = &["support", "assistance"];

/// "Member States in a position to do so": who may act, said of the actor.
pub const ABLE_WORDS: &[&str] = &["in a position", "able", "willing", "ready"];

/// Adjectives for the meeting after this one: "before the next Summit".
pub const NEXT_WORDS: &[&str] = &["next", "forthcoming", "upcoming"];

/// Words before a meeting's name and date that make it a deadline: "before the Summit in
/// December 2023".
pub const BEFORE_EVENT_WORDS: &[&str] = &["before", "prior to", "ahead of", "in advance of"];

/// Words no paragraph ends on: a line ending in one goes on, whatever the next line opens
/// with ("Requests" / "the" / "Board and ..." in a justified layout).
#[rustfmt::skip]
pub const NEVER_LAST_WORDS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "to", "for", "on", "in", "by", "with", "its",
    "their", "his", "her", "from", "at", "into",
];

/// First words after "prior to the" that name a time or a step on a document, not an
/// event: "prior to the end of ...", "prior to the consideration of the item".
#[rustfmt::skip]
pub const NOT_EVENT_WORDS: &[&str] = &[
    "end", "expiry", "expiration", "beginning", "start", "date", "deadline", "year", "period",
    "adoption", "consideration", "submission", "discussion", "examination", "issuance",
    "publication", "entry",
];

/// Words between a meeting's name and its date: "the Summit scheduled for June 2025".
#[rustfmt::skip]
pub const SCHEDULED_WORDS: &[&str] = &[
    "in", "on", "scheduled for", "to be held in", "planned for", "due in",
];

/// Words before "for <year>" that make the year a deadline ("scheduled for 2037"); after
/// any other ("the budget for 2037") the year is what the thing covers.
pub const FOR_YEAR_WORDS: &[&str] = &[
    "scheduled",
    "planned",
    "set",
    "slated",
    "foreseen",
    "envisaged",
    "expected",
    "due",
];

/// Nouns that end the name of a body that meets in sessions: "the Human Rights Council".
pub const SESSION_BODY_NOUNS: &[&str] = &[
    "council",
    "commission",
    "committee",
    "assembly",
    "board",
    "conference",
    "forum",
    // French: "le Conseil des droits de l'homme à sa soixante-cinquième session".
    "conseil",
    "comité",
    "assemblée",
    "conférence",
];

/// Verbs before "in <date>" that say when an occasion falls, not when to act: "as the
/// anniversary approaches in 2037".
pub const OCCASION_VERBS: &[&str] = &["approaches", "approach", "falls", "fall", "occurs", "occur"];

/// Words before "its next session" that make the session a deadline.
#[rustfmt::skip]
pub const SESSION_DEADLINE_WORDS: &[&str] = &[
    // "for the consideration of the third meeting of X": the meeting named by "of".
    "for the consideration of", "for consideration of",
    "at", "to", "during", "by", "before", "for", "until", "agenda of",
    // "prior to its ninth session": SPEC's `before` that session.
    "prior to", "ahead of", "in advance of",
    // "convened back to back with its fourth session": the meeting it sits beside.
    "back to back with", "back-to-back with", "in conjunction with",
];

/// "at the main part of the eightieth session": the part of a session meant.
pub const SESSION_PARTS: &[&str] = &[
    "main",
    "resumed",
    "first",
    "second",
    "first resumed",
    "second resumed",
];

/// "at the opening of its next session".
/// The last word of a request whose list gives its contents, not tasks: "to submit a report
/// that includes:", "to provide information on:".
#[rustfmt::skip]
pub const CONTENT_WORDS: &[&str] = &[
    "include", "includes", "including", "contain", "contains", "containing", "covering",
    "encompass", "encompasses", "encompassing", "comprise", "comprises",
    "regarding", "concerning", "elements", "information", "topics",
];

/// A participle before "on:" that gives what a request's report or information is about
/// ("to submit information ..., particularly focusing on:" + "(a) Status and trends ..."):
/// the items are its topics, not tasks (unlike "to focus on:", an infinitive of its own).
/// "with a (particular) focus on:" reads the same.
#[rustfmt::skip]
pub const TOPIC_PARTICIPLES: &[&str] = &[
    "focusing", "focussing", "focused", "focussed", "concentrating", "centred", "centered",
];

/// Words that open a qualifier before a list item's infinitive ("In accordance with their
/// national law, to ...", "Where appropriate, to ..."), in the case written.
#[rustfmt::skip]
pub const QUALIFIER_OPENERS: &[&str] = &[
    "In accordance with", "In consultation with", "In cooperation with", "In coordination with",
    "In collaboration with", "In line with", "In keeping with", "Consistent with",
    "Where appropriate", "As appropriate", "As necessary", "Where necessary", "Within",
    "Through", "Upon request", "Upon the request", "Subject to", "Without prejudice to",
    "With the support of", "In partnership with", "In conformity with",
];

/// Words for a report, whose "on:" lists its topics ("to report on:", "a briefing on:").
#[rustfmt::skip]
pub const REPORT_WORDS: &[&str] = &[
    "report", "reports", "reporting", "information", "briefing", "briefings", "update",
    "updates", "recommendations",
];

/// Verbs of an act done for another body: a body asked "to report at its next session"
/// reports at the session of the body that asks, not at its own.
pub const SENDING_VERBS: &[&str] = &[
    // French: "de lui présenter à sa session", "de lui faire rapport": to the body asking.
    "lui",
    "présenter",
    "soumettre",
    "transmettre",
    "communiquer",
    "report",
    "submit",
    "present",
    "transmit",
    "brief",
    "inform",
    "provide",
    "send",
    "forward",
    "communicate",
];

/// Things a list under "the following ...:" names, not tasks: "abolish the following
/// posts:", "the following topics:".
pub const LISTED_THINGS: &[&str] = &[
    "posts",
    "post",
    "positions",
    "position",
    "topics",
    "themes",
    "issues",
    "subjects",
    "items",
    "questions",
    "elements",
    "principles",
    "areas",
    "members",
    "countries",
    "states",
    "experts",
    "organizations",
];

/// Verbs of telling: "to brief / update / inform it ... on the following:" lists topics.
pub const BRIEF_VERBS: &[&str] = &["brief", "update", "inform", "report", "apprise"];

/// "at the main part of its eightieth session": a part of a session is read as the session.
#[rustfmt::skip]
pub const SESSION_START_WORDS: &[&str] = &[
    "convening", "opening", "holding", "main part", "first part", "second part",
    "resumed part", "first resumed part", "second resumed part", "resumed session",
];

/// "at its upcoming next session": a word that may come before the session's rank.
pub const COMING_WORDS: &[&str] = &["upcoming", "forthcoming", "resumed"];

/// Words that make a bare year a goal's ("to achieve the Goals by 2030"), not a deadline,
/// when one is among the [`GOAL_WINDOW`] words before the year.
#[rustfmt::skip]
pub const GOAL_WORDS: &[&str] = &[
    "goal", "goals", "target", "targets", "achieve", "achieving", "achievement", "attain",
    "attaining", "attainment", "realize", "realizing", "realization", "eradicate",
    "eradicating", "eliminate", "eliminating", "vision",
];

/// How many words before a year [`GOAL_WORDS`] are looked for in.
pub const GOAL_WINDOW: usize = 8;

/// A session's rank when no number gives it: "at its next session".
pub const SESSION_ORDER_WORDS: &[&str] = &["next", "forthcoming", "upcoming", "following"];

/// Sessions named by their kind alone, with no rank: "at its organizational session for
/// 2037".
#[rustfmt::skip]
pub const NAMED_SESSION_KINDS: &[&str] = &[
    "organizational", "organisational", "substantive", "coordination",
];

/// Kinds of session: "at its next regular session".
pub const SESSION_KINDS: &[&str] = &["regular", "ordinary", "extraordinary", "annual", "plenary"];

/// Words after a meeting's name that end it: "the next Council of Foreign Ministers to ...".
pub const NAME_END_WORDS: &[&str] = &["to", "on", "in", "and", "at", "with", "for", "under", "by"];

/// Words no headline ends on, so that a title line ending on one is wrapped inside its
/// phrase and goes on in the next block: "... Sets Up Posts for" / "Five Keepers".
#[rustfmt::skip]
pub const TITLE_OPEN_ENDS: &[&str] = &[
    "a", "an", "the", "of", "for", "to", "on", "in", "and", "at", "with", "by", "from", "into",
];

/// Years counted from the adoption's, and how many years after it: "by the end of next
/// year".
#[rustfmt::skip]
pub const RELATIVE_YEARS: &[(&str, i16)] = &[
    ("next", 1), ("this", 0), ("the current", 0), ("the following", 1),
];

/// Words before a part of a year that make it a deadline: "by the first half of 2025".
#[rustfmt::skip]
pub const PERIOD_DEADLINE_WORDS: &[&str] = &[
    "by", "before", "in", "during", "until", "no later than", "not later than", "within",
];

/// A body's terms whose end a text may set an act before, without a date ("before the end
/// of the current legislature"); the longer first.
#[rustfmt::skip]
pub const TERM_WORDS: &[&str] = &[
    "legislative term", "parliamentary term", "term of office", "legislature", "legislative period",
];

/// Words before "called" that make it name a thing ("a group called Friends of X", "is
/// called Y"), not call on anyone.
#[rustfmt::skip]
pub const NAMING_CALLED_BEFORE: &[&str] = &[
    "a", "an", "the", "is", "are", "was", "were", "be", "being", "been", "body", "group",
    "organization", "organisation", "entity", "movement", "party", "coalition", "alliance",
    "initiative", "programme", "program", "project", "so", "newly",
];

/// Words that, right after "to", make it a preposition ("of concern to the continent"), not
/// an infinitive's mark.
#[rustfmt::skip]
pub const DETERMINERS_AFTER_TO: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "all", "every", "each",
];

/// Verbs whose object is people, so that items after "to <verb>:" are whom to ask or tell,
/// not tasks: "Requests X to invite:" + "(a) All Y to ...".
pub const WHOM_VERBS: &[&str] = &["invite", "inform", "notify", "consult", "contact"];

/// Words that qualify a body noun without making it another kind of actor: "subsidiary
/// bodies", "specialized agencies", "technical organs".
#[rustfmt::skip]
pub const ORGAN_ADJECTIVES: &[&str] = &[
    "subsidiary", "specialized", "specialised", "competent", "technical", "advisory",
    "auxiliary", "intergovernmental", "expert",
];

/// The seasons a text dates an act by ("in autumn 2019"), and the month each ends with (of
/// the northern year; winter, which runs over two years, is left out); and "late" ("by
/// late 2027": the year's end) and "early" ("by early 2027": the end of April, the year's
/// first third, as "early July" ends on the 10th), read only after a word of [`BY_WORDS`]:
/// "to vote in late 2030" says when the vote may be, not by when the act is due.
#[rustfmt::skip]
pub const SEASONS: &[(&str, i8)] = &[
    ("spring", 5), ("summer", 8), ("autumn", 11), ("fall", 11), ("late", 12), ("early", 4),
];

/// The verbs that open the items of a conclusions' list after its chapeau ("the European
/// Council reviewed progress ..., and:" / "invites ...;" / "calls on ...;"), in the
/// chapeau's voice and lower case: an item's first word, read as a new item where the item
/// before it lost its semicolon.
pub const LIST_ITEM_VERBS: &[&str] = &[
    "invites",
    "calls",
    "requests",
    "urges",
    "asks",
    "encourages",
    "welcomes",
    "stresses",
    "underlines",
    "expects",
    "recalls",
    "reiterates",
    "tasks",
    "decides",
    "agrees",
];

/// The halves of a year, and the month each ends with.
pub const HALVES: &[(&str, i8)] = &[("first", 6), ("second", 12)];

/// The quarters of a year, and the month each ends with.
#[rustfmt::skip]
pub const QUARTERS: &[(&str, i8)] = &[
    ("first", 3), ("second", 6), ("third", 9), ("fourth", 12), ("last", 12),
];

/// "within a period of 90 days": words between "within" and the number.
#[rustfmt::skip]
pub const WITHIN_WORDS: &[&str] = &[
    "a period of", "a period not exceeding", "not more than", "the next",
    // "within a maximum period of fifteen days": the span's upper bound is the deadline.
    "a maximum period of", "a maximum of",
];

/// "by that date": words before it that look back to a date the text gave.
pub const ANAPHORIC_BY_WORDS: &[&str] = &["by", "before", "no later than", "on"];

/// The last word of an organ's name ("The Governing Body:", "The Executive Council:"): a
/// body line with a colon heads its decisions only where it names an organ, not people.
pub const ORGAN_HEADS: &[&str] = &[
    "body",
    "council",
    "committee",
    "board",
    "assembly",
    "conference",
    "commission",
    "bureau",
    "forum",
];

/// "by that date", "before the same meeting": what such a phrase names.
pub const ANAPHORIC_NOUNS: &[&str] = &["date", "time", "day", "meeting", "session"];

/// Headings that start an annex, which is not the resolution's text.
pub const ANNEX_HEADINGS: &[&str] = &["annex", "appendix", "attachment"];

/// "Article 2": headings that number an article.
pub const ARTICLE_HEADINGS: &[&str] = &["article", "art."];

/// French ordinal adverbs that number a text's paragraphs ("Premièrement, prie ...").
pub const FR_ORDINAL_ADVERBS: &[&str] = &[
    "premièrement",
    "deuxièmement",
    "troisièmement",
    "quatrièmement",
    "cinquièmement",
    "sixièmement",
    "septièmement",
    "huitièmement",
    "neuvièmement",
    "dixièmement",
];

/// Verbs that say a body met, in a report's opening ("The Council met in Baku").
#[rustfmt::skip]
pub const MEETING_VERBS: &[&str] = &[
    "held", "met", "convened", "adopted", "concluded", "gathered", "opened", "hosted",
    "organised", "organized",
];

/// Labels of a header line's date: "Date: 2024-05-01".
pub const DATE_LABELS: &[&str] = &["date", "dated"];

/// Words before "on DATE" that date the meeting: "the session held ... on 9 May 2024".
pub const HELD_ON_WORDS: &[&str] = &["held", "met", "convened", "concluded", "meeting", "session"];

/// Words before "its ... session" that name the session that adopted the text.
pub const SESSION_INTRO_WORDS: &[&str] = &["at", "in", "during", "held", "holding", "convened"];

/// Nouns for the session that adopted the text: "at its ninth session".
pub const ADOPTING_SESSION_NOUNS: &[&str] = &["session", "meeting", "summit"];

/// "Ninth session of the Council": nouns before "of" that a body's name drops.
pub const SESSION_OF_NOUNS: &[&str] = &["session", "meeting"];

/// Days of the week, dropped before a date ("Monday, 9 May 2024").
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Words of an organisation's name before its acronym in brackets, as written (matched
/// with their capital): "Organisation of Islamic Cooperation (OIC)".
#[rustfmt::skip]
pub const ORG_NAME_WORDS: &[&str] = &[
    "Organisation", "Organization", "Union", "League", "Cooperation", "Nations",
    "Community", "Conference",
];

/// "OP3 Requests ...": the label a draft resolution gives an operative paragraph, before
/// its number (as written, in capitals).
pub const OPERATIVE_LABEL: &str = "OP";

/// "PP2 Recalling ...": the label of a preambular paragraph, which is context.
pub const PREAMBULAR_LABEL: &str = "PP";

/// Bodies whose numbered sessions open every year in a known month: the United Nations
/// General Assembly's Nth regular session opens in September of 1945 + N. Names lowercase.
pub const YEARLY_SESSIONS: &[(&str, i16, i8)] = &[
    ("general assembly", 1945, 9),
    ("assemblée générale", 1945, 9),
];

/// Other United Nations bodies that meet once a year in the same month, by the same count
/// (their sessions of 2024: the CSW's 68th, the CND's 67th, the Social Development
/// Commission's 62nd, the Population and Development Commission's 57th, the CCPCJ's 33rd,
/// the Permanent Forum's 23rd, the CSTD's 27th, the 77th World Health Assembly, the 112th
/// International Labour Conference, COPUOS's 67th, the CFS's 52nd; the General Assembly's
/// Main Committees, in its 79th). Only a session's date
/// reads them: which session a clause means reads [`YEARLY_SESSIONS`] alone.
#[rustfmt::skip]
pub const OTHER_YEARLY_SESSIONS: &[(&str, i16, i8)] = &[
    ("commission on the status of women", 1956, 3),
    ("commission on narcotic drugs", 1957, 3),
    ("commission for social development", 1962, 2),
    ("commission on population and development", 1967, 4),
    ("commission on crime prevention and criminal justice", 1991, 5),
    ("permanent forum on indigenous issues", 2001, 4),
    ("commission on science and technology for development", 1997, 4),
    ("world health assembly", 1947, 5),
    ("international labour conference", 1912, 6),
    ("committee on the peaceful uses of outer space", 1957, 6),
    ("committee on world food security", 1972, 10),
    // The General Assembly's Main Committees meet in its sessions, by its count.
    ("first committee", 1945, 9), ("second committee", 1945, 9), ("third committee", 1945, 9),
    ("fourth committee", 1945, 9), ("fifth committee", 1945, 9), ("sixth committee", 1945, 9),
];

/// French participles of a view that, coordinated after a request (", et exprimé son
/// soutien à ..."), end what the request's time is read from.
#[rustfmt::skip]
pub const FR_COORDINATED_VIEWS: &[&str] = &[
    "exprimé", "salué", "réaffirmé", "souligné", "condamné", "rappelé", "pris note",
    "réitéré", "déploré", "regretté", "félicité",
];

/// Bodies whose numbered regular sessions open three times a year, in known months: the
/// Human Rights Council's session N (from its fourth, 2007) opens in the year 2006 +
/// (N - 1) / 3, in the month of the (N - 1) % 3-th place (February, June, September).
/// Names lowercase, in English, French and Arabic.
pub const THRICE_YEARLY_SESSIONS: &[(&str, i16, [i8; 3])] = &[
    ("human rights council", 2006, [2, 6, 9]),
    ("conseil des droits de l'homme", 2006, [2, 6, 9]),
    ("conseil des droits de l’homme", 2006, [2, 6, 9]),
    ("مجلس حقوق الإنسان", 2006, [2, 6, 9]),
    ("مجلس حقوق الانسان", 2006, [2, 6, 9]),
];

// ---- French --------------------------------------------------------------------------
// A text in French is read by the rules of `fr/` with these tables. Forms lowercase.

/// French operative verbs, in the forms resolutions (present) and communiqués (past) use.
#[rustfmt::skip]
pub const FR_VERBS: &[(&str, Kind)] = &[
    ("prie", Addressed), ("a prié", Addressed), ("prient", Addressed),
    ("demande", Addressed), ("a demandé", Addressed),
    ("invite", Addressed), ("a invité", Addressed),
    ("engage", Addressed), ("a engagé", Addressed),
    ("exhorte", Addressed), ("a exhorté", Addressed),
    ("encourage", Addressed), ("a encouragé", Addressed),
    ("charge", Addressed), ("a chargé", Addressed),
    // "Cette décision mandate le Président de la Commission à poursuivre ...".
    ("mandate", Addressed), ("a mandaté", Addressed), ("mandatent", Addressed),
    ("autorise", Addressed), ("a autorisé", Addressed),
    ("recommande", Addressed), ("a recommandé", Addressed),
    // "X a proposé à Y de <faire> ...": a proposal to X asks X.
    ("propose", Addressed), ("a proposé", Addressed), ("proposé", Addressed),
    ("proposent", Addressed),
    ("demande instamment", Addressed), ("a demandé instamment", Addressed),
    // "Rappelle aux États de soumettre ...": a reminder to act (only with "à X de" and an
    // infinitive; `fr::reminded` reads it).
    ("rappelle", Addressed),
    ("décide", Decides), ("a décidé", Decides),
    // "Il a également exhorté ...": an adverb between the auxiliary and the participle.
    ("prié", Addressed), ("demandé", Addressed), ("invité", Addressed), ("engagé", Addressed),
    ("exhorté", Addressed), ("encouragé", Addressed), ("chargé", Addressed),
    ("autorisé", Addressed), ("recommandé", Addressed), ("décidé", Decides),
    // Several speak ("Les ministres invitent ...", "Ils exhortent ...").
    ("invitent", Addressed), ("demandent", Addressed), ("exhortent", Addressed),
    ("encouragent", Addressed), ("engagent", Addressed), ("chargent", Addressed),
    ("autorisent", Addressed), ("recommandent", Addressed), ("décident", Decides),
    // Regional bodies' words: "La Conférence instruit la Commission de ...", "appelle les
    // États membres à ..." (present, and past: "a instruit", "a appelé").
    ("instruit", Addressed), ("instruisent", Addressed),
    ("appelle", Addressed), ("appellent", Addressed), ("appelé", Addressed),
    // A declaration's first person plural: "Nous demandons à X de ...", "nous invitons ...".
    ("demandons", Addressed), ("invitons", Addressed), ("exhortons", Addressed),
    ("prions", Addressed), ("appelons", Addressed), ("encourageons", Addressed),
    ("exigeons", Addressed), ("chargeons", Addressed), ("décidons", Decides),
    // "Exige de X que ...", "Fait appel à X pour que ...", "en appelle à X".
    ("exige", Addressed), ("exigent", Addressed), ("exigé", Addressed),
    ("fait appel", Addressed), ("en appelle", Addressed),
    // "Lance un appel à la communauté des donateurs pour qu'elle ...", "a lancé un appel à X
    // pour que ...": the same appeal.
    ("lance un appel", Addressed), ("lancent un appel", Addressed),
    ("lancé un appel", Addressed), ("lance un nouvel appel", Addressed),
    ("lance un appel pressant", Addressed), ("lance un appel urgent", Addressed),
    ("lance un appel solennel", Addressed),
    // "– en faisant appel à l'Assemblée pour qu'elle organise ...": a gerund under a heading.
    ("en faisant appel", Addressed), ("faisant appel", Addressed),
    // "Continuant d'exiger le retour à l'ordre ..., le Conseil a ...": a demand kept up.
    ("continuant d'exiger", Addressed), ("continuant d’exiger", Addressed),
    ("continuant de demander", Addressed),
    // "requiert les parties de coopérer ...".
    ("requiert", Addressed), ("requièrent", Addressed),
    // "Suggère que les autorités concernées poursuivent ...", "suggère à X de ...".
    ("suggère", Addressed), ("suggèrent", Addressed),
    // "a interpellé les pays ... de s'exécuter": called on to act.
    ("interpelle", Addressed), ("a interpellé", Addressed), ("interpellé", Addressed),
    ("interpellent", Addressed),
    // A text's participle after a comma: "La déclaration dénonce ..., exigeant la cessation
    // de ...", "..., appelant le Conseil à ...".
    ("exigeant", Addressed), ("demandant", Addressed), ("appelant", Addressed),
    ("exhortant", Addressed), ("invitant", Addressed), ("priant", Addressed),
    ("encourageant", Addressed), ("engageant", Addressed), ("instruisant", Addressed),
    ("chargeant", Addressed),
    // A gerund after a decision or a view asks as the participle does: "..., en exhortant
    // X à ...", "... et en encourageant X à ...".
    ("en exhortant", Addressed), ("en encourageant", Addressed), ("en invitant", Addressed),
    ("en priant", Addressed), ("en engageant", Addressed), ("en chargeant", Addressed),
    ("en instruisant", Addressed), ("en demandant", Addressed), ("en appelant", Addressed),
    ("en exigeant", Addressed),
    // "s'est adressée au Comité X en lui demandant de ...": the one addressed before.
    ("en lui demandant", Addressed), ("en l'invitant", Addressed), ("en l’invitant", Addressed),
    ("en l'exhortant", Addressed), ("en l’exhortant", Addressed),
    // "a, à son tour, suspendu le Mali de ...": a suspension told as done.
    ("a suspendu", Addressed), ("ont suspendu", Addressed), ("suspendu", Addressed),
    // "L'UA «suspend le Mali de l'Union ...»": a suspension in the present, quoted.
    ("suspend", Addressed), ("suspendent", Addressed),
    // "a réclamé la dissolution de X", "Le sommet ayant également réclamé ...": a demand.
    ("réclame", Addressed), ("réclament", Addressed), ("a réclamé", Addressed),
    ("réclamé", Addressed),
    // "... a renouvelé le mandat de X, tout en priant le Secrétaire général de ...".
    ("tout en priant", Addressed), ("tout en demandant", Addressed),
    ("tout en exhortant", Addressed), ("tout en invitant", Addressed),
    ("tout en encourageant", Addressed), ("tout en appelant", Addressed),
    // "Le Conseil a créé la Mission ...": the body's own, as "décide de créer" is.
    ("crée", Addressed), ("a créé", Addressed), ("créé", Addressed),
    // "a annoncé la suspension de X": a decision told by its noun (`FR_DECISION_NOUNS`).
    ("annonce", Addressed), ("a annoncé", Addressed), ("annoncé", Addressed),
    // "..., décidant notamment d'établir un mandat ...".
    ("décidant", Decides),
    // "a ordonné le déploiement de la force", "a activé la force en attente": the body's own
    // act, as an authorization of a thing is; "ordonne au comité d'activer ..." asks it.
    ("ordonne", Addressed), ("a ordonné", Addressed), ("ordonné", Addressed),
    ("a activé", Addressed), ("activé", Addressed),
    // "a pris la décision d'activer ...".
    ("a pris la décision", Decides), ("pris la décision", Decides),
    ("prend la décision", Decides),
    // Only with an appeal after them (`FR_RENEWING_VERBS`): "réitère ses appels à X ...".
    ("réitère", Addressed), ("réitéré", Addressed), ("renouvelle", Addressed),
    ("renouvelé", Addressed), ("réaffirme", Addressed), ("réaffirmé", Addressed),
    // "ils réitèrent leur exigence pour ...": the plural of a summit's leaders.
    ("réitèrent", Addressed), ("renouvellent", Addressed), ("réaffirment", Addressed),
    // A summary's imperfect: "La résolution demandait aux parties de ...".
    ("demandait", Addressed), ("priait", Addressed), ("invitait", Addressed),
    ("exhortait", Addressed), ("engageait", Addressed), ("encourageait", Addressed),
    ("autorisait", Addressed), ("décidait", Decides), ("appelait", Addressed),
    // Other verbs of asking: "Enjoint (à) X de ...", "Somme X de ...", "Presse X de ...",
    // "Convie X à ...", and their past forms.
    ("enjoint", Addressed), ("enjoignent", Addressed), ("somme", Addressed),
    ("sommé", Addressed), ("somment", Addressed), ("presse", Addressed),
    ("pressé", Addressed), ("pressent", Addressed), ("convie", Addressed),
    ("convié", Addressed),
    // "Sollicite de X qu'il ...", "a sollicité l'appui de X pour ..." (`fr::solicited`).
    ("sollicite", Addressed), ("sollicité", Addressed), ("sollicitent", Addressed),
    // A wish or a plea whose that-clause names its actor and an act: "Souhaite que X
    // <subjonctif>", "ont plaidé / insisté pour que X <subjonctif>" (`fr::wished`).
    ("souhaite", Addressed), ("souhaité", Addressed), ("souhaitent", Addressed),
    ("plaide pour", Addressed), ("plaidé pour", Addressed), ("plaident pour", Addressed),
    ("insiste pour", Addressed), ("insisté pour", Addressed), ("insistent pour", Addressed),
];

/// The actor of a French call that names nobody ("appelle à la cessation ...", "a exigé la
/// libération ..."), written in the text's language as `DEFAULT_ACTOR` is in English.
pub const FR_ALL_STATES: &str = "Tous les États";

/// Verbs that call for something without naming who is to do it: "appelle à ...", "demande
/// que cesse ...", "exige la libération de ...".
#[rustfmt::skip]
pub const FR_CALL_VERBS: &[&str] = &[
    "appelle", "appellent", "appelé", "demande", "a demandé", "demandé", "demande instamment",
    "a demandé instamment", "demandent", "exige", "exigent", "exigé", "demandait", "en appelle",
    "fait appel", "lance un appel", "lancent un appel", "lancé un appel", "demandons", "exigeons", "appelons", "exigeant", "demandant", "appelant",
    "en exigeant", "en demandant", "en appelant", "tout en demandant", "tout en appelant",
    "réclame", "réclament", "a réclamé", "réclamé", "appelait", "continuant d'exiger",
    "continuant de demander", "suggère", "suggèrent",
];

/// Verbs whose call for a thing ("la libération ...", "le retrait ...") names nobody when no
/// addressee follows; "appelle les parties au calme" names its addressee.
#[rustfmt::skip]
pub const FR_DEMAND_VERBS: &[&str] = &[
    "demande", "a demandé", "demandé", "demande instamment", "a demandé instamment",
    "demandent", "exige", "exigent", "exigé", "demandait", "demandons", "exigeons", "exigeant",
    "demandant", "en exigeant", "en demandant", "réclame", "réclament", "a réclamé", "réclamé",
    "continuant d'exiger", "continuant de demander",
];

/// Words of a communiqué between a call's verb and what it calls for ("a appelé samedi à
/// ...", "a demandé vendredi soir dans un communiqué ...").
#[rustfmt::skip]
pub const FR_CALL_ASIDES: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
    "hier", "aujourd'hui", "ce matin", "ce soir", "cet après-midi", "ce lundi", "ce mardi",
    "ce mercredi", "ce jeudi", "ce vendredi", "ce samedi", "ce dimanche", "dans un communiqué", "dans une déclaration", "dans sa déclaration",
    "dans son communiqué", "à nouveau", "de nouveau", "encore", "une fois de plus",
    // "a décidé tôt jeudi la suspension de ...".
    "tôt", "tard", "très tôt",
    // "Demande d'urgence à X de ...", "Prie de toute urgence X de ...": how urgently.
    "d'urgence", "de toute urgence", "avec insistance",
];

/// Linking words that open a sentence before its comma ("Aussi, il appelle ...", "Par
/// ailleurs, elle a exhorté ..."), folded.
#[rustfmt::skip]
pub const FR_LINK_WORDS: &[&str] = &[
    "aussi", "par ailleurs", "en outre", "de même", "de plus", "enfin", "ensuite", "toutefois",
    "cependant", "néanmoins",
];

/// One person or body a pronoun ("qu'il continue ...") may stand for, in the sentence
/// before it.
#[rustfmt::skip]
pub const FR_SINGLE_ACTORS: &[&str] = &[
    "secrétaire général", "représentant spécial", "représentante spéciale", "envoyé spécial",
    "envoyée spéciale", "haut-commissaire", "commission", "comité",
];

/// Nouns that end as an infinitive does ("de l'ordre constitutionnel"), never what an
/// addressee is asked to do.
#[rustfmt::skip]
pub const FR_NOUNS_IN_RE: &[&str] = &[
    "ordre", "cadre", "membre", "membres", "nombre", "titre", "centre", "lettre", "guerre",
    "terre", "frontière", "matière", "manière", "mesure", "nature", "culture", "structure",
    "procédure", "année", "entrée", "durée", "armée", "idée",
];

/// A text that asks by itself in a press report: "une Déclaration qui demande ...", "une
/// résolution appelant les parties à ...".
#[rustfmt::skip]
pub const FR_TEXT_NOUNS: &[&str] = &[
    "résolution", "déclaration", "décision", "communiqué", "texte", "recommandation",
];

/// Pronouns that stand for a text a report has just named: "deux résolutions, dont une qui
/// demande ...", "adopté la sienne qui « demande ... »" (with "qui"), "l'une invitant à
/// ..., l'autre encourageant à ..." (with a participle).
#[rustfmt::skip]
pub const FR_TEXT_PRONOUNS_WHO: &[&str] = &["dont une", "la sienne", "celle", "laquelle"];
#[rustfmt::skip]
pub const FR_TEXT_PRONOUNS_DOING: &[&str] = &["l'une", "l’une", "l'autre", "l’autre"];

/// Request verbs that, with "à" and an infinitive and no addressee ("l'une invitant à
/// célébrer ...", "encourage à consacrer ..."), call on all as "appelle à ..." does.
#[rustfmt::skip]
pub const FR_OPEN_INVITES: &[&str] = &[
    "invite", "invitent", "invitant", "a invité", "invité", "encourage", "encouragent",
    "encourageant", "a encouragé", "encouragé", "exhorte", "exhortent", "exhortant",
    "engage", "engagent", "engageant",
];

/// "recommande de prendre des sanctions ...": a recommendation whose "de" and infinitive
/// come right after it names nobody, a call on all.
pub const FR_OPEN_RECOMMENDS: &[&str] = &[
    "recommande",
    "recommandent",
    "recommandant",
    "a recommandé",
    "recommandé",
];

/// The verbs such a text asks with, as a relative ("qui demande") or a participle
/// ("demandant"), and their present tense.
#[rustfmt::skip]
pub const FR_TEXT_VERBS: &[(&str, &str)] = &[
    ("demande", "demande"), ("demandant", "demande"), ("appelle", "appelle"),
    ("appelant", "appelle"), ("exige", "exige"), ("exigeant", "exige"), ("invite", "invite"),
    ("invitant", "invite"), ("prie", "prie"), ("priant", "prie"), ("exhorte", "exhorte"),
    ("exhortant", "exhorte"), ("engage", "engage"), ("engageant", "engage"),
    ("encourage", "encourage"), ("encourageant", "encourage"),
    // "une résolution autorisant la nomination d'un Rapporteur spécial", "une résolution
    // créant un régime de sanctions".
    ("autorise", "autorise"), ("autorisant", "autorise"), ("créant", "crée"),
];

/// Plurals that name texts, never the ones a "leur" stands for ("Conformément aux accords
/// d'Addis-Abeba, il leur demande ...").
#[rustfmt::skip]
pub const FR_TEXT_PLURALS: &[&str] = &[
    "accords", "résolutions", "décisions", "conclusions", "recommandations", "dispositions",
    "mesures", "communiqués", "déclarations", "textes", "principes",
];

/// Words that make one person's words the body's: its president speaking for it.
pub const FR_SPEAKS_FOR_BODY: &[&str] = &["président du conseil", "au nom du conseil"];

/// Titles that make a clause's subject one person ("Le Premier ministre ...", "La
/// présidente de la Commission ..."), whose words ask nobody on the body's behalf.
#[rustfmt::skip]
pub const FR_PERSON_TITLES: &[&str] = &[
    "premier ministre", "ministre", "président", "présidente", "commissaire", "ambassadeur",
    "ambassadrice", "envoyé", "envoyée", "porte-parole", "directeur", "directrice",
    "représentant", "représentante", "secrétaire général", "secrétaire générale",
    // "Le vice-président irakien X", "l'émir du Qatar", "le chef de la Coalition ...".
    "vice-président", "vice-présidente", "émir", "roi", "reine", "prince", "chef",
];

/// Words before an infinitive that make it a purpose ("afin de rétablir ..."), not what
/// the addressee is asked.
pub const FR_PURPOSE_WORDS: &[&str] = &["afin", "en vue", "de manière", "de façon", "dans le but"];

/// Nouns of an act that "encourage" may take with no addressee ("encourage la poursuite
/// de ..."), besides those in "-tion" and "-ment".
pub const FR_ACT_NOUNS: &[&str] = &["poursuite", "mise", "reprise", "tenue", "conduite"];

/// Acts demanded of whoever must do them, named by a possessive and a noun that ends in
/// none of "-tion", "-sion", "-ment" ("demande son retrait", "exige leur départ").
pub const FR_DEMANDED_ACT_NOUNS: &[&str] = &[
    "retrait",
    "départ",
    "retour",
    "arrêt",
    "transfert",
    "renvoi",
    "rappel",
    "report",
];

/// What a meeting is asked to do there and then ("observer une minute de silence"): no task.
pub const FR_MEETING_RITES: &[&str] = &[
    "observer une minute",
    "observer un moment",
    "se lever",
    "se recueillir",
    // "Les délégués ont été invités à prendre la parole ...": speaking at the meeting.
    "prendre la parole",
];

/// Who chairs a government's council of ministers and speaks for it in its communiqué ("le
/// Chef de l'Etat ... demande au Gouvernement de ...").
pub const FR_COUNCIL_CHAIRS: &[&str] = &[
    "chef de l'etat",
    "chef de l'état",
    "président de la république",
    "président du faso",
    "premier ministre",
];

/// A debate's speakers as a clause's subject ("Les intervenants ont exhorté ..."): their
/// calls are theirs.
pub const FR_DEBATE_SPEAKERS: &[&str] = &["intervenants", "orateurs", "délégations"];

/// Verbs of saying whose "que" opens a speaker's words ("ont expliqué que ...").
#[rustfmt::skip]
pub const FR_SAYING_VERBS: &[&str] = &[
    "expliqué", "estimé", "jugé", "affirmé", "déclaré", "insisté", "ajouté", "fait valoir",
    "indiqué", "dit", "argué", "soutenu", "considéré", "averti", "prévenu",
];

/// Verbs that ask only when an appeal follows: "réitère ses appels au Conseil ...";
/// "réitère sa détermination" is a view.
pub const FR_RENEWING_VERBS: &[&str] = &[
    "réitère",
    "réitéré",
    "renouvelle",
    "renouvelé",
    "réaffirme",
    "réaffirmé",
    "réitèrent",
    "renouvellent",
    "réaffirment",
];

/// Words that end a French verb's subject, so that a verb after them is the clause's own
/// ("Le Conseil de sécurité invite ...", "L'Assemblée générale prie ..."); a past tense
/// ("a prié", "ont exhorté") needs none.
#[rustfmt::skip]
pub const FR_SUBJECT_ENDS: &[&str] = &[
    "conseil", "sécurité", "assemblée", "générale", "comité", "conférence", "réunion",
    "sommet", "gouvernement", "commission", "ministres", "membres", "cps", "ua", "cedeao",
    "oci", "il", "elle", "ils", "elles", "et", "nous",
    // "Le collège « décide de ... »", "Le Bureau décide ...": a college of heads of state, a
    // body's bureau.
    "collège", "bureau",
    // A press summary's subject: "La résolution demandait ...", "Le texte encourage ...",
    // "L'une de ces résolutions exhorte ...".
    "résolution", "texte", "résolutions", "textes", "communiqué", "déclaration",
    // "Cette même décision mandate X à ...": a decision as the subject.
    "décision", "décisions",
    // "Ce dernier appelle X à ...", "Celle-ci invite ...": the body named before.
    "dernier", "dernière", "derniers", "dernières", "celui-ci", "celle-ci",
    // "Le Conseil européen invite ...", "Les ministres des affaires étrangères chargent ...",
    // "L'Union africaine encourage ...".
    "européen", "étrangères", "africaine", "européenne", "islamique", "unies", "onu",
    "cédeao", "cédéao",
    // "les chefs d'États demandent ...".
    "états", "etats", "gouvernements",
    // "la conférence des chefs d'État les exhorte à ...": the leaders' conference (one
    // State each, the singular) speaks for the summit.
    "chefs d'état", "chefs d’état", "chefs d'etat", "chefs d’etat",
    // "le Conseil des droits de l'homme appelle ...", "la Commission africaine des droits
    // de l'homme et des peuples décide de :".
    "homme", "peuples",
    // "Le sommet de la Communauté X s'est achevé. L'organisation demande ...", "L'Union
    // exige ...": the body named before, told by its kind's noun.
    "organisation", "union",
    // "les eurodéputés appellent X à ...", "les députés (des groupes A et B) demandent ...":
    // a parliament's members speak for it.
    "députés", "eurodéputés", "parlementaires", "sénateurs",
    // "le secrétariat général exhorte X à ...": an organisation's secretariat speaks for it
    // (not "le Secrétaire général", one person).
    "secrétariat général", "secrétariat",
    // "L'instance sous-régionale recommande à X de ...", "l'institution communautaire
    // demande ...": the organisation told by a noun of its kind and an adjective of its reach.
    "instance", "institution", "sous-régionale", "régionale", "ouest-africaine",
    "panafricaine", "continentale", "communautaire",
];

/// The bodies French texts name, longest first where one starts another: a communiqué with
/// no "Le Conseil ...," line of its own names its body in its first lines ("Le Conseil de
/// paix et de sécurité de l'Union africaine, en sa 657e réunion, ...").
pub const FR_BODIES: &[(&str, &str)] = &[
    (
        "conseil de paix et de sécurité",
        "Conseil de paix et de sécurité",
    ),
    ("conseil paix et sécurité", "Conseil de paix et de sécurité"),
    ("conseil de sécurité", "Conseil de sécurité"),
    ("conseil européen", "Conseil européen"),
    // The African Union's summit is its Assembly ("la Conférence de l'Union").
    (
        "sommet de l'union africaine",
        "Conférence de l'Union africaine",
    ),
    (
        "conférence de l'union africaine",
        "Conférence de l'Union africaine",
    ),
    ("sommet de la francophonie", "Sommet de la Francophonie"),
    (
        "organisation internationale de la francophonie",
        "Organisation internationale de la Francophonie",
    ),
    // ECOWAS as the press names it, when no organ of it is named first.
    ("cédéao", "Cédéao"),
    ("cedeao", "CEDEAO"),
    ("cédeao", "Cédeao"),
    ("assemblée générale", "Assemblée générale"),
    // A convention's conference of the parties ("CONFERENCE DES PARTIES" over its text).
    ("conférence des parties", "Conférence des Parties"),
    // Organs of the Francophonie, the IPU and the United Nations a text names as its
    // subject ("le Conseil permanent de la Francophonie (CPF) ... a décidé").
    (
        "conseil permanent de la francophonie",
        "Conseil permanent de la Francophonie",
    ),
    (
        "conférence ministérielle de la francophonie",
        "Conférence ministérielle de la Francophonie",
    ),
    (
        "assemblée parlementaire de la francophonie",
        "Assemblée parlementaire de la Francophonie",
    ),
    (
        "conseil économique et social",
        "Conseil économique et social",
    ),
    ("union interparlementaire", "Union interparlementaire"),
    // The Council of Europe's decision-making organ ("le Comité des Ministres :").
    ("comité des ministres", "Comité des Ministres"),
    // A government's council of ministers, whose communiqués record its decisions (after
    // the OIC's "Conseil des ministres des affaires étrangères", which it starts).
    ("conseil des ministres", "Conseil des ministres"),
    (
        "commission africaine des droits de l'homme et des peuples",
        "Commission africaine des droits de l'homme et des peuples",
    ),
    (
        "conseil des ministres des affaires étrangères",
        "Conseil des ministres des affaires étrangères",
    ),
    ("conseil exécutif", "Conseil exécutif"),
    (
        "conseil des droits de l'homme",
        "Conseil des droits de l'homme",
    ),
    (
        "conseil économique et social",
        "Conseil économique et social",
    ),
    (
        "conférence des chefs d'état et de gouvernement",
        "Conférence des chefs d'État et de gouvernement",
    ),
    (
        "conférence des chefs d'etat et de gouvernement",
        "Conférence des chefs d'État et de gouvernement",
    ),
    (
        "conférence des chefs d'etats et de gouvernement",
        "Conférence des chefs d'État et de gouvernement",
    ),
    (
        "conférence islamique au sommet",
        "Conférence islamique au sommet",
    ),
];

/// What may follow "que" in "décide que X ...": an obligation makes X the actor ("décide
/// que tous les États doivent ..."); a permission ("peuvent") or a passive asks nobody.
pub const FR_THAT_MUST: &[&str] = &[
    "doit",
    "doivent",
    // "X a décidé que Y devait <verbe> ...": a decision told in the past.
    "devait",
    "devaient",
    "devra",
    "devront",
    "est tenu",
    "sont tenus",
];

/// Written things a decision may say must hold something ("que ces rapports devront
/// inclure ..."): a make-up of a text, not a task of an actor.
#[rustfmt::skip]
pub const FR_WRITTEN_THINGS: &[&str] = &[
    "document", "documents", "rapport", "rapports", "dossier", "dossiers", "candidature",
    "candidatures", "texte", "textes", "formulaire", "formulaires", "vidéo", "vidéos",
];

/// French words a line never ends on unless a web page or a PDF broke it inside its
/// sentence ("... entre le" / "Maroc et ...").
#[rustfmt::skip]
pub const FR_NEVER_LAST_WORDS: &[&str] = &[
    "le", "la", "les", "l'", "des", "du", "de", "d'", "aux", "au", "à", "pour", "entre", "et",
    "sur", "par", "en", "un", "une", "son", "sa", "ses", "leur", "leurs", "que", "qu'", "dans",
    "avec",
];

/// An aside after an addressee that names no actor of its own ("prie le Secrétaire général,
/// en liaison avec le Comité, de ...").
#[rustfmt::skip]
pub const FR_ADDRESSEE_ASIDES: &[&str] = &[
    "en liaison avec", "en coopération avec", "en consultation avec", "en coordination avec",
    "en collaboration avec", "agissant", "compte tenu", "selon", "conformément",
    // "..., en particulier à ceux de la Palestine", "..., mais en particulier des autorités":
    // a part of the addressee singled out, not another actor.
    "en particulier", "mais", "notamment",
    // "la communauté internationale, y compris aux donateurs, de ...": those included in
    // the addressee, not another actor.
    "y compris",
    // "le Secrétaire général, dans la limite des ressources existantes, de ...": how.
    "dans la limite", "dans les limites", "dans le cadre", "en priorité",
    // "le Secrétaire général, dans la perspective d'un accord, d'accélérer ...": with what in
    // view.
    "dans la perspective", "dans l'optique", "dans l’optique",
    // "tous les X, particulièrement ceux de Y, à ...": the same, in one word.
    "particulièrement", "plus particulièrement", "spécialement", "surtout",
    "avec effet", "à titre", "le cas échéant", "selon qu'il",
    // "au Maroc et à toutes les autres parties, sans préjudice de toute mesure que ..., de
    // coopérer": a reservation, not another actor.
    "sans préjudice", "sous réserve",
    // "les parties, si les pourparlers échouent, à ...": a condition, not another actor.
    "si ", "s'il", "s’il", "au cas où", "dans le cas où", "faute d", "à défaut",
    // "la Commission, travaillant étroitement avec les membres africains ..., de prendre":
    // how the addressee is to act, not another actor.
    "travaillant", "oeuvrant", "œuvrant",
    // "au Maroc, en tant qu'État membre, de permettre ...": the capacity it is asked in.
    "en tant que", "en tant qu'", "en tant qu’",
    // "les pays francophones, à travers leurs Parlements, à ...": the way, not another actor.
    "à travers", "par l'intermédiaire", "par l’intermédiaire", "par le biais",
    // "à la République X, à défaut d'une compensation en nature, de verser ...".
    "à défaut",
    // "la Troïka, sous le leadership de X, Président de Y, à ...": who leads the addressee,
    // not another actor.
    "sous le leadership", "sous la direction", "sous la conduite", "sous la présidence",
    "sous l'égide", "sous l’égide", "sous la houlette",
    // "X, à cet égard, en étroite consultation avec A et B, de ...": a link back to the
    // sentence before, and a consultation whose noun an adjective qualifies, are how the
    // addressee acts, not other actors.
    "à cet égard", "à cette fin", "à ce sujet", "à ce propos", "dans ce contexte",
    "en étroite", "en concertation avec",
    // "les gardes de X, pour une période de N mois depuis le jour D, à
    // prendre ...": how long the addressee is asked for, not another actor.
    "pour une période", "pour une nouvelle période", "pour une durée", "pendant une période",
    "pendant une durée",
];

/// Adverbs between "à" / "de" and the infinitive a request asks for ("à mieux partager").
#[rustfmt::skip]
pub const FR_INFINITIVE_ADVERBS: &[&str] = &[
    "mieux", "pleinement", "davantage", "activement", "rapidement", "immédiatement",
    "effectivement", "encore", "toujours", "bien",
    // "à tout mettre en œuvre pour ...".
    "tout",
];

/// Tasks a decision sets a body in the present tense, the body named before them ("Le
/// Secrétariat : a) organise ...; b) publie ...", "Le Comité X examine ... et formule ..."),
/// as "X shall ..." does. Acts only: views ("note", "approuve") are no tasks.
#[rustfmt::skip]
pub const FR_TASK_PRESENTS: &[&str] = &[
    "organise", "organisent", "publie", "publient", "prépare", "préparent", "soumet",
    "soumettent", "rend compte", "rendent compte", "fait rapport", "font rapport",
    "élabore", "élaborent", "établit", "établissent", "fournit", "fournissent", "aide",
    "aident", "examine", "examinent", "formule", "formulent", "convoque", "convoquent",
    "entreprend", "entreprennent", "facilite", "facilitent", "transmet", "transmettent",
    "diffuse", "diffusent", "consulte", "consultent", "collabore", "collaborent",
    "coopère", "coopèrent", "poursuit", "poursuivent", "continue", "continuent",
    "prolonge", "prolongent", "étudie", "étudient", "évalue", "évaluent", "recense",
    "recensent", "identifie", "identifient", "met à jour", "mettent à jour", "veille",
    "veillent", "communique", "communiquent", "présente", "présentent", "mène", "mènent",
    "fait des recommandations", "font des recommandations",
];

/// Participles that, with their complement, describe a name ("groupe de travail constitué à
/// cet effet", "Comité créé par la résolution ..."): the name ends before them. Nouns in
/// "-é" ("sécurité", "Comité") are not among them.
#[rustfmt::skip]
pub const FR_NAME_PARTICIPLES: &[&str] = &[
    "constitué", "créé", "chargé", "mandaté", "désigné", "nommé", "composé", "présidé",
    "établi", "institué", "mis", "réuni",
    // "les États membres désireux de contribuer à la Mission": who among them, not a name.
    "désireux", "désireuse",
];

/// "les États parties ayant ratifié ...", "les pays n'ayant pas encore ...": present
/// participles that open a clause saying which of the addressees are meant.
#[rustfmt::skip]
pub const FR_DESCRIBING_PARTICIPLES: &[&str] = &[
    "ayant", "étant", "souhaitant", "désirant", "disposant", "possédant", "remplissant",
    "répondant", "participant", "contribuant", "appartenant", "figurant",
];

/// "a inscrit cette question à l'ordre du jour de sa 40e session", "a reporté à sa 41e
/// session l'examen de ...", "Renvoie ... à sa prochaine session": a body's own act on its
/// agenda, in a record's past tense or a decision's present, done at the session it names.
#[rustfmt::skip]
pub const FR_OWN_AGENDA_ACTS: &[&str] = &[
    "a placé", "a inscrit", "a reporté", "a renvoyé", "a ajourné", "a différé",
    "place", "inscrit", "reporte", "renvoie", "ajourne", "diffère",
];

/// "décide d'inviter X à ...", "décide de prier X de ...": the infinitives by which the body
/// decides to ask X, who is then the one asked.
#[rustfmt::skip]
pub const FR_DECIDES_TO_ASK: &[&str] = &[
    "inviter", "prier", "demander", "exhorter", "engager", "encourager", "charger",
    "autoriser", "recommander", "instruire", "appeler",
];

/// What an invitation "à participer ..." takes part in when it is the meeting's own
/// discussion: nothing to follow up.
pub const FR_ON_THE_SPOT: &[&str] = &["à la discussion", "au débat", "aux débats", "à la séance"];

/// Organs named by a common noun in lower case ("décide que le groupe d'experts
/// présentera ..."): the subject of a decided future, asked as a capitalised one is.
#[rustfmt::skip]
pub const FR_LOWER_CASE_ORGANS: &[&str] = &[
    "groupe", "comité", "secrétariat", "mission", "équipe", "commission",
];

/// Futures of "Que X ..." that ask X nothing: a passive ("sera invité"), a power ("aura
/// autorité"), a permission ("pourra").
#[rustfmt::skip]
pub const FR_NOT_ASKED_FUTURES: &[&str] = &[
    "sera", "seront", "aura", "auront", "pourra", "pourront",
];

/// Futures that tell a meeting's agenda or its own course, not a task ("Le Sommet
/// examinera ...", "Les ministres se réuniront ...").
#[rustfmt::skip]
pub const FR_AGENDA_FUTURES: &[&str] = &[
    "examinera", "examineront", "réunira", "réuniront", "tiendra", "tiendront", "discutera",
    "discuteront", "débattra", "débattront", "participera", "participeront", "devra",
    "devront", "faudra", "portera", "porteront", "permettra", "permettront",
    // "La Mission comprendra au maximum 300 policiers": a make-up.
    "comprendra", "comprendront",
    // "que la Force comportera un contingent de N soldats": a make-up too.
    "comportera", "comporteront",
    // "a décidé que la Mission demeurera une mission politique": what a body is to stay, a
    // status, not a task.
    "demeurera", "demeureront", "restera", "resteront",
];

/// Words that make "que" a conjunction's ("pour que", "afin qu'", "ainsi qu'"), not the
/// one after an addressee in "demander à X que ...".
#[rustfmt::skip]
pub const FR_BEFORE_CONJUNCTION_QUE: &[&str] = &[
    "afin", "pour", "ainsi", "alors", "tandis", "bien", "parce", "lors", "dès", "sans",
    "avant", "après", "sorte", "façon", "manière", "même", "tant", "jusqu'à", "jusqu’à",
    "encore", "sauf", "plutôt", "moins", "plus",
];

/// Futures of [`FR_AGENDA_FUTURES`] that are a task after "décide que" ("décide que le
/// Comité examinera la candidature à sa douzième session").
#[rustfmt::skip]
pub const FR_DECIDED_FUTURES: &[&str] = &[
    "examinera", "examineront", "discutera", "discuteront", "débattra", "débattront",
];

/// Organisations a body speaks for: their future is the body's own intent ("L'Union
/// européenne maintiendra la pression ...").
#[rustfmt::skip]
pub const FR_SPEAKING_ORGANISATIONS: &[&str] = &[
    "union", "ue", "organisation", "oci", "onu", "communauté", "ua", "cedeao", "uemoa",
];

/// "Décide d'aborder la discussion ...", "d'ajourner la séance": a step of the meeting
/// itself, nothing to follow up.
pub const FR_MEETING_STEPS: &[&str] = &[
    "aborder",
    "ajourner",
    // "de reporter à décembre le vote sur les textes": its own agenda.
    "reporter",
    "clore",
    "suspendre",
    "lever",
    // "d'adresser une invitation à X en vertu de l'article 39": to speak at the meeting.
    "adresser une invitation",
    // "d'examiner simultanément les rubriques a) et b)": the order of its own agenda.
    "examiner simultanément",
    "examiner conjointement",
    // "d'examiner en premier lieu la rubrique a)", "d'entendre tout d'abord les exposés
    // des parties": the order of its own hearing.
    "examiner en premier lieu",
    "examiner d'abord",
    "examiner tout d'abord",
    "entendre",
    // "de remettre la discussion de la question au 3 juin", "de remettre à plus tard sa
    // décision sur la procédure" (not "remettre aux communes un rapport").
    "remettre",
    // "a décidé d'inscrire à son ordre du jour un point d'urgence": the meeting's own agenda
    // (not "à l'ordre du jour provisoire de sa prochaine session").
    "inscrire à son ordre du jour",
];

/// What a meeting step must act on ("suspendre la séance"); "suspendre les transactions
/// commerciales" is a decision to follow up.
#[rustfmt::skip]
pub const FR_MEETING_NOUNS: &[&str] = &[
    "séance", "réunion", "débat", "discussion", "session", "examen", "rubriques", "point",
    "question", "adoption de projets",
];

/// Nouns in lower case that may bear an obligation ("Les parties doivent ..."): actors, not
/// things ("Les réformes doivent se poursuivre" asks nobody). A capitalised name may too.
#[rustfmt::skip]
pub const FR_OBLIGED_NOUNS: &[&str] = &[
    "parties", "autorités", "gouvernements", "pays", "acteurs", "dirigeants", "ministres",
    "membres", "chefs", "forces", "institutions", "organisations",
    // "la communauté internationale doit s'unir ...".
    "communauté",
];

/// Talks held between two named ones ("la reprise des négociations entre X et Y"): the
/// two are the call's doers.
#[rustfmt::skip]
pub const FR_TALKS_NOUNS: &[&str] = &[
    "négociations", "négociation", "pourparlers", "dialogue", "discussions", "consultations",
];

/// Acting bodies named by a common noun as the subject of a demand's that-clause ("demande
/// que l'armée ... se retire", "que la junte libère ..."): asked.
#[rustfmt::skip]
pub const FR_THAT_ACTORS: &[&str] = &[
    "armée", "armee", "junte", "garde", "gendarmerie", "police", "gouvernement",
    "gouvernements", "autorités", "autorites", "militaires", "putschistes",
    // "plaidé pour que les partenaires augmentent ...": those who fund.
    "partenaires", "donateurs", "bailleurs",
];

/// Institutions named in lower case ("Le secrétariat général a été invité à ..."): a
/// passive that names one asks it.
#[rustfmt::skip]
pub const FR_INSTITUTION_NOUNS: &[&str] = &[
    "secrétariat", "commission", "conseil", "comité", "bureau", "gouvernement",
    "gouvernements", "présidence", "haut-commissariat", "états membres",
];

/// What a body lifts ("a décidé de lever l'essentiel des <mesures>"): a measure ended,
/// no task.
#[rustfmt::skip]
pub const FR_LIFTED_MEASURES: &[&str] = &[
    "sanction", "suspension", "embargo", "restriction", "interdiction", "blocus", "gel ",
    "mesures",
];

/// Counts written as words before a plural ("des trois pays").
pub const FR_SMALL_NUMBERS: &[&str] = &[
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
];

/// States an appeal's noun calls for after "à" ("a lancé un appel au calme"): a thing, not
/// an addressee, so the appeal is a call that names nobody.
#[rustfmt::skip]
pub const FR_APPEALED_STATES: &[&str] = &[
    "calme", "retenue", "apaisement", "modération", "dialogue", "cessez-le-feu", "paix",
    "désescalade", "réconciliation", "unité", "non-violence", "solidarité",
];

/// Acts a demand's noun names ("la demande de la libération de X"): a call for them.
#[rustfmt::skip]
pub const FR_DEMANDED_ACTS: &[&str] = &[
    "libération", "cessation", "restauration", "levée", "fin", "reprise", "tenue", "mise",
    "poursuite", "évacuation", "protection", "application", "restitution", "relaxe",
];

/// Decisions a body announces by their noun ("a annoncé la suspension du Niger"); a lifting
/// or a prorogation told bare is no task, as "lève les sanctions" is not.
#[rustfmt::skip]
pub const FR_DECISION_NOUNS: &[&str] = &[
    "suspension", "création", "déploiement", "envoi", "mise", "activation", "intervention",
    // "a décidé le gel de l'adhésion de X", "l'exclusion de X", "la réintégration de X".
    "gel", "exclusion", "réintégration",
    // "décide du report des réunions de X": a postponement decided, as "décide de reporter".
    "report",
];

/// A press report's words for a text that was not adopted: what such a draft "calls for"
/// is not asked ("a échoué à adopter un projet de résolution appelant à ...").
#[rustfmt::skip]
pub const FR_FAILED_ADOPTION: &[&str] = &[
    "échoué", "n'a pas pu adopter", "n’a pas pu adopter", "n'ont pas pu adopter", "rejeté",
    "n'a pas été adopté", "n’a pas été adopté", "mis son veto", "opposé son veto",
];

/// A decision's noun and the verb a text decides it with: a lede's "a annoncé la suspension
/// de X" and the later "décide de suspendre X" are one decision.
#[rustfmt::skip]
pub const FR_DECISION_VERBS: &[(&str, &str)] = &[
    ("suspension", "suspendre"), ("création", "créer"), ("déploiement", "déployer"),
    ("envoi", "envoyer"), ("activation", "activer"), ("intervention", "intervenir"),
    ("gel", "geler"), ("exclusion", "exclure"), ("réintégration", "réintégrer"),
    ("report", "reporter"),
];

/// Nouns of an act whose "de X" names who acts: "appelle à une intervention du Conseil de
/// sécurité" calls on the Council ("la libération de X" names whom it frees: not here).
#[rustfmt::skip]
pub const FR_AGENT_NOUNS: &[&str] = &[
    "intervention", "action", "engagement", "implication", "médiation", "contribution",
    "mobilisation", "réaction", "participation", "appui", "soutien",
];

/// Acts a call names by their doers after them ("un cessez-le-feu immédiat de toutes les
/// parties", "un retrait de tous les groupes armés"): those named do the act.
#[rustfmt::skip]
pub const FR_ACTS_OF_DOERS: &[&str] = &[
    "cessez-le-feu", "retrait", "désengagement", "engagement", "arrêt des combats",
    "arrêt des hostilités", "cessation des hostilités",
];

/// "décide de maintenir l'effectif autorisé de la Mission à 11 650 militaires": a make-up,
/// as "decides that X shall be <an amount>" is in English, nothing to follow up.
#[rustfmt::skip]
pub const FR_MAKE_UP: &[&str] = &[
    "maintenir l'effectif", "porter l'effectif", "fixer l'effectif", "ramener l'effectif",
    "réduire l'effectif", "maintenir les effectifs", "porter les effectifs",
    "fixer les effectifs", "maintenir le plafond", "relever le plafond", "fixer le plafond",
];

/// How a decision was taken, between "a décidé" and what it decided ("a décidé à
/// l'unanimité de ...").
#[rustfmt::skip]
pub const FR_DECISION_MANNERS: &[&str] = &[
    "à l'unanimité", "par consensus", "sans vote", "sans objection", "sans opposition",
];

/// Words that open an aside, not a verb, when a quote opens on them ("appelle X « en
/// attendant ..., à fournir ... »", "« dans l'intervalle, de ... »"): the addressee ends at
/// the quote.
#[rustfmt::skip]
pub const FR_ASIDE_OPENERS: &[&str] = &[
    "en", "dans", "avant", "après", "dès", "sans", "pendant", "conformément", "notamment",
];

/// A person's qualities an appeal is made to ("faire appel au dévouement de X et de lui
/// demander de ..."): the appeal asks the person.
#[rustfmt::skip]
pub const FR_APPEALED_QUALITIES: &[&str] = &[
    "dévouement", "sagesse", "sens des responsabilités", "bonne volonté", "patriotisme",
    "esprit de responsabilité", "esprit de dialogue", "engagement",
];

/// Nouns of things that "demandent" (need) something: "Les perspectives de paix ...
/// demandent l'appui de X" asks nobody.
#[rustfmt::skip]
pub const FR_NEEDING_THINGS: &[&str] = &[
    "perspectives", "perspective", "situation", "circonstances", "efforts", "progrès",
    "défis", "enjeux", "besoins", "réformes", "processus", "crise", "tâche", "paix",
    "acquis", "avancées",
];

/// "Décide de condamner la déclaration ...": a view the body decides to state, nothing to
/// follow up.
#[rustfmt::skip]
pub const FR_DECIDED_VIEWS: &[&str] = &[
    "condamner", "déplorer", "exprimer", "réaffirmer", "souligner", "saluer", "féliciter",
    "se féliciter", "rendre hommage", "prendre note", "prendre acte",
    // "c) Marquer sa disponibilité à accompagner X": a readiness stated, no task.
    "marquer sa disponibilité", "marquer son soutien", "marquer sa solidarité",
];

/// "Décide de poursuivre l'examen de la question à sa 83e session": as "continue its
/// consideration" (`NON_MANDATE_DECISIONS`), nothing to do.
#[rustfmt::skip]
pub const FR_CONTINUES_CONSIDERATION: &[&str] = &[
    "de poursuivre l'examen", "de poursuivre l’examen", "de poursuivre son examen",
    "de continuer d'examiner", "de continuer d’examiner", "de continuer à examiner",
    "de poursuivre l'étude", "de poursuivre l’étude",
];

/// People whose calls a French news text tells besides the body's ("Des milliers de
/// manifestants ont réclamé ...", "L'opposition a exhorté ..."): the subject's last words.
#[rustfmt::skip]
pub const FR_OTHER_PARTIES: &[&str] = &[
    "manifestants", "protestataires", "militants", "activistes", "opposants",
    "l'opposition", "l’opposition", "opposition", "grévistes", "syndicats", "rebelles",
    "habitants", "étudiants", "défenseurs des droits de l'homme", "défenseurs des droits humains",
];

/// "Décide de garder cette question à son ordre du jour": as "demeurer saisi", nothing to do.
pub const FR_KEEPS_ON_AGENDA: &[&str] = &["de garder ", "de maintenir ", "de laisser "];

/// Words that open a preambular paragraph besides participles in "-ant" ("Rappelant").
#[rustfmt::skip]
pub const FR_PREAMBLE_OPENERS: &[&str] = &[
    "conscient", "consciente", "préoccupé", "préoccupée", "profondément", "vivement",
    "gravement", "convaincu", "convaincue", "saisi", "saisie", "résolu", "résolue",
    "déterminé", "déterminée", "alarmé", "alarmée", "soucieux", "soucieuse", "attaché",
    "attachée", "sachant", "rappelant",
];

/// Words after which "et" joins the parts of one name, not two actors ("le représentant
/// des Nations Unies pour l'Inde et le Pakistan").
pub const FR_NAME_COMPLEMENTS: &[&str] = &[" pour ", " chargé ", " chargée ", " sur "];

/// Adverbs between a French verb's subject or number and the verb, or after the verb.
pub const FR_ADVERBS: &[&str] = &[
    "également",
    // "Le Conseil a d'autre part créé ...".
    "d'autre part",
    "d’autre part",
    // "qui appelle de manière générale à multiplier les efforts".
    "de manière générale",
    "d'une manière générale",
    "d’une manière générale",
    "en outre",
    "de nouveau",
    "aussi",
    "par ailleurs",
    "encore",
    "enfin",
    "vivement",
    "instamment",
    "aujourd'hui",
    "aujourd’hui",
    "ce matin",
    "cet après-midi",
    "hier",
    "de plus",
    "une fois de plus",
    // "a demandé une nouvelle fois au Bureau de ...".
    "une nouvelle fois",
    "à nouveau",
    "ensuite",
    "parallèlement",
    "ainsi",
    "notamment",
    "entre autres",
    // "la Cédéao a en effet demandé que ...".
    "en effet",
    // "Nous avons donc décidé de ...", "l'UIP appelle par conséquent les parties ...".
    "donc",
    "par conséquent",
    // "Le Conseil a récemment demandé à X de ..." (an adverb of time between the auxiliary and
    // the participle).
    "récemment",
    "dernièrement",
    // "L'Organisation exige en plus la levée de ...": an adverb of addition.
    "en plus",
];

/// What opens a French verb's addressee ("Demande aux États Membres", "Prie le Secrétaire
/// général"): contractions of "à", then articles.
#[rustfmt::skip]
pub const FR_ADDRESSEE_OPENERS: &[&str] = &[
    "aux", "au", "à la", "à l'", "à", "tous les", "toutes les", "les", "le", "la", "l'",
    "ses", "son", "sa", "leurs",
    // "chargent un Groupe de préparer ...", "a exhorté ces trois pays à ...", "Nous exhortons
    // nos partenaires à ...".
    "un", "une", "ces", "nos",
];

/// French month names (lowercase, with and without accents as texts write them).
pub const FR_MONTHS: &[(&str, i8)] = &[
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
];

/// Words that make a French date a deadline: before it ("d'ici au 31 décembre 2024", "avant
/// le ...", "au plus tard le ..."), or after it ("le 1er juillet 1979 au plus tard").
/// "jusqu'au ..." ends a period ("proroge le mandat jusqu'au 30 juin"), as "until" does: it
/// is no deadline. "le" before the day is read with the date, so "au plus tard le 15
/// janvier" is "au plus tard" + "le 15 janvier".
pub const FR_BY_BEFORE: &[&str] = &[
    "d'ici au",
    "d'ici à",
    "d'ici le",
    "d'ici",
    "avant le",
    "avant",
    "au plus tard le",
    "au plus tard",
    // "de produire, pour le 15 septembre 2004, un rapport".
    "pour",
    // "... en tenant compte de l'échéance du D": a deadline
    // named as such.
    "l'échéance du",
    "l'échéance fixée au",
    "la date limite du",
    "la date butoir du",
    // "avec pour objectif que ce retrait soit achevé le 31 décembre": the day a task is to
    // be done by (a day before the adoption is a past fact, as for every date).
    "achevé",
    "achevée",
    "achevés",
    "achevées",
    "terminé",
    "terminée",
    "terminés",
    "terminées",
];
pub const FR_BY_AFTER: &[&str] = &["au plus tard"];

/// Function words that tell French text from English: enough of them, more than of the
/// English ones, and the text is read as French.
pub const FR_MARKERS: &[&str] = &[
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "au",
    "aux",
    "une",
    "est",
    "sur",
    "pour",
    // A short clause has few of the above ("Prie le Secrétaire général de ..."): elisions,
    // "à" and the operative verbs that are no English words count too.
    "l",
    "d",
    "qu",
    "à",
    "dans",
    "par",
    "que",
    "sa",
    "ses",
    "son",
    "leur",
    "prie",
    "décide",
    "demande",
    "exhorte",
    "réaffirme",
    "souligne",
];
pub const EN_MARKERS: &[&str] = &["the", "and", "of", "to", "on", "for", "with", "is", "by"];

/// French number words a delay may be written in ("dans un délai de trente jours").
pub const FR_NUMBERS: &[(&str, u32)] = &[
    ("un", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("douze", 12),
    ("quinze", 15),
    ("vingt", 20),
    ("trente", 30),
    ("soixante", 60),
    ("quatre-vingt-dix", 90),
    ("une", 1),
];

/// French periods a recurring task names ("présenter chaque année un rapport"); "tous les N
/// mois" is read with `FR_SPAN_UNITS`. Adverbs and set phrases only: "rapport annuel" names
/// a kind of report, as "annual report" does in English.
#[rustfmt::skip]
pub const FR_RECUR_PERIODS: &[(&str, u32, SpanUnit)] = &[
    ("deux fois par an", 6, SpanUnit::Months), ("semestriellement", 6, SpanUnit::Months),
    ("chaque semestre", 6, SpanUnit::Months), ("tous les semestres", 6, SpanUnit::Months),
    ("tous les ans", 1, SpanUnit::Years), ("toutes les années", 1, SpanUnit::Years),
    ("chaque année", 1, SpanUnit::Years), ("chaque annee", 1, SpanUnit::Years),
    ("annuellement", 1, SpanUnit::Years), ("une fois par an", 1, SpanUnit::Years),
    ("sur une base annuelle", 1, SpanUnit::Years),
    ("trimestriellement", 3, SpanUnit::Months), ("chaque trimestre", 3, SpanUnit::Months),
    ("tous les trimestres", 3, SpanUnit::Months),
    ("mensuellement", 1, SpanUnit::Months), ("chaque mois", 1, SpanUnit::Months),
    ("tous les mois", 1, SpanUnit::Months), ("une fois par mois", 1, SpanUnit::Months),
    ("chaque semaine", 1, SpanUnit::Weeks), ("toutes les semaines", 1, SpanUnit::Weeks),
];

/// The units of a French "tous les N mois", "toutes les deux semaines".
#[rustfmt::skip]
pub const FR_SPAN_UNITS: &[(&str, SpanUnit)] = &[
    ("jours", SpanUnit::Days), ("semaines", SpanUnit::Weeks), ("mois", SpanUnit::Months),
    ("ans", SpanUnit::Years), ("années", SpanUnit::Years), ("annees", SpanUnit::Years),
];

/// Words before the last day a French recurring task runs to ("chaque mois jusqu'au 30 juin
/// 2027", "tous les ans jusqu'en 2030").
#[rustfmt::skip]
pub const FR_UNTIL_WORDS: &[&str] = &[
    "jusqu'au", "jusqu’au", "jusqu'en", "jusqu’en", "jusqu'à la fin de", "jusqu’à la fin de",
    "jusqu'à fin", "jusqu’à fin", "jusqu'à", "jusqu’à",
];

/// French cardinal words, from which ordinals are read ("quatre-vingt-unième" → 81):
/// "quatre" before "vingt" multiplies it, "cent" multiplies what precedes it.
#[rustfmt::skip]
pub const FR_CARDINALS: &[(&str, u32)] = &[
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6),
    ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12),
    ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16), ("vingt", 20),
    ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
    ("cent", 100), ("cents", 100),
];

/// "Les chefs d'État ont décidé ...", "les dirigeants de X et de Y ont décidé", "la
/// Conférence décide": the heads of a subject that decides in a report, whatever body it
/// names first (bare "les dirigeants" are the body's own leaders).
pub const FR_DECIDING_PEOPLE: &[&str] = &[
    "chefs d'état",
    "chefs d'etat",
    "chefs d’état",
    "chefs d’etat",
    "dirigeants de",
    "dirigeants des",
    "dirigeants du",
    "conférence",
];

/// Words that make a French year a deadline: "d'ici à 2030", "avant 2030".
/// Meetings that decide for the body they are of ("Le sommet de l'Organisation ... a
/// décidé ...", "La 52e session ordinaire de la Conférence ... a décidé ...").
pub const FR_DECIDING_MEETINGS: &[&str] = &["sommet", "session", "réunion", "séance"];

/// "au courant de l'année 2013", "au cours de 2025", "courant 2026": within that year.
#[rustfmt::skip]
pub const FR_BY_YEAR: &[&str] = &[
    "d'ici à", "d'ici a", "d'ici", "avant", "en", "au cours de l'année", "au cours de l’année",
    "au courant de l'année", "au courant de l’année", "dans le courant de l'année",
    "dans le courant de l’année", "au cours de", "courant",
    // "avant fin 2031", "d'ici la fin de 2031": within that year, as the annotations count.
    "avant fin", "d'ici fin", "d’ici fin", "avant la fin de", "d'ici la fin de",
    "d’ici la fin de", "d'ici à la fin de", "d’ici à la fin de",
];

#[rustfmt::skip]
/// Phrases that give a recurring mandate's period (`recur.rs`): N and the unit. "regularly"
/// and "periodically" recur too, but name no period.
pub const RECUR_PERIODS: &[(&str, u32, SpanUnit)] = &[
    // Before "monthly" and "yearly", which they contain.
    ("six-monthly", 6, SpanUnit::Months), ("three-monthly", 3, SpanUnit::Months),
    ("half-yearly", 6, SpanUnit::Months),
    ("annually", 1, SpanUnit::Years), ("every year", 1, SpanUnit::Years),
    ("each year", 1, SpanUnit::Years), ("on an annual basis", 1, SpanUnit::Years),
    ("yearly", 1, SpanUnit::Years), ("once a year", 1, SpanUnit::Years),
    ("once per year", 1, SpanUnit::Years), ("twice per year", 6, SpanUnit::Months),
    ("once a month", 1, SpanUnit::Months), ("once per month", 1, SpanUnit::Months),
    ("biennially", 2, SpanUnit::Years), ("every other year", 2, SpanUnit::Years),
    ("on a biennial basis", 2, SpanUnit::Years),
    // "to issue in even-numbered years a short report": every two years.
    ("in even-numbered years", 2, SpanUnit::Years), ("in odd-numbered years", 2, SpanUnit::Years),
    ("triennially", 3, SpanUnit::Years),
    ("on a triennial basis", 3, SpanUnit::Years), ("on a yearly basis", 1, SpanUnit::Years),
    ("biannually", 6, SpanUnit::Months), ("twice a year", 6, SpanUnit::Months),
    ("semi-annually", 6, SpanUnit::Months), ("on a semi-annual basis", 6, SpanUnit::Months),
    ("quarterly", 3, SpanUnit::Months), ("on a quarterly basis", 3, SpanUnit::Months),
    ("monthly", 1, SpanUnit::Months), ("every month", 1, SpanUnit::Months),
    ("each month", 1, SpanUnit::Months), ("on a monthly basis", 1, SpanUnit::Months),
    ("weekly", 1, SpanUnit::Weeks), ("every week", 1, SpanUnit::Weeks),
];

/// Words after a period word that make it no recurrence: "at a monthly rate of 1,200,000
/// dollars" is a budget's figure, not a monthly report.
pub const NOT_RECURRING_BEFORE: &[&str] = &["rate", "rates", "average", "salary", "salaries"];

/// Words before the last day a recurring mandate runs to: "monthly reports through 1 July
/// 2024", "annually until 2030".
pub const UNTIL_WORDS: &[&str] = &["until", "through", "till", "up to", "up until"];

// ---- Arabic --------------------------------------------------------------------------
// A text in Arabic script is read by the rules of `ar.rs` with these tables.

/// Participles whose holders give something after "بـ" ("الدول المساهمة بقوات", "البلدان
/// المشاركة بقوات"): a qualifier of the name, not a verb's ender.
pub const AR_CONTRIBUTING: &[&str] = &[
    "المساهمة",
    "المساهمين",
    "المساهم",
    "المشاركة",
    "المشاركين",
    "المشارك",
];

/// Participles of those taking part ("القادة المشاركون في القمة"): a subject's qualifier.
pub const AR_PARTICIPANTS: &[&str] = &["المشاركون", "المشاركين", "المجتمعون", "المجتمعين"];

/// An encyclopedia page's trailer headings ("انظر أيضا", "المراجع"): the text ends before
/// them.
pub const AR_PAGE_TRAILERS: &[&str] = &[
    "انظر أيضا",
    "انظر ايضا",
    "المراجع",
    "مراجع",
    "المصادر",
    "روابط خارجية",
    "وصلات خارجية",
];

/// Who an Arabic call that names no one asks, in the text's language (`DEFAULT_ACTOR`).
pub const AR_DEFAULT_ACTOR: &str = "جميع الدول";

/// Arabic operative verbs and what ends the addressee after each: "يطلب إلى الأمين العام
/// أن ...", "يدعو الدول الأعضاء إلى ...", "يهيب بالدول أن ...", "يحث الدول على ...".
/// Each entry: the verb, the words that may open the addressee (stripped), the words that
/// end it (the action follows; a one-letter ender is a prefix: "بإعداد", "لدراسة"). An
/// addressee also ends before a verbal noun ("يطلب من الأمين العام متابعة ..."). The
/// forms: the Council's and the OIC's masculine present, the General Assembly's feminine
/// present, the past tense of communiqués and news reports (masculine, feminine, plural:
/// "دعوا" after "القادة"), and the first person plural of declarations ("ندعو", "نطالب").
#[rustfmt::skip]
pub const AR_VERBS: &[(&str, &[&str], &[&str])] = &[
    ("يطلب", &["إلى", "الى", "من"], &["أن", "ان"]),
    ("تطلب", &["إلى", "الى", "من"], &["أن", "ان"]),
    // "وطلب مجلس الأمن بانسحاب X ...": a report's call for an act, naming no addressee.
    ("طلب", &["إلى", "الى", "من"], &["أن", "ان", "ب"]),
    ("طلبت", &["إلى", "الى", "من"], &["أن", "ان", "ب"]),
    ("يطالب", &["من"], &["ب", "أن", "ان"]),
    ("تطالب", &["من"], &["ب", "أن", "ان"]),
    ("طالب", &["من"], &["ب", "أن", "ان"]),
    ("طالبت", &["من"], &["ب", "أن", "ان"]),
    ("يرجو", &["من", "إلى", "الى"], &["أن", "ان"]),
    ("ترجو", &["من", "إلى", "الى"], &["أن", "ان"]),
    // "تُدعى الدول الأعضاء إلى ...", "يُرجى من X أن ...": the passive names whom it asks
    // after it, as the active names its object (the normalized text has no vowel marks).
    ("تدعى", &[], &["إلى", "الى"]),
    ("يدعى", &[], &["إلى", "الى"]),
    ("يرجى", &["من"], &["أن", "ان"]),
    ("يدعو", &[], &["إلى", "الى", "ل"]),
    ("تدعو", &[], &["إلى", "الى", "ل"]),
    ("دعا", &[], &["إلى", "الى", "ل"]),
    ("دعت", &[], &["إلى", "الى", "ل"]),
    ("يهيب", &["ب"], &["أن", "ان", "إلى", "الى"]),
    ("تهيب", &["ب"], &["أن", "ان", "إلى", "الى"]),
    ("أهاب", &["ب"], &["أن", "ان", "إلى", "الى"]),
    ("أهابت", &["ب"], &["أن", "ان", "إلى", "الى"]),
    ("يناشد", &[], &["أن", "ان", "ب"]),
    ("تناشد", &[], &["أن", "ان", "ب"]),
    // "وناشد الجامعة العربية لإنشاء صندوق ...": the act after "لـ" too.
    ("ناشد", &[], &["أن", "ان", "ب", "ل"]),
    ("ناشدت", &[], &["أن", "ان", "ب"]),
    ("يحث", &[], &["على"]),
    ("تحث", &[], &["على"]),
    ("حث", &[], &["على"]),
    ("حثت", &[], &["على"]),
    // "وحض مجلس الأمن على تقديم دعم ...": urged.
    ("يحض", &[], &["على"]),
    ("تحض", &[], &["على"]),
    ("حض", &[], &["على"]),
    ("حضت", &[], &["على"]),
    // "وأمهل المجلس الدول الأعضاء أسبوعا لإبلاغ ...": gave them a time to act.
    ("أمهل", &[], &["ل"]),
    ("أمهلت", &[], &["ل"]),
    // "ويمهل القرار الحوثيين مدة عشرة أيام لتنفيذ ...": the text's own grant.
    ("يمهل", &[], &["ل"]),
    ("تمهل", &[], &["ل"]),
    ("يشجع", &[], &["على"]),
    ("تشجع", &[], &["على"]),
    ("شجع", &[], &["على"]),
    ("شجعت", &[], &["على"]),
    ("ندعو", &[], &["إلى", "الى", "ل"]),
    ("دعوا", &[], &["إلى", "الى", "ل"]),
    ("نطلب", &["إلى", "الى", "من"], &["أن", "ان"]),
    ("نطالب", &["من"], &["ب", "أن", "ان"]),
    ("طالبوا", &["من"], &["ب", "أن", "ان"]),
    // "وطلبوا إلى الأمانة الفنية متابعة ...": the participants' request, plural past.
    ("طلبوا", &["إلى", "الى", "من"], &["أن", "ان", "ب"]),
    ("نحث", &[], &["على"]),
    ("حثوا", &[], &["على"]),
    ("نناشد", &[], &["أن", "ان", "ب"]),
    ("ناشدوا", &[], &["أن", "ان", "ب"]),
    ("نشجع", &[], &["على"]),
    ("نكلف", &[], &["ب"]),
    // "كلفنا مجلس الجامعة ... لبحث ...": a communiqué's first person read out, past.
    ("كلفنا", &[], &["ب", "ل"]),
    ("كلفوا", &[], &["ب"]),
    ("يكلف", &[], &["ب"]),
    ("يعهد", &["إلى", "الى"], &["ب"]),
    // "وعهد القرار للبعثة بقيادة ...": entrusted, in a report.
    ("عهد", &["إلى", "الى", "ل"], &["ب"]),
    ("تعهد", &["إلى", "الى"], &["ب"]),
    // "أسند الاجتماع للأمانة الفنية إجراء دراسة ...", "وأوكل المجلس إلى اللجنة مهمة ...":
    // a task assigned (news pages often type the past without its hamza); the task a
    // verbal noun, so a "بـ" inside the addressee's name ("للأمانة العامة بمجلس X") ends
    // nothing.
    ("أسند", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("أسندت", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("اسند", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("اسندت", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("يسند", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("تسند", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("أوكل", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("أوكلت", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("اوكل", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("اوكلت", &["إلى", "الى", "ل"], &["أن", "ان"]),
    ("تكلف", &[], &["ب"]),
    ("كلف", &[], &["ب"]),
    ("كلفت", &[], &["ب"]),
    ("دعو", &[], &["إلى", "الى", "ل"]),
    ("يأذن", &["ل"], &["ب", "أن", "ان"]),
    ("تأذن", &["ل"], &["ب", "أن", "ان"]),
    ("أذن", &["ل"], &["ب", "أن", "ان"]),
    ("أذنت", &["ل"], &["ب", "أن", "ان"]),
    // "ويفوض القوة ... توفير ...", "فوض القرار البعثة باتخاذ ...": authorizes its object;
    // "سمح المجلس لبعثة ... بأن تزيد ..." authorizes X. Neither calls for a thing when it
    // names no one ("لا يسمح بوضع ...": no "أن" among the enders).
    ("يفوض", &[], &["ب"]),
    ("تفوض", &[], &["ب"]),
    ("فوض", &[], &["ب"]),
    ("فوضت", &[], &["ب"]),
    ("يسمح", &["ل"], &["ب", "بأن", "بان"]),
    ("تسمح", &["ل"], &["ب", "بأن", "بان"]),
    ("سمح", &["ل"], &["ب", "بأن", "بان"]),
    ("سمحت", &["ل"], &["ب", "بأن", "بان"]),
    ("يوصي", &[], &["ب", "بأن", "أن", "ان"]),
    ("توصي", &[], &["ب", "بأن", "أن", "ان"]),
    ("أوصى", &[], &["ب", "بأن", "أن", "ان"]),
    ("أوصت", &[], &["ب", "بأن", "أن", "ان"]),
    // "أوصوا مجلس X بـ"أن يمدد ..."": the participants recommended, plural.
    ("أوصوا", &[], &["ب", "بأن", "أن", "ان"]),
    // "وتوصى بإحالة ...": the final "ي" typed as "ى".
    ("توصى", &[], &["ب", "بأن", "أن", "ان"]),
    ("يوصى", &[], &["ب", "بأن", "أن", "ان"]),
    // "واقترحت الجمعية العامة على الأمين العام إجراء مشاورات ...": a proposal to an
    // addressee asks it (a proposal to no one, "اقترح الوزير إنشاء ...", asks no one).
    ("اقترح", &["على"], &["أن", "ان"]),
    ("اقترحت", &["على"], &["أن", "ان"]),
    ("يقترح", &["على"], &["أن", "ان"]),
    ("تقترح", &["على"], &["أن", "ان"]),
    // "يوعز إلى الأمانة العامة بمتابعة ...", "وأوعز المجلس إلى X بـ": instructs X.
    ("يوعز", &["إلى", "الى"], &["ب"]),
    ("توعز", &["إلى", "الى"], &["ب"]),
    ("أوعز", &["إلى", "الى"], &["ب"]),
    ("أوعزت", &["إلى", "الى"], &["ب"]),
    // "يلتمس من الدول الأعضاء تقديم ...": beseeches X.
    ("يلتمس", &["من"], &["أن", "ان"]),
    ("تلتمس", &["من"], &["أن", "ان"]),
    ("التمس", &["من"], &["أن", "ان"]),
    ("التمست", &["من"], &["أن", "ان"]),
    // "يوجه الأمانة العامة بإعداد ...", "ووجه المجلس الأعلى X بالإسراع ...", "وجه القادة
    // X إلى وضع ...": directs X; asks only a body or an actor (`AR_DIRECTED_HEADS`: "يوجه
    // الشكر إلى ..." thanks, "وجه الأمين العام الدعوة إلى ..." invites). Not "توجه",
    // also "went to".
    ("يوجه", &[], &["ب", "إلى", "الى"]),
    ("وجه", &[], &["ب", "إلى", "الى"]),
    ("وجهت", &[], &["ب", "إلى", "الى"]),
    // "ودُعيت الدول الأعضاء إلى ...", "دُعي X إلى ...": the past passive names whom it asks
    // after it, as "تُدعى" does; an invitation to attend ("دُعي X إلى حضور ...") asks nothing
    // (`AR_ATTENDS`).
    ("دعيت", &[], &["إلى", "الى"]),
    ("دعي", &[], &["إلى", "الى"]),
    // "القرار يلزم X بوقف ...", "وألزم القرار X بتقديم ...": what a text binds X to do.
    ("يلزم", &[], &["ب"]),
    ("تلزم", &[], &["ب"]),
    ("ألزم", &[], &["ب"]),
    ("ألزمت", &[], &["ب"]),
    // "وأمر القرار X بالكف عن ...": ordered X; "كما أمر القرار بوقف ..." orders an act
    // naming no one.
    ("أمر", &[], &["ب", "بأن", "أن", "ان"]),
    ("أمرت", &[], &["ب", "بأن", "أن", "ان"]),
];

/// Verbs of directing (`AR_VERBS`) that ask only a body or an actor: "يوجه الشكر إلى ..."
/// thanks, "وجه الأمين العام الدعوة إلى ..." invites.
pub const AR_DIRECTING: &[&str] = &["يوجه", "وجه", "وجهت"];

/// Heads of those a directive asks besides `AR_ACTOR_HEADS` and `AR_BODY_HEADS` ("يوجه
/// الأجهزة المتفرعة إلى ...").
pub const AR_DIRECTED_HEADS: &[&str] = &["الأجهزة", "أجهزة", "الوزارات", "السلطات"];

/// What a directive directs when it asks no one (its article taken off): "وجه دعوته إلى
/// ...", "يوجه الشكر إلى ...", "وجه رسالة إلى ...".
pub const AR_DIRECTED_OBJECTS: &[&str] = &[
    "دعوة",
    "دعوته",
    "دعوتها",
    "دعوتهم",
    "دعوات",
    "نداء",
    "نداءه",
    "نداءها",
    "نداءهم",
    "شكر",
    "شكره",
    "شكرها",
    "تحية",
    "تهنئة",
    "رسالة",
    "رسالته",
    "رسالتها",
    "رسائل",
    "كلمة",
    "كلمته",
    "كلمتها",
    "خطاب",
    "خطابا",
    "تحذيرا",
    "انتقادات",
    "اتهامات",
    "سؤالا",
    "أسئلة",
    "اتهاما",
];

/// An invitation to attend ("دُعي X إلى حضور ..."): no request.
pub const AR_ATTENDS: &[&str] = &["حضور", "الحضور"];

/// Verbs that recommend: "توصي X بـ ..." asks X, and "توصي لجنة ... بأن يتابع X ..." asks X.
pub const AR_RECOMMENDS: &[&str] = &["يوصي", "توصي", "أوصى", "أوصت", "أوصوا", "توصى", "يوصى"];

/// Verbs that restate a call with "مجددا" / "من جديد" ("وأكد مجددا الدعوات إلى ...").
pub const AR_REITERATES: &[&str] = &["أكد", "أكدت", "يؤكد", "تؤكد"];

/// "ومضى المجلس إلى مطالبة ...": a report goes on to what the body asked.
pub const AR_GOES_ON: &[&str] = &["مضى", "مضت", "انتقل", "انتقلت", "أشار", "أشارت", "اشار"];

/// Verbs that welcome or praise: "رحب المجلس بدعوة X لعقد ..." welcomes X's invitation.
pub const AR_WELCOMES: &[&str] = &[
    "رحب",
    "رحبت",
    "يرحب",
    "ترحب",
    "أشاد",
    "أشادت",
    "يشيد",
    "تشيد",
    "ثمن",
    "يثمن",
    "أثنى",
];

/// Past demands that may name what must be done and its doer: "طالبت اللجنة (بـ)ضرورة
/// تقيد الدول العربية بسداد ..." asks the Arab States.
pub const AR_DEMANDS_OF_NECESSITY: &[&str] = &["طالب", "طالبت", "طالبوا"];

/// Verbal nouns whose genitive is their doer, not their object ("تقيد الدول بـ",
/// "التزام الأطراف بـ", "تعاون الحكومة مع"), after "ضرورة" in a demand or in what a text
/// provides for.
pub const AR_NOUNS_OF_DOERS: &[&str] = &["قيام", "تقيد", "التزام", "امتثال", "تعاون"];

/// What a standing committee is for, after its name: "اللجنة الدائمة للشؤون الزراعية".
pub const AR_FIELDS_OF_BODIES: &[&str] = &[
    "للشؤون",
    "للشئون",
    // "المجلس الوزاري العربي للمياه", "مجلس الوزراء العرب للزراعة": a ministerial council's
    // sector, never what a body calls for ("دعا المجلس للتعاون ..." stays a call).
    "للمياه",
    "للزراعة",
    "للبيئة",
    "للصحة",
    "للكهرباء",
    "للطاقة",
    "للسياحة",
    "للإسكان",
    "للاسكان",
    "للنقل",
    "للاتصالات",
];

/// The regions a regional body serves, after "لـ": "اللجنة الاقتصادية لأفريقيا", "...
/// لغربي آسيا" (a point of the compass, then its continent: `AR_COMPASS`).
pub const AR_REGIONS: &[&str] = &[
    "غرب",
    "غربي",
    "شرق",
    "شرقي",
    "شمال",
    "جنوب",
    "وسط",
    "أفريقيا",
    "افريقيا",
    "إفريقيا",
    "آسيا",
    "اسيا",
    "أوروبا",
    "اوروبا",
];

/// The points of the compass of `AR_REGIONS`: each takes the region's name after it.
pub const AR_COMPASS: &[&str] = &["غرب", "غربي", "شرق", "شرقي", "شمال", "جنوب", "وسط"];

/// Heads of a government or a State as the subject of a present verb that asks ("تطلب
/// حكومة X من Y ...", the dual "حكومتا X و Z").
pub const AR_SUBJECT_STATES: &[&str] = &["حكومة", "دولة", "جمهورية", "مملكة"];

/// Verbal nouns that ask only with their object after them ("توجيه نداء إلى X كي ...",
/// "ترك الأمر إلى X لـ ..."), each with its objects.
pub const AR_OBJECT_NOUNS: &[(&str, &[&str])] = &[
    ("توجيه", &["نداء", "نداءا", "دعوة"]),
    ("ترك", &["الأمر", "الامر"]),
];

/// What a body sends as its own act: "قررت الجامعة توجيه رسالة إلى ...".
pub const AR_LETTERS_SENT: &[&str] = &["رسالة", "رسائل", "رسالتين", "خطاب", "خطابا", "مذكرة"];

/// "توجيه عناية X إلى ...": the attention drawn (X asked).
pub const AR_ATTENTION: &[&str] = &["عناية", "اهتمام", "انتباه", "نظر"];

/// The past-tense forms of `AR_VERBS` and `AR_DECIDES`: a communiqué or a news report
/// names the body after them ("طلب المجلس من ...", "قررت الدورة ...").
pub const AR_PAST: &[&str] = &[
    "عهد",
    "أسند",
    "أسندت",
    "اسند",
    "اسندت",
    "أوكل",
    "أوكلت",
    "اوكل",
    "اوكلت",
    "أوعز",
    "أوعزت",
    "التمس",
    "التمست",
    "وجه",
    "وجهت",
    "طلب",
    "طلبت",
    "طالب",
    "طالبت",
    "دعا",
    "دعت",
    "أهاب",
    "أهابت",
    "ناشد",
    "ناشدت",
    "حث",
    "حثت",
    "شجع",
    "شجعت",
    "كلف",
    "كلفت",
    "قرر",
    "قررت",
    "دعوا",
    "طالبوا",
    "طلبوا",
    "حثوا",
    "ناشدوا",
    "كلفوا",
    "أوصى",
    "أوصت",
    // "كما دعو الى ...": "دعوا" as reports often write it, without its last alef.
    "دعو",
    "أذن",
    "أذنت",
    "فوض",
    "فوضت",
    "سمح",
    "سمحت",
    "حض",
    "حضت",
    "أمهل",
    "أمهلت",
    "قرروا",
    "اقترح",
    "اقترحت",
    "ألزم",
    "ألزمت",
    "أمر",
    "أمرت",
    "أوصوا",
];

/// A pronoun that stands for the addressee ("يطلب إليه أن ...", "يعهد اليها بـ ...").
pub const AR_PRONOUN_ADDRESSEES: &[&str] = &[
    "منه",
    "إليه",
    "اليه",
    "منها",
    "إليها",
    "اليها",
    "منهم",
    "إليهم",
    "اليهم",
    "منهما",
    "إليهما",
    "اليهما",
];

/// A person whose words a report gives ("وشدد رئيس الجمعية على ...، مطالبا بـ ..."): the
/// participle after is theirs, not the body's.
pub const AR_PERSON_HEADS: &[&str] = &[
    "رئيس",
    "الرئيس",
    "الأمين",
    "الامين",
    "وزير",
    "الوزير",
    "المندوب",
    "مندوب",
    "السفير",
    "المتحدث",
    "ممثل",
    "الممثل",
    "المبعوث",
    // "وكان أمين عام الأمم المتحدة توجه ... فأوصى بـ ...": the title without its article.
    "أمين",
    // "وقالت رئيسة المفوضية ... ودعت إلى ...": the feminine titles.
    "رئيسة",
    "الرئيسة",
    "الأمينة",
    "وزيرة",
    "الوزيرة",
    "السفيرة",
    "المندوبة",
    "مندوبة",
    "ممثلة",
    "الممثلة",
    "المتحدثة",
    "المبعوثة",
];

/// Titles a person's own name follows ("طالب الدكتور X الأمين العام للرابطة بضرورة ..."):
/// the verb's subject is that person, whatever office the name is given after it.
pub const AR_PERSON_TITLES: &[&str] = &["الدكتور", "الدكتورة", "د.", "المستشار", "المستشارة"];

/// "يجدد طلبه": a verb and its noun that renew a request ("يجدد طلبه إلى X أن ...",
/// "يجدد طلبه بأن يتولى X ..."): read as the request itself.
/// "مؤكدا دعوة المجتمع الدولي إلى ...": a participle of affirming before the call's noun
/// restates the call as "مجددا دعوته" does (its other objects, "مؤكدا أهمية ...", ask
/// nobody).
pub const AR_RENEWS: &[&str] = &[
    "يجدد",
    "تجدد",
    "يكرر",
    "تكرر",
    "جدد",
    "جددت",
    // "وكرر المجلس مطالبته بـ ...": the past of "يكرر", as "جدد" is of "يجدد".
    "كرر",
    "كررت",
    "مؤكدا",
    "مؤكدة",
    "مؤكدين",
];

/// Verbal nouns that ask someone, after "يقرر" or as a decision's item: "تكليف الأمين العام
/// بإعداد ...", "دعوة الدول الأعضاء إلى ...". Each as in `AR_VERBS`.
#[rustfmt::skip]
pub const AR_NOUN_VERBS: &[(&str, &[&str], &[&str])] = &[
    ("تكليف", &[], &["ب"]),
    ("دعوة", &[], &["إلى", "الى", "ل"]),
    // "ومطالبة لحكومة X وقف ...": the one asked after "لـ".
    ("مطالبة", &["ل"], &["ب"]),
    ("مناشدة", &[], &["أن", "ان", "ب"]),
    ("حث", &[], &["على"]),
    ("الطلب", &["إلى", "الى", "من"], &["أن", "ان"]),
    ("توجيه", &["إلى", "الى"], &["كي", "لكي", "ل", "أن", "ان", "ب"]),
    ("ترك", &["إلى", "الى"], &["ل", "كي", "لكي"]),
    ("الدعوة", &[], &["إلى", "الى", "ل"]),
    // "3- المطالبة بفتح الممرات ...": a statement's point that calls for an act.
    ("المطالبة", &["ل"], &["ب", "أن", "ان"]),
    // "إمهال X شهرين لـ ...": giving X a time to act, as "أمهل".
    ("إمهال", &[], &["ل"]),
];

/// Verbal nouns that ask for, or call, a meeting a decision names after them ("قرر المجلس
/// طلب عقد اجتماع لوزراء X", "الدعوة إلى عقد اجتماع للجنة X"): the body named to meet is
/// asked, as when the decision holds the meeting itself.
pub const AR_MEETING_CALLS: &[&str] = &["طلب", "الطلب", "دعوة", "الدعوة"];

/// Words after which a clause opens ("كما", "ثم", a preamble's "فإنه", a that-clause's
/// "أنه": "كشف المجلس على أنه يشجع الدول ...").
pub const AR_CLAUSE_OPENERS: &[&str] = &[
    // "...، حيث كلفوا ...": "where", a clause of its own.
    "حيث",
    "فقد",
    "لقد",
    "كما",
    "لذلك",
    "ولذلك",
    "ثم",
    "فإنه",
    "فإنها",
    "فانه",
    "فانها",
    "أنه",
    "أنها",
    "بأنه",
    "بأنها",
    "انه",
];

/// Verbs that say a body adopted a resolution ("اعتمدت الجمعية العامة قرارا ...").
pub const AR_ADOPTS: &[&str] = &[
    "اعتمد",
    "اعتمدت",
    "تبنى",
    "تبنت",
    "أقر",
    "أقرت",
    "أصدر",
    "أصدرت",
    // "وافق مجلس الأمن بالإجماع على قرار بنشر قوة ...": approved a resolution named by its
    // act (approving an act itself, "وافق المجلس على إرسال ...", is not adopting one).
    "وافق",
    "وافقت",
    // "صادق مجلس الأمن على قرار يقضي بـ ...": endorsed a resolution, as "وافق ... على".
    "صادق",
    "صادقت",
];

/// "واتخذ المجلس قراره بتمديد ...": a body taking its decision by its act, as "اعتمد
/// قرارا بـ ..." (the decision its own: "قراره", "قرارها").
pub const AR_TAKES: &[&str] = &["اتخذ", "اتخذت"];
pub const AR_OWN_DECISION: &[&str] = &["قراره", "قرارها"];

/// "دعّم مجلس الأمن بالإجماع قرارا ...", "أيد المجلس قرارا ...": a body backing a
/// resolution by its vote, as "اعتمد" (the words are nouns too: the body must follow).
pub const AR_BACKS: &[&str] = &["دعم", "ودعم", "أيد", "وأيد"];

/// A dual head whose two genitives are two names ("دولتي السودان وجنوب السودان").
pub const AR_DUAL_HEADS: &[&str] = &["دولتي", "حكومتي", "طرفي", "جمهوريتي", "رئيسي", "وزيري"];

/// A resolution as a report names what a body adopted: one, or two ("قرارين").
pub const AR_RESOLUTION_WORDS: &[&str] = &["قرارا", "قرار", "قرارين"];

/// A resolution with its article, named by its number after it ("اعتمد المجلس القرار 2470
/// لتمديد ...", "القرار رقم 1830 بتمديد ...").
pub const AR_TEXT_NAMED: &[&str] = &["القرار", "قرار", "القرارين"];

/// The verbal noun of adopting a text, with or without "بـ" ("تبني مجلس الأمن ... قراراً
/// ...", "رحبت البعثة بتبني مجلس الأمن قراراً ..."); its genitive is the body that adopted.
pub const AR_ADOPTION_NOUNS: &[&str] = &["تبني", "بتبني", "وتبني", "اعتماد", "باعتماد", "واعتماد"];

/// "الدول المشاركة في القمة", "القادة المجتمعون": a meeting's members, the subject of a
/// report's verb rather than its addressee.
pub const AR_MEMBER_MARKS: &[&str] = &[
    "المشاركة",
    "المشاركون",
    "المشاركين",
    "المجتمعة",
    "المجتمعون",
    "المجتمعين",
];

/// What a meeting will do, after "سـ" ("سيبعث الاجتماع برسالة ..."): no decision yet.
pub const AR_FUTURE_ACTS: &[&str] = &[
    "يبعث",
    "تبعث",
    "يوجه",
    "توجه",
    "يصدر",
    "تصدر",
    "يبحث",
    "تبحث",
    "يناقش",
    "تناقش",
    "يعقد",
    "تعقد",
];

/// Verbs that say who drafted, tabled or issued a text, with an object pronoun ("قرار
/// صاغته السلطة ...", "مشروع قرار قدمته الأردن ...", "في بيان وزعته الأمانة ...").
pub const AR_DESCRIBING_VERBS: &[&str] = &[
    "صاغ",
    "قدم",
    "أعد",
    "اعد",
    "طرح",
    "اقترح",
    "رعا",
    "وزع",
    "أصدر",
    "اصدر",
    "نشر",
    "تلا",
];

/// "مشروع قرار تقدمت به الدول ...": verbs that say who tabled a text, taking it by "به".
pub const AR_TABLED: &[&str] = &["تقدم", "تقدمت", "تقدمتا", "تقدموا"];

/// "بغية مطالبة ...", "بهدف دعوة ...": what a meeting was held for, not what it asked.
pub const AR_PURPOSE: &[&str] = &["بغية", "بهدف", "لغرض", "سعيا", "قصد", "بقصد"];

/// "في 13 نوفمبر الماضي": a day or month gone by.
pub const AR_PAST_WORDS: &[&str] = &["الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت"];

/// "تقرر أنه يجوز للدول ...", "أنه يحق للجنة ...": a permission after a decision's "أنه".
pub const AR_PERMISSIONS: &[&str] = &["يجوز", "يحق", "بإمكان", "بامكان"];

/// Those whose calls an Arabic news text tells besides the body's ("وطالب المتظاهرون ...",
/// "وحثت المعارضة ..."): the past verb's subject.
#[rustfmt::skip]
pub const AR_OTHER_PARTIES: &[&str] = &[
    "المتظاهرون", "المتظاهرين", "متظاهرون", "متظاهرين", "المحتجون", "المحتجين", "محتجون",
    "محتجين", "المعارضة", "المعارضون", "المعارضين", "الناشطون", "الناشطين", "ناشطون",
    "ناشطين", "الحقوقيون", "الحقوقيين", "المتمردون", "المتمردين",
];

/// A declaration's own commitment in the first person plural ("نلتزم بـ ...").
pub const AR_WE_COMMIT: &[&str] = &["نلتزم", "نتعهد"];

/// What one is committed to that is held, not done ("نلتزم بمبادئ الميثاق"): a view.
#[rustfmt::skip]
pub const AR_HELD_THINGS: &[&str] = &[
    "مبادئ", "المبادئ", "ميثاق", "الميثاق", "أحكام", "الأحكام", "قرارات", "القرارات", "قيم",
    "القيم", "الثوابت", "القانون", "بنود", "الاتفاق", "الاتفاقية", "المعاهدة", "الشرعية",
];

/// "آلاف المتظاهرين": a count of a crowd before who it is.
pub const AR_CROWD_COUNTS: &[&str] = &["آلاف", "الآلاف", "مئات", "المئات", "عشرات", "العشرات"];

/// Verbs of obligation before "على X": "يجب على X أن ...", "يتحتم على X تسليم ...": X
/// must act ("قال الاتحاد إنه يتحتم على X ..." asks X as "يجب على" does).
pub const AR_OBLIGATION_VERBS: &[&str] = &["يجب", "ينبغي", "يتحتم", "يتعين", "يتوجب"];

/// "من بدء عملها", "من مباشرة مهامه": the start of a doer's own work, a span's origin the
/// text does not date (not the adoption).
pub const AR_STARTS_OF: &[&str] = &["بدء", "بداية", "مباشرة", "بدأ"];
pub const AR_OWN_WORK: &[&str] = &["عمل", "أعمال", "اعمال", "مهام", "مهمة", "مهمت"];

/// "ومن المفترض أن يفعل X ...": what a report says X is to do under a text (its "is
/// supposed to"); not "كان من المفترض أن" (what was to be and was not).
pub const AR_SUPPOSED: &[&str] = &["المفترض", "المفروض"];

/// "ويجدر بـX أن يفعل ...": it behoves X to act (the doer after "بـ"; "يجدر بالذكر أن"
/// names no actor and stays a remark).
pub const AR_BEHOVES: &[&str] = &["يجدر", "ويجدر"];

/// A delegation ("رئيسة وفد X", "رئيس الوفد"): a member's delegate, who speaks in the
/// body's meeting; what the delegate appeals for is a speaker's, not the body's.
pub const AR_DELEGATIONS: &[&str] = &["وفد", "الوفد", "وفود", "الوفود"];

/// The head of a secretariat's name ("الأمانة العامة بمجلس الشورى", "أمانة المجلس"): a
/// body "بـ" names after it is the one it serves.
pub const AR_SECRETARIATS: &[&str] = &["الأمانة", "الامانة", "أمانة", "امانة", "الأمانات", "الامانات"];

/// The passive's helper opening a that-clause ("قرر أن يتم إعداد X من قبل Y"): the
/// verbal noun after it is the act, its doer the agent "من قبل" names.
pub const AR_PASSIVE_HELPERS: &[&str] = &["يتم", "تتم", "سيتم", "ستتم"];

/// People named by a common noun who may be a passive's agent ("من قبل خبراء مختصين",
/// "من قبل المستشارين"): a doer, as the heads of `AR_ACTOR_HEADS` are.
pub const AR_AGENT_NOUNS: &[&str] = &[
    "خبراء",
    "الخبراء",
    "خبير",
    "مختصين",
    "المختصين",
    "متخصصين",
    "المتخصصين",
    "مستشارين",
    "المستشارين",
    "فنيين",
    "الفنيين",
];

/// Copulas and the passive's helper after "بأن": "بأن يكون الحل ...", "بأن يتم ...": the
/// defined noun after them is no actor.
pub const AR_COPULAS: &[&str] = &[
    "يكون", "تكون", "يتم", "تتم", "يصبح", "تصبح", "يظل", "تظل", "يبقى", "تبقى",
];

/// What a resolution does by its own present verb after "قرار" ("وافق مجلس الأمن على قرار
/// يمدد لسنة مهمة ...", "قرارا يجدد ولاية ..."): the adopting body's act, as "يقضي بـ".
pub const AR_RESOLUTION_ACTS: &[&str] = &[
    "يمدد", "يجدد", "يمد", "ينشئ", "يفرض", "يرفع", "ينهي", "يعلق", "يوسع", "يعدل",
];

/// A person's own report or speech ("يرفع تقريره", "ضمن تقريره", "ألقى كلمته"): what they
/// ask in it is no decision of the body.
pub const AR_OWN_WORDS: &[&str] = &[
    "تقريره",
    "تقريرها",
    "كلمته",
    "كلمتها",
    "خطابه",
    "خطابها",
    "إحاطته",
    "إحاطتها",
];

/// "ومن المتوقع أن يدعو المجلس ...": what a body is expected or due to say, before "أن".
pub const AR_EXPECTED: &[&str] = &[
    "المتوقع",
    "المنتظر",
    "المقرر",
    "المرتقب",
    "يتوقع",
    "ويتوقع",
    "يرتقب",
    "ويرتقب",
];

/// "أبرزها", "أهمها": a list's first item follows ("تضمنت عدة بنود، أبرزها الدعوة ...").
pub const AR_LIST_HEADS: &[&str] = &["أبرزها", "أهمها", "منها", "ومنها", "أبرزه", "أهمه"];

/// Verbal nouns that state a view, not an act: a decision's item "تأكيد ما ورد ..." asks
/// no one.
pub const AR_VIEW_NOUNS: &[&str] = &[
    "دعم",
    "تأييد",
    "التأييد",
    "التنديد",
    "تنديد",
    "الإدانة",
    "إدانة",
    "استنكار",
    "الاستنكار",
    "تأكيد",
    "التأكيد",
    "الترحيب",
    "الإعراب",
    "الإشادة",
    // The same without their hamza, as older texts type them.
    "الاعراب",
    "الاشادة",
    "الادانة",
    "التنويه",
    "الإحاطة",
    "الموافقة",
    "شكر",
    "توجيه الشكر",
    // "تقديم الشكر إلى الأمانة العامة ...", "تقديم التهنئة ...": thanks given.
    "تقديم الشكر",
    "تقديم التهنئة",
    "توجيه التهنئة",
    "تقديم التقدير",
];

/// "يقرر أن يبقي المسألة قيد نظره": a body that keeps a matter under review does nothing
/// to follow up.
pub const AR_SEIZED: &[&str] = &["قيد نظره", "قيد نظرها", "قيد النظر", "قيد الاستعراض"];

/// "يقرر إبقاء هذا البند على جدول أعماله": keeping an item on the agenda, as being seized.
pub const AR_KEEPS: &[&str] = &["إبقاء", "الإبقاء", "يبقي", "تبقي", "أن يبقي", "أن تبقي"];
pub const AR_AGENDA: &[&str] = &["جدول أعماله", "جدول أعمالها", "جدول الأعمال"];
/// "إبقاء X في حال انعقاد دائم": keeping itself in session, as being seized.
pub const AR_IN_SESSION: &[&str] = &["حال انعقاد", "حالة انعقاد", "انعقاد دائم", "انعقاد مستمر"];

/// Verbal nouns with their article that open what an addressee is asked, not its name:
/// "يهيب بالدول الأعضاء القيام بما يلي" asks the Member States. Not those that are
/// also words of names: "المشاركة" ("الدول المشاركة في القمة"), "التعاون" ("منظمة التعاون
/// الإسلامي", "مجلس التعاون"), "العمل" ("منظمة العمل الدولية"), "التنسيق", "المبادرة".
pub const AR_ACTION_NOUNS: &[&str] = &[
    // "مطالبة لحكومة X وقف العنف": the act right after the name.
    "وقف",
    "القيام",
    "الإسراع",
    "المساهمة",
    "الإسهام",
    "الانضمام",
    "التصديق",
    "الامتناع",
    "الاستمرار",
    "الالتزام",
    "الامتثال",
    "الوفاء",
    "الحرص",
    "الإفراج",
    "الانسحاب",
    "التحرك",
    "السعي",
    "التعجيل",
    "الاستجابة",
    "التبرع",
    "مواصلة",
    "المواصلة",
    "التوقيع",
    "اتخاذ",
    "الاضطلاع",
    // "طالب المجلس جميع الفصائل الوصول إلى اتفاق", "حث ... الأطراف السماح بمرور ...":
    // the act in the accusative, with no preposition before it.
    "الوصول",
    "السماح",
    "التأكد",
    "العودة",
    "التوقف",
    "الكف",
    "التقيد",
    "التحلي",
    "المضي",
    "الانخراط",
    // "وطالب القرار الأمين العام التشاور مع ...": consulting, in the accusative.
    "التشاور",
];

/// What a chapeau asks when its items say it: "يهيب بالدول الأعضاء القيام بما يلي:",
/// "Prie les États de faire ce qui suit :". The items are drafted, not the chapeau.
pub const LIST_POINTERS: &[&str] = &["ما يلي", "ce qui suit"];

/// Adjectives a name takes in construct with a defined noun, without an article of their
/// own ("القوة متعددة الجنسيات", "لجنة رفيعة المستوى").
pub const AR_CONSTRUCT_ADJECTIVES: &[&str] = &[
    "متعددة",
    "متعدد",
    "رفيعة",
    "رفيع",
    "واسعة",
    "واسع",
    "محدودة",
    "محدود",
];

/// Verbs that say what a thing is or remains ("لا تزال تشكل خطرا"): after "قرر أن" and a
/// noun, a finding of fact.
/// Words of a ruling that something is void: "باطل ولاغ", "لاغية", "باطلا".
pub const AR_VOID_WORDS: &[&str] = &[
    "باطل",
    "باطلة",
    "باطلا",
    "لاغ",
    "لاغية",
    "لاغيا",
    "ولاغ",
    "ولاغية",
    "ولاغيا",
];

/// Verbs of what a thing is or remains, the dual's forms with them ("يشكلان", "تمثلان":
/// two nouns joined, one finding).
pub const AR_STATE_VERBS: &[&str] = &[
    "تشكل",
    "يشكل",
    "تزال",
    "يزال",
    "تظل",
    "يظل",
    "تمثل",
    "يمثل",
    "يشكلان",
    "تشكلان",
    "يمثلان",
    "تمثلان",
];

/// Texts a body adopts or approves: "قرر اعتماد التوصيات" adopts them, no act to follow.
pub const AR_ADOPTED_TEXTS: &[&str] = &[
    "التوصيات",
    "التقرير",
    "التقارير",
    "الميزانية",
    "الموازنة",
    "مشروع",
    "مشاريع",
    "البيان",
    // "اعتماد عدة طرق تتعلق بمشاركة X": modalities, adopted as the body decides.
    "طرق",
    "طرائق",
    "الطرائق",
];

/// A meeting's members as the subject of a past verb, an addressee after them: "وطالبت
/// الدول الأعضاء الأمانة الفنية بـ ...".
pub const AR_MEMBERS_AS_SUBJECT: &[&str] = &["الدول الأعضاء", "الدول الاعضاء", "الأعضاء", "الاعضاء"];

/// A body's own texts with its pronoun, where it speaks: "ودعت اللجنة في توصياتها ...".
/// (Its statement or resolution with a number after it is read elsewhere.)
pub const AR_OWN_TEXTS: &[&str] = &["توصياتها", "توصياته", "توصياتهم"];

/// Words of thanks a list of names follows by "لـ": "تعرب عن ارتياحها للجنة X، ...".
pub const AR_THANKS_FOR: &[&str] = &["ارتياحها", "ارتياحه", "تقديرها", "تقديره", "شكرها", "شكره"];

/// Counts before a plural: "اعتماد عدة طرق ...".
pub const AR_COUNTS: &[&str] = &["عدة", "جملة", "مجموعة"];

/// "قرر المؤتمر اعتبار X وثيقة رسمية": a body's deeming, done as it decides.
pub const AR_DEEMS: &[&str] = &["اعتبار", "إعتبار"];

/// Adverbs of a time after the one told: "يقرر بعدها المجلس ..." is a decision to come.
pub const AR_LATER: &[&str] = &["بعدها", "بعده", "لاحقا", "لاحقاً"];

/// "بصفتها السلطة المنتدبة ...", "بوصفه رئيسا ...": an addressee's capacity, set off by
/// commas after its name.
pub const AR_CAPACITY: &[&str] = &[
    "بصفته",
    "بصفتها",
    "بصفتهم",
    "بصفتهما",
    "بوصفه",
    "بوصفها",
    "بوصفهم",
];

/// "يقرر" / "قرر": the body decides; its verbal noun names the act ("يقرر تكليف ...").
/// "وقرروا متابعة ...": the leaders' plural past, its subject named before.
pub const AR_DECIDES: &[&str] = &["يقرر", "قرر", "تقرر", "قررت", "نقرر", "قرروا"];

/// "وينشئ المجلس بموجب هذا القرار لجنة ...": the text establishes a body (present tense;
/// a report's past "أنشأ" / "شكل" tells an act done).
pub const AR_ESTABLISHES: &[&str] = &["ينشئ", "تنشئ"];

/// "أقر المجلس العمل على ...", "وأقرت الجمعية تعزيز ...": a body approves an act of its own.
pub const AR_APPROVES: &[&str] = &["أقر", "أقرت"];

/// The nouns of "in the end" that open a report's last sentence ("وفي النهاية",
/// "وفي الختام") before its verb.
pub const AR_CLOSING_WORDS: &[&str] = &["النهاية", "الختام"];

/// The past "تم" ("was done") that tells a body's request in the passive before its
/// verbal noun ("وتم حث X على ..."), also feminine as the noun may ask ("تمت دعوة X").
pub const AR_PASSIVE_PAST: &[&str] = &["تم", "وتم", "تمت", "وتمت"];

/// Words that may stand before that past "تم" at its sentence's opening: "قد" ("وقد تم
/// تكليف X") and "also" ("كما تمت دعوة X").
pub const AR_PASSIVE_PAST_LEADS: &[&str] = &["قد", "وقد", "كما", "وكما"];

/// Adverbs between an Arabic verb and its addressee, or between the addressee and the act.
pub const AR_ADVERBS: &[&str] = &[
    // "قرارا يطلب فيه من الأمين العام ...": "in it", the resolution just named.
    "فيه",
    "فيها",
    "كذلك",
    "أيضا",
    "أيضاً",
    "مجددا",
    "مجدداً",
    "بشدة",
    "ايضا",
    "أخيرا",
    "اخيرا",
    "بدوره",
    "بدورها",
];

/// Phrases that may stand between a verb (or its subject) and the addressee, as
/// `AR_ADVERBS` do: "دعا المجلس من جديد الأطراف ...", "ودعا مجلس الأمن من جهة أخرى ...".
pub const AR_ADVERB_PHRASES: &[&[&str]] = &[
    &["من", "جديد"],
    &["من", "جهة", "أخرى"],
    &["من", "جهة", "اخرى"],
    &["مرة", "أخرى"],
    &["الليلة", "الماضية"],
    &["أول", "من", "أمس"],
    &["اول", "من", "امس"],
    &["في", "الوقت", "نفسه"],
    &["في", "الوقت", "ذاته"],
    &["في", "ذات", "الوقت"],
    // "داعيا في نفس الوقت جميع الأطراف إلى ...": at the same time.
    &["في", "نفس", "الوقت"],
    &["في", "الوقت", "عينه"],
    &["من", "بين", "أمور", "أخرى"],
    &["من", "بين", "امور", "اخرى"],
    &["في", "جملة", "أمور"],
    // "وقررت في الختام تكليف ...": in closing.
    &["في", "الختام"],
    // "وتشجع في هذا الصدد الإدارة على ...": in this regard.
    &["في", "هذا", "الصدد"],
    &["في", "هذا", "الشأن"],
    // "وطالب المجلس في ختام أعماله X بـ ...": at the close of its work, meeting or session.
    &["في", "ختام", "أعماله"],
    &["في", "ختام", "أعمالها"],
    &["في", "ختام", "اعماله"],
    &["في", "ختام", "اجتماعه"],
    &["في", "ختام", "اجتماعها"],
    &["في", "ختام", "اجتماعاته"],
    &["في", "ختام", "دورته"],
    &["في", "ختام", "دورتها"],
];

/// "الأمم المتحدة" with its space lost, as some news pages print it ("الأممالمتحدة"): a
/// whole name of its own.
pub const AR_RUN_TOGETHER_NAMES: &[&str] = &["الأممالمتحدة", "الاممالمتحدة"];

/// "لحقوق الإنسان", "لشؤون اللاجئين": what a body is for, after its name and before a
/// defined noun ("مفوضية الأمم المتحدة السامية لحقوق الإنسان"), part of the name; never a
/// verbal noun of the act asked ("لتقديم الدعم").
pub const AR_PURPOSE_NOUNS: &[&str] = &["لحقوق", "لشؤون", "لإغاثة", "لاغاثة"];

/// Heads of the titles whose "المعني بـ" says what their mandate covers ("المقرر الخاص
/// المعني بحالة ...", "الفريق العامل المعني بـ ..."): the "بـ" word is the title's, not the
/// verb's ender ("الأطراف المعنية بالوقف" is no title).
pub const AR_CONCERNED_TITLE_HEADS: &[&str] = &[
    "المقرر",
    "المقررة",
    "مقرر",
    "الفريق",
    "فريق",
    "اللجنة",
    "لجنة",
    "الخبير",
    "الخبيرة",
    "خبير",
    "المبعوث",
    "المبعوثة",
    "مبعوث",
    "الممثل",
    "الممثلة",
    "ممثل",
    "المكتب",
    "مكتب",
    "المنسق",
    "المنسقة",
    "المستشار",
    "المستشارة",
    "الآلية",
    "آلية",
    "المقررين",
    "الخبراء",
];

/// Proper names that begin with "ل" and are no "لـ" + a noun: "دعا المجلس حكومة لبنان إلى
/// ..." names the government of Lebanon, not "لـ" + an act ("بنان").
pub const AR_LAM_NAMES: &[&str] = &[
    "لبنان",
    "ليبيا",
    "ليبيريا",
    "لاتفيا",
    "ليتوانيا",
    "ليسوتو",
    "لكسمبرغ",
    "لوكسمبورغ",
    "ليختنشتاين",
    "لاوس",
    "لندن",
    "لاهاي",
];

/// Verbal nouns of working together: "التعاون بين X وY" has X and Y for its doers.
pub const AR_WORKING_TOGETHER: &[&str] = &["التعاون", "التنسيق", "الشراكة", "التكامل"];

/// Organisations named in the genitive after an actor ("الأمين العام للأمم المتحدة"),
/// which a verb's one-letter ender "لـ" must not take for an act.
pub const AR_GENITIVE_NAMES: &[&str] = &[
    "للأمم",
    "للامم",
    "للجامعة",
    "للمنظمة",
    "للاتحاد",
    "للمجلس",
    "للجمعية",
];

/// Verbal nouns whose genitive is what is sent, deployed or set up ("إيفاد بعثة", "نشر
/// قوة"), not who acts: a call for them names no one.
pub const AR_SENDING_NOUNS: &[&str] = &[
    "إرسال",
    "ارسال",
    "إيفاد",
    "ايفاد",
    "نشر",
    "تمركز",
    "إنشاء",
    "انشاء",
    "تشكيل",
    "تعيين",
    "نقل",
    // "طالب الإعلان بتنفيذ جميع قرارات مجلس الأمن": what is carried out.
    "تنفيذ",
    // "كرر مطالبته برفع جميع الحواجز ...": what is lifted or removed.
    "رفع",
    "إزالة",
    "ازالة", // "داعيا الى تطوير آليات ومؤسسات X": what is developed, set working or reformed.
    "تطوير",
    "تفعيل",
    "إصلاح",
    "اصلاح",
    "تحديث",
    // "كما دعوا، إلى بذل كافة الجهود من أجل ...": what is spent.
    "بذل",
    // "دعا إلى دعم هيئة X", "طالب بتقديم كافة المسؤولين إلى القضاء", "بمحاسبة X": whom
    // the act supports, brings or holds to account, not who acts.
    "دعم",
    "مساندة",
    "تمويل",
    "تقديم",
    "إحالة",
    "احالة",
    "محاسبة",
    "ملاحقة",
    "معاقبة",
];

/// Nouns of holding to a thing: "أكد المجلس على الالتزام بالدعوة لـ ..." holds to a call
/// made before (a view), it makes none.
pub const AR_COMMITMENTS: &[&str] = &[
    "الالتزام",
    "التزام",
    "التزامه",
    "التزامها",
    "التمسك",
    "تمسك",
    "تمسكه",
    "تمسكها",
];

/// What parties do, not a body by deciding it: a text that provides for a ceasefire ("ينص
/// القرار على وقف فوري لإطلاق النار ...") calls for it, naming no one unless its noun does.
pub const AR_PARTIES_ACTS: &[&str] = &[
    "وقف",
    "انسحاب",
    "إنهاء",
    "انهاء",
    "إطلاق",
    "اطلاق",
    "رفع",
    "إزالة",
    "ازالة",
];

/// Prepositions: after a verbal noun they open its object ("الإفراج عن X"), not a
/// construct leading to its doer.
pub const AR_PREPOSITIONS: &[&str] = &["عن", "من", "في", "فى", "على", "إلى", "الى", "مع"];

/// Participles a report uses for a call ("داعيا إلى ..."), with the verb each stands for;
/// "مكررا دعوته X إلى ..." renews a call.
pub const AR_PARTICIPLES: &[(&str, &str)] = &[
    ("داعيا", "يدعو"),
    ("مطالبة", "يطالب"),
    ("داعية", "يدعو"),
    ("داعين", "يدعو"),
    ("حاثة", "يحث"),
    ("مطالبا", "يطالب"),
    ("حاثا", "يحث"),
    // "مطالبين المجتمع الدولي بالتدخل ...": the leaders demanding; "مشجعا الأطراف على أن
    // ...": encouraging.
    ("مطالبين", "يطالب"),
    ("حاثين", "يحث"),
    ("مشجعا", "يشجع"),
    ("مشجعين", "يشجع"),
    // "مناشدا مجلس الأمن بتنفيذ ...": appealing to X.
    ("مناشدا", "يناشد"),
    ("مناشدين", "يناشد"),
    ("مكررا", "يجدد"),
    // "جدد المجلس التفويض، طالباً من الأمين العام تقديم تقرير ...": requesting.
    ("طالبا", "طلب"),
    ("طالبين", "طلب"),
    // "دعيا X، إلى ...": "داعيا" with its alif dropped (a slip of the news pages).
    ("دعيا", "يدعو"),
];

/// A speech, after "في": what a speaker urged in it ("وفي كلمته ... دعا ...") is no
/// decision of the body.
pub const AR_SPEECH_WORDS: &[&str] = &[
    "كلمة",
    "كلمته",
    "كلمتها",
    "كلمات",
    "الكلمات",
    "كلماتهم",
    "خطاب",
    "خطابه",
    "خطابها",
    "الخطاب",
    "الخطابات",
    "مداخلته",
    "مداخلتها",
];

/// Verbs that say a text includes what follows ("وتضمن البيان تكليف ...").
pub const AR_INCLUDES: &[&str] = &[
    "تضمن",
    "وتضمن",
    "تضمنت",
    "وتضمنت",
    "يتضمن",
    "ويتضمن",
    "جاء",
    "وجاء",
];

/// "أعلن / أوضح / ذكر المجلس أنه سيعقد جلسة ...": verbs by which a body gives its own word.
pub const AR_ANNOUNCES: &[&str] = &[
    "أعلن",
    "أعلنت",
    "أوضح",
    "أوضحت",
    "ذكر",
    "ذكرت",
    "أفاد",
    "أفادت",
];

/// "سيعقد جلسة / اجتماعا / دورة ...": a meeting a body will hold.
pub const AR_MEETING_NOUNS: &[&str] = &[
    "جلسة",
    "جلسات",
    "اجتماعا",
    "اجتماع",
    "دورة",
    "قمة",
    "مؤتمرا",
];

/// A mission's mandate, as a resolution renews it ("يجدد تفويضها", "يجدد ولاية البعثة").
pub const AR_MANDATE_WORDS: &[&str] = &["تفويض", "ولاية", "مهمة", "مهام"];

/// "لستة أشهر تبدأ في 1 مايو وتنتهي في 31 أكتوبر": a period's first and last days, named
/// by its verbs (no deadline).
pub const AR_PERIOD_BOUNDS: &[&str] = &["تبدأ", "يبدأ", "تنتهي", "ينتهي"];

/// "وينص القرار الجديد على ...": what a text is said to be when it provides for an act.
pub const AR_TEXT_NEW: &[&str] = &["الجديد", "الجديدة", "الأخير", "الأخيرة"];

/// "يقضي القرار بـ ...", "ينص القرار على ...": what a text provides for (the body's
/// decision).
pub const AR_PROVIDES: &[&str] = &["يقضي", "قضى", "ينص", "نص"];

/// A text's own present verb of extension, the text named after it ("ويمدد القرار 12 شهرا
/// للبعثة ..."): what it provides, the body's decision.
pub const AR_TEXT_EXTENDS: &[&str] = &["يمدد"];

/// Object pronouns standing for the one asked before ("داعيا إياها إلى ...").
pub const AR_OBJECT_PRONOUNS: &[&str] =
    &["إياه", "إياها", "إياهم", "إياهما", "اياه", "اياها", "اياهم"];

/// When a report says the decision was taken: "اليوم الخميس", "مساء اليوم", "أمس". They
/// end a name ("مجلس الأمن الدولي اليوم ...") and are skipped before an addressee.
pub const AR_TIME_WORDS: &[&str] = &[
    "اليوم",
    "الماضية",
    "الماضي",
    "أمس",
    "امس",
    "مساء",
    "صباح",
    "ظهر",
    "الليلة",
    "السبت",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
];

/// People named back by their plural with the article ("وقرر الوزراء ..."), who stand for
/// the speakers a report's lead names in full ("طالب وزراء الخارجية العرب ...").
pub const AR_SPEAKING_PLURALS: &[&str] = &["الوزراء", "القادة", "الزعماء", "المندوبون", "الرؤساء"];

/// The first word of a body's name: the subject a communiqué or a report names after a
/// past-tense verb ("طلب مجلس الأمن من ...", "دعا المؤتمر ...", "طلب القرار من ...").
pub const AR_BODY_HEADS: &[&str] = &[
    "المجلس",
    "مجلس",
    "المؤتمر",
    "مؤتمر",
    "الجمعية",
    "القمة",
    "الاجتماع",
    "الدورة",
    "القرار",
    "الوزراء",
    "اللجنة",
    "الاتحاد",
    "البيان",
    "المشاركون",
    "القادة",
    "الإعلان",
    "مشروع",
    "قادة",
    "زعماء",
    "الزعماء",
    "مفوضية",
    "المفوضية",
    "قرار",
    "اجتماع",
    "الجامعة",
    "وزراء",
    "المجتمعون",
    "أعضاء",
    // "كما دعت قمة القدس ...": a summit by its name; "قررت جامعة الدول العربية ...";
    // "ناشد البرلمان العربي ...".
    "قمة",
    "جامعة",
    "البرلمان",
    // "وطالب إعلان القاهرة ...": a declaration named by its place.
    "إعلان",
    "اعلان",
    "الاعلان",
    // "ودعت المنظمة جميع الدول إلى ...": the organization itself.
    "المنظمة",
    // "دعت وزارة الزراعة جميع البلديات بضرورة ...": a ministry that calls.
    "وزارة",
    "الوزارة",
];

/// Bodies named only as the one whose meeting is held ("وعقد الدورة الـ60 للمكتب التنفيذي"):
/// an executive bureau, a commission.
pub const AR_MEETING_BODIES: &[&str] = &["المكتب", "الهيئة"];

/// A manner set off by commas after a verb ("، وبشكل عاجل،", "، بقوة،").
pub const AR_MANNER_ASIDES: &[&str] = &["بشكل", "بقوة", "بصورة", "بشدة"];

/// Words that open an aside after a report's subject, up to its comma ("في ختام ...،",
/// "عقب اجتماع ...،", "برئاسة ...،"); a longer one is a prefix ("برئاسة").
pub const AR_ASIDE_OPENERS: &[&str] = &[
    "في",
    "فى",
    "وفي",
    "عقب",
    "إثر",
    "اثر",
    "خلال",
    "بعد",
    "برئاسة",
    "حسب",
    "وفق",
    "وفقا",
];

/// The text itself as a subject: "ويدعو القرار ...", "طالب البيان الختامي ...", "يدعو مشروع
/// القرار ..." (never the addressee, whatever the verb's tense), or named in passing ("في
/// قراره").
pub const AR_TEXT_HEADS: &[&str] = &[
    // "كما طالب الميثاق بـ ...", "ودعت الوثيقة إلى ...": a charter or a document.
    "الميثاق",
    "الوثيقة",
    "قرار",
    "القرار",
    "مشروع",
    "البيان",
    "الإعلان",
    "قراره",
    "بيانه",
    "بيان",
    "إعلان",
    "اعلان",
    "الاعلان",
];

/// "طلب المجلس في بيان له من X ...": "of its", after a text the body names in passing.
pub const AR_TEXT_OWNERS: &[&str] = &["له", "لها", "لهم", "لهما"];

/// "أكد القرار ... تمديد ولاية X": the acts of a decision a text affirms (its body's own).
pub const AR_AFFIRMED_ACTS: &[&str] = &["تمديد", "تعليق", "تجديد", "إنشاء", "تشكيل", "إنهاء"];

/// "المجلس المؤلف من 15 دولة": participles of what a body is made of, describing it.
pub const AR_MADE_OF: &[&str] = &[
    "المؤلف",
    "المؤلفة",
    "المكون",
    "المكونة",
    "المتألف",
    "المتألفة",
];

/// "نص البيان على ضرورة ...": nouns of what must be, a view where a text provides for
/// them (`AR_PROVIDES`) with no one named to act.
pub const AR_NECESSITY: &[&str] = &["ضرورة", "أهمية", "وجوب", "اهمية"];

/// "نص القرار", "منطوق القرار": the wording of a text (before one of `AR_TEXT_HEADS`),
/// which speaks as the text does.
pub const AR_TEXT_PARTS: &[&str] = &["نص", "منطوق", "فقرات"];

/// Relative pronouns: a name ends before them ("الدول التي نقلت ...").
pub const AR_RELATIVES: &[&str] = &[
    "التي",
    "الذي",
    "الذين",
    "اللتين",
    "اللذين",
    "اللاتي",
    "الذى",
    "التى",
];

/// The first word of an actor's name, for "أن يتولى الأمين العام ..." (the subject of the
/// verb after "أن" acts), a decision's "تعقد اللجنة ..." and a pronoun's antecedent
/// ("دعاه" after "الأمين العام").
#[rustfmt::skip]
pub const AR_ACTOR_HEADS: &[&str] = &[
    "الأمين",
    "الامين",
    // "الأمينان العامان للجامعة وللمنظمة": two.
    "الأمينان",
    "الامينان",
    "الأمانة",
    "الامانة",
    // "تقوم أمانة المجلس بإعداد ...", "يتم ترشيحهم من قبل إدارة الجامعة": a secretariat
    // and an administration named by their construct.
    "أمانة",
    "إدارة",
    "الدول",
    "اللجنة",
    "لجنة",
    // "لجان الجزاءات المعنية": committees, the plural.
    "اللجان",
    "لجان",
    "المجلس",
    "مجلس",
    "الرئيس",
    "رئيس",
    "المدير",
    "المنظمة",
    "منظمة",
    "الفريق",
    "فريق",
    "المبعوث",
    "الممثل",
    "المفوض",
    "المفوضية",
    "الوكالة",
    "وكالة",
    "البنك",
    "الصندوق",
    "صندوق",
    "الهيئة",
    "هيئة",
    "البعثة",
    "بعثة",
    "الحكومة",
    "حكومة",
    "الحكومات",
    "المكتب",
    "مكتب",
    "الاتحاد",
    "المؤتمر",
    "مؤسسات",
    "المؤسسات",
    "جميع",
    "كافة",
    "الأطراف",
    "الجهات",
    "الوفود",
    "المجموعة",
    "مدير", "أمين", "ممثل", "حكومات", "رؤساء", "الحكومات", "وفود", "دول",
    "الحركة", "الحركات", "القوات", "قوات", "الشركاء",
    "مختلف", "سائر", "مندوبو", "مندوبي", "ممثلو", "ممثلي",
    "الجمهورية", "جمهورية", "المملكة", "مملكة",
    "المنظمات", "الهيئات", "الوكالات", "البلدان", "وزراء", "أصحاب",
    // "تدعو الدول وآليات الأمم المتحدة إلى ...": mechanisms asked beside States.
    "آليات", "الآليات",
    // "بانسحاب مسلحي جماعة الحوثي": a group's fighters.
    "مسلحي", "مسلحو", "المسلحين",
    // "الأمانة العامة ودولة الرئاسة ولجنة وزارية": a State by its role.
    "دولة",
    // "الدول الأعضاء ومنظومة الأمم المتحدة والمجتمع المدني", "ووكالات الأمم المتحدة":
    // a system, agencies, funds or programmes asked beside States.
    "منظومة", "وكالات", "برنامج", "منظمات", "هيئات", "مفوضية",
    // "دعا منظمة X والاتحاد الأوروبي وحركة عدم الانحياز", "من مجلس السفراء وبعثات
    // الجامعة بالخارج": a movement, a union or missions further down a list of those asked.
    "حركة", "اتحاد", "بعثات", "البعثات",
    // "أن يدعم أعضاء الاتحاد المقترح": a body's members, by their construct.
    "أعضاء",
];

/// Defined adjectives that are not nisba forms ("اللجنة الدائمة", "الجمعية العامة").
pub const AR_ADJECTIVES: &[&str] = &[
    "الدائمة",
    "الدائم",
    "العامة",
    "العام",
    "المتحدة",
    "الأعضاء",
    "الخاصة",
    "الخاص",
    "العليا",
    "الأعلى",
    "المشتركة",
    "المعنية",
    "المختصة",
    "العرب",
    "الموسع",
    "الموسعة",
    "الطارئ",
    "الطارئة",
    "الكبرى",
    "الصغرى",
    "العظمى",
    "الوسطى",
];

/// How a body decided, between "يقرر المجلس" and what it decides ("بالإجماع").
/// "قرر المجلس بالاتفاق إعطاء ...": by consensus, as "بالإجماع".
pub const AR_MANNER: &[&str] = &[
    "بالإجماع",
    "بالاجماع",
    "بتوافق",
    "دون",
    "تصويت",
    "بالاتفاق",
    "بالتوافق",
];

/// "قرارا جديدا يقضي بـ ...": an adjective of the resolution a body adopted, between it and
/// what it provides for.
/// "قرارا تاريخيا يطالب ...": one that qualifies it likewise.
pub const AR_RESOLUTION_ADJECTIVES: &[&str] = &[
    "جديد",
    "جديدا",
    "آخر",
    "اخر",
    "تاريخي",
    "تاريخيا",
    "هاما",
    "مهما",
    "حاسما",
    "ملزما",
];

/// Items numbered by ordinal words: "أولا -", "ثانيا -" (tanween gone).
pub const AR_ORDINAL_ITEMS: &[&str] = &[
    "أولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
];

/// Words that carry an actor's name on past an indefinite word: "الجهات ذات الصلة",
/// "الدول الأعضاء في المنظمة" (a preposition with a defined noun after it; not "من",
/// which opens the addressee after a subject: "طلب المجلس من الاتحاد ...").
pub const AR_NAME_LINKS: &[&str] = &["ذات", "ذوي", "ذوو", "غير", "في", "لدى", "التابعة"];

/// Arabic month names, both forms (Egyptian/UN "يوليو" and Levantine "تموز").
#[rustfmt::skip]
pub const AR_MONTHS: &[(&str, i8)] = &[
    ("يناير", 1), ("كانون الثاني", 1), ("فبراير", 2), ("شباط", 2), ("مارس", 3), ("آذار", 3),
    ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("نيسان", 4), ("مايو", 5), ("أيار", 5),
    ("ايار", 5), ("يونيو", 6), ("يونيه", 6), ("يونية", 6), ("حزيران", 6), ("يوليو", 7),
    ("يوليه", 7), ("يولية", 7), ("تموز", 7), ("أغسطس", 8), ("اغسطس", 8), ("آب", 8),
    ("سبتمبر", 9), ("أيلول", 9), ("ايلول", 9), ("أكتوبر", 10), ("اكتوبر", 10),
    ("تشرين الأول", 10), ("تشرين الاول", 10), ("نوفمبر", 11), ("تشرين الثاني", 11),
    ("ديسمبر", 12), ("كانون الأول", 12), ("كانون الاول", 12),
    // The Maghreb's series: Moroccan ("ماي", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر")
    // and Algerian / Tunisian ("جانفي", "فيفري", "أفريل", "جوان", "جويلية", "أوت"); the
    // other names of both series are above.
    ("ماي", 5), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("جوان", 6), ("جويلية", 7),
    ("أوت", 8), ("اوت", 8),
];

/// "النصف الثاني من مارس", "الأسبوع الأول من مايو": parts of a month before an ordinal and
/// "من" and the month's name, which name no day of it.
pub const AR_MONTH_PARTS: &[&str] = &[
    "النصف",
    "الأسبوع",
    "الاسبوع",
    "الربع",
    "الثلث",
    "العشر",
    "العقد",
    "الشهر",
    "الجزء",
];

/// Hijri month names (a Hijri date is read past: the Gregorian one beside it is used).
pub const AR_HIJRI_MONTHS: &[&str] = &[
    "محرم",
    "صفر",
    "ربيع",
    "جمادى",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "ذي",
];

/// Hours in a span ("في غضون 48 ساعة"): read as the days they end in.
pub const AR_HOURS: &[&str] = &["ساعة", "ساعات"];

/// Arabic spans of time after "خلال" / "في غضون": the word, how many, the unit.
#[rustfmt::skip]
pub const AR_SPANS: &[(&str, u32, SpanUnit)] = &[
    ("يوما", 0, SpanUnit::Days), ("يوماً", 0, SpanUnit::Days), ("يوم", 1, SpanUnit::Days),
    ("أيام", 0, SpanUnit::Days), ("يومين", 2, SpanUnit::Days),
    ("أسبوع", 1, SpanUnit::Weeks), ("أسبوعا", 0, SpanUnit::Weeks), ("أسابيع", 0, SpanUnit::Weeks),
    ("أسبوعين", 2, SpanUnit::Weeks),
    ("شهر", 1, SpanUnit::Months), ("شهرا", 0, SpanUnit::Months), ("أشهر", 0, SpanUnit::Months),
    ("اشهر", 0, SpanUnit::Months), ("شهور", 0, SpanUnit::Months), ("شهرين", 2, SpanUnit::Months),
    ("سنة", 1, SpanUnit::Years), ("عام", 1, SpanUnit::Years), ("سنوات", 0, SpanUnit::Years),
    ("أعوام", 0, SpanUnit::Years), ("سنتين", 2, SpanUnit::Years), ("عامين", 2, SpanUnit::Years),
];

/// Arabic words of a period by themselves: "سنويا" (yearly), "شهريا" (monthly).
#[rustfmt::skip]
pub const AR_EVERY_WORDS: &[(&str, SpanUnit)] = &[
    ("سنويا", SpanUnit::Years), ("سنوياً", SpanUnit::Years), ("شهريا", SpanUnit::Months),
    ("شهرياً", SpanUnit::Months), ("أسبوعيا", SpanUnit::Weeks), ("أسبوعياً", SpanUnit::Weeks),
];

/// Arabic phrases of a period that name it by how often ("مرتين في السنة": twice a year),
/// with N and the unit; read before the single words above, which some contain.
#[rustfmt::skip]
pub const AR_EVERY_PHRASES: &[(&str, u32, SpanUnit)] = &[
    ("مرتين في السنة", 6, SpanUnit::Months), ("مرتين في العام", 6, SpanUnit::Months),
    ("مرتين سنويا", 6, SpanUnit::Months), ("مرتين سنوياً", 6, SpanUnit::Months),
    ("مرة في السنة", 1, SpanUnit::Years), ("مرة في العام", 1, SpanUnit::Years),
    ("مرة كل سنة", 1, SpanUnit::Years), ("مرة كل عام", 1, SpanUnit::Years),
    ("بصفة فصلية", 3, SpanUnit::Months), ("كل ربع سنة", 3, SpanUnit::Months),
    ("فصليا", 3, SpanUnit::Months), ("فصلياً", 3, SpanUnit::Months),
];

/// Parts of a year an Arabic text dates an act by ("بحلول منتصف عام 2027"), and the month
/// each ends with.
#[rustfmt::skip]
pub const AR_YEAR_PARTS: &[(&str, i8)] = &[
    ("منتصف", 6), ("النصف الأول", 6), ("النصف الاول", 6), ("النصف الثاني", 12),
    ("الربع الأول", 3), ("الربع الاول", 3), ("الربع الثاني", 6), ("الربع الثالث", 9),
    ("الربع الرابع", 12), ("الربع الأخير", 12), ("الربع الاخير", 12),
];

/// Arabic number words, for "خلال ثلاثة أشهر".
#[rustfmt::skip]
pub const AR_NUMBERS: &[(&str, u32)] = &[
    ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5),
    ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8),
    ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10),
];

/// Arabic ordinal words, masculine and feminine, for "دورتها الحادية والثمانين" and "المؤتمر
/// الثالث والعشرين": units, then tens.
#[rustfmt::skip]
pub const AR_ORDINAL_UNITS: &[(&str, u32)] = &[
    ("الأول", 1), ("الأولى", 1), ("الاولى", 1), ("الاول", 1), ("الحادي", 1), ("الحادية", 1),
    ("الثاني", 2), ("الثانية", 2), ("الثالث", 3), ("الثالثة", 3), ("الرابع", 4),
    ("الرابعة", 4), ("الخامس", 5), ("الخامسة", 5), ("السادس", 6), ("السادسة", 6),
    ("السابع", 7), ("السابعة", 7), ("الثامن", 8), ("الثامنة", 8), ("التاسع", 9),
    ("التاسعة", 9), ("العاشر", 10), ("العاشرة", 10),
];

#[rustfmt::skip]
pub const AR_ORDINAL_TENS: &[(&str, u32)] = &[
    ("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30), ("الأربعين", 40),
    ("الأربعون", 40), ("الاربعين", 40), ("الخمسين", 50), ("الخمسون", 50), ("الستين", 60),
    ("الستون", 60), ("السبعين", 70), ("السبعون", 70), ("الثمانين", 80), ("الثمانون", 80),
    ("التسعين", 90), ("التسعون", 90),
];

/// A meeting's words before its ordinal or "next": "دورتها الحادية والثمانين", "الدورة
/// القادمة", "المؤتمر الإسلامي القادم لوزراء الخارجية", "دور الانعقاد العادي المقبل".
pub const AR_SESSION_WORDS: &[&str] = &[
    "الدورة",
    "دورته",
    "دورتها",
    "دورتهما",
    "دور الانعقاد",
    "المؤتمر الإسلامي",
    "المؤتمر الاسلامي",
    "المؤتمر",
    "القمة",
    "الاجتماع",
    "اجتماعه",
    "اجتماعها",
    "مؤتمر القمة",
    "اجتماع",
    "مؤتمر",
];

/// "أصحاب الجلالة والسمو قادة دول ...": the honorific before a subject (or standing for
/// it), its first word and the titles that follow it.
pub const AR_HONORIFIC_HEADS: &[&str] = &["أصحاب", "اصحاب", "صاحب", "صاحبا"];
pub const AR_HONORIFIC_TITLES: &[&str] = &[
    "الجلالة",
    "والجلالة",
    "السمو",
    "والسمو",
    "الفخامة",
    "والفخامة",
    "المعالي",
    "والمعالي",
    "السيادة",
    "والسيادة",
    "السعادة",
    "والسعادة",
    "الملكي",
    "الدولة",
    "والدولة",
];

/// "ووجهوا بأن يتم ...", "وجه بأن تقوم ...": a directive that something be done, in the
/// past of a report.
pub const AR_DIRECTS: &[&str] = &["وجه", "وجهت", "وجهوا", "وجها"];

/// "القادمة", "المقبل": the next meeting.
/// The days of the week with the article, Monday 0 ("الجمعة المقبلة": next Friday).
pub const AR_WEEKDAYS: &[(&str, i8)] = &[
    ("الاثنين", 0),
    ("الإثنين", 0),
    ("الثلاثاء", 1),
    ("الأربعاء", 2),
    ("الاربعاء", 2),
    ("الخميس", 3),
    ("الجمعة", 4),
    ("السبت", 5),
    ("الأحد", 6),
    ("الاحد", 6),
];

pub const AR_NEXT: &[&str] = &["القادمة", "القادم", "المقبلة", "المقبل"];

/// A body that meets in yearly numbered sessions, by its Arabic name: its first session's
/// year less one and the month its sessions open ("the General Assembly's Nth session opens
/// in September of 1945 + N").
/// Masculine nouns of a body that meets in sessions: "دورته" (its, masculine) after one
/// of them asked is its session.
pub const AR_MASCULINE_BODY_NOUNS: &[&str] = &["مجلس", "المجلس", "مؤتمر", "المؤتمر"];

pub const AR_YEARLY_SESSIONS: &[(&str, i16, i8)] = &[("الجمعية العامة", 1945, 9)];

/// Words before an Arabic date that make it a deadline ("بحلول 31 ديسمبر 2025").
pub const AR_BY: &[&str] = &[
    "بحلول",
    "قبل",
    "أقصاه",
    "اقصاه",
    "موعد لا يتجاوز",
    "في موعد أقصاه",
    "في",
    // "فى 27 مايو": "في" with a dotless final yaa, as Egyptian sites write it.
    "فى",
    "يوم",
    // "اعتبارا من 16 حزيران": the day a decision takes effect; "إعتباراً من" as news
    // sites also spell it, with a hamza under the alif.
    "اعتبارا من",
    "اعتباراً من",
    "إعتبارا من",
    "إعتباراً من",
    // "مطلع شهر يناير عام 2028", "خلال شهر مايو 2028": early in, or during, a month.
    "مطلع",
    "أوائل",
    "اوائل",
    "بداية",
    // "في منتصف نوفمبر القادم", "أواخر شهر مايو 2028": the middle, or the late part, of a
    // month, as "مطلع" its early part: due that month.
    "منتصف",
    "أواسط",
    "اواسط",
    "أواخر",
    "اواخر",
    "خلال",
];

/// Arabic letters of lettered sub-paragraphs, in their order ("(أ)", "(ب)", ...).
pub const AR_LETTERS: &[char] = &['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل'];

/// Words that open an aside before a that-clause's subject ("that pending a review, the
/// Board shall ...", "that if possible the Board shall ..."): a subject never opens with
/// them.
pub const CLAUSE_ASIDE_OPENERS: &[&str] = &[
    "pending",
    "if",
    "unless",
    "until",
    "upon",
    "after",
    "before",
    "following",
    "during",
    "notwithstanding",
    "whenever",
    "once",
    "while",
    "whilst",
    "subject",
];

/// An office an aside names after a person ("Jane Doe, chairperson of X, called ...").
pub const OFFICIAL_TITLES: &[&str] = &[
    "chairperson",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "secretary-general",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "minister",
    "commissioner",
    "envoy",
];

/// An official whose past-tense appeal in a report ("the High Commissioner urged ...") is
/// their own words, not the body's request.
pub const SPEAKER_TITLES: &[&str] = &[
    "commissioner",
    "rapporteur",
    "prosecutor",
    "envoy",
    "coordinator",
    "adviser",
    "advisor",
];

/// The head nouns of an organ's name ("Committee of Ministers", "Executive Board").
pub(crate) const ORGAN_NOUNS: &[&str] = &[
    "committee",
    "council",
    "board",
    "commission",
    "assembly",
    "conference",
    "bureau",
];

/// Adverbs that single out a part of those just named ("A and particularly B", "A,
/// especially B"): the part is no actor of its own.
pub const SINGLING_OUT: &[&str] = &["particularly", "especially", "notably"];
