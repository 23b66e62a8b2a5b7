"""Hand-written customer replies to Harbor & Pine Builders' payment reminders.

Each entry is one reply as the customer typed it: only the customer's own words (and, for a
few, what they forwarded), never our quoted reminder, which build.py adds around them. The
labels are about these words only.

    em(kinds, lang, text, ...)   an e-mail reply
    sms(kinds, lang, text, ...)  a text message

  kinds  "kind" or "kind+kind", the most urgent first
         (opt-out > dispute > already-paid > hardship > promise-to-pay > question;
         auto-reply and other stand alone)
  sent   "MM-DD" or "MM-DD HH:MM", the customer's local time (2026); None = build.py picks
  p      the promise date "MM-DD" (January means 2027); None = no dated promise
  chk    a cross-check of p that build.py computes from sent:
           "+N"      N days after sent
           "wd:fri"  the first Friday strictly after sent
           "nw:fri"  the Friday of the next calendar week (weeks run Monday to Sunday)
           "tw:fri"  the Friday of the current week
           "eom"     the last day of sent's month
           "d:15"    the next 15th (this month unless already past)
  note   what makes it hard
  st     force a structure
  fwd    key into FWD: the e-mail the customer forwarded (structure "forwarded"); pd its date
  ah     an auto-reply that carries RFC 3834 / vendor auto-reply headers (True) or not (False)
  subj   subject template, {s} = the reminder's subject; frm = (display name, address)
  amt    the invoice amount the reminder quotes, when the words depend on it

Placeholders in the words: {inv} {inv2} {amt} {first} {company} {domain}

December 2026: Tue 1, Fri 4, Mon 7, Fri 11, Mon 14, Fri 18, Thu 24, Thu 31; Fri 1 Jan 2027.
"""

ENTRIES = []


def _add(channel, kinds, lang, text, sent=None, p=None, **kw):
    ENTRIES.append(dict(channel=channel, kinds=kinds.split("+"), lang=lang,
                        text=text.strip("\n"), sent=sent, p=p, **kw))


def em(kinds, lang, text, sent=None, p=None, **kw):
    _add("email", kinds, lang, text, sent, p, **kw)


def sms(kinds, lang, text, sent=None, p=None, **kw):
    _add("sms", kinds, lang, text, sent, p, **kw)


# =============================================================================== opt-out
sms("opt-out", "en", "STOP")
sms("opt-out", "en", "stop please")
sms("opt-out", "en", "Stop.")
sms("opt-out", "en", "pls stop texting me")
sms("opt-out", "en", "STOP!!")
sms("opt-out", "en", "Unsubscribe")
sms("opt-out", "en", "no more texts")
sms("opt-out", "en", "QUIT", note="carrier opt-out keyword other than STOP")
sms("opt-out", "en", "Please stop sending me these messages. This is my personal cell and I never gave it to anyone for billing.")
sms("opt-out", "en", "Stop texting me, I'm handling it with my accountant")
sms("opt-out", "en", "Take me off your list")
sms("opt-out", "en", "who gave you this number?? stop", note="rhetorical question, not a question")
sms("opt-out", "en", "Do not text this number again. Email only please.",
    note="opts out of SMS, wants e-mail")
sms("opt-out", "en", "stop stop stop")
sms("opt-out", "en", "remove me")
sms("opt-out", "en", "I dont want texts about this. Stop")
sms("opt-out", "en", "STOP. I already asked once.")
sms("opt-out", "en", "opt out")
sms("opt-out", "en", "quit texting me man")
sms("opt-out", "en", "Stop \U0001F6D1")
sms("opt-out", "en", "Unsubscribe me from these texts please. Thank you")
sms("opt-out", "es", "ya no me manden mensajes por favor")
sms("opt-out", "es", "No me envíen más mensajes a este número.")
sms("opt-out", "pt", "Não quero receber mais mensagens. Parem.")

em("opt-out", "en", "Please remove me from this list.")
em("opt-out", "en", "unsubscribe")
em("opt-out", "en", "Take me off your mailing list. I do not want these automated reminders.")
em("opt-out", "en", "Don't e-mail me again. Any further contact goes through our attorney.")
em("opt-out", "en", """
I left {company} at the end of October and this inbox is being shut down. Please remove my address from your system.
""")
em("opt-out", "en", """
Hi Dana,

I'd rather not get these automatic emails. If you ever need something from me, call the shop and ask for me directly.

Thanks
{first}
""")
em("opt-out", "en", "STOP sending me these")
em("opt-out", "en", "Please stop emailing this address. It's a personal inbox and I have asked twice already.")
em("opt-out", "en", "remove")
em("opt-out", "en", "Opt out.")
em("opt-out", "en", """
Dana,

I know you're just doing your job and I'm honestly not trying to be difficult here. But I get something like forty of these automated things a day between suppliers, the bank, the scheduling software, all of it, and I've started missing real emails from real people because of them. So please take this address off whatever system sends these out.

If there's ever an actual problem with one of our invoices, Carla in our office handles all of that and she's reachable at the main number. I'd just rather not be on the automated list at all.

Appreciate it,
{first}
""", note="long and polite; mentions invoices and problems")
em("opt-out", "en", "Not interested. Unsubscribe me.")
em("opt-out", "en", """
I do not consent to receiving automated collection emails. Cease all email contact with this address, effective immediately.
""")
em("opt-out", "en", "please stop the reminders. getting them every other day now")
em("opt-out", "en", """
Kindly unsubscribe this mailbox from your reminder service. We only accept vendor correspondence through our supplier portal.
""")
em("opt-out", "en", "no more emails pls")
em("opt-out", "en", "Whoever set up this robot: turn it off for us. We don't want reminder emails, period.")
em("opt-out", "en", """
Could you please take me off the reminder list? I'm just the receptionist and these keep landing in my inbox.
""", note="phrased as a question but it is an opt-out")

em("opt-out", "fr", "Merci de me désabonner de ces rappels automatiques.")
em("opt-out", "fr", """
Bonjour,

Je ne souhaite plus recevoir ces courriels. Merci de retirer mon adresse de votre liste de diffusion.

Cordialement,
{first}
""")
em("opt-out", "fr", "désabonner")
em("opt-out", "fr", "arretez de m'envoyer ces messages svp", note="no accents")
em("opt-out", "de", "Bitte abmelden.")
em("opt-out", "de", "Keine E-Mails mehr an diese Adresse, bitte. Ich bin für die Buchhaltung gar nicht zuständig.")
em("opt-out", "de", """
Sehr geehrte Damen und Herren,

ich möchte diese automatischen Zahlungserinnerungen nicht mehr erhalten. Bitte tragen Sie mich aus Ihrem Verteiler aus.

Mit freundlichen Grüßen
{first}
""")
em("opt-out", "es", "Quiero darme de baja de estos correos.")
em("opt-out", "es", "Por favor no me envíen más correos automáticos. Gracias.")
em("opt-out", "nl", "Afmelden a.u.b.")
em("opt-out", "nl", """
Goedemiddag,

Ik wil deze herinneringen niet meer ontvangen. Haal mij alstublieft van de lijst.

Met vriendelijke groet,
{first}
""")
em("opt-out", "nl", "stop met mailen naar dit adres, ik werk hier niet meer")
em("opt-out", "pt", "Cancelar subscrição")
em("opt-out", "pt", "Por favor, deixem de enviar estes e-mails. Não quero receber mais lembretes.")
em("opt-out", "pt", "Retirem o meu endereço da vossa lista, obrigado.")

# opt-out mixed with something else
sms("opt-out+dispute", "en", "We never hired you. Stop texting me.")
sms("opt-out+dispute", "en", "wrong number i dont know what company this is and i never had any work done. stop",
    note="wrong person: not their invoice")
em("opt-out+dispute", "en", """
This invoice is wrong and I've told your office twice. Stop sending me these automated reminders and have a real person call me about the overcharge.
""")
em("opt-out+dispute", "de", """
Diese Rechnung ist falsch, wir haben nur die Hälfte der Arbeiten beauftragt. Und bitte schicken Sie keine automatischen Mahnungen mehr an diese Adresse.
""")
sms("opt-out+already-paid", "en", "Paid this last week. Stop texting me")
em("opt-out+already-paid", "en", """
We paid {inv} on November 24 by ACH. Please unsubscribe me from these reminders, they're clogging my inbox.
""")
sms("opt-out+already-paid", "es", "Ya pagué. No me manden más mensajes.")
em("opt-out+already-paid", "fr", """
Cette facture a été réglée par virement le 25 novembre. Merci de ne plus m'envoyer ces relances automatiques.
""")
sms("opt-out+promise-to-pay", "en", "will pay friday. stop texting me every day",
    sent="12-02 18:40", p="12-04", chk="wd:fri")
em("opt-out+question", "en", "What is this even for? And please take me off this list.")

# =============================================================================== dispute
em("dispute", "en", """
the job isnt finished. the back deck still has no railing and the gutters were never put up. not paying for work that isnt done
""")
em("dispute", "en", """
Hi Dana,

This amount is wrong. We agreed on $950 for the drywall repair and you've billed {amt}. Please send a corrected invoice and we'll pay it.

{first}
""", amt="1240.00", note="conditional 'we'll pay it' is no promise")
em("dispute", "en", """
We never ordered this. Nobody at {company} authorized any work from Harbor & Pine, and I'd like to know who supposedly signed off on it.
""")
em("dispute", "en", "This isn't ours. Wrong company I think - we've never had any work done by you guys.")
em("dispute", "en", "THIS IS INCORRECT. The quote was for labor only, we supplied all the materials ourselves.")
em("dispute", "en", """
Hi Dana,

The cabinets your team installed in the upstairs bathroom are damaged. Two of the doors are cracked along the hinge side and one drawer front is a completely different color from the rest (looks like it came from another batch). I sent photos to Mike on November 18 and never heard back.

I'm not paying until that's fixed. I'm happy to pay for the work once it's actually finished properly.

{first}
""", note="'happy to pay' is conditional")
em("dispute", "en", """
Hi Dana - I think there's a mistake. The invoice includes 14 hours of labor for the fence, but your guys were only on site for two afternoons. Could you double-check the timesheets before we go any further?
""", note="a request, but the point is the disputed hours")
em("dispute", "en", "we were told the permit fee was included. its on the invoice as an extra $350. thats not what we agreed")
em("dispute", "en", """
Disputing this. The work was substandard and we had to bring in another contractor to redo the tile in both bathrooms.
""")
em("dispute", "en", """
Dana, with respect, the invoice doesn't match the change order we signed. The change order capped the extra work at $400 and you've billed $1,150 for it.
""")
em("dispute", "en", "the roof still leaks. fix it and then we can talk about paying")
em("dispute", "en", """
this invocie is for the wrong adress, we're at 412 Elm not 421 Elm and we didnt get the kitchen done, that was our neighbour
""")
em("dispute", "en", """
Are you kidding me? Your crew left our basement a mess, cracked a window and tracked mud through the whole house, and now you want {amt}?? Absolutely not.
""")
em("dispute", "en", """
Good morning,

We believe this invoice was issued in error. The repair to the water heater enclosure is covered by the one-year workmanship warranty in our contract (section 4). We would appreciate a credit note.

Kind regards,
{first}
""")
em("dispute", "en", "We cancelled this order in writing on October 2nd. You should not be billing us for it.")
em("dispute", "en", """
Half of the flooring was the wrong shade and went back to the supplier. Take the returned material off and we'll look at it again.
""")
em("dispute", "en", """
This should have been billed to the landlord, not to us. Under our lease the building owner pays for structural repairs.
""")
em("dispute", "en", "You overcharged us. 3 windows at $180 each is $540, not $720.", amt="720.00")
em("dispute", "en", """
I'm not paying for the second visit. Your crew showed up on the wrong day and nobody was home, that's not on me.
""")
em("dispute", "en", """
The work was done at my mother's house and she's the one who signed the contract. It shouldn't be in my name at all.
""")
em("dispute", "en", "Wrong tax rate on this one. We're tax exempt (the certificate has been on file with you since 2024).")
em("dispute", "en", """
The electrician never showed up on the 14th and we had to reschedule. Those 6 hours should not be on here.
""")
em("dispute", "en", """
Hello,

I have to be honest, I was surprised to get this. When we started the kitchen project in September we were quoted a price that included the backsplash, the under-cabinet lighting and the trim. Halfway through, the backsplash tile was backordered and your foreman said we could either wait or pick something else "at no extra cost". We picked something else. Now the invoice has a line for "tile upgrade - $640" and another for "lighting - additional fixtures" that we never asked for. We have the original quote and the texts with your foreman.

On top of that the island still doesn't have its end panel and the dishwasher isn't level. So no, we are not paying this invoice as it stands. Please have someone review it against the quote and come out to finish the work.

Regards,
{first}
""", note="long; 'please have someone review' is part of the dispute")
em("dispute", "en", "We only received 18 of the 24 cedar panels listed on the invoice.")
em("dispute", "en", """
This is for the Harmon Street project, which was a fixed-price contract we paid in full in September. The extras on this invoice were never approved by anyone here.
""", note="'paid in full' is about the contract, not this invoice")
em("dispute", "en", "Your invoice says 'deck stain - 2 coats'. Only one coat was ever applied. Anyone can see it.")
em("dispute", "en", """
The invoice is missing our PO number and the amount doesn't match the PO either (PO 77120 is for $1,800.00). Our AP system will reject it as is.
""", amt="2040.00")
em("dispute", "en", "i was promised a discount for paying the deposit up front. 10%. its not on here")
em("dispute", "en", "Nope. We're not paying for the dumpster. Your project manager told us the dumpster was on you.")
em("dispute", "en", """
You charged my card twice for this, once on 11/20 and again on 11/21. Please refund the second charge.
""", note="duplicate charge: a dispute about money already taken")
em("dispute", "en", """
Dana,
The trim carpenter cut the baseboards short in three rooms and filled the gaps with caulk. That isn't finished work. We'll settle up when it's redone.
""", note="'settle up' is conditional, no promise")
em("dispute", "en", "Not our invoice. We're at the Route 9 location, this address is the old tenant.")
em("dispute", "en", """
This is more than double what Mike quoted us on site. I have his text saying "around $900 all in". I'm not paying {amt} for a two day job.
""", amt="1875.00")
em("dispute", "en", "This is what we agreed to: $900, fixed price, see Mike's estimate below. Not {amt}.",
   fwd="estimate_en", amt="1240.00", note="forwarded evidence is our own estimate")
em("dispute", "en", "See below. The change order caps it at $400.", fwd="change_order_en", amt="1150.00")

sms("dispute", "en", "not paying for a job that isnt finished")
sms("dispute", "en", "Thats not the amount we agreed on")
sms("dispute", "en", "I never got an invoice from you and I didn't order anything")
sms("dispute", "en", "the price was 600 not 725", amt="725.00")
sms("dispute", "en", "your crew broke my sprinkler line and you want me to pay??")
sms("dispute", "en", "The railing is still loose. Not paying til someone comes back out")

em("dispute", "fr", """
Bonjour,

Le montant ne correspond pas au devis signé (980 $). Merci de nous envoyer une facture rectifiée.

Cordialement
""", amt="1240.00")
em("dispute", "fr", "Les travaux ne sont pas terminés, nous ne paierons pas avant la fin du chantier.",
   note="conditional, no promise")
em("dispute", "fr", "Nous n'avons jamais commandé ces travaux. Il doit s'agir d'une erreur de votre part.")
em("dispute", "de", "Die Rechnung ist fehlerhaft: Sie haben die Anfahrt doppelt berechnet.")
em("dispute", "de", "Wir haben diese Leistung nie beauftragt. Bitte stornieren Sie die Rechnung.")
em("dispute", "de", """
Guten Tag,

die Arbeiten wurden mangelhaft ausgeführt, die Fliesen im Eingangsbereich sind an mehreren Stellen gesprungen. Eine Zahlung erfolgt erst nach der Nachbesserung.

Mit freundlichen Grüßen
{first}
""", note="conditional payment, no promise")
em("dispute", "es", "Esta factura no es correcta, nos cobraron dos veces el mismo trabajo.")
em("dispute", "es", "El trabajo no está terminado. No vamos a pagar hasta que lo terminen.")
em("dispute", "es", "No reconocemos esta factura. Nunca contratamos a su empresa.")
em("dispute", "nl", "Het bedrag klopt niet. We hadden een vaste prijs afgesproken van $1.800, niet {amt}.",
   amt="2150.00")
em("dispute", "nl", "De werkzaamheden zijn nog niet afgerond, dus wij betalen nog niet.")
em("dispute", "pt", "Esta fatura está errada. O valor acordado era outro e o trabalho ficou incompleto.")
em("dispute", "pt", "Não encomendámos este serviço. Por favor anulem a fatura.")

# dispute mixed
em("dispute+question", "en", "This is more than the quote. What are the extra charges for, and who approved them?")
em("dispute+question", "en", "The amount is wrong, we only got one of the two doors. can you send me an itemized invoice")
em("dispute+question", "es", """
El importe no coincide con el presupuesto. ¿Me pueden enviar el detalle de las horas trabajadas?
""")
em("dispute+already-paid", "en", """
We already paid this invoice in October. It's the exact same work as INV-1031 - you've billed us twice for the one job.
""", note="duplicate billing; dispute ranks above already-paid")
em("dispute+promise-to-pay", "en", """
I'll pay the $800 for the framing by Friday, but the $440 for "site cleanup" is not something we ever agreed to.
""", sent="12-01 11:20", p="12-04", chk="wd:fri", amt="1240.00", note="partial promise, rest disputed")
em("dispute+promise-to-pay", "de", """
Den unstrittigen Teil (Material) überweisen wir bis 15.12. Die Arbeitsstunden sind aber viel zu hoch angesetzt, darüber müssen wir reden.
""", sent="12-03 10:05", p="12-15", note="day-first date, partial promise")

# =============================================================================== already-paid
em("already-paid", "en", "paid in full 11/27 via wire (ref GW-112726)")
em("already-paid", "en", "Check #4471 was mailed on the 20th. Should be there any day.")
em("already-paid", "en", "We paid this last week.")
em("already-paid", "en", "Payment went out Friday.")
em("already-paid", "en", "This was already settled by ACH on Nov 25. Please check your records.")
em("already-paid", "en", """
Hi Dana,

I paid {inv} through your online link on Saturday and got a confirmation email with receipt number 7F3K-22Q. Let me know if it didn't come through on your end.

Thanks!
{first}
""")
em("already-paid", "en", """
Our records show this invoice was paid on 11/19, check number 10288, and the check cleared on 11/24.
""")
em("already-paid", "en", "Hello, we paid {amt} by credit card over the phone with your office on November 28th.")
em("already-paid", "en", "paid yesterday")
em("already-paid", "en", "It's been paid! Sorry it was a few days late.")
em("already-paid", "en", """
Hi, this was paid together with INV-1018 in one combined check (#2207) on November 23. The check stub lists both invoice numbers.
""")
em("already-paid", "en", "our bank shows the payment cleared on the 30th. maybe it hasnt posted on your side yet?",
   note="rhetorical question")
em("already-paid", "en", """
The payment was submitted through our AP portal (Bill.com) on 11/25. Those usually take 3-5 business days to land.
""")
em("already-paid", "en", """
We settled this with Mike in person on site - cash. He wrote us a receipt on the back of the estimate.
""")
em("already-paid", "en", "Paid via PayPal to accounts@harborpine.example on 11/29, transaction ID 4TY91823KL556.")
em("already-paid", "en", "Already paid, check your bank.")
em("already-paid", "en", "Been paid")
em("already-paid", "en", """
Dana, the wire went out on the 1st. Our bank is slow with these, it should reach you by the end of the week.
""", sent="12-02 14:30", note="arrival estimate is not a promise")
em("already-paid", "en", """
Payment for {inv} was included in our batch run on December 2. The remittance advice went to ar@harborpine.example - maybe that's the wrong address?
""", sent="12-04", note="question about the address is incidental")
em("already-paid", "en", "I dropped off a check at your office on Monday and gave it to the guy at the front desk.")
em("already-paid", "en", """
Hi Dana,

I'm a bit confused by this reminder. We paid {inv} back on November 20 - I remember because I did it the same afternoon I paid the deposit for the bathroom job, both through the online link. I have the confirmation emails for both and the money is gone from our account.

Maybe it got applied to the wrong invoice on your end? Either way, it's paid.

Best,
{first}
""")
em("already-paid", "en", "Settled. Our controller released it with the November 30 vendor run.")
em("already-paid", "en", "This is paid, it was a Venmo payment to Mike for the whole thing back in November.")
em("already-paid", "en", "We haven't received any statement showing this as open. It was paid on 11/16 with check 3093.",
   note="starts with a negation")
em("already-paid", "en", "PAID 11/30 - CONF# 55102-B")
em("already-paid", "en", "see below", fwd="wire_en", pd="11-27",
   note="the words say nothing; the forwarded bank confirmation shows the payment")
em("already-paid", "en", "FYI we paid this - bank confirmation below.", fwd="ach_en", pd="11-25")
em("already-paid", "en", "Forwarding our remittance advice. Paid 11/27.", fwd="remit_en", pd="11-27",
   note="forwarded remittance says 'automatically generated'")
em("already-paid", "en", "This went out on the 24th, here's the confirmation from our AP system.", fwd="billcom_en", pd="11-24")
em("already-paid", "en", "Paid. Fwd'ing the Zelle receipt", fwd="zelle_en", pd="11-29")
em("already-paid", "en", "Dana - see the note from our bank below, the check cleared on 11/23.", fwd="check_en", pd="11-23")
em("already-paid", "en", "", fwd="remit_en", pd="11-30", note="no words at all, only the forwarded remittance")

sms("already-paid", "en", "paid")
sms("already-paid", "en", "Already paid this on the 25th")
sms("already-paid", "en", "I paid it online yesterday check your system")
sms("already-paid", "en", "sent the check monday")
sms("already-paid", "en", "Paid in full. Confirmation #88213")
sms("already-paid", "en", "mailed chk last wk")
sms("already-paid", "en", "Zelled it to the number on your website this morning, 725. sorry for the delay", amt="725.00")
sms("already-paid", "es", "Mi esposa ya pagó la factura la semana pasada")
sms("already-paid", "pt", "Já paguei por transferência ontem")

em("already-paid", "fr", "Cette facture a déjà été réglée par virement le 26 novembre (réf. VIR-20261126-0042).")
em("already-paid", "fr", "Bonjour, nous avons payé la facture la semaine dernière par chèque. Bonne journée.")
em("already-paid", "fr", "Voir ci-dessous la confirmation de virement.", fwd="virement_fr", pd="11-26")
em("already-paid", "de", "Die Rechnung wurde bereits am 24.11. überwiesen.")
em("already-paid", "de", "Zahlung ist am Freitag rausgegangen.")
em("already-paid", "de", "Siehe unten.", fwd="ueberweisung_de", pd="11-27")
em("already-paid", "es", "Ya realizamos el pago el 27 de noviembre por transferencia.")
em("already-paid", "es", "Pagado. Les reenvío el comprobante.", fwd="transferencia_es", pd="11-30")
em("already-paid", "nl", "Deze factuur is al betaald op 25 november.")
em("already-paid", "nl", "Zie onderstaande betaalbevestiging.", fwd="overboeking_nl", pd="11-27")
em("already-paid", "pt", "Esta fatura já foi paga no dia 27/11 por transferência bancária.")
em("already-paid", "pt", "Pagamento efetuado na sexta-feira passada.")
em("already-paid", "pt", "Segue abaixo o comprovativo.", fwd="transferencia_pt", pd="11-30")

# already-paid mixed
em("already-paid+question", "en", "We mailed check #3318 on November 21. Can you confirm you received it?")
em("already-paid+question", "en", "Paid by ACH on the 27th. Do you need the trace number?")
em("already-paid+question", "de", """
Wir haben am 20.11. überwiesen. Können Sie bitte prüfen, ob die Zahlung bei Ihnen eingegangen ist?
""")
sms("already-paid+question", "en", "I paid online sunday did it not go thru?")
sms("already-paid+question", "en", "did you get my check? mailed it the 28th")
em("already-paid+promise-to-pay", "en", "We sent $600 toward this last week and will pay the balance on the 15th.",
   sent="12-02 10:40", p="12-15", chk="d:15", amt="1875.00", note="part paid, rest promised")
em("already-paid+promise-to-pay", "nl", "We hebben de helft al betaald, de rest volgt vrijdag.",
   sent="12-08 11:15", p="12-11", chk="wd:fri")

# =============================================================================== hardship
em("hardship", "en", """
Dana, I'm so sorry. I had emergency surgery in November and I'm only now getting back on my feet. I can't pay the full amount right now and I don't want to promise something I can't do.

{first}
""")
em("hardship", "en", "We lost our biggest client in October and cash flow is really tight. Can I pay this in smaller amounts?")
em("hardship", "en", "can I pay this in smaller amounts?", note="asks for instalments: hardship, not a question")
em("hardship", "en", "I had to lay off two people last month. I want to pay you, I just can't do it all at once.")
em("hardship", "en", """
We closed the shop for a month after the flood and we're just now reopening. Any chance we can work out a payment plan?
""", note="'payment plan' is also in the direct reminder's quote")
em("hardship", "en", """
Family emergency - my father passed and I've been out of state for three weeks. I'll deal with this when I'm back. I'm sorry.
""")
em("hardship", "en", "honestly we are struggling. business has been slow since summer. i can do maybe $200 a month if thats ok")
em("hardship", "en", "Things are really tough right now. I don't have the money.")
em("hardship", "en", """
Would you accept $250 now and $250 in January? We're waiting on an insurance payout that keeps getting pushed back.
""", amt="500.00", note="instalment offer, no firm date")
em("hardship", "en", "Our main account hasn't paid us in 90 days and we're stuck. I need a few more weeks.")
em("hardship", "en", """
I'm on medical leave and my business partner doesn't handle any of the finances. I'll need some time on this.
""")
em("hardship", "en", "I was in the hospital for two weeks. Please be patient with me.")
em("hardship", "en", "We're in a rough spot after the fire at our warehouse. Can we talk about a payment plan?")
em("hardship", "en", "my hours got cut in half at work, i cant pay 2150 at once. can we do installments", amt="2150.00")
em("hardship", "en", """
Dana,

I'll be straight with you. The restaurant has been losing money since the city tore up the street out front in August - nobody can park, half our regulars stopped coming, and we've cut staff to the bone. I'm not trying to dodge what I owe you, the work you did on the walk-in was great. I just don't have it right now.

If you can give me some room, I'd like to pay something every couple of weeks until it's cleared. Whatever works on your end.

Thanks for understanding,
{first}
""", note="long; offers instalments without a date")
em("hardship", "en", "Can we split this into three payments? Money is tight this time of year.")
em("hardship", "en", "Lost my job last week. I'm not ignoring you, I just don't know when I can pay.")
em("hardship", "en", """
Is there any possibility of a hardship arrangement? My wife has been in treatment since September and our finances are stretched thin.
""")
em("hardship", "en", "cant afford it right now")
em("hardship", "en", """
We are going through a restructuring and all vendor payments are frozen for the next 60 days. I'm sorry, it's out of my hands.
""")
em("hardship", "en", "Slow season. Could I pay half now and half in February?")
em("hardship", "en", "We had to let our whole crew go in November. I'll pay what I can when I can.")
em("hardship", "en", "Cash is tight until our line of credit renews. Can you hold off a few weeks?")
em("hardship", "en", """
My husband passed away in October and I'm trying to sort out his business accounts. I don't even know where the checkbook is. Please bear with me.
""")
em("hardship", "en", "I know I owe this. Things are bad, the truck got repossessed last week. I'll call you.")
em("hardship", "en", """
Our city contract payments are delayed by the budget freeze and we're waiting on almost $60k. Can you give us until that clears?
""")
em("hardship", "en", "Can you do a payment plan? 4 payments maybe?")
em("hardship", "en", "We haven't paid yet because we genuinely don't have the cash. Sales are down 40% since September.",
   note="negation: not already-paid")
em("hardship", "en", "im so behind on everything since the divorce. please dont send this to collections, ill figure something out")

sms("hardship", "en", "cant pay all of it rn. can i do 100 a week")
sms("hardship", "en", "Had a family emergency, need more time please")
sms("hardship", "en", "Im in the hospital will deal with this when i get out")
sms("hardship", "en", "money is really tight this month, sorry")
sms("hardship", "es", "Ahorita no tengo el dinero, me quedé sin trabajo. ¿Puedo pagar en partes?")

em("hardship", "fr", """
Bonjour,

Nous traversons une période difficile depuis la perte d'un client important. Serait-il possible d'échelonner le paiement ?

Merci de votre compréhension,
{first}
""")
em("hardship", "fr", "Je suis en arrêt maladie depuis trois semaines et je ne peux pas régler cette facture pour le moment.")
em("hardship", "de", "Wir haben gerade massive Liquiditätsprobleme. Wäre eine Ratenzahlung möglich?")
em("hardship", "de", "Ich war längere Zeit krank und unser Betrieb war vier Wochen geschlossen. Ich bitte um etwas Geduld.")
em("hardship", "es", "Estamos pasando por un mal momento económico. ¿Podríamos pagar en cuotas?")
em("hardship", "es", "Tuve una operación y estuve un mes sin trabajar. Necesito más tiempo para pagar.")
em("hardship", "nl", """
We hebben het financieel erg zwaar sinds we een grote klant kwijt zijn. Kunnen we een betalingsregeling treffen?
""")
em("hardship", "nl", "Door ziekte ligt ons bedrijf al weken stil. Ik kan nu niet betalen.")
em("hardship", "pt", "Estamos com dificuldades financeiras. Seria possível pagar em prestações?")
em("hardship", "pt", "Tive um problema de saúde grave e fiquei sem rendimentos. Peço mais algum tempo.")

# hardship mixed
em("hardship+promise-to-pay", "en", """
I lost a big client this fall but I can pay $500 on Friday and keep chipping away at the rest.
""", sent="12-01 15:10", p="12-04", chk="wd:fri", amt="2150.00", note="partial payment promised")
em("hardship+promise-to-pay", "en", """
Surgery set me back a lot. I can pay $300 on the 15th and then we'll figure out the rest.
""", sent="12-05 12:30", p="12-15", chk="d:15", amt="1560.00", note="partial payment promised")
sms("hardship+promise-to-pay", "en", "lost my job but i get my last check friday, ill pay then",
    sent="12-08 19:02", p="12-11", chk="wd:fri")
em("hardship+promise-to-pay", "fr", """
Suite à une hospitalisation, je n'ai pas pu régler la facture à temps. Je ferai le virement le 18/12.
""", sent="12-02 10:20", p="12-18", note="day-first date")
em("hardship+promise-to-pay", "es", """
Estamos cortos de dinero por la temporada baja, pero podemos pagar el próximo lunes.
""", sent="12-05 11:45", p="12-07", chk="nw:mon")
em("hardship+promise-to-pay", "en", """
Cash flow's been brutal since we lost the Dunmore contract, but I can get you the full amount by the end of next week.
""", sent="12-02 16:05", p="12-11", chk="nw:fri", note="'end of next week' taken as its Friday")
em("hardship+question", "en", """
Business is slow and I'm behind on everything. Before I figure out a plan, can you tell me exactly what this invoice covers?
""")
em("hardship+question", "de", """
Wir sind gerade knapp bei Kasse. Können Sie mir die Rechnung noch einmal als PDF schicken, damit ich sie meinem Steuerberater zeigen kann?
""")
em("hardship+question", "en", "After my surgery I'm behind on all my bills. Do you charge interest if I pay late?")
