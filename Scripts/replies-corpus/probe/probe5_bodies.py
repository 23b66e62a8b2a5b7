"""Fifth fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first four probe sets). Its emphasis differs from the earlier sets: about
55 replies that say nothing actionable about the invoice ("other": thanks, hand-offs to a
bookkeeper, wrong person or number, new contacts and addresses, people who left, a death in the
family announced by a relative, chit-chat, greetings, "who is this", replies meant for another
thread, one word or an emoji, "I'll look at it" or "let me check with my partner" without a promise
to pay), 40 questions (several with words such as "wrong", "credit", "returned", "damage", "refund"
or "twice" that dispute nothing, several without a question mark) and 35 automatic replies, many of
which look like a person or talk about payment terms, payment runs, due dates and amounts. The
rest spreads over the other kinds, with about 20 mixed replies (two kinds each: the record checks
allow no more).

em(...) and sms(...) take the arguments probe3_bodies.py's docstring explains (the chk rules
are checked by make_probe5.py).

Labelling follows the corpus conventions (see the docstrings of ../bodies_extra_en.py,
../bodies_extra_3.py and probe4_bodies.py). Beyond them, this set reads:
  - "I'll look at it / go through it / run it past my partner / get back to you", with or without
    a day, is other: no promise to pay. So is a bookkeeper's or partner's office day.
  - a relative announcing a death and giving a new contact is other; a death that leaves the
    writer unable to pay ("everything is frozen until probate") is hardship.
  - a message plainly meant for someone else (a painter, a brother) sent in our thread is other,
    even when it names a day.
  - a complaint about how many reminders arrive that does not ask to stop them is other.
  - a question that uses "wrong", "credit", "returned", "damage", "refund" or "twice" but asserts
    no error ("is the credit for the returned tap on this one?", "I got it twice, is it the same
    invoice?") is question; "before I pay" around it is no promise.
  - an automatic acknowledgement stays auto-reply whatever it says about payment terms, payment
    runs ("the first run of the new year is January 7"), due dates, amounts or a return day; a
    person's letter that names a check run for this invoice is a dated promise.
  - "end of the week" is that week's Friday; "a week from Friday" is the Friday of next week;
    "at the latest the 23rd" is the 23rd; "after the holidays" is an undated promise.

December 2026: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11, Sat 12, Mon 14,
Tue 15, Wed 16, Thu 17, Fri 18, Sun 20, Mon 21, Tue 22, Wed 23, Thu 24, Fri 25, Mon 28, Wed 30,
Thu 31. November 2026: Fri 20, Wed 25, Thu 26 (Thanksgiving), Mon 30. January 2027: Fri 1, Mon 4,
Thu 7, Fri 8.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")

# ============================================================ other (55)
# ---- English, texts (13)
sms("other", "en", "\U0001F440", sent="12-08 12:14", b="other", note="a single emoji: seen, nothing else")
sms("other", "en", "ty", sent="12-09 16:40", b="other", note="one word")
sms("other", "en", "Roger that.", sent="12-10 08:31", b="other", note="acknowledgement")
sms("other", "en", "not me. uve got the wrong Lisa, im on Lake St not Lake Ave", sent="12-08 18:20", b="other",
    note="wrong person; denies no debt of her own")
sms("other", "en", "This is his wife. Gary passed away last month. His son Kevin is handling the estate now, 773-555-0162",
    sent="12-09 11:50", b="other", note="a death announced by a relative with a new contact; no money trouble stated")
sms("other", "en", "who dis", sent="12-11 21:05", b="other", note="'who is this'")
sms("other", "en", "sry wrong chat lol that was for my brother", sent="12-14 19:22", b="other",
    note="says an earlier text went to the wrong thread")
sms("other", "en", "saw it, gonna talk to my partner tonight and get back to u", sent="12-10 17:55", b="other",
    note="checking with a partner; 'get back to u' is no promise")
sms("other", "en", "Merry Christmas Dana and crew!! \U0001F385\U0001F384", sent="12-25 10:05", b="other",
    note="holiday greeting")
sms("other", "en", "tell mike the new railing made it thru the ice storm. neighbors are jealous", sent="12-16 08:40",
    b="other", note="small talk about the job")
sms("other", "en", "ill look at it when im home", sent="12-08 13:05", b="other", note="looking is no promise")
sms("other", "en", "new number for billing stuff is 630-555-0177, thats my work cell", sent="12-07 09:50", b="other",
    note="new contact")
sms("other", "en", "Happy Hanukkah to you all \U0001F54E", sent="12-07 18:30", b="other", note="holiday greeting")

# ---- English, e-mails (17)
em("other", "en", """
Thanks, Dana. I've handed this to Rhonda, our bookkeeper. She's in the office Tuesdays and Thursdays.
""", sent="12-08 10:35", b="other", note="handed to a bookkeeper; her office days are no promise")
em("other", "en", """
Hello,

I'm writing on behalf of my mother, Eleanor. My father, who handled all the household accounts, passed away on November 21. Please send anything about the house to me from now on:

Claire Donnelly
claire.donnelly@mailbox.example
(847) 555-0110

Thank you for your understanding.
""", sent="12-03 19:15", b="other",
   note="a death announced by a relative, with a new contact; no hardship, nothing denied")
em("other", "en", """
I think you've got me mixed up with the previous tenant. I only moved into unit 4B in November. The management company would be the ones to talk to.
""", sent="12-09 20:05", b="other", note="wrong person; denies no work of her own, says who to ask")
em("other", "en", """
Please note our new mailing and remittance address, effective immediately:

{company}
Attn: Accounts Payable
PO Box 4471
Oak Brook, IL 60522
""", sent="12-08 10:10", b="other", note="new address; 'remittance' is no payment")
em("other", "en", """
I'm no longer the right contact for this - I moved over to our Milwaukee location in October. Jenna Ruiz (jruiz@{domain}) took over the vendor accounts here.
""", sent="12-09 14:45", b="other", note="a person who moved on; new contact")
em("other", "en", """
Hi Dana, I think this got attached to the wrong thread - I was replying to Mike about the tile samples. The gray hexagon one, please, not the white. Sorry for the confusion!
""", sent="12-10 12:40", b="other", note="meant for another thread; about the job, not the invoice")
em("other", "en", """
Not about the bill - I just wanted to say the two young guys who did our porch were the most respectful tradespeople we've ever had in the house. Shoe covers and everything. Please pass that along.
""", sent="12-04 19:05", b="other", note="compliment, with an explicit 'not about the bill'")
em("other", "en", """
How did the Hendersons' addition turn out? Mike was telling us about it while he was here. We're toying with something similar for 2027.
""", sent="12-11 20:10", b="other", note="small talk; a question, but not about the invoice")
em("other", "en", """
Let me check with my business partner, Ray, and I'll circle back. He's the one who signed off on the project.
""", sent="12-08 15:20", b="other", note="checking with a partner is no promise")
em("other", "en", """
Will go through it this weekend along with the rest of the pile on my desk.
""", sent="12-10 21:15", b="other", note="reviewing is no promise, even with a day")
em("other", "en", "Received with thanks.", sent="12-07 11:05", b="other", note="acknowledgement")
em("other", "en", """
We got your holiday card! The photo of the whole crew in Santa hats is now on our fridge. Happy holidays to all of you.
""", sent="12-18 18:45", b="other", note="holiday greeting")
em("other", "en", """
Forwarded to our office manager, Denise. She'll reach out if she has any questions.
""", sent="12-07 16:25", b="other", note="passed on; 'reach out if questions' is no promise")
em("other", "en", """
Hi Dana - I'm at a conference in Orlando all week but saw this come in. I'll dig into it when I'm back on the 14th.
""", sent="12-08 21:05", b="other", note="written by a person (no auto-reply wording or headers); a return day is no promise")
em("other", "en", """
Just so you know, {company} was acquired by Meridian Health Partners effective December 1. Our vendor records are being migrated, so you'll hear from their AP team about onboarding sometime in January.
""", sent="12-09 13:30", b="other", note="new owner; 'January' is about onboarding, not payment")
em("other", "en", """
That's the third reminder this week. I do read my e-mail, you know.
""", sent="12-10 16:05", b="other", note="complains about the cadence but asks nothing to stop (convention: other)")
em("other", "en", """
Small housekeeping note: please update my name in your records to Marisa Kovach. I've gone back to my maiden name. Same address and phone.
""", sent="12-14 12:20", b="other", note="a changed name")

# ---- French (5)
sms("other", "fr", "c'est qui ?", sent="12-09 20:40", b="other", note="'who is this'")
sms("other", "fr", "ok je fais suivre à mon comptable \U0001F44D", sent="12-10 12:50", b="other", note="passed on")
em("other", "fr", """
Madame,

Je vous écris de la part de ma mère. Mon père, Gérard, est décédé le 29 novembre. Pour tout ce qui concerne la maison, merci désormais de vous adresser à moi : Anne Lefort, 06 55 01 48 20.

Bien à vous
""", sent="12-09 18:10", b="other", note="a death announced by a relative, with a new contact")
em("other", "fr", """
Merci pour votre message. Je regarde ça avec mon associée dès son retour et je reviens vers vous.
""", sent="12-08 16:30", b="other", note="checking with a partner; no promise")
em("other", "fr", """
Au passage, la véranda fait l'admiration de tous nos voisins. Bravo à toute l'équipe !
""", sent="12-11 19:20", b="other", note="compliment")

# ---- German (5)
sms("other", "de", "Bin nicht Frau Lang. Falsche Nummer vermutlich.", sent="12-08 19:30", b="other", note="wrong number")
sms("other", "de", "\U0001F44D\U0001F3FB gesehen", sent="12-09 10:15", b="other", note="acknowledgement")
em("other", "de", """
Guten Tag,

Frau Ostermann hat unser Büro zum Monatsende verlassen. Ihre Aufgaben in der Buchhaltung übernimmt ab sofort Herr Demir, demir@{domain}, Durchwahl -14.

Freundliche Grüße
""", sent="12-07 11:20", b="other", note="a person who left; new contact")
em("other", "de", """
Bitte beachten Sie unsere neue Rechnungsanschrift ab 1. Januar 2027: {company}, Postfach 10 22 41, 50462 Köln. Die übrigen Kontaktdaten bleiben unverändert.
""", sent="12-10 14:40", b="other", note="new address; a date, no promise")
em("other", "de", """
Danke für die Erinnerung. Ich bespreche das mit meinem Mann und melde mich dann wieder.
""", sent="12-14 20:05", b="other", note="'melde mich' is no promise to pay")

# ---- Spanish (5)
sms("other", "es", "quien habla?", sent="12-09 21:30", b="other", note="'who is this'")
sms("other", "es", "Recibido \U0001F44C", sent="12-10 09:25", b="other", note="acknowledgement")
em("other", "es", """
Buenas tardes. Le informo que desde el 1 de diciembre la administración del edificio la lleva una empresa nueva, Gestiones Alcalá. Sus datos: administracion@gestionesalcala.example, (312) 555-0141.
""", sent="12-08 17:10", b="other", note="new contact")
em("other", "es", """
Muchas gracias por el aviso, Dana. Lo reviso con mi contador la semana que viene y le comento.
""", sent="12-11 12:35", b="other", note="reviewing with an accountant 'next week' is no promise")
em("other", "es", """
¡Feliz Navidad a todo el equipo de Harbor & Pine! Gracias por dejar la cocina lista antes de las fiestas, mi mamá está feliz.
""", sent="12-23 19:40", b="other", note="holiday greeting")

# ---- Dutch (5)
sms("other", "nl", "verkeerd nummer denk ik, ik ken geen Dana", sent="12-08 16:20", b="other", note="wrong number")
sms("other", "nl", "top, dank je", sent="12-10 11:45", b="other", note="acknowledgement")
em("other", "nl", """
Beste Dana,

Ik ben per 1 december met pensioen gegaan. Mijn opvolger, Ruud Hermans, is bereikbaar via r.hermans@{domain}. Het ga je goed!
""", sent="12-07 10:05", b="other", note="a person who retired; new contact")
em("other", "nl", """
Dank voor je bericht. Ik kijk er vanavond even naar met mijn vriend, hij regelt dit soort dingen.
""", sent="12-09 17:35", b="other", note="looking at it with a partner is no promise")
em("other", "nl", """
Hoi Kees, donderdag om negen uur is prima voor de tweede laag. Ik laat de achterdeur open. Groet
""", sent="12-11 13:50", b="other", note="meant for someone else (the painter); 'donderdag' is no promise")

# ---- Portuguese (5)
sms("other", "pt", "quem fala?", sent="12-09 13:10", b="other", note="'who is this'")
sms("other", "pt", "Obrigada, recebido.", sent="12-10 18:05", b="other", note="acknowledgement")
em("other", "pt", """
Bom dia. O Sr. Quaresma deixou de trabalhar connosco no final de novembro. A partir de agora, os assuntos de faturação devem ser tratados com a D. Fátima Reis, freis@{domain}.
""", sent="12-07 10:40", b="other", note="a person who left; new contact")
em("other", "pt", """
Vou ver isto com o meu marido ao fim de semana e depois dou notícias.
""", sent="12-11 21:00", b="other", note="looking at it with a spouse is no promise")
em("other", "pt", """
Aproveito para dizer que a cozinha ficou linda. A minha sogra já pediu o vosso contacto!
""", sent="12-14 19:25", b="other", note="compliment")

# ============================================================ questions (40)
# ---- English, texts (7)
sms("question", "en", "is this the one for the gutters or the gate. i get them mixed up", sent="12-08 18:45",
    b="question", note="which job; no question mark")
sms("question", "en", "when was this due again", sent="12-09 12:30", b="question", note="due date; no question mark")
sms("question", "en", "did the 100 credit mike promised get taken off this one", sent="12-10 19:10", b="question",
    note="'credit' without a complaint; no question mark")
sms("question", "en", "u take venmo?", sent="12-11 20:20", b="question", note="payment method")
sms("question", "en", "got the reminder twice, once to me once to my wife. same bill or 2 different ones?",
    sent="12-14 09:15", b="question", note="'twice' without a complaint")
sms("question", "en", "whats the late fee if it goes past xmas", sent="12-15 21:00", b="question",
    note="a hypothetical day is no promise; no question mark")
sms("question", "en", "can u send the actual invoice to my email, the text link wont open on my phone", sent="12-09 08:55",
    b="question", note="asks for a copy; 'wont open' is no dispute")

# ---- English, e-mails (15)
em("question", "en", """
Can you send us a current W-9? Our system won't release your invoice without one - see below.
""", sent="12-08 09:25", b="question", fwd="vendor_hold_p5", pd="12-07",
   note="forwarded hold notice: the hold is paperwork, neither hardship nor dispute")
em("question", "en", """
Quick check before I pay: is {amt} the full amount, or is there a separate bill coming for the permit? I don't want to get it wrong.
""", sent="12-07 14:10", b="question", note="'get it wrong' and 'before I pay': no dispute, no promise")
em("question", "en", """
We returned the extra box of tile to your supplier's yard on November 20. Does that show up as a credit on this invoice, or will it come on a separate statement?
""", sent="12-03 11:35", b="question", note="'returned' and 'credit' without a complaint")
em("question", "en", """
Our insurance adjuster wants the storm damage repair separated from the bathroom upgrade. Could you send a version of the invoice with those as two line items?
""", sent="12-09 10:50", b="question", note="'damage' is the insurer's word, not a complaint")
em("question", "en", """
When the refund for the unused lighting allowance goes out, will it be a check or a credit toward this invoice? Just trying to figure out what I actually owe.
""", sent="12-10 15:40", b="question", note="'refund' without a dispute")
em("question", "en", """
Can you tell me the due date you have on file for this one? We book invoices as net 30 from receipt and I want to make sure our system matches yours.
""", sent="12-08 09:40", b="question", note="due date")
em("question", "en", """
Could you send wiring instructions? We're paying from our Canadian account this time and need the SWIFT code and your bank's street address.
""", sent="12-11 10:15", b="question", note="'we're paying' describes the method, not a day")
em("question", "en", """
Mike mentioned a 5% discount if we settled within the month. Is that still on the table, and if so what's the number?
""", sent="12-02 16:25", b="question", note="discount")
em("question", "en", """
Was our September deposit applied here? The balance is higher than I expected, but I may well be misremembering the contract.
""", sent="12-04 13:15", b="question", note="'higher than I expected' is hedged; asks whether the deposit was applied")
em("question", "en", """
Who is this invoice addressed to? We have two properties with you and the reminder doesn't say which address.
""", sent="12-09 13:25", b="question", note="who the invoice is for")
em("question", "en", """
Good morning,

Our auditors require every vendor invoice over $1,000 to show the vendor's EIN. Please reissue {inv} with your EIN printed on it and send it to this address.

Regards,
Accounts Payable
""", sent="12-08 08:50", b="question", frm=AP, note="a request for a reissue with a tax number; nothing disputed")
em("question", "en", """
let me know if you take Amex. the Visa I used last time got cancelled
""", sent="12-10 20:45", b="question", note="payment method; no question mark; 'cancelled' is the card")
em("question", "en", """
Is it normal that I got this invoice twice, once by mail and once by e-mail? I just want to make sure I don't pay it twice.
""", sent="12-11 09:05", b="question", note="'twice' without a complaint")
em("question", "en", """
Does a late fee apply at this point, and if so how much? I'd like to include it so we're square.
""", sent="12-14 11:50", b="question", note="late fee; 'I'd like to include it' is no promise")
em("question", "en", """
Dear Ms. Whitfield,

Our board treasurer has asked for an itemized breakdown of invoice {inv} (labor, materials and any subcontractor charges) for the year-end review. Would you kindly send it at your earliest convenience?

With thanks,
{first}
""", sent="12-07 16:00", b="question", st="outlook-quote", note="formal request for a breakdown")

# ---- French (4)
sms("question", "fr", "c'est payable par chèque ou uniquement par virement", sent="12-09 19:40", b="question",
    note="payment method; no question mark")
em("question", "fr", """
Bonjour, pourriez-vous me renvoyer la facture ? Je ne la retrouve plus, je crois l'avoir supprimée par erreur.
""", sent="12-08 13:30", b="question", note="asks for a copy; 'par erreur' is the writer's own mistake")
em("question", "fr", """
Madame,

L'acompte de 30 % versé à la signature a-t-il bien été déduit du montant réclamé ? Je n'en vois pas la mention sur le rappel.

Cordialement
""", sent="12-10 10:40", b="question", note="whether the deposit was applied")
em("question", "fr", """
Bonjour, à quelle date exactement cette facture était-elle échue ? Mon comptable en a besoin pour la clôture de l'exercice.
""", sent="12-14 15:10", b="question", st="html", note="due date")

# ---- German (4)
sms("question", "de", "Wie lautet nochmal Ihre Kontonummer für Überweisungen aus Deutschland", sent="12-08 12:20",
    b="question", note="bank details; no question mark")
em("question", "de", """
Guten Tag,

gilt das vereinbarte Skonto noch, oder ist die Frist dafür inzwischen abgelaufen?

Viele Grüße
""", sent="12-09 10:25", b="question", note="discount")
em("question", "de", """
Sehr geehrte Frau Whitfield,

wir haben im November eine Gutschrift für die zurückgegebenen Leuchten erhalten. Ist diese in der aktuellen Forderung schon berücksichtigt?

Mit freundlichen Grüßen
{first}
""", sent="12-10 14:15", b="question", note="'Gutschrift' and 'zurückgegeben' without a complaint")
em("question", "de", """
Könnten Sie mir bitte mitteilen, für welches Objekt diese Rechnung ist? Wir haben bei Ihnen sowohl die Wohnung in der Lindenstraße als auch das Ferienhaus beauftragt.
""", sent="12-14 09:50", b="question", st="outlook-de-quote", note="which job the invoice is for")

# ---- Spanish (4)
sms("question", "es", "a que cuenta deposito, la de la factura sigue siendo la buena", sent="12-09 20:05",
    b="question", note="bank details; no question mark or accents")
sms("question", "es", "me pueden mandar el desglose de lo que se cobro", sent="12-11 13:40", b="question",
    note="breakdown; no question mark")
em("question", "es", """
Buenos días. ¿Esta factura ya incluye el reembolso por la puerta que se devolvió dañada? Solo quiero entender el saldo.
""", sent="12-10 11:30", b="question", note="'reembolso', 'devolvió dañada' without a complaint")
em("question", "es", """
Hola, ¿cuál es la fecha límite para pagar sin recargo? Y ¿se puede pagar con tarjeta desde su página?
""", sent="12-14 18:15", b="question", st="multipart", note="due date and payment method")

# ---- Dutch (3)
sms("question", "nl", "voor welk adres is deze factuur, ons huis of dat van mijn moeder", sent="12-09 18:55",
    b="question", note="who/what the invoice is for; no question mark")
em("question", "nl", """
Goedemorgen, kunt u mij een specificatie sturen van de uren en de materialen? Ik moet het voor de verzekering uitsplitsen.
""", sent="12-10 09:20", b="question", note="breakdown")
em("question", "nl", """
Is er al een creditnota gemaakt voor de teruggestuurde kraan? Dan weet ik welk bedrag ik moet overmaken.
""", sent="12-11 12:10", b="question", note="'creditnota', 'teruggestuurd' without a complaint; no promise")

# ---- Portuguese (3)
sms("question", "pt", "aceitam MB Way?", sent="12-09 12:45", b="question", note="payment method")
em("question", "pt", """
Boa tarde, podem confirmar se o desconto de pronto pagamento ainda se aplica? E podem enviar-me os dados bancários para a transferência?
""", sent="12-10 16:30", b="question", note="discount and bank details")
em("question", "pt", """
Recebi duas faturas com o mesmo valor. É a mesma, enviada duas vezes, ou são serviços diferentes
""", sent="12-14 10:05", b="question", note="'duas vezes' without a complaint; no question mark")

# ============================================================ auto-replies (35)
# ---- English, e-mails (14)
em("auto-reply", "en", """
I am on sabbatical from December 1 through February 28 and will not be reading e-mail during that time. For {company} billing matters, please contact our office manager, Priya Sethi, at psethi@{domain}.
""", sent="12-08 08:10", b="auto", ah=True, subj="Out of Office: {s}", note="sabbatical; the end date is no promise")
em("auto-reply", "en", """
Hi there! I'm on parental leave with our new little one and will be back on January 19. In the meantime, Marcus (mcole@{domain}) is handling invoices and payments. Thanks so much for your patience!
""", sent="12-09 09:20", b="auto", ah=False, subj="Re: {s}",
   note="no headers, Re: subject, friendly like a person; the return date is no promise")
em("auto-reply", "en", """
Case 00482291 has been created for your inquiry.

Priority: Normal
Status: New

A representative from {company} Finance Operations will review your case. Please keep the case number in the subject line of any further correspondence.
""", sent="12-10 08:25", b="auto", ah=True, frm=("{company} Finance Operations", "finops@{domain}"),
   subj="Case 00482291 created: {s}", note="case acknowledgement")
em("auto-reply", "en", """
Thank you for contacting the {company} Accounts Payable team. This is an automated acknowledgement.

Our payment runs take place every Tuesday and Thursday. Invoices that have been approved and are due under their payment terms are included in the next available run. We do not respond individually to payment status requests; please check the supplier portal for current status.
""", sent="12-08 07:55", b="auto", ah=True, frm=AP, subj="Automatic reply: {s}",
   note="AP mailbox; payment-run days are no promise")
em("auto-reply", "en", """
We have received your e-mail. Please note: invoices are processed in the order received and paid on their due date in accordance with the agreed terms. Invoices over $5,000 require a second approval and may take up to 10 additional business days.

This mailbox is not monitored for replies.
""", sent="12-09 08:40", b="auto", ah=False, frm=AP, subj="Received - {s}",
   note="no headers; AP mailbox; due dates, amounts and days are no promise")
em("auto-reply", "en", """
Thanks for your note! I'm out of the office through Wednesday, December 16 at a family wedding and will get back to you when I return. Have a great week!

{first}
""", sent="12-10 07:40", b="auto", ah=False, subj="Automatic reply: {s}", who="Brenda Voss",
   note="no headers; signed with a first name like a person; the return date is no promise")
em("auto-reply", "en", """
I've been called for jury duty and will be out of the office until further notice, possibly through the end of next week. I'm checking e-mail in the evenings when I can. If your message is about a payment, please write to accounting@{domain}.
""", sent="12-07 08:05", b="auto", ah=True, subj="Auto Reply: {s}",
   note="'end of next week' is the writer's absence, not a payment")
em("auto-reply", "en", """
I am out of the office on bereavement leave and will return on Monday, December 21. Your e-mail will not be forwarded. For urgent matters please contact the front desk at our main number.
""", sent="12-14 09:10", b="auto", ah=True, subj="Out of office: {s}",
   note="bereavement leave in an automatic reply is no hardship")
em("auto-reply", "en", """
This is an automated message from {company} Invoice Processing.

Your message has been received. If it contained an invoice, the invoice has been queued for data capture. Invoices are typically approved within 5-7 business days and paid according to the terms on the purchase order (standard: net 30). Statements and reminders do not need to be resent.
""", sent="12-11 08:15", b="auto", ah=True, frm=("Invoice Processing", "invoices@{domain}"),
   subj="[Auto] Received: {s}", note="invoice processing; terms are no promise")
em("auto-reply", "en", """
Hi, thanks for getting in touch! I'm Ava, the virtual assistant for {company}. I've logged your message as request #R-20931 and someone from our team will follow up within one business day.
""", sent="12-08 09:45", b="auto", ah=False, frm=("{company} Support", "hello@{domain}"), subj="Re: {s}",
   note="no headers; a bot that introduces itself by name")
em("auto-reply", "en", """
Please note: this mailbox is no longer monitored as of November 30. All billing and payment correspondence for {company} should be sent to payables@{domain}.

Thank you.
""", sent="12-07 08:35", b="auto", ah=True, subj="Mailbox not monitored: {s}", note="retired mailbox, new address")
em("auto-reply", "en", """
Season's greetings!

Our offices are closed from Wednesday, December 23 through Sunday, January 3. No payments will be issued during the closure; the first payment run of the new year is scheduled for Thursday, January 7.

Thank you for your patience, and best wishes for 2027.
""", sent="12-23 08:20", b="auto", ah=True, frm=AP, subj="Holiday closure - {s}",
   note="a payment-run date in an automatic reply is no promise")
em("auto-reply", "en", """
Traveling for the holidays - back at my desk Monday, January 4. If it can't wait, text me at (312) 555-0184.
""", sent="12-18 09:40", b="auto", ah=False, subj="Re: {s}",
   note="no headers, Re: subject, terse like a person; the return day is no promise")
em("auto-reply", "en", """
Automated notice from {company} Payables

We received your message regarding invoice {inv} ({amt}).
Current status: Received - pending approval

Payment will be issued in accordance with the invoice due date and our standard terms. Please allow 3-5 business days for status updates to appear in the supplier portal.
""", sent="12-15 08:30", b="auto", ah=True, frm=("{company} Payables", "payables@{domain}"),
   subj="Status notification: {s}", note="names the invoice and amount; 'payment will be issued' is no promise")

# ---- English, texts (5)
sms("auto-reply", "en", "Hi, you've reached Northshore Heating & Air after hours. For no-heat emergencies call (847) 555-0120. We'll text you back during business hours, Mon-Fri 7am-5pm.",
    sent="12-09 19:30", b="auto", note="business after-hours auto-text")
sms("auto-reply", "en", "[Auto Reply] I'm at work and can't text right now. I'll get back to you after 6.",
    sent="12-10 13:15", b="auto", note="phone auto-text")
sms("auto-reply", "en", "Thank you for your message. This number is not able to receive text messages. Please call 630-555-0140 or email the office.",
    sent="12-08 11:05", b="auto", note="landline auto-text")
sms("auto-reply", "en", "Rivera Family Dental: reply C to confirm your appointment or R to reschedule. Msg&data rates may apply.",
    sent="12-14 10:20", b="auto", note="business auto-text with reply keywords")
sms("auto-reply", "en", "hey im driving rn, will text back when i get there (auto reply)", sent="12-11 17:45", b="auto",
    note="lower-case like a person, but marked auto reply")

# ---- French (4)
em("auto-reply", "fr", """
Bonjour,

Je suis en congé maternité jusqu'au 8 mars 2027. Pour toute question concernant les factures et les règlements, vous pouvez contacter Julie Martin : jmartin@{domain}.

Merci et belle journée !
""", sent="12-08 08:40", b="auto", ah=False, subj="Réponse automatique : {s}",
   note="no headers; maternity leave; the return date is no promise")
em("auto-reply", "fr", """
Nous accusons réception de votre message. Les factures fournisseurs sont réglées à échéance, par virement, lors de nos campagnes de paiement du 10 et du 25 de chaque mois.

Ce message est généré automatiquement.
""", sent="12-09 09:10", b="auto", ah=True, who="Service Comptabilité", subj="Accusé de réception - {s}",
   note="AP mailbox; payment-campaign days are no promise")
em("auto-reply", "fr", """
Votre demande n° 2026-DF-3371 a bien été enregistrée. Délai de traitement moyen : 72 heures ouvrées. Ne répondez pas à ce message, il provient d'une adresse non surveillée.
""", sent="12-10 08:50", b="auto", ah=True, subj="[2026-DF-3371] {s}", note="ticket acknowledgement")
em("auto-reply", "fr", """
Fermeture de fin d'année : l'atelier fait relâche du samedi 19 décembre au dimanche 3 janvier. Votre courriel sera lu à notre retour. Merci de votre compréhension et bonnes fêtes !
""", sent="12-21 08:30", b="auto", ah=False, subj="Fermeture annuelle : {s}",
   note="no headers; closure dates are no promise")

# ---- German (4)
em("auto-reply", "de", """
Ich befinde mich bis voraussichtlich Ende April 2027 in Elternzeit. Ihre Nachricht wird nicht weitergeleitet. Bei Fragen zu Rechnungen wenden Sie sich bitte an Frau Köhler, koehler@{domain}.
""", sent="12-08 09:00", b="auto", ah=True, subj="Abwesenheitsnotiz: {s}", note="parental leave")
em("auto-reply", "de", """
Automatische Eingangsbestätigung: Ihre E-Mail ist bei der Kreditorenbuchhaltung eingegangen. Zahlungsläufe finden jeden Mittwoch statt; fällige und freigegebene Rechnungen werden im nächstmöglichen Zahlungslauf berücksichtigt. Bitte sehen Sie von telefonischen Rückfragen ab.
""", sent="12-09 08:10", b="auto", ah=False, frm=("Kreditorenbuchhaltung", "kreditoren@{domain}"),
   subj="Eingangsbestätigung: {s}", note="no headers; AP mailbox; payment runs are no promise")
em("auto-reply", "de", """
Ich bin derzeit krankheitsbedingt nicht im Büro und kann Ihre Nachricht erst nach meiner Rückkehr bearbeiten. In dringenden Fällen erreichen Sie unser Sekretariat unter der bekannten Nummer.
""", sent="12-15 08:20", b="auto", ah=True, subj="Automatische Antwort: {s}",
   note="sick leave in an automatic reply is no hardship")
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht. Ich bin ab dem 21. Dezember in den Ferien und ab dem 11. Januar wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.
""", sent="12-21 08:05", b="auto", ah=False, subj="Ferienabwesenheit: {s}",
   note="no headers; Swiss wording; the return date is no promise")

# ---- Spanish (3)
em("auto-reply", "es", """
Gracias por escribirnos. Su correo ha sido recibido por el área de Cuentas por Pagar de {company}. Los pagos a proveedores se programan los viernes, una vez que la factura ha sido validada y se encuentra vencida según las condiciones pactadas.

Este es un mensaje automático, por favor no responda.
""", sent="12-09 09:15", b="auto", ah=True, frm=("Cuentas por Pagar", "cxp@{domain}"), subj="Acuse de recibo: {s}",
   note="AP mailbox; payment day is no promise")
em("auto-reply", "es", """
Hola, estoy de vacaciones con mi familia hasta el 5 de enero y casi no voy a revisar el correo. Si es algo urgente de facturas, escriban a mi hermana Lupita, lupita@{domain}. ¡Felices fiestas!
""", sent="12-19 10:15", b="auto", ah=False, subj="Re: {s}",
   note="no headers, Re: subject, chatty like a person; the return date is no promise")
sms("auto-reply", "es", "Respuesta automática: gracias por escribir a Taller Hermanos Ochoa. Atendemos de lunes a viernes de 8 a 6. Le contestamos en cuanto podamos.",
    sent="12-12 18:40", b="auto", note="business auto-text")

# ---- Dutch (3)
em("auto-reply", "nl", """
Bedankt voor uw bericht aan Team Facturen. Wij verwerken facturen uitsluitend via ons inkoopsysteem; betalingen worden twee keer per maand uitgevoerd, rond de 15e en op de laatste werkdag van de maand. U ontvangt geen persoonlijke reactie op dit bericht.
""", sent="12-10 08:40", b="auto", ah=True, who="Team Facturen", subj="Automatisch antwoord: {s}",
   note="AP mailbox; payment days are no promise")
em("auto-reply", "nl", """
Ik ben met studieverlof tot en met 31 januari en lees mijn mail niet. Voor administratieve zaken kunt u terecht bij onze receptie via info@{domain}.
""", sent="12-08 08:55", b="auto", ah=False, subj="Afwezig: {s}", note="no headers; study leave")
sms("auto-reply", "nl", "Automatisch antwoord: ik zit in een vergadering en bel je later terug.", sent="12-09 14:30",
    b="auto", note="phone auto-text")

# ---- Portuguese (2)
em("auto-reply", "pt", """
Recebemos o seu e-mail. O departamento financeiro da {company} efetua pagamentos a fornecedores às quintas-feiras, mediante fatura aprovada e vencida. Este endereço não é monitorizado.
""", sent="12-10 09:30", b="auto", ah=True, frm=("Financeiro", "financeiro@{domain}"), subj="Confirmação de receção: {s}",
   note="AP mailbox; payment weekday is no promise")
sms("auto-reply", "pt", "Mensagem automática: estou em viagem até dia 20 e sem acesso ao telemóvel. Para assuntos urgentes ligue para o escritório.",
    sent="12-15 09:05", b="auto", note="phone auto-text; the return day is no promise")

# ============================================================ hardship (20)
sms("hardship", "en", "hours got cut to 20 a wk at the plant. cant swing it this month", sent="12-08 21:10", b="hardship")
sms("hardship", "en", "Can we do 75 every 2 weeks? Money is really tight since the divorce", sent="12-10 19:35",
    b="hardship", note="asks for a plan; a recurring amount without a first date")
sms("hardship", "en", "im on unpaid maternity leave until feb, really need some grace here", sent="12-11 14:20",
    b="hardship", note="'until feb' is the leave, not a payment")
sms("hardship", "en", "the restaurant flooded sunday. no income til we reopen. please be patient", sent="12-09 09:05",
    b="hardship")
em("hardship", "en", """
I was diagnosed with MS in October and I've had to stop working while we figure out treatment. I'm not trying to dodge this - I just can't pay it all right now. Could we talk about smaller payments?
""", sent="12-08 16:50", b="hardship", note="negation 'not trying to dodge'; asks for a plan")
em("hardship", "en", """
Dear Ms. Whitfield,

{company} has entered a period of significant financial strain following the loss of our largest tenant in October. We are prioritizing payroll and essential utilities and are not in a position to settle vendor balances in full at this time.

We would welcome the opportunity to agree an instalment arrangement for invoice {inv}.

Sincerely,
{first}
""", sent="12-09 11:30", b="hardship", st="multipart", note="formal; asks for instalments")
em("hardship", "en", """
My husband passed in September and I'm still sorting out his accounts. Everything is frozen until probate clears. I'd be grateful for more time.
""", sent="12-10 14:05", b="hardship", note="a death that leaves the writer unable to pay")
em("hardship", "en", """
Sales dropped off a cliff after the highway construction started outside our shop. I'll pay what I can each month but I can't do the whole thing at once.
""", sent="12-07 17:25", b="hardship", note="'what I can each month' has no first date")
em("hardship", "en", """
Social Security doesn't come until the third week of the month and it's already spoken for. Is there any way to spread this out over a few months?
""", sent="12-14 13:10", b="hardship", note="the benefit week is no payment date; asks for a plan")
em("hardship", "en", """
Honestly, we're underwater. Two clients haven't paid us since August and I'm chasing them the same way you're chasing me. I need some breathing room.
""", sent="12-11 18:40", b="hardship", note="'haven't paid us' is about the writer's own clients")
em("hardship", "en", """
We're behind on everything since Dan's accident. Please don't send this to collections, I'm doing my best.
""", sent="12-15 20:30", b="hardship")
sms("hardship", "fr", "mon entreprise est en redressement judiciaire, je ne peux rien régler pour l'instant",
    sent="12-09 17:15", b="hardship")
em("hardship", "fr", """
Bonjour,

Suite à mon licenciement économique, je n'ai plus de revenus réguliers. Serait-il possible d'échelonner le paiement sur quatre mois ?

Merci de votre compréhension.
""", sent="12-10 18:30", b="hardship", note="asks for instalments")
sms("hardship", "de", "Bin seit Oktober arbeitslos, kann momentan nur kleine Beträge zahlen", sent="12-08 20:10",
    b="hardship")
em("hardship", "de", """
Sehr geehrte Frau Whitfield,

nach der Insolvenz unseres Hauptkunden fehlen uns derzeit erhebliche Einnahmen. Wir bitten um Stundung des Betrags bis Ende Februar 2027.

Mit freundlichen Grüßen
{first}
""", sent="12-09 10:40", b="hardship", note="asks for a deferral to a month: a request, no promise")
sms("hardship", "es", "me quede sin trabajo y tengo tres niños, deme chance por favor", sent="12-10 21:25", b="hardship")
em("hardship", "es", """
Buenas noches. Mi esposo está internado desde hace dos semanas y los gastos del hospital nos tienen ahogados. ¿Podríamos pagar en partes?
""", sent="12-11 21:40", b="hardship", note="asks for a plan")
em("hardship", "nl", """
Door het faillissement van een grote klant kunnen we deze maand onze leveranciers niet betalen. Is een regeling in drie termijnen bespreekbaar
""", sent="12-08 14:20", b="hardship", note="asks for instalments; no question mark")
sms("hardship", "pt", "tô sem trabalho desde setembro, não consigo pagar agora", sent="12-09 19:50", b="hardship",
    note="Brazilian colloquial")
em("hardship", "pt", """
Bom dia. Com a quebra de vendas desde o verão, não temos liquidez para pagar a totalidade. Podemos acordar um plano em prestações mensais?
""", sent="12-10 11:15", b="hardship", note="asks for a plan")

# ============================================================ disputes (20)
sms("dispute", "en", "you charged me for 3 outlets, you installed 2. count them", sent="12-08 19:45", b="dispute")
sms("dispute", "en", "this was supposed to be covered under the warranty from the first repair", sent="12-09 13:35",
    b="dispute", note="warranty")
sms("dispute", "en", "invoice says architectural shingles, you put on builder grade 3-tab. not paying premium for that",
    sent="12-10 16:55", b="dispute", note="billed for better material than supplied")
sms("dispute", "en", "nope. we agreed 1500 flat, no extras", sent="12-11 11:40", b="dispute")
em("dispute", "en", """
The outlet covers in the kitchen were never put on and two of the cabinet handles are loose. I'm holding payment until someone comes back to finish.
""", sent="12-07 20:15", b="dispute", note="'holding payment' over unfinished work")
em("dispute", "en", """
You've billed us for a second coat on the fence. There was one coat, applied in the rain, and it's already peeling. We won't pay for work that needs redoing.
""", sent="12-09 18:25", b="dispute")
em("dispute", "en", """
How is it $640 to replace a garbage disposal when the unit itself is $180 at the store and your guy was here forty minutes?
""", sent="12-10 20:40", b="dispute", note="complaint phrased as a question: dispute alone")
em("dispute", "en", """
Dear Dana,

We are returning invoice {inv} unpaid. The work was performed at 2280 Ogden Avenue, a property {company} sold in August; the new owner engaged you directly. We have no contract with you covering this work.

Regards,
{first}
""", sent="12-08 10:25", b="dispute", st="html", note="billed to the wrong party")
em("dispute", "en", """
We never received the second load of driveway gravel that's on here. Our caretaker was on site all day and only one truck came.
""", sent="12-11 15:10", b="dispute", note="billed for a delivery that never came")
em("dispute", "en", """
There's a $225 trip charge for the day your crew showed up, found the wrong tile had been delivered, and left. That was your supplier's mistake, not ours. Please take it off.
""", sent="12-14 12:30", b="dispute")
em("dispute", "en", """
Ah, the "minor adjustment" to the stair rail that Mike said wouldn't cost anything. Three hundred and ten dollars of nothing, apparently.
""", sent="12-15 19:50", b="dispute", note="sarcasm; a charge said to be free")
sms("dispute", "fr", "je conteste, le devis disait main d'oeuvre comprise", sent="12-09 19:25", b="dispute")
em("dispute", "fr", """
Madame,

La facture mentionne la pose de 12 m² de parquet alors que la pièce en fait 9. Je vous remercie d'émettre une facture rectificative.

Salutations
""", sent="12-10 11:05", b="dispute", note="quantity")
sms("dispute", "de", "Die Heizung läuft seit Ihrem Besuch schlechter als vorher. Zahle erst wenn das behoben ist",
    sent="12-08 18:35", b="dispute", note="faulty work; conditional")
em("dispute", "de", """
Guten Tag,

die Anfahrtspauschale wurde uns dreimal berechnet, obwohl Ihr Monteur alle Arbeiten an einem einzigen Tag erledigt hat. Wir erkennen nur eine Anfahrt an.

Gruß
""", sent="12-11 09:15", b="dispute", note="a charge billed three times")
sms("dispute", "es", "la llave del lavabo ya gotea otra vez, no pago hasta que vengan", sent="12-09 20:50",
    b="dispute", note="faulty work; conditional")
em("dispute", "es", """
Buenas tardes. En el presupuesto que firmamos no aparece la pintura del techo. Nadie nos preguntó antes de hacerla, así que no la vamos a pagar.
""", sent="12-10 17:30", b="dispute", note="unapproved extra work")
sms("dispute", "nl", "we hebben nooit om een tweede afspraak gevraagd, die kosten betaal ik niet", sent="12-10 13:05",
    b="dispute")
em("dispute", "nl", """
De tegels in de badkamer liggen scheef en de kitvoegen lekken. Zolang dat niet hersteld is, betalen we deze factuur niet.
""", sent="12-14 16:20", b="dispute", note="faulty work; conditional")
em("dispute", "pt", """
Boa tarde. Foram faturadas 16 horas de mão de obra, mas a equipa só cá esteve duas manhãs. Agradeço que corrijam a fatura.
""", sent="12-09 15:40", b="dispute", note="hours")

# ============================================================ already paid (20)
sms("already-paid", "en", "Paid through your link last night, got receipt HP-2291", sent="12-08 08:20", b="paid")
sms("already-paid", "en", "mailed the check dec 1st. should be there", sent="12-07 19:05", b="paid",
    note="'should be there' is no promise")
sms("already-paid", "en", "my accountant paid it on the 4th, ask her if u need proof", sent="12-09 10:40", b="paid",
    note="paid by a third party; the 4th is past")
sms("already-paid", "en", "Paid. Ck 1127.", sent="12-10 12:05", b="paid", note="terse")
em("already-paid", "en", """
Sent via Zelle on the 3rd - confirmation below.
""", sent="12-08 13:20", b="paid", fwd="zelle_p5", pd="12-03", note="forwarded Zelle confirmation")
em("already-paid", "en", """
We paid this with our American Express on December 2. The charge posted to our statement as HARBOR PINE BLDRS. Please check your merchant deposits.
""", sent="12-09 15:30", b="paid", note="card payment; 'please check' is no question")
em("already-paid", "en", """
Dear Vendor,

Please be advised that invoice {inv} in the amount of {amt} was included in our payment run of November 25, 2026 and remitted by check number 88412. According to our bank, the check was presented and cleared on December 3.

If you are unable to locate this payment, please contact us with your remittance details.

Accounts Payable
{company}
""", sent="12-08 09:10", b="paid", who="Accounts Payable",
   note="a person's AP letter: the payment run is past; the offer is no question")
em("already-paid", "en", """
Paid at your office counter on Friday - the young man at the front desk wrote me a receipt by hand. It's on my fridge.
""", sent="12-07 18:30", b="paid", note="'Friday' is past (sent Monday)")
em("already-paid", "en", """
Hmm - my bank shows this cleared on November 30. Could your reminder have crossed in the mail?
""", sent="12-02 10:15", b="paid", note="the question only asks whether the reminder crossed the payment")
em("already-paid", "en", """
Already taken care of. Our office manager paid it online with the company card before Thanksgiving.
""", sent="12-03 12:40", b="paid")
em("already-paid", "en", """
Paid in full on the 1st by bank transfer, reference {inv}. Please update your records.
""", sent="12-07 11:50", b="paid", st="apple-quote")
sms("already-paid", "fr", "c'est réglé depuis le 2 décembre par virement", sent="12-08 18:15", b="paid")
em("already-paid", "fr", """
Bonjour,

Je vous confirme que nous avons payé cette facture par chèque n° 0004513, remis à votre technicien le 26 novembre. Il a été encaissé le 1er décembre.

Cordialement
""", sent="12-07 10:50", b="paid", st="outlook-de-quote", note="check handed to the technician, cashed")
sms("already-paid", "de", "Schon erledigt, per Überweisung am 3.12.", sent="12-08 11:40", b="paid", note="day-first date")
em("already-paid", "de", """
Anbei die Ausführungsbestätigung unserer Bank. Bitte ordnen Sie die Zahlung entsprechend zu.
""", sent="12-09 10:35", b="paid", fwd="ueberweisung_p5", pd="12-04", note="forwarded bank confirmation")
sms("already-paid", "es", "ya le pague en efectivo a su trabajador el viernes", sent="12-07 20:30", b="paid",
    note="'el viernes' is past (sent Monday)")
em("already-paid", "es", """
Buenos días. El pago se realizó el 30 de noviembre desde nuestra cuenta de Banorte por transferencia internacional. Puede tardar unos días en reflejarse.
""", sent="12-04 11:05", b="paid")
em("already-paid", "nl", """
Dag Dana, dit is al betaald: op 1 december overgemaakt, met het factuurnummer erbij. Ik heb de bevestiging van de bank nog.
""", sent="12-08 20:15", b="paid")
sms("already-paid", "pt", "já paguei por multibanco na terça", sent="12-10 14:50", b="paid",
    note="'na terça' is past (sent Thursday)")
em("already-paid", "pt", """
Boa tarde, o pagamento foi feito no dia 2 por transferência. Envio em anexo o comprovativo.
""", sent="12-07 16:10", b="paid")

# ============================================================ promises (20: 18 dated, 2 with no day)
sms("promise-to-pay", "en", "ill pay it wednesday after my shift", sent="12-07 21:15", p="12-09", chk="wd:wed",
    b="promise")
sms("promise-to-pay", "en", "sending it the 18th when payroll hits", sent="12-09 12:25", p="12-18", chk="d:18",
    b="promise")
sms("promise-to-pay", "en", "end of the week for sure", sent="12-08 17:40", p="12-11", chk="tw:fri", b="promise",
    note="'end of the week' taken as its Friday")
sms("promise-to-pay", "en", "can do it monday", sent="12-10 18:05", p="12-14", chk="wd:mon", b="promise")
em("promise-to-pay", "en", """
I'll put a check in the mail on December 21st.
""", sent="12-14 10:05", p="12-21", chk="at:12-21:mon", b="promise")
em("promise-to-pay", "en", """
Payment will be made after the holidays.
""", sent="12-16 15:20", b="promise", note="'after the holidays' = undated promise")
em("promise-to-pay", "en", """
Dear Ms. Whitfield,

Thank you for your patience. Invoice {inv} has now been approved by our project manager and will be included in our next check run on Thursday, December 17.

Best regards,
{first}
""", sent="12-11 11:10", p="12-17", chk="at:12-17:thu", b="promise", st="outlook-quote",
   note="a person names the check run for this invoice: a dated promise (contrast the AP auto-replies)")
em("promise-to-pay", "en", """
Sorry, this slipped through the cracks. I'll take care of it in the next couple of days.
""", sent="12-09 19:30", b="promise", note="'next couple of days' = undated promise")
em("promise-to-pay", "en", "We'll pay this in full by the 30th.", sent="12-15 09:45", p="12-30", chk="d:30", b="promise")
em("promise-to-pay", "en", """
My paycheck comes a week from Friday and this is getting paid out of it.
""", sent="12-07 20:20", p="12-18", chk="nw:fri", b="promise", note="'a week from Friday' = the Friday of next week")
em("promise-to-pay", "en", """
Will pay tomorrow morning first thing, sorry for the delay!
""", sent="12-10 21:05", p="12-11", chk="+1", b="promise", st="html")
sms("promise-to-pay", "fr", "je vous règle ça lundi", sent="12-10 19:05", p="12-14", chk="wd:mon", b="promise")
em("promise-to-pay", "fr", """
Bonjour, le virement sera effectué le 22 décembre, date de versement de notre subvention.

Bien cordialement
""", sent="12-09 14:10", p="12-22", chk="at:12-22", b="promise")
sms("promise-to-pay", "de", "Überweise nächste Woche Dienstag", sent="12-10 09:30", p="12-15", chk="nw:tue",
    b="promise")
em("promise-to-pay", "de", """
Guten Tag,

die Zahlung erfolgt zum Monatsende zusammen mit unseren übrigen Lieferantenrechnungen.

Freundliche Grüße
""", sent="12-08 10:10", p="12-31", chk="eom", b="promise")
sms("promise-to-pay", "es", "le hago el deposito el dia 15, en cuanto me paguen", sent="12-11 19:20", p="12-15",
    chk="d:15", b="promise", note="the condition does not move the day")
em("promise-to-pay", "es", """
Le pagamos en cuanto regrese el dueño de viaje, a más tardar el 23 de diciembre.
""", sent="12-14 12:00", p="12-23", chk="at:12-23", b="promise", note="'a más tardar' = the latest day")
sms("promise-to-pay", "nl", "betaal het zaterdag", sent="12-09 20:35", p="12-12", chk="wd:sat", b="promise")
em("promise-to-pay", "nl", """
Goedemiddag, het bedrag wordt op 4 januari overgemaakt, na de jaarafsluiting.
""", sent="12-15 14:10", p="01-04", chk="at:2027-01-04:mon", b="promise", note="a January date")
em("promise-to-pay", "pt", """
Olá Dana, faço a transferência na próxima sexta-feira sem falta.
""", sent="12-14 11:10", p="12-18", chk="wd:fri", b="promise", note="'próxima sexta-feira' sent on a Monday")

# ============================================================ opt-out (10)
sms("opt-out", "en", "unsub this number pls, i get enough junk", sent="12-08 19:14", b="optout")
sms("opt-out", "en", "This line is for my pharmacy refill alerts only. Remove it from your system.", sent="12-10 11:02",
    b="optout", note="indirect")
em("opt-out", "en", """
I'd appreciate it if these e-mail nudges stopped altogether. I keep my own ledger and don't need a robot tracking it for me.
""", sent="12-09 20:20", b="optout", note="no keyword")
em("opt-out", "en", """
Please note that {company} has placed this address on its do-not-contact list for automated vendor notices. Kindly remove it from your reminder distribution; statements may still be mailed to our remit-to address.
""", sent="12-07 10:30", b="optout", note="formal; paper statements still welcome")
em("opt-out", "en", """
Is there a reason I keep getting these? I want them turned off. Now.
""", sent="12-14 17:40", b="optout", note="rhetorical question; asks to stop")
sms("opt-out", "fr", "merci de ne plus m'écrire sur ce numéro", sent="12-09 13:20", b="optout")
em("opt-out", "de", """
Hiermit widerspreche ich der Zusendung weiterer automatischer Zahlungserinnerungen per E-Mail. Briefpost ist in Ordnung.
""", sent="12-08 09:30", b="optout", note="formal objection; letters still allowed")
sms("opt-out", "es", "BAJA", sent="12-11 10:05", b="optout", note="Spanish SMS keyword")
em("opt-out", "nl", """
Zou u mij willen uitschrijven voor deze automatische mails? Ik ben niet de juiste persoon en lees ze niet.
""", sent="12-10 15:15", b="optout", note="phrased as a question; 'niet de juiste persoon' beside a request to stop")
em("opt-out", "pt", """
Agradecia que retirassem este contacto das vossas mensagens automáticas. Prefiro ser contactada por carta.
""", sent="12-09 11:40", b="optout", note="indirect; letters still allowed")

# ============================================================ mixed (21; two kinds, the most urgent first)
sms("opt-out+already-paid", "en", "paid it on the 2nd. and pls stop with the texts", sent="12-08 17:20", b="mixed")
em("dispute+question", "en", """
The tile line is right, but the labor line is double what Mike quoted me. While you're checking that, can you also send your W-9? My accountant wants it for the 1099.
""", sent="12-09 14:35", b="mixed", note="a disputed line plus an unrelated request")
em("already-paid+question", "en", """
Paid {inv} by ACH on Monday. Separate question - do you have an updated certificate of insurance? Our property manager wants one on file before the spring job.
""", sent="12-10 10:20", b="mixed", note="'Monday' is past (sent Thursday); a separate request")
sms("hardship+promise-to-pay", "en", "money's tight w medical bills but i can send 200 on friday and more in jan",
    sent="12-14 19:05", p="12-18", chk="wd:fri", b="mixed", note="a dated first payment")
em("promise-to-pay+question", "en", """
I'll mail a check on the 16th. Should it go to the PO box on the invoice or to your street address?
""", sent="12-10 13:25", p="12-16", chk="d:16", b="mixed")
em("dispute+promise-to-pay", "en", """
I'll pay the plumbing portion on Monday. The electrical part stays unpaid until it passes inspection - it failed on the 3rd.
""", sent="12-09 18:10", p="12-14", chk="wd:mon", b="mixed", note="partial promise; the failed work disputed")
em("opt-out+dispute", "en", """
You billed me for a dishwasher install I cancelled in writing. Disconnect me from this reminder system; I'll only deal with a human from here on.
""", sent="12-10 19:40", b="mixed")
em("already-paid+hardship", "en", """
We sent $300 toward this last week, which is all we could manage. My wife's surgery wiped out our savings and the rest will have to wait.
""", sent="12-11 20:05", b="mixed", note="a partial payment made; the rest waits on hardship")
em("hardship+question", "en", """
My hours were cut in half after the plant merger and I can't pay this all at once. Also, do you have another mailing address for checks? The one on the invoice came back undeliverable.
""", sent="12-11 17:30", b="mixed", note="'came back' is the post office, no dispute")
em("dispute+already-paid", "en", """
We paid the original quote amount on November 20, which is what we owe. The extra $480 on this reminder for "additional framing" was never discussed with us.
""", sent="12-07 13:45", b="mixed")
sms("already-paid+promise-to-pay", "en", "sent 500 yesterday, rest on the 28th", sent="12-15 12:10", p="12-28",
    chk="d:28", b="mixed")
em("opt-out+promise-to-pay", "en", """
Check will go out Friday the 11th. Please stop e-mailing me in the meantime, I have it handled.
""", sent="12-08 09:40", p="12-11", chk="at:12-11:fri", b="mixed")
sms("promise-to-pay+question", "en", "can pay thurs. do u take debit over the phone", sent="12-08 16:35", p="12-10",
    chk="wd:thu", b="mixed", note="no question mark")
em("dispute+question", "fr", """
Pourquoi le déplacement est-il facturé 150 $ alors que le devis indiquait « déplacement offert » ? Par ailleurs, pouvez-vous m'envoyer la fiche technique de la pompe installée ?
""", sent="12-09 15:20", b="mixed", note="complaint as a question plus a separate request")
sms("hardship+promise-to-pay", "fr", "période difficile, je peux verser 100 dollars le 20 et le reste plus tard",
    sent="12-11 18:20", p="12-20", chk="d:20", b="mixed", note="the 20th is a Sunday")
em("already-paid+question", "de", """
Die erste Rate haben wir am 1. Dezember überwiesen. Können Sie uns bitte den aktuellen Restbetrag nennen?
""", sent="12-08 14:50", b="mixed")
sms("opt-out+hardship", "de", "Habe gerade kein Geld, das wissen Sie. Bitte keine SMS mehr schicken", sent="12-10 20:25",
    b="mixed")
em("promise-to-pay+question", "es", """
El lunes 21 le hago la transferencia. ¿Me confirma si el número de cuenta sigue siendo el mismo que el año pasado?
""", sent="12-15 13:30", p="12-21", chk="at:12-21:mon", b="mixed")
sms("dispute+already-paid", "es", "ya pague lo que acordamos, 900. lo demas no lo reconozco", sent="12-09 19:00",
    b="mixed", note="paid the agreed part; the rest disputed")
em("hardship+promise-to-pay", "nl", """
Het is krap deze maand door de verbouwing van de winkel, maar op 23 december kan ik de helft overmaken. De rest volgt in januari.
""", sent="12-10 16:45", p="12-23", chk="at:12-23", b="mixed", note="a dated half")
sms("opt-out+question", "pt", "qual é o valor total em dívida? e deixem de mandar sms, prefiro email",
    sent="12-09 11:20", b="mixed", note="opts out of SMS only")

FWD = {
    "zelle_p5": dict(frm="Lakeshore National Bank <alerts@lakeshorenb.example>",
                     subj="You sent money with Zelle", body="""
You sent {amt} to HARBOR & PINE BUILDERS LLC

Sent on:        {pd_us}
Memo:           {inv}
Confirmation:   LNB{pd_compact}55817

Money sent with Zelle to an enrolled recipient typically arrives within minutes.

This is an automated message. Please do not reply.
"""),
    "ueberweisung_p5": dict(frm="Sparkasse Rheinufer <noreply@sparkasse-rheinufer.example>",
                            subj="Ausführungsbestätigung Auslandsüberweisung", body="""
Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Auftrag wurde ausgeführt.

Empfänger:          HARBOR & PINE BUILDERS LLC
Betrag:             {amt_eu}
Verwendungszweck:   {inv}
Ausführungsdatum:   {pd_eu}
Auftragsnummer:     SR{pd_compact}30927

Diese Nachricht wurde automatisch erstellt.
"""),
    "vendor_hold_p5": dict(frm="{company} Procure-to-Pay <p2p-noreply@{domain}>",
                           subj="Action required: vendor record incomplete", body="""
Invoice {inv} from HARBOR & PINE BUILDERS LLC ({amt}) could not be released for payment.

Reason:   Vendor tax form (W-9) missing or expired
Status:   On hold - vendor documentation

Once the vendor's documentation is on file, the invoice will re-enter the approval workflow automatically.

This notification was generated automatically by the {company} Procure-to-Pay system.
"""),
}
