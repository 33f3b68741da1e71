//! One composed text per kind helper `hdl20` fixed after the blind round un69 (news reports of
//! Security Council renewals, ECOSOC resolutions): a body named with its acronym and a
//! weekday before "voted to", two adjectives sharing one noun behind an opening quotation
//! mark, a request whose verb takes a bare infinitive after a name, and a speaker's
//! pluperfect "had urged". None is a sentence of a real text.

use crate::tests::real_kinds::brief;

/// "The Orchard Council (OC) on Tuesday voted to extend ...": the news item's subject is the
/// body that adopted the text, as "The Orchard Council decided ..." is.
#[test]
fn a_body_voting_on_a_weekday_is_the_texts_body() {
    let text = "Valley City, May 3 (Orchard News): The Orchard Council (OC) on Tuesday voted to extend the mandate of its seed mission by six months and called on the growers to plant at once.\n\nThe council acted in a text passed unanimously.\n";
    assert_eq!(
        brief(text, "2039-05-03"),
        ["¶1 Orchard Council", "¶1 Growers"]
    );
}

/// "calls upon \"all Valley and international growers to ...\"": one actor, the growers of
/// both kinds (a name's adjective in capitals before "and" does not end it); the quotation
/// mark opening the quoted words is no part of the name.
#[test]
fn two_adjectives_before_one_noun_in_quotes_are_one_actor() {
    let text = "The Orchard Council,\n\n1. Calls upon \"all Valley and international growers to plant the seeds at once\";\n\n2. Calls upon all Valley and foreign keepers to count the trees;\n";
    assert_eq!(
        brief(text, "2039-05-03"),
        [
            "¶1 All Valley and international growers",
            "¶2 All Valley and foreign keepers"
        ]
    );
}

/// "and requests Keeper Ann Smith brief the council every other month": the bare infinitive
/// after the addressee still asks it.
#[test]
fn a_request_with_a_bare_infinitive_asks_its_addressee() {
    let text = "The Orchard Council on Tuesday voted to extend the seed mission's mandate.\n\nIt calls on Keeper Ann Smith to send the council a note on the seeds by the end of June 2039, and requests Smith brief the council every other month on the orchards.\n";
    assert_eq!(
        brief(text, "2039-05-03"),
        [
            "¶1 Orchard Council",
            "¶2 Keeper Ann Smith due=2039-06-30",
            "¶2 Smith"
        ]
    );
}

/// "Keeper Ann Smith had urged the growers should ...": a speaker's earlier words reported
/// in the pluperfect are not the body's request.
#[test]
fn a_speakers_pluperfect_urging_is_not_a_mandate() {
    let text = "The Orchard Council on Tuesday voted to extend the seed mission's mandate.\n\nOrchard Keeper Ann Smith had urged the growers should urgently plant more trees.\n";
    assert_eq!(brief(text, "2039-05-03"), ["¶1 Orchard Council"]);
}
