## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).

report-title = Bericht des digipunt
report-period = Zeitraum: vom { $from } bis einschließlich { $to }

## Reach: how many people were helped, against the target for the year.
report-reach = Reichweite
report-interactions = Anzahl Hilfen
report-people = Unterstützte Personen (Schätzung)
# An estimate that can be higher, e.g. "mindestens 95".
report-at-least = mindestens { $count }
report-target = Ziel für dieses Jahr (Personen)
report-target-part = Anteil am Ziel
report-percent = { $percent } %
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $target ->
        [one] { $people } von { $target } Person aus dem Ziel für dieses Jahr
       *[other] { $people } von { $target } Personen aus dem Ziel für dieses Jahr
    }

## The tables.
report-by-category = Wobei wir geholfen haben
report-by-language = In welcher Sprache
report-by-outcome = Wie es ausgegangen ist
report-by-mode = Mit oder ohne Begleitperson
report-by-channel = Wo wir geholfen haben
report-problems = Die häufigsten Probleme
report-referrals = Wohin wir am häufigsten verwiesen haben
report-sessions = Gruppensitzungen
report-sessions-count = Sitzungen
report-sessions-attendees = Teilnehmende
report-sessions-minutes = Minuten insgesamt
report-by-week = Anzahl Hilfen pro Woche
# A table the coordinator asked for; `groups` names its columns, e.g. "Aufgabe / Sprache".
report-counted = Anzahl Hilfen: { $groups }
report-count = Anzahl
report-total = Insgesamt
report-week = Woche { $week } (ab { $monday })
# For screen readers, with every chart.
report-chart = Balkendiagramm. Die Tabelle daneben zeigt dieselben Zahlen.
report-withheld = Zu wenige pro Gruppe, um sie zu zeigen. So kann niemand erkannt werden.
report-empty = In diesem Zeitraum wurde nichts gezählt.

## What the signs mean, under the report.
report-legend-small = { $marker } bedeutet: weniger als { $threshold }. Kleine Zahlen zeigen wir nicht. So kann niemand erkannt werden.
report-legend-hidden = { $marker } bedeutet: nicht gezeigt. Sonst könnte man eine kleine Zahl ausrechnen.
report-legend-people = Die Zahl der Personen ist eine Schätzung. Bei jeder Hilfe fragen wir: Ist es das erste Mal in diesem Jahr?

## Names of codes in the log.
report-unknown = Unbekannt
report-problem-none = Kein Problem
report-referral-none = Nicht weiterverwiesen
report-mode-assisted = Mit einer Begleitperson
report-mode-self = Allein, ohne Begleitperson
report-channel-desk = Am digipunt
report-channel-phone = Am Telefon
report-channel-home-visit = Beim Hausbesuch
report-channel-group = In einer Gruppe
report-first-visit-yes = Zum ersten Mal in diesem Jahr
report-first-visit-no = Dieses Jahr schon einmal da
report-daypart-morning = Vormittag
report-daypart-afternoon = Nachmittag
report-daypart-evening = Abend
outcome-abandoned = Vor dem Ende abgebrochen

## Column heads: what a table is counted by.
report-dimension-task = Aufgabe
report-dimension-category = Thema
report-dimension-language = Sprache
report-dimension-outcome = Ergebnis
report-dimension-problem = Problem
report-dimension-mode = Begleitung
report-dimension-channel = Ort
report-dimension-first-visit = Erstes Mal
report-dimension-age-band = Alter
report-dimension-kiosk = Digipunt
report-dimension-week = Woche
report-dimension-month = Monat
report-dimension-daypart = Tageszeit
report-dimension-referral = Verwiesen an
