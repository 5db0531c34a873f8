## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).
## Translated from Dutch, the source language.

report-title = Отчёт о работе digipunt
report-period = Период: с { $from } по { $to } включительно

## Reach: how many people were helped, against the target for the year.
report-reach = Охват
report-interactions = Случаи помощи
report-people = Люди, получившие помощь (оценка)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = не менее { $count }
report-target = Цель на этот год (человек)
report-target-part = Выполнение цели
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $people } из { $target } { $target ->
        [one] человека
        [few] человек
        [many] человек
       *[other] человека
    } (цель на этот год)

## The tables.
report-by-category = С чем мы помогали
report-by-language = На каком языке
report-by-outcome = Чем закончилось
report-by-mode = С помощником или без
report-by-channel = Где мы помогали
report-problems = Самые частые проблемы
report-referrals = Куда мы чаще всего направляли людей
report-sessions = Групповые занятия
report-sessions-count = Занятия
report-sessions-attendees = Участники
report-sessions-minutes = Всего минут
report-by-week = Случаи помощи по неделям
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = Случаи помощи: { $groups }
report-count = Количество
report-total = Итого
report-week = Неделя { $week } (с { $monday })
# For screen readers, with every chart.
report-chart = Столбчатая диаграмма. В таблице рядом те же числа.
report-withheld = Числа по группам слишком малы. Мы их не показываем, чтобы никого нельзя было узнать.
report-empty = За этот период ничего не учтено.

## What the signs mean, under the report.
report-legend-small = { $marker } означает: меньше { $threshold }. Небольшие числа мы не показываем, чтобы никого нельзя было узнать.
report-legend-hidden = { $marker } означает: не показано. Иначе можно было бы вычислить небольшое число.
report-legend-people = Число людей — это оценка. Каждый раз, когда мы помогаем, мы спрашиваем: это первый раз в этом году?

## Names of codes in the log.
report-unknown = Неизвестно
report-problem-none = Проблем не было
report-referral-none = Никуда не направляли
report-mode-assisted = С помощником
report-mode-self = Самостоятельно, без помощника
report-channel-desk = В digipunt
report-channel-phone = По телефону
report-channel-home-visit = На дому
report-channel-group = В группе
report-first-visit-yes = Впервые в этом году
report-first-visit-no = В этом году уже не впервые
report-daypart-morning = До обеда
report-daypart-afternoon = После обеда
report-daypart-evening = Вечер
outcome-abandoned = Прервано до завершения

## Column heads: what a table is counted by.
report-dimension-task = Задача
report-dimension-category = Тема
report-dimension-language = Язык
report-dimension-outcome = Результат
report-dimension-problem = Проблема
report-dimension-mode = Способ работы
report-dimension-channel = Где
report-dimension-first-visit = Впервые
report-dimension-age-band = Возраст
report-dimension-kiosk = Digipunt
report-dimension-week = Неделя
report-dimension-month = Месяц
report-dimension-daypart = Время дня
report-dimension-referral = Куда направили
