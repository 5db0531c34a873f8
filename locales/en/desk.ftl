## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Helper menu

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Is this your first time at this digipunt this year?
first-visit-yes = Yes, this is my first time this year
first-visit-no = No, I was already here this year
first-visit-unknown = I don't know
first-visit-helper = For the helper
first-visit-why = Read the question aloud. It tells us how many people we help. We keep no names.

## The menu

desk-title = Helper menu
desk-quick = Count one help quickly
    .hint = Help by phone, on a home visit or without a checklist.
desk-batch = Enter a day from paper
    .hint = Count the same help a number of times, on a day you choose.
desk-group = Count a group session
    .hint = A workshop or class for a group. It is counted apart.
desk-undo = Undo a count
    .hint = Choose from the last counts on this computer.
desk-leave = Close the menu

## The questions, one per screen

desk-topic = What was the help about?
desk-group-topic = What was the group session about?
desk-task = What help did you give?
desk-task-other = Something else about: { $group }
desk-language = In which language did you help?
desk-group-language = In which language was the group session?
desk-outcome = How did the help end?
desk-outcome-abandoned = Broken off
desk-channel = How did you help?
desk-channel-desk = At the digipunt
desk-channel-phone = By phone
desk-channel-home-visit = On a home visit
desk-channel-group = In a group
desk-first-visit = Was it the citizen's first time this year?
desk-first-visit-yes = Yes, the first time this year
desk-first-visit-no = No, they came earlier this year
desk-first-visit-unknown = I don't know
desk-count = How many times did you give this help?
desk-attendees = How many people came?
desk-count-hint = Type a number from 1 to 99. Or use the up and down arrows. Then press Enter.
desk-count-next = Go on
desk-key-more = More
desk-key-less = Less
desk-minutes = How long was the group session?
desk-minutes-option = { $minutes } minutes
desk-day = On which day?
desk-day-today = Today: { $date }
desk-day-yesterday = Yesterday: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } { $date }
desk-daypart-morning = morning
desk-daypart-afternoon = afternoon
desk-daypart-evening = evening

## Saving

desk-confirm = Is this right?
desk-batch-confirm = { $count ->
        [one] Save 1 count for { $day }?
       *[other] Save { $count } counts for { $day }?
    }
desk-group-confirm = Save this group session for { $day }?
desk-save = Save
desk-save-keep = Save and keep the same help ready
    .hint = Then one key counts the same help again.
desk-daypart-change = Part of the day: { $daypart }
    .hint = Press to choose another part of the day.
desk-keep-title = The same help once more?
desk-save-again = Save once more
desk-new-entry = Count other help
desk-to-menu = Back to the menu
desk-saved = { $count ->
        [one] Saved: { $entry }
       *[other] Saved { $count } times: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Group session: { $topic } · { $language } · { $attendees ->
        [one] 1 person
       *[other] { $attendees } people
    } · { $minutes } minutes
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] Dutch
        [fr] French
        [de] German
        [en] English
        [ar] Arabic
        [uk] Ukrainian
        [ru] Russian
        [tr] Turkish
        [pl] Polish
        [ro] Romanian
        [es] Spanish
        [fa-AF] Dari
        [ps] Pashto
        [ti] Tigrinya
        [so] Somali
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Which count do you want to undo?
desk-undo-hint = The last counts on this computer. The newest is at the top.
desk-undo-loading = Reading the counts.
desk-undo-unreadable = The counts cannot be read now. Try again in a moment.
desk-undo-empty = There is nothing to undo yet.
desk-undo-times = { $count } times: { $entry }
desk-undo-confirm = { $count ->
        [one] Undo this count?
       *[other] Undo these { $count } counts?
    }
desk-undo-note = The count no longer counts. A new line is added that cancels it. Nothing is erased.
desk-undo-yes = Yes, undo it
desk-undo-all = Undo all { $count }
desk-undo-one = Undo only the last one
desk-undo-no = No, back to the list
desk-undone = { $count ->
        [one] Undone: { $entry }
       *[other] Undone { $count } times: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = Helper PIN
desk-pin-ask = Type your PIN. Then press Enter.
# The button that sends the PIN typed.
desk-pin-open = Open the menu
desk-pin-short = A PIN has at least { $count } digits.
desk-pin-wrong = That PIN is not right. Try again.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] That PIN is not right. Try again in { $seconds } second.
       *[other] That PIN is not right. Try again in { $seconds } seconds.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Too many wrong PINs. The menu opens again in { $minutes } minute.
       *[other] Too many wrong PINs. The menu opens again in { $minutes } minutes.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Close digipunt
    .hint = The program stops completely.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = View the report
    .hint = How much help we gave in a period, in bars.
desk-report-period = Which period?
desk-report-this-week = This week
desk-report-this-month = This month
desk-report-this-quarter = This quarter
desk-report-this-year = This year
desk-report-last-month = Last month
desk-report-last-year = Last year
desk-report-months = Choose the months
    .hint = First choose the first month, then the last.
desk-report-from = From which month?
desk-report-to = Up to which month (included)?
desk-report-loading = Making the report.
desk-report-unreadable = The report cannot be made now. Try again in a moment.
# Which page of the report is on screen, e.g. "Page 2 of 8".
desk-report-page = Page { $page } of { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Previous
desk-report-next = Next
desk-report-up = Up
desk-report-down = Down
