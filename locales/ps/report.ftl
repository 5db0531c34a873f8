## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).
## Translated from Dutch, the source language.

report-title = د digipunt راپور
report-period = موده: له { $from } څخه د { $to } ورځې تر پایه

## Reach: how many people were helped, against the target for the year.
report-reach = پوښښ
report-interactions = د مرستو شمېر
report-people = هغه کسان چې مرسته ورسره وشوه (اټکل)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = لږ تر لږه { $count }
report-target = د سږکال هدف (د کسانو شمېر)
report-target-part = د هدف پوره شوې برخه
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $target ->
        [one] { $people } له { $target } کس څخه (د سږکال هدف)
       *[other] { $people } له { $target } کسانو څخه (د سږکال هدف)
    }

## The tables.
report-by-category = په څه کې مو مرسته وکړه
report-by-language = په کومه ژبه
report-by-outcome = پایله څنګه وه
report-by-mode = له مرستندوي سره یا بې له هغه
report-by-channel = چېرته مو مرسته وکړه
report-problems = هغه ستونزې چې تر ټولو ډېرې پېښې شوې
report-referrals = چېرته مو خلک تر ټولو ډېر ولېږل
report-sessions = ډله ییزې غونډې
report-sessions-count = د غونډو شمېر
report-sessions-attendees = د ګډونوالو شمېر
report-sessions-minutes = ټولې دقیقې
report-by-week = په هره اونۍ کې د مرستو شمېر
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = د مرستو شمېر: { $groups }
report-count = شمېر
report-total = ټولټال
report-week = اونۍ { $week } (له { $monday } څخه)
# For screen readers, with every chart.
report-chart = میله ییز ګراف. تر څنګ یې جدول همدا شمېرې ښيي.
report-withheld = په هره ډله کې شمېر د ښودلو لپاره ډېر لږ دی. داسې هېڅوک نشي پېژندل کېدای.
report-empty = په دې موده کې هېڅ شی نه دی شمېرل شوی.

## What the signs mean, under the report.
report-legend-small = { $marker } یعنې: له { $threshold } څخه لږ. موږ کوچنۍ شمېرې نه ښیو. داسې هېڅوک نشي پېژندل کېدای.
report-legend-hidden = { $marker } یعنې: نه ښودل کېږي. که وښودل شي، یوه کوچنۍ شمېره حسابېدای شي.
report-legend-people = د کسانو شمېر اټکل دی. په هره مرسته کې پوښتو: ایا سږکال دا لومړی ځل دی؟

## Names of codes in the log.
report-unknown = نامعلوم
report-problem-none = ستونزه نه وه
report-referral-none = بل ځای ته ونه لېږل شو
report-mode-assisted = له مرستندوي سره
report-mode-self = یوازې، بې له مرستندوي
report-channel-desk = په digipunt کې
report-channel-phone = په ټیلیفون
report-channel-home-visit = د کس په کور کې
report-channel-group = په ډله کې
report-first-visit-yes = سږکال لومړی ځل
report-first-visit-no = سږکال مخکې هم راغلی و
report-daypart-morning = سهار
report-daypart-afternoon = ماسپښین
report-daypart-evening = ماښام
outcome-abandoned = تر پای مخکې ودرېده

## Column heads: what a table is counted by.
report-dimension-task = دنده
report-dimension-category = موضوع
report-dimension-language = ژبه
report-dimension-outcome = پایله
report-dimension-problem = ستونزه
report-dimension-mode = د کار طریقه
report-dimension-channel = ځای
report-dimension-first-visit = لومړی ځل
report-dimension-age-band = عمر
report-dimension-kiosk = digipunt
report-dimension-week = اونۍ
report-dimension-month = میاشت
report-dimension-daypart = د ورځې وخت
report-dimension-referral = د لېږلو ځای
