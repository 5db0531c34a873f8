## The coordinator's report (`digipunt report`): headings, notes and the names of codes.
## digipunt fills in the numbers and the dates (always written as 2026-11-30).

report-title = Informe del digipunt
report-period = Período: del { $from } al { $to }, ambos incluidos

## Reach: how many people were helped, against the target for the year.
report-reach = Alcance
report-interactions = Número de ayudas
report-people = Personas ayudadas (estimación)
# An estimate that can be higher, e.g. "al menos 95".
report-at-least = al menos { $count }
report-target = Objetivo para este año (personas)
report-target-part = Parte del objetivo
report-percent = { $percent } %
# Read by a screen reader for the bar that shows the part of the target.
report-progress = { $target ->
        [one] { $people } de la { $target } persona del objetivo de este año
       *[other] { $people } de las { $target } personas del objetivo de este año
    }

## The tables.
report-by-category = Con qué ayudamos
report-by-language = En qué idioma
report-by-outcome = Cómo terminó
report-by-mode = Con o sin acompañante
report-by-channel = Dónde ayudamos
report-problems = Los problemas más frecuentes
report-referrals = Adónde enviamos a las personas más a menudo
report-sessions = Sesiones de grupo
report-sessions-count = Sesiones
report-sessions-attendees = Participantes
report-sessions-minutes = Minutos en total
report-by-week = Número de ayudas por semana
# A table the coordinator asked for; `groups` names its columns, e.g. "Tarea / Idioma".
report-counted = Número de ayudas: { $groups }
report-count = Número
report-total = Total
report-week = Semana { $week } (desde el { $monday })
# For screen readers, with every chart.
report-chart = Gráfico de barras. La tabla de al lado muestra los mismos números.
report-withheld = Hay muy pocos casos por grupo para mostrarlos. Así nadie puede ser identificado.
report-empty = No se contó nada en este período.

## What the signs mean, under the report.
report-legend-small = { $marker } significa: menos de { $threshold }. No mostramos los números pequeños. Así nadie puede ser identificado.
report-legend-hidden = { $marker } significa: no se muestra. De lo contrario, se podría calcular un número pequeño.
report-legend-people = El número de personas es una estimación. Cada vez que ayudamos, preguntamos: ¿es la primera vez este año?

## Names of codes in the log.
report-unknown = Desconocido
report-problem-none = Sin problemas
report-referral-none = No enviado a otro servicio
report-mode-assisted = Con un acompañante
report-mode-self = Por su cuenta, sin acompañante
report-channel-desk = En el digipunt
report-channel-phone = Por teléfono
report-channel-home-visit = A domicilio
report-channel-group = En grupo
report-first-visit-yes = Primera vez este año
report-first-visit-no = Ya vino antes este año
report-daypart-morning = Mañana
report-daypart-afternoon = Tarde
report-daypart-evening = Noche
outcome-abandoned = Interrumpido antes del final

## Column heads: what a table is counted by.
report-dimension-task = Tarea
report-dimension-category = Tema
report-dimension-language = Idioma
report-dimension-outcome = Resultado
report-dimension-problem = Problema
report-dimension-mode = Acompañamiento
report-dimension-channel = Lugar
report-dimension-first-visit = Primera vez
report-dimension-age-band = Edad
report-dimension-kiosk = Digipunt
report-dimension-week = Semana
report-dimension-month = Mes
report-dimension-daypart = Momento del día
report-dimension-referral = Enviado a
