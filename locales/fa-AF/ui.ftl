## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = زبان خود را انتخاب کنید
console-other-languages = این صفحه بعضی زبان ها را نشان داده نمی تواند: { $languages }. از رهنما یک صفحه دیگر بخواهید.

## How the citizen works

mode-title = چطور می خواهید کار کنید؟
mode-helper = با یک رهنما
    .hint = یک رهنما کنار شما می نشیند و به شما کمک می کند.
mode-self = به تنهایی
    .hint = شما خودتان مرحله ها را روی صفحه دنبال می کنید.

## Topics

topics-title = در چه کاری کمک می خواهید؟
category-money = پول و مالیات
category-work = کار
category-identity = هویت و ورود به حساب
category-health = صحت
category-family = خانواده
category-mobility = رفت و آمد
category-safety = امنیت در انترنت
category-basics = کمپیوتر و موبایل هوشمند

## What to bring

bring-title = به چه چیزهایی ضرورت دارید؟
bring-hint = آن را با خود دارید؟ دکمه همان عدد را فشار دهید تا علامت بخورد.
bring-missing = با خود ندارید؟
bring-start = با مرحله اول شروع کنید

## One step

step-progress = مرحله { $current } از { $total }
step-next = انجام شد، مرحله بعدی
step-finish = انجام شد، این آخرین مرحله بود
step-return-next = انجام شد، برگشت به: { $checklist }
step-problem = این کار نمی شود
step-back = مرحله قبلی
step-secret-citizen = کود خود را خودتان تایپ کنید. نگذارید کسی ببیند.
step-secret-helper = رهنما: به طرف دیگر نگاه کنید. هرگز کود شخصی را که به او کمک می کنید، تایپ نکنید.
step-tip = نکته برای رهنما
step-return = بعد از آن ادامه می دهید با: { $checklist }

## Problems

problems-title = کدام کار نمی شود؟
problem-try = این را امتحان کنید:
problem-show-referral = کجا می توانم کمک بگیرم؟
problem-goto = ادامه با: { $checklist }
problem-back = برگشت به مرحله

## Referral

referral-title = اینجا می توانید کمک بگیرید
referral-phone = تیلفون: { $phone }
referral-web = ویب سایت: { $web }
referral-address = آدرس: { $address }
referral-hours = ساعات کار: { $hours }
referral-ask-helper = آدرس را از رهنما بپرسید.
referral-bring = با خود ببرید:
referral-back = برگشت به مرحله
referral-finish = توقف و پایان

## End of the help

outcome-title = نتیجه چطور شد؟
outcome-done = انجام شد
outcome-partly = یک قسمت آن انجام شد
outcome-referred = به جای دیگر فرستاده شد
outcome-later = بعدا ادامه می دهیم
outcome-self-title = آیا کار انجام شد؟
outcome-self-yes = بلی، کار انجام شد
outcome-self-partly = یک قسمت کار انجام شد
outcome-self-no = نخیر، کار انجام نشد
thanks-title = تشکر!
thanks-body = موفق باشید. تا دفعه بعد.
thanks-again = دوباره شروع کنید

## Nobody touched the kiosk for a while

idle-title = هنوز اینجا هستید؟
idle-body = { $seconds ->
        [one] صفحه بعد از { $seconds } ثانیه دوباره شروع می شود.
       *[other] صفحه بعد از { $seconds } ثانیه دوباره شروع می شود.
    } برای ادامه، یک دکمه را فشار دهید.
idle-continue = بلی، هنوز اینجا هستم

## Take-home summary (printed or saved; no personal data)

summary-title = کارهایی که امروز انجام دادید
summary-done = انجام شد:
summary-open = هنوز باید انجام شود:
summary-more = { $count ->
        [one] و { $count } مرحله دیگر.
       *[other] و { $count } مرحله دیگر.
    }
summary-go = بروید به:
summary-bring = دفعه بعد با خود بیاورید:
summary-print = چاپ کنید تا با خود ببرید
summary-finish = تمام
summary-printed = ورق چاپ می شود. آن را با خود ببرید.
summary-saved = در { $path } ذخیره شد. از رهنما بخواهید که آن را چاپ کند.
summary-failed = چاپ و ذخیره کردن نمی شود. چیزهایی را که ضرورت دارید، روی کاغذ بنویسید.
summary-copy = نسخه هالندی، برای کارمند دفتر:

## Keys shown at the bottom of the screen

key-back = برگشت
key-language = زبان
key-helper-language = زبان رهنما
key-speak = بلند خواندن
key-stop = توقف
key-choose = انتخاب

## Messages for the helper

too-small = پنجره را بزرگتر کنید.
    .size = لازم: { $width } × { $height }. حالا: { $current_width } × { $current_height }.
store-warning = شمارش ذخیره نشد. کمک مثل همیشه ادامه دارد. شمارش هایی که هنوز ذخیره نشده اند: { $pending }.
store-unavailable = فعلا شمارش ها ذخیره شده نمی توانند. کمک مثل همیشه ادامه دارد.
draft-locale = این ترجمه هنوز بررسی نشده است.
helper-language-choose = زبان رهنما را انتخاب کنید
helper-pane = برای رهنما ({ $language })
checked-on = بررسی شده در { $date }
