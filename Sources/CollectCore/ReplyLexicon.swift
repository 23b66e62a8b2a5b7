/// The phrases that mark each kind of reply, in English, French, German, Spanish, Dutch and
/// Portuguese, folded as ``ReplyText`` folds (no accents, lower case). A phrase matches whole
/// words only; `*` stands for any one word.
enum ReplyLexicon {
    static let optOut: [String] = [
        // English
        "unsubscribe", "unsubscribe me", "opt out", "opt-out", "optout", "remove me", "remove us", "take me off", "take us off",
        "stop emailing", "stop e-mailing", "stop texting", "stop messaging", "stop sending", "stop contacting", "stop emails",
        "stop the emails", "stop these", "stop the texts", "stop spamming", "stop harassing", "no more emails",
        "no more e-mails", "no more texts", "no more messages", "no more reminders", "don't email", "dont email",
        "don't e-mail", "do not email", "do not e-mail", "don't text", "dont text", "do not text", "don't contact",
        "do not contact", "don't want these", "dont want these", "do not want these", "don't want to receive",
        "do not want to receive", "leave me alone", "quit texting", "quit emailing", "quit messaging", "off your list",
        "off your mailing list", "stop please", "please stop", "pls stop", "plz stop",
        // French
        "desabonner", "desabonnez", "desabonnez-moi", "desinscrire", "desinscrivez", "desinscrivez-moi", "ne plus recevoir",
        "ne m'envoyez plus", "n'envoyez plus", "arretez de m'envoyer", "arretez de m'ecrire", "arretez les", "retirez-moi",
        "retirez moi", "supprimez-moi", "plus de sms", "plus de messages", "plus de mails", "plus de courriels",
        // German
        "abmelden", "abbestellen", "austragen", "keine e-mails mehr", "keine emails mehr", "keine mails mehr",
        "keine nachrichten mehr", "keine sms mehr", "keine erinnerungen mehr", "nicht mehr kontaktieren",
        "nicht mehr anschreiben", "horen sie ~ auf", "hort ~ auf", "aus ihrem verteiler", "aus dem verteiler",
        // Spanish
        "darse de baja", "darme de baja", "dar de baja", "denme de baja", "no me envien", "no me manden", "dejen de enviar",
        "deje de enviar", "dejen de escribir", "no quiero recibir", "no deseo recibir", "eliminarme", "borrarme",
        "no mas mensajes", "no mas correos",
        // Dutch
        "afmelden", "uitschrijven", "geen e-mails meer", "geen mails meer", "geen berichten meer", "geen sms meer",
        "niet meer mailen", "niet meer sturen", "haal mij", "haal me", "verwijder mij", "verwijder me", "stop met mailen",
        "stop met sturen",
        // Portuguese
        "cancelar subscricao", "cancelar inscricao", "cancelar a subscricao", "descadastrar", "descadastre", "nao quero receber",
        "parem de enviar", "pare de enviar", "parem de mandar", "remover meu", "remova-me", "removam-me", "tirem-me",
        "nao enviem mais",
        // Added from the corpus's training part.
        "stop sending me", "stop contacting me", "niet meer ontvangen", "haal mij * van de lijst", "van de lijst",
        "ne plus les recevoir", "nicht mehr erhalten", "nicht mehr bekommen", "no quiero * recibir", "nao quero * receber",
        "no longer wish", "don't want to get these", "dont want to get these", "don't want to get any", "dont want to get any",
        "don't want to get ~ email*", "dont want to get ~ email*", "don't want to get ~ text*", "dont want to get ~ text*",
        "don't want to get ~ remind*", "dont want to get ~ remind*", "don't want to get ~ messag*",
        "dont want to get ~ messag*", "no longer want", "take me out",
        "ne plus m'envoyer", "ne plus nous envoyer", "schicken sie keine", "keine ~ mahnungen mehr", "remove my address",
        "remove my email", "remove my e-mail", "remove us from", "remove me from",
        // Added from the second writers' replies.
        "turn off the reminders", "turn off these reminders", "turn off * reminders", "turn these reminders off",
        "turn the reminders off", "leave us off the list", "leave me off the list", "leave us off your", "leave me off your",
        "stop writing to me", "stop writing to us", "ne veux plus recevoir", "ne souhaite plus recevoir",
        "ne souhaitons plus recevoir", "supprimez mes coordonnees", "supprimez nos coordonnees", "supprimer mes coordonnees",
        "effacez mes coordonnees", "streichen sie uns ~ liste", "streichen sie mich ~ liste", "aus ihrer kundenliste",
        "aus ihrer kundenkartei", "loschen sie meine daten", "loschen sie unsere daten", "loschen sie meine adresse",
        "loschen sie unsere adresse", "saquenme de ~ lista", "saquennos de ~ lista", "sacarme de ~ lista",
        "sacarnos de ~ lista", "no me escriban", "no nos escriban", "no me vuelvan a escribir", "no nos vuelvan a escribir",
        "no me contacten", "no nos contacten", "dejen de contactar", "adres verwijderen", "nummer verwijderen",
        "haal ons adres", "haal mijn adres", "haal ons nummer", "haal mijn nummer", "haal ons uit", "haal mij uit",
        "niet meer benaderen", "niet meer contacteren", "nao me escrevam", "nao nos escrevam", "nao me enviem",
        "nao nos enviem", "tirem o meu", "tirem-nos", "retirem o meu", "removam o meu", "parem de me enviar",
        "parem de me mandar", "parem de me escrever", "parem de nos enviar",
        // Stopping in Dutch's own words, and being sent to a lawyer: from now on, talk to the lawyer.
        "hou op met", "hou nu op", "houd op met", "ophouden met", "stop met die", "stop met de", "stop nu met",
        "to my attorney", "to my lawyer", "through my attorney", "through my lawyer", "contact my attorney",
        "contact my lawyer", "a mon avocat", "mon avocat", "meinen anwalt", "meine anwaltin", "mi abogado", "mijn advocaat",
        "meu advogado",
        // Turning them off, taking consent back, another way to reach me (a third set of fresh replies).
        "turn them off", "turn these off", "turn it off", "switch them off", "spare me the", "drop this one from",
        "drop me from", "drop us from", "another way to reach me", "withdrawing my consent", "withdraw my consent",
        "withdrawing it", "letters only", "by post only", "deixem de me enviar", "deixem de enviar", "deixe de enviar",
        "deixar de enviar",
        // The number itself deleted (a fourth set of fresh replies).
        "delete my number", "delete this number", "delete our number", "remove my number", "remove this number",
        "erase my number", "lose my number", "borren mi numero", "borra mi numero", "loschen sie meine nummer",
        "apaguem o meu numero", "verwijder mijn nummer", "supprimez mon numero",
        "don't use it for your", "dont use it for your", "don't use this number for", "dont use this number for",
        "don't use this line for", "dont use this line for",
        // Asked as a question, and in Bavarian (an eighth and ninth set of fresh replies).
        "not text me", "not to text me", "not email me", "not e-mail me", "not to email me", "not message me",
        "hort's auf", "horts auf", "hort's ~ auf", "horen's auf", "horens auf", "auf mit den e-mails", "auf mit den mails",
        "auf mit dene", "schluss mit den e-mails", "schluss mit den mails", "schluss mit den mahnungen",
        // A tenth set: distribution lists and reminder texts by another name.
        "from your reminder distribution", "from your distribution", "from your dunning", "from your reminder list",
        "keine mahn-sms mehr", "keine mahn-mails mehr", "keine mahnmails mehr", "keine ~ sms mehr",
    ]

    /// Beginnings of words for stopping something, for the opt-out check that pairs them with
    /// ``sentThings`` in one sentence ("please cease these notices", "no more of these texts").
    static let stopVerbs = [
        "stop", "unsubscri", "cease", "quit", "remove", "delete", "opt", "halt", "rather not", "no more", "nomore",
        "arret", "desabon", "desinscri", "supprim", "retir", "plus de", "abmeld", "abbestell", "austrag", "entfern",
        "aufhor", "baja", "dejen", "deje", "deixem", "deixe de", "eliminar", "borrar", "afmeld", "uitschrijv", "verwijder",
        "stopp",
        "parem",
        "cancel", "descadastr", "take off", "take me off", "take us off", "off your", "off this", "don't send",
        "dont send",
        "do not send", "not interested", "prefer not", "no longer", "keine mehr", "nicht mehr", "no quiero", "nao quero",
        "geen", "ne plus", "ne veux plus",
    ]

    /// Whether `word` is `stem` or begins it as a word does (`unsubscri` → "unsubscribe"); a stem of
    /// four letters or fewer must be the whole word ("quit", not "quite"; "opt", not "options").
    static func isStem(_ stem: String, of word: String) -> Bool {
        if stem.contains(" ") { return false }
        return stem.count <= 4 ? word == stem || word == stem + "s" || word.hasPrefix(stem + "-") : word.hasPrefix(stem)
    }

    /// Beginnings of words for what the business sends.
    /// Words after "no longer" that tell of a mailbox or a person that moved on, not of a wish to
    /// stop: "no longer monitored", "no longer the contact", "no longer with the company".
    static let movedOn: Set<String> = [
        "monitored", "checked", "active", "in", "the", "with", "work", "working", "employed", "responsible", "handling",
        "handle", "our", "at", "used", "valid",
    ]

    static let sentThings = [
        "email", "e-mail", "mail", "text", "sms", "messag", "remind", "notic", "notif", "list", "contact", "these", "spam",
        "distribution", "dunning", "verteiler",
        "courriel", "relance", "rappel", "nachricht", "erinner", "mahnung", "correo", "mensaj", "recordator",
        "bericht", "herinner", "mensag", "lembret", "avis",
    ]

    /// Words that, standing (nearly) alone in a text message, end text messages.
    static let smsStopWords: Set<String> = [
        "stop", "stopall", "unsubscribe", "cancel", "end", "quit", "arret", "arreter", "stopp", "basta", "parar", "pare",
        "desinscrire", "baja", "sair", "stoppen", "afmelden", "uitschrijven", "desabonner", "abmelden", "salir", "alto",
        "cancelar",
    ]

    /// Stop words that end messages even as one sentence of a longer message ("… never had any work done. STOP").
    static let sentenceStopWords: Set<String> = [
        "stop", "stopall", "unsubscribe", "stopp", "arret", "baja", "sair", "parar", "stoppen", "desabonner", "abmelden",
        "afmelden", "uitschrijven", "salir",
    ]

    static let dispute: [String] = [
        "dispute", "disputing", "disputed", "disagree", "incorrect", "not correct", "isn't correct", "isnt correct",
        "is wrong", "are wrong", "is not right", "wrong amount", "wrong invoice", "wrong price", "wrong rate", "overcharged",
        "over charged", "over-charged", "never received", "never ordered", "didn't order", "did not order", "not authorized",
        "never authorized", "charged twice", "double charged", "double-charged", "billed twice", "duplicate invoice",
        "duplicate charge", "not what we agreed", "not what was agreed", "not what was quoted", "not our invoice",
        "not ours", "error on", "mistake", "not finished", "isn't finished", "isnt finished", "never finished", "not done",
        "isnt done", "isn't done", "wasn't done", "wasnt done", "not complete", "incomplete", "not completed",
        "not satisfied", "unsatisfied", "dissatisfied", "refuse to pay", "won't pay", "wont pay", "will not pay",
        "not paying", "not going to pay", "damaged", "broken", "never showed", "didn't show", "no one showed",
        "nobody showed", "we cancelled", "we canceled", "was cancelled", "was canceled", "doesn't match",
        "does not match", "shoddy", "poor workmanship", "redo", "should not be charged", "shouldn't be charged",
        "not responsible for", "contest",
        // French
        "conteste", "contestons", "contestation", "erreur", "errone", "erronee", "incorrecte", "pas termine",
        "pas terminee", "pas fini", "pas finis", "jamais commande", "facture en double", "facture deux fois", "recu deux fois",
        "preleve deux fois", "debite deux fois", "facture 2 fois",
        "facturee deux fois", "factures deux fois", "compte deux fois", "ne payerons pas",
        "ne paierons pas", "ne paierai pas", "refusons", "pas d'accord", "litige", "malfacon",
        // German
        "bestreiten", "widersprechen", "widerspruch", "fehlerhaft", "falsch", "nicht korrekt", "nicht richtig",
        "nicht fertig", "nicht abgeschlossen", "doppelt", "nie bestellt", "nicht bestellt", "zahlen nicht",
        "werden nicht zahlen", "werden nicht bezahlen", "reklamation", "reklamieren", "mangel", "mangelhaft",
        "nicht einverstanden",
        // Spanish
        "disputa", "impugnamos", "no estamos de acuerdo", "no estoy de acuerdo", "incorrecto", "incorrecta",
        "equivocado", "equivocada", "no terminado", "sin terminar", "no esta terminado", "no esta terminada", "duplicada",
        "duplicado", "cobraron ~ dos veces", "cobrado dos veces", "facturaron ~ dos veces", "llego dos veces", "recibi dos veces",
        "salio dos veces", "cargado dos veces", "debitado dos veces", "facturado dos veces", "nunca pedimos",
        "no vamos a pagar", "no pagaremos", "reclamacion",
        // Dutch
        "betwisten", "oneens", "onjuist", "fout", "foutief", "niet klaar", "niet af", "dubbel", "nooit besteld",
        "niet akkoord",
        // Portuguese
        // ("contestar" alone is Spanish for "to answer".)
        "contestar a fatura", "contestar o valor", "contestar a cobranca", "contestar esta", "contestar essa", "vou contestar",
        "vamos contestar", "contestamos",
        "discordamos", "incorreto", "incorreta", "errado", "errada", "nao terminado",
        "nao foi concluido", "nao foi terminado", "duplicada", "duplicado", "cobraram ~ duas vezes", "cobrado duas vezes",
        "faturaram ~ duas vezes", "recebi duas vezes", "debitado duas vezes", "chegou duas vezes",
        "faturado duas vezes", "nunca pedimos",
        "nao vamos pagar", "nao concordamos",
        // Added from the corpus's training part.
        "no coincide", "nao coincide", "stimmt nicht", "klopt niet", "ne correspond pas", "still leaks", "still leaking",
        "fix it", "still broken", "isn't fixed", "not fixed", "isn't ours", "isnt ours", "wrong company", "never had any work",
        "never agreed", "ever agreed", "didn't agree", "did not agree", "no reconocemos", "nunca contratamos", "nao encomendamos",
        "anulem a fatura", "nao reconhecemos", "erkennen * nicht", "herkennen * niet", "ne reconnaissons pas",
        "weigeren te betalen", "a error", "un error", "not right", "returned", "send back", "sent back",
        "absolutely not", "you want me to pay", "and you want", "only received", "never approved", "not approved", "zu hoch",
        "too high", "more than the quote", "more than quoted", "who approved", "billed * twice", "charged * twice", "broke",
        "cracked", "left * a mess", "nur die halfte", "refund",
        // Billed twice, in the words people use for it.
        "double billed", "double-billed", "double billing", "is a duplicate", "2x gerekend", "2x berekend",
        "twee keer gerekend", "dubbel gerekend", "cobraron ~ 2 veces", "cobrado 2 veces", "cobraram ~ 2 vezes", "cobrado 2 vezes",
        "em dobro", "zweimal berechnet",
        "doppelt berechnet", "2x berechnet", "charged 2x", "billed 2x", "nie ~ bestellt", "nooit goedgekeurd",
        "nunca aprobamos", "jamais approuve", "nie genehmigt", "nunca aprovamos",
        "should be voided", "needs to be voided", "be voided", "generated * twice", "this one twice",
        "needs to be reissued", "be reissued", "reissue it", "aangepaste factuur", "corrected invoice", "revised invoice",
        "factura corregida", "facture corrigee", "korrigierte rechnung", "pas question de", "no way i'm paying",
        "ne reglerai rien", "ne payerai rien", "won't pay anything until",
        // Paid twice and wanting it back; an amount that grew (a fourth set of fresh replies).
        "paid it twice", "paid this twice", "paid twice", "refunded", "montant a augmente", "amount went up",
        "amount has gone up", "amount increased", "betrag ist gestiegen", "el monto subio", "o valor aumentou",
        "ficado bem feito", "ficou bem feito", "mal feito", "mal hecho",
        "shouldn't be there", "should not be there", "shouldnt be there", "betalen we niet", "betaal ik niet",
        "nooit om gevraagd", "never asked for", "didn't ask for", "did not ask for", "je ne paie pas tant",
    ]

    static let alreadyPaid: [String] = [
        "already paid", "already been paid", "already sent", "already settled", "already took care", "already taken care",
        "already processed", "already mailed", "already wired", "already transferred", "has been paid", "have paid",
        "we paid", "i paid", "was paid", "were paid", "paid this", "paid it", "paid that", "paid on", "paid last",
        "paid yesterday", "paid today", "paid in full", "paid via", "paid with", "payment was sent", "payment has been sent",
        "payment went out", "payment was made", "payment was processed", "payment has been made", "payment has gone",
        "sent the payment", "sent payment", "sent a check", "sent the check", "mailed a check", "mailed the check",
        "mailed you a check", "check was mailed", "cheque was mailed", "check went out", "remitted", "wired", "wire transfer",
        "ach'd", "settled", "cleared", "transferred", "we've paid", "ive paid", "i've paid", "we have paid",
        "paid already", "its been paid", "it's been paid", "been taken care of", "took care of it", "payment confirmation",
        "proof of payment", "check number", "check #", "cheque #", "pd", "pd in full",
        // French
        "deja paye", "deja payee", "deja regle", "deja reglee", "avons paye", "avons regle", "ai paye", "ai regle",
        "virement effectue", "virement a ete effectue", "paiement effectue", "paiement a ete effectue",
        "paiement a ete envoye", "cheque envoye", "facture reglee", "est reglee", "a ete reglee", "a ete payee",
        // German
        "bereits bezahlt", "schon bezahlt", "bereits uberwiesen", "schon uberwiesen", "haben bezahlt", "habe bezahlt",
        "haben uberwiesen", "habe uberwiesen", "wurde bezahlt", "wurde uberwiesen", "ist bezahlt", "beglichen",
        "uberweisung erfolgt", "bereits beglichen",
        // Spanish
        "ya pagamos", "ya pague", "ya esta pagado", "ya esta pagada", "ya fue pagada", "ya fue pagado", "ya se pago",
        "ya la pagamos", "ya lo pagamos", "transferencia realizada", "hicimos la transferencia", "realizamos el pago",
        "pago realizado", "abonado", "abonada",
        // Dutch
        "al betaald", "reeds betaald", "is betaald", "hebben betaald", "heb betaald", "overgemaakt", "voldaan",
        "betaling is verstuurd", "betaling gedaan",
        // Portuguese
        "ja pagamos", "ja paguei", "ja foi pago", "ja foi paga", "ja esta pago", "ja esta paga", "transferencia feita",
        "transferencia realizada", "pagamento efetuado", "pagamento realizado", "quitado", "quitada",
        // Added from the corpus's training part.
        "deja ~ regl*", "deja ~ paye*", "bereits ~ uberwiesen", "bereits ~ bezahlt", "schon ~ uberwiesen", "am ~ uberwiesen",
        "haben am ~ uberwiesen", "ya ~ pagad*", "ya ~ pague", "ja ~ pag*", "al ~ betaald", "al ~ overgemaakt", "mailed check",
        "mailed our check", "check #*", "cheque #*", "pagado", "comprobante", "comprovativo", "betaalbevestiging",
        "proof of payment", "remittance advice", "went through", "cleared", "charged my card", "overgemaakt op",
        "mailed it", "dropped off a check", "dropped off the check", "dropped off a cheque", "went out on", "wire went out",
        "rausgegangen", "ist raus", "was included in", "batch run", "sent * toward", "sent * towards", "here's the confirmation",
        "confirmation from",
        // Names of the document a payer sends with a payment.
        "zahlungsavis", "zahlungsbestatigung", "zahlungsnachweis", "betaalbewijs", "comprovante", "avis de paiement",
        "preuve de paiement", "justificatif de paiement",
        // Past forms of paying the lists above lacked: third persons, "long since", the bank's view.
        "payment was submitted", "submitted the payment", "submitted payment",
        "langst bezahlt", "langst uberwiesen", "uberweisung lief", "ya pagaron",
        "el cargo salio", "salio de la cuenta", "paye depuis", "payee depuis",
        "regle depuis", "reglee depuis", "paguei", "fiz o pix", "pix feito", "fizemos o pagamento", "fizemos a transferencia",
        "pagou",
        // How accounts-payable and banks say it went: value dates, releases, settlements, debits.
        "value date", "funds were released", "released the funds", "released the payment", "payment was released",
        "payment released", "ach settled", "eft was sent", "sent via eft", "sent by eft", "paid by eft",
        "was debited", "has been debited", "check was issued", "issued a check", "issued the check", "cheque was issued",
        "payment is in transit", "payment was scheduled and", "trace number", "fed reference", "wertstellung", "was debited",
        "has been debited", "fue debitado", "foi debitado", "a ete preleve", "deja preleve", "wurde abgebucht",
        "bereits abgebucht", "schon abgebucht", "ist abgebucht", "is afgeschreven", "al ~ afgeschreven", "rekening afgeschreven",
        "c'est paye", "c'est payee", "c'est regle", "valutadatum", "date de valeur", "fecha valor", "fecha de valor",
        "data valor", "data de valor", "zahlung freigegeben", "paiement libere", "prelevement effectue", "pago liberado",
        "afschrijving",
        "bijschrijving", "betaling vrijgegeven",
        // Paid in other words: a balance settled, a payment made by someone else, a payment put on the wrong invoice.
        "quedo saldado", "quedo saldada", "ya esta saldado", "ya esta saldada", "a fait le paiement", "ai fait le paiement",
        "avons fait le paiement", "a fait le virement", "ai fait le virement", "avons fait le virement",
        "applied to the wrong invoice", "applied to the wrong account", "applied to the wrong job", "applied to another invoice",
        "applied to a different", "enrolled in autopay", "on autopay", "statement shows a charge", "shows a charge",
        "sent * by ach", "first installment", "ya le mande", "ya les mande", "ya mande", "put * on the card",
        "put * on my card", "a ete encaisse", "ete encaisse", "crossed in the mail", "croisee avec le paiement",
        "auto pay should", "autopay should", "should have taken it", "should of taken it", "paye le * par", "payee le * par",
        "squared up", "afgerekend",
        // Paid by an app's verb, cashed by the business, told in the other order (a fourth set).
        "zelled", "venmoed", "cashapped", "you cashed", "cashed it", "cashed the check", "cashed our check",
        "was released on", "ja transferi", "ya abone", "habe ~ uberwiesen", "haben ~ uberwiesen", "habe ~ bezahlt",
        "haben ~ bezahlt", "heb ik ~ betaald", "hebben we ~ betaald", "ist ~ raus",
        // Handed over, dropped off, paid down (a sixth set of fresh replies).
        "dropped off half", "left a check", "left the check", "left a cheque", "se lo entregamos",
        "le entregamos", "angezahlt", "transferencia foi feita", "ai envoye un virement", "as a first payment",
        // (A seventh set.)
        "ai verse", "avons verse", "le abonamos", "vorige week betaald", "gisteren betaald",
    ]

    static let hardship: [String] = [
        "business has been dead", "business is dead", "been dead since", "no work since",
        "hardship", "can't afford", "cant afford", "cannot afford", "can not afford", "unable to pay", "can't pay",
        "cant pay", "cannot pay", "can not pay", "cash flow", "cashflow", "cash-flow", "tight right now", "money is tight",
        "money's tight", "things are tight", "struggling", "lost my job", "lost our biggest", "lost a big", "lost our main",
        "laid off", "layoffs", "lay offs", "surgery", "in the hospital", "hospitalized", "illness", "cancer", "chemo",
        "passed away", "funeral", "bankrupt", "bankruptcy", "payment plan", "payment arrangement", "instalments",
        "installments", "in parts", "smaller amounts", "smaller payments", "split the payment", "split it into",
        "split into", "out of business", "closed the shop", "shut down", "slow season", "behind on", "difficult time",
        "tough time", "hard time", "rough patch", "family emergency", "short on cash", "tight on cash", "pay in pieces",
        "spread the payments", "spread it out", "a few payments", "monthly payments",
        // French
        "difficultes", "difficultes financieres", "tresorerie", "en plusieurs fois", "echelonner", "echelonnement",
        "echeancier", "plan de paiement", "malade", "hopital", "chomage", "licencie", "deces",
        // German
        "finanzielle schwierigkeiten", "zahlungsschwierigkeiten", "engpass", "liquiditat", "ratenzahlung", "in raten",
        "raten zahlen", "krank", "krankenhaus", "arbeitslos", "insolvenz", "todesfall",
        // Spanish
        "dificultades", "no puedo pagar", "no podemos pagar", "plan de pagos", "en cuotas", "a plazos", "enfermo",
        "enferma", "sin trabajo", "flujo de caja", "problemas economicos", "fallecio",
        // Dutch
        "betalingsregeling", "in termijnen", "financiele problemen", "krap bij kas", "ziek", "ziekenhuis", "werkloos",
        "kan niet betalen", "kunnen niet betalen",
        // Portuguese
        "dificuldades", "parcelar", "em parcelas", "plano de pagamento", "doente", "desempregado", "nao consigo pagar",
        "nao conseguimos pagar", "faleceu",
        // Added from the corpus's training part.
        "kan * niet betalen", "kan nu niet", "ziekte", "cortos de dinero", "temporada baja", "let our * go", "let go",
        "what i can", "problema de saude", "sem rendimentos", "mais algum tempo", "more time", "extra time", "arret maladie",
        "maladie", "ne peux pas", "ne pouvons pas", "no puedo", "no podemos", "nao posso", "kann * nicht", "konnen * nicht",
        "kunnen * niet", "lost our", "closed for", "injury", "accident", "divorce", "medical", "hospital", "tight",
        "knapp bei kasse", "periode difficile", "perte d'un", "losing money", "cut staff", "stuck", "few more weeks",
        "waiting on", "budget freeze", "insurance payout", "accept * now", "hospital*", "cash flow*", "in moeilijkheden",
        // Work and money lost, and the asking for time or parts, in the words people use.
        "between jobs", "lost hours", "cut my hours", "hours were cut", "hours got cut", "froze our", "credit line",
        "can only do ~ for now", "can only pay ~ for now", "only manage", "sehr knapp", "gerade knapp", "repossessed",
        "wiped out",
        "don't know how i'm going to pay", "dont know how im going to pay", "don't know when i can", "dont know when i can",
        "severance", "unemployment", "tax refund", "had no work", "dried up", "sin dinero", "sem dinheiro", "pas d'argent",
        "kein geld", "geen geld", "no money", "delai supplementaire", "un peu de delai", "saison creuse", "indulgence",
        "decede", "operada", "operado", "opere", "operiert", "geopereerd", "spread this out", "split it in two",
        "in two payments", "en dos pagos", "em duas vezes", "en deux fois", "in zwei raten", "in twee keer",
        "i'm broke", "im broke", "we're broke", "flat broke", "truck broke down", "trucks broke down", "car broke down",
        "van broke down", "i broke my", "broken leg", "broken arm",
        "broken wrist", "broken hip", "broken ankle", "pleite", "fauche", "fauches",
        "hardship program", "pay part now", "part now and the rest", "pay something", "start paying",
        "periode compliquee", "moment complique", "periode dure", "perdi el trabajo", "perdi mi trabajo", "perdi o emprego",
        "can do * a month", "can do * a week", "can pay * a month", "can pay * a week", "all there is",
        "me corrieron", "me despidieron", "displaced", "some grace", "house fire", "kurzarbeit", "nix zahlen",
        "nichts zahlen", "redressement judiciaire", "liquidation judiciaire", "chapter 11", "chapter 7",
        "concurso de acreedores",
        "a la semana", "par mois", "pro monat", "per maand", "por mes", "por semana",
        // Broke, squeezed, unpaid, in debt counselling (a fourth set of fresh replies).
        "just broke", "apertado", "apertada", "without a paycheck", "no paycheck", "back pay", "desempregad*",
        "dead for us", "schuldhulp*", "schuldsanering", "bewindvoerder",
        "verschuldet", "hochwasser", "degat des eaux", "rien ne rentre", "only stretches so far", "vorne und hinten nicht",
        "donations are ~ down", "lost most of", "crop insurance",
    ]

    static let promise: [String] = [
        "will pay", "we'll pay", "i'll pay", "ill pay", "will be paid", "will send", "we'll send", "i'll send", "going to pay",
        "gonna pay", "paying on", "paying by", "payment will", "will have it", "have it to you",
        "get it to you", "get it out", "plan to pay", "planning to pay", "intend to pay", "expect to pay", "will process",
        "will be processed", "scheduled", "next pay run", "pay run", "payment run", "check run", "pay it next", "pay next",
        "will be sent", "will go out", "will mail", "will wire", "will transfer", "get this paid", "get it paid",
        "have this paid", "will settle", "should be paid", "should go out", "cut a check", "cutting a check",
        "will get it sorted", "will take care", "will be settled", "release the payment", "pay it by", "pay it on",
        "will remit",
        // French
        "payerons", "paierons", "paierai", "payerai", "vais payer", "allons payer", "sera paye", "sera payee", "sera regle",
        "sera reglee", "reglerons", "reglerai", "virement sera", "ferons le virement", "vais regler", "allons regler",
        // German
        "werden bezahlen", "werde bezahlen", "zahlen bis", "bezahlen bis", "uberweisen bis", "werden uberweisen",
        "werde uberweisen", "wird bezahlt", "wird uberwiesen", "begleichen bis", "werden begleichen", "werde begleichen",
        "zahlen wir", "uberweisen wir",
        // Spanish
        "pagaremos", "pagare", "vamos a pagar", "voy a pagar", "se pagara", "haremos la transferencia", "transferiremos",
        "realizaremos el pago", "le pagaremos",
        // Dutch
        "zullen betalen", "zal betalen", "betalen we", "betaal ik", "wordt betaald", "maken we over", "maak ik over",
        "overmaken",
        // Portuguese
        "vamos pagar", "vou pagar", "pagaremos", "pagarei", "sera pago", "sera paga", "faremos a transferencia",
        "faremos o pagamento",
        // Added from the corpus's training part.
        "pagamos", "pagaremos", "begleichen * bis", "zahlen * bis", "bezahlen * bis", "we betalen", "betalen we", "wij betalen",
        "vamos pagar", "payons", "reglons", "regle * avant", "will have payment", "have payment", "payment on", "payment by",
        "check in the mail", "cheque in the mail", "will be in the mail", "processing it", "process it", "will pay", "i'll pay",
        "well pay", "ill have", "you'll have", "youll have", "get you paid", "pay the balance", "pay the rest", "rest follows",
        "de rest volgt", "o resto",
        "zahlung erfolgt", "realizaremos", "scheduled to be paid",
        // A payment promised in so many words (a fourth set of fresh replies).
        "i promise", "te lo prometo", "c'est promis",
        "ich uberweise am", "wir uberweisen am",
        // Taking care of it, in so many words.
        "wir kummern uns", "ich kummere mich", "on s'en occupe", "nous nous en occupons", "je m'en occupe", "me encargo",
        "nos encargamos", "vou tratar disso", "vamos tratar disso", "we regelen het", "ik regel het", "te deposito",
        "le deposito", "en cuanto me paguen",
        // Put in the payer's run: approved, in the cycle, going out with the next run.
        "check is in the mail", "cheque is in the mail", "check's in the mail", "checks in the mail",
        "cheque's in the mail", "wordt geregeld", "de deur uit", "get u paid", "anotado para pagar",
        "no se me va a olvidar", "bring it by", "drop a check off", "drop off a check", "cleared approval",
        "approved for payment", "pay cycle",
        "it'll go out", "itll go out", "settle up", "zahlungslauf", "freigabe durchlaufen", "prochain virement",
        "proxima remesa", "volgende betaalrun",
    ]

    static let question: [String] = [
        "should i be paying", "should i pay this", "should we pay this", "does it go to", "does this amount",
        "does this already", "did you take off", "did you deduct", "does that include", "does the invoice include",
        "hoort deze factuur", "is deze factuur voor",
        "can you send", "could you send", "can you resend", "could you resend", "please send", "pls send", "send me",
        "send us", "resend", "copy of the invoice", "copy of invoice", "copy of this invoice", "a copy", "what is this",
        "what's this", "whats this", "what is it for", "what is this for", "what this is for", "which job", "which invoice",
        "which project", "what job", "what project", "w-9", "w9", "can you explain", "could you explain", "explain",
        "breakdown", "itemized", "itemised", "how do i", "how can i", "where do i", "where can i", "who should i",
        "who do i", "wondering", "do you accept", "can i pay by", "is there a", "can you tell", "could you tell",
        "let me know", "need the invoice", "need a copy", "need an invoice", "statement", "po number", "purchase order",
        // French
        "pouvez-vous", "pourriez-vous", "pouvez vous", "pourriez vous", "copie de la facture", "de quoi s'agit",
        "a quoi correspond", "quel chantier", "quelle facture", "pourquoi", "renvoyer la facture",
        // German
        "konnen sie", "konnten sie", "bitte senden", "bitte schicken", "schicken sie", "kopie der rechnung",
        "worum geht", "welche rechnung", "welcher auftrag", "warum", "wofur", "rechnung erneut",
        // Spanish
        "puede enviar", "podria enviar", "podrian enviar", "pueden enviar", "copia de la factura", "de que se trata",
        "que factura", "cual factura", "por que", "envienme", "mandenme",
        // Dutch
        "kunt u", "zou u", "kopie van de factuur", "waar gaat", "welke factuur", "waarom", "stuur mij", "stuur me",
        // Portuguese
        "pode enviar", "poderia enviar", "podem enviar", "copia da fatura", "do que se trata", "qual fatura", "por que",
        "porque",
        // Added from the corpus's training part.
        "necesito saber", "a nombre de quien", "way to pay", "can i pay", "do you take", "which account", "what account",
        "bank details", "routing", "who do i make", "make the check out", "payable to", "confirm you received", "can you confirm",
        "could you confirm", "pouvez-vous confirmer", "konnen sie bestatigen", "pueden confirmar", "kunt u bevestigen",
        "podem confirmar",
        // How and where to pay, and what the amount covers.
        "account number", "numero de cuenta", "bankverbindung", "kontonummer", "iban", "coordonnees bancaires",
        "rekeningnummer", "dados bancarios", "numero da conta", "aceptan", "acceptez-vous", "akzeptieren sie",
        "accepteren jullie", "aceitam", "does this include", "does this amount include", "does the amount include",
        "is that including", "original due date", "who is this for", "what is the due date", "when is it due",
        // Asked without a question mark: may I, is it all right, was it taken off.
        "is it ok if", "is it okay if", "is it alright if", "is it possible to", "would it be ok", "can i also",
        "kan het ook", "mag ik", "kan ik ook", "posso pagar", "podemos pagar", "da para pagar", "puedo pagar con",
        "se puede pagar", "kann ich auch", "darf ich", "est-ce que je peux", "je peux payer par", "confirm whether",
        "let me know whether", "already taken off", "already deducted", "schon abgezogen", "bereits abgezogen",
        "al afgetrokken", "ya descontado", "deja deduit", "ja descontado", "what does * mean", "or only",
        "do u take", "do u accept", "ca correspond a", "besoin de savoir", "need to know if", "need to know whether",
        "has that been applied", "has it been applied", "been applied to this", "ya incluye", "queria confirmar",
        "clabe", "swift code", "y swift",
        // Wanting to know, in so many words (a fourth set of fresh replies).
        "gostaria de saber", "gostava de saber",
        "vous prenez", "geht auch", "are you ok taking", "are you okay taking",
        "una pregunta", "c'est bien le meme", "est-ce bien le", "queria saber", "me gustaria saber",
        "quisiera saber",
        "j'aimerais savoir", "je voudrais savoir", "ich wollte fragen", "ich mochte wissen", "ik wil graag weten",
        "ik wilde vragen", "would like to know", "wanted to ask", "ou uniquement", "o solo", "oder nur", "of alleen",
        "ou apenas",
    ]

    /// First words of a sentence that make it a question even without its mark ("can we do 2
    /// payments", "ist die Anzahlung schon abgezogen"); not the Spanish and Portuguese "podemos",
    /// "posso", which as often offer ("podemos pagar el 15").
    static let questionOpeners: [String] = [
        "can i", "can we", "could i", "could we", "can you", "could you", "is it", "is there", "is the", "is this",
        "is that", "are you", "are there", "do you", "do i", "do we", "does", "did you", "should i", "should we", "may i",
        "would it", "would you", "how do", "how can", "how much", "how long", "where do", "where can", "where should",
        "what is", "what's", "whats", "what does", "which", "why", "when is", "when do", "when should", "who do",
        "kan ik", "kan het", "kunnen we", "kunt u", "mag ik", "moet ik", "is het", "klopt het", "waarom", "wanneer",
        "welke", "kann ich", "konnen wir", "konnen sie", "darf ich", "ist die", "ist der", "ist das", "sind die", "gibt es",
        "muss ich", "warum", "wann", "welche", "wofur", "est-ce", "puis-je", "peut-on", "pouvez-vous", "pourquoi", "combien",
        "se puede", "es posible", "cuanto", "por que", "donde", "cual", "da para", "e possivel", "quanto", "onde", "qual",
        "do u", "an wen", "wohin", "when was", "when's", "whens",
    ]

    /// Words that may open a sentence before its question ("hey is it ok if…", "ok so can I…").
    static let questionFillers: Set<String> = [
        "hi", "hey", "hello", "ok", "okay", "so", "also", "and", "but", "oh", "um", "quick", "question", "hallo", "hoi",
        "bonjour", "hola", "ola", "oi",
    ]

    /// Dispute phrases that only refuse to pay, saying nothing against the invoice or the work: beside
    /// hardship they tell of not being able to.
    static let refusals: [String] = [
        "refuse to pay", "won't pay", "wont pay", "will not pay", "not paying", "not going to pay", "ne payerons pas",
        "ne paierons pas", "ne paierai pas", "zahlen nicht", "werden nicht zahlen", "werden nicht bezahlen",
        "no vamos a pagar", "no pagaremos", "nao vamos pagar", "weigeren te betalen",
    ]

    /// Hardship phrases of money or work lost, that turn a refusal in the same sentence into not
    /// being able to pay ("we're not paying anyone right now, cash flow is bad"); not the everyday
    /// "ne peux pas", "no puedo", which refuse as often as they plead.
    static let moneyTrouble: [String] = [
        "cash flow", "cashflow", "cash-flow", "money is tight", "things are tight", "tight", "struggling", "lost my job",
        "laid off", "bankrupt", "bankruptcy", "short on cash", "tight on cash", "no money", "sin dinero", "sem dinheiro",
        "pas d'argent", "kein geld", "geen geld", "i'm broke", "im broke", "we're broke", "between jobs", "losing money",
        "tresorerie", "liquiditat", "krap bij kas", "cortos de dinero", "flujo de caja", "knapp bei kasse", "sehr knapp",
        "insolvenz", "difficultes financieres", "financiele problemen", "problemas economicos", "cash flow*",
    ]

    /// Phrases of a reply that asks nothing and tells nothing about the invoice: passing it on to
    /// someone else, a new contact, season's greetings. They count only when no other kind's
    /// phrase is found ("Merry Christmas! We'll pay on the 15th" is a promise).
    static let other: [String] = [
        // Passed on to someone.
        "forward it to", "forwarded it to", "forwarded this to", "forwarding this to", "forward this to",
        "passed it to", "passed this to", "passed it on", "pass it on", "passing it to", "passing this to",
        "sent it to our", "sent this to our", "check with our", "check with my", "circle back", "adding * from",
        "looping in", "talk to my wife", "talk to my husband", "ask my wife", "ask my husband", "stuur het door",
        "doorgestuurd", "doorsturen", "geef het door", "weitergeleitet", "weiterleiten", "gebe es an", "leite es an",
        "transmis a", "transmets a", "transmettre a", "transmis au", "je transmets", "reenviado a", "se lo paso a",
        "lo paso a", "lo reenvie", "encaminhar para", "encaminhei", "passei ao", "passei a", "reencaminhei",
        // A new contact.
        "no longer the contact", "new number", "new email", "new e-mail", "nouveau numero", "nouvelle adresse",
        "neue nummer", "neue e-mail", "nuevo numero", "nuevo correo", "nieuw nummer", "nieuwe e-mail", "novo numero",
        "novo email", "novo e-mail", "new address", "address changes", "address has changed", "update your records",
        "send future invoices to", "send future invoices and",
        // Not the customer.
        "wrong number", "wrong person", "have the wrong number", "have the wrong person", "numero equivocado", "mauvais numero",
        "falsche nummer",
        "verkeerd nummer", "numero errado", "sold the house",
        "this was ~ number", "no longer works", "no longer with us", "ne travaille plus",
        "arbeitet nicht mehr", "ya no trabaja", "nao trabalha", "werkt hier niet meer", "no usa el", "le paso el mensaje",
        "le paso el recado", "new cell", "is disconnected", "nieuwe e-mailadres", "nouvelle adresse e-mail",
        "neue e-mail-adresse", "stammdaten", "firmieren", "supplier portal", "sorting through",
        "forwarded to", "je connais pas", "don't know this number", "dont know this number",
        "demenage", "new mailing address", "verhuisd", "adresgegevens",
        // Passed on.
        "sent this on to", "sent it on to", "passed this on",
        // Season's greetings.
        "merry christmas", "happy holidays", "happy new year", "happy thanksgiving", "joyeux noel", "bonnes fetes",
        "bonne annee", "frohe weihnachten", "frohes fest", "guten rutsch", "feliz navidad", "felices fiestas",
        "prettige feestdagen", "fijne feestdagen", "gelukkig nieuwjaar", "feliz natal", "boas festas", "feliz ano novo",
        "stay warm",
        // New addresses and people, a takeover, the wrong person or thread (a fifth set of fresh replies).
        "neue rechnungsanschrift", "neue anschrift", "neue adresse", "nueva direccion", "nieuw adres", "novo endereco",
        "remittance address", "hat unser buro ~ verlassen", "hat uns ~ verlassen", "ubernimmt ab sofort", "ab sofort herr",
        "ab sofort frau", "deixou de trabalhar", "dejo de trabajar", "n'est plus chez nous", "n'est plus avec nous",
        "was acquired by", "has been acquired", "previous tenant", "previous owner", "wrong chat", "wrong thread",
        "got the wrong", "mixed me up", "mixed us up", "not about the bill", "pass that along", "empresa nueva",
        "nueva empresa", "fais suivre", "je fais suivre",
        "nvm found it",
    ]

    /// Ways of saying "I'll pay it" without a word for paying ("ill do it this evening"): with a
    /// day to come, a promise.
    static let doingIt: [String] = [
        "ill do it", "i'll do it", "i will do it", "will do it", "ill take care of it", "i'll take care of it",
        "will take care of it", "ill handle it", "i'll handle it", "ill get it done", "i'll get it done", "its yours",
        "it's yours",
    ]

    /// Words for looking at something or being away, not paying: a day beside them in a few words
    /// is when the customer will look or be back ("I'll review it on Monday", "ok ill look at it
    /// tonight", "I'm in meetings until Friday"), not when they will pay.
    static let lookingWords: Set<String> = [
        "review", "look", "talk", "discuss", "read", "reading", "regarder", "regarde", "verifier",
        "ansehen", "anschauen", "prufen", "besprechen", "bekijken", "kijken", "bespreken", "revisar", "mirar", "reviso",
        "hablar", "olhar", "verificar", "falar", "conversar", "call", "ring", "anrufen", "appeler", "llamar", "ligar",
        "bellen", "meetings", "meeting", "away", "vacation", "holiday",
        "travelling", "traveling", "trip", "unterwegs", "urlaub", "vacances", "deplacement", "vacaciones", "viaje",
        "vakantie", "ferias", "viagem", "reunion", "reuniones", "reunioes", "vergadering", "besprechungen",
    ]

    /// Words that hold something until a condition is met ("once", "until", "when", "avant de",
    /// "sobald", "hasta que", "pas als", "antes de"): single words, or two as one ("soon as" for
    /// "as soon as").
    static let untilWords: Set<String> = [
        "once", "until", "till", "when", "soon as", "une fois", "avant de", "avant que", "tant que", "des que", "quand",
        "sobald", "bevor", "erst wenn", "wenn", "hasta que", "una vez", "antes de", "en cuanto", "cuando", "zodra",
        "voordat", "pas als", "assim que", "ate que", "quando", "depois que",
    ]

    /// Beginnings of words for work put right ("fixed", "repaired", "réparé", "behoben",
    /// "arreglado", "verholpen", "corrigido"): not finishing alone, which a month or a payment run
    /// does too.
    static let workPutRight = [
        "fixed", "repair", "resolved", "corrected", "redone", "repar", "corrig", "behob", "beseitig", "nachgebessert",
        "arregl", "resuelt", "solucion", "verholpen", "opgelost", "hersteld", "gerepareerd", "resolvid", "consert",
        "oplossing", "afgemaakt", "afmaken", "remplace", "replaced",
    ]

    /// Words for what is left to pay ("the rest", "la otra mitad", "o resto"): beside a payment
    /// made, a day in the reply is the day for them.
    static let rest: Set<String> = [
        "rest", "remaining", "remainder", "reste", "restant", "resto", "demas", "otra", "outra", "restbetrag",
    ]

    /// Words that tell of a payment made ("paid", "betaald", "bezahlt", "überwiesen", "payé").
    static let paymentMade: Set<String> = [
        "paid", "payed", "betaald", "overgemaakt", "bezahlt", "uberwiesen", "paye", "payee", "regle", "pagado", "pagou",
        "pagamos", "paguei", "pagaron", "pagaste",
    ]

    /// Words that, just before a phrase, turn it around ("we have *not* paid").
    static let negations: Set<String> = [
        "not", "never", "no", "haven't", "havent", "hasn't", "hasnt", "didn't", "didnt", "don't", "dont", "won't", "wont",
        "can't", "cant", "cannot", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "yet", "pas", "jamais", "nicht",
        "kein", "keine", "nie", "noch", "nunca", "todavia", "aun", "niet", "geen", "nooit", "nao", "ainda",
    ]
}
