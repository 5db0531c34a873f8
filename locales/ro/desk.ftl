## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Meniu însoțitor

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Veniți pentru prima dată anul acesta la acest digipunt?
first-visit-yes = Da, este prima dată anul acesta
first-visit-no = Nu, am mai fost aici anul acesta
first-visit-unknown = Nu știu
first-visit-helper = Pentru însoțitor
first-visit-why = Citiți întrebarea cu voce tare. Așa știm câte persoane ajutăm. Nu păstrăm niciun nume.

## The menu

desk-title = Meniul însoțitorului
desk-quick = Numărați rapid un ajutor
    .hint = Ajutor la telefon, la domiciliu sau fără lista de pași.
desk-batch = Introduceți o zi notată pe hârtie
    .hint = Numărați același ajutor de mai multe ori, în ziua pe care o alegeți.
desk-group = Numărați o sesiune de grup
    .hint = Un atelier sau un curs pentru un grup. Se numără separat.
desk-undo = Anulați o numărătoare
    .hint = Alegeți din ultimele numărători de pe acest calculator.
desk-leave = Închideți meniul

## The questions, one per screen

desk-topic = Despre ce subiect a fost ajutorul?
desk-group-topic = Despre ce subiect a fost sesiunea de grup?
desk-task = Ce ajutor ați oferit?
desk-task-other = Altceva despre: { $group }
desk-language = În ce limbă ați ajutat?
desk-group-language = În ce limbă a fost sesiunea de grup?
desk-outcome = Cum s-a terminat ajutorul?
desk-outcome-abandoned = Întrerupt
desk-channel = Cum ați ajutat?
desk-channel-desk = La digipunt
desk-channel-phone = La telefon
desk-channel-home-visit = La domiciliu
desk-channel-group = Într-un grup
desk-first-visit = A venit persoana pentru prima dată anul acesta?
desk-first-visit-yes = Da, prima dată anul acesta
desk-first-visit-no = Nu, a mai venit anul acesta
desk-first-visit-unknown = Nu știu
desk-count = De câte ori ați oferit acest ajutor?
desk-attendees = Câte persoane au fost?
desk-count-hint = Tastați un număr de la 1 la 99. Sau folosiți săgețile sus și jos. Apoi apăsați Enter.
desk-count-next = Continuați
desk-key-more = Mai mult
desk-key-less = Mai puțin
desk-minutes = Cât a durat sesiunea de grup?
desk-minutes-option = { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }
desk-day = În ce zi?
desk-day-today = Astăzi: { $date }
desk-day-yesterday = Ieri: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] luni
        [tue] marți
        [wed] miercuri
        [thu] joi
        [fri] vineri
        [sat] sâmbătă
       *[sun] duminică
    } { $date }
desk-daypart-morning = dimineață
desk-daypart-afternoon = după-amiază
desk-daypart-evening = seară

## Saving

desk-confirm = Este corect?
desk-batch-confirm = { $count ->
        [one] Salvăm { $count } numărătoare pentru { $day }?
        [few] Salvăm { $count } numărători pentru { $day }?
       *[other] Salvăm { $count } de numărători pentru { $day }?
    }
desk-group-confirm = Salvăm această sesiune de grup pentru { $day }?
desk-save = Salvați
desk-save-keep = Salvați și păstrați același ajutor pregătit
    .hint = Apoi, o singură tastă numără din nou același ajutor.
desk-daypart-change = Momentul zilei: { $daypart }
    .hint = Apăsați ca să alegeți alt moment al zilei.
desk-keep-title = Încă o dată același ajutor?
desk-save-again = Salvați încă o dată
desk-new-entry = Numărați alt ajutor
desk-to-menu = Înapoi la meniu
desk-saved = { $count ->
        [one] Salvat: { $entry }
        [few] Salvat de { $count } ori: { $entry }
       *[other] Salvat de { $count } de ori: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Sesiune de grup: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } participant
        [few] { $attendees } participanți
       *[other] { $attendees } de participanți
    } · { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] neerlandeză
        [fr] franceză
        [de] germană
        [en] engleză
        [ar] arabă
        [uk] ucraineană
        [ru] rusă
        [tr] turcă
        [pl] poloneză
        [ro] română
        [es] spaniolă
        [fa-AF] dari
        [ps] paștună
        [ti] tigrină
        [so] somaleză
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Ce numărătoare doriți să anulați?
desk-undo-hint = Ultimele numărători de pe acest calculator. Cea mai nouă este sus.
desk-undo-loading = Se citesc numărătorile.
desk-undo-unreadable = Numărătorile nu pot fi citite acum. Încercați din nou puțin mai târziu.
desk-undo-empty = Încă nu este nimic de anulat.
desk-undo-times = { $count ->
        [one] { $count } dată: { $entry }
        [few] De { $count } ori: { $entry }
       *[other] De { $count } de ori: { $entry }
    }
desk-undo-confirm = { $count ->
        [one] Anulăm această numărătoare?
        [few] Anulăm aceste { $count } numărători?
       *[other] Anulăm aceste { $count } de numărători?
    }
desk-undo-note = Numărătoarea nu mai contează. Se adaugă un rând nou care o anulează. Nu se șterge nimic.
desk-undo-yes = Da, anulați
desk-undo-all = Anulați toate cele { $count }
desk-undo-one = Anulați doar ultima
desk-undo-no = Nu, înapoi la listă
desk-undone = { $count ->
        [one] Anulat: { $entry }
        [few] Anulat de { $count } ori: { $entry }
       *[other] Anulat de { $count } de ori: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN-ul însoțitorului
desk-pin-ask = Tastați PIN-ul. Apoi apăsați Enter.
# The button that sends the PIN typed.
desk-pin-open = Deschideți meniul
desk-pin-short = Un PIN are cel puțin { $count } cifre.
desk-pin-wrong = Acest PIN nu este corect. Încercați din nou.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Acest PIN nu este corect. Încercați din nou peste { $seconds } secundă.
        [few] Acest PIN nu este corect. Încercați din nou peste { $seconds } secunde.
       *[other] Acest PIN nu este corect. Încercați din nou peste { $seconds } de secunde.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Prea multe PIN-uri greșite. Meniul se deschide din nou peste { $minutes } minut.
        [few] Prea multe PIN-uri greșite. Meniul se deschide din nou peste { $minutes } minute.
       *[other] Prea multe PIN-uri greșite. Meniul se deschide din nou peste { $minutes } de minute.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Închideți digipunt
    .hint = Programul se oprește de tot.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Vedeți raportul
    .hint = Cât ajutor am oferit într-o perioadă, în diagrame cu bare.
desk-report-period = Pentru ce perioadă?
desk-report-this-week = Săptămâna aceasta
desk-report-this-month = Luna aceasta
desk-report-this-quarter = Trimestrul acesta
desk-report-this-year = Anul acesta
desk-report-last-month = Luna trecută
desk-report-last-year = Anul trecut
desk-report-months = Alegeți dumneavoastră lunile
    .hint = Alegeți mai întâi prima lună, apoi ultima.
desk-report-from = Începând cu ce lună?
desk-report-to = Până la ce lună (inclusiv)?
desk-report-loading = Raportul se pregătește.
desk-report-unreadable = Raportul nu poate fi făcut acum. Încercați din nou puțin mai târziu.
# Which page of the report is on screen, e.g. "Pagina 2 din 8".
desk-report-page = Pagina { $page } din { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Pagina anterioară
desk-report-next = Pagina următoare
desk-report-up = Sus
desk-report-down = Jos
