## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Kies je taal
console-other-languages = Dit scherm kan sommige talen niet tonen: { $languages }. Vraag de begeleider om een ander scherm.

## How the citizen works

mode-title = Hoe wil je werken?
mode-helper = Met een begeleider
    .hint = Een begeleider zit naast je en helpt je.
mode-self = Alleen
    .hint = Je volgt zelf de stappen op het scherm.

## Topics

topics-title = Waarmee wil je hulp?
category-money = Geld en belastingen
category-work = Werk
category-identity = Identiteit en inloggen
category-health = Gezondheid
category-family = Gezin
category-mobility = Onderweg
category-safety = Veilig online
category-basics = Computer en smartphone

## What to bring

bring-title = Wat heb je nodig?
bring-hint = Heb je het bij je? Druk op het cijfer om het aan te vinken.
bring-missing = Niet bij je?
bring-start = Begin met de eerste stap

## One step

step-progress = Stap { $current } van { $total }
step-next = Gelukt, volgende stap
step-finish = Gelukt, dit was de laatste stap
step-return-next = Gelukt, terug naar: { $checklist }
step-problem = Dit lukt niet
step-back = Vorige stap
step-secret-citizen = Typ je code zelf. Laat niemand meekijken.
step-secret-helper = Begeleider: kijk weg. Typ nooit de code van de burger.
step-tip = Tip voor de begeleider
step-return = Daarna ga je verder met: { $checklist }

## Problems

problems-title = Wat lukt er niet?
problem-try = Probeer dit:
problem-show-referral = Waar kan ik terecht?
problem-goto = Verder met: { $checklist }
problem-back = Terug naar de stap

## Referral

referral-title = Hier kan je terecht
referral-phone = Telefoon: { $phone }
referral-web = Website: { $web }
referral-address = Adres: { $address }
referral-hours = Open: { $hours }
referral-ask-helper = Vraag het adres aan de begeleider.
referral-bring = Neem mee:
referral-back = Terug naar de stap
referral-finish = Stoppen en afsluiten

## End of the help

outcome-title = Hoe is het afgelopen?
outcome-done = Gelukt
outcome-partly = Voor een deel gelukt
outcome-referred = Doorverwezen
outcome-later = Later verder
outcome-self-title = Is het gelukt?
outcome-self-yes = Ja, het is gelukt
outcome-self-partly = Een deel is gelukt
outcome-self-no = Nee, het is niet gelukt
thanks-title = Bedankt!
thanks-body = Veel succes. Tot een volgende keer.
thanks-again = Opnieuw beginnen

## Nobody touched the kiosk for a while

idle-title = Ben je er nog?
idle-body = { $seconds ->
        [one] Over 1 seconde begint het scherm opnieuw.
       *[other] Over { $seconds } seconden begint het scherm opnieuw.
    } Druk op een toets om verder te gaan.
idle-continue = Ja, ik ben er nog

## Take-home summary (printed or saved; no personal data)

summary-title = Wat je vandaag deed
summary-done = Gedaan:
summary-open = Nog te doen:
summary-more = { $count ->
        [one] En nog 1 andere stap.
       *[other] En nog { $count } andere stappen.
    }
summary-go = Ga naar:
summary-bring = Neem de volgende keer mee:
summary-print = Afdrukken om mee te nemen
summary-finish = Klaar
summary-printed = Het blad wordt afgedrukt. Neem het mee.
summary-saved = Bewaard in { $path }. Vraag de begeleider om het af te drukken.
summary-failed = Afdrukken en bewaren lukt niet. Schrijf op wat je nodig hebt.
summary-copy = Nederlandse versie, voor het loket:

## Keys shown at the bottom of the screen

key-back = Terug
key-language = Taal
key-helper-language = Taal begeleider
key-speak = Voorlezen
key-stop = Stoppen
key-choose = Kiezen

## Messages for the helper

too-small = Maak het venster groter.
    .size = Nodig: { $width } × { $height }. Nu: { $current_width } × { $current_height }.
store-warning = De telling is niet bewaard. De hulp gaat gewoon door. Tellingen nog niet bewaard: { $pending }.
store-unavailable = De tellingen kunnen nu niet bewaard worden. De hulp gaat gewoon door.
draft-locale = Deze vertaling is nog niet nagekeken.
helper-language-choose = Kies de taal van de begeleider
helper-pane = Voor de begeleider ({ $language })
checked-on = Nagekeken op { $date }
