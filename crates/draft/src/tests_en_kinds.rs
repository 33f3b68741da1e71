//! English rules added per failure kind met on real texts (issue 15, second round), and
//! the request forms of the styles the real texts do not show us (OIC, AU Peace and
//! Security Council, European Council, narrative communiqués). Every text here is
//! composed; none is a sentence of a real text.

use super::*;

/// "¶3 Secretary-General | Board" with " due=…" when drafted with a deadline (a deadline
/// at a meeting shows the meeting's date), and " (commended)" / " (offered)" for entries
/// offered for review.
fn brief(text: &str, adopted: &str) -> Vec<String> {
    let opts = Options {
        adopted: Some(adopted.parse().unwrap()),
        today: "2026-01-01".parse().unwrap(),
    };
    let d = draft(text, &opts);
    d.mandates
        .iter()
        .map(|m| {
            let actors: Vec<&str> = m.actors.iter().map(|a| a.name.as_str()).collect();
            let para = m.paragraph.map(|p| p.to_string()).unwrap_or("-".into());
            let due = match &m.due {
                None => String::new(),
                Some(Due::On(f)) => format!(" due={f}"),
                Some(Due::At {
                    anchor: Anchor::Event(id),
                    ..
                })
                | Some(Due::Before(Anchor::Event(id))) => {
                    let e = d.events.iter().find(|e| &e.id == id).unwrap();
                    format!(" due=at {}", e.date)
                }
                Some(other) => format!(" due={other:?}"),
            };
            let tag = m
                .tags
                .iter()
                .find(|t| *t == "commended" || *t == "offered")
                .map(|t| format!(" ({t})"))
                .unwrap_or_default();
            format!("¶{para} {}{due}{tag}", actors.join(" | "))
        })
        .collect()
}

const GA: &str = "The General Assembly,\n\nRecalling its earlier work on orchards,\n\n";

#[test]
fn items_under_a_view_that_are_views() {
    let text = format!(
        "{GA}1.\nDeclares that:\n\n(a)\nOrchards serve to feed the region and must be kept;\n\n(b)\nThe old plans to clear the valley run contrary to the Charter;\n\n2.\nRequests the Secretary-General to report on orchards;\n"
    );
    assert_eq!(brief(&text, "2036-03-01"), ["¶2 Secretary-General"]);
}

#[test]
fn what_a_views_that_clause_reports_is_not_asked() {
    let text = format!(
        "{GA}1.\nReaffirms that the Orchard Board and the Seed Tribunal shall exercise their powers under their statutes;\n\n2.\nRecognizes with appreciation that, determined to act, the Fourth Orchard Conference decided to establish a working group on pests;\n\n3.\nRecognizes that the safety of staff is essential for the Mission to work and calls upon the Government of Utopia to provide security to the staff;\n\n4.\nAlso reaffirms that it is for the people to decide, and in that connection calls upon the administering Power to hold a referendum;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶3 Government of Utopia", "¶4 Administering Power"]
    );
}

#[test]
fn a_that_clause_saying_what_a_thing_is_asks_nothing() {
    let text = format!(
        "{GA}1.\nDecides that the purpose of the Decade of Orchards shall be to accelerate planting worldwide;\n\n2.\nDecides further that the tasks of the Orchard Mission shall be those described in the letter of the Secretary-General, and that the Orchard Mission shall adopt an inclusive approach to its tasks;\n\n3.\nDecides that the Board shall be responsible for the planting plan;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶2 Orchard Mission", "¶3 Board"]
    );
}

#[test]
fn a_participle_after_a_name_qualifies_it() {
    let text = format!(
        "{GA}1.\nUrges all Member States seeking relief under the orchard rules to submit their requests early;\n\n2.\nCalls for a growing role for orchards in national plans so as to reduce erosion;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶1 All Member States", "¶2 All States"]
    );
}

#[test]
fn a_decision_after_a_comma_phrase_and_a_that_clause_dated_before_its_subject() {
    let text = format!(
        "{GA}1.\nDecides, building on existing platforms, to develop a data tool on orchards;\n\n2.\nDecides that, at its ninety-second session, in 2037, the Second Committee should review its work on orchards;\n\n3.\nDecides, without prejudice to paragraph 1, that orchard dialogues, where feasible, may be combined;\n\n4.\nRequests the Secretary-General to report at its ninety-third and ninety-fifth sessions;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 General Assembly",
            "¶2 Second Committee due=at 2037-09",
            "¶4 Secretary-General due=at 2038-09",
        ]
    );
}

#[test]
fn one_verb_asking_two_sets_of_actors_asks_each() {
    let text = format!(
        "{GA}1.\nUrges all States not parties to the Orchard Convention to accede to it as soon as possible, and all States parties to promote it through outreach;\n\n2.\nAuthorizes the Orchard Mission to plant trees until 31 July 2036, and recalls its decision to authorize the Seed Bank to store seeds;\n\n3.\nRequests the Board to review the plan, and to continue to take steps to cut costs;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 All States not parties to the Orchard Convention",
            "¶1 All States parties",
            "¶2 Orchard Mission",
            "¶3 Board",
        ]
    );
}

#[test]
fn a_reiterated_invitation_asks_anew_and_or_joins_alternative_heads() {
    let text = format!(
        "{GA}1.\nReiterates the invitation to States not parties to take part in the dialogue;\n\n2.\nReiterates its invitation and encouragement to all interested States, international organizations or institutions and the Governments of the States Members of the United Nations to attend the orchard meetings;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 States not parties",
            "¶2 All interested States | International organizations or institutions | Governments of Member States",
        ]
    );
}

#[test]
fn items_that_illustrate_a_whole_request_are_part_of_it() {
    let text = format!(
        "{GA}1.\nRequests the Bureau of the Second Committee to review the number of orchard debates, in consultation with Member States, including by considering:\n\n(a)\nEstablishing a ceiling of debates at each session;\n\n(b)\nPresenting a plan at the next session, and effect it by the one after;\n\n2.\nRequests the Secretary-General:\n\n(a)\nTo prepare a note on pests;\n\n(b)\nTo report on trees;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 Bureau of the Second Committee",
            "¶2 Secretary-General",
            "¶2 Secretary-General",
        ]
    );
}

#[test]
fn the_bodys_own_acts_in_one_sentence_are_one_mandate() {
    let text = format!(
        "{GA}1.\nDecides to convene a midterm review of the Orchard Decade in 2040, and also decides to hold a final review conference in 2045;\n\n2.\nDecides to hold a meeting on seeds and requests the Secretary-General to support it;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        [
            "¶1 General Assembly due=2040",
            "¶2 General Assembly",
            "¶2 Secretary-General",
        ]
    );
}

#[test]
fn an_instrument_quoted_after_the_following_asks_nothing() {
    let text = format!(
        "{GA}6.\nDecides to approve the following amendment to the statute of the Orchard Tribunal:\n\nArticle 3, new paragraph 2:\n\n2.\nIn hearing a case, the Orchard Tribunal shall consider the record and shall pass judgment within a month;\n\n7.\nRequests the Secretary-General to report on the Tribunal;\n"
    );
    assert_eq!(
        brief(&text, "2036-03-01"),
        ["¶6 General Assembly", "¶7 Secretary-General"]
    );
}
