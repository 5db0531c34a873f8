## Le rapport du coordinateur (`digipunt report`). Traduit du néerlandais.

report-title = Rapport du digipunt
report-period = Période : du { $from } au { $to }

## Portée : combien de personnes ont été aidées, par rapport à l'objectif de l'année.
report-reach = Portée
report-interactions = Nombre d'aides
report-people = Personnes aidées (estimation)
report-at-least = au moins { $count }
report-target = Objectif de l'année (personnes)
report-target-part = Part de l'objectif
report-percent = { $percent } %
report-progress = { $people } personnes sur les { $target } de l'objectif de l'année

## Les tableaux.
report-by-category = Pour quoi nous avons aidé
report-by-language = Dans quelle langue
report-by-outcome = Comment cela s'est terminé
report-by-mode = Avec ou sans accompagnateur
report-by-channel = Où nous avons aidé
report-problems = Les problèmes les plus fréquents
report-referrals = Où nous avons le plus souvent envoyé les gens
report-sessions = Séances en groupe
report-sessions-count = Séances
report-sessions-attendees = Participants
report-sessions-minutes = Minutes au total
report-by-week = Nombre d'aides par semaine
report-counted = Nombre d'aides : { $groups }
report-count = Nombre
report-total = Total
report-week = Semaine { $week } (à partir du { $monday })
report-chart = Diagramme en barres. Le tableau à côté donne les mêmes nombres.
report-withheld = Trop peu par groupe pour les montrer. Ainsi, personne ne peut être reconnu.
report-empty = Rien n'a été compté pendant cette période.

## Ce que veulent dire les signes.
report-legend-small = { $marker } veut dire : moins de { $threshold }. Nous ne montrons pas les petits nombres. Ainsi, personne ne peut être reconnu.
report-legend-hidden = { $marker } veut dire : pas montré. Sinon, on pourrait calculer un petit nombre.
report-legend-people = Le nombre de personnes est une estimation. À chaque aide, nous demandons : est-ce la première fois cette année ?

## Noms des codes.
report-unknown = Inconnu
report-problem-none = Aucun problème
report-referral-none = Pas envoyé ailleurs
report-mode-assisted = Avec un accompagnateur
report-mode-self = Seul, sans accompagnateur
report-channel-desk = Au digipunt
report-channel-phone = Par téléphone
report-channel-home-visit = Chez la personne
report-channel-group = En groupe
report-first-visit-yes = Première fois cette année
report-first-visit-no = Déjà venu cette année
report-daypart-morning = Matin
report-daypart-afternoon = Après-midi
report-daypart-evening = Soir
outcome-abandoned = Arrêté avant la fin

## En-têtes de colonne.
report-dimension-task = Tâche
report-dimension-category = Thème
report-dimension-language = Langue
report-dimension-outcome = Résultat
report-dimension-problem = Problème
report-dimension-mode = Accompagnement
report-dimension-channel = Lieu
report-dimension-first-visit = Première fois
report-dimension-age-band = Âge
report-dimension-kiosk = Digipunt
report-dimension-week = Semaine
report-dimension-month = Mois
report-dimension-daypart = Moment de la journée
report-dimension-referral = Envoyé vers
