## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = اختر لغتك
console-other-languages = هذه الشاشة لا تستطيع عرض بعض اللغات: { $languages }. اطلب من المساعد شاشة أخرى.

## How the citizen works

mode-title = كيف تريد أن تعمل؟
mode-helper = مع مساعد
    .hint = يجلس مساعد بجانبك ويساعدك.
mode-self = وحدك
    .hint = تتبع الخطوات على الشاشة بنفسك.

## Topics

topics-title = في أي موضوع تحتاج مساعدة؟
category-money = المال والضرائب
category-work = العمل
category-identity = الهوية وتسجيل الدخول
category-health = الصحة
category-family = العائلة
category-mobility = التنقل
category-safety = الأمان على الإنترنت
category-basics = الكمبيوتر والهاتف الذكي

## What to bring

bring-title = ماذا تحتاج؟
bring-hint = هل هو معك؟ اضغط على رقمه لتضع عليه علامة.
bring-missing = ليس معك؟
bring-start = ابدأ بالخطوة الأولى

## One step

step-progress = الخطوة { $current } من { $total }
step-next = تم بنجاح، الخطوة التالية
step-finish = تم بنجاح، هذه كانت الخطوة الأخيرة
step-return-next = تم بنجاح، العودة إلى: { $checklist }
step-problem = لم ينجح هذا
step-back = الخطوة السابقة
step-secret-citizen = اكتب رمزك بنفسك. لا تسمح لأي شخص أن يرى ما تكتب.
step-secret-helper = أيها المساعد: أبعد نظرك. لا تكتب أبدا رمز الشخص الذي تساعده.
step-tip = نصيحة للمساعد
step-return = بعد ذلك تكمل مع: { $checklist }

## Problems

problems-title = ما الذي لا ينجح؟
problem-try = جرب هذا:
problem-show-referral = أين أجد المساعدة؟
problem-goto = أكمل مع: { $checklist }
problem-back = الرجوع إلى الخطوة

## Referral

referral-title = هنا تجد المساعدة
referral-phone = الهاتف: { $phone }
referral-web = الموقع: { $web }
referral-address = العنوان: { $address }
referral-hours = مفتوح: { $hours }
referral-ask-helper = اطلب العنوان من المساعد.
referral-bring = خذ معك:
referral-back = الرجوع إلى الخطوة
referral-finish = توقف وأغلق

## End of the help

outcome-title = كيف كانت النتيجة؟
outcome-done = نجح
outcome-partly = نجح جزء منه
outcome-referred = تم التوجيه إلى جهة أخرى
outcome-later = نكمل لاحقا
outcome-self-title = هل نجح الأمر؟
outcome-self-yes = نعم، نجح الأمر
outcome-self-partly = نجح جزء منه
outcome-self-no = لا، لم ينجح الأمر
thanks-title = شكرا!
thanks-body = بالتوفيق. إلى اللقاء في المرة القادمة.
thanks-again = ابدأ من جديد

## Nobody touched the kiosk for a while

idle-title = هل ما زلت هنا؟
idle-body = { $seconds ->
        [zero] ستبدأ الشاشة من جديد الآن.
        [one] ستبدأ الشاشة من جديد بعد ثانية واحدة.
        [two] ستبدأ الشاشة من جديد بعد ثانيتين.
        [few] ستبدأ الشاشة من جديد بعد { $seconds } ثوان.
        [many] ستبدأ الشاشة من جديد بعد { $seconds } ثانية.
       *[other] ستبدأ الشاشة من جديد بعد { $seconds } ثانية.
    } اضغط على أي زر لتكمل.
idle-continue = نعم، ما زلت هنا

## Take-home summary (printed or saved; no personal data)

summary-title = ما قمت به اليوم
summary-done = تم:
summary-open = ما زال عليك:
summary-more = { $count ->
        [zero] ولا خطوات أخرى.
        [one] وخطوة أخرى واحدة.
        [two] وخطوتان أخريان.
        [few] و{ $count } خطوات أخرى.
        [many] و{ $count } خطوة أخرى.
       *[other] و{ $count } خطوة أخرى.
    }
summary-go = اذهب إلى:
summary-bring = أحضر معك في المرة القادمة:
summary-print = اطبع الورقة لتأخذها معك
summary-finish = انتهيت
summary-printed = الورقة قيد الطباعة. خذها معك.
summary-saved = تم الحفظ في { $path }. اطلب من المساعد أن يطبعها.
summary-failed = لا يمكن الطباعة أو الحفظ. اكتب ما تحتاجه.
summary-copy = النسخة الهولندية، للشباك:

## Keys shown at the bottom of the screen

key-back = رجوع
key-language = اللغة
key-helper-language = لغة المساعد
key-speak = القراءة بصوت عال
key-stop = إيقاف
key-choose = اختيار

## Messages for the helper

too-small = اجعل النافذة أكبر.
    .size = المطلوب: { $width } × { $height }. الآن: { $current_width } × { $current_height }.
store-warning = لم يتم حفظ العد. المساعدة تستمر بشكل عادي. عدد غير محفوظ بعد: { $pending }.
store-unavailable = لا يمكن حفظ العد الآن. المساعدة تستمر بشكل عادي.
draft-locale = لم تتم مراجعة هذه الترجمة بعد.
helper-language-choose = اختر لغة المساعد
helper-pane = للمساعد ({ $language })
checked-on = تمت المراجعة في { $date }
