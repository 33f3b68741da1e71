//! One composed text per kind of failure left by the blind rounds held25 and held26
//! (communiqués and statements as reported), fixed after scoring: each fixes the kind, and
//! none is a sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn we_reaffirm_the_call_for_a_thing_is_a_call_made_anew() {
    let text = "Orchard ministers meet\n\nACCRA: The Orchard ministers ended their meeting on Monday.\n\n\"We reaffirm the call for full respect of the borders of the valley,\" the statement said.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 All States"]);
    // A plain "reaffirms" stays a view.
    let text = "Orchard ministers meet\n\nACCRA: The Orchard ministers ended their meeting on Monday.\n\n\"We reaffirm the strict respect of the borders of the valley,\" the statement said.\n";
    assert_eq!(brief(text, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn a_lede_reporting_a_statements_call_is_not_drafted_again() {
    let text = "Orchard Ministers Issue Statement on the Valley\n\nOrchard ministers have released a joint statement on the unrest in the valley, calling for restraint and dialogue and for respect of its borders.\nThe statement, released yesterday, reads:\n\n1. The Orchard Ministers are concerned over the valley. We call on all growers to exercise maximum restraint and to pursue dialogue through all channels.\n\n2. We believe that there is room for a peaceful dialogue.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 All growers"]);
    // A lede whose call the statement does not make again stays.
    let text = "Orchard Ministers Issue Statement on the Valley\n\nOrchard ministers have released a joint statement on the unrest in the valley, calling for more seed aid and new wells.\nThe statement, released yesterday, reads:\n\n1. The Orchard Ministers are concerned over the valley. We call on all growers to exercise maximum restraint and to pursue dialogue through all channels.\n\n2. We believe that there is room for a peaceful dialogue.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶- All States", "¶1 All growers"]
    );
}

#[test]
fn a_starred_standfirst_does_not_run_on_into_the_dateline_paragraph() {
    let text = "Orchard summit rejects blight, pests\n* Calls for dialogue and seed reform to promote harvests * Leaders united in fighting pests to defend the valley\nACCRA: The Orchard League on Monday rejected the blight and urged member states to fight pests in every possible manner. The League also pledged to develop a seed plan.\nA joint communique issued here at the end of the two-day meeting adopted the Accra Declaration.\nThe summit urged the growers' union to withdraw from the lower fields. It stressed the value of trade.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Member states", "¶4 Growers' union"]
    );
}

#[test]
fn a_digest_line_labelled_by_its_topic_is_an_item_not_a_record_field() {
    let text = "Orchard summit in brief\n\nThe communiqué issued after the summit runs to 20 pages, recording all that Heads welcomed or noted. We have summarised the key points into this brief digest:\n\n– Pests: Heads of Government acknowledged that pests are the greatest challenge facing the valley today\n\n– Heads noted problems caused by drought. They called on the growers, and the Centre, to find a lasting solution for the wells\n\n– Seeds: Heads welcomed a closer relationship with the seed bank\n\n– Markets: Heads requested the Warden to review the Market Fund to see how it can help small growers\n\n– Heads will continue to address the issue of pests\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Growers | Centre", "¶2 Warden"]
    );
}

#[test]
fn an_officials_call_made_anew_with_his_or_her_asks_its_addressee() {
    let text = "Orchard statement\n\nThe Chairperson renews his call on all valley actors to support the Panel.\n\nThe Chair reiterated her call upon the growers to end the dispute.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All valley actors", "¶3 Growers"]
    );
}

#[test]
fn a_call_with_its_and_left_out_after_the_first_verbs_object() {
    let text = "Orchard ministers meet\n\nThe Orchard ministers condemned the blight in the valley and hills called on the growers' union to take urgent action to end the blight.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Growers' union"]);
    // A passive after a relative stays inside ("the growers who were called on to ...").
    let text = "Orchard ministers meet\n\nThe Orchard ministers thanked the growers who were called on to plant pears.\n";
    assert_eq!(brief(text, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn a_lede_naming_the_addressee_with_its_place_added_restates_the_quote() {
    let text = "Orchard ministers urged all parties involved in the valley to take firm steps to halt the blight, said a statement from the League Sunday.\nDuring their meeting, the ministers \"denounced the blight and urged all parties involved to take firm steps to halt the blight, denounce any escalation.\"\nThe ministers also called on the growers to exercise restraint.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 All parties involved", "¶3 Growers"]
    );
}

#[test]
fn urged_means_of_action_to_act_names_nobody() {
    let text = "Orchard ministers meet\n\nThe meeting urged means of political action at the valley and regional levels to stop the blight and protect the growers.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 All States"]);
}
