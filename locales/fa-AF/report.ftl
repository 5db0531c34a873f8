## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).
## Translated from Dutch, the source language.

report-title = گزارش digipunt
report-period = دوره: از { $from } تا پایان روز { $to }

## Reach: how many people were helped, against the target for the year.
report-reach = پوشش
report-interactions = تعداد دفعات کمک
report-people = کسانی که به آنها کمک شد (تخمین)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = دست کم { $count }
report-target = هدف امسال (تعداد افراد)
report-target-part = رسیدن به هدف
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $people } از { $target } نفر (هدف امسال)

## The tables.
report-by-category = در چه کاری کمک کردیم
report-by-language = به کدام زبان
report-by-outcome = کمک چطور تمام شد
report-by-mode = با رهنما یا بدون رهنما
report-by-channel = در کجا کمک کردیم
report-problems = مشکلاتی که بیشتر پیش آمد
report-referrals = جاهایی که بیشتر از همه به آنجا فرستادیم
report-sessions = جلسه های گروهی
report-sessions-count = جلسه ها
report-sessions-attendees = شرکت کنندگان
report-sessions-minutes = مجموع دقیقه ها
report-by-week = تعداد دفعات کمک در هر هفته
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = تعداد دفعات کمک: { $groups }
report-count = تعداد
report-total = مجموع
report-week = هفته { $week } (از { $monday })
# For screen readers, with every chart.
report-chart = نمودار ستونی. جدول کنار آن همین اعداد را نشان می دهد.
report-withheld = تعداد در هر گروه برای نشان دادن بسیار کم است. به این ترتیب هیچ کس شناسایی شده نمی تواند.
report-empty = در این دوره هیچ چیزی شمرده نشد.

## What the signs mean, under the report.
report-legend-small = { $marker } یعنی: کمتر از { $threshold }. ما اعداد کوچک را نشان نمی دهیم. به این ترتیب هیچ کس شناسایی شده نمی تواند.
report-legend-hidden = { $marker } یعنی: نشان داده نشده. در غیر آن، یک عدد کوچک را می شود حساب کرد.
report-legend-people = تعداد افراد یک تخمین است. در هر کمک می پرسیم: آیا امسال اولین بار است؟

## Names of codes in the log.
report-unknown = نامعلوم
report-problem-none = بدون مشکل
report-referral-none = به جای دیگر فرستاده نشد
report-mode-assisted = با یک رهنما
report-mode-self = به تنهایی، بدون رهنما
report-channel-desk = در digipunt
report-channel-phone = از راه تیلفون
report-channel-home-visit = در خانه شخص
report-channel-group = در یک گروه
report-first-visit-yes = امسال اولین بار
report-first-visit-no = امسال قبلا هم آمده بود
report-daypart-morning = قبل از ظهر
report-daypart-afternoon = بعد از ظهر
report-daypart-evening = شام
outcome-abandoned = قبل از پایان متوقف شد

## Column heads: what a table is counted by.
report-dimension-task = نوع کمک
report-dimension-category = موضوع
report-dimension-language = زبان
report-dimension-outcome = نتیجه
report-dimension-problem = مشکل
report-dimension-mode = طرز کار
report-dimension-channel = محل
report-dimension-first-visit = اولین بار
report-dimension-age-band = سن
report-dimension-kiosk = digipunt
report-dimension-week = هفته
report-dimension-month = ماه
report-dimension-daypart = وقت روز
report-dimension-referral = فرستاده شده به
