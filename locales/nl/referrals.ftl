## Places a citizen can be sent to. `.what` says what they can do there.

referral-municipality = Je gemeente: dienst burgerzaken
    .what = Voor een nieuwe pincode, een nieuwe eID of een kaart die niet werkt. Maak eerst een afspraak.
referral-fod-financien = FOD Financiën
    .what = Hulp bij je belastingaangifte. Bel, of maak een afspraak in een kantoor: je gaat alleen op afspraak.
referral-vdab = VDAB
    .what = Hulp bij werk zoeken, je cv en je opdrachten. Bel gratis of ga naar een VDAB-kantoor.
referral-bank = Je bank
    .what = Voor je bankkaart, je kaartlezer en de app van je bank. Bel je bank of ga naar een kantoor.
referral-cardstop = Card Stop
    .what = Laat je bankkaart meteen blokkeren, dag en nacht. Bel daarna ook je bank.
referral-police = De politie
    .what = Doe aangifte bij de lokale politie als je geld kwijt bent door oplichting. Neem het dossiernummer van Card Stop mee.
referral-itsme = Hulp van itsme
    .what = Voor een geblokkeerde itsme of een vergeten itsme-code. Kijk op de website van itsme.
referral-docstop = DOC STOP
    .what = Laat een verloren of gestolen eID meteen blokkeren, dag en nacht. Het nummer is gratis.
