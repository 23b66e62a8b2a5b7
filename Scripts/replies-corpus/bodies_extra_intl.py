"""More hand-written customer replies in French, German, Spanish, Dutch and Portuguese.

Same helpers and labelling rules as bodies.py (see its docstring). Numeric dates in these languages are
day first (15/12 = 15 December); a range is taken at its end; relative dates count from the sent day.

December 2026: Tue 1, Fri 4, Mon 7, Fri 11, Mon 14, Fri 18, Thu 24, Thu 31; Fri 1 Jan 2027, Mon 4 Jan.
"""

import entries

ENTRIES, em, sms = entries.collector()


# =============================================================================== French
# ---- dispute
em("dispute", "fr", """
Bonjour,

Votre équipe est repartie sans finir les joints de la douche et sans évacuer les gravats. Tant que ce n'est pas fait, je considère que la facture {inv} n'est pas due.

Cordialement,
{first}
""", note="conditional, no promise")
em("dispute", "fr", "On nous avait annoncé 1 800 $ pour la pose du parquet, tout compris. Je ne comprends pas d'où sortent les {amt}.",
   amt="2290.40")
sms("dispute", "fr", "vous m'avez facturé 2 fois le déplacement, c'est pas normal")
em("dispute", "fr", """
La porte-fenêtre posée la semaine dernière ferme mal et laisse passer l'air. Merci d'envoyer quelqu'un la régler avant de nous relancer pour le paiement.
""")
em("dispute", "fr", """
Bonjour,
La ligne « heures supplémentaires » n'a jamais été validée par notre conducteur de travaux. Nous ne la paierons pas.
Salutations
""")
sms("dispute", "fr", "vos gars ont rayé le parquet en montant le frigo. je paie pas tant que c'est pas réparé",
    note="conditional refusal, no promise")
em("dispute+question", "fr", """
Il y a 14 heures de main-d'oeuvre facturées pour une journée et demie de présence sur le chantier. Pouvez-vous m'envoyer les feuilles de pointage ?
""")
em("dispute+promise-to-pay", "fr", """
Je vous règle la partie plomberie vendredi, mais pas l'électricité : le tableau n'a toujours pas été raccordé.
""", sent="12-02 14:10", p="12-04", chk="wd:fri", note="partial promise")

# ---- already-paid
em("already-paid", "fr", """
Bonjour,
Le virement SEPA a été émis le 25/11 depuis notre compte au Crédit Agricole, référence {inv}. Merci de vérifier de votre côté.
{first}
""", note="SEPA named though the payee is American")
sms("already-paid", "fr", "deja payé par virement lundi", note="no accent on 'déjà'")
em("already-paid", "fr", "Vous trouverez ci-dessous l'avis de virement de notre banque. Bonne journée.",
   fwd="virement_fr", pd="11-24")
em("already-paid", "fr", """
Réglé par carte bancaire via votre lien de paiement le 28 novembre. J'ai reçu le reçu par mail, transaction n° 8841-22.
""")
em("already-paid", "fr", """
Bonjour Dana,

Notre comptable me confirme que {inv} est partie dans le lot de paiements du 27 novembre (virement international, BNP Paribas). Il faut parfois quelques jours pour que les fonds arrivent aux États-Unis.

Bien à vous,
{first}
""")
sms("already-paid", "fr", "cheque posté mardi dernier, vous devriez le recevoir bientot", note="no accents; cheque in the mail")
em("already-paid+question", "fr", "Nous avons payé {amt} le 26/11 par virement. Pourriez-vous me confirmer que vous l'avez bien reçu ?")

# ---- hardship
em("hardship", "fr", """
Bonjour,

Je suis désolée, mais depuis l'incendie de la boutique en octobre nous n'avons plus aucune rentrée d'argent. L'assurance traîne. Je vous paierai dès que possible mais je ne peux pas m'engager sur une date.

{first}
""", note="vague, no promise date")
sms("hardship", "fr", "Bonjour, je suis au chômage depuis septembre, est-ce que je peux payer en plusieurs fois ?",
    note="asks for instalments: hardship")
em("hardship", "fr", """
Décembre est notre mois le plus creux, le restaurant est fermé trois semaines pour travaux. Est-il possible de payer {amt} en quatre mensualités à partir de janvier ?
""")
em("hardship", "fr", """
Mon associé est décédé le mois dernier et je dois tout reprendre seul, y compris la comptabilité. Je vous demande un peu d'indulgence.
""")
em("hardship+promise-to-pay", "fr", """
Notre plus gros client a déposé le bilan et nous doit 40 000 €. Je peux vous verser la moitié le 4/1 et le solde fin janvier.
""", sent="12-11 10:05", p="01-04", chk="d:4", note="day/month: 4/1 is 4 January; first instalment")
sms("hardship", "fr", "je suis en arret maladie, je peux pas payer maintenant. desolé", note="no accents")
em("hardship", "fr", """
Bonjour, la récolte a été catastrophique cette année et la trésorerie de l'exploitation est à zéro. Pourriez-vous patienter jusqu'au versement des aides de la PAC ?
""", note="asks to wait, phrased as a question")

# ---- promise-to-pay
em("promise-to-pay", "fr", "Le virement partira vendredi, dès que la compta aura validé.",
   sent="12-07 11:20", p="12-11", chk="wd:fri")
sms("promise-to-pay", "fr", "je vous paie demain matin", sent="12-10 19:40", p="12-11", chk="+1")
em("promise-to-pay", "fr", """
Bonjour,

Toutes nos excuses pour ce retard. Le règlement de {inv} sera fait le 16 décembre au plus tard.

Bien cordialement,
{first}
""", sent="12-04 09:50", p="12-16", chk="d:16")
sms("promise-to-pay", "fr", "Je fais le nécessaire la semaine prochaine.", sent="12-09 15:30", p="12-18", chk="nw:fri",
    note="'la semaine prochaine' taken as its Friday")
em("promise-to-pay", "fr", "On vous règle ça avant le 31, c'est noté.", sent="12-14 16:20", p="12-31", chk="d:31")
sms("promise-to-pay", "fr", "c'est bon je fais le virement lundi", sent="12-11 17:15", p="12-14", chk="wd:mon")
em("promise-to-pay", "fr", """
Merci pour le rappel. Notre prochaine campagne de paiements fournisseurs est le 22/12, votre facture en fera partie.
""", sent="12-08 10:40", p="12-22", chk="d:22", note="day/month")
em("promise-to-pay+question", "fr", """
Je peux payer par chèque ou il faut obligatoirement un virement ? Dans les deux cas ce sera fait d'ici mercredi.
""", sent="12-10 12:00", p="12-16", chk="wd:wed")
sms("promise-to-pay", "fr", "oui oui je regle ca au plus vite", note="no date, no accents")

# ---- question
em("question", "fr", """
Bonjour,

Pourriez-vous me renvoyer la facture {inv} au format PDF ? Le lien dans votre mail ne fonctionne pas chez moi.

Merci d'avance
""")
sms("question", "fr", "c'est pour quel chantier cette facture ?")
em("question", "fr", """
Est-ce que vous acceptez PayPal ou la carte bancaire plutôt qu'un virement international ? Les frais de ma banque sont énormes.
""")
em("question", "fr", """
Pour notre comptabilité, il nous faut votre numéro d'identification fiscale et l'adresse complète de votre société. Vous pouvez nous les communiquer ?
""")
sms("question", "fr", "Bonjour, je n'ai pas reçu la facture d'origine, seulement ce rappel. Quel est le détail des prestations facturées ?")

# ---- other
em("other", "fr", "Bien reçu, je fais suivre à notre cabinet comptable qui gère les paiements.")
sms("other", "fr", "ok merci")
em("other", "fr", """
Bonjour Dana,

Je suis le nouveau gérant depuis le 1er décembre et je reprends les dossiers en cours. Je reviens vers vous dès que j'y vois plus clair.

{first}
""", note="no promise, no question")
sms("other", "fr", "Merci encore pour le travail sur la terrasse, nous en sommes ravis. Joyeux Noël à toute l'équipe !")
em("other", "fr", "Claire est en congé maternité ; j'ai transmis votre message à la personne qui la remplace.",
   note="'congé' about a colleague, not an auto-reply")

# ---- opt-out
sms("opt-out", "fr", "STOP SMS")
em("opt-out", "fr", "Merci de ne plus m'écrire sur cette adresse, je ne fais plus partie de {company}.")
em("opt-out+dispute", "fr", "Je n'ai jamais été client chez vous. Supprimez mes coordonnées de votre fichier.")
em("opt-out", "fr", """
Bonjour,

En application du RGPD, je vous demande de supprimer mon adresse de vos listes d'envoi et de ne plus me contacter par ce biais.

Cordialement
""")

# ---- auto-reply
em("auto-reply", "fr", """
Bonjour,

Nos bureaux sont fermés du 19 décembre au 3 janvier inclus. Votre message sera traité à la réouverture.

Bonnes fêtes,
L'équipe {company}
""", sent="12-17", ah=True, subj="Réponse automatique : {s}")
em("auto-reply", "fr", """
Je suis en formation jusqu'au vendredi 4 décembre et ne consulte pas mes mails. Pour la comptabilité, contactez compta@{domain}.
""", sent="12-02", ah=False, subj="Absence du bureau : {s}", note="no headers")
em("auto-reply", "fr", """
Bonjour,

Nous avons bien reçu votre demande, enregistrée sous le numéro 55120. Un conseiller vous répondra sous 48 heures ouvrées.

Ceci est un message généré automatiquement.
""", sent="12-11", ah=True, subj="[Ticket #55120] {s}", frm=("Support {company}", "support@{domain}"))
em("auto-reply", "fr", """
Bonjour, je suis actuellement en arrêt et ne suis pas en mesure de traiter vos messages. Merci de renvoyer votre demande à contact@{domain}.
""", sent="12-15", ah=False, subj="RE: {s}", note="no headers; sick leave in an auto-reply is not hardship")


# =============================================================================== German
# ---- dispute
em("dispute", "de", """
Sehr geehrte Frau Whitfield,

die Dachrinne an der Nordseite ist nach wie vor undicht, obwohl Ihr Monteur zweimal da war. Solange der Mangel nicht behoben ist, halten wir die Zahlung zurück.

Mit freundlichen Grüßen
{first}
""", note="withholding payment until fixed")
em("dispute", "de", "Im Angebot vom 12. Oktober stehen 3.200 USD. Wieso jetzt {amt}? Nachträge haben wir keine unterschrieben.",
   amt="3980.00", note="rhetorical 'wieso', not a question")
sms("dispute", "de", "Die Rechnung kommt doppelt, die gleiche Leistung habt ihr schon im Oktober abgerechnet",
    note="double billing, not a payment")
em("dispute", "de", "Bei der Montage wurde unser Eichenparkett zerkratzt. Wir erwarten, dass die Reparatur mit Ihrer Rechnung verrechnet wird.")
em("dispute", "de", """
Guten Tag,

auf der Rechnung stehen 3 Tage Gerüstmiete, das Gerüst stand aber nur einen Tag. Bitte korrigieren.

Gruß
{first}
""")
sms("dispute", "de", "hab nie ne Wartung bei euch bestellt, das muss ein Irrtum sein")
em("dispute+question", "de", """
Die Materialkosten sind fast doppelt so hoch wie im Kostenvoranschlag. Können Sie mir die Einkaufsbelege für die Fliesen vorlegen?
""")
em("dispute+promise-to-pay", "de", """
Die Elektroarbeiten sind in Ordnung, die zahlen wir am 11.12. Die Malerarbeiten im Treppenhaus müssen aber nachgebessert werden, vorher gibt es dafür kein Geld.
""", sent="12-04 09:40", p="12-11", chk="d:11", note="day-first date, partial promise")

# ---- already-paid
em("already-paid", "de", """
Guten Tag,

die Rechnung {inv} haben wir am 23.11. per Auslandsüberweisung über die Deutsche Bank beglichen. Die Gutschrift dauert erfahrungsgemäß ein paar Tage.

Freundliche Grüße
""")
sms("already-paid", "de", "ist längst bezahlt. am montag per paypal")
em("already-paid", "de", "Hallo, die Überweisung ist raus, Bestätigung der Bank unten.", fwd="ueberweisung_de", pd="11-25")
em("already-paid", "de", "Der Betrag wurde bereits per Kreditkarte über Ihren Zahlungslink beglichen (Transaktions-ID 7Q2-55810).")
em("already-paid", "de", "Wir haben den Scheck Nr. 118 über {amt} am 21. November per Post an Ihre Adresse in Chicago geschickt.")
sms("already-paid", "de", "Überweisung lief gestern, sollte heute oder morgen da sein")
em("already-paid+question", "de", """
Laut unserer Buchhaltung ist {inv} am 27.11. bezahlt worden. Ist die Zahlung bei Ihnen eventuell einer anderen Rechnungsnummer zugeordnet worden?
""")

# ---- hardship
em("hardship", "de", """
Sehr geehrte Damen und Herren,

seit dem Hochwasser im Oktober ist unser Laden geschlossen, die Versicherung hat noch nicht gezahlt. Ich bitte Sie um Stundung bis Februar.

Mit freundlichen Grüßen
{first}
""", note="asks for a deferral, no promise")
sms("hardship", "de", "Bin seit 3 Wochen krankgeschrieben, kann grad nicht zahlen. Sorry")
em("hardship", "de", """
Wäre es möglich, die Summe in monatlichen Raten von 300 Dollar abzustottern? Im Winter läuft bei uns im Gartenbau praktisch nichts.
""", note="asks for instalments: hardship")
em("hardship", "de", """
Leider ist unser größter Auftraggeber insolvent und wir warten auf über 60.000 Euro. Ich kann Ihnen im Moment nichts überweisen, melde mich aber, sobald sich die Lage bessert.
""")
em("hardship+promise-to-pay", "de", """
Wir sind gerade sehr knapp, weil die Löhne und das Weihnachtsgeld anstehen. 500 Dollar schaffe ich bis Freitag, den Rest im Januar.
""", sent="12-08 13:15", p="12-11", chk="wd:fri", note="partial payment")
sms("hardship", "de", "hab meinen job verloren. geht auch ratenzahlung?")
sms("hardship", "de", "Meine Frau liegt seit zwei Wochen im Krankenhaus, ich komme zu nichts. Bitte geben Sie mir noch etwas Zeit.")

# ---- promise-to-pay
em("promise-to-pay", "de", "Die Überweisung ist für den 16.12. terminiert.", sent="12-09 10:20", p="12-16", chk="d:16",
   note="day-first date")
sms("promise-to-pay", "de", "Zahle übermorgen", sent="12-14 18:05", p="12-16", chk="+2")
em("promise-to-pay", "de", """
Hallo Dana,

sorry, ist bei mir untergegangen. Ich überweise bis Freitag.

Viele Grüße
{first}
""", sent="12-14 11:45", p="12-18", chk="wd:fri")
em("promise-to-pay", "de", "Wir zahlen nächste Woche.", sent="12-03 16:40", p="12-11", chk="nw:fri",
   note="'nächste Woche' taken as its Friday")
em("promise-to-pay", "de", """
Guten Tag,

Rechnungen aus dem Ausland werden bei uns immer zum Monatsanfang angewiesen. Sie erhalten den Betrag also am 4. Januar.

Mit freundlichen Grüßen
""", sent="12-07 09:30", p="01-04", chk="d:4")
sms("promise-to-pay", "de", "bis Ende des Monats ist das Geld bei euch", sent="12-15 17:50", p="12-31", chk="eom")
em("promise-to-pay", "de", "Wird heute noch angewiesen.", sent="12-10 14:20", p="12-10", chk="+0")
em("promise-to-pay+question", "de", "Geht auch eine Zahlung per Kreditkarte? Dann erledige ich das am Montag.",
   sent="12-02 15:00", p="12-07", chk="wd:mon")
em("promise-to-pay", "de", "Ist notiert, wir zahlen so bald wie möglich.", note="no date")

# ---- question
em("question", "de", """
Guten Tag,

können Sie uns bitte die Kontonummer und den SWIFT-Code Ihrer Bank nennen? Auf der Rechnung steht nur ein Link.

Danke
""")
sms("question", "de", "Welche Rechnung ist das? Hab nichts bekommen")
em("question", "de", "Ist die Mehrwertsteuer in dem Betrag schon enthalten? Unser Steuerberater fragt nach.")
em("question", "de", """
Könnten Sie uns eine Rechnungskopie mit vollständiger Anschrift und Leistungsdatum zusenden? Ohne diese Angaben können wir sie nicht verbuchen.
""")
sms("question", "de", "Bis wann genau muss die Zahlung bei Ihnen eingehen?")

# ---- other
em("other", "de", "Danke für den Hinweis, ich gebe es an unsere Steuerkanzlei weiter, die erledigt die Zahlungen.")
sms("other", "de", "ok danke")
em("other", "de", "Frau Krüger ist diese Woche auf Geschäftsreise. Ich lege ihr Ihre Nachricht auf den Schreibtisch.",
   note="a colleague answers, not an auto-reply")
em("other", "de", """
Hallo Dana,

vielen Dank für die tolle Arbeit am Wintergarten! Wir empfehlen euch gern weiter. Schöne Feiertage!

{first}
""")
em("other", "de", "Zur Kenntnis genommen.")

# ---- opt-out
sms("opt-out", "de", "STOPP")
em("opt-out", "de", """
Ich widerspreche hiermit der Nutzung meiner E-Mail-Adresse für automatisierte Nachrichten (Art. 21 DSGVO). Bitte löschen Sie meine Daten aus Ihrem Verteiler.
""")
em("opt-out+dispute", "de", "Wir hatten nie einen Auftrag bei Ihnen. Streichen Sie uns bitte aus Ihrer Kundenliste.")
sms("opt-out", "de", "bitte keine sms mehr an diese nummer, nur noch per brief")

# ---- auto-reply
em("auto-reply", "de", """
Unser Büro ist vom 21.12. bis einschließlich 03.01. geschlossen. Ab dem 04.01. sind wir wieder für Sie da.

Frohe Festtage!
Ihr Team von {company}
""", sent="12-18", ah=True, subj="Abwesenheitsnotiz: {s}")
em("auto-reply", "de", """
Ich bin derzeit auf Dienstreise und habe nur sporadisch Zugriff auf meine E-Mails. Ab Montag, 7.12., bin ich wieder im Büro.
""", sent="12-01", ah=False, subj="AW: {s}", note="no headers, AW: subject")
em("auto-reply", "de", """
Vielen Dank für Ihre Nachricht an die Buchhaltung. Ihre E-Mail wurde erfolgreich zugestellt und wird in der Reihenfolge des Eingangs bearbeitet.

Diese Nachricht wurde automatisch erstellt.
""", sent="12-09", ah=True, subj="Eingangsbestätigung: {s}", frm=("{company} Buchhaltung", "buchhaltung@{domain}"))
em("auto-reply", "de", """
Guten Tag, diese Adresse ist nicht mehr aktiv. Bitte richten Sie Rechnungen und Mahnungen künftig an rechnungen@{domain}.
""", sent="12-16", ah=False, subj="Automatische Antwort: {s}", note="no headers")


# =============================================================================== Spanish
# ---- dispute
em("dispute", "es", """
Buenas tardes,

El baño quedó a medias: falta colocar el espejo y la mampara. No vamos a pagar la factura completa hasta que terminen.

Saludos,
{first}
""", note="conditional, no promise")
sms("dispute", "es", "me cobraron 2 veces la visita tecnica, revisen por favor", note="double billing, no accents")
em("dispute", "es", """
El presupuesto que nos enviaron era de 1.450 dólares y ahora la factura es de {amt}. Nadie nos avisó de ningún cargo extra.
""", amt="1875.00")
em("dispute", "es", """
Al instalar el calentador rompieron una baldosa de la cocina y dejaron una mancha de grasa en la pared. Primero arreglen eso.
""")
sms("dispute", "es", "ese trabajo lo hizo otra empresa, no ustedes")
em("dispute+question", "es", """
¿Por qué aparecen 10 horas de mano de obra si el técnico estuvo solo una mañana? Mándeme el parte de trabajo firmado, por favor.
""")
em("dispute", "es", "La pintura de la fachada ya se está cayendo en varias partes y no han pasado ni dos meses. Así no les podemos pagar.")
em("dispute+promise-to-pay", "es", """
Pagaremos el 15 de diciembre lo que corresponde a los materiales. La mano de obra de la segunda semana no la aceptamos porque no vino nadie.
""", sent="12-07 12:40", p="12-15", chk="d:15", note="partial promise")
em("dispute+already-paid", "es", "Ya les pagamos un anticipo de 500 dólares en octubre y no aparece descontado en esta factura.")

# ---- already-paid
em("already-paid", "es", """
Hola,

La factura {inv} se pagó el 24 de noviembre mediante transferencia desde BBVA. El número de operación es 2026-11-24-88190.

Un saludo
""")
sms("already-paid", "es", "ya le pagué en efectivo a su técnico cuando terminó el trabajo")
em("already-paid", "es", "Buenos días, les reenvío el justificante que me mandó el banco.", fwd="transferencia_es", pd="11-25")
em("already-paid", "es", "Pagamos con tarjeta a través del enlace de su correo anterior. El cargo salió en la cuenta el 28/11.")
sms("already-paid", "es", "ya esta pagado, hice el deposito en el Chase el martes", note="no accents")
em("already-paid", "es", """
Estimados señores:

Les informamos que el importe de {amt} fue abonado mediante transferencia internacional SWIFT el pasado 26 de noviembre, con la referencia {inv}.

Atentamente,
{first}
{company}
""")
em("already-paid+question", "es", "Le mandé un cheque por correo hace dos semanas. ¿No les ha llegado?")

# ---- hardship
em("hardship", "es", """
Buenos días,

Le escribo para pedirle un poco de paciencia. Mi esposo está en el hospital desde hace diez días y tengo el negocio cerrado. En cuanto pueda le pago.

Gracias por entender,
{first}
""", note="vague, no promise date")
sms("hardship", "es", "ahorita ando muy apretado de dinero, me deja pagarle en 3 partes?", note="asks for instalments: hardship")
em("hardship", "es", """
En invierno la taquería vende la mitad y este mes apenas cubrimos la renta. ¿Sería posible pagar {amt} en cuatro pagos mensuales?
""")
sms("hardship", "es", "Nos robaron la camioneta con todas las herramientas y estamos parados. Necesito unas semanas más para ponerme al día con los pagos.")
em("hardship+promise-to-pay", "es", """
Con la baja médica estoy cobrando muy poco, pero puedo pagar la mitad el viernes 18 y el resto en enero.
""", sent="12-14 11:30", p="12-18", chk="wd:fri", note="'baja' is sick leave, not an opt-out; partial payment")
sms("hardship", "es", "me quede sin trabajo, no tengo como pagar por ahora", note="no accents")
em("hardship", "es", """
Estimada Dana:

Desde que terminó la obra del centro comercial no hemos tenido ningún contrato nuevo. ¿Podemos hablar de un plan de pagos?

Saludos cordiales
""")

# ---- promise-to-pay
sms("promise-to-pay", "es", "el lunes le transfiero", sent="12-09 18:20", p="12-14", chk="wd:mon")
em("promise-to-pay", "es", "Buenos días, haremos la transferencia a finales de mes, cuando cobremos de nuestros clientes.",
   sent="12-03 10:10", p="12-31", chk="eom")
sms("promise-to-pay", "es", "Disculpe el retraso. Le pago el miércoles 16 sin falta.", sent="12-11 13:00", p="12-16", chk="wd:wed")
sms("promise-to-pay", "es", "pasado mañana le pago todo", sent="12-15 19:10", p="12-17", chk="+2")
em("promise-to-pay", "es", "Hola Dana, la próxima semana queda pagado, se lo aseguro.", sent="12-02 17:30", p="12-11", chk="nw:fri",
   note="'la próxima semana' taken as its Friday")
em("promise-to-pay", "es", "Le confirmamos que el pago está programado para el 21/12.", sent="12-08 09:15", p="12-21", chk="d:21",
   note="day/month")
em("promise-to-pay", "es", """
Buenas tardes:

Ya está aprobada internamente. Le pagaremos antes del 20 de diciembre.

Un saludo,
{first}
""", sent="12-04 15:45", p="12-20", chk="d:20")
em("promise-to-pay+question", "es", "¿Puedo pagar con cheque? Si es así, se lo mando el jueves.", sent="12-07 16:00", p="12-10", chk="wd:thu")
sms("promise-to-pay", "es", "sí, esta semana le pago", sent="12-08 20:00", p="12-11", chk="tw:fri",
    note="'esta semana' taken as its Friday")

# ---- question
em("question", "es", """
Buenos días,

¿Me podrían reenviar la factura original? Necesito que venga a nombre de la empresa y con nuestro RFC.

Gracias
""")
sms("question", "es", "cuanto es lo que debo exactamente?")
em("question", "es", "¿Aceptan pagos con tarjeta de crédito? Prefiero no hacer una transferencia internacional.")
em("question", "es", "Quisiera saber qué incluye exactamente el concepto «materiales varios» de la factura.")
em("question", "es", "¿A qué cuenta tengo que hacer el depósito? En la factura no viene el número.")

# ---- other
em("other", "es", "Gracias por avisar. Se lo reenvío a nuestra gestoría, ellos se encargan de los pagos.")
sms("other", "es", "ok gracias, le aviso a mi esposo")
em("other", "es", "Buenas, la señora Ruiz ya no trabaja con nosotros. Le paso su correo a la nueva encargada.")
em("other", "es", "¡Muchas gracias por todo el trabajo de este año! Les deseamos una feliz Navidad.")
em("other", "es", "Enterado.")

# ---- opt-out
sms("opt-out", "es", "ALTO. no quiero mas mensajes")
em("opt-out", "es", "Por favor, dejen de mandar correos a esta dirección. Ya no trabajo en {company}.")
em("opt-out+already-paid", "es", "Pagué hace semanas. Sáquenme de su lista de recordatorios, por favor.")
em("opt-out", "es", "Les pido que no me vuelvan a escribir. Cualquier asunto, a través de mi abogado.")

# ---- auto-reply
em("auto-reply", "es", """
Hola, estaremos de vacaciones de Navidad del 18 de diciembre al 6 de enero. Responderemos a su correo a nuestro regreso.

Felices fiestas.
""", sent="12-16", ah=True, subj="Respuesta automática: {s}")
em("auto-reply", "es", """
Estaré fuera de la oficina el jueves y el viernes. Para temas de pagos, comuníquese con contabilidad@{domain}.
""", sent="12-03", ah=False, subj="Fuera de la oficina: {s}", note="no headers")
em("auto-reply", "es", """
Estimado cliente:

Hemos recibido su mensaje y se ha generado el caso 77310. Un agente le contactará en un máximo de 72 horas.

Este correo se ha generado automáticamente, no responda al mismo.
""", sent="12-10", ah=True, subj="[Caso 77310] {s}", frm=("Atención al cliente {company}", "atencion@{domain}"))
em("auto-reply", "es", """
Gracias por su correo. Las facturas de proveedores se pagan los días 10 y 25 de cada mes, previa aprobación. Este es un mensaje automático.
""", sent="12-14", ah=False, subj="RE: {s}", frm=("Proveedores", "proveedores@{domain}"),
   note="no headers; payment days in an auto-reply are no promise")


# =============================================================================== Dutch
# ---- dispute
em("dispute", "nl", """
Goedemorgen,

De dakgoot lekt nog steeds, precies op dezelfde plek als vóór de reparatie. Wij betalen pas als het echt verholpen is.

Met vriendelijke groet,
{first}
""", note="conditional, no promise")
sms("dispute", "nl", "jullie hebben de voorrijkosten 2x gerekend")
em("dispute", "nl", "Afgesproken was $3.500 inclusief materiaal. Op de factuur staat {amt}. Graag een gecorrigeerde factuur.",
   amt="4120.00")
em("dispute", "nl", """
Bij het plaatsen van de kozijnen is de vensterbank beschadigd. Daar willen we eerst een oplossing voor voordat we betalen.
""")
em("dispute", "nl", "Er zijn 40 m² tegels gefactureerd, terwijl de badkamer maar 22 m² is.")
sms("dispute", "nl", "dat meerwerk hebben wij nooit goedgekeurd")
em("dispute+question", "nl", """
De uren kloppen niet met wat onze medewerker heeft genoteerd. Kunnen jullie de urenstaten van de monteurs sturen?
""")
em("dispute+already-paid", "nl", """
Factuur {inv} is dubbel: precies hetzelfde werk stond al op {inv2}, en die hebben we op 20 november betaald.
""", note="duplicate invoice, the first one paid")

# ---- already-paid
em("already-paid", "nl", """
Goedemiddag,

Wij hebben het bedrag op 26 november overgemaakt via de ING, met kenmerk {inv}. Graag uw administratie nog even nakijken.

Groet,
{first}
""")
sms("already-paid", "nl", "betaald met iDEAL via jullie link, gisteren al")
em("already-paid", "nl", "Hallo, zie hieronder de bevestiging van de bank. Groet", fwd="overboeking_nl", pd="11-26")
em("already-paid", "nl", """
Onze boekhouder heeft de betaling op 30 november verstuurd als internationale overboeking (Rabobank). Het kan een paar werkdagen duren voordat het bij jullie binnen is.
""", sent="12-03")
sms("already-paid", "nl", "is gister overgemaakt", note="colloquial 'gister'")
em("already-paid", "nl", "De factuur is voldaan per creditcard, transactienummer 55-0918-2271, op 27/11.")
em("already-paid+question", "nl", "We hebben {amt} op 25 november betaald. Hebben jullie het nog niet ontvangen?")

# ---- hardship
em("hardship", "nl", """
Beste Dana,

Ik lig sinds half november in het ziekenhuis na een hartoperatie en de zaak draait op halve kracht. Ik vraag u om nog even geduld.

Groet,
{first}
""")
sms("hardship", "nl", "zit krap bij kas deze maand, kan het in 2 delen?", note="asks for instalments: hardship")
em("hardship", "nl", """
Onze grootste opdrachtgever is failliet gegaan en we wachten nog op een flink bedrag van de curator. Is een betalingsregeling over drie maanden bespreekbaar?
""")
sms("hardship", "nl", "In de winter ligt ons hoveniersbedrijf bijna stil. We kunnen nu echt niet het hele bedrag betalen.")
em("hardship+promise-to-pay", "nl", """
Het loopt financieel even niet lekker, maar op 15-12 krijgen we een betaling binnen. Dan maak ik direct de helft over, de rest begin januari.
""", sent="12-07 10:30", p="12-15", chk="d:15", note="day-month, partial payment")
sms("hardship", "nl", "ben mijn baan kwijt, ik kan nu niks betalen sorry")
em("hardship", "nl", "Onze energierekening is verdrievoudigd en de bakkerij draait verlies. Kunnen we een paar maanden uitstel krijgen?")

# ---- promise-to-pay
em("promise-to-pay", "nl", "Excuses voor de vertraging, vrijdag staat het op uw rekening.", sent="12-15 09:40", p="12-18",
   chk="wd:fri")
sms("promise-to-pay", "nl", "morgen betaal ik", sent="12-03 19:00", p="12-04", chk="+1")
em("promise-to-pay", "nl", """
Goedemorgen,

De factuur staat ingepland voor betaling op 17 december.

Met vriendelijke groet,
{first}
Financiële administratie
""", sent="12-09 08:50", p="12-17", chk="d:17")
em("promise-to-pay", "nl", "Volgende week wordt het overgemaakt.", sent="12-10 14:00", p="12-18", chk="nw:fri",
   note="'volgende week' taken as its Friday")
sms("promise-to-pay", "nl", "voor het eind van de maand heb je het", sent="12-12 11:25", p="12-31", chk="eom")
em("promise-to-pay", "nl", "We maken het binnen tien dagen over.", sent="12-04 11:00", p="12-14", chk="+10",
   note="range: end of range")
em("promise-to-pay", "nl", "Betaling volgt op 4/1, na de jaarafsluiting.", sent="12-11 15:20", p="01-04", chk="d:4",
   note="day/month: 4/1 is 4 January")
em("promise-to-pay+question", "nl", "Kan ik ook met PayPal betalen? Dan doe ik het woensdag.", sent="12-01 13:30", p="12-02",
   chk="wd:wed")
sms("promise-to-pay", "nl", "Ik regel het deze week nog", sent="12-08 12:10", p="12-11", chk="tw:fri",
    note="'deze week' taken as its Friday")

# ---- question
em("question", "nl", """
Goedendag,

Kunt u mij het IBAN- en SWIFT-nummer van uw bank mailen? Dan kan ik de betaling klaarzetten.

Bedankt
""")
sms("question", "nl", "waar is deze rekening voor?")
em("question", "nl", "Staat de btw al in dit bedrag? Onze boekhouder wil dat weten voordat hij betaalt.")
em("question", "nl", "Ik heb de oorspronkelijke factuur nooit ontvangen. Zouden jullie die nog een keer kunnen mailen, met de specificatie erbij?")
sms("question", "nl", "Wat is de uiterste betaaldatum?")

# ---- other
em("other", "nl", "Bedankt, ik heb het doorgezet naar onze financiële afdeling.")
sms("other", "nl", "oké, top")
em("other", "nl", """
Ik ben de zoon van mevrouw Bakker; mijn moeder leest haar mail niet meer zelf. Ik bespreek het met haar en laat het u weten.
""")
em("other", "nl", "Hartelijk dank voor de mooie afwerking van de serre. Prettige kerst en een goed nieuwjaar!")
em("other", "nl", "Gezien.")

# ---- opt-out
sms("opt-out", "nl", "Geen sms meer aub. STOP")
em("opt-out", "nl", "Ik wil niet langer per e-mail benaderd worden. Verwijder mijn gegevens, dank u.")
em("opt-out+dispute", "nl", "Wij hebben nooit iets bij jullie afgenomen. Haal ons adres uit jullie systeem.")
em("opt-out", "nl", """
Beste,

Dit is een privé-adres dat ik alleen voor familie gebruik. Stuur hier geen herinneringen meer naartoe.

Groet
""")

# ---- auto-reply
em("auto-reply", "nl", """
Ons kantoor is gesloten van 21 december tot en met 1 januari. Vanaf maandag 4 januari zijn we weer bereikbaar.

Fijne feestdagen!
""", sent="12-18", ah=True, subj="Automatisch antwoord: {s}")
em("auto-reply", "nl", """
Ik ben deze week afwezig wegens ziekte. Voor dringende zaken kunt u mailen naar info@{domain}.
""", sent="12-07", ah=False, subj="Afwezig: {s}", note="no headers; illness in an auto-reply is not hardship")
em("auto-reply", "nl", """
Beste klant,

We hebben uw bericht ontvangen onder meldingsnummer 30917. U ontvangt binnen drie werkdagen een inhoudelijke reactie.

Dit is een automatisch gegenereerd bericht.
""", sent="12-02", ah=True, subj="[Melding 30917] {s}", frm=("{company} Klantenservice", "klantenservice@{domain}"))
em("auto-reply", "nl", """
Dank voor uw e-mail. Facturen worden alleen verwerkt als ze als PDF-bijlage zijn meegestuurd. Deze mailbox wordt verder niet gelezen.
""", sent="12-14", ah=False, subj="Re: {s}", frm=("Facturen", "facturen@{domain}"), note="no headers")


# =============================================================================== Portuguese
# ---- dispute
em("dispute", "pt", """
Boa tarde,

A obra não está concluída: falta montar os rodapés e pintar o teto da sala. Só pagamos quando estiver tudo terminado.

Cumprimentos,
{first}
""", note="conditional, no promise")
sms("dispute", "pt", "vcs cobraram a visita duas vezes", note="Brazilian, abbreviated")
em("dispute", "pt", "O orçamento aprovado foi de 2.100 dólares. Não aceitamos a fatura de {amt} sem uma justificação por escrito.",
   amt="2675.50")
em("dispute", "pt", """
Ao retirar o armário antigo os vossos funcionários partiram duas peças de azulejo. Queremos isso resolvido antes de pagar.
""")
sms("dispute", "pt", "esse servico nao foi feito aqui, vcs erraram o endereco", note="wrong address, no accents")
em("dispute+question", "pt", """
A fatura inclui horas extra que ninguém autorizou. Podem enviar-me o registo de horas assinado pelo nosso encarregado?
""")
sms("dispute", "pt", "O aquecedor instalado deixou de funcionar três dias depois. Enquanto não o substituírem não vamos pagar.")
em("dispute+promise-to-pay", "pt", """
Pago até sexta-feira o valor do material. A mão de obra fica em aberto até corrigirem as infiltrações.
""", sent="12-15 10:15", p="12-18", chk="wd:fri", note="partial promise")

# ---- already-paid
em("already-paid", "pt", """
Bom dia,

A fatura {inv} foi paga por transferência SWIFT a 25 de novembro, a partir do Millennium BCP. Agradeço que verifiquem.

Com os melhores cumprimentos
""")
sms("already-paid", "pt", "ja fiz o pix pro Mike, ontem a noite", note="Brazilian, no accents")
em("already-paid", "pt", "Bom dia, reencaminho o comprovativo que o banco me enviou.", fwd="transferencia_pt", pd="11-26")
em("already-paid", "pt", "O pagamento foi feito com cartão através do vosso link, no dia 28/11. Tenho o recibo se precisarem.")
sms("already-paid", "pt", "paguei ao vosso técnico por MB Way quando ele acabou")
em("already-paid", "pt", """
Prezados,

O pagamento de {amt} foi realizado em 26/11 via transferência internacional (Banco do Brasil). Número da operação: 0099-2611-4470.

Atenciosamente,
{first}
""", note="Brazilian")
em("already-paid+question", "pt", "Já enviámos um cheque há duas semanas. Ainda não o receberam?")

# ---- hardship
em("hardship", "pt", """
Olá Dana,

Fui operada à coluna e estou de baixa há um mês. A clínica está a funcionar a meio gás. Peço-lhe um pouco mais de prazo.

Obrigada,
{first}
""")
sms("hardship", "pt", "perdi meu emprego, nao consigo pagar agora. da pra esperar?", note="Brazilian, no accents")
em("hardship", "pt", """
O inverno é sempre a época mais fraca para nós e este ano está pior. Seria possível pagar {amt} em prestações mensais a partir de janeiro?
""", note="asks for instalments: hardship")
em("hardship", "pt", """
A empresa está em processo de recuperação e as contas estão bloqueadas pelo tribunal. Não conseguimos pagar nenhum fornecedor neste momento.
""")
em("hardship+promise-to-pay", "pt", """
Estamos com o caixa muito curto, mas consigo pagar metade até o fim do mês e o resto em janeiro.
""", sent="12-09 16:00", p="12-31", chk="eom", note="Brazilian; partial payment")
sms("hardship", "pt", "minha mae faleceu e estou resolvendo tudo sozinha, preciso de mais um tempo pra pagar")
em("hardship", "pt", """
Boa tarde,

O nosso camião avariou e estamos parados há três semanas. Podemos fazer um acordo de pagamento?

Cumprimentos
""")

# ---- promise-to-pay
sms("promise-to-pay", "pt", "pago sexta sem falta", sent="12-08 18:30", p="12-11", chk="wd:fri")
em("promise-to-pay", "pt", "Bom dia, o pagamento será feito no dia 16/12.", sent="12-10 09:20", p="12-16", chk="d:16",
   note="day/month")
sms("promise-to-pay", "pt", "Pagamos na próxima semana.", sent="12-04 11:00", p="12-11", chk="nw:fri",
    note="'próxima semana' taken as its Friday")
em("promise-to-pay", "pt", "Olá! Vou pagar no início de janeiro, quando entrar o pagamento do nosso cliente.",
   sent="12-14 16:30", p="01-08", note="'início de janeiro' taken as the first week, Jan 4-8, end of range")
sms("promise-to-pay", "pt", "depois de amanhã faço a transferência", sent="12-01 17:00", p="12-03", chk="+2")
sms("promise-to-pay", "pt", "Fica pago até dia 22.", sent="12-11 12:15", p="12-22", chk="d:22")
em("promise-to-pay", "pt", """
Prezada Dana,

Peço desculpa pelo atraso. A transferência será feita na segunda-feira, dia 14.

Atenciosamente
""", sent="12-10 10:45", p="12-14", chk="wd:mon")
em("promise-to-pay+question", "pt", "Posso pagar por PayPal? Se sim, pago ainda hoje.", sent="12-03 12:30", p="12-03", chk="+0")
em("promise-to-pay", "pt", "Já vou tratar disso, obrigado pela paciência.", note="no date")

# ---- question
em("question", "pt", """
Bom dia,

Podem indicar-me o código SWIFT e o número de conta completo? O meu banco pede esses dados para a transferência.

Obrigado
""")
sms("question", "pt", "qual o valor total que falta pagar?")
em("question", "pt", "Vocês emitem nota fiscal ou só essa fatura? Preciso para a contabilidade.", note="Brazilian")
em("question", "pt", "Não encontro a fatura original. Podem reenviá-la com o NIF da empresa?")
em("question", "pt", "Qual é o prazo limite para o pagamento sem juros?")

# ---- other
em("other", "pt", "Obrigada pelo aviso, passei ao nosso contabilista que trata destes pagamentos.")
sms("other", "pt", "ok, obrigado")
em("other", "pt", "O Sr. Santos está de baixa esta semana. Deixei-lhe o recado.",
   note="a colleague on sick leave: neither hardship nor auto-reply")
em("other", "pt", "Adorámos o resultado da cozinha! Um santo Natal e um bom ano novo a todos.")
em("other", "pt", "Ciente.", note="Brazilian one-word acknowledgement")

# ---- opt-out
sms("opt-out", "pt", "SAIR")
em("opt-out", "pt", "Não autorizo o envio de mensagens automáticas para este e-mail. Peço que apaguem os meus dados, nos termos do RGPD.")
em("opt-out+dispute", "pt", "Nunca fizemos negócio convosco. Tirem este contacto da vossa base de dados.")
em("opt-out", "pt", "Este e-mail é pessoal, não é da empresa. Parem de mandar cobranças para cá, por favor.")

# ---- auto-reply
em("auto-reply", "pt", """
Olá! A clínica estará fechada para férias coletivas de 19/12 a 5/1. Retornaremos o seu contato assim que voltarmos.

Boas festas!
""", sent="12-17", ah=True, subj="Resposta automática: {s}")
em("auto-reply", "pt", """
Encontro-me fora do escritório em formação até dia 9 de dezembro. Para assuntos de faturação, contacte contabilidade@{domain}.
""", sent="12-04", ah=False, subj="Ausência: {s}", note="no headers")
em("auto-reply", "pt", """
Prezado(a),

Recebemos a sua mensagem e abrimos o chamado nº 61205. Nossa equipe responderá em até 2 dias úteis.

Esta é uma mensagem automática, não responda.
""", sent="12-08", ah=True, subj="[Chamado 61205] {s}", frm=("Suporte {company}", "suporte@{domain}"))
em("auto-reply", "pt", """
Este é um aviso automático do departamento de contas a pagar. Os pagamentos a fornecedores são processados às quintas-feiras, após aprovação da fatura.
""", sent="12-15", ah=False, subj="RE: {s}", frm=("Contas a Pagar", "pagamentos@{domain}"),
   note="no headers; payment days in an auto-reply are no promise")
