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

import entries

ENTRIES, em, sms = entries.collector()


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
em("dispute+already-paid", "en", """
You charged my card twice for this, once on 11/20 and again on 11/21. Please refund the second charge.
""", note="card charged twice: paid, and disputes the duplicate")
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

# =============================================================================== promise-to-pay
em("promise-to-pay", "en", "Will pay by Friday.", sent="12-01 10:12", p="12-04", chk="wd:fri")
em("promise-to-pay", "en", "Hi Dana, sorry about this. We'll send payment next Friday.",
   sent="12-04 16:45", p="12-11", chk="nw:fri", note="'next Friday' said on a Friday")
em("promise-to-pay", "en", "I'll pay it tomorrow", sent="12-02 20:10", p="12-03", chk="+1")
em("promise-to-pay", "en", "Payment will be made by the end of the month.", sent="12-03 09:40", p="12-31", chk="eom")
em("promise-to-pay", "en", "we'll get it paid end of next week", sent="12-09 13:05", p="12-18", chk="nw:fri",
   note="'end of next week' taken as its Friday")
em("promise-to-pay", "en", """
Thanks for the reminder. Payment will go out the first week of January, after our year-end close.
""", sent="12-10 11:00", p="01-08", note="'first week of January' taken as Jan 4-8, end of range")
em("promise-to-pay", "en", "I can pay in two weeks", sent="12-01 17:25", p="12-15", chk="+14")
em("promise-to-pay", "en", "I'll pay on the 15th when I get paid.", sent="12-07 08:50", p="12-15", chk="d:15")
em("promise-to-pay", "en", "We will pay on December 15.", sent="12-03 13:30", p="12-15")
em("promise-to-pay", "en", "Apologies for the delay, we'll settle it on 15 Dec.", sent="12-08 10:05", p="12-15",
   note="day-month order in English")
em("promise-to-pay", "en", "check will be cut 12/11", sent="12-02 09:15", p="12-11", note="US month/day")
em("promise-to-pay", "en", "I'll pay Monday", sent="12-03 18:20", p="12-07", chk="wd:mon")
em("promise-to-pay", "en", "We'll have this paid before Christmas, promise.", sent="12-09 12:10", p="12-24")
em("promise-to-pay", "en", "Should be able to pay between the 10th and 15th.", sent="12-02 15:00", p="12-15",
   note="range: end of range")
em("promise-to-pay", "en", "I'll have it to you by Wednesday", sent="11-30 15:20", p="12-02", chk="wd:wed")
em("promise-to-pay", "en", "This is scheduled for our next check run on the 10th.", sent="12-01 14:40", p="12-10",
   chk="d:10")
em("promise-to-pay", "en", "We'll pay this week.", sent="12-08 09:30", p="12-11", chk="tw:fri",
   note="'this week' taken as its Friday")
em("promise-to-pay", "en", "End of day tomorrow.", sent="12-10 16:55", p="12-11", chk="+1")
em("promise-to-pay", "en", "I will pay by the end of the week.", sent="12-14 11:10", p="12-18", chk="tw:fri")
em("promise-to-pay", "en", """
We process vendor payments on net-45 terms. This one is scheduled to be paid on December 22.
""", sent="12-07 10:30", p="12-22")
em("promise-to-pay", "en", "paying today", sent="12-11 08:05", p="12-11", chk="+0")
em("promise-to-pay", "en", "I get paid on the 1st, will pay it then.", sent="12-16 19:30", p="01-01", chk="d:1")
em("promise-to-pay", "en", "Dec 18th at the latest.", sent="12-04 12:00", p="12-18")
em("promise-to-pay", "en", "We should be able to pay sometime between Dec 14 and Dec 18.", sent="12-07 13:45",
   p="12-18", note="range: end of range")
em("promise-to-pay", "en", "We'll mail the check in 10 days.", sent="12-02 11:35", p="12-12", chk="+10")
em("promise-to-pay", "en", "will pay within 7 days", sent="12-09 17:20", p="12-16", chk="+7")
em("promise-to-pay", "en", "Next Tuesday for sure.", sent="12-10 14:15", p="12-15", chk="nw:tue")
em("promise-to-pay", "en", "You'll have it by the 23rd.", sent="12-14 09:05", p="12-23", chk="d:23")
em("promise-to-pay", "en", """
We haven't paid yet because our AP run is on Thursdays. You'll have it Thursday.
""", sent="12-07 15:40", p="12-10", chk="wd:thu", note="negation: not already-paid")
em("promise-to-pay", "en", "I already told Mike I'd pay on the 15th and I will.", sent="12-09 10:50", p="12-15",
   chk="d:15", note="'already' but not already-paid")
em("promise-to-pay", "en", "first thing monday morning", sent="12-11 16:20", p="12-14", chk="wd:mon")
em("promise-to-pay", "en", """
The check is being signed this afternoon and will go in the mail tomorrow.
""", sent="12-08 11:25", p="12-09", chk="+1", note="mailing date taken as the promise")
em("promise-to-pay", "en", "I'll stop by your office Friday with a check.", sent="12-08 13:10", p="12-11",
   chk="wd:fri", note="'stop' is not an opt-out")
em("promise-to-pay", "en", """
No need to stop the reminders, they're actually helpful! We'll pay on the 18th.
""", sent="12-10 09:20", p="12-18", chk="d:18", note="'stop the reminders' negated: not an opt-out")
em("promise-to-pay", "en", """
Not paid yet, still waiting on sign-off from the board. It should go out by the 20th.
""", sent="12-09 16:00", p="12-20", chk="d:20", note="negation: not already-paid")
em("promise-to-pay", "en", """
Hey Dana,

Sorry sorry sorry. This fell through the cracks - our bookkeeper quit right before Thanksgiving and I've been trying to figure out QuickBooks on my own, which is going about as well as you'd expect. Found your invoice in the pile. I'm doing a batch of payments on Thursday the 10th and yours is at the top of the list.

Thanks for your patience, and tell the guys the basement looks fantastic.

{first}
""", sent="12-07 21:15", p="12-10", note="long; date buried in the middle")
sms("promise-to-pay", "en", "ill pay it thursday", sent="12-14 12:40", p="12-17", chk="wd:thu")
sms("promise-to-pay", "en", "Can pay on the 11th when my check comes in", sent="12-04 18:10", p="12-11", chk="d:11")
sms("promise-to-pay", "en", "will pay tmrw", sent="12-17 20:45", p="12-18", chk="+1")
sms("promise-to-pay", "en", "Friday", sent="12-02 10:31", p="12-04", chk="wd:fri",
    note="one word answering 'reply with a payment date'")
sms("promise-to-pay", "en", "12/21", sent="12-14 08:55", p="12-21", note="bare date")
sms("promise-to-pay", "en", "paying on the 30th", sent="12-15 13:20", p="12-30", chk="d:30")
sms("promise-to-pay", "en", "i can pay monday the 14th", sent="12-10 19:40", p="12-14")
sms("promise-to-pay", "es", "Le pago el viernes", sent="12-09 17:05", p="12-11", chk="wd:fri")

em("promise-to-pay", "fr", "Bonjour, le paiement sera effectué le 15/12. Cordialement.", sent="12-04 10:15",
   p="12-15", note="day/month")
em("promise-to-pay", "fr", "Nous effectuerons le virement vendredi prochain.", sent="12-05 11:00", p="12-11",
   chk="nw:fri")
em("promise-to-pay", "fr", "Nous réglerons la facture d'ici la fin de la semaine prochaine.", sent="12-01 16:30",
   p="12-11", chk="nw:fri")
em("promise-to-pay", "fr", "Je paierai demain.", sent="12-15 09:45", p="12-16", chk="+1")
em("promise-to-pay", "de", "Wir begleichen die Rechnung bis Ende des Monats.", sent="12-01 14:00", p="12-31",
   chk="eom")
em("promise-to-pay", "de", "Wir überweisen am 10.12.", sent="12-03 15:20", p="12-10")
em("promise-to-pay", "de", "Die Zahlung erfolgt nächste Woche Mittwoch.", sent="12-04 13:30", p="12-09",
   chk="nw:wed")
em("promise-to-pay", "es", "Hola, pagaremos el próximo lunes. Disculpe la demora.", sent="12-04 17:10",
   p="12-07", chk="nw:mon")
em("promise-to-pay", "es", "Realizaremos el pago el 15/12.", sent="12-07 12:25", p="12-15", note="day/month")
em("promise-to-pay", "es", "Pagaremos antes de Navidad.", sent="12-11 10:40", p="12-24")
em("promise-to-pay", "nl", "We betalen volgende week dinsdag.", sent="12-03 14:50", p="12-08", chk="nw:tue")
em("promise-to-pay", "nl", "We betalen uiterlijk 18/12.", sent="12-08 09:10", p="12-18", note="day/month")
em("promise-to-pay", "nl", "Ik betaal morgen.", sent="12-01 20:05", p="12-02", chk="+1")
em("promise-to-pay", "pt", "Pagamos até sexta-feira.", sent="12-08 15:35", p="12-11", chk="wd:fri")
em("promise-to-pay", "pt", "Vamos pagar no dia 21/12.", sent="12-09 11:50", p="12-21", note="day/month")
em("promise-to-pay", "pt", "Pagamos até ao final do mês.", sent="12-10 16:15", p="12-31", chk="eom")

# promises without a date
em("promise-to-pay", "en", "We'll pay soon.")
em("promise-to-pay", "en", "will get it sorted")
em("promise-to-pay", "en", "I'll take care of it.")
sms("promise-to-pay", "en", "ok will pay")
em("promise-to-pay", "en", "Payment is being processed and will go out with our next payment run.",
   note="not paid yet; no date")
em("promise-to-pay", "en", "Sorry, missed this one! Will pay asap.")
em("promise-to-pay", "en", "I'll pay as soon as the insurance check clears.")
em("promise-to-pay", "fr", "Je m'en occupe rapidement, désolé pour le retard.")
em("promise-to-pay", "de", "Wir kümmern uns umgehend um die Zahlung.")
em("promise-to-pay", "es", "Lo pagaremos lo antes posible.")
em("promise-to-pay", "pt", "Vou pagar assim que puder.")
em("promise-to-pay", "nl", "Komt in orde, we betalen zo snel mogelijk.")

# promise-to-pay mixed
em("promise-to-pay+question", "en", "Will pay Friday. Do you take Amex?", sent="12-07 10:20", p="12-11", chk="wd:fri")
em("promise-to-pay+question", "en", "Can you resend the payment link? I'll pay it tonight.", sent="12-03 14:00",
   p="12-03", chk="+0")
em("promise-to-pay+question", "fr", """
Pourriez-vous m'envoyer vos coordonnées bancaires ? Je ferai le virement le 18.
""", sent="12-09 10:30", p="12-18", chk="d:18")
sms("promise-to-pay+question", "en", "will pay tomorrow. whats the total with the other invoice?",
    sent="12-15 18:15", p="12-16", chk="+1")

# =============================================================================== question
em("question", "en", "Can you send me a copy of the invoice? We need it before we can pay.")
em("question", "en", "What is this for?")
em("question", "en", "can you send a W-9")
em("question", "en", "Which job is this? We had you out for the porch and the garage.")
em("question", "en", "who should I talk to about this", note="no question mark")
em("question", "en", "Is there a way to pay by credit card? The link only asks for a bank account.")
em("question", "en", "Could you send invoices to ap@{domain} going forward instead of to me?")
em("question", "en", """
We haven't paid yet because we never got the lien waiver. Can you send a signed conditional waiver for this invoice?
""", note="negation: not already-paid")
em("question", "en", "Do you have a PO number for this? Our system won't let me enter it without one.")
em("question", "en", "What's the address to mail a check?")
em("question", "en", "i need an itemized version for my insurance company. can you do that", note="no question mark")
em("question", "en", "Is this the same invoice I got in the mail last week?")
em("question", "en", "hi what is the account number on this")
em("question", "en", "Can I pay through Bill.com instead of your link?")
em("question", "en", """
Does this include the punch-list fixes from the final walkthrough, or will those be billed separately?
""")
em("question", "en", """
Please confirm your remittance details by phone. Our AP team flagged a recent change of bank details as possible fraud and we can't release anything until it's verified.
""", note="a request without a question mark")
em("question", "en", "The link gives me a 'page not found' error. Is there another way to pay?")
em("question", "en", "Can you send it as a PDF? The link doesn't open on my work computer.")
em("question", "en", "what was the original due date")
em("question", "en", "Is the amount including sales tax?")
em("question", "en", """
Can you tell me which property this was for? We manage about 40 buildings and I can't match it.
""")
em("question", "en", """
I'm the new office manager. I don't see this invoice anywhere in our files, could you resend it with the job details
""", note="no question mark")
em("question", "en", "Do you accept checks?")
em("question", "en", "How do I set up automatic payments for future invoices?")
em("question", "en", """
Hello,

I took over accounts payable here two weeks ago and I'm trying to reconcile everything the previous person left behind. I see {inv} in your email but I can't find a matching purchase order or a signed estimate anywhere in our files. Could you tell me which project and which site this was for, and who on our side approved it? Once I have that I can get it into the system.

Thank you,
{first}
""", note="asks for details; not disputing")
em("question", "en", "Is this the same as the one below?", fwd="invoice_en", note="forwards an earlier invoice of ours")
em("question", "en", "Who signed for this work on our end?")
em("question", "en", "Does the pay online link take Apple Pay or just cards")

sms("question", "en", "what is this for")
sms("question", "en", "Which invoice? I paid 2 last month", note="paid other invoices; asks which one this is")
sms("question", "en", "can u email me the invoice")
sms("question", "en", "who do i make the check out to")
sms("question", "en", "Is this for the gutter job?")

em("question", "fr", """
Bonjour,

Pourriez-vous m'envoyer une copie de la facture ? Je ne la retrouve pas dans nos dossiers.

Merci,
{first}
""")
em("question", "fr", "À quoi correspond cette facture exactement ?")
em("question", "fr", "Quelles sont vos coordonnées bancaires pour un virement international ?")
em("question", "de", "Können Sie uns bitte eine Kopie der Rechnung schicken?")
em("question", "de", "Um welches Projekt handelt es sich hier?")
em("question", "de", """
Wir haben noch nicht bezahlt, weil uns Ihre Steuernummer fehlt. Können Sie uns das Formular W-9 zusenden?
""", note="negation: not already-paid")
em("question", "es", "¿Me pueden enviar la factura en PDF?")
em("question", "es", "¿A qué trabajo corresponde esta factura?")
em("question", "es", "Necesito saber a nombre de quién hago el cheque", note="no question mark")
em("question", "nl", "Kunt u mij een kopie van de factuur sturen?")
em("question", "nl", "Voor welk project is deze factuur?")
em("question", "pt", "Podem enviar-me uma cópia da fatura?")
em("question", "pt", "A que serviço se refere esta fatura?")

# =============================================================================== auto-reply
# Return dates in these are never promises.
AP = ("Accounts Payable", "ap@{domain}")
em("auto-reply", "en", """
I am out of the office until December 8 with limited access to email. For urgent matters please contact Jill Park at jill.park@{domain}.
""", sent="12-01", ah=True, subj="Out of Office: {s}")
em("auto-reply", "en", """
Thank you for your email. I'm currently on leave and will return on Monday, December 14. Your message will not be forwarded.
""", sent="12-03", ah=False, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Your request #48213 has been received.

A member of our support team will review it and respond within 2 business days. Please do not reply to this message; to add information to your request, visit our help center and quote the ticket number above.

- {company} Support
""", sent="12-02", ah=True, subj="[Request #48213] Re: {s}", frm=("{company} Support", "support@{domain}"))
em("auto-reply", "en", """
Thank you for contacting Accounts Payable. Invoices are processed within 30 days of receipt. Please do not send duplicate copies of invoices, as this delays processing. For payment status, log in to the Supplier Portal.

This is an automated message.
""", sent="12-07", ah=False, subj="Re: {s}", frm=AP, note="mentions invoices and payment; no headers")
em("auto-reply", "en", """
I'm out of the office with no access to email. I will respond upon my return on 12/7.
""", sent="12-02", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
I am traveling December 2-11 and checking email only intermittently. I'll reply when I'm back.
""", sent="12-03", ah=False, subj="Out of Office: {s}")
em("auto-reply", "en", """
Please note our office will be closed for the holidays from December 24 through January 1. We will respond to your message when we reopen on Monday, January 4.
""", sent="12-18", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
This mailbox is no longer monitored. Please send invoices and statements to invoices@{domain}.
""", sent="12-09", ah=False, subj="Re: {s}", note="no headers, plain Re: subject")
em("auto-reply", "en", """
##- Please type your reply above this line -##

Your request (48219) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.
""", sent="12-04", ah=True, subj="[{company}] Re: {s}", frm=("{company}", "help@{domain}"))
em("auto-reply", "en", """
Hello, I am on maternity leave until March 2027. For anything accounting related, please email bookkeeping@{domain}.
""", sent="12-08", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Thanks for your message! I'm out on a job site most of the day and will get back to you within 24 hours. If this is an emergency, call the office at (847) 555-0120.
""", sent="12-10", ah=False, subj="Re: {s}", note="no headers, plain Re: subject, friendly tone")
em("auto-reply", "en", """
I am out of the office until Monday, December 7, 2026. If your matter is urgent, please call (630) 555-0147.
""", sent="12-02", ah=False, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Your email has been received by the Accounts Payable team at {company}.

Reference: AP-2026-118834

Please allow 5-7 business days for a response. Do not reply to this message.
""", sent="12-11", ah=True, subj="Received: {s}", frm=AP)
em("auto-reply", "en", """
Hi, I'm away until the 4th of January with no access to email. Merry Christmas and a happy New Year!

{first}
""", sent="12-17", ah=False, subj="Re: {s}", note="no headers, Re: subject, signed by a person")
em("auto-reply", "en", """
I'll be out of the office starting 12/10/2026 and will not return until 12/21/2026. I will respond to your message when I return.
""", sent="12-10", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Thank you for your email. Please note that I work Monday to Wednesday; I'll reply on my next working day.
""", sent="12-04", ah=False, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Dear Customer,

We would like to acknowledge that we have received your request and a ticket has been created. A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

Ticket ID: #48227

Thank you for your patience.
""", sent="12-14", ah=True, subj="Ticket Received - Re: {s}", frm=("{company} Helpdesk", "helpdesk@{domain}"))
em("auto-reply", "en", """
This is an automated response. Your message has been received by {company} Accounts Payable. Invoices must reference a valid PO number to be processed; invoices without a PO will be returned to the sender.
""", sent="12-15", ah=False, subj="Re: {s}", frm=AP, note="PO requirement reads like a question or dispute")
em("auto-reply", "en", """
This is an automatic reply. I'm out of the office until December 8 and will take care of any outstanding invoices and requests when I'm back.
""", sent="12-02", ah=False, subj="Re: {s}", note="mentions paying; return date is not a promise")
em("auto-reply", "en", """
Thank you for reaching out. We are currently experiencing a high volume of messages and will respond as soon as possible. Typical response time is 2-3 business days.
""", sent="12-16", ah=True, subj="We received your message", frm=("{company}", "info@{domain}"),
   note="subject does not echo ours")
em("auto-reply", "en", """
I am currently out of the office on personal leave and will return on December 15. During my absence, please contact accounting@{domain}.
""", sent="12-07", ah=True, subj="Out of Office: {s}")
em("auto-reply", "en", """
Please note that this address will be deactivated on December 31, 2026. Please update your records and write to billing@{domain} instead.
""", sent="12-11", ah=False, subj="Automatic reply: {s}")
em("auto-reply", "en", """
{first} no longer works at {company}. Your email has not been forwarded. Please contact office@{domain}.
""", sent="12-14", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", "Out of office - back Dec 14", sent="12-09", ah=False, subj="Out of Office: {s}")
em("auto-reply", "en", """
Happy holidays! I'm out of the office from December 18 until January 5 and won't be checking email. For anything that can't wait, please call the main office.
""", sent="12-18", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Thank you for your message. Our accounts team works through queries in order of receipt; yours has been logged and we will be in touch shortly.
""", sent="12-01", ah=False, subj="Re: {s}", frm=AP, note="no headers, Re: subject")
sms("auto-reply", "en", "I'm driving with Driving Focus turned on. I'll see your message when I get where I'm going.",
    sent="12-03", note="phone auto-reply")
sms("auto-reply", "en", """
Thanks for texting Cedar & Stone Landscaping! We're closed for the season and reopen March 1. For emergencies call (708) 555-0133.
""", sent="12-08", note="business auto-text")

em("auto-reply", "fr", """
Bonjour,

Je suis absente jusqu'au 7 décembre inclus. En cas d'urgence, merci de contacter Paul au 01 45 55 01 23.

Cordialement,
{first}
""", sent="12-01", ah=True, subj="Réponse automatique : {s}")
em("auto-reply", "fr", """
Je suis absent(e) du bureau jusqu'au lundi 14 décembre avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.
""", sent="12-04", ah=False, subj="Re: {s}", note="no headers, Re: subject")
em("auto-reply", "fr", """
Votre demande n° 48231 a bien été enregistrée. Notre service comptabilité vous répondra dans les meilleurs délais. Merci de ne pas répondre à ce message.
""", sent="12-08", ah=True, subj="[Demande #48231] {s}", frm=("{company}", "compta@{domain}"))
em("auto-reply", "fr", """
Merci pour votre message. Le service Comptabilité Fournisseurs traite les factures dans un délai de 30 jours à compter de leur réception. Aucune réponse individuelle ne sera apportée.
""", sent="12-10", ah=False, subj="RE : {s}", frm=("Comptabilité Fournisseurs", "fournisseurs@{domain}"))
em("auto-reply", "fr", "Je suis en congé jusqu'au 4 janvier. Bonnes fêtes de fin d'année !",
   sent="12-16", ah=True, subj="Réponse automatique : {s}")
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht. Ich bin bis zum 11. Dezember nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@{domain}.
""", sent="12-03", ah=True, subj="Abwesenheitsnotiz: {s}")
em("auto-reply", "de", "Ich bin bis einschließlich 18.12. im Urlaub. Ihre E-Mail wird nicht weitergeleitet.",
   sent="12-07", ah=False, subj="Abwesenheitsnotiz: {s}")
em("auto-reply", "de", """
Ihre Anfrage mit der Ticketnummer #48240 ist bei uns eingegangen. Wir melden uns schnellstmöglich bei Ihnen.

Bitte antworten Sie nicht auf diese E-Mail.
""", sent="12-09", ah=True, subj="[Ticket #48240] AW: {s}", frm=("{company} Service", "service@{domain}"))
em("auto-reply", "de", """
Dies ist eine automatische Eingangsbestätigung der Kreditorenbuchhaltung. Rechnungen werden innerhalb von 30 Tagen nach Eingang bearbeitet. Bei Rückfragen nutzen Sie bitte unser Lieferantenportal.
""", sent="12-14", ah=False, subj="AW: {s}", frm=("Kreditorenbuchhaltung", "kreditoren@{domain}"))
em("auto-reply", "de", """
Ich befinde mich bis Ende Januar in Elternzeit. Ihre Nachricht wird nicht gelesen. Bitte wenden Sie sich an info@{domain}.
""", sent="12-02", ah=True, subj="Automatische Antwort: {s}")
em("auto-reply", "es", """
Estoy fuera de la oficina hasta el 9 de diciembre, con acceso limitado al correo. Para asuntos urgentes, escriba a administracion@{domain}.
""", sent="12-02", ah=True, subj="Respuesta automática: {s}")
em("auto-reply", "es", """
Gracias por su mensaje. Estaré de vacaciones hasta el 7 de enero. Le responderé a mi regreso.
""", sent="12-14", ah=False, subj="RE: {s}", note="no headers, RE: subject")
em("auto-reply", "es", """
Hemos recibido su solicitud n.º 48255. Le responderemos en un plazo de 48 horas hábiles. Por favor, no responda a este correo.
""", sent="12-07", ah=True, subj="[Solicitud #48255] {s}", frm=("{company}", "soporte@{domain}"))
em("auto-reply", "es", "Este buzón ya no se revisa. Por favor, envíe sus facturas a facturas@{domain}.",
   sent="12-11", ah=False, subj="Re: {s}")
em("auto-reply", "es", """
Me encuentro fuera de la oficina hasta el lunes 14 de diciembre. Atenderé su correo a mi regreso. Saludos.
""", sent="12-08", ah=False, subj="Respuesta automática: {s}")
em("auto-reply", "nl", """
Ik ben afwezig tot en met 11 december. Voor dringende zaken kunt u contact opnemen met mijn collega via info@{domain}.
""", sent="12-02", ah=True, subj="Automatisch antwoord: {s}")
em("auto-reply", "nl", "Bedankt voor uw bericht. Ik ben met vakantie tot 4 januari en lees mijn e-mail niet.",
   sent="12-15", ah=False, subj="Re: {s}", note="no headers, Re: subject")
em("auto-reply", "nl", "Uw verzoek (#48262) is ontvangen. We nemen binnen twee werkdagen contact met u op.",
   sent="12-04", ah=True, subj="[#48262] Re: {s}", frm=("{company}", "service@{domain}"))
em("auto-reply", "nl", """
Dit is een automatisch antwoord van de crediteurenadministratie. Facturen worden binnen 30 dagen na ontvangst verwerkt.
""", sent="12-10", ah=False, subj="RE: {s}", frm=("Crediteurenadministratie", "crediteuren@{domain}"))
em("auto-reply", "nl", """
Ik werk op maandag, dinsdag en donderdag. Uw e-mail wordt op mijn eerstvolgende werkdag behandeld.
""", sent="12-02", ah=True, subj="Automatisch antwoord: {s}")
em("auto-reply", "pt", """
Estou ausente até 10 de dezembro, com acesso limitado ao e-mail. Para assuntos urgentes contacte geral@{domain}.
""", sent="12-03", ah=True, subj="Resposta automática: {s}")
em("auto-reply", "pt", """
Obrigado pelo seu contacto. Estarei de férias até 4 de janeiro e responderei assim que regressar.
""", sent="12-17", ah=False, subj="RE: {s}", note="no headers, RE: subject")
em("auto-reply", "pt", """
A sua mensagem foi recebida e registada com o pedido n.º 48270. Responderemos com a maior brevidade possível.
""", sent="12-09", ah=True, subj="[Pedido #48270] {s}", frm=("{company}", "apoio@{domain}"))
em("auto-reply", "pt", """
Estou fora do escritório até segunda-feira, 7 de dezembro. Responderei à sua mensagem no meu regresso.
""", sent="12-03", ah=False, subj="Resposta automática: {s}")
em("auto-reply", "pt", "Este endereço de e-mail já não é monitorizado. Por favor utilize financeiro@{domain}.",
   sent="12-15", ah=False, subj="Re: {s}")

# =============================================================================== other
em("other", "en", "thanks")
em("other", "en", "ok")
em("other", "en", "who is this?")
em("other", "en", "received")
em("other", "en", "I forwarded this to our bookkeeper.")
em("other", "en", "Dana, happy holidays!")
em("other", "en", "?")
em("other", "en", "call me")
em("other", "en", "Thanks Dana, I'll pass this along to Karen in accounting.", note="passing it on is no promise")
em("other", "en", "Got it.")
em("other", "en", "Thank you for the reminder.")
em("other", "en", "Noted.")
em("other", "en", "I'm not the right person for this. Looping in our office manager.")
em("other", "en", "Please call me at (773) 555-0164 when you get a chance.")
em("other", "en", """
Hey Dana! Hope the crew is doing well. Tell Mike the new deck looks amazing, we had twenty people out on it for Thanksgiving.
""")
em("other", "en", "Will look into it.", note="looking into it is no promise to pay")
em("other", "en", "I'll check with my husband, he handles the bills.")
em("other", "en", "Sorry, replied to the wrong email!")
em("other", "en", "Merry Christmas to you and the whole Harbor & Pine team!")
em("other", "en", "Received, thank you.")
em("other", "en", """
This is my work address. For anything about the house please use my personal email, Mike has it on file.
""")
em("other", "en", "Also, we'd love a quote for a new patio in the spring. Give me a ring sometime.")
em("other", "en", "Forwarding to Tom, he's handling the renovation budget now.")
em("other", "en", "Thanks for the heads up")
em("other", "en", "Message received. I'll make sure it gets to the right person.")
em("other", "en", """
Dana - I'm out on paternity leave, my wife had the baby Saturday! I'll look at this when I'm back in January.
""", note="a person's own leave note, not an auto-reply; no promise")
em("other", "en", "I'll stop by Thursday to drop off the spare keys.", note="'stop' and a weekday, but neither opt-out nor promise")
em("other", "en", "Can't talk now, in a meeting all afternoon.")
em("other", "en", "Please stop by the house next week and look at the garage door, it's sticking again.",
   note="'stop' is not an opt-out")
sms("other", "en", "\U0001F44D")
sms("other", "en", "k")
sms("other", "en", "ok thx")
sms("other", "en", "Who is this")
sms("other", "en", "call me 312 555 0187")
sms("other", "en", "okay got it")
sms("other", "en", "Thx")
sms("other", "es", "Quién habla?")
em("other", "fr", "Merci, bien reçu.")
em("other", "fr", "Je transmets à notre comptable.")
em("other", "de", "Danke, habe ich an die Buchhaltung weitergeleitet.")
em("other", "de", "Frohe Weihnachten und einen guten Rutsch!")
em("other", "es", "Recibido, gracias.")
em("other", "es", "Se lo paso a mi contador.")
em("other", "nl", "Dank je, ontvangen.")
em("other", "nl", "Ik stuur het door naar onze boekhouder.")
em("other", "pt", "Recebido, obrigado.")
em("other", "pt", "Vou encaminhar para a contabilidade.")


# =============================================================================== forwarded
# What a customer forwarded (bank confirmations, remittance advice, our own earlier e-mails).
# Placeholders: {inv} {inv2} {amt} {amt_eu} {amt_fr} {first} {company} {domain}
#               {pd_us} 11/27/2026, {pd_long} November 27, 2026, {pd_eu} 27.11.2026,
#               {pd_slash} 27/11/2026, {pd_dash} 27-11-2026, {arr_us} arrival, {inv_date_us}
FWD = {
    "wire_en": dict(frm="Harris Commercial Bank <alerts@harriscommercial.example>",
                    subj="Wire transfer confirmation", body="""
Your outgoing wire transfer has been completed.

Amount:              {amt}
Beneficiary:         HARBOR & PINE BUILDERS LLC
Beneficiary bank:    First Lakes Bank, Chicago IL
Originator ref:      {inv}
Confirmation number: GW-{pd_compact}
Value date:          {pd_us}

If you did not authorize this transfer, please call us immediately at 1-800-555-0199.
Harris Commercial Bank will never ask for your password by email.
"""),
    "ach_en": dict(frm="Chase Business <no.reply.alerts@chase.example>",
                   subj="Your ACH payment has been sent", body="""
We've sent your ACH payment.

Pay to: Harbor & Pine Builders
Amount: {amt}
Send on date: {pd_us}
Memo: {inv}
Payment ID: 7731904455

Payments sent before 5 p.m. ET on a business day usually arrive in 1-2 business days.
"""),
    "remit_en": dict(frm="Accounts Payable <ap-noreply@{domain}>",
                     subj="Remittance Advice - Payment 100482", body="""
REMITTANCE ADVICE

Payee:           Harbor & Pine Builders
Payment date:    {pd_us}
Payment method:  EFT
Payment number:  100482

Invoice #     Invoice date    Amount paid
{inv}      {inv_date_us}      {amt}

Total paid: {amt}

This is an automatically generated message. Please do not reply.
"""),
    "billcom_en": dict(frm="Bill.com <notifications@bill.example>",
                       subj="Payment to Harbor & Pine Builders has been initiated", body="""
Hi {first},

Your payment to Harbor & Pine Builders has been initiated.

Amount: {amt}
Process date: {pd_us}
Estimated arrival: {arr_us}
Invoice: {inv}

You can track this payment in your account under Payables > Payments.
"""),
    "zelle_en": dict(frm="First Midwest Bank Alerts <alerts@firstmidwest.example>",
                     subj="You sent money with Zelle\u00ae", body="""
You sent {amt} to HARBOR & PINE BUILDERS.

Memo: {inv} - thanks!
Date: {pd_long}
Confirmation: Z8K2M4Q1

Money sent with Zelle\u00ae is typically available to an enrolled recipient within minutes.
"""),
    "check_en": dict(frm="Lakeside Credit Union <notices@lakesidecu.example>",
                     subj="Check #5519 has cleared", body="""
Check #5519 has cleared your account ending in 4471.

Payee (as written): Harbor and Pine Builders
Amount: {amt}
Posted: {pd_long}

View the check image in Online Banking > Accounts > Check Images.
"""),
    "invoice_en": dict(frm="Dana Whitfield <accounts@harborpine.example>",
                       subj="Invoice {inv2} from Harbor & Pine Builders", body="""
Hi {first},

Please find attached invoice {inv2} for the work completed at your site. The total is {amt}, due within 30 days.

Thank you for your business!
Dana Whitfield
Harbor & Pine Builders
"""),
    "estimate_en": dict(frm="Mike Alvarez <mike@harborpine.example>",
                        subj="Estimate - deck repair", body="""
Hi {first},

As discussed on site, here's our estimate for the deck repair:

- Replace 6 rotted joists and the damaged decking boards
- New stair stringers
- Labor and materials included

Total: $900.00, fixed price.

Let me know and we can get you on the schedule.

Mike Alvarez
Harbor & Pine Builders
"""),
    "change_order_en": dict(frm="Mike Alvarez <mike@harborpine.example>",
                            subj="Change Order #3 - signed copy", body="""
Hi {first},

Attached is the signed copy of Change Order #3 for your records.

Scope: additional framing at the rear wall, replace sill plate as needed
Pricing: time and materials, not to exceed $400.00

Thanks,
Mike Alvarez
Harbor & Pine Builders
"""),
    "virement_fr": dict(frm="Banque du Val <notification@banqueduval.example>",
                        subj="Confirmation de votre virement international", body="""
Bonjour,

Nous vous confirmons l'exécution de votre virement international.

Bénéficiaire : HARBOR & PINE BUILDERS LLC
Montant : {amt_fr}
Date d'exécution : {pd_slash}
Référence : {inv}
Frais : partagés (SHA)

Cordialement,
Votre service client Banque du Val
"""),
    "ueberweisung_de": dict(frm="Sparkasse Musterstadt <noreply@sparkasse-musterstadt.example>",
                            subj="Auslandsüberweisung ausgeführt", body="""
Guten Tag,

Ihre Auslandsüberweisung wurde ausgeführt.

Empfänger: Harbor & Pine Builders LLC
Betrag: {amt_eu}
Ausführungsdatum: {pd_eu}
Verwendungszweck: {inv}

Mit freundlichen Grüßen
Ihre Sparkasse Musterstadt
"""),
    "transferencia_es": dict(frm="Banco Meridiano <avisos@bancomeridiano.example>",
                             subj="Comprobante de transferencia", body="""
Estimado cliente:

Le confirmamos que se ha realizado la siguiente transferencia:

Beneficiario: HARBOR & PINE BUILDERS LLC
Importe: {amt_eu}
Fecha: {pd_slash}
Concepto: Pago factura {inv}
Número de operación: 0049-2211-77

Atentamente,
Banco Meridiano
"""),
    "overboeking_nl": dict(frm="Noordbank <noreply@noordbank.example>",
                           subj="Bevestiging van uw overboeking", body="""
Geachte klant,

Uw overboeking is uitgevoerd.

Begunstigde: Harbor & Pine Builders LLC
Bedrag: {amt_eu}
Datum: {pd_dash}
Omschrijving: {inv}

Met vriendelijke groet,
Noordbank
"""),
    "transferencia_pt": dict(frm="Banco Atlântico <notificacoes@bancoatlantico.example>",
                             subj="Comprovativo de transferência", body="""
Exmo(a). Cliente,

Informamos que a transferência abaixo foi executada com sucesso.

Destinatário: HARBOR & PINE BUILDERS LLC
Montante: {amt_fr}
Data-valor: {pd_slash}
Descritivo: {inv}

Com os melhores cumprimentos,
Banco Atlântico
"""),
}
