## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Choose your language
console-other-languages = This screen cannot show some languages: { $languages }. Ask the helper for another screen.

## How the citizen works

mode-title = How do you want to work?
mode-helper = With a helper
    .hint = A helper sits next to you and helps you.
mode-self = On your own
    .hint = You follow the steps on the screen yourself.

## Topics

topics-title = What do you need help with?
category-money = Money and taxes
category-work = Work
category-identity = Identity and logging in
category-health = Health
category-family = Family
category-mobility = Getting around
category-safety = Safe online
category-basics = Computer and smartphone

## What to bring

bring-title = What do you need?
bring-hint = Do you have it with you? Press the number to tick it.
bring-missing = Not with you?
bring-start = Start with the first step

## One step

step-progress = Step { $current } of { $total }
step-next = Done, next step
step-finish = Done, this was the last step
step-return-next = Done, back to: { $checklist }
step-problem = This does not work
step-back = Previous step
step-secret-citizen = Type your code yourself. Do not let anyone watch.
step-secret-helper = Helper: look away. Never type the citizen's code.
step-tip = Tip for the helper
step-return = After that, you continue with: { $checklist }

## Problems

problems-title = What does not work?
problem-try = Try this:
problem-show-referral = Where can I get help?
problem-goto = Continue with: { $checklist }
problem-back = Back to the step

## Referral

referral-title = You can get help here
referral-phone = Phone: { $phone }
referral-web = Website: { $web }
referral-address = Address: { $address }
referral-hours = Open: { $hours }
referral-ask-helper = Ask the helper for the address.
referral-bring = Take with you:
referral-back = Back to the step
referral-finish = Stop and finish

## End of the help

outcome-title = How did it end?
outcome-done = Done
outcome-partly = Partly done
outcome-referred = Sent to another service
outcome-later = Continue later
outcome-self-title = Did it work?
outcome-self-yes = Yes, it worked
outcome-self-partly = Part of it worked
outcome-self-no = No, it did not work
thanks-title = Thank you!
thanks-body = Good luck. See you next time.
thanks-again = Start again

## Nobody touched the kiosk for a while

idle-title = Are you still there?
idle-body = { $seconds ->
        [one] The screen starts again in 1 second.
       *[other] The screen starts again in { $seconds } seconds.
    } Press any key to go on.
idle-continue = Yes, I am still here

## Take-home summary (printed or saved; no personal data)

summary-title = What you did today
summary-done = Done:
summary-open = Still to do:
summary-more = { $count ->
        [one] And 1 more step.
       *[other] And { $count } more steps.
    }
summary-go = Where to go:
summary-bring = Next time, bring:
summary-print = Print to take home
summary-finish = Finished
summary-printed = The page is printing. Take it with you.
summary-saved = Saved in { $path }. Ask the helper to print it.
summary-failed = Printing and saving do not work. Write down what you need.
summary-copy = Dutch version, for the counter:

## Keys shown at the bottom of the screen

key-back = Back
key-language = Language
key-helper-language = Helper language
key-speak = Read aloud
key-stop = Stop
key-choose = Choose

## Messages for the helper

too-small = Make the window bigger.
    .size = Needed: { $width } x { $height }. Now: { $current_width } x { $current_height }.
store-warning = The count was not saved. The help goes on as normal. Counts not saved yet: { $pending }.
store-unavailable = Counts cannot be saved right now. The help goes on as normal.
draft-locale = This translation has not been checked yet.
helper-language-choose = Choose the helper's language
helper-pane = For the helper ({ $language })
checked-on = Checked on { $date }
