//! A second composed coverage grid for the drafter's deadlines: the phrasings of
//! communiqués, press releases and news reports about decisions (past tense and reported
//! speech, ultimatums, "until D to", spans "within the next two weeks", "by the end of this
//! month", "next week", a weekday, "at its next summit in Nairobi in March", meetings
//! "scheduled for D", an undated end or event "before the end of the transition", "ahead of
//! the 2027 elections"), in English, French and Arabic, with near misses (a dateline that is
//! the adoption day, the date of a past event in the same sentence, "since March", vague
//! times "in the coming days"). Every case was written, with its expected window, before the
//! drafter ran on it; none is a sentence of a real text. The cases and their notation are
//! those of `tests_grid_deadlines` (its module comment); the conventions chosen where the
//! project had none are in docs/drafting-log.md ("A composed grid of deadlines in news
//! phrasings"):
//! - a weekday ("on Monday", "lundi prochain", "يوم الاثنين المقبل") is the first such day
//!   after the adoption (a week on when the adoption fell on it);
//! - "next week" ("la semaine prochaine", "الأسبوع المقبل") is the calendar week (Monday to
//!   Sunday) after the adoption's, dated by its last day, as a week of a month is;
//! - "N hours" end on the day they end in (72 hours: the third day after adoption);
//! - "the end of this / next month" is that month's last day in English and Arabic, that
//!   month in French (the French convention of the end of a period);
//! - vague times ("in the coming days", "immediately", "soon") give no deadline.

use crate::tests::grid_common::assert_whole;
use crate::tests::grid_deadlines::{Case, run};

#[test]
fn grid_deadlines_news() {
    let grid = "grid deadlines news";
    assert_whole(grid, &run(grid, GRID));
}

/// Known misses: cases of the grid the rules do not meet yet, each with why; all are
/// requests not read (recall), whose deadline phrase is read where the request is. Not
/// counted as passing: `cargo test -p oic-draft grid_deadlines_news_known_misses --
/// --ignored --nocapture` runs them.
#[rustfmt::skip]
const KNOWN_MISSES: &[Case] = &[
    // Reported speech in the past perfect ("the communiqué said the Council had requested X
    // to"): the request is not read (recall, not the deadline: "within 30 days" is read).
    ("en", "2026-06-12", "+30d", "The Peace and Security Council met on Friday.\n\nThe communiqué said the Council had requested the Commission to deploy an assessment mission within 30 days.\n"),
    // "Agrees to undertake a field mission ..." in a communiqué's numbered list: the body's
    // own undertaking after "Agrees to" is not drafted ("Decides to undertake" is).
    ("en", "2026-06-12", "2026-07-31", "COMMUNIQUÉ\n\nThe Peace and Security Council of the African Union, at its 1300th meeting held on 12 June 2026, adopted the following decision:\n\nCouncil,\n\n1. Takes note of the briefing by the Commission;\n\n2. Agrees to undertake a field mission to the region before the end of July 2026;\n"),
    // "Les ministres ont convenu de se retrouver ...": the body's own meeting agreed in
    // French is not drafted ("lundi prochain" is read).
    ("fr", "2026-06-12", "2026-06-15", "Le Conseil des ministres s'est réuni vendredi à Djeddah.\n\nLes ministres ont convenu de se retrouver lundi prochain pour finaliser la déclaration.\n"),
    // "منح X مهلة 72 ساعة للانسحاب": the grant rule (`ar::time_granted`) takes no act
    // opening with "لل" (to keep "للمجلس" out), so "للانسحاب" is not its act.
    ("ar", "2026-06-12", "+3d", "عقد مجلس السلم والأمن الأفريقي جلسة طارئة.\n\nومنح المجلس الجماعات المسلحة مهلة 72 ساعة للانسحاب من العاصمة.\n"),
    // "اتفق الوزراء على الاجتماع مجددا ...": the body's own meeting agreed in Arabic is not
    // drafted ("يوم الاثنين المقبل" and "في فبراير 2027" are read).
    ("ar", "2026-06-12", "2026-06-15", "عقد مجلس وزراء الخارجية اجتماعه يوم الجمعة في جدة.\n\nواتفق الوزراء على الاجتماع مجددا يوم الاثنين المقبل لوضع اللمسات الأخيرة على الإعلان.\n"),
    ("ar", "2026-06-12", "2027-02", "اختتم المجلس التنفيذي للاتحاد الأفريقي دورته في مالابو.\n\nواتفق الوزراء على الاجتماع مجددا في أديس أبابا في فبراير 2027 لتقييم التقدم المحرز.\n"),
    // "حددت القمة مهلة ستة أشهر للمجلس العسكري لـ ...": a time set, whom after the span,
    // is not read as a request.
    ("ar", "2026-06-12", "+6m", "اجتمعت هيئة رؤساء دول وحكومات الإيكواس في أكرا.\n\nوحددت القمة مهلة ستة أشهر للمجلس العسكري لتنظيم الانتخابات.\n"),
];

#[test]
#[ignore]
fn grid_deadlines_news_known_misses() {
    let grid = "grid deadlines news known misses";
    assert_whole(grid, &run(grid, KNOWN_MISSES));
}

/// The grid: English, then French, then Arabic. Adoption 2026-06-12 is a Friday, 2026-06-15
/// a Monday, 2026-06-16 a Tuesday.
#[rustfmt::skip]
const GRID: &[Case] = &[
    // ---- English: meetings ----
    ("en", "2026-06-12", "event", "ADDIS ABABA, 12 June 2026 – The Assembly of the African Union directed the Commission to submit a report on the continental free trade area to its next ordinary session.\n"),
    ("en", "2026-06-12", "event", "The Assembly of the African Union concluded its mid-year meeting on Friday.\n\nThe Summit directed the Commission to submit by the next ordinary session a report on the financing of the Union.\n"),
    ("en", "2026-06-12", "2027-02", "The Executive Council of the African Union ended its session in Malabo.\n\nForeign ministers agreed to meet again in Addis Ababa in February 2027 to review progress on the institutional reform.\n"),
    ("en", "2026-06-12", "2027-03", "IGAD's Authority of Heads of State and Government met in Djibouti.\n\nThe leaders agreed to review the matter at their next summit in Nairobi in March.\n"),
    ("en", "2026-03-10", "2026-05-15", "The Peace and Security Council met on the situation in the Sahel.\n\nThe Council requested the Commission to present its findings to the extraordinary session scheduled for 15 May.\n"),
    ("en", "2026-03-10", "2026-05-14", "The Peace and Security Council met on the situation in the Sahel.\n\nThe Council directed the Commission to convene a meeting of the Panel of the Wise before the extraordinary session scheduled for 15 May.\n"),
    ("en", "2026-06-12", "2026-07-20", "ABUJA, 12 June 2026 – The Heads of State and Government of ECOWAS decided to hold an extraordinary summit in Accra on 20 July to review the transition.\n"),
    ("en", "2026-06-12", "event", "The Council of Ministers of the League of Arab States met in Cairo on Friday.\n\nThe ministers asked the Secretariat to present the draft regional strategy to the upcoming Arab Summit.\n"),
    ("en", "2026-06-12", "2027-02", "ADDIS ABABA, 12 June 2026 – The Peace and Security Council has requested the Commission to submit a report to the next ordinary session of the Assembly in February 2027.\n"),
    // ---- English: ultimatums and "until D to" ----
    ("en", "2026-06-12", "2027-03-31", "The ECOWAS Authority held an extraordinary summit on the crisis in Abuja.\n\nThe leaders gave the junta until 31 March to hand power back to civilians.\n"),
    ("en", "2026-06-12", "2027-03-31", "The ECOWAS Authority held an extraordinary summit on the crisis in Abuja.\n\nECOWAS leaders gave the military authorities until 31 March 2027 to release the detained president.\n"),
    ("en", "2026-06-12", "+3d", "The African Union Peace and Security Council met in emergency session.\n\nThe Council issued a 72-hour ultimatum to the armed groups to withdraw from the capital.\n"),
    ("en", "2026-06-12", "+15d", "The Peace and Security Council met in emergency session.\n\nThe Council gave the military authorities a 15-day ultimatum to restore constitutional order.\n"),
    ("en", "2026-06-12", "+30d", "The ECOWAS Authority met in Accra.\n\nThe leaders gave the transitional authorities 30 days to submit a timetable for the elections.\n"),
    ("en", "2026-06-12", "2026-06-30", "The Peace and Security Council met on Friday.\n\nThe Council gave the parties until the end of the month to sign the ceasefire agreement.\n"),
    ("en", "2026-06-12", "2026-12-31", "The Peace and Security Council, which suspended the country after the coup of 5 September 2025, gave the junta until 31 December 2026 to restore constitutional order.\n"),
    ("en", "2026-06-12", "+2d", "The Peace and Security Council met in emergency session.\n\nThe Council demanded that the junta release the president, detained since 26 July, within 48 hours.\n"),
    // ---- English: spans ----
    ("en", "2026-06-12", "+14d", "The Peace and Security Council met on the situation in the region.\n\nThe Council urged the parties to conclude the negotiations within the next two weeks.\n"),
    ("en", "2026-06-12", "+14d", "The Council of Ministers met in Jeddah.\n\nThe ministers called on the contact group to present its proposals within a fortnight.\n"),
    ("en", "2026-06-12", "+14d", "The Peace and Security Council met on the situation in the region.\n\nThe Council asked the Commission to deploy a fact-finding mission in two weeks' time.\n"),
    ("en", "2026-06-12", "+10d", "The Peace and Security Council met on the situation in the region.\n\nThe Council called on the parties to sign the agreement within the next 10 days.\n"),
    ("en", "2026-06-16", "+30d", "The Security Council on Tuesday asked the Secretary-General to report back within 30 days on the situation in the border area.\n"),
    ("en", "2026-06-12", "+3m", "The Assembly of the African Union closed its session on Friday.\n\nThe summit instructed the Commission to report back within three months on the reform of the Fund.\n"),
    ("en", "2026-06-12", "+60d", "PRESS RELEASE\n\nThe Peace and Security Council, at its meeting held on 12 June 2026, requested the Commission to submit a progress report within sixty (60) days.\n"),
    // ---- English: ends of periods, weeks and days ----
    ("en", "2026-06-12", "2026-06-30", "The Executive Council met in Jeddah on Friday.\n\nThe Council directed the Secretariat to circulate the draft rules to member states by the end of this month.\n"),
    ("en", "2026-06-12", "2026-07-31", "The Executive Council met in Jeddah on Friday.\n\nThe Council directed the Secretariat to circulate the draft rules to member states by the end of next month.\n"),
    ("en", "2026-06-12", "2026-12-31", "The Executive Council met in Jeddah on Friday.\n\nThe Council directed the Secretariat to circulate the draft rules to member states by the end of this year.\n"),
    ("en", "2026-06-12", "2027-12-31", "The Executive Council met in Jeddah on Friday.\n\nMinisters tasked the Secretariat with preparing a draft statute by the end of next year.\n"),
    ("en", "2026-06-12", "2027-06-30", "The Council of Ministers met in Jeddah on Friday.\n\nThe ministers agreed to convene a donors' conference in the first half of next year.\n"),
    ("en", "2026-06-12", "2026-09-30", "The Council of Ministers met in Jeddah on Friday.\n\nMinisters tasked the Secretariat with preparing a draft road map by the end of September.\n"),
    ("en", "2026-06-12", "2026-12-31", "The Council of Ministers met in Jeddah on Friday.\n\nThe ministers agreed to meet again before the end of the year to assess progress.\n"),
    ("en", "2026-06-12", "2026-06-21", "The Peace and Security Council met on Friday.\n\nThe Council requested the Chairperson of the Commission to brief it next week on the outcome of the mission.\n"),
    ("en", "2026-06-12", "2026-06-15", "The Council of Ministers met in Jeddah on Friday.\n\nThe ministers agreed to reconvene on Monday to finalise the declaration.\n"),
    ("en", "2026-06-15", "2026-06-22", "The Council of Ministers met in Jeddah on Monday.\n\nThe ministers agreed to meet again next Monday to finalise the declaration.\n"),
    ("en", "2026-06-15", "2026-06-19", "The Security Council on Monday demanded that the rebels withdraw from the town by Friday.\n"),
    ("en", "2026-06-12", "2026-07-20", "The Peace and Security Council met on Friday.\n\nThe Council urged the parties to complete the disengagement of forces by mid-July.\n"),
    // ---- English: dates with weekdays, dates before the actor, lettered items ----
    ("en", "2026-06-12", "2026-07-31", "The Council of Ministers met in Jeddah on Friday.\n\nThe ministers requested member states to submit their nominations by Friday, 31 July 2026.\n"),
    ("en", "2026-06-12", "2026-07-06", "The Council of Ministers met in Jeddah on Friday.\n\nThe ministers requested the Secretariat to circulate the draft text no later than Monday, 6 July.\n"),
    ("en", "2026-06-12", "2026-09-30", "The Council of Ministers met in Jeddah on Friday.\n\nBy 30 September 2026, the Secretariat is requested to circulate the draft agreement to member states.\n"),
    ("en", "2026-06-12", "2026-07-15", "The Council of Ministers met in Jeddah on Friday.\n\nThe statement said member states were requested to submit their nominations by 15 July.\n"),
    ("en", "2026-06-12", "2026-09-01", "ABUJA, 12 June 2026 – The Authority, recalling its decision of 10 December 2025, directed the ECOWAS Commission to deploy the standby force by 1 September 2026.\n"),
    ("en", "2026-06-12", "+30d", "COMMUNIQUÉ\n\nThe Peace and Security Council, at its 1300th meeting held on 12 June 2026, adopted the following decision:\n\nCouncil,\n\n1. REQUESTS the Commission to submit a report on the implementation of this communiqué within thirty (30) days;\n"),
    ("en", "2026-06-12", "every:3 months", "COMMUNIQUÉ\n\nThe Peace and Security Council, at its 1300th meeting held on 12 June 2026, adopted the following decision:\n\nCouncil,\n\n1. REQUESTS the Chairperson of the Commission to submit a report on the situation every three months;\n"),
    ("en", "2026-06-12", "2027-02", "COMMUNIQUÉ\n\nThe Peace and Security Council, at its 1300th meeting held on 12 June 2026, adopted the following decision:\n\nCouncil,\n\n1. DIRECTS the Commission to submit a report to the next Ordinary Session of the Assembly in February 2027;\n"),
    ("en", "2026-06-12", "2026-08-31", "FINAL COMMUNIQUÉ\n\nThe Summit:\n\n(a) directed the Commission to finalise the draft protocol by 31 August 2026;\n"),
    // ---- English: undated ends and events ----
    ("en", "2026-06-12", "event", "The Peace and Security Council met on the transition.\n\nThe Council called on the transitional authorities to organise free elections before the end of the transition.\n"),
    ("en", "2026-06-12", "event", "The Peace and Security Council met on the transition.\n\nThe Council urged the electoral commission to publish the final voters' register ahead of the 2027 elections.\n"),
    // ---- English: near misses (no deadline) ----
    ("en", "2026-06-12", "-", "NIAMEY, 12 June 2026 (News Agency) – The Authority urged member states to contribute troops to the standby force.\n"),
    ("en", "2026-02-10", "-", "The Summit, held on 10 February 2026 in Addis Ababa, urged member states to ratify the protocol on free movement.\n"),
    ("en", "2026-06-12", "-", "The Peace and Security Council met on Friday.\n\nThe Council urged the authorities to release all those detained since March.\n"),
    ("en", "2026-06-04", "-", "The ministers, who met in Rabat on 3 and 4 June, urged member states to ratify the Convention on maritime cooperation.\n"),
    ("en", "2026-06-12", "-", "The Peace and Security Council met on Friday.\n\nThe Council welcomed the elections held on 12 April and urged the new authorities to form an inclusive government.\n"),
    ("en", "2026-06-12", "-", "The Peace and Security Council met on Friday.\n\nThe Council urged the parties to resume the talks in the coming days.\n"),
    ("en", "2026-06-12", "-", "The Peace and Security Council met on Friday.\n\nThe Council urged the government to lift the state of emergency immediately.\n"),
    ("en", "2026-06-12", "-", "The Council of Ministers met in Jeddah on Friday.\n\nThe ministers urged donors to release the pledged funds before the rainy season.\n"),
    // ---- French ----
    ("fr", "2026-06-12", "2027-03-31", "La Conférence des chefs d'État de la CEDEAO s'est réunie à Abuja.\n\nLes dirigeants ont donné jusqu'au 31 mars à la junte pour rendre le pouvoir aux civils.\n"),
    ("fr", "2026-06-12", "+3d", "Le Conseil de paix et de sécurité s'est réuni en session d'urgence.\n\nLe Conseil a lancé un ultimatum de 72 heures aux groupes armés pour se retirer de la capitale.\n"),
    ("fr", "2026-06-12", "+3d", "Le Conseil de paix et de sécurité s'est réuni en session d'urgence.\n\nLe Conseil a exigé que les groupes armés se retirent de la ville dans les 72 heures.\n"),
    ("fr", "2026-06-12", "2026-06", "Le Conseil exécutif s'est réuni vendredi à Djeddah.\n\nLe Conseil a demandé à la Commission de soumettre son rapport d'ici la fin du mois.\n"),
    ("fr", "2026-06-12", "2026-07", "Le Conseil exécutif s'est réuni vendredi à Djeddah.\n\nLe Conseil a demandé à la Commission de soumettre son rapport d'ici la fin du mois prochain.\n"),
    ("fr", "2026-06-12", "2026", "Le Conseil exécutif s'est réuni vendredi à Djeddah.\n\nLe Conseil a chargé le Secrétariat de diffuser le projet de règlement d'ici la fin de l'année.\n"),
    ("fr", "2026-06-12", "2027-02", "La Conférence de l'Union africaine a clos ses travaux vendredi.\n\nLes chefs d'État ont chargé la Commission de présenter un rapport lors de leur prochain sommet prévu en février 2027 à Addis-Abeba.\n"),
    ("fr", "2026-06-12", "2027-02", "Le Conseil exécutif de l'Union africaine a clos sa session à Malabo.\n\nLes ministres ont décidé de se réunir à nouveau à Addis-Abeba en février 2027 pour évaluer les progrès.\n"),
    ("fr", "2026-06-12", "+6m", "La Conférence des chefs d'État de la CEDEAO s'est réunie à Accra.\n\nLa Conférence a fixé un délai de six mois à la junte pour organiser des élections.\n"),
    ("fr", "2026-06-12", "+14d", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe Conseil a appelé les parties à conclure un accord au cours des deux prochaines semaines.\n"),
    ("fr", "2026-06-12", "+14d", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe Conseil a accordé un délai de deux semaines aux parties pour signer l'accord.\n"),
    ("fr", "2026-06-12", "+15d", "Le Conseil des ministres s'est réuni vendredi.\n\nLes ministres ont demandé au groupe de contact de présenter ses propositions dans un délai de quinze jours.\n"),
    ("fr", "2026-06-12", "+30d", "La Conférence des chefs d'État de la CEDEAO s'est réunie à Accra.\n\nLes dirigeants ont donné aux autorités de transition 30 jours pour présenter un chronogramme électoral.\n"),
    ("fr", "2026-06-12", "+30d", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe communiqué indique que le Conseil a demandé à la Commission de déployer une mission d'évaluation dans un délai de 30 jours.\n"),
    ("fr", "2026-06-12", "+2d", "Le Conseil de paix et de sécurité s'est réuni en session d'urgence.\n\nLe Conseil a demandé à la junte de libérer le président, détenu depuis le 26 juillet, dans les 48 heures.\n"),
    ("fr", "2026-06-12", "2026-06-21", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe Conseil a demandé à la Commission de lui faire rapport la semaine prochaine sur les résultats de la mission.\n"),
    ("fr", "2026-03-10", "2026-05-15", "Le Conseil de paix et de sécurité s'est réuni sur la situation au Sahel.\n\nLe Conseil a demandé à la Commission de présenter ses conclusions à la session extraordinaire prévue le 15 mai.\n"),
    ("fr", "2026-06-12", "2026-07-31", "Le Conseil des ministres s'est réuni vendredi à Djeddah.\n\nLes ministres ont invité les États membres à soumettre leurs candidatures au plus tard le vendredi 31 juillet 2026.\n"),
    ("fr", "2026-06-12", "2026-07-20", "ABUJA, 12 juin 2026 – La Conférence des chefs d'État de la CEDEAO a décidé de tenir un sommet extraordinaire à Abuja le 20 juillet pour évaluer la transition.\n"),
    ("fr", "2026-06-12", "2026-09-30", "Le Conseil des ministres s'est réuni vendredi à Djeddah.\n\nD'ici au 30 septembre 2026, le Secrétariat général est prié de diffuser le projet d'accord aux États membres.\n"),
    ("fr", "2026-06-12", "every:3 months", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe Conseil a demandé à la Commission de lui faire rapport tous les trois mois sur la situation.\n"),
    ("fr", "2026-06-12", "event", "Le Conseil de paix et de sécurité s'est réuni sur la transition.\n\nLe Conseil a invité les autorités de transition à organiser des élections libres avant la fin de la transition.\n"),
    ("fr", "2026-06-12", "event", "Le Conseil de paix et de sécurité s'est réuni sur la transition.\n\nLe Conseil a exhorté la commission électorale à publier la liste électorale définitive avant les élections de 2027.\n"),
    ("fr", "2026-06-12", "event", "COMMUNIQUÉ FINAL\n\nLa Conférence a instruit la Commission de lui soumettre un rapport sur le financement de l'Union à sa prochaine session ordinaire.\n"),
    // ---- French: near misses (no deadline) ----
    ("fr", "2026-06-12", "-", "NIAMEY, 12 juin 2026 (Agence de presse) – La Conférence a exhorté les États membres à fournir des troupes à la force en attente.\n"),
    ("fr", "2026-06-12", "-", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe Conseil a demandé aux autorités de libérer toutes les personnes détenues depuis mars.\n"),
    ("fr", "2026-02-10", "-", "Le sommet, tenu le 10 février 2026 à Addis-Abeba, a exhorté les États membres à ratifier le protocole sur la libre circulation.\n"),
    ("fr", "2026-06-12", "-", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe Conseil a demandé au gouvernement de lever l'état d'urgence dans les prochains jours.\n"),
    ("fr", "2026-06-12", "-", "Le Conseil de paix et de sécurité s'est réuni vendredi.\n\nLe Conseil a salué les élections tenues le 12 avril et a exhorté les nouvelles autorités à former un gouvernement inclusif.\n"),
    // ---- Arabic ----
    ("ar", "2026-06-12", "2026-06-30", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nوأمهل المجلس الأطراف حتى نهاية الشهر الجاري للتوقيع على اتفاق وقف إطلاق النار.\n"),
    ("ar", "2026-06-12", "2026-07-31", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nوأمهل المجلس الأطراف حتى نهاية الشهر المقبل للتوقيع على اتفاق وقف إطلاق النار.\n"),
    ("ar", "2026-06-12", "+14d", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nودعا المجلس الأطراف إلى استئناف المفاوضات خلال الأسبوعين المقبلين.\n"),
    ("ar", "2026-06-12", "+14d", "عقد مجلس الجامعة اجتماعه يوم الجمعة.\n\nوطلب المجلس من الأمانة العامة تقديم مقترحاتها في غضون أسبوعين.\n"),
    ("ar", "2026-06-12", "2027-03", "اختتمت قمة الإيغاد أعمالها في جيبوتي.\n\nوكلف القادة الأمانة التنفيذية بتقديم تقرير في قمتهم المقبلة المقرر عقدها في نيروبي في مارس 2027.\n"),
    ("ar", "2026-06-12", "2026-06-21", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nوطلب المجلس من المفوضية إحاطته الأسبوع المقبل بنتائج البعثة.\n"),
    ("ar", "2026-06-12", "2026-12-31", "عقد مجلس وزراء الخارجية اجتماعه يوم الجمعة في جدة.\n\nوكلف المجلس الأمانة العامة بتعميم مشروع القواعد على الدول الأعضاء قبل نهاية العام الجاري.\n"),
    ("ar", "2026-06-12", "+30d", "اجتمعت هيئة رؤساء دول وحكومات الإيكواس في أكرا.\n\nومنح القادة السلطات الانتقالية مهلة 30 يوما لتقديم جدول زمني للانتخابات.\n"),
    ("ar", "2026-06-12", "2027-03-31", "اجتمعت هيئة رؤساء دول وحكومات الإيكواس في أبوجا.\n\nوأمهل القادة المجلس العسكري حتى 31 مارس لتسليم السلطة إلى المدنيين.\n"),
    ("ar", "2026-03-10", "2026-05-15", "عقد مجلس السلم والأمن اجتماعا بشأن الوضع في الساحل.\n\nوطلب المجلس من المفوضية تقديم نتائجها إلى الدورة الاستثنائية المقرر عقدها في 15 مايو.\n"),
    ("ar", "2026-06-12", "2026-07-31", "عقد مجلس وزراء الخارجية اجتماعه يوم الجمعة في جدة.\n\nوطلب المجلس من الدول الأعضاء تقديم ترشيحاتها في موعد أقصاه يوم الجمعة 31 يوليو 2026.\n"),
    ("ar", "2026-06-12", "every:3 months", "عقد مجلس الأمن اجتماعه يوم الجمعة.\n\nوطلب المجلس من الأمين العام تقديم تقرير كل ثلاثة أشهر عن الوضع في المنطقة.\n"),
    ("ar", "2026-06-12", "2026-07-20", "أبوجا، 12 يونيو 2026 - قررت هيئة رؤساء دول وحكومات الإيكواس عقد قمة استثنائية في أبوجا يوم 20 يوليو لتقييم المرحلة الانتقالية.\n"),
    ("ar", "2026-06-12", "+2d", "عقد مجلس السلم والأمن جلسة طارئة.\n\nوطالب المجلس المجلس العسكري بالإفراج عن الرئيس المحتجز منذ 26 يوليو خلال 48 ساعة.\n"),
    ("ar", "2026-06-12", "+30d", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nوقال البيان إن المجلس طلب من المفوضية نشر بعثة تقييم في غضون 30 يوما.\n"),
    ("ar", "2026-06-12", "event", "عقد مجلس السلم والأمن اجتماعا بشأن المرحلة الانتقالية.\n\nوطالب المجلس السلطات الانتقالية بتنظيم انتخابات حرة قبل نهاية المرحلة الانتقالية.\n"),
    ("ar", "2026-06-12", "event", "عقد مجلس السلم والأمن اجتماعا بشأن المرحلة الانتقالية.\n\nوحث المجلس اللجنة الانتخابية على نشر القائمة الانتخابية النهائية قبل انتخابات 2027.\n"),
    ("ar", "2026-06-12", "event", "اختتم مجلس الجامعة دورته العادية في القاهرة.\n\nوكلف المجلس الأمانة العامة بعرض مشروع الاستراتيجية الإقليمية على القمة العربية المقبلة.\n"),
    ("ar", "2026-06-12", "2026-09-30", "عقد مجلس وزراء الخارجية اجتماعه يوم الجمعة في جدة.\n\nوكلف المجلس الأمانة العامة بإعداد خارطة طريق بحلول نهاية سبتمبر.\n"),
    // ---- Arabic: near misses (no deadline) ----
    ("ar", "2026-06-12", "-", "أديس أبابا، 12 يونيو 2026 - حث مجلس السلم والأمن الدول الأعضاء على المساهمة بقوات في القوة الجاهزة.\n"),
    ("ar", "2026-06-12", "-", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nوطالب المجلس السلطات بالإفراج عن جميع المعتقلين منذ مارس.\n"),
    ("ar", "2026-02-10", "-", "حثت القمة التي عقدت في 10 فبراير 2026 في أديس أبابا الدول الأعضاء على التصديق على بروتوكول حرية التنقل.\n"),
    ("ar", "2026-06-12", "-", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nودعا المجلس الأطراف إلى استئناف المحادثات في الأيام المقبلة.\n"),
    ("ar", "2026-06-12", "-", "جدة، 26 ذو الحجة 1447هـ الموافق 12 يونيو 2026م - دعا مجلس وزراء الخارجية الدول الأعضاء إلى دعم صندوق التضامن.\n"),
    ("ar", "2026-06-12", "-", "عقد مجلس السلم والأمن اجتماعه يوم الجمعة.\n\nودعا المجلس الأطراف إلى وقف إطلاق النار فورا.\n"),
];
