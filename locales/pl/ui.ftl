## Every word of the kiosk screens. Translated from Dutch, the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Wybierz język
console-other-languages = Ten ekran nie może pokazać niektórych języków: { $languages }. Poproś osobę pomagającą o inny ekran.

## How the citizen works

mode-title = Jak chcesz pracować?
mode-helper = Z osobą pomagającą
    .hint = Osoba pomagająca siedzi obok ciebie i ci pomaga.
mode-self = Samodzielnie
    .hint = Kroki na ekranie wykonujesz samodzielnie.

## Topics

topics-title = W czym potrzebujesz pomocy?
category-money = Pieniądze i podatki
category-work = Praca
category-identity = Tożsamość i logowanie
category-health = Zdrowie
category-family = Rodzina
category-mobility = W podróży
category-safety = Bezpiecznie w internecie
category-basics = Komputer i smartfon

## What to bring

bring-title = Czego potrzebujesz?
bring-hint = Masz to przy sobie? Naciśnij cyfrę, aby to zaznaczyć.
bring-missing = Nie masz tego przy sobie?
bring-start = Zacznij od pierwszego kroku

## One step

step-progress = Krok { $current } z { $total }
step-next = Udało się, następny krok
step-finish = Udało się, to był ostatni krok
step-return-next = Udało się, wróć do: { $checklist }
step-problem = To się nie udaje
step-back = Poprzedni krok
step-secret-citizen = Wpisz swój kod samodzielnie. Nie pozwól nikomu patrzeć.
step-secret-helper = Osoba pomagająca: odwróć wzrok. Nigdy nie wpisuj kodu osoby, której pomagasz.
step-tip = Wskazówka dla osoby pomagającej
step-return = Potem przejdziesz dalej do: { $checklist }

## Problems

problems-title = Co się nie udaje?
problem-try = Spróbuj tego:
problem-show-referral = Gdzie mogę się zgłosić?
problem-goto = Dalej: { $checklist }
problem-back = Wróć do kroku

## Referral

referral-title = Tutaj możesz się zgłosić
referral-phone = Telefon: { $phone }
referral-web = Strona internetowa: { $web }
referral-address = Adres: { $address }
referral-hours = Otwarte: { $hours }
referral-ask-helper = Zapytaj osobę pomagającą o adres.
referral-bring = Weź ze sobą:
referral-back = Wróć do kroku
referral-finish = Zakończ i zamknij

## End of the help

outcome-title = Jak poszło?
outcome-done = Udało się
outcome-partly = Udało się częściowo
outcome-referred = Skierowano gdzie indziej
outcome-later = Ciąg dalszy później
outcome-self-title = Czy się udało?
outcome-self-yes = Tak, udało się
outcome-self-partly = Udało się częściowo
outcome-self-no = Nie, nie udało się
thanks-title = Dziękujemy!
thanks-body = Powodzenia. Do zobaczenia następnym razem.
thanks-again = Zacznij od nowa

## Nobody touched the kiosk for a while

idle-title = Czy nadal tu jesteś?
idle-body = { $seconds ->
        [one] Za 1 sekundę ekran wróci do początku.
        [few] Za { $seconds } sekundy ekran wróci do początku.
        [many] Za { $seconds } sekund ekran wróci do początku.
       *[other] Za { $seconds } sekundy ekran wróci do początku.
    } Naciśnij dowolny klawisz, aby kontynuować.
idle-continue = Tak, nadal tu jestem

## Take-home summary (printed or saved; no personal data)

summary-title = Co dziś zostało zrobione
summary-done = Zrobione:
summary-open = Jeszcze do zrobienia:
summary-more = { $count ->
        [one] I jeszcze 1 inny krok.
        [few] I jeszcze { $count } inne kroki.
        [many] I jeszcze { $count } innych kroków.
       *[other] I jeszcze { $count } innego kroku.
    }
summary-go = Idź do:
summary-bring = Następnym razem weź ze sobą:
summary-print = Wydrukuj, aby zabrać ze sobą
summary-finish = Gotowe
summary-printed = Kartka się drukuje. Zabierz ją ze sobą.
summary-saved = Zapisano w { $path }. Poproś osobę pomagającą, aby to wydrukowała.
summary-failed = Nie udaje się wydrukować ani zapisać. Zapisz na kartce, czego potrzebujesz.
summary-copy = Wersja po niderlandzku, do pokazania w okienku:

## Keys shown at the bottom of the screen

key-back = Wstecz
key-language = Język
key-helper-language = Język osoby pomagającej
key-speak = Odczytaj
key-stop = Zakończ
key-choose = Wybierz

## Messages for the helper

too-small = Powiększ okno.
    .size = Potrzeba: { $width } × { $height }. Teraz: { $current_width } × { $current_height }.
store-warning = Wpis do statystyki nie został zapisany. Pomoc trwa normalnie dalej. Wpisy jeszcze niezapisane: { $pending }.
store-unavailable = Wpisów do statystyki nie można teraz zapisać. Pomoc trwa normalnie dalej.
draft-locale = To tłumaczenie nie zostało jeszcze sprawdzone.
helper-language-choose = Wybierz język osoby pomagającej
helper-pane = Dla osoby pomagającej ({ $language })
checked-on = Sprawdzono dnia { $date }
