## Every word of the kiosk screens. Dutch is the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Elija su idioma
console-other-languages = Esta pantalla no puede mostrar algunos idiomas: { $languages }. Pida otra pantalla al acompañante.

## How the citizen works

mode-title = ¿Cómo quiere trabajar?
mode-helper = Con un acompañante
    .hint = Un acompañante se sienta a su lado y le ayuda.
mode-self = Por su cuenta
    .hint = Usted sigue los pasos en la pantalla.

## Topics

topics-title = ¿Con qué necesita ayuda?
category-money = Dinero e impuestos
category-work = Trabajo
category-identity = Identidad e inicio de sesión
category-health = Salud
category-family = Familia
category-mobility = Transporte
category-safety = Seguridad en internet
category-basics = Computadora y smartphone

## What to bring

bring-title = ¿Qué necesita?
bring-hint = ¿Lo tiene con usted? Pulse el número para marcarlo.
bring-missing = ¿No lo tiene?
bring-start = Empezar con el primer paso

## One step

step-progress = Paso { $current } de { $total }
step-next = Hecho, siguiente paso
step-finish = Hecho, este era el último paso
step-return-next = Hecho, volver a: { $checklist }
step-problem = Esto no funciona
step-back = Paso anterior
step-secret-citizen = Escriba usted su código. No deje que nadie mire.
step-secret-helper = Acompañante: mire hacia otro lado. Nunca escriba el código de la persona.
step-tip = Consejo para el acompañante
step-return = Después continúa con: { $checklist }

## Problems

problems-title = ¿Qué no funciona?
problem-try = Pruebe esto:
problem-show-referral = ¿Adónde puedo ir?
problem-goto = Continuar con: { $checklist }
problem-back = Volver al paso

## Referral

referral-title = Aquí le pueden ayudar
referral-phone = Teléfono: { $phone }
referral-web = Sitio web: { $web }
referral-address = Dirección: { $address }
referral-hours = Horario: { $hours }
referral-ask-helper = Pida la dirección al acompañante.
referral-bring = Lleve con usted:
referral-back = Volver al paso
referral-finish = Parar y terminar

## End of the help

outcome-title = ¿Cómo terminó?
outcome-done = Hecho
outcome-partly = Hecho en parte
outcome-referred = Enviado a otro servicio
outcome-later = Continuar más tarde
outcome-self-title = ¿Lo consiguió?
outcome-self-yes = Sí, lo conseguí
outcome-self-partly = Conseguí una parte
outcome-self-no = No, no lo conseguí
thanks-title = ¡Gracias!
thanks-body = Mucha suerte. Hasta la próxima.
thanks-again = Empezar de nuevo

## Nobody touched the kiosk for a while

idle-title = ¿Sigue ahí?
idle-body = { $seconds ->
        [one] La pantalla vuelve a empezar en 1 segundo.
        [many] La pantalla vuelve a empezar en { $seconds } de segundos.
       *[other] La pantalla vuelve a empezar en { $seconds } segundos.
    } Pulse una tecla para continuar.
idle-continue = Sí, sigo aquí

## Take-home summary (printed or saved; no personal data)

summary-title = Lo que hizo hoy
summary-done = Hecho:
summary-open = Falta hacer:
summary-more = { $count ->
        [one] Y 1 paso más.
        [many] Y { $count } de pasos más.
       *[other] Y { $count } pasos más.
    }
summary-go = Adónde ir:
summary-bring = La próxima vez, lleve:
summary-print = Imprimir para llevar
summary-finish = Listo
summary-printed = La hoja se está imprimiendo. Llévesela.
summary-saved = Guardado en { $path }. Pida al acompañante que lo imprima.
summary-failed = No se puede imprimir ni guardar. Anote lo que necesita.
summary-copy = Versión en neerlandés, para la ventanilla:

## Keys shown at the bottom of the screen

key-back = Volver
key-language = Idioma
key-helper-language = Idioma del acompañante
key-speak = Escuchar
key-stop = Parar
key-choose = Elegir

## Messages for the helper

too-small = Agrande la ventana.
    .size = Necesario: { $width } × { $height }. Ahora: { $current_width } × { $current_height }.
store-warning = El recuento no se guardó. La ayuda continúa con normalidad. Recuentos aún no guardados: { $pending }.
store-unavailable = Los recuentos no se pueden guardar ahora. La ayuda continúa con normalidad.
draft-locale = Esta traducción todavía no se ha revisado.
helper-language-choose = Elija el idioma del acompañante
helper-pane = Para el acompañante ({ $language })
checked-on = Revisado el { $date }
