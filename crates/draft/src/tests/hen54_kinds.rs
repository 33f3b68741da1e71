//! One composed text per kind of failure met on the blind batch held58 of real English
//! communiqués and resolutions (OIC foreign ministers, a regional summit, IGAD, the AU
//! Peace and Security Council, the European Council): each fails without its rule, and
//! none is a sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn a_quotation_s_last_sentence_said_by_one_person_asks_nothing() {
    let text = "Orchard leaders meet\n\nThe leaders of the Orchard Board met in Accra on Tuesday.\n\n“The drought is grave for every valley.  The Valley Council and its officers must therefore set aside their quarrel and agree to share the wells,” said President Ada Obi, who chaired the summit.\n\nThe leaders called on the Hill Union to send water carts.\n\n“The dry months are near.  The Hill Council must therefore open its reservoirs,” the communiqué said.\n";
    // The communiqué's own words, quoted the same way, still ask.
    assert_eq!(
        brief(text, "2036-03-04"),
        ["¶4 Hill Union", "¶5 Hill Council"]
    );
}

#[test]
fn who_the_leaders_said_should_act_is_asked_not_the_leaders() {
    let text = "Orchard leaders meet\n\nFour chairs from the Orchard Growers Board (OGB) said valley farmers should \"clear the canals of silt.\"\n\nThe Board said that the hill traders should open their depots.\n";
    assert_eq!(
        brief(text, "2036-03-04"),
        ["¶2 Valley farmers", "¶3 Hill traders"]
    );
}

#[test]
fn a_span_from_the_issuance_of_this_text_counts_from_its_adoption() {
    let text = "Orchard leaders meet\n\nThe Board called on the valley farmers to clear the canals within 20 days of the issuance of this communiqué.\n";
    assert_eq!(
        brief(text, "2036-03-04"),
        ["¶2 Valley farmers due=At { anchor: Adoption, days: 20 }"]
    );
}

#[test]
fn a_meeting_to_come_on_a_day_without_its_year_dates_the_act_at_it() {
    let text = "Orchard leaders meet\n\nThe summit urged the valley farmers to settle the dispute at a forthcoming meeting of the canal users on 14 September.\n";
    assert_eq!(
        brief(text, "2036-03-04"),
        ["¶2 Valley farmers due=On(Day(2036-09-14))"]
    );
}

#[test]
fn a_list_s_last_actor_with_where_it_is_stays_a_name_of_its_own() {
    let text = "Resolution on the seed centre\n\n1. Calls upon the member countries, the Orchard Bank as well as other funds and donors in the valley to keep up their support to the centre.\n";
    assert_eq!(
        brief(text, "2036-03-04"),
        ["¶1 Member countries | Orchard Bank | Other funds | Donors in the valley"]
    );
}
