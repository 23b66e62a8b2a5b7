"""Seventh fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first six probe sets). Its writers are customers the earlier sets had
none of: a law firm's billing coordinator, a hair salon owner, a homeowners' association board
treasurer, a veterinary practice manager, a plumber who hires Harbor & Pine as a subcontractor
and waits on his own general contractor, a film production's accountant, a daycare director, a
small inn and its front desk, a brewery, an architect who certifies pay applications, the adult
child of a home-care client, a gym owner, language schools, tattoo studios, a Brazilian cleaning
company in the United States, a German dental lab, a Dutch florist, a French bakery chain's
accounts-payable clerk and a Mexican transport company. 200 replies over every kind, with 28 mixed
(two kinds each: the record checks allow no more), a bit over a third of them texts, about 55%
English.

Hard cases it leans on: questions that carry complaint words ("double paying", "failed", "not
arguing", "taxa ... refaturar") without disputing; disputes asked as questions ("is there a reason
the board is being billed ...?", "why am i paying for a dumpster?"); hardship that names a date
that is no promise (a special-assessment vote, Medicaid "likely February", "aguardasse até
fevereiro", "bis Mitte Januar"); payments told only by a reference or a forwarded bank notice;
hedged promises ("gonna try for the 15th, worst case the 18th", "hoping to ... end of next week",
"als het goed is vrijdag, uiterlijk maandag", "deve seguir até ao final do mês"); "other" replies
that mention money, a wrap date, a board meeting or a new address without promising; indirect
opt-outs (a salon's booking line, a clinic's emergency cell, "dit adres voortaan overslaan"); and
automatic replies, some in a person's voice ("promise!"), that talk about check runs and terms.

em(...) and sms(...) take the arguments probe3_bodies.py's docstring explains (the chk rules
are checked by make_probe7.py).

Labelling follows the corpus conventions (see the docstrings of ../bodies_extra_en.py,
../bodies_extra_3.py and probe4_bodies.py to probe6_bodies.py). Beyond them, this set reads:
  - an architect who certifies a pay application less than billed ("we'll certify 60% on that
    line") disputes; an architect copied on the reminders who hands it to the owner is other, and
    one who asks to be taken off them is opt-out.
  - a plumber paid "when the GC pays me" who names the day he pays is a dated promise; "the GC
    hasn't paid me, the money isn't there" is hardship.
  - "tonight" is the reply's own day (+0).
  - asking for the invoice to be split into two documents for a lender is a question, not
    hardship: nothing is asked about paying less or later.
  - a death announced together with "please stop sending these" is opt-out.

November 2026: Mon 16, Fri 20, Mon 23, Tue 24, Wed 25, Thu 26 (Thanksgiving), Fri 27, Mon 30.
December 2026: Tue 1, Wed 2, Thu 3, Fri 4, Sat 5, Sun 6, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11,
Sat 12, Sun 13, Mon 14, Tue 15, Wed 16, Thu 17, Fri 18, Sat 19, Sun 20, Mon 21, Tue 22, Wed 23,
Thu 24, Fri 25, Mon 28, Tue 29, Wed 30, Thu 31. January 2027: Fri 1, Mon 4, Fri 8, Mon 11, Fri 15.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")

# ============================================================ other (30)
# ---- English, texts (7)
sms("other", "en", "this is the front desk at Shear Bliss, Jolene is with a client for the next 2 hrs (color + cut). ill put ur message on her clipboard",
    sent="12-08 11:15", b="other", note="a receptionist passes it on")
sms("other", "en", "we're shooting on stage 3 till the 18th, nobody in the production office reads texts. email margit",
    sent="12-09 14:22", b="other", note="film crew; a date that is a wrap, no promise")
sms("other", "en", "2 emergency surgeries back to back today. ill look at the invoice tonight after we close",
    sent="12-10 16:48", b="other", note="vet clinic; looking at it tonight is no promise to pay")
sms("other", "en", "taproom's closed mondays so ill be at the brewery tues morning if mike wants to swing by and look at the walk-in door",
    sent="12-13 19:05", b="other", note="brewery; a site visit offered on a day, nothing about paying")
sms("other", "en", "this is my mom's number. she has dementia and a caregiver reads her texts. i handle her bills now, reach me at 414-555-0247",
    sent="12-03 10:40", b="other", note="an adult child gives a new contact; no money trouble stated")
sms("other", "en", "kids are napping so im whispering by text lol. our board chair signs all checks, ive flagged this for her",
    sent="12-09 13:10", b="other", note="daycare director; flagged for the check signer, no promise")
sms("other", "en", "tattooing rn, gloves on. later", sent="12-11 15:30", b="other", note="tattoo artist mid-session")

# ---- English, e-mails (10)
em("other", "en", """
Thank you. For our records, all vendor invoices must be addressed to the firm's Office Services Department and bear the matter number 2026-0418 (Office Renovation). I have logged {inv} and routed it to our Director of Administration for her weekly review on Thursday.

Philippa Holloway
Billing Coordinator
""", sent="12-08 09:35", b="other", who="Philippa Holloway",
   note="law firm billing; a review day and a matter number, no promise")
em("other", "en", """
Dana,

I'm one of five volunteers on the board, and we only sign checks at our monthly meeting. The December meeting is on the 17th in the clubhouse - the one your crew re-roofed - and this will be on the agenda. Anything over $1,000 needs two signatures.

Warren
""", sent="12-08 20:15", b="other", who="Warren Kittredge",
   note="HOA treasurer; on a meeting's agenda is no promise")
em("other", "en", """
Hi Dana,

I think our office ended up on your reminder list because we were copied on the original contract. The invoice itself is addressed to the owner, so I've forwarded your note to their office manager, Pam (pam@castellanoholdings.example). Happy to help with any punch-list items in the meantime.

Anselm
""", sent="12-09 11:20", b="other", who="Anselm Whitcombe",
   note="architect copied on the reminders hands it on; denies nothing about the work")
em("other", "en", """
Hi Dana - Margit here, production accountant on LOW TIDE. A heads-up so nothing falls through the cracks: we wrap principal photography on December 18 and the production office moves to the post facility on the 21st. Vendor mail after that goes to 3300 W. Olive Ave, Suite 410, Burbank, CA 91505. The set construction invoices are with our UPM for sign-off.
""", sent="12-10 17:30", b="other", who="Margit Solberg",
   note="film accountant; wrap and move dates, an address, no promise")
em("other", "en", """
We're at 100% occupancy through New Year's and I'm covering night audit myself this week, so forgive the slow reply. I've put your reminder in the owner's folder; he handles contractor payments when he's in on Mondays.

Quentin
""", sent="12-11 02:40", b="other", who="Quentin Haverford",
   note="small inn at 2 a.m.; the owner's office day is no promise")
em("other", "en", """
Hello,

I'm Denise, Arthur Halvorsen's daughter. Dad moved into assisted living last month and I now hold power of attorney for his finances. Please send anything about the ramp and the bathroom work to me at this address from now on rather than to his old e-mail.

Thank you,
Denise Halvorsen
""", sent="11-20 19:45", b="other", who="Denise Halvorsen",
   note="a home-care client's adult child takes over the account; no money trouble, no promise")
em("other", "en", """
Got this between classes. Heads up that I'm switching bookkeepers at the end of the month - starting in January all invoices should go to books@ironcladstrength.example. Anything for December still goes to Tasha.

Reggie
""", sent="12-14 12:05", b="other", who="Reggie Fairweather", note="gym owner; a new billing address from a date")
em("other", "en", """
Dear Dana,

Thank you for your message. Our school closes between terms from 19 December to 4 January, and during term our finance officer, Mr Pell, is in only on Tuesdays and Thursdays. I have left a printed copy of your e-mail in his tray.

Kind regards,
Felicity Armitage
""", sent="12-08 16:50", b="other", who="Felicity Armitage",
   note="a person, not an auto-reply, naming closure dates and office days")
em("other", "en", """
lol the amount on this is almost exactly what I charged for a full back piece last week. Anyway, I'm not the one who does the books, that's my business partner Kira. Forwarding it to her now.
""", sent="12-09 22:10", b="other", who="Dax Moreland", note="an amount joked about; handed to a partner")
em("other", "en", """
Received, thank you. Just so you know, our clinic was bought by a veterinary group on December 1 and accounts payable now runs through their corporate office in Milwaukee. I don't yet know who handles older invoices like this one, but I've asked and will pass along whatever they tell me.

Deborah Szymanski
Practice Manager
""", sent="12-07 14:25", b="other", who="Deborah Szymanski", st="outlook-quote",
   note="vet practice sold; a date, a hand-off, no promise")

# ---- French (3)
em("other", "fr", """
Bonjour,

Pour information, notre service comptable change de logiciel au 1er janvier. Les factures reçues après le 18 décembre seront saisies dans le nouveau système à partir du 11 janvier. Merci de noter aussi notre nouvelle adresse de facturation : Boulangeries Maison Ferrand, Service Fournisseurs, 12 quai Perrache, 69002 Lyon.

Cordialement,
Sandrine Mercadier
""", sent="12-09 10:15", b="other", who="Sandrine Mercadier",
   note="bakery chain AP clerk; dates of a software change and an address, no promise")
sms("other", "fr", "je suis en tournée de livraison, je regarde votre message ce soir au calme", sent="12-09 10:05",
    b="other", note="reading tonight is no promise")
em("other", "fr", """
Bonjour Madame,

Maître Desrochers est en audience toute la semaine au tribunal de Nanterre. Je lui soumettrai votre courriel à son retour au cabinet, le lundi 14 décembre.

Bien cordialement,
Séverine Desrochers
""", sent="12-08 11:40", b="other", who="Séverine Desrochers", note="law firm assistant; a return day, no promise")

# ---- German (3)
em("other", "de", """
Guten Tag Frau Whitfield,

danke für die Erinnerung. Zur Info: Unser Labor hat zum 1. Dezember eine neue Steuernummer erhalten, bitte künftig auf allen Rechnungen angeben: 99/815/04421. Die Rechnung selbst liegt bei unserer Buchhaltung.

Viele Grüße
Ulrike Brandstätter
""", sent="12-08 08:50", b="other", who="Ulrike Brandstätter", note="dental lab; a new tax number, passed on")
sms("other", "de", "Bin grad mit der Gästeanreise beschäftigt, melde mich später", sent="12-12 08:10", b="other",
    note="small hotel at check-in time")
em("other", "de", """
Sehr geehrte Frau Whitfield,

Ihre Schlussrechnung prüfen wir als Bauleitung derzeit sachlich und rechnerisch. Das Prüfergebnis geht bis zum 18.12. an die Bauherrin; die Zahlung erfolgt dann direkt durch sie.

Mit freundlichen Grüßen
Jonas Rehbein
""", sent="12-09 14:30", b="other", who="Jonas Rehbein",
   note="German architect checking the bill for the owner; a date for the check, not for paying")

# ---- Spanish (3)
em("other", "es", """
Buen día. Le comento que nuestra empresa cambió de domicilio fiscal a partir del 1 de diciembre: ahora es Blvd. Aeropuerto 2140, Col. Los Ramírez, León, Gto. Favor de actualizarlo en sus registros. La factura ya la tiene el contralor.

Saludos,
Héctor Villaseñor
""", sent="12-08 09:20", b="other", who="Héctor Villaseñor", note="Mexican transport company; a new address")
sms("other", "es", "ahorita tengo clienta en la silla, al rato lo veo", sent="12-11 12:40", b="other",
    note="salon owner with a client")
em("other", "es", """
Buenas tardes. Soy Consuelo, la hija de doña Refugio Tapia. Mi mamá ya no revisa su correo y yo le ayudo con sus cuentas. Le pido que me copie a mí en cualquier mensaje sobre la rampa y el baño.
""", sent="12-10 18:30", b="other", who="Consuelo Tapia", note="adult child asks to be copied; no opt-out")

# ---- Dutch (2)
em("other", "nl", """
Goedemorgen,

Het is hier een gekkenhuis met de kerststukken, ik kijk na de feestdagen rustig naar alle post. Mijn man doet normaal de administratie, maar die ligt met een gebroken enkel op de bank.

Groetjes, Gerdien
""", sent="12-16 07:45", b="other", who="Gerdien Verhoef",
   note="florist in the Christmas rush; looking after the holidays is no promise, a broken ankle no money trouble")
sms("other", "nl", "Dit nummer is van de brouwerij, niet van Sjoerd privé. Stuur het maar naar zijn mail", sent="12-10 09:55",
    b="other", note="a business line points to a person's e-mail")

# ---- Portuguese (2)
sms("other", "pt", "oi aqui é a cleide, to limpando uma casa agora, de noite eu vejo isso com calma", sent="12-09 11:30",
    b="other", note="Brazilian cleaner in the US; looking tonight")
em("other", "pt", """
Boa tarde,

Informo que a Casa do Largo mudou de contabilista. A partir de janeiro, as faturas e lembretes devem ser enviados para contabilidade@{domain}.

Cumprimentos,
Filomena Rebelo
""", sent="12-11 15:10", b="other", who="Filomena Rebelo",
   note="Porto guesthouse; a new billing address from January, not an opt-out")

# ============================================================ questions (25)
# ---- English, texts (4)
sms("question", "en", "quick q - is the dryer vent reroute on this bill or the next one? trying to match it to my notes",
    sent="12-08 18:40", b="question")
sms("question", "en", "do u guys take amex? biz card has the points", sent="12-09 12:05", b="question")
sms("question", "en", "is this the one for the shampoo sinks or the front desk? got 2 invoices from u this fall",
    sent="12-10 09:50", b="question", note="salon")
sms("question", "en", "whats the balance after the deposit i gave mike in oct? dont want to end up double paying",
    sent="12-07 20:35", b="question", note="'double paying' disputes nothing; the deposit is no payment of this invoice")

# ---- English, e-mails (10)
em("question", "en", """
Good afternoon,

Could you please provide a current W-9 and an itemized statement showing labor and materials separately? Firm policy requires both before a vendor invoice of this size can be approved. We would also ask that the invoice be re-sent as a PDF attachment rather than a link.

Thank you,
Philippa Holloway
""", sent="12-09 15:05", b="question", who="Philippa Holloway", st="multipart",
   note="law firm; document requests, no question mark on the second")
em("question", "en", """
Dana,

At our last meeting a homeowner asked whether the clubhouse roof carries a warranty, for how long, and whether it stays with the association if we change management companies. Could you send me something in writing for the board packet? And is the disposal fee included in this amount, or was it billed separately?

Warren Kittredge
Treasurer, Briar Hollow HOA
""", sent="12-10 19:25", b="question", who="Warren Kittredge")
em("question", "en", """
Hi Dana,

Before I submit this to our new corporate AP: they're asking for a lien waiver for the kennel expansion. Do you issue conditional waivers, or only unconditional ones once paid? Sorry for the extra step - it's their process, not mine.

Deborah
""", sent="12-11 10:45", b="question", who="Deborah Szymanski", note="'before I submit' is no promise")
em("question", "en", """
Hi Dana - for our cost report I need this split across the two sets. How much of the {amt} was the diner set and how much the motel interior? Also, can you confirm whether your crew was on union or non-union rates? The payroll company is asking.

Thanks!
Margit
""", sent="12-14 11:15", b="question", who="Margit Solberg", st="html")
em("question", "en", """
Hello,

Our licensing inspector has asked for proof that the new playground fence meets the 4-foot height requirement and that the gate latch is self-closing. Is that something your office can document? I'd also like to know whether this invoice includes the second latch, after the first one failed.

Bernadette Ekwueme
Center Director
""", sent="12-07 13:55", b="question", who="Bernadette Ekwueme",
   note="'failed' describes the first latch; asks, disputes nothing")
em("question", "en", """
Is there any chance this could be split into two invoices - one for the walk-in cooler wall and one for the taproom bar? Our SBA loan covers equipment-related build-out but not the bar, so the lender wants them separate.

Casey
""", sent="12-08 14:20", b="question", who="Casey Brandvold",
   note="two invoices for a lender; nothing about paying less or later")
em("question", "en", """
Dana,

For the certificate for payment I need your schedule of values updated to show percent complete on each line through November 30. Can you send it on a G703 continuation sheet? The owner's lender won't release the draw without it.

Anselm Whitcombe, AIA
""", sent="12-01 16:10", b="question", who="Anselm Whitcombe", note="architect asks for pay-application paperwork")
em("question", "en", """
Hi Dana, a question before I pay anything on Dad's behalf: do Medicare or long-term care policies usually reimburse grab bars and a ramp? If other families have asked you for paperwork for that, I'd love to know what format the insurers want.
""", sent="11-24 20:05", b="question", who="Denise Halvorsen", note="'before I pay' is no promise")
em("question", "en", """
Quick question - the invoice says "rubber flooring, 1,200 sq ft." Our gym floor is 1,150 according to the lease. Is the 1,200 including waste and cutoffs? Not arguing, just trying to understand how you measure.
""", sent="12-09 06:10", b="question", who="Reggie Fairweather", st="apple-quote",
   note="a quantity asked about with 'not arguing': question, not dispute")
em("question", "en", """
hey, is there a discount for cash? and does this cover the sink at the 3rd station or is that a separate bill
""", sent="12-10 13:35", b="question", who="Dax Moreland", st="mobile", note="second question without a question mark")

# ---- French (3)
em("question", "fr", """
Bonjour,

Afin de pouvoir intégrer votre facture, pourriez-vous nous communiquer votre numéro d'identification fiscale, ou à défaut une attestation indiquant que votre société n'est pas assujettie à la TVA ? Notre logiciel bloque les factures sans ce champ.

Cordialement,
Sandrine Mercadier
Comptable fournisseurs
""", sent="12-07 09:40", b="question", who="Sandrine Mercadier", note="'bloque' is the software, no dispute")
sms("question", "fr", "c'est bien le même montant que le devis signé en octobre ? je n'ai pas le devis sous la main",
    sent="12-08 12:20", b="question")
em("question", "fr", """
Bonjour Dana,

Est-ce que la facture inclut la TPS et la TVQ? Notre CPE est subventionné et on doit ventiler les taxes dans notre rapport au ministère.

Merci!
Josée
""", sent="12-09 13:05", b="question", who="Josée Thibodeau", note="Québec daycare; a tax question")

# ---- German (2)
em("question", "de", """
Sehr geehrte Damen und Herren,

können Sie uns bitte mitteilen, ob es sich um eine Abschlagsrechnung oder um die Schlussrechnung handelt? Für die Abschreibung der Laborerweiterung müssen wir das wissen.

Mit freundlichen Grüßen
Buchhaltung
""", sent="12-10 10:20", b="question", who="Buchhaltung Dentallabor Brandstätter")
sms("question", "de", "Ist bei dem Betrag der Skonto schon abgezogen? Auf der letzten Rechnung standen 2% bei Zahlung in 10 Tagen",
    sent="12-09 04:15", b="question", note="a cash discount asked about")

# ---- Spanish (2)
em("question", "es", """
Buen día. ¿Aceptan transferencias en dólares desde una cuenta en México, o tiene que ser desde un banco de EE. UU.? Nuestro banco cobra una comisión alta por SWIFT y queremos ver opciones antes de programar el pago.

Atentamente,
Héctor Villaseñor
Gerente de Administración
""", sent="12-10 11:45", b="question", who="Héctor Villaseñor", note="how to pay; 'antes de programar' is no promise")
sms("question", "es", "una pregunta, ese total ya trae el descuento que nos dijo mike por pagar antes de fin de año?",
    sent="12-14 17:20", b="question", note="asks about a discount; no promise")

# ---- Dutch (2)
em("question", "nl", """
Goedemiddag,

Kan de factuur ook als UBL-bestand worden aangeleverd? Ons boekhoudpakket leest pdf's slecht in. En welk kenmerk moeten we bij de betaling vermelden?

Met vriendelijke groet,
Annelies Wubbels
""", sent="12-08 13:50", b="question", who="Annelies Wubbels")
sms("question", "nl", "Is dit voor de koelcel of voor de tapinstallatie? Zie twee bedragen in mijn mail", sent="12-09 10:30",
    b="question")

# ---- Portuguese (2)
sms("question", "pt", "oi, vcs aceitam zelle? ou só cheque? meu banco cobra pra fazer ach", sent="12-08 19:15",
    b="question", note="Brazilian in the US")
em("question", "pt", """
Olá. Na fatura aparece uma "taxa de licenciamento municipal". Essa taxa foi paga por vocês à câmara e estão a refaturar, certo? Só quero perceber para explicar ao contabilista.

Duarte Sequeira
""", sent="12-09 16:25", b="question", who="Duarte Sequeira",
   note="a charge asked about, not contested")

# ============================================================ auto-replies (25)
# ---- English, e-mails (10)
em("auto-reply", "en", """
Thank you for your e-mail. The Billing Department of Pryce, Okonjo & Wilde LLP is closed December 24 through January 1. Vendor payments are processed on the 15th and the last business day of each month; invoices received after December 15 will be considered in the January 15 cycle.

This mailbox is not monitored during the closure.
""", sent="12-24 07:05", b="auto", ah=True, who="Philippa Holloway", frm=("Billing Department", "billing@{domain}"),
   subj="Automatic reply: {s}", note="payment cycles in an automatic reply are no promise")
em("auto-reply", "en", """
Hi love! I'm on a much-needed break until Tuesday the 29th. The salon is open with limited hours - book online at shearblisssalon.example/book. Anything about money will wait until I'm back, promise!

xo Jolene
""", sent="12-21 08:30", b="auto", ah=False, who="Jolene Baptiste", subj="Re: {s}",
   note="no headers, Re: subject, a person's voice; 'promise!' in an out-of-office is no promise")
em("auto-reply", "en", """
This is an automated acknowledgement from the Briar Hollow Homeowners Association. Your message has been logged and will be reviewed by the Board at its next scheduled meeting. The Board does not respond to individual inquiries between meetings. Payments to vendors are authorized by Board vote only.
""", sent="12-07 08:05", b="auto", ah=True, who="Warren Kittredge", frm=("Briar Hollow HOA", "board@{domain}"),
   subj="[Briar Hollow HOA] Message received", note="an HOA's standing acknowledgement")
em("auto-reply", "en", """
Thank you for contacting Sweetgrass Veterinary Clinic! If this is a medical emergency, please call (847) 555-0228 or go to the nearest 24-hour emergency hospital. Messages to this inbox are answered within one business day.
""", sent="12-09 08:15", b="auto", ah=True, who="Deborah Szymanski", subj="Thank you for contacting Sweetgrass")
em("auto-reply", "en", """
LANTERN ROW PICTURES - LOW TIDE PRODUCTION ACCOUNTING

We are on hiatus from December 19 to January 4. Vendor invoices received by December 18 will be paid in the final check run of the year on December 23; all others will be paid in the first run after hiatus. Please include the PO number on every invoice.
""", sent="12-21 07:30", b="auto", ah=False, who="Margit Solberg", frm=("LOW TIDE Accounting", "accounting@{domain}"),
   subj="Auto: {s}", note="no headers; a named check run in an automatic reply is no promise")
em("auto-reply", "en", """
Little Acorns Early Learning Center is closed for winter break December 24 - January 1. The office reopens Monday, January 4 at 7:00 a.m.

Have a safe and happy holiday!
""", sent="12-24 06:50", b="auto", ah=True, who="Bernadette Ekwueme", subj="Out of Office: {s}")
em("auto-reply", "en", """
Thank you for your message to The Larkspur Inn. A member of our front desk team will respond within 24 hours. For reservations, please call (262) 555-0251.

We look forward to welcoming you!
""", sent="12-08 08:25", b="auto", ah=True, who="Front Desk", subj="Re: {s}",
   note="an inn's front-desk acknowledgement")
em("auto-reply", "en", """
Heads up: I'm at a brewers' conference in Denver through Friday and on the brewhouse floor the week after, so e-mail is spotty. If it's about an invoice, Sam in the office pays bills on Wednesdays.

Cheers,
Casey
""", sent="12-14 09:10", b="auto", ah=False, who="Casey Brandvold", subj="Re: {s}",
   note="no headers, written like a person; a bill-paying weekday is no promise")
em("auto-reply", "en", """
I am out of the office on site visits until Thursday, December 10, with intermittent access to e-mail. For urgent project matters please call our office at (312) 555-0268.
""", sent="12-07 08:40", b="auto", ah=True, who="Anselm Whitcombe", subj="Out of Office: {s}")
em("auto-reply", "en", """
AUTOMATIC REPLY - Thanks for reaching out to Ironclad! Memberships and class schedules: ironcladstrength.example/join. Vendor invoices are paid net 30 from receipt. We'll get back to you ASAP.
""", sent="12-10 09:35", b="auto", ah=True, who="Reggie Fairweather", subj="Auto-Reply: {s}",
   note="net 30 in an automatic reply")

# ---- English, texts (3)
sms("auto-reply", "en", "Thanks for texting Black Lantern Tattoo! We work by appointment only. Reply BOOK for a consult link or call us Tue-Sat 12-8.",
    sent="12-08 13:45", b="auto", note="studio auto-text with a keyword")
sms("auto-reply", "en", "Auto-reply: I'm teaching a class right now and will text back after 7pm. - Polyglot Corner front desk",
    sent="12-09 10:20", b="auto", note="language school auto-text")
sms("auto-reply", "en", "This is an automated message from Sweetgrass Veterinary Clinic. This number cannot receive replies. Call (847) 555-0228 to reach us.",
    sent="12-10 14:05", b="auto", note="no-reply business number")

# ---- French (3)
em("auto-reply", "fr", """
Bonjour,

Nous accusons réception de votre message. Pour rappel, nos factures fournisseurs sont réglées à 45 jours fin de mois, par virement, le 15 de chaque mois. Toute facture doit mentionner un numéro de bon de commande.

Ce message est généré automatiquement, merci de ne pas y répondre.
""", sent="12-08 08:35", b="auto", ah=True, who="Comptabilité Fournisseurs", subj="Accusé de réception : {s}",
   note="payment terms in an automatic acknowledgement")
em("auto-reply", "fr", """
Bonjour, je suis en congé jusqu'au 5 janvier. Pour toute question urgente concernant le CPE, communiquez avec Nathalie Gagnon, adjointe administrative, au 514 555-0229.

Joyeuses fêtes!
Josée
""", sent="12-22 09:15", b="auto", ah=False, who="Josée Thibodeau", subj="Absente : {s}",
   note="no headers; Québec out-of-office in a person's voice")
em("auto-reply", "fr", """
Je suis absente du cabinet jusqu'au lundi 4 janvier inclus. Les règlements fournisseurs du cabinet reprendront à mon retour. Pour toute urgence, merci de contacter l'accueil au 01 42 55 02 37.
""", sent="12-23 09:05", b="auto", ah=True, who="Séverine Desrochers", subj="Réponse automatique : {s}",
   note="payments resuming on a return day, in an automatic reply")

# ---- German (3)
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht. Unser Labor ist vom 23.12. bis einschließlich 06.01. geschlossen. Abformungen und Aufträge bitte bis 21.12., 12 Uhr, einsenden. Ihre Nachricht wird nicht weitergeleitet.
""", sent="12-23 08:10", b="auto", ah=True, who="Ulrike Brandstätter", subj="Abwesenheitsnotiz: {s}",
   note="dental lab closure")
em("auto-reply", "de", """
Grüß Gott und danke für Ihre Nachricht an das Hotel Garni Alpenrose! Wir sind in der Hochsaison und beantworten E-Mails innerhalb von 48 Stunden. Zimmeranfragen bitte direkt über unsere Website.
""", sent="12-19 08:45", b="auto", ah=False, who="Theresia Grubinger", subj="Re: {s}",
   note="no headers; Austrian inn")
em("auto-reply", "de", """
Automatische Antwort: Ich bin bis 8. Januar im Urlaub. Rechnungen werden in dieser Zeit nicht freigegeben; Zahlungen laufen wie gewohnt zum 15. des Folgemonats. In dringenden Fällen: buchhaltung@{domain}.
""", sent="12-18 09:30", b="auto", ah=True, who="Korbinian Haslinger", subj="Automatische Antwort: {s}",
   note="payment terms in an automatic reply")

# ---- Spanish (2)
em("auto-reply", "es", """
Este es un mensaje automático. Su correo fue recibido por el área de Cuentas por Pagar de Transportes Villaseñor del Bajío. Los pagos a proveedores se programan los jueves, previa validación de la factura y de la orden de compra.

No responda a este mensaje.
""", sent="12-09 08:05", b="auto", ah=True, who="Cuentas por Pagar", subj="Recibido: {s}",
   note="a Thursday payment schedule in an automatic reply")
sms("auto-reply", "es", "Estética Yesenia: gracias por su mensaje. Ahorita estamos atendiendo clientas. Para citas marque al 773-555-0216. Mensaje automático.",
    sent="12-12 11:20", b="auto", note="salon auto-text")

# ---- Dutch (2)
em("auto-reply", "nl", """
Bedankt voor je bericht! In de kerstweek zijn we alleen open voor bestellingen die al geplaatst zijn. Vanaf 4 januari lees ik mijn mail weer.

Fijne feestdagen,
Gerdien - Bloemenhuis Verhoef
""", sent="12-21 08:20", b="auto", ah=False, who="Gerdien Verhoef", subj="Re: {s}",
   note="no headers; florist's out-of-office in her own voice")
em("auto-reply", "nl", """
Dit is een automatisch bericht. Taalinstituut De Brug is gesloten tijdens de kerstvakantie (19 december t/m 3 januari). Facturen worden na de vakantie betaald volgens onze betalingstermijn van 30 dagen.
""", sent="12-21 09:25", b="auto", ah=True, who="Annelies Wubbels", subj="Automatisch antwoord: {s}",
   note="payment terms in an automatic reply")

# ---- Portuguese (2)
em("auto-reply", "pt", """
Obrigada pela mensagem! Estamos na correria de fim de ano com as faxinas. Respondemos em até 2 dias úteis. Para orçamentos, ligue (407) 555-0272.

Thank you for your message! We reply within 2 business days.
""", sent="12-15 08:55", b="auto", ah=True, who="Rosimeire Alencar", subj="Resposta automática: {s}",
   note="bilingual auto-reply of a Brazilian cleaning company in Florida")
sms("auto-reply", "pt", "Mensagem automática: Casa do Largo Guest House. Check-in das 15h às 22h. Reservas pelo +351 22 555 0258.",
    sent="12-11 09:40", b="auto", note="guesthouse auto-text")

# ============================================================ disputes (20)
# ---- English, texts (4)
sms("dispute", "en", "bill says 3 days of demo at the salon. ur crew was gone by noon on day 2, my stylists watched them load up",
    sent="12-08 17:25", b="dispute", note="days billed wrong")
sms("dispute", "en", "why am i paying for a dumpster? we used the inns own roll-off, its literally in our lot",
    sent="12-09 21:10", b="dispute", note="a complaint asked as a question")
sms("dispute", "en", "nope. the kennel run doors still dont latch, a dog got out friday. not paying for doors that dont close",
    sent="12-14 15:50", b="dispute", note="faulty work; 'friday' is past")
sms("dispute", "en", "that permit fee is on here twice, once on the oct invoice and again on this one",
    sent="12-10 11:35", b="dispute", note="charge billed twice, no payment of the first claimed")

# ---- English, e-mails (7)
em("dispute", "en", """
Good morning,

We have reviewed the invoice against the signed proposal dated August 14. The proposal provided for a fixed fee of $18,500 for the conference room build-out; the invoice instead bills time and materials of {amt} on top of the progress payment already made. Please reissue the invoice on the agreed fixed-fee basis. Until then we are unable to process it.

Philippa Holloway
Billing Coordinator
""", sent="12-07 10:10", b="dispute", who="Philippa Holloway",
   note="fixed fee vs time and materials; 'progress payment already made' is of another bill, 'unable to process' no hardship")
em("dispute", "en", """
Dana, is there a reason the board is being billed for the gutter work at unit 14? That's the owner's private gutter, not common area, and nobody on the board authorized it. Please bill the homeowner directly.

Warren
""", sent="12-09 18:50", b="dispute", who="Warren Kittredge", note="a dispute asked as a question")
em("dispute", "en", """
Dana - your guys framed the bathroom walls two inches off the layout on the Wentworth job and my crew had to reroute the drain lines to make it work. That's six hours of my time plus fittings. I'm not paying the framing line until we sort out a backcharge.

Tony
""", sent="12-10 06:20", b="dispute", who="Tony Ruggiero", st="mobile",
   note="plumber who subcontracted the framing; a backcharge claimed")
em("dispute", "en", """
Hi Dana,

The invoice includes two days of standby for your crew on November 19 and 20. Under the deal memo, standby is billable only when called by our construction coordinator, and our call sheets show your crew was released on the 18th. Could you take those two days off and re-send?

Best,
Margit Solberg
Production Accountant
""", sent="11-30 15:40", b="dispute", who="Margit Solberg", st="outlook-quote",
   note="a dispute put as a request ('could you take those two days off')")
em("dispute", "en", """
I'm sorry, but I can't approve this. The quote specified rubber mulch under the playground equipment, and what was installed is wood chips. Our license requires impact-absorbing surfacing, so it has to be redone either way.

Bernadette Ekwueme
""", sent="12-08 15:15", b="dispute", who="Bernadette Ekwueme", note="wrong material installed")
em("dispute", "en", """
Dana - I'm returning this pay application unapproved. Line 7 (millwork) is billed at 100%, but the reception desk is still on back-order and the panels at the elevator lobby haven't been installed. We'll certify 60% on that line; please revise and resubmit.

Anselm
""", sent="12-11 16:35", b="dispute", who="Anselm Whitcombe", note="architect certifies less than billed")
em("dispute", "en", """
Hello Dana,

My father's caregiver tells me the grab bar beside the toilet has already pulled loose from the wall. That is exactly what it was installed to prevent. I'd like someone out to fix it properly before we settle this bill - this is about his safety.

Denise
""", sent="12-15 20:20", b="dispute", who="Denise Halvorsen", st="html",
   note="faulty work; 'before we settle' is conditional, no promise")

# ---- French (2)
em("dispute", "fr", """
Bonjour,

Après rapprochement avec le bon de commande n° BC-2026-1187, nous constatons un écart : le devis prévoyait la pose de 3 vitrines réfrigérées, la facture en mentionne 4. La facture est donc bloquée en attente d'un avoir ou d'une facture rectificative.

Cordialement,
Sandrine Mercadier
""", sent="12-10 09:25", b="dispute", who="Sandrine Mercadier",
   note="quantity beyond the purchase order; 'bloquée' is no hardship")
sms("dispute", "fr", "désolé mais le plan de travail du salon est déjà fendu, je ne paie pas tant qu'il n'est pas remplacé",
    sent="12-09 19:40", b="dispute", note="faulty work; conditional")

# ---- German (2)
em("dispute", "de", """
Sehr geehrte Frau Whitfield,

Position 4.2 (Trockenbau Flurwände) wurde mit 184 m² abgerechnet; unser gemeinsames Aufmaß vom 12.11. ergab 151 m². Wir haben die Rechnung entsprechend gekürzt und nur den geprüften Betrag an die Bauherrin weitergegeben.

Mit freundlichen Grüßen
Jonas Rehbein
Rehbein + Vogt Architekten
""", sent="12-14 11:05", b="dispute", who="Jonas Rehbein", note="German architect cuts a measured quantity")
sms("dispute", "de", "Die Duschabtrennung im Herrenbereich war gar nicht beauftragt. Die zahlen wir nicht.",
    sent="12-10 08:15", b="dispute", note="gym; work never ordered")

# ---- Spanish (2)
em("dispute", "es", """
Buen día. Revisamos la factura y nos cobran el techado completo del andén 3, pero solo se cambiaron 12 láminas, no las 40 que dice. Tenemos fotos del antes y del después. Favor de corregir la cantidad.

Héctor Villaseñor
""", sent="12-09 10:40", b="dispute", who="Héctor Villaseñor", note="quantity wrong")
sms("dispute", "es", "el lavabo nuevo gotea desde el primer dia y me lo cobran completo? arreglenlo primero",
    sent="12-11 18:05", b="dispute", note="a complaint asked as a question; no accents")

# ---- Dutch (1)
em("dispute", "nl", """
Goedemiddag,

In de factuur staan 16 uur extra voor het aanpassen van de koelcel. Die aanpassing was alleen nodig omdat jullie de deuropening verkeerd hadden ingemeten. Dat komt wat ons betreft niet voor onze rekening.

Sjoerd van Dijkhuizen
""", sent="12-08 14:40", b="dispute", who="Sjoerd van Dijkhuizen", note="extra hours caused by the builder's own error")

# ---- Portuguese (2)
em("dispute", "pt", """
Oi Dana, a fatura cobra a pintura do escritório inteiro, mas vocês só pintaram a parede da frente. As outras três eu mesma pintei no fim de semana. Por favor corrija.

Cleide
""", sent="12-09 20:30", b="dispute", who="Cleide Nascimento", note="Brazilian in the US; billed for more than was done")
sms("dispute", "pt", "a porta da sala de espera continua a arrastar no chão. não pago enquanto não vierem afinar",
    sent="12-14 10:10", b="dispute", note="European Portuguese; faulty work, conditional")

# ============================================================ already paid (20)
# ---- English, texts (4)
sms("already-paid", "en", "Zelle conf 7Q4KD2MX 12/03", sent="12-08 09:05", b="paid",
    note="only a confirmation code and a past date")
sms("already-paid", "en", "paid w the salon card at ur office tues, the girl at the desk ran it", sent="12-10 16:30",
    b="paid", note="'tues' is past (sent Thursday)")
sms("already-paid", "en", "check went out w the hoa batch last week. #2214. if it doesnt show by fri lmk", sent="12-09 20:40",
    b="paid", note="'lmk' is no question; 'by fri' is no promise")
sms("already-paid", "en", "sent it thru ur portal sunday night. conf email says PMT-55318", sent="12-08 07:50", b="paid",
    note="'sunday' is past (sent Tuesday)")

# ---- English, e-mails (7)
em("already-paid", "en", """
Please be advised that payment of the above invoice was issued on November 30, 2026 by check no. 48812 drawn on the firm's operating account. Should the check not be received by December 14, please notify this office so that we may place a stop payment and reissue.

Philippa Holloway
""", sent="12-07 11:30", b="paid", who="Philippa Holloway",
   note="a mailed check; 'by December 14' and 'reissue' are conditional, no promise")
em("already-paid", "en", """
Our new corporate AP office confirmed this was paid on 12/2 by ACH, trace 091000019-4471203. Sorry for the confusion during the transition!
""", sent="12-09 15:55", b="paid", who="Deborah Szymanski")
em("already-paid", "en", """
Paid 12/04 on check run #27 - check number 100583, mailed to your Clybourn Avenue address.

Margit
""", sent="12-10 12:25", b="paid", who="Margit Solberg", note="a check run in the past")
em("already-paid", "en", """
This was settled on the 1st. Our owner paid it from his personal account by mistake (long story), so it will show as coming from R. Anand rather than the inn. Please apply it to our invoice.

Quentin Haverford
General Manager
""", sent="12-08 13:15", b="paid", who="Quentin Haverford", note="paid under another name")
em("already-paid", "en", """
Dad's bank sent me this - looks like the check I mailed on his behalf has cleared. Can you make sure it's applied to his account and not to someone else's?
""", sent="12-09 21:05", b="paid", who="Denise Halvorsen", fwd="billpay_cleared_p7", pd="12-07",
   note="a forwarded check-cleared notice; the question only checks the payment")
em("already-paid", "en", """
Dear Dana,

The school paid this by ACH on 27 November (our reference PCLS-1127-04). Our bank is a small credit union and can take up to three business days to settle, so it may only just have reached you.

Kind regards,
Felicity Armitage
Director of Studies
""", sent="12-02 10:35", b="paid", who="Felicity Armitage")
em("already-paid", "en", """
ACH sent 12/07
Amt {amt}
Trace 071000013-0087745
""", sent="12-09 07:20", b="paid", who="Casey Brandvold", note="only payment references")

# ---- French (2)
em("already-paid", "fr", """
Bonjour,

Votre facture a été réglée par virement le 04/12 (référence VIR-MF-20261204-031), dans le cadre de notre campagne de paiement mensuelle.

Cordialement,
Sandrine Mercadier
""", sent="12-08 10:50", b="paid", who="Sandrine Mercadier")
sms("already-paid", "fr", "réglé en espèces à votre chef de chantier vendredi dernier, il m'a fait un reçu",
    sent="12-08 11:25", b="paid", note="'vendredi dernier' is past")

# ---- German (2)
em("already-paid", "de", """
Guten Tag,

siehe Bestätigung unserer Bank unten. Der Betrag wurde am 03.12. angewiesen.

Viele Grüße
U. Brandstätter
""", sent="12-08 09:15", b="paid", who="Ulrike Brandstätter", fwd="sepa_p7", pd="12-03",
   note="a forwarded German bank confirmation")
sms("already-paid", "de", "Überweisung ist am Montag raus, Verwendungszweck war die Rechnungsnummer", sent="12-10 13:00",
    b="paid", note="'am Montag' is past (sent Thursday)")

# ---- Spanish (2)
em("already-paid", "es", """
Buen día. Le reenvío el comprobante de la transferencia internacional; se hizo el 2 de diciembre.

Saludos cordiales,
Héctor
""", sent="12-07 09:30", b="paid", who="Héctor Villaseñor", fwd="spei_p7", pd="12-02",
   note="a forwarded Mexican transfer receipt")
sms("already-paid", "es", "ya le pague, fue en efectivo a su muchacho el de la camioneta blanca el lunes", sent="12-09 17:45",
    b="paid", note="'el lunes' is past (sent Wednesday)")

# ---- Dutch (2)
em("already-paid", "nl", """
Hoi Dana,

Die is al betaald hoor, op 1 december via internetbankieren, met het factuurnummer in de omschrijving. Kun je even kijken of hij bij jullie binnen is?

Groetjes, Gerdien
""", sent="12-08 10:05", b="paid", who="Gerdien Verhoef", note="paid + 'did it arrive?' is already-paid alone")
sms("already-paid", "nl", "Betaald op 30/11, ref. NL-TRF-88213", sent="12-07 11:10", b="paid",
    note="only a reference and a day-first date")

# ---- Portuguese (1)
em("already-paid", "pt", """
Já paguei pelo Zelle no dia 4, segue o comprovante.
""", sent="12-08 18:10", b="paid", who="Cleide Nascimento", fwd="zelle_p7", pd="12-04",
   note="Portuguese words over a forwarded English Zelle notice")

# ============================================================ promises (20: 17 dated, 3 with no day)
# ---- English, texts (5)
sms("promise-to-pay", "en", "payroll hits thurs, ill send it thurs night", sent="12-08 19:20", p="12-10", chk="wd:thu",
    b="promise")
sms("promise-to-pay", "en", "gonna try for the 15th, worst case the 18th", sent="12-09 17:05", p="12-18", chk="d:18",
    b="promise", note="hedged; the later day is the promise")
sms("promise-to-pay", "en", "GC pays me on the 20th, youll have it the 21st", sent="12-11 07:40", p="12-21", chk="d:21",
    b="promise", note="plumber paid when paid; the GC's day is not the promise")
sms("promise-to-pay", "en", "yeah yeah ill get u paid, been crazy at the studio", sent="12-10 23:15", b="promise",
    note="an undated promise")
sms("promise-to-pay", "en", "will pay after new years, sorry for the wait", sent="12-16 12:50", b="promise",
    note="'after new years' is an undated promise")

# ---- English, e-mails (6)
em("promise-to-pay", "en", """
Dana,

The board voted last night to approve your invoice. I'll sign the check with our president on Saturday and mail it Monday morning, December 21.

Warren
""", sent="12-16 07:55", p="12-21", chk="at:12-21:mon", b="promise", who="Warren Kittredge",
   note="signing day and mailing day; the mailing day is the promise")
em("promise-to-pay", "en", """
Good news - your invoice made it onto this Friday's check run. Checks are cut Friday morning and go out by FedEx the same afternoon.

Margit
""", sent="12-14 10:20", p="12-18", chk="tw:fri", b="promise", who="Margit Solberg")
em("promise-to-pay", "en", """
Our subsidy payment from the state arrives the first week of January, and I'll pay your invoice as soon as it lands.

Bernadette
""", sent="12-09 17:40", p="01-08", chk="at:2027-01-08", b="promise", who="Bernadette Ekwueme",
   note="'the first week of January' taken at its end; no money trouble stated")
em("promise-to-pay", "en", """
Scheduled it through the bank so I don't forget again. See below.
""", sent="12-09 19:40", p="12-17", chk="at:12-17", b="promise", who="Reggie Fairweather", fwd="scheduled_p7", pd="12-09",
   note="a forwarded bill-pay notice that schedules delivery for a later day")
em("promise-to-pay", "en", """
We're hoping to pay this by the end of next week - our distributor owes us for the holiday orders and that usually comes through around then.

Casey
""", sent="12-08 16:30", p="12-18", chk="nw:fri", b="promise", who="Casey Brandvold",
   note="'hoping to ... end of next week'")
em("promise-to-pay", "en", """
Dana, apologies - this slipped through during our year-end closeout. I've approved it and our office manager will release payment with Thursday's ACH batch.

Anselm
""", sent="12-14 08:45", p="12-17", chk="wd:thu", b="promise", who="Anselm Whitcombe", st="gmail-quote")

# ---- French (2)
sms("promise-to-pay", "fr", "je passe régler lundi au bureau, en chèque", sent="12-10 12:35", p="12-14", chk="wd:mon",
    b="promise")
em("promise-to-pay", "fr", """
Bonjour,

Après validation par notre directeur administratif, votre facture sera intégrée au règlement fournisseurs du 15 janvier.

Cordialement,
Sandrine Mercadier
""", sent="12-11 14:20", p="01-15", chk="at:2027-01-15", b="promise", who="Sandrine Mercadier",
   note="a person names the payment run")

# ---- German (2)
em("promise-to-pay", "de", """
Hallo Frau Whitfield,

sorry, die Rechnung ist bei uns durchgerutscht. Ich überweise den Betrag spätestens am Mittwoch nächster Woche.

Gruß
Korbinian Haslinger
""", sent="12-10 18:10", p="12-16", chk="nw:wed", b="promise", who="Korbinian Haslinger")
sms("promise-to-pay", "de", "Zahlung kommt nach den Feiertagen, versprochen", sent="12-17 11:45", b="promise",
    note="'nach den Feiertagen' is an undated promise")

# ---- Spanish (2)
em("promise-to-pay", "es", """
Buen día. Su factura quedó programada para pago el jueves 17 de diciembre, conforme a nuestro calendario de pagos a proveedores.

Atentamente,
Héctor Villaseñor
""", sent="12-10 13:10", p="12-17", chk="at:12-17:thu", b="promise", who="Héctor Villaseñor")
sms("promise-to-pay", "es", "el viernes sin falta le deposito, ya me pagaron las clientas de la posada", sent="12-14 19:30",
    p="12-18", chk="wd:fri", b="promise", note="'ya me pagaron' is the clients paying her, not a payment made")

# ---- Dutch (1)
em("promise-to-pay", "nl", """
Excuses voor de vertraging. Als het goed is maak ik het bedrag vrijdag over, uiterlijk maandag.

Sjoerd
""", sent="12-09 15:25", p="12-14", chk="wd:mon", b="promise", who="Sjoerd van Dijkhuizen",
   note="hedged; 'uiterlijk maandag' is the promise")

# ---- Portuguese (2)
sms("promise-to-pay", "pt", "aqui é a Cleide, semana que vem eu pago, tô esperando os clientes me pagarem",
    sent="12-10 20:55", p="12-18", chk="nw:fri", b="promise", note="'semana que vem' is next week's Friday")
em("promise-to-pay", "pt", """
Boa tarde, peço desculpa pelo atraso. A transferência deve seguir até ao final do mês, assim que fecharmos a faturação de dezembro.

Filomena Rebelo
""", sent="12-09 14:50", p="12-31", chk="eom", b="promise", who="Filomena Rebelo",
   note="hedged 'deve seguir até ao final do mês'")

# ============================================================ hardship (20)
# ---- English, texts (4)
sms("hardship", "en", "electrical fire in the back room on the 2nd, salon's been closed since. cant pay anything til insurance comes thru",
    sent="12-09 10:55", b="hardship")
sms("hardship", "en", "half my members froze for the holidays, cash is thin. can we do this in 3 chunks?", sent="12-15 21:20",
    b="hardship", note="asks for a plan")
sms("hardship", "en", "my dads care costs went up again this month and im covering it out of pocket. can you give me till feb",
    sent="12-11 22:05", b="hardship", note="'give me till feb' out of money trouble: no promise")
sms("hardship", "en", "GC hasnt paid me in 60 days so i cant pay u either. not a choice, the money isnt there",
    sent="12-08 06:35", b="hardship", note="plumber waiting on his GC")

# ---- English, e-mails (7)
em("hardship", "en", """
Dana,

I'll be straight with you: three homeowners are in foreclosure and the association's operating account is nearly empty. The board votes on a special assessment on January 12, and until that money comes in we can't cover this invoice in full. Can we talk about a payment schedule?

Warren Kittredge
""", sent="12-10 21:15", b="hardship", who="Warren Kittredge",
   note="a dated vote, no dated payment")
em("hardship", "en", """
Our enrollment dropped by eleven children this fall after the plant closed, and the state reimbursement for November still hasn't come in. Right now I'm choosing between payroll for my teachers and vendor invoices, and payroll has to win. I'm so sorry. Could we pay this over a few months?

Bernadette
""", sent="12-14 19:05", b="hardship", who="Bernadette Ekwueme", st="multipart")
em("hardship", "en", """
December is our slowest month by far - we're running at about 20% occupancy and the owner has asked me to hold all non-essential payments until ski season picks up in mid-January. I know that's not what you want to hear. Would a partial payment now help?

Quentin
""", sent="12-09 11:40", b="hardship", who="Quentin Haverford",
   note="holding payments to mid-January is no promise; a partial payment offered without a day")
em("hardship", "en", """
Hey Dana. Real talk: my shop got broken into on the 4th and they took two machines and the register. Insurance is dragging its feet. I want to pay you, I just don't have it right now.

Dax
""", sent="12-08 23:30", b="hardship", who="Dax Moreland")
em("hardship", "en", """
Dana, my father's savings now go entirely to his in-home care, about $9,000 a month, and Medicaid won't start until his application is approved - likely February. I can't cover the ramp invoice on top of that right now. Is there any flexibility?

Denise
""", sent="12-17 20:40", b="hardship", who="Denise Halvorsen", st="apple-quote",
   note="'likely February' is the Medicaid start, no promise")
em("hardship", "en", """
We had a glycol leak last week that ruined 40 barrels, which is most of our December sales. I'm asking every vendor for the same thing: can you hold off 30 days? I'd rather ask than go silent.

Casey
""", sent="12-11 16:05", b="hardship", who="Casey Brandvold", note="'hold off 30 days' asked out of trouble")
em("hardship", "en", """
Dear Dana,

I regret to tell you that our main contract - English courses for a local manufacturer's staff - was cancelled in November, and we are currently running at a loss. We fully intend to honour this invoice, but would be grateful if it could be spread over three or four months.

With apologies,
Felicity Armitage
""", sent="12-10 10:15", b="hardship", who="Felicity Armitage",
   note="'fully intend to honour' with no day: hardship, no promise")

# ---- French (2)
em("hardship", "fr", """
Bonjour Dana,

La subvention du ministère pour le trimestre est retardée à cause d'une erreur administrative de leur côté, et notre trésorerie est à zéro. Je ne peux pas vous payer ce mois-ci. Pourrions-nous convenir d'un échéancier?

Josée Thibodeau
Directrice générale
""", sent="12-08 15:30", b="hardship", who="Josée Thibodeau")
sms("hardship", "fr", "la boulangerie est en redressement judiciaire depuis lundi, tous les paiements sont gelés par l'administrateur",
    sent="12-09 08:40", b="hardship", note="insolvency proceedings freeze payments")

# ---- German (2)
em("hardship", "de", """
Sehr geehrte Frau Whitfield,

wir haben seit Oktober erhebliche Zahlungsausfälle bei zwei Zahnarztpraxen, die Insolvenz angemeldet haben. Ich bitte Sie deshalb um Ratenzahlung, zum Beispiel in vier Monatsraten. Geben Sie mir bitte kurz Bescheid, ob das möglich ist.

Mit freundlichen Grüßen
Ulrike Brandstätter
""", sent="12-10 11:50", b="hardship", who="Ulrike Brandstätter")
sms("hardship", "de", "Wasserschaden im Studio, Kurse fallen bis Mitte Januar aus. Kann gerade nichts zahlen.",
    sent="12-14 06:25", b="hardship", note="a date for the closure, none for paying")

# ---- Spanish (2)
em("hardship", "es", """
Buen día. Le soy franco: dos de nuestros clientes principales nos pagan a 120 días y este mes nos quedamos sin flujo. ¿Podríamos pagarle en dos partes, la mitad en enero y la otra mitad en febrero?

Héctor Villaseñor
""", sent="12-14 12:30", b="hardship", who="Héctor Villaseñor", note="a plan by months, no first day")
sms("hardship", "es", "se me enfermo mi niña y llevo dos semanas sin trabajar, no tengo para pagarle ahorita",
    sent="12-10 21:50", b="hardship")

# ---- Dutch (1)
em("hardship", "nl", """
Hoi Dana,

Eerlijk gezegd heeft de verbouwing van de winkel veel meer gekost dan gepland en de kerstverkoop valt tegen. Ik kan nu niet het hele bedrag betalen. Zou een regeling in drie delen kunnen?

Gerdien
""", sent="12-17 20:10", b="hardship", who="Gerdien Verhoef")

# ---- Portuguese (2)
sms("hardship", "pt", "perdemos três clientes grandes esse mês, to sem dinheiro pra pagar tudo agora. da pra parcelar?",
    sent="12-11 19:35", b="hardship", note="Brazilian; asks to pay in instalments")
em("hardship", "pt", """
Boa tarde. Com as obras na rua, a casa esteve quase vazia em novembro e dezembro e neste momento não temos liquidez. Pedia-lhe que aguardasse até fevereiro, quando começa a época das feiras.

Filomena Rebelo
""", sent="12-16 16:20", b="hardship", who="Filomena Rebelo",
   note="'aguardasse até fevereiro' asked out of trouble: no promise")

# ============================================================ opt-out (12)
# ---- English, texts (3)
sms("opt-out", "en", "This is the salon's booking line, clients text here. Please don't use it for your billing.",
    sent="12-08 10:30", b="optout", note="indirect: a business line not to be used")
sms("opt-out", "en", "this cell is for after-hours pet emergencies. billing texts to it need to end", sent="12-09 22:45",
    b="optout", note="indirect, no keyword")
sms("opt-out", "en", "Remove this number from your texting system. Mail works fine.", sent="12-11 14:15", b="optout")

# ---- English, e-mails (3)
em("opt-out", "en", """
Please be advised that this firm does not accept collection correspondence by e-mail. Kindly direct any further communication regarding this account in writing to the attention of our Office Services Manager at our LaSalle Street address. Messages from your automated address will no longer be received.
""", sent="12-11 09:55", b="optout", who="Philippa Holloway", note="e-mail refused; letters allowed")
em("opt-out", "en", """
Dana - please take me off these reminders. I'm the architect, not the payer, and I've asked Tim to deal with you directly. Keep me on anything to do with the drawings or the site, of course.
""", sent="12-15 13:25", b="optout", who="Anselm Whitcombe", note="indirect; not the payer, no dispute of the work")
em("opt-out", "en", """
My mother passed away on November 29. Please stop sending these e-mails to this address; each one is a painful reminder for our family. Her estate attorney will be in touch about any outstanding balance.
""", sent="12-07 21:10", b="optout", note="a death announced with a request to stop")

# ---- French (1)
em("opt-out", "fr", """
Bonjour,

Merci de ne plus écrire à cette adresse : c'est la boîte générale de la boulangerie, lue par toute l'équipe. Pour la suite, passez par courrier postal.
""", sent="12-10 14:45", b="optout", note="indirect; post allowed")

# ---- German (1)
sms("opt-out", "de", "Bitte keine SMS mehr an diese Nummer. Ich melde mich bei Bedarf selbst.", sent="12-09 12:35",
    b="optout")

# ---- Spanish (2)
sms("opt-out", "es", "no me manden mas recordatorios, yo se lo que debo", sent="12-10 20:25", b="optout",
    note="'yo se lo que debo' is no hardship")
em("opt-out", "es", """
Les pido de favor que ya no le escriban a mi mamá. Tiene 88 años y se angustia con cada correo. Cualquier cosa, háblenme a mí por teléfono.

Consuelo
""", sent="12-14 19:50", b="optout", who="Consuelo Tapia", note="indirect; a phone call instead")

# ---- Dutch (1)
em("opt-out", "nl", """
Wilt u dit adres voortaan overslaan? Wij ontvangen facturen en herinneringen uitsluitend via ons inkoopportaal.
""", sent="12-09 09:15", b="optout", who="Annelies Wubbels", note="phrased as a question but it is an opt-out")

# ---- Portuguese (1)
sms("opt-out", "pt", "por favor tirem este número da vossa lista de mensagens, é o telemóvel do estúdio", sent="12-10 11:05",
    b="optout", note="European Portuguese; indirect")

# ============================================================ mixed (28)
# ---- English (14)
em("opt-out+dispute", "en", """
I've told Mike twice that the exhaust fan in the back room was never hooked up, and I'm not paying for it. Stop sending me these automated things and have someone actually call me.

Dax
""", sent="12-14 20:45", b="mixed", who="Dax Moreland")
sms("opt-out+already-paid", "en", "paid this on the 2nd. stop texting me please", sent="12-08 15:20", b="mixed")
em("dispute+already-paid", "en", """
We paid the undisputed portion of this invoice ($12,400.00) on December 3 by check no. 48907. The remaining balance relates to after-hours work that was not authorized under our agreement and will not be paid.

Philippa Holloway
Billing Coordinator
""", sent="12-08 14:05", b="mixed", who="Philippa Holloway", st="outlook-quote")
em("dispute+promise-to-pay", "en", """
The board will pay for the pool house roof in full on Friday the 18th. The $640 line for "snow guard installation" is another matter - there are no snow guards on that roof. Walk over and look.

Warren
""", sent="12-14 18:35", p="12-18", chk="at:12-18:fri", b="mixed", who="Warren Kittredge")
sms("dispute+question", "en", "why is there a charge for moving the sink, mike said no charge. also can u send the warranty for the water heater",
    sent="12-09 18:10", b="mixed", note="a charge contested plus an unrelated request")
em("already-paid+question", "en", """
Paid last Friday by card over the phone with your office (confirmation 88217). Separate question - we're thinking about turning the old x-ray room into a second exam room next spring. Do you do that kind of work, and how far out are you booking?

Deborah
""", sent="12-08 12:30", b="mixed", who="Deborah Szymanski")
em("already-paid+promise-to-pay", "en", """
We sent 50% on the 4th per the deal memo (check 100586). The balance is scheduled for the December 23 check run, the last one before hiatus.

Margit
""", sent="12-11 09:50", p="12-23", chk="at:12-23", b="mixed", who="Margit Solberg")
em("hardship+promise-to-pay", "en", """
The fire put us out of business for two weeks and I'm still waiting on insurance. I can do $300 on Friday the 18th and the rest once the claim pays out.

Jolene
""", sent="12-14 21:25", p="12-18", chk="at:12-18:fri", b="mixed", who="Jolene Baptiste",
   note="hardship with a dated first payment")
sms("hardship+promise-to-pay", "en", "gc still hasnt paid me. i can send 500 monday and the rest when he pays",
    sent="12-10 17:15", p="12-14", chk="wd:mon", b="mixed", note="plumber; a dated part payment")
em("hardship+question", "en", """
Our funding is frozen while the state audits the subsidy program, so cash is very tight until at least February. Separately, for my board report: is there a late fee once an invoice goes past 60 days? I need to tell them what waiting will cost us.

Bernadette
""", sent="12-15 18:20", b="mixed", who="Bernadette Ekwueme")
em("promise-to-pay+question", "en", """
I'll release this with Friday's payments. Before I do - is your remit-to address still the Clybourn office, or did you move? Our system has two on file.

Anselm
""", sent="12-15 10:05", p="12-18", chk="wd:fri", b="mixed", who="Anselm Whitcombe")
sms("promise-to-pay+question", "en", "sending it the 22nd when my tips clear. whats ur zelle", sent="12-15 22:40", p="12-22",
    chk="d:22", b="mixed", note="tattoo artist; no question mark")
em("opt-out+hardship", "en", """
Please stop the e-mails and the texts to my father's phone. He has Alzheimer's and thinks he's in trouble every time one arrives. I'm handling his affairs now, and frankly his account is drained by the memory-care facility - I can't pay this until his house sells.

Denise Halvorsen
""", sent="12-18 19:15", b="mixed", who="Denise Halvorsen", note="'until his house sells' is no promise")
em("dispute+hardship", "en", """
Two things. First, the locker room drain still backs up every time more than two showers run, which was the whole point of the job. Second, even if it didn't, January memberships don't come in until the 5th and I'm running on fumes.

Reggie
""", sent="12-16 21:50", b="mixed", who="Reggie Fairweather", note="'until the 5th' is the members' day, no promise")

# ---- French (3)
em("dispute+question", "fr", """
Bonjour,

La facture applique une majoration « travaux de nuit » alors que les travaux dans la boutique de Villeurbanne ont eu lieu en journée, boutique fermée. Merci de la corriger. Par ailleurs, pouvez-vous nous indiquer votre délai d'intervention pour la boutique de Bron en février ?

Sandrine Mercadier
""", sent="12-14 09:45", b="mixed", who="Sandrine Mercadier")
sms("already-paid+promise-to-pay", "fr", "j'ai versé la moitié lundi, le reste le 30", sent="12-10 19:05", p="12-30",
    chk="d:30", b="mixed", note="'lundi' is past (sent Thursday)")
em("hardship+promise-to-pay", "fr", """
Bonjour Dana,

La situation est difficile avec le retard de la subvention, mais je peux vous faire un premier versement de 500 $ le vendredi 18 décembre et le solde dès que le ministère nous paie.

Josée
""", sent="12-10 16:40", p="12-18", chk="at:12-18:fri", b="mixed", who="Josée Thibodeau")

# ---- German (3)
em("already-paid+question", "de", """
Guten Tag,

die Rechnung haben wir am 2.12. beglichen. Noch eine Frage: Können Sie uns für den neuen Gipsraum im Frühjahr ein Angebot machen?

Viele Grüße
Ulrike Brandstätter
""", sent="12-09 13:40", b="mixed", who="Ulrike Brandstätter")
em("promise-to-pay+question", "de", """
Ich überweise am 21.12. Brauchen Sie dafür die Rechnungsnummer im Verwendungszweck, oder reicht unser Firmenname?

K. Haslinger
""", sent="12-14 17:55", p="12-21", chk="at:12-21", b="mixed", who="Korbinian Haslinger")
sms("dispute+already-paid", "de", "Den Materialanteil hab ich am 4. überwiesen. Die 6 Stunden Arbeitszeit zahle ich nicht, der Monteur war 3 Stunden da.",
    sent="12-09 11:50", b="mixed")

# ---- Spanish (3)
em("already-paid+hardship", "es", """
Buen día. El 1 de diciembre le abonamos 2,000 dólares, que fue lo que pudimos. Con el bloqueo de transportistas en la frontera llevamos tres semanas con las unidades paradas y por ahora no hay más.

Héctor Villaseñor
""", sent="12-09 16:15", b="mixed", who="Héctor Villaseñor", note="a part payment made; the rest waits on hardship")
sms("hardship+promise-to-pay", "es", "ando bien apretada con lo del local nuevo pero el 19 le mando 300 y luego vamos viendo",
    sent="12-14 20:05", p="12-19", chk="d:19", b="mixed")
em("opt-out+question", "es", """
Buenos días. Les ruego que dejen de enviar recordatorios a esta dirección, que es la del profesorado. ¿Podrían indicarme a qué correo debo remitir la factura para que la tramite administración?

Itziar Maldonado
""", sent="12-10 12:15", b="mixed", who="Itziar Maldonado", note="Spanish language school; stop here, and where to send it")

# ---- Dutch (2)
em("already-paid+question", "nl", """
Vorige week betaald, met het factuurnummer als kenmerk. Andere vraag: kunnen jullie in januari ook de tapkelder isoleren? Graag een prijsindicatie.

Sjoerd
""", sent="12-09 13:20", b="mixed", who="Sjoerd van Dijkhuizen")
sms("dispute+promise-to-pay", "nl", "Koelcel betaal ik vrijdag. Die 'spoedtoeslag' niet, daar heb ik nooit om gevraagd.",
    sent="12-15 08:55", p="12-18", chk="wd:fri", b="mixed")

# ---- Portuguese (3)
em("hardship+question", "pt", """
Oi Dana, o movimento caiu muito depois que dois condomínios cancelaram o contrato com a gente. Vocês aceitam parcelar em 3 vezes? E outra coisa: vocês fazem reforma de banheiro? Uma cliente me perguntou.

Rosimeire
""", sent="12-10 19:25", b="mixed", who="Rosimeire Alencar", note="a plan asked for plus an unrelated question")
sms("opt-out+promise-to-pay", "pt", "pago na sexta, mas parem de mandar mensagem todo dia por favor", sent="12-16 13:10",
    p="12-18", chk="wd:fri", b="mixed")
em("dispute+already-paid", "pt", """
Paguei a parte da instalação elétrica no dia 3. A pintura não pago: a cor não é a que escolhemos, está no orçamento assinado (RAL 7016, não preto).

Duarte Sequeira
""", sent="12-09 12:10", b="mixed", who="Duarte Sequeira")

FWD = {
    "billpay_cleared_p7": dict(frm="Great Lakes Heritage Bank <billpay@glheritagebank.example>",
                               subj="A Bill Pay check has been cashed", body="""
A check sent through Bill Pay from the account ending in 3318 has been cashed by the payee.

Payee:          Harbor & Pine Builders
Amount:         {amt}
Check number:   5006
Date cashed:    {pd_us}

Great Lakes Heritage Bank
"""),
    "scheduled_p7": dict(frm="Lakeview Commerce Bank <notifications@lakeviewcommerce.example>",
                         subj="Your payment is scheduled", body="""
You've scheduled a payment.

Payee:            HARBOR & PINE BUILDERS
Pay from:         Business Checking ...7720
Amount:           {amt}
Scheduled on:     {pd_us}
Deliver by:       12/17/2026
Confirmation:     LCB-{pd_compact}-5521

You can change or cancel this payment until 8:00 p.m. CT the business day before it is sent.
"""),
    "zelle_p7": dict(frm="Bay Colony Bank <alerts@baycolonybank.example>",
                     subj="You sent money with Zelle", body="""
You sent {amt} to HARBOR & PINE BUILDERS LLC.

Date:           {pd_us}
Memo:           {inv}
Confirmation:   ZL{pd_compact}K7T

Money sent with Zelle is typically available to the recipient within minutes.
"""),
    "sepa_p7": dict(frm="Kreissparkasse Filstal <noreply@ksk-filstal.example>",
                    subj="Ausführungsbestätigung Auslandszahlung", body="""
Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Zahlungsauftrag wurde ausgeführt.

Begünstigter:       HARBOR & PINE BUILDERS LLC
Betrag:             {amt_eu}
Verwendungszweck:   {inv}
Ausführungstag:     {pd_eu}
Auftragsnummer:     KSK{pd_compact}0448

Diese E-Mail wurde automatisch erstellt.
"""),
    "spei_p7": dict(frm="Banca Leonesa <notificaciones@bancaleonesa.example>",
                    subj="Comprobante de transferencia internacional", body="""
COMPROBANTE DE OPERACIÓN

Ordenante:         {company}
Beneficiario:      HARBOR & PINE BUILDERS LLC
Importe:           {amt} USD
Fecha de operación: {pd_slash}
Referencia:        BL{pd_compact}3318
Concepto:          Pago factura {inv}

Este correo es informativo, favor de no responder.
"""),
}
