"""More hand-written customer replies to Harbor & Pine Builders' payment reminders.

Same entry structure and labelling rules as bodies.py (see its docstring): only the customer's
own words, kinds most urgent first (opt-out > dispute > already-paid > hardship >
promise-to-pay > question; auto-reply and other stand alone), sent in the customer's local
time, p the promise date, chk its cross-check. build.py appends these to bodies.ENTRIES.

This module also adds a few forwarded e-mails to bodies.FWD (the table build.py reads).

December 2026: Mon 30 Nov, Tue 1, Fri 4, Mon 7, Thu 10, Fri 11, Mon 14, Thu 17, Fri 18, Sun 20,
Thu 24, Thu 31; Fri 1 Jan 2027, Mon 4 Jan.
"""

import entries

import bodies

ENTRIES, em, sms = entries.collector()


# =============================================================================== forwarded (new)
bodies.FWD.update({
    "check_issued_en": dict(frm="AP Automation <noreply-ap@{domain}>",
                            subj="Payment issued - Harbor & Pine Builders", body="""
PAYMENT NOTIFICATION

Vendor:          Harbor & Pine Builders
Payment type:    Check
Check number:    20418
Issue date:      {pd_us}
Amount:          {amt}
Invoices paid:   {inv}

This is an automated notification from {company} Accounts Payable. Replies to this address are not monitored.
"""),
    "mt103_en": dict(frm="Treasury Operations <treasury-ops@meridianbank.example>",
                     subj="Outgoing payment - MT103 copy", body="""
Please find below the details of your outgoing international payment.

Transaction reference:  FT26{pd_compact}0071
UETR:                   3f6b2a1c-8e44-4d0b-9c7e-5a1f2e9b7d30
Value date:             {pd_us}
Currency/Amount:        USD {amt}
Ordering customer:      {company}
Beneficiary:            HARBOR AND PINE BUILDERS LLC
Beneficiary bank:       FIRST LAKES BANK, CHICAGO IL
Remittance information: {inv}
Charges:                OUR

This message was generated automatically. Please do not reply.
"""),
    "zahlungsavis_de": dict(frm="Kreditorenbuchhaltung <kreditoren@{domain}>",
                            subj="Zahlungsavis Nr. 2026-11-0193", body="""
Sehr geehrte Damen und Herren,

wir haben heute folgende Zahlung an Sie veranlasst:

Zahlungsempfänger:  Harbor & Pine Builders LLC
Zahlungsdatum:      {pd_eu}
Zahlungsart:        Auslandsüberweisung (SWIFT)

Beleg-Nr.    Rechnungsbetrag
{inv}      {amt_eu}

Summe: {amt_eu}

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
"""),
})

# =============================================================================== opt-out
em("opt-out", "en", "Please take this address off your list.")
em("opt-out", "en", "I'd rather not get these reminders by email any more, thanks.")
em("opt-out", "en", "No more of these please.")
em("opt-out", "en", """
We don't want automated messages from vendors. Please switch them off for our account.
""")
em("opt-out", "en", """
Cease contact with this office. From now on all communication regarding the property goes through our management company.
""")
em("opt-out", "en", "I'm not the right contact and I'd like to be removed from your system entirely.")
em("opt-out", "en", "Do not email me about this again.")
em("opt-out", "en", "These automated emails are bordering on harassment at this point. Please make them stop.")
em("opt-out", "en", """
Please stop contacting me electronically. Any correspondence should be sent by regular mail to the address on file.
""", note="no 'unsubscribe'; stop contacting by e-mail")
em("opt-out", "en", "Turn off the reminders for our account please. We pay on our own schedule.",
   note="'we pay' is not a promise")
em("opt-out", "en", """
Kindly remove this address from your automated notifications. It is a shared inbox for the front desk.
""")
em("opt-out", "en", "Opting out of email reminders.")
em("opt-out", "en", "pls stop w the emails")
em("opt-out", "en", "Could you turn these reminders off? We know about it.",
   note="phrased as a question but it is an opt-out")
em("opt-out", "en", "Delete my address from your mailing list. I no longer work at {company}.")
em("opt-out", "en", """
Hi,

I've been getting these reminders since October even though I have nothing to do with the account anymore. My ex-husband kept the business and the house on Fulton. I don't know how to make it clearer than this: please remove my email from whatever system sends these. I don't want to hear about his invoices.

Thank you
""", note="long; says 'invoices' and 'account' but only asks to be removed")
em("opt-out", "en", "I never signed up to receive these. Please stop.")
em("opt-out", "en", """
Dana - no offence, but we're not a fan of the robo-reminders. Please leave us off the list; we'll get in touch if we need anything.

{first}
""")
em("opt-out", "en", """
Per my previous email, do not contact me again at this address.

--
This message was sent from a personal device. Please excuse brevity.
""", note="a signature line in the words")

sms("opt-out", "en", "STOP ALL")
sms("opt-out", "en", "CANCEL")
sms("opt-out", "en", "End", note="carrier opt-out keyword END")
sms("opt-out", "en", "unsub")
sms("opt-out", "en", "no more txts pls")
sms("opt-out", "en", "Stop texting this number")
sms("opt-out", "en", "remove this # from ur list")
sms("opt-out", "en", "Dont contact me again")
sms("opt-out", "en", "Please take my number off your list, this is a work phone")
sms("opt-out", "en", "STOPALL")
sms("opt-out", "en", "quit sending these")
sms("opt-out", "en", "I'd prefer not to get texts from you. Thanks")

em("opt-out", "fr", "Veuillez cesser tout contact à cette adresse.")
em("opt-out", "fr", """
Bonjour,

Merci de retirer cette adresse de vos envois automatiques, elle n'est pas destinée à la facturation.

Bien à vous
""")
em("opt-out", "fr", "Je ne veux plus recevoir ce genre de message. Merci.")
sms("opt-out", "fr", "ARRET")
em("opt-out", "de", "Bitte entfernen Sie diese Adresse aus Ihrem Verteiler.")
em("opt-out", "de", """
Guten Tag,

wir wünschen keine automatisierten Nachrichten. Bitte stellen Sie die Erinnerungen für unser Konto ab.

Freundliche Grüße
{first}
""")
em("opt-out", "de", "Bitte keine weiteren E-Mails dieser Art.")
sms("opt-out", "de", "Stopp. Keine SMS mehr bitte")
em("opt-out", "es", "Por favor, eliminen esta dirección de su lista.")
em("opt-out", "es", "No quiero recibir más recordatorios automáticos. Dejen de escribirme.")
em("opt-out", "es", "Cesen todo contacto con este correo, gracias.")
sms("opt-out", "es", "BAJA")
em("opt-out", "nl", "Graag dit adres verwijderen uit uw systeem.")
em("opt-out", "nl", "Wij willen geen automatische berichten meer ontvangen.")
sms("opt-out", "nl", "stop met sms'en naar dit nummer")
em("opt-out", "pt", "Por favor removam este endereço da lista.")
em("opt-out", "pt", "Não quero mais receber mensagens automáticas de vocês.")
sms("opt-out", "pt", "PARAR")

# opt-out mixed
em("opt-out+dispute", "en", """
The job was never finished and now I get robot emails about it. Take us off this list and have Mike call me about the railing.
""")
sms("opt-out+dispute", "es", "Nunca contraté nada con ustedes. No me escriban más.")
sms("opt-out+already-paid", "en", "Paid 11/30. Quit texting")
em("opt-out+already-paid", "de", """
Bereits am 27.11. überwiesen. Bitte keine weiteren automatischen Mahnungen an diese Adresse.
""")
em("opt-out+already-paid", "nl", "Is al betaald. Haal me van de mailinglijst.")
em("opt-out+hardship", "en", "I'm in the hospital. Please stop emailing me about money.")
em("opt-out+promise-to-pay", "en", "I'll pay on the 15th. Stop sending these every day.",
   sent="12-08 09:25", p="12-15", chk="d:15")
em("opt-out+promise-to-pay", "fr", "Je paierai le 18. Merci de ne plus m'envoyer de rappels.",
   sent="12-09 10:40", p="12-18", chk="d:18")
sms("opt-out+promise-to-pay", "en", "will pay on the 11th. stop texting", sent="12-07 18:30", p="12-11", chk="d:11")
em("opt-out+question", "en", """
Take me off this list. And can you send the final invoice to my accountant instead? She's at books@{domain}.
""")

# =============================================================================== dispute
em("dispute", "en", "The fence is only half stained. We'll pay when it's finished.", note="conditional, no promise")
em("dispute", "en", """
Your guys never came back to install the trim on the stairs. Until that's done this invoice is on hold.
""")
em("dispute", "en", """
The grout is already cracking in three places and the new shower leaks into the basement. Fix it first, then bill me.
""")
em("dispute", "en", "Invoice says 40 bags of mulch. We counted 26 bags delivered.")
em("dispute", "en", "Quote was $3,200. Invoice is {amt}. Nobody told us about any increase.", amt="3980.00")
em("dispute", "en", "Nobody here authorized the extra outlets. We asked for two and your electrician installed six.")
em("dispute", "en", "We've been billed twice for the same permit: once on INV-1044 and again here.",
   note="duplicate billing without 'paid'")
em("dispute", "en", """
The new front door arrived with a dent and a cracked glass panel. We're not paying for damaged goods.
""")
em("dispute", "en", """
The project was supposed to be complete by November 1 and your crew finished on the 20th. Our contract has a $100/day late completion clause - please deduct $1,900 and reissue.
""", note="late delivery; dates are not promises")
em("dispute", "en", "Mike said he'd credit us $300 for the delay. That credit isn't on here.")
em("dispute", "en", "this is a duplicate. you already billed us for the gutter cleaning on the october invoice")
em("dispute", "en", """
The paint color is not what we picked. We signed off on Harbor Gray and the living room is basically blue. Please don't expect payment until it's repainted.
""")
em("dispute", "en", """
I never signed anything for this. The estimate was just an estimate, I told Mike we'd think about it over the holidays.
""")
em("dispute", "en", "Materials were billed at retail. Our contract says cost plus 10%.")
em("dispute", "en", """
Hello Dana,

I've been going back and forth on whether to write this because Mike and the crew were lovely to have around. But I sat down with the invoice last night and it doesn't add up. We were told three days, maybe four. The invoice bills 52 labor hours. I work from home, I was here every day, and there were two men on site from about 8:30 to 3:00 for four days, with a long lunch on Wednesday. That's 48 hours at the very most, and honestly closer to 44.

There's also a line for "disposal fee" that nobody mentioned, and the dumpster was in our driveway for exactly one afternoon.

I'm happy to pay for the hours that were actually worked. Please send a revised invoice.

{first}
""", note="long; 'happy to pay' is conditional")
em("dispute", "en", """
This charge for an "emergency call-out" can't be right - it was a scheduled visit during normal business hours, booked a week ahead.
""")
em("dispute", "en", "We disagree with this invoice. Please hold it until we've met on site.")
em("dispute", "en", "Three of the new windows already fog up between the panes. That's a warranty issue. Not paying until they're replaced.")
em("dispute", "en", """
Hallway drywall is taped but never sanded or painted. That's maybe 70% of the job and you billed 100%.
""")
em("dispute", "en", """
You charged 12 hours on the 3rd. The crew arrived at 10:30 and was gone by 3. I have the doorbell camera footage if you need it.
""")
em("dispute", "en", "We returned the extra tile boxes the same week, unopened. They should come off this invoice.")
em("dispute", "en", "Can't accept this. The agreement was a flat fee of $2,000 including materials.", amt="2675.50")
em("dispute", "en", """
This work was covered under our home warranty claim (#HW-55812). The warranty company pays you directly, not us.
""")
em("dispute", "en", """
Most of the plants you put in died within two weeks - they were never watered in. We expected a partial refund, not another bill.
""")
em("dispute", "en", "We were promised 5% off for paying the deposit early and it isn't reflected anywhere.")
em("dispute", "en", """
The invoice includes "haul-away of old cabinets" but your crew left the old cabinets in our garage. They're still there as I type this.
""")
em("dispute", "en", """
This job was for unit 2B, which is privately owned. We're the condo association; we don't pay for work inside the units.
""", note="not theirs to pay")
em("dispute", "en", "Not authorized. Our PO was for the roof inspection only, not the repair.")
em("dispute", "en", "Mike's estimate is right below: $900. Not sure where {amt} came from.",
   fwd="estimate_en", amt="1240.00", note="forwarded evidence is our own estimate")
em("dispute", "en", """
Dana,

Short of what we ordered: 8 joist hangers billed, 5 installed. 2 exterior lights billed, 1 installed (the other is still in its box on our porch).

Thanks,
{first}

Please consider the environment before printing this email.
""", note="quantity short; footer in the words")

sms("dispute", "en", "i didnt ok any extra work. call me")
sms("dispute", "en", "you guys cracked the tile in the entry and left. not paying for that")
sms("dispute", "en", "Still waiting on the last 2 cabinet doors. Will pay when theyre in", note="conditional, no promise")
sms("dispute", "en", "price was 1800 on the quote", amt="2150.00")
sms("dispute", "en", "the shed door doesnt even close. fix it first")
sms("dispute", "en", "This is for work at my neighbor's house not mine")

em("dispute", "fr", "Les travaux de peinture ne sont pas terminés : il manque la deuxième couche dans le salon.")
em("dispute", "fr", "Le montant facturé ne correspond pas au devis : 2 400 $ prévus, {amt} facturés.", amt="3400.00")
em("dispute", "fr", "Nous avons déjà été facturés pour cette intervention en octobre. Il s'agit d'un doublon.",
   note="duplicate billing, not a payment")
em("dispute", "fr", """
Bonjour,

Le carrelage livré est abîmé, plusieurs carreaux sont fendus. Nous ne réglerons pas cette facture en l'état.

Cordialement,
{first}
""")
em("dispute", "de", "Es wurden nur 18 statt 24 Paneele geliefert. Bitte korrigieren Sie die Menge auf der Rechnung.")
em("dispute", "de", "Die Arbeiten sind noch nicht abgenommen. Es fehlen die Sockelleisten im Flur.")
em("dispute", "de", "Diese Position wurde nie von uns freigegeben. Wir widersprechen der Rechnung.")
em("dispute", "de", "Laut Angebot waren 1.500 USD vereinbart, nicht {amt}.", amt="1875.00")
em("dispute", "es", "Faltan por instalar dos ventanas. No pagaremos hasta que el trabajo esté completo.",
   note="conditional, no promise")
em("dispute", "es", "El precio no es el del presupuesto. Nos dijeron 900 dólares, todo incluido.", amt="1240.00")
em("dispute", "es", "La puerta llegó dañada y con un rayón enorme. No vamos a pagar por eso.")
em("dispute", "nl", "De keuken is nog steeds niet af, het werkblad ontbreekt.")
em("dispute", "nl", "Dit hebben wij nooit besteld. Graag de factuur crediteren.")
em("dispute", "nl", "In de offerte stond $1.200, u factureert {amt}. Dat is niet wat we hebben afgesproken.",
   amt="1560.00")
em("dispute", "pt", "O trabalho ficou mal feito, a pintura já está a descascar na fachada.")
em("dispute", "pt", "Faltam 6 painéis dos 24 faturados.")
em("dispute", "pt", "Nunca autorizámos este trabalho extra.")
em("dispute", "pt", "Prometeram-nos um crédito pelo atraso e não aparece na fatura.")
sms("dispute", "es", "No autorizamos ese trabajo")
sms("dispute", "pt", "ainda nao terminaram o serviço, nao vou pagar por enquanto", note="conditional, no accents")

# dispute mixed
sms("dispute+already-paid", "en", "Paid this on the first invoice already. This one is a duplicate")
em("dispute+already-paid", "es", "Esta factura está duplicada, ya nos la cobraron en noviembre.",
   note="'cobrar' here: they already took the money")
em("dispute+already-paid", "en", """
We paid the quoted $900 on 11/20. The rest of this invoice was never agreed to and we won't be paying it.
""", amt="1240.00")
em("dispute+hardship", "en", """
Even if this amount were correct I couldn't pay it right now - we're barely keeping the doors open. But it isn't correct: the quote was $1,500.
""", amt="2150.00")
em("dispute+promise-to-pay", "en", """
I'll pay the materials portion on Friday. The labor charge is double what we agreed, so that part waits until we talk.
""", sent="12-07 12:15", p="12-11", chk="wd:fri", note="partial promise, rest disputed")
em("dispute+promise-to-pay", "pt", """
Pagamos a parte dos materiais dia 15/12, mas as horas de mão de obra estão inflacionadas.
""", sent="12-04 11:30", p="12-15", note="day/month, partial promise")
em("dispute+question", "en", "The invoice lists 3 days but your crew was here 2. Can you send the timesheets?")
em("dispute+question", "fr", "Le montant dépasse le devis. Pouvez-vous m'expliquer la ligne « frais divers » ?")

# =============================================================================== already-paid
em("already-paid", "en", "ACH went out 11/30, trace number 091000019283746. Should show on your side by now.")
em("already-paid", "en", "Sent a wire Monday. Fed reference 20261130MMQFMP2K000123.")
em("already-paid", "en", "This was paid by BACS on 27 November, reference HARBORPINE {inv}.")
em("already-paid", "en", "Our remittance advice was emailed to you on 11/24 - check #20418 for {amt}.")
em("already-paid", "en", "Funds cleared our account on the 1st, so it has definitely left us.", sent="12-03")
em("already-paid", "en", "Bank says the payment cleared our account Tuesday. It should show on your side.",
   sent="12-04")
em("already-paid", "en", "We paid with our corporate card through your portal on 11/28. Receipt attached.")
em("already-paid", "en", """
Payment was made. Please check your deposits from 11/25 - it came as an ACH from {company} operating account.
""")
em("already-paid", "en", """
That was paid with check 1187, which you deposited on 11/23. I'm looking at the image of the cancelled check right now.
""")
em("already-paid", "en", """
Hi Dana,

I think there's been a mix-up somewhere. I got your reminder this morning and went back through everything. We paid {inv} the Wednesday before Thanksgiving - my husband did it from his laptop while I was making pie crust, I remember because he complained the link made him type the invoice number twice. The money came out of our checking on the 27th.

I can send a screenshot of the bank statement if that helps. Maybe it was applied to a different invoice? We've had a few with you this year.

Happy holidays,
{first}
""", note="long; offers a screenshot, question is rhetorical")
em("already-paid", "en", "paid. chk 5521")
em("already-paid", "en", "We remitted payment on 11/20 in the amount of {amt}. Please apply it to {inv}.")
em("already-paid", "en", "Pd 11/24 ck#3390")
em("already-paid", "en", """
Hi - we're not past due. This was paid on the 25th via EFT. Our AP clerk can send the remittance if you need it.
""", note="starts with a negation")
em("already-paid", "en", "My husband paid it at your office last Thursday, cash. The lady at the desk gave him a receipt.",
   sent="12-08")
em("already-paid", "en", """
Funds were debited from our account on 11/27. If it hasn't arrived, please check with your bank.
""")
em("already-paid", "en", "Please see the attached proof of payment.")
em("already-paid", "en", "Here's the ACH confirmation from our bank.", fwd="ach_en", pd="11-30")
em("already-paid", "en", "Our system shows this went out, see below.", fwd="check_issued_en", pd="11-24",
   note="forwarded AP notice says automated")
em("already-paid", "en", "Wire confirmation with the MT103 details below. The UETR is in there if your bank needs to trace it.",
   fwd="mt103_en", pd="11-27")
em("already-paid", "en", "We paid through Melio on 11/26; it would have arrived as an ACH.")
em("already-paid", "en", "paid in full on 11/30, confirmation 00482-HP. thanks for the great work on the porch")
em("already-paid", "en", "We mailed a check on 11/23 and our bank shows it was deposited 12/1.", sent="12-03")
em("already-paid", "en", """
The payment came from our parent company by wire on 11/27, so the sender name on your statement will be different from ours.
""")
em("already-paid", "en", "I paid through the link in your first email with Apple Pay.")
em("already-paid", "en", "Already taken care of. Our bookkeeper included it in the November batch.")
em("already-paid", "en", """
Good afternoon,

Payment for {inv} was released on 11/30 via ACH (CCD+), addenda referencing the invoice number. Please allow 1-2 business days for posting.

Regards,
{first}
Accounts Payable
""", sent="12-02", note="bank jargon; posting time is not a promise")

sms("already-paid", "en", "paid it this morning thru the link")
sms("already-paid", "en", "Check cleared yesterday on my end")
sms("already-paid", "en", "I sent it via zelle on the 29th around 8pm")
sms("already-paid", "en", "I paid cash to Mike on friday", sent="12-08")
sms("already-paid", "en", "Paid yday")
sms("already-paid", "en", "already paid!! look at your bank")
sms("already-paid", "en", "Transferred the full amt on 11/28, conf 8842")
sms("already-paid", "en", "Its paid. ACH 11/30")

em("already-paid", "fr", "Virement effectué le 27/11, vous devriez l'avoir reçu. Référence : {inv}.")
em("already-paid", "fr", "Le paiement a été débité de notre compte le 30 novembre, il devrait apparaître chez vous.",
   sent="12-03")
em("already-paid", "fr", "Nous vous avons adressé un chèque n° 0048817 le 24 novembre.")
em("already-paid", "fr", "Je vous transfère la confirmation de la banque.", fwd="virement_fr", pd="11-30")
sms("already-paid", "fr", "c'est payé depuis vendredi", sent="12-08")
em("already-paid", "de", "Die Überweisung wurde am 26.11. ausgeführt, Verwendungszweck {inv}.")
em("already-paid", "de", """
Laut Kontoauszug wurde der Betrag am 30.11. abgebucht. Bitte prüfen Sie Ihren Zahlungseingang.
""", sent="12-03")
em("already-paid", "de", "Bezahlt per SEPA-Überweisung am 25.11.", note="SEPA named though the payee is American")
em("already-paid", "de", "Anbei unser Zahlungsavis.", fwd="zahlungsavis_de", pd="11-26",
   note="forwarded advice says machine-generated")
sms("already-paid", "de", "Schon überwiesen, letzte Woche")
em("already-paid", "es", "El pago se hizo por transferencia el 26/11. Adjunto el justificante.")
em("already-paid", "es", "Ya está pagado, el cargo salió de nuestra cuenta el lunes.", sent="12-03")
em("already-paid", "es", "Le mandamos el cheque número 2231 el 20 de noviembre.")
em("already-paid", "es", "Aquí el comprobante de la transferencia, saludos.", fwd="transferencia_es", pd="11-27")
sms("already-paid", "es", "ya le pague por zelle ayer", note="no accents")
em("already-paid", "nl", "Wij hebben op 27-11 overgemaakt, met factuurnummer {inv} als omschrijving.")
em("already-paid", "nl", "Het bedrag is al van onze rekening afgeschreven. Zou bij jullie zichtbaar moeten zijn.")
em("already-paid", "nl", "Hierbij het betaalbewijs.", fwd="overboeking_nl", pd="11-30")
sms("already-paid", "nl", "is al betaald hoor, vorige week")
em("already-paid", "pt", "Transferência feita dia 26/11, já saiu da nossa conta.")
em("already-paid", "pt", "O pagamento foi efetuado por transferência internacional a 27 de novembro. Referência: {inv}.")
em("already-paid", "pt", "Já pagámos por cheque, n.º 33210, enviado dia 23.")
em("already-paid", "pt", "Envio em baixo o comprovativo do pagamento.", fwd="transferencia_pt", pd="11-27")
sms("already-paid", "pt", "ja paguei ontem pelo link", note="no accents")

# already-paid mixed
em("already-paid+question", "en", "Sent by ACH on 11/30 - can you let me know once it's posted?")
em("already-paid+question", "es", "Hicimos la transferencia el 26. ¿Me confirma si la recibió?")
sms("already-paid+question", "en", "paid yesterday, did it come thru")
em("already-paid+promise-to-pay", "en", "Paid $500 on Monday; the remaining balance goes out on the 18th.",
   sent="12-09 14:20", p="12-18", chk="d:18", amt="915.75", note="part paid, rest promised")

# =============================================================================== hardship
em("hardship", "en", """
I've been out sick with pneumonia for most of November and just got back to work. Could I have until January?
""", note="asks for time; January is no dated promise")
em("hardship", "en", """
Cash flow is a mess right now - two of our own customers are 60+ days late paying us. Can you give us 30 more days?
""")
em("hardship", "en", "We lost the Hendricks account last month, that was 40% of our revenue. I need to spread this out.")
em("hardship", "en", """
Winter is our slow season, we basically make nothing December through February. Could we do $300 a month?
""")
em("hardship", "en", """
Still waiting on the insurance adjuster to release the funds from the storm claim. Can this wait until they pay out?
""")
em("hardship", "en", "Could we split it in two?", note="asks for instalments: hardship, not a question")
em("hardship", "en", "Payroll ate everything this month. I need a couple more weeks.")
em("hardship", "en", "I'm on chemo and not working right now. My daughter is helping me with the bills but it's slow going.")
em("hardship", "en", "The bank froze our credit line. We're paying our people first and vendors when we can. I'm sorry.")
em("hardship", "en", """
I'm raising two kids on my own and I just can't do the full amount. Could I pay it off over 4 months?
""")
em("hardship", "en", "Our tenants stopped paying rent and we're behind on everything. Please give me a little more time.")
em("hardship", "en", "Could we break it into 3 installments? We just bought a truck and we're stretched thin.")
em("hardship", "en", "I was laid off on the 20th. I'll keep you posted.")
em("hardship", "en", """
Hi Dana,

I owe you an explanation. Our son was born seven weeks early on November 12 and he's been in the NICU since. I've been sleeping at the hospital most nights and my wife can't work. The business is running on fumes with just my brother covering jobs, and every dollar that comes in is going to the mortgage and the hospital parking, which is its own kind of robbery.

I haven't forgotten about your invoice. I just can't touch it right now. If you can hold off until things settle I'll make it right, and I'm happy to sign something if that helps.

{first}
""", note="long; 'make it right' is no dated promise")
em("hardship", "en", "The medical bills from my accident are eating everything.")
em("hardship", "en", "We're waiting for our SBA loan to fund - it's been delayed twice now.")
em("hardship", "en", "Car accident in October, been out of work since. Is a partial payment ok for now?",
   note="asks about a partial payment: hardship")
em("hardship", "en", """
The holiday season is make-or-break for us and it's been bad. Would 6 monthly payments be acceptable?
""")
em("hardship", "en", "Medicare hasn't reimbursed us in three months. Need more time on this one.")
em("hardship", "en", "Can I pay $100 every other week till it's done?", note="instalments, no date")
em("hardship", "en", """
We're a small nonprofit and our grant money doesn't come in until spring. Could we work something out?
""")
em("hardship", "en", "Honestly the store might not make it through winter. I'll pay what I can.")
em("hardship", "en", "Can you extend the due date 30 days? Our biggest customer just filed for bankruptcy.")
em("hardship", "en", "I can't pay right now. Not ignoring you.")

sms("hardship", "en", "can i pay half now and half next month? things are tight")
sms("hardship", "en", "been in and out of the hospital, need more time")
sms("hardship", "en", "lost my job. ill pay when i can")
sms("hardship", "en", "cant do it all at once, can we do payments")
sms("hardship", "en", "Slow month. Give me a few more weeks pls")
sms("hardship", "en", "my husband had a stroke, please be patient with us")

em("hardship", "fr", """
Notre trésorerie est très tendue depuis qu'un client ne nous paie plus. Pouvons-nous étaler le règlement sur trois mois ?
""")
em("hardship", "fr", "Je suis hospitalisé depuis deux semaines, je m'en occuperai dès que je pourrai.")
em("hardship", "fr", "C'est la saison creuse pour nous, je vous demande un délai supplémentaire.")
em("hardship", "de", """
Wir warten seit Wochen auf die Auszahlung der Versicherung nach dem Wasserschaden. Können Sie uns mehr Zeit geben?
""")
em("hardship", "de", "Könnten wir den Betrag in drei Raten aufteilen? Die Auftragslage ist gerade sehr schlecht.")
em("hardship", "de", "Mein Mann ist schwer erkrankt, ich kümmere mich um alles allein. Bitte haben Sie etwas Geduld.")
em("hardship", "es", """
Se nos fue el cliente principal y estamos muy justos. ¿Le puedo pagar la mitad ahora y la otra mitad en enero?
""", note="asks to split: hardship")
em("hardship", "es", "Estoy enfermo y sin trabajar, necesito un poco más de tiempo.")
sms("hardship", "es", "no tengo para pagar todo ahorita, puedo dar abonos?")
em("hardship", "nl", "Het is bij ons het rustige seizoen en de kas is leeg. Mogen we in termijnen betalen?")
em("hardship", "nl", "Ik ben al een maand ziek thuis. Kan ik wat extra tijd krijgen?")
em("hardship", "nl", """
Onze verzekeraar heeft de schade nog steeds niet uitgekeerd. We kunnen pas betalen als dat binnen is.
""")
em("hardship", "pt", """
Perdemos o nosso maior cliente e a tesouraria está muito apertada. Podemos dividir o valor em várias vezes?
""")
em("hardship", "pt", "Estive internado e ainda não voltei a trabalhar. Preciso de mais tempo.")
sms("hardship", "pt", "to sem dinheiro esse mes, posso pagar em duas vezes?", note="Brazilian, no accents")

# hardship mixed
em("hardship+promise-to-pay", "en", "Things have been tight since my surgery but I can send $200 on Friday the 11th.",
   sent="12-07 16:40", p="12-11", note="partial payment promised")
em("hardship+promise-to-pay", "de", "Wir sind knapp bei Kasse, können aber am 15.12. die Hälfte überweisen.",
   sent="12-07 10:10", p="12-15", note="day-first date, partial payment")
sms("hardship+promise-to-pay", "en", "lost hours at work but ill pay 100 on the 18th",
    sent="12-10 20:05", p="12-18", chk="d:18")
em("hardship+question", "en", "Money's been tight since the layoff. Do you charge late fees?")
em("hardship+question", "nl", "Het gaat financieel niet goed. Wat is het minimum dat ik nu moet betalen?")

# =============================================================================== promise-to-pay
em("promise-to-pay", "en", "We'll pay on the 9th.", sent="12-02 10:15", p="12-09", chk="d:9")
em("promise-to-pay", "en", "Payment Dec. 9 - our controller signs checks on Wednesdays.", sent="12-03 11:05",
   p="12-09", note="'Dec. 9' with a period")
em("promise-to-pay", "en", "Thursday week ok? That's when our draw comes through.", sent="12-07 09:40",
   p="12-17", chk="nw:thu", note="'Thursday week'; phrased as a question")
em("promise-to-pay", "en", "We can pay right after the 15th when the rent checks come in.", sent="12-08 13:20",
   p="12-16", note="'after the 15th' taken as the 16th")
em("promise-to-pay", "en", "Once our client pays us on the 20th we'll pay you the same day.", sent="12-09 15:45",
   p="12-20", chk="d:20", note="hangs on a client, but dated")
em("promise-to-pay", "en", "It'll go out in our next pay run on Friday.", sent="12-08 10:30", p="12-11", chk="wd:fri")
em("promise-to-pay", "en", "Should be the 14th-16th.", sent="12-07 14:00", p="12-16", note="range: end of range")
em("promise-to-pay", "en", "We'll pay Wed the 16th.", sent="12-11 09:55", p="12-16")
em("promise-to-pay", "en", "I'll have it to you by COB Tuesday.", sent="12-10 17:10", p="12-15", chk="wd:tue")
em("promise-to-pay", "en", "You'll see it by the 1st.", sent="12-14 12:30", p="01-01", chk="d:1")
em("promise-to-pay", "en", """
Our next check run is the second week of January. You're on it.
""", sent="12-15 10:45", p="01-15", note="'second week of January' taken as Jan 11-15, end of range")
em("promise-to-pay", "en", "Payment scheduled for 12/17 via ACH.", sent="12-09 11:40", p="12-17",
   note="scheduled ACH is a promise, not a payment")
em("promise-to-pay", "en", "End of business Friday.", sent="12-14 16:25", p="12-18", chk="wd:fri")
em("promise-to-pay", "en", "Will drop a check in the mail on Monday.", sent="12-10 18:05", p="12-14", chk="wd:mon",
   note="mailing date taken as the promise")
em("promise-to-pay", "en", """
Hi Dana,

Sorry for the radio silence. We switched payroll providers in November and it's been chaos - two of my guys didn't get paid on time and I spent the whole week before Thanksgiving on the phone with the bank. Anyway, things are finally straightened out. Our next payables batch runs on the 15th and your invoice is in it, the full amount.

Thanks for being patient. The addition looks great by the way, we moved the piano in last weekend.

{first}
""", sent="12-04 20:30", p="12-15", chk="d:15", note="long; date buried in the middle")
em("promise-to-pay", "en", "We'll pay in 3 weeks.", sent="12-01 14:15", p="12-22", chk="+21")
em("promise-to-pay", "en", """
We pay net 30 from receipt. We logged your invoice on 11/20, so it will be paid 12/20.
""", sent="12-03 09:50", p="12-20", note="net terms; the receipt date is not the promise")
em("promise-to-pay", "en", "Christmas Eve at the latest.", sent="12-10 15:35", p="12-24")
em("promise-to-pay", "en", "We'll pay before we close for the holidays on the 23rd.", sent="12-11 11:20", p="12-23",
   chk="d:23")
em("promise-to-pay", "en", "I'll pay Saturday when I'm back in town.", sent="12-09 19:15", p="12-12", chk="wd:sat")
em("promise-to-pay", "en", "We can pay on the 18th, or the 21st at the very latest.", sent="12-10 10:05", p="12-21",
   note="range: end of range")
em("promise-to-pay", "en", "Will pay Thursday. Sorry, crazy week.", sent="12-14 13:45", p="12-17", chk="wd:thu")
em("promise-to-pay", "en", "Going out with Friday's run.", sent="12-15 08:40", p="12-18", chk="wd:fri")
em("promise-to-pay", "en", "this friday", sent="12-14 10:10", p="12-18", chk="tw:fri")
em("promise-to-pay", "en", "A week from today.", sent="12-04 12:50", p="12-11", chk="+7")
em("promise-to-pay", "en", "The 4th of January, right after the holidays.", sent="12-16 14:40", p="01-04")
em("promise-to-pay", "en", """
Approved for payment this morning. It'll be in the December 10 disbursement.

--
Westgate Property Management | Pay dates: 10th and 25th of each month
""", sent="12-02 10:20", p="12-10", note="signature lists other pay dates")
em("promise-to-pay", "en", """
We'll pay on the 11th.

Jamie Ortiz
Ortiz Roofing Co.
Text STOP to opt out of appointment reminders
""", sent="12-07 08:45", p="12-11", chk="d:11", note="signature says STOP: not an opt-out")

sms("promise-to-pay", "en", "tomorrow morning first thing", sent="12-15 21:00", p="12-16", chk="+1")
sms("promise-to-pay", "en", "I get paid Dec 11th, I'll send it that night", sent="12-08 12:35", p="12-11")
sms("promise-to-pay", "en", "will pay by month end", sent="12-10 17:50", p="12-31", chk="eom")
sms("promise-to-pay", "en", "the 22nd", sent="12-14 09:20", p="12-22", chk="d:22")
sms("promise-to-pay", "en", "I'll pay it Wednesday, promise", sent="12-11 19:45", p="12-16", chk="wd:wed")
sms("promise-to-pay", "en", "sending it on payday, thats the 15th", sent="12-09 07:55", p="12-15", chk="d:15")
sms("promise-to-pay", "en", "next week sometime, by friday for sure", sent="12-03 16:20", p="12-11", chk="nw:fri")

em("promise-to-pay", "fr", "Le virement partira le 9/12.", sent="12-02 10:30", p="12-09", note="day/month")
em("promise-to-pay", "fr", "Je vous règle ça jeudi en huit.", sent="12-07 11:15", p="12-17", chk="nw:thu",
   note="'jeudi en huit': Thursday week")
em("promise-to-pay", "fr", "Paiement prévu d'ici la fin du mois.", sent="12-08 14:20", p="12-31", chk="eom")
em("promise-to-pay", "fr", "On vous paie le 20, dès que notre client nous aura réglé.", sent="12-10 09:35",
   p="12-20", chk="d:20")
em("promise-to-pay", "fr", "Règlement le 18 décembre au plus tard.", sent="12-03 15:50", p="12-18")
sms("promise-to-pay", "fr", "je paie lundi", sent="12-09 18:10", p="12-14", chk="wd:mon")
em("promise-to-pay", "de", "Die Zahlung erfolgt mit dem nächsten Zahlungslauf am Freitag.", sent="12-08 09:30",
   p="12-11", chk="wd:fri")
em("promise-to-pay", "de", "Wir überweisen Donnerstag in einer Woche.", sent="12-07 13:40", p="12-17", chk="nw:thu")
em("promise-to-pay", "de", "Die Überweisung geht bis zum 9.12. raus.", sent="12-03 10:50", p="12-09",
   note="day-first date")
em("promise-to-pay", "de", "Bis Monatsende ist das erledigt.", sent="12-10 16:05", p="12-31", chk="eom")
em("promise-to-pay", "de", "Wir zahlen zwischen dem 14. und 18.12.", sent="12-04 12:25", p="12-18",
   note="range: end of range")
sms("promise-to-pay", "de", "zahle morgen", sent="12-09 19:30", p="12-10", chk="+1")
em("promise-to-pay", "es", "Le hacemos la transferencia el 9/12.", sent="12-03 12:10", p="12-09", note="day/month")
em("promise-to-pay", "es", "Pagamos el jueves de la semana que viene.", sent="12-08 17:25", p="12-17", chk="nw:thu")
em("promise-to-pay", "es", "A fin de mes sin falta.", sent="12-11 10:20", p="12-31", chk="eom")
em("promise-to-pay", "es", "Cuando nuestro cliente nos pague el día 20, le pagamos a usted.", sent="12-10 13:05",
   p="12-20", chk="d:20")
sms("promise-to-pay", "es", "mañana le deposito", sent="12-14 20:40", p="12-15", chk="+1")
sms("promise-to-pay", "es", "el 15 le pago sin falta", sent="12-07 15:15", p="12-15", chk="d:15")
em("promise-to-pay", "nl", "We maken het bedrag op 9/12 over.", sent="12-02 11:45", p="12-09", note="day/month")
em("promise-to-pay", "nl", "Betaling volgt vrijdag met de volgende betaalrun.", sent="12-14 10:35", p="12-18",
   chk="wd:fri")
em("promise-to-pay", "nl", "Eind van de maand wordt het betaald.", sent="12-07 13:15", p="12-31", chk="eom")
em("promise-to-pay", "nl", "Donderdag over een week betalen we.", sent="12-07 09:05", p="12-17", chk="nw:thu")
sms("promise-to-pay", "nl", "ik betaal maandag", sent="12-10 18:50", p="12-14", chk="wd:mon")
em("promise-to-pay", "pt", "Fazemos a transferência dia 9/12.", sent="12-02 14:10", p="12-09", note="day/month")
em("promise-to-pay", "pt", "Pagamos na quinta-feira da próxima semana.", sent="12-08 10:55", p="12-17", chk="nw:thu")
em("promise-to-pay", "pt", "Até ao fim do mês fica pago.", sent="12-09 15:30", p="12-31", chk="eom")
em("promise-to-pay", "pt", "Pago depois de receber do meu cliente, no dia 20.", sent="12-11 12:40", p="12-20",
   chk="d:20")
sms("promise-to-pay", "pt", "pago amanhã sem falta", sent="12-16 21:10", p="12-17", chk="+1")

# promises without a date
em("promise-to-pay", "en", "It's on my list, will pay.")
em("promise-to-pay", "en", "We'll get a check out to you.")
em("promise-to-pay", "en", "Yep, paying it shortly.")
sms("promise-to-pay", "en", "ok ill take care of it")
em("promise-to-pay", "en", "Will be paid once I'm back in the office.", note="no date")
em("promise-to-pay", "fr", "Je vais régler cela prochainement.")
em("promise-to-pay", "de", "Zahlung folgt in Kürze.")
em("promise-to-pay", "es", "Pronto le pagamos, disculpe.")
em("promise-to-pay", "nl", "Wordt binnenkort betaald.")
em("promise-to-pay", "pt", "Vamos regularizar em breve.")

# promise-to-pay mixed
em("promise-to-pay+question", "en", "Will pay Monday. Can you send the W-9 first?", sent="12-09 10:25", p="12-14",
   chk="wd:mon")
em("promise-to-pay+question", "es", "¿Me pasan los datos bancarios? Transfiero el viernes.", sent="12-08 11:35",
   p="12-11", chk="wd:fri")
sms("promise-to-pay+question", "en", "ill pay thurs. ok if i use a card?", sent="12-14 17:00", p="12-17", chk="wd:thu")

# =============================================================================== question
em("question", "en", "Please resend the invoice, I can't find it anywhere.", note="a request without a question mark")
em("question", "en", "We need a W-9 before we can cut a check")
em("question", "en", "Can I get a breakdown of labor vs materials")
em("question", "en", "which job is this for, the kitchen or the upstairs bath")
em("question", "en", """
What bank details should we use for a wire? We need the routing and account number on your letterhead.
""")
em("question", "en", "Our AP system requires a PO number. Who issued the PO on our side?")
em("question", "en", "Is {inv} the final invoice or will there be more?")
em("question", "en", "Please add our PO 55-2291 to the invoice and resend")
em("question", "en", "I need a copy of the signed contract for our files before we can process this.")
em("question", "en", "Does this amount include the deposit we already paid?", note="'already paid' is the deposit")
em("question", "en", "Who do I speak to about paying by wire?")
em("question", "en", "Please send a statement of account showing all open items.")
em("question", "en", "Is there a discount for paying by check instead of card?")
em("question", "en", "Can you reissue this to {company} LLC rather than to me personally? Our accountant needs it that way.")
em("question", "en", "whats your tax ID, our accountant is asking")
em("question", "en", "What's the remit-to address? The one on the invoice is a PO box in another state.")
em("question", "en", "hi, what is the invoice date on this one, the email only shows the due date")
em("question", "en", "I'll need a receipt for the deposit as well, for my taxes.", note="'I'll need' is no promise")
em("question", "en", "Please send me the certificate of insurance and a lien release so we can close this out.")
em("question", "en", "How much is left on this after the deposit")
em("question", "en", "Is the pay link legit? My bank flagged it as suspicious.")
em("question", "en", """
Hello Dana,

Quick one. Our auditors want every vendor invoice over $1,000 matched to a signed change order or contract. For {inv}, can you point me to which document covers it? If it's the September contract, which line item?

Thanks,
{first}
""")

sms("question", "en", "which invoice is this")
sms("question", "en", "send me the bill again pls")
sms("question", "en", "whats the total")
sms("question", "en", "Do you take Venmo")
sms("question", "en", "who is this for? we had 2 jobs done")

em("question", "fr", "Pourriez-vous nous envoyer le détail des heures facturées ?")
em("question", "fr", "Merci de m'envoyer vos coordonnées bancaires complètes (SWIFT et numéro de compte)",
   note="request, no question mark")
em("question", "fr", "Quel numéro de bon de commande faut-il indiquer sur la facture ?")
em("question", "de", "Bitte senden Sie uns die Rechnung mit unserer Bestellnummer erneut zu.")
em("question", "de", "Welche Bankverbindung sollen wir für die Auslandsüberweisung verwenden?")
em("question", "de", "Gehört diese Rechnung zum Projekt in der Hauptstraße oder zum Lager?")
em("question", "es", "Necesito una copia de la factura con el desglose de materiales y mano de obra",
   note="no question mark")
em("question", "es", "¿Cuál es el número de cuenta para hacer la transferencia?")
sms("question", "es", "de que es esta factura?")
em("question", "nl", "Kunt u de factuur opnieuw sturen met ons ordernummer erop?")
em("question", "nl", "Wat zijn jullie bankgegevens voor een internationale overboeking?")
em("question", "nl", "Graag een specificatie van de gewerkte uren", note="request, no question mark")
em("question", "pt", "Podem enviar a fatura discriminada?")
em("question", "pt", "Qual é o IBAN ou os dados bancários para a transferência?")
sms("question", "pt", "essa cobrança é de qual serviço?")

# =============================================================================== auto-reply
AP = ("Accounts Payable", "ap@{domain}")
em("auto-reply", "en", """
Thank you for your email. I am out of the office on annual leave until Wednesday 16 December. I will have no access to email during this time.
""", sent="12-07", ah=True, subj="Out of Office: {s}")
em("auto-reply", "en", """
Your invoice has been received by {company} Accounts Payable and is pending approval. Payment will be issued according to the terms on your purchase order.

Please do not reply to this email.
""", sent="12-03", ah=True, subj="Invoice received - {s}", frm=AP,
   note="says payment will be issued: not a promise")
em("auto-reply", "en", """
Hi there,

Thanks for getting in touch! I'm currently on a job site with limited signal. I'll get back to you this evening or tomorrow morning.

{first}
""", sent="12-08", ah=False, subj="Re: {s}", note="no headers, signed by a person")
em("auto-reply", "en", """
[Ticket #77310] has been opened for your message. A member of our billing team will respond within 3 business days.

Reference your ticket number in any further correspondence.
""", sent="12-10", ah=True, subj="[Ticket #77310] {s}", frm=("{company} Billing", "billing@{domain}"))
em("auto-reply", "en", "I'm out until Monday the 7th. Will reply then.", sent="12-03", ah=False,
   subj="Automatic reply: {s}", note="terse; a return date, not a promise")
em("auto-reply", "en", """
Thank you for your message. I am currently on bereavement leave and will return on December 14. For anything time-sensitive please contact our office manager at office@{domain}.
""", sent="12-04", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
This is an automated acknowledgement. Your email to {company} Accounts Payable has been received and assigned case number AP-558120. Do not send duplicate invoices.
""", sent="12-09", ah=False, subj="RE: {s}", frm=AP, note="no headers")
em("auto-reply", "en", """
Thank you for contacting us. Our office is closed from Thursday, December 24 through Friday, January 1. Payments and invoices received during this time will be processed when we return.
""", sent="12-17", ah=True, subj="Holiday closure: {s}", frm=("{company}", "office@{domain}"),
   note="mentions payments and dates")
em("auto-reply", "en", """
I'm away from my desk and will respond as soon as I can. If you are a vendor inquiring about payment status, please use the Supplier Portal.
""", sent="12-11", ah=False, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Please be advised that {first} is no longer with the company. This mailbox is not monitored. Please direct all inquiries to info@{domain}.
""", sent="12-15", ah=True, subj="Undeliverable mailbox notice: {s}")
em("auto-reply", "en", """
Thanks for your email! I'm on vacation until January 6th, soaking up some sun. I'll get back to you when I return.
""", sent="12-16", ah=False, subj="Re: {s}", note="no headers, Re: subject")
em("auto-reply", "en", """
We've received your email and will get back to you within one business day.

Our hours: Mon-Fri 8am-5pm CT
""", sent="12-02", ah=True, subj="Thanks for contacting {company}", frm=("{company}", "hello@{domain}"),
   note="subject does not echo ours")
em("auto-reply", "en", """
Automatic reply: I'm working reduced hours this month and check email on Tuesdays and Thursdays only.
""", sent="12-14", ah=False, subj="Re: {s}", note="no headers; says 'automatic reply' only in the words")

sms("auto-reply", "en", "Auto-reply: I'm not available right now. I'll get back to you as soon as I can.",
    sent="12-02", note="phone auto-text")
sms("auto-reply", "en", "This number does not accept text messages. Please call our office at (773) 555-0190.",
    sent="12-09", note="business auto-text")
sms("auto-reply", "en", "Sorry I missed you! I'm on a job right now and will text back later.", sent="12-14",
    note="phone auto-text, sounds personal")
sms("auto-reply", "en", "I have notifications silenced. If this is urgent, reply \"urgent\".", sent="12-07",
    note="focus-mode auto-text")

em("auto-reply", "fr", """
Bonjour, je suis en congés jusqu'au lundi 4 janvier inclus. Pour toute demande urgente concernant la comptabilité, merci d'écrire à compta@{domain}.
""", sent="12-18", ah=True, subj="Réponse automatique : {s}")
em("auto-reply", "fr", """
Nous accusons bonne réception de votre message. Il sera traité dans l'ordre d'arrivée. Ceci est un message automatique, merci de ne pas y répondre.
""", sent="12-07", ah=False, subj="RE : {s}", frm=("Service Comptabilité", "comptabilite@{domain}"),
   note="no headers")
em("auto-reply", "fr", """
Je suis actuellement en déplacement avec un accès restreint à ma messagerie. Je vous répondrai à mon retour le 9 décembre.
""", sent="12-03", ah=True, subj="Absent : {s}")
em("auto-reply", "fr", "Message automatique : je ne travaille pas le mercredi. Je vous répondrai demain.",
   sent="12-09", ah=False, subj="Re: {s}")
em("auto-reply", "de", """
Vielen Dank für Ihre E-Mail. Ich bin vom 14.12. bis 04.01. im Urlaub. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen erreichen Sie uns unter info@{domain}.
""", sent="12-14", ah=True, subj="Abwesenheitsnotiz: {s}")
em("auto-reply", "de", """
Ihre Rechnung ist bei uns eingegangen und wird im Rahmen des Freigabeprozesses geprüft. Dies ist eine automatisch generierte Nachricht.
""", sent="12-04", ah=False, subj="AW: {s}", frm=("Rechnungseingang", "rechnungseingang@{domain}"),
   note="no headers")
em("auto-reply", "de", "Ich bin ab dem 7.12. wieder erreichbar.", sent="12-02", ah=True,
   subj="Automatische Antwort: {s}", note="terse; a return date, not a promise")
em("auto-reply", "de", """
Guten Tag, vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Vorgangsnummer 2026-48812 erfasst und melden uns innerhalb von drei Werktagen.
""", sent="12-10", ah=True, subj="[Vorgang 2026-48812] {s}", frm=("{company} Kundenservice", "service@{domain}"))
em("auto-reply", "es", """
Gracias por su correo. Me encuentro de baja médica hasta nuevo aviso. Para cualquier asunto, escriba a administracion@{domain}.
""", sent="12-04", ah=True, subj="Respuesta automática: {s}", note="'baja' is not an opt-out")
em("auto-reply", "es", """
Hemos recibido su factura. El departamento de cuentas por pagar la procesará según los plazos acordados. Este es un mensaje automático.
""", sent="12-08", ah=False, subj="RE: {s}", frm=("Cuentas por pagar", "cxp@{domain}"), note="no headers")
em("auto-reply", "es", "Estoy de viaje hasta el 15 de diciembre y tendré acceso limitado al correo.",
   sent="12-09", ah=True, subj="Fuera de la oficina: {s}")
sms("auto-reply", "es", "Gracias por su mensaje. En este momento no puedo contestar, le escribo más tarde.",
    sent="12-11", note="phone auto-text")
em("auto-reply", "nl", """
Bedankt voor uw e-mail. Ik ben op vrijdag niet aanwezig en beantwoord uw bericht op maandag.
""", sent="12-11", ah=True, subj="Automatisch antwoord: {s}")
em("auto-reply", "nl", """
Uw factuur is ontvangen door de crediteurenadministratie en wordt ter goedkeuring voorgelegd. Dit bericht is automatisch verzonden.
""", sent="12-03", ah=False, subj="Re: {s}", frm=("Crediteurenadministratie", "facturen@{domain}"),
   note="no headers")
em("auto-reply", "nl", "Ik ben met verlof tot en met 8 januari. Uw bericht wordt niet doorgestuurd.",
   sent="12-16", ah=True, subj="Afwezig: {s}")
em("auto-reply", "nl", """
Hallo, ik ben deze week op cursus en lees mijn mail beperkt. Ik reageer zo snel mogelijk.
""", sent="12-08", ah=False, subj="Automatisch antwoord: {s}")
em("auto-reply", "pt", """
Obrigado pelo seu e-mail. Estarei ausente do escritório entre 21 de dezembro e 4 de janeiro. Para assuntos urgentes, contacte geral@{domain}.
""", sent="12-18", ah=True, subj="Resposta automática: {s}")
em("auto-reply", "pt", """
Recebemos a sua fatura. O departamento financeiro irá analisá-la e proceder ao pagamento nos prazos acordados. Mensagem automática, por favor não responda.
""", sent="12-10", ah=False, subj="RE: {s}", frm=("Departamento Financeiro", "financeiro@{domain}"),
   note="no headers; mentions payment")
em("auto-reply", "pt", "Estou de licença até 11 de janeiro, sem acesso ao e-mail.", sent="12-14", ah=True,
   subj="Ausente: {s}")
sms("auto-reply", "pt", "Mensagem automática: estou a conduzir, respondo assim que puder.", sent="12-03",
    note="phone auto-text")

# =============================================================================== other
em("other", "en", "Thanks, I'll make sure our AP team sees this.")
em("other", "en", "Adding Rosa from accounting - she handles vendor payments.")
em("other", "en", "You want Paul, not me. He handles all the vendor stuff. I've passed this on.",
   note="wrong person, not denying the debt")
em("other", "en", "Happy New Year in advance! Talk in January.")
em("other", "en", "I'll talk to my wife tonight about it.", note="no promise")
em("other", "en", "We close our books on the 31st. I'll see where things stand then.",
   note="a date, but no promise")
em("other", "en", "Noted, {amt}.", note="repeats the amount")
em("other", "en", "Just saw this. I'm in meetings until Friday.", note="a weekday, no promise")
em("other", "en", """
Hi Dana, we moved! Our new mailing address is 55 W Lake St, Suite 300, Chicago IL 60601. Please update your records.
""")
em("other", "en", "This went to my spam folder, glad I caught it.")
em("other", "en", "I'll review it on Monday.", note="reviewing is no promise to pay")
em("other", "en", "Thanks for your patience. Let me check with the office.")
em("other", "en", "ok, got it. I'll have our bookkeeper look at it when she's in on Thursday.",
   note="a weekday, no promise")
em("other", "en", "Please note our new AP contact is Jen Morales, jmorales@{domain}.")
em("other", "en", "Tell Mike thanks for fixing the gate so fast last week!")
em("other", "en", "Heads up, our office is closed Dec 24 - Jan 1.", note="a person's note with dates, not an auto-reply")
em("other", "en", """
Thank you Dana. We spent about $14,000 with you this year and we've been very happy with the work. Have a great holiday.
""", note="mentions money")
em("other", "en", "I'm not the one who handles billing anymore. Cc'ing my replacement.")
em("other", "en", "Thanks - my assistant will be in touch.")
em("other", "en", "sorry, just seeing this now. crazy week")

sms("other", "en", "Got it thx")
sms("other", "en", "\U0001F44D\U0001F3FB")
sms("other", "en", "ty")
sms("other", "en", "Will let my husband know")
sms("other", "en", "This isn't Greg anymore, new number", note="wrong person, no opt-out")
sms("other", "en", "ok ill look at it tonight", note="looking is no promise")

em("other", "fr", "Bien noté, je transmets au service comptable.")
em("other", "fr", "Je ne suis pas la bonne personne, je fais suivre à Mme Roux.")
em("other", "de", "Danke für die Info, ich kläre das intern.")
em("other", "de", "Ich bin nicht zuständig, habe es aber an Herrn Weber weitergegeben.")
em("other", "es", "Gracias, lo reviso con mi socio y le aviso.")
em("other", "es", "Felices fiestas a todo el equipo.")
em("other", "nl", "Bedankt voor de herinnering, ik kijk ernaar.")
em("other", "nl", "Fijne feestdagen!")
em("other", "pt", "Obrigado, vou verificar com o meu sócio.")
em("other", "pt", "Boas festas para toda a equipa!")

# a few more mixed
em("dispute+already-paid", "de", """
Die Anfahrt haben wir bereits mit der ersten Rechnung am 20.11. bezahlt. Sie ist hier erneut berechnet.
""")
em("already-paid+hardship", "en", """
We sent $250 on 12/1, it's all we could manage. Work has dried up since the plant closed and I don't know when I can do the rest.
""", sent="12-04", note="part paid; the rest is hardship")
sms("hardship+question", "es", "estoy sin trabajo desde octubre. cuanto seria lo minimo que puedo pagar?")
em("question", "nl", "Kunnen jullie de factuur op naam van de B.V. zetten in plaats van op mijn naam?")
em("opt-out+question", "pt", "Por favor não me enviem mais SMS nem e-mails. A fatura pode ser enviada ao contabilista?")
em("hardship+promise-to-pay", "fr", """
La saison est très calme et la trésorerie est à sec, mais je peux vous verser 300 $ le 15/12 et le reste en janvier.
""", sent="12-05 10:15", p="12-15", note="day/month, partial payment")
