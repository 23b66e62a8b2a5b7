"""Second fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the first probe set or the held-out set). It stresses the KINDS more than the dates.

em(kinds, lang, text, sent=..., p=..., chk=..., b=..., note=...)   an e-mail reply
sms(...)                                                            a text message

  sent  "MM-DD HH:MM", the sender's local time (for SMS, Chicago time)
  p     the promise "MM-DD" (January = 2027) or None
  chk   how p follows from the reply's Chicago date (checked by make_probe2.py):
          "+N"            N days after the reply date
          "d:N"           the next N-th (this month unless already past)
          "wd:fri"        the first Friday strictly after the reply date
          "nw:tue"        that weekday of next calendar week (weeks run Monday to Sunday)
          "eom"           the last day of the reply's month
          "at:MM-DD[:wd]" / "at:YYYY-MM-DD"   a written date (the weekday, when given, must agree)
  b     the bucket of the brief this reply fills
        (other, question, dispute, paid, hardship, promise, auto, optout)
  who / frm / subj / ah / st / fwd / pd / amt   as in the corpus bodies (see ../bodies.py)

December 2026: Tue 1, Fri 4, Mon 7, Fri 11, Mon 14, Fri 18, Mon 21, Thu 24, Fri 25, Mon 28, Thu 31.
November 2026: Mon 23, Thu 26 (Thanksgiving), Fri 27, Mon 30. January 2027: Fri 1, Mon 4, Fri 8.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")

# ============================================================ other (41)
em("other", "en", """
Appreciate you keeping on top of this. Our controller, Lorraine Vance, signs off on every vendor payment over $1,000, so I've put it in her tray.
""", sent="12-08 10:12", b="other", note="describes who approves payments; no promise, no date")
sms("other", "en", "this was kevins number. he passed in august, im his brother and have the phone now. take care",
    sent="12-09 18:22", b="other", note="wrong person (the customer died); no hardship of the writer")
em("other", "en", """
Forwarded to Ray. He paid the last one, so I assume he knows what to do with this.
""", sent="12-03 19:40", b="other", note="'paid the last one' is another invoice; forwarding, not paid")
em("other", "en", """
Just have to say - your invoices are the only contractor bills I get where every line makes sense. Happy holidays to everyone in the office.
""", sent="12-14 13:05", b="other", note="compliment about invoices; payment words, nothing asked or promised")
em("other", "en", """
Dana,

Three reminders in nine days feels like a lot for a customer who's been with you since 2019. I'm not arguing with the bill, just the cadence. Maybe dial it back for the long-timers?

{first}
""", sent="12-10 11:48", b="other", note="complains about tone/frequency; not a dispute, not an opt-out ('dial it back')")
em("other", "en", """
While I have you - the gutter over the back porch is pulling away from the fascia again. Could someone swing by in January and take a look? Not urgent.
""", sent="12-07 16:30", b="other", note="asks to schedule new work; a question, but not about the invoice")
sms("other", "en", "call me when u get a sec. about the garage door, not the bill", sent="12-11 12:41", b="other",
    note="'call me' with an explicit 'not the bill'")
em("other", "en", """
Sorry, which Dana is this? I know two and neither of them works in construction.
""", sent="12-02 20:05", b="other", note="'who is this' phrased with a question mark")
em("other", "en", """
New cell for me as of this week: (872) 555-0144. The old 773 number is disconnected. Email stays the same.
""", sent="12-04 09:26", b="other", note="new contact details; phone numbers only")
em("other", "en", """
Ha, I was literally writing your check when this popped up... kidding, I wish. Hope you all had a good Thanksgiving.
""", sent="11-30 17:15", b="other", note="a joke: 'writing your check' is taken back ('kidding, I wish'); neither paid nor promised")
em("other", "en", """
Hello Dana,

Please note that {company} moved all vendor invoicing to our Coupa supplier portal effective December 1. Invoices and statements should be submitted there from now on; our AP team will send you an invitation to register.

Best regards,
{first}

--
{name}
Finance Operations | {company}
O: (630) 555-0188 | M: (630) 555-0191

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive use of the intended recipient. If you are not the intended recipient, please notify the sender and delete this message. {company} will never change its banking or payment details by e-mail.
""", sent="12-02 10:40", b="other",
   note="process change with a signature and disclaimer full of payment words; not an opt-out")
em("other", "en", """
Confirmed on our end that {inv} is open for {amt}. Thanks for flagging.
""", sent="12-09 14:22", b="other", note="acknowledges the balance; 'confirmed' is neither paid nor promise")
sms("other", "en", "Wrong number, this is a dental office. No Harbor anything here", sent="12-08 10:03", b="other")
sms("other", "en", "at my uncles funeral today, will get back to you", sent="12-05 11:18", b="other",
    note="a day away; no money trouble stated, no promise")
em("other", "en", """
Hello,

I'm {first}'s son. Mom moved into assisted living in October and I'm sorting through her mail. Please send anything about her house to me at this address from now on.

Thank you,
Peter
""", sent="12-07 20:10", b="other", who="Maureen Callahan", note="new contact for a relative, writing from her address; redirect, not an opt-out")
em("other", "en", """
Dana, give me a ring at the shop this afternoon - (708) 555-0133. Easier to talk than type.
""", sent="12-15 09:02", b="other", note="'call me' with no question about the invoice")
sms("other", "en", "Merry xmas to the harbor & pine crew!! \U0001F384 the new stairs are a hit with the grandkids",
    sent="12-24 10:31", b="other", note="greeting")
em("other", "en", """
Received and logged on 12/08. Thank you.
""", sent="12-08 15:37", b="other", note="a person's acknowledgement with a date; not an auto-reply, not paid")
sms("other", "en", "this is jims daughter, he doesnt do texts. ill read it to him tonight", sent="12-10 19:44",
    b="other", note="relative relays; 'tonight' is no promise")
em("other", "en", """
I think this was meant for my dad - we have the same name. He's Robert Sr. on Walnut Street, I'm Jr. over on Ridge. I'll forward it to him.
""", sent="12-03 12:55", b="other", note="wrong person plus forwarding")
em("other", "en", """
Heads up: I'll be at the house tomorrow at 7 to meet the inspector, so if Mike needs the garage code it's 4471.
""", sent="12-16 21:05", b="other", note="site logistics; a time and a number, nothing about the invoice")
em("other", "fr", """
Bonjour,

Merci pour le rappel. Je ne m'occupe plus de la comptabilité depuis le 1er décembre : c'est désormais Mme Vasseur (compta@{domain}) qui gère les paiements fournisseurs.

Cordialement,
{first}
""", sent="12-04 10:15", b="other", note="new contact; a date and payment words")
sms("other", "fr", "c'est qui ? je connais pas ce numéro", sent="12-09 13:20", b="other", note="'who is this'")
em("other", "fr", """
Bonjour Dana,

La terrasse a survécu à sa première tempête sans broncher, bravo à l'équipe ! Je transmets votre message à mon mari, c'est lui qui s'occupe des factures.

Bonne journée
""", sent="12-11 09:40", b="other", note="compliment and forwarding to a spouse")
em("other", "fr", """
Votre message est arrivé un dimanche à 7 h du matin. Je trouve ça un peu envahissant, même si je comprends la démarche.
""", sent="12-14 10:05", b="other", note="complains about timing; not an opt-out, no dispute")
em("other", "de", """
Vielen Dank für den Hinweis. Zuständig für Zahlungen ist seit Dezember unsere Steuerberaterin, Frau Özdemir. Ich habe Ihre Nachricht an sie weitergeleitet.
""", sent="12-08 11:30", b="other", note="forwarded to a tax adviser")
em("other", "de", """
Guten Tag,

bitte beachten Sie: Wir firmieren ab dem 1. Januar als „Brenner & Sohn Haustechnik GmbH“. Bitte passen Sie Ihre Stammdaten entsprechend an; die USt-IdNr. bleibt unverändert.

Mit freundlichen Grüßen
{first}
""", sent="12-10 09:15", b="other", who="Jens Brenner", note="company renamed; a date, no promise")
sms("other", "de", "Falsche Nummer. Das ist ein Privathandy, hier gibt es keine Firma.", sent="12-07 17:50",
    b="other", note="wrong number")
em("other", "de", """
Frohe Weihnachten nach Chicago! Das neue Bad ist ein Traum. Ihre Mail habe ich an meinen Mann weitergegeben, der kümmert sich um die Überweisungen.
""", sent="12-21 12:10", b="other", note="greeting and forwarding; 'Überweisungen' is a payment word")
sms("other", "es", "Hola, soy la hija de don Ernesto, él no usa el celular. Le paso el mensaje.", sent="12-08 16:25",
    b="other", note="relative relays")
em("other", "es", """
Gracias por el aviso. A partir de enero, por favor envíen todo lo relacionado con pagos a mi contadora, la Lic. Marisol Treviño, al correo mtrevino@despachotrevino.example.
""", sent="12-15 12:35", b="other", note="new contact for payments; not an opt-out")
sms("other", "es", "quien habla? no tengo guardado este numero", sent="12-03 20:14", b="other", note="'who is this'")
em("other", "es", """
Aprovecho para decirles que la cocina quedó preciosa. Mi suegra no deja de presumirla a las vecinas.
""", sent="12-09 18:50", b="other", note="compliment")
em("other", "pt", """
Boa tarde. O Sr. Nogueira já não trabalha connosco. Os assuntos financeiros passam agora pela Dra. Inês Valente, ines.valente@{domain}.
""", sent="12-07 14:45", b="other", note="new contact")
sms("other", "pt", "Número errado, não conheço nenhuma Dana.", sent="12-10 21:02", b="other", note="wrong number")
em("other", "pt", """
Bom dia Dana! Feliz Natal para toda a equipa. O alpendre ficou lindo, os vizinhos já pediram o vosso contacto.
""", sent="12-22 10:20", b="other", note="greeting")
em("other", "pt", """
Por favor liguem-me para o 912 555 044 quando puderem, prefiro tratar disto por telefone.
""", sent="12-11 15:15", b="other", note="'call me' about 'this', no question asked")
em("other", "nl", """
Ontvangen, dank je. Vanaf januari loopt alles via ons nieuwe boekhoudpakket; ik stuur je binnenkort de link naar ons leveranciersportaal.
""", sent="12-09 10:50", b="other", note="process change; 'binnenkort' is no promise to pay")
sms("other", "nl", "Sorry, verkeerd nummer. Ik ben niet Lotte", sent="12-04 19:33", b="other", note="wrong number")
em("other", "nl", """
Haha, jullie herinneringen zijn punctueler dan mijn tandarts. Fijne feestdagen alvast!
""", sent="12-17 16:40", b="other", note="chit-chat about the reminders")
em("other", "nl", """
Mijn nieuwe e-mailadres is ingrid@deboer-thuis.example; dit adres vervalt per 31 december.
""", sent="12-14 20:15", b="other", note="new contact; a date")

# ============================================================ questions (36)
em("question", "en", """
Before I write this out - is the payee "Harbor & Pine Builders LLC" or just "Harbor & Pine"? Our bank bounced a check last year because the name didn't match exactly.
""", sent="12-09 09:14", b="question", note="who to make the check out to; 'bounced a check' is the past of another payment")
em("question", "en", """
Please confirm whether the 3% card surcharge applies if we pay through the portal with a debit card
""", sent="12-03 15:50", b="question", note="no question mark; conditional payment words")
em("question", "en", """
Our new bookkeeping software needs your tax ID before it'll let me add you as a vendor. Could you reply with it, or send the W-9 again? The one from spring still has your old address.
""", sent="12-10 13:35", b="question")
sms("question", "en", "zelle ok? what email or phone do i send it to", sent="12-08 19:10", b="question",
    note="payment method; 'send it' only asked about")
sms("question", "en", "is the 525 we gave mike at the start already taken off this total", sent="12-14 17:22",
    b="question", note="deposit question without a question mark")
em("question", "en", """
Honestly this is the most confusing invoice I've ever received. What does "MOB/DEMOB" mean and why is it a separate line? Not saying it's wrong, I just have no idea what I'm paying for.
""", sent="12-07 21:05", b="question", note="sounds like a complaint; explicitly not a dispute")
em("question", "en", """
What's the actual due date on this one? My copy says "due upon receipt" and your reminder says it's overdue by weeks, so I'm trying to work out which date you're counting from.
""", sent="12-11 10:25", b="question", note="due-date question")
em("question", "en", """
Good afternoon Dana,

I'm closing out our year-end accruals and need a few things for {inv}:

- a copy of the invoice with our PO number (4500018832) printed on it
- confirmation of whether the amount includes Illinois sales tax on the materials
- your remit-to address for paper checks

Once I have those I can get it into the approval queue.

Thanks,
{first}
""", sent="12-15 14:10", b="question",
   note="long AP request, no question mark; 'get it into the approval queue' is conditional, not a promise")
em("question", "en", """
If we pay by cashier's check, which address should it go to? I want someone there to sign for it.
""", sent="12-04 11:02", b="question", note="conditional payment; only asks")
em("question", "en", """
What is line 4, "FRT - 2 EA"? Freight? Just want to code it correctly in our books.
""", sent="12-02 09:47", b="question", note="line-item question")
sms("question", "en", "hey is it ok if i pay with 2 different cards", sent="12-16 20:48", b="question",
    note="splitting across two cards is a payment method, not a plan")
em("question", "en", "can i pay at the office on a saturday or only weekdays", sent="12-10 08:33", b="question",
    note="a weekday word inside a question; no promise")
em("question", "en", """
I'm trying to match this up on our side. Could you send the invoice date and the PO it goes with? The reminder only shows the number.
""", sent="12-01 13:20", b="question")
em("question", "en", """
Quick one - we're a 501(c)(3). Did this go out with sales tax on it? If so we can send our exemption certificate.
""", sent="12-08 16:15", b="question", note="tax question; not yet a claim that the tax is wrong")
sms("question", "en", "how do i pay this. no link in the text", sent="12-09 12:05", b="question",
    note="no question mark")
em("question", "en", """
Do you bill the HOA for common-area work or the individual owners? Trying to figure out whether this one is mine to pay.
""", sent="12-14 19:30", b="question", note="sounds like it may dispute who owes; only asks")
em("question", "en", """
Dana,

Who should the check be made out to, and does it need the invoice number in the memo line?

Thank you,
{first}

This message is intended only for the named recipient. Wire fraud is on the rise: always verify payment instructions by phone before sending funds. To unsubscribe from our monthly newsletter, reply REMOVE.
""", sent="12-11 11:55", b="question",
   note="the footer says 'unsubscribe' and 'REMOVE' and 'sending funds': a question, not an opt-out")
em("question", "en", "remind me what this one was for, uve been out 4 times this yr", sent="12-07 13:12",
    b="question", note="no question mark")
em("question", "fr", """
Bonjour, pouvez-vous me dire si le montant inclut les taxes de vente ? Notre comptable au Québec en a besoin pour ses déclarations.
""", sent="12-08 09:30", b="question")
em("question", "fr", """
Bonjour,

Avant de lancer le virement international, j'aurais besoin de votre IBAN ou, à défaut, du numéro ABA et du code SWIFT de votre banque.

Merci d'avance,
{first}
""", sent="12-10 10:45", b="question", note="no question mark; 'avant de lancer le virement' is not a promise with a day")
sms("question", "fr", "vous pouvez me rappeler à quoi correspond ce montant ? la véranda ?", sent="12-03 18:05",
    b="question", note="which job")
em("question", "fr", """
Je ne retrouve pas le devis signé. Pourriez-vous me le renvoyer avec la facture, s'il vous plaît ? C'est pour mon dossier de crédit d'impôt.
""", sent="12-15 16:20", b="question")
em("question", "de", """
Guten Tag, können wir auch per Kreditkarte zahlen oder nur per Überweisung? Und fällt dabei eine Gebühr an?
""", sent="12-07 10:05", b="question", note="payment method; 'zahlen' only asked about")
em("question", "de", """
Bitte teilen Sie uns Ihre Steuernummer bzw. die Angaben aus dem W-9-Formular mit, ohne die kann unsere US-Niederlassung keine Zahlung anweisen.
""", sent="12-09 14:40", b="question", note="request without a question mark; 'keine Zahlung' is no hardship")
em("question", "de", "Ist die Anzahlung von 500 schon abgezogen", sent="12-11 18:15", b="question",
    note="deposit question without a question mark")
em("question", "de", """
Wofür genau ist die Position „Baustelleneinrichtung“? Wir sind nicht grundsätzlich dagegen, möchten es aber verstehen, bevor wir freigeben.
""", sent="12-14 11:25", b="question", note="sounds like a dispute; says it is not against it")
sms("question", "es", "a que nombre hago la transferencia? me pide beneficiario", sent="12-09 17:40", b="question")
em("question", "es", """
Buenas tardes, ¿me podrían enviar la factura con la mano de obra y los materiales por separado? Mi contador los necesita así para la declaración.
""", sent="12-04 15:05", b="question")
em("question", "es", """
¿Aceptan pagos con tarjeta de débito por teléfono? No tengo chequera.
""", sent="12-10 12:20", b="question", note="payment words only asked about")
sms("question", "es", "la fecha limite de pago cual era", sent="12-15 21:10", b="question",
    note="due date, no question marks")
em("question", "pt", """
Boa tarde. Qual é a morada para onde devo enviar o cheque? A que está na fatura parece ser de um armazém.
""", sent="12-08 16:55", b="question", note="where to mail a check")
em("question", "pt", """
O valor já inclui o imposto sobre vendas? Preciso de saber para o reembolso da empresa.
""", sent="12-11 09:35", b="question")
em("question", "pt", "posso pagar por pix ou so transferencia", sent="12-14 13:48", b="question",
    note="no question mark")
em("question", "nl", """
Goedemiddag, kunt u mij het factuurnummer en de factuurdatum sturen? Ons systeem accepteert geen betaling zonder referentie.
""", sent="12-03 14:30", b="question", note="'accepteert geen betaling' is no refusal")
sms("question", "nl", "kan het ook via een tikkie of alleen overmaken", sent="12-10 20:20", b="question",
    note="payment method (Tikkie), no question mark")
em("question", "nl", """
Is de vervaldatum 30 dagen na de factuurdatum of na de oplevering? Ik zie twee verschillende data staan.
""", sent="12-16 10:10", b="question", note="due-date question")

# ============================================================ disputes (36)
em("dispute", "en", """
Hi Dana, quick sanity check - the estimate Mike emailed on Oct 3 was $3,150 for the bath fan and the new ductwork. Is there a reason this came in at {amt}? I don't remember approving anything extra.
""", sent="12-07 12:40", b="dispute", amt="3980.00", note="polite question; price differs from the estimate")
em("dispute", "en", """
The heated floor you put in the master bath stopped working the second week of November. Before we pay another cent I need someone out here to look at the thermostat wiring.
""", sent="12-03 18:25", b="dispute", note="faulty work")
em("dispute", "en", """
Your accounting software seems to have generated this one twice: {inv2} covers the same stairwell drywall patch, same date of service. One of them should be voided.
""", sent="12-09 10:05", b="dispute", note="duplicate billing; nothing paid")
em("dispute", "en", """
We asked for a quote on the sunroom blinds, not the blinds themselves. Nobody here placed an order and nothing was ever installed.
""", sent="12-10 14:50", b="dispute", note="charged for something not ordered")
em("dispute", "en", """
When your crew pulled the old vanity they cracked the tile behind the toilet, and it's been leaking into the ceiling below ever since. We'll want that repaired, and frankly the ceiling reimbursed, before we settle this.
""", sent="12-08 20:15", b="dispute", note="damage caused; 'before we settle this' is no promise")
em("dispute", "en", """
The timesheet on the invoice shows 22 hours over three days. Our building's access-badge log has your crew checked in for a total of 13.5. Please reconcile and reissue.
""", sent="12-14 09:50", b="dispute", note="hours wrong")
em("dispute", "en", """
The furnace you replaced last winter came with a 10-year parts warranty, per your proposal. The inducer motor is a part. Why is it billed to us?
""", sent="12-02 17:35", b="dispute", note="warranty; complaint phrased as a question")
sms("dispute", "en", "ur guy left without finishing. no cover on the outlet and the switch doesnt work. not paying yet",
    sent="12-09 16:45", b="dispute", note="work unfinished and faulty")
em("dispute", "en", "estimate said 1850. who ok'd an extra 400?", sent="12-11 19:02", b="dispute",
    note="price differs; complaint phrased as a question")
em("dispute+promise-to-pay", "en", """
We'll pay for the railing on Friday like we said. The $640 for power-washing the deck stays off until someone explains why it was never done - the deck is still green.
""", sent="12-07 09:20", p="12-11", chk="wd:fri", b="dispute", note="partial promise with a day; the rest disputed")
em("dispute+promise-to-pay", "en", """
We're happy to pay the labor. The materials line is a different story: we bought the fixtures ourselves at Ferguson and have the receipts. I'll send a check for the labor as soon as you send a corrected invoice.
""", sent="12-10 11:40", b="dispute", note="partial promise with no day; materials disputed")
em("dispute", "en", """
Hello Dana,

I hate to be that customer, but the paint in the nursery is already peeling in sheets - I think the primer wasn't right for the old plaster. Could someone come take a look before we close out the invoice?

Thanks,
{first}
""", sent="12-15 13:15", b="dispute", note="polite; faulty work phrased as a request")
em("dispute", "en", """
We bought the building in September. The roof repair on this invoice was done in July for the previous owner, before closing, so it's theirs - the seller's credit at closing was supposed to cover it.
""", sent="12-04 10:30", b="dispute", note="billed to the wrong party (new owner)")
sms("dispute+already-paid", "en", "u charged my card 2x this morning. 2 identical charges", sent="12-16 11:14",
    b="dispute", note="charged twice: disputes one charge and shows payment (as the first probe set labels it)")
em("dispute", "en", """
Our contract says "not to exceed $6,000." You've billed $6,840. Anything above the cap needed a signed change order, and there isn't one.
""", sent="12-08 15:10", b="dispute", note="over a contractual cap")
em("dispute+promise-to-pay", "en", """
Paying $1,200 of this on the 18th - that's the window install, which looks great. The second trip charge isn't ours: your installer brought the wrong size for the bay window.
""", sent="12-09 17:55", p="12-18", chk="d:18", b="dispute", note="partial payment dated; trip charge disputed")
em("dispute", "en", """
Dana,

I've been patient but I'm done. The shower door was installed crooked, the glass guy came back twice, and it still drips onto the floor - and now I'm getting automated reminders as if I'm the problem. I will pay for a shower door that works. I am not paying for this one.

{first}
""", sent="12-11 21:30", b="dispute", note="complains about reminders (no opt-out asked); 'I will pay for' is conditional")
sms("dispute", "en", "hi sorry to bother - wasnt the haul away supposed to be included? thats what the quote said i think",
    sent="12-14 12:26", b="dispute", note="polite, hedged, phrased as a question")
em("dispute", "fr", """
Bonjour,

La facture mentionne 12 m² de carrelage posé alors que la salle de bain en fait 8. Pouvez-vous vérifier et corriger ?

Cordialement
""", sent="12-08 10:35", b="dispute", note="polite question; quantity wrong")
sms("dispute", "fr", "le chauffe-eau fuit depuis votre passage, je paierai quand ce sera réparé", sent="12-10 19:20",
    b="dispute", note="faulty work; 'je paierai quand' is conditional on the repair")
em("dispute", "fr", """
Cette intervention devait être prise en charge par la garantie. Je ne comprends pas pourquoi elle m'est facturée.
""", sent="12-03 11:10", b="dispute", note="warranty")
em("dispute+promise-to-pay", "fr", """
Je vous règle la partie électricité lundi. En revanche, le poste « nettoyage de fin de chantier » n'a jamais été fait : vos ouvriers ont laissé les gravats dans le jardin.
""", sent="12-09 14:25", p="12-14", chk="wd:mon", b="dispute", note="partial promise with a weekday")
em("dispute", "de", """
Sehr geehrte Frau Whitfield,

in Ihrer Rechnung sind 16 Arbeitsstunden aufgeführt. Laut unserem Bautagebuch waren Ihre Monteure an zwei Tagen je vier Stunden vor Ort. Wir bitten um Korrektur.

Mit freundlichen Grüßen
{first}
""", sent="12-07 09:05", b="dispute", note="hours wrong")
em("dispute+already-paid", "de", """
Die Rechnung {inv} ist inhaltlich identisch mit {inv2}, die wir bereits beglichen haben. Bitte stornieren Sie die doppelte Rechnung.
""", sent="12-11 13:30", b="dispute", note="duplicate of an invoice already paid")
sms("dispute", "de", "Da stimmt was nicht, das Material hatten wir selbst gekauft", sent="12-08 18:40", b="dispute",
    note="charged for material the customer bought")
em("dispute", "de", """
Die Dachrinne, die Sie im Sommer montiert haben, hängt schon wieder durch. Dafür zahle ich nicht extra - das gehört zur Gewährleistung.
""", sent="12-15 10:20", b="dispute", note="warranty; 'zahle ich nicht' is a refusal, not hardship")
sms("dispute", "es", "me cobraron dos visitas y solo vinieron una vez", sent="12-04 17:30", b="dispute",
    note="charged for a visit not made")
em("dispute+question", "es", """
Buenas tardes,

El presupuesto que firmamos decía 2,800 dólares con materiales incluidos. La factura suma {amt} y aparece una línea de "materiales adicionales" que nadie nos explicó. ¿Me pueden mandar el detalle? Mientras tanto no vamos a pagar la diferencia.

Saludos
""", sent="12-09 16:10", b="dispute", amt="3400.00", note="price differs; asks for the detail")
em("dispute+promise-to-pay", "es", """
Pagaremos la parte de fontanería el viernes, pero la pared que rompieron sus trabajadores en el baño la tienen que reparar ustedes; esa parte no la vamos a pagar.
""", sent="12-15 12:45", p="12-18", chk="wd:fri", b="dispute", note="damage caused; partial promise with a weekday")
em("dispute", "pt", """
Boa tarde,

A fatura inclui a pintura do muro exterior, que foi cancelada por telefone em outubro. Por favor retirem essa linha e enviem uma fatura corrigida.

Cumprimentos
""", sent="12-08 15:25", b="dispute", note="cancelled work billed")
sms("dispute", "pt", "o trabalho ficou mal feito, a porta nao fecha. nao pago ate virem arranjar", sent="12-10 18:05",
    b="dispute", note="faulty work")
em("dispute", "pt", """
Desculpem, mas não estava combinado que a deslocação era gratuita? Foi o que o Mike me disse ao telefone.
""", sent="12-14 11:50", b="dispute", note="polite question; charge not agreed")
em("dispute", "pt", """
Cobraram-nos 3 dias de aluguer do andaime, mas o andaime foi desmontado ao fim do primeiro dia. Aguardo correção.
""", sent="12-03 09:40", b="dispute", note="days billed wrong")
em("dispute", "nl", """
Beste Dana,

De schilder heeft bij het afplakken de vloer beschadigd; er zitten krassen over de hele lengte van de gang. Voordat we deze factuur betalen, willen we weten hoe jullie dat gaan oplossen.

Met vriendelijke groet,
{first}
""", sent="12-07 11:15", b="dispute", note="damage caused; 'voordat we betalen' is no promise")
em("dispute", "nl", "we hebben maar 1 radiator laten vervangen, er staan er 2 op de factuur", sent="12-09 20:30",
    b="dispute", note="billed for two, one done")
em("dispute+promise-to-pay", "nl", """
We betalen het deel voor de dakgoot op 15 december. Het lekkende dakraam is nog steeds niet gerepareerd; dat deel houden we aan tot het in orde is.
""", sent="12-09 09:55", p="12-15", chk="at:12-15", b="dispute", note="partial promise with a date; rest held back")

# ============================================================ already paid (31)
em("already-paid", "en", """
Our treasury team released this on Tuesday via same-day ACH. The company ID on your bank statement will read "HLDGS PAYMT", not our name.
""", sent="12-10 13:45", b="paid", note="AP wording; 'on Tuesday' is past")
em("already-paid", "en", """
Hi Dana - my husband says he paid this from his phone last week while he was on the road. I'll have him send you the confirmation, but it's taken care of.
""", sent="12-08 19:25", b="paid", note="spouse paid; 'I'll have him send' is no promise to pay")
em("already-paid+question", "en", """
We paid {inv2} on the 2nd - could that have been applied to the wrong invoice? We only ever had one job with you, and this is it.
""", sent="12-07 10:20", b="paid", note="paid under a different invoice number; asks about it")
em("already-paid", "en", """
This should have come out automatically - we're enrolled in autopay with the card on file, and my statement shows a charge from Harbor & Pine on December 1.
""", sent="12-03 12:10", b="paid", note="autopay; 'should have come out' with the charge seen")
em("already-paid+promise-to-pay", "en", """
We've paid $1,000 of the {amt} so far (check 3312, Nov 24). The remainder will go out once our lender releases the final draw.
""", sent="12-04 15:40", b="paid", amt="3400.00", note="partial payment made; rest promised with no day")
em("already-paid", "en", """
I came by the shop Saturday morning with cash, and your foreman Luis counted it out in front of me. He said he'd pass it on to the office.
""", sent="12-07 08:50", b="paid", note="paid in person; 'he'd pass it on' is the foreman's")
sms("already-paid", "en", "that got paid on the 30th. look under my wifes name, Teresa", sent="12-03 17:05", b="paid",
    note="paid under the spouse's name")
em("already-paid", "en", "Paid!! did it the night i got ur first email", sent="12-09 21:15", b="paid")
em("already-paid", "en", """
Payment of {amt} was initiated 12/03 as an RTP (real-time payment), and our bank shows status "Accepted by receiver". Ref 20261203-HPB-0047.
""", sent="12-07 14:05", b="paid", note="bank jargon")
em("already-paid", "en", """
Per our records, {inv} cleared three-way match and was disbursed 11/27 under EFT 77120-4.
""", sent="12-01 11:30", b="paid", note="AP jargon ('disbursed')")
em("already-paid", "en", """
I'd paid this before I left for my daughter's in Arizona - I remember because I did it at the gate in O'Hare. Please look again.
""", sent="12-14 18:40", b="paid", note="pluperfect 'I'd paid'")
sms("already-paid+promise-to-pay", "en", "did 400 thru venmo sunday. ill do the other 400 on the 18th when i get paid",
    sent="12-08 12:30", p="12-18", chk="d:18", b="paid", note="half paid, half promised with a day")
em("already-paid", "en", """
Covered. Our office manager put it on the company Amex the day the final invoice came in - it'll show as a card payment, not a check.
""", sent="12-09 09:55", b="paid", note="'Covered.' and 'put it on the Amex'; 'it'll show' is about the record")
sms("already-paid", "en", "its been paid dude. cashiers check, handed it to mike at the walkthrough", sent="12-11 15:20",
    b="paid", note="paid in person")
em("already-paid", "en", """
Hello,

The payment was remitted on 12/01 per the attached remittance advice (Doc #5100088123). Please update your records accordingly and advise if any balance remains.

Regards,
Accounts Payable
{company}
This mailbox is monitored Monday-Friday, 8:00-4:30 CT.
""", sent="12-04 10:05", b="paid", frm=AP, note="AP mailbox; 'advise if any balance remains' is no question; office hours")
em("already-paid", "en", """
Here's the Zelle receipt - it went through Sunday night.
""", sent="12-08 08:45", b="paid", fwd="zelle_p2", pd="12-06", note="forwarded Zelle confirmation")
em("already-paid", "fr", """
Bonjour,

Nous avons réglé cette facture par chèque, remis à votre chef de chantier le jour de la réception des travaux. Il doit être quelque part dans vos bureaux.

Cordialement
""", sent="12-08 11:20", b="paid", note="paid in person")
sms("already-paid", "fr", "déjà payé par virement mardi dernier, regardez vos relevés", sent="12-10 12:50", b="paid")
em("already-paid", "fr", """
C'est mon mari qui a fait le paiement en ligne, le 2 décembre. Il a reçu une confirmation par e-mail, je vous la transfère ce soir.
""", sent="12-07 17:35", b="paid", note="spouse paid; 'je vous la transfère ce soir' is the receipt, not a payment")
em("already-paid", "de", """
Der Betrag wurde am 01.12. per Auslandsüberweisung angewiesen; die Gutschrift auf Ihrem Konto sollte inzwischen erfolgt sein. Verwendungszweck: {inv}.
""", sent="12-08 09:10", b="paid", note="bank wording")
sms("already-paid", "de", "Hab ich schon bezahlt, per PayPal an eure Firmenadresse", sent="12-09 19:55", b="paid")
em("already-paid", "de", """
Die Rechnung wurde per Lastschrift beglichen - Sie haben doch unsere Einzugsermächtigung. Der Betrag wurde am 30.11. von unserem Konto abgebucht.
""", sent="12-03 10:40", b="paid", note="direct debit (autopay)")
sms("already-paid", "es", "mi esposo ya les pagó el viernes en efectivo, pidan el recibo a su trabajador",
    sent="12-07 13:35", b="paid", note="spouse paid in person; 'el viernes' is past")
em("already-paid", "es", """
Buenos días,

El pago se realizó el 27 de noviembre mediante transferencia ACH desde nuestra cuenta en BBVA. Adjunto el comprobante con el número de rastreo.

Saludos cordiales
""", sent="12-02 10:15", b="paid")
em("already-paid", "es", """
Ya quedó saldado. Lo pagamos junto con la otra factura, en un solo cheque.
""", sent="12-11 16:05", b="paid", note="paid together with another invoice")
em("already-paid", "pt", """
Bom dia,

A fatura foi liquidada no dia 3 por transferência bancária. Envio em anexo o comprovativo.

Cumprimentos
""", sent="12-07 10:30", b="paid")
em("already-paid", "pt", """
Paguei com cartão na vossa página de pagamento, na quinta passada. Tenho o recibo.
""", sent="12-09 14:15", b="paid",
   note="'na quinta passada' is past")
em("already-paid+promise-to-pay", "pt", """
Já pagámos metade (500 dólares) em novembro, como combinado. A outra metade pagamos no dia 18.
""", sent="12-10 15:45", p="12-18", chk="d:18", b="paid", note="half paid, half promised with a day")
em("already-paid", "nl", """
Hierbij de bevestiging van onze bank. Het bedrag is op 2 december van onze rekening afgeschreven.
""", sent="12-04 09:20", b="paid", fwd="bank_nl_p2", pd="12-02", note="forwarded bank confirmation")
sms("already-paid", "nl", "dat is toch allang overgemaakt? kijk je bankafschrift even na", sent="12-08 20:05", b="paid",
    note="paid, phrased as a question")
em("already-paid", "nl", """
Mijn vrouw heeft het vorige week overgemaakt vanaf haar eigen rekening, misschien staat het daarom niet op onze naam.
""", sent="12-14 12:40", b="paid", note="spouse paid")

# ============================================================ promises (30: 15 dated, 15 with no day)
sms("promise-to-pay", "en", "will pay thurs when i get back from my moms", sent="12-14 18:12", p="12-17", chk="wd:thu",
    b="promise")
em("promise-to-pay", "en", """
Payment goes out with our Wednesday check run, the 16th.
""", sent="12-10 11:05", p="12-16", chk="at:12-16:wed", b="promise", note="'check run' with a day")
em("promise-to-pay", "en", """
We'll have this paid by the 22nd at the latest.
""", sent="12-11 14:35", p="12-22", chk="d:22", b="promise")
sms("promise-to-pay", "en", "in 3 days. i promise", sent="12-08 20:40", p="12-11", chk="+3", b="promise")
em("promise-to-pay", "en", """
I'll pay the full balance at the end of the month when my commission check comes in.
""", sent="12-09 12:15", p="12-31", chk="eom", b="promise")
em("promise-to-pay", "en", """
Payment will go out Monday or Tuesday of next week.
""", sent="12-10 16:50", p="12-15", chk="nw:tue", b="promise",
   note="'next week, Monday or Tuesday': the later named day (the first probe set's 'or' convention)")
em("promise-to-pay+question", "en", """
I'll pay it tonight - is the link in your email still the right one?
""", sent="12-15 17:20", p="12-15", chk="+0", b="promise", note="'tonight' = today; asks about the link")
em("promise-to-pay", "en", """
The check is in the mail.
""", sent="12-08 09:40", b="promise",
   note="the idiom, with no mailing day: a promise per the brief (a check mailed on a stated day is read as paid)")
sms("promise-to-pay", "en", "checks in the mail, should be there soon", sent="12-11 17:55", b="promise",
    note="'check's in the mail' taken as a promise per the brief")
em("promise-to-pay", "en", """
Processing now - you'll see it shortly.
""", sent="12-07 15:30", b="promise", note="'processing now' is not paid")
em("promise-to-pay", "en", """
I'll take care of it, promise. Things have just been hectic with the move.
""", sent="12-03 21:00", b="promise")
em("promise-to-pay", "en", """
This cleared approval yesterday and is now in the pay cycle. Our payment runs are twice a month, so it'll go out with whichever comes first.
""", sent="12-09 10:35", b="promise", note="'cleared approval yesterday' is past, the payment is not; no day")
sms("promise-to-pay", "en", "ya ya ill pay it. been a crazy month", sent="12-04 22:10", b="promise")
em("promise-to-pay", "en", """
We'll settle up with you once the bank finishes moving our accounts over - shouldn't be long.
""", sent="12-14 08:55", b="promise", note="conditional, no day")
em("promise-to-pay", "fr", """
Bonjour,

Le virement partira d'ici vendredi prochain, le 18.

Bien cordialement,
{first}
""", sent="12-10 09:50", p="12-18", chk="at:12-18:fri", b="promise",
   note="'vendredi prochain, le 18' sent on a Thursday: the day number settles it")
em("promise-to-pay", "fr", """
Dès que je rentre de Lyon, je fais le nécessaire pour le paiement. Navré de vous faire attendre.
""", sent="12-08 19:45", b="promise", note="no day")
em("promise-to-pay", "fr", "ok je vous fais un virement bientot", sent="12-15 12:30", b="promise")
em("promise-to-pay", "de", """
Wir zahlen übermorgen, sobald die Gutschrift unseres Kunden eingegangen ist.
""", sent="12-09 15:05", p="12-11", chk="+2", b="promise")
sms("promise-to-pay", "de", "Überweise dir das Geld am Monatsende, passt?", sent="12-04 19:15", p="12-31", chk="eom",
    b="promise", note="'passt?' asks if it suits; still a promise, not a question")
em("promise-to-pay", "de", """
Ihre Rechnung hat die Freigabe durchlaufen und wird beim kommenden Zahlungslauf berücksichtigt.
""", sent="12-11 10:25", b="promise", note="'freigegeben' (approved) is not paid; no day")
sms("promise-to-pay", "es", "martes sin falta le hago el depósito", sent="12-10 20:50", p="12-15", chk="wd:tue", b="promise")
em("promise-to-pay", "es", """
Buenas tardes,

El 21 le mando el dinero; ese día nos entra el pago de la obra de Naperville.

Saludos
""", sent="12-11 16:30", p="12-21", chk="d:21", b="promise")
em("promise-to-pay", "es", """
Disculpe la demora, se nos pasó. Lo pagamos en los próximos días.
""", sent="12-07 12:05", b="promise", note="'en los próximos días' has no day")
sms("promise-to-pay", "es", "ya mero le pago, nomas que me depositen", sent="12-09 21:40", b="promise",
    note="Mexican colloquial; conditional, no day")
em("promise-to-pay", "pt", """
Olá Dana,

Vou fazer a transferência na terça-feira, dia 15, assim que o banco abrir.

Obrigada
""", sent="12-10 14:20", p="12-15", chk="at:12-15:tue", b="promise")
sms("promise-to-pay", "pt", "so recebo dia 15, mas no dia seguinte pago, pode ser?", sent="12-09 18:30", p="12-16", chk="at:12-16", b="promise",
    note="the 15th is payday; the promise is the day after; asks if it suits")
em("promise-to-pay", "pt", """
Peço imensa desculpa pelo atraso. Vou tratar do pagamento logo que receba o ordenado.
""", sent="12-15 19:10", b="promise", note="conditional on the salary; no day")
em("promise-to-pay", "nl", """
Hoi Dana,

Ik maak het bedrag donderdag over, dan heb ik mijn salaris binnen.

Groet,
{first}
""", sent="12-14 09:30", p="12-17", chk="wd:thu", b="promise")
sms("promise-to-pay", "nl", "komt goed, betaal het zsm", sent="12-08 13:15", b="promise", note="'zsm' = asap")
em("promise-to-pay", "nl", """
De factuur staat klaar voor de eerstvolgende betaalrun. Excuses voor de vertraging.
""", sent="12-10 11:50", b="promise", note="'next payment run' with no day")

# ============================================================ hardship (31)
em("hardship", "en", """
I was let go from the hospital on Friday after 11 years. I'm not going to run from this bill, but I need to see what my severance looks like before I can promise you anything.
""", sent="12-07 20:30", b="hardship", note="job loss; 'promise' negated; 'on Friday' is past")
em("hardship+promise-to-pay", "en", """
Things have been rough since the divorce was finalized - I'm down to one income. I can send $150 on the 15th and the same every month after until it's paid off.
""", sent="12-08 19:05", p="12-15", chk="d:15", b="hardship", note="divorce; dated first instalment")
sms("hardship", "en", "can i do 75 every 2 weeks? christmas wiped me out", sent="12-16 21:20", b="hardship",
    note="asks for a plan")
em("hardship", "en", """
Our biggest client filed Chapter 11 last week and we're owed about $40k in their bankruptcy. Until that shakes out I can't pay anyone on time. I'm sorry - I'll keep you posted.
""", sent="12-09 13:25", b="hardship", note="'can't pay anyone on time'; 'keep you posted' is no promise")
em("hardship", "en", """
I run ice-fishing trips, so December is dead until the lakes freeze. Could you give me until February?
""", sent="12-04 16:45", b="hardship", note="slow season; a month, no day")
sms("hardship+promise-to-pay", "en", "laid off tues. can send 100 friday, rest when i find something", sent="12-10 18:35",
    p="12-11", chk="wd:fri", b="hardship", note="'tues' is past; partial payment on Friday")
em("hardship", "en", """
Is there any chance we could put this on a payment plan? My hours at the warehouse got cut to 20 a week in November.
""", sent="12-11 20:00", b="hardship", note="asks for a plan")
em("hardship", "en", """
I had a heart attack on Thanksgiving and I'm only now home from rehab. My daughter is going through my mail. Please give us some time.
""", sent="12-14 15:10", b="hardship", note="illness; a holiday date is past")
em("hardship+promise-to-pay", "en", """
We can't do the whole {amt} right now - our insurance claim for the roof leak is stuck. I'll send half on December 23 and the rest when the claim pays.
""", sent="12-11 10:50", p="12-23", chk="at:12-23", b="hardship", note="insurance mentioned, not a dispute; dated half")
em("hardship", "en", """
Would you consider splitting this into four payments? Our enrollment dropped after a new daycare opened down the street and we're running lean until fall.
""", sent="12-02 14:40", b="hardship", note="asks to split")
em("hardship", "en", "honestly i dont have it. my car died and everything went into fixing it", sent="12-08 22:05",
    b="hardship")
em("hardship", "en", """
I can do $50 a month. That's honestly all there is right now, with two kids and my ex not paying support.
""", sent="12-15 21:15", b="hardship", note="offers $50 a month with no day: hardship alone, like the corpus")
em("hardship+promise-to-pay", "en", """
Hi Dana,

I owe you an explanation. My business partner walked away in October and took most of our working capital with him. We're still operating, but every dollar is spoken for through the end of the year.

What I can do: $500 on January 8, and then $500 on the 8th of each month after that until we're square. If that works, I'll set it up in our bank's bill pay.

{first}
{company}
(414) 555-0163
""", sent="12-14 11:35", p="01-08", chk="at:2027-01-08", b="hardship",
   note="long e-mail; 'through the end of the year' is no promise; first instalment dated")
sms("hardship", "en", "wife had the baby early + NICU bills. need more time pls", sent="12-06 19:40", b="hardship")
em("hardship", "en", """
Can we break this into three chunks? December's been brutal for the shop.
""", sent="12-17 17:05", b="hardship", note="asks to split, no money words beyond 'brutal'")
em("hardship+promise-to-pay", "en", """
Lost the Henley contract this fall, so money's tight. I'll send $300 in ten days when our draw comes in, and the rest in the new year.
""", sent="12-07 14:15", p="12-17", chk="+10", b="hardship", note="'in ten days' written out")
em("hardship", "fr", """
Bonjour,

Suite à mon licenciement économique le mois dernier, je ne suis pas en mesure de régler la totalité. Pourrais-je vous verser 100 $ par mois ?

Merci de votre compréhension,
{first}
""", sent="12-07 10:55", b="hardship", note="job loss; asks for a plan")
sms("hardship+promise-to-pay", "fr", "on traverse une période compliquée, je peux vous envoyer 200 le 20 et le reste en janvier",
    sent="12-09 20:10", p="12-20", chk="d:20", b="hardship", note="dated partial payment")
em("hardship", "fr", """
Mon épouse est hospitalisée depuis trois semaines et je n'arrive plus à suivre les factures. Je vous demande un peu de patience.
""", sent="12-11 18:25", b="hardship", note="illness")
em("hardship", "de", """
Die Saison war miserabel, unser Biergarten hatte wegen des Regens kaum Gäste. Ginge es, dass wir ab Januar monatlich 200 Dollar zahlen?
""", sent="12-03 14:15", b="hardship", note="slow season; a plan from January, no day")
em("hardship+promise-to-pay", "de", """
Ich bin seit Oktober arbeitslos. 150 Dollar kann ich am 15.12. überweisen, den Rest so bald wie möglich.
""", sent="12-08 11:45", p="12-15", chk="at:12-15", b="hardship", note="dated partial payment")
sms("hardship", "de", "bin krankgeschrieben und hab grad kein geld, sorry. kann ich in raten zahlen", sent="12-10 17:35",
    b="hardship", note="no question mark")
em("hardship", "es", "perdí el trabajo en noviembre, puedo pagarle 50 a la semana?", sent="12-09 19:25",
    b="hardship", note="asks for a plan")
em("hardship", "es", """
Mi mamá tuvo una cirugía en Guadalajara y tuve que viajar de urgencia; se me fueron todos los ahorros. ¿Podemos hacer un plan de pagos?
""", sent="12-14 13:20", b="hardship")
em("hardship+promise-to-pay", "es", """
Estamos muy justos este mes por el divorcio, pero puedo depositarle la mitad el 30 de diciembre y el resto en enero.
""", sent="12-10 20:35", p="12-30", chk="at:12-30", b="hardship", note="divorce; dated half")
em("hardship", "pt", """
Bom dia,

Fiquei desempregada há duas semanas e ainda não recebi o subsídio. Será possível pagar em prestações?

Obrigada
""", sent="12-08 10:40", b="hardship")
sms("hardship", "pt", "a loja esta parada desde as obras na rua, nao tenho como pagar agora", sent="12-11 13:55",
    b="hardship")
em("hardship+promise-to-pay", "pt", """
A situação está difícil com a doença do meu pai, mas consigo pagar 250 dólares na sexta-feira e o resto no próximo mês.
""", sent="12-14 16:10", p="12-18", chk="wd:fri", b="hardship", note="illness in the family; dated partial")
em("hardship", "nl", """
Beste Dana,

Sinds mijn scheiding moet ik alles alleen betalen en dat lukt even niet. Zou ik dit in vier termijnen mogen voldoen?

Groet,
{first}
""", sent="12-09 12:30", b="hardship", note="'voldoen' (to settle) is also a paid word ('voldaan')")
sms("hardship", "nl", "mijn auto is total loss en ik moest een nieuwe kopen, geen ruimte nu. betalingsregeling mogelijk?",
    sent="12-15 18:50", b="hardship")
em("hardship+promise-to-pay", "nl", """
Door ziekte heb ik deze maand weinig kunnen werken. Ik kan op 23 december 200 dollar overmaken en de rest in januari.
""", sent="12-11 14:05", p="12-23", chk="at:12-23", b="hardship", note="illness; dated partial")

# ============================================================ auto-replies (15)
em("auto-reply", "en", """
I'm out of the office for a family wedding and back Wednesday, December 16, with limited access to email. For project questions please contact our site supervisor at (773) 555-0129; for billing, accounting@{domain}.
""", sent="12-10 08:35", b="auto", ah=True, subj="Out of Office: {s}", note="return day is not a promise")
em("auto-reply", "en", """
Thank you for your submission to {company} Accounts Payable.

IMPORTANT: This mailbox processes invoices only. Payment status inquiries sent to this address will not receive a response. Please allow 30 days from invoice receipt for payment. Vendors can check payment status in the supplier portal.
""", sent="12-09 09:12", b="auto", ah=False, subj="Automatic reply: {s}", frm=AP,
   note="AP mailbox full of payment words")
em("auto-reply", "en", """
Hello,

This confirms we received your email.

Case number: 00418827
Priority: Normal
Status: New

A member of our billing team will review your case. You can reply to this email to add information to the case.

--
{company} Customer Care
""", sent="12-03 10:05", b="auto", ah=True, subj="Case 00418827 received: {s}",
   frm=("{company} Customer Care", "care@{domain}"), note="helpdesk case")
sms("auto-reply", "en", "Automated message: texts sent to this line are not delivered to staff. To reach Riverbend Senior Living, please call the front desk.",
    sent="12-08 10:22", b="auto", note="this number does not receive texts")
em("auto-reply", "en", """
I am on medical leave through the end of January and will not be checking email. Invoices and payment matters are being handled by Tom Reyes (treyes@{domain}) in my absence.
""", sent="12-14 09:25", b="auto", ah=False, subj="Automatic reply: {s}",
   note="'through the end of January' is an absence, not a promise")
em("auto-reply", "fr", """
Bonjour,

Merci pour votre message. Notre cabinet est fermé du 23 décembre au 4 janvier inclus. Les demandes reçues pendant cette période seront traitées à la réouverture.

Cordialement,
L'équipe {company}
""", sent="12-23 08:40", b="auto", ah=True, subj="Réponse automatique : {s}", note="closure dates")
em("auto-reply", "fr", """
Accusé de réception automatique - Pôle Fournisseurs. Les factures sont réglées à 45 jours fin de mois à compter de leur date d'émission. Aucune suite ne sera donnée aux relances adressées à cette boîte.
""", sent="12-08 09:45", b="auto", ah=False, subj="Accusé de réception : {s}",
   note="payment terms are no promise")
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht.

Ich bin vom 07.12. bis 11.12. auf Fortbildung und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab Montag, 14.12., bin ich wieder erreichbar.

Mit freundlichen Grüßen
""", sent="12-07 08:20", b="auto", ah=True, subj="Abwesenheitsnotiz: {s}", note="return day is not a promise")
em("auto-reply", "de", """
Dies ist eine automatisch generierte Nachricht. Ihre E-Mail ist bei uns eingegangen und wird unter dem Ticket #DE-20931 bearbeitet. Bitte antworten Sie nicht auf diese Nachricht.
""", sent="12-10 09:50", b="auto", ah=False, subj="[Ticket #DE-20931] {s}", who="Petra Scholz",
   note="ticket")
em("auto-reply", "es", """
Estimado cliente:

Hemos recibido su mensaje. Nuestro horario de atención es de lunes a viernes de 9:00 a 18:00. Le responderemos a la brevedad.

Atentamente,
Departamento de Administración
""", sent="12-05 09:05", b="auto", ah=True, subj="Respuesta automática: {s}", note="office hours with weekdays")
sms("auto-reply", "es", "Gracias por escribir a Delgado Remodeling. Este número no recibe mensajes de texto; llámenos al (773) 555-0185.",
    sent="12-09 11:40", b="auto", note="this number does not receive texts")
em("auto-reply", "pt", """
Olá,

Estou de férias até 6 de janeiro, sem acesso ao e-mail. Para questões de faturação, contacte por favor a Marta (marta@{domain}).

Boas festas!
""", sent="12-18 08:55", b="auto", ah=True, subj="Resposta automática: {s}", note="'questões' is not a question")
em("auto-reply", "pt", """
Esta é uma mensagem automática. O seu e-mail foi recebido pelo departamento financeiro e será respondido no prazo de 5 dias úteis. Não responda a esta mensagem.
""", sent="12-11 09:30", b="auto", ah=False, subj="Resposta automática: {s}", note=None)
em("auto-reply", "nl", """
Goedendag,

Bedankt voor uw e-mail. Ik ben tot en met vrijdag 18 december niet bereikbaar. In dringende gevallen kunt u bellen met 020 555 0139.

Met vriendelijke groet
""", sent="12-14 08:15", b="auto", ah=True, subj="Afwezig: {s}", note="return day is not a promise")
em("auto-reply", "nl", """
Dit is een automatisch antwoord. Wij hebben uw bericht ontvangen. Let op: betalingen aan leveranciers worden uitsluitend op donderdag verwerkt.
""", sent="12-08 10:35", b="auto", ah=False, subj="Automatisch antwoord: {s}",
   note="'op donderdag' is a policy, not a promise")

# ============================================================ opt-out (15)
sms("opt-out", "en", "Texts to this number need to end. Its a work phone and my boss sees them.", sent="12-09 10:48",
    b="optout", note="indirect")
em("opt-out", "en", """
I'd appreciate it if these automated emails ended here. If something needs my attention, my assistant can reach me by phone.
""", sent="12-10 15:55", b="optout", note="indirect, polite")
sms("opt-out", "en", "cancel these texts. ill call the office myself when im ready", sent="12-07 19:30", b="optout",
    note="'cancel' the texts, not an order")
em("opt-out+already-paid", "en", """
We settled with you weeks ago (see our bank's confirmation from 11/20). I don't want one more of these automated notices - please remove us.
""", sent="12-03 13:05", b="optout", note="paid and opts out")
em("opt-out", "en", """
I'm not going to keep reading these. Anything further about this bill should come in writing to my attorney, Deborah Kline, 55 W Monroe St, Chicago.
""", sent="12-11 16:40", b="optout", note="indirect: redirects all contact to an attorney; no dispute stated")
sms("opt-out", "fr", "désinscrivez-moi de ces textos svp", sent="12-08 14:55", b="optout")
em("opt-out", "fr", """
Bonjour,

Je vous serais reconnaissante de cesser l'envoi de ces relances automatiques sur mon adresse personnelle. Pour toute question, appelez-moi au cabinet.

Cordialement
""", sent="12-04 11:35", b="optout", note="'pour toute question' is not a question")
em("opt-out", "de", """
Hiermit widerspreche ich der Nutzung meiner E-Mail-Adresse für Zahlungserinnerungen.
""", sent="12-09 10:10", b="optout", note="legal wording, indirect")
sms("opt-out", "de", "Bitte hören Sie auf, mir zu schreiben.", sent="12-14 20:25", b="optout")
em("opt-out", "es", """
Ya van cuatro correos de cobro esta semana. No quiero recibir ni uno más por este medio.
""", sent="12-10 18:15", b="optout", note="complaint and opt-out")
sms("opt-out", "es", "dejen de mandar textos a este cel, es de mi hijo", sent="12-07 21:05", b="optout")
em("opt-out", "pt", """
Não autorizo o envio de cobranças para este endereço de e-mail. Agradeço que o removam imediatamente.
""", sent="12-08 12:25", b="optout")
sms("opt-out", "pt", "Desativem as mensagens para este número, obrigado", sent="12-11 10:15", b="optout")
em("opt-out", "nl", """
Ik wil graag uitgeschreven worden voor deze automatische herinneringen.
""", sent="12-07 13:50", b="optout")
sms("opt-out+promise-to-pay", "nl", "ik betaal vrijdag. hou nu op met die smsjes", sent="12-08 17:45", p="12-11",
    chk="wd:fri", b="optout", note="opt-out with a dated promise")

FWD = {
    "zelle_p2": dict(frm="Lakeside Community Bank <notifications@lakesidecb.example>",
                     subj="Your Zelle payment was sent", body="""
You sent money with Zelle®

To:            Harbor & Pine Builders
Amount:        {amt}
Memo:          {inv}
Sent on:       {pd_us}
Confirmation:  ZL{pd_compact}77K3

Money sent with Zelle typically arrives in minutes when the recipient is already enrolled.
Questions? Call 1-800-555-0142. Do not reply to this automated message.
"""),
    "bank_nl_p2": dict(frm="Rabobank <noreply@rabobank-meldingen.example>",
                       subj="Bevestiging buitenlandse overboeking", body="""
Uw buitenlandse overboeking is uitgevoerd.

Begunstigde:        HARBOR & PINE BUILDERS LLC
Bedrag:             USD {amt}
Omschrijving:       {inv}
Uitvoeringsdatum:   {pd_eu}
Kenmerk:            NL-{pd_compact}-2231

Dit is een automatisch bericht. U kunt niet op deze e-mail reageren.
"""),
}
