## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Dilinizi seçin
console-other-languages = Bu ekran bazı dilleri gösteremiyor: { $languages }. Yardımcıdan başka bir ekran isteyin.

## How the citizen works

mode-title = Nasıl çalışmak istiyorsunuz?
mode-helper = Bir yardımcıyla
    .hint = Bir yardımcı görevli yanınızda oturur ve size yardım eder.
mode-self = Tek başıma
    .hint = Ekrandaki adımları kendiniz takip edersiniz.

## Topics

topics-title = Ne için yardım istiyorsunuz?
category-money = Para ve vergiler
category-work = İş
category-identity = Kimlik ve giriş yapma
category-health = Sağlık
category-family = Aile
category-mobility = Ulaşım
category-safety = İnternette güvenlik
category-basics = Bilgisayar ve akıllı telefon

## What to bring

bring-title = Neye ihtiyacınız var?
bring-hint = Yanınızda mı? İşaretlemek için numaraya basın.
bring-missing = Yanınızda değil mi?
bring-start = İlk adımla başlayın

## One step

step-progress = Adım { $current } / { $total }
step-next = Oldu, sonraki adım
step-finish = Oldu, bu son adımdı
step-return-next = Oldu, şuna geri dön: { $checklist }
step-problem = Bu olmuyor
step-back = Önceki adım
step-secret-citizen = Kodunuzu kendiniz yazın. Kimsenin ekranınıza bakmasına izin vermeyin.
step-secret-helper = Yardımcı: başka yere bakın. Yardım ettiğiniz kişinin kodunu asla siz yazmayın.
step-tip = Yardımcı için ipucu
step-return = Sonra şununla devam edersiniz: { $checklist }

## Problems

problems-title = Ne olmuyor?
problem-try = Şunu deneyin:
problem-show-referral = Nereye gidebilirim?
problem-goto = Şununla devam edin: { $checklist }
problem-back = Adıma geri dön

## Referral

referral-title = Buradan yardım alabilirsiniz
referral-phone = Telefon: { $phone }
referral-web = İnternet sitesi: { $web }
referral-address = Adres: { $address }
referral-hours = Açık: { $hours }
referral-ask-helper = Adresi yardımcıya sorun.
referral-bring = Yanınıza alın:
referral-back = Adıma geri dön
referral-finish = Durdur ve bitir

## End of the help

outcome-title = Sonuç ne oldu?
outcome-done = Oldu
outcome-partly = Bir kısmı oldu
outcome-referred = Başka bir yere yönlendirildi
outcome-later = Daha sonra devam
outcome-self-title = Oldu mu?
outcome-self-yes = Evet, oldu
outcome-self-partly = Bir kısmı oldu
outcome-self-no = Hayır, olmadı
thanks-title = Teşekkürler!
thanks-body = Başarılar. Bir dahaki sefere görüşmek üzere.
thanks-again = Yeniden başla

## Nobody touched the kiosk for a while

idle-title = Hâlâ burada mısınız?
idle-body = { $seconds ->
        [one] Ekran 1 saniye sonra yeniden başlıyor.
       *[other] Ekran { $seconds } saniye sonra yeniden başlıyor.
    } Devam etmek için bir tuşa basın.
idle-continue = Evet, hâlâ buradayım

## Take-home summary (printed or saved; no personal data)

summary-title = Bugün yaptıklarınız
summary-done = Yapıldı:
summary-open = Daha yapılacak:
summary-more = { $count ->
        [one] Ve 1 adım daha.
       *[other] Ve { $count } adım daha.
    }
summary-go = Gidilecek yer:
summary-bring = Bir dahaki sefere yanınıza alın:
summary-print = Yanınıza almak için yazdırın
summary-finish = Bitti
summary-printed = Sayfa yazdırılıyor. Yanınıza alın.
summary-saved = { $path } içine kaydedildi. Yazdırmasını yardımcıdan isteyin.
summary-failed = Yazdırma ve kaydetme olmuyor. Neye ihtiyacınız olduğunu yazın.
summary-copy = Felemenkçe (Flamanca) sürüm, gişe için:

## Keys shown at the bottom of the screen

key-back = Geri
key-language = Dil
key-helper-language = Yardımcının dili
key-speak = Sesli oku
key-stop = Durdur
key-choose = Seç

## Messages for the helper

too-small = Pencereyi büyütün.
    .size = Gerekli: { $width } × { $height }. Şimdi: { $current_width } × { $current_height }.
store-warning = Sayım kaydedilmedi. Yardım normal şekilde devam ediyor. Henüz kaydedilmemiş sayımlar: { $pending }.
store-unavailable = Sayımlar şu anda kaydedilemiyor. Yardım normal şekilde devam ediyor.
draft-locale = Bu çeviri henüz kontrol edilmedi.
helper-language-choose = Yardımcının dilini seçin
helper-pane = Yardımcı için ({ $language })
checked-on = { $date } tarihinde kontrol edildi
