## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).

report-title = Raportul digipunt-ului
report-period = Perioada: de la { $from } până la { $to } inclusiv

## Reach: how many people were helped, against the target for the year.
report-reach = Acoperire
report-interactions = De câte ori am ajutat
report-people = Persoane ajutate (estimare)
# An estimate that can be higher, e.g. "cel puțin 95".
report-at-least = cel puțin { $count }
report-target = Obiectiv pentru acest an (persoane)
report-target-part = Parte din obiectiv
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
# Romanian puts "de" between a number from 20 up and its noun: "200 de persoane".
report-progress = { $target ->
        [one] { $people } din obiectivul de { $target } persoană pentru acest an
        [few] { $people } din obiectivul de { $target } persoane pentru acest an
       *[other] { $people } din obiectivul de { $target } de persoane pentru acest an
    }

## The tables.
report-by-category = La ce am ajutat
report-by-language = În ce limbă
report-by-outcome = Cum s-a terminat
report-by-mode = Cu sau fără însoțitor
report-by-channel = Unde am ajutat
report-problems = Problemele cele mai frecvente
report-referrals = Unde am îndrumat cel mai des persoanele
report-sessions = Sesiuni de grup
report-sessions-count = Sesiuni
report-sessions-attendees = Participanți
report-sessions-minutes = Minute în total
report-by-week = De câte ori am ajutat, pe săptămână
# A table the coordinator asked for; `groups` names its columns, e.g. "Sarcină / Limbă".
report-counted = De câte ori am ajutat: { $groups }
report-count = Număr
report-total = Total
report-week = Săptămâna { $week } (de la { $monday })
# For screen readers, with every chart.
report-chart = Diagramă cu bare. Tabelul alăturat arată aceleași numere.
report-withheld = Prea puține cazuri în fiecare grup ca să le arătăm. Astfel, nimeni nu poate fi identificat.
report-empty = Nu s-a numărat nimic în această perioadă.

## What the signs mean, under the report.
report-legend-small = { $marker } înseamnă: mai puțin de { $threshold }. Nu arătăm numerele mici. Astfel, nimeni nu poate fi identificat.
report-legend-hidden = { $marker } înseamnă: nu este arătat. Altfel, s-ar putea calcula un număr mic.
report-legend-people = Numărul de persoane este o estimare. De fiecare dată când ajutăm, întrebăm: este prima dată anul acesta?

## Names of codes in the log.
report-unknown = Necunoscut
report-problem-none = Nicio problemă
report-referral-none = Nu a fost îndrumat
report-mode-assisted = Cu un însoțitor
report-mode-self = Pe cont propriu, fără însoțitor
report-channel-desk = La digipunt
report-channel-phone = La telefon
report-channel-home-visit = La domiciliu
report-channel-group = Într-un grup
report-first-visit-yes = Prima dată anul acesta
report-first-visit-no = A mai venit anul acesta
report-daypart-morning = Dimineață
report-daypart-afternoon = După-amiază
report-daypart-evening = Seară
outcome-abandoned = Întrerupt înainte de final

## Column heads: what a table is counted by.
report-dimension-task = Sarcină
report-dimension-category = Subiect
report-dimension-language = Limbă
report-dimension-outcome = Rezultat
report-dimension-problem = Problemă
report-dimension-mode = Însoțire
report-dimension-channel = Loc
report-dimension-first-visit = Prima dată
report-dimension-age-band = Vârstă
report-dimension-kiosk = Digipunt
report-dimension-week = Săptămână
report-dimension-month = Lună
report-dimension-daypart = Momentul zilei
report-dimension-referral = Îndrumat către
