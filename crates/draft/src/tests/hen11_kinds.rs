//! One composed text per kind the fix round on `un33` and `held30` (helper `hen11`) fixed:
//! a page's inline tags and marked line breaks, conclusions whose operative paragraphs are
//! lettered, a web list that restarts its numbers at each heading, a title that lost its
//! hyphen at a line break, a fronted "this" before a reporting clause, the "that" before a
//! name in a that-clause, a bracket listing a noun's members, "as appropriate" inside a list
//! of addressees. None is a sentence of a real text.

use crate::tests::brief::communique;
use crate::tests::real_kinds::brief;

#[test]
fn inline_tags_go_and_marked_line_breaks_are_joined() {
    let text = "The Orchard Assembly,<br />\n\n1. Notes the long dry season;<br />\n\n2. Stresses the value of shade and encourages <strong>Growers</strong> to plant trees along the<br />\n\nwestern fields;<br />\n\n3. Expresses concern about the wells.<br />\n";
    assert_eq!(brief(text, "2037-10-10"), ["¶2 Growers"]);
}

#[test]
fn lettered_operative_paragraphs_are_numbered_by_their_letter() {
    let text = "The Orchard Committee,\n\n(j) Recognizes the burden; and calls on Growers and the Keeper to continue to help;\n\n(k) Encourages the Millers to continue to grind;\n";
    assert_eq!(
        brief(text, "2037-10-10"),
        ["¶10 Growers | Keeper", "¶11 Millers"]
    );
    // A record's items under a chapeau ("The Board:" / "(a) requested ...") stay as they were.
    let record =
        "The Board:\n\n(a) requested the Keeper to report;\n\n(b) asked the Millers to grind.\n";
    assert!(
        brief(record, "2037-10-10")
            .iter()
            .all(|m| !m.starts_with("¶2 ")),
        "{:?}",
        brief(record, "2037-10-10")
    );
}

#[test]
fn a_single_l_c_d_or_m_in_brackets_is_a_letter() {
    let text = "The Orchard Committee,\n\n(l) Notes the burden and encourages Growers to share water;\n\n(m) Encourages the Millers to continue to grind;\n";
    assert_eq!(brief(text, "2037-10-10"), ["¶12 Growers", "¶13 Millers"]);
}

#[test]
fn a_web_list_restarting_at_each_heading_is_numbered_by_order() {
    let text = "1. Since our last meeting, the harvest has weakened.\n\nA strategy for growth\n\n  1. To address the challenges, the Leaders agreed on a plan.\n\nFostering Jobs\n\n  1. We firmly believe in jobs. We have tasked the Orchard Bank to report to the Ministers on the outlook.\n  2. We recognize the importance of floors.\n";
    assert_eq!(communique(text, "2037-10-10"), ["¶3 Orchard Bank"]);
}

#[test]
fn a_title_that_lost_its_hyphen_at_a_line_break_keeps_it() {
    let text = "The Orchard Assembly,\n\n1. Takes note of the report;\n\n2. Encourages the SecretaryGeneral to seek support;\n";
    assert_eq!(brief(text, "2037-10-10"), ["¶2 Secretary-General"]);
}

#[test]
fn a_fronted_this_before_a_reporting_clause_is_no_actor() {
    let text = "The Orchard Authority met on Wednesday.\n\nThe Authority reiterated its decision, calling for the conduct of elections within six months.\n\nThis the Authority added is meant to allow a quick return to order.\n";
    let got = communique(text, "2037-10-10");
    assert!(got.iter().all(|m| !m.contains("This")), "{got:?}");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn the_that_before_a_name_in_a_that_clause_is_no_part_of_it() {
    let text = "Current Situation\n\nAgreed that Chairman of the Seed Consultation be invited to attend the October session of the Committee (para. 28).\n";
    let got = brief(text, "2037-07-18");
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|m| !m.contains("That ")), "{got:?}");
}

#[test]
fn a_bracket_listing_a_nouns_members_is_no_list_of_actors() {
    let text = "1. We have tasked International orchards (North, South, East) to report to the Ministers on the outlook.\n\n2. We recognize the importance of floors.\n";
    assert_eq!(
        communique(text, "2037-10-10"),
        ["¶1 International orchards"]
    );
}

#[test]
fn as_appropriate_inside_a_list_of_actors_is_no_part_of_a_name() {
    let text = "The Orchard Committee,\n\n(a) Notes the season;\n\n(b) Encourages Growers, other orchards as appropriate and Millers to provide timely information;\n";
    assert_eq!(
        brief(text, "2037-10-10"),
        ["¶2 Growers | Other orchards | Millers"]
    );
}
