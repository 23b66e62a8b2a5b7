"""Fourth fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first three probe sets). It spreads over all kinds, with about 35 mixed
replies (two kinds each: the record checks allow no more), and leans on styles the earlier sets
had little of: one-word and all-caps texts, spelled-out or foreign SMS keywords, negations ("not
disputing, just ..."), "??" that is no question, self-aware or sarcastic promises, forwarded
bill-pay notices (one of them a *scheduled* payment), long formal accounts-payable letters and
replies forced under Outlook, Apple and localized Outlook attributions.

em(...) and sms(...) take the arguments probe3_bodies.py's docstring explains (the chk rules
are checked by make_probe4.py).

Labelling follows the corpus conventions (see the docstrings of ../bodies_extra_en.py and
../bodies_extra_3.py): "next week" is its Friday; "the first week of January" is Jan 4-8, taken
at its end (Jan 8); "in two weeks" is 14 days after the reply; "soon", "shortly", "these days"
are promises with no date; paid + "did it arrive?" is already-paid alone; asking for a payment
plan is hardship; a complaint phrased as a question is dispute alone; a wrong number or wrong
person that denies nothing is other, "never hired you" is dispute; auto-texts and automatic
replies stay auto-reply whatever they mention (a return day, terms, "Reply STOP").
Forwarded bank notices are part of the reply: a bill-pay notice that *schedules* a payment for a
later day is a dated promise.

December 2026: Tue 1, Fri 4, Mon 7, Fri 11, Sun 13, Mon 14, Wed 16, Fri 18, Mon 21, Wed 23, Thu 24,
Fri 25, Sat 26, Mon 28, Thu 31. November 2026: Tue 24, Thu 26 (Thanksgiving), Mon 30.
January 2027: Fri 1, Mon 4, Tue 5, Thu 7, Fri 8, Mon 11.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")

# ============================================================ opt-out (20)
sms("opt-out", "en", "U N S U B S C R I B E", sent="12-08 19:40", b="optout", note="keyword spelled out with spaces")
sms("opt-out", "en", "i dont do business by text. remove this number from whatever system sends these", sent="12-10 12:15",
    b="optout")
sms("opt-out", "en", "i swear if i get one more of these at 7am im blocking u. take me off", sent="12-09 07:22",
    b="optout", note="threat; no keyword")
sms("opt-out", "en", "this is a work phone, we dont do billing over text. pls remove it thx", sent="12-14 10:05",
    b="optout")
sms("opt-out", "en", "Not my account anymore, my ex got the house and the contractor bills in the divorce. Stop texting me.",
    sent="12-07 18:50", b="optout",
    note="says the account is someone else's but denies no work and asks to stop: opt-out, not other or dispute")
sms("opt-out", "en", "I replied STOP on monday. STOP MEANS STOP", sent="12-10 17:03", b="optout",
    note="second request; 'monday' is past")
em("opt-out", "en", """
Please treat this e-mail as notice that I no longer wish to be contacted at this address about anything. My office manager, whose details you already have, remains your contact for {company}.
""", sent="12-08 11:20", b="optout", note="opts out; points to a contact already on file (no new contact given)")
em("opt-out", "en", """
Congratulations, your reminder robot has achieved perfect attendance this month. Please give it the rest of the year off - permanently, as far as this inbox is concerned.
""", sent="12-11 16:40", b="optout", note="sarcasm; no keyword")
em("opt-out", "en", """
PLEASE REMOVE THIS ADDRESS FROM YOUR REMINDERS. THIS IS OUR FRONT DESK INBOX AND PATIENT INFORMATION COMES THROUGH HERE. WE DO NOT WANT VENDOR BILLING MIXED IN WITH IT.
""", sent="12-09 09:14", b="optout", who="Ayesha Qureshi", note="all caps")
em("opt-out", "en", """
Going forward, anything about this account should come by post. I'm retiring this e-mail address at the end of the year and I'd rather nothing else landed in it.
""", sent="12-15 19:05", b="optout", note="indirect; 'end of the year' dates the address, not a payment")
em("opt-out", "en", """
To be clear, I'm not disputing anything and I'm not refusing to pay. I just don't want the automated e-mails. Please turn them off for me.
""", sent="12-04 13:30", b="optout", note="negates a dispute and a refusal; opt-out alone")
sms("opt-out", "fr", "arrêtez les textos svp c'est mon portable perso", sent="12-09 19:10", b="optout")
em("opt-out", "fr", """
Madame,

Je vous saurais gré de cesser tout envoi de relances automatiques à cette adresse. Un courrier papier me convient parfaitement, et mon numéro de téléphone figure sur votre devis.

{first}
""", sent="12-08 10:40", b="optout", note="formal; paper and phone still allowed")
sms("opt-out", "de", "ABBESTELLEN", sent="12-11 08:30", b="optout", note="German keyword in caps")
em("opt-out", "de", """
Guten Tag,

diese Adresse ist ein Sammelpostfach unseres Vereins, das mehrere Vorstandsmitglieder lesen. Bitte schicken Sie Ihre Erinnerungen nicht mehr hierher.

Danke
""", sent="12-07 17:25", b="optout", note="indirect: a shared club mailbox")
sms("opt-out", "es", "SALIR", sent="12-10 13:33", b="optout", note="Spanish SMS keyword")
em("opt-out", "es", """
Ya les pedí por teléfono que no me mandaran correos automáticos. No me hagan repetirlo una tercera vez.
""", sent="12-14 12:10", b="optout", note="second request; no keyword")
sms("opt-out", "nl", "afmelden aub, ik wil deze sms'jes niet meer", sent="12-08 20:02", b="optout")
sms("opt-out", "pt", "PAREM DE ME MANDAR MENSAGEM", sent="12-09 15:47", b="optout", note="caps, Brazilian")
em("opt-out", "pt", """
Bom dia,

Este endereço de e-mail é partilhado com a minha contabilista. Agradeço que deixem de enviar lembretes automáticos para aqui; se precisarem de mim, liguem.

Obrigado
""", sent="12-10 11:30", b="optout", note="a shared address; phone still allowed")

# ============================================================ auto-replies (25)
em("auto-reply", "en", """
Thank you for your message. Our office is relocating this week and e-mail will be intermittent until Monday, December 14. We will respond to all messages in the order received once we are settled.
""", sent="12-09 07:45", b="auto", ah=True, subj="Out of Office: {s}", note="return day is no promise")
em("auto-reply", "en", """
I'm out of the office until Monday, January 11 and won't be checking e-mail. Invoices and statements can go to ap@{domain}; anything else will be answered when I'm back.
""", sent="12-18 08:05", b="auto", ah=False, subj="Automatic reply: {s}", note="no headers; return day is no promise")
em("auto-reply", "en", """
Hello,

Your request (#48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This is an automated notification from the {company} Help Center.
""", sent="12-08 09:32", b="auto", ah=True, subj="[Request received] {s}",
   frm=("{company} Help Center", "help@{domain}"), note="helpdesk ticket acknowledgement")
em("auto-reply", "en", """
This mailbox is monitored by the {company} Accounts Payable team.

Please note that invoices must be submitted through our supplier portal; invoices e-mailed to this address are not processed. For payment status, allow ten business days from invoice approval before following up.

This is an automated response.
""", sent="12-10 08:15", b="auto", ah=True, frm=AP, subj="Automatic reply: {s}",
   note="AP mailbox acknowledgement; 'ten business days' is no promise")
em("auto-reply", "en", """
Your e-mail has been received by Accounts Payable. Our standard terms are net 60 from receipt of a valid invoice. Payment status requests sent within that period will not receive an individual response.
""", sent="12-03 09:50", b="auto", ah=False, frm=AP, subj="Received: {s}",
   note="no headers; AP mailbox; payment terms are no promise")
em("auto-reply", "en", """
I'm out sick today and not checking messages. I expect to be back tomorrow and will reply then. For anything urgent please call the main office.
""", sent="12-15 07:30", b="auto", ah=True, subj="Auto-Reply: {s}",
   note="a sick day is no hardship; 'back tomorrow' is no promise")
em("auto-reply", "en", """
Our offices are closed from December 24 through January 1 for the holidays. Payments and correspondence received during the closure will be processed beginning Monday, January 4.

Happy holidays from all of us at {company}!
""", sent="12-24 08:10", b="auto", ah=True, subj="Holiday closure: {s}",
   note="'processed beginning January 4' is no promise")
em("auto-reply", "en", """
Hi there,

Thanks for reaching out! This is an automated message to let you know we've received your email and created ticket #772014. One of our agents will get back to you shortly.

Cheers,
The {company} team
""", sent="12-07 10:02", b="auto", ah=False, frm=("{company} Support", "support@{domain}"),
   subj="Ticket Received - {s}", note="no headers; 'shortly' in an automatic reply is no promise")
em("auto-reply", "en", """
This e-mail address is no longer in use as of December 1, 2026. Please update your records and use billing@{domain} going forward. This message will not be forwarded.
""", sent="12-14 08:40", b="auto", ah=True, subj="Address no longer in use: {s}", note="retired address, new address given")
sms("auto-reply", "en", "Auto-Reply: On a site visit with no service until this evening. Text back later or call the office.",
    sent="12-10 10:12", b="auto", note="phone auto-text")
sms("auto-reply", "en", "Thanks for texting Bright Smile Family Dental! Our team replies during business hours, Mon-Fri 8-5. Reply STOP to unsubscribe.",
    sent="12-12 14:20", b="auto", note="business auto-text that mentions STOP: auto-reply, not an opt-out")
em("auto-reply", "en", """
I am out of the office from Wednesday, December 16 through Monday, December 28, with no access to e-mail. Your message will not be forwarded.

If your message concerns payment of an invoice, please contact Rita Okonjo at rokonjo@{domain} or (312) 555-0177. For all other matters I will respond after my return.
""", sent="12-16 07:55", b="auto", ah=False, subj="Re: {s}",
   note="no headers, Re: subject; mentions payment of an invoice but promises nothing")
em("auto-reply", "en", """
I'm at our year-end inventory count through Friday and answering only urgent messages. Thank you for your patience.
""", sent="12-15 08:25", b="auto", ah=True, subj="AutoReply: {s}", note="'through Friday' is no promise")
em("auto-reply", "fr", """
Bonjour,

Je suis absente du bureau jusqu'au mardi 5 janvier inclus. Pour toute question relative à la facturation, merci d'écrire à compta@{domain}.

Bonnes fêtes !
""", sent="12-21 08:50", b="auto", ah=True, subj="Réponse automatique : {s}", note="return day is no promise")
em("auto-reply", "fr", """
Ceci est un message automatique. Votre courriel a bien été transmis au service Fournisseurs. Nos factures sont réglées à 45 jours fin de mois ; les relances adressées à cette boîte ne font pas l'objet d'une réponse individuelle.
""", sent="12-09 09:20", b="auto", ah=False, frm=("Service Fournisseurs", "fournisseurs@{domain}"),
   subj="Message automatique - {s}", note="no headers; AP mailbox; payment terms are no promise")
em("auto-reply", "fr", """
Votre demande a été enregistrée sous le numéro INC0045812. Un conseiller vous répondra dans les meilleurs délais. Merci de ne pas répondre à ce message.
""", sent="12-10 10:05", b="auto", ah=True, subj="[INC0045812] {s}", note="helpdesk ticket")
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Januar nicht im Büro, Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@{domain}.
""", sent="12-22 08:15", b="auto", ah=True, subj="Abwesend: {s}", note="return date is no promise")
em("auto-reply", "de", """
Dies ist eine automatisch erzeugte Eingangsbestätigung der Kreditorenbuchhaltung.

Bitte senden Sie Rechnungen ausschließlich im PDF-Format an rechnungseingang@{domain}. Zahlungserinnerungen werden in der Reihenfolge ihres Eingangs bearbeitet.
""", sent="12-08 09:40", b="auto", ah=False, who="Kreditorenbuchhaltung", subj="Eingang: {s}",
   note="no headers; AP mailbox acknowledgement")
em("auto-reply", "de", """
Unser Büro bleibt vom 23.12. bis 06.01. geschlossen. Ab dem 7. Januar sind wir wieder für Sie da.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!
""", sent="12-23 08:30", b="auto", ah=True, subj="Betriebsferien: {s}", note="closure dates are no promise")
em("auto-reply", "es", """
Gracias por su correo. Me encuentro de baja médica hasta el 15 de enero y no reviso el correo. Para temas de facturación, escriba a administracion@{domain}.
""", sent="12-11 09:00", b="auto", ah=False, subj="Respuesta automática: {s}",
   note="no headers; sick leave in an automatic reply is no hardship")
sms("auto-reply", "es", "Mensaje automático: gracias por comunicarse. En este momento no podemos contestar; le responderemos el próximo día hábil.",
    sent="12-12 16:40", b="auto", note="business auto-text")
em("auto-reply", "nl", """
Dank voor je bericht. Ik werk tijdelijk alleen op woensdag en lees dan mijn mail. Voor facturen kun je terecht bij crediteuren@{domain}.
""", sent="12-14 08:20", b="auto", ah=True, subj="Beperkt bereikbaar: {s}", note="a weekday, no promise")
em("auto-reply", "nl", """
Uw e-mail is ontvangen door de crediteurenadministratie van {company}. Betalingen vinden plaats volgens een betaaltermijn van 30 dagen. Dit is een automatisch gegenereerd bericht; u kunt hier niet op reageren.
""", sent="12-09 08:55", b="auto", ah=False, who="Team Crediteuren", subj="Ontvangstbevestiging: {s}",
   note="no headers; AP mailbox; payment terms are no promise")
em("auto-reply", "pt", """
Olá! Estou de férias até dia 4 de janeiro, sem acesso ao e-mail. Assuntos de pagamentos: financeiro@{domain}. Boas festas!
""", sent="12-18 09:15", b="auto", ah=True, subj="Fora do escritório: {s}", note="return date is no promise")
em("auto-reply", "pt", """
Recebemos a sua mensagem e foi aberto o pedido n.º 2026-118734. O prazo médio de resposta é de cinco dias úteis. Por favor, não responda a este e-mail.
""", sent="12-10 09:45", b="auto", ah=False, subj="Pedido n.º 2026-118734 - {s}", note="no headers; ticket")

# ============================================================ already paid (30)
sms("already-paid", "en", "PAID 12/2. CHECK #4410.", sent="12-07 09:12", b="paid", note="all caps, terse")
sms("already-paid", "en", "we paid that like 2 wks ago?? look again", sent="12-09 14:40", b="paid",
    note="'??' is no question")
sms("already-paid", "en", "gave mike cash saturday when he dropped off the trim, he counted it right in front of me",
    sent="12-07 19:25", b="paid", note="cash to the crew lead; 'saturday' is past (sent Monday)")
sms("already-paid", "en", "my wife paid it online last nite w her card, should b on ur end by now", sent="12-10 08:03",
    b="paid", note="paid by a spouse")
sms("already-paid", "en", "didnt u get the cashiers check? i mailed it the 23rd", sent="12-04 17:50", b="paid",
    note="asks whether it arrived: already-paid alone; the 23rd is past")
sms("already-paid", "en", "its been paid. ask ur office, they took it over the phone tues", sent="12-03 12:26", b="paid")
em("already-paid", "en", """
Dear Ms. Whitfield,

We have researched the item referenced in your reminder. Our records show that invoice {inv} was paid in full on December 3, 2026 by ACH (trace number 071000013456789) as part of remittance 0045521. The remittance advice was sent to the address on your vendor profile at that time.

Please apply the payment and update your records accordingly. Should you be unable to locate the funds within five business days, kindly provide a statement of account and we will investigate further.

Regards,
Accounts Payable
{company}
""", sent="12-08 10:45", b="paid", who="Accounts Payable", st="outlook-quote",
   note="long formal AP letter; 'within five business days' is no promise, the statement request is conditional")
em("already-paid", "en", """
We haven't paid the late fee, but we did pay the invoice itself - on November 20, the day it arrived. Maybe that's what's confusing your system.
""", sent="12-02 15:10", b="paid", note="negation about the fee only; no refusal, no question")
em("already-paid", "en", """
Oh good, another reminder for an invoice my bank says you cashed on the 30th. Maybe check who deposited it before the next one goes out? Just a thought.
""", sent="12-07 20:15", b="paid", note="sarcasm; the question is rhetorical")
em("already-paid", "en", "Remittance below - please apply to {inv}.", sent="12-08 11:25", b="paid", fwd="remit_p4",
   pd="12-04", note="forwarded remittance advice")
em("already-paid", "en", """
FYI, this went out last week. Not sure why it's still showing open on your end.
""", sent="12-09 13:40", b="paid", fwd="billpay_p4", pd="12-02", note="forwarded bill-pay confirmation")
em("already-paid", "en", """
Paid it by phone with your office on the 2nd - the woman I spoke to read me back a confirmation number ending in 7781.
""", sent="12-07 12:05", b="paid")
em("already-paid", "en", """
Our homeowner's insurance issued payment to you directly for the water damage repairs - check 5530912, mailed November 25 per the adjuster. That covers this invoice in full.
""", sent="12-03 14:30", b="paid", note="paid by a third party (the insurer)")
em("already-paid", "en", "I think you'll find your bank balance is {amt} healthier than it was on Monday.", sent="12-10 18:20",
   b="paid", note="indirect: no payment word")
em("already-paid", "en", """
Cleared my account on the 4th. Happy to send a screenshot if your bookkeeper needs one.
""", sent="12-09 10:35", b="paid", note="'cleared my account' = the check was cashed; the offer is no question")
em("already-paid", "en", """
Paid this from my phone at the kids' hockey game Saturday, Zelle to billing@harborpine.example. Pretty sure it went through.
""", sent="12-14 08:10", b="paid", st="apple-quote", note="'pretty sure' hedge; Saturday is past")
sms("already-paid", "fr", "deja regle par cheque le 27 nov, il a ete encaisse", sent="12-08 18:30", b="paid",
    note="no accents")
em("already-paid", "fr", """
Bonjour, ci-dessous l'avis d'exécution de notre banque. Bonne journée.
""", sent="12-07 10:15", b="paid", fwd="virement_p4", pd="12-04", note="forwarded transfer notice")
em("already-paid", "fr", """
Madame,

Je m'étonne de recevoir une relance : cette facture a été payée par carte bancaire sur votre site le lundi 30 novembre. Je tiens le justificatif à votre disposition.

Cordialement
{first}
""", sent="12-03 11:45", b="paid", st="outlook-de-quote", note="quoted under a localized Outlook header")
sms("already-paid", "de", "Längst bezahlt. Bar an Ihren Monteur, Freitag.", sent="12-07 13:20", b="paid",
    note="'Freitag' is past (sent Monday)")
em("already-paid", "de", """
Guten Tag,

der Betrag wurde von unserer Muttergesellschaft überwiesen, daher erscheint auf Ihrem Kontoauszug nicht unser Name, sondern „Rheintal Holding AG“. Bitte prüfen Sie Ihre Zahlungseingänge vom 2. Dezember.

Mit freundlichen Grüßen
""", sent="12-08 09:50", b="paid", note="paid under the parent company's name; 'bitte prüfen' is no question")
em("already-paid", "de", "Überweisung ist am Montag raus, Valuta 01.12. Beleg hängt an.", sent="12-03 16:05", b="paid",
   st="outlook-de-quote", note="'am Montag' is past (sent Thursday); value date day-first")
sms("already-paid", "es", "ya quedo pagado desde el martes por transferencia, cheque su cuenta", sent="12-10 19:15",
    b="paid", note="'cheque' = 'chequee'; 'el martes' is past")
em("already-paid", "es", """
Buen día. Su técnico se llevó el cheque cuando vino a revisar el calentador el 20 de noviembre, número 1187. Por favor verifiquen con él.
""", sent="12-04 10:30", b="paid", note="check handed to the technician")
em("already-paid", "es", "Le reenvío el comprobante de la transferencia que hicimos ayer.", sent="12-10 12:20", b="paid",
   fwd="spei_p4", pd="12-09", note="forwarded transfer receipt")
sms("already-paid", "nl", "is allang betaald hoor, via de betaallink. kijk maar na", sent="12-09 21:05", b="paid")
em("already-paid", "nl", """
Beste Dana,

Het bedrag is op 2 december overgemaakt, maar per ongeluk met het verkeerde factuurnummer ({inv2}) in de omschrijving. Het gaat om deze factuur.

Groet,
{first}
""", sent="12-08 14:25", b="paid", note="paid with another invoice's number as reference")
em("already-paid", "nl", "Deze factuur is reeds voldaan op 27-11-2026. Graag uw administratie bijwerken.", sent="12-02 10:50",
   b="paid", note="dd-mm-yyyy; imperative")
sms("already-paid", "pt", "ja paguei ontem a noite pela app do banco", sent="12-11 09:40", b="paid", note="no accents")
em("already-paid", "pt", """
Olá Dana, fizemos o pagamento por transferência internacional na sexta-feira passada. O comprovativo segue em anexo; pode demorar uns dias a aparecer.
""", sent="12-09 16:20", b="paid", note="'sexta-feira passada' is past")

# ============================================================ promises (33: 27 dated, 6 with no day)
sms("promise-to-pay", "en", "payin it fri when my check comes thru", sent="12-08 16:22", p="12-11", chk="wd:fri", b="promise")
sms("promise-to-pay", "en", "tmrw", sent="12-09 18:05", p="12-10", chk="+1", b="promise", note="one word")
sms("promise-to-pay", "en", "WILL PAY ON THE 15TH", sent="12-10 11:47", p="12-15", chk="d:15", b="promise", note="all caps")
sms("promise-to-pay", "en", "gonna be the end of the month b4 i can do it sorry", sent="12-09 20:31", p="12-31", chk="eom",
    b="promise", note="a date with an apology: a promise, not hardship")
sms("promise-to-pay", "en", "ill drop a check in the mail first thing monday", sent="12-10 19:02", p="12-14", chk="wd:mon",
    b="promise")
sms("promise-to-pay", "en", "soon. very soon. like really soon, promise", sent="12-11 22:10", b="promise",
    note="vague time: undated promise")
sms("promise-to-pay", "en", "ill mail it the monday after thanksgiving, swear", sent="11-24 19:40", p="11-30", chk="wd:mon",
    b="promise", note="a November reply")
em("promise-to-pay", "en", """
We haven't paid yet - it's sitting in the approval queue - but it's on the list for our December 18 check run.
""", sent="12-09 14:10", p="12-18", chk="at:12-18", b="promise", note="'haven't paid yet' negates already-paid")
em("promise-to-pay", "en", """
Year-end close has our payables frozen until after the holidays. You'll be paid in the first week of January, you have my word.
""", sent="12-15 10:30", p="01-08", chk="at:2027-01-08:fri", b="promise",
   note="'first week of January' taken as Jan 4-8, end of range (corpus convention)")
em("promise-to-pay", "en", "My bonus hits in two weeks and this is the first thing it's going to.", sent="12-04 17:45",
   p="12-18", chk="+14", b="promise", note="no payment word")
em("promise-to-pay", "en", """
Dear Dana,

Thank you for your reminder regarding invoice {inv}. The invoice has been received, matched to purchase order PO-4418 and approved for payment.

It is scheduled in our payment run of Wednesday, December 23, 2026, and will be remitted by ACH to the account on file. Please note that our offices are closed from December 24 through January 3; remittance questions received during that period will be answered on our return.

Kind regards,
Accounts Payable
{company}
""", sent="12-14 15:20", p="12-23", chk="at:12-23:wed", b="promise", who="Accounts Payable", st="outlook-quote",
   note="formal AP letter; the closure dates are no promise")
em("promise-to-pay", "en", """
Should be able to clear it next week. Things are a bit upside down here with the holidays.
""", sent="12-09 11:10", p="12-18", chk="nw:fri", b="promise",
   note="hedged; 'next week' taken as its Friday (corpus convention)")
em("promise-to-pay", "en", """
I'll pay the balance on the twenty-second, after my pension deposit comes in.
""", sent="12-11 13:05", p="12-22", chk="d:22", b="promise", note="ordinal written out")
em("promise-to-pay", "en", "Payment will be mailed 12/21.", sent="12-14 16:40", p="12-21", chk="at:12-21", b="promise",
   note="numeric US date")
em("promise-to-pay", "en", """
I'll send it the day after Christmas, once the family's gone home and I can sit down with the checkbook.
""", sent="12-16 20:15", p="12-26", chk="at:12-26", b="promise", note="'the day after Christmas' = Dec 26 (a Saturday)")
em("promise-to-pay", "en", """
It's on my list. I realize that's what I said last time, but this time I mean it.
""", sent="12-08 21:30", b="promise", note="self-aware; undated promise")
em("promise-to-pay", "en", """
We'll pay on the seventeenth of December, when our line of credit renews.
""", sent="12-08 09:25", p="12-17", chk="at:12-17", b="promise", note="ordinal and month written out")
em("promise-to-pay", "en", """
Thank you for the reminder. The invoice has been approved and will be paid shortly.
""", sent="12-10 10:20", b="promise", note="'shortly' = undated promise")
sms("promise-to-pay", "fr", "je vous fais le virement demain sans faute", sent="12-10 21:15", p="12-11", chk="+1",
    b="promise")
em("promise-to-pay", "fr", """
Bonjour,

Le règlement partira le 4 janvier, à la réouverture de notre service comptable.

Cordialement
""", sent="12-17 11:40", p="01-04", chk="at:2027-01-04", b="promise", note="a January date")
em("promise-to-pay", "fr", "Toutes mes excuses pour ce retard, je m'en occupe très rapidement.", sent="12-09 18:20",
   b="promise", note="'très rapidement' = undated promise")
sms("promise-to-pay", "de", "Überweisung geht am 22.12. raus, versprochen", sent="12-16 12:30", p="12-22", chk="at:12-22",
    b="promise", note="day-first date")
em("promise-to-pay", "de", """
Guten Tag,

wir zahlen am Montag nach dem dritten Advent, dann ist unser Geschäftsführer zurück und zeichnet die Zahlungen frei.

Mit freundlichen Grüßen
{first}
""", sent="12-09 10:50", p="12-14", chk="wd:mon", b="promise",
   note="'Montag nach dem dritten Advent' = Dec 14 (the third Advent Sunday is Dec 13)")
em("promise-to-pay", "de", """
Wir überweisen in zwei Wochen, sobald die Zahlung unseres Auftraggebers eingegangen ist.
""", sent="12-03 14:35", p="12-17", chk="+14", b="promise", note="'in zwei Wochen' = +14; the condition does not move it")
sms("promise-to-pay", "es", "el viernes 18 le pago sin falta", sent="12-14 13:10", p="12-18", chk="at:12-18:fri",
    b="promise", note="weekday with day number")
em("promise-to-pay", "es", """
Le comento que el pago sale a fin de mes, como con todos nuestros proveedores.
""", sent="12-10 12:50", p="12-31", chk="eom", b="promise")
em("promise-to-pay", "es", """
Buenas tardes. Estamos cerrando el ejercicio fiscal; el pago se le hará la primera semana de enero. Gracias por la paciencia.
""", sent="12-11 16:15", p="01-08", chk="at:2027-01-08:fri", b="promise",
   note="'la primera semana de enero' taken as Jan 4-8, end of range")
sms("promise-to-pay", "es", "prontito le deposito, no se apure", sent="12-15 20:40", b="promise",
    note="'prontito' = soon: undated promise")
sms("promise-to-pay", "nl", "morgen betaald, beloofd", sent="12-15 21:20", p="12-16", chk="+1", b="promise")
em("promise-to-pay", "nl", """
Ik maak het over op de 28e, dan komt de eindejaarsuitkering binnen.
""", sent="12-11 19:45", p="12-28", chk="d:28", b="promise", note="Dutch ordinal")
em("promise-to-pay", "nl", "Komt goed hoor, ik regel het deze dagen.", sent="12-08 17:35", b="promise",
   note="'deze dagen' = in the coming days: undated promise")
sms("promise-to-pay", "pt", "pago dia 20 sem falta", sent="12-12 11:05", p="12-20", chk="d:20", b="promise",
    note="the 20th is a Sunday")
em("promise-to-pay", "pt", """
Bom dia, o pagamento será efetuado na próxima segunda-feira. Peço desculpa pela demora.
""", sent="12-16 10:25", p="12-21", chk="wd:mon", b="promise", note="'próxima segunda-feira' sent on a Wednesday")
em("promise-to-pay", "en", """
Done - it's scheduled through my bank, see below.
""", sent="12-14 09:05", p="12-18", chk="at:12-18", b="promise", fwd="billpay_sched_p4", pd="12-14",
   note="forwarded bill-pay notice of a SCHEDULED payment: the deliver-by date is the promise")

# ============================================================ hardship (25)
sms("hardship", "en", "lost my job at the warehouse tuesday. i cant pay this right now, im sorry", sent="12-10 20:45",
    b="hardship")
sms("hardship", "en", "WE ARE BARELY KEEPING THE LIGHTS ON. GIVE ME TIME", sent="12-08 16:10", b="hardship",
    note="all caps")
sms("hardship", "en", "any chance of doing like 50 a month", sent="12-11 13:55", b="hardship",
    note="asks for a plan, no question mark")
sms("hardship", "en", "wifes in the hospital w our preemie. money is the last thing on my mind rn", sent="12-09 23:05",
    b="hardship")
sms("hardship", "en", "truck got repossessed last week, everything is a mess. not ignoring u just broke", sent="12-14 18:35",
    b="hardship", note="negation: 'not ignoring u'")
em("hardship", "en", """
I haven't paid because I can't, not because I don't want to. My hours at the hospital were cut to part-time in November.
""", sent="12-08 19:20", b="hardship", note="negation; no promise")
em("hardship", "en", """
Dear Dana,

I am writing on behalf of {company} regarding our outstanding balance with Harbor & Pine.

As you may be aware, our largest customer went into receivership in October, leaving a significant amount of our receivables frozen. We have made cost reductions across the business and are currently prioritizing payroll and critical suppliers.

We would like to propose a structured repayment of the balance over four months, beginning in January. We value the relationship and want to resolve this properly.

Sincerely,
{first}
""", sent="12-09 11:15", b="hardship", note="long formal letter; a plan from January, no day")
em("hardship", "en", """
Things have been rough since the divorce. I'm rebuilding from zero and I'd be grateful for a few more weeks.
""", sent="12-07 21:10", b="hardship")
em("hardship", "en", """
Ah yes, December: the month where everyone wants money and I have none. The shop hasn't had a paying job since Halloween.
""", sent="12-10 16:35", b="hardship", note="wry, self-directed sarcasm")
em("hardship", "en", """
Is there any flexibility on the late fee? My mother's funeral took every cent I had this month.
""", sent="12-14 20:05", b="hardship", note="asks for leniency; bereavement")
em("hardship", "en", """
We run a garden center and December through February is dead for us. We can settle up when spring sales pick up, probably March.
""", sent="12-08 14:45", b="hardship", note="seasonal; a month with 'probably', no day: no promise")
em("hardship", "en", """
I'm recovering from chemo and on short-term disability, which pays 60% of my salary. I'm asking for patience, not forgiveness.
""", sent="12-11 10:40", b="hardship", note="negation: 'not forgiveness'")
em("hardship", "en", """
With the shutdown I'm working without a paycheck. The minute back pay comes through, you're at the top of my list.
""", sent="12-15 12:20", b="hardship", note="conditional on back pay, no day: hardship alone")
em("hardship", "en", """
our bank froze our line of credit after the audit and we cant pay any vendors until thats resolved. not a question of if, just when
""", sent="12-09 17:50", b="hardship", note="no capitals or final punctuation")
sms("hardship", "fr", "je suis au chômage depuis octobre, je peux pas tout payer d'un coup", sent="12-08 19:55",
    b="hardship")
em("hardship", "fr", """
Madame,

Depuis le décès de mon époux, je fais face seule à toutes les charges du foyer. Je vous demande de bien vouloir m'accorder un délai de quelques mois.

Respectueusement
""", sent="12-10 15:25", b="hardship", note="bereavement; asks for time")
sms("hardship", "de", "Seit 6 Wochen krankgeschrieben, das Krankengeld reicht hinten und vorne nicht. Bitte um Geduld",
    sent="12-09 12:40", b="hardship")
em("hardship", "de", """
Sehr geehrte Damen und Herren,

aufgrund eines Wasserschadens in unserer Produktionshalle steht unser Betrieb seit drei Wochen still. Wir bitten um die Möglichkeit, den Betrag in drei Raten zu begleichen.

Mit freundlichen Grüßen
{first}
""", sent="12-07 10:55", b="hardship", note="asks for instalments")
sms("hardship", "es", "no tengo trabajo desde hace un mes, le pago cuando pueda", sent="12-09 21:30", b="hardship",
    note="'cuando pueda' is no promise")
em("hardship", "es", """
Estimada Dana, con la caída del peso este mes el monto en dólares se nos volvió imposible de cubrir. ¿Podemos platicar un plan de pagos?
""", sent="12-10 11:50", b="hardship", note="currency; asks for a plan")
em("hardship", "es", """
Mi mamá está hospitalizada en Guadalajara y tuve que viajar de urgencia. Le pido unas semanas de gracia, por favor.
""", sent="12-14 22:05", b="hardship")
sms("hardship", "nl", "zit in de schuldhulpverlening, mijn bewindvoerder neemt contact met jullie op", sent="12-10 14:15",
    b="hardship", note="debt counselling; an administrator will call: not a new contact, not a promise")
em("hardship", "nl", """
Beste,

Door de brand in onze winkel in november hebben we geen inkomsten. Is een betalingsregeling mogelijk van 200 dollar per maand

Groet
""", sent="12-08 13:35", b="hardship", note="asks for a plan, no question mark")
sms("hardship", "pt", "fiquei desempregada, peço paciência, por favor", sent="12-11 18:25", b="hardship")
em("hardship", "pt", """
Boa tarde,

O nosso restaurante esteve meio fechado durante as obras da rua e a faturação caiu para metade. Podemos pagar em três vezes?

Cumprimentos
""", sent="12-07 15:05", b="hardship", note="asks for instalments")

# ============================================================ disputes (25)
sms("dispute", "en", "NOT PAYING TILL SOMEBODY FIXES THE GARAGE DOOR YOUR GUY BACKED HIS TRUCK INTO", sent="12-09 08:40",
    b="dispute", note="damage; all caps; conditional")
sms("dispute", "en", "this is the 3rd time ur billing me for the same gutter job. look it up", sent="12-10 15:20",
    b="dispute", note="billed again")
sms("dispute", "en", "lol no. estimate was 2400 not 3100", sent="12-08 21:12", b="dispute")
sms("dispute", "en", "we never signed off on the punch list so this isnt due yet", sent="12-14 11:03", b="dispute",
    note="not due yet: a dispute, not a promise")
em("dispute", "en", """
Not disputing the work, just the math: 14 hours at $85 is $1,190, not $1,350.
""", sent="12-07 08:55", b="dispute", note="'not disputing' but it is a dispute of the amount")
em("dispute", "en", """
Dear Ms. Whitfield,

Please be advised that {company} disputes invoice {inv} in its entirety.

Our agreement of August 14, 2026 required completion by October 31. Substantial completion was not reached until November 19, and under Section 7.2 we are entitled to a deduction of $250 for each day of delay. Once we receive a corrected invoice reflecting that deduction, we will review it.

We reserve all rights under the agreement.

Regards,
{first}
""", sent="12-08 13:15", b="dispute", note="formal; 'we will review it' is no promise")
em("dispute", "en", """
Why does this say "emergency call-out" when I booked the appointment two weeks ahead?
""", sent="12-03 19:30", b="dispute", note="complaint phrased as a question: dispute alone")
em("dispute", "en", """
The new sliding door sticks so badly my ten-year-old can't open it. I'd hardly call that finished.
""", sent="12-09 20:40", b="dispute", note="faulty work, indirect")
em("dispute", "en", """
We're happy to pay for what was delivered. Twelve windows were delivered; the invoice charges for fourteen.
""", sent="12-10 09:30", b="dispute", note="'happy to pay' for part, no day: no promise")
em("dispute", "en", """
Your crew left a roofing nail in my tire and overspray on my car. I'm deducting the $412 repair bill from this invoice - receipts to follow.
""", sent="12-11 17:10", b="dispute", note="deduction for damage")
em("dispute", "en", """
The permit was supposed to be pulled by you. The city fined me $500 because it wasn't. Until that's sorted, this invoice is on hold.
""", sent="12-04 12:45", b="dispute", note="'on hold' is a dispute here, not hardship")
em("dispute", "en", """
Hello,

This invoice was sent to the association, but the work order was placed by an individual owner (Unit 4B) without board approval. The association did not authorize these repairs and will not pay for them. Please bill the owner directly.

Thank you
""", sent="12-09 10:05", b="dispute", who="Accounts Payable", note="billed to the wrong party; unauthorized work")
em("dispute", "en", """
I must have missed the part of the contract where "cleanup" meant leaving drywall dust in every room of the house. I'd like the cleanup charge removed.
""", sent="12-15 21:05", b="dispute", note="sarcasm")
em("dispute", "en", """
The sump pump you're billing me for is the one you installed eight months ago. It failed. That's a warranty replacement, not a new sale.
""", sent="12-07 14:20", b="dispute", note="warranty")
sms("dispute", "fr", "facture pas conforme au devis signé, je paie pas en l'état", sent="12-10 18:45", b="dispute")
em("dispute", "fr", """
Bonjour,

Les matériaux facturés (carrelage grès cérame 60x60) ne sont pas ceux qui ont été posés : nous avons du 30x30 d'entrée de gamme. Merci de corriger la facture.

Cordialement
""", sent="12-08 11:35", b="dispute", note="billed for better material than supplied")
sms("dispute", "de", "Rechnung falsch, das Material hatten wir selbst gestellt!!", sent="12-09 18:20", b="dispute")
em("dispute", "de", """
Guten Tag,

berechnet wurde der Stundensatz eines Meisters, gearbeitet hat bei uns aber ausschließlich ein Auszubildender. Bitte stellen Sie die Rechnung entsprechend neu aus.

Mit freundlichen Grüßen
""", sent="12-10 10:15", b="dispute", note="rate for the wrong grade of worker")
em("dispute", "de", """
Laut Vertrag gilt ein Festpreis von 4.800 Dollar. Nachträge wurden von uns nicht beauftragt. Die Rechnung weisen wir in dieser Höhe zurück.
""", sent="12-14 15:40", b="dispute", note="fixed price; day-first thousands separator")
sms("dispute", "es", "esa factura no es mia, yo nunca contrate nada con ustedes", sent="12-07 20:20", b="dispute",
    note="never hired them: dispute (corpus convention), not wrong number")
em("dispute", "es", """
Buenas tardes. El azulejo del baño quedó disparejo y las juntas están manchadas. Hasta que lo arreglen no vamos a pagar la mano de obra.
""", sent="12-11 16:30", b="dispute", note="conditional, no promise")
sms("dispute", "nl", "klopt niks van, we hadden 10% korting afgesproken", sent="12-08 12:50", b="dispute")
em("dispute", "nl", """
Er staan twee containers op de factuur, er is er maar één geweest. Graag corrigeren.
""", sent="12-09 09:10", b="dispute", note="quantity")
sms("dispute", "pt", "essa fatura tá errada, o orçamento era 1800", sent="12-10 13:40", b="dispute", note="Brazilian colloquial")
em("dispute", "pt", """
Bom dia,

A pintura exterior começou a descascar logo após as primeiras chuvas. Não vamos pagar enquanto não vierem corrigir.

Cumprimentos
""", sent="12-14 10:35", b="dispute", note="faulty work; conditional")

# ============================================================ questions (25)
sms("question", "en", "how much do i owe total", sent="12-09 12:10", b="question", note="no question mark")
sms("question", "en", "can i pay at the bank or do i have to use ur link", sent="12-10 17:45", b="question",
    note="no question mark")
sms("question", "en", "WHICH INVOICE IS THIS", sent="12-08 09:02", b="question", note="all caps, no question mark")
sms("question", "en", "do u guys still take checks", sent="12-14 19:30", b="question", note="no question mark")
sms("question", "en", "who do i make the check out to, harbor and pine or harbor & pine builders llc", sent="12-11 08:47",
    b="question", note="payee name, no question mark")
em("question", "en", """
Could you resend the invoice as a PDF? The link in your e-mail just spins for me.
""", sent="12-07 13:45", b="question")
em("question", "en", """
Good afternoon,

We are unable to locate invoice {inv} in our system. Please send a copy of the invoice, together with the purchase order number it was issued against, to invoices@{domain} so that it can be entered for processing.

Thank you,
Accounts Payable
""", sent="12-10 14:35", b="question", frm=AP,
   note="a request; no debt denied, 'so that it can be entered' is no promise")
em("question", "en", """
Does the late fee get added automatically if I pay on the 20th or is there a grace period
""", sent="12-11 20:50", b="question", note="a hypothetical day is no promise; no question mark")
em("question", "en", """
Quick one: is this the invoice for the deposit or the final payment? I've got two from you that look almost identical.
""", sent="12-03 10:25", b="question")
em("question", "en", """
I'd like to pay by ACH rather than card. Can you send your bank details on company letterhead? Our controller won't accept them from a plain e-mail.
""", sent="12-09 15:15", b="question", note="'I'd like to pay' is no promise")
em("question", "en", """
Does this include the $300 deposit we gave Mike or do I subtract that
""", sent="12-08 18:40", b="question", note="asks whether the deposit is taken off: question (convention); no question mark")
em("question", "en", """
Hello,

I'm the executor of my late father's estate and I'm working through his mail. Could you send me an itemized statement of his account and a copy of the signed contract? I need both for the probate court.

Thank you,
{first}
""", sent="12-14 11:05", b="question", note="bereavement of the writer's father; a request, no hardship")
em("question", "en", """
Hi Dana, my tax guy is asking whether the new heat pump qualifies for the energy credit. Is there a model number or an AHRI certificate you could send along with the invoice?
""", sent="12-10 19:25", b="question")
em("question", "en", """
Before I send anything: has the credit for the faucet I returned to your shop on November 12 been applied yet?
""", sent="12-07 16:55", b="question", note="'before I send anything' is conditional, no promise")
sms("question", "fr", "vous acceptez Lydia ou seulement la carte", sent="12-09 20:35", b="question",
    note="payment method, no question mark")
em("question", "fr", """
Bonjour,

Pourriez-vous m'indiquer le détail des heures facturées ? Mon assureur me le demande pour le remboursement du sinistre.

Merci d'avance
""", sent="12-08 14:50", b="question", note="detail asked for the insurer, not a complaint")
sms("question", "de", "an wen genau geht die überweisung, firma oder privat", sent="12-10 11:25", b="question",
    note="no question mark")
em("question", "de", """
Guten Tag, benötigen Sie für die Auslandsüberweisung eine IBAN oder reicht die ABA-Nummer? Unsere Bank fragt nach.
""", sent="12-07 09:35", b="question")
em("question", "de", """
Können Sie mir bitte sagen, bis wann die Gewährleistung auf die Dacharbeiten läuft? Das brauche ich für die Unterlagen zum Hausverkauf.
""", sent="12-11 15:05", b="question", st="outlook-de-quote")
sms("question", "es", "cuanto es con todo y recargos", sent="12-09 18:15", b="question", note="no accents or question mark")
em("question", "es", """
Hola Dana, ¿aceptan pagos con tarjeta de crédito de un banco mexicano? Y si es así, ¿cobran alguna comisión?
""", sent="12-10 13:20", b="question")
sms("question", "nl", "kan ik ook contant betalen bij jullie op kantoor", sent="12-11 12:55", b="question",
    note="no question mark")
em("question", "nl", """
Goedemiddag, is het mogelijk om een kopie van de offerte mee te sturen? Onze boekhouder wil die bij de factuur hebben.
""", sent="12-08 15:55", b="question")
sms("question", "pt", "me passa os dados pra transferência internacional", sent="12-14 17:10", b="question",
    note="an imperative request, Brazilian")
em("question", "pt", """
Caros senhores, gostaria de saber se o valor da fatura já inclui a taxa de deslocação ou se esta será faturada à parte.
""", sent="12-09 10:40", b="question", note="no question mark")

# ============================================================ other (25)
sms("other", "en", "k", sent="12-08 13:17", b="other", note="a one-letter acknowledgement")
sms("other", "en", "wrong number buddy. no idea what invoice ur talking about", sent="12-09 19:50", b="other",
    note="wrong number; denies no debt of theirs")
sms("other", "en", "got it thx", sent="12-10 09:41", b="other", note="acknowledgement")
sms("other", "en", "tell mike his dog left her favorite ball in our yard lol. we'll keep it safe for him", sent="12-11 16:05",
    b="other", note="chit-chat")
sms("other", "en", "this is Tony's wife, he's out of town on a job til the 20th. ill make sure he sees it", sent="12-14 20:25",
    b="other", note="a third party; 'til the 20th' is no promise")
sms("other", "en", "new number for me is 312-555-0188, this one's getting shut off end of month", sent="12-15 12:35",
    b="other", note="new contact; 'end of month' is no promise")
em("other", "en", """
I'll take a look at this when I get back to the office Monday.
""", sent="12-10 18:05", b="other", note="reviewing is no promise (corpus convention)")
em("other", "en", """
Adding my husband, Rob, who handles the house stuff. Rob - this is from the contractor who did the basement.
""", sent="12-08 08:45", b="other", note="loops someone in")
em("other", "en", """
Received, thank you. I've passed it along to our accounts payable department.
""", sent="12-09 10:20", b="other", note="acknowledgement; passed on")
em("other", "en", """
Dana - you're always so pleasant even when you're chasing money. Honestly made my morning. Hope your holidays are restful.
""", sent="12-16 09:15", b="other", note="compliment; 'chasing money' is no payment claim")
em("other", "en", """
Just a heads up that I'm no longer with {company} after this Friday. Please direct future correspondence to Marcy Olin at molin@{domain}.
""", sent="12-14 15:50", b="other", note="new contact; 'Friday' is no promise")
em("other", "en", """
Effective January 1 we'll be operating as Bhatt & Lowe Engineering. Same people, same address, new name on the door.
""", sent="12-11 11:30", b="other", who="Nikhil Bhatt", note="company renamed; a date, no promise")
em("other", "en", """
I think your system has mixed us up with another Finch. I'm Dolores, and I'm pretty sure the kitchen job was for my sister-in-law Doreen on Elm Street.
""", sent="12-07 19:45", b="other", who="Dolores Finch", note="wrong person, points to the right one; denies nothing of her own")
em("other", "en", """
I need to run this by Clare before anything happens on our end - she's back from Denver on Thursday.
""", sent="12-08 16:10", b="other", note="a day, but no promise to pay")
sms("other", "fr", "merci, bien reçu", sent="12-09 12:30", b="other", note="acknowledgement")
em("other", "fr", """
Bonjour Dana,

Je ne m'occupe plus de la comptabilité de la boulangerie depuis le mois dernier. C'est désormais mon fils Théo qui gère : theo@{domain}.

Bonne journée
""", sent="12-10 09:05", b="other", who="Yannick Dumont", note="new contact")
sms("other", "de", "Falsche Nummer.", sent="12-08 11:40", b="other", note="wrong number")
em("other", "de", """
Vielen Dank für Ihre Nachricht. Ich habe sie an unsere Buchhaltung weitergeleitet, die sich bei Ihnen melden wird.
""", sent="12-09 14:05", b="other", note="forwarded internally; 'sich melden' is no promise to pay")
sms("other", "es", "ok gracias \U0001F44D", sent="12-10 20:10", b="other", note="acknowledgement")
em("other", "es", """
Hola Dana, aprovecho para preguntarle si Mike podría pasar en enero a ver la cerca del patio; con el viento se cayó una sección.
""", sent="12-11 17:25", b="other", note="service request, not about the invoice")
em("other", "es", """
Soy la hija de Rocío Valdez y le escribo desde su correo. Mi madre falleció el mes pasado; ahora yo me encargo de sus asuntos, así que lo que llegue aquí lo leo yo.
""", sent="12-14 18:50", b="other", who="Rocío Valdez",
   note="a relative takes over the account holder's mail; no hardship stated, nothing denied")
sms("other", "nl", "wie is dit?", sent="12-09 16:45", b="other", note="'who is this'")
em("other", "nl", """
Hoi Dana, ik zit tot half januari in Australië bij onze dochter. Ik kijk ernaar zodra ik terug ben. Fijne feestdagen!
""", sent="12-15 08:30", b="other", note="written by a person (no auto-reply); looking at it is no promise")
sms("other", "pt", "número errado, não conheço nenhuma Harbor", sent="12-10 15:30", b="other", note="wrong number")
em("other", "pt", """
Bom dia. O Sr. Azevedo está de baixa e sou eu quem está a tratar da correspondência do escritório. Deixei-lhe a sua mensagem em cima da secretária.
""", sent="12-09 11:55", b="other", note="a colleague answers; someone else's sick leave is no hardship")

# ============================================================ mixed (35; two kinds, the most urgent first)
sms("opt-out+already-paid", "en", "ALREADY PAID THIS. DELETE MY NUMBER", sent="12-09 13:25", b="mixed", note="all caps")
em("opt-out+dispute", "en", """
The bathroom fan you put in is louder than the old one, and you charged us the premium for a "quiet" model. I've said so twice by phone. I'm not reading any more of these automated e-mails - unsubscribe me and have a person call.
""", sent="12-08 20:25", b="mixed", note="overcharged; opts out of the automated mails")
em("opt-out+hardship", "en", """
I'm on disability and I have no money for this right now. The constant reminders are making my anxiety worse, so please stop e-mailing me. I'll call when things change.
""", sent="12-10 15:45", b="mixed", note="'I'll call' is no promise")
em("opt-out+promise-to-pay", "en", """
Payment goes out on the 22nd. That's the last I want to hear about it - please take this address off the reminders.
""", sent="12-15 11:35", p="12-22", chk="d:22", b="mixed")
em("opt-out+question", "en", """
What's the balance with fees? After you tell me, remove me from these e-mails; I'll deal with your office by phone from now on.
""", sent="12-09 12:45", b="mixed")
em("dispute+already-paid", "en", """
We paid this, and we paid it twice: once by check on November 18 and once when your office ran my card over the phone on the 1st. I want one of them refunded, not another reminder.
""", sent="12-07 10:50", b="mixed", note="double payment; wants a refund")
sms("dispute+promise-to-pay", "en", "ill pay for the fence. not the gate, it still doesnt latch. fence money goes out thurs",
    sent="12-14 17:15", p="12-17", chk="wd:thu", b="mixed", note="partial promise on a weekday; the gate disputed")
em("dispute+question", "en", """
Where did the $145 "disposal fee" come from? Nobody hauled anything away - the old vanity is still sitting in my garage. Separately, is the warranty on the new vanity registered in my name or yours?
""", sent="12-10 21:00", b="mixed", note="complaint as a question, plus a separate question")
em("dispute+hardship", "en", """
Honestly I couldn't afford this even if it were right, and it isn't: you billed for three coats and we got one. Between the layoff and this, I'm at a loss.
""", sent="12-09 22:10", b="mixed")
em("already-paid+promise-to-pay", "en", """
Good morning,

Please note that a partial payment of $1,200.00 against invoice {inv} was released on December 4 (ACH trace 0210-5583). The remaining balance is scheduled for our January 7 payment run.

Regards,
Accounts Payable
""", sent="12-09 09:35", p="01-07", chk="at:2027-01-07:thu", b="mixed", frm=AP,
   note="a past release beside a future run; the promise is in January")
sms("already-paid+question", "en", "zelled it sunday. whats the total on the other invoice so i can do that one too",
    sent="12-08 19:05", b="mixed", note="paid; asks about another invoice, no question mark")
em("already-paid+hardship", "en", """
This one's paid in full, but I have to be honest - it wiped us out. The next invoice for the windows will have to wait until my disability claim goes through.
""", sent="12-11 19:30", b="mixed", note="paid; hardship about the next bill")
em("hardship+promise-to-pay", "en", """
Work's been dead since the storm, but I can do $250 on Tuesday and the rest once my tax refund lands.
""", sent="12-10 18:55", p="12-15", chk="wd:tue", b="mixed", note="a dated first payment")
sms("hardship+question", "en", "just got laid off so im gonna need time. also what was the 2nd charge on there for",
    sent="12-14 21:40", b="mixed", note="hardship plus a plain question, no question mark")
em("promise-to-pay+question", "en", """
I'll be paying this on the 29th. Can you confirm whether the amount I should send includes the late fee? I'd rather only do this once.
""", sent="12-16 14:25", p="12-29", chk="d:29", b="mixed")
em("promise-to-pay+question", "en", """
We haven't paid yet, sorry - it'll go out Wednesday. Do you need the PO number on the remittance or is the invoice number enough
""", sent="12-14 10:10", p="12-16", chk="wd:wed", b="mixed", note="negation 'haven't paid yet'; no final question mark")
em("dispute+promise-to-pay", "en", """
We'll pay the undisputed portion, $2,140, on the 21st. The remaining $600 for the extra trim is still with our project manager, who says it was never approved.
""", sent="12-14 13:50", p="12-21", chk="d:21", b="mixed")
em("opt-out+already-paid", "en", """
Dear Sir or Madam,

This account was settled in full on 24 November 2026. I have now received four automated messages about it. Kindly remove my details from your reminder system.

Yours faithfully,
{first}
""", sent="12-08 10:05", b="mixed", note="British-style date; formal")
em("already-paid+question", "en", """
We mailed a check on 11/30 (no. 3321). Could you also send me a year-end statement for our files?
""", sent="12-07 11:40", b="mixed", note="paid; a separate request")
sms("opt-out+promise-to-pay", "fr", "je paye vendredi. et arrêtez les sms svp", sent="12-15 18:45", p="12-18", chk="wd:fri",
    b="mixed")
em("dispute+already-paid", "fr", """
Vous nous relancez pour une facture que nous avons déjà réglée le 20 novembre, et en plus le montant a augmenté de 150 dollars entre-temps. J'attends des explications.
""", sent="12-04 14:20", b="mixed", note="paid; the changed amount disputed")
em("hardship+promise-to-pay", "fr", """
Je traverse une période compliquée (arrêt maladie), mais je peux vous verser 200 dollars le 15 décembre, puis le reste en janvier.
""", sent="12-09 17:40", p="12-15", chk="at:12-15", b="mixed", note="dated partial payment")
em("dispute+question", "de", """
Warum sind auf der Rechnung acht Stunden Fahrzeit angesetzt? Laut Angebot ist die Anfahrt im Preis enthalten. Außerdem brauchen wir für unsere Unterlagen noch Ihre Steuernummer.
""", sent="12-08 15:30", b="mixed", note="complaint as a question plus a separate request")
sms("already-paid+question", "de", "Habe gestern überwiesen. Wie hoch ist eigentlich noch die zweite Rechnung fürs Gartentor",
    sent="12-10 08:55", b="mixed", note="paid; asks about another invoice, no question mark")
em("opt-out+dispute", "de", """
Ich habe Ihnen bereits zweimal mitgeteilt, dass die Dachrinne undicht ist. Solange das nicht repariert ist, zahle ich nicht. Und hören Sie bitte auf, mir automatische Mahnungen zu schicken.
""", sent="12-11 19:15", b="mixed", st="outlook-de-quote")
sms("already-paid+promise-to-pay", "es", "ya abone la mitad el lunes, la otra mitad el 31", sent="12-09 20:15",
    p="12-31", chk="d:31", b="mixed", note="'el lunes' is past; the rest on the 31st")
em("hardship+question", "es", """
Desde que cerraron la maquiladora estamos muy apretados. ¿Ustedes cobran intereses si me atraso? Quiero saber a qué atenerme.
""", sent="12-08 21:20", b="mixed")
em("opt-out+hardship", "es", """
No tengo con qué pagar ahorita y cada correo me angustia más. Por favor ya no me escriban; cuando pueda, yo les llamo.
""", sent="12-10 22:15", b="mixed", note="'cuando pueda' is no promise")
em("promise-to-pay+question", "es", """
Le deposito el miércoles 23. ¿A qué cuenta, la de Chase que viene en la factura?
""", sent="12-17 12:35", p="12-23", chk="at:12-23:wed", b="mixed")
sms("dispute+promise-to-pay", "nl", "de dakgoot betaal ik morgen, de schoorsteen niet want die lekt nog steeds",
    sent="12-10 19:35", p="12-11", chk="+1", b="mixed", note="partial promise; the chimney disputed")
em("already-paid+hardship", "nl", """
De eerste termijn heb ik op 1 december betaald. Voor de rest moet ik helaas om uitstel vragen, ik ben net mijn baan kwijtgeraakt.
""", sent="12-08 18:05", b="mixed")
em("opt-out+question", "nl", """
Welk bedrag staat er precies nog open? En wilt u mij daarna niet meer per mail herinneren, ik heb een hekel aan die automatische berichten.
""", sent="12-09 13:05", b="mixed", note="'wilt u ... niet meer' asks to stop")
sms("hardship+promise-to-pay", "pt", "to apertado esse mes mas dia 5 de janeiro pago metade", sent="12-12 15:50",
    p="01-05", chk="at:2027-01-05", b="mixed", note="'to' = 'estou'; a dated half")
em("dispute+hardship", "pt", """
Para além de o trabalho não ter ficado bem feito (a porta continua a não fechar), estou desempregado desde outubro. Não tenho como pagar esta fatura.
""", sent="12-07 20:35", b="mixed")
em("already-paid+promise-to-pay", "pt", """
Já transferi metade na semana passada. A outra metade vai no dia 30.
""", sent="12-14 11:20", p="12-30", chk="d:30", b="mixed")

FWD = {
    "remit_p4": dict(frm="{company} Payables <payables-noreply@{domain}>",
                     subj="Remittance advice - Harbor & Pine Builders LLC", body="""
REMITTANCE ADVICE

Payer:            {company}
Payee:            Harbor & Pine Builders LLC
Payment method:   ACH credit
Payment date:     {pd_us}
Payment amount:   {amt}

Invoice number    Invoice date    Amount paid
{inv}          {inv_date_us}      {amt}

Questions about this remittance? Contact payables@{domain}.
This message was generated automatically.
"""),
    "billpay_p4": dict(frm="Fox Valley Credit Union <alerts@foxvalleycu.example>",
                       subj="Your Bill Pay payment has been sent", body="""
Your payment is on its way.

Payee:              Harbor & Pine Builders
Amount:             {amt}
Send date:          {pd_us}
Estimated arrival:  {arr_us}
Memo:               {inv}
Confirmation #:     FV{pd_compact}2290

Please do not reply to this email.
"""),
    "billpay_sched_p4": dict(frm="Fox Valley Credit Union <alerts@foxvalleycu.example>",
                             subj="Bill Pay: payment scheduled", body="""
You have scheduled a payment.

Payee:          Harbor & Pine Builders
Amount:         {amt}
Scheduled on:   {pd_us}
Deliver by:     12/18/2026
Memo:           {inv}

You can change this payment in Online Banking until 11:59 p.m. CT the day before it is sent.
Please do not reply to this email.
"""),
    "virement_p4": dict(frm="Banque des Rives <ne-pas-repondre@banque-rives.example>",
                        subj="Avis d'exécution de votre virement international", body="""
Madame, Monsieur,

Nous vous informons de l'exécution du virement suivant :

Bénéficiaire :      HARBOR & PINE BUILDERS LLC
Montant :           {amt_fr}
Motif :             {inv}
Date d'exécution :  {pd_slash}
Référence :         VI{pd_compact}7734

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""),
    "spei_p4": dict(frm="Banca Meridional <notificaciones@bancameridional.example>",
                    subj="Comprobante de transferencia internacional", body="""
Comprobante de operación

Tipo de operación:    Transferencia internacional (USD)
Beneficiario:         HARBOR & PINE BUILDERS LLC
Importe:              {amt}
Concepto:             {inv}
Fecha de aplicación:  {pd_slash}
Clave de rastreo:     BM{pd_compact}40518

Conserve este comprobante para cualquier aclaración.
"""),
}
