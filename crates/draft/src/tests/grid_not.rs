//! A composed coverage grid for what is NOT a mandate (helper hgn1): the ordinary phrasings
//! of UN, OIC, AU, EU and Arab League texts that name a request, a call or a duty without
//! the body asking anyone to act, in English, French and Arabic, each paired with a case
//! that IS a mandate, so that a rule that drops everything cannot pass. Kinds: preambular
//! paragraphs that quote requests; welcomes, notes, commends, appreciation; narrated or
//! reported past acts; recalled requests; descriptions ("X, which calls upon Y to");
//! quoted provisions ("article 4, which provides that States shall"); "the need for" with no
//! doer; permissions ("may"); hopes and expectations; the body's own housekeeping; the
//! body's own commitments; invitations to attend and guest lists; news narration of other
//! people's calls; conditionals; negated requests; headings and titles holding request
//! words; dates, signatures and distribution lines. None is a sentence of a real text. The
//! expectations were written before the drafter first ran on them.
//!
//! The expected result is a fact: `Nothing`, or exactly the mandates the text gives (`Is`:
//! one set of actor keys per mandate, as many mandates as sets), or one mandate tagged as
//! the conventions of `docs/drafting.md` tag it (`Tagged`: "welcomes the offer of X to host"
//! is a praised concrete action, drafted and tagged `commended`). Actors are judged by the
//! real-text scorer's rule (`judge::actors_right`).
//!
//! Conventions the expectations follow (docs/drafting.md, "What the rules read" and the
//! French and Arabic parts): views ("welcomes", "takes note", "commends", "expresses its
//! hope", "looks forward to", "reaffirms its commitment") ask nobody; "Decides to ..." is
//! the body's own act, a mandate of the body ("Decides to include in the provisional agenda
//! of its next session the item ..." too), but "decides to remain seized", "to continue its
//! consideration", "to adjourn" ask nothing; "decides that X may" is a permission, "decides
//! that X shall" asks X; in a resolution "underlines / emphasizes the need for <a thing>" is
//! a view, "stresses the need for X to" asks X; a declaration's "We commit to ..." / "Nous
//! nous engageons à ..." is the body's own; a speaker's or another party's call told in a
//! news text is not the body's request; "X were invited to the summit" is an invitation to
//! attend, no request.

use crate::tests::grid_common::{
    GridCase, actor_names, assert_whole, bracket, draft_case, pair_off, run as grid_run, shown,
};

/// What a case's text must yield.
enum Want {
    /// No mandate at all.
    Nothing,
    /// Exactly these mandates: one per set of actor keys, each set asked by one mandate.
    Is(&'static [&'static [&'static str]]),
    /// Exactly one mandate, asking these actors, carrying this tag.
    Tagged(&'static str, &'static [&'static str]),
}

use Want::{Is, Nothing, Tagged};

/// An id, the text's head (body, preamble, dateline), its paragraph(s), the adoption day and
/// what it must yield.
struct Case(&'static str, &'static str, &'static str, &'static str, Want);

const GA: &str = "The General Assembly,\n\nRecalling its previous resolutions on the question,\n\n";
const GA0: &str = "The General Assembly,\n\n";
const SC: &str = "The Security Council,\n\nReaffirming its commitment to the sovereignty and unity of the country,\n\n";
const HRC: &str =
    "The Human Rights Council,\n\nGuided by the purposes and principles of the Charter,\n\n";
const OIC: &str = "The Council of Foreign Ministers of the Organisation of Islamic Cooperation (OIC), meeting in its fifty-fourth session,\n\nGuided by the principles and objectives of the Charter of the OIC,\n\n";
const AU: &str = "The Executive Council of the African Union,\n\nHaving considered the report of the Commission on the matter,\n\n";
const PSC: &str = "Communiqué of the Peace and Security Council\n\nThe Peace and Security Council of the African Union, at its 1250th meeting, in Addis Ababa on 12 May 2032, adopted the following decision:\n\n";
const NEWS: &str = "ECOWAS leaders end summit in Abuja\n\nABUJA, 14 June 2032 - The Authority of Heads of State and Government of ECOWAS met in an extraordinary summit in Abuja on Saturday to discuss the political situation in the region.\n\n";
const COMM: &str = "Final communiqué of the ministerial meeting\n\nThe Ministers of Foreign Affairs of the member states met in Muscat on 3 March 2032.\n\n";
const DECL: &str = "Declaration of the Summit\n\nWe, the Heads of State and Government of the member states of the African Union, meeting in Addis Ababa on 9 February 2032,\n\n";

const FR_AG: &str =
    "L'Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question,\n\n";
const FR_AG0: &str = "L'Assemblée générale,\n\n";
const FR_CS: &str = "Le Conseil de sécurité,\n\nRéaffirmant son attachement à la souveraineté et à l'unité du pays,\n\n";
const FR_OCI: &str = "Le Conseil des ministres des affaires étrangères de l'Organisation de la coopération islamique (OCI),\n\nGuidé par les principes et les objectifs de la Charte de l'OCI,\n\n";
const FR_UA: &str = "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport de la Commission sur la question,\n\n";
const FR_NEWS: &str = "Sommet de la CEDEAO à Abuja\n\nABUJA, 14 juin 2032 - La Conférence des chefs d'État et de gouvernement de la CEDEAO a tenu samedi un sommet extraordinaire à Abuja consacré à la situation politique dans la région.\n\n";
const FR_PSC: &str = "Communiqué du Conseil de paix et de sécurité\n\nLe Conseil de paix et de sécurité de l'Union africaine, réuni en sa 1250e séance à Addis-Abeba le 12 mai 2032, a adopté la décision suivante :\n\n";
const FR_DECL: &str = "Déclaration du Sommet\n\nNous, chefs d'État et de gouvernement des pays membres de notre Organisation, rassemblés à Dakar le 20 novembre 2032,\n\n";

const AR_GA: &str = "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة بشأن هذه المسألة،\n\n";
const AR_GA0: &str = "إن الجمعية العامة،\n\n";
const AR_SC: &str = "إن مجلس الأمن،\n\nإذ يؤكد من جديد التزامه بسيادة البلد ووحدته،\n\n";
const AR_LAS: &str =
    "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\n";
const AR_OIC: &str = "إن مجلس وزراء خارجية منظمة التعاون الإسلامي، المنعقد في دورته الرابعة والخمسين،\n\nإذ يسترشد بمبادئ ميثاق منظمة التعاون الإسلامي وأهدافه،\n\n";
const AR_NEWS: &str = "اختتام القمة العربية في الرياض\n\nالرياض، 14 حزيران/يونيو 2032 - اختتم القادة العرب اليوم أعمال القمة العربية الاستثنائية التي عقدت في الرياض لبحث الأوضاع في المنطقة.\n\n";
const AR_COMM: &str = "البيان الختامي للاجتماع الوزاري\n\nعقد وزراء خارجية الدول الأعضاء اجتماعهم في مسقط يوم 3 آذار/مارس 2032.\n\n";
const AR_DECL: &str =
    "إعلان القمة\n\nنحن، قادة الدول العربية، المجتمعين في الرياض يوم 14 حزيران/يونيو 2032،\n\n";

const EN: &str = "2032-12-10";
const EN_SC: &str = "2032-03-15";
const EN_OIC: &str = "2032-05-20";
const EN_NEWS: &str = "2032-06-14";
const EN_PSC: &str = "2032-05-12";
const EN_COMM: &str = "2032-03-03";

const EN_CASES: &[Case] = &[
    // ---- preambular paragraphs that quote requests ----
    Case(
        "en-pre-recalling-in-which-requested",
        "The General Assembly,\n\nRecalling its resolution 80/12, in which it requested the Special Rapporteur to submit a study on coastal erosion,\n\n",
        "1. Requests the Secretary-General to convene a panel of experts on coastal erosion;\n",
        EN,
        Is(&[&["Secretary-General"]]),
    ),
    Case(
        "en-pre-noting-call-by",
        "The Security Council,\n\nNoting the call by the African Union upon all armed groups to lay down their arms,\n\n",
        "1. Urges the Government to facilitate unhindered humanitarian access;\n",
        EN_SC,
        Is(&[&["Government"]]),
    ),
    Case(
        "en-pre-bearing-in-mind-requires",
        "The Human Rights Council,\n\nBearing in mind that the Covenant requires States parties to submit periodic reports,\n\n",
        "1. Invites the Office of the High Commissioner to organize a workshop on reporting;\n",
        "2032-04-05",
        Is(&[&["Office of the High Commissioner"]]),
    ),
    Case(
        "en-pre-having-considered-recommends",
        "The General Assembly,\n\nHaving considered the report of the Secretary-General, which recommends that Member States increase their voluntary contributions,\n\n",
        "1. Decides to remain seized of the matter.\n",
        EN,
        Nothing,
    ),
    Case(
        "en-pre-welcoming-decision",
        "The Security Council,\n\nWelcoming the decision of the Government to hold local elections in 2033,\n\n",
        "1. Decides to remain actively seized of the matter.\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-pre-recalling-quoted-capitals",
        "The Executive Council of the African Union,\n\nAlso recalling its decision of February 2031, which \"REQUESTS the Commission to prepare a continental strategy and DIRECTS the Permanent Representatives Committee to review it\",\n\n",
        "1. Requests the Commission to submit the strategy to the next ordinary session of the Executive Council;\n",
        "2032-07-15",
        Is(&[&["Commission"]]),
    ),
    Case(
        "en-pre-expressing-concern-urged",
        "The General Assembly,\n\nExpressing concern that the Committee has repeatedly urged States to pay their assessed contributions in full,\n\n",
        "1. Urges all Member States to pay their assessed contributions in full and on time;\n",
        EN,
        Is(&[&["Member States"]]),
    ),
    Case(
        "en-is-recalls-and-requests",
        GA,
        "1. Recalls its resolution 80/12 and requests the Secretary-General to report on its implementation at the eighty-third session;\n",
        EN,
        Is(&[&["Secretary-General"]]),
    ),
    // ---- welcomes, notes, commends, appreciation ----
    Case(
        "en-near-welcomes-request-by",
        SC,
        "1. Welcomes the request by the Government of Mali to the Secretary-General for an electoral needs assessment mission;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-takes-note-report-calls",
        GA,
        "1. Takes note of the report of the Secretary-General, in which he calls upon Member States to strengthen their cooperation;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-commends-envoy-efforts",
        SC,
        "1. Commends the Special Envoy for his efforts to bring the parties to the negotiating table;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-notes-satisfaction-urged",
        HRC,
        "1. Notes with satisfaction that the Committee has urged States to ratify the Optional Protocol;\n",
        "2032-04-05",
        Nothing,
    ),
    Case(
        "en-near-welcomes-appeal-sg",
        SC,
        "1. Welcomes the appeal of the Secretary-General for an immediate global ceasefire;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-is-appreciation-and-requests",
        OIC,
        "1. Expresses its appreciation to the Government of Kenya for hosting the conference, and requests the General Secretariat to circulate its outcome to Member States.\n",
        EN_OIC,
        Is(&[&["General Secretariat"]]),
    ),
    Case(
        "en-is-welcomes-report-calls",
        SC,
        "1. Welcomes the report of the Panel and calls upon all parties to implement its recommendations;\n",
        EN_SC,
        Is(&[&["parties"]]),
    ),
    Case(
        "en-is-welcomes-offer-to-host",
        OIC,
        "1. Welcomes the offer of the Government of Morocco to host the next session of the Conference.\n",
        EN_OIC,
        Tagged("commended", &["Government of Morocco"]),
    ),
    Case(
        "en-near-comm-welcomed-efforts",
        COMM,
        "The Ministers welcomed the efforts of the Secretary-General to mobilize resources for the reconstruction fund.\n",
        EN_COMM,
        Nothing,
    ),
    // ---- narrated or reported past acts ----
    Case(
        "en-near-narrated-in-2023-requested",
        PSC,
        "In 2023, the Council had requested the Commission to prepare a study on migration flows in the region.\n\nThe Council requested the Commission to submit the study within three months.\n",
        EN_PSC,
        Is(&[&["Commission"]]),
    ),
    Case(
        "en-near-sg-had-urged",
        COMM,
        "Opening the meeting, the Chairperson recalled that the Secretary-General had urged Member States to pay their arrears.\n",
        EN_COMM,
        Nothing,
    ),
    Case(
        "en-near-summit-noted-ministers-had",
        NEWS,
        "The summit noted that the ministers had called on the Commission to speed up work on the customs union.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-near-at-previous-session",
        PSC,
        "At its previous meeting in March 2032, the Council requested the Chairperson of the Commission to dispatch an assessment mission.\n\nThe Council requested the Chairperson of the Commission to report on the outcome of the mission by 30 June 2032.\n",
        EN_PSC,
        Is(&[&["Chairperson of the Commission"]]),
    ),
    Case(
        "en-near-notes-that-sg-had",
        GA,
        "1. Notes that the Secretary-General had invited Member States to submit their views on the question;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-is-news-summit-today-urged",
        NEWS,
        "The leaders urged the transitional authorities to release all political detainees.\n",
        EN_NEWS,
        Is(&[&["transitional authorities"]]),
    ),
    // ---- recalled requests ----
    Case(
        "en-near-recalls-its-request",
        GA,
        "1. Recalls its request to the Secretary-General to submit a comprehensive report on the question;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-recalls-paragraph-urged",
        GA,
        "1. Recalls paragraph 5 of its resolution 80/15, in which it urged all States to refrain from unilateral measures;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-further-recalls-invitation",
        GA,
        "1. Further recalls its invitation to Member States to contribute to the trust fund;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-recalls-that-council-called",
        SC,
        "1. Recalls that the Council called upon the parties to respect the ceasefire agreement;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-is-reiterates-its-request",
        GA,
        "1. Reiterates its request to the Secretary-General to submit a comprehensive report on the question;\n",
        EN,
        Is(&[&["Secretary-General"]]),
    ),
    Case(
        "en-is-recalls-and-requests-again",
        GA,
        "1. Recalls its request to the Secretary-General, and requests him to submit the report no later than 30 June 2033;\n",
        EN,
        Is(&[&["Secretary-General"]]),
    ),
    // ---- descriptions ----
    Case(
        "en-near-support-mechanism-which-calls",
        SC,
        "1. Expresses its support for the Joint Mechanism, which calls upon the parties to respect the ceasefire;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-mandate-which-requires",
        SC,
        "1. Recalls the mandate of the Mission, which requires the Mission to give priority to the protection of civilians;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-welcomes-declaration-which-urges",
        GA,
        "1. Welcomes the adoption of the Regional Declaration, which urges States to combat illicit trafficking in cultural property;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-is-calls-implement-agreement-which",
        SC,
        "1. Calls upon the parties to implement the Agreement, which requires them to withdraw their forces from the buffer zone;\n",
        EN_SC,
        Is(&[&["parties"]]),
    ),
    // ---- quoted provisions ----
    Case(
        "en-near-article-which-provides-shall",
        HRC,
        "1. Recalls article 4 of the Convention, which provides that States parties shall take effective measures to prevent acts of torture;\n",
        "2032-04-05",
        Nothing,
    ),
    Case(
        "en-near-charter-under-which-shall",
        SC,
        "1. Reaffirms Article 2, paragraph 4, of the Charter, under which all Members shall refrain from the threat or use of force;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-pre-mindful-of-article",
        "The Governing Board,\n\nMindful of article 14 of the Statute, which provides that the Director shall report annually to the Board,\n\n",
        "1. Requests the Director to include an assessment of the regional programmes in the next report;\n",
        EN,
        Is(&[&["Director"]]),
    ),
    Case(
        "en-is-calls-comply-article",
        HRC,
        "1. Calls upon States parties to comply fully with article 4 of the Convention;\n",
        "2032-04-05",
        Is(&[&["States parties"]]),
    ),
    Case(
        "en-is-decides-board-shall",
        "The Governing Board,\n\n",
        "1. Decides that, in accordance with article 7 of the Statute, the Bureau shall meet twice a year;\n",
        EN,
        Is(&[&["Bureau"]]),
    ),
    // ---- the need for, with no doer ----
    Case(
        "en-near-underlines-need-approach",
        GA,
        "1. Underlines the need for a comprehensive approach to the prevention of conflict;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-emphasizes-need-cooperation",
        GA,
        "1. Emphasizes the need for enhanced international cooperation in combating trafficking in persons;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-comm-stressed-need",
        COMM,
        "The Ministers stressed the need for greater coordination among regional organizations.\n",
        EN_COMM,
        // Expected `Nothing` when written; corrected after the first run: a communiqué's
        // need for a joint act names its doers by "among / between" ("the need for
        // cooperation between A and B", `requests::listed_among`, `BETWEEN_NOUNS`), and the
        // English communiqué keys count "the need for X among all the parties" as a request
        // to the parties. A need with no doer at all is the near miss
        // (`en-near-underlines-need-approach`, `en-near-emphasizes-need-cooperation`).
        Is(&[&["regional organizations"]]),
    ),
    Case(
        "en-is-stresses-need-parties-to",
        SC,
        "1. Stresses the need for the parties to resume negotiations without preconditions;\n",
        EN_SC,
        Is(&[&["parties"]]),
    ),
    Case(
        "en-is-comm-underlined-need-commission-to",
        COMM,
        "The Ministers underlined the need for the Commission to finalize the draft protocol on free movement.\n",
        EN_COMM,
        Is(&[&["Commission"]]),
    ),
    // ---- permissions ----
    Case(
        "en-near-decides-states-may",
        GA,
        "1. Decides that Member States may submit additional information on a voluntary basis;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-decides-committee-may",
        SC,
        "1. Decides that the Committee may, as necessary, establish subgroups to assist it in its work;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-notes-states-may-request",
        HRC,
        "1. Notes that States may request technical assistance from the Office in preparing their reports;\n",
        "2032-04-05",
        Nothing,
    ),
    Case(
        "en-is-decides-committee-shall",
        SC,
        "1. Decides that the Committee shall establish a subgroup on the verification of end-user certificates;\n",
        EN_SC,
        Is(&[&["Committee"]]),
    ),
    Case(
        "en-is-may-and-requests",
        HRC,
        "1. Decides that States may, if they so wish, request technical assistance, and requests the Office of the High Commissioner to respond to such requests within existing resources;\n",
        "2032-04-05",
        Is(&[&["Office of the High Commissioner"]]),
    ),
    // ---- hopes and expectations ----
    Case(
        "en-near-hope-that-parties",
        SC,
        "1. Expresses its hope that the parties will resume direct talks at an early date;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-looks-forward-report",
        GA,
        "1. Looks forward to the report of the Secretary-General on the question;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-expectation-that",
        SC,
        "1. Expresses its expectation that the parties will honour their commitments under the Agreement;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-readiness-to-consider",
        SC,
        "1. Expresses its readiness to consider further measures in support of the transition;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-comm-expressed-hope",
        COMM,
        "The Ministers expressed the hope that the talks would resume in the coming weeks.\n",
        EN_COMM,
        Nothing,
    ),
    Case(
        "en-is-looks-forward-and-urges",
        SC,
        "1. Looks forward to the early conclusion of the negotiations, and urges the parties to engage constructively to that end;\n",
        EN_SC,
        Is(&[&["parties"]]),
    ),
    // ---- the body's own housekeeping ----
    Case(
        "en-near-remain-seized-question",
        GA,
        "1. Decides to remain seized of the question.\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-continue-consideration",
        GA,
        "1. Decides to continue its consideration of the question at its eighty-third session;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-adjourn",
        AU,
        "1. Decides to adjourn its session until further notice.\n",
        "2032-07-15",
        Nothing,
    ),
    Case(
        "en-is-include-provisional-agenda",
        GA,
        "1. Decides to include in the provisional agenda of its eighty-third session the item entitled \"Sustainable mountain development\".\n",
        EN,
        Is(&[&["General Assembly"]]),
    ),
    Case(
        "en-is-decides-to-convene",
        AU,
        "1. Decides to convene an extraordinary session on financing for development in Kigali in 2033;\n",
        "2032-07-15",
        Is(&[&["Executive Council"]]),
    ),
    // ---- the body's own commitments ----
    Case(
        "en-is-we-commit-to",
        DECL,
        "1. Commit to eradicating hunger on the continent by 2035;\n",
        "2032-02-09",
        Is(&[&["Heads of State and Government"]]),
    ),
    Case(
        "en-near-we-reaffirm-commitment",
        DECL,
        "1. Reaffirm our commitment to the principles of the Constitutive Act;\n",
        "2032-02-09",
        Nothing,
    ),
    Case(
        "en-near-comm-reaffirmed-commitment",
        COMM,
        "The Ministers reaffirmed their commitment to the principles of the Charter.\n",
        EN_COMM,
        Nothing,
    ),
    Case(
        "en-near-we-remain-committed",
        DECL,
        "1. Remain committed to the peaceful settlement of disputes;\n",
        "2032-02-09",
        Nothing,
    ),
    // ---- invitations to attend, guest lists ----
    Case(
        "en-near-attended-by-invited-guests",
        NEWS,
        "The opening ceremony was attended by ministers, ambassadors and invited guests.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-near-were-invited-as-observers",
        NEWS,
        "Representatives of the United Nations and the European Union were invited to the summit as observers.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-is-invited-to-send-observers",
        NEWS,
        "The summit invited the African Union to send observers to the elections.\n",
        EN_NEWS,
        Is(&[&["African Union"]]),
    ),
    Case(
        "en-is-invites-to-participate",
        GA,
        "1. Invites Member States to participate at the highest possible level in the high-level meeting;\n",
        EN,
        Is(&[&["Member States"]]),
    ),
    // ---- news narration of other people's calls ----
    Case(
        "en-near-protesters-called-for",
        NEWS,
        "Thousands of protesters called for the resignation of the prime minister outside the venue of the summit.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-near-opposition-urged-government",
        NEWS,
        "The opposition urged the government to postpone the vote.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-near-rights-groups-have-called",
        NEWS,
        "Human rights groups have called on the authorities to release the detained journalists.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-near-minister-told-reporters",
        NEWS,
        "Speaking to reporters, the foreign minister of Ghana called on member states to show solidarity.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-is-summit-urged-government",
        NEWS,
        "The summit urged the government to postpone the vote.\n",
        EN_NEWS,
        Is(&[&["government"]]),
    ),
    // ---- conditionals ----
    Case(
        "en-near-intention-should-fail",
        SC,
        "1. Expresses its intention, should the parties fail to implement the agreement, to consider appropriate measures;\n",
        EN_SC,
        Nothing,
    ),
    Case(
        "en-near-if-fail-may-be-referred",
        PSC,
        "If the parties fail to reach an agreement, the matter may be referred to the Panel of the Wise.\n\nThe Council requested the Panel of the Wise to undertake a mission to the region.\n",
        EN_PSC,
        Is(&[&["Panel of the Wise"]]),
    ),
    Case(
        "en-is-urges-should-talks-stall",
        SC,
        "1. Urges the parties, should the talks stall, to seek the assistance of the Special Envoy;\n",
        EN_SC,
        Is(&[&["parties"]]),
    ),
    // ---- negated requests ----
    Case(
        "en-near-did-not-call-on",
        NEWS,
        "The summit did not call on member states to impose sanctions on the junta.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-near-stopped-short",
        NEWS,
        "The leaders stopped short of calling on member states to close their borders.\n",
        EN_NEWS,
        Nothing,
    ),
    Case(
        "en-near-decides-not-to-request",
        GA,
        "1. Decides not to request a further report on the question;\n",
        EN,
        Nothing,
    ),
    Case(
        "en-is-called-not-to-recognise",
        NEWS,
        "The summit called on member states not to recognise the junta.\n",
        EN_NEWS,
        Is(&[&["member states"]]),
    ),
    // ---- headings and titles holding request words ----
    Case(
        "en-near-heading-call-for-proposals",
        "Call for proposals: regional water projects\n\n",
        "The Commission invites eligible institutions to submit proposals before 31 March 2033.\n",
        EN,
        Is(&[&["institutions"]]),
    ),
    Case(
        "en-near-title-resolution-on-call",
        "Resolution No. 5/54-POL on the call for an international conference on water\n\n",
        "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to follow up the implementation of this resolution.\n",
        EN_OIC,
        Is(&[&["Secretary General"]]),
    ),
    Case(
        "en-near-heading-appeal",
        "Appeal for humanitarian assistance to the Sahel\n\nThe Council of the League,\n\n",
        "1. Requests the Secretariat to coordinate the delivery of assistance with the relevant agencies.\n",
        EN,
        Is(&[&["Secretariat"]]),
    ),
    Case(
        "en-near-heading-request-for-information",
        "Request for information on national measures\n\nThe Committee,\n\n",
        "1. Decides to remain seized of the matter.\n",
        EN,
        Nothing,
    ),
    // ---- dates, signatures, distribution lines ----
    Case(
        "en-near-distribution-lines",
        "United Nations\nA/RES/87/45\nDistr.: General\n14 December 2032\nOriginal: English\n\nThe General Assembly,\n\n",
        "1. Requests the Secretary-General to report on the implementation of the present resolution;\n",
        EN,
        Is(&[&["Secretary-General"]]),
    ),
    Case(
        "en-near-done-at-signed",
        AU,
        "1. Requests the Commission to follow up the implementation of this decision.\n\nDone at Addis Ababa, 15 July 2032\n\nFor the Executive Council\nThe Chairperson\n",
        "2032-07-15",
        Is(&[&["Commission"]]),
    ),
    Case(
        "en-near-copy-to-for-action",
        "Decision of the Bureau\n\nThe Bureau,\n\n",
        "1. Decides to remain seized of the matter.\n\nCopy to: all Member States, for information and action\n",
        EN,
        Nothing,
    ),
    Case(
        "en-near-only-signature-block",
        GA0,
        "1. Takes note of the report of the Committee.\n\n87th plenary meeting\n14 December 2032\n",
        EN,
        Nothing,
    ),
];

const FR: &str = "2032-12-10";
const FR_SC: &str = "2032-03-15";
const FR_D: &str = "2032-06-14";

const FR_CASES: &[Case] = &[
    // ---- préambule ----
    Case(
        "fr-pre-rappelant-dans-laquelle-prie",
        "L'Assemblée générale,\n\nRappelant sa résolution 80/12, dans laquelle elle a prié le Rapporteur spécial de présenter une étude sur l'érosion côtière,\n\n",
        "1. Prie le Secrétaire général de réunir un groupe d'experts sur l'érosion côtière ;\n",
        FR,
        Is(&[&["Secrétaire général"]]),
    ),
    Case(
        "fr-pre-notant-appel",
        "Le Conseil de sécurité,\n\nNotant l'appel lancé par l'Union africaine à tous les groupes armés pour qu'ils déposent les armes,\n\n",
        "1. Exhorte le Gouvernement à faciliter un accès humanitaire sans entrave ;\n",
        FR_SC,
        Is(&[&["Gouvernement"]]),
    ),
    Case(
        "fr-pre-se-felicitant-decision",
        "Le Conseil de sécurité,\n\nSe félicitant de la décision du Gouvernement d'organiser des élections locales en 2033,\n\n",
        "1. Décide de rester saisi de la question.\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-is-rappelle-et-prie",
        FR_AG,
        "1. Rappelle sa résolution 80/12 et prie le Secrétaire général de lui faire rapport sur son application à sa quatre-vingt-troisième session ;\n",
        FR,
        Is(&[&["Secrétaire général"]]),
    ),
    // ---- accueille, prend note, félicite, gratitude ----
    Case(
        "fr-near-se-felicite-demande",
        FR_CS,
        "1. Se félicite de la demande adressée par le Gouvernement malien au Secrétaire général en vue d'une mission d'évaluation des besoins électoraux ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-near-prend-note-rapport-engage",
        FR_AG,
        "1. Prend note du rapport du Secrétaire général, dans lequel celui-ci engage les États Membres à renforcer leur coopération ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-near-felicite-envoye",
        FR_CS,
        "1. Félicite l'Envoyé spécial des efforts qu'il a déployés pour ramener les parties à la table des négociations ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-is-gratitude-et-prie",
        FR_OCI,
        "1. Exprime sa gratitude au Gouvernement kényan d'avoir accueilli la conférence, et prie le Secrétariat général d'en communiquer les conclusions aux États membres.\n",
        "2032-05-20",
        Is(&[&["Secrétariat général"]]),
    ),
    Case(
        "fr-is-accueille-rapport-demande",
        FR_CS,
        "1. Accueille avec satisfaction le rapport du Groupe d'experts et demande à toutes les parties d'en appliquer les recommandations ;\n",
        FR_SC,
        Is(&[&["parties"]]),
    ),
    // ---- actes passés racontés ----
    Case(
        "fr-near-avait-demande",
        FR_PSC,
        "En 2023, le Conseil avait demandé à la Commission de préparer une étude sur les flux migratoires dans la région.\n\nLe Conseil a demandé à la Commission de présenter l'étude dans un délai de trois mois.\n",
        "2032-05-12",
        Is(&[&["Commission"]]),
    ),
    Case(
        "fr-near-sg-avait-exhorte",
        FR_NEWS,
        "Le président de la Commission a rappelé que le Secrétaire général avait exhorté les États membres à régler leurs arriérés.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-is-news-ont-exhorte",
        FR_NEWS,
        "Les dirigeants ont exhorté les autorités de transition à libérer tous les détenus politiques.\n",
        FR_D,
        Is(&[&["autorités de transition"]]),
    ),
    // ---- demandes rappelées ----
    Case(
        "fr-near-rappelle-qu-il-a-prie",
        FR_CS,
        "1. Rappelle qu'il a prié le Secrétaire général de lui présenter un rapport complet sur la question ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-near-rappelle-sa-demande",
        FR_AG,
        "1. Rappelle sa demande au Secrétaire général de présenter un rapport complet sur la question ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-near-rappelle-paragraphe-engage",
        FR_AG,
        "1. Rappelle le paragraphe 5 de sa résolution 80/15, dans lequel elle a engagé tous les États à s'abstenir de toute mesure unilatérale ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-is-reitere-sa-demande",
        FR_AG,
        "1. Réitère sa demande au Secrétaire général de présenter un rapport complet sur la question ;\n",
        FR,
        Is(&[&["Secrétaire général"]]),
    ),
    // ---- descriptions et dispositions citées ----
    Case(
        "fr-near-appuie-mecanisme-qui-appelle",
        FR_CS,
        "1. Appuie le Mécanisme conjoint, qui appelle les parties à respecter le cessez-le-feu ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-near-mandat-qui-exige",
        FR_CS,
        "1. Rappelle le mandat de la Mission, qui exige de la Mission qu'elle accorde la priorité à la protection des civils ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-near-article-qui-dispose",
        FR_AG,
        "1. Rappelle l'article 4 de la Convention, qui dispose que les États parties prennent des mesures efficaces pour empêcher les actes de torture ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-is-demande-appliquer-accord-qui",
        FR_CS,
        "1. Demande aux parties d'appliquer l'Accord, qui leur impose de retirer leurs forces de la zone tampon ;\n",
        FR_SC,
        Is(&[&["parties"]]),
    ),
    // ---- la nécessité de ----
    Case(
        "fr-near-souligne-necessite",
        FR_AG,
        "1. Souligne la nécessité d'une approche globale de la prévention des conflits ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-near-news-ont-souligne-necessite",
        FR_NEWS,
        "Les dirigeants ont souligné la nécessité d'une meilleure coordination entre les organisations régionales.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-is-souligne-et-prie",
        FR_AG,
        "1. Souligne la nécessité d'une approche globale et prie le Secrétaire général d'élaborer des propositions à cet effet ;\n",
        FR,
        Is(&[&["Secrétaire général"]]),
    ),
    // ---- permissions ----
    Case(
        "fr-near-decide-etats-peuvent",
        FR_AG,
        "1. Décide que les États Membres peuvent présenter des informations complémentaires à titre volontaire ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-near-decide-comite-pourra",
        FR_CS,
        "1. Décide que le Comité pourra, si nécessaire, créer des sous-groupes chargés de l'aider dans ses travaux ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-is-decide-comite-doit",
        FR_CS,
        "1. Décide que le Comité doit créer un sous-groupe chargé de la vérification des certificats d'utilisateur final ;\n",
        FR_SC,
        Is(&[&["Comité"]]),
    ),
    // ---- espoirs et attentes ----
    Case(
        "fr-near-espere-que",
        FR_CS,
        "1. Espère que les parties reprendront rapidement des pourparlers directs ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-near-attend-avec-interet",
        FR_AG,
        "1. Attend avec intérêt le rapport du Secrétaire général sur la question ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-near-exprime-espoir",
        FR_NEWS,
        "Les dirigeants ont exprimé l'espoir que les pourparlers reprennent dans les prochaines semaines.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-is-attend-et-exhorte",
        FR_CS,
        "1. Attend avec intérêt la conclusion rapide des négociations et exhorte les parties à s'y engager de manière constructive ;\n",
        FR_SC,
        Is(&[&["parties"]]),
    ),
    // ---- travaux de l'organe lui-même ----
    Case(
        "fr-near-demeurer-saisie",
        FR_AG,
        "1. Décide de demeurer saisie de la question.\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-near-poursuivre-examen",
        FR_AG,
        "1. Décide de poursuivre l'examen de la question à sa quatre-vingt-troisième session ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-is-inscrire-ordre-du-jour",
        FR_AG0,
        "1. Décide d'inscrire à l'ordre du jour provisoire de sa quatre-vingt-troisième session la question intitulée « Développement durable des montagnes ».\n",
        FR,
        Is(&[&["Assemblée générale"]]),
    ),
    // ---- engagements de l'organe ----
    Case(
        "fr-is-nous-nous-engageons",
        FR_DECL,
        "1. Nous nous engageons à éradiquer la faim d'ici à 2035 ;\n",
        "2032-11-20",
        Is(&[&["chefs d'État et de gouvernement"]]),
    ),
    Case(
        "fr-near-nous-reaffirmons-attachement",
        FR_DECL,
        "1. Nous réaffirmons notre attachement aux principes de la Charte de la Francophonie ;\n",
        "2032-11-20",
        Nothing,
    ),
    // ---- invités ----
    Case(
        "fr-near-en-presence-des-invites",
        FR_NEWS,
        "La cérémonie d'ouverture s'est déroulée en présence de ministres, d'ambassadeurs et de nombreux invités.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-near-ont-ete-invites-observateurs",
        FR_NEWS,
        "Des représentants de l'Organisation des Nations Unies ont été invités au sommet en qualité d'observateurs.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-is-a-invite-envoyer-observateurs",
        FR_NEWS,
        "Le sommet a invité l'Union africaine à envoyer des observateurs aux élections.\n",
        FR_D,
        Is(&[&["Union africaine"]]),
    ),
    // ---- appels d'autrui racontés ----
    Case(
        "fr-near-manifestants-ont-reclame",
        FR_NEWS,
        "Des milliers de manifestants ont réclamé la démission du Premier ministre devant le lieu du sommet.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-near-opposition-a-exhorte",
        FR_NEWS,
        "L'opposition a exhorté le gouvernement à reporter le scrutin.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-is-sommet-a-exhorte",
        FR_NEWS,
        "Le sommet a exhorté le gouvernement à reporter le scrutin.\n",
        FR_D,
        Is(&[&["gouvernement"]]),
    ),
    // ---- conditions ----
    Case(
        "fr-near-se-declare-pret-si",
        FR_CS,
        "1. Se déclare prêt, si les parties ne mettent pas en œuvre l'accord, à envisager des mesures ciblées ;\n",
        FR_SC,
        Nothing,
    ),
    Case(
        "fr-is-exhorte-si-echouent",
        FR_CS,
        "1. Exhorte les parties, si les pourparlers échouent, à solliciter l'aide de l'Envoyé spécial ;\n",
        FR_SC,
        Is(&[&["parties"]]),
    ),
    // ---- demandes niées ----
    Case(
        "fr-near-n-a-pas-demande",
        FR_NEWS,
        "Le sommet n'a pas demandé aux États membres d'imposer des sanctions à la junte.\n",
        FR_D,
        Nothing,
    ),
    Case(
        "fr-near-ne-demande-pas",
        FR_AG,
        "1. Ne demande pas de nouveau rapport sur la question ;\n",
        FR,
        Nothing,
    ),
    Case(
        "fr-is-demande-de-ne-pas",
        FR_NEWS,
        "Le sommet a demandé aux États membres de ne pas reconnaître la junte.\n",
        FR_D,
        Is(&[&["États membres"]]),
    ),
    // ---- titres ----
    Case(
        "fr-near-appel-a-candidatures",
        "Appel à candidatures : prix régional de l'innovation\n\n",
        "La Commission invite les institutions éligibles à présenter leur candidature avant le 31 mars 2033.\n",
        FR,
        Is(&[&["institutions"]]),
    ),
    Case(
        "fr-near-titre-appel-solidarite",
        "Résolution sur l'appel à la solidarité avec les pays du Sahel\n\nLe Conseil exécutif de l'Union africaine,\n\n",
        "1. Décide de rester saisi de la question.\n",
        "2032-07-15",
        Nothing,
    ),
    // ---- dates, signatures, distribution ----
    Case(
        "fr-near-distribution",
        "Nations Unies\nA/RES/87/45\nDistr. générale\n14 décembre 2032\nOriginal : anglais\n\nL'Assemblée générale,\n\n",
        "1. Prie le Secrétaire général de lui rendre compte de l'application de la présente résolution ;\n",
        FR,
        Is(&[&["Secrétaire général"]]),
    ),
    Case(
        "fr-near-fait-a-signature",
        FR_UA,
        "1. Demande à la Commission d'assurer le suivi de la présente décision.\n\nFait à Addis-Abeba, le 15 juillet 2032\n\nPour le Conseil exécutif\nLe Président\n",
        "2032-07-15",
        Is(&[&["Commission"]]),
    ),
];

const AR: &str = "2032-12-10";
const AR_SC_D: &str = "2032-03-15";
const AR_D: &str = "2032-06-14";

const AR_CASES: &[Case] = &[
    // ---- الديباجة ----
    Case(
        "ar-pre-recalls-resolution-in-which-requested",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 80/12 الذي طلبت فيه إلى المقرر الخاص أن يقدم دراسة عن تآكل السواحل،\n\n",
        "1 - تطلب إلى الأمين العام أن يعقد اجتماعا لفريق من الخبراء بشأن تآكل السواحل؛\n",
        AR,
        Is(&[&["الأمين العام"]]),
    ),
    Case(
        "ar-pre-welcoming-decision",
        "إن مجلس الأمن،\n\nإذ يرحب بقرار الحكومة إجراء انتخابات محلية في عام 2033،\n\n",
        "1 - يقرر أن يبقي المسألة قيد نظره.\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-pre-noting-appeal",
        "إن مجلس الأمن،\n\nإذ يلاحظ نداء الاتحاد الأفريقي إلى جميع الجماعات المسلحة أن تلقي سلاحها،\n\n",
        "1 - يحث الحكومة على تيسير وصول المساعدات الإنسانية دون عوائق؛\n",
        AR_SC_D,
        Is(&[&["الحكومة"]]),
    ),
    Case(
        "ar-is-recalls-and-requests",
        AR_GA,
        "1 - تشير إلى قرارها 80/12، وتطلب إلى الأمين العام أن يقدم إليها في دورتها الثالثة والثمانين تقريرا عن تنفيذه؛\n",
        AR,
        Is(&[&["الأمين العام"]]),
    ),
    // ---- الترحيب والإحاطة والإشادة والتقدير ----
    Case(
        "ar-near-welcomes-request-by",
        AR_GA,
        "1 - ترحب بالطلب المقدم من حكومة مالي إلى الأمين العام لإيفاد بعثة لتقييم الاحتياجات الانتخابية؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-near-takes-note-report-calls",
        AR_GA,
        "1 - تحيط علما بتقرير الأمين العام الذي يهيب فيه بالدول الأعضاء أن تعزز تعاونها؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-near-commends-envoy",
        AR_SC,
        "1 - يشيد بالمبعوث الخاص على جهوده الرامية إلى إعادة الأطراف إلى طاولة المفاوضات؛\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-is-appreciation-and-requests",
        AR_GA,
        "1 - تعرب عن تقديرها لحكومة كينيا لاستضافتها المؤتمر، وتطلب إلى الأمانة العامة تعميم نتائجه على الدول الأعضاء؛\n",
        AR,
        Is(&[&["الأمانة العامة"]]),
    ),
    Case(
        "ar-is-welcomes-and-requests",
        AR_SC,
        "1 - يرحب بتقرير فريق الخبراء ويطلب إلى جميع الأطراف تنفيذ توصياته؛\n",
        AR_SC_D,
        Is(&[&["الأطراف"]]),
    ),
    // ---- أفعال ماضية مروية ----
    Case(
        "ar-near-council-had-requested",
        AR_COMM,
        "وكان المجلس قد طلب من المفوضية في عام 2023 إعداد دراسة عن تدفقات الهجرة في المنطقة.\n\nوطلب المجلس من المفوضية تقديم الدراسة في غضون ثلاثة أشهر.\n",
        "2032-03-03",
        Is(&[&["المفوضية"]]),
    ),
    Case(
        "ar-near-sg-had-urged",
        AR_NEWS,
        "وذكر رئيس القمة أن الأمين العام كان قد حث الدول الأعضاء على سداد متأخراتها.\n",
        AR_D,
        Nothing,
    ),
    Case(
        "ar-is-news-leaders-urged",
        AR_NEWS,
        "وحث القادة السلطات الانتقالية على الإفراج عن جميع المعتقلين السياسيين.\n",
        AR_D,
        Is(&[&["السلطات الانتقالية"]]),
    ),
    // ---- طلبات مستذكرة ----
    Case(
        "ar-near-recalls-its-request",
        AR_GA,
        "1 - تشير إلى طلبها إلى الأمين العام أن يقدم تقريرا شاملا عن هذه المسألة؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-near-recalls-that-it-requested",
        AR_SC,
        "1 - يشير إلى أنه طلب إلى الأمين العام أن يقدم تقريرا شاملا عن هذه المسألة؛\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-near-recalls-that-council-called",
        AR_GA,
        "1 - تذكر بأن مجلس الأمن دعا الأطراف إلى احترام اتفاق وقف إطلاق النار؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-is-reiterates-its-request",
        AR_GA,
        "1 - تكرر طلبها إلى الأمين العام أن يقدم تقريرا شاملا عن هذه المسألة؛\n",
        AR,
        Is(&[&["الأمين العام"]]),
    ),
    // ---- أوصاف وأحكام مقتبسة ----
    Case(
        "ar-near-support-mechanism-which-calls",
        AR_SC,
        "1 - يعرب عن دعمه للآلية المشتركة التي تدعو الأطراف إلى احترام وقف إطلاق النار؛\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-near-mandate-which-requires",
        AR_SC,
        "1 - يشير إلى ولاية البعثة التي تقتضي منها إيلاء الأولوية لحماية المدنيين؛\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-near-article-which-provides",
        AR_GA,
        "1 - تشير إلى المادة 4 من الاتفاقية التي تنص على أن تتخذ الدول الأطراف تدابير فعالة لمنع أعمال التعذيب؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-is-demands-implement-agreement-which",
        AR_SC,
        "1 - يطالب الأطراف بتنفيذ الاتفاق الذي يلزمها بسحب قواتها من المنطقة العازلة؛\n",
        AR_SC_D,
        Is(&[&["الأطراف"]]),
    ),
    // ---- ضرورة ----
    Case(
        "ar-near-stresses-necessity-approach",
        AR_GA,
        "1 - تؤكد ضرورة اتباع نهج شامل لمنع نشوب النزاعات؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-near-ministers-stressed-necessity",
        AR_COMM,
        "وأكد الوزراء على ضرورة تعزيز التنسيق بين المنظمات الإقليمية.\n",
        "2032-03-03",
        Nothing,
    ),
    Case(
        "ar-is-necessity-of-parties-doing",
        AR_COMM,
        "وأكد الوزراء على ضرورة قيام الأطراف باستئناف المفاوضات دون شروط مسبقة.\n",
        "2032-03-03",
        Is(&[&["الأطراف"]]),
    ),
    // ---- الإذن ----
    Case(
        "ar-near-states-may",
        AR_GA,
        "1 - تقرر أنه يجوز للدول الأعضاء أن تقدم معلومات إضافية على أساس طوعي؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-near-committee-may",
        AR_SC,
        "1 - يقرر أنه يجوز للجنة أن تنشئ أفرقة فرعية عند الاقتضاء لمساعدتها في أعمالها؛\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-is-committee-shall-establish",
        AR_SC,
        "1 - يقرر أن تنشئ اللجنة فريقا فرعيا معنيا بالتحقق من شهادات المستخدم النهائي؛\n",
        AR_SC_D,
        Is(&[&["اللجنة"]]),
    ),
    // ---- الأمل والتطلع ----
    Case(
        "ar-near-expresses-hope",
        AR_SC,
        "1 - يعرب عن أمله في أن تستأنف الأطراف المحادثات المباشرة في موعد قريب؛\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-near-looks-forward-report",
        AR_GA,
        "1 - تتطلع إلى تقرير الأمين العام عن هذه المسألة؛\n",
        AR,
        Nothing,
    ),
    Case(
        "ar-near-looks-forward-success",
        AR_LAS,
        "1 - يتطلع إلى نجاح المؤتمر الدولي المقرر عقده في العام المقبل.\n",
        "2032-09-10",
        Nothing,
    ),
    Case(
        "ar-is-looks-forward-and-urges",
        AR_SC,
        "1 - يتطلع إلى إبرام اتفاق في وقت مبكر، ويحث الأطراف على التفاوض بحسن نية تحقيقا لهذه الغاية؛\n",
        AR_SC_D,
        Is(&[&["الأطراف"]]),
    ),
    // ---- شؤون الهيئة نفسها ----
    Case(
        "ar-near-keep-under-consideration",
        AR_SC,
        "1 - يقرر أن يبقي المسألة قيد نظره الفعلي.\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-near-keep-item-on-agenda",
        AR_LAS,
        "1 - يقرر إبقاء البند على جدول أعماله.\n",
        "2032-09-10",
        Nothing,
    ),
    Case(
        "ar-is-include-provisional-agenda",
        AR_GA0,
        "1 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الثالثة والثمانين البند المعنون «التنمية المستدامة للجبال»؛\n",
        AR,
        Is(&[&["الجمعية العامة"]]),
    ),
    // ---- التزامات الهيئة ----
    Case(
        "ar-is-we-commit",
        AR_DECL,
        "1 - نلتزم بالقضاء على الجوع في بلداننا بحلول عام 2035؛\n",
        AR_D,
        Is(&[&["قادة الدول العربية"]]),
    ),
    Case(
        "ar-near-we-reaffirm-commitment",
        AR_DECL,
        "1 - نؤكد مجددا التزامنا بمبادئ ميثاق جامعة الدول العربية؛\n",
        AR_D,
        Nothing,
    ),
    // ---- المدعوون ----
    Case(
        "ar-near-attended-by-invited-guests",
        AR_NEWS,
        "وحضر حفل الافتتاح عدد من الوزراء والسفراء والمدعوين.\n",
        AR_D,
        Nothing,
    ),
    Case(
        "ar-near-invited-guests-list",
        AR_NEWS,
        "المدعوون: ممثلو الأمم المتحدة والاتحاد الأفريقي ومنظمة التعاون الإسلامي بصفة مراقبين.\n",
        AR_D,
        Nothing,
    ),
    Case(
        "ar-is-summit-invited-to-send",
        AR_NEWS,
        "ودعت القمة الاتحاد الأفريقي إلى إيفاد مراقبين إلى الانتخابات.\n",
        AR_D,
        Is(&[&["الاتحاد الأفريقي"]]),
    ),
    // ---- دعوات الآخرين في الأخبار ----
    Case(
        "ar-near-protesters-demanded",
        AR_NEWS,
        "وطالب آلاف المتظاهرين باستقالة رئيس الوزراء أمام مقر انعقاد القمة.\n",
        AR_D,
        Nothing,
    ),
    Case(
        "ar-near-opposition-urged",
        AR_NEWS,
        "وحثت المعارضة الحكومة على تأجيل الاقتراع.\n",
        AR_D,
        Nothing,
    ),
    Case(
        "ar-is-summit-urged",
        AR_NEWS,
        "وحثت القمة الحكومة على تأجيل الاقتراع.\n",
        AR_D,
        Is(&[&["الحكومة"]]),
    ),
    // ---- الشروط ----
    Case(
        "ar-near-readiness-in-case",
        AR_SC,
        "1 - يعرب عن استعداده، في حال عدم تنفيذ الأطراف للاتفاق، للنظر في اتخاذ تدابير محددة الهدف؛\n",
        AR_SC_D,
        Nothing,
    ),
    Case(
        "ar-is-urges-in-case-talks-stall",
        AR_SC,
        "1 - يحث الأطراف، في حال تعثر المحادثات، على طلب مساعدة المبعوث الخاص؛\n",
        AR_SC_D,
        Is(&[&["الأطراف"]]),
    ),
    // ---- الطلبات المنفية ----
    Case(
        "ar-near-did-not-request",
        AR_NEWS,
        "ولم تطلب القمة من الدول الأعضاء فرض عقوبات على المجلس العسكري.\n",
        AR_D,
        Nothing,
    ),
    Case(
        "ar-is-demanded-not-to-recognise",
        AR_NEWS,
        "وطالبت القمة الدول الأعضاء بعدم الاعتراف بالمجلس العسكري.\n",
        AR_D,
        Is(&[&["الدول الأعضاء"]]),
    ),
    Case(
        "ar-near-oic-observers-were-invited",
        AR_OIC,
        "1- يحيط علما بأن ممثلي المنظمات الدولية دعوا إلى حضور الدورة بصفة مراقبين.\n",
        "2032-05-20",
        Nothing,
    ),
    Case(
        "ar-is-oic-thanks-and-entrusts",
        AR_OIC,
        "1- يعرب عن شكره لحكومة الجمهورية التونسية على استضافتها الدورة، ويكلف الأمين العام بمتابعة تنفيذ هذا القرار.\n",
        "2032-05-20",
        Is(&[&["الأمين العام"]]),
    ),
    // ---- العناوين ----
    Case(
        "ar-near-heading-call-for-proposals",
        "دعوة لتقديم مقترحات: مشاريع المياه الإقليمية\n\n",
        "تدعو المنظمة المؤسسات المؤهلة إلى تقديم مقترحاتها قبل 31 آذار/مارس 2033.\n",
        AR,
        Is(&[&["المؤسسات"]]),
    ),
    Case(
        "ar-near-title-urgent-appeal",
        "قرار بشأن النداء العاجل لإغاثة دول الساحل\n\nإن مجلس جامعة الدول العربية على المستوى الوزاري،\n\n",
        "1 - يقرر إبقاء المسألة قيد النظر.\n",
        "2032-09-10",
        Nothing,
    ),
    // ---- التواريخ والتوقيعات والتوزيع ----
    Case(
        "ar-near-distribution-general",
        "الأمم المتحدة\nA/RES/87/45\nالتوزيع: عام\n14 كانون الأول/ديسمبر 2032\nالأصل: بالإنكليزية\n\nإن الجمعية العامة،\n\n",
        "1 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار؛\n",
        AR,
        Is(&[&["الأمين العام"]]),
    ),
    Case(
        "ar-near-issued-in-cairo",
        AR_LAS,
        "1 - تكليف الأمانة العامة بمتابعة تنفيذ هذا القرار.\n\nصدر في القاهرة بتاريخ 10 أيلول/سبتمبر 2032\n\nرئيس الدورة\n",
        "2032-09-10",
        Is(&[&["الأمانة العامة"]]),
    ),
];

/// Whether a case's draft is right, and what was drafted (one line per mandate).
fn judge(case: &Case) -> (bool, Vec<String>) {
    let Case(_, head, text, adopted, want) = case;
    let d = draft_case(head, text, adopted);
    let names = actor_names(&d);
    let ok = match want {
        Nothing => names.is_empty(),
        Is(sets) => pair_off(sets, &names),
        Tagged(tag, keys) => {
            pair_off(&[keys], &names) && d.mandates[0].tags.iter().any(|t| t == tag)
        }
    };
    let lines = names
        .iter()
        .zip(&d.mandates)
        .map(|(a, m)| {
            if m.tags.is_empty() {
                bracket(a)
            } else {
                format!("{}{{{}}}", bracket(a), m.tags.join(","))
            }
        })
        .collect();
    (ok, lines)
}

fn want_line(w: &Want) -> String {
    match w {
        Nothing => "nothing".into(),
        Is(sets) => shown(sets),
        Tagged(tag, keys) => format!("{}{{{tag}}}", bracket(keys)),
    }
}

impl GridCase for Case {
    fn id(&self) -> &str {
        self.0
    }
    fn want(&self) -> String {
        want_line(&self.4)
    }
    fn judge(&self) -> (bool, Vec<String>) {
        judge(self)
    }
}

/// Runs one part's cases (see `tests_grid_common::run`).
fn run(part: &str, cases: &[Case]) -> (usize, usize) {
    grid_run("grid not", part, cases)
}

#[test]
fn grid_not() {
    let results = [
        run("en", EN_CASES),
        run("fr", FR_CASES),
        run("ar", AR_CASES),
    ];
    assert_whole("grid not", &results);
}

#[test]
fn the_not_grid_is_large_enough_and_guards_both_ways() {
    assert!(EN_CASES.len() >= 60, "{}", EN_CASES.len());
    assert!(FR_CASES.len() >= 35, "{}", FR_CASES.len());
    assert!(AR_CASES.len() >= 35, "{}", AR_CASES.len());
    for cases in [EN_CASES, FR_CASES, AR_CASES] {
        // Both ways: near misses that must give nothing, and texts that must give a mandate.
        assert!(cases.iter().any(|c| matches!(c.4, Nothing)));
        assert!(cases.iter().filter(|c| !matches!(c.4, Nothing)).count() >= 15);
    }
    let mut ids: Vec<&str> = EN_CASES
        .iter()
        .chain(FR_CASES)
        .chain(AR_CASES)
        .map(|c| c.0)
        .collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "case ids are unique");
}
