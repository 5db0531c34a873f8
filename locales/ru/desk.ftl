## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Translated from Dutch, the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Меню помощника

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Вы в этом году впервые пришли в этот digipunt?
first-visit-yes = Да, в этом году я здесь впервые
first-visit-no = Нет, в этом году я здесь уже не впервые
first-visit-unknown = Не знаю
first-visit-helper = Для помощника
first-visit-why = Прочитайте вопрос вслух. Так мы знаем, скольким людям мы помогаем. Мы не сохраняем имена.

## The menu

desk-title = Меню для помощника
desk-quick = Быстро учесть помощь
    .hint = Помощь по телефону, на дому или без списка шагов.
desk-batch = Перенести день с бумаги
    .hint = Учесть одну и ту же помощь несколько раз, в выбранный день.
desk-group = Учесть групповое занятие
    .hint = Семинар или урок для группы. Оно учитывается отдельно.
desk-undo = Отменить подсчёт
    .hint = Выберите из последних подсчётов на этом компьютере.
desk-leave = Закрыть меню

## The questions, one per screen

desk-topic = На какую тему была помощь?
desk-group-topic = На какую тему было групповое занятие?
desk-task = Какую помощь вы оказали?
desk-task-other = Другое по теме: { $group }
desk-language = На каком языке вы помогали?
desk-group-language = На каком языке было групповое занятие?
desk-outcome = Чем закончилась помощь?
desk-outcome-abandoned = Прервано
desk-channel = Как вы помогали?
desk-channel-desk = В digipunt
desk-channel-phone = По телефону
desk-channel-home-visit = На дому
desk-channel-group = В группе
desk-first-visit = Человек пришёл в этом году впервые?
desk-first-visit-yes = Да, впервые в этом году
desk-first-visit-no = Нет, в этом году уже не впервые
desk-first-visit-unknown = Не знаю
desk-count = Сколько раз вы оказали эту помощь?
desk-attendees = Сколько было человек?
desk-count-hint = Введите число от 1 до 99. Или используйте стрелки вверх и вниз. Потом нажмите Enter.
desk-count-next = Дальше
desk-key-more = Больше
desk-key-less = Меньше
desk-minutes = Сколько длилось групповое занятие?
desk-minutes-option = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
desk-day = В какой день?
desk-day-today = Сегодня: { $date }
desk-day-yesterday = Вчера: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] понедельник
        [tue] вторник
        [wed] среда
        [thu] четверг
        [fri] пятница
        [sat] суббота
       *[sun] воскресенье
    } { $date }
desk-daypart-morning = утро
desk-daypart-afternoon = день
desk-daypart-evening = вечер

## Saving

desk-confirm = Всё верно?
desk-batch-confirm = { $count ->
        [one] Сохранить { $count } подсчёт? День: { $day }
        [few] Сохранить { $count } подсчёта? День: { $day }
        [many] Сохранить { $count } подсчётов? День: { $day }
       *[other] Сохранить { $count } подсчёта? День: { $day }
    }
desk-group-confirm = Сохранить это групповое занятие? День: { $day }
desk-save = Сохранить
desk-save-keep = Сохранить и подготовить ту же помощь
    .hint = Потом одна клавиша снова учтёт ту же помощь.
desk-daypart-change = Время дня: { $daypart }
    .hint = Нажмите, чтобы выбрать другое время дня.
desk-keep-title = Ещё раз ту же помощь?
desk-save-again = Сохранить ещё раз
desk-new-entry = Учесть другую помощь
desk-to-menu = Назад в меню
desk-saved = { $count ->
        [one] Сохранено { $count } раз: { $entry }
        [few] Сохранено { $count } раза: { $entry }
        [many] Сохранено { $count } раз: { $entry }
       *[other] Сохранено { $count } раза: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Групповое занятие: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } человек
        [few] { $attendees } человека
        [many] { $attendees } человек
       *[other] { $attendees } человека
    } · { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] нидерландский
        [fr] французский
        [de] немецкий
        [en] английский
        [ar] арабский
        [uk] украинский
        [ru] русский
        [tr] турецкий
        [pl] польский
        [ro] румынский
        [es] испанский
        [fa-AF] дари
        [ps] пушту
        [ti] тигринья
        [so] сомалийский
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Какой подсчёт вы хотите отменить?
desk-undo-hint = Последние подсчёты на этом компьютере. Самый новый стоит вверху.
desk-undo-loading = Подсчёты загружаются.
desk-undo-unreadable = Сейчас не получается прочитать подсчёты. Попробуйте ещё раз чуть позже.
desk-undo-empty = Пока нечего отменять.
desk-undo-times = { $count ->
        [one] { $count } раз: { $entry }
        [few] { $count } раза: { $entry }
        [many] { $count } раз: { $entry }
       *[other] { $count } раза: { $entry }
    }
desk-undo-confirm = { $count ->
        [one] Отменить { $count } подсчёт?
        [few] Отменить эти { $count } подсчёта?
        [many] Отменить эти { $count } подсчётов?
       *[other] Отменить эти { $count } подсчёта?
    }
desk-undo-note = Тогда подсчёт больше не учитывается. Добавляется новая строка, которая его отменяет. Ничего не удаляется.
desk-undo-yes = Да, отменить
desk-undo-all = Отменить все ({ $count })
desk-undo-one = Отменить только последний
desk-undo-no = Нет, назад к списку
desk-undone = { $count ->
        [one] Отменено { $count } раз: { $entry }
        [few] Отменено { $count } раза: { $entry }
        [many] Отменено { $count } раз: { $entry }
       *[other] Отменено { $count } раза: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN-код помощника
desk-pin-ask = Введите свой PIN-код. Потом нажмите Enter.
# The button that sends the PIN typed.
desk-pin-open = Открыть меню
desk-pin-short = В PIN-коде не меньше { $count } цифр.
desk-pin-wrong = Этот PIN-код неверный. Попробуйте ещё раз.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Этот PIN-код неверный. Попробуйте ещё раз через { $seconds } секунду.
        [few] Этот PIN-код неверный. Попробуйте ещё раз через { $seconds } секунды.
        [many] Этот PIN-код неверный. Попробуйте ещё раз через { $seconds } секунд.
       *[other] Этот PIN-код неверный. Попробуйте ещё раз через { $seconds } секунды.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Слишком много неверных PIN-кодов. Меню снова откроется через { $minutes } минуту.
        [few] Слишком много неверных PIN-кодов. Меню снова откроется через { $minutes } минуты.
        [many] Слишком много неверных PIN-кодов. Меню снова откроется через { $minutes } минут.
       *[other] Слишком много неверных PIN-кодов. Меню снова откроется через { $minutes } минуты.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Закрыть digipunt
    .hint = Программа полностью закроется.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Посмотреть отчёт
    .hint = Сколько мы помогали за период, в виде столбиков.
desk-report-period = За какой период?
desk-report-this-week = Эта неделя
desk-report-this-month = Этот месяц
desk-report-this-quarter = Этот квартал
desk-report-this-year = Этот год
desk-report-last-month = Прошлый месяц
desk-report-last-year = Прошлый год
desk-report-months = Выбрать месяцы самостоятельно
    .hint = Сначала выберите первый месяц, потом последний.
desk-report-from = С какого месяца?
desk-report-to = По какой месяц включительно?
desk-report-loading = Отчёт готовится.
desk-report-unreadable = Сейчас не получается составить отчёт. Попробуйте ещё раз чуть позже.
# Which page of the report is on screen, e.g. "Страница 2 из 8".
desk-report-page = Страница { $page } из { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Предыдущая страница
desk-report-next = Следующая страница
desk-report-up = Вверх
desk-report-down = Вниз
