## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).

report-title = Digipunt raporu
report-period = Dönem: { $from } ile { $to } tarihleri arası (dahil)

## Reach: how many people were helped, against the target for the year.
report-reach = Erişim
report-interactions = Yardım sayısı
report-people = Yardım edilen kişi (tahmini)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = en az { $count }
report-target = Bu yılın hedefi (kişi)
report-target-part = Hedefin ulaşılan kısmı
report-percent = %{ $percent }
# Read by a screen reader for the bar that shows the part of the target.
report-progress = Bu yılın { $target } kişilik hedefinden { $people } kişi

## The tables.
report-by-category = Hangi konuda yardım ettik
report-by-language = Hangi dilde
report-by-outcome = Sonuç ne oldu
report-by-mode = Yardımcıyla veya yardımcı olmadan
report-by-channel = Nerede yardım ettik
report-problems = En sık görülen sorunlar
report-referrals = En sık yönlendirdiğimiz yerler
report-sessions = Grup oturumları
report-sessions-count = Oturum
report-sessions-attendees = Katılımcı
report-sessions-minutes = Toplam dakika
report-by-week = Haftalık yardım sayısı
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = Yardım sayısı: { $groups }
report-count = Sayı
report-total = Toplam
report-week = { $week }. hafta ({ $monday } itibarıyla)
# For screen readers, with every chart.
report-chart = Çubuk grafik. Yanındaki tablo aynı sayıları gösterir.
report-withheld = Grup başına sayı, göstermek için çok az. Böylece kimse tanınamaz.
report-empty = Bu dönemde hiçbir şey sayılmadı.

## What the signs mean, under the report.
report-legend-small = { $marker } şu anlama gelir: { $threshold } sayısından az. Küçük sayıları göstermiyoruz. Böylece kimse tanınamaz.
report-legend-hidden = { $marker } şu anlama gelir: gösterilmedi. Aksi halde küçük bir sayı hesaplanabilirdi.
report-legend-people = Kişi sayısı bir tahmindir. Her yardımda şunu soruyoruz: bu yıl ilk kez mi geliyorsunuz?

## Names of codes in the log.
report-unknown = Bilinmiyor
report-problem-none = Sorun yok
report-referral-none = Yönlendirilmedi
report-mode-assisted = Bir yardımcıyla
report-mode-self = Tek başına, yardımcı olmadan
report-channel-desk = digipunt'ta
report-channel-phone = Telefonda
report-channel-home-visit = Kişinin evinde
report-channel-group = Grupta
report-first-visit-yes = Bu yıl ilk kez
report-first-visit-no = Bu yıl daha önce de geldi
report-daypart-morning = Sabah
report-daypart-afternoon = Öğleden sonra
report-daypart-evening = Akşam
outcome-abandoned = Bitmeden bırakıldı

## Column heads: what a table is counted by.
report-dimension-task = Görev
report-dimension-category = Konu
report-dimension-language = Dil
report-dimension-outcome = Sonuç
report-dimension-problem = Sorun
report-dimension-mode = Yardımcı
report-dimension-channel = Yer
report-dimension-first-visit = İlk kez
report-dimension-age-band = Yaş
report-dimension-kiosk = Digipunt
report-dimension-week = Hafta
report-dimension-month = Ay
report-dimension-daypart = Günün bölümü
report-dimension-referral = Yönlendirilen yer
