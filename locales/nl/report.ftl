## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).

report-title = Verslag van het digipunt
report-period = Periode: van { $from } tot en met { $to }

## Reach: how many people were helped, against the target for the year.
report-reach = Bereik
report-interactions = Keer geholpen
report-people = Mensen geholpen (schatting)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = minstens { $count }
report-target = Doel voor dit jaar (mensen)
report-target-part = Deel van het doel
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $people } van de { $target } mensen uit het doel voor dit jaar

## The tables.
report-by-category = Waarmee we hielpen
report-by-language = In welke taal
report-by-outcome = Hoe het afliep
report-by-mode = Met of zonder begeleider
report-by-channel = Waar we hielpen
report-problems = Problemen die het vaakst voorkwamen
report-referrals = Waar we het vaakst naartoe stuurden
report-sessions = Groepssessies
report-sessions-count = Sessies
report-sessions-attendees = Deelnemers
report-sessions-minutes = Minuten samen
report-by-week = Keer geholpen per week
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = Keer geholpen: { $groups }
report-count = Aantal
report-total = Totaal
report-week = Week { $week } (vanaf { $monday })
# For screen readers, with every chart.
report-chart = Staafdiagram. De tabel ernaast toont dezelfde aantallen.
report-withheld = Te weinig per groep om te tonen. Zo blijft iedereen onherkenbaar.
report-empty = Niets geteld in deze periode.

## What the signs mean, under the report.
report-legend-small = { $marker } betekent: minder dan { $threshold }. Kleine aantallen tonen we niet. Zo kan niemand herkend worden.
report-legend-hidden = { $marker } betekent: niet getoond. Anders kan je een klein aantal uitrekenen.
report-legend-people = Het aantal mensen is een schatting. Bij elke hulp vragen we: is het de eerste keer dit jaar?

## Names of codes in the log.
report-unknown = Onbekend
report-problem-none = Geen probleem
report-referral-none = Niet doorgestuurd
report-mode-assisted = Met een begeleider
report-mode-self = Alleen, zonder begeleider
report-channel-desk = Aan het digipunt
report-channel-phone = Aan de telefoon
report-channel-home-visit = Bij iemand thuis
report-channel-group = In een groep
report-first-visit-yes = Eerste keer dit jaar
report-first-visit-no = Al eens geweest dit jaar
report-daypart-morning = Voormiddag
report-daypart-afternoon = Namiddag
report-daypart-evening = Avond
outcome-abandoned = Gestopt voor het einde

## Column heads: what a table is counted by.
report-dimension-task = Taak
report-dimension-category = Thema
report-dimension-language = Taal
report-dimension-outcome = Afloop
report-dimension-problem = Probleem
report-dimension-mode = Begeleiding
report-dimension-channel = Waar
report-dimension-first-visit = Eerste keer
report-dimension-age-band = Leeftijd
report-dimension-kiosk = Digipunt
report-dimension-week = Week
report-dimension-month = Maand
report-dimension-daypart = Deel van de dag
report-dimension-referral = Doorgestuurd naar
