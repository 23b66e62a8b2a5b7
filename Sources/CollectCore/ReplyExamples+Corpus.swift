// Written by `collect-replies-bench --write-examples` (Benchmarks/replies.sh --write-examples) from the
// training part of Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl; do not edit.
extension ReplyExamples {
    static let corpus: [(ReplyMeaning, String)] = [
        (.optOut, "I'd prefer not to get texts from you. Thanks"),
        (.other, "We close our books on the 31st. I'll see where things stand then."),
        (.question, "Can you send me a copy of the invoice? We need it before we can pay."),
        (.hardship, "We haven't paid yet because we genuinely don't have the cash. Sales are down 40% since September."),
        (.promise, "ok ill take care of it"),
        (.hardship, "Payroll ate everything this month. I need a couple more weeks."),
        (.hardship, "Slow season. Could I pay half now and half in February?"),
        (.hardship, "Things have been tight since my surgery but I can send $200 on Friday the 11th."),
        (.promise, "I already told Mike I'd pay on the 15th and I will."),
        (.other, "thanks"),
        (.promise, "Je m'en occupe rapidement, désolé pour le retard."),
        (
            .optOut,
            "Guten Tag,\n\nwir wünschen keine automatisierten Nachrichten. Bitte stellen Sie die Erinnerungen für unser Konto ab."
        ),
        (.hardship, "Could we break it into 3 installments? We just bought a truck and we're stretched thin."),
        (.dispute, "Mike said he'd credit us $300 for the delay. That credit isn't on here."),
        (.question, "essa cobrança é de qual serviço?"),
        (.question, "Please send a statement of account showing all open items."),
        (.dispute, "you guys cracked the tile in the entry and left. not paying for that"),
        (.question, "How do I set up automatic payments for future invoices?"),
        (.optOut, "stop met mailen naar dit adres, ik werk hier niet meer"),
        (.optOut, "Graag dit adres verwijderen uit uw systeem.\n\nPieter Jansen\nDirecteur | Jansen Bouwadvies"),
        (.question, "which job is this for, the kitchen or the upstairs bath"),
        (.hardship, "no tengo para pagar todo ahorita, puedo dar abonos?"),
        (
            .alreadyPaid,
            "The payment was submitted through our AP portal (Bill.com) on 11/25. Those usually take 3-5 business days to land."
        ),
        (.dispute, "Nous n'avons jamais commandé ces travaux. Il doit s'agir d'une erreur de votre part."),
        (.optOut, "Please take my number off your list, this is a work phone"),
        (.dispute, "Faltam 6 painéis dos 24 faturados."),
        (
            .dispute,
            "I'm not paying for the second visit. Your crew showed up on the wrong day and nobody was home, that's not on me."
        ),
        (.optOut, "Per my previous email, do not contact me again at this address."),
        (.question, "Qual é o IBAN ou os dados bancários para a transferência?"),
        (.alreadyPaid, "We remitted payment on 11/20 in the amount of $1,560.00. Please apply it to INV-1095."),
        (
            .optOut,
            "Dana,\n\nI know you're just doing your job and I'm honestly not trying to be difficult here. But I get something like forty of these automated things a day between suppliers, the bank, the scheduling software, all of it, and I've started missing real emails from real people because of them. So please take this address off whatever system sends these out.\n\nIf there's ever an actual problem with one of our invoices, Carla in our office handles all of that and she's reachable at the main number. I'd just rather not be on the automated list at all."
        ),
        (
            .optOut,
            "We paid INV-1019 on November 24 by ACH. Please unsubscribe me from these reminders, they're clogging my inbox."
        ),
        (.other, "Boas festas para toda a equipa!"),
        (.dispute, "I never got an invoice from you and I didn't order anything"),
        (
            .optOut,
            "Cease contact with this office. From now on all communication regarding the property goes through our management company."
        ),
        (
            .hardship,
            "Still waiting on the insurance adjuster to release the funds from the storm claim. Can this wait until they pay out?"
        ),
        (.hardship, "Can I pay $100 every other week till it's done?"),
        (.promise, "Bis Monatsende ist das erledigt."),
        (
            .dispute,
            "Three of the new windows already fog up between the panes. That's a warranty issue. Not paying until they're replaced."
        ),
        (.other, "Je ne suis pas la bonne personne, je fais suivre à Mme Roux."),
        (
            .optOut,
            "This invoice is wrong and I've told your office twice. Stop sending me these automated reminders and have a real person call me about the overcharge."
        ),
        (.promise, "Will pay Monday. Can you send the W-9 first?"),
        (
            .dispute,
            "Esta fatura está errada. O valor acordado era outro e o trabalho ficou incompleto.\n\nAna Costa\nDiretora Financeira | Costa & Filhos Lda.\n+351 21 555 0185"
        ),
        (
            .alreadyPaid,
            "Cette facture a déjà été réglée par virement le 26 novembre (réf. VIR-20261126-0042).\n\nÉmilie Roux\nAssistante de direction\nRoux Immobilier\n+33 2 40 55 01 47\n\nPensez à l'environnement avant d'imprimer ce courriel."
        ),
        (.optOut, "Quiero darme de baja de estos correos."),
        (.dispute, "We cancelled this order in writing on October 2nd. You should not be billing us for it."),
        (.dispute, "THIS IS INCORRECT. The quote was for labor only, we supplied all the materials ourselves."),
        (.promise, "first thing monday morning"),
        (.promise, "We can pay right after the 15th when the rent checks come in."),
        (.optOut, "Please stop emailing this address. It's a personal inbox and I have asked twice already."),
        (.dispute, "Not our invoice. We're at the Route 9 location, this address is the old tenant."),
        (.dispute, "Still waiting on the last 2 cabinet doors. Will pay when theyre in"),
        (.alreadyPaid, "ja paguei ontem pelo link"),
        (.promise, "Komt in orde, we betalen zo snel mogelijk."),
        (.optOut, "remove"),
        (.question, "whats your tax ID, our accountant is asking"),
        (.optOut, "Bereits am 27.11. überwiesen. Bitte keine weiteren automatischen Mahnungen an diese Adresse."),
        (.optOut, "STOPALL"),
        (
            .dispute,
            "this invocie is for the wrong adress, we're at 412 Elm not 421 Elm and we didnt get the kitchen done, that was our neighbour"
        ),
        (.hardship, "Wir sind knapp bei Kasse, können aber am 15.12. die Hälfte überweisen."),
        (.question, "Bitte senden Sie uns die Rechnung mit unserer Bestellnummer erneut zu."),
        (
            .dispute,
            "This is more than double what Mike quoted us on site. I have his text saying \"around $900 all in\". I'm not paying $1,875.00 for a two day job."
        ),
        (
            .hardship,
            "Family emergency - my father passed and I've been out of state for three weeks. I'll deal with this when I'm back. I'm sorry."
        ),
        (.alreadyPaid, "We settled this with Mike in person on site - cash. He wrote us a receipt on the back of the estimate."),
        (
            .alreadyPaid,
            "We sent $250 on 12/1, it's all we could manage. Work has dried up since the plant closed and I don't know when I can do the rest."
        ),
        (
            .dispute,
            "I never signed anything for this. The estimate was just an estimate, I told Mike we'd think about it over the holidays."
        ),
        (.optOut, "Cancelar subscrição"),
        (.optOut, "Não quero mais receber mensagens automáticas de vocês."),
        (.promise, "We should be able to pay sometime between Dec 14 and Dec 18."),
        (
            .optOut,
            "Kindly unsubscribe this mailbox from your reminder service. We only accept vendor correspondence through our supplier portal."
        ),
        (.alreadyPaid, "Pagado. Les reenvío el comprobante."),
        (.promise, "check will be cut 12/11"),
        (.promise, "Wir überweisen Donnerstag in einer Woche."),
        (.alreadyPaid, "I sent it via zelle on the 29th around 8pm"),
        (.promise, "End of business Friday."),
        (.optOut, "will pay on the 11th. stop texting"),
        (.other, "Quién habla?"),
        (.other, "Adding Rosa from accounting - she handles vendor payments."),
        (.hardship, "Surgery set me back a lot. I can pay $300 on the 15th and then we'll figure out the rest."),
        (.question, "i need an itemized version for my insurance company. can you do that"),
        (.alreadyPaid, "I paid it online yesterday check your system"),
        (.optOut, "who gave you this number?? stop"),
        (.question, "Who do I speak to about paying by wire?"),
        (.dispute, "El trabajo no está terminado. No vamos a pagar hasta que lo terminen."),
        (.promise, "Thanks for the reminder. Payment will go out the first week of January, after our year-end close."),
        (.alreadyPaid, "We haven't received any statement showing this as open. It was paid on 11/16 with check 3093."),
        (.promise, "paying today"),
        (.optOut, "Delete my address from your mailing list. I no longer work at Quinn's Bakery."),
        (.promise, "Le pago el viernes"),
        (.optOut, "stop stop stop"),
        (
            .dispute,
            "De werkzaamheden zijn nog niet afgerond, dus wij betalen nog niet.\n\nJoost van Dijk\nFinanciële administratie\nVan Dijk Vastgoed B.V.\n+31 70 555 0174"
        ),
        (.hardship, "Je suis en arrêt maladie depuis trois semaines et je ne peux pas régler cette facture pour le moment."),
        (
            .dispute,
            "Good morning,\n\nWe believe this invoice was issued in error. The repair to the water heater enclosure is covered by the one-year workmanship warranty in our contract (section 4). We would appreciate a credit note."
        ),
        (.hardship, "We're in a rough spot after the fire at our warehouse. Can we talk about a payment plan?"),
        (.hardship, "can I pay this in smaller amounts?"),
        (.other, "I'll stop by Thursday to drop off the spare keys."),
        (.promise, "12/21"),
        (.promise, "We betalen volgende week dinsdag."),
        (
            .alreadyPaid,
            "Die Überweisung wurde am 26.11. ausgeführt, Verwendungszweck INV-1097.\n\nAnna Müller\nPraxismanagerin | Praxis Dr. Müller\n+49 30 5550 1147\n\nPraxis Dr. Müller · Sitz: München · Registergericht: Amtsgericht München HRB 123456 · Geschäftsführung: Anna Müller\n\nAm Di., 8. Dez. 2026 um 15:00 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.optOut, "opt out"),
        (.other, "Recebido, obrigado."),
        (.alreadyPaid, "Die Rechnung wurde bereits am 24.11. überwiesen."),
        (.optOut, "Stop texting me, I'm handling it with my accountant"),
        (
            .hardship,
            "I'm on medical leave and my business partner doesn't handle any of the finances. I'll need some time on this."
        ),
        (.other, "Received, thank you."),
        (
            .question,
            "We haven't paid yet because we never got the lien waiver. Can you send a signed conditional waiver for this invoice?"
        ),
        (.question, "send me the bill again pls"),
        (.optOut, "Nunca contraté nada con ustedes. No me escriban más."),
        (.promise, "This is scheduled for our next check run on the 10th."),
        (.other, "Thanks for the heads up"),
        (.promise, "Once our client pays us on the 20th we'll pay you the same day."),
        (.hardship, "Slow month. Give me a few more weeks pls"),
        (.promise, "Vamos regularizar em breve."),
        (
            .dispute,
            "Hi Dana - I think there's a mistake. The invoice includes 14 hours of labor for the fence, but your guys were only on site for two afternoons. Could you double-check the timesheets before we go any further?"
        ),
        (.other, "Noted, $2,290.40."),
        (.hardship, "lost my job. ill pay when i can"),
        (.optOut, "Bitte keine weiteren E-Mails dieser Art."),
        (
            .alreadyPaid,
            "Hi, this was paid together with INV-1018 in one combined check (#2207) on November 23. The check stub lists both invoice numbers."
        ),
        (.promise, "ill pay it thursday"),
        (.optOut, "unsub"),
        (.optOut, "stop met sms'en naar dit nummer"),
        (.hardship, "Je suis hospitalisé depuis deux semaines, je m'en occuperai dès que je pourrai."),
        (.alreadyPaid, "see below"),
        (
            .optOut,
            "I left Whitaker Law LLC at the end of October and this inbox is being shut down. Please remove my address from your system."
        ),
        (.optOut, "Afmelden a.u.b.\n\nPieter Jansen\nDirecteur | Jansen Bouwadvies\n+31 30 555 0152"),
        (
            .hardship,
            "Cash flow is a mess right now - two of our own customers are 60+ days late paying us. Can you give us 30 more days?"
        ),
        (.promise, "Payment is being processed and will go out with our next payment run."),
        (.hardship, "Car accident in October, been out of work since. Is a partial payment ok for now?"),
        (.optOut, "What is this even for? And please take me off this list."),
        (.dispute, "Nous avons déjà été facturés pour cette intervention en octobre. Il s'agit d'un doublon."),
        (.alreadyPaid, "Hierbij het betaalbewijs."),
        (.other, "Also, we'd love a quote for a new patio in the spring. Give me a ring sometime."),
        (.alreadyPaid, "Zelled it to the number on your website this morning, 725. sorry for the delay"),
        (.dispute, "Your invoice says 'deck stain - 2 coats'. Only one coat was ever applied. Anyone can see it."),
        (.dispute, "your crew broke my sprinkler line and you want me to pay??"),
        (.alreadyPaid, "Already paid, check your bank."),
        (.question, "hi, what is the invoice date on this one, the email only shows the due date"),
        (.optOut, "please stop the reminders. getting them every other day now"),
        (.dispute, "Les travaux de peinture ne sont pas terminés : il manque la deuxième couche dans le salon."),
        (.dispute, "Esta factura no es correcta, nos cobraron dos veces el mismo trabajo."),
        (
            .other,
            "Frohe Weihnachten und einen guten Rutsch!\n\nThomas Weber\nKreditorenbuchhaltung | Weber Logistik GmbH\n+49 40 5550 1159\n\nAm Mi., 9. Dez. 2026 um 16:27 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .hardship,
            "im so behind on everything since the divorce. please dont send this to collections, ill figure something out"
        ),
        (.dispute, "No autorizamos ese trabajo"),
        (.dispute, "Wrong tax rate on this one. We're tax exempt (the certificate has been on file with you since 2024)."),
        (.alreadyPaid, "Le mandamos el cheque número 2231 el 20 de noviembre."),
        (.question, "Can you send it as a PDF? The link doesn't open on my work computer."),
        (.hardship, "I was in the hospital for two weeks. Please be patient with me."),
        (.promise, "Should be the 14th-16th."),
        (.promise, "mañana le deposito"),
        (.dispute, "You overcharged us. 3 windows at $180 each is $540, not $720."),
        (.optOut, "Dont contact me again"),
        (.other, "I'll review it on Monday."),
        (.promise, "We'll mail the check in 10 days."),
        (.promise, "Will pay Friday. Do you take Amex?"),
        (.promise, "Nous réglerons la facture d'ici la fin de la semaine prochaine."),
        (.optOut, "no more emails pls"),
        (.alreadyPaid, "Paid $500 on Monday; the remaining balance goes out on the 18th."),
        (.alreadyPaid, "It's been paid! Sorry it was a few days late."),
        (.question, "Quel numéro de bon de commande faut-il indiquer sur la facture ?"),
        (.promise, "I will pay by the end of the week."),
        (
            .hardship,
            "Notre trésorerie est très tendue depuis qu'un client ne nous paie plus. Pouvons-nous étaler le règlement sur trois mois ?"
        ),
        (.promise, "¿Me pasan los datos bancarios? Transfiero el viernes."),
        (.optOut, "Stopp. Keine SMS mehr bitte"),
        (.promise, "I'll pay Saturday when I'm back in town."),
        (.question, "Our AP system requires a PO number. Who issued the PO on our side?"),
        (.optOut, "Do not email me about this again."),
        (.optOut, "I'll pay on the 15th. Stop sending these every day."),
        (.alreadyPaid, "Zahlung ist am Freitag rausgegangen."),
        (.optOut, "BAJA"),
        (.hardship, "Wir haben gerade massive Liquiditätsprobleme. Wäre eine Ratenzahlung möglich?"),
        (.optOut, "stop please"),
        (
            .dispute,
            "Disputing this. The work was substandard and we had to bring in another contractor to redo the tile in both bathrooms."
        ),
        (
            .optOut,
            "Please stop contacting me electronically. Any correspondence should be sent by regular mail to the address on file."
        ),
        (.promise, "Realizaremos el pago el 15/12."),
        (.hardship, "Can you do a payment plan? 4 payments maybe?"),
        (.alreadyPaid, "Je vous transfère la confirmation de la banque."),
        (.question, "Please add our PO 55-2291 to the invoice and resend"),
        (.other, "Tell Mike thanks for fixing the gate so fast last week!"),
        (.hardship, "Had a family emergency, need more time please"),
        (.optOut, "STOP. I already asked once."),
        (.dispute, "Can't accept this. The agreement was a flat fee of $2,000 including materials."),
        (.promise, "On vous paie le 20, dès que notre client nous aura réglé."),
        (.promise, "A week from today."),
        (.alreadyPaid, "This was already settled by ACH on Nov 25. Please check your records."),
        (.promise, "We'll have this paid before Christmas, promise."),
        (.promise, "Hola, pagaremos el próximo lunes. Disculpe la demora."),
        (.optOut, "quit texting me man"),
        (.optOut, "quit sending these"),
        (.promise, "Wir kümmern uns umgehend um die Zahlung."),
        (
            .hardship,
            "Business is slow and I'm behind on everything. Before I figure out a plan, can you tell me exactly what this invoice covers?"
        ),
        (.other, "Merry Christmas to you and the whole Harbor & Pine team!"),
        (.alreadyPaid, "Paid. Fwd'ing the Zelle receipt"),
        (.optOut, "Please stop sending me these messages. This is my personal cell and I never gave it to anyone for billing."),
        (.hardship, "We're a small nonprofit and our grant money doesn't come in until spring. Could we work something out?"),
        (.promise, "You'll have it by the 23rd."),
        (.other, "Felices fiestas a todo el equipo."),
        (.hardship, "After my surgery I'm behind on all my bills. Do you charge interest if I pay late?"),
        (.dispute, "The amount is wrong, we only got one of the two doors. can you send me an itemized invoice"),
        (.other, "Vou encaminhar para a contabilidade."),
        (.dispute, "Hallway drywall is taped but never sanded or painted. That's maybe 70% of the job and you billed 100%."),
        (.alreadyPaid, "paid in full on 11/30, confirmation 00482-HP. thanks for the great work on the porch"),
        (.hardship, "I was laid off on the 20th. I'll keep you posted."),
        (.dispute, "i didnt ok any extra work. call me"),
        (.question, "¿Cuál es el número de cuenta para hacer la transferencia?"),
        (.dispute, "O trabalho ficou mal feito, a pintura já está a descascar na fachada."),
        (
            .promise,
            "Até ao fim do mês fica pago.\n\nJoão Pereira\nSócio\nPereira Arquitetura\n+351 22 555 0196\n\nAntes de imprimir este e-mail, pense no ambiente."
        ),
        (
            .question,
            "Please confirm your remittance details by phone. Our AP team flagged a recent change of bank details as possible fraud and we can't release anything until it's verified."
        ),
        (.promise, "Pagamos até sexta-feira."),
        (.promise, "Zahlung folgt in Kürze."),
        (.promise, "We pay net 30 from receipt. We logged your invoice on 11/20, so it will be paid 12/20."),
        (.promise, "We can pay on the 18th, or the 21st at the very latest."),
        (.alreadyPaid, "Forwarding our remittance advice. Paid 11/27."),
        (.dispute, "this is a duplicate. you already billed us for the gutter cleaning on the october invoice"),
        (.optOut, "remove this # from ur list"),
        (
            .dispute,
            "Bonjour,\n\nLe montant ne correspond pas au devis signé (980 $). Merci de nous envoyer une facture rectifiée."
        ),
        (.dispute, "The invoice lists 3 days but your crew was here 2. Can you send the timesheets?"),
        (.optOut, "Veuillez cesser tout contact à cette adresse."),
        (.promise, "Will pay by Friday."),
        (.alreadyPaid, "Envio em baixo o comprovativo do pagamento."),
        (.other, "Ich bin nicht zuständig, habe es aber an Herrn Weber weitergegeben."),
        (
            .promise,
            "A fin de mes sin falta.\n\nAlejandro Gómez\nContador | Gómez & Asociados\n+52 55 5550 1193\n\nAntes de imprimir este correo, piense en el medio ambiente."
        ),
        (.optOut, "Turn off the reminders for our account please. We pay on our own schedule."),
        (
            .dispute,
            "The invoice includes \"haul-away of old cabinets\" but your crew left the old cabinets in our garage. They're still there as I type this."
        ),
        (.hardship, "Suite à une hospitalisation, je n'ai pas pu régler la facture à temps. Je ferai le virement le 18/12."),
        (.hardship, "The holiday season is make-or-break for us and it's been bad. Would 6 monthly payments be acceptable?"),
        (.optOut, "Kindly remove this address from your automated notifications. It is a shared inbox for the front desk."),
        (
            .alreadyPaid,
            "Payment for INV-1077 was included in our batch run on December 2. The remittance advice went to ar@harborpine.example - maybe that's the wrong address?"
        ),
        (.other, "This went to my spam folder, glad I caught it."),
        (.promise, "No need to stop the reminders, they're actually helpful! We'll pay on the 18th."),
        (.promise, "It'll go out in our next pay run on Friday."),
        (.alreadyPaid, "We paid this last week."),
        (.hardship, "We lost our biggest client in October and cash flow is really tight. Can I pay this in smaller amounts?"),
        (.question, "whats the total"),
        (.promise, "It's on my list, will pay."),
        (.alreadyPaid, "Bank says the payment cleared our account Tuesday. It should show on your side."),
        (.alreadyPaid, "ACH went out 11/30, trace number 091000019283746. Should show on your side by now."),
        (.optOut, "Cesen todo contacto con este correo, gracias."),
        (.dispute, "Laut Angebot waren 1.500 USD vereinbart, nicht $1,875.00."),
        (.other, "call me 312 555 0187"),
        (.alreadyPaid, "Já paguei por transferência ontem"),
        (.hardship, "Honestly the store might not make it through winter. I'll pay what I can."),
        (
            .optOut,
            "Goedemiddag,\n\nIk wil deze herinneringen niet meer ontvangen. Haal mij alstublieft van de lijst.\n\nMet vriendelijke groet,\nPieter\n\nPieter Jansen\nDirecteur | Jansen Bouwadvies\n+31 30 555 0152\n\nJansen Bouwadvies | KvK 12345678 | BTW NL001234567B01\n\nOp vr 11 dec. 2026 om 15:02 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.question, "Is the amount including sales tax?"),
        (.dispute, "Nope. We're not paying for the dumpster. Your project manager told us the dumpster was on you."),
        (
            .question,
            "Hello Dana,\n\nQuick one. Our auditors want every vendor invoice over $1,000 matched to a signed change order or contract. For INV-1050, can you point me to which document covers it? If it's the September contract, which line item?"
        ),
        (.alreadyPaid, "PAID 11/30 - CONF# 55102-B"),
        (.dispute, "we were told the permit fee was included. its on the invoice as an extra $350. thats not what we agreed"),
        (
            .hardship,
            "Dana,\n\nI'll be straight with you. The restaurant has been losing money since the city tore up the street out front in August - nobody can park, half our regulars stopped coming, and we've cut staff to the bone. I'm not trying to dodge what I owe you, the work you did on the walk-in was great. I just don't have it right now.\n\nIf you can give me some room, I'd like to pay something every couple of weeks until it's cleared. Whatever works on your end.\n\nThanks for understanding,\nNora"
        ),
        (
            .optOut,
            "Dana - no offence, but we're not a fan of the robo-reminders. Please leave us off the list; we'll get in touch if we need anything.\n\nPriya"
        ),
        (.optOut, "remove me"),
        (.optOut, "End"),
        (.optOut, "Whoever set up this robot: turn it off for us. We don't want reminder emails, period."),
        (.other, "ok"),
        (.promise, "Will drop a check in the mail on Monday."),
        (.promise, "Pagamos na quinta-feira da próxima semana."),
        (.promise, "zahle morgen"),
        (.dispute, "Le montant facturé ne correspond pas au devis : 2 400 $ prévus, $3,400.00 facturés."),
        (.hardship, "Ik ben al een maand ziek thuis. Kan ik wat extra tijd krijgen?"),
        (.alreadyPaid, "mailed chk last wk"),
        (.promise, "I'll take care of it."),
        (.optOut, "Opting out of email reminders."),
        (
            .dispute,
            "You charged 12 hours on the 3rd. The crew arrived at 10:30 and was gone by 3. I have the doorbell camera footage if you need it."
        ),
        (.alreadyPaid, "Bezahlt per SEPA-Überweisung am 25.11."),
        (.alreadyPaid, "paid yesterday"),
        (.other, "Thanks Dana, I'll pass this along to Karen in accounting."),
        (.alreadyPaid, "Bonjour, nous avons payé la facture la semaine dernière par chèque. Bonne journée."),
        (.optOut, "Merci de me désabonner de ces rappels automatiques."),
        (
            .alreadyPaid,
            "Good afternoon,\n\nPayment for INV-1073 was released on 11/30 via ACH (CCD+), addenda referencing the invoice number. Please allow 1-2 business days for posting."
        ),
        (
            .dispute,
            "This job was for unit 2B, which is privately owned. We're the condo association; we don't pay for work inside the units."
        ),
        (.optOut, "Unsubscribe"),
        (.optOut, "Não quero receber mais mensagens. Parem."),
        (
            .optOut,
            "I do not consent to receiving automated collection emails. Cease all email contact with this address, effective immediately."
        ),
        (.dispute, "In de offerte stond $1.200, u factureert $1,560.00. Dat is niet wat we hebben afgesproken."),
        (
            .question,
            "Hello,\n\nI took over accounts payable here two weeks ago and I'm trying to reconcile everything the previous person left behind. I see INV-1063 in your email but I can't find a matching purchase order or a signed estimate anywhere in our files. Could you tell me which project and which site this was for, and who on our side approved it? Once I have that I can get it into the system."
        ),
        (.alreadyPaid, "I paid through the link in your first email with Apple Pay."),
        (.alreadyPaid, "did you get my check? mailed it the 28th"),
        (.other, "Forwarding to Tom, he's handling the renovation budget now."),
        (
            .hardship,
            "Wir sind gerade knapp bei Kasse. Können Sie mir die Rechnung noch einmal als PDF schicken, damit ich sie meinem Steuerberater zeigen kann?\n\nAm Fr., 11. Dez. 2026 um 17:07 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.dispute, "De keuken is nog steeds niet af, het werkblad ontbreekt."),
        (
            .hardship,
            "La saison est très calme et la trésorerie est à sec, mais je peux vous verser 300 $ le 15/12 et le reste en janvier.\n\nÉmilie Roux\nAssistante de direction\nRoux Immobilier\n+33 2 40 55 01 47\n\nPensez à l'environnement avant d'imprimer ce courriel."
        ),
        (.other, "Danke, habe ich an die Buchhaltung weitergeleitet."),
        (.hardship, "Door ziekte ligt ons bedrijf al weken stil. Ik kan nu niet betalen."),
        (.other, "Just saw this. I'm in meetings until Friday."),
        (.hardship, "Estoy enfermo y sin trabajar, necesito un poco más de tiempo."),
        (.optOut, "ARRET"),
        (.hardship, "been in and out of the hospital, need more time"),
        (.question, "Could you send invoices to ap@brightline.example going forward instead of to me?"),
        (.promise, "je paie lundi"),
        (.alreadyPaid, "I paid online sunday did it not go thru?"),
        (.alreadyPaid, "Transferred the full amt on 11/28, conf 8842"),
        (.promise, "Will be paid once I'm back in the office."),
        (.alreadyPaid, "already paid!! look at your bank"),
        (.other, "Se lo paso a mi contador."),
        (.optOut, "Could you turn these reminders off? We know about it."),
        (.promise, "Sorry, missed this one! Will pay asap."),
        (.promise, "I'll pay it Wednesday, promise"),
        (.dispute, "price was 1800 on the quote"),
        (.promise, "Friday"),
        (
            .optOut,
            "Diese Rechnung ist falsch, wir haben nur die Hälfte der Arbeiten beauftragt. Und bitte schicken Sie keine automatischen Mahnungen mehr an diese Adresse."
        ),
        (.other, "Please stop by the house next week and look at the garage door, it's sticking again."),
        (.alreadyPaid, "Voir ci-dessous la confirmation de virement."),
        (.alreadyPaid, "We paid through Melio on 11/26; it would have arrived as an ACH."),
        (.promise, "Je paierai demain."),
        (.promise, "Pagamos até ao final do mês."),
        (
            .dispute,
            "Hi Dana,\n\nThe cabinets your team installed in the upstairs bathroom are damaged. Two of the doors are cracked along the hinge side and one drawer front is a completely different color from the rest (looks like it came from another batch). I sent photos to Mike on November 18 and never heard back.\n\nI'm not paying until that's fixed. I'm happy to pay for the work once it's actually finished properly.\n\nRaj"
        ),
        (.question, "Is this the same as the one below?"),
        (.optOut, "CANCEL"),
        (.question, "Necesito una copia de la factura con el desglose de materiales y mano de obra"),
        (.other, "ok ill look at it tonight"),
        (.hardship, "Tuve una operación y estuve un mes sin trabajar. Necesito más tiempo para pagar."),
        (.promise, "Dec 18th at the latest."),
        (.optOut, "pls stop texting me"),
        (.dispute, "El importe no coincide con el presupuesto. ¿Me pueden enviar el detalle de las horas trabajadas?"),
        (.dispute, "This is more than the quote. What are the extra charges for, and who approved them?"),
        (
            .dispute,
            "Even if this amount were correct I couldn't pay it right now - we're barely keeping the doors open. But it isn't correct: the quote was $1,500."
        ),
        (.hardship, "The bank froze our credit line. We're paying our people first and vendors when we can. I'm sorry."),
        (.alreadyPaid, "Here's the ACH confirmation from our bank."),
        (.promise, "We'll pay before we close for the holidays on the 23rd."),
        (.optOut, "Je paierai le 18. Merci de ne plus m'envoyer de rappels."),
        (.dispute, "This isn't ours. Wrong company I think - we've never had any work done by you guys."),
        (.other, "👍"),
        (.promise, "tomorrow morning first thing"),
        (.dispute, "Thats not the amount we agreed on"),
        (.optOut, "Keine E-Mails mehr an diese Adresse, bitte. Ich bin für die Buchhaltung gar nicht zuständig."),
        (.hardship, "Cash is tight until our line of credit renews. Can you hold off a few weeks?"),
        (.alreadyPaid, "Wir haben am 20.11. überwiesen. Können Sie bitte prüfen, ob die Zahlung bei Ihnen eingegangen ist?"),
        (
            .dispute,
            "The work was done at my mother's house and she's the one who signed the contract. It shouldn't be in my name at all."
        ),
        (.hardship, "Könnten wir den Betrag in drei Raten aufteilen? Die Auftragslage ist gerade sehr schlecht."),
        (.hardship, "lost hours at work but ill pay 100 on the 18th"),
        (.promise, "Can pay on the 11th when my check comes in"),
        (.other, "Can't talk now, in a meeting all afternoon."),
        (
            .dispute,
            "This should have been billed to the landlord, not to us. Under our lease the building owner pays for structural repairs."
        ),
        (.promise, "will pay tmrw"),
        (.alreadyPaid, "Please see the attached proof of payment."),
        (.alreadyPaid, "Our records show this invoice was paid on 11/19, check number 10288, and the check cleared on 11/24."),
        (
            .dispute,
            "I'll pay the materials portion on Friday. The labor charge is double what we agreed, so that part waits until we talk."
        ),
        (.alreadyPaid, "Our system shows this went out, see below."),
        (.dispute, "You charged my card twice for this, once on 11/20 and again on 11/21. Please refund the second charge."),
        (.hardship, "my husband had a stroke, please be patient with us"),
        (.optOut, "will pay friday. stop texting me every day"),
        (.question, "We need a W-9 before we can cut a check"),
        (.question, "Does the pay online link take Apple Pay or just cards"),
        (.hardship, "Im in the hospital will deal with this when i get out"),
        (.promise, "Je vous règle ça jeudi en huit."),
        (
            .alreadyPaid,
            "Het bedrag is al van onze rekening afgeschreven. Zou bij jullie zichtbaar moeten zijn.\n\nSanne de Vries\nPraktijkmanager | De Vries Tandartsen\n+31 20 555 0141\n\nDe Vries Tandartsen | KvK 12345678 | BTW NL001234567B01\n\nOp di 1 dec. 2026 om 17:30 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.optOut, "Don't e-mail me again. Any further contact goes through our attorney."),
        (.promise, "We process vendor payments on net-45 terms. This one is scheduled to be paid on December 22."),
        (.question, "Do you take Venmo"),
        (.question, "Which job is this? We had you out for the porch and the garage."),
        (.optOut, "These automated emails are bordering on harassment at this point. Please make them stop."),
        (
            .alreadyPaid,
            "Payment was made. Please check your deposits from 11/25 - it came as an ACH from Brightline Agency operating account."
        ),
        (.other, "Who is this"),
        (.promise, "We'll pay this week."),
        (
            .question,
            "Um welches Projekt handelt es sich hier?\n\nSabine Krüger\nInhaberin | Krüger Immobilien\n\nAm Fr., 4. Dez. 2026 um 15:58 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .hardship,
            "Se nos fue el cliente principal y estamos muy justos. ¿Le puedo pagar la mitad ahora y la otra mitad en enero?"
        ),
        (.question, "Welche Bankverbindung sollen wir für die Auslandsüberweisung verwenden?"),
        (.promise, "el 15 le pago sin falta"),
        (
            .optOut,
            "Bonjour,\n\nMerci de retirer cette adresse de vos envois automatiques, elle n'est pas destinée à la facturation.\n\nBien à vous\n\nÉmilie Roux\nAssistante de direction\nRoux Immobilier\n+33 2 40 55 01 47\n\nPensez à l'environnement avant d'imprimer ce courriel."
        ),
        (.optOut, "Bitte abmelden."),
        (.promise, "We haven't paid yet because our AP run is on Thursdays. You'll have it Thursday."),
        (.other, "You want Paul, not me. He handles all the vendor stuff. I've passed this on."),
        (.promise, "Going out with Friday's run."),
        (.promise, "Pourriez-vous m'envoyer vos coordonnées bancaires ? Je ferai le virement le 18."),
        (.other, "Bien noté, je transmets au service comptable."),
        (.question, "Wir haben noch nicht bezahlt, weil uns Ihre Steuernummer fehlt. Können Sie uns das Formular W-9 zusenden?"),
        (.promise, "Wordt binnenkort betaald."),
        (.alreadyPaid, "Schon überwiesen, letzte Woche"),
        (
            .promise,
            "Pagamos el jueves de la semana que viene.\n\nJosé Martínez\nPropietario\nCarpintería Martínez\n\nEste mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."
        ),
        (.alreadyPaid, "Deze factuur is al betaald op 25 november."),
        (.other, "Got it."),
        (.dispute, "The railing is still loose. Not paying til someone comes back out"),
        (
            .dispute,
            "Es wurden nur 18 statt 24 Paneele geliefert. Bitte korrigieren Sie die Menge auf der Rechnung.\n\nAnna Müller\nPraxismanagerin | Praxis Dr. Müller\n+49 30 5550 1147\n\nAm Mo., 14. Dez. 2026 um 17:30 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .alreadyPaid,
            "That was paid with check 1187, which you deposited on 11/23. I'm looking at the image of the cancelled check right now."
        ),
        (.optOut, "Stop 🛑"),
        (.optOut, "Retirem o meu endereço da vossa lista, obrigado."),
        (.question, "who do i make the check out to"),
        (.hardship, "I'm raising two kids on my own and I just can't do the full amount. Could I pay it off over 4 months?"),
        (.optOut, "Please remove me from this list."),
        (.other, "Will let my husband know"),
        (.promise, "Yep, paying it shortly."),
        (.question, "Kunt u de factuur opnieuw sturen met ons ordernummer erop?"),
        (.optOut, "ya no me manden mensajes por favor"),
        (.alreadyPaid, "I dropped off a check at your office on Monday and gave it to the guy at the front desk."),
        (.question, "what was the original due date"),
        (.other, "Thanks - my assistant will be in touch."),
        (.optOut, "We never hired you. Stop texting me."),
        (.optOut, "STOP"),
        (.alreadyPaid, "Esta fatura já foi paga no dia 27/11 por transferência bancária."),
        (
            .question,
            "Podem enviar a fatura discriminada?\n\nAna Costa\nDiretora Financeira | Costa & Filhos Lda.\n+351 21 555 0185\n\nAntes de imprimir este e-mail, pense no ambiente."
        ),
        (.question, "Bonjour,\n\nPourriez-vous m'envoyer une copie de la facture ? Je ne la retrouve pas dans nos dossiers."),
        (.promise, "Die Überweisung geht bis zum 9.12. raus."),
        (
            .hardship,
            "Bonjour,\n\nNous traversons une période difficile depuis la perte d'un client important. Serait-il possible d'échelonner le paiement ?\n\nMerci de votre compréhension,\nSophie"
        ),
        (
            .dispute,
            "Bonjour,\n\nLe carrelage livré est abîmé, plusieurs carreaux sont fendus. Nous ne réglerons pas cette facture en l'état."
        ),
        (.promise, "will pay within 7 days"),
        (.alreadyPaid, "Check cleared yesterday on my end"),
        (.promise, "Should be able to pay between the 10th and 15th."),
        (
            .other,
            "Fijne feestdagen!\n\nJoost van Dijk\nFinanciële administratie | Van Dijk Vastgoed B.V.\n+31 70 555 0174\n\nVan Dijk Vastgoed B.V. | KvK 12345678 | BTW NL001234567B01\n\nOp do 3 dec. 2026 om 14:23 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .dispute,
            "No reconocemos esta factura. Nunca contratamos a su empresa.\n\nCarmen Ruiz\nEncargada | Panadería La Espiga\n(708) 555-0129\n\nEste mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."
        ),
        (.other, "Please call me at (773) 555-0164 when you get a chance."),
        (.promise, "Wir begleichen die Rechnung bis Ende des Monats."),
        (
            .dispute,
            "This is for the Harmon Street project, which was a fixed-price contract we paid in full in September. The extras on this invoice were never approved by anyone here."
        ),
        (.question, "What's the address to mail a check?"),
        (.other, "This isn't Greg anymore, new number"),
        (.question, "Gehört diese Rechnung zum Projekt in der Hauptstraße oder zum Lager?"),
        (.hardship, "Money's been tight since the layoff. Do you charge late fees?"),
        (.other, "Recibido, gracias."),
        (.hardship, "honestly we are struggling. business has been slow since summer. i can do maybe $200 a month if thats ok"),
        (
            .dispute,
            "Are you kidding me? Your crew left our basement a mess, cracked a window and tracked mud through the whole house, and now you want $799.99?? Absolutely not."
        ),
        (.alreadyPaid, "This went out on the 24th, here's the confirmation from our AP system."),
        (.alreadyPaid, "Já pagámos por cheque, n.º 33210, enviado dia 23."),
        (.hardship, "money is really tight this month, sorry"),
        (
            .dispute,
            "Half of the flooring was the wrong shade and went back to the supplier. Take the returned material off and we'll look at it again."
        ),
        (.optOut, "I'd rather not get these reminders by email any more, thanks."),
        (.optOut, "STOP ALL"),
        (.other, "I'm not the one who handles billing anymore. Cc'ing my replacement."),
        (.alreadyPaid, "ya le pague por zelle ayer"),
        (.question, "Which invoice? I paid 2 last month"),
        (
            .dispute,
            "Wir haben diese Leistung nie beauftragt. Bitte stornieren Sie die Rechnung.\n\nOutlook für Android herunterladen\n\nAm Mi., 16. Dez. 2026 um 16:02 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.promise, "We'll pay on the 11th.\n\nJamie Ortiz\nOrtiz Roofing Co.\nText STOP to opt out of appointment reminders"),
        (.hardship, "Het is bij ons het rustige seizoen en de kas is leeg. Mogen we in termijnen betalen?"),
        (.alreadyPaid, "our bank shows the payment cleared on the 30th. maybe it hasnt posted on your side yet?"),
        (.other, "Gracias, lo reviso con mi socio y le aviso."),
        (.alreadyPaid, "This is paid, it was a Venmo payment to Mike for the whole thing back in November."),
        (.other, "Thanks for your patience. Let me check with the office."),
        (.optOut, "Por favor no me envíen más correos automáticos. Gracias."),
        (.alreadyPaid, "Wire confirmation with the MT103 details below. The UETR is in there if your bank needs to trace it."),
        (
            .dispute,
            "Most of the plants you put in died within two weeks - they were never watered in. We expected a partial refund, not another bill."
        ),
        (.alreadyPaid, "Segue abaixo o comprovativo.\n\nAna Costa\nDiretora Financeira | Costa & Filhos Lda.\n+351 21 555 0185"),
        (
            .hardship,
            "Is there any possibility of a hardship arrangement? My wife has been in treatment since September and our finances are stretched thin."
        ),
        (.other, "Sorry, replied to the wrong email!"),
        (.alreadyPaid, "paid in full 11/27 via wire (ref GW-112726)"),
        (
            .hardship,
            "Estamos cortos de dinero por la temporada baja, pero podemos pagar el próximo lunes.\n\nLucía Fernández\nAdministradora | Clínica Dental Fernández\n\nEste mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."
        ),
        (.question, "Necesito saber a nombre de quién hago el cheque"),
        (.other, "Happy New Year in advance! Talk in January."),
        (.question, "Can you tell me which property this was for? We manage about 40 buildings and I can't match it."),
        (.hardship, "Winter is our slow season, we basically make nothing December through February. Could we do $300 a month?"),
        (
            .hardship,
            "My husband passed away in October and I'm trying to sort out his business accounts. I don't even know where the checkbook is. Please bear with me."
        ),
        (.other, "Dank je, ontvangen."),
        (.hardship, "C'est la saison creuse pour nous, je vous demande un délai supplémentaire."),
        (.question, "Können Sie uns bitte eine Kopie der Rechnung schicken?"),
        (.question, "Do you accept checks?"),
        (.question, "can u email me the invoice"),
        (.alreadyPaid, "We hebben de helft al betaald, de rest volgt vrijdag."),
        (.dispute, "Nobody here authorized the extra outlets. We asked for two and your electrician installed six."),
        (.promise, "sending it on payday, thats the 15th"),
        (.alreadyPaid, "Paid via PayPal to accounts@harborpine.example on 11/29, transaction ID 4TY91823KL556."),
        (.optOut, "I never signed up to receive these. Please stop."),
        (.optOut, "Paid 11/30. Quit texting"),
        (.other, "Dana - I'm out on paternity leave, my wife had the baby Saturday! I'll look at this when I'm back in January."),
        (.hardship, "Could we split it in two?"),
        (.promise, "Règlement le 18 décembre au plus tard."),
        (.other, "Thx"),
        (.question, "who should I talk to about this"),
        (.dispute, "Esta factura está duplicada, ya nos la cobraron en noviembre."),
        (.promise, "Payment scheduled for 12/17 via ACH."),
        (.hardship, "Het gaat financieel niet goed. Wat is het minimum dat ik nu moet betalen?"),
        (.hardship, "cant afford it right now"),
        (.alreadyPaid, "Paid by ACH on the 27th. Do you need the trace number?"),
        (
            .alreadyPaid,
            "Dana, the wire went out on the 1st. Our bank is slow with these, it should reach you by the end of the week."
        ),
        (.hardship, "Lost my job last week. I'm not ignoring you, I just don't know when I can pay."),
        (.other, "who is this?"),
        (.alreadyPaid, "Transferência feita dia 26/11, já saiu da nossa conta."),
        (
            .hardship,
            "I've been out sick with pneumonia for most of November and just got back to work. Could I have until January?"
        ),
        (
            .hardship,
            "Tive um problema de saúde grave e fiquei sem rendimentos. Peço mais algum tempo.\n\nAna Costa\nDiretora Financeira | Costa & Filhos Lda.\n+351 21 555 0185"
        ),
        (.question, "Is there a discount for paying by check instead of card?"),
        (.dispute, "We've been billed twice for the same permit: once on INV-1044 and again here."),
        (.hardship, "Our main account hasn't paid us in 90 days and we're stuck. I need a few more weeks."),
        (.dispute, "Mike's estimate is right below: $900. Not sure where $1,240.00 came from."),
        (.promise, "Le hacemos la transferencia el 9/12."),
        (.alreadyPaid, "paid it this morning thru the link"),
        (.other, "ok, got it. I'll have our bookkeeper look at it when she's in on Thursday."),
        (.promise, "I'll have it to you by COB Tuesday."),
        (.question, "Is this the same invoice I got in the mail last week?"),
        (
            .question,
            "Can you reissue this to Oakridge Dental LLC rather than to me personally? Our accountant needs it that way."
        ),
        (.alreadyPaid, "We mailed check #3318 on November 21. Can you confirm you received it?"),
        (.dispute, "The electrician never showed up on the 14th and we had to reschedule. Those 6 hours should not be on here."),
        (.alreadyPaid, "Already taken care of. Our bookkeeper included it in the November batch."),
        (.other, "I'll talk to my wife tonight about it."),
        (.promise, "The 4th of January, right after the holidays."),
        (.hardship, "Medicare hasn't reimbursed us in three months. Need more time on this one."),
        (.hardship, "cant do it all at once, can we do payments"),
        (.hardship, "I can't pay right now. Not ignoring you."),
        (
            .dispute,
            "The invoice is missing our PO number and the amount doesn't match the PO either (PO 77120 is for $1,800.00). Our AP system will reject it as is."
        ),
        (.dispute, "Invoice says 40 bags of mulch. We counted 26 bags delivered."),
        (
            .dispute,
            "I'll pay the $800 for the framing by Friday, but the $440 for \"site cleanup\" is not something we ever agreed to."
        ),
        (.alreadyPaid, "Check #4471 was mailed on the 20th. Should be there any day."),
        (.hardship, "cant pay all of it rn. can i do 100 a week"),
        (.dispute, "The fence is only half stained. We'll pay when it's finished."),
        (.promise, "I'll pay Monday"),
        (.dispute, "the shed door doesnt even close. fix it first"),
        (.alreadyPaid, "Anbei unser Zahlungsavis."),
        (.promise, "Next Tuesday for sure."),
        (.alreadyPaid, "Hello, we paid $980.00 by credit card over the phone with your office on November 28th."),
        (.promise, "Donderdag over een week betalen we."),
        (.hardship, "I lost a big client this fall but I can pay $500 on Friday and keep chipping away at the rest."),
        (.other, "Please note our new AP contact is Jen Morales, jmorales@northsidevet.example."),
        (.optOut, "Is al betaald. Haal me van de mailinglijst."),
        (.optOut, "Stop texting this number"),
        (.promise, "ok will pay"),
        (
            .hardship,
            "Our city contract payments are delayed by the budget freeze and we're waiting on almost $60k. Can you give us until that clears?"
        ),
        (
            .other,
            "Bedankt voor de herinnering, ik kijk ernaar.\n\nJoost van Dijk\nFinanciële administratie | Van Dijk Vastgoed B.V.\n+31 70 555 0174\n\nVan Dijk Vastgoed B.V. | KvK 12345678 | BTW NL001234567B01\n\nOp di 15 dec. 2026 om 14:25 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.promise, "We'll pay on the 9th."),
        (.alreadyPaid, "Nous vous avons adressé un chèque n° 0048817 le 24 novembre."),
        (.promise, "we'll get it paid end of next week"),
        (.dispute, "ainda nao terminaram o serviço, nao vou pagar por enquanto"),
        (.other, "Merci, bien reçu."),
        (.dispute, "This is for work at my neighbor's house not mine"),
        (.other, "Obrigado, vou verificar com o meu sócio."),
        (
            .hardship,
            "Wir warten seit Wochen auf die Auszahlung der Versicherung nach dem Wasserschaden. Können Sie uns mehr Zeit geben?"
        ),
        (.promise, "the 22nd"),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI paid INV-1095 through your online link on Saturday and got a confirmation email with receipt number 7F3K-22Q. Let me know if it didn't come through on your end."
        ),
        (.promise, "I can pay in two weeks"),
        (.alreadyPaid, "paid"),
        (.question, "Is this for the gutter job?"),
        (.optOut, "unsubscribe"),
        (.promise, "Bonjour, le paiement sera effectué le 15/12. Cordialement."),
        (.optOut, "Not interested. Unsubscribe me."),
        (.question, "I'll need a receipt for the deposit as well, for my taxes."),
        (.promise, "Hi Dana, sorry about this. We'll send payment next Friday."),
        (.question, "Quelles sont vos coordonnées bancaires pour un virement international ?"),
        (.promise, "Wir überweisen am 10.12."),
        (.hardship, "I'm on chemo and not working right now. My daughter is helping me with the bills but it's slow going."),
        (.hardship, "Things are really tough right now. I don't have the money."),
        (.promise, "Apologies for the delay, we'll settle it on 15 Dec."),
        (.dispute, "El precio no es el del presupuesto. Nos dijeron 900 dólares, todo incluido."),
        (.other, "I'll check with my husband, he handles the bills."),
        (
            .dispute,
            "Den unstrittigen Teil (Material) überweisen wir bis 15.12. Die Arbeitsstunden sind aber viel zu hoch angesetzt, darüber müssen wir reden."
        ),
        (
            .dispute,
            "the job isnt finished. the back deck still has no railing and the gutters were never put up. not paying for work that isnt done"
        ),
        (.alreadyPaid, "Funds cleared our account on the 1st, so it has definitely left us."),
        (.dispute, "We were promised 5% off for paying the deposit early and it isn't reflected anywhere."),
        (.question, "Who signed for this work on our end?"),
        (
            .dispute,
            "Het bedrag klopt niet. We hadden een vaste prijs afgesproken van $1.800, niet $2,150.00.\n\nOutlook voor Android downloaden<https://aka.ms/AAb9ysg>\n\nOp ma 30 nov. 2026 om 17:53 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.promise, "I get paid Dec 11th, I'll send it that night"),
        (.dispute, "Prometeram-nos um crédito pelo atraso e não aparece na fatura."),
        (.alreadyPaid, "Ya está pagado, el cargo salió de nuestra cuenta el lunes."),
        (.promise, "Ik betaal morgen.\n\nJoost van Dijk\nFinanciële administratie\nVan Dijk Vastgoed B.V.\n+31 70 555 0174"),
        (.optOut, "QUIT"),
        (.hardship, "I had to lay off two people last month. I want to pay you, I just can't do it all at once."),
        (.promise, "Pago depois de receber do meu cliente, no dia 20."),
        (.hardship, "Our tenants stopped paying rent and we're behind on everything. Please give me a little more time."),
        (
            .dispute,
            "Hello,\n\nI have to be honest, I was surprised to get this. When we started the kitchen project in September we were quoted a price that included the backsplash, the under-cabinet lighting and the trim. Halfway through, the backsplash tile was backordered and your foreman said we could either wait or pick something else \"at no extra cost\". We picked something else. Now the invoice has a line for \"tile upgrade - $640\" and another for \"lighting - additional fixtures\" that we never asked for. We have the original quote and the texts with your foreman.\n\nOn top of that the island still doesn't have its end panel and the dishwasher isn't level. So no, we are not paying this invoice as it stands. Please have someone review it against the quote and come out to finish the work."
        ),
        (.promise, "We will pay on December 15."),
        (.optOut, "Por favor não me enviem mais SMS nem e-mails. A fatura pode ser enviada ao contabilista?"),
        (.optOut, "Je ne veux plus recevoir ce genre de message. Merci."),
        (.promise, "will pay tomorrow. whats the total with the other invoice?"),
        (.other, "call me"),
        (.hardship, "Estamos pasando por un mal momento económico. ¿Podríamos pagar en cuotas?"),
        (.alreadyPaid, "Pd 11/24 ck#3390"),
        (.question, "I need a copy of the signed contract for our files before we can process this."),
        (
            .promise,
            "We maken het bedrag op 9/12 over.\n\nOutlook voor Android downloaden<https://aka.ms/AAb9ysg>\n\nOp ma 30 nov. 2026 om 16:23 schreef Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.optOut, "Wij willen geen automatische berichten meer ontvangen."),
        (.promise, "End of day tomorrow."),
        (.other, "I'm not the right person for this. Looping in our office manager."),
        (.promise, "Lo pagaremos lo antes posible."),
        (.optOut, "We don't want automated messages from vendors. Please switch them off for our account."),
        (.question, "Is there a way to pay by credit card? The link only asks for a bank account."),
        (.alreadyPaid, "Zie onderstaande betaalbevestiging."),
        (.promise, "Le virement partira le 9/12."),
        (.alreadyPaid, "Paid in full. Confirmation #88213"),
        (.optOut, "arretez de m'envoyer ces messages svp"),
        (
            .hardship,
            "We hebben het financieel erg zwaar sinds we een grote klant kwijt zijn. Kunnen we een betalingsregeling treffen?"
        ),
        (.promise, "I'll have it to you by Wednesday"),
        (.question, "Kunnen jullie de factuur op naam van de B.V. zetten in plaats van op mijn naam?"),
        (.promise, "Pronto le pagamos, disculpe."),
        (.promise, "Paiement prévu d'ici la fin du mois."),
        (.optOut, "désabonner"),
        (.alreadyPaid, "O pagamento foi efetuado por transferência internacional a 27 de novembro. Referência: INV-1025."),
        (
            .hardship,
            "Ich war längere Zeit krank und unser Betrieb war vier Wochen geschlossen. Ich bitte um etwas Geduld.\n\nAnna Müller\nPraxismanagerin | Praxis Dr. Müller\n+49 30 5550 1147\n\nAm Fr., 4. Dez. 2026 um 16:50 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.optOut, "Por favor, deixem de enviar estes e-mails. Não quero receber mais lembretes."),
        (.optOut, "Unsubscribe me from these texts please. Thank you"),
        (.other, "Ik stuur het door naar onze boekhouder."),
        (
            .hardship,
            "Would you accept $250 now and $250 in January? We're waiting on an insurance payout that keeps getting pushed back."
        ),
        (.question, "¿A qué trabajo corresponde esta factura?"),
        (
            .optOut,
            "Cette facture a été réglée par virement le 25 novembre. Merci de ne plus m'envoyer ces relances automatiques."
        ),
        (.alreadyPaid, "paid. chk 5521"),
        (.promise, "Cuando nuestro cliente nos pague el día 20, le pagamos a usted."),
        (.promise, "I'll stop by your office Friday with a check."),
        (.optOut, "Opt out."),
        (.alreadyPaid, "Siehe unten."),
        (.promise, "paying on the 30th"),
        (.other, "Heads up, our office is closed Dec 24 - Jan 1."),
        (.promise, "I'll pay it tomorrow"),
        (.other, "👍🏻"),
        (.question, "Can I pay through Bill.com instead of your link?"),
        (.alreadyPaid, "We paid with our corporate card through your portal on 11/28. Receipt attached."),
        (.optOut, "Do not text this number again. Email only please."),
        (.other, "Got it thx"),
        (.question, "who is this for? we had 2 jobs done"),
        (
            .alreadyPaid,
            "Laut Kontoauszug wurde der Betrag am 30.11. abgebucht. Bitte prüfen Sie Ihren Zahlungseingang.\n\nAm Mo., 30. Nov. 2026 um 16:48 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (
            .optOut,
            "Hi,\n\nI've been getting these reminders since October even though I have nothing to do with the account anymore. My ex-husband kept the business and the house on Fulton. I don't know how to make it clearer than this: please remove my email from whatever system sends these. I don't want to hear about his invoices."
        ),
        (.optOut, "Por favor, eliminen esta dirección de su lista."),
        (.dispute, "Materials were billed at retail. Our contract says cost plus 10%."),
        (.promise, "will pay by month end"),
        (.dispute, "the roof still leaks. fix it and then we can talk about paying"),
        (.dispute, "not paying for a job that isnt finished"),
        (
            .optOut,
            "Hi Dana,\n\nI'd rather not get these automatic emails. If you ever need something from me, call the shop and ask for me directly."
        ),
        (.promise, "Payment Dec. 9 - our controller signs checks on Wednesdays."),
        (.promise, "Christmas Eve at the latest."),
        (
            .promise,
            "Hi Dana,\n\nSorry for the radio silence. We switched payroll providers in November and it's been chaos - two of my guys didn't get paid on time and I spent the whole week before Thanksgiving on the phone with the bank. Anyway, things are finally straightened out. Our next payables batch runs on the 15th and your invoice is in it, the full amount.\n\nThanks for being patient. The addition looks great by the way, we moved the piano in last weekend.\n\nMelissa"
        ),
        (.question, "Please send me the certificate of insurance and a lien release so we can close this out."),
        (
            .dispute,
            "We already paid this invoice in October. It's the exact same work as INV-1031 - you've billed us twice for the one job."
        ),
        (.alreadyPaid, "I paid cash to Mike on friday"),
        (.hardship, "Can we split this into three payments? Money is tight this time of year."),
        (.alreadyPaid, "This was paid by BACS on 27 November, reference HARBORPINE INV-1072."),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI'm a bit confused by this reminder. We paid INV-1067 back on November 20 - I remember because I did it the same afternoon I paid the deposit for the bathroom job, both through the online link. I have the confirmation emails for both and the money is gone from our account.\n\nMaybe it got applied to the wrong invoice on your end? Either way, it's paid."
        ),
        (.dispute, "Quote was $3,200. Invoice is $3,980.00. Nobody told us about any increase."),
        (
            .dispute,
            "This work was covered under our home warranty claim (#HW-55812). The warranty company pays you directly, not us."
        ),
        (
            .hardship,
            "Hi Dana,\n\nI owe you an explanation. Our son was born seven weeks early on November 12 and he's been in the NICU since. I've been sleeping at the hospital most nights and my wife can't work. The business is running on fumes with just my brother covering jobs, and every dollar that comes in is going to the mortgage and the hospital parking, which is its own kind of robbery.\n\nI haven't forgotten about your invoice. I just can't touch it right now. If you can hold off until things settle I'll make it right, and I'm happy to sign something if that helps."
        ),
        (.promise, "The check is being signed this afternoon and will go in the mail tomorrow."),
        (.dispute, "We paid the quoted $900 on 11/20. The rest of this invoice was never agreed to and we won't be paying it."),
        (
            .hardship,
            "Onze verzekeraar heeft de schade nog steeds niet uitgekeerd. We kunnen pas betalen als dat binnen is.\n\nJoost van Dijk\nFinanciële administratie | Van Dijk Vastgoed B.V.\n+31 70 555 0174"
        ),
        (.promise, "ill pay thurs. ok if i use a card?"),
        (.promise, "this friday"),
        (.hardship, "my hours got cut in half at work, i cant pay 2150 at once. can we do installments"),
        (.optOut, "STOP sending me these"),
        (.optOut, "I dont want texts about this. Stop"),
        (.alreadyPaid, "My husband paid it at your office last Thursday, cash. The lady at the desk gave him a receipt."),
        (.dispute, "This is what we agreed to: $900, fixed price, see Mike's estimate below. Not $1,240.00."),
        (.question, "How much is left on this after the deposit"),
        (.dispute, "Faltan por instalar dos ventanas. No pagaremos hasta que el trabajo esté completo."),
        (.promise, "Can you resend the payment link? I'll pay it tonight."),
        (.optOut, "Stop."),
        (.promise, "Eind van de maand wordt het betaald."),
        (.other, "Dana, happy holidays!"),
        (
            .optOut,
            "Bonjour,\n\nJe ne souhaite plus recevoir ces courriels. Merci de retirer mon adresse de votre liste de diffusion."
        ),
        (.hardship, "We lost the Hendricks account last month, that was 40% of our revenue. I need to spread this out."),
        (.promise, "We'll pay in 3 weeks."),
        (.dispute, "Pagamos a parte dos materiais dia 15/12, mas as horas de mão de obra estão inflacionadas."),
        (.question, "de que es esta factura?"),
        (.dispute, "Les travaux ne sont pas terminés, nous ne paierons pas avant la fin du chantier."),
        (.alreadyPaid, "Paid yday"),
        (.question, "Please resend the invoice, I can't find it anywhere."),
        (.optOut, "Paid this last week. Stop texting me"),
        (.alreadyPaid, "We sent $600 toward this last week and will pay the balance on the 15th."),
        (.question, "Graag een specificatie van de gewerkte uren"),
        (.optOut, "I'm in the hospital. Please stop emailing me about money."),
        (.hardship, "I know I owe this. Things are bad, the truck got repossessed last week. I'll call you."),
        (.dispute, "Your guys never came back to install the trim on the stairs. Until that's done this invoice is on hold."),
        (.promise, "We betalen uiterlijk 18/12."),
        (
            .dispute,
            "Hello Dana,\n\nI've been going back and forth on whether to write this because Mike and the crew were lovely to have around. But I sat down with the invoice last night and it doesn't add up. We were told three days, maybe four. The invoice bills 52 labor hours. I work from home, I was here every day, and there were two men on site from about 8:30 to 3:00 for four days, with a long lunch on Wednesday. That's 48 hours at the very most, and honestly closer to 44.\n\nThere's also a line for \"disposal fee\" that nobody mentioned, and the dumpster was in our driveway for exactly one afternoon.\n\nI'm happy to pay for the hours that were actually worked. Please send a revised invoice."
        ),
        (.alreadyPaid, "Already paid this on the 25th"),
        (.alreadyPaid, "Hicimos la transferencia el 26. ¿Me confirma si la recibió?"),
        (
            .other,
            "Hey Dana! Hope the crew is doing well. Tell Mike the new deck looks amazing, we had twenty people out on it for Thanksgiving."
        ),
        (
            .optOut,
            "Take me off this list. And can you send the final invoice to my accountant instead? She's at books@whitakerlaw.example."
        ),
        (.promise, "next week sometime, by friday for sure"),
        (.promise, "We'll pay Wed the 16th."),
        (.promise, "We'll pay soon."),
        (.hardship, "Can you extend the due date 30 days? Our biggest customer just filed for bankruptcy."),
        (.alreadyPaid, "Pagamento efetuado na sexta-feira passada."),
        (
            .dispute,
            "The grout is already cracking in three places and the new shower leaks into the basement. Fix it first, then bill me."
        ),
        (.question, "What is this for?"),
        (
            .dispute,
            "Dana, with respect, the invoice doesn't match the change order we signed. The change order capped the extra work at $400 and you've billed $1,150 for it."
        ),
        (.question, "Do you have a PO number for this? Our system won't let me enter it without one."),
        (.alreadyPaid, "Ya realizamos el pago el 27 de noviembre por transferencia."),
        (.dispute, "i was promised a discount for paying the deposit up front. 10%. its not on here"),
        (.dispute, "We returned the extra tile boxes the same week, unopened. They should come off this invoice."),
        (.promise, "You'll see it by the 1st."),
        (.question, "À quoi correspond cette facture exactement ?"),
        (.alreadyPaid, "Funds were debited from our account on 11/27. If it hasn't arrived, please check with your bank."),
        (.alreadyPaid, "is al betaald hoor, vorige week"),
        (
            .other,
            "Thank you Dana. We spent about $14,000 with you this year and we've been very happy with the work. Have a great holiday."
        ),
        (
            .optOut,
            "Bitte entfernen Sie diese Adresse aus Ihrem Verteiler.\n\nKatrin Baumann\nGeschäftsführerin | Baumann Zahntechnik GmbH\n+49 89 5550 1120\n\nBaumann Zahntechnik GmbH · Sitz: München · Registergericht: Amtsgericht München HRB 123456 · Geschäftsführung: Katrin Baumann"
        ),
        (.other, "Will look into it."),
        (
            .hardship,
            "We closed the shop for a month after the flood and we're just now reopening. Any chance we can work out a payment plan?"
        ),
        (.alreadyPaid, "Dana - see the note from our bank below, the check cleared on 11/23."),
        (.alreadyPaid, "Sent a wire Monday. Fed reference 20261130MMQFMP2K000123."),
        (
            .dispute,
            "Nunca autorizámos este trabalho extra.\n\nMariana Silva\nGerente | Clínica Sorriso\n\nAntes de imprimir este e-mail, pense no ambiente."
        ),
        (.hardship, "We're waiting for our SBA loan to fund - it's been delayed twice now."),
        (
            .optOut,
            "The job was never finished and now I get robot emails about it. Take us off this list and have Mike call me about the railing."
        ),
        (.other, "received"),
        (.dispute, "See below. The change order caps it at $400."),
        (.hardship, "lost my job but i get my last check friday, ill pay then"),
        (
            .dispute,
            "This charge for an \"emergency call-out\" can't be right - it was a scheduled visit during normal business hours, booked a week ahead."
        ),
        (
            .dispute,
            "We never ordered this. Nobody at Lakeshore Hotel Group authorized any work from Harbor & Pine, and I'd like to know who supposedly signed off on it."
        ),
        (.promise, "Fazemos a transferência dia 9/12."),
        (.question, "What bank details should we use for a wire? We need the routing and account number on your letterhead."),
        (
            .question,
            "Kunt u mij een kopie van de factuur sturen?\n\nPieter Jansen\nDirecteur | Jansen Bouwadvies\n+31 30 555 0152"
        ),
        (.hardship, "Estive internado e ainda não voltei a trabalhar. Preciso de mais tempo."),
        (.alreadyPaid, "We mailed a check on 11/23 and our bank shows it was deposited 12/1."),
        (
            .optOut,
            "Could you please take me off the reminder list? I'm just the receptionist and these keep landing in my inbox."
        ),
        (.optOut, "pls stop w the emails"),
        (.other, "Message received. I'll make sure it gets to the right person."),
        (.promise, "Thursday week ok? That's when our draw comes through."),
        (.promise, "Wir zahlen zwischen dem 14. und 18.12."),
        (.promise, "Je vais régler cela prochainement."),
        (.other, "sorry, just seeing this now. crazy week"),
        (.other, "ok thx"),
        (
            .alreadyPaid,
            "Aquí el comprobante de la transferencia, saludos.\n\nMaría López\nDueña | Taquería El Sol\n\nEste mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."
        ),
        (
            .dispute,
            "Dana,\n\nShort of what we ordered: 8 joist hangers billed, 5 installed. 2 exterior lights billed, 1 installed (the other is still in its box on our porch)."
        ),
        (.question, "can you send a W-9"),
        (.question, "Is the pay link legit? My bank flagged it as suspicious."),
        (.question, "which invoice is this"),
        (.dispute, "Paid this on the first invoice already. This one is a duplicate"),
        (.promise, "I get paid on the 1st, will pay it then."),
        (
            .optOut,
            "Sehr geehrte Damen und Herren,\n\nich möchte diese automatischen Zahlungserinnerungen nicht mehr erhalten. Bitte tragen Sie mich aus Ihrem Verteiler aus."
        ),
        (.optOut, "Take me off your mailing list. I do not want these automated reminders."),
        (.optOut, "Take me off your list"),
        (.other, "This is my work address. For anything about the house please use my personal email, Mike has it on file."),
        (.hardship, "We had to let our whole crew go in November. I'll pay what I can when I can."),
        (.dispute, "Die Anfahrt haben wir bereits mit der ersten Rechnung am 20.11. bezahlt. Sie ist hier erneut berechnet."),
        (.promise, "I'll pay on the 15th when I get paid."),
        (.alreadyPaid, "Le paiement a été débité de notre compte le 30 novembre, il devrait apparaître chez vous."),
        (.hardship, "estoy sin trabajo desde octubre. cuanto seria lo minimo que puedo pagar?"),
        (
            .question,
            "I'm the new office manager. I don't see this invoice anywhere in our files, could you resend it with the job details"
        ),
        (.dispute, "We only received 18 of the 24 cedar panels listed on the invoice."),
        (
            .hardship,
            "Cash flow's been brutal since we lost the Dunmore contract, but I can get you the full amount by the end of next week."
        ),
        (
            .alreadyPaid,
            "Hi Dana,\n\nI think there's been a mix-up somewhere. I got your reminder this morning and went back through everything. We paid INV-1003 the Wednesday before Thanksgiving - my husband did it from his laptop while I was making pie crust, I remember because he complained the link made him type the invoice number twice. The money came out of our checking on the 27th.\n\nI can send a screenshot of the bank statement if that helps. Maybe it was applied to a different invoice? We've had a few with you this year."
        ),
        (.alreadyPaid, "Our remittance advice was emailed to you on 11/24 - check #20418 for $268.90."),
        (.other, "k"),
        (.alreadyPaid, "Settled. Our controller released it with the November 30 vendor run."),
        (.promise, "Vou pagar assim que puder.\n\nAna Costa\nDiretora Financeira | Costa & Filhos Lda.\n+351 21 555 0185"),
        (.dispute, "Not authorized. Our PO was for the roof inspection only, not the repair."),
        (
            .hardship,
            "Dana, I'm so sorry. I had emergency surgery in November and I'm only now getting back on my feet. I can't pay the full amount right now and I don't want to promise something I can't do."
        ),
        (.promise, "I'll pay as soon as the insurance check clears."),
        (.other, "Je transmets à notre comptable."),
        (.optOut, "PARAR"),
        (.promise, "We'll get a check out to you."),
        (.optOut, "no more texts"),
        (.question, "hi what is the account number on this"),
        (.hardship, "The medical bills from my accident are eating everything."),
        (
            .alreadyPaid,
            "The payment came from our parent company by wire on 11/27, so the sender name on your statement will be different from ours."
        ),
        (
            .dispute,
            "La puerta llegó dañada y con un rayón enorme. No vamos a pagar por eso.\n\nMaría López\nDueña\nTaquería El Sol\n\nEste mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."
        ),
        (.dispute, "We disagree with this invoice. Please hold it until we've met on site."),
        (.question, "Wat zijn jullie bankgegevens voor een internationale overboeking?"),
        (.promise, "Vamos pagar no dia 21/12.\n\nAna Costa\nDiretora Financeira | Costa & Filhos Lda.\n+351 21 555 0185"),
        (.question, "Podem enviar-me uma cópia da fatura?"),
        (.promise, "Die Zahlung erfolgt mit dem nächsten Zahlungslauf am Freitag."),
        (.promise, "Pagaremos antes de Navidad."),
        (.optOut, "I'm not the right contact and I'd like to be removed from your system entirely."),
        (.promise, "Our next check run is the second week of January. You're on it."),
        (.optOut, "Please take this address off your list."),
        (
            .dispute,
            "Guten Tag,\n\ndie Arbeiten wurden mangelhaft ausgeführt, die Fliesen im Eingangsbereich sind an mehreren Stellen gesprungen. Eine Zahlung erfolgt erst nach der Nachbesserung."
        ),
        (.alreadyPaid, "Virement effectué le 27/11, vous devriez l'avoir reçu. Référence : INV-1069."),
        (.alreadyPaid, "Wij hebben op 27-11 overgemaakt, met factuurnummer INV-1094 als omschrijving."),
        (.promise, "Nous effectuerons le virement vendredi prochain."),
        (.question, "Pourriez-vous nous envoyer le détail des heures facturées ?"),
        (.other, "Noted."),
        (.alreadyPaid, "FYI we paid this - bank confirmation below."),
        (.dispute, "Le montant dépasse le devis. Pouvez-vous m'expliquer la ligne « frais divers » ?"),
        (.optOut, "Por favor removam este endereço da lista."),
        (.dispute, "Não encomendámos este serviço. Por favor anulem a fatura."),
        (
            .alreadyPaid,
            "Hi - we're not past due. This was paid on the 25th via EFT. Our AP clerk can send the remittance if you need it."
        ),
        (.dispute, "Die Arbeiten sind noch nicht abgenommen. Es fehlen die Sockelleisten im Flur."),
        (.question, "Does this amount include the deposit we already paid?"),
        (.other, "I forwarded this to our bookkeeper."),
        (.optOut, "STOP!!"),
        (.dispute, "the price was 600 not 725"),
        (.other, "?"),
        (.alreadyPaid, "Payment went out Friday."),
        (.promise, "Will pay Thursday. Sorry, crazy week."),
        (.alreadyPaid, "paid yesterday, did it come thru"),
        (.promise, "Approved for payment this morning. It'll be in the December 10 disbursement."),
        (.alreadyPaid, "Sent by ACH on 11/30 - can you let me know once it's posted?"),
        (.question, "Merci de m'envoyer vos coordonnées bancaires complètes (SWIFT et numéro de compte)"),
        (.promise, "Not paid yet, still waiting on sign-off from the board. It should go out by the 20th."),
        (.optOut, "no more txts pls"),
        (.question, "Can I get a breakdown of labor vs materials"),
        (.promise, "pago amanhã sem falta"),
        (
            .other,
            "Hi Dana, we moved! Our new mailing address is 55 W Lake St, Suite 300, Chicago IL 60601. Please update your records."
        ),
        (
            .dispute,
            "Dana,\nThe trim carpenter cut the baseboards short in three rooms and filled the gaps with caulk. That isn't finished work. We'll settle up when it's redone."
        ),
        (
            .dispute,
            "The project was supposed to be complete by November 1 and your crew finished on the 20th. Our contract has a $100/day late completion clause - please deduct $1,900 and reissue."
        ),
        (.promise, "i can pay monday the 14th"),
        (.alreadyPaid, "c'est payé depuis vendredi"),
        (.alreadyPaid, "El pago se hizo por transferencia el 26/11. Adjunto el justificante."),
        (
            .hardship,
            "We are going through a restructuring and all vendor payments are frozen for the next 60 days. I'm sorry, it's out of my hands."
        ),
        (
            .hardship,
            "Perdemos o nosso maior cliente e a tesouraria está muito apertada. Podemos dividir o valor em várias vezes?"
        ),
        (.alreadyPaid, "Been paid"),
        (.question, "Voor welk project is deze factuur?"),
        (
            .hardship,
            "Mein Mann ist schwer erkrankt, ich kümmere mich um alles allein. Bitte haben Sie etwas Geduld.\n\nOutlook für Android herunterladen\n\nAm Mi., 9. Dez. 2026 um 17:27 schrieb Dana Whitfield <accounts@harborpine.example>:"
        ),
        (.question, "what is this for"),
        (.other, "Thank you for the reminder."),
        (.alreadyPaid, "Melissa Grant\nPayables Coordinator\nSummit Ridge Apartments"),
        (.promise, "ik betaal maandag"),
        (.hardship, "to sem dinheiro esse mes, posso pagar em duas vezes?"),
        (
            .hardship,
            "Estamos com dificuldades financeiras. Seria possível pagar em prestações?\n\nAna Costa\nDiretora Financeira | Costa & Filhos Lda."
        ),
        (
            .dispute,
            "The paint color is not what we picked. We signed off on Harbor Gray and the living room is basically blue. Please don't expect payment until it's repainted."
        ),
        (.dispute, "Die Rechnung ist fehlerhaft: Sie haben die Anfahrt doppelt berechnet."),
        (.question, "Is INV-1063 the final invoice or will there be more?"),
        (.promise, "Betaling volgt vrijdag met de volgende betaalrun."),
        (.question, "A que serviço se refere esta fatura?"),
        (.other, "ty"),
        (.other, "Thanks, I'll make sure our AP team sees this."),
        (.dispute, "The new front door arrived with a dent and a cracked glass panel. We're not paying for damaged goods."),
        (.optOut, "Ya pagué. No me manden más mensajes."),
        (.hardship, "can i pay half now and half next month? things are tight"),
        (.other, "okay got it"),
        (.question, "¿Me pueden enviar la factura en PDF?"),
        (.alreadyPaid, "Its paid. ACH 11/30"),
        (
            .dispute,
            "Hi Dana,\n\nThis amount is wrong. We agreed on $950 for the drywall repair and you've billed $1,240.00. Please send a corrected invoice and we'll pay it.\n\nTeresa"
        ),
        (.dispute, "Diese Position wurde nie von uns freigegeben. Wir widersprechen der Rechnung."),
        (.alreadyPaid, "sent the check monday"),
        (.optOut, "No me envíen más mensajes a este número."),
        (.question, "What's the remit-to address? The one on the invoice is a PO box in another state."),
        (.optOut, "wrong number i dont know what company this is and i never had any work done. stop"),
        (.promise, "will get it sorted"),
        (.hardship, "Ahorita no tengo el dinero, me quedé sin trabajo. ¿Puedo pagar en partes?"),
        (.promise, "Die Zahlung erfolgt nächste Woche Mittwoch."),
        (
            .promise,
            "Hey Dana,\n\nSorry sorry sorry. This fell through the cracks - our bookkeeper quit right before Thanksgiving and I've been trying to figure out QuickBooks on my own, which is going about as well as you'd expect. Found your invoice in the pile. I'm doing a batch of payments on Thursday the 10th and yours is at the top of the list.\n\nThanks for your patience, and tell the guys the basement looks fantastic."
        ),
        (.optOut, "No quiero recibir más recordatorios automáticos. Dejen de escribirme."),
        (.question, "The link gives me a 'page not found' error. Is there another way to pay?"),
        (
            .dispute,
            "Dit hebben wij nooit besteld. Graag de factuur crediteren.\n\nJoost van Dijk\nFinanciële administratie | Van Dijk Vastgoed B.V."
        ),
        (.question, "Does this include the punch-list fixes from the final walkthrough, or will those be billed separately?"),
        (.promise, "Payment will be made by the end of the month."),
        (.other, "Danke für die Info, ich kläre das intern."),
        (.alreadyPaid, "Mi esposa ya pagó la factura la semana pasada"),
    ]
}
