## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).

report-title = Warbixinta digipunt-ka
report-period = Muddada: laga bilaabo { $from } ilaa iyo { $to }

## Reach: how many people were helped, against the target for the year.
report-reach = Inta la gaadhay
report-interactions = Inta jeer ee la caawiyay
report-people = Dadka la caawiyay (qiyaas)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = ugu yaraan { $count }
report-target = Hadafka sannadkan (dad)
report-target-part = Qaybta hadafka la gaadhay
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $people } ka mid ah { $target } qof ee hadafka sannadkan

## The tables.
report-by-category = Waxa aan ku caawinnay
report-by-language = Luqadda lagu caawiyay
report-by-outcome = Sida ay ku dhammaatay
report-by-mode = Caawiye la jira ama caawiye la'aan
report-by-channel = Meesha aan ku caawinnay
report-problems = Dhibaatooyinka ugu badan
report-referrals = Meelaha aan dadka ugu badan u gudbinnay
report-sessions = Kulamada kooxeed
report-sessions-count = Kulamo
report-sessions-attendees = Ka qaybgalayaal
report-sessions-minutes = Wadarta daqiiqadaha
report-by-week = Caawimaadaha toddobaadkiiba
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = Inta jeer ee la caawiyay: { $groups }
report-count = Tirada
report-total = Wadarta
report-week = Toddobaadka { $week } (laga bilaabo { $monday })
# For screen readers, with every chart.
report-chart = Jaantus tiirar ah. Shaxda agtiisa ku taal waxay muujinaysaa tirooyin isku mid ah.
report-withheld = Koox kasta tiradeedu aad bay u yar tahay, lama muujin karo. Sidaas qofna lama aqoonsan karo.
report-empty = Muddadan waxba lama tirin.

## What the signs mean, under the report.
report-legend-small = { $marker } macnaheedu waa: ka yar { $threshold }. Tirooyinka yaryar ma muujinno. Sidaas qofna lama aqoonsan karo.
report-legend-hidden = { $marker } macnaheedu waa: lama muujin. Haddii kale, tiro yar waa la xisaabin kari lahaa.
report-legend-people = Tirada dadku waa qiyaas. Mar kasta oo aan caawinno waxaan weydiinnaa: ma markii ugu horreysay sannadkan?

## Names of codes in the log.
report-unknown = Lama yaqaan
report-problem-none = Dhibaato ma jirin
report-referral-none = Meel kale looma gudbin
report-mode-assisted = Caawiye la jira
report-mode-self = Keligiis, caawiye la'aan
report-channel-desk = Xarunta digipunt-ka
report-channel-phone = Taleefanka
report-channel-home-visit = Guriga qofka
report-channel-group = Koox ahaan
report-first-visit-yes = Markii ugu horreysay sannadkan
report-first-visit-no = Sannadkan horay u yimid
report-daypart-morning = Subax
report-daypart-afternoon = Galab
report-daypart-evening = Fiid
outcome-abandoned = La joojiyay intaan la dhammayn

## Column heads: what a table is counted by.
report-dimension-task = Hawsha
report-dimension-category = Mawduuca
report-dimension-language = Luqadda
report-dimension-outcome = Natiijada
report-dimension-problem = Dhibaatada
report-dimension-mode = Caawiye
report-dimension-channel = Meesha
report-dimension-first-visit = Markii ugu horreysay
report-dimension-age-band = Da'da
report-dimension-kiosk = Digipunt
report-dimension-week = Toddobaadka
report-dimension-month = Bisha
report-dimension-daypart = Qaybta maalinta
report-dimension-referral = Loo gudbiyay
