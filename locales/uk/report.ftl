## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).
## Translated from Dutch, the source language.

report-title = Звіт про роботу digipunt
report-period = Період: з { $from } до { $to } включно

## Reach: how many people were helped, against the target for the year.
report-reach = Охоплення
report-interactions = Випадки допомоги
report-people = Люди, які отримали допомогу (оцінка)
# An estimate that can be higher, e.g. "minstens 95".
report-at-least = щонайменше { $count }
report-target = Мета на цей рік (осіб)
report-target-part = Досягнення мети
report-percent = { $percent }%
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $people } з { $target } { $target ->
        [one] людини
        [few] людей
        [many] людей
       *[other] людини
    } (мета на цей рік)

## The tables.
report-by-category = З чим ми допомагали
report-by-language = Якою мовою
report-by-outcome = Чим закінчилося
report-by-mode = З помічником чи без
report-by-channel = Де ми допомагали
report-problems = Найчастіші проблеми
report-referrals = Куди ми найчастіше направляли людей
report-sessions = Групові заняття
report-sessions-count = Заняття
report-sessions-attendees = Учасники
report-sessions-minutes = Усього хвилин
report-by-week = Випадки допомоги за тижнями
# A table the coordinator asked for; `groups` names its columns, e.g. "Taak / Taal".
report-counted = Випадки допомоги: { $groups }
report-count = Кількість
report-total = Усього
report-week = Тиждень { $week } (з { $monday })
# For screen readers, with every chart.
report-chart = Стовпчикова діаграма. У таблиці поруч ті самі числа.
report-withheld = Числа в групах надто малі. Ми їх не показуємо, щоб нікого не можна було впізнати.
report-empty = За цей період нічого не враховано.

## What the signs mean, under the report.
report-legend-small = { $marker } означає: менше ніж { $threshold }. Малих чисел ми не показуємо, щоб нікого не можна було впізнати.
report-legend-hidden = { $marker } означає: не показано. Інакше можна було б обчислити невелике число.
report-legend-people = Кількість людей — це оцінка. Щоразу, коли ми допомагаємо, ми питаємо: це перший раз цього року?

## Names of codes in the log.
report-unknown = Невідомо
report-problem-none = Проблем не було
report-referral-none = Нікуди не направляли
report-mode-assisted = З помічником
report-mode-self = Самостійно, без помічника
report-channel-desk = У digipunt
report-channel-phone = Телефоном
report-channel-home-visit = Удома в людини
report-channel-group = У групі
report-first-visit-yes = Уперше цього року
report-first-visit-no = Цього року вже не вперше
report-daypart-morning = До обіду
report-daypart-afternoon = Після обіду
report-daypart-evening = Вечір
outcome-abandoned = Перервано до завершення

## Column heads: what a table is counted by.
report-dimension-task = Завдання
report-dimension-category = Тема
report-dimension-language = Мова
report-dimension-outcome = Результат
report-dimension-problem = Проблема
report-dimension-mode = Спосіб роботи
report-dimension-channel = Де
report-dimension-first-visit = Уперше
report-dimension-age-band = Вік
report-dimension-kiosk = Digipunt
report-dimension-week = Тиждень
report-dimension-month = Місяць
report-dimension-daypart = Частина дня
report-dimension-referral = Куди направлено
