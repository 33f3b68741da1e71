# Les mots d'oic-track en français. Chaque clé figure aussi dans en.ftl et ar.ftl.
# Typographie : espace insécable (U+00A0) avant « : » et « ; », et dans « 29 % ».

report-title = Rapport sur la mise en œuvre
as-of = À la date du { $date }. Chaque mandat est compté une fois, selon son statut à cette date.
label = { $label } :
list-separator = {", "}
clause-separator = {" ; "}
summary = Résumé
all-resolutions = Toutes les résolutions
folder-empty = Le dossier ne contient encore aucune résolution.
nothing-selected = Aucun mandat ne correspond à la sélection.
produced = Établi avec oic-track à partir des fichiers des résolutions, à la date du { $date }.
html-title = { $title }, { $date }

col-resolution = Résolution
col-adopted = Adoptée le
col-mandates = Mandats
col-done = Exécutés
col-in-progress = En cours
col-overdue = En retard
col-due-soon = Échéance proche
col-pending = En attente
col-dropped = Abandonnés
col-share-done = Taux d’exécution
col-window = Période
col-days-left = Jours restants
col-mandate = Mandat
col-actor = Acteur
col-summary = Résumé
col-status = Statut
col-deadline = Échéance
col-done-on = Exécuté le
col-due = Échéance
col-resolution-id = Résolution
col-paragraph = ¶
col-days = Jours
col-id = Identifiant
col-last-touched = Dernière modification
col-idle-days = Jours sans suite
col-last-note = Dernière note
col-events = Événement

group-actor = acteur
group-resolution = résolution
group-status = statut
group-all = ensemble

status-overdue = en retard
status-due-soon = échéance proche
status-in-progress = en cours
status-pending = en attente
status-done = exécuté
status-done-late = exécuté en retard
status-dropped = abandonné
status-open = ouvert

mandates = { $n ->
    [one] { $n-text } mandat
   *[other] { $n-text } mandats
}
tally-part = { $n-text } { $kind ->
    [done] { $n ->
        [one] exécuté
       *[other] exécutés
    }
    [dropped] { $n ->
        [one] abandonné
       *[other] abandonnés
    }
    [due-soon] à échéance proche
   *[other] { $status }
}
tally-sentence = { $mandates } : { $parts } ; { $share }
share-done = taux d’exécution { $share }
none-stands = aucun mandat ne reste en vigueur

adopted-by = Adoptée par
session = Session
adopted-on = Adoptée le
symbol = Cote
source = Source
id = Identifiant
progress = Avancement

heading-overdue = En retard
nothing-overdue = Aucun mandat n’est en retard.
heading-upcoming = Échéances à venir
nothing-upcoming = Aucun mandat ouvert n’a d’échéance à venir.
heading-mandates = Mandats
no-mandates = Cette résolution ne comporte aucun mandat.
heading-timeline = Calendrier des échéances
heading-details = Mandats en détail
due = échéance : { $deadline }
no-deadline = sans échéance
done-on = le { $date }
no-progress = Aucun avancement consigné.
progress-notes = Avancement :

closes-today = se clôt aujourd’hui
days-left = { $n ->
    [one] { $n-text } jour restant
   *[other] { $n-text } jours restants
}
days-late = { $n-text } { $n ->
    [one] jour
   *[other] jours
} de retard

anchor-adoption = l’adoption
deadline-before = avant { $event }
deadline-at = lors de { $event }
deadline-days-after = { $n ->
    [one] { $n-text } jour
   *[other] { $n-text } jours
} après { $event }
deadline-days-before = { $n ->
    [one] { $n-text } jour
   *[other] { $n-text } jours
} avant { $event }

deadline-every = périodicité { $period }
deadline-first = première échéance { $first }
deadline-until = jusqu’à { $until }
deadline-occurrence = { $deadline }, échéance n° { $k-text }
calendar-occurrence = Échéance n° : { $k }

timeline-none = Aucun mandat de cette résolution n’a d’échéance.
timeline-aria = Périodes d’échéance de { $mandates }, du { $from } au { $to } ; aujourd’hui : { $today }
timeline-today = aujourd’hui
timeline-caption = Barres : la période d’échéance de chaque mandat, colorée selon son statut. Ligne tiretée : { $today }, date du présent rapport. Ligne pointillée : adoption, { $adopted }. { $mandates } avec échéance.
timeline-list = Périodes d’échéance

incomplete-title = Ce rapport est incomplet.
incomplete-body = Les fichiers suivants contiennent des erreurs et n’y figurent pas :

selection = Sélection : { $what }.
sel-actor = acteur contenant « { $value } »
sel-tag = étiquette « { $value } »
sel-status = statut { $value }
sel-resolution = résolution { $value }
sel-due-before = période s’ouvrant avant le { $value }

page-of = page { $page } sur { $pages }

calendar-status = Statut au { $date } : { $status }
calendar-resolution = Résolution : { $title }
calendar-actor = Acteur : { $actor }
calendar-deadline = Échéance : { $deadline }
calendar-paragraph = Paragraphe : { $p }
calendar-mandate = Mandat : { $address }
