//! A composed coverage grid for the layout of texts (helper hgl1): how paragraphs, numbers
//! and lists are laid out, and whether every mandate is found once, with the right
//! paragraph reference and actor. Each case is a short multi-paragraph text as users
//! receive it (copied from a PDF with hard line breaks, a word broken across lines, a page's
//! footer, document symbol, job number or footnote inside a paragraph; from a Word file or
//! a web page; Windows line endings), in English, French and Arabic, and the list of
//! mandates it must yield. Every case was written, with its expectation, before the drafter
//! ran on it; none is a sentence of a real text.
//!
//! A case is (language, id, adoption day, text, wanted mandates). The wanted mandates are
//! `;`-separated, each `REF KEYS`:
//! - REF is the paragraph reference: `3` (operative paragraph 3), `3b` (its item (b): the
//!   paragraph is 3 and the mandate's id opens with `p3b-`, as docs/drafting.md gives a
//!   sub-paragraph "its chapeau's number and its letter in the id"), `3a-i` (item (i) under
//!   the lettered heading (a)), or `-` (a paragraph outside the numbered ones: no number).
//!   A bare number does not look at the id (bullets and Arabic letters have no fixed
//!   letter in it);
//! - KEYS are the actor's key words, `|` between actors, judged by the real-text scorer's
//!   rule (`judge::actors_right`);
//! - an empty list: the text asks nothing.
//!
//! The draft must hold exactly the wanted mandates: as many as wanted (none drafted twice,
//! none from a heading, a footer, a table of contents or an annex), each paired with one of
//! its own. The conventions are the project's (annotations.toml and its siblings,
//! docs/drafting.md): `paragraph` is the operative number the text gives ("1.", "1)",
//! "(1)", "1-", "1 -", "١-", "1 ـ", "OP1", "Article 2", "First:", "Premièrement,",
//! "أولاً:"; a Roman numeral numbering operative paragraphs gives its value); a text in
//! parts that number afresh ("A." / "1." "2." / "B." / "1." "2.") gives the number within
//! its part; an item of a chapeau has the chapeau's number; in a text that numbers none,
//! `paragraph` is the paragraph's place among the text's blocks (between blank lines, a
//! headline and a body's line counting); a dashed or bulleted line is an item of the
//! paragraph before it, except under a body's line that ends with a comma, where each dash
//! is a paragraph of its own; unnumbered text before a numbered text's paragraph 1 has no
//! number (`-`).

use crate::judge::actors_right;
use crate::tests::grid_common::{GridCase, assert_whole, run_parts};
use crate::{DraftMandate, Options, draft};

/// A language, an id, an adoption day, the text and the wanted mandates.
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// One wanted mandate: its paragraph (`None`: outside the numbered ones), its item's
/// letter if the id is looked at, and its actors' key words.
struct Wanted {
    paragraph: Option<u32>,
    letter: Option<String>,
    keys: Vec<String>,
}

fn wanted(want: &str) -> Vec<Wanted> {
    want.split(';')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|w| {
            let (reference, keys) = w.split_once(' ').unwrap_or_else(|| panic!("bad {w}"));
            let keys = keys.split('|').map(|k| k.trim().to_string()).collect();
            if reference == "-" {
                return Wanted {
                    paragraph: None,
                    letter: None,
                    keys,
                };
            }
            let digits = reference
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(reference.len());
            let (n, letter) = reference.split_at(digits);
            Wanted {
                paragraph: Some(n.parse().unwrap_or_else(|_| panic!("bad {w}"))),
                letter: Some(letter.to_string()).filter(|l| !l.is_empty()),
                keys,
            }
        })
        .collect()
}

fn fits(w: &Wanted, m: &DraftMandate) -> bool {
    let actors: Vec<String> = m.actors.iter().map(|a| a.name.clone()).collect();
    m.paragraph == w.paragraph
        && w.letter.as_ref().is_none_or(|l| {
            m.id.starts_with(&format!("p{}{l}-", w.paragraph.unwrap_or(0)))
        })
        && actors_right(&w.keys, &actors)
}

fn shown(m: &DraftMandate) -> String {
    let actors: Vec<&str> = m.actors.iter().map(|a| a.name.as_str()).collect();
    format!(
        "{} {} [{}]",
        m.paragraph.map_or("-".to_string(), |p| p.to_string()),
        m.id,
        actors.join(" | ")
    )
}

/// Whether the case's draft holds exactly its wanted mandates; else what was drafted.
fn check(case: &Case) -> Result<(), String> {
    let (_, _, adopted, text, want) = *case;
    let adopted = adopted.parse().unwrap();
    let opts = Options {
        adopted: Some(adopted),
        today: adopted,
    };
    let d = draft(text, &opts);
    let want = wanted(want);
    let mut used = vec![false; d.mandates.len()];
    let paired = want.iter().all(|w| {
        let hit = d
            .mandates
            .iter()
            .enumerate()
            .position(|(i, m)| !used[i] && fits(w, m));
        hit.map(|i| used[i] = true).is_some()
    });
    if paired && want.len() == d.mandates.len() {
        Ok(())
    } else {
        let got: Vec<String> = d.mandates.iter().map(shown).collect();
        Err(if got.is_empty() {
            "nothing".into()
        } else {
            got.join("; ")
        })
    }
}

impl GridCase for Case {
    fn id(&self) -> &str {
        self.1
    }
    fn want(&self) -> String {
        format!("{:?}", self.4)
    }
    fn judge(&self) -> (bool, Vec<String>) {
        match check(self) {
            Ok(()) => (true, Vec::new()),
            Err(got) => (false, vec![got]),
        }
    }
}

/// Runs `cases` language by language (see `tests_grid_common::run_parts`).
fn run(grid: &str, cases: &[Case]) -> Vec<(usize, usize)> {
    run_parts(grid, &["en", "fr", "ar"], |c: &Case| c.0, cases)
}

#[test]
fn grid_layout() {
    let grid = "grid layout";
    assert_whole(grid, &run(grid, GRID));
}

#[test]
fn the_layout_grid_is_large_enough() {
    let count = |lang: &str| GRID.iter().filter(|c| c.0 == lang).count();
    assert!(count("en") >= 60 && count("fr") >= 30 && count("ar") >= 30);
    let mut ids: Vec<&str> = GRID
        .iter()
        .chain(GRID_MORE)
        .chain(KNOWN_MISSES)
        .map(|c| c.1)
        .collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "case ids are unique");
    for case in GRID.iter().chain(GRID_MORE).chain(KNOWN_MISSES) {
        let _ = wanted(case.4);
    }
}

/// The grid: English, then French, then Arabic.
#[rustfmt::skip]
const GRID: &[Case] = &[
    // ---- English: numbering marks ----
    ("en", "en-dot", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions on the safety of navigation,\n\n1. Welcomes the report of the Secretary-General;\n\n2. Requests the Secretary-General to submit to it at its eighty-second session a report on the follow-up to the present resolution;\n\n3. Calls upon Member States to strengthen their cooperation on search and rescue at sea;\n",
     "2 Secretary-General; 3 Member States"),
    ("en", "en-paren-close", "2026-06-12",
     "The Council of Foreign Ministers of the Organisation of Islamic Cooperation,\n\nRecalling the objectives of the OIC Charter,\n\n1) Requests the Secretary General to follow up the implementation of this resolution;\n\n2) Urges Member States to contribute generously to the Solidarity Fund;\n",
     "1 Secretary-General; 2 Member States"),
    ("en", "en-bracketed", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report of the Commission,\n\n(1) Takes note of the report;\n\n(2) Requests the Commission to prepare a continental strategy on seed systems;\n\n(3) Invites Member States to designate national focal points;\n",
     "2 Commission; 3 Member States"),
    ("en", "en-dash-glued", "2026-06-12",
     "The Council of the League of Arab States at the ministerial level,\n\nHaving examined the memorandum of the Secretariat,\n\n1- Requests the Secretary-General to follow up the matter with the parties concerned;\n\n2- Calls on Member States to support the reconstruction fund;\n",
     "1 Secretary-General; 2 Member States"),
    ("en", "en-dash-spaced", "2026-06-12",
     "The Council of the League of Arab States at the ministerial level,\n\nHaving examined the memorandum of the Secretariat,\n\n1 - Requests the Secretary-General to submit a report on the matter to the next session;\n\n2 - Invites Member States to take part in the conference on water security;\n",
     "1 Secretary-General; 2 Member States"),
    ("en", "en-tab", "2026-06-12",
     "The Human Rights Council,\n\nGuided by the Charter of the United Nations,\n\n1.\tEncourages States to adopt national plans on the right to food;\n\n2.\tRequests the Office of the High Commissioner to organize a workshop on the subject;\n",
     "1 States; 2 Office of the High Commissioner"),
    ("en", "en-op-labels", "2026-06-12",
     "The Security Council,\n\nReaffirming its commitment to the unity of the country,\n\nOP1. Demands that all parties cease hostilities immediately;\n\nOP2. Requests the Secretary-General to brief the Council on the situation every ninety days;\n",
     "1 parties; 2 Secretary-General"),
    ("en", "en-roman-numbers", "2026-06-12",
     "The Ministerial Conference,\n\nHaving heard the statement of the Chair,\n\nI. Requests the Secretariat to circulate the outcome document to all delegations;\n\nII. Calls upon the Member States to report on their national measures;\n\nIII. Decides to remain seized of the matter.\n",
     "1 Secretariat; 2 Member States"),
    ("en", "en-article", "2026-06-12",
     "The Assembly of the Union,\n\nHaving considered the recommendation of the Executive Council,\n\nArticle 1\n\nThe Commission shall establish a continental register of cultural property.\n\nArticle 2\n\nMember States shall transmit to the Commission the data required for the register.\n",
     "1 Commission; 2 Member States"),
    ("en", "en-first-second", "2026-06-12",
     "The Council of the League of Arab States at the ministerial level,\n\nHaving examined the report of the Secretary-General,\n\nFirst: Requests the Secretary-General to pursue his contacts with the parties;\n\nSecond: Calls upon Member States to support the relief effort;\n",
     "1 Secretary-General; 2 Member States"),
    // ---- English: letters, romanettes and bullets under a chapeau ----
    ("en", "en-letters-paren", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Notes the progress made;\n\n2. Requests the Secretary-General:\n(a) To prepare a study on the effects of sea-level rise;\n(b) To convene a meeting of experts on the study;\n",
     "2a Secretary-General; 2b Secretary-General"),
    ("en", "en-letters-close", "2026-06-12",
     "The Islamic Summit,\n\nRecalling the OIC Ten-Year Programme of Action,\n\n1. Requests the General Secretariat:\na) to prepare a plan for the promotion of trade among Member States;\nb) to organize a forum of chambers of commerce;\n",
     "1a General Secretariat; 1b General Secretariat"),
    ("en", "en-letters-dot", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report,\n\n1. Calls upon:\na. Member States to ratify the Charter on Statistics;\nb. the Regional Economic Communities to harmonize their statistical systems;\n",
     "1a Member States; 1b Regional Economic Communities"),
    ("en", "en-romanettes", "2026-06-12",
     "The Human Rights Council,\n\nRecalling its earlier resolutions,\n\n3. Invites States:\n(i) to ratify the Optional Protocol;\n(ii) to cooperate with the Subcommittee;\n",
     "3i States; 3ii States"),
    ("en", "en-letters-romanettes", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n4. Decides:\n(a) To request the Secretary-General:\n(i) to prepare a compilation of national practices;\n(ii) to make the compilation available on the website;\n(b) To invite Member States to submit their views on the compilation;\n",
     "4a-i Secretary-General; 4a-ii Secretary-General; 4b Member States"),
    ("en", "en-items-own-actors", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n5. Invites:\n(a) The Economic and Social Council to devote a segment to the question;\n(b) The regional commissions to support the review at the regional level;\n",
     "5a Economic and Social Council; 5b regional commissions"),
    ("en", "en-decides-items", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n6. Decides:\n(a) To establish an open-ended working group on the question;\n(b) To request the Secretary-General to provide the working group with the support it needs;\n",
     "6a General Assembly; 6b Secretary-General"),
    ("en", "en-bullets-dash", "2026-06-12",
     "The Islamic Commission for Economic, Cultural and Social Affairs,\n\nHaving considered the report of the General Secretariat,\n\n1. Requests SESRIC to:\n- prepare a study on youth employment in Member States;\n- organize a training course on labour statistics;\n\n2. Calls upon Member States to share their data with SESRIC;\n",
     "1 SESRIC; 1 SESRIC; 2 Member States"),
    ("en", "en-bullets-dot", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report,\n\n1. Requests the Commission to:\n• conduct an assessment of the drought in the region;\n• mobilize resources for the affected Member States;\n",
     "1 Commission; 1 Commission"),
    ("en", "en-bullets-star", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report,\n\n2. Urges Member States to:\n* allocate at least one per cent of their budgets to research;\n* establish national science councils where none exist;\n",
     "2 Member States; 2 Member States"),
    ("en", "en-numbered-items-afresh", "2026-06-12",
     "The Executive Council,\n\n1. REQUESTS the Commission to:\n1. prepare a report on the financing of the agency;\n2. organize a workshop on domestic resources;\n2. CALLS ON Member States to pay their contributions on time;\n",
     "1 Commission; 1 Commission; 2 Member States"),
    ("en", "en-decides-numbered-chapeau-items", "2026-06-12",
     "The Executive Council,\n\n3. Decides:\n(1) to establish a committee of experts on the scale of assessment;\n(2) to request the Commission to support the committee;\n",
     "3 Executive Council; 3 Commission"),
    // ---- English: chapeaus over numbered items ----
    ("en", "en-decides-chapeau-unnumbered", "2026-06-12",
     "The Ministerial Council,\n\nHaving considered the recommendations of the working group,\n\nDecides:\n\n1. To establish a regional fund for food security;\n\n2. To invite Member States to contribute to the fund;\n",
     "1 Ministerial Council; 2 Member States"),
    ("en", "en-ministers-numbered", "2026-06-12",
     "Final communiqué of the annual coordination meeting\n\nThe Ministers of Foreign Affairs of the OIC Member States met in New York on 12 June 2026.\n\nThe Ministers:\n\n1. Called upon Member States to coordinate their positions at the General Assembly;\n\n2. Requested the General Secretariat to circulate the draft resolutions in good time;\n",
     "1 Member States; 2 General Secretariat"),
    ("en", "en-ministers-dashes", "2026-06-12",
     "Final communiqué of the annual coordination meeting\n\nThe Ministers of Foreign Affairs of the OIC Member States met in New York on 12 June 2026.\n\nThe Ministers:\n- called upon Member States to coordinate their positions at the General Assembly;\n- requested the General Secretariat to circulate the draft resolutions in good time.\n",
     "3 Member States; 3 General Secretariat"),
    ("en", "en-council-comma-dashes", "2026-06-12",
     "The Peace and Security Council,\n\n- Takes note of the briefing by the Commission;\n\n- Requests the Commission to deploy a needs assessment mission;\n\n- Urges Member States to support the mission;\n",
     "3 Commission; 4 Member States"),
    ("en", "en-council-colon-endash", "2026-06-12",
     "COMMUNIQUÉ\n\nThe Peace and Security Council adopted the following decision:\n\nThe Council:\n– Requests the Commission to deploy a needs assessment mission;\n– Urges Member States to support the mission;\n",
     "3 Commission; 3 Member States"),
    // ---- English: decisions run together, numbers inside a sentence ----
    ("en", "en-run-together", "2026-06-12",
     "COMMUNIQUÉ\n\nThe Peace and Security Council of the African Union, at its 1301st meeting held on 12 June 2026, adopted the following decision:\n\nThe Council: 1. Requests the Commission to deploy a fact-finding mission to the region; 2. Urges Member States to provide the mission with logistical support; 3. Decides to remain actively seized of the matter.\n",
     "1 Commission; 2 Member States"),
    ("en", "en-run-together-preamble", "2026-06-12",
     "The Security Council, Recalling its previous resolutions on the question, 1. Demands that all parties allow unhindered humanitarian access; 2. Requests the Secretary-General to report on the situation within thirty days; 3. Decides to remain actively seized of the matter.\n",
     "1 parties; 2 Secretary-General"),
    ("en", "en-number-in-sentence", "2026-06-12",
     "COMMUNIQUÉ\n\nThe Peace and Security Council, at its 1302nd meeting, adopted the following decision on the situation in the region:\n\nThe Council, 4. Requests the Chairperson of the Commission to appoint a special envoy for the region;\n\n5. Calls on the parties to return to the negotiating table;\n",
     "4 Chairperson of the Commission; 5 parties"),
    ("en", "en-two-on-one-line", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Welcomes the entry into force of the Agreement;\n\n2. Calls upon States to become parties to the Agreement; 3. Requests the Secretary-General to promote the Agreement through the information centres;\n",
     "2 States; 3 Secretary-General"),
    // ---- English: parts, headings ----
    ("en", "en-roman-headings-continuing", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\nI\n\nPeace and security\n\n1. Requests the Secretary-General to strengthen the mediation support unit;\n\n2. Urges Member States to nominate women mediators;\n\nII\n\nDevelopment\n\n3. Invites the international financial institutions to support the recovery plan;\n",
     "1 Secretary-General; 2 Member States; 3 international financial institutions"),
    ("en", "en-roman-dot-headings-afresh", "2026-06-12",
     "The Executive Council,\n\nHaving considered the reports,\n\nI. ON THE REPORT OF THE COMMISSION\n\n1. Requests the Commission to finalize the draft statute;\n\n2. Urges Member States to submit their comments on the statute;\n\nII. ON THE REPORT OF THE PERMANENT REPRESENTATIVES' COMMITTEE\n\n1. Requests the Permanent Representatives' Committee to review the structure of the Commission;\n\n2. Calls on the Commission to implement the new structure;\n",
     "1 Commission; 2 Member States; 1 Permanent Representatives' Committee; 2 Commission"),
    ("en", "en-letter-headings-afresh", "2026-06-12",
     "The Ministerial Council,\n\nHaving considered the items on its agenda,\n\nA. Peace and security\n\n1. Requests the Secretariat to prepare a regional early warning report;\n\n2. Calls upon Member States to share information on cross-border threats;\n\nB. Development\n\n1. Invites the Regional Development Bank to finance the corridor project;\n\n2. Urges Member States to remove non-tariff barriers;\n",
     "1 Secretariat; 2 Member States; 1 Regional Development Bank; 2 Member States"),
    ("en", "en-heading-between", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Requests the Secretary-General to keep the matter under review;\n\nFollow-up and financing\n\n2. Invites Member States to make voluntary contributions to the trust fund;\n",
     "1 Secretary-General; 2 Member States"),
    ("en", "en-capital-heading-between", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report,\n\n1. Requests the Commission to convene a meeting of ministers of health;\n\nMIGRATION\n\n2. Calls on Member States to ratify the Protocol on Free Movement of Persons;\n",
     "1 Commission; 2 Member States"),
    // ---- English: lines a PDF breaks ----
    ("en", "en-hard-breaks", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Requests the Secretary-General to present to the General Assembly at its\neighty-second session a report on progress made under the present resolution,\nincluding recommendations on the way forward;\n\n2. Calls upon Member States to cooperate fully with the\nSpecial Rapporteur in the discharge of her mandate;\n",
     "1 Secretary-General; 2 Member States"),
    ("en", "en-and-line", "2026-06-12",
     "The Security Council,\n\nRecalling its previous resolutions,\n\n3. Calls upon the parties to respect the ceasefire\nand to engage without delay in a political dialogue;\n\n4. Requests the Secretary-General to keep the Council informed;\n",
     "3 parties; 4 Secretary-General"),
    ("en", "en-verb-next-line", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n4.\nRequests the Secretary-General to circulate the present resolution among the Member States and observers;\n\n5.\nInvites Member States to inform the Secretary-General of the measures taken;\n",
     "4 Secretary-General; 5 Member States"),
    ("en", "en-broken-word-actor", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n6. Requests the Secre-\ntary-General to report on the matter at its next session;\n\n7. Calls upon the Govern-\nments of the region to cooperate with the mission;\n",
     "6 Secretary-General; 7 Governments"),
    ("en", "en-broken-word-verb", "2026-06-12",
     "The Human Rights Council,\n\nRecalling its earlier resolutions,\n\n2. Encour-\nages States to develop national action plans on business and human rights;\n\n3. Requests the Working Group to present a report to the Council;\n",
     "2 States; 3 Working Group"),
    ("en", "en-page-footer", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n7. Requests the Secretary-General to present to the General Assembly at its eighty-second\n\nPage 3 of 7\n\nsession a report on progress in the programme;\n\n8. Invites Member States to support the programme;\n",
     "7 Secretary-General; 8 Member States"),
    ("en", "en-doc-symbol", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n9. Calls upon all States to refrain from any action that would undermine the\nA/RES/80/12\n3/7\nefforts of the international community to reach a settlement;\n\n10. Requests the Secretary-General to report on the matter;\n",
     "9 States; 10 Secretary-General"),
    ("en", "en-job-number", "2026-06-12",
     "The Security Council,\n\nRecalling its previous resolutions,\n\n5. Requests the Secretary-General to conduct a strategic review of the Mission and\n\n26-01234\n\nto present options for its drawdown;\n\n6. Urges the Government to facilitate the work of the Mission;\n",
     "5 Secretary-General; 6 Government"),
    ("en", "en-footnote-line", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n11. Calls upon Member States to implement fully the measures set out in the\n____________\n3 See resolution 2334 (2016).\nConvention and to report on their implementation;\n\n12. Requests the Secretary-General to assist States in that regard;\n",
     "11 Member States; 12 Secretary-General"),
    ("en", "en-footnote-marker", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Calls upon Member States1 to ratify the Convention as a matter of priority;\n\n2. Requests the Special Rapporteur2 to report annually to the General Assembly;\n",
     "1 Member States; 2 Special Rapporteur"),
    ("en", "en-running-header", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Requests the Secretary-General to prepare an updated inventory of the programmes;\n\nA/RES/80/55\n\nPage 2\n\n2. Invites Member States to provide information for the inventory;\n",
     "1 Secretary-General; 2 Member States"),
    ("en", "en-article-73e", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n2. Requests the administering Powers to transmit regularly the information called for under Article\n73 e of the Charter;\n\n3. Requests the Secretary-General to continue the dissemination of information on decolonization;\n",
     "2 administering Powers; 3 Secretary-General"),
    ("en", "en-blank-line-inside", "2026-06-12",
     "The Security Council,\n\nRecalling its previous resolutions,\n\n2. Requests the Secretary-General to submit a report on the protection of civilians\n\nin the region, including on the measures taken by the Mission;\n\n3. Urges all parties to respect international humanitarian law;\n",
     "2 Secretary-General; 3 parties"),
    ("en", "en-lost-number", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Requests the Secretary-General to continue his good offices;\n\nUrges the parties to resume talks on the outstanding issues;\n\n3. Invites Member States to support the confidence-building measures;\n",
     "1 Secretary-General; 2 parties; 3 Member States"),
    ("en", "en-inline-object-list", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n5. Invites Member States to consider the following measures: 1. national plans; 2. focal points; 3. public campaigns;\n\n6. Requests the Secretary-General to report on the measures taken;\n",
     "5 Member States; 6 Secretary-General"),
    // ---- English: texts that number none ----
    ("en", "en-unnumbered-operative", "2026-06-12",
     "The Executive Board,\n\nRecalling its earlier decisions,\n\nRequests the Executive Director to present a revised plan at its next session;\n\nEncourages Member States to provide multi-year funding;\n",
     "3 Executive Director; 4 Member States"),
    ("en", "en-unnumbered-communique", "2026-06-12",
     "Council calls for a ceasefire in the region\n\nADDIS ABABA, 12 June 2026 – The Peace and Security Council met today on the situation in the region.\n\nThe Council urged the parties to observe an immediate ceasefire.\n\nIt requested the Commission to deploy observers along the border.\n",
     "3 parties; 4 Commission"),
    ("en", "en-single-spaced-communique", "2026-06-12",
     "Final communiqué of the extraordinary meeting\nThe Ministers of Foreign Affairs of the OIC Member States met in Jeddah on 12 June 2026.\nThe Ministers called on Member States to provide humanitarian aid to the affected population.\nThey requested the General Secretariat to follow up the matter.\n",
     "3 Member States; 4 General Secretariat"),
    ("en", "en-intro-before-numbered", "2026-06-12",
     "COMMUNIQUÉ OF THE EXTRAORDINARY SUMMIT\n\nThe Authority met in Abuja on 12 June 2026 and directed the Commission to circulate this communiqué to all Member States.\n\nThe Authority decided as follows:\n\n1. Requests the Commission to prepare a roadmap for the transition;\n\n2. Calls on the transitional authorities to release political detainees;\n",
     "- Commission; 1 Commission; 2 transitional authorities"),
    // ---- English: what follows the operative part ----
    ("en", "en-contents-after", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Requests the Secretary-General to report on the matter at its eighty-second session;\n\nAnnex\n\nContents\n\n1. Introduction ........ 3\n2. Recommendations ........ 5\n3. Requests to Member States ........ 8\n",
     "1 Secretary-General"),
    ("en", "en-annex-after", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report,\n\n1. Requests the Commission to implement the programme set out in the annex;\n\nANNEX\n\nComposition of the Bureau\n\n1. Chairperson: Kenya\n2. First Vice-Chairperson: Senegal\n3. Rapporteur: Egypt\n",
     "1 Commission"),
    // ---- English: Windows line endings ----
    ("en", "en-crlf", "2026-06-12",
     "The General Assembly,\r\n\r\nRecalling its earlier resolutions,\r\n\r\n1. Requests the Secretary-General to report on the matter;\r\n\r\n2. Calls upon Member States to cooperate with the Special Envoy;\r\n",
     "1 Secretary-General; 2 Member States"),
    ("en", "en-crlf-hard-breaks", "2026-06-12",
     "The Security Council,\r\n\r\nRecalling its previous resolutions,\r\n\r\n3. Requests the Secretary-General to submit a report on the\r\nimplementation of the present resolution;\r\n\r\n4. Urges Member States to\r\ncontribute troops to the Mission;\r\n",
     "3 Secretary-General; 4 Member States"),
    ("en", "en-crlf-letters", "2026-06-12",
     "The General Assembly,\r\n\r\nRecalling its earlier resolutions,\r\n\r\n5. Requests the Secretary-General:\r\n(a) To prepare a report on the matter;\r\n(b) To transmit the report to Member States;\r\n",
     "5a Secretary-General; 5b Secretary-General"),
    // ---- English: near misses ----
    ("en", "en-recalled-paragraph", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Recalls paragraph 4 of its resolution 79/10, in which it requested the Secretary-General to prepare a report on the question;\n\n2. Requests the Secretary-General to include the report in the documentation of the next session;\n",
     "2 Secretary-General"),
    ("en", "en-remain-seized", "2026-06-12",
     "The Security Council,\n\nRecalling its previous resolutions,\n\n1. Condemns the attacks on the Mission;\n\n2. Decides to remain actively seized of the matter.\n",
     ""),
    ("en", "en-heading-only-text", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\nI\n\nRequests to Member States\n\n1. Welcomes the report of the Secretary-General;\n\n2. Takes note of the recommendations contained therein;\n",
     ""),
    ("en", "en-preamble-bullets", "2026-06-12",
     "The Ministerial Council,\n\n- Recalling its earlier decisions on the question,\n\n- Having considered the report of the Secretariat,\n\n- Requests the Secretariat to prepare a follow-up report;\n",
     "4 Secretariat"),
    ("en", "en-sub-numbered-decimal", "2026-06-12",
     "Recommendations of the expert group meeting\n\n2. Capacity building\n\n2.1 SESRIC to organize training courses on labour statistics for Member States;\n\n2.2 Member States to designate focal points for the programme;\n",
     "2 SESRIC; 2 Member States"),
    ("en", "en-page-header-title", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n3. Urges Member States to ensure that their legislation is consistent with their\n\nCooperation between the United Nations and the regional organizations\n\nobligations under international law;\n\n4. Requests the Secretary-General to report on the matter;\n",
     "3 Member States; 4 Secretary-General"),
    ("en", "en-web-all-ones", "2026-06-12",
     "The Executive Council,\n\n1. TAKES NOTE of the report of the Commission;\n\n1. REQUESTS the Commission to prepare a policy framework on migration;\n\n1. URGES Member States to adopt national labour migration policies;\n\n1. INVITES the partners to support the implementation of the framework;\n",
     "2 Commission; 3 Member States; 4 partners"),
    // ---- French: numbering marks ----
    ("fr", "fr-dot", "2026-06-12",
     "Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures sur la question,\n\n1. Prie le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution ;\n\n2. Demande aux États Membres de coopérer pleinement avec le Groupe d'experts ;\n",
     "1 Secrétaire général; 2 États Membres"),
    ("fr", "fr-paren-close", "2026-06-12",
     "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport de la Commission,\n\n1) Prend note du rapport ;\n\n2) Demande à la Commission d'élaborer une stratégie continentale sur les semences ;\n\n3) Exhorte les États membres à désigner des points focaux nationaux ;\n",
     "2 Commission; 3 États membres"),
    ("fr", "fr-bracketed", "2026-06-12",
     "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport de la Commission,\n\n(1) Prend note du rapport ;\n\n(2) Invite les États membres à ratifier la Charte africaine de la statistique ;\n",
     "2 États membres"),
    ("fr", "fr-dash-glued", "2026-06-12",
     "Le Conseil des ministres des affaires étrangères,\n\nRappelant les objectifs de la Charte,\n\n1- Prie le Secrétaire général de suivre la mise en œuvre de la présente résolution ;\n\n2- Exhorte les États membres à contribuer au Fonds de solidarité ;\n",
     "1 Secrétaire général; 2 États membres"),
    ("fr", "fr-dash-spaced", "2026-06-12",
     "Le Conseil des ministres des affaires étrangères,\n\nRappelant les objectifs de la Charte,\n\n1 - Prie le Secrétaire général de faire rapport à la prochaine session ;\n\n2 - Invite les États membres à participer à la conférence sur la sécurité de l'eau ;\n",
     "1 Secrétaire général; 2 États membres"),
    ("fr", "fr-degree-items", "2026-06-12",
     "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné les recommandations du Comité des représentants permanents,\n\nDécide :\n\n1° de créer un comité d'experts sur le barème des contributions ;\n\n2° de prier la Commission d'apporter son appui au comité ;\n",
     "1 Conseil exécutif; 2 Commission"),
    ("fr", "fr-premierement", "2026-06-12",
     "Le Conseil de la Ligue des États arabes au niveau ministériel,\n\nAprès avoir examiné le mémorandum du Secrétariat général,\n\nPremièrement, prie le Secrétaire général de poursuivre ses contacts avec les parties ;\n\nDeuxièmement, appelle les États membres à soutenir l'effort de secours ;\n",
     "1 Secrétaire général; 2 États membres"),
    ("fr", "fr-article-premier", "2026-06-12",
     "La Conférence des chefs d'État et de gouvernement,\n\nVu le traité instituant la Communauté,\n\nArticle premier\n\nLa Commission est chargée d'établir un registre régional des biens culturels.\n\nArticle 2\n\nLes États membres sont invités à transmettre à la Commission les données nécessaires au registre.\n",
     "1 Commission; 2 États membres"),
    ("fr", "fr-op-tab", "2026-06-12",
     "Le Conseil des droits de l'homme,\n\nGuidé par la Charte des Nations Unies,\n\n1.\tEncourage les États à adopter des plans nationaux sur le droit à l'alimentation ;\n\n2.\tPrie le Haut-Commissariat d'organiser un atelier sur la question ;\n",
     "1 États; 2 Haut-Commissariat"),
    // ---- French: letters, bullets ----
    ("fr", "fr-letters-close", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n3. Prie le Secrétaire général :\na) d'établir une étude sur les effets de l'élévation du niveau de la mer ;\nb) de convoquer une réunion d'experts sur l'étude ;\n",
     "3a Secrétaire général; 3b Secrétaire général"),
    ("fr", "fr-letters-paren", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n4. Invite :\n(a) Le Conseil économique et social à consacrer un débat à la question ;\n(b) Les commissions régionales à appuyer l'examen au niveau régional ;\n",
     "4a Conseil économique et social; 4b commissions régionales"),
    ("fr", "fr-decide-letters", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n2. Décide :\na) de créer un groupe de travail à composition non limitée sur la question ;\nb) d'inviter les États Membres à faire connaître leurs vues au groupe de travail ;\n",
     "2a Assemblée générale; 2b États Membres"),
    ("fr", "fr-romanettes", "2026-06-12",
     "Le Conseil des droits de l'homme,\n\nRappelant ses résolutions antérieures,\n\n5. Invite les États :\ni) à ratifier le Protocole facultatif ;\nii) à coopérer avec le Sous-Comité ;\n",
     "5i États; 5ii États"),
    ("fr", "fr-bullets-dash", "2026-06-12",
     "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport,\n\n4. Invite les États membres à :\n- ratifier le Protocole sur la libre circulation des personnes ;\n- communiquer à la Commission leurs plans nationaux de mise en œuvre ;\n",
     "4 États membres; 4 États membres"),
    ("fr", "fr-bullets-dot", "2026-06-12",
     "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport,\n\n1. Demande à la Commission de :\n• réaliser une évaluation de la sécheresse dans la région ;\n• mobiliser des ressources en faveur des États membres touchés ;\n",
     "1 Commission; 1 Commission"),
    ("fr", "fr-ministres-decide", "2026-06-12",
     "Communiqué final de la réunion annuelle de coordination\n\nLes ministres des affaires étrangères des États membres de l'OCI se sont réunis à New York le 12 juin 2026.\n\nLes ministres ont décidé :\n- de demander au Secrétariat général de diffuser les projets de résolution en temps utile ;\n- d'inviter les États membres à coordonner leurs positions à l'Assemblée générale.\n",
     "3 Secrétariat général; 3 États membres"),
    ("fr", "fr-conseil-virgule-tirets", "2026-06-12",
     "Le Conseil de paix et de sécurité,\n\n- Prend note de l'exposé de la Commission ;\n\n- Demande à la Commission de déployer une mission d'évaluation des besoins ;\n\n- Exhorte les États membres à appuyer la mission ;\n",
     "3 Commission; 4 États membres"),
    // ---- French: run together, numbers inside a sentence, parts ----
    ("fr", "fr-run-together", "2026-06-12",
     "COMMUNIQUÉ\n\nLe Conseil de paix et de sécurité de l'Union africaine, en sa 1301e réunion tenue le 12 juin 2026, a adopté la décision suivante :\n\nLe Conseil : 1. Demande à la Commission de déployer une mission d'établissement des faits dans la région ; 2. Exhorte les États membres à fournir un appui logistique à la mission ; 3. Décide de rester activement saisi de la question.\n",
     "1 Commission; 2 États membres"),
    ("fr", "fr-number-in-sentence", "2026-06-12",
     "COMMUNIQUÉ\n\nLe Conseil de paix et de sécurité, en sa 1302e réunion, a adopté la décision suivante sur la situation dans la région :\n\nLe Conseil, 4. Demande au Président de la Commission de nommer un envoyé spécial pour la région ;\n\n5. Appelle les parties à reprendre les négociations ;\n",
     "4 Président de la Commission; 5 parties"),
    ("fr", "fr-letter-headings-afresh", "2026-06-12",
     "Le Conseil ministériel,\n\nAyant examiné les points inscrits à son ordre du jour,\n\nA. Paix et sécurité\n\n1. Prie le Secrétariat d'établir un rapport régional d'alerte précoce ;\n\n2. Demande aux États membres d'échanger des informations sur les menaces transfrontières ;\n\nB. Développement\n\n1. Invite la Banque régionale de développement à financer le projet de corridor ;\n\n2. Exhorte les États membres à supprimer les barrières non tarifaires ;\n",
     "1 Secrétariat; 2 États membres; 1 Banque régionale de développement; 2 États membres"),
    ("fr", "fr-roman-headings-continuing", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\nI\n\nPaix et sécurité\n\n1. Prie le Secrétaire général de renforcer le groupe de l'appui à la médiation ;\n\nII\n\nDéveloppement\n\n2. Invite les institutions financières internationales à appuyer le plan de relèvement ;\n",
     "1 Secrétaire général; 2 institutions financières internationales"),
    ("fr", "fr-heading-between", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n1. Prie le Secrétaire général de suivre la question ;\n\nSuivi et financement\n\n2. Invite les États Membres à verser des contributions volontaires au fonds d'affectation spéciale ;\n",
     "1 Secrétaire général; 2 États Membres"),
    // ---- French: lines a PDF breaks ----
    ("fr", "fr-hard-breaks", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n1. Prie le Secrétaire général de lui présenter, à sa quatre-vingt-deuxième\nsession, un rapport sur l'application de la présente résolution,\ncomportant des recommandations ;\n\n2. Demande aux États Membres de coopérer pleinement avec la\nRapporteuse spéciale dans l'exercice de son mandat ;\n",
     "1 Secrétaire général; 2 États Membres"),
    ("fr", "fr-et-line", "2026-06-12",
     "Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures,\n\n3. Demande aux parties de respecter le cessez-le-feu\net d'engager sans tarder un dialogue politique ;\n\n4. Prie le Secrétaire général de le tenir informé ;\n",
     "3 parties; 4 Secrétaire général"),
    ("fr", "fr-verb-next-line", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n4.\nPrie le Secrétaire général de communiquer la présente résolution à tous les États Membres ;\n\n5.\nInvite les États Membres à informer le Secrétaire général des mesures prises ;\n",
     "4 Secrétaire général; 5 États Membres"),
    ("fr", "fr-broken-word", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n6. Prie le Secré-\ntaire général de faire rapport sur la question à sa prochaine session ;\n\n7. Demande aux gouver-\nnements de la région de coopérer avec la mission ;\n",
     "6 Secrétaire général; 7 gouvernements"),
    ("fr", "fr-page-footer", "2026-06-12",
     "Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures,\n\n5. Prie le Secrétaire général de procéder à un examen stratégique de la Mission et\n\nS/RES/2790 (2026)\n\nPage 3 sur 7\n\nde lui présenter des options pour sa réduction ;\n\n6. Exhorte le Gouvernement à faciliter les travaux de la Mission ;\n",
     "5 Secrétaire général; 6 Gouvernement"),
    ("fr", "fr-job-number", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n9. Demande à tous les États de s'abstenir de toute mesure qui compromettrait les\n26-01234 (F)\n3/7\nefforts de la communauté internationale en vue d'un règlement ;\n\n10. Prie le Secrétaire général de faire rapport sur la question ;\n",
     "9 États; 10 Secrétaire général"),
    ("fr", "fr-footnote-line", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n11. Demande aux États Membres d'appliquer pleinement les mesures énoncées dans la\n____________\n3 Voir résolution 2334 (2016).\nConvention et de rendre compte de leur application ;\n\n12. Prie le Secrétaire général d'aider les États à cet égard ;\n",
     "11 États Membres; 12 Secrétaire général"),
    ("fr", "fr-footnote-marker", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n1. Demande aux États Membres1 de ratifier la Convention en priorité ;\n\n2. Prie le Rapporteur spécial2 de lui présenter chaque année un rapport ;\n",
     "1 États Membres; 2 Rapporteur spécial"),
    ("fr", "fr-blank-line-inside", "2026-06-12",
     "Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures,\n\n2. Prie le Secrétaire général de lui présenter un rapport sur la protection des civils\n\ndans la région, y compris sur les mesures prises par la Mission ;\n\n3. Exhorte toutes les parties à respecter le droit international humanitaire ;\n",
     "2 Secrétaire général; 3 parties"),
    // ---- French: texts that number none, what follows, line endings, near misses ----
    ("fr", "fr-unnumbered-operative", "2026-06-12",
     "Le Conseil d'administration,\n\nRappelant ses décisions antérieures,\n\nPrie le Directeur exécutif de présenter un plan révisé à sa prochaine session ;\n\nEncourage les États membres à fournir un financement pluriannuel ;\n",
     "3 Directeur exécutif; 4 États membres"),
    ("fr", "fr-unnumbered-communique", "2026-06-12",
     "Le Conseil appelle à un cessez-le-feu dans la région\n\nADDIS-ABEBA, 12 juin 2026 – Le Conseil de paix et de sécurité s'est réuni aujourd'hui sur la situation dans la région.\n\nLe Conseil a exhorté les parties à observer un cessez-le-feu immédiat.\n\nIl a demandé à la Commission de déployer des observateurs le long de la frontière.\n",
     "3 parties; 4 Commission"),
    ("fr", "fr-annex-after", "2026-06-12",
     "Le Conseil exécutif,\n\nAyant examiné le rapport,\n\n1. Prie la Commission de mettre en œuvre le programme figurant en annexe ;\n\nANNEXE\n\nComposition du Bureau\n\n1. Président : Kenya\n2. Premier Vice-Président : Sénégal\n3. Rapporteur : Égypte\n",
     "1 Commission"),
    ("fr", "fr-crlf", "2026-06-12",
     "L'Assemblée générale,\r\n\r\nRappelant ses résolutions antérieures,\r\n\r\n1. Prie le Secrétaire général de faire rapport sur la question ;\r\n\r\n2. Demande aux États Membres de coopérer avec l'Envoyé spécial ;\r\n",
     "1 Secrétaire général; 2 États Membres"),
    ("fr", "fr-crlf-hard-breaks", "2026-06-12",
     "Le Conseil de sécurité,\r\n\r\nRappelant ses résolutions antérieures,\r\n\r\n3. Prie le Secrétaire général de lui présenter un rapport sur\r\nl'application de la présente résolution ;\r\n\r\n4. Exhorte les États Membres à\r\nfournir des contingents à la Mission ;\r\n",
     "3 Secrétaire général; 4 États Membres"),
    ("fr", "fr-recalled-paragraph", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n1. Rappelle le paragraphe 4 de sa résolution 79/10, dans lequel elle a prié le Secrétaire général d'établir un rapport sur la question ;\n\n2. Prie le Secrétaire général d'inclure le rapport dans la documentation de la prochaine session ;\n",
     "2 Secrétaire général"),
    ("fr", "fr-remain-seized", "2026-06-12",
     "Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures,\n\n1. Condamne les attaques contre la Mission ;\n\n2. Décide de rester activement saisi de la question.\n",
     ""),
    // ---- Arabic: numbering marks ----
    ("ar", "ar-dot", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة بشأن هذه المسألة،\n\n1. ترحب بتقرير الأمين العام؛\n\n2. تطلب إلى الأمين العام أن يقدم إليها في دورتها الثانية والثمانين تقريرا عن تنفيذ هذا القرار؛\n\n3. تهيب بالدول الأعضاء أن تعزز تعاونها في مجال البحث والإنقاذ في البحر؛\n",
     "2 الأمين العام; 3 الدول الأعضاء"),
    ("ar", "ar-indic-dash", "2026-06-12",
     "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\n١- يطلب إلى الأمين العام أن يبقي المجلس على علم بالتطورات؛\n\n٢- يحث الدول الأعضاء على تقديم الدعم اللوجستي للبعثة؛\n",
     "1 الأمين العام; 2 الدول الأعضاء"),
    ("ar", "ar-tatweel", "2026-06-12",
     "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\nيقرر\n\n1 ـ تكليف الأمانة العامة بمتابعة تنفيذ هذا القرار؛\n\n2 ـ دعوة الدول الأعضاء إلى دعم صندوق إعادة الإعمار؛\n",
     "1 الأمانة العامة; 2 الدول الأعضاء"),
    ("ar", "ar-dash-glued", "2026-06-12",
     "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\n1- يطالب جميع الأطراف بوقف الأعمال العدائية فورا؛\n\n2- يطلب إلى الأمين العام أن يقدم تقريرا عن الحالة كل تسعين يوما؛\n",
     "1 الأطراف; 2 الأمين العام"),
    ("ar", "ar-bracketed", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n(1) تحيط علما بالتقرير؛\n\n(2) تدعو الدول الأعضاء إلى التصديق على الاتفاقية؛\n\n(3) تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار؛\n",
     "2 الدول الأعضاء; 3 الأمين العام"),
    ("ar", "ar-paren-close", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1) تطلب إلى الأمين العام أن يواصل مساعيه الحميدة؛\n\n2) تحث الأطراف على استئناف المحادثات؛\n",
     "1 الأمين العام; 2 الأطراف"),
    ("ar", "ar-ordinals", "2026-06-12",
     "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على تقرير الأمين العام،\n\nيقرر\n\nأولاً: الطلب إلى الأمين العام مواصلة اتصالاته مع الأطراف المعنية.\n\nثانياً: دعوة الدول الأعضاء إلى دعم جهود الإغاثة.\n",
     "1 الأمين العام; 2 الدول الأعضاء"),
    ("ar", "ar-decides-chapeau", "2026-06-12",
     "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على توصيات فريق العمل،\n\nيقرر ما يلي:\n\n1- إنشاء صندوق إقليمي للأمن الغذائي؛\n\n2- دعوة الدول الأعضاء إلى المساهمة في الصندوق؛\n",
     "1 مجلس جامعة الدول العربية; 2 الدول الأعضاء"),
    // ---- Arabic: letters and bullets ----
    ("ar", "ar-letters-paren", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n3. تطلب إلى الأمين العام ما يلي:\n(أ) أن يعد دراسة عن آثار ارتفاع مستوى سطح البحر؛\n(ب) أن يعقد اجتماعا للخبراء بشأن الدراسة؛\n",
     "3 الأمين العام; 3 الأمين العام"),
    ("ar", "ar-letters-close", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n4. تدعو:\nأ) المجلس الاقتصادي والاجتماعي إلى تخصيص جزء من دورته للمسألة؛\nب) اللجان الإقليمية إلى دعم الاستعراض على الصعيد الإقليمي؛\n",
     "4 المجلس الاقتصادي والاجتماعي; 4 اللجان الإقليمية"),
    ("ar", "ar-letters-dash", "2026-06-12",
     "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\n1- الطلب إلى الأمانة العامة:\nأ- إعداد دراسة عن التجارة البينية؛\nب- تنظيم منتدى لغرف التجارة العربية؛\n",
     "1 الأمانة العامة; 1 الأمانة العامة"),
    ("ar", "ar-bullets-dash", "2026-06-12",
     "إن المجلس التنفيذي،\n\nإذ ينظر في تقرير المفوضية،\n\n2. يطلب إلى المفوضية ما يلي:\n- إجراء تقييم للجفاف في المنطقة؛\n- تعبئة الموارد لصالح الدول الأعضاء المتضررة؛\n",
     "2 المفوضية; 2 المفوضية"),
    ("ar", "ar-bullets-dot", "2026-06-12",
     "إن المجلس التنفيذي،\n\nإذ ينظر في تقرير المفوضية،\n\n3. يحث الدول الأعضاء على ما يلي:\n• تخصيص واحد في المائة على الأقل من ميزانياتها للبحث العلمي؛\n• إنشاء مجالس وطنية للعلوم حيثما لا توجد؛\n",
     "3 الدول الأعضاء; 3 الدول الأعضاء"),
    ("ar", "ar-ministers-decided", "2026-06-12",
     "البيان الختامي لاجتماع التنسيق السنوي\n\nاجتمع وزراء الخارجية في الدول الأعضاء بمنظمة التعاون الإسلامي في نيويورك يوم 12 يونيو 2026.\n\nوقرر الوزراء ما يلي:\n- تكليف الأمانة العامة بتعميم مشاريع القرارات في الوقت المناسب؛\n- دعوة الدول الأعضاء إلى تنسيق مواقفها في الجمعية العامة.\n",
     "3 الأمانة العامة; 3 الدول الأعضاء"),
    // ---- Arabic: run together, numbers inside a sentence, parts ----
    ("ar", "ar-run-together", "2026-06-12",
     "بلاغ\n\nاعتمد مجلس السلم والأمن التابع للاتحاد الأفريقي في اجتماعه 1301 المعقود في 12 يونيو 2026 القرار التالي:\n\nإن المجلس: 1. يطلب إلى المفوضية أن توفد بعثة لتقصي الحقائق إلى المنطقة؛ 2. يحث الدول الأعضاء على تقديم الدعم اللوجستي للبعثة؛ 3. يقرر أن يبقي المسألة قيد نظره الفعلي.\n",
     "1 المفوضية; 2 الدول الأعضاء"),
    ("ar", "ar-number-in-sentence", "2026-06-12",
     "بلاغ\n\nاعتمد مجلس السلم والأمن في اجتماعه 1302 القرار التالي بشأن الحالة في المنطقة:\n\nإن المجلس، 4. يطلب إلى رئيس المفوضية أن يعين مبعوثا خاصا للمنطقة؛\n\n5. يدعو الأطراف إلى العودة إلى طاولة المفاوضات؛\n",
     "4 رئيس المفوضية; 5 الأطراف"),
    ("ar", "ar-headings-afresh", "2026-06-12",
     "إن المجلس الوزاري،\n\nإذ ينظر في البنود المدرجة في جدول أعماله،\n\nألف - السلم والأمن\n\n1. يطلب إلى الأمانة أن تعد تقريرا إقليميا للإنذار المبكر؛\n\n2. يدعو الدول الأعضاء إلى تبادل المعلومات عن التهديدات العابرة للحدود؛\n\nباء - التنمية\n\n1. يدعو مصرف التنمية الإقليمي إلى تمويل مشروع الممر؛\n\n2. يحث الدول الأعضاء على إزالة الحواجز غير الجمركية؛\n",
     "1 الأمانة; 2 الدول الأعضاء; 1 مصرف التنمية الإقليمي; 2 الدول الأعضاء"),
    ("ar", "ar-heading-between", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1. تطلب إلى الأمين العام أن يبقي المسألة قيد الاستعراض؛\n\nالمتابعة والتمويل\n\n2. تدعو الدول الأعضاء إلى تقديم تبرعات للصندوق الاستئماني؛\n",
     "1 الأمين العام; 2 الدول الأعضاء"),
    // ---- Arabic: lines a PDF breaks ----
    ("ar", "ar-hard-breaks", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1. تطلب إلى الأمين العام أن يقدم إليها في دورتها الثانية والثمانين\nتقريرا عن تنفيذ هذا القرار يتضمن توصيات\nبشأن سبل المضي قدما؛\n\n2. تهيب بالدول الأعضاء أن تتعاون تعاونا تاما مع\nالمقررة الخاصة في أداء ولايتها؛\n",
     "1 الأمين العام; 2 الدول الأعضاء"),
    ("ar", "ar-wa-line", "2026-06-12",
     "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\n3. يطلب إلى الأمين العام أن يجري استعراضا استراتيجيا للبعثة\nوأن يقدم إلى المجلس خيارات لتقليصها؛\n\n4. يحث الحكومة على تيسير عمل البعثة؛\n",
     "3 الأمين العام; 4 الحكومة"),
    ("ar", "ar-verb-next-line", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n4.\nتطلب إلى الأمين العام أن يحيل هذا القرار إلى جميع الدول الأعضاء؛\n\n5.\nتدعو الدول الأعضاء إلى إبلاغ الأمين العام بالتدابير المتخذة؛\n",
     "4 الأمين العام; 5 الدول الأعضاء"),
    ("ar", "ar-page-footer", "2026-06-12",
     "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\n5. يطلب إلى الأمين العام أن يقدم تقريرا عن حماية المدنيين\n\nالصفحة 3 من 7\n\nفي المنطقة، بما في ذلك التدابير التي اتخذتها البعثة؛\n\n6. يحث جميع الأطراف على احترام القانون الإنساني الدولي؛\n",
     "5 الأمين العام; 6 الأطراف"),
    ("ar", "ar-doc-symbol", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n9. تهيب بجميع الدول أن تمتنع عن أي عمل من شأنه أن يقوض\nA/RES/80/12\n26-01234\nجهود المجتمع الدولي للتوصل إلى تسوية؛\n\n10. تطلب إلى الأمين العام أن يقدم تقريرا عن المسألة؛\n",
     "9 الدول; 10 الأمين العام"),
    ("ar", "ar-footnote-line", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n11. تهيب بالدول الأعضاء أن تنفذ تنفيذا تاما التدابير المنصوص عليها في\n____________\n(3) انظر القرار 2334 (2016).\nالاتفاقية وأن تقدم تقارير عن تنفيذها؛\n\n12. تطلب إلى الأمين العام أن يساعد الدول في هذا الصدد؛\n",
     "11 الدول الأعضاء; 12 الأمين العام"),
    ("ar", "ar-footnote-marker", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1. تهيب بالدول الأعضاء(1) أن تصدق على الاتفاقية على سبيل الأولوية؛\n\n2. تطلب إلى المقرر الخاص(2) أن يقدم إليها تقريرا سنويا؛\n",
     "1 الدول الأعضاء; 2 المقرر الخاص"),
    ("ar", "ar-blank-line-inside", "2026-06-12",
     "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\n2. يطلب إلى الأمين العام أن يقدم تقريرا عن حماية المدنيين\n\nفي المنطقة، بما في ذلك التدابير التي اتخذتها البعثة؛\n\n3. يحث جميع الأطراف على احترام القانون الإنساني الدولي؛\n",
     "2 الأمين العام; 3 الأطراف"),
    // ---- Arabic: texts that number none, what follows, line endings, near misses ----
    ("ar", "ar-unnumbered-operative", "2026-06-12",
     "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\nيطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار؛\n\nيهيب بالدول الأعضاء أن تقدم الدعم اللازم للبعثة؛\n",
     "3 الأمين العام; 4 الدول الأعضاء"),
    ("ar", "ar-unnumbered-news", "2026-06-12",
     "مجلس السلم والأمن يدعو إلى وقف إطلاق النار في المنطقة\n\nأديس أبابا، 12 يونيو 2026 - عقد مجلس السلم والأمن اليوم اجتماعا بشأن الحالة في المنطقة.\n\nوحث المجلس الأطراف على الالتزام بوقف فوري لإطلاق النار.\n\nوطلب المجلس من المفوضية نشر مراقبين على طول الحدود.\n",
     "3 الأطراف; 4 المفوضية"),
    ("ar", "ar-annex-after", "2026-06-12",
     "إن المجلس التنفيذي،\n\nإذ ينظر في التقرير،\n\n1. يطلب إلى المفوضية أن تنفذ البرنامج الوارد في المرفق؛\n\nالمرفق\n\nتشكيل المكتب\n\n1. الرئيس: كينيا\n2. النائب الأول للرئيس: السنغال\n3. المقرر: مصر\n",
     "1 المفوضية"),
    ("ar", "ar-crlf", "2026-06-12",
     "إن الجمعية العامة،\r\n\r\nإذ تشير إلى قراراتها السابقة،\r\n\r\n1. تطلب إلى الأمين العام أن يقدم تقريرا عن المسألة؛\r\n\r\n2. تهيب بالدول الأعضاء أن تتعاون مع المبعوث الخاص؛\r\n",
     "1 الأمين العام; 2 الدول الأعضاء"),
    ("ar", "ar-crlf-hard-breaks", "2026-06-12",
     "إن مجلس الأمن،\r\n\r\nإذ يشير إلى قراراته السابقة،\r\n\r\n3. يطلب إلى الأمين العام أن يقدم تقريرا عن\r\nتنفيذ هذا القرار؛\r\n\r\n4. يحث الدول الأعضاء على\r\nالمساهمة بقوات في البعثة؛\r\n",
     "3 الأمين العام; 4 الدول الأعضاء"),
    ("ar", "ar-recalled-paragraph", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1. تشير إلى الفقرة 4 من قرارها 79/10 التي طلبت فيها إلى الأمين العام أن يعد تقريرا عن المسألة؛\n\n2. تطلب إلى الأمين العام أن يدرج التقرير في وثائق الدورة المقبلة؛\n",
     "2 الأمين العام"),
    ("ar", "ar-remain-seized", "2026-06-12",
     "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\n1. يدين الهجمات على البعثة؛\n\n2. يقرر أن يبقي المسألة قيد نظره الفعلي.\n",
     ""),
];

/// A second batch, written with its expectations and committed before the drafter ran on
/// it: items on the line after their letter, a number alone before a blank line, a footnote
/// mark after a comma, other bullets, "(1) ...; (2) ..." on one line, a continuation in
/// brackets, a page's symbol and date inside a paragraph, decimal items, French letters
/// "a.", "Article 1er", a communiqué's numbered past-tense items, Roman numerals in French,
/// Arabic ordinals with a dash and headings numbered afresh.
#[test]
fn grid_layout_more() {
    let grid = "grid layout more";
    assert_whole(grid, &run(grid, GRID_MORE));
}

#[rustfmt::skip]
const GRID_MORE: &[Case] = &[
    ("en", "en2-letter-alone", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n3. Requests the Secretary-General:\n(a)\nTo prepare a glossary of the terms used in the programme;\n(b)\nTo update the glossary every two years;\n",
     "3a Secretary-General; 3b Secretary-General"),
    ("en", "en2-number-blank-text", "2026-06-12",
     "The Security Council,\n\nRecalling its previous resolutions,\n\n4.\n\nRequests the Secretary-General to brief the Council on the electoral calendar;\n\n5.\n\nUrges the authorities to open the voter registry to observers;\n",
     "4 Secretary-General; 5 authorities"),
    ("en", "en2-footnote-after-comma", "2026-06-12",
     "The Governing Council,\n\nHaving considered the report,\n\n1. Requests the Executive Director,5 in consultation with Member States, to prepare a strategy on urban resilience;\n\n2. Invites Governments to share their experience with the secretariat;\n",
     "1 Executive Director; 2 Governments"),
    ("en", "en2-square-bullets", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report,\n\n3. Calls upon Member States to:\n▪ adopt national strategies on the blue economy;\n▪ report on their progress to the Commission;\n",
     "3 Member States; 3 Member States"),
    ("en", "en2-bracket-continuation", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n2. Calls upon Member States to support the Fund\n(including through multi-year pledges) and to ensure that it is predictable;\n\n3. Requests the Secretary-General to report on the Fund;\n",
     "2 Member States; 3 Secretary-General"),
    ("en", "en2-symbol-date-inside", "2026-06-12",
     "The General Assembly,\n\nRecalling its earlier resolutions,\n\n6. Encourages the regional commissions to cooperate with the subregional\nA/80/L.12\n12 June 2026\norganizations in the preparation of the review;\n\n7. Requests the Secretary-General to support the regional commissions;\n",
     "6 regional commissions; 7 Secretary-General"),
    ("en", "en2-decimal-items", "2026-06-12",
     "The Executive Council,\n\nHaving considered the report,\n\n3. Requests the Secretariat:\n3.1 to prepare a study on informal trade;\n3.2 to convene a workshop on the findings of the study;\n\n4. Urges Member States to take part in the workshop;\n",
     "3 Secretariat; 3 Secretariat; 4 Member States"),
    ("en", "en2-crlf-bullets", "2026-06-12",
     "The Executive Council,\r\n\r\nHaving considered the report,\r\n\r\n1. Requests the Commission to:\r\n- conduct a survey of national seed laws;\r\n- propose a model law on seeds;\r\n",
     "1 Commission; 1 Commission"),
    ("fr", "fr2-letters-dot", "2026-06-12",
     "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport,\n\n3. Prie le Secrétariat :\na. d'élaborer une étude sur le commerce informel ;\nb. d'organiser un atelier sur les conclusions de l'étude ;\n",
     "3a Secrétariat; 3b Secrétariat"),
    ("fr", "fr2-article-1er", "2026-06-12",
     "Le Conseil des ministres,\n\nVu le traité de la Communauté,\n\nArticle 1er : La Commission est priée de préparer un règlement sur le transport routier.\n\nArticle 2 : Les États membres sont invités à transposer le règlement dans leur droit interne.\n",
     "1 Commission; 2 États membres"),
    ("fr", "fr2-ministres-numbered-past", "2026-06-12",
     "Communiqué final\n\nLes ministres se sont réunis à Dakar le 12 juin 2026.\n\nLes ministres :\n\n1. ont invité les États membres à ratifier la Convention ;\n\n2. ont demandé au Secrétariat exécutif de préparer un plan d'action ;\n",
     "1 États membres; 2 Secrétariat exécutif"),
    ("fr", "fr2-page-footer", "2026-06-12",
     "L'Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n4. Encourage les commissions régionales à coopérer avec les organisations\n\nPage 2 sur 5\n\nsous-régionales à la préparation de l'examen ;\n\n5. Prie le Secrétaire général d'appuyer les commissions régionales ;\n",
     "4 commissions régionales; 5 Secrétaire général"),
    ("fr", "fr2-roman-numbers", "2026-06-12",
     "La Conférence ministérielle,\n\nAyant entendu la déclaration de la présidence,\n\nI. Prie le Secrétariat de diffuser le document final à toutes les délégations ;\n\nII. Invite les États membres à rendre compte de leurs mesures nationales ;\n",
     "1 Secrétariat; 2 États membres"),
    ("fr", "fr2-decide-dashes", "2026-06-12",
     "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport,\n\n2. Décide :\n– de créer un fonds régional pour la sécurité alimentaire ;\n– d'inviter les États membres à contribuer au fonds ;\n",
     "2 Conseil exécutif; 2 États membres"),
    ("fr", "fr2-crlf-letters", "2026-06-12",
     "L'Assemblée générale,\r\n\r\nRappelant ses résolutions antérieures,\r\n\r\n5. Prie le Secrétaire général :\r\na) d'établir un rapport sur la question ;\r\nb) de transmettre le rapport aux États Membres ;\r\n",
     "5a Secrétaire général; 5b Secrétaire général"),
    ("ar", "ar2-ordinals-dash", "2026-06-12",
     "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على مذكرة الأمانة العامة،\n\nيقرر\n\nأولا - تكليف الأمانة العامة بإعداد تقرير عن الأوضاع الإنسانية.\n\nثانيا - دعوة الدول الأعضاء إلى تقديم المساعدات العاجلة.\n",
     "1 الأمانة العامة; 2 الدول الأعضاء"),
    ("ar", "ar2-indic-dot", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n١. تطلب إلى الأمين العام أن يقدم تقريرا عن المسألة؛\n\n٢. تدعو الدول الأعضاء إلى دعم البرنامج؛\n",
     "1 الأمين العام; 2 الدول الأعضاء"),
    ("ar", "ar2-page-number-inside", "2026-06-12",
     "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n6. تشجع اللجان الإقليمية على التعاون مع المنظمات\n\n- 2 -\n\nدون الإقليمية في التحضير للاستعراض؛\n\n7. تطلب إلى الأمين العام أن يدعم اللجان الإقليمية؛\n",
     "6 اللجان الإقليمية; 7 الأمين العام"),
    ("ar", "ar2-crlf-wa", "2026-06-12",
     "إن مجلس الأمن،\r\n\r\nإذ يشير إلى قراراته السابقة،\r\n\r\n3. يطلب إلى الأمين العام أن يقدم إحاطة عن الجدول الزمني للانتخابات\r\nوأن يقترح تدابير لدعمه؛\r\n\r\n4. يحث السلطات على فتح سجل الناخبين أمام المراقبين؛\r\n",
     "3 الأمين العام; 4 السلطات"),
    ("ar", "ar2-decides-bullets", "2026-06-12",
     "إن مجلس جامعة الدول العربية على المستوى الوزاري،\n\nبعد اطلاعه على توصيات فريق العمل،\n\n3. يقرر ما يلي:\n• إنشاء مرصد عربي للأمن المائي؛\n• تكليف الأمانة العامة بمتابعة إنشاء المرصد؛\n",
     "3 مجلس جامعة الدول العربية; 3 الأمانة العامة"),
    ("ar", "ar2-run-together-preamble", "2026-06-12",
     "إن مجلس الأمن، إذ يشير إلى قراراته السابقة، 1. يطالب جميع الأطراف بوقف إطلاق النار فورا؛ 2. يطلب إلى الأمين العام أن يقدم تقريرا في غضون ثلاثين يوما؛ 3. يقرر أن يبقي المسألة قيد نظره.\n",
     "1 الأطراف; 2 الأمين العام"),
];

/// Known misses of the second batch: cases the rules do not meet yet, each with why. Not
/// counted as passing: `cargo test -p oic-draft grid_layout_known_misses -- --ignored
/// --nocapture` runs them.
#[rustfmt::skip]
const KNOWN_MISSES: &[Case] = &[
    // "Decided: (1) to request X to ...; (2) to invite Y to ..." on one line in a text that
    // numbers none: the points are not cut out of their line (the rule for "(1) ...", a
    // chapeau's points, reads them at a line's start), and nothing is drafted.
    ("en", "en2-points-inline", "2026-06-12",
     "The Standing Committee,\n\nHaving heard the report of the secretariat,\n\nDecided: (1) to request the secretariat to prepare a synthesis of the submissions; (2) to invite Parties to submit their views on the synthesis.\n",
     "1 secretariat; 2 Parties"),
    // "The Ministers agreed on the following:" + "• The secretariat should prepare ...":
    // bullets naming their own actor with "should" under an agreement's chapeau, in a text
    // that numbers none, draft nothing.
    ("en", "en2-ministers-unnumbered-points", "2026-06-12",
     "Joint communiqué\n\nThe Ministers met in Nouakchott on 12 June 2026.\n\nThe Ministers agreed on the following:\n\n• The secretariat should prepare a draft regional plan on desertification.\n\n• Member States should designate national focal points for the plan.\n",
     "3 secretariat; 3 Member States"),
    // "أولا: السلم والأمن" / "1." "2." / "ثانيا: التنمية" / "1." "2.": an ordinal word that
    // heads a part is read as an item's letter ("(b)"), so the second part's paragraphs
    // become items of paragraph 2 ("2b") instead of paragraphs 1 and 2 of a new part.
    ("ar", "ar2-headings-afresh-letters", "2026-06-12",
     "إن المجلس الوزاري،\n\nإذ ينظر في البنود المدرجة في جدول أعماله،\n\nأولا: السلم والأمن\n\n1. يطلب إلى الأمانة أن تعد تقريرا عن التهديدات العابرة للحدود؛\n\n2. يحث الدول الأعضاء على تبادل المعلومات؛\n\nثانيا: التنمية\n\n1. يدعو مصرف التنمية الإقليمي إلى تمويل مشروع الممر؛\n\n2. يحث الدول الأعضاء على تيسير التجارة؛\n",
     "1 الأمانة; 2 الدول الأعضاء; 1 مصرف التنمية الإقليمي; 2 الدول الأعضاء"),
];

#[test]
#[ignore]
fn grid_layout_known_misses() {
    let grid = "grid layout known misses";
    assert_whole(grid, &run(grid, KNOWN_MISSES));
}
