## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = ቋንቋኹም ምረጹ
console-other-languages = እዚ ስክሪን ገሊኦም ቋንቋታት ከርኢ ኣይክእልን እዩ: { $languages }። ንሓጋዚ ካልእ ስክሪን ሕተቱ።

## How the citizen works

mode-title = ብኸመይ ክትሰርሑ ትደልዩ?
mode-helper = ምስ ሓጋዚ
    .hint = ሓጋዚ ኣብ ጎንኹም ኮፍ ኢሉ ይሕግዘኩም።
mode-self = በይንኹም
    .hint = ነቶም ኣብ ስክሪን ዘለዉ ስጉምትታት ባዕልኹም ትስዕብዎም።

## Topics

topics-title = ኣብ እንታይ ሓገዝ ትደልዩ?
category-money = ገንዘብን ግብሪን
category-work = ስራሕ
category-identity = መንነትን ምእታውን
category-health = ጥዕና
category-family = ስድራ
category-mobility = መጓዓዝያ
category-safety = ድሕንነት ኣብ ኢንተርነት
category-basics = ኮምፒተርን ስማርትፎንን

## What to bring

bring-title = እንታይ የድልየኩም?
bring-hint = ምሳኹም ኣሎ ዶ? ምልክት ንምግባር ነቲ ቁጽሪ ጠውቑ።
bring-missing = ምሳኹም የለን?
bring-start = ብቀዳማይ ስጉምቲ ጀምሩ

## One step

step-progress = ስጉምቲ { $current } ካብ { $total }
step-next = ተሳኺዑ፣ ቀጻሊ ስጉምቲ
step-finish = ተሳኺዑ፣ እዚ ናይ መወዳእታ ስጉምቲ ነይሩ
step-return-next = ተሳኺዑ፣ ተመለሱ ናብ: { $checklist }
step-problem = እዚ ኣይተሳኸዐን
step-back = ዝሓለፈ ስጉምቲ
step-secret-citizen = ኮድኩም ባዕልኹም ጽሓፉ። ዝኾነ ሰብ ክርኢ ኣይተፍቅዱ።
step-secret-helper = ሓጋዚ: ናብ ካልእ ቦታ ጠምቱ። ኮድ ናይቲ ትሕግዝዎ ሰብ ፈጺምኩም ኣይትጽሓፉ።
step-tip = ምኽሪ ንሓጋዚ
step-return = ድሕሪኡ ትቕጽሉ ምስ: { $checklist }

## Problems

problems-title = እንታይ ኣይተሳኸዐን?
problem-try = እዚ ፈትኑ:
problem-show-referral = ኣበይ ሓገዝ ክረክብ እኽእል?
problem-goto = ቀጽሉ ምስ: { $checklist }
problem-back = ናብቲ ስጉምቲ ተመለሱ

## Referral

referral-title = ኣብዚ ሓገዝ ክትረኽቡ ትኽእሉ
referral-phone = ተሌፎን: { $phone }
referral-web = ወብሳይት: { $web }
referral-address = ኣድራሻ: { $address }
referral-hours = ክፉት: { $hours }
referral-ask-helper = ነቲ ኣድራሻ ንሓጋዚ ሕተቱ።
referral-bring = ምሳኹም ሓዙ:
referral-back = ናብቲ ስጉምቲ ተመለሱ
referral-finish = ደው በሉን ዕጸዉን

## End of the help

outcome-title = ከመይ ተዛዚሙ?
outcome-done = ተሳኺዑ
outcome-partly = ብኸፊል ተሳኺዑ
outcome-referred = ናብ ካልእ ኣገልግሎት ተላኢኹ
outcome-later = ጸኒሑ ይቕጽል
outcome-self-title = ተሳኺዑ ዶ?
outcome-self-yes = እወ፣ ተሳኺዑ
outcome-self-partly = ገለ ክፋል ተሳኺዑ
outcome-self-no = ኣይፋል፣ ኣይተሳኸዐን
thanks-title = የቐንየልና!
thanks-body = ዓወት ይሃብኩም። ኣብ ካልእ ግዜ ክንራኸብ።
thanks-again = ከም ብሓድሽ ጀምሩ

## Nobody touched the kiosk for a while

idle-title = ገና ኣለኹም ዶ?
idle-body = { $seconds ->
        [one] ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ከም ብሓድሽ ይጅምር።
       *[other] ድሕሪ { $seconds } ካልኢታት እቲ ስክሪን ከም ብሓድሽ ይጅምር።
    } ንምቕጻል ዝኾነ ቁልፊ ጠውቑ።
idle-continue = እወ፣ ገና ኣለኹ

## Take-home summary (printed or saved; no personal data)

summary-title = ሎሚ ዝገበርኩምዎ
summary-done = ዝተገብረ:
summary-open = ገና ዝግበር:
summary-more = { $count ->
        [one] ካልእ { $count } ስጉምቲ እውን ኣሎ።
       *[other] ካልኦት { $count } ስጉምትታት እውን ኣለዉ።
    }
summary-go = ናብዚ ኪዱ:
summary-bring = ኣብ ዝመጽእ ግዜ ሒዝኩም ምጹ:
summary-print = ሒዝኩም ንክትከዱ ሕተሙ
summary-finish = ተወዲኡ
summary-printed = እቲ ወረቐት ይሕተም ኣሎ። ሒዝኩምዎ ኪዱ።
summary-saved = ኣብ { $path } ተዓቂቡ። ንሓጋዚ ክሕትሞ ሕተትዎ።
summary-failed = ምሕታምን ምዕቃብን ኣይተሳኸዐን። ዘድልየኩም ጽሓፉ።
summary-copy = ብሆላንድኛ (Nederlands) ዝተጻሕፈ፣ ንቤት ጽሕፈት (loket):

## Keys shown at the bottom of the screen

key-back = ንድሕሪት
key-language = ቋንቋ
key-helper-language = ቋንቋ ሓጋዚ
key-speak = ብድምጺ ምንባብ
key-stop = ደው በሉ
key-choose = ምረጹ

## Messages for the helper

too-small = ነቲ መስኮት ኣግፍሕዎ።
    .size = ዘድሊ: { $width } x { $height }። ሕጂ: { $current_width } x { $current_height }።
store-warning = እቲ ጸብጻብ ቁጽሪ ኣይተዓቀበን። ሓገዝ ከም ልሙድ ይቕጽል። ገና ዘይተዓቀቡ ጸብጻባት: { $pending }።
store-unavailable = ሕጂ ጸብጻባት ክዕቀቡ ኣይክእሉን። ሓገዝ ከም ልሙድ ይቕጽል።
draft-locale = እዚ ትርጉም ገና ኣይተመርመረን።
helper-language-choose = ቋንቋ ናይ ሓጋዚ ምረጹ
helper-pane = ንሓጋዚ ({ $language })
checked-on = ኣብ { $date } ተመርሚሩ
