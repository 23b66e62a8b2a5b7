"""Fresh probe replies for collect's reply reader (written December 2026, not from the corpus).

em(kinds, lang, text, sent=..., p=..., chk=..., b=..., note=...)   an e-mail reply
sms(...)                                                            a text message

  sent  "MM-DD HH:MM", the sender's local time (for SMS, Chicago time)
  p     the promise "MM-DD" (January = 2027) or None
  chk   how p follows from the reply's Chicago date (see check.py); every dated promise has one
  b     the bucket of the brief this reply fills
  who   a customer's display name, when the words need that sender

December 2026: Tue 1, Fri 4, Mon 7, Fri 11, Mon 14, Fri 18, Mon 21, Thu 24, Fri 25, Mon 28, Thu 31.
November 2026: Mon 23, Thu 26 (Thanksgiving), Fri 27, Mon 30. January 2027: Fri 1, Mon 4, Fri 8.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")

# ============================================================ dated promises, English (40)
sms("promise-to-pay", "en", "ill have it paid on the twenty first. promise",
    sent="12-09 19:12", p="12-21", chk="d:21", b="dated", note="day written out, no month")
em("promise-to-pay", "en", """
Hi Dana,

Our bookkeeper only cuts vendor checks at the start of each month, so this will be paid on the 1st of next month. Sorry it's not sooner.

Thanks,
{first}
""", sent="12-08 10:24", p="01-01", chk="nm:1", b="dated", note="'the 1st of next month' (a holiday, but the day said)")
sms("promise-to-pay", "en", "payday's the 15th so that's when you'll see it. sorry for the wait",
    sent="12-06 18:40", p="12-15", chk="d:15", b="dated", note="payday named; paying that day implied")
em("promise-to-pay", "en", """
We're waiting on a reimbursement check from the county for the ramp work. We'll pay you on the 20th when that check clears.
""", sent="12-10 13:05", p="12-20", chk="d:20", b="dated", note="'when that check clears' beside the day")
sms("promise-to-pay", "en", "Will get it to you by Xmas \U0001F384",
    sent="12-12 11:30", p="12-24", chk="xmas", b="dated", note="'by Xmas' taken as Dec 24, like 'before Christmas'")
em("promise-to-pay", "en", """
{first} here. So sorry, this one slipped through while we were short-staffed in the office. I'll make sure it's taken care of before the holidays.
""", sent="12-07 16:42", p="12-24", chk="xmas", b="dated", note="'before the holidays' taken as Dec 24")
em("promise-to-pay", "en", """
Morning Dana - we're planning to pay the week of the 14th, once the bank releases the next draw on our construction loan.
""", sent="12-04 09:15", p="12-18", chk="wko:14", b="dated", note="'the week of the 14th' taken as that week's Friday")
sms("promise-to-pay", "en", "monday after next ok? thats when my bonus comes thru and ill pay the whole thing",
    sent="12-02 17:55", p="12-14", chk="nnw:mon", b="dated", note="'Monday after next'; asked as a question, still a promise")
em("promise-to-pay", "en", """
Thanks for the nudge. First thing next week I'll push it through our vendor portal - it needs two approvals and one of the approvers is out until Friday.
""", sent="12-10 15:20", p="12-14", chk="nw:mon", b="dated",
   note="'first thing next week' taken as its Monday; 'until Friday' is an absence, not the payment")
sms("promise-to-pay", "en", "End of the week at the latest. Crazy busy at the shop",
    sent="12-15 12:48", p="12-18", chk="tw:fri", b="dated", note=None)
em("promise-to-pay", "en", """
Dana,

You'll have payment in full by close of business Friday.

Regards,
{first}
""", sent="12-01 14:02", p="12-04", chk="wd:fri", b="dated", note=None)
em("promise-to-pay", "en", """
Hello,

This invoice has been approved by our controller. Payment will be released within 5 business days.

Kind regards,
Accounts Payable
""", sent="12-08 11:37", p="12-15", chk="bd:5", b="dated", who="Accounts Payable", st="outlook-quote",
   note="'within 5 business days' counted over weekdays")
sms("promise-to-pay", "en", "next tuesday or wednesday, depends when the deposit from my tenant lands",
    sent="12-10 18:20", p="12-16", chk="wd:wed", b="dated", note="two weekdays joined by 'or': the later")
em("promise-to-pay", "en", """
Good morning,

Our year-end freeze starts tomorrow. Invoice {inv} is queued for our first payment run of the new year and will be paid on January 8, 2027.

Best,
{first}
""", sent="12-16 09:50", p="01-08", chk="at:2027-01-08", b="dated",
   note="date with a year; 'tomorrow' is the freeze, not a payment")
em("promise-to-pay", "en", """
I can do Thursday, December 17th. Will that work on your end?
""", sent="12-11 14:25", p="12-17", chk="at:12-17:thu", b="dated",
   note="weekday and date together; asks if the day suits, not a question about the invoice")
sms("promise-to-pay", "en", "ill drop a check at your place friday at 3 on my way to get the kids",
    sent="12-08 09:14", p="12-11", chk="wd:fri", b="dated", note="'at 3' is a time, not the 3rd")
em("promise-to-pay", "en", """
Hi Dana,

We'll send $500 on the 10th and the rest on the 24th.

{first}
""", sent="12-04 16:10", p="12-10", chk="d:10", b="dated",
   note="split payment: first instalment's day (an admin pauses until the first part is due, then checks it)")
sms("promise-to-pay", "en", "cutting the check on the thirtieth, office is closed till then",
    sent="12-16 20:02", p="12-30", chk="d:30", b="dated", note="day written out")
em("promise-to-pay", "en", """
We'll pay it a week from Monday.
""", sent="12-09 10:45", p="12-21", chk="wfrom:mon", b="dated", note="'a week from Monday' = the Monday after next")
em("promise-to-pay", "en", """
Working doubles all week. I'll pay tomorrow night after my shift.
""", sent="12-14 21:30", p="12-15", chk="+1", b="dated", note=None)
sms("promise-to-pay", "en", "ill do it this evening once the kids are in bed",
    sent="12-03 16:05", p="12-03", chk="+0", b="dated", note="'this evening' = today")
em("promise-to-pay", "en", """
Hi Dana - we close our books on the 31st and pay all outstanding vendor invoices on Jan 4, so you'll get it then.
""", sent="12-11 10:10", p="01-04", chk="at:2027-01-04", b="dated",
   note="'the 31st' is the books closing, not the payment")
sms("promise-to-pay", "en", "Fri 12/18 for sure",
    sent="12-10 08:20", p="12-18", chk="at:12-18:fri", b="dated", note="abbreviated weekday with US date")
em("promise-to-pay", "en", """
Our office is closed Dec 23 - Jan 3 for the holidays, so I've scheduled your payment to go out before that, on Dec. 22nd.
""", sent="12-11 13:40", p="12-22", chk="at:12-22", b="dated", note="the closure range is not the promise")
sms("promise-to-pay", "en", "cant do anything until after the 1st, then its yours",
    sent="12-17 19:45", p="01-02", chk="after:1", b="dated", note="'after the 1st' = Jan 2")
em("promise-to-pay", "en", """
We're aiming for mid-December on this one - the receivables from the Hendricks job should be in by then.
""", sent="12-03 11:25", p="12-15", chk="at:12-15", b="dated", note="'mid-December' = Dec 15")
em("promise-to-pay", "en", """
Hi,
You'll have it before December's out. Apologies for the delay.
{first}
""", sent="12-07 08:58", p="12-31", chk="eom", b="dated", note="'before December's out' = Dec 31")
em("promise-to-pay", "en", """
Dana, we'll have you paid by New Year's Eve. Happy holidays to you and the crew.
""", sent="12-18 14:05", p="12-31", chk="at:12-31", b="dated", note="'New Year's Eve' = Dec 31")
em("promise-to-pay", "en", """
Per our AP policy, vendor invoices over 60 days are paid on the last business day of the month. Yours will be included in that run.
""", sent="12-09 13:30", p="12-31", chk="lbd", b="dated",
   note="'last business day of the month' = Thu Dec 31; '60 days' is no date")
em("promise-to-pay", "en", """
Hi Dana, got your note. I'll get it to you next week - we're all out for Thanksgiving after tomorrow.
""", sent="11-24 10:40", p="12-04", chk="nw:fri", b="dated",
   note="late November; 'next week' = its Friday; 'after tomorrow' is about the holiday")
sms("promise-to-pay", "en", "ill pay the monday after thanksgiving",
    sent="11-25 15:30", p="11-30", chk="at:11-30:mon", b="dated", note="'the Monday after Thanksgiving' = Nov 30")
em("promise-to-pay", "en", """
Hi Dana, checked our system:

Status: Scheduled
Pay date: 2026-12-21
Method: ACH

Funds usually land 1-2 business days after the pay date.

{first}
""", sent="12-09 09:05", p="12-21", chk="at:12-21", b="dated", note="ISO date; the bank's delay is not the promise")
sms("promise-to-pay", "en", "I get paid thursday so friday it is",
    sent="12-08 13:50", p="12-11", chk="wd:fri", b="dated", note="payday Thursday is not the promise; Friday is")
em("promise-to-pay", "en", """
Give me ten days and I'll have the full amount for you.
""", sent="12-05 10:30", p="12-15", chk="+10", b="dated", note="'ten days' written out")
em("promise-to-pay", "en", """
We'll pay no later than the end of next week.
""", sent="12-02 15:45", p="12-11", chk="nw:fri", b="dated", note="'end of next week' = its Friday")
em("promise-to-pay", "en", """
I'll be by your showroom Wednesday after 5 to pay in person.
""", sent="12-07 12:15", p="12-09", chk="wd:wed", b="dated", note="'after 5' is a time")
em("promise-to-pay+question", "en", """
Can I pay by card over the phone? If so I'll call Tuesday morning and take care of it.
""", sent="12-10 11:50", p="12-15", chk="wd:tue", b="dated", note="question and conditional promise")
em("hardship+promise-to-pay", "en", """
Business has been dead since the plant on Route 9 closed. I can do $200 on the 18th and more after the new year.
""", sent="12-07 17:30", p="12-18", chk="d:18", b="dated", note="partial payment dated; rest undated")
em("already-paid+promise-to-pay", "en", """
We sent $300 last Friday by Zelle. The remaining balance goes out Tuesday the 15th.
""", sent="12-14 09:40", p="12-15", chk="at:12-15:tue", b="dated", note="part paid ('last Friday' is past), rest promised")
em("dispute+promise-to-pay", "en", """
We'll pay the roofing portion on the 11th. The gutter guards on the invoice were never installed, so that line we won't be paying until someone comes out.
""", sent="12-09 16:20", p="12-11", chk="d:11", b="dated", note="partial promise, rest disputed")

# ============================================================ dated promises, French (10)
em("promise-to-pay", "fr", """
Bonjour,

Je vous règle la facture {inv} le 15 courant, par virement.

Cordialement,
{first}
""", sent="12-04 10:20", p="12-15", chk="d:15", b="dated", note="'le 15 courant' = the 15th of this month")
em("promise-to-pay", "fr", """
Bonjour Dana,

Désolée pour ce retard, la comptable était en congé. Le virement sera fait fin de semaine prochaine au plus tard.

Bien à vous,
{first}
""", sent="12-09 11:05", p="12-18", chk="nw:fri", b="dated", note="'fin de semaine prochaine' = Friday of next week")
em("promise-to-pay", "fr", """
Paiement prévu le mardi 22 décembre, en même temps que nos autres fournisseurs américains.
""", sent="12-14 15:40", p="12-22", chk="at:12-22:tue", b="dated", note=None)
sms("promise-to-pay", "fr", "je passe à votre bureau jeudi vers 14h pour régler par chèque",
    sent="12-07 12:30", p="12-10", chk="wd:thu", b="dated", note="time beside a day ('14h' is no date)")
em("promise-to-pay", "fr", """
Bonjour,

Nous vous verserons 400 $ le 10/12 et le solde le 23/12.

Cordialement
""", sent="12-03 10:00", p="12-10", chk="at:12-10", b="dated", note="split payment: first instalment; day/month")
em("promise-to-pay", "fr", """
Bonjour Madame Whitfield,

Le paiement partira en début de semaine prochaine, dès validation par notre directeur.

Cordialement,
{first}
""", sent="12-10 16:15", p="12-15", chk="nw:tue", b="dated",
   note="'début de semaine prochaine' taken as its Tuesday (the reader's documented convention)")
em("promise-to-pay", "fr", """
Bonjour, on vous fait le virement dans quinze jours, le temps que notre client nous paie.
""", sent="12-02 14:30", p="12-16", chk="+14", b="dated",
   note="'quinze jours' is the French fortnight: +14, not +15")
em("promise-to-pay", "fr", """
Bonjour Dana,

Je règle le 2 janvier, juste après les fêtes. Bonnes fêtes à toute l'équipe !

{first}
""", sent="12-17 13:20", p="01-02", chk="at:2027-01-02", b="dated", note="an explicit day beats 'après les fêtes'")
em("promise-to-pay", "fr", """
Je fais le virement lundi 21, dès le retour de notre comptable.
""", sent="12-15 09:45", p="12-21", chk="at:12-21:mon", b="dated", note="weekday with day number")
sms("promise-to-pay", "fr", "c bon je paie mardi sans faute",
    sent="12-11 17:50", p="12-15", chk="wd:tue", b="dated", note=None)

# ============================================================ dated promises, German (10)
em("promise-to-pay", "de", """
Guten Tag Frau Whitfield,

wir überweisen Anfang nächster Woche, sobald die Freigabe durch die Geschäftsführung vorliegt.

Mit freundlichen Grüßen
{first}
""", sent="12-03 09:30", p="12-08", chk="nw:tue", b="dated",
   note="'Anfang nächster Woche' taken as its Tuesday (the reader's documented convention)")
em("promise-to-pay", "de", """
Hallo Dana,

die Zahlung ist für KW 51 eingeplant.

Gruß
{first}
""", sent="12-08 10:10", p="12-18", chk="iso:51", b="dated", note="calendar week: Friday of ISO week 51")
em("promise-to-pay", "de", """
Sehr geehrte Damen und Herren,

bis Mitte des Monats ist der Betrag auf Ihrem Konto. Bitte entschuldigen Sie die Verzögerung.

Freundliche Grüße
""", sent="12-02 14:00", p="12-15", chk="at:12-15", b="dated", note="'Mitte des Monats' = the 15th")
em("promise-to-pay", "de", """
Die Überweisung erfolgt am 22.12.2026 mit unserem letzten Zahlungslauf vor den Feiertagen.
""", sent="12-10 11:20", p="12-22", chk="at:12-22", b="dated", note="day-first date with year")
em("promise-to-pay", "de", """
Der Betrag wird zum 30. dieses Monats angewiesen.
""", sent="12-11 15:05", p="12-30", chk="d:30", b="dated", note="'zum 30. dieses Monats'")
em("promise-to-pay", "de", """
Ich überweise am Dienstag, den 15., sobald mein Gehalt da ist.
""", sent="12-09 10:40", p="12-15", chk="at:12-15:tue", b="dated", note="weekday with day number")
em("promise-to-pay", "de", """
Die Zahlung erfolgt in zehn Tagen.
""", sent="12-04 13:15", p="12-14", chk="+10", b="dated", note="'zehn Tage' written out")
em("promise-to-pay", "de", """
Hallo,

heute in einer Woche ist das Geld bei Ihnen. Versprochen.

{first}
""", sent="12-10 08:45", p="12-17", chk="+7", b="dated", note="'heute in einer Woche' = a week from today")
sms("promise-to-pay", "de", "zahl dir das am freitag nach der arbeit, sorry",
    sent="12-15 19:30", p="12-18", chk="wd:fri", b="dated", note=None)
em("promise-to-pay", "de", """
Wir überweisen 300 Dollar am 11.12., den Rest im Januar, wenn die Jahresabrechnung durch ist.
""", sent="12-07 14:50", p="12-11", chk="at:12-11", b="dated", note="split: first instalment; day-first date")

# ============================================================ dated promises, Spanish (10)
em("promise-to-pay", "es", """
Buenos días:

Le pagamos a principios de la semana que viene, en cuanto nos entre el pago de un cliente.

Saludos,
{first}
""", sent="12-09 12:30", p="12-15", chk="nw:tue", b="dated",
   note="'a principios de la semana que viene' taken as its Tuesday (the reader's documented convention)")
em("promise-to-pay", "es", """
Hola Dana, la transferencia está programada para el 17/12. Disculpa el retraso.
""", sent="12-10 10:50", p="12-17", chk="at:12-17", b="dated", note="day/month")
sms("promise-to-pay", "es", "te deposito el viernes 18 en la tarde",
    sent="12-14 20:15", p="12-18", chk="at:12-18:fri", b="dated", note="weekday with day number")
em("promise-to-pay", "es", """
Le hacemos el pago dentro de dos semanas, cuando cerremos el mes.
""", sent="12-02 16:30", p="12-16", chk="+14", b="dated", note="'dentro de dos semanas'; 'cerremos el mes' is no end-of-month promise")
em("promise-to-pay", "es", """
Antes de fin de año queda saldado, tiene mi palabra.
""", sent="12-14 11:10", p="12-31", chk="at:12-31", b="dated", note="'antes de fin de año' = Dec 31")
em("promise-to-pay", "es", """
Pagamos a mediados de mes, como hacemos con todos los proveedores.
""", sent="12-01 13:00", p="12-15", chk="at:12-15", b="dated", note="'a mediados de mes' = the 15th")
em("promise-to-pay", "es", """
Hola, el pago sale el lunes 28. Felices fiestas.
""", sent="12-21 10:00", p="12-28", chk="at:12-28:mon", b="dated", note="weekday with day number")
em("promise-to-pay", "es", """
Le pagamos el 5 de enero, antes de Reyes.
""", sent="12-18 12:40", p="01-05", chk="at:2027-01-05", b="dated", note="explicit day; 'antes de Reyes' (Jan 6) is not the promise")
sms("promise-to-pay", "es", "cuando cobre la quincena te pago, o sea el 15",
    sent="12-08 21:00", p="12-15", chk="d:15", b="dated", note="'la quincena' is the payday; day given after it")
em("promise-to-pay", "es", """
Pagamos la mitad el jueves y la otra mitad el día 30.
""", sent="12-08 09:20", p="12-10", chk="wd:thu", b="dated", note="split: first instalment")

# ============================================================ dated promises, Portuguese (10)
em("promise-to-pay", "pt", """
Olá Dana, pago na próxima sexta, sem falta.
""", sent="12-08 14:10", p="12-11", chk="wd:fri", b="dated", note="'na próxima sexta' taken as the first Friday after the reply")
em("promise-to-pay", "pt", """
Bom dia,

O pagamento sai no dia 18 de dezembro.

Cumprimentos,
{first}
""", sent="12-10 11:30", p="12-18", chk="at:12-18", b="dated", note=None)
em("promise-to-pay", "pt", """
A transferência ficou agendada para 21/12.
""", sent="12-11 10:15", p="12-21", chk="at:12-21", b="dated", note="day/month")
em("promise-to-pay", "pt", """
Daqui a uma semana faço o pagamento, assim que receber do cliente.
""", sent="12-03 15:00", p="12-10", chk="+7", b="dated", note="'daqui a uma semana' = +7")
em("promise-to-pay", "pt", """
Até o Natal quito tudo, pode ficar tranquila.
""", sent="12-09 13:45", p="12-24", chk="xmas", b="dated", note="'até o Natal' taken as Dec 24")
sms("promise-to-pay", "pt", "pago no início da semana que vem, ok?",
    sent="12-10 18:05", p="12-15", chk="nw:tue", b="dated", note="'início da semana que vem' taken as its Tuesday")
em("promise-to-pay", "pt", """
Conseguimos pagar no dia 5 do mês que vem.
""", sent="12-14 16:20", p="01-05", chk="nm:5", b="dated", note="'dia 5 do mês que vem' = Jan 5")
sms("promise-to-pay", "pt", "segunda dia 14 eu pago",
    sent="12-10 19:40", p="12-14", chk="at:12-14:mon", b="dated", note="'segunda' is Monday, not 'second'")
em("promise-to-pay", "pt", """
Consigo pagar até quarta-feira da semana que vem.
""", sent="12-11 12:00", p="12-16", chk="nw:wed", b="dated", note=None)
em("promise-to-pay", "pt", """
Vamos pagar no fim da próxima semana.
""", sent="12-03 10:30", p="12-11", chk="nw:fri", b="dated", note="'fim da próxima semana' = its Friday")

# ============================================================ dated promises, Dutch (10)
em("promise-to-pay", "nl", """
Volgende week dinsdag staat het op jullie rekening.
""", sent="12-10 14:20", p="12-15", chk="nw:tue", b="dated", note=None)
em("promise-to-pay", "nl", """
Over twee weken komt de betaling, eerder lukt helaas niet.
""", sent="12-04 10:05", p="12-18", chk="+14", b="dated", note=None)
em("promise-to-pay", "nl", """
De betaling staat klaar voor 21-12, samen met de andere Amerikaanse facturen.
""", sent="12-11 09:40", p="12-21", chk="at:12-21", b="dated", note="day-month with a dash")
em("promise-to-pay", "nl", """
Uiterlijk vrijdag 11 december is het betaald.
""", sent="12-07 13:00", p="12-11", chk="at:12-11:fri", b="dated", note=None)
em("promise-to-pay", "nl", """
Betaling volgt medio december.
""", sent="12-03 11:15", p="12-15", chk="at:12-15", b="dated", note="'medio december' = Dec 15")
em("promise-to-pay", "nl", """
Het wordt eind volgende week, sorry voor het wachten.
""", sent="12-08 15:30", p="12-18", chk="nw:fri", b="dated", note=None)
em("promise-to-pay", "nl", """
De factuur is goedgekeurd en wordt binnen 5 werkdagen betaald.
""", sent="12-14 10:45", p="12-21", chk="bd:5", b="dated", note="'binnen 5 werkdagen' counted over weekdays")
em("promise-to-pay", "nl", """
Na de 15e krijg ik mijn salaris, dan betaal ik meteen.
""", sent="12-09 17:10", p="12-16", chk="after:15", b="dated", note="'na de 15e' = the 16th")
sms("promise-to-pay", "nl", "ik maak het morgenavond over als ik thuis ben",
    sent="12-16 18:30", p="12-17", chk="+1", b="dated", note="'morgenavond' is one word")
em("promise-to-pay", "nl", """
Het bedrag gaat eruit op de eerste werkdag van januari.
""", sent="12-17 12:20", p="01-04", chk="at:2027-01-04", b="dated",
   note="Jan 1 is a holiday: the first working day is Mon Jan 4")

# ============================================================ promises with no day (15)
sms("promise-to-pay", "en", "ill get it paid asap, been slammed", sent="12-03 12:10", b="nodate")
em("promise-to-pay", "en", """
We'll take care of it once our client pays us for the Elm Street project.
""", sent="12-08 11:00", b="nodate", note="conditional, no day")
em("promise-to-pay", "en", """
It's in the queue for our next check run.
""", sent="12-10 14:35", b="nodate", note="'next check run' has no day")
em("promise-to-pay", "en", """
I'm traveling for work but I'll pay it when I get back.
""", sent="12-02 19:20", b="nodate")
em("promise-to-pay", "fr", """
Bonjour, je vous règle cela au plus vite. Toutes mes excuses pour l'oubli.
""", sent="12-09 10:10", b="nodate")
em("promise-to-pay", "de", """
Danke für die Erinnerung, wir kümmern uns zeitnah darum.
""", sent="12-07 11:40", b="nodate")
sms("promise-to-pay", "es", "en cuanto me paguen te deposito", sent="12-11 20:30", b="nodate")
em("promise-to-pay", "pt", """
Peço desculpa, vou pagar assim que possível.
""", sent="12-14 12:05", b="nodate")
em("promise-to-pay", "nl", """
Sorry, vergeten! Ik maak het zo snel mogelijk over.
""", sent="12-08 13:25", b="nodate")
em("promise-to-pay", "en", """
We'll pay it in January.
""", sent="12-15 16:45", b="nodate", note="a month without a day: no dated promise")
em("promise-to-pay", "en", """
Just approved it on our end, it'll go out in the next AP cycle.
""", sent="12-09 15:10", b="nodate", note="'approved' is not paid")
sms("promise-to-pay", "en", "apologies dana, paying it shortly", sent="12-04 09:50", b="nodate")
em("promise-to-pay", "en", """
We'll pay as soon as the insurance settlement for the hail damage comes through.
""", sent="12-16 10:25", b="nodate", note="waits on insurance but does not dispute")
em("promise-to-pay", "en", """
Got your message from the 9th, sorry. I'll pay it, I just need a few more days.
""", sent="12-10 18:50", b="nodate", note="'the 9th' is past; 'a few more days' has no day")
em("promise-to-pay", "en", """
Yep, will pay. Thanks for your patience with us this year.
""", sent="12-14 08:35", b="nodate")

# ============================================================ other (25)
sms("other", "en", "\U0001F44C got the email", sent="12-07 12:02", b="other")
em("other", "en", """
Hi Dana,

I've forwarded this to our accounts payable team (ap@{domain}); they handle all vendor payments. Please copy them on anything billing-related going forward.

Thanks,
{first}
""", sent="12-08 09:35", b="other", note="hands off to AP; no promise")
sms("other", "en", "who is this? dont recognize the number", sent="12-03 18:44", b="other",
    note="asks who is writing, nothing about the invoice")
em("other", "en", """
I think you have the wrong person. I sold the house on Maple Ave in October - the new owners are the Hendersons. Good luck.
""", sent="12-09 20:15", b="other", note="wrong person")
em("other", "en", """
Please update your records - our billing address changes on January 1:

Accounts Payable
2200 N Clybourn Ave, Suite 300
Chicago, IL 60614

Invoices and statements sent to the old Halsted St address after that date may be delayed.
""", sent="12-10 10:05", b="other", note="new address; mentions invoices and a date")
em("other", "en", """
Merry Christmas to you and the whole crew at Harbor & Pine! The addition has made this the best holiday season in our house yet.
""", sent="12-23 17:20", b="other", note="greeting")
sms("other", "en", "ok noted", sent="12-11 13:37", b="other")
em("other", "en", """
Can you have Mike give me a call when he has a minute? I want to talk about the basement for next spring.
""", sent="12-14 11:55", b="other", note="asks for a call about new work, nothing about the invoice")
em("other", "en", """
Received, thank you. I'll pass this along to Greg - he handles the payments for the practice.
""", sent="12-02 09:15", b="other", note="'pass along' is not a promise")
em("other", "en", """
Dana, I'm no longer with {company} as of Friday. Please direct anything about this invoice to Pam Ochoa, pochoa@{domain}.
""", sent="12-07 15:30", b="other", note="new contact; not an opt-out")
em("other", "en", """
Noted, thanks.
""", sent="12-15 10:50", b="other")
em("other", "fr", """
Bien reçu, merci. Je transmets à notre service comptable qui s'occupe des règlements fournisseurs.
""", sent="12-08 14:20", b="other", note="forwarded internally; no promise")
em("other", "de", """
Danke für die Info, ich leite das an unsere Buchhaltung weiter. Frau Keller ist ab Montag wieder im Haus.
""", sent="12-10 09:25", b="other", note="'ab Montag' is a colleague's return, not a payment")
sms("other", "es", "número equivocado, aquí no hay ninguna Rosa", sent="12-09 21:10", b="other", note="wrong number")
em("other", "pt", """
Obrigado pelo aviso. Encaminhei ao nosso departamento financeiro.
""", sent="12-07 11:15", b="other")
em("other", "nl", """
Dank voor het bericht, ik stuur het door naar onze boekhouder.
""", sent="12-11 11:45", b="other")
em("other", "en", """
Love the new online payment page by the way - much easier than reading a card number over the phone like last year.
""", sent="12-04 13:10", b="other", note="payment words, no payment, no promise")
em("other", "en", """
The kitchen looks amazing, by the way. Everyone at Thanksgiving wanted your number.
""", sent="11-28 19:40", b="other", note="chit-chat")
em("other", "en", """
Hi Dana, our bookkeeper Maria will reach out to you about this. She's back in the office Monday.
""", sent="12-09 16:05", b="other", note="'back Monday' is not a promise")
sms("other", "en", "\U0001F44D\U0001F3FC", sent="12-16 08:12", b="other", note="emoji only")
em("other", "en", """
Happy holidays from all of us at Pike & Rowe! Just a heads-up that our office is closed Dec 24 - Jan 1.
""", sent="12-17 15:15", b="other", who="Lauren Pike", note="a person's greeting with closure dates; not an auto-reply")
em("other", "en", """
My husband takes care of the bills, I've sent this on to him.
""", sent="12-03 08:50", b="other")
em("other", "en", """
Please send future invoices and reminders to billing@{domain} instead of my personal address. Thanks!
""", sent="12-14 14:40", b="other", note="redirects the mail; not an opt-out")
sms("other", "en", "Payment stuff goes thru my property manager now, Lakeview PM 312-555-0172", sent="12-08 17:25",
    b="other", note="hands off; no promise")
em("other", "en", """
Can you text me instead of emailing? I hardly ever check this account. 773-555-0158
""", sent="12-10 20:05", b="other", note="channel preference: not an opt-out, no question about the invoice")

# ============================================================ questions (20)
em("question", "en", """
Can you send me a copy of the original invoice? I can't find it anywhere in my email.
""", sent="12-07 10:30", b="question")
em("question", "en", """
AP won't release anything to a new vendor without a W-9, please send one over
""", sent="12-03 13:45", b="question", note="request without a question mark")
sms("question", "en", "which card do u have on file for us", sent="12-09 12:22", b="question", note="no question mark")
em("question", "en", """
Can I pay by check? And if so, where do I mail it?
""", sent="12-10 19:05", b="question")
em("question", "en", """
What is the $185 "haul-away fee" on this one? Not questioning it, just want to know what it covers for our books.
""", sent="12-08 16:40", b="question", note="sounds like a dispute; only asks")
em("question", "en", """
Where should we send payment? The invoice shows a PO box - is that still current?
""", sent="12-11 09:55", b="question")
em("question", "en", """
Does this amount already take off the $1,000 deposit we paid in September?
""", sent="12-02 11:20", b="question", note="the deposit is not a payment of this invoice; only asks")
em("question", "en", """
Do you take ACH? If so please send over your routing and account numbers.
""", sent="12-14 15:25", b="question")
em("question", "en", """
My accountant is asking for a breakdown of the labor hours on this one, could you send that over
""", sent="12-09 10:10", b="question", note="no question mark")
em("question", "en", """
Is there a late fee if it goes past the 31st?
""", sent="12-15 13:05", b="question", note="a date in a question; no promise")
em("question", "fr", """
Est-ce qu'on peut payer par carte sur votre site ? Le lien ne s'ouvre pas chez moi.
""", sent="12-04 15:30", b="question")
em("question", "de", """
Können Sie mir die Rechnung bitte noch einmal als PDF schicken, die Datei im Anhang war leer
""", sent="12-08 13:40", b="question", note="no question mark")
sms("question", "es", "el cheque lo hago a nombre de la compañía o de dana", sent="12-10 17:15", b="question", note="no question marks")
em("question", "pt", """
Podem enviar os dados para transferência internacional (SWIFT e número de conta)?
""", sent="12-09 11:50", b="question")
em("question", "nl", """
Hoort deze factuur bij de dakkapel of bij de badkamer? Ik zie het niet terug in de omschrijving.
""", sent="12-07 14:35", b="question", note="only asks which job")
em("question", "en", """
Should I be paying this or does it go to my homeowner's insurance first
""", sent="12-16 12:15", b="question", note="asks about insurance, does not claim it should pay")
em("question", "en", """
What's the job number for this? Our system won't take it without one.
""", sent="11-30 10:40", b="question")
em("question", "en", """
Is this for the October service call or the one in November? We had two.
""", sent="12-08 08:55", b="question", note="sounds confused, only asks")
sms("question", "en", "who do i talk to about setting up autopay", sent="12-14 18:30", b="question", note="no question mark")
em("question", "en", """
Can you resend the pay link? It says expired when I click it.
""", sent="12-11 16:20", b="question")

# ============================================================ disputes (20)
em("dispute", "en", """
The crew never came back to finish the baseboards in the hallway. We're not paying the balance until they do.
""", sent="12-08 18:10", b="dispute")
em("dispute", "en", """
This amount is wrong. We agreed on $1,800 for the whole deck, not {amt}.
""", sent="12-03 12:45", b="dispute", amt="2150.00")
em("dispute", "en", """
We never received the second pallet of tile that's on this invoice. Not paying for material we don't have.
""", sent="12-09 11:15", b="dispute")
em("dispute+already-paid", "en", """
You charged my card twice on 11/30 - two charges of {amt}. Please refund one of them.
""", sent="12-02 20:40", b="dispute", note="charged twice: disputes the second charge and shows payment")
em("dispute", "en", """
Mike told us he'd take 10% off for the delays on the permit. This invoice is for the full amount.
""", sent="12-10 09:30", b="dispute", note="discount already discussed")
em("dispute", "en", """
This was storm damage. The adjuster from State Farm approved the claim - the bill should go to them, not me.
""", sent="12-07 13:20", b="dispute", note="insurance should pay")
em("dispute", "en", """
Could you double-check this one? I was under the impression the permit fee was included in the bid.
""", sent="12-11 10:35", b="dispute", note="polite question; disputes the charge")
em("dispute", "en", """
Why are we being billed for a second visit when the first one didn't fix the leak?
""", sent="12-14 17:05", b="dispute", note="complaint phrased as a question")
em("dispute", "en", """
Isn't this covered under the one-year workmanship warranty? The door you hung in March is sticking again.
""", sent="12-04 11:45", b="dispute", note="polite question; warranty")
em("dispute", "fr", """
Nous contestons cette facture : les peintures de la cage d'escalier n'ont jamais été terminées.
""", sent="12-08 10:50", b="dispute")
em("dispute", "de", """
Die Rechnung ist zu hoch. Vereinbart war ein Pauschalpreis von 1.500 Dollar inklusive Material.
""", sent="12-03 16:10", b="dispute")
sms("dispute", "es", "ese trabajo no se hizo. el tecnico vino, miro y se fue", sent="12-09 19:50", b="dispute")
em("dispute", "pt", """
Não reconheço este valor. O orçamento que aprovámos era de 900 dólares, com tudo incluído.
""", sent="12-10 12:25", b="dispute")
em("dispute", "nl", """
Deze factuur klopt niet: het meerwerk voor de extra stopcontacten is nooit met ons afgesproken.
""", sent="12-15 11:05", b="dispute")
em("dispute", "en", """
Hold on - is this for the patio? Because that job still isn't finished. There's a pile of pavers sitting in my driveway.
""", sent="12-16 19:10", b="dispute", note="opens as a question; work not done")
em("dispute", "en", """
We returned the unused lumber back in November. Where's the credit for that?
""", sent="12-01 15:55", b="dispute", note="missing credit, phrased as a question")
em("dispute", "en", """
I was told the follow-up visit to re-caulk the tub was free since it was your crew's mistake. Please remove this charge.
""", sent="12-09 14:45", b="dispute")
em("dispute", "en", """
We never got the final walkthrough report or the as-built drawings that were part of the contract. Holding this invoice until we receive them.
""", sent="12-11 11:30", b="dispute", note="deliverables missing")
sms("dispute", "en", "thats not what we agreed. 600 was the price", sent="12-07 20:20", b="dispute")
em("dispute", "en", """
Why is this higher than the quote? We signed off on $2,400 and this says {amt}.
""", sent="12-15 14:15", b="dispute", amt="2675.50", note="complaint phrased as a question")

# ============================================================ already paid (15)
em("already-paid", "en", """
Paid via ACH on 12/2. Trace number 071000288812345 if your bank needs it.
""", sent="12-07 09:20", b="paid", note="bank jargon")
em("already-paid", "en", """
Check no. 2093 was dropped at the post office 11/28, so it's somewhere in the mail system.
""", sent="12-03 14:30", b="paid", note="check number, mailed date; no promise")
sms("already-paid", "en", "sent it yesterday", sent="12-09 08:45", b="paid")
em("already-paid", "en", """
I paid at your front desk on Tuesday - the young man there wrote me a receipt.
""", sent="12-10 17:40", b="paid", note="'on Tuesday' is past")
em("already-paid", "en", """
Forwarding our remittance. This went out with our 12/4 batch.
""", sent="12-08 10:15", b="paid", fwd="remit_probe", pd="12-04", note="forwarded remittance advice")
em("already-paid", "en", """
Bill pay went out on the 1st, see the credit union's email below.
""", sent="12-07 19:30", b="paid", fwd="billpay_probe", pd="12-01", note="forwarded bill-pay confirmation")
em("already-paid", "en", """
Per our controller it cleared our account on the 3rd - probably sitting in your unapplied cash.
""", sent="12-08 12:40", b="paid", note="bank jargon")
em("already-paid", "fr", """
Bonjour, le virement a été effectué le 30 novembre, référence VIR-88213. Merci de vérifier de votre côté.
""", sent="12-04 11:25", b="paid")
em("already-paid", "de", """
Die Zahlung ist bereits am 27.11. erfolgt (Wertstellung 30.11.). Bitte prüfen Sie Ihre Zahlungseingänge.
""", sent="12-03 10:35", b="paid", note="'Wertstellung' is the value date")
sms("already-paid", "es", "ya les pagamos por zelle el lunes", sent="12-09 13:10", b="paid", note="'el lunes' is past")
em("already-paid", "pt", """
Já fizemos a transferência na sexta-feira passada, deve estar a chegar.
""", sent="12-08 15:50", b="paid", note="'deve estar a chegar' is no promise")
em("already-paid", "nl", """
Dit is al voldaan op 1 december, zie de bijlage voor het betaalbewijs.
""", sent="12-04 09:55", b="paid")
em("already-paid", "en", """
Our AP system shows this paid in Bill.com batch 2211 on 11/30 - please check your remittance emails.
""", sent="12-02 13:35", b="paid")
sms("already-paid", "en", "paid in full when mike was here last wk, he took a check on site", sent="12-10 12:15", b="paid")
em("already-paid+question", "en", """
We paid this on the 4th with the card ending 4417. Can you confirm you got it?
""", sent="12-09 10:55", b="paid", note="paid, asks for confirmation")

# ============================================================ hardship (15)
em("hardship", "en", """
I was laid off two weeks ago and can't cover the full amount right now. Is there any way to do a payment plan?
""", sent="12-08 20:25", b="hardship")
em("hardship", "en", """
My wife started chemo in October and it's wiped out our savings. I want to pay you, I just can't yet.
""", sent="12-10 21:05", b="hardship", note="medical")
sms("hardship", "en", "slow season, wont have cash till spring when the landscaping work picks up", sent="12-04 16:30",
    b="hardship", note="'till spring' has no day")
sms("hardship", "en", "can i split it into 3 payments", sent="12-09 18:05", b="hardship", note="asks for instalments")
em("hardship", "en", """
We lost our biggest account in November. Could we spread this over a few months?
""", sent="12-02 10:05", b="hardship")
em("hardship", "fr", """
Je suis en arrêt maladie depuis octobre. Serait-il possible d'échelonner le paiement sur plusieurs mois ?
""", sent="12-07 10:45", b="hardship")
em("hardship", "de", """
Wir haben gerade erhebliche Liquiditätsprobleme, ein Großkunde zahlt seit Monaten nicht. Wäre eine Ratenzahlung möglich?
""", sent="12-11 13:50", b="hardship")
sms("hardship", "es", "me quede sin trabajo. puedo pagar en cuotas?", sent="12-08 22:10", b="hardship")
em("hardship", "pt", """
Estou desempregado desde setembro e não consigo pagar este valor agora.
""", sent="12-14 10:20", b="hardship")
em("hardship", "nl", """
Door de verbouwing van de winkel is er even geen ruimte in de begroting. Kunnen we een betalingsregeling afspreken?
""", sent="12-09 14:10", b="hardship")
em("hardship", "en", """
The restaurant flooded in November and insurance still hasn't paid out. We're barely making payroll.
""", sent="12-03 15:15", b="hardship", note="insurance mentioned, not a dispute")
em("hardship", "en", """
Between the holidays and my husband's knee surgery money is really tight. Would $50 a month be acceptable?
""", sent="12-15 19:55", b="hardship", note="asks for a plan")
em("hardship", "en", """
I'm on a fixed income and my property tax bill just came in. I need a little more time on this one.
""", sent="12-01 12:30", b="hardship")
em("hardship", "en", """
The tenant in the upstairs unit moved out owing three months' rent. I'm underwater on the building right now and need some time.
""", sent="12-16 09:15", b="hardship")
em("hardship", "en", """
I start a new job on the 14th but my first check isn't until January. Can this wait until then?
""", sent="12-07 18:40", b="hardship", note="'the 14th' is a start date; 'January' has no day: no promise")

# ============================================================ auto-replies (10)
em("auto-reply", "en", """
Thanks for your email. I'm on job site visits through Monday, December 14 and checking messages only occasionally. For anything urgent, call our front desk at (312) 555-0131.
""", sent="12-09 08:40", b="auto", ah=True, subj="Out of Office: {s}", note="return date is not a promise")
em("auto-reply", "fr", """
Bonjour,

Je suis absente du bureau jusqu'au 4 janvier 2027 inclus. Pour toute demande urgente, merci d'écrire à contact@{domain}.

Cordialement
""", sent="12-18 09:10", b="auto", ah=True, subj="Réponse automatique : {s}", note="return date is not a promise")
em("auto-reply", "de", """
Herzlichen Dank für Ihre E-Mail. Bis einschließlich 18.12. bin ich außer Haus und lese keine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@{domain}.
""", sent="12-10 08:20", b="auto", ah=False, subj="Automatische Antwort: {s}", note="no auto-reply headers; return date is not a promise")
em("auto-reply", "es", """
Gracias por su mensaje. Estaré fuera de la oficina hasta el 7 de enero. Su correo no será reenviado; lo atenderé a mi regreso.
""", sent="12-21 09:30", b="auto", ah=True, subj="Respuesta automática: {s}", note="return date is not a promise")
em("auto-reply", "pt", """
Olá! Estarei ausente até o dia 11/12, com acesso limitado ao e-mail. Assuntos financeiros: financeiro@{domain}.
""", sent="12-07 08:15", b="auto", ah=True, subj="Resposta automática: {s}", note="return date is not a promise")
em("auto-reply", "nl", """
Bedankt voor uw bericht. Ik ben afwezig tot en met maandag 21 december. Uw e-mail wordt niet doorgestuurd.
""", sent="12-15 08:50", b="auto", ah=False, subj="Automatisch antwoord: {s}", note="no auto-reply headers; return date is not a promise")
em("auto-reply", "en", """
This is an automated acknowledgement from the Accounts Payable mailbox. Your message has been received and logged. Invoices are paid according to the terms on the purchase order, typically net 45. Please do not reply to this message.
""", sent="12-08 09:05", b="auto", ah=True, subj="Received: {s}", frm=AP, note="AP mailbox acknowledgement; 'net 45' is no promise")
em("auto-reply", "en", """
Hi there,

Thanks for reaching out! Your request (#A-77120) has been received and our billing team will get back to you within 1-2 business days.

To add comments, reply to this email.

Helpdesk
""", sent="12-03 10:25", b="auto", ah=True, subj="[Ticket #A-77120] {s}", frm=("{company} Helpdesk", "help@{domain}"),
   note="ticket system")
em("auto-reply", "en", """
Thank you for contacting us. Our office is closed for the holidays from December 24 through January 1 and will reopen Monday, January 4. Messages will be answered in the order received.
""", sent="12-23 08:30", b="auto", ah=False, subj="Automatic reply: {s}", note="no auto-reply headers; closure dates are not a promise")
em("auto-reply", "en", """
I'm on parental leave until January 11, 2027 and not reading email. Please send anything urgent to finance@{domain}.
""", sent="12-14 09:45", b="auto", ah=True, subj="Out of Office: {s}", note="return date with a year is not a promise")

# ============================================================ opt-out (10)
sms("opt-out", "en", "please stop contacting me about this", sent="12-08 19:35", b="optout")
sms("opt-out", "en", "Remove this number from whatever list it's on.", sent="12-10 12:50", b="optout")
sms("opt-out", "en", "quit texting this phone", sent="12-14 21:15", b="optout")
em("opt-out", "en", """
No more emails please. If you need to reach us, send it by mail to the office.
""", sent="12-09 13:55", b="optout", note="opts out of e-mail only")
sms("opt-out", "fr", "Merci de ne plus me contacter sur ce numéro.", sent="12-07 14:15", b="optout")
em("opt-out", "de", """
Bitte schicken Sie mir keine weiteren E-Mails zu diesem Thema.
""", sent="12-11 10:30", b="optout")
sms("opt-out", "es", "Borren mi número de su lista, gracias.", sent="12-15 17:45", b="optout")
em("opt-out", "pt", """
Por favor, retirem o meu contacto da vossa lista de envios.
""", sent="12-10 15:05", b="optout")
em("opt-out", "nl", """
Stuur mij alstublieft geen berichten meer.
""", sent="12-03 12:35", b="optout")
em("opt-out+dispute", "en", """
I've told your office twice that the work wasn't finished. Stop emailing me and take it up with my attorney.
""", sent="12-16 16:25", b="optout")

FWD = {
    "remit_probe": dict(frm="Payables <noreply-ap@{domain}>", subj="Payment Notification - Vendor V-00318", body="""
PAYMENT NOTIFICATION

Vendor:          HARBOR & PINE BUILDERS LLC
Vendor ID:       V-00318
Payment date:    {pd_us}
Payment type:    ACH CCD+
Reference:       0000562214

Document     Doc date      Gross        Discount    Net
{inv}     {inv_date_us}    {amt}    0.00        {amt}

Total net paid: {amt}

Questions about this payment? Contact payables@{domain}.
"""),
    "billpay_probe": dict(frm="Prairie State Credit Union <alerts@prairiestatecu.example>", subj="Bill Pay: your payment was sent",
                          body="""
Your Bill Pay payment has been processed.

Payee:               Harbor and Pine Builders
Account/memo:        {inv}
Amount:              {amt}
Process date:        {pd_us}
Estimated delivery:  {arr_us}
Confirmation #:      BP{pd_compact}-0417

This is an automated message from Prairie State Credit Union. Please do not reply.
"""),
}
