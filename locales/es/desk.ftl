## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language. Dutch is the source language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Menú del acompañante

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = ¿Es la primera vez este año que viene a este digipunt?
first-visit-yes = Sí, es la primera vez este año
first-visit-no = No, ya vine este año
first-visit-unknown = No lo sé
first-visit-helper = Para el acompañante
first-visit-why = Lea la pregunta en voz alta. Así sabemos a cuántas personas ayudamos. No guardamos ningún nombre.

## The menu

desk-title = Menú del acompañante
desk-quick = Contar rápido una ayuda
    .hint = Ayuda por teléfono, a domicilio o sin lista de pasos.
desk-batch = Pasar un día anotado en papel
    .hint = Contar la misma ayuda varias veces, en el día que usted elija.
desk-group = Contar una sesión de grupo
    .hint = Un taller o una clase para un grupo. Se cuenta aparte.
desk-undo = Deshacer un recuento
    .hint = Elija entre los últimos recuentos de esta computadora.
desk-leave = Cerrar el menú

## The questions, one per screen

desk-topic = ¿Sobre qué tema fue la ayuda?
desk-group-topic = ¿Sobre qué tema fue la sesión de grupo?
desk-task = ¿Qué ayuda dio?
desk-task-other = Otra cosa sobre: { $group }
desk-language = ¿En qué idioma ayudó?
desk-group-language = ¿En qué idioma fue la sesión de grupo?
desk-outcome = ¿Cómo terminó la ayuda?
desk-outcome-abandoned = Interrumpido
desk-channel = ¿Cómo ayudó?
desk-channel-desk = En el digipunt
desk-channel-phone = Por teléfono
desk-channel-home-visit = A domicilio
desk-channel-group = En grupo
desk-first-visit = ¿Vino la persona por primera vez este año?
desk-first-visit-yes = Sí, la primera vez este año
desk-first-visit-no = No, ya vino antes este año
desk-first-visit-unknown = No lo sé
desk-count = ¿Cuántas veces dio esta ayuda?
desk-attendees = ¿Cuántas personas vinieron?
desk-count-hint = Escriba un número del 1 al 99. O use las flechas arriba y abajo. Después pulse Enter.
desk-count-next = Continuar
desk-key-more = Más
desk-key-less = Menos
desk-minutes = ¿Cuánto duró la sesión de grupo?
desk-minutes-option = { $minutes } minutos
desk-day = ¿Qué día?
desk-day-today = Hoy: { $date }
desk-day-yesterday = Ayer: { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] lunes
        [tue] martes
        [wed] miércoles
        [thu] jueves
        [fri] viernes
        [sat] sábado
       *[sun] domingo
    } { $date }
desk-daypart-morning = mañana
desk-daypart-afternoon = tarde
desk-daypart-evening = noche

## Saving

desk-confirm = ¿Es correcto?
desk-batch-confirm = { $count ->
        [one] ¿Guardar { $count } recuento para el { $day }?
       *[other] ¿Guardar { $count } recuentos para el { $day }?
    }
desk-group-confirm = ¿Guardar esta sesión de grupo para el { $day }?
desk-save = Guardar
desk-save-keep = Guardar y dejar lista la misma ayuda
    .hint = Después, una sola tecla cuenta otra vez la misma ayuda.
desk-daypart-change = Momento del día: { $daypart }
    .hint = Pulse para elegir otro momento del día.
desk-keep-title = ¿Otra vez la misma ayuda?
desk-save-again = Guardar otra vez
desk-new-entry = Contar otra ayuda
desk-to-menu = Volver al menú
desk-saved = { $count ->
        [one] Guardado: { $entry }
       *[other] Guardado { $count } veces: { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Sesión de grupo: { $topic } · { $language } · { $attendees ->
        [one] { $attendees } participante
       *[other] { $attendees } participantes
    } · { $minutes } minutos
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] neerlandés
        [fr] francés
        [de] alemán
        [en] inglés
        [ar] árabe
        [uk] ucraniano
        [ru] ruso
        [tr] turco
        [pl] polaco
        [ro] rumano
        [es] español
        [fa-AF] darí
        [ps] pastún
        [ti] tigriña
        [so] somalí
       *[other] { $endonym }
    }

## Undo

desk-undo-title = ¿Qué recuento quiere deshacer?
desk-undo-hint = Los últimos recuentos de esta computadora. El más reciente está arriba.
desk-undo-loading = Leyendo los recuentos.
desk-undo-unreadable = Ahora no se pueden leer los recuentos. Vuelva a intentarlo en un momento.
desk-undo-empty = Todavía no hay nada que deshacer.
desk-undo-times = { $count } veces: { $entry }
desk-undo-confirm = { $count ->
        [one] ¿Deshacer este recuento?
       *[other] ¿Deshacer estos { $count } recuentos?
    }
desk-undo-note = El recuento ya no cuenta. Se añade una línea nueva que lo anula. No se borra nada.
desk-undo-yes = Sí, deshacer
desk-undo-all = Deshacer los { $count }
desk-undo-one = Deshacer solo el último
desk-undo-no = No, volver a la lista
desk-undone = { $count ->
        [one] Deshecho: { $entry }
       *[other] Deshecho { $count } veces: { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = PIN del acompañante
desk-pin-ask = Escriba su PIN. Después pulse Enter.
# The button that sends the PIN typed.
desk-pin-open = Abrir el menú
desk-pin-short = Un PIN tiene al menos { $count } cifras.
desk-pin-wrong = Ese PIN no es correcto. Inténtelo de nuevo.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Ese PIN no es correcto. Inténtelo de nuevo dentro de { $seconds } segundo.
       *[other] Ese PIN no es correcto. Inténtelo de nuevo dentro de { $seconds } segundos.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Demasiados PIN incorrectos. El menú se abre de nuevo dentro de { $minutes } minuto.
       *[other] Demasiados PIN incorrectos. El menú se abre de nuevo dentro de { $minutes } minutos.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Cerrar digipunt
    .hint = El programa se detiene por completo.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Ver el informe
    .hint = Cuánta ayuda dimos en un período, en barras.
desk-report-period = ¿De qué período?
desk-report-this-week = Esta semana
desk-report-this-month = Este mes
desk-report-this-quarter = Este trimestre
desk-report-this-year = Este año
desk-report-last-month = El mes pasado
desk-report-last-year = El año pasado
desk-report-months = Elegir usted los meses
    .hint = Elija primero el primer mes y después el último.
desk-report-from = ¿Desde qué mes?
desk-report-to = ¿Hasta qué mes (incluido)?
desk-report-loading = Se está preparando el informe.
desk-report-unreadable = Ahora no se puede hacer el informe. Vuelva a intentarlo en un momento.
# Which page of the report is on screen, e.g. "Página 2 de 8".
desk-report-page = Página { $page } de { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Página anterior
desk-report-next = Página siguiente
desk-report-up = Arriba
desk-report-down = Abajo
