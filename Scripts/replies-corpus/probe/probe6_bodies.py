"""Sixth fresh probe set for collect's reply reader (written December 2026; not from the corpus,
the held-out set or the first five probe sets). Its writers are customers the earlier sets had
few of: a school district's business office, a dairy farm and a Québec farm, church and parish
treasurers, a dentist's wife who keeps the practice's books, a landlord with a few buildings, a
restaurant owner texting between services, retirees, a university department, a property
management firm, a trucking dispatcher, nonprofit volunteers, small-business owners writing in a
second language (with the grammar slips of one), and teenagers answering on a parent's phone.
About 240 replies over every kind, with 30 mixed (two kinds each: the record checks allow no
more), a third of them texts, about 55% English.

Hard cases it leans on: questions that carry complaint words ("failed", "disputed", "overage",
"Fehlersuche", "error de medición", "klopt het") without disputing; disputes asked politely as
questions; hardship that names the day of a first payment (hardship + promise); payments told only
by reference numbers or by a forwarded bank or remittance notice; a forwarded *returned-payment*
notice beside a promise to pay again; promises with "should", "hoping to", "aiming for",
"esperamos", "streven ernaar", "devrait", "deve cair"; "other" replies that mention an amount, a
meeting, a moving day or the day someone will look at the bill without promising to pay; and
automatic replies, some in a person's voice, that talk about payment terms, warrant runs and
closures.

em(...) and sms(...) take the arguments probe3_bodies.py's docstring explains (the chk rules
are checked by make_probe6.py).

Labelling follows the corpus conventions (see the docstrings of ../bodies_extra_en.py,
../bodies_extra_3.py, probe4_bodies.py and probe5_bodies.py). Beyond them, this set reads:
  - a person who relays a payer's words ("my dad says he'll drop a check off saturday", "my mom
    already paid on your website") is labelled as the payer's words would be.
  - bringing the bill to a council, vestry or board meeting on a named day is other; a person's
    letter saying the bill was approved and names the warrant or check run is a dated promise.
  - "should have it to you by", "hoping to", "aiming for", "we should be able to" with a day are
    dated promises; "next time he visits" is an undated one.
  - a reply made only of payment references (trace number, value date, amount) is already-paid.
  - a forwarded notice that a payment was *returned* is no payment; the promise to redo it is
    the label.
  - a request for a service quote or a supplier-portal registration beside a payment told is
    already-paid+question.
  - "can you give me till January" / "can you hold off" asked out of money trouble is hardship,
    not a promise.

December 2026: Tue 1, Wed 2, Thu 3, Fri 4, Sat 5, Sun 6, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11,
Sat 12, Sun 13, Mon 14, Tue 15, Wed 16, Thu 17, Fri 18, Sat 19, Sun 20, Mon 21, Tue 22, Wed 23,
Thu 24, Fri 25, Mon 28, Tue 29, Wed 30, Thu 31. November 2026: Thu 26 (Thanksgiving), Sun 29,
Mon 30. January 2027: Fri 1, Mon 4, Fri 8, Mon 11, Fri 15.
"""

import entries

ENTRIES, em, sms = entries.collector()

AP = ("Accounts Payable", "ap@{domain}")

# ============================================================ other (35)
# ---- English, texts (7)
sms("other", "en", "hi this is my moms phone, shes at work til 7. ill tell her u texted", sent="12-08 15:40", b="other",
    note="a teenager on a parent's phone; passes the message on")
sms("other", "en", "middle of dinner rush, cant even look at this til monday", sent="12-11 18:55", b="other",
    note="restaurant owner; a day beside looking, no promise")
sms("other", "en", "this is the dispatch line for Mahaffey Freight, we dont handle bills here. office is 815-555-0143 ask for Carla",
    sent="12-09 05:50", b="other", note="wrong line; gives the right contact")
sms("other", "en", "is this about the shed or the porch? nvm found it", sent="12-10 20:12", b="other",
    note="a question withdrawn in the same text")
sms("other", "en", "my husband got this text too. hes the one who deals with contractor stuff, ill make sure he sees it",
    sent="12-14 12:35", b="other", note="hand-off to a spouse; no promise")
sms("other", "en", "1,240 is what i have written down too", sent="12-09 19:20", b="other", amt="1240.00",
    note="confirms the amount; money named, nothing promised")
sms("other", "en", "calving started early, been in the barn since 3am. ill read it proper when things settle down",
    sent="12-15 06:40", b="other", note="farm; reading later is no promise")

# ---- English, e-mails (12)
em("other", "en", """
Dear Ms. Whitfield,

Thank you for your reminder. Under our congregation's bylaws, any expenditure over $500 must be approved by the church council, so I will present {inv} at the council's regular meeting on Tuesday, December 15.

Yours in Christ,
Harold
""", sent="12-08 10:20", b="other", who="Harold Ostrowski",
   note="church treasurer brings the bill to a council meeting on a named day: no promise to pay")
em("other", "en", """
Received. This invoice has been routed to the building principal for sign-off on the receiving report. The Business Office cannot process vendor invoices until the receiving report is returned to us.
""", sent="12-07 09:05", b="other", who="Business Office",
   note="school business office; an internal approval step, nothing disputed or promised")
em("other", "en", """
Hi Dana,

I've passed this along to our department's fiscal officer. The renovation was charged to Dr. Amadi's grant, and she has to approve anything billed against it. I'll let you know what she says.

Priyanka
""", sent="12-09 13:40", b="other", who="Priyanka Venkataraman", note="university department; passed on")
em("other", "en", """
Dana,

I'm down in Arizona until March like every winter. My nephew Dominic checks the mail at the Leland building and brings me anything that needs signing when he visits. His cell is (773) 555-0166 if you'd rather call him.

Stan
""", sent="12-10 14:15", b="other", who="Stanley Wojcik", note="landlord away for the winter; a new contact")
em("other", "en", """
Dear Dana,

Thank you for your note. I am 84 and I don't use the computer very much - my granddaughter set up this e-mail address for me. I keep all my bills in a folder by the telephone, and my son and I go through them together on the first of every month.

Sincerely,
Marjorie
""", sent="12-09 16:30", b="other", who="Marjorie Whitlock",
   note="retiree; going through the bills on the first is no promise to pay")
em("other", "en", """
Hi Dana - I'm Dr. Farrow's wife, I do the books for the practice. He forwarded your reminder to me. I'm going through all of the December payables this weekend and I'll get back to you if anything doesn't line up.
""", sent="12-09 20:45", b="other", who="Colette Farrow",
   note="a dentist's spouse who keeps the books; reviewing on the weekend is no promise")
em("other", "en", """
Please note that effective December 1, Halsted Gate Property Management now operates as Halsted Gate Residential LLC. Please update the payee name on future invoices. Our mailing address, phone number and tax ID are unchanged.
""", sent="12-08 11:25", b="other", who="Corinne Blaylock", note="a new company name; a date, no promise")
em("other", "en", """
Hi! I'm one of the volunteers at the pantry - I only check this inbox on Wednesdays when I come in to sort donations. I've printed your e-mail and put it in the treasurer's folder so she'll see it on Saturday.
""", sent="12-09 11:10", b="other", who="Volunteer Desk", note="a nonprofit volunteer passes it on; Saturday is no promise")
em("other", "en", """
The {amt} matches what Mike quoted us, so no surprises there. Just so you know, my wife keeps the checkbook - I'm only the one who reads the e-mail. I've left it on her desk.
""", sent="12-10 19:05", b="other", note="an amount confirmed and passed to a spouse; no promise")
em("other", "en", """
Jerome - can you move the Tuesday 6 a.m. pickup at the Joliet yard to Wednesday? Driver on the 14 truck called in sick. Thx -R
""", sent="12-07 06:15", b="other", who="Rusty Mahaffey", note="a dispatcher's message meant for someone else")
em("other", "en", """
A heads-up for your records: our department moves to the new science building over winter break. From January 4 our mailing address will be 1120 Sheridan Road, Room 210. E-mail addresses and phone numbers stay the same.
""", sent="12-14 10:50", b="other", who="Priyanka Venkataraman", note="a new address from a date; no promise")
em("other", "en", """
hi dana, wrong Ed i think. im Ed Kaminski at the bakery on Foster, not Ed Kaminski the homeowner on Carmen Ave. we get each others mail all the time, no idea how to reach him sorry
""", sent="12-11 08:20", b="other", note="the wrong person, no capitals; passes it on")

# ---- French (3)
sms("other", "fr", "c'est mon fils qui s'occupe de mes papiers maintenant, je lui fais suivre", sent="12-09 17:25",
    b="other", note="passed to a son")
em("other", "fr", """
Bonjour Dana,

Je suis au Salon de l'agriculture à Québec jusqu'au vendredi 11. Je regarde votre facture en rentrant à la ferme.

Gilles
""", sent="12-08 07:30", b="other", who="Gilles Ouellet", note="farm; a day beside looking, no promise")
em("other", "fr", """
Madame,

Nous avons bien pris connaissance de votre relance. Le dossier est transmis à l'agent comptable du collège, seul habilité à mettre les paiements en œuvre.
""", sent="12-08 10:45", b="other", who="Service Intendance",
   note="a person from a school office (no automatic wording or headers); passed on")

# ---- German (3)
sms("other", "de", "Hier ist der Enkel von Frau Pfeiffer. Oma hat kein Handy mehr, das ist jetzt meine Nummer. Ich sag ihr Bescheid",
    sent="12-10 18:45", b="other", note="a grandson with the old phone; passes it on")
em("other", "de", """
Sehr geehrte Frau Whitfield,

Ihre Rechnung liegt dem Kirchenvorstand zu seiner Sitzung am 17. Dezember vor. Über Ausgaben in dieser Höhe entscheidet das Gremium gemeinsam.

Mit freundlichen Grüßen
""", sent="12-09 10:10", b="other", who="Gemeindebüro Lindenau",
   note="church board meeting on a named day: no promise")
em("other", "de", """
Guten Tag,

Herr Professor Brandstätter ist bis Ende Januar im Forschungssemester. Ihre Nachricht habe ich an die Drittmittelverwaltung weitergeleitet, die für die Abrechnung des Projekts zuständig ist.

Freundliche Grüße
""", sent="12-10 09:35", b="other", who="Sekretariat Werkstofftechnik",
   note="a person, not an automatic reply; 'bis Ende Januar' is the professor's absence")

# ---- Spanish (3)
sms("other", "es", "perdon, este cel era de mi papa, ahora lo uso yo para la escuela. el numero de el es 708 555 0163",
    sent="12-08 16:10", b="other", note="a teenager with a parent's old phone; a new contact")
em("other", "es", """
Buenas, aquí despacho. Yo nomás asigno las rutas de los choferes; los pagos los ve la señora Ofelia en la oficina de Cicero, 708-555-0119. Ya le reenvié su correo.
""", sent="12-09 06:40", b="other", who="Rigoberto Saucedo", note="dispatcher; passed on")
em("other", "es", """
Buenas tardes. Le escribo de la parroquia. El consejo de asuntos económicos se reúne el segundo jueves del mes; voy a presentar su factura el jueves 10 y le aviso qué deciden.
""", sent="12-07 17:20", b="other", who="Eugenia Barragán", note="parish council meeting on a named day: no promise")

# ---- Dutch (3)
sms("other", "nl", "dit is de telefoon van mijn vader, hij ligt in het ziekenhuis voor zijn knie. ik zeg het als hij thuis is",
    sent="12-09 19:40", b="other", note="a child on a parent's phone; a hospital stay with no money trouble stated")
em("other", "nl", """
Goedemiddag,

Ik heb de herinnering doorgestuurd naar ons administratiekantoor in Raalte; zij doen de betalingen voor het bedrijf.

Groet,
Gerrit
""", sent="12-08 13:15", b="other", who="Gerrit Brinkhuis", note="passed to the bookkeeping office")
em("other", "nl", """
Beste Dana,

Per 1 januari beheren wij ook de panden aan de Havenstraat. Wilt u vanaf dan alle facturen voor die adressen naar facturen@{domain} sturen?

Met vriendelijke groet,
Sietske
""", sent="12-10 11:30", b="other", who="Sietske Hofstra",
   note="a new billing address from a date; the question is about future invoices")

# ---- Portuguese (4)
sms("other", "pt", "Boa noite, fala a neta da D. Albertina. A avó pediu para dizer que recebeu a mensagem.",
    sent="12-10 20:05", b="other", note="a granddaughter relays an acknowledgement")
em("other", "pt", """
Bom dia. Estamos em plena poda nas vinhas e só passo pelo escritório na segunda-feira. Nessa altura vejo a fatura com calma.
""", sent="12-10 08:15", b="other", who="Valdemar Correia", note="vineyard; a day beside looking, no promise")
em("other", "pt", """
Olá Dana, o valor de {amt} bate certo com o que tenho anotado. É o meu filho que trata dos pagamentos cá de casa; já lhe mostrei o e-mail.
""", sent="12-11 15:40", b="other", who="Albertina Simões", note="amount confirmed; passed to a son")
em("other", "pt", """
Exmos. Senhores,

Acusamos a receção do vosso e-mail. Os pagamentos do Agrupamento dependem de cabimento orçamental e de autorização superior; o processo foi remetido aos serviços competentes.

Com os melhores cumprimentos
""", sent="12-09 11:00", b="other", who="Serviços Administrativos",
   note="a school office person (no automatic wording or headers); passed on, no promise")

# ============================================================ questions (30)
# ---- English, texts (5)
sms("question", "en", "do u take amex or just visa. between lunch n dinner rn", sent="12-10 15:05", b="question",
    note="restaurant owner; payment method, no question mark")
sms("question", "en", "hi this is jaden, my dad wants to know if u take apple pay", sent="12-09 17:50", b="question",
    note="a teenager relays a parent's question")
sms("question", "en", "the bill says reinspection on it. is that bc we failed the first one? just curious",
    sent="12-11 12:45", b="question", note="'failed' without a dispute")
sms("question", "en", "Hello, I want pay by Zelle but your name not coming up. What is correct email for Zelle?",
    sent="12-08 11:30", b="question", note="second-language English; asks how to pay, no day")
sms("question", "en", "can i drop cash at the office or does it have to be check", sent="12-14 08:05", b="question",
    note="no question mark")

# ---- English, e-mails (11)
em("question", "en", """
Good morning,

Maple Grove School District 54 is exempt from Illinois sales and use tax (exemption no. E9941-2231-07). Please confirm whether tax was charged on {inv}. If it was, we will need a revised invoice without it.
""", sent="12-08 08:40", b="question", who="Business Office",
   note="a tax-exemption question; the revised invoice is conditional, nothing asserted wrong")
em("question", "en", """
Could you tell me whether this invoice falls under the blanket PO we opened in August (PO 4500087721), or does it need its own purchase order? Our procurement system will bounce it back otherwise.
""", sent="12-08 14:10", b="question", who="Priyanka Venkataraman", note="which purchase order")
em("question", "en", """
Dana,

Does Harbor & Pine accept payment from a donor-advised fund? One of our members has offered to cover the boiler repair directly, and the fund needs your legal name and EIN to issue the grant.

Harold
""", sent="12-10 11:35", b="question", who="Harold Ostrowski", note="church; a third party offers to pay, no day")
em("question", "en", """
Can you break this out by unit? Our owners' ledgers are kept per unit and I can't split {amt} across 2A, 2B and 3A without knowing the hours spent in each.
""", sent="12-09 10:25", b="question", who="Corinne Blaylock", st="outlook-quote", note="a breakdown per unit")
em("question", "en", """
Your October statement shows "disputed - on hold" next to {inv}. What does that refer to? We haven't disputed anything with you, so I want to make sure our account isn't mixed up with someone else's.
""", sent="12-07 13:20", b="question", note="'disputed' quoted from the statement and denied: a question")
em("question", "en", """
Our bookkeeper asked me to check whether the "overage" line means we went over the estimate, or whether that's just your word for extra materials. No problem either way - we just need to code it right.
""", sent="12-10 16:15", b="question", note="'overage' and 'over the estimate' without a complaint")
em("question", "en", """
Are you OK taking a check from the co-op instead of our own account? The co-op pays vendors on members' behalf for capital repairs and takes it out of our milk check.
""", sent="12-09 12:50", b="question", who="Loretta Vandermeer", note="farm; who may pay, no day")
em("question", "en", """
Do you send me a 1099 or is that my job? I paid you for work on three different buildings this year and my accountant is asking who files it.
""", sent="12-14 18:25", b="question", who="Stanley Wojcik",
   note="'I paid you' is about the year's jobs, not this invoice")
em("question", "en", """
Dear Dana,

I'm sorry to be a bother, but could you mail me a paper copy of the bill? I can't print from this tablet and I like to keep the paper in my file. The address is the same as the house you worked on.

Thank you kindly,
Marjorie
""", sent="12-08 15:10", b="question", who="Marjorie Whitlock", st="html", note="retiree asks for a paper copy")
em("question", "en", """
Before our lender releases the final construction draw, they need a conditional lien waiver from you for this invoice. Can you send one on your letterhead, made out to {company}?
""", sent="12-11 10:05", b="question", note="a lien waiver; 'before our lender releases' is no promise")
em("question", "en", """
Which building is this for, the dispatch office or the truck wash bay? Both had work done in November and the invoice only says "service call - yard". I need to charge it to the right cost center.
""", sent="12-10 07:45", b="question", who="Rusty Mahaffey", note="which job")

# ---- French (3)
sms("question", "fr", "vous prenez Interac ou juste les chèques", sent="12-09 19:15", b="question",
    note="Québec; payment method, no question mark")
em("question", "fr", """
Bonjour,

Pourriez-vous établir la facture au nom de la SCI Les Ormeaux plutôt qu'à mon nom personnel ? Ce n'est pas une erreur de votre part, c'est notre comptable qui le préférerait pour la déclaration.

Cordialement
""", sent="12-10 14:35", b="question", note="asks for another name on the invoice and says it is no error")
em("question", "fr", """
Madame,

Afin de procéder au mandatement, l'agent comptable nous demande un relevé d'identité bancaire au format IBAN ou, à défaut, les coordonnées ABA et SWIFT de votre banque. Pourriez-vous nous les transmettre ?
""", sent="12-09 09:50", b="question", who="Service Intendance", st="outlook-de-quote", note="bank details")

# ---- German (3)
sms("question", "de", "Geht auch PayPal? Hab kein Online-Banking", sent="12-10 11:20", b="question",
    note="retiree; payment method")
em("question", "de", """
Guten Tag Frau Whitfield,

für die Nebenkostenabrechnung brauchen wir den Lohnkostenanteil der Rechnung gesondert ausgewiesen (§ 35a EStG). Könnten Sie uns eine entsprechende Aufstellung schicken?

Mit freundlichen Grüßen
B. Langhans
""", sent="12-08 11:05", b="question", who="Birgit Langhans", note="property management; a breakdown of labour")
em("question", "de", """
Hallo,

in der Rechnung steht „Fehlersuche Elektrik, 2 Std.“ – war das der Tag, an dem der FI-Schalter ständig rausgeflogen ist? Ich frage nur für unsere Unterlagen.
""", sent="12-11 16:50", b="question", note="'Fehlersuche' (fault-finding) without a complaint")

# ---- Spanish (3)
sms("question", "es", "me pasa el numero de factura porfa, el banco me lo pide para hacer el deposito", sent="12-09 12:20",
    b="question", note="asks for the invoice number; paying words only asked about")
em("question", "es", """
Buenas tardes. ¿Nos pueden mandar su formulario W-9? La diócesis no nos deja pagar a ningún proveedor sin tenerlo en el archivo.
""", sent="12-08 16:05", b="question", who="Eugenia Barragán",
   note="a form asked for; 'no nos deja pagar' is paperwork, not hardship")
em("question", "es", """
Hola, en el recibo aparece "ajuste por error de medición". ¿Eso es a favor nuestro o en contra? No entiendo bien el saldo.
""", sent="12-10 13:25", b="question", note="'error' in the invoice's own words; asks which way it goes")

# ---- Dutch (3)
sms("question", "nl", "kan het ook contant als de monteur weer langskomt", sent="12-10 08:45", b="question",
    note="payment method; no question mark")
em("question", "nl", """
Goedemiddag,

Wij zijn een ANBI-instelling. Kunt u aangeven of er btw op deze factuur is berekend? Zo ja, dan moeten wij dat apart verantwoorden.

Met vriendelijke groet,
""", sent="12-09 14:20", b="question", who="Team Kerkrentmeesters", note="church; a tax question")
em("question", "nl", """
Klopt het dat de voorrijkosten hier al in zitten? Ik vraag het alleen omdat de vorige factuur die apart vermeldde.
""", sent="12-14 09:30", b="question", note="'klopt het' asks, asserts no error")

# ---- Portuguese (2)
sms("question", "pt", "qual o nome que aparece na transferência? pra eu conferir antes de mandar", sent="12-10 10:40",
    b="question", note="Brazilian; 'antes de mandar' is no promise")
em("question", "pt", """
Bom dia. A fatura vem em dólares; podem indicar o valor em euros que devemos considerar, ou é o banco que faz a conversão à data da transferência?
""", sent="12-09 10:20", b="question", who="Valdemar Correia", note="currency question")

# ============================================================ auto-replies (30)
# ---- English, e-mails (12)
em("auto-reply", "en", """
Thank you for contacting the Maple Grove School District 54 Business Office. The district is closed for winter recess from December 21, 2026 through January 1, 2027.

Accounts payable checks are issued on the Friday following each regular Board of Education meeting. The next regular meeting is Monday, January 11, 2027.

This is an automated response.
""", sent="12-21 08:05", b="auto", ah=True, who="Business Office", subj="Automatic reply: {s}",
   note="closure and a check-issue schedule in an automatic reply are no promise")
em("auto-reply", "en", """
This is an automated response from Lakeshore University Accounts Payable Services.

Invoices must reference a valid university purchase order number and be submitted through the supplier portal. Invoices without a PO will be returned to the vendor. Standard payment terms are net 45 from receipt of a correct invoice.

Please do not reply to this message.
""", sent="12-08 09:15", b="auto", ah=False, frm=("Accounts Payable Services", "apservices@{domain}"),
   who="Priyanka Venkataraman", subj="Auto: {s}", note="no headers; payment terms and 'returned' in an automatic reply")
em("auto-reply", "en", """
Hi, I'm at my daughter's in Tucson until January 6 and only looking at e-mail now and then. If it's about the Leland building, call Dominic at (773) 555-0166.

Stan
""", sent="12-16 09:30", b="auto", ah=False, who="Stanley Wojcik", subj="Re: {s}",
   note="no headers, Re: subject, written like a person; the return day is no promise")
em("auto-reply", "en", """
The parish office is closed Thursday, December 24 through Monday, December 28 for the Christmas holiday. Messages will be returned beginning Tuesday, December 29.

Merry Christmas!
""", sent="12-24 08:10", b="auto", ah=True, who="Harold Ostrowski", subj="Office closed: {s}", note="holiday closure")
em("auto-reply", "en", """
Ticket #PM-118204

We've received your message. A member of our resident accounts team will respond within 2 business days. Please do not reply to this e-mail; replies to this address are not monitored.
""", sent="12-09 08:20", b="auto", ah=True, frm=("Resident Accounts", "noreply@{domain}"), who="Corinne Blaylock",
   subj="[Ticket #PM-118204] {s}", note="property management helpdesk ticket")
em("auto-reply", "en", """
Thank you for e-mailing Farrow Family Dental! This inbox is not monitored for appointment requests. To schedule, please call (847) 555-0163 during office hours, Monday through Thursday 7:30 a.m. - 4:00 p.m. For billing questions, ask for Colette.
""", sent="12-10 08:45", b="auto", ah=True, who="Colette Farrow", subj="Thank you for contacting Farrow Family Dental",
   note="a dental office's standing auto-reply")
em("auto-reply", "en", """
AUTO-REPLY: This mailbox is monitored for load tenders and driver check calls only. Vendor invoices and statements must be sent to ap@{domain}. Vendor payments are released net 60 on Thursdays.
""", sent="12-08 07:35", b="auto", ah=False, who="Rusty Mahaffey", subj="RE: {s}",
   note="no headers; a dispatch mailbox; net 60 and a payment weekday are no promise")
em("auto-reply", "en", """
Thanks for your email - I'm out of the office until Monday, December 14 with limited access to e-mail. Just a heads-up that vendor payments already scheduled for this week will still go out on Friday as usual.

Corinne
""", sent="12-09 10:05", b="auto", ah=True, who="Corinne Blaylock", subj="Out of Office: {s}",
   note="an out-of-office that says scheduled payments go out Friday: still automatic, no promise")
em("auto-reply", "en", """
Your inquiry regarding payment status has been received (reference 55120). Payment status requests are answered in the order received. Please allow up to 5 business days.
""", sent="12-10 09:25", b="auto", ah=True, frm=AP, subj="Payment status inquiry received: {s}",
   note="'payment ... received' is about the inquiry")
em("auto-reply", "en", """
Closed for the holidays Thursday, December 24 through Sunday, January 3. Orders placed now will ship the week of January 4. Happy holidays from all of us at Goldfarb Jewelers!
""", sent="12-23 09:10", b="auto", ah=True, who="Ezra Goldfarb", subj="Holiday hours - {s}",
   note="closure dates and a shipping week, no promise")
em("auto-reply", "en", """
Your message to volunteers@westsidepantry.example has been held for review by the group's moderators. You will receive another message when it has been approved or rejected.
""", sent="12-08 09:50", b="auto", ah=True, who="Volunteer Desk", frm=("Westside Pantry Volunteers", "volunteers+owners@westsidepantry.example"),
   subj="Your message is awaiting moderator approval", note="a mailing list's moderation notice")
em("auto-reply", "en", """
OUT OF OFFICE UNTIL 12/28. FOR ANYTHING URGENT CALL THE SHOP.
""", sent="12-18 08:30", b="auto", ah=False, subj="Out of Office", note="no headers, all caps")

# ---- English, texts (3)
sms("auto-reply", "en", "Thanks for texting Papadakis Taverna! We're open Tue-Sun 11am-10pm. For reservations reply R or call 312-555-0155.",
    sent="12-14 16:20", b="auto", note="restaurant auto-text with a reply keyword")
sms("auto-reply", "en", "Sleep Focus is on. I'll see your message in the morning. Reply URGENT to notify me anyway.",
    sent="12-07 22:40", b="auto", note="phone focus auto-text")
sms("auto-reply", "en", "AUTOMATED: Unit 22 driver is on duty and cannot read texts while driving. Your message will be delivered at the next stop.",
    sent="12-10 13:55", b="auto", note="trucking auto-text")

# ---- French (3)
em("auto-reply", "fr", """
Bonjour,

La ferme est fermée pour la période des Fêtes du 24 décembre au 4 janvier. Les paiements aux fournisseurs reprendront la semaine du 11 janvier.

Joyeuses Fêtes!
""", sent="12-24 08:20", b="auto", ah=True, who="Gilles Ouellet", subj="Réponse automatique : {s}",
   note="a payment restart week in an automatic reply is no promise")
em("auto-reply", "fr", """
Ceci est une réponse automatique. Le service d'intendance est fermé pendant les vacances scolaires, du 19 décembre au 4 janvier inclus. Les mandats émis avant la fermeture seront traités par l'agence comptable à la rentrée.
""", sent="12-21 09:00", b="auto", ah=False, who="Service Intendance", subj="Absence : {s}",
   note="no headers; payment orders in an automatic reply")
em("auto-reply", "fr", """
Bonjour ! Je suis au Sénégal pour les fêtes avec un accès très limité à Internet. Je reviens le 6 janvier. Pour un rendez-vous au salon, appelez directement le 01 48 55 01 90.

Fatou
""", sent="12-18 10:15", b="auto", ah=False, who="Fatou Diallo", subj="Re: {s}",
   note="no headers, Re: subject, in a person's voice")

# ---- German (3)
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht. Unser Hof ist bis einschließlich 7. Jänner im Betriebsurlaub. Rechnungen werden nach unserer Rückkehr in der Reihenfolge des Eingangs bearbeitet.
""", sent="12-22 08:40", b="auto", ah=True, who="Reinhold Aigner", subj="Abwesenheit: {s}", note="Austrian 'Jänner'")
em("auto-reply", "de", """
Dies ist eine automatisch generierte Nachricht. Rechnungen an die Universität sind ausschließlich über das Rechnungseingangsportal einzureichen. Zahlungen erfolgen innerhalb von 30 Tagen nach sachlicher und rechnerischer Prüfung.
""", sent="12-09 09:40", b="auto", ah=True, who="Sekretariat Werkstofftechnik",
   frm=("Rechnungseingang", "rechnungseingang@{domain}"), subj="Eingangsbestätigung: {s}",
   note="payment terms in an automatic reply")
em("auto-reply", "de", """
Hallo, ich bin bis zum 4. Januar nicht im Büro und lese meine Mails nur gelegentlich. Bei dringenden Rechnungsfragen wenden Sie sich bitte an Frau Albers, albers@{domain}.
""", sent="12-17 09:20", b="auto", ah=False, subj="Nicht im Büro: {s}", note="no headers; a return day")

# ---- Spanish (3)
sms("auto-reply", "es", "Mensaje automático de Restaurante Quintanilla: estamos en servicio, le respondemos después de las 10 pm. Para reservaciones llame al 773-555-0148.",
    sent="12-11 19:30", b="auto", note="restaurant auto-text")
em("auto-reply", "es", """
Le informamos de que el colegio permanecerá cerrado del 23 de diciembre al 7 de enero. Las facturas recibidas durante este periodo se tramitarán a partir del 8 de enero, conforme a los plazos de pago habituales (60 días).

Este mensaje se ha generado automáticamente.
""", sent="12-23 08:15", b="auto", ah=True, who="Departamento de Tesorería", subj="Respuesta automática: {s}",
   note="payment terms and dates in an automatic reply")
em("auto-reply", "es", """
¡Hola! Ando de viaje en Guadalajara visitando a la familia hasta el 3 de enero. Si es algo urgente, mándeme WhatsApp al (773) 555-0132. Que Dios los bendiga.
""", sent="12-19 10:40", b="auto", ah=False, who="Aurelio Bustamante", subj="RE: {s}",
   note="no headers, RE: subject, a retiree's voice")

# ---- Dutch (3)
em("auto-reply", "nl", """
Dit is een automatisch antwoord. We zitten midden in de verbouwing van de stal en lezen de mail alleen 's avonds. Betalingen aan leveranciers gaan altijd op de laatste vrijdag van de maand de deur uit.
""", sent="12-09 08:25", b="auto", ah=False, who="Gerrit Brinkhuis", subj="Re: {s}",
   note="no headers; a payment day in an automatic reply is no promise")
em("auto-reply", "nl", """
Dank voor uw bericht aan het kerkelijk bureau. Het bureau is tijdens de kerstperiode gesloten van 24 december tot en met 3 januari. Uw e-mail wordt na de feestdagen in behandeling genomen.
""", sent="12-24 09:05", b="auto", ah=True, who="Team Kerkrentmeesters", subj="Automatisch antwoord: {s}",
   note="church office closure")
sms("auto-reply", "nl", "Automatisch bericht: Hofstra Vastgoedbeheer is telefonisch bereikbaar op werkdagen van 9 tot 17 uur. Voor storingen belt u 088 555 0140.",
    sent="12-12 10:10", b="auto", note="business auto-text on a Saturday")

# ---- Portuguese (3)
em("auto-reply", "pt", """
Obrigado pelo seu contacto. A Quinta encontra-se encerrada para férias de 21 de dezembro a 4 de janeiro. Os pagamentos a fornecedores serão processados na primeira semana de janeiro.
""", sent="12-21 09:30", b="auto", ah=True, who="Valdemar Correia", subj="Resposta automática: {s}",
   note="a payment week in an automatic reply is no promise")
em("auto-reply", "pt", """
Esta é uma resposta automática. Recebemos sua mensagem e ela será encaminhada ao setor responsável. Prazo de resposta: até 3 dias úteis. Por favor, não responda a este e-mail.
""", sent="12-10 10:00", b="auto", ah=False, frm=("Atendimento", "atendimento@{domain}"), who="Rosângela Batista",
   subj="Recebemos sua mensagem: {s}", note="no headers; Brazilian helpdesk")
sms("auto-reply", "pt", "Mensagem automática da Pizzaria Fagundes: estamos fechados às segundas. Pedidos pelo (508) 555-0171 de terça a domingo.",
    sent="12-14 12:05", b="auto", note="restaurant auto-text")

# ============================================================ disputes (25)
# ---- English, texts (5)
sms("dispute", "en", "ur guy left the walk in cooler door hanging off the hinge n we lost 2 cases of product overnight. not paying til we talk about that",
    sent="12-09 14:50", b="dispute", note="restaurant; damage caused")
sms("dispute", "en", "new barn door track is already bent and the door wont close. not paying for a door that dont close",
    sent="12-10 17:35", b="dispute", note="farm; faulty work")
sms("dispute", "en", "tenant let u in for the leak. nobody told u to put in a whole new vanity. i didnt authorize that",
    sent="12-08 19:05", b="dispute", note="landlord; unauthorized work")
sms("dispute", "en", "Sir this price is not what we agree. We agree 800 dollar, you send me 1,150. Please fix",
    sent="12-11 09:40", b="dispute", note="second-language English; price differs from the agreed one")
sms("dispute", "en", "hey could u double check the hours? my ring cam has ur guy pulling up at 10 and leaving at 1 both days",
    sent="12-14 20:30", b="dispute", note="a dispute asked politely as a question, with evidence")

# ---- English, e-mails (9)
em("dispute", "en", """
Good afternoon,

The Business Office is unable to process {inv}. The quote approved by the Board of Education (Q-2026-114) was for $6,200.00 for the gymnasium door replacement. The invoice reflects $7,480.00, and no change order was approved.

Under Board Policy 4:60, payment may not exceed the approved amount without Board action. Please submit a corrected invoice or documentation of an approved change order.
""", sent="12-09 13:30", b="dispute", who="Business Office", st="multipart",
   note="formal; amount over the approved quote")
em("dispute", "en", """
Could you help me understand why the invoice includes after-hours labor? Our work order specified that the lab renovation was to be done during normal hours, and the building access logs show your crew badging out by 4:30 every day.
""", sent="12-10 15:45", b="dispute", who="Priyanka Venkataraman",
   note="a dispute phrased politely as a question, with evidence")
em("dispute", "en", """
Dear Dana,

I'm afraid I can't approve this as billed. The estimate our Property Committee accepted was to re-point the chimney on the rectory. The invoice also lists "flashing replacement - sanctuary," which nobody asked for and which, as far as our sexton can tell, was never done.

Harold
""", sent="12-11 10:40", b="dispute", who="Harold Ostrowski", note="church; work not ordered and not done")
em("dispute", "en", """
This invoice lists work at 5512 N. Winthrop, unit 3F. We manage units 1F through 2R at that address only; 3F belongs to a separate owner and is not under our management agreement. Please bill the unit owner directly.
""", sent="12-08 16:20", b="dispute", who="Corinne Blaylock", note="billed to the wrong party")
em("dispute", "en", """
Dana, I'm sitting here with your estimate next to the invoice. The estimate says "patch and paint two operatories." The invoice says three operatories plus the hallway. Mark is certain it was two - he was the one who had to reschedule patients around it. Please send a corrected invoice.
""", sent="12-09 21:10", b="dispute", who="Colette Farrow", note="a dentist's spouse; billed for more rooms")
em("dispute", "en", """
I hope you won't mind my asking, but wasn't the furnace filter supposed to be included with the annual service? The young man told me it was part of the plan, and now I see it on the bill for $48.
""", sent="12-07 14:25", b="dispute", who="Marjorie Whitlock", st="apple-quote",
   note="retiree; a dispute asked politely as a question")
em("dispute", "en", """
Your crew knocked over the bollard by our fuel island backing the dumpster out on the 2nd. We have it on camera. Until that's squared away this invoice is on hold.
""", sent="12-07 07:10", b="dispute", who="Rusty Mahaffey", note="damage caused; 'on hold' over it")
em("dispute", "en", """
We're a small all-volunteer rescue and we were very clear that the kennel fence had to come in under $3,000 - Mike agreed to that on site. This bill is $3,840. We can't accept the difference.
""", sent="12-10 18:50", b="dispute", who="Judith Ashworth",
   note="price over what was agreed; 'can't accept' is no hardship")
em("dispute", "en", """
Love that "final site cleanup" is $275. Final site cleanup was my husband and me dragging your scrap drywall to the curb on Sunday.
""", sent="12-08 20:35", b="dispute", note="sarcasm; billed for work the customer did")

# ---- French (2)
sms("dispute", "fr", "les joints de la douche sont déjà noirs et ça coule dans le sous-sol. je paie pas tant que c'est pas refait", sent="12-09 21:05",
    b="dispute", note="faulty work; conditional")
em("dispute", "fr", """
Bonjour,

La soumission signée prévoyait un bardage en pruche. Vous avez posé de l'épinette et facturé le prix de la pruche. Je veux une facture corrigée.

Gilles
""", sent="12-10 08:05", b="dispute", who="Gilles Ouellet", note="Québec; a cheaper material billed at the dearer price")

# ---- German (2)
em("dispute", "de", """
Sehr geehrte Frau Whitfield,

die Arbeiten an der Dachrinne wurden nicht von uns, sondern direkt vom Mieter beauftragt. Eine Kostenübernahme durch die Hausverwaltung ist ausgeschlossen. Bitte stellen Sie die Rechnung an den Auftraggeber.

Mit freundlichen Grüßen
B. Langhans
""", sent="12-09 10:50", b="dispute", who="Birgit Langhans", note="billed to the wrong party")
sms("dispute", "de", "Hallo, das ist nicht richtig Preis. Sie haben gesagt 600 mit Material, jetzt kommt Rechnung 850. So nicht.",
    sent="12-10 20:40", b="dispute", note="second-language German; price differs from the agreed one")

# ---- Spanish (3)
sms("dispute", "es", "oiga me cobraron la visita del sabado y nadie vino, estuve esperando toda la mañana", sent="12-08 13:15",
    b="dispute", note="billed for a visit that never happened")
em("dispute", "es", """
Buenas tardes. ¿Me podría explicar por qué aparece el cambio de toda la tubería? Su técnico nos dijo que solo había que cambiar una válvula, y eso fue lo único que aceptamos.
""", sent="12-09 18:20", b="dispute", note="a dispute phrased politely as a question")
em("dispute", "es", """
Estimados señores:

La factura incluye el desplazamiento de dos operarios, cuando el pedido aprobado por la dirección del colegio contemplaba uno solo. Les rogamos que emitan una factura rectificativa.

Atentamente,
""", sent="12-10 10:25", b="dispute", who="Departamento de Tesorería", note="formal; more workers billed than ordered")

# ---- Dutch (2)
em("dispute", "nl", """
De schuifpui klemt sinds de montage en de onderdorpel is nooit afgekit. Ik wil eerst dat het werk wordt afgemaakt voordat ik deze factuur betaal.
""", sent="12-08 19:30", b="dispute", note="unfinished work; conditional")
sms("dispute", "nl", "volgens mij is het dak van de consistorie nooit gedaan, alleen de goot. staat er wel op", sent="12-11 11:05",
    b="dispute", note="church; billed for work not done")

# ---- Portuguese (2)
em("dispute", "pt", """
Boa tarde. Cobraram a troca de 4 luminárias no galpão, mas só trocaram 2 e as outras duas continuam queimadas. Aguardo a correção da nota.
""", sent="12-09 15:25", b="dispute", who="Rosângela Batista", note="Brazilian; billed for more than was done")
sms("dispute", "pt", "isso nao foi o combinado. o orçamento era 1200 com material incluido", sent="12-10 19:50",
    b="dispute", note="no accents; price differs")

# ============================================================ already paid (25)
# ---- English, texts (5)
sms("already-paid", "en", "paid it sat night after close, venmod the business acct. check ur app", sent="12-14 11:10",
    b="paid", note="restaurant; 'sat night' is past (sent Monday)")
sms("already-paid", "en", "my mom says she already paid this on ur website last week, she has the email receipt",
    sent="12-09 16:20", b="paid", note="a teenager relays a payment made")
sms("already-paid", "en", "ACH TRC 021000021-3384712 12/04", sent="12-08 10:35", b="paid",
    note="only a trace number and a past date")
sms("already-paid", "en", "left a check in ur guys truck when they were here tuesday. ck 4471 off the farm acct",
    sent="12-10 18:15", b="paid", note="farm; 'tuesday' is past (sent Thursday)")
sms("already-paid", "en", "I am already pay, last Friday in your office, cash. Your lady give me paper", sent="12-08 09:55",
    b="paid", note="second-language English; 'last Friday' is past")

# ---- English, e-mails (9)
em("already-paid", "en", """
Ref: WIRE OUT 20261203-00418877
Beneficiary: HARBOR & PINE BUILDERS LLC
Amount: {amt}
Value date: 03 DEC 2026
""", sent="12-07 10:05", b="paid", note="only payment references: a wire already sent")
em("already-paid", "en", """
See remittance advice below.
""", sent="12-08 08:55", b="paid", who="Business Office", fwd="district_ach_p6", pd="12-04",
   note="a forwarded ACH remittance advice")
em("already-paid", "en", """
This is what my credit union sent me - looks like you folks cashed it last Thursday?
""", sent="12-07 19:40", b="paid", fwd="check_cleared_p6", pd="12-03",
   note="a forwarded check-cleared notice; the question only checks the payment")
em("already-paid", "en", """
Dear Ms. Whitfield,

Our financial secretary mailed check no. 10277 from the building fund on November 30, addressed to your Clybourn Avenue office. It has not yet cleared our account, so it may still be in the mail.

Harold
""", sent="12-08 11:50", b="paid", who="Harold Ostrowski", note="a mailed check not yet cleared is still a payment made")
em("already-paid", "en", """
Payment for this invoice was issued by University Accounts Payable on December 2 by ACH, payment number 0004471123. The remittance advice went to the e-mail address on your vendor record, which may be an old one.
""", sent="12-09 09:20", b="paid", who="Priyanka Venkataraman")
em("already-paid", "en", """
This was paid through our vendor payment platform on 11/27, eCheck batch 7719. If it hasn't posted, please check that the bank account on your vendor profile is current.
""", sent="12-07 15:35", b="paid", who="Corinne Blaylock", st="outlook-quote",
   note="'please check' is no question")
em("already-paid", "en", """
Dana - I paid this together with the other two invoices in one check, $3,415.25 total, check 2288. Maybe it got applied to just one of them?

Stan
""", sent="12-10 12:10", b="paid", who="Stanley Wojcik", note="one check for three invoices; misapplied")
em("already-paid", "en", """
Hi, this one is on the practice's autopay through your online portal - our bank shows it drafted on the 1st. Maybe it posted after your reminder went out?
""", sent="12-03 13:05", b="paid", who="Colette Farrow", note="autopay drafted; the question only checks the payment")
em("already-paid", "en", """
I put the check in the mail myself on the Monday after Thanksgiving, and my bank statement shows it was cashed. I have the carbon copy right here if you need the number.
""", sent="12-11 14:30", b="paid", who="Marjorie Whitlock", st="html", note="retiree; the offer is no question")

# ---- French (2)
sms("already-paid", "fr", "virement Interac envoyé hier soir à votre adresse courriel, la réponse c'est chantier",
    sent="12-09 08:25", b="paid", note="Québec e-transfer with its security answer")
em("already-paid", "fr", """
Bonjour,

Paiement effectué.
Réf. virement : 2026120400187
Date de valeur : 04/12/2026
""", sent="12-08 09:10", b="paid", note="told by a reference and a value date")

# ---- German (3)
em("already-paid", "de", """
Siehe unten.
""", sent="12-07 09:45", b="paid", who="Reinhold Aigner", fwd="raiffeisen_p6", pd="12-03",
   note="a forwarded bank confirmation with two words")
sms("already-paid", "de", "Hab ich am 30.11. überwiesen, Beleg kann ich gern schicken", sent="12-08 19:10", b="paid",
    note="day-first date")
em("already-paid", "de", """
Sehr geehrte Damen und Herren,

die Rechnung wurde von der Universitätskasse am 01.12.2026 angewiesen (Buchungsnummer 2026-0448172). Bitte prüfen Sie Ihren Zahlungseingang.

Mit freundlichen Grüßen
""", sent="12-09 11:15", b="paid", who="Sekretariat Werkstofftechnik", note="university cashier's office paid")

# ---- Spanish (2)
sms("already-paid", "es", "ya quedo pagado, deposite en el oxxo el viernes y tengo el ticket", sent="12-07 18:40",
    b="paid", note="'el viernes' is past (sent Monday)")
em("already-paid", "es", """
Buenas tardes. El cheque número 3318 de la parroquia se lo entregamos a Mike en la mano el domingo 29 de noviembre, después de misa.
""", sent="12-08 17:05", b="paid", who="Eugenia Barragán", note="a check handed over")

# ---- Dutch (2)
em("already-paid", "nl", """
Zie onderstaande bevestiging van de bank.
""", sent="12-08 10:40", b="paid", who="Gerrit Brinkhuis", fwd="overboeking_p6", pd="12-04",
   note="a forwarded Dutch bank confirmation")
sms("already-paid", "nl", "staat al lang op jullie rekening, 2 december overgemaakt", sent="12-10 13:20", b="paid")

# ---- Portuguese (2)
em("already-paid", "pt", """
Segue o comprovante da remessa.
""", sent="12-09 14:05", b="paid", who="Rosângela Batista", fwd="remessa_p6", pd="12-04",
   note="a forwarded international transfer receipt")
sms("already-paid", "pt", "já está pago desde dia 3, transferência do Millennium", sent="12-09 21:15", b="paid")

# ============================================================ promises (25: 22 dated, 3 with no day)
# ---- English, texts (5)
sms("promise-to-pay", "en", "slammed w lunch. ill send it tmrw morning before prep", sent="12-09 12:40", p="12-10",
    chk="+1", b="promise", note="restaurant owner between services")
sms("promise-to-pay", "en", "should have it to u by the 18th", sent="12-09 20:05", p="12-18", chk="d:18", b="promise",
    note="'should' with a day")
sms("promise-to-pay", "en", "my dad says hell drop a check off saturday", sent="12-09 16:45", p="12-12", chk="wd:sat",
    b="promise", note="a teenager relays a parent's promise")
sms("promise-to-pay", "en", "milk check comes the 20th, ill pay u out of that", sent="12-11 05:30", p="12-20", chk="d:20",
    b="promise", note="farm; paid and pays the same day (a Sunday)")
sms("promise-to-pay", "en", "Sorry for late. I pay Monday for sure, my customer pay me Friday", sent="12-09 10:15",
    p="12-14", chk="wd:mon", b="promise", note="second-language English; the day paid gives way to the day paying")

# ---- English, e-mails (8)
em("promise-to-pay", "en", """
We're hoping to get this paid on Friday the 18th, once the holiday catering deposits come in.
""", sent="12-10 15:20", p="12-18", chk="at:12-18:fri", b="promise", who="Dimitri Papadakis",
   note="'hoping to' with a day")
em("promise-to-pay", "en", """
Good news - the requisition was approved this morning. AP tells me they're aiming for the December 22 check run for this one.
""", sent="12-14 11:45", p="12-22", chk="at:12-22", b="promise", who="Priyanka Venkataraman",
   note="'aiming for' a named check run")
em("promise-to-pay", "en", """
Good morning,

The Board of Education approved {inv} on the bills list at its meeting last night. Warrants will be mailed on Wednesday, December 16.
""", sent="12-15 08:30", p="12-16", chk="at:12-16:wed", b="promise", who="Business Office",
   note="approved; a person names the warrant mailing day")
em("promise-to-pay", "en", """
Looks like my payment bounced - the bank's e-mail is below. I've moved money over from savings and I'll redo it on Friday.
""", sent="12-08 18:35", p="12-11", chk="wd:fri", b="promise", fwd="returned_p6", pd="12-07",
   note="a forwarded returned-payment notice is no payment; the promise to redo it is")
em("promise-to-pay", "en", """
The council approved payment at last night's meeting. I'll write the check Thursday and put it in the mail on my way home.

Harold
""", sent="12-16 09:15", p="12-17", chk="wd:thu", b="promise", who="Harold Ostrowski",
   note="church treasurer after the council meeting")
em("promise-to-pay", "en", """
Rent from my tenants comes in on the 1st, so I should be able to pay you on Monday the 4th.
""", sent="12-15 19:30", p="01-04", chk="at:2027-01-04:mon", b="promise", who="Stanley Wojcik",
   note="landlord; the rent day is not the promise")
em("promise-to-pay", "en", """
Oh dear, I was sure I had paid this one. I'll have my son take me to the bank the next time he visits.
""", sent="12-10 11:05", b="promise", who="Marjorie Whitlock", note="'next time he visits' = undated promise")
em("promise-to-pay", "en", """
I do our payables every other Friday, and this one will go out with the next batch on the 18th.
""", sent="12-10 21:20", p="12-18", chk="d:18", b="promise", who="Colette Farrow", st="mobile")

# ---- French (3)
sms("promise-to-pay", "fr", "je vous envoie un virement Interac jeudi soir", sent="12-14 18:30", p="12-17", chk="wd:thu",
    b="promise", note="Québec")
em("promise-to-pay", "fr", """
Bonjour,

Le chèque de la Financière agricole devrait entrer cette semaine. Je compte vous payer vendredi le 11 au plus tard.

Gilles
""", sent="12-08 07:50", p="12-11", chk="at:12-11:fri", b="promise", who="Gilles Ouellet",
   note="Québec word order 'vendredi le 11'; 'devrait' is about the grant, the promise is dated")
em("promise-to-pay", "fr", """
Je m'en occupe dès que notre comptable revient de congé, promis.
""", sent="12-09 12:30", b="promise", note="conditional on a return with no day: undated promise")

# ---- German (2)
em("promise-to-pay", "de", """
Guten Tag,

die Zahlung ist für die erste Januarwoche vorgesehen, sobald das neue Haushaltsjahr freigegeben ist.

Mit freundlichen Grüßen
""", sent="12-11 10:30", p="01-08", chk="at:2027-01-08:fri", b="promise", who="Sekretariat Werkstofftechnik",
   note="'erste Januarwoche' taken as Jan 4-8, end of range (corpus convention)")
sms("promise-to-pay", "de", "Mach die Überweisung morgen früh vor der Arbeit", sent="12-15 21:10", p="12-16", chk="+1", b="promise")

# ---- Spanish (3)
sms("promise-to-pay", "es", "el viernes 11 paso a su oficina a pagarle en efectivo", sent="12-08 19:25", p="12-11",
    chk="at:12-11:fri", b="promise")
em("promise-to-pay", "es", """
Buenas tardes. El consejo aprobó el pago. La tesorera firma el cheque el domingo 13 después de misa y se lo mandamos por correo el lunes 14.
""", sent="12-10 16:40", p="12-14", chk="at:12-14:mon", b="promise", who="Eugenia Barragán",
   note="signed Sunday, mailed Monday: the later day, when it goes out")
em("promise-to-pay", "es", """
Esperamos poder pagarle a mediados de diciembre, cuando cobremos el subsidio municipal.
""", sent="12-04 12:15", p="12-15", chk="at:12-15", b="promise", note="'esperamos poder' (hoping to); mid-December = the 15th")

# ---- Dutch (2)
em("promise-to-pay", "nl", """
Beste Dana,

We streven ernaar om het bedrag op 23 december over te maken, samen met de andere leveranciers.

Groet,
Karim
""", sent="12-10 14:50", p="12-23", chk="at:12-23", b="promise", who="Karim El Idrissi", note="'streven ernaar' (aiming for)")
sms("promise-to-pay", "nl", "woensdag volgende week gaat het eruit, eerder lukt niet", sent="12-10 17:15", p="12-16", chk="nw:wed",
    b="promise")

# ---- Portuguese (2)
em("promise-to-pay", "pt", """
Bom dia, conto pagar na segunda-feira, dia 21, logo que receba de um cliente.
""", sent="12-15 10:35", p="12-21", chk="at:12-21:mon", b="promise")
sms("promise-to-pay", "pt", "deve cair na conta de vcs até quarta", sent="12-14 11:25", p="12-16", chk="wd:wed",
    b="promise", note="Brazilian 'deve cair' (should land) with a day")

# ============================================================ hardship (25)
# ---- English, texts (5)
sms("hardship", "en", "honestly december has been brutal. half the tables empty since the road closure. can u give me till jan",
    sent="12-11 15:30", b="hardship", note="asks for time out of money trouble; 'till jan' is a request, no promise")
sms("hardship", "en", "hogs went for nothing at the sale barn this fall. gonna need some time on this one",
    sent="12-09 06:10", b="hardship", note="farm")
sms("hardship", "en", "Please, my wife is sick and shop is close 3 weeks. I can not pay all now, I pay little by little ok?",
    sent="12-10 10:50", b="hardship", note="second-language English; small payments with no date")
sms("hardship", "en", "this is her daughter. my mom lost her job last week and shes really stressed, can u call her about a payment plan",
    sent="12-14 17:20", b="hardship", note="a teenager relays hardship")
sms("hardship", "en", "trucks in the shop and if im not driving im not earning. can u hold off a few weeks",
    sent="12-08 05:45", b="hardship", note="owner-operator; 'hold off' asked out of money trouble")

# ---- English, e-mails (9)
em("hardship", "en", """
Hello,

Our main grant from the county was cut in the November budget and we've had to let go of our only paid staff member. We are a food pantry run almost entirely by volunteers now. We want to honor this bill, but we simply don't have the funds right now. Is there any flexibility at all?
""", sent="12-09 11:40", b="hardship", who="Volunteer Desk", note="nonprofit")
em("hardship", "en", """
Dear Dana,

Our Sunday offering has been down nearly 30% since the plant closed, and our reserve went into the boiler replacement in the spring. The council has asked me to request a payment plan of $250 a month.

Harold
""", sent="12-17 10:15", b="hardship", who="Harold Ostrowski", note="church; a recurring amount with no first date")
em("hardship", "en", """
I live on my pension, and the property taxes and my prescriptions have all come due at once this month. Could I pay $100 a month starting in the new year?
""", sent="12-14 14:05", b="hardship", who="Marjorie Whitlock",
   note="a plan 'starting in the new year' has no first date")
em("hardship", "en", """
Two of my six units have been empty since September and one tenant is in eviction court. I'm covering the mortgage out of my own pocket. I need more time on this.
""", sent="12-08 21:15", b="hardship", who="Stanley Wojcik", note="landlord")
em("hardship", "en", """
Dana,

My husband had a heart attack in November and the practice has been closed while he recovers. We're keeping up with what we can, but vendor invoices are going to have to wait a bit.

Colette
""", sent="12-07 20:30", b="hardship", who="Colette Farrow", st="gmail-quote", note="a dentist's spouse")
em("hardship", "en", """
Freight rates fell off a cliff this fall and we've parked four trucks. Cash is extremely tight. We're asking all of our vendors for 60 extra days.
""", sent="12-10 06:50", b="hardship", who="Rusty Mahaffey", note="'60 extra days' is a request, no date")
em("hardship", "en", """
The owner of the Winthrop building stopped funding the operating account when the lender moved to put the property into receivership. We cannot release payment to any vendor for that property until a receiver is appointed.
""", sent="12-11 13:55", b="hardship", who="Corinne Blaylock",
   note="a frozen account; not payment held over the work")
em("hardship", "en", """
We lost most of the soybean crop to the August hail and crop insurance won't pay out until February. Would it be possible to split this into three payments?
""", sent="12-09 19:55", b="hardship", who="Loretta Vandermeer", note="farm; 'February' is the insurer's payout")
em("hardship", "en", """
Dear Ms. Whitfield,

Following a ransomware attack on December 2, {company}'s bank accounts have been frozen pending a forensic investigation. We are unable to make any outgoing payments at this time. We will contact all vendors as soon as normal operations resume.

Regards,
{first}
""", sent="12-08 10:10", b="hardship", st="multipart",
   note="accounts frozen after a cyberattack; 'as soon as operations resume' is contact, not payment")

# ---- French (2)
sms("hardship", "fr", "on a perdu une partie du troupeau avec la maladie, j'ai pas les moyens en ce moment",
    sent="12-10 06:35", b="hardship", note="farm")
em("hardship", "fr", """
Bonjour Madame,

Depuis les travaux de la rue, le salon est presque vide, je n'arrive même plus à payer le loyer. Est-ce que je peux vous payer en plusieurs fois ?

Fatou
""", sent="12-09 20:25", b="hardship", who="Fatou Diallo", note="asks for instalments")

# ---- German (2)
em("hardship", "de", """
Hallo,

wegen Baustelle vor mein Laden kommt seit Oktober fast keine Kunde. Ich kann jetzt nicht alles bezahlen, bitte haben Sie Geduld mit mir.

Kemal
""", sent="12-10 21:30", b="hardship", who="Kemal Yıldız", note="second-language German")
sms("hardship", "de", "Die Rente kommt erst am Monatsende und reicht vorne und hinten nicht. Können wir das stückeln?",
    sent="12-09 10:25", b="hardship", note="retiree; the pension day is no promise; asks for instalments")

# ---- Spanish (3)
sms("hardship", "es", "se me descompuso el camion y sin camion no hay trabajo. deme unas semanas porfa",
    sent="12-08 07:15", b="hardship", note="owner-operator")
em("hardship", "es", """
Buenas noches. Con la pérdida de la cosecha de este año no nos alcanza para cubrir todo. ¿Podríamos hacer pagos mensuales de 200 dólares?
""", sent="12-09 21:05", b="hardship", note="farm; a monthly amount with no first date")
em("hardship", "es", """
La colecta de este año ha sido muy baja y la parroquia apenas cubre los gastos básicos. Le pido de favor un poco más de tiempo.
""", sent="12-14 15:50", b="hardship", who="Eugenia Barragán", note="parish")

# ---- Dutch (2)
em("hardship", "nl", """
Door de vogelgriep moesten we in november de hele stal ruimen. Er komt voorlopig niets binnen. Is uitstel van betaling mogelijk tot de tegemoetkoming van de overheid binnen is?
""", sent="12-08 09:10", b="hardship", who="Gerrit Brinkhuis", note="farm; a deferral asked for")
sms("hardship", "nl", "zit in de ziektewet en kom amper rond. kan ik in termijnen betalen?", sent="12-10 19:45",
    b="hardship")

# ---- Portuguese (2)
em("hardship", "pt", """
Oi Dana, o movimento da pizzaria caiu muito depois do verão e estou com o aluguel atrasado. Não dá pra pagar tudo agora, dá pra parcelar em 3 vezes?
""", sent="12-09 15:10", b="hardship", who="Wanderley Fagundes", note="Brazilian immigrant in Massachusetts")
sms("hardship", "pt", "a minha reforma mal chega para a farmácia, preciso de mais tempo", sent="12-11 11:40",
    b="hardship", note="retiree; 'reforma' is the pension")

# ============================================================ opt-out (15)
sms("opt-out", "en", "this is my dads phone and he asked me to tell u to stop texting it. email him instead",
    sent="12-10 16:55", b="optout", note="a teenager relays an SMS opt-out")
sms("opt-out", "en", "do NOT text during service. ever. take this number off", sent="12-11 19:05", b="optout",
    note="restaurant owner")
sms("opt-out", "en", "STOP. flip phone, cant read these anyway", sent="12-09 07:20", b="optout")
sms("opt-out", "en", "pls remove me from ur text alerts, my granddaughter says i can reply with a word but i dont know which one",
    sent="12-14 10:35", b="optout", note="retiree; no keyword")
em("opt-out", "en", """
The district's Business Office does not accept automated collection notices. Please remove this address from your reminder system. Any statements should be mailed to the Business Office, Attention: Accounts Payable.
""", sent="12-10 08:15", b="optout", who="Business Office", note="formal; statements by post still welcome")
em("opt-out", "en", """
Please take the parish office e-mail off your reminder list. This inbox is read by whichever volunteer is on duty, and I would rather financial matters came to me by post.
""", sent="12-09 12:20", b="optout", who="Harold Ostrowski", note="indirect; letters still allowed")
em("opt-out", "en", """
Please unsubscribe this address from your automated reminders. It's a shared department inbox and the notices are being read by our student workers.
""", sent="12-11 13:15", b="optout", who="Priyanka Venkataraman")
em("opt-out", "en", """
Per our vendor policy, we do not respond to automated payment reminders. Please disable them for all Halsted Gate properties. Our AP team is reachable by phone if you need anything.
""", sent="12-08 14:45", b="optout", who="Corinne Blaylock", note="'disable them'")
sms("opt-out", "fr", "je veux plus recevoir ces textos, enlevez mon numéro svp", sent="12-10 12:50", b="optout")
em("opt-out", "fr", """
Madame,

Je vous demande de ne plus m'envoyer de relances automatiques par courriel. Je suis à la retraite, je ne lis mes courriels qu'une fois par mois et je préfère recevoir une lettre.

R. Leclerc
""", sent="12-09 15:15", b="optout", who="Raymonde Leclerc", note="retiree; letters still allowed")
em("opt-out", "de", """
Bitte nehmen Sie das Gemeindebüro aus Ihrem automatischen Mahnverteiler. Schriftverkehr zu Rechnungen bitte ausschließlich per Post an den Kirchenvorstand.
""", sent="12-10 10:40", b="optout", who="Gemeindebüro Lindenau", note="post only")
sms("opt-out", "es", "quiten este numero de su sistema por favor, es el cel del negocio y lo ven los empleados",
    sent="12-09 14:10", b="optout")
em("opt-out", "es", """
Le ruego que no me envíen más recordatorios automáticos. Cualquier asunto, por correo postal a la parroquia.
""", sent="12-11 17:35", b="optout", who="Eugenia Barragán", note="letters still allowed")
sms("opt-out", "nl", "STOP. dit is de bedrijfstelefoon van de melkveehouderij", sent="12-08 06:05", b="optout")
em("opt-out", "pt", """
Exmos. Senhores,

Solicito a remoção deste endereço da vossa lista de lembretes automáticos. A correspondência deve ser dirigida aos Serviços Administrativos por via postal.
""", sent="12-10 10:15", b="optout", who="Serviços Administrativos", note="formal; post still allowed")

# ============================================================ mixed (30; two kinds, the most urgent first)
# ---- English (17)
sms("hardship+promise-to-pay", "en", "since they tore up the street for the water main were doing maybe 30 covers a night. 300 friday is what i can manage, rest when it picks up",
    sent="12-09 16:05", p="12-11", chk="wd:fri", b="mixed", note="restaurant; hardship with a dated first payment")
em("hardship+promise-to-pay", "en", """
The corn is still in the bin waiting on a better price and cash is thin until it sells. I can send half on December 28 and the rest once the elevator settles with us.
""", sent="12-11 20:10", p="12-28", chk="at:12-28", b="mixed", who="Loretta Vandermeer",
   note="farm; a dated half")
em("hardship+promise-to-pay", "en", """
Hello Dana,

Sorry for the late. Business is very slow this winter and my brother is in hospital in Kyiv, I am sending him money every month. I can pay half on 15 January and rest in February.

Bogdan
""", sent="12-10 18:25", p="01-15", chk="at:2027-01-15", b="mixed", who="Bogdan Petrenko",
   note="second-language English; hardship with a January date")
em("hardship+promise-to-pay", "en", """
My pension only stretches so far this month, what with the grandchildren's gifts and my new hearing aids. I'm hoping to send $200 on the 23rd and finish it off in January.
""", sent="12-12 10:30", p="12-23", chk="d:23", b="mixed", who="Marjorie Whitlock",
   note="'hoping to' with a first payment day")
em("hardship+promise-to-pay", "en", """
Donations are well down this year and our grant reimbursement won't arrive until the 29th. We should be able to pay you in full on December 30 once it lands.
""", sent="12-15 11:20", p="12-30", chk="at:12-30", b="mixed", who="Judith Ashworth",
   note="'should be able to' with a day; the grant day is not the promise")
em("dispute+question", "en", """
The carpet cleaning line for unit 2B shouldn't be there - the tenant's own company did that at move-out. Separately, could you send your current certificate of insurance? The one we have on file expired in October.
""", sent="12-09 15:05", b="mixed", who="Corinne Blaylock", note="a disputed line plus an unrelated request")
sms("dispute+question", "en", "why is there a 150 trip charge when u came out for a warranty fix? also do u do saturdays in january",
    sent="12-10 12:25", b="mixed", note="a complaint as a question plus a separate question")
em("already-paid+question", "en", """
Paid {inv} on December 2 through your portal - confirmation HP-55190. Unrelated: could your crew look at the back stairs at the Argyle building sometime in January? Please send me a quote.
""", sent="12-08 13:35", b="mixed", who="Stanley Wojcik", note="a payment told plus a request for a quote")
em("already-paid+question", "en", """
This was paid on 11/30 (ACH, payment no. 0004468815). For next year: our procurement office requires all vendors to register in the new supplier portal by January 31. Have you received the invitation yet?
""", sent="12-07 10:40", b="mixed", who="Priyanka Venkataraman", note="a payment told plus a portal question")
sms("already-paid+promise-to-pay", "en", "dropped off half at the office today, ill bring the rest on the 22nd when my bonus hits",
    sent="12-11 17:00", p="12-22", chk="d:22", b="mixed")
em("already-paid+promise-to-pay", "en", """
I sent $1,000 from the practice account yesterday as a first payment. The balance will go with our next payables batch on January 8.
""", sent="12-16 20:15", p="01-08", chk="at:2027-01-08", b="mixed", who="Colette Farrow")
em("dispute+promise-to-pay", "en", """
We'll pay for the boiler work in full on Sunday the 13th, when the counting committee makes the deposit. The $340 "after-hours call" is another matter - your man came at two in the afternoon on a Tuesday.
""", sent="12-09 10:55", p="12-13", chk="at:12-13:sun", b="mixed", who="Harold Ostrowski",
   note="a dated promise for one part, a charge disputed")
sms("dispute+promise-to-pay", "en", "ill pay the overhead door part monday. the 2 hrs of diagnostics i dont owe, ur guy looked at it for 10 min",
    sent="12-10 07:25", p="12-14", chk="wd:mon", b="mixed")
em("opt-out+already-paid", "en", """
I paid this at the bank on the 3rd and I have the receipt. I am 81 years old and these e-mails frighten me. Please don't send me any more of them.
""", sent="12-08 12:15", b="mixed", st="html", note="retiree; paid, and asks not to be e-mailed")
sms("opt-out+hardship", "en", "lost my job, cant pay right now, and pls stop texting me every day about it its making it worse",
    sent="12-10 21:35", b="mixed")
em("promise-to-pay+question", "en", """
The purchase order for this work is being issued this week, and payment will follow on the December 23 warrant run. Could you confirm that the remit-to address on your W-9 is still current?
""", sent="12-14 09:40", p="12-23", chk="at:12-23", b="mixed", who="Business Office",
   note="a person names the warrant run; a separate question")
em("hardship+question", "en", """
My husband's been out of work since October. Can we set up a plan? Also, I never got the lien release from the first job - could you send that too?
""", sent="12-11 19:20", b="mixed", note="asks for a plan plus an unrelated document")

# ---- French (3)
em("already-paid+question", "fr", """
Bonjour,

Je vous ai envoyé un virement Interac le 4 décembre. Pouvez-vous aussi me dire si vous faites l'entretien des gouttières en hiver ?

Gilles
""", sent="12-09 08:10", b="mixed", who="Gilles Ouellet", note="a payment told plus a service question")
sms("hardship+promise-to-pay", "fr", "le salon est fermé pour dégât des eaux jusqu'au 5 janvier, rien ne rentre. je peux faire un premier virement de 150 le mardi 22",
    sent="12-10 19:35", p="12-22", chk="at:12-22:tue", b="mixed", note="'jusqu'au 5 janvier' is the closure")
em("dispute+question", "fr", """
Bonjour,

La facture compte deux déplacements alors que votre technicien n'est venu qu'une seule fois. Par ailleurs, pourriez-vous m'indiquer si vous installez aussi des détecteurs de fumée ?

Cordialement
""", sent="12-11 14:45", b="mixed", note="a disputed charge plus an unrelated question")

# ---- German (3)
em("opt-out+dispute", "de", """
Die Rechnung enthält Arbeiten am Nebengebäude, die nie beauftragt wurden. Bitte schicken Sie keine automatischen Mahnungen mehr an diese Adresse; die Klärung erfolgt schriftlich durch unseren Vorstand.
""", sent="12-11 11:25", b="mixed", who="Gemeindebüro Lindenau")
em("already-paid+hardship", "de", """
Anfang Dezember haben wir 300 angezahlt, mehr war nicht drin. Seit dem Hochwasser im Oktober ist der Hof hoch verschuldet.

R. Aigner
""", sent="12-09 19:50", b="mixed", who="Reinhold Aigner", note="a part payment made; the rest waits on hardship")
sms("promise-to-pay+question", "de", "Zahle am Freitag. Geht das auch per Kreditkarte", sent="12-15 13:45", p="12-18",
    chk="wd:fri", b="mixed", note="no question mark")

# ---- Spanish (3)
sms("hardship+promise-to-pay", "es", "ando corto de dinero por lo del hospital de mi esposa, le puedo dar 250 el sabado 19 y el resto despues",
    sent="12-14 20:25", p="12-19", chk="at:12-19:sat", b="mixed")
em("already-paid+promise-to-pay", "es", """
Buenos días. El día 1 le transferimos la mitad. La otra mitad sale el 18 de diciembre con la nómina de proveedores.
""", sent="12-07 09:35", p="12-18", chk="at:12-18", b="mixed", who="Rigoberto Saucedo")
em("dispute+hardship", "es", """
La visita de emergencia no la vamos a pagar: su técnico llegó al día siguiente. Y de todos modos ahorita no tenemos con qué, el restaurante estuvo cerrado dos semanas por la inspección de sanidad.
""", sent="12-10 22:10", b="mixed", who="Marisol Quintanilla", note="a disputed charge and money trouble")

# ---- Dutch (2)
em("dispute+promise-to-pay", "nl", """
Vrijdag maken we het bedrag voor de nieuwe kozijnen over. De extra week steigerhuur betalen we niet: die vertraging kwam door jullie eigen leverancier.
""", sent="12-09 13:40", p="12-11", chk="wd:fri", b="mixed")
em("hardship+question", "nl", """
We zitten krap sinds de ruiming van de stal. Kunnen we een betalingsregeling treffen? En zit de voorrijkost al in dit bedrag?
""", sent="12-10 08:35", b="mixed", who="Gerrit Brinkhuis", note="asks for a plan plus a separate question")

# ---- Portuguese (2)
em("already-paid+question", "pt", """
Bom dia, a transferência foi feita no dia 2. Aproveito para perguntar se emitem fatura com o NIF da empresa, para efeitos de IVA.
""", sent="12-09 11:35", b="mixed", who="Valdemar Correia", note="a payment told plus a question without a question mark")
sms("hardship+promise-to-pay", "pt", "tá difícil esse mês, a pizzaria quase parou. consigo mandar 300 na sexta dia 18 e o resto em janeiro",
    sent="12-14 14:50", p="12-18", chk="at:12-18:fri", b="mixed", note="Brazilian; hardship with a dated first payment")

FWD = {
    "district_ach_p6": dict(frm="{company} Treasury <treasury-noreply@{domain}>",
                            subj="Remittance Advice - ACH Payment", body="""
REMITTANCE ADVICE

Payer:            {company}
Payee:            HARBOR & PINE BUILDERS LLC
Payment method:   ACH (CCD+)
Payment date:     {pd_us}
Payment number:   ACH-{pd_compact}-0193

Invoice       Invoice date    Amount paid
{inv}      {inv_date_us}      {amt}

This remittance advice was generated automatically. Please do not reply to this message.
"""),
    "check_cleared_p6": dict(frm="Prairie Trails Credit Union <alerts@prairietrailscu.example>",
                             subj="A check from your account has cleared", body="""
Hello,

A check written from your account ending in 6604 has cleared.

Check number:   1893
Amount:         {amt}
Payee:          HARBOR & PINE BUILDERS
Date cleared:   {pd_us}

Sign in to online banking to view the check image.

Prairie Trails Credit Union
"""),
    "returned_p6": dict(frm="Lakeland Savings Bank <alerts@lakelandsavings.example>",
                        subj="Returned payment notice", body="""
We're writing to let you know that an electronic payment from your checking account ending in 2231 was returned unpaid.

Payee:           HARBOR & PINE BUILDERS LLC
Amount:          {amt}
Payment date:    {pd_us}
Return reason:   R01 - Insufficient funds

A returned item fee of $35.00 has been charged to your account. Please make other arrangements with the payee.

Lakeland Savings Bank
"""),
    "raiffeisen_p6": dict(frm="Raiffeisenbank Innviertel <banking@raiffeisen-innviertel.example>",
                          subj="Auftragsbestätigung Auslandsüberweisung", body="""
Sehr geehrter Kunde,

Ihre Auslandsüberweisung wurde durchgeführt.

Empfänger:          HARBOR & PINE BUILDERS LLC
Betrag:             {amt_eu}
Verwendungszweck:   {inv}
Durchführungsdatum: {pd_eu}
Referenz:           RBI{pd_compact}7731

Diese Nachricht wurde automatisch erstellt.
"""),
    "overboeking_p6": dict(frm="Bank van het Noorden <geen-antwoord@bvhn.example>",
                           subj="Uw overboeking naar het buitenland is uitgevoerd", body="""
Geachte klant,

Uw overboeking is uitgevoerd.

Begunstigde:      HARBOR & PINE BUILDERS LLC
Bedrag:           {amt_eu}
Omschrijving:     {inv}
Uitvoeringsdatum: {pd_dash}
Kenmerk:          BVHN{pd_compact}4410

Dit is een automatisch verzonden bericht.
"""),
    "remessa_p6": dict(frm="Banco Paranaense <nao-responda@bancoparanaense.example>",
                       subj="Comprovante de remessa internacional", body="""
Comprovante de transferência internacional

Beneficiário:     HARBOR & PINE BUILDERS LLC
Valor:            {amt}
Finalidade:       Pagamento de serviços - {inv}
Data:             {pd_slash}
Protocolo:        BP{pd_compact}20915

Este é um e-mail automático. Não responda.
"""),
}
