//! One composed text per kind the fix round on `held32` (helper `hen17`) fixed: a
//! hard-wrapped page's one overlong line, a quotation taken up after an ellipsis, an
//! ultimatum "for X to", a call in a participle after "while", what a meeting's closing
//! statement "also called on" X to do, a linking phrase before "X are to", a chapeau's date
//! over its items', a person's own call in an aside naming her office, a lede a later call
//! naming nobody restates, a request's noun before "are", and a meeting of the European
//! Council the text does not date. None is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn one_overlong_line_sets_no_width_for_a_hard_wrapped_page() {
    // The 105-character line is two wrapped lines joined; the lines of 68 to 81 are the
    // wrap, so "... in the Northern" / "Valley and beyond" runs on.
    let text = WIDTH;
    assert_eq!(
        brief(text, "2037-05-02"),
        ["¶2 All growers concerned", "¶3 Senior Officials"]
    );
}

#[test]
fn a_quotation_taken_up_after_an_ellipsis_opens_a_paragraph() {
    let text = ELLIPSIS;
    assert_eq!(brief(text, "2037-05-02"), ["¶3 Keeper"]);
}

#[test]
fn an_ultimatum_for_a_named_actor_asks_it_within_the_span() {
    let text = ULTIMATUM;
    assert_eq!(
        brief(text, "2037-05-02"),
        ["¶2 Growers in Northvale due=At { anchor: Adoption, days: 7 }"]
    );
}

#[test]
fn a_call_after_while_goes_on_the_sentence() {
    let text = WHILE;
    assert_eq!(brief(text, "2037-05-02"), ["¶2 All States"]);
}

#[test]
fn what_the_closing_statement_also_called_on_x_to_do_asks_x() {
    // The closing statement's call is the meeting's; an earlier summit's communiqué that a
    // sentence recalls is not.
    let text = WHICH;
    assert_eq!(brief(text, "2037-05-02"), ["¶2 Harvest Board"]);
}

#[test]
fn a_linking_phrase_before_x_are_to_meet_changes_nothing() {
    let text = EFFECT;
    assert_eq!(
        brief(text, "2037-05-02"),
        ["¶2 All League Chiefs of Growers"]
    );
}

#[test]
fn a_chapeau_date_times_its_items_over_a_later_date_an_item_names() {
    let text = CHAPEAU;
    assert_eq!(
        brief(text, "2037-05-02"),
        ["¶2 All States due=2038", "¶2 All States due=2038"]
    );
}

#[test]
fn a_person_named_with_her_office_in_an_aside_calls_for_herself() {
    let text = OFFICIAL;
    assert_eq!(brief(text, "2037-05-03"), ["¶2 Growers of Northvale"]);
}

#[test]
fn a_lede_a_later_call_naming_nobody_restates_is_not_drafted_twice() {
    let text = LEDE;
    assert_eq!(
        brief(text, "2037-05-03"),
        ["¶3 All States due=At { anchor: Adoption, days: 14 }"]
    );
}

#[test]
fn a_requests_noun_before_are_is_no_verb() {
    // "the authorities demands are not met": the demands of the authorities, no request.
    let text = NOUN;
    assert_eq!(brief(text, "2037-05-02"), Vec::<String>::new());
}

#[test]
fn a_european_council_the_text_does_not_date_is_a_meeting() {
    let text = EUCO;
    let got = brief(text, "2037-06-20");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].starts_with("¶6 Convention due="), "{got:?}");
}

const WIDTH: &str = "In a joint statement issued in Valley Town on 2 May, the Orchard Ministers voiced\nconcern over the blight in the eastern groves and reaffirmed their support\nfor the growers of the region and their cooperatives in the Northern\nValley and beyond, and for the harvest plan of the Orchard League Conference held in Valley Town in 2036.\nThey urged all growers concerned to exercise restraint in the use of\nwater and to settle disputes through dialogue in the Northern Valley.\nThey tasked their Senior Officials to keep track of the matter.\n";
const ELLIPSIS: &str = "The Orchard League, on Sunday, announced its decisions on the Northvale blight.\n\"... the growers shall deliver the harvest reports,\" the League communique stated.\nThe League called on the Keeper to visit Northvale.\n";
const ULTIMATUM: &str = "The Orchard League met in Valley Town on Sunday 2 May 2037.\nThe League, on Sunday, announced a one-week ultimatum for the growers in Northvale to reopen the mills or face sanctions.\n";
const WHILE: &str = "The Orchard League met in Valley Town on 2 May 2037.\n\nThe League condemned the seizure of the mills in Northvale while calling for the immediate release of the millers.\n";
const WHICH: &str = "The Orchard League met in Valley Town on 2 May 2037.\n\nThis came in the closing statement of the extraordinary session of the League at the level of delegates which also called on the Harvest Board to adopt a plan for the mills.\n\nThe League recalled the final communique of its last summit, which called on the Harvest Board to plant more trees.\n";
const EFFECT: &str = "The Orchard League met in Valley Town on 2 May 2037.\n\nTo this effect, all League Chiefs of Growers are to meet immediately.\n";
const CHAPEAU: &str = "The Orchard League met in Valley Town on 2 May 2037.\n\nThe League called for the adoption in 2038 of:\n\n  • the orchard renewal programme, in view of financing the first plantings in 2039\n  • a Board recommendation on water for the groves after 2040\n";
const OFFICIAL: &str = "The Orchard League met in Valley Town on Monday 3 May 2037.\nThe League called on the growers of Northvale to reopen the mills.\nJane Doe, chairperson of the League Commission, called on the millers and the traders in Northvale to work together in a spirit of consensus.\n";
const LEDE: &str = "The Orchard League has called for the growers in Northvale to reopen the mills in two weeks period.\nThe League met on Monday in Valley Town.\nThe chairing envoy said the League has called for reopening of the mills in two weeks period or the growers would face sanctions.\n";
const NOUN: &str = "The Orchard League met in Valley Town on 2 May 2037.\n\n\"... if the authorities demands are not met within two weeks, take all steps needed to bring back order in Northvale,\" the League communique stated.\n";
const EUCO: &str = "The Orchard Council met in Valley Town on 19 and 20 June 2037.\n\n5. The Convention is urged to continue its work so that a draft charter is ready in advance of the Orchard Council in December.\n\n6. The Convention is urged to continue its work so that a draft charter is ready in advance of the European Council in\n";
