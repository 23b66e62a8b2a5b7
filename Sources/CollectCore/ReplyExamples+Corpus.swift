// Written by `collect-replies-bench --write-examples` (Benchmarks/replies.sh --write-examples) from the
// training part of Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl; do not edit.
extension ReplyExamples {
    static let corpus: [(ReplyMeaning, String)] = [
        (.alreadyPaid, "see below"),
        (.dispute, "See below. The change order caps it at $400."),
        (.promise, "We will remit payment on or before December 21."),
        (.hardship, "zit krap bij kas deze maand, kan het in 2 delen?"),
        (.promise, "Wir überweisen am 10.12."),
        (
            .question,
            "Hi - could you resend this with the property address on it? The owners want to see which building it's for."
        ),
        (.hardship, "Our tenants stopped paying rent and we're behind on everything. Please give me a little more time."),
        (.alreadyPaid, "Paid $500 on Monday; the remaining balance goes out on the 18th."),
        (.alreadyPaid, "Already paid it w the other bill"),
        (.other, "Please direct billing things to our office manager, Jo, at (847) 555-0116. I'm only on site two days a week."),
        (.question, "hello, i'm helping my dad with his mail. what is this bill for and who do we make the check out to"),
        (.alreadyPaid, "Anbei unser Zahlungsavis."),
        (
            .hardship,
            "Nos robaron la camioneta con todas las herramientas y estamos parados. Necesito unas semanas más para ponerme al día con los pagos."
        ),
        (.dispute, "Not what was quoted. Quote Q-2291 says $1,150 for the railing. Your invoice says $1,560.00."),
        (.optOut, "Geen sms meer aub. STOP"),
        (
            .hardship,
            "I'm a school bus driver and we don't get paid over the winter break. Could I make smaller payments starting next month?"
        ),
        (
            .alreadyPaid,
            "That was paid with check 1187, which you deposited on 11/23. I'm looking at the image of the cancelled check right now."
        ),
        (
            .other,
            "Thank you Dana. We spent about $14,000 with you this year and we've been very happy with the work. Have a great holiday."
        ),
        (.dispute, "El precio no es el del presupuesto. Nos dijeron 900 dólares, todo incluido."),
        (.optOut, "stop please"),
        (
            .hardship,
            "Business is slow and I'm behind on everything. Before I figure out a plan, can you tell me exactly what this invoice covers?"
        ),
        (.promise, "Die Überweisung ist für den 16.12. terminiert."),
        (.promise, "Buenas tardes:\n\nYa está aprobada internamente. Le pagaremos antes del 20 de diciembre."),
        (.promise, "End of day tomorrow."),
        (
            .other,
            "Hi Dana!\n\nLong time no talk. I keep meaning to write and tell you how much we love the sunroom. We've basically moved in there - the kids do homework at the table in the afternoons and my husband has claimed the corner chair for his crossword every morning. The light in there in December is unreal.\n\nWe're thinking about redoing the upstairs bath next year, probably in the spring once my sister's wedding is behind us. I'll reach out to Mike when we're ready to get a quote.\n\nHope you all have a wonderful Christmas,\nRachel"
        ),
        (
            .dispute,
            "Good afternoon,\n\nThe replacement windows on the north side were supposed to be Low-E argon units per the quote. The ones installed are the standard builder-grade model (we checked the stickers). Until we get what we paid for, please consider this invoice on hold."
        ),
        (
            .dispute,
            "The project was supposed to be complete by November 1 and your crew finished on the 20th. Our contract has a $100/day late completion clause - please deduct $1,900 and reissue."
        ),
        (
            .dispute,
            "Buenas tardes,\n\nEl baño quedó a medias: falta colocar el espejo y la mampara. No vamos a pagar la factura completa hasta que terminen.\n\nSaludos,\nMaría"
        ),
        (.other, "Please call me at (773) 555-0164 when you get a chance."),
        (.promise, "We'll have this paid before Christmas, promise."),
        (.dispute, "Nunca autorizámos este trabalho extra."),
        (.alreadyPaid, "My husband paid it at your office last Thursday, cash. The lady at the desk gave him a receipt."),
        (.other, "Rec'd."),
        (
            .hardship,
            "Olá Dana,\n\nFui operada à coluna e estou de baixa há um mês. A clínica está a funcionar a meio gás. Peço-lhe um pouco mais de prazo."
        ),
        (.dispute, "Pago até sexta-feira o valor do material. A mão de obra fica em aberto até corrigirem as infiltrações."),
        (.other, "Thanks Dana, I'll pass this along to Karen in accounting."),
        (.dispute, "ainda nao terminaram o serviço, nao vou pagar por enquanto"),
        (.question, "Um welches Projekt handelt es sich hier?"),
        (.alreadyPaid, "Hierbij het betaalbewijs."),
        (.promise, "Pagamos na quinta-feira da próxima semana."),
        (.optOut, "Wij hebben nooit iets bij jullie afgenomen. Haal ons adres uit jullie systeem."),
        (.question, "Welche Rechnung ist das? Hab nichts bekommen"),
        (.alreadyPaid, "deja payé par virement lundi"),
        (.hardship, "cant do it all at once, can we do payments"),
        (.promise, "I'll have it to you by Wednesday"),
        (.hardship, "I lost a big client this fall but I can pay $500 on Friday and keep chipping away at the rest."),
        (.hardship, "Slow season for us. Could you take $3,400.00 in three parts?"),
        (.dispute, "This is for work at my neighbor's house not mine"),
        (.alreadyPaid, "ist längst bezahlt. am montag per paypal"),
        (.question, "cuanto es lo que debo exactamente?"),
        (.other, "Thanks!"),
        (.promise, "I will pay by the end of the week."),
        (.hardship, "I can't pay right now. Not ignoring you."),
        (.promise, "This is scheduled for our next check run on the 10th."),
        (
            .dispute,
            "Disputing this. The work was substandard and we had to bring in another contractor to redo the tile in both bathrooms."
        ),
        (
            .dispute,
            "The furnace vent had to be fixed because your crew installed it wrong in the first place. That shouldn't be billed to us at all - please void it."
        ),
        (.alreadyPaid, "Aquí el comprobante de la transferencia, saludos."),
        (.alreadyPaid, "paid in full on 11/30, confirmation 00482-HP. thanks for the great work on the porch"),
        (.other, "Je transmets à notre comptable."),
        (.optOut, "Take me off your mailing list. I do not want these automated reminders."),
        (
            .other,
            "Hi Dana, we moved! Our new mailing address is 55 W Lake St, Suite 300, Chicago IL 60601. Please update your records."
        ),
        (.alreadyPaid, "our bank shows the payment cleared on the 30th. maybe it hasnt posted on your side yet?"),
        (.alreadyPaid, "Pagamos con tarjeta a través del enlace de su correo anterior. El cargo salió en la cuenta el 28/11."),
        (
            .question,
            "We haven't paid yet because we never got the lien waiver. Can you send a signed conditional waiver for this invoice?"
        ),
        (
            .optOut,
            "Please stop contacting me electronically. Any correspondence should be sent by regular mail to the address on file."
        ),
        (.promise, "We'll get a check out to you."),
        (.hardship, "Ik ben al een maand ziek thuis. Kan ik wat extra tijd krijgen?"),
        (.promise, "sending it on payday, thats the 15th"),
        (.alreadyPaid, "Settled. Our controller released it with the November 30 vendor run."),
        (.dispute, "We never agreed to this. The change order was discussed but never signed, and Mike knows that."),
        (.promise, "Fazemos a transferência dia 9/12."),
        (.alreadyPaid, "Nous vous avons adressé un chèque n° 0048817 le 24 novembre."),
        (.promise, "Yes, we'll take care of it. Just need my partner to sign the check."),
        (.question, "where do i send the check"),
        (.hardship, "Estamos cortos de dinero por la temporada baja, pero podemos pagar el próximo lunes."),
        (.alreadyPaid, "We're current. The payment posted to your account on the 1st according to our bank."),
        (
            .dispute,
            "I never signed anything for this. The estimate was just an estimate, I told Mike we'd think about it over the holidays."
        ),
        (.question, "The link gives me a 'page not found' error. Is there another way to pay?"),
        (.hardship, "Bin seit 3 Wochen krankgeschrieben, kann grad nicht zahlen. Sorry"),
        (.alreadyPaid, "Wir haben am 20.11. überwiesen. Können Sie bitte prüfen, ob die Zahlung bei Ihnen eingegangen ist?"),
        (.alreadyPaid, "Já enviámos um cheque há duas semanas. Ainda não o receberam?"),
        (.hardship, "I'm raising two kids on my own and I just can't do the full amount. Could I pay it off over 4 months?"),
        (.promise, "I'll pay as soon as the insurance check clears."),
        (
            .optOut,
            "Could you please take me off the reminder list? I'm just the receptionist and these keep landing in my inbox."
        ),
        (.dispute, "we were told the permit fee was included. its on the invoice as an extra $350. thats not what we agreed"),
        (.alreadyPaid, "Done - we paid it this morning."),
        (.optOut, "Wir hatten nie einen Auftrag bei Ihnen. Streichen Sie uns bitte aus Ihrer Kundenliste."),
        (.other, "Please cc my assistant Mandy on anything billing related going forward: mandy@brightline.example."),
        (.optOut, "Please take this address off your list."),
        (
            .promise,
            "Merci pour le rappel. Notre prochaine campagne de paiements fournisseurs est le 22/12, votre facture en fera partie."
        ),
        (.alreadyPaid, "This was paid with invoice INV-1045. We combined the two into one wire on 11/25 for the total."),
        (.alreadyPaid, "We paid through Melio on 11/26; it would have arrived as an ACH."),
        (.promise, "Payment is set for the first week of January."),
        (.promise, "Dec 18th at the latest."),
        (.alreadyPaid, "I paid. Can you confirm you got it?"),
        (.promise, "ill pay thurs. ok if i use a card?"),
        (
            .hardship,
            "Notre plus gros client a déposé le bilan et nous doit 40 000 €. Je peux vous verser la moitié le 4/1 et le solde fin janvier."
        ),
        (.promise, "¿Puedo pagar con cheque? Si es así, se lo mando el jueves."),
        (.promise, "Já vou tratar disso, obrigado pela paciência."),
        (.hardship, "Can we split this into three payments? Money is tight this time of year."),
        (.promise, "I get paid on the 1st, will pay it then."),
        (.optOut, "Por favor, eliminen esta dirección de su lista."),
        (.alreadyPaid, "We paid with our corporate card through your portal on 11/28. Receipt attached."),
        (
            .dispute,
            "The water heater you installed in October is leaking at the base. That's a warranty repair - you should be fixing it, not billing us for a service call."
        ),
        (
            .dispute,
            "This charge for an \"emergency call-out\" can't be right - it was a scheduled visit during normal business hours, booked a week ahead."
        ),
        (.optOut, "quit sending these"),
        (.alreadyPaid, "Vous trouverez ci-dessous l'avis de virement de notre banque. Bonne journée."),
        (.other, "Adorámos o resultado da cozinha! Um santo Natal e um bom ano novo a todos."),
        (.dispute, "never got the materials ur billing me for"),
        (.question, "How do I set up automatic payments for future invoices?"),
        (.alreadyPaid, "ya le pagué en efectivo a su técnico cuando terminó el trabajo"),
        (.alreadyPaid, "sent the check monday"),
        (.dispute, "Dit hebben wij nooit besteld. Graag de factuur crediteren."),
        (.promise, "We should be able to pay sometime between Dec 14 and Dec 18."),
        (
            .other,
            "Hallo Dana,\n\nvielen Dank für die tolle Arbeit am Wintergarten! Wir empfehlen euch gern weiter. Schöne Feiertage!\n\nJörg"
        ),
        (.optOut, "STOPP"),
        (.other, "Gezien."),
        (.other, "ok, got it. I'll have our bookkeeper look at it when she's in on Thursday."),
        (
            .dispute,
            "Den unstrittigen Teil (Material) überweisen wir bis 15.12. Die Arbeitsstunden sind aber viel zu hoch angesetzt, darüber müssen wir reden."
        ),
        (
            .hardship,
            "My mother passed away on Thanksgiving. I'm dealing with the funeral and her estate right now and honestly can't think about this. Please give me some time."
        ),
        (
            .hardship,
            "Bonjour, la récolte a été catastrophique cette année et la trésorerie de l'exploitation est à zéro. Pourriez-vous patienter jusqu'au versement des aides de la PAC ?"
        ),
        (.other, "FYI I'm no longer the contact for Yoder Farm Supply. Please reach out to Jerome Blake going forward."),
        (.question, "Vocês emitem nota fiscal ou só essa fatura? Preciso para a contabilidade."),
        (.promise, "Realizaremos el pago el 15/12."),
        (
            .hardship,
            "Bonjour,\n\nJe suis désolée, mais depuis l'incendie de la boutique en octobre nous n'avons plus aucune rentrée d'argent. L'assurance traîne. Je vous paierai dès que possible mais je ne peux pas m'engager sur une date."
        ),
        (.optOut, "I'm in the hospital. Please stop emailing me about money."),
        (.dispute, "Still waiting on the last 2 cabinet doors. Will pay when theyre in"),
        (.promise, "Je m'en occupe rapidement, désolé pour le retard."),
        (.hardship, "Honestly I don't know how I'm going to pay this. The shop flooded again in November."),
        (.question, "Whats the invoice # for this"),
        (.dispute, "We were promised 5% off for paying the deposit early and it isn't reflected anywhere."),
        (.dispute, "The quote said materials included. So why am I seeing a separate line for lumber?"),
        (.other, "I forwarded this to our bookkeeper."),
        (.promise, "I'm putting it on my card tomorrow."),
        (
            .hardship,
            "Sorry Dana, mi mamá está en el hospital and I've been going back and forth to Guadalajara. I need a little more time to pay this."
        ),
        (.question, "Is there a card fee?"),
        (.other, "Brutal out there today! Hope your crews aren't working outside in this. I'll pass this to the office."),
        (.alreadyPaid, "Hallo, zie hieronder de bevestiging van de bank. Groet"),
        (.hardship, "Payroll ate everything this month. I need a couple more weeks."),
        (.promise, "End of business Friday."),
        (.question, "essa cobrança é de qual serviço?"),
        (
            .hardship,
            "Dana, I'm so sorry. I had emergency surgery in November and I'm only now getting back on my feet. I can't pay the full amount right now and I don't want to promise something I can't do."
        ),
        (
            .other,
            "Please use my new number, (312) 555-0193, and my new email, rkline@mailbox.example, from now on. This account closes at the end of the year."
        ),
        (.promise, "It'll go out in our next pay run on Friday."),
        (.hardship, "I was laid off on the 20th. I'll keep you posted."),
        (.question, "c'est pour quel chantier cette facture ?"),
        (
            .dispute,
            "Guten Tag,\n\nauf der Rechnung stehen 3 Tage Gerüstmiete, das Gerüst stand aber nur einen Tag. Bitte korrigieren."
        ),
        (
            .dispute,
            "On nous avait annoncé 1 800 $ pour la pose du parquet, tout compris. Je ne comprends pas d'où sortent les $2,290.40."
        ),
        (.question, "What is this for?"),
        (.promise, "It's on my list, will pay."),
        (
            .dispute,
            "Hello Dana,\n\nI've been going back and forth on whether to write this because Mike and the crew were lovely to have around. But I sat down with the invoice last night and it doesn't add up. We were told three days, maybe four. The invoice bills 52 labor hours. I work from home, I was here every day, and there were two men on site from about 8:30 to 3:00 for four days, with a long lunch on Wednesday. That's 48 hours at the very most, and honestly closer to 44.\n\nThere's also a line for \"disposal fee\" that nobody mentioned, and the dumpster was in our driveway for exactly one afternoon.\n\nI'm happy to pay for the hours that were actually worked. Please send a revised invoice."
        ),
        (.question, "Which job is this? We had you out for the porch and the garage."),
        (.alreadyPaid, "Transferência feita dia 26/11, já saiu da nossa conta."),
        (.other, "My wife handles the house stuff, I've sent this over to her."),
        (.other, "received"),
        (.optOut, "Unsubscribe me from these texts please. Thank you"),
        (
            .hardship,
            "La saison est très calme et la trésorerie est à sec, mais je peux vous verser 300 $ le 15/12 et le reste en janvier."
        ),
        (.other, "Okay, thanks."),
        (.optOut, "STOP!!"),
        (.optOut, "wrong number i dont know what company this is and i never had any work done. stop"),
        (.promise, "I'll pay Saturday when I'm back in town."),
        (.alreadyPaid, "Deze factuur is al betaald op 25 november."),
        (.other, "Thx"),
        (.dispute, "i was promised a discount for paying the deposit up front. 10%. its not on here"),
        (.hardship, "Estamos com o caixa muito curto, mas consigo pagar metade até o fim do mês e o resto em janeiro."),
        (.promise, "Je fais le nécessaire la semaine prochaine."),
        (.dispute, "Afgesproken was $3.500 inclusief materiaal. Op de factuur staat $4,120.00. Graag een gecorrigeerde factuur."),
        (.optOut, "Não quero mais receber mensagens automáticas de vocês."),
        (
            .dispute,
            "The invoice is missing our PO number and the amount doesn't match the PO either (PO 77120 is for $1,800.00). Our AP system will reject it as is."
        ),
        (.promise, "bis Ende des Monats ist das Geld bei euch"),
        (.question, "can you text me a copy of the bill"),
        (.promise, "Hola, pagaremos el próximo lunes. Disculpe la demora."),
        (.promise, "You'll have it by the 23rd."),
        (
            .question,
            "Hello,\n\nI took over accounts payable here two weeks ago and I'm trying to reconcile everything the previous person left behind. I see INV-1078 in your email but I can't find a matching purchase order or a signed estimate anywhere in our files. Could you tell me which project and which site this was for, and who on our side approved it? Once I have that I can get it into the system."
        ),
        (.promise, "Le virement partira vendredi, dès que la compta aura validé."),
        (.optOut, "Please stop sending me these messages. This is my personal cell and I never gave it to anyone for billing."),
        (.dispute, "Your guys never came back to install the trim on the stairs. Until that's done this invoice is on hold."),
        (.question, "¿Me pueden enviar la factura en PDF?"),
        (.hardship, "We lost the Hendricks account last month, that was 40% of our revenue. I need to spread this out."),
        (
            .hardship,
            "Perdemos o nosso maior cliente e a tesouraria está muito apertada. Podemos dividir o valor em várias vezes?"
        ),
        (.other, "This is my work address. For anything about the house please use my personal email, Mike has it on file."),
        (.dispute, "Nous avons déjà été facturés pour cette intervention en octobre. Il s'agit d'un doublon."),
        (.hardship, "perdi meu emprego, nao consigo pagar agora. da pra esperar?"),
        (.promise, "Tomorrow"),
        (.optOut, "will pay friday. stop texting me every day"),
        (.promise, "c'est bon je fais le virement lundi"),
        (.alreadyPaid, "Paid on 12/1 via ACH. Also, could you send us an updated statement for our year-end file?"),
        (.optOut, "Por favor não me enviem mais SMS nem e-mails. A fatura pode ser enviada ao contabilista?"),
        (.other, "👍🏻"),
        (.promise, "Excuses voor de vertraging, vrijdag staat het op uw rekening."),
        (.dispute, "esse servico nao foi feito aqui, vcs erraram o endereco"),
        (.optOut, "please stop sending these texts"),
        (
            .hardship,
            "Dana,\n\nI'm embarrassed to write this. We're behind on rent at the shop and I've been choosing which bills to pay each week. I'd like to pay you something every Friday until it's done - even $100 - if that's all right with you."
        ),
        (.hardship, "Surgery set me back a lot. I can pay $300 on the 15th and then we'll figure out the rest."),
        (.other, "This isn't Greg anymore, new number"),
        (.alreadyPaid, "I paid it online yesterday check your system"),
        (.promise, "je paie lundi"),
        (.promise, "Our next check run is the second week of January. You're on it."),
        (.optOut, "Stop 🛑"),
        (.other, "Okay"),
        (.promise, "i can pay monday the 14th"),
        (
            .dispute,
            "Your crew broke the garage door opener while moving the ladders. We paid $380 to get it replaced and I expect that to come off this bill."
        ),
        (.dispute, "Het bedrag klopt niet. We hadden een vaste prijs afgesproken van $1.800, niet $2,150.00."),
        (.dispute, "Esta fatura está errada. O valor acordado era outro e o trabalho ficou incompleto."),
        (.other, "Felices fiestas a todo el equipo."),
        (.other, "k"),
        (.promise, "Je vous règle ça jeudi en huit."),
        (.other, "Danke, habe ich an die Buchhaltung weitergeleitet."),
        (.other, "O Sr. Santos está de baixa esta semana. Deixei-lhe o recado."),
        (.hardship, "We're a small nonprofit and our grant money doesn't come in until spring. Could we work something out?"),
        (.hardship, "Ahorita no tengo el dinero, me quedé sin trabajo. ¿Puedo pagar en partes?"),
        (.other, "Got it."),
        (
            .optOut,
            "Bonjour,\n\nJe ne souhaite plus recevoir ces courriels. Merci de retirer mon adresse de votre liste de diffusion.\n\nCordialement,\nSophie"
        ),
        (.other, "Please stop by the house next week and look at the garage door, it's sticking again."),
        (.question, "Do you offer any discount for paying early?"),
        (.hardship, "got laid off. any chance of a payment plan?"),
        (.hardship, "Our daughter's medical bills have us completely underwater. I'm so sorry about this."),
        (.dispute, "Nous n'avons jamais commandé ces travaux. Il doit s'agir d'une erreur de votre part."),
        (
            .promise,
            "Hey Dana,\n\nJust getting back to you on this. We've had family in from Ohio since Thanksgiving and my desk has been buried under everyone's coats, so I'm only now going through the mail. Found your invoice, found the checkbook. I'll write it out this weekend and drop it in the mail Tuesday on my way to work.\n\nHope you and the crew are staying warm. The new siding held up great through that wind last week.\n\nMelissa"
        ),
        (.question, "Our AP system requires a PO number. Who issued the PO on our side?"),
        (
            .optOut,
            "Ich widerspreche hiermit der Nutzung meiner E-Mail-Adresse für automatisierte Nachrichten (Art. 21 DSGVO). Bitte löschen Sie meine Daten aus Ihrem Verteiler."
        ),
        (
            .hardship,
            "Mon associé est décédé le mois dernier et je dois tout reprendre seul, y compris la comptabilité. Je vous demande un peu d'indulgence."
        ),
        (
            .hardship,
            "Bonjour,\n\nNous traversons une période difficile depuis la perte d'un client important. Serait-il possible d'échelonner le paiement ?"
        ),
        (.dispute, "ese trabajo lo hizo otra empresa, no ustedes"),
        (.dispute, "ill pay the 900 we agreed on friday. not the extra"),
        (.question, "Bis wann genau muss die Zahlung bei Ihnen eingehen?"),
        (.other, "Got it thx"),
        (.promise, "paying on the 30th"),
        (.promise, "el lunes le transfiero"),
        (.hardship, "Car accident in October, been out of work since. Is a partial payment ok for now?"),
        (.question, "¿Cuál es el número de cuenta para hacer la transferencia?"),
        (
            .question,
            "Bonjour,\n\nPourriez-vous me renvoyer la facture INV-1042 au format PDF ? Le lien dans votre mail ne fonctionne pas chez moi."
        ),
        (.promise, "Wir zahlen nächste Woche."),
        (.other, "Frau Krüger ist diese Woche auf Geschäftsreise. Ich lege ihr Ihre Nachricht auf den Schreibtisch."),
        (.optOut, "Paid this last week. Stop texting me"),
        (
            .hardship,
            "Meine Frau liegt seit zwei Wochen im Krankenhaus, ich komme zu nichts. Bitte geben Sie mir noch etwas Zeit."
        ),
        (
            .dispute,
            "Three of the new windows already fog up between the panes. That's a warranty issue. Not paying until they're replaced."
        ),
        (.question, "Goedendag,\n\nKunt u mij het IBAN- en SWIFT-nummer van uw bank mailen? Dan kan ik de betaling klaarzetten."),
        (.hardship, "Can I pay $100 every other week till it's done?"),
        (.optOut, "opt out"),
        (.other, "ty"),
        (.hardship, "Cash flow is tight this quarter. Is there any way to split this into smaller payments?"),
        (.promise, "Lo pagaremos lo antes posible."),
        (.hardship, "Ich war längere Zeit krank und unser Betrieb war vier Wochen geschlossen. Ich bitte um etwas Geduld."),
        (.question, "Podem enviar a fatura discriminada?"),
        (.hardship, "We just found out our main supplier is going under and we're scrambling. Can this wait a few weeks?"),
        (.promise, "I'll have it for you in 10 days"),
        (.alreadyPaid, "Funds cleared our account on the 1st, so it has definitely left us."),
        (.optOut, "unsub"),
        (
            .hardship,
            "We are going through a restructuring and all vendor payments are frozen for the next 60 days. I'm sorry, it's out of my hands."
        ),
        (.optOut, "Keine E-Mails mehr an diese Adresse, bitte. Ich bin für die Buchhaltung gar nicht zuständig."),
        (.promise, "check will be cut 12/11"),
        (.promise, "Will pay on the 10th.\n\nJim Sandoval\nSandoval Heating & Air\nLicensed - Bonded - Insured"),
        (.question, "Is there a fee for paying by card? I'd rather not pay 3% if I can avoid it."),
        (
            .optOut,
            "This invoice is wrong and I've told your office twice. Stop sending me these automated reminders and have a real person call me about the overcharge."
        ),
        (.promise, "Fica pago até dia 22."),
        (.question, "I'll need a receipt for the deposit as well, for my taxes."),
        (.promise, "Zahlung folgt in Kürze."),
        (
            .alreadyPaid,
            "Dana, the wire went out on the 1st. Our bank is slow with these, it should reach you by the end of the week."
        ),
        (.other, "Boas festas para toda a equipa!"),
        (.dispute, "i didnt ok any extra work. call me"),
        (
            .hardship,
            "Family emergency - my father passed and I've been out of state for three weeks. I'll deal with this when I'm back. I'm sorry."
        ),
        (.optOut, "Por favor no me envíen más correos automáticos. Gracias."),
        (.optOut, "unsubscribe"),
        (
            .alreadyPaid,
            "Laut unserer Buchhaltung ist INV-1068 am 27.11. bezahlt worden. Ist die Zahlung bei Ihnen eventuell einer anderen Rechnungsnummer zugeordnet worden?"
        ),
        (.optOut, "Please don't send these anymore."),
        (.dispute, "El importe no coincide con el presupuesto. ¿Me pueden enviar el detalle de las horas trabajadas?"),
        (.promise, "We betalen uiterlijk 18/12."),
        (.dispute, "Wir haben diese Leistung nie beauftragt. Bitte stornieren Sie die Rechnung."),
        (
            .dispute,
            "This is more than double what Mike quoted us on site. I have his text saying \"around $900 all in\". I'm not paying $1,875.00 for a two day job."
        ),
        (.hardship, "Dad passed last week. I'll get to this when I can"),
        (.other, "Forwarding to Tom, he's handling the renovation budget now."),
        (
            .dispute,
            "¿Por qué aparecen 10 horas de mano de obra si el técnico estuvo solo una mañana? Mándeme el parte de trabajo firmado, por favor."
        ),
        (.question, "Is there a discount for paying by check instead of card?"),
        (.hardship, "Can you extend the due date 30 days? Our biggest customer just filed for bankruptcy."),
        (.question, "Qual é o IBAN ou os dados bancários para a transferência?"),
        (.other, "ok passing this to my boss"),
        (.promise, "Next Tuesday for sure."),
        (
            .hardship,
            "Wäre es möglich, die Summe in monatlichen Raten von 300 Dollar abzustottern? Im Winter läuft bei uns im Gartenbau praktisch nichts."
        ),
        (.question, "qual o valor total que falta pagar?"),
        (.promise, "Vamos pagar no dia 21/12."),
        (
            .dispute,
            "Die Materialkosten sind fast doppelt so hoch wie im Kostenvoranschlag. Können Sie mir die Einkaufsbelege für die Fliesen vorlegen?"
        ),
        (.other, "Got it. Busy on a job, will call later"),
        (.dispute, "This isn't ours. Wrong company I think - we've never had any work done by you guys."),
        (.promise, "ill pay it thursday"),
        (.alreadyPaid, "We sent $600 toward this last week and will pay the balance on the 15th."),
        (.dispute, "Er zijn 40 m² tegels gefactureerd, terwijl de badkamer maar 22 m² is."),
        (.question, "How long do you give before late fees kick in?"),
        (.hardship, "estoy sin trabajo desde octubre. cuanto seria lo minimo que puedo pagar?"),
        (.other, "this is the new number for Anne, old phone died"),
        (.dispute, "Invoice says 40 bags of mulch. We counted 26 bags delivered."),
        (.question, "Who do I speak to about paying by wire?"),
        (.promise, "Yep, paying it shortly."),
        (.optOut, "No more reminders, please. One a month would be plenty, but honestly zero is better."),
        (
            .question,
            "Ik heb de oorspronkelijke factuur nooit ontvangen. Zouden jullie die nog een keer kunnen mailen, met de specificatie erbij?"
        ),
        (.promise, "Die Zahlung erfolgt nächste Woche Mittwoch."),
        (.alreadyPaid, "Our bank shows it cleared on 12/2. You should have it."),
        (.dispute, "Die Rechnung kommt doppelt, die gleiche Leistung habt ihr schon im Oktober abgerechnet"),
        (.dispute, "Es wurden nur 18 statt 24 Paneele geliefert. Bitte korrigieren Sie die Menge auf der Rechnung."),
        (.promise, "pago amanhã sem falta"),
        (.dispute, "The invoice lists 3 days but your crew was here 2. Can you send the timesheets?"),
        (.promise, "¿Me pasan los datos bancarios? Transfiero el viernes."),
        (.dispute, "Le montant facturé ne correspond pas au devis : 2 400 $ prévus, $3,400.00 facturés."),
        (.promise, "We'll pay Wed the 16th."),
        (.optOut, "Veuillez cesser tout contact à cette adresse."),
        (.alreadyPaid, "paid"),
        (.promise, "Pagamos até ao final do mês."),
        (
            .dispute,
            "Dana,\nThe trim carpenter cut the baseboards short in three rooms and filled the gaps with caulk. That isn't finished work. We'll settle up when it's redone."
        ),
        (
            .hardship,
            "Onze grootste opdrachtgever is failliet gegaan en we wachten nog op een flink bedrag van de curator. Is een betalingsregeling over drie maanden bespreekbaar?"
        ),
        (.optOut, "These automated emails are bordering on harassment at this point. Please make them stop."),
        (.question, "How much is left on this after the deposit"),
        (.alreadyPaid, "Die Rechnung wurde bereits am 24.11. überwiesen."),
        (.other, "Adding Rosa from accounting - she handles vendor payments."),
        (.optOut, "Can you please stop the auto emails? I'd prefer a phone call, 630 555 0182."),
        (
            .alreadyPaid,
            "We sent what we could - $400 on 11/30. The rest I honestly can't do until things pick up, we've had almost no work since October."
        ),
        (.promise, "mañana le deposito"),
        (.question, "¿Aceptan pagos con tarjeta de crédito? Prefiero no hacer una transferencia internacional."),
        (.optOut, "Cesen todo contacto con este correo, gracias."),
        (.dispute, "the price was 600 not 725"),
        (
            .dispute,
            "Bonjour,\n\nVotre équipe est repartie sans finir les joints de la douche et sans évacuer les gravats. Tant que ce n'est pas fait, je considère que la facture INV-1098 n'est pas due."
        ),
        (
            .other,
            "Bonjour Dana,\n\nJe suis le nouveau gérant depuis le 1er décembre et je reprends les dossiers en cours. Je reviens vers vous dès que j'y vois plus clair."
        ),
        (.alreadyPaid, "Taken care of Friday."),
        (.dispute, "We disagree with this invoice. Please hold it until we've met on site."),
        (
            .hardship,
            "Beste Dana,\n\nIk lig sinds half november in het ziekenhuis na een hartoperatie en de zaak draait op halve kracht. Ik vraag u om nog even geduld."
        ),
        (.alreadyPaid, "We paid by credit card on your portal on Nov 27 - receipt number HP-CC-40917."),
        (
            .dispute,
            "Hi Dana - we're happy to pay the original contract amount, but the $825 \"design fee\" was never part of any conversation. Can you take it off?"
        ),
        (.optOut, "Afmelden a.u.b."),
        (.hardship, "Could we split it in two?"),
        (.hardship, "Estamos com dificuldades financeiras. Seria possível pagar em prestações?"),
        (.promise, "ok ill take care of it"),
        (.question, "¿A qué cuenta tengo que hacer el depósito? En la factura no viene el número."),
        (.promise, "paying today"),
        (.promise, "I'll pay Monday"),
        (.optOut, "We never hired you. Stop texting me."),
        (.dispute, "still no handrail on the basement stairs. will pay when its done"),
        (
            .promise,
            "Guten Tag,\n\nRechnungen aus dem Ausland werden bei uns immer zum Monatsanfang angewiesen. Sie erhalten den Betrag also am 4. Januar."
        ),
        (
            .alreadyPaid,
            "My wife took care of this at the end of November through your website. The confirmation went to her email, I can have her forward it."
        ),
        (.alreadyPaid, "did you get my check? mailed it the 28th"),
        (.optOut, "please stop the reminders. getting them every other day now"),
        (.promise, "Até ao fim do mês fica pago."),
        (.dispute, "Laut Angebot waren 1.500 USD vereinbart, nicht $1,875.00."),
        (.question, "Where do I mail a check? Is it the Clybourn address or the PO box?"),
        (
            .dispute,
            "Al instalar el calentador rompieron una baldosa de la cocina y dejaron una mancha de grasa en la pared. Primero arreglen eso."
        ),
        (
            .dispute,
            "We'll send $1,200 for the roofing on Monday. The $350 for skylight flashing stays on hold because the skylight is still leaking."
        ),
        (.alreadyPaid, "We paid you $2,150 on Nov. 24 with check #1044. Our bank shows it deposited Dec 1."),
        (.promise, "Hi Dana, I'll pay the full balance on Monday, December 14."),
        (.alreadyPaid, "Überweisung lief gestern, sollte heute oder morgen da sein"),
        (.promise, "Sorry, missed this one! Will pay asap."),
        (.optOut, "Not interested. Unsubscribe me."),
        (
            .dispute,
            "O orçamento aprovado foi de 2.100 dólares. Não aceitamos a fatura de $2,675.50 sem uma justificação por escrito."
        ),
        (.dispute, "Quote was $3,200. Invoice is $3,980.00. Nobody told us about any increase."),
        (.question, "hi what is the account number on this"),
        (.optOut, "Kindly remove this address from your automated notifications. It is a shared inbox for the front desk."),
        (.optOut, "I'd prefer not to get texts from you. Thanks"),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI paid INV-1049 through your online link on Saturday and got a confirmation email with receipt number 7F3K-22Q. Let me know if it didn't come through on your end."
        ),
        (
            .alreadyPaid,
            "Our AP system shows payment 88014 issued 11/30 for $268.90, referencing INV-1076. Should have arrived by now."
        ),
        (.other, "Please note our new AP contact is Jen Morales, jmorales@whitakerlaw.example."),
        (.dispute, "O aquecedor instalado deixou de funcionar três dias depois. Enquanto não o substituírem não vamos pagar."),
        (.optOut, "Bitte abmelden."),
        (.alreadyPaid, "We mailed a check on 11/23 and our bank shows it was deposited 12/1."),
        (.hardship, "Medicare hasn't reimbursed us in three months. Need more time on this one."),
        (.other, "Obrigado, vou verificar com o meu sócio."),
        (.other, "Vou encaminhar para a contabilidade."),
        (.promise, "oui oui je regle ca au plus vite"),
        (
            .optOut,
            "Guten Tag,\n\nwir wünschen keine automatisierten Nachrichten. Bitte stellen Sie die Erinnerungen für unser Konto ab.\n\nFreundliche Grüße\nSabine"
        ),
        (
            .optOut,
            "Hello,\n\nPlease update your records so that automated reminders are no longer sent to this address. Thank you."
        ),
        (.other, "Obrigada pelo aviso, passei ao nosso contabilista que trata destes pagamentos."),
        (.question, "Can we pay by wire? If so, please send the instructions on company letterhead."),
        (
            .hardship,
            "Buenos días,\n\nLe escribo para pedirle un poco de paciencia. Mi esposo está en el hospital desde hace diez días y tengo el negocio cerrado. En cuanto pueda le pago."
        ),
        (.optOut, "Stop emailing me. Call my cell if you need something: 773-555-0148."),
        (
            .dispute,
            "Even if this amount were correct I couldn't pay it right now - we're barely keeping the doors open. But it isn't correct: the quote was $1,500."
        ),
        (
            .dispute,
            "Hi Dana,\n\nWe got charged twice for the same thing - INV-1012 and INV-1015 are both for the porch light install. Which one do you want us to ignore?"
        ),
        (.dispute, "We only received 18 of the 24 cedar panels listed on the invoice."),
        (.promise, "sí, esta semana le pago"),
        (.other, "Bien reçu, je fais suivre à notre cabinet comptable qui gère les paiements."),
        (.alreadyPaid, "Our records show this invoice was paid on 11/19, check number 10288, and the check cleared on 11/24."),
        (.dispute, "we never agreed to the extra 2 days of labor?"),
        (.optOut, "Este e-mail é pessoal, não é da empresa. Parem de mandar cobranças para cá, por favor."),
        (.hardship, "is there any way to split this into 3 payments"),
        (.other, "Thank you for the reminder."),
        (.dispute, "Diese Position wurde nie von uns freigegeben. Wir widersprechen der Rechnung."),
        (.dispute, "Why is there a fuel surcharge on here? Nobody ever mentioned a fuel surcharge."),
        (.hardship, "Het is bij ons het rustige seizoen en de kas is leeg. Mogen we in termijnen betalen?"),
        (.question, "Können Sie uns bitte eine Kopie der Rechnung schicken?"),
        (
            .dispute,
            "Could you issue a credit for the two days the crew didn't show? We both took time off work to let them in and nobody came."
        ),
        (.alreadyPaid, "Wij hebben op 27-11 overgemaakt, met factuurnummer INV-1014 als omschrijving."),
        (
            .dispute,
            "Dear Ms. Whitfield,\n\nWe object to this invoice in its entirety. The scope of work described does not match the signed contract dated August 14, and several items were performed without the written authorization required by clause 7. Please treat this letter as formal notice of our disagreement.\n\nSincerely,\nBeth\nCedar & Stone Landscaping"
        ),
        (
            .other,
            "Hey Dana! Hope the crew is doing well. Tell Mike the new deck looks amazing, we had twenty people out on it for Thanksgiving."
        ),
        (.question, "Do you accept checks?"),
        (.promise, "ill send it end of month"),
        (.optOut, "Don't e-mail me again. Any further contact goes through our attorney."),
        (
            .alreadyPaid,
            "We pay card invoices through Plastiq. It was sent 11/28, and they mail a paper check to the vendor, so it may still be in transit."
        ),
        (.dispute, "Die Arbeiten sind noch nicht abgenommen. Es fehlen die Sockelleisten im Flur."),
        (.promise, "I'll pay it Wednesday, promise"),
        (.hardship, "Can I pay part now and the rest when my tax refund comes in?"),
        (
            .optOut,
            "We paid INV-1041 on November 24 by ACH. Please unsubscribe me from these reminders, they're clogging my inbox."
        ),
        (.question, "Could you send me a copy of the invoice? The attachment on the original email won't open."),
        (.optOut, "remove"),
        (.promise, "pago sexta sem falta"),
        (
            .hardship,
            "I was in the hospital with pneumonia for 10 days and I'm still recovering. Please be patient, I'll get to it."
        ),
        (.question, "who should I talk to about this"),
        (.hardship, "cant pay all of it rn. can i do 100 a week"),
        (.alreadyPaid, "Already paid this on the 25th"),
        (.optOut, "Bitte keine weiteren E-Mails dieser Art."),
        (.optOut, "Whatever list this is, I want off it."),
        (.promise, "A week from today."),
        (.optOut, "stop met mailen naar dit adres, ik werk hier niet meer"),
        (
            .dispute,
            "Half of the flooring was the wrong shade and went back to the supplier. Take the returned material off and we'll look at it again."
        ),
        (.promise, "The check is being signed this afternoon and will go in the mail tomorrow."),
        (.question, "Does this amount include the deposit we already paid?"),
        (.hardship, "We're tight after the layoffs, but I can send $500 by EOW and the rest in January."),
        (.alreadyPaid, "Pagado. Les reenvío el comprobante."),
        (.promise, "Mid-month is when we pay vendors - you'll have it on the 15th."),
        (.alreadyPaid, "Bezahlt per SEPA-Überweisung am 25.11."),
        (.question, "hi, what is the invoice date on this one, the email only shows the due date"),
        (.hardship, "minha mae faleceu e estou resolvendo tudo sozinha, preciso de mais um tempo pra pagar"),
        (.alreadyPaid, "Cette facture a déjà été réglée par virement le 26 novembre (réf. VIR-20261126-0042)."),
        (.promise, "Ist notiert, wir zahlen so bald wie möglich."),
        (.alreadyPaid, "Paid by ACH on the 27th. Do you need the trace number?"),
        (.other, "Merci, bien reçu."),
        (.hardship, "cant pay rn, had surgery. sorry"),
        (.dispute, "De werkzaamheden zijn nog niet afgerond, dus wij betalen nog niet."),
        (.alreadyPaid, "Sent it thru Venmo last nite"),
        (.promise, "Not paid yet, still waiting on sign-off from the board. It should go out by the 20th."),
        (
            .hardship,
            "My husband passed away in October and I'm trying to sort out his business accounts. I don't even know where the checkbook is. Please bear with me."
        ),
        (.optOut, "no more texts"),
        (.promise, "pasado mañana le pago todo"),
        (.alreadyPaid, "We settled this with Mike in person on site - cash. He wrote us a receipt on the back of the estimate."),
        (.question, "Can you reissue this to Quinn's Bakery LLC rather than to me personally? Our accountant needs it that way."),
        (.alreadyPaid, "Envio em baixo o comprovativo do pagamento."),
        (.hardship, "Work has been slow, but I can pay $300 on the 15th and another $300 on January 15."),
        (.optOut, "stop met sms'en naar dit nummer"),
        (.alreadyPaid, "already sent"),
        (.optOut, "We'll pay it on the 18th like I told Mike. You can turn off the reminders for us."),
        (.promise, "Hi Dana, sorry about this. We'll send payment next Friday."),
        (.promise, "Wird heute noch angewiesen."),
        (.question, "Can you send it as a PDF? The link doesn't open on my work computer."),
        (.other, "ok gracias, le aviso a mi esposo"),
        (.dispute, "We never got the second pallet of pavers, so why are we being billed for 600 sq ft?"),
        (
            .dispute,
            "This should have been billed to the landlord, not to us. Under our lease the building owner pays for structural repairs."
        ),
        (
            .optOut,
            "Sehr geehrte Damen und Herren,\n\nich möchte diese automatischen Zahlungserinnerungen nicht mehr erhalten. Bitte tragen Sie mich aus Ihrem Verteiler aus."
        ),
        (
            .optOut,
            "I was cc'd on the original contract as a courtesy. I don't need to be on these reminders, please drop me from the distribution."
        ),
        (.dispute, "Faltan por instalar dos ventanas. No pagaremos hasta que el trabajo esté completo."),
        (
            .hardship,
            "Between chemo appointments and being out of work I'm behind on everything. Can you tell me what the remaining balance is after my deposit?"
        ),
        (.other, "Sorry, replied to the wrong email!"),
        (.alreadyPaid, "FYI we paid this - bank confirmation below."),
        (.other, "Bedankt voor de herinnering, ik kijk ernaar."),
        (.alreadyPaid, "already paid!! look at your bank"),
        (.question, "Podem enviar-me uma cópia da fatura?"),
        (.alreadyPaid, "Payment went out Friday."),
        (.alreadyPaid, "We haven't received any statement showing this as open. It was paid on 11/16 with check 3093."),
        (.promise, "Règlement le 18 décembre au plus tard."),
        (
            .hardship,
            "O inverno é sempre a época mais fraca para nós e este ano está pior. Seria possível pagar $4,120.00 em prestações mensais a partir de janeiro?"
        ),
        (.dispute, "Your invoice says 'deck stain - 2 coats'. Only one coat was ever applied. Anyone can see it."),
        (.alreadyPaid, "O pagamento foi efetuado por transferência internacional a 27 de novembro. Referência: INV-1092."),
        (
            .promise,
            "Hi Dana,\n\nSorry for the radio silence. We switched payroll providers in November and it's been chaos - two of my guys didn't get paid on time and I spent the whole week before Thanksgiving on the phone with the bank. Anyway, things are finally straightened out. Our next payables batch runs on the 15th and your invoice is in it, the full amount.\n\nThanks for being patient. The addition looks great by the way, we moved the piano in last weekend."
        ),
        (
            .alreadyPaid,
            "Onze boekhouder heeft de betaling op 30 november verstuurd als internationale overboeking (Rabobank). Het kan een paar werkdagen duren voordat het bij jullie binnen is."
        ),
        (.hardship, "money is really tight this month, sorry"),
        (.dispute, "the shed door doesnt even close. fix it first"),
        (.other, "Received, thank you."),
        (.alreadyPaid, "Already taken care of. Our bookkeeper included it in the November batch."),
        (.question, "Who signed for this work on our end?"),
        (.optOut, "I dont want texts about this. Stop"),
        (.promise, "Le confirmamos que el pago está programado para el 21/12."),
        (.dispute, "Les travaux de peinture ne sont pas terminés : il manque la deuxième couche dans le salon."),
        (.other, "I'm not the right person for this. Looping in our office manager."),
        (.optOut, "who gave you this number?? stop"),
        (.alreadyPaid, "ya esta pagado, hice el deposito en el Chase el martes"),
        (.hardship, "We haven't paid yet because we genuinely don't have the cash. Sales are down 40% since September."),
        (
            .alreadyPaid,
            "Bonjour,\nLe virement SEPA a été émis le 25/11 depuis notre compte au Crédit Agricole, référence INV-1043. Merci de vérifier de votre côté.\nClaire"
        ),
        (.optOut, "We don't want automated messages from vendors. Please switch them off for our account."),
        (.alreadyPaid, "The check went out last week. #6102, mailed from our Naperville office."),
        (.other, "This is the third email I've gotten from your system today. Something might be broken on your end."),
        (.dispute, "why am i being billed for a permit you never pulled??"),
        (
            .dispute,
            "Dana, with respect, the invoice doesn't match the change order we signed. The change order capped the extra work at $400 and you've billed $1,150 for it."
        ),
        (.promise, "Will be paid once I'm back in the office."),
        (
            .hardship,
            "Would you accept $250 now and $250 in January? We're waiting on an insurance payout that keeps getting pushed back."
        ),
        (.question, "Our new AP software wants a current W-9 on file for every vendor. Would you mind sending one over?"),
        (.optOut, "BAJA"),
        (.alreadyPaid, "PAID 11/30 - CONF# 55102-B"),
        (.promise, "will get it sorted"),
        (.alreadyPaid, "Paid on the 3rd by ACH, trace 071000301455892."),
        (.question, "Which invoice is this? We have three open with you and the email doesn't say."),
        (.promise, "Eind van de maand wordt het betaald."),
        (
            .hardship,
            "A empresa está em processo de recuperação e as contas estão bloqueadas pelo tribunal. Não conseguimos pagar nenhum fornecedor neste momento."
        ),
        (.optOut, "Merci de ne plus m'écrire sur cette adresse, je ne fais plus partie de Boulangerie Marchand."),
        (.optOut, "Je n'ai jamais été client chez vous. Supprimez mes coordonnées de votre fichier."),
        (
            .dispute,
            "Hello,\n\nI have to be honest, I was surprised to get this. When we started the kitchen project in September we were quoted a price that included the backsplash, the under-cabinet lighting and the trim. Halfway through, the backsplash tile was backordered and your foreman said we could either wait or pick something else \"at no extra cost\". We picked something else. Now the invoice has a line for \"tile upgrade - $640\" and another for \"lighting - additional fixtures\" that we never asked for. We have the original quote and the texts with your foreman.\n\nOn top of that the island still doesn't have its end panel and the dishwasher isn't level. So no, we are not paying this invoice as it stands. Please have someone review it against the quote and come out to finish the work."
        ),
        (.promise, "next week sometime, by friday for sure"),
        (.question, "Voor welk project is deze factuur?"),
        (.dispute, "this is a duplicate. you already billed us for the gutter cleaning on the october invoice"),
        (.alreadyPaid, "is al betaald hoor, vorige week"),
        (.alreadyPaid, "Hicimos la transferencia el 26. ¿Me confirma si la recibió?"),
        (.promise, "I'll pay on the 18th. Is there a fee if I use a credit card?"),
        (
            .dispute,
            "I'll pay the $800 for the framing by Friday, but the $440 for \"site cleanup\" is not something we ever agreed to."
        ),
        (.dispute, "the estimate was 2 days, the invoice is for 5. what happened??"),
        (
            .dispute,
            "Dana,\n\nShort of what we ordered: 8 joist hangers billed, 5 installed. 2 exterior lights billed, 1 installed (the other is still in its box on our porch)."
        ),
        (.optOut, "Je paierai le 18. Merci de ne plus m'envoyer de rappels."),
        (
            .alreadyPaid,
            "Payment was made. Please check your deposits from 11/25 - it came as an ACH from Lakeshore Hotel Group operating account."
        ),
        (.optOut, "Please remove me from this list."),
        (.promise, "I get paid on the 11th, will pay then. Sorry for the wait."),
        (.alreadyPaid, "Die Überweisung wurde am 26.11. ausgeführt, Verwendungszweck INV-1005."),
        (.promise, "Olá! Vou pagar no início de janeiro, quando entrar o pagamento do nosso cliente."),
        (.promise, "Ik betaal morgen."),
        (.question, "Please send a statement of account showing all open items."),
        (.promise, "Goedemorgen,\n\nDe factuur staat ingepland voor betaling op 17 december."),
        (.hardship, "lost hours at work but ill pay 100 on the 18th"),
        (.other, "I'll talk to my wife tonight about it."),
        (.dispute, "Wrong tax rate on this one. We're tax exempt (the certificate has been on file with you since 2024)."),
        (.hardship, "Je suis hospitalisé depuis deux semaines, je m'en occuperai dès que je pourrai."),
        (.dispute, "me cobraron 2 veces la visita tecnica, revisen por favor"),
        (
            .other,
            "Ik ben de zoon van mevrouw Bakker; mijn moeder leest haar mail niet meer zelf. Ik bespreek het met haar en laat het u weten."
        ),
        (.question, "do u take credit card over the phone"),
        (.dispute, "The fence is only half stained. We'll pay when it's finished."),
        (.other, "Attaching the signed final inspection report for your records."),
        (.promise, "tomorrow morning first thing"),
        (.promise, "Pagamos el jueves de la semana que viene."),
        (.alreadyPaid, "we paid this already, pls check"),
        (.optOut, "Nunca fizemos negócio convosco. Tirem este contacto da vossa base de dados."),
        (.other, "Thanks - my assistant will be in touch."),
        (.alreadyPaid, "Paid via Bill.com, payment ID PMT-77X21. Status says Delivered."),
        (.optOut, "Unsubscribe me"),
        (.promise, "On vous règle ça avant le 31, c'est noté."),
        (
            .alreadyPaid,
            "Wir haben den Scheck Nr. 118 über $1,875.00 am 21. November per Post an Ihre Adresse in Chicago geschickt."
        ),
        (.promise, "paying it 12/15"),
        (.other, "ok merci"),
        (.other, "recieved thx"),
        (
            .dispute,
            "Hi, I think this was sent to us by mistake. We're at 1820 N Halsted and the work order on your invoice says 1802. We never had anyone out from Harbor & Pine."
        ),
        (.promise, "We haven't paid yet because our AP run is on Thursdays. You'll have it Thursday."),
        (.other, "Noted, $415.75."),
        (.hardship, "Slow season, can i pay 200 now and the rest in jan?"),
        (.hardship, "Mein Mann ist schwer erkrankt, ich kümmere mich um alles allein. Bitte haben Sie etwas Geduld."),
        (
            .optOut,
            "Bonjour,\n\nEn application du RGPD, je vous demande de supprimer mon adresse de vos listes d'envoi et de ne plus me contacter par ce biais."
        ),
        (.promise, "Thanks for the reminder. Payment will go out the first week of January, after our year-end close."),
        (
            .hardship,
            "I'm going through a divorce and our joint accounts are frozen until the lawyers sort it out. I'll pay when I can get to the money."
        ),
        (.optOut, "Delete my address from your mailing list. I no longer work at Ferraro Hospitality Group."),
        (
            .optOut,
            "Kindly unsubscribe this mailbox from your reminder service. We only accept vendor correspondence through our supplier portal."
        ),
        (
            .hardship,
            "Het loopt financieel even niet lekker, maar op 15-12 krijgen we een betaling binnen. Dan maak ik direct de helft over, de rest begin januari."
        ),
        (.question, "Kunt u de factuur opnieuw sturen met ons ordernummer erop?"),
        (.promise, "I'll pay on the 15th when I get paid."),
        (.optOut, "no more emails pls"),
        (
            .hardship,
            "Our accountant says we have to hold all non-essential payments until the refinance closes in the new year. I'm sorry, it's not what I want either."
        ),
        (.dispute, "Esta factura está duplicada, ya nos la cobraron en noviembre."),
        (.other, "ok ill look at it tonight"),
        (
            .dispute,
            "La porte-fenêtre posée la semaine dernière ferme mal et laisse passer l'air. Merci d'envoyer quelqu'un la régler avant de nous relancer pour le paiement."
        ),
        (.promise, "Volgende week wordt het overgemaakt."),
        (.promise, "Once our client pays us on the 20th we'll pay you the same day."),
        (.optOut, "Por favor removam este endereço da lista."),
        (.dispute, "This is more than the quote. What are the extra charges for, and who approved them?"),
        (
            .alreadyPaid,
            "Payment for INV-1004 was included in our batch run on December 2. The remittance advice went to ar@harborpine.example - maybe that's the wrong address?"
        ),
        (.dispute, "vous m'avez facturé 2 fois le déplacement, c'est pas normal"),
        (
            .optOut,
            "Dana - no offence, but we're not a fan of the robo-reminders. Please leave us off the list; we'll get in touch if we need anything."
        ),
        (.promise, "we'll get it paid end of next week"),
        (.promise, "Cuando nuestro cliente nos pague el día 20, le pagamos a usted."),
        (.alreadyPaid, "Siehe unten."),
        (
            .dispute,
            "De uren kloppen niet met wat onze medewerker heeft genoteerd. Kunnen jullie de urenstaten van de monteurs sturen?"
        ),
        (.optOut, "Por favor, deixem de enviar estes e-mails. Não quero receber mais lembretes."),
        (.dispute, "Pagamos a parte dos materiais dia 15/12, mas as horas de mão de obra estão inflacionadas."),
        (
            .alreadyPaid,
            "Estimados señores:\n\nLes informamos que el importe de $640.00 fue abonado mediante transferencia internacional SWIFT el pasado 26 de noviembre, con la referencia INV-1039.\n\nAtentamente,\nCarmen\nPanadería La Espiga"
        ),
        (.hardship, "Would you take $150 every two weeks? I'm a single-income household and the holidays are brutal."),
        (.question, "Can I get a breakdown of labor vs materials"),
        (.dispute, "Le montant dépasse le devis. Pouvez-vous m'expliquer la ligne « frais divers » ?"),
        (.other, "okay got it"),
        (.hardship, "Lost my job last week. I'm not ignoring you, I just don't know when I can pay."),
        (.alreadyPaid, "We paid this last week."),
        (.promise, "Sorry for the delay! Sending it by EOW."),
        (.dispute, "your crew broke my sprinkler line and you want me to pay??"),
        (.promise, "Bis Monatsende ist das erledigt."),
        (.hardship, "We had to let our whole crew go in November. I'll pay what I can when I can."),
        (.optOut, "QUIT"),
        (.other, "Thanks, Dana. Forwarded to our AP team."),
        (.optOut, "Je ne veux plus recevoir ce genre de message. Merci."),
        (
            .optOut,
            "Beste,\n\nDit is een privé-adres dat ik alleen voor familie gebruik. Stuur hier geen herinneringen meer naartoe."
        ),
        (.dispute, "Die Anfahrt haben wir bereits mit der ersten Rechnung am 20.11. bezahlt. Sie ist hier erneut berechnet."),
        (.other, "This went to my spam folder, glad I caught it."),
        (
            .hardship,
            "I'm on disability right now and my check barely covers rent. I want to pay you, but I'd need small payments, maybe $50 or $75 a month."
        ),
        (
            .dispute,
            "Hi Dana,\n\nThe cabinets your team installed in the upstairs bathroom are damaged. Two of the doors are cracked along the hinge side and one drawer front is a completely different color from the rest (looks like it came from another batch). I sent photos to Mike on November 18 and never heard back.\n\nI'm not paying until that's fixed. I'm happy to pay for the work once it's actually finished properly."
        ),
        (
            .dispute,
            "The invoice includes \"haul-away of old cabinets\" but your crew left the old cabinets in our garage. They're still there as I type this."
        ),
        (.alreadyPaid, "ACH went out 11/30, trace number 091000019283746. Should show on your side by now."),
        (.dispute, "jullie hebben de voorrijkosten 2x gerekend"),
        (.optOut, "désabonner"),
        (.optOut, "Opting out of email reminders."),
        (.dispute, "The electrician never showed up on the 14th and we had to reschedule. Those 6 hours should not be on here."),
        (
            .optOut,
            "I left Cedar & Stone Landscaping at the end of October and this inbox is being shut down. Please remove my address from your system."
        ),
        (.question, "Kunnen jullie de factuur op naam van de B.V. zetten in plaats van op mijn naam?"),
        (
            .alreadyPaid,
            "Hi - we're not past due. This was paid on the 25th via EFT. Our AP clerk can send the remittance if you need it."
        ),
        (
            .dispute,
            "Pagaremos el 15 de diciembre lo que corresponde a los materiales. La mano de obra de la segunda semana no la aceptamos porque no vino nadie."
        ),
        (.question, "Is INV-1015 the final invoice or will there be more?"),
        (.promise, "voor het eind van de maand heb je het"),
        (.other, "Ill have a look later"),
        (
            .alreadyPaid,
            "Hi, this was paid together with INV-1018 in one combined check (#2207) on November 23. The check stub lists both invoice numbers."
        ),
        (
            .hardship,
            "Still waiting on the insurance adjuster to release the funds from the storm claim. Can this wait until they pay out?"
        ),
        (.alreadyPaid, "mailed chk last wk"),
        (.other, "Will let my husband know"),
        (.other, "ok thx"),
        (.other, "Can't deal with this today. I'll call you later this week."),
        (.promise, "We'll pay on 12/15."),
        (.hardship, "Our main account hasn't paid us in 90 days and we're stuck. I need a few more weeks."),
        (.optOut, "ya no me manden mensajes por favor"),
        (.hardship, "The medical bills from my accident are eating everything."),
        (.promise, "We can pay right after the 15th when the rent checks come in."),
        (.hardship, "Can you do a payment plan? 4 payments maybe?"),
        (.other, "¡Muchas gracias por todo el trabajo de este año! Les deseamos una feliz Navidad."),
        (.optOut, "will pay on the 11th. stop texting"),
        (.promise, "next friday. sorry for the wait"),
        (.dispute, "No autorizamos ese trabajo"),
        (.dispute, "Hallway drywall is taped but never sanded or painted. That's maybe 70% of the job and you billed 100%."),
        (.alreadyPaid, "Wire sent 12/1, confirmation 2026120100447. Can you confirm receipt?"),
        (.alreadyPaid, "This was already settled by ACH on Nov 25. Please check your records."),
        (.optOut, "Stop texting this number"),
        (.question, "What's the address to mail a check?"),
        (.question, "what is this for"),
        (
            .promise,
            "Je peux payer par chèque ou il faut obligatoirement un virement ? Dans les deux cas ce sera fait d'ici mercredi."
        ),
        (.optOut, "ARRET"),
        (.optOut, "STOP ALL"),
        (.alreadyPaid, "Dana - see the note from our bank below, the check cleared on 11/23."),
        (
            .alreadyPaid,
            "Guten Tag,\n\ndie Rechnung INV-1082 haben wir am 23.11. per Auslandsüberweisung über die Deutsche Bank beglichen. Die Gutschrift dauert erfahrungsgemäß ein paar Tage."
        ),
        (.question, "À quoi correspond cette facture exactement ?"),
        (.dispute, "I never got an invoice from you and I didn't order anything"),
        (.promise, "We'll pay on the 11th.\n\nJamie Ortiz\nOrtiz Roofing Co.\nText STOP to opt out of appointment reminders"),
        (.alreadyPaid, "Hallo, die Überweisung ist raus, Bestätigung der Bank unten."),
        (.optOut, "Pagué hace semanas. Sáquenme de su lista de recordatorios, por favor."),
        (.alreadyPaid, "Pagamento efetuado na sexta-feira passada."),
        (
            .alreadyPaid,
            "Hello,\n\nI'm confused by this one. I called your office on November 30 and paid over the phone with my Visa. The woman I spoke with read back the last four digits and gave me confirmation number 118204, and the charge is on my card statement as HARBOR PINE BLDRS.\n\nCould you look into it on your end? I'd rather not get charged twice.\n\nThanks,\nRachel"
        ),
        (.dispute, "The railing is still loose. Not paying til someone comes back out"),
        (.other, "ok danke"),
        (.hardship, "to sem dinheiro esse mes, posso pagar em duas vezes?"),
        (.question, "Could you send invoices to ap@brightline.example going forward instead of to me?"),
        (.alreadyPaid, "paid yesterday, did it come thru"),
        (.dispute, "Paid this on the first invoice already. This one is a duplicate"),
        (.alreadyPaid, "Já paguei por transferência ontem"),
        (.alreadyPaid, "Já pagámos por cheque, n.º 33210, enviado dia 23."),
        (.dispute, "In de offerte stond $1.200, u factureert $1,560.00. Dat is niet wat we hebben afgesproken."),
        (.dispute, "Ya les pagamos un anticipo de 500 dólares en octubre y no aparece descontado en esta factura."),
        (.question, "I need a copy of the signed contract for our files before we can process this."),
        (.promise, "Donderdag over een week betalen we."),
        (.hardship, "I'm on chemo and not working right now. My daughter is helping me with the bills but it's slow going."),
        (.optOut, "stop stop stop"),
        (.other, "Noted."),
        (.hardship, "Cash is tight until our line of credit renews. Can you hold off a few weeks?"),
        (
            .dispute,
            "Die Elektroarbeiten sind in Ordnung, die zahlen wir am 11.12. Die Malerarbeiten im Treppenhaus müssen aber nachgebessert werden, vorher gibt es dafür kein Geld."
        ),
        (.dispute, "The punch list from the walkthrough still has 9 open items on it. We will pay once the punch list is done."),
        (.alreadyPaid, "Buenos días, les reenvío el justificante que me mandó el banco."),
        (.alreadyPaid, "betaald met iDEAL via jullie link, gisteren al"),
        (.promise, "Will be paid in the next few days."),
        (
            .dispute,
            "You've left off our deposit. We paid $1,500 up front on Sept 8 and this invoice shows the full amount due as if we never paid a cent."
        ),
        (.hardship, "my hours got cut in half at work, i cant pay 2150 at once. can we do installments"),
        (.alreadyPaid, "It's been paid, our bookkeeper sent it Tuesday via ACH."),
        (
            .dispute,
            "Il y a 14 heures de main-d'oeuvre facturées pour une journée et demie de présence sur le chantier. Pouvez-vous m'envoyer les feuilles de pointage ?"
        ),
        (.optOut, "STOP. I already asked once."),
        (.alreadyPaid, "paid via ACH 12/1 ref 8830172"),
        (.dispute, "we asked for a quote, not the work. nobody here said go ahead"),
        (
            .hardship,
            "I'm on medical leave and my business partner doesn't handle any of the finances. I'll need some time on this."
        ),
        (.alreadyPaid, "Paid in full."),
        (.dispute, "Esta factura no es correcta, nos cobraron dos veces el mismo trabajo."),
        (.alreadyPaid, "Der Betrag wurde bereits per Kreditkarte über Ihren Zahlungslink beglichen (Transaktions-ID 7Q2-55810)."),
        (.alreadyPaid, "Schon überwiesen, letzte Woche"),
        (.other, "Je ne suis pas la bonne personne, je fais suivre à Mme Roux."),
        (
            .hardship,
            "Estimada Dana:\n\nDesde que terminó la obra del centro comercial no hemos tenido ningún contrato nuevo. ¿Podemos hablar de un plan de pagos?\n\nSaludos cordiales"
        ),
        (.alreadyPaid, "Ya está pagado, el cargo salió de nuestra cuenta el lunes."),
        (.promise, "Approved for payment this morning. It'll be in the December 10 disbursement."),
        (.promise, "We'll pay on the 9th."),
        (.optOut, "I'd rather not get these reminders by email any more, thanks."),
        (.other, "Dana - I'm out on paternity leave, my wife had the baby Saturday! I'll look at this when I'm back in January."),
        (.other, "Thanks for your patience. Let me check with the office."),
        (.alreadyPaid, "Our remittance advice was emailed to you on 11/24 - check #20418 for $4,120.00."),
        (.optOut, "Dont contact me again"),
        (.hardship, "The bank froze our credit line. We're paying our people first and vendors when we can. I'm sorry."),
        (
            .hardship,
            "Leider ist unser größter Auftraggeber insolvent und wir warten auf über 60.000 Euro. Ich kann Ihnen im Moment nichts überweisen, melde mich aber, sobald sich die Lage bessert."
        ),
        (.promise, "We'll pay this week."),
        (.hardship, "can i pay half now and half next month? things are tight"),
        (.other, "Merry Christmas! Mike and the crew did an amazing job on the mudroom."),
        (.alreadyPaid, "Half went out yesterday by Zelle. The other half will be there by the 15th."),
        (.optOut, "Retirem o meu endereço da vossa lista, obrigado."),
        (.question, "Quisiera saber qué incluye exactamente el concepto «materiales varios» de la factura."),
        (.hardship, "Con la baja médica estoy cobrando muy poco, pero puedo pagar la mitad el viernes 18 y el resto en enero."),
        (.dispute, "This isnt right. Mike said 450 for the whole thing"),
        (.alreadyPaid, "Please see the attached proof of payment."),
        (.promise, "Zahle übermorgen"),
        (.promise, "Betaling volgt op 4/1, na de jaarafsluiting."),
        (.dispute, "this is my landlords bill not mine"),
        (.question, "Do I need to include a copy of the invoice with the check?"),
        (
            .dispute,
            "This is for the Harmon Street project, which was a fixed-price contract we paid in full in September. The extras on this invoice were never approved by anyone here."
        ),
        (.promise, "By EOW."),
        (
            .dispute,
            "Hi Dana,\n\nI want to start by saying the tile work in the new bathroom is beautiful, and Luis was a pleasure to have in the house. But we can't pay this yet.\n\nThe exhaust fan was vented into the attic instead of through the roof. Our home inspector caught it when we had the insurance walk-through last week and said it's a mold problem waiting to happen. I called the office on the 2nd and was told someone would call back, and nobody has. Was that ever passed on?\n\nThere's also a line for \"vanity light upgrade\" - we kept the light fixture we bought ourselves. Where does that come from?\n\nWe'll pay the balance once the fan is vented outside like it was supposed to be, and the light charge comes off."
        ),
        (
            .optOut,
            "Cette facture a été réglée par virement le 25 novembre. Merci de ne plus m'envoyer ces relances automatiques."
        ),
        (
            .question,
            "Hi Dana,\n\nTwo quick things before I can process this:\n1. Can you confirm the remit-to name? Our system has you as \"Harbor and Pine LLC\".\n2. Is INV-1081 subject to sales tax? It wasn't charged and our auditors will ask."
        ),
        (.other, "Merry Christmas to you and the whole Harbor & Pine team!"),
        (.promise, "No need to stop the reminders, they're actually helpful! We'll pay on the 18th."),
        (.promise, "Buenos días, haremos la transferencia a finales de mes, cuando cobremos de nuestros clientes."),
        (.other, "Ciente."),
        (.alreadyPaid, "Zie onderstaande betaalbevestiging."),
        (
            .hardship,
            "We hebben het financieel erg zwaar sinds we een grote klant kwijt zijn. Kunnen we een betalingsregeling treffen?"
        ),
        (.optOut, "Please stop emailing this address. It's a personal inbox and I have asked twice already."),
        (.promise, "the 22nd"),
        (.dispute, "Not authorized. Our PO was for the roof inspection only, not the repair."),
        (.hardship, "Can we split this? Half in January and half in February. December is killing us."),
        (.promise, "Je paierai demain."),
        (
            .hardship,
            "Our city contract payments are delayed by the budget freeze and we're waiting on almost $60k. Can you give us until that clears?"
        ),
        (.dispute, "De keuken is nog steeds niet af, het werkblad ontbreekt."),
        (.question, "whats the total"),
        (.hardship, "Suite à une hospitalisation, je n'ai pas pu régler la facture à temps. Je ferai le virement le 18/12."),
        (.other, "Gracias, lo reviso con mi socio y le aviso."),
        (.dispute, "Can't accept this. The agreement was a flat fee of $2,000 including materials."),
        (
            .question,
            "I'm the new office manager. I don't see this invoice anywhere in our files, could you resend it with the job details"
        ),
        (.question, "who do i make the check out to"),
        (
            .question,
            "Hello Dana,\n\nQuick one. Our auditors want every vendor invoice over $1,000 matched to a signed change order or contract. For INV-1098, can you point me to which document covers it? If it's the September contract, which line item?"
        ),
        (.promise, "We'll pay soon."),
        (.question, "Graag een specificatie van de gewerkte uren"),
        (
            .hardship,
            "Three of our trucks broke down in November and the repairs wiped out our cash. I can start paying something in January."
        ),
        (.alreadyPaid, "Bank says it cleared Thursday"),
        (
            .optOut,
            "Hi,\n\nI've been getting these reminders since October even though I have nothing to do with the account anymore. My ex-husband kept the business and the house on Fulton. I don't know how to make it clearer than this: please remove my email from whatever system sends these. I don't want to hear about his invoices."
        ),
        (.dispute, "Mike's estimate is right below: $900. Not sure where $1,240.00 came from."),
        (.optOut, "Whoever set up this robot: turn it off for us. We don't want reminder emails, period."),
        (
            .alreadyPaid,
            "The payment came from our parent company by wire on 11/27, so the sender name on your statement will be different from ours."
        ),
        (.dispute, "La puerta llegó dañada y con un rayón enorme. No vamos a pagar por eso."),
        (.alreadyPaid, "Our system shows this went out, see below."),
        (.other, "Frohe Weihnachten und einen guten Rutsch!"),
        (
            .optOut,
            "Diese Rechnung ist falsch, wir haben nur die Hälfte der Arbeiten beauftragt. Und bitte schicken Sie keine automatischen Mahnungen mehr an diese Adresse."
        ),
        (.optOut, "Bereits am 27.11. überwiesen. Bitte keine weiteren automatischen Mahnungen an diese Adresse."),
        (.other, "Bedankt, ik heb het doorgezet naar onze financiële afdeling."),
        (.promise, "Disculpe el retraso. Le pago el miércoles 16 sin falta."),
        (.question, "Please add our PO 55-2291 to the invoice and resend"),
        (.alreadyPaid, "ja paguei ontem pelo link"),
        (.optOut, "I'm not the right contact and I'd like to be removed from your system entirely."),
        (.dispute, "the door you put in sticks and the lock doesnt line up. not paying until its fixed"),
        (.hardship, "Je suis en arrêt maladie depuis trois semaines et je ne peux pas régler cette facture pour le moment."),
        (.promise, "after the holidays ok?"),
        (
            .dispute,
            "The countertop arrived chipped on the front edge and your installer put it in anyway. I'd like it replaced or a credit before we pay anything."
        ),
        (.alreadyPaid, "Le mandé un cheque por correo hace dos semanas. ¿No les ha llegado?"),
        (.dispute, "The new front door arrived with a dent and a cracked glass panel. We're not paying for damaged goods."),
        (.promise, "Christmas Eve at the latest."),
        (.optOut, "Não quero receber mais mensagens. Parem."),
        (.question, "de que es esta factura?"),
        (
            .dispute,
            "Good morning,\n\nWe believe this invoice was issued in error. The repair to the water heater enclosure is covered by the one-year workmanship warranty in our contract (section 4). We would appreciate a credit note."
        ),
        (
            .dispute,
            "I'll pay the materials portion on Friday. The labor charge is double what we agreed, so that part waits until we talk."
        ),
        (.hardship, "Estive internado e ainda não voltei a trabalhar. Preciso de mais tempo."),
        (.alreadyPaid, "ja fiz o pix pro Mike, ontem a noite"),
        (.dispute, "You charged my card twice for this, once on 11/20 and again on 11/21. Please refund the second charge."),
        (
            .alreadyPaid,
            "Please check again. Your bank endorsed our check on 11/25 - I'm looking at the back of it in our online banking right now."
        ),
        (.hardship, "Door ziekte ligt ons bedrijf al weken stil. Ik kan nu niet betalen."),
        (.other, "I'll review it on Monday."),
        (.alreadyPaid, "Le paiement a été débité de notre compte le 30 novembre, il devrait apparaître chez vous."),
        (.promise, "will pay tmrw"),
        (
            .optOut,
            "Take me off this list. And can you send the final invoice to my accountant instead? She's at books@oakridgedental.example."
        ),
        (.alreadyPaid, "Transferred the full amt on 11/28, conf 8842"),
        (
            .question,
            "Our construction lender won't release the draw without an unconditional lien waiver from you. Can you send one along with a copy of this invoice?"
        ),
        (
            .other,
            "Our office is moving on January 4th. New address: 2200 W Fulton St, Chicago IL 60612. Please update your records."
        ),
        (.other, "Danke für die Info, ich kläre das intern."),
        (.hardship, "me quede sin trabajo, no tengo como pagar por ahora"),
        (
            .other,
            "Honestly the tone of these emails is a bit much. We've been customers for six years. A personal note would go a lot further than \"FINAL NOTICE\" in the subject line."
        ),
        (.alreadyPaid, "Laut Kontoauszug wurde der Betrag am 30.11. abgebucht. Bitte prüfen Sie Ihren Zahlungseingang."),
        (.promise, "morgen betaal ik"),
        (.promise, "I'll pay sometime next week."),
        (
            .hardship,
            "Hi Dana,\n\nI owe you an explanation. Our son was born seven weeks early on November 12 and he's been in the NICU since. I've been sleeping at the hospital most nights and my wife can't work. The business is running on fumes with just my brother covering jobs, and every dollar that comes in is going to the mortgage and the hospital parking, which is its own kind of robbery.\n\nI haven't forgotten about your invoice. I just can't touch it right now. If you can hold off until things settle I'll make it right, and I'm happy to sign something if that helps."
        ),
        (.alreadyPaid, "Hello, we paid $640.00 by credit card over the phone with your office on November 28th."),
        (.promise, "Pagaremos antes de Navidad."),
        (
            .question,
            "Guten Tag,\n\nkönnen Sie uns bitte die Kontonummer und den SWIFT-Code Ihrer Bank nennen? Auf der Rechnung steht nur ein Link."
        ),
        (.other, "Ich bin nicht zuständig, habe es aber an Herrn Weber weitergegeben."),
        (
            .optOut,
            "Dana,\n\nI know you're just doing your job and I'm honestly not trying to be difficult here. But I get something like forty of these automated things a day between suppliers, the bank, the scheduling software, all of it, and I've started missing real emails from real people because of them. So please take this address off whatever system sends these out.\n\nIf there's ever an actual problem with one of our invoices, Carla in our office handles all of that and she's reachable at the main number. I'd just rather not be on the automated list at all."
        ),
        (.promise, "Wir begleichen die Rechnung bis Ende des Monats."),
        (
            .question,
            "Pour notre comptabilité, il nous faut votre numéro d'identification fiscale et l'adresse complète de votre société. Vous pouvez nous les communiquer ?"
        ),
        (
            .optOut,
            "The job was never finished and now I get robot emails about it. Take us off this list and have Mike call me about the railing."
        ),
        (.promise, "Payment will be made by the end of the month."),
        (.hardship, "divorce is taking everything rn, give me some time please"),
        (.question, "Ist die Mehrwertsteuer in dem Betrag schon enthalten? Unser Steuerberater fragt nach."),
        (.hardship, "Tuve una operación y estuve un mes sin trabajar. Necesito más tiempo para pagar."),
        (.alreadyPaid, "Forwarding our remittance advice. Paid 11/27."),
        (.alreadyPaid, "paid yesterday"),
        (.promise, "I'll pay you Friday, sin falta"),
        (.question, "Quel numéro de bon de commande faut-il indiquer sur la facture ?"),
        (.hardship, "lost my job last month. can i do 50 a week"),
        (.promise, "Le hacemos la transferencia el 9/12."),
        (.other, "You want Paul, not me. He handles all the vendor stuff. I've passed this on."),
        (.hardship, "Im in the hospital will deal with this when i get out"),
        (.other, "Fijne feestdagen!"),
        (.other, "I'll stop by Thursday to drop off the spare keys."),
        (.alreadyPaid, "Bank says the payment cleared our account Tuesday. It should show on your side."),
        (.promise, "Will pay by Friday."),
        (.hardship, "Könnten wir den Betrag in drei Raten aufteilen? Die Auftragslage ist gerade sehr schlecht."),
        (.alreadyPaid, "Sent a wire Monday. Fed reference 20261130MMQFMP2K000123."),
        (.optOut, "pls stop texting me"),
        (.optOut, "Paid 11/30. Quit texting"),
        (
            .dispute,
            "Hi Dana,\n\nThis amount is wrong. We agreed on $950 for the drywall repair and you've billed $1,240.00. Please send a corrected invoice and we'll pay it.\n\nPriya"
        ),
        (
            .dispute,
            "Hey, I think you've got us confused with someone else. You came out for an estimate in the spring but we went with another company."
        ),
        (.hardship, "Het gaat financieel niet goed. Wat is het minimum dat ik nu moet betalen?"),
        (.question, "Which invoice? I paid 2 last month"),
        (.other, "Zur Kenntnis genommen."),
        (
            .dispute,
            "Bonjour,\nLa ligne « heures supplémentaires » n'a jamais été validée par notre conducteur de travaux. Nous ne la paierons pas."
        ),
        (.dispute, "I want a credit for the damaged siding before I pay anything"),
        (
            .hardship,
            "Se nos fue el cliente principal y estamos muy justos. ¿Le puedo pagar la mitad ahora y la otra mitad en enero?"
        ),
        (.promise, "Prezada Dana,\n\nPeço desculpa pelo atraso. A transferência será feita na segunda-feira, dia 14."),
        (.alreadyPaid, "check went out last week"),
        (.promise, "Betaling volgt vrijdag met de volgende betaalrun."),
        (.dispute, "This was quoted at $4,500 for the whole roof. How did it become $7,250.00?"),
        (.alreadyPaid, "I dropped off a check at your office on Monday and gave it to the guy at the front desk."),
        (.promise, "will pay by month end"),
        (.alreadyPaid, "is gister overgemaakt"),
        (.question, "Necesito saber a nombre de quién hago el cheque"),
        (.question, "Does the pay online link take Apple Pay or just cards"),
        (.optOut, "PARAR"),
        (.question, "Can I pay at the office?"),
        (.question, "Is this for the gutter job?"),
        (.other, "We close our books on the 31st. I'll see where things stand then."),
        (.other, "Saw this. Let's talk tomorrow at the site meeting."),
        (.other, "I'll look into it and get back to you."),
        (
            .hardship,
            "Is there any way to get an extension? Business dropped off a cliff once the road construction started out front."
        ),
        (.alreadyPaid, "Sent via Zelle on Sunday to the phone number on the invoice, $3,400.00."),
        (.question, "Please send me the certificate of insurance and a lien release so we can close this out."),
        (.dispute, "Não encomendámos este serviço. Por favor anulem a fatura."),
        (.promise, "You'll see it by the 1st."),
        (.promise, "Pago depois de receber do meu cliente, no dia 20."),
        (
            .hardship,
            "I've been out sick with pneumonia for most of November and just got back to work. Could I have until January?"
        ),
        (.promise, "Die Zahlung erfolgt mit dem nächsten Zahlungslauf am Freitag."),
        (.dispute, "dat meerwerk hebben wij nooit goedgekeurd"),
        (.hardship, "Could we break it into 3 installments? We just bought a truck and we're stretched thin."),
        (.alreadyPaid, "Bonjour, nous avons payé la facture la semaine dernière par chèque. Bonne journée."),
        (
            .dispute,
            "Im Angebot vom 12. Oktober stehen 3.200 USD. Wieso jetzt $3,980.00? Nachträge haben wir keine unterschrieben."
        ),
        (
            .dispute,
            "Guten Tag,\n\ndie Arbeiten wurden mangelhaft ausgeführt, die Fliesen im Eingangsbereich sind an mehreren Stellen gesprungen. Eine Zahlung erfolgt erst nach der Nachbesserung."
        ),
        (.promise, "I get paid Dec 11th, I'll send it that night"),
        (.other, "Thanks, I'll make sure our AP team sees this."),
        (.other, "?"),
        (.hardship, "Things have been tight since my surgery but I can send $200 on Friday the 11th."),
        (.alreadyPaid, "Paid yday"),
        (.promise, "Let me get through payroll this week and I'll pay you Monday."),
        (.dispute, "Not our invoice. We're at the Route 9 location, this address is the old tenant."),
        (
            .dispute,
            "Bonjour,\n\nLe carrelage livré est abîmé, plusieurs carreaux sont fendus. Nous ne réglerons pas cette facture en l'état."
        ),
        (
            .optOut,
            "Hi, I'd like to be removed from the automated emails. If something actually comes up Dana can write to me herself, just not the robot."
        ),
        (.hardship, "my business partner bailed and left me with all the debt. need more time"),
        (.optOut, "Unsubscribe."),
        (.promise, "We will pay on December 15."),
        (.promise, "first thing monday morning"),
        (
            .alreadyPaid,
            "Hi, I believe this is settled - we sent an ACH on 12/2 and our statement shows it went through on 12/3. Let me know if I'm wrong."
        ),
        (.alreadyPaid, "I paid cash to Mike on friday"),
        (.question, "A que serviço se refere esta fatura?"),
        (.promise, "Komt in orde, we betalen zo snel mogelijk."),
        (.hardship, "hab meinen job verloren. geht auch ratenzahlung?"),
        (.promise, "We'll pay in 3 weeks."),
        (
            .dispute,
            "This work was covered under our home warranty claim (#HW-55812). The warranty company pays you directly, not us."
        ),
        (.optOut, "Merci de me désabonner de ces rappels automatiques."),
        (.optOut, "Do not text this number again. Email only please."),
        (.question, "whats your tax ID, our accountant is asking"),
        (.other, "Ik stuur het door naar onze boekhouder."),
        (.promise, "We'll mail the check in 10 days."),
        (
            .dispute,
            "We already paid this invoice in October. It's the exact same work as INV-1031 - you've billed us twice for the one job."
        ),
        (.alreadyPaid, "Sent by ACH on 11/30 - can you let me know once it's posted?"),
        (.other, "I'm not the one who handles billing anymore. Cc'ing my replacement."),
        (.promise, "will pay by EOW"),
        (.dispute, "We returned the extra tile boxes the same week, unopened. They should come off this invoice."),
        (.other, "Bit aggressive for a first reminder, no?"),
        (.promise, "Le virement partira le 9/12."),
        (.promise, "12/21"),
        (
            .dispute,
            "this invocie is for the wrong adress, we're at 412 Elm not 421 Elm and we didnt get the kitchen done, that was our neighbour"
        ),
        (.promise, "Wordt binnenkort betaald."),
        (.other, "Dana, happy holidays!"),
        (.question, "does the total include tax"),
        (
            .hardship,
            "En invierno la taquería vende la mitad y este mes apenas cubrimos la renta. ¿Sería posible pagar $640.00 en cuatro pagos mensuales?"
        ),
        (.dispute, "O trabalho ficou mal feito, a pintura já está a descascar na fachada."),
        (.hardship, "Slow month. Give me a few more weeks pls"),
        (.optOut, "Per my previous email, do not contact me again at this address."),
        (
            .dispute,
            "This job was for unit 2B, which is privately owned. We're the condo association; we don't pay for work inside the units."
        ),
        (.question, "Please resend the invoice, I can't find it anywhere."),
        (.promise, "Bonjour, le paiement sera effectué le 15/12. Cordialement."),
        (.promise, "Next Thursday."),
        (.optOut, "arretez de m'envoyer ces messages svp"),
        (.question, "Is there a way to pay by credit card? The link only asks for a bank account."),
        (.optOut, "stop msging me"),
        (.question, "which invoice is this"),
        (.alreadyPaid, "Paid in full. Confirmation #88213"),
        (.promise, "ill mail the check monday"),
        (.other, "who is this?"),
        (.promise, "By the end of next week at the latest."),
        (.other, "Recebido, obrigado."),
        (.hardship, "my client hasnt paid me so i cant pay you yet. sorry man"),
        (.hardship, "ben mijn baan kwijt, ik kan nu niks betalen sorry"),
        (.dispute, "Wrong customer. We're Pham Nails & Spa of Evanston - you want the Skokie one."),
        (.hardship, "Slow season. Could I pay half now and half in February?"),
        (.dispute, "El trabajo no está terminado. No vamos a pagar hasta que lo terminen."),
        (.alreadyPaid, "paguei ao vosso técnico por MB Way quando ele acabou"),
        (.optOut, "CANCEL"),
        (
            .hardship,
            "One of our clients is 120 days late on a $38,000 invoice, and until they pay we're scraping by. Can we push this out a month?"
        ),
        (.alreadyPaid, "Bom dia, reencaminho o comprovativo que o banco me enviou."),
        (.promise, "will pay within 7 days"),
        (.alreadyPaid, "paid on the 3rd"),
        (.dispute, "Die Rechnung ist fehlerhaft: Sie haben die Anfahrt doppelt berechnet."),
        (
            .dispute,
            "Bij het plaatsen van de kozijnen is de vensterbank beschadigd. Daar willen we eerst een oplossing voor voordat we betalen."
        ),
        (.other, "Who is this"),
        (
            .dispute,
            "Paying the undisputed portion by 12/18. The remaining charge for the extra trim is disputed - we never saw a change order for it."
        ),
        (.question, "Is this the same invoice I got in the mail last week?"),
        (.alreadyPaid, "ya le pague por zelle ayer"),
        (
            .hardship,
            "Dana,\n\nI'll be straight with you. The restaurant has been losing money since the city tore up the street out front in August - nobody can park, half our regulars stopped coming, and we've cut staff to the bone. I'm not trying to dodge what I owe you, the work you did on the walk-in was great. I just don't have it right now.\n\nIf you can give me some room, I'd like to pay something every couple of weeks until it's cleared. Whatever works on your end.\n\nThanks for understanding,\nBeth"
        ),
        (.optOut, "no more txts pls"),
        (.dispute, "I paid inv 1033 already and this is the same exact work. double billed"),
        (.optOut, "No more reminders. Call me instead"),
        (.promise, "will pay tomorrow. whats the total with the other invoice?"),
        (.promise, "Can pay on the 11th when my check comes in"),
        (.question, "Staat de btw al in dit bedrag? Onze boekhouder wil dat weten voordat hij betaalt."),
        (.promise, "Payment scheduled for 12/17 via ACH."),
        (
            .question,
            "Buenos días,\n\n¿Me podrían reenviar la factura original? Necesito que venga a nombre de la empresa y con nuestro RFC."
        ),
        (.optOut, "SAIR"),
        (.question, "Is the pay link legit? My bank flagged it as suspicious."),
        (.promise, "Ik regel het deze week nog"),
        (
            .alreadyPaid,
            "Bom dia,\n\nA fatura INV-1010 foi paga por transferência SWIFT a 25 de novembro, a partir do Millennium BCP. Agradeço que verifiquem."
        ),
        (.optOut, "Cancelar subscrição"),
        (.dispute, "Is this a joke? You billed us for 3 coats of sealer on a driveway you never sealed."),
        (.other, "Hartelijk dank voor de mooie afwerking van de serre. Prettige kerst en een goed nieuwjaar!"),
        (.hardship, "Money's been tight since the layoff. Do you charge late fees?"),
        (.alreadyPaid, "Ya realizamos el pago el 27 de noviembre por transferencia."),
        (
            .dispute,
            "The paint color is not what we picked. We signed off on Harbor Gray and the living room is basically blue. Please don't expect payment until it's repainted."
        ),
        (.promise, "ik betaal maandag"),
        (
            .dispute,
            "Ao retirar o armário antigo os vossos funcionários partiram duas peças de azulejo. Queremos isso resolvido antes de pagar."
        ),
        (.alreadyPaid, "Mi esposa ya pagó la factura la semana pasada"),
        (.optOut, "please unsubscribe me from the reminder emails"),
        (
            .hardship,
            "Wir sind gerade sehr knapp, weil die Löhne und das Weihnachtsgeld anstehen. 500 Dollar schaffe ich bis Freitag, den Rest im Januar."
        ),
        (.dispute, "vcs cobraram a visita duas vezes"),
        (
            .hardship,
            "Is there any possibility of a hardship arrangement? My wife has been in treatment since September and our finances are stretched thin."
        ),
        (.alreadyPaid, "Been paid"),
        (.optOut, "Remove me from this text list, I'm the tenant not the owner"),
        (
            .hardship,
            "Our largest tenant went bankrupt and we've lost about 30% of our rent roll overnight. We need to talk about a payment arrangement.\n\nPriya\nBrightline Agency"
        ),
        (.promise, "Our controller is out until Wednesday. She'll release the payment that afternoon."),
        (.question, "Wat zijn jullie bankgegevens voor een internationale overboeking?"),
        (.optOut, "Quiero darme de baja de estos correos."),
        (
            .alreadyPaid,
            "Hola,\n\nLa factura INV-1028 se pagó el 24 de noviembre mediante transferencia desde BBVA. El número de operación es 2026-11-24-88190."
        ),
        (.optOut, "Wij willen geen automatische berichten meer ontvangen."),
        (.alreadyPaid, "This was paid by BACS on 27 November, reference HARBORPINE INV-1085."),
        (.alreadyPaid, "Zelled it to the number on your website this morning, 725. sorry for the delay"),
        (.question, "Does this include the punch-list fixes from the final walkthrough, or will those be billed separately?"),
        (.promise, "Le pago el viernes"),
        (
            .dispute,
            "Change order #4 was approved at a fixed $600. The invoice bills it as time and materials at $1,340. Please reissue it at the agreed price."
        ),
        (.promise, "I'll have it to you by COB Tuesday."),
        (.promise, "On vous paie le 20, dès que notre client nous aura réglé."),
        (.hardship, "I had knee surgery on the 16th and I'm off work for six weeks. I can't pay this right now. I'm sorry."),
        (.question, "What bank details should we use for a wire? We need the routing and account number on your letterhead."),
        (
            .promise,
            "Bonjour,\n\nToutes nos excuses pour ce retard. Le règlement de INV-1043 sera fait le 16 décembre au plus tard."
        ),
        (.question, "What's the due date on this? The PDF says net 30 but your email says past due."),
        (.other, "Just saw this. I'm in meetings until Friday."),
        (
            .optOut,
            "Goedemiddag,\n\nIk wil deze herinneringen niet meer ontvangen. Haal mij alstublieft van de lijst.\n\nMet vriendelijke groet,\nFemke"
        ),
        (.other, "oké, top"),
        (.question, "Do you have a customer portal where I can see all our invoices in one place?"),
        (.dispute, "Prometeram-nos um crédito pelo atraso e não aparece na fatura."),
        (.question, "Wir haben noch nicht bezahlt, weil uns Ihre Steuernummer fehlt. Können Sie uns das Formular W-9 zusenden?"),
        (.question, "Merci de m'envoyer vos coordonnées bancaires complètes (SWIFT et numéro de compte)"),
        (.dispute, "Nope. We're not paying for the dumpster. Your project manager told us the dumpster was on you."),
        (.promise, "We betalen volgende week dinsdag."),
        (
            .question,
            "Bom dia,\n\nPodem indicar-me o código SWIFT e o número de conta completo? O meu banco pede esses dados para a transferência."
        ),
        (.optOut, "remove me"),
        (.alreadyPaid, "I paid this together with INV-1087 through the online link on 11/29 and got one receipt for the total."),
        (.hardship, "The holiday season is make-or-break for us and it's been bad. Would 6 monthly payments be acceptable?"),
        (.dispute, "THIS IS INCORRECT. The quote was for labor only, we supplied all the materials ourselves."),
        (
            .dispute,
            "The new downspout dumps right onto the patio, which is the opposite of what we asked for. It needs to be redone and I'm not paying for it twice."
        ),
        (.alreadyPaid, "Het bedrag is al van onze rekening afgeschreven. Zou bij jullie zichtbaar moeten zijn."),
        (.optOut, "paid it tuesday. unsubscribe"),
        (.promise, "Will pay Monday. Can you send the W-9 first?"),
        (.promise, "I'll pay it tomorrow"),
        (.question, "Não encontro a fatura original. Podem reenviá-la com o NIF da empresa?"),
        (.alreadyPaid, "We hebben $640.00 op 25 november betaald. Hebben jullie het nog niet ontvangen?"),
        (.promise, "Wir zahlen zwischen dem 14. und 18.12."),
        (.hardship, "They laid off half our department last week, including me. Is there any way to set up a payment plan?"),
        (.other, "ok, obrigado"),
        (.dispute, "The amount is wrong, we only got one of the two doors. can you send me an itemized invoice"),
        (
            .question,
            "Könnten Sie uns eine Rechnungskopie mit vollständiger Anschrift und Leistungsdatum zusenden? Ohne diese Angaben können wir sie nicht verbuchen."
        ),
        (.alreadyPaid, "c'est payé depuis vendredi"),
        (.promise, "Wir überweisen Donnerstag in einer Woche."),
        (.alreadyPaid, "Wire confirmation with the MT103 details below. The UETR is in there if your bank needs to trace it."),
        (
            .dispute,
            "Most of the plants you put in died within two weeks - they were never watered in. We expected a partial refund, not another bill."
        ),
        (
            .optOut,
            "I'm not paying for a deck that still wobbles when you walk across it. And I want these automated emails stopped - have Mike call me."
        ),
        (.dispute, "vos gars ont rayé le parquet en montant le frigo. je paie pas tant que c'est pas réparé"),
        (.promise, "Payment will go out next Friday."),
        (.alreadyPaid, "This went out on the 24th, here's the confirmation from our AP system."),
        (.optOut, "I'll pay on the 15th. Stop sending these every day."),
        (.other, "I just wanted to say the new kitchen is perfect. My mother cried when she saw it."),
        (.promise, "Vamos regularizar em breve."),
        (.promise, "We'll have it to you before the end of the month, Dana."),
        (.optOut, "Por favor, dejen de mandar correos a esta dirección. Ya no trabajo en Carpintería Martínez."),
        (.promise, "Going out with Friday's run."),
        (.optOut, "Nunca contraté nada con ustedes. No me escriban más."),
        (
            .dispute,
            "We're billed for three weeks of dumpster rental. It was picked up after 9 days - I have the hauler's receipt."
        ),
        (
            .question,
            "Est-ce que vous acceptez PayPal ou la carte bancaire plutôt qu'un virement international ? Les frais de ma banque sont énormes."
        ),
        (.hardship, "I know I owe this. Things are bad, the truck got repossessed last week. I'll call you."),
        (.question, "Kunt u mij een kopie van de factuur sturen?"),
        (.optOut, "STOP"),
        (.optOut, "quit texting me man"),
        (.promise, "i can pay on the 23rd"),
        (.question, "Do you take Venmo"),
        (
            .other,
            "Dana,\n\nNot sure if this is the right place for it, but the gate latch Mike replaced in November is already sticking again. No rush, whenever someone is in the neighborhood."
        ),
        (.promise, "Hallo Dana,\n\nsorry, ist bei mir untergegangen. Ich überweise bis Freitag.\n\nViele Grüße\nKatrin"),
        (
            .dispute,
            "A fatura inclui horas extra que ninguém autorizou. Podem enviar-me o registo de horas assinado pelo nosso encarregado?"
        ),
        (.hardship, "I broke my wrist and can't work. Do you have a hardship program or something like that?"),
        (.alreadyPaid, "El pago se hizo por transferencia el 26/11. Adjunto el justificante."),
        (.question, "Gehört diese Rechnung zum Projekt in der Hauptstraße oder zum Lager?"),
        (.promise, "We can pay on the 18th, or the 21st at the very latest."),
        (.other, "Dank je, ontvangen."),
        (.other, "Merci encore pour le travail sur la terrasse, nous en sommes ravis. Joyeux Noël à toute l'équipe !"),
        (.promise, "Die Überweisung geht bis zum 9.12. raus."),
        (
            .dispute,
            "La pintura de la fachada ya se está cayendo en varias partes y no han pasado ni dos meses. Así no les podemos pagar."
        ),
        (.hardship, "C'est la saison creuse pour nous, je vous demande un délai supplémentaire."),
        (.question, "What card types do you accept? We only have a Discover business card."),
        (.question, "send me the bill again pls"),
        (.promise, "Pronto le pagamos, disculpe."),
        (.question, "Qual é o prazo limite para o pagamento sem juros?"),
        (.other, "Can't talk now, in a meeting all afternoon."),
        (.optOut, "STOP SMS"),
        (
            .optOut,
            "Bonjour,\n\nMerci de retirer cette adresse de vos envois automatiques, elle n'est pas destinée à la facturation."
        ),
        (.question, "Is this the final bill, or is there another one coming for the electrical?"),
        (.optOut, "remove me from your email list thanks"),
        (
            .dispute,
            "Goedemorgen,\n\nDe dakgoot lekt nog steeds, precies op dezelfde plek als vóór de reparatie. Wij betalen pas als het echt verholpen is."
        ),
        (.optOut, "Les pido que no me vuelvan a escribir. Cualquier asunto, a través de mi abogado."),
        (.hardship, "no tengo para pagar todo ahorita, puedo dar abonos?"),
        (.alreadyPaid, "Pd 11/24 ck#3390"),
        (
            .hardship,
            "Décembre est notre mois le plus creux, le restaurant est fermé trois semaines pour travaux. Est-il possible de payer $455.00 en quatre mensualités à partir de janvier ?"
        ),
        (.other, "Let me check with our controller and circle back."),
        (.question, "Welche Bankverbindung sollen wir für die Auslandsüberweisung verwenden?"),
        (.promise, "The 4th of January, right after the holidays."),
        (.alreadyPaid, "Voir ci-dessous la confirmation de virement."),
        (.other, "Also, we'd love a quote for a new patio in the spring. Give me a ring sometime."),
        (.hardship, "Estoy enfermo y sin trabajar, necesito un poco más de tiempo."),
        (.promise, "Posso pagar por PayPal? Se sim, pago ainda hoje."),
        (.dispute, "I'm not the homeowner, I just rent here. The owner is Pat Reilly and this should be billed to her, not me."),
        (.alreadyPaid, "paid it this morning thru the link"),
        (.other, "Happy New Year in advance! Talk in January."),
        (.alreadyPaid, "Hi Dana, we mailed a check on 11/24. Can you confirm you received it?"),
        (.hardship, "Estamos pasando por un mal momento económico. ¿Podríamos pagar en cuotas?"),
        (.optOut, "Opt out."),
        (.alreadyPaid, "I zelled you Monday"),
        (.alreadyPaid, "I sent it via zelle on the 29th around 8pm"),
        (.optOut, "Stop texting me, I'm handling it with my accountant"),
        (.alreadyPaid, "Je vous transfère la confirmation de la banque."),
        (.other, "sorry, just seeing this now. crazy week"),
        (.hardship, "Wir sind knapp bei Kasse, können aber am 15.12. die Hälfte überweisen."),
        (
            .optOut,
            "Cease contact with this office. From now on all communication regarding the property goes through our management company."
        ),
        (
            .dispute,
            "Factuur INV-1007 is dubbel: precies hetzelfde werk stond al op INV-1011, en die hebben we op 20 november betaald."
        ),
        (.question, "We need a W-9 before we can cut a check"),
        (.promise, "Thursday week ok? That's when our draw comes through."),
        (.question, "Necesito una copia de la factura con el desglose de materiales y mano de obra"),
        (.question, "Pourriez-vous nous envoyer le détail des heures facturées ?"),
        (.other, "Gracias por avisar. Se lo reenvío a nuestra gestoría, ellos se encargan de los pagos."),
        (.other, "Thanks - I'll run this by my accountant."),
        (.optOut, "End"),
        (
            .dispute,
            "These hours are wrong.\nMonday: 4 hrs, not 8.\nTuesday: nobody came.\nWednesday: 6 hrs.\nPlease fix and resend."
        ),
        (
            .dispute,
            "Je vous règle la partie plomberie vendredi, mais pas l'électricité : le tableau n'a toujours pas été raccordé."
        ),
        (
            .hardship,
            "Sehr geehrte Damen und Herren,\n\nseit dem Hochwasser im Oktober ist unser Laden geschlossen, die Versicherung hat noch nicht gezahlt. Ich bitte Sie um Stundung bis Februar."
        ),
        (.optOut, "pls stop w the emails"),
        (.optOut, "Is al betaald. Haal me van de mailinglijst."),
        (
            .alreadyPaid,
            "The payment was submitted through our AP portal (Bill.com) on 11/25. Those usually take 3-5 business days to land."
        ),
        (
            .hardship,
            "Cash flow's been brutal since we lost the Dunmore contract, but I can get you the full amount by the end of next week."
        ),
        (.promise, "can pay tuesday. do i make the check to harbor and pine or harbor & pine builders?"),
        (
            .alreadyPaid,
            "Good afternoon,\n\nPayment for INV-1046 was released on 11/30 via ACH (CCD+), addenda referencing the invoice number. Please allow 1-2 business days for posting."
        ),
        (
            .question,
            "Bonjour, je n'ai pas reçu la facture d'origine, seulement ce rappel. Quel est le détail des prestations facturées ?"
        ),
        (.question, "What's the remit-to address? The one on the invoice is a PO box in another state."),
        (
            .alreadyPaid,
            "We sent $250 on 12/1, it's all we could manage. Work has dried up since the plant closed and I don't know when I can do the rest."
        ),
        (.question, "Can you tell me which property this was for? We manage about 40 buildings and I can't match it."),
        (.dispute, "u charged me twice for the same job"),
        (
            .dispute,
            "Bonjour,\n\nLe montant ne correspond pas au devis signé (980 $). Merci de nous envoyer une facture rectifiée."
        ),
        (
            .alreadyPaid,
            "Goedemiddag,\n\nWij hebben het bedrag op 26 november overgemaakt via de ING, met kenmerk INV-1001. Graag uw administratie nog even nakijken."
        ),
        (.dispute, "Mike said he'd credit us $300 for the delay. That credit isn't on here."),
        (
            .promise,
            "Hey Dana,\n\nSorry sorry sorry. This fell through the cracks - our bookkeeper quit right before Thanksgiving and I've been trying to figure out QuickBooks on my own, which is going about as well as you'd expect. Found your invoice in the pile. I'm doing a batch of payments on Thursday the 10th and yours is at the top of the list.\n\nThanks for your patience, and tell the guys the basement looks fantastic.\n\nPriya"
        ),
        (.other, "Danke für den Hinweis, ich gebe es an unsere Steuerkanzlei weiter, die erledigt die Zahlungen."),
        (.alreadyPaid, "ya pagué - sent it by Zelle yesterday"),
        (
            .question,
            "Please confirm your remittance details by phone. Our AP team flagged a recent change of bank details as possible fraud and we can't release anything until it's verified."
        ),
        (.promise, "We pay net 30 from receipt. We logged your invoice on 11/20, so it will be paid 12/20."),
        (.hardship, "We lost our biggest client in October and cash flow is really tight. Can I pay this in smaller amounts?"),
        (.promise, "A fin de mes sin falta."),
        (
            .hardship,
            "Boa tarde,\n\nO nosso camião avariou e estamos parados há três semanas. Podemos fazer um acordo de pagamento?"
        ),
        (.alreadyPaid, "Check #4471 was mailed on the 20th. Should be there any day."),
        (.alreadyPaid, "Paid via PayPal to accounts@harborpine.example on 11/29, transaction ID 4TY91823KL556."),
        (.hardship, "lost my job. ill pay when i can"),
        (.promise, "will pay on payday"),
        (
            .optOut,
            "Não autorizo o envio de mensagens automáticas para este e-mail. Peço que apaguem os meus dados, nos termos do RGPD."
        ),
        (.dispute, "the roof still leaks. fix it and then we can talk about paying"),
        (.alreadyPaid, "Paid by money order, mailed 11/28. I kept the receipt stub, #22904881."),
        (.optOut, "Unsubscribe"),
        (.alreadyPaid, "It's been paid! Sorry it was a few days late."),
        (.hardship, "my husband had a stroke, please be patient with us"),
        (.other, "call me 312 555 0187"),
        (.question, "waar is deze rekening voor?"),
        (.other, "ok"),
        (.promise, "Nous réglerons la facture d'ici la fin de la semaine prochaine."),
        (.other, "Enterado."),
        (.promise, "Wir kümmern uns umgehend um die Zahlung."),
        (.question, "Is this the same as the one below?"),
        (.hardship, "Can I do $100/month? Money is super tight"),
        (.promise, "I'll take care of it."),
        (.optOut, "Stopp. Keine SMS mehr bitte"),
        (.alreadyPaid, "Segue abaixo o comprovativo."),
        (
            .hardship,
            "Cash flow is a mess right now - two of our own customers are 60+ days late paying us. Can you give us 30 more days?"
        ),
        (.optOut, "No me envíen más mensajes a este número."),
        (
            .dispute,
            "Hi,\n\nWe did agree to the extra closet shelving, but at $275, not the $690 shown here. Nobody told us the price had gone up before the work was done. Can you check with Mike and fix this?"
        ),
        (.other, "Claire est en congé maternité ; j'ai transmis votre message à la personne qui la remplace."),
        (.promise, "Payment Dec. 9 - our controller signs checks on Wednesdays."),
        (.optOut, "bitte keine sms mehr an diese nummer, nur noch per brief"),
        (.question, "¿A qué trabajo corresponde esta factura?"),
        (.other, "Message received. I'll make sure it gets to the right person."),
        (.dispute, "You overcharged us. 3 windows at $180 each is $540, not $720."),
        (.hardship, "We're in a rough spot after the fire at our warehouse. Can we talk about a payment plan?"),
        (.hardship, "Onze verzekeraar heeft de schade nog steeds niet uitgekeerd. We kunnen pas betalen als dat binnen is."),
        (.hardship, "In de winter ligt ons hoveniersbedrijf bijna stil. We kunnen nu echt niet het hele bedrag betalen."),
        (.promise, "Geht auch eine Zahlung per Kreditkarte? Dann erledige ich das am Montag."),
        (.alreadyPaid, "paid in full 11/27 via wire (ref GW-112726)"),
        (.hardship, "can only do 250 for now, ill send it friday"),
        (.optOut, "Bitte entfernen Sie diese Adresse aus Ihrem Verteiler."),
        (.optOut, "I never signed up to receive these. Please stop."),
        (.other, "👍"),
        (
            .alreadyPaid,
            "Bonjour Dana,\n\nNotre comptable me confirme que INV-1057 est partie dans le lot de paiements du 27 novembre (virement international, BNP Paribas). Il faut parfois quelques jours pour que les fonds arrivent aux États-Unis.\n\nBien à vous,\nSophie"
        ),
        (.alreadyPaid, "Zahlung ist am Freitag rausgegangen."),
        (.promise, "I can pay in two weeks"),
        (.other, "👌"),
        (.alreadyPaid, "We remitted payment on 11/20 in the amount of $268.90. Please apply it to INV-1099."),
        (.promise, "Hola Dana, la próxima semana queda pagado, se lo aseguro."),
        (.promise, "We'll pay it in two weeks when the draw from the bank comes through."),
        (.hardship, "ahorita ando muy apretado de dinero, me deja pagarle en 3 partes?"),
        (.other, "Tell Mike thanks for fixing the gate so fast last week!"),
        (.optOut, "Ya pagué. No me manden más mensajes."),
        (
            .dispute,
            "You charged 12 hours on the 3rd. The crew arrived at 10:30 and was gone by 3. I have the doorbell camera footage if you need it."
        ),
        (.promise, "Can you resend the payment link? I'll pay it tonight."),
        (.question, "Bonjour,\n\nPourriez-vous m'envoyer une copie de la facture ? Je ne la retrouve pas dans nos dossiers."),
        (.alreadyPaid, "Esta fatura já foi paga no dia 27/11 por transferência bancária."),
        (.optOut, "Do not email me about this again."),
        (.question, "Wat is de uiterste betaaldatum?"),
        (.other, "Cold one today! stay warm guys"),
        (.alreadyPaid, "Paid with card yesterday. Confirmation 55901"),
        (.dispute, "Les travaux ne sont pas terminés, nous ne paierons pas avant la fin du chantier."),
        (
            .hardship,
            "im so behind on everything since the divorce. please dont send this to collections, ill figure something out"
        ),
        (.optOut, "STOP sending me these"),
        (.hardship, "honestly we are struggling. business has been slow since summer. i can do maybe $200 a month if thats ok"),
        (.optOut, "Please take my number off your list, this is a work phone"),
        (.hardship, "My husband lost his job at the plant. We'll need to do this in installments if that's ok with you."),
        (.question, "Can you remind me what project this is for? I don't have the paperwork in front of me."),
        (.optOut, "STOPALL"),
        (.promise, "We process vendor payments on net-45 terms. This one is scheduled to be paid on December 22."),
        (.other, "thanks"),
        (.other, "Wrong person - try Sarah in accounting, skowalski@whitakerlaw.example. She handles all the vendor invoices."),
        (.dispute, "We paid the quoted $900 on 11/20. The rest of this invoice was never agreed to and we won't be paying it."),
        (.promise, "el 15 le pago sin falta"),
        (
            .dispute,
            "The grout is already cracking in three places and the new shower leaks into the basement. Fix it first, then bill me."
        ),
        (.hardship, "I'm between jobs, but my severance lands next Friday and I'll pay you the full amount that day."),
        (
            .dispute,
            "The work was done at my mother's house and she's the one who signed the contract. It shouldn't be in my name at all."
        ),
        (.question, "Do you need the payment to reference the invoice number, or is our customer number enough?"),
        (.other, "wrong person, try my wife at 773 555 0142"),
        (
            .dispute,
            "El presupuesto que nos enviaron era de 1.450 dólares y ahora la factura es de $1,875.00. Nadie nos avisó de ningún cargo extra."
        ),
        (.optOut, "No quiero recibir más recordatorios automáticos. Dejen de escribirme."),
        (.dispute, "Wrong address. We're 318 not 381"),
        (
            .dispute,
            "Boa tarde,\n\nA obra não está concluída: falta montar os rodapés e pintar o teto da sala. Só pagamos quando estiver tudo terminado."
        ),
        (.hardship, "After my surgery I'm behind on all my bills. Do you charge interest if I pay late?"),
        (.question, "Can you break out how much of this is for the gutters vs the fascia repair?"),
        (.question, "Is the amount on INV-1052 before or after the deposit?"),
        (.dispute, "you guys cracked the tile in the entry and left. not paying for that"),
        (.alreadyPaid, "De factuur is voldaan per creditcard, transactienummer 55-0918-2271, op 27/11."),
        (.promise, "Will pay Friday. Do you take Amex?"),
        (
            .hardship,
            "Wir sind gerade knapp bei Kasse. Können Sie mir die Rechnung noch einmal als PDF schicken, damit ich sie meinem Steuerberater zeigen kann?"
        ),
        (.optOut, "remove this # from ur list"),
        (.hardship, "Had a family emergency, need more time please"),
        (
            .hardship,
            "We closed the shop for a month after the flood and we're just now reopening. Any chance we can work out a payment plan?"
        ),
        (.dispute, "Materials were billed at retail. Our contract says cost plus 10%."),
        (.promise, "Payment is being processed and will go out with our next payment run."),
        (.alreadyPaid, "Virement effectué le 27/11, vous devriez l'avoir reçu. Référence : INV-1054."),
        (.alreadyPaid, "I paid Mike directly when he came by for the final walkthrough - he took a check for the full amount."),
        (.optOut, "Take me off your list"),
        (
            .hardship,
            "Notre trésorerie est très tendue depuis qu'un client ne nous paie plus. Pouvons-nous étaler le règlement sur trois mois ?"
        ),
        (.alreadyPaid, "I paid online sunday did it not go thru?"),
        (.question, "can u email me the invoice"),
        (.promise, "Paiement prévu d'ici la fin du mois."),
        (.question, "what was the original due date"),
        (.promise, "Je vais régler cela prochainement."),
        (.alreadyPaid, "Paid. Fwd'ing the Zelle receipt"),
        (.promise, "this friday"),
        (
            .alreadyPaid,
            "Réglé par carte bancaire via votre lien de paiement le 28 novembre. J'ai reçu le reçu par mail, transaction n° 8841-22."
        ),
        (.promise, "I already told Mike I'd pay on the 15th and I will."),
        (.hardship, "I was in the hospital for two weeks. Please be patient with me."),
        (.alreadyPaid, "Nous avons payé $415.75 le 26/11 par virement. Pourriez-vous me confirmer que vous l'avez bien reçu ?"),
        (.promise, "I'll pay it Friday."),
        (.dispute, "We cancelled this order in writing on October 2nd. You should not be billing us for it."),
        (
            .dispute,
            "We never ordered this. Nobody at Summit Ridge Apartments authorized any work from Harbor & Pine, and I'd like to know who supposedly signed off on it."
        ),
        (
            .dispute,
            "Hi Dana - I think there's a mistake. The invoice includes 14 hours of labor for the fence, but your guys were only on site for two afternoons. Could you double-check the timesheets before we go any further?"
        ),
        (
            .dispute,
            "Mike told us the second coat of paint was on the house because of the color mix-up. It's on here at full price."
        ),
        (.question, "Bitte senden Sie uns die Rechnung mit unserer Bestellnummer erneut zu."),
        (.question, "Can I pay through Bill.com instead of your link?"),
        (.hardship, "Tive um problema de saúde grave e fiquei sem rendimentos. Peço mais algum tempo."),
        (.promise, "Pagamos na próxima semana."),
        (
            .dispute,
            "This belongs under the Kessler Road job, and that was a fixed bid. Labor isn't billable separately on top of it."
        ),
        (.other, "Looping in Brian, our new controller, who'll be your contact from now on."),
        (.alreadyPaid, "Already paid, check your bank."),
        (.alreadyPaid, "I paid through the link in your first email with Apple Pay."),
        (.hardship, "Wir haben gerade massive Liquiditätsprobleme. Wäre eine Ratenzahlung möglich?"),
        (.promise, "zahle morgen"),
        (.hardship, "been in and out of the hospital, need more time"),
        (.optOut, "Graag dit adres verwijderen uit uw systeem."),
        (
            .alreadyPaid,
            "The payment was made through our property manager's account (Lakeview Realty), so it may show under their name. It went out 11/26."
        ),
        (
            .dispute,
            "We never received the vanity. The invoice bills for a 48\" vanity and what's sitting in our bathroom is still the old one."
        ),
        (.promise, "We'll pay before we close for the holidays on the 23rd."),
        (.promise, "We maken het binnen tien dagen over."),
        (.question, "Quelles sont vos coordonnées bancaires pour un virement international ?"),
        (.dispute, "not paying for a job that isnt finished"),
        (.promise, "Should be the 14th-16th."),
        (.optOut, "Stop."),
        (.promise, "depois de amanhã faço a transferência"),
        (.dispute, "hab nie ne Wartung bei euch bestellt, das muss ein Irrtum sein"),
        (.hardship, "Bonjour, je suis au chômage depuis septembre, est-ce que je peux payer en plusieurs fois ?"),
        (.optOut, "What is this even for? And please take me off this list."),
        (.alreadyPaid, "Check cleared yesterday on my end"),
        (.alreadyPaid, "cheque posté mardi dernier, vous devriez le recevoir bientot"),
        (.dispute, "price was 1800 on the quote"),
        (.dispute, "Bill is 300 more than the estimate. Whats going on?"),
        (.promise, "Nous effectuerons le virement vendredi prochain."),
        (.promise, "Bom dia, o pagamento será feito no dia 16/12."),
        (.alreadyPaid, "We mailed check #3318 on November 21. Can you confirm you received it?"),
        (.question, "Is there a phone number I can call to pay? I'd rather not put my card number into a link."),
        (.promise, "je vous paie demain matin"),
        (
            .dispute,
            "Bei der Montage wurde unser Eichenparkett zerkratzt. Wir erwarten, dass die Reparatur mit Ihrer Rechnung verrechnet wird."
        ),
        (.alreadyPaid, "Its paid. ACH 11/30"),
        (.dispute, "Faltam 6 painéis dos 24 faturados."),
        (.alreadyPaid, "Paid with our company Amex on the 30th, card ending 1009."),
        (.hardship, "can I pay this in smaller amounts?"),
        (.hardship, "I can do $200 a month. Is that acceptable?"),
        (
            .optOut,
            "I do not consent to receiving automated collection emails. Cease all email contact with this address, effective immediately."
        ),
        (.promise, "Will drop a check in the mail on Monday."),
        (.alreadyPaid, "paid cash to your guy Luis on the last day of the job"),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI think there's been a mix-up somewhere. I got your reminder this morning and went back through everything. We paid INV-1020 the Wednesday before Thanksgiving - my husband did it from his laptop while I was making pie crust, I remember because he complained the link made him type the invoice number twice. The money came out of our checking on the 27th.\n\nI can send a screenshot of the bank statement if that helps. Maybe it was applied to a different invoice? We've had a few with you this year.\n\nHappy holidays,\nAnthony"
        ),
        (.alreadyPaid, "This is paid, it was a Venmo payment to Mike for the whole thing back in November."),
        (.promise, "friday for sure"),
        (.promise, "We'll transfer it the day after tomorrow."),
        (.other, "Will look into it."),
        (.promise, "Apologies for the delay, we'll settle it on 15 Dec."),
        (.promise, "Will pay Thursday. Sorry, crazy week."),
        (
            .dispute,
            "Are you kidding me? Your crew left our basement a mess, cracked a window and tracked mud through the whole house, and now you want $455.00?? Absolutely not."
        ),
        (.hardship, "lost my job but i get my last check friday, ill pay then"),
        (
            .hardship,
            "Wir warten seit Wochen auf die Auszahlung der Versicherung nach dem Wasserschaden. Können Sie uns mehr Zeit geben?"
        ),
        (.other, "Bien noté, je transmets au service comptable."),
        (.promise, "ok will pay"),
        (
            .dispute,
            "The invoice says \"misc. materials - $410\". What materials? We need an itemized list before we can even look at this."
        ),
        (.hardship, "I had to lay off two people last month. I want to pay you, I just can't do it all at once."),
        (.question, "which house is this for? we own 3"),
        (
            .hardship,
            "Onze energierekening is verdrievoudigd en de bakkerij draait verlies. Kunnen we een paar maanden uitstel krijgen?"
        ),
        (.other, "Recibido, gracias."),
        (.alreadyPaid, "paid. chk 5521"),
        (.optOut, "ALTO. no quiero mas mensajes"),
        (.question, "can you send a W-9"),
        (.question, "which job is this for, the kitchen or the upstairs bath"),
        (.hardship, "Honestly the store might not make it through winter. I'll pay what I can."),
        (
            .dispute,
            "the job isnt finished. the back deck still has no railing and the gutters were never put up. not paying for work that isnt done"
        ),
        (.question, "who is this for? we had 2 jobs done"),
        (.optOut, "Turn off the reminders for our account please. We pay on our own schedule."),
        (.optOut, "Ik wil niet langer per e-mail benaderd worden. Verwijder mijn gegevens, dank u."),
        (.promise, "Vou pagar assim que puder."),
        (.other, "Thanks for the heads up"),
        (.hardship, "We're waiting for our SBA loan to fund - it's been delayed twice now."),
        (.dispute, "We've been billed twice for the same permit: once on INV-1044 and again here."),
        (.alreadyPaid, "Le mandamos el cheque número 2231 el 20 de noviembre."),
        (.promise, "Pourriez-vous m'envoyer vos coordonnées bancaires ? Je ferai le virement le 18."),
        (.other, "Appreciate the nudge."),
        (.hardship, "Winter is our slow season, we basically make nothing December through February. Could we do $300 a month?"),
        (.hardship, "je suis en arret maladie, je peux pas payer maintenant. desolé"),
        (.optOut, "Could you turn these reminders off? We know about it."),
        (.alreadyPaid, "Funds were debited from our account on 11/27. If it hasn't arrived, please check with your bank."),
        (.optOut, "Stop. Email me instead, texts cost me money on this plan"),
        (.question, "i need an itemized version for my insurance company. can you do that"),
        (
            .dispute,
            "I'm not paying for the second visit. Your crew showed up on the wrong day and nobody was home, that's not on me."
        ),
        (.promise, "I'll stop by your office Friday with a check."),
        (.dispute, "No reconocemos esta factura. Nunca contratamos a su empresa."),
        (.question, "Can you send me a copy of the invoice? We need it before we can pay."),
        (.other, "Heads up, our office is closed Dec 24 - Jan 1."),
        (.optOut, "I've asked your office twice by phone to stop these emails. Third time, in writing: stop."),
        (.dispute, "Nobody here authorized the extra outlets. We asked for two and your electrician installed six."),
        (.promise, "Kan ik ook met PayPal betalen? Dan doe ik het woensdag."),
        (.other, "Se lo paso a mi contador."),
        (.dispute, "Thats not the amount we agreed on"),
        (.alreadyPaid, "We hebben de helft al betaald, de rest volgt vrijdag."),
        (.hardship, "Things are really tough right now. I don't have the money."),
        (
            .dispute,
            "The amount is wrong - the quote was $2,800 - and honestly even that would be hard right now. We just had to close our second location."
        ),
        (.hardship, "cant afford it right now"),
        (.promise, "We'll settle up after the holidays."),
        (.other, "call me"),
        (.promise, "Pagamos até sexta-feira."),
        (.question, "Do you have a PO number for this? Our system won't let me enter it without one."),
        (.question, "Could you itemize this? I need labor, materials and disposal listed separately for our insurance claim."),
        (.other, "I'll check with my husband, he handles the bills."),
        (.alreadyPaid, "Here's the ACH confirmation from our bank."),
        (
            .alreadyPaid,
            "Prezados,\n\nO pagamento de $1,105.25 foi realizado em 26/11 via transferência internacional (Banco do Brasil). Número da operação: 0099-2611-4470.\n\nAtenciosamente,\nJoão"
        ),
        (.alreadyPaid, "O pagamento foi feito com cartão através do vosso link, no dia 28/11. Tenho o recibo se precisarem."),
        (.other, "Quién habla?"),
        (
            .hardship,
            "Our payroll company messed up and we had to cover two payrolls out of pocket. Could you give us until mid-January?"
        ),
        (.question, "Is the amount including sales tax?"),
        (.other, "I'm out sick today, I'll look at this when I'm back."),
        (
            .optOut,
            "Hi Dana,\n\nI'd rather not get these automatic emails. If you ever need something from me, call the shop and ask for me directly.\n\nThanks\nPriya"
        ),
        (
            .hardship,
            "Hi Dana,\n\nI've been putting off answering this because I didn't know what to say. Landscaping is dead from December to March, everybody knows that, but this year the fall was bad too - we lost two commercial contracts to a bigger outfit in September and the rain in October cancelled almost three weeks of work.\n\nI've got enough coming in to make payroll for my two guys through January and that's about it. I'm not going anywhere and I'm not going to stiff you. The patio you built for the shop is the best thing we've done to the place.\n\nCould we do something like $300 a month starting in the spring when things turn around? If that doesn't work, tell me what would.\n\nEileen"
        ),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield,\n\ndie Dachrinne an der Nordseite ist nach wie vor undicht, obwohl Ihr Monteur zweimal da war. Solange der Mangel nicht behoben ist, halten wir die Zahlung zurück.\n\nMit freundlichen Grüßen\nJörg"
        ),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI'm a bit confused by this reminder. We paid INV-1029 back on November 20 - I remember because I did it the same afternoon I paid the deposit for the bathroom job, both through the online link. I have the confirmation emails for both and the money is gone from our account.\n\nMaybe it got applied to the wrong invoice on your end? Either way, it's paid."
        ),
        (.promise, "Friday"),
        (.dispute, "This is what we agreed to: $900, fixed price, see Mike's estimate below. Not $1,240.00."),
        (.promise, "Should be able to pay between the 10th and 15th."),
        (.other, "Buenas, la señora Ruiz ya no trabaja con nosotros. Le paso su correo a la nueva encargada."),
    ]
}
