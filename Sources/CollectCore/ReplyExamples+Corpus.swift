// Written by `collect-replies-bench --write-examples` (Benchmarks/replies.sh --write-examples) from
// Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl and the probe sets it names beside it; do not edit.
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
        (.other, "👌 got the email"),
        (.promise, "End of the week at the latest. Crazy busy at the shop"),
        (
            .promise,
            "Our office is closed Dec 23 - Jan 3 for the holidays, so I've scheduled your payment to go out before that, on Dec. 22nd."
        ),
        (.question, "Where should we send payment? The invoice shows a PO box - is that still current?"),
        (.optOut, "Remove this number from whatever list it's on."),
        (.promise, "De factuur is goedgekeurd en wordt binnen 5 werkdagen betaald."),
        (.other, "Dank voor het bericht, ik stuur het door naar onze boekhouder."),
        (.other, "Obrigado pelo aviso. Encaminhei ao nosso departamento financeiro."),
        (
            .promise,
            "Wes here. So sorry, this one slipped through while we were short-staffed in the office. I'll make sure it's taken care of before the holidays."
        ),
        (.hardship, "Between the holidays and my husband's knee surgery money is really tight. Would $50 a month be acceptable?"),
        (
            .promise,
            "Guten Tag Frau Whitfield,\n\nwir überweisen Anfang nächster Woche, sobald die Freigabe durch die Geschäftsführung vorliegt.\n\nMit freundlichen Grüßen\nStefan"
        ),
        (.promise, "Bonjour Dana,\n\nJe règle le 2 janvier, juste après les fêtes. Bonnes fêtes à toute l'équipe !\n\nAgnès"),
        (.promise, "next tuesday or wednesday, depends when the deposit from my tenant lands"),
        (.promise, "Hallo,\n\nheute in einer Woche ist das Geld bei Ihnen. Versprochen.\n\nUte"),
        (.promise, "Pagamos a mediados de mes, como hacemos con todos los proveedores."),
        (.alreadyPaid, "I paid at your front desk on Tuesday - the young man there wrote me a receipt."),
        (
            .hardship,
            "I was laid off two weeks ago and can't cover the full amount right now. Is there any way to do a payment plan?"
        ),
        (.alreadyPaid, "We sent $300 last Friday by Zelle. The remaining balance goes out Tuesday the 15th."),
        (.promise, "I can do Thursday, December 17th. Will that work on your end?"),
        (.promise, "Hola Dana, la transferencia está programada para el 17/12. Disculpa el retraso."),
        (.promise, "cuando cobre la quincena te pago, o sea el 15"),
        (.hardship, "My wife started chemo in October and it's wiped out our savings. I want to pay you, I just can't yet."),
        (
            .dispute,
            "I was told the follow-up visit to re-caulk the tub was free since it was your crew's mistake. Please remove this charge."
        ),
        (.question, "Should I be paying this or does it go to my homeowner's insurance first"),
        (.other, "Danke für die Info, ich leite das an unsere Buchhaltung weiter. Frau Keller ist ab Montag wieder im Haus."),
        (.promise, "ill do it this evening once the kids are in bed"),
        (.dispute, "Why are we being billed for a second visit when the first one didn't fix the leak?"),
        (.promise, "cant do anything until after the 1st, then its yours"),
        (
            .promise,
            "Hi Dana,\n\nOur bookkeeper only cuts vendor checks at the start of each month, so this will be paid on the 1st of next month. Sorry it's not sooner.\n\nThanks,\nLauren"
        ),
        (.promise, "Bonjour, on vous fait le virement dans quinze jours, le temps que notre client nous paie."),
        (.hardship, "Estou desempregado desde setembro e não consigo pagar este valor agora."),
        (.hardship, "can i split it into 3 payments"),
        (.hardship, "I start a new job on the 14th but my first check isn't until January. Can this wait until then?"),
        (.hardship, "The restaurant flooded in November and insurance still hasn't paid out. We're barely making payroll."),
        (.dispute, "Não reconheço este valor. O orçamento que aprovámos era de 900 dólares, com tudo incluído."),
        (.other, "My husband takes care of the bills, I've sent this on to him."),
        (.promise, "Na de 15e krijg ik mijn salaris, dan betaal ik meteen."),
        (.optOut, "Bitte schicken Sie mir keine weiteren E-Mails zu diesem Thema."),
        (.promise, "cutting the check on the thirtieth, office is closed till then"),
        (.dispute, "Mike told us he'd take 10% off for the delays on the permit. This invoice is for the full amount."),
        (.other, "Hi Dana, our bookkeeper Maria will reach out to you about this. She's back in the office Monday."),
        (.promise, "apologies dana, paying it shortly"),
        (
            .promise,
            "We're waiting on a reimbursement check from the county for the ramp work. We'll pay you on the 20th when that check clears."
        ),
        (.promise, "te deposito el viernes 18 en la tarde"),
        (.dispute, "thats not what we agreed. 600 was the price"),
        (.promise, "We'll pay as soon as the insurance settlement for the hail damage comes through."),
        (.other, "who is this? dont recognize the number"),
        (
            .promise,
            "Good morning,\n\nOur year-end freeze starts tomorrow. Invoice INV-1008 is queued for our first payment run of the new year and will be paid on January 8, 2027."
        ),
        (.hardship, "me quede sin trabajo. puedo pagar en cuotas?"),
        (.promise, "Olá Dana, pago na próxima sexta, sem falta."),
        (.promise, "I'm traveling for work but I'll pay it when I get back."),
        (.other, "ok noted"),
        (.promise, "Die Überweisung erfolgt am 22.12.2026 mit unserem letzten Zahlungslauf vor den Feiertagen."),
        (.promise, "De betaling staat klaar voor 21-12, samen met de andere Amerikaanse facturen."),
        (.promise, "Der Betrag wird zum 30. dieses Monats angewiesen."),
        (.promise, "Buenos días:\n\nLe pagamos a principios de la semana que viene, en cuanto nos entre el pago de un cliente."),
        (
            .promise,
            "Hi Dana, checked our system:\n\nStatus: Scheduled\nPay date: 2026-12-21\nMethod: ACH\n\nFunds usually land 1-2 business days after the pay date.\n\nAccounts Payable"
        ),
        (.promise, "c bon je paie mardi sans faute"),
        (.alreadyPaid, "Paid via ACH on 12/2. Trace number 071000288812345 if your bank needs it."),
        (
            .promise,
            "Morning Dana - we're planning to pay the week of the 14th, once the bank releases the next draw on our construction loan."
        ),
        (
            .other,
            "Dana, I'm no longer with Northgate Fitness as of Friday. Please direct anything about this invoice to Pam Ochoa, pochoa@northgatefit.example."
        ),
        (.dispute, "You charged my card twice on 11/30 - two charges of $268.90. Please refund one of them."),
        (.alreadyPaid, "Dit is al voldaan op 1 december, zie de bijlage voor het betaalbewijs."),
        (.alreadyPaid, "sent it yesterday"),
        (.dispute, "Die Rechnung ist zu hoch. Vereinbart war ein Pauschalpreis von 1.500 Dollar inklusive Material."),
        (.promise, "Yep, will pay. Thanks for your patience with us this year."),
        (.promise, "zahl dir das am freitag nach der arbeit, sorry"),
        (.dispute, "Nous contestons cette facture : les peintures de la cage d'escalier n'ont jamais été terminées."),
        (.promise, "Conseguimos pagar no dia 5 do mês que vem."),
        (.question, "Podem enviar os dados para transferência internacional (SWIFT e número de conta)?"),
        (
            .other,
            "Merry Christmas to you and the whole crew at Harbor & Pine! The addition has made this the best holiday season in our house yet."
        ),
        (.promise, "Sorry, vergeten! Ik maak het zo snel mogelijk over."),
        (.dispute, "Could you double-check this one? I was under the impression the permit fee was included in the bid."),
        (.promise, "Over twee weken komt de betaling, eerder lukt helaas niet."),
        (.promise, "Pagamos la mitad el jueves y la otra mitad el día 30."),
        (.optOut, "No more emails please. If you need to reach us, send it by mail to the office."),
        (.other, "número equivocado, aquí no hay ninguna Rosa"),
        (.promise, "ill get it paid asap, been slammed"),
        (.hardship, "Je suis en arrêt maladie depuis octobre. Serait-il possible d'échelonner le paiement sur plusieurs mois ?"),
        (.alreadyPaid, "We paid this on the 4th with the card ending 4417. Can you confirm you got it?"),
        (.promise, "ill drop a check at your place friday at 3 on my way to get the kids"),
        (
            .other,
            "Please update your records - our billing address changes on January 1:\n\nAccounts Payable\n2200 N Clybourn Ave, Suite 300\nChicago, IL 60614\n\nInvoices and statements sent to the old Halsted St address after that date may be delayed."
        ),
        (.alreadyPaid, "Per our controller it cleared our account on the 3rd - probably sitting in your unapplied cash."),
        (.other, "Can you have Mike give me a call when he has a minute? I want to talk about the basement for next spring."),
        (.dispute, "We never received the second pallet of tile that's on this invoice. Not paying for material we don't have."),
        (
            .other,
            "Hi Dana,\n\nI've forwarded this to our accounts payable team (ap@bluewatermktg.example); they handle all vendor payments. Please copy them on anything billing-related going forward."
        ),
        (.promise, "A transferência ficou agendada para 21/12."),
        (.promise, "Die Zahlung erfolgt in zehn Tagen."),
        (.promise, "Working doubles all week. I'll pay tomorrow night after my shift."),
        (.question, "Können Sie mir die Rechnung bitte noch einmal als PDF schicken, die Datei im Anhang war leer"),
        (.alreadyPaid, "Forwarding our remittance. This went out with our 12/4 batch."),
        (.alreadyPaid, "Já fizemos a transferência na sexta-feira passada, deve estar a chegar."),
        (
            .promise,
            "Sehr geehrte Damen und Herren,\n\nbis Mitte des Monats ist der Betrag auf Ihrem Konto. Bitte entschuldigen Sie die Verzögerung."
        ),
        (.optOut, "Stuur mij alstublieft geen berichten meer."),
        (.promise, "Bonjour,\n\nNous vous verserons 400 $ le 10/12 et le solde le 23/12."),
        (.other, "Payment stuff goes thru my property manager now, Lakeview PM 312-555-0172"),
        (.other, "Noted, thanks."),
        (.promise, "Wir überweisen 300 Dollar am 11.12., den Rest im Januar, wenn die Jahresabrechnung durch ist."),
        (.optOut, "quit texting this phone"),
        (.promise, "Fri 12/18 for sure"),
        (.hardship, "I'm on a fixed income and my property tax bill just came in. I need a little more time on this one."),
        (.promise, "Hallo Dana,\n\ndie Zahlung ist für KW 51 eingeplant.\n\nGruß\nStefan"),
        (
            .question,
            "What is the $185 \"haul-away fee\" on this one? Not questioning it, just want to know what it covers for our books."
        ),
        (.other, "Can you text me instead of emailing? I hardly ever check this account. 773-555-0158"),
        (.promise, "It's in the queue for our next check run."),
        (.other, "Received, thank you. I'll pass this along to Greg - he handles the payments for the practice."),
        (.promise, "Paiement prévu le mardi 22 décembre, en même temps que nos autres fournisseurs américains."),
        (.promise, "Bom dia,\n\nO pagamento sai no dia 18 de dezembro."),
        (.promise, "Antes de fin de año queda saldado, tiene mi palabra."),
        (.dispute, "Isn't this covered under the one-year workmanship warranty? The door you hung in March is sticking again."),
        (.question, "Can I pay by check? And if so, where do I mail it?"),
        (
            .promise,
            "Per our AP policy, vendor invoices over 60 days are paid on the last business day of the month. Yours will be included in that run."
        ),
        (.promise, "Betaling volgt medio december."),
        (.promise, "en cuanto me paguen te deposito"),
        (.promise, "Give me ten days and I'll have the full amount for you."),
        (.question, "Is this for the October service call or the one in November? We had two."),
        (.other, "Happy holidays from all of us at Pike & Rowe! Just a heads-up that our office is closed Dec 24 - Jan 1."),
        (.alreadyPaid, "Check no. 2093 was dropped at the post office 11/28, so it's somewhere in the mail system."),
        (.promise, "Got your message from the 9th, sorry. I'll pay it, I just need a few more days."),
        (.question, "el cheque lo hago a nombre de la compañía o de dana"),
        (.alreadyPaid, "Bill pay went out on the 1st, see the credit union's email below."),
        (
            .promise,
            "Thanks for the nudge. First thing next week I'll push it through our vendor portal - it needs two approvals and one of the approvers is out until Friday."
        ),
        (
            .hardship,
            "Door de verbouwing van de winkel is er even geen ruimte in de begroting. Kunnen we een betalingsregeling afspreken?"
        ),
        (.promise, "ik maak het morgenavond over als ik thuis ben"),
        (.other, "Bien reçu, merci. Je transmets à notre service comptable qui s'occupe des règlements fournisseurs."),
        (
            .dispute,
            "We never got the final walkthrough report or the as-built drawings that were part of the contract. Holding this invoice until we receive them."
        ),
        (.question, "who do i talk to about setting up autopay"),
        (.other, "Please send future invoices and reminders to billing@pikerowe.example instead of my personal address. Thanks!"),
        (
            .other,
            "Love the new online payment page by the way - much easier than reading a card number over the phone like last year."
        ),
        (.promise, "Het bedrag gaat eruit op de eerste werkdag van januari."),
        (.promise, "ill pay the monday after thanksgiving"),
        (
            .dispute,
            "The crew never came back to finish the baseboards in the hallway. We're not paying the balance until they do."
        ),
        (.optOut, "Borren mi número de su lista, gracias."),
        (.promise, "We'll pay it a week from Monday."),
        (.question, "Hoort deze factuur bij de dakkapel of bij de badkamer? Ik zie het niet terug in de omschrijving."),
        (.other, "👍🏼"),
        (.promise, "Uiterlijk vrijdag 11 december is het betaald."),
        (.promise, "Dana, we'll have you paid by New Year's Eve. Happy holidays to you and the crew."),
        (.promise, "I get paid thursday so friday it is"),
        (.promise, "Le hacemos el pago dentro de dos semanas, cuando cerremos el mes."),
        (
            .dispute,
            "We'll pay the roofing portion on the 11th. The gutter guards on the invoice were never installed, so that line we won't be paying until someone comes out."
        ),
        (.optOut, "please stop contacting me about this"),
        (.promise, "segunda dia 14 eu pago"),
        (.promise, "Bonjour, je vous règle cela au plus vite. Toutes mes excuses pour l'oubli."),
        (.promise, "Hi Dana,\n\nWe'll send $500 on the 10th and the rest on the 24th.\n\nHeather"),
        (.optOut, "I've told your office twice that the work wasn't finished. Stop emailing me and take it up with my attorney."),
        (.promise, "ill have it paid on the twenty first. promise"),
        (.question, "AP won't release anything to a new vendor without a W-9, please send one over"),
        (.promise, "Hi Dana, got your note. I'll get it to you next week - we're all out for Thanksgiving after tomorrow."),
        (.dispute, "Deze factuur klopt niet: het meerwerk voor de extra stopcontacten is nooit met ons afgesproken."),
        (.optOut, "Merci de ne plus me contacter sur ce numéro."),
        (
            .hardship,
            "Business has been dead since the plant on Route 9 closed. I can do $200 on the 18th and more after the new year."
        ),
        (.alreadyPaid, "ya les pagamos por zelle el lunes"),
        (.promise, "Volgende week dinsdag staat het op jullie rekening."),
        (
            .promise,
            "Bonjour Madame Whitfield,\n\nLe paiement partira en début de semaine prochaine, dès validation par notre directeur."
        ),
        (.promise, "monday after next ok? thats when my bonus comes thru and ill pay the whole thing"),
        (.promise, "je passe à votre bureau jeudi vers 14h pour régler par chèque"),
        (
            .alreadyPaid,
            "Bonjour, le virement a été effectué le 30 novembre, référence VIR-88213. Merci de vérifier de votre côté."
        ),
        (
            .other,
            "I think you have the wrong person. I sold the house on Maple Ave in October - the new owners are the Hendersons. Good luck."
        ),
        (.other, "The kitchen looks amazing, by the way. Everyone at Thanksgiving wanted your number."),
        (.dispute, "We returned the unused lumber back in November. Where's the credit for that?"),
        (
            .dispute,
            "This was storm damage. The adjuster from State Farm approved the claim - the bill should go to them, not me."
        ),
        (.promise, "payday's the 15th so that's when you'll see it. sorry for the wait"),
        (.dispute, "ese trabajo no se hizo. el tecnico vino, miro y se fue"),
        (.alreadyPaid, "paid in full when mike was here last wk, he took a check on site"),
        (
            .hardship,
            "Wir haben gerade erhebliche Liquiditätsprobleme, ein Großkunde zahlt seit Monaten nicht. Wäre eine Ratenzahlung möglich?"
        ),
        (.promise, "We'll pay no later than the end of next week."),
        (.promise, "We'll take care of it once our client pays us for the Elm Street project."),
        (.promise, "Daqui a uma semana faço o pagamento, assim que receber do cliente."),
        (.question, "My accountant is asking for a breakdown of the labor hours on this one, could you send that over"),
        (.promise, "pago no início da semana que vem, ok?"),
        (.promise, "Até o Natal quito tudo, pode ficar tranquila."),
        (
            .promise,
            "Bonjour Dana,\n\nDésolée pour ce retard, la comptable était en congé. Le virement sera fait fin de semaine prochaine au plus tard.\n\nBien à vous,\nOlivier"
        ),
        (.promise, "Je fais le virement lundi 21, dès le retour de notre comptable."),
        (
            .hardship,
            "The tenant in the upstairs unit moved out owing three months' rent. I'm underwater on the building right now and need some time."
        ),
        (.dispute, "This amount is wrong. We agreed on $1,800 for the whole deck, not $2,150.00."),
        (.promise, "Dana,\n\nYou'll have payment in full by close of business Friday."),
        (.promise, "Vamos pagar no fim da próxima semana."),
        (.promise, "Hola, el pago sale el lunes 28. Felices fiestas."),
        (.question, "Est-ce qu'on peut payer par carte sur votre site ? Le lien ne s'ouvre pas chez moi."),
        (.promise, "Het wordt eind volgende week, sorry voor het wachten."),
        (.promise, "We'll pay it in January."),
        (.optOut, "Por favor, retirem o meu contacto da vossa lista de envios."),
        (.promise, "Can I pay by card over the phone? If so I'll call Tuesday morning and take care of it."),
        (
            .promise,
            "Hi Dana - we close our books on the 31st and pay all outstanding vendor invoices on Jan 4, so you'll get it then."
        ),
        (.promise, "Hi,\nYou'll have it before December's out. Apologies for the delay.\nBill"),
        (.question, "Can you send me a copy of the original invoice? I can't find it anywhere in my email."),
        (.promise, "Bonjour,\n\nJe vous règle la facture INV-1036 le 15 courant, par virement."),
        (.dispute, "Why is this higher than the quote? We signed off on $2,400 and this says $2,675.50."),
        (
            .dispute,
            "Hold on - is this for the patio? Because that job still isn't finished. There's a pile of pavers sitting in my driveway."
        ),
        (.question, "which card do u have on file for us"),
        (.question, "Do you take ACH? If so please send over your routing and account numbers."),
        (.promise, "Peço desculpa, vou pagar assim que possível."),
        (.promise, "Just approved it on our end, it'll go out in the next AP cycle."),
        (
            .promise,
            "Hello,\n\nThis invoice has been approved by our controller. Payment will be released within 5 business days."
        ),
        (.question, "What's the job number for this? Our system won't take it without one."),
        (.promise, "Consigo pagar até quarta-feira da semana que vem."),
        (.question, "Can you resend the pay link? It says expired when I click it."),
        (
            .alreadyPaid,
            "Die Zahlung ist bereits am 27.11. erfolgt (Wertstellung 30.11.). Bitte prüfen Sie Ihre Zahlungseingänge."
        ),
        (.promise, "Ich überweise am Dienstag, den 15., sobald mein Gehalt da ist."),
        (.question, "Does this amount already take off the $1,000 deposit we paid in September?"),
        (.promise, "Will get it to you by Xmas 🎄"),
        (.promise, "We're aiming for mid-December on this one - the receivables from the Hendricks job should be in by then."),
        (.hardship, "We lost our biggest account in November. Could we spread this over a few months?"),
        (.alreadyPaid, "Our AP system shows this paid in Bill.com batch 2211 on 11/30 - please check your remittance emails."),
        (.promise, "I'll be by your showroom Wednesday after 5 to pay in person."),
        (.promise, "Le pagamos el 5 de enero, antes de Reyes."),
        (.hardship, "slow season, wont have cash till spring when the landscaping work picks up"),
        (.question, "Is there a late fee if it goes past the 31st?"),
        (.promise, "Danke für die Erinnerung, wir kümmern uns zeitnah darum."),
        (.other, "Hola, soy la hija de don Ernesto, él no usa el celular. Le paso el mensaje."),
        (.hardship, "wife had the baby early + NICU bills. need more time pls"),
        (
            .dispute,
            "Pagaremos la parte de fontanería el viernes, pero la pared que rompieron sus trabajadores en el baño la tienen que reparar ustedes; esa parte no la vamos a pagar."
        ),
        (
            .dispute,
            "Je vous règle la partie électricité lundi. En revanche, le poste « nettoyage de fin de chantier » n'a jamais été fait : vos ouvriers ont laissé les gravats dans le jardin."
        ),
        (
            .question,
            "Do you bill the HOA for common-area work or the individual owners? Trying to figure out whether this one is mine to pay."
        ),
        (
            .optOut,
            "I'd appreciate it if these automated emails ended here. If something needs my attention, my assistant can reach me by phone."
        ),
        (.question, "If we pay by cashier's check, which address should it go to? I want someone there to sign for it."),
        (.optOut, "Bitte hören Sie auf, mir zu schreiben."),
        (.optOut, "Texts to this number need to end. Its a work phone and my boss sees them."),
        (.optOut, "Desativem as mensagens para este número, obrigado"),
        (
            .hardship,
            "Things have been rough since the divorce was finalized - I'm down to one income. I can send $150 on the 15th and the same every month after until it's paid off."
        ),
        (
            .hardship,
            "Mon épouse est hospitalisée depuis trois semaines et je n'arrive plus à suivre les factures. Je vous demande un peu de patience."
        ),
        (.optOut, "cancel these texts. ill call the office myself when im ready"),
        (
            .hardship,
            "Die Saison war miserabel, unser Biergarten hatte wegen des Regens kaum Gäste. Ginge es, dass wir ab Januar monatlich 200 Dollar zahlen?"
        ),
        (.promise, "ya ya ill pay it. been a crazy month"),
        (.question, "how do i pay this. no link in the text"),
        (.hardship, "on traverse une période compliquée, je peux vous envoyer 200 le 20 et le reste en janvier"),
        (.other, "Falsche Nummer. Das ist ein Privathandy, hier gibt es keine Firma."),
        (
            .alreadyPaid,
            "We've paid $1,000 of the $3,400.00 so far (check 3312, Nov 24). The remainder will go out once our lender releases the final draw."
        ),
        (
            .question,
            "Goedemiddag, kunt u mij het factuurnummer en de factuurdatum sturen? Ons systeem accepteert geen betaling zonder referentie."
        ),
        (
            .alreadyPaid,
            "Our treasury team released this on Tuesday via same-day ACH. The company ID on your bank statement will read \"HLDGS PAYMT\", not our name."
        ),
        (.promise, "komt goed, betaal het zsm"),
        (.other, "Wrong number, this is a dental office. No Harbor anything here"),
        (
            .other,
            "While I have you - the gutter over the back porch is pulling away from the fascia again. Could someone swing by in January and take a look? Not urgent."
        ),
        (.dispute, "Da stimmt was nicht, das Material hatten wir selbst gekauft"),
        (
            .optOut,
            "Bonjour,\n\nJe vous serais reconnaissante de cesser l'envoi de ces relances automatiques sur mon adresse personnelle. Pour toute question, appelez-moi au cabinet."
        ),
        (
            .dispute,
            "Die Dachrinne, die Sie im Sommer montiert haben, hängt schon wieder durch. Dafür zahle ich nicht extra - das gehört zur Gewährleistung."
        ),
        (
            .question,
            "Buenas tardes, ¿me podrían enviar la factura con la mano de obra y los materiales por separado? Mi contador los necesita así para la declaración."
        ),
        (
            .hardship,
            "Mi mamá tuvo una cirugía en Guadalajara y tuve que viajar de urgencia; se me fueron todos los ahorros. ¿Podemos hacer un plan de pagos?"
        ),
        (.question, "hey is it ok if i pay with 2 different cards"),
        (.hardship, "a loja esta parada desde as obras na rua, nao tenho como pagar agora"),
        (.other, "call me when u get a sec. about the garage door, not the bill"),
        (.alreadyPaid, "Ya quedó saldado. Lo pagamos junto con la otra factura, en un solo cheque."),
        (.promise, "I'll pay the full balance at the end of the month when my commission check comes in."),
        (.alreadyPaid, "Bom dia,\n\nA fatura foi liquidada no dia 3 por transferência bancária. Envio em anexo o comprovativo."),
        (.other, "Dana, give me a ring at the shop this afternoon - (708) 555-0133. Easier to talk than type."),
        (
            .alreadyPaid,
            "C'est mon mari qui a fait le paiement en ligne, le 2 décembre. Il a reçu une confirmation par e-mail, je vous la transfère ce soir."
        ),
        (
            .question,
            "Quick one - we're a 501(c)(3). Did this go out with sales tax on it? If so we can send our exemption certificate."
        ),
        (
            .alreadyPaid,
            "We paid INV-1080 on the 2nd - could that have been applied to the wrong invoice? We only ever had one job with you, and this is it."
        ),
        (
            .dispute,
            "Dana,\n\nI've been patient but I'm done. The shower door was installed crooked, the glass guy came back twice, and it still drips onto the floor - and now I'm getting automated reminders as if I'm the problem. I will pay for a shower door that works. I am not paying for this one."
        ),
        (.other, "this was kevins number. he passed in august, im his brother and have the phone now. take care"),
        (.promise, "I'll take care of it, promise. Things have just been hectic with the move."),
        (
            .other,
            "Boa tarde. O Sr. Nogueira já não trabalha connosco. Os assuntos financeiros passam agora pela Dra. Inês Valente, ines.valente@pastelariapacheco.example."
        ),
        (
            .question,
            "I'm trying to match this up on our side. Could you send the invoice date and the PO it goes with? The reminder only shows the number."
        ),
        (.promise, "Bonjour,\n\nLe virement partira d'ici vendredi prochain, le 18."),
        (.other, "Received and logged on 12/08. Thank you."),
        (.question, "Boa tarde. Qual é a morada para onde devo enviar o cheque? A que está na fatura parece ser de um armazém."),
        (.hardship, "laid off tues. can send 100 friday, rest when i find something"),
        (.alreadyPaid, "its been paid dude. cashiers check, handed it to mike at the walkthrough"),
        (
            .dispute,
            "Your accounting software seems to have generated this one twice: INV-1006 covers the same stairwell drywall patch, same date of service. One of them should be voided."
        ),
        (
            .dispute,
            "Boa tarde,\n\nA fatura inclui a pintura do muro exterior, que foi cancelada por telefone em outubro. Por favor retirem essa linha e enviem uma fatura corrigida."
        ),
        (.promise, "ok je vous fais un virement bientot"),
        (.other, "Haha, jullie herinneringen zijn punctueler dan mijn tandarts. Fijne feestdagen alvast!"),
        (
            .question,
            "Honestly this is the most confusing invoice I've ever received. What does \"MOB/DEMOB\" mean and why is it a separate line? Not saying it's wrong, I just have no idea what I'm paying for."
        ),
        (.promise, "We'll have this paid by the 22nd at the latest."),
        (.hardship, "bin krankgeschrieben und hab grad kein geld, sorry. kann ich in raten zahlen"),
        (
            .question,
            "Good afternoon Dana,\n\nI'm closing out our year-end accruals and need a few things for INV-1061:\n\n- a copy of the invoice with our PO number (4500018832) printed on it\n- confirmation of whether the amount includes Illinois sales tax on the materials\n- your remit-to address for paper checks\n\nOnce I have those I can get it into the approval queue.\n\nThanks,\nTamsin"
        ),
        (
            .alreadyPaid,
            "Hello,\n\nThe payment was remitted on 12/01 per the attached remittance advice (Doc #5100088123). Please update your records accordingly and advise if any balance remains."
        ),
        (.hardship, "perdí el trabajo en noviembre, puedo pagarle 50 a la semana?"),
        (
            .other,
            "Ontvangen, dank je. Vanaf januari loopt alles via ons nieuwe boekhoudpakket; ik stuur je binnenkort de link naar ons leveranciersportaal."
        ),
        (
            .question,
            "Wofür genau ist die Position „Baustelleneinrichtung“? Wir sind nicht grundsätzlich dagegen, möchten es aber verstehen, bevor wir freigeben."
        ),
        (.alreadyPaid, "dat is toch allang overgemaakt? kijk je bankafschrift even na"),
        (.question, "la fecha limite de pago cual era"),
        (.hardship, "I can do $50 a month. That's honestly all there is right now, with two kids and my ex not paying support."),
        (
            .question,
            "Bitte teilen Sie uns Ihre Steuernummer bzw. die Angaben aus dem W-9-Formular mit, ohne die kann unsere US-Niederlassung keine Zahlung anweisen."
        ),
        (
            .dispute,
            "We're happy to pay the labor. The materials line is a different story: we bought the fixtures ourselves at Ferguson and have the receipts. I'll send a check for the labor as soon as you send a corrected invoice."
        ),
        (
            .question,
            "Bonjour,\n\nAvant de lancer le virement international, j'aurais besoin de votre IBAN ou, à défaut, du numéro ABA et du code SWIFT de votre banque.\n\nMerci d'avance,\nThierry"
        ),
        (
            .alreadyPaid,
            "Bonjour,\n\nNous avons réglé cette facture par chèque, remis à votre chef de chantier le jour de la réception des travaux. Il doit être quelque part dans vos bureaux."
        ),
        (
            .hardship,
            "I had a heart attack on Thanksgiving and I'm only now home from rehab. My daughter is going through my mail. Please give us some time."
        ),
        (
            .other,
            "Guten Tag,\n\nbitte beachten Sie: Wir firmieren ab dem 1. Januar als „Brenner & Sohn Haustechnik GmbH“. Bitte passen Sie Ihre Stammdaten entsprechend an; die USt-IdNr. bleibt unverändert."
        ),
        (.promise, "We'll settle up with you once the bank finishes moving our accounts over - shouldn't be long."),
        (.alreadyPaid, "Já pagámos metade (500 dólares) em novembro, como combinado. A outra metade pagamos no dia 18."),
        (.dispute, "le chauffe-eau fuit depuis votre passage, je paierai quand ce sera réparé"),
        (.other, "c'est qui ? je connais pas ce numéro"),
        (.alreadyPaid, "mi esposo ya les pagó el viernes en efectivo, pidan el recibo a su trabajador"),
        (.promise, "Ihre Rechnung hat die Freigabe durchlaufen und wird beim kommenden Zahlungslauf berücksichtigt."),
        (.promise, "Überweise dir das Geld am Monatsende, passt?"),
        (
            .dispute,
            "Our contract says \"not to exceed $6,000.\" You've billed $6,840. Anything above the cap needed a signed change order, and there isn't one."
        ),
        (
            .question,
            "Our new bookkeeping software needs your tax ID before it'll let me add you as a vendor. Could you reply with it, or send the W-9 again? The one from spring still has your old address."
        ),
        (.question, "kan het ook via een tikkie of alleen overmaken"),
        (
            .dispute,
            "We asked for a quote on the sunroom blinds, not the blinds themselves. Nobody here placed an order and nothing was ever installed."
        ),
        (
            .other,
            "Frohe Weihnachten nach Chicago! Das neue Bad ist ein Traum. Ihre Mail habe ich an meinen Mann weitergegeben, der kümmert sich um die Überweisungen."
        ),
        (
            .dispute,
            "Hello Dana,\n\nI hate to be that customer, but the paint in the nursery is already peeling in sheets - I think the primer wasn't right for the old plaster. Could someone come take a look before we close out the invoice?"
        ),
        (.hardship, "I run ice-fishing trips, so December is dead until the lakes freeze. Could you give me until February?"),
        (.alreadyPaid, "Paguei com cartão na vossa página de pagamento, na quinta passada. Tenho o recibo."),
        (.hardship, "can i do 75 every 2 weeks? christmas wiped me out"),
        (
            .hardship,
            "Estamos muy justos este mes por el divorcio, pero puedo depositarle la mitad el 30 de diciembre y el resto en enero."
        ),
        (.other, "Sorry, verkeerd nummer. Ik ben niet Lotte"),
        (
            .other,
            "Just have to say - your invoices are the only contractor bills I get where every line makes sense. Happy holidays to everyone in the office."
        ),
        (.hardship, "Ich bin seit Oktober arbeitslos. 150 Dollar kann ich am 15.12. überweisen, den Rest so bald wie möglich."),
        (.other, "Aprovecho para decirles que la cocina quedó preciosa. Mi suegra no deja de presumirla a las vecinas."),
        (
            .hardship,
            "A situação está difícil com a doença do meu pai, mas consigo pagar 250 dólares na sexta-feira e o resto no próximo mês."
        ),
        (.question, "Dana,\n\nWho should the check be made out to, and does it need the invoice number in the memo line?"),
        (
            .optOut,
            "I'm not going to keep reading these. Anything further about this bill should come in writing to my attorney, Deborah Kline, 55 W Monroe St, Chicago."
        ),
        (
            .hardship,
            "Beste Dana,\n\nSinds mijn scheiding moet ik alles alleen betalen en dat lukt even niet. Zou ik dit in vier termijnen mogen voldoen?"
        ),
        (.dispute, "estimate said 1850. who ok'd an extra 400?"),
        (
            .dispute,
            "We betalen het deel voor de dakgoot op 15 december. Het lekkende dakraam is nog steeds niet gerepareerd; dat deel houden we aan tot het in orde is."
        ),
        (
            .alreadyPaid,
            "I'd paid this before I left for my daughter's in Arizona - I remember because I did it at the gate in O'Hare. Please look again."
        ),
        (.other, "quien habla? no tengo guardado este numero"),
        (
            .alreadyPaid,
            "I came by the shop Saturday morning with cash, and your foreman Luis counted it out in front of me. He said he'd pass it on to the office."
        ),
        (
            .question,
            "Guten Tag, können wir auch per Kreditkarte zahlen oder nur per Überweisung? Und fällt dabei eine Gebühr an?"
        ),
        (.question, "vous pouvez me rappeler à quoi correspond ce montant ? la véranda ?"),
        (.promise, "will pay thurs when i get back from my moms"),
        (.promise, "ya mero le pago, nomas que me depositen"),
        (.question, "a que nombre hago la transferencia? me pide beneficiario"),
        (.promise, "martes sin falta le hago el depósito"),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield,\n\nin Ihrer Rechnung sind 16 Arbeitsstunden aufgeführt. Laut unserem Bautagebuch waren Ihre Monteure an zwei Tagen je vier Stunden vor Ort. Wir bitten um Korrektur.\n\nMit freundlichen Grüßen\nPetra"
        ),
        (.other, "at my uncles funeral today, will get back to you"),
        (
            .hardship,
            "Lost the Henley contract this fall, so money's tight. I'll send $300 in ten days when our draw comes in, and the rest in the new year."
        ),
        (
            .other,
            "Heads up: I'll be at the house tomorrow at 7 to meet the inspector, so if Mike needs the garage code it's 4471."
        ),
        (
            .other,
            "Ha, I was literally writing your check when this popped up... kidding, I wish. Hope you all had a good Thanksgiving."
        ),
        (.question, "Please confirm whether the 3% card surcharge applies if we pay through the portal with a debit card"),
        (.dispute, "ur guy left without finishing. no cover on the outlet and the switch doesnt work. not paying yet"),
        (
            .dispute,
            "Buenas tardes,\n\nEl presupuesto que firmamos decía 2,800 dólares con materiales incluidos. La factura suma $3,400.00 y aparece una línea de \"materiales adicionales\" que nadie nos explicó. ¿Me pueden mandar el detalle? Mientras tanto no vamos a pagar la diferencia."
        ),
        (.alreadyPaid, "Paid!! did it the night i got ur first email"),
        (.promise, "so recebo dia 15, mas no dia seguinte pago, pode ser?"),
        (.question, "¿Aceptan pagos con tarjeta de débito por teléfono? No tengo chequera."),
        (.dispute, "we hebben maar 1 radiator laten vervangen, er staan er 2 op de factuur"),
        (.hardship, "honestly i dont have it. my car died and everything went into fixing it"),
        (.other, "this is jims daughter, he doesnt do texts. ill read it to him tonight"),
        (.optOut, "ik betaal vrijdag. hou nu op met die smsjes"),
        (
            .dispute,
            "Beste Dana,\n\nDe schilder heeft bij het afplakken de vloer beschadigd; er zitten krassen over de hele lengte van de gang. Voordat we deze factuur betalen, willen we weten hoe jullie dat gaan oplossen."
        ),
        (
            .question,
            "What's the actual due date on this one? My copy says \"due upon receipt\" and your reminder says it's overdue by weeks, so I'm trying to work out which date you're counting from."
        ),
        (.question, "What is line 4, \"FRT - 2 EA\"? Freight? Just want to code it correctly in our books."),
        (.promise, "Buenas tardes,\n\nEl 21 le mando el dinero; ese día nos entra el pago de la obra de Naperville."),
        (.other, "Merry xmas to the harbor & pine crew!! 🎄 the new stairs are a hit with the grandkids"),
        (
            .other,
            "Bonjour Dana,\n\nLa terrasse a survécu à sa première tempête sans broncher, bravo à l'équipe ! Je transmets votre message à mon mari, c'est lui qui s'occupe des factures."
        ),
        (.other, "Forwarded to Ray. He paid the last one, so I assume he knows what to do with this."),
        (
            .optOut,
            "We settled with you weeks ago (see our bank's confirmation from 11/20). I don't want one more of these automated notices - please remove us."
        ),
        (.other, "Sorry, which Dana is this? I know two and neither of them works in construction."),
        (
            .question,
            "Bonjour, pouvez-vous me dire si le montant inclut les taxes de vente ? Notre comptable au Québec en a besoin pour ses déclarations."
        ),
        (.promise, "in 3 days. i promise"),
        (.alreadyPaid, "did 400 thru venmo sunday. ill do the other 400 on the 18th when i get paid"),
        (.alreadyPaid, "Here's the Zelle receipt - it went through Sunday night."),
        (.dispute, "o trabalho ficou mal feito, a porta nao fecha. nao pago ate virem arranjar"),
        (
            .hardship,
            "We can't do the whole $1,105.25 right now - our insurance claim for the roof leak is stuck. I'll send half on December 23 and the rest when the claim pays."
        ),
        (.promise, "I'll pay it tonight - is the link in your email still the right one?"),
        (.alreadyPaid, "Hierbij de bevestiging van onze bank. Het bedrag is op 2 december van onze rekening afgeschreven."),
        (
            .dispute,
            "The furnace you replaced last winter came with a 10-year parts warranty, per your proposal. The inducer motor is a part. Why is it billed to us?"
        ),
        (.optOut, "Hiermit widerspreche ich der Nutzung meiner E-Mail-Adresse für Zahlungserinnerungen."),
        (
            .other,
            "Votre message est arrivé un dimanche à 7 h du matin. Je trouve ça un peu envahissant, même si je comprends la démarche."
        ),
        (
            .question,
            "Before I write this out - is the payee \"Harbor & Pine Builders LLC\" or just \"Harbor & Pine\"? Our bank bounced a check last year because the name didn't match exactly."
        ),
        (
            .promise,
            "This cleared approval yesterday and is now in the pay cycle. Our payment runs are twice a month, so it'll go out with whichever comes first."
        ),
        (.dispute, "me cobraron dos visitas y solo vinieron una vez"),
        (.promise, "Payment goes out with our Wednesday check run, the 16th."),
        (.question, "Ist die Anzahlung von 500 schon abgezogen"),
        (.dispute, "hi sorry to bother - wasnt the haul away supposed to be included? thats what the quote said i think"),
        (.question, "Is de vervaldatum 30 dagen na de factuurdatum of na de oplevering? Ik zie twee verschillende data staan."),
        (.promise, "The check is in the mail."),
        (.alreadyPaid, "that got paid on the 30th. look under my wifes name, Teresa"),
        (.hardship, "Can we break this into three chunks? December's been brutal for the shop."),
        (.alreadyPaid, "Per our records, INV-1007 cleared three-way match and was disbursed 11/27 under EFT 77120-4."),
        (
            .alreadyPaid,
            "Payment of $560.50 was initiated 12/03 as an RTP (real-time payment), and our bank shows status \"Accepted by receiver\". Ref 20261203-HPB-0047."
        ),
        (.dispute, "u charged my card 2x this morning. 2 identical charges"),
        (
            .other,
            "Bonjour,\n\nMerci pour le rappel. Je ne m'occupe plus de la comptabilité depuis le 1er décembre : c'est désormais Mme Vasseur (compta@lambert-conseil.example) qui gère les paiements fournisseurs."
        ),
        (
            .hardship,
            "Door ziekte heb ik deze maand weinig kunnen werken. Ik kan op 23 december 200 dollar overmaken en de rest in januari."
        ),
        (
            .other,
            "Hello Dana,\n\nPlease note that Ambrose Storage Centers moved all vendor invoicing to our Coupa supplier portal effective December 1. Invoices and statements should be submitted there from now on; our AP team will send you an invitation to register."
        ),
        (
            .hardship,
            "Our biggest client filed Chapter 11 last week and we're owed about $40k in their bankruptcy. Until that shakes out I can't pay anyone on time. I'm sorry - I'll keep you posted."
        ),
        (
            .dispute,
            "Paying $1,200 of this on the 18th - that's the window install, which looks great. The second trip charge isn't ours: your installer brought the wrong size for the bay window."
        ),
        (.promise, "Dès que je rentre de Lyon, je fais le nécessaire pour le paiement. Navré de vous faire attendre."),
        (
            .alreadyPaid,
            "Buenos días,\n\nEl pago se realizó el 27 de noviembre mediante transferencia ACH desde nuestra cuenta en BBVA. Adjunto el comprobante con el número de rastreo.\n\nSaludos cordiales"
        ),
        (.alreadyPaid, "déjà payé par virement mardi dernier, regardez vos relevés"),
        (
            .dispute,
            "The timesheet on the invoice shows 22 hours over three days. Our building's access-badge log has your crew checked in for a total of 13.5. Please reconcile and reissue."
        ),
        (.question, "remind me what this one was for, uve been out 4 times this yr"),
        (
            .dispute,
            "The heated floor you put in the master bath stopped working the second week of November. Before we pay another cent I need someone out here to look at the thermostat wiring."
        ),
        (.dispute, "Desculpem, mas não estava combinado que a deslocação era gratuita? Foi o que o Mike me disse ao telefone."),
        (.hardship, "mijn auto is total loss en ik moest een nieuwe kopen, geen ruimte nu. betalingsregeling mogelijk?"),
        (
            .alreadyPaid,
            "Mijn vrouw heeft het vorige week overgemaakt vanaf haar eigen rekening, misschien staat het daarom niet op onze naam."
        ),
        (
            .other,
            "Hello,\n\nI'm Maureen's son. Mom moved into assisted living in October and I'm sorting through her mail. Please send anything about her house to me at this address from now on."
        ),
        (
            .other,
            "I think this was meant for my dad - we have the same name. He's Robert Sr. on Walnut Street, I'm Jr. over on Ridge. I'll forward it to him."
        ),
        (
            .alreadyPaid,
            "This should have come out automatically - we're enrolled in autopay with the card on file, and my statement shows a charge from Harbor & Pine on December 1."
        ),
        (.other, "New cell for me as of this week: (872) 555-0144. The old 773 number is disconnected. Email stays the same."),
        (
            .other,
            "Gracias por el aviso. A partir de enero, por favor envíen todo lo relacionado con pagos a mi contadora, la Lic. Marisol Treviño, al correo mtrevino@despachotrevino.example."
        ),
        (
            .hardship,
            "Would you consider splitting this into four payments? Our enrollment dropped after a new daycare opened down the street and we're running lean until fall."
        ),
        (
            .dispute,
            "Bonjour,\n\nLa facture mentionne 12 m² de carrelage posé alors que la salle de bain en fait 8. Pouvez-vous vérifier et corriger ?"
        ),
        (
            .hardship,
            "Bom dia,\n\nFiquei desempregada há duas semanas e ainda não recebi o subsídio. Será possível pagar em prestações?"
        ),
        (.optOut, "Ya van cuatro correos de cobro esta semana. No quiero recibir ni uno más por este medio."),
        (
            .hardship,
            "Is there any chance we could put this on a payment plan? My hours at the warehouse got cut to 20 a week in November."
        ),
        (.other, "Por favor liguem-me para o 912 555 044 quando puderem, prefiro tratar disto por telefone."),
        (.other, "Confirmed on our end that INV-1065 is open for $980.00. Thanks for flagging."),
        (
            .other,
            "Vielen Dank für den Hinweis. Zuständig für Zahlungen ist seit Dezember unsere Steuerberaterin, Frau Özdemir. Ich habe Ihre Nachricht an sie weitergeleitet."
        ),
        (.question, "can i pay at the office on a saturday or only weekdays"),
        (.promise, "Processing now - you'll see it shortly."),
        (
            .other,
            "Appreciate you keeping on top of this. Our controller, Lorraine Vance, signs off on every vendor payment over $1,000, so I've put it in her tray."
        ),
        (.promise, "Hoi Dana,\n\nIk maak het bedrag donderdag over, dan heb ik mijn salaris binnen."),
        (
            .question,
            "Je ne retrouve pas le devis signé. Pourriez-vous me le renvoyer avec la facture, s'il vous plaît ? C'est pour mon dossier de crédit d'impôt."
        ),
        (
            .dispute,
            "We bought the building in September. The roof repair on this invoice was done in July for the previous owner, before closing, so it's theirs - the seller's credit at closing was supposed to cover it."
        ),
        (.promise, "Payment will go out Monday or Tuesday of next week."),
        (.other, "Número errado, não conheço nenhuma Dana."),
        (.question, "posso pagar por pix ou so transferencia"),
        (.optOut, "Ik wil graag uitgeschreven worden voor deze automatische herinneringen."),
        (.question, "zelle ok? what email or phone do i send it to"),
        (.question, "is the 525 we gave mike at the start already taken off this total"),
        (.promise, "Peço imensa desculpa pelo atraso. Vou tratar do pagamento logo que receba o ordenado."),
        (
            .dispute,
            "Die Rechnung INV-1065 ist inhaltlich identisch mit INV-1097, die wir bereits beglichen haben. Bitte stornieren Sie die doppelte Rechnung."
        ),
        (
            .other,
            "Bom dia Dana! Feliz Natal para toda a equipa. O alpendre ficou lindo, os vizinhos já pediram o vosso contacto."
        ),
        (
            .alreadyPaid,
            "Hi Dana - my husband says he paid this from his phone last week while he was on the road. I'll have him send you the confirmation, but it's taken care of."
        ),
        (.promise, "De factuur staat klaar voor de eerstvolgende betaalrun. Excuses voor de vertraging."),
        (.optOut, "Não autorizo o envio de cobranças para este endereço de e-mail. Agradeço que o removam imediatamente."),
        (.optOut, "désinscrivez-moi de ces textos svp"),
        (
            .alreadyPaid,
            "Covered. Our office manager put it on the company Amex the day the final invoice came in - it'll show as a card payment, not a check."
        ),
        (
            .other,
            "Dana,\n\nThree reminders in nine days feels like a lot for a customer who's been with you since 2019. I'm not arguing with the bill, just the cadence. Maybe dial it back for the long-timers?\n\nOwen"
        ),
        (
            .dispute,
            "Hi Dana, quick sanity check - the estimate Mike emailed on Oct 3 was $3,150 for the bath fan and the new ductwork. Is there a reason this came in at $3,980.00? I don't remember approving anything extra."
        ),
        (.alreadyPaid, "Hab ich schon bezahlt, per PayPal an eure Firmenadresse"),
        (
            .dispute,
            "Cette intervention devait être prise en charge par la garantie. Je ne comprends pas pourquoi elle m'est facturée."
        ),
        (
            .alreadyPaid,
            "Die Rechnung wurde per Lastschrift beglichen - Sie haben doch unsere Einzugsermächtigung. Der Betrag wurde am 30.11. von unserem Konto abgebucht."
        ),
        (
            .dispute,
            "We'll pay for the railing on Friday like we said. The $640 for power-washing the deck stays off until someone explains why it was never done - the deck is still green."
        ),
        (.promise, "Disculpe la demora, se nos pasó. Lo pagamos en los próximos días."),
        (
            .hardship,
            "I was let go from the hospital on Friday after 11 years. I'm not going to run from this bill, but I need to see what my severance looks like before I can promise you anything."
        ),
        (.optOut, "dejen de mandar textos a este cel, es de mi hijo"),
        (
            .hardship,
            "Hi Dana,\n\nI owe you an explanation. My business partner walked away in October and took most of our working capital with him. We're still operating, but every dollar is spoken for through the end of the year.\n\nWhat I can do: $500 on January 8, and then $500 on the 8th of each month after that until we're square. If that works, I'll set it up in our bank's bill pay."
        ),
        (
            .hardship,
            "Bonjour,\n\nSuite à mon licenciement économique le mois dernier, je ne suis pas en mesure de régler la totalité. Pourrais-je vous verser 100 $ par mois ?\n\nMerci de votre compréhension,\nLuc"
        ),
        (.promise, "Olá Dana,\n\nVou fazer a transferência na terça-feira, dia 15, assim que o banco abrir."),
        (.other, "Mijn nieuwe e-mailadres is ingrid@deboer-thuis.example; dit adres vervalt per 31 december."),
        (.promise, "checks in the mail, should be there soon"),
        (
            .dispute,
            "Cobraram-nos 3 dias de aluguer do andaime, mas o andaime foi desmontado ao fim do primeiro dia. Aguardo correção."
        ),
        (.promise, "Wir zahlen übermorgen, sobald die Gutschrift unseres Kunden eingegangen ist."),
        (
            .dispute,
            "When your crew pulled the old vanity they cracked the tile behind the toilet, and it's been leaking into the ceiling below ever since. We'll want that repaired, and frankly the ceiling reimbursed, before we settle this."
        ),
        (.question, "O valor já inclui o imposto sobre vendas? Preciso de saber para o reembolso da empresa."),
        (
            .alreadyPaid,
            "Der Betrag wurde am 01.12. per Auslandsüberweisung angewiesen; die Gutschrift auf Ihrem Konto sollte inzwischen erfolgt sein. Verwendungszweck: INV-1098."
        ),
        (.alreadyPaid, "gedaan, via de link in jullie mail, een dag of vijf geleden al"),
        (.optOut, "no vuelvan a escribir a este numero porfa, lo que sea me lo dicen en persona"),
        (.promise, "I'll send it the day after tomorrow, once the insurance reimbursement lands."),
        (
            .question,
            "Bonjour,\n\nMon expert-comptable me réclame une facture portant votre numéro d'entreprise et votre adresse complète. Pouvez-vous m'en faire parvenir une nouvelle ?"
        ),
        (
            .hardship,
            "Since the layoff I'm juggling everything. Who do I talk to about stretching this out, and does stretching it out cost extra"
        ),
        (.question, "welk rekeningnummer moet ik gebruiken"),
        (
            .other,
            "We're planning to redo the upstairs bathroom in the spring. Could Mike come out in January and give us a number?"
        ),
        (
            .alreadyPaid,
            "I sent $150 on the 4th, which honestly was all I had. Since my shifts got cut I'm living paycheck to paycheck and the rest is going to take a while."
        ),
        (
            .question,
            "Do you knock anything off if we pay with a paper check rather than a card? The website hints at it but I couldn't find specifics."
        ),
        (.optOut, "You'll have payment on the 15th. Until then, spare me the daily emails - turn them off for my account."),
        (.other, "Thanks so much for the note, Dana. Have a wonderful holiday with your family."),
        (.promise, "Hallo Dana, ik maak het maandag over. Excuses voor de late reactie."),
        (.question, "Queria confirmar o valor em falta, porque pensava que já tinha pago uma parte"),
        (
            .optOut,
            "my daughter set this phone up for me and i dont want bills coming to it. please take it off whatever list this is"
        ),
        (.hardship, "ive been in and out of the hospital since nov. i will pay you i just cant right now"),
        (
            .dispute,
            "Funny, the quote I signed in September had a number on it about a third smaller than this one. I can dig it out if anyone over there needs reminding."
        ),
        (
            .alreadyPaid,
            "We paid this by check the day before Thanksgiving. While I have you, could you confirm your current remit-to address? I have two on file and want to use the right one for the next job."
        ),
        (.other, "got this number from the carrier last month, no idea who harbor pine is"),
        (.other, "este celular es nuevo, el dueño anterior ya no lo usa"),
        (.other, "10-4 👍"),
        (
            .optOut,
            "Sehr geehrte Damen und Herren,\n\ntragen Sie mich bitte aus Ihrem Mailverteiler für Zahlungserinnerungen aus. Post an meine Anschrift erreicht mich zuverlässig."
        ),
        (.question, "Podem enviar-me a fatura com o meu NIF? Sem isso não posso deduzir a despesa."),
        (.optOut, "whats the magic word to make these texts quit coming. just want off"),
        (
            .hardship,
            "I'm a teacher, and the way our district pays out over winter break, my last check before January is already gone to rent. Could this wait until after New Year's?"
        ),
        (
            .alreadyPaid,
            "That one's done. We netted it against the deposit refund you owed us from the porch job we cancelled - Mike and I agreed on it back in October."
        ),
        (.optOut, "no more of these pls. i have ur number if i need u"),
        (.question, "se puede pagar en efectivo en su oficina? a que hora abren"),
        (
            .question,
            "Können Sie mir sagen, ob die Garantie auf die Fenster in dieser Rechnung schon enthalten ist oder extra berechnet wird?"
        ),
        (
            .other,
            "Guten Tag,\n\nHerr Vogel ist zum 30.11. aus unserem Unternehmen ausgeschieden. Bitte wenden Sie sich künftig an Frau Lindner (lindner@eder-holzbau.example)."
        ),
        (.dispute, "Deze factuur hoort bij de VvE en niet bij mij persoonlijk. Het gaat om het gezamenlijke trappenhuis."),
        (
            .dispute,
            "Two problems. First, the bill has the old hourly rate crossed out and a higher one typed in, which is not what we signed. Second, the shop's been shut since the fire in November, so there's no money coming in right now anyway."
        ),
        (.promise, "Our office shuts down on the 23rd for two weeks, and this will be paid before the doors close."),
        (
            .alreadyPaid,
            "Mijn vader heeft dit contant afgerekend met jullie voorman toen het werk klaar was. Hij is 84 maar dat weet hij nog precies."
        ),
        (.other, "Hope you all have a safe and happy new year. Thanks for being so easy to work with in 2026!"),
        (
            .other,
            "Besten Dank für die freundliche Erinnerung. Grüße an Mike, die Terrasse hat den ersten Schnee gut überstanden."
        ),
        (.other, "Kunnen jullie in het voorjaar ook naar de dakkapel kijken? Er zit een scheur in de afwerking."),
        (.other, "Who's this? Got a new phone and lost all my contacts"),
        (.alreadyPaid, "Eso ya está liquidado desde noviembre, revisen bien por favor."),
        (.other, "merry christmas!! tell mike the basement is the best room in the house now 🎄"),
        (.alreadyPaid, "I did it thru the link in ur email wed nite, got a conf number and everything"),
        (.promise, "Bonjour Madame,\n\nLe paiement sera effectué le 21 décembre, à réception de notre propre règlement client."),
        (.promise, "Check's in the mail Dana, no joke this time"),
        (
            .dispute,
            "I'll pay for the tile work on the 18th. The grout haze is still all over the floor though, so the cleanup line comes off or somebody comes back and does it properly."
        ),
        (
            .other,
            "I'm house-sitting here until January while the owners are in Arizona. I'll make sure they see this when they get back."
        ),
        (
            .optOut,
            "Buenas. Les agradecería que borraran mi correo de su sistema de avisos; si hay algo pendiente, prefiero que me llamen."
        ),
        (.alreadyPaid, "Paid in full on 11/24, confirmation TX-88213. Would be nice if your system caught up."),
        (.hardship, "me corrieron del trabajo el mes pasado, aguanteme tantito porfa"),
        (.other, "¡Felices fiestas a todo el equipo! La terraza nos quedó increíble, ya hicimos ahí la primera carne asada."),
        (
            .dispute,
            "Bonjour,\n\nLa porte-fenêtre posée le mois dernier laisse passer l'air de tous les côtés ; on sent le courant d'air depuis le canapé. Je ne réglerai rien avant le passage d'un technicien."
        ),
        (
            .other,
            "Bonjour, je vous informe que notre cabinet déménage au 1er janvier. Nouvelle adresse : 8 avenue Jean-Jaurès, 69007 Lyon. Le téléphone reste inchangé."
        ),
        (.question, "is this the deck one or the basement one"),
        (.dispute, "me estan cobrando la pintura del garage y eso nunca se hizo"),
        (.alreadyPaid, "pretty sure u got it, my bank says the check was deposited on the 3rd"),
        (
            .dispute,
            "Pagámos o valor do orçamento no dia 20 de novembro. A diferença que agora nos cobram diz respeito a trabalhos que nunca pedimos."
        ),
        (.promise, "Bom dia, conto fazer o pagamento na próxima quarta-feira, dia 16, quando entrar o dinheiro de um cliente."),
        (.optOut, "ik ben werkloos en kan nu niks betalen. stop alsjeblieft met die berichten, ik word er gek van"),
        (
            .question,
            "Our books show a credit memo from you for $210 back in October. Has that been applied to this balance or is it still sitting open"
        ),
        (.question, "Is this the final bill for the kitchen or should I be expecting another one for the punch list items"),
        (
            .alreadyPaid,
            "Hi Dana,\n\nWe sent $2,000 by ACH on December 1 as a first installment. The balance will go out on January 5 once our line of credit renews."
        ),
        (.question, "Buenos días, ¿la factura ya incluye el descuento por pronto pago que nos ofreció Mike?"),
        (.alreadyPaid, "Hier der Beleg aus dem Online-Banking, der Betrag ist gestern raus."),
        (
            .alreadyPaid,
            "Not sure why you're still chasing this one. My accountant paid it out of the business account in one lump with all of November's bills."
        ),
        (.promise, "We intend to pay this in full. It's queued behind a few urgent items, but it hasn't been forgotten."),
        (
            .dispute,
            "Good morning,\n\nOur receiving team was unable to match invoice INV-1077 to a goods receipt. Purchase order PO-77120 was issued for 40 linear feet of garage shelving; the invoice reflects 64 linear feet at the same unit price.\n\nUnder our vendor terms, invoices exceeding the PO quantity are placed on hold until a revised invoice or an approved PO change is received. Please send a corrected invoice referencing the original PO number."
        ),
        (
            .hardship,
            "I wish I had better news. The store flooded over Thanksgiving weekend and the adjuster hasn't even been out yet. Everything is on hold until then."
        ),
        (.promise, "Conto pagar até dia 10, assim que a obra de Cascais me pagar."),
        (.alreadyPaid, "Reencaminho a confirmação do banco."),
        (
            .dispute,
            "I think there's been a mix-up. This looks like it belongs to the unit upstairs - we only had the bathroom exhaust fan swapped, never a kitchen hood."
        ),
        (
            .dispute,
            "Why was I charged for a full day on the lift rental when the crew had it back by noon? And can you send me the rental company's ticket?"
        ),
        (
            .alreadyPaid,
            "Hello Dana,\n\nPlease be advised that INV-1077 was included in payment batch 2026-48, released on November 30 via ACH. Remittance detail was e-mailed to the address on your vendor profile (billing@harborpine.example). If that address is out of date, let us know and we will resend."
        ),
        (.promise, "I get paid every other friday, next one is the 18th. you'll have it then"),
        (
            .hardship,
            "Our county contract payments are running 90 days behind and we're floating everything on a credit line that's nearly maxed out. I don't have a date for you yet."
        ),
        (
            .dispute,
            "Die Stundenzahl kommt mir deutlich zu hoch vor, das waren höchstens zwei Tage. Können Sie mir die Stundenzettel schicken?"
        ),
        (
            .question,
            "Guten Tag, an welche Adresse soll der Scheck gehen? In Ihrer Signatur und auf der Rechnung stehen zwei verschiedene."
        ),
        (.promise, "Geld geht Ende nächster Woche raus, vorher klappt es leider nicht."),
        (.promise, "Wordt geregeld. De factuur ligt bij mijn compagnon voor akkoord en daarna gaat het meteen de deur uit."),
        (
            .dispute,
            "El trabajo quedó a medias: faltan las puertas de dos gabinetes y la campana sigue en su caja en el garage. Cuando terminen, con gusto pagamos."
        ),
        (.hardship, "restaurant closed for good on the 30th. honestly dont know what to tell you"),
        (
            .hardship,
            "Je traverse une mauvaise passe depuis mon accident de travail. Serait-il possible d'échelonner sur quatre mois ?"
        ),
        (.optOut, "Nummer bitte aus dem Verteiler nehmen, danke"),
        (.promise, "Wird erledigt, sobald unser Geschäftsführer aus dem Urlaub zurück ist und unterschreibt."),
        (
            .optOut,
            "Madame,\n\nÀ compter de ce jour, je vous prie d'adresser toute correspondance relative à ce dossier à mon avocate, Maître Claire Vasseur, 14 rue des Carmes, 69002 Lyon. Je ne donnerai plus suite aux messages reçus directement.\n\nSylvie"
        ),
        (
            .optOut,
            "Pouvez-vous me dire à quel chantier correspond cette facture ? Et merci de ne plus m'écrire à cette adresse, c'est celle de mon employeur."
        ),
        (
            .dispute,
            "There's a $95 \"fuel surcharge\" on here that isn't in our agreement anywhere. Please strike it; that part simply isn't getting paid."
        ),
        (.hardship, "Desculpem o silêncio. Tive um AVC em outubro e só agora estou a recuperar. Peço mais algum tempo."),
        (
            .hardship,
            "Guten Tag,\n\nleider ist unser Hauptkunde insolvent, und wir warten selbst auf offene Forderungen von über 30.000 Euro. Können wir über eine Ratenzahlung sprechen?"
        ),
        (
            .question,
            "Hello, I'm the new office manager here and still getting up to speed. Can you send me a statement of everything we have open with you, with the invoice dates?"
        ),
        (.alreadyPaid, "We squared up with Kendra at your front desk when we came to pick up the leftover tile."),
        (
            .dispute,
            "The drywall line says two coats plus a skim coat. There was no skim coat - I was home every single day and watched. Take it off and resend, please."
        ),
        (.question, "do u take cash app"),
        (
            .dispute,
            "Guten Tag,\n\nbei der Abnahme haben wir mehrere Mängel protokolliert (gerissene Fugen im Bad, fehlende Silikonfuge an der Wanne). Bis zur Beseitigung behalten wir den Rechnungsbetrag ein."
        ),
        (.optOut, "Wilt u mijn gegevens uit uw herinneringssysteem halen? Ik heb daar nooit toestemming voor gegeven."),
        (.hardship, "fire at our building last month, still displaced. need some grace on this one"),
        (.promise, "yeah yeah ill get u paid, waiting on a transfer from my savings to go thru"),
        (
            .optOut,
            "Exmos. Senhores,\n\nSolicito que deixem de utilizar este endereço eletrónico para comunicações de cobrança. Qualquer contacto futuro deverá ser feito através do meu advogado, Dr. Rui Tavares.\n\nCom os melhores cumprimentos"
        ),
        (
            .dispute,
            "that light fixture was supposed to be the one i bought, not one ur guy picked out. not paying for a lamp i didnt choose"
        ),
        (.other, "Recebi, obrigado. Vou ver com o meu sócio e depois digo qualquer coisa."),
        (
            .dispute,
            "Buenas tardes. Revisando la factura veo que nos cobran el mismo flete dos veces, una en la línea 2 y otra en la línea 5. Favor de corregir."
        ),
        (
            .dispute,
            "Kindly note that this invoice is addressed to me personally, but our contract is with my LLC, Greenbay Holdings. It needs to be reissued in the company's name before it can be processed."
        ),
        (
            .question,
            "Madame, avant tout règlement j'aurais besoin de savoir si des pénalités de retard s'appliquent déjà, et le cas échéant de quel montant."
        ),
        (.hardship, "bin grad in kurzarbeit, kann erstmal nix zahlen"),
        (.alreadyPaid, "ya se pagó, mi hijo lo hizo por zelle el domingo"),
        (.promise, "The money's coming out of our year-end distribution, which hits on the 30th. I'll pay you that afternoon."),
        (.dispute, "the new window fogs up between the panes already. seal failed. fix it first"),
        (.question, "Can I pay half by card and half by check, or does it all have to go one way?"),
        (.other, "Please note my new mailing address as of December 15: 1820 W Belmont Ave, Apt 3, Chicago IL 60657."),
        (
            .optOut,
            "This address is our family's shared calendar account and the kids read everything that lands in it. Please find another way to reach me and drop this one from your records."
        ),
        (.question, "Where do I send payment if I'd rather not use the link? I don't type card numbers into links from emails."),
        (
            .alreadyPaid,
            "Hi - I used the pay link from your first email back on the 2nd, card ending 4471. My bank shows it posted."
        ),
        (.alreadyPaid, "payé le 2 par virement. c'est quoi votre nouveau RIB pour la prochaine fois"),
        (
            .dispute,
            "Boa tarde,\n\nNa fatura aparecem 40 metros de rodapé, mas a sala tem pouco mais de 25. Agradeço que revejam as medições."
        ),
        (
            .dispute,
            "De nieuwe vloer kraakt op minstens vijf plekken. Zo hebben we hem niet besteld. Eerst herstellen, dan praten we verder over de rekening."
        ),
        (
            .promise,
            "Good afternoon,\n\nInvoice INV-1091 has been approved and scheduled for payment on December 17, 2026 via ACH. Please allow one to two business days for the funds to settle."
        ),
        (
            .alreadyPaid,
            "Eine erste Rate über 500 Dollar haben wir am 30.11. überwiesen. Den Restbetrag überweisen wir zum 21.12."
        ),
        (.question, "ça correspond à quels travaux, la cuisine ou la salle de bain"),
        (.promise, "Oh Mist, total verschwitzt. Morgen ist das Geld unterwegs zu Ihnen"),
        (
            .dispute,
            "De installatie van de cv-ketel betalen we op 22 december. De extra post 'klein materiaal' van 180 dollar accepteren we niet; daar is nooit over gesproken."
        ),
        (
            .hardship,
            "Is a hardship arrangement possible? My husband passed in October and I'm still sorting out which accounts are in whose name."
        ),
        (
            .dispute,
            "Madame, vous nous facturez une journée de location de benne alors que la benne a été fournie par la mairie. Merci de nous adresser un avoir."
        ),
        (.optOut, "não me mandem mais sms, se precisarem liguem ao fim do dia"),
        (
            .hardship,
            "Onze zorgverzekering vergoedt de operatie van mijn dochter niet en daar gaat al ons spaargeld naartoe. Ik moet u om uitstel vragen."
        ),
        (.other, "Ah yes, my favorite pen pal. Got it, Dana."),
        (.hardship, "Would $100 now and $100 a month after that work? I can't swing more with the layoffs at the plant."),
        (
            .optOut,
            "Ms. Whitfield,\n\nEffective immediately, please direct all communication concerning this account to our counsel, Alan Ferrante of Ferrante & Shaw LLP, 200 N. LaSalle Street, Suite 1900, Chicago, IL 60601. Neither I nor my staff will respond to further correspondence sent directly to us."
        ),
        (
            .question,
            "We need a W-9 and a certificate of insurance on file before our system will release anything to a new vendor. Please send both to this address."
        ),
        (.promise, "betaal het de 23e, dan is er weer salaris"),
        (
            .dispute,
            "Your guys parked the dumpster on my front lawn for three weeks and now there's a dead yellow rectangle where the grass used to be. Happy to talk about the invoice right after we talk about my yard."
        ),
        (
            .other,
            "Le escribo para avisarle que la señora Reyes ya no trabaja con nosotros. A partir de ahora, el contacto para facturas es Julián Paredes, jparedes@tallercisneros.example."
        ),
        (.hardship, "tou com o ordenado em atraso há 2 meses, não consigo pagar já"),
        (.alreadyPaid, "c'est réglé depuis le 28/11 par carte"),
        (
            .hardship,
            "La temporada fue muy floja y no hemos podido cubrir ni la renta del local. Les pido paciencia unas semanas más."
        ),
        (
            .hardship,
            "Can I ask for a little mercy here? Between the medical bills and my son's tuition there's nothing left this month. I'm not ignoring you."
        ),
        (
            .hardship,
            "Buenos días Dana,\n\nMi esposa está en tratamiento de quimioterapia y los gastos nos tienen ahogados. ¿Podríamos pagar en abonos pequeños a partir de enero?"
        ),
        (.promise, "Je m'en occupe sans faute, le temps de récupérer le chéquier chez ma mère."),
        (.question, "Bitte senden Sie mir eine Kopie des unterschriebenen Angebots, damit ich die Rechnung prüfen kann."),
        (
            .hardship,
            "Estamos pasando un momento difícil porque cerraron la fábrica donde trabaja mi esposo. Le puedo abonar 300 dólares el 19 de diciembre y el resto en febrero."
        ),
        (
            .question,
            "Dear Ms. Whitfield,\n\nIn connection with our annual audit, please provide a statement of account listing all invoices issued to Henning Hospitality during fiscal year 2026, together with payments received and the balance outstanding as of November 30, 2026.\n\nKindly also confirm your remittance banking details on company letterhead.\n\nThank you for your assistance."
        ),
        (.alreadyPaid, "ya le mande 400 el viernes, lo demas se lo pago el 20"),
        (.other, "Dag Dana, ik heb je mail doorgestuurd naar Kees, mijn man. Hij doet bij ons thuis de administratie."),
        (
            .alreadyPaid,
            "I handed Mike an envelope with a check in it when he came by for the ladders. Guessing it's still riding around in his truck."
        ),
        (
            .optOut,
            "I never agreed to get billing notices electronically, and whatever consent you think you have, I'm withdrawing it. Letters only from here on."
        ),
        (
            .hardship,
            "Bonjour,\n\nMon entreprise est en redressement judiciaire depuis novembre ; je ne peux régler aucune dette antérieure sans l'accord du mandataire. Je vous transmettrai ses coordonnées."
        ),
        (
            .optOut,
            "Esta factura la liquidé el 25 de noviembre con cheque. Les pido que me saquen de estos recordatorios automáticos, ya van tres."
        ),
        (.promise, "le pago el sábado cuando cobre"),
        (.optOut, "reply STOP to stop huh. fine. STOP"),
        (.promise, "Una disculpa, ya lo tengo anotado para pagarlo. No se me va a olvidar."),
        (
            .alreadyPaid,
            "Bonjour Dana,\n\nNous avons payé cette facture en deux fois : un premier virement le 20 novembre, puis le solde le 3 décembre. Tout devrait être en ordre de votre côté."
        ),
        (.other, "Boas festas a toda a equipa da Harbor & Pine! Foi um prazer trabalhar convosco este ano."),
        (
            .optOut,
            "Sehr geehrte Frau Whitfield,\n\nich widerspreche der Rechnung in voller Höhe, da die Arbeiten mangelhaft ausgeführt wurden. Weitere Erinnerungen per E-Mail wünsche ich nicht; die Korrespondenz läuft ab sofort über meinen Anwalt.\n\nClaudia"
        ),
        (
            .optOut,
            "I manage about sixty vendors and I don't accept automated nagging from any of them. Please switch this off for our account. A paper statement once a month is fine."
        ),
        (
            .optOut,
            "I'm not paying for a second coat of stain that nobody applied, and I'm done reading these automated reminders. Take me off the list and have an actual person call me about the deck."
        ),
        (.question, "What name will show up on my card statement? I don't want my husband thinking it's fraud again."),
        (.promise, "I'll pay it on Friday. Is there a way to do a bank transfer instead of card? I'd rather skip the fee."),
        (
            .hardship,
            "Beste Dana,\n\nDoor het faillissement van mijn werkgever zit ik sinds november zonder inkomen. Kan ik in kleine bedragen aflossen?"
        ),
        (.promise, "alright alright, u'll have it tmrw b4 lunch"),
        (
            .promise,
            "Buenas tardes, Dana.\n\nLa transferencia quedará programada para el 28 de diciembre; antes no nos es posible por el cierre contable."
        ),
        (.promise, "Our bookkeeper comes in Tuesdays and Thursdays. She'll cut the check Tuesday."),
        (.hardship, "Can we do 4 payments instead? Just had to put a new furnace in at my moms"),
        (
            .alreadyPaid,
            "Estimada Dana:\n\nEl pago se envió el 4 de diciembre por transferencia internacional desde Monterrey; puede tardar unos días en reflejarse. Le adjunto el comprobante SPEI."
        ),
        (.optOut, "graag geen berichtjes meer op dit nummer"),
        (.other, "wrong # - this is a church office. god bless tho"),
        (
            .dispute,
            "A caixilharia da cozinha deixa entrar água sempre que chove com vento. Antes de fecharmos contas, precisamos que alguém venha ver isto."
        ),
        (.optOut, "paid this at ur office 2 wks ago. quit texting me about it"),
        (.promise, "Le confirmo que pagaremos dentro de diez días, en cuanto nos liberen el anticipo del cliente."),
        (
            .dispute,
            "Hi there, I'm confused (and honestly a bit annoyed). We cancelled the backsplash in writing on October 12 - I still have the email thread. It's on here anyway at $880."
        ),
        (.alreadyPaid, "put 250 on the card this morning, other half friday when payroll hits"),
        (
            .other,
            "Martin Kowal retired at the end of November. I'm taking over his accounts - Shelley Grant, shelley.grant@caldwelldds.example. Please update your contact for us."
        ),
        (
            .other,
            "Your emails keep getting flagged by our firewall as external. IT is whitelisting your domain now, so you should be able to reach me normally from here on."
        ),
        (
            .question,
            "Before I pay this, can someone tell me whether the warranty registration for the water heater was done? I don't want to pay and find out later it wasn't."
        ),
        (
            .question,
            "Could you tell me whether the permit fee was passed through at cost or marked up? Our board is going to ask."
        ),
        (.promise, "You'll have the money one week from today."),
        (
            .dispute,
            "Goedemorgen,\n\nVolgens onze agenda zijn jullie mensen anderhalve dag bezig geweest, niet drie. Graag een aangepaste factuur.\n\nGroet,\nMarloes"
        ),
        (
            .alreadyPaid,
            "Bom dia. Este pagamento foi efetuado a 27 de novembro, juntamente com a fatura anterior. Se calhar foi lançado noutra fatura."
        ),
        (.question, "Boa tarde, é possível pagar com cartão de crédito internacional? Se sim, há alguma taxa?"),
        (.optOut, "plus de SMS svp, je ne les lis pas de toute façon"),
        (.promise, "Vou pagar no fim do mês, quando receber o subsídio de Natal."),
        (
            .other,
            "Let op: wij zijn per 1 januari verhuisd naar de Stationsstraat 12 in Tilburg. Graag de adresgegevens aanpassen."
        ),
        (.promise, "can i drop a check off at ur office tmrw? ill bring it by around 10"),
        (
            .hardship,
            "Boa tarde,\n\nA minha empresa perdeu o principal cliente e estamos a reduzir pessoal. Gostaria de propor um plano de pagamento em seis prestações."
        ),
        (.alreadyPaid, "Transferi o valor no sábado passado pelo homebanking. Segue o comprovativo em anexo."),
        (
            .hardship,
            "Sinds mijn ontslag is het krap, maar over twee weken kan ik de helft overmaken. De rest volgt zodra ik nieuw werk heb."
        ),
        (.dispute, "sorry but no. mike told me the 2nd visit was on the house"),
        (
            .promise,
            "Guten Tag,\n\ndie Rechnung ist zur Zahlung am 18.12. vorgemerkt.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung"
        ),
        (.promise, "Leave it with me, I'll sort it."),
        (
            .question,
            "Goedemiddag, kunnen jullie de factuur splitsen in een deel voor mij en een deel voor mijn buurvrouw? We delen de schutting."
        ),
        (.optOut, "Whoever keeps texting me from this contractor, lose this number. Done with it"),
        (.dispute, "Die Position „Entsorgung Altmaterial“ war laut Angebot inklusive. Bitte streichen und neu ausstellen."),
        (
            .alreadyPaid,
            "Le chèque a été encaissé le 1er décembre d'après notre relevé. Je pense que votre relance s'est croisée avec le paiement."
        ),
        (.question, "Para mandar el dinero desde México me falta la CLABE o el ABA y SWIFT de su banco, mándemelos por favor"),
        (
            .alreadyPaid,
            "My husband mailed a check the Monday after Thanksgiving. If it still hasn't turned up we'll stop payment on it and send another, but please look first."
        ),
        (
            .other,
            "Separate thing: the motion light you put in over the garage stays on all night now. Can someone take a look next time they're in the neighborhood?"
        ),
        (
            .dispute,
            "With respect, we won't be paying for the change order on this bill. Mike floated the idea on site, I said I'd think about it, and nobody ever signed anything."
        ),
        (.dispute, "u billed 6 hrs. ur guy was here maybe 2 and spent half of it on his phone in the truck"),
        (.promise, "can pay wednesday after work"),
        (.other, "qui êtes-vous ? je ne connais aucune entreprise Harbor"),
        (.promise, "ok je fais le virement jeudi en rentrant du boulot"),
        (.alreadyPaid, "See below - this went out from our bank this morning."),
        (
            .hardship,
            "Wir haben im November Zwillinge bekommen und ich bin in Elternzeit, das Geld ist gerade sehr knapp. Wäre eine Stundung bis Februar möglich?"
        ),
        (
            .dispute,
            "Je vous réglerai la partie plomberie mardi prochain. Pour le carrelage en revanche, trois carreaux sonnent creux et l'un est déjà fendu : pas question de le payer en l'état."
        ),
        (
            .hardship,
            "Got furloughed from the airport Dec 1. I'll know more about unemployment in a couple of weeks. Please hold off on late fees if you can."
        ),
        (.promise, "gonna take care of it on the 19th. payday"),
        (.alreadyPaid, "auto pay should of taken it on the 1st. check ur end"),
        (.promise, "Hi Dana - apologies for the delay. Our December vendor run is on the 22nd and INV-1098 is on it."),
        (
            .optOut,
            "Wow, a fourth email this month. Riveting stuff. Kindly unplug whatever bot is doing this and leave my inbox alone."
        ),
        (.promise, "amanha pago, pode contar"),
        (
            .hardship,
            "My wife's been out of work since her surgery and we're stretched thin. I can send $200 on the 31st and then figure out the rest after the holidays."
        ),
        (
            .other,
            "Bonjour Dana, petite question hors facture : est-ce que vous posez aussi des volets roulants ? On aimerait un devis pour la chambre."
        ),
        (
            .dispute,
            "We already paid the $1,500 on the signed estimate (check 2207, Nov 18). The extra $640 on this invoice was never approved by anyone here, so as far as we're concerned we're square."
        ),
        (.promise, "We're closing out the books this week, so you'll see it by Thursday."),
        (.alreadyPaid, "went in friday n paid in person, ur front desk lady printed me a receipt"),
        (.dispute, "je conteste, le devis disait forfait 1200 tout compris"),
        (.promise, "Sorry Dana, totally slipped my mind. I'll do it when I'm at my desk Monday."),
        (
            .hardship,
            "Dana, I'm going to be straight with you. We're a two-person shop and my partner has been out on disability since September. Receivables are thin and payroll comes first. I'm asking for 60 days."
        ),
        (
            .other,
            "Looping in Deb from our finance office, who I think can help here. Deb, can you take a look when you get a minute?"
        ),
        (
            .promise,
            "Vou pagar assim que possível. Podem confirmar se o IBAN que está na fatura ainda é o correto? Não quero que o dinheiro vá parar à conta errada."
        ),
        (.dispute, "Die Rechnung ist zu hoch, ausgemacht waren 900 pauschal."),
        (.question, "whats the total w the late fee. want to pay it all at once"),
        (.other, "Wer ist da? Diese Nummer kenne ich nicht."),
        (
            .alreadyPaid,
            "Wir haben den Betrag am 02.12. per Online-Überweisung beglichen, der Beleg liegt bei. Bitte gleichen Sie Ihre Buchhaltung ab."
        ),
        (
            .alreadyPaid,
            "Goedendag,\n\nDe betaling is op 30 november uitgevoerd, met het factuurnummer INV-1015 in de omschrijving. Het bedrag is van onze rekening afgeschreven."
        ),
        (.optOut, "Pago na sexta-feira, dia 18. Entretanto, peço que deixem de me enviar estes avisos por e-mail."),
        (
            .other,
            "Creio que este e-mail chegou à pessoa errada: o meu endereço é muito parecido com o de uma antiga colega e recebo mensagens dela com frequência."
        ),
        (
            .promise,
            "We haven't paid yet, sorry - it'll go out Wednesday. Do you need the PO number on the remittance or is the invoice number enough"
        ),
        (
            .hardship,
            "Ah yes, December: the month where everyone wants money and I have none. The shop hasn't had a paying job since Halloween."
        ),
        (.optOut, "SALIR"),
        (.alreadyPaid, "Le reenvío el comprobante de la transferencia que hicimos ayer."),
        (.alreadyPaid, "Cleared my account on the 4th. Happy to send a screenshot if your bookkeeper needs one."),
        (.promise, "Bom dia, o pagamento será efetuado na próxima segunda-feira. Peço desculpa pela demora."),
        (
            .hardship,
            "Sehr geehrte Damen und Herren,\n\naufgrund eines Wasserschadens in unserer Produktionshalle steht unser Betrieb seit drei Wochen still. Wir bitten um die Möglichkeit, den Betrag in drei Raten zu begleichen."
        ),
        (
            .alreadyPaid,
            "Paid it by phone with your office on the 2nd - the woman I spoke to read me back a confirmation number ending in 7781."
        ),
        (
            .question,
            "Caros senhores, gostaria de saber se o valor da fatura já inclui a taxa de deslocação ou se esta será faturada à parte."
        ),
        (.promise, "prontito le deposito, no se apure"),
        (.promise, "payin it fri when my check comes thru"),
        (
            .other,
            "Vielen Dank für Ihre Nachricht. Ich habe sie an unsere Buchhaltung weitergeleitet, die sich bei Ihnen melden wird."
        ),
        (.promise, "Komt goed hoor, ik regel het deze dagen."),
        (.alreadyPaid, "we paid that like 2 wks ago?? look again"),
        (.other, "Received, thank you. I've passed it along to our accounts payable department."),
        (.alreadyPaid, "my wife paid it online last nite w her card, should b on ur end by now"),
        (.promise, "ill drop a check in the mail first thing monday"),
        (
            .optOut,
            "No tengo con qué pagar ahorita y cada correo me angustia más. Por favor ya no me escriban; cuando pueda, yo les llamo."
        ),
        (.hardship, "je suis au chômage depuis octobre, je peux pas tout payer d'un coup"),
        (.optOut, "this is a work phone, we dont do billing over text. pls remove it thx"),
        (.alreadyPaid, "We mailed a check on 11/30 (no. 3321). Could you also send me a year-end statement for our files?"),
        (
            .dispute,
            "Your crew left a roofing nail in my tire and overspray on my car. I'm deducting the $412 repair bill from this invoice - receipts to follow."
        ),
        (.dispute, "we never signed off on the punch list so this isnt due yet"),
        (
            .other,
            "Hoi Dana, ik zit tot half januari in Australië bij onze dochter. Ik kijk ernaar zodra ik terug ben. Fijne feestdagen!"
        ),
        (.optOut, "afmelden aub, ik wil deze sms'jes niet meer"),
        (.optOut, "PAREM DE ME MANDAR MENSAGEM"),
        (.hardship, "wifes in the hospital w our preemie. money is the last thing on my mind rn"),
        (.hardship, "to apertado esse mes mas dia 5 de janeiro pago metade"),
        (
            .dispute,
            "We paid this, and we paid it twice: once by check on November 18 and once when your office ran my card over the phone on the 1st. I want one of them refunded, not another reminder."
        ),
        (
            .optOut,
            "What's the balance with fees? After you tell me, remove me from these e-mails; I'll deal with your office by phone from now on."
        ),
        (
            .question,
            "Before I send anything: has the credit for the faucet I returned to your shop on November 12 been applied yet?"
        ),
        (.dispute, "de dakgoot betaal ik morgen, de schoorsteen niet want die lekt nog steeds"),
        (
            .other,
            "Dana - you're always so pleasant even when you're chasing money. Honestly made my morning. Hope your holidays are restful."
        ),
        (.promise, "el viernes 18 le pago sin falta"),
        (
            .dispute,
            "Laut Vertrag gilt ein Festpreis von 4.800 Dollar. Nachträge wurden von uns nicht beauftragt. Die Rechnung weisen wir in dieser Höhe zurück."
        ),
        (
            .dispute,
            "Honestly I couldn't afford this even if it were right, and it isn't: you billed for three coats and we got one. Between the layoff and this, I'm at a loss."
        ),
        (
            .hardship,
            "I'm recovering from chemo and on short-term disability, which pays 60% of my salary. I'm asking for patience, not forgiveness."
        ),
        (
            .optOut,
            "Congratulations, your reminder robot has achieved perfect attendance this month. Please give it the rest of the year off - permanently, as far as this inbox is concerned."
        ),
        (
            .optOut,
            "Bom dia,\n\nEste endereço de e-mail é partilhado com a minha contabilista. Agradeço que deixem de enviar lembretes automáticos para aqui; se precisarem de mim, liguem."
        ),
        (
            .alreadyPaid,
            "De eerste termijn heb ik op 1 december betaald. Voor de rest moet ik helaas om uitstel vragen, ik ben net mijn baan kwijtgeraakt."
        ),
        (.optOut, "je paye vendredi. et arrêtez les sms svp"),
        (
            .promise,
            "I'll be paying this on the 29th. Can you confirm whether the amount I should send includes the late fee? I'd rather only do this once."
        ),
        (
            .optOut,
            "Please treat this e-mail as notice that I no longer wish to be contacted at this address about anything. My office manager, whose details you already have, remains your contact for Adeyemi Family Pharmacy."
        ),
        (.promise, "Toutes mes excuses pour ce retard, je m'en occupe très rapidement."),
        (.promise, "Done - it's scheduled through my bank, see below."),
        (.dispute, "We're happy to pay for what was delivered. Twelve windows were delivered; the invoice charges for fourteen."),
        (.promise, "WILL PAY ON THE 15TH"),
        (.dispute, "NOT PAYING TILL SOMEBODY FIXES THE GARAGE DOOR YOUR GUY BACKED HIS TRUCK INTO"),
        (.promise, "je vous fais le virement demain sans faute"),
        (
            .hardship,
            "Things have been rough since the divorce. I'm rebuilding from zero and I'd be grateful for a few more weeks."
        ),
        (
            .hardship,
            "Desde que cerraron la maquiladora estamos muy apretados. ¿Ustedes cobran intereses si me atraso? Quiero saber a qué atenerme."
        ),
        (.hardship, "Work's been dead since the storm, but I can do $250 on Tuesday and the rest once my tax refund lands."),
        (.question, "me passa os dados pra transferência internacional"),
        (.other, "this is Tony's wife, he's out of town on a job til the 20th. ill make sure he sees it"),
        (.alreadyPaid, "zelled it sunday. whats the total on the other invoice so i can do that one too"),
        (.question, "cuanto es con todo y recargos"),
        (.optOut, "i dont do business by text. remove this number from whatever system sends these"),
        (.hardship, "Is there any flexibility on the late fee? My mother's funeral took every cent I had this month."),
        (.optOut, "i swear if i get one more of these at 7am im blocking u. take me off"),
        (
            .dispute,
            "Guten Tag,\n\nberechnet wurde der Stundensatz eines Meisters, gearbeitet hat bei uns aber ausschließlich ein Auszubildender. Bitte stellen Sie die Rechnung entsprechend neu aus."
        ),
        (
            .other,
            "Effective January 1 we'll be operating as Bhatt & Lowe Engineering. Same people, same address, new name on the door."
        ),
        (.alreadyPaid, "I think you'll find your bank balance is $1,560.00 healthier than it was on Monday."),
        (
            .other,
            "I think your system has mixed us up with another Finch. I'm Dolores, and I'm pretty sure the kitchen job was for my sister-in-law Doreen on Elm Street."
        ),
        (
            .alreadyPaid,
            "Oh good, another reminder for an invoice my bank says you cashed on the 30th. Maybe check who deposited it before the next one goes out? Just a thought."
        ),
        (.other, "k"),
        (.alreadyPaid, "didnt u get the cashiers check? i mailed it the 23rd"),
        (.dispute, "Er staan twee containers op de factuur, er is er maar één geweest. Graag corrigeren."),
        (.other, "I'll take a look at this when I get back to the office Monday."),
        (
            .other,
            "Just a heads up that I'm no longer with Lakeside Pediatric Dentistry after this Friday. Please direct future correspondence to Marcy Olin at molin@lakesidepeds.example."
        ),
        (
            .alreadyPaid,
            "This one's paid in full, but I have to be honest - it wiped us out. The next invoice for the windows will have to wait until my disability claim goes through."
        ),
        (
            .hardship,
            "We run a garden center and December through February is dead for us. We can settle up when spring sales pick up, probably March."
        ),
        (.other, "new number for me is 312-555-0188, this one's getting shut off end of month"),
        (.dispute, "esa factura no es mia, yo nunca contrate nada con ustedes"),
        (.question, "Could you resend the invoice as a PDF? The link in your e-mail just spins for me."),
        (.promise, "tmrw"),
        (.alreadyPaid, "Remittance below - please apply to INV-1099."),
        (.dispute, "The new sliding door sticks so badly my ten-year-old can't open it. I'd hardly call that finished."),
        (.promise, "Le comento que el pago sale a fin de mes, como con todos nuestros proveedores."),
        (.other, "Adding my husband, Rob, who handles the house stuff. Rob - this is from the contractor who did the basement."),
        (.alreadyPaid, "ja paguei ontem a noite pela app do banco"),
        (
            .dispute,
            "I must have missed the part of the contract where \"cleanup\" meant leaving drywall dust in every room of the house. I'd like the cleanup charge removed."
        ),
        (.alreadyPaid, "Já transferi metade na semana passada. A outra metade vai no dia 30."),
        (.question, "who do i make the check out to, harbor and pine or harbor & pine builders llc"),
        (.hardship, "just got laid off so im gonna need time. also what was the 2nd charge on there for"),
        (.promise, "Überweisung geht am 22.12. raus, versprochen"),
        (.alreadyPaid, "Bonjour, ci-dessous l'avis d'exécution de notre banque. Bonne journée."),
        (
            .hardship,
            "Dear Dana,\n\nI am writing on behalf of Bhatt Engineering Group regarding our outstanding balance with Harbor & Pine.\n\nAs you may be aware, our largest customer went into receivership in October, leaving a significant amount of our receivables frozen. We have made cost reductions across the business and are currently prioritizing payroll and critical suppliers.\n\nWe would like to propose a structured repayment of the balance over four months, beginning in January. We value the relationship and want to resolve this properly."
        ),
        (
            .alreadyPaid,
            "Madame,\n\nJe m'étonne de recevoir une relance : cette facture a été payée par carte bancaire sur votre site le lundi 30 novembre. Je tiens le justificatif à votre disposition."
        ),
        (.dispute, "klopt niks van, we hadden 10% korting afgesproken"),
        (.alreadyPaid, "deja regle par cheque le 27 nov, il a ete encaisse"),
        (.alreadyPaid, "PAID 12/2. CHECK #4410."),
        (.other, "ok gracias 👍"),
        (
            .hardship,
            "With the shutdown I'm working without a paycheck. The minute back pay comes through, you're at the top of my list."
        ),
        (.dispute, "essa fatura tá errada, o orçamento era 1800"),
        (
            .optOut,
            "Payment goes out on the 22nd. That's the last I want to hear about it - please take this address off the reminders."
        ),
        (.hardship, "no tengo trabajo desde hace un mes, le pago cuando pueda"),
        (
            .optOut,
            "The bathroom fan you put in is louder than the old one, and you charged us the premium for a \"quiet\" model. I've said so twice by phone. I'm not reading any more of these automated e-mails - unsubscribe me and have a person call."
        ),
        (
            .hardship,
            "Mi mamá está hospitalizada en Guadalajara y tuve que viajar de urgencia. Le pido unas semanas de gracia, por favor."
        ),
        (.promise, "Thank you for the reminder. The invoice has been approved and will be paid shortly."),
        (.promise, "Wir überweisen in zwei Wochen, sobald die Zahlung unseres Auftraggebers eingegangen ist."),
        (
            .alreadyPaid,
            "Guten Tag,\n\nder Betrag wurde von unserer Muttergesellschaft überwiesen, daher erscheint auf Ihrem Kontoauszug nicht unser Name, sondern „Rheintal Holding AG“. Bitte prüfen Sie Ihre Zahlungseingänge vom 2. Dezember."
        ),
        (.hardship, "zit in de schuldhulpverlening, mijn bewindvoerder neemt contact met jullie op"),
        (.optOut, "ALREADY PAID THIS. DELETE MY NUMBER"),
        (.alreadyPaid, "Deze factuur is reeds voldaan op 27-11-2026. Graag uw administratie bijwerken."),
        (
            .other,
            "Soy la hija de Rocío Valdez y le escribo desde su correo. Mi madre falleció el mes pasado; ahora yo me encargo de sus asuntos, así que lo que llegue aquí lo leo yo."
        ),
        (
            .dispute,
            "The sump pump you're billing me for is the one you installed eight months ago. It failed. That's a warranty replacement, not a new sale."
        ),
        (.dispute, "facture pas conforme au devis signé, je paie pas en l'état"),
        (
            .dispute,
            "Where did the $145 \"disposal fee\" come from? Nobody hauled anything away - the old vanity is still sitting in my garage. Separately, is the warranty on the new vanity registered in my name or yours?"
        ),
        (
            .hardship,
            "Je traverse une période compliquée (arrêt maladie), mais je peux vous verser 200 dollars le 15 décembre, puis le reste en janvier."
        ),
        (
            .promise,
            "Dear Dana,\n\nThank you for your reminder regarding invoice INV-1090. The invoice has been received, matched to purchase order PO-4418 and approved for payment.\n\nIt is scheduled in our payment run of Wednesday, December 23, 2026, and will be remitted by ACH to the account on file. Please note that our offices are closed from December 24 through January 3; remittance questions received during that period will be answered on our return."
        ),
        (
            .alreadyPaid,
            "Our homeowner's insurance issued payment to you directly for the water damage repairs - check 5530912, mailed November 25 per the adjuster. That covers this invoice in full."
        ),
        (
            .dispute,
            "Bonjour,\n\nLes matériaux facturés (carrelage grès cérame 60x60) ne sont pas ceux qui ont été posés : nous avons du 30x30 d'entrée de gamme. Merci de corriger la facture."
        ),
        (
            .optOut,
            "Welk bedrag staat er precies nog open? En wilt u mij daarna niet meer per mail herinneren, ik heb een hekel aan die automatische berichten."
        ),
        (
            .question,
            "Hola Dana, ¿aceptan pagos con tarjeta de crédito de un banco mexicano? Y si es así, ¿cobran alguna comisión?"
        ),
        (.alreadyPaid, "is allang betaald hoor, via de betaallink. kijk maar na"),
        (.promise, "morgen betaald, beloofd"),
        (
            .alreadyPaid,
            "Good morning,\n\nPlease note that a partial payment of $1,200.00 against invoice INV-1061 was released on December 4 (ACH trace 0210-5583). The remaining balance is scheduled for our January 7 payment run."
        ),
        (.question, "Does the late fee get added automatically if I pay on the 20th or is there a grace period"),
        (.promise, "ill mail it the monday after thanksgiving, swear"),
        (
            .dispute,
            "Hello,\n\nThis invoice was sent to the association, but the work order was placed by an individual owner (Unit 4B) without board approval. The association did not authorize these repairs and will not pay for them. Please bill the owner directly."
        ),
        (.dispute, "Rechnung falsch, das Material hatten wir selbst gestellt!!"),
        (
            .dispute,
            "Dear Ms. Whitfield,\n\nPlease be advised that Castellucci Bridal Boutique disputes invoice INV-1063 in its entirety.\n\nOur agreement of August 14, 2026 required completion by October 31. Substantial completion was not reached until November 19, and under Section 7.2 we are entitled to a deduction of $250 for each day of delay. Once we receive a corrected invoice reflecting that deduction, we will review it.\n\nWe reserve all rights under the agreement."
        ),
        (.other, "Falsche Nummer."),
        (
            .optOut,
            "Ich habe Ihnen bereits zweimal mitgeteilt, dass die Dachrinne undicht ist. Solange das nicht repariert ist, zahle ich nicht. Und hören Sie bitte auf, mir automatische Mahnungen zu schicken."
        ),
        (
            .hardship,
            "our bank froze our line of credit after the audit and we cant pay any vendors until thats resolved. not a question of if, just when"
        ),
        (
            .question,
            "Bonjour,\n\nPourriez-vous m'indiquer le détail des heures facturées ? Mon assureur me le demande pour le remboursement du sinistre."
        ),
        (.other, "wrong number buddy. no idea what invoice ur talking about"),
        (.optOut, "Ya les pedí por teléfono que no me mandaran correos automáticos. No me hagan repetirlo una tercera vez."),
        (.alreadyPaid, "its been paid. ask ur office, they took it over the phone tues"),
        (
            .hardship,
            "Boa tarde,\n\nO nosso restaurante esteve meio fechado durante as obras da rua e a faturação caiu para metade. Podemos pagar em três vezes?"
        ),
        (
            .promise,
            "We haven't paid yet - it's sitting in the approval queue - but it's on the list for our December 18 check run."
        ),
        (.promise, "Should be able to clear it next week. Things are a bit upside down here with the holidays."),
        (
            .hardship,
            "Beste,\n\nDoor de brand in onze winkel in november hebben we geen inkomsten. Is een betalingsregeling mogelijk van 200 dollar per maand"
        ),
        (.promise, "gonna be the end of the month b4 i can do it sorry"),
        (
            .dispute,
            "Warum sind auf der Rechnung acht Stunden Fahrzeit angesetzt? Laut Angebot ist die Anfahrt im Preis enthalten. Außerdem brauchen wir für unsere Unterlagen noch Ihre Steuernummer."
        ),
        (.optOut, "I replied STOP on monday. STOP MEANS STOP"),
        (
            .hardship,
            "Estimada Dana, con la caída del peso este mes el monto en dólares se nos volvió imposible de cubrir. ¿Podemos platicar un plan de pagos?"
        ),
        (
            .question,
            "Quick one: is this the invoice for the deposit or the final payment? I've got two from you that look almost identical."
        ),
        (
            .dispute,
            "We'll pay the undisputed portion, $2,140, on the 21st. The remaining $600 for the extra trim is still with our project manager, who says it was never approved."
        ),
        (.other, "wie is dit?"),
        (.question, "Does this include the $300 deposit we gave Mike or do I subtract that"),
        (
            .question,
            "Good afternoon,\n\nWe are unable to locate invoice INV-1025 in our system. Please send a copy of the invoice, together with the purchase order number it was issued against, to invoices@bhatteng.example so that it can be entered for processing."
        ),
        (.promise, "Le deposito el miércoles 23. ¿A qué cuenta, la de Chase que viene en la factura?"),
        (.promise, "Ik maak het over op de 28e, dan komt de eindejaarsuitkering binnen."),
        (
            .dispute,
            "The permit was supposed to be pulled by you. The city fined me $500 because it wasn't. Until that's sorted, this invoice is on hold."
        ),
        (
            .dispute,
            "Vous nous relancez pour une facture que nous avons déjà réglée le 20 novembre, et en plus le montant a augmenté de 150 dollars entre-temps. J'attends des explications."
        ),
        (.alreadyPaid, "Habe gestern überwiesen. Wie hoch ist eigentlich noch die zweite Rechnung fürs Gartentor"),
        (.question, "kan ik ook contant betalen bij jullie op kantoor"),
        (
            .alreadyPaid,
            "Paid this from my phone at the kids' hockey game Saturday, Zelle to billing@harborpine.example. Pretty sure it went through."
        ),
        (
            .other,
            "Bom dia. O Sr. Azevedo está de baixa e sou eu quem está a tratar da correspondência do escritório. Deixei-lhe a sua mensagem em cima da secretária."
        ),
        (.optOut, "Not my account anymore, my ex got the house and the contractor bills in the divorce. Stop texting me."),
        (
            .optOut,
            "Dear Sir or Madam,\n\nThis account was settled in full on 24 November 2026. I have now received four automated messages about it. Kindly remove my details from your reminder system."
        ),
        (.promise, "I'll send it the day after Christmas, once the family's gone home and I can sit down with the checkbook."),
        (
            .alreadyPaid,
            "We haven't paid the late fee, but we did pay the invoice itself - on November 20, the day it arrived. Maybe that's what's confusing your system."
        ),
        (
            .question,
            "Können Sie mir bitte sagen, bis wann die Gewährleistung auf die Dacharbeiten läuft? Das brauche ich für die Unterlagen zum Hausverkauf."
        ),
        (
            .dispute,
            "Para além de o trabalho não ter ficado bem feito (a porta continua a não fechar), estou desempregado desde outubro. Não tenho como pagar esta fatura."
        ),
        (.hardship, "WE ARE BARELY KEEPING THE LIGHTS ON. GIVE ME TIME"),
        (
            .question,
            "I'd like to pay by ACH rather than card. Can you send your bank details on company letterhead? Our controller won't accept them from a plain e-mail."
        ),
        (
            .question,
            "Hi Dana, my tax guy is asking whether the new heat pump qualifies for the energy credit. Is there a model number or an AHRI certificate you could send along with the invoice?"
        ),
        (.question, "can i pay at the bank or do i have to use ur link"),
        (
            .hardship,
            "I haven't paid because I can't, not because I don't want to. My hours at the hospital were cut to part-time in November."
        ),
        (.other, "I need to run this by Clare before anything happens on our end - she's back from Denver on Thursday."),
        (
            .promise,
            "Guten Tag,\n\nwir zahlen am Montag nach dem dritten Advent, dann ist unser Geschäftsführer zurück und zeichnet die Zahlungen frei."
        ),
        (.alreadyPaid, "Längst bezahlt. Bar an Ihren Monteur, Freitag."),
        (.other, "tell mike his dog left her favorite ball in our yard lol. we'll keep it safe for him"),
        (.alreadyPaid, "FYI, this went out last week. Not sure why it's still showing open on your end."),
        (.dispute, "this is the 3rd time ur billing me for the same gutter job. look it up"),
        (.promise, "pago dia 20 sem falta"),
        (
            .other,
            "Bonjour Dana,\n\nJe ne m'occupe plus de la comptabilité de la boulangerie depuis le mois dernier. C'est désormais mon fils Théo qui gère : theo@boulangerie-dumont.example."
        ),
        (.alreadyPaid, "Überweisung ist am Montag raus, Valuta 01.12. Beleg hängt an."),
        (.question, "vous acceptez Lydia ou seulement la carte"),
        (
            .promise,
            "Buenas tardes. Estamos cerrando el ejercicio fiscal; el pago se le hará la primera semana de enero. Gracias por la paciencia."
        ),
        (.dispute, "ill pay for the fence. not the gate, it still doesnt latch. fence money goes out thurs"),
        (
            .optOut,
            "To be clear, I'm not disputing anything and I'm not refusing to pay. I just don't want the automated e-mails. Please turn them off for me."
        ),
        (.promise, "I'll pay the balance on the twenty-second, after my pension deposit comes in."),
        (
            .dispute,
            "Bom dia,\n\nA pintura exterior começou a descascar logo após as primeiras chuvas. Não vamos pagar enquanto não vierem corrigir."
        ),
        (.question, "WHICH INVOICE IS THIS"),
        (.dispute, "Why does this say \"emergency call-out\" when I booked the appointment two weeks ahead?"),
        (
            .optOut,
            "Going forward, anything about this account should come by post. I'm retiring this e-mail address at the end of the year and I'd rather nothing else landed in it."
        ),
        (.promise, "It's on my list. I realize that's what I said last time, but this time I mean it."),
        (
            .dispute,
            "Buenas tardes. El azulejo del baño quedó disparejo y las juntas están manchadas. Hasta que lo arreglen no vamos a pagar la mano de obra."
        ),
        (.promise, "Payment will be mailed 12/21."),
        (
            .question,
            "Goedemiddag, is het mogelijk om een kopie van de offerte mee te sturen? Onze boekhouder wil die bij de factuur hebben."
        ),
        (
            .optOut,
            "PLEASE REMOVE THIS ADDRESS FROM YOUR REMINDERS. THIS IS OUR FRONT DESK INBOX AND PATIENT INFORMATION COMES THROUGH HERE. WE DO NOT WANT VENDOR BILLING MIXED IN WITH IT."
        ),
        (.hardship, "lost my job at the warehouse tuesday. i cant pay this right now, im sorry"),
        (
            .optOut,
            "I'm on disability and I have no money for this right now. The constant reminders are making my anxiety worse, so please stop e-mailing me. I'll call when things change."
        ),
        (.alreadyPaid, "ya quedo pagado desde el martes por transferencia, cheque su cuenta"),
        (.optOut, "arrêtez les textos svp c'est mon portable perso"),
        (
            .question,
            "Hello,\n\nI'm the executor of my late father's estate and I'm working through his mail. Could you send me an itemized statement of his account and a copy of the signed contract? I need both for the probate court."
        ),
        (.hardship, "truck got repossessed last week, everything is a mess. not ignoring u just broke"),
        (.other, "número errado, não conheço nenhuma Harbor"),
        (
            .promise,
            "Year-end close has our payables frozen until after the holidays. You'll be paid in the first week of January, you have my word."
        ),
        (
            .alreadyPaid,
            "Dear Ms. Whitfield,\n\nWe have researched the item referenced in your reminder. Our records show that invoice INV-1003 was paid in full on December 3, 2026 by ACH (trace number 071000013456789) as part of remittance 0045521. The remittance advice was sent to the address on your vendor profile at that time.\n\nPlease apply the payment and update your records accordingly. Should you be unable to locate the funds within five business days, kindly provide a statement of account and we will investigate further.\n\nRegards,\nAccounts Payable\nKimball Court Condominium Association"
        ),
        (.question, "do u guys still take checks"),
        (
            .alreadyPaid,
            "Beste Dana,\n\nHet bedrag is op 2 december overgemaakt, maar per ongeluk met het verkeerde factuurnummer (INV-1052) in de omschrijving. Het gaat om deze factuur."
        ),
        (.alreadyPaid, "gave mike cash saturday when he dropped off the trim, he counted it right in front of me"),
        (
            .optOut,
            "Guten Tag,\n\ndiese Adresse ist ein Sammelpostfach unseres Vereins, das mehrere Vorstandsmitglieder lesen. Bitte schicken Sie Ihre Erinnerungen nicht mehr hierher."
        ),
        (.hardship, "any chance of doing like 50 a month"),
        (.hardship, "fiquei desempregada, peço paciência, por favor"),
        (.optOut, "U N S U B S C R I B E"),
        (.question, "an wen genau geht die überweisung, firma oder privat"),
        (
            .other,
            "Hola Dana, aprovecho para preguntarle si Mike podría pasar en enero a ver la cerca del patio; con el viento se cayó una sección."
        ),
        (
            .hardship,
            "Madame,\n\nDepuis le décès de mon époux, je fais face seule à toutes les charges du foyer. Je vous demande de bien vouloir m'accorder un délai de quelques mois."
        ),
        (
            .alreadyPaid,
            "Buen día. Su técnico se llevó el cheque cuando vino a revisar el calentador el 20 de noviembre, número 1187. Por favor verifiquen con él."
        ),
        (.promise, "soon. very soon. like really soon, promise"),
        (.dispute, "lol no. estimate was 2400 not 3100"),
        (.optOut, "ABBESTELLEN"),
        (.promise, "Bonjour,\n\nLe règlement partira le 4 janvier, à la réouverture de notre service comptable."),
        (.dispute, "Not disputing the work, just the math: 14 hours at $85 is $1,190, not $1,350."),
        (.promise, "My bonus hits in two weeks and this is the first thing it's going to."),
        (.promise, "We'll pay on the seventeenth of December, when our line of credit renews."),
        (.alreadyPaid, "ya abone la mitad el lunes, la otra mitad el 31"),
        (
            .question,
            "Guten Tag, benötigen Sie für die Auslandsüberweisung eine IBAN oder reicht die ABA-Nummer? Unsere Bank fragt nach."
        ),
        (
            .optOut,
            "Madame,\n\nJe vous saurais gré de cesser tout envoi de relances automatiques à cette adresse. Un courrier papier me convient parfaitement, et mon numéro de téléphone figure sur votre devis.\n\nChantal"
        ),
        (.hardship, "Seit 6 Wochen krankgeschrieben, das Krankengeld reicht hinten und vorne nicht. Bitte um Geduld"),
        (.other, "got it thx"),
        (.other, "merci, bien reçu"),
        (
            .alreadyPaid,
            "Olá Dana, fizemos o pagamento por transferência internacional na sexta-feira passada. O comprovativo segue em anexo; pode demorar uns dias a aparecer."
        ),
        (
            .dispute,
            "We never received the second load of driveway gravel that's on here. Our caretaker was on site all day and only one truck came."
        ),
        (.alreadyPaid, "Hmm - my bank shows this cleared on November 30. Could your reminder have crossed in the mail?"),
        (.other, "Dank voor je bericht. Ik kijk er vanavond even naar met mijn vriend, hij regelt dit soort dingen."),
        (
            .question,
            "Can you tell me the due date you have on file for this one? We book invoices as net 30 from receipt and I want to make sure our system matches yours."
        ),
        (.question, "Recebi duas faturas com o mesmo valor. É a mesma, enviada duas vezes, ou são serviços diferentes"),
        (.promise, "Guten Tag,\n\ndie Zahlung erfolgt zum Monatsende zusammen mit unseren übrigen Lieferantenrechnungen."),
        (.optOut, "Zou u mij willen uitschrijven voor deze automatische mails? Ik ben niet de juiste persoon en lees ze niet."),
        (
            .hardship,
            "Social Security doesn't come until the third week of the month and it's already spoken for. Is there any way to spread this out over a few months?"
        ),
        (.other, "ty"),
        (.optOut, "unsub this number pls, i get enough junk"),
        (
            .question,
            "Our insurance adjuster wants the storm damage repair separated from the bathroom upgrade. Could you send a version of the invoice with those as two line items?"
        ),
        (
            .other,
            "Small housekeeping note: please update my name in your records to Marisa Kovach. I've gone back to my maiden name. Same address and phone."
        ),
        (.dispute, "je conteste, le devis disait main d'oeuvre comprise"),
        (.hardship, "money's tight w medical bills but i can send 200 on friday and more in jan"),
        (.question, "Can you send us a current W-9? Our system won't release your invoice without one - see below."),
        (
            .question,
            "Könnten Sie mir bitte mitteilen, für welches Objekt diese Rechnung ist? Wir haben bei Ihnen sowohl die Wohnung in der Lindenstraße als auch das Ferienhaus beauftragt."
        ),
        (.alreadyPaid, "já paguei por multibanco na terça"),
        (.other, "Recibido 👌"),
        (.question, "Hola, ¿cuál es la fecha límite para pagar sin recargo? Y ¿se puede pagar con tarjeta desde su página?"),
        (.question, "let me know if you take Amex. the Visa I used last time got cancelled"),
        (.other, "quien habla?"),
        (.promise, "can pay thurs. do u take debit over the phone"),
        (.promise, "We'll pay this in full by the 30th."),
        (.alreadyPaid, "ya le pague en efectivo a su trabajador el viernes"),
        (.alreadyPaid, "my accountant paid it on the 4th, ask her if u need proof"),
        (
            .other,
            "Madame,\n\nJe vous écris de la part de ma mère. Mon père, Gérard, est décédé le 29 novembre. Pour tout ce qui concerne la maison, merci désormais de vous adresser à moi : Anne Lefort, 06 55 01 48 20."
        ),
        (.alreadyPaid, "sent 500 yesterday, rest on the 28th"),
        (.other, "Thanks, Dana. I've handed this to Rhonda, our bookkeeper. She's in the office Tuesdays and Thursdays."),
        (.other, "Obrigada, recebido."),
        (
            .question,
            "Bonjour, pourriez-vous me renvoyer la facture ? Je ne la retrouve plus, je crois l'avoir supprimée par erreur."
        ),
        (.optOut, "Check will go out Friday the 11th. Please stop e-mailing me in the meantime, I have it handled."),
        (.promise, "can do it monday"),
        (
            .other,
            "Hello,\n\nI'm writing on behalf of my mother, Eleanor. My father, who handled all the household accounts, passed away on November 21. Please send anything about the house to me from now on:\n\nClaire Donnelly\nclaire.donnelly@mailbox.example\n(847) 555-0110\n\nThank you for your understanding."
        ),
        (.promise, "Sorry, this slipped through the cracks. I'll take care of it in the next couple of days."),
        (
            .dispute,
            "Guten Tag,\n\ndie Anfahrtspauschale wurde uns dreimal berechnet, obwohl Ihr Monteur alle Arbeiten an einem einzigen Tag erledigt hat. Wir erkennen nur eine Anfahrt an.\n\nGruß"
        ),
        (.other, "Happy Hanukkah to you all 🕎"),
        (
            .question,
            "We returned the extra box of tile to your supplier's yard on November 20. Does that show up as a credit on this invoice, or will it come on a separate statement?"
        ),
        (.question, "c'est payable par chèque ou uniquement par virement"),
        (.promise, "Überweise nächste Woche Dienstag"),
        (
            .optOut,
            "Please note that Bancroft Realty Partners has placed this address on its do-not-contact list for automated vendor notices. Kindly remove it from your reminder distribution; statements may still be mailed to our remit-to address."
        ),
        (.other, "quem fala?"),
        (
            .promise,
            "Dear Ms. Whitfield,\n\nThank you for your patience. Invoice INV-1093 has now been approved by our project manager and will be included in our next check run on Thursday, December 17."
        ),
        (.other, "Forwarded to our office manager, Denise. She'll reach out if she has any questions."),
        (.promise, "Olá Dana, faço a transferência na próxima sexta-feira sem falta."),
        (
            .other,
            "Please note our new mailing and remittance address, effective immediately:\n\nWhitcomb Funeral Home\nAttn: Accounts Payable\nPO Box 4471\nOak Brook, IL 60522"
        ),
        (.other, "not me. uve got the wrong Lisa, im on Lake St not Lake Ave"),
        (
            .other,
            "Bitte beachten Sie unsere neue Rechnungsanschrift ab 1. Januar 2027: Pichler Tischlerei, Postfach 10 22 41, 50462 Köln. Die übrigen Kontaktdaten bleiben unverändert."
        ),
        (.optOut, "qual é o valor total em dívida? e deixem de mandar sms, prefiro email"),
        (.alreadyPaid, "Boa tarde, o pagamento foi feito no dia 2 por transferência. Envio em anexo o comprovativo."),
        (
            .dispute,
            "I'll pay the plumbing portion on Monday. The electrical part stays unpaid until it passes inspection - it failed on the 3rd."
        ),
        (.other, "Vou ver isto com o meu marido ao fim de semana e depois dou notícias."),
        (
            .dispute,
            "Boa tarde. Foram faturadas 16 horas de mão de obra, mas a equipa só cá esteve duas manhãs. Agradeço que corrijam a fatura."
        ),
        (.other, "Roger that."),
        (
            .dispute,
            "The tile line is right, but the labor line is double what Mike quoted me. While you're checking that, can you also send your W-9? My accountant wants it for the 1099."
        ),
        (
            .dispute,
            "Madame,\n\nLa facture mentionne la pose de 12 m² de parquet alors que la pièce en fait 9. Je vous remercie d'émettre une facture rectificative."
        ),
        (
            .question,
            "Dear Ms. Whitfield,\n\nOur board treasurer has asked for an itemized breakdown of invoice INV-1096 (labor, materials and any subcontractor charges) for the year-end review. Would you kindly send it at your earliest convenience?\n\nWith thanks,\nHank"
        ),
        (
            .alreadyPaid,
            "We paid this with our American Express on December 2. The charge posted to our statement as HARBOR PINE BLDRS. Please check your merchant deposits."
        ),
        (.other, "top, dank je"),
        (.alreadyPaid, "Anbei die Ausführungsbestätigung unserer Bank. Bitte ordnen Sie die Zahlung entsprechend zu."),
        (
            .dispute,
            "De tegels in de badkamer liggen scheef en de kitvoegen lekken. Zolang dat niet hersteld is, betalen we deze factuur niet."
        ),
        (
            .question,
            "Good morning,\n\nOur auditors require every vendor invoice over $1,000 to show the vendor's EIN. Please reissue INV-1020 with your EIN printed on it and send it to this address."
        ),
        (.question, "Does a late fee apply at this point, and if so how much? I'd like to include it so we're square."),
        (
            .optOut,
            "Hiermit widerspreche ich der Zusendung weiterer automatischer Zahlungserinnerungen per E-Mail. Briefpost ist in Ordnung."
        ),
        (
            .question,
            "Is it normal that I got this invoice twice, once by mail and once by e-mail? I just want to make sure I don't pay it twice."
        ),
        (.hardship, "me quede sin trabajo y tengo tres niños, deme chance por favor"),
        (.dispute, "invoice says architectural shingles, you put on builder grade 3-tab. not paying premium for that"),
        (.other, "sry wrong chat lol that was for my brother"),
        (.other, "Bin nicht Frau Lang. Falsche Nummer vermutlich."),
        (
            .other,
            "Guten Tag,\n\nFrau Ostermann hat unser Büro zum Monatsende verlassen. Ihre Aufgaben in der Buchhaltung übernimmt ab sofort Herr Demir, demir@pichler-tischlerei.example, Durchwahl -14."
        ),
        (.other, "ill look at it when im home"),
        (
            .hardship,
            "Sehr geehrte Frau Whitfield,\n\nnach der Insolvenz unseres Hauptkunden fehlen uns derzeit erhebliche Einnahmen. Wir bitten um Stundung des Betrags bis Ende Februar 2027."
        ),
        (
            .promise,
            "El lunes 21 le hago la transferencia. ¿Me confirma si el número de cuenta sigue siendo el mismo que el año pasado?"
        ),
        (
            .alreadyPaid,
            "Buenos días. El pago se realizó el 30 de noviembre desde nuestra cuenta de Banorte por transferencia internacional. Puede tardar unos días en reflejarse."
        ),
        (
            .dispute,
            "Dear Dana,\n\nWe are returning invoice INV-1055 unpaid. The work was performed at 2280 Ogden Avenue, a property Whitcomb Funeral Home sold in August; the new owner engaged you directly. We have no contract with you covering this work."
        ),
        (
            .other,
            "Not about the bill - I just wanted to say the two young guys who did our porch were the most respectful tradespeople we've ever had in the house. Shoe covers and everything. Please pass that along."
        ),
        (
            .dispute,
            "There's a $225 trip charge for the day your crew showed up, found the wrong tile had been delivered, and left. That was your supplier's mistake, not ours. Please take it off."
        ),
        (
            .question,
            "Goedemorgen, kunt u mij een specificatie sturen van de uren en de materialen? Ik moet het voor de verzekering uitsplitsen."
        ),
        (
            .question,
            "Bonjour, à quelle date exactement cette facture était-elle échue ? Mon comptable en a besoin pour la clôture de l'exercice."
        ),
        (.hardship, "im on unpaid maternity leave until feb, really need some grace here"),
        (.alreadyPaid, "Already taken care of. Our office manager paid it online with the company card before Thanksgiving."),
        (.promise, "ill pay it wednesday after my shift"),
        (
            .other,
            "Hi Dana, I think this got attached to the wrong thread - I was replying to Mike about the tile samples. The gray hexagon one, please, not the white. Sorry for the confusion!"
        ),
        (.alreadyPaid, "Sent via Zelle on the 3rd - confirmation below."),
        (.optOut, "merci de ne plus m'écrire sur ce numéro"),
        (.question, "can u send the actual invoice to my email, the text link wont open on my phone"),
        (
            .other,
            "Just so you know, Kapoor Hospitality LLC was acquired by Meridian Health Partners effective December 1. Our vendor records are being migrated, so you'll hear from their AP team about onboarding sometime in January."
        ),
        (
            .other,
            "Beste Dana,\n\nIk ben per 1 december met pensioen gegaan. Mijn opvolger, Ruud Hermans, is bereikbaar via r.hermans@zonnehof.example. Het ga je goed!"
        ),
        (
            .question,
            "Sehr geehrte Frau Whitfield,\n\nwir haben im November eine Gutschrift für die zurückgegebenen Leuchten erhalten. Ist diese in der aktuellen Forderung schon berücksichtigt?\n\nMit freundlichen Grüßen\nAnnika"
        ),
        (.other, "tell mike the new railing made it thru the ice storm. neighbors are jealous"),
        (.other, "Let me check with my business partner, Ray, and I'll circle back. He's the one who signed off on the project."),
        (
            .alreadyPaid,
            "Paid at your office counter on Friday - the young man at the front desk wrote me a receipt by hand. It's on my fridge."
        ),
        (.promise, "Le pagamos en cuanto regrese el dueño de viaje, a más tardar el 23 de diciembre."),
        (
            .question,
            "Madame,\n\nL'acompte de 30 % versé à la signature a-t-il bien été déduit du montant réclamé ? Je n'en vois pas la mention sur le rappel."
        ),
        (
            .other,
            "We got your holiday card! The photo of the whole crew in Santa hats is now on our fridge. Happy holidays to all of you."
        ),
        (.promise, "betaal het zaterdag"),
        (.promise, "I'll put a check in the mail on December 21st."),
        (
            .other,
            "¡Feliz Navidad a todo el equipo de Harbor & Pine! Gracias por dejar la cocina lista antes de las fiestas, mi mamá está feliz."
        ),
        (.promise, "I'll mail a check on the 16th. Should it go to the PO box on the invoice or to your street address?"),
        (
            .question,
            "Could you send wiring instructions? We're paying from our Canadian account this time and need the SWIFT code and your bank's street address."
        ),
        (.promise, "je vous règle ça lundi"),
        (.question, "Is er al een creditnota gemaakt voor de teruggestuurde kraan? Dan weet ik welk bedrag ik moet overmaken."),
        (.question, "whats the late fee if it goes past xmas"),
        (.other, "saw it, gonna talk to my partner tonight and get back to u"),
        (.promise, "le hago el deposito el dia 15, en cuanto me paguen"),
        (.other, "This is his wife. Gary passed away last month. His son Kevin is handling the estate now, 773-555-0162"),
        (.promise, "Will pay tomorrow morning first thing, sorry for the delay!"),
        (
            .hardship,
            "I was diagnosed with MS in October and I've had to stop working while we figure out treatment. I'm not trying to dodge this - I just can't pay it all right now. Could we talk about smaller payments?"
        ),
        (.other, "Merci pour votre message. Je regarde ça avec mon associée dès son retour et je reviens vers vous."),
        (.other, "That's the third reminder this week. I do read my e-mail, you know."),
        (.hardship, "Bin seit Oktober arbeitslos, kann momentan nur kleine Beträge zahlen"),
        (
            .question,
            "When the refund for the unused lighting allowance goes out, will it be a check or a credit toward this invoice? Just trying to figure out what I actually owe."
        ),
        (.other, "👍🏻 gesehen"),
        (
            .question,
            "Mike mentioned a 5% discount if we settled within the month. Is that still on the table, and if so what's the number?"
        ),
        (
            .question,
            "Who is this invoice addressed to? We have two properties with you and the reminder doesn't say which address."
        ),
        (.dispute, "nope. we agreed 1500 flat, no extras"),
        (
            .hardship,
            "Door het faillissement van een grote klant kunnen we deze maand onze leveranciers niet betalen. Is een regeling in drie termijnen bespreekbaar"
        ),
        (.hardship, "période difficile, je peux verser 100 dollars le 20 et le reste plus tard"),
        (.alreadyPaid, "c'est réglé depuis le 2 décembre par virement"),
        (
            .hardship,
            "Buenas noches. Mi esposo está internado desde hace dos semanas y los gastos del hospital nos tienen ahogados. ¿Podríamos pagar en partes?"
        ),
        (
            .alreadyPaid,
            "Die erste Rate haben wir am 1. Dezember überwiesen. Können Sie uns bitte den aktuellen Restbetrag nennen?"
        ),
        (.question, "when was this due again"),
        (.other, "Danke für die Erinnerung. Ich bespreche das mit meinem Mann und melde mich dann wieder."),
        (
            .question,
            "Quick check before I pay: is $2,150.00 the full amount, or is there a separate bill coming for the permit? I don't want to get it wrong."
        ),
        (
            .hardship,
            "My husband passed in September and I'm still sorting out his accounts. Everything is frozen until probate clears. I'd be grateful for more time."
        ),
        (
            .other,
            "I'm no longer the right contact for this - I moved over to our Milwaukee location in October. Jenna Ruiz (jruiz@haradaoptometry.example) took over the vendor accounts here."
        ),
        (
            .question,
            "Buenos días. ¿Esta factura ya incluye el reembolso por la puerta que se devolvió dañada? Solo quiero entender el saldo."
        ),
        (.other, "Au passage, la véranda fait l'admiration de tous nos voisins. Bravo à toute l'équipe !"),
        (
            .question,
            "Was our September deposit applied here? The balance is higher than I expected, but I may well be misremembering the contract."
        ),
        (.other, "Will go through it this weekend along with the rest of the pile on my desk."),
        (
            .dispute,
            "Ah, the \"minor adjustment\" to the stair rail that Mike said wouldn't cost anything. Three hundred and ten dollars of nothing, apparently."
        ),
        (.hardship, "We're behind on everything since Dan's accident. Please don't send this to collections, I'm doing my best."),
        (.dispute, "this was supposed to be covered under the warranty from the first repair"),
        (.dispute, "ya pague lo que acordamos, 900. lo demas no lo reconozco"),
        (
            .alreadyPaid,
            "Dear Vendor,\n\nPlease be advised that invoice INV-1045 in the amount of $455.00 was included in our payment run of November 25, 2026 and remitted by check number 88412. According to our bank, the check was presented and cleared on December 3.\n\nIf you are unable to locate this payment, please contact us with your remittance details."
        ),
        (.question, "a que cuenta deposito, la de la factura sigue siendo la buena"),
        (.optOut, "BAJA"),
        (.hardship, "tô sem trabalho desde setembro, não consigo pagar agora"),
        (.alreadyPaid, "mailed the check dec 1st. should be there"),
        (.other, "Merry Christmas Dana and crew!! 🎅🎄"),
        (.other, "Received with thanks."),
        (.optOut, "Habe gerade kein Geld, das wissen Sie. Bitte keine SMS mehr schicken"),
        (.other, "verkeerd nummer denk ik, ik ken geen Dana"),
        (
            .other,
            "Buenas tardes. Le informo que desde el 1 de diciembre la administración del edificio la lleva una empresa nueva, Gestiones Alcalá. Sus datos: administracion@gestionesalcala.example, (312) 555-0141."
        ),
        (.question, "voor welk adres is deze factuur, ons huis of dat van mijn moeder"),
        (
            .alreadyPaid,
            "Paid INV-1025 by ACH on Monday. Separate question - do you have an updated certificate of insurance? Our property manager wants one on file before the spring job."
        ),
        (.promise, "My paycheck comes a week from Friday and this is getting paid out of it."),
        (
            .optOut,
            "You billed me for a dishwasher install I cancelled in writing. Disconnect me from this reminder system; I'll only deal with a human from here on."
        ),
        (.other, "new number for billing stuff is 630-555-0177, thats my work cell"),
        (
            .dispute,
            "You've billed us for a second coat on the fence. There was one coat, applied in the rain, and it's already peeling. We won't pay for work that needs redoing."
        ),
        (
            .dispute,
            "Buenas tardes. En el presupuesto que firmamos no aparece la pintura del techo. Nadie nos preguntó antes de hacerla, así que no la vamos a pagar."
        ),
        (
            .dispute,
            "How is it $640 to replace a garbage disposal when the unit itself is $180 at the store and your guy was here forty minutes?"
        ),
        (
            .dispute,
            "Pourquoi le déplacement est-il facturé 150 $ alors que le devis indiquait « déplacement offert » ? Par ailleurs, pouvez-vous m'envoyer la fiche technique de la pompe installée ?"
        ),
        (.other, "Muchas gracias por el aviso, Dana. Lo reviso con mi contador la semana que viene y le comento."),
        (.other, "Hoi Kees, donderdag om negen uur is prima voor de tweede laag. Ik laat de achterdeur open. Groet"),
        (
            .alreadyPaid,
            "Bonjour,\n\nJe vous confirme que nous avons payé cette facture par chèque n° 0004513, remis à votre technicien le 26 novembre. Il a été encaissé le 1er décembre."
        ),
        (.hardship, "mon entreprise est en redressement judiciaire, je ne peux rien régler pour l'instant"),
        (
            .other,
            "Bom dia. O Sr. Quaresma deixou de trabalhar connosco no final de novembro. A partir de agora, os assuntos de faturação devem ser tratados com a D. Fátima Reis, freis@mouraeng.example."
        ),
        (.question, "Wie lautet nochmal Ihre Kontonummer für Überweisungen aus Deutschland"),
        (.optOut, "Is there a reason I keep getting these? I want them turned off. Now."),
        (.alreadyPaid, "Paid in full on the 1st by bank transfer, reference INV-1075. Please update your records."),
        (
            .hardship,
            "My hours were cut in half after the plant merger and I can't pay this all at once. Also, do you have another mailing address for checks? The one on the invoice came back undeliverable."
        ),
        (.other, "Aproveito para dizer que a cozinha ficou linda. A minha sogra já pediu o vosso contacto!"),
        (.promise, "Bonjour, le virement sera effectué le 22 décembre, date de versement de notre subvention."),
        (
            .hardship,
            "Dear Ms. Whitfield,\n\nGranger Printing Co. has entered a period of significant financial strain following the loss of our largest tenant in October. We are prioritizing payroll and essential utilities and are not in a position to settle vendor balances in full at this time.\n\nWe would welcome the opportunity to agree an instalment arrangement for invoice INV-1044."
        ),
        (
            .other,
            "Hi Dana - I'm at a conference in Orlando all week but saw this come in. I'll dig into it when I'm back on the 14th."
        ),
        (.hardship, "the restaurant flooded sunday. no income til we reopen. please be patient"),
        (.optOut, "paid it on the 2nd. and pls stop with the texts"),
        (.question, "got the reminder twice, once to me once to my wife. same bill or 2 different ones?"),
        (.hardship, "Can we do 75 every 2 weeks? Money is really tight since the divorce"),
        (.question, "me pueden mandar el desglose de lo que se cobro"),
        (.dispute, "Die Heizung läuft seit Ihrem Besuch schlechter als vorher. Zahle erst wenn das behoben ist"),
        (.promise, "end of the week for sure"),
        (
            .hardship,
            "Sales dropped off a cliff after the highway construction started outside our shop. I'll pay what I can each month but I can't do the whole thing at once."
        ),
        (
            .other,
            "How did the Hendersons' addition turn out? Mike was telling us about it while he was here. We're toying with something similar for 2027."
        ),
        (
            .dispute,
            "We paid the original quote amount on November 20, which is what we owe. The extra $480 on this reminder for \"additional framing\" was never discussed with us."
        ),
        (
            .other,
            "I think you've got me mixed up with the previous tenant. I only moved into unit 4B in November. The management company would be the ones to talk to."
        ),
        (.hardship, "hours got cut to 20 a wk at the plant. cant swing it this month"),
        (.question, "aceitam MB Way?"),
        (
            .hardship,
            "Bonjour,\n\nSuite à mon licenciement économique, je n'ai plus de revenus réguliers. Serait-il possible d'échelonner le paiement sur quatre mois ?\n\nMerci de votre compréhension."
        ),
        (
            .optOut,
            "I'd appreciate it if these e-mail nudges stopped altogether. I keep my own ledger and don't need a robot tracking it for me."
        ),
        (.alreadyPaid, "Schon erledigt, per Überweisung am 3.12."),
        (.dispute, "you charged me for 3 outlets, you installed 2. count them"),
        (.dispute, "we hebben nooit om een tweede afspraak gevraagd, die kosten betaal ik niet"),
        (.question, "is this the one for the gutters or the gate. i get them mixed up"),
        (.promise, "Payment will be made after the holidays."),
        (.question, "did the 100 credit mike promised get taken off this one"),
        (
            .hardship,
            "Bom dia. Com a quebra de vendas desde o verão, não temos liquidez para pagar a totalidade. Podemos acordar um plano em prestações mensais?"
        ),
        (.optOut, "Agradecia que retirassem este contacto das vossas mensagens automáticas. Prefiro ser contactada por carta."),
        (
            .dispute,
            "The outlet covers in the kitchen were never put on and two of the cabinet handles are loose. I'm holding payment until someone comes back to finish."
        ),
        (.alreadyPaid, "Paid through your link last night, got receipt HP-2291"),
        (.other, "c'est qui ?"),
        (.promise, "Goedemiddag, het bedrag wordt op 4 januari overgemaakt, na de jaarafsluiting."),
        (
            .alreadyPaid,
            "We sent $300 toward this last week, which is all we could manage. My wife's surgery wiped out our savings and the rest will have to wait."
        ),
        (.question, "Guten Tag,\n\ngilt das vereinbarte Skonto noch, oder ist die Frist dafür inzwischen abgelaufen?"),
        (.other, "ok je fais suivre à mon comptable 👍"),
        (
            .question,
            "Boa tarde, podem confirmar se o desconto de pronto pagamento ainda se aplica? E podem enviar-me os dados bancários para a transferência?"
        ),
        (
            .hardship,
            "Het is krap deze maand door de verbouwing van de winkel, maar op 23 december kan ik de helft overmaken. De rest volgt in januari."
        ),
        (.promise, "sending it the 18th when payroll hits"),
        (.alreadyPaid, "Paid. Ck 1127."),
        (.optOut, "This line is for my pharmacy refill alerts only. Remove it from your system."),
        (
            .hardship,
            "Honestly, we're underwater. Two clients haven't paid us since August and I'm chasing them the same way you're chasing me. I need some breathing room."
        ),
        (.other, "who dis"),
        (.question, "u take venmo?"),
        (.other, "👀"),
        (.dispute, "la llave del lavabo ya gotea otra vez, no pago hasta que vengan"),
        (
            .alreadyPaid,
            "Dag Dana, dit is al betaald: op 1 december overgemaakt, met het factuurnummer erbij. Ik heb de bevestiging van de bank nog."
        ),
        (
            .other,
            "Bom dia. Estamos em plena poda nas vinhas e só passo pelo escritório na segunda-feira. Nessa altura vejo a fatura com calma."
        ),
        (
            .hardship,
            "Bonjour Madame,\n\nDepuis les travaux de la rue, le salon est presque vide, je n'arrive même plus à payer le loyer. Est-ce que je peux vous payer en plusieurs fois ?\n\nFatou"
        ),
        (
            .alreadyPaid,
            "I put the check in the mail myself on the Monday after Thanksgiving, and my bank statement shows it was cashed. I have the carbon copy right here if you need the number."
        ),
        (.other, "calving started early, been in the barn since 3am. ill read it proper when things settle down"),
        (.alreadyPaid, "This is what my credit union sent me - looks like you folks cashed it last Thursday?"),
        (.hardship, "on a perdu une partie du troupeau avec la maladie, j'ai pas les moyens en ce moment"),
        (.promise, "Esperamos poder pagarle a mediados de diciembre, cuando cobremos el subsidio municipal."),
        (
            .other,
            "Buenas tardes. Le escribo de la parroquia. El consejo de asuntos económicos se reúne el segundo jueves del mes; voy a presentar su factura el jueves 10 y le aviso qué deciden."
        ),
        (.hardship, "Die Rente kommt erst am Monatsende und reicht vorne und hinten nicht. Können wir das stückeln?"),
        (
            .optOut,
            "Please unsubscribe this address from your automated reminders. It's a shared department inbox and the notices are being read by our student workers."
        ),
        (
            .optOut,
            "I paid this at the bank on the 3rd and I have the receipt. I am 81 years old and these e-mails frighten me. Please don't send me any more of them."
        ),
        (
            .other,
            "Guten Tag,\n\nHerr Professor Brandstätter ist bis Ende Januar im Forschungssemester. Ihre Nachricht habe ich an die Drittmittelverwaltung weitergeleitet, die für die Abrechnung des Projekts zuständig ist."
        ),
        (
            .question,
            "Do you send me a 1099 or is that my job? I paid you for work on three different buildings this year and my accountant is asking who files it."
        ),
        (
            .hardship,
            "since they tore up the street for the water main were doing maybe 30 covers a night. 300 friday is what i can manage, rest when it picks up"
        ),
        (.other, "c'est mon fils qui s'occupe de mes papiers maintenant, je lui fais suivre"),
        (
            .dispute,
            "The carpet cleaning line for unit 2B shouldn't be there - the tenant's own company did that at move-out. Separately, could you send your current certificate of insurance? The one we have on file expired in October."
        ),
        (.optOut, "je veux plus recevoir ces textos, enlevez mon numéro svp"),
        (
            .optOut,
            "Per our vendor policy, we do not respond to automated payment reminders. Please disable them for all Halsted Gate properties. Our AP team is reachable by phone if you need anything."
        ),
        (
            .hardship,
            "Dear Ms. Whitfield,\n\nFollowing a ransomware attack on December 2, Vandermeer Dairy's bank accounts have been frozen pending a forensic investigation. We are unable to make any outgoing payments at this time. We will contact all vendors as soon as normal operations resume."
        ),
        (
            .question,
            "Your October statement shows \"disputed - on hold\" next to INV-1062. What does that refer to? We haven't disputed anything with you, so I want to make sure our account isn't mixed up with someone else's."
        ),
        (
            .promise,
            "The council approved payment at last night's meeting. I'll write the check Thursday and put it in the mail on my way home.\n\nHarold"
        ),
        (
            .alreadyPaid,
            "Payment for this invoice was issued by University Accounts Payable on December 2 by ACH, payment number 0004471123. The remittance advice went to the e-mail address on your vendor record, which may be an old one.\n\nPriyanka Venkataraman\nDepartment Administrator | Lakeshore University Department of Chemistry\n(773) 555-0109"
        ),
        (.other, "hi this is my moms phone, shes at work til 7. ill tell her u texted"),
        (.promise, "Bom dia, conto pagar na segunda-feira, dia 21, logo que receba de um cliente."),
        (.alreadyPaid, "paid it sat night after close, venmod the business acct. check ur app"),
        (
            .question,
            "Hallo,\n\nin der Rechnung steht „Fehlersuche Elektrik, 2 Std.“ – war das der Tag, an dem der FI-Schalter ständig rausgeflogen ist? Ich frage nur für unsere Unterlagen."
        ),
        (
            .dispute,
            "Boa tarde. Cobraram a troca de 4 luminárias no galpão, mas só trocaram 2 e as outras duas continuam queimadas. Aguardo a correção da nota."
        ),
        (
            .dispute,
            "Bonjour,\n\nLa soumission signée prévoyait un bardage en pruche. Vous avez posé de l'épinette et facturé le prix de la pruche. Je veux une facture corrigée."
        ),
        (.promise, "slammed w lunch. ill send it tmrw morning before prep"),
        (.promise, "Je m'en occupe dès que notre comptable revient de congé, promis."),
        (
            .question,
            "Dear Dana,\n\nI'm sorry to be a bother, but could you mail me a paper copy of the bill? I can't print from this tablet and I like to keep the paper in my file. The address is the same as the house you worked on.\n\nThank you kindly,\nMarjorie"
        ),
        (
            .dispute,
            "Vrijdag maken we het bedrag voor de nieuwe kozijnen over. De extra week steigerhuur betalen we niet: die vertraging kwam door jullie eigen leverancier."
        ),
        (.dispute, "tenant let u in for the leak. nobody told u to put in a whole new vanity. i didnt authorize that"),
        (.optOut, "this is my dads phone and he asked me to tell u to stop texting it. email him instead"),
        (
            .other,
            "Dear Ms. Whitfield,\n\nThank you for your reminder. Under our congregation's bylaws, any expenditure over $500 must be approved by the church council, so I will present INV-1022 at the council's regular meeting on Tuesday, December 15.\n\nYours in Christ,\nHarold"
        ),
        (
            .hardship,
            "La colecta de este año ha sido muy baja y la parroquia apenas cubre los gastos básicos. Le pido de favor un poco más de tiempo."
        ),
        (
            .dispute,
            "Your crew knocked over the bollard by our fuel island backing the dumpster out on the 2nd. We have it on camera. Until that's squared away this invoice is on hold."
        ),
        (
            .dispute,
            "This invoice lists work at 5512 N. Winthrop, unit 3F. We manage units 1F through 2R at that address only; 3F belongs to a separate owner and is not under our management agreement. Please bill the unit owner directly."
        ),
        (.alreadyPaid, "ACH TRC 021000021-3384712 12/04"),
        (
            .alreadyPaid,
            "Hi, this one is on the practice's autopay through your online portal - our bank shows it drafted on the 1st. Maybe it posted after your reminder went out?"
        ),
        (.question, "the bill says reinspection on it. is that bc we failed the first one? just curious"),
        (.promise, "Oh dear, I was sure I had paid this one. I'll have my son take me to the bank the next time he visits."),
        (
            .question,
            "Klopt het dat de voorrijkosten hier al in zitten? Ik vraag het alleen omdat de vorige factuur die apart vermeldde."
        ),
        (
            .other,
            "Received. This invoice has been routed to the building principal for sign-off on the receiving report. The Business Office cannot process vendor invoices until the receiving report is returned to us."
        ),
        (.alreadyPaid, "Zie onderstaande bevestiging van de bank."),
        (.promise, "je vous envoie un virement Interac jeudi soir"),
        (
            .alreadyPaid,
            "Ref: WIRE OUT 20261203-00418877\nBeneficiary: HARBOR & PINE BUILDERS LLC\nAmount: $7,250.00\nValue date: 03 DEC 2026"
        ),
        (
            .other,
            "Exmos. Senhores,\n\nAcusamos a receção do vosso e-mail. Os pagamentos do Agrupamento dependem de cabimento orçamental e de autorização superior; o processo foi remetido aos serviços competentes.\n\nCom os melhores cumprimentos"
        ),
        (
            .hardship,
            "Oi Dana, o movimento da pizzaria caiu muito depois do verão e estou com o aluguel atrasado. Não dá pra pagar tudo agora, dá pra parcelar em 3 vezes?"
        ),
        (.alreadyPaid, "ya quedo pagado, deposite en el oxxo el viernes y tengo el ticket"),
        (.alreadyPaid, "virement Interac envoyé hier soir à votre adresse courriel, la réponse c'est chantier"),
        (
            .hardship,
            "Hallo,\n\nwegen Baustelle vor mein Laden kommt seit Oktober fast keine Kunde. Ich kann jetzt nicht alles bezahlen, bitte haben Sie Geduld mit mir.\n\nKemal"
        ),
        (
            .other,
            "Jerome - can you move the Tuesday 6 a.m. pickup at the Joliet yard to Wednesday? Driver on the 14 truck called in sick. Thx -R"
        ),
        (.alreadyPaid, "Bonjour,\n\nPaiement effectué.\nRéf. virement : 2026120400187\nDate de valeur : 04/12/2026"),
        (.optOut, "STOP. flip phone, cant read these anyway"),
        (
            .alreadyPaid,
            "This was paid on 11/30 (ACH, payment no. 0004468815). For next year: our procurement office requires all vendors to register in the new supplier portal by January 31. Have you received the invitation yet?"
        ),
        (
            .dispute,
            "Buenas tardes. ¿Me podría explicar por qué aparece el cambio de toda la tubería? Su técnico nos dijo que solo había que cambiar una válvula, y eso fue lo único que aceptamos."
        ),
        (
            .dispute,
            "Dear Dana,\n\nI'm afraid I can't approve this as billed. The estimate our Property Committee accepted was to re-point the chimney on the rectory. The invoice also lists \"flashing replacement - sanctuary,\" which nobody asked for and which, as far as our sexton can tell, was never done.\n\nHarold"
        ),
        (
            .question,
            "Guten Tag Frau Whitfield,\n\nfür die Nebenkostenabrechnung brauchen wir den Lohnkostenanteil der Rechnung gesondert ausgewiesen (§ 35a EStG). Könnten Sie uns eine entsprechende Aufstellung schicken?"
        ),
        (
            .alreadyPaid,
            "Sehr geehrte Damen und Herren,\n\ndie Rechnung wurde von der Universitätskasse am 01.12.2026 angewiesen (Buchungsnummer 2026-0448172). Bitte prüfen Sie Ihren Zahlungseingang."
        ),
        (
            .other,
            "Dana,\n\nI'm down in Arizona until March like every winter. My nephew Dominic checks the mail at the Leland building and brings me anything that needs signing when he visits. His cell is (773) 555-0166 if you'd rather call him."
        ),
        (.hardship, "Please, my wife is sick and shop is close 3 weeks. I can not pay all now, I pay little by little ok?"),
        (
            .dispute,
            "Could you help me understand why the invoice includes after-hours labor? Our work order specified that the lab renovation was to be done during normal hours, and the building access logs show your crew badging out by 4:30 every day.\n\nPriyanka Venkataraman\nDepartment Administrator | Lakeshore University Department of Chemistry\n(773) 555-0109"
        ),
        (
            .question,
            "Are you OK taking a check from the co-op instead of our own account? The co-op pays vendors on members' behalf for capital repairs and takes it out of our milk check."
        ),
        (.question, "Geht auch PayPal? Hab kein Online-Banking"),
        (.promise, "deve cair na conta de vcs até quarta"),
        (
            .optOut,
            "Die Rechnung enthält Arbeiten am Nebengebäude, die nie beauftragt wurden. Bitte schicken Sie keine automatischen Mahnungen mehr an diese Adresse; die Klärung erfolgt schriftlich durch unseren Vorstand."
        ),
        (
            .question,
            "Our bookkeeper asked me to check whether the \"overage\" line means we went over the estimate, or whether that's just your word for extra materials. No problem either way - we just need to code it right."
        ),
        (.question, "me pasa el numero de factura porfa, el banco me lo pide para hacer el deposito"),
        (.optOut, "lost my job, cant pay right now, and pls stop texting me every day about it its making it worse"),
        (.question, "Hello, I want pay by Zelle but your name not coming up. What is correct email for Zelle?"),
        (
            .question,
            "Good morning,\n\nMaple Grove School District 54 is exempt from Illinois sales and use tax (exemption no. E9941-2231-07). Please confirm whether tax was charged on INV-1033. If it was, we will need a revised invoice without it."
        ),
        (
            .dispute,
            "ur guy left the walk in cooler door hanging off the hinge n we lost 2 cases of product overnight. not paying til we talk about that"
        ),
        (
            .other,
            "Goedemiddag,\n\nIk heb de herinnering doorgestuurd naar ons administratiekantoor in Raalte; zij doen de betalingen voor het bedrijf."
        ),
        (.hardship, "trucks in the shop and if im not driving im not earning. can u hold off a few weeks"),
        (
            .question,
            "Before our lender releases the final construction draw, they need a conditional lien waiver from you for this invoice. Can you send one on your letterhead, made out to Lam Alterations & Tailoring?"
        ),
        (
            .question,
            "Bom dia. A fatura vem em dólares; podem indicar o valor em euros que devemos considerar, ou é o banco que faz a conversão à data da transferência?"
        ),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield,\n\ndie Arbeiten an der Dachrinne wurden nicht von uns, sondern direkt vom Mieter beauftragt. Eine Kostenübernahme durch die Hausverwaltung ist ausgeschlossen. Bitte stellen Sie die Rechnung an den Auftraggeber."
        ),
        (
            .optOut,
            "Bitte nehmen Sie das Gemeindebüro aus Ihrem automatischen Mahnverteiler. Schriftverkehr zu Rechnungen bitte ausschließlich per Post an den Kirchenvorstand."
        ),
        (
            .optOut,
            "Madame,\n\nJe vous demande de ne plus m'envoyer de relances automatiques par courriel. Je suis à la retraite, je ne lis mes courriels qu'une fois par mois et je préfère recevoir une lettre."
        ),
        (.dispute, "why is there a 150 trip charge when u came out for a warranty fix? also do u do saturdays in january"),
        (.hardship, "zit in de ziektewet en kom amper rond. kan ik in termijnen betalen?"),
        (
            .other,
            "Hi Dana - I'm Dr. Farrow's wife, I do the books for the practice. He forwarded your reminder to me. I'm going through all of the December payables this weekend and I'll get back to you if anything doesn't line up."
        ),
        (.question, "hi this is jaden, my dad wants to know if u take apple pay"),
        (.hardship, "se me descompuso el camion y sin camion no hay trabajo. deme unas semanas porfa"),
        (.dispute, "hey could u double check the hours? my ring cam has ur guy pulling up at 10 and leaving at 1 both days"),
        (.other, "is this about the shed or the porch? nvm found it"),
        (
            .hardship,
            "le salon est fermé pour dégât des eaux jusqu'au 5 janvier, rien ne rentre. je peux faire un premier virement de 150 le mardi 22"
        ),
        (
            .other,
            "Hier ist der Enkel von Frau Pfeiffer. Oma hat kein Handy mehr, das ist jetzt meine Nummer. Ich sag ihr Bescheid"
        ),
        (
            .dispute,
            "De schuifpui klemt sinds de montage en de onderdorpel is nooit afgekit. Ik wil eerst dat het werk wordt afgemaakt voordat ik deze factuur betaal."
        ),
        (.other, "my husband got this text too. hes the one who deals with contractor stuff, ill make sure he sees it"),
        (
            .alreadyPaid,
            "I sent $1,000 from the practice account yesterday as a first payment. The balance will go with our next payables batch on January 8."
        ),
        (.promise, "should have it to u by the 18th"),
        (.promise, "Sorry for late. I pay Monday for sure, my customer pay me Friday"),
        (.dispute, "Sir this price is not what we agree. We agree 800 dollar, you send me 1,150. Please fix"),
        (
            .question,
            "Goedemiddag,\n\nWij zijn een ANBI-instelling. Kunt u aangeven of er btw op deze factuur is berekend? Zo ja, dan moeten wij dat apart verantwoorden."
        ),
        (.other, "middle of dinner rush, cant even look at this til monday"),
        (
            .other,
            "Please note that effective December 1, Halsted Gate Property Management now operates as Halsted Gate Residential LLC. Please update the payee name on future invoices. Our mailing address, phone number and tax ID are unchanged."
        ),
        (
            .hardship,
            "Two of my six units have been empty since September and one tenant is in eviction court. I'm covering the mortgage out of my own pocket. I need more time on this."
        ),
        (.dispute, "les joints de la douche sont déjà noirs et ça coule dans le sous-sol. je paie pas tant que c'est pas refait"),
        (.optOut, "do NOT text during service. ever. take this number off"),
        (
            .question,
            "Could you tell me whether this invoice falls under the blanket PO we opened in August (PO 4500087721), or does it need its own purchase order? Our procurement system will bounce it back otherwise.\n\nPriyanka Venkataraman\nDepartment Administrator | Lakeshore University Department of Chemistry\n(773) 555-0109"
        ),
        (.dispute, "Hallo, das ist nicht richtig Preis. Sie haben gesagt 600 mit Material, jetzt kommt Rechnung 850. So nicht."),
        (
            .optOut,
            "The district's Business Office does not accept automated collection notices. Please remove this address from your reminder system. Any statements should be mailed to the Business Office, Attention: Accounts Payable."
        ),
        (
            .hardship,
            "Buenas noches. Con la pérdida de la cosecha de este año no nos alcanza para cubrir todo. ¿Podríamos hacer pagos mensuales de 200 dólares?"
        ),
        (.promise, "Rent from my tenants comes in on the 1st, so I should be able to pay you on Monday the 4th."),
        (
            .hardship,
            "Dear Dana,\n\nOur Sunday offering has been down nearly 30% since the plant closed, and our reserve went into the boiler replacement in the spring. The council has asked me to request a payment plan of $250 a month.\n\nHarold"
        ),
        (.optOut, "Le ruego que no me envíen más recordatorios automáticos. Cualquier asunto, por correo postal a la parroquia."),
        (.other, "perdon, este cel era de mi papa, ahora lo uso yo para la escuela. el numero de el es 708 555 0163"),
        (.promise, "woensdag volgende week gaat het eruit, eerder lukt niet"),
        (
            .question,
            "Can you break this out by unit? Our owners' ledgers are kept per unit and I can't split $268.90 across 2A, 2B and 3A without knowing the hours spent in each."
        ),
        (
            .alreadyPaid,
            "Buenas tardes. El cheque número 3318 de la parroquia se lo entregamos a Mike en la mano el domingo 29 de noviembre, después de misa."
        ),
        (.dispute, "new barn door track is already bent and the door wont close. not paying for a door that dont close"),
        (.promise, "my dad says hell drop a check off saturday"),
        (.question, "can i drop cash at the office or does it have to be check"),
        (
            .hardship,
            "Freight rates fell off a cliff this fall and we've parked four trucks. Cash is extremely tight. We're asking all of our vendors for 60 extra days."
        ),
        (.question, "kan het ook contant als de monteur weer langskomt"),
        (
            .dispute,
            "We'll pay for the boiler work in full on Sunday the 13th, when the counting committee makes the deposit. The $340 \"after-hours call\" is another matter - your man came at two in the afternoon on a Tuesday."
        ),
        (.dispute, "isso nao foi o combinado. o orçamento era 1200 com material incluido"),
        (
            .hardship,
            "The owner of the Winthrop building stopped funding the operating account when the lender moved to put the property into receivership. We cannot release payment to any vendor for that property until a receiver is appointed."
        ),
        (.alreadyPaid, "já está pago desde dia 3, transferência do Millennium"),
        (.alreadyPaid, "See remittance advice below."),
        (
            .hardship,
            "We lost most of the soybean crop to the August hail and crop insurance won't pay out until February. Would it be possible to split this into three payments?"
        ),
        (.alreadyPaid, "staat al lang op jullie rekening, 2 december overgemaakt"),
        (
            .promise,
            "Buenas tardes. El consejo aprobó el pago. La tesorera firma el cheque el domingo 13 después de misa y se lo mandamos por correo el lunes 14."
        ),
        (
            .hardship,
            "I live on my pension, and the property taxes and my prescriptions have all come due at once this month. Could I pay $100 a month starting in the new year?"
        ),
        (
            .alreadyPaid,
            "Dear Ms. Whitfield,\n\nOur financial secretary mailed check no. 10277 from the building fund on November 30, addressed to your Clybourn Avenue office. It has not yet cleared our account, so it may still be in the mail.\n\nHarold"
        ),
        (
            .dispute,
            "Dana, I'm sitting here with your estimate next to the invoice. The estimate says \"patch and paint two operatories.\" The invoice says three operatories plus the hallway. Mark is certain it was two - he was the one who had to reschedule patients around it. Please send a corrected invoice."
        ),
        (
            .dispute,
            "La visita de emergencia no la vamos a pagar: su técnico llegó al día siguiente. Y de todos modos ahorita no tenemos con qué, el restaurante estuvo cerrado dos semanas por la inspección de sanidad."
        ),
        (
            .other,
            "Dear Dana,\n\nThank you for your note. I am 84 and I don't use the computer very much - my granddaughter set up this e-mail address for me. I keep all my bills in a folder by the telephone, and my son and I go through them together on the first of every month."
        ),
        (.dispute, "volgens mij is het dak van de consistorie nooit gedaan, alleen de goot. staat er wel op"),
        (
            .other,
            "Bonjour Dana,\n\nJe suis au Salon de l'agriculture à Québec jusqu'au vendredi 11. Je regarde votre facture en rentrant à la ferme.\n\nGilles"
        ),
        (.alreadyPaid, "dropped off half at the office today, ill bring the rest on the 22nd when my bonus hits"),
        (.hardship, "hogs went for nothing at the sale barn this fall. gonna need some time on this one"),
        (
            .other,
            "Madame,\n\nNous avons bien pris connaissance de votre relance. Le dossier est transmis à l'agent comptable du collège, seul habilité à mettre les paiements en œuvre."
        ),
        (
            .promise,
            "Good morning,\n\nThe Board of Education approved INV-1025 on the bills list at its meeting last night. Warrants will be mailed on Wednesday, December 16."
        ),
        (.question, "do u take amex or just visa. between lunch n dinner rn"),
        (
            .optOut,
            "Please take the parish office e-mail off your reminder list. This inbox is read by whichever volunteer is on duty, and I would rather financial matters came to me by post."
        ),
        (
            .hardship,
            "Hello,\n\nOur main grant from the county was cut in the November budget and we've had to let go of our only paid staff member. We are a food pantry run almost entirely by volunteers now. We want to honor this bill, but we simply don't have the funds right now. Is there any flexibility at all?"
        ),
        (
            .other,
            "Hi! I'm one of the volunteers at the pantry - I only check this inbox on Wednesdays when I come in to sort donations. I've printed your e-mail and put it in the treasurer's folder so she'll see it on Saturday."
        ),
        (
            .question,
            "Dana,\n\nDoes Harbor & Pine accept payment from a donor-advised fund? One of our members has offered to cover the boiler repair directly, and the fund needs your legal name and EIN to issue the grant.\n\nHarold"
        ),
        (
            .hardship,
            "My pension only stretches so far this month, what with the grandchildren's gifts and my new hearing aids. I'm hoping to send $200 on the 23rd and finish it off in January."
        ),
        (.hardship, "a minha reforma mal chega para a farmácia, preciso de mais tempo"),
        (
            .promise,
            "Beste Dana,\n\nWe streven ernaar om het bedrag op 23 december over te maken, samen met de andere leveranciers."
        ),
        (.alreadyPaid, "I am already pay, last Friday in your office, cash. Your lady give me paper"),
        (
            .other,
            "hi dana, wrong Ed i think. im Ed Kaminski at the bakery on Foster, not Ed Kaminski the homeowner on Carmen Ave. we get each others mail all the time, no idea how to reach him sorry"
        ),
        (.promise, "milk check comes the 20th, ill pay u out of that"),
        (.hardship, "ando corto de dinero por lo del hospital de mi esposa, le puedo dar 250 el sabado 19 y el resto despues"),
        (
            .other,
            "The $415.75 matches what Mike quoted us, so no surprises there. Just so you know, my wife keeps the checkbook - I'm only the one who reads the e-mail. I've left it on her desk."
        ),
        (
            .question,
            "Which building is this for, the dispatch office or the truck wash bay? Both had work done in November and the invoice only says \"service call - yard\". I need to charge it to the right cost center."
        ),
        (
            .other,
            "Beste Dana,\n\nPer 1 januari beheren wij ook de panden aan de Havenstraat. Wilt u vanaf dan alle facturen voor die adressen naar facturen@hofstra-vastgoed.example sturen?\n\nMet vriendelijke groet,\nSietske"
        ),
        (.alreadyPaid, "my mom says she already paid this on ur website last week, she has the email receipt"),
        (.promise, "el viernes 11 paso a su oficina a pagarle en efectivo"),
        (
            .promise,
            "Good news - the requisition was approved this morning. AP tells me they're aiming for the December 22 check run for this one."
        ),
        (
            .hardship,
            "this is her daughter. my mom lost her job last week and shes really stressed, can u call her about a payment plan"
        ),
        (
            .other,
            "this is the dispatch line for Mahaffey Freight, we dont handle bills here. office is 815-555-0143 ask for Carla"
        ),
        (
            .alreadyPaid,
            "Dana - I paid this together with the other two invoices in one check, $3,415.25 total, check 2288. Maybe it got applied to just one of them?"
        ),
        (.hardship, "honestly december has been brutal. half the tables empty since the road closure. can u give me till jan"),
        (.alreadyPaid, "left a check in ur guys truck when they were here tuesday. ck 4471 off the farm acct"),
        (
            .dispute,
            "We're a small all-volunteer rescue and we were very clear that the kennel fence had to come in under $3,000 - Mike agreed to that on site. This bill is $3,840. We can't accept the difference."
        ),
        (
            .alreadyPaid,
            "Buenos días. El día 1 le transferimos la mitad. La otra mitad sale el 18 de diciembre con la nómina de proveedores."
        ),
        (.question, "vous prenez Interac ou juste les chèques"),
        (.promise, "Zahle am Freitag. Geht das auch per Kreditkarte"),
        (
            .other,
            "Sehr geehrte Frau Whitfield,\n\nIhre Rechnung liegt dem Kirchenvorstand zu seiner Sitzung am 17. Dezember vor. Über Ausgaben in dieser Höhe entscheidet das Gremium gemeinsam."
        ),
        (
            .promise,
            "The purchase order for this work is being issued this week, and payment will follow on the December 23 warrant run. Could you confirm that the remit-to address on your W-9 is still current?"
        ),
        (
            .dispute,
            "I hope you won't mind my asking, but wasn't the furnace filter supposed to be included with the annual service? The young man told me it was part of the plan, and now I see it on the bill for $48."
        ),
        (.promise, "Mach die Überweisung morgen früh vor der Arbeit"),
        (.alreadyPaid, "Segue o comprovante da remessa."),
        (
            .other,
            "Buenas, aquí despacho. Yo nomás asigno las rutas de los choferes; los pagos los ve la señora Ofelia en la oficina de Cicero, 708-555-0119. Ya le reenvié su correo."
        ),
        (
            .dispute,
            "Bonjour,\n\nLa facture compte deux déplacements alors que votre technicien n'est venu qu'une seule fois. Par ailleurs, pourriez-vous m'indiquer si vous installez aussi des détecteurs de fumée ?"
        ),
        (
            .dispute,
            "Estimados señores:\n\nLa factura incluye el desplazamiento de dos operarios, cuando el pedido aprobado por la dirección del colegio contemplaba uno solo. Les rogamos que emitan una factura rectificativa."
        ),
        (.promise, "I do our payables every other Friday, and this one will go out with the next batch on the 18th."),
        (
            .question,
            "Bonjour,\n\nPourriez-vous établir la facture au nom de la SCI Les Ormeaux plutôt qu'à mon nom personnel ? Ce n'est pas une erreur de votre part, c'est notre comptable qui le préférerait pour la déclaration."
        ),
        (
            .alreadyPaid,
            "Anfang Dezember haben wir 300 angezahlt, mehr war nicht drin. Seit dem Hochwasser im Oktober ist der Hof hoch verschuldet."
        ),
        (.hardship, "tá difícil esse mês, a pizzaria quase parou. consigo mandar 300 na sexta dia 18 e o resto em janeiro"),
        (.other, "dit is de telefoon van mijn vader, hij ligt in het ziekenhuis voor zijn knie. ik zeg het als hij thuis is"),
        (.dispute, "oiga me cobraron la visita del sabado y nadie vino, estuve esperando toda la mañana"),
        (
            .hardship,
            "Donations are well down this year and our grant reimbursement won't arrive until the 29th. We should be able to pay you in full on December 30 once it lands."
        ),
        (
            .promise,
            "Guten Tag,\n\ndie Zahlung ist für die erste Januarwoche vorgesehen, sobald das neue Haushaltsjahr freigegeben ist."
        ),
        (
            .other,
            "A heads-up for your records: our department moves to the new science building over winter break. From January 4 our mailing address will be 1120 Sheridan Road, Room 210. E-mail addresses and phone numbers stay the same."
        ),
        (.optOut, "STOP. dit is de bedrijfstelefoon van de melkveehouderij"),
        (.question, "qual o nome que aparece na transferência? pra eu conferir antes de mandar"),
        (
            .hardship,
            "Door de vogelgriep moesten we in november de hele stal ruimen. Er komt voorlopig niets binnen. Is uitstel van betaling mogelijk tot de tegemoetkoming van de overheid binnen is?"
        ),
        (
            .optOut,
            "Exmos. Senhores,\n\nSolicito a remoção deste endereço da vossa lista de lembretes automáticos. A correspondência deve ser dirigida aos Serviços Administrativos por via postal."
        ),
        (
            .question,
            "Madame,\n\nAfin de procéder au mandatement, l'agent comptable nous demande un relevé d'identité bancaire au format IBAN ou, à défaut, les coordonnées ABA et SWIFT de votre banque. Pourriez-vous nous les transmettre ?"
        ),
        (.optOut, "quiten este numero de su sistema por favor, es el cel del negocio y lo ven los empleados"),
        (.other, "1,240 is what i have written down too"),
        (.promise, "We're hoping to get this paid on Friday the 18th, once the holiday catering deposits come in."),
        (
            .dispute,
            "Good afternoon,\n\nThe Business Office is unable to process INV-1094. The quote approved by the Board of Education (Q-2026-114) was for $6,200.00 for the gymnasium door replacement. The invoice reflects $7,480.00, and no change order was approved.\n\nUnder Board Policy 4:60, payment may not exceed the approved amount without Board action. Please submit a corrected invoice or documentation of an approved change order."
        ),
        (
            .other,
            "Hi Dana,\n\nI've passed this along to our department's fiscal officer. The renovation was charged to Dr. Amadi's grant, and she has to approve anything billed against it. I'll let you know what she says."
        ),
        (.alreadyPaid, "Siehe unten."),
        (.other, "Boa noite, fala a neta da D. Albertina. A avó pediu para dizer que recebeu a mensagem."),
        (
            .alreadyPaid,
            "Bom dia, a transferência foi feita no dia 2. Aproveito para perguntar se emitem fatura com o NIF da empresa, para efeitos de IVA."
        ),
        (
            .promise,
            "Bonjour,\n\nLe chèque de la Financière agricole devrait entrer cette semaine. Je compte vous payer vendredi le 11 au plus tard."
        ),
        (
            .promise,
            "Looks like my payment bounced - the bank's e-mail is below. I've moved money over from savings and I'll redo it on Friday."
        ),
        (.dispute, "ill pay the overhead door part monday. the 2 hrs of diagnostics i dont owe, ur guy looked at it for 10 min"),
        (
            .alreadyPaid,
            "This was paid through our vendor payment platform on 11/27, eCheck batch 7719. If it hasn't posted, please check that the bank account on your vendor profile is current."
        ),
        (
            .alreadyPaid,
            "Bonjour,\n\nJe vous ai envoyé un virement Interac le 4 décembre. Pouvez-vous aussi me dire si vous faites l'entretien des gouttières en hiver ?\n\nGilles"
        ),
        (
            .hardship,
            "Dana,\n\nMy husband had a heart attack in November and the practice has been closed while he recovers. We're keeping up with what we can, but vendor invoices are going to have to wait a bit.\n\nColette"
        ),
        (
            .alreadyPaid,
            "Paid INV-1062 on December 2 through your portal - confirmation HP-55190. Unrelated: could your crew look at the back stairs at the Argyle building sometime in January? Please send me a quote."
        ),
        (
            .question,
            "Hola, en el recibo aparece \"ajuste por error de medición\". ¿Eso es a favor nuestro o en contra? No entiendo bien el saldo."
        ),
        (
            .hardship,
            "We zitten krap sinds de ruiming van de stal. Kunnen we een betalingsregeling treffen? En zit de voorrijkost al in dit bedrag?"
        ),
        (
            .question,
            "Buenas tardes. ¿Nos pueden mandar su formulario W-9? La diócesis no nos deja pagar a ningún proveedor sin tenerlo en el archivo."
        ),
        (
            .hardship,
            "My husband's been out of work since October. Can we set up a plan? Also, I never got the lien release from the first job - could you send that too?"
        ),
        (
            .hardship,
            "The corn is still in the bin waiting on a better price and cash is thin until it sells. I can send half on December 28 and the rest once the elevator settles with us."
        ),
        (.optOut, "pls remove me from ur text alerts, my granddaughter says i can reply with a word but i dont know which one"),
        (
            .dispute,
            "Love that \"final site cleanup\" is $275. Final site cleanup was my husband and me dragging your scrap drywall to the curb on Sunday."
        ),
        (
            .other,
            "Olá Dana, o valor de $2,290.40 bate certo com o que tenho anotado. É o meu filho que trata dos pagamentos cá de casa; já lhe mostrei o e-mail."
        ),
        (
            .hardship,
            "Hello Dana,\n\nSorry for the late. Business is very slow this winter and my brother is in hospital in Kyiv, I am sending him money every month. I can pay half on 15 January and rest in February."
        ),
        (.alreadyPaid, "Hab ich am 30.11. überwiesen, Beleg kann ich gern schicken"),
        (
            .alreadyPaid,
            "Buen día. El 1 de diciembre le abonamos 2,000 dólares, que fue lo que pudimos. Con el bloqueo de transportistas en la frontera llevamos tres semanas con las unidades paradas y por ahora no hay más."
        ),
        (
            .question,
            "Bonjour Dana,\n\nEst-ce que la facture inclut la TPS et la TVQ? Notre CPE est subventionné et on doit ventiler les taxes dans notre rapport au ministère."
        ),
        (.promise, "aqui é a Cleide, semana que vem eu pago, tô esperando os clientes me pagarem"),
        (.hardship, "GC hasnt paid me in 60 days so i cant pay u either. not a choice, the money isnt there"),
        (
            .hardship,
            "Oi Dana, o movimento caiu muito depois que dois condomínios cancelaram o contrato com a gente. Vocês aceitam parcelar em 3 vezes? E outra coisa: vocês fazem reforma de banheiro? Uma cliente me perguntou.\n\nRosimeire"
        ),
        (.optOut, "This is the salon's booking line, clients text here. Please don't use it for your billing."),
        (.alreadyPaid, "réglé en espèces à votre chef de chantier vendredi dernier, il m'a fait un reçu"),
        (
            .dispute,
            "Oi Dana, a fatura cobra a pintura do escritório inteiro, mas vocês só pintaram a parede da frente. As outras três eu mesma pintei no fim de semana. Por favor corrija."
        ),
        (.promise, "sending it the 22nd when my tips clear. whats ur zelle"),
        (
            .hardship,
            "Dana, my father's savings now go entirely to his in-home care, about $9,000 a month, and Medicaid won't start until his application is approved - likely February. I can't cover the ramp invoice on top of that right now. Is there any flexibility?"
        ),
        (.alreadyPaid, "Überweisung ist am Montag raus, Verwendungszweck war die Rechnungsnummer"),
        (.other, "Bin grad mit der Gästeanreise beschäftigt, melde mich später"),
        (.question, "whats the balance after the deposit i gave mike in oct? dont want to end up double paying"),
        (
            .hardship,
            "la boulangerie est en redressement judiciaire depuis lundi, tous les paiements sont gelés par l'administrateur"
        ),
        (.question, "Is dit voor de koelcel of voor de tapinstallatie? Zie twee bedragen in mijn mail"),
        (
            .dispute,
            "The board will pay for the pool house roof in full on Friday the 18th. The $640 line for \"snow guard installation\" is another matter - there are no snow guards on that roof. Walk over and look."
        ),
        (
            .alreadyPaid,
            "Guten Tag,\n\ndie Rechnung haben wir am 2.12. beglichen. Noch eine Frage: Können Sie uns für den neuen Gipsraum im Frühjahr ein Angebot machen?"
        ),
        (
            .promise,
            "I'll release this with Friday's payments. Before I do - is your remit-to address still the Clybourn office, or did you move? Our system has two on file.\n\nAnselm"
        ),
        (.optOut, "no me manden mas recordatorios, yo se lo que debo"),
        (
            .dispute,
            "Bonjour,\n\nAprès rapprochement avec le bon de commande n° BC-2026-1187, nous constatons un écart : le devis prévoyait la pose de 3 vitrines réfrigérées, la facture en mentionne 4. La facture est donc bloquée en attente d'un avoir ou d'une facture rectificative."
        ),
        (
            .alreadyPaid,
            "Dear Dana,\n\nThe school paid this by ACH on 27 November (our reference PCLS-1127-04). Our bank is a small credit union and can take up to three business days to settle, so it may only just have reached you."
        ),
        (.hardship, "ando bien apretada con lo del local nuevo pero el 19 le mando 300 y luego vamos viendo"),
        (.alreadyPaid, "Zelle conf 7Q4KD2MX 12/03"),
        (.dispute, "a porta da sala de espera continua a arrastar no chão. não pago enquanto não vierem afinar"),
        (
            .optOut,
            "Please stop the e-mails and the texts to my father's phone. He has Alzheimer's and thinks he's in trouble every time one arrives. I'm handling his affairs now, and frankly his account is drained by the memory-care facility - I can't pay this until his house sells."
        ),
        (.question, "oi, vcs aceitam zelle? ou só cheque? meu banco cobra pra fazer ach"),
        (.dispute, "el lavabo nuevo gotea desde el primer dia y me lo cobran completo? arreglenlo primero"),
        (.optOut, "this cell is for after-hours pet emergencies. billing texts to it need to end"),
        (
            .other,
            "taproom's closed mondays so ill be at the brewery tues morning if mike wants to swing by and look at the walk-in door"
        ),
        (
            .hardship,
            "December is our slowest month by far - we're running at about 20% occupancy and the owner has asked me to hold all non-essential payments until ski season picks up in mid-January. I know that's not what you want to hear. Would a partial payment now help?"
        ),
        (.dispute, "why am i paying for a dumpster? we used the inns own roll-off, its literally in our lot"),
        (.promise, "gonna try for the 15th, worst case the 18th"),
        (
            .promise,
            "Our subsidy payment from the state arrives the first week of January, and I'll pay your invoice as soon as it lands.\n\nBernadette"
        ),
        (
            .other,
            "Sehr geehrte Frau Whitfield,\n\nIhre Schlussrechnung prüfen wir als Bauleitung derzeit sachlich und rechnerisch. Das Prüfergebnis geht bis zum 18.12. an die Bauherrin; die Zahlung erfolgt dann direkt durch sie."
        ),
        (.promise, "payroll hits thurs, ill send it thurs night"),
        (.question, "c'est bien le même montant que le devis signé en octobre ? je n'ai pas le devis sous la main"),
        (.alreadyPaid, "Betaald op 30/11, ref. NL-TRF-88213"),
        (
            .hardship,
            "Our funding is frozen while the state audits the subsidy program, so cash is very tight until at least February. Separately, for my board report: is there a late fee once an invoice goes past 60 days? I need to tell them what waiting will cost us.\n\nBernadette"
        ),
        (
            .dispute,
            "Two things. First, the locker room drain still backs up every time more than two showers run, which was the whole point of the job. Second, even if it didn't, January memberships don't come in until the 5th and I'm running on fumes.\n\nReggie"
        ),
        (.alreadyPaid, "j'ai versé la moitié lundi, le reste le 30"),
        (.optOut, "paid this on the 2nd. stop texting me please"),
        (.alreadyPaid, "Guten Tag,\n\nsiehe Bestätigung unserer Bank unten. Der Betrag wurde am 03.12. angewiesen."),
        (.question, "do u guys take amex? biz card has the points"),
        (.other, "je suis en tournée de livraison, je regarde votre message ce soir au calme"),
        (.dispute, "that permit fee is on here twice, once on the oct invoice and again on this one"),
        (
            .other,
            "Buenas tardes. Soy Consuelo, la hija de doña Refugio Tapia. Mi mamá ya no revisa su correo y yo le ayudo con sus cuentas. Le pido que me copie a mí en cualquier mensaje sobre la rampa y el baño."
        ),
        (.dispute, "désolé mais le plan de travail du salon est déjà fendu, je ne paie pas tant qu'il n'est pas remplacé"),
        (
            .dispute,
            "We paid the undisputed portion of this invoice ($12,400.00) on December 3 by check no. 48907. The remaining balance relates to after-hours work that was not authorized under our agreement and will not be paid.\n\nPhilippa Holloway\nBilling Coordinator"
        ),
        (
            .other,
            "lol the amount on this is almost exactly what I charged for a full back piece last week. Anyway, I'm not the one who does the books, that's my business partner Kira. Forwarding it to her now."
        ),
        (
            .other,
            "Received, thank you. Just so you know, our clinic was bought by a veterinary group on December 1 and accounts payable now runs through their corporate office in Milwaukee. I don't yet know who handles older invoices like this one, but I've asked and will pass along whatever they tell me.\n\nDeborah Szymanski\nPractice Manager"
        ),
        (
            .promise,
            "Good news - your invoice made it onto this Friday's check run. Checks are cut Friday morning and go out by FedEx the same afternoon.\n\nMargit"
        ),
        (.alreadyPaid, "Paid 12/04 on check run #27 - check number 100583, mailed to your Clybourn Avenue address."),
        (.promise, "Scheduled it through the bank so I don't forget again. See below."),
        (
            .promise,
            "Bonjour,\n\nAprès validation par notre directeur administratif, votre facture sera intégrée au règlement fournisseurs du 15 janvier.\n\nCordialement,\nSandrine Mercadier"
        ),
        (
            .question,
            "Good afternoon,\n\nCould you please provide a current W-9 and an itemized statement showing labor and materials separately? Firm policy requires both before a vendor invoice of this size can be approved. We would also ask that the invoice be re-sent as a PDF attachment rather than a link."
        ),
        (
            .dispute,
            "Goedemiddag,\n\nIn de factuur staan 16 uur extra voor het aanpassen van de koelcel. Die aanpassing was alleen nodig omdat jullie de deuropening verkeerd hadden ingemeten. Dat komt wat ons betreft niet voor onze rekening."
        ),
        (
            .question,
            "Dana,\n\nAt our last meeting a homeowner asked whether the clubhouse roof carries a warranty, for how long, and whether it stays with the association if we change management companies. Could you send me something in writing for the board packet? And is the disposal fee included in this amount, or was it billed separately?\n\nWarren Kittredge\nTreasurer, Briar Hollow HOA"
        ),
        (
            .dispute,
            "Den Materialanteil hab ich am 4. überwiesen. Die 6 Stunden Arbeitszeit zahle ich nicht, der Monteur war 3 Stunden da."
        ),
        (.promise, "yeah yeah ill get u paid, been crazy at the studio"),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield,\n\nPosition 4.2 (Trockenbau Flurwände) wurde mit 184 m² abgerechnet; unser gemeinsames Aufmaß vom 12.11. ergab 151 m². Wir haben die Rechnung entsprechend gekürzt und nur den geprüften Betrag an die Bauherrin weitergegeben."
        ),
        (
            .hardship,
            "The fire put us out of business for two weeks and I'm still waiting on insurance. I can do $300 on Friday the 18th and the rest once the claim pays out."
        ),
        (.optOut, "Bitte keine SMS mehr an diese Nummer. Ich melde mich bei Bedarf selbst."),
        (
            .hardship,
            "Bonjour Dana,\n\nLa subvention du ministère pour le trimestre est retardée à cause d'une erreur administrative de leur côté, et notre trésorerie est à zéro. Je ne peux pas vous payer ce mois-ci. Pourrions-nous convenir d'un échéancier?\n\nJosée Thibodeau\nDirectrice générale"
        ),
        (
            .other,
            "Boa tarde,\n\nInformo que a Casa do Largo mudou de contabilista. A partir de janeiro, as faturas e lembretes devem ser enviados para contabilidade@casadolargo.example."
        ),
        (.hardship, "half my members froze for the holidays, cash is thin. can we do this in 3 chunks?"),
        (
            .optOut,
            "Les pido de favor que ya no le escriban a mi mamá. Tiene 88 años y se angustia con cada correo. Cualquier cosa, háblenme a mí por teléfono.\n\nConsuelo"
        ),
        (
            .question,
            "Hi Dana - for our cost report I need this split across the two sets. How much of the $2,675.50 was the diner set and how much the motel interior? Also, can you confirm whether your crew was on union or non-union rates? The payroll company is asking."
        ),
        (
            .other,
            "Thank you. For our records, all vendor invoices must be addressed to the firm's Office Services Department and bear the matter number 2026-0418 (Office Renovation). I have logged INV-1011 and routed it to our Director of Administration for her weekly review on Thursday."
        ),
        (.other, "ahorita tengo clienta en la silla, al rato lo veo"),
        (
            .other,
            "Dana,\n\nI'm one of five volunteers on the board, and we only sign checks at our monthly meeting. The December meeting is on the 17th in the clubhouse - the one your crew re-roofed - and this will be on the agenda. Anything over $1,000 needs two signatures."
        ),
        (
            .dispute,
            "Bonjour,\n\nLa facture applique une majoration « travaux de nuit » alors que les travaux dans la boutique de Villeurbanne ont eu lieu en journée, boutique fermée. Merci de la corriger. Par ailleurs, pouvez-vous nous indiquer votre délai d'intervention pour la boutique de Bron en février ?\n\nSandrine Mercadier"
        ),
        (
            .dispute,
            "Good morning,\n\nWe have reviewed the invoice against the signed proposal dated August 14. The proposal provided for a fixed fee of $18,500 for the conference room build-out; the invoice instead bills time and materials of $4,120.00 on top of the progress payment already made. Please reissue the invoice on the agreed fixed-fee basis. Until then we are unable to process it."
        ),
        (.alreadyPaid, "paid w the salon card at ur office tues, the girl at the desk ran it"),
        (.hardship, "my dads care costs went up again this month and im covering it out of pocket. can you give me till feb"),
        (
            .other,
            "Bonjour,\n\nPour information, notre service comptable change de logiciel au 1er janvier. Les factures reçues après le 18 décembre seront saisies dans le nouveau système à partir du 11 janvier. Merci de noter aussi notre nouvelle adresse de facturation : Boulangeries Maison Ferrand, Service Fournisseurs, 12 quai Perrache, 69002 Lyon."
        ),
        (
            .question,
            "Sehr geehrte Damen und Herren,\n\nkönnen Sie uns bitte mitteilen, ob es sich um eine Abschlagsrechnung oder um die Schlussrechnung handelt? Für die Abschreibung der Laborerweiterung müssen wir das wissen."
        ),
        (.hardship, "perdemos três clientes grandes esse mês, to sem dinheiro pra pagar tudo agora. da pra parcelar?"),
        (.dispute, "Die Duschabtrennung im Herrenbereich war gar nicht beauftragt. Die zahlen wir nicht."),
        (
            .hardship,
            "Bonjour Dana,\n\nLa situation est difficile avec le retard de la subvention, mais je peux vous faire un premier versement de 500 $ le vendredi 18 décembre et le solde dès que le ministère nous paie.\n\nJosée"
        ),
        (.other, "Dit nummer is van de brouwerij, niet van Sjoerd privé. Stuur het maar naar zijn mail"),
        (
            .hardship,
            "Boa tarde. Com as obras na rua, a casa esteve quase vazia em novembro e dezembro e neste momento não temos liquidez. Pedia-lhe que aguardasse até fevereiro, quando começa a época das feiras.\n\nFilomena Rebelo"
        ),
        (
            .question,
            "Hello,\n\nOur licensing inspector has asked for proof that the new playground fence meets the 4-foot height requirement and that the gate latch is self-closing. Is that something your office can document? I'd also like to know whether this invoice includes the second latch, after the first one failed."
        ),
        (.other, "2 emergency surgeries back to back today. ill look at the invoice tonight after we close"),
        (
            .other,
            "this is my mom's number. she has dementia and a caregiver reads her texts. i handle her bills now, reach me at 414-555-0247"
        ),
        (.alreadyPaid, "check went out w the hoa batch last week. #2214. if it doesnt show by fri lmk"),
        (
            .other,
            "Dear Dana,\n\nThank you for your message. Our school closes between terms from 19 December to 4 January, and during term our finance officer, Mr Pell, is in only on Tuesdays and Thursdays. I have left a printed copy of your e-mail in his tray."
        ),
        (
            .alreadyPaid,
            "Bonjour,\n\nVotre facture a été réglée par virement le 04/12 (référence VIR-MF-20261204-031), dans le cadre de notre campagne de paiement mensuelle.\n\nCordialement,\nSandrine Mercadier"
        ),
        (.other, "oi aqui é a cleide, to limpando uma casa agora, de noite eu vejo isso com calma"),
        (
            .dispute,
            "I'm sorry, but I can't approve this. The quote specified rubber mulch under the playground equipment, and what was installed is wood chips. Our license requires impact-absorbing surfacing, so it has to be redone either way."
        ),
        (
            .other,
            "Goedemorgen,\n\nHet is hier een gekkenhuis met de kerststukken, ik kijk na de feestdagen rustig naar alle post. Mijn man doet normaal de administratie, maar die ligt met een gebroken enkel op de bank.\n\nGroetjes, Gerdien"
        ),
        (
            .promise,
            "Hallo Frau Whitfield,\n\nsorry, die Rechnung ist bei uns durchgerutscht. Ich überweise den Betrag spätestens am Mittwoch nächster Woche."
        ),
        (
            .other,
            "Bonjour Madame,\n\nMaître Desrochers est en audience toute la semaine au tribunal de Nanterre. Je lui soumettrai votre courriel à son retour au cabinet, le lundi 14 décembre."
        ),
        (
            .hardship,
            "Buen día. Le soy franco: dos de nuestros clientes principales nos pagan a 120 días y este mes nos quedamos sin flujo. ¿Podríamos pagarle en dos partes, la mitad en enero y la otra mitad en febrero?\n\nHéctor Villaseñor"
        ),
        (.question, "is this the one for the shampoo sinks or the front desk? got 2 invoices from u this fall"),
        (
            .dispute,
            "Hello Dana,\n\nMy father's caregiver tells me the grab bar beside the toilet has already pulled loose from the wall. That is exactly what it was installed to prevent. I'd like someone out to fix it properly before we settle this bill - this is about his safety."
        ),
        (.question, "Ist bei dem Betrag der Skonto schon abgezogen? Auf der letzten Rechnung standen 2% bei Zahlung in 10 Tagen"),
        (.hardship, "se me enfermo mi niña y llevo dos semanas sin trabajar, no tengo para pagarle ahorita"),
        (.alreadyPaid, "ACH sent 12/07\nAmt $315.00\nTrace 071000013-0087745"),
        (.dispute, "bill says 3 days of demo at the salon. ur crew was gone by noon on day 2, my stylists watched them load up"),
        (.hardship, "gc still hasnt paid me. i can send 500 monday and the rest when he pays"),
        (
            .question,
            "Is there any chance this could be split into two invoices - one for the walk-in cooler wall and one for the taproom bar? Our SBA loan covers equipment-related build-out but not the bar, so the lender wants them separate.\n\nCasey"
        ),
        (
            .promise,
            "Dana,\n\nThe board voted last night to approve your invoice. I'll sign the check with our president on Saturday and mail it Monday morning, December 21.\n\nWarren"
        ),
        (
            .other,
            "Got this between classes. Heads up that I'm switching bookkeepers at the end of the month - starting in January all invoices should go to books@ironcladstrength.example. Anything for December still goes to Tasha.\n\nReggie"
        ),
        (
            .question,
            "hey, is there a discount for cash? and does this cover the sink at the 3rd station or is that a separate bill"
        ),
        (
            .question,
            "Goedemiddag,\n\nKan de factuur ook als UBL-bestand worden aangeleverd? Ons boekhoudpakket leest pdf's slecht in. En welk kenmerk moeten we bij de betaling vermelden?"
        ),
        (
            .optOut,
            "Please be advised that this firm does not accept collection correspondence by e-mail. Kindly direct any further communication regarding this account in writing to the attention of our Office Services Manager at our LaSalle Street address. Messages from your automated address will no longer be received."
        ),
        (
            .alreadyPaid,
            "We sent 50% on the 4th per the deal memo (check 100586). The balance is scheduled for the December 23 check run, the last one before hiatus."
        ),
        (
            .other,
            "Guten Tag Frau Whitfield,\n\ndanke für die Erinnerung. Zur Info: Unser Labor hat zum 1. Dezember eine neue Steuernummer erhalten, bitte künftig auf allen Rechnungen angeben: 99/815/04421. Die Rechnung selbst liegt bei unserer Buchhaltung.\n\nViele Grüße\nUlrike Brandstätter"
        ),
        (
            .other,
            "Hi Dana - Margit here, production accountant on LOW TIDE. A heads-up so nothing falls through the cracks: we wrap principal photography on December 18 and the production office moves to the post facility on the 21st. Vendor mail after that goes to 3300 W. Olive Ave, Suite 410, Burbank, CA 91505. The set construction invoices are with our UPM for sign-off."
        ),
        (
            .hardship,
            "electrical fire in the back room on the 2nd, salon's been closed since. cant pay anything til insurance comes thru"
        ),
        (.dispute, "nope. the kennel run doors still dont latch, a dog got out friday. not paying for doors that dont close"),
        (
            .question,
            "Buen día. ¿Aceptan transferencias en dólares desde una cuenta en México, o tiene que ser desde un banco de EE. UU.? Nuestro banco cobra una comisión alta por SWIFT y queremos ver opciones antes de programar el pago.\n\nAtentamente,\nHéctor Villaseñor\nGerente de Administración"
        ),
        (
            .optOut,
            "Dana - please take me off these reminders. I'm the architect, not the payer, and I've asked Tim to deal with you directly. Keep me on anything to do with the drawings or the site, of course."
        ),
        (
            .hardship,
            "Sehr geehrte Frau Whitfield,\n\nwir haben seit Oktober erhebliche Zahlungsausfälle bei zwei Zahnarztpraxen, die Insolvenz angemeldet haben. Ich bitte Sie deshalb um Ratenzahlung, zum Beispiel in vier Monatsraten. Geben Sie mir bitte kurz Bescheid, ob das möglich ist."
        ),
        (.optOut, "Remove this number from your texting system. Mail works fine."),
        (.alreadyPaid, "Já paguei pelo Zelle no dia 4, segue o comprovante."),
        (.optOut, "por favor tirem este número da vossa lista de mensagens, é o telemóvel do estúdio"),
        (
            .alreadyPaid,
            "This was settled on the 1st. Our owner paid it from his personal account by mistake (long story), so it will show as coming from R. Anand rather than the inn. Please apply it to our invoice."
        ),
        (
            .question,
            "Olá. Na fatura aparece uma \"taxa de licenciamento municipal\". Essa taxa foi paga por vocês à câmara e estão a refaturar, certo? Só quero perceber para explicar ao contabilista.\n\nDuarte Sequeira"
        ),
        (.promise, "will pay after new years, sorry for the wait"),
        (.hardship, "Wasserschaden im Studio, Kurse fallen bis Mitte Januar aus. Kann gerade nichts zahlen."),
        (.optOut, "pago na sexta, mas parem de mandar mensagem todo dia por favor"),
        (
            .other,
            "this is the front desk at Shear Bliss, Jolene is with a client for the next 2 hrs (color + cut). ill put ur message on her clipboard"
        ),
        (
            .other,
            "Hi Dana,\n\nI think our office ended up on your reminder list because we were copied on the original contract. The invoice itself is addressed to the owner, so I've forwarded your note to their office manager, Pam (pam@castellanoholdings.example). Happy to help with any punch-list items in the meantime."
        ),
        (
            .hardship,
            "We had a glycol leak last week that ruined 40 barrels, which is most of our December sales. I'm asking every vendor for the same thing: can you hold off 30 days? I'd rather ask than go silent."
        ),
        (
            .promise,
            "We're hoping to pay this by the end of next week - our distributor owes us for the holiday orders and that usually comes through around then."
        ),
        (.other, "tattooing rn, gloves on. later"),
        (.promise, "GC pays me on the 20th, youll have it the 21st"),
        (.alreadyPaid, "ya le pague, fue en efectivo a su muchacho el de la camioneta blanca el lunes"),
        (
            .dispute,
            "why is there a charge for moving the sink, mike said no charge. also can u send the warranty for the water heater"
        ),
        (
            .optOut,
            "Buenos días. Les ruego que dejen de enviar recordatorios a esta dirección, que es la del profesorado. ¿Podrían indicarme a qué correo debo remitir la factura para que la tramite administración?"
        ),
        (
            .question,
            "Dana,\n\nFor the certificate for payment I need your schedule of values updated to show percent complete on each line through November 30. Can you send it on a G703 continuation sheet? The owner's lender won't release the draw without it."
        ),
        (
            .promise,
            "Dana, apologies - this slipped through during our year-end closeout. I've approved it and our office manager will release payment with Thursday's ACH batch.\n\nAnselm"
        ),
        (
            .alreadyPaid,
            "Please be advised that payment of the above invoice was issued on November 30, 2026 by check no. 48812 drawn on the firm's operating account. Should the check not be received by December 14, please notify this office so that we may place a stop payment and reissue.\n\nPhilippa Holloway"
        ),
        (.dispute, "Koelcel betaal ik vrijdag. Die 'spoedtoeslag' niet, daar heb ik nooit om gevraagd."),
        (
            .hardship,
            "Dear Dana,\n\nI regret to tell you that our main contract - English courses for a local manufacturer's staff - was cancelled in November, and we are currently running at a loss. We fully intend to honour this invoice, but would be grateful if it could be spread over three or four months."
        ),
        (
            .alreadyPaid,
            "Dad's bank sent me this - looks like the check I mailed on his behalf has cleared. Can you make sure it's applied to his account and not to someone else's?"
        ),
        (
            .hardship,
            "Hoi Dana,\n\nEerlijk gezegd heeft de verbouwing van de winkel veel meer gekost dan gepland en de kerstverkoop valt tegen. Ik kan nu niet het hele bedrag betalen. Zou een regeling in drie delen kunnen?\n\nGerdien"
        ),
        (
            .alreadyPaid,
            "Hoi Dana,\n\nDie is al betaald hoor, op 1 december via internetbankieren, met het factuurnummer in de omschrijving. Kun je even kijken of hij bij jullie binnen is?\n\nGroetjes, Gerdien"
        ),
        (
            .optOut,
            "My mother passed away on November 29. Please stop sending these e-mails to this address; each one is a painful reminder for our family. Her estate attorney will be in touch about any outstanding balance."
        ),
        (.promise, "Zahlung kommt nach den Feiertagen, versprochen"),
        (
            .hardship,
            "Dana,\n\nI'll be straight with you: three homeowners are in foreclosure and the association's operating account is nearly empty. The board votes on a special assessment on January 12, and until that money comes in we can't cover this invoice in full. Can we talk about a payment schedule?\n\nWarren Kittredge"
        ),
        (
            .optOut,
            "I've told Mike twice that the exhaust fan in the back room was never hooked up, and I'm not paying for it. Stop sending me these automated things and have someone actually call me."
        ),
        (
            .alreadyPaid,
            "Our new corporate AP office confirmed this was paid on 12/2 by ACH, trace 091000019-4471203. Sorry for the confusion during the transition!"
        ),
        (.question, "una pregunta, ese total ya trae el descuento que nos dijo mike por pagar antes de fin de año?"),
        (
            .question,
            "Quick question - the invoice says \"rubber flooring, 1,200 sq ft.\" Our gym floor is 1,150 according to the lease. Is the 1,200 including waste and cutoffs? Not arguing, just trying to understand how you measure."
        ),
        (
            .hardship,
            "Our enrollment dropped by eleven children this fall after the plant closed, and the state reimbursement for November still hasn't come in. Right now I'm choosing between payroll for my teachers and vendor invoices, and payroll has to win. I'm so sorry. Could we pay this over a few months?\n\nBernadette"
        ),
        (
            .dispute,
            "Dana, is there a reason the board is being billed for the gutter work at unit 14? That's the owner's private gutter, not common area, and nobody on the board authorized it. Please bill the homeowner directly.\n\nWarren"
        ),
        (
            .question,
            "Hi Dana,\n\nBefore I submit this to our new corporate AP: they're asking for a lien waiver for the kennel expansion. Do you issue conditional waivers, or only unconditional ones once paid? Sorry for the extra step - it's their process, not mine.\n\nDeborah"
        ),
        (.alreadyPaid, "sent it thru ur portal sunday night. conf email says PMT-55318"),
        (
            .promise,
            "Boa tarde, peço desculpa pelo atraso. A transferência deve seguir até ao final do mês, assim que fecharmos a faturação de dezembro."
        ),
        (.promise, "Excuses voor de vertraging. Als het goed is maak ik het bedrag vrijdag over, uiterlijk maandag.\n\nSjoerd"),
        (.question, "quick q - is the dryer vent reroute on this bill or the next one? trying to match it to my notes"),
        (.other, "kids are napping so im whispering by text lol. our board chair signs all checks, ive flagged this for her"),
        (
            .question,
            "Hi Dana, a question before I pay anything on Dad's behalf: do Medicare or long-term care policies usually reimburse grab bars and a ramp? If other families have asked you for paperwork for that, I'd love to know what format the insurers want."
        ),
        (
            .dispute,
            "Buen día. Revisamos la factura y nos cobran el techado completo del andén 3, pero solo se cambiaron 12 láminas, no las 40 que dice. Tenemos fotos del antes y del después. Favor de corregir la cantidad.\n\nHéctor Villaseñor"
        ),
        (
            .other,
            "We're at 100% occupancy through New Year's and I'm covering night audit myself this week, so forgive the slow reply. I've put your reminder in the owner's folder; he handles contractor payments when he's in on Mondays.\n\nQuentin"
        ),
        (
            .alreadyPaid,
            "Buen día. Le reenvío el comprobante de la transferencia internacional; se hizo el 2 de diciembre.\n\nSaludos cordiales,\nHéctor"
        ),
        (
            .alreadyPaid,
            "Vorige week betaald, met het factuurnummer als kenmerk. Andere vraag: kunnen jullie in januari ook de tapkelder isoleren? Graag een prijsindicatie.\n\nSjoerd"
        ),
        (
            .optOut,
            "Bonjour,\n\nMerci de ne plus écrire à cette adresse : c'est la boîte générale de la boulangerie, lue par toute l'équipe. Pour la suite, passez par courrier postal."
        ),
        (
            .dispute,
            "Dana - I'm returning this pay application unapproved. Line 7 (millwork) is billed at 100%, but the reception desk is still on back-order and the panels at the elevator lobby haven't been installed. We'll certify 60% on that line; please revise and resubmit.\n\nAnselm"
        ),
        (
            .alreadyPaid,
            "Paid last Friday by card over the phone with your office (confirmation 88217). Separate question - we're thinking about turning the old x-ray room into a second exam room next spring. Do you do that kind of work, and how far out are you booking?"
        ),
        (.promise, "el viernes sin falta le deposito, ya me pagaron las clientas de la posada"),
        (
            .promise,
            "Ich überweise am 21.12. Brauchen Sie dafür die Rechnungsnummer im Verwendungszweck, oder reicht unser Firmenname?"
        ),
        (
            .promise,
            "Buen día. Su factura quedó programada para pago el jueves 17 de diciembre, conforme a nuestro calendario de pagos a proveedores."
        ),
        (.other, "we're shooting on stage 3 till the 18th, nobody in the production office reads texts. email margit"),
        (
            .optOut,
            "Wilt u dit adres voortaan overslaan? Wij ontvangen facturen en herinneringen uitsluitend via ons inkoopportaal."
        ),
        (
            .dispute,
            "Hi Dana,\n\nThe invoice includes two days of standby for your crew on November 19 and 20. Under the deal memo, standby is billable only when called by our construction coordinator, and our call sheets show your crew was released on the 18th. Could you take those two days off and re-send?"
        ),
        (
            .other,
            "Buen día. Le comento que nuestra empresa cambió de domicilio fiscal a partir del 1 de diciembre: ahora es Blvd. Aeropuerto 2140, Col. Los Ramírez, León, Gto. Favor de actualizarlo en sus registros. La factura ya la tiene el contralor.\n\nSaludos,\nHéctor Villaseñor"
        ),
        (
            .dispute,
            "Paguei a parte da instalação elétrica no dia 3. A pintura não pago: a cor não é a que escolhemos, está no orçamento assinado (RAL 7016, não preto).\n\nDuarte Sequeira"
        ),
        (
            .question,
            "Bonjour,\n\nAfin de pouvoir intégrer votre facture, pourriez-vous nous communiquer votre numéro d'identification fiscale, ou à défaut une attestation indiquant que votre société n'est pas assujettie à la TVA ? Notre logiciel bloque les factures sans ce champ."
        ),
        (.promise, "je passe régler lundi au bureau, en chèque"),
        (
            .dispute,
            "Dana - your guys framed the bathroom walls two inches off the layout on the Wentworth job and my crew had to reroute the drain lines to make it work. That's six hours of my time plus fittings. I'm not paying the framing line until we sort out a backcharge."
        ),
        (
            .other,
            "Hello,\n\nI'm Denise, Arthur Halvorsen's daughter. Dad moved into assisted living last month and I now hold power of attorney for his finances. Please send anything about the ramp and the bathroom work to me at this address from now on rather than to his old e-mail."
        ),
        (
            .hardship,
            "Hey Dana. Real talk: my shop got broken into on the 4th and they took two machines and the register. Insurance is dragging its feet. I want to pay you, I just don't have it right now."
        ),
        (.alreadyPaid, "ck 20417 mailed 11/30"),
        (.dispute, "Die Heizung in der Skihütte geht seit Samstag wieder nicht. So zahl ma das sicher nicht"),
        (
            .hardship,
            "Hi Dana,\n\nI need to be honest with you. My dentist found an abscess and I ended up needing a root canal and a crown - $3,800, none of it covered because I don't have dental insurance. I'm paying that off on a payment plan now and I just can't do both at once. Could we spread your invoice over three or four months starting in January?"
        ),
        (.optOut, "Graag geen berichten meer naar dit nummer, dit is de noodlijn van de camping"),
        (
            .optOut,
            "Please stop sending these. Between the dental surgery and losing my second job, I have nothing left this month and every reminder makes it worse. I'll call when I can."
        ),
        (
            .hardship,
            "Ms. Whitfield,\n\nThe funeral home is in the middle of an ownership transition following Mr. Bellweather's death in October, and our accounts are frozen until the estate transfers his share. Our attorney expects that to be resolved by mid-January. We are not able to make any payments until then.\n\nRussell Kline"
        ),
        (.alreadyPaid, "Paid 11/30 via AppFolio ePay. Ref APF-2211-77391."),
        (
            .dispute,
            "why am i being charged for the permit when u said u pulled it under ur license for free? also whens mike coming back for the trim"
        ),
        (.other, "chu au chalet jusqu'à dimanche pas de réseau, on s'en reparle"),
        (.promise, "Le pago en cuanto cobre lo de la feria, no se preocupe"),
        (.dispute, "Het sanitairgebouw lekt nog steeds bij de douches. Eerst repareren, dan betalen"),
        (.dispute, "on paie la peinture vendredi, mais pas la clôture tant qu'elle n'est pas réparée"),
        (
            .question,
            "Dana, could you send me a W-9? My accountant wont let me pay any contracter over $600 anymore without one on file."
        ),
        (
            .question,
            "Hola Dana, una consulta: ¿nos pueden facturar como exportación de servicios? Acá el contador nos pide que la factura diga \"Invoice E\" o algo equivalente para no pagar impuestos locales. Y otra: ¿aceptan pago con PayPal o tiene que ser wire sí o sí?"
        ),
        (.dispute, "not sure why theres a disposal fee on here, we hauled the old cabinets to the dump ourselfs"),
        (
            .hardship,
            "Dana I had to pay for two dental implants out of pocket this month insurance won't cover any of it I can't pay you right now can we do a payment plan"
        ),
        (
            .optOut,
            "Please remove this address from your automated reminders. The firm's e-mail is monitored under our IT provider's compliance policy and automated vendor messages are being flagged. Send any statements by post."
        ),
        (
            .dispute,
            "Dana, we'll pay for the ramp on Thursday the 17th - it's beautiful and the memorial family is thrilled. The ceiling is another story until someone fixes those sagging tiles, so please take that part off for now.\n\nMarlene"
        ),
        (
            .alreadyPaid,
            "Ms. Whitfield,\n\nThis account was paid in full on November 20 by check number 8841, drawn on First Midwest Community Bank. Our bank statement shows that the check cleared on November 27. Please review your records."
        ),
        (
            .other,
            "Boa tarde,\n\nInformamos que a Corticeira estará encerrada para inventário de 28 a 31 de dezembro. O seu lembrete foi encaminhado para a Dra. Margarida Pimentel, que trata dos pagamentos a fornecedores."
        ),
        (.optOut, "this is the theatre's box office phone, volunteers answer it. please dont send billing stuff here"),
        (
            .alreadyPaid,
            "Paid already! Mike came by the farm stand for cider and apples on Saturday and I handed him a check for the invoice then. He said he'd drop it at your office.\n\nArlo"
        ),
        (.optOut, "stop sending these. the shed roof leaks and nobody has called me back in 3 weeks"),
        (
            .alreadyPaid,
            "Ms. Whitfield,\n\nOur check no. 8907 was mailed on December 4. Separately, we are considering enclosing the side porch as a second visitation room next spring. Would your firm be able to provide an estimate?"
        ),
        (
            .hardship,
            "hail season was dead this yr and the insurance cos are paying us at 60 days. cash is real tight. can u hold off a couple weeks"
        ),
        (
            .optOut,
            "Bonjour, je préférerais ne plus recevoir ces courriels automatiques. Est-ce que je pourrais avoir le solde exact par téléphone?\n\nRéjean"
        ),
        (
            .alreadyPaid,
            "Hi Dana! Our treasurer paid this through the bank's bill pay on the 2nd. It goes out as a paper check, so it may take a week to reach you - we definately sent it though!"
        ),
        (.optOut, "arrêtez de m'texter svp, appelez-moi si y'a de quoi"),
        (
            .optOut,
            "Dana, could you please stop sending these automatic reminders to the church office? Several volunteers share this inbox. I'll call you directly about the account.\n\nMarlene"
        ),
        (.promise, "Dana, I will pay you, no worry. Soon I have the money from the catering of the Christmas parties."),
        (
            .alreadyPaid,
            "Boa tarde,\n\nO pagamento foi efetuado por transferência bancária no dia 30/11, conforme o comprovativo que enviámos à vossa contabilidade."
        ),
        (.other, "on the boat till dark, no signal half the time. txt u tmrw"),
        (
            .hardship,
            "Dana this is Marco the truck is still broken I can give you 300 on Saturday and the rest when I'm working again"
        ),
        (
            .promise,
            "Dana,\n\nGood news: the Board approved your invoice on Monday's bills list, and the Business Office will mail the check with the December 18 warrant."
        ),
        (
            .optOut,
            "Boa tarde, por favor não enviem mais lembretes para este e-mail, é o e-mail dos pacientes da clínica. Qualquer assunto financeiro, falem com o setor financeiro por telefone."
        ),
        (
            .promise,
            "Buenos días, Dana:\n\nHaremos la transferencia el lunes 21. ¿Nos puede confirmar el número de cuenta? El que figura en esta factura no coincide con el de la anterior."
        ),
        (
            .question,
            "Bonjour, est-ce que je peux vous payer par virement Interac? Si oui, à quelle adresse courriel je l'envoie?\n\nRéjean"
        ),
        (.promise, "k will pay fri"),
        (
            .dispute,
            "Hi Dana, I'm confused by this one. Mike told me the vanity swap would be $450 since you were already there for the tub, but the invoice has it at $1,100. I'd like it billed at what he quoted me, please."
        ),
        (.hardship, "Schaut grad schlecht aus mit dem Geld, aber am 28. kann ich 500 überweisen, der Rest im Februar"),
        (
            .dispute,
            "Dana - the paint booth still fails the airflow test. Inspector was out Tuesday and wrote us up, so the booth is shut down and I'm sending jobs out to another shop. Not paying for a booth I can't use. Call me."
        ),
        (
            .other,
            "Servus Dana,\n\nkurz zur Info: Unsere Bankverbindung hat sich geändert, wir sind jetzt bei der Raiffeisenbank Wagrain. Falls ihr uns einmal etwas gutschreiben müsst, bitte die neue IBAN nehmen: AT48 3505 3000 0012 3456. Die Rechnung hat mein Mann."
        ),
        (
            .dispute,
            "Dana, the invoice say 3 outlets 220V installed in the commissary, but only 2 are working, the third one never was connected. I not pay for something that is not working. Please send somebody.\n\nMarco"
        ),
        (
            .hardship,
            "Hola Dana, te escribo por un tema delicado. Con el cepo cambiario no podemos girar dólares al exterior hasta que el Banco Central nos autorice, y el trámite puede demorar semanas. Tenemos los pesos, pero no los podemos transferir. Te pido un poco de paciencia.\n\nFacundo"
        ),
        (.question, "Perdone, ¿la factura incluye el IVA? Es para cuadrarla con la contabilidad"),
        (.alreadyPaid, "al voldaan op 1-12 via de bank, kenmerk was het factuurnr"),
        (.hardship, "j'ai perdu ma job la semaine passée, chu pas capable de payer ça là. on peut-tu s'arranger?"),
        (
            .hardship,
            "Exma. Senhora,\n\nDevido à quebra acentuada das exportações para os Estados Unidos após o aumento das tarifas aduaneiras, a nossa tesouraria encontra-se sob forte pressão. Solicitamos a possibilidade de liquidar a fatura em três prestações mensais."
        ),
        (
            .other,
            "We open A Christmas Carol on Friday and I'm practically living at the theatre until the run ends on the 20th. I did see the invoice! I'll sit down with our treasurer after closing night and we'll go through everything.\n\nOphelia"
        ),
        (.alreadyPaid, "c payé depuis jeudi, chèque #152 posté"),
        (
            .promise,
            "hi Dana it's Dwayne I'm going to put a check in the mail after the 15th when my first check from the marina comes in"
        ),
        (.alreadyPaid, "Dag Dana, die is betaald, zie hieronder."),
        (
            .dispute,
            "Dana,\n\nCould you help me understand the mobilization charge on this invoice? Our purchase order (PO 27-0412) was issued as a lump sum that already included mobilization, so I'm not sure why it appears again as a separate line. The Business Office can't pay more than the PO amount without a change order approved by the Board.\n\nLonnie Gustafson\nDirector of Facilities"
        ),
        (.optOut, "please take this number off your list this is my fishing line and customers call it"),
        (
            .other,
            "Hi Dana,\n\nI manage Willow Bend for the board. A heads-up: the board treasurer changes on January 1 (Ken Abadi is stepping down after six years), and until the new treasurer has bank access any checks will be signed by the president. Your invoice is in the board packet for the December 15 meeting."
        ),
        (
            .dispute,
            "hey Dana its Dwayne the dock shed roof is already leaking where the two panels meet so I'm not paying the full amount until somebody comes back out and fixes it"
        ),
        (.alreadyPaid, "Hab's am Freitag überwiesen, Zahlungsreferenz war die Rechnungsnummer. Sollt schon da sein"),
        (
            .alreadyPaid,
            "Hi Dana,\n\nOur treasurer tells me the check was signed after the finance committee met on Tuesday and mailed Wednesday morning - check no. 3312 for the full amount. Please let me know if it hasn't arrived by next week."
        ),
        (
            .promise,
            "Bonjour Dana,\n\nLa facture a été approuvée par le CA. Le paiement sera fait d'ici la fin du mois.\n\nBonne journée,\nMarie-Ève"
        ),
        (.dispute, "u charged us for 3 coats of epoxy on the shop floor. it was 2. i was there"),
        (.optOut, "I'd appreciate it if the reminders stopped. I know what I owe and I'm dealing with it."),
        (
            .dispute,
            "the bill says 4 hrs for the stage lip but your guy was here maybe 2. we have the sign in sheet at the stage door"
        ),
        (
            .other,
            "Hi Dana, just letting you know I had oral surgery yesterday and I'm pretty out of it on the pain meds. I'll read this properly when I can see straight."
        ),
        (
            .hardship,
            "Dana,\n\nThe state is three categorical payments behind and the district is on a cash-flow borrowing plan. The Business Office has frozen all non-emergency payments until the tax anticipation warrants are issued, and I don't have a date for that yet. I'm sorry - I know your crew did good work."
        ),
        (
            .hardship,
            "Dana,\n\nI'm sorry to report that the association's reserve fund was drawn down by the emergency sewer repair in building F. The board is levying a special assessment, but owners don't have to pay it until February 1, and until then we can't pay the balance. Would Harbor & Pine accept a partial payment now?"
        ),
        (.promise, "will pay by xmas promise"),
        (
            .other,
            "Please note that effective December 1 the firm's bookkeeping is handled by Ledgerline Bookkeeping Services. Kindly copy invoices and statements to thistlewood@ledgerline.example. I have forwarded your reminder to them."
        ),
        (
            .other,
            "Dana,\n\nWe have had four services this week and I have not been able to get to the office paperwork. Your message is on my desk. Our office administrator, Joyce, returns from leave on the 14th and she handles vendor accounts."
        ),
        (.other, "Goeiendag, 't is hier de drukste week van 't jaar met de kerstbroden. Ik kijk ernaar na nieuwjaar"),
        (
            .question,
            "Boa tarde,\n\nPoderiam indicar-nos o IBAN e o código SWIFT para a transferência internacional? O nosso banco pede ambos para pagamentos em dólares.\n\nMelhores cumprimentos,\nContabilidade"
        ),
        (
            .promise,
            "Dana, we'll pay this in full once the Christmas tree lot closes. The last day is the 20th and I'll bring a check by your office the Monday after.\n\nArlo"
        ),
        (.question, "Is das die Rechnung für die Skihütte oder fürs Büro? Hab zwei bekommen"),
        (.question, "boa tarde, vcs emitem nota fiscal ou só invoice? o contador aqui pediu"),
        (
            .hardship,
            "slowest month of the yr for charters, boat's on the hard and nothing coming in til the boat show in feb. can u work w me"
        ),
        (.alreadyPaid, "Grüezi\n\nDie Zahlung wurde am 04.12. ausgeführt, siehe Bestätigung unten."),
        (
            .other,
            "Hallo Dana,\n\nDe camping is sinds 1 november dicht (winterstop) en ik ben er maar twee dagen per week. Ik heb je bericht doorgestuurd naar onze boekhouder, Ria. Zij regelt de betalingen."
        ),
        (.other, "Pastor Dave says the crew is welcome at the Advent concert sunday at 4, come see the new hall all lit up :)"),
        (
            .other,
            "Hello Dana, I am Marco from La Ruta. The truck is in the shop for the heater and I not have the papers with me. When I go back to the commissary I look the invoice and I write you."
        ),
        (
            .promise,
            "Dana, the finance committee approved it last night. Our bookkeeper writes checks on Thursdays, so it will go out 12/10."
        ),
        (
            .other,
            "the $ on here matches the estimate so thats good. forwarding to our business office, they cut the checks not us"
        ),
        (
            .alreadyPaid,
            "Bonjour Dana,\n\nLe paiement a été fait par virement le 2026-12-04 (no de confirmation 88123401). Pouvez-vous me confirmer la réception?"
        ),
        (
            .alreadyPaid,
            "Salut Dana,\n\nJ'ai envoyé 2 000 $ par virement vendredi. Le reste, je vous le paie le 2026-12-23, quand ma paie de fin d'année rentre.\n\nRéjean"
        ),
        (.promise, "vou pagar até dia 20. aceitam cartão de crédito internacional?"),
        (
            .optOut,
            "Bonjour,\n\nMerci de ne plus envoyer de rappels automatiques à cette adresse : elle est partagée avec les parents de la garderie. Pour toute question, appelez-moi au bureau.\n\nMarie-Ève"
        ),
        (
            .promise,
            "Hi Dana,\n\nThe board signed off, and the check will be cut in the first week of January, once the 2027 operating budget takes effect."
        ),
        (.question, "is this for the bathroom or the new back steps"),
        (
            .promise,
            "Dana,\n\nI've approved the invoice. It's in our payables run for the end of the month - we run checks on the last business day, which is Thursday the 31st this time."
        ),
        (
            .other,
            "Buenos días, Dana:\n\nLe informo de que a partir del 1 de enero nuestra razón social pasa a ser Bodegas Peñaflor de Arlanza, S.L.U. Le agradeceríamos que las próximas facturas se emitan con el nuevo nombre y el mismo CIF. La factura pendiente ya está en manos de la gerencia."
        ),
        (
            .other,
            "Got your email. FYI we're moving the office side of the shop to the new building at 4120 W. Ogden on the 15th, so mail anything after that there. Phone stays the same."
        ),
        (.hardship, "dana o convenio atrasou o repasse de 2 meses, to sem caixa. consegue esperar ate fevereiro?"),
        (
            .optOut,
            "Ms. Whitfield,\n\nThis address is our family services inbox, which is read by the staff who assist grieving families. Please do not send collection notices here. All correspondence about this account should come by mail to my attention.\n\nRussell Kline"
        ),
        (.question, "Is dit het restbedrag na de aanbetaling van september? Kan het even niet terugvinden"),
        (.promise, "Dana, je vais vous payer après les Fêtes, promis."),
        (.promise, "ill get it paid next payday, sorry dana"),
        (
            .promise,
            "I'll cut a check Monday the 14th. Do you want it mailed to the PO box or dropped at your office on Clybourn?"
        ),
        (
            .question,
            "Hi Dana, what is the total left after the deposit I gave Mike in September? I'm planning my December budget and I've got a big dental bill coming too, so I'd like the exact number."
        ),
        (.promise, "Hola Dana, perdón por la demora. Te transferimos el viernes 18/12 sin falta."),
        (
            .hardship,
            "Dana,\n\nWinter's always lean for a charter captain and this one's leaner than most. I can send $500 on Friday the 11th and the rest when the boat show deposits come in, probably February."
        ),
        (.question, "do yall take venmo or cashapp"),
        (
            .other,
            "we're parked at the brewery on lincoln thru sat if mike wants lunch on the house. ill look at the bill after the weekend"
        ),
        (.promise, "get paid on the 18th, will send it that nite"),
        (.promise, "sending $ monday or tuesday latest"),
        (
            .dispute,
            "Dag Dana,\n\nHet deel voor de vloer hebben we op 4/12 betaald. De ovenplaatsing betalen we niet: ge hebt daar 3 dagen aangerekend voor anderhalve dag werk."
        ),
        (
            .hardship,
            "Dana, I'll be frank. Our fall production lost money and our biggest sponsor pulled out in October. Until the Christmas Carol ticket money comes in after the 20th, our account is close to empty. I'd like to propose paying this in two installments, one in January and one in February.\n\nOphelia"
        ),
        (.other, "estamos embotellando toda la semana, ya le llamo yo"),
        (.other, "this is June, Arlo's wife. he's out cutting trees for the lot, ill show him when he comes in for supper"),
        (.alreadyPaid, "Dana - see below. Paid by ACH from our operating account on 12/3."),
        (.alreadyPaid, "mailed a check the monday after thanksgiving, #1184"),
        (
            .question,
            "Quick one - does the paint booth work carry any warranty if the new exhaust fan motor goes out? The old one lasted 12 years. And whats the payment address, the PO box or the Clybourn office"
        ),
        (.promise, "Boa tarde,\n\nInformamos que a fatura será liquidada até ao dia 22 de dezembro."),
        (
            .dispute,
            "Al poner el suelo de la sala de barricas rayaron dos depósitos de acero. Hasta que no se arregle eso no pagamos la factura"
        ),
        (.question, "whats the invoice # for the dock shed. need it for my accountant"),
        (
            .hardship,
            "Dana,\n\nThe late frost in April took out most of the Honeycrisp and the apple season was about a third of normal. We're scraping by on the tree lot. I can't pay the whole invoice right now - would you take $200 a month?"
        ),
        (
            .alreadyPaid,
            "Dana, please see the remittance below from our Business Office. Warrant 27-118 was approved by the Board on November 23 and the checks went out the next day.\n\nLonnie"
        ),
        (
            .hardship,
            "Liebe Dana,\n\nder Saisonstart ist heuer eine Katastrophe: kein Naturschnee, die Lifte fahren erst ab 19.12. und bis dahin haben wir keine Einnahmen. Ich kann die Rechnung derzeit leider nicht zahlen. Können wir eine Ratenzahlung ausmachen?"
        ),
        (.alreadyPaid, "Buenos días:\n\nAdjuntamos el justificante de la transferencia realizada el 03/12/2026."),
        (
            .promise,
            "Oi Dana, tudo bem? O pagamento vai sair no dia 5/1, assim que fecharmos o caixa de dezembro.\n\nAbs,\nLuciana"
        ),
        (.promise, "i can pay it in 2 weeks if thats ok"),
        (
            .other,
            "Dana - thanks. For what it's worth, the gym bleacher repair passed the state life-safety inspection yesterday with no findings. I've sent the sign-off to our Business Office so they can close out the purchase order."
        ),
        (.optOut, "stop texting my personal cell, send district stuff to the office"),
        (
            .alreadyPaid,
            "Hola Dana, ya está pagado: el 1/12 hicimos la transferencia internacional desde nuestra cuenta en dólares. Número de operación: BNAR-261201-7781."
        ),
        (.other, "Bin am Berg, die Schneekanonen laufen. Meld mich am Abend"),
        (
            .other,
            "Dag Dana,\n\nVanaf januari werken wij met een nieuw boekhoudkantoor. Facturen en herinneringen dus graag naar facturen@bakkerijvanhoutte.example, niet meer naar mij persoonlijk."
        ),
        (
            .dispute,
            "Grüezi Frau Whitfield\n\nPosition 4 (Baustelleneinrichtung) ist doppelt verrechnet, sie war bereits in der Akontorechnung vom Oktober enthalten. Bitte korrigieren. Und noch eine Frage: Könnten Sie uns bis Ende Januar eine Offerte für die Erweiterung unseres Archivs machen?"
        ),
        (.promise, "Ik betaal tegen vrijdag, beloofd"),
        (
            .promise,
            "Buenos días, Dana:\n\nLe confirmamos que la factura se abonará mediante transferencia entre el 28 y el 30 de diciembre."
        ),
        (.promise, "ill zelle it on the 30th. what email do i send it to"),
        (.other, "sorry who is this"),
        (.alreadyPaid, "sent 400 last week, thats all i had. rest when the tree lot money comes in"),
        (.optOut, "che, no me manden más mensajes a este número que es personal. todo por mail"),
        (
            .promise,
            "Hi Dana, I'm so sorry this slipped through. I'm hoping to pay the balance on 12/23 when my paycheck comes in."
        ),
        (
            .dispute,
            "Bonjour Dana,\n\nJe suis pas d'accord avec la facture. Le contrat disait que le gypse était inclus dans le prix du sous-sol, pis là vous me le chargez en extra (1 850 $). J'ai le contrat signé devant moi.\n\nRéjean"
        ),
        (.optOut, "pago el viernes pero no me escriban más a este número porfa"),
        (
            .question,
            "Dana,\n\nOur accountant needs to depreciate the chapel handrails and the curb ramp on different schedules. Would you be able to split them into two invoices, or at least two lines with their own amounts?"
        ),
        (
            .other,
            "Salut Dana,\n\nMa blonde pis moi on reste chez ma mère pendant les travaux du sous-sol. Notre adresse postale à partir du 1er décembre : 212, rue des Érables, Lévis (Québec) G6V 3K2. Merci!\n\nRéjean"
        ),
        (.alreadyPaid, "pd"),
        (
            .promise,
            "Ms. Whitfield,\n\nPlease accept our apologies for the delay. Payment has been scheduled through our bank; the confirmation is below.\n\nRussell Kline"
        ),
        (.hardship, "La granizada de agosto nos arruinó media cosecha y este año vamos muy justos. ¿Podemos fraccionar el pago?"),
        (
            .question,
            "Dana,\n\nOur IT provider's filter flagged your e-mail as external and stripped the attachment. Could you send the invoice again as a PDF, or give me a portal link? Also, is the ventilation for the server closet (the exhaust fan) on this invoice or on the electrician's?\n\nBettina"
        ),
        (
            .dispute,
            "bonjour, la clôture de la cour est déjà croche à deux places, les enfants peuvent passer dessous. on ne paiera pas tant que ce n'est pas réparé"
        ),
        (
            .hardship,
            "Dana, two things. Our grant from the county arts council was cut in half this year, so money is very tight and I'd like to ask for a payment plan. And separately - could your crew build a stage extension for our spring musical? I'd need a quote for the board.\n\nOphelia"
        ),
        (.hardship, "offering was way down in november and then the boiler died. can we pay this in 2 parts"),
        (.dispute, "oi dana, o ar da sala 2 continua pingando em cima da maca. nao vou pagar ate arrumarem"),
        (.optOut, "will pay on the 22nd. no more texts please"),
        (
            .other,
            "Thank you, Dana. I've put this in the finance committee's folder. They meet the second Tuesday of the month, which is December 8 this time, and they approve every payment over $500."
        ),
        (
            .other,
            "Bonjour,\n\nJe vous confirme que votre courriel a bien été transmis à notre conseil d'administration. La prochaine réunion du CA aura lieu le mercredi 16 décembre.\n\nBonne journée!\nMarie-Ève"
        ),
        (
            .dispute,
            "Hi Dana,\n\nThe board reviewed the invoice last night and asked me to push back on the plant replacement line. Your proposal included a one-year guarantee on all plantings, and the nine arborvitae that died in August were replacements under that guarantee - they shouldn't be billed to the association. Please send a revised invoice without them."
        ),
        (
            .dispute,
            "Hola Dana, revisando la factura vemos que nos cobraron las tres oficinas del piso como \"remodelación completa\", pero en la oficina chica solo se pintó. Lo habíamos hablado con Mike. ¿Podés corregirla y mandarla de nuevo?"
        ),
        (
            .other,
            "Dana,\n\nBoat's hauled out for the winter and I'm down in Florida running a buddy's charters until March. Best way to reach me is this email, my cell doesn't get much service on the water down here."
        ),
        (
            .question,
            "Hi Dana,\n\nOur treasurer asked me to check two things before the committee meets. Is the church's sales-tax exemption certificate on file with you? And could the invoice show the fellowship hall and the ramp as separate lines? The ramp is being paid from a memorial gift, so we account for it separately.\n\nThanks so much,\nMarlene Oduya\nChurch Administrator"
        ),
        (.question, "can u email me a copy w the PO number on it? district wont pay it without one"),
        (
            .question,
            "Grüezi Frau Whitfield\n\nKönnten Sie uns die Rechnung bitte mit einem QR-Einzahlungsschein zustellen? Unsere Kreditorenbuchhaltung kann Rechnungen ohne QR-Code leider nicht automatisch verarbeiten. Zudem bräuchten wir Ihre UID-Nummer für unsere Stammdaten.\n\nFreundliche Grüsse\nBeat Stucki"
        ),
        (.promise, "Servus Dana,\n\nich überweis dir das in zwei Wochen, wenn die Weihnachtsgäste da sind."),
        (.promise, "vou pagar semana que vem, pode ficar tranquila"),
        (.promise, "je vous paye jeudi le 17 sans faute"),
        (.hardship, "Onze oven is kapot en de verzekering betaalt nog niet. Ik kan nu echt niks missen, sorry"),
        (.hardship, "Uns ist ein Grosskunde konkurs gegangen, wir müssen alle Zahlungen zurückstellen. Bitte um etwas Geduld"),
        (
            .dispute,
            "Dag Dana,\n\nOp de factuur staan 3 dagen voor het plaatsen van de nieuwe oven, maar jullie mannen zijn maar anderhalve dag geweest. Kunt ge dat eens nakijken en een nieuwe factuur sturen?\n\nGroetjes,\nGriet"
        ),
        (
            .dispute,
            "Hi Dana,\n\nI hate to bring this up at Christmas, but the new ceiling tiles in the fellowship hall are already sagging in two places near the kitchen, and one has a water stain. Our property chair thinks the grid wasn't leveled. Could someone come take a look before we pay the balance?\n\nMarlene"
        ),
        (
            .dispute,
            "Dana,\n\nThe district paid the base contract amount on 12/1 (warrant 27-121). The remaining $2,340 is for the added floor drain in the boys' locker room, which was never approved by change order, so the Business Office will not release it.\n\nLonnie Gustafson"
        ),
        (
            .other,
            "hey this is Vince at Rollins I got your message I'm under a car right now I'll have my wife look at it she does the books"
        ),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield\n\nWir haben Ihre Rechnung geprüft. Gemäss Werkvertrag vom 3. September war ein Pauschalpreis vereinbart. Die nachträglich verrechneten Regiestunden (Pos. 7, 22 h) wurden von uns nie visiert und werden nicht anerkannt. Bitte stellen Sie uns eine korrigierte Rechnung zu."
        ),
        (
            .hardship,
            "Dana,\n\nOur largest client filed for bankruptcy last month and owes us nearly four months of fees. The partners have asked me to stretch all vendor payments for now. Would you agree to a 90-day extension on this invoice?"
        ),
        (.alreadyPaid, "paid half on the 1st, other half goes out the 15th"),
        (.alreadyPaid, "Dana its Marco I pay you yesterday with Zelle to the billing email please check"),
        (.promise, "Zahl ich Anfang Jänner, wenn die ersten Kursgelder da sind. Spätestens am 8."),
        (
            .optOut,
            "This was paid on November 30 - I sent you the AppFolio reference last week. Please stop the automated reminders to the association's inbox; they get forwarded to all seven board members.\n\nCheryl"
        ),
        (.hardship, "truck's engine blew on the 3rd, been off the road 2 wks. no catering no money. im sorry"),
        (.question, "c tu la facture pour la salle de bain ou pour le sous-sol?"),
        (
            .promise,
            "Insurance money from the hail jobs lands mid-month. You should have your check by the 15th, worst case the 18th."
        ),
        (
            .hardship,
            "Bonjour Dana,\n\nLes subventions du ministère pour novembre n'ont pas encore été versées et nous devons payer les éducatrices en priorité. Est-ce qu'on pourrait étaler le paiement sur trois mois?"
        ),
        (
            .promise,
            "Dana - A Christmas Carol closes on the 20th and the box office deposit goes in the following Monday. I'll send your payment the next day."
        ),
        (
            .question,
            "Dana, do you ever offer a discount or an in-kind arrangement for nonprofits? Several of our vendors take a full-page program ad and a pair of season tickets in exchange for part of their bill. Happy to talk about it if that's something Harbor & Pine does.\n\nOphelia Marchbanks\nManaging Director"
        ),
        (
            .question,
            "Buenos días:\n\n¿Sería posible recibir la factura en formato Facturae? Nuestro programa de contabilidad no admite PDF escaneados."
        ),
        (
            .question,
            "Dag Dana,\n\nMag ik vragen of de factuur met of zonder btw is opgemaakt? Wij zijn een Belgische onderneming, dus normaal is de btw verlegd."
        ),
        (
            .question,
            "hi Dana this is Arlo from Kettle Creek can you tell me if the amount includes the second barn door or was that separate thanks"
        ),
        (
            .other,
            "Hola Dana, ¿cómo andás?\n\nTe aviso que cambiamos de contador: desde diciembre las facturas las maneja Estudio Ferreyra. Te paso el mail: pagos@estudioferreyra.example. Ya le reenvié tu recordatorio.\n\nAbrazo,\nFacundo"
        ),
        (
            .optOut,
            "Sehr geehrte Damen und Herren\n\nWir bitten Sie, uns künftig keine automatisierten Zahlungserinnerungen per E-Mail mehr zuzustellen. Mahnungen nehmen wir ausschliesslich auf dem Postweg entgegen."
        ),
        (
            .alreadyPaid,
            "Boa tarde,\n\nA fatura foi paga a 4 de dezembro. Aproveitamos para perguntar se fazem também a impermeabilização de coberturas industriais; temos um armazém em Coruche com infiltrações.\n\nCumprimentos,\nMargarida Pimentel"
        ),
        (.promise, "Hallo Dana,\n\nExcuus, door de winterstop lag de post hier stil. Ik maak het bedrag uiterlijk 23-12 over."),
        (
            .question,
            "Dana,\n\nFor the Board of Education's bills list I need your vendor number in our Skyward system and a certificate of insurance naming the district as additional insured. Do you have a current COI you can send over?\n\nLonnie Gustafson"
        ),
        (
            .dispute,
            "Exma. Senhora,\n\nVerificámos que a fatura inclui a substituição de 12 janelas no armazém, quando apenas foram substituídas 8. Solicitamos a emissão de uma nota de crédito pela diferença."
        ),
        (
            .other,
            "Grüezi Frau Whitfield\n\nBesten Dank für Ihre Nachricht. Herr Stucki ist bis am 11. Dezember auf einer Baustellenbegehung in Zermatt. Ich lege ihm Ihr Schreiben auf den Tisch."
        ),
        (
            .dispute,
            "Dana,\n\nThe invoice bills 14 hours for \"low-voltage cabling - server room.\" That work was done by Keystone, our IT provider, and they have already billed us for it. Your crew ran the conduit only, which was in the fixed-price scope. Please remove the line and reissue."
        ),
        (
            .hardship,
            "Hoi Dana,\n\nHet is krap nu de camping dicht is, maar op 15 januari kan ik de helft overmaken. De rest zodra de eerste boekingen binnen zijn."
        ),
        (
            .question,
            "Hi Dana,\n\nA homeowner in building C asked whether the new retaining wall along the pond carries any warranty against frost heave. Also, did this invoice include the erosion blanket on the slope, or will that be billed in the spring?"
        ),
        (
            .dispute,
            "Ms. Whitfield,\n\nI am writing regarding the curb ramp at our east entrance. Its slope, as measured by our architect, is 1:10, which does not comply with the 1:12 maximum we specified. We cannot accept the work in its present condition and will not remit payment for that portion until it is corrected.\n\nSincerely,\nRussell Kline\nFuneral Director"
        ),
        (
            .promise,
            "Sehr geehrte Frau Whitfield\n\nDie Rechnung ist visiert und wird mit unserem Zahlungslauf vom 21.12. beglichen."
        ),
        (.promise, "paying it first thing tommorow from the shop acct"),
        (
            .optOut,
            "Buenos días:\n\nLes rogamos que den de baja esta dirección de sus envíos automáticos. Es el correo de reservas de visitas a la bodega."
        ),
        (.other, "oi, aqui é da clínica, a dra luciana tá em atendimento o dia todo, amanhã ela vê isso"),
        (.alreadyPaid, "ja paguei ontem pelo wise, mandei o comprovante no email da dana"),
        (
            .question,
            "Bonjour Dana,\n\nEst-ce que vous pourriez refaire la facture au nom de « Garderie Les Lucioles inc. »? Le ministère exige le nom exact de l'entreprise sur nos pièces justificatives. Aussi, est-ce que les taxes (TPS et TVQ) sont incluses dans le montant?"
        ),
        (.alreadyPaid, "sent thru ur payment link last nite, conf 4471-KQ"),
        (
            .hardship,
            "Hallo Dana,\n\nIn de winter komt hier geen geld binnen; de eerste boekingen van 2027 worden pas in maart betaald. Ik kan de factuur nu niet in één keer betalen. Kunnen we het in vier termijnen doen?"
        ),
        (
            .alreadyPaid,
            "Hola Dana, el pago salió el 3/12 por transferencia. Aprovecho para consultarte: ¿ustedes hacen también instalaciones de red para oficinas? Estamos por sumar un piso."
        ),
        (
            .hardship,
            "A oficina esteve parada um mês por causa das obras da câmara na rua. Não consigo pagar tudo agora, posso pagar em prestações?"
        ),
        (
            .question,
            "Do you folks bill net 30 or net 10? I'm doing my year-end and the old paperwork says one thing and this one says another. I'll also need your tax ID for the 1099."
        ),
        (.other, "Buenas, este era el celular de mi papá, don Efraín. Él falleció el mes pasado."),
        (.promise, "Payment will go out Thursday 🙏 Quick q: should I put the invoice number in the memo, or our studio name?"),
        (
            .hardship,
            "Dear Dana,\n\nI am sorry I have not written back sooner. My sister Dorothy passed away on the 20th, down in Peoria. She was 91 and she went peacefully in her sleep, which is what we all want I suppose. I was the one who had to arrange everything because her boys are out in Arizona, and the funeral home and the flowers and the luncheon after took nearly all my savings. I just don't have the money for your bill right now and I didn't want you to think I was ignoring you. I hope you can be patient with an old woman."
        ),
        (
            .promise,
            "Dear Dana,\n\nI will transfer the full amount on Monday the 21st, once the court interpreting fees for November have landed."
        ),
        (
            .promise,
            "We'll put a check in the mail by Christmas. June says to tell you it's the one with the cardinals on it, so you'll know it's from us.\n\nHarlan"
        ),
        (
            .dispute,
            "I'll pay everything but the gutter guards on Friday. Those guards were supposed to be the leaf-proof kind and what went up is the cheap mesh."
        ),
        (
            .hardship,
            "Dana,\n\nI'm in the middle of a divorce and our joint accounts are frozen by the court until the settlement conference on January 19. I can't pay anything until then. I'm sorry - this isn't how I wanted to handle it.\n\nGail"
        ),
        (
            .alreadyPaid,
            "Dear Dana,\n\nYour reminder came this morning and I was surprised, because I paid this bill already. I wrote out the check on the Monday after Thanksgiving, number 1147 from my First Prairie account, and because of my hip I asked the Nowak boy next door to drop it at the post office for me on his way to school. He is a good boy, he shovels my walk for ten dollars and does a better job than the city.\n\nRoger says the mail is slow this time of year with all the Christmas cards. I have the carbon copy in my checkbook if you need the number again."
        ),
        (.optOut, "ya basta con los mensajes. no me escriban mas"),
        (.question, "wait is this the one for the studio backdrop wall or the darkroom? 🤔"),
        (
            .dispute,
            "Madame,\n\nJe me permets de contester votre facture : le devis mentionnait huitante heures de travail, la facture en compte nonante-deux. Je n'ai reçu aucune explication pour ces douze heures supplémentaires et je vous saurais gré de la corriger.\n\nMeilleures salutations,\nPascal Jaquet"
        ),
        (
            .other,
            "Bonjour Madame,\n\nNous avons déménagé chez notre fille à Jambes le mois passé. Notre nouvelle adresse est rue de Dave 143, 5100 Jambes. Le numéro de téléphone reste le même."
        ),
        (
            .dispute,
            "The bathroom fan still makes that rattling noise. I'd rather not pay the full amount until someone looks at it"
        ),
        (
            .other,
            "Hoi Dana,\n\nIk zit tot half januari in Zeeland voor werk en kom pas na de feestdagen weer op de boot. De post ligt bij de buurvrouw op de Prinsengracht, ik kijk er dan naar."
        ),
        (
            .question,
            "Dana, quick one - does this invoice include the floor drain in the honey house, or is that going on a separate bill when Mike finishes it in the spring? I keep the honey house on its own books for the ag exemption.\n\nAmos"
        ),
        (
            .question,
            "Bonjour Madame,\n\nUne question : l'établi que vos ouvriers ont posé dans l'atelier, il est compris dans cette facture ou il fera l'objet d'une facture à part ? Je préfère savoir avant de passer à la banque."
        ),
        (
            .question,
            "Hi Dana,\n\nCould you send me an itemized copy of this? My daughter's lease says the landlord covers structural repairs, and I'd like to see whether the porch beam is listed on its own before I bring it up with him."
        ),
        (.other, "Je suis au salon de l'horlogerie à Genève jusqu'à jeudi, je regarde tout ça en rentrant."),
        (.optOut, "PAID IT ALREADY. STOP TEXTING"),
        (.question, "Is dit voor de steiger of voor het dakraam? Weet het even niet meer"),
        (
            .alreadyPaid,
            "Paid! I handed the cash to Mike when he came to pick up his pie order on Saturday - $725 in an envelope, and he counted it right there at my kitchen table.\n\nNoreen"
        ),
        (
            .hardship,
            "a enchente fechou o consultório duas semanas, tô apertada. consigo pagar metade dia 20 e o resto em janeiro"
        ),
        (.other, "ok 👍 ill tell my dad when he gets back from hunting"),
        (
            .other,
            "Hi Dana,\n\nkurzes Update von unserer Seite: wir switchen gerade unser Accounting-Tool (bye bye Excel 🙈), deshalb hängen ein paar Invoices im Backlog. Ab 1.1. bitte alle Rechnungen an invoices@kiezkraft.example schicken, nicht mehr an mich direkt."
        ),
        (.other, "Sorry, ik denk dat u de verkeerde heeft. Ik heb de boot in oktober verkocht aan een jong stel, Bas en Floor."),
        (
            .promise,
            "I'm paid on the 18th but I'm on nights through Friday. I'll pay it Saturday morning when I get off my last shift.\n\nRochelle"
        ),
        (.hardship, "Je suis au chômage depuis octobre, je n'ai pas de quoi payer pour le moment. Désolée"),
        (
            .promise,
            "Hello again Dana,\n\nI talked to Roger on the phone last night and he said I should just write to you myself, so here I am. My Social Security comes on the 3rd and the railroad pension from Walter comes on the 1st. I will mail you a check on the 1st when my pension comes, Roger says that is the easiest way for me to keep track.\n\nWe are having the church bazaar on Saturday and I made 9 dozen of my lemon bars, so if you are ever out this way stop in.\n\nMillie"
        ),
        (
            .other,
            "Hi Dana,\n\nIt's recital season - 34 students, two recitals on the 12th and 13th, and I haven't opened the mail pile since Thanksgiving. It's all in a basket by the piano. I'll go through it next week once the last little Mozart has taken her bow."
        ),
        (.dispute, "we were supposed to get 10% off for the referral tho?? my dad said mike said that"),
        (
            .promise,
            "Hola Dana!\n\nTe cuento que pagamos a fin de mes, cuando nos liquidan las reservas de diciembre.\n\nSaludos desde Puerto Natales,\nFrancisca"
        ),
        (
            .alreadyPaid,
            "Hoi Dana,\n\nOp 1 december heb ik 500 euro overgemaakt, meer zat er niet in. Sinds mijn ontslag bij de gemeente leef ik van een uitkering."
        ),
        (
            .other,
            "Emma honey - is this the bill for the stair railing at your apartment? Did the landlord say we pay it or he does? Call me after your chem final. Love, Mom"
        ),
        (
            .dispute,
            "Geachte mevrouw Whitfield,\n\nOp de factuur staan twee monteurs gedurende vijf dagen, terwijl volgens de toegangsregistratie van de terminal op drie van die dagen slechts één monteur aanwezig was. Wij verzoeken u de factuur te crediteren en opnieuw in te dienen."
        ),
        (.hardship, "Door de staking in de haven hebben we al drie weken geen inkomsten. Kan het in termijnen?"),
        (
            .hardship,
            "Dear Dana,\n\nTwo of my largest clients have been slow to pay, and I am currently owed more than $11,000 myself. I'm embarrassed to ask, but could we split this into two or three instalments?\n\nKatya"
        ),
        (
            .promise,
            "Hi Dana,\n\nSo sorry for the delay. I'll drop a check by your office on Wednesday after my morning students.\n\nCordelia"
        ),
        (
            .dispute,
            "Hi Dana,\n\nI wonder if there's been a mix-up? The invoice includes \"soundproofing - 2 walls,\" but we agreed on only the wall I share with my neighbour, and Mike said he'd hold off on the second until spring. Could you take that line off?"
        ),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI sent half ($620) on the 1st through your online portal. The other half goes out on the 18th, when my daughter's housing refund arrives.\n\nGail"
        ),
        (
            .question,
            "Hello Dana,\n\nIn the bill is written \"GFCI outlet\". What is this GFCI? It is different from normal outlet? My son ask me and I don't know what to tell him."
        ),
        (
            .alreadyPaid,
            "Dana, I'm mortified - I paid this on December 2nd with my Visa through your website, and I have the receipt e-mail right here (transaction 5G7-22018). Did something go wrong on your end?\n\nCordelia"
        ),
        (
            .hardship,
            "Dear Dana,\n\nI am sorry. My wife is in hospital since two weeks and I close the shop many days. Now I don't have money for the full bill. Can I pay in 3 parts?"
        ),
        (.optOut, "Please don't text me, I work nights and your messages wake me up. Email only please."),
        (.optOut, "Graag geen sms'jes meer naar dit nummer. Het is mijn zakelijke telefoon en klanten lezen mee."),
        (
            .alreadyPaid,
            "Sehr geehrte Frau Whitfield,\n\ndie Rechnung haben wir schon am 30. November bezahlt, per Überweisung von unserem Konto bei der Raiffeisenbank. Bitte schauen Sie nochmal nach."
        ),
        (.other, "got it, thanks dana! merry christmas to you and the crew 🎄"),
        (.promise, "le consigno la otra semana sin falta"),
        (.promise, "Ill pay it fry day when I get back to the yard in Joliet"),
        (.promise, "Bonjour Madame,\n\nNous réglerons la facture dans quinze jours, quand mon mari aura touché sa pension."),
        (
            .dispute,
            "Cara Dana,\n\nPaguei no dia 3 a parte da canalização. A parte da pintura não pago: as paredes da oficina ficaram todas manchadas.\n\nConceição"
        ),
        (.promise, "I'm off Tues & Wed this coming week, will do it Tues when I'm awake 😴"),
        (.alreadyPaid, "Payé par e-banking le 4 décembre, référence 2026-1204-JR. Meilleures salutations"),
        (
            .other,
            "Boa tarde, Dana.\n\nObrigada pela mensagem e aproveito para lhe desejar um Santo Natal. Quem trata das faturas é o meu sobrinho Rui, que está de férias até dia 4; quando regressar, ele vê isso."
        ),
        (
            .other,
            "Grüß Gott Frau Whitfield,\n\nmein Mann hat mir Ihre Mail weitergegeben, ich mach bei uns die Büroarbeit. Ich komm aber erst nach Dreikönig wieder dazu, vorher ist bei uns Hochbetrieb mit Weihnachten und Silvester.\n\nFreundliche Grüße\nBurgi Stiglmair"
        ),
        (.hardship, "Mei, uns is d'Kühlung ausgfalln, a ganze Ladung Fleisch is hi. I ko grad ned zahln."),
        (.hardship, "me quedé sin trabajo en noviembre, no tengo para pagar. puedo darle 50 dólares al mes?"),
        (.question, "Boa tarde, pode enviar-me o IBAN outra vez? Perdi o email anterior."),
        (
            .dispute,
            "Dana,\n\nYou billed us for 14 sheets of 3/4 ply on the loading dock job. Your guys bought that plywood off my own shelf - it's on their account here, I've got the ticket. You can't charge me for my own lumber."
        ),
        (.promise, "Payment geht Anfang nächster Woche raus, sorry for the delay!"),
        (
            .other,
            "This is June typing. Harlan is at the VFW fish fry and he keeps the checkbook, so I'll leave your note by his coffee cup and he'll call you in the morning. Just so you know, we leave for our daughter's in Tucson on the 15th and won't be back until the middle of January, so the phone is better than e-mail after that."
        ),
        (
            .hardship,
            "Hoi Dana,\n\nWe zitten midden in een scheiding en de boot moet verkocht worden. Tot die verkoop rond is kan ik niets betalen, daarna wordt alles in één keer voldaan."
        ),
        (
            .question,
            "Dear Dana,\n\nCould you confirm whether the amount includes Illinois sales tax? As I read the invoice, the materials line is taxed and the labor is not, which I believe is correct, but my accountant has asked me to double-check before filing."
        ),
        (
            .hardship,
            "Dana,\n\nEstou afastada do consultório desde novembro por causa de uma cirurgia na mão e ainda não sei quando volto a atender. Estou sem renda. Podemos conversar sobre um parcelamento?\n\nJuliana"
        ),
        (
            .dispute,
            "Madame,\n\nLa facture mentionne le remplacement de quatre châssis, alors que seuls trois ont été remplacés dans la salle des signatures. Par ailleurs, pourriez-vous nous faire parvenir votre attestation d'assurance RC professionnelle pour nos dossiers ?\n\nBien à vous,\nFrançoise Delvaux"
        ),
        (
            .other,
            "Madame,\n\nMaître Lambotte est en congé jusqu'au 4 janvier. Je ne manquerai pas de lui transmettre votre rappel à son retour et de revenir vers vous endéans la semaine. Pour information, l'étude sera fermée du 24 décembre au 3 janvier inclus."
        ),
        (.question, "is this for the gutter thing at my grandmas or the garage? my mom wants to know"),
        (
            .hardship,
            "Buenas tardes, Dana.\n\nLe soy sincero: la cosecha se retrasó por las lluvias y el contenedor de diciembre llega en febrero. Hasta que no vendamos ese café no tenemos flujo de caja. ¿Podemos hacer un acuerdo de pago?"
        ),
        (
            .hardship,
            "Dana,\n\nLa temporada partió floja por los incendios en el parque y tuvimos muchas cancelaciones. Te puedo pagar la mitad el 15 de enero y el resto en febrero."
        ),
        (
            .promise,
            "Dear Dana,\n\nI will pay 12/22, Tuesday, after my customers pick up the Christmas suits. Sorry for delay.\n\nArmen"
        ),
        (
            .hardship,
            "Dear Dana,\n\nThe eye doctor says the cataract surgery went well and I can read the newspaper again without the magnifier, which is a blessing, but then the bill came for the drops and the follow-up visits and my supplement plan didn't cover half of it. So I am a little short this month. I can send $100 on the 3rd when my Social Security comes in, and the rest a little at a time after that, if that is acceptable.\n\nMy grandson Brandon is coming home from the Navy for Christmas, first time in two years."
        ),
        (
            .dispute,
            "oi, cobraram a instalação do ar condicionado mas fomos nós que compramos e instalamos, vocês só fizeram o furo na parede. não vou pagar isso"
        ),
        (.hardship, "se me murió mi papá la semana pasada y estoy en santiago viendo todo. no puedo pagar ahora, disculpa"),
        (.promise, "Grüß Gott Frau Whitfield,\n\nmein Mann sagt, das Geld überweisen wir gleich im neuen Jahr."),
        (.dispute, "Bonjour, la toiture de la véranda goutte toujours quand il drache. Je ne paierai pas avant réparation."),
        (
            .promise,
            "Hi Dana - I'll pay it at the end of the month when my year-end bonus comes through. Sorry it's late; between Thanksgiving travel and finals week it slipped my mind."
        ),
        (
            .other,
            "Hi!! I'm in Tulum for a destination wedding until the 6th (two shoot days plus travel), editing at night in between. Just wanted you to know I saw this and I'm not ignoring you. Talk soon xx"
        ),
        (
            .promise,
            "Geachte mevrouw Whitfield,\n\nUw factuur is goedgekeurd en wordt meegenomen in de betaalrun van donderdag 17 december."
        ),
        (
            .promise,
            "Geachte mevrouw Whitfield,\n\nDe betaling staat gepland voor vrijdag 18 december. Kunt u bevestigen dat het rekeningnummer op de factuur nog klopt? Wij hebben twee nummers van u in ons systeem."
        ),
        (.promise, "between the 10th and 15th, depends when my grant deposit hits"),
        (.optOut, "I zahl des am Freitag. Und hört's auf mit dene E-Mails jeden zweiten Tag, i bin ned taub."),
        (
            .question,
            "Geachte mevrouw Whitfield,\n\nKunt u de factuur opnieuw sturen met ons PO-nummer (4500-2231) erop? Zonder PO-nummer kan ons systeem hem niet matchen. Dit is geen fout van uw kant, het nummer is pas na de opdracht aangemaakt."
        ),
        (
            .alreadyPaid,
            "Sehr geehrte Frau Whitfield,\n\ndie Rechnung ist am 2.12. überwiesen worden. Eine Frage hätte ich noch: Machen Sie auch Fliesenarbeiten? Unser Kühlraum bräuchte neue Fliesen.\n\nBurgi Stiglmair"
        ),
        (.promise, "Dana, pago sexta sem falta, ok? 🙏"),
        (
            .question,
            "Buenas tardes, Dana.\n\nUna consulta: ¿la factura incluye la estantería de la bodega de Cicero o eso se factura aparte? Le pregunto porque el contador necesita separar lo de la bodega de lo de la oficina."
        ),
        (
            .optOut,
            "I told Mike on the phone the dock lights were never part of the deal and I'm not paying for them. And I don't want any more of these computer e-mails. Have him stop by the store like a normal person.\n\nVern"
        ),
        (.alreadyPaid, "Já está pago desde dia 30, por transferência. Cumprimentos"),
        (
            .optOut,
            "We got three of these in one week. We are 81 and 79 years old and we do not need to be hounded by a computer. Take us off this list.\n\nHarlan Tesdahl"
        ),
        (.hardship, "sorry our truck got repoed and we cant plow without it. can my parents pay u in january"),
        (
            .dispute,
            "The honey house floor is already cracking along the drain and it's maybe six weeks old. I'm not paying the concrete line till somebody comes out and looks at it. The rest of the bill's fine."
        ),
        (.question, "Griaß Eana, is des de Rechnung fürs Kühlhaus oder für'n Laden? Mia ham zwoa kriagt."),
        (
            .optOut,
            "Por favor, parem de mandar esses lembretes para o e-mail do consultório. Meus pacientes e a recepção têm acesso a esta caixa.\n\nJuliana"
        ),
        (.other, "new number for cookie orders is 708-555-0339, this one is my personal cell. invoice stuff can go to my email"),
        (.promise, "first week of jan is when our new year memberships come in, ill pay then 🙏"),
        (.alreadyPaid, "Hoi Dana,\n\nZie hieronder de bevestiging van de bank, de betaling is op 3/12 de deur uit."),
        (.optOut, "This phone is for my rideshare passengers only. No more billing message here please"),
        (
            .dispute,
            "Hola Dana,\n\nRevisando la factura veo que nos cobraron el flete de los paneles dos veces: una en la factura de octubre y otra vez acá. ¿Lo pueden revisar y corregir?"
        ),
        (
            .optOut,
            "Por favor, dejen de mandar recordatorios a este correo; es el de reservas y lo ven todos los guías. Cualquier cosa de facturación, por teléfono.\n\nFrancisca"
        ),
        (
            .dispute,
            "Hi Dana,\n\nI paid everything except the piano-moving line on December 4 (check 3301). That line I won't pay: your crew refused to move the piano, and I had to hire piano movers myself.\n\nCordelia"
        ),
        (.dispute, "Des Kühlhaus-Tor schliaßt ned gscheid, do ziagt's wia Hechtsuppn. So zahl i des ned."),
        (
            .optOut,
            "Madame,\n\nNous vous saurions gré de ne plus adresser de rappels automatiques à l'étude. Toute correspondance relative à ce dossier doit désormais nous parvenir par courrier recommandé."
        ),
        (.hardship, "lost my load and got no check this week I can do 200 on the 21st and rest in Jan"),
        (
            .hardship,
            "Hi Dana,\n\nehrlich gesagt: unsere Series-A-Runde hat sich auf Q1 verschoben und wir sind gerade im Cash-Preservation-Mode. Wir können die Rechnung erst zahlen, wenn das Funding da ist. Geht eine Ratenzahlung?"
        ),
        (.optOut, "STOP TEXTING ME ABOUT THIS. I WILL DEAL WITH IT WHEN I DEAL WITH IT."),
        (
            .other,
            "Dana,\n\nHeads up that the store changes hands January 1st. My nephew Curtis is taking over and I'm finally retiring after 41 years behind the counter. Anything dated 2027 should go to him at curtis@halloranhardware.example. Anything on the old account I'll still see through the end of the year."
        ),
        (
            .alreadyPaid,
            "Buenos días, Dana.\n\nLe reenvío el soporte del pago que hicimos el jueves pasado. Quedo atento a cualquier inquietud.\n\nMauricio"
        ),
        (
            .other,
            "Buenas tardes, Dana.\n\nLe cuento que estoy en el Huila visitando fincas hasta el 12; a mi regreso reviso el tema con contabilidad. Quedo atento."
        ),
        (
            .hardship,
            "I've been out on medical leave since my surgery and short-term disability only pays 60%. Can we do a payment plan?"
        ),
        (
            .dispute,
            "Hi Dana,\n\nMy daughter tells me the crew left the back door of her apartment unlocked overnight on November 18, and her bike was stolen off the porch. I'd like the cost of the bike taken off this bill - it was a $600 bike and she needs it to get to class.\n\nGail"
        ),
        (.hardship, "On traverse une mauvaise passe, mon mari est malade. Je peux verser 200€ le 18 et le reste en janvier"),
        (.question, "Hello please what is the amount again. I delete the email by mistake"),
        (.optOut, "please take this number off your list this is my work phone and Im driving a truck I cant have it going off"),
        (
            .other,
            "Hello Dana, good day. I want to inform you that I have change my phone number to (872) 555-0398 because my phone was stolen at the gas station. Please use this one from now. God bless."
        ),
        (
            .other,
            "Thank you for the message. My daughter Ani read it for me because my English reading is not so good. She will come to the shop Saturday and she will explain me everything."
        ),
        (.dispute, "Zahlen den Betrag minus die doppelt berechneten Paneele am 17.12. 👍"),
        (.question, "C'est combien déjà en francs suisses ? Ma banque me demande le montant exact en CHF pour le versement"),
        (.alreadyPaid, "I already pay with zelle on saturday, confirmation 4KX92L"),
        (.promise, "Next payday, Dana! That's the 18th for my husband's work, and I'll send it that evening.\n\nNoreen"),
        (
            .hardship,
            "Hi Dana,\n\nThe hospital closed my night unit as of December 1, so I'm out of work until my new position starts in February. I can't pay the invoice right now. Is a payment plan possible?"
        ),
        (
            .optOut,
            "I have asked twice now for these to come to me and not to my 19-year-old. Stop e-mailing her. If I see one more of these in her inbox I will be filing a complaint.\n\nGail Oberholtzer"
        ),
        (.optOut, "no me manden mas mensajes a este numero. a que correo les escribo?"),
        (.promise, "I pay tomorrow morning. Which name I put for zelle?"),
        (
            .hardship,
            "Madame,\n\nLes affaires sont très calmes depuis la rentrée, les clients ne font plus réviser leurs montres. Je ne peux pas régler la totalité maintenant. Serait-il possible d'échelonner sur trois mois ?\n\nMeilleures salutations,\nPascal Jaquet"
        ),
        (.promise, "Maak het over twee weken over, dan heb ik mijn eindejaarsuitkering binnen."),
        (.alreadyPaid, "June showed me how to send this along. The bank says it went out.\n\nHarlan"),
        (
            .other,
            "Dear Dana,\n\nThank you for your letter, or e-mail I should say, my grandson Brandon set up this tablet for me at Thanksgiving and I am still getting the hang of it so forgive me if this comes out strange. We had 14 people for Thanksgiving this year, the most since Walter passed, and my daughter-in-law brought a green bean casserole that nobody touched, but don't tell her I said so. The new railing on the front steps was a blessing with all those people going in and out, and little Ava held onto it the whole way down, so please tell Mike thank you again.\n\nAbout the bill, my son Roger takes care of my checkbook since my cataract surgery and he is coming on the 19th for the weekend. I have printed your e-mail and put it on the refrigerator under the Wisconsin Dells magnet so he will see it first thing."
        ),
        (
            .hardship,
            "my truck blew a turbo outside of Tulsa and the repair is 9000 dollars I can't pay nobody right now till I'm rolling again"
        ),
        (
            .optOut,
            "I lost my job and I'm behind on everything. I know I owe you. But I can't take getting these texts and e-mails every few days - please stop contacting me, and I'll reach out when I'm working again.\n\nRochelle"
        ),
        (
            .dispute,
            "Cara Dana,\n\nA fatura inclui a reparação do forno de cozedura, mas esse trabalho foi feito pelo nosso técnico, não pela vossa equipa. Peço que retirem essa linha.\n\nCumprimentos,\nConceição Amaral"
        ),
        (
            .dispute,
            "hey Dana - the invoice has the darkroom sink as a \"new install\" at $480 but Mike reused my old sink, he just moved it over two feet. I was standing right there. can you fix that line?"
        ),
        (.optOut, "Keine Erinnerungen mehr per SMS bitte. Das nervt."),
        (.alreadyPaid, "mailed the check this morning, sent mike a pic of it so u have the number 📸"),
        (.promise, "I will pay you when I get my weekly payout on Monday. Sorry for late"),
        (
            .dispute,
            "Hi Dana,\n\nsorry to be that person 🙈 aber die Akustikpaneele im Meetingraum waren doch im Angebot als \"inklusive\" drin, oder? Auf der Rechnung stehen sie nochmal extra mit 1.400 $. Können wir die bitte rausnehmen?"
        ),
        (.hardship, "Sorry Dana my car is in the shop 2 weeks, I cannot drive and no money. Can I pay little by little?"),
        (.promise, "vou pagar depois das festas, prometo"),
        (
            .question,
            "June says I should ask you whether the senior discount Mike mentioned at the start of the job is on here. I couldn't tell from the bill. And can we make the check out to Harbor & Pine, or does it need the whole name?\n\nHarlan"
        ),
        (
            .hardship,
            "The furnace went out on Thanksgiving Day and the new one cost us $6,800, which was most of what we had put aside for the winter. We're on a fixed income. Could we pay you a little each month?"
        ),
        (
            .promise,
            "Estimada Dana:\n\nEl pago quedó programado para el 22/12 (martes). Cualquier inquietud, a la orden.\n\nMauricio Londoño"
        ),
        (
            .hardship,
            "Dana,\n\nThe big-box store opened out on Route 47 in October and our sales are down by a third. I'm paying vendors in the order I can. Can you carry this into the new year?"
        ),
        (
            .dispute,
            "I never asked for no second coat of paint on the shop door your guy did that on his own I ain't paying for it period"
        ),
        (
            .promise,
            "After the holidays, Dana. Store's a zoo till then and I do my books in January. You'll get your check.\n\nVern"
        ),
        (
            .question,
            "Hi Dana! 🙏\n\nCould you send the invoice as a PDF? Our bookkeeper says she can't open the link. And is there a way to add our studio's EIN to it?\n\nNamaste,\nLeilani"
        ),
        (
            .question,
            "Madame,\n\nPourriez-vous nous préciser si le montant est soumis à la TVA belge ou s'il s'agit d'une prestation en autoliquidation ? Notre comptable nous le demande avant d'encoder la facture."
        ),
        (.alreadyPaid, "Paid online at like 3am on my break lol. Conf# HP-88301"),
        (.optOut, "uh this is my personal phone not the business. can u not text me here"),
        (.other, "Just got off a 12 and I'm sleeping till 3. Will read the invoice properly when I'm human again"),
        (.hardship, "two couples postponed to 2027 and i refunded their deposits, cash is super tight. can u give me till feb?"),
        (
            .other,
            "Griaß Eana, do is da Alois. I hob grad an Haufen Kundschaft weg'n de Weihnachtsbratl, i schau's ma auf d'Nacht o."
        ),
        (.other, "This is Leonard's wife. Leonard passed away on December 3rd."),
        (.question, "cuanto es lo que falta? yo pensé que con el abono de octubre quedaba casi todo pagado"),
        (
            .alreadyPaid,
            "Harlan asked me to write because he doesn't do the e-mail. He says he paid this at your office on the 1st, in person, with a check, and the young lady at the front gave him a receipt. He has it in his shirt pocket if you need it.\n\nJune"
        ),
        (.dispute, "Het dakraam lekt nog steeds bij harde wind. Eerst fixen, dan betalen."),
        (.dispute, "oiga, esa pintura de la bodega ya se está pelando y apenas lleva un mes. así no le pago"),
        (
            .alreadyPaid,
            "Madame,\n\nJ'ai versé un acompte de 500 dollars le 4 décembre ; le solde suivra le 22.\n\nMeilleures salutations,\nPascal Jaquet"
        ),
        (.question, "Do you take Apple Pay? Or only card over the phone"),
        (
            .alreadyPaid,
            "Bonjour Madame,\n\nVoici la preuve de paiement de notre banque. Le virement a été effectué le 2 décembre."
        ),
        (.dispute, "Why you charge me 4 hours? The man was here only 2 hours I was home all the day"),
        (.promise, "farmers market money gets deposited the 15th. pay you the 15th or 18th at the latest"),
        (
            .dispute,
            "Hi Dana - hoping we can sort this out gently 🙏 The estimate for the floor refinishing was $4,200 and the invoice is $7,250.00. I don't remember approving any extra work. Could you send the signed change order, if there is one?"
        ),
        (
            .question,
            "Oi Dana, tudo bem?\n\nUma dúvida: esse valor já inclui a instalação da cadeira odontológica nova ou só a parte elétrica? Meu contador precisa separar pra declaração."
        ),
        (.alreadyPaid, "my mom paid this on venmo last night she said"),
        (
            .alreadyPaid,
            "Dear Dana,\n\nPayment was made by wire on 3 December (reference KI-2026-117). If your bank needs the SWIFT confirmation, I can request it from mine."
        ),
        (.alreadyPaid, "ya pagué po, le hice la transferencia el viernes 4, le mando el comprobante si quiere"),
        (.other, "Oi, aqui é da recepção da Dra. Juliana. Ela está atendendo agora, passo o recado pra ela no fim do dia 😊"),
        (
            .other,
            "Dear Dana,\n\nApologies for the silence: I am translating a 300-page arbitration file against a deadline on the 18th. My accountant, Mr. Dobrev, handles my payables; I have forwarded your message to him at dobrev.cpa@ledgerline.example and asked him to contact you directly."
        ),
        (
            .question,
            "whats the routing number for the wire im in Amarillo and my wife says the bank needs it to send the money question mark"
        ),
        (
            .alreadyPaid,
            "Oi Dana!\n\nJá foi pago, fiz a transferência internacional pelo banco no dia 2/12. Segue o comprovante em anexo.\n\nAbraço,\nJuliana"
        ),
        (
            .other,
            "Thank you for the reminder, and for the lovely handwritten note Dana tucked in with the invoice! Tell Mike the new oven outlet is working beautifully - I've done 40 dozen gingerbread men on it this week. I'm dropping a tin of cookies at your office on Friday for the crew."
        ),
        (
            .other,
            "Geachte mevrouw Whitfield,\n\nPer 1 januari verhuist ons kantoor naar het Lloydkwartier. Ons nieuwe factuuradres is: Schoonhoven & Van Rijn Scheepsagenten B.V., t.a.v. crediteurenadministratie, Sint-Jobsweg 30, 3024 EJ Rotterdam. Wilt u dit aanpassen in uw administratie?"
        ),
        (
            .optOut,
            "Please remove this address from your reminder list. I prefer to receive statements by post; e-mail reminders go to a folder I don't monitor.\n\nKatya Ilyina"
        ),
        (.other, "hola! estoy con un grupo en torres del paine, casi sin señal. el lunes vuelvo a natales y lo veo al tiro"),
        (
            .promise,
            "Cara Dana,\n\nPeço imensa desculpa pelo atraso. Faço a transferência até ao dia 23, sem falta.\n\nConceição Amaral"
        ),
        (.dispute, "um the quote said $1,850 flat for the backdrop wall and this is way more?? not paying the difference"),
        (.alreadyPaid, "Al betaald hoor, 27 november, via de bank met het factuurnummer erbij"),
        (
            .dispute,
            "Dear Dana,\n\nI'm sorry to bother you with this, I know you are busy before the holidays. My granddaughter Kayla is home from college and she helped me look at the bill on the computer, and there is something I don't understand. It says three hours of labor for fixing the storm door. The young man who came was very polite and wiped his feet, but he was only here about forty minutes. I know because The Price Is Right had just started when he rang the bell and it wasn't even over when he drove away. I don't think I should pay for three hours when it was less than one, do you?\n\nKayla says hello, she is studying to be a pharmacist."
        ),
        (.promise, "my mom said she'll send it the 15th when she gets paid"),
        (
            .alreadyPaid,
            "Dear Dana,\n\nPaid on 4 December by wire (ref KI-2026-121). Unrelated question: a neighbour in my building would like her kitchen redone in the spring. May I pass on your details, and do you work in Oak Park?"
        ),
        (
            .hardship,
            "Lost about 60% of my hives to mites this fall, worst year I've had in twenty. Honey sales are half what they were. I'll get you paid but it's going to be slow. Can we work something out?\n\nAmos"
        ),
        (.alreadyPaid, "paid ✅ via Wise am 3.12., Ref KZK-DEC-03"),
        (.other, "Sorry I am driving passenger now. I will call the office after 6pm ok"),
        (
            .other,
            "hey this is tyler from voorhies bros. my mom does all the money stuff for the business, ill show her tonight when she gets home from work"
        ),
        (
            .other,
            "this is Boone im driving threw Nebraska right now cant look at nothing till I get to the yard in Omaha Thursday night"
        ),
        (
            .dispute,
            "Dear Dana,\n\nThe new fitting room door is not closing good, the customer must hold it when she change clothes. This is not acceptable for my business. I will pay when the door is fixed, not before.\n\nArmen Kazarian"
        ),
        (.promise, "next payday i got u"),
        (.alreadyPaid, "I mailed that check from Little Rock on Monday my wife's got the stub it's number 2 2 1 7"),
        (.promise, "in 2 wks, promise! client final payments come in then 🙏"),
        (
            .question,
            "Hello Dana,\n\nI hope you are keeping warm, we had our first real snow here last night and the plow came by at 5 in the morning and woke up the whole street, and my cat Biscuit hid under the bed until noon. My neighbor Mrs. Strand says it will be a hard winter because the woolly bear caterpillars had wide stripes this year. I don't know if I believe that but she is usually right.\n\nI was going over the bill at the kitchen table and I wanted to ask, does it include the little grab rail by the back door, or was that going to be a separate bill? Walter always said to get everything in writing and I don't want to pay for it twice by mistake.\n\nYour friend,\nMillie Pennington"
        ),
        (
            .promise,
            "Servus Frau Whitfield,\n\ndes Geld kommt zwischen de Feiertag, spätestens am 30.12. Mir ham grad an Haufen Arbeit mit de Bestellungen."
        ),
        (
            .promise,
            "Madame,\n\nNous vous informons que votre facture sera réglée par virement le 18/12, lors de notre prochain paiement fournisseurs."
        ),
        (.alreadyPaid, "pagado con Zelle el 1/12, ref 88AJ2"),
        (.dispute, "why is there a $300 cleanup fee when i swept the studio myself?? also do u guys do darkroom ventilation"),
        (.alreadyPaid, "Paid via your portal on 11/30 - conf HPB-30117 💛"),
        (.promise, "Je vous fais le versement d'ici la fin du mois, promis."),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield,\n\nauf der Rechnung stehen drei Tage Montage. Ihre Leute waren aber nur am Montag und Dienstag da, am Mittwoch war keiner im Laden - das weiß ich genau, weil ich den ganzen Tag an der Theke gestanden bin. Bitte korrigieren Sie das."
        ),
        (
            .hardship,
            "My husband was laid off from the plant last week, so money is very tight right now and I'd like to pay this in a few parts. Also, totally unrelated: do you do small jobs like rehanging a kitchen cabinet? Mine is pulling off the wall.\n\nNoreen"
        ),
        (
            .question,
            "Hi Dana,\n\nkurze Frage: Könnt ihr uns die Rechnung auch als E-Rechnung (XRechnung oder ZUGFeRD) schicken? Ab 2027 nimmt unser Tool nur noch strukturierte Formate. Und ist das Reverse Charge?"
        ),
        (
            .other,
            "Public works night crew here, we're out salting Route 20. Whoever sent this should call the admin office after 8am"
        ),
        (
            .dispute,
            "Cara Dana,\n\nJá pagámos a parte da cobertura no dia 30 de novembro. A parte do pavimento não pagamos até receber a nota de crédito dos 46 m² a mais."
        ),
        (
            .other,
            "Dear Ms. Whitfield,\n\nPlease note that Meridian Lakes Hospitality has centralised supplier payments for all eleven of its properties in our Finance Shared Service Centre in Milwaukee. The FSSC is now your contact for all invoice matters, at fssc@meridianlakeshospitality.example or (414) 555-0470.\n\nKind regards,\nAnjali Deshmukh\nFinance Shared Services Analyst"
        ),
        (
            .question,
            "Hi Dana,\n\nWhich of our projects does this invoice belong to? We recharge contractor costs to our clients' projects, and the invoice doesn't carry a project number. If it's for the fourth-floor fit-out at our own office, the internal code is 26-118; if it's the site trailer work for the Route 53 bridge job, it's 26-094.\n\nMany thanks,\nBridget Cavanaugh\nOffice Manager"
        ),
        (
            .other,
            "Bonjour Madame Whitfield,\n\nVeuillez prendre note que nos bureaux déménageront le 4 janvier 2027 au 1250, boulevard René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8. Nos numéros de téléphone et nos adresses courriel demeurent les mêmes. Merci de mettre à jour votre fichier clients."
        ),
        (
            .promise,
            "Bursar's office: it's in the check run on the 2nd Thursday of January. We don't cut checks over winter break"
        ),
        (
            .promise,
            "Dana,\n\nWe pay vendors net 30 from month-end, so this will go out with our run on Monday, January 11.\n\nDarla Kucera\nOffice Manager"
        ),
        (.optOut, "Bitte keine SMS mehr an diese Nummer, das ist das Pikett-Handy der Haustechnik."),
        (
            .other,
            "Hi Dana,\n\nPlease note that effective December 1, Corbel Street Property Management no longer manages the building at 4410 N. Clarendon Avenue; the owner has appointed Lakeline Residential Services. Invoices for work at that address dated after November 30 should be sent to the new manager at payables@lakelineresidential.example. Invoices for the remaining 39 buildings in our portfolio are unaffected.\n\nRegards,\nYvette Drummond\nAccounts Payable Manager"
        ),
        (
            .dispute,
            "Dear Dana,\n\nYour invoice includes $2,300.00 for \"after-hours work - tasting room.\" Our harvest-season agreement with Mike was that your crew would work after 6 p.m. at no premium, so as not to disturb guests during tastings; I have his e-mail of September 14 confirming it.\n\nPlease remove the premium and send a corrected invoice."
        ),
        (
            .dispute,
            "Boa tarde, aqui é o Thiago. O portão do CD de São José dos Pinhais continua travando, não vamos pagar antes do conserto."
        ),
        (.optOut, "Le paiement part vendredi. Merci d'arrêter les SMS sur ce numéro, c'est le téléphone de garde."),
        (
            .other,
            "Dana,\n\nJust so you're aware, Pemberton Auto Group has agreed to sell the dealership to the Lindell Automotive group, with closing expected on January 15. Anything for work done in 2026 stays with us and I'll still be handling it through the end of January. After that, contact Lindell's office at ap@lindellauto.example.\n\nDarla Kucera\nOffice Manager"
        ),
        (.alreadyPaid, "Payé par virement le 2026-12-03, réf. BTI-7734. Merci de vérifier de votre côté."),
        (
            .alreadyPaid,
            "Hi Dana,\n\nWe paid this on December 3 by virtual card through our AP platform. The card details were e-mailed to your remittance address from no-reply@paymode.example; the card remains valid until December 31 if your team hasn't processed it yet."
        ),
        (
            .hardship,
            "Sehr geehrte Frau Whitfield\n\nDie Saisoneröffnung in Arosa musste wegen Schneemangels um drei Wochen verschoben werden, und die Buchungen liegen weit unter dem Vorjahr. Wir sind derzeit nicht in der Lage, die Rechnung vollständig zu begleichen, und bitten Sie um eine Ratenzahlung."
        ),
        (
            .other,
            "Hello Dana,\n\nI'm writing to introduce myself: I've taken over accounts payable at Halvard & Pryor from our bookkeeper, Janice, who retired last Friday after 22 years. Could you please copy me on statements and reminders from now on, at bcavanaugh@halvardpryor.example? Janice's mailbox will be closed at the end of the month."
        ),
        (
            .other,
            "Sehr geehrte Frau Whitfield,\n\nIhre Rechnung liegt derzeit zur sachlichen Prüfung beim Fachbereich Netzbau. Erst nach Bestätigung der sachlichen Richtigkeit durch den Fachbereich kann die Kreditorenbuchhaltung die Rechnung weiterbearbeiten. Bei Rückfragen wenden Sie sich bitte direkt an Herrn Obermaier, Tel. 089 5550 3425.\n\nMit freundlichen Grüßen\nVeronika Straßer\nKreditorenbuchhaltung"
        ),
        (.promise, "Dana, programei o pagamento pra 18/12, sexta. Abs Thiago"),
        (
            .question,
            "Grüezi, hier Haustechnik Hotel Bergsonne Arosa. Ist das die Rechnung für den Boiler im Keller oder fürs Dach?"
        ),
        (
            .other,
            "Estimada Sra. Whitfield:\n\nLe informamos de que, con efectos 1 de enero de 2027, nuestra razón social pasa a ser Retiro Facility Services Iberia, S.L.U. El NIF y la dirección fiscal se mantienen. Las facturas emitidas a partir de esa fecha deberán consignar la nueva denominación."
        ),
        (
            .dispute,
            "Madame,\n\nLes heures de main-d'œuvre facturées pour l'intervention du 12 novembre au bloc opératoire (16 heures) ne correspondent pas au bon d'intervention signé par nos services techniques (9 heures). Nous vous remercions de bien vouloir rectifier la facture.\n\nPar ailleurs, pourriez-vous nous transmettre vos coordonnées bancaires au format IBAN sur papier à en-tête ?\n\nNadège Fontanel\nGestionnaire comptabilité fournisseurs"
        ),
        (
            .promise,
            "Estimada Dana:\n\nPor el cierre contable de fin de año no se emiten pagos en lo que resta de diciembre. La factura se pagará en la primera quincena de enero.\n\nAtentamente,\nRolando Quispe\nJefe de Tesorería\n\nRolando Quispe\nJefe de Tesorería | Suministros Mineros Huascarán S.A.C.\n+51 1 555 0358"
        ),
        (
            .other,
            "Cara Dana,\n\nInformo que a fábrica encerra para férias de Natal de 23 de dezembro a 4 de janeiro. Durante esse período, os assuntos de contabilidade ficam a cargo da Dra. Luísa Ferraz, que estará de piquete no escritório nos dias 29 e 30."
        ),
        (
            .promise,
            "Dear Ms. Whitfield,\n\nThank you for your patience. The gymnasium floor is a capital item, and payment will follow in the new year once the Board's finance committee has signed off on the capital budget line.\n\nWith kind regards,\nImogen Fairclough\nBursar"
        ),
        (
            .hardship,
            "Hi Dana,\n\nTwo of our largest clients, both school districts, have delayed payment of our fees until their bond proceeds are released, and our line of credit is fully drawn. Would it be possible to pay this invoice in three monthly instalments?\n\nBest regards,\nBridget Cavanaugh\nOffice Manager"
        ),
        (
            .dispute,
            "Dear Ms. Whitfield,\n\nOur store #7 manager advises that the refrigerated case enclosure was completed on November 20, not on November 6 as your invoice states, and that the two-week delay cost the store its Thanksgiving produce display.\n\nUnder Section 12 of our vendor agreement, we are applying a late-completion deduction of 5% to this invoice. Please issue a credit memo for that amount so that our records agree."
        ),
        (
            .alreadyPaid,
            "Geachte mevrouw Whitfield,\n\nHierbij het betaaladvies. De factuur is meegenomen in de betaalrun van donderdag 3 december."
        ),
        (
            .hardship,
            "Hi, Celeste from Vinterhaven. Spring frost took 40% of the crop and cash is really tight until the vintage sells. Is a payment plan possible?"
        ),
        (
            .question,
            "buenas tardes, a nombre de quién hacemos la transferencia, Harbor & Pine Builders LLC o solo Harbor & Pine? el banco pide el nombre exacto"
        ),
        (
            .alreadyPaid,
            "Estimada Sra. Whitfield:\n\nLe adjunto a continuación el justificante de la transferencia realizada el pasado 3 de diciembre.\n\nUn saludo,\nAlmudena Corral\nResponsable de Cuentas a Pagar\n\nAlmudena Corral\nResponsable de Cuentas a Pagar | Retiro Facility Services, S.L.\n+34 91 555 03 47"
        ),
        (
            .other,
            "Sehr geehrte Frau Whitfield\n\nIhre Rechnung ist bei uns eingegangen. Da es sich um eine Investition über dem Budgetrahmen des Hotels handelt, wird sie an der Sitzung der Geschäftsleitung vom 17. Dezember behandelt. Wir melden uns anschliessend bei Ihnen.\n\nFreundliche Grüsse\nReto Caduff\nLeiter Finanzen"
        ),
        (
            .alreadyPaid,
            "Sehr geehrte Frau Whitfield,\n\nanbei das Zahlungsavis zu Ihrer Rechnung. Die Zahlung erfolgte im Zahllauf vom 2.12.; bitte prüfen Sie den Zahlungseingang auf Ihrem Konto."
        ),
        (
            .alreadyPaid,
            "Bonjour Madame Whitfield,\n\nNous avons payé 60 % de la facture le 2026-12-04 par TEF. Le solde de 40 % sera versé le 2027-01-08, date de notre premier paiement fournisseurs de l'année."
        ),
        (
            .optOut,
            "Please take the dealership's general inbox off your mailing list for overdue notices. It goes to our entire sales staff.\n\nDarla Kucera"
        ),
        (
            .other,
            "This is Rick, building engineer at the Ardmore Ave property. I don't do invoices - AP is at corporate downtown, I'll forward your text to them"
        ),
        (
            .dispute,
            "Beste mevrouw Whitfield,\n\nHet onbetwiste deel van de factuur betalen wij op maandag 21 december. Voor de niet-opgeleverde sectionaalpoort houden wij 1.800 dollar in tot de oplevering.\n\nMet vriendelijke groeten,\nDries Verhaegen\nFinancieel controller"
        ),
        (
            .hardship,
            "Geachte mevrouw Whitfield,\n\nDoor de sterk gestegen onderhoudskosten en de huurbevriezing heeft Domstede voor de rest van het jaar een betalingsstop afgekondigd voor alle niet-urgente facturen. Wij kunnen uw factuur daarom pas in het nieuwe jaar in behandeling nemen; een datum kan ik u nog niet geven.\n\nMet vriendelijke groet,\nIngeborg Verschuren"
        ),
        (
            .other,
            "Good afternoon,\n\nProcurement Services has received your reminder. Please note that at Northfield State University, invoices are approved for payment by the ordering department, not by Procurement. I have routed your invoice to the Department of Biology's business manager, Dr. Helen Marsh-Iverson, for review of the laboratory casework charges, and copied her on this reply."
        ),
        (
            .alreadyPaid,
            "Madame,\n\nVeuillez trouver ci-dessous l'avis de paiement émis par la trésorerie. Le mandat correspondant à votre facture a été payé le 1er décembre.\n\nCordialement,\nNadège Fontanel\nService comptabilité fournisseurs"
        ),
        (
            .promise,
            "Estimada Sra. Whitfield:\n\nLe confirmamos que la factura está conformada y se abonará mediante confirming en la remesa del 28/12."
        ),
        (
            .hardship,
            "Dries hier. Een grote klant is failliet en wij zitten met 300k aan openstaande facturen. Kunnen we in schijven betalen?"
        ),
        (.alreadyPaid, "Grüezi, die Zahlung ist am 30.11. raus, Valuta 2.12. Gruss Reto Caduff"),
        (
            .dispute,
            "Sehr geehrte Damen und Herren,\n\ndie Rechnung weicht von unserer Bestellung ab: Bestellt und abgenommen wurden 140 m Kabelschutzrohr DN 110, berechnet sind 185 m. Den Mehrbetrag für 45 m erkennen wir nicht an.\n\nBitte senden Sie uns eine Gutschrift über die Differenz oder eine korrigierte Rechnung."
        ),
        (.optOut, "Por favor tirem este número da lista de cobrança, é o celular da portaria do CD."),
        (
            .hardship,
            "Cara Dana,\n\nA fábrica esteve parada três semanas em novembro por causa das cheias do rio Ave, e várias encomendas para o Natal foram canceladas. Neste momento não temos tesouraria para liquidar a fatura na totalidade. Seria possível acordarmos um plano de pagamentos?\n\nCom os melhores cumprimentos,\nAdelaide Magalhães"
        ),
        (.optOut, "STOP. This is a field device"),
        (
            .hardship,
            "Dana,\n\nWinthrop Court LLC is in a dispute with its lender, and the building's operating account has been frozen by court order since November 18. We cannot pay any vendor for that building until a receiver is appointed, which counsel expects to take several weeks. I'm sorry not to have better news.\n\nYvette Drummond\nAccounts Payable Manager"
        ),
        (
            .optOut,
            "Dear Ms. Whitfield,\n\nPlease remove our hotels' general managers from your reminder distribution; all correspondence about invoices should come to the Finance Shared Service Centre.\n\nCould you also confirm the bank account details on your invoice? They differ from those on your supplier record, and we cannot pay until the difference is resolved.\n\nKind regards,\nAnjali Deshmukh\nFinance Shared Services Analyst"
        ),
        (.promise, "Betaling voorzien op 23-12, mvg Dries"),
        (
            .alreadyPaid,
            "Good morning,\n\nPlease see the remittance advice below. Invoice INV-1078 was included in our ACH payment of December 1. If the funds have not posted to your account, please contact your bank with the trace number shown.\n\nRegards,\nRosemary Tkachuk\nAccounts Payable Specialist"
        ),
        (.question, "Bonjour, c'est pour quel chantier cette facture? On en a trois en cours avec vous. Merci"),
        (
            .promise,
            "Madame,\n\nNous vous informons que votre facture a été validée et sera réglée lors de notre prochaine campagne de paiement, le mardi 22/12.\n\nCordialement,\nNadège Fontanel\nService comptabilité fournisseurs"
        ),
        (
            .hardship,
            "Almudena, de Retiro FS. Hemos perdido el contrato del hospital de Getafe y vamos justos de tesorería. ¿Podemos fraccionar en dos pagos?"
        ),
        (
            .optOut,
            "pls stop texting the marina cell about the bill, it's the phone on the fuel dock and whoever's working reads it"
        ),
        (.question, "Goedemiddag, is dit de factuur voor loods 3 of voor het kantoor aan de Noorderlaan? Groeten, Dries"),
        (.promise, "Tamika from Harvest Basket - matched and approved, it pays on our 12/22 run"),
        (
            .hardship,
            "Ironbridge controller here. Our biggest shipper filed Chapter 11 last week and we're sitting on $2M of frozen receivables. Can you give us till February?"
        ),
        (
            .hardship,
            "Dana, tivemos 3 caminhões roubados na BR-277 esse mês e o seguro ainda não pagou. Tá difícil, dá pra parcelar?"
        ),
        (.alreadyPaid, "Thornfield bursar here - paid by virtual card 12/2, Paymode confirmation PM-4471982"),
        (
            .question,
            "Bonjour Madame Whitfield,\n\nNotre système comptable refuse les factures de fournisseurs qui n'indiquent pas de numéros de TPS et de TVQ, ou une mention d'exonération. Pourriez-vous nous faire parvenir vos numéros d'inscription, ou nous confirmer par écrit que votre entreprise n'est pas inscrite aux fichiers de la TPS et de la TVQ?"
        ),
        (
            .dispute,
            "Hey this is Tony, I run the Harvest Basket on Rt 31. Your guys left the old freezer doors in our back lot. Not signing off on the invoice until theyre gone"
        ),
        (
            .dispute,
            "Ms. Whitfield,\n\nThe invoice applies your standard labor rate of $118.00 per hour. Harbor & Pine Builders performed this work under the cooperative purchasing contract IPHEC 2025-14, whose not-to-exceed rate for carpentry is $96.00 per hour. The University can only pay at the contract rate.\n\nPlease submit a revised invoice at the contract rate, referencing the contract number.\n\nRegards,\nLorraine Beckwith\nSenior Buyer, Procurement Services"
        ),
        (.promise, "We can pay between the 14th and the 18th, depending on when our own customer receipts land"),
        (
            .alreadyPaid,
            "Dana,\n\nWe've paid what we could - $1,500 on November 30 - but the Leland building's operating account is nearly empty after the boiler failure, and the owner has not yet funded the reserve. I can't say when the rest will follow.\n\nYvette Drummond\nAccounts Payable Manager"
        ),
        (
            .question,
            "Madame,\n\nNous vous informons que les factures adressées à un établissement public de santé doivent obligatoirement être déposées sur le portail Chorus Pro. Pourriez-vous y déposer votre facture en mentionnant le numéro d'engagement juridique 2026-004518 et le code service COMPTA-FRN ? Les factures reçues par courriel ne peuvent pas être mandatées.\n\nNous restons à votre disposition pour tout renseignement complémentaire.\n\nNadège Fontanel\nService comptabilité fournisseurs\nGroupe Hospitalier Saint-Irénée\n\nNadège Fontanel\nGestionnaire comptabilité fournisseurs | Groupe Hospitalier Saint-Irénée"
        ),
        (.alreadyPaid, "Oi Dana, o pagamento saiu na quarta, dia 2. O comprovante vai por e-mail. Thiago"),
        (
            .alreadyPaid,
            "Ms. Whitfield,\n\nOur records show that payment for invoice INV-1052 was issued on November 24 by ACH, payment number 0004471209, to the account ending 3318. The remittance detail was e-mailed to the address on your supplier record on the same day."
        ),
        (
            .question,
            "Ms. Whitfield,\n\nBefore this claim can be placed on a voucher for the Board, the County requires certified payroll reports for all laborers on the salt dome repair, as it was a prevailing-wage project under the Illinois Prevailing Wage Act. Our file contains the reports for the week of October 19 but not for the weeks of October 26 and November 2.\n\nWould you please forward the two missing reports, signed by your payroll officer?"
        ),
        (.promise, "payment scheduled 12/23 via ACH. Lorraine, NFSU procurement"),
        (
            .other,
            "Dear Ms. Whitfield,\n\nThank you for your message. Please be advised that St. Anselm Regional Medical Center will convert to a new enterprise resource planning system on January 4, 2027. Vendor invoices received after December 18 will be entered once the new system is live, and vendor numbers will change; you will receive a new supplier ID and a link to our supplier portal from our Supply Chain team in early January.\n\nIn the meantime, please continue to send invoices to accountspayable@stanselmmedical.example. Our vendor inquiry line, (815) 555-0419, remains available Monday through Friday.\n\nSincerely,\nRosemary Tkachuk\nAccounts Payable Specialist"
        ),
        (.promise, "Gus. I'll drop a check at your office the Monday after Christmas"),
        (.other, "Received. Forwarding to our controller Celeste, she's in the cellar with bottling paperwork till Wednesday"),
        (
            .dispute,
            "Beste mevrouw Whitfield,\n\nBij controle van uw factuur stellen wij vast dat de werken aan de laadkade van loods 3 nog niet opgeleverd zijn: de sectionaalpoort sluit niet volledig en de afdichting aan de dockshelter ontbreekt. Wij betalen pas na volledige oplevering. Gelieve ons een datum voor te stellen waarop uw ploeg de werken kan afwerken."
        ),
        (
            .alreadyPaid,
            "Dana,\n\nOur records show invoice INV-1047 was paid on 11/27 with check 55310, drawn on the Winthrop Court LLC operating account. The check cleared on 12/3 according to our bank portal. Could it have been applied to another invoice on your end?"
        ),
        (
            .other,
            "buenas, soy el chofer de la camioneta de Huascarán, este celular es de la empresa. le paso el mensaje al ing. Quispe"
        ),
        (
            .question,
            "Ms. Whitfield,\n\nPlease see the notice below from our Accounts Payable system. Your invoice was returned unpaid because it does not show a valid federal taxpayer identification number, and our vendor file has no current W-9 for Harbor & Pine Builders.\n\nCould you complete a new W-9 and return it to procurement@nfsu.example, and resubmit the invoice with the university's purchase order number (P0098812) shown on its face?\n\nKind regards,\nLorraine Beckwith\nSenior Buyer, Procurement Services"
        ),
        (
            .dispute,
            "Ing. Quispe aquí. Los 20 tubos que facturan no llegaron al almacén de Huaraz, solo 14. No vamos a pagar lo que no se recibió."
        ),
        (.alreadyPaid, "Pagamos metade dia 2/12, a outra metade sai dia 16/12. Thiago"),
        (
            .question,
            "Sehr geehrte Frau Whitfield\n\nKönnen Sie uns mitteilen, ob der Rechnungsbetrag in USD oder in CHF zu überweisen ist? Bitte bestätigen Sie uns bei dieser Gelegenheit auch Ihre IBAN bzw. Kontonummer und den SWIFT-Code, da unser Zahlungsverkehrssystem diese Angaben vor der ersten Zahlung an einen neuen Kreditor verlangt."
        ),
        (
            .other,
            "Madame,\n\nNous accusons réception de votre relance. Votre facture a été transmise au service des travaux et de l'ingénierie pour la certification du service fait ; le dossier sera instruit dès le retour de l'attestation signée par le responsable technique.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées."
        ),
        (
            .alreadyPaid,
            "Dear Dana,\n\nThis was settled on December 2 by bank transfer from our operating account, reference VC-20261202-07."
        ),
        (
            .alreadyPaid,
            "Ms. Whitfield,\n\nThe Board of Commissioners approved your claim at its November 23 meeting, and the County Treasurer's office mailed warrant no. 118874 on November 25. Please allow additional time for holiday mail."
        ),
        (.promise, "Stan here. Approved it today, goes out in Friday's ACH batch"),
        (.other, "Thanks Dana, got the year-end statement. Happy holidays from everyone at Pemberton"),
        (
            .dispute,
            "Bonjour, ici Stéphane Lacasse. Les heures facturées pour la semaine du 16 novembre ne correspondent pas aux feuilles de temps signées par notre chargé de projet : 62 h facturées, 41 h signées. Merci de corriger."
        ),
        (.optOut, "We paid this on the 1st. Take this number off your list, it's a dispatcher phone."),
        (.alreadyPaid, "Betaald op 1/12, ref SKL-2026-4471. Mvg Dries"),
        (
            .other,
            "Geachte mevrouw Whitfield,\n\nUw herinnering is ontvangen. De factuur ligt op dit moment ter accordering bij de projectleider van complex Lunetten-Noord, die de werkzaamheden inhoudelijk moet goedkeuren. Ik heb hem gevraagd hier voorrang aan te geven."
        ),
        (
            .other,
            "Gus here. Haul-out season, every boat has to be in the yard by Saturday. Me and my wife go over the bills Sunday nights"
        ),
        (
            .alreadyPaid,
            "Good morning,\n\nPlease note that a partial payment of $2,000.00 against invoice INV-1092 was released by ACH on December 3. The remaining balance is scheduled for our check run of Tuesday, December 22.\n\nRegards,\nRosemary Tkachuk\nAccounts Payable Specialist"
        ),
        (
            .other,
            "Goedemiddag, ik ben de opzichter van complex Kanaleneiland. Facturen doet het kantoor, ik stuur uw bericht door naar crediteuren."
        ),
        (
            .dispute,
            "Ms. Whitfield,\n\nThe invoice charges mobilization twice, once as a lump sum and again within the roofing line; the contract provides for a single mobilization payment. Please correct it.\n\nSeparately, could you send a current certificate of insurance naming Dunmore County as additional insured? The one on file expired November 30.\n\nMarvin Ostergaard\nFiscal Officer"
        ),
        (
            .other,
            "Servus, Obermaier vom Netzbau. Die Arbeiten am Umspannwerk Nord sind abgenommen, das Abnahmeprotokoll geht heut noch an die Kreditoren."
        ),
        (
            .optOut,
            "Good morning,\n\nProcurement Services does not process payments. Kindly remove procurement@nfsu.example from your reminder distribution; reminders sent to this address are not read.\n\nLorraine Beckwith\nSenior Buyer, Procurement Services"
        ),
        (
            .optOut,
            "Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie diese Adresse aus Ihrem Mahnlauf. Mahnungen an dieses Postfach werden nicht bearbeitet.\n\nKreditorenbuchhaltung\nStadtwerke Isartal GmbH"
        ),
        (
            .promise,
            "Hi Dana,\n\nSorry for the delay - our principal signs checks on Fridays and he has been on a site visit in Duluth all week. He's back next week, so the check will go out Friday the 18th.\n\nBest regards,\nBridget Cavanaugh\nOffice Manager"
        ),
        (
            .optOut,
            "Dana,\n\nWe have received five automated reminders this week across our buildings. Please stop sending automated reminders to this office. If there is a genuine issue with an invoice, I can be reached by phone."
        ),
        (
            .promise,
            "Good afternoon,\n\nInvoice INV-1041 has been approved and is scheduled for our check run on Thursday, December 17. Checks are mailed the same day from our Rockford office."
        ),
        (
            .hardship,
            "Ms. Whitfield,\n\nThe County is operating under a spending freeze after the State withheld its quarterly motor fuel tax distribution. Until the distribution is restored, only emergency expenditures may be paid, and I am unable to give you a payment date. I will let you know as soon as the freeze is lifted.\n\nMarvin Ostergaard\nFiscal Officer"
        ),
        (
            .dispute,
            "Ms. Whitfield,\n\nWe will pay the undisputed portion of the invoice, $4,150.00, in our ACH run on December 17. The remaining $1,100.00, billed as an after-hours premium, is disputed: the purchase order did not authorize overtime."
        ),
        (
            .dispute,
            "Good afternoon,\n\nInvoice INV-1077 failed our three-way match. Purchase order 4500219904 authorizes twelve patient-room headwall panels at $1,150.00 each, and Receiving recorded twelve panels on November 12. Your invoice bills fourteen panels.\n\nWe are unable to pay for the two panels that were neither ordered nor received. Please issue a credit note for the difference or send a corrected invoice for twelve panels, referencing the original PO.\n\nThank you,\nRosemary Tkachuk\nAccounts Payable Specialist"
        ),
        (
            .other,
            "Driver for Ironbridge here, this is the truck phone. Got your text at the dock in Joliet, I'll let dispatch know"
        ),
        (
            .hardship,
            "Dear Ms. Whitfield,\n\nOur enrollment fell short of projections this autumn, and the Academy is managing its cash carefully until second-semester tuition is collected in late January. Could we spread the balance over January to March?\n\nSeparately, does Harbor & Pine offer summer maintenance contracts for schools? Our facilities committee would like a proposal.\n\nWith kind regards,\nImogen Fairclough\nBursar"
        ),
        (.question, "Quick q from the dealership office - is the 3% card fee added if we pay by Amex? Darla"),
        (
            .dispute,
            "Dana,\n\nWe were billed twice for the same service-bay door repair: once on INV-1005 in October and again on this invoice. Same date of work, same description, same amount. Please void one of them."
        ),
        (.alreadyPaid, "paid in full nov 30, wire ref IFL-113020. pls update your records"),
        (
            .promise,
            "Dear Ms. Whitfield,\n\nFollowing approval by the property's general manager, your invoice has been scheduled for payment on 22 December 2026, in the final supplier payment run of the year. A remittance advice will be sent to the e-mail address on your supplier record.\n\nKind regards,\nAnjali Deshmukh\nFinance Shared Services Analyst"
        ),
        (
            .other,
            "Bonjour, ici Kevin, chargé de projet chez Beaulieu Tanguay. Je suis sur le chantier à Laval, je transfère votre texto à la comptabilité."
        ),
        (
            .dispute,
            "Estimada Sra. Whitfield:\n\nRevisada la factura, observamos que se han facturado 46 horas de oficial en el edificio de Alcobendas, mientras que los partes de trabajo firmados por nuestro responsable de mantenimiento suman 31 horas. Les rogamos emitan una factura rectificativa ajustada a los partes firmados."
        ),
        (
            .dispute,
            "Dana,\n\nOur tenant at 3311 W. Leland reports that your crew damaged the third-floor hallway carpet while moving the water heater on November 17; there are two tears and a rust stain about four feet long. We have obtained a quote of $1,340 to replace the damaged section.\n\nUnless you would prefer to repair it yourselves, we will deduct that amount from your invoice. Photos are available on request."
        ),
        (
            .question,
            "Dana this is Gus at the marina. Is the fuel dock railing on this bill or separate? My accountant splits the fuel dock out"
        ),
        (
            .promise,
            "Beste Dana,\n\nDe factuur is goedgekeurd en gaat mee met de eerstvolgende betalingsronde. Excuses voor de vertraging."
        ),
        (
            .promise,
            "Hi Dana,\n\nWe'll pay it on Friday. Could you confirm whether your January invoices will carry our new project codes? I sent the list to Mike last week."
        ),
        (
            .optOut,
            "Madame,\n\nNous vous prions de bien vouloir retirer cette adresse de vos relances automatiques. Elle est exclusivement destinée au dépôt des factures et n'est pas consultée pour le suivi des paiements."
        ),
        (
            .other,
            "Ms. Whitfield,\n\nYour invoice for the salt dome roof repair has been received by the Department of Public Works and will be presented to the Board of Commissioners for approval at its regular meeting on Monday, December 14. Claims approved by the Board are customarily paid the following week.\n\nShould the Board have questions about the claim, I will contact you."
        ),
        (
            .alreadyPaid,
            "Dear Ms. Whitfield,\n\nPlease find below the payment notification generated by our system. The payment was released in our supplier payment run of 4 December and should reach your account within two business days."
        ),
        (
            .dispute,
            "Ms. Whitfield,\n\nThe County's inspector has not accepted the salt dome roof. His punch list of November 30 shows eleven open items, including missing ridge flashing and two unsealed fastener rows on the north face. Under Section 7 of the contract, final payment is due only upon written acceptance of the work.\n\nThis invoice will not be processed until the punch list has been closed and the inspector has signed off."
        ),
        (.promise, "Zahlung geht in KW 52 raus, spätestens Mittwoch 23.12. Gruss R. Caduff"),
        (
            .hardship,
            "Darla at Pemberton. Our floor plan lender cut our line after the audit and every vendor is on hold. Can you work with us on a plan?"
        ),
        (
            .alreadyPaid,
            "Estimada Dana:\n\nLe informo que la factura fue cancelada el 27 de noviembre mediante transferencia interbancaria desde nuestra cuenta en el BCP, número de operación 00458812. Le agradeceré confirmar la recepción.\n\nAtentamente,\nRolando Quispe\nJefe de Tesorería\n\nRolando Quispe\nJefe de Tesorería\nSuministros Mineros Huascarán S.A.C.\n+51 1 555 0358"
        ),
        (.promise, "Goes out on our 12/17 run. What's your remit address for paper checks? The invoice only shows the lockbox"),
        (
            .question,
            "Dana,\n\nCould you break this invoice down by facility? Our cost accounting allocates maintenance spend to each cross-dock (Joliet, Elk Grove Village and Gary), and the invoice shows a single lump sum for the dock-door work. A split by location in an e-mail will do; there's no need to reissue the invoice."
        ),
        (.promise, "we'll wire it 1st thing monday morning. sorry, month-end crunch - Stan"),
        (
            .optOut,
            "Geachte mevrouw Whitfield,\n\nWilt u dit e-mailadres verwijderen uit uw betalingsherinneringen? Het wordt door het hele team gelezen en is uitsluitend bedoeld voor het indienen van facturen."
        ),
        (
            .hardship,
            "Hallo, Netzbau Stadtwerke hier. Haushaltssperre bis der Stadtrat den Nachtragshaushalt beschließt, wir dürfen grad gar nix zahlen. Sorry."
        ),
        (
            .question,
            "Is this the invoice for the parking garage expansion joints or the lobby? We have 2 open POs with you - Yvette"
        ),
        (
            .promise,
            "Cara Dana,\n\nA fatura foi aprovada e será paga no próximo dia 23, data do nosso processamento de pagamentos a fornecedores em dezembro.\n\nCom os melhores cumprimentos,\nAdelaide Magalhães"
        ),
        (
            .dispute,
            "Madame,\n\nAprès contrôle, votre facture ne correspond pas au bon de commande n° BC-2026-11872 : celui-ci prévoit la fourniture et la pose de huit portes coupe-feu, alors que la facture en mentionne dix. Le bon de réception établi par les services techniques n'atteste par ailleurs que de huit portes.\n\nNous vous prions de bien vouloir établir un avoir correspondant aux deux portes non commandées.\n\nVeuillez agréer, Madame, nos salutations distinguées."
        ),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield\n\nDie Arbeiten im Wellnessbereich unseres Hotels in Flims sind nicht abgeschlossen; die Abnahme wurde am 27. November wegen undichter Fugen im Dampfbad verweigert. Wir werden die Rechnung erst nach erfolgter Mängelbehebung und Abnahme begleichen."
        ),
        (.promise, "its approved, will go out with the next check run"),
        (
            .optOut,
            "Wir können im Moment nicht zahlen, die Saison startet sehr schlecht. Und bitte keine Mahn-SMS mehr an die Rezeption."
        ),
        (.alreadyPaid, "Remittance below. The check was mailed 12/3 with our weekly run.\n\nTamika Ravenscroft\nAP Supervisor"),
        (
            .hardship,
            "Geachte mevrouw Whitfield,\n\nDoor de betalingsstop kan ik u op dit moment slechts een deel betalen: 1.000 dollar gaat mee in de betaalrun van donderdag 24 december, de rest volgt na de jaarafsluiting."
        ),
        (
            .other,
            "Estimada Dana:\n\nEstaré en la unidad minera de nuestro cliente en Áncash hasta el viernes, con señal muy limitada. A mi retorno a Lima reviso el estado de cuenta con contabilidad y le escribo."
        ),
        (
            .hardship,
            "Bonjour Dana, la grève au port de Montréal bloque nos chantiers depuis trois semaines, aucune rentrée d'argent. Pouvez-vous patienter jusqu'en février?"
        ),
        (.optOut, "Remove this number from your reminder list. Invoices go to our AP inbox only."),
        (.alreadyPaid, "Gus again. Handed your guy Mike a check at the fuel dock Saturday. #1187"),
        (
            .alreadyPaid,
            "Estimada Sra. Whitfield:\n\nHemos abonado el 50 % de la factura el 4/12; el importe restante irá en la remesa de confirming del 28/12."
        ),
        (
            .question,
            "Geachte mevrouw Whitfield,\n\nKunt u ons laten weten of het gefactureerde bedrag inclusief of exclusief btw is? Domstede is als woningcorporatie voor het grootste deel van haar activiteiten niet btw-plichtig, en wij moeten de btw daarom apart boeken. Een korte bevestiging per e-mail volstaat."
        ),
        (
            .alreadyPaid,
            "Sehr geehrte Frau Whitfield\n\nDie Rechnung haben wir am 1.12. beglichen. Eine Frage noch: Bieten Sie auch Wartungsverträge für Hotelbetriebe an? Wir planen für 2027 einen Rahmenvertrag für unsere vier Häuser in Graubünden.\n\nFreundliche Grüsse\nReto Caduff"
        ),
        (.promise, "Sehr geehrte Frau Whitfield\n\nDie Rechnung ist freigegeben; die Zahlung ist für KW 51 vorgesehen."),
        (
            .dispute,
            "the invoice says 6 dock levelers but you only did 4 at Elk Grove. the other 2 are at Joliet and nobody touched them"
        ),
        (
            .promise,
            "Sehr geehrte Frau Whitfield,\n\nnach Freigabe durch den Fachbereich wird Ihre Rechnung im nächsten regulären Zahllauf beglichen. Wir bitten um etwas Geduld."
        ),
        (
            .promise,
            "Bonjour Madame Whitfield,\n\nLa facture est approuvée et sera payée par TEF le 2026-12-17, lors de notre paiement hebdomadaire des fournisseurs."
        ),
        (
            .dispute,
            "Cara Dana,\n\nA fatura refere 320 m² de pavimento industrial no armazém de fio, mas a medição conjunta feita com o vosso encarregado no dia 20 de novembro deu 274 m². Solicitamos a emissão de uma nota de crédito pela diferença.\n\nCom os melhores cumprimentos,\nAdelaide Magalhães\nDiretora Financeira"
        ),
        (
            .dispute,
            "Gus at Wolf Point. You billed 120 ft of dock decking, I measured 96 this morning. Not paying for 24 ft of air"
        ),
        (
            .hardship,
            "Bonjour Madame Whitfield,\n\nNotre principal client, un donneur d'ouvrage public, accuse un retard de paiement de plus de 120 jours, et notre marge de crédit est épuisée. Nous vous proposons de régler la facture en trois versements mensuels. Seriez-vous d'accord?\n\nCordialement,\nStéphane Lacasse\nContrôleur"
        ),
        (.promise, "Dana, buenos días. El pago sale el viernes 18 sin falta. Rolando"),
        (.promise, "Celeste here. We pay all capital project invoices at end of quarter, so you'll have it then"),
        (
            .dispute,
            "Grüß Gott, Obermaier, Netzbau. Die Absperrung am Trafohaus stand drei Tage länger als nötig, das zahlen wir nicht. Hab's der Buchhaltung so gesagt."
        ),
        (.promise, "Your invoice is on our 12/17 check run. - Darla"),
        (
            .hardship,
            "Estimada Dana:\n\nDebido a la paralización de la unidad minera de nuestro principal cliente por un conflicto social en la zona, este suspendió sus pagos a proveedores y no contamos con liquidez en este momento. Le solicitamos un plazo adicional o, de ser posible, fraccionar el pago."
        ),
        (
            .other,
            "This number is the maintenance office at Thornfield Academy. The bursar is Ms. Fairclough, ext. 214, she handles all vendor bills"
        ),
        (
            .question,
            "Good morning,\n\nInvoice INV-1025 is currently on hold in our system because it could not be matched to a receiving record. Our purchase order 4500221873 covers the nurses' station casework on 3 West, but the Receiving department has not entered a receipt against it, which typically means the delivery ticket never reached the dock.\n\nCould you please send us a copy of the signed delivery ticket or the completion sign-off from our Facilities department? Once we have either document we can complete the match."
        ),
        (
            .dispute,
            "Not paying for the extra 24 ft of decking. And honestly the rest will have to wait, it's been a rough season"
        ),
        (.optOut, "This is a company phone assigned to our warehouse crew. Please remove it from your billing texts."),
        (.alreadyPaid, "Paid via ACH this morning, trace 071000013348812. - Stan"),
        (.dispute, "PO was for $18,400 and the invoice is $21,150. Nobody approved a change order on our end. -Tamika"),
        (
            .promise,
            "Geachte mevrouw Whitfield,\n\nDe factuur is geaccordeerd en wordt meegenomen in de betaalrun van vrijdag 18 december."
        ),
        (
            .promise,
            "Olá Dana,\n\nO pagamento será feito assim que a diretoria aprovar o pedido de compra. Aviso você quando sair."
        ),
        (
            .optOut,
            "Please remove this address from your dunning distribution. This mailbox is reserved for invoice submission only; collection correspondence should be directed to apinquiries@stanselmmedical.example."
        ),
        (
            .question,
            "Sehr geehrte Damen und Herren,\n\nIhre Rechnung kann von uns leider nicht verbucht werden, da die Bestellnummer (zehnstellig, beginnend mit 4700) sowie Ihre Umsatzsteuer-Identifikationsnummer bzw. Steuernummer fehlen. Als öffentlicher Auftraggeber sind wir zudem verpflichtet, Rechnungen im Format XRechnung entgegenzunehmen.\n\nWir bitten Sie daher, uns eine entsprechend korrigierte Rechnung im XRechnung-Format an rechnung@stadtwerke-isartal.example zu übermitteln.\n\nMit freundlichen Grüßen\nVeronika Straßer\nKreditorenbuchhaltung"
        ),
        (
            .promise,
            "Sehr geehrte Frau Whitfield,\n\nIhre Rechnung wurde sachlich und rechnerisch geprüft und ist für den Zahllauf am 15.12. freigegeben.\n\nMit freundlichen Grüßen\nVeronika Straßer\nKreditorenbuchhaltung"
        ),
        (
            .promise,
            "Dana,\n\nWe're holding all vendor disbursements until our month-end close is complete, but your payment is already set up with the bank - the confirmation is below.\n\nStanislav Kuznetsov\nController"
        ),
        (
            .hardship,
            "Dana,\n\nCash is tight after the Chapter 11 filing of our largest shipper, but we can pay $1,000 on 12/18 and the balance in January. I hope that works for you."
        ),
        (
            .optOut,
            "Estimados señores:\n\nLes rogamos que den de baja esta dirección de sus recordatorios de cobro. Se trata de un buzón destinado únicamente a la recepción de facturas."
        ),
        (
            .alreadyPaid,
            "Ms. Whitfield,\n\nInvoice INV-1073 was paid by check no. 88231 on December 3.\n\nSeparately, our vendor compliance team needs an updated W-9 from Harbor & Pine for 2027. Could you send it to this address?"
        ),
        (
            .dispute,
            "This is Lou, super at the Glenwood building. Your crew never finished the boiler room, the second flue liner is still sitting in the hallway. I told corporate not to pay till its done"
        ),
        (
            .other,
            "Morning, Priya at the front desk of the Meridian Lakes Lakeside hotel. The GM is off today, I'll leave your message on his desk"
        ),
        (
            .hardship,
            "Dear Ms. Whitfield,\n\nFollowing a ransomware attack on the group's systems on December 5, our ERP and banking interfaces are offline, and no supplier payments can be made until they are restored. We expect this to take several weeks. Payments will resume in order of invoice date once the systems are back.\n\nWe apologise for the inconvenience.\n\nKind regards,\nAnjali Deshmukh\nFinance Shared Services Analyst"
        ),
        (
            .promise,
            "Ms. Whitfield,\n\nThe Department of Biology approved your invoice yesterday, and it is now queued for payment. Our ACH payment runs take place on the 2nd and 4th Thursdays of each month; your invoice will be released in the next one."
        ),
        (
            .question,
            "Hi, Marco from Harvest Basket store #12. Receiving needs the packing slip for the cooler doors before AP can release anything - can you text a pic?"
        ),
        (.promise, "Bonjour, le paiement partira en fin de mois, au plus tard le 31."),
        (.question, "Bom dia, vocês emitem boleto ou só aceitam transferência internacional?"),
        (
            .question,
            "Dear Dana,\n\nAs part of our year-end close, we need to accrue for all work performed in 2026. Could you send us a statement of all open invoices for Vinterhaven Cellars, together with an estimate of any December work that has not yet been invoiced? A PDF by December 28 would be ideal."
        ),
        (
            .dispute,
            "Dear Dana,\n\nWe paid the tasting-room portion, $3,100.00, on December 4. The barrel-room line we will not pay: the floor drain your crew installed backs up every time we wash down the tanks."
        ),
        (
            .question,
            "Hi Dana,\n\nWe manage 40 buildings, and each building's ownership entity is billed separately. This invoice is addressed to Corbel Street Property Management, but the work was performed at 5520 N. Winthrop Avenue, which is owned by Winthrop Court LLC. Our AP system will not accept invoices addressed to the management company.\n\nCould you issue a credit note against this invoice and reissue it to \"Winthrop Court LLC, c/o Corbel Street Property Management\"? The amount and the description can stay as they are.\n\nThanks,\nYvette Drummond\nAccounts Payable Manager"
        ),
        (.dispute, "Facturaron 20 tubos y llegaron 14. Aparte, me pueden mandar el certificado de calidad del lote?"),
        (
            .question,
            "Cara Dana,\n\nPoderiam indicar na fatura o número da nota de encomenda (NE 2026/0871)? Sem essa referência o nosso sistema não consegue fazer a conferência com a guia de receção do armazém, e a fatura fica bloqueada para pagamento.\n\nCom os melhores cumprimentos,\nAdelaide Magalhães\nDiretora Financeira"
        ),
        (
            .promise,
            "Hi Dana,\n\nApproved. Payment will be released in our first payment run in January; we run payments on the first and third Wednesday of each month, and our December runs are already closed."
        ),
        (
            .dispute,
            "Opzichter Domstede hier. In complex Overvecht zijn 18 voordeuren vervangen, niet 24 zoals op de factuur staat. Heb het doorgegeven aan crediteuren."
        ),
        (
            .question,
            "Hello,\n\nOur vendor master file lists your remit-to address as P.O. Box 4471, Oak Brook, IL, whereas this invoice shows a lockbox address in Chicago. Under our vendor-fraud controls, we cannot change payment details on the strength of an invoice alone.\n\nCould you send us a signed letter on company letterhead confirming the new remit-to address, together with a voided check or a bank letter? Once received, our vendor maintenance team will verify it by phone."
        ),
        (.dispute, "Why is there a weekend overtime charge? We never asked for weekend work and the school was closed"),
        (
            .promise,
            "Ms. Whitfield,\n\nThe Board of Commissioners approved the claim on Monday's docket. Warrants are issued on the Wednesday following Board approval, so your check will be mailed this Wednesday."
        ),
        (
            .question,
            "Estimada Sra. Whitfield:\n\n¿Nos podrían remitir la factura indicando nuestro número de pedido (PO-2026-3317) y el NIF de nuestra sociedad (B-87654321)? Sin esos datos, nuestro sistema de gestión de facturas la rechaza automáticamente y no puede pasar a conformidad.\n\nQuedamos a la espera."
        ),
        (
            .hardship,
            "Dear Ms. Whitfield,\n\nHarvest Basket Markets completed a change of ownership on December 1. During the transition, all vendor payments have been suspended pending the new owners' review of open payables, and I am not able to give you a date at this point. Please bear with us."
        ),
        (
            .dispute,
            "Hey this is Darla. The showroom lights your guys put in flicker every time the compressor kicks on. We're not paying the electrical line till that's fixed"
        ),
        (.other, "Bom dia, sou motorista da Araucária, esse celular é da frota. Vou avisar o pessoal do financeiro."),
        (.question, "whats the PO # on this one? AP kicked it back to me and I cant find it in the system"),
        (
            .hardship,
            "Dear Ms. Whitfield,\n\nI am writing to let you know that St. Anselm, like many rural hospitals, is experiencing significant cash constraints following the loss of a major payer contract in October. Our Chief Financial Officer has instructed Accounts Payable to prioritize payroll and clinical supplies, and non-clinical vendors are currently being paid on extended terms.\n\nWe value our relationship with Harbor & Pine and would like to propose a payment plan for the open balance. Please let me know whom I should contact to arrange it."
        ),
        (
            .alreadyPaid,
            "Cara Dana,\n\nInformamos que a fatura foi liquidada por transferência bancária no dia 25 de novembro, conforme o nosso calendário de pagamentos a fornecedores. Segue o comprovativo em anexo.\n\nCom os melhores cumprimentos,\nAdelaide Magalhães\nDiretora Financeira"
        ),
        (
            .other,
            "Dear Dana,\n\nThank you for the reminder. We close our fiscal year on December 31, and I'm currently reconciling the vendor subledger against suppliers' statements. I'll come back to you once I've matched your statement to our records.\n\nBest,\nCeleste Arbogast\nController"
        ),
        (
            .other,
            "Beste Dana,\n\nGelieve te noteren dat ons facturatieadres wijzigt per 1 januari: Scheldekaai Logistics NV, Haven 1025, Noorderlaan 147, 2030 Antwerpen. Facturen blijven welkom op facturen@scheldekaai.example. Alvast bedankt voor de aanpassing."
        ),
        (.alreadyPaid, "Check 20418 went out in Tuesday's run. Should be there by Monday"),
        (.alreadyPaid, "ya se pagó el martes, el comprobante lo tiene contabilidad"),
        (.other, "Delivered and signed for at receiving dock 4 this morning, ticket #55812. Ask AP about the money side"),
        (.hardship, "Gus. Worst season in ten years, low water kept half the slips empty. Can we split this into 3 payments?"),
        (
            .question,
            "Dear Ms. Whitfield,\n\nCould you please tell me whether the amount shown includes the deposit of $2,500 that the Academy paid in August when the gymnasium floor work was contracted, or whether the deposit will be credited on a final invoice? Our auditors will ask me to tie the two together.\n\nWith kind regards,\nImogen Fairclough\nBursar, Thornfield Academy"
        ),
        (.question, "Does Harbor & Pine take virtual card payments? Our AP is switching all vendors to Paymode in January"),
        (
            .alreadyPaid,
            "Remittance went to your AR inbox this am. ACH dated 12/8, amount matches the invoice. -Rosemary, St Anselm AP"
        ),
        (
            .dispute,
            "Sehr geehrte Frau Whitfield,\n\nden unstrittigen Teilbetrag von 3.200,00 USD zahlen wir im Zahllauf am 31.12. Die Position 4 (Mehrmengen Kabelschutzrohr) erkennen wir weiterhin nicht an.\n\nMit freundlichen Grüßen\nVeronika Straßer\nKreditorenbuchhaltung"
        ),
    ]
}
