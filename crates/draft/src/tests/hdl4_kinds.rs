//! One composed text per kind helper `hdl4` fixed (un52's misses): a record's label and
//! day over its first line, an abbreviated month with no year, a span after an undated
//! appointment, the sooner of two sessions where another body considers the work later,
//! press names for the body as a subject, who appointed an actor, a decision setting what a
//! mandate covers, and a sentence opened by a participle's that-clause. None is a sentence
//! of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_label_and_day_line_stays_with_the_line_under_it() {
    let text = "Decision on the orchard levy\n\nRecord of decisions | 14 May 2031\nThe Orchard Board took note of the survey of the growers' accounts and of the pests report and requested the Keeper to:\n\n(a) weigh the advice given on the levy; and\n\n(b) send a note on the levy's yield at its 90th Session (October 2031).\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got, ["¶2 Keeper", "¶2 Keeper due=at 2031-10"], "{got:?}");
}

#[test]
fn a_headline_over_its_text_still_stands_apart() {
    let text = "Orchard board asks growers to share their figures on the blight\nThe Orchard Board on Monday asked the growers to share their figures on the blight before the next harvest begins in the valley, and to keep the Keeper informed.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("¶2 "), "{got:?}");
}

#[test]
fn an_abbreviated_month_with_no_year_is_in_the_year_of_adoption() {
    let text = "The Orchard Board today asked the Keeper to send a first note no later than Sept. 4, and a last one no later than Feb. 2, 2032.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got, ["¶1 Keeper due=2031-09-04"], "{got:?}");
}

#[test]
fn a_full_month_name_with_a_full_stop_ends_the_sentence() {
    let text =
        "The Orchard Board today asked the Keeper to report by September. 4 growers objected.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got, ["¶1 Keeper due=2031-09"], "{got:?}");
}

#[test]
fn a_span_after_an_undated_appointment_is_at_that_act() {
    let text = "The Orchard Board today asked the Keeper to send its work plan not later than 45 days after the Keeper's appointment.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got.len(), 1, "{got:?}");
    // An event the text does not date (the brief shows the year after adoption).
    assert_eq!(got, ["¶1 Keeper due=at 2032"], "{got:?}");
}

#[test]
fn a_span_after_adoption_is_still_counted_from_it() {
    let text = "The Orchard Board today asked the Keeper to send its work plan not later than 45 days after adoption.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(
        got,
        ["¶1 Keeper due=At { anchor: Adoption, days: 45 }"],
        "{got:?}"
    );
}

#[test]
fn the_session_the_work_is_presented_at_comes_before_the_other_bodys() {
    let text = "The Orchard Board requested the Keeper to hold talks with growers to find options for consideration by the Grove Conference at its 12th Session (September 2032), and with a view to presenting to the Orchard Board at its 91st Session (March 2032) a plan on the levy.\n";
    let got = brief(text, "2031-11-14");
    assert_eq!(got, ["¶1 Keeper due=at 2032-03"], "{got:?}");
}

#[test]
fn the_body_called_the_organ_or_the_watchdog_is_a_subject() {
    let text = "The Orchard Board today renewed the Keeper's term until May 2032.\n\nThe seven-member organ also asked the Keeper to count the hives.\n\nThe board of the grove watchdog has called on the growers to stop burning leaves.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got, ["¶2 Keeper", "¶3 Growers"], "{got:?}");
}

#[test]
fn who_appointed_an_addressee_is_no_part_of_its_name() {
    let text = "The Orchard Board today asked the Panel, appointed by the Keeper pursuant to decision 7 (2030), to give the Board a report by 9 October 2031.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got, ["¶1 Panel due=2031-10-09"], "{got:?}");
}

#[test]
fn a_decision_on_what_a_mandate_covers_asks_nobody() {
    let text = "The Orchard Board today decided that the mandate applies to the rules set by decisions 7 and 9, and asked the Keeper to publish them.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got, ["¶1 Keeper"], "{got:?}");
}

#[test]
fn a_participle_that_clause_ends_where_the_body_acts() {
    let text = "The Orchard Board today renewed the Panel's term until May 2032.\n\nUnderscoring that the Panel must weigh the growers' claims fairly, in good faith and in the open, the board requested the Panel to send a plan of work.\n";
    let got = brief(text, "2031-05-14");
    assert_eq!(got, ["¶2 Panel"], "{got:?}");
}

#[test]
fn a_view_reported_in_the_past_still_reports_its_that_clause() {
    let text =
        "The Orchard Board stressed that the growers must keep the hives, the Keeper said.\n";
    let got = brief(text, "2031-05-14");
    assert!(!got.iter().any(|g| g.contains("Keeper")), "{got:?}");
}
