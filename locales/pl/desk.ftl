## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Translated from Dutch, the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Menu osoby pomagającej

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Czy w tym roku przychodzisz do tego digipunt pierwszy raz?
first-visit-yes = Tak, to mój pierwszy raz w tym roku
first-visit-no = Nie, w tym roku to nie pierwszy raz
first-visit-unknown = Nie wiem
first-visit-helper = Dla osoby pomagającej
first-visit-why = Przeczytaj pytanie na głos. Dzięki temu wiemy, ilu osobom pomagamy. Nie zapisujemy imion ani nazwisk.

## The menu

desk-title = Menu dla osoby pomagającej
desk-quick = Szybko odnotuj pomoc
    .hint = Pomoc przez telefon, na wizycie domowej lub bez listy kroków.
desk-batch = Przepisz dzień z kartki
    .hint = Odnotuj tę samą pomoc kilka razy, w wybranym dniu.
desk-group = Odnotuj zajęcia grupowe
    .hint = Warsztat lub lekcja dla grupy. To liczy się osobno.
desk-undo = Cofnij wpis
    .hint = Wybierz spośród ostatnich wpisów z tego komputera.
desk-leave = Zamknij menu

## The questions, one per screen

desk-topic = Jakiego tematu dotyczyła pomoc?
desk-group-topic = Jakiego tematu dotyczyły zajęcia grupowe?
desk-task = Jakiej pomocy udzielono?
desk-task-other = Coś innego z tematu: { $group }
desk-language = W jakim języku była pomoc?
desk-group-language = W jakim języku były zajęcia grupowe?
desk-outcome = Jak zakończyła się pomoc?
desk-outcome-abandoned = Przerwano
desk-channel = Jak udzielono pomocy?
desk-channel-desk = W digipunt
desk-channel-phone = Przez telefon
desk-channel-home-visit = Na wizycie domowej
desk-channel-group = W grupie
desk-first-visit = Czy ta osoba przyszła w tym roku pierwszy raz?
desk-first-visit-yes = Tak, pierwszy raz w tym roku
desk-first-visit-no = Nie, była już w tym roku
desk-first-visit-unknown = Nie wiem
desk-count = Ile razy udzielono tej pomocy?
desk-attendees = Ile osób było na zajęciach?
desk-count-hint = Wpisz liczbę od 1 do 99. Albo użyj strzałek w górę i w dół. Potem naciśnij Enter.
desk-count-next = Dalej
desk-key-more = Więcej
desk-key-less = Mniej
desk-minutes = Jak długo trwały zajęcia grupowe?
desk-minutes-option = { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }
desk-day = Którego dnia?
desk-day-today = Dzisiaj: { $date }
desk-day-yesterday = Wczoraj: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] poniedziałek
        [tue] wtorek
        [wed] środa
        [thu] czwartek
        [fri] piątek
        [sat] sobota
       *[sun] niedziela
    } { $date }
desk-daypart-morning = przedpołudnie
desk-daypart-afternoon = popołudnie
desk-daypart-evening = wieczór

## Saving

desk-confirm = Czy to się zgadza?
desk-batch-confirm = { $count ->
        [one] Zapisać { $count } wpis? Dzień: { $day }
        [few] Zapisać { $count } wpisy? Dzień: { $day }
        [many] Zapisać { $count } wpisów? Dzień: { $day }
       *[other] Zapisać { $count } wpisu? Dzień: { $day }
    }
desk-group-confirm = Zapisać te zajęcia grupowe? Dzień: { $day }
desk-save = Zapisz
desk-save-keep = Zapisz i przygotuj tę samą pomoc
    .hint = Potem jeden klawisz odnotuje tę samą pomoc jeszcze raz.
desk-daypart-change = Pora dnia: { $daypart }
    .hint = Naciśnij, aby wybrać inną porę dnia.
desk-keep-title = Jeszcze raz ta sama pomoc?
desk-save-again = Zapisz jeszcze raz
desk-new-entry = Odnotuj inną pomoc
desk-to-menu = Wróć do menu
desk-saved = { $count ->
        [one] Zapisano: { $entry }
        [few] Zapisano { $count } razy: { $entry }
        [many] Zapisano { $count } razy: { $entry }
       *[other] Zapisano { $count } razy: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Zajęcia grupowe: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } osoba
        [few] { $attendees } osoby
        [many] { $attendees } osób
       *[other] { $attendees } osoby
    } · { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] niderlandzki
        [fr] francuski
        [de] niemiecki
        [en] angielski
        [ar] arabski
        [uk] ukraiński
        [ru] rosyjski
        [tr] turecki
        [pl] polski
        [ro] rumuński
        [es] hiszpański
        [fa-AF] dari
        [ps] paszto
        [ti] tigrinia
        [so] somalijski
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Który wpis chcesz cofnąć?
desk-undo-hint = Ostatnie wpisy z tego komputera. Najnowszy jest na górze.
desk-undo-loading = Wczytywanie wpisów.
desk-undo-unreadable = Nie można teraz wczytać wpisów. Spróbuj ponownie za chwilę.
desk-undo-empty = Nie ma jeszcze nic do cofnięcia.
desk-undo-times = { $count ->
        [one] { $count } raz: { $entry }
        [few] { $count } razy: { $entry }
        [many] { $count } razy: { $entry }
       *[other] { $count } razy: { $entry }
    }
desk-undo-confirm = { $count ->
        [one] Cofnąć ten wpis?
        [few] Cofnąć { $count } wpisy?
        [many] Cofnąć { $count } wpisów?
       *[other] Cofnąć { $count } wpisu?
    }
desk-undo-note = Wtedy wpis przestaje się liczyć. Dochodzi nowy wiersz, który go skreśla. Nic nie zostaje usunięte.
desk-undo-yes = Tak, cofnij
desk-undo-all = Cofnij wszystkie ({ $count })
desk-undo-one = Cofnij tylko ostatni
desk-undo-no = Nie, wróć do listy
desk-undone = { $count ->
        [one] Cofnięto: { $entry }
        [few] Cofnięto { $count } razy: { $entry }
        [many] Cofnięto { $count } razy: { $entry }
       *[other] Cofnięto { $count } razy: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN osoby pomagającej
desk-pin-ask = Wpisz swój PIN. Potem naciśnij Enter.
# The button that sends the PIN typed.
desk-pin-open = Otwórz menu
desk-pin-short = PIN ma co najmniej { $count } cyfr.
desk-pin-wrong = Ten PIN jest błędny. Spróbuj jeszcze raz.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Ten PIN jest błędny. Spróbuj jeszcze raz za { $seconds } sekundę.
        [few] Ten PIN jest błędny. Spróbuj jeszcze raz za { $seconds } sekundy.
        [many] Ten PIN jest błędny. Spróbuj jeszcze raz za { $seconds } sekund.
       *[other] Ten PIN jest błędny. Spróbuj jeszcze raz za { $seconds } sekundy.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Za dużo błędnych PIN-ów. Menu otworzy się znowu za { $minutes } minutę.
        [few] Za dużo błędnych PIN-ów. Menu otworzy się znowu za { $minutes } minuty.
        [many] Za dużo błędnych PIN-ów. Menu otworzy się znowu za { $minutes } minut.
       *[other] Za dużo błędnych PIN-ów. Menu otworzy się znowu za { $minutes } minuty.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Zamknij digipunt
    .hint = Program całkiem się wyłącza.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Zobacz sprawozdanie
    .hint = Ile pomocy udzieliliśmy w danym okresie, na wykresie słupkowym.
desk-report-period = Za jaki okres?
desk-report-this-week = Ten tydzień
desk-report-this-month = Ten miesiąc
desk-report-this-quarter = Ten kwartał
desk-report-this-year = Ten rok
desk-report-last-month = Poprzedni miesiąc
desk-report-last-year = Poprzedni rok
desk-report-months = Wybierz miesiące samodzielnie
    .hint = Najpierw wybierz pierwszy miesiąc, potem ostatni.
desk-report-from = Od którego miesiąca?
desk-report-to = Do którego miesiąca (włącznie)?
desk-report-loading = Tworzenie sprawozdania.
desk-report-unreadable = Nie można teraz przygotować sprawozdania. Spróbuj ponownie za chwilę.
# Which page of the report is on screen, e.g. "Strona 2 z 8".
desk-report-page = Strona { $page } z { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Poprzednia strona
desk-report-next = Następna strona
desk-report-up = W górę
desk-report-down = W dół
