## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).

report-title = ጸብጻብ ናይ digipunt
report-period = እዋን: ካብ { $from } ክሳብ { $to } ሓዊሱ

## Reach: how many people were helped, against the target for the year.
report-reach = ዝበጻሕናዮም ሰባት
report-interactions = ክንደይ ግዜ ሓጊዝና
report-people = ዝተሓገዙ ሰባት (ግምት)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = እንተወሓደ { $count }
report-target = ሸቶ ናይዚ ዓመት (ሰባት)
report-target-part = ካብቲ ሸቶ ዝተበጽሐ ክፋል
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = ካብቶም ኣብ ሸቶ ናይዚ ዓመት ዘለዉ { $target } ሰባት፣ { $people } ተሓጊዞም

## The tables.
report-by-category = ብዛዕባ እንታይ ሓጊዝና
report-by-language = ብኣየናይ ቋንቋ
report-by-outcome = ከመይ ተዛዚሙ
report-by-mode = ምስ ሓጋዚ ወይ ብዘይ ሓጋዚ
report-by-channel = ኣበይ ሓጊዝና
report-problems = ብዝበዝሐ ዘጋጠሙ ጸገማት
report-referrals = ብዝበዝሐ ሰባት ዝለኣኽናሎም ቦታታት
report-sessions = ናይ ጉጅለ ኣኼባታት
report-sessions-count = ኣኼባታት
report-sessions-attendees = ተሳተፍቲ
report-sessions-minutes = ጠቕላላ ደቓይቕ
report-by-week = ክንደይ ግዜ ሓጊዝና፣ ብሰሙን
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = ክንደይ ግዜ ሓጊዝና: { $groups }
report-count = ብዝሒ
report-total = ጠቕላላ
report-week = ሰሙን { $week } (ካብ { $monday })
# For screen readers, with every chart.
report-chart = ብዓምድታት ዝተሰርሐ ስእላዊ መግለጺ። እቲ ኣብ ጎኑ ዘሎ ሰንጠረዥ ተመሳሳሊ ቁጽርታት የርኢ።
report-withheld = ኣብ ነፍሲ ወከፍ ጉጅለ ዘሎ ቁጽሪ ንምርኣይ ኣዝዩ ውሑድ እዩ። ብኸምዚ ዝኾነ ሰብ መን ምዃኑ ክፍለጥ ኣይክእልን።
report-empty = ኣብዚ እዋን ዋላ ሓደ ኣይተቖጽረን።

## What the signs mean, under the report.
report-legend-small = { $marker } ማለት: ካብ { $threshold } ዝወሓደ። ንኣሽቱ ቁጽርታት ኣይነርእን። ብኸምዚ ዝኾነ ሰብ መን ምዃኑ ክፍለጥ ኣይክእልን።
report-legend-hidden = { $marker } ማለት: ኣይተርኣየን። እንተዘይኮይኑ ንእሽቶ ቁጽሪ ብሕሳብ ክፍለጥ ምኸኣለ።
report-legend-people = ብዝሒ ሰባት ግምት እዩ። ኣብ ነፍሲ ወከፍ ሓገዝ ንሓትት: ኣብዚ ዓመት ንመጀመርታ ግዜ ድዩ?

## Names of codes in the log.
report-unknown = ዘይፍለጥ
report-problem-none = ጸገም የለን
report-referral-none = ናብ ካልእ ኣይተላእከን
report-mode-assisted = ምስ ሓጋዚ
report-mode-self = በይኑ፣ ብዘይ ሓጋዚ
report-channel-desk = ኣብ digipunt
report-channel-phone = ብተሌፎን
report-channel-home-visit = ኣብ ገዛ እቲ ሰብ
report-channel-group = ብጉጅለ
report-first-visit-yes = ኣብዚ ዓመት ንመጀመርታ ግዜ
report-first-visit-no = ኣብዚ ዓመት ቅድሚ ሕጂ መጺኡ
report-daypart-morning = ንግሆ
report-daypart-afternoon = ድሕሪ ቐትሪ
report-daypart-evening = ምሸት
outcome-abandoned = ቅድሚ መወዳእታ ተቋሪጹ

## Column heads: what a table is counted by.
report-dimension-task = ዕማም
report-dimension-category = ኣርእስቲ
report-dimension-language = ቋንቋ
report-dimension-outcome = ውጽኢት
report-dimension-problem = ጸገም
report-dimension-mode = ሓጋዚ
report-dimension-channel = ቦታ
report-dimension-first-visit = ቀዳማይ ግዜ
report-dimension-age-band = ዕድመ
report-dimension-kiosk = Digipunt
report-dimension-week = ሰሙን
report-dimension-month = ወርሒ
report-dimension-daypart = ክፋል መዓልቲ
report-dimension-referral = ዝተላእከሉ
