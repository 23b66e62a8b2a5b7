"""Third fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first two probe sets). It spreads over all kinds, with about 30 mixed
replies, and mixes terse texts, indirect wording and long accounts-payable e-mails.

em(kinds, lang, text, sent=..., p=..., chk=..., b=..., note=...)   an e-mail reply
sms(...)                                                            a text message

  sent  "MM-DD HH:MM", the sender's local time (for SMS, Chicago time)
  p     the promise "MM-DD" (January = 2027) or None
  chk   how p follows from the reply's Chicago date (checked by make_probe3.py):
          "+N"            N days after the reply date
          "d:N"           the next N-th (this month unless already past)
          "wd:fri"        the first Friday strictly after the reply date
          "tw:fri"        that weekday of the reply's own calendar week
          "nw:tue"        that weekday of next calendar week (weeks run Monday to Sunday)
          "eom"           the last day of the reply's month
          "at:MM-DD[:wd]" / "at:YYYY-MM-DD"   a written date (the weekday, when given, must agree)
  b     the bucket of the brief this reply fills
        (other, question, dispute, paid, hardship, promise, auto, optout, mixed)
  who / frm / subj / ah / st / fwd / pd / amt   as in the corpus bodies (see ../bodies.py)

December 2026: Tue 1, Fri 4, Mon 7, Fri 11, Mon 14, Fri 18, Mon 21, Thu 24, Fri 25, Mon 28, Thu 31.
November 2026: Mon 23, Thu 26 (Thanksgiving), Fri 27, Mon 30. January 2027: Fri 1, Mon 4, Fri 8.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")

# ============================================================ opt-out (20)
sms("opt-out", "en", "whats the magic word to make these texts quit coming. just want off", sent="12-08 13:02", b="optout",
    note="asks how to leave, no question mark: an opt-out, not a question")
sms("opt-out", "en", "reply STOP to stop huh. fine. STOP", sent="12-10 21:47", b="optout",
    note="sarcastic; quotes the keyword before using it")
sms("opt-out", "en", "my daughter set this phone up for me and i dont want bills coming to it. please take it off whatever list this is",
    sent="12-03 11:20", b="optout", note="run-on, no keyword")
sms("opt-out", "en", "no more of these pls. i have ur number if i need u", sent="12-14 19:05", b="optout")
sms("opt-out", "en", "Whoever keeps texting me from this contractor, lose this number. Done with it", sent="12-16 08:12",
    b="optout", note="indirect, no keyword")
em("opt-out", "en", """
Ms. Whitfield,

Effective immediately, please direct all communication concerning this account to our counsel, Alan Ferrante of Ferrante & Shaw LLP, 200 N. LaSalle Street, Suite 1900, Chicago, IL 60601. Neither I nor my staff will respond to further correspondence sent directly to us.

{first}
""", sent="12-09 15:30", b="optout", note="an attorney to be contacted from now on; no dispute stated")
em("opt-out", "en", """
I manage about sixty vendors and I don't accept automated nagging from any of them. Please switch this off for our account. A paper statement once a month is fine.
""", sent="12-07 10:48", b="optout", note="'switch this off'; paper statements still welcome")
em("opt-out", "en", """
Wow, a fourth email this month. Riveting stuff. Kindly unplug whatever bot is doing this and leave my inbox alone.
""", sent="12-15 17:22", b="optout", note="sarcasm; no keyword")
em("opt-out", "en", """
This address is our family's shared calendar account and the kids read everything that lands in it. Please find another way to reach me and drop this one from your records.
""", sent="12-04 20:15", b="optout", note="indirect: 'drop this one from your records'")
em("opt-out", "en", """
I never agreed to get billing notices electronically, and whatever consent you think you have, I'm withdrawing it. Letters only from here on.
""", sent="12-11 09:40", b="optout", note="consent withdrawn; letters still allowed")
sms("opt-out", "es", "no vuelvan a escribir a este numero porfa, lo que sea me lo dicen en persona", sent="12-09 18:33",
    b="optout", note="no accents")
em("opt-out", "es", """
Buenas. Les agradecería que borraran mi correo de su sistema de avisos; si hay algo pendiente, prefiero que me llamen.
""", sent="12-10 12:05", b="optout", note="polite, indirect")
sms("opt-out", "fr", "plus de SMS svp, je ne les lis pas de toute façon", sent="12-08 12:41", b="optout")
em("opt-out", "fr", """
Madame,

À compter de ce jour, je vous prie d'adresser toute correspondance relative à ce dossier à mon avocate, Maître Claire Vasseur, 14 rue des Carmes, 69002 Lyon. Je ne donnerai plus suite aux messages reçus directement.

{first}
""", sent="12-09 10:20", b="optout", note="a lawyer to be contacted from now on")
sms("opt-out", "de", "Nummer bitte aus dem Verteiler nehmen, danke", sent="12-07 16:55", b="optout")
em("opt-out", "de", """
Sehr geehrte Damen und Herren,

tragen Sie mich bitte aus Ihrem Mailverteiler für Zahlungserinnerungen aus. Post an meine Anschrift erreicht mich zuverlässig.

Mit freundlichen Grüßen
{first}
""", sent="12-10 11:05", b="optout", note="post still allowed")
sms("opt-out", "nl", "graag geen berichtjes meer op dit nummer", sent="12-11 20:14", b="optout")
em("opt-out", "nl", """
Wilt u mijn gegevens uit uw herinneringssysteem halen? Ik heb daar nooit toestemming voor gegeven.
""", sent="12-08 09:55", b="optout", note="phrased as a question but it is an opt-out")
sms("opt-out", "pt", "não me mandem mais sms, se precisarem liguem ao fim do dia", sent="12-14 13:30", b="optout")
em("opt-out", "pt", """
Exmos. Senhores,

Solicito que deixem de utilizar este endereço eletrónico para comunicações de cobrança. Qualquer contacto futuro deverá ser feito através do meu advogado, Dr. Rui Tavares.

Com os melhores cumprimentos
""", sent="12-07 14:40", b="optout", note="a lawyer to be contacted from now on")

# ============================================================ disputes (27)
em("dispute", "en", """
The drywall line says two coats plus a skim coat. There was no skim coat - I was home every single day and watched. Take it off and resend, please.
""", sent="12-08 19:12", b="dispute", note="billed for work not done")
em("dispute", "en", """
Funny, the quote I signed in September had a number on it about a third smaller than this one. I can dig it out if anyone over there needs reminding.
""", sent="12-10 21:03", b="dispute", note="sarcasm; price differs without the word 'wrong'")
em("dispute", "en", """
Good morning,

Our receiving team was unable to match invoice {inv} to a goods receipt. Purchase order PO-77120 was issued for 40 linear feet of garage shelving; the invoice reflects 64 linear feet at the same unit price.

Under our vendor terms, invoices exceeding the PO quantity are placed on hold until a revised invoice or an approved PO change is received. Please send a corrected invoice referencing the original PO number.

Regards,
Accounts Payable
{company}
""", sent="12-09 08:50", b="dispute", frm=AP, who="Accounts Payable",
   note="AP hold over a quantity mismatch; 'on hold' is no hardship, the request is no question")
em("dispute", "en", """
Your guys parked the dumpster on my front lawn for three weeks and now there's a dead yellow rectangle where the grass used to be. Happy to talk about the invoice right after we talk about my yard.
""", sent="12-07 17:44", b="dispute", note="damage caused; 'happy to talk' is no promise")
em("dispute", "en", """
I think there's been a mix-up. This looks like it belongs to the unit upstairs - we only had the bathroom exhaust fan swapped, never a kitchen hood.
""", sent="12-03 13:26", b="dispute", note="billed for another unit's work; polite")
sms("dispute", "en", "that light fixture was supposed to be the one i bought, not one ur guy picked out. not paying for a lamp i didnt choose",
    sent="12-09 14:18", b="dispute")
sms("dispute", "en", "sorry but no. mike told me the 2nd visit was on the house", sent="12-11 10:31", b="dispute",
    note="polite refusal; a charge said to be free")
sms("dispute", "en", "the new window fogs up between the panes already. seal failed. fix it first", sent="12-14 08:56",
    b="dispute", note="faulty work")
sms("dispute", "en", "u billed 6 hrs. ur guy was here maybe 2 and spent half of it on his phone in the truck", sent="12-10 18:07",
    b="dispute", note="hours wrong, sarcastic")
em("dispute", "en", """
Hi there, I'm confused (and honestly a bit annoyed). We cancelled the backsplash in writing on October 12 - I still have the email thread. It's on here anyway at $880.
""", sent="12-02 12:15", b="dispute", note="cancelled work billed; a past date")
em("dispute", "en", """
Kindly note that this invoice is addressed to me personally, but our contract is with my LLC, Greenbay Holdings. It needs to be reissued in the company's name before it can be processed.
""", sent="12-11 14:02", b="dispute", note="billed to the wrong party (person vs. company); 'before it can be processed' is no promise")
em("dispute", "en", """
With respect, we won't be paying for the change order on this bill. Mike floated the idea on site, I said I'd think about it, and nobody ever signed anything.
""", sent="12-04 09:37", b="dispute", note="polite refusal; unsigned change order")
em("dispute", "en", """
There's a $95 "fuel surcharge" on here that isn't in our agreement anywhere. Please strike it; that part simply isn't getting paid.
""", sent="12-15 11:20", b="dispute", note="polite refusal of one line; 'isn't getting paid' is no hardship")
sms("dispute", "es", "me estan cobrando la pintura del garage y eso nunca se hizo", sent="12-08 19:52", b="dispute",
    note="no accents; billed for work not done")
em("dispute", "es", """
Buenas tardes. Revisando la factura veo que nos cobran el mismo flete dos veces, una en la línea 2 y otra en la línea 5. Favor de corregir.
""", sent="12-09 16:35", b="dispute", note="charge listed twice")
em("dispute", "es", """
El trabajo quedó a medias: faltan las puertas de dos gabinetes y la campana sigue en su caja en el garage. Cuando terminen, con gusto pagamos.
""", sent="12-14 10:12", b="dispute", note="work unfinished; 'con gusto pagamos' is conditional")
sms("dispute", "fr", "je conteste, le devis disait forfait 1200 tout compris", sent="12-10 13:15", b="dispute")
em("dispute", "fr", """
Bonjour,

La porte-fenêtre posée le mois dernier laisse passer l'air de tous les côtés ; on sent le courant d'air depuis le canapé. Je ne réglerai rien avant le passage d'un technicien.

Cordialement
""", sent="12-07 18:25", b="dispute", note="faulty work; 'avant le passage' is conditional")
em("dispute", "fr", """
Madame, vous nous facturez une journée de location de benne alors que la benne a été fournie par la mairie. Merci de nous adresser un avoir.
""", sent="12-03 10:50", b="dispute", note="charge for something not supplied; asks for a credit note")
sms("dispute", "de", "Die Rechnung ist zu hoch, ausgemacht waren 900 pauschal.", sent="12-09 17:26", b="dispute")
em("dispute", "de", """
Guten Tag,

bei der Abnahme haben wir mehrere Mängel protokolliert (gerissene Fugen im Bad, fehlende Silikonfuge an der Wanne). Bis zur Beseitigung behalten wir den Rechnungsbetrag ein.

Freundliche Grüße
{first}
""", sent="12-08 09:15", b="dispute", note="defects recorded; amount withheld")
em("dispute", "de", """
Die Position „Entsorgung Altmaterial“ war laut Angebot inklusive. Bitte streichen und neu ausstellen.
""", sent="12-11 13:40", b="dispute", note="charge was included in the quote")
em("dispute", "nl", """
Goedemorgen,

Volgens onze agenda zijn jullie mensen anderhalve dag bezig geweest, niet drie. Graag een aangepaste factuur.

Groet,
{first}
""", sent="12-07 10:05", b="dispute", note="days billed wrong")
em("dispute", "nl", """
De nieuwe vloer kraakt op minstens vijf plekken. Zo hebben we hem niet besteld. Eerst herstellen, dan praten we verder over de rekening.
""", sent="12-10 19:30", b="dispute", note="faulty work; conditional")
em("dispute", "nl", """
Deze factuur hoort bij de VvE en niet bij mij persoonlijk. Het gaat om het gezamenlijke trappenhuis.
""", sent="12-14 15:45", b="dispute", note="billed to the wrong party (the owners' association)")
em("dispute", "pt", """
A caixilharia da cozinha deixa entrar água sempre que chove com vento. Antes de fecharmos contas, precisamos que alguém venha ver isto.
""", sent="12-09 11:25", b="dispute", note="faulty work; 'antes de fecharmos contas' is conditional")
em("dispute", "pt", """
Boa tarde,

Na fatura aparecem 40 metros de rodapé, mas a sala tem pouco mais de 25. Agradeço que revejam as medições.

Cumprimentos
""", sent="12-11 16:10", b="dispute", note="quantity wrong; polite")

# ============================================================ already paid (27)
sms("already-paid", "en", "went in friday n paid in person, ur front desk lady printed me a receipt", sent="12-08 12:44", b="paid",
    note="'friday' is past (sent on a Tuesday)")
sms("already-paid", "en", "auto pay should of taken it on the 1st. check ur end", sent="12-04 07:58", b="paid",
    note="autopay; typo 'should of'")
sms("already-paid", "en", "I did it thru the link in ur email wed nite, got a conf number and everything", sent="12-11 09:14",
    b="paid", note="'wed nite' is past (sent on a Friday)")
sms("already-paid", "en", "pretty sure u got it, my bank says the check was deposited on the 3rd", sent="12-09 16:40", b="paid")
em("already-paid", "en", """
Hello Dana,

Please be advised that {inv} was included in payment batch 2026-48, released on November 30 via ACH. Remittance detail was e-mailed to the address on your vendor profile (billing@harborpine.example). If that address is out of date, let us know and we will resend.

Kind regards,
Accounts Payable
{company}
""", sent="12-03 10:20", b="paid", frm=AP, who="Accounts Payable",
   note="AP batch released on a past day; 'we will resend' is the remittance, not a payment")
em("already-paid", "en", """
Not sure why you're still chasing this one. My accountant paid it out of the business account in one lump with all of November's bills.
""", sent="12-07 13:05", b="paid")
em("already-paid", "en", """
I handed Mike an envelope with a check in it when he came by for the ladders. Guessing it's still riding around in his truck.
""", sent="12-10 20:20", b="paid", note="paid in person; sarcasm")
em("already-paid", "en", """
That one's done. We netted it against the deposit refund you owed us from the porch job we cancelled - Mike and I agreed on it back in October.
""", sent="12-09 11:48", b="paid", note="settled by offsetting a refund owed; no payment words")
em("already-paid", "en", """
Paid in full on 11/24, confirmation TX-88213. Would be nice if your system caught up.
""", sent="12-02 08:31", b="paid", note="dry sarcasm")
em("already-paid", "en", """
See below - this went out from our bank this morning.
""", sent="12-08 11:10", b="paid", fwd="wire_p3", pd="12-08", note="forwarded wire confirmation dated today")
em("already-paid", "en", """
My husband mailed a check the Monday after Thanksgiving. If it still hasn't turned up we'll stop payment on it and send another, but please look first.
""", sent="12-08 18:35", b="paid", note="mailed on a past day; replacing it is conditional, no promise")
em("already-paid", "en", """
Hi - I used the pay link from your first email back on the 2nd, card ending 4471. My bank shows it posted.
""", sent="12-09 12:02", b="paid")
em("already-paid", "en", """
We squared up with Kendra at your front desk when we came to pick up the leftover tile.
""", sent="12-04 15:55", b="paid", note="'squared up'; no payment word")
sms("already-paid", "es", "ya se pagó, mi hijo lo hizo por zelle el domingo", sent="12-09 20:08", b="paid",
    note="paid by a relative; 'el domingo' is past")
em("already-paid", "es", """
Estimada Dana:

El pago se envió el 4 de diciembre por transferencia internacional desde Monterrey; puede tardar unos días en reflejarse. Le adjunto el comprobante SPEI.

Saludos
""", sent="12-08 10:40", b="paid")
em("already-paid", "es", """
Eso ya está liquidado desde noviembre, revisen bien por favor.
""", sent="12-11 17:30", b="paid")
sms("already-paid", "fr", "c'est réglé depuis le 28/11 par carte", sent="12-03 19:21", b="paid", note="day/month date, past")
em("already-paid", "fr", """
Bonjour Dana,

Nous avons payé cette facture en deux fois : un premier virement le 20 novembre, puis le solde le 3 décembre. Tout devrait être en ordre de votre côté.

Bien à vous
""", sent="12-07 09:35", b="paid", note="paid in two instalments, both past")
em("already-paid", "fr", """
Le chèque a été encaissé le 1er décembre d'après notre relevé. Je pense que votre relance s'est croisée avec le paiement.
""", sent="12-04 14:10", b="paid")
em("already-paid", "de", """
Wir haben den Betrag am 02.12. per Online-Überweisung beglichen, der Beleg liegt bei. Bitte gleichen Sie Ihre Buchhaltung ab.
""", sent="12-07 15:05", b="paid", note="tells us to check our books (imperative): already-paid alone")
em("already-paid", "de", """
Hier der Beleg aus dem Online-Banking, der Betrag ist gestern raus.
""", sent="12-04 10:30", b="paid", fwd="sparkasse_p3", pd="12-03", note="forwarded bank confirmation")
sms("already-paid", "nl", "gedaan, via de link in jullie mail, een dag of vijf geleden al", sent="12-10 11:52", b="paid")
em("already-paid", "nl", """
Goedendag,

De betaling is op 30 november uitgevoerd, met het factuurnummer {inv} in de omschrijving. Het bedrag is van onze rekening afgeschreven.

Met vriendelijke groet
""", sent="12-04 09:05", b="paid")
em("already-paid", "nl", """
Mijn vader heeft dit contant afgerekend met jullie voorman toen het werk klaar was. Hij is 84 maar dat weet hij nog precies.
""", sent="12-08 16:45", b="paid", note="paid in cash by a relative")
em("already-paid", "pt", """
Transferi o valor no sábado passado pelo homebanking. Segue o comprovativo em anexo.
""", sent="12-09 13:20", b="paid", note="'sábado passado' is past")
em("already-paid", "pt", """
Bom dia. Este pagamento foi efetuado a 27 de novembro, juntamente com a fatura anterior. Se calhar foi lançado noutra fatura.
""", sent="12-02 10:25", b="paid", note="paid together with an earlier invoice")
em("already-paid", "pt", """
Reencaminho a confirmação do banco.
""", sent="12-10 15:50", b="paid", fwd="cgd_p3", pd="12-09", note="forwarded bank confirmation")

# ============================================================ hardship (25)
sms("hardship", "en", "ive been in and out of the hospital since nov. i will pay you i just cant right now",
    sent="12-07 20:33", b="hardship", note="'i will pay you' with 'cant right now' is no promise")
sms("hardship", "en", "fire at our building last month, still displaced. need some grace on this one", sent="12-03 21:10",
    b="hardship")
sms("hardship", "en", "Can we do 4 payments instead? Just had to put a new furnace in at my moms", sent="12-10 19:48",
    b="hardship", note="asks to split")
sms("hardship", "en", "restaurant closed for good on the 30th. honestly dont know what to tell you", sent="12-02 22:05",
    b="hardship", note="'the 30th' is past")
em("hardship", "en", """
Dana, I'm going to be straight with you. We're a two-person shop and my partner has been out on disability since September. Receivables are thin and payroll comes first. I'm asking for 60 days.
""", sent="12-09 08:40", b="hardship", note="asks for time; '60 days' is no promise")
em("hardship", "en", """
I'm a teacher, and the way our district pays out over winter break, my last check before January is already gone to rent. Could this wait until after New Year's?
""", sent="12-11 19:15", b="hardship", note="asks for time, no day")
em("hardship", "en", """
Is a hardship arrangement possible? My husband passed in October and I'm still sorting out which accounts are in whose name.
""", sent="12-08 14:22", b="hardship", note="bereavement; asks for a plan")
em("hardship", "en", """
Our county contract payments are running 90 days behind and we're floating everything on a credit line that's nearly maxed out. I don't have a date for you yet.
""", sent="12-14 16:30", b="hardship", note="'I don't have a date' negates a promise")
em("hardship", "en", """
I wish I had better news. The store flooded over Thanksgiving weekend and the adjuster hasn't even been out yet. Everything is on hold until then.
""", sent="12-04 11:05", b="hardship", note="'on hold' is the business, not a dispute")
em("hardship", "en", """
Can I ask for a little mercy here? Between the medical bills and my son's tuition there's nothing left this month. I'm not ignoring you.
""", sent="12-15 21:40", b="hardship")
em("hardship", "en", """
Would $100 now and $100 a month after that work? I can't swing more with the layoffs at the plant.
""", sent="12-10 17:25", b="hardship", note="an offer asked as a question; '$100 now' is no promise")
em("hardship", "en", """
Got furloughed from the airport Dec 1. I'll know more about unemployment in a couple of weeks. Please hold off on late fees if you can.
""", sent="12-07 12:50", b="hardship", note="a past date; 'in a couple of weeks' is no promise")
sms("hardship", "es", "me corrieron del trabajo el mes pasado, aguanteme tantito porfa", sent="12-08 21:17", b="hardship",
    note="Mexican colloquial")
em("hardship", "es", """
Buenos días Dana,

Mi esposa está en tratamiento de quimioterapia y los gastos nos tienen ahogados. ¿Podríamos pagar en abonos pequeños a partir de enero?

Gracias por su comprensión
""", sent="12-09 09:45", b="hardship", note="illness; asks for a plan from January, no day")
em("hardship", "es", """
La temporada fue muy floja y no hemos podido cubrir ni la renta del local. Les pido paciencia unas semanas más.
""", sent="12-14 18:20", b="hardship")
em("hardship", "fr", """
Bonjour,

Mon entreprise est en redressement judiciaire depuis novembre ; je ne peux régler aucune dette antérieure sans l'accord du mandataire. Je vous transmettrai ses coordonnées.

{first}
""", sent="12-08 11:30", b="hardship", note="receivership blocks payment; not a dispute, not an opt-out")
em("hardship", "fr", """
Je traverse une mauvaise passe depuis mon accident de travail. Serait-il possible d'échelonner sur quatre mois ?
""", sent="12-10 20:05", b="hardship", note="asks for instalments")
sms("hardship", "de", "bin grad in kurzarbeit, kann erstmal nix zahlen", sent="12-09 19:02", b="hardship")
em("hardship", "de", """
Guten Tag,

leider ist unser Hauptkunde insolvent, und wir warten selbst auf offene Forderungen von über 30.000 Euro. Können wir über eine Ratenzahlung sprechen?

Mit freundlichen Grüßen
{first}
""", sent="12-07 13:15", b="hardship")
em("hardship", "de", """
Wir haben im November Zwillinge bekommen und ich bin in Elternzeit, das Geld ist gerade sehr knapp. Wäre eine Stundung bis Februar möglich?
""", sent="12-14 10:40", b="hardship", note="asks for a deferral to a month, no day")
em("hardship", "nl", """
Beste Dana,

Door het faillissement van mijn werkgever zit ik sinds november zonder inkomen. Kan ik in kleine bedragen aflossen?

Groet,
{first}
""", sent="12-08 12:10", b="hardship")
em("hardship", "nl", """
Onze zorgverzekering vergoedt de operatie van mijn dochter niet en daar gaat al ons spaargeld naartoe. Ik moet u om uitstel vragen.
""", sent="12-11 09:25", b="hardship")
sms("hardship", "pt", "tou com o ordenado em atraso há 2 meses, não consigo pagar já", sent="12-10 22:15", b="hardship",
    note="'tou' colloquial")
em("hardship", "pt", """
Boa tarde,

A minha empresa perdeu o principal cliente e estamos a reduzir pessoal. Gostaria de propor um plano de pagamento em seis prestações.

Cumprimentos
""", sent="12-07 15:35", b="hardship", note="proposes instalments, no day")
em("hardship", "pt", """
Desculpem o silêncio. Tive um AVC em outubro e só agora estou a recuperar. Peço mais algum tempo.
""", sent="12-15 12:00", b="hardship", note="illness")

# ============================================================ promises (35: 27 dated, 8 with no day)
sms("promise-to-pay", "en", "gonna take care of it on the 19th. payday", sent="12-10 17:40", p="12-19", chk="d:19",
    b="promise", note="a Saturday; payday named")
sms("promise-to-pay", "en", "can pay wednesday after work", sent="12-14 07:52", p="12-16", chk="wd:wed", b="promise")
sms("promise-to-pay", "en", "alright alright, u'll have it tmrw b4 lunch", sent="12-16 22:31", p="12-17", chk="+1", b="promise",
    note="no payment word")
sms("promise-to-pay", "en", "I get paid every other friday, next one is the 18th. you'll have it then", sent="12-09 13:06",
    p="12-18", chk="d:18", b="promise", note="'every other friday' is the schedule; the 18th is the day")
sms("promise-to-pay", "en", "Check's in the mail Dana, no joke this time", sent="12-11 15:12", b="promise",
    note="'check's in the mail' = promise (the brief's convention), no day")
em("promise-to-pay", "en", """
Hi Dana - apologies for the delay. Our December vendor run is on the 22nd and {inv} is on it.
""", sent="12-11 10:05", p="12-22", chk="d:22", b="promise", note="scheduled in a vendor run on a day")
em("promise-to-pay", "en", """
Good afternoon,

Invoice {inv} has been approved and scheduled for payment on December 17, 2026 via ACH. Please allow one to two business days for the funds to settle.

Regards,
Accounts Payable
""", sent="12-10 14:25", p="12-17", chk="at:12-17", b="promise", frm=AP, who="Accounts Payable",
   note="AP scheduled a future day; the settling days are not the promise")
em("promise-to-pay", "en", """
Our office shuts down on the 23rd for two weeks, and this will be paid before the doors close.
""", sent="12-14 11:55", p="12-23", chk="d:23", b="promise", note="'before the doors close' on the 23rd taken as the 23rd")
em("promise-to-pay", "en", """
Sorry Dana, totally slipped my mind. I'll do it when I'm at my desk Monday.
""", sent="12-10 16:45", p="12-14", chk="wd:mon", b="promise", note="'do it' = pay; weekday")
em("promise-to-pay", "en", "You'll have the money one week from today.", sent="12-08 10:15", p="12-15", chk="+7",
   b="promise")
em("promise-to-pay", "en", """
The money's coming out of our year-end distribution, which hits on the 30th. I'll pay you that afternoon.
""", sent="12-15 13:10", p="12-30", chk="d:30", b="promise", note="'that afternoon' = the day named before")
em("promise-to-pay", "en", """
We're closing out the books this week, so you'll see it by Thursday.
""", sent="12-14 09:20", p="12-17", chk="wd:thu", b="promise")
em("promise-to-pay", "en", """
I'll send it the day after tomorrow, once the insurance reimbursement lands.
""", sent="12-07 19:50", p="12-09", chk="+2", b="promise", note="'the day after tomorrow'; the condition does not move it")
em("promise-to-pay", "en", "Leave it with me, I'll sort it.", sent="12-09 17:05", b="promise",
   note="no payment word, no day")
em("promise-to-pay", "en", """
We intend to pay this in full. It's queued behind a few urgent items, but it hasn't been forgotten.
""", sent="12-04 12:35", b="promise", note="no day")
em("promise-to-pay", "en", """
Our bookkeeper comes in Tuesdays and Thursdays. She'll cut the check Tuesday.
""", sent="12-10 15:15", p="12-15", chk="wd:tue", b="promise",
   note="two weekdays: the bookkeeper's schedule vs. the check day; sent on a Thursday")
sms("promise-to-pay", "en", "yeah yeah ill get u paid, waiting on a transfer from my savings to go thru", sent="12-08 23:10",
    b="promise", note="no day")
sms("promise-to-pay", "es", "le pago el sábado cuando cobre", sent="12-16 20:25", p="12-19", chk="wd:sat", b="promise")
em("promise-to-pay", "es", """
Buenas tardes, Dana.

La transferencia quedará programada para el 28 de diciembre; antes no nos es posible por el cierre contable.

Saludos cordiales
""", sent="12-15 16:05", p="12-28", chk="at:12-28", b="promise", note="scheduled transfer on a written date")
em("promise-to-pay", "es", """
Le confirmo que pagaremos dentro de diez días, en cuanto nos liberen el anticipo del cliente.
""", sent="12-04 11:45", p="12-14", chk="+10", b="promise", note="'diez días' written out")
em("promise-to-pay", "es", """
Una disculpa, ya lo tengo anotado para pagarlo. No se me va a olvidar.
""", sent="12-10 09:10", b="promise", note="no day")
sms("promise-to-pay", "fr", "ok je fais le virement jeudi en rentrant du boulot", sent="12-14 12:22", p="12-17", chk="wd:thu", b="promise")
em("promise-to-pay", "fr", """
Bonjour Madame,

Le paiement sera effectué le 21 décembre, à réception de notre propre règlement client.

Cordialement
""", sent="12-09 14:45", p="12-21", chk="at:12-21", b="promise")
em("promise-to-pay", "fr", """
Je m'en occupe sans faute, le temps de récupérer le chéquier chez ma mère.
""", sent="12-08 19:35", b="promise", note="no day")
sms("promise-to-pay", "de", "Oh Mist, total verschwitzt. Morgen ist das Geld unterwegs zu Ihnen", sent="12-08 21:50", p="12-09", chk="+1", b="promise")
em("promise-to-pay", "de", """
Guten Tag,

die Rechnung ist zur Zahlung am 18.12. vorgemerkt.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
""", sent="12-11 09:50", p="12-18", chk="at:12-18", b="promise", who="Nicole Frank",
   note="AP scheduled a future day; day-first date")
em("promise-to-pay", "de", "Geld geht Ende nächster Woche raus, vorher klappt es leider nicht.", sent="12-09 14:05", p="12-18", chk="nw:fri",
   b="promise", note="'Ende nächster Woche' = its Friday")
em("promise-to-pay", "de", """
Wird erledigt, sobald unser Geschäftsführer aus dem Urlaub zurück ist und unterschreibt.
""", sent="12-14 11:15", b="promise", note="conditional, no day")
sms("promise-to-pay", "nl", "betaal het de 23e, dan is er weer salaris", sent="12-14 18:28", p="12-23", chk="d:23",
    b="promise")
em("promise-to-pay", "nl", """
Hallo Dana, ik maak het maandag over. Excuses voor de late reactie.
""", sent="12-17 10:40", p="12-21", chk="wd:mon", b="promise")
em("promise-to-pay", "nl", """
Wordt geregeld. De factuur ligt bij mijn compagnon voor akkoord en daarna gaat het meteen de deur uit.
""", sent="12-09 15:20", b="promise", note="approval pending; no day")
sms("promise-to-pay", "pt", "amanha pago, pode contar", sent="12-15 19:44", p="12-16", chk="+1", b="promise",
    note="no accents")
em("promise-to-pay", "pt", """
Bom dia, conto fazer o pagamento na próxima quarta-feira, dia 16, quando entrar o dinheiro de um cliente.
""", sent="12-11 10:35", p="12-16", chk="at:12-16:wed", b="promise", note="weekday with day number")
em("promise-to-pay", "pt", """
Vou pagar no fim do mês, quando receber o subsídio de Natal.
""", sent="12-07 18:15", p="12-31", chk="eom", b="promise", note="'fim do mês'; the Christmas bonus is the condition")
em("promise-to-pay", "pt", """
Conto pagar até dia 10, assim que a obra de Cascais me pagar.
""", sent="12-03 16:50", p="12-10", chk="d:10", b="promise", note="'até dia 10'")

# ============================================================ questions (28)
sms("question", "en", "whats the total w the late fee. want to pay it all at once", sent="12-09 18:44", b="question",
    note="no question mark; wanting to pay is no promise")
sms("question", "en", "do u take cash app", sent="12-11 12:19", b="question", note="payment method, no question mark")
sms("question", "en", "is this the deck one or the basement one", sent="12-08 20:37", b="question",
    note="no question mark")
em("question", "en", """
Where do I send payment if I'd rather not use the link? I don't type card numbers into links from emails.
""", sent="12-10 09:22", b="question", note="where to pay")
em("question", "en", """
We need a W-9 and a certificate of insurance on file before our system will release anything to a new vendor. Please send both to this address.
""", sent="12-07 11:40", b="question", note="a request; 'before our system will release' is no promise")
em("question", "en", """
Do you knock anything off if we pay with a paper check rather than a card? The website hints at it but I couldn't find specifics.
""", sent="12-03 15:10", b="question")
em("question", "en", """
Could you tell me whether the permit fee was passed through at cost or marked up? Our board is going to ask.
""", sent="12-14 13:35", b="question", note="sounds like a dispute; only asks")
em("question", "en", """
Our books show a credit memo from you for $210 back in October. Has that been applied to this balance or is it still sitting open
""", sent="12-09 10:55", b="question", note="no question mark at the end")
em("question", "en", """
Hello, I'm the new office manager here and still getting up to speed. Can you send me a statement of everything we have open with you, with the invoice dates?
""", sent="12-08 13:40", b="question")
em("question", "en", """
What name will show up on my card statement? I don't want my husband thinking it's fraud again.
""", sent="12-15 20:10", b="question")
em("question", "en", """
Is this the final bill for the kitchen or should I be expecting another one for the punch list items
""", sent="12-04 18:25", b="question", note="no question mark")
em("question", "en", """
Dear Ms. Whitfield,

In connection with our annual audit, please provide a statement of account listing all invoices issued to {company} during fiscal year 2026, together with payments received and the balance outstanding as of November 30, 2026.

Kindly also confirm your remittance banking details on company letterhead.

Thank you for your assistance.

Sincerely,
{first}
""", sent="12-02 09:30", b="question", note="formal audit request, no question mark; 'payments received' is no claim of payment")
em("question", "en", """
Can I pay half by card and half by check, or does it all have to go one way?
""", sent="12-11 16:15", b="question", note="splitting the method is no plan, no promise")
em("question", "en", """
Before I pay this, can someone tell me whether the warranty registration for the water heater was done? I don't want to pay and find out later it wasn't.
""", sent="12-10 12:30", b="question", note="'before I pay' is conditional")
sms("question", "es", "se puede pagar en efectivo en su oficina? a que hora abren", sent="12-09 11:03", b="question",
    note="only a closing question mark")
em("question", "es", """
Buenos días, ¿la factura ya incluye el descuento por pronto pago que nos ofreció Mike?
""", sent="12-07 10:20", b="question")
em("question", "es", """
Para mandar el dinero desde México me falta la CLABE o el ABA y SWIFT de su banco, mándemelos por favor
""", sent="12-08 12:55", b="question", note="request, no question mark; the transfer is no promise")
sms("question", "fr", "ça correspond à quels travaux, la cuisine ou la salle de bain", sent="12-10 18:12", b="question", note="no question mark")
em("question", "fr", """
Bonjour,

Mon expert-comptable me réclame une facture portant votre numéro d'entreprise et votre adresse complète. Pouvez-vous m'en faire parvenir une nouvelle ?

Merci
""", sent="12-04 10:15", b="question")
em("question", "fr", """
Madame, avant tout règlement j'aurais besoin de savoir si des pénalités de retard s'appliquent déjà, et le cas échéant de quel montant.
""", sent="12-11 11:45", b="question", note="no question mark; 'avant tout règlement' is no promise")
em("question", "de", """
Guten Tag, an welche Adresse soll der Scheck gehen? In Ihrer Signatur und auf der Rechnung stehen zwei verschiedene.
""", sent="12-08 14:30", b="question", note="where to mail a check")
em("question", "de", """
Können Sie mir sagen, ob die Garantie auf die Fenster in dieser Rechnung schon enthalten ist oder extra berechnet wird?
""", sent="12-10 09:05", b="question")
em("question", "de", """
Bitte senden Sie mir eine Kopie des unterschriebenen Angebots, damit ich die Rechnung prüfen kann.
""", sent="12-15 15:20", b="question", note="a request")
sms("question", "nl", "welk rekeningnummer moet ik gebruiken", sent="12-09 19:26", b="question", note="no question mark")
em("question", "nl", """
Goedemiddag, kunnen jullie de factuur splitsen in een deel voor mij en een deel voor mijn buurvrouw? We delen de schutting.
""", sent="12-14 14:05", b="question", note="asks to split the invoice, not a plan")
em("question", "pt", """
Boa tarde, é possível pagar com cartão de crédito internacional? Se sim, há alguma taxa?
""", sent="12-07 16:40", b="question")
em("question", "pt", """
Podem enviar-me a fatura com o meu NIF? Sem isso não posso deduzir a despesa.
""", sent="12-09 10:10", b="question")
em("question", "pt", """
Queria confirmar o valor em falta, porque pensava que já tinha pago uma parte
""", sent="12-11 20:30", b="question", note="'pensava que já tinha pago' is a belief; asks the balance; no question mark")

# ============================================================ auto-replies (18)
em("auto-reply", "en", """
Thanks for your email. I'm away from December 18 through January 4 and will respond when I return. If this is about an order, please contact orders@{domain}.
""", sent="12-18 08:20", b="auto", ah=True, subj="Out of Office: {s}", note="absence dates are no promise")
em("auto-reply", "en", """
I've moved to a new role and this mailbox is no longer monitored. For accounts payable matters, please write to payables@{domain}. Your message has not been forwarded.
""", sent="12-08 09:35", b="auto", ah=False, subj="Automatic reply: {s}", note="no headers")
em("auto-reply", "en", """
This is an automated response from the {company} Vendor Helpdesk.

Your request has been logged as ticket VH-55812. Typical response time is 3 business days. Replies to this message are not monitored.
""", sent="12-09 10:10", b="auto", ah=True, subj="[VH-55812] {s}",
   frm=("{company} Vendor Helpdesk", "vendorhelp@{domain}"), note="helpdesk ticket; business days are no promise")
em("auto-reply", "en", """
Hi! I'm on maternity leave until mid-March. For anything billing-related, Jordan Pike (jpike@{domain}) is covering for me. Thanks for your patience!
""", sent="12-10 08:45", b="auto", ah=False, subj="Re: {s}", note="no headers, Re: subject, friendly tone")
em("auto-reply", "en", """
I'm at a trade show in Las Vegas this week with very limited access to email. I'll reply when I'm back in the office on Monday.
""", sent="12-09 07:55", b="auto", ah=True, subj="Auto: {s}", note="return day is not a promise")
em("auto-reply", "en", """
The person you are trying to reach is no longer with {company}. Please redirect your message to info@{domain}.
""", sent="12-14 08:05", b="auto", ah=True, subj="Undeliverable to recipient: {s}",
   note="departed employee; subject looks like a bounce")
em("auto-reply", "en", """
Thank you for contacting us! We've received your message and a member of our team will get back to you within 1-2 business days. For faster service, visit our help center.
""", sent="12-03 09:50", b="auto", ah=False, subj="Re: {s}", note="no headers, Re: subject")
sms("auto-reply", "en", "[Automatic reply] Do Not Disturb is on until 6:00 AM. Notifications are silenced.",
    sent="12-11 23:32", b="auto", note="phone's do-not-disturb auto-text; a time, no date")
em("auto-reply", "es", """
Estaré de vacaciones del 21 de diciembre al 6 de enero. Para asuntos urgentes de pagos, escriba a tesoreria@{domain}.
""", sent="12-21 08:30", b="auto", ah=True, subj="Fuera de la oficina: {s}", note="vacation dates are no promise")
sms("auto-reply", "es", "Mensaje automático: en este momento no podemos atenderle. Nuestro horario es de lunes a sábado de 8 a 5.",
    sent="12-13 10:15", b="auto", note="business auto-text with weekdays")
em("auto-reply", "fr", """
Bonjour,

Je suis actuellement en congé et ne consulterai pas mes messages avant le lundi 4 janvier. En cas d'urgence, merci de contacter l'accueil au 04 72 55 01 00.

Bonne fin d'année
""", sent="12-22 09:00", b="auto", ah=True, subj="Absence du bureau : {s}", note="return day is not a promise")
em("auto-reply", "fr", """
Votre message a bien été reçu par le service comptabilité. Il sera traité dans l'ordre d'arrivée. Merci de ne pas renvoyer votre demande.
""", sent="12-08 10:25", b="auto", ah=False, subj="Accusé de réception : {s}", note="no headers")
em("auto-reply", "de", """
Zwischen den Jahren ist unsere Verwaltung nicht besetzt. Ihre Nachricht wird nach dem Dreikönigstag bearbeitet. Frohe Festtage!
""", sent="12-28 08:40", b="auto", ah=True, subj="Automatische Antwort: {s}", note="closure dates are no promise")
em("auto-reply", "de", """
Ihre Nachricht ist bei der Kreditorenbuchhaltung eingegangen. Rechnungen werden grundsätzlich 30 Tage nach Eingang beglichen. Diese E-Mail wurde automatisch erstellt.
""", sent="12-09 09:15", b="auto", ah=False, subj="Eingangsbestätigung: {s}", who="Nicole Frank",
   note="payment terms are no promise; no headers")
em("auto-reply", "nl", """
Tot en met 3 januari ben ik met vakantie. Mail wordt niet doorgestuurd; bij spoed graag naar Fleur, fleur@{domain}.
""", sent="12-21 09:10", b="auto", ah=True, subj="Afwezigheidsbericht: {s}", note="return date is no promise")
em("auto-reply", "nl", """
Bedankt voor uw bericht. Wij streven ernaar binnen twee werkdagen te reageren. Facturen kunt u voortaan sturen naar facturen@{domain}.
""", sent="12-10 08:55", b="auto", ah=False, subj="Automatisch antwoord: {s}", note="no headers")
em("auto-reply", "pt", """
Encontro-me fora do escritório até 28 de dezembro, com acesso limitado ao correio eletrónico. Responderei assim que possível.
""", sent="12-18 09:05", b="auto", ah=True, subj="Ausência temporária: {s}", note="return date is no promise")
em("auto-reply", "pt", """
Obrigado pelo seu contacto. A sua mensagem foi encaminhada para o departamento financeiro, que responderá com a maior brevidade.
""", sent="12-11 10:05", b="auto", ah=False, subj="Resposta automática: {s}", note="no headers")

# ============================================================ other (30)
sms("other", "en", "wrong # - this is a church office. god bless tho", sent="12-09 10:41", b="other", note="wrong number")
sms("other", "en", "Who's this? Got a new phone and lost all my contacts", sent="12-07 18:03", b="other",
    note="'who is this'")
sms("other", "en", "got this number from the carrier last month, no idea who harbor pine is", sent="12-10 14:26",
    b="other", note="a phone passed on")
sms("other", "en", "merry christmas!! tell mike the basement is the best room in the house now \U0001F384", sent="12-24 11:18",
    b="other", note="greeting")
sms("other", "en", "10-4 \U0001F44D", sent="12-08 15:02", b="other", note="acknowledgement only (CB slang)")
em("other", "en", """
Martin Kowal retired at the end of November. I'm taking over his accounts - Shelley Grant, shelley.grant@{domain}. Please update your contact for us.
""", sent="12-03 11:35", b="other", note="a contact who left; new contact")
em("other", "en", """
Looping in Deb from our finance office, who I think can help here. Deb, can you take a look when you get a minute?
""", sent="12-08 10:52", b="other", note="forwarding; the question is to Deb, not to us")
em("other", "en", """
Thanks so much for the note, Dana. Have a wonderful holiday with your family.
""", sent="12-21 14:20", b="other", note="thanks only")
em("other", "en", """
Separate thing: the motion light you put in over the garage stays on all night now. Can someone take a look next time they're in the neighborhood?
""", sent="12-11 19:05", b="other", note="service request, not about the invoice")
em("other", "en", """
We're planning to redo the upstairs bathroom in the spring. Could Mike come out in January and give us a number?
""", sent="12-15 12:40", b="other", note="asks for a new quote, not about the invoice")
em("other", "en", """
Your emails keep getting flagged by our firewall as external. IT is whitelisting your domain now, so you should be able to reach me normally from here on.
""", sent="12-09 16:15", b="other", note="mail delivery; 'reach me' is no opt-out")
em("other", "en", """
Please note my new mailing address as of December 15: 1820 W Belmont Ave, Apt 3, Chicago IL 60657.
""", sent="12-10 18:50", b="other", note="new contact; a date, no promise")
em("other", "en", """
I'm house-sitting here until January while the owners are in Arizona. I'll make sure they see this when they get back.
""", sent="12-07 20:40", b="other", note="a third party passes it on; no debt denied, no promise")
em("other", "en", "Ah yes, my favorite pen pal. Got it, Dana.", sent="12-14 09:48", b="other",
   note="sarcasm about the reminders; asks nothing")
em("other", "en", """
Hope you all have a safe and happy new year. Thanks for being so easy to work with in 2026!
""", sent="12-30 10:25", b="other", note="greeting; 'easy to work with' is no payment word")
sms("other", "es", "este celular es nuevo, el dueño anterior ya no lo usa", sent="12-08 17:35", b="other",
    note="a phone passed on")
em("other", "es", """
Le escribo para avisarle que la señora Reyes ya no trabaja con nosotros. A partir de ahora, el contacto para facturas es Julián Paredes, jparedes@{domain}.
""", sent="12-09 12:15", b="other", note="a contact who left; new contact")
em("other", "es", """
¡Felices fiestas a todo el equipo! La terraza nos quedó increíble, ya hicimos ahí la primera carne asada.
""", sent="12-22 19:30", b="other", note="greeting")
sms("other", "fr", "qui êtes-vous ? je ne connais aucune entreprise Harbor", sent="12-09 21:05", b="other",
    note="'who is this'")
em("other", "fr", """
Bonjour, je vous informe que notre cabinet déménage au 1er janvier. Nouvelle adresse : 8 avenue Jean-Jaurès, 69007 Lyon. Le téléphone reste inchangé.
""", sent="12-14 10:30", b="other", note="new address; a date, no promise")
em("other", "fr", """
Bonjour Dana, petite question hors facture : est-ce que vous posez aussi des volets roulants ? On aimerait un devis pour la chambre.
""", sent="12-10 17:55", b="other", note="service request, not about the invoice")
sms("other", "de", "Wer ist da? Diese Nummer kenne ich nicht.", sent="12-08 13:47", b="other", note="'who is this'")
em("other", "de", """
Guten Tag,

Herr Vogel ist zum 30.11. aus unserem Unternehmen ausgeschieden. Bitte wenden Sie sich künftig an Frau Lindner (lindner@{domain}).

Mit freundlichen Grüßen
""", sent="12-07 09:30", b="other", note="a contact who left; new contact")
em("other", "de", """
Besten Dank für die freundliche Erinnerung. Grüße an Mike, die Terrasse hat den ersten Schnee gut überstanden.
""", sent="12-15 18:10", b="other", note="thanks and chit-chat")
em("other", "nl", """
Dag Dana, ik heb je mail doorgestuurd naar Kees, mijn man. Hij doet bij ons thuis de administratie.
""", sent="12-09 20:15", b="other", note="forwarded to a spouse")
em("other", "nl", """
Kunnen jullie in het voorjaar ook naar de dakkapel kijken? Er zit een scheur in de afwerking.
""", sent="12-11 11:30", b="other", note="service request, not about the invoice")
em("other", "nl", """
Let op: wij zijn per 1 januari verhuisd naar de Stationsstraat 12 in Tilburg. Graag de adresgegevens aanpassen.
""", sent="12-16 13:05", b="other", note="new address; a date, no promise")
em("other", "pt", """
Recebi, obrigado. Vou ver com o meu sócio e depois digo qualquer coisa.
""", sent="12-08 18:45", b="other", note="acknowledgement; looking into it is no promise")
em("other", "pt", """
Boas festas a toda a equipa da Harbor & Pine! Foi um prazer trabalhar convosco este ano.
""", sent="12-23 11:15", b="other", note="greeting")
em("other", "pt", """
Creio que este e-mail chegou à pessoa errada: o meu endereço é muito parecido com o de uma antiga colega e recebo mensagens dela com frequência.
""", sent="12-10 14:55", b="other", note="wrong recipient (a look-alike address); no debt denied")

# ============================================================ mixed (30; the most urgent kind first)
em("opt-out+dispute", "en", """
I'm not paying for a second coat of stain that nobody applied, and I'm done reading these automated reminders. Take me off the list and have an actual person call me about the deck.
""", sent="12-09 20:05", b="mixed", note="work not done; opts out of the automated mails")
em("opt-out+dispute", "de", """
Sehr geehrte Frau Whitfield,

ich widerspreche der Rechnung in voller Höhe, da die Arbeiten mangelhaft ausgeführt wurden. Weitere Erinnerungen per E-Mail wünsche ich nicht; die Korrespondenz läuft ab sofort über meinen Anwalt.

{first}
""", sent="12-10 10:35", b="mixed", note="disputes the whole invoice; a lawyer from now on")
sms("opt-out+already-paid", "en", "paid this at ur office 2 wks ago. quit texting me about it", sent="12-10 12:58",
    b="mixed", note="paid in person; opts out")
em("opt-out+already-paid", "es", """
Esta factura la liquidé el 25 de noviembre con cheque. Les pido que me saquen de estos recordatorios automáticos, ya van tres.
""", sent="12-07 11:15", b="mixed")
em("opt-out+promise-to-pay", "en", """
You'll have payment on the 15th. Until then, spare me the daily emails - turn them off for my account.
""", sent="12-09 08:25", p="12-15", chk="d:15", b="mixed", note="dated promise; opts out of e-mail")
em("opt-out+promise-to-pay", "pt", """
Pago na sexta-feira, dia 18. Entretanto, peço que deixem de me enviar estes avisos por e-mail.
""", sent="12-14 10:50", p="12-18", chk="at:12-18:fri", b="mixed", note="weekday with day number; opts out")
sms("opt-out+hardship", "nl", "ik ben werkloos en kan nu niks betalen. stop alsjeblieft met die berichten, ik word er gek van",
    sent="12-08 22:40", b="mixed")
em("opt-out+question", "fr", """
Pouvez-vous me dire à quel chantier correspond cette facture ? Et merci de ne plus m'écrire à cette adresse, c'est celle de mon employeur.
""", sent="12-08 12:30", b="mixed")
em("dispute+already-paid", "en", """
We already paid the $1,500 on the signed estimate (check 2207, Nov 18). The extra $640 on this invoice was never approved by anyone here, so as far as we're concerned we're square.
""", sent="12-03 14:50", b="mixed", note="agreed amount paid on a past day; the extra disputed")
em("dispute+already-paid", "pt", """
Pagámos o valor do orçamento no dia 20 de novembro. A diferença que agora nos cobram diz respeito a trabalhos que nunca pedimos.
""", sent="12-07 12:40", b="mixed", note="quote paid; the difference disputed")
em("dispute+promise-to-pay", "en", """
I'll pay for the tile work on the 18th. The grout haze is still all over the floor though, so the cleanup line comes off or somebody comes back and does it properly.
""", sent="12-10 19:20", p="12-18", chk="d:18", b="mixed", note="partial promise with a day; cleanup disputed")
em("dispute+promise-to-pay", "fr", """
Je vous réglerai la partie plomberie mardi prochain. Pour le carrelage en revanche, trois carreaux sonnent creux et l'un est déjà fendu : pas question de le payer en l'état.
""", sent="12-10 15:40", p="12-15", chk="nw:tue", b="mixed",
   note="'mardi prochain' sent on a Thursday = Tuesday of next week; painting disputed")
em("dispute+promise-to-pay", "nl", """
De installatie van de cv-ketel betalen we op 22 december. De extra post 'klein materiaal' van 180 dollar accepteren we niet; daar is nooit over gesproken.
""", sent="12-11 14:15", p="12-22", chk="at:12-22", b="mixed", note="partial promise with a date; one line disputed")
em("dispute+question", "en", """
Why was I charged for a full day on the lift rental when the crew had it back by noon? And can you send me the rental company's ticket?
""", sent="12-08 15:25", b="mixed", note="a complaint phrased as a question plus a real request")
em("dispute+question", "de", """
Die Stundenzahl kommt mir deutlich zu hoch vor, das waren höchstens zwei Tage. Können Sie mir die Stundenzettel schicken?
""", sent="12-09 11:10", b="mixed")
em("dispute+hardship", "en", """
Two problems. First, the bill has the old hourly rate crossed out and a higher one typed in, which is not what we signed. Second, the shop's been shut since the fire in November, so there's no money coming in right now anyway.
""", sent="12-07 14:35", b="mixed", note="rate changed; business shut")
sms("already-paid+promise-to-pay", "en", "put 250 on the card this morning, other half friday when payroll hits",
    sent="12-15 10:12", p="12-18", chk="wd:fri", b="mixed", note="part paid today, rest promised on a weekday")
em("already-paid+promise-to-pay", "en", """
Hi Dana,

We sent $2,000 by ACH on December 1 as a first installment. The balance will go out on January 5 once our line of credit renews.

Thanks for your patience,
{first}
""", sent="12-08 13:30", p="01-05", chk="at:2027-01-05", b="mixed", amt="7250.00",
   note="a past date beside a future one; the promise is in January")
sms("already-paid+promise-to-pay", "es", "ya le mande 400 el viernes, lo demas se lo pago el 20", sent="12-08 19:15",
    p="12-20", chk="d:20", b="mixed", note="'el viernes' is past; rest on the 20th")
em("already-paid+promise-to-pay", "de", """
Eine erste Rate über 500 Dollar haben wir am 30.11. überwiesen. Den Restbetrag überweisen wir zum 21.12.
""", sent="12-04 10:55", p="12-21", chk="at:12-21", b="mixed", note="day-first dates, one past, one future")
em("already-paid+question", "en", """
We paid this by check the day before Thanksgiving. While I have you, could you confirm your current remit-to address? I have two on file and want to use the right one for the next job.
""", sent="12-03 16:20", b="mixed", note="paid on a past day; a separate question about the address")
sms("already-paid+question", "fr", "payé le 2 par virement. c'est quoi votre nouveau RIB pour la prochaine fois", sent="12-09 13:50",
    b="mixed", note="paid; asks for bank details, no question mark")
em("already-paid+hardship", "en", """
I sent $150 on the 4th, which honestly was all I had. Since my shifts got cut I'm living paycheck to paycheck and the rest is going to take a while.
""", sent="12-09 21:05", b="mixed", note="part paid; the rest is hardship")
em("hardship+promise-to-pay", "en", """
My wife's been out of work since her surgery and we're stretched thin. I can send $200 on the 31st and then figure out the rest after the holidays.
""", sent="12-14 20:45", p="12-31", chk="d:31", b="mixed", note="dated partial payment")
em("hardship+promise-to-pay", "es", """
Estamos pasando un momento difícil porque cerraron la fábrica donde trabaja mi esposo. Le puedo abonar 300 dólares el 19 de diciembre y el resto en febrero.
""", sent="12-10 18:05", p="12-19", chk="at:12-19", b="mixed", note="dated partial payment")
em("hardship+promise-to-pay", "nl", """
Sinds mijn ontslag is het krap, maar over twee weken kan ik de helft overmaken. De rest volgt zodra ik nieuw werk heb.
""", sent="12-07 16:20", p="12-21", chk="+14", b="mixed", note="'over twee weken' = +14; half")
em("hardship+question", "en", """
Since the layoff I'm juggling everything. Who do I talk to about stretching this out, and does stretching it out cost extra
""", sent="12-11 13:25", b="mixed", note="asks for a plan and a real question, no final question mark")
em("promise-to-pay+question", "en", """
I'll pay it on Friday. Is there a way to do a bank transfer instead of card? I'd rather skip the fee.
""", sent="12-14 09:10", p="12-18", chk="wd:fri", b="mixed", note="dated promise and a payment-method question")
sms("promise-to-pay+question", "en", "can i drop a check off at ur office tmrw? ill bring it by around 10", sent="12-15 20:50",
    p="12-16", chk="+1", b="mixed", note="asks where/whether; 'around 10' is a time")
em("promise-to-pay+question", "pt", """
Vou pagar assim que possível. Podem confirmar se o IBAN que está na fatura ainda é o correto? Não quero que o dinheiro vá parar à conta errada.
""", sent="12-09 17:30", b="mixed", note="promise with no day and a question")

FWD = {
    "wire_p3": dict(frm="Northern Prairie Bank <wires@northernprairie.example>",
                    subj="Outgoing wire released", body="""
An outgoing wire from your account has been released.

Beneficiary:      HARBOR & PINE BUILDERS LLC
Amount:           {amt}
Reference:        {inv}
Release date:     {pd_us}
Tracking number:  NPB-{pd_compact}-5512

Wires released before 3:00 p.m. CT are normally credited the same business day.
This mailbox cannot accept replies.
"""),
    "sparkasse_p3": dict(frm="Sparkasse Online-Banking <service@sparkasse-online.example>",
                         subj="Ihre Auslandsüberweisung wurde ausgeführt", body="""
Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Auslandsüberweisung wurde ausgeführt.

Empfänger:         HARBOR & PINE BUILDERS LLC
Betrag:            {amt_eu}
Verwendungszweck:  {inv}
Ausführungstag:    {pd_eu}

Diese Nachricht wurde automatisch erstellt.
"""),
    "cgd_p3": dict(frm="Banco Atlântico <avisos@bancoatlantico.example>",
                   subj="Comprovativo de transferência internacional", body="""
Comprovativo de transferência

Beneficiário:   HARBOR & PINE BUILDERS LLC
Montante:       {amt_fr}
Descritivo:     {inv}
Data-valor:     {pd_slash}
Referência:     BA{pd_compact}0931

Este e-mail foi gerado automaticamente. Por favor não responda.
"""),
}
