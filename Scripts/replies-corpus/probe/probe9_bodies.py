"""Ninth fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first seven probe sets). Its writers are customers the earlier sets had
none of, mostly individuals and very small firms who write unlike office staff: an elderly widow
who writes long rambling e-mails, a college student's parent, a teenager-run lawn business
texting, a truck driver replying by voice-to-text from the road (no punctuation, homophones,
dictated "period" and "question mark"), a nurse on night shifts, a retired couple sharing one
e-mail account (one spouse answers for the other), a small-town hardware store, a tailor
writing in a second language, a piano teacher, a beekeeper, a rideshare driver (second-language
English), a wedding photographer, a yoga studio, a translator, a home baker; in French a Belgian
notary's office and a Swiss (Romandie) watch repairer; in German a Berlin start-up (Denglisch) and
a Bavarian butcher and his wife (dialect in texts); in Spanish a Colombian coffee importer and a
Chilean tour operator; in Dutch an Amsterdam houseboat owner and a Rotterdam shipping agent; in
Portuguese a Lisbon tile workshop and a São Paulo dentist. About 220 replies over every kind,
with 25 mixed (two kinds each: the record checks allow no more), about 40% texts, about 55%
English.

Hard cases it leans on: promise dates written many ways (day-first numeric dates outside
English, ordinals, "fry day", "the 1st when my pension comes", "first week of jan", "in 2 wks",
"by Christmas", "end of the month", "next payday ... the 18th", "la otra semana", "over twee
weken", "dans quinze jours", "Anfang nächster Woche", "até ao dia 23") and hedges ("between the
10th and 15th", "the 15th or 18th at the latest", "zwischen de Feiertag, spätestens am 30.12.");
undated promises ("after the holidays", "next payday", "gleich im neuen Jahr", "depois das
festas"); long e-mails in which one sentence among family news matters; polite disputes and
disputes asked as questions; payments told by a reference, a photo of a check, an ESL "already
pay", or a forwarded bank notice; hardship from illness, job loss, bereavement, divorce, a storm
or a strike, with and without a first payment day; indirect and angry opt-outs; a reply that only
says the account holder died; automatic replies in a person's voice ("I promise I'll get to it",
"I'll settle up Sunday") and from shared mailboxes, with and without RFC 3834 headers; and
"other" replies (a note to the writer's own daughter, a new address, thanks, a cookie tin
dropped off on Friday) that mention money or days without promising.

em(...) and sms(...) take the arguments probe3_bodies.py's docstring explains (the chk rules
are checked by make_probe9.py).

Labelling follows the corpus conventions (see the docstrings of ../bodies_extra_en.py,
../bodies_extra_3.py and probe4_bodies.py to probe7_bodies.py). Beyond them, this set reads:
  - voice-to-text is read as the words meant: "fry day" is Friday, "threw" is "through", a
    dictated "period" or "question mark" is punctuation (no question is asked by the word).
  - "the 1st when my pension comes" is the next 1st (Fri 1 Jan 2027), though a holiday; when a
    reply names two income days, the promise is the one the payment is tied to.
  - "next payday" with no day is an undated promise; with its day given ("next payday ... that's
    the 18th") it is that day.
  - a second-language "I already pay with zelle on saturday" with a confirmation code is
    already-paid (past, by "already" and the code), not a promise.
  - "mailed the check this morning, sent mike a pic of it" is already-paid (mailed on a stated
    day); a receipt "segue em anexo" only mentioned, not forwarded, is already-paid too.
  - a parent asking us to stop writing to her child (while she stays reachable) is opt-out;
    "don't text me, e-mail only" is opt-out.
  - "I'll deal with it when I deal with it" shouting beside "stop texting" is no promise.
  - a hardship reply that says "I'll get you paid but it's going to be slow" with no day is
    hardship alone; "can my parents pay u in january" asked out of trouble is hardship.
  - regional words are read for what they mean: "la otra semana" (Colombia) is next week (its
    Friday); "consignar" is to pay in; "al tiro" (Chile) is right away, "lo veo al tiro" is other;
    "endéans", "drache", "châssis" (Belgium), "huitante", "nonante" (Vaud) are only wording.
  - "gleich im neuen Jahr" / "depois das festas" are undated promises, like "after the holidays".
  - a butcher's wife relaying "mein Mann sagt ..." is labelled as the payer's words.
  - a polite "I don't think I should pay for three hours when it was less than one, do you?" is
    dispute alone.

November 2026: Mon 23, Tue 24, Wed 25, Thu 26 (Thanksgiving), Fri 27, Sat 28, Sun 29, Mon 30.
December 2026: Tue 1, Wed 2, Thu 3, Fri 4, Sat 5, Sun 6, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11,
Sat 12, Sun 13, Mon 14, Tue 15, Wed 16, Thu 17, Fri 18, Sat 19, Sun 20, Mon 21, Tue 22, Wed 23,
Thu 24, Fri 25, Mon 28, Tue 29, Wed 30, Thu 31. January 2027: Fri 1, Sun 3, Mon 4, Fri 8,
Mon 11, Fri 15.
"""

import entries

ENTRIES, em, sms = entries.collector()

MILLIE = "Mildred Pennington"
TESDAHL = "Harlan & June Tesdahl"

# ============================================================ other (32)
# ---- English, texts (8)
sms("other", "en", "hey this is tyler from voorhies bros. my mom does all the money stuff for the business, ill show her tonight when she gets home from work",
    sent="11-23 16:20", b="other", note="teen lawn business; showing a parent tonight is no promise")
sms("other", "en", "this is Boone im driving threw Nebraska right now cant look at nothing till I get to the yard in Omaha Thursday night",
    sent="12-08 14:40", b="other", note="voice-to-text ('threw'); the day he can look is no promise")
sms("other", "en", "Just got off a 12 and I'm sleeping till 3. Will read the invoice properly when I'm human again",
    sent="12-09 07:50", b="other", note="night-shift nurse; reading later is no promise")
sms("other", "en", "Sorry I am driving passenger now. I will call the office after 6pm ok", sent="12-10 17:05",
    b="other", note="rideshare driver, a person not an auto-text; a call, no promise")
sms("other", "en", "This is Leonard's wife. Leonard passed away on December 3rd.", sent="12-12 11:15", b="other",
    note="a death announced and nothing else: other (probe2/probe5 convention)")
sms("other", "en", "got it, thanks dana! merry christmas to you and the crew 🎄", sent="12-22 09:30", b="other",
    note="thanks")
sms("other", "en", "new number for cookie orders is 708-555-0339, this one is my personal cell. invoice stuff can go to my email",
    sent="12-04 13:20", b="other", note="home baker; a new number, not an opt-out")
sms("other", "en", "ok 👍 ill tell my dad when he gets back from hunting", sent="11-24 17:45", b="other",
    note="teenager; passes it on")

# ---- English, e-mails (10)
em("other", "en", """
Dear Dana,

Thank you for your letter, or e-mail I should say, my grandson Brandon set up this tablet for me at Thanksgiving and I am still getting the hang of it so forgive me if this comes out strange. We had 14 people for Thanksgiving this year, the most since Walter passed, and my daughter-in-law brought a green bean casserole that nobody touched, but don't tell her I said so. The new railing on the front steps was a blessing with all those people going in and out, and little Ava held onto it the whole way down, so please tell Mike thank you again.

About the bill, my son Roger takes care of my checkbook since my cataract surgery and he is coming on the 19th for the weekend. I have printed your e-mail and put it on the refrigerator under the Wisconsin Dells magnet so he will see it first thing.

Merry Christmas to you and your family,
Millie Pennington
""", sent="12-07 10:25", b="other", who=MILLIE, st="apple-quote",
   note="long family news; the son's visit on the 19th is no promise to pay")
em("other", "en", """
Emma honey - is this the bill for the stair railing at your apartment? Did the landlord say we pay it or he does? Call me after your chem final. Love, Mom
""", sent="12-09 21:10", b="other", who="Gail Oberholtzer", st="mobile",
   note="a note to the writer's own daughter sent in our thread: other, though it asks about the bill")
em("other", "en", """
This is June typing. Harlan is at the VFW fish fry and he keeps the checkbook, so I'll leave your note by his coffee cup and he'll call you in the morning. Just so you know, we leave for our daughter's in Tucson on the 15th and won't be back until the middle of January, so the phone is better than e-mail after that.

June Tesdahl
""", sent="12-11 19:40", b="other", who=TESDAHL, note="one spouse answers on a shared account; a call, no promise")
em("other", "en", """
Dana,

Heads up that the store changes hands January 1st. My nephew Curtis is taking over and I'm finally retiring after 41 years behind the counter. Anything dated 2027 should go to him at curtis@{domain}. Anything on the old account I'll still see through the end of the year.

Vern Halloran
""", sent="12-14 08:10", b="other", who="Vern Halloran", note="hardware store; a new contact from a date")
em("other", "en", """
Thank you for the message. My daughter Ani read it for me because my English reading is not so good. She will come to the shop Saturday and she will explain me everything.

Armen Kazarian
""", sent="12-10 12:30", b="other", who="Armen Kazarian", note="tailor, second-language English; a day, no promise")
em("other", "en", """
Hi Dana,

It's recital season - 34 students, two recitals on the 12th and 13th, and I haven't opened the mail pile since Thanksgiving. It's all in a basket by the piano. I'll go through it next week once the last little Mozart has taken her bow.

Cordelia
""", sent="12-08 21:30", b="other", who="Cordelia Fenwick", note="'go through it next week' is no promise (probe5)")
em("other", "en", """
Hi!! I'm in Tulum for a destination wedding until the 6th (two shoot days plus travel), editing at night in between. Just wanted you to know I saw this and I'm not ignoring you. Talk soon xx
""", sent="12-02 22:15", b="other", who="Sienna Whitlatch", note="a person, not an auto-reply; a return day, no promise")
em("other", "en", """
Dear Dana,

Apologies for the silence: I am translating a 300-page arbitration file against a deadline on the 18th. My accountant, Mr. Dobrev, handles my payables; I have forwarded your message to him at dobrev.cpa@ledgerline.example and asked him to contact you directly.

Best regards,
Katya Ilyina
""", sent="12-09 10:40", b="other", who="Katya Ilyina", note="translator; a hand-off, a deadline that is no promise")
em("other", "en", """
Thank you for the reminder, and for the lovely handwritten note Dana tucked in with the invoice! Tell Mike the new oven outlet is working beautifully - I've done 40 dozen gingerbread men on it this week. I'm dropping a tin of cookies at your office on Friday for the crew.

Noreen
""", sent="12-15 20:05", b="other", who="Noreen Gaffney",
   note="a cookie tin dropped off on Friday is no payment; thanks only")
em("other", "en", """
Hello Dana, good day. I want to inform you that I have change my phone number to (872) 555-0398 because my phone was stolen at the gas station. Please use this one from now. God bless.

Kwabena
""", sent="12-07 22:30", b="other", who="Kwabena Owusu", note="rideshare driver, second-language English; a new number")

# ---- French (3)
em("other", "fr", """
Madame,

Maître Lambotte est en congé jusqu'au 4 janvier. Je ne manquerai pas de lui transmettre votre rappel à son retour et de revenir vers vous endéans la semaine. Pour information, l'étude sera fermée du 24 décembre au 3 janvier inclus.

Bien à vous,
Françoise Delvaux
Clerc de notaire
""", sent="12-17 10:40", b="other", who="Françoise Delvaux",
   note="Belgian notary's clerk, a person not an auto-reply; closure and return dates, no promise")
sms("other", "fr", "Je suis au salon de l'horlogerie à Genève jusqu'à jeudi, je regarde tout ça en rentrant.",
    sent="12-08 09:10", b="other", note="Swiss watch repairer; looking later is no promise")
em("other", "fr", """
Bonjour Madame,

Nous avons déménagé chez notre fille à Jambes le mois passé. Notre nouvelle adresse est rue de Dave 143, 5100 Jambes. Le numéro de téléphone reste le même.

Bien à vous,
Ghislaine Aubertin
""", sent="12-03 15:20", b="other", who="Ghislaine Aubertin", note="Belgian retiree; a new address")

# ---- German (3)
em("other", "de", """
Hi Dana,

kurzes Update von unserer Seite: wir switchen gerade unser Accounting-Tool (bye bye Excel 🙈), deshalb hängen ein paar Invoices im Backlog. Ab 1.1. bitte alle Rechnungen an invoices@{domain} schicken, nicht mehr an mich direkt.

Danke & cheers
Leonie
""", sent="12-09 11:30", b="other", who="Leonie Brückner",
   note="Berlin start-up, Denglisch; a new address; 'hängen im Backlog' is no hardship")
sms("other", "de", "Griaß Eana, do is da Alois. I hob grad an Haufen Kundschaft weg'n de Weihnachtsbratl, i schau's ma auf d'Nacht o.",
    sent="12-19 10:20", b="other", note="Bavarian dialect; looking tonight is no promise")
em("other", "de", """
Grüß Gott Frau Whitfield,

mein Mann hat mir Ihre Mail weitergegeben, ich mach bei uns die Büroarbeit. Ich komm aber erst nach Dreikönig wieder dazu, vorher ist bei uns Hochbetrieb mit Weihnachten und Silvester.

Freundliche Grüße
Burgi Stiglmair
""", sent="12-16 19:30", b="other", who="Burgi Stiglmair",
   note="butcher's wife; 'nach Dreikönig' is when she gets to the office work, no promise")

# ---- Spanish (3)
em("other", "es", """
Buenas tardes, Dana.

Le cuento que estoy en el Huila visitando fincas hasta el 12; a mi regreso reviso el tema con contabilidad. Quedo atento.

Mauricio Londoño
""", sent="12-03 18:20", b="other", who="Mauricio Londoño", note="Colombian importer; 'a mi regreso reviso' is no promise")
sms("other", "es", "hola! estoy con un grupo en torres del paine, casi sin señal. el lunes vuelvo a natales y lo veo al tiro",
    sent="12-10 13:45", b="other", note="Chilean; 'lo veo al tiro' (I'll look right away) is no promise")
sms("other", "es", "Buenas, este era el celular de mi papá, don Efraín. Él falleció el mes pasado.", sent="12-07 19:20",
    b="other", note="a death announced and nothing else")

# ---- Dutch (3)
em("other", "nl", """
Hoi Dana,

Ik zit tot half januari in Zeeland voor werk en kom pas na de feestdagen weer op de boot. De post ligt bij de buurvrouw op de Prinsengracht, ik kijk er dan naar.

Groet,
Jurriaan
""", sent="12-12 10:15", b="other", who="Jurriaan Blokhuis", note="houseboat owner away; looking later is no promise")
em("other", "nl", """
Geachte mevrouw Whitfield,

Per 1 januari verhuist ons kantoor naar het Lloydkwartier. Ons nieuwe factuuradres is: Schoonhoven & Van Rijn Scheepsagenten B.V., t.a.v. crediteurenadministratie, Sint-Jobsweg 30, 3024 EJ Rotterdam. Wilt u dit aanpassen in uw administratie?

Met vriendelijke groet,
Marijke Schoonhoven
""", sent="12-14 09:40", b="other", who="Marijke Schoonhoven",
   note="a new billing address; the closing request is a courtesy, not a question about the bill")
sms("other", "nl", "Sorry, ik denk dat u de verkeerde heeft. Ik heb de boot in oktober verkocht aan een jong stel, Bas en Floor.",
    sent="12-08 18:30", b="other", note="wrong person (sold the boat), denies nothing")

# ---- Portuguese (2)
em("other", "pt", """
Boa tarde, Dana.

Obrigada pela mensagem e aproveito para lhe desejar um Santo Natal. Quem trata das faturas é o meu sobrinho Rui, que está de férias até dia 4; quando regressar, ele vê isso.

Conceição Amaral
""", sent="12-18 15:20", b="other", who="Conceição Amaral", note="Lisbon tile workshop; a nephew will look, no promise")
sms("other", "pt", "Oi, aqui é da recepção da Dra. Juliana. Ela está atendendo agora, passo o recado pra ela no fim do dia 😊",
    sent="12-09 14:10", b="other", note="dentist's receptionist passes it on")

# ============================================================ questions (24)
# ---- English, texts (5)
sms("question", "en", "is this for the gutter thing at my grandmas or the garage? my mom wants to know", sent="11-24 16:05",
    b="question", note="teen lawn business")
sms("question", "en", "whats the routing number for the wire im in Amarillo and my wife says the bank needs it to send the money question mark",
    sent="12-09 10:45", b="question", note="voice-to-text with a dictated 'question mark'; how to pay, no day")
sms("question", "en", "Do you take Apple Pay? Or only card over the phone", sent="12-10 06:55", b="question")
sms("question", "en", "Hello please what is the amount again. I delete the email by mistake", sent="12-14 13:10",
    b="question", note="second-language English, no question mark")
sms("question", "en", "wait is this the one for the studio backdrop wall or the darkroom? 🤔", sent="12-08 15:25",
    b="question")

# ---- English, e-mails (8)
em("question", "en", """
Hello Dana,

I hope you are keeping warm, we had our first real snow here last night and the plow came by at 5 in the morning and woke up the whole street, and my cat Biscuit hid under the bed until noon. My neighbor Mrs. Strand says it will be a hard winter because the woolly bear caterpillars had wide stripes this year. I don't know if I believe that but she is usually right.

I was going over the bill at the kitchen table and I wanted to ask, does it include the little grab rail by the back door, or was that going to be a separate bill? Walter always said to get everything in writing and I don't want to pay for it twice by mistake.

Your friend,
Millie Pennington
""", sent="12-04 14:50", b="question", who=MILLIE, note="one question among weather and a cat; 'pay twice by mistake' disputes nothing")
em("question", "en", """
Hi Dana,

Could you send me an itemized copy of this? My daughter's lease says the landlord covers structural repairs, and I'd like to see whether the porch beam is listed on its own before I bring it up with him.

Thanks,
Gail Oberholtzer
""", sent="12-02 20:40", b="question", who="Gail Oberholtzer",
   note="college student's parent; an itemized copy for the landlord, nothing contested with us")
em("question", "en", """
June says I should ask you whether the senior discount Mike mentioned at the start of the job is on here. I couldn't tell from the bill. And can we make the check out to Harbor & Pine, or does it need the whole name?

Harlan
""", sent="12-08 09:40", b="question", who=TESDAHL, note="a discount asked about, not claimed missing (probe7)")
em("question", "en", """
Do you folks bill net 30 or net 10? I'm doing my year-end and the old paperwork says one thing and this one says another. I'll also need your tax ID for the 1099.

Vern
""", sent="12-16 07:15", b="question", who="Vern Halloran")
em("question", "en", """
Hello Dana,

In the bill is written "GFCI outlet". What is this GFCI? It is different from normal outlet? My son ask me and I don't know what to tell him.

Thank you,
Armen
""", sent="12-09 11:50", b="question", who="Armen Kazarian", note="second-language English")
em("question", "en", """
Dana, quick one - does this invoice include the floor drain in the honey house, or is that going on a separate bill when Mike finishes it in the spring? I keep the honey house on its own books for the ag exemption.

Amos
""", sent="12-07 19:05", b="question", who="Amos Trimble")
em("question", "en", """
Hi Dana! 🙏

Could you send the invoice as a PDF? Our bookkeeper says she can't open the link. And is there a way to add our studio's EIN to it?

Namaste,
Leilani
""", sent="12-09 13:25", b="question", who="Leilani Kahale")
em("question", "en", """
Dear Dana,

Could you confirm whether the amount includes Illinois sales tax? As I read the invoice, the materials line is taxed and the labor is not, which I believe is correct, but my accountant has asked me to double-check before filing.

Best regards,
Katya Ilyina
""", sent="12-11 10:20", b="question", who="Katya Ilyina", note="'which I believe is correct' disputes nothing")

# ---- French (3)
em("question", "fr", """
Madame,

Pourriez-vous nous préciser si le montant est soumis à la TVA belge ou s'il s'agit d'une prestation en autoliquidation ? Notre comptable nous le demande avant d'encoder la facture.

Bien à vous,
Françoise Delvaux
""", sent="12-08 10:15", b="question", who="Françoise Delvaux", note="Belgian ('encoder'); a VAT question")
sms("question", "fr", "C'est combien déjà en francs suisses ? Ma banque me demande le montant exact en CHF pour le versement",
    sent="12-09 08:35", b="question", note="how much, for a transfer; no day")
em("question", "fr", """
Bonjour Madame,

Une question : l'établi que vos ouvriers ont posé dans l'atelier, il est compris dans cette facture ou il fera l'objet d'une facture à part ? Je préfère savoir avant de passer à la banque.

Avec mes meilleures salutations,
P. Jaquet
""", sent="12-10 14:20", b="question", who="Pascal Jaquet", note="'avant de passer à la banque' is no promise")

# ---- German (2)
em("question", "de", """
Hi Dana,

kurze Frage: Könnt ihr uns die Rechnung auch als E-Rechnung (XRechnung oder ZUGFeRD) schicken? Ab 2027 nimmt unser Tool nur noch strukturierte Formate. Und ist das Reverse Charge?

LG Leonie
""", sent="12-08 10:50", b="question", who="Leonie Brückner")
sms("question", "de", "Griaß Eana, is des de Rechnung fürs Kühlhaus oder für'n Laden? Mia ham zwoa kriagt.", sent="12-11 12:30",
    b="question", note="Bavarian dialect; which invoice")

# ---- Spanish (2)
em("question", "es", """
Buenas tardes, Dana.

Una consulta: ¿la factura incluye la estantería de la bodega de Cicero o eso se factura aparte? Le pregunto porque el contador necesita separar lo de la bodega de lo de la oficina.

Quedo atento,
Mauricio
""", sent="12-09 16:40", b="question", who="Mauricio Londoño")
sms("question", "es", "cuanto es lo que falta? yo pensé que con el abono de octubre quedaba casi todo pagado", sent="12-08 19:10",
    b="question", note="whether a deposit is taken off is question (bodies_extra_3)")

# ---- Dutch (2)
em("question", "nl", """
Geachte mevrouw Whitfield,

Kunt u de factuur opnieuw sturen met ons PO-nummer (4500-2231) erop? Zonder PO-nummer kan ons systeem hem niet matchen. Dit is geen fout van uw kant, het nummer is pas na de opdracht aangemaakt.

Met vriendelijke groet,
Marijke Schoonhoven
""", sent="12-09 10:25", b="question", who="Marijke Schoonhoven", note="a reissue with a PO number; nothing disputed")
sms("question", "nl", "Is dit voor de steiger of voor het dakraam? Weet het even niet meer", sent="12-15 19:50", b="question")

# ---- Portuguese (2)
em("question", "pt", """
Oi Dana, tudo bem?

Uma dúvida: esse valor já inclui a instalação da cadeira odontológica nova ou só a parte elétrica? Meu contador precisa separar pra declaração.

Abraços,
Juliana
""", sent="12-09 15:10", b="question", who="Juliana Figueiredo", note="São Paulo dentist")
sms("question", "pt", "Boa tarde, pode enviar-me o IBAN outra vez? Perdi o email anterior.", sent="12-10 10:05",
    b="question", note="European Portuguese")

# ============================================================ auto-replies (24)
# ---- English, e-mails (8)
em("auto-reply", "en", """
Hi friend! ✨ I'm shooting a destination wedding weekend in Tulum and answering e-mails on Tuesdays and Thursdays only. If this is about a 2027 date, my booking calendar is at siennawhitlatch.example/book. If it's about an invoice, I promise I'll get to it when I'm back on the 8th 💛
""", sent="12-04 07:40", b="auto", ah=False, who="Sienna Whitlatch", subj="Re: {s}",
   note="no headers, Re: subject, a person's voice; 'I promise' in an out-of-office is no promise")
em("auto-reply", "en", """
Thanks for reaching out to Still Water Yoga! 🧘 Our front desk is staffed during class hours only. Class schedule and memberships: stillwateryoga.example/schedule. Holiday hours: closed December 24-25 and January 1. We'll reply within 2 business days.

Om shanti
""", sent="12-08 07:10", b="auto", ah=True, who="Still Water Yoga", subj="Thanks for contacting Still Water Yoga",
   note="yoga studio's shared mailbox")
em("auto-reply", "en", """
Thank you for your message. I am on an interpreting assignment in Geneva and will be back in the office on Monday, December 14. I do not read e-mail during sessions. For urgent matters, please text (312) 555-0329.

Katya Ilyina
""", sent="12-07 08:05", b="auto", ah=True, who="Katya Ilyina", subj="Out of Office: {s}")
em("auto-reply", "en", """
Thanks for writing to Halloran Hardware! The store is open Mon-Sat 7am-6pm and Sun 9am-1pm. We close at noon on Christmas Eve and are closed Christmas Day. Special orders usually arrive in 3-5 business days. House accounts are billed on the 1st of the month.
""", sent="12-09 08:20", b="auto", ah=True, who="Halloran Hardware", subj="Halloran Hardware - we got your message",
   note="a small store's shared mailbox; billing terms in an automatic reply")
em("auto-reply", "en", """
Howdy - I'm out in the bee yards most days and only check e-mail Sunday nights. Honey orders: the farm stand is self-serve, cash box by the door. Anything about bills, I'll settle up Sunday when I do the books.

- Amos

(This is an automatic reply.)
""", sent="12-10 07:35", b="auto", ah=False, who="Amos Trimble", subj="Away from the honey house: {s}",
   note="no headers, a person's voice; 'I'll settle up Sunday' in an automatic reply is no promise")
em("auto-reply", "en", """
Thank you for your order inquiry! 🍪 Holiday cookie tins are SOLD OUT for 2026. Pickup for existing orders is Saturday, December 19, 9am-1pm on the side porch. Payment for orders is by Venmo only. Happy holidays from my kitchen table to yours!
""", sent="12-11 08:30", b="auto", ah=False, who="Noreen Gaffney", subj="Re: {s}",
   note="no headers; a home bakery's standing reply that talks about payment")
em("auto-reply", "en", """
I'm working nights this week and sleeping during the day. I'll respond after my last shift on the 18th. If this is about a patient, please call the unit directly.
""", sent="12-15 09:10", b="auto", ah=True, who="Rochelle Dunnigan", subj="Automatic reply: {s}",
   note="nurse's out-of-office; the 18th is no promise")
em("auto-reply", "en", """
This is an automatic reply from the Tesdahls. We are visiting our daughter in Tucson from December 15 until January 12 and checking e-mail only now and then. If it's urgent, please call Harlan's cell.
""", sent="12-16 08:40", b="auto", ah=True, who=TESDAHL, subj="Vacation reply: {s}",
   note="a retired couple's vacation responder")

# ---- English, texts (4)
sms("auto-reply", "en", "I have Driving Focus turned on and will see your message when I arrive. (Sent automatically)",
    sent="12-08 17:35", b="auto", note="phone auto-text")
sms("auto-reply", "en", "AUTO REPLY: ON THE ROAD. WILL RESPOND AT NEXT STOP. IF THIS IS DISPATCH CALL 402-555-0147",
    sent="12-10 11:05", b="auto", note="trucker's all-caps auto-text")
sms("auto-reply", "en", "Thanks for texting Voorhies Bros Lawn & Snow! We're on a plow route rn. For snow service reply SNOW + your address. For billing email tyler@voorhiesbroslawn.example",
    sent="12-15 06:40", b="auto", note="teen business auto-text with a keyword")
sms("auto-reply", "en", "Fenwick Piano Studio: I'm teaching until 8 pm and can't answer texts during lessons. I'll get back to you tonight! 🎹",
    sent="12-09 16:15", b="auto", note="studio auto-text in a person's voice")

# ---- French (3)
em("auto-reply", "fr", """
Nous accusons bonne réception de votre courriel. L'étude est fermée du 24 décembre au 3 janvier inclus. Les dossiers urgents (signatures d'actes) peuvent être signalés au 02/555.03.40. Votre message sera traité dès la réouverture.
""", sent="12-24 09:30", b="auto", ah=True, who="Secrétariat Étude Lambotte", subj="Réponse automatique : {s}",
   note="Belgian notary's shared mailbox")
em("auto-reply", "fr", """
Madame, Monsieur,

L'atelier est fermé pour les vacances d'hiver du 21 décembre au 6 janvier. Les montres déposées pourront être retirées dès le 7 janvier.

Meilleures salutations
Horlogerie Jaquet-Rochat
""", sent="12-21 08:15", b="auto", ah=False, who="Pascal Jaquet", subj="Absence : {s}",
   note="no headers; Swiss workshop closure")
em("auto-reply", "fr", """
Je suis absente jusqu'au lundi 11 janvier. Pour les questions relatives aux factures et aux provisions, veuillez contacter Mme Olivia Cornet au 02/555.03.44.
""", sent="12-23 10:05", b="auto", ah=True, who="Françoise Delvaux", subj="Absente : {s}")

# ---- German (3)
em("auto-reply", "de", """
Hey! 👋 Danke für deine Mail an finance@. Wir bearbeiten Rechnungen jeden Mittwoch in unserem Payment Run. Bitte schick Rechnungen nur als PDF. Fragen? Einfach antworten, wir melden uns innerhalb von 3 Werktagen.
""", sent="12-09 08:10", b="auto", ah=True, who="Kiezkraft Finance", subj="Automatische Antwort: {s}",
   note="start-up shared mailbox; a payment-run weekday in an automatic reply")
em("auto-reply", "de", """
Ich bin bis 4. Januar im Urlaub (Thailand 🌴) und lese keine Mails. In dringenden Fällen: finance@{domain}. Frohe Feiertage!
""", sent="12-21 09:40", b="auto", ah=False, who="Leonie Brückner", subj="Abwesend: {s}",
   note="no headers")
em("auto-reply", "de", """
Automatische Antwort: Liebe Kundschaft, Ihre Weihnachtsbestellungen sind bis 23.12. abholbereit. Betriebsurlaub vom 27.12. bis 6.1. Bestellungen bitte nur telefonisch unter 08651 5550 3324.
""", sent="12-18 08:30", b="auto", ah=True, who="Alois Stiglmair", subj="Automatische Antwort: {s}",
   note="butcher's shop closure")

# ---- Spanish (2)
em("auto-reply", "es", """
Este es un mensaje automático. Hemos recibido su correo. Los pagos a proveedores del exterior se realizan los días 5 y 20 de cada mes, previa aprobación de la gerencia. Por favor no responda este mensaje.
""", sent="12-10 08:05", b="auto", ah=True, who="Contabilidad Cumbre Andina", subj="Respuesta automática: {s}",
   note="payment days in an automatic reply")
sms("auto-reply", "es", "Senderos del Sur: gracias por tu mensaje! estamos en temporada alta y respondemos en 24-48 hrs. reservas en senderosdelsur.example 🏔️",
    sent="12-11 07:50", b="auto", note="tour operator auto-text")

# ---- Dutch (2)
em("auto-reply", "nl", """
Dit is een automatisch antwoord. Uw e-mail is ontvangen door de crediteurenadministratie. Facturen worden binnen 30 dagen na goedkeuring betaald. Let op: facturen zonder PO-nummer worden niet in behandeling genomen.
""", sent="12-08 08:40", b="auto", ah=True, who="Administratie Schoonhoven & Van Rijn", subj="Automatisch antwoord: {s}",
   note="shipping agent's shared mailbox; payment terms")
em("auto-reply", "nl", """
Ahoy! Ik zit tot 15 januari op een klus in Vlissingen en lees mijn mail maar af en toe. Voor de boot: buurvrouw Ans heeft de sleutel.

Groet, Jurriaan
""", sent="12-19 09:05", b="auto", ah=False, who="Jurriaan Blokhuis", subj="Afwezig: {s}",
   note="no headers, a person's voice")

# ---- Portuguese (2)
em("auto-reply", "pt", """
Olá! Recebemos sua mensagem. Nosso horário de atendimento é de segunda a sexta, das 8h às 19h, e aos sábados das 8h às 12h. Recesso de fim de ano: 24/12 a 03/01. Para agendamentos, WhatsApp (11) 5550-0392.
""", sent="12-08 09:15", b="auto", ah=True, who="Recepção Odontologia Figueiredo", subj="Resposta automática: {s}",
   note="dentist's reception mailbox")
em("auto-reply", "pt", """
Estarei ausente da oficina até 4 de janeiro. Encomendas de azulejos para o Natal já não são aceites. Para assuntos urgentes, contacte a oficina pelo +351 21 555 0381.
""", sent="12-22 09:00", b="auto", ah=True, who="Conceição Amaral", subj="Ausente: {s}")

# ============================================================ disputes (24)
# ---- English, texts (5)
sms("dispute", "en", "I never asked for no second coat of paint on the shop door your guy did that on his own I ain't paying for it period",
    sent="12-09 15:20", b="dispute", note="voice-to-text with a dictated 'period'")
sms("dispute", "en", "we were supposed to get 10% off for the referral tho?? my dad said mike said that", sent="11-23 17:10",
    b="dispute", note="a missing discount claimed, asked with '??'")
sms("dispute", "en", "The bathroom fan still makes that rattling noise. I'd rather not pay the full amount until someone looks at it",
    sent="12-11 08:05", b="dispute", note="faulty work, politely; conditional")
sms("dispute", "en", "Why you charge me 4 hours? The man was here only 2 hours I was home all the day", sent="12-08 12:40",
    b="dispute", note="second-language English; a complaint asked as a question")
sms("dispute", "en", "um the quote said $1,850 flat for the backdrop wall and this is way more?? not paying the difference",
    sent="12-10 20:15", b="dispute")

# ---- English, e-mails (8)
em("dispute", "en", """
Dear Dana,

I'm sorry to bother you with this, I know you are busy before the holidays. My granddaughter Kayla is home from college and she helped me look at the bill on the computer, and there is something I don't understand. It says three hours of labor for fixing the storm door. The young man who came was very polite and wiped his feet, but he was only here about forty minutes. I know because The Price Is Right had just started when he rang the bell and it wasn't even over when he drove away. I don't think I should pay for three hours when it was less than one, do you?

Kayla says hello, she is studying to be a pharmacist.

Mildred Pennington
""", sent="12-03 11:40", b="dispute", who=MILLIE, note="a polite dispute inside family news, asked as a question")
em("dispute", "en", """
Dana,

You billed us for 14 sheets of 3/4 ply on the loading dock job. Your guys bought that plywood off my own shelf - it's on their account here, I've got the ticket. You can't charge me for my own lumber.

Vern
""", sent="12-10 07:25", b="dispute", who="Vern Halloran")
em("dispute", "en", """
Dear Dana,

The new fitting room door is not closing good, the customer must hold it when she change clothes. This is not acceptable for my business. I will pay when the door is fixed, not before.

Armen Kazarian
""", sent="12-09 17:45", b="dispute", who="Armen Kazarian", note="second-language English; conditional, no promise")
em("dispute", "en", """
Hi Dana,

I wonder if there's been a mix-up? The invoice includes "soundproofing - 2 walls," but we agreed on only the wall I share with my neighbour, and Mike said he'd hold off on the second until spring. Could you take that line off?

Many thanks,
Cordelia
""", sent="12-08 13:20", b="dispute", who="Cordelia Fenwick", note="polite dispute asked as a question")
em("dispute", "en", """
The honey house floor is already cracking along the drain and it's maybe six weeks old. I'm not paying the concrete line till somebody comes out and looks at it. The rest of the bill's fine.

Amos
""", sent="12-14 18:30", b="dispute", who="Amos Trimble", note="part of the bill contested; 'the rest is fine' is no promise")
em("dispute", "en", """
Hi Dana,

My daughter tells me the crew left the back door of her apartment unlocked overnight on November 18, and her bike was stolen off the porch. I'd like the cost of the bike taken off this bill - it was a $600 bike and she needs it to get to class.

Gail
""", sent="11-30 20:10", b="dispute", who="Gail Oberholtzer", note="a deduction claimed for damage")
em("dispute", "en", """
Hi Dana - hoping we can sort this out gently 🙏 The estimate for the floor refinishing was $4,200 and the invoice is {amt}. I don't remember approving any extra work. Could you send the signed change order, if there is one?

Leilani
""", sent="12-10 15:05", b="dispute", who="Leilani Kahale", amt="7250.00",
   note="a request for the change order backs the complaint: dispute alone (bodies_extra_3)")
em("dispute", "en", """
hey Dana - the invoice has the darkroom sink as a "new install" at $480 but Mike reused my old sink, he just moved it over two feet. I was standing right there. can you fix that line?
""", sent="12-09 23:40", b="dispute", who="Sienna Whitlatch", st="mobile",
   note="a complaint ending in a request to fix the line: dispute alone")

# ---- French (2)
em("dispute", "fr", """
Madame,

Je me permets de contester votre facture : le devis mentionnait huitante heures de travail, la facture en compte nonante-deux. Je n'ai reçu aucune explication pour ces douze heures supplémentaires et je vous saurais gré de la corriger.

Meilleures salutations,
Pascal Jaquet
""", sent="12-09 15:30", b="dispute", who="Pascal Jaquet", note="Swiss French numbers (huitante, nonante)")
sms("dispute", "fr", "Bonjour, la toiture de la véranda goutte toujours quand il drache. Je ne paierai pas avant réparation.",
    sent="12-14 10:20", b="dispute", note="Belgian ('drache'); faulty work, conditional")

# ---- German (3)
em("dispute", "de", """
Hi Dana,

sorry to be that person 🙈 aber die Akustikpaneele im Meetingraum waren doch im Angebot als "inklusive" drin, oder? Auf der Rechnung stehen sie nochmal extra mit 1.400 $. Können wir die bitte rausnehmen?

LG Leonie
""", sent="12-10 12:05", b="dispute", who="Leonie Brückner", note="a dispute asked as a question, Denglisch")
sms("dispute", "de", "Des Kühlhaus-Tor schliaßt ned gscheid, do ziagt's wia Hechtsuppn. So zahl i des ned.",
    sent="12-09 13:55", b="dispute", note="Bavarian dialect; faulty work")
em("dispute", "de", """
Sehr geehrte Frau Whitfield,

auf der Rechnung stehen drei Tage Montage. Ihre Leute waren aber nur am Montag und Dienstag da, am Mittwoch war keiner im Laden - das weiß ich genau, weil ich den ganzen Tag an der Theke gestanden bin. Bitte korrigieren Sie das.

Freundliche Grüße
Burgi Stiglmair
""", sent="12-08 19:10", b="dispute", who="Burgi Stiglmair", note="days billed wrong")

# ---- Spanish (2)
em("dispute", "es", """
Hola Dana,

Revisando la factura veo que nos cobraron el flete de los paneles dos veces: una en la factura de octubre y otra vez acá. ¿Lo pueden revisar y corregir?

Saludos,
Francisca
""", sent="12-11 11:15", b="dispute", who="Francisca Undurraga",
   note="billed twice, no payment of the first claimed (bodies_extra_3)")
sms("dispute", "es", "oiga, esa pintura de la bodega ya se está pelando y apenas lleva un mes. así no le pago", sent="12-15 17:30",
    b="dispute", note="Colombian; faulty work")

# ---- Dutch (2)
em("dispute", "nl", """
Geachte mevrouw Whitfield,

Op de factuur staan twee monteurs gedurende vijf dagen, terwijl volgens de toegangsregistratie van de terminal op drie van die dagen slechts één monteur aanwezig was. Wij verzoeken u de factuur te crediteren en opnieuw in te dienen.

Met vriendelijke groet,
Marijke Schoonhoven
""", sent="12-10 14:15", b="dispute", who="Marijke Schoonhoven")
sms("dispute", "nl", "Het dakraam lekt nog steeds bij harde wind. Eerst fixen, dan betalen.", sent="12-16 18:40",
    b="dispute", note="faulty work; conditional")

# ---- Portuguese (2)
em("dispute", "pt", """
Cara Dana,

A fatura inclui a reparação do forno de cozedura, mas esse trabalho foi feito pelo nosso técnico, não pela vossa equipa. Peço que retirem essa linha.

Cumprimentos,
Conceição Amaral
""", sent="12-10 11:30", b="dispute", who="Conceição Amaral")
sms("dispute", "pt", "oi, cobraram a instalação do ar condicionado mas fomos nós que compramos e instalamos, vocês só fizeram o furo na parede. não vou pagar isso",
    sent="12-09 18:50", b="dispute", note="Brazilian; work not done by them")

# ============================================================ already paid (23)
# ---- English, texts (5)
sms("already-paid", "en", "my mom paid this on venmo last night she said", sent="11-24 08:15", b="paid",
    note="a teenager relays the parent's payment")
sms("already-paid", "en", "I mailed that check from Little Rock on Monday my wife's got the stub it's number 2 2 1 7",
    sent="12-10 21:20", b="paid", note="voice-to-text digits; 'Monday' is past (sent Thursday)")
sms("already-paid", "en", "Paid online at like 3am on my break lol. Conf# HP-88301", sent="12-09 05:40", b="paid")
sms("already-paid", "en", "mailed the check this morning, sent mike a pic of it so u have the number 📸", sent="12-10 14:25",
    b="paid", note="mailed on a stated day, a photo of the check mentioned")
sms("already-paid", "en", "I already pay with zelle on saturday, confirmation 4KX92L", sent="12-08 10:50", b="paid",
    note="second-language English; 'already pay' with a code is past")

# ---- English, e-mails (7)
em("already-paid", "en", """
Dear Dana,

Your reminder came this morning and I was surprised, because I paid this bill already. I wrote out the check on the Monday after Thanksgiving, number 1147 from my First Prairie account, and because of my hip I asked the Nowak boy next door to drop it at the post office for me on his way to school. He is a good boy, he shovels my walk for ten dollars and does a better job than the city.

Roger says the mail is slow this time of year with all the Christmas cards. I have the carbon copy in my checkbook if you need the number again.

Sincerely,
Mildred Pennington
""", sent="12-08 10:05", b="paid", who=MILLIE, note="a check mailed on a past day, told among neighbour news")
em("already-paid", "en", """
Harlan asked me to write because he doesn't do the e-mail. He says he paid this at your office on the 1st, in person, with a check, and the young lady at the front gave him a receipt. He has it in his shirt pocket if you need it.

June
""", sent="12-07 14:35", b="paid", who=TESDAHL, note="one spouse relays the other's payment")
em("already-paid", "en", """
June showed me how to send this along. The bank says it went out.

Harlan
""", sent="12-09 11:15", b="paid", who=TESDAHL, fwd="billpay_sent_p9", pd="12-04",
   note="a forwarded bill-pay notice of a payment sent on a past day")
em("already-paid", "en", """
Dear Dana,

Payment was made by wire on 3 December (reference KI-2026-117). If your bank needs the SWIFT confirmation, I can request it from mine.

Best regards,
Katya Ilyina
""", sent="12-08 09:50", b="paid", who="Katya Ilyina", note="the offer is conditional, no question")
em("already-paid", "en", """
Dana, I'm mortified - I paid this on December 2nd with my Visa through your website, and I have the receipt e-mail right here (transaction 5G7-22018). Did something go wrong on your end?

Cordelia
""", sent="12-09 20:20", b="paid", who="Cordelia Fenwick", note="paid + 'did something go wrong?' is already-paid alone")
em("already-paid", "en", """
Paid via your portal on 11/30 - conf HPB-30117 💛
""", sent="12-03 10:15", b="paid", who="Sienna Whitlatch", note="only a reference and a US date")
em("already-paid", "en", """
Paid! I handed the cash to Mike when he came to pick up his pie order on Saturday - $725 in an envelope, and he counted it right there at my kitchen table.

Noreen
""", sent="12-07 18:45", b="paid", who="Noreen Gaffney", amt="725.00", note="cash to the foreman; 'Saturday' is past")

# ---- French (2)
em("already-paid", "fr", """
Bonjour Madame,

Voici la preuve de paiement de notre banque. Le virement a été effectué le 2 décembre.

Bien à vous,
Ghislaine Aubertin
""", sent="12-08 14:30", b="paid", who="Ghislaine Aubertin", fwd="virement_be_p9", pd="12-02",
   note="a forwarded Belgian bank confirmation")
sms("already-paid", "fr", "Payé par e-banking le 4 décembre, référence 2026-1204-JR. Meilleures salutations", sent="12-09 09:40",
    b="paid", note="Swiss; a reference only")

# ---- German (2)
em("already-paid", "de", """
Sehr geehrte Frau Whitfield,

die Rechnung haben wir schon am 30. November bezahlt, per Überweisung von unserem Konto bei der Raiffeisenbank. Bitte schauen Sie nochmal nach.

Mit freundlichen Grüßen
Walburga Stiglmair
""", sent="12-07 20:10", b="paid", who="Burgi Stiglmair", note="'schauen Sie nochmal nach' only checks the payment")
sms("already-paid", "de", "paid ✅ via Wise am 3.12., Ref KZK-DEC-03", sent="12-08 11:05", b="paid",
    note="Denglisch; a day-first date and a reference")

# ---- Spanish (3)
em("already-paid", "es", """
Buenos días, Dana.

Le reenvío el soporte del pago que hicimos el jueves pasado. Quedo atento a cualquier inquietud.

Mauricio
""", sent="12-07 09:15", b="paid", who="Mauricio Londoño", fwd="exterior_co_p9", pd="12-03",
   note="Colombian 'soporte' (receipt); a forwarded transfer receipt; 'el jueves pasado' is Dec 3")
sms("already-paid", "es", "ya pagué po, le hice la transferencia el viernes 4, le mando el comprobante si quiere", sent="12-08 10:30",
    b="paid", note="Chilean 'po'; the offer is no question")
sms("already-paid", "es", "pagado con Zelle el 1/12, ref 88AJ2", sent="12-07 12:20", b="paid",
    note="a day-first date (1 December) and a reference")

# ---- Dutch (2)
em("already-paid", "nl", """
Hoi Dana,

Zie hieronder de bevestiging van de bank, de betaling is op 3/12 de deur uit.

Groet,
Jurriaan
""", sent="12-08 19:30", b="paid", who="Jurriaan Blokhuis", fwd="overboeking_nl_p9", pd="12-03",
   note="a forwarded Dutch bank confirmation")
sms("already-paid", "nl", "Al betaald hoor, 27 november, via de bank met het factuurnummer erbij", sent="12-02 09:15",
    b="paid")

# ---- Portuguese (2)
em("already-paid", "pt", """
Oi Dana!

Já foi pago, fiz a transferência internacional pelo banco no dia 2/12. Segue o comprovante em anexo.

Abraço,
Juliana
""", sent="12-07 10:40", b="paid", who="Juliana Figueiredo", note="a receipt mentioned as attached, not forwarded")
sms("already-paid", "pt", "Já está pago desde dia 30, por transferência. Cumprimentos", sent="12-03 11:00", b="paid",
    note="European Portuguese; 'dia 30' is past")

# ============================================================ promises (32: 28 dated, 4 with no day)
# ---- English, texts (9)
sms("promise-to-pay", "en", "Ill pay it fry day when I get back to the yard in Joliet", sent="12-08 16:10", p="12-11",
    chk="wd:fri", b="promise", note="voice-to-text homophone: 'fry day' = Friday")
sms("promise-to-pay", "en", "my mom said she'll send it the 15th when she gets paid", sent="12-09 16:30", p="12-15",
    chk="d:15", b="promise", note="a teenager relays the parent's promise")
sms("promise-to-pay", "en", "I'm off Tues & Wed this coming week, will do it Tues when I'm awake 😴", sent="12-13 07:20", p="12-15",
    chk="wd:tue", b="promise", note="night-shift nurse; sent on a Sunday")
sms("promise-to-pay", "en", "I will pay you when I get my weekly payout on Monday. Sorry for late", sent="12-10 13:40",
    p="12-14", chk="wd:mon", b="promise", note="rideshare driver, second-language English")
sms("promise-to-pay", "en", "in 2 wks, promise! client final payments come in then 🙏", sent="12-07 19:10", p="12-21",
    chk="+14", b="promise", note="'in 2 wks' = +14")
sms("promise-to-pay", "en", "first week of jan is when our new year memberships come in, ill pay then 🙏", sent="12-12 09:20",
    p="01-08", chk="at:2027-01-08", b="promise", note="'first week of January' taken at its end (Jan 8)")
sms("promise-to-pay", "en", "between the 10th and 15th, depends when my grant deposit hits", sent="12-04 15:40", p="12-15",
    chk="d:15", b="promise", note="a range: its end")
sms("promise-to-pay", "en", "farmers market money gets deposited the 15th. pay you the 15th or 18th at the latest",
    sent="12-08 20:05", p="12-18", chk="d:18", b="promise", note="the latest date stated")
sms("promise-to-pay", "en", "next payday i got u", sent="12-09 23:10", b="promise",
    note="'next payday' with no day: undated promise")

# ---- English, e-mails (9)
em("promise-to-pay", "en", """
Hello again Dana,

I talked to Roger on the phone last night and he said I should just write to you myself, so here I am. My Social Security comes on the 3rd and the railroad pension from Walter comes on the 1st. I will mail you a check on the 1st when my pension comes, Roger says that is the easiest way for me to keep track.

We are having the church bazaar on Saturday and I made 9 dozen of my lemon bars, so if you are ever out this way stop in.

Millie
""", sent="12-09 13:30", p="01-01", chk="d:1", b="promise", who=MILLIE,
   note="'the 1st when my pension comes' = Fri 1 Jan; the Social Security day is not the promise")
em("promise-to-pay", "en", """
We'll put a check in the mail by Christmas. June says to tell you it's the one with the cardinals on it, so you'll know it's from us.

Harlan
""", sent="12-10 16:45", p="12-24", chk="at:12-24", b="promise", who=TESDAHL, note="'by Christmas' taken as Dec 24")
em("promise-to-pay", "en", """
Hi Dana - I'll pay it at the end of the month when my year-end bonus comes through. Sorry it's late; between Thanksgiving travel and finals week it slipped my mind.

Gail
""", sent="12-08 21:25", p="12-31", chk="eom", b="promise", who="Gail Oberholtzer")
em("promise-to-pay", "en", """
After the holidays, Dana. Store's a zoo till then and I do my books in January. You'll get your check.

Vern
""", sent="12-12 08:10", b="promise", who="Vern Halloran", note="'after the holidays' is an undated promise")
em("promise-to-pay", "en", """
Dear Dana,

I will pay 12/22, Tuesday, after my customers pick up the Christmas suits. Sorry for delay.

Armen
""", sent="12-14 18:20", p="12-22", chk="at:12-22:tue", b="promise", who="Armen Kazarian",
   note="second-language English; a US numeric date with its weekday")
em("promise-to-pay", "en", """
Dear Dana,

I will transfer the full amount on Monday the 21st, once the court interpreting fees for November have landed.

Best regards,
Katya
""", sent="12-11 10:05", p="12-21", chk="at:12-21:mon", b="promise", who="Katya Ilyina")
em("promise-to-pay", "en", """
Next payday, Dana! That's the 18th for my husband's work, and I'll send it that evening.

Noreen
""", sent="12-10 20:40", p="12-18", chk="d:18", b="promise", who="Noreen Gaffney",
   note="'next payday' with its day given")
em("promise-to-pay", "en", """
I'm paid on the 18th but I'm on nights through Friday. I'll pay it Saturday morning when I get off my last shift.

Rochelle
""", sent="12-15 02:50", p="12-19", chk="wd:sat", b="promise", who="Rochelle Dunnigan",
   note="written at 3 a.m.; the payday is not the promise, Saturday is")
em("promise-to-pay", "en", """
Hi Dana,

So sorry for the delay. I'll drop a check by your office on Wednesday after my morning students.

Cordelia
""", sent="12-14 17:50", p="12-16", chk="wd:wed", b="promise", who="Cordelia Fenwick")

# ---- French (3)
em("promise-to-pay", "fr", """
Madame,

Nous vous informons que votre facture sera réglée par virement le 18/12, lors de notre prochain paiement fournisseurs.

Bien à vous,
Françoise Delvaux
""", sent="12-09 11:20", p="12-18", chk="at:12-18", b="promise", who="Françoise Delvaux",
   note="a person names the payment run; day-first date")
sms("promise-to-pay", "fr", "Je vous fais le versement d'ici la fin du mois, promis.", sent="12-10 12:40", p="12-31",
    chk="eom", b="promise")
em("promise-to-pay", "fr", """
Bonjour Madame,

Nous réglerons la facture dans quinze jours, quand mon mari aura touché sa pension.

Bien à vous,
G. Aubertin
""", sent="12-03 17:10", p="12-17", chk="+14", b="promise", who="Ghislaine Aubertin",
   note="'dans quinze jours' = +14 (probe convention)")

# ---- German (3)
em("promise-to-pay", "de", """
Servus Frau Whitfield,

des Geld kommt zwischen de Feiertag, spätestens am 30.12. Mir ham grad an Haufen Arbeit mit de Bestellungen.

Pfiat Eana
Alois Stiglmair
""", sent="12-14 19:40", p="12-30", chk="at:12-30", b="promise", who="Alois Stiglmair",
   note="Bavarian; hedged, the latest date stated")
sms("promise-to-pay", "de", "Payment geht Anfang nächster Woche raus, sorry for the delay!", sent="12-10 10:30", p="12-15",
    chk="nw:tue", b="promise", note="'Anfang nächster Woche' taken as its Tuesday")
em("promise-to-pay", "de", """
Grüß Gott Frau Whitfield,

mein Mann sagt, das Geld überweisen wir gleich im neuen Jahr.

Gruß
Burgi Stiglmair
""", sent="12-17 20:05", b="promise", who="Burgi Stiglmair", note="relayed; 'gleich im neuen Jahr' is an undated promise")

# ---- Spanish (3)
em("promise-to-pay", "es", """
Hola Dana!

Te cuento que pagamos a fin de mes, cuando nos liquidan las reservas de diciembre.

Saludos desde Puerto Natales,
Francisca
""", sent="12-09 12:40", p="12-31", chk="eom", b="promise", who="Francisca Undurraga")
sms("promise-to-pay", "es", "le consigno la otra semana sin falta", sent="12-09 18:15", p="12-18", chk="nw:fri", b="promise",
    note="Colombian 'consignar' = pay in; 'la otra semana' = next week, its Friday")
em("promise-to-pay", "es", """
Estimada Dana:

El pago quedó programado para el 22/12 (martes). Cualquier inquietud, a la orden.

Mauricio Londoño
""", sent="12-14 10:30", p="12-22", chk="at:12-22:tue", b="promise", who="Mauricio Londoño")

# ---- Dutch (2)
sms("promise-to-pay", "nl", "Maak het over twee weken over, dan heb ik mijn eindejaarsuitkering binnen.", sent="12-07 19:15",
    p="12-21", chk="+14", b="promise", note="'over twee weken' = +14")
em("promise-to-pay", "nl", """
Geachte mevrouw Whitfield,

Uw factuur is goedgekeurd en wordt meegenomen in de betaalrun van donderdag 17 december.

Met vriendelijke groet,
Marijke Schoonhoven
""", sent="12-11 10:05", p="12-17", chk="at:12-17:thu", b="promise", who="Marijke Schoonhoven")

# ---- Portuguese (3)
em("promise-to-pay", "pt", """
Cara Dana,

Peço imensa desculpa pelo atraso. Faço a transferência até ao dia 23, sem falta.

Conceição Amaral
""", sent="12-15 16:00", p="12-23", chk="d:23", b="promise", who="Conceição Amaral")
sms("promise-to-pay", "pt", "Dana, pago sexta sem falta, ok? 🙏", sent="12-15 08:45", p="12-18", chk="wd:fri", b="promise",
    note="'ok?' asks nothing about the bill")
sms("promise-to-pay", "pt", "vou pagar depois das festas, prometo", sent="12-16 21:00", b="promise",
    note="'depois das festas' is an undated promise")

# ============================================================ hardship (24)
# ---- English, texts (5)
sms("hardship", "en", "my truck blew a turbo outside of Tulsa and the repair is 9000 dollars I can't pay nobody right now till I'm rolling again",
    sent="12-11 12:10", b="hardship", note="voice-to-text")
sms("hardship", "en", "Sorry Dana my car is in the shop 2 weeks, I cannot drive and no money. Can I pay little by little?",
    sent="12-14 21:30", b="hardship", note="rideshare driver; asks for instalments")
sms("hardship", "en", "I've been out on medical leave since my surgery and short-term disability only pays 60%. Can we do a payment plan?",
    sent="12-08 15:15", b="hardship")
sms("hardship", "en", "sorry our truck got repoed and we cant plow without it. can my parents pay u in january",
    sent="12-16 17:20", b="hardship", note="'in january' asked out of trouble: hardship, no promise")
sms("hardship", "en", "two couples postponed to 2027 and i refunded their deposits, cash is super tight. can u give me till feb?",
    sent="12-09 11:45", b="hardship")

# ---- English, e-mails (8)
em("hardship", "en", """
Dear Dana,

I am sorry I have not written back sooner. My sister Dorothy passed away on the 20th, down in Peoria. She was 91 and she went peacefully in her sleep, which is what we all want I suppose. I was the one who had to arrange everything because her boys are out in Arizona, and the funeral home and the flowers and the luncheon after took nearly all my savings. I just don't have the money for your bill right now and I didn't want you to think I was ignoring you. I hope you can be patient with an old woman.

Mildred Pennington
""", sent="11-30 15:25", b="hardship", who=MILLIE, note="bereavement; no day")
em("hardship", "en", """
Dana,

I'm in the middle of a divorce and our joint accounts are frozen by the court until the settlement conference on January 19. I can't pay anything until then. I'm sorry - this isn't how I wanted to handle it.

Gail
""", sent="12-10 22:05", b="hardship", who="Gail Oberholtzer", note="divorce; the conference date is no promise")
em("hardship", "en", """
The furnace went out on Thanksgiving Day and the new one cost us $6,800, which was most of what we had put aside for the winter. We're on a fixed income. Could we pay you a little each month?

Harlan Tesdahl
""", sent="12-02 19:50", b="hardship", who=TESDAHL)
em("hardship", "en", """
Dana,

The big-box store opened out on Route 47 in October and our sales are down by a third. I'm paying vendors in the order I can. Can you carry this into the new year?

Vern
""", sent="12-09 07:40", b="hardship", who="Vern Halloran", note="asks for time, no day")
em("hardship", "en", """
Dear Dana,

I am sorry. My wife is in hospital since two weeks and I close the shop many days. Now I don't have money for the full bill. Can I pay in 3 parts?

Armen
""", sent="12-11 19:10", b="hardship", who="Armen Kazarian", note="second-language English; illness")
em("hardship", "en", """
Lost about 60% of my hives to mites this fall, worst year I've had in twenty. Honey sales are half what they were. I'll get you paid but it's going to be slow. Can we work something out?

Amos
""", sent="12-10 20:50", b="hardship", who="Amos Trimble", note="'I'll get you paid' with no day: hardship alone")
em("hardship", "en", """
Hi Dana,

The hospital closed my night unit as of December 1, so I'm out of work until my new position starts in February. I can't pay the invoice right now. Is a payment plan possible?

Rochelle
""", sent="12-07 03:20", b="hardship", who="Rochelle Dunnigan", st="mobile", note="job loss, written at 3 a.m.")
em("hardship", "en", """
Dear Dana,

Two of my largest clients have been slow to pay, and I am currently owed more than $11,000 myself. I'm embarrassed to ask, but could we split this into two or three instalments?

Katya
""", sent="12-14 11:30", b="hardship", who="Katya Ilyina")

# ---- French (2)
em("hardship", "fr", """
Madame,

Les affaires sont très calmes depuis la rentrée, les clients ne font plus réviser leurs montres. Je ne peux pas régler la totalité maintenant. Serait-il possible d'échelonner sur trois mois ?

Meilleures salutations,
Pascal Jaquet
""", sent="12-11 16:10", b="hardship", who="Pascal Jaquet")
sms("hardship", "fr", "Je suis au chômage depuis octobre, je n'ai pas de quoi payer pour le moment. Désolée", sent="12-09 20:30",
    b="hardship", note="job loss")

# ---- German (2)
em("hardship", "de", """
Hi Dana,

ehrlich gesagt: unsere Series-A-Runde hat sich auf Q1 verschoben und wir sind gerade im Cash-Preservation-Mode. Wir können die Rechnung erst zahlen, wenn das Funding da ist. Geht eine Ratenzahlung?

Leonie
""", sent="12-15 14:20", b="hardship", who="Leonie Brückner", note="Denglisch; waiting on funding, no day")
sms("hardship", "de", "Mei, uns is d'Kühlung ausgfalln, a ganze Ladung Fleisch is hi. I ko grad ned zahln.", sent="12-12 13:40",
    b="hardship", note="Bavarian dialect")

# ---- Spanish (3)
em("hardship", "es", """
Buenas tardes, Dana.

Le soy sincero: la cosecha se retrasó por las lluvias y el contenedor de diciembre llega en febrero. Hasta que no vendamos ese café no tenemos flujo de caja. ¿Podemos hacer un acuerdo de pago?

Mauricio
""", sent="12-10 17:25", b="hardship", who="Mauricio Londoño", note="a shipment month, no payment day")
sms("hardship", "es", "se me murió mi papá la semana pasada y estoy en santiago viendo todo. no puedo pagar ahora, disculpa",
    sent="12-11 21:10", b="hardship", note="Chilean; bereavement")
sms("hardship", "es", "me quedé sin trabajo en noviembre, no tengo para pagar. puedo darle 50 dólares al mes?", sent="12-08 20:45",
    b="hardship", note="a monthly offer with no first day")

# ---- Dutch (2)
em("hardship", "nl", """
Hoi Dana,

We zitten midden in een scheiding en de boot moet verkocht worden. Tot die verkoop rond is kan ik niets betalen, daarna wordt alles in één keer voldaan.

Jurriaan
""", sent="12-10 21:40", b="hardship", who="Jurriaan Blokhuis", note="divorce; paying after a sale is no dated promise")
sms("hardship", "nl", "Door de staking in de haven hebben we al drie weken geen inkomsten. Kan het in termijnen?", sent="12-09 12:15",
    b="hardship", note="a port strike")

# ---- Portuguese (2)
em("hardship", "pt", """
Dana,

Estou afastada do consultório desde novembro por causa de uma cirurgia na mão e ainda não sei quando volto a atender. Estou sem renda. Podemos conversar sobre um parcelamento?

Juliana
""", sent="12-09 15:40", b="hardship", who="Juliana Figueiredo", note="illness")
sms("hardship", "pt", "A oficina esteve parada um mês por causa das obras da câmara na rua. Não consigo pagar tudo agora, posso pagar em prestações?",
    sent="12-10 16:30", b="hardship", note="European Portuguese")

# ============================================================ opt-out (14)
# ---- English, texts (5)
sms("opt-out", "en", "STOP TEXTING ME ABOUT THIS. I WILL DEAL WITH IT WHEN I DEAL WITH IT.", sent="12-09 22:40", b="optout",
    note="all caps; 'I will deal with it' is no promise")
sms("opt-out", "en", "please take this number off your list this is my work phone and Im driving a truck I cant have it going off",
    sent="12-10 09:20", b="optout", note="voice-to-text; indirect")
sms("opt-out", "en", "This phone is for my rideshare passengers only. No more billing message here please", sent="12-11 18:05",
    b="optout", note="indirect")
sms("opt-out", "en", "uh this is my personal phone not the business. can u not text me here", sent="11-25 19:30",
    b="optout", note="indirect, asked as a question")
sms("opt-out", "en", "Please don't text me, I work nights and your messages wake me up. Email only please.", sent="12-10 10:10",
    b="optout", note="texts refused, e-mail allowed")

# ---- English, e-mails (3)
em("opt-out", "en", """
I have asked twice now for these to come to me and not to my 19-year-old. Stop e-mailing her. If I see one more of these in her inbox I will be filing a complaint.

Gail Oberholtzer
""", sent="12-14 21:45", b="optout", who="Gail Oberholtzer", note="a parent stops the reminders to her child")
em("opt-out", "en", """
Please remove this address from your reminder list. I prefer to receive statements by post; e-mail reminders go to a folder I don't monitor.

Katya Ilyina
""", sent="12-10 09:30", b="optout", who="Katya Ilyina", note="e-mail refused; post allowed")
em("opt-out", "en", """
We got three of these in one week. We are 81 and 79 years old and we do not need to be hounded by a computer. Take us off this list.

Harlan Tesdahl
""", sent="12-15 16:20", b="optout", who=TESDAHL, note="angry")

# ---- French (1)
em("opt-out", "fr", """
Madame,

Nous vous saurions gré de ne plus adresser de rappels automatiques à l'étude. Toute correspondance relative à ce dossier doit désormais nous parvenir par courrier recommandé.

Françoise Delvaux
""", sent="12-14 11:00", b="optout", who="Françoise Delvaux", note="e-mail refused; registered post allowed")

# ---- German (1)
sms("opt-out", "de", "Keine Erinnerungen mehr per SMS bitte. Das nervt.", sent="12-14 19:05", b="optout")

# ---- Spanish (2)
em("opt-out", "es", """
Por favor, dejen de mandar recordatorios a este correo; es el de reservas y lo ven todos los guías. Cualquier cosa de facturación, por teléfono.

Francisca
""", sent="12-10 14:50", b="optout", who="Francisca Undurraga", note="indirect; a phone call instead")
sms("opt-out", "es", "ya basta con los mensajes. no me escriban mas", sent="12-12 20:35", b="optout", note="angry")

# ---- Dutch (1)
sms("opt-out", "nl", "Graag geen sms'jes meer naar dit nummer. Het is mijn zakelijke telefoon en klanten lezen mee.",
    sent="12-09 16:20", b="optout", note="indirect")

# ---- Portuguese (1)
em("opt-out", "pt", """
Por favor, parem de mandar esses lembretes para o e-mail do consultório. Meus pacientes e a recepção têm acesso a esta caixa.

Juliana
""", sent="12-10 19:10", b="optout", who="Juliana Figueiredo", note="indirect")

# ============================================================ mixed (25)
# ---- English (13)
sms("opt-out+already-paid", "en", "PAID IT ALREADY. STOP TEXTING", sent="12-09 19:55", b="mixed", note="all caps")
em("opt-out+dispute", "en", """
I told Mike on the phone the dock lights were never part of the deal and I'm not paying for them. And I don't want any more of these computer e-mails. Have him stop by the store like a normal person.

Vern
""", sent="12-15 07:50", b="mixed", who="Vern Halloran")
em("dispute+already-paid", "en", """
Hi Dana,

I paid everything except the piano-moving line on December 4 (check 3301). That line I won't pay: your crew refused to move the piano, and I had to hire piano movers myself.

Cordelia
""", sent="12-09 19:35", b="mixed", who="Cordelia Fenwick", note="part paid, the rest contested")
em("dispute+promise-to-pay", "en", """
I'll pay everything but the gutter guards on Friday. Those guards were supposed to be the leaf-proof kind and what went up is the cheap mesh.

Amos
""", sent="12-14 18:55", p="12-18", chk="wd:fri", b="mixed", who="Amos Trimble")
sms("dispute+question", "en", "why is there a $300 cleanup fee when i swept the studio myself?? also do u guys do darkroom ventilation",
    sent="12-11 14:40", b="mixed", note="a complaint asked as a question plus an unrelated one")
em("already-paid+question", "en", """
Dear Dana,

Paid on 4 December by wire (ref KI-2026-121). Unrelated question: a neighbour in my building would like her kitchen redone in the spring. May I pass on your details, and do you work in Oak Park?

Katya
""", sent="12-10 13:30", b="mixed", who="Katya Ilyina")
em("already-paid+promise-to-pay", "en", """
Hi Dana,

I sent half ($620) on the 1st through your online portal. The other half goes out on the 18th, when my daughter's housing refund arrives.

Gail
""", sent="12-08 19:20", p="12-18", chk="d:18", b="mixed", who="Gail Oberholtzer", amt="1240.00")
em("hardship+promise-to-pay", "en", """
Dear Dana,

The eye doctor says the cataract surgery went well and I can read the newspaper again without the magnifier, which is a blessing, but then the bill came for the drops and the follow-up visits and my supplement plan didn't cover half of it. So I am a little short this month. I can send $100 on the 3rd when my Social Security comes in, and the rest a little at a time after that, if that is acceptable.

My grandson Brandon is coming home from the Navy for Christmas, first time in two years.

Millie
""", sent="12-11 11:50", p="01-03", chk="d:3", b="mixed", who=MILLIE,
   note="'the 3rd' is the next 3rd (Sun 3 Jan); money trouble with a dated first payment")
sms("hardship+promise-to-pay", "en", "lost my load and got no check this week I can do 200 on the 21st and rest in Jan",
    sent="12-10 20:25", p="12-21", chk="d:21", b="mixed", note="voice-to-text; a dated part payment")
em("hardship+question", "en", """
My husband was laid off from the plant last week, so money is very tight right now and I'd like to pay this in a few parts. Also, totally unrelated: do you do small jobs like rehanging a kitchen cabinet? Mine is pulling off the wall.

Noreen
""", sent="12-09 21:15", b="mixed", who="Noreen Gaffney")
em("promise-to-pay+question", "en", """
Payment will go out Thursday 🙏 Quick q: should I put the invoice number in the memo, or our studio name?

Leilani
""", sent="12-14 12:10", p="12-17", chk="wd:thu", b="mixed", who="Leilani Kahale")
sms("promise-to-pay+question", "en", "I pay tomorrow morning. Which name I put for zelle?", sent="12-15 21:20", p="12-16",
    chk="+1", b="mixed", note="second-language English; 'I pay tomorrow' is future")
em("opt-out+hardship", "en", """
I lost my job and I'm behind on everything. I know I owe you. But I can't take getting these texts and e-mails every few days - please stop contacting me, and I'll reach out when I'm working again.

Rochelle
""", sent="12-16 04:10", b="mixed", who="Rochelle Dunnigan", note="'I'll reach out when' is no promise")

# ---- French (3)
em("already-paid+promise-to-pay", "fr", """
Madame,

J'ai versé un acompte de 500 dollars le 4 décembre ; le solde suivra le 22.

Meilleures salutations,
Pascal Jaquet
""", sent="12-09 16:40", p="12-22", chk="d:22", b="mixed", who="Pascal Jaquet")
em("dispute+question", "fr", """
Madame,

La facture mentionne le remplacement de quatre châssis, alors que seuls trois ont été remplacés dans la salle des signatures. Par ailleurs, pourriez-vous nous faire parvenir votre attestation d'assurance RC professionnelle pour nos dossiers ?

Bien à vous,
Françoise Delvaux
""", sent="12-10 10:30", b="mixed", who="Françoise Delvaux", note="Belgian 'châssis' (window frames)")
sms("hardship+promise-to-pay", "fr", "On traverse une mauvaise passe, mon mari est malade. Je peux verser 200€ le 18 et le reste en janvier",
    sent="12-10 19:45", p="12-18", chk="d:18", b="mixed")

# ---- German (3)
em("opt-out+promise-to-pay", "de", """
I zahl des am Freitag. Und hört's auf mit dene E-Mails jeden zweiten Tag, i bin ned taub.

Alois Stiglmair
""", sent="12-15 20:30", p="12-18", chk="wd:fri", b="mixed", who="Alois Stiglmair", note="Bavarian")
em("already-paid+question", "de", """
Sehr geehrte Frau Whitfield,

die Rechnung ist am 2.12. überwiesen worden. Eine Frage hätte ich noch: Machen Sie auch Fliesenarbeiten? Unser Kühlraum bräuchte neue Fliesen.

Burgi Stiglmair
""", sent="12-08 18:45", b="mixed", who="Burgi Stiglmair")
sms("dispute+promise-to-pay", "de", "Zahlen den Betrag minus die doppelt berechneten Paneele am 17.12. 👍", sent="12-11 11:20",
    p="12-17", chk="at:12-17", b="mixed", note="Denglisch; part contested, the rest dated")

# ---- Spanish (2)
em("hardship+promise-to-pay", "es", """
Dana,

La temporada partió floja por los incendios en el parque y tuvimos muchas cancelaciones. Te puedo pagar la mitad el 15 de enero y el resto en febrero.

Francisca
""", sent="12-12 10:20", p="01-15", chk="at:2027-01-15", b="mixed", who="Francisca Undurraga")
sms("opt-out+question", "es", "no me manden mas mensajes a este numero. a que correo les escribo?", sent="12-09 18:35",
    b="mixed")

# ---- Dutch (2)
em("already-paid+hardship", "nl", """
Hoi Dana,

Op 1 december heb ik 500 euro overgemaakt, meer zat er niet in. Sinds mijn ontslag bij de gemeente leef ik van een uitkering.

Jurriaan
""", sent="12-08 20:40", b="mixed", who="Jurriaan Blokhuis", note="a part payment made; the rest waits on hardship")
em("promise-to-pay+question", "nl", """
Geachte mevrouw Whitfield,

De betaling staat gepland voor vrijdag 18 december. Kunt u bevestigen dat het rekeningnummer op de factuur nog klopt? Wij hebben twee nummers van u in ons systeem.

Met vriendelijke groet,
Marijke Schoonhoven
""", sent="12-14 09:50", p="12-18", chk="at:12-18:fri", b="mixed", who="Marijke Schoonhoven")

# ---- Portuguese (2)
em("dispute+already-paid", "pt", """
Cara Dana,

Paguei no dia 3 a parte da canalização. A parte da pintura não pago: as paredes da oficina ficaram todas manchadas.

Conceição
""", sent="12-09 12:30", b="mixed", who="Conceição Amaral")
sms("hardship+promise-to-pay", "pt", "a enchente fechou o consultório duas semanas, tô apertada. consigo pagar metade dia 20 e o resto em janeiro",
    sent="12-10 19:30", p="12-20", chk="d:20", b="mixed", note="Brazilian; a dated half payment")

FWD = {
    "billpay_sent_p9": dict(frm="Prairie Heritage Bank <billpay@prairieheritagebank.example>",
                            subj="Your Bill Pay payment has been sent", body="""
Your Bill Pay payment has been sent.

Payee:                Harbor & Pine Builders
Pay from:             Checking ...4402
Amount:               {amt}
Send on:              {pd_us}
Estimated delivery:   {arr_us}
Confirmation number:  PHB{pd_compact}7716

Questions? Call us at 1-800-555-0144.
"""),
    "virement_be_p9": dict(frm="Banque du Sillon <noreply@banquedusillon.example>",
                           subj="Confirmation de votre virement international", body="""
Madame, Monsieur,

Votre virement international a été exécuté.

Bénéficiaire :        HARBOR & PINE BUILDERS LLC
Montant :             {amt_fr}
Communication :       {inv}
Date d'exécution :    {pd_slash}
Référence :           BDS{pd_compact}2231

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
"""),
    "exterior_co_p9": dict(frm="Banco Cafetero del Valle <notificaciones@bancocafetero.example>",
                           subj="Comprobante de transferencia al exterior", body="""
COMPROBANTE DE TRANSFERENCIA AL EXTERIOR

Ordenante:          {company}
Beneficiario:       HARBOR & PINE BUILDERS LLC
Valor:              {amt} USD
Fecha:              {pd_slash}
Número de operación: BCV{pd_compact}5540
Concepto:           Pago factura {inv}

Este es un mensaje automático, por favor no responda.
"""),
    "overboeking_nl_p9": dict(frm="Grachtenbank <geen-antwoord@grachtenbank.example>",
                              subj="Je overboeking naar het buitenland is uitgevoerd", body="""
Je overboeking is uitgevoerd.

Naar:            HARBOR & PINE BUILDERS LLC
Bedrag:          {amt_eu}
Omschrijving:    {inv}
Datum:           {pd_dash}
Kenmerk:         GB{pd_compact}0917

Dit is een automatisch bericht.
"""),
}
