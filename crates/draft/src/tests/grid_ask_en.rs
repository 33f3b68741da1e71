//! A composed coverage grid for the ways of asking in English (helper hge1): which verb or
//! construction makes a mandate, and whom it names. Half the cases are formal UN, OIC, AU,
//! IMO and WHO operative paragraphs (present tense, the verb opening the paragraph, the
//! bare-infinitive decision form "To request X to"), half communiqué, final-declaration,
//! press-release and chair's-summary sentences (past tense, narrated). Each way of asking
//! comes with more than one actor shape (a single body, two bodies, "all States", a
//! pronoun, a passive), and near misses must give no mandate. None is a sentence of a real
//! text. The expectations were written before the drafter first ran on them.
//!
//! A case's expectation is a fact: how many mandates the text yields and each one's actor
//! key words, judged by the real-text scorer's own rule (`judge::actors_right`): as many
//! actors as keys, each key in an actor of its own that adds at most three words or is the
//! key's full name. The mandates are matched one to one, in any order.

use crate::tests::grid_common::{
    GridCase, actor_names, assert_whole, bracket, draft_case, pair_off, run as grid_run, shown,
};

struct Case {
    id: &'static str,
    head: &'static str,
    text: &'static str,
    /// Each mandate's actor keys; empty: no mandate at all.
    want: &'static [&'static [&'static str]],
}

const NONE: &[&[&str]] = &[];
const ADOPTED: &str = "2032-06-15";

// Formal heads.
const GA: &str = "The General Assembly,\n\nRecalling its earlier resolutions on the question,\n\n";
const SC: &str = "The Security Council,\n\nReaffirming its strong commitment to the unity and territorial integrity of the country,\n\n";
const HRC: &str = "The Human Rights Council,\n\nGuided by the purposes and principles of the Charter of the United Nations,\n\n";
const OIC: &str = "The Council of Foreign Ministers of the Organisation of Islamic Cooperation (OIC), meeting in its fifty-fourth session,\n\nRecalling the objectives of the OIC Charter,\n\n";
const AU: &str = "The Executive Council of the African Union,\n\nHaving examined the report of the Commission on the matter,\n\n";
const IMO: &str = "The Maritime Safety Committee,\n\nBearing in mind the functions conferred upon it by the Convention,\n\n";
const WHA: &str = "The Eighty-fifth World Health Assembly,\n\nHaving considered the consolidated report by the Director-General,\n\n";
const LAS_DECIDES: &str = "The Council of the League of Arab States at the ministerial level,\n\nHaving examined the memorandum of the General Secretariat,\n\nDecides:\n\n";

// Narrated heads.
const CM: &str = "Final communiqué of the twentieth ordinary session of the Council of Ministers\n\nThe Council of Ministers held its twentieth ordinary session in Accra on 2 and 3 June 2032 under the chairmanship of the Minister of Foreign Affairs of Ghana.\n\n";
const SUMMIT: &str = "Communiqué of the extraordinary Summit\n\nThe Summit of Heads of State and Government met in Abuja on 10 June 2032 to review the political situation in the region.\n\n";
const PRESS: &str = "Press release\n\nThe Ministerial Committee on Food Security concluded its annual meeting in Jeddah on 12 June 2032.\n\n";
const CHAIR: &str = "Chair's summary\n\nThe high-level regional dialogue on coastal erosion took place in Dakar on 8 June 2032.\n\n";
const REPORT: &str = "Report of the meeting\n\nThe Committee of Experts met in Rabat from 7 to 9 June 2032 to consider the draft work programme.\n\n";
const LEADERS: &str = "Leaders' communiqué\n\nThe Leaders of the Pacific island States met in Apia on 5 June 2032 for their annual retreat.\n\n";

/// Formal style: present tense, the verb opening the paragraph.
const FORMAL: &[Case] = &[
    // Requests.
    Case {
        id: "f-requests-sg",
        head: GA,
        text: "1. Requests the Secretary-General to submit to the General Assembly at its ninetieth session a report on the implementation of the present resolution;\n",
        want: &[&["Secretary-General"]],
    },
    Case {
        id: "f-requests-two-bodies",
        head: HRC,
        text: "1. Requests the Office of the High Commissioner and the Special Rapporteur to prepare jointly a study on the right to housing in coastal cities;\n",
        want: &[&["Office of the High Commissioner", "Special Rapporteur"]],
    },
    Case {
        id: "f-requests-all-states",
        head: SC,
        text: "1. Requests all States to report to the Committee within ninety days on the steps they have taken to implement the measures;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f-requests-pronoun",
        head: GA,
        text: "1. Takes note of the report of the Working Group on coastal erosion, and requests it to continue its work on the draft guidelines;\n",
        want: &[&["Working Group"]],
    },
    Case {
        id: "f-requests-passive",
        head: IMO,
        text: "1. Member Governments are requested to bring the present circular to the attention of shipowners and masters;\n",
        want: &[&["Member Governments"]],
    },
    Case {
        id: "f-requests-caps",
        head: IMO,
        text: "1. REQUESTS the Secretary-General to keep the guidance under review in the light of experience gained;\n",
        want: &[&["Secretary-General"]],
    },
    Case {
        id: "f-further-requests",
        head: GA,
        text: "1. Further requests the Secretary-General to provide the Special Envoy with the resources needed to carry out his mandate;\n",
        want: &[&["Secretary-General"]],
    },
    Case {
        id: "f-requests-aside-in-this-regard",
        head: HRC,
        text: "1. Requests, in this regard, the Independent Expert to pay particular attention to the situation of older persons living alone;\n",
        want: &[&["Independent Expert"]],
    },
    Case {
        id: "f-also-requests-oic",
        head: OIC,
        text: "1. Also requests the Secretary General to follow up the implementation of this resolution and to report thereon to the next session;\n",
        want: &[&["Secretary General"]],
    },
    // Calls upon / calls on / calls for.
    Case {
        id: "f-calls-upon-all-states",
        head: SC,
        text: "1. Calls upon all States to refrain from providing any form of support to armed groups operating in the region;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f-calls-on-two-bodies",
        head: GA,
        text: "1. Calls on the World Bank and the regional development banks to scale up concessional financing for adaptation in small island States;\n",
        want: &[&["World Bank", "regional development banks"]],
    },
    Case {
        id: "f-also-calls-upon",
        head: GA,
        text: "1. Also calls upon Member States to ensure that their national legislation criminalizes the trafficking of cultural property;\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "f-calls-for-x-to",
        head: SC,
        text: "1. Calls for the parties to the conflict to allow safe and unhindered access for humanitarian personnel;\n",
        want: &[&["parties"]],
    },
    Case {
        id: "f-calls-for-noun",
        head: SC,
        text: "1. Calls for the immediate cessation of hostilities and the release of all persons arbitrarily detained;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f-calls-upon-caps-au",
        head: AU,
        text: "1. CALLS UPON Member States that have not yet done so to sign and ratify the Protocol on free movement of persons;\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "f-in-this-regard-calls-upon",
        head: GA,
        text: "1. In this regard, calls upon the international community to support the national reconciliation process;\n",
        want: &[&["international community"]],
    },
    // Urges / strongly urges.
    Case {
        id: "f-urges-member-states",
        head: GA,
        text: "1. Urges Member States to pay their assessed contributions in full, on time and without conditions;\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "f-strongly-urges-parties",
        head: SC,
        text: "1. Strongly urges all parties to engage constructively with the Special Envoy in the talks on the future status of the territory;\n",
        want: &[&["parties"]],
    },
    Case {
        id: "f-urges-two-governments",
        head: SC,
        text: "1. Urges the Governments of Kenya and Uganda to complete the demarcation of their common border;\n",
        want: &[&["Government of Kenya", "Government of Uganda"]],
    },
    Case {
        id: "f-urges-caps-wha",
        head: WHA,
        text: "1. URGES Member States to strengthen their national surveillance of antimicrobial resistance;\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "f-in-this-regard-urges",
        head: OIC,
        text: "1. In this regard, urges Member States to extend financial support to the affected communities;\n",
        want: &[&["Member States"]],
    },
    // Encourages.
    Case {
        id: "f-encourages-states",
        head: HRC,
        text: "1. Encourages States to develop national action plans on business and human rights;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f-encourages-three",
        head: GA,
        text: "1. Encourages Governments, the private sector and academia to share data on ocean acidification;\n",
        want: &[&["Governments", "private sector", "academia"]],
    },
    Case {
        id: "f-encourages-pronoun",
        head: SC,
        text: "1. Welcomes the agreement reached by the two parties on the ceasefire mechanism, and encourages them to implement it without delay;\n",
        want: &[&["parties"]],
    },
    // Invites.
    Case {
        id: "f-invites-agencies",
        head: GA,
        text: "1. Invites the United Nations Development Programme to continue to support the countries concerned in building their statistical capacity;\n",
        want: &[&["United Nations Development Programme"]],
    },
    Case {
        id: "f-invites-caps-imo",
        head: IMO,
        text: "1. INVITES Member Governments and international organizations to submit proposals on the matter to the next session of the Committee;\n",
        want: &[&["Member Governments", "international organizations"]],
    },
    Case {
        id: "f-invites-passive",
        head: OIC,
        text: "1. Member States are invited to nominate focal points for the programme;\n",
        want: &[&["Member States"]],
    },
    // Decides to + act given to X.
    Case {
        id: "f-decides-to-entrust",
        head: OIC,
        text: "1. Decides to entrust the Islamic Solidarity Fund with the management of the relief account;\n",
        want: &[&["Islamic Solidarity Fund"]],
    },
    Case {
        id: "f-decides-that-shall",
        head: SC,
        text: "1. Decides that all States shall prevent the direct or indirect supply of arms to the territory;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f-decides-that-will",
        head: GA,
        text: "1. Decides that the Preparatory Committee will hold two sessions of five working days each in New York;\n",
        want: &[&["Preparatory Committee"]],
    },
    Case {
        id: "f-decides-that-should",
        head: AU,
        text: "1. Decides that the Commission should convene a validation workshop on the continental strategy;\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "f-decides-to-request",
        head: SC,
        text: "1. Decides to request the Secretary-General to establish a monitoring group for an initial period of six months;\n",
        want: &[&["Secretary-General"]],
    },
    Case {
        id: "f-decides-items",
        head: GA,
        text: "1. Decides:\n\n(a) To request the Secretary-General to prepare a compilation of best practices;\n\n(b) To invite Member States to submit their views on the compilation;\n",
        want: &[&["Secretary-General"], &["Member States"]],
    },
    Case {
        id: "f-to-request-bare-infinitive",
        head: LAS_DECIDES,
        text: "1. To request the General Secretariat to prepare a study on water scarcity in the region;\n\n2. To call upon Member States to provide the data the study needs;\n",
        want: &[&["General Secretariat"], &["Member States"]],
    },
    Case {
        id: "f-decides-own-act",
        head: GA,
        text: "1. Decides to convene a high-level meeting on coastal erosion during its ninetieth session;\n",
        want: &[&["General Assembly"]],
    },
    // Demands.
    Case {
        id: "f-demands-parties",
        head: SC,
        text: "1. Demands that all parties immediately cease all attacks against civilians;\n",
        want: &[&["parties"]],
    },
    Case {
        id: "f-demands-x-to",
        head: SC,
        text: "1. Demands the armed groups to withdraw from the towns they have occupied;\n",
        want: &[&["armed groups"]],
    },
    Case {
        id: "f-demands-two",
        head: SC,
        text: "1. Demands that the Government and the opposition forces respect the ceasefire agreement;\n",
        want: &[&["Government", "opposition forces"]],
    },
    // Authorizes / directs / instructs / mandates / entrusts / tasks / charges.
    Case {
        id: "f-authorizes-mission",
        head: SC,
        text: "1. Authorizes the Mission to take all measures required to protect civilians under imminent threat;\n",
        want: &[&["Mission"]],
    },
    Case {
        id: "f-authorizes-member-states",
        head: SC,
        text: "1. Authorizes Member States acting nationally or through regional organizations to inspect vessels on the high seas off the coast;\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "f-directs-secretariat",
        head: OIC,
        text: "1. Directs the General Secretariat to circulate the revised statute to Member States for their comments;\n",
        want: &[&["General Secretariat"]],
    },
    Case {
        id: "f-instructs",
        head: AU,
        text: "1. Instructs the Permanent Representatives Committee to finalize the draft rules of procedure;\n",
        want: &[&["Permanent Representatives Committee"]],
    },
    Case {
        id: "f-mandates",
        head: AU,
        text: "1. Mandates the Commission and the regional economic communities to coordinate the deployment of the standby force;\n",
        want: &[&["Commission", "regional economic communities"]],
    },
    Case {
        id: "f-entrusts-with",
        head: OIC,
        text: "1. Entrusts the Permanent Finance Committee with the review of the budget proposals;\n",
        want: &[&["Permanent Finance Committee"]],
    },
    Case {
        id: "f-tasks-with",
        head: AU,
        text: "1. Tasks the Specialised Technical Committee with the preparation of a continental framework on migration;\n",
        want: &[&["Specialised Technical Committee"]],
    },
    Case {
        id: "f-charges-with",
        head: OIC,
        text: "1. Charges the Standing Committee with monitoring the follow-up of the programme of action;\n",
        want: &[&["Standing Committee"]],
    },
    // Recommends.
    Case {
        id: "f-recommends-that",
        head: HRC,
        text: "1. Recommends that the General Assembly proclaim an international day for the protection of coastal communities;\n",
        want: &[&["General Assembly"]],
    },
    Case {
        id: "f-recommends-to",
        head: WHA,
        text: "1. Recommends to Member States that they integrate mental health services into primary care;\n",
        want: &[&["Member States"]],
    },
    // Appeals to / exhorts.
    Case {
        id: "f-appeals-to",
        head: GA,
        text: "1. Appeals to the international community to respond generously to the consolidated humanitarian appeal;\n",
        want: &[&["international community"]],
    },
    Case {
        id: "f-appeals-to-two",
        head: OIC,
        text: "1. Appeals to Member States and Islamic financial institutions to contribute to the reconstruction fund;\n",
        want: &[&["Member States", "Islamic financial institutions"]],
    },
    Case {
        id: "f-exhorts",
        head: AU,
        text: "1. Exhorts Member States to expedite the domestication of the Charter on democracy and elections;\n",
        want: &[&["Member States"]],
    },
    // Reiterates, renews, reaffirms a request.
    Case {
        id: "f-reiterates-its-call",
        head: GA,
        text: "1. Reiterates its call upon all States to become parties to the Convention;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f-renews-its-request",
        head: GA,
        text: "1. Renews its request to the Secretary-General to submit proposals on the financing of the Office;\n",
        want: &[&["Secretary-General"]],
    },
    Case {
        id: "f-reaffirms-its-request-that",
        head: HRC,
        text: "1. Reaffirms its request that the High Commissioner present an oral update to the Council at its next session;\n",
        want: &[&["High Commissioner"]],
    },
    // Two verbs in one paragraph.
    Case {
        id: "f-two-verbs",
        head: GA,
        text: "1. Requests the Secretary-General to prepare a report on the question, and invites Member States to submit their views to him;\n",
        want: &[&["Secretary-General"], &["Member States"]],
    },
    Case {
        id: "f-view-then-verb",
        head: SC,
        text: "1. Expresses its deep concern at the deterioration of the humanitarian situation, and calls upon donors to fulfil their pledges;\n",
        want: &[&["donors"]],
    },
    Case {
        id: "f-urges-items-wha",
        head: WHA,
        text: "1. URGES Member States:\n\n(1) to strengthen the training of community health workers;\n\n(2) to ensure the availability of essential medicines in rural areas;\n",
        want: &[&["Member States"], &["Member States"]],
    },
    // "Stresses that X should", "Emphasizes that X must": a view in a formal text.
    Case {
        id: "f-near-stresses-that-should",
        head: SC,
        text: "1. Stresses that all parties should respect international humanitarian law;\n",
        want: NONE,
    },
    Case {
        id: "f-near-emphasizes-that-must",
        head: GA,
        text: "1. Emphasizes that States must ensure that counter-terrorism measures comply with international law;\n",
        want: NONE,
    },
    Case {
        id: "f-stresses-the-need-for-x-to",
        head: SC,
        text: "1. Stresses the need for the Government to accelerate the reform of the security sector;\n",
        want: &[&["Government"]],
    },
    Case {
        id: "f-invites-all-states",
        head: GA,
        text: "1. Invites all States to consider becoming parties to the Agreement on port inspections;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f-directs-pronoun",
        head: AU,
        text: "1. Welcomes the establishment of the Joint Task Force on the border, and directs it to submit quarterly progress reports;\n",
        want: &[&["Joint Task Force"]],
    },
    Case {
        id: "f-calls-upon-passive",
        head: OIC,
        text: "1. Member States are called upon to accede to the Statute of the Islamic Organization for Food Security;\n",
        want: &[&["Member States"]],
    },
    // Near misses.
    Case {
        id: "f-near-welcomes-request",
        head: GA,
        text: "1. Welcomes the request of the Government of Malawi for technical assistance in the preparation of its elections;\n",
        want: NONE,
    },
    Case {
        id: "f-near-recalls-its-request",
        head: GA,
        text: "1. Recalls its request to the Secretary-General to submit a comprehensive review of the special political missions;\n",
        want: NONE,
    },
    Case {
        id: "f-near-recalls-that-it-requested",
        head: HRC,
        text: "1. Recalls that it requested the Advisory Committee to prepare a study on the question;\n",
        want: NONE,
    },
    Case {
        id: "f-near-notes-the-call",
        head: GA,
        text: "1. Notes the call by the Group of Small Island Developing States for a dedicated financing window;\n",
        want: NONE,
    },
    Case {
        id: "f-near-takes-note-recommendation",
        head: HRC,
        text: "1. Takes note of the recommendation of the Special Rapporteur that States adopt comprehensive anti-discrimination laws;\n",
        want: NONE,
    },
    Case {
        id: "f-near-acknowledges-efforts",
        head: GA,
        text: "1. Acknowledges the efforts of the Government of Jordan to host and assist refugees;\n",
        want: NONE,
    },
    Case {
        id: "f-near-commends",
        head: OIC,
        text: "1. Commends the Islamic Development Bank for its support to the least developed Member States;\n",
        want: NONE,
    },
    Case {
        id: "f-near-as-requested-by",
        head: SC,
        text: "1. Takes note of the assessment of the Secretary-General, submitted as requested by the Council in resolution 2719 (2031);\n",
        want: NONE,
    },
    Case {
        id: "f-near-remain-seized",
        head: SC,
        text: "1. Decides to remain seized of the matter.\n",
        want: NONE,
    },
    Case {
        id: "f-near-which-called-upon",
        head: GA,
        text: "1. Takes note of the declaration of the regional summit, which called upon all parties to lay down their arms;\n",
        want: NONE,
    },
    Case {
        id: "f-near-looks-forward",
        head: GA,
        text: "1. Looks forward to receiving the findings of the Secretary-General on the outcome of the consultations;\n",
        want: NONE,
    },
    Case {
        id: "f-near-expresses-hope",
        head: SC,
        text: "1. Expresses its hope that the parties will resume negotiations in good faith;\n",
        want: NONE,
    },
    Case {
        id: "f-near-preambular-calling-upon",
        head: SC,
        text: "Calling upon all parties to respect the ceasefire,\n\nRequesting the Secretary-General to keep it informed,\n\n1. Decides to remain seized of the matter.\n",
        want: NONE,
    },
];

/// Narrated style: communiqués, final declarations, press releases, chairs' summaries.
const NARRATED: &[Case] = &[
    // Requested / asked.
    Case {
        id: "n-meeting-requested-gs",
        head: CM,
        text: "The meeting requested the General Secretariat to prepare a feasibility study on a regional food reserve.\n",
        want: &[&["General Secretariat"]],
    },
    Case {
        id: "n-council-requested-two",
        head: CM,
        text: "The Council requested the Commission and the Development Bank to submit a joint proposal on the financing of the corridor.\n",
        want: &[&["Commission", "Development Bank"]],
    },
    Case {
        id: "n-council-asked",
        head: CM,
        text: "The Council asked the Secretariat to circulate the revised draft to all delegations before the next session.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n-ministers-asked-all-states",
        head: PRESS,
        text: "The Ministers asked all Member States to share their grain stock data on a monthly basis.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n-was-requested",
        head: REPORT,
        text: "The Secretariat was requested to revise the work programme in the light of the comments made.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n-were-asked",
        head: REPORT,
        text: "Member States were asked to send their written comments to the Secretariat.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n-pronoun-it-requested",
        head: CM,
        text: "The Council welcomed the establishment of the technical committee on fisheries. It requested the committee to submit its first report at the next session.\n",
        want: &[&["committee"]],
    },
    Case {
        id: "n-and-requested-it",
        head: SUMMIT,
        text: "The Summit decided to establish a mediation team and requested it to engage all the stakeholders.\n",
        want: &[&["Summit"], &["mediation team"]],
    },
    // Called on / called upon / called for.
    Case {
        id: "n-ministers-called-on",
        head: CM,
        text: "Ministers called on development partners to honour their commitments to the regional programme.\n",
        want: &[&["development partners"]],
    },
    Case {
        id: "n-called-upon-two",
        head: SUMMIT,
        text: "The Heads of State called upon the transitional authorities and the political parties to agree on an electoral calendar.\n",
        want: &[&["transitional authorities", "political parties"]],
    },
    Case {
        id: "n-called-for-x-to",
        head: SUMMIT,
        text: "The Summit called for the junta to release the detained President without conditions.\n",
        want: &[&["junta"]],
    },
    Case {
        id: "n-called-for-noun",
        head: SUMMIT,
        text: "The Summit called for the immediate restoration of constitutional order.\n",
        want: &[&["States"]],
    },
    Case {
        id: "n-is-called-upon",
        head: CHAIR,
        text: "The international community is called upon to support the early warning systems of the coastal States.\n",
        want: &[&["international community"]],
    },
    Case {
        id: "n-further-council-called-on",
        head: CM,
        text: "Further, the Council called on Member States to ratify the Agreement establishing the customs union.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n-also-called-upon-pronoun",
        head: LEADERS,
        text: "Leaders welcomed the new regional fisheries agreement. They also called upon distant water fishing nations to respect it.\n",
        want: &[&["distant water fishing nations"]],
    },
    // Urged / strongly urged / pressed / appealed to.
    Case {
        id: "n-council-urged",
        head: CM,
        text: "The Council urged Member States to pay their arrears of contributions.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n-strongly-urged-two",
        head: SUMMIT,
        text: "The Summit strongly urged the Government and the armed movements to return to the negotiating table.\n",
        want: &[&["Government", "armed movements"]],
    },
    Case {
        id: "n-were-urged",
        head: PRESS,
        text: "Member States were urged to remove export restrictions on staple foods.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n-pressed",
        head: SUMMIT,
        text: "The Heads of State pressed the warring parties to open humanitarian corridors.\n",
        want: &[&["warring parties"]],
    },
    Case {
        id: "n-appealed-to",
        head: CM,
        text: "The Council appealed to the international community to provide emergency assistance to the flood victims.\n",
        want: &[&["international community"]],
    },
    Case {
        id: "n-appealed-to-all-states",
        head: LEADERS,
        text: "Leaders appealed to all States to join the treaty banning the dumping of nuclear waste at sea.\n",
        want: &[&["States"]],
    },
    // Encouraged / invited.
    Case {
        id: "n-encouraged",
        head: CHAIR,
        text: "Participants encouraged national disaster agencies to exchange data on shoreline change.\n",
        want: &[&["national disaster agencies"]],
    },
    Case {
        id: "n-were-encouraged",
        head: REPORT,
        text: "Member States were encouraged to designate national focal points for the network.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n-invited",
        head: CM,
        text: "The Council invited the African Development Bank to finance the feasibility studies of the highway.\n",
        want: &[&["African Development Bank"]],
    },
    Case {
        id: "n-invited-two",
        head: PRESS,
        text: "The Committee invited the Islamic Development Bank and the Food and Agriculture Organization to support the irrigation projects.\n",
        want: &[&[
            "Islamic Development Bank",
            "Food and Agriculture Organization",
        ]],
    },
    // Directed / instructed / mandated / tasked / commissioned / entrusted / charged.
    Case {
        id: "n-summit-directed",
        head: SUMMIT,
        text: "The Summit directed the Commission to deploy a fact-finding mission to the border area.\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "n-instructed",
        head: CM,
        text: "The Council instructed the Secretariat to finalize the draft protocol on the movement of goods.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n-instructed-two",
        head: LEADERS,
        text: "Leaders instructed their officials and the Forum Secretariat to develop a regional ocean strategy.\n",
        want: &[&["officials", "Forum Secretariat"]],
    },
    Case {
        id: "n-mandated",
        head: SUMMIT,
        text: "The Heads of State mandated the Chairperson of the Commission to consult the parties on a transitional charter.\n",
        want: &[&["Chairperson of the Commission"]],
    },
    Case {
        id: "n-tasked-to",
        head: CM,
        text: "The Council tasked the Executive Secretary to prepare terms of reference for the trust fund.\n",
        want: &[&["Executive Secretary"]],
    },
    Case {
        id: "n-tasked-with",
        head: PRESS,
        text: "The Ministers tasked the technical working group with drafting a regional seed policy.\n",
        want: &[&["technical working group"]],
    },
    Case {
        id: "n-commissioned",
        head: CM,
        text: "The Council commissioned the Secretariat to carry out a study on youth unemployment in the region.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n-entrusted",
        head: SUMMIT,
        text: "The Summit entrusted the Chairperson of the Authority with following up the negotiations.\n",
        want: &[&["Chairperson of the Authority"]],
    },
    Case {
        id: "n-charged",
        head: CM,
        text: "The Council charged the Committee of Permanent Representatives with the preparation of the next summit.\n",
        want: &[&["Committee of Permanent Representatives"]],
    },
    // Agreed that / agreed to task / committed to.
    Case {
        id: "n-agreed-to-task",
        head: LEADERS,
        text: "Leaders agreed to task the Forum Secretariat with developing a regional framework on labour mobility.\n",
        want: &[&["Forum Secretariat"]],
    },
    Case {
        id: "n-agreed-that-would",
        head: REPORT,
        text: "The Committee agreed that Member States would submit their national reports by the end of the year.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n-it-was-agreed-that-will",
        head: REPORT,
        text: "It was agreed that the Secretariat will prepare a revised draft of the work programme.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n-agreed-that-will-two",
        head: CM,
        text: "The Council agreed that the Commission and the Bank will jointly convene a financing round table.\n",
        want: &[&["Commission", "Bank"]],
    },
    Case {
        id: "n-committed-own",
        head: LEADERS,
        text: "Leaders committed to strengthening regional cooperation on maritime surveillance.\n",
        want: &[&["Leaders"]],
    },
    Case {
        id: "n-agreed-own",
        head: CM,
        text: "The Council agreed to convene an extraordinary session on food security.\n",
        want: &[&["Council"]],
    },
    Case {
        id: "n-decided-that-shall",
        head: SUMMIT,
        text: "The Summit decided that the transition period shall not exceed eighteen months and that the transitional authorities shall organize elections at its end.\n",
        want: &[&["transitional authorities"]],
    },
    Case {
        id: "n-recommended-that",
        head: REPORT,
        text: "The Committee recommended that the Council of Ministers adopt the draft work programme.\n",
        want: &[&["Council of Ministers"]],
    },
    Case {
        id: "n-demanded",
        head: SUMMIT,
        text: "The Summit demanded that the armed groups immediately release all hostages.\n",
        want: &[&["armed groups"]],
    },
    Case {
        id: "n-authorized",
        head: SUMMIT,
        text: "The Summit authorized the Chairperson of the Commission to appoint a special envoy for the region.\n",
        want: &[&["Chairperson of the Commission"]],
    },
    Case {
        id: "n-exhorted",
        head: CM,
        text: "The Council exhorted Member States to domesticate the regional protocol on fisheries.\n",
        want: &[&["Member States"]],
    },
    // Reiterated, renewed.
    Case {
        id: "n-reiterated-call",
        head: CM,
        text: "The Council reiterated its call on the parties to implement the peace agreement in full.\n",
        want: &[&["parties"]],
    },
    Case {
        id: "n-renewed-request",
        head: PRESS,
        text: "The Committee renewed its request to the Bank to set up a dedicated window for smallholder farmers.\n",
        want: &[&["Bank"]],
    },
    // Present-tense communiqués (AU, EU).
    Case {
        id: "n-council-requests-au",
        head: "Communiqué of the meeting of the Peace and Security Council\n\n",
        text: "Council requests the Commission to submit a report on the electoral process within sixty days.\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "n-eu-calls-on",
        head: "Council conclusions on the coastal strategy\n\n",
        text: "1. The Council calls on the Commission and the Member States to step up their support to coastal communities.\n",
        want: &[&["Commission", "Member States"]],
    },
    // Two verbs, verb after an opening phrase.
    Case {
        id: "n-two-verbs",
        head: CM,
        text: "The Council requested the Secretariat to update the database and urged Member States to provide the necessary information.\n",
        want: &[&["Secretariat"], &["Member States"]],
    },
    Case {
        id: "n-in-this-regard",
        head: SUMMIT,
        text: "In this regard, the Summit urged the international community to support the transition.\n",
        want: &[&["international community"]],
    },
    Case {
        id: "n-stressed-that-should",
        head: CM,
        text: "The Council stressed that the Commission should speed up the disbursement of the funds.\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "n-was-mandated",
        head: SUMMIT,
        text: "The Commission was mandated to convene a meeting of the guarantors of the agreement.\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "n-was-tasked-with",
        head: REPORT,
        text: "The Bureau was tasked with preparing the provisional agenda of the next meeting.\n",
        want: &[&["Bureau"]],
    },
    Case {
        id: "n-we-task",
        head: "Declaration of the Leaders\n\nWe, the Leaders of the Pacific island States, meeting in Apia on 5 June 2032,\n\n",
        text: "1. Task our Ministers of Finance to report on the regional resilience facility at our next meeting;\n",
        want: &[&["Ministers of Finance"]],
    },
    // Near misses.
    Case {
        id: "n-near-invited-guests",
        head: CM,
        text: "The opening ceremony was attended by invited guests and members of the diplomatic corps.\n",
        want: NONE,
    },
    Case {
        id: "n-near-welcomed-request",
        head: CM,
        text: "The Council welcomed the request of the Republic of Guinea to host the next summit.\n",
        want: NONE,
    },
    Case {
        id: "n-near-recalled-request",
        head: SUMMIT,
        text: "The Summit recalled its earlier request to the Commission to deploy observers.\n",
        want: NONE,
    },
    Case {
        id: "n-near-noted-call",
        head: CM,
        text: "The Council noted the call by the youth forum for more investment in vocational training.\n",
        want: NONE,
    },
    Case {
        id: "n-near-commended",
        head: LEADERS,
        text: "Leaders commended the Government of Samoa for its excellent hosting of the retreat.\n",
        want: NONE,
    },
    Case {
        id: "n-near-acknowledged-efforts",
        head: CHAIR,
        text: "Participants acknowledged the efforts of the national agencies to map the eroded coastline.\n",
        want: NONE,
    },
    Case {
        id: "n-near-took-note-recommendation",
        head: CM,
        text: "The Council took note of the recommendation of the Committee of Experts on the budget.\n",
        want: NONE,
    },
    Case {
        id: "n-near-looked-forward",
        head: LEADERS,
        text: "Leaders looked forward to the next meeting in Tonga.\n",
        want: NONE,
    },
    Case {
        id: "n-near-expressed-hope",
        head: SUMMIT,
        text: "The Summit expressed the hope that the talks would lead to a lasting peace.\n",
        want: NONE,
    },
    Case {
        id: "n-near-which-called-upon",
        head: CM,
        text: "The Council endorsed the Dakar Declaration, which called upon governments to protect mangroves.\n",
        want: NONE,
    },
    Case {
        id: "n-near-speaker-urged",
        head: CM,
        text: "In his opening remarks, the Chairperson urged delegates to work in a spirit of compromise.\n",
        want: NONE,
    },
    Case {
        id: "n-near-briefed",
        head: CM,
        text: "The Council was briefed by the Executive Secretary on the status of the programme.\n",
        want: NONE,
    },
];

/// A second batch, harder shapes: asides and qualifiers around the actor, one verb shared
/// by two addressees, chains of requests, passives in formal texts, a text as the subject,
/// and near misses built on the same verbs (invited to a dinner, a recalled past urging).
const FORMAL_SECOND: &[Case] = &[
    Case {
        id: "f2-two-persons",
        head: GA,
        text: "1. Requests the Secretary-General and the Executive Director of the Office on Drugs and Crime to report jointly on the regional programme;\n",
        want: &[&["Secretary-General", "Executive Director"]],
    },
    Case {
        id: "f2-in-cooperation-with",
        head: SC,
        text: "1. Calls upon the Government of Mali, in cooperation with the United Nations, to protect the polling stations;\n",
        want: &[&["Government of Mali"]],
    },
    Case {
        id: "f2-and-in-particular",
        head: SC,
        text: "1. Urges all States, and in particular the States of the region, to prevent the transit of fighters across their borders;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f2-as-well-as",
        head: GA,
        text: "1. Invites Member States, as well as regional organizations, to share their experience in the management of shared aquifers;\n",
        want: &[&["Member States", "regional organizations"]],
    },
    Case {
        id: "f2-further-requests-him",
        head: SC,
        text: "1. Requests the Secretary-General to keep the Council informed of the situation, and further requests him to submit a report every ninety days;\n",
        want: &[&["Secretary-General"], &["Secretary-General"]],
    },
    Case {
        id: "f2-calls-upon-and-invites",
        head: GA,
        text: "1. Calls upon Member States and invites the specialized agencies to contribute generously to the trust fund;\n",
        want: &[&["Member States"], &["specialized agencies"]],
    },
    Case {
        id: "f2-requests-dg-items",
        head: WHA,
        text: "1. REQUESTS the Director-General:\n\n(1) to provide technical support to Member States in the development of national plans;\n\n(2) to report on progress to the Health Assembly through the Executive Board;\n",
        want: &[&["Director-General"], &["Director-General"]],
    },
    Case {
        id: "f2-decides-shall-and-shall",
        head: IMO,
        text: "1. DECIDES that the Sub-Committee shall meet once a year and shall report to the Committee on its work;\n",
        want: &[&["Sub-Committee"]],
    },
    Case {
        id: "f2-authorizes-states-participating",
        head: SC,
        text: "1. Authorizes the States participating in the naval operation to inspect vessels suspected of carrying arms;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f2-strongly-encourages",
        head: HRC,
        text: "1. Strongly encourages the parties to engage in an inclusive national dialogue;\n",
        want: &[&["parties"]],
    },
    Case {
        id: "f2-once-again-calls-upon",
        head: GA,
        text: "1. Once again calls upon all parties to work closely with the humanitarian agencies;\n",
        want: &[&["parties"]],
    },
    Case {
        id: "f2-further-encourages",
        head: HRC,
        text: "1. Further encourages national human rights institutions to monitor the implementation of the guidelines;\n",
        want: &[&["national human rights institutions"]],
    },
    Case {
        id: "f2-object-after-action",
        head: GA,
        text: "1. Requests the Secretariat to assist, upon request, Member States in the preparation of their national reports;\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "f2-parties-to-agreement",
        head: GA,
        text: "1. Calls upon the parties to the Agreement to implement its provisions in good faith;\n",
        want: &[&["parties"]],
    },
    Case {
        id: "f2-demands-in-particular",
        head: SC,
        text: "1. Demands that all parties to the conflict, in particular the armed forces, allow the evacuation of the wounded;\n",
        want: &[&["parties"]],
    },
    Case {
        id: "f2-which-have-not",
        head: OIC,
        text: "1. Calls on Member States, which have not yet done so, to accede to the Agreement on the trade preferential system;\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "f2-at-its-next-session",
        head: GA,
        text: "1. Invites the Conference of the Parties at its next session to consider the establishment of a compliance mechanism;\n",
        want: &[&["Conference of the Parties"]],
    },
    Case {
        id: "f2-including-donors",
        head: GA,
        text: "1. Urges the international community, including donors, to increase its assistance to the affected countries;\n",
        want: &[&["international community"]],
    },
    Case {
        id: "f2-in-a-position",
        head: HRC,
        text: "1. Encourages those Member States in a position to do so to support the voluntary fund;\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "f2-sg-is-requested",
        head: GA,
        text: "1. The Secretary-General is requested to transmit the present resolution to all Governments;\n",
        want: &[&["Secretary-General"]],
    },
    Case {
        id: "f2-states-parties-are-encouraged",
        head: IMO,
        text: "1. States Parties are encouraged to designate a national contact point for the reporting of incidents;\n",
        want: &[&["States Parties"]],
    },
    Case {
        id: "f2-to-task-with",
        head: LAS_DECIDES,
        text: "1. To task the General Secretariat with the follow-up of the implementation of this resolution;\n",
        want: &[&["General Secretariat"]],
    },
    Case {
        id: "f2-to-urge",
        head: LAS_DECIDES,
        text: "1. To urge Arab States to support the Arab food security programme;\n",
        want: &[&["Arab States"]],
    },
    Case {
        id: "f2-resolves-to-request",
        head: OIC,
        text: "1. Resolves to request the Islamic Development Bank to finance the regional railway study;\n",
        want: &[&["Islamic Development Bank"]],
    },
    Case {
        id: "f2-au-in-collaboration",
        head: AU,
        text: "1. REQUESTS the Commission, in collaboration with the Regional Economic Communities, to develop an early warning framework;\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "f2-two-verbs-oic",
        head: OIC,
        text: "1. Calls upon Member States to extend all possible support to the refugees, and requests the Secretary General to follow up on this matter;\n",
        want: &[&["Member States"], &["Secretary General"]],
    },
    // Written as a near miss; by the SPEC ("What the rules read": "welcomes the offer of X
    // to host ...", "accepted the invitation of X to host ...") a praised concrete action
    // of a named actor is drafted, tagged `commended`, for review: expected after the first
    // run (docs/drafting-log.md says so).
    Case {
        id: "f2-welcomes-invitation-commended",
        head: GA,
        text: "1. Welcomes the invitation of the Government of Peru to host the third conference on mountain ecosystems;\n",
        want: &[&["Government of Peru"]],
    },
    Case {
        id: "f2-near-notes-decision",
        head: GA,
        text: "1. Notes with satisfaction the decision of the Government of Ghana to establish a national commission on small arms;\n",
        want: NONE,
    },
    Case {
        id: "f2-near-in-which-it-requested",
        head: HRC,
        text: "1. Recalls its resolution 41/7, in which it requested the Secretary-General to prepare a study on the question;\n",
        want: NONE,
    },
    Case {
        id: "f2-near-requests-that-be",
        head: GA,
        text: "1. Requests that the report be made available to all Member States in all official languages;\n",
        want: NONE,
    },
    Case {
        id: "f2-near-reaffirms-that-should",
        head: GA,
        text: "1. Reaffirms that all States should refrain from the threat or use of force;\n",
        want: NONE,
    },
    Case {
        id: "f2-near-considers-that",
        head: SC,
        text: "1. Considers that the parties should make greater efforts towards a settlement;\n",
        want: NONE,
    },
];

const NARRATED_SECOND: &[Case] = &[
    Case {
        id: "n2-in-particular",
        head: SUMMIT,
        text: "The Summit called on the international community, and in particular the United Nations, to support the electoral process.\n",
        want: &[&["international community"]],
    },
    Case {
        id: "n2-reiterated-call-for",
        head: CM,
        text: "The Council reiterated its call for the full implementation of the peace agreement.\n",
        want: &[&["States"]],
    },
    Case {
        id: "n2-two-verbs-two-actors",
        head: CM,
        text: "The Council called on Member States to ratify the protocol on transit and urged the Commission to expedite the customs reforms.\n",
        want: &[&["Member States"], &["Commission"]],
    },
    Case {
        id: "n2-it-was-decided-would",
        head: REPORT,
        text: "It was decided that the Secretariat would convene a meeting of the focal points in October.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n2-agreed-officials-would",
        head: LEADERS,
        text: "Leaders agreed that officials would develop a regional plan on fisheries enforcement.\n",
        want: &[&["officials"]],
    },
    Case {
        id: "n2-requested-that-subjunctive",
        head: REPORT,
        text: "The Committee requested that the Secretariat prepare a compilation of the comments received.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n2-delegates-were-invited",
        head: REPORT,
        text: "Delegates were invited to submit their proposals for the agenda by written procedure.\n",
        want: &[&["Delegates"]],
    },
    Case {
        id: "n2-instructed-and-to-report",
        head: SUMMIT,
        text: "The Summit instructed the Commission to prepare a roadmap for the transition and to report at the next ordinary session.\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "n2-communique-called-on",
        head: CM,
        text: "The final communiqué called on the parties to respect the truce.\n",
        want: &[&["parties"]],
    },
    Case {
        id: "n2-directed-senior-officials",
        head: CM,
        text: "Ministers directed senior officials to prepare the draft action plan for their next meeting.\n",
        want: &[&["senior officials"]],
    },
    Case {
        id: "n2-mandated-its-bureau",
        head: CM,
        text: "The Council of Ministers mandated its Bureau to follow up on the recommendations of the audit.\n",
        want: &[&["Bureau"]],
    },
    Case {
        id: "n2-in-consultation-with",
        head: SUMMIT,
        text: "The Heads of State requested the President of the Commission, in consultation with the Chair, to appoint a mediator.\n",
        want: &[&["President of the Commission"]],
    },
    Case {
        id: "n2-in-that-regard",
        head: CM,
        text: "In that regard, Ministers called upon the development partners to align their support with national priorities.\n",
        want: &[&["development partners"]],
    },
    Case {
        id: "n2-underlined-need-for",
        head: CM,
        text: "Ministers also underlined the need for the Secretariat to strengthen its monitoring capacity.\n",
        want: &[&["Secretariat"]],
    },
    Case {
        id: "n2-meeting-further-requested",
        head: REPORT,
        text: "The meeting further requested the Bureau to circulate the draft report to all members.\n",
        want: &[&["Bureau"]],
    },
    Case {
        id: "n2-urged-them",
        head: SUMMIT,
        text: "The Summit welcomed the signing of the agreement by the two movements and urged them to implement it faithfully.\n",
        want: &[&["movements"]],
    },
    Case {
        id: "n2-near-expressed-hope-would",
        head: CM,
        text: "The meeting expressed the hope that Member States would contribute to the fund.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-presentation",
        head: CM,
        text: "The Council heard a presentation by the Secretariat on the status of contributions.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-thanked",
        head: LEADERS,
        text: "Leaders thanked the Government of Fiji for the warm hospitality extended to them.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-noted-had-been-requested",
        head: CM,
        text: "The meeting noted that the Secretariat had been requested to update the statute.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-took-note-request",
        head: SUMMIT,
        text: "The Summit took note of the request by Mali to host the next ordinary session.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-invited-to-dinner",
        head: CM,
        text: "The Ministers were invited to a dinner hosted by the Minister of Foreign Affairs.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-recalled-had-urged",
        head: CM,
        text: "The Council recalled that it had urged the parties to return to the talks.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-observers-invited-to-attend",
        head: REPORT,
        text: "Observers from the African Union and the European Union were invited to attend the opening session.\n",
        want: NONE,
    },
    Case {
        id: "n2-near-discussed-ways",
        head: CHAIR,
        text: "Participants discussed ways to encourage private investment in coastal protection.\n",
        want: NONE,
    },
];

/// A third batch: capitals and items under AU and OIC chapeaus, pronouns reaching back a
/// sentence, present-tense news headlines and leads, appeals and exhortations with other
/// actor shapes, and near misses in the same places.
const FORMAL_THIRD: &[Case] = &[
    Case {
        id: "f3-au-directs-caps",
        head: AU,
        text: "1. DIRECTS the Commission to convene an extraordinary meeting of the Specialised Technical Committee on Finance;\n",
        want: &[&["Commission"]],
    },
    Case {
        id: "f3-au-requests-items",
        head: AU,
        text: "1. REQUESTS the Commission to:\n\n(a) undertake a study on the cost of the transition;\n\n(b) report to the next ordinary session of the Executive Council;\n",
        want: &[&["Commission"], &["Commission"]],
    },
    Case {
        id: "f3-invites-items-own-actors",
        head: GA,
        text: "1. Invites:\n\n(a) Member States to share their national strategies on the matter;\n\n(b) The regional commissions to convene expert meetings on the question;\n",
        want: &[&["Member States"], &["regional commissions"]],
    },
    Case {
        id: "f3-demands-all-states",
        head: SC,
        text: "1. Demands that all States comply fully with the arms embargo imposed by the present resolution;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f3-instructs-pronoun",
        head: AU,
        text: "1. Takes note of the interim report of the Ad Hoc Committee and instructs it to finalize its work before the next summit;\n",
        want: &[&["Ad Hoc Committee"]],
    },
    Case {
        id: "f3-exhorts-two",
        head: AU,
        text: "1. Exhorts the Member States and the Regional Economic Communities to harmonize their policies on transhumance;\n",
        want: &[&["Member States", "Regional Economic Communities"]],
    },
    Case {
        id: "f3-mandates-pronoun",
        head: OIC,
        text: "1. Welcomes the establishment of the Contact Group on the question and mandates it to follow up the situation closely;\n",
        want: &[&["Contact Group"]],
    },
    Case {
        id: "f3-also-requests-its",
        head: OIC,
        text: "1. Also requests its Chairman to brief the Council at its next session on the outcome of his contacts;\n",
        want: &[&["Chairman"]],
    },
    Case {
        id: "f3-wha-invites-partners",
        head: WHA,
        text: "1. INVITES international partners, including civil society, to support the implementation of the global strategy;\n",
        want: &[&["international partners"]],
    },
    Case {
        id: "f3-encourages-further-passive",
        head: HRC,
        text: "1. States are further encouraged to cooperate with the special procedures of the Council;\n",
        want: &[&["States"]],
    },
    Case {
        id: "f3-decides-to-invite",
        head: GA,
        text: "1. Decides to invite the President of the Economic and Social Council to participate in the high-level meeting;\n",
        want: &[&["President of the Economic and Social Council"]],
    },
    Case {
        id: "f3-near-notes-requests-unanswered",
        head: GA,
        text: "1. Notes with concern that the requests of the Special Rapporteur for country visits remain unanswered;\n",
        want: NONE,
    },
    Case {
        id: "f3-near-recalls-decided",
        head: SC,
        text: "1. Recalls its decision that all States shall freeze the funds of the listed individuals;\n",
        want: NONE,
    },
    Case {
        id: "f3-near-welcomes-efforts-to",
        head: SC,
        text: "1. Welcomes the efforts of the African Union to mediate between the parties;\n",
        want: NONE,
    },
];

const NARRATED_THIRD: &[Case] = &[
    Case {
        id: "n3-communique-urged",
        head: CM,
        text: "The communiqué urged the Member States that have not yet done so to pay their contributions.\n",
        want: &[&["Member States"]],
    },
    Case {
        id: "n3-leaders-call-on-present",
        head: "Press release\n\n",
        text: "Pacific leaders call on major emitters to cut their emissions faster, in a statement issued at the end of their retreat in Apia on 5 June 2032.\n",
        want: &[&["major emitters"]],
    },
    Case {
        id: "n3-urged-two-the-authorities",
        head: SUMMIT,
        text: "The Summit urged the transitional authorities to release the detained ministers.\n",
        want: &[&["transitional authorities"]],
    },
    Case {
        id: "n3-exhorted-pronoun",
        head: CM,
        text: "The Council welcomed the reconciliation between the two factions and exhorted them to form a government of national unity.\n",
        want: &[&["factions"]],
    },
    Case {
        id: "n3-agreed-to-mandate",
        head: LEADERS,
        text: "Leaders agreed to mandate the Forum Secretariat to open negotiations on a regional fisheries levy.\n",
        want: &[&["Forum Secretariat"]],
    },
    Case {
        id: "n3-decided-to-request",
        head: SUMMIT,
        text: "The Summit decided to request the United Nations Security Council to endorse the deployment of the stabilization force.\n",
        want: &[&["Security Council"]],
    },
    Case {
        id: "n3-further-asked",
        head: PRESS,
        text: "The Committee further asked the Islamic Development Bank to report on the disbursement of the emergency facility.\n",
        want: &[&["Islamic Development Bank"]],
    },
    Case {
        id: "n3-called-upon-the-latter",
        head: CM,
        text: "The Council welcomed the cooperation between the Commission and the Bank and called upon the latter to scale up its lending to the region.\n",
        want: &[&["Bank"]],
    },
    Case {
        id: "n3-near-expressed-support",
        head: CM,
        text: "The Council expressed its full support for the mediation led by the former President of Botswana.\n",
        want: NONE,
    },
    Case {
        id: "n3-near-told-reporters",
        head: PRESS,
        text: "The Minister of Agriculture, who chaired the meeting, told reporters that the region was on track to meet its targets.\n",
        want: NONE,
    },
    Case {
        id: "n3-near-chair-invited-them",
        head: REPORT,
        text: "The meeting was opened by the Chairperson, who welcomed the participants and invited them to introduce themselves.\n",
        want: NONE,
    },
    Case {
        id: "n3-near-past-mandate-described",
        head: CM,
        text: "The Council reviewed the work of the task force it had mandated to study the reform of the statute.\n",
        want: NONE,
    },
];

/// Known misses (third batch), not counted as passing: run with `--ignored`.
/// - `n3-headline-present`: a news lead whose subject carries a participle, a place and a
///   weekday before its verb ("Foreign ministers meeting in Jeddah on Friday urged X to")
///   opens no clause, and the headline above it ("Ministers urge donors to ...") is not
///   drafted either;
/// - `n3-also-requested-it-next-sentence`: "It also requested it to ..." names the body
///   the sentence before named ("the report of the Audit Committee"); a pronoun is read
///   only within its sentence or from the mandate before, and no mandate came before.
const KNOWN_MISSES: &[Case] = &[
    Case {
        id: "n3-headline-present",
        head: "",
        text: "Ministers urge donors to fund the drought response\n\nJEDDAH, 12 June 2032 - Foreign ministers meeting in Jeddah on Friday urged donor countries to fund the drought response in the Horn of Africa.\n",
        want: &[&["donor countries"]],
    },
    Case {
        id: "n3-also-requested-it-next-sentence",
        head: CM,
        text: "The Council took note of the report of the Audit Committee. It also requested it to review the accounts of the specialized institutions.\n",
        want: &[&["Audit Committee"]],
    },
];

/// Whether a case's draft is right, and what was drafted (one line per mandate).
fn judge(case: &Case) -> (bool, Vec<String>) {
    let drafted = actor_names(&draft_case(case.head, case.text, ADOPTED));
    let ok = pair_off(case.want, &drafted);
    (ok, drafted.iter().map(|a| bracket(a)).collect())
}

impl GridCase for Case {
    fn id(&self) -> &str {
        self.id
    }
    fn want(&self) -> String {
        shown(self.want)
    }
    fn judge(&self) -> (bool, Vec<String>) {
        judge(self)
    }
}

/// Runs one part's cases (see `tests_grid_common::run`).
fn run(part: &str, cases: &[Case]) -> (usize, usize) {
    grid_run("grid ask en", part, cases)
}

#[test]
fn grid_ask_en() {
    let results = [run("formal", FORMAL), run("narrated", NARRATED)];
    assert_whole("grid ask en", &results);
}

#[test]
fn grid_ask_en_is_large_enough() {
    assert!(FORMAL.len() + NARRATED.len() >= 120);
    assert!(FORMAL.len() >= 60 && NARRATED.len() >= 60);
    let mut ids: Vec<&str> = FORMAL
        .iter()
        .chain(NARRATED)
        .chain(FORMAL_SECOND)
        .chain(NARRATED_SECOND)
        .chain(FORMAL_THIRD)
        .chain(NARRATED_THIRD)
        .chain(KNOWN_MISSES)
        .map(|c| c.id)
        .collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "case ids are unique");
}

#[test]
fn grid_ask_en_second() {
    let results = [
        run("formal", FORMAL_SECOND),
        run("narrated", NARRATED_SECOND),
    ];
    assert_whole("grid ask en (second batch)", &results);
}

#[test]
fn grid_ask_en_third() {
    let results = [run("formal", FORMAL_THIRD), run("narrated", NARRATED_THIRD)];
    assert_whole("grid ask en (third batch)", &results);
}

#[test]
#[ignore]
fn grid_ask_en_known_misses() {
    let (right, total) = run("known misses", KNOWN_MISSES);
    assert_eq!(right, total, "{} known misses still wrong", total - right);
}
