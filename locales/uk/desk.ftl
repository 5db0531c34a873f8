## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Translated from Dutch, the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Меню помічника

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Ви цього року вперше прийшли в цей digipunt?
first-visit-yes = Так, цього року я тут уперше
first-visit-no = Ні, цього року я тут уже не вперше
first-visit-unknown = Не знаю
first-visit-helper = Для помічника
first-visit-why = Прочитайте питання вголос. Так ми знаємо, скільком людям ми допомагаємо. Ми не зберігаємо імен.

## The menu

desk-title = Меню для помічника
desk-quick = Швидко врахувати допомогу
    .hint = Допомога телефоном, удома в людини або без списку кроків.
desk-batch = Перенести день з паперу
    .hint = Врахувати ту саму допомогу кілька разів, у вибраний день.
desk-group = Врахувати групове заняття
    .hint = Семінар або урок для групи. Воно рахується окремо.
desk-undo = Скасувати підрахунок
    .hint = Виберіть з останніх підрахунків на цьому комп'ютері.
desk-leave = Закрити меню

## The questions, one per screen

desk-topic = На яку тему була допомога?
desk-group-topic = На яку тему було групове заняття?
desk-task = Яку допомогу ви надали?
desk-task-other = Інше на тему: { $group }
desk-language = Якою мовою ви допомагали?
desk-group-language = Якою мовою було групове заняття?
desk-outcome = Чим закінчилася допомога?
desk-outcome-abandoned = Перервано
desk-channel = Як ви допомагали?
desk-channel-desk = У digipunt
desk-channel-phone = Телефоном
desk-channel-home-visit = Удома в людини
desk-channel-group = У групі
desk-first-visit = Людина прийшла цього року вперше?
desk-first-visit-yes = Так, уперше цього року
desk-first-visit-no = Ні, цього року вже не вперше
desk-first-visit-unknown = Не знаю
desk-count = Скільки разів ви надали цю допомогу?
desk-attendees = Скільки було людей?
desk-count-hint = Введіть число від 1 до 99. Або використайте стрілки вгору і вниз. Потім натисніть Enter.
desk-count-next = Далі
desk-key-more = Більше
desk-key-less = Менше
desk-minutes = Скільки тривало групове заняття?
desk-minutes-option = { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
desk-day = Якого дня?
desk-day-today = Сьогодні: { $date }
desk-day-yesterday = Учора: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] понеділок
        [tue] вівторок
        [wed] середа
        [thu] четвер
        [fri] п'ятниця
        [sat] субота
       *[sun] неділя
    } { $date }
desk-daypart-morning = ранок
desk-daypart-afternoon = день
desk-daypart-evening = вечір

## Saving

desk-confirm = Усе правильно?
desk-batch-confirm = { $count ->
        [one] Зберегти { $count } підрахунок? День: { $day }
        [few] Зберегти { $count } підрахунки? День: { $day }
        [many] Зберегти { $count } підрахунків? День: { $day }
       *[other] Зберегти { $count } підрахунку? День: { $day }
    }
desk-group-confirm = Зберегти це групове заняття? День: { $day }
desk-save = Зберегти
desk-save-keep = Зберегти й підготувати ту саму допомогу
    .hint = Потім одна клавіша знову врахує ту саму допомогу.
desk-daypart-change = Частина дня: { $daypart }
    .hint = Натисніть, щоб вибрати іншу частину дня.
desk-keep-title = Ще раз ту саму допомогу?
desk-save-again = Зберегти ще раз
desk-new-entry = Врахувати іншу допомогу
desk-to-menu = Назад до меню
desk-saved = { $count ->
        [one] Збережено { $count } раз: { $entry }
        [few] Збережено { $count } рази: { $entry }
        [many] Збережено { $count } разів: { $entry }
       *[other] Збережено { $count } разу: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Групове заняття: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } особа
        [few] { $attendees } особи
        [many] { $attendees } осіб
       *[other] { $attendees } особи
    } · { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] нідерландська
        [fr] французька
        [de] німецька
        [en] англійська
        [ar] арабська
        [uk] українська
        [ru] російська
        [tr] турецька
        [pl] польська
        [ro] румунська
        [es] іспанська
        [fa-AF] дарі
        [ps] пушту
        [ti] тигринья
        [so] сомалійська
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Який підрахунок ви хочете скасувати?
desk-undo-hint = Останні підрахунки на цьому комп'ютері. Найновіший стоїть угорі.
desk-undo-loading = Підрахунки завантажуються.
desk-undo-unreadable = Зараз не вдається прочитати підрахунки. Спробуйте ще раз трохи пізніше.
desk-undo-empty = Поки що нічого скасовувати.
desk-undo-times = { $count ->
        [one] { $count } раз: { $entry }
        [few] { $count } рази: { $entry }
        [many] { $count } разів: { $entry }
       *[other] { $count } разу: { $entry }
    }
desk-undo-confirm = { $count ->
        [one] Скасувати { $count } підрахунок?
        [few] Скасувати ці { $count } підрахунки?
        [many] Скасувати ці { $count } підрахунків?
       *[other] Скасувати ці { $count } підрахунку?
    }
desk-undo-note = Тоді підрахунок більше не враховується. Додається новий рядок, який його скасовує. Нічого не видаляється.
desk-undo-yes = Так, скасувати
desk-undo-all = Скасувати всі ({ $count })
desk-undo-one = Скасувати лише останній
desk-undo-no = Ні, назад до списку
desk-undone = { $count ->
        [one] Скасовано { $count } раз: { $entry }
        [few] Скасовано { $count } рази: { $entry }
        [many] Скасовано { $count } разів: { $entry }
       *[other] Скасовано { $count } разу: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN-код помічника
desk-pin-ask = Введіть свій PIN-код. Потім натисніть Enter.
# The button that sends the PIN typed.
desk-pin-open = Відкрити меню
desk-pin-short = У PIN-коді щонайменше { $count } цифр.
desk-pin-wrong = Цей PIN-код неправильний. Спробуйте ще раз.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Цей PIN-код неправильний. Спробуйте ще раз через { $seconds } секунду.
        [few] Цей PIN-код неправильний. Спробуйте ще раз через { $seconds } секунди.
        [many] Цей PIN-код неправильний. Спробуйте ще раз через { $seconds } секунд.
       *[other] Цей PIN-код неправильний. Спробуйте ще раз через { $seconds } секунди.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Забагато неправильних PIN-кодів. Меню знову відкриється через { $minutes } хвилину.
        [few] Забагато неправильних PIN-кодів. Меню знову відкриється через { $minutes } хвилини.
        [many] Забагато неправильних PIN-кодів. Меню знову відкриється через { $minutes } хвилин.
       *[other] Забагато неправильних PIN-кодів. Меню знову відкриється через { $minutes } хвилини.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Закрити digipunt
    .hint = Програма повністю закриється.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Переглянути звіт
    .hint = Скільки ми допомагали за період, у вигляді стовпчиків.
desk-report-period = За який період?
desk-report-this-week = Цей тиждень
desk-report-this-month = Цей місяць
desk-report-this-quarter = Цей квартал
desk-report-this-year = Цей рік
desk-report-last-month = Минулий місяць
desk-report-last-year = Минулий рік
desk-report-months = Вибрати місяці самостійно
    .hint = Спочатку виберіть перший місяць, потім останній.
desk-report-from = З якого місяця?
desk-report-to = До якого місяця включно?
desk-report-loading = Звіт готується.
desk-report-unreadable = Зараз не вдається скласти звіт. Спробуйте ще раз трохи пізніше.
# Which page of the report is on screen, e.g. "Сторінка 2 з 8".
desk-report-page = Сторінка { $page } з { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Попередня сторінка
desk-report-next = Наступна сторінка
desk-report-up = Вгору
desk-report-down = Вниз
