## Every word of the kiosk screens. Translated from Dutch, the source language.

app-name = digipunt

## Language screen. `language-choose` is shown in every language at once.

language-choose = Choisissez votre langue
console-other-languages = Cet écran ne peut pas afficher certaines langues : { $languages }. Demandez un autre écran à l'accompagnateur.

## How the citizen works

mode-title = Comment voulez-vous travailler ?
mode-helper = Avec un accompagnateur
    .hint = Un accompagnateur est assis à côté de vous et vous aide.
mode-self = Sans accompagnateur
    .hint = Vous suivez vous-même les étapes à l'écran.

## Topics

topics-title = Pour quoi voulez-vous de l'aide ?
category-money = Argent et impôts
category-work = Travail
category-identity = Identité et connexion
category-health = Santé
category-family = Famille
category-mobility = Déplacements
category-safety = Sécurité en ligne
category-basics = Ordinateur et smartphone

## What to bring

bring-title = De quoi avez-vous besoin ?
bring-hint = Vous l'avez avec vous ? Appuyez sur le chiffre pour le cocher.
bring-missing = Vous ne l'avez pas ?
bring-start = Commencez par la première étape

## One step

step-progress = Étape { $current } sur { $total }
step-next = C'est fait, étape suivante
step-finish = C'est fait, c'était la dernière étape
step-return-next = C'est fait, retour à : { $checklist }
step-problem = Ça ne marche pas
step-back = Étape précédente
step-secret-citizen = Tapez votre code vous-même. Ne laissez personne regarder.
step-secret-helper = Accompagnateur : regardez ailleurs. Ne tapez jamais le code de la personne.
step-tip = Conseil pour l'accompagnateur
step-return = Ensuite, vous continuez avec : { $checklist }

## Problems

problems-title = Qu'est-ce qui ne marche pas ?
problem-try = Essayez ceci :
problem-show-referral = Où puis-je aller ?
problem-goto = Continuer avec : { $checklist }
problem-back = Retour à l'étape

## Referral

referral-title = Vous pouvez aller ici
referral-phone = Téléphone : { $phone }
referral-web = Site web : { $web }
referral-address = Adresse : { $address }
referral-hours = Ouvert : { $hours }
referral-ask-helper = Demandez l'adresse à l'accompagnateur.
referral-bring = Prenez avec vous :
referral-back = Retour à l'étape
referral-finish = Arrêter et terminer

## End of the help

outcome-title = Comment cela s'est-il passé ?
outcome-done = Réussi
outcome-partly = Réussi en partie
outcome-referred = Orienté ailleurs
outcome-later = À continuer plus tard
outcome-self-title = Avez-vous réussi ?
outcome-self-yes = Oui, j'ai réussi
outcome-self-partly = J'ai réussi une partie
outcome-self-no = Non, je n'ai pas réussi
thanks-title = Merci !
thanks-body = Bonne chance. À une prochaine fois.
thanks-again = Recommencer

## Nobody touched the kiosk for a while

idle-title = Êtes-vous toujours là ?
idle-body = { $seconds ->
        [one] L'écran recommence dans { $seconds } seconde.
       *[other] L'écran recommence dans { $seconds } secondes.
    } Appuyez sur une touche pour continuer.
idle-continue = Oui, je suis encore là

## Take-home summary (printed or saved; no personal data)

summary-title = Ce que vous avez fait aujourd'hui
summary-done = Fait :
summary-open = Encore à faire :
summary-more = { $count ->
        [one] Et encore { $count } autre étape.
       *[other] Et encore { $count } autres étapes.
    }
summary-go = Où aller :
summary-bring = La prochaine fois, apportez :
summary-print = Imprimer pour emporter
summary-finish = Terminé
summary-printed = La feuille s'imprime. Emportez-la.
summary-saved = Enregistré dans { $path }. Demandez à l'accompagnateur de l'imprimer.
summary-failed = Impossible d'imprimer ou d'enregistrer. Notez ce dont vous avez besoin.
summary-copy = Version en néerlandais, pour le guichet :

## Keys shown at the bottom of the screen

key-back = Retour
key-language = Langue
key-helper-language = Langue de l'accompagnateur
key-speak = Lire à voix haute
key-stop = Arrêter
key-choose = Choisir

## Messages for the helper

too-small = Agrandissez la fenêtre.
    .size = Taille nécessaire : { $width } x { $height }. Taille actuelle : { $current_width } x { $current_height }.
store-warning = Le comptage n'a pas été enregistré. L'aide continue normalement. Comptages pas encore enregistrés : { $pending }.
store-unavailable = Les comptages ne peuvent pas être enregistrés pour le moment. L'aide continue normalement.
draft-locale = Cette traduction n'a pas encore été vérifiée.
helper-language-choose = Choisissez la langue de l'accompagnateur
helper-pane = Pour l'accompagnateur ({ $language })
checked-on = Vérifié le { $date }
