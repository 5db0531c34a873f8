## Places a citizen can be sent to. `.what` says what they can do there.

referral-municipality = قسم السكان في البلدية (burgerzaken)
    .what = للحصول على رمز PIN جديد، أو بطاقة eID جديدة، أو إذا كانت بطاقتك لا تعمل. خذ موعدا أولا.
referral-fod-financien = وزارة المالية الفيدرالية (FOD Financiën)
    .what = مساعدة في تصريحك الضريبي. اتصل بالهاتف، أو خذ موعدا في أحد المكاتب: الاستقبال بموعد فقط.
referral-vdab = VDAB
    .what = مساعدة في البحث عن عمل، وفي سيرتك الذاتية ومهامك. اتصل مجانا أو اذهب إلى مكتب VDAB.
referral-bank = بنكك
    .what = لبطاقتك البنكية، وقارئ البطاقات، وتطبيق بنكك. اتصل ببنكك أو اذهب إلى أحد فروعه.
referral-cardstop = Card Stop
    .what = اطلب إيقاف بطاقتك البنكية فورا، ليلا ونهارا. بعد ذلك اتصل ببنكك أيضا.
referral-police = الشرطة
    .what = قدم شكوى لدى الشرطة المحلية إذا فقدت مالا بسبب احتيال. خذ معك رقم الملف من Card Stop.
referral-itsme = المساعدة من itsme
    .what = إذا كان itsme مقفلا أو نسيت رمز itsme. انظر في موقع itsme.
referral-docstop = DOC STOP
    .what = اطلب فورا إيقاف بطاقة eID ضائعة أو مسروقة، ليلا ونهارا. الاتصال بالرقم مجاني.
