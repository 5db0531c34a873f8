## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = خپله ژبه وټاکئ
console-other-languages = دا سکرین ځینې ژبې نشي ښودلای: { $languages }. له مرستندوي څخه بل سکرین وغواړئ.

## How the citizen works

mode-title = څنګه غواړئ کار وکړئ؟
mode-helper = له مرستندوي سره
    .hint = یو مرستندوی ستاسو تر څنګ ناست دی او له تاسو سره مرسته کوي.
mode-self = یوازې
    .hint = تاسو پخپله په سکرین کې ګامونه تعقیبوئ.

## Topics

topics-title = په څه کې مرسته غواړئ؟
category-money = پیسې او مالیات
category-work = کار
category-identity = هویت او حساب ته ننوتل
category-health = روغتیا
category-family = کورنۍ
category-mobility = تګ راتګ
category-safety = په انټرنیټ کې خوندیتوب
category-basics = کمپیوټر او سمارټ فون

## What to bring

bring-title = تاسو څه ته اړتیا لرئ؟
bring-hint = دا درسره دی؟ د هغه شمېره کېکاږئ، چې نښه شي.
bring-missing = درسره نه دی؟
bring-start = له لومړي ګام څخه پیل وکړئ

## One step

step-progress = ګام { $current } له { $total } څخه
step-next = وشو، بل ګام
step-finish = وشو، دا وروستی ګام و
step-return-next = وشو، بېرته ورګرځئ: { $checklist }
step-problem = دا نه کېږي
step-back = مخکینی ګام
step-secret-citizen = خپل کوډ پخپله ټایپ کړئ. مه پرېږدئ چې څوک یې وګوري.
step-secret-helper = مرستندوی: بلې خوا ته وګورئ. هېڅکله د هغه کس کوډ مه ټایپ کوئ چې تاسو ورسره مرسته کوئ.
step-tip = مرستندوي ته لارښوونه
step-return = له دې وروسته، په دې کار دوام ورکوئ: { $checklist }

## Problems

problems-title = څه نه کېږي؟
problem-try = دا وازمایئ:
problem-show-referral = چېرته مرسته ترلاسه کولای شم؟
problem-goto = دوام ورکړئ: { $checklist }
problem-back = بېرته ګام ته

## Referral

referral-title = دلته مرسته ترلاسه کولای شئ
referral-phone = ټیلیفون: { $phone }
referral-web = ویب پاڼه: { $web }
referral-address = پته: { $address }
referral-hours = د کار وخت: { $hours }
referral-ask-helper = پته له مرستندوي څخه وپوښتئ.
referral-bring = له ځان سره یې یوسئ:
referral-back = بېرته ګام ته
referral-finish = ودرول او پای

## End of the help

outcome-title = پایله څنګه وه؟
outcome-done = وشو
outcome-partly = یوه برخه یې وشوه
outcome-referred = بل ځای ته ولېږل شو
outcome-later = وروسته دوام
outcome-self-title = ایا کار وشو؟
outcome-self-yes = هو، کار وشو
outcome-self-partly = یوه برخه یې وشوه
outcome-self-no = نه، کار ونشو
thanks-title = مننه!
thanks-body = بریالي اوسئ. تر بل ځل پورې.
thanks-again = بیا پیل کړئ

## Nobody touched the kiosk for a while

idle-title = لا دلته یاست؟
idle-body = { $seconds ->
        [one] سکرین به په { $seconds } ثانیه کې بیا پیل شي.
       *[other] سکرین به په { $seconds } ثانیو کې بیا پیل شي.
    } د دوام لپاره یوه تڼۍ کېکاږئ.
idle-continue = هو، لا دلته یم

## Take-home summary (printed or saved; no personal data)

summary-title = هغه څه چې نن مو وکړل
summary-done = وشول:
summary-open = لا باید وشي:
summary-more = { $count ->
        [one] او { $count } نور ګام.
       *[other] او { $count } نور ګامونه.
    }
summary-go = دې ځای ته ورشئ:
summary-bring = بل ځل له ځان سره راوړئ:
summary-print = چاپ یې کړئ، چې له ځان سره یې یوسئ
summary-finish = پای
summary-printed = پاڼه چاپېږي. له ځان سره یې یوسئ.
summary-saved = په { $path } کې خوندي شو. له مرستندوي وغواړئ چې چاپ یې کړي.
summary-failed = چاپ او خوندي کول نه کېږي. هغه څه چې اړتیا ورته لرئ، ولیکئ.
summary-copy = هالنډي نسخه، د دفتر د کارکوونکي لپاره:

## Keys shown at the bottom of the screen

key-back = شاته
key-language = ژبه
key-helper-language = د مرستندوي ژبه
key-speak = په غږ لوستل
key-stop = ودرول
key-choose = ټاکل

## Messages for the helper

too-small = کړکۍ لویه کړئ.
    .size = اړتیا: { $width } × { $height }. اوس: { $current_width } × { $current_height }.
store-warning = شمېرنه خوندي نه شوه. مرسته د معمول په څېر دوام لري. هغه شمېرنې چې لا خوندي شوې نه دي: { $pending }.
store-unavailable = شمېرنې اوس نه شي خوندي کېدای. مرسته د معمول په څېر دوام لري.
draft-locale = دا ژباړه لا نه ده کتل شوې.
helper-language-choose = د مرستندوي ژبه وټاکئ
helper-pane = د مرستندوي لپاره ({ $language })
checked-on = په { $date } وکتل شوه
