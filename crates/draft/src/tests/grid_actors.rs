//! A composed coverage grid for who is asked (helper hga1): the ordinary phrasings of UN,
//! OIC, AU, EU and Arab League operative paragraphs that name the actor, in English, French
//! and Arabic, each case a short composed paragraph (with the body's heading and a
//! preambular line) and the actor's key words, plus near misses that must ask nobody or not
//! that actor. None is a sentence of a real text. The expectations were written before the
//! drafter first ran on them.
//!
//! Judged by the real-text scorer's own rule (`judge::actors_right`, one file both test
//! crates include): each key is in a drafted actor of its own, as many actors as keys,
//! and each drafted actor adds at most three words to its key or is its key's full name,
//! never running on into what is asked. Every mandate the text yields is judged.

use crate::judge::actors_right;
use crate::tests::grid_common::{
    GridCase, actor_names, assert_whole, bracket, draft_case, run as grid_run, shown,
};

/// What a case's text must yield.
enum Want {
    /// At least one mandate, and every mandate asks exactly these actors (one key each).
    Keys(&'static [&'static str]),
    /// Each mandate asks one of these sets of actors, and each set is asked by one.
    Each(&'static [&'static [&'static str]]),
    /// No mandate at all.
    Nothing,
}

use Want::{Each, Keys, Nothing};

struct Case {
    id: &'static str,
    head: &'static str,
    text: &'static str,
    adopted: &'static str,
    want: Want,
}

const GA: &str = "The General Assembly,\n\nRecalling its previous resolutions on the question,\n\n";
const SC: &str = "The Security Council,\n\nReaffirming its commitment to the sovereignty and territorial integrity of all States in the region,\n\n";
const HRC: &str =
    "The Human Rights Council,\n\nGuided by the purposes and principles of the Charter,\n\n";
const OIC: &str = "The Council of Foreign Ministers of the Organisation of Islamic Cooperation (OIC), meeting in its fifty-third session,\n\nRecalling the principles and objectives enshrined in the Charter of the OIC,\n\n";
const AU: &str = "The Executive Council of the African Union,\n\nHaving considered the report of the Commission on the implementation of its earlier decisions,\n\n";
const LAS: &str = "The Council of the League of Arab States at the ministerial level,\n\nHaving examined the note of the Secretariat on the item,\n\n";
const EU: &str = "Council conclusions on water diplomacy\n\n";

const FR_AG: &str =
    "L'Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question,\n\n";
const FR_CS: &str = "Le Conseil de sécurité,\n\nRéaffirmant son attachement à la souveraineté et à l'intégrité territoriale de tous les États de la région,\n\n";
const FR_CDH: &str = "Le Conseil des droits de l'homme,\n\nGuidé par les buts et principes de la Charte des Nations Unies,\n\n";
const FR_OCI: &str = "Le Conseil des ministres des affaires étrangères de l'Organisation de la coopération islamique (OCI),\n\nRappelant les principes et les objectifs de la Charte de l'OCI,\n\n";
const FR_UA: &str = "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport de la Commission sur la mise en œuvre de ses décisions antérieures,\n\n";

const AR_GA: &str = "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة بشأن هذه المسألة،\n\n";
const AR_SC: &str =
    "إن مجلس الأمن،\n\nإذ يؤكد من جديد التزامه بسيادة جميع دول المنطقة وسلامتها الإقليمية،\n\n";
const AR_LAS: &str =
    "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\n";
const AR_OIC: &str = "إن مجلس وزراء خارجية منظمة التعاون الإسلامي، المنعقد في دورته الثالثة والخمسين،\n\nإذ يستذكر مبادئ ميثاق منظمة التعاون الإسلامي وأهدافه،\n\n";

const EN_CASES: &[Case] = &[
    Case {
        id: "en-sg-report",
        head: GA,
        text: "1. Requests the Secretary-General to submit to the General Assembly at its eighty-third session a report on the implementation of the present resolution;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-sg-in-consultation",
        head: GA,
        text: "1. Requests the Secretary-General, in consultation with Member States, to prepare a set of options for the strengthening of the regional commissions;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-sg-continue",
        head: GA,
        text: "1. Requests the Secretary-General to continue to provide the Office with the resources necessary for the discharge of its mandate;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-states-in-particular-region",
        head: SC,
        text: "1. Calls upon all States, in particular those in the region, to cooperate fully with the Panel of Experts;\n",
        adopted: "2032-03-15",
        want: Keys(&["States"]),
    },
    Case {
        id: "en-member-states-and-orgs",
        head: GA,
        text: "1. Calls upon Member States and relevant international organizations to support national efforts to reduce the risk of disasters;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States", "international organizations"]),
    },
    Case {
        id: "en-parties-concerned",
        head: SC,
        text: "1. Urges the parties concerned to resume negotiations without preconditions;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "en-agencies-funds-programmes",
        head: GA,
        text: "1. Invites the specialized agencies, funds and programmes of the United Nations system to integrate the objectives of the Decade into their programmes of work;\n",
        adopted: "2032-12-10",
        want: Keys(&["specialized agencies, funds and programmes"]),
    },
    Case {
        id: "en-governments-civil-society-private",
        head: GA,
        text: "1. Encourages Governments, civil society and the private sector to promote the sustainable use of coastal resources;\n",
        adopted: "2032-12-10",
        want: Keys(&["Governments", "civil society", "private sector"]),
    },
    Case {
        id: "en-ohchr",
        head: HRC,
        text: "1. Requests the Office of the United Nations High Commissioner for Human Rights to hold a two-day expert workshop on access to clean water;\n",
        adopted: "2032-04-05",
        want: Keys(&["Office of the United Nations High Commissioner for Human Rights"]),
    },
    Case {
        id: "en-special-rapporteur-on",
        head: HRC,
        text: "1. Requests the Special Rapporteur on freedom of assembly in the region to brief the Council at its sixty-first session;\n",
        adopted: "2032-04-05",
        want: Keys(&["Special Rapporteur"]),
    },
    Case {
        id: "en-pga",
        head: GA,
        text: "1. Requests the President of the General Assembly to host an informal dialogue on glacier retreat;\n",
        adopted: "2032-12-10",
        want: Keys(&["President of the General Assembly"]),
    },
    Case {
        id: "en-committee-pursuant-to",
        head: SC,
        text: "1. Requests the Committee established pursuant to resolution 1267 (1999) to review the entries on its list annually;\n",
        adopted: "2032-03-15",
        want: Keys(&["Committee"]),
    },
    Case {
        id: "en-oic-secretary-general",
        head: OIC,
        text: "1. Requests the Secretary General of the OIC to follow up the implementation of this resolution and to submit a report thereon to the next session of the Council of Foreign Ministers.\n",
        adopted: "2032-05-20",
        want: Keys(&["Secretary General"]),
    },
    Case {
        id: "en-oic-general-secretariat",
        head: OIC,
        text: "1. Requests the General Secretariat to coordinate with the relevant OIC institutions in preparing a plan of action on youth employment.\n",
        adopted: "2032-05-20",
        want: Keys(&["General Secretariat"]),
    },
    Case {
        id: "en-international-community-including-donors",
        head: GA,
        text: "1. Calls on the international community, including donors, to increase their assistance to the countries hosting refugees;\n",
        adopted: "2032-12-10",
        want: Keys(&["international community"]),
    },
    Case {
        id: "en-demands-that-all-parties",
        head: SC,
        text: "1. Demands that all parties at once halt their attacks on water installations;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "en-decides-that-mission-shall",
        head: SC,
        text: "1. Decides that the Mission shall support the holding of free and fair local elections;\n",
        adopted: "2032-03-15",
        want: Keys(&["Mission"]),
    },
    Case {
        id: "en-two-actors-sg-hr",
        head: SC,
        text: "1. Requests the Secretary-General and the High Representative to keep the Council informed of progress in the talks;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secretary-General", "High Representative"]),
    },
    Case {
        id: "en-sg-to-request-envoy",
        head: SC,
        text: "1. Requests the Secretary-General to request his Special Envoy to convene the parties for a further round of talks;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-aside-before-actor",
        head: GA,
        text: "1. Also requests, in this regard, the Secretary-General to see that the panel's proposals are carried through;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-passive-member-states",
        head: OIC,
        text: "1. Member States are requested to extend financial support to the Islamic Solidarity Fund.\n",
        adopted: "2032-05-20",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en-passive-secretariat",
        head: AU,
        text: "1. The Secretariat is requested to circulate the draft rules of procedure to all Member States.\n",
        adopted: "2032-07-02",
        want: Keys(&["Secretariat"]),
    },
    Case {
        id: "en-it-is-requested-that",
        head: AU,
        text: "1. It is requested that the Commission submit a progress report on the continental free trade area.\n",
        adopted: "2032-07-02",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "en-pronoun-it-after-office",
        head: GA,
        text: "1. Takes note with appreciation of the regional courses of the Office for Disarmament Affairs, and requests it to offer more of them;\n",
        adopted: "2032-12-10",
        want: Keys(&["Office for Disarmament Affairs"]),
    },
    Case {
        id: "en-pronoun-him-after-envoy",
        head: SC,
        text: "1. Welcomes the appointment of the Special Envoy for the Great Lakes, and requests him to brief the Council every six months;\n",
        adopted: "2032-03-15",
        want: Keys(&["Special Envoy"]),
    },
    Case {
        id: "en-pronoun-them-after-two",
        head: GA,
        text: "1. Expresses its appreciation to the World Bank and the regional development banks for their support, and invites them to continue to finance the programme;\n",
        adopted: "2032-12-10",
        want: Keys(&["World Bank", "regional development banks"]),
    },
    Case {
        id: "en-its-consideration-no-request",
        head: GA,
        text: "1. Decides to keep the matter under its consideration.\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en-remain-seized",
        head: SC,
        text: "1. Decides to remain actively seized of the matter.\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "en-acronym-undp",
        head: GA,
        text: "1. Requests the United Nations Development Programme (UNDP) to support the countries concerned in designing their national strategies;\n",
        adopted: "2032-12-10",
        want: Keys(&["United Nations Development Programme"]),
    },
    Case {
        id: "en-acronym-unicef-and-who",
        head: GA,
        text: "1. Invites the United Nations Children's Fund (UNICEF) and the World Health Organization (WHO) to assist States in the collection of data on child nutrition;\n",
        adopted: "2032-12-10",
        want: Keys(&[
            "United Nations Children's Fund",
            "World Health Organization",
        ]),
    },
    Case {
        id: "en-states-not-yet-done-so",
        head: GA,
        text: "1. Calls upon States that have not yet done so to join the Orchard Treaty without delay;\n",
        adopted: "2032-12-10",
        want: Keys(&["States"]),
    },
    Case {
        id: "en-governments-of-a-and-b",
        head: SC,
        text: "1. Urges the Governments of Sudan and South Sudan jointly to reopen the crossings on their shared river;\n",
        adopted: "2032-03-15",
        want: Keys(&["Sudan", "South Sudan"]),
    },
    Case {
        id: "en-further-requests",
        head: GA,
        text: "1. Further requests the Secretary-General to include in his next report an assessment of the funding of the Centre;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-government-of-x",
        head: HRC,
        text: "1. Calls upon the Government of Myanmar to cooperate fully with the independent investigative mechanism;\n",
        adopted: "2032-04-05",
        want: Keys(&["Government of Myanmar"]),
    },
    Case {
        id: "en-strongly-urges-member-states",
        head: GA,
        text: "1. Strongly urges all Member States to refrain from promulgating unilateral economic measures;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en-member-states-and-observers",
        head: GA,
        text: "1. Invites Member States and observers to participate actively in the preparatory process;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States", "observers"]),
    },
    Case {
        id: "en-executive-director",
        head: GA,
        text: "1. Requests the Executive Director of the United Nations Environment Programme to compile an inventory of coastal wetlands;\n",
        adopted: "2032-12-10",
        want: Keys(&["Executive Director"]),
    },
    Case {
        id: "en-director-general",
        head: "The Seventy-ninth World Health Assembly,\n\nRecalling resolution WHA72.1,\n\n",
        text: "1. Requests the Director-General to develop a global strategy on rehabilitation in health systems;\n",
        adopted: "2032-05-28",
        want: Keys(&["Director-General"]),
    },
    Case {
        id: "en-recommends-that-ga",
        head: "The Economic and Social Council,\n\nRecalling its resolution on the question,\n\n",
        text: "1. Recommends that the General Assembly proclaim an international day of forests;\n",
        adopted: "2032-07-22",
        want: Keys(&["General Assembly"]),
    },
    Case {
        id: "en-decides-that-committee-shall",
        head: SC,
        text: "1. Decides that the Committee shall report to the Council at least once a year on its work;\n",
        adopted: "2032-03-15",
        want: Keys(&["Committee"]),
    },
    Case {
        id: "en-entrusts-with",
        head: OIC,
        text: "1. Entrusts the General Secretariat with the follow-up of this resolution.\n",
        adopted: "2032-05-20",
        want: Keys(&["General Secretariat"]),
    },
    Case {
        id: "en-au-commission",
        head: AU,
        text: "1. Requests the Commission to convene a meeting of experts on migration before the next ordinary session;\n",
        adopted: "2032-07-02",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "en-au-chairperson-of-commission",
        head: AU,
        text: "1. Requests the Chairperson of the Commission to appoint a High Representative for the Sahel;\n",
        adopted: "2032-07-02",
        want: Keys(&["Chairperson of the Commission"]),
    },
    Case {
        id: "en-eu-council-invites-commission",
        head: EU,
        text: "1. The Council invites the Commission to present an action plan on transboundary water cooperation.\n",
        adopted: "2032-11-18",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "en-eu-council-calls-on-two",
        head: EU,
        text: "1. The Council calls on the High Representative and the Commission to step up engagement with the river basin organisations.\n",
        adopted: "2032-11-18",
        want: Keys(&["High Representative", "Commission"]),
    },
    Case {
        id: "en-las-secretary-general",
        head: LAS,
        text: "1. Requests the Secretary-General of the League to follow up the implementation of this resolution.\n",
        adopted: "2032-09-08",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-appeals-donor-community",
        head: GA,
        text: "1. Appeals to the donor community to provide generous contributions to the trust fund;\n",
        adopted: "2032-12-10",
        want: Keys(&["donor community"]),
    },
    Case {
        id: "en-parties-to-armed-conflict",
        head: SC,
        text: "1. Calls upon all parties to armed conflict to comply with their obligations under international humanitarian law;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties to armed conflict"]),
    },
    Case {
        id: "en-sg-in-close-cooperation-with",
        head: SC,
        text: "1. Requests the Secretary-General, in close cooperation with the African Union, to develop benchmarks for the drawdown of the force;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-invites-hrc",
        head: GA,
        text: "1. Invites the Human Rights Council to consider the question at its next session;\n",
        adopted: "2032-12-10",
        want: Keys(&["Human Rights Council"]),
    },
    Case {
        id: "en-independent-expert",
        head: HRC,
        text: "1. Requests the Independent Expert to continue to monitor the situation and to report thereon to the Council;\n",
        adopted: "2032-04-05",
        want: Keys(&["Independent Expert"]),
    },
    Case {
        id: "en-member-states-in-particular-donors",
        head: GA,
        text: "1. Urges Member States, in particular donor countries, to contribute to the Central Emergency Response Fund;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en-occupying-power",
        head: GA,
        text: "1. Demands that Israel, the occupying Power, cease all settlement activities in the Occupied Palestinian Territory;\n",
        adopted: "2032-12-10",
        want: Keys(&["Israel"]),
    },
    Case {
        id: "en-reiterates-its-request",
        head: GA,
        text: "1. Reiterates its request to the Secretary-General to ensure the timely issuance of documentation;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-renews-its-call",
        head: GA,
        text: "1. Renews its call upon all States to become parties to the Treaty;\n",
        adopted: "2032-12-10",
        want: Keys(&["States"]),
    },
    Case {
        id: "en-requests-that-sg-submit",
        head: GA,
        text: "1. Requests that the Secretary-General submit a full account of the dam project to the Assembly at its next session;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-sg-to-provide-rapporteur",
        head: HRC,
        text: "1. Requests the Secretary-General to provide the Special Rapporteur with all the assistance necessary to discharge the mandate fully;\n",
        adopted: "2032-04-05",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-sg-to-invite-member-states",
        head: GA,
        text: "1. Requests the Secretary-General to invite Member States to submit their views on the question;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-narrative-council-requested",
        head: "Communiqué of the 1250th meeting of the Peace and Security Council\n\n",
        text: "The Council requested the Commission to deploy a team of human rights observers to the affected areas.\n",
        adopted: "2032-06-14",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "en-narrative-member-states-were-urged",
        head: "Final communiqué of the annual coordination meeting\n\n",
        text: "Member States were urged to pay their arrears to the budget of the organisation.\n",
        adopted: "2032-09-25",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en-decides-establish-and-requests-it",
        head: GA,
        text: "1. Decides to establish an open-ended intergovernmental working group on the question, and requests it to submit its recommendations to the General Assembly;\n",
        adopted: "2032-12-10",
        want: Each(&[&["General Assembly"], &["working group"]]),
    },
    Case {
        id: "en-sg-with-assistance-of",
        head: GA,
        text: "1. Requests the Secretary-General, with the assistance of the Office of Legal Affairs, to update the handbook on the settlement of disputes;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-regional-organizations-and-subregional",
        head: SC,
        text: "1. Encourages regional and subregional organizations to enhance their cooperation with the United Nations in conflict prevention;\n",
        adopted: "2032-03-15",
        want: Keys(&["regional and subregional organizations"]),
    },
    Case {
        id: "en-oic-member-states-calls-upon",
        head: OIC,
        text: "1. Calls upon Member States to accede to the OIC Convention on Combating International Terrorism.\n",
        adopted: "2032-05-20",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en-urges-all-parties-armed-groups",
        head: SC,
        text: "1. Urges all armed groups to lay down their arms and join the peace process without delay;\n",
        adopted: "2032-03-15",
        want: Keys(&["armed groups"]),
    },
    // Near misses: no request, or not that actor.
    Case {
        id: "en-near-welcomes-report",
        head: GA,
        text: "1. Welcomes the report of the Secretary-General on the question;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en-near-takes-note-of-request",
        head: SC,
        text: "1. Takes note of the request of the Government of Mali for continued assistance in the electoral process;\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "en-near-recalls-that-it-requested",
        head: GA,
        text: "1. Recalls that it requested the Secretary-General to submit a report on the matter;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en-near-appreciation-to-x-for",
        head: OIC,
        text: "1. Expresses its appreciation to the Government of Senegal for hosting the fifteenth session of the Islamic Summit.\n",
        adopted: "2032-05-20",
        want: Nothing,
    },
    Case {
        id: "en-near-takes-note-of-report",
        head: HRC,
        text: "1. Takes note with appreciation of the report of the Special Rapporteur;\n",
        adopted: "2032-04-05",
        want: Nothing,
    },
    Case {
        id: "en-near-commends-sr",
        head: HRC,
        text: "1. Commends the Special Rapporteur for the work done in the discharge of the mandate;\n",
        adopted: "2032-04-05",
        want: Nothing,
    },
    Case {
        id: "en-near-sg-report-to-ga",
        head: GA,
        text: "1. Requests the Secretary-General to report to the General Assembly at its eighty-third session on the implementation of the present resolution;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en-near-sg-transmit-to-government",
        head: GA,
        text: "1. Requests the Secretary-General to transmit the present resolution to the Government of Colombia;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
];

const FR_CASES: &[Case] = &[
    Case {
        id: "fr-prie-sg",
        head: FR_AG,
        text: "1. Prie le Secrétaire général de lui présenter, à sa quatre-vingt-troisième session, un rapport sur l'application de la présente résolution ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr-prie-sg-en-consultation",
        head: FR_AG,
        text: "1. Prie le Secrétaire général, en consultation avec les États Membres, d'élaborer des options pour le renforcement des commissions régionales ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr-prie-sg-continuer",
        head: FR_AG,
        text: "1. Prie le Secrétaire général de continuer à fournir au Bureau les ressources nécessaires à l'exécution de son mandat ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr-demande-aux-etats-membres",
        head: FR_AG,
        text: "1. Demande aux États Membres de renforcer leur coopération en matière de prévention des catastrophes ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États Membres"]),
    },
    Case {
        id: "fr-tous-les-etats-en-particulier-region",
        head: FR_CS,
        text: "1. Demande à tous les États, en particulier à ceux de la région, de coopérer pleinement avec le Groupe d'experts ;\n",
        adopted: "2032-03-15",
        want: Keys(&["États"]),
    },
    Case {
        id: "fr-etats-membres-et-organisations",
        head: FR_AG,
        text: "1. Demande aux États Membres et aux organisations internationales compétentes d'appuyer les efforts nationaux de réduction des risques ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États Membres", "organisations internationales"]),
    },
    Case {
        id: "fr-engage-les-parties",
        head: FR_CS,
        text: "1. Engage les parties à reprendre les négociations sans conditions préalables ;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr-engage-vivement-parties-concernees",
        head: FR_CS,
        text: "1. Engage vivement les parties concernées à faire preuve de retenue ;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr-invite-institutions-specialisees",
        head: FR_AG,
        text: "1. Invite les institutions spécialisées, fonds et programmes des Nations Unies à intégrer les objectifs de la Décennie dans leurs programmes de travail ;\n",
        adopted: "2032-12-10",
        want: Keys(&["institutions spécialisées, fonds et programmes"]),
    },
    Case {
        id: "fr-exhorte-toutes-les-parties",
        head: FR_CS,
        text: "1. Exhorte toutes les parties à respecter le cessez-le-feu ;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr-charge-le-secretariat",
        head: FR_UA,
        text: "1. Charge le Secrétariat de diffuser le projet de règlement intérieur à tous les États membres.\n",
        adopted: "2032-07-02",
        want: Keys(&["Secrétariat"]),
    },
    Case {
        id: "fr-narratif-le-conseil-a-prie",
        head: "Communiqué de la 1250e réunion du Conseil de paix et de sécurité\n\n",
        text: "Le Conseil a prié la Commission de déployer une équipe d'observateurs des droits de l'homme dans les zones touchées.\n",
        adopted: "2032-06-14",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "fr-encourage-vivement-communaute",
        head: FR_AG,
        text: "1. Encourage vivement la communauté internationale à accroître son aide aux pays qui accueillent des réfugiés ;\n",
        adopted: "2032-12-10",
        want: Keys(&["communauté internationale"]),
    },
    Case {
        id: "fr-gouvernements-societe-civile-prive",
        head: FR_AG,
        text: "1. Encourage les gouvernements, la société civile et le secteur privé à promouvoir l'utilisation durable des ressources côtières ;\n",
        adopted: "2032-12-10",
        want: Keys(&["gouvernements", "société civile", "secteur privé"]),
    },
    Case {
        id: "fr-haut-commissariat",
        head: FR_CDH,
        text: "1. Prie le Haut-Commissariat des Nations Unies aux droits de l'homme d'organiser un séminaire intersessions d'une journée sur les droits des personnes âgées ;\n",
        adopted: "2032-04-05",
        want: Keys(&["Haut-Commissariat des Nations Unies aux droits de l'homme"]),
    },
    Case {
        id: "fr-rapporteur-special-sur",
        head: FR_CDH,
        text: "1. Prie le Rapporteur spécial sur la situation des droits de l'homme en Érythrée de présenter un rapport au Conseil à sa cinquante-huitième session ;\n",
        adopted: "2032-04-05",
        want: Keys(&["Rapporteur spécial"]),
    },
    Case {
        id: "fr-president-ag",
        head: FR_AG,
        text: "1. Prie le Président de l'Assemblée générale de convoquer une réunion de haut niveau d'une journée sur l'acidification des océans ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Président de l'Assemblée générale"]),
    },
    Case {
        id: "fr-comite-cree-par",
        head: FR_CS,
        text: "1. Prie le Comité créé par la résolution 1267 (1999) d'examiner chaque année les inscriptions sur sa liste ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Comité"]),
    },
    Case {
        id: "fr-sg-de-l-oci",
        head: FR_OCI,
        text: "1. Prie le Secrétaire général de l'OCI d'assurer le suivi de la présente résolution et de faire rapport à la prochaine session du Conseil des ministres des affaires étrangères.\n",
        adopted: "2032-05-20",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr-secretariat-general-oci",
        head: FR_OCI,
        text: "1. Prie le Secrétariat général de coordonner avec les institutions compétentes de l'OCI l'élaboration d'un plan d'action sur l'emploi des jeunes.\n",
        adopted: "2032-05-20",
        want: Keys(&["Secrétariat général"]),
    },
    Case {
        id: "fr-deux-acteurs",
        head: FR_CS,
        text: "1. Prie le Secrétaire général et le Haut-Représentant de tenir le Conseil informé de l'évolution des pourparlers ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secrétaire général", "Haut-Représentant"]),
    },
    Case {
        id: "fr-sg-de-demander-envoye",
        head: FR_CS,
        text: "1. Prie le Secrétaire général de demander à son Envoyé spécial de réunir les parties pour une nouvelle série de pourparlers ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr-incise-avant-acteur",
        head: FR_AG,
        text: "1. Prie en outre, à cet égard, le Secrétaire général de veiller à l'application intégrale des recommandations de l'examen ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr-passif-etats-membres",
        head: FR_OCI,
        text: "1. Les États membres sont priés d'apporter un soutien financier au Fonds de solidarité islamique.\n",
        adopted: "2032-05-20",
        want: Keys(&["États membres"]),
    },
    Case {
        id: "fr-exige-que-toutes-les-parties",
        head: FR_CS,
        text: "1. Exige que toutes les parties mettent immédiatement fin à toutes les formes de violence contre les civils ;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr-decide-que-la-mission",
        head: FR_CS,
        text: "1. Décide que la Mission appuiera la tenue d'élections locales libres et régulières ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Mission"]),
    },
    Case {
        id: "fr-sigle-pnud",
        head: FR_AG,
        text: "1. Prie le Programme des Nations Unies pour le développement (PNUD) d'aider les pays concernés à élaborer leurs stratégies nationales ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Programme des Nations Unies pour le développement"]),
    },
    Case {
        id: "fr-etats-pas-encore-fait",
        head: FR_AG,
        text: "1. Demande aux États qui ne l'ont pas encore fait de ratifier la Convention ou d'y adhérer à titre prioritaire ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États"]),
    },
    Case {
        id: "fr-gouvernements-de-a-et-b",
        head: FR_CS,
        text: "1. Exhorte les Gouvernements du Mali et du Niger à renforcer leur coopération en matière de sécurité frontalière ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Mali", "Niger"]),
    },
    Case {
        id: "fr-communaute-y-compris-donateurs",
        head: FR_AG,
        text: "1. Demande à la communauté internationale, y compris aux donateurs, d'accroître son aide aux pays d'accueil ;\n",
        adopted: "2032-12-10",
        want: Keys(&["communauté internationale"]),
    },
    Case {
        id: "fr-invite-cdh",
        head: FR_AG,
        text: "1. Invite le Conseil des droits de l'homme à examiner la question à sa prochaine session ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Conseil des droits de l'homme"]),
    },
    Case {
        id: "fr-prie-instamment-etats-membres",
        head: FR_AG,
        text: "1. Prie instamment les États Membres de s'abstenir de promulguer des mesures économiques unilatérales ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États Membres"]),
    },
    Case {
        id: "fr-demande-instamment-puissance-occupante",
        head: FR_AG,
        text: "1. Demande instamment à Israël, puissance occupante, de mettre fin à toutes les activités d'implantation ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Israël"]),
    },
    Case {
        id: "fr-directeur-general",
        head: "La Soixante-Dix-Neuvième Assemblée mondiale de la Santé,\n\nRappelant la résolution WHA72.1,\n\n",
        text: "1. Prie le Directeur général d'élaborer une stratégie mondiale sur la réadaptation dans les systèmes de santé ;\n",
        adopted: "2032-05-28",
        want: Keys(&["Directeur général"]),
    },
    Case {
        id: "fr-passif-secretariat-prie",
        head: FR_UA,
        text: "1. Le Secrétariat est prié de soumettre un rapport d'étape sur la zone de libre-échange continentale.\n",
        adopted: "2032-07-02",
        want: Keys(&["Secrétariat"]),
    },
    Case {
        id: "fr-lance-un-appel-donateurs",
        head: FR_AG,
        text: "1. Lance un appel à la communauté des donateurs pour qu'elle verse des contributions généreuses au fonds d'affectation spéciale ;\n",
        adopted: "2032-12-10",
        want: Keys(&["communauté des donateurs"]),
    },
    Case {
        id: "fr-pronom-le-prie",
        head: FR_AG,
        text: "1. Prend note avec satisfaction des travaux du Bureau des affaires de désarmement et le prie de poursuivre ses activités de sensibilisation ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Bureau des affaires de désarmement"]),
    },
    Case {
        id: "fr-ua-commission",
        head: FR_UA,
        text: "1. Demande à la Commission de convoquer une réunion d'experts sur les migrations avant la prochaine session ordinaire ;\n",
        adopted: "2032-07-02",
        want: Keys(&["Commission"]),
    },
    // Near misses.
    Case {
        id: "fr-near-reste-saisi",
        head: FR_CS,
        text: "1. Décide de rester activement saisi de la question.\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "fr-near-accueille-rapport",
        head: FR_AG,
        text: "1. Accueille avec satisfaction le rapport du Secrétaire général sur la question ;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "fr-near-prend-note-demande",
        head: FR_CS,
        text: "1. Prend note de la demande du Gouvernement malien visant à obtenir une aide continue pour le processus électoral ;\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "fr-near-gratitude",
        head: FR_OCI,
        text: "1. Exprime sa gratitude au Gouvernement du Sénégal pour avoir accueilli la quinzième session du Sommet islamique.\n",
        adopted: "2032-05-20",
        want: Nothing,
    },
    Case {
        id: "fr-near-rappelle-qu-il-a-prie",
        head: FR_AG,
        text: "1. Rappelle qu'elle a prié le Secrétaire général de lui présenter un rapport sur la question ;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "fr-near-sg-rapport-a-ag",
        head: FR_AG,
        text: "1. Prie le Secrétaire général de faire rapport à l'Assemblée générale, à sa quatre-vingt-troisième session, sur l'application de la présente résolution ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
];

const AR_CASES: &[Case] = &[
    Case {
        id: "ar-sc-yatlub-ila-sg-an",
        head: AR_SC,
        text: "1 - يطلب إلى الأمين العام أن يقدم إلى المجلس تقريرا عن تنفيذ هذا القرار؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-oic-yatlub-min-amana",
        head: AR_OIC,
        text: "1- يطلب من الأمانة العامة متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة القادمة لمجلس وزراء الخارجية.\n",
        adopted: "2032-05-20",
        want: Keys(&["الأمانة العامة"]),
    },
    Case {
        id: "ar-oic-yadu-member-states",
        head: AR_OIC,
        text: "1- يدعو الدول الأعضاء إلى تقديم الدعم المالي لصندوق التضامن الإسلامي.\n",
        adopted: "2032-05-20",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar-sc-yahib-all-parties",
        head: AR_SC,
        text: "1 - يهيب بجميع الأطراف أن تحترم وقف إطلاق النار؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأطراف"]),
    },
    Case {
        id: "ar-sc-yahuth-community",
        head: AR_SC,
        text: "1 - يحث المجتمع الدولي على زيادة مساعدته للبلدان المضيفة للاجئين؛\n",
        adopted: "2032-03-15",
        want: Keys(&["المجتمع الدولي"]),
    },
    Case {
        id: "ar-oic-yukallif-sg-bi",
        head: AR_OIC,
        text: "1- يكلف الأمين العام بمتابعة تنفيذ هذا القرار.\n",
        adopted: "2032-05-20",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-las-yuqarrir-taklif",
        head: AR_LAS,
        text: "1- يقرر تكليف الأمانة العامة بإعداد دراسة عن الأمن المائي العربي.\n",
        adopted: "2032-09-08",
        want: Keys(&["الأمانة العامة"]),
    },
    Case {
        id: "ar-oic-yunashid-donors",
        head: AR_OIC,
        text: "1- يناشد الدول المانحة تقديم مساهمات سخية إلى الصندوق.\n",
        adopted: "2032-05-20",
        want: Keys(&["الدول المانحة"]),
    },
    Case {
        id: "ar-ga-tutalib-israel-bi",
        head: AR_GA,
        text: "1 - تطالب إسرائيل، السلطة القائمة بالاحتلال، بالوقف الفوري لجميع الأنشطة الاستيطانية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["إسرائيل"]),
    },
    Case {
        id: "ar-sc-yutalib-parties-bi",
        head: AR_SC,
        text: "1 - يطالب جميع الأطراف بالوقف الفوري لجميع أشكال العنف ضد المدنيين؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأطراف"]),
    },
    Case {
        id: "ar-ga-sg-in-consultation",
        head: AR_GA,
        text: "1 - تطلب إلى الأمين العام، بالتشاور مع الدول الأعضاء، أن يعد خيارات لتعزيز اللجان الإقليمية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-ga-sg-continue",
        head: AR_GA,
        text: "1 - تطلب إلى الأمين العام أن يواصل تزويد المكتب بالموارد اللازمة لتنفيذ ولايته؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-sc-all-states-in-particular-region",
        head: AR_SC,
        text: "1 - يهيب بجميع الدول، ولا سيما دول المنطقة، أن تتعاون تعاونا كاملا مع فريق الخبراء؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الدول"]),
    },
    Case {
        id: "ar-ga-member-states-and-orgs",
        head: AR_GA,
        text: "1 - تدعو الدول الأعضاء والمنظمات الدولية المعنية إلى دعم الجهود الوطنية للحد من أخطار الكوارث؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول الأعضاء", "المنظمات الدولية"]),
    },
    Case {
        id: "ar-sc-parties-concerned",
        head: AR_SC,
        text: "1 - يحث الأطراف المعنية على استئناف المفاوضات دون شروط مسبقة؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأطراف"]),
    },
    Case {
        id: "ar-ga-agencies-funds-programmes",
        head: AR_GA,
        text: "1 - تدعو الوكالات المتخصصة وصناديق الأمم المتحدة وبرامجها إلى إدماج أهداف العقد في برامج عملها؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الوكالات المتخصصة"]),
    },
    Case {
        id: "ar-ga-governments-civil-society-private",
        head: AR_GA,
        text: "1 - تشجع الحكومات والمجتمع المدني والقطاع الخاص على تعزيز الاستخدام المستدام للموارد الساحلية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الحكومات", "المجتمع المدني", "القطاع الخاص"]),
    },
    Case {
        id: "ar-ga-ohchr",
        head: AR_GA,
        text: "1 - تطلب إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان أن تنظم حلقة دراسية لمدة يوم واحد بشأن حقوق كبار السن؛\n",
        adopted: "2032-12-10",
        want: Keys(&["مفوضية الأمم المتحدة السامية لحقوق الإنسان"]),
    },
    Case {
        id: "ar-ga-special-rapporteur",
        head: AR_GA,
        text: "1 - تطلب إلى المقرر الخاص المعني بحالة حقوق الإنسان في إريتريا أن يقدم تقريرا إلى الجمعية العامة في دورتها الثالثة والثمانين؛\n",
        adopted: "2032-12-10",
        want: Keys(&["المقرر الخاص المعني بحالة حقوق الإنسان"]),
    },
    Case {
        id: "ar-ga-president",
        head: AR_GA,
        text: "1 - تطلب إلى رئيس الجمعية العامة أن يعقد اجتماعا رفيع المستوى لمدة يوم واحد بشأن تحمض المحيطات؛\n",
        adopted: "2032-12-10",
        want: Keys(&["رئيس الجمعية العامة"]),
    },
    Case {
        id: "ar-sc-committee-pursuant",
        head: AR_SC,
        text: "1 - يطلب إلى اللجنة المنشأة عملا بالقرار 1267 (1999) أن تستعرض القيد في قائمتها سنويا؛\n",
        adopted: "2032-03-15",
        want: Keys(&["اللجنة"]),
    },
    Case {
        id: "ar-oic-sg-of-oic",
        head: AR_OIC,
        text: "1- يطلب من الأمين العام لمنظمة التعاون الإسلامي متابعة تنفيذ هذا القرار.\n",
        adopted: "2032-05-20",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-sc-two-actors",
        head: AR_SC,
        text: "1 - يطلب إلى الأمين العام والممثل السامي أن يبقيا المجلس على علم بالتقدم المحرز في المحادثات؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأمين العام", "الممثل السامي"]),
    },
    Case {
        id: "ar-sc-sg-to-request-envoy",
        head: AR_SC,
        text: "1 - يطلب إلى الأمين العام أن يطلب إلى مبعوثه الخاص أن يدعو الأطراف إلى جولة جديدة من المحادثات؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-ga-aside-before-actor",
        head: AR_GA,
        text: "1 - تطلب كذلك، في هذا الصدد، إلى الأمين العام أن يكفل التنفيذ الكامل لتوصيات الاستعراض؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-oic-passive-member-states",
        head: AR_OIC,
        text: "1- تُدعى الدول الأعضاء إلى تقديم الدعم المالي لصندوق التضامن الإسلامي.\n",
        adopted: "2032-05-20",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar-ga-pronoun-ilayh",
        head: AR_GA,
        text: "1 - تحيط علما مع التقدير بعمل مكتب شؤون نزع السلاح، وتطلب إليه أن يواصل أنشطة التوعية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["مكتب شؤون نزع السلاح"]),
    },
    Case {
        id: "ar-ga-acronym-undp",
        head: AR_GA,
        text: "1 - تطلب إلى برنامج الأمم المتحدة الإنمائي أن يدعم البلدان المعنية في وضع استراتيجياتها الوطنية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["برنامج الأمم المتحدة الإنمائي"]),
    },
    Case {
        id: "ar-ga-states-not-yet",
        head: AR_GA,
        text: "1 - تهيب بالدول التي لم تصدق بعد على الاتفاقية أو تنضم إليها أن تفعل ذلك على سبيل الأولوية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول"]),
    },
    Case {
        id: "ar-sc-governments-of-a-and-b",
        head: AR_SC,
        text: "1 - يحث حكومتي مالي والنيجر على تعزيز تعاونهما في مجال أمن الحدود؛\n",
        adopted: "2032-03-15",
        want: Keys(&["مالي", "النيجر"]),
    },
    Case {
        id: "ar-sc-decides-that-mission",
        head: AR_SC,
        text: "1 - يقرر أن تقدم البعثة الدعم لإجراء انتخابات محلية حرة ونزيهة؛\n",
        adopted: "2032-03-15",
        want: Keys(&["البعثة"]),
    },
    Case {
        id: "ar-sc-demands-that-all-parties",
        head: AR_SC,
        text: "1 - يطالب بأن تكف جميع الأطراف فورا عن جميع أشكال العنف ضد المدنيين؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأطراف"]),
    },
    Case {
        id: "ar-ga-member-states-in-particular-donors",
        head: AR_GA,
        text: "1 - تحث الدول الأعضاء، ولا سيما البلدان المانحة، على المساهمة في الصندوق المركزي لمواجهة الطوارئ؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar-las-verbal-noun-dawa",
        head: "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\nيقرر:\n\n",
        text: "1- دعوة الدول الأعضاء إلى المشاركة الفاعلة في أعمال المنتدى العربي للمياه.\n",
        adopted: "2032-09-08",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar-las-verbal-noun-taklif",
        head: "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\nيقرر:\n\n",
        text: "1- تكليف الأمانة العامة بمتابعة تنفيذ هذا القرار.\n",
        adopted: "2032-09-08",
        want: Keys(&["الأمانة العامة"]),
    },
    Case {
        id: "ar-las-verbal-noun-talab-min",
        head: "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\nيقرر:\n\n",
        text: "1- الطلب من الأمين العام إعداد تقرير عن تنفيذ هذا القرار.\n",
        adopted: "2032-09-08",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar-who-director-general",
        head: "إن جمعية الصحة العالمية التاسعة والسبعين،\n\nإذ تشير إلى القرار ج ص ع 72-1،\n\n",
        text: "1 - تطلب من المدير العام أن يضع استراتيجية عالمية بشأن إعادة التأهيل في النظم الصحية؛\n",
        adopted: "2032-05-28",
        want: Keys(&["المدير العام"]),
    },
    Case {
        id: "ar-narrative-council-asked",
        head: "البيان الختامي للاجتماع الوزاري\n\n",
        text: "وطلب المجلس من الأمانة العامة إعداد تصور شامل لتطوير العمل العربي المشترك.\n",
        adopted: "2032-09-08",
        want: Keys(&["الأمانة العامة"]),
    },
    // Near misses.
    Case {
        id: "ar-near-welcomes-report",
        head: AR_SC,
        text: "1 - يرحب بتقرير الأمين العام عن هذه المسألة؛\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "ar-near-takes-note-of-request",
        head: AR_SC,
        text: "1 - يحيط علما بطلب حكومة مالي مواصلة تقديم المساعدة في العملية الانتخابية؛\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "ar-near-appreciation-to-for",
        head: AR_OIC,
        text: "1- يعرب عن تقديره لحكومة السنغال على استضافتها الدورة الخامسة عشرة لمؤتمر القمة الإسلامي.\n",
        adopted: "2032-05-20",
        want: Nothing,
    },
    Case {
        id: "ar-near-keep-under-consideration",
        head: AR_SC,
        text: "1 - يقرر إبقاء المسألة قيد نظره الفعلي.\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "ar-near-recalls-it-requested",
        head: AR_GA,
        text: "1 - تشير إلى أنها طلبت إلى الأمين العام أن يقدم تقريرا عن هذه المسألة؛\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "ar-near-sg-report-to-ga",
        head: AR_GA,
        text: "1 - تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثالثة والثمانين تقريرا عن تنفيذ هذا القرار؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الأمين العام"]),
    },
];

// A second batch (written after the first batch's rules, before the drafter ran on it):
// more of the ordinary phrasings, each new to the grid.

const EN_MORE: &[Case] = &[
    Case {
        id: "en2-sg-within-existing-resources",
        head: GA,
        text: "1. Requests the Secretary-General, within existing resources, to establish a voluntary trust fund for the programme;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en2-sg-as-a-matter-of-priority",
        head: SC,
        text: "1. Requests the Secretary-General, as a matter of priority, to deploy the remaining military observers;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en2-parties-including-armed-groups",
        head: SC,
        text: "1. Calls upon all parties, including armed groups, to allow safe and unhindered humanitarian access;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "en2-two-named-government-and-movement",
        head: SC,
        text: "1. Urges the Government of Mali and the Coordination of Azawad Movements to implement the peace agreement in good faith;\n",
        adopted: "2032-03-15",
        want: Keys(&["Government of Mali", "Coordination of Azawad Movements"]),
    },
    Case {
        id: "en2-member-states-and-stakeholders-including",
        head: GA,
        text: "1. Encourages Member States and other stakeholders, including the private sector, to invest in resilient infrastructure;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States", "stakeholders"]),
    },
    Case {
        id: "en2-unesco-name-with-commas",
        head: GA,
        text: "1. Requests the United Nations Educational, Scientific and Cultural Organization to coordinate the celebrations of the International Day of Orchards;\n",
        adopted: "2032-12-10",
        want: Keys(&["United Nations Educational, Scientific and Cultural Organization"]),
    },
    Case {
        id: "en2-fao-name-with-and",
        head: GA,
        text: "1. Invites the Food and Agriculture Organization of the United Nations to support the planning of the International Day of Orchards;\n",
        adopted: "2032-12-10",
        want: Keys(&["Food and Agriculture Organization"]),
    },
    Case {
        id: "en2-bretton-woods",
        head: GA,
        text: "1. Invites the Bretton Woods institutions to consider further debt relief for the least developed countries;\n",
        adopted: "2032-12-10",
        want: Keys(&["Bretton Woods institutions"]),
    },
    Case {
        id: "en2-states-parties-to-convention",
        head: GA,
        text: "1. Calls upon States parties to the Convention to fulfil their reporting obligations in a timely manner;\n",
        adopted: "2032-12-10",
        want: Keys(&["States parties"]),
    },
    Case {
        id: "en2-srsg-children",
        head: SC,
        text: "1. Requests the Special Representative of the Secretary-General for Children and Armed Conflict to add a section on attacks on schools to her coming report;\n",
        adopted: "2032-03-15",
        want: Keys(&["Special Representative"]),
    },
    Case {
        id: "en2-chair-of-committee",
        head: SC,
        text: "1. Requests the Chair of the Committee to brief the Council orally every ninety days;\n",
        adopted: "2032-03-15",
        want: Keys(&["Chair of the Committee"]),
    },
    Case {
        id: "en2-au-mandates-psc",
        head: AU,
        text: "1. Mandates the Peace and Security Council to follow up the situation in the Sahel closely.\n",
        adopted: "2032-07-02",
        want: Keys(&["Peace and Security Council"]),
    },
    Case {
        id: "en2-au-directs-commission",
        head: AU,
        text: "1. Directs the Commission to finalize the continental framework on climate finance.\n",
        adopted: "2032-07-02",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "en2-isdb-acronym",
        head: OIC,
        text: "1. Requests the Islamic Development Bank (IsDB) to extend technical assistance to the least developed Member States.\n",
        adopted: "2032-05-20",
        want: Keys(&["Islamic Development Bank"]),
    },
    Case {
        id: "en2-secretariat-and-sesric",
        head: OIC,
        text: "1. Requests the General Secretariat and the Statistical, Economic and Social Research and Training Centre for Islamic Countries (SESRIC) to prepare a joint report on food security.\n",
        adopted: "2032-05-20",
        want: Keys(&["General Secretariat", "SESRIC"]),
    },
    Case {
        id: "en2-further-requests-him",
        head: GA,
        text: "1. Takes note of the report of the Secretary-General, and further requests him to submit an updated report to the General Assembly;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en2-authorizes-mission",
        head: SC,
        text: "1. Authorizes the Mission to use every means needed to guard the reservoirs in its areas of deployment;\n",
        adopted: "2032-03-15",
        want: Keys(&["Mission"]),
    },
    Case {
        id: "en2-stresses-need-for-parties",
        head: SC,
        text: "1. Stresses the need for the parties to refrain from any unilateral action;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "en2-in-a-position-to-do-so",
        head: GA,
        text: "1. Requests Member States in a position to do so to donate to the orchard relief fund;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en2-donors-and-ifis",
        head: GA,
        text: "1. Invites donor countries and international financial institutions to support the national development plan;\n",
        adopted: "2032-12-10",
        want: Keys(&["donor countries", "international financial institutions"]),
    },
    Case {
        id: "en2-community-and-un-system",
        head: GA,
        text: "1. Calls upon the international community and the United Nations system to assist the affected countries;\n",
        adopted: "2032-12-10",
        want: Keys(&["international community", "United Nations system"]),
    },
    Case {
        id: "en2-government-with-support-of",
        head: SC,
        text: "1. Also calls upon the Government of Somalia, with the support of the international community, to strengthen its security institutions;\n",
        adopted: "2032-03-15",
        want: Keys(&["Government of Somalia"]),
    },
    Case {
        id: "en2-three-member-states-system-civil-society",
        head: GA,
        text: "1. Invites Member States, the United Nations system and civil society to observe the International Day;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States", "United Nations system", "civil society"]),
    },
    Case {
        id: "en2-director-general-of-unesco",
        head: GA,
        text: "1. Requests the Director-General of UNESCO to report on the implementation of the plan;\n",
        adopted: "2032-12-10",
        want: Keys(&["Director-General"]),
    },
    Case {
        id: "en2-eu-council-calls-on-member-states",
        head: EU,
        text: "1. The Council calls on all Member States to ratify the Convention on transboundary watercourses.\n",
        adopted: "2032-11-18",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en2-las-arab-states",
        head: LAS,
        text: "1. Calls upon the Arab States to support the Palestinian budget.\n",
        adopted: "2032-09-08",
        want: Keys(&["Arab States"]),
    },
    Case {
        id: "en2-sg-keep-informed",
        head: SC,
        text: "1. Requests the Secretary-General to keep the Council regularly informed of the situation;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en2-near-notes-efforts-of-sg",
        head: GA,
        text: "1. Notes with appreciation the efforts of the Secretary-General in the field of mediation;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en2-near-recalls-obligation-of-states",
        head: GA,
        text: "1. Recalls the obligation of all States to respect the inviolability of diplomatic premises;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en2-near-gratitude-to-contributors",
        head: GA,
        text: "1. Expresses its gratitude to the Member States that have contributed to the trust fund;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en2-near-condemns-attacks-by-groups",
        head: SC,
        text: "1. Condemns in the strongest terms the attacks carried out by armed groups against peacekeepers;\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "en2-near-takes-note-of-decision",
        head: SC,
        text: "1. Takes note of the decision of the Government of Chad to hold presidential elections;\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
];

const FR_MORE: &[Case] = &[
    Case {
        id: "fr2-sg-dans-la-limite-des-ressources",
        head: FR_AG,
        text: "1. Prie le Secrétaire général, dans la limite des ressources existantes, de créer un fonds d'affectation spéciale pour le programme ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr2-parties-y-compris-groupes-armes",
        head: FR_CS,
        text: "1. Demande à toutes les parties, y compris les groupes armés, de permettre un accès humanitaire sûr et sans entrave ;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr2-unesco-nom-avec-virgules",
        head: FR_AG,
        text: "1. Invite l'Organisation des Nations Unies pour l'éducation, la science et la culture à diriger la célébration de l'Année internationale ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Organisation des Nations Unies pour l'éducation, la science et la culture"]),
    },
    Case {
        id: "fr2-representant-special-du-sg",
        head: FR_CS,
        text: "1. Prie le Représentant spécial du Secrétaire général pour le sort des enfants en temps de conflit armé d'inclure dans son prochain rapport une section sur les attaques contre les écoles ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Représentant spécial"]),
    },
    Case {
        id: "fr2-etats-parties-a-la-convention",
        head: FR_AG,
        text: "1. Demande aux États parties à la Convention de s'acquitter en temps voulu de leurs obligations en matière de rapports ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États parties"]),
    },
    Case {
        id: "fr2-autorise-la-mission",
        head: FR_CS,
        text: "1. Autorise la Mission à user de tous les moyens nécessaires pour s'acquitter de son mandat ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Mission"]),
    },
    Case {
        id: "fr2-trois-acteurs",
        head: FR_AG,
        text: "1. Invite les États Membres, le système des Nations Unies et la société civile à célébrer la Journée internationale ;\n",
        adopted: "2032-12-10",
        want: Keys(&[
            "États Membres",
            "système des Nations Unies",
            "société civile",
        ]),
    },
    Case {
        id: "fr2-bid-sigle",
        head: FR_OCI,
        text: "1. Prie la Banque islamique de développement (BID) d'apporter une assistance technique aux États membres les moins avancés.\n",
        adopted: "2032-05-20",
        want: Keys(&["Banque islamique de développement"]),
    },
    Case {
        id: "fr2-president-du-comite",
        head: FR_CS,
        text: "1. Prie le Président du Comité de présenter oralement un exposé au Conseil tous les quatre-vingt-dix jours ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Président du Comité"]),
    },
    Case {
        id: "fr2-en-mesure-de-le-faire",
        head: FR_AG,
        text: "1. Engage les États Membres qui sont en mesure de le faire à contribuer au fonds d'affectation spéciale ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États Membres"]),
    },
    Case {
        id: "fr2-narratif-a-exhorte",
        head: "Communiqué de la 1250e réunion du Conseil de paix et de sécurité\n\n",
        text: "Le Conseil a exhorté les parties au conflit à observer un cessez-le-feu immédiat.\n",
        adopted: "2032-06-14",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr2-passif-sont-invites",
        head: FR_OCI,
        text: "1. Les États membres sont invités à participer activement à la réunion d'experts.\n",
        adopted: "2032-05-20",
        want: Keys(&["États membres"]),
    },
    Case {
        id: "fr2-sg-tenir-informe",
        head: FR_CS,
        text: "1. Prie le Secrétaire général de continuer de le tenir régulièrement informé de la situation ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr2-near-efforts-du-sg",
        head: FR_AG,
        text: "1. Se félicite des efforts déployés par le Secrétaire général dans le domaine de la médiation ;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "fr2-near-decision-du-gouvernement",
        head: FR_CS,
        text: "1. Prend note de la décision du Gouvernement tchadien d'organiser des élections présidentielles ;\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "fr2-near-condamne-attaques",
        head: FR_CS,
        text: "1. Condamne avec la plus grande fermeté les attaques perpétrées par des groupes armés contre les Casques bleus ;\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
];

const AR_MORE: &[Case] = &[
    Case {
        id: "ar2-sg-within-resources",
        head: AR_SC,
        text: "1 - يطلب إلى الأمين العام، في حدود الموارد المتاحة، أن ينشئ صندوقا استئمانيا للبرنامج؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar2-unesco-with-waw",
        head: AR_GA,
        text: "1 - تدعو منظمة الأمم المتحدة للتربية والعلم والثقافة إلى قيادة الاحتفال بالسنة الدولية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["منظمة الأمم المتحدة للتربية والعلم والثقافة"]),
    },
    Case {
        id: "ar2-isdb",
        head: AR_OIC,
        text: "1- يطلب إلى البنك الإسلامي للتنمية أن يقدم المساعدة الفنية للدول الأعضاء الأقل نموا.\n",
        adopted: "2032-05-20",
        want: Keys(&["البنك الإسلامي للتنمية"]),
    },
    Case {
        id: "ar2-states-parties",
        head: AR_GA,
        text: "1 - تدعو الدول الأطراف في الاتفاقية إلى الوفاء بالتزاماتها المتعلقة بتقديم التقارير في الوقت المناسب؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول الأطراف"]),
    },
    Case {
        id: "ar2-authorizes-mission",
        head: AR_SC,
        text: "1 - يأذن للبعثة باتخاذ جميع التدابير اللازمة لتنفيذ ولايتها؛\n",
        adopted: "2032-03-15",
        want: Keys(&["البعثة"]),
    },
    Case {
        id: "ar2-three-actors",
        head: AR_GA,
        text: "1 - تدعو الدول الأعضاء ومنظومة الأمم المتحدة والمجتمع المدني إلى الاحتفال باليوم الدولي؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول الأعضاء", "منظومة الأمم المتحدة", "المجتمع المدني"]),
    },
    Case {
        id: "ar2-chair-of-committee",
        head: AR_SC,
        text: "1 - يطلب إلى رئيس اللجنة أن يقدم إحاطة شفوية إلى المجلس كل تسعين يوما؛\n",
        adopted: "2032-03-15",
        want: Keys(&["رئيس اللجنة"]),
    },
    Case {
        id: "ar2-in-a-position-ala",
        head: AR_GA,
        text: "1 - تحث الدول الأعضاء القادرة على ذلك على المساهمة في الصندوق الاستئماني؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar2-narrative-urged-parties",
        head: "البيان الختامي للاجتماع الوزاري\n\n",
        text: "وحث المجلس الأطراف المتنازعة على الالتزام بوقف فوري لإطلاق النار.\n",
        adopted: "2032-09-08",
        want: Keys(&["الأطراف"]),
    },
    Case {
        id: "ar2-las-sg-of-league",
        head: AR_LAS,
        text: "1- يطلب من الأمين العام للجامعة متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة القادمة.\n",
        adopted: "2032-09-08",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar2-las-item-arab-states",
        head: "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\nيقرر:\n\n",
        text: "1- دعوة الدول العربية إلى دعم موازنة دولة فلسطين.\n",
        adopted: "2032-09-08",
        want: Keys(&["الدول العربية"]),
    },
    Case {
        id: "ar2-sg-keep-informed",
        head: AR_SC,
        text: "1 - يطلب إلى الأمين العام أن يبقي المجلس على علم بالحالة بصورة منتظمة؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar2-near-welcomes-efforts",
        head: AR_GA,
        text: "1 - ترحب بالجهود التي يبذلها الأمين العام في مجال الوساطة؛\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "ar2-near-takes-note-of-decision",
        head: AR_SC,
        text: "1 - يحيط علما بقرار حكومة تشاد إجراء انتخابات رئاسية؛\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "ar2-near-condemns-attacks",
        head: AR_SC,
        text: "1 - يدين بأشد العبارات الهجمات التي تشنها الجماعات المسلحة على حفظة السلام؛\n",
        adopted: "2032-03-15",
        want: Nothing,
    },
    Case {
        id: "ar2-near-gratitude-contributors",
        head: AR_GA,
        text: "1 - تعرب عن امتنانها للدول الأعضاء التي قدمت مساهمات إلى الصندوق الاستئماني؛\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
];

// A third batch (written after the second batch's rules, before the drafter ran on it):
// communiqués, declarations and meeting reports, where the body speaks in the third or
// first person.

const COMM: &str = "Final communiqué of the ministerial meeting\n\n";
const FR_COMM: &str = "Communiqué final de la réunion ministérielle\n\n";
const AR_COMM: &str = "البيان الختامي للاجتماع الوزاري\n\n";

const EN_THIRD: &[Case] = &[
    Case {
        id: "en3-ministers-called-on",
        head: COMM,
        text: "The Ministers called on the international community to scale up its support for the reconstruction of the region.\n",
        adopted: "2032-09-25",
        want: Keys(&["international community"]),
    },
    Case {
        id: "en3-summit-urged",
        head: COMM,
        text: "The Summit urged Member States to accelerate the ratification of the protocol on free movement.\n",
        adopted: "2032-09-25",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en3-council-tasked-with",
        head: COMM,
        text: "The Council tasked the Commission with preparing a roadmap for the transition.\n",
        adopted: "2032-09-25",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "en3-au-council-requests-no-article",
        head: "Communiqué of the 1250th meeting of the Peace and Security Council\n\n",
        text: "Council requests the Chairperson of the Commission to dispatch a fact-finding mission to the border area.\n",
        adopted: "2032-06-14",
        want: Keys(&["Chairperson of the Commission"]),
    },
    Case {
        id: "en3-conference-also-invited",
        head: COMM,
        text: "The Conference also invited the Islamic Development Bank to finance the feasibility study of the railway project.\n",
        adopted: "2032-09-25",
        want: Keys(&["Islamic Development Bank"]),
    },
    Case {
        id: "en3-heads-directed-ecowas-commission",
        head: COMM,
        text: "The Heads of State and Government directed the ECOWAS Commission to deploy an election observation mission.\n",
        adopted: "2032-09-25",
        want: Keys(&["ECOWAS Commission"]),
    },
    Case {
        id: "en3-secretariat-was-asked",
        head: COMM,
        text: "The Secretariat was asked to circulate the revised draft to all delegations.\n",
        adopted: "2032-09-25",
        want: Keys(&["Secretariat"]),
    },
    Case {
        id: "en3-further-requested-in-coordination",
        head: COMM,
        text: "The Council further requested the Secretary-General, in coordination with the African Union, to present options for a joint mission.\n",
        adopted: "2032-09-25",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en3-it-called-upon",
        head: COMM,
        text: "The Council met in Addis Ababa to review the situation in the region. It called upon all parties to respect the ceasefire.\n",
        adopted: "2032-09-25",
        want: Keys(&["parties"]),
    },
    Case {
        id: "en3-committee-recommended-that",
        head: COMM,
        text: "The Committee recommended that Member States ratify the Convention before the end of the year.\n",
        adopted: "2032-09-25",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en3-action-point",
        head: "Outcome of the coordination meeting\n\nThe meeting agreed on the following action points:\n\n",
        text: "- SESRIC to finalize the study on youth employment by June 2033;\n",
        adopted: "2032-09-25",
        want: Keys(&["SESRIC"]),
    },
    Case {
        id: "en3-call-naming-nobody",
        head: COMM,
        text: "The Council called for the immediate and unconditional release of all detainees.\n",
        adopted: "2032-09-25",
        want: Keys(&["All States"]),
    },
    Case {
        id: "en3-we-call-upon",
        head: "Declaration of the Heads of State and Government\n\nWe, the Heads of State and Government, meeting in Abuja,\n\n",
        text: "1. Call upon the international community to honour its commitments on climate finance;\n",
        adopted: "2032-09-25",
        want: Keys(&["international community"]),
    },
    Case {
        id: "en3-we-request",
        head: "Declaration of the Heads of State and Government\n\n",
        text: "We request the Secretary-General to convene a follow-up conference.\n",
        adopted: "2032-09-25",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en3-near-commended",
        head: COMM,
        text: "The Ministers commended the Secretary-General for his tireless efforts.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
    Case {
        id: "en3-near-noted-request",
        head: COMM,
        text: "The Council noted the request of the Government of Chad for assistance.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
    Case {
        id: "en3-near-briefed-by",
        head: COMM,
        text: "The Council was briefed by the Special Envoy on the latest developments.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
    Case {
        id: "en3-near-speaker-called-on",
        head: COMM,
        text: "In his statement, the Chairperson of the Commission called on Member States to pay their contributions.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
];

const FR_THIRD: &[Case] = &[
    Case {
        id: "fr3-ministres-ont-appele",
        head: FR_COMM,
        text: "Les ministres ont appelé la communauté internationale à renforcer son soutien à la reconstruction de la région.\n",
        adopted: "2032-09-25",
        want: Keys(&["communauté internationale"]),
    },
    Case {
        id: "fr3-sommet-a-exhorte",
        head: FR_COMM,
        text: "Le Sommet a exhorté les États membres à accélérer la ratification du protocole sur la libre circulation.\n",
        adopted: "2032-09-25",
        want: Keys(&["États membres"]),
    },
    Case {
        id: "fr3-conseil-a-charge",
        head: FR_COMM,
        text: "Le Conseil a chargé la Commission de préparer une feuille de route pour la transition.\n",
        adopted: "2032-09-25",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "fr3-reunion-a-demande",
        head: FR_COMM,
        text: "La réunion a demandé au Secrétariat général de diffuser le projet révisé à toutes les délégations.\n",
        adopted: "2032-09-25",
        want: Keys(&["Secrétariat général"]),
    },
    Case {
        id: "fr3-conseil-demande-president-commission",
        head: "Communiqué de la 1250e réunion du Conseil de paix et de sécurité\n\n",
        text: "Le Conseil demande au Président de la Commission de dépêcher une mission d'établissement des faits dans la zone frontalière.\n",
        adopted: "2032-06-14",
        want: Keys(&["Président de la Commission"]),
    },
    Case {
        id: "fr3-chefs-ont-instruit",
        head: FR_COMM,
        text: "Les chefs d'État et de gouvernement ont instruit la Commission de la CEDEAO de déployer une mission d'observation électorale.\n",
        adopted: "2032-09-25",
        want: Keys(&["Commission"]),
    },
    Case {
        id: "fr3-nous-demandons",
        head: "Déclaration des chefs d'État et de gouvernement\n\n",
        text: "Nous demandons au Secrétaire général de convoquer une conférence de suivi.\n",
        adopted: "2032-09-25",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr3-ont-ete-invites",
        head: FR_COMM,
        text: "Les États membres ont été invités à verser leurs contributions au budget de l'organisation.\n",
        adopted: "2032-09-25",
        want: Keys(&["États membres"]),
    },
    Case {
        id: "fr3-near-felicite",
        head: FR_COMM,
        text: "Le Conseil a félicité le Secrétaire général pour ses efforts inlassables.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
    Case {
        id: "fr3-near-orateur",
        head: FR_COMM,
        text: "Dans sa déclaration, le Président de la Commission a appelé les États membres à verser leurs contributions.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
];

const AR_THIRD: &[Case] = &[
    Case {
        id: "ar3-ministers-called",
        head: AR_COMM,
        text: "ودعا الوزراء المجتمع الدولي إلى زيادة دعمه لإعادة إعمار المنطقة.\n",
        adopted: "2032-09-25",
        want: Keys(&["المجتمع الدولي"]),
    },
    Case {
        id: "ar3-summit-urged",
        head: AR_COMM,
        text: "وحثت القمة الدول الأعضاء على الإسراع في المصادقة على بروتوكول حرية التنقل.\n",
        adopted: "2032-09-25",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar3-council-tasked",
        head: AR_COMM,
        text: "وكلف المجلس الأمانة العامة بإعداد خارطة طريق للمرحلة الانتقالية.\n",
        adopted: "2032-09-25",
        want: Keys(&["الأمانة العامة"]),
    },
    Case {
        id: "ar3-council-demanded-all-parties",
        head: AR_COMM,
        text: "وطالب المجلس الأطراف كافة بوقف فوري لإطلاق النار.\n",
        adopted: "2032-09-25",
        want: Keys(&["الأطراف"]),
    },
    Case {
        id: "ar3-council-appealed-donors",
        head: AR_COMM,
        text: "وناشد المجلس الدول المانحة تقديم مساهمات سخية لخطة الاستجابة الإنسانية.\n",
        adopted: "2032-09-25",
        want: Keys(&["الدول المانحة"]),
    },
    Case {
        id: "ar3-we-demand",
        head: "إعلان القادة\n\n",
        text: "ونطالب المجتمع الدولي بالوفاء بالتزاماته في مجال تمويل المناخ.\n",
        adopted: "2032-09-25",
        want: Keys(&["المجتمع الدولي"]),
    },
    Case {
        id: "ar3-statement-also-called",
        head: AR_COMM,
        text: "كما دعا البيان الختامي الدول الأعضاء إلى سداد مساهماتها في ميزانية المنظمة.\n",
        adopted: "2032-09-25",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar3-council-requested-sg-min",
        head: AR_COMM,
        text: "وطلب المجلس من الأمين العام تقديم تقرير شامل إلى الدورة القادمة.\n",
        adopted: "2032-09-25",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar3-near-praised",
        head: AR_COMM,
        text: "وأشاد المجلس بجهود الأمين العام في هذا المجال.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
    Case {
        id: "ar3-near-speaker",
        head: AR_COMM,
        text: "وفي كلمته، دعا الأمين العام الدول الأعضاء إلى سداد مساهماتها.\n",
        adopted: "2032-09-25",
        want: Nothing,
    },
];

// A fourth batch (written after the third batch ran, before the drafter ran on it): items
// under a chapeau, lists joined by "as well as" / "ainsi que" / "وكذلك", two governments,
// bodies set up by a paragraph of a resolution, recommendations, and near misses.

const EN_FOURTH: &[Case] = &[
    Case {
        id: "en4-chapeau-items-sg",
        head: GA,
        text: "1. Requests the Secretary-General:\n\n(a) To prepare a study on the question;\n\n(b) To submit the study to the General Assembly;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en4-chapeau-invites-items-name-own",
        head: GA,
        text: "1. Invites:\n\n(a) Member States to share their best practices;\n\n(b) The regional commissions to support the review;\n",
        adopted: "2032-12-10",
        want: Each(&[&["Member States"], &["regional commissions"]]),
    },
    Case {
        id: "en4-as-well-as",
        head: GA,
        text: "1. Calls upon Member States, as well as regional and subregional organizations, to strengthen their early warning systems;\n",
        adopted: "2032-12-10",
        want: Keys(&["Member States", "regional and subregional organizations"]),
    },
    Case {
        id: "en4-together-with",
        head: GA,
        text: "1. Requests the Secretariat, together with the funds and programmes, to streamline the reporting requirements;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretariat"]),
    },
    Case {
        id: "en4-two-with-aside",
        head: SC,
        text: "1. Requests the Secretary-General and the High Representative, in close consultation with each other, to report on the implementation of the agreement;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secretary-General", "High Representative"]),
    },
    Case {
        id: "en4-two-governments-named",
        head: SC,
        text: "1. Encourages the Government of Iraq and the Kurdistan Regional Government to resolve their outstanding disputes;\n",
        adopted: "2032-03-15",
        want: Keys(&["Government of Iraq", "Kurdistan Regional Government"]),
    },
    Case {
        id: "en4-sg-provide-in-report",
        head: GA,
        text: "1. Requests the Secretary-General to provide, in his next report, information on the measures taken;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en4-panel-pursuant-to-paragraph",
        head: SC,
        text: "1. Requests the Panel of Experts established pursuant to paragraph 3 of resolution 2140 (2014) to provide a midterm update to the Committee;\n",
        adopted: "2032-03-15",
        want: Keys(&["Panel of Experts"]),
    },
    Case {
        id: "en4-region-and-au",
        head: SC,
        text: "1. Calls upon the Member States of the region and the African Union to support the political process;\n",
        adopted: "2032-03-15",
        want: Keys(&["Member States", "African Union"]),
    },
    Case {
        id: "en4-recommends-ecosoc-approve",
        head: "The Commission on Narcotic Drugs,\n\nRecalling its previous resolutions,\n\n",
        text: "1. Recommends that the Economic and Social Council approve the draft resolution annexed hereto;\n",
        adopted: "2032-03-20",
        want: Keys(&["Economic and Social Council"]),
    },
    Case {
        id: "en4-sg-invite-rapporteur",
        head: GA,
        text: "1. Requests the Secretary-General to invite the Special Rapporteur to address the General Assembly;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en4-executive-director-unodc",
        head: GA,
        text: "1. Requests the Executive Director of the United Nations Office on Drugs and Crime to train more border officials in the region;\n",
        adopted: "2032-12-10",
        want: Keys(&["Executive Director"]),
    },
    Case {
        id: "en4-decides-to-include-item",
        head: GA,
        text: "1. Decides to include in the provisional agenda of its eighty-third session the item entitled \"Oceans and the law of the sea\".\n",
        adopted: "2032-12-10",
        want: Keys(&["General Assembly"]),
    },
    Case {
        id: "en4-near-requests-that-report-be",
        head: GA,
        text: "1. Requests that the report be submitted to the Assembly at its next session;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en4-near-notes-that-sg-requested",
        head: GA,
        text: "1. Notes that the Secretary-General has requested Member States to submit their views on the question;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
];

const FR_FOURTH: &[Case] = &[
    Case {
        id: "fr4-chapeau-alineas-sg",
        head: FR_AG,
        text: "1. Prie le Secrétaire général :\n\na) D'établir une étude sur la question ;\n\nb) De présenter l'étude à l'Assemblée générale ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr4-ainsi-qu-aux",
        head: FR_AG,
        text: "1. Demande aux États Membres, ainsi qu'aux organisations régionales et sous-régionales, de renforcer leurs systèmes d'alerte rapide ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États Membres", "organisations régionales"]),
    },
    Case {
        id: "fr4-en-collaboration-avec",
        head: FR_AG,
        text: "1. Prie le Secrétariat, en collaboration avec les fonds et programmes, de simplifier les obligations en matière de rapports ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétariat"]),
    },
    Case {
        id: "fr4-deux-gouvernements",
        head: FR_CS,
        text: "1. Engage le Gouvernement iraquien et le Gouvernement régional du Kurdistan à régler leurs différends ;\n",
        adopted: "2032-03-15",
        want: Keys(&[
            "Gouvernement iraquien",
            "Gouvernement régional du Kurdistan",
        ]),
    },
    Case {
        id: "fr4-groupe-cree-en-application",
        head: FR_CS,
        text: "1. Prie le Groupe d'experts créé en application du paragraphe 3 de la résolution 2140 (2014) de présenter un point à mi-parcours au Comité ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Groupe d'experts"]),
    },
    Case {
        id: "fr4-recommande-que-ecosoc",
        head: "La Commission des stupéfiants,\n\nRappelant ses résolutions antérieures,\n\n",
        text: "1. Recommande que le Conseil économique et social approuve le projet de résolution figurant en annexe ;\n",
        adopted: "2032-03-20",
        want: Keys(&["Conseil économique et social"]),
    },
    Case {
        id: "fr4-directeur-executif-onudc",
        head: FR_AG,
        text: "1. Prie le Directeur exécutif de l'Office des Nations Unies contre la drogue et le crime de continuer à fournir une assistance technique ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Directeur exécutif"]),
    },
    Case {
        id: "fr4-near-demande-que-rapport-soit",
        head: FR_AG,
        text: "1. Demande que le rapport soit présenté à l'Assemblée générale à sa quatre-vingt-troisième session ;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "fr4-near-note-que-sg-a-demande",
        head: FR_AG,
        text: "1. Note que le Secrétaire général a demandé aux États Membres de présenter leurs vues sur la question ;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
];

const AR_FOURTH: &[Case] = &[
    Case {
        id: "ar4-chapeau-items-sg",
        head: AR_GA,
        text: "1 - تطلب إلى الأمين العام:\n\n(أ) أن يعد دراسة عن المسألة؛\n\n(ب) أن يقدم الدراسة إلى الجمعية العامة؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar4-wakadhalik",
        head: AR_GA,
        text: "1 - تهيب بالدول الأعضاء، وكذلك المنظمات الإقليمية ودون الإقليمية، أن تعزز نظم الإنذار المبكر؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول الأعضاء", "المنظمات الإقليمية"]),
    },
    Case {
        id: "ar4-two-governments",
        head: AR_SC,
        text: "1 - يشجع حكومة العراق وحكومة إقليم كردستان على تسوية خلافاتهما العالقة؛\n",
        adopted: "2032-03-15",
        want: Keys(&["حكومة العراق", "حكومة إقليم كردستان"]),
    },
    Case {
        id: "ar4-panel-pursuant-paragraph",
        head: AR_SC,
        text: "1 - يطلب إلى فريق الخبراء المنشأ عملا بالفقرة 3 من القرار 2140 (2014) أن يقدم إلى اللجنة تقريرا مستكملا في منتصف المدة؛\n",
        adopted: "2032-03-15",
        want: Keys(&["فريق الخبراء"]),
    },
    Case {
        id: "ar4-recommends-ecosoc",
        head: "إن لجنة المخدرات،\n\nإذ تشير إلى قراراتها السابقة،\n\n",
        text: "1 - توصي بأن يوافق المجلس الاقتصادي والاجتماعي على مشروع القرار المرفق بهذا القرار؛\n",
        adopted: "2032-03-20",
        want: Keys(&["المجلس الاقتصادي والاجتماعي"]),
    },
    Case {
        id: "ar4-executive-director-unodc",
        head: AR_GA,
        text: "1 - تطلب إلى المدير التنفيذي لمكتب الأمم المتحدة المعني بالمخدرات والجريمة أن يواصل تقديم المساعدة التقنية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["المدير التنفيذي"]),
    },
    Case {
        id: "ar4-in-cooperation-with",
        head: AR_SC,
        text: "1 - يطلب إلى الأمانة العامة، بالتعاون مع الصناديق والبرامج، أن تبسط متطلبات تقديم التقارير؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الأمانة العامة"]),
    },
    Case {
        id: "ar4-near-requests-that-report-be",
        head: AR_GA,
        text: "1 - تطلب أن يقدم التقرير إلى الجمعية العامة في دورتها الثالثة والثمانين؛\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "ar4-near-notes-that-sg-requested",
        head: AR_GA,
        text: "1 - تلاحظ أن الأمين العام طلب إلى الدول الأعضاء أن تقدم آراءها بشأن المسألة؛\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
];

// A fifth batch (written after the fourth batch's rules, before the drafter ran on it):
// more bodies named in full, "acting in cooperation with", pronouns after the verb, thanks.

const EN_FIFTH: &[Case] = &[
    Case {
        id: "en5-report-thereon",
        head: SC,
        text: "1. Requests the Secretary-General to report thereon within sixty days to the Council;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secretary-General"]),
    },
    Case {
        id: "en5-president-of-ecosoc",
        head: GA,
        text: "1. Invites the President of the Economic and Social Council to brief Member States on the outcome of the forum;\n",
        adopted: "2032-12-10",
        want: Keys(&["President of the Economic and Social Council"]),
    },
    Case {
        id: "en5-committee-on-rights-of-child",
        head: GA,
        text: "1. Requests the Committee on the Rights of the Child to consider the question at its next session;\n",
        adopted: "2032-12-10",
        want: Keys(&["Committee on the Rights of the Child"]),
    },
    Case {
        id: "en5-parties-to-conflict-in",
        head: SC,
        text: "1. Calls upon all parties to the conflict in Yemen to engage constructively with the Special Envoy;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "en5-acting-in-cooperation",
        head: SC,
        text: "1. Authorizes Member States acting in cooperation with the African Union to take all necessary measures to protect civilians;\n",
        adopted: "2032-03-15",
        want: Keys(&["Member States"]),
    },
    Case {
        id: "en5-who-and-unicef",
        head: GA,
        text: "1. Requests the World Health Organization and the United Nations Children's Fund to support national immunization campaigns;\n",
        adopted: "2032-12-10",
        want: Keys(&[
            "World Health Organization",
            "United Nations Children's Fund",
        ]),
    },
    Case {
        id: "en5-passive-strongly-urged",
        head: SC,
        text: "1. The parties are strongly urged to conclude the negotiations without delay;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "en5-near-thanks",
        head: GA,
        text: "1. Thanks the Secretary-General for his comprehensive report;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "en5-near-grateful",
        head: OIC,
        text: "1. Is grateful to the Government of Qatar for hosting the meeting of experts.\n",
        adopted: "2032-05-20",
        want: Nothing,
    },
];

const FR_FIFTH: &[Case] = &[
    Case {
        id: "fr5-lui-faire-rapport",
        head: FR_CS,
        text: "1. Prie le Secrétaire général de lui faire rapport à ce sujet dans un délai de quatre-vingt-dix jours ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr5-etats-et-ong",
        head: FR_AG,
        text: "1. Invite les États Membres et les organisations non gouvernementales à célébrer la Journée internationale ;\n",
        adopted: "2032-12-10",
        want: Keys(&["États Membres", "organisations non gouvernementales"]),
    },
    Case {
        id: "fr5-puissance-occupante-apposition",
        head: FR_AG,
        text: "1. Demande à la Puissance occupante, Israël, de cesser toutes les activités d'implantation ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Israël"]),
    },
    Case {
        id: "fr5-encourage-sg-a-continuer",
        head: FR_AG,
        text: "1. Encourage le Secrétaire général à continuer de promouvoir la coopération régionale ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Secrétaire général"]),
    },
    Case {
        id: "fr5-parties-au-conflit",
        head: FR_CS,
        text: "1. Prie instamment toutes les parties au conflit de respecter le droit international humanitaire ;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr5-agissant-en-cooperation",
        head: FR_CS,
        text: "1. Autorise les États Membres agissant en coopération avec l'Union africaine à prendre toutes les mesures nécessaires pour protéger les civils ;\n",
        adopted: "2032-03-15",
        want: Keys(&["États Membres"]),
    },
    Case {
        id: "fr5-oms-et-unicef",
        head: FR_AG,
        text: "1. Demande à l'Organisation mondiale de la Santé (OMS) et au Fonds des Nations Unies pour l'enfance (UNICEF) d'appuyer les campagnes nationales de vaccination ;\n",
        adopted: "2032-12-10",
        want: Keys(&[
            "Organisation mondiale de la Santé",
            "Fonds des Nations Unies pour l'enfance",
        ]),
    },
    Case {
        id: "fr5-president-ecosoc",
        head: FR_AG,
        text: "1. Invite le Président du Conseil économique et social à informer les États Membres des résultats du forum ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Président du Conseil économique et social"]),
    },
    Case {
        id: "fr5-comite-droits-enfant",
        head: FR_AG,
        text: "1. Prie le Comité des droits de l'enfant d'examiner la question à sa prochaine session ;\n",
        adopted: "2032-12-10",
        want: Keys(&["Comité des droits de l'enfant"]),
    },
    Case {
        id: "fr5-haut-commissaire",
        head: FR_CDH,
        text: "1. Prie le Haut-Commissaire de présenter au Conseil un rapport écrit sur la situation ;\n",
        adopted: "2032-04-05",
        want: Keys(&["Haut-Commissaire"]),
    },
    Case {
        id: "fr5-passif-instamment-priees",
        head: FR_CS,
        text: "1. Les parties sont instamment priées de conclure les négociations sans tarder ;\n",
        adopted: "2032-03-15",
        want: Keys(&["parties"]),
    },
    Case {
        id: "fr5-gouvernement-soudanais",
        head: FR_CS,
        text: "1. Exhorte le Gouvernement soudanais à coopérer pleinement avec le Groupe d'experts ;\n",
        adopted: "2032-03-15",
        want: Keys(&["Gouvernement soudanais"]),
    },
    Case {
        id: "fr5-near-sait-gre",
        head: FR_OCI,
        text: "1. Sait gré au Gouvernement du Qatar d'avoir accueilli la réunion d'experts.\n",
        adopted: "2032-05-20",
        want: Nothing,
    },
    Case {
        id: "fr5-near-remercie",
        head: FR_AG,
        text: "1. Remercie le Secrétaire général de son rapport détaillé ;\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "fr5-near-prend-acte",
        head: FR_CDH,
        text: "1. Prend acte du rapport du Haut-Commissaire sur la situation ;\n",
        adopted: "2032-04-05",
        want: Nothing,
    },
];

const AR_FIFTH: &[Case] = &[
    Case {
        id: "ar5-submit-to-it",
        head: AR_GA,
        text: "1 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن هذه المسألة في دورتها الثالثة والثمانين؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar5-states-and-ngos",
        head: AR_GA,
        text: "1 - تدعو الدول الأعضاء والمنظمات غير الحكومية إلى الاحتفال باليوم الدولي؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الدول الأعضاء", "المنظمات غير الحكومية"]),
    },
    Case {
        id: "ar5-encourages-sg-continue",
        head: AR_GA,
        text: "1 - تشجع الأمين العام على مواصلة تعزيز التعاون الإقليمي؛\n",
        adopted: "2032-12-10",
        want: Keys(&["الأمين العام"]),
    },
    Case {
        id: "ar5-parties-to-conflict",
        head: AR_SC,
        text: "1 - يحث جميع أطراف النزاع على احترام القانون الإنساني الدولي؛\n",
        adopted: "2032-03-15",
        want: Keys(&["أطراف النزاع"]),
    },
    Case {
        id: "ar5-acting-in-cooperation",
        head: AR_SC,
        text: "1 - يأذن للدول الأعضاء التي تعمل بالتعاون مع الاتحاد الأفريقي باتخاذ جميع التدابير اللازمة لحماية المدنيين؛\n",
        adopted: "2032-03-15",
        want: Keys(&["الدول الأعضاء"]),
    },
    Case {
        id: "ar5-who-and-unicef",
        head: AR_GA,
        text: "1 - تطلب إلى منظمة الصحة العالمية ومنظمة الأمم المتحدة للطفولة أن تدعما حملات التحصين الوطنية؛\n",
        adopted: "2032-12-10",
        want: Keys(&["منظمة الصحة العالمية", "منظمة الأمم المتحدة للطفولة"]),
    },
    Case {
        id: "ar5-president-ecosoc",
        head: AR_GA,
        text: "1 - تدعو رئيس المجلس الاقتصادي والاجتماعي إلى إطلاع الدول الأعضاء على نتائج المنتدى؛\n",
        adopted: "2032-12-10",
        want: Keys(&["رئيس المجلس الاقتصادي والاجتماعي"]),
    },
    Case {
        id: "ar5-committee-rights-child",
        head: AR_GA,
        text: "1 - تطلب إلى لجنة حقوق الطفل أن تنظر في المسألة في دورتها المقبلة؛\n",
        adopted: "2032-12-10",
        want: Keys(&["لجنة حقوق الطفل"]),
    },
    Case {
        id: "ar5-high-commissioner",
        head: AR_GA,
        text: "1 - تطلب إلى المفوض السامي أن يقدم تقريرا خطيا عن الحالة؛\n",
        adopted: "2032-12-10",
        want: Keys(&["المفوض السامي"]),
    },
    Case {
        id: "ar5-government-of-sudan",
        head: AR_SC,
        text: "1 - يحث حكومة السودان على التعاون الكامل مع فريق الخبراء؛\n",
        adopted: "2032-03-15",
        want: Keys(&["حكومة السودان"]),
    },
    Case {
        id: "ar5-near-thanks",
        head: AR_GA,
        text: "1 - تعرب عن شكرها للأمين العام على تقريره الشامل؛\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "ar5-near-takes-note-report",
        head: AR_GA,
        text: "1 - تحيط علما بتقرير المفوض السامي عن الحالة؛\n",
        adopted: "2032-12-10",
        want: Nothing,
    },
    Case {
        id: "ar5-near-commends-hosting",
        head: AR_OIC,
        text: "1- يثني على حكومة دولة قطر لاستضافتها اجتماع الخبراء.\n",
        adopted: "2032-05-20",
        want: Nothing,
    },
];

/// Whether a case's draft is right, and what was drafted (one line per mandate).
fn judge(case: &Case) -> (bool, Vec<String>) {
    let drafted = actor_names(&draft_case(case.head, case.text, case.adopted));
    let ok = match &case.want {
        Nothing => drafted.is_empty(),
        Keys(keys) => !drafted.is_empty() && drafted.iter().all(|a| actors_right(keys, a)),
        Each(sets) => {
            !drafted.is_empty()
                && drafted
                    .iter()
                    .all(|a| sets.iter().any(|k| actors_right(k, a)))
                && sets
                    .iter()
                    .all(|k| drafted.iter().any(|a| actors_right(k, a)))
        }
    };
    (ok, drafted.iter().map(|a| bracket(a)).collect())
}

fn want_line(w: &Want) -> String {
    match w {
        Nothing => "nothing".into(),
        Keys(k) => bracket(k),
        Each(s) => shown(s),
    }
}

impl GridCase for Case {
    fn id(&self) -> &str {
        self.id
    }
    fn want(&self) -> String {
        want_line(&self.want)
    }
    fn judge(&self) -> (bool, Vec<String>) {
        judge(self)
    }
}

/// Runs one part's cases (see `tests_grid_common::run`).
fn run(part: &str, cases: &[Case]) -> (usize, usize) {
    grid_run("grid actors", part, cases)
}

#[test]
fn grid_actors() {
    let results = [
        run("en", EN_CASES),
        run("fr", FR_CASES),
        run("ar", AR_CASES),
    ];
    assert_whole("grid actors", &results);
}

#[test]
fn the_grid_is_large_enough() {
    assert!(EN_CASES.len() >= 60);
    assert!(FR_CASES.len() >= 30);
    assert!(AR_CASES.len() >= 30);
    let mut ids: Vec<&str> = EN_CASES
        .iter()
        .chain(FR_CASES)
        .chain(AR_CASES)
        .chain(EN_MORE)
        .chain(FR_MORE)
        .chain(AR_MORE)
        .chain(EN_THIRD)
        .chain(FR_THIRD)
        .chain(AR_THIRD)
        .chain(EN_FOURTH)
        .chain(FR_FOURTH)
        .chain(AR_FOURTH)
        .chain(EN_FIFTH)
        .chain(FR_FIFTH)
        .chain(AR_FIFTH)
        .map(|c| c.id)
        .collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "case ids are unique");
}

#[test]
fn grid_actors_more() {
    let results = [run("en", EN_MORE), run("fr", FR_MORE), run("ar", AR_MORE)];
    assert_whole("grid actors (second batch)", &results);
}

#[test]
fn grid_actors_third() {
    let results = [
        run("en", EN_THIRD),
        run("fr", FR_THIRD),
        run("ar", AR_THIRD),
    ];
    assert_whole("grid actors (third batch)", &results);
}

#[test]
fn grid_actors_fourth() {
    let results = [
        run("en", EN_FOURTH),
        run("fr", FR_FOURTH),
        run("ar", AR_FOURTH),
    ];
    assert_whole("grid actors (fourth batch)", &results);
}

#[test]
fn grid_actors_fifth() {
    let results = [
        run("en", EN_FIFTH),
        run("fr", FR_FIFTH),
        run("ar", AR_FIFTH),
    ];
    assert_whole("grid actors (fifth batch)", &results);
}
