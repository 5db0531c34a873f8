## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).
## Translated from Dutch, the source language.

report-title = تقرير digipunt
report-period = الفترة: من { $from } حتى { $to } ضمنا

## Reach: how many people were helped, against the target for the year.
report-reach = مدى الوصول
report-interactions = عدد مرات المساعدة
report-people = الأشخاص الذين ساعدناهم (تقدير)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = على الأقل { $count }
report-target = هدف هذا العام (عدد الأشخاص)
report-target-part = نسبة تحقيق الهدف
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $target ->
        [zero] { $people } من أصل { $target } شخص (هدف هذا العام)
        [one] { $people } من أصل شخص واحد (هدف هذا العام)
        [two] { $people } من أصل شخصين (هدف هذا العام)
        [few] { $people } من أصل { $target } أشخاص (هدف هذا العام)
        [many] { $people } من أصل { $target } شخصا (هدف هذا العام)
       *[other] { $people } من أصل { $target } شخص (هدف هذا العام)
    }

## The tables.
report-by-category = بماذا ساعدنا
report-by-language = بأي لغة
report-by-outcome = كيف انتهت المساعدة
report-by-mode = مع مساعد أو بدون مساعد
report-by-channel = أين ساعدنا
report-problems = المشاكل الأكثر تكرارا
report-referrals = أكثر الجهات التي وجهنا الناس إليها
report-sessions = الجلسات الجماعية
report-sessions-count = عدد الجلسات
report-sessions-attendees = عدد المشاركين
report-sessions-minutes = مجموع الدقائق
report-by-week = عدد مرات المساعدة في كل أسبوع
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = عدد مرات المساعدة: { $groups }
report-count = العدد
report-total = المجموع
report-week = الأسبوع { $week } (ابتداء من { $monday })
# For screen readers, with every chart.
report-chart = رسم بياني بالأعمدة. الجدول المجاور يعرض نفس الأعداد.
report-withheld = العدد في كل مجموعة قليل جدا، فلا نعرضه. هكذا لا يمكن التعرف على أي شخص.
report-empty = لم يتم عد أي شيء في هذه الفترة.

## What the signs mean, under the report.
report-legend-small = { $marker } يعني: أقل من { $threshold }. لا نعرض الأعداد الصغيرة. هكذا لا يمكن التعرف على أي شخص.
report-legend-hidden = { $marker } يعني: غير معروض. لو عرضناه، لأمكن حساب عدد صغير.
report-legend-people = عدد الأشخاص تقدير. في كل مساعدة نسأل: هل هذه أول مرة هذا العام؟

## Names of codes in the log.
report-unknown = غير معروف
report-problem-none = بدون مشكلة
report-referral-none = بدون توجيه
report-mode-assisted = مع مساعد
report-mode-self = وحده، بدون مساعد
report-channel-desk = في digipunt
report-channel-phone = بالهاتف
report-channel-home-visit = في بيت الشخص
report-channel-group = في مجموعة
report-first-visit-yes = أول مرة هذا العام
report-first-visit-no = جاء من قبل هذا العام
report-daypart-morning = الصباح
report-daypart-afternoon = بعد الظهر
report-daypart-evening = المساء
outcome-abandoned = توقف قبل النهاية

## Column heads: what a table is counted by.
report-dimension-task = المهمة
report-dimension-category = الموضوع
report-dimension-language = اللغة
report-dimension-outcome = النتيجة
report-dimension-problem = المشكلة
report-dimension-mode = طريقة العمل
report-dimension-channel = المكان
report-dimension-first-visit = أول مرة
report-dimension-age-band = العمر
report-dimension-kiosk = digipunt
report-dimension-week = الأسبوع
report-dimension-month = الشهر
report-dimension-daypart = فترة اليوم
report-dimension-referral = جهة التوجيه
