"""Eighth fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first seven probe sets, and written without reading the reader's rules).
Its writers are customers the earlier sets had none of: a school district's facilities office and
its director, a church administrator, a family orchard that runs a Christmas-tree lot, an auto-body
shop, a small law office whose mail runs through a managed-IT provider (and its helpdesk), a
homeowner paying for dental surgery out of pocket, a townhome association's community manager
(a landscaping client), a food-truck owner writing in a second language, a charter-fishing
captain, a community theatre, a funeral home, a Québec daycare and a Québec homeowner renovating
his basement, a Swiss engineering office, an Austrian ski school, an Argentine software shop, a
Spanish winery, a Flemish bakery, a Dutch camping site, a Portuguese cork exporter and a Brazilian
clinic. About 220 replies over every kind, with 27 mixed (two kinds each: the record checks allow
no more), a bit over a third of them texts, about 55% English.

Hard cases it leans on: promise dates written in many ways (US 12/10 and 12/23, Swiss "21.12.",
Dutch "23-12", Brazilian "5/1", Argentine "18/12", Québec ISO "2026-12-23", ordinals, "the first
week of January", "in 2 weeks", "after the 15th", "by xmas", "d'ici la fin du mois", "Anfang
Jänner ... spätestens am 8.", "tegen vrijdag", "semana que vem", weekday names, "next payday",
ranges such as "entre el 28 y el 30" and "monday or tuesday latest", hedges such as "should ...
worst case the 18th"); terse texts ("k will pay fri", "pd", "sorry who is this"); voice-to-text
texts without punctuation; typos and second-language English; disputes asked politely or as
questions; payments told only by a reference or a forwarded remittance advice or bank notice;
hardship that names a date that is no promise (boat-show deposits in February, ticket money
after the 20th, a special assessment due February 1, lifts running from 19.12., an estate settled
by mid-January); indirect opt-outs (a box-office phone, a fishing line, a family-services inbox,
a camping's emergency line); automatic replies in a person's voice and from AP mailboxes, a management portal
and a managed-IT helpdesk, with and without RFC 3834 headers; and "other" replies that mention
amounts, meetings, moves and dates without promising.

em(...) and sms(...) take the arguments probe3_bodies.py's docstring explains (the chk rules
are checked by make_probe8.py).

Labelling follows the corpus conventions (see the docstrings of ../bodies_extra_en.py,
../bodies_extra_3.py and probe4_bodies.py to probe7_bodies.py). Beyond them, this set reads:
  - "after the 15th" (without "right") is the 16th, like "right after the 15th".
  - "next payday" with no day named is an undated promise; "get paid on the 18th, will send it
    that nite" is the 18th.
  - a day relative to another event is counted from it: "the Monday after" a tree lot that closes
    on the 20th is Mon 21; "the next day" after a deposit made "the following Monday" after a play's
    run that closes on the 20th is Tue 22.
  - a numeric date is read in the writer's own order: M/D for the American writers, D/M, D-M or
    D.M. for the Europeans and Latin Americans ("5/1" from São Paulo is 5 January), and a Québec
    writer's ISO date (2026-12-23) as written. Flemish "tegen vrijdag" is "by Friday"; Québec
    "jeudi le 17" is Thursday 17; Austrian "Jänner" is January.
  - a date on which somebody else's money arrives (boat-show deposits, ticket revenue, owners'
    assessments, insurance, lifts opening, an estate settling) is no promise; only the day the
    writer says they will pay is.
  - currency controls that keep a willing payer from sending dollars (the Argentine "cepo") are
    hardship: they say they cannot pay now and ask for patience.
  - a ticket opened or closed by the customer's managed-IT helpdesk, and a community-management
    portal's acknowledgement, are auto-reply, with or without headers.
  - a text dictated by voice is labelled by what the writer plainly meant, misheard words aside.
  - a nonprofit asking whether a discount or an in-kind arrangement is possible, without money
    trouble, is a question; a homeowner who wants the exact balance "to plan my budget" around a
    dental bill states no trouble paying and asks a question.
  - asking for the invoice in another legal name or format (QR-bill, Facturae, "Invoice E", nota
    fiscal) or for a bank's account details is a question; so is noticing that the account number
    differs from the last invoice's.
  - a person naming the board's bills list, warrant or payment run the invoice is already approved
    for is a dated promise (as in probe6); a meeting that has still to approve it is other.

November 2026: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Sat 21, Sun 22, Mon 23, Tue 24, Wed 25,
Thu 26 (Thanksgiving), Fri 27, Sat 28, Sun 29, Mon 30. December 2026: Tue 1, Wed 2, Thu 3, Fri 4,
Sat 5, Sun 6, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11, Sat 12, Sun 13, Mon 14, Tue 15, Wed 16, Thu 17,
Fri 18, Sat 19, Sun 20, Mon 21, Tue 22, Wed 23, Thu 24, Fri 25, Sat 26, Sun 27, Mon 28, Tue 29,
Wed 30, Thu 31. January 2027: Fri 1, Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, Mon 11, Fri 15.
"""

import entries

ENTRIES, em, sms = entries.collector()

# ============================================================ other (31)
# ---- English, texts (7)
sms("other", "en", "sorry who is this", sent="12-02 19:14", b="other", note="terse; asks who, no question mark")
sms("other", "en", "on the boat till dark, no signal half the time. txt u tmrw", sent="12-03 15:40", b="other",
    note="charter captain; 'tmrw' is a text back, no promise to pay")
sms("other", "en", "hey this is Vince at Rollins I got your message I'm under a car right now I'll have my wife look at it she does the books",
    sent="12-08 11:22", b="other", note="voice-to-text, no punctuation; handed to a spouse")
sms("other", "en", "Pastor Dave says the crew is welcome at the Advent concert sunday at 4, come see the new hall all lit up :)",
    sent="12-09 10:05", b="other", note="church administrator; an invitation on a day")
sms("other", "en", "we're parked at the brewery on lincoln thru sat if mike wants lunch on the house. ill look at the bill after the weekend",
    sent="12-10 12:30", b="other", note="food truck; looking after the weekend is no promise")
sms("other", "en", "this is June, Arlo's wife. he's out cutting trees for the lot, ill show him when he comes in for supper",
    sent="11-28 13:10", b="other", note="orchard on Thanksgiving weekend; passed on")
sms("other", "en", "the $ on here matches the estimate so thats good. forwarding to our business office, they cut the checks not us",
    sent="12-01 14:05", b="other", note="school facilities; an amount confirmed and passed on, no promise")

# ---- English, e-mails (10)
em("other", "en", """
Thank you, Dana. I've put this in the finance committee's folder. They meet the second Tuesday of the month, which is December 8 this time, and they approve every payment over $500.

Marlene
""", sent="11-30 11:40", b="other", who="Marlene Oduya", note="a committee that has still to approve it; a date, no promise")
em("other", "en", """
Dana,

We have had four services this week and I have not been able to get to the office paperwork. Your message is on my desk. Our office administrator, Joyce, returns from leave on the 14th and she handles vendor accounts.

Russell Kline
""", sent="12-03 17:45", b="other", who="Russell Kline", note="funeral home; a colleague's return day, no promise")
em("other", "en", """
Please note that effective December 1 the firm's bookkeeping is handled by Ledgerline Bookkeeping Services. Kindly copy invoices and statements to thistlewood@ledgerline.example. I have forwarded your reminder to them.

Bettina Sorrell
Office Manager
""", sent="12-02 09:20", b="other", who="Bettina Sorrell", note="law office; a new bookkeeper and address")
em("other", "en", """
Hi Dana,

I manage Willow Bend for the board. A heads-up: the board treasurer changes on January 1 (Ken Abadi is stepping down after six years), and until the new treasurer has bank access any checks will be signed by the president. Your invoice is in the board packet for the December 15 meeting.

Cheryl Dunaway
Community Manager
""", sent="12-07 16:30", b="other", who="Cheryl Dunaway", note="HOA; on a meeting's agenda is no promise")
em("other", "en", """
We open A Christmas Carol on Friday and I'm practically living at the theatre until the run ends on the 20th. I did see the invoice! I'll sit down with our treasurer after closing night and we'll go through everything.

Ophelia
""", sent="12-09 23:10", b="other", who="Ophelia Marchbanks",
   note="community theatre; going through it after closing night is no promise")
em("other", "en", """
Hi Dana, just letting you know I had oral surgery yesterday and I'm pretty out of it on the pain meds. I'll read this properly when I can see straight.

Rhonda
""", sent="12-04 14:20", b="other", who="Rhonda Petrakis", note="dental patient; surgery named, no money trouble")
em("other", "en", """
Got your email. FYI we're moving the office side of the shop to the new building at 4120 W. Ogden on the 15th, so mail anything after that there. Phone stays the same.

Vince
""", sent="12-07 08:10", b="other", who="Vince Rollins", note="auto-body shop; a move date and address")
em("other", "en", """
Dana - thanks. For what it's worth, the gym bleacher repair passed the state life-safety inspection yesterday with no findings. I've sent the sign-off to our Business Office so they can close out the purchase order.

Lonnie Gustafson
Director of Facilities
""", sent="12-10 15:20", b="other", who="Lonnie Gustafson", note="closing a purchase order is no promise to pay")
em("other", "en", """
Dana,

Boat's hauled out for the winter and I'm down in Florida running a buddy's charters until March. Best way to reach me is this email, my cell doesn't get much service on the water down here.

Capt. Dwayne
""", sent="12-11 18:30", b="other", who="Dwayne Ledbetter", note="charter captain away for the winter; a new contact")
em("other", "en", """
Hello Dana, I am Marco from La Ruta. The truck is in the shop for the heater and I not have the papers with me. When I go back to the commissary I look the invoice and I write you.
""", sent="12-08 21:15", b="other", who="Marco Restrepo", note="second-language English; looking later is no promise")

# ---- French (3)
em("other", "fr", """
Bonjour,

Je vous confirme que votre courriel a bien été transmis à notre conseil d'administration. La prochaine réunion du CA aura lieu le mercredi 16 décembre.

Bonne journée!
Marie-Ève
""", sent="12-07 13:40", b="other", who="Marie-Ève Lapointe", note="Québec daycare; a board meeting day, no promise")
sms("other", "fr", "chu au chalet jusqu'à dimanche pas de réseau, on s'en reparle", sent="12-10 18:20", b="other",
    note="Québec French, no punctuation; away till Sunday")
em("other", "fr", """
Salut Dana,

Ma blonde pis moi on reste chez ma mère pendant les travaux du sous-sol. Notre adresse postale à partir du 1er décembre : 212, rue des Érables, Lévis (Québec) G6V 3K2. Merci!

Réjean
""", sent="11-27 19:30", b="other", who="Réjean Lavigueur", note="Québec homeowner; a new address from a date")

# ---- German (3)
em("other", "de", """
Grüezi Frau Whitfield

Besten Dank für Ihre Nachricht. Herr Stucki ist bis am 11. Dezember auf einer Baustellenbegehung in Zermatt. Ich lege ihm Ihr Schreiben auf den Tisch.

Freundliche Grüsse
Sekretariat
""", sent="12-07 09:30", b="other", who="Sekretariat Stucki + Partner",
   note="Swiss office, written by a person; a return day, no promise")
sms("other", "de", "Bin am Berg, die Schneekanonen laufen. Meld mich am Abend", sent="12-09 08:40", b="other",
    note="Austrian ski school on the slope")
em("other", "de", """
Servus Dana,

kurz zur Info: Unsere Bankverbindung hat sich geändert, wir sind jetzt bei der Raiffeisenbank Wagrain. Falls ihr uns einmal etwas gutschreiben müsst, bitte die neue IBAN nehmen: AT48 3505 3000 0012 3456. Die Rechnung hat mein Mann.

Lg Florentina
""", sent="12-10 19:10", b="other", who="Florentina Moosbrugger", note="new bank details for refunds; handed to a spouse")

# ---- Spanish (3)
em("other", "es", """
Hola Dana, ¿cómo andás?

Te aviso que cambiamos de contador: desde diciembre las facturas las maneja Estudio Ferreyra. Te paso el mail: pagos@estudioferreyra.example. Ya le reenvié tu recordatorio.

Abrazo,
Facundo
""", sent="12-02 11:40", b="other", who="Facundo Iturralde", note="Argentine voseo; a new accountant")
sms("other", "es", "estamos embotellando toda la semana, ya le llamo yo", sent="12-09 12:15", b="other",
    note="winery; a call back is no promise")
em("other", "es", """
Buenos días, Dana:

Le informo de que a partir del 1 de enero nuestra razón social pasa a ser Bodegas Peñaflor de Arlanza, S.L.U. Le agradeceríamos que las próximas facturas se emitan con el nuevo nombre y el mismo CIF. La factura pendiente ya está en manos de la gerencia.

Un saludo,
Montserrat Echeverría
""", sent="12-11 10:20", b="other", who="Montserrat Echeverría", note="a new company name from a date; passed on")

# ---- Dutch (3)
sms("other", "nl", "Goeiendag, 't is hier de drukste week van 't jaar met de kerstbroden. Ik kijk ernaar na nieuwjaar",
    sent="12-16 07:55", b="other", note="Flemish bakery; looking after New Year is no promise")
em("other", "nl", """
Hallo Dana,

De camping is sinds 1 november dicht (winterstop) en ik ben er maar twee dagen per week. Ik heb je bericht doorgestuurd naar onze boekhouder, Ria. Zij regelt de betalingen.

Groet,
Henk
""", sent="12-03 10:30", b="other", who="Henk Oosterhuis", note="camping closed for winter; passed to a bookkeeper")
em("other", "nl", """
Dag Dana,

Vanaf januari werken wij met een nieuw boekhoudkantoor. Facturen en herinneringen dus graag naar facturen@{domain}, niet meer naar mij persoonlijk.

Vriendelijke groeten,
Griet
""", sent="12-11 14:50", b="other", who="Griet Vanhoutte", note="Flemish; a new billing address from January, not an opt-out")

# ---- Portuguese (2)
sms("other", "pt", "oi, aqui é da clínica, a dra luciana tá em atendimento o dia todo, amanhã ela vê isso",
    sent="12-08 14:20", b="other", note="Brazilian receptionist; 'amanhã ela vê' is no promise")
em("other", "pt", """
Boa tarde,

Informamos que a Corticeira estará encerrada para inventário de 28 a 31 de dezembro. O seu lembrete foi encaminhado para a Dra. Margarida Pimentel, que trata dos pagamentos a fornecedores.

Cumprimentos,
Contabilidade
""", sent="12-14 15:40", b="other", who="Contabilidade Corticeira Sorraia",
   note="a person, not an auto-reply, naming closure dates; passed on")

# ============================================================ questions (26)
# ---- English, texts (5)
sms("question", "en", "is this for the bathroom or the new back steps", sent="12-03 20:05", b="question",
    note="no question mark")
sms("question", "en", "do yall take venmo or cashapp", sent="12-08 13:10", b="question", note="food truck; no question mark")
sms("question", "en", "whats the invoice # for the dock shed. need it for my accountant", sent="12-10 07:45",
    b="question", note="a request without a question mark")
sms("question", "en", "hi Dana this is Arlo from Kettle Creek can you tell me if the amount includes the second barn door or was that separate thanks",
    sent="11-24 18:35", b="question", note="voice-to-text, no punctuation")
sms("question", "en", "can u email me a copy w the PO number on it? district wont pay it without one", sent="12-01 15:30",
    b="question", note="'wont pay it without' is the district's process, no dispute")

# ---- English, e-mails (9)
em("question", "en", """
Dana,

Our IT provider's filter flagged your e-mail as external and stripped the attachment. Could you send the invoice again as a PDF, or give me a portal link? Also, is the ventilation for the server closet (the exhaust fan) on this invoice or on the electrician's?

Bettina
""", sent="12-02 14:10", b="question", who="Bettina Sorrell", note="law office behind a managed-IT mail filter")
em("question", "en", """
Hi Dana,

Our treasurer asked me to check two things before the committee meets. Is the church's sales-tax exemption certificate on file with you? And could the invoice show the fellowship hall and the ramp as separate lines? The ramp is being paid from a memorial gift, so we account for it separately.

Thanks so much,
Marlene Oduya
Church Administrator
""", sent="11-30 15:15", b="question", who="Marlene Oduya", st="multipart",
   note="'before the committee meets' is no promise")
em("question", "en", """
Dana,

For the Board of Education's bills list I need your vendor number in our Skyward system and a certificate of insurance naming the district as additional insured. Do you have a current COI you can send over?

Lonnie Gustafson
""", sent="12-03 10:40", b="question", who="Lonnie Gustafson")
em("question", "en", """
Hi Dana,

A homeowner in building C asked whether the new retaining wall along the pond carries any warranty against frost heave. Also, did this invoice include the erosion blanket on the slope, or will that be billed in the spring?

Thank you,
Cheryl
""", sent="12-08 11:50", b="question", who="Cheryl Dunaway", st="outlook-quote")
em("question", "en", """
Dana,

Our accountant needs to depreciate the chapel handrails and the curb ramp on different schedules. Would you be able to split them into two invoices, or at least two lines with their own amounts?

Russell Kline
""", sent="12-09 16:05", b="question", who="Russell Kline")
em("question", "en", """
Quick one - does the paint booth work carry any warranty if the new exhaust fan motor goes out? The old one lasted 12 years. And whats the payment address, the PO box or the Clybourn office
""", sent="12-11 07:55", b="question", who="Vince Rollins", st="mobile", note="second question without a question mark")
em("question", "en", """
Dana, do you ever offer a discount or an in-kind arrangement for nonprofits? Several of our vendors take a full-page program ad and a pair of season tickets in exchange for part of their bill. Happy to talk about it if that's something Harbor & Pine does.

Ophelia Marchbanks
Managing Director
""", sent="12-02 12:40", b="question", who="Ophelia Marchbanks", st="html",
   note="a discount asked about without money trouble: question, not hardship")
em("question", "en", """
Hi Dana, what is the total left after the deposit I gave Mike in September? I'm planning my December budget and I've got a big dental bill coming too, so I'd like the exact number.
""", sent="12-05 10:25", b="question", who="Rhonda Petrakis",
   note="budgeting around a dental bill states no trouble paying; the deposit is no payment of this invoice")
em("question", "en", """
Dana, could you send me a W-9? My accountant wont let me pay any contracter over $600 anymore without one on file.

Arlo
""", sent="12-04 19:40", b="question", who="Arlo Pettersen", note="'won't let me pay ... without' is a request, no dispute")

# ---- French (3)
em("question", "fr", """
Bonjour Dana,

Est-ce que vous pourriez refaire la facture au nom de « Garderie Les Lucioles inc. »? Le ministère exige le nom exact de l'entreprise sur nos pièces justificatives. Aussi, est-ce que les taxes (TPS et TVQ) sont incluses dans le montant?

Merci!
Marie-Ève
""", sent="12-08 10:25", b="question", who="Marie-Ève Lapointe", note="another legal name asked for; taxes asked about")
sms("question", "fr", "c tu la facture pour la salle de bain ou pour le sous-sol?", sent="12-09 19:45", b="question",
    note="Québec 'c tu' (is it)")
em("question", "fr", """
Bonjour, est-ce que je peux vous payer par virement Interac? Si oui, à quelle adresse courriel je l'envoie?

Réjean
""", sent="11-23 20:10", b="question", who="Réjean Lavigueur", note="how to pay; no promise")

# ---- German (2)
em("question", "de", """
Grüezi Frau Whitfield

Könnten Sie uns die Rechnung bitte mit einem QR-Einzahlungsschein zustellen? Unsere Kreditorenbuchhaltung kann Rechnungen ohne QR-Code leider nicht automatisch verarbeiten. Zudem bräuchten wir Ihre UID-Nummer für unsere Stammdaten.

Freundliche Grüsse
Beat Stucki
""", sent="12-08 08:45", b="question", who="Beat Stucki", note="Swiss QR-bill asked for")
sms("question", "de", "Is das die Rechnung für die Skihütte oder fürs Büro? Hab zwei bekommen", sent="12-10 11:05",
    b="question", note="Austrian dialect")

# ---- Spanish (3)
em("question", "es", """
Hola Dana, una consulta: ¿nos pueden facturar como exportación de servicios? Acá el contador nos pide que la factura diga "Invoice E" o algo equivalente para no pagar impuestos locales. Y otra: ¿aceptan pago con PayPal o tiene que ser wire sí o sí?

Gracias!
Facundo
""", sent="12-03 15:20", b="question", who="Facundo Iturralde", note="Argentine; an invoice format and a way to pay")
sms("question", "es", "Perdone, ¿la factura incluye el IVA? Es para cuadrarla con la contabilidad", sent="12-09 04:30",
    b="question", note="Spanish winery early in Chicago's morning")
em("question", "es", """
Buenos días:

¿Sería posible recibir la factura en formato Facturae? Nuestro programa de contabilidad no admite PDF escaneados.

Un saludo,
Administración
""", sent="12-14 09:10", b="question", who="Administración Bodegas Peñaflor", note="an e-invoice format asked for")

# ---- Dutch (2)
em("question", "nl", """
Dag Dana,

Mag ik vragen of de factuur met of zonder btw is opgemaakt? Wij zijn een Belgische onderneming, dus normaal is de btw verlegd.

Groetjes,
Griet
""", sent="12-07 14:15", b="question", who="Griet Vanhoutte", note="Flemish; VAT asked about")
sms("question", "nl", "Is dit het restbedrag na de aanbetaling van september? Kan het even niet terugvinden",
    sent="12-08 15:40", b="question")

# ---- Portuguese (2)
sms("question", "pt", "boa tarde, vcs emitem nota fiscal ou só invoice? o contador aqui pediu", sent="12-10 13:25",
    b="question", note="Brazilian clinic")
em("question", "pt", """
Boa tarde,

Poderiam indicar-nos o IBAN e o código SWIFT para a transferência internacional? O nosso banco pede ambos para pagamentos em dólares.

Melhores cumprimentos,
Contabilidade
""", sent="12-09 15:00", b="question", who="Contabilidade Corticeira Sorraia", note="how to pay; no promise")

# ============================================================ auto-replies (26)
# ---- English, e-mails (11)
em("auto-reply", "en", """
Thank you for contacting the Keystone IT Service Desk.

Ticket #KIT-48213 has been created for Thistlewood & Pardee, Attorneys at Law.
Priority: Normal
Status: New

A technician will respond within 4 business hours. To add information to this ticket, reply to this e-mail and keep the ticket number in the subject line.
""", sent="12-07 08:12", b="auto", ah=True, who="Bettina Sorrell",
   frm=("Keystone IT Service Desk", "servicedesk@keystonemsp.example"), subj="[Ticket #KIT-48213] {s}",
   note="the client's managed-IT helpdesk opened a ticket")
em("auto-reply", "en", """
Ticket #KIT-48377 has been closed.

Resolution: Message released from quarantine and delivered to billing@thistlewoodpardee.example.

If your issue is not resolved, reply to this e-mail within 7 days to reopen the ticket.

Keystone IT Service Desk
""", sent="12-10 16:40", b="auto", ah=False, who="Bettina Sorrell",
   frm=("Keystone IT Service Desk", "servicedesk@keystonemsp.example"), subj="[Ticket #KIT-48377] Closed: {s}",
   note="no headers; a helpdesk ticket closure")
em("auto-reply", "en", """
Thank you for contacting the Prairie Ridge CUSD 208 Facilities Office. Work orders must be submitted through SchoolDude. This mailbox is monitored Monday through Friday, 7:00 a.m. to 3:30 p.m.

Vendor payment inquiries should be directed to the Business Office at ap@{domain}. Payments are issued following Board approval at the regular monthly meeting.
""", sent="12-02 08:05", b="auto", ah=True, who="Facilities Office", subj="Automatic reply: {s}",
   note="board approval and payments in an automatic reply")
em("auto-reply", "en", """
I am out of the office for winter break December 21 - January 1 and will return Monday, January 4. For emergencies involving a district building, please call the facilities hotline at (815) 555-0311.
""", sent="12-21 07:20", b="auto", ah=True, who="Lonnie Gustafson", subj="Out of Office: {s}")
em("auto-reply", "en", """
Hi! I'm taking a few days off after the Christmas Eve services and will be back in the church office on Tuesday, December 29. If this is a pastoral emergency, please call Pastor Dave at (630) 555-0323.

Merry Christmas!
Marlene
""", sent="12-24 14:10", b="auto", ah=False, who="Marlene Oduya", subj="Re: {s}",
   note="no headers, Re: subject, a person's voice")
em("auto-reply", "en", """
Thank you for contacting Kline & Bellweather Funeral Home. If you are writing about a death that has just occurred, please call us at (630) 555-0313; a funeral director is available 24 hours a day. All other messages are returned during business hours.
""", sent="12-08 07:30", b="auto", ah=True, who="Russell Kline", subj="Re: {s}", note="funeral home's standing reply")
em("auto-reply", "en", """
I am out of the office through Monday, December 14. Invoices and statements received during my absence will be processed in the next bi-weekly payables run after my return. For urgent matters, please contact reception at (312) 555-0356.
""", sent="12-09 08:20", b="auto", ah=True, who="Bettina Sorrell", subj="Automatic reply: {s}",
   note="a payables run in an automatic reply is no promise")
em("auto-reply", "en", """
Thanks for emailing Rollins Collision & Paint!

Estimates: upload photos at rollinscollision.example/estimate
Insurance claims: please have your claim number ready

We reply to all messages within one business day.
""", sent="12-07 07:55", b="auto", ah=True, who="Vince Rollins", subj="Thanks for contacting Rollins Collision")
em("auto-reply", "en", """
Thank you for writing to Lamplight Community Players! Our box office is staffed by volunteers, so replies can take a few days during the run of A Christmas Carol (December 11-20). Tickets: lamplightplayers.example/tickets
""", sent="12-12 09:10", b="auto", ah=False, who="Ophelia Marchbanks", frm=("Lamplight Box Office", "boxoffice@{domain}"),
   subj="Re: {s}", note="no headers; a volunteer box office")
em("auto-reply", "en", """
This is an automated response from the Willow Bend Townhome Association management portal. Your message has been received and assigned to the community manager.

Vendor invoices are reviewed for payment after the Board approves them at its monthly meeting. Please allow 30-45 days from the invoice date.
""", sent="12-03 08:45", b="auto", ah=True, who="Cheryl Dunaway",
   frm=("Willow Bend Management Portal", "noreply@{domain}"), subj="Message received - {s}",
   note="a community-management portal; payment timing in an automatic reply")
em("auto-reply", "en", """
Gone fishin' - for real this time. I'm running charters out of Islamorada until March 1 and checking email maybe once a week. If it's urgent, text me.

Tight lines,
Capt. Dwayne
""", sent="12-14 08:30", b="auto", ah=False, who="Dwayne Ledbetter", subj="Re: {s}",
   note="no headers; a vacation notice in a person's voice")

# ---- English, texts (3)
sms("auto-reply", "en", "I'm driving right now - I'll get back to you when I can. (Sent automatically by Driving Focus)",
    sent="12-08 16:45", b="auto", note="phone auto-text")
sms("auto-reply", "en", "Thanks for texting La Ruta Arepa! Find today's truck location at larutaarepa.example/map. Catering? Reply CATER.",
    sent="12-09 11:35", b="auto", note="food truck auto-text with a keyword")
sms("auto-reply", "en", "Auto-reply: Kettle Creek Orchard. Christmas tree lot open Fri-Sun 9-5 thru Dec 20. We'll text back after hours.",
    sent="11-27 10:15", b="auto", note="orchard auto-text on the day after Thanksgiving")

# ---- French (3)
em("auto-reply", "fr", """
Bonjour,

Je serai absente du 21 décembre au 4 janvier inclusivement. Pour toute urgence, veuillez communiquer avec Nadia Ricard, directrice adjointe, au 450 555-0325.

Joyeuses Fêtes!
""", sent="12-21 08:15", b="auto", ah=True, who="Marie-Ève Lapointe", subj="Absence du bureau : {s}",
   note="Québec out-of-office")
em("auto-reply", "fr", """
Ce message confirme la réception de votre courriel. Les factures de fournisseurs sont approuvées par le conseil d'administration et payées dans les 30 jours suivant leur approbation.

Merci de ne pas répondre à ce courriel.
""", sent="12-08 09:20", b="auto", ah=True, who="Administration – Garderie Les Lucioles", subj="Accusé de réception : {s}",
   note="payment terms in an automatic acknowledgement")
em("auto-reply", "fr", """
Je suis en Floride jusqu'au 10 janvier. Je vais lire mes courriels à mon retour.

Réjean
""", sent="12-18 11:00", b="auto", ah=False, who="Réjean Lavigueur", subj="Re: {s}",
   note="no headers; a snowbird's vacation notice")

# ---- German (3)
em("auto-reply", "de", """
Besten Dank für Ihre Nachricht. Unser Büro bleibt vom 24. Dezember 2026 bis und mit 3. Januar 2027 geschlossen. Ab dem 4. Januar sind wir gerne wieder für Sie da.

Freundliche Grüsse
Stucki + Partner Ingenieure AG
""", sent="12-24 08:05", b="auto", ah=True, who="Sekretariat Stucki + Partner", subj="Abwesenheitsnotiz: {s}",
   note="Swiss office closure")
em("auto-reply", "de", """
Ich leiste bis am 18. Dezember Militärdienst (WK) und habe nur eingeschränkt Zugriff auf meine E-Mails. Rechnungen werden in dieser Zeit vom Sekretariat erfasst und nach meiner Rückkehr visiert. In dringenden Fällen: +41 31 555 03 40.
""", sent="12-07 10:10", b="auto", ah=True, who="Beat Stucki", subj="Automatische Antwort: {s}",
   note="Swiss military service; invoices signed after the return is no promise")
em("auto-reply", "de", """
Servus und danke für deine Nachricht! Wir stecken mitten in den Vorbereitungen für den Saisonstart am 19. Dezember. Kursbuchungen bitte online über schischule-edelweiss.example. Wir melden uns so bald wie möglich!

Dein Edelweiß-Team
""", sent="12-09 09:30", b="auto", ah=False, who="Florentina Moosbrugger", subj="Re: {s}",
   note="no headers; Austrian ski school")

# ---- Spanish (2)
em("auto-reply", "es", """
Gracias por escribirnos. Kernel Pampa está de vacaciones colectivas del 24/12 al 11/1. Durante ese período no se procesan pagos ni facturas. Para incidentes críticos de producción, escribí a guardia@{domain}.
""", sent="12-24 10:15", b="auto", ah=True, who="Facundo Iturralde", subj="Respuesta automática: {s}",
   note="Argentine collective holidays; no payments processed")
em("auto-reply", "es", """
Este es un mensaje automático. Hemos recibido su correo en el departamento de Administración de Bodegas Peñaflor de Arlanza. Los pagos a proveedores se realizan los días 10 y 25 de cada mes mediante transferencia. Le responderemos en un plazo de 48 horas.
""", sent="12-10 09:05", b="auto", ah=True, who="Administración Bodegas Peñaflor", subj="Acuse de recibo: {s}",
   note="payment days in an automatic reply")

# ---- Dutch (2)
em("auto-reply", "nl", """
Bedankt voor je bericht aan Camping De Wielewaal! Onze receptie is in de winter (1 november t/m 31 maart) alleen op woensdag bemand. We reageren zo snel mogelijk. Reserveren voor 2027 kan al via onze website.
""", sent="12-07 09:15", b="auto", ah=True, who="Receptie Camping De Wielewaal", subj="Automatisch antwoord: {s}",
   note="camping reception in winter")
em("auto-reply", "nl", """
Dag, ik ben met verlof tot en met 6 januari. Voor bestellingen van nieuwjaarsgebak: bel de winkel op 050 55 03 81.

Zalige feestdagen!
Griet
""", sent="12-28 09:00", b="auto", ah=False, who="Griet Vanhoutte", subj="Re: {s}",
   note="no headers; Flemish out-of-office in her own voice")

# ---- Portuguese (2)
em("auto-reply", "pt", """
Olá! Recebemos sua mensagem no setor Financeiro da Clínica Vida Plena. Nosso horário de atendimento é de segunda a sexta, das 8h às 17h. Pagamentos a fornecedores são realizados às quintas-feiras.

Por favor, não responda este e-mail.
""", sent="12-08 11:00", b="auto", ah=True, who="Financeiro Clínica Vida Plena", subj="Resposta automática: {s}",
   note="a payment weekday in an automatic reply")
sms("auto-reply", "pt", "Corticeira Vale do Sorraia: obrigado pela sua mensagem. Este número não recebe SMS. Contacte-nos por email ou pelo +351 263 555 039.",
    sent="12-09 05:20", b="auto", note="a business number that takes no texts")

# ============================================================ disputes (22)
# ---- English, texts (4)
sms("dispute", "en", "the bill says 4 hrs for the stage lip but your guy was here maybe 2. we have the sign in sheet at the stage door",
    sent="12-07 21:40", b="dispute", note="hours billed wrong")
sms("dispute", "en", "hey Dana its Dwayne the dock shed roof is already leaking where the two panels meet so I'm not paying the full amount until somebody comes back out and fixes it",
    sent="12-09 17:20", b="dispute", note="voice-to-text; faulty work, conditional")
sms("dispute", "en", "not sure why theres a disposal fee on here, we hauled the old cabinets to the dump ourselfs",
    sent="11-24 19:10", b="dispute", note="a charge contested without the word dispute")
sms("dispute", "en", "u charged us for 3 coats of epoxy on the shop floor. it was 2. i was there", sent="12-10 18:05",
    b="dispute")

# ---- English, e-mails (8)
em("dispute", "en", """
Dana,

Could you help me understand the mobilization charge on this invoice? Our purchase order (PO 27-0412) was issued as a lump sum that already included mobilization, so I'm not sure why it appears again as a separate line. The Business Office can't pay more than the PO amount without a change order approved by the Board.

Lonnie Gustafson
Director of Facilities
""", sent="12-02 13:20", b="dispute", who="Lonnie Gustafson",
   note="a dispute asked politely; 'can't pay more than the PO' is process, not hardship")
em("dispute", "en", """
Hi Dana,

I hate to bring this up at Christmas, but the new ceiling tiles in the fellowship hall are already sagging in two places near the kitchen, and one has a water stain. Our property chair thinks the grid wasn't leveled. Could someone come take a look before we pay the balance?

Marlene
""", sent="12-15 10:40", b="dispute", who="Marlene Oduya", note="faulty work asked about; 'before we pay' is conditional")
em("dispute", "en", """
Hi Dana,

The board reviewed the invoice last night and asked me to push back on the plant replacement line. Your proposal included a one-year guarantee on all plantings, and the nine arborvitae that died in August were replacements under that guarantee - they shouldn't be billed to the association. Please send a revised invoice without them.

Cheryl Dunaway
Community Manager
""", sent="12-09 10:15", b="dispute", who="Cheryl Dunaway", note="landscaping work under guarantee billed")
em("dispute", "en", """
Dana,

The invoice bills 14 hours for "low-voltage cabling - server room." That work was done by Keystone, our IT provider, and they have already billed us for it. Your crew ran the conduit only, which was in the fixed-price scope. Please remove the line and reissue.

Bettina Sorrell
Office Manager
""", sent="12-04 11:30", b="dispute", who="Bettina Sorrell", note="work done by another firm billed")
em("dispute", "en", """
Ms. Whitfield,

I am writing regarding the curb ramp at our east entrance. Its slope, as measured by our architect, is 1:10, which does not comply with the 1:12 maximum we specified. We cannot accept the work in its present condition and will not remit payment for that portion until it is corrected.

Sincerely,
Russell Kline
Funeral Director
""", sent="12-10 14:00", b="dispute", who="Russell Kline", st="outlook-quote", note="formal; work out of spec")
em("dispute", "en", """
Hi Dana, I'm confused by this one. Mike told me the vanity swap would be $450 since you were already there for the tub, but the invoice has it at $1,100. I'd like it billed at what he quoted me, please.

Rhonda
""", sent="12-07 19:30", b="dispute", who="Rhonda Petrakis", note="a quoted price billed higher, put as confusion")
em("dispute", "en", """
Dana, the invoice say 3 outlets 220V installed in the commissary, but only 2 are working, the third one never was connected. I not pay for something that is not working. Please send somebody.

Marco
""", sent="12-11 20:20", b="dispute", who="Marco Restrepo", note="second-language English; work unfinished")
em("dispute", "en", """
Dana - the paint booth still fails the airflow test. Inspector was out Tuesday and wrote us up, so the booth is shut down and I'm sending jobs out to another shop. Not paying for a booth I can't use. Call me.
""", sent="12-03 16:30", b="dispute", who="Vince Rollins", st="mobile",
   note="faulty work; jobs sent out is a cost, not hardship")

# ---- French (2)
em("dispute", "fr", """
Bonjour Dana,

Je suis pas d'accord avec la facture. Le contrat disait que le gypse était inclus dans le prix du sous-sol, pis là vous me le chargez en extra (1 850 $). J'ai le contrat signé devant moi.

Réjean
""", sent="12-01 19:50", b="dispute", who="Réjean Lavigueur", note="Québec French; an included item billed as extra")
sms("dispute", "fr", "bonjour, la clôture de la cour est déjà croche à deux places, les enfants peuvent passer dessous. on ne paiera pas tant que ce n'est pas réparé",
    sent="12-08 12:05", b="dispute", note="Québec daycare; faulty work, conditional")

# ---- German (2)
em("dispute", "de", """
Sehr geehrte Frau Whitfield

Wir haben Ihre Rechnung geprüft. Gemäss Werkvertrag vom 3. September war ein Pauschalpreis vereinbart. Die nachträglich verrechneten Regiestunden (Pos. 7, 22 h) wurden von uns nie visiert und werden nicht anerkannt. Bitte stellen Sie uns eine korrigierte Rechnung zu.

Freundliche Grüsse
Beat Stucki
""", sent="12-09 14:20", b="dispute", who="Beat Stucki", note="Swiss; time billed on a fixed-price contract")
sms("dispute", "de", "Die Heizung in der Skihütte geht seit Samstag wieder nicht. So zahl ma das sicher nicht",
    sent="12-07 08:20", b="dispute", note="Austrian dialect; 'Samstag' is past (sent Monday)")

# ---- Spanish (2)
em("dispute", "es", """
Hola Dana, revisando la factura vemos que nos cobraron las tres oficinas del piso como "remodelación completa", pero en la oficina chica solo se pintó. Lo habíamos hablado con Mike. ¿Podés corregirla y mandarla de nuevo?

Facundo
""", sent="12-10 16:45", b="dispute", who="Facundo Iturralde", note="a dispute put as a request")
sms("dispute", "es", "Al poner el suelo de la sala de barricas rayaron dos depósitos de acero. Hasta que no se arregle eso no pagamos la factura",
    sent="12-11 09:40", b="dispute", note="damage done by the crew; conditional")

# ---- Dutch (2)
em("dispute", "nl", """
Dag Dana,

Op de factuur staan 3 dagen voor het plaatsen van de nieuwe oven, maar jullie mannen zijn maar anderhalve dag geweest. Kunt ge dat eens nakijken en een nieuwe factuur sturen?

Groetjes,
Griet
""", sent="12-08 13:20", b="dispute", who="Griet Vanhoutte", note="Flemish 'ge'; days billed wrong, asked as a question")
sms("dispute", "nl", "Het sanitairgebouw lekt nog steeds bij de douches. Eerst repareren, dan betalen", sent="12-14 09:15",
    b="dispute", note="camping; conditional")

# ---- Portuguese (2)
em("dispute", "pt", """
Exma. Senhora,

Verificámos que a fatura inclui a substituição de 12 janelas no armazém, quando apenas foram substituídas 8. Solicitamos a emissão de uma nota de crédito pela diferença.

Com os melhores cumprimentos,
Margarida Pimentel
""", sent="12-07 11:30", b="dispute", who="Margarida Pimentel", note="European Portuguese; quantity billed wrong")
sms("dispute", "pt", "oi dana, o ar da sala 2 continua pingando em cima da maca. nao vou pagar ate arrumarem",
    sent="12-09 18:40", b="dispute", note="Brazilian clinic; conditional, no accents")

# ============================================================ already paid (22)
# ---- English, texts (5)
sms("already-paid", "en", "pd", sent="12-08 10:15", b="paid", note="one word")
sms("already-paid", "en", "mailed a check the monday after thanksgiving, #1184", sent="12-07 18:20", b="paid",
    note="'the monday after thanksgiving' is past (Nov 30)")
sms("already-paid", "en", "Dana its Marco I pay you yesterday with Zelle to the billing email please check",
    sent="12-09 20:05", b="paid", note="voice-to-text, second-language English; 'please check' only checks the payment")
sms("already-paid", "en", "ck 20417 mailed 11/30", sent="12-04 09:10", b="paid", note="only a check number and a US date")
sms("already-paid", "en", "sent thru ur payment link last nite, conf 4471-KQ", sent="12-11 08:40", b="paid")

# ---- English, e-mails (7)
em("already-paid", "en", """
Dana, please see the remittance below from our Business Office. Warrant 27-118 was approved by the Board on November 23 and the checks went out the next day.

Lonnie
""", sent="12-02 10:05", b="paid", who="Lonnie Gustafson", fwd="remit_p8", pd="11-24",
   note="a forwarded district remittance advice")
em("already-paid", "en", """
Hi Dana,

Our treasurer tells me the check was signed after the finance committee met on Tuesday and mailed Wednesday morning - check no. 3312 for the full amount. Please let me know if it hasn't arrived by next week.

Marlene
""", sent="12-10 14:30", b="paid", who="Marlene Oduya",
   note="'Tuesday' and 'Wednesday' are past (sent Thursday); 'let me know if ... by next week' is no promise")
em("already-paid", "en", """
Dana - see below. Paid by ACH from our operating account on 12/3.

B. Sorrell
""", sent="12-07 13:10", b="paid", who="Bettina Sorrell", fwd="ach_sent_p8", pd="12-03",
   note="a forwarded bank ACH confirmation")
em("already-paid", "en", """
Ms. Whitfield,

This account was paid in full on November 20 by check number 8841, drawn on First Midwest Community Bank. Our bank statement shows that the check cleared on November 27. Please review your records.

Russell Kline
""", sent="12-02 09:45", b="paid", who="Russell Kline", note="formal; dates of payment and clearing")
em("already-paid", "en", """
Paid already! Mike came by the farm stand for cider and apples on Saturday and I handed him a check for the invoice then. He said he'd drop it at your office.

Arlo
""", sent="12-01 19:30", b="paid", who="Arlo Pettersen", note="a check handed to the crew lead; 'Saturday' is past (sent Tuesday)")
em("already-paid", "en", """
Paid 11/30 via AppFolio ePay. Ref APF-2211-77391.
""", sent="12-03 12:20", b="paid", who="Cheryl Dunaway", note="only a date and a reference")
em("already-paid", "en", """
Hi Dana! Our treasurer paid this through the bank's bill pay on the 2nd. It goes out as a paper check, so it may take a week to reach you - we definately sent it though!

Break a leg,
Ophelia
""", sent="12-07 10:30", b="paid", who="Ophelia Marchbanks", st="apple-quote", note="'may take a week' is no promise")

# ---- French (2)
em("already-paid", "fr", """
Bonjour Dana,

Le paiement a été fait par virement le 2026-12-04 (no de confirmation 88123401). Pouvez-vous me confirmer la réception?

Merci,
Marie-Ève
""", sent="12-08 14:50", b="paid", who="Marie-Ève Lapointe", note="Québec ISO date; paid + 'confirm it arrived' is already-paid alone")
sms("already-paid", "fr", "c payé depuis jeudi, chèque #152 posté", sent="12-07 20:10", b="paid",
    note="Québec; 'jeudi' is past (sent Monday)")

# ---- German (2)
em("already-paid", "de", """
Grüezi

Die Zahlung wurde am 04.12. ausgeführt, siehe Bestätigung unten.

Freundliche Grüsse
Sekretariat
""", sent="12-08 10:20", b="paid", who="Sekretariat Stucki + Partner", fwd="ch_ebank_p8", pd="12-04",
   note="a forwarded Swiss e-banking confirmation")
sms("already-paid", "de", "Hab's am Freitag überwiesen, Zahlungsreferenz war die Rechnungsnummer. Sollt schon da sein",
    sent="12-09 10:30", b="paid", note="Austrian; 'am Freitag' is past (sent Wednesday)")

# ---- Spanish (2)
em("already-paid", "es", """
Hola Dana, ya está pagado: el 1/12 hicimos la transferencia internacional desde nuestra cuenta en dólares. Número de operación: BNAR-261201-7781.

¡Gracias!
Facundo
""", sent="12-07 12:15", b="paid", who="Facundo Iturralde", note="Argentine D/M date and a reference")
em("already-paid", "es", """
Buenos días:

Adjuntamos el justificante de la transferencia realizada el 03/12/2026.

Un saludo,
Administración
""", sent="12-09 09:40", b="paid", who="Administración Bodegas Peñaflor", fwd="es_transfer_p8", pd="12-03",
   note="a forwarded Spanish bank receipt")

# ---- Dutch (2)
em("already-paid", "nl", """
Dag Dana, die is betaald, zie hieronder.

Groetjes Griet
""", sent="12-07 11:45", b="paid", who="Griet Vanhoutte", fwd="be_overschrijving_p8", pd="12-02",
   note="a forwarded Belgian bank notice")
sms("already-paid", "nl", "al voldaan op 1-12 via de bank, kenmerk was het factuurnr", sent="12-08 14:05", b="paid",
    note="day-first '1-12'")

# ---- Portuguese (2)
em("already-paid", "pt", """
Boa tarde,

O pagamento foi efetuado por transferência bancária no dia 30/11, conforme o comprovativo que enviámos à vossa contabilidade.

Cumprimentos,
Contabilidade
""", sent="12-03 14:30", b="paid", who="Contabilidade Corticeira Sorraia", note="European Portuguese; D/M date")
sms("already-paid", "pt", "ja paguei ontem pelo wise, mandei o comprovante no email da dana", sent="12-10 16:50",
    b="paid", note="Brazilian; 'ontem' is past")

# ============================================================ promises (32: 28 dated, 4 with no day)
# ---- English, texts (8)
sms("promise-to-pay", "en", "k will pay fri", sent="12-08 12:10", p="12-11", chk="wd:fri", b="promise", note="terse")
sms("promise-to-pay", "en", "get paid on the 18th, will send it that nite", sent="12-09 21:30", p="12-18", chk="d:18",
    b="promise", note="payday named")
sms("promise-to-pay", "en", "hi Dana it's Dwayne I'm going to put a check in the mail after the 15th when my first check from the marina comes in",
    sent="12-07 14:10", p="12-16", chk="d:16", b="promise",
    note="voice-to-text; 'after the 15th' = the 16th; the marina's check is the condition")
sms("promise-to-pay", "en", "will pay by xmas promise", sent="12-11 19:45", p="12-24", chk="at:12-24", b="promise",
    note="'by xmas' = Dec 24")
sms("promise-to-pay", "en", "i can pay it in 2 weeks if thats ok", sent="12-04 17:25", p="12-18", chk="+14", b="promise",
    note="'if thats ok' asks whether it suits; still a dated promise")
sms("promise-to-pay", "en", "paying it first thing tommorow from the shop acct", sent="12-14 20:50", p="12-15", chk="+1",
    b="promise", note="typo")
sms("promise-to-pay", "en", "ill get it paid next payday, sorry dana", sent="12-10 22:15", b="promise",
    note="'next payday' with no day is an undated promise")
sms("promise-to-pay", "en", "sending $ monday or tuesday latest", sent="12-10 17:40", p="12-15", chk="wd:tue",
    b="promise", note="a range taken at its end")

# ---- English, e-mails (10)
em("promise-to-pay", "en", """
Dana,

Good news: the Board approved your invoice on Monday's bills list, and the Business Office will mail the check with the December 18 warrant.

Lonnie
""", sent="12-15 11:10", p="12-18", chk="at:12-18", b="promise", who="Lonnie Gustafson",
   note="a person names the warrant run; Monday's approval is past")
em("promise-to-pay", "en", """
Dana, the finance committee approved it last night. Our bookkeeper writes checks on Thursdays, so it will go out 12/10.

Marlene
""", sent="12-09 09:15", p="12-10", chk="at:12-10:thu", b="promise", who="Marlene Oduya", note="US M/D date")
em("promise-to-pay", "en", """
Ms. Whitfield,

Please accept our apologies for the delay. Payment has been scheduled through our bank; the confirmation is below.

Russell Kline
""", sent="12-11 15:20", p="12-18", chk="at:12-18", b="promise", who="Russell Kline", fwd="scheduled_p8", pd="12-11",
   note="a forwarded bill-pay notice that schedules delivery for a later day")
em("promise-to-pay", "en", """
Hi Dana,

The board signed off, and the check will be cut in the first week of January, once the 2027 operating budget takes effect.

Cheryl
""", sent="12-16 14:40", p="01-08", chk="at:2027-01-08", b="promise", who="Cheryl Dunaway",
   note="'the first week of January' taken at its end")
em("promise-to-pay", "en", """
Dana,

I've approved the invoice. It's in our payables run for the end of the month - we run checks on the last business day, which is Thursday the 31st this time.

Bettina
""", sent="12-14 10:05", p="12-31", chk="at:12-31:thu", b="promise", who="Bettina Sorrell", st="gmail-quote")
em("promise-to-pay", "en", """
Dana - A Christmas Carol closes on the 20th and the box office deposit goes in the following Monday. I'll send your payment the next day.

Ophelia
""", sent="12-12 23:30", p="12-22", chk="at:12-22:tue", b="promise", who="Ophelia Marchbanks",
   note="'the next day' after the Monday after the 20th = Tue 22; the closing and deposit days are not the promise")
em("promise-to-pay", "en", """
Dana, we'll pay this in full once the Christmas tree lot closes. The last day is the 20th and I'll bring a check by your office the Monday after.

Arlo
""", sent="12-05 18:45", p="12-21", chk="at:12-21:mon", b="promise", who="Arlo Pettersen",
   note="'the Monday after' the 20th = Dec 21")
em("promise-to-pay", "en", """
Insurance money from the hail jobs lands mid-month. You should have your check by the 15th, worst case the 18th.

Vince
""", sent="12-07 13:40", p="12-18", chk="d:18", b="promise", who="Vince Rollins", note="hedged; the later day is the promise")
em("promise-to-pay", "en", """
Hi Dana, I'm so sorry this slipped through. I'm hoping to pay the balance on 12/23 when my paycheck comes in.

Rhonda
""", sent="12-16 20:10", p="12-23", chk="at:12-23", b="promise", who="Rhonda Petrakis", note="'hoping to' with a US date")
em("promise-to-pay", "en", """
Dana, I will pay you, no worry. Soon I have the money from the catering of the Christmas parties.

Marco
""", sent="12-10 21:45", b="promise", who="Marco Restrepo", note="second-language English; an undated promise")

# ---- French (3)
sms("promise-to-pay", "fr", "je vous paye jeudi le 17 sans faute", sent="12-11 18:30", p="12-17", chk="at:12-17:thu",
    b="promise", note="Québec 'jeudi le 17'")
em("promise-to-pay", "fr", """
Bonjour Dana,

La facture a été approuvée par le CA. Le paiement sera fait d'ici la fin du mois.

Bonne journée,
Marie-Ève
""", sent="12-17 09:50", p="12-31", chk="eom", b="promise", who="Marie-Ève Lapointe",
   note="approved and paid by the end of the month")
em("promise-to-pay", "fr", """
Dana, je vais vous payer après les Fêtes, promis.

Réjean
""", sent="12-19 14:00", b="promise", who="Réjean Lavigueur", note="'après les Fêtes' is an undated promise")

# ---- German (3)
em("promise-to-pay", "de", """
Sehr geehrte Frau Whitfield

Die Rechnung ist visiert und wird mit unserem Zahlungslauf vom 21.12. beglichen.

Freundliche Grüsse
B. Stucki
""", sent="12-14 08:30", p="12-21", chk="at:12-21", b="promise", who="Beat Stucki", note="Swiss; a person names the payment run")
sms("promise-to-pay", "de", "Zahl ich Anfang Jänner, wenn die ersten Kursgelder da sind. Spätestens am 8.",
    sent="12-10 13:10", p="01-08", chk="at:2027-01-08", b="promise", note="Austrian 'Jänner'; 'spätestens am 8.'")
em("promise-to-pay", "de", """
Servus Dana,

ich überweis dir das in zwei Wochen, wenn die Weihnachtsgäste da sind.

Lg Florentina
""", sent="12-05 17:00", p="12-19", chk="+14", b="promise", who="Florentina Moosbrugger", note="'in zwei Wochen'")

# ---- Spanish (3)
em("promise-to-pay", "es", """
Hola Dana, perdón por la demora. Te transferimos el viernes 18/12 sin falta.

Saludos,
Facundo
""", sent="12-14 12:20", p="12-18", chk="at:12-18:fri", b="promise", who="Facundo Iturralde", note="Argentine D/M date")
em("promise-to-pay", "es", """
Buenos días, Dana:

Le confirmamos que la factura se abonará mediante transferencia entre el 28 y el 30 de diciembre.

Un saludo,
Montserrat Echeverría
""", sent="12-15 10:30", p="12-30", chk="at:12-30", b="promise", who="Montserrat Echeverría",
   note="a range taken at its end")
sms("promise-to-pay", "es", "Le pago en cuanto cobre lo de la feria, no se preocupe", sent="12-09 16:00", b="promise",
    note="an undated promise on a condition")

# ---- Dutch (2)
sms("promise-to-pay", "nl", "Ik betaal tegen vrijdag, beloofd", sent="12-15 08:30", p="12-18", chk="wd:fri", b="promise",
    note="Flemish 'tegen vrijdag' = by Friday")
em("promise-to-pay", "nl", """
Hallo Dana,

Excuus, door de winterstop lag de post hier stil. Ik maak het bedrag uiterlijk 23-12 over.

Groet,
Henk
""", sent="12-11 11:10", p="12-23", chk="at:12-23", b="promise", who="Henk Oosterhuis", note="day-first '23-12'")

# ---- Portuguese (3)
em("promise-to-pay", "pt", """
Boa tarde,

Informamos que a fatura será liquidada até ao dia 22 de dezembro.

Cumprimentos,
Margarida Pimentel
""", sent="12-10 15:25", p="12-22", chk="at:12-22", b="promise", who="Margarida Pimentel")
sms("promise-to-pay", "pt", "vou pagar semana que vem, pode ficar tranquila", sent="12-09 19:20", p="12-18", chk="nw:fri",
    b="promise", note="'semana que vem' is next week's Friday")
em("promise-to-pay", "pt", """
Oi Dana, tudo bem? O pagamento vai sair no dia 5/1, assim que fecharmos o caixa de dezembro.

Abs,
Luciana
""", sent="12-16 14:00", p="01-05", chk="at:2027-01-05", b="promise", who="Luciana Quaresma",
   note="Brazilian D/M: '5/1' = January 5")

# ============================================================ hardship (22)
# ---- English, texts (5)
sms("hardship", "en", "slowest month of the yr for charters, boat's on the hard and nothing coming in til the boat show in feb. can u work w me",
    sent="12-08 19:05", b="hardship", note="the boat show's month is no promise")
sms("hardship", "en", "truck's engine blew on the 3rd, been off the road 2 wks. no catering no money. im sorry",
    sent="12-16 21:15", b="hardship", note="food truck; a past date")
sms("hardship", "en", "Dana I had to pay for two dental implants out of pocket this month insurance won't cover any of it I can't pay you right now can we do a payment plan",
    sent="12-09 20:30", b="hardship", note="voice-to-text; a plan asked out of trouble")
sms("hardship", "en", "hail season was dead this yr and the insurance cos are paying us at 60 days. cash is real tight. can u hold off a couple weeks",
    sent="12-02 18:40", b="hardship", note="'hold off a couple weeks' asked out of trouble: no promise")
sms("hardship", "en", "offering was way down in november and then the boiler died. can we pay this in 2 parts",
    sent="12-01 16:20", b="hardship", note="church; a plan asked for")

# ---- English, e-mails (7)
em("hardship", "en", """
Hi Dana,

I need to be honest with you. My dentist found an abscess and I ended up needing a root canal and a crown - $3,800, none of it covered because I don't have dental insurance. I'm paying that off on a payment plan now and I just can't do both at once. Could we spread your invoice over three or four months starting in January?

Rhonda
""", sent="12-03 19:15", b="hardship", who="Rhonda Petrakis", st="multipart", note="dental bills paid out of pocket")
em("hardship", "en", """
Dana, I'll be frank. Our fall production lost money and our biggest sponsor pulled out in October. Until the Christmas Carol ticket money comes in after the 20th, our account is close to empty. I'd like to propose paying this in two installments, one in January and one in February.

Ophelia
""", sent="12-08 10:45", b="hardship", who="Ophelia Marchbanks",
   note="'after the 20th' is when the ticket money comes in; a plan by months has no first day")
em("hardship", "en", """
Ms. Whitfield,

The funeral home is in the middle of an ownership transition following Mr. Bellweather's death in October, and our accounts are frozen until the estate transfers his share. Our attorney expects that to be resolved by mid-January. We are not able to make any payments until then.

Russell Kline
""", sent="12-04 11:50", b="hardship", who="Russell Kline", note="mid-January is the estate's date, no promise")
em("hardship", "en", """
Dana,

The late frost in April took out most of the Honeycrisp and the apple season was about a third of normal. We're scraping by on the tree lot. I can't pay the whole invoice right now - would you take $200 a month?

Arlo
""", sent="11-23 20:45", b="hardship", who="Arlo Pettersen", note="a recurring offer without a first day")
em("hardship", "en", """
Dana,

I'm sorry to report that the association's reserve fund was drawn down by the emergency sewer repair in building F. The board is levying a special assessment, but owners don't have to pay it until February 1, and until then we can't pay the balance. Would Harbor & Pine accept a partial payment now?

Cheryl Dunaway
""", sent="12-10 13:30", b="hardship", who="Cheryl Dunaway", note="the owners' due date is no promise; a partial payment without a day")
em("hardship", "en", """
Dana,

The state is three categorical payments behind and the district is on a cash-flow borrowing plan. The Business Office has frozen all non-emergency payments until the tax anticipation warrants are issued, and I don't have a date for that yet. I'm sorry - I know your crew did good work.

Lonnie
""", sent="12-07 15:10", b="hardship", who="Lonnie Gustafson", note="a school district's cash freeze")
em("hardship", "en", """
Dana,

Our largest client filed for bankruptcy last month and owes us nearly four months of fees. The partners have asked me to stretch all vendor payments for now. Would you agree to a 90-day extension on this invoice?

Bettina Sorrell
""", sent="12-11 09:30", b="hardship", who="Bettina Sorrell", note="'a 90-day extension' asked out of trouble")

# ---- French (2)
em("hardship", "fr", """
Bonjour Dana,

Les subventions du ministère pour novembre n'ont pas encore été versées et nous devons payer les éducatrices en priorité. Est-ce qu'on pourrait étaler le paiement sur trois mois?

Marie-Ève
""", sent="12-14 12:30", b="hardship", who="Marie-Ève Lapointe", note="Québec daycare; a plan asked for")
sms("hardship", "fr", "j'ai perdu ma job la semaine passée, chu pas capable de payer ça là. on peut-tu s'arranger?",
    sent="12-02 20:40", b="hardship", note="Québec French")

# ---- German (2)
em("hardship", "de", """
Liebe Dana,

der Saisonstart ist heuer eine Katastrophe: kein Naturschnee, die Lifte fahren erst ab 19.12. und bis dahin haben wir keine Einnahmen. Ich kann die Rechnung derzeit leider nicht zahlen. Können wir eine Ratenzahlung ausmachen?

Liebe Grüße
Florentina
""", sent="12-07 18:20", b="hardship", who="Florentina Moosbrugger", note="Austrian; the lifts' date is no promise")
sms("hardship", "de", "Uns ist ein Grosskunde konkurs gegangen, wir müssen alle Zahlungen zurückstellen. Bitte um etwas Geduld",
    sent="12-10 09:50", b="hardship", note="Swiss spelling")

# ---- Spanish (2)
em("hardship", "es", """
Hola Dana, te escribo por un tema delicado. Con el cepo cambiario no podemos girar dólares al exterior hasta que el Banco Central nos autorice, y el trámite puede demorar semanas. Tenemos los pesos, pero no los podemos transferir. Te pido un poco de paciencia.

Facundo
""", sent="12-09 13:30", b="hardship", who="Facundo Iturralde", note="currency controls keep a willing payer from paying")
sms("hardship", "es", "La granizada de agosto nos arruinó media cosecha y este año vamos muy justos. ¿Podemos fraccionar el pago?",
    sent="12-14 05:45", b="hardship", note="winery; a plan asked for")

# ---- Dutch (2)
em("hardship", "nl", """
Hallo Dana,

In de winter komt hier geen geld binnen; de eerste boekingen van 2027 worden pas in maart betaald. Ik kan de factuur nu niet in één keer betalen. Kunnen we het in vier termijnen doen?

Groet,
Henk
""", sent="12-08 14:30", b="hardship", who="Henk Oosterhuis", note="camping in winter; March is the bookings', no promise")
sms("hardship", "nl", "Onze oven is kapot en de verzekering betaalt nog niet. Ik kan nu echt niks missen, sorry",
    sent="12-17 14:00", b="hardship", note="Flemish bakery")

# ---- Portuguese (2)
em("hardship", "pt", """
Exma. Senhora,

Devido à quebra acentuada das exportações para os Estados Unidos após o aumento das tarifas aduaneiras, a nossa tesouraria encontra-se sob forte pressão. Solicitamos a possibilidade de liquidar a fatura em três prestações mensais.

Com os melhores cumprimentos,
Margarida Pimentel
""", sent="12-11 10:30", b="hardship", who="Margarida Pimentel", note="cork exporter; a plan asked for formally")
sms("hardship", "pt", "dana o convenio atrasou o repasse de 2 meses, to sem caixa. consegue esperar ate fevereiro?",
    sent="12-15 17:10", b="hardship", note="Brazilian clinic; 'esperar até fevereiro' asked out of trouble")

# ============================================================ opt-out (14)
# ---- English, texts (3)
sms("opt-out", "en", "this is the theatre's box office phone, volunteers answer it. please dont send billing stuff here",
    sent="12-10 18:15", b="optout", note="indirect: a business line not to be used")
sms("opt-out", "en", "stop texting my personal cell, send district stuff to the office", sent="12-03 14:45",
    b="optout", note="a redirect with the stop")
sms("opt-out", "en", "please take this number off your list this is my fishing line and customers call it",
    sent="12-14 12:40", b="optout", note="voice-to-text; indirect")

# ---- English, e-mails (4)
em("opt-out", "en", """
Ms. Whitfield,

This address is our family services inbox, which is read by the staff who assist grieving families. Please do not send collection notices here. All correspondence about this account should come by mail to my attention.

Russell Kline
""", sent="12-08 16:20", b="optout", who="Russell Kline", note="indirect; post allowed")
em("opt-out", "en", """
Dana, could you please stop sending these automatic reminders to the church office? Several volunteers share this inbox. I'll call you directly about the account.

Marlene
""", sent="12-14 11:25", b="optout", who="Marlene Oduya", note="an opt-out asked as a question; a call is no promise")
em("opt-out", "en", """
Please remove this address from your automated reminders. The firm's e-mail is monitored under our IT provider's compliance policy and automated vendor messages are being flagged. Send any statements by post.

Bettina Sorrell
""", sent="12-15 14:05", b="optout", who="Bettina Sorrell", note="post allowed")
em("opt-out", "en", """
I'd appreciate it if the reminders stopped. I know what I owe and I'm dealing with it.
""", sent="12-18 19:40", b="optout", who="Rhonda Petrakis", note="'I know what I owe' is no hardship and no promise")

# ---- French (2)
sms("opt-out", "fr", "arrêtez de m'texter svp, appelez-moi si y'a de quoi", sent="12-16 19:05", b="optout",
    note="Québec French")
em("opt-out", "fr", """
Bonjour,

Merci de ne plus envoyer de rappels automatiques à cette adresse : elle est partagée avec les parents de la garderie. Pour toute question, appelez-moi au bureau.

Marie-Ève
""", sent="12-11 13:15", b="optout", who="Marie-Ève Lapointe", note="indirect; a call allowed")

# ---- German (1)
em("opt-out", "de", """
Sehr geehrte Damen und Herren

Wir bitten Sie, uns künftig keine automatisierten Zahlungserinnerungen per E-Mail mehr zuzustellen. Mahnungen nehmen wir ausschliesslich auf dem Postweg entgegen.

Freundliche Grüsse
Sekretariat
""", sent="12-11 09:40", b="optout", who="Sekretariat Stucki + Partner", note="Swiss; letters allowed")

# ---- Spanish (2)
sms("opt-out", "es", "che, no me manden más mensajes a este número que es personal. todo por mail", sent="12-08 17:30",
    b="optout", note="Argentine; e-mail allowed")
em("opt-out", "es", """
Buenos días:

Les rogamos que den de baja esta dirección de sus envíos automáticos. Es el correo de reservas de visitas a la bodega.

Un saludo,
Montserrat Echeverría
""", sent="12-10 12:40", b="optout", who="Montserrat Echeverría", note="indirect: a bookings address")

# ---- Dutch (1)
sms("opt-out", "nl", "Graag geen berichten meer naar dit nummer, dit is de noodlijn van de camping", sent="12-09 16:30",
    b="optout", note="a camping's emergency line")

# ---- Portuguese (1)
em("opt-out", "pt", """
Boa tarde, por favor não enviem mais lembretes para este e-mail, é o e-mail dos pacientes da clínica. Qualquer assunto financeiro, falem com o setor financeiro por telefone.

Luciana
""", sent="12-11 15:45", b="optout", who="Luciana Quaresma", note="Brazilian; indirect, a phone call allowed")

# ============================================================ mixed (27)
# ---- English (15)
sms("opt-out+dispute", "en", "stop sending these. the shed roof leaks and nobody has called me back in 3 weeks",
    sent="12-15 18:00", b="mixed")
em("opt-out+already-paid", "en", """
This was paid on November 30 - I sent you the AppFolio reference last week. Please stop the automated reminders to the association's inbox; they get forwarded to all seven board members.

Cheryl
""", sent="12-09 15:10", b="mixed", who="Cheryl Dunaway")
sms("opt-out+promise-to-pay", "en", "will pay on the 22nd. no more texts please", sent="12-12 10:20", p="12-22", chk="d:22",
    b="mixed")
em("dispute+already-paid", "en", """
Dana,

The district paid the base contract amount on 12/1 (warrant 27-121). The remaining $2,340 is for the added floor drain in the boys' locker room, which was never approved by change order, so the Business Office will not release it.

Lonnie Gustafson
""", sent="12-07 14:40", b="mixed", who="Lonnie Gustafson")
em("dispute+promise-to-pay", "en", """
Dana, we'll pay for the ramp on Thursday the 17th - it's beautiful and the memorial family is thrilled. The ceiling is another story until someone fixes those sagging tiles, so please take that part off for now.

Marlene
""", sent="12-16 09:45", p="12-17", chk="at:12-17:thu", b="mixed", who="Marlene Oduya")
sms("dispute+question", "en", "why am i being charged for the permit when u said u pulled it under ur license for free? also whens mike coming back for the trim",
    sent="12-09 16:15", b="mixed", note="a charge contested as a question plus an unrelated question")
em("already-paid+question", "en", """
Ms. Whitfield,

Our check no. 8907 was mailed on December 4. Separately, we are considering enclosing the side porch as a second visitation room next spring. Would your firm be able to provide an estimate?

Russell Kline
""", sent="12-09 10:15", b="mixed", who="Russell Kline")
sms("already-paid+promise-to-pay", "en", "paid half on the 1st, other half goes out the 15th", sent="12-05 11:30",
    p="12-15", chk="d:15", b="mixed")
em("hardship+promise-to-pay", "en", """
Dana,

Winter's always lean for a charter captain and this one's leaner than most. I can send $500 on Friday the 11th and the rest when the boat show deposits come in, probably February.

Dwayne
""", sent="12-07 18:40", p="12-11", chk="at:12-11:fri", b="mixed", who="Dwayne Ledbetter",
   note="a dated first payment; February is the deposits'")
sms("hardship+promise-to-pay", "en", "Dana this is Marco the truck is still broken I can give you 300 on Saturday and the rest when I'm working again",
    sent="12-17 20:00", p="12-19", chk="wd:sat", b="mixed", note="voice-to-text; a dated part payment")
em("hardship+question", "en", """
Dana, two things. Our grant from the county arts council was cut in half this year, so money is very tight and I'd like to ask for a payment plan. And separately - could your crew build a stage extension for our spring musical? I'd need a quote for the board.

Ophelia
""", sent="12-14 15:15", b="mixed", who="Ophelia Marchbanks")
em("promise-to-pay+question", "en", """
I'll cut a check Monday the 14th. Do you want it mailed to the PO box or dropped at your office on Clybourn?

Vince
""", sent="12-10 17:50", p="12-14", chk="at:12-14:mon", b="mixed", who="Vince Rollins")
sms("promise-to-pay+question", "en", "ill zelle it on the 30th. what email do i send it to", sent="12-18 13:00", p="12-30",
    chk="d:30", b="mixed", note="no question mark")
em("opt-out+hardship", "en", """
Please stop sending these. Between the dental surgery and losing my second job, I have nothing left this month and every reminder makes it worse. I'll call when I can.
""", sent="12-21 21:10", b="mixed", who="Rhonda Petrakis", note="'I'll call when I can' is no promise")
sms("already-paid+hardship", "en", "sent 400 last week, thats all i had. rest when the tree lot money comes in",
    sent="12-14 19:30", b="mixed", note="a part payment made; the rest waits on money trouble, no day")

# ---- French (3)
em("already-paid+promise-to-pay", "fr", """
Salut Dana,

J'ai envoyé 2 000 $ par virement vendredi. Le reste, je vous le paie le 2026-12-23, quand ma paie de fin d'année rentre.

Réjean
""", sent="12-14 19:20", p="12-23", chk="at:12-23", b="mixed", who="Réjean Lavigueur",
   note="Québec ISO date; 'vendredi' is past (sent Monday)")
sms("dispute+promise-to-pay", "fr", "on paie la peinture vendredi, mais pas la clôture tant qu'elle n'est pas réparée",
    sent="12-15 12:30", p="12-18", chk="wd:fri", b="mixed")
em("opt-out+question", "fr", """
Bonjour, je préférerais ne plus recevoir ces courriels automatiques. Est-ce que je pourrais avoir le solde exact par téléphone?

Réjean
""", sent="12-04 18:30", b="mixed", who="Réjean Lavigueur")

# ---- German (2)
em("dispute+question", "de", """
Grüezi Frau Whitfield

Position 4 (Baustelleneinrichtung) ist doppelt verrechnet, sie war bereits in der Akontorechnung vom Oktober enthalten. Bitte korrigieren. Und noch eine Frage: Könnten Sie uns bis Ende Januar eine Offerte für die Erweiterung unseres Archivs machen?

Freundliche Grüsse
Beat Stucki
""", sent="12-10 08:50", b="mixed", who="Beat Stucki", note="billed twice; 'bis Ende Januar' is the quote's date")
sms("hardship+promise-to-pay", "de", "Schaut grad schlecht aus mit dem Geld, aber am 28. kann ich 500 überweisen, der Rest im Februar",
    sent="12-11 09:00", p="12-28", chk="d:28", b="mixed", note="Austrian; a dated part payment")

# ---- Spanish (3)
em("already-paid+question", "es", """
Hola Dana, el pago salió el 3/12 por transferencia. Aprovecho para consultarte: ¿ustedes hacen también instalaciones de red para oficinas? Estamos por sumar un piso.

Facundo
""", sent="12-09 11:20", b="mixed", who="Facundo Iturralde")
em("promise-to-pay+question", "es", """
Buenos días, Dana:

Haremos la transferencia el lunes 21. ¿Nos puede confirmar el número de cuenta? El que figura en esta factura no coincide con el de la anterior.

Un saludo,
Montserrat Echeverría
""", sent="12-15 09:30", p="12-21", chk="at:12-21:mon", b="mixed", who="Montserrat Echeverría",
   note="an account-number mismatch asked about is a question, not a dispute")
sms("opt-out+promise-to-pay", "es", "pago el viernes pero no me escriban más a este número porfa", sent="12-09 14:00",
    p="12-11", chk="wd:fri", b="mixed")

# ---- Dutch (2)
em("dispute+already-paid", "nl", """
Dag Dana,

Het deel voor de vloer hebben we op 4/12 betaald. De ovenplaatsing betalen we niet: ge hebt daar 3 dagen aangerekend voor anderhalve dag werk.

Groetjes,
Griet
""", sent="12-10 10:15", b="mixed", who="Griet Vanhoutte", note="Flemish; D/M date")
em("hardship+promise-to-pay", "nl", """
Hoi Dana,

Het is krap nu de camping dicht is, maar op 15 januari kan ik de helft overmaken. De rest zodra de eerste boekingen binnen zijn.

Groet,
Henk
""", sent="12-16 09:30", p="01-15", chk="at:2027-01-15", b="mixed", who="Henk Oosterhuis")

# ---- Portuguese (2)
em("already-paid+question", "pt", """
Boa tarde,

A fatura foi paga a 4 de dezembro. Aproveitamos para perguntar se fazem também a impermeabilização de coberturas industriais; temos um armazém em Coruche com infiltrações.

Cumprimentos,
Margarida Pimentel
""", sent="12-10 14:20", b="mixed", who="Margarida Pimentel")
sms("promise-to-pay+question", "pt", "vou pagar até dia 20. aceitam cartão de crédito internacional?", sent="12-11 19:10",
    p="12-20", chk="d:20", b="mixed", note="Brazilian 'até dia 20'")

FWD = {
    "remit_p8": dict(frm="Prairie Ridge CUSD 208 Business Office <ap@prairieridge208.example>",
                     subj="Remittance Advice - Check 118342", body="""
PRAIRIE RIDGE COMMUNITY UNIT SCHOOL DISTRICT 208
REMITTANCE ADVICE

Vendor:       HARBOR & PINE BUILDERS (V-04417)
Check no.:    118342
Check date:   {pd_us}
Warrant:      27-118

Invoice       Description                 Amount
{inv}      Gym bleacher repair         {amt}

This remittance advice was generated automatically by Skyward Finance. Please do not reply.
"""),
    "ach_sent_p8": dict(frm="Lakeshore Trust Bank <alerts@lakeshoretrustbank.example>",
                        subj="Your ACH payment has been sent", body="""
Your ACH payment has been sent.

From:            Operating Account ...4410
To:              HARBOR & PINE BUILDERS
Amount:          {amt}
Effective date:  {pd_us}
Trace number:    071923284410553
Addenda:         {inv}

Questions? Call Treasury Services at (312) 555-0390.
"""),
    "scheduled_p8": dict(frm="First Midwest Community Bank <billpay@fmcbank.example>",
                         subj="Bill Pay: payment scheduled", body="""
A payment has been scheduled from your business account.

Payee:          Harbor & Pine Builders
Pay from:       Funeral Home Operating ...2281
Amount:         {amt}
Scheduled on:   {pd_us}
Deliver by:     12/18/2026
Memo:           {inv}

You can edit or cancel this payment in Bill Pay until it is processed.
"""),
    "ch_ebank_p8": dict(frm="Berner Landbank E-Banking <e-banking@bernerlandbank.example>",
                        subj="Zahlungsbestätigung", body="""
Guten Tag

Ihr Zahlungsauftrag wurde ausgeführt.

Begünstigter:     HARBOR & PINE BUILDERS LLC, CHICAGO IL
Betrag:           {amt_eu}
Ausführungsdatum: {pd_eu}
Mitteilung:       {inv}
Referenz:         BLB-{pd_compact}-2077

Diese Nachricht wurde automatisch erstellt.
"""),
    "es_transfer_p8": dict(frm="Caja Rural del Arlanza <avisos@cajaruralarlanza.example>",
                           subj="Justificante de transferencia internacional", body="""
JUSTIFICANTE DE TRANSFERENCIA

Ordenante:           {company}
Beneficiario:        HARBOR & PINE BUILDERS LLC
Importe:             {amt_eu}
Fecha de ejecución:  {pd_slash}
Concepto:            {inv}
Referencia:          CRA{pd_compact}4410

Este mensaje se ha generado automáticamente.
"""),
    "be_overschrijving_p8": dict(frm="Westvlaamse Spaarbank <noreply@wvspaarbank.example>",
                                 subj="Uw overschrijving werd uitgevoerd", body="""
Beste klant,

Uw overschrijving werd uitgevoerd.

Begunstigde:       HARBOR & PINE BUILDERS LLC
Bedrag:            {amt_eu}
Uitvoeringsdatum:  {pd_slash}
Mededeling:        {inv}

Dit is een automatisch bericht.
"""),
}
