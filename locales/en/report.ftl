## The coordinator's report (`digipunt report`). Translated from Dutch.

report-title = Digipunt report
report-period = Period: from { $from } to { $to }

## Reach: how many people were helped, against the target for the year.
report-reach = Reach
report-interactions = Times helped
report-people = People helped (estimate)
report-at-least = at least { $count }
report-target = Target for this year (people)
report-target-part = Part of the target
report-percent = { $percent }%
report-progress = { $people } of the { $target } people in this year's target

## The tables.
report-by-category = What we helped with
report-by-language = In which language
report-by-outcome = How it ended
report-by-mode = With or without a helper
report-by-channel = Where we helped
report-problems = The most common problems
report-referrals = Where we sent people most often
report-sessions = Group sessions
report-sessions-count = Sessions
report-sessions-attendees = People taking part
report-sessions-minutes = Minutes in all
report-by-week = Times helped per week
report-counted = Times helped: { $groups }
report-count = Number
report-total = Total
report-week = Week { $week } (from { $monday })
report-chart = Bar chart. The table beside it gives the same numbers.
report-withheld = Too few per group to show. This way, nobody can be recognised.
report-empty = Nothing was counted in this period.

## What the signs mean.
report-legend-small = { $marker } means: fewer than { $threshold }. We do not show small numbers. This way, nobody can be recognised.
report-legend-hidden = { $marker } means: not shown. Otherwise, a small number could be worked out.
report-legend-people = The number of people is an estimate. Each time we help, we ask: is this the first time this year?

## Names of codes.
report-unknown = Unknown
report-problem-none = No problem
report-referral-none = Not sent elsewhere
report-mode-assisted = With a helper
report-mode-self = Alone, without a helper
report-channel-desk = At the digipunt
report-channel-phone = By phone
report-channel-home-visit = At the person's home
report-channel-group = In a group
report-first-visit-yes = First time this year
report-first-visit-no = Not the first time this year
report-daypart-morning = Morning
report-daypart-afternoon = Afternoon
report-daypart-evening = Evening
outcome-abandoned = Stopped before the end

## Column heads.
report-dimension-task = Task
report-dimension-category = Topic
report-dimension-language = Language
report-dimension-outcome = Outcome
report-dimension-problem = Problem
report-dimension-mode = Help
report-dimension-channel = Where
report-dimension-first-visit = First time
report-dimension-age-band = Age
report-dimension-kiosk = Digipunt
report-dimension-week = Week
report-dimension-month = Month
report-dimension-daypart = Part of the day
report-dimension-referral = Sent to
