"""Hand-written customer replies for the HELD-OUT set (built by build_holdout.py).

Same entry structure, placeholders and labelling rules as bodies.py (read its docstring), but
every body here is new: new situations, wording, customers and typos. None of these is
used for training or tuning; the developers only measure on them, never read them one by one.

    em(kinds, lang, text, ...)   an e-mail reply
    sms(kinds, lang, text, ...)  a text message

December 2026: Tue 1, Fri 4, Mon 7, Fri 11, Mon 14, Fri 18, Thu 24, Thu 31; Fri 1 Jan 2027.
"""

import entries

ENTRIES, em, sms = entries.collector()


# =============================================================================== opt-out
sms("opt-out", "en", "END", note="carrier opt-out keyword END")
sms("opt-out", "en", "no more of these texts please, thx")
sms("opt-out", "en", "Cancel texts. I don't want payment reminders on my phone.")
sms("opt-out", "en", "Texting me at 7 in the morning about a bill? Take this number off your list.",
    note="rhetorical question")
sms("opt-out", "en", "UNSUB")
sms("opt-out", "en", "pls delete this number from ur reminder thing", note="indirect, typos")
sms("opt-out", "en", "I'm blocking this number after this. Don't message me anymore.")
sms("opt-out", "es", "Por favor borren este número de su lista, no quiero recibir avisos.")

em("opt-out", "en", "Please take this address off. It's a shared inbox and the whole front desk sees these.",
   note="indirect: never says unsubscribe or stop")
em("opt-out", "en", "I'd prefer not to receive these reminders going forward. Thank you.")
em("opt-out", "en", "No more of these please.")
em("opt-out", "en", """
Hello Dana,

I retired in the fall and only check this account once in a blue moon. Please drop me from these automated messages. My daughter Erin looks after the house accounts now and the office has her phone number.

Warm regards,
{first}
""", note="polite and indirect; mentions accounts")
em("opt-out", "en", "Unsubscribe me please - these ping my phone at all hours.")
em("opt-out", "en", """
Remove this e-mail from your reminder system. All correspondence to {company} should be sent by post to our registered office.
""")
em("opt-out", "en", "Kindly cease sending automated notices to this mailbox.")
em("opt-out", "en", """
Please delete my contact details from your reminder system. I'm exercising my right to opt out of automated messages under state privacy law.
""")
em("opt-out", "en", "I never signed up for any mailing list and I want out of this one. Don't add me to automated lists.")
em("opt-out", "en", "How do I get off this list? I never asked to be on it.",
   note="phrased as a question, but it is an opt-out")
em("opt-out", "en", "This isn't the inbox for reminders, and frankly I'd like it removed from your list altogether.")

em("opt-out", "fr", """
Bonjour,

Cette boîte mail est celle du secrétariat, pas de la comptabilité. Merci de ne plus y envoyer vos rappels.

Bonne journée
""", note="indirect: asks not to send reminders here")
em("opt-out", "de", "Bitte nehmen Sie diese Adresse aus Ihrem Mahnsystem. Automatisierte Nachrichten sind bei uns unerwünscht.")
em("opt-out", "es", "Les pido que dejen de escribir a esta dirección. Es un correo personal y no quiero más recordatorios.")
em("opt-out", "nl", "Graag dit e-mailadres uit jullie systeem halen, ik zit niet op deze berichten te wachten.")
em("opt-out", "pt", "Não quero continuar a receber estas mensagens automáticas. Agradeço que removam o meu contacto.")

# opt-out mixed
em("opt-out+dispute", "en", """
Take me off this. And while we're at it, the vanity your plumber put in leaks at the drain every time we run the tap, nobody has come back, so I'm not paying for it.
""", note="dispute without the word 'wrong'")
sms("opt-out+already-paid", "en", "paid it thru my bank on the 1st. quit texting", sent="12-04")
em("opt-out+question", "en", "Who do I speak to about getting off this list? Also, which job is {inv} even for?")
em("opt-out+hardship", "es", """
Ahora mismo no puedo pagar, me quedé sin empleo en noviembre. Y por favor dejen de mandarme estos correos, me angustian mucho.
""")

# =============================================================================== dispute
em("dispute", "en", "The gate you hung drags on the concrete and won't latch. Until it swings freely we're not settling this.",
   note="no 'wrong'; conditional, no promise")
em("dispute", "en", """
We were billed for 40 sq ft of tile. The shower surround measures 28 sq ft. Please reissue with the actual quantity.
""")
em("dispute", "en", """
This appears to be a duplicate of {inv2}, which covers the identical scope on the identical date.
""", note="duplicate billing, no payment claimed")
em("dispute", "en", """
Per section 7 of our contract the 10% retainage isn't due until final inspection, which hasn't happened yet. The full {amt} can't be requested at this point.
""")
em("dispute", "en", "I never agreed to a trip charge. Nobody mentioned one when we booked.")
em("dispute", "en", """
Hi Dana,

Your crew poured the pad two inches lower than the plan called for, and the downspout now drains straight toward the foundation. That has to be corrected before I approve this invoice.

Thanks,
{first}
""")
em("dispute", "en", "The painters skipped the hallway ceiling entirely. Either take that line off or send someone back.")
em("dispute", "en", "We have not signed off on this. The punch list from 11/12 is still open with nine items on it.")
em("dispute", "en", """
Respectfully, I contest this charge. The estimate said materials at cost, and the supplier receipts you sent over show roughly a 35% markup.
""")
em("dispute", "en", """
Dana,

Before anyone chases this invoice, you should know what happened with the fence. We had the lot surveyed last month for an unrelated reason and the surveyor found your crew set the whole back run eighteen inches onto our neighbor's property. He has been very decent about it, but it has to come out and go back in on our side of the line. We've already had one contractor out to quote the move and it's more than half of what you billed us.

I'd like that sorted with your project manager first. Until then please consider this invoice on hold.

{first}
""", note="long; never says wrong or dispute")
em("dispute", "en", """
That price was supposed to include haul-away. A separate $275 disposal fee is not what we signed up for.
""")
em("dispute", "en", "Your tech spent half the visit on his phone. I'm not being charged five hours for that.")
em("dispute", "en", "Read Luis's note below: no charge for the return trip. It's on the invoice anyway.",
   fwd="foreman_en", note="forwarded evidence is our own foreman's e-mail")
sms("dispute", "en", "uh no. the estimate said 1800 and we never approved anything over that")
sms("dispute", "en", "u charged me for a new faucet, i bought that faucet myself at home depot")
sms("dispute", "en", "garage door still sticks. fix it first")

em("dispute", "fr", """
Bonjour,

La facture mentionne la pose de 12 spots alors que seulement 8 ont été installés. Merci de revoir le montant.

Cordialement,
{first}
""")
em("dispute", "de", """
Der Wasserschaden im Keller ist durch Ihre Handwerker entstanden. Solange das nicht geklärt ist, zahlen wir gar nichts.
""", note="conditional, no promise")
em("dispute", "de", """
Laut Angebot vom 3. Oktober war die Entsorgung inklusive. Die Position "Entsorgung" auf Ihrer Rechnung akzeptieren wir nicht.
""")
em("dispute", "es", "Nos cobraron materiales que compramos nosotros mismos. Ese cargo no procede.")
em("dispute", "nl", "De schilders hebben de kozijnen aan de achterkant overgeslagen. Die post betalen we dus niet.")
em("dispute", "pt", "O orçamento aprovado foi de 1.500 dólares e não este valor. Não aceitamos esta cobrança.")

# dispute mixed
em("dispute+question", "en", """
Why does this include a second coat of sealant we never got? And can you send me the crew's timesheets for that week
""")
em("dispute+promise-to-pay", "en", """
I'll send the $1,200 for the siding on the 9th. The $380 "small repairs" line stays unpaid until someone explains what it was.
""", sent="12-03 10:05", p="12-09", chk="d:9", amt="1580.00", note="partial promise, rest disputed")
em("dispute+already-paid", "de", """
Den vereinbarten Betrag haben wir bereits am 19.11. beglichen. Der Rest, den Sie jetzt anmahnen, betrifft Zusatzarbeiten, die nie beauftragt wurden.
""", note="agreed part paid, the rest disputed")

# =============================================================================== already-paid
em("already-paid", "en", "Funds were remitted via EFT on 11/30. Trace number 021000021-4478812.",
   sent="12-03", note="bank jargon")
em("already-paid", "en", """
The ACH credit settled on 12/1 per our bank. On your side the reference should read HARBORPINE {inv}.
""", sent="12-03", note="bank jargon")
em("already-paid", "en", """
Our wire was value-dated November 27. Your bank may be holding it in suspense because the beneficiary name got truncated.
""", note="bank jargon; no 'paid'")
em("already-paid", "en", "This posted to your account on the 2nd - I can see the debit on our statement.", sent="12-07")
em("already-paid", "en", "Hi, my husband dropped a cashier's check through your mail slot over the weekend, so we're square.")
em("already-paid", "en", "Remittance went out in our 11/24 disbursement batch, EFT #88-2044.")
em("already-paid", "en", "Our AP clerk confirms {inv} cleared in the November close. Nothing is outstanding on our books.")
em("already-paid", "en", """
The positive pay file for check 6120 was approved last Tuesday and the check has been negotiated.
""", note="bank jargon: the check was cashed")
em("already-paid", "en", "Here's the trace info from our bank.", fwd="ach_trace_en", pd="11-30")
em("already-paid", "en", "Cashed on the 23rd, see below.", fwd="check_paid_en", pd="11-23")
em("already-paid", "en", "Went through our vendor portal, notification below.", fwd="portal_en", pd="11-26")
sms("already-paid", "en", "paid w/ my debit card on ur site sat morning")
sms("already-paid", "en", "check cleared my acct yesterday so u have it")
sms("already-paid", "en", "Its done, bank transfer went thru 11/28")
sms("already-paid", "en", "My son paid it for me last week from his account")

em("already-paid", "fr", "Le règlement a été fait par virement international le 27/11, date de valeur le 30/11.",
   note="bank jargon")
em("already-paid", "de", "Anbei die Ausführungsbestätigung unserer Bank.", fwd="auslandszahlung_de", pd="11-26")
em("already-paid", "es", "El pago ya se hizo. Mi contadora lo mandó por ACH el lunes pasado.")
em("already-paid", "nl", "Het bedrag is op 26-11 van onze rekening afgeschreven. Bij ons staat de factuur als voldaan.")
sms("already-paid", "pt", "Paguei pelo app do banco no sábado, já saiu da minha conta")
em("already-paid", "pt", "Em anexo o comprovativo da transferência.", fwd="transferencia_pt2", pd="11-27")

# already-paid mixed
em("already-paid+question", "en", """
We wired this on 11/25. Was an intermediary bank fee deducted? If it arrived short, tell me the difference
""")
sms("already-paid+question", "en", "paid at the counter on the 3rd, do u need the receipt", sent="12-07",
    note="question without a question mark")
em("already-paid+promise-to-pay", "es", """
Ya pagamos la mitad el 20 de noviembre; el resto se lo transferimos el 15.
""", sent="12-04 11:20", p="12-15", chk="d:15", note="half paid, rest promised")

# =============================================================================== hardship
em("hardship", "en", """
Our biggest customer filed for bankruptcy last month and took $38k of receivables with them. I'm trying to keep the lights on. I need some time.
""", note="no 'hardship'")
em("hardship", "en", "Single mom, two jobs, and the furnace died the same week. I can't swing this right now.")
em("hardship", "en", """
We're between insurance payouts after the storm damage and the bank froze our credit line. Everything is on hold for now.
""")
em("hardship", "en", "Honestly Dana, the well is dry. Winter is always lean for us and this one is worse.",
   note="idiom; no money words")
em("hardship", "en", "I'm going through chemo and haven't worked since October. I need a little more time on this.")
em("hardship", "en", "Could we spread this over the next few months? Maybe $150 each paycheck.",
   note="instalment request")
em("hardship", "en", """
Payroll came out of my personal savings this month. I'm not in a position to pay any vendor before January.
""", note="'before January' is no promise")
em("hardship", "en", "Unemployment hasn't kicked in yet and I'm behind on rent. I don't know what to tell you.")
em("hardship", "en", """
The shop flooded again in November and the insurer is fighting us on it. Can we pause this until they pay out
""", note="question without a question mark, but the point is hardship")
em("hardship", "en", """
Two of our tenants stopped paying rent and I'm covering the mortgage out of pocket. Is there any flexibility on this one?
""")
sms("hardship", "en", "things r rough, got laid off in nov. can i send something small each month")
sms("hardship", "en", "car accident last wk, out of work. cant pay yet sorry")
sms("hardship", "en", "Im broke till after the holidays honestly", note="'till after the holidays' is no promise")

em("hardship", "fr", """
Depuis le départ de notre associé, la trésorerie est au plus bas. Un étalement sur trois mois serait-il envisageable ?
""")
em("hardship", "de", """
Unser größter Auftraggeber ist insolvent und wir warten auf Gelder aus dem Verfahren. Ich muss Sie leider um Aufschub bitten.
""")
sms("hardship", "es", "Estoy sin chamba desde octubre y no me alcanza para nada. Deme chance por favor")
em("hardship", "es", """
Mi esposo está internado desde hace semanas y los gastos médicos nos tienen ahogados. ¿Me permite pagar de a poco?
""")
em("hardship", "nl", "Sinds mijn man is overleden loopt alles door elkaar en het geld is op. Ik heb echt wat uitstel nodig.")
em("hardship", "pt", "A obra que tínhamos em carteira foi cancelada e ficámos sem faturação. Precisamos de mais prazo.")

# hardship mixed
em("hardship+promise-to-pay", "en", """
Lost two weeks of work to the flu, but my disability check lands on the 16th and I'll pay you then.
""", sent="12-07 18:10", p="12-16", chk="d:16")
em("hardship+promise-to-pay", "pt", "Estamos apertados, mas conseguimos pagar metade a 22/12.",
   sent="12-10 11:00", p="12-22", note="day/month; partial payment")
em("hardship+question", "en", """
We're stretched thin since the layoffs. Does the invoice include the permit fee, or is that separate
""", note="question without a question mark")

# =============================================================================== promise-to-pay
em("promise-to-pay", "en", "We'll get it to you on the 9th, right after our draw comes through.",
   sent="12-03 10:30", p="12-09", chk="d:9")
em("promise-to-pay", "en", "Check goes out Dec. 9.", sent="12-02 14:10", p="12-09", note="abbreviated month with a dot")
em("promise-to-pay", "en", "You'll have it Thursday week at the latest.", sent="12-07 09:40", p="12-17",
   note="'Thursday week' = the Thursday after this coming one")
em("promise-to-pay", "en", """
Our AP calendar has this in the first payment run of the new year, which is the first week of January.
""", sent="12-15 13:20", p="01-08", note="'first week of January' = Jan 4-8")
em("promise-to-pay", "en", "It'll be squared away before Christmas - I'll transfer it myself.", sent="12-08 17:00",
   p="12-24")
em("promise-to-pay", "en", "Putting it through on Monday the 14th.", sent="12-09 16:00", p="12-14")
em("promise-to-pay", "en", "I can cover it the week of the 14th", sent="12-08 12:15", p="12-18",
   note="'the week of the 14th' is a range: its Friday")
em("promise-to-pay", "en", "I'll get it done by the end of the week, promise.", sent="12-15 11:00", p="12-18",
   chk="tw:fri")
em("promise-to-pay", "en", "Next week works. I'll send it through the portal.", sent="12-03 15:00", p="12-11",
   chk="nw:fri")
em("promise-to-pay", "en", "Expect payment in 3 business days.", sent="12-08 10:45", p="12-11", chk="+3",
   note="business days from a Tuesday")
em("promise-to-pay", "en", "Our next disbursement is 12/16 and you're on it.", sent="12-07 14:30", p="12-16")
em("promise-to-pay", "en", "Tomorrow morning I'll call your office with the card number.", sent="12-10 19:00",
   p="12-11", chk="+1")
em("promise-to-pay", "en", "Will pay between Dec 21 and 23 once I'm back in town.", sent="12-11 09:50", p="12-23",
   note="range: end of range")
em("promise-to-pay", "en", "By close of business Friday.", sent="12-16 09:00", p="12-18", chk="wd:fri")
em("promise-to-pay", "en", "I'll pay it off on the 4th.", sent="12-01 16:40", p="12-04", chk="d:4")
sms("promise-to-pay", "en", "can do the 22nd", sent="12-12 13:00", p="12-22", chk="d:22")
sms("promise-to-pay", "en", "ill send it sat", sent="12-09 20:15", p="12-12", chk="wd:sat")
sms("promise-to-pay", "en", "payin wed when i get my check", sent="12-11 17:30", p="12-16", chk="wd:wed")
sms("promise-to-pay", "en", "by next fri, swear", sent="12-02 19:20", p="12-11", chk="nw:fri")
sms("promise-to-pay", "en", "Can pay 12/17", sent="12-10 08:40", p="12-17")
sms("promise-to-pay", "en", "Will drop cash off at the office monday", sent="12-16 18:05", p="12-21", chk="wd:mon")
sms("promise-to-pay", "es", "Se lo deposito el 18 sin falta", sent="12-09 12:30", p="12-18", chk="d:18")

em("promise-to-pay", "nl", "We maken het bedrag op 9/12 over.", sent="12-03 10:00", p="12-09",
   note="day-first date: 9 December")
em("promise-to-pay", "nl", "Betaling volgt aanstaande vrijdag.", sent="12-08 14:20", p="12-11", chk="wd:fri")
em("promise-to-pay", "fr", "Le virement partira au plus tard le 17 décembre.", sent="12-08 09:30", p="12-17")
em("promise-to-pay", "fr", "Je vous règle ça en fin de semaine.", sent="12-14 15:10", p="12-18", chk="tw:fri",
   note="'end of the week' = its Friday")
em("promise-to-pay", "de", "Überweisung kommt in der ersten Januarwoche.", sent="12-11 10:15", p="01-08",
   note="'first week of January' = Jan 4-8")
em("promise-to-pay", "de", "Überweisung geht übermorgen raus.", sent="12-09 11:40", p="12-11", chk="+2")
em("promise-to-pay", "es", "Le pago la semana que viene, sin falta.", sent="12-02 13:00", p="12-11", chk="nw:fri",
   note="'next week' = its Friday")
em("promise-to-pay", "pt", "Fazemos a transferência dia 14.", sent="12-07 10:50", p="12-14", chk="d:14")
em("promise-to-pay", "pt", "Pago na próxima quinta-feira.", sent="12-04 16:20", p="12-10", chk="wd:thu")

# promises without a date
em("promise-to-pay", "en", "I'll get a check in the mail to you.")
em("promise-to-pay", "en", "Will square up shortly, just need to move money between accounts.")
em("promise-to-pay", "fr", "Je fais le nécessaire dès que possible pour le paiement.")
em("promise-to-pay", "de", "Geht in den nächsten Tagen raus.", note="no exact date")

# promise-to-pay mixed
em("promise-to-pay+question", "en", "Paying on the 11th - is the card fee waived if I use ACH instead?",
   sent="12-04 09:15", p="12-11", chk="d:11")
em("promise-to-pay+question", "es", "Lo pago el viernes. ¿Me manda el número de cuenta para la transferencia?",
   sent="12-08 10:10", p="12-11", chk="wd:fri")

# =============================================================================== question
em("question", "en", "Can you tell me what the 'mobilization' line on this covers", note="no question mark")
em("question", "en", "Need the remit-to address for an overnight delivery.", note="no question mark")
em("question", "en", "Do you offer a discount for paying early? We have a couple of other projects lined up.")
em("question", "en", "I'd like to know whether this includes the two extra outlets in the garage.",
   note="no question mark")
em("question", "en", "Please send me the lien release form your company uses.", note="a request")
em("question", "en", "Which account should a wire go to? The invoice only lists a PO box.")
em("question", "en", "What's the late fee policy on this, if any")
em("question", "en", "Is {inv} the final invoice for the addition or should we expect more")
em("question", "en", """
Our new AP system requires a vendor setup form completed by you before we can enter anything. Who should I send it to
""")
em("question", "en", "Is it possible to pay with a check from our HOA account rather than my personal one?")
sms("question", "en", "whats the invoice # again")
sms("question", "en", "how much do i owe total")
sms("question", "en", "is there a way to pay w venmo")

em("question", "fr", "Pouvez-vous m'indiquer le numéro de commande à rappeler sur le virement",
   note="no question mark")
em("question", "de", "Ist der Betrag netto oder brutto?")
em("question", "es", "Quisiera saber si aceptan pagos con tarjeta de débito.", note="no question mark")
em("question", "nl", "Kunt u aangeven waarvoor de post 'voorrijkosten' precies staat?")
em("question", "pt", "Gostaria de saber se é possível receber a fatura com o NIF da empresa.",
   note="no question mark")

# =============================================================================== auto-reply
HD = ("{company} Customer Care", "care@{domain}")
em("auto-reply", "en", """
I'm on vacation until Monday, December 21, without access to email. For billing questions please contact Rosa at rosa.m@{domain}.
""", sent="12-11", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Thanks for contacting {company}! This is an automated confirmation that we received your email.

Case number: CS-20931

A team member will follow up within one business day.
""", sent="12-08", ah=True, subj="[Case CS-20931] Re: {s}", frm=HD)
em("auto-reply", "en", """
Hi there,

Your ticket has been created and assigned ID 7781. You can check its status at any time in our support portal.

This is a no-reply mailbox.
""", sent="12-15", ah=False, subj="Ticket #7781: {s}", frm=("{company} Helpdesk", "noreply@{domain}"),
   note="helpdesk, no headers")
em("auto-reply", "en", """
Auto-reply: I'm away from my desk and answering from my phone only, so replies will be slow. Back in the office Monday.

Sent from my iPhone
""", sent="12-09", ah=False, subj="Automatic reply: {s}", note="from a phone; return day is no promise")
em("auto-reply", "en", """
Our offices are closed December 24 through January 3. Invoices and payment inquiries received during this time will be processed when we return.
""", sent="12-18", ah=True, subj="Automatic reply: {s}", note="mentions payment and dates")
em("auto-reply", "en", """
I have left {company}. Please direct accounting matters to Denise Ruiz at druiz@{domain}. This mailbox will be closed at year end.
""", sent="12-07", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", "Out of office, limited connectivity through 12/15. Will respond on my return.",
   sent="12-10", ah=False, subj="Out of Office: {s}")
sms("auto-reply", "en", "I have notifications silenced with Focus. I'll see your message later.", sent="12-04",
    note="phone auto-reply")
sms("auto-reply", "en", """
You've reached Ridgeview Towing after hours. Dispatch answers 24/7 at (630) 555-0177. Msg & data rates may apply.
""", sent="12-09", note="business auto-text")

em("auto-reply", "fr", """
Je suis en déplacement jusqu'au 11 décembre et je ne consulte mes e-mails que sur mon téléphone. Réponse différée.

Envoyé de mon iPhone
""", sent="12-03", ah=False, subj="Réponse automatique : {s}", note="from a phone")
em("auto-reply", "fr", """
Bonjour,

Nous accusons réception de votre message, enregistré sous le numéro de ticket 55120. Un conseiller vous recontactera sous 48 heures ouvrées.

Ceci est un message automatique, merci de ne pas y répondre.
""", sent="12-09", ah=True, subj="[Ticket 55120] {s}", frm=("Service client {company}", "serviceclient@{domain}"))
em("auto-reply", "de", """
Ich bin diese Woche auf Montage und nur mobil erreichbar. Ihre Nachricht wird ab dem 14.12. bearbeitet.

Von meinem iPhone gesendet
""", sent="12-08", ah=False, subj="Automatische Antwort: {s}", note="from a phone; date is no promise")
em("auto-reply", "de", """
Vielen Dank für Ihre Anfrage. Sie wurde unter der Vorgangsnummer 2026-4417 erfasst; unser Team meldet sich innerhalb von zwei Werktagen.

Diese Nachricht wurde automatisch erstellt.
""", sent="12-15", ah=True, subj="[Vorgang 2026-4417] AW: {s}", frm=("{company} Kundenservice", "kundenservice@{domain}"))
em("auto-reply", "de", """
Herzlichen Dank für Ihre E-Mail. Unser Büro bleibt vom 21.12. bis 4.1. geschlossen. Zahlungsanfragen werden nach unserer Rückkehr bearbeitet.
""", sent="12-16", ah=False, subj="Abwesenheit: {s}", note="mentions payment and dates")
sms("auto-reply", "es", "Respuesta automática: estoy manejando y no puedo contestar ahora. Te escribo en cuanto llegue.",
    sent="12-02", note="phone auto-reply")
em("auto-reply", "es", """
Gracias por escribirnos. Su consulta quedó registrada con el folio 30188 y será atendida por el área de pagos a proveedores en un plazo máximo de 72 horas.

Este es un mensaje generado automáticamente.
""", sent="12-10", ah=True, subj="Folio 30188 - {s}", frm=("Atención a Proveedores", "proveedores@{domain}"))
em("auto-reply", "es", """
Estaré fuera de la oficina del 14 al 18 de diciembre por capacitación. Si necesita algo urgente, comuníquese al (773) 555-0144.
""", sent="12-11", ah=True, subj="Fuera de la oficina: {s}")
em("auto-reply", "nl", """
Ik ben onderweg en lees mijn mail alleen beperkt op mijn telefoon. Vanaf woensdag 16 december ben ik weer op kantoor.

Verstuurd vanaf mijn iPhone
""", sent="12-10", ah=False, subj="Automatisch antwoord: {s}", note="from a phone")
em("auto-reply", "nl", """
Bedankt voor je e-mail! We hebben je vraag ontvangen onder ticketnummer 90412. Onze klantenservice reageert doorgaans binnen 1 werkdag.

Dit is een automatisch gegenereerd bericht.
""", sent="12-04", ah=True, subj="[Ticket #90412] {s}", frm=("Klantenservice {company}", "klantenservice@{domain}"))
sms("auto-reply", "pt", "Mensagem automática: estou dirigindo agora e não posso responder. Retorno assim que possível.",
    sent="12-07", note="phone auto-reply")
em("auto-reply", "pt", """
Recebemos a sua mensagem e foi aberto o ticket n.º 61733. A nossa equipa de apoio ao cliente responderá dentro de dois dias úteis.

Por favor, não responda a este e-mail.
""", sent="12-14", ah=True, subj="[Ticket #61733] {s}", frm=("{company} Apoio", "apoio.cliente@{domain}"))

# =============================================================================== other
# Several mention money or dates without being promises.
em("other", "en", "Thanks. FYI our fiscal year closes 12/31, so statements after that go to the new controller.",
   note="a date, no promise")
em("other", "en", "I'll be at the Lincoln Park site on the 10th if Luis wants to walk through it with me.",
   note="a date, no promise")
em("other", "en", "We spent almost $3k with you this year and were glad of it. Merry Christmas to the crew!",
   note="money, no payment")
em("other", "en", "Looping in Pat from finance, who approves anything over $500.", note="money, no promise")
em("other", "en", "Got the reminder, passing it to our bookkeeper. She's only in on Tuesdays.")
em("other", "en", """
Separate topic: we'd like an estimate for finishing the attic sometime in March. Have someone reach out when they can.
""")
em("other", "en", "Thanks Dana. Reading this at the airport, I'll forward it to my office manager.",
   note="forwarding is no promise")
em("other", "en", "Our new mailing address as of December 1 is 2200 W Fulton St, Suite 400. Please update your records.")
em("other", "en", "this is Dave's wife, he's out of town till the 15th. I'll let him know you wrote",
   note="a date, no promise")
em("other", "en", "ok, seen. talk monday")
em("other", "en", """
Our office manager is out until January 4 and I'm covering her desk; I don't have access to the payables system.
""", note="a person's note, not an auto-reply; no hardship")
sms("other", "en", "Whos this from? I dont recognize this number")
sms("other", "en", "ty, saw this")
sms("other", "en", "saw it. gonna talk it over w my wife tonight", note="talking it over is no promise")

em("other", "fr", "Bien noté. Je suis en réunion tout l'après-midi, je regarde ça lundi.",
   note="'look at it Monday' is no promise")
em("other", "de", "Danke für die Info. Unser Steuerbüro hat ab dem 21.12. Betriebsferien, nur damit Sie Bescheid wissen.",
   note="a date, no promise")
em("other", "es", "Gracias, ya le avisé a mi socio. Él es quien lleva las cuentas.")
em("other", "nl", "Top, dank je wel. Fijne feestdagen alvast!")
em("other", "pt", "Obrigada pelo aviso. Vou falar com o meu marido, é ele quem trata destes assuntos.")


# =============================================================================== forwarded
# What a customer forwarded. Same placeholders as bodies.FWD.
FWD = {
    "ach_trace_en": dict(frm="Second City Bank Treasury <treasury-alerts@secondcitybank.example>",
                         subj="ACH Origination Confirmation", body="""
ACH ORIGINATION CONFIRMATION

Company entry description: VENDOR PAY
Receiver name:             HARBOR PINE BUILDE
Amount:                    {amt}
Effective entry date:      {pd_us}
Trace number:              071000301882274
Addenda:                   {inv}

Status: SETTLED

Questions? Contact Treasury Services at 1-800-555-0142.
"""),
    "check_paid_en": dict(frm="Prairie State Bank <no-reply@prairiestatebank.example>",
                          subj="Item paid: check 6120", body="""
Check 6120 was presented and paid on {pd_long}.

Account: Business Checking ...8830
Payee: HARBOR & PINE BUILDERS
Amount: {amt}

To view the front and back of this item, sign in to Online Banking and choose Statements & Images.
"""),
    "portal_en": dict(frm="PayablesHub <notify@payableshub.example>",
                      subj="Payment sent to Harbor & Pine Builders", body="""
Hello {first},

A payment from {company} to Harbor & Pine Builders has been sent.

Payment amount: {amt}
Payment method: ACH
Payment date: {pd_us}
Expected delivery: {arr_us}
Invoices: {inv}

Log in to PayablesHub to download the remittance.
"""),
    "foreman_en": dict(frm="Luis Ortega <luis@harborpine.example>",
                       subj="Re: downspout", body="""
Hi {first},

Sorry about the downspout, that one's on us. I'll swing by Thursday morning to re-hang it and there is no charge for the return trip.

Luis Ortega
Harbor & Pine Builders
"""),
    "auslandszahlung_de": dict(frm="Volksbank Rheintal <service@vb-rheintal.example>",
                               subj="Auftragsbestätigung Auslandszahlung", body="""
Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Auftrag wurde ausgeführt.

Zahlungsempfänger: HARBOR & PINE BUILDERS LLC
Betrag: {amt_eu}
Buchungstag: {pd_eu}
Verwendungszweck: {inv}
Entgeltregelung: SHA

Ihre Volksbank Rheintal
"""),
    "transferencia_pt2": dict(frm="Banco Douro <alertas@bancodouro.example>",
                              subj="Transferência internacional executada", body="""
Caro(a) Cliente,

A sua transferência internacional foi executada.

Beneficiário: HARBOR & PINE BUILDERS LLC
Montante: {amt_fr}
Data de execução: {pd_slash}
Referência: {inv}

Banco Douro
"""),
}
