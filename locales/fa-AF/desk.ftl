## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = منوی رهنما

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = آیا امسال اولین بار است که به این digipunt می آیید؟
first-visit-yes = بلی، امسال اولین بار است
first-visit-no = نخیر، امسال قبلا هم اینجا آمده ام
first-visit-unknown = نمی دانم
first-visit-helper = برای رهنما
first-visit-why = سوال را بلند بخوانید. به این ترتیب می دانیم به چند نفر کمک می کنیم. ما هیچ نامی را نگه نمی داریم.

## The menu

desk-title = منوی رهنما
desk-quick = شمارش سریع یک کمک
    .hint = کمک از راه تیلفون، در خانه شخص یا بدون لیست مرحله ها.
desk-batch = وارد کردن یک روز از روی کاغذ
    .hint = یک کمک را چند بار بشمارید، در روزی که انتخاب می کنید.
desk-group = شمارش یک جلسه گروهی
    .hint = ورکشاپ یا درس برای یک گروه. جدا شمرده می شود.
desk-undo = لغو یک شمارش
    .hint = از آخرین شمارش های این کمپیوتر انتخاب کنید.
desk-leave = بستن منو

## The questions, one per screen

desk-topic = کمک در باره کدام موضوع بود؟
desk-group-topic = جلسه گروهی در باره کدام موضوع بود؟
desk-task = چه کمکی کردید؟
desk-task-other = کار دیگری در باره: { $group }
desk-language = به کدام زبان کمک کردید؟
desk-group-language = جلسه گروهی به کدام زبان بود؟
desk-outcome = کمک چطور تمام شد؟
desk-outcome-abandoned = نیمه کاره ماند
desk-channel = چطور کمک کردید؟
desk-channel-desk = در digipunt
desk-channel-phone = از راه تیلفون
desk-channel-home-visit = در خانه شخص
desk-channel-group = در یک گروه
desk-first-visit = آیا شخص امسال اولین بار آمده بود؟
desk-first-visit-yes = بلی، امسال اولین بار
desk-first-visit-no = نخیر، امسال قبلا هم آمده بود
desk-first-visit-unknown = نمی دانم
desk-count = این کمک را چند بار کردید؟
desk-attendees = چند نفر آمده بودند؟
desk-count-hint = یک عدد از 1 تا 99 تایپ کنید. یا دکمه های تیر بالا و پایین را فشار دهید. بعد Enter را فشار دهید.
desk-count-next = ادامه
desk-key-more = بیشتر
desk-key-less = کمتر
desk-minutes = جلسه گروهی چقدر طول کشید؟
desk-minutes-option = { $minutes } دقیقه
desk-day = در کدام روز؟
desk-day-today = امروز: { $date }
desk-day-yesterday = دیروز: { $date }
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
desk-daypart-morning = قبل از ظهر
desk-daypart-afternoon = بعد از ظهر
desk-daypart-evening = شام

## Saving

desk-confirm = آیا این درست است؟
desk-batch-confirm = { $count ->
        [one] { $count } شمارش برای { $day } ذخیره شود؟
       *[other] { $count } شمارش برای { $day } ذخیره شود؟
    }
desk-group-confirm = این جلسه گروهی برای { $day } ذخیره شود؟
desk-save = ذخیره
desk-save-keep = ذخیره و آماده کردن همین کمک
    .hint = بعد از آن، یک دکمه همین کمک را یک بار دیگر می شمارد.
desk-daypart-change = وقت روز: { $daypart }
    .hint = فشار دهید تا وقت دیگری از روز را انتخاب کنید.
desk-keep-title = همین کمک یک بار دیگر؟
desk-save-again = یک بار دیگر ذخیره
desk-new-entry = شمارش یک کمک دیگر
desk-to-menu = برگشت به منو
desk-saved = { $count ->
        [one] ذخیره شد: { $entry }
       *[other] { $count } بار ذخیره شد: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = جلسه گروهی: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } نفر
       *[other] { $attendees } نفر
    } · { $minutes } دقیقه
desk-entry-when = { $day }، { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] هالندی
        [fr] فرانسوی
        [de] آلمانی
        [en] انگلیسی
        [ar] عربی
        [uk] اوکراینی
        [ru] روسی
        [tr] ترکی
        [pl] پولندی
        [ro] رومانیایی
        [es] هسپانوی
        [fa-AF] دری
        [ps] پشتو
        [ti] تیگرینیا
        [so] سومالیایی
       *[other] { $endonym }
    }

## Undo

desk-undo-title = کدام شمارش را لغو می کنید؟
desk-undo-hint = آخرین شمارش های این کمپیوتر. جدیدترین در بالا است.
desk-undo-loading = شمارش ها خوانده می شوند.
desk-undo-unreadable = حالا شمارش ها خوانده نمی شوند. کمی بعد دوباره کوشش کنید.
desk-undo-empty = هنوز چیزی برای لغو کردن نیست.
desk-undo-times = { $count } بار: { $entry }
desk-undo-confirm = { $count ->
        [one] این شمارش لغو شود؟
       *[other] این { $count } شمارش لغو شود؟
    }
desk-undo-note = آن شمارش دیگر حساب نمی شود. یک سطر جدید اضافه می شود که آن را باطل می کند. هیچ چیز پاک نمی شود.
desk-undo-yes = بلی، لغو شود
desk-undo-all = هر { $count } شمارش لغو شود
desk-undo-one = فقط آخری لغو شود
desk-undo-no = نخیر، برگشت به لیست
desk-undone = { $count ->
        [one] لغو شد: { $entry }
       *[other] { $count } بار لغو شد: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = رمز PIN رهنما
desk-pin-ask = رمز PIN خود را تایپ کنید. بعد Enter را فشار دهید.
# The button that sends the PIN typed.
desk-pin-open = باز کردن منو
desk-pin-short = رمز PIN حداقل { $count } رقم دارد.
desk-pin-wrong = این رمز PIN درست نیست. دوباره کوشش کنید.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = این رمز PIN درست نیست. بعد از { $seconds } ثانیه دوباره کوشش کنید.
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = رمز PIN نادرست چند بار وارد شد. منو بعد از { $minutes } دقیقه دوباره باز می شود.
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = بستن digipunt
    .hint = برنامه کاملا بسته می شود.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = دیدن گزارش
    .hint = در یک دوره چقدر کمک کردیم، به شکل ستون ها.
desk-report-period = برای کدام دوره؟
desk-report-this-week = این هفته
desk-report-this-month = این ماه
desk-report-this-quarter = این ربع سال
desk-report-this-year = امسال
desk-report-last-month = ماه گذشته
desk-report-last-year = سال گذشته
desk-report-months = خودتان ماه ها را انتخاب کنید
    .hint = اول ماه اول را انتخاب کنید، بعد ماه آخر را.
desk-report-from = از کدام ماه؟
desk-report-to = تا آخر کدام ماه؟
desk-report-loading = گزارش آماده می شود.
desk-report-unreadable = حالا گزارش آماده نمی شود. کمی بعد دوباره کوشش کنید.
# Which page of the report is on screen, e.g. "صفحه 2 از 8".
desk-report-page = صفحه { $page } از { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = صفحه قبلی
desk-report-next = صفحه بعدی
desk-report-up = بالا
desk-report-down = پایین
