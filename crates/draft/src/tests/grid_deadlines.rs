//! A composed coverage grid for the drafter's deadlines (the `due` window of a mandate):
//! the ordinary phrasings of a deadline in English, French and Arabic (explicit days, spans
//! from adoption, sessions, reports, recurring periods) at the start, middle and end of a
//! paragraph, in a lettered item and in a passive request, and near misses that give no
//! deadline. Every case was written, with its expected window, before the drafter ran on
//! it; none is a sentence of a real text.
//!
//! A case is a short text, its adoption day and what the one mandate it yields (or the one
//! of paragraph N, "¶N ...") is due:
//! - `-`: no deadline;
//! - `2027-03-31`, `2027-06`, `2027`, `LO..HI`: exactly that window;
//! - `+90d`, `+6m`, `+1y`: that long after the adoption day (months on the calendar);
//! - `in:LO..HI`: at (or before) a meeting whose window lies inside LO's first day ... HI's
//!   last day (a General Assembly session N: September of 1945 + N to the next September;
//!   a Human Rights Council session: the months it sits);
//! - `event`: at (or before) a meeting of the draft's events, whatever its date;
//! - `every:N unit` (`every:3 months`), maybe ` first:WINDOW`: recurring, with that period
//!   and that first occurrence (none when not given).

use jiff::ToSpan;
use jiff::civil::Date;

use crate::tests::grid_common::{GridCase, assert_whole, run_parts};
use crate::{Anchor, Draft, DraftMandate, Due, Options, draft};

/// A language, an adoption day, the expected deadline and the text.
pub(crate) type Case = (&'static str, &'static str, &'static str, &'static str);

fn day(s: &str) -> Date {
    s.parse().unwrap_or_else(|_| panic!("bad day {s}"))
}

/// The window a day, month or year written `2027-03-31`, `2027-03` or `2027` covers.
fn period(s: &str) -> (Date, Date) {
    match s.len() {
        4 => {
            let y: i16 = s.parse().unwrap();
            (Date::new(y, 1, 1).unwrap(), Date::new(y, 12, 31).unwrap())
        }
        7 => {
            let first = day(&format!("{s}-01"));
            (first, first.last_of_month())
        }
        _ => (day(s), day(s)),
    }
}

fn range(s: &str) -> (Date, Date) {
    match s.split_once("..") {
        Some((lo, hi)) => (period(lo).0, period(hi).1),
        None => period(s),
    }
}

/// The window of `want` (a window or a span from adoption).
fn wanted_window(want: &str, adopted: Date) -> (Date, Date) {
    if let Some(span) = want.strip_prefix('+') {
        let (n, unit) = span.split_at(span.len() - 1);
        let n: i64 = n.parse().unwrap();
        let d = match unit {
            "d" => adopted.checked_add(n.days()),
            "m" => adopted.checked_add(n.months()),
            "y" => adopted.checked_add(n.years()),
            _ => panic!("bad span {want}"),
        }
        .unwrap();
        (d, d)
    } else {
        range(want)
    }
}

/// A drafted deadline's window, and whether it hangs on a meeting.
fn drafted_window(d: &Draft, due: &Due, adopted: Date) -> (Date, Date, bool) {
    let event = |id: &str| {
        let e = d.events.iter().find(|e| e.id == id).expect("event defined");
        (e.date.first_day(), e.date.last_day())
    };
    let shift = |(lo, hi): (Date, Date), days: i64| {
        (
            lo.checked_add(days.days()).unwrap(),
            hi.checked_add(days.days()).unwrap(),
        )
    };
    match due {
        Due::On(f) => (f.first_day(), f.last_day(), false),
        Due::At {
            anchor: Anchor::Adoption,
            days,
        } => {
            let (lo, hi) = shift((adopted, adopted), *days);
            (lo, hi, false)
        }
        Due::At {
            anchor: Anchor::Event(id),
            days,
        } => {
            let (lo, hi) = shift(event(id), *days);
            (lo, hi, true)
        }
        Due::Before(Anchor::Adoption) => {
            let (lo, hi) = shift((adopted, adopted), -1);
            (lo, hi, false)
        }
        Due::Before(Anchor::Event(id)) => {
            let (lo, hi) = shift(event(id), -1);
            (lo, hi, true)
        }
    }
}

fn shown(d: &Draft, m: &DraftMandate, adopted: Date) -> String {
    let due = match &m.due {
        None => "-".to_string(),
        Some(due) => {
            let (lo, hi, ev) = drafted_window(d, due, adopted);
            let ev = if ev { " (meeting)" } else { "" };
            format!("{lo}..{hi}{ev} [{}]", m.due_phrase)
        }
    };
    match &m.every {
        Some(e) => format!("every:{} first:{due}", e.period()),
        None => due,
    }
}

/// Whether the case's one mandate is due as it expects; else what was drafted.
fn check(case: &Case) -> Result<(), String> {
    let (_, adopted, want, text) = *case;
    let adopted = day(adopted);
    let opts = Options {
        adopted: Some(adopted),
        today: adopted,
    };
    let d = draft(text, &opts);
    let (para, want) = match want.strip_prefix('¶') {
        Some(rest) => {
            let (n, want) = rest.split_once(' ').unwrap();
            (Some(n.parse::<u32>().unwrap()), want)
        }
        None => (None, want),
    };
    let ms: Vec<&DraftMandate> = d
        .mandates
        .iter()
        .filter(|m| para.is_none() || m.paragraph == para)
        .collect();
    let [m] = ms.as_slice() else {
        let all: Vec<String> = ms
            .iter()
            .map(|m| format!("¶{:?} {}", m.paragraph, shown(&d, m, adopted)))
            .collect();
        return Err(format!("{} mandates: {all:?}", ms.len()));
    };
    let got = shown(&d, m, adopted);
    let fail = || Err(got.clone());
    let (want_every, want_due) = match want.strip_prefix("every:") {
        Some(rest) => match rest.split_once(" first:") {
            Some((every, first)) => (Some(every), Some(first)),
            None => (Some(rest), None),
        },
        None => (None, Some(want).filter(|w| *w != "-")),
    };
    match (want_every, &m.every) {
        (None, None) => {}
        (Some(w), Some(e)) if e.period() == w => {}
        _ => return fail(),
    }
    match (want_due, &m.due) {
        (None, None) => Ok(()),
        (Some("event"), Some(due)) if drafted_window(&d, due, adopted).2 => Ok(()),
        (Some(w), Some(due)) if w.starts_with("in:") => {
            let (lo, hi) = range(&w[3..]);
            let (dlo, dhi, ev) = drafted_window(&d, due, adopted);
            if ev && lo <= dlo && dhi <= hi {
                Ok(())
            } else {
                fail()
            }
        }
        (Some(w), Some(due)) if w != "event" => {
            let (lo, hi, _) = drafted_window(&d, due, adopted);
            if (lo, hi) == wanted_window(w, adopted) {
                Ok(())
            } else {
                fail()
            }
        }
        _ => fail(),
    }
}

/// A case is named by its text's last line (the one that holds the mandate).
impl GridCase for Case {
    fn id(&self) -> &str {
        let last = self.3.lines().rev().find(|l| !l.trim().is_empty());
        last.unwrap_or_default()
    }
    fn want(&self) -> String {
        self.2.to_string()
    }
    fn judge(&self) -> (bool, Vec<String>) {
        match check(self) {
            Ok(()) => (true, Vec::new()),
            Err(got) => (false, vec![got]),
        }
    }
}

/// Runs `cases` language by language (see `tests_grid_common::run_parts`).
pub(crate) fn run(grid: &str, cases: &[Case]) -> Vec<(usize, usize)> {
    run_parts(grid, &["en", "fr", "ar"], |c: &Case| c.0, cases)
}

#[test]
fn grid_deadlines() {
    let grid = "grid deadlines";
    assert_whole(grid, &run(grid, GRID));
}

/// Known misses: cases of the grid the rules do not meet yet, each with why. They are not
/// counted as passing; `cargo test -p oic-draft grid_deadlines_known_misses -- --ignored
/// --nocapture` runs them.
#[rustfmt::skip]
const KNOWN_MISSES: &[Case] = &[
    // "at its resumed session": the resumed part of the session under way, held some month
    // between the adoption and the next September; no `due` form dates it without a guess
    // of the month, and the rules read no session named by "resumed" alone.
    ("en", "2026-12-10", "in:2026-12..2027-09", "The General Assembly,\n\n1. Decides to consider the report of the Advisory Committee at its resumed session;\n"),
    // "by early 2027" (its first third, as "early July" is a month's): read, it made the
    // fixture `narrative-boundary-commission-report` ("by early 2026") drop, whose expected
    // file gives no deadline there; left until that expectation is settled.
    ("en", "2026-06-15", "2027-04-30", "The Assembly of the African Union,\n\n1. Requests the Commission to convene the first meeting of the ministerial committee by early 2027;\n"),
];

#[test]
#[ignore]
fn grid_deadlines_known_misses() {
    let grid = "grid deadlines known misses";
    assert_whole(grid, &run(grid, KNOWN_MISSES));
}

/// The grid: English, then French, then Arabic.
#[rustfmt::skip]
const GRID: &[Case] = &[
    // ---- English: explicit days ----
    ("en", "2026-06-15", "2027-03-31", "The General Assembly,\n\nRecalling its earlier resolutions on water scarcity,\n\n1. Requests the Secretary-General to submit a report on water scarcity in the region by 31 March 2027;\n"),
    ("en", "2026-06-15", "2027-07-01", "The General Assembly,\n\n1. Requests the Secretary-General to submit, no later than 1 July 2027, a comprehensive report on desert locust control to Member States;\n"),
    ("en", "2026-06-15", "2027-09-30", "The General Assembly,\n\n1. Requests the Secretary-General, not later than 30 September 2027, to convene a meeting of experts on groundwater;\n"),
    ("en", "2026-06-15", "2027-01-15", "The Economic and Social Council,\n\n1. Invites Member States to communicate their views on the draft guidelines to the Secretariat on or before 15 January 2027;\n"),
    ("en", "2026-06-15", "2027-05-14", "The Executive Council,\n\n1. Requests the Director-General to circulate the revised draft strategy to all Member States before 15 May 2027;\n"),
    ("en", "2026-06-15", "2027-05-14", "The Executive Council,\n\n1. Requests the Director-General to circulate the revised draft strategy to all Member States before 15 May;\n"),
    ("en", "2026-06-15", "2027-03-31", "The Council of Foreign Ministers,\n\n1. Requests the General Secretariat to prepare a study on the financing of the Fund by 31 March;\n"),
    ("en", "2026-06-15", "2027-06-30", "The Council of Foreign Ministers,\n\n1. Requests the General Secretariat to finalize the draft statute of the Centre by the end of June 2027;\n"),
    ("en", "2026-03-10", "2026-06-30", "The Council of Foreign Ministers,\n\n1. Requests the General Secretariat to finalize the draft statute of the Centre by the end of June;\n"),
    ("en", "2026-06-15", "2027-06-30", "The Assembly of the African Union,\n\n1. Requests the Commission to operationalize the continental early warning platform by mid-2027;\n"),
    ("en", "2026-06-15", "2027-12-31", "The Assembly of the African Union,\n\n1. Requests the Commission to launch the continental seed bank by late 2027;\n"),
    ("en", "2026-06-15", "2027-03-31", "The Council of the League of Arab States,\n\n1. Requests the General Secretariat to hold a regional workshop on desalination in the first quarter of 2027;\n"),
    ("en", "2026-06-15", "2027-06-30", "The Council of the League of Arab States,\n\n1. Requests the General Secretariat to complete the regional road map in the first half of 2027;\n"),
    ("en", "2026-06-15", "2026-12-31", "The Council of Foreign Ministers,\n\n1. Urges Member States with unpaid dues to settle them with the Solidarity Fund by the end of the year;\n"),
    // A meeting dated by a relative clause after it; word due at an undated act; a past
    // meeting's relative clause dates nothing.
    ("en", "2026-06-15", "2028", "The Orchard Board,\n\n1. Decides to defer its consideration of the seed policy, no later than its ninth meeting, which will be held in 2028;\n"),
    ("en", "2026-06-15", "event", "The Orchard Board,\n\n1. Requests the Secretariat to inform the Board immediately upon closing any orchard under the plan;\n"),
    ("en", "2026-06-15", "-", "The Orchard Board,\n\n1. Requests the Secretariat to circulate the record of its eighth meeting, which was held in 2025;\n"),
    ("en", "2026-06-15", "2027-12-31", "The Council of Foreign Ministers,\n\n1. Urges Member States to ratify the Statute of the Organization by the end of 2027;\n"),
    ("en", "2026-06-15", "2027-12-31", "The Council of the European Union,\n\n1. Invites the Commission to present a legislative proposal on river basin management before the end of 2027;\n"),
    ("en", "2026-06-15", "2027-03-31", "The Security Council,\n\nRecalling its decision to extend until 31 March 2027 the mandate of its Panel of Experts,\n\n1. Requests the Panel of Experts to deliver a closing report with its conclusions before the end of its current mandate;\n"),
    ("en", "2026-06-15", "¶2 2027-03-31", "The Security Council,\n\n1. Decides to extend the mandate of the Panel of Experts until 31 March 2027;\n\n2. Requests the Panel to give the Committee a closing report before the end of its mandate;\n"),
    ("en", "2026-06-15", "2027-03-31", "The General Assembly,\n\n1. Requests the Secretary-General:\n\n(a) To submit to Member States a report on the water programme by 31 March 2027;\n"),
    ("en", "2026-06-15", "2027-06-30", "The Council of Foreign Ministers,\n\n1. The General Secretariat is requested to submit a progress report on the Programme of Action by 30 June 2027.\n"),
    ("en", "2026-06-15", "2026-10-01", "The Council of Foreign Ministers,\n\n1. Member States are invited to submit their voluntary contributions to the Fund no later than 1 October.\n"),
    ("en", "2026-06-15", "2026-12-31", "The Executive Board,\n\n1. Welcomes the report of 3 March 2026 and requests the Executive Director to submit an update on its recommendations by 31 December 2026;\n"),
    ("en", "2026-06-15", "2027-03-31", "The Executive Board,\n\n1. Requests the Executive Director to present the evaluation of the pilot phase by March 31, 2027;\n"),
    ("en", "2026-06-15", "2030", "The General Assembly,\n\n1. Urges Member States to halve the loss of arable land by 2030;\n"),
    ("en", "2026-06-15", "2027", "The Council of Foreign Ministers,\n\n1. Decides to convene a ministerial conference on water security in 2027;\n"),
    ("en", "2026-06-15", "2027-12", "The Executive Board,\n\n1. Requests the Executive Director to present a revised budget by December 2027;\n"),
    ("en", "2026-06-15", "2027-03-31", "The Executive Board,\n\n1. Requests the Executive Director to present a revised budget no later than the end of March 2027;\n"),
    ("en", "2026-06-15", "2027-02-15", "The Peace and Security Council,\n\n1. Requests the Chairperson of the Commission to deploy an assessment mission to the region and to report to Council not later than 15 February 2027 on its findings;\n"),
    // ---- English: spans from adoption ----
    ("en", "2026-06-15", "+90d", "The Security Council,\n\n1. Requests the Secretary-General to submit a report on the situation within 90 days of the adoption of the present resolution;\n"),
    ("en", "2026-06-15", "+90d", "The Security Council,\n\n1. Requests the Secretary-General to present options for a monitoring mechanism within 90 days;\n"),
    ("en", "2026-06-15", "+6m", "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to convene a meeting of the contact group within six months;\n"),
    ("en", "2026-06-15", "+1y", "The Assembly of the African Union,\n\n1. Requests the Commission to submit a feasibility study on the continental fund within one year;\n"),
    ("en", "2026-06-15", "+30d", "The Security Council,\n\n1. Requests the Secretary-General to brief the Council on the ceasefire in 30 days' time;\n"),
    ("en", "2026-06-15", "+60d", "The Security Council,\n\n1. Requests the Secretary-General to present recommendations on the force's posture no later than 60 days after the adoption of this resolution;\n"),
    ("en", "2026-06-15", "+120d", "The Security Council,\n\n1. Requests the Secretary-General to submit a report on the implementation of this resolution within 120 days;\n"),
    ("en", "2026-06-15", "+30d", "The Security Council,\n\n1. Requests the Secretary-General, within thirty days of the adoption of this resolution, to appoint a special envoy for the region;\n"),
    ("en", "2026-06-15", "+3m", "The Council of Foreign Ministers,\n\n1. Requests the General Secretariat:\n\n(a) To present within three months an assessment of the needs of the refugees;\n"),
    ("en", "2026-06-15", "+45d", "The Council of Foreign Ministers,\n\n1. The General Secretariat is requested to circulate the draft agreement to Member States within 45 days.\n"),
    ("en", "2026-06-15", "+1y", "The Security Council,\n\n1. Requests the Secretary-General to carry out an independent assessment of the Mission's troop needs not later than 12 months after the adoption of this resolution;\n"),
    ("en", "2026-06-15", "+14d", "The Peace and Security Council,\n\n1. Demands that the parties withdraw their forces from the buffer zone within two weeks;\n"),
    // ---- English: sessions ----
    ("en", "2025-12-15", "in:2026-09..2027-09", "The General Assembly,\n\n1. Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;\n"),
    ("en", "2025-12-15", "in:2026-09..2027-09", "The General Assembly,\n\n1. Decides to include in the provisional agenda of its eighty-first session the item entitled \"Water and sanitation\";\n"),
    ("en", "2026-12-10", "in:2027-09..2028-09", "The General Assembly,\n\n1. Requests the Secretary-General to report to it at its next session on the implementation of the present resolution;\n"),
    ("en", "2026-04-03", "in:2027-02..2027-04", "The Human Rights Council,\n\n1. Requests the Special Rapporteur to present a report on the right to water to the Council at its sixty-fourth session;\n"),
    ("en", "2026-04-03", "in:2026-09..2026-10", "The Human Rights Council,\n\n1. Requests the Office of the High Commissioner to present an oral update to the Human Rights Council at its sixty-third session;\n"),
    ("en", "2026-06-15", "event", "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to submit a report on the implementation of this resolution to the 52nd session of the CFM;\n"),
    ("en", "2026-06-15", "event", "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to follow up the matter and report thereon at the 51st session of the Council of Foreign Ministers;\n"),
    ("en", "2026-06-15", "event", "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to follow up the implementation of this resolution and to report thereon to its next session;\n"),
    ("en", "2026-06-15", "event", "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to present the draft charter of the Centre before its next session;\n"),
    ("en", "2026-06-15", "event", "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to present a full account of the matter to the next session of the Islamic Summit;\n"),
    // ---- English: reports ----
    ("en", "2026-06-15", "2026-09-15", "The Security Council,\n\n1. Requests the Secretary-General to report by 15 September 2026 to the Council on the state of the ceasefire;\n"),
    ("en", "2026-06-15", "2027-03-01", "The Security Council,\n\nRecalling its decision to extend until 31 March 2027 the mandate of its Panel of Experts,\n\n1. Requests the Panel to deliver its closing report no later than 30 days before the end of its mandate;\n"),
    // Expected "event" when written; corrected after the first run to the project's
    // convention, which two earlier composed tests hold ("include in its next report" gives
    // no deadline: tests_hen16_kinds, tests_real_kinds), as the annotations of real texts do.
    ("en", "2026-06-15", "-", "The General Assembly,\n\n1. Requests the Secretary-General to include information on the implementation of the present resolution in his next annual report to the General Assembly;\n"),
    // ---- English: recurring ----
    ("en", "2026-06-15", "every:3 months", "The Security Council,\n\n1. Requests the Secretary-General to report every three months to the Council on the ceasefire;\n"),
    ("en", "2026-06-15", "every:1 year", "The Council of Foreign Ministers,\n\n1. Requests the Secretary General to report annually on the activities of the Fund;\n"),
    ("en", "2026-06-15", "every:6 months", "The Peace and Security Council,\n\n1. Requests the Commission to brief Council biannually on the implementation of the peace agreement;\n"),
    ("en", "2026-06-15", "every:3 months", "The Peace and Security Council,\n\n1. Requests the Commission to update Council on a quarterly basis on the situation in the region;\n"),
    ("en", "2026-06-15", "every:120 days", "The Security Council,\n\n1. Requests the Secretary-General to report every 120 days on the work of the Mission;\n"),
    ("en", "2026-06-15", "every:1 year", "The Assembly of the African Union,\n\n1. Requests the Commission to convene the Forum once a year;\n"),
    ("en", "2026-06-15", "every:2 years", "The General Assembly,\n\n1. Requests the Secretary-General to report to it every two years on the status of the Convention;\n"),
    ("en", "2026-06-15", "every:1 year first:2027-03-31", "The Security Council,\n\n1. Requests the Secretary-General to submit a first report by 31 March 2027 and annually thereafter;\n"),
    ("en", "2026-06-15", "every:6 months", "The Security Council,\n\n1. Requests the Secretary-General to report every six months to the Council until 31 December 2028;\n"),
    // ---- English: times an earlier paragraph gives (helper `hdl1`, un48's kinds) ----
    ("en", "2037-12-10", "¶2 in:2038-05..2038-05", "The Conference of the Parties,\n\n1. Requests the Subsidiary Body to begin the review of the plan at its sixty-second session (May 2038);\n\n2. Invites the Subsidiary Body to hear the growers' views during its sixty-second session;\n"),
    ("en", "2037-12-10", "¶2 every:4 years first:2042-06-30", "The Conference of the Parties,\n\n1. Decides that each Party shall send its first inventory by 30 June 2038;\n\n2. Decides that each Party shall send an updated inventory every four years thereafter;\n"),
    ("en", "2037-12-10", "event", "The Conference of the Parties,\n\n1. Requests the Executive Secretary to compile the inventories for the consideration of the fifth meeting of the Conference of the Parties;\n"),
    // ---- English: near misses (no deadline) ----
    ("en", "2026-06-15", "-", "The General Assembly,\n\n1. Requests the Secretary-General to continue the assistance provided to the region since 2019;\n"),
    ("en", "2026-06-15", "-", "The General Assembly,\n\n1. Calls upon all parties to implement fully resolution 80/12 adopted on 5 May 2025;\n"),
    ("en", "2026-06-15", "-", "The General Assembly,\n\n1. Urges Member States to redouble their work on the 2030 Agenda for Sustainable Development in rural areas;\n"),
    ("en", "2026-06-15", "-", "The General Assembly,\n\n1. Calls upon States that have not yet done so to become parties to the 1961 Convention on Orchard Seeds;\n"),
    ("en", "2026-06-15", "-", "The Security Council,\n\n1. Decides to extend the mandate of the Special Envoy until 31 December 2027;\n"),
    ("en", "2026-06-15", "-", "The Council of Foreign Ministers,\n\n1. Requests the General Secretariat to implement the strategy for 2026-2030 in coordination with the subsidiary organs;\n"),
    ("en", "2026-06-15", "-", "The Council of Foreign Ministers,\n\nRecalling its resolution of 12 December 2025 on the Fund,\n\n1. Requests the General Secretariat to continue its efforts to mobilize resources for the Fund;\n"),
    ("en", "2026-06-15", "-", "The Security Council,\n\n1. Requests the Secretary-General to continue to support the Mission's logistics until 31 December 2027;\n"),
    ("en", "2026-06-15", "-", "The Assembly of the African Union,\n\n1. Requests the Commission to follow up the decisions of the 2024 Summit held in Addis Ababa;\n"),
    // ---- French: explicit days ----
    ("fr", "2026-06-15", "2027-03-31", "L'Assemblée générale,\n\nRappelant ses résolutions antérieures sur la pénurie d'eau,\n\n1. Prie le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution d'ici au 31 mars 2027 ;\n"),
    ("fr", "2026-06-15", "2027-07-01", "La Conférence générale,\n\n1. Prie la Directrice générale de soumettre, au plus tard le 1er juillet 2027, un rapport sur la mise en œuvre de la stratégie aux États membres ;\n"),
    // The four French cases below were expected by the English conventions when written
    // ("before D" is the day before; "by the end of 2027" its last day); corrected after the
    // first run to the French convention of docs/drafting.md, which the annotated French
    // texts follow: "avant le D" is due D; "avant la fin de 2027", "d'ici à la fin de juin
    // 2027" are that year or month (the same last day).
    ("fr", "2026-06-15", "2027-05-15", "Le Conseil exécutif,\n\n1. Invite les États membres à communiquer leurs observations sur le projet de lignes directrices au Secrétariat avant le 15 mai 2027 ;\n"),
    ("fr", "2026-06-15", "2027", "Le Conseil exécutif,\n\n1. Demande au Secrétariat d'achever l'étude sur les eaux souterraines avant la fin de 2027 ;\n"),
    ("fr", "2026-06-15", "2027-06", "Le Conseil des ministres,\n\n1. Demande à la Commission de finaliser le projet de statut du Centre d'ici à la fin de juin 2027 ;\n"),
    ("fr", "2026-06-15", "2027-03-31", "Le Conseil des ministres,\n\n1. Prie le Secrétariat général de préparer une étude sur le financement du Fonds au plus tard le 31 mars ;\n"),
    ("fr", "2026-06-15", "2026", "Le Conseil des ministres,\n\n1. Exhorte les États membres qui ne l'ont pas encore fait à verser leurs arriérés au Fonds de solidarité d'ici à la fin de l'année ;\n"),
    ("fr", "2026-06-15", "2027-06-30", "Le Conseil des ministres,\n\n1. Prie le Secrétariat général d'achever la feuille de route régionale au cours du premier semestre de 2027 ;\n"),
    ("fr", "2026-06-15", "2030", "L'Assemblée générale,\n\n1. Exhorte les États Membres à réduire de moitié la perte de terres arables d'ici à 2030 ;\n"),
    ("fr", "2026-06-15", "2027-06-30", "La Conférence des chefs d'État,\n\n1. Demande à la Commission de rendre opérationnelle la plateforme continentale d'alerte précoce d'ici à la mi-2027 ;\n"),
    ("fr", "2026-06-15", "2027-03-31", "Le Conseil des ministres,\n\n1. Prie le Secrétariat général d'organiser un atelier régional sur le dessalement au premier trimestre de 2027 ;\n"),
    ("fr", "2026-06-15", "¶2 2027-03-31", "Le Conseil de sécurité,\n\n1. Décide de proroger jusqu'au 31 mars 2027 le mandat du Groupe d'experts ;\n\n2. Prie le Groupe d'experts de lui remettre son rapport final avant la fin de son mandat ;\n"),
    ("fr", "2026-06-15", "2027-06-30", "Le Conseil des ministres,\n\n1. Le Secrétaire général est prié de présenter un rapport sur le programme d'action d'ici au 30 juin 2027.\n"),
    ("fr", "2026-06-15", "2027-03-01", "La Conférence générale,\n\n1. Prie la Directrice générale :\n\na) De présenter au Conseil exécutif, au plus tard le 1er mars 2027, un rapport sur l'état d'avancement du programme ;\n"),
    // ---- French: spans from adoption ----
    ("fr", "2026-06-15", "+90d", "Le Conseil de sécurité,\n\n1. Prie le Secrétaire général de lui faire rapport sur la situation dans un délai de 90 jours ;\n"),
    ("fr", "2026-06-15", "+6m", "Le Conseil de sécurité,\n\n1. Prie le Secrétaire général de lui présenter des options pour un mécanisme de surveillance dans les six mois suivant l'adoption de la présente résolution ;\n"),
    ("fr", "2026-06-15", "+1y", "La Conférence des chefs d'État,\n\n1. Demande à la Commission de soumettre une étude de faisabilité sur le fonds continental dans un délai d'un an ;\n"),
    ("fr", "2026-06-15", "+60d", "Le Conseil de sécurité,\n\n1. Prie le Secrétaire général de présenter des recommandations sur le dispositif de la force au plus tard 60 jours après l'adoption de la présente résolution ;\n"),
    ("fr", "2026-06-15", "+30d", "Le Conseil de sécurité,\n\n1. Prie le Secrétaire général de nommer un envoyé spécial pour la région dans les 30 jours ;\n"),
    ("fr", "2026-06-15", "+120d", "Le Conseil de sécurité,\n\n1. Prie le Secrétaire général, dans un délai de 120 jours, de lui présenter un rapport sur l'application de la présente résolution ;\n"),
    ("fr", "2026-06-15", "+3m", "Le Conseil des ministres,\n\n1. Le Secrétariat général est prié de diffuser le projet d'accord aux États membres dans un délai de trois mois.\n"),
    // ---- French: sessions ----
    ("fr", "2025-12-15", "in:2026-09..2027-09", "L'Assemblée générale,\n\n1. Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur l'application de la présente résolution ;\n"),
    ("fr", "2025-12-15", "in:2026-09..2027-09", "L'Assemblée générale,\n\n1. Décide d'inscrire à l'ordre du jour provisoire de sa quatre-vingt-unième session la question intitulée « L'eau et l'assainissement » ;\n"),
    ("fr", "2026-12-10", "in:2027-09..2028-09", "L'Assemblée générale,\n\n1. Prie le Secrétaire général de lui faire rapport à sa prochaine session sur l'application de la présente résolution ;\n"),
    ("fr", "2026-04-03", "in:2027-02..2027-04", "Le Conseil des droits de l'homme,\n\n1. Prie le Rapporteur spécial de lui présenter un rapport sur le droit à l'eau à sa soixante-quatrième session ;\n"),
    ("fr", "2026-06-15", "event", "Le Conseil exécutif,\n\n1. Prie le Directeur général de lui rendre compte de la mise en œuvre de la présente décision à sa prochaine session ;\n"),
    ("fr", "2026-06-15", "event", "Le Conseil des ministres des affaires étrangères,\n\n1. Prie le Secrétaire général de présenter un rapport sur la question à la 52e session du Conseil des ministres des affaires étrangères ;\n"),
    // ---- French: recurring ----
    ("fr", "2026-06-15", "every:3 months", "Le Conseil de sécurité,\n\n1. Prie le Secrétaire général de lui faire rapport tous les trois mois sur l'application de la présente résolution ;\n"),
    ("fr", "2026-06-15", "every:1 year", "Le Conseil des ministres,\n\n1. Prie le Secrétaire général de présenter chaque année un rapport sur les activités du Fonds ;\n"),
    ("fr", "2026-06-15", "every:2 years", "L'Assemblée générale,\n\n1. Prie le Secrétaire général de lui faire rapport tous les deux ans sur l'état de la Convention ;\n"),
    ("fr", "2026-06-15", "every:6 months", "Le Conseil de paix et de sécurité,\n\n1. Demande à la Commission d'informer le Conseil deux fois par an de la mise en œuvre de l'accord de paix ;\n"),
    ("fr", "2026-06-15", "every:1 year", "Le Conseil exécutif,\n\n1. Prie le Directeur général de lui présenter annuellement un rapport sur le programme ;\n"),
    // ---- French: near misses (no deadline) ----
    ("fr", "2026-06-15", "-", "L'Assemblée générale,\n\n1. Prie le Secrétaire général de poursuivre l'assistance fournie à la région depuis 2019 ;\n"),
    ("fr", "2026-06-15", "-", "L'Assemblée générale,\n\n1. Demande à toutes les parties d'appliquer pleinement la résolution 80/12 adoptée le 5 mai 2025 ;\n"),
    ("fr", "2026-06-15", "-", "L'Assemblée générale,\n\n1. Exhorte les États Membres à redoubler d'efforts pour mettre en œuvre le Programme de développement durable à l'horizon 2030 ;\n"),
    ("fr", "2026-06-15", "-", "L'Assemblée générale,\n\n1. Invite les États qui ne l'ont pas encore fait à devenir parties à la Convention de 1961 sur les semences des vergers ;\n"),
    ("fr", "2026-06-15", "-", "Le Conseil de sécurité,\n\n1. Décide de proroger jusqu'au 31 décembre 2027 le mandat de l'Envoyé spécial ;\n"),
    ("fr", "2026-06-15", "-", "Le Conseil des ministres,\n\n1. Prie le Secrétariat général de mettre en œuvre la stratégie 2026-2030 en coordination avec les organes subsidiaires ;\n"),
    // ---- Arabic: explicit days ----
    ("ar", "2026-06-15", "2027-03-31", "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة بشأن ندرة المياه،\n\n1 - تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار في موعد أقصاه 31 آذار/مارس 2027؛\n"),
    ("ar", "2026-06-15", "2027-03-31", "إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار في موعد أقصاه ٣١ آذار/مارس ٢٠٢٧؛\n"),
    ("ar", "2026-06-15", "2027-12-31", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمانة العامة إنجاز الدراسة المتعلقة بالمياه الجوفية قبل نهاية عام 2027؛\n"),
    ("ar", "2026-06-15", "2027-12-31", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمين العام، قبل نهاية عام 2027، عقد اجتماع لفريق الخبراء الحكومي؛\n"),
    ("ar", "2026-06-15", "2027-07-01", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمانة العامة تقديم تقرير عن برنامج العمل في موعد أقصاه 1 يوليو 2027؛\n"),
    ("ar", "2026-06-15", "2027-07-01", "إن مجلس الجامعة،\n\n1 - يطلب من الأمانة العامة تقديم تقرير عن برنامج العمل في موعد لا يتجاوز 1 تموز 2027؛\n"),
    ("ar", "2026-06-15", "2027-02-22", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمين العام تقديم مشروع النظام الأساسي للمركز في موعد أقصاه 15 رمضان 1448هـ الموافق 22 فبراير 2027م؛\n"),
    ("ar", "2026-06-15", "2027-06-30", "إن مجلس الجامعة،\n\n1 - يكلف الأمانة العامة بإعداد خارطة الطريق الإقليمية بحلول نهاية حزيران/يونيه 2027؛\n"),
    ("ar", "2026-06-15", "2030", "إن الجمعية العامة،\n\n1 - تحث الدول الأعضاء على خفض فقدان الأراضي الصالحة للزراعة إلى النصف بحلول عام 2030؛\n"),
    ("ar", "2026-06-15", "2027-06-30", "إن مجلس الجامعة،\n\n1 - يطلب من الأمانة العامة تشغيل منصة الإنذار المبكر بحلول منتصف عام 2027؛\n"),
    ("ar", "2026-06-15", "2027-06-30", "إن مجلس وزراء الخارجية،\n\n1 - يُطلب من الأمانة العامة تقديم تقرير مرحلي عن برنامج العمل في موعد أقصاه 30 حزيران/يونيه 2027.\n"),
    ("ar", "2026-06-15", "2026-12-31", "إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام ما يلي:\n\n(أ) أن يقدم تقريرا عن احتياجات اللاجئين في موعد أقصاه 31 كانون الأول/ديسمبر 2026؛\n"),
    // ---- Arabic: spans from adoption ----
    ("ar", "2026-06-15", "+90d", "إن مجلس الأمن،\n\n1 - يطلب إلى الأمين العام أن يقدم تقريرا إلى المجلس عن الحالة في غضون 90 يوما؛\n"),
    ("ar", "2026-06-15", "+6m", "إن مجلس الأمن،\n\n1 - يطلب إلى الأمين العام أن يقدم خيارات لآلية الرصد خلال ستة أشهر من تاريخ اتخاذ هذا القرار؛\n"),
    ("ar", "2026-06-15", "+1y", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمانة العامة إعداد دراسة جدوى عن الصندوق في غضون سنة واحدة؛\n"),
    ("ar", "2026-06-15", "+30d", "إن مجلس الأمن،\n\n1 - يطلب إلى الأمين العام أن يعين مبعوثا خاصا للمنطقة في غضون 30 يوما من تاريخ اتخاذ هذا القرار؛\n"),
    ("ar", "2026-06-15", "+3m", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمانة العامة تعميم مشروع الاتفاق على الدول الأعضاء خلال ثلاثة أشهر؛\n"),
    ("ar", "2026-06-15", "+60d", "إن مجلس الأمن،\n\n1 - يطلب إلى الأمين العام أن يقدم توصيات بشأن وضع القوة في موعد أقصاه 60 يوما بعد اتخاذ هذا القرار؛\n"),
    ("ar", "2026-06-15", "+90d", "إن مجلس الأمن،\n\n1 - يطلب إلى الأمين العام أن يقدم تقريرا إلى المجلس عن الحالة في غضون ٩٠ يوما؛\n"),
    // ---- Arabic: sessions ----
    ("ar", "2025-12-15", "in:2026-09..2027-09", "إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها في دورتها الحادية والثمانين تقريرا عن تنفيذ هذا القرار؛\n"),
    ("ar", "2026-12-10", "in:2027-09..2028-09", "إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها في دورتها المقبلة تقريرا عن تنفيذ هذا القرار؛\n"),
    ("ar", "2026-04-03", "in:2027-02..2027-04", "إن مجلس حقوق الإنسان،\n\n1 - يطلب إلى المقرر الخاص أن يقدم تقريرا عن الحق في المياه إلى المجلس في دورته الرابعة والستين؛\n"),
    ("ar", "2026-06-15", "event", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة الحادية والخمسين لمجلس وزراء الخارجية؛\n"),
    ("ar", "2026-06-15", "event", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمين العام متابعة هذا الموضوع وتقديم تقرير بشأنه إلى دورته المقبلة؛\n"),
    // ---- Arabic: recurring ----
    ("ar", "2026-06-15", "every:3 months", "إن مجلس الأمن،\n\n1 - يطلب إلى الأمين العام أن يقدم تقريرا إلى المجلس كل ثلاثة أشهر عن تنفيذ هذا القرار؛\n"),
    ("ar", "2026-06-15", "every:1 year", "إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها سنويا تقريرا عن أنشطة الصندوق؛\n"),
    ("ar", "2026-06-15", "every:6 months", "إن مجلس الأمن،\n\n1 - يطلب إلى الأمين العام أن يقدم إلى المجلس كل ستة أشهر تقريرا عن أعمال البعثة؛\n"),
    ("ar", "2026-06-15", "every:2 years", "إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها كل سنتين تقريرا عن حالة الاتفاقية؛\n"),
    ("ar", "2026-06-15", "every:6 months", "إن مجلس الجامعة،\n\n1 - يطلب من الأمانة العامة إطلاع المجلس مرتين في السنة على تنفيذ اتفاق السلام؛\n"),
    // ---- Arabic: near misses (no deadline) ----
    ("ar", "2026-06-15", "-", "إن الجمعية العامة،\n\n1 - تطلب إلى الأمين العام مواصلة تقديم المساعدة المقدمة إلى المنطقة منذ عام 2019؛\n"),
    ("ar", "2026-06-15", "-", "إن الجمعية العامة،\n\n1 - تهيب بجميع الأطراف أن تنفذ تنفيذا تاما القرار 80/12 المعتمد في 5 أيار/مايو 2025؛\n"),
    ("ar", "2026-06-15", "-", "إن الجمعية العامة،\n\n1 - تحث الدول الأعضاء على تكثيف جهودها لتنفيذ خطة التنمية المستدامة لعام 2030؛\n"),
    ("ar", "2026-06-15", "-", "إن الجمعية العامة،\n\n1 - تهيب بالدول التي لم تنضم بعد إلى اتفاقية عام 1951 الخاصة بوضع اللاجئين أن تنظر في الانضمام إليها؛\n"),
    ("ar", "2026-06-15", "-", "إن مجلس الأمن،\n\n1 - يقرر تمديد ولاية البعثة حتى 31 كانون الأول/ديسمبر 2027؛\n"),
    ("ar", "2026-06-15", "-", "إن مجلس وزراء الخارجية،\n\n1 - يطلب من الأمانة العامة تنفيذ الاستراتيجية 2026-2030 بالتنسيق مع الأجهزة المتفرعة؛\n"),
];
