## Things to bring. `.missing` says what to do without it.

bring-eid = Je identiteitskaart (eID) of je elektronische verblijfskaart
    .missing = Is je kaart kwijt of vervallen? Vraag een nieuwe aan bij je gemeente.
bring-eid-pin = De pincode van je eID
    .missing = Pincode vergeten? Je gemeente kan een nieuwe pincode geven.
bring-card-reader = Een kaartlezer voor je eID
    .missing = Vraag of de digipunt een kaartlezer heeft. Of gebruik itsme.
bring-itsme = Je smartphone met de app itsme
    .missing = Geen itsme? Gebruik dan je eID, je pincode en een kaartlezer.
bring-smartphone = Je smartphone, opgeladen
    .missing = Geen smartphone? Vraag de begeleider wat kan zonder smartphone.
bring-email = Je e-mailadres en je wachtwoord
    .missing = Geen e-mailadres? Maak er eerst een met de begeleider.
bring-cv = Je cv, op papier of op een USB-stick
    .missing = Geen cv? Je kan er een maken op de website van VDAB.
bring-tax-papers = Je papieren over je inkomen: loonfiche, attesten van uitkering of pensioen
    .missing = Geen papieren? Veel gegevens staan al in je aangifte. Kijk ze goed na.
bring-partner = Ben je getrouwd of wettelijk samenwonend? Dan ook je partner, met eID of itsme.
    .missing = Je partner moet de aangifte ook ondertekenen. Dat kan later, met de eigen eID of itsme.
bring-bank-card = Je bankkaart
    .missing = Zonder bankkaart kan je de app niet activeren. Vraag een kaart aan je bank.
bring-bank-reader = De kaartlezer van je bank (digipass)
    .missing = Geen kaartlezer van de bank? Je bank kan er een geven. Of gebruik itsme.
