//! One composed text per kind of failure met on real UN texts (issue 15): each fixes the
//! kind, never the instance, and none is a sentence of a real text.

use crate::tests::brief::Brief;
use crate::*;

/// "¶3 Secretary-General | Board" with " due=…" when drafted with a deadline; a deadline at
/// a meeting shows the meeting's date.
pub(crate) fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        plain_days: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

#[test]
fn the_body_is_found_after_a_pdf_cover() {
    let text = "United Nations\nA/RES/90/7\n\nGeneral Assembly\nDistr.: General\n3 March 2036\n\nNinetieth session\nAgenda item 12\n\nOrchard protection\n\nResolution adopted by the General Assembly\non 1 March 2036\n\n90/7. Orchard protection\n\nThe General Assembly,\n\nRecalling its earlier work on orchards,\n\n1.\nDecides to hold a one-day meeting on orchards;\n\n2.\nRequests the Secretary-General to prepare a note on pests;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶1 General Assembly", "¶2 Secretary-General"]
    );
}

#[test]
fn a_general_assembly_session_opens_in_september_of_1945_plus_its_number() {
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to report to it at its ninetieth session;\n\n2. Decides to include in the provisional agenda of its eighty-ninth session the item on orchards;\n\n3. Invites the Board to report at its next session;\n";
    assert_eq!(
        brief(text, "2034-12-10"),
        [
            "¶1 Secretary-General due=at 2035-09",
            "¶2 General Assembly due=at 2034-09",
            "¶3 Board due=at 2035-09",
        ]
    );
    // Adopted before September, the next session is that same year's.
    assert_eq!(brief(text, "2034-06-10")[2], "¶3 Board due=at 2034-09");
}

#[test]
fn footnotes_under_a_rule_are_not_paragraphs() {
    // Footnote 2 starts with the number of the paragraph after the page break; footnote 1
    // is the last thing in the text.
    let text = "The General Assembly,\n\nNoting the study of the Orchard Institute,1\n\n1.\nInvites the Orchard Institute to share its\n__________________\n\n2  World Orchard Organization, Records of its\nthird meeting, vol. 2.\n\nA/RES/90/8\nOrchard protection\n\nfindings with Member States;\n\n2.\nRequests the Secretary-General to report on pests;\n\n3.\nUrges Member States to plant trees;\n\n__________________\n\n1  Orchard Institute, Annual Study\n(New York, 2035).\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Orchard Institute",
            "¶2 Secretary-General",
            "¶3 Member States"
        ]
    );
}

#[test]
fn a_later_pages_running_header_is_not_text() {
    let text = "A/RES/90/9\n\nThe General Assembly,\n\n1.\nUrges all Member States seeking support from the fund to\napply early;\n\nA/RES/90/9\nOrchard fund: requests for\nsupport\n\n36-12345\n2/2\n\n2.\nRequests the Secretary-General to report;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        // The participle qualifies the name (a rule of its own, tests_en_kinds.rs).
        ["¶1 All Member States", "¶2 Secretary-General"]
    );
}

#[test]
fn a_numbered_paragraphs_short_indented_first_line_does_not_end_it() {
    let text = "The General Assembly,\n\n1.\nDecides to proclaim 2030 the International Year of Orchards and Trees, to be\nobserved in every region of the world in cooperation with all relevant partners;\n\n2.\nInvites the World Organization for Orchards, Trees and Fruit\nOrganizations to act as the lead agency for the Year, in cooperation with the\nrelevant organizations of the United Nations system, regional organizations,\nacademia and civil society;\n";
    assert_eq!(
        brief(text, "2026-03-01"),
        [
            "¶1 General Assembly",
            "¶2 World Organization for Orchards, Trees and Fruit Organizations"
        ]
    );
}

#[test]
fn a_formal_texts_emphasis_on_a_need_is_a_view() {
    let text = "The General Assembly,\n\n1. Emphasizes the need for Member States to protect orchards;\n\n2. Underlines the need for further work on pests;\n\n3. Reiterates the need to plant trees;\n\n4. Stresses the need for the Orchard Board to report;\n";
    assert_eq!(brief(text, "2026-03-01"), ["¶4 Orchard Board"]);
}

#[test]
fn a_thing_invited_is_a_call_to_all() {
    let text = "The General Assembly,\n\n1. Invites voluntary contributions to the trust fund for orchards;\n\n2. Invites further proposals for the Year;\n";
    assert_eq!(
        brief(text, "2026-03-01"),
        ["¶1 All States", "¶2 All States"]
    );
}

#[test]
fn a_demand_reiterated_and_a_call_continued_ask_anew() {
    let text = "The Security Council,\n\n1. Reiterates its demand that all parties cease the felling of orchards;\n\n2. Continues to urge all States to cooperate fully with the Orchard Panel;\n\n3. Decides that the President of the Council will circulate the Panel's findings to the members;\n";
    assert_eq!(
        brief(text, "2026-03-01"),
        [
            "¶1 All parties",
            "¶2 All States",
            "¶3 President of the Council"
        ]
    );
}

#[test]
fn a_decision_that_x_may_act_is_a_permission() {
    let text = "The General Assembly,\n\n1. Decides that the Orchard Board may meet twice in 2027;\n\n2. Decides that Ruritania shall be permitted to vote until the end of the session;\n\n3. Decides that the Orchard Board shall report on pests;\n";
    assert_eq!(brief(text, "2026-03-01"), ["¶3 Orchard Board"]);
}

#[test]
fn a_start_or_a_budget_year_is_no_deadline() {
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to support the Orchard Portal, starting in 2027;\n\n2. Requests the Secretary-General to report in the context of the proposed programme budget for 2028;\n\n3. Requests the Secretary-General to report on pests in 2028;\n";
    assert_eq!(
        brief(text, "2026-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 Secretary-General",
            "¶3 Secretary-General due=2028"
        ]
    );
}

#[test]
fn a_date_given_beats_an_undated_session_and_months_read_every_way() {
    let text = "The Orchard Board,\n\n1. Requests the Director to report to the Board at its next session, and no later than April 2027, on pests;\n\n2. Requests the Director to submit the plan by July 1, 2026;\n\n3. Requests the Director to circulate the plan by early July;\n\n4. Requests the Director to circulate the list by late September 2026;\n";
    assert_eq!(
        brief(text, "2026-03-01"),
        [
            "¶1 Director due=2027-04",
            "¶2 Director due=2026-07-01",
            "¶3 Director due=2026-07-10",
            "¶4 Director due=2026-09-30",
        ]
    );
}

#[test]
fn lettered_items_under_x_shall_each_ask_x() {
    let text = "The Security Council,\n\n1. Decides to extend the mandate of the Orchard Mission until 31 May 2027;\n\n2. Decides further that the Special Envoy of the Secretary-General and the Orchard Mission, at the request of the Government of Ruritania, and taking into account the letter (S/2026/1), shall\n (a) prioritize advice to the Government on orchard reform;\n (b) further advise, support, and assist:\n (i) the Government with efforts to plant trees;\n (ii) the Government on pest control;\n (c) promote, in coordination with the Government:\n (i) the delivery of seedlings;\n (d) and assist Government efforts to protect children;\n";
    let both = "¶2 Special Envoy of the Secretary-General | Orchard Mission";
    assert_eq!(
        brief(text, "2026-06-01"),
        ["¶1 Security Council", both, both, both, both]
    );
}

#[test]
fn a_lettered_item_broken_across_lines_stays_one_item() {
    let text = "The Security Council,\n1.     Requests the Orchard Mission to:\n                   (a)  give advice, support and assistance on the planting of orchards to the\n            Government and people of Ruritania in every province and district;\n                   (b)  report to the Council on the planting of trees in the provinces of the\n            North and the South of the country, in close cooperation with the Government;\n2.     Decides to remain seized of the matter.\n";
    assert_eq!(
        brief(text, "2026-06-01"),
        ["¶1 Orchard Mission", "¶1 Orchard Mission"]
    );
}

#[test]
fn a_list_goes_on_after_as_well_as_and_thanks_are_not_a_name() {
    let text = "The General Assembly,\n\n1. Urges all parties and all Member States, as well as regional organizations, to cooperate with the Orchard Panel;\n\n2. Expresses its gratitude to the Secretary-General for his support given so far, and requests him to provide the services needed;\n";
    assert_eq!(
        brief(text, "2026-03-01"),
        [
            "¶1 All parties | All Member States | Regional organizations",
            "¶2 Secretary-General"
        ]
    );
}

#[test]
fn a_request_after_in_that_regard_is_one() {
    let text = "The General Assembly,\n\n1. Takes note of the work done on orchards, and in that regard encourages the administering Power to plant trees;\n\n2. Also reaffirms its support for the orchards, and in this connection calls upon the Orchard Board to report;\n";
    assert_eq!(
        brief(text, "2026-03-01"),
        ["¶1 Administering Power", "¶2 Orchard Board"]
    );
}

/// A French resolution composed for this test, in UN style.
const FRENCH_RESOLUTION: &str = "L'Assemblée générale,\n\nRappelant sa résolution sur les vergers,\n\nNotant avec préoccupation la situation des arbres,\n\n1. Prie le Secrétaire général de lui présenter un rapport sur les vergers le 1er juillet 2027 au plus tard ;\n\n2. Demande aux États Membres et aux organisations régionales d'appuyer le Fonds pour les vergers ;\n\n3. Décide :\n\na) De créer un groupe de travail sur les vergers ;\n\nb) D'examiner la question d'ici au 31 décembre 2027 ;\n\n4. Invite l'Organisation des vergers à communiquer ses vues dans un délai de 90 jours ;\n\n5. Engage vivement les États à planter des arbres ;\n\n6. Réaffirme son attachement aux vergers ;\n";

#[test]
fn a_french_resolution_drafts_in_french() {
    assert_eq!(Lang::detect(FRENCH_RESOLUTION), Lang::Fr);
    assert_eq!(
        brief(FRENCH_RESOLUTION, "2026-12-01"),
        [
            "¶1 Secrétaire général due=2027-07-01",
            "¶2 États Membres | Organisations régionales",
            "¶3 Assemblée générale",
            "¶3 Assemblée générale due=2027-12-31",
            "¶4 Organisation des vergers due=At { anchor: Adoption, days: 90 }",
            "¶5 États",
        ]
    );
}

#[test]
fn a_french_communique_in_the_past_tense_asks_too() {
    let text = "Communiqué de la réunion du Conseil des vergers\n\nLe Conseil a examiné la situation des vergers de la région.\n\nLe Conseil a prié la Commission de lui faire rapport d'ici au 30 juin 2027. Il a également exhorté les États membres à renforcer leur coopération.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶3 Commission due=2027-06-30", "¶3 États membres"]
    );
}

/// An Arabic resolution composed for this test: tatweel, Arabic punctuation, both digit
/// forms, "1 ـ" and "(أ)" numbering, both month-name forms, a Hijri date beside the
/// Gregorian one.
const ARABIC_RESOLUTION: &str = "إن مجلس البساتين،\n\nإذ يشير إلى قراره السابق،\n\n١ ـ يطلب إلى الأمين العام أن يقدم تقريرا عن البساتين بحلول ٣١ ديسمبر ٢٠٢٧؛\n\n2- يدعو الدول الأعضاء والمنظمات الإقليمية إلى دعم صندوق البساتين؛\n\n3- يهيب بالدول أن تزرع الأشجار قبل 15 شوال 1449 هـ / 1 تموز 2028 م؛\n\n4- يحث الدول الأعضاء على التعاون؛\n\n5- يقـرر ما يلي:\n\n(أ) تكليف الأمين العام بإعداد دراسة؛\n\n(ب) إنشاء فريق عامل؛\n\n6- يرحب بالتقرير؛\n";

#[test]
fn an_arabic_resolution_drafts_in_arabic() {
    assert_eq!(Lang::detect(ARABIC_RESOLUTION), Lang::Ar);
    assert_eq!(
        brief(ARABIC_RESOLUTION, "2026-12-01"),
        [
            "¶1 الأمين العام due=2027-12-31",
            "¶2 الدول الأعضاء | المنظمات الإقليمية",
            "¶3 الدول due=2028-07-01",
            "¶4 الدول الأعضاء",
            // "تكليف الأمين العام ...": the verbal noun asks its addressee.
            "¶5 الأمين العام",
            "¶5 مجلس البساتين",
        ]
    );
}

// ---- French: one composed text per kind met on real French texts ----------------------

#[test]
fn a_french_session_opens_in_september_of_1945_plus_its_number() {
    let text = "L'Assemblée générale,\n\n1. Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur les vergers ;\n\n2. Décide d'inscrire la question à l'ordre du jour provisoire de sa quatre-vingt-deuxième session ;\n\n3. Invite le Comité des vergers à lui faire rapport à sa prochaine session ;\n";
    assert_eq!(
        brief(text, "2025-12-10"),
        [
            "¶1 Secrétaire général due=at 2026-09",
            "¶2 Assemblée générale due=at 2027-09",
            "¶3 Comité des vergers due=at 2026-09",
        ]
    );
}

#[test]
fn french_ordinals_are_read_in_words() {
    for (word, n) in [
        ("quatre-vingt-unième", 81),
        ("soixante et onzième", 71),
        ("soixante-dix-neuvième", 79),
        ("quatre-vingtième", 80),
        ("quatre-vingt-dix-neuvième", 99),
        ("cinquante-sixième", 56),
        ("vingt et unième", 21),
        ("cent vingt-cinquième", 125),
        ("premier", 1),
        ("deuxième", 2),
        ("neuvième", 9),
    ] {
        assert_eq!(fr::ordinal(word), Some(n), "{word}");
    }
    assert_eq!(fr::ordinal("prochaine"), None);
}

#[test]
fn a_french_decision_that_x_must_asks_x_and_that_x_may_is_a_permission() {
    let text = "Le Conseil des vergers,\n\n1. Décide que tous les États doivent protéger les vergers ;\n\n2. Décide que les États peuvent autoriser des dérogations ;\n\n3. Décide que la prochaine réunion aura lieu à Dakar ;\n\n4. Décide de demeurer saisi de la question.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶1 États"]);
}

#[test]
fn a_french_view_on_a_need_asks_nobody() {
    let text = "Le Conseil des vergers,\n\n1. Souligne la nécessité de renforcer la coopération entre les vergers ;\n\n2. Réaffirme son attachement aux vergers ;\n\n3. Appelle l'attention des États sur la nécessité de protéger les arbres ;\n\n4. Décide de rester activement saisi de la question.\n";
    assert!(brief(text, "2026-12-01").is_empty());
}

#[test]
fn an_oic_style_french_communique_names_its_body_and_asks_in_every_tense() {
    let text = "Communiqué final\n\nLe Conseil des ministres des affaires étrangères de l'Organisation de la coopération islamique s'est réuni à Dakar.\n\nLe Conseil a, au terme de ses travaux, exhorté les États membres à verser leurs contributions d'ici au 31 mars 2027.\n\nIl a décidé de créer un fonds des vergers en 2027.\n\nLes ministres ont chargé le Secrétaire général de faire rapport dans un délai de six mois.\n\nIls invitent le Secrétaire général, en coopération avec les États membres, à organiser un séminaire.\n\nLe Conseil l'encourage également à publier les résultats.\n\nLe Conseil a demandé que toutes les parties concernées respectent la trêve.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶3 États membres due=2027-03-31",
            "¶4 Conseil des ministres des affaires étrangères due=2027",
            "¶5 Secrétaire général due=At { anchor: Adoption, days: 182 }",
            "¶6 Secrétaire général",
            "¶7 Secrétaire général",
            "¶8 Parties concernées",
        ]
    );
}

#[test]
fn an_au_psc_style_french_communique_drafts_its_numbered_decisions() {
    let text = "Le Conseil de paix et de sécurité de l'Union africaine, en sa 1300e réunion tenue le 2 décembre 2026, a adopté la décision qui suit :\n\nLe Conseil,\n\n1. Prend note du rapport de la Commission sur les vergers ;\n\n2. Demande à la Commission de lui soumettre, dans les trois mois, un rapport sur la situation ;\n\n3. Exhorte toutes les parties à respecter le cessez-le-feu ;\n\n4. Décide de dépêcher une mission d'évaluation d'ici à 2027 ;\n\n5. Décide de demeurer activement saisi de la question.\n";
    assert_eq!(
        brief(text, "2026-12-02"),
        [
            "¶2 Commission due=At { anchor: Adoption, days: 90 }",
            "¶3 Parties",
            "¶4 Conseil de paix et de sécurité due=2027",
        ]
    );
}

#[test]
fn french_paragraphs_run_on_in_one_line_or_listed_one_a_line_are_split() {
    let run_on = "Le Conseil de sécurité,\n\nNotant le rapport sur les vergers, 1. Prie le Secrétaire général de faire rapport ; 2. Invite les parties à coopérer ;\n\n3. Décide de rester saisi de la question.\n";
    assert_eq!(
        brief(run_on, "2026-12-01"),
        ["¶1 Secrétaire général", "¶2 Parties"]
    );
    // The unpunctuated first line runs on into the first clause, which is ¶1.
    let lines = "Le Conseil des vergers\ncondamne les coupes et demande aux États membres de coopérer,\ninvite le Représentant spécial à faire rapport,\nprie le Secrétaire général de présenter un rapport dans un délai de 60 jours.\n";
    assert_eq!(
        brief(lines, "2026-12-01"),
        [
            "¶1 États membres",
            "¶2 Représentant spécial",
            "¶3 Secrétaire général due=At { anchor: Adoption, days: 60 }",
        ]
    );
}

#[test]
fn french_addressees_lose_asides_articles_and_descriptions() {
    let text = "Le Conseil des vergers,\n\n1. Prie le Représentant des Nations Unies pour le Soudan et le Tchad de faire rapport ;\n\n2. Prie le Secrétaire général, en liaison avec l'Union africaine, de déployer une équipe ;\n\n3. Demande, une fois de plus, à tous les États de coopérer ;\n\n4. Invite le groupe d'experts créé par la résolution 12 (2026) à poursuivre ses travaux ;\n\n5. Prie le Conseil de sécurité de l'ONU d'examiner la question ;\n\n6. Invite le Gouvernement du Mali et le Gouvernement du Niger à coopérer ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Représentant des Nations Unies pour le Soudan et le Tchad",
            "¶2 Secrétaire général",
            "¶3 États",
            "¶4 Groupe d'experts",
            "¶5 Conseil de sécurité de l'ONU",
            "¶6 Gouvernement du Mali | Gouvernement du Niger",
        ]
    );
}

#[test]
fn french_delays_and_years_are_deadlines() {
    let text = "Le Conseil des vergers,\n\n1. Prie la Commission de faire rapport au plus tard dans six mois ;\n\n2. Demande au Comité de proposer des mesures dans le délai d'un an ;\n\n3. Invite les États à planter des arbres d'ici à 2030 ;\n\n4. Engage les États à évaluer la période 2025-2030 ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Commission due=At { anchor: Adoption, days: 182 }",
            "¶2 Comité due=At { anchor: Adoption, days: 365 }",
            "¶3 États due=2030",
            "¶4 États",
        ]
    );
}

#[test]
fn short_french_texts_and_french_texts_with_english_names_are_french() {
    assert_eq!(
        Lang::detect("Prie le Secrétaire général de faire rapport."),
        Lang::Fr
    );
    assert_eq!(
        Lang::detect("Décide d'examiner la question à sa prochaine session."),
        Lang::Fr
    );
    assert_eq!(
        Lang::detect(
            "Le Conseil demande à la Commission de l'Union africaine et à l'United Nations Office for West Africa and the Sahel de coopérer avec le Forum of the Sahel."
        ),
        Lang::Fr
    );
    assert_eq!(
        Lang::detect("The Council requests the Commission de l'Union africaine to report."),
        Lang::En
    );
    assert_eq!(
        Lang::detect("Requests the Secretary-General to report on the matter."),
        Lang::En
    );
}

#[test]
fn french_items_in_the_future_under_decide_ask_their_subject() {
    let text = "Le Conseil des vergers\n\nDécide :\n\nQue le Comité se rendra dans les vergers au plus tard le 15 janvier 2027 et présentera un rapport ;\n\nQue le Comité aura autorité pour entendre les témoins ;\n\nQu'un expert sera invité à assister le Comité ;\n\nQue le Conseil prie le Secrétaire général d'aider le Comité ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶3 Comité due=2027-01-15", "¶6 Secrétaire général",]
    );
}

#[test]
fn a_french_decision_to_invite_x_asks_x_and_the_meetings_own_steps_ask_nobody() {
    let text = "Le Conseil de sécurité,\n\n1. Décide d'inviter le Secrétaire général à présenter un rapport sur les vergers ;\n\n2. Décide d'inviter, pour la séance en cours, le représentant du Pays A à participer, sans droit de vote, à la discussion ;\n\n3. Décide d'aborder la discussion de la question ;\n\n4. Décide de garder cette question à son ordre du jour.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶1 Secrétaire général"]);
}

#[test]
fn a_french_decision_recorded_outside_the_numbers_asks_and_a_recounted_one_does_not() {
    let text = "Le Conseil de sécurité,\n\nRappelant sa résolution sur les vergers,\n\n1. Prie le Secrétaire général de faire rapport ;\n\nÀ la même séance, le 2 décembre 2026, le Conseil a décidé d'inviter le Comité des vergers à présenter deux rapports.\n\nÀ sa 700e séance, le 3 mars 2020, le Conseil a décidé d'inviter le Comité des forêts à présenter un rapport.\n\n2. Rappelle son communiqué par lequel il a demandé aux États de planter des arbres ;\n";
    assert_eq!(
        brief(text, "2026-12-02"),
        ["¶1 Secrétaire général", "¶- Comité des vergers"]
    );
}

#[test]
fn a_french_mandate_extended_until_a_day_has_no_deadline() {
    let text = "Le Conseil de sécurité,\n\n1. Décide de proroger le mandat de la Mission des vergers jusqu'au 30 juin 2027 ;\n\n2. Prie le Secrétaire général de faire rapport avant le 31 mai 2027 ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Conseil de sécurité",
            "¶2 Secrétaire général due=2027-05-31"
        ]
    );
}

#[test]
fn french_demands_appeals_and_renewed_appeals_ask_their_addressee() {
    let text = "Le Conseil des vergers,\n\n1. Exige de toutes les parties, mais en particulier des autorités locales, qu'elles cessent les coupes ;\n\n2. Fait appel à tous les gouvernements et à toutes les populations, en particulier à ceux de la région, pour qu'ils plantent des arbres ;\n\n3. Réitère ses appels antérieurs au Conseil des forêts pour l'adoption d'un plan ;\n\n4. Réitère sa détermination à protéger les vergers ;\n\n5. Demande au Comité « d'examiner la question » ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Parties",
            "¶2 Gouvernements | Populations",
            "¶3 Conseil des forêts",
            "¶5 Comité",
        ]
    );
}

#[test]
fn french_addressees_drop_a_person_in_apposition_and_a_purpose_is_no_action() {
    let text = "Le Conseil des vergers,\n\n1. Prie le Directeur de l'Office, Jean Dupont, de faire rapport ;\n\n2. Invite ses membres permanents à se concerter ;\n\n3. Autorise le déploiement, pour une année, d'une équipe afin de protéger les vergers ;\n\n4. Décide que le prix des semences ne doit pas dépasser dix francs ;\n";
    // ¶3: the purpose is no addressee's action; what is authorized is the body's own, as
    // "authorizes the deployment of X" is in English (`annotations.toml`).
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Directeur de l'Office",
            "¶2 Membres permanents",
            "¶3 Conseil des vergers"
        ]
    );
}

#[test]
fn a_french_sentence_on_an_earlier_yearly_session_recounts() {
    let text = "Historique de la question\n\nÀ sa cinquante-deuxième session, l'Assemblée générale a invité tous les États à offrir des bourses.\n\nL'Assemblée générale a prié le Secrétaire général de faire rapport.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶3 Secrétaire général"]);
}

#[test]
fn french_requests_mid_paragraph_with_object_pronouns_and_asides() {
    let text = "Le Conseil des vergers,\n\n1. Note avec inquiétude la situation, exhorte les parties à protéger les arbres ;\n\n2. Prie le Directeur de le tenir informé et de produire, pour le 15 septembre 2027, un rapport ;\n\n3. Prie le Directeur, avec effet immédiat, de prendre les mesures nécessaires ;\n\n4. Décide d'adresser une invitation au Directeur adjoint en vertu de l'article 39 ;\n\n5. Appelle à restaurer l'ordre ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Parties",
            "¶2 Directeur due=2027-09-15",
            "¶3 Directeur",
            "¶5 Tous les États"
        ]
    );
}

#[test]
fn a_french_call_that_names_nobody_is_one_to_all_states() {
    let text = "Le Conseil des vergers,\n\n1. Appelle à la fin des coupes et au reboisement ;\n\n2. Exige la remise en état immédiate des pépinières ;\n\n3. Demande que cessent les incendies de forêt ;\n\n4. Salue le travail du Directeur, et demande qu'il continue à compter les arbres ;\n\n5. Demande que le Comité se réunisse ;\n\n6. Appelle les parties au calme ;\n";
    let got = brief(text, "2026-12-01");
    assert_eq!(
        got,
        [
            "¶1 Tous les États",
            "¶2 Tous les États",
            "¶3 Tous les États",
            "¶4 Directeur",
            "¶6 Parties",
        ]
    );
    let d = draft(
        text,
        &Options {
            adopted: Some("2026-12-01".parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        },
    );
    assert!(
        d.mandates[0].actors[0]
            .check
            .as_deref()
            .unwrap()
            .contains("names no actor")
    );
    assert_eq!(d.mandates[3].actors[0].check, None);
}

#[test]
fn a_communiques_call_names_nobody_after_its_day_and_place() {
    let text = "Le Conseil des vergers a appelé samedi à un cessez-le-feu dans la vallée.\n\nLe Conseil a demandé vendredi soir dans un communiqué une révision du plan de plantation.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Tous les États", "¶2 Tous les États"]
    );
}

#[test]
fn one_persons_words_ask_nobody_and_a_summarys_imperfect_asks() {
    let text = "Le Premier ministre, Jean Dupont, a appelé toutes les parties à cesser les coupes.\n\nLa résolution demandait aux parties concernées de protéger les vergers et demandait au Directeur de faire rapport.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Parties concernées", "¶2 Directeur"]
    );
}

#[test]
fn paragraphs_a_line_runs_together_are_split_by_their_sequence() {
    let text = "The General Assembly,\n\nRecalling its work on orchards,\n\n1. Requests the Secretary-General to count the trees; 2. Invites Member States to water them; 3. Urges the Board to report on pests;\n\n4. Decides to meet again.\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 Member States",
            "¶3 Board",
            "¶4 General Assembly"
        ]
    );
}

#[test]
fn a_number_out_of_sequence_is_text_again() {
    // "Article 73" opens a line inside paragraph 2; footnote 12 stands between 2 and 3.
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to report on the territories under\nArticle 73 e of the Charter;\n\n12. Ibid., annex.\n\n2. Invites the Board to plant trees;\n\n3. Urges States to act.\n";
    let got = brief(text, "2036-03-01");
    assert_eq!(got, ["¶1 Secretary-General", "¶2 Board", "¶3 States"]);
    let d = draft(
        text,
        &Options {
            adopted: Some("2036-03-01".parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        },
    );
    assert!(d.mandates[0].text.contains("Article 73 e of the Charter"));
}

#[test]
fn an_inline_numbered_list_is_its_paragraphs_items() {
    let text = "The General Assembly,\n\n4. Encourages the Orchard Fund to implement the following:\n1. Assist farmers in planting trees;\n2. Build on good practices in pruning;\n\n5. Requests the Secretary-General to report.\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶4 Orchard Fund", "¶4 Orchard Fund", "¶5 Secretary-General"]
    );
}

#[test]
fn a_paragraph_a_page_break_cut_goes_on_and_a_lost_number_is_found() {
    let text = "The General Assembly,\n\n6. Notes the report on orchards and forests of the region, and requests the\n\nAdvisory Board to review the fund;\n\nUrges the Member States to plant trees;\n\n8. Invites the Bank to fund nurseries.\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶6 Advisory Board", "¶7 Member States", "¶8 Bank"]
    );
}

#[test]
fn periods_goal_years_and_past_meetings_are_no_deadlines() {
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to report on the use of the fund for the period from 21 to 31 December 2036;\n\n2. Calls upon States to plant trees so as to achieve the orchard goals by 2045;\n\n3. Urges States to hold orchard censuses in 2037 and 2038;\n\n4. Invites the Board to build on the work done at its 2031 session;\n\n5. Requests the Secretary-General to report on the budget for 2036/37 at its ninety-first session;\n\n6. Requests the Board to report by August 2037;\n\n7. Calls upon States to carry out the plan agreed at the 2031 Review Conference and to report to the 2031 Orchard Conference;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 States",
            "¶3 States",
            "¶4 Board",
            "¶5 Secretary-General due=at 2036-09",
            "¶6 Board due=2037-08",
            "¶7 States",
        ]
    );
}

#[test]
fn sessions_of_other_bodies_parts_and_undated_meetings() {
    // The Council's seventieth session is not the General Assembly's (2015): it stays undated
    // (the draft's placeholder is the year after adoption).
    let text = "The General Assembly,\n\n1. Requests the Orchard Council to consider the matter at its seventieth session;\n\n2. Decides to consider the question at the main part of its ninety-first session;\n\n3. Requests the Secretary-General to circulate the draft prior to the high-level meeting on orchards;\n\n4. Decides that, at its ninety-second session, in 2037, the Orchard Committee should review its work;\n\n5. Requests the Secretary-General to report at its ninety-first and ninety-fifth sessions;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Orchard Council due=at 2037",
            "¶2 General Assembly due=at 2036-09",
            "¶3 Secretary-General due=at 2037",
            "¶4 Orchard Committee due=at 2037-09",
            "¶5 Secretary-General due=at 2036-09",
        ]
    );
    // Another body's text that names the General Assembly's session.
    let text = "The Security Council,\n\n1. Requests the Secretary-General to report to the General Assembly at its ninety-first session;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶1 Secretary-General due=at 2036-09"]
    );
}

#[test]
fn list_items_under_their_chapeau() {
    let text = "The Security Council,\n\n1. Authorizes the Orchard Mission to:\n(a) Assist the authorities in planting trees;\n(b) Build on good pruning practices;\n\n2. Calls for the Government to:\n(a) plant trees;\n(b) water them;\n\n3. Requests the Panel to carry out the following tasks:\n(a) Orchards:\n(i) count the trees;\n(ii) map the orchards;\n(b) Pests:\n(i) list the pests;\n\n4. Decides that the measures in paragraph 2 shall not apply to:\n(a) supplies of seeds intended solely for research;\n(b) tools for pruning;\n\n5. Requests the Secretary-General to submit a report that includes:\n(a) the number of trees planted;\n(b) an assessment of pests;\n\n6. Requests the Orchard Board to include in its next report:\n(a) Progress in planting;\n(b) Lessons learned;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Orchard Mission",
            "¶1 Orchard Mission",
            "¶2 Government",
            "¶2 Government",
            "¶3 Panel",
            "¶3 Panel",
            "¶3 Panel",
            "¶5 Secretary-General",
            "¶6 Orchard Board",
        ]
    );
}

#[test]
fn an_items_qualifier_is_not_its_actor() {
    let text = "The General Assembly,\n\n1. Calls upon all States:\n(a) To plant trees;\n(b) In accordance with their national law, to protect orchards;\n\n2. Requests the Secretary-General:\n(a) In consultation with Member States, to prepare a plan;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶1 All States", "¶1 All States", "¶2 Secretary-General"]
    );
}

#[test]
fn the_closing_lines_stay_apart_from_an_unpunctuated_last_paragraph() {
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to report;\n\n2. Invites the Orchard Board to continue its valuable work on the question of orchards\n\n53rd plenary meeting\n17 December 2036\n";
    let opts = Options {
        adopted: None,
        today: "2037-01-01".parse().unwrap(),
    };
    let d = draft(text, &opts);
    let last = d.mandates.last().unwrap();
    assert_eq!(last.paragraph, Some(2));
    assert!(!last.text.contains("plenary"), "{}", last.text);
}

#[test]
fn a_renewal_until_and_a_year_of_adoption_are_no_deadlines() {
    let text = "The Security Council,\n\n1. Decides to extend the mandate of the Orchard Mission until 31 January 2037;\n\n2. Requests the Mission to support the elections in 2036;\n\n3. Requests the Panel to report no later than 1 December 2036;\n\n4. Calls upon the parties to plant orchards by 2036;\n";
    assert_eq!(
        brief(text, "2036-01-01"),
        [
            "¶1 Security Council",
            "¶2 Mission",
            "¶3 Panel due=2036-12-01",
            "¶4 Parties due=2036",
        ]
    );
}

#[test]
fn french_press_decisions_after_a_day_and_refusals_with_ne_pas() {
    let text = "La Cédéao s'est réunie à Abuja.\n\nLes dirigeants ont décidé ce mercredi de proroger le mandat de la Mission des vergers jusqu'au 31 octobre 2027.\n\nIls ont appelé la garde forestière à déposer les haches et demandé aux autres unités de ne pas couper d'arbres.\n\nL'organisation a également décidé de suspendre toutes les ventes de bois.\n\nÀ la même séance, le Conseil a décidé d'examiner simultanément les rubriques a) et b), puis de suspendre la séance.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶2 Cédéao",
            "¶3 Garde forestière",
            "¶3 Autres unités",
            "¶4 Cédéao",
        ]
    );
}

#[test]
fn a_french_press_item_of_two_sentence_lines_is_two_paragraphs_and_one_persons_call_asks_nobody() {
    let text = "Le Conseil des vergers a adopté une résolution sur les forêts.\nIl demande au Directeur de compter les arbres.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Directeur"]);
    let text = "Le Conseil des vergers suit la situation.\n\nÀ la lumière des incendies, le secrétaire général de l'Office, Jean Dupont, appelle au déploiement de tous les efforts.\n";
    assert!(brief(text, "2026-12-01").is_empty());
}

#[test]
fn a_french_declaration_in_the_first_person_asks_and_commits_the_body() {
    let text = "Le Sommet de la Francophonie,\n\n« Nous demandons à l'Office des forêts de planter des arbres », poursuit le document.\n\n« Conscients des risques, nous nous engageons à protéger les vergers », souligne la Déclaration.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Office des forêts", "¶3 Sommet de la Francophonie"]
    );
}

#[test]
fn a_french_call_restated_in_its_paragraph_is_drafted_once_and_a_week_given_is_a_deadline() {
    let text = "La Cédéao s'est réunie dimanche.\n\nLes dirigeants ont exigé la remise en état des pépinières dans un délai d'une semaine. « La Cédéao a notamment demandé la remise en état des pépinières », selon le texte.\n\nLes dirigeants ont donné une semaine au chef des bûcherons pour replanter la forêt.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶2 Tous les États due=At { anchor: Adoption, days: 7 }",
            "¶3 Chef des bûcherons due=At { anchor: Adoption, days: 7 }"
        ]
    );
}

#[test]
fn a_french_press_report_of_a_text_that_asks_reads_the_text_as_asking() {
    let text = "Le Conseil des vergers a adopté une résolution appelant les communes à planter des arbres.\n\nLe sommet s'est achevé par une « Déclaration » qui demande, entre autres, au chapitre forestier, le rétablissement de l'ordre dans les vergers.\n\nLes normes internationales, qui appellent au respect des forêts, sont rappelées.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Communes", "¶2 Tous les États"]
    );
}

#[test]
fn french_leur_asks_the_plural_named_before_and_the_councils_president_speaks_for_it() {
    let text = "Le Conseil des vergers s'est réuni.\n\nDans une déclaration à la presse, l'ambassadeur Jean Dupont, président du Conseil pour le mois d'avril, a salué le travail des brigades forestières qui \"protègent les arbres\" et leur a demandé de poursuivre leur mission.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Brigades forestières"]);
}

#[test]
fn a_french_press_item_with_footnote_marks_still_reads_a_paragraph_a_line() {
    let text = "Le Conseil des vergers a prorogé le mandat de la Mission jusqu'au 30 juin 2027. [1]\nLa résolution demandait aux communes de planter des arbres et demandait au Directeur de faire rapport sur les vergers.\nLe rapport du Directeur indiquait que la situation était calme. [2]\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Communes", "¶2 Directeur"]);
}

#[test]
fn a_french_end_of_this_period_is_the_end_of_the_period_named_before() {
    let text = "Le Conseil des vergers a prorogé le mandat de la Mission jusqu'au 30 juin 2027.\nLa résolution demandait au Directeur de faire rapport sur les vergers à la fin de cette période.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Directeur due=2027-06-30"]);
    let d = draft(
        text,
        &Options {
            adopted: Some("2026-12-01".parse().unwrap()),
            today: "2026-01-01".parse().unwrap(),
        },
    );
    assert!(
        d.mandates[0]
            .due_check
            .as_deref()
            .unwrap()
            .contains("end of this period")
    );
}

#[test]
fn a_french_call_to_a_thing_asks_its_addressee_after_a_day() {
    let text = "Le Conseil des vergers a adopté aujourd'hui une résolution appelant les parties au conflit des vergers à des négociations sans conditions.\n\nLe Conseil a invité aujourd'hui les communes à planter des arbres.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Parties au conflit des vergers", "¶2 Communes"]
    );
}

#[test]
fn a_french_il_after_one_persons_words_is_that_persons_too() {
    let text = "Le Conseil des vergers s'est réuni aujourd'hui.\n\n\"Nous devons protéger les arbres\", a déclaré Jean Dupont, le président de la Commission des vergers.\n\nIl a également exhorté les communes à planter des arbres.\n\nLe Conseil a invité les communes à arroser les vergers.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶4 Communes"]);
}

#[test]
fn a_french_verb_with_its_adverb_asks_after_a_subject_the_tables_do_not_know() {
    let text = "La trentaine de chefs d'État de la communauté forestière demande également aux communes de planter des arbres.\n\nLa demande également formulée par les communes reste à l'étude.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶1 Communes"]);
}

#[test]
fn french_addressees_lose_a_wish_to_contribute() {
    let text = "Le Conseil des vergers a donné une semaine aux communes désireuses de contribuer à la Mission pour se manifester.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Communes due=At { anchor: Adoption, days: 7 }"]
    );
}

#[test]
fn french_lists_with_ainsi_que_and_nouns_sharing_an_article_name_whole_actors() {
    let text = "Le Conseil des vergers,\n\n1. Prie instamment l'Office des forêts ainsi que les bureaux, services et antennes des communes et les banques rurales de planter des arbres ;\n\n2. Invite les gardes et tous ceux qui vivent près des vergers à protéger les arbres ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Office des forêts | Bureaux, services et antennes des communes | Banques rurales",
            "¶2 Gardes | Tous ceux qui vivent près des vergers",
        ]
    );
}

#[test]
fn a_french_addressee_loses_how_it_is_to_work_and_an_adverb_may_precede_the_infinitive() {
    let text = "Le Conseil des vergers,\n\n1. Demande à la Commission, travaillant étroitement avec les communes et les autres acteurs concernés, de planter des arbres ;\n\n2. Encourage vivement les États membres à mieux partager leurs semences ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Commission", "¶2 États membres"]
    );
}

#[test]
fn a_first_french_number_after_a_few_words_of_preface_splits_a_run_on_text() {
    let text = "Résolution du 3 mars 2026 sur les vergers; Par conséquent 1. Le Conseil invite les communes à planter des arbres; 2. Le Conseil décide que les arbres forment ainsi la forêt; 3. Le Conseil charge le Comité des semences d'élaborer un plan. Adoptée à la 5e séance.\n";
    assert_eq!(
        brief(text, "2026-03-03"),
        ["¶1 Communes", "¶3 Comité des semences"]
    );
}

#[test]
fn a_french_footnote_numbered_under_the_text_does_not_number_it() {
    let text = "Le Conseil des vergers,\n\nRappelant sa résolution 12 (2025),\n\nInvite les communes à planter des arbres.\n\nAdoptée à la 12e séance.\n\n1. Voir Documents officiels du Conseil des vergers, Supplément n° 2.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶3 Communes"]);
}

#[test]
fn french_recounts_of_other_texts_and_earlier_sessions_ask_nobody() {
    let text = "Le sommet a salué l'adoption des résolutions 12 et 13 aux termes desquelles le Conseil des vergers demande à la Mission d'appuyer les communes.\n\nÀ sa soixante et unième session, l'Assemblée générale s'est félicitée des efforts des communes et prié le Secrétaire général de lui rendre compte à sa soixante-troisième session.\n\nLe sommet a encouragé les communes à planter des arbres.\n";
    assert_eq!(brief(text, "2008-09-16"), ["¶3 Communes"]);
}

#[test]
fn a_french_headline_restating_a_later_request_is_drafted_once() {
    let text = "Le Conseil des vergers se réunit\n\nIl prie le Directeur de présenter un rapport sur les vergers\n\nLe Conseil a adopté une déclaration dans laquelle ses membres prient le Directeur de présenter un rapport sur les arbres.\n\nLe Conseil prie en outre les communes de planter des arbres.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶3 Directeur", "¶4 Communes"]);
    // A lede that ends its sentence restates as a headline does.
    let text = "Le sommet des vergers s'est terminé avec une Déclaration demandant la protection des forêts.\n\nLe sommet s'est achevé par une « Déclaration » qui demande la protection des forêts du Sud.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Tous les États"]);
}

#[test]
fn a_french_demand_of_quoted_words_with_no_addressee_calls_on_all() {
    let text = "Le sommet des vergers s'est réuni.\n\nDans leur déclaration, les chefs d'État demandent également à « maintenir la solidarité avec les communes sinistrées ».\n\nLe délégué des communes avait demandé à faire une déclaration.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Tous les États"]);
}

#[test]
fn a_french_promise_reported_of_a_named_body_is_its_commitment() {
    let text = "Le sommet des vergers s'est achevé dimanche.\n\nAu chapitre forestier, l'Office des forêts promet des actions pour replanter les collines.\n\nLe temps promet d'être clément.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Office des forêts"]);
}

#[test]
fn a_french_period_end_after_curly_apostrophes_is_read_without_a_crash() {
    // "l’unanimité" before "jusqu’au": the folded text is shorter in bytes than the text.
    let text = "Le Conseil des vergers, par la résolution 12 adoptée à l’unanimité de ses membres, a prorogé jusqu’au 24 avril 2027 le mandat de la Mission.\n\nIl a demandé aux communes de planter des arbres à la fin de cette période.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Communes due=2027-04-24"]);
}

// ---- French, seventh round (held8): kinds met on conclusions, summit decisions and press
// reports; each text composed here.

#[test]
fn a_french_obligation_of_a_named_actor_asks_it_and_a_limit_or_a_thing_does_not() {
    let text = "Le Conseil des vergers a examiné les actions qui doivent être menées dans les communes. Les États membres doivent planter plus vite des arbres et arroser les vergers. Ils doivent indiquer les mesures prises dans leurs plans. Les réformes doivent se poursuivre. La sécheresse ne doit pas l'emporter.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 États membres", "¶1 États membres"]
    );
}

#[test]
fn a_french_instruction_given_to_an_actor_asks_it() {
    let text = "Le Sommet des vergers s'est réuni le 3 mars 2026.\n\nLes chefs d'État ont donné des instructions fermes à la Commission de suivre la plantation des arbres.\n\nLe Sommet a donné « instruction au Président de la Commission de soutenir les communes ».\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Commission", "¶3 Président de la Commission"]
    );
}

#[test]
fn a_french_authorization_of_a_thing_and_a_make_up_decided() {
    let text = "Le Conseil de sécurité a, ce matin, autorisé le déploiement d'une équipe de gardes dans les vergers du Sud.\n\nLe Conseil a décidé aussi de maintenir l'effectif autorisé de l'équipe à 300 gardes.\n\nIl charge notamment l'équipe de protéger les arbres.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Conseil de sécurité", "¶3 Équipe"]
    );
}

#[test]
fn french_subjects_of_conclusions_and_press_reports_and_an_adverb_after_an_unknown_one() {
    let text = "Le Conseil européen des vergers s'est réuni.\n\nLe Conseil européen invite les communes et les associations du monde rural à planter des arbres.\n\nL'une de ces résolutions exhorte les donateurs à financer les pépinières.\n\nLes ministres des affaires étrangères chargent un Groupe de préparer la saison.\n\nL'organisation sous régionale invite ainsi les autres pays à arroser les vergers.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶2 Communes | Associations du monde rural",
            "¶3 Donateurs",
            "¶4 Groupe",
            "¶5 Autres pays"
        ]
    );
}

#[test]
fn a_lower_case_body_line_names_the_body_and_a_dash_before_a_number_is_no_bullet() {
    let text = "1. Le conseil des Vergers réunis,\n- vu le rapport de la Commission,\n- Décide de tenir une conférence sur les arbres.\n- 2. Les ministres chargent le Comité des semences d'élaborer, avant le 15 octobre 2026, un plan.\n";
    assert_eq!(
        brief(text, "2026-07-01"),
        [
            "¶1 Conseil des Vergers réunis",
            "¶2 Comité des semences due=2026-10-15"
        ]
    );
}

#[test]
fn a_french_decision_with_its_subject_in_a_text_that_names_no_body() {
    let text = "Les chefs d'État et de gouvernement de l'Union des Vergers ont décidé de tenir leur prochain sommet à Pomme, a-t-on appris vendredi.\n\nCette décision est annoncée dans le communiqué final.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Chefs d'État et de gouvernement"]
    );
}

#[test]
fn items_of_a_past_french_decision_ask_their_subjects_and_a_passive_asks_nobody() {
    let text = "Au terme du Sommet de l'Union africaine sur les vergers, les chefs d'État ont adopté plusieurs décisions:\nSur les arbres, la Conférence, a décidé:\ni) que tous les États membres doivent planter des arbres ;\nii) que le Bureau en collaboration avec ses partenaires doivent dresser un plan ;\niii) que les communes allouent des ressources aux vergers ;\niv) d`organiser chaque année une fête des vergers ;\nv) que les jeunes volontaires soient déployés dans les vergers ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶2 États membres",
            "¶2 Bureau",
            "¶2 Communes",
            "¶2 Conférence de l'Union africaine"
        ]
    );
}

#[test]
fn every_line_of_a_french_clause_list_is_a_clause() {
    let text = "Cette résolution sur les vergers, rappelant les résolutions 7 et 8,\nconsidère que la sécheresse menace les arbres,\ndemande au directeur d'étudier les besoins des vergers,\ndemande au directeur de s'entendre avec les communes, et en particulier :\nque les communes arrosent les arbres,\nqu'elles protègent les jeunes plants;\nrequiert les communes voisines de coopérer à l'arrosage,\ndemande au directeur de faire un rapport au conseil.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶3 Directeur",
            "¶4 Directeur",
            "¶7 Communes voisines",
            "¶8 Directeur"
        ]
    );
}

#[test]
fn a_french_speakers_quoted_first_person_is_the_speakers_too() {
    let text = "La session du Conseil des vergers a débuté jeudi. Concernant les forêts, le Secrétaire général a invité les communes à planter des arbres. \"Nous exhortons par ailleurs les provinces à arroser les vergers. Nous appelons également à la paix des jardins\", a-t-il ajouté.\n\nLe Conseil des vergers a invité les communes à protéger les arbres.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Communes"]);
}

#[test]
fn a_rule_over_prose_divides_a_pages_header_from_its_text() {
    let text = "CONSEIL DES VERGERS – CONCLUSIONS\n\nLes délégations trouveront ci-après les conclusions.\n\n________________________\n\nLe Conseil invite les communes à planter des arbres.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶4 Communes"]);
}

#[test]
fn a_french_plural_head_over_two_names_is_two_actors_and_a_name_is_no_infinitive() {
    let text = "Le Conseil des vergers,\n\n1. Exhorte les États du Nord et du Sud-Pomme à planter des arbres ;\n\n2. Invite les gouvernements de la Pomme et de la Poire à arroser les vergers ;\n\n3. Prie la Commission de l'Union et de la Ligue de faire rapport ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 États du Nord | États du Sud-Pomme",
            "¶2 Gouvernements de la Pomme | Gouvernements de la Poire",
            "¶3 Commission de l'Union et de la Ligue"
        ]
    );
}

#[test]
fn a_french_report_to_the_next_summit_is_due_at_that_meeting() {
    let text = "Le Sommet de la CEDEAO s'est réuni le 3 mars 2026.\n\nLes chefs d'État ont demandé à la Commission de suivre la plantation des arbres et d'en rendre compte au prochain sommet.\n";
    assert_eq!(brief(text, "2026-03-03"), ["¶2 Commission due=at 2027"]);
    // "à sa prochaine réunion": the second form of the next meeting (it once crashed).
    let text = "Le Comité des vergers s'est réuni le 3 mars 2026.\n\nLe Comité a demandé au Secrétaire général de faire rapport à sa prochaine réunion.\n";
    assert_eq!(
        brief(text, "2026-03-03"),
        ["¶2 Secrétaire général due=at 2027"]
    );
}

// ---- French, eighth round (held9): kinds met on OIC, ECOWAS and UN press texts.

#[test]
fn a_french_creation_is_the_bodys_own_once_and_an_obligation_with_tenu_asks() {
    let text = "SC/1\n\nLe Conseil de sécurité crée la Mission des vergers\n\nLe Conseil de sécurité a créé aujourd'hui, pour une période de 12 mois, la Mission des vergers.\n\nLa Mission est tenue de protéger les arbres et d'aider les communes.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶3 Conseil de sécurité", "¶4 Mission"]
    );
}

#[test]
fn a_french_call_names_its_doer_by_of_or_by_and_a_texts_participle_calls() {
    let text = "Le Comité des vergers s'est réuni à Pomme.\nLa déclaration finale dénonce les dégâts, exigeant une cessation immédiate des coupes.\nIl a appelé à une intervention du Conseil de sécurité pour protéger les arbres.\nIls ont aussi appelé à une enquête sur les dégâts commis par les Bûcherons.\nLe Comité a demandé la continuation du soutien par l'Office des forêts.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶2 Tous les États",
            "¶3 Conseil de sécurité",
            "¶4 Tous les États",
            "¶5 Office des forêts"
        ]
    );
}

#[test]
fn a_quoted_line_opens_a_paragraph_and_nos_and_ces_open_addressees() {
    let text = "Déclaration finale du sommet des vergers\nLe sommet a clos ses travaux.\n« Nous exhortons nos partenaires à planter des arbres », souligne la déclaration.\nLe sommet a exhorté ces trois communes à « arroser les vergers ».\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶3 Partenaires", "¶4 Trois communes"]
    );
}

// ---- French, ninth round (held10): AU and Human Rights Council press texts.

#[test]
fn a_french_decision_announced_by_its_noun_and_an_org_subject_that_encourages() {
    let text = "Le Conseil de paix et de sécurité a annoncé la suspension immédiate de la Province des activités de l'organisation.\nLa réunion a été longue.\nL'Union africaine encourage les États membres à planter des arbres.\nLe Conseil a annoncé la levée des sanctions.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Conseil de paix et de sécurité", "¶3 États membres"]
    );
}

#[test]
fn a_french_decision_with_a_vote_aside_a_participle_and_a_quoted_cut_subject() {
    let text = "Le Conseil des droits de l'homme a adopté plusieurs résolutions, décidant notamment d'établir un mandat sur les vergers.\n\nLe Conseil a aussi décidé, par 30 voix pour, 3 voix contre et 5 abstentions, de prolonger le mandat de la Commission des forêts.\n\nAprès la CEDEAO, l'organisation a annoncé: «Le Conseil de paix et de sécurité (…) décide de suspendre la Province de ses organes».\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Conseil des droits de l'homme",
            "¶2 Conseil des droits de l'homme",
            "¶3 Conseil de paix et de sécurité"
        ]
    );
}

#[test]
fn what_a_french_resolution_says_its_subject_will_do_asks_it() {
    let text = "Le Conseil de sécurité s'est réuni.\n\nAux termes de la résolution 12 (2026), adoptée à l'unanimité, la Mission aidera désormais les communes à planter des arbres.\n\nAux termes de la résolution 13 (2026), la Mission sera dirigée par un civil.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Mission"]);
}

// ---- French, tenth round (held11): ECOWAS orders and EU Council press texts.

#[test]
fn a_french_order_of_a_deployment_and_an_activation_are_the_bodys_own() {
    let text = "La Conférence des chefs d'État et de gouvernement de la CEDEAO a ordonné mardi, « le déploiement de la brigade des vergers » pour sauver les arbres.\nLes chefs d'État de la CEDEAO ont activé «la force des vergers», dans le but de protéger les arbres.\nLa CEDEAO a pris la décision d'activer immédiatement sa brigade.\nLa Cédeao « donne instruction au comité des gardes afin qu'il plante sans délai des arbres » et « ordonne l'envoi de ladite brigade ».\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Conférence des chefs d'État et de gouvernement",
            "¶2 Conférence des chefs d'État et de gouvernement",
            // The subject names the organisation that decides.
            "¶3 CEDEAO",
            "¶4 Comité des gardes",
            "¶4 Conférence des chefs d'État et de gouvernement"
        ]
    );
}

#[test]
fn a_french_call_for_support_names_its_doers_and_a_that_clause_its_subject() {
    let text = "Le Sommet des vergers s'est réuni.\nDans son communiqué, le Sommet a en effet demandé que l'Office des forêts (OF) approuve ces plantations et a appelé au soutien de tous ses amis, y compris la Ligue.\nLe Sommet demande «le soutien de l'Union des vergers et des Nations unies pour planter des arbres».\nM.Dupont a exigé le maintien des arbres.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶2 Office des forêts (OF)",
            "¶2 Tous ses amis",
            "¶3 Union des vergers | Nations unies"
        ]
    );
}

// ---- French, eleventh round (held12): ECOWAS reports, a scanned resolution.

#[test]
fn a_french_renewed_demand_for_a_thing_calls_on_all_and_a_thing_asked_of_an_addressee() {
    let text = "La session des chefs d'État de la Cedeao s'est tenue à Pomme.\nLa Conférence réaffirme son exigence pour la libération immédiate du maire des Vergers. Elle réaffirme son soutien aux communes.\nSelon le ministre, les chefs d'États demandent à la junte en Pomme le respect de l'intégrité des vergers.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Tous les États", "¶3 Junte en Pomme"]
    );
}

#[test]
fn a_person_reporting_what_a_body_decided_reports_the_bodys_request() {
    let text = "Le sommet des vergers s'est achevé.\nLe ministre Dupont indique que la CEDEAO exige que ces décisions soient endossées par l'Union des vergers et les Nations unies.\nLe ministre Dupont a demandé aux communes de planter des arbres.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Union des vergers | Nations unies"]
    );
}

#[test]
fn a_number_alone_before_a_blank_line_numbers_the_text_after_it_and_a_lost_apostrophe() {
    let text = "Résolutions du Conseil des vergers\n\n1.\n\nDemande à toutes les communes de planter des arbres ;\n\n2. Prie le Directeur de faire rapport ;\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶1 Communes", "¶2 Directeur"]);
    let text = "La Conférence des chefs d?Etat de la Cedeao reste inquiète. La Conférence a demandé aux autorités de la transition d?arroser les vergers.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶1 Autorités de la transition"]);
}

// ---- French, twelfth round (held13): an OIC ministers' report, a delegate's words.

#[test]
fn a_french_obligation_after_a_comma_and_a_participle_that_agrees_where_it_should_not() {
    let text = "Le Conseil des vergers s'est réuni.\nL'Organisation a appelée à maintenir la pression sur les bûcherons.\nD'autres défis sont à relever tels que la sécheresse, l'OCI doit œuvrer avec détermination pour protéger les vergers.\nD'autres défis demeurent, la sécheresse doit cesser.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Tous les États", "¶3 OCI"]);
}

// ---- French, thirteenth round (held14): UN press lists, an ECOWAS summit report.

#[test]
fn a_french_leur_after_its_subject_and_texts_are_never_its_antecedent() {
    let text = "Le Conseil de sécurité appelle toutes les communes à appliquer les conclusions et, à cette fin, il leur demande de planter des arbres.\n\nConformément aux accords de Pomme, il leur demande aussi d'arroser les vergers\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶1 Communes", "¶1 Communes"]);
}

#[test]
fn a_committee_created_by_a_resolution_and_a_persons_report_ask_nobody() {
    let text = "Le 24 mai 2026, le Comité du Conseil de sécurité créé par la résolution 12 (2004) a entendu un exposé.\nDans son discours, Jean Dupont, président de l'Autorité des vergers, a exhorté les dirigeants à planter des arbres.\nLe Président de la Commission, Dr Paul Martin a déclaré lors du sommet que, conformément au protocole, la Commission a autorisé les communes à arroser les vergers.\nLe Conseil de sécurité a invité les communes à protéger les arbres.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶4 Communes"]);
}

// ---- French, fourteenth round (held15): AU press items.

#[test]
fn two_french_calls_for_different_things_in_one_paragraph_are_two() {
    let text = "« Nous condamnons et appelons à des sanctions », voilà comment l'Union des vergers réagit au coup qui vient d'avoir lieu. Surtout, l'Union des vergers lance un appel pressant pour la libération du maire. Elle demande aussi la libération du maire et de son adjoint.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Tous les États", "¶1 Tous les États"]
    );
}

// ---- French, fifteenth round (held16): 1977 and 1993 Security Council texts.

#[test]
fn infinitive_items_under_decide_de_and_keeping_under_review() {
    let text = "Le Conseil des vergers,\n\n1. Décide de maintenir constamment à l'examen les dispositions relatives aux arbres ;\n\n2. Exprime sa préoccupation et décide de:\n• Renouveler le mandat de la Brigade des vergers pour une année ;\n• Demander au Directeur de tenir le Conseil informé ;\n• Demander à toutes les communes d'arroser les vergers.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Conseil des vergers", "¶2 Directeur", "¶2 Communes"]
    );
}

// ---- French, sixteenth round (held17): AU, OIC, Francophonie and UEMOA texts.

#[test]
fn a_french_gerund_after_a_decision_or_a_view_asks_its_addressee() {
    let text = "Le Conseil des vergers s'est réuni le 3 mars 2026.\n\nLes ministres ont adopté le plan des vergers, en exhortant les communes à planter des arbres.\n\nLe Comité fait sien le rapport des jardiniers et en encourageant le Secrétariat à poursuivre ses travaux.\n\nLe Comité a jugé le bilan des vergers positif, encourageant pour les communes.\n";
    // A participle used as an adjective asks nobody.
    assert_eq!(brief(text, "2026-03-03"), ["¶2 Communes", "¶3 Secrétariat"]);
}

#[test]
fn a_paragraph_a_web_page_repeats_word_for_word_is_read_once() {
    let para = "Les ministres ont demandé à la Commission des vergers de présenter un rapport sur les arbres fruitiers de la région.";
    let text = format!("{para}\n\nJean Dupont\n\n{para}\n\nJean Dupont\n");
    assert_eq!(brief(&text, "2026-03-03"), ["¶1 Commission des vergers"]);
}

#[test]
fn a_french_year_given_as_au_courant_de_l_annee_is_a_deadline() {
    let text = "Le Conseil des vergers,\n\n1. Décide de tenir une réunion sur les arbres au courant de l’année 2027;\n\n2. Prie le Secrétariat de préparer la réunion au cours de l'année 2027;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Conseil des vergers due=2027", "¶2 Secrétariat due=2027"]
    );
}

// ---- French, seventeenth round (held18): General Assembly press lists, an ECOWAS report.

#[test]
fn a_french_pronoun_standing_for_a_text_asks_as_the_text_does() {
    let text = "L’Assemblée des vergers a adopté trois résolutions, dont une qui demande à la Principauté de Pomme de « cesser toute coupe » dans les vergers.\n\nLe Conseil a, sous les applaudissements, adopté la sienne qui « demande à toutes les communes de protéger les arbres ».\n\nLe Conseil a adopté deux textes, l’une invitant à célébrer chaque 3 mai la Journée des vergers et l’autre encourageant à planter des arbres et à tenir une réunion à ce sujet, en 2028.\n\nIl a examiné deux résolutions, dont une demande d'adhésion.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Principauté de Pomme",
            "¶2 Communes",
            "¶3 Tous les États",
            "¶3 Tous les États due=2028",
        ]
    );
}

#[test]
fn a_french_relative_after_a_texts_complement_and_an_appeal_after_an_aside_call_on_all() {
    let text = "L’Assemblée des vergers a entériné les recommandations de sa Commission des arbres qui appelle de manière générale à multiplier les efforts pour planter.\n\nL’Assemblée des vergers a lancé, ce mardi, un appel vibrant en faveur de la protection des pommiers.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶1 Tous les États", "¶2 Tous les États"]
    );
}

// ---- French, eighteenth round (held19): an AU PSC preamble, OIC summit reports.

#[test]
fn a_french_preamble_in_an_unnumbered_text_recounts_and_asks_nothing() {
    let text = "Le Conseil des vergers,\n\nRappelant sa décision du 3 mars 2026, demandant aux communes de planter des arbres, et exhortant les maires à arroser les vergers ;\n\nLe Conseil a demandé aux communes de protéger les pommiers.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶3 Communes"]);
}

#[test]
fn a_french_decision_told_by_its_noun_and_a_meeting_deciding_for_its_body() {
    let text = "Les vergers en fête\n\nLe 5-ème sommet extraordinaire de l'Union des vergers à Pomme a décidé tôt lundi la suspension de la commune de Poire.\n\nLa 12e session ordinaire de la Conférence des vergers a décidé de suspendre la commune de Prune.\n\nLe comité des jardiniers a décidé de planter des arbres.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶2 Union des vergers",
            "¶3 Conférence des vergers",
            "¶4 Comité des jardiniers"
        ]
    );
}

#[test]
fn a_quote_between_d_and_the_infinitive_and_a_guillemet_set_the_wrong_way() {
    let text = "Le Conseil des vergers s'est réuni le 2 mars 2026.\n\nLe Conseil demande aux gardes d'« arroser les arbres ».\n\nIls demandent aux forestiers d' »élaguer les arbres ».\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Gardes", "¶3 Forestiers"]);
}

// ---- French, nineteenth round (held20): AU suspensions reported, Human Rights Council texts.

#[test]
fn a_ledes_decision_told_by_its_noun_is_drafted_where_the_decision_is_quoted() {
    let text = "Le Conseil de paix et de sécurité a annoncé, ce lundi, la suspension de la commune de Poire de toutes ses activités.\n\n« Le Conseil de paix et de sécurité (...) décide de suspendre la commune de Poire de toutes ses activités », a-t-il écrit.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Conseil de paix et de sécurité"]
    );
}

#[test]
fn a_creation_after_d_autre_part_a_text_authorizing_and_a_subject_ending_in_homme() {
    let text = "Le Conseil des droits de l'homme a adopté jeudi une résolution autorisant la nomination d'un Expert des vergers.\n\nDans la résolution, le Conseil des droits de l'homme appelle le gouvernement pommier à coopérer avec l'Expert.\n\nLe Conseil a d'autre part créé, pour une période de deux ans, un mandat de Rapporteur sur les vergers.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Conseil des droits de l'homme",
            "¶2 Gouvernement pommier",
            "¶3 Conseil des droits de l'homme"
        ]
    );
}

// ---- French, twentieth round (held21): Security Council press lists.

#[test]
fn a_french_gerund_after_tout_en_asks_its_addressee() {
    let text = "Le Conseil de sécurité a, cet après-midi, renouvelé pour six mois le mandat de la Brigade des vergers, tout en priant le Secrétaire général de veiller à équiper la Brigade des moyens nécessaires.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶1 Secrétaire général"]);
}

// ---- French, twenty-first round (held22): an OIC resolution and decision, ECOWAS reports.

#[test]
fn a_byline_under_a_title_is_no_paragraphs_continuation_and_l_apostrophe_opens_a_name() {
    let text = "Le Conseil des vergers adopte le plan des pommiers\n\npar jardinnews\n\nLe Conseil des vergers,\n\nAPPELLE les communes, l’Union des vergers et ses organes à planter des arbres ;\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶4 Communes | Union des vergers | Organes"]
    );
}

#[test]
fn items_under_decide_set_as_paragraphs_of_an_unnumbered_text() {
    let text = "Le Conseil des ministres des affaires étrangères réuni à Pomme ;\n\nSe référant à sa décision antérieure ;\n\nDécide :\n\nRéintégration de la commune de Poire dans l'Union des vergers.\n\nDemander au Secrétaire général de l'Union de prendre les mesures nécessaires et de présenter un rapport à la prochaine session du Conseil des ministres.\n\nLes vergers publient chaque jour des nouvelles de toutes les communes.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶4 Conseil des ministres des affaires étrangères",
            "¶5 Secrétaire général de l'Union due=at 2027"
        ]
    );
}

#[test]
fn a_quote_slip_after_de_a_participial_demand_and_en_lui_demandant() {
    let text = "Les chefs d'État des vergers, réunis samedi, ont instruit au gouvernement pommier de  » conduire la récolte dans les 3 mois restants « .\n\nLe sommet ayant également réclamé  » la dissolution du comité « a été informé du calendrier.\n\nLe Conseil s'est adressé au Comité des jardiniers (CJ), le groupe au pouvoir à Poire, en lui demandant de désigner un président d'ici au 15 décembre.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Gouvernement pommier due=At { anchor: Adoption, days: 90 }",
            "¶2 Tous les États",
            "¶3 Comité des jardiniers due=2026-12-15"
        ]
    );
}

// ---- French, twenty-second round (held23): ECOWAS and AU press reports.

#[test]
fn an_ultimatum_in_days_and_a_headline_over_its_text_in_one_block() {
    let text = "Les jardiniers répondent à l'Union : « il ne s'agit pas d'une course »\nL'Union des vergers (UV) donne un ultimatum de dix (10) jours à la commune de Poire pour « planter des pommiers ». Cette annonce a été faite ce lundi à Pomme, à l'issue d'un sommet des maires de la région des vergers.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Commune de Poire due=At { anchor: Adoption, days: 10 }"]
    );
}

#[test]
fn a_straight_quoted_verb_after_an_acronym_and_a_headline_call_restated_later() {
    let text = "La CEDEAO réclame le lancement des plantations à Poire\n\nLa CEDEAO a réclamé, ce lundi, à la commune de Poire le lancement des plantations.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Commune de Poire"]);
    let text = "Le Conseil des vergers s'est réuni.\n\nLa Communauté des vergers (CEDEAO) \"demande\" à la commune de Poire \"de planter des arbres\", a déclaré son président.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶2 Commune de Poire"]);
}

// ---- French, twenty-third round (held24): OIC and Arab League press reports.

#[test]
fn a_dateline_under_a_title_is_no_paragraphs_continuation() {
    let text = "Le sommet des vergers loue les jardiniers\n\nvendredi, 18 mai, 2029 à 20:46\n\nLe sommet des vergers s'est tenu à Pomme.\n\nLe sommet a invité le Conseil des vergers et le Comité des jardiniers à planter des arbres.\n";
    assert_eq!(
        brief(text, "2029-05-18"),
        ["¶4 Conseil des vergers | Comité des jardiniers"]
    );
}

// ---- French, twenty-fourth round (held25): OIC reports, APF Bureau texts.

#[test]
fn a_freeze_decided_by_its_noun_and_a_failed_draft_that_asks_nothing() {
    let text = "Le Conseil de paix et de sécurité s'est réuni le 3 mars 2026.\n\nLe Conseil de paix et de sécurité a aussi décidé le gel de la participation de la commune de Poire.\n\nLe Conseil de sécurité a échoué hier à adopter un projet de texte appelant à une trêve dans les vergers.\n";
    assert_eq!(
        brief(text, "2026-03-03"),
        ["¶2 Conseil de paix et de sécurité"]
    );
}

#[test]
fn heads_of_state_and_government_are_one_actor_and_a_relative_clause_describes() {
    let text = "Le Bureau des vergers réuni à Pomme,\nDemande aux Chefs d’État et de Gouvernement des vergers ainsi qu’au Secrétaire général de l’Union d’attribuer une subvention aux jardiniers,\nAppelle les communes qui ne l'auraient pas encore fait à planter des arbres.\n";
    assert_eq!(
        brief(text, "2026-03-03"),
        [
            "¶2 Chefs d’État et de Gouvernement des vergers | Secrétaire général de l’Union",
            "¶3 Communes"
        ]
    );
}

// ---- French, twenty-fifth round (held26): Human Rights Council and Arab League reports.

#[test]
fn postponing_its_own_adoptions_asks_nobody_and_a_summarys_passive_asks_whom_it_names() {
    let text = "LE CONSEIL DES VERGERS DÉCIDE DE REPORTER À MARS L'ADOPTION DE PROJETS DE RÉSOLUTION\n\nLa Rapporteuse des vergers a pour sa part été priée de surveiller les pommiers. La Rapporteuse est également priée de rendre compte de sa visite. Le Conseil a salué les efforts du Poirier en vue de planter des arbres et l'exhorte à arroser les vergers.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        ["¶2 Rapporteuse des vergers", "¶2 Rapporteuse", "¶2 Poirier"]
    );
}

#[test]
fn appeler_a_calls_for_things_a_declaration_after_a_comma_asks_and_a_minister_speaks_alone() {
    let text = "Le sommet des vergers s'est conclu par l'adoption de la Déclaration de Pomme, qui appelle à l'unité des vergers.\n\nElle appelle à la désescalade des tensions à Poire, à l'élection d'un nouveau maire et aux réformes nécessaires, et soutient les initiatives visant à planter des arbres.\n\nLes dirigeants ont appelé à la nécessité de mettre en place un espace de dialogue.\n\nLors d'une conférence de presse, le ministre des vergers, le prince Jean Dupont, cité par la radio, a affirmé que la Déclaration renforcerait les vergers.\n\nIl a souligné que la cause restait centrale, appelant les jardiniers à recourir au dialogue.\n";
    assert_eq!(
        brief(text, "2026-12-01"),
        [
            "¶1 Tous les États",
            "¶2 Tous les États",
            "¶3 Tous les États"
        ]
    );
}

// ---- French, twenty-sixth round (held27): Security Council press reports.

#[test]
fn a_text_creating_a_thing_and_a_headline_repeated_at_the_pages_foot() {
    let text = "Publicité\n\nVergers : le Conseil crée un régime de protection des pommiers\n\nLe Conseil de sécurité a adopté aujourd'hui une résolution créant un régime de protection des pommiers à Poire.\n\n« Il s'agit d'une demande des communes », a déclaré l'ambassadeur Jean Dupont.\n\nVergers : le Conseil crée un régime de protection des pommiers\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶3 Conseil de sécurité"]);
}

// ---- French, twenty-seventh round (held28): Arab League and OIC reports.

#[test]
fn persons_by_title_speak_alone_and_a_draft_or_a_communiques_imperfect() {
    let text = "Le sommet des vergers s'est tenu à Pomme.\n\nJean Dupont, le chef de la Coalition des jardiniers, a pris place au sommet, appelant à davantage de soutien aux jardiniers.\n\nLe vice-président pommier Paul Martin, dans son discours, a appelé l'Union à planter des arbres.\n\nAprès cela, l’émir de Poire, qui a reçu la présidence de M. Martin, a appelé l’ONU à aider les jardiniers.\n\nLe projet de déclaration finale, soumis par les ministres, appelait à la création d'une brigade des vergers.\n\nConcernant les pommiers, le communiqué appelait à un soutien total aux jardiniers.\n";
    assert_eq!(brief(text, "2026-12-01"), ["¶6 Tous les États"]);
}

#[test]
fn a_pronoun_after_a_secretary_generals_sentence_under_a_dated_line() {
    let text = "Date: 10/12/2026\nLe Secrétaire général de l'Union des vergers le professeur Jean Dupont a exprimé sa préoccupation quant aux pommiers. Il a fait appel aux communes de faire preuve de retenue.\n";
    assert!(brief(text, "2026-12-10").is_empty());
}

// ---- French, twenty-eighth round (held29): AU and ECOWAS reports on Mali.

#[test]
fn calls_for_a_return_a_passive_demand_a_bare_gerund_and_a_suspension_told_as_done() {
    let text = "Le Conseil de paix et de sécurité, réuni le 1er juin, a, à son tour, suspendu la Poire de toutes les activités de l'Union. Il appelle au rétablissement de l'ordre dans les vergers.\n\nUn calendrier devant conduire à la récolte a été exigé aux jardiniers qui ont pris les vergers.\n\nL'Union a exprimé son soutien aux communes en invitant Pomme à proposer un calendrier.\n";
    assert_eq!(
        brief(text, "2026-06-01"),
        [
            "¶1 Conseil de paix et de sécurité",
            "¶1 Tous les États",
            "¶2 Jardiniers",
            "¶3 Pomme"
        ]
    );
}

#[test]
fn a_ledes_suspension_told_as_done_is_dropped_where_the_decision_is_quoted() {
    let text = "L’Union des vergers a suspendu lundi la Poire de ses instances.\n\nLe Conseil de paix et de sécurité a décidé « de suspendre la participation de la Poire à toutes les activités de l’Union ».\n";
    assert_eq!(
        brief(text, "2026-06-01"),
        ["¶2 Conseil de paix et de sécurité"]
    );
}

// ---- French, thirtieth round (held31, helper fr31): ILO, WHO and PACE texts.

#[test]
fn une_nouvelle_fois_before_an_addressee_under_a_lettered_item() {
    let text = "Décision sur les vergers\n\nLe Comité des vergers:\n\na) a pris note du rapport sur les pommiers;\n\nb) a demandé une nouvelle fois au Secrétariat de planter des poiriers;\n\nc) a invité le Directeur à lui présenter un rapport annuel.\n";
    assert_eq!(
        brief(text, "2026-11-17"),
        ["¶2 Secrétariat", "¶2 Directeur"]
    );
}

#[test]
fn a_french_call_to_a_colon_then_infinitive_items_one_a_line() {
    let text = "Le Comité des vergers a salué les jardiniers.\nSoulignant les récoltes, le Comité a notamment appelé les communes à :\nplanter des pommiers dans les vergers ;\nprotéger les poiriers contre le gel ;\narroser les cerisiers en été.\nLe texte a été adopté sans vote.\n";
    assert_eq!(
        brief(text, "2026-01-26"),
        ["¶3 Communes", "¶4 Communes", "¶5 Communes"]
    );
}

#[test]
fn proposals_to_be_put_to_a_meeting_in_a_month_and_a_report_to_a_numbered_assembly() {
    let text = "Le Comité des vergers,\n\n1. Demande au Secrétariat d'organiser des consultations en vue d'élaborer des propositions, qui seront soumises au Comité en novembre 2027;\n\n2. PRIE le Directeur de planter des pommiers et de faire rapport à la Trente-Deuxième Assemblée des vergers.\n";
    assert_eq!(
        brief(text, "2027-03-24"),
        ["¶1 Secrétariat due=2027-11", "¶2 Directeur due=at 2028"]
    );
}

// ---- French, thirty-first round (held32): AU, ILO and OIF texts.

#[test]
fn a_numbered_paragraph_a_web_page_broke_inside_its_sentences_goes_on_to_the_next_number() {
    let text = "DÉCISION\nSUR LES VERGERS\n12. EXPRIME SON\nSOUTIEN à\nla relance des\nplantations dans les vergers de la\nvallée.\nLa Conférence DEMANDE à la Poire, en\ntant qu'État membre, de planter des\npommiers dans les vergers.\nLa Conférence REITERE SON APPEL aux\ncommunes, d'arroser les\narbres Et APPELE tous les jardiniers à\nprotéger les vergers;\n13. PREND NOTE du rapport sur les\npoiriers.\n";
    assert_eq!(
        brief(text, "2026-01-29"),
        ["¶12 Poire", "¶12 Communes", "¶12 Jardiniers"]
    );
}

#[test]
fn an_impersonal_passive_asks_whom_it_names_and_a_governments_request_is_recounted() {
    let text = "1. Le gouvernement de la Poire a prié le Directeur de demander au Comité de l'autoriser à planter des pommiers.\n2. En conséquence, il est demandé au Comité d'autoriser le Directeur à planter des pommiers.\n";
    assert_eq!(brief(text, "2026-02-21"), ["¶2 Comité"]);
}

#[test]
fn joining_the_appeals_for_a_thing_is_a_call() {
    let text = "Les ministres se sont réunis à Pomme. Ils se sont joints également aux appels visant la protection des jeunes pommiers.\n";
    assert_eq!(brief(text, "2026-11-24"), ["¶1 Tous les États"]);
}

#[test]
fn an_act_at_a_meeting_the_text_dates_and_a_doer_named_further_in() {
    let text = "1. APPELLE tous les jardiniers à se retirer de la réunion des vergers prévue du 15 au 20 mars 2027 ;\n\n2. Appelle au renforcement de la mobilisation de la Ligue des vergers pour protéger les arbres ;\n";
    assert_eq!(
        brief(text, "2027-01-29"),
        ["¶1 Jardiniers due=2027-03-15", "¶2 Ligue des vergers"]
    );
}

// ---- French, thirty-second round (held33): APF, ECCAS and European Council texts.

#[test]
fn a_block_of_sentence_lines_cut_at_its_end_is_read_line_by_line() {
    let text = "Société\n\nLes vergers\n\n© D.R\n\nLe Comité a adopté une résolution appelant à la protection des vergers.\nLe Comité a aussi lancé un appel dénonçant le gel.\nUne autre résolution appelle les communes, à travers leurs maires, à planter des pommiers.\nFinalement, le Comité a adopté, lors de ses deux jour\n";
    assert_eq!(
        brief(text, "2026-07-03"),
        ["¶4 Tous les États", "¶6 Communes"]
    );
}

#[test]
fn a_lower_case_institution_invited_in_the_passive_and_an_authorization_for_a_purpose() {
    let text = "Le siège du Comité des vergers sera à Pomme. Le secrétariat général a été invité à dessiner le plan du siège.\nLes chefs d'Etat ont autorisé la prolongation de la récolte afin de permettre aux jardiniers de ce pays d'organiser la cueillette.\n";
    assert_eq!(
        brief(text, "2026-05-25"),
        ["¶1 Secrétariat général", "¶2 Chefs d'Etat"]
    );
}

#[test]
fn a_named_actors_future_in_numbered_conclusions_asks_it() {
    let text = "Le Comité des vergers,\n\n1. Le Comité se félicite des récoltes.\n\n2. Les accords sur les pommiers faciliteront les échanges. Les États membres les appliqueront dès que la saison le permettra.\n\n3. Le Comité examinera la question à sa prochaine réunion.\n";
    assert_eq!(brief(text, "2026-06-25"), ["¶2 États membres"]);
}

// ---- French, thirty-third round (held34): COP decisions, G8 and summit declarations.

#[test]
fn a_body_in_capitals_alone_on_its_line_and_a_session_that_adopted_a_text() {
    let text = "3e séance plénière\n12 juillet 2026\nLes vergers\nCONFERENCE DES PARTIES\nRappelant sa décision 1/CP.1,\n1. Décide de poursuivre la phase pilote;\n2. Invite les Parties à rendre compte selon le cadre adopté par l'Organe subsidiaire à sa deuxième session;\n";
    assert_eq!(
        brief(text, "2026-07-12"),
        ["¶1 Conférence des Parties", "¶2 Parties"]
    );
}

#[test]
fn a_declarations_title_names_its_authors_as_the_body() {
    let text = "Déclaration des chefs d'Etat et de gouvernement du G5\n\n1. Nous, chefs d'État, nous sommes réunis à Pomme.\n\n2. Nous nous engageons à protéger les vergers.\n";
    assert_eq!(
        brief(text, "2026-07-22"),
        ["¶2 Chefs d'Etat et de gouvernement du G5"]
    );
}

#[test]
fn an_appeal_made_by_a_gerund_under_a_heading() {
    let text = "Déclaration finale\n\nProtéger les vergers\n\n– en soutenant les jardiniers,\n\n– en faisant appel au Comité des vergers pour qu'il organise une conférence sur les pommiers ;\n";
    assert_eq!(brief(text, "2026-11-12"), ["¶2 Comité des vergers"]);
}

#[test]
fn a_communiques_quoted_decision_the_text_adds() {
    let text = "Le Sommet de la Francophonie, qui se tient à Pomme, appelle \"à protéger les pommiers\", selon le communiqué final.\n\"Nous pensons que la paix nécessite le dialogue\", peut-on lire dans le texte.\n\"Nous avons donc décidé d'agir sans tarder pour les vergers\", ajoute-t-il.\n";
    assert_eq!(
        brief(text, "2026-06-16"),
        ["¶1 Tous les États", "¶3 Sommet de la Francophonie"]
    );
}

// ---- French, thirty-fourth round (held35): Francophonie, IPU and ECOSOC texts.

#[test]
fn an_acronym_as_subject_and_par_consequent() {
    let text = "L'UPV décide de retirer la Poire de la liste des vergers.\n\nDepuis le début de la sécheresse, l'UPV appelle à la retenue. L'UPV a été fondée sur l'idée que les crises doivent se régler pacifiquement. L'UPV appelle par conséquent les parties au conflit à trouver des solutions pacifiques.\n";
    assert_eq!(
        brief(text, "2026-03-20"),
        ["¶1 UPV", "¶2 Tous les États", "¶2 Parties au conflit"]
    );
}

#[test]
fn a_resolution_calling_for_an_act_calls_on_all_and_continuing_to_demand_a_thing() {
    let text = "Le Conseil permanent de la Francophonie s'est réuni. L'Assemblée a décidé d'inscrire à son ordre du jour un point sur les vergers et a adopté une résolution appelant à mettre un terme au gel des vergers. Continuant d'exiger le retour à l'ordre dans les vergers, il a invité le Secrétaire général de la Francophonie à lui rendre compte dans un délai de 60 jours.\n";
    assert_eq!(
        brief(text, "2026-12-14"),
        [
            "¶1 Tous les États",
            "¶1 Tous les États",
            "¶1 Secrétaire général de la Francophonie due=At { anchor: Adoption, days: 60 }"
        ]
    );
}

// ---- French, thirty-fifth round (held36): G5 Sahel summit reports.

#[test]
fn a_renewed_demand_to_an_addressee_and_a_body_named_as_the_one_asked() {
    let text = "Les dirigeants des pays des vergers ont demandé au Conseil de sécurité de protéger les vergers.\nLes chefs d'Etat ont renouvelé leur demande aux communes voisines de planter des pommiers.\nLes chefs d'Etat ont décidé de la tenue du prochain sommet des vergers en février 2027 à Pomme.\n";
    assert_eq!(
        brief(text, "2026-02-06"),
        [
            "¶1 Conseil de sécurité",
            "¶2 Communes voisines",
            "¶3 Chefs d'Etat due=2027-02"
        ]
    );
}

#[test]
fn a_commitment_in_the_third_person() {
    let text = "Communiqué final\n\n1. La session des vergers s'est tenue à Pomme.\n\n2. Les Chefs d'Etat se félicitent des progrès des vergers et s'engagent à les rendre prospères.\n";
    assert_eq!(brief(text, "2026-02-05"), ["¶2 Chefs d'Etat"]);
}

// ---- French, thirty-sixth round (held37): decisions of the African Commission on Human and
// Peoples' Rights.

#[test]
fn days_counted_from_the_notification_and_asides_before_the_addressee() {
    let text = "Décision sur le fond\n12. En conséquence :\ni. Demande à la Poire, à défaut d'une récolte, de verser des pommes au Plaignant ;\nii. Demande en outre, et au surplus, à la Poire de planter des poiriers ;\niii. Demande enfin à la Poire de l'informer par écrit, dans les quatre-vingt-dix (90) jours de la notification de la présente décision, des mesures prises.\n";
    assert_eq!(
        brief(text, "2026-03-09"),
        ["¶12 Poire", "¶12 Poire", "¶12 Poire due=at 2027"]
    );
}

#[test]
fn a_body_whose_name_ends_in_peuples_decides_its_items() {
    let text = "Décision sur la recevabilité\n8. Compte tenu de ce qui précède, la Commission africaine des droits de l'homme et des peuples décide de :\ni. Déclarer la plainte sur les vergers irrecevable ;\nii. Informer les Parties de sa décision.\n";
    let body = "¶8 Commission africaine des droits de l'homme et des peuples";
    assert_eq!(brief(text, "2026-11-04"), [body, body]);
}

// ---- French, thirty-seventh round (held38): a PACE recommendation and an explainer.

#[test]
fn a_chapeau_over_items_numbered_by_their_section() {
    let text = "Comme les vergers souffrent encore, l'Assemblée recommande au Comité des vergers:\n2.1 de continuer à planter des pommiers;\n2.2 de recourir à nouveau aux poiriers;\n2.3 de donner la priorité aux cerisiers.\n";
    let item = "¶2 Comité des vergers";
    assert_eq!(brief(text, "2026-01-26"), [item, item, item]);
}

#[test]
fn an_obligation_the_law_sets_on_a_condition_asks_nobody() {
    let text = "Après la décision\n\nLes décisions du Comité sont contraignantes : quand il conclut à un manquement, la commune concernée est tenue de planter des pommiers.\n";
    assert!(brief(text, "2026-01-01").is_empty());
}

// ---- French, thirty-eighth round (held39): a press report of a Council resolution.

#[test]
fn a_ledes_request_restated_with_a_shorter_name_for_the_addressee() {
    let text = "POMME - Le Comité des vergers a autorisé le directeur des vergers de la Poire à prolonger la récolte des pommes.\nDans leur décision, les membres du Comité rappellent \"le rôle des jardiniers\".\nEnfin, ils décident d'autoriser le directeur des vergers \"à prolonger de trois mois, au plus, la récolte des pommes\".\n";
    assert_eq!(brief(text, "2026-02-16"), ["¶3 Directeur des vergers"]);
}

// ---- French, thirty-ninth round (held40): WHO, ILO, IOPC Funds and UNESCO decisions.

#[test]
fn a_curly_apostrophe_before_the_addressee_opens_it() {
    let text =
        "Le Comité des vergers,\n\n1. Prie l’Intendant des vergers de planter des pommiers.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 Intendant des vergers"]);
}

#[test]
fn a_year_that_names_an_instrument_is_no_date_of_the_act() {
    let text = "N° 4\n\nEn mai 2026, le Comité du Verger de 1950 a noté que les pommes manquaient, et il a chargé l’Intendant de planter des pommiers.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶2 Intendant"]);
}

#[test]
fn a_session_whose_month_the_text_gives_in_brackets() {
    let text = "Le Conseil des vergers a prié le Jardinier en chef de lui soumettre, à sa 41e session (avril 2027), un plan de plantation.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶1 Jardinier en chef due=2027-04"]
    );
}

#[test]
fn a_recommendation_over_that_clauses_asks_each_named_subject() {
    let text = "Le Comité des vergers,\n\nAyant lu la note du Jardinier ;\n\n1. PREND NOTE de la note ;\n\n2. RECOMMANDE :\n\na) que le Jardinier en chef plante rapidement des pommiers dans le verger ;\n\nb) que les poiriers soient taillés ;\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶2 Jardinier en chef"]);
}

// ---- French, forty-first round (held42): a PACE page, an AU Executive Council report.

#[test]
fn a_decision_as_subject_mandates_its_addressee() {
    let text = "Le Comité des vergers a adopté une décision sur les poiriers.\n\nLa même décision mandate le Jardinier en chef à achever la taille des poiriers dans un délai de cinq jours.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶2 Jardinier en chef due=At { anchor: Adoption, days: 5 }"]
    );
}

#[test]
fn two_obligations_joined_by_et_ask_each_subject() {
    let text = "Les pommes mûrissent.\n\nLa Poire doit cesser aussitôt de cueillir les pommes et la communauté des vergers doit s’unir pour garder les pommiers, a exhorté le Comité.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶2 Poire", "¶2 Communauté des vergers"]
    );
}

// ---- French, forty-second round (held43): a CoE Committee of Ministers decision, an ECOWAS
// summit report, an IPU Council summary.

#[test]
fn the_committee_of_ministers_is_a_body_and_its_dated_meeting_is_due() {
    let text = "Au terme de sa réunion de ce jour, le Comité des Ministres :\n- regrette la coupe des poiriers ;\n- invite la Poire à cesser toute coupe ;\nLe Comité des Ministres a aussi décidé de tenir une nouvelle réunion le 12 mai 2026 pour en débattre.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶1 Poire", "¶2 Comité des Ministres due=2026-05-12"]
    );
}

#[test]
fn a_plural_renewed_demand_with_quote_marks_calls_on_all() {
    let text = "Les chefs des vergers se sont réunis hier. Ils réitèrent leur demande « pour la restitution des pommes » du verger voisin.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 Tous les États"]);
}

#[test]
fn paragraphs_under_a_numbered_heading_take_its_number() {
    let text = "Le Conseil de l'Union des vergers a tenu sa 12ème session à Pommeraie.\n\n1. ADHÉSIONS\n\nLe Conseil a décidé d'admettre le Verger du Nord.\n\n2. PLANTATIONS\n\nLe Conseil a pris note des plantations.\n\nIl a décidé de planter cent pommiers.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        [
            "¶1 Conseil de l'Union des vergers",
            "¶2 Conseil de l'Union des vergers"
        ]
    );
}

// ---- French, forty-third round (held44): Security Council and General Assembly press
// pages, a UEMOA summit report.

#[test]
fn them_after_a_list_of_names_asks_those_named() {
    let text = "Le Comité des vergers a prorogé le mandat du Jardinier.\n\nIl note que la Poire, le Verger du Nord et la Pomme ont accepté la rencontre.\n\nLe Comité les encourage à planter ensemble des pommiers.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶3 Poire | Verger du Nord | Pomme"]
    );
}

#[test]
fn an_obligation_a_speaker_states_is_the_speakers_view() {
    let text = "Le Comité des vergers a adopté sa décision.\n\nAuteur du texte, la Poire a expliqué qu'au moment où la récolte commence, le Comité doit soutenir les jardiniers, a insisté sa représentante.\n";
    assert!(brief(text, "2026-05-04").is_empty());
}

#[test]
fn a_texts_relative_passive_asks_the_one_it_names() {
    let text = "Le Comité des vergers a adopté la décision 12 en vertu de laquelle les jardiniers, Paul et Marie, sont invités à tailler les poiriers.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 Jardiniers"]);
}

#[test]
fn an_encouraged_act_with_no_addressee_calls_on_all() {
    let text = "La Conférence des vergers a salué la récolte. Elle «encourage la poursuite de la plantation des pommiers».\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 Tous les États"]);
    // A participle that tells an effect calls for nothing.
    let text = "La Poire a refusé la taille, encourageant ainsi la poursuite des dégâts.\n";
    assert!(brief(text, "2026-05-04").is_empty());
    // Encouraged efforts are commended, not asked for.
    let text = "La Conférence des vergers encourage les efforts des jardiniers.\n";
    assert!(brief(text, "2026-05-04").is_empty());
}

#[test]
fn a_counted_subject_that_pledged_at_the_meeting_commits() {
    let text = "Plus de 40 États des vergers se sont engagés, ce matin, à financer la plantation de pommiers.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 États des vergers"]);
    // A standing commitment, told without the day it was made, is background.
    let text = "Les États des vergers se sont engagés à respecter les décisions du Comité.\n";
    assert!(brief(text, "2026-05-04").is_empty());
}

#[test]
fn speakers_a_body_heard_call_for_themselves() {
    let text = "Le Comité des vergers a entendu, ce matin, les jardiniers sortants qui ont appelé à une récolte plus rapide.\n";
    assert!(brief(text, "2026-05-04").is_empty());
}

// ---- French, forty-fourth round (held45): Arab League summit reports, councils of
// ministers' communiqués.

#[test]
fn a_council_of_ministers_record_numbers_its_sections_within_parts() {
    let text = "Conseil des ministres : la récolte\n\nRéuni ce mercredi 4 mai 2026, le conseil des ministres a délibéré sur les pommes, entendu deux exposés et autorisé des voyages.\n\nI.DELIBERATIONS\n\nI.1. AU TITRE DU MINISTERE DES VERGERS\n\nLe conseil a examiné deux rapports.\n\nAprès examen, le conseil a autorisé la plantation de cent pommiers.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 Conseil des ministres"]);
}

#[test]
fn the_chair_of_a_council_of_ministers_gives_its_directions() {
    let text = "Communiqué du Conseil des ministres\n\nLe Conseil des ministres s'est réuni ce mercredi. Ouvrant la séance, le Chef de l’Etat, à la veille de la récolte, demande au Gouvernement de veiller aux pommes. Il a ensuite prié le Conseil d’observer une minute de silence.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶2 Gouvernement"]);
}

#[test]
fn a_council_of_ministers_asked_by_a_summit_is_not_its_body() {
    let text = "Les chefs d'Etat des vergers ont décidé de planter des pommiers. Ils ont instruit le Conseil des ministres de suivre la plantation.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶1 Chefs d'Etat des vergers", "¶1 Conseil des ministres"]
    );
}

// ---- French, forty-fifth round (held46): Human Rights Council pages, Security Council press
// summaries, a General Assembly agenda note.

#[test]
fn a_next_session_the_text_dates_by_its_month_is_due_that_month() {
    let text = "Le Conseil des vergers a décidé d'envoyer un jardinier évaluer la récolte et d'en rendre compte à sa prochaine session en mars 2027.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶1 Conseil des vergers due=2027-03"]
    );
}

#[test]
fn a_debates_speakers_exhort_for_themselves() {
    let text = "Le Conseil des vergers a tenu son débat général.\n\nLes intervenants ont notamment exhorté les jardiniers à planter des pommiers.\n";
    assert!(brief(text, "2026-05-04").is_empty());
}

#[test]
fn a_decision_of_an_earlier_assembly_resolution_is_recounted() {
    let text = "Le Comité des vergers examine la question.\n\nPar sa résolution 71/12, l'Assemblée générale a décidé de planter des pommiers.\n";
    assert!(brief(text, "2026-05-04").is_empty());
    // The resolution of the session under way is not an earlier one.
    let text = "Le Comité des vergers examine la question.\n\nPar sa résolution 81/12, l'Assemblée générale a décidé de planter des pommiers.\n";
    assert_eq!(brief(text, "2026-12-04"), ["¶2 Assemblée générale"]);
}

// ---- French, forty-sixth round (held47): press items on the Francophonie suspending a member.

#[test]
fn a_body_named_as_the_subject_asks() {
    let text =
        "Le Conseil permanent de la Francophonie demande aux jardiniers de tailler les poiriers.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 Jardiniers"]);
}

#[test]
fn its_turn_to_suspend_is_the_bodys_decision() {
    let text = "Après le Comité des vergers, c’est au tour de l’Union des vergers de suspendre de ses instances le Verger du Nord.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶1 Union des vergers"]);
}

#[test]
fn a_member_suspended_in_the_passive_is_the_bodys_decision() {
    let text = "Le Verger du Nord, frappé par la grêle, a été suspendu du Conseil permanent de la Francophonie, qui s'est réuni lundi.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶1 Conseil permanent de la Francophonie"]
    );
}

#[test]
fn a_headline_restating_a_request_of_a_longer_named_addressee_is_drafted_once() {
    let text = "Le Conseil économique et social exhorte les fonds des vergers à planter des pommiers\n\nLe Conseil économique et social a tenu sa session.\n\nIl a exhorté les organismes et fonds des vergers de la région à planter des pommiers.\n";
    assert_eq!(
        brief(text, "2026-05-04"),
        ["¶3 Organismes et fonds des vergers de la région"]
    );
}

// ---- French, forty-eighth round (held49): councils of ministers' communiqués.

#[test]
fn where_a_request_was_made_may_follow_its_day_between_commas() {
    let text = "Communiqué du Conseil des ministres\n\nLe président de la République a demandé, mardi, en Conseil des ministres, au Premier ministre \"de planter des pommiers\".\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶2 Premier ministre"]);
}

#[test]
fn a_government_decides_for_itself_in_a_councils_record() {
    let text = "Communiqué du Conseil des ministres\n\nPour mieux tenir le budget, le gouvernement a décidé de vendre cent pommiers.\n";
    assert_eq!(brief(text, "2026-05-04"), ["¶2 Gouvernement"]);
}
