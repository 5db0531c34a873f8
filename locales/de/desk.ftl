## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Menü Begleitperson

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Kommen Sie dieses Jahr zum ersten Mal zu diesem digipunt?
first-visit-yes = Ja, ich bin dieses Jahr zum ersten Mal hier
first-visit-no = Nein, ich war dieses Jahr schon hier
first-visit-unknown = Ich weiß es nicht
first-visit-helper = Für die Begleitperson
first-visit-why = Lesen Sie die Frage vor. So wissen wir, wie vielen Menschen wir helfen. Wir speichern keinen Namen.

## The menu

desk-title = Menü für die Begleitperson
desk-quick = Schnell eine Hilfe zählen
    .hint = Hilfe am Telefon, beim Hausbesuch oder ohne Anleitung in Schritten.
desk-batch = Einen Tag von der Papierliste eingeben
    .hint = Dieselbe Hilfe mehrmals zählen, an einem Tag Ihrer Wahl.
desk-group = Eine Gruppensitzung zählen
    .hint = Ein Workshop oder Kurs für eine Gruppe. Das wird getrennt gezählt.
desk-undo = Eine Zählung rückgängig machen
    .hint = Wählen Sie aus den letzten Zählungen dieses Computers.
desk-leave = Das Menü schließen

## The questions, one per screen

desk-topic = Um welches Thema ging es bei der Hilfe?
desk-group-topic = Um welches Thema ging es in der Gruppensitzung?
desk-task = Welche Hilfe gaben Sie?
desk-task-other = Etwas anderes zu: { $group }
desk-language = In welcher Sprache haben Sie geholfen?
desk-group-language = In welcher Sprache war die Gruppensitzung?
desk-outcome = Wie ist die Hilfe ausgegangen?
desk-outcome-abandoned = Abgebrochen
desk-channel = Wie haben Sie geholfen?
desk-channel-desk = Am digipunt
desk-channel-phone = Am Telefon
desk-channel-home-visit = Beim Hausbesuch
desk-channel-group = In einer Gruppe
desk-first-visit = War die Person dieses Jahr zum ersten Mal hier?
desk-first-visit-yes = Ja, zum ersten Mal dieses Jahr
desk-first-visit-no = Nein, schon früher dieses Jahr
desk-first-visit-unknown = Weiß ich nicht
desk-count = Wie oft gaben Sie diese Hilfe?
desk-attendees = Wie viele Personen waren da?
desk-count-hint = Geben Sie eine Zahl von 1 bis 99 ein. Oder nutzen Sie die Pfeiltasten nach oben und unten. Drücken Sie dann Enter.
desk-count-next = Weiter
desk-key-more = Mehr
desk-key-less = Weniger
desk-minutes = Wie lange dauerte die Gruppensitzung?
desk-minutes-option = { $minutes } Minuten
desk-day = An welchem Tag?
desk-day-today = Heute: { $date }
desk-day-yesterday = Gestern: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] Montag
        [tue] Dienstag
        [wed] Mittwoch
        [thu] Donnerstag
        [fri] Freitag
        [sat] Samstag
       *[sun] Sonntag
    } { $date }
desk-daypart-morning = Vormittag
desk-daypart-afternoon = Nachmittag
desk-daypart-evening = Abend

## Saving

desk-confirm = Stimmt das?
desk-batch-confirm = { $count ->
        [one] { $count } Zählung für { $day } speichern?
       *[other] { $count } Zählungen für { $day } speichern?
    }
desk-group-confirm = Diese Gruppensitzung für { $day } speichern?
desk-save = Speichern
desk-save-keep = Speichern und dieselbe Hilfe bereithalten
    .hint = Danach zählt eine Taste dieselbe Hilfe noch einmal.
desk-daypart-change = Tageszeit: { $daypart }
    .hint = Drücken Sie hier, um eine andere Tageszeit zu wählen.
desk-keep-title = Noch einmal dieselbe Hilfe?
desk-save-again = Noch einmal speichern
desk-new-entry = Eine andere Hilfe zählen
desk-to-menu = Zurück zum Menü
desk-saved = { $count ->
        [one] Gespeichert: { $entry }
       *[other] { $count }-mal gespeichert: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Gruppensitzung: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } Person
       *[other] { $attendees } Personen
    } · { $minutes } Minuten
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] Niederländisch
        [fr] Französisch
        [de] Deutsch
        [en] Englisch
        [ar] Arabisch
        [uk] Ukrainisch
        [ru] Russisch
        [tr] Türkisch
        [pl] Polnisch
        [ro] Rumänisch
        [es] Spanisch
        [fa-AF] Dari
        [ps] Paschtu
        [ti] Tigrinya
        [so] Somali
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Welche Zählung machen Sie rückgängig?
desk-undo-hint = Die letzten Zählungen dieses Computers. Die neueste steht oben.
desk-undo-loading = Die Zählungen werden gelesen.
desk-undo-unreadable = Die Zählungen können jetzt nicht gelesen werden. Versuchen Sie es gleich noch einmal.
desk-undo-empty = Es gibt noch nichts rückgängig zu machen.
desk-undo-times = { $count }-mal: { $entry }
desk-undo-confirm = { $count ->
        [one] Diese Zählung rückgängig machen?
       *[other] Diese { $count } Zählungen rückgängig machen?
    }
desk-undo-note = Die Zählung zählt dann nicht mehr mit. Eine neue Zeile kommt hinzu, die sie streicht. Nichts wird gelöscht.
desk-undo-yes = Ja, rückgängig machen
desk-undo-all = Alle { $count } rückgängig machen
desk-undo-one = Nur die letzte rückgängig machen
desk-undo-no = Nein, zurück zur Liste
desk-undone = { $count ->
        [one] Rückgängig gemacht: { $entry }
       *[other] { $count }-mal rückgängig gemacht: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN der Begleitperson
desk-pin-ask = Geben Sie Ihre PIN ein. Drücken Sie dann Enter.
# The button that sends the PIN typed.
desk-pin-open = Das Menü öffnen
desk-pin-short = Eine PIN hat mindestens { $count } Ziffern.
desk-pin-wrong = Diese PIN ist nicht richtig. Versuchen Sie es noch einmal.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Diese PIN ist nicht richtig. Versuchen Sie es in { $seconds } Sekunde noch einmal.
       *[other] Diese PIN ist nicht richtig. Versuchen Sie es in { $seconds } Sekunden noch einmal.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Zu oft eine falsche PIN. Das Menü öffnet sich wieder in { $minutes } Minute.
       *[other] Zu oft eine falsche PIN. Das Menü öffnet sich wieder in { $minutes } Minuten.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = digipunt beenden
    .hint = Das Programm hört ganz auf.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Bericht ansehen
    .hint = Wie viel Hilfe wir in einem Zeitraum gegeben haben, in Balken.
desk-report-period = Für welchen Zeitraum?
desk-report-this-week = Diese Woche
desk-report-this-month = Dieser Monat
desk-report-this-quarter = Dieses Quartal
desk-report-this-year = Dieses Jahr
desk-report-last-month = Letzter Monat
desk-report-last-year = Letztes Jahr
desk-report-months = Die Monate selbst wählen
    .hint = Wählen Sie zuerst den ersten Monat, dann den letzten.
desk-report-from = Ab welchem Monat?
desk-report-to = Bis zu welchem Monat (einschließlich)?
desk-report-loading = Der Bericht wird erstellt.
desk-report-unreadable = Der Bericht kann jetzt nicht erstellt werden. Versuchen Sie es gleich noch einmal.
# Which page of the report is on screen, e.g. "Seite 2 von 8".
desk-report-page = Seite { $page } von { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Vorige Seite
desk-report-next = Nächste Seite
desk-report-up = Nach oben
desk-report-down = Nach unten
