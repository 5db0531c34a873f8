## Things to bring. `.missing` says what to do without it.

bring-eid = Your identity card (eID) or your electronic residence card
    .missing = Is your card lost or expired? Ask your municipality for a new one.
bring-eid-pin = The PIN of your eID
    .missing = Forgot your PIN? Your municipality can give you a new PIN.
bring-card-reader = A card reader for your eID
    .missing = Ask if the digipunt has a card reader. Or use itsme.
bring-itsme = Your smartphone with the itsme app
    .missing = No itsme? Then use your eID, your PIN and a card reader.
bring-smartphone = Your smartphone, charged
    .missing = No smartphone? Ask the helper what you can do without a smartphone.
bring-email = Your email address and your password
    .missing = No email address? First make one with the helper.
bring-cv = Your CV, on paper or on a USB stick
    .missing = No CV? You can make one on the VDAB website.
bring-tax-papers = Your papers about your income: pay slip for tax (fiche 281.10), certificates of benefits or pension
    .missing = No papers? A lot of the information is already in your tax return. Check it carefully.
bring-partner = Are you married or legally cohabiting? Then also bring your partner, with their eID or itsme.
    .missing = Your partner must also sign the tax return. They can do this later, with their own eID or itsme.
bring-bank-card = Your bank card
    .missing = Without a bank card, you cannot activate the app. Ask your bank for a card.
bring-bank-reader = The card reader from your bank (digipass)
    .missing = No card reader from your bank? Your bank can give you one. Or use itsme.
