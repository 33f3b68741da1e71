//! One composed text per kind the fix round on `un26` (helper `hen4`) fixed: treaty bodies'
//! decisions with dated requests. None is a sentence of a real text.

use crate::tests::un_kinds::brief;

#[test]
fn a_date_of_what_others_send_in_is_not_the_requests_deadline() {
    let text = "The Conference of the Growers,\n\n1. Asks the Keeper to revise the seed list taking into account views sent in by growers and traders before 30 June 2036, and to submit the revised list to the Conference at its tenth meeting;\n\n2. Asks the Keeper to compile the comments received from growers by 1 May 2036 and to circulate them;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        [
            "¶1 Keeper due=at 10th meeting of the Conference of the Growers",
            "¶2 Keeper"
        ]
    );
    // The request's own act, and a passive the request asks for, keep their dates.
    let own = "The Conference of the Growers,\n\n1. Asks the growers to send in their views before 30 June 2036;\n\n2. Asks the Keeper to make sure that the lists are sent in by growers by 1 May 2036;\n";
    assert_eq!(
        brief(own, "2036-03-02"),
        ["¶1 Growers due=2036-06-29", "¶2 Keeper due=2036-05-01"]
    );
}

#[test]
fn a_meeting_a_page_cut_after_its_rank_is_that_meeting() {
    let text = "The Conference of the Growers,\n\n1. Asks the Keeper to keep the seed list;\n\n2. Invites the growers to send reports on pests to the Keeper for consideration at its sixth ";
    let got = brief(text, "2036-03-02");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].contains("due=at 6th"), "{got:?}");
    // A rank that goes on to a noun the clause names is read as before.
    let on = "The Conference of the Growers,\n\n1. Invites the growers to send reports at its sixth anniversary fair;\n";
    assert!(
        !brief(on, "2036-03-02")[0].contains("due="),
        "{:?}",
        brief(on, "2036-03-02")
    );
}

#[test]
fn a_paragraph_number_run_on_after_a_comma_before_an_operative_verb_opens_a_paragraph() {
    let text = "Full text\n1. Welcomes the report of the meeting of the growers held on 3 and 4 May 2036 in Vale, 2. Decides, in view of the report, to convene a meeting of the growers immediately prior to its ninth meeting; 3. Also decides to consider the matter at its ninth meeting;";
    let got = brief(text, "2036-05-09");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].starts_with("¶2 ") && got[0].contains("due="),
        "{got:?}"
    );
    assert!(
        got[1].starts_with("¶3 ") && got[1].contains("due=at 9th"),
        "{got:?}"
    );
    // "paragraphs 1, 2. The ..." (no operative verb after the number) stays one paragraph.
    let list = "1. Asks the Keeper to read paragraphs 1, 2. The Keeper shall keep the seed list;";
    assert!(
        brief(list, "2036-05-09")
            .iter()
            .all(|g| g.starts_with("¶1 "))
    );
}

#[test]
fn an_items_letter_stuck_to_its_first_word_opens_the_item() {
    let text = "The Conference of the Growers,\n\n1.Adopts the seed list;\n\n2.Asks the Keeper:\n\n(a)To keep the seed list by 1 May 2036;\n\n(b)To send it to the growers;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Keeper due=2036-05-01", "¶2 Keeper"]
    );
}

#[test]
fn a_status_line_between_a_list_and_its_item_is_no_text() {
    let text = "The Conference of the Growers,\n1. Adopts the seed list;\nInformational\n2. Asks the Keeper:\nOperational Implemented Keeper of the Seed Bank\n(a) To keep the seed list no later than 1 May 2036;\nOperational Implemented Keeper of the Seed Bank\n(b) To send it to the growers;\nOperational Active Growers\n3. Asks the growers to keep their seeds dry;\n";
    assert_eq!(
        brief(text, "2036-03-02"),
        ["¶2 Keeper due=2036-05-01", "¶2 Keeper", "¶3 Growers"]
    );
}

#[test]
fn items_that_say_only_when_and_how_are_the_chapeaus_one_task() {
    let text = "The Conference of the Growers,\n\n1. Asks the growers to send in their seed returns:\n\n(a) By 15 May 2036;\n\n(b) In one of the languages of the Conference;\n\n(c) In both print and electronic form;\n";
    assert_eq!(brief(text, "2036-03-02"), ["¶1 Growers due=2036-05-15"]);
    // Items with a task of their own stay tasks.
    let tasks = "The Conference of the Growers,\n\n1. Asks the Keeper:\n\n(a) To keep the list by 15 May 2036;\n\n(b) In one of the languages of the Conference;\n";
    assert_eq!(brief(tasks, "2036-03-02").len(), 2);
}

#[test]
fn an_operative_verb_opening_the_first_paragraph_names_no_body() {
    let text = "Full text\n1. Welcomes the report of the meeting of the growers which was held on 3 May 2036 in Vale;\n2. Decides to hold a fair of the growers in the vale;\n";
    let got = brief(text, "2036-05-09");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(!got[0].contains("Welcomes"), "{got:?}");
}

#[test]
fn a_text_holding_its_meeting_of_the_rank_it_gives_a_bodys_is_that_bodys() {
    let text = "Full text\n1. Welcomes the report of the meeting of the growers;\n2. Decides to hold a fair of the growers immediately prior to the ninth meeting of the Conference of the Growers;\n3. Also decides to consider the matter at its ninth meeting;\n";
    let got = brief(text, "2036-05-09");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .all(|g| g.contains(" Conference of the Growers due=")),
        "{got:?}"
    );
    // Two bodies' meetings of that rank name none.
    let two = "Full text\n1. Decides to meet before the ninth meeting of the Conference of the Growers and the ninth meeting of the Board of the Vale;\n2. Also decides to consider the matter at its ninth meeting;\n";
    assert!(
        brief(two, "2036-05-09")
            .iter()
            .all(|g| !g.contains("Growers due")),
        "{:?}",
        brief(two, "2036-05-09")
    );
}
