#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl from the hand-written bodies.

Every body in bodies.py (the customer's own words and their labels) is wrapped into the raw
message `collect` would find in its inbox: an RFC 5322 e-mail answering one of Harbor & Pine
Builders' reminders, quoting it in one of several client styles, or an smstools3 incoming
file. The script then assigns a stratified train/test split, validates the corpus and prints
the counts. Everything random comes from random.Random(7): the output is deterministic.

Python 3 standard library only.  Usage: python3 Scripts/replies-corpus/build.py
"""

import base64
import datetime as dt
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
import sys
import textwrap
import unicodedata
from collections import Counter, defaultdict
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Tests", "CollectCoreTests", "Fixtures", "replies", "corpus.jsonl")
sys.path.insert(0, HERE)
import bodies  # noqa: E402
import bodies_more  # noqa: E402
import bodies_extra_en  # noqa: E402
import bodies_extra_intl  # noqa: E402

KINDS = ["opt-out", "dispute", "already-paid", "hardship", "promise-to-pay", "question", "auto-reply", "other"]
URGENCY = KINDS[:6]
STRUCTURES = ["plain", "html", "multipart", "forwarded", "gmail-quote", "outlook-quote",
              "outlook-de-quote", "apple-quote", "mobile", "sms"]
LANGS = ["en", "fr", "de", "es", "nl", "pt"]

CHI = dt.timezone(dt.timedelta(hours=-6))      # America/Chicago in December (CST)
FIRST_DAY, LAST_DAY = dt.date(2026, 11, 30), dt.date(2026, 12, 18)
# Forwarded documents by key (the probe set, probe/make_probe.py, brings its own).
FWD = bodies.FWD
ACCOUNTS = "accounts@harborpine.example"
DANA = "Dana Whitfield"
BUSINESS = "Harbor & Pine Builders"
PHONE = "(312) 555-0100"

# ----------------------------------------------------------------------------- calendar words
MON_EN = {10: "October", 11: "November", 12: "December", 1: "January"}
MON_EN_ABBR = {10: "Oct", 11: "Nov", 12: "Dec", 1: "Jan"}
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LOC = {
    "fr": dict(wd=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
               wda=["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
               mon={11: "novembre", 12: "décembre"}, mona={11: "nov.", 12: "déc."}),
    "de": dict(wd=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
               wda=["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
               mon={11: "November", 12: "Dezember"}, mona={11: "Nov.", 12: "Dez."}),
    "es": dict(wd=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
               wda=["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
               mon={11: "noviembre", 12: "diciembre"}, mona={11: "nov", 12: "dic"}),
    "nl": dict(wd=["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
               wda=["ma", "di", "wo", "do", "vr", "za", "zo"],
               mon={11: "november", 12: "december"}, mona={11: "nov.", 12: "dec."}),
    "pt": dict(wd=["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
               wda=["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
               mon={11: "novembro", 12: "dezembro"}, mona={11: "nov.", 12: "dez."}),
}


def h12(t):
    return f"{(t.hour + 11) % 12 + 1}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def h24(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def long_date(d):
    return f"{MON_EN[d.month]} {d.day}, {d.year}"


def gmail_attr(lang, t):
    who = f"{DANA} <{ACCOUNTS}>"
    wd = t.weekday()
    if lang == "en":
        return f"On {WD_EN[wd][:3]}, {MON_EN_ABBR[t.month]} {t.day}, {t.year} at {h12(t)} {who} wrote:"
    L = LOC[lang]
    return {
        "fr": f"Le {L['wda'][wd]} {t.day} {L['mona'][t.month]} {t.year} à {h24(t)}, {who} a écrit :",
        "de": f"Am {L['wda'][wd]}, {t.day}. {L['mona'][t.month]} {t.year} um {h24(t)} schrieb {who}:",
        "es": f"El {L['wda'][wd]}, {t.day} {L['mona'][t.month]} {t.year} a las {t.hour}:{t.minute:02d}, "
              f"{DANA} (<{ACCOUNTS}>) escribió:",
        "nl": f"Op {L['wda'][wd]} {t.day} {L['mona'][t.month]} {t.year} om {h24(t)} schreef {who}:",
        "pt": f"Em {L['wda'][wd]}, {t.day} de {L['mona'][t.month]} de {t.year} às {h24(t)}, {who} escreveu:",
    }[lang]


def apple_attr(lang, t):
    who = f"{DANA} <{ACCOUNTS}>"
    if lang == "en":
        return f"On {MON_EN_ABBR[t.month]} {t.day}, {t.year}, at {h12(t)}, {who} wrote:"
    L = LOC[lang]
    return {
        "fr": f"Le {t.day} {L['mona'][t.month]} {t.year} à {h24(t)}, {who} a écrit :",
        "de": f"Am {t.day:02d}.{t.month:02d}.{t.year} um {h24(t)} schrieb {who}:",
        "es": f"El {t.day} {L['mona'][t.month]} {t.year}, a las {t.hour}:{t.minute:02d}, {who} escribió:",
        "nl": f"Op {t.day} {L['mona'][t.month]} {t.year} om {h24(t)} heeft {who} het volgende geschreven:",
        "pt": f"Em {t.day} de {L['mona'][t.month]} de {t.year}, à(s) {h24(t)}, {who} escreveu:",
    }[lang]


def outlook_when(lang, t):
    wd = t.weekday()
    if lang == "en":
        return f"{WD_EN[wd]}, {MON_EN[t.month]} {t.day}, {t.year} {h12(t)}"
    L = LOC[lang]
    return {
        "fr": f"{L['wd'][wd]} {t.day} {L['mon'][t.month]} {t.year} {h24(t)}",
        "de": f"{L['wd'][wd]}, {t.day}. {L['mon'][t.month]} {t.year} {h24(t)}",
        "es": f"{L['wd'][wd]}, {t.day} de {L['mon'][t.month]} de {t.year} {t.hour}:{t.minute:02d}",
        "nl": f"{L['wd'][wd]} {t.day} {L['mon'][t.month]} {t.year} {h24(t)}",
        "pt": f"{L['wd'][wd]}, {t.day} de {L['mon'][t.month]} de {t.year} {h24(t)}",
    }[lang]


# Outlook reply header labels (From, Sent, To, Subject) and the separator lines used.
OUTLOOK_LABELS = {
    "en": (("From", "Sent", "To", "Subject"), ["________________________________", "-----Original Message-----"]),
    "de": (("Von", "Gesendet", "An", "Betreff"), ["-----Ursprüngliche Nachricht-----", "________________________________"]),
    "fr": (("De", "Envoyé", "À", "Objet"), ["________________________________", "-----Message d'origine-----"]),
    "es": (("De", "Enviado el", "Para", "Asunto"), ["-----Mensaje original-----", "________________________________"]),
    "nl": (("Van", "Verzonden", "Aan", "Onderwerp"), ["-----Oorspronkelijk bericht-----", "________________________________"]),
    "pt": (("De", "Enviada", "Para", "Assunto"), ["-----Mensagem original-----", "________________________________"]),
}
IPHONE = {"en": "Sent from my iPhone", "fr": "Envoyé de mon iPhone", "de": "Von meinem iPhone gesendet",
          "es": "Enviado desde mi iPhone", "nl": "Verstuurd vanaf mijn iPhone", "pt": "Enviado do meu iPhone"}
GALAXY = {"en": "Sent from my Galaxy", "fr": "Envoyé depuis mon Galaxy", "de": "Von meinem Galaxy gesendet",
          "es": "Enviado desde mi Galaxy", "nl": "Verzonden vanaf mijn Galaxy", "pt": "Enviado do meu Galaxy"}
OUTLOOK_ANDROID = {"en": "Get Outlook for Android", "fr": "Télécharger Outlook pour Android",
                   "de": "Outlook für Android herunterladen", "es": "Obtener Outlook para Android",
                   "nl": "Outlook voor Android downloaden", "pt": "Obter o Outlook para Android"}
FORWARD_PREFIX = {"en": ["Fwd: ", "FW: "], "fr": ["TR: ", "TR : "], "de": ["WG: "], "es": ["RV: "],
                  "nl": ["Doorst: ", "FW: "], "pt": ["ENC: ", "Fwd: "]}
OUTLOOK_REPLY_PREFIX = {"en": "RE: ", "fr": "RE : ", "de": "AW: ", "es": "RE: ", "nl": "RE: ", "pt": "RE: "}

# ----------------------------------------------------------------------------- customers
def _c(first, last, company, domain, title, phone, tz, display=None, local=None):
    name = display or f"{first} {last}"
    if local is None:
        local = _ascii(first.split()[-1]).lower().replace("'", "")
    return dict(first=first, name=name, company=company, domain=domain, title=title, phone=phone, tz=tz,
                email=f"{local}@{domain}", greet=company or f"{first} {last}", biz=company is not None)


def _ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _home(first, last, address, phone, tz):
    local, domain = address.split("@")
    c = _c(first, last, None, domain, None, phone, tz, local=local)
    return c


CUSTOMERS = {
    "en": [
        _c("Mark", "Delaney", "Oakridge Dental", "oakridgedental.example", "Office Manager", "(630) 555-0188", -6),
        _c("Priya", "Raman", "Brightline Agency", "brightline.example", "Operations Lead", "(312) 555-0123", -6),
        _c("Helen", "Cho", "Maple Street Clinic", "maplestreetclinic.example", "Medical Director",
           "(773) 555-0142", -6, display="Dr. Helen Cho", local="hcho"),
        _c("Gary", "Kowalski", "Stop & Shop Supply", "stopandshopsupply.example", "Owner", "(708) 555-0161", -6),
        _c("Payments Team", "", "Lakeview Property Group", "lakeviewpg.example", None, "(312) 555-0195", -6,
           display="Payments Team", local="payments"),
        _c("Rachel", "Albrecht", "Northside Vet Partners", "northsidevet.example", "Practice Administrator",
           "(847) 555-0119", -6),
        _c("Jamal", "Hughes", "Hughes Auto Body", "hughesautobody.example", "Owner", "(773) 555-0176", -6),
        _c("Teresa", "Nunez", "Westgate Property Management", "westgatepm.example", "Accounts Payable Specialist",
           "(630) 555-0134", -6, local="tnunez"),
        _c("Kevin", "O'Rourke", "O'Rourke & Sons Plumbing", "orourkeplumbing.example", "President",
           "(708) 555-0150", -6),
        _c("Beth", "Lindqvist", "Cedar & Stone Landscaping", "cedarandstone.example", "Bookkeeper",
           "(708) 555-0133", -6),
        _c("Susan", "Whitaker", "Whitaker Law LLC", "whitakerlaw.example", "Office Administrator",
           "(317) 555-0108", -5),
        _c("Anthony", "Ferraro", "Ferraro Hospitality Group", "ferrarohg.example", "Project Coordinator",
           "(216) 555-0171", -5),
        _c("Nora", "Quinn", "Quinn's Bakery", "quinnsbakery.example", "Owner", "(312) 555-0166", -6),
        _c("Raj", "Patel", "Lakeshore Hotel Group", "lakeshorehotels.example", "Controller", "(312) 555-0102", -6),
        _c("Chris", "Yoder", "Yoder Farm Supply", "yoderfarmsupply.example", "General Manager", "(815) 555-0127", -6),
        _c("Melissa", "Grant", "Summit Ridge Apartments", "summitridgeapts.example", "Payables Coordinator",
           "(503) 555-0114", -8),
        _c("Dave", "Pham", "Pham Nails & Spa", "phamnails.example", "Owner", "(773) 555-0190", -6),
        _home("Tom", "Brennan", "tom.brennan@mailbox.example", "(773) 555-0111", -6),
        _home("Linda", "Okafor", "lindaokafor@inbox.example", "(708) 555-0145", -6),
        _home("Eileen", "Murphy", "eileen.murphy61@mailbox.example", "(630) 555-0172", -6),
        _home("Steve", "Marchetti", "smarchetti@inbox.example", "(414) 555-0139", -6),
        _home("Greg", "Sullivan", "gsully@mailbox.example", "(312) 555-0158", -6),
    ],
    "fr": [
        _c("Sophie", "Marchand", "Boulangerie Marchand", "boulangerie-marchand.example", "Gérante",
           "+33 1 45 55 01 10", 1),
        _c("Julien", "Lefèvre", "Atelier Lefèvre Design", "atelier-lefevre.example", "Directeur",
           "+33 4 78 55 01 22", 1),
        _c("Claire", "Dubois", "Cabinet Dubois & Associés", "cabinet-dubois.example", "Comptable",
           "+33 5 56 55 01 34", 1),
        _c("Émilie", "Roux", "Roux Immobilier", "roux-immo.example", "Assistante de direction",
           "+33 2 40 55 01 47", 1),
        _c("Marc", "Girard", "Girard Import-Export", "girard-import.example", "Responsable administratif",
           "+1 514 555 0163", -5),
    ],
    "de": [
        _c("Katrin", "Baumann", "Baumann Zahntechnik GmbH", "baumann-zahntechnik.example", "Geschäftsführerin",
           "+49 89 5550 1120", 1),
        _c("Jörg", "Schäfer", "Schäfer & Söhne Metallbau", "schaefer-metallbau.example", "Buchhaltung",
           "+49 711 5550 1134", 1),
        _c("Anna", "Müller", "Praxis Dr. Müller", "praxis-mueller.example", "Praxismanagerin",
           "+49 30 5550 1147", 1),
        _c("Thomas", "Weber", "Weber Logistik GmbH", "weber-logistik.example", "Kreditorenbuchhaltung",
           "+49 40 5550 1159", 1),
        _c("Sabine", "Krüger", "Krüger Immobilien", "krueger-immobilien.example", "Inhaberin",
           "+49 221 5550 1162", 1),
    ],
    "es": [
        _c("Lucía", "Fernández", "Clínica Dental Fernández", "clinicafernandez.example", "Administradora",
           "+34 91 555 01 18", 1),
        _c("José", "Martínez", "Carpintería Martínez", "carpinteriamartinez.example", "Propietario",
           "(773) 555-0181", -6),
        _c("Carmen", "Ruiz", "Panadería La Espiga", "laespiga.example", "Encargada", "(708) 555-0129", -6),
        _c("Alejandro", "Gómez", "Gómez & Asociados", "gomezasociados.example", "Contador",
           "+52 55 5550 1193", -6),
        _c("María", "López", "Taquería El Sol", "taqueriaelsol.example", "Dueña", "(872) 555-0104", -6),
    ],
    "nl": [
        _c("Sanne", "de Vries", "De Vries Tandartsen", "devriestandartsen.example", "Praktijkmanager",
           "+31 20 555 0141", 1),
        _c("Pieter", "Jansen", "Jansen Bouwadvies", "jansenbouwadvies.example", "Directeur", "+31 30 555 0152", 1),
        _c("Femke", "Bakker", "Bakker Bloemen", "bakkerbloemen.example", "Eigenaar", "+31 10 555 0163", 1),
        _c("Joost", "van Dijk", "Van Dijk Vastgoed B.V.", "vandijkvastgoed.example", "Financiële administratie",
           "+31 70 555 0174", 1),
    ],
    "pt": [
        _c("Ana", "Costa", "Costa & Filhos Lda.", "costaefilhos.example", "Diretora Financeira",
           "+351 21 555 0185", 0),
        _c("João", "Pereira", "Pereira Arquitetura", "pereiraarq.example", "Sócio", "+351 22 555 0196", 0),
        _c("Mariana", "Silva", "Clínica Sorriso", "clinicasorriso.example", "Gerente", "+55 11 5550 0107", -3),
        _c("Rui", "Santos", "Santos Transportes", "santostransportes.example", "Contabilidade",
           "+351 21 555 0118", 0),
    ],
}

FOOTERS = {
    "en": [
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
        "received it in error, please notify the sender and delete it. Any unauthorised use, disclosure or copying "
        "is prohibited.",
        "CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential or privileged "
        "information. If you are not the intended recipient, please delete it and notify the sender immediately.",
        "Please consider the environment before printing this e-mail.",
        "You are receiving this e-mail because you do business with {company}. To unsubscribe from our monthly "
        "newsletter, visit https://{domain}/newsletter/unsubscribe.",
    ],
    "fr": ["Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
           "destinataires. Toute utilisation ou diffusion non autorisée est interdite.",
           "Pensez à l'environnement avant d'imprimer ce courriel."],
    "de": ["Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
           "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
           "Absender und vernichten Sie diese E-Mail.",
           "{company} · Sitz: München · Registergericht: Amtsgericht München HRB 123456 · Geschäftsführung: {name}"],
    "es": ["Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su "
           "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
           "Antes de imprimir este correo, piense en el medio ambiente."],
    "nl": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht abusievelijk heeft "
           "ontvangen, wordt u verzocht de afzender te informeren en het bericht te verwijderen.",
           "{company} | KvK 12345678 | BTW NL001234567B01"],
    "pt": ["Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a "
           "recebeu por engano, por favor informe o remetente e elimine-a.",
           "Antes de imprimir este e-mail, pense no ambiente."],
}

AMOUNTS = ["1240.00", "560.50", "2150.00", "725.00", "980.00", "3400.00", "415.75", "1875.00", "640.00",
           "2290.40", "315.00", "4120.00", "890.00", "1560.00", "7250.00", "268.90", "1105.25", "3980.00",
           "455.00", "12400.00", "2675.50", "799.99"]


def money(a):
    return "${:,.2f}".format(float(a))


def amt_eu(a):
    s = "{:,.2f}".format(float(a))
    return s.replace(",", "#").replace(".", ",").replace("#", ".") + " USD"


def amt_fr(a):
    s = "{:,.2f}".format(float(a))
    return s.replace(",", " ").replace(".", ",") + " USD"


# ----------------------------------------------------------------------------- reminders
def pay_line(inv, amt):
    return f"  Pay online: https://pay.harborpine.example/invoice/{inv}?amount={float(amt):.2f}&currency=USD"


def inv_line(inv, amt, due, n):
    ago = f" ({n} days ago)" if n > 0 else ""
    return f"  Invoice {inv}: {money(amt)}, due {long_date(due)}{ago}"


SIGNATURE = f"{DANA}\n{BUSINESS}\n{PHONE}"


def make_reminder(r, kind, greet, inv, amt, rdate, inv2, amt2):
    """Returns (subject, text) of the reminder the customer answers, as collect renders it."""
    if kind == "gentle":
        n = r.randint(2, 7)
        due = rdate - dt.timedelta(days=n)
        subject = f"A quick reminder about invoice {inv}"
        text = (f"Hi {greet},\n\nI hope all is well. This is a quick reminder that invoice {inv} for {money(amt)} "
                f"was due on {long_date(due)}, and we haven't seen the payment come through yet.\n\n"
                f"{inv_line(inv, amt, due, n)}\n{pay_line(inv, amt)}\n\n"
                "If you've already sent it, thank you, and please ignore this note. If anything about the invoice "
                "looks wrong, just reply to this e-mail and we'll sort it out.\n\n"
                f"Thanks so much,\n{SIGNATURE}")
    elif kind == "firm":
        n = r.randint(10, 25)
        due = rdate - dt.timedelta(days=n)
        prev = rdate - dt.timedelta(days=7)
        subject = f"Invoice {inv} is now past due"
        text = (f"Hi {greet},\n\nFollowing up on our note of {long_date(prev)}: invoice {inv} for {money(amt)} "
                f"is now {n} days past its due date.\n\n{inv_line(inv, amt, due, n)}\n{pay_line(inv, amt)}\n\n"
                "Could you let us know when we can expect payment? If there's a problem with the invoice, or you'd "
                "like to talk about timing, reply to this e-mail and we'll work it out together.\n\n"
                f"Thank you,\n{SIGNATURE}")
    elif kind == "firm-multi":
        n = r.randint(12, 30)
        n2 = r.choice([0, 0, r.randint(2, n - 6)])
        due = rdate - dt.timedelta(days=n)
        due2 = rdate - dt.timedelta(days=n2) if n2 else rdate + dt.timedelta(days=r.randint(3, 12))
        prev = rdate - dt.timedelta(days=7)
        total = money(float(amt) + float(amt2))
        subject = "2 open invoices, the oldest now past due"
        text = (f"Hi {greet},\n\nFollowing up on our note of {long_date(prev)}: 2 invoices, {total} in all, are "
                f"still open; the oldest is now {n} days past its due date.\n\n"
                f"{inv_line(inv, amt, due, n)}\n{pay_line(inv, amt)}\n"
                f"{inv_line(inv2, amt2, due2, n2)}\n{pay_line(inv2, amt2)}\n\n"
                "Could you let us know when we can expect payment? If there's a problem with the invoice, or you'd "
                "like to talk about timing, reply to this e-mail and we'll work it out together.\n\n"
                f"Thank you,\n{SIGNATURE}")
    else:  # direct
        n = r.randint(30, 60)
        due = rdate - dt.timedelta(days=n)
        prev = rdate - dt.timedelta(days=r.randint(14, 24))
        subject = f"Invoice {inv} is {n} days overdue"
        text = (f"Hi {greet},\n\nInvoice {inv} for {money(amt)} is now {n} days overdue; we last wrote to you about "
                f"it on {long_date(prev)}.\n\n{inv_line(inv, amt, due, n)}\n{pay_line(inv, amt)}\n\n"
                "Please arrange payment this week, or reply today and tell us what's holding it up. If cash is "
                "tight, we're glad to agree a payment plan; we'd just like to hear from you.\n\n"
                f"Regards,\n{SIGNATURE}")
    return subject, text


# ----------------------------------------------------------------------------- text helpers
def esc(s):
    return html.escape(s, quote=False).replace("  ", "&nbsp; ")


def linkify(s):
    out = esc(s)
    return re.sub(r"(https://\S+)", lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', out)


def words_html(text, style):
    """The customer's words as an HTML fragment; style 'gmail' (<div>) or 'outlook' (<p>)."""
    if not text:
        return ""
    paras = text.split("\n\n")
    if style == "gmail":
        return "<div><br></div>".join("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div>" for p in paras)
    return "".join('<p class="MsoNormal">' + "<br>".join(esc(l) for l in p.split("\n")) + "</p>"
                   '<p class="MsoNormal">&nbsp;</p>' for p in paras)


def reminder_html(text):
    parts = []
    for p in text.split("\n\n"):
        lines = p.split("\n")
        if lines[0].startswith("  "):
            parts.append('<p style="margin-left:16px">' + "<br>".join(linkify(l.strip()) for l in lines) + "</p>")
        else:
            parts.append("<p>" + "<br>".join(linkify(l) for l in lines) + "</p>")
    return "".join(parts)


def gt_quote(text, wrap=False):
    lines = []
    for line in text.split("\n"):
        if wrap and len(line) > 74 and "https://" not in line:
            indent = " " * (len(line) - len(line.lstrip()))
            lines.extend(textwrap.wrap(line, 74, initial_indent="", subsequent_indent=indent,
                                       break_long_words=False, break_on_hyphens=False) or [""])
        else:
            lines.append(line)
    return "\n".join("> " + l if l else ">" for l in lines)


def fill(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s


# ----------------------------------------------------------------------------- dates
def md(s):
    m, d = map(int, s.split("-"))
    return dt.date(2026 if m >= 10 else 2027, m, d)


WEEKDAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def check_promise(rule, sent):
    """Computes the promise date a chk rule means, from the sent date (Chicago)."""
    if rule.startswith("+"):
        return sent + dt.timedelta(days=int(rule[1:]))
    if rule == "eom":
        nxt = (sent.replace(day=28) + dt.timedelta(days=4))
        return nxt - dt.timedelta(days=nxt.day)
    kind, _, arg = rule.partition(":")
    if kind == "d":
        day = int(arg)
        if sent.day <= day:
            return sent.replace(day=day)
        return (sent.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
    wd = WEEKDAY[arg]
    if kind == "wd":
        delta = (wd - sent.weekday()) % 7 or 7
        return sent + dt.timedelta(days=delta)
    monday = sent - dt.timedelta(days=sent.weekday())
    if kind == "tw":
        d = monday + dt.timedelta(days=wd)
        assert d >= sent, rule
        return d
    if kind == "nw":
        return monday + dt.timedelta(days=7 + wd)
    raise ValueError(rule)


def rfc_date(t, pad=True):
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{t.day:02d}" if pad else str(t.day)
    return (f"{WD_EN[t.weekday()][:3]}, {day} {MON_EN_ABBR[t.month]} {t.year} "
            f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")


# ----------------------------------------------------------------------------- MIME helpers
def encode_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, address):
    return formataddr((name, address))


def wrap_long(s, limit=900):
    """Breaks an HTML source only at tag boundaries, so no line passes the RFC 5322 limit."""
    out = []
    for line in s.split("\n"):
        while len(line.encode("utf-8")) > limit:
            cut = line.rfind("<", 0, limit)
            if cut <= 0:
                cut = limit
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    return text


def pick_charset(r, lang, texts):
    joined = "".join(texts)
    ascii_only = all(ord(ch) < 128 for ch in joined)
    if ascii_only:
        return "us-ascii" if r.random() < 0.12 else "utf-8"
    if lang != "en" and r.random() < 0.35:
        cs = r.choice(["iso-8859-1", "windows-1252"])
        try:
            joined.encode(cs)
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8"


def pick_cte(r, charset, text, is_html):
    ascii_only = all(ord(ch) < 128 for ch in text)
    if charset in ("iso-8859-1", "windows-1252"):
        return "quoted-printable" if r.random() < 0.8 else "base64"
    x = r.random()
    if is_html:
        return "quoted-printable" if x < 0.5 else "base64" if x < 0.65 else ("7bit" if ascii_only else "8bit")
    if ascii_only:
        return "7bit" if x < 0.75 else "quoted-printable" if x < 0.95 else "base64"
    return "8bit" if x < 0.5 else "quoted-printable" if x < 0.85 else "base64"


def cs_label(r, charset):
    return f'charset="{charset.upper() if charset == "utf-8" and r.random() < 0.5 else charset}"'


def part(r, ctype, text, charset, cte):
    if ctype == "text/html" and cte in ("7bit", "8bit"):
        text = wrap_long(text)
    head = f"Content-Type: {ctype}; {cs_label(r, charset)}\n"
    if cte != "7bit" or r.random() < 0.5:
        head += f"Content-Transfer-Encoding: {cte}\n"
    return head, encode_body(text, charset, cte)


def rand_hex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def message_id(r, client, domain):
    if client == "gmail":
        return f"<CA{rand_alnum(r, 1, 'BDEFHJKLMNPR')}+{rand_alnum(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>"
    if client == "outlook":
        host = f"{r.choice(['BN8PR12', 'SN6PR04', 'CH2PR11', 'DM6PR08', 'PH0PR17', 'AM9PR03', 'DB8PR09'])}MB{r.randint(1000, 9999)}"
        region = {"AM": "eurprd0" + str(r.randint(1, 9)), "DB": "eurprd0" + str(r.randint(1, 9))}.get(
            host[:2], "namprd" + str(r.randint(10, 19)))
        return f"<{host}{rand_hex(r, 12).upper()}{rand_hex(r, 4).upper()}@{host}.{region}.prod.outlook.com>"
    if client == "apple":
        u = rand_hex(r, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    return f"<{rand_hex(r, 16)}.{rand_hex(r, 8)}@{domain}>"


AUTO_HEADER_SETS = [
    ["Auto-Submitted: auto-replied"],
    ["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    ["X-Autoreply: yes", "Precedence: auto_reply"],
    ["Auto-Submitted: auto-generated", "Precedence: bulk"],
    ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    ["Precedence: junk", "X-Autorespond: yes"],
    ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"],
]


# ----------------------------------------------------------------------------- structures
def signature_lines(r, cust, lang, ctx):
    x = r.random()
    if x < 0.15:
        return [], None
    lines = [cust["name"]]
    if cust["title"] and cust["company"]:
        lines += [f"{cust['title']} | {cust['company']}"] if r.random() < 0.5 else [cust["title"], cust["company"]]
    elif cust["company"] and cust["company"] not in cust["name"]:
        lines.append(cust["company"])
    if r.random() < 0.7:
        lines.append(cust["phone"])
    if r.random() < 0.25:
        lines = ["-- "] + lines
    footer = None
    if r.random() < 0.35:
        pool = FOOTERS[lang] if cust["biz"] else [f for f in FOOTERS[lang] if "{company}" not in f]
        if pool:
            footer = fill(r.choice(pool), ctx)
            lines += ["", footer]
    return lines, footer


def outlook_block(r, lang, cust, subject, rtime, localized):
    labels, seps = OUTLOOK_LABELS[lang if localized else "en"]
    sep = r.choice(seps)
    when = outlook_when(lang if localized else "en", rtime)
    colon = " :" if (localized and lang == "fr") else ":"
    frm = f"{DANA} [mailto:{ACCOUNTS}]" if "Original Message" in sep else f"{DANA} <{ACCOUNTS}>"
    to = f"{cust['name']} <{cust['email']}>"
    return sep, [f"{labels[0]}{colon} {frm}", f"{labels[1]}{colon} {when}", f"{labels[2]}{colon} {to}",
                 f"{labels[3]}{colon} {subject}"]


def forward_block(r, lang, fwd, ctx, cust, pd_time):
    frm = fill(fwd["frm"], ctx)
    subj = fill(fwd["subj"], ctx)
    body = fill(fwd["body"].strip("\n"), ctx)
    to = f"{cust['name']} <{cust['email']}>" if r.random() < 0.6 else f"<{cust['email']}>"
    t = pd_time
    if lang == "en":
        if r.random() < 0.6:
            head = ["---------- Forwarded message ---------", f"From: {frm}",
                    f"Date: {WD_EN[t.weekday()][:3]}, {MON_EN_ABBR[t.month]} {t.day}, {t.year} at {h12(t)}",
                    f"Subject: {subj}", f"To: {to}"]
        else:
            head = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {subj}",
                    f"Date: {MON_EN[t.month]} {t.day}, {t.year} at {h12(t).replace(' ', ':' + f'{t.second:02d} ')} CST",
                    f"To: {to}"]
    else:
        L = LOC[lang]
        wd, m = t.weekday(), t.month
        head = {
            "fr": ["-------- Message transféré --------", f"Sujet : {subj}",
                   f"Date : {L['wda'][wd]} {t.day} {L['mona'][m]} {t.year} {h24(t)}:{t.second:02d}",
                   f"De : {frm}", f"Pour : {to}"],
            "de": ["---------- Weitergeleitete Nachricht ----------", f"Von: {frm}",
                   f"Datum: {L['wda'][wd]}, {t.day}. {L['mona'][m]} {t.year} um {h24(t)}",
                   f"Betreff: {subj}", f"An: {to}"],
            "es": ["---------- Forwarded message ---------", f"De: {frm}",
                   f"Date: {L['wda'][wd]}, {t.day} {L['mona'][m]} {t.year} a las {t.hour}:{t.minute:02d}",
                   f"Subject: {subj}", f"To: {to}"],
            "nl": ["---------- Doorgestuurd bericht ---------", f"Van: {frm}",
                   f"Date: {L['wda'][wd]} {t.day} {L['mona'][m]} {t.year} om {h24(t)}",
                   f"Subject: {subj}", f"To: {to}"],
            "pt": ["---------- Forwarded message ---------", f"De: {frm}",
                   f"Date: {L['wda'][wd]}, {t.day} de {L['mona'][m]} de {t.year} às {h24(t)}",
                   f"Subject: {subj}", f"To: {to}"],
        }[lang]
    return "\n".join(head) + "\n\n" + body


def html_document(r, style, words, sig_lines, quote_html, charset):
    sig = "<br>".join(esc(l) for l in sig_lines if l != "-- ")
    if style == "gmail":
        out = '<div dir="ltr">' + words_html(words, "gmail")
        if sig:
            out += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                    f'<div dir="ltr" class="gmail_signature">{sig}</div>')
        out += "</div>"
        if quote_html:
            out += "<br>" + quote_html
        return out + "\n"
    head = (f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n')
    body = ('<body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; '
            'color: rgb(0, 0, 0);">' + words_html(words, "outlook") + "</div>")
    if sig:
        body += f'<div style="font-family: Calibri, sans-serif; font-size: 10pt;">{sig}</div>'
    if quote_html:
        body += quote_html
    return head + body + "</body>\n</html>\n"


def gmail_quote_html(lang, rtime, rem_text):
    return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(gmail_attr(lang, rtime)) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + reminder_html(rem_text)
            + "</blockquote></div>")


def outlook_quote_html(r, lang, cust, subject, rtime, rem_text, localized):
    _, rows = outlook_block(r, lang, cust, subject, rtime, localized)
    cells = "<br>".join("<b>" + esc(row.split(":", 1)[0]) + ":</b>" + esc(row.split(":", 1)[1]) for row in rows)
    return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{cells}</font><div>&nbsp;</div></div><div>' + reminder_html(rem_text) + "</div>")


# ----------------------------------------------------------------------------- build one
def build_email(r, e, cust, structure, sent, rem, seq):
    lang = e["lang"]
    auto = e["kinds"] == ["auto-reply"]
    ctx = dict(inv=rem["inv"], inv2=rem["inv2"], amt=money(rem["amt"]), first=cust["first"],
               company=cust["company"] or cust["name"], domain=cust["domain"], name=cust["name"])
    words = fill(e["text"], ctx)
    subject_r, rem_text, rtime = rem["subject"], rem["text"], rem["time"]

    # sender
    if e.get("frm"):
        from_name, from_addr = fill(e["frm"][0], ctx), fill(e["frm"][1], ctx)
    else:
        from_name, from_addr = cust["name"], cust["email"]

    # signature
    if auto:
        sig = [cust["name"], cust["company"]] if (not e.get("frm") and cust["biz"] and r.random() < 0.5) else []
        footer = None
    else:
        sig, footer = signature_lines(r, cust, lang, ctx)
    notes = []
    if footer and "unsubscribe" in footer and "opt-out" not in e["kinds"]:
        notes.append("signature footer says unsubscribe")

    client = {"gmail-quote": "gmail", "mobile": "gmail", "outlook-quote": "outlook", "outlook-de-quote": "outlook",
              "apple-quote": "apple"}.get(structure, "other")
    plain = html_body = None
    quote_style = None
    if structure in ("html", "multipart"):
        quote_style = "none" if auto and r.random() < 0.8 else r.choice(["gmail", "outlook"])
        client = "gmail" if quote_style == "gmail" else "outlook" if quote_style == "outlook" else r.choice(
            ["gmail", "outlook", "other"])

    def with_sig(w, lines):
        out = w
        if lines:
            out += ("\n\n" if out else "") + "\n".join(lines)
        return out

    if structure == "plain":
        lines = sig
        if not auto and not sig and r.random() < 0.4:
            lines = [IPHONE[lang]]
        plain = with_sig(words, lines) + "\n"
    elif structure == "gmail-quote":
        wrap = r.random() < 0.4
        plain = with_sig(words, sig) + "\n\n" + gmail_attr(lang, rtime) + "\n\n" + gt_quote(rem_text, wrap) + "\n"
    elif structure == "mobile":
        tag = r.choice([GALAXY, OUTLOOK_ANDROID])[lang]
        if tag == OUTLOOK_ANDROID[lang]:
            client = "outlook"
        if tag == OUTLOOK_ANDROID[lang] and r.random() < 0.5:
            tag += "<https://aka.ms/AAb9ysg>"
        wrap = r.random() < 0.3
        plain = words + "\n\n" + tag + "\n\n" + gmail_attr(lang, rtime) + "\n\n" + gt_quote(rem_text, wrap) + "\n"
    elif structure in ("outlook-quote", "outlook-de-quote"):
        sep, rows = outlook_block(r, lang, cust, subject_r, rtime, structure == "outlook-de-quote")
        plain = with_sig(words, sig) + "\n\n" + sep + "\n" + "\n".join(rows) + "\n\n" + rem_text + "\n"
    elif structure == "apple-quote":
        plain = (words + "\n\n" + IPHONE[lang] + "\n\n> " + apple_attr(lang, rtime) + "\n> \n"
                 + gt_quote(rem_text).replace("\n>\n", "\n> \n") + "\n")
    elif structure == "forwarded":
        fwd = FWD[e["fwd"]]
        # the forwarded e-mail's date: the payment date, or for our own earlier e-mails weeks before
        pd = md(e["pd"]) if e.get("pd") else sent.date() - dt.timedelta(days=r.randint(30, 45))
        pd_time = dt.datetime(pd.year, pd.month, pd.day, r.randint(8, 16), r.randint(0, 59), r.randint(0, 59))
        arr = pd + dt.timedelta(days=4 if pd.weekday() < 3 else 5)
        inv_date = pd - dt.timedelta(days=r.randint(35, 50))
        fctx = dict(ctx, amt_eu=amt_eu(rem["amt"]), amt_fr=amt_fr(rem["amt"]), pd_us=f"{pd:%m/%d/%Y}",
                    pd_long=long_date(pd), pd_eu=f"{pd:%d.%m.%Y}", pd_slash=f"{pd:%d/%m/%Y}",
                    pd_dash=f"{pd:%d-%m-%Y}", pd_compact=f"{pd:%m%d%y}", arr_us=f"{arr:%m/%d/%Y}",
                    inv_date_us=f"{inv_date:%m/%d/%Y}")
        plain = with_sig(words, sig) + ("\n\n" if words or sig else "") + forward_block(r, lang, fwd, fctx, cust, pd_time) + "\n"
    elif structure in ("html", "multipart"):
        if quote_style == "gmail":
            qp = with_sig(words, sig) + "\n\n" + gmail_attr(lang, rtime) + "\n\n" + gt_quote(rem_text) + "\n"
            qh = gmail_quote_html(lang, rtime, rem_text)
        elif quote_style == "outlook":
            localized = lang != "en" and r.random() < 0.6
            sep, rows = outlook_block(random.Random(seq), lang, cust, subject_r, rtime, localized)
            qp = with_sig(words, sig) + "\n\n" + sep + "\n" + "\n".join(rows) + "\n\n" + rem_text + "\n"
            qh = outlook_quote_html(random.Random(seq), lang, cust, subject_r, rtime, rem_text, localized)
        else:
            qp, qh = with_sig(words, sig) + "\n", ""
        plain = qp if structure == "multipart" else None
    else:
        raise ValueError(structure)

    # subject
    if e.get("subj"):
        subject = fill(e["subj"].replace("{s}", subject_r), ctx)
    elif structure == "forwarded" and r.random() < 0.5:
        subject = r.choice(FORWARD_PREFIX[lang]) + subject_r
    elif client == "outlook":
        subject = OUTLOOK_REPLY_PREFIX[lang] + subject_r
    elif structure == "plain" and r.random() < 0.3:
        subject = ("AW: " if lang == "de" else "RE: ") + subject_r
    else:
        subject = "Re: " + subject_r

    texts = [plain or "", words, " ".join(sig)]
    charset = pick_charset(r, lang, texts)
    if structure in ("html", "multipart"):
        html_body = html_document(r, "gmail" if client == "gmail" else "outlook", words, sig, qh, charset)
    try:
        (plain or "").encode(charset)
        (html_body or "").encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"

    # headers
    date_hdr = rfc_date(sent, pad=client != "gmail")
    irt = rem["msgid"]
    mid = message_id(r, client, cust["domain"] if not e.get("frm") else from_addr.split("@")[1])
    h = []
    if r.random() < 0.6:
        h.append(f"Return-Path: <{'' if (auto and e.get('ah') and r.random() < 0.5) else from_addr}>")
        ip = f"203.0.113.{r.randint(2, 250)}"
        h.append(f"Received: from mail.{from_addr.split('@')[1]} (mail.{from_addr.split('@')[1]} [{ip}])\n"
                 f"\tby mx.harborpine.example with ESMTPS id {rand_alnum(r, 12)}\n"
                 f"\tfor <{ACCOUNTS}>; {rfc_date(sent + dt.timedelta(seconds=r.randint(1, 20)))}")
    frm_hdr = "From: " + addr(from_name, from_addr)
    to_hdr = "To: " + (f"{DANA} <{ACCOUNTS}>" if r.random() < 0.5 else ACCOUNTS)
    subj_hdr = "Subject: " + encode_header(subject)
    auto_h = r.choice(AUTO_HEADER_SETS) if (auto and e.get("ah")) else []
    if client == "gmail":
        h += ["MIME-Version: 1.0", f"References: {irt}", f"In-Reply-To: {irt}", frm_hdr, f"Date: {date_hdr}",
              f"Message-ID: {mid}", subj_hdr, to_hdr] + auto_h
    elif client == "outlook":
        h += [frm_hdr, to_hdr, subj_hdr, f"Thread-Topic: {encode_header(subject_r)}",
              f"Thread-Index: AQH{rand_alnum(r, 26)}==", f"Date: {date_hdr}", f"Message-ID: {mid}",
              f"References: {irt}", f"In-Reply-To: {irt}"] + auto_h + [
              f"Accept-Language: {dict(en='en-US', fr='fr-FR', de='de-DE', es='es-ES', nl='nl-NL', pt='pt-PT')[lang]}",
              f"Content-Language: {dict(en='en-US', fr='fr-FR', de='de-DE', es='es-ES', nl='nl-NL', pt='pt-PT')[lang]}",
              "X-MS-Has-Attach:", "MIME-Version: 1.0"]
    elif client == "apple":
        h += [frm_hdr, "MIME-Version: 1.0 (1.0)", f"Date: {date_hdr}", subj_hdr, f"Message-ID: {mid}",
              f"References: {irt}", f"In-Reply-To: {irt}", to_hdr, "X-Mailer: iPhone Mail (22B91)"] + auto_h
    else:
        h += [frm_hdr, to_hdr, subj_hdr, f"Date: {date_hdr}", f"Message-ID: {mid}", f"In-Reply-To: {irt}"]
        if r.random() < 0.6:
            h.append(f"References: {irt}")
        h += auto_h + ["MIME-Version: 1.0"]
        if r.random() < 0.3:
            h.append(r.choice(["User-Agent: Mozilla Thunderbird", "X-Mailer: Microsoft Outlook 16.0",
                               "X-Mailer: Zimbra 9.0.0_GA_4583", "User-Agent: Roundcube Webmail/1.6.9"]))

    encodings = []
    if structure == "multipart":
        boundary = ("000000000000" + rand_hex(r, 12)) if client == "gmail" else (
            "_000_" + rand_alnum(r, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_")
        ctes = r.choice([("plain", "quoted-printable"), ("both", "quoted-printable"), ("qp", "base64")])
        c_plain = pick_cte(r, charset, plain, False) if ctes[0] == "plain" else "quoted-printable"
        if charset != "utf-8" and charset != "us-ascii" and c_plain in ("7bit", "8bit"):
            c_plain = "quoted-printable"
        c_html = ctes[1]
        ph, pb = part(r, "text/plain", plain, charset, c_plain)
        hh, hb = part(r, "text/html", html_body, charset, c_html)
        h.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        body = f"--{boundary}\n{ph}\n{pb}\n--{boundary}\n{hh}\n{hb}\n--{boundary}--\n"
        encodings = [c_plain, c_html]
    else:
        content = html_body if structure == "html" else plain
        ctype = "text/html" if structure == "html" else "text/plain"
        cte = pick_cte(r, charset, content, structure == "html")
        ph, pb = part(r, ctype, content, charset, cte)
        h += ph.rstrip("\n").split("\n")
        body = pb if pb.endswith("\n") else pb + "\n"
        encodings = [cte]
    raw = "\n".join(h) + "\n\n" + body

    if charset in ("iso-8859-1", "windows-1252"):
        notes.append(f"{charset} {'/'.join(sorted(set(encodings)))}")
    elif "base64" in encodings:
        notes.append("base64 body")
    if auto and not e.get("ah") and "no headers" not in (e.get("note") or ""):
        notes.append("no auto-reply headers")
    if structure == "mobile" and words.count("\n") > 6:
        notes.append("long words on a phone")
    return raw, words, notes


def build_sms(r, e, sent):
    area = r.choice(["312", "773", "872", "630", "708", "847", "224", "331"])
    number = f"1{area}555{r.randint(100, 199):04d}"
    smsc = r.choice(["13125550000", "17735550009", "18475550011", "13125550003"])
    recv = sent + dt.timedelta(seconds=r.choice([2, 3, 4, 4, 5, 7, 11, 38]))
    text = e["text"]
    raw = (f"From: {number}\nFrom_SMSC: {smsc}\nSent: {sent:%y-%m-%d %H:%M:%S}\n"
           f"Received: {recv:%y-%m-%d %H:%M:%S}\nSubject: GSM1\nAlphabet: UTF-8\n\n{text}")
    return raw


# ----------------------------------------------------------------------------- main
def needs_biz(e):
    probe = e["text"] + " ".join(e.get("frm") or ()) + (FWD[e["fwd"]]["frm"] if e.get("fwd") else "")
    return "{company}" in probe or "{domain}" in probe


def choose_sent(r, e, tz, auto):
    """Local send time (aware). Chicago date must equal the local date the body was written for."""
    zone = dt.timezone(dt.timedelta(hours=tz))
    spec = e.get("sent")
    for _ in range(200):
        if spec and " " in spec:
            d, hm = spec.split(" ")
            hh, mm = map(int, hm.split(":"))
            day = md(d)
            t = dt.datetime(day.year, day.month, day.day, hh, mm, r.randint(0, 59), tzinfo=zone)
        else:
            day = md(spec) if spec else FIRST_DAY + dt.timedelta(days=r.randint(1, (LAST_DAY - FIRST_DAY).days))
            if auto:
                chi = dt.datetime(day.year, day.month, day.day, r.randint(7, 10), r.randint(0, 59), r.randint(0, 59),
                                  tzinfo=CHI)
                t = chi.astimezone(zone)
            else:
                t = dt.datetime(day.year, day.month, day.day, r.randint(7, 20), r.randint(0, 59), r.randint(0, 59),
                                tzinfo=zone)
        if t.astimezone(CHI).date() == day == t.date():
            return t
        if spec and " " in spec:
            raise SystemExit(f"sent {spec} at UTC{tz:+d} falls on another day in Chicago: {e['text'][:40]!r}")
    raise SystemExit("could not place a send time")


def assign_structures(entries, master):
    """Each entry's structure: an even spread per language, over e-mails that are not forced."""
    structure = {}
    cycles = {"en": ["plain", "html", "multipart", "gmail-quote", "outlook-quote", "apple-quote", "mobile"]}
    for lang in LANGS[1:]:
        cycles[lang] = cycles["en"] + ["outlook-de-quote", "outlook-de-quote"]
    auto_cycle = ["plain", "html", "multipart", "plain", "html", "multipart", "plain", "gmail-quote", "outlook-quote"]
    pools = defaultdict(list)
    for i, e in enumerate(entries):
        if e["channel"] == "sms":
            structure[i] = "sms"
        elif e.get("fwd"):
            structure[i] = "forwarded"
        elif e.get("st"):
            structure[i] = e["st"]
        elif e["kinds"] == ["auto-reply"]:
            pools["auto"].append(i)
        else:
            pools[e["lang"]].append(i)
    for key, idx in sorted(pools.items()):
        master.shuffle(idx)
        cyc = auto_cycle if key == "auto" else cycles[key]
        offset = master.randrange(len(cyc))
        for n, i in enumerate(idx):
            structure[i] = cyc[(n + offset) % len(cyc)]
    return structure


def make_record(master, e, i, structure, seq_by_day):
    """One entry wrapped as the message collect would find: its reminder, structure and raw text."""
    r = random.Random(master.getrandbits(64))
    lang, auto = e["lang"], e["kinds"] == ["auto-reply"]
    if e["channel"] == "sms":
        cust = None
        tz = -6
    else:
        pool = [c for c in CUSTOMERS[lang] if c["biz"] or not needs_biz(e)]
        if re.search(r"\{first\}[^\n]", e["text"]):  # a name mid-sentence needs a person
            pool = [c for c in pool if " " not in c["first"]]
        cust = r.choice(pool)
        if e.get("who"):  # the probe set names its customer
            cust = next(c for c in CUSTOMERS[lang] if c["name"] == e["who"])
        tz = cust["tz"]
    sent = choose_sent(r, e, tz, auto)
    sent_chi = sent.astimezone(CHI)

    # the reminder this reply answers
    if auto:
        rtime = sent_chi - dt.timedelta(minutes=r.randint(1, 9), seconds=r.randint(0, 59))
    else:
        back = r.choice([0, 1, 1, 2, 2, 3, 4, 6])
        rday = max(FIRST_DAY, sent_chi.date() - dt.timedelta(days=back))
        while rday.weekday() >= 5:
            rday -= dt.timedelta(days=1)
        rday = max(FIRST_DAY, rday)
        rtime = dt.datetime(rday.year, rday.month, rday.day, r.randint(7, 10), r.randint(0, 59), r.randint(0, 59),
                            tzinfo=CHI)
        if rtime > sent_chi - dt.timedelta(minutes=10):
            if rday > FIRST_DAY:
                rtime -= dt.timedelta(days=3 if rday.weekday() == 0 else 1)
            else:
                rtime = sent_chi - dt.timedelta(minutes=r.randint(20, 90))
    assert rtime < sent_chi and rtime.date() >= FIRST_DAY, (e["text"], rtime, sent_chi)
    rtime_local = rtime.astimezone(sent.tzinfo).replace(tzinfo=None)
    rtime = rtime.replace(tzinfo=None)
    inv = f"INV-{r.randint(1001, 1099)}"
    inv2 = inv
    while inv2 == inv:
        inv2 = f"INV-{r.randint(1001, 1099)}"
    amt = e.get("amt") or r.choice(AMOUNTS)
    amt2 = r.choice(AMOUNTS)
    kind = r.choices(["gentle", "firm", "firm-multi", "direct"], [30, 30, 10, 30])[0]
    greet = cust["greet"] if cust else ""
    subject_r, rem_text = make_reminder(r, kind, greet, inv, amt, rtime.date(), inv2, amt2)
    seq_by_day[rtime.date()] += 1
    msgid = f"<collect.{rtime.date():%Y-%m-%d}-{seq_by_day[rtime.date()]:04d}.{rand_hex(r, 12)}@harborpine.example>"
    rem = dict(inv=inv, inv2=inv2, amt=amt, subject=subject_r, text=rem_text, time=rtime_local, msgid=msgid)

    notes = [e["note"]] if e.get("note") else []
    if e["channel"] == "sms":
        raw = build_sms(r, e, sent.replace(tzinfo=None))
        words = e["text"]
    else:
        raw, words, extra = build_email(r, e, cust, structure[i], sent, rem, i)
        notes += extra

    promise = None
    if e.get("p"):
        promise = md(e["p"])
        if e.get("chk"):
            want = check_promise(e["chk"], sent_chi.date())
            if want != promise:
                raise SystemExit(f"promise {promise} != {e['chk']} -> {want} for {e['text'][:50]!r}")
    return dict(
        channel=e["channel"], lang=lang, structure=structure[i], kinds=e["kinds"],
        promise=promise.isoformat() if promise else None, sent=sent.isoformat(), raw=raw,
        note="; ".join(notes) if notes else None, _words=words)


def main():
    master = random.Random(7)
    entries = bodies.ENTRIES + bodies_more.ENTRIES + bodies_extra_en.ENTRIES + bodies_extra_intl.ENTRIES

    structure = assign_structures(entries, master)

    # split: stratified by the first (most urgent) kind
    split = {}
    groups = defaultdict(list)
    for i, e in enumerate(entries):
        groups[e["kinds"][0]].append(i)
    for kind in KINDS:
        idx = groups[kind]
        master.shuffle(idx)
        n_test = round(len(idx) * 0.3)
        for n, i in enumerate(idx):
            split[i] = "test" if n < n_test else "train"

    records = []
    seq_by_day = Counter()
    for i, e in enumerate(entries):
        record = make_record(master, e, i, structure, seq_by_day)
        records.append(dict(split=split[i], **record))

    master.shuffle(records)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, rec in enumerate(records, 1):
            out = {"id": f"r{n:04d}", **{k: v for k, v in rec.items() if not k.startswith("_")}}
            rec["id"] = out["id"]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    validate(records)


# ----------------------------------------------------------------------------- validation
def plain_of(msg):
    texts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<br>|</p>|</div>", "\n", t))
                t = re.sub(r"<[^>]+>", "", t)
            texts.append(t)
    return texts


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def record_problems(x, rec, splits):
    """What is wrong with one written record (its JSON object x and the record it came from)."""
    keys = {"id", "split", "channel", "lang", "structure", "kinds", "promise", "sent", "raw", "note"}
    problems = []
    where = x["id"]
    if set(x) != keys:
        problems.append(f"{where}: keys {sorted(x)}")
    ks = x["kinds"]
    if not ks or any(k not in KINDS for k in ks) or len(ks) > 2 or len(set(ks)) != len(ks):
        problems.append(f"{where}: kinds {ks}")
    if len(ks) > 1 and (any(k in ("auto-reply", "other") for k in ks)
                        or URGENCY.index(ks[0]) > URGENCY.index(ks[1])):
        problems.append(f"{where}: kinds order {ks}")
    if x["promise"] is not None:
        if "promise-to-pay" not in ks or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x["promise"]):
            problems.append(f"{where}: promise {x['promise']} with {ks}")
    sent = dt.datetime.fromisoformat(x["sent"])
    if not (FIRST_DAY <= sent.astimezone(CHI).date() <= LAST_DAY):
        problems.append(f"{where}: sent {x['sent']}")
    if x["promise"] and dt.date.fromisoformat(x["promise"]) < sent.astimezone(CHI).date():
        problems.append(f"{where}: promise before sent")
    if x["lang"] not in LANGS or x["split"] not in splits or x["structure"] not in STRUCTURES:
        problems.append(f"{where}: bad lang/split/structure")
    if (x["channel"] == "sms") != (x["structure"] == "sms"):
        problems.append(f"{where}: channel/structure")
    raw = x["raw"]
    if any(len(l.encode("utf-8")) > 998 for l in raw.split("\n")):
        problems.append(f"{where}: line over 998 octets")
    if "\r" in raw:
        problems.append(f"{where}: CR in raw")
    if x["channel"] == "sms":
        if not re.match(r"From: 1\d{10}\nFrom_SMSC: \d+\nSent: \d\d-\d\d-\d\d \d\d:\d\d:\d\d\nReceived: ", raw):
            problems.append(f"{where}: sms header")
        if sent.strftime("%y-%m-%d %H:%M:%S") not in raw.split("\n")[2]:
            problems.append(f"{where}: sms Sent mismatch")
        return problems
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    for hname in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "MIME-Version", "Content-Type"):
        if msg[hname] is None:
            problems.append(f"{where}: no {hname}")
    if ACCOUNTS not in str(msg["To"]):
        problems.append(f"{where}: To")
    if parsedate_to_datetime(str(msg["Date"])) != sent:
        problems.append(f"{where}: Date {msg['Date']} != {x['sent']}")
    if not re.fullmatch(r"<collect\.\d{4}-\d\d-\d\d-\d{4}\.[0-9a-f]{12}@harborpine\.example>", str(msg["In-Reply-To"])):
        problems.append(f"{where}: In-Reply-To {msg['In-Reply-To']}")
    if x["structure"] == "html" and msg.get_content_type() != "text/html":
        problems.append(f"{where}: html structure is {msg.get_content_type()}")
    if x["structure"] == "multipart" and msg.get_content_type() != "multipart/alternative":
        problems.append(f"{where}: multipart structure is {msg.get_content_type()}")
    try:
        texts = plain_of(msg)
    except Exception as exc:  # noqa: BLE001
        problems.append(f"{where}: cannot decode ({exc})")
        return problems
    probe = norm(rec["_words"])[:60]
    if probe and not all(probe in norm(t) for t in texts):
        problems.append(f"{where}: words not found after decoding")
    return problems


def validate(records):
    problems = []
    size = os.path.getsize(OUT)
    with open(OUT, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f]
    ids = [x["id"] for x in lines]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    if len(lines) < 420:
        problems.append(f"only {len(lines)} entries")
    if size >= 3_000_000:
        problems.append(f"file is {size} bytes")
    words_seen = Counter()
    for x, rec in zip(lines, records):
        problems += record_problems(x, rec, ("train", "test"))
        words_seen[rec["_words"]] += 1
    dup = [w for w, n in words_seen.items() if n > 1 and w]
    if dup:
        problems.append(f"duplicate bodies: {dup[:5]}")

    # counts
    by_kind = defaultdict(Counter)
    for x in lines:
        for k in x["kinds"]:
            by_kind[k][x["split"]] += 1
    print(f"{len(lines)} replies, {size / 1e6:.2f} MB -> {os.path.relpath(OUT, ROOT)}")
    print(f"{'kind':<16}{'train':>6}{'test':>6}{'total':>7}")
    for k in KINDS:
        c = by_kind[k]
        print(f"{k:<16}{c['train']:>6}{c['test']:>6}{c['train'] + c['test']:>7}")
        if c["train"] + c["test"] < 40 or c["test"] < 10:
            problems.append(f"kind {k}: {dict(c)}")
    splits = Counter(x["split"] for x in lines)
    mixed = sum(len(x["kinds"]) > 1 for x in lines)
    promises = sum(x["promise"] is not None for x in lines)
    print(f"split: train {splits['train']}, test {splits['test']}; mixed {mixed}; dated promises {promises}")
    langs = Counter(x["lang"] for x in lines)
    print("lang: " + ", ".join(f"{l} {langs[l]}" for l in LANGS))
    for l in LANGS:
        if langs[l] < 12:
            problems.append(f"lang {l}: {langs[l]}")
    chans = Counter(x["channel"] for x in lines)
    print("channel: " + ", ".join(f"{c} {n}" for c, n in sorted(chans.items())))
    structs = Counter(x["structure"] for x in lines)
    print("structure: " + ", ".join(f"{s} {structs[s]}" for s in STRUCTURES))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
