//! One composed text per kind of failure met in the French round res52 (helper hfr39): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_one_off_event_dated_by_its_start_is_due_then() {
    // "œuvrer pour le lancement de X à partir de <mois année>": the launch is the task's
    // date; an ongoing act "à partir de" a year still only starts (formal_kinds).
    let text = "Le Conseil des vergers a instruit le Bureau des semences de préparer le lancement effectif de la foire aux greffons à partir de mars 2037.\n\nIl a aussi invité la Garde rurale à veiller sur les ruches à partir de 2037.\n";
    assert_eq!(
        brief(text, "2036-03-03"),
        ["¶1 Bureau des semences due=2037-03", "¶2 Garde rurale"]
    );
}
