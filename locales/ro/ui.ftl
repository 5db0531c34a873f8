## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Alegeți limba
console-other-languages = Acest ecran nu poate afișa unele limbi: { $languages }. Cereți însoțitorului un alt ecran.

## How the citizen works

mode-title = Cum doriți să lucrați?
mode-helper = Cu un însoțitor
    .hint = Un însoțitor stă lângă dumneavoastră și vă ajută.
mode-self = Fără însoțitor
    .hint = Urmați chiar dumneavoastră pașii de pe ecran.

## Topics

topics-title = La ce aveți nevoie de ajutor?
category-money = Bani și impozite
category-work = Muncă
category-identity = Identitate și conectare
category-health = Sănătate
category-family = Familie
category-mobility = Transport
category-safety = Siguranță online
category-basics = Calculator și smartphone

## What to bring

bring-title = De ce aveți nevoie?
bring-hint = Îl aveți la dumneavoastră? Apăsați cifra ca să îl bifați.
bring-missing = Nu îl aveți la dumneavoastră?
bring-start = Începeți cu primul pas

## One step

step-progress = Pasul { $current } din { $total }
step-next = Gata, pasul următor
step-finish = Gata, acesta a fost ultimul pas
step-return-next = Gata, înapoi la: { $checklist }
step-problem = Nu reușesc
step-back = Pasul anterior
step-secret-citizen = Tastați chiar dumneavoastră codul. Nu lăsați pe nimeni să se uite.
step-secret-helper = Însoțitor: priviți în altă parte. Nu tastați niciodată codul persoanei.
step-tip = Sfat pentru însoțitor
step-return = Apoi continuați cu: { $checklist }

## Problems

problems-title = Ce nu reușiți?
problem-try = Încercați asta:
problem-show-referral = Unde pot merge?
problem-goto = Continuați cu: { $checklist }
problem-back = Înapoi la pas

## Referral

referral-title = Aici puteți merge
referral-phone = Telefon: { $phone }
referral-web = Site: { $web }
referral-address = Adresă: { $address }
referral-hours = Program: { $hours }
referral-ask-helper = Cereți adresa de la însoțitor.
referral-bring = Luați cu dumneavoastră:
referral-back = Înapoi la pas
referral-finish = Opriți și încheiați

## End of the help

outcome-title = Cum s-a terminat?
outcome-done = Reușit
outcome-partly = Reușit în parte
outcome-referred = Îndrumat în altă parte
outcome-later = Continuăm mai târziu
outcome-self-title = Ați reușit?
outcome-self-yes = Da, am reușit
outcome-self-partly = Am reușit o parte
outcome-self-no = Nu, nu am reușit
thanks-title = Mulțumim!
thanks-body = Mult succes. Pe data viitoare.
thanks-again = Începeți din nou

## Nobody touched the kiosk for a while

idle-title = Mai sunteți aici?
idle-body = { $seconds ->
        [one] Peste { $seconds } secundă, ecranul începe din nou.
        [few] Peste { $seconds } secunde, ecranul începe din nou.
       *[other] Peste { $seconds } de secunde, ecranul începe din nou.
    } Apăsați o tastă ca să continuați.
idle-continue = Da, sunt încă aici

## Take-home summary (printed or saved; no personal data)

summary-title = Ce ați făcut astăzi
summary-done = Făcut:
summary-open = Mai este de făcut:
summary-more = { $count ->
        [one] Și încă { $count } pas.
        [few] Și încă { $count } pași.
       *[other] Și încă { $count } de pași.
    }
summary-go = Mergeți la:
summary-bring = Data viitoare, luați cu dumneavoastră:
summary-print = Tipăriți foaia ca să o luați cu dumneavoastră
summary-finish = Gata
summary-printed = Foaia se tipărește. Luați-o cu dumneavoastră.
summary-saved = Salvat în { $path }. Rugați însoțitorul să tipărească foaia.
summary-failed = Nu se poate tipări și nici salva. Notați de ce aveți nevoie.
summary-copy = Versiunea în neerlandeză, pentru ghișeu:

## Keys shown at the bottom of the screen

key-back = Înapoi
key-language = Limba
key-helper-language = Limba însoțitorului
key-speak = Ascultați
key-stop = Opriți
key-choose = Alegeți

## Messages for the helper

too-small = Măriți fereastra.
    .size = Necesar: { $width } × { $height }. Acum: { $current_width } × { $current_height }.
store-warning = Numărătoarea nu a fost salvată. Ajutorul continuă normal. Numărători încă nesalvate: { $pending }.
store-unavailable = Numărătorile nu pot fi salvate acum. Ajutorul continuă normal.
draft-locale = Această traducere nu a fost încă verificată.
helper-language-choose = Alegeți limba însoțitorului
helper-pane = Pentru însoțitor ({ $language })
checked-on = Verificat pe { $date }
