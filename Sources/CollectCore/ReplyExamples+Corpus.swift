// Written by `collect-replies-bench --write-examples` (Benchmarks/replies.sh --write-examples) from the
// training part of Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl; do not edit.
extension ReplyExamples {
    static let corpus: [(ReplyMeaning, String)] = [
        (.alreadyPaid, "I paid it online yesterday check your system"),
        (.other, "I forwarded this to our bookkeeper."),
        (
            .hardship,
            "We hebben het financieel erg zwaar sinds we een grote klant kwijt zijn. Kunnen we een betalingsregeling treffen?"
        ),
        (.hardship, "Door ziekte ligt ons bedrijf al weken stil. Ik kan nu niet betalen."),
        (.promise, "Pagamos até ao final do mês."),
        (
            .optOut,
            "Sehr geehrte Damen und Herren,\n\nich möchte diese automatischen Zahlungserinnerungen nicht mehr erhalten. Bitte tragen Sie mich aus Ihrem Verteiler aus."
        ),
        (.other, "Noted."),
        (.optOut, "Paid this last week. Stop texting me"),
        (.other, "Received, thank you."),
        (.optOut, "Stop texting me, I'm handling it with my accountant"),
        (
            .dispute,
            "Are you kidding me? Your crew left our basement a mess, cracked a window and tracked mud through the whole house, and now you want $799.99?? Absolutely not."
        ),
        (
            .hardship,
            "Family emergency - my father passed and I've been out of state for three weeks. I'll deal with this when I'm back. I'm sorry."
        ),
        (.promise, "Sorry, missed this one! Will pay asap."),
        (.promise, "This is scheduled for our next check run on the 10th."),
        (.alreadyPaid, "mailed chk last wk"),
        (.promise, "Lo pagaremos lo antes posible."),
        (.promise, "I'll have it to you by Wednesday"),
        (
            .promise,
            "We betalen volgende week dinsdag.\n\nJoost van Dijk\nFinanciële administratie\nVan Dijk Vastgoed B.V.\n+31 70 555 0174"
        ),
        (
            .optOut,
            "I do not consent to receiving automated collection emails. Cease all email contact with this address, effective immediately."
        ),
        (.dispute, "THIS IS INCORRECT. The quote was for labor only, we supplied all the materials ourselves."),
        (.other, "k"),
        (.hardship, "Lost my job last week. I'm not ignoring you, I just don't know when I can pay."),
        (.optOut, "Bitte abmelden."),
        (.question, "Is this for the gutter job?"),
        (.promise, "Can pay on the 11th when my check comes in"),
        (
            .dispute,
            "This is more than double what Mike quoted us on site. I have his text saying \"around $900 all in\". I'm not paying $1,875.00 for a two day job."
        ),
        (
            .dispute,
            "We never ordered this. Nobody at Westgate Property Management authorized any work from Harbor & Pine, and I'd like to know who supposedly signed off on it."
        ),
        (.promise, "Dec 18th at the latest."),
        (.promise, "12/21"),
        (
            .hardship,
            "Wir sind gerade knapp bei Kasse. Können Sie mir die Rechnung noch einmal als PDF schicken, damit ich sie meinem Steuerberater zeigen kann?"
        ),
        (.hardship, "I had to lay off two people last month. I want to pay you, I just can't do it all at once."),
        (
            .optOut,
            "We paid INV-1039 on November 24 by ACH. Please unsubscribe me from these reminders, they're clogging my inbox."
        ),
        (.alreadyPaid, "Bonjour, nous avons payé la facture la semaine dernière par chèque. Bonne journée."),
        (.alreadyPaid, "Pagado. Les reenvío el comprobante."),
        (.question, "Podem enviar-me uma cópia da fatura?"),
        (
            .promise,
            "Wir kümmern uns umgehend um die Zahlung.\n\nThomas Weber\nKreditorenbuchhaltung | Weber Logistik GmbH\n+49 40 5550 1159\n\nAm Mi., 9. Dez. 2026 um 17:12 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .promise,
            "Hey Dana,\n\nSorry sorry sorry. This fell through the cracks - our bookkeeper quit right before Thanksgiving and I've been trying to figure out QuickBooks on my own, which is going about as well as you'd expect. Found your invoice in the pile. I'm doing a batch of payments on Thursday the 10th and yours is at the top of the list.\n\nThanks for your patience, and tell the guys the basement looks fantastic."
        ),
        (.optOut, "Retirem o meu endereço da vossa lista, obrigado."),
        (.alreadyPaid, "This is paid, it was a Venmo payment to Mike for the whole thing back in November."),
        (.alreadyPaid, "Mi esposa ya pagó la factura la semana pasada"),
        (.question, "Quelles sont vos coordonnées bancaires pour un virement international ?"),
        (.question, "who should I talk to about this"),
        (
            .dispute,
            "this invocie is for the wrong adress, we're at 412 Elm not 421 Elm and we didnt get the kitchen done, that was our neighbour"
        ),
        (.hardship, "Estamos cortos de dinero por la temporada baja, pero podemos pagar el próximo lunes."),
        (.promise, "Ik betaal morgen."),
        (
            .other,
            "Hey Dana! Hope the crew is doing well. Tell Mike the new deck looks amazing, we had twenty people out on it for Thanksgiving."
        ),
        (
            .hardship,
            "im so behind on everything since the divorce. please dont send this to collections, ill figure something out"
        ),
        (.alreadyPaid, "Already paid, check your bank."),
        (.dispute, "El importe no coincide con el presupuesto. ¿Me pueden enviar el detalle de las horas trabajadas?"),
        (.dispute, "You charged my card twice for this, once on 11/20 and again on 11/21. Please refund the second charge."),
        (.alreadyPaid, "paid"),
        (
            .hardship,
            "Bonjour,\n\nNous traversons une période difficile depuis la perte d'un client important. Serait-il possible d'échelonner le paiement ?\n\nMerci de votre compréhension,\nClaire"
        ),
        (.other, "Please call me at (773) 555-0164 when you get a chance."),
        (.other, "Dana, happy holidays!"),
        (.promise, "Je paierai demain."),
        (.optOut, "Take me off your list"),
        (.other, "Dana - I'm out on paternity leave, my wife had the baby Saturday! I'll look at this when I'm back in January."),
        (.optOut, "arretez de m'envoyer ces messages svp"),
        (.dispute, "The railing is still loose. Not paying til someone comes back out"),
        (.promise, "We'll pay this week."),
        (.promise, "We'll have this paid before Christmas, promise."),
        (.promise, "Die Zahlung erfolgt nächste Woche Mittwoch."),
        (.hardship, "money is really tight this month, sorry"),
        (.other, "Got it."),
        (
            .hardship,
            "Dana, I'm so sorry. I had emergency surgery in November and I'm only now getting back on my feet. I can't pay the full amount right now and I don't want to promise something I can't do.\n\nHelen"
        ),
        (.optOut, "wrong number i dont know what company this is and i never had any work done. stop"),
        (.promise, "Friday"),
        (.hardship, "Can you do a payment plan? 4 payments maybe?"),
        (
            .dispute,
            "Disputing this. The work was substandard and we had to bring in another contractor to redo the tile in both bathrooms."
        ),
        (.other, "Quién habla?"),
        (.dispute, "We only received 18 of the 24 cedar panels listed on the invoice."),
        (.hardship, "Slow season. Could I pay half now and half in February?"),
        (.alreadyPaid, "Siehe unten."),
        (.hardship, "Im in the hospital will deal with this when i get out"),
        (.promise, "I'll pay as soon as the insurance check clears."),
        (.optOut, "Stop."),
        (.promise, "Hi Dana, sorry about this. We'll send payment next Friday."),
        (.optOut, "please stop the reminders. getting them every other day now"),
        (
            .dispute,
            "Good morning,\n\nWe believe this invoice was issued in error. The repair to the water heater enclosure is covered by the one-year workmanship warranty in our contract (section 4). We would appreciate a credit note."
        ),
        (
            .optOut,
            "Cette facture a été réglée par virement le 25 novembre. Merci de ne plus m'envoyer ces relances automatiques."
        ),
        (.other, "Thank you for the reminder."),
        (.hardship, "Can we split this into three payments? Money is tight this time of year."),
        (.promise, "Komt in orde, we betalen zo snel mogelijk."),
        (.hardship, "cant afford it right now"),
        (.optOut, "STOP!!"),
        (.dispute, "Nous n'avons jamais commandé ces travaux. Il doit s'agir d'une erreur de votre part."),
        (
            .question,
            "We haven't paid yet because we never got the lien waiver. Can you send a signed conditional waiver for this invoice?"
        ),
        (
            .question,
            "Please confirm your remittance details by phone. Our AP team flagged a recent change of bank details as possible fraud and we can't release anything until it's verified."
        ),
        (.promise, "Should be able to pay between the 10th and 15th."),
        (.alreadyPaid, "We settled this with Mike in person on site - cash. He wrote us a receipt on the back of the estimate."),
        (
            .question,
            "Wir haben noch nicht bezahlt, weil uns Ihre Steuernummer fehlt. Können Sie uns das Formular W-9 zusenden?\n\nThomas Weber\nKreditorenbuchhaltung | Weber Logistik GmbH\n+49 40 5550 1159\n\nWeber Logistik GmbH · Sitz: München · Registergericht: Amtsgericht München HRB 123456 · Geschäftsführung: Thomas Weber"
        ),
        (.optOut, "Not interested. Unsubscribe me."),
        (.hardship, "Suite à une hospitalisation, je n'ai pas pu régler la facture à temps. Je ferai le virement le 18/12."),
        (.dispute, "your crew broke my sprinkler line and you want me to pay??"),
        (.other, "Merry Christmas to you and the whole Harbor & Pine team!"),
        (
            .optOut,
            "Kindly unsubscribe this mailbox from your reminder service. We only accept vendor correspondence through our supplier portal."
        ),
        (.alreadyPaid, "Voir ci-dessous la confirmation de virement."),
        (.optOut, "quit texting me man"),
        (.question, "¿A qué trabajo corresponde esta factura?"),
        (.hardship, "Estamos pasando por un mal momento económico. ¿Podríamos pagar en cuotas?"),
        (
            .hardship,
            "Wir haben gerade massive Liquiditätsprobleme. Wäre eine Ratenzahlung möglich?\n\nKatrin Baumann\nGeschäftsführerin\nBaumann Zahntechnik GmbH\n\nAm Do., 10. Dez. 2026 um 14:46 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .alreadyPaid,
            "Payment for INV-1094 was included in our batch run on December 2. The remittance advice went to ar@harborpine.example - maybe that's the wrong address?"
        ),
        (.promise, "ill pay it thursday"),
        (
            .hardship,
            "Dana,\n\nI'll be straight with you. The restaurant has been losing money since the city tore up the street out front in August - nobody can park, half our regulars stopped coming, and we've cut staff to the bone. I'm not trying to dodge what I owe you, the work you did on the walk-in was great. I just don't have it right now.\n\nIf you can give me some room, I'd like to pay something every couple of weeks until it's cleared. Whatever works on your end."
        ),
        (
            .dispute,
            "The invoice is missing our PO number and the amount doesn't match the PO either (PO 77120 is for $1,800.00). Our AP system will reject it as is."
        ),
        (.other, "thanks"),
        (.alreadyPaid, "Zahlung ist am Freitag rausgegangen."),
        (.alreadyPaid, "Esta fatura já foi paga no dia 27/11 por transferência bancária."),
        (.optOut, "STOP sending me these"),
        (.alreadyPaid, "did you get my check? mailed it the 28th"),
        (.other, "Thanks for the heads up"),
        (.hardship, "I lost a big client this fall but I can pay $500 on Friday and keep chipping away at the rest."),
        (.alreadyPaid, "Payment went out Friday."),
        (.dispute, "Your invoice says 'deck stain - 2 coats'. Only one coat was ever applied. Anyone can see it."),
        (.hardship, "We lost our biggest client in October and cash flow is really tight. Can I pay this in smaller amounts?"),
        (.alreadyPaid, "I dropped off a check at your office on Monday and gave it to the guy at the front desk."),
        (.alreadyPaid, "Paid in full. Confirmation #88213"),
        (.other, "Recibido, gracias."),
        (
            .optOut,
            "Diese Rechnung ist falsch, wir haben nur die Hälfte der Arbeiten beauftragt. Und bitte schicken Sie keine automatischen Mahnungen mehr an diese Adresse.\n\nJörg Schäfer\nBuchhaltung\nSchäfer & Söhne Metallbau\n+49 711 5550 1134\n\nSchäfer & Söhne Metallbau · Sitz: München · Registergericht: Amtsgericht München HRB 123456 · Geschäftsführung: Jörg Schäfer\n\nAm Mo., 30. Nov. 2026 um 14:17 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.hardship, "Had a family emergency, need more time please"),
        (
            .dispute,
            "I'm not paying for the second visit. Your crew showed up on the wrong day and nobody was home, that's not on me."
        ),
        (.promise, "I can pay in two weeks"),
        (.alreadyPaid, "Paid. Fwd'ing the Zelle receipt"),
        (.promise, "I'll pay on the 15th when I get paid."),
        (.dispute, "Wir haben diese Leistung nie beauftragt. Bitte stornieren Sie die Rechnung."),
        (.question, "The link gives me a 'page not found' error. Is there another way to pay?"),
        (.promise, "will get it sorted"),
        (.promise, "I'll take care of it."),
        (.alreadyPaid, "Paid via PayPal to accounts@harborpine.example on 11/29, transaction ID 4TY91823KL556."),
        (.promise, "Can you resend the payment link? I'll pay it tonight."),
        (.alreadyPaid, "Ya realizamos el pago el 27 de noviembre por transferencia."),
        (.other, "Please stop by the house next week and look at the garage door, it's sticking again."),
        (.promise, "Realizaremos el pago el 15/12."),
        (.optOut, "Please stop sending me these messages. This is my personal cell and I never gave it to anyone for billing."),
        (.alreadyPaid, "see below"),
        (
            .question,
            "Bonjour,\n\nPourriez-vous m'envoyer une copie de la facture ? Je ne la retrouve pas dans nos dossiers.\n\nMerci,\nJulien"
        ),
        (.dispute, "Het bedrag klopt niet. We hadden een vaste prijs afgesproken van $1.800, niet $2,150.00."),
        (.alreadyPaid, "I paid online sunday did it not go thru?"),
        (
            .dispute,
            "Dana,\nThe trim carpenter cut the baseboards short in three rooms and filled the gaps with caulk. That isn't finished work. We'll settle up when it's redone."
        ),
        (.hardship, "Cash is tight until our line of credit renews. Can you hold off a few weeks?"),
        (
            .hardship,
            "Cash flow's been brutal since we lost the Dunmore contract, but I can get you the full amount by the end of next week."
        ),
        (
            .alreadyPaid,
            "The payment was submitted through our AP portal (Bill.com) on 11/25. Those usually take 3-5 business days to land."
        ),
        (.dispute, "Les travaux ne sont pas terminés, nous ne paierons pas avant la fin du chantier."),
        (.promise, "End of day tomorrow."),
        (.dispute, "the roof still leaks. fix it and then we can talk about paying"),
        (.optOut, "Goedemiddag,\n\nIk wil deze herinneringen niet meer ontvangen. Haal mij alstublieft van de lijst."),
        (.alreadyPaid, "Zelled it to the number on your website this morning, 725. sorry for the delay"),
        (.dispute, "See below. The change order caps it at $400."),
        (
            .hardship,
            "I'm on medical leave and my business partner doesn't handle any of the finances. I'll need some time on this."
        ),
        (
            .dispute,
            "This is for the Harmon Street project, which was a fixed-price contract we paid in full in September. The extras on this invoice were never approved by anyone here."
        ),
        (
            .dispute,
            "This should have been billed to the landlord, not to us. Under our lease the building owner pays for structural repairs."
        ),
        (.other, "Thx"),
        (.other, "Danke, habe ich an die Buchhaltung weitergeleitet."),
        (.alreadyPaid, "Been paid"),
        (.hardship, "Ich war längere Zeit krank und unser Betrieb war vier Wochen geschlossen. Ich bitte um etwas Geduld."),
        (.optOut, "Unsubscribe me from these texts please. Thank you"),
        (.alreadyPaid, "sent the check monday"),
        (.optOut, "Merci de me désabonner de ces rappels automatiques."),
        (.other, "Who is this"),
        (
            .optOut,
            "This invoice is wrong and I've told your office twice. Stop sending me these automated reminders and have a real person call me about the overcharge."
        ),
        (.promise, "We haven't paid yet because our AP run is on Thursdays. You'll have it Thursday."),
        (.promise, "Thanks for the reminder. Payment will go out the first week of January, after our year-end close."),
        (.optOut, "Whoever set up this robot: turn it off for us. We don't want reminder emails, period."),
        (.other, "Message received. I'll make sure it gets to the right person."),
        (.promise, "check will be cut 12/11"),
        (.alreadyPaid, "This was already settled by ACH on Nov 25. Please check your records."),
        (.other, "who is this?"),
        (.question, "who do i make the check out to"),
        (.promise, "You'll have it by the 23rd."),
        (
            .optOut,
            "Keine E-Mails mehr an diese Adresse, bitte. Ich bin für die Buchhaltung gar nicht zuständig.\n\nJörg Schäfer\nBuchhaltung\nSchäfer & Söhne Metallbau\n+49 711 5550 1134\n\nSchäfer & Söhne Metallbau · Sitz: München · Registergericht: Amtsgericht München HRB 123456 · Geschäftsführung: Jörg Schäfer"
        ),
        (
            .alreadyPaid,
            "Zie onderstaande betaalbevestiging.\n\nSanne de Vries\nPraktijkmanager\nDe Vries Tandartsen\n+31 20 555 0141"
        ),
        (.question, "can u email me the invoice"),
        (
            .dispute,
            "I'll pay the $800 for the framing by Friday, but the $440 for \"site cleanup\" is not something we ever agreed to."
        ),
        (.promise, "We will pay on December 15."),
        (.other, "I'm not the right person for this. Looping in our office manager."),
        (.question, "Who signed for this work on our end?"),
        (.hardship, "Things are really tough right now. I don't have the money."),
        (.hardship, "We haven't paid yet because we genuinely don't have the cash. Sales are down 40% since September."),
        (.question, "Can you send me a copy of the invoice? We need it before we can pay."),
        (.question, "¿Me pueden enviar la factura en PDF?"),
        (.other, "Vou encaminhar para a contabilidade."),
        (.question, "What is this for?"),
        (.hardship, "lost my job but i get my last check friday, ill pay then"),
        (.hardship, "We had to let our whole crew go in November. I'll pay what I can when I can."),
        (.promise, "paying today"),
        (.question, "what is this for"),
        (.other, "?"),
        (.optOut, "Por favor, deixem de enviar estes e-mails. Não quero receber mais lembretes."),
        (
            .alreadyPaid,
            "Dana, the wire went out on the 1st. Our bank is slow with these, it should reach you by the end of the week."
        ),
        (
            .alreadyPaid,
            "Hi, this was paid together with INV-1018 in one combined check (#2207) on November 23. The check stub lists both invoice numbers."
        ),
        (.promise, "we'll get it paid end of next week"),
        (.alreadyPaid, "Segue abaixo o comprovativo."),
        (.question, "Um welches Projekt handelt es sich hier?"),
        (.dispute, "The electrician never showed up on the 14th and we had to reschedule. Those 6 hours should not be on here."),
        (.optOut, "unsubscribe"),
        (.hardship, "Our main account hasn't paid us in 90 days and we're stuck. I need a few more weeks."),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI paid INV-1062 through your online link on Saturday and got a confirmation email with receipt number 7F3K-22Q. Let me know if it didn't come through on your end.\n\nThanks!\nNora"
        ),
        (
            .question,
            "I'm the new office manager. I don't see this invoice anywhere in our files, could you resend it with the job details"
        ),
        (.question, "Is there a way to pay by credit card? The link only asks for a bank account."),
        (.hardship, "my hours got cut in half at work, i cant pay 2150 at once. can we do installments"),
        (.promise, "will pay tomorrow. whats the total with the other invoice?"),
        (.hardship, "can I pay this in smaller amounts?"),
        (.question, "À quoi correspond cette facture exactement ?"),
        (
            .dispute,
            "Hi Dana - I think there's a mistake. The invoice includes 14 hours of labor for the fence, but your guys were only on site for two afternoons. Could you double-check the timesheets before we go any further?"
        ),
        (.hardship, "cant pay all of it rn. can i do 100 a week"),
        (.alreadyPaid, "Check #4471 was mailed on the 20th. Should be there any day."),
        (.other, "ok"),
        (.promise, "I already told Mike I'd pay on the 15th and I will."),
        (.promise, "Le pago el viernes"),
        (.hardship, "Surgery set me back a lot. I can pay $300 on the 15th and then we'll figure out the rest."),
        (.dispute, "i was promised a discount for paying the deposit up front. 10%. its not on here"),
        (.promise, "Payment is being processed and will go out with our next payment run."),
        (.alreadyPaid, "Wir haben am 20.11. überwiesen. Können Sie bitte prüfen, ob die Zahlung bei Ihnen eingegangen ist?"),
        (
            .question,
            "Hello,\n\nI took over accounts payable here two weeks ago and I'm trying to reconcile everything the previous person left behind. I see INV-1055 in your email but I can't find a matching purchase order or a signed estimate anywhere in our files. Could you tell me which project and which site this was for, and who on our side approved it? Once I have that I can get it into the system."
        ),
        (.optOut, "will pay friday. stop texting me every day"),
        (.question, "Can you tell me which property this was for? We manage about 40 buildings and I can't match it."),
        (.optOut, "What is this even for? And please take me off this list."),
        (.promise, "Pagaremos antes de Navidad."),
        (.other, "Can't talk now, in a meeting all afternoon."),
        (.question, "Voor welk project is deze factuur?\n\nPieter Jansen\nDirecteur\nJansen Bouwadvies\n+31 30 555 0152"),
        (.alreadyPaid, "We haven't received any statement showing this as open. It was paid on 11/16 with check 3093."),
        (.promise, "will pay within 7 days"),
        (.optOut, "Por favor no me envíen más correos automáticos. Gracias."),
        (.other, "This is my work address. For anything about the house please use my personal email, Mike has it on file."),
        (
            .optOut,
            "Afmelden a.u.b.\n\nOutlook voor Android downloaden\n\nOp do 3 dec. 2026 om 16:12 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.question, "Which invoice? I paid 2 last month"),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI'm a bit confused by this reminder. We paid INV-1066 back on November 20 - I remember because I did it the same afternoon I paid the deposit for the bathroom job, both through the online link. I have the confirmation emails for both and the money is gone from our account.\n\nMaybe it got applied to the wrong invoice on your end? Either way, it's paid.\n\nBest,\nMark"
        ),
        (.optOut, "désabonner"),
        (.other, "Se lo paso a mi contador."),
        (.other, "ok thx"),
        (.promise, "Nous effectuerons le virement vendredi prochain."),
        (.dispute, "the price was 600 not 725"),
        (
            .dispute,
            "Den unstrittigen Teil (Material) überweisen wir bis 15.12. Die Arbeitsstunden sind aber viel zu hoch angesetzt, darüber müssen wir reden."
        ),
        (.promise, "Bonjour, le paiement sera effectué le 15/12. Cordialement."),
        (
            .hardship,
            "Would you accept $250 now and $250 in January? We're waiting on an insurance payout that keeps getting pushed back."
        ),
        (.other, "Forwarding to Tom, he's handling the renovation budget now."),
        (.optOut, "Opt out."),
        (.other, "Will look into it."),
        (
            .optOut,
            "Dana,\n\nI know you're just doing your job and I'm honestly not trying to be difficult here. But I get something like forty of these automated things a day between suppliers, the bank, the scheduling software, all of it, and I've started missing real emails from real people because of them. So please take this address off whatever system sends these out.\n\nIf there's ever an actual problem with one of our invoices, Carla in our office handles all of that and she's reachable at the main number. I'd just rather not be on the automated list at all."
        ),
        (.promise, "will pay tmrw"),
        (.dispute, "This isn't ours. Wrong company I think - we've never had any work done by you guys."),
        (.optOut, "ya no me manden mensajes por favor"),
        (.optOut, "I dont want texts about this. Stop"),
        (.optOut, "remove me"),
        (.alreadyPaid, "Deze factuur is al betaald op 25 november."),
        (
            .dispute,
            "Half of the flooring was the wrong shade and went back to the supplier. Take the returned material off and we'll look at it again."
        ),
        (.other, "Thanks Dana, I'll pass this along to Karen in accounting."),
        (.optOut, "We never hired you. Stop texting me."),
        (.other, "Merci, bien reçu."),
        (.optOut, "STOP. I already asked once."),
        (.dispute, "Wrong tax rate on this one. We're tax exempt (the certificate has been on file with you since 2024)."),
        (.promise, "Wir begleichen die Rechnung bis Ende des Monats."),
        (.optOut, "no more emails pls"),
        (.hardship, "We're in a rough spot after the fire at our warehouse. Can we talk about a payment plan?"),
        (
            .dispute,
            "Bonjour,\n\nLe montant ne correspond pas au devis signé (980 $). Merci de nous envoyer une facture rectifiée."
        ),
        (.alreadyPaid, "Dana - see the note from our bank below, the check cleared on 11/23."),
        (.promise, "Hola, pagaremos el próximo lunes. Disculpe la demora."),
        (.dispute, "Esta fatura está errada. O valor acordado era outro e o trabalho ficou incompleto."),
        (.question, "Could you send invoices to ap@yoderfarmsupply.example going forward instead of to me?"),
        (.optOut, "stop stop stop"),
        (.question, "Does the pay online link take Apple Pay or just cards"),
        (.promise, "first thing monday morning"),
        (.promise, "Will pay by Friday."),
        (.hardship, "After my surgery I'm behind on all my bills. Do you charge interest if I pay late?"),
        (.promise, "No need to stop the reminders, they're actually helpful! We'll pay on the 18th."),
        (.hardship, "honestly we are struggling. business has been slow since summer. i can do maybe $200 a month if thats ok"),
        (.dispute, "The amount is wrong, we only got one of the two doors. can you send me an itemized invoice"),
        (.alreadyPaid, "Cette facture a déjà été réglée par virement le 26 novembre (réf. VIR-20261126-0042)."),
        (.hardship, "I was in the hospital for two weeks. Please be patient with me."),
        (.dispute, "Not our invoice. We're at the Route 9 location, this address is the old tenant."),
        (.alreadyPaid, "Já paguei por transferência ontem"),
        (.dispute, "Thats not the amount we agreed on"),
        (.dispute, "Não encomendámos este serviço. Por favor anulem a fatura."),
        (.other, "I'll check with my husband, he handles the bills."),
        (
            .dispute,
            "The work was done at my mother's house and she's the one who signed the contract. It shouldn't be in my name at all."
        ),
        (.question, "Necesito saber a nombre de quién hago el cheque"),
        (
            .optOut,
            "Bonjour,\n\nJe ne souhaite plus recevoir ces courriels. Merci de retirer mon adresse de votre liste de diffusion."
        ),
        (.dispute, "Die Rechnung ist fehlerhaft: Sie haben die Anfahrt doppelt berechnet."),
        (.other, "Ik stuur het door naar onze boekhouder.\n\nJoost van Dijk\nFinanciële administratie\nVan Dijk Vastgoed B.V."),
        (.other, "call me"),
        (.question, "Is this the same as the one below?"),
        (.promise, "i can pay monday the 14th"),
        (.question, "Do you have a PO number for this? Our system won't let me enter it without one."),
        (.alreadyPaid, "It's been paid! Sorry it was a few days late."),
        (.optOut, "Take me off your mailing list. I do not want these automated reminders."),
        (.alreadyPaid, "Hello, we paid $799.99 by credit card over the phone with your office on November 28th."),
        (.alreadyPaid, "Die Rechnung wurde bereits am 24.11. überwiesen."),
        (.optOut, "Ya pagué. No me manden más mensajes."),
        (.optOut, "Stop 🛑"),
        (.question, "Kunt u mij een kopie van de factuur sturen?"),
        (.dispute, "De werkzaamheden zijn nog niet afgerond, dus wij betalen nog niet."),
        (.alreadyPaid, "Our records show this invoice was paid on 11/19, check number 10288, and the check cleared on 11/24."),
        (.dispute, "El trabajo no está terminado. No vamos a pagar hasta que lo terminen."),
        (.question, "Können Sie uns bitte eine Kopie der Rechnung schicken?"),
        (.hardship, "Tive um problema de saúde grave e fiquei sem rendimentos. Peço mais algum tempo."),
        (.question, "what was the original due date"),
        (
            .optOut,
            "Could you please take me off the reminder list? I'm just the receptionist and these keep landing in my inbox."
        ),
        (
            .hardship,
            "Business is slow and I'm behind on everything. Before I figure out a plan, can you tell me exactly what this invoice covers?"
        ),
        (.hardship, "Je suis en arrêt maladie depuis trois semaines et je ne peux pas régler cette facture pour le moment."),
        (
            .hardship,
            "We closed the shop for a month after the flood and we're just now reopening. Any chance we can work out a payment plan?"
        ),
        (.optOut, "pls stop texting me"),
        (.promise, "Not paid yet, still waiting on sign-off from the board. It should go out by the 20th."),
        (.promise, "Payment will be made by the end of the month."),
        (.other, "Also, we'd love a quote for a new patio in the spring. Give me a ring sometime."),
        (.other, "I'll stop by Thursday to drop off the spare keys."),
        (.alreadyPaid, "FYI we paid this - bank confirmation below."),
        (.other, "Frohe Weihnachten und einen guten Rutsch!"),
        (.promise, "We process vendor payments on net-45 terms. This one is scheduled to be paid on December 22."),
        (
            .dispute,
            "Hello,\n\nI have to be honest, I was surprised to get this. When we started the kitchen project in September we were quoted a price that included the backsplash, the under-cabinet lighting and the trim. Halfway through, the backsplash tile was backordered and your foreman said we could either wait or pick something else \"at no extra cost\". We picked something else. Now the invoice has a line for \"tile upgrade - $640\" and another for \"lighting - additional fixtures\" that we never asked for. We have the original quote and the texts with your foreman.\n\nOn top of that the island still doesn't have its end panel and the dishwasher isn't level. So no, we are not paying this invoice as it stands. Please have someone review it against the quote and come out to finish the work."
        ),
        (.hardship, "I know I owe this. Things are bad, the truck got repossessed last week. I'll call you."),
        (.question, "Is this the same invoice I got in the mail last week?"),
        (.question, "Does this include the punch-list fixes from the final walkthrough, or will those be billed separately?"),
        (.promise, "I will pay by the end of the week."),
        (.question, "hi what is the account number on this"),
        (.promise, "Vou pagar assim que puder."),
        (.dispute, "not paying for a job that isnt finished"),
        (.other, "Dank je, ontvangen."),
        (
            .dispute,
            "Hi Dana,\n\nThe cabinets your team installed in the upstairs bathroom are damaged. Two of the doors are cracked along the hinge side and one drawer front is a completely different color from the rest (looks like it came from another batch). I sent photos to Mike on November 18 and never heard back.\n\nI'm not paying until that's fixed. I'm happy to pay for the work once it's actually finished properly.\n\nTom"
        ),
        (.dispute, "This is what we agreed to: $900, fixed price, see Mike's estimate below. Not $1,240.00."),
        (.question, "Is the amount including sales tax?"),
        (.promise, "paying on the 30th"),
        (.other, "Sorry, replied to the wrong email!"),
        (.optOut, "no more texts"),
        (
            .optOut,
            "stop met mailen naar dit adres, ik werk hier niet meer\n\nJoost van Dijk\nFinanciële administratie\nVan Dijk Vastgoed B.V.\n+31 70 555 0174\n\nOp vr 4 dec. 2026 om 17:14 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .optOut,
            "Hi Dana,\n\nI'd rather not get these automatic emails. If you ever need something from me, call the shop and ask for me directly."
        ),
        (.dispute, "This is more than the quote. What are the extra charges for, and who approved them?"),
        (.dispute, "Nope. We're not paying for the dumpster. Your project manager told us the dumpster was on you."),
        (
            .hardship,
            "We are going through a restructuring and all vendor payments are frozen for the next 60 days. I'm sorry, it's out of my hands."
        ),
        (.optOut, "Do not text this number again. Email only please."),
        (.promise, "The check is being signed this afternoon and will go in the mail tomorrow."),
        (.optOut, "Please stop emailing this address. It's a personal inbox and I have asked twice already."),
        (.optOut, "No me envíen más mensajes a este número."),
        (.other, "call me 312 555 0187"),
        (.dispute, "You overcharged us. 3 windows at $180 each is $540, not $720."),
        (.alreadyPaid, "paid in full 11/27 via wire (ref GW-112726)"),
        (.promise, "I'll pay Monday"),
        (.other, "okay got it"),
        (.promise, "We'll mail the check in 10 days."),
        (
            .promise,
            "Je m'en occupe rapidement, désolé pour le retard.\n\nÉmilie Roux\nAssistante de direction | Roux Immobilier\n\nPensez à l'environnement avant d'imprimer ce courriel."
        ),
        (
            .hardship,
            "Tuve una operación y estuve un mes sin trabajar. Necesito más tiempo para pagar.\n\nMaría López\nDueña\nTaquería El Sol\n(872) 555-0104\n\nAntes de imprimir este correo, piense en el medio ambiente."
        ),
        (.promise, "We betalen uiterlijk 18/12."),
        (.promise, "ok will pay"),
        (
            .alreadyPaid,
            "Pagamento efetuado na sexta-feira passada.\n\nMariana Silva\nGerente\nClínica Sorriso\n\nAntes de imprimir este e-mail, pense no ambiente."
        ),
        (
            .promise,
            "Nous réglerons la facture d'ici la fin de la semaine prochaine.\n\nJulien Lefèvre\nDirecteur\nAtelier Lefèvre Design\n+33 4 78 55 01 22\n\nPensez à l'environnement avant d'imprimer ce courriel."
        ),
        (.question, "Can I pay through Bill.com instead of your link?"),
        (
            .optOut,
            "I left Maple Street Clinic at the end of October and this inbox is being shut down. Please remove my address from your system."
        ),
        (.optOut, "Unsubscribe"),
        (.alreadyPaid, "paid yesterday"),
        (
            .hardship,
            "Is there any possibility of a hardship arrangement? My wife has been in treatment since September and our finances are stretched thin."
        ),
        (.alreadyPaid, "our bank shows the payment cleared on the 30th. maybe it hasnt posted on your side yet?"),
        (.question, "How do I set up automatic payments for future invoices?"),
        (.dispute, "we were told the permit fee was included. its on the invoice as an extra $350. thats not what we agreed"),
        (.question, "What's the address to mail a check?"),
        (.optOut, "remove"),
        (.optOut, "Quiero darme de baja de estos correos."),
        (.hardship, "Estamos com dificuldades financeiras. Seria possível pagar em prestações?"),
        (.other, "Je transmets à notre comptable."),
        (.question, "A que serviço se refere esta fatura?"),
        (
            .dispute,
            "We already paid this invoice in October. It's the exact same work as INV-1031 - you've billed us twice for the one job."
        ),
        (.optOut, "QUIT"),
        (.dispute, "We cancelled this order in writing on October 2nd. You should not be billing us for it."),
        (.promise, "I'll pay it tomorrow"),
        (.question, "can you send a W-9"),
        (.alreadyPaid, "We hebben de helft al betaald, de rest volgt vrijdag."),
        (.dispute, "I never got an invoice from you and I didn't order anything"),
        (
            .dispute,
            "Hi Dana,\n\nThis amount is wrong. We agreed on $950 for the drywall repair and you've billed $1,240.00. Please send a corrected invoice and we'll pay it.\n\nPriya"
        ),
        (.promise, "We'll pay soon."),
        (.alreadyPaid, "Forwarding our remittance advice. Paid 11/27."),
        (.promise, "Pagamos até sexta-feira."),
        (
            .hardship,
            "My husband passed away in October and I'm trying to sort out his business accounts. I don't even know where the checkbook is. Please bear with me."
        ),
        (.dispute, "Esta factura no es correcta, nos cobraron dos veces el mismo trabajo."),
        (.promise, "I'll stop by your office Friday with a check."),
        (.alreadyPaid, "Paid by ACH on the 27th. Do you need the trace number?"),
        (.promise, "Next Tuesday for sure."),
        (.optOut, "Cancelar subscrição"),
        (.alreadyPaid, "This went out on the 24th, here's the confirmation from our AP system."),
        (.alreadyPaid, "We mailed check #3318 on November 21. Can you confirm you received it?"),
        (
            .promise,
            "Wir überweisen am 10.12.\n\nOutlook für Android herunterladen\n\nAm Mi., 2. Dez. 2026 um 15:55 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.optOut, "stop please"),
        (.optOut, "Don't e-mail me again. Any further contact goes through our attorney."),
        (.optOut, "who gave you this number?? stop"),
        (.optOut, "Não quero receber mais mensagens. Parem."),
        (.question, "Can you send it as a PDF? The link doesn't open on my work computer."),
        (.promise, "Will pay Friday. Do you take Amex?"),
        (.dispute, "No reconocemos esta factura. Nunca contratamos a su empresa."),
        (.promise, "Apologies for the delay, we'll settle it on 15 Dec."),
        (
            .dispute,
            "the job isnt finished. the back deck still has no railing and the gutters were never put up. not paying for work that isnt done"
        ),
        (.other, "Recebido, obrigado."),
        (.alreadyPaid, "We sent $600 toward this last week and will pay the balance on the 15th."),
        (.promise, "I get paid on the 1st, will pay it then."),
        (
            .hardship,
            "Our city contract payments are delayed by the budget freeze and we're waiting on almost $60k. Can you give us until that clears?"
        ),
        (.hardship, "Ahorita no tengo el dinero, me quedé sin trabajo. ¿Puedo pagar en partes?"),
        (.question, "Which job is this? We had you out for the porch and the garage."),
        (.promise, "Pourriez-vous m'envoyer vos coordonnées bancaires ? Je ferai le virement le 18."),
        (.alreadyPaid, "Settled. Our controller released it with the November 30 vendor run."),
        (
            .dispute,
            "Dana, with respect, the invoice doesn't match the change order we signed. The change order capped the extra work at $400 and you've billed $1,150 for it."
        ),
        (
            .dispute,
            "Guten Tag,\n\ndie Arbeiten wurden mangelhaft ausgeführt, die Fliesen im Eingangsbereich sind an mehreren Stellen gesprungen. Eine Zahlung erfolgt erst nach der Nachbesserung.\n\nMit freundlichen Grüßen\nKatrin"
        ),
        (.optOut, "opt out"),
        (.optOut, "STOP"),
        (.alreadyPaid, "Already paid this on the 25th"),
        (.question, "Do you accept checks?"),
        (.promise, "Vamos pagar no dia 21/12."),
        (.other, "👍"),
        (.question, "i need an itemized version for my insurance company. can you do that"),
        (.alreadyPaid, "We paid this last week."),
        (.promise, "We should be able to pay sometime between Dec 14 and Dec 18."),
        (.other, "received"),
        (.alreadyPaid, "PAID 11/30 - CONF# 55102-B"),
        (.optOut, "Please remove me from this list."),
    ]
}
