//! One composed text per kind of failure met in the French round res20 (helper hfr9): each
//! fixes the kind, never the instance, and none is a sentence of a real text.

use crate::tests::real_kinds::brief;

#[test]
fn an_elided_article_before_a_name_in_a_is_no_object_pronoun() {
    let text = "Réunion des vergers.\n\nL'Assemblée a demandé à la commune de planter des haies.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Commune"]);
}

#[test]
fn two_verbs_of_one_subject_decide_for_that_subject() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil a demandé à la délégation du Nord de coopérer pleinement avec son rapporteur, et a décidé de surveiller de près l'état des vergers.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Délégation du Nord", "¶2 Conseil"]
    );
}

#[test]
fn a_manner_whose_closing_comma_is_missing_is_read_past() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLes ministres des vergers, ont décidé, à l'unanimité de désigner Mme Lise Caron, au poste de jardinière, à compter du 4 juillet.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Ministres des vergers"]);
}

#[test]
fn a_quoted_infinitive_is_what_is_asked() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil a demandé à la délégation du Nord de « coopérer pleinement » avec son rapporteur.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Délégation du Nord"]);
}

#[test]
fn a_quote_opened_on_an_aside_ends_the_addressee() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil appelle la commune « en attendant la récolte, à fournir de l'eau aux vergers ».\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Commune"]);
}

#[test]
fn a_parliament_s_members_speak_for_it() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLes eurodéputés appellent la Ligue à planter des haies.\n\nLes députés (des groupes A, B et C) appellent à la publication des comptes des vergers.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Ligue", "¶3 Tous les États"]);
}

#[test]
fn a_proposal_to_x_to_act_asks_x() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil a proposé à la commission des haies de créer un groupe de travail.\n\nLe Président a proposé la candidature de M. Dupont, proposé par la Ligue.\n";
    assert_eq!(brief(text, "2031-03-01"), ["¶2 Commission des haies"]);
}

#[test]
fn a_next_meeting_dated_by_its_month_is_due_that_month() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil a appelé la commune de Lyon à planter des haies avant la prochaine réunion \"vergers\" de l'organe plénier du Conseil en juin 2031.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Commune de Lyon due=2031-06"]
    );
}

#[test]
fn a_possessed_act_demanded_calls_on_all() {
    let text = "Le Conseil des vergers s'est réuni.\n\nLe Conseil des vergers a adopté jeudi une résolution condamnant la coupe des haies et demandant leur replantation immédiate.\n\nLe Conseil exige sa libération immédiate.\n\nLe Conseil demande leur avis aux communes.\n";
    assert_eq!(
        brief(text, "2031-03-01"),
        ["¶2 Tous les États", "¶3 Tous les États"]
    );
}
