## Every word of the kiosk screens. Translated from Dutch, the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Выберите язык
console-other-languages = Этот экран не может показать некоторые языки: { $languages }. Попросите у помощника другой экран.

## How the citizen works

mode-title = Как вы хотите работать?
mode-helper = С помощником
    .hint = Помощник сидит рядом с вами и помогает вам.
mode-self = Самостоятельно
    .hint = Вы сами выполняете шаги на экране.

## Topics

topics-title = С чем вам нужна помощь?
category-money = Деньги и налоги
category-work = Работа
category-identity = Удостоверение личности и вход
category-health = Здоровье
category-family = Семья
category-mobility = Транспорт
category-safety = Безопасность в интернете
category-basics = Компьютер и смартфон

## What to bring

bring-title = Что вам нужно?
bring-hint = Это у вас с собой? Нажмите на цифру, чтобы отметить.
bring-missing = Нет с собой?
bring-start = Начать с первого шага

## One step

step-progress = Шаг { $current } из { $total }
step-next = Получилось, следующий шаг
step-finish = Получилось, это был последний шаг
step-return-next = Получилось, назад к: { $checklist }
step-problem = Не получается
step-back = Предыдущий шаг
step-secret-citizen = Вводите код сами. Не давайте никому смотреть.
step-secret-helper = Помощник: отвернитесь. Никогда не вводите код человека, которому вы помогаете.
step-tip = Совет для помощника
step-return = Потом вы продолжите: { $checklist }

## Problems

problems-title = Что не получается?
problem-try = Попробуйте так:
problem-show-referral = Куда мне обратиться?
problem-goto = Продолжить: { $checklist }
problem-back = Назад к шагу

## Referral

referral-title = Сюда можно обратиться
referral-phone = Телефон: { $phone }
referral-web = Сайт: { $web }
referral-address = Адрес: { $address }
referral-hours = Открыто: { $hours }
referral-ask-helper = Спросите адрес у помощника.
referral-bring = Возьмите с собой:
referral-back = Назад к шагу
referral-finish = Остановиться и закончить

## End of the help

outcome-title = Чем всё закончилось?
outcome-done = Получилось
outcome-partly = Получилось частично
outcome-referred = Направили в другую службу
outcome-later = Продолжить позже
outcome-self-title = Получилось?
outcome-self-yes = Да, получилось
outcome-self-partly = Часть получилась
outcome-self-no = Нет, не получилось
thanks-title = Спасибо!
thanks-body = Удачи. До следующего раза.
thanks-again = Начать заново

## Nobody touched the kiosk for a while

idle-title = Вы ещё здесь?
idle-body = { $seconds ->
        [one] Через { $seconds } секунду экран начнётся заново.
        [few] Через { $seconds } секунды экран начнётся заново.
        [many] Через { $seconds } секунд экран начнётся заново.
       *[other] Через { $seconds } секунды экран начнётся заново.
    } Нажмите любую клавишу, чтобы продолжить.
idle-continue = Да, я ещё здесь

## Take-home summary (printed or saved; no personal data)

summary-title = Что вы сделали сегодня
summary-done = Сделано:
summary-open = Ещё нужно сделать:
summary-more = { $count ->
        [one] И ещё { $count } шаг.
        [few] И ещё { $count } шага.
        [many] И ещё { $count } шагов.
       *[other] И ещё { $count } шага.
    }
summary-go = Куда обратиться:
summary-bring = В следующий раз возьмите с собой:
summary-print = Распечатать и взять с собой
summary-finish = Готово
summary-printed = Лист печатается. Возьмите его с собой.
summary-saved = Сохранено в { $path }. Попросите помощника распечатать.
summary-failed = Не получается ни распечатать, ни сохранить. Запишите, что вам нужно.
summary-copy = Версия на нидерландском языке, для сотрудника в окошке:

## Keys shown at the bottom of the screen

key-back = Назад
key-language = Язык
key-helper-language = Язык помощника
key-speak = Озвучить
key-stop = Стоп
key-choose = Выбрать

## Messages for the helper

too-small = Сделайте окно больше.
    .size = Нужно: { $width } × { $height }. Сейчас: { $current_width } × { $current_height }.
store-warning = Подсчёт не сохранён. Помощь продолжается как обычно. Подсчётов ещё не сохранено: { $pending }.
store-unavailable = Подсчёты сейчас нельзя сохранить. Помощь продолжается как обычно.
draft-locale = Этот перевод ещё не проверен.
helper-language-choose = Выберите язык помощника
helper-pane = Для помощника ({ $language })
checked-on = Проверено { $date }
