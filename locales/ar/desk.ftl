## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = قائمة المساعد

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = هل تأتي إلى هذا digipunt لأول مرة هذا العام؟
first-visit-yes = نعم، هذه أول مرة هذا العام
first-visit-no = لا، جئت إلى هنا من قبل في هذا العام
first-visit-unknown = لا أعرف
first-visit-helper = للمساعد
first-visit-why = اقرأ السؤال بصوت عال. هكذا نعرف كم شخصا نساعد. لا نحفظ أي اسم.

## The menu

desk-title = قائمة المساعد
desk-quick = تسجيل مساعدة بسرعة
    .hint = مساعدة بالهاتف، في زيارة منزلية أو بدون قائمة خطوات.
desk-batch = إدخال يوم من الورق
    .hint = سجل نفس المساعدة عدة مرات، في يوم تختاره.
desk-group = تسجيل جلسة جماعية
    .hint = ورشة عمل أو درس لمجموعة. تحسب بشكل منفصل.
desk-undo = إلغاء عملية عد
    .hint = اختر من آخر عمليات العد على هذا الكمبيوتر.
desk-leave = إغلاق القائمة

## The questions, one per screen

desk-topic = في أي موضوع كانت المساعدة؟
desk-group-topic = في أي موضوع كانت الجلسة الجماعية؟
desk-task = ما المساعدة التي قدمتها؟
desk-task-other = شيء آخر في: { $group }
desk-language = بأي لغة قدمت المساعدة؟
desk-group-language = بأي لغة كانت الجلسة الجماعية؟
desk-outcome = كيف انتهت المساعدة؟
desk-outcome-abandoned = توقف قبل النهاية
desk-channel = كيف قدمت المساعدة؟
desk-channel-desk = في digipunt
desk-channel-phone = بالهاتف
desk-channel-home-visit = في زيارة منزلية
desk-channel-group = في مجموعة
desk-first-visit = هل جاء الشخص لأول مرة هذا العام؟
desk-first-visit-yes = نعم، أول مرة هذا العام
desk-first-visit-no = لا، جاء من قبل في هذا العام
desk-first-visit-unknown = لا أعرف
desk-count = كم مرة قدمت هذه المساعدة؟
desk-attendees = كم شخصا حضر؟
desk-count-hint = اكتب رقما من 1 إلى 99. أو استعمل السهمين إلى الأعلى وإلى الأسفل. ثم اضغط على Enter.
desk-count-next = متابعة
desk-key-more = أكثر
desk-key-less = أقل
desk-minutes = كم استغرقت الجلسة الجماعية؟
desk-minutes-option = { $minutes } دقيقة
desk-day = في أي يوم؟
desk-day-today = اليوم: { $date }
desk-day-yesterday = أمس: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] الاثنين
        [tue] الثلاثاء
        [wed] الأربعاء
        [thu] الخميس
        [fri] الجمعة
        [sat] السبت
       *[sun] الأحد
    } { $date }
desk-daypart-morning = الصباح
desk-daypart-afternoon = بعد الظهر
desk-daypart-evening = المساء

## Saving

desk-confirm = هل هذا صحيح؟
desk-batch-confirm = { $count ->
        [zero] حفظ { $count } عملية عد ليوم { $day }؟
        [one] حفظ عملية عد واحدة ليوم { $day }؟
        [two] حفظ عمليتي عد ليوم { $day }؟
        [few] حفظ { $count } عمليات عد ليوم { $day }؟
        [many] حفظ { $count } عملية عد ليوم { $day }؟
       *[other] حفظ { $count } عملية عد ليوم { $day }؟
    }
desk-group-confirm = حفظ هذه الجلسة الجماعية ليوم { $day }؟
desk-save = حفظ
desk-save-keep = حفظ وتجهيز نفس المساعدة
    .hint = بعد ذلك يسجل زر واحد نفس المساعدة مرة أخرى.
desk-daypart-change = فترة اليوم: { $daypart }
    .hint = اضغط لتختار فترة أخرى من اليوم.
desk-keep-title = نفس المساعدة مرة أخرى؟
desk-save-again = حفظ مرة أخرى
desk-new-entry = تسجيل مساعدة أخرى
desk-to-menu = العودة إلى القائمة
desk-saved = { $count ->
        [zero] تم الحفظ { $count } مرة: { $entry }
        [one] تم الحفظ: { $entry }
        [two] تم الحفظ مرتين: { $entry }
        [few] تم الحفظ { $count } مرات: { $entry }
        [many] تم الحفظ { $count } مرة: { $entry }
       *[other] تم الحفظ { $count } مرة: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = جلسة جماعية: { $topic } · { $language } · { $attendees ->
        [zero] { $attendees } مشارك
        [one] مشارك واحد
        [two] مشاركان
        [few] { $attendees } مشاركين
        [many] { $attendees } مشاركا
       *[other] { $attendees } مشارك
    } · { $minutes } دقيقة
desk-entry-when = { $day }، { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] الهولندية
        [fr] الفرنسية
        [de] الألمانية
        [en] الإنجليزية
        [ar] العربية
        [uk] الأوكرانية
        [ru] الروسية
        [tr] التركية
        [pl] البولندية
        [ro] الرومانية
        [es] الإسبانية
        [fa-AF] الدرية
        [ps] البشتو
        [ti] التغرينية
        [so] الصومالية
       *[other] { $endonym }
    }

## Undo

desk-undo-title = أي عملية عد تريد إلغاءها؟
desk-undo-hint = آخر عمليات العد على هذا الكمبيوتر. الأحدث في الأعلى.
desk-undo-loading = جار قراءة عمليات العد.
desk-undo-unreadable = لا يمكن قراءة عمليات العد الآن. حاول مرة أخرى بعد قليل.
desk-undo-empty = لا يوجد شيء لإلغائه بعد.
desk-undo-times = { $count ->
        [zero] { $count } مرة: { $entry }
        [one] مرة واحدة: { $entry }
        [two] مرتان: { $entry }
        [few] { $count } مرات: { $entry }
        [many] { $count } مرة: { $entry }
       *[other] { $count } مرة: { $entry }
    }
desk-undo-confirm = { $count ->
        [zero] إلغاء { $count } عملية عد؟
        [one] إلغاء عملية العد هذه؟
        [two] إلغاء عمليتي العد هاتين؟
        [few] إلغاء { $count } عمليات عد؟
        [many] إلغاء { $count } عملية عد؟
       *[other] إلغاء { $count } عملية عد؟
    }
desk-undo-note = لن تحسب عملية العد بعد الآن. يضاف سطر جديد يلغيها. لا يمحى أي شيء.
desk-undo-yes = نعم، إلغاء
desk-undo-all = إلغاء الكل ({ $count })
desk-undo-one = إلغاء الأخيرة فقط
desk-undo-no = لا، العودة إلى القائمة
desk-undone = { $count ->
        [zero] تم الإلغاء { $count } مرة: { $entry }
        [one] تم الإلغاء: { $entry }
        [two] تم الإلغاء مرتين: { $entry }
        [few] تم الإلغاء { $count } مرات: { $entry }
        [many] تم الإلغاء { $count } مرة: { $entry }
       *[other] تم الإلغاء { $count } مرة: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = الرقم السري للمساعد
desk-pin-ask = اكتب رقمك السري (PIN). ثم اضغط على Enter.
# The button that sends the PIN typed.
desk-pin-open = فتح القائمة
desk-pin-short = يتكون الرقم السري من { $count } أرقام على الأقل.
desk-pin-wrong = هذا الرقم السري غير صحيح. حاول مرة أخرى.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [zero] هذا الرقم السري غير صحيح. حاول مرة أخرى بعد { $seconds } ثانية.
        [one] هذا الرقم السري غير صحيح. حاول مرة أخرى بعد ثانية واحدة.
        [two] هذا الرقم السري غير صحيح. حاول مرة أخرى بعد ثانيتين.
        [few] هذا الرقم السري غير صحيح. حاول مرة أخرى بعد { $seconds } ثوان.
        [many] هذا الرقم السري غير صحيح. حاول مرة أخرى بعد { $seconds } ثانية.
       *[other] هذا الرقم السري غير صحيح. حاول مرة أخرى بعد { $seconds } ثانية.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [zero] أُدخل رقم سري خاطئ مرات كثيرة. ستفتح القائمة من جديد بعد { $minutes } دقيقة.
        [one] أُدخل رقم سري خاطئ مرات كثيرة. ستفتح القائمة من جديد بعد دقيقة واحدة.
        [two] أُدخل رقم سري خاطئ مرات كثيرة. ستفتح القائمة من جديد بعد دقيقتين.
        [few] أُدخل رقم سري خاطئ مرات كثيرة. ستفتح القائمة من جديد بعد { $minutes } دقائق.
        [many] أُدخل رقم سري خاطئ مرات كثيرة. ستفتح القائمة من جديد بعد { $minutes } دقيقة.
       *[other] أُدخل رقم سري خاطئ مرات كثيرة. ستفتح القائمة من جديد بعد { $minutes } دقيقة.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = إغلاق digipunt
    .hint = يتوقف البرنامج تماما.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = عرض التقرير
    .hint = كم مرة ساعدنا في فترة ما، في شكل أعمدة.
desk-report-period = عن أي فترة؟
desk-report-this-week = هذا الأسبوع
desk-report-this-month = هذا الشهر
desk-report-this-quarter = هذا الربع من السنة
desk-report-this-year = هذا العام
desk-report-last-month = الشهر الماضي
desk-report-last-year = العام الماضي
desk-report-months = اختيار الأشهر بنفسك
    .hint = اختر الشهر الأول أولا، ثم الشهر الأخير.
desk-report-from = من أي شهر؟
desk-report-to = حتى أي شهر (ضمنا)؟
desk-report-loading = جار إعداد التقرير.
desk-report-unreadable = لا يمكن إعداد التقرير الآن. حاول مرة أخرى بعد قليل.
# Which page of the report is on screen, e.g. "الصفحة 2 من 8".
desk-report-page = الصفحة { $page } من { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = الصفحة السابقة
desk-report-next = الصفحة التالية
desk-report-up = إلى الأعلى
desk-report-down = إلى الأسفل
