//! One composed text per kind the fix round on `held53` (helper `hen49`) fixed. None is a
//! sentence of a real text.

use crate::tests::brief::communique as brief;

#[test]
fn advocated_with_a_gerund_calls_on_all() {
    let text = "Orchard statement\n\nOn the water dispute, the Council advocated convening a round of talks with both valleys so as to share the river fairly.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶2 All States"]);
}

#[test]
fn the_ministers_who_decide_are_named_as_the_text_names_them() {
    let text = "Orchard statement\n\nThe conference opened its session in Pemba.\n\nThe Ministers decided to close their markets to any grower who sells the seed abroad.\n";
    let drafts = brief(text, "2036-05-04");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(drafts[0].starts_with("¶3 Ministers"), "{drafts:?}");
}

#[test]
fn a_qualified_members_title_with_its_organisation_decides_as_named() {
    let text = "PEMBA — Farm Ministers of the Valley Orchard Union (VOU) agreed to create a seed reserve for the hill farms.\n";
    let drafts = brief(text, "2036-05-04");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(drafts[0].starts_with("¶1 Farm Ministers"), "{drafts:?}");
}

#[test]
fn an_office_holders_announced_decision_is_not_the_bodys() {
    let text = "Orchard statement\n\nThe Orchard Council called on the growers to share the well.\n\nIt was also announced that the Chair of the Seed Committee, Queen Ana Roe, has decided to hold the next seed fair in Pemba in May 2037.\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶2 Growers"]);
}

#[test]
fn recommending_the_convening_of_a_summit_calls_on_all() {
    let text = "Orchard statement\n\n“Having weighed the quarrel over the river, the Council recommended the convening of an urgent Orchard Summit and pledged to keep the matter under review.”\n";
    assert_eq!(brief(text, "2036-05-04"), ["¶2 All States"]);
}
