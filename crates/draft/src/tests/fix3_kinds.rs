//! One composed text per kind of failure met on the blind rounds un24 (governing-body
//! decisions) and held23 (summit and council communiqués), fixed after scoring: each
//! fixes the kind, and none is a sentence of a real text.

use crate::tests::brief::communique as brief;

fn numbered(line: &str) -> String {
    format!(
        "Orchard Council resolution\n\nThe Orchard Council,\n\n1. Notes the report;\n\n2. {line}\n"
    )
}

#[test]
fn a_plural_reiterated_requests_that_asks_the_subject() {
    let text = numbered(
        "Reiterates its requests that the Board draw up a planting plan, and send, by 1 May 2037, a report;",
    );
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶2 Board due=On(Day(2037-05-01))"]
    );
}

#[test]
fn an_adverb_or_a_time_phrase_between_call_and_particle() {
    let text = numbered("Calls again for a wider mobilization of growers to give seedlings;");
    assert_eq!(brief(&text, "2036-03-02"), ["¶2 All States"]);
    let text = "Orchard Council meets\n\nThe Orchard Council met in Accra on 2 March 2036.\n\nThe Council called this evening for calm in the valley.\n\nThe Council called here today on the Board to plant pear trees.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 All States", "¶4 Board"]);
    // "this" with no time noun after it is no time phrase.
    let text = "Orchard Council meets\n\nThe Orchard Council met in Accra on 2 March 2036.\n\nThe Board calls this on the farms a blight.\n";
    assert_eq!(brief(text, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn a_counted_addressee_is_named_without_its_count() {
    let text = numbered(
        "Regrets that few growers wrote and encourages the 12 States that have not done so to send their reports;",
    );
    assert_eq!(brief(&text, "2036-03-02"), ["¶2 States"]);
}

#[test]
fn a_reason_between_decides_and_its_to() {
    let text = numbered(
        "Decides in view of the late harvest noted in the papers to take them up at its next session;",
    );
    assert_eq!(
        brief(&text, "2036-03-02"),
        ["¶2 Orchard Council due=at Next session of the Orchard Council"]
    );
}

#[test]
fn attention_called_to_duties_asks_nothing() {
    let text = numbered(
        "CALLS the attention of Member States to their duties under Article 3 to send reports;",
    );
    assert_eq!(brief(&text, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn they_after_an_aside_in_a_that_clause_are_those_asked_before() {
    let text = "Orchard Council resolution\n\nThe Orchard Council,\n\n1. URGES all Growers and Farmers of the valley to plant trees;\n\n2. RECOMMENDS that, as a basis for the planting by Growers and Farmers they use the list of seeds;\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], "¶2 All Growers and Farmers of the valley");
}

#[test]
fn are_committed_to_an_act_is_the_speakers_own() {
    let text = "Orchard Summit Declaration\n\n1. We, the Leaders, met in Accra on 2 March 2036.\n\n2. We are resolved to act, and are committed to planting trees by 2037.\n\n3. We are committed to the Charter of the Orchard.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶2 Leaders due=On(Year(2037))"]);
    let text = "Orchard Council meets\n\nThe Orchard Council met in Accra on 2 March 2036.\n\nThe council stressed that Orchard states are committed to “marshal all means” to help the valley.\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 Orchard states"]);
}

#[test]
fn a_declarations_plain_ask_and_a_referral_for_work() {
    let text = "Orchard Summit Declaration\n\nWe, the Leaders, met in Accra on 2 March 2036.\n\nWe welcome the report of the Board and ask our Growers Ministers to weigh its findings.\n\nWe agreed on some rules and referred the rest for further study by the Task Force.\n\nThe report referred to above was noted, and the files were referred to the Board.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶3 Growers Ministers", "¶4 Task Force"]
    );
}

#[test]
fn emphasizes_the_need_for_x_to_in_a_communique_asks_x() {
    let communique = "Orchard Council communique\n\nThe Council,\n\n1. Welcomes the pact and emphasizes the need for the Valley Government to commit itself to plant the trees;\n\n2. Underscores the need for a lasting peace in the valley;\n\n3. Decides to remain seized of the matter.\n";
    assert_eq!(brief(communique, "2036-03-02"), ["¶1 Valley Government"]);
    // A resolution states a view with the same words.
    let resolution = "Orchard Council resolution\n\nThe Orchard Council,\n\nRecalling its earlier decisions,\n\n1. Emphasizes the need for the Valley Government to plant the trees;\n\n2. Decides to remain seized of the matter.\n";
    assert_eq!(brief(resolution, "2036-03-02"), Vec::<String>::new());
}

#[test]
fn a_reported_detail_of_a_demand_and_those_an_act_protects() {
    let text = "Orchard Ministers Meeting\n\nThe Ministers met in Accra on 2 March 2036.\n\nThe Ministers called for relief for the valley.\n\nThe Ministers said this should include the return of water to the farms.\n\nThe Ministers called for urgent steps to protect the farms of member states.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶3 All States", "¶5 All States"]
    );
}

// Wrong actors of the seen sets (the whole English UN set and the communiqués).

#[test]
fn a_passive_list_of_names_keeps_its_first_items() {
    let text = "Orchard Council meets\n\nThe Orchard Council met in Accra on 2 March 2036.\n\nBoth Valley, the Orchard Front and regional states were urged to work with the Board.\n\nIn its report, the Orchard Front and regional states were urged to work with the Board.\n";
    let got = brief(text, "2036-03-02");
    assert_eq!(
        got,
        [
            "¶3 Valley | Orchard Front | Regional states",
            "¶4 Orchard Front | Regional states"
        ]
    );
}

#[test]
fn a_thing_condemned_before_and_is_no_doer_of_the_passive() {
    let text = "Orchard Council meets\n\nThe Orchard Council met in Accra on 2 March 2036.\n\nThe text condemned recent raids in the valley and the parties were called upon to keep the truce.\n\nThe Council condemned the raids, and all parties and the Board were called upon to keep the truce.\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶3 Parties", "¶4 All parties | Board"]
    );
}

#[test]
fn a_quoted_need_names_nobody() {
    let text = "Orchard Council meets\n\nThe Orchard Council met in Accra on 2 March 2036.\n\nThe Council emphasized the urgent need for “an end to all raids … and a return to talks leading to peace.”\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶3 All States"]);
}
