//! One composed text per kind the fix round on `un37` (helper `hen16`) fixed: a session
//! a later request names, dated by the days an earlier paragraph set for it; a session set
//! off by commas between the addressee and its infinitive; "during the present session";
//! "before submitting ..." (an act the text does not date); and "requests that future
//! reports of X include ..." (the reports' holder is asked). None is a sentence of a real
//! text.

use crate::tests::real_kinds::brief;

#[test]
fn a_session_an_earlier_paragraph_set_the_days_of_is_due_its_first_day() {
    let text = "The Orchard Committee,\n\nRecalling resolution ORC/RC4.R10,\n\n1. CONFIRMS its decision to hold the ninth session of the Orchard Committee at its seat in Glen;\n\n2. DECIDES that the dates of the ninth session shall be from 14 to 18 September 2039;\n\n3. AUTHORIZES the Keeper to accept any offer to host it and to inform all members before the ninth session of the Orchard Committee;\n";
    assert_eq!(brief(text, "2038-09-14"), ["¶3 Keeper due=at 2039-09-14"]);
    // The days of another session date nothing else.
    let other = text.replace("before the ninth session", "before the tenth session");
    assert_eq!(brief(&other, "2038-09-14"), ["¶3 Keeper due=at 2039"]);
}

#[test]
fn a_session_set_off_between_the_addressee_and_its_infinitive_dates_the_request() {
    let text = "Decision on the fourth item on the agenda: Rules of the Orchard Assembly\n\nRecord of decisions | 27 March 2038\n\nThe Orchard Board:\n\n(a) invited the Orchard Assembly, at its 31st Session (June 2038), to approve the amendments to article 8 of its rules;\n\n(b) approved the amendment to paragraph 2 of its own rules.\n";
    assert_eq!(
        brief(text, "2038-03-27"),
        ["¶3 Orchard Assembly due=at 2038-06"]
    );
    // An aside that names no session dates nothing.
    let partner = text.replace(
        "at its 31st Session (June 2038)",
        "in consultation with the Millers",
    );
    assert_eq!(brief(&partner, "2038-03-27"), ["¶3 Orchard Assembly"]);
}

#[test]
fn the_present_session_is_a_session_the_text_does_not_date() {
    let text = "The Orchard Committee,\n\n1. ENDORSES the views in the report;\n\n2. REQUESTS the Sub-Committee to gather during the present session and to weigh the report;\n\n3. REQUESTS the Keeper to report at its current session on the harvest;\n";
    assert_eq!(
        brief(text, "2038-10-04"),
        ["¶2 Sub-Committee due=at 2038", "¶3 Keeper due=at 2038"]
    );
}

#[test]
fn future_reports_of_x_asked_to_include_ask_x() {
    let text = "The Orchard Board\n\n1. Takes note of the report of the Keeper for 2037;\n\n2. Welcomes the new elements in the annual report of the Keeper, and requests that future annual reports of the Keeper include a greater emphasis on yields;\n\n3. Requests that the Miller include the mills in his next report;\n";
    assert_eq!(brief(text, "2038-06-16"), ["¶2 Keeper", "¶3 Miller"]);
}

#[test]
fn before_an_act_in_the_gerund_is_due_at_that_undated_act() {
    let text = "The Orchard Committee,\n\n1. Having examined the report,\n\n2. Encourages the growers that have not yet reported to fulfil their reporting duties before submitting new files;\n\n3. Requests the Keeper to report on the mills before being asked by the Board;\n";
    assert_eq!(
        brief(text, "2038-06-16"),
        ["¶2 Growers due=at 2039", "¶3 Keeper"]
    );
    // A date the text gives beats the undated act, in the clause or in a deadline's aside.
    let dated = "The Orchard Committee,\n\n1. Invites the growers to send their files before submitting new ones, and no later than 1 May 2039;\n\n2. Invites the millers to file them before sending new seeds, bearing in mind the fixed deadline of 1 October 2038;\n";
    assert_eq!(
        brief(dated, "2038-06-16"),
        ["¶1 Growers due=2039-05-01", "¶2 Millers due=2038-10-01"]
    );
}
