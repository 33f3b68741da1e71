//! One composed text per kind of failure met in the French round res37 (helper hfr23):
//! each fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn a_first_of_the_month_glued_to_its_month_is_a_day() {
    // "d'ici le 1erdécembre 2040": a page that ran "1er" into the month's name.
    let text = "Le Comité des vergers,\n1. Ayant lu la note,\n2. Demande à l'État partie de remettre au Bureau des haies, d'ici le 1erdécembre 2040, une note sur les haies ;\n3. Demande enfin à l'État partie de remettre au Bureau des haies, d'ici le 1erfévrier 2041, une note révisée, que le Comité lira en 2041.\n";
    let got = brief(text, "2040-07-25");
    assert_eq!(
        got,
        [
            "¶2 État partie due=2040-12-01",
            "¶3 État partie due=2041-02-01"
        ],
        "{got:?}"
    );
}

#[test]
fn a_place_after_the_day_is_no_call_for_a_thing() {
    // "ont appelé vendredi à Lomé les X à ...": where the communiqué was given, then the
    // addressee; "à la Commission", "à un arrêt" stay what they were.
    for (text, actor) in [
        (
            "Les chefs des vergers ont appelé vendredi à Lomé les planteurs rebelles à replanter les haies.\n",
            "Planteurs rebelles",
        ),
        (
            "Les chefs des vergers ont appelé à Porto-Novo, les planteurs à replanter les haies.\n",
            "Planteurs",
        ),
    ] {
        let got = brief(text, "2031-01-10");
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(
            got[0].starts_with(&format!("¶1 {actor}")),
            "{text}: {got:?}"
        );
    }
    let got = brief(
        "Les chefs des vergers ont appelé vendredi à un arrêt immédiat des coupes.\n",
        "2031-01-10",
    );
    assert_eq!(got, ["¶1 Tous les États"], "{got:?}");
}

#[test]
fn a_plural_pronoun_deciding_stands_for_the_subject_before() {
    // "Ils ont jugé ... et ont décidé de ...": those the sentence before named (here
    // "les participants à la réunion"), not the body.
    let text = "Les chefs des vergers ont appelé les planteurs à replanter les haies.\nSelon le communiqué final, les participants à la réunion ont également exhorté les jardiniers à tailler les haies.\nIls ont jugé la situation grave et ont décidé de tenir une deuxième réunion dans dix jours.\n";
    let got = brief(text, "2031-01-10");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got[2].starts_with("¶3 Participants à la réunion"),
        "{got:?}"
    );
    assert!(got[2].contains("days: 10"), "{got:?}");
}

#[test]
fn a_college_deciding_is_a_subject_quote_or_not() {
    // "Le collège « décide de ... »", "Le collège décide de ...": a college of heads of
    // state decides, as "Le comité décide de ..." does.
    for text in [
        "Le collège décide de replanter les haies.\n",
        "Le collège «décide de replanter les haies.\n",
    ] {
        let got = brief(text, "2031-01-10");
        assert_eq!(got, ["¶1 Collège"], "{text}: {got:?}");
    }
}

#[test]
fn a_title_at_the_foot_never_stands_for_the_ledes_call() {
    // The lede calls on all; the page's closing title says it again: drafted once, where the
    // lede states it.
    let text = "Les chefs d'État des vergers ont appelé samedi à un arrêt immédiat des coupes dans la vallée.\nLa réunion s'est tenue dans la capitale.\nVergers : les chefs d'État appellent à l'arrêt immédiat des coupes\n";
    let got = brief(text, "2031-01-10");
    assert_eq!(got, ["¶1 Tous les États"], "{got:?}");
}

#[test]
fn a_call_for_acts_of_all_of_them_asks_them() {
    // "à un <acte> de toutes les X et un <acte> de tous les Y": each act asks its doers; "la libération de tous les otages" names those acted
    // on, a call on all.
    let text = "Dans la vallée, les chefs des vergers ont appelé dimanche à un retrait complet de tous les groupes rebelles et un cessez-le-feu durable de toutes les factions concernées.\n";
    let got = brief(text, "2031-01-10");
    assert_eq!(
        got,
        ["¶1 Groupes rebelles", "¶1 Factions concernées"],
        "{got:?}"
    );
    let got = brief(
        "Les chefs d'État ont appelé samedi à la libération de tous les otages.\n",
        "2031-01-10",
    );
    assert_eq!(got, ["¶1 Tous les États"], "{got:?}");
}
