## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Liiska caawiyaha

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Ma markii ugu horreysay ayaad sannadkan timid digipunt-kan?
first-visit-yes = Haa, waa markii ugu horreysay sannadkan
first-visit-no = Maya, sannadkan horay ayaan halkan u imid
first-visit-unknown = Ma garanayo
first-visit-helper = Loogu talagalay caawiyaha
first-visit-why = Su'aasha kor u akhri. Sidaas ayaan ku ogaannaa inta qof ee aan caawinno. Magac ma kaydinno.

## The menu

desk-title = Liiska caawiyaha
desk-quick = Tiri caawimaad si degdeg ah
    .hint = Caawimaad taleefan, booqasho guri ama aan liiska tallaabooyinka lahayn.
desk-batch = Geli maalin warqad ku qoran
    .hint = Isla caawimaadda dhowr jeer tiri, maalin aad adigu doorato.
desk-group = Tiri kulan kooxeed
    .hint = Aqoon-is-weydaarsi ama cashar koox ah. Si gooni ah ayaa loo tiriyaa.
desk-undo = Ka noqo tirin
    .hint = Ka dooro tirinnada ugu dambeeyay ee kombiyuutarkan.
desk-leave = Xir liiska

## The questions, one per screen

desk-topic = Caawimaaddu maxay ku saabsanayd?
desk-group-topic = Kulanka kooxdu maxuu ku saabsanaa?
desk-task = Maxaad ku caawisay?
desk-task-other = Wax kale oo ku saabsan: { $group }
desk-language = Luqaddee ayaad ku caawisay?
desk-group-language = Luqaddee lagu qabtay kulanka kooxda?
desk-outcome = Sidee ayay caawimaaddu ku dhammaatay?
desk-outcome-abandoned = La joojiyay
desk-channel = Sidee ayaad u caawisay?
desk-channel-desk = Xarunta digipunt-ka
desk-channel-phone = Taleefanka
desk-channel-home-visit = Booqasho guri
desk-channel-group = Koox ahaan
desk-first-visit = Qofku ma markii ugu horreysay ayuu sannadkan yimid?
desk-first-visit-yes = Haa, markii ugu horreysay sannadkan
desk-first-visit-no = Maya, sannadkan horay ayuu u yimid
desk-first-visit-unknown = Ma garanayo
desk-count = Immisa jeer ayaad caawimaaddan bixisay?
desk-attendees = Immisa qof ayaa joogay?
desk-count-hint = Qor lambar 1 ilaa 99 ah. Ama isticmaal fallaadhaha kor iyo hoos. Kadib riix Enter.
desk-count-next = Sii wad
desk-key-more = Kordhi
desk-key-less = Yaree
desk-minutes = Muddo intee le'eg ayuu socday kulanka kooxdu?
desk-minutes-option = { $minutes } daqiiqo
desk-day = Maalintee?
desk-day-today = Maanta: { $date }
desk-day-yesterday = Shalay: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] Isniin
        [tue] Talaado
        [wed] Arbaco
        [thu] Khamiis
        [fri] Jimce
        [sat] Sabti
       *[sun] Axad
    } { $date }
desk-daypart-morning = subax
desk-daypart-afternoon = galab
desk-daypart-evening = fiid

## Saving

desk-confirm = Ma sax baa?
desk-batch-confirm = { $count ->
        [one] Ma kaydinaysaa { $count } tirin, maalinta { $day }?
       *[other] Ma kaydinaysaa { $count } tirin, maalinta { $day }?
    }
desk-group-confirm = Ma kaydinaysaa kulankan kooxeed, maalinta { $day }?
desk-save = Kaydi
desk-save-keep = Kaydi oo isla caawimaadda diyaar u hay
    .hint = Kadib hal badhan ayaa mar kale tirinaya isla caawimaadda.
desk-daypart-change = Qaybta maalinta: { $daypart }
    .hint = Riix si aad u doorato qayb kale oo maalinta ah.
desk-keep-title = Isla caawimaadda mar kale?
desk-save-again = Mar kale kaydi
desk-new-entry = Tiri caawimaad kale
desk-to-menu = Ku noqo liiska
desk-saved = { $count ->
        [one] Waa la kaydiyay: { $entry }
       *[other] { $count } jeer ayaa la kaydiyay: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Kulan kooxeed: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } qof
       *[other] { $attendees } qof
    } · { $minutes } daqiiqo
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] Af Holandiis
        [fr] Af Faransiis
        [de] Af Jarmal
        [en] Af Ingiriis
        [ar] Af Carabi
        [uk] Af Yukreeniyaan
        [ru] Af Ruush
        [tr] Af Turki
        [pl] Af Boolish
        [ro] Af Romaaniyaan
        [es] Af Isbaanish
        [fa-AF] Af Dari
        [ps] Af Bashtuu
        [ti] Af Tigrinya
        [so] Af Soomaali
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Tirintee ayaad ka noqonaysaa?
desk-undo-hint = Tirinnada ugu dambeeyay ee kombiyuutarkan. Tan ugu cusub ayaa ugu sarraysa.
desk-undo-loading = Tirinnada waa la akhrinayaa.
desk-undo-unreadable = Hadda tirinnada lama akhrin karo. Mar kale isku day wax yar kadib.
desk-undo-empty = Weli ma jiro wax laga noqdo.
desk-undo-times = { $count } jeer: { $entry }
desk-undo-confirm = { $count ->
        [one] Ma ka noqonaysaa tirintan?
       *[other] Ma ka noqonaysaa tirinnadan ({ $count })?
    }
desk-undo-note = Tirintu mar dambe lama xisaabinayo. Waxaa lagu darayaa saf cusub oo baajinaya. Waxba lama tirtirayo.
desk-undo-yes = Haa, ka noqo
desk-undo-all = Ka noqo dhammaan ({ $count })
desk-undo-one = Ka noqo kaliya tan ugu dambeysa
desk-undo-no = Maya, ku noqo tirinnada
desk-undone = { $count ->
        [one] Waa laga noqday: { $entry }
       *[other] { $count } jeer ayaa laga noqday: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN-ka caawiyaha
desk-pin-ask = Qor PIN-kaaga. Kadib riix Enter.
# The button that sends the PIN typed.
desk-pin-open = Fur liiska
desk-pin-short = PIN-ku wuxuu leeyahay ugu yaraan { $count } lambar.
desk-pin-wrong = PIN-kani sax maaha. Mar kale isku day.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = PIN-kani sax maaha. Mar kale isku day { $seconds } ilbiriqsi kadib.
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = PIN khaldan ayaa marar badan la qoray. Liisku wuxuu mar kale furmayaa { $minutes } daqiiqo kadib.
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Xir digipunt
    .hint = Barnaamijku si buuxda ayuu u istaagayaa.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Eeg warbixinta
    .hint = Inta caawimaad ee aan bixinnay muddo gudaheed, jaantus tiirar ah.
desk-report-period = Muddadee?
desk-report-this-week = Toddobaadkan
desk-report-this-month = Bishan
desk-report-this-quarter = Rubucan (saddex bilood)
desk-report-this-year = Sannadkan
desk-report-last-month = Bishii hore
desk-report-last-year = Sannadkii hore
desk-report-months = Adigu dooro bilaha
    .hint = Marka hore dooro bisha koowaad, kadib tan ugu dambeysa.
desk-report-from = Laga bilaabo bishee?
desk-report-to = Ilaa iyo bishee?
desk-report-loading = Warbixinta waa la samaynayaa.
desk-report-unreadable = Hadda warbixinta lama samayn karo. Mar kale isku day wax yar kadib.
# Which page of the report is on screen, e.g. "Bog 2 oo ka mid ah 8".
desk-report-page = Bog { $page } oo ka mid ah { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Boggii hore
desk-report-next = Bogga xiga
desk-report-up = Kor
desk-report-down = Hoos
