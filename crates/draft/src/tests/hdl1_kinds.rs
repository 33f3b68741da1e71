//! One composed text per kind helper `hdl1` fixed on un48 (English deadlines, texts chosen
//! for their dated asks). None is a sentence of a real text.

use crate::tests::real_kinds::brief;

/// A ranked session an earlier paragraph dates in brackets, named again without its date,
/// is held when the brackets said.
#[test]
fn a_session_an_earlier_paragraph_dated_in_brackets_keeps_that_month() {
    let text = "The Orchard Assembly,\n\n1. Requests the Committee on Seeds to open the review of the seed plan at its twelfth session (May 2038), with a view to closing it at its thirteenth session (October 2038);\n\n2. Invites growers to send their notes by 31 January 2038;\n\n3. Encourages the Committee on Seeds to weigh late notes during its talks at its twelfth and thirteenth sessions;\n\n4. Requests the Keeper to report to the Committee on Seeds at its thirteenth session;\n";
    assert_eq!(
        brief(text, "2037-12-10"),
        [
            "¶1 Committee on Seeds due=at 2038-05",
            "¶2 Growers due=2038-01-31",
            "¶3 Committee on Seeds due=at 2038-05",
            "¶4 Keeper due=at 2038-10",
        ]
    );
}

/// A page cut inside its last word, a meeting's noun ("sessio"), still names the meeting.
#[test]
fn a_meeting_noun_cut_at_the_pages_end_still_names_the_meeting() {
    let text = "The Orchard Assembly,\n\n1. Requests the Committee on Seeds to open the review at its twelfth session (May 2038);\n\n2. Encourages the Committee on Seeds to weigh late notes during its talks at its twelfth and thirteenth sessio";
    assert_eq!(
        brief(text, "2037-12-10"),
        [
            "¶1 Committee on Seeds due=at 2038-05",
            "¶2 Committee on Seeds due=at 2038-05",
        ]
    );
}

/// "every three years thereafter" after an earlier paragraph's "first return by D": the
/// first of the later returns falls three years after D, not three years after adoption.
#[test]
fn every_n_years_thereafter_counts_from_the_day_an_earlier_paragraph_gave() {
    let text = "The Orchard Conference,\n\n1. Decides that each Member shall submit its first return by 31 December 2038;\n\n2. Decides that each Member shall submit its next return every three years thereafter;\n\n3. Requests the Keeper to send reminders every six months;\n";
    assert_eq!(
        brief(text, "2037-12-10"),
        [
            "¶1 Each Member due=2038-12-31",
            "¶2 Each Member due=2041-12-31",
            "¶3 Keeper",
        ]
    );
}

/// "for the consideration of the fourth meeting of X": the meeting named by "of".
#[test]
fn for_the_consideration_of_the_nth_meeting_of_x_is_at_that_meeting() {
    let text = "The Orchard Conference,\n\n1. Requests the Keeper to gather the returns for the consideration of the fourth meeting of the Orchard Conference, as a contribution to its review;\n\n2. Requests the Keeper to gather the notes for consideration of the fourth meeting of the Orchard Conference;\n\n3. Requests the Keeper to weigh the consideration of the growers;\n";
    let got = brief(text, "2037-12-10");
    assert!(got[0].starts_with("¶1 Keeper due=at "), "{got:?}");
    assert!(got[1].starts_with("¶2 Keeper due=at "), "{got:?}");
    assert_eq!(got[2], "¶3 Keeper");
}

/// Operative paragraphs run into the preamble's line, their numbers glued to their verbs
/// ("..., 1.Requests ...; 2.Also requests ...; 3.Decides ..."): each is a numbered
/// paragraph of its own.
#[test]
fn numbers_glued_to_verbs_inside_the_preambles_line_open_paragraphs() {
    let text = "United Nations |\nThe Orchard Assembly,\nRecalling its decision 4/2 of 1 May 2036, Noting the returns of the growers, 1.Requests the Keeper to count the seeds; 2.Also requests the Keeper to report to the Orchard Assembly at its fifth session on the count; 3.Decides to consider, at its fifth session, the count of the seeds\n";
    let got = brief(text, "2037-12-10");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], "¶1 Keeper");
    assert!(got[1].starts_with("¶2 Keeper due=at "), "{got:?}");
    assert!(got[2].starts_with("¶3 Orchard Assembly due=at "), "{got:?}");
    // A run of one ("..., 1.Requests ...") or numbers out of order split nothing.
    let one = "United Nations |\nThe Orchard Assembly,\nNoting the returns, 1.Requests the Keeper to count the seeds; 3.Decides to consider the count\n";
    let got = brief(one, "2037-12-10");
    assert!(got.iter().all(|m| !m.starts_with("¶1 ")), "{got:?}");
}

/// "Decides that in accordance with Article N of X, each Y shall ...": the
/// subject follows the aside that cites a rule.
#[test]
fn a_that_clauses_subject_after_an_aside_citing_a_rule() {
    let text = "The Orchard Conference,\n\n1. Decides that in conformity with rule 9 of the Seed Code, each Party shall file its first return by 31 December 2038;\n\n2. Decides that, pursuant to rule 4, the Keeper shall print the form by 1 March 2038;\n";
    assert_eq!(
        brief(text, "2037-12-10"),
        ["¶1 Each Party due=2038-12-31", "¶2 Keeper due=2038-03-01",]
    );
}

/// After such an aside an impersonal "there shall be set off ... their share" names nobody,
/// and neither does a "that," clause opening with "for Member States that ...".
#[test]
fn after_an_aside_citing_a_rule_there_shall_be_names_nobody() {
    let text = "The Orchard Assembly,\n\n1. Decides that, in line with its resolution 97 (X), there shall be set off against the sharing out of seed costs among Member States, as paragraph 2 above sets it, the share each holds in the Seed Fund of 1,200 dollars;\n\n2. Also decides that, for Member States that have paid their dues, there shall be set off against the apportionment their share of the balance;\n\n3. Requests the Keeper to count the seeds;\n";
    assert_eq!(brief(text, "2037-12-10"), ["¶3 Keeper"]);
}
