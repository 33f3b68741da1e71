//! One composed text per kind helper `hdl18` fixed (deadline kinds of formal UN texts probed
//! after un67, whose four texts the drafter read without a miss): a session named by its
//! kind and dated by "of <year>", a ranked session whose year a pair of commas sets off,
//! that year read with the month a yearly session opens in, and a resolution's "Nth plenary
//! meeting" signature as its adoption day. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

/// "at its substantive session of 2039": the year after "of" dates a session named by its
/// kind, as "for 2039" does; without it the session was taken for the next one.
#[test]
fn a_session_named_by_its_kind_is_dated_by_of_a_year() {
    let text = "The Orchard Assembly,\n\n1. Requests the Keeper to report to the Orchard Council at its substantive session of 2039 on the count of the seeds;\n\n2. Requests the Keeper to report to the Orchard Council at its organizational session for 2039 on the new groves;\n";
    assert_eq!(
        brief(text, "2037-12-10"),
        ["¶1 Keeper due=at 2039", "¶2 Keeper due=at 2039"]
    );
}

/// "at its ninth session, in 2040, on ...": a year set off by commas right after a ranked
/// session dates it as "in 2040" with no comma does.
#[test]
fn a_year_set_off_by_commas_after_a_ranked_session_dates_it() {
    let text = "The Orchard Assembly,\n\n1. Requests the Keeper to report to the Committee on Seeds at its ninth session, in 2040, on the count of the seeds;\n";
    assert_eq!(brief(text, "2037-12-10"), ["¶1 Keeper due=at 2040"]);
}

/// "to the General Assembly at its ninety-fifth session, in 2040,": the year the text
/// gives is the one that session opens in, so the month it opens in (September) says more.
#[test]
fn a_year_given_for_a_yearly_session_keeps_its_opening_month() {
    let text = "The Orchard Assembly,\n\n1. Requests the Keeper to report to the General Assembly at its ninety-fifth session, in 2040, on the count of the seeds;\n\n2. Requests the Keeper to report to the General Assembly at its ninety-sixth session in 2041 on the new groves;\n";
    assert_eq!(
        brief(text, "2037-12-10"),
        ["¶1 Keeper due=at 2040-09", "¶2 Keeper due=at 2041-09"]
    );
}

/// "93rd plenary meeting" on a line of its own and a day on the next, under a resolution's
/// last paragraph: the day that meeting adopted it, which the draft takes as its adoption
/// day (it was left to the reviewer, with today's date, before).
#[test]
fn a_plenary_meetings_signature_dates_the_adoption() {
    let text = "The Orchard Assembly,\n\n1. Requests the Keeper to count the seeds;\n\n2. Requests the Keeper to report to the Orchard Assembly at its next session.\n\n93rd plenary meeting\n12 December 2037\n";
    let meta = crate::meta::read(
        &crate::segment::paragraphs(text),
        None,
        "2040-01-01".parse().unwrap(),
    );
    assert_eq!(meta.adopted.value, "2037-12-12".parse().unwrap());
    assert!(meta.adopted.check.is_none());
    // A PDF page's lines run on under the last paragraph, the page's number after the day.
    let page = "A/RES/99/1\n2. Requests the Keeper to report to the Orchard Assembly at its next session.\n93rd plenary meeting\n12 December 2037\n4";
    let meta = crate::meta::read(
        &crate::segment::paragraphs(page),
        None,
        "2040-01-01".parse().unwrap(),
    );
    assert_eq!(meta.adopted.value, "2037-12-12".parse().unwrap());
}
