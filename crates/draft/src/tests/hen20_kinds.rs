//! One composed text per kind the fix round on `un40` (helper `hen20`) fixed: a date in the
//! that-clause of "to note that ..." (what is noted, no time for the noting); "resolves to
//! recommend that X do ..." (X asked, not the body); and "decides that the Y shall be
//! subject to Z" (a make-up, no request). None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_date_in_the_that_clause_of_note_is_no_deadline() {
    let text = "The Orchard Committee,\n\n1. ADOPTS amendments to the Orchard Code;\n\n2. INVITES the Parties concerned to note that, under article 4 of the Code, the amendments shall enter into force on 1 March 2040 upon their acceptance;\n\n3. REQUESTS the Keeper to send copies of this resolution to all members by 1 May 2039;\n";
    assert_eq!(
        brief(text, "2038-10-26"),
        ["¶2 Parties concerned", "¶3 Keeper due=2039-05-01"]
    );
    // A date before the "that" still times the noting.
    let before = "The Orchard Committee,\n\n1. INVITES the growers to note by 1 May 2039 that the carts shall be weighed on 1 March 2040;\n";
    assert_eq!(brief(before, "2038-10-26"), ["¶1 Growers due=2039-05-01"]);
}

#[test]
fn resolves_to_recommend_that_x_do_asks_x() {
    let text = "The Orchard Conference,\n\nRECOGNIZING the need for all growers to take part,\n\nRESOLVES to recommend that the Assembly provide for participation by all Parties whenever matters concerning the Orchard Code are under consideration.\n";
    assert_eq!(brief(text, "2038-10-26"), ["¶3 Assembly"]);
    // "Resolves to establish ..." is still the body's own.
    let own = "The Orchard Conference,\n\n1. RESOLVES to establish a working group on carts;\n";
    assert_eq!(brief(own, "2038-10-26"), ["¶1 Orchard Conference"]);
}

#[test]
fn decides_that_a_thing_shall_be_subject_to_a_procedure_asks_nobody() {
    let text = "The Orchard Conference,\n\n1. DECIDES that the Lists of Carts annexed to this text shall be subject to amendment as article 8 of the Code sets out of the Code;\n\n2. DECIDES that the Keeper shall send the Lists to all members;\n";
    assert_eq!(brief(text, "2038-10-26"), ["¶2 Keeper"]);
}
