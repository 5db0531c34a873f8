## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = د مرستندوي مینو

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = ایا سږکال تاسو لومړی ځل دې digipunt ته راغلي یاست؟
first-visit-yes = هو، سږکال دا لومړی ځل دی
first-visit-no = نه، سږکال دا لومړی ځل نه دی
first-visit-unknown = نه پوهېږم
first-visit-helper = د مرستندوي لپاره
first-visit-why = پوښتنه په لوړ غږ ولولئ. داسې پوهېږو چې له څو کسانو سره مرسته کوو. موږ هېڅ نوم نه ساتو.

## The menu

desk-title = د مرستندوي مینو
desk-quick = یوه مرسته ژر وشمېرئ
    .hint = مرسته په ټیلیفون، د کس په کور کې، یا د ګامونو له لېست پرته.
desk-batch = له کاغذ څخه یوه ورځ داخله کړئ
    .hint = یوه مرسته څو ځله وشمېرئ، په هغه ورځ چې تاسو یې ټاکئ.
desk-group = یوه ډله ییزه غونډه وشمېرئ
    .hint = د یوې ډلې لپاره ورکشاپ یا درس. دا جلا شمېرل کېږي.
desk-undo = یوه شمېرنه لغوه کړئ
    .hint = د دې کمپیوټر له وروستیو شمېرنو څخه یوه وټاکئ.
desk-leave = مینو وتړئ

## The questions, one per screen

desk-topic = مرسته د کومې موضوع په اړه وه؟
desk-group-topic = ډله ییزه غونډه د کومې موضوع په اړه وه؟
desk-task = تاسو کومه مرسته وکړه؟
desk-task-other = بل څه، موضوع: { $group }
desk-language = په کومه ژبه مو مرسته وکړه؟
desk-group-language = ډله ییزه غونډه په کومه ژبه وه؟
desk-outcome = مرسته څنګه پای ته ورسېده؟
desk-outcome-abandoned = نیمګړې پاتې شوه
desk-channel = مرسته مو څنګه وکړه؟
desk-channel-desk = په digipunt کې
desk-channel-phone = په ټیلیفون
desk-channel-home-visit = د کس په کور کې
desk-channel-group = په ډله کې
desk-first-visit = ایا دا کس سږکال لومړی ځل راغلی و؟
desk-first-visit-yes = هو، سږکال لومړی ځل
desk-first-visit-no = نه، سږکال لومړی ځل نه و
desk-first-visit-unknown = نه پوهېږم
desk-count = دا مرسته مو څو ځله وکړه؟
desk-attendees = څو کسان راغلي وو؟
desk-count-hint = له 1 څخه تر 99 پورې یوه شمېره ټایپ کړئ. یا د پورته او ښکته غشو تڼۍ وکاروئ. بیا Enter کېکاږئ.
desk-count-next = دوام
desk-key-more = ډېر
desk-key-less = لږ
desk-minutes = ډله ییزه غونډه څومره اوږده وه؟
desk-minutes-option = { $minutes } دقیقې
desk-day = په کومه ورځ؟
desk-day-today = نن: { $date }
desk-day-yesterday = پرون: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] دوشنبه
        [tue] سه شنبه
        [wed] چهارشنبه
        [thu] پنجشنبه
        [fri] جمعه
        [sat] شنبه
       *[sun] یکشنبه
    } { $date }
desk-daypart-morning = سهار
desk-daypart-afternoon = ماسپښین
desk-daypart-evening = ماښام

## Saving

desk-confirm = ایا دا سم دی؟
desk-batch-confirm = { $count ->
        [one] { $count } شمېرنه د { $day } لپاره خوندي شي؟
       *[other] { $count } شمېرنې د { $day } لپاره خوندي شي؟
    }
desk-group-confirm = دا ډله ییزه غونډه د { $day } لپاره خوندي شي؟
desk-save = خوندي کړئ
desk-save-keep = خوندي کړئ او همدا مرسته چمتو وساتئ
    .hint = بیا یوه تڼۍ همدا مرسته یو ځل بیا شمېري.
desk-daypart-change = د ورځې وخت: { $daypart }
    .hint = کېکاږئ، چې د ورځې بل وخت وټاکئ.
desk-keep-title = همدا مرسته یو ځل بیا؟
desk-save-again = یو ځل بیا خوندي کړئ
desk-new-entry = بله مرسته وشمېرئ
desk-to-menu = بېرته مینو ته
desk-saved = { $count ->
        [one] خوندي شو: { $entry }
       *[other] { $count } ځله خوندي شو: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = ډله ییزه غونډه: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } کس
       *[other] { $attendees } کسان
    } · { $minutes } دقیقې
desk-entry-when = { $day }، { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] هالنډي
        [fr] فرانسوي
        [de] الماني
        [en] انګلیسي
        [ar] عربي
        [uk] اوکرایني
        [ru] روسي
        [tr] ترکي
        [pl] پولنډي
        [ro] رومانیايي
        [es] هسپانوي
        [fa-AF] دري
        [ps] پښتو
        [ti] تیګرینیا
        [so] سومالي
       *[other] { $endonym }
    }

## Undo

desk-undo-title = کومه شمېرنه لغوه کوئ؟
desk-undo-hint = د دې کمپیوټر وروستۍ شمېرنې. تر ټولو نوې په سر کې ده.
desk-undo-loading = شمېرنې لوستل کېږي.
desk-undo-unreadable = شمېرنې اوس نشي لوستل کېدای. لږ وروسته بیا هڅه وکړئ.
desk-undo-empty = لا د لغوه کولو لپاره هېڅ نشته.
desk-undo-times = { $count } ځله: { $entry }
desk-undo-confirm = { $count ->
        [one] دا شمېرنه لغوه شي؟
       *[other] دا { $count } شمېرنې لغوه شي؟
    }
desk-undo-note = دا شمېرنه به نور ونه شمېرل شي. یوه نوې کرښه ورزیاتېږي چې هغه لغوه کوي. هېڅ شی نه ړنګېږي.
desk-undo-yes = هو، لغوه یې کړئ
desk-undo-all = ټولې { $count } لغوه کړئ
desk-undo-one = یوازې وروستۍ لغوه کړئ
desk-undo-no = نه، بېرته لېست ته
desk-undone = { $count ->
        [one] لغوه شوه: { $entry }
       *[other] { $count } ځله لغوه شوه: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = د مرستندوي PIN
desk-pin-ask = خپل PIN ټایپ کړئ. بیا Enter کېکاږئ.
# The button that sends the PIN typed.
desk-pin-open = مینو پرانیزئ
desk-pin-short = PIN لږ تر لږه { $count } عددونه لري.
desk-pin-wrong = دا PIN سم نه دی. بیا هڅه وکړئ.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] دا PIN سم نه دی. له { $seconds } ثانیې وروسته بیا هڅه وکړئ.
       *[other] دا PIN سم نه دی. له { $seconds } ثانیو وروسته بیا هڅه وکړئ.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] ډېر ځله غلط PIN ولیکل شو. مینو به له { $minutes } دقیقې وروسته بیا پرانیستل شي.
       *[other] ډېر ځله غلط PIN ولیکل شو. مینو به له { $minutes } دقیقو وروسته بیا پرانیستل شي.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = digipunt وتړئ
    .hint = پروګرام بشپړ بندېږي.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = راپور وګورئ
    .hint = په یوه موده کې مو څومره مرسته وکړه، د میلو په بڼه.
desk-report-period = د کومې مودې لپاره؟
desk-report-this-week = دا اونۍ
desk-report-this-month = دا میاشت
desk-report-this-quarter = د کال دا ربعه
desk-report-this-year = سږکال
desk-report-last-month = تېره میاشت
desk-report-last-year = تېر کال
desk-report-months = میاشتې پخپله وټاکئ
    .hint = لومړی لومړۍ میاشت وټاکئ، بیا وروستۍ میاشت.
desk-report-from = له کومې میاشتې؟
desk-report-to = د کومې میاشتې تر پایه؟
desk-report-loading = راپور جوړېږي.
desk-report-unreadable = راپور اوس نشي جوړېدای. لږ وروسته بیا هڅه وکړئ.
# Which page of the report is on screen, e.g. "پاڼه 2 له 8 څخه".
desk-report-page = پاڼه { $page } له { $pages } څخه
# The keys that turn the pages and move up and down a long page.
desk-report-previous = مخکینۍ پاڼه
desk-report-next = بله پاڼه
desk-report-up = پورته
desk-report-down = ښکته
