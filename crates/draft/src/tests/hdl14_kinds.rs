//! One composed text per kind helper `hdl14` fixed (un63's misses, formal UN texts chosen
//! for their actors and deadlines: a news agency's report of an assembly's resolution, two
//! round-ups of a council's session and a sanctions guide's page quoting reporting
//! requests): a demanded withdrawal asks who withdraws, a thing's passive infinitive ("a
//! schedule to be proposed by X") asks no one, a heading's "Requested <thing>" is no
//! request, and a quoted paragraph takes the number its citation line gives. None is a
//! sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_demanded_withdrawal_asks_who_withdraws() {
    // "of X" after a noun of leaving names who leaves; the next act ("and the return of
    // herders") and the place left ("from the valley") are no part of the name.
    let text = "ORCHARD NEWS\n\nThe text also demands the withdrawal of all Westland troops and the return of herders to the valley without delay.\n\nIt further called for the departure of the Eastmark brigades from the hills.\n";
    assert_eq!(
        brief(text, "2031-05-05"),
        ["¶2 All Westland troops", "¶3 Eastmark brigades"]
    );
    // "the release of herders" names those freed, not who frees them.
    let moved =
        "ORCHARD NEWS\n\nThe text also demands the release of all herders from the valley.\n";
    assert_eq!(brief(moved, "2031-05-05"), ["¶2 All States"]);
}

#[test]
fn a_things_passive_infinitive_asks_no_one() {
    // "on a calendar to be recommended by the Board": what is to be done with the calendar,
    // inside the request to the States; no second request of the words before it.
    let text = "The Orchard Council,\n\n1. Requests all States to tell the Board, no later than 60 days after adoption and then on a calendar to be recommended by the Board, how many trees they planted;\n";
    assert_eq!(
        brief(text, "2031-05-05"),
        ["¶1 All States due=At { anchor: Adoption, days: 60 }"]
    );
}

#[test]
fn a_headings_requested_thing_is_no_request() {
    // A page's heading "Requested grower reporting", its list items under it: a kind of
    // reporting, asked of no one; a line that does ask ("Requested the Board to ...") still
    // does.
    let text = "Orchard guide\n\nRequested grower reporting\n\n(a) Yearly\n\n(b) Open ended\n";
    assert!(brief(text, "2031-05-05").is_empty());
    let asks = "Orchard guide\n\nRequested the Board to count the trees.\n";
    assert_eq!(brief(asks, "2031-05-05"), ["¶2 Board"]);
}

#[test]
fn a_quoted_paragraph_takes_the_number_its_citation_gives() {
    // A guide's page: each quoted operative paragraph followed by the line that cites it.
    let text = "Checklist / Orchards / Reports\n\n(a) Yearly\n\nRequests all States to report to the Board on the trees they planted;\n\nOCR 12 (2031), Paragraph 4\n\n(b) Open ended\n\nRequests all States to tell the Board of any felling, and requests the Board to share that news widely;\n\nResolution 15 (2032), paragraph 9\n";
    assert_eq!(
        brief(text, "2031-05-05"),
        ["¶4 All States", "¶9 All States", "¶9 Board"]
    );
    // A number in a citation that quotes no operative paragraph changes nothing.
    let news = "ORCHARD NEWS\n\nThe Council met on trees.\n\nOCR 12 (2031), Paragraph 4\n\nThe Council requested the Board to count the trees.\n";
    assert_eq!(brief(news, "2031-05-05"), ["¶4 Board"]);
}
