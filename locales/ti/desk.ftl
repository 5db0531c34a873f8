## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = ሜኑ ሓጋዚ

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = ኣብዚ ዓመት ናብዚ digipunt ንመጀመርታ ግዜ ዲኹም መጺእኩም?
first-visit-yes = እወ፣ ኣብዚ ዓመት ንመጀመርታ ግዜ እዩ
first-visit-no = ኣይፋል፣ ኣብዚ ዓመት ቅድሚ ሕጂ መጺአ ነይረ
first-visit-unknown = ኣይፈልጥን
first-visit-helper = ንሓጋዚ
first-visit-why = ነቲ ሕቶ ብድምጺ ኣንብቡ። ብኡ ኣቢልና ክንደይ ሰባት ከም እንሕግዝ ንፈልጥ። ዝኾነ ስም ኣይንዕቅብን።

## The menu

desk-title = ሜኑ ንሓጋዚ
desk-quick = ሓደ ሓገዝ ብቕልጡፍ ቑጸሩ
    .hint = ብተሌፎን፣ ኣብ ገዛ ብምብጻሕ ወይ ብዘይ ዝርዝር ስጉምትታት ዝተዋህበ ሓገዝ።
desk-batch = ካብ ወረቐት ሓደ መዓልቲ ኣእትዉ
    .hint = ተመሳሳሊ ሓገዝ ብዙሕ ግዜ ቑጸሩ፣ ኣብ ዝመረጽኩምዋ መዓልቲ።
desk-group = ናይ ጉጅለ ኣኼባ ቑጸሩ
    .hint = ንጉጅለ ዝተዳለወ ወርክሾፕ ወይ ትምህርቲ። በይኑ እዩ ዝቑጸር።
desk-undo = ሓደ ጸብጻብ ቁጽሪ ሰርዙ
    .hint = ካብቶም ናይዚ ኮምፒተር ናይ መወዳእታ ጸብጻባት ምረጹ።
desk-leave = ሜኑ ዕጸዉ

## The questions, one per screen

desk-topic = እቲ ሓገዝ ብዛዕባ እንታይ ነይሩ?
desk-group-topic = እቲ ናይ ጉጅለ ኣኼባ ብዛዕባ እንታይ ነይሩ?
desk-task = እንታይ ሓገዝ ሂብኩም?
desk-task-other = ካልእ ብዛዕባ: { $group }
desk-language = ብኣየናይ ቋንቋ ሓጊዝኩም?
desk-group-language = እቲ ናይ ጉጅለ ኣኼባ ብኣየናይ ቋንቋ ነይሩ?
desk-outcome = እቲ ሓገዝ ከመይ ተዛዚሙ?
desk-outcome-abandoned = ኣብ ማእከል ተቋሪጹ
desk-channel = ብኸመይ ሓጊዝኩም?
desk-channel-desk = ኣብ digipunt
desk-channel-phone = ብተሌፎን
desk-channel-home-visit = ኣብ ገዛ ብምብጻሕ
desk-channel-group = ብጉጅለ
desk-first-visit = እቲ ሰብ ኣብዚ ዓመት ንመጀመርታ ግዜ ድዩ መጺኡ?
desk-first-visit-yes = እወ፣ ኣብዚ ዓመት ንመጀመርታ ግዜ
desk-first-visit-no = ኣይፋል፣ ኣብዚ ዓመት ቅድሚ ሕጂ መጺኡ ነይሩ
desk-first-visit-unknown = ኣይፈልጥን
desk-count = ነዚ ሓገዝ ክንደይ ግዜ ሂብኩምዎ?
desk-attendees = ክንደይ ሰባት ነይሮም?
desk-count-hint = ካብ 1 ክሳብ 99 ቁጽሪ ጽሓፉ። ወይ ናይ ላዕልን ታሕትን ፍላጻታት ተጠቐሙ። ድሕሪኡ Enter ጠውቑ።
desk-count-next = ቀጽሉ
desk-key-more = ወስኹ
desk-key-less = ኣጉድሉ
desk-minutes = እቲ ናይ ጉጅለ ኣኼባ ክንደይ ግዜ ወሲዱ?
desk-minutes-option = { $minutes } ደቒቕ
desk-day = ኣብ ኣየናይ መዓልቲ?
desk-day-today = ሎሚ: { $date }
desk-day-yesterday = ትማሊ: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] ሰኑይ
        [tue] ሰሉስ
        [wed] ሮቡዕ
        [thu] ሓሙስ
        [fri] ዓርቢ
        [sat] ቀዳም
       *[sun] ሰንበት
    } { $date }
desk-daypart-morning = ንግሆ
desk-daypart-afternoon = ድሕሪ ቐትሪ
desk-daypart-evening = ምሸት

## Saving

desk-confirm = እዚ ቅኑዕ ድዩ?
desk-batch-confirm = { $count ->
        [one] ንመዓልቲ { $day } { $count } ጸብጻብ ይዕቀብ ዶ?
       *[other] ንመዓልቲ { $day } { $count } ጸብጻባት ይዕቀቡ ዶ?
    }
desk-group-confirm = እዚ ናይ ጉጅለ ኣኼባ ንመዓልቲ { $day } ይዕቀብ ዶ?
desk-save = ዕቀቡ
desk-save-keep = ዕቀቡ፣ ተመሳሳሊ ሓገዝ ድሉው ይጽናሕ
    .hint = ድሕሪኡ ሓደ ቁልፊ ነቲ ተመሳሳሊ ሓገዝ ደጊሙ ይቖጽሮ።
desk-daypart-change = ክፋል መዓልቲ: { $daypart }
    .hint = ካልእ ክፋል መዓልቲ ንምምራጽ ጠውቑ።
desk-keep-title = ተመሳሳሊ ሓገዝ ደጊምኩም ትቖጽሩ?
desk-save-again = ደጊምኩም ዕቀቡ
desk-new-entry = ካልእ ሓገዝ ቑጸሩ
desk-to-menu = ናብ ሜኑ ተመለሱ
desk-saved = { $count ->
        [one] ተዓቂቡ: { $entry }
       *[other] { $count } ግዜ ተዓቂቡ: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = ናይ ጉጅለ ኣኼባ: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } ተሳታፊ
       *[other] { $attendees } ተሳተፍቲ
    } · { $minutes } ደቒቕ
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] ሆላንድኛ
        [fr] ፈረንሳይኛ
        [de] ጀርመንኛ
        [en] እንግሊዝኛ
        [ar] ዓረብኛ
        [uk] ዩክሬንኛ
        [ru] ሩስያኛ
        [tr] ቱርክኛ
        [pl] ፖላንድኛ
        [ro] ሩማንኛ
        [es] ስጳንኛ
        [fa-AF] ዳሪ
        [ps] ፓሽቶ
        [ti] ትግርኛ
        [so] ሶማልኛ
       *[other] { $endonym }
    }

## Undo

desk-undo-title = ኣየናይ ጸብጻብ ክትሰርዙ ትደልዩ?
desk-undo-hint = ናይ መወዳእታ ጸብጻባት ናይዚ ኮምፒተር። እቲ ሓድሽ ኣብ ላዕሊ እዩ።
desk-undo-loading = እቶም ጸብጻባት ይንበቡ ኣለዉ።
desk-undo-unreadable = እቶም ጸብጻባት ሕጂ ክንበቡ ኣይክእሉን። ጸኒሕኩም ደጊምኩም ፈትኑ።
desk-undo-empty = ገና ዝስረዝ ነገር የለን።
desk-undo-times = { $count } ግዜ: { $entry }
desk-undo-confirm = { $count ->
        [one] እዚ ጸብጻብ ይሰረዝ ዶ?
       *[other] እዞም { $count } ጸብጻባት ይሰረዙ ዶ?
    }
desk-undo-note = እቲ ጸብጻብ ድሕሪ ሕጂ ኣይቑጸርን። ዝሰርዞ ሓድሽ መስመር ይውሰኽ። ዝድምሰስ ነገር የለን።
desk-undo-yes = እወ፣ ሰርዙ
desk-undo-all = ኩሎም { $count } ሰርዙ
desk-undo-one = ነቲ ናይ መወዳእታ ጥራይ ሰርዙ
desk-undo-no = ኣይፋል፣ ናብቲ ዝርዝር ተመለሱ
desk-undone = { $count ->
        [one] ተሰሪዙ: { $entry }
       *[other] { $count } ግዜ ተሰሪዙ: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN ናይ ሓጋዚ
desk-pin-ask = PIN ኹም ጽሓፉ። ድሕሪኡ Enter ጠውቑ።
# The button that sends the PIN typed.
desk-pin-open = ሜኑ ክፈቱ
desk-pin-short = PIN እንተወሓደ { $count } ኣሃዛት ኣለዎ።
desk-pin-wrong = እዚ PIN ቅኑዕ ኣይኮነን። እንደገና ፈትኑ።
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = እዚ PIN ቅኑዕ ኣይኮነን። ድሕሪ { $seconds } ካልኢት እንደገና ፈትኑ።
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = ብዙሕ ግዜ ጌጋ PIN ኣትዩ። ሜኑ ድሕሪ { $minutes } ደቒቕ እንደገና ይኽፈት።
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = digipunt ዕጸዉ
    .hint = እቲ ፕሮግራም ምሉእ ብምሉእ ይዕጾ።

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = ጸብጻብ ርኣዩ
    .hint = ኣብ ሓደ እዋን ክንደይ ሓገዝ ከም ዝሃብና፣ ብዓምድታት።
desk-report-period = ናይ ኣየናይ እዋን?
desk-report-this-week = እዚ ሰሙን
desk-report-this-month = እዚ ወርሒ
desk-report-this-quarter = እዚ ርብዒ ዓመት
desk-report-this-year = እዚ ዓመት
desk-report-last-month = ዝሓለፈ ወርሒ
desk-report-last-year = ዝሓለፈ ዓመት
desk-report-months = ወርሓት ባዕልኹም ምረጹ
    .hint = ቅድም ነቲ ቀዳማይ ወርሒ፣ ድሕሪኡ ነቲ ናይ መወዳእታ ምረጹ።
desk-report-from = ካብ ኣየናይ ወርሒ?
desk-report-to = ክሳብ ኣየናይ ወርሒ (ሓዊሱ)?
desk-report-loading = እቲ ጸብጻብ ይዳሎ ኣሎ።
desk-report-unreadable = እቲ ጸብጻብ ሕጂ ክዳሎ ኣይክእልን። ጸኒሕኩም ደጊምኩም ፈትኑ።
# Which page of the report is on screen, e.g. "ገጽ 2 ካብ 8".
desk-report-page = ገጽ { $page } ካብ { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = ዝሓለፈ ገጽ
desk-report-next = ቀጻሊ ገጽ
desk-report-up = ናብ ላዕሊ
desk-report-down = ናብ ታሕቲ
