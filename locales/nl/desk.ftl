## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Menu begeleider

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Kom je dit jaar voor het eerst naar dit digipunt?
first-visit-yes = Ja, dit is de eerste keer dit jaar
first-visit-no = Nee, ik was hier dit jaar al
first-visit-unknown = Ik weet het niet
first-visit-helper = Voor de begeleider
first-visit-why = Lees de vraag voor. Zo weten we hoeveel mensen we helpen. We bewaren geen naam.

## The menu

desk-title = Menu voor de begeleider
desk-quick = Snel een hulp tellen
    .hint = Hulp aan de telefoon, op huisbezoek of zonder stappenplan.
desk-batch = Een dag van papier invoeren
    .hint = Dezelfde hulp een aantal keer tellen, op een dag die je kiest.
desk-group = Een groepssessie tellen
    .hint = Een workshop of les voor een groep. Die telt apart.
desk-undo = Een telling ongedaan maken
    .hint = Kies uit de laatste tellingen van deze computer.
desk-leave = Het menu sluiten

## The questions, one per screen

desk-topic = Over welk onderwerp ging de hulp?
desk-group-topic = Over welk onderwerp ging de groepssessie?
desk-task = Welke hulp gaf je?
desk-task-other = Iets anders over: { $group }
desk-language = In welke taal gaf je de hulp?
desk-group-language = In welke taal was de groepssessie?
desk-outcome = Hoe is de hulp afgelopen?
desk-outcome-abandoned = Afgebroken
desk-channel = Hoe gaf je de hulp?
desk-channel-desk = Aan het digipunt
desk-channel-phone = Aan de telefoon
desk-channel-home-visit = Op huisbezoek
desk-channel-group = In een groep
desk-first-visit = Kwam de burger dit jaar voor het eerst?
desk-first-visit-yes = Ja, de eerste keer dit jaar
desk-first-visit-no = Nee, al eerder dit jaar
desk-first-visit-unknown = Weet ik niet
desk-count = Hoeveel keer gaf je deze hulp?
desk-attendees = Hoeveel mensen waren er?
desk-count-hint = Typ een getal van 1 tot 99. Of gebruik de pijltjes omhoog en omlaag. Druk dan op Enter.
desk-count-next = Verder
desk-key-more = Meer
desk-key-less = Minder
desk-minutes = Hoe lang duurde de groepssessie?
desk-minutes-option = { $minutes } minuten
desk-day = Op welke dag?
desk-day-today = Vandaag: { $date }
desk-day-yesterday = Gisteren: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] maandag
        [tue] dinsdag
        [wed] woensdag
        [thu] donderdag
        [fri] vrijdag
        [sat] zaterdag
       *[sun] zondag
    } { $date }
desk-daypart-morning = voormiddag
desk-daypart-afternoon = namiddag
desk-daypart-evening = avond

## Saving

desk-confirm = Klopt dit?
desk-batch-confirm = { $count ->
        [one] 1 telling bewaren voor { $day }?
       *[other] { $count } tellingen bewaren voor { $day }?
    }
desk-group-confirm = Deze groepssessie bewaren voor { $day }?
desk-save = Bewaren
desk-save-keep = Bewaren en dezelfde hulp klaarzetten
    .hint = Daarna telt één toets dezelfde hulp nog een keer.
desk-daypart-change = Deel van de dag: { $daypart }
    .hint = Druk om een ander deel van de dag te kiezen.
desk-keep-title = Nog een keer dezelfde hulp?
desk-save-again = Nog een keer bewaren
desk-new-entry = Een andere hulp tellen
desk-to-menu = Terug naar het menu
desk-saved = { $count ->
        [one] Bewaard: { $entry }
       *[other] { $count } keer bewaard: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Groepssessie: { $topic } · { $language } · { $attendees ->
        [one] 1 deelnemer
       *[other] { $attendees } deelnemers
    } · { $minutes } minuten
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] Nederlands
        [fr] Frans
        [de] Duits
        [en] Engels
        [ar] Arabisch
        [uk] Oekraïens
        [ru] Russisch
        [tr] Turks
        [pl] Pools
        [ro] Roemeens
        [es] Spaans
        [fa-AF] Dari
        [ps] Pasjtoe
        [ti] Tigrinya
        [so] Somalisch
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Welke telling maak je ongedaan?
desk-undo-hint = De laatste tellingen van deze computer. De nieuwste staat bovenaan.
desk-undo-loading = De tellingen worden gelezen.
desk-undo-unreadable = De tellingen kunnen nu niet gelezen worden. Probeer het straks opnieuw.
desk-undo-empty = Er is nog niets om ongedaan te maken.
desk-undo-times = { $count } keer: { $entry }
desk-undo-confirm = { $count ->
        [one] Deze telling ongedaan maken?
       *[other] Deze { $count } tellingen ongedaan maken?
    }
desk-undo-note = De telling telt dan niet meer mee. Er komt een nieuwe regel bij die ze schrapt. Niets wordt gewist.
desk-undo-yes = Ja, ongedaan maken
desk-undo-all = Alle { $count } ongedaan maken
desk-undo-one = Alleen de laatste ongedaan maken
desk-undo-no = Nee, terug naar de lijst
desk-undone = { $count ->
        [one] Ongedaan gemaakt: { $entry }
       *[other] { $count } keer ongedaan gemaakt: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN van de begeleider
desk-pin-ask = Typ je PIN. Druk dan op Enter.
# The button that sends the PIN typed.
desk-pin-open = Het menu openen
desk-pin-short = Een PIN heeft minstens { $count } cijfers.
desk-pin-wrong = Die PIN klopt niet. Probeer het opnieuw.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Die PIN klopt niet. Probeer het opnieuw over { $seconds } seconde.
       *[other] Die PIN klopt niet. Probeer het opnieuw over { $seconds } seconden.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Te vaak een verkeerde PIN. Het menu gaat weer open over { $minutes } minuut.
       *[other] Te vaak een verkeerde PIN. Het menu gaat weer open over { $minutes } minuten.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = digipunt afsluiten
    .hint = Het programma stopt helemaal.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Verslag bekijken
    .hint = Hoeveel hulp we gaven in een periode, in staafjes.
desk-report-period = Over welke periode?
desk-report-this-week = Deze week
desk-report-this-month = Deze maand
desk-report-this-quarter = Dit kwartaal
desk-report-this-year = Dit jaar
desk-report-last-month = Vorige maand
desk-report-last-year = Vorig jaar
desk-report-months = Zelf de maanden kiezen
    .hint = Kies eerst de eerste maand, dan de laatste.
desk-report-from = Vanaf welke maand?
desk-report-to = Tot en met welke maand?
desk-report-loading = Het verslag wordt gemaakt.
desk-report-unreadable = Het verslag kan nu niet gemaakt worden. Probeer het straks opnieuw.
# Which page of the report is on screen, e.g. "Blad 2 van 8".
desk-report-page = Blad { $page } van { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Vorig blad
desk-report-next = Volgend blad
desk-report-up = Omhoog
desk-report-down = Omlaag
