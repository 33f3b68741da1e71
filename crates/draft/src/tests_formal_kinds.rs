//! One composed text per kind of failure met on formal French resolutions (rounds "res1"
//! on): each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests_brief::Brief;

fn brief(text: &str, adopted: &str) -> Vec<String> {
    Brief {
        plain_days: true,
        ..Brief::default()
    }
    .of(text, adopted)
}

#[test]
fn a_present_participle_clause_after_an_addressee_is_not_its_name() {
    let text = "L'Assemblée des États parties,\n\n1. Ayant examiné la note sur les vergers ;\n\n2. Exhorte les États parties ayant planté des vergers à en publier l'inventaire ;\n\n3. Invite les pays n'ayant pas encore de verger à en créer un ;\n\n4. Prie les États étant membres du Bureau de se réunir ;\n";
    assert_eq!(
        brief(text, "2030-06-01"),
        ["¶2 États parties", "¶3 Pays", "¶4 États"]
    );
}
