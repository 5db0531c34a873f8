## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Виберіть мову
console-other-languages = Цей екран не може показати деякі мови: { $languages }. Попросіть у помічника інший екран.

## How the citizen works

mode-title = Як ви хочете працювати?
mode-helper = З помічником
    .hint = Помічник сидить поруч і допомагає вам.
mode-self = Самостійно
    .hint = Ви самі виконуєте кроки на екрані.

## Topics

topics-title = З чим вам потрібна допомога?
category-money = Гроші та податки
category-work = Робота
category-identity = Ідентифікація і вхід на сайти
category-health = Здоров'я
category-family = Сім'я
category-mobility = Поїздки
category-safety = Безпека в інтернеті
category-basics = Комп'ютер і смартфон

## What to bring

bring-title = Що вам потрібно?
bring-hint = Це у вас із собою? Натисніть цифру, щоб позначити.
bring-missing = Немає з собою?
bring-start = Почати з першого кроку

## One step

step-progress = Крок { $current } з { $total }
step-next = Готово, наступний крок
step-finish = Готово, це був останній крок
step-return-next = Готово, назад до: { $checklist }
step-problem = Не виходить
step-back = Попередній крок
step-secret-citizen = Введіть свій код самі. Не дозволяйте нікому дивитися.
step-secret-helper = Помічнику: відверніться. Ніколи не вводьте код людини, якій ви допомагаєте.
step-tip = Порада для помічника
step-return = Потім ви продовжите тут: { $checklist }

## Problems

problems-title = Що не виходить?
problem-try = Спробуйте так:
problem-show-referral = Куди мені звернутися?
problem-goto = Продовжити тут: { $checklist }
problem-back = Назад до кроку

## Referral

referral-title = Сюди можна звернутися
referral-phone = Телефон: { $phone }
referral-web = Сайт: { $web }
referral-address = Адреса: { $address }
referral-hours = Години роботи: { $hours }
referral-ask-helper = Запитайте адресу в помічника.
referral-bring = Візьміть із собою:
referral-back = Назад до кроку
referral-finish = Зупинити й завершити

## End of the help

outcome-title = Чим усе закінчилося?
outcome-done = Вдалося
outcome-partly = Вдалося частково
outcome-referred = Направлено в іншу службу
outcome-later = Продовжити пізніше
outcome-self-title = Чи вдалося?
outcome-self-yes = Так, вдалося
outcome-self-partly = Вдалася частина
outcome-self-no = Ні, не вдалося
thanks-title = Дякуємо!
thanks-body = Успіхів. До наступного разу.
thanks-again = Почати знову

## Nobody touched the kiosk for a while

idle-title = Ви ще тут?
idle-body = { $seconds ->
        [one] Через { $seconds } секунду екран повернеться на початок.
        [few] Через { $seconds } секунди екран повернеться на початок.
        [many] Через { $seconds } секунд екран повернеться на початок.
       *[other] Через { $seconds } секунди екран повернеться на початок.
    } Натисніть будь-яку клавішу, щоб продовжити.
idle-continue = Так, я ще тут

## Take-home summary (printed or saved; no personal data)

summary-title = Що ви зробили сьогодні
summary-done = Зроблено:
summary-open = Ще треба зробити:
summary-more = { $count ->
        [one] І ще { $count } крок.
        [few] І ще { $count } кроки.
        [many] І ще { $count } кроків.
       *[other] І ще { $count } кроку.
    }
summary-go = Куди звернутися:
summary-bring = Наступного разу візьміть із собою:
summary-print = Надрукувати, щоб узяти з собою
summary-finish = Готово
summary-printed = Аркуш друкується. Візьміть його з собою.
summary-saved = Збережено в { $path }. Попросіть помічника надрукувати це.
summary-failed = Не вдається ні надрукувати, ні зберегти. Запишіть, що вам потрібно.
summary-copy = Версія нідерландською мовою, для працівника у віконці:

## Keys shown at the bottom of the screen

key-back = Назад
key-language = Мова
key-helper-language = Мова помічника
key-speak = Озвучити
key-stop = Зупинити
key-choose = Вибрати

## Messages for the helper

too-small = Збільште вікно.
    .size = Потрібно: { $width } × { $height }. Зараз: { $current_width } × { $current_height }.
store-warning = Підрахунок не збережено. Допомога триває як звичайно. Ще не збережені підрахунки: { $pending }.
store-unavailable = Підрахунки зараз не можна зберегти. Допомога триває як звичайно.
draft-locale = Цей переклад ще не перевірено.
helper-language-choose = Виберіть мову помічника
helper-pane = Для помічника ({ $language })
checked-on = Перевірено { $date }
