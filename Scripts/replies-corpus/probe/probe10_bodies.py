"""Tenth fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first nine probe sets, and written without reading the reader's rules).
Its writers are office professionals in mid-sized organisations who write formally and at length,
their accounts-payable systems and their field staff: a regional hospital's accounts-payable
clerk and AP mailbox, a state university's procurement office, a county public-works department
(its fiscal officer and road crews), a property-management company with 40 buildings (its AP
manager, its invoice portal and its building engineers), a regional grocery chain's AP and its
store receiving, a freight and logistics company's controller and drivers, a hotel group's finance
shared-service centre and a hotel front desk, an engineering consultancy's office manager, a
private school's bursar, a car dealership's office manager, a marina owner and a winery's
controller; in French a Lyon hospital group's "service comptabilité fournisseurs" and a Montréal
engineering firm; in German a Munich Stadtwerke's Kreditorenbuchhaltung and network-construction
department and a Swiss (Graubünden) hotel group; in Spanish a Madrid facility-management company
and a Peruvian mining supplier; in Dutch a Utrecht housing corporation and an Antwerp port
logistics firm; in Portuguese a Porto textile mill and a Curitiba logistics company. 227
replies over every kind, with 25 mixed (two kinds each: the record checks allow no more), about
40% texts (mostly from field staff who are not the payer), about 54% English.

Hard cases it leans on: payment-run and check-run calendars ("the 2nd and 4th Thursdays",
"the first and third Wednesday", "Zahllauf am 15.12.", "betaalrun van vrijdag 18 december",
"remesa de confirming del 28/12"); approval workflows whose dates are no promise (a board or
Geschäftsleitung meeting, sign-off by a department, "service fait", "ter accordering") beside
approved invoices that sit on a named run (a promise); three-way-match holds (no goods receipt,
quantities over the PO) asked as questions or raised as disputes; forwarded remittance advices,
payment notifications, an "avis de paiement", a "Zahlungsavis" and a "betaaladvies" (already
paid); a forwarded AP-system rejection for a missing tax ID and a forwarded bank notice that
schedules an ACH for January; partial payments with the balance dated; credit notes asked for;
invoices refused for missing tax IDs, PO numbers or e-invoicing portals (Chorus Pro, XRechnung,
GST/QST numbers, NIF); AP-system acknowledgements in every language, with and without RFC 3834
headers, that talk about runs and terms; out-of-office replies naming deputies; formal opt-outs
("remove this address from your dunning distribution", "retirer cette adresse de vos relances",
"aus Ihrem Mahnlauf nehmen"); and texts from site managers, building engineers, drivers and store
staff who are not the payer. Promise dates are written as US, European and ISO numerics, "KW 51",
"KW 52, spätestens Mittwoch 23.12.", "the 2nd Thursday of January", "end of quarter", "the first
payment run in January" (with its calendar), "the Monday after Christmas", "primera quincena de
enero" and "between the 14th and the 18th".

em(...) and sms(...) take the arguments probe3_bodies.py's docstring explains (the chk rules
are checked by make_probe10.py).

Labelling follows the corpus conventions (see the docstrings of ../bodies_extra_en.py,
../bodies_extra_3.py and probe4_bodies.py to probe9_bodies.py). Beyond them, this set reads:
  - a three-way-match hold for missing paperwork (no goods receipt entered, no delivery ticket,
    no PO number on the invoice) with a request for the document is question; a hold because the
    invoice exceeds the PO or what receiving recorded is dispute.
  - an invoice returned unpaid or rejected for a missing tax ID (W-9/TIN, USt-IdNr., GST/QST
    numbers, NIF) or format (Chorus Pro, XRechnung) is question, even when a rejection notice is
    forwarded beside it and the word "rejected" is used.
  - a credit note asked for to reissue the invoice to another legal entity (paperwork only) is
    question; a credit note asked for to take off a charge is dispute.
  - where the invoice sits in the customer's workflow (with a department for sign-off, "service
    fait", "sachliche Prüfung", "ter accordering", on the agenda of a meeting on a named day) is
    other, even with the payment calendar described; an approved invoice placed on a named run,
    or on the next run of a calendar that is stated ("our runs are the 2nd and 4th Thursdays",
    "the first and third Wednesday"), is a dated promise on that run's day; "will be paid in the
    next run once approved" with no day is an undated promise (like "sobald ... unterschreibt").
  - "KW 51" is the Friday of ISO week 51 (probe_bodies.py); "KW 52, spätestens Mittwoch 23.12."
    is the latest day written; "end of quarter" in December is Dec 31; "primera quincena de enero"
    is a range taken at its end (Jan 15); "the Monday after Christmas" is Mon 28 Dec.
  - a virtual-card or Paymode payment issued, a warrant mailed and a Peruvian "la factura fue
    cancelada" (settled) are already-paid; paid + "please confirm receipt" stays already-paid alone.
  - a text from field staff who are not the payer (a driver, a building engineer, a store's
    receiving clerk) that only passes the message on or confirms a delivery is other; one that
    says the work is unfinished or over-billed and that they told the office not to pay is
    dispute; one that asks to keep the field phone out of the reminders is opt-out.
  - an organisation-wide stop on payments that the writer cannot lift (a ransomware attack on the
    ERP, a change of ownership suspending payables, a court-frozen account, a "Haushaltssperre",
    a "betalingsstop") is hardship, like currency controls in probe8; "payments will resume once
    the systems are back" or "pas in het nieuwe jaar in behandeling" beside it adds no promise (a
    later payment with no first day stays hardship alone, bodies_extra_3). A year-end close or
    month-end hold beside a named payment day is no hardship: the day is the promise.
  - a request to stop reminders to other people of the customer (hotel general managers) is
    opt-out, as for a parent's child in probe9; naming a new contact without it is other.
  - a claim that the invoice was billed at the wrong contract rate or before acceptance of the
    work ("final payment is due only after acceptance") is dispute, with no promise.

November 2026: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Sat 21, Sun 22, Mon 23, Tue 24, Wed 25,
Thu 26 (Thanksgiving), Fri 27, Sat 28, Sun 29, Mon 30. December 2026: Tue 1, Wed 2, Thu 3, Fri 4,
Sat 5, Sun 6, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11, Sat 12, Sun 13, Mon 14, Tue 15, Wed 16, Thu 17,
Fri 18, Sat 19, Sun 20, Mon 21, Tue 22, Wed 23, Thu 24, Fri 25, Sat 26, Sun 27, Mon 28, Tue 29,
Wed 30, Thu 31. January 2027: Fri 1, Mon 4, Wed 6, Thu 7, Fri 8, Mon 11, Thu 14, Fri 15.
ISO weeks: KW 51 = 14-20 Dec, KW 52 = 21-27 Dec, KW 53 = 28 Dec - 3 Jan.
"""

import entries

ENTRIES, em, sms = entries.collector()

HOSP = "Rosemary Tkachuk"
HOSP_AP = "St. Anselm Accounts Payable"
UNIV = "Lorraine Beckwith"
UNIV_PROC = "NFSU Procurement Services"
COUNTY = "Marvin Ostergaard"
PM = "Yvette Drummond"
PM_PORTAL = "Corbel Street AP Portal"
GROC = "Tamika Ravenscroft"
GROC_AP = "Harvest Basket Vendor Payables"
LOGI = "Stanislav Kuznetsov"
HOTEL = "Anjali Deshmukh"
FSSC = "Meridian Lakes Finance Shared Services"
ENG = "Bridget Cavanaugh"
SCHOOL = "Imogen Fairclough"
DEALER = "Darla Kucera"
MARINA = "Gus Magnusson"
WINERY = "Celeste Arbogast"
LYON = "Nadège Fontanel"
LYON_AP = "Comptabilité fournisseurs GHSI"
MTL = "Stéphane Lacasse"
SWM = "Veronika Straßer"
SWM_AP = "Kreditorenbuchhaltung Stadtwerke Isartal"
HOTEL_CH = "Reto Caduff"
MAD = "Almudena Corral"
MAD_AP = "Proveedores Retiro Facility Services"
PERU = "Rolando Quispe"
UTR = "Ingeborg Verschuren"
UTR_AP = "Crediteurenadministratie Domstede"
ANT = "Dries Verhaegen"
PORTO = "Adelaide Magalhães"
PORTO_AP = "Contabilidade Ribeira do Ave"
CWB = "Thiago Wisniewski"
CWB_AP = "Contas a Pagar Araucária"

# ============================================================ other (31)
# ---- English, texts (9)
sms("other", "en", "This is Rick, building engineer at the Ardmore Ave property. I don't do invoices - AP is at corporate downtown, I'll forward your text to them",
    sent="12-02 09:40", b="other", note="property manager's building engineer, not the payer; passes it on")
sms("other", "en", "Driver for Ironbridge here, this is the truck phone. Got your text at the dock in Joliet, I'll let dispatch know",
    sent="12-08 05:50", b="other", note="a driver on the company phone; passes it on")
sms("other", "en", "Delivered and signed for at receiving dock 4 this morning, ticket #55812. Ask AP about the money side",
    sent="12-03 07:15", b="other", note="grocery store receiving confirms a delivery; 'signed for' is no payment")
sms("other", "en", "Gus here. Haul-out season, every boat has to be in the yard by Saturday. Me and my wife go over the bills Sunday nights",
    sent="11-19 16:30", b="other", note="marina owner; going over the bills on a day is no promise")
sms("other", "en", "This number is the maintenance office at Thornfield Academy. The bursar is Ms. Fairclough, ext. 214, she handles all vendor bills",
    sent="11-24 10:05", b="other", note="wrong desk, a hand-off")
sms("other", "en", "Received. Forwarding to our controller Celeste, she's in the cellar with bottling paperwork till Wednesday",
    sent="11-23 14:20", b="other", note="winery staff; a return day, no promise")
sms("other", "en", "Public works night crew here, we're out salting Route 20. Whoever sent this should call the admin office after 8am",
    sent="12-14 02:10", b="other", note="county road crew at night; a call, no promise")
sms("other", "en", "Thanks Dana, got the year-end statement. Happy holidays from everyone at Pemberton",
    sent="12-22 15:40", b="other", note="thanks")
sms("other", "en", "Morning, Priya at the front desk of the Meridian Lakes Lakeside hotel. The GM is off today, I'll leave your message on his desk",
    sent="12-05 08:25", b="other", note="hotel front desk, not the payer (the group's FSSC pays)")

# ---- English, e-mails (8)
em("other", "en", """
Dear Ms. Whitfield,

Thank you for your message. Please be advised that St. Anselm Regional Medical Center will convert to a new enterprise resource planning system on January 4, 2027. Vendor invoices received after December 18 will be entered once the new system is live, and vendor numbers will change; you will receive a new supplier ID and a link to our supplier portal from our Supply Chain team in early January.

In the meantime, please continue to send invoices to accountspayable@{domain}. Our vendor inquiry line, (815) 555-0419, remains available Monday through Friday.

Sincerely,
Rosemary Tkachuk
Accounts Payable Specialist
""", sent="12-09 10:50", b="other", who=HOSP,
   note="hospital AP clerk; a system conversion with dates, nothing about paying this invoice")
em("other", "en", """
Good afternoon,

Procurement Services has received your reminder. Please note that at Northfield State University, invoices are approved for payment by the ordering department, not by Procurement. I have routed your invoice to the Department of Biology's business manager, Dr. Helen Marsh-Iverson, for review of the laboratory casework charges, and copied her on this reply.

Kind regards,
Lorraine Beckwith
Senior Buyer, Procurement Services
""", sent="12-03 14:25", b="other", who=UNIV, note="routed for departmental review; no promise")
em("other", "en", """
Ms. Whitfield,

Your invoice for the salt dome roof repair has been received by the Department of Public Works and will be presented to the Board of Commissioners for approval at its regular meeting on Monday, December 14. Claims approved by the Board are customarily paid the following week.

Should the Board have questions about the claim, I will contact you.

Marvin Ostergaard
Fiscal Officer, Department of Public Works
""", sent="12-04 11:15", b="other", who=COUNTY,
   note="a meeting that has still to approve it; the customary calendar is no promise")
em("other", "en", """
Hi Dana,

Please note that effective December 1, Corbel Street Property Management no longer manages the building at 4410 N. Clarendon Avenue; the owner has appointed Lakeline Residential Services. Invoices for work at that address dated after November 30 should be sent to the new manager at payables@lakelineresidential.example. Invoices for the remaining 39 buildings in our portfolio are unaffected.

Regards,
Yvette Drummond
Accounts Payable Manager
""", sent="12-07 09:05", b="other", who=PM, note="a building changes managers; a new contact")
em("other", "en", """
Hello Dana,

I'm writing to introduce myself: I've taken over accounts payable at Halvard & Pryor from our bookkeeper, Janice, who retired last Friday after 22 years. Could you please copy me on statements and reminders from now on, at bcavanaugh@{domain}? Janice's mailbox will be closed at the end of the month.

Best regards,
Bridget Cavanaugh
Office Manager
""", sent="12-08 13:40", b="other", who=ENG,
   note="a new contact; 'could you copy me' is a courtesy about contacts, not a question about the bill")
em("other", "en", """
Dear Dana,

Thank you for the reminder. We close our fiscal year on December 31, and I'm currently reconciling the vendor subledger against suppliers' statements. I'll come back to you once I've matched your statement to our records.

Best,
Celeste Arbogast
Controller
""", sent="12-10 16:20", b="other", who=WINERY, note="'come back to you once matched' is no promise")
em("other", "en", """
Dear Ms. Whitfield,

Please note that Meridian Lakes Hospitality has centralised supplier payments for all eleven of its properties in our Finance Shared Service Centre in Milwaukee. The FSSC is now your contact for all invoice matters, at fssc@{domain} or (414) 555-0470.

Kind regards,
Anjali Deshmukh
Finance Shared Services Analyst
""", sent="12-01 10:30", b="other", who=HOTEL, note="a new contact for invoice matters; nobody is to stop receiving reminders")
em("other", "en", """
Dana,

Just so you're aware, Pemberton Auto Group has agreed to sell the dealership to the Lindell Automotive group, with closing expected on January 15. Anything for work done in 2026 stays with us and I'll still be handling it through the end of January. After that, contact Lindell's office at ap@lindellauto.example.

Darla Kucera
Office Manager
""", sent="12-11 08:50", b="other", who=DEALER, note="a sale with dates; no promise")

# ---- French (3)
em("other", "fr", """
Madame,

Nous accusons réception de votre relance. Votre facture a été transmise au service des travaux et de l'ingénierie pour la certification du service fait ; le dossier sera instruit dès le retour de l'attestation signée par le responsable technique.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Nadège Fontanel
Gestionnaire comptabilité fournisseurs
""", sent="12-08 10:15", b="other", who=LYON,
   note="a person, not an auto-reply; 'service fait' certification pending is where the invoice sits: other")
sms("other", "fr", "Bonjour, ici Kevin, chargé de projet chez Beaulieu Tanguay. Je suis sur le chantier à Laval, je transfère votre texto à la comptabilité.",
    sent="12-09 10:20", b="other", note="Montréal project manager on site; passes it on")
em("other", "fr", """
Bonjour Madame Whitfield,

Veuillez prendre note que nos bureaux déménageront le 4 janvier 2027 au 1250, boulevard René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8. Nos numéros de téléphone et nos adresses courriel demeurent les mêmes. Merci de mettre à jour votre fichier clients.

Cordialement,
Stéphane Lacasse
Contrôleur
""", sent="12-10 09:30", b="other", who=MTL, note="Québec; a new address")

# ---- German (3)
em("other", "de", """
Sehr geehrte Frau Whitfield,

Ihre Rechnung liegt derzeit zur sachlichen Prüfung beim Fachbereich Netzbau. Erst nach Bestätigung der sachlichen Richtigkeit durch den Fachbereich kann die Kreditorenbuchhaltung die Rechnung weiterbearbeiten. Bei Rückfragen wenden Sie sich bitte direkt an Herrn Obermaier, Tel. 089 5550 3425.

Mit freundlichen Grüßen
Veronika Straßer
Kreditorenbuchhaltung
""", sent="12-07 09:40", b="other", who=SWM, note="where the invoice sits in the workflow; nothing promised")
sms("other", "de", "Servus, Obermaier vom Netzbau. Die Arbeiten am Umspannwerk Nord sind abgenommen, das Abnahmeprotokoll geht heut noch an die Kreditoren.",
    sent="12-08 04:30", b="other", note="field department; an acceptance protocol sent to AP is no promise or payment")
em("other", "de", """
Sehr geehrte Frau Whitfield

Ihre Rechnung ist bei uns eingegangen. Da es sich um eine Investition über dem Budgetrahmen des Hotels handelt, wird sie an der Sitzung der Geschäftsleitung vom 17. Dezember behandelt. Wir melden uns anschliessend bei Ihnen.

Freundliche Grüsse
Reto Caduff
Leiter Finanzen
""", sent="12-08 10:05", b="other", who=HOTEL_CH,
   note="Swiss ('ss', no comma after the greeting); a meeting that has still to decide: other")

# ---- Spanish (3)
em("other", "es", """
Estimada Sra. Whitfield:

Le informamos de que, con efectos 1 de enero de 2027, nuestra razón social pasa a ser Retiro Facility Services Iberia, S.L.U. El NIF y la dirección fiscal se mantienen. Las facturas emitidas a partir de esa fecha deberán consignar la nueva denominación.

Atentamente,
Almudena Corral
Responsable de Cuentas a Pagar
""", sent="12-11 10:10", b="other", who=MAD, note="a new legal name from a date; nothing asked about this invoice")
sms("other", "es", "buenas, soy el chofer de la camioneta de Huascarán, este celular es de la empresa. le paso el mensaje al ing. Quispe",
    sent="12-07 07:45", b="other", note="Peruvian driver on a company phone; passes it on")
em("other", "es", """
Estimada Dana:

Estaré en la unidad minera de nuestro cliente en Áncash hasta el viernes, con señal muy limitada. A mi retorno a Lima reviso el estado de cuenta con contabilidad y le escribo.

Saludos cordiales,
Rolando Quispe
Jefe de Tesorería
""", sent="12-09 07:30", b="other", who=PERU, note="Peru; 'a mi retorno reviso' is no promise")

# ---- Dutch (3)
em("other", "nl", """
Geachte mevrouw Whitfield,

Uw herinnering is ontvangen. De factuur ligt op dit moment ter accordering bij de projectleider van complex Lunetten-Noord, die de werkzaamheden inhoudelijk moet goedkeuren. Ik heb hem gevraagd hier voorrang aan te geven.

Met vriendelijke groet,
Ingeborg Verschuren
Medewerker crediteurenadministratie
""", sent="12-08 11:20", b="other", who=UTR, note="'ter accordering' is where the invoice sits; no promise")
sms("other", "nl", "Goedemiddag, ik ben de opzichter van complex Kanaleneiland. Facturen doet het kantoor, ik stuur uw bericht door naar crediteuren.",
    sent="12-09 07:10", b="other", note="housing corporation's site supervisor; passes it on")
em("other", "nl", """
Beste Dana,

Gelieve te noteren dat ons facturatieadres wijzigt per 1 januari: Scheldekaai Logistics NV, Haven 1025, Noorderlaan 147, 2030 Antwerpen. Facturen blijven welkom op facturen@{domain}. Alvast bedankt voor de aanpassing.

Met vriendelijke groeten,
Dries Verhaegen
Financieel controller
""", sent="12-14 10:40", b="other", who=ANT, note="Flemish; a new billing address")

# ---- Portuguese (2)
em("other", "pt", """
Cara Dana,

Informo que a fábrica encerra para férias de Natal de 23 de dezembro a 4 de janeiro. Durante esse período, os assuntos de contabilidade ficam a cargo da Dra. Luísa Ferraz, que estará de piquete no escritório nos dias 29 e 30.

Com os melhores cumprimentos,
Adelaide Magalhães
Diretora Financeira
""", sent="12-15 11:30", b="other", who=PORTO, note="a person announcing a closure and a deputy; not an auto-reply")
sms("other", "pt", "Bom dia, sou motorista da Araucária, esse celular é da frota. Vou avisar o pessoal do financeiro.",
    sent="12-10 06:20", b="other", note="Curitiba driver on a fleet phone; passes it on")

# ============================================================ questions (27)
# ---- English, texts (6)
sms("question", "en", "Dana this is Gus at the marina. Is the fuel dock railing on this bill or separate? My accountant splits the fuel dock out",
    sent="12-03 17:45", b="question")
sms("question", "en", "Hi, Marco from Harvest Basket store #12. Receiving needs the packing slip for the cooler doors before AP can release anything - can you text a pic?",
    sent="12-04 08:30", b="question", note="three-way match: a missing document asked for")
sms("question", "en", "whats the PO # on this one? AP kicked it back to me and I cant find it in the system",
    sent="12-07 13:25", b="question", note="a department admin; 'kicked it back' is paperwork")
sms("question", "en", "Does Harbor & Pine take virtual card payments? Our AP is switching all vendors to Paymode in January",
    sent="12-10 11:05", b="question")
sms("question", "en", "Quick q from the dealership office - is the 3% card fee added if we pay by Amex? Darla",
    sent="12-14 09:50", b="question")
sms("question", "en", "Is this the invoice for the parking garage expansion joints or the lobby? We have 2 open POs with you - Yvette",
    sent="12-15 12:35", b="question")

# ---- English, e-mails (9)
em("question", "en", """
Good morning,

Invoice {inv} is currently on hold in our system because it could not be matched to a receiving record. Our purchase order 4500221873 covers the nurses' station casework on 3 West, but the Receiving department has not entered a receipt against it, which typically means the delivery ticket never reached the dock.

Could you please send us a copy of the signed delivery ticket or the completion sign-off from our Facilities department? Once we have either document we can complete the match.

Thank you,
Rosemary Tkachuk
Accounts Payable Specialist
St. Anselm Regional Medical Center
""", sent="12-02 09:35", b="question", who=HOSP,
   note="three-way-match hold for a missing receipt: a document asked for, nothing contested")
em("question", "en", """
Ms. Whitfield,

Please see the notice below from our Accounts Payable system. Your invoice was returned unpaid because it does not show a valid federal taxpayer identification number, and our vendor file has no current W-9 for Harbor & Pine Builders.

Could you complete a new W-9 and return it to procurement@{domain}, and resubmit the invoice with the university's purchase order number (P0098812) shown on its face?

Kind regards,
Lorraine Beckwith
Senior Buyer, Procurement Services
""", sent="12-07 15:10", b="question", who=UNIV, fwd="rejected_tin_p10", pd="12-04",
   note="rejected for a missing tax ID, the rejection forwarded: question")
em("question", "en", """
Ms. Whitfield,

Before this claim can be placed on a voucher for the Board, the County requires certified payroll reports for all laborers on the salt dome repair, as it was a prevailing-wage project under the Illinois Prevailing Wage Act. Our file contains the reports for the week of October 19 but not for the weeks of October 26 and November 2.

Would you please forward the two missing reports, signed by your payroll officer?

Marvin Ostergaard
Fiscal Officer
""", sent="12-03 10:20", b="question", who=COUNTY, note="compliance paperwork asked for")
em("question", "en", """
Hi Dana,

We manage 40 buildings, and each building's ownership entity is billed separately. This invoice is addressed to Corbel Street Property Management, but the work was performed at 5520 N. Winthrop Avenue, which is owned by Winthrop Court LLC. Our AP system will not accept invoices addressed to the management company.

Could you issue a credit note against this invoice and reissue it to "Winthrop Court LLC, c/o Corbel Street Property Management"? The amount and the description can stay as they are.

Thanks,
Yvette Drummond
Accounts Payable Manager
""", sent="11-30 14:05", b="question", who=PM,
   note="a credit note asked for only to reissue to the right entity: question, not dispute")
em("question", "en", """
Hello,

Our vendor master file lists your remit-to address as P.O. Box 4471, Oak Brook, IL, whereas this invoice shows a lockbox address in Chicago. Under our vendor-fraud controls, we cannot change payment details on the strength of an invoice alone.

Could you send us a signed letter on company letterhead confirming the new remit-to address, together with a voided check or a bank letter? Once received, our vendor maintenance team will verify it by phone.

Regards,
Tamika Ravenscroft
AP Supervisor, Harvest Basket Markets
""", sent="12-08 11:15", b="question", who=GROC, note="a remit-to mismatch asked about (probe8): question")
em("question", "en", """
Dana,

Could you break this invoice down by facility? Our cost accounting allocates maintenance spend to each cross-dock (Joliet, Elk Grove Village and Gary), and the invoice shows a single lump sum for the dock-door work. A split by location in an e-mail will do; there's no need to reissue the invoice.

Thanks,
Stanislav Kuznetsov
Controller
""", sent="12-09 16:40", b="question", who=LOGI)
em("question", "en", """
Hi Dana,

Which of our projects does this invoice belong to? We recharge contractor costs to our clients' projects, and the invoice doesn't carry a project number. If it's for the fourth-floor fit-out at our own office, the internal code is 26-118; if it's the site trailer work for the Route 53 bridge job, it's 26-094.

Many thanks,
Bridget Cavanaugh
Office Manager
""", sent="12-02 11:55", b="question", who=ENG)
em("question", "en", """
Dear Ms. Whitfield,

Could you please tell me whether the amount shown includes the deposit of $2,500 that the Academy paid in August when the gymnasium floor work was contracted, or whether the deposit will be credited on a final invoice? Our auditors will ask me to tie the two together.

With kind regards,
Imogen Fairclough
Bursar, Thornfield Academy
""", sent="11-24 11:40", b="question", who=SCHOOL,
   note="whether a deposit is taken off is question (bodies_extra_3)")
em("question", "en", """
Dear Dana,

As part of our year-end close, we need to accrue for all work performed in 2026. Could you send us a statement of all open invoices for Vinterhaven Cellars, together with an estimate of any December work that has not yet been invoiced? A PDF by December 28 would be ideal.

Best regards,
Celeste Arbogast
Controller
""", sent="12-14 14:10", b="question", who=WINERY, note="a statement asked for; the 28th is our deadline, no promise")

# ---- French (3)
em("question", "fr", """
Madame,

Nous vous informons que les factures adressées à un établissement public de santé doivent obligatoirement être déposées sur le portail Chorus Pro. Pourriez-vous y déposer votre facture en mentionnant le numéro d'engagement juridique 2026-004518 et le code service COMPTA-FRN ? Les factures reçues par courriel ne peuvent pas être mandatées.

Nous restons à votre disposition pour tout renseignement complémentaire.

Nadège Fontanel
Service comptabilité fournisseurs
Groupe Hospitalier Saint-Irénée
""", sent="12-03 11:10", b="question", who=LYON, note="an e-invoicing portal required: question")
em("question", "fr", """
Bonjour Madame Whitfield,

Notre système comptable refuse les factures de fournisseurs qui n'indiquent pas de numéros de TPS et de TVQ, ou une mention d'exonération. Pourriez-vous nous faire parvenir vos numéros d'inscription, ou nous confirmer par écrit que votre entreprise n'est pas inscrite aux fichiers de la TPS et de la TVQ?

Merci à l'avance,
Stéphane Lacasse
Contrôleur
""", sent="12-08 14:45", b="question", who=MTL, note="Québec; refused for missing tax numbers: question")
sms("question", "fr", "Bonjour, c'est pour quel chantier cette facture? On en a trois en cours avec vous. Merci",
    sent="12-10 08:55", b="question")

# ---- German (3)
em("question", "de", """
Sehr geehrte Damen und Herren,

Ihre Rechnung kann von uns leider nicht verbucht werden, da die Bestellnummer (zehnstellig, beginnend mit 4700) sowie Ihre Umsatzsteuer-Identifikationsnummer bzw. Steuernummer fehlen. Als öffentlicher Auftraggeber sind wir zudem verpflichtet, Rechnungen im Format XRechnung entgegenzunehmen.

Wir bitten Sie daher, uns eine entsprechend korrigierte Rechnung im XRechnung-Format an rechnung@{domain} zu übermitteln.

Mit freundlichen Grüßen
Veronika Straßer
Kreditorenbuchhaltung
""", sent="12-02 08:50", b="question", who=SWM, note="missing tax ID and format: question")
em("question", "de", """
Sehr geehrte Frau Whitfield

Können Sie uns mitteilen, ob der Rechnungsbetrag in USD oder in CHF zu überweisen ist? Bitte bestätigen Sie uns bei dieser Gelegenheit auch Ihre IBAN bzw. Kontonummer und den SWIFT-Code, da unser Zahlungsverkehrssystem diese Angaben vor der ersten Zahlung an einen neuen Kreditor verlangt.

Freundliche Grüsse
Reto Caduff
Leiter Finanzen
""", sent="12-09 09:15", b="question", who=HOTEL_CH)
sms("question", "de", "Grüezi, hier Haustechnik Hotel Bergsonne Arosa. Ist das die Rechnung für den Boiler im Keller oder fürs Dach?",
    sent="12-10 03:40", b="question", note="Swiss maintenance staff")

# ---- Spanish (2)
em("question", "es", """
Estimada Sra. Whitfield:

¿Nos podrían remitir la factura indicando nuestro número de pedido (PO-2026-3317) y el NIF de nuestra sociedad (B-87654321)? Sin esos datos, nuestro sistema de gestión de facturas la rechaza automáticamente y no puede pasar a conformidad.

Quedamos a la espera.
Un saludo,
Almudena Corral
Responsable de Cuentas a Pagar
""", sent="12-04 10:25", b="question", who=MAD, note="missing PO and tax ID: question")
sms("question", "es", "buenas tardes, a nombre de quién hacemos la transferencia, Harbor & Pine Builders LLC o solo Harbor & Pine? el banco pide el nombre exacto",
    sent="12-09 14:40", b="question", note="Peru; the payee's exact name")

# ---- Dutch (2)
em("question", "nl", """
Geachte mevrouw Whitfield,

Kunt u ons laten weten of het gefactureerde bedrag inclusief of exclusief btw is? Domstede is als woningcorporatie voor het grootste deel van haar activiteiten niet btw-plichtig, en wij moeten de btw daarom apart boeken. Een korte bevestiging per e-mail volstaat.

Met vriendelijke groet,
Ingeborg Verschuren
Medewerker crediteurenadministratie
""", sent="12-03 09:55", b="question", who=UTR)
sms("question", "nl", "Goedemiddag, is dit de factuur voor loods 3 of voor het kantoor aan de Noorderlaan? Groeten, Dries",
    sent="12-11 06:15", b="question", note="Flemish")

# ---- Portuguese (2)
em("question", "pt", """
Cara Dana,

Poderiam indicar na fatura o número da nota de encomenda (NE 2026/0871)? Sem essa referência o nosso sistema não consegue fazer a conferência com a guia de receção do armazém, e a fatura fica bloqueada para pagamento.

Com os melhores cumprimentos,
Adelaide Magalhães
Diretora Financeira
""", sent="12-02 10:40", b="question", who=PORTO, note="three-way match blocked for a missing reference: question")
sms("question", "pt", "Bom dia, vocês emitem boleto ou só aceitam transferência internacional?",
    sent="12-07 07:10", b="question", note="Brazilian; how to pay")

# ============================================================ auto-replies (25)
# ---- English, e-mails (8)
em("auto-reply", "en", """
Thank you for contacting St. Anselm Regional Medical Center Accounts Payable.

This mailbox is monitored Monday through Friday, 8:00 a.m. to 4:30 p.m. Please allow five business days for a response to payment status inquiries. All invoices must reference a valid St. Anselm purchase order number. Check runs are processed every Tuesday and Thursday.

Please note: our offices will be closed Thursday, November 26 and Friday, November 27 for the Thanksgiving holiday.
""", sent="11-25 08:20", b="auto", ah=True, who=HOSP_AP, subj="Automatic reply: {s}",
   note="hospital AP mailbox; check-run days and a holiday closure")
em("auto-reply", "en", """
*** This is an automated message from Procurement Services. Please do not reply. ***

Your e-mail has been received and ticket PRC-2026-118842 has been created. Procurement Services handles purchase orders and bids; supplier payment inquiries are handled by Accounts Payable (ap@{domain}). Payments are made within 30 days of receipt of a correct invoice and departmental approval.
""", sent="12-02 09:10", b="auto", ah=False, who=UNIV_PROC, subj="Re: {s}",
   note="no headers; a university ticketing acknowledgement with payment terms")
em("auto-reply", "en", """
Your document has been received by the Corbel Street invoice processing system.

Document ID: CSP-884120
Status: Pending review

Documents are processed in the order received. Approved invoices are paid in the weekly check run on Fridays. This mailbox is not monitored; for questions, contact the property's manager.
""", sent="12-07 08:05", b="auto", ah=True, who=PM_PORTAL, subj="Document received - {s}",
   note="a property manager's invoice portal; 'paid ... on Fridays' is no promise")
em("auto-reply", "en", """
Harvest Basket Markets - Vendor Payables

We have received your e-mail. Due to high holiday volume, responses may take up to 10 business days. Vendors are paid on net 45 terms from receipt of a matched invoice. For deductions and chargebacks, please use the vendor portal.
""", sent="12-09 07:40", b="auto", ah=False, who=GROC_AP, subj="Re: {s}", note="no headers; terms and chargebacks")
em("auto-reply", "en", """
I am out of the office from Monday, December 21 through Monday, January 4, with limited access to e-mail.

For payment inquiries, please contact Marcus Bell at mbell@{domain} or (630) 555-0466. For new vendor setup, please write to vendorsetup@{domain}.

Tamika Ravenscroft
AP Supervisor
""", sent="12-21 07:35", b="auto", ah=True, who=GROC, subj="Out of Office: {s}", note="out-of-office naming a deputy")
em("auto-reply", "en", """
Thank you for your message to Meridian Lakes Finance Shared Services.

Your reference number is FSSC-INC-0047731. Our service level for supplier inquiries is three business days. Please note that the FSSC will be closed December 24-25 and December 31-January 1, and that the final supplier payment run of 2026 will take place on December 22.
""", sent="12-14 08:15", b="auto", ah=True, who=FSSC, subj="[FSSC-INC-0047731] {s}",
   note="shared-service centre; a payment-run date in an automatic reply is no promise")
em("auto-reply", "en", """
I'm out of the office until Monday, December 28. During my absence, please contact Hal Pryor (hpryor@{domain}) for anything urgent. Invoices and statements can wait for my return and will be dealt with then.

Bridget
""", sent="12-18 07:20", b="auto", ah=False, who=ENG, subj="Away: {s}",
   note="no headers; 'will be dealt with then' in an out-of-office is no promise")
em("auto-reply", "en", """
Automatic reply: I am traveling to our Laredo terminal from December 7 through December 10 and will have intermittent access to e-mail. For accounts payable matters, please contact Dolores Fuentes-Rivas, AP Lead, at dfuentesrivas@{domain}.
""", sent="12-08 09:05", b="auto", ah=True, who=LOGI, subj="Automatic reply: {s}", note="controller's out-of-office with a deputy")

# ---- English, texts (4)
sms("auto-reply", "en", "Wolf Point Marina: Thanks for your text! The office is closed for the season until April 1. For winter storage emergencies call 224-555-0418.",
    sent="12-08 10:15", b="auto", note="seasonal business auto-text")
sms("auto-reply", "en", "[Auto-reply] Pemberton Auto Group: we received your message. A team member will respond during business hours (Mon-Fri 7-6, Sat 8-1). Reply STOP to opt out.",
    sent="12-12 21:30", b="auto", note="dealership auto-text with 'Reply STOP'")
sms("auto-reply", "en", "Auto-reply: I'm driving and can't text right now. Ironbridge dispatch 630-555-0187 for load questions.",
    sent="12-09 15:05", b="auto", note="driver's phone auto-text")
sms("auto-reply", "en", "Thornfield Academy: This is an unmonitored number used for school alerts. Please contact the school office at (847) 555-0466.",
    sent="12-04 09:00", b="auto", note="school alert number")

# ---- French (3)
em("auto-reply", "fr", """
Nous accusons réception de votre message, qui sera traité dans un délai de 10 jours ouvrés par le service comptabilité fournisseurs.

Rappel : toute facture adressée au Groupe Hospitalier Saint-Irénée doit être déposée sur Chorus Pro avec le numéro d'engagement juridique. Les mandatements sont effectués chaque mardi.

Ce message est généré automatiquement, merci de ne pas y répondre.
""", sent="12-07 08:30", b="auto", ah=True, who=LYON_AP, subj="Accusé de réception : {s}",
   note="hospital AP mailbox; a weekly mandating day in an automatic reply")
em("auto-reply", "fr", """
Je suis absente du 21 décembre au 4 janvier inclus. En cas d'urgence, merci de contacter Mme Sylvaine Brosset au 04 72 55 03 48. Les relances de paiement seront traitées à mon retour.

Nadège Fontanel
""", sent="12-21 08:10", b="auto", ah=False, who=LYON, subj="Absence : {s}",
   note="no headers; a deputy named; 'traitées à mon retour' is no promise")
em("auto-reply", "fr", """
Bonjour,

Je serai à l'extérieur du bureau jusqu'au 6 janvier 2027 (congé des Fêtes). Pour toute question relative aux comptes fournisseurs, veuillez écrire à comptes@{domain}.

Joyeuses Fêtes!
Stéphane Lacasse
""", sent="12-22 09:45", b="auto", ah=True, who=MTL, subj="Réponse automatique : {s}", note="Québec out-of-office")

# ---- German (2)
em("auto-reply", "de", """
Dies ist eine automatisch generierte Eingangsbestätigung.

Ihre Nachricht ist bei der Kreditorenbuchhaltung der Stadtwerke Isartal GmbH eingegangen. Rechnungen werden nach sachlicher und rechnerischer Prüfung im nächsten Zahllauf (jeweils am 15. und am Monatsletzten) beglichen. Bitte senden Sie Rechnungen ausschließlich im Format XRechnung an rechnung@{domain}.
""", sent="12-03 08:20", b="auto", ah=True, who=SWM_AP, subj="Eingangsbestätigung: {s}",
   note="Stadtwerke AP mailbox; Zahllauf days in an automatic reply")
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Januar nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Herrn Thomas Wimmer, Tel. 089 5550 3418.

Mit freundlichen Grüßen
Veronika Straßer
""", sent="12-23 09:00", b="auto", ah=False, who=SWM, subj="Abwesenheitsnotiz: {s}", note="no headers; a deputy named")

# ---- Spanish (3)
em("auto-reply", "es", """
Gracias por su correo. El departamento de Cuentas a Pagar de Retiro Facility Services ha recibido su mensaje y le responderá a la mayor brevedad.

Le recordamos que los pagos a proveedores se realizan mediante confirming los días 10 y 25 de cada mes, una vez conformada la factura. Por favor, no responda a este mensaje.
""", sent="12-10 08:40", b="auto", ah=True, who=MAD_AP, subj="Respuesta automática: {s}",
   note="payment days in an automatic reply")
em("auto-reply", "es", """
Estaré fuera de la oficina hasta el lunes 4 de enero. Para temas de pagos a proveedores, comunicarse con la Srta. Milagros Huamán (mhuaman@{domain}, anexo 214).

Rolando Quispe
""", sent="12-21 08:25", b="auto", ah=False, who=PERU, subj="Fuera de oficina: {s}", note="no headers; a deputy named")
sms("auto-reply", "es", "Suministros Mineros Huascarán: su mensaje fue recibido. Horario de atención de lunes a viernes de 8:00 a 17:00. Para cobranzas escriba a tesoreria@sumihuascaran.example",
    sent="12-12 10:20", b="auto", note="company auto-text")

# ---- Dutch (3)
em("auto-reply", "nl", """
Dank voor uw bericht. Dit is een automatisch antwoord.

De crediteurenadministratie van Woningcorporatie Domstede behandelt uw vraag binnen vijf werkdagen. Facturen worden uitsluitend verwerkt als ze voorzien zijn van een geldig ordernummer (beginnend met 45). Betalingen vinden wekelijks op donderdag plaats.
""", sent="12-08 08:10", b="auto", ah=True, who=UTR_AP, subj="Automatisch antwoord: {s}",
   note="housing corporation's AP mailbox; a weekly payment day")
em("auto-reply", "nl", """
Ik ben afwezig tot en met 3 januari. Voor dringende zaken kan u terecht bij mijn collega Annelies Goossens (annelies.goossens@{domain}). Uw mail wordt niet doorgestuurd.

Dries Verhaegen
""", sent="12-24 08:50", b="auto", ah=False, who=ANT, subj="Afwezig: {s}", note="Flemish; no headers; a deputy named")
sms("auto-reply", "nl", "Dit nummer wordt niet bemand. Voor vragen over facturen: crediteuren@domstede.example of bel 030 555 0360 (ma-vr 9-16 uur).",
    sent="12-10 07:30", b="auto", note="unmanned number auto-text")

# ---- Portuguese (2)
em("auto-reply", "pt", """
Agradecemos o seu contacto. A sua mensagem foi recebida pelos serviços de contabilidade da Tecelagem Ribeira do Ave.

Os pagamentos a fornecedores são efetuados por transferência bancária no dia 25 de cada mês (ou no dia útil seguinte). Esta caixa de correio não é monitorizada aos fins de semana.
""", sent="12-09 08:35", b="auto", ah=True, who=PORTO_AP, subj="Resposta automática: {s}",
   note="Porto mill's AP mailbox; a monthly payment day")
em("auto-reply", "pt", """
Mensagem automática - Araucária Logística. Recebemos seu e-mail. Nosso prazo de resposta é de até 48 horas úteis. Lembramos que os pagamentos a fornecedores são realizados às quartas-feiras, mediante nota fiscal e pedido de compra aprovados. Não responda este e-mail.
""", sent="12-11 08:05", b="auto", ah=False, who=CWB_AP, subj="Re: {s}", note="no headers; a weekly payment day")

# ============================================================ disputes (25)
# ---- English, texts (7)
sms("dispute", "en", "This is Lou, super at the Glenwood building. Your crew never finished the boiler room, the second flue liner is still sitting in the hallway. I told corporate not to pay till its done",
    sent="12-08 07:35", b="dispute", note="a building superintendent, not the payer, tells the office not to pay")
sms("dispute", "en", "the invoice says 6 dock levelers but you only did 4 at Elk Grove. the other 2 are at Joliet and nobody touched them",
    sent="12-09 12:50", b="dispute", note="logistics site manager; over-billed")
sms("dispute", "en", "Gus at Wolf Point. You billed 120 ft of dock decking, I measured 96 this morning. Not paying for 24 ft of air",
    sent="12-05 09:20", b="dispute")
sms("dispute", "en", "Hey this is Darla. The showroom lights your guys put in flicker every time the compressor kicks on. We're not paying the electrical line till that's fixed",
    sent="12-10 15:10", b="dispute", note="faulty work; conditional")
sms("dispute", "en", "Why is there a weekend overtime charge? We never asked for weekend work and the school was closed",
    sent="12-03 12:05", b="dispute", note="a complaint asked as a question")
sms("dispute", "en", "PO was for $18,400 and the invoice is $21,150. Nobody approved a change order on our end. -Tamika",
    sent="12-07 16:45", b="dispute", note="over the PO")
sms("dispute", "en", "Hey this is Tony, I run the Harvest Basket on Rt 31. Your guys left the old freezer doors in our back lot. Not signing off on the invoice until theyre gone",
    sent="12-11 10:30", b="dispute", note="store manager withholds receiving sign-off over unfinished work")

# ---- English, e-mails (7)
em("dispute", "en", """
Good afternoon,

Invoice {inv} failed our three-way match. Purchase order 4500219904 authorizes twelve patient-room headwall panels at $1,150.00 each, and Receiving recorded twelve panels on November 12. Your invoice bills fourteen panels.

We are unable to pay for the two panels that were neither ordered nor received. Please issue a credit note for the difference or send a corrected invoice for twelve panels, referencing the original PO.

Thank you,
Rosemary Tkachuk
Accounts Payable Specialist
""", sent="12-04 13:20", b="dispute", who=HOSP, amt="16100.00",
   note="three-way match failed on quantity: over the PO and the receipt; a credit note for the difference")
em("dispute", "en", """
Ms. Whitfield,

The invoice applies your standard labor rate of $118.00 per hour. Harbor & Pine Builders performed this work under the cooperative purchasing contract IPHEC 2025-14, whose not-to-exceed rate for carpentry is $96.00 per hour. The University can only pay at the contract rate.

Please submit a revised invoice at the contract rate, referencing the contract number.

Regards,
Lorraine Beckwith
Senior Buyer, Procurement Services
""", sent="12-08 10:45", b="dispute", who=UNIV, note="billed above the contract rate")
em("dispute", "en", """
Ms. Whitfield,

The County's inspector has not accepted the salt dome roof. His punch list of November 30 shows eleven open items, including missing ridge flashing and two unsealed fastener rows on the north face. Under Section 7 of the contract, final payment is due only upon written acceptance of the work.

This invoice will not be processed until the punch list has been closed and the inspector has signed off.

Marvin Ostergaard
Fiscal Officer, Department of Public Works
""", sent="12-02 15:30", b="dispute", who=COUNTY, note="billed before acceptance; conditional, no promise")
em("dispute", "en", """
Dana,

Our tenant at 3311 W. Leland reports that your crew damaged the third-floor hallway carpet while moving the water heater on November 17; there are two tears and a rust stain about four feet long. We have obtained a quote of $1,340 to replace the damaged section.

Unless you would prefer to repair it yourselves, we will deduct that amount from your invoice. Photos are available on request.

Yvette Drummond
Accounts Payable Manager
""", sent="11-30 10:20", b="dispute", who=PM, amt="4120.00", note="a deduction for damage")
em("dispute", "en", """
Dear Ms. Whitfield,

Our store #7 manager advises that the refrigerated case enclosure was completed on November 20, not on November 6 as your invoice states, and that the two-week delay cost the store its Thanksgiving produce display.

Under Section 12 of our vendor agreement, we are applying a late-completion deduction of 5% to this invoice. Please issue a credit memo for that amount so that our records agree.

Regards,
Tamika Ravenscroft
AP Supervisor
""", sent="12-01 14:35", b="dispute", who=GROC, note="a contractual deduction; a credit memo for it")
em("dispute", "en", """
Dear Dana,

Your invoice includes $2,300.00 for "after-hours work - tasting room." Our harvest-season agreement with Mike was that your crew would work after 6 p.m. at no premium, so as not to disturb guests during tastings; I have his e-mail of September 14 confirming it.

Please remove the premium and send a corrected invoice.

Best,
Celeste Arbogast
Controller
""", sent="12-07 15:50", b="dispute", who=WINERY, amt="7250.00", note="a charge contrary to an agreement")
em("dispute", "en", """
Dana,

We were billed twice for the same service-bay door repair: once on {inv2} in October and again on this invoice. Same date of work, same description, same amount. Please void one of them.

Darla Kucera
Office Manager
""", sent="12-09 11:25", b="dispute", who=DEALER,
   note="billed twice; no payment of the first claimed (bodies_extra_3)")

# ---- French (2)
em("dispute", "fr", """
Madame,

Après contrôle, votre facture ne correspond pas au bon de commande n° BC-2026-11872 : celui-ci prévoit la fourniture et la pose de huit portes coupe-feu, alors que la facture en mentionne dix. Le bon de réception établi par les services techniques n'atteste par ailleurs que de huit portes.

Nous vous prions de bien vouloir établir un avoir correspondant aux deux portes non commandées.

Veuillez agréer, Madame, nos salutations distinguées.

Nadège Fontanel
Gestionnaire comptabilité fournisseurs
""", sent="12-09 14:10", b="dispute", who=LYON, note="over the PO and the receipt; a credit note for the difference")
sms("dispute", "fr", "Bonjour, ici Stéphane Lacasse. Les heures facturées pour la semaine du 16 novembre ne correspondent pas aux feuilles de temps signées par notre chargé de projet : 62 h facturées, 41 h signées. Merci de corriger.",
    sent="12-03 09:25", b="dispute", note="Québec controller texting; hours billed wrong")

# ---- German (3)
em("dispute", "de", """
Sehr geehrte Damen und Herren,

die Rechnung weicht von unserer Bestellung ab: Bestellt und abgenommen wurden 140 m Kabelschutzrohr DN 110, berechnet sind 185 m. Den Mehrbetrag für 45 m erkennen wir nicht an.

Bitte senden Sie uns eine Gutschrift über die Differenz oder eine korrigierte Rechnung.

Mit freundlichen Grüßen
Veronika Straßer
Kreditorenbuchhaltung
""", sent="12-10 10:35", b="dispute", who=SWM, note="quantity over the order and the acceptance")
em("dispute", "de", """
Sehr geehrte Frau Whitfield

Die Arbeiten im Wellnessbereich unseres Hotels in Flims sind nicht abgeschlossen; die Abnahme wurde am 27. November wegen undichter Fugen im Dampfbad verweigert. Wir werden die Rechnung erst nach erfolgter Mängelbehebung und Abnahme begleichen.

Freundliche Grüsse
Reto Caduff
Leiter Finanzen
""", sent="12-02 09:50", b="dispute", who=HOTEL_CH, note="Swiss; acceptance refused; conditional, no promise")
sms("dispute", "de", "Grüß Gott, Obermaier, Netzbau. Die Absperrung am Trafohaus stand drei Tage länger als nötig, das zahlen wir nicht. Hab's der Buchhaltung so gesagt.",
    sent="12-11 04:15", b="dispute", note="field department tells AP not to pay a part")

# ---- Spanish (2)
em("dispute", "es", """
Estimada Sra. Whitfield:

Revisada la factura, observamos que se han facturado 46 horas de oficial en el edificio de Alcobendas, mientras que los partes de trabajo firmados por nuestro responsable de mantenimiento suman 31 horas. Les rogamos emitan una factura rectificativa ajustada a los partes firmados.

Un saludo,
Almudena Corral
Responsable de Cuentas a Pagar
""", sent="12-09 11:50", b="dispute", who=MAD, note="hours over the signed timesheets; a corrective invoice")
sms("dispute", "es", "Ing. Quispe aquí. Los 20 tubos que facturan no llegaron al almacén de Huaraz, solo 14. No vamos a pagar lo que no se recibió.",
    sent="12-10 09:35", b="dispute", note="Peru; billed for more than received")

# ---- Dutch (2)
em("dispute", "nl", """
Beste mevrouw Whitfield,

Bij controle van uw factuur stellen wij vast dat de werken aan de laadkade van loods 3 nog niet opgeleverd zijn: de sectionaalpoort sluit niet volledig en de afdichting aan de dockshelter ontbreekt. Wij betalen pas na volledige oplevering. Gelieve ons een datum voor te stellen waarop uw ploeg de werken kan afwerken.

Met vriendelijke groeten,
Dries Verhaegen
Financieel controller
""", sent="12-08 13:30", b="dispute", who=ANT,
   note="Flemish; not yet handed over; the request for a date belongs to the complaint")
sms("dispute", "nl", "Opzichter Domstede hier. In complex Overvecht zijn 18 voordeuren vervangen, niet 24 zoals op de factuur staat. Heb het doorgegeven aan crediteuren.",
    sent="12-07 08:20", b="dispute", note="housing corporation's site supervisor; over-billed")

# ---- Portuguese (2)
em("dispute", "pt", """
Cara Dana,

A fatura refere 320 m² de pavimento industrial no armazém de fio, mas a medição conjunta feita com o vosso encarregado no dia 20 de novembro deu 274 m². Solicitamos a emissão de uma nota de crédito pela diferença.

Com os melhores cumprimentos,
Adelaide Magalhães
Diretora Financeira
""", sent="12-03 15:20", b="dispute", who=PORTO, note="over the joint measurement; a credit note for the difference")
sms("dispute", "pt", "Boa tarde, aqui é o Thiago. O portão do CD de São José dos Pinhais continua travando, não vamos pagar antes do conserto.",
    sent="12-09 13:40", b="dispute", note="Brazilian; faulty work, conditional")

# ============================================================ already paid (25)
# ---- English, texts (6)
sms("already-paid", "en", "Paid via ACH this morning, trace 071000013348812. - Stan",
    sent="12-04 10:40", b="paid", note="only a trace number")
sms("already-paid", "en", "Check 20418 went out in Tuesday's run. Should be there by Monday",
    sent="12-10 14:15", b="paid", note="a past run (sent Thursday); the arrival day is no promise")
sms("already-paid", "en", "Gus again. Handed your guy Mike a check at the fuel dock Saturday. #1187",
    sent="12-07 08:05", b="paid", note="'Saturday' is past (sent Monday)")
sms("already-paid", "en", "Thornfield bursar here - paid by virtual card 12/2, Paymode confirmation PM-4471982",
    sent="12-04 13:50", b="paid", note="a virtual-card payment issued")
sms("already-paid", "en", "paid in full nov 30, wire ref IFL-113020. pls update your records",
    sent="12-03 17:20", b="paid")
sms("already-paid", "en", "Remittance went to your AR inbox this am. ACH dated 12/8, amount matches the invoice. -Rosemary, St Anselm AP",
    sent="12-08 14:05", b="paid")

# ---- English, e-mails (8)
em("already-paid", "en", """
Good morning,

Please see the remittance advice below. Invoice {inv} was included in our ACH payment of December 1. If the funds have not posted to your account, please contact your bank with the trace number shown.

Regards,
Rosemary Tkachuk
Accounts Payable Specialist
""", sent="12-03 09:10", b="paid", who=HOSP, fwd="remit_hosp_p10", pd="12-01", note="a forwarded ACH remittance advice")
em("already-paid", "en", """
Ms. Whitfield,

Our records show that payment for invoice {inv} was issued on November 24 by ACH, payment number 0004471209, to the account ending 3318. The remittance detail was e-mailed to the address on your supplier record on the same day.

Kind regards,
Lorraine Beckwith
Senior Buyer, Procurement Services
""", sent="12-02 10:05", b="paid", who=UNIV)
em("already-paid", "en", """
Remittance below. The check was mailed 12/3 with our weekly run.

Tamika Ravenscroft
AP Supervisor
""", sent="12-07 10:35", b="paid", who=GROC, fwd="remit_groc_p10", pd="12-03", note="a forwarded check remittance")
em("already-paid", "en", """
Ms. Whitfield,

The Board of Commissioners approved your claim at its November 23 meeting, and the County Treasurer's office mailed warrant no. 118874 on November 25. Please allow additional time for holiday mail.

Marvin Ostergaard
Fiscal Officer
""", sent="12-01 09:15", b="paid", who=COUNTY, note="a warrant mailed on a past day")
em("already-paid", "en", """
Dear Ms. Whitfield,

Please find below the payment notification generated by our system. The payment was released in our supplier payment run of 4 December and should reach your account within two business days.

Kind regards,
Anjali Deshmukh
Finance Shared Services Analyst
""", sent="12-07 09:45", b="paid", who=HOTEL, fwd="fssc_notice_p10", pd="12-04", note="a forwarded payment notification")
em("already-paid", "en", """
Dana,

Our records show invoice {inv} was paid on 11/27 with check 55310, drawn on the Winthrop Court LLC operating account. The check cleared on 12/3 according to our bank portal. Could it have been applied to another invoice on your end?

Yvette Drummond
Accounts Payable Manager
""", sent="12-07 14:25", b="paid", who=PM, note="paid + 'could it have been applied elsewhere?' checks the payment: already-paid alone")
em("already-paid", "en", """
Hi Dana,

We paid this on December 3 by virtual card through our AP platform. The card details were e-mailed to your remittance address from no-reply@paymode.example; the card remains valid until December 31 if your team hasn't processed it yet.

Best regards,
Bridget Cavanaugh
Office Manager
""", sent="12-08 10:15", b="paid", who=ENG, note="a virtual card issued on a past day")
em("already-paid", "en", """
Dear Dana,

This was settled on December 2 by bank transfer from our operating account, reference VC-20261202-07.

Best,
Celeste Arbogast
Controller
""", sent="12-08 16:05", b="paid", who=WINERY)

# ---- French (2)
em("already-paid", "fr", """
Madame,

Veuillez trouver ci-dessous l'avis de paiement émis par la trésorerie. Le mandat correspondant à votre facture a été payé le 1er décembre.

Cordialement,
Nadège Fontanel
Service comptabilité fournisseurs
""", sent="12-04 10:25", b="paid", who=LYON, fwd="avis_paiement_p10", pd="12-01",
   note="a forwarded French public-sector payment notice")
sms("already-paid", "fr", "Payé par virement le 2026-12-03, réf. BTI-7734. Merci de vérifier de votre côté.",
    sent="12-07 09:50", b="paid", note="Québec ISO date; 'vérifier' checks the payment")

# ---- German (2)
em("already-paid", "de", """
Sehr geehrte Frau Whitfield,

anbei das Zahlungsavis zu Ihrer Rechnung. Die Zahlung erfolgte im Zahllauf vom 2.12.; bitte prüfen Sie den Zahlungseingang auf Ihrem Konto.

Mit freundlichen Grüßen
Veronika Straßer
Kreditorenbuchhaltung
""", sent="12-07 10:10", b="paid", who=SWM, fwd="zahlungsavis_p10", pd="12-02", note="a forwarded Zahlungsavis")
sms("already-paid", "de", "Grüezi, die Zahlung ist am 30.11. raus, Valuta 2.12. Gruss Reto Caduff",
    sent="12-03 03:30", b="paid", note="Swiss; value date")

# ---- Spanish (3)
em("already-paid", "es", """
Estimada Sra. Whitfield:

Le adjunto a continuación el justificante de la transferencia realizada el pasado 3 de diciembre.

Un saludo,
Almudena Corral
Responsable de Cuentas a Pagar
""", sent="12-07 11:20", b="paid", who=MAD, fwd="transfer_es_p10", pd="12-03", note="a forwarded Spanish bank receipt")
em("already-paid", "es", """
Estimada Dana:

Le informo que la factura fue cancelada el 27 de noviembre mediante transferencia interbancaria desde nuestra cuenta en el BCP, número de operación 00458812. Le agradeceré confirmar la recepción.

Atentamente,
Rolando Quispe
Jefe de Tesorería
""", sent="12-02 08:40", b="paid", who=PERU,
   note="Peruvian 'cancelada' = settled, not cancelled; 'confirmar la recepción' checks the payment")
sms("already-paid", "es", "ya se pagó el martes, el comprobante lo tiene contabilidad",
    sent="12-10 11:35", b="paid", note="'el martes' is past (sent Thursday)")

# ---- Dutch (2)
em("already-paid", "nl", """
Geachte mevrouw Whitfield,

Hierbij het betaaladvies. De factuur is meegenomen in de betaalrun van donderdag 3 december.

Met vriendelijke groet,
Ingeborg Verschuren
Medewerker crediteurenadministratie
""", sent="12-07 09:25", b="paid", who=UTR, fwd="betaaladvies_p10", pd="12-03", note="a forwarded Dutch payment advice")
sms("already-paid", "nl", "Betaald op 1/12, ref SKL-2026-4471. Mvg Dries",
    sent="12-04 05:45", b="paid", note="Flemish; a day-first date")

# ---- Portuguese (2)
em("already-paid", "pt", """
Cara Dana,

Informamos que a fatura foi liquidada por transferência bancária no dia 25 de novembro, conforme o nosso calendário de pagamentos a fornecedores. Segue o comprovativo em anexo.

Com os melhores cumprimentos,
Adelaide Magalhães
Diretora Financeira
""", sent="12-02 11:05", b="paid", who=PORTO, note="European Portuguese; a receipt mentioned as attached")
sms("already-paid", "pt", "Oi Dana, o pagamento saiu na quarta, dia 2. O comprovante vai por e-mail. Thiago",
    sent="12-04 07:30", b="paid", note="Brazilian; a past Wednesday")

# ============================================================ promises (35: 30 dated, 5 with no day)
# ---- English, texts (10)
sms("promise-to-pay", "en", "Your invoice is on our 12/17 check run. - Darla", sent="12-11 10:05", p="12-17",
    chk="at:12-17", b="promise", note="US numeric date of a named run")
sms("promise-to-pay", "en", "Stan here. Approved it today, goes out in Friday's ACH batch", sent="12-08 15:30", p="12-11",
    chk="wd:fri", b="promise")
sms("promise-to-pay", "en", "Gus. I'll drop a check at your office the Monday after Christmas", sent="12-15 17:10",
    p="12-28", chk="at:12-28:mon", b="promise", note="'the Monday after Christmas' = Mon 28 Dec")
sms("promise-to-pay", "en", "Bursar's office: it's in the check run on the 2nd Thursday of January. We don't cut checks over winter break",
    sent="12-16 11:20", p="01-14", chk="at:2027-01-14:thu", b="promise", note="'the 2nd Thursday of January' = 14 Jan")
sms("promise-to-pay", "en", "Tamika from Harvest Basket - matched and approved, it pays on our 12/22 run", sent="12-16 13:05",
    p="12-22", chk="at:12-22", b="promise")
sms("promise-to-pay", "en", "its approved, will go out with the next check run", sent="12-09 16:50", b="promise",
    note="'the next check run' with no day: undated promise")
sms("promise-to-pay", "en", "Celeste here. We pay all capital project invoices at end of quarter, so you'll have it then",
    sent="12-09 12:40", p="12-31", chk="eom", b="promise", note="'end of quarter' in December = Dec 31")
sms("promise-to-pay", "en", "We can pay between the 14th and the 18th, depending on when our own customer receipts land",
    sent="12-07 14:55", p="12-18", chk="d:18", b="promise", note="a range: its end; another's money is not the promise")
sms("promise-to-pay", "en", "payment scheduled 12/23 via ACH. Lorraine, NFSU procurement", sent="12-15 09:40",
    p="12-23", chk="at:12-23", b="promise")
sms("promise-to-pay", "en", "we'll wire it 1st thing monday morning. sorry, month-end crunch - Stan", sent="12-03 18:10",
    p="12-07", chk="wd:mon", b="promise")

# ---- English, e-mails (9)
em("promise-to-pay", "en", """
Good afternoon,

Invoice {inv} has been approved and is scheduled for our check run on Thursday, December 17. Checks are mailed the same day from our Rockford office.

Regards,
Rosemary Tkachuk
Accounts Payable Specialist
""", sent="12-10 13:45", p="12-17", chk="at:12-17:thu", b="promise", who=HOSP, note="a person names the check run")
em("promise-to-pay", "en", """
Ms. Whitfield,

The Department of Biology approved your invoice yesterday, and it is now queued for payment. Our ACH payment runs take place on the 2nd and 4th Thursdays of each month; your invoice will be released in the next one.

Kind regards,
Lorraine Beckwith
Senior Buyer, Procurement Services
""", sent="12-03 15:20", p="12-10", chk="at:12-10:thu", b="promise", who=UNIV,
   note="the next run of a stated calendar: the 2nd Thursday of December (10 Dec)")
em("promise-to-pay", "en", """
Ms. Whitfield,

The Board of Commissioners approved the claim on Monday's docket. Warrants are issued on the Wednesday following Board approval, so your check will be mailed this Wednesday.

Marvin Ostergaard
Fiscal Officer
""", sent="12-15 10:50", p="12-16", chk="tw:wed", b="promise", who=COUNTY,
   note="Monday's approval is past; the warrant day follows from the stated calendar")
em("promise-to-pay", "en", """
Hi Dana,

Approved. Payment will be released in our first payment run in January; we run payments on the first and third Wednesday of each month, and our December runs are already closed.

Regards,
Yvette Drummond
Accounts Payable Manager
""", sent="12-18 11:10", p="01-06", chk="at:2027-01-06:wed", b="promise", who=PM,
   note="'the first payment run in January' with its calendar = Wed 6 Jan")
em("promise-to-pay", "en", """
Dana,

We're holding all vendor disbursements until our month-end close is complete, but your payment is already set up with the bank - the confirmation is below.

Stanislav Kuznetsov
Controller
""", sent="12-14 16:30", p="01-08", chk="at:2027-01-08", b="promise", who=LOGI, fwd="ach_scheduled_p10", pd="12-14",
   note="a forwarded bank notice of an ACH scheduled for a later day; the hold is no hardship")
em("promise-to-pay", "en", """
Dear Ms. Whitfield,

Following approval by the property's general manager, your invoice has been scheduled for payment on 22 December 2026, in the final supplier payment run of the year. A remittance advice will be sent to the e-mail address on your supplier record.

Kind regards,
Anjali Deshmukh
Finance Shared Services Analyst
""", sent="12-15 10:25", p="12-22", chk="at:12-22", b="promise", who=HOTEL, note="day-month-year date")
em("promise-to-pay", "en", """
Hi Dana,

Sorry for the delay - our principal signs checks on Fridays and he has been on a site visit in Duluth all week. He's back next week, so the check will go out Friday the 18th.

Best regards,
Bridget Cavanaugh
Office Manager
""", sent="12-10 14:35", p="12-18", chk="at:12-18:fri", b="promise", who=ENG)
em("promise-to-pay", "en", """
Dear Ms. Whitfield,

Thank you for your patience. The gymnasium floor is a capital item, and payment will follow in the new year once the Board's finance committee has signed off on the capital budget line.

With kind regards,
Imogen Fairclough
Bursar
""", sent="12-11 10:40", b="promise", who=SCHOOL,
   note="payment committed after a sign-off, no day: undated promise (contrast a meeting alone, other)")
em("promise-to-pay", "en", """
Dana,

We pay vendors net 30 from month-end, so this will go out with our run on Monday, January 11.

Darla Kucera
Office Manager
""", sent="12-09 09:30", p="01-11", chk="at:2027-01-11:mon", b="promise", who=DEALER)

# ---- French (3)
em("promise-to-pay", "fr", """
Madame,

Nous vous informons que votre facture a été validée et sera réglée lors de notre prochaine campagne de paiement, le mardi 22/12.

Cordialement,
Nadège Fontanel
Service comptabilité fournisseurs
""", sent="12-14 10:55", p="12-22", chk="at:12-22:tue", b="promise", who=LYON, note="day-first date of a named run")
em("promise-to-pay", "fr", """
Bonjour Madame Whitfield,

La facture est approuvée et sera payée par TEF le 2026-12-17, lors de notre paiement hebdomadaire des fournisseurs.

Cordialement,
Stéphane Lacasse
Contrôleur
""", sent="12-11 11:35", p="12-17", chk="at:12-17", b="promise", who=MTL, note="Québec ISO date")
sms("promise-to-pay", "fr", "Bonjour, le paiement partira en fin de mois, au plus tard le 31.", sent="12-08 10:05",
    p="12-31", chk="eom", b="promise")

# ---- German (4)
em("promise-to-pay", "de", """
Sehr geehrte Frau Whitfield,

Ihre Rechnung wurde sachlich und rechnerisch geprüft und ist für den Zahllauf am 15.12. freigegeben.

Mit freundlichen Grüßen
Veronika Straßer
Kreditorenbuchhaltung
""", sent="12-09 09:20", p="12-15", chk="at:12-15", b="promise", who=SWM, note="a named Zahllauf")
em("promise-to-pay", "de", """
Sehr geehrte Frau Whitfield

Die Rechnung ist freigegeben; die Zahlung ist für KW 51 vorgesehen.

Freundliche Grüsse
Reto Caduff
""", sent="12-07 08:40", p="12-18", chk="at:12-18:fri", b="promise", who=HOTEL_CH,
   note="'KW 51' = Friday of ISO week 51 (probe_bodies.py)")
sms("promise-to-pay", "de", "Zahlung geht in KW 52 raus, spätestens Mittwoch 23.12. Gruss R. Caduff", sent="12-16 02:50",
    p="12-23", chk="at:12-23:wed", b="promise", note="a week with the latest day written")
em("promise-to-pay", "de", """
Sehr geehrte Frau Whitfield,

nach Freigabe durch den Fachbereich wird Ihre Rechnung im nächsten regulären Zahllauf beglichen. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Veronika Straßer
""", sent="12-16 10:30", b="promise", who=SWM, note="committed after approval, no day: undated promise")

# ---- Spanish (3)
em("promise-to-pay", "es", """
Estimada Sra. Whitfield:

Le confirmamos que la factura está conformada y se abonará mediante confirming en la remesa del 28/12.

Un saludo,
Almudena Corral
Responsable de Cuentas a Pagar
""", sent="12-16 12:15", p="12-28", chk="at:12-28", b="promise", who=MAD, note="a named confirming remittance")
sms("promise-to-pay", "es", "Dana, buenos días. El pago sale el viernes 18 sin falta. Rolando", sent="12-14 08:10",
    p="12-18", chk="at:12-18:fri", b="promise", note="Peru")
em("promise-to-pay", "es", """
Estimada Dana:

Por el cierre contable de fin de año no se emiten pagos en lo que resta de diciembre. La factura se pagará en la primera quincena de enero.

Atentamente,
Rolando Quispe
Jefe de Tesorería
""", sent="12-17 09:10", p="01-15", chk="at:2027-01-15", b="promise", who=PERU,
   note="'primera quincena de enero' taken at its end; the year-end freeze is no hardship")

# ---- Dutch (3)
em("promise-to-pay", "nl", """
Geachte mevrouw Whitfield,

De factuur is geaccordeerd en wordt meegenomen in de betaalrun van vrijdag 18 december.

Met vriendelijke groet,
Ingeborg Verschuren
Medewerker crediteurenadministratie
""", sent="12-11 10:20", p="12-18", chk="at:12-18:fri", b="promise", who=UTR)
sms("promise-to-pay", "nl", "Betaling voorzien op 23-12, mvg Dries", sent="12-15 04:20", p="12-23", chk="at:12-23",
    b="promise", note="Flemish; a D-M date")
em("promise-to-pay", "nl", """
Beste Dana,

De factuur is goedgekeurd en gaat mee met de eerstvolgende betalingsronde. Excuses voor de vertraging.

Met vriendelijke groeten,
Dries Verhaegen
""", sent="12-09 14:15", b="promise", who=ANT, note="'the next payment round' with no day: undated promise")

# ---- Portuguese (3)
em("promise-to-pay", "pt", """
Cara Dana,

A fatura foi aprovada e será paga no próximo dia 23, data do nosso processamento de pagamentos a fornecedores em dezembro.

Com os melhores cumprimentos,
Adelaide Magalhães
""", sent="12-10 12:30", p="12-23", chk="d:23", b="promise", who=PORTO)
sms("promise-to-pay", "pt", "Dana, programei o pagamento pra 18/12, sexta. Abs Thiago", sent="12-11 07:50", p="12-18",
    chk="at:12-18:fri", b="promise", note="Brazilian; D/M date with its weekday")
em("promise-to-pay", "pt", """
Olá Dana,

O pagamento será feito assim que a diretoria aprovar o pedido de compra. Aviso você quando sair.

Att.,
Thiago Wisniewski
Coordenador Financeiro
""", sent="12-14 15:40", b="promise", who=CWB, note="committed after approval, no day: undated promise")

# ============================================================ hardship (20)
# ---- English, texts (4)
sms("hardship", "en", "Ironbridge controller here. Our biggest shipper filed Chapter 11 last week and we're sitting on $2M of frozen receivables. Can you give us till February?",
    sent="12-09 18:20", b="hardship", note="asks for time out of trouble")
sms("hardship", "en", "Gus. Worst season in ten years, low water kept half the slips empty. Can we split this into 3 payments?",
    sent="12-11 19:05", b="hardship")
sms("hardship", "en", "Darla at Pemberton. Our floor plan lender cut our line after the audit and every vendor is on hold. Can you work with us on a plan?",
    sent="12-14 16:25", b="hardship")
sms("hardship", "en", "Hi, Celeste from Vinterhaven. Spring frost took 40% of the crop and cash is really tight until the vintage sells. Is a payment plan possible?",
    sent="12-15 12:10", b="hardship")

# ---- English, e-mails (6)
em("hardship", "en", """
Dear Ms. Whitfield,

I am writing to let you know that St. Anselm, like many rural hospitals, is experiencing significant cash constraints following the loss of a major payer contract in October. Our Chief Financial Officer has instructed Accounts Payable to prioritize payroll and clinical supplies, and non-clinical vendors are currently being paid on extended terms.

We value our relationship with Harbor & Pine and would like to propose a payment plan for the open balance. Please let me know whom I should contact to arrange it.

Sincerely,
Rosemary Tkachuk
Accounts Payable Specialist
""", sent="12-09 14:50", b="hardship", who=HOSP, note="a formal payment-plan proposal; 'whom should I contact' belongs to it")
em("hardship", "en", """
Ms. Whitfield,

The County is operating under a spending freeze after the State withheld its quarterly motor fuel tax distribution. Until the distribution is restored, only emergency expenditures may be paid, and I am unable to give you a payment date. I will let you know as soon as the freeze is lifted.

Marvin Ostergaard
Fiscal Officer
""", sent="12-10 15:05", b="hardship", who=COUNTY, note="a spending freeze; 'let you know' is no promise")
em("hardship", "en", """
Dana,

Winthrop Court LLC is in a dispute with its lender, and the building's operating account has been frozen by court order since November 18. We cannot pay any vendor for that building until a receiver is appointed, which counsel expects to take several weeks. I'm sorry not to have better news.

Yvette Drummond
Accounts Payable Manager
""", sent="12-04 16:10", b="hardship", who=PM, note="a court-frozen account; 'dispute' is with the lender, not with us")
em("hardship", "en", """
Hi Dana,

Two of our largest clients, both school districts, have delayed payment of our fees until their bond proceeds are released, and our line of credit is fully drawn. Would it be possible to pay this invoice in three monthly instalments?

Best regards,
Bridget Cavanaugh
Office Manager
""", sent="12-15 13:30", b="hardship", who=ENG)
em("hardship", "en", """
Dear Ms. Whitfield,

Harvest Basket Markets completed a change of ownership on December 1. During the transition, all vendor payments have been suspended pending the new owners' review of open payables, and I am not able to give you a date at this point. Please bear with us.

Regards,
Tamika Ravenscroft
AP Supervisor
""", sent="12-08 15:40", b="hardship", who=GROC, note="payables suspended by an ownership change: hardship, no date")
em("hardship", "en", """
Dear Ms. Whitfield,

Following a ransomware attack on the group's systems on December 5, our ERP and banking interfaces are offline, and no supplier payments can be made until they are restored. We expect this to take several weeks. Payments will resume in order of invoice date once the systems are back.

We apologise for the inconvenience.

Kind regards,
Anjali Deshmukh
Finance Shared Services Analyst
""", sent="12-11 11:50", b="hardship", who=HOTEL,
   note="a cyber-attack stops all payments: hardship; 'payments will resume' is no promise")

# ---- French (2)
em("hardship", "fr", """
Bonjour Madame Whitfield,

Notre principal client, un donneur d'ouvrage public, accuse un retard de paiement de plus de 120 jours, et notre marge de crédit est épuisée. Nous vous proposons de régler la facture en trois versements mensuels. Seriez-vous d'accord?

Cordialement,
Stéphane Lacasse
Contrôleur
""", sent="12-09 16:15", b="hardship", who=MTL, note="Québec; instalments with no first day")
sms("hardship", "fr", "Bonjour Dana, la grève au port de Montréal bloque nos chantiers depuis trois semaines, aucune rentrée d'argent. Pouvez-vous patienter jusqu'en février?",
    sent="12-10 13:15", b="hardship", note="asks for time out of trouble")

# ---- German (2)
em("hardship", "de", """
Sehr geehrte Frau Whitfield

Die Saisoneröffnung in Arosa musste wegen Schneemangels um drei Wochen verschoben werden, und die Buchungen liegen weit unter dem Vorjahr. Wir sind derzeit nicht in der Lage, die Rechnung vollständig zu begleichen, und bitten Sie um eine Ratenzahlung.

Freundliche Grüsse
Reto Caduff
""", sent="12-14 09:20", b="hardship", who=HOTEL_CH)
sms("hardship", "de", "Hallo, Netzbau Stadtwerke hier. Haushaltssperre bis der Stadtrat den Nachtragshaushalt beschließt, wir dürfen grad gar nix zahlen. Sorry.",
    sent="12-09 05:10", b="hardship", note="a municipal budget freeze")

# ---- Spanish (2)
em("hardship", "es", """
Estimada Dana:

Debido a la paralización de la unidad minera de nuestro principal cliente por un conflicto social en la zona, este suspendió sus pagos a proveedores y no contamos con liquidez en este momento. Le solicitamos un plazo adicional o, de ser posible, fraccionar el pago.

Atentamente,
Rolando Quispe
Jefe de Tesorería
""", sent="12-11 10:45", b="hardship", who=PERU)
sms("hardship", "es", "Almudena, de Retiro FS. Hemos perdido el contrato del hospital de Getafe y vamos justos de tesorería. ¿Podemos fraccionar en dos pagos?",
    sent="12-15 04:40", b="hardship")

# ---- Dutch (2)
em("hardship", "nl", """
Geachte mevrouw Whitfield,

Door de sterk gestegen onderhoudskosten en de huurbevriezing heeft Domstede voor de rest van het jaar een betalingsstop afgekondigd voor alle niet-urgente facturen. Wij kunnen uw factuur daarom pas in het nieuwe jaar in behandeling nemen; een datum kan ik u nog niet geven.

Met vriendelijke groet,
Ingeborg Verschuren
""", sent="12-10 11:05", b="hardship", who=UTR, note="a betalingsstop; 'pas in het nieuwe jaar in behandeling' is no promise")
sms("hardship", "nl", "Dries hier. Een grote klant is failliet en wij zitten met 300k aan openstaande facturen. Kunnen we in schijven betalen?",
    sent="12-14 08:05", b="hardship", note="Flemish 'in schijven' = in instalments")

# ---- Portuguese (2)
em("hardship", "pt", """
Cara Dana,

A fábrica esteve parada três semanas em novembro por causa das cheias do rio Ave, e várias encomendas para o Natal foram canceladas. Neste momento não temos tesouraria para liquidar a fatura na totalidade. Seria possível acordarmos um plano de pagamentos?

Com os melhores cumprimentos,
Adelaide Magalhães
""", sent="12-09 10:10", b="hardship", who=PORTO)
sms("hardship", "pt", "Dana, tivemos 3 caminhões roubados na BR-277 esse mês e o seguro ainda não pagou. Tá difícil, dá pra parcelar?",
    sent="12-10 12:45", b="hardship", note="Brazilian; the insurer's money is no date")

# ============================================================ opt-out (14)
# ---- English, texts (4)
sms("opt-out", "en", "This is a company phone assigned to our warehouse crew. Please remove it from your billing texts.",
    sent="12-08 06:40", b="optout", note="a field phone")
sms("opt-out", "en", "Remove this number from your reminder list. Invoices go to our AP inbox only.", sent="12-09 10:25",
    b="optout")
sms("opt-out", "en", "STOP. This is a field device", sent="12-10 07:55", b="optout", note="keyword plus a reason")
sms("opt-out", "en", "pls stop texting the marina cell about the bill, it's the phone on the fuel dock and whoever's working reads it",
    sent="12-11 11:40", b="optout", note="indirect")

# ---- English, e-mails (4)
em("opt-out", "en", """
Please remove this address from your dunning distribution. This mailbox is reserved for invoice submission only; collection correspondence should be directed to apinquiries@{domain}.

St. Anselm Regional Medical Center
Accounts Payable
""", sent="12-10 08:35", b="optout", who=HOSP_AP, note="formal; another address offered")
em("opt-out", "en", """
Good morning,

Procurement Services does not process payments. Kindly remove procurement@{domain} from your reminder distribution; reminders sent to this address are not read.

Lorraine Beckwith
Senior Buyer, Procurement Services
""", sent="12-09 09:05", b="optout", who=UNIV)
em("opt-out", "en", """
Dana,

We have received five automated reminders this week across our buildings. Please stop sending automated reminders to this office. If there is a genuine issue with an invoice, I can be reached by phone.

Yvette Drummond
Accounts Payable Manager
""", sent="12-11 15:35", b="optout", who=PM)
em("opt-out", "en", """
Please take the dealership's general inbox off your mailing list for overdue notices. It goes to our entire sales staff.

Darla Kucera
""", sent="12-14 10:20", b="optout", who=DEALER, note="indirect")

# ---- French (1)
em("opt-out", "fr", """
Madame,

Nous vous prions de bien vouloir retirer cette adresse de vos relances automatiques. Elle est exclusivement destinée au dépôt des factures et n'est pas consultée pour le suivi des paiements.

Service comptabilité fournisseurs
""", sent="12-10 09:50", b="optout", who=LYON_AP, note="formal")

# ---- German (2)
em("opt-out", "de", """
Sehr geehrte Damen und Herren,

bitte nehmen Sie diese Adresse aus Ihrem Mahnlauf. Mahnungen an dieses Postfach werden nicht bearbeitet.

Kreditorenbuchhaltung
Stadtwerke Isartal GmbH
""", sent="12-11 08:15", b="optout", who=SWM_AP, note="formal")
sms("opt-out", "de", "Bitte keine SMS mehr an diese Nummer, das ist das Pikett-Handy der Haustechnik.", sent="12-12 02:35",
    b="optout", note="Swiss 'Pikett' (on-call)")

# ---- Spanish (1)
em("opt-out", "es", """
Estimados señores:

Les rogamos que den de baja esta dirección de sus recordatorios de cobro. Se trata de un buzón destinado únicamente a la recepción de facturas.

Un saludo,
Proveedores Retiro Facility Services
""", sent="12-14 10:45", b="optout", who=MAD_AP)

# ---- Dutch (1)
em("opt-out", "nl", """
Geachte mevrouw Whitfield,

Wilt u dit e-mailadres verwijderen uit uw betalingsherinneringen? Het wordt door het hele team gelezen en is uitsluitend bedoeld voor het indienen van facturen.

Met vriendelijke groet,
Crediteurenadministratie Domstede
""", sent="12-15 09:30", b="optout", who=UTR_AP, note="asked as a question")

# ---- Portuguese (1)
sms("opt-out", "pt", "Por favor tirem este número da lista de cobrança, é o celular da portaria do CD.", sent="12-11 09:15",
    b="optout", note="Brazilian; a gatehouse phone")

# ============================================================ mixed (25)
# ---- English (13)
em("already-paid+promise-to-pay", "en", """
Good morning,

Please note that a partial payment of $2,000.00 against invoice {inv} was released by ACH on December 3. The remaining balance is scheduled for our check run of Tuesday, December 22.

Regards,
Rosemary Tkachuk
Accounts Payable Specialist
""", sent="12-08 10:05", p="12-22", chk="at:12-22:tue", b="mixed", who=HOSP, amt="3980.00",
   note="a past partial release beside a named run for the rest")
em("dispute+promise-to-pay", "en", """
Ms. Whitfield,

We will pay the undisputed portion of the invoice, $4,150.00, in our ACH run on December 17. The remaining $1,100.00, billed as an after-hours premium, is disputed: the purchase order did not authorize overtime.

Kind regards,
Lorraine Beckwith
Senior Buyer, Procurement Services
""", sent="12-11 13:25", p="12-17", chk="at:12-17", b="mixed", who=UNIV, amt="5250.00")
em("dispute+question", "en", """
Ms. Whitfield,

The invoice charges mobilization twice, once as a lump sum and again within the roofing line; the contract provides for a single mobilization payment. Please correct it.

Separately, could you send a current certificate of insurance naming Dunmore County as additional insured? The one on file expired November 30.

Marvin Ostergaard
Fiscal Officer
""", sent="12-04 14:40", b="mixed", who=COUNTY, note="a charge contested plus an unrelated document asked for")
em("already-paid+question", "en", """
Ms. Whitfield,

Invoice {inv} was paid by check no. 88231 on December 3.

Separately, our vendor compliance team needs an updated W-9 from Harbor & Pine for 2027. Could you send it to this address?

Tamika Ravenscroft
AP Supervisor
""", sent="12-09 09:55", b="mixed", who=GROC)
em("hardship+promise-to-pay", "en", """
Dana,

Cash is tight after the Chapter 11 filing of our largest shipper, but we can pay $1,000 on 12/18 and the balance in January. I hope that works for you.

Stanislav Kuznetsov
Controller
""", sent="12-10 17:15", p="12-18", chk="at:12-18", b="mixed", who=LOGI, amt="2290.40",
   note="a dated first payment; the balance 'in January' has no day")
sms("opt-out+already-paid", "en", "We paid this on the 1st. Take this number off your list, it's a dispatcher phone.",
    sent="12-07 11:30", b="mixed")
em("opt-out+question", "en", """
Dear Ms. Whitfield,

Please remove our hotels' general managers from your reminder distribution; all correspondence about invoices should come to the Finance Shared Service Centre.

Could you also confirm the bank account details on your invoice? They differ from those on your supplier record, and we cannot pay until the difference is resolved.

Kind regards,
Anjali Deshmukh
Finance Shared Services Analyst
""", sent="12-09 10:55", b="mixed", who=HOTEL, note="reminders to others stopped; an account mismatch asked about")
em("promise-to-pay+question", "en", """
Hi Dana,

We'll pay it on Friday. Could you confirm whether your January invoices will carry our new project codes? I sent the list to Mike last week.

Thanks,
Bridget Cavanaugh
""", sent="12-14 15:05", p="12-18", chk="wd:fri", b="mixed", who=ENG)
em("dispute+already-paid", "en", """
Dear Dana,

We paid the tasting-room portion, $3,100.00, on December 4. The barrel-room line we will not pay: the floor drain your crew installed backs up every time we wash down the tanks.

Best,
Celeste Arbogast
Controller
""", sent="12-09 15:40", b="mixed", who=WINERY, amt="4120.00", note="part paid, the rest contested")
em("already-paid+hardship", "en", """
Dana,

We've paid what we could - $1,500 on November 30 - but the Leland building's operating account is nearly empty after the boiler failure, and the owner has not yet funded the reserve. I can't say when the rest will follow.

Yvette Drummond
Accounts Payable Manager
""", sent="12-03 16:20", b="mixed", who=PM, amt="3400.00")
sms("dispute+hardship", "en", "Not paying for the extra 24 ft of decking. And honestly the rest will have to wait, it's been a rough season",
    sent="12-12 18:30", b="mixed", note="part contested, the rest waits on money trouble")
sms("promise-to-pay+question", "en", "Goes out on our 12/17 run. What's your remit address for paper checks? The invoice only shows the lockbox",
    sent="12-12 09:20", p="12-17", chk="at:12-17", b="mixed")
em("hardship+question", "en", """
Dear Ms. Whitfield,

Our enrollment fell short of projections this autumn, and the Academy is managing its cash carefully until second-semester tuition is collected in late January. Could we spread the balance over January to March?

Separately, does Harbor & Pine offer summer maintenance contracts for schools? Our facilities committee would like a proposal.

With kind regards,
Imogen Fairclough
Bursar
""", sent="12-10 11:25", b="mixed", who=SCHOOL, note="instalments asked out of trouble, plus an unrelated question")

# ---- French (3)
em("already-paid+promise-to-pay", "fr", """
Bonjour Madame Whitfield,

Nous avons payé 60 % de la facture le 2026-12-04 par TEF. Le solde de 40 % sera versé le 2027-01-08, date de notre premier paiement fournisseurs de l'année.

Cordialement,
Stéphane Lacasse
Contrôleur
""", sent="12-09 10:40", p="01-08", chk="at:2027-01-08", b="mixed", who=MTL, note="Québec ISO dates")
em("dispute+question", "fr", """
Madame,

Les heures de main-d'œuvre facturées pour l'intervention du 12 novembre au bloc opératoire (16 heures) ne correspondent pas au bon d'intervention signé par nos services techniques (9 heures). Nous vous remercions de bien vouloir rectifier la facture.

Par ailleurs, pourriez-vous nous transmettre vos coordonnées bancaires au format IBAN sur papier à en-tête ?

Nadège Fontanel
Gestionnaire comptabilité fournisseurs
""", sent="12-10 14:30", b="mixed", who=LYON)
sms("opt-out+promise-to-pay", "fr", "Le paiement part vendredi. Merci d'arrêter les SMS sur ce numéro, c'est le téléphone de garde.",
    sent="12-15 09:10", p="12-18", chk="wd:fri", b="mixed")

# ---- German (3)
em("dispute+promise-to-pay", "de", """
Sehr geehrte Frau Whitfield,

den unstrittigen Teilbetrag von 3.200,00 USD zahlen wir im Zahllauf am 31.12. Die Position 4 (Mehrmengen Kabelschutzrohr) erkennen wir weiterhin nicht an.

Mit freundlichen Grüßen
Veronika Straßer
Kreditorenbuchhaltung
""", sent="12-17 09:35", p="12-31", chk="at:12-31", b="mixed", who=SWM, amt="4120.00")
em("already-paid+question", "de", """
Sehr geehrte Frau Whitfield

Die Rechnung haben wir am 1.12. beglichen. Eine Frage noch: Bieten Sie auch Wartungsverträge für Hotelbetriebe an? Wir planen für 2027 einen Rahmenvertrag für unsere vier Häuser in Graubünden.

Freundliche Grüsse
Reto Caduff
""", sent="12-08 09:40", b="mixed", who=HOTEL_CH)
sms("opt-out+hardship", "de", "Wir können im Moment nicht zahlen, die Saison startet sehr schlecht. Und bitte keine Mahn-SMS mehr an die Rezeption.",
    sent="12-14 03:20", b="mixed", note="Swiss hotel")

# ---- Spanish (2)
em("already-paid+promise-to-pay", "es", """
Estimada Sra. Whitfield:

Hemos abonado el 50 % de la factura el 4/12; el importe restante irá en la remesa de confirming del 28/12.

Un saludo,
Almudena Corral
""", sent="12-10 10:50", p="12-28", chk="at:12-28", b="mixed", who=MAD)
sms("dispute+question", "es", "Facturaron 20 tubos y llegaron 14. Aparte, me pueden mandar el certificado de calidad del lote?",
    sent="12-11 08:50", b="mixed", note="Peru; over-billed plus an unrelated document")

# ---- Dutch (2)
em("dispute+promise-to-pay", "nl", """
Beste mevrouw Whitfield,

Het onbetwiste deel van de factuur betalen wij op maandag 21 december. Voor de niet-opgeleverde sectionaalpoort houden wij 1.800 dollar in tot de oplevering.

Met vriendelijke groeten,
Dries Verhaegen
Financieel controller
""", sent="12-14 11:45", p="12-21", chk="at:12-21:mon", b="mixed", who=ANT, amt="7250.00")
em("hardship+promise-to-pay", "nl", """
Geachte mevrouw Whitfield,

Door de betalingsstop kan ik u op dit moment slechts een deel betalen: 1.000 dollar gaat mee in de betaalrun van donderdag 24 december, de rest volgt na de jaarafsluiting.

Met vriendelijke groet,
Ingeborg Verschuren
""", sent="12-15 10:35", p="12-24", chk="at:12-24:thu", b="mixed", who=UTR, amt="2675.50")

# ---- Portuguese (2)
sms("already-paid+promise-to-pay", "pt", "Pagamos metade dia 2/12, a outra metade sai dia 16/12. Thiago", sent="12-07 09:05",
    p="12-16", chk="at:12-16", b="mixed", note="Brazilian; D/M dates")
em("dispute+already-paid", "pt", """
Cara Dana,

Já pagámos a parte da cobertura no dia 30 de novembro. A parte do pavimento não pagamos até receber a nota de crédito dos 46 m² a mais.

Com os melhores cumprimentos,
Adelaide Magalhães
""", sent="12-07 14:50", b="mixed", who=PORTO)

FWD = {
    "rejected_tin_p10": dict(frm="NFSU Accounts Payable <ap-noreply@{domain}>",
                             subj="Invoice returned unpaid - action required", body="""
NORTHFIELD STATE UNIVERSITY - ACCOUNTS PAYABLE
INVOICE RETURN NOTICE

Supplier:        HARBOR & PINE BUILDERS
Invoice:         {inv}
Amount:          {amt}
Date returned:   {pd_us}

Reason code 14:  Missing or invalid taxpayer identification number (TIN)
Reason code 03:  Purchase order number not shown on invoice

This invoice has not been entered for payment. Please correct and resubmit.
This notice was generated automatically.
"""),
    "remit_hosp_p10": dict(frm="St. Anselm Regional Medical Center <ap-remittance@{domain}>",
                           subj="Remittance Advice - ACH Payment", body="""
ST. ANSELM REGIONAL MEDICAL CENTER
REMITTANCE ADVICE

Payee:            HARBOR & PINE BUILDERS (Vendor 104417)
Payment method:   ACH
Payment date:     {pd_us}
Trace number:     071000{pd_compact}4418

Invoice           Invoice date      Amount paid
{inv}          {inv_date_us}        {amt}

Total paid:       {amt}
"""),
    "remit_groc_p10": dict(frm="Harvest Basket Markets <remittance@{domain}>",
                           subj="Payment Remittance - Check 0088214", body="""
HARVEST BASKET MARKETS, INC.
PAYMENT REMITTANCE

Vendor:        HARBOR & PINE BUILDERS (V-22871)
Check no.:     0088214
Check date:    {pd_us}

Invoice        Gross          Discount     Net paid
{inv}       {amt}      $0.00        {amt}
"""),
    "fssc_notice_p10": dict(frm="Meridian Lakes Hospitality FSSC <fssc-payments@{domain}>",
                            subj="Payment notification", body="""
PAYMENT NOTIFICATION

Supplier:         Harbor & Pine Builders
Payment date:     {pd_long}
Payment method:   Electronic funds transfer
Payment ref.:     MLH-PAY-{pd_compact}-0317

Invoice no.       Property               Amount
{inv}          Meridian Lakes Lakeside   {amt}

This is a system-generated message. Please do not reply.
"""),
    "ach_scheduled_p10": dict(frm="Lakeshore Commerce Bank <treasury-alerts@lakeshorecommerce.example>",
                              subj="ACH payment scheduled", body="""
An ACH payment has been scheduled from your business account.

Originator:            IRONBRIDGE FREIGHT & LOGISTICS
Receiver:              HARBOR & PINE BUILDERS
Amount:                {amt}
Effective entry date:  01/08/2027
Created on:            {pd_us}
Addenda:               {inv}

You can cancel or edit this payment until 5:00 p.m. CT on the business day before the effective date.
"""),
    "avis_paiement_p10": dict(frm="Trésorerie hospitalière <ne-pas-repondre@{domain}>",
                              subj="Avis de paiement", body="""
AVIS DE PAIEMENT

Établissement :      Groupe Hospitalier Saint-Irénée
Créancier :          HARBOR & PINE BUILDERS LLC
Date de paiement :   {pd_slash}
Montant :            {amt_fr}
Référence facture :  {inv}
Mandat n° :          2026-118742

Ce message est généré automatiquement.
"""),
    "zahlungsavis_p10": dict(frm="Stadtwerke Isartal GmbH <zahlungsavis@{domain}>", subj="Zahlungsavis", body="""
ZAHLUNGSAVIS

Kreditor:         HARBOR & PINE BUILDERS LLC (K-700412)
Zahlungsdatum:    {pd_eu}
Betrag:           {amt_eu}
Beleg:            {inv}
Zahllauf:         ZL-2026-12-02

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
"""),
    "transfer_es_p10": dict(frm="Banco Castellano <avisos@bancocastellano.example>",
                            subj="Justificante de transferencia internacional", body="""
JUSTIFICANTE DE TRANSFERENCIA INTERNACIONAL

Ordenante:        {company}
Beneficiario:     HARBOR & PINE BUILDERS LLC
Importe:          {amt_eu}
Fecha valor:      {pd_slash}
Concepto:         Factura {inv}
Referencia:       BC{pd_compact}4471

Este mensaje se ha generado automáticamente.
"""),
    "betaaladvies_p10": dict(frm="Woningcorporatie Domstede <betaaladvies@{domain}>", subj="Betaaladvies", body="""
BETAALADVIES

Crediteur:        HARBOR & PINE BUILDERS LLC (crediteurnr. 300187)
Betaaldatum:      {pd_dash}
Bedrag:           {amt_eu}
Factuurnummer:    {inv}
Betaalrun:        BR-2026-49

Dit is een automatisch gegenereerd bericht.
"""),
}
