"""NOT WIRED INTO build.py (December 2026). With these 358 replies in the corpus, the held-out
figures were 90.2% accuracy and 78.4% of stated dates, against 91.2% and 81.1% without them (tried
again after the reader's later fixes: 90.2% and 81.1% with them, 90.7% and 83.8% without), and
two of the choices below contradict earlier modules (bodies.py, bodies_more.py and
bodies_extra_intl.py label "paid ... can you confirm it arrived?" already-paid+question, and a
request for timesheets dispute+question). Make the labels agree first, then import this module in
build.py and judge it by cross-validation (Benchmarks/replies.sh --folds 5).

A third batch of hand-written customer replies, aimed at what the reader confuses under
cross-validation: questions about paying vs payments made, complaints phrased as questions,
partial or conditional payment, hardship vs promises, past vs scheduled payments, chatter that
mentions a day without promising to pay, and automatic replies recognised by their words alone.
About 60% English, the rest French, German, Spanish, Dutch and Portuguese; about a third SMS.

Same helpers and labelling rules as bodies.py (see its docstring): only the customer's own
words, kinds most urgent first (opt-out > dispute > already-paid > hardship > promise-to-pay >
question; auto-reply and other stand alone), sent in the customer's local time, p the promise
date, chk its cross-check. SMS words carry no placeholders (build.py does not fill them).
Numeric dates in French, German, Spanish, Dutch and Portuguese are day first (9/12 = 9 December).

Labelling choices made here (beyond those of bodies_extra_en.py and bodies_extra_intl.py):
  - a request for evidence that backs the complaint ("send the signed timesheet", "show me the
    change order", "send the receipts for that line") is part of the dispute: dispute alone. Only
    an unrelated request (a W-9, a statement) adds question.
  - how, where or by what means to pay (which account, cards, the payee name), whether the amount
    already takes off a deposit "we paid", and requests for a statement of open items are
    question, not already-paid: the payment they mention is not of this invoice.
  - "we transferred on the 1st, can you check it arrived?" is already-paid alone, in every
    language (as in bodies_extra_en.py).
  - billing the same work twice is dispute; already-paid is added only when they say they paid the
    first bill. A partial promise with a contested part is dispute+promise-to-pay.
  - "pay now what I can, the rest when I can" is hardship; promise-to-pay is added only when the
    first payment has a date. Seasonal slowdowns asking for time are hardship.
  - "right after the 15th" is the 16th; "on the 18th, or the 21st at the latest" is the 21st;
    "in two weeks" is 14 days after sent; a due date, rent date or other date in the same
    sentence that is not the payment date is ignored.
  - "I'll review it / look at it Monday", "busy until Friday", "we'll discuss it at the board
    meeting on the 15th" are other: a day, but no promise to pay.
  - complaints about the tone or number of reminders that do not ask to stop them are other; so
    is a signature that says "Text STOP to opt out of appointment reminders". "How do I turn these
    reminders off?" is opt-out.
  - phone and business auto-texts ("I'm driving", "this number does not accept texts") are
    auto-reply; sick, parental and bereavement leave in an automatic reply is not hardship, and
    its return date is no promise.

December 2026: Mon 30 Nov, Tue 1, Wed 2, Thu 3, Fri 4, Mon 7, Wed 9, Thu 10, Fri 11, Mon 14,
Tue 15, Wed 16, Thu 17, Fri 18, Sun 20, Mon 21, Tue 22, Wed 23, Thu 31; Fri 1 Jan 2027, Fri 8 Jan.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")


# =============================================================================== opt-out
sms("opt-out", "en", "REVOKE", note="carrier opt-out keyword")
sms("opt-out", "en", "stop sending me reminders, ill keep track myself")
sms("opt-out", "en", "I'd rather not get reminders by text at all. Mail me a paper statement if you need to.",
    note="indirect")
sms("opt-out", "en", "This is my daughters phone not mine, please take it off your list")
sms("opt-out", "en", "Dont text me about bills anymore, I'll call the office myself")
em("opt-out", "en", "Kindly suppress this address from your reminder mailings going forward.")
em("opt-out", "en", """
I'm asking you to cease sending automated messages to me. Any correspondence should be by letter to my home address.
""")
em("opt-out", "en", """
Hi Dana,

I don't mind hearing from you personally, but the automated reminders have to go. Please switch them off for my account.

{first}
""", note="indirect; keeps personal contact")
em("opt-out", "en", "I never signed up for email notifications from your company. Delete my address from your system.")
em("opt-out", "en", "How do I turn these reminder emails off? There's no unsubscribe link anywhere.",
   note="asking how to stop them is an opt-out, not a question")
em("opt-out+promise-to-pay", "en", """
Check goes out Monday. After that please take us off the reminder emails for good.
""", sent="12-10 14:20", p="12-14", chk="wd:mon")
em("opt-out+dispute", "en", "This was never our job and I've said so twice now. Remove us from your billing emails.")

sms("opt-out", "fr", "Stop svp, plus de SMS sur ce numéro")
em("opt-out", "fr", "Je vous prie de ne plus utiliser cette adresse pour vos relances, elle est strictement personnelle.")
em("opt-out", "fr", "Comment fait-on pour ne plus recevoir vos rappels automatiques ? Je n'en veux plus.",
   note="asking how to stop them is an opt-out")
sms("opt-out", "de", "Bitte austragen, ich will keine Erinnerungen per SMS.")
em("opt-out", "de", """
Bitte nehmen Sie diese Adresse aus Ihrem automatischen Mahnlauf heraus. Schriftverkehr bitte nur noch per Post an die Firmenanschrift.
""")
sms("opt-out", "es", "no más mensajes de cobro a este número, gracias")
em("opt-out", "es", "Ya no deseo recibir recordatorios automáticos en este correo. Favor de eliminarme de la lista.")
em("opt-out+dispute", "es", "Esa obra no fue en mi casa y ya lo expliqué por teléfono. Bórrenme de su lista de correos.",
   note="not their job")
sms("opt-out", "nl", "graag geen sms'jes meer over facturen, dank")
em("opt-out", "nl", "Graag dit adres uit uw verzendsysteem halen, ik ontvang liever geen automatische berichten meer.")
sms("opt-out", "pt", "Nao quero mais receber sms de cobrança neste numero", note="no accents")
em("opt-out", "pt", "Agradeço que deixem de enviar lembretes automáticos para este endereço.")
em("opt-out+already-paid", "pt", "Já está pago desde dia 27/11. Por favor tirem-me da lista de lembretes.")


# =============================================================================== dispute
em("dispute", "en", """
Ten hours of labor for a visit that started at 8 and was wrapped up by lunch? I'd like to see the signed time sheet before anything gets paid.
""", note="question and evidence request are the complaint")
em("dispute", "en", """
The hours on this don't line up with our gate log. Please send the crew's time sheets for the week of Nov 16.
""", note="request for evidence of the disputed hours: dispute alone")
sms("dispute", "en", "how is it 6 hrs when your guy was here for 2? send me the timesheet",
    note="evidence request inside the complaint")
em("dispute", "en", """
Who approved the extra $480 for "site protection"? Nobody here did. Show me the signed change order or take it off.
""", note="question + evidence request inside the complaint")
em("dispute", "en", "This is the same work as {inv2} - the faucet swap on Nov 12. You've billed it twice.")
sms("dispute", "en", "u guys billed me twice for the gutter cleaning??")
em("dispute", "en", """
Happy to settle this as soon as the last punch-list items are done. The closet doors and the bathroom caulking are still outstanding.
""", note="conditional, no promise")
sms("dispute", "en", "will pay when the punch list is done, not before", note="conditional, no promise")
em("dispute+promise-to-pay", "en", """
I'll pay for the plumbing on Friday. Not the electrical though - the new circuit still isn't hooked up to anything.
""", sent="12-08 09:30", p="12-11", chk="wd:fri", note="partial promise, rest disputed")
em("dispute+promise-to-pay", "en", """
Sending $1,450 for the drywall on the 15th. The $300 paint touch-up we're not paying - your crew made those scuffs.
""", sent="12-07 11:00", p="12-15", chk="d:15", note="partial promise, rest disputed")
sms("dispute+promise-to-pay", "en", "ill pay the deck part tmrw. not paying for the stain, its already peeling",
    sent="12-09 19:30", p="12-10", chk="+1", note="partial promise, rest disputed")
em("dispute+promise-to-pay", "en", "We'll pay everything except the disposal fee by 12/18. Disposal was included in the quote.",
   sent="12-10 10:15", p="12-18", note="partial promise, rest disputed")
em("dispute", "en", """
Does it seem right to you to charge a full service call for a 10-minute visit where the tech told us the part was on backorder?
""", note="rhetorical question")
em("dispute", "en", "Can you explain how a $1,200 estimate became {amt} without a single phone call to us?",
   amt="1980.00", note="question in form, complaint in substance")
em("dispute", "en", """
Hello, the invoice bills 3 new outlets in the garage. There are 2. I counted twice. Please correct it.
""")
em("dispute", "en", "We were told the old carpet would be hauled away. It's still in our garage and you're billing us for disposal.")
sms("dispute", "en", "this is the same bill you sent last month, youre charging me twice", note="double billing")
em("dispute", "en", "I have a text from Mike saying the second trip was free because his truck broke down. It's on here for $150.")
em("dispute", "en", "The crew left the stair treads unfinished and you're billing as if the job is done. Why would I pay for that?",
   note="rhetorical question")
em("dispute", "en", """
Is there a reason we're paying for a permit the city says was never filed? Send a copy of the permit or credit it.
""", note="rhetorical question + evidence request")
sms("dispute", "en", "Why am I paying for 2 guys when only 1 showed up", note="question in form")
em("dispute", "en", "This should have gone to the HOA. Exterior repairs are theirs under our bylaws - we told Mike that in October.",
   note="wrong payer")
em("dispute", "en", "The leak under the sink started the day after the install. We'll pay when it's fixed, not before.",
   note="conditional, no promise")
sms("dispute", "en", "not my house anymore. sold 1410 Maple in september", note="wrong customer")
em("dispute", "en", """
The quote was $2,300 including materials. Please send me the receipts for the "additional materials" line or remove it.
""", note="evidence request: part of the dispute")
em("dispute+question", "en", """
The stone on the front steps is the wrong color and I want it redone before we talk about paying. Separately, could you send us your W-9 for our files?
""", note="separate, unrelated request adds question")
em("dispute+already-paid", "en", """
We paid this on Nov 20 and now it's been billed again as {inv}. Same amount, same job. Please void the duplicate.
""", note="duplicate bill; the first one paid")
sms("dispute", "en", "we never agreed to pay for the extra trip. that was your scheduling mistake")
em("dispute", "en", """
You billed the vanity at $890. The supplier receipt Luis showed us said $560. What's the extra $330 for?
""", note="question about a markup is the complaint")
sms("dispute", "en", "Bit much to bill us for cleanup when we did it ourselves over the weekend. Please take it off.")
em("dispute", "en", """
Dana - the invocie has the basement at 850 sq ft of flooring. The basement is 600. We measured it before we ever called you guys.
""", note="typo")

em("dispute", "fr", """
Vous m'avez compté 6 heures alors que votre technicien est resté à peine deux heures. Envoyez-moi la feuille d'heures signée.
""", note="evidence request inside the complaint")
em("dispute+promise-to-pay", "fr", """
Je réglerai la partie menuiserie mercredi, mais pas la peinture : les traces de rouleau sont visibles partout.
""", sent="12-14 10:00", p="12-16", chk="wd:wed", note="partial promise, rest disputed")
em("dispute", "fr", "Pourquoi facturer deux fois la même intervention ? La facture {inv2} couvrait déjà le remplacement du chauffe-eau.",
   note="double billing; rhetorical question")
sms("dispute", "fr", "on paiera quand les réserves seront levées, pas avant", note="conditional, no promise")
em("dispute", "de", """
Wieso stehen hier 12 Arbeitsstunden, wenn Ihre Leute nur einen Vormittag da waren? Schicken Sie mir bitte die unterschriebenen Stundenzettel.
""", note="evidence request inside the complaint")
sms("dispute", "de", "Die Entsorgung steht zweimal auf der Rechnung. Bitte korrigieren", note="double billing")
em("dispute+promise-to-pay", "de", """
Die Sanitärarbeiten überweise ich am Freitag. Die Elektrik zahle ich nicht, die Steckdosen im Bad haben immer noch keinen Strom.
""", sent="12-09 08:45", p="12-11", chk="wd:fri", note="partial promise, rest disputed")
em("dispute", "de", "Bezahlt wird, sobald die Mängelliste abgearbeitet ist. Drei Punkte sind noch offen.",
   note="conditional, no promise")
sms("dispute", "es", "me cobraron 2 veces el mismo arreglo del techo", note="double billing")
em("dispute+promise-to-pay", "es", """
Les pago la parte de plomería el viernes, pero la parte eléctrica no, porque todavía no la conectaron.
""", sent="12-15 12:00", p="12-18", chk="wd:fri", note="partial promise, rest disputed")
em("dispute", "es", """
¿Cómo que 8 horas? El muchacho llegó a las 9 y se fue antes de las 12. Quiero ver la hoja de horas firmada.
""", note="evidence request inside the complaint")
em("dispute", "es", "Pagamos cuando terminen la lista de pendientes. Faltan las molduras y el barandal.",
   note="conditional, no promise")
em("dispute", "nl", """
Waarom staan er 9 uur op de factuur? Jullie monteur was er hooguit een ochtend. Stuur mij de getekende urenstaat.
""", note="evidence request inside the complaint")
sms("dispute", "nl", "dit werk is al in november gefactureerd, jullie rekenen het dubbel", note="double billing")
em("dispute+promise-to-pay", "nl", """
Het loodgieterswerk betaal ik vrijdag, het elektra niet: de groep in de meterkast is nog steeds niet aangesloten.
""", sent="12-02 09:20", p="12-04", chk="wd:fri", note="partial promise, rest disputed")
em("dispute", "nl", "Zodra de opleverpunten zijn afgewerkt maken we het over. Er staan er nog vier open.",
   note="conditional, no promise")
em("dispute", "pt", "Cobraram duas vezes a mesma reparação do telhado. A fatura {inv2} já incluía isto.",
   note="double billing")
sms("dispute", "pt", "como assim 10 horas? o rapaz ficou aqui so de manha. mandem a folha de horas assinada",
    note="Brazilian, no accents; evidence request inside the complaint")
em("dispute+promise-to-pay", "pt", """
Pago a parte da canalização na sexta-feira, mas a parte elétrica não, porque o quadro ainda não foi ligado.
""", sent="12-07 10:30", p="12-11", chk="wd:fri", note="partial promise, rest disputed")
em("dispute", "pt", "Só pagamos depois de resolverem a lista de pendências da vistoria.", note="conditional, no promise")


# =============================================================================== already-paid
sms("already-paid", "en", "ck 2086 mailed 11/19, cashed 11/24", note="terse")
sms("already-paid", "en", "paid it friday", sent="12-07 09:10", note="past Friday, sent on a Monday")
sms("already-paid", "en", "handled it on fri, check again", sent="12-14 08:40", note="past Friday")
em("already-paid", "en", "Taken care of last Thursday by ACH.", sent="12-08")
em("already-paid", "en", "We transferred it on 11/20 - could you check whether it has arrived?",
   note="asks to check the payment: already-paid alone")
em("already-paid", "en", "The wire left our account on December 2. Can you confirm it landed?", sent="12-04",
   note="asks to confirm receipt: already-paid alone")
sms("already-paid", "en", "sent u the money thru zelle sat. did u get it?", sent="12-07 10:00",
    note="asks to confirm receipt: already-paid alone")
sms("already-paid", "en", "Paid on Friday with the card on file. It's showing as posted on my statement.", sent="12-07")
em("already-paid", "en", "That's been paid - my husband dropped a check in your mail slot on the 1st.", sent="12-03")
em("already-paid", "en", "Payment went through your online portal on 11/30. Confirmation code 4KD-77310.")
em("already-paid", "en", "Settled on 12/4 via ACH, trace number 021000089931227.", sent="12-08")
em("already-paid", "en", "We paid the full {amt} on Monday. Your reminder must have crossed with the payment.", sent="12-09")
sms("already-paid", "en", "Done, paid it last night", sent="12-10 07:45")
em("already-paid", "en", "Our AP run on the 3rd included this one. Check #20871.", sent="12-07")
em("already-paid", "en", """
You should already have it - I paid at the front desk of your Clybourn office on Wednesday.
""", sent="12-11")
em("already-paid+question", "en", """
We paid this on 11/25 by check. Separately, could you send a statement of all open items on our account? Our auditors want one.
""", note="paid, plus an unrelated request")
sms("already-paid", "en", "Already took care of this one, look again")
em("already-paid", "en", "Our records show {inv} paid on 11/18 (check 5521, cleared 11/23). Please update your ledger.")
em("already-paid", "en", "Paid in full on the 2nd. No need to chase this one.", sent="12-04")
em("already-paid", "en", """
The balance was paid when we picked up the keys on Nov 30 - Mike ran my card on his phone.
""")
sms("already-paid", "en", "my wife paid it tuesday", sent="12-10 18:00", note="someone else paid")
em("already-paid", "en", "Transferred on Tuesday, ref HPB-1124. It can take a couple of days to show.", sent="12-10")
em("already-paid", "en", "We already paid - it went with our December 1 batch along with two other vendors.", sent="12-03")
em("already-paid", "en", "This was paid by our insurance company directly to you on Nov 24. Claim #CL-66120.",
   note="a third party paid")
sms("already-paid", "en", "paid. conf 7781-AX")
em("already-paid", "en", "The check was deposited - it cleared my account yesterday, so you must have it.", sent="12-09")
em("already-paid", "en", "Sent payment through Bill.com on 12/1. Status says delivered on the 3rd.", sent="12-07")
em("already-paid", "en", "Pd 12/2 - ACH conf 55-1190", sent="12-04", note="terse")
em("already-paid+promise-to-pay", "en", "$800 went over by Zelle on Monday; you'll have the last $440 on the 18th.",
   sent="12-09 10:00", p="12-18", chk="d:18", amt="1240.00", note="part paid, rest promised")
em("already-paid+hardship", "en", """
We put $300 toward it on the 1st. That's all we can manage for now - things have been rough since the plant closed.
""", sent="12-04", note="part paid; the rest is hardship")

sms("already-paid", "fr", "réglé vendredi dernier par virement", sent="12-08 09:30", note="past Friday")
em("already-paid", "fr", "Nous avons fait le virement le 20/11. Pouvez-vous vérifier qu'il est bien arrivé ?",
   note="asks to check the payment: already-paid alone")
em("already-paid", "fr", "Réglé le 2 décembre par chèque n° 0034512, remis en main propre à votre technicien.", sent="12-04")
em("already-paid", "fr", "Madame, la facture a été payée par carte sur votre site mardi dernier. J'ai le reçu.", sent="12-09")
sms("already-paid", "de", "Überwiesen am Montag", sent="12-09 12:00")
em("already-paid", "de", "Die Zahlung ist am 1.12. rausgegangen. Können Sie mal schauen, ob sie angekommen ist?", sent="12-04",
   note="asks to check the payment: already-paid alone")
em("already-paid", "de", "Bereits erledigt: Kartenzahlung über Ihren Link am 27. November, der Beleg liegt mir vor.")
em("already-paid", "de", "Ist bezahlt. Mein Mann hat die Rechnung letzte Woche per Online-Banking beglichen.", sent="12-08")
sms("already-paid", "es", "ya pagó mi hijo el lunes", sent="12-09 13:00", note="someone else paid")
em("already-paid", "es", "Ya le hicimos la transferencia el día 1. ¿Puede revisar si le llegó?", sent="12-03",
   note="asks to check the payment: already-paid alone")
sms("already-paid", "es", "pagado desde el viernes, ya chequen", sent="12-08 09:00", note="past Friday")
em("already-paid", "es", "El pago se hizo en efectivo en su oficina el 30 de noviembre; nos dieron un recibo firmado.")
sms("already-paid", "nl", "vrijdag al betaald", sent="12-07 08:30", note="past Friday")
em("already-paid", "nl", "Wij hebben op 1 december overgemaakt. Kunt u nagaan of het binnen is?", sent="12-04",
   note="asks to check the payment: already-paid alone")
em("already-paid", "nl", "Betaald via de betaallink op 29 november, ik heb de bevestigingsmail nog.")
em("already-paid", "nl", "De factuur is afgelopen dinsdag door onze administratie voldaan.", sent="12-10")
sms("already-paid", "pt", "ja paguei na sexta", sent="12-07 10:00", note="past Friday, no accents")
em("already-paid", "pt", "Fizemos a transferência no dia 1/12. Podem confirmar se chegou?", sent="12-04",
   note="past tense; asks to check: already-paid alone")
em("already-paid", "pt", "A fatura foi paga a 30/11 por cheque, entregue ao Mike no fim da obra.")
sms("already-paid", "pt", "paguei ontem via Zelle, confere ai", sent="12-10 11:00", note="Brazilian")


# =============================================================================== hardship
sms("hardship", "en", "i can do 150 now and the rest when i can, moneys tight", note="no dated first payment")
em("hardship", "en", """
My refund from the IRS should come in by March. Could I give you a bit now and finish it off then?
""", note="tax refund; asks to split")
em("hardship", "en", "Winter is dead for us - no concrete pours until the ground thaws. Can we have until March?",
   note="seasonal")
sms("hardship", "en", "slow season for snow removal believe it or not, no snow yet. need more time", note="seasonal")
em("hardship", "en", "Our hours got cut at the hospital. I can manage $75 a month if that works for you.",
   note="instalment offer, no date")
em("hardship+promise-to-pay", "en", """
I can only manage $250 right now - I'll send it Friday - and the rest as work picks up.
""", sent="12-08 16:00", p="12-11", chk="wd:fri", note="dated first payment")
em("hardship", "en", """
The restaurant does half its usual business between Christmas and February. Is there any flexibility on timing?
""", note="seasonal; a question about paying later")
em("hardship", "en", """
I'm self-employed and two of my clients haven't paid me since October. I want to pay you, I just need a few more weeks.
""")
sms("hardship", "en", "my truck got repo'd, trying to get back on my feet. can we do payments?")
em("hardship", "en", "After the fire we're living with my sister. I'll pay what I can once the insurance settles.",
   note="no date")
em("hardship+promise-to-pay", "en", """
Things are tight after my layoff. I can pay $200 on the 15th and then $200 every month after that.
""", sent="12-04 14:00", p="12-15", chk="d:15", note="first instalment dated")
em("hardship", "en", """
Could we do $400 now and $400 in the spring? The farm doesn't see income until the contracts pay out.
""", note="seasonal; no dated first payment")
sms("hardship", "en", "Is a payment plan possible? Lost hours at work")
em("hardship", "en", "We're a tax-prep office - nothing comes in until February. Can this wait until then?",
   note="seasonal")
em("hardship", "en", """
I'm on unpaid leave caring for my father. Please bear with me, I'll pay as soon as I'm working again.
""", note="no date")
sms("hardship", "en", "can i split this in 4? christmas is killing me")
em("hardship+question", "en", """
I'm out of work for now. How much is left after the $500 deposit? I need to know what I'm facing.
""", note="a real question about the balance")
sms("hardship+promise-to-pay", "en", "can do 100 on the 11th and more after that. rough month",
    sent="12-07 18:30", p="12-11", chk="d:11", note="dated first payment")
sms("hardship", "en", "We got hit with a $9,000 tax bill we didn't see coming. Can you give us 60 days?")
sms("hardship", "en", "wife's been sick and I'm the only one working. bear with me pls")

em("hardship", "fr", "Je ne peux verser que 200 dollars pour l'instant, le reste dès que possible. La saison est très calme.",
   note="seasonal; no dated first payment")
sms("hardship", "fr", "période très creuse pour nous, est-ce que je peux payer en 3 fois ?", note="seasonal")
em("hardship+promise-to-pay", "fr", """
Je suis au chômage partiel, mais je peux vous faire un premier virement de 300 dollars le 15/12 et le reste en janvier.
""", sent="12-04 10:00", p="12-15", chk="d:15", note="day/month; dated first payment")
sms("hardship", "de", "Winterpause bei uns, kaum Aufträge. Können Sie mir bis Februar Zeit geben?", note="seasonal")
em("hardship", "de", """
Ich kann im Moment nur einen Teil zahlen und den Rest, wenn meine Steuererstattung kommt. Wäre das in Ordnung?
""", note="tax refund")
em("hardship", "de", "Seit der Kurzarbeit reicht das Geld hinten und vorne nicht. Könnten wir monatliche Raten vereinbaren?")
sms("hardship", "es", "solo puedo dar 200 ahorita y lo demás cuando pueda", note="no dated first payment")
em("hardship", "es", "En temporada de lluvias casi no tenemos trabajo. ¿Nos puede dar hasta febrero para pagar?",
   note="seasonal")
em("hardship+promise-to-pay", "es", """
Estoy sin trabajo, pero el viernes 11 le puedo mandar 150 dólares y el resto poco a poco.
""", sent="12-08 19:00", p="12-11", chk="wd:fri", note="dated first payment")
sms("hardship", "nl", "kan nu alleen 100 missen, de rest als het kan", note="no dated first payment")
em("hardship", "nl", "Ik ben zzp'er en mijn eigen opdrachtgevers betalen niet. Mag ik het in drie termijnen doen?")
em("hardship", "nl", "De ijssalon is 's winters dicht, dus tot maart komt er weinig binnen. Kunnen we uitstel afspreken?",
   note="seasonal")
sms("hardship", "pt", "so consigo pagar uma parte agora, o resto quando der", note="no dated first payment")
em("hardship", "pt", "Posso pagar metade agora e o restante quando receber o reembolso do IRS?", note="tax refund")


# =============================================================================== promise-to-pay
em("promise-to-pay", "en", "Expect it by the end of next week, we're waiting on one signature.", sent="12-02 10:00", p="12-11", chk="nw:fri",
   note="'end of next week' taken as its Friday")
sms("promise-to-pay", "en", "end of next wk", sent="12-10 17:00", p="12-18", chk="nw:fri")
em("promise-to-pay", "en", "I can get it to you right after the 15th - that's when my commission check clears.", sent="12-07 12:30", p="12-16",
   chk="d:16", note="'right after the 15th' = the 16th")
em("promise-to-pay", "en", "Our treasurer signs on the 18th. Worst case it slips to the 21st, but no later.", sent="12-08 11:00", p="12-21",
   chk="d:21", note="the latest date stated")
em("promise-to-pay", "en", "Our rent comes out on the 1st, so this will be paid 12/20, I promise.", sent="12-09 14:00",
   p="12-20", chk="d:20", note="another date in the same sentence")
em("promise-to-pay", "en", "I know it was due 11/30 - it will be paid 12/17.", sent="12-08 10:00", p="12-17", chk="d:17",
   note="due date in the same sentence is not the promise")
sms("promise-to-pay", "en", "gimme 2 wks and its paid", sent="12-03 19:00", p="12-17", chk="+14")
em("promise-to-pay", "en", "I've scheduled the ACH for 12/16 in our banking portal.", sent="12-10 09:00", p="12-16", chk="d:16",
   note="scheduled: future")
em("promise-to-pay", "en", "You'll get it the first week of January - we close the books on the 31st.",
   sent="12-14 15:00", p="01-08", note="'first week of January' taken as Jan 4-8, end of range")
em("promise-to-pay", "en", "Thursday 12/17 works for the balance.", sent="12-11 10:00", p="12-17", chk="wd:thu")
sms("promise-to-pay", "en", "22nd is payday, will pay then", sent="12-15 12:00", p="12-22", chk="d:22")
em("promise-to-pay", "en", "Sorry for the delay - I'll pay it Wendsday.", sent="12-11 13:30", p="12-16", chk="wd:wed",
   note="typo")
sms("promise-to-pay", "en", "ill drop a check off tmrw morning", sent="12-01 20:15", p="12-02", chk="+1")
em("promise-to-pay", "en", "We'll pay it on Dec 23rd, before our office closes for Christmas.", sent="12-14 09:45",
   p="12-23", chk="d:23")
em("promise-to-pay", "en", "Expect payment within the next 10 days.", sent="12-08 16:00", p="12-18", chk="+10")
em("promise-to-pay", "en", "Will clear this before the year is out.", sent="12-07 11:00", p="12-31", chk="eom")
sms("promise-to-pay", "en", "Paying Friday the 11th", sent="12-07 20:00", p="12-11", chk="wd:fri")
em("promise-to-pay", "en", "This goes out with our check run on the 10th, or the 14th at the latest.", sent="12-02 10:00",
   p="12-14", chk="d:14", note="the latest date stated")
em("promise-to-pay", "en", "We'll settle this in three weeks when the construction draw comes in.", sent="12-01 15:00",
   p="12-22", chk="+21")
sms("promise-to-pay", "en", "next monday", sent="12-03 18:00", p="12-07", chk="nw:mon")
em("promise-to-pay", "en", "Payment is approved and will be released this Friday.", sent="12-15 10:00", p="12-18",
   chk="tw:fri")
em("promise-to-pay", "en", "Tuesday on my way home I'll swing by and pay at your front desk.", sent="12-10 17:00",
   p="12-15", chk="wd:tue")
em("promise-to-pay", "en", "Apologies - payment will reach you no later than 12/22.", sent="12-11 09:00", p="12-22",
   chk="d:22")
em("promise-to-pay", "en", "We pay vendors on the 15th and the 30th. You're on the 15th run.", sent="12-04 11:00",
   p="12-15", chk="d:15")
sms("promise-to-pay", "en", "I'll pay it on payday, the 18th", sent="12-10 20:00", p="12-18", chk="d:18")
sms("promise-to-pay", "en", "I'm going to pay it tonight after work.", sent="12-09 13:00", p="12-09", chk="+0")
em("promise-to-pay+question", "en", "Which account should the wire go to? I'll send it on Monday.", sent="12-03 10:00",
   p="12-07", chk="wd:mon")
sms("promise-to-pay", "en", "Give me until the 11th and it's done.", sent="12-04 13:00", p="12-11", chk="d:11")
sms("promise-to-pay", "en", "give me a few days and ill pay it", note="no date")
em("promise-to-pay", "en", "We'll pay once payroll clears this week, so Thursday.", sent="12-14 09:00", p="12-17",
   chk="tw:thu")
em("promise-to-pay", "en", "It'll be paid 12/18, same day as the Henderson job.", sent="12-09 14:00", p="12-18")
em("promise-to-pay", "en", "We'll get it to you before the 20th.", sent="12-10 10:00", p="12-20", chk="d:20")
em("promise-to-pay", "en", "I'll pay in full next Wednesday.", sent="12-03 16:00", p="12-09", chk="nw:wed")
sms("promise-to-pay", "en", "Monday the 14th, promise", sent="12-09 20:00", p="12-14", chk="wd:mon")
em("promise-to-pay+question", "en", "I'll pay on the 16th. Does the total already take off the deposit?",
   sent="12-08 12:00", p="12-16", chk="d:16")
sms("promise-to-pay", "en", "sorry!! will pay tommorow first thing", sent="12-16 21:10", p="12-17", chk="+1", note="typo")

em("promise-to-pay", "fr", "Nous ferons le virement le 9/12.", sent="12-03 10:00", p="12-09", chk="d:9",
   note="day/month: 9/12 is 9 December")
sms("promise-to-pay", "fr", "vendredi c'est réglé", sent="12-14 18:00", p="12-18", chk="wd:fri")
em("promise-to-pay", "fr", "Le règlement partira le 17 décembre, après notre comité de validation.", sent="12-08 09:30",
   p="12-17", chk="d:17")
em("promise-to-pay", "fr", "Je vous fais le virement juste après le 15, quand mon salaire tombe.", sent="12-07 12:00",
   p="12-16", chk="d:16", note="'juste après le 15' = the 16th")
em("promise-to-pay", "fr", "Paiement d'ici deux semaines, c'est promis.", sent="12-02 11:00", p="12-16", chk="+14")
sms("promise-to-pay", "fr", "virement lundi 14 sans faute", sent="12-10 19:00", p="12-14", chk="wd:mon")
sms("promise-to-pay", "de", "Wir überweisen am Freitag.", sent="12-08 10:00", p="12-11", chk="wd:fri")
sms("promise-to-pay", "de", "zahle am 17.12.", sent="12-11 17:00", p="12-17", chk="d:17", note="day-first date")
em("promise-to-pay", "de", "Die Zahlung ist für den 22. Dezember eingeplant.", sent="12-10 09:15", p="12-22", chk="d:22")
em("promise-to-pay", "de", "Bis Ende nächster Woche ist das Geld auf Ihrem Konto.", sent="12-01 14:00", p="12-11",
   chk="nw:fri", note="'Ende nächster Woche' taken as its Friday")
em("promise-to-pay", "de", "Überweisung am 18.12., spätestens am 21.12.", sent="12-08 11:00", p="12-21", chk="d:21",
   note="the latest date stated")
sms("promise-to-pay", "de", "Mache ich morgen früh", sent="12-15 20:00", p="12-16", chk="+1")
em("promise-to-pay", "es", "Le hacemos el depósito el 10/12, sin falta.", sent="12-04 12:00", p="12-10", chk="d:10",
   note="day/month: 10/12 is 10 December")
sms("promise-to-pay", "es", "este viernes le deposito", sent="12-15 17:30", p="12-18", chk="wd:fri")
em("promise-to-pay", "es", "Pagaremos el 16 de diciembre, después de cobrarle a nuestro cliente.", sent="12-07 10:00",
   p="12-16", chk="d:16")
em("promise-to-pay", "es", "Dentro de dos semanas queda saldado.", sent="12-04 09:00", p="12-18", chk="+14")
em("promise-to-pay", "es", "Le pagamos la primera semana de enero, cuando reabra la oficina.", sent="12-11 16:00",
   p="01-08", note="'primera semana de enero' taken as Jan 4-8, end of range")
sms("promise-to-pay", "es", "mañana le transfiero", sent="12-02 21:00", p="12-03", chk="+1")
em("promise-to-pay", "nl", "Op 9/12 gaat de overboeking de deur uit.", sent="12-03 10:00", p="12-09", chk="d:9",
   note="day/month: 9/12 is 9 December")
sms("promise-to-pay", "nl", "vrijdag betaal ik", sent="12-08 18:00", p="12-11", chk="wd:fri")
em("promise-to-pay", "nl", "De betaling staat gepland op 16 december.", sent="12-10 09:00", p="12-16", chk="d:16")
em("promise-to-pay", "nl", "Uiterlijk eind volgende week staat het bedrag op uw rekening.", sent="12-07 13:00", p="12-18",
   chk="nw:fri", note="'eind volgende week' taken as its Friday")
em("promise-to-pay", "nl", "Betaling volgt in de eerste week van januari.", sent="12-15 11:00", p="01-08",
   note="'eerste week van januari' taken as Jan 4-8, end of range")
sms("promise-to-pay", "nl", "over 2 weken betaal ik alles", sent="12-01 19:00", p="12-15", chk="+14")
em("promise-to-pay", "pt", "A transferência será feita no dia 10/12.", sent="12-03 11:00", p="12-10", chk="d:10",
   note="day/month: 10/12 is 10 December")
sms("promise-to-pay", "pt", "na sexta-feira transfiro", sent="12-15 18:00", p="12-18", chk="wd:fri")
em("promise-to-pay", "pt", "O pagamento será efetuado a 17 de dezembro.", sent="12-09 10:00", p="12-17", chk="d:17")
em("promise-to-pay", "pt", "Pagamos logo a seguir ao dia 15, quando recebermos do cliente.", sent="12-07 09:00",
   p="12-16", chk="d:16", note="'logo a seguir ao dia 15' = the 16th")
sms("promise-to-pay", "pt", "daqui a duas semanas pago tudo", sent="12-02 20:00", p="12-16", chk="+14")
em("promise-to-pay", "pt", "Pago segunda-feira, dia 14.", sent="12-10 10:00", p="12-14", chk="wd:mon")


# =============================================================================== question
em("question", "en", "Which account should I use for the wire? Your invoice only has the online link.")
sms("question", "en", "card ok or check only?")
em("question", "en", "Does this include the deposit we paid in September, or is that credited separately?",
   note="a deposit paid is not this invoice paid")
em("question", "en", "Could you send me a statement of all open items on our account? I'd like to clear everything before year-end.")
em("question", "en", """
My homeowner's insurance is covering part of this. Could you send me a version with each line item and the date of service?
""")
sms("question", "en", "when was the due date on this originally? lost the paper")
em("question", "en", "Who is this invoice for? We had two jobs going with you in November - the roof and the basement.")
em("question", "en", "Can I pay by ACH? If so, what routing number should I use?")
em("question", "en", "Is this invoice for the Oak Street unit or the one on Lake?")
sms("question", "en", "is there a late fee if its a few days late")
em("question", "en", "What's the payee name I should put on the check - Harbor & Pine Builders LLC?")
sms("question", "en", "Do you accept Venmo or Zelle, or only checks?")
sms("question", "en", "can I pay with apple pay")
em("question", "en", "Has the retainage already been deducted from this amount?")
em("question", "en", "Can you tell me which of our invoices are still open? Our books only show one.")
em("question", "en", "Does the amount include the change order we signed for the extra outlet?")
sms("question", "en", "is this the bill for the bathroom or the deck")
em("question", "en", "Is the $35 processing fee waived if I pay by check instead?")
em("question", "en", "Can you address the invoice to my LLC rather than to me personally? It's a rental property.")
em("question", "en", "I'm filling out your vendor setup form - what's your federal EIN?")
em("question", "en", "We paid a deposit when we signed. Is that reflected here, or do I subtract it myself?",
   note="a deposit paid is not this invoice paid")
em("question", "en", "Could you resend the payment link? The old one says it has expired.")
sms("question", "en", "wheres your office? want to pay in person")
sms("question", "en", "How much is still owed in total across both invoices?")
em("question", "en", "Do you have a separate mailing address for payments, or is it the shop address?")
em("question", "en", "Are you able to bill our property management company directly instead of us?")
sms("question", "en", "Whats the job address on this one")
em("question", "en", """
Can we get a copy of the signed work order for our files? No problem with the bill, we just need it for our records.
""", note="a plain request, no complaint")
em("question", "en", """
Is the wire info on your website still current? A vendor of ours got hacked last month so I'm double-checking everything.
""")
em("question", "en", "What's the best number to call to pay by card over the phone?")

em("question", "fr", "Sur quel compte dois-je faire le virement ? Il n'y a pas d'IBAN sur la facture.")
sms("question", "fr", "vous prenez la carte bleue ?")
em("question", "fr", "Est-ce que l'acompte versé en septembre est déjà déduit de ce montant ?",
   note="a deposit paid is not this invoice paid")
em("question", "de", "Auf welches Konto soll die Überweisung gehen? Auf der Rechnung steht keine Bankverbindung.")
sms("question", "de", "Nehmen Sie auch Kreditkarte?")
em("question", "de", "Können Sie uns eine Aufstellung aller offenen Posten schicken? Wir machen gerade den Jahresabschluss.")
em("question", "es", "¿Esta factura ya incluye el anticipo que le dimos?", note="a deposit paid is not this invoice paid")
sms("question", "es", "aceptan tarjeta?")
em("question", "es", "¿Cuál era la fecha de vencimiento original de esta factura?")
em("question", "nl", "Is de aanbetaling al van dit bedrag afgetrokken?", note="a deposit paid is not this invoice paid")
sms("question", "nl", "kan ik ook met creditcard betalen?")
em("question", "nl", "Kunt u een overzicht sturen van alle facturen die nog openstaan?")
em("question", "pt", "O valor já desconta o sinal que pagámos?", note="a deposit paid is not this invoice paid")
sms("question", "pt", "aceitam cartão de crédito?")
em("question", "pt", "Podem enviar-me um extrato com todas as faturas em aberto?")


# =============================================================================== auto-reply
# Return dates in these are never promises.
em("auto-reply", "en", """
I'm away on business in Denver from December 7 to December 11 and will reply when I return.
""", sent="12-07", ah=True, subj="Automatic reply: {s}", note="business trip")
em("auto-reply", "en", "Out sick today. I'll respond to your message as soon as I'm able.",
   sent="12-03", ah=False, subj="Automatic reply: {s}", note="sick day; no headers")
em("auto-reply", "en", """
I am on paternity leave through January 18, 2027. For billing questions, please write to office@{domain}.
""", sent="12-09", ah=True, subj="Out of Office: {s}", note="parental leave")
sms("auto-reply", "en", "Auto-reply: I'm driving and can't text right now. I'll reply when I'm parked.",
    sent="12-08", note="phone auto-text")
sms("auto-reply", "en", "Texts to this line are not monitored. For billing call Ridgeview Dental at (708) 555-0191.",
    sent="12-04", note="business auto-text")
em("auto-reply", "en", """
Thank you for your email. Ticket #60338 has been opened for your request. Our billing team will reply within 3 business days.
""", sent="12-10", ah=True, subj="[Ticket #60338] Re: {s}", frm=("{company} Billing", "billing@{domain}"))
em("auto-reply", "en", """
This is an automatic acknowledgement from the {company} accounts payable mailbox. Invoices and statements are processed in the order received; payment questions can take up to 10 business days.
""", sent="12-02", ah=False, subj="RE: {s}", frm=AP, note="no headers; mentions payment")
em("auto-reply", "en", """
I'm on a job site this week without reliable email. I'll be back at my desk Thursday.
""", sent="12-14", ah=False, subj="Re: {s}", note="no headers, Re: subject; return day is no promise")
em("auto-reply", "en", """
Thanks for your note! I'm out of the office until January 4 for the holidays. Merry Christmas!
""", sent="12-18", ah=True, subj="Automatic reply: {s}")
em("auto-reply", "en", """
Your message has been received and assigned to a member of our team. Reference: SR-88104. Please do not reply to this email.
""", sent="12-15", ah=True, subj="SR-88104: {s}", frm=("{company} Service Desk", "servicedesk@{domain}"))
em("auto-reply", "en", """
I am out of the office on bereavement leave and will return on Monday, December 14.
""", sent="12-08", ah=False, subj="Automatic reply: {s}", note="bereavement leave is not hardship")
sms("auto-reply", "en", "(Auto reply) On a site with no signal, will answer when I'm back in range.",
    sent="12-11", note="phone auto-text")
em("auto-reply", "en", """
Thank you for contacting Accounts Payable. If you are asking about a payment, please include the invoice number and PO number. Our standard terms are net 45.
""", sent="12-07", ah=True, subj="Automatic reply: {s}", frm=AP, note="payment terms are no promise")
em("auto-reply", "en", """
I'm out until 12/14. Any invoices received while I'm away will be handled when I get back.
""", sent="12-09", ah=False, subj="Re: {s}", note="no headers; 'handled when I get back' is no promise")
em("auto-reply", "en", """
Automatic reply: I no longer handle vendor accounts at {company}. Please contact finance@{domain} instead.
""", sent="12-16", ah=True, subj="Automatic reply: {s}")
sms("auto-reply", "en", "Thanks for your message! Our office is closed Dec 24 - Jan 1. We'll reply when we're back.",
    sent="12-17", note="business auto-text")
em("auto-reply", "en", """
I am at a conference with limited access to email until Wednesday, December 16, and will respond upon my return.
""", sent="12-14", ah=True, subj="Out of Office: {s}")
em("auto-reply", "en", "Please note: this mailbox is unattended over the holidays. Replies will resume January 4.",
   sent="12-18", ah=False, subj="Re: {s}", note="no headers")

em("auto-reply", "fr", """
Je suis en arrêt jusqu'au 11 décembre. Pour toute question urgente, merci d'écrire à accueil@{domain}.
""", sent="12-03", ah=True, subj="Réponse automatique : {s}", note="sick leave in an auto-reply is not hardship")
em("auto-reply", "fr", """
Je suis en déplacement professionnel cette semaine et ne pourrai pas vous répondre avant lundi.
""", sent="12-08", ah=False, subj="Absent : {s}", note="no headers; business trip")
em("auto-reply", "fr", """
Le service comptabilité fournisseurs accuse réception de votre message. Référence : CF-20931. Merci de ne pas répondre à ce courriel.
""", sent="12-10", ah=True, subj="Accusé de réception : {s}", frm=("Comptabilité Fournisseurs", "fournisseurs@{domain}"))
sms("auto-reply", "fr", "Je suis au volant, je vous recontacte dès que possible.", sent="12-04", note="phone auto-text")
em("auto-reply", "de", """
Ich bin krankgeschrieben und voraussichtlich ab dem 14.12. wieder im Büro. Ihre Nachricht wird nicht weitergeleitet.
""", sent="12-07", ah=True, subj="Abwesenheitsnotiz: {s}", note="sick leave in an auto-reply is not hardship")
em("auto-reply", "de", """
Vom 14. bis 17.12. bin ich auf Geschäftsreise und lese keine E-Mails. Danach melde ich mich umgehend.
""", sent="12-14", ah=False, subj="AW: {s}", note="no headers, AW: subject; business trip")
em("auto-reply", "de", """
Ihre Nachricht ist im Postfach der Kreditorenbuchhaltung eingegangen und hat die Vorgangsnummer KB-44172 erhalten. Bitte antworten Sie nicht auf diese E-Mail.
""", sent="12-11", ah=True, subj="Eingangsbestätigung [KB-44172]: {s}",
   frm=("Kreditorenbuchhaltung", "kreditoren@{domain}"))
sms("auto-reply", "de", "Diese Nummer empfängt keine SMS. Bitte rufen Sie unser Büro an: (312) 555-0174.",
    sent="12-09", note="business auto-text")
sms("auto-reply", "es", "Respuesta automática: estoy ocupado en este momento. Te contesto en cuanto pueda.",
    sent="12-10", note="phone auto-text")
em("auto-reply", "es", """
Me encuentro de baja por paternidad hasta el 15 de enero. Para pagos, escriba a cuentas@{domain}.
""", sent="12-04", ah=True, subj="Respuesta automática: {s}", note="parental leave")
em("auto-reply", "es", """
Estoy de viaje de trabajo hasta el viernes 11 y reviso el correo solo de vez en cuando.
""", sent="12-08", ah=False, subj="RE: {s}", note="no headers; business trip")
em("auto-reply", "es", """
Su correo ha sido recibido por el departamento de Cuentas por Pagar. Folio: CP-55281. Este es un mensaje automático, no responda.
""", sent="12-15", ah=True, subj="Acuse de recibo: {s}", frm=("Cuentas por Pagar", "cxp@{domain}"))
em("auto-reply", "nl", """
Ik ben met ouderschapsverlof tot 1 februari. Uw bericht wordt niet doorgestuurd; mail voor facturen naar administratie@{domain}.
""", sent="12-03", ah=True, subj="Automatisch antwoord: {s}", note="parental leave")
em("auto-reply", "nl", """
Ik ben ziek thuis en lees voorlopig geen mail. Ik reageer zodra ik weer beter ben.
""", sent="12-10", ah=False, subj="Afwezig: {s}", note="no headers; illness in an auto-reply is not hardship")
em("auto-reply", "nl", """
Bedankt voor uw bericht aan de crediteurenadministratie. Uw e-mail is geregistreerd onder nummer CA-7713.
""", sent="12-16", ah=True, subj="Ontvangstbevestiging: {s}", frm=("Crediteurenadministratie", "crediteuren@{domain}"))
sms("auto-reply", "nl", "Ik rijd nu auto, ik bel of app je later terug.", sent="12-02", note="phone auto-text")
em("auto-reply", "pt", """
Estou de licença parental até 20 de janeiro. Para assuntos de pagamentos, contacte financeiro@{domain}.
""", sent="12-07", ah=True, subj="Resposta automática: {s}", note="parental leave")
em("auto-reply", "pt", """
Encontro-me em viagem de negócios até dia 11 e com acesso limitado ao e-mail.
""", sent="12-09", ah=False, subj="RE: {s}", note="no headers; business trip")
em("auto-reply", "pt", """
O departamento de contas a pagar confirma a receção da sua mensagem (ref.ª CP-3390). Não responda a este e-mail.
""", sent="12-14", ah=True, subj="Receção: {s}", frm=("Contas a Pagar", "contasapagar@{domain}"))
sms("auto-reply", "pt", "Este número não recebe SMS. Por favor ligue para o escritório.", sent="12-03",
    note="business auto-text")


# =============================================================================== other
em("other", "en", "Will go over it Monday morning with fresh eyes.", note="reviewing is no promise to pay")
sms("other", "en", "gonna sit down with it tonite", note="looking is no promise to pay")
em("other", "en", "Back-to-back client calls through Friday. I'll surface after that.", note="a day, but no promise")
em("other", "en", "If the crew needs back in, my neighbor has a spare key - I'll let her know Thursday.",
   note="a day, but no promise")
sms("other", "en", "crazy week, just seeing this")
em("other", "en", "Brr, 9 degrees this morning. Hope the crew has good gloves!", note="chit-chat")
em("other", "en", "Got this same email four times since breakfast. Glitch?",
   note="complains about volume; does not ask to stop")
em("other", "en", "Kind of a harsh tone for a first notice, don't you think?",
   note="complains about tone; rhetorical question")
em("other", "en", "For what it's worth, don't stop these reminders. They keep me on track.",
   note="'stop' negated: not an opt-out")
em("other", "en", "Copying Priya Shah from our finance team here; she takes care of vendor payments.", note="new contact")
em("other", "en", "cc'ing our bookkeeper Tom, who pays the vendor bills.", note="new contact")
em("other", "en", """
Thanks Dana.

--
Maria Lopez
Lopez Family Dental
Text STOP to opt out of appointment reminders.
""", note="signature footer mentions STOP; not the customer opting out")
sms("other", "en", "in a meeting, will text later")
em("other", "en", "Let me dig up the paperwork this weekend and I'll get back to you.", note="no promise to pay")
sms("other", "en", "Out on a roof all day, just saw this. Talk tomorrow.")
sms("other", "en", "Who's Dana?")
em("other", "en", "Just confirming I got this. Passing it along to our office manager.")
em("other", "en", "I'll talk it over with my business partner tonight and let you know.", note="no promise")
em("other", "en", "Wishing everyone at Harbor & Pine a restful holiday break.")
em("other", "en", "Why do these always land on Monday mornings? lol", note="rhetorical question; chit-chat")
sms("other", "en", "seen, thanks dana")
em("other", "en", "I'll look at it when I'm back in the office on Tuesday.", note="a day, but no promise")
em("other", "en", "My email is changing to jpark@newmail.example next week, please update your records.")
sms("other", "en", "new phone, who dis")
sms("other", "en", "Can't get to this today - my son's school play. Tomorrow.", note="no promise to pay")
em("other", "en", "We'll discuss it at our board meeting on the 15th.", note="a date, but no promise to pay")
em("other", "en", """
The reminders are fine, no need to stop them. I just haven't had a chance to sit down with the books yet.
""", note="'stop' negated: not an opt-out; no promise")
em("other", "en", "FYI your reminders are going to my spam folder. Found this one by accident.")
sms("other", "en", "busy till friday. will call", note="a day, but no promise")
em("other", "en", """
I'm traveling this week (typing this from O'Hare actually). Will deal with everything when I land Sunday.
""", note="a person's own travel note, not an auto-reply; no promise")
sms("other", "en", "lol ok ok I see it \U0001F605")
em("other", "en", "FYI the crew left a ladder behind our garage. It's there whenever someone is in the area.")
em("other", "en", "Saw your email. Slammed with year-end inventory, I'll get to it next week.", note="no promise to pay")
sms("other", "en", "recieved, will pass to my husband", note="typo")

em("other", "fr", "Je regarde ça lundi.", note="a day, but no promise")
sms("other", "fr", "semaine de fou, je viens juste de voir votre message")
em("other", "fr", "J'ajoute Sophie de la compta en copie, c'est elle qui gère les règlements.", note="new contact")
sms("other", "de", "Ich schaue es mir am Montag an.", note="a day, but no promise")
sms("other", "de", "Bin bis Freitag in Terminen, melde mich dann.", note="a day, but no promise")
em("other", "de", "Ganz schön scharfer Ton für eine erste Erinnerung, finde ich.", note="complains about tone")
sms("other", "es", "Lo reviso esta noche.", note="reviewing is no promise to pay")
sms("other", "es", "qué frío hace hoy! abríguense", note="chit-chat")
em("other", "es", "Le agrego a Rosa de contabilidad, ella se encarga de los pagos.", note="new contact")
em("other", "nl", "Ik kijk er maandag naar.", note="a day, but no promise")
sms("other", "nl", "drukke week, zie dit nu pas")
em("other", "nl", "Al de derde mail vandaag, gaat er iets mis met jullie systeem?",
   note="complains about volume; does not ask to stop")
em("other", "pt", "Vou ver isto com calma amanhã.", note="no promise")
sms("other", "pt", "semana complicada, so agora vi", note="no accents")
em("other", "pt", "Coloco em cópia a Rosa da contabilidade, é ela que trata dos pagamentos.", note="new contact")
