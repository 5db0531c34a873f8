## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).
## Translated from Dutch, the source language.

report-title = Sprawozdanie z pracy digipunt
report-period = Okres: od { $from } do { $to } włącznie

## Reach: how many people were helped, against the target for the year.
report-reach = Zasięg
report-interactions = Ile razy pomogliśmy
report-people = Ilu osobom pomogliśmy (szacunkowo)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = co najmniej { $count }
report-target = Cel na ten rok (liczba osób)
report-target-part = Realizacja celu
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $people } z { $target } { $target ->
        [one] osoby
        [few] osób
        [many] osób
       *[other] osoby
    } (cel na ten rok)

## The tables.
report-by-category = W czym pomagaliśmy
report-by-language = W jakim języku
report-by-outcome = Jak się zakończyło
report-by-mode = Z osobą pomagającą czy samodzielnie
report-by-channel = Gdzie pomagaliśmy
report-problems = Najczęstsze problemy
report-referrals = Dokąd najczęściej kierowaliśmy ludzi
report-sessions = Zajęcia grupowe
report-sessions-count = Zajęcia
report-sessions-attendees = Uczestnicy
report-sessions-minutes = Łącznie minut
report-by-week = Ile razy pomogliśmy w tygodniu
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = Ile razy pomogliśmy: { $groups }
report-count = Liczba
report-total = Razem
report-week = Tydzień { $week } (od { $monday })
# For screen readers, with every chart.
report-chart = Wykres słupkowy. Tabela obok pokazuje te same liczby.
report-withheld = Liczby w grupach są za małe. Nie pokazujemy ich, aby nikogo nie można było rozpoznać.
report-empty = W tym okresie niczego nie odnotowano.

## What the signs mean, under the report.
report-legend-small = { $marker } oznacza: mniej niż { $threshold }. Małych liczb nie pokazujemy, aby nikogo nie można było rozpoznać.
report-legend-hidden = { $marker } oznacza: nie pokazano. Inaczej dałoby się obliczyć małą liczbę.
report-legend-people = Liczba osób jest szacunkowa. Przy każdej pomocy pytamy: czy to pierwszy raz w tym roku?

## Names of codes in the log.
report-unknown = Nieznane
report-problem-none = Bez problemów
report-referral-none = Nie skierowano
report-mode-assisted = Z osobą pomagającą
report-mode-self = Samodzielnie, bez osoby pomagającej
report-channel-desk = W digipunt
report-channel-phone = Przez telefon
report-channel-home-visit = Na wizycie domowej
report-channel-group = W grupie
report-first-visit-yes = Pierwszy raz w tym roku
report-first-visit-no = Kolejny raz w tym roku
report-daypart-morning = Przedpołudnie
report-daypart-afternoon = Popołudnie
report-daypart-evening = Wieczór
outcome-abandoned = Przerwano przed końcem

## Column heads: what a table is counted by.
report-dimension-task = Zadanie
report-dimension-category = Temat
report-dimension-language = Język
report-dimension-outcome = Wynik
report-dimension-problem = Problem
report-dimension-mode = Sposób pracy
report-dimension-channel = Gdzie
report-dimension-first-visit = Pierwszy raz
report-dimension-age-band = Wiek
report-dimension-kiosk = Digipunt
report-dimension-week = Tydzień
report-dimension-month = Miesiąc
report-dimension-daypart = Pora dnia
report-dimension-referral = Skierowano do
