# oic-track's words in English. Every key here is in fr.ftl and ar.ftl too (i18n tests).
# `$n` is a number (it picks the plural form); `$n-text` is the same number written in the
# language's digits.

report-title = Implementation report
as-of = As of { $date }. Each mandate is counted once, by its status on that day.
label = { $label }:
list-separator = {", "}
clause-separator = {"; "}
summary = Summary
all-resolutions = All resolutions
folder-empty = The folder holds no resolution yet.
nothing-selected = No mandate matches the selection.
produced = Produced with oic-track from the resolution files, as of { $date }.
html-title = { $title }, { $date }

col-resolution = Resolution
col-adopted = Adopted
col-mandates = Mandates
col-done = Done
col-in-progress = In progress
col-overdue = Overdue
col-due-soon = Due soon
col-pending = Pending
col-dropped = Dropped
col-share-done = Share done
col-window = Window
col-days-left = Days left
col-mandate = Mandate
col-actor = Actor
col-summary = Summary
col-status = Status
col-deadline = Deadline
col-done-on = Done
col-due = Due
col-resolution-id = Resolution
col-paragraph = ¶
col-days = Days
col-id = ID
col-last-touched = Last touched
col-idle-days = Idle days
col-last-note = Last note
col-events = Event

group-actor = actor
group-resolution = resolution
group-status = status
group-all = all

status-overdue = overdue
status-due-soon = due soon
status-in-progress = in progress
status-pending = pending
status-done = done
status-done-late = done late
status-dropped = dropped
status-open = open

mandates = { $n ->
    [one] { $n-text } mandate
   *[other] { $n-text } mandates
}
tally-part = { $n-text } { $status }
tally-sentence = { $mandates }: { $parts }; { $share }
share-done = { $share } done
none-stands = none still stands

adopted-by = Adopted by
session = Session
adopted-on = Adopted on
symbol = Symbol
source = Source
id = Id
progress = Progress

heading-overdue = Overdue
nothing-overdue = Nothing is overdue.
heading-upcoming = Upcoming deadlines
nothing-upcoming = No open mandate has a deadline ahead.
heading-mandates = Mandates
no-mandates = This resolution records no mandate.
heading-timeline = Deadline timeline
heading-details = Mandates in detail
due = due { $deadline }
no-deadline = no deadline
done-on = on { $date }
no-progress = No progress recorded.
progress-notes = Progress:

closes-today = closes today
days-left = { $n ->
    [one] { $n-text } day left
   *[other] { $n-text } days left
}
days-late = { $n ->
    [one] { $n-text } day late
   *[other] { $n-text } days late
}

anchor-adoption = adoption
deadline-before = before { $event }
deadline-at = at { $event }
deadline-days-after = { $n ->
    [one] { $n-text } day
   *[other] { $n-text } days
} after { $event }
deadline-days-before = { $n ->
    [one] { $n-text } day
   *[other] { $n-text } days
} before { $event }

deadline-every = every { $period }
deadline-first = first { $first }
deadline-until = until { $until }
deadline-occurrence = { $deadline }, occurrence { $k-text }
calendar-occurrence = Occurrence: { $k }

timeline-none = No mandate of this resolution has a deadline.
timeline-aria = Deadline windows of { $mandates }, from { $from } to { $to }; today is { $today }
timeline-today = today
timeline-caption = Bars: each mandate's deadline window, coloured by status. Dashed line: { $today }, the day of this report. Dotted line: adoption, { $adopted }. { $mandates } with a deadline.
timeline-list = Deadline windows

incomplete-title = This report is incomplete.
incomplete-body = These files have errors and are left out of it:

selection = Selection: { $what }.
sel-actor = actor contains “{ $value }”
sel-tag = tag “{ $value }”
sel-status = status { $value }
sel-resolution = resolution { $value }
sel-due-before = window opening before { $value }

page-of = page { $page } of { $pages }

calendar-status = Status on { $date }: { $status }
calendar-resolution = Resolution: { $title }
calendar-actor = Actor: { $actor }
calendar-deadline = Deadline: { $deadline }
calendar-paragraph = Paragraph: { $p }
calendar-mandate = Mandate: { $address }
