//! A composed coverage grid for the ways of asking in French (helper hgf1): which verb or
//! construction makes a mandate, and whom it names. Half formal resolution style (UN, OIC,
//! AU: present tense, the paragraph opening with its verb), half communiqué, press-release
//! and final-declaration style (past tense, narrated: "Le Conseil a ...", "Les ministres ont
//! ..."). Each verb with more than one actor shape (one body, two bodies, "tous les États", a
//! pronoun, a passive), asides, opening phrases, two verbs in one paragraph, elision, and
//! near misses that must ask nobody. None is a sentence of a real text; the expectations
//! were written before the drafter first ran on them.
//!
//! Each case's expectation is a fact: how many mandates, and each one's actor key words
//! (one set per mandate), or none. Judged by the real-text scorer's own rule
//! (`judge::actors_right`): a drafted mandate matches a set when each key is in an actor of
//! its own, as many actors as keys, none adding more than three words to its key unless it
//! is the key's full name.
//!
//! Conventions taken from `docs/drafting.md`: a call that names nobody ("Demande la
//! libération de ...", "appelle à la cessation ...") is a mandate of "Tous les États"; a
//! body's own decision ("Décide de créer ...") is the body's; views ("Réaffirme la nécessité
//! de ...", "reaffirms the need for" in English), "Décide de rester saisi", a recalled or
//! noted request, a praised appeal, a preambular participle, a speaker's own words and an
//! invitation to attend ask nobody. A wish that names its actor and an act ("Souhaite que
//! le Secrétaire général poursuive ...") asks that actor, as the Arabic annotations keyed a
//! wish for a report from a named mission; a wish for an outcome ("que la conférence soit
//! couronnée de succès") names no one and asks nobody.

use crate::tests::grid_common::{
    GridCase, actor_names, assert_whole, bracket, draft_case, pair_off, run as grid_run, shown,
};

struct Case {
    id: &'static str,
    head: &'static str,
    text: &'static str,
    adopted: &'static str,
    /// One set of actor keys per mandate the text must yield; empty: no mandate at all.
    want: &'static [&'static [&'static str]],
}

const NONE: &[&[&str]] = &[];

const AG: &str =
    "L'Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question,\n\n";
const CS: &str = "Le Conseil de sécurité,\n\nRéaffirmant son ferme attachement à la souveraineté et à l'unité du pays,\n\n";
const CDH: &str = "Le Conseil des droits de l'homme,\n\nGuidé par les buts et principes énoncés dans la Charte,\n\n";
const OCI: &str = "Le Conseil des ministres des affaires étrangères de l'Organisation de la coopération islamique,\n\nRappelant les objectifs énoncés dans la Charte de l'Organisation,\n\n";
const UA: &str = "Le Conseil exécutif de l'Union africaine,\n\nAyant examiné le rapport de la Commission sur la question,\n\n";

const COMM: &str = "Communiqué final de la réunion ministérielle\n\n";
const CPS: &str = "Communiqué de la 1410e réunion du Conseil de paix et de sécurité\n\n";
const DECL: &str = "Déclaration finale du sommet des chefs d'État et de gouvernement\n\n";
const PRESSE: &str = "Communiqué de presse\n\n";

const D_FORMAL: &str = "2033-06-20";
const D_COMM: &str = "2033-09-12";

const fn c(
    id: &'static str,
    head: &'static str,
    text: &'static str,
    adopted: &'static str,
    want: &'static [&'static [&'static str]],
) -> Case {
    Case {
        id,
        head,
        text,
        adopted,
        want,
    }
}

/// Formal resolution style: present tense, the paragraph opening with its verb.
const FORMAL: &[Case] = &[
    // Prie
    c(
        "f-prie-sg",
        AG,
        "1. Prie le Secrétaire général de lui présenter, à sa quatre-vingt-neuvième session, un rapport sur l'application de la présente résolution ;\n",
        D_FORMAL,
        &[&["Secrétaire général"]],
    ),
    c(
        "f-prie-deux-organes",
        CDH,
        "1. Prie le Haut-Commissariat et le Comité consultatif de coopérer à l'élaboration d'une étude sur la question ;\n",
        D_FORMAL,
        &[&["Haut-Commissariat", "Comité consultatif"]],
    ),
    c(
        "f-prie-passif",
        AG,
        "1. Le Secrétaire général est prié de tenir les États Membres informés de l'évolution de la situation ;\n",
        D_FORMAL,
        &[&["Secrétaire général"]],
    ),
    c(
        "f-prie-aparte",
        AG,
        "1. Prie également, à cet égard, le Secrétaire général de prendre les mesures voulues pour assurer le suivi des recommandations ;\n",
        D_FORMAL,
        &[&["Secrétaire général"]],
    ),
    c(
        "f-prie-pronom",
        AG,
        "1. Prend acte du rapport du Rapporteur spécial et le prie de poursuivre ses travaux ;\n",
        D_FORMAL,
        &[&["Rapporteur spécial"]],
    ),
    c(
        "f-prie-instamment",
        CS,
        "1. Prie instamment toutes les parties de respecter pleinement le cessez-le-feu ;\n",
        D_FORMAL,
        &[&["parties"]],
    ),
    c(
        "f-prie-elision-ua",
        CS,
        "1. Prie l'Union africaine d'informer régulièrement le Conseil de l'évolution de la situation sur le terrain ;\n",
        D_FORMAL,
        &[&["Union africaine"]],
    ),
    // Demande
    c(
        "f-demande-a-x-de",
        CS,
        "1. Demande aux autorités nationales de faciliter un accès humanitaire sans entrave ;\n",
        D_FORMAL,
        &[&["autorités"]],
    ),
    c(
        "f-demande-tous-les-etats",
        AG,
        "1. Demande à tous les États de ratifier la Convention ou d'y adhérer ;\n",
        D_FORMAL,
        &[&["États"]],
    ),
    c(
        "f-demande-que-parties",
        CS,
        "1. Demande que toutes les parties cessent immédiatement les attaques contre les civils ;\n",
        D_FORMAL,
        &[&["parties"]],
    ),
    c(
        "f-demande-que-programme",
        AG,
        "1. Demande que le Programme des Nations Unies pour le développement renforce son appui aux pays les moins avancés ;\n",
        D_FORMAL,
        &[&["Programme des Nations Unies pour le développement"]],
    ),
    c(
        "f-demande-liberation",
        CS,
        "1. Demande la libération immédiate et sans condition de tous les otages ;\n",
        D_FORMAL,
        &[&["États"]],
    ),
    c(
        "f-demande-pronom-leur",
        AG,
        "1. Prend note des rapports nationaux présentés par les États parties et leur demande de les mettre à jour tous les deux ans ;\n",
        D_FORMAL,
        &[&["États parties"]],
    ),
    c(
        "f-il-est-demande",
        UA,
        "1. Il est demandé aux États membres de soumettre leurs rapports nationaux à la Commission ;\n",
        D_FORMAL,
        &[&["États membres"]],
    ),
    c(
        "f-demande-instamment-deux",
        AG,
        "1. Demande instamment aux États Membres et aux organisations régionales de renforcer leur coopération dans la lutte contre la traite des personnes ;\n",
        D_FORMAL,
        &[&["États Membres", "organisations régionales"]],
    ),
    // Invite
    c(
        "f-invite-etats-membres",
        AG,
        "1. Invite les États Membres à envisager de verser des contributions volontaires au fonds d'affectation spéciale ;\n",
        D_FORMAL,
        &[&["États Membres"]],
    ),
    c(
        "f-invite-instamment-gouvernement",
        CDH,
        "1. Invite instamment le Gouvernement à coopérer pleinement avec le Rapporteur spécial ;\n",
        D_FORMAL,
        &[&["Gouvernement"]],
    ),
    c(
        "f-invite-passif-pluriel",
        AG,
        "1. Les organisations non gouvernementales sont invitées à contribuer aux préparatifs de la conférence ;\n",
        D_FORMAL,
        &[&["organisations non gouvernementales"]],
    ),
    c(
        "f-secretariat-general-est-invite",
        OCI,
        "1. Le Secrétariat général est invité à assurer le suivi de la présente résolution ;\n",
        D_FORMAL,
        &[&["Secrétariat général"]],
    ),
    c(
        "f-invite-tous-etats-et-organisations",
        AG,
        "1. Invite tous les États et les organisations internationales compétentes à appuyer les activités du Centre ;\n",
        D_FORMAL,
        &[&["États", "organisations internationales"]],
    ),
    c(
        "f-invite-elision-deux",
        AG,
        "1. Invite l'Organisation mondiale de la santé et l'Organisation internationale du Travail à élaborer des directives communes ;\n",
        D_FORMAL,
        &[&[
            "Organisation mondiale de la santé",
            "Organisation internationale du Travail",
        ]],
    ),
    // Engage
    c(
        "f-engage-tous-les-etats",
        AG,
        "1. Engage tous les États à prendre des mesures efficaces pour prévenir toute forme de discrimination ;\n",
        D_FORMAL,
        &[&["États"]],
    ),
    c(
        "f-engage-deux",
        CS,
        "1. Engage le Gouvernement et les groupes armés à reprendre le dialogue sans conditions préalables ;\n",
        D_FORMAL,
        &[&["Gouvernement", "groupes armés"]],
    ),
    c(
        "f-engage-vivement-pas-encore",
        AG,
        "1. Engage vivement les États qui ne l'ont pas encore fait à devenir parties au Protocole ;\n",
        D_FORMAL,
        &[&["États"]],
    ),
    // Exhorte
    c(
        "f-exhorte-parties",
        CS,
        "1. Exhorte les parties à s'abstenir de toute action unilatérale susceptible d'aggraver les tensions ;\n",
        D_FORMAL,
        &[&["parties"]],
    ),
    c(
        "f-exhorte-apres-ouverture",
        OCI,
        "1. À cet égard, exhorte les États membres à verser leurs contributions au Fonds de solidarité ;\n",
        D_FORMAL,
        &[&["États membres"]],
    ),
    c(
        "f-exhorte-ensemble-parties",
        CS,
        "1. Exhorte l'ensemble des parties au conflit à protéger le personnel médical ;\n",
        D_FORMAL,
        &[&["parties"]],
    ),
    // Encourage
    c(
        "f-encourage-vivement-donateurs",
        AG,
        "1. Encourage vivement les donateurs à accroître leur appui financier au programme ;\n",
        D_FORMAL,
        &[&["donateurs"]],
    ),
    c(
        "f-encourage-pronom",
        AG,
        "1. Se félicite de la création du groupe de travail et l'encourage à poursuivre ses travaux ;\n",
        D_FORMAL,
        &[&["groupe de travail"]],
    ),
    c(
        "f-encourage-trois",
        UA,
        "1. Encourage les États membres, les communautés économiques régionales et la société civile à promouvoir la campagne ;\n",
        D_FORMAL,
        &[&[
            "États membres",
            "communautés économiques régionales",
            "société civile",
        ]],
    ),
    // Charge
    c(
        "f-charge-commission",
        UA,
        "1. Charge la Commission d'élaborer un plan d'action pour la mise en œuvre de la présente décision ;\n",
        D_FORMAL,
        &[&["Commission"]],
    ),
    c(
        "f-charge-passif",
        UA,
        "1. La Commission est chargée de convoquer une réunion d'experts sur la question ;\n",
        D_FORMAL,
        &[&["Commission"]],
    ),
    c(
        "f-charge-deux",
        AG,
        "1. Charge le Secrétaire général et le Haut-Commissaire de lui rendre compte de la suite donnée à la présente résolution ;\n",
        D_FORMAL,
        &[&["Secrétaire général", "Haut-Commissaire"]],
    ),
    // Décide
    c(
        "f-decide-propre",
        AG,
        "1. Décide de proclamer une journée internationale de la solidarité entre les peuples ;\n",
        D_FORMAL,
        &[&["Assemblée générale"]],
    ),
    c(
        "f-decide-confier",
        UA,
        "1. Décide de confier au Comité des représentants permanents le soin d'examiner les incidences financières de la proposition ;\n",
        D_FORMAL,
        &[&["Comité des représentants permanents"]],
    ),
    c(
        "f-decide-que-futur",
        CS,
        "1. Décide que le Groupe d'experts présentera au Comité un rapport final assorti de recommandations ;\n",
        D_FORMAL,
        &[&["Groupe d'experts"]],
    ),
    c(
        "f-decide-que-subjonctif",
        AG,
        "1. Décide que le Comité préparatoire établisse son propre règlement intérieur ;\n",
        D_FORMAL,
        &[&["Comité préparatoire"]],
    ),
    c(
        "f-decide-items",
        UA,
        "1. Décide :\n\na) De créer un comité ad hoc chargé de la question ;\n\nb) Que la Commission fera rapport au Conseil exécutif sur l'application de la présente décision ;\n",
        D_FORMAL,
        &[&["Conseil exécutif"], &["Commission"]],
    ),
    // Recommande
    c(
        "f-recommande-que",
        AG,
        "1. Recommande que les États Membres intègrent la question dans leurs stratégies nationales de développement ;\n",
        D_FORMAL,
        &[&["États Membres"]],
    ),
    c(
        "f-recommande-a",
        CDH,
        "1. Recommande au Conseil économique et social d'examiner la question à sa prochaine session ;\n",
        D_FORMAL,
        &[&["Conseil économique et social"]],
    ),
    // Appelle
    c(
        "f-appelle-x-a",
        UA,
        "1. Appelle les États membres à ratifier le protocole dans les meilleurs délais ;\n",
        D_FORMAL,
        &[&["États membres"]],
    ),
    c(
        "f-appelle-a-nom",
        CS,
        "1. Appelle à la cessation immédiate des hostilités dans l'ensemble du pays ;\n",
        D_FORMAL,
        &[&["États"]],
    ),
    c(
        "f-lance-appel-deux",
        OCI,
        "1. Lance un appel aux États membres et aux institutions financières islamiques pour qu'ils apportent une aide d'urgence aux populations touchées ;\n",
        D_FORMAL,
        &[&["États membres", "institutions financières islamiques"]],
    ),
    // Enjoint, Somme
    c(
        "f-enjoint-a-parties",
        CS,
        "1. Enjoint à toutes les parties de cesser immédiatement le recrutement d'enfants ;\n",
        D_FORMAL,
        &[&["parties"]],
    ),
    c(
        "f-enjoint-deux",
        CS,
        "1. Enjoint aux groupes armés et aux milices de libérer sans délai les personnes qu'ils détiennent ;\n",
        D_FORMAL,
        &[&["groupes armés", "milices"]],
    ),
    c(
        "f-somme",
        CS,
        "1. Somme les groupes armés de déposer les armes et de se retirer des localités qu'ils occupent ;\n",
        D_FORMAL,
        &[&["groupes armés"]],
    ),
    // Autorise, Mandate, Donne mandat, Confie
    c(
        "f-autorise-etats",
        CS,
        "1. Autorise les États Membres agissant en coopération avec l'Union africaine à prendre toutes les mesures nécessaires pour protéger les civils ;\n",
        D_FORMAL,
        &[&["États Membres"]],
    ),
    c(
        "f-autorise-sg",
        AG,
        "1. Autorise le Secrétaire général à engager des dépenses d'un montant maximal de deux millions de dollars ;\n",
        D_FORMAL,
        &[&["Secrétaire général"]],
    ),
    c(
        "f-mandate-pour",
        UA,
        "1. Mandate le Président de la Commission pour mener des consultations avec toutes les parties prenantes ;\n",
        D_FORMAL,
        &[&["Président de la Commission"]],
    ),
    c(
        "f-donne-mandat",
        UA,
        "1. Donne mandat au Groupe de haut niveau de faciliter le dialogue entre les parties ;\n",
        D_FORMAL,
        &[&["Groupe de haut niveau"]],
    ),
    c(
        "f-confie-soin",
        AG,
        "1. Confie au Comité spécial le soin d'examiner les propositions présentées par les États Membres ;\n",
        D_FORMAL,
        &[&["Comité spécial"]],
    ),
    // Sollicite, Réitère, Renouvelle, Réclame, Presse, Convie
    c(
        "f-sollicite-qu-il",
        OCI,
        "1. Sollicite du Secrétaire général qu'il désigne un envoyé spécial pour suivre la question ;\n",
        D_FORMAL,
        &[&["Secrétaire général"]],
    ),
    c(
        "f-reitere-appel",
        CS,
        "1. Réitère son appel à toutes les parties pour qu'elles respectent le droit international humanitaire ;\n",
        D_FORMAL,
        &[&["parties"]],
    ),
    c(
        "f-renouvelle-demande",
        AG,
        "1. Renouvelle sa demande au Secrétaire général de lui présenter des propositions concrètes ;\n",
        D_FORMAL,
        &[&["Secrétaire général"]],
    ),
    c(
        "f-reclame-retrait",
        CS,
        "1. Réclame le retrait immédiat de toutes les forces étrangères du territoire ;\n",
        D_FORMAL,
        &[&["États"]],
    ),
    c(
        "f-presse-etats",
        AG,
        "1. Presse les États qui ne l'ont pas encore fait de devenir parties à la Convention ;\n",
        D_FORMAL,
        &[&["États"]],
    ),
    c(
        "f-convie-institutions",
        OCI,
        "1. Convie les institutions spécialisées à participer activement à la mise en œuvre du programme ;\n",
        D_FORMAL,
        &[&["institutions spécialisées"]],
    ),
    // Souhaite
    c(
        "f-souhaite-que-sg",
        AG,
        "1. Souhaite que le Secrétaire général poursuive ses bons offices en vue d'un règlement pacifique ;\n",
        D_FORMAL,
        &[&["Secrétaire général"]],
    ),
    // Two verbs, autorise with a mission
    c(
        "f-deux-verbes",
        AG,
        "1. Prie le Secrétaire général de diffuser largement le rapport et invite les États Membres à en examiner les recommandations ;\n",
        D_FORMAL,
        &[&["Secrétaire général"], &["États Membres"]],
    ),
    c(
        "f-autorise-mission",
        CS,
        "1. Autorise la Mission à utiliser tous les moyens nécessaires pour s'acquitter de son mandat ;\n",
        D_FORMAL,
        &[&["Mission"]],
    ),
    // Near misses: no mandate
    c(
        "f-near-souhaite-succes",
        AG,
        "1. Souhaite que la conférence soit couronnée de succès ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-decide-rester-saisi",
        CS,
        "1. Décide de rester saisi de la question.\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-decide-ne-pas",
        AG,
        "1. Décide de ne pas donner suite, à ce stade, à la proposition de créer un nouveau bureau ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-prend-note-demande",
        AG,
        "1. Prend note de la demande du Gouvernement tendant à obtenir une assistance électorale ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-rappelle-aparte",
        AG,
        "1. Rappelle que, dans sa résolution antérieure, elle a prié le Secrétaire général de lui présenter un rapport ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-felicite-appel",
        CS,
        "1. Se félicite de l'appel lancé par le Secrétaire général en faveur d'un cessez-le-feu mondial ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-salue-efforts",
        UA,
        "1. Salue les efforts de la Commission pour mobiliser des ressources en faveur des États membres touchés ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-constate-demande",
        AG,
        "1. Constate que plusieurs États ont demandé au Secrétariat de simplifier les procédures ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-reaffirme-necessite",
        AG,
        "1. Réaffirme la nécessité de renforcer la coordination de l'aide humanitaire ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-reaffirme-necessite-pour",
        AG,
        "1. Réaffirme la nécessité pour tous les États de respecter leurs obligations ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-demandant-preambule",
        AG,
        "Demandant à tous les États de coopérer pleinement avec le Tribunal,\n\n1. Prend note du rapport du Secrétaire général ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-priant-preambule",
        CDH,
        "Priant instamment les États de redoubler d'efforts,\n\n1. Se félicite des progrès accomplis ;\n",
        D_FORMAL,
        NONE,
    ),
    c(
        "f-near-qui-a-demande",
        AG,
        "1. Accueille avec satisfaction les travaux du Rapporteur spécial, qui a demandé aux États de revoir leur législation ;\n",
        D_FORMAL,
        NONE,
    ),
];

/// Communiqué, press-release and final-declaration style: past tense, narrated.
const NARRATED: &[Case] = &[
    // a demandé
    c(
        "n-conseil-a-demande-sg",
        COMM,
        "Le Conseil a demandé au Secrétaire général de lui soumettre un rapport sur la situation humanitaire.\n",
        D_COMM,
        &[&["Secrétaire général"]],
    ),
    c(
        "n-ministres-ont-demande-deux",
        COMM,
        "Les ministres ont demandé aux États membres et aux partenaires de financer le plan de relance.\n",
        D_COMM,
        &[&["États membres", "partenaires"]],
    ),
    c(
        "n-a-demande-que-subj",
        CPS,
        "Le Conseil a demandé que les parties reprennent les négociations sous l'égide du médiateur.\n",
        D_COMM,
        &[&["parties"]],
    ),
    c(
        "n-sommet-a-demande-liberation",
        DECL,
        "Le sommet a demandé la libération de tous les prisonniers politiques.\n",
        D_COMM,
        &[&["États"]],
    ),
    c(
        "n-en-outre-a-demande",
        CPS,
        "En outre, le Conseil a demandé aux parties de libérer tous les détenus.\n",
        D_COMM,
        &[&["parties"]],
    ),
    c(
        "n-a-demande-elision",
        CPS,
        "Le Conseil a demandé à l'Organisation des Nations Unies d'appuyer le processus électoral.\n",
        D_COMM,
        &[&["Organisation des Nations Unies"]],
    ),
    c(
        "n-a-demande-instamment",
        CPS,
        "Le Conseil a demandé instamment à toutes les parties de protéger les travailleurs humanitaires.\n",
        D_COMM,
        &[&["parties"]],
    ),
    c(
        "n-il-a-ete-demande",
        COMM,
        "Il a été demandé à la Commission de faire rapport au prochain sommet.\n",
        D_COMM,
        &[&["Commission"]],
    ),
    c(
        "n-renouvele-demande",
        CPS,
        "Le Conseil a renouvelé sa demande au gouvernement de garantir la sécurité des civils.\n",
        D_COMM,
        &[&["gouvernement"]],
    ),
    // a appelé
    c(
        "n-conference-a-appele",
        COMM,
        "La Conférence a appelé la communauté internationale à soutenir les pays qui accueillent des réfugiés.\n",
        D_COMM,
        &[&["communauté internationale"]],
    ),
    c(
        "n-ont-appele-a-nom",
        DECL,
        "Les participants ont appelé à un cessez-le-feu immédiat et durable.\n",
        D_COMM,
        &[&["États"]],
    ),
    c(
        "n-ont-appele-deux",
        DECL,
        "Les dirigeants ont appelé le gouvernement et l'opposition à privilégier le dialogue.\n",
        D_COMM,
        &[&["gouvernement", "opposition"]],
    ),
    c(
        "n-lance-appel",
        DECL,
        "Le sommet a lancé un appel aux bailleurs de fonds pour qu'ils honorent leurs engagements.\n",
        D_COMM,
        &[&["bailleurs de fonds"]],
    ),
    c(
        "n-reitere-appel",
        COMM,
        "La Conférence a réitéré son appel aux parties pour qu'elles reprennent les pourparlers.\n",
        D_COMM,
        &[&["parties"]],
    ),
    // a exhorté
    c(
        "n-a-exhorte-parties",
        CPS,
        "Le Conseil a exhorté les parties à reprendre le dialogue sans délai.\n",
        D_COMM,
        &[&["parties"]],
    ),
    c(
        "n-a-exhorte-tous-etats",
        PRESSE,
        "Le Conseil a exhorté tous les États à mettre en œuvre les sanctions.\n",
        D_COMM,
        &[&["États"]],
    ),
    c(
        "n-a-cet-egard-exhorte",
        COMM,
        "À cet égard, les ministres ont exhorté les États membres à accélérer la ratification de l'accord.\n",
        D_COMM,
        &[&["États membres"]],
    ),
    // a invité
    c(
        "n-ont-invite-ua",
        COMM,
        "Les ministres ont invité l'Union africaine à déployer une mission d'observation.\n",
        D_COMM,
        &[&["Union africaine"]],
    ),
    c(
        "n-a-invite-partenaires",
        DECL,
        "Le sommet a invité les partenaires techniques et financiers à accompagner la transition.\n",
        D_COMM,
        &[&["partenaires techniques et financiers"]],
    ),
    c(
        "n-a-aparte-invite",
        CPS,
        "Le Conseil a également, dans ce contexte, invité le Secrétaire général à renforcer la présence des Nations Unies dans la région.\n",
        D_COMM,
        &[&["Secrétaire général"]],
    ),
    c(
        "n-sont-invites-deux",
        COMM,
        "Les États membres et les communautés économiques régionales sont invités à désigner leurs points focaux.\n",
        D_COMM,
        &[&["États membres", "communautés économiques régionales"]],
    ),
    c(
        "n-pronom-l-ont-invite",
        COMM,
        "Les ministres ont salué le travail du Comité technique et l'ont invité à poursuivre ses efforts.\n",
        D_COMM,
        &[&["Comité technique"]],
    ),
    c(
        "n-secretariat-general-invite",
        COMM,
        "Le Secrétariat général a été invité à diffuser le communiqué à tous les États membres.\n",
        D_COMM,
        &[&["Secrétariat général"]],
    ),
    // a chargé, a instruit, a donné instruction
    c(
        "n-ont-charge-deux",
        DECL,
        "Les chefs d'État ont chargé le Président en exercice et le Président de la Commission de mener une mission de bons offices.\n",
        D_COMM,
        &[&["Président en exercice", "Président de la Commission"]],
    ),
    c(
        "n-a-ete-chargee",
        COMM,
        "La Commission a été chargée de suivre la mise en œuvre des recommandations.\n",
        D_COMM,
        &[&["Commission"]],
    ),
    c(
        "n-ont-instruit",
        DECL,
        "Les chefs d'État ont instruit le Conseil des ministres de finaliser le projet de traité.\n",
        D_COMM,
        &[&["Conseil des ministres"]],
    ),
    c(
        "n-donne-instruction",
        COMM,
        "La Conférence a donné instruction au Secrétariat exécutif de préparer un projet de budget.\n",
        D_COMM,
        &[&["Secrétariat exécutif"]],
    ),
    // a recommandé
    c(
        "n-ont-recommande-que",
        COMM,
        "Les ministres ont recommandé que la Commission organise un forum sur l'investissement.\n",
        D_COMM,
        &[&["Commission"]],
    ),
    c(
        "n-a-recommande-a",
        COMM,
        "Le Conseil a recommandé aux États membres d'harmoniser leurs législations.\n",
        D_COMM,
        &[&["États membres"]],
    ),
    // a décidé
    c(
        "n-a-decide-confier",
        DECL,
        "Le sommet a décidé de confier au médiateur la conduite des négociations.\n",
        D_COMM,
        &[&["médiateur"]],
    ),
    c(
        "n-a-decide-propre",
        CPS,
        "Le Conseil a décidé de créer un comité de suivi de l'accord.\n",
        D_COMM,
        &[&["Conseil"]],
    ),
    c(
        "n-a-decide-que",
        COMM,
        "La Conférence a décidé que le Secrétariat exécutif préparera une étude de faisabilité.\n",
        D_COMM,
        &[&["Secrétariat exécutif"]],
    ),
    // a mandaté, a autorisé
    c(
        "n-a-mandate",
        CPS,
        "Le Conseil a mandaté la Commission pour conduire une évaluation des besoins.\n",
        D_COMM,
        &[&["Commission"]],
    ),
    c(
        "n-a-autorise",
        CPS,
        "Le Conseil a autorisé la Commission à mobiliser des ressources supplémentaires.\n",
        D_COMM,
        &[&["Commission"]],
    ),
    // ont plaidé pour que, ont insisté pour que
    c(
        "n-ont-plaide-pour-que",
        DECL,
        "Les ministres ont plaidé pour que les partenaires augmentent leur aide au développement.\n",
        D_COMM,
        &[&["partenaires"]],
    ),
    c(
        "n-ont-insiste-pour-que",
        COMM,
        "Les participants ont insisté pour que le gouvernement organise les élections dans les délais.\n",
        D_COMM,
        &[&["gouvernement"]],
    ),
    // a encouragé, a engagé, a prié
    c(
        "n-ont-encourage-vivement",
        COMM,
        "Les ministres ont vivement encouragé le secteur privé à investir dans les énergies renouvelables.\n",
        D_COMM,
        &[&["secteur privé"]],
    ),
    c(
        "n-a-engage",
        DECL,
        "Le sommet a engagé les États membres à mettre en œuvre le plan d'action.\n",
        D_COMM,
        &[&["États membres"]],
    ),
    c(
        "n-a-ete-prie",
        COMM,
        "Le Secrétariat a été prié de diffuser le rapport aux délégations.\n",
        D_COMM,
        &[&["Secrétariat"]],
    ),
    c(
        "n-ont-prie-instamment",
        COMM,
        "Les ministres ont prié instamment les parties de respecter l'accord de paix.\n",
        D_COMM,
        &[&["parties"]],
    ),
    // ont enjoint, a sommé, a réclamé, a pressé, a convié, a souhaité, a sollicité
    c(
        "n-ont-enjoint",
        DECL,
        "Les dirigeants ont enjoint aux belligérants de cesser les combats.\n",
        D_COMM,
        &[&["belligérants"]],
    ),
    c(
        "n-a-somme",
        COMM,
        "La réunion a sommé la junte de rétablir l'ordre constitutionnel.\n",
        D_COMM,
        &[&["junte"]],
    ),
    c(
        "n-ont-reclame",
        DECL,
        "Les participants ont réclamé la levée des sanctions économiques.\n",
        D_COMM,
        &[&["États"]],
    ),
    c(
        "n-a-presse",
        CPS,
        "Le Conseil a pressé les autorités de transition de publier un calendrier électoral.\n",
        D_COMM,
        &[&["autorités"]],
    ),
    c(
        "n-a-convie",
        COMM,
        "La Conférence a convié les partenaires à soutenir le programme de vaccination.\n",
        D_COMM,
        &[&["partenaires"]],
    ),
    c(
        "n-ont-souhaite-que",
        COMM,
        "Les ministres ont souhaité que la Commission accélère la mise en place du fonds.\n",
        D_COMM,
        &[&["Commission"]],
    ),
    c(
        "n-a-sollicite",
        DECL,
        "Le sommet a sollicité l'appui de la Banque africaine de développement pour financer le corridor.\n",
        D_COMM,
        &[&["Banque africaine de développement"]],
    ),
    // Two verbs; present-tense declarations
    c(
        "n-deux-verbes",
        CPS,
        "Le Conseil a demandé à la Commission de dépêcher une mission et a invité les États membres à y contribuer.\n",
        D_COMM,
        &[&["Commission"], &["États membres"]],
    ),
    c(
        "n-nous-exhortons",
        DECL,
        "Nous exhortons les États membres à redoubler d'efforts pour atteindre les objectifs fixés.\n",
        D_COMM,
        &[&["États membres"]],
    ),
    c(
        "n-present-invite-instamment",
        COMM,
        "La Conférence invite instamment les États membres à verser leurs contributions.\n",
        D_COMM,
        &[&["États membres"]],
    ),
    // Near misses: no mandate
    c(
        "n-near-pris-note-demande",
        CPS,
        "Le Conseil a pris note de la demande du gouvernement d'obtenir une assistance technique.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-rappele-avait-demande",
        CPS,
        "Le Conseil a rappelé qu'il avait demandé aux parties de respecter le cessez-le-feu.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-felicites-appel",
        COMM,
        "Les ministres se sont félicités de l'appel lancé par le Président de la Commission en faveur de la paix.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-salue-efforts",
        DECL,
        "Le sommet a salué les efforts du médiateur pour rapprocher les parties.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-note-que",
        CPS,
        "Le Conseil a noté que le gouvernement avait demandé l'aide de l'Union.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-reaffirme-necessite",
        COMM,
        "Les ministres ont réaffirmé la nécessité de renforcer la coopération régionale.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-qui-a-demande",
        CPS,
        "Le Président de la Commission, qui a demandé aux États membres de verser leurs contributions, a présenté son rapport au Conseil.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-invites-ceremonie",
        PRESSE,
        "Les ambassadeurs accrédités ont été invités à la cérémonie d'ouverture.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-decide-rester-saisi",
        CPS,
        "Le Conseil a décidé de rester saisi de la question.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-decide-ne-pas",
        CPS,
        "Le Conseil a décidé de ne pas lever les sanctions à ce stade.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-ministre-declare",
        PRESSE,
        "Le ministre a déclaré que son pays avait demandé aux Nations Unies d'envoyer des observateurs.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-invites-prendre-parole",
        COMM,
        "Les délégués ont été invités à prendre la parole lors de la séance plénière.\n",
        D_COMM,
        NONE,
    ),
    c(
        "n-near-expose-qui-a-appele",
        CPS,
        "Le Conseil a entendu un exposé du Commissaire, qui a appelé les parties à la retenue.\n",
        D_COMM,
        NONE,
    ),
];

impl GridCase for Case {
    fn id(&self) -> &str {
        self.id
    }
    fn want(&self) -> String {
        shown(self.want)
    }
    fn judge(&self) -> (bool, Vec<String>) {
        let got = actor_names(&draft_case(self.head, self.text, self.adopted));
        (
            pair_off(self.want, &got),
            got.iter().map(|a| bracket(a)).collect(),
        )
    }
}

/// Runs one style's cases (see `tests_grid_common::run`).
fn run(style: &str, cases: &[Case]) -> (usize, usize) {
    grid_run("grid ask fr", style, cases)
}

#[test]
fn grid_ask_fr() {
    let results = [run("formal", FORMAL), run("narrated", NARRATED)];
    assert_whole("grid ask fr", &results);
}

#[test]
fn the_grid_ask_fr_is_large_enough() {
    assert!(FORMAL.len() >= 50);
    assert!(NARRATED.len() >= 50);
    let mut ids: Vec<&str> = FORMAL.iter().chain(NARRATED).map(|c| c.id).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "case ids are unique");
}

/// Checks of the rules' edges written with them (not grid cases): a greeting, "il convient
/// de", "la presse" and "une somme" ask nobody.
#[test]
fn ask_fr_rule_edges() {
    let nothing = |text: &'static str| Case {
        id: "edge",
        head: AG,
        text,
        adopted: D_FORMAL,
        want: NONE,
    };
    for text in [
        "1. Souhaite la bienvenue aux nouveaux membres du Comité ;\n",
        "1. Estime qu'il convient de renforcer la coopération régionale ;\n",
        "1. Note que la presse a rendu compte des travaux de la session ;\n",
        "1. Prend note de la somme de deux millions de dollars versée au fonds ;\n",
    ] {
        let (ok, got) = nothing(text).judge();
        assert!(ok, "{text}: {got:?}");
    }
}
