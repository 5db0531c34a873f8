## Places a citizen can be sent to. `.what` says what they can do there.

referral-municipality = Your municipality: population office (burgerzaken)
    .what = For a new PIN, a new eID or a card that does not work. Make an appointment first.
referral-fod-financien = FPS Finance
    .what = Help with your tax return. Call, or make an appointment at an office. You can only go there with an appointment.
referral-vdab = VDAB
    .what = Help with looking for work, your CV and your tasks. Call for free, or go to a VDAB office.
referral-bank = Your bank
    .what = For your bank card, your card reader and your bank's app. Call your bank or go to a branch.
referral-cardstop = Card Stop
    .what = Get your bank card blocked at once, day or night. After that, also call your bank.
referral-police = The police
    .what = Report it to the local police if you lost money to a scam. Take the file number from Card Stop with you.
referral-itsme = Help from itsme
    .what = For a blocked itsme or a forgotten itsme code. Look on the itsme website.
referral-docstop = DOC STOP
    .what = Get a lost or stolen eID blocked at once, day or night. Calling the number is free.
