## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Dooro luqaddaada
console-other-languages = Shaashaddan ma muujin karto luqadaha qaarkood: { $languages }. Caawiyaha ka codso shaashad kale.

## How the citizen works

mode-title = Sidee baad rabtaa inaad u shaqayso?
mode-helper = Caawiye la jira
    .hint = Caawiye ayaa agtaada fadhiya oo ku caawinaya.
mode-self = Keligaa
    .hint = Adigu waxaad raacaysaa tallaabooyinka shaashadda.

## Topics

topics-title = Maxaad caawimaad ka rabtaa?
category-money = Lacag iyo canshuur
category-work = Shaqo
category-identity = Aqoonsi iyo soo gelid
category-health = Caafimaad
category-family = Qoys
category-mobility = Safar
category-safety = Ammaanka internetka
category-basics = Kombiyuutar iyo taleefan casri ah

## What to bring

bring-title = Maxaad u baahan tahay?
bring-hint = Ma haysataa? Riix lambarka si aad calaamad ugu dhigto.
bring-missing = Ma haysatid?
bring-start = Ku bilow tallaabada koowaad

## One step

step-progress = Tallaabo { $current } oo ka mid ah { $total }
step-next = Waan sameeyay, tallaabada xigta
step-finish = Waan sameeyay, tani waxay ahayd tallaabadii ugu dambaysay
step-return-next = Waan sameeyay, ku noqo: { $checklist }
step-problem = Tan waan kari waayay
step-back = Tallaabadii hore
step-secret-citizen = Koodhkaaga adigu qor. Qofna ha u oggolaan inuu eego.
step-secret-helper = Caawiye: meel kale eeg. Weligaa ha qorin koodhka qofka.
step-tip = Talo loogu talagalay caawiyaha
step-return = Kadib waxaad sii wadaysaa: { $checklist }

## Problems

problems-title = Maxaad kari weyday?
problem-try = Isku day tan:
problem-show-referral = Xaggee caawimaad ka heli karaa?
problem-goto = Ku sii wad: { $checklist }
problem-back = Ku noqo tallaabada

## Referral

referral-title = Halkan caawimaad ayaad ka heli kartaa
referral-phone = Taleefan: { $phone }
referral-web = Website: { $web }
referral-address = Cinwaan: { $address }
referral-hours = Furan: { $hours }
referral-ask-helper = Cinwaanka weydii caawiyaha.
referral-bring = Qaado:
referral-back = Ku noqo tallaabada
referral-finish = Jooji oo xir

## End of the help

outcome-title = Sidee ayay ku dhammaatay?
outcome-done = Waa lagu guulaystay
outcome-partly = Qayb ahaan waa lagu guulaystay
outcome-referred = Meel kale ayaa loo gudbiyay
outcome-later = Mar dambe ayaa la sii wadi doonaa
outcome-self-title = Ma ku guulaysatay?
outcome-self-yes = Haa, waan ku guulaystay
outcome-self-partly = Qayb ayaan ku guulaystay
outcome-self-no = Maya, kuma aan guulaysan
thanks-title = Mahadsanid!
thanks-body = Guul ayaan kuu rajaynayaa. Mar kale ayaan is arki doonnaa.
thanks-again = Dib u bilow

## Nobody touched the kiosk for a while

idle-title = Weli ma joogtaa?
idle-body = { $seconds ->
        [one] Shaashaddu waxay dib u bilaabanaysaa 1 ilbiriqsi kadib.
       *[other] Shaashaddu waxay dib u bilaabanaysaa { $seconds } ilbiriqsi kadib.
    } Riix badhan kasta si aad u sii wadato.
idle-continue = Haa, weli waan joogaa

## Take-home summary (printed or saved; no personal data)

summary-title = Waxa aad maanta samaysay
summary-done = Waa la sameeyay:
summary-open = Weli waa in la sameeyaa:
summary-more = { $count ->
        [one] Iyo 1 tallaabo oo kale.
       *[other] Iyo { $count } tallaabo oo kale.
    }
summary-go = U tag:
summary-bring = Marka xigta keen:
summary-print = Daabac si aad u qaadato
summary-finish = Waa dhammaatay
summary-printed = Warqadda waa la daabacayaa. Qaado.
summary-saved = Waxaa lagu kaydiyay { $path }. Caawiyaha ka codso inuu daabaco.
summary-failed = Daabacaadda iyo kaydintu ma shaqaynayaan. Qor waxa aad u baahan tahay.
summary-copy = Nuqul af Holandiis ah (Nederlands), loogu talagalay miiska adeegga (loket):

## Keys shown at the bottom of the screen

key-back = Dib
key-language = Luqad
key-helper-language = Luqadda caawiyaha
key-speak = Kor u akhri
key-stop = Jooji
key-choose = Dooro

## Messages for the helper

too-small = Daaqadda ka weynee.
    .size = Loo baahan yahay: { $width } × { $height }. Hadda: { $current_width } × { $current_height }.
store-warning = Tirinta lama kaydin. Caawimaaddu sidii caadiga ahayd ayay u socotaa. Tirinno aan weli la kaydin: { $pending }.
store-unavailable = Tirinnada hadda lama kaydin karo. Caawimaaddu sidii caadiga ahayd ayay u socotaa.
draft-locale = Turjumaaddan weli lama hubin.
helper-language-choose = Dooro luqadda caawiyaha
helper-pane = Loogu talagalay caawiyaha ({ $language })
checked-on = La hubiyay { $date }
