//! One composed text per kind of deadline or paragraph-number failure met on the third
//! held-out set of real UN texts: each fixes the kind, and none is a sentence of a real text.

use crate::tests::brief::Brief;

fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        plain_days: true,
        before_named: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

#[test]
fn prior_to_any_event_and_an_undated_part_of_a_session() {
    let text = "The General Assembly,\n\n1. Calls upon the parties to settle their quarrels over water prior to the village elections;\n\n2. Requests the Orchard Board to consult growers prior to that planting round, and to report;\n\n3. Requests the Secretary-General to submit the estimates at the latest when the resumed part of the session opens;\n\n4. Requests the Secretary-General to post the notes online prior to the consideration of the item on orchards;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Parties due=before Village elections 2037",
            "¶2 Orchard Board due=before Planting round 2037",
            "¶3 Secretary-General due=before Resumed part of the session 2037",
            "¶4 Secretary-General",
        ]
    );
}

#[test]
fn an_amounts_budget_period_is_no_deadline() {
    let text = "The General Assembly,\n\n1. Decides to increase the orchard fund by 3 million dollars in 2037;\n\n2. Decides to apportion among Member States the amount of 4,000,000 dollars for the Orchard Mission for February–July 2037;\n\n3. Requests the Board to plant the trees in 2037;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 General Assembly",
            "¶2 General Assembly",
            "¶3 Board due=2037",
        ]
    );
}

#[test]
fn a_date_after_a_second_shall_and_before_a_numbered_topic_list() {
    let text = "The General Assembly,\n\n1. Decides that the Orchard Committee shall meet twice, and shall hold a further session with a view to ending its work by October 2037;\n\n2. Invites the Special Envoy to brief it by 20 May 2037 on the following:\n1. The state of the orchards;\n2. The pests;\n\n3. Requests the Secretary-General to report;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Orchard Committee due=2037-10",
            "¶2 Special Envoy due=2037-05-20",
            "¶3 Secretary-General",
        ]
    );
    // The date between the addressee and its "to" is the request's, not the addressee's.
    let text = "The Security Council,\n\n1. Invites the Special Envoy by 20 May to brief it on the following:\n1. The state of the orchards;\n2. The pests;\n\n2. Requests the Orchard Board, no later than 1 June 2037, to report;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Special Envoy due=2036-05-20",
            "¶2 Orchard Board due=2037-06-01",
        ]
    );
}

#[test]
fn a_meeting_dated_in_apposition_gives_its_first_day() {
    let text = "The General Assembly,\n\n1. Welcomes the convening of the tenth meeting of the Orchard Parties, to be held in Lima from 4 to 6 October 2037, and requests the Secretary-General to support it;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶1 Secretary-General due=2037-10-04"]
    );
}

#[test]
fn sessions_of_two_bodies_and_a_topic_after_the_session() {
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to report to the Human Rights Council at its sixty-fifth session and to the General Assembly at its ninety-first session;\n\n2. Requests the Special Rapporteur to apprise the General Assembly at its ninety-first session of progress in planting;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Secretary-General due=at 2036-09",
            "¶2 Special Rapporteur due=at 2036-09",
        ]
    );
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to report to the Human Rights Council at its sixty-fifth session and the Assembly at its ninety-second session;\n\n2. Requests the Orchard Council to report to the Economic Commission at its fortieth session;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Secretary-General due=at 2037-09",
            "¶2 Orchard Council due=at 2037",
        ]
    );
}

#[test]
fn a_wrapped_name_ending_in_a_comma_goes_on() {
    // Single-spaced, as a PDF's text layer gives it: the long line of a treaty's title ends
    // in a comma, the next line goes on with the title's last word in capitals.
    let text = "The General Assembly,\nRecalling its earlier resolutions on the protection of orchards and the trees in them,\n1. Requests the Secretary-General to report to it on the implementation of the present resolution;\n2. Welcomes the entry into force of the Convention on Ladders, Their Rungs and Baskets Used for Their Repair,\nStorage and Transport, and encourages the signatories to ratify it without any further delay;\n3. Invites the Orchard Board to continue its work on the protection of orchards and their trees;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        ["¶1 Secretary-General", "¶2 Signatories", "¶3 Orchard Board"]
    );
}

#[test]
fn opening_words_one_to_a_line_are_joined() {
    // A justified layout sets the opening words of a paragraph each on a line of its own.
    let text = "The General Assembly,\n\nRecalling its earlier resolutions on the protection of orchards,\n\n1. Requests the Secretary-General to report to it on the implementation of the present resolution;\n\n2.\nRequests\nthe\nOrchard\nBoard and the Seed Bank to continue their work on the protection of orchards and their trees;\n\n3. Invites the Pest Council to continue its work on the protection of orchards and their trees;\n";
    assert_eq!(
        brief(text, "2036-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 Orchard Board | Seed Bank",
            "¶3 Pest Council"
        ]
    );
    let single = text.replace("\n\n", "\n");
    assert_eq!(
        brief(&single, "2036-03-01"),
        [
            "¶1 Secretary-General",
            "¶2 Orchard Board | Seed Bank",
            "¶3 Pest Council"
        ]
    );
}

#[test]
fn a_number_the_text_leaves_out_but_cites() {
    let text = "The General Assembly,\n\n1. Requests the Secretary-General to report;\n\n2. Decides to establish the Orchard Office;\n\nThe Orchard Office shall:\n\n(a) Count the trees;\n\n(b) Map the orchards;\n\n4. Requests the Board to act;\n\n5. Requests the Secretary-General to review the tasks in paragraph 3 above;\n";
    let numbered = [
        "¶1 Secretary-General",
        "¶2 General Assembly",
        "¶3 Orchard Office",
        "¶3 Orchard Office",
        "¶4 Board",
        "¶5 Secretary-General",
    ];
    assert_eq!(brief(text, "2036-03-01"), numbered);
    // A heading between the list and the next number does not hide the gap.
    let headed = text.replace("\n\n4. Requests", "\n\nThe Board\n\n4. Requests");
    assert_eq!(brief(&headed, "2036-03-01"), numbered);
    // Uncited, the gap alone does not number a paragraph that does not open as one.
    let uncited = text.replace("in paragraph 3 above", "above");
    assert_eq!(brief(&uncited, "2036-03-01")[2], "¶- Orchard Office");
}
