## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Yardımcı menüsü

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Bu yıl bu digipunt'a ilk kez mi geliyorsunuz?
first-visit-yes = Evet, bu yıl ilk kez geliyorum
first-visit-no = Hayır, bu yıl daha önce de geldim
first-visit-unknown = Bilmiyorum
first-visit-helper = Yardımcı için
first-visit-why = Soruyu sesli okuyun. Böylece kaç kişiye yardım ettiğimizi biliriz. İsim saklamıyoruz.

## The menu

desk-title = Yardımcı menüsü
desk-quick = Bir yardımı hızlıca say
    .hint = Telefonda, ev ziyaretinde veya adım listesi olmadan verilen yardım.
desk-batch = Kâğıttaki bir günü gir
    .hint = Seçtiğiniz bir gün için aynı yardımı birkaç kez sayın.
desk-group = Bir grup oturumunu say
    .hint = Bir grup için atölye veya ders. Ayrı sayılır.
desk-undo = Bir sayımı geri al
    .hint = Bu bilgisayardaki son sayımlardan birini seçin.
desk-leave = Menüyü kapat

## The questions, one per screen

desk-topic = Yardım hangi konudaydı?
desk-group-topic = Grup oturumu hangi konudaydı?
desk-task = Hangi yardımı verdiniz?
desk-task-other = Başka bir şey: { $group }
desk-language = Hangi dilde yardım ettiniz?
desk-group-language = Grup oturumu hangi dildeydi?
desk-outcome = Yardımın sonucu ne oldu?
desk-outcome-abandoned = Yarıda kaldı
desk-channel = Yardımı nasıl verdiniz?
desk-channel-desk = digipunt'ta
desk-channel-phone = Telefonda
desk-channel-home-visit = Ev ziyaretinde
desk-channel-group = Grupta
desk-first-visit = Kişi bu yıl ilk kez mi geldi?
desk-first-visit-yes = Evet, bu yıl ilk kez
desk-first-visit-no = Hayır, bu yıl daha önce de geldi
desk-first-visit-unknown = Bilmiyorum
desk-count = Bu yardımı kaç kez verdiniz?
desk-attendees = Kaç kişi katıldı?
desk-count-hint = 1 ile 99 arasında bir sayı yazın. Veya yukarı ve aşağı oklarını kullanın. Sonra Enter'a basın.
desk-count-next = Devam
desk-key-more = Artır
desk-key-less = Azalt
desk-minutes = Grup oturumu ne kadar sürdü?
desk-minutes-option = { $minutes } dakika
desk-day = Hangi gün?
desk-day-today = Bugün: { $date }
desk-day-yesterday = Dün: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] Pazartesi
        [tue] Salı
        [wed] Çarşamba
        [thu] Perşembe
        [fri] Cuma
        [sat] Cumartesi
       *[sun] Pazar
    } { $date }
desk-daypart-morning = sabah
desk-daypart-afternoon = öğleden sonra
desk-daypart-evening = akşam

## Saving

desk-confirm = Bu doğru mu?
desk-batch-confirm = { $count ->
        [one] { $day } için { $count } sayım kaydedilsin mi?
       *[other] { $day } için { $count } sayım kaydedilsin mi?
    }
desk-group-confirm = Bu grup oturumu { $day } için kaydedilsin mi?
desk-save = Kaydet
desk-save-keep = Kaydet ve aynı yardımı hazır tut
    .hint = Sonra tek bir tuş aynı yardımı bir kez daha sayar.
desk-daypart-change = Günün bölümü: { $daypart }
    .hint = Günün başka bir bölümünü seçmek için basın.
desk-keep-title = Aynı yardım bir kez daha mı?
desk-save-again = Bir kez daha kaydet
desk-new-entry = Başka bir yardım say
desk-to-menu = Menüye dön
desk-saved = { $count ->
        [one] Kaydedildi: { $entry }
       *[other] { $count } kez kaydedildi: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Grup oturumu: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } katılımcı
       *[other] { $attendees } katılımcı
    } · { $minutes } dakika
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] Felemenkçe
        [fr] Fransızca
        [de] Almanca
        [en] İngilizce
        [ar] Arapça
        [uk] Ukraynaca
        [ru] Rusça
        [tr] Türkçe
        [pl] Lehçe
        [ro] Romence
        [es] İspanyolca
        [fa-AF] Darice
        [ps] Peştuca
        [ti] Tigrinyaca
        [so] Somalice
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Hangi sayımı geri almak istiyorsunuz?
desk-undo-hint = Bu bilgisayardaki son sayımlar. En yenisi en üstte.
desk-undo-loading = Sayımlar okunuyor.
desk-undo-unreadable = Sayımlar şu anda okunamıyor. Biraz sonra tekrar deneyin.
desk-undo-empty = Henüz geri alınacak bir şey yok.
desk-undo-times = { $count } kez: { $entry }
desk-undo-confirm = { $count ->
        [one] Bu sayım geri alınsın mı?
       *[other] Bu { $count } sayım geri alınsın mı?
    }
desk-undo-note = Sayım artık hesaba katılmaz. Onu iptal eden yeni bir satır eklenir. Hiçbir şey silinmez.
desk-undo-yes = Evet, geri al
desk-undo-all = { $count } sayımın hepsini geri al
desk-undo-one = Yalnızca sonuncuyu geri al
desk-undo-no = Hayır, listeye dön
desk-undone = { $count ->
        [one] Geri alındı: { $entry }
       *[other] { $count } kez geri alındı: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = Yardımcının PIN'i
desk-pin-ask = PIN'inizi yazın. Sonra Enter'a basın.
# The button that sends the PIN typed.
desk-pin-open = Menüyü aç
desk-pin-short = Bir PIN en az { $count } rakamdan oluşur.
desk-pin-wrong = Bu PIN doğru değil. Tekrar deneyin.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = Bu PIN doğru değil. { $seconds } saniye sonra tekrar deneyin.
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = Çok fazla yanlış PIN girildi. Menü { $minutes } dakika sonra yeniden açılır.
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = digipunt'u kapat
    .hint = Program tamamen kapanır.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Raporu görüntüle
    .hint = Bir dönemde ne kadar yardım ettiğimiz, çubuklarla.
desk-report-period = Hangi dönem için?
desk-report-this-week = Bu hafta
desk-report-this-month = Bu ay
desk-report-this-quarter = Bu çeyrek (üç ay)
desk-report-this-year = Bu yıl
desk-report-last-month = Geçen ay
desk-report-last-year = Geçen yıl
desk-report-months = Ayları kendin seç
    .hint = Önce ilk ayı, sonra son ayı seçin.
desk-report-from = Hangi aydan itibaren?
desk-report-to = Hangi aya kadar (o ay dahil)?
desk-report-loading = Rapor hazırlanıyor.
desk-report-unreadable = Rapor şu anda hazırlanamıyor. Biraz sonra tekrar deneyin.
# Which page of the report is on screen, e.g. "Sayfa 2 / 8".
desk-report-page = Sayfa { $page } / { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Önceki sayfa
desk-report-next = Sonraki sayfa
desk-report-up = Yukarı
desk-report-down = Aşağı
