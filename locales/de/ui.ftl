## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Wählen Sie Ihre Sprache
console-other-languages = Dieser Bildschirm kann einige Sprachen nicht anzeigen: { $languages }. Bitten Sie die Begleitperson um einen anderen Bildschirm.

## How the citizen works

mode-title = Wie möchten Sie arbeiten?
mode-helper = Mit einer Begleitperson
    .hint = Eine Begleitperson sitzt neben Ihnen und hilft Ihnen.
mode-self = Allein
    .hint = Sie folgen selbst den Schritten auf dem Bildschirm.

## Topics

topics-title = Wobei brauchen Sie Hilfe?
category-money = Geld und Steuern
category-work = Arbeit
category-identity = Identität und Einloggen
category-health = Gesundheit
category-family = Familie
category-mobility = Unterwegs
category-safety = Sicher im Internet
category-basics = Computer und Smartphone

## What to bring

bring-title = Was brauchen Sie?
bring-hint = Haben Sie es dabei? Drücken Sie die Zahl, um es abzuhaken.
bring-missing = Nicht dabei?
bring-start = Mit dem ersten Schritt beginnen

## One step

step-progress = Schritt { $current } von { $total }
step-next = Geschafft, nächster Schritt
step-finish = Geschafft, das war der letzte Schritt
step-return-next = Geschafft, zurück zu: { $checklist }
step-problem = Das klappt nicht
step-back = Vorheriger Schritt
step-secret-citizen = Geben Sie Ihren Code selbst ein. Lassen Sie niemanden zusehen.
step-secret-helper = Begleitperson: Schauen Sie weg. Geben Sie nie den Code der Person ein.
step-tip = Tipp für die Begleitperson
step-return = Danach machen Sie weiter mit: { $checklist }

## Problems

problems-title = Was klappt nicht?
problem-try = Versuchen Sie Folgendes:
problem-show-referral = Wo bekomme ich Hilfe?
problem-goto = Weiter mit: { $checklist }
problem-back = Zurück zum Schritt

## Referral

referral-title = Hier bekommen Sie Hilfe
referral-phone = Telefon: { $phone }
referral-web = Website: { $web }
referral-address = Adresse: { $address }
referral-hours = Geöffnet: { $hours }
referral-ask-helper = Fragen Sie die Begleitperson nach der Adresse.
referral-bring = Nehmen Sie mit:
referral-back = Zurück zum Schritt
referral-finish = Beenden und abschließen

## End of the help

outcome-title = Wie ist es ausgegangen?
outcome-done = Geschafft
outcome-partly = Zum Teil geschafft
outcome-referred = An eine andere Stelle verwiesen
outcome-later = Später weitermachen
outcome-self-title = Hat es geklappt?
outcome-self-yes = Ja, es hat geklappt
outcome-self-partly = Ein Teil hat geklappt
outcome-self-no = Nein, es hat nicht geklappt
thanks-title = Danke!
thanks-body = Viel Erfolg. Bis zum nächsten Mal.
thanks-again = Neu beginnen

## Nobody touched the kiosk for a while

idle-title = Sind Sie noch da?
idle-body = { $seconds ->
        [one] In 1 Sekunde beginnt der Bildschirm neu.
       *[other] In { $seconds } Sekunden beginnt der Bildschirm neu.
    } Drücken Sie eine Taste, um weiterzumachen.
idle-continue = Ja, ich bin noch da

## Take-home summary (printed or saved; no personal data)

summary-title = Was Sie heute gemacht haben
summary-done = Erledigt:
summary-open = Noch zu tun:
summary-more = { $count ->
        [one] Und noch 1 weiterer Schritt.
       *[other] Und noch { $count } weitere Schritte.
    }
summary-go = Gehen Sie zu:
summary-bring = Nehmen Sie beim nächsten Mal mit:
summary-print = Ausdrucken zum Mitnehmen
summary-finish = Fertig
summary-printed = Das Blatt wird gedruckt. Nehmen Sie es mit.
summary-saved = Gespeichert in { $path }. Bitten Sie die Begleitperson, es auszudrucken.
summary-failed = Drucken und Speichern klappen nicht. Schreiben Sie auf, was Sie brauchen.
summary-copy = Niederländische Fassung, für den Schalter:

## Keys shown at the bottom of the screen

key-back = Zurück
key-language = Sprache
key-helper-language = Sprache Begleitperson
key-speak = Vorlesen
key-stop = Beenden
key-choose = Auswählen

## Messages for the helper

too-small = Machen Sie das Fenster größer.
    .size = Nötig: { $width } × { $height }. Jetzt: { $current_width } × { $current_height }.
store-warning = Die Zählung wurde nicht gespeichert. Die Hilfe geht normal weiter. Noch nicht gespeicherte Zählungen: { $pending }.
store-unavailable = Die Zählungen können gerade nicht gespeichert werden. Die Hilfe geht normal weiter.
draft-locale = Diese Übersetzung wurde noch nicht geprüft.
helper-language-choose = Wählen Sie die Sprache der Begleitperson
helper-pane = Für die Begleitperson ({ $language })
checked-on = Geprüft am { $date }
