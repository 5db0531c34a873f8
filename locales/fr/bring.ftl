## Things to bring. `.missing` says what to do without it.

bring-eid = Votre carte d'identité (eID) ou votre carte de séjour électronique
    .missing = Votre carte est perdue ou périmée ? Demandez-en une nouvelle à votre commune.
bring-eid-pin = Le code PIN de votre eID
    .missing = Code PIN oublié ? Votre commune peut vous donner un nouveau code PIN.
bring-card-reader = Un lecteur de carte pour votre eID
    .missing = Demandez si le digipunt a un lecteur de carte. Ou utilisez itsme.
bring-itsme = Votre smartphone avec l'application itsme
    .missing = Pas d'itsme ? Alors utilisez votre eID, votre code PIN et un lecteur de carte.
bring-smartphone = Votre smartphone, chargé
    .missing = Pas de smartphone ? Demandez à l'accompagnateur ce qui est possible sans smartphone.
bring-email = Votre adresse e-mail et votre mot de passe
    .missing = Pas d'adresse e-mail ? Créez-en d'abord une avec l'accompagnateur.
bring-cv = Votre CV, sur papier ou sur une clé USB
    .missing = Pas de CV ? Vous pouvez en créer un sur le site web de VDAB.
bring-tax-papers = Vos documents sur vos revenus : fiche de salaire (fiche 281.10), attestations d'allocations ou de pension
    .missing = Pas de documents ? Beaucoup de données sont déjà dans votre déclaration. Vérifiez-les bien.
bring-partner = Vous êtes marié ou cohabitant légal ? Alors votre partenaire aussi, avec son eID ou itsme.
    .missing = Votre partenaire doit aussi signer la déclaration. Cela peut se faire plus tard, avec sa propre eID ou itsme.
bring-bank-card = Votre carte bancaire
    .missing = Sans carte bancaire, vous ne pouvez pas activer l'application. Demandez une carte à votre banque.
bring-bank-reader = Le lecteur de carte de votre banque (digipass)
    .missing = Pas de lecteur de carte de la banque ? Votre banque peut vous en donner un. Ou utilisez itsme.
