## The helper's desk: counting help that no checklist saw (by phone, on a home visit,
## in a workshop, from a paper tally), and undoing a mistake. Only the helper sees these
## screens, in the helper's language.

## The key on the language and mode screens that opens the helper's menu

key-desk = Menu accompagnateur

## At the end of help with a helper: the helper reads this question to the citizen.

first-visit-title = Est-ce la première fois cette année que vous venez à ce digipunt ?
first-visit-yes = Oui, c'est la première fois cette année
first-visit-no = Non, je suis déjà venu cette année
first-visit-unknown = Je ne sais pas
first-visit-helper = Pour l'accompagnateur
first-visit-why = Lisez la question à voix haute. Elle nous dit combien de personnes nous aidons. Nous ne gardons aucun nom.

## The menu

desk-title = Menu de l'accompagnateur
desk-quick = Compter une aide rapidement
    .hint = Une aide par téléphone, à domicile ou sans liste d'étapes.
desk-batch = Saisir une journée sur papier
    .hint = Compter plusieurs fois la même aide, le jour que vous choisissez.
desk-group = Compter une séance de groupe
    .hint = Un atelier ou un cours pour un groupe. Il est compté à part.
desk-undo = Annuler un comptage
    .hint = Choisissez parmi les derniers comptages de cet ordinateur.
desk-leave = Fermer le menu

## The questions, one per screen

desk-topic = Sur quel sujet portait l'aide ?
desk-group-topic = Sur quel sujet portait la séance de groupe ?
desk-task = Quelle aide avez-vous donnée ?
desk-task-other = Autre chose sur : { $group }
desk-language = Dans quelle langue avez-vous aidé ?
desk-group-language = Dans quelle langue était la séance de groupe ?
desk-outcome = Comment l'aide s'est-elle terminée ?
desk-outcome-abandoned = Interrompu
desk-channel = Comment avez-vous aidé ?
desk-channel-desk = Au digipunt
desk-channel-phone = Par téléphone
desk-channel-home-visit = À domicile
desk-channel-group = En groupe
desk-first-visit = Était-ce la première venue du citoyen cette année ?
desk-first-visit-yes = Oui, la première fois cette année
desk-first-visit-no = Non, déjà venu cette année
desk-first-visit-unknown = Je ne sais pas
desk-count = Combien de fois avez-vous donné cette aide ?
desk-attendees = Combien de personnes étaient là ?
desk-count-hint = Tapez un nombre de 1 à 99. Ou utilisez les flèches haut et bas. Appuyez ensuite sur Entrée.
desk-count-next = Continuer
desk-key-more = Plus
desk-key-less = Moins
desk-minutes = Combien de temps a duré la séance de groupe ?
desk-minutes-option = { $minutes } minutes
desk-day = Quel jour ?
desk-day-today = Aujourd'hui : { $date }
desk-day-yesterday = Hier : { $date }
desk-day-earlier = { $date }
desk-date = { $weekday ->
        [mon] lundi
        [tue] mardi
        [wed] mercredi
        [thu] jeudi
        [fri] vendredi
        [sat] samedi
       *[sun] dimanche
    } { $date }
desk-daypart-morning = matin
desk-daypart-afternoon = après-midi
desk-daypart-evening = soir

## Saving

desk-confirm = Est-ce correct ?
desk-batch-confirm = { $count ->
        [one] Enregistrer 1 comptage pour { $day } ?
       *[other] Enregistrer { $count } comptages pour { $day } ?
    }
desk-group-confirm = Enregistrer cette séance de groupe pour { $day } ?
desk-save = Enregistrer
desk-save-keep = Enregistrer et garder la même aide prête
    .hint = Ensuite, une seule touche compte encore la même aide.
desk-daypart-change = Moment de la journée : { $daypart }
    .hint = Appuyez pour choisir un autre moment de la journée.
desk-keep-title = Encore une fois la même aide ?
desk-save-again = Enregistrer encore une fois
desk-new-entry = Compter une autre aide
desk-to-menu = Retour au menu
desk-saved = { $count ->
        [one] Enregistré : { $entry }
       *[other] Enregistré { $count } fois : { $entry }
    }

## One entry in one line

desk-entry-help = { $task } · { $language } · { $outcome } · { $channel }
desk-entry-group = Séance de groupe : { $topic } · { $language } · { $attendees ->
        [one] 1 participant
       *[other] { $attendees } participants
    } · { $minutes } minutes
desk-entry-when = { $day }, { $daypart }
desk-entry-dated = { $entry } · { $when }
desk-language-name = { $tag ->
        [nl] néerlandais
        [fr] français
        [de] allemand
        [en] anglais
        [ar] arabe
        [uk] ukrainien
        [ru] russe
        [tr] turc
        [pl] polonais
        [ro] roumain
        [es] espagnol
        [fa-AF] dari
        [ps] pachto
        [ti] tigrigna
        [so] somali
       *[other] { $endonym }
    }

## Undo

desk-undo-title = Quel comptage voulez-vous annuler ?
desk-undo-hint = Les derniers comptages de cet ordinateur. Le plus récent est en haut.
desk-undo-loading = Lecture des comptages.
desk-undo-unreadable = Les comptages ne peuvent pas être lus maintenant. Réessayez dans un moment.
desk-undo-empty = Il n'y a encore rien à annuler.
desk-undo-times = { $count } fois : { $entry }
desk-undo-confirm = { $count ->
        [one] Annuler ce comptage ?
       *[other] Annuler ces { $count } comptages ?
    }
desk-undo-note = Le comptage ne compte plus. Une nouvelle ligne est ajoutée pour l'annuler. Rien n'est effacé.
desk-undo-yes = Oui, annuler
desk-undo-all = Tout annuler ({ $count })
desk-undo-one = Annuler seulement le dernier
desk-undo-no = Non, retour à la liste
desk-undone = { $count ->
        [one] Annulé : { $entry }
       *[other] Annulé { $count } fois : { $entry }
    }

## The helper PIN, asked before the menu opens when one is set (`digipunt set-pin`).
desk-pin-title = Code PIN de l'accompagnateur
desk-pin-ask = Tapez votre code PIN. Appuyez ensuite sur Entrée.
# The button that sends the PIN typed.
desk-pin-open = Ouvrir le menu
desk-pin-short = Un code PIN a au moins { $count } chiffres.
desk-pin-wrong = Ce code PIN n'est pas correct. Réessayez.
# After a wrong PIN the next try waits a little, longer each time.
desk-pin-wait = { $seconds ->
        [one] Ce code PIN n'est pas correct. Réessayez dans { $seconds } seconde.
       *[other] Ce code PIN n'est pas correct. Réessayez dans { $seconds } secondes.
    }
# After five wrong PINs the menu stays closed for a quarter of an hour.
desk-pin-locked = { $minutes ->
        [one] Trop de codes PIN erronés. Le menu s'ouvrira à nouveau dans { $minutes } minute.
       *[other] Trop de codes PIN erronés. Le menu s'ouvrira à nouveau dans { $minutes } minutes.
    }
# In the menu: end the program (in a locked kiosk, the only way out).
desk-close = Fermer digipunt
    .hint = Le programme s'arrête complètement.

## The report screen: the counts of a period, in bar charts. The headings, names and
## notes on its pages come from report.ftl.

desk-report = Voir le rapport
    .hint = Combien d'aides nous avons données sur une période, en barres.
desk-report-period = Sur quelle période ?
desk-report-this-week = Cette semaine
desk-report-this-month = Ce mois-ci
desk-report-this-quarter = Ce trimestre
desk-report-this-year = Cette année
desk-report-last-month = Le mois dernier
desk-report-last-year = L'année dernière
desk-report-months = Choisir les mois
    .hint = Choisissez d'abord le premier mois, puis le dernier.
desk-report-from = À partir de quel mois ?
desk-report-to = Jusqu'à quel mois (compris) ?
desk-report-loading = Le rapport est en préparation.
desk-report-unreadable = Le rapport ne peut pas être fait maintenant. Réessayez dans un moment.
# Which page of the report is on screen, e.g. "Page 2 sur 8".
desk-report-page = Page { $page } sur { $pages }
# The keys that turn the pages and move up and down a long page.
desk-report-previous = Précédente
desk-report-next = Suivante
desk-report-up = Haut
desk-report-down = Bas
