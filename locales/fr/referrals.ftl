## Places a citizen can be sent to. `.what` says what they can do there.

referral-municipality = Votre commune : service Population
    .what = Pour un nouveau code PIN, une nouvelle eID ou une carte qui ne marche pas. Prenez d'abord rendez-vous.
referral-fod-financien = SPF Finances
    .what = Aide pour votre déclaration d'impôts. Téléphonez, ou prenez rendez-vous dans un bureau : on vous reçoit seulement sur rendez-vous.
referral-vdab = VDAB
    .what = Aide pour chercher du travail, pour votre CV et pour vos tâches. Appelez gratuitement ou allez dans un bureau VDAB.
referral-bank = Votre banque
    .what = Pour votre carte bancaire, votre lecteur de carte et l'application de votre banque. Appelez votre banque ou allez dans une agence.
referral-cardstop = Card Stop
    .what = Faites bloquer votre carte bancaire tout de suite, jour et nuit. Ensuite, appelez aussi votre banque.
referral-police = La police
    .what = Portez plainte à la police locale si vous avez perdu de l'argent à cause d'une escroquerie. Prenez avec vous le numéro de dossier de Card Stop.
referral-itsme = Aide d'itsme
    .what = Pour un itsme bloqué ou un code itsme oublié. Regardez sur le site web d'itsme.
referral-docstop = DOC STOP
    .what = Faites bloquer tout de suite une eID perdue ou volée, jour et nuit. Le numéro est gratuit.
