#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe.jsonl: 220 replies written on 2026-12-03,
apart from the corpus and the held-out set, to find what the reader still misses (read with
`Benchmarks/replies.sh --probe FILE`). Wraps probe_bodies.py into raw messages with the corpus
builder (../build.py). Deterministic: random.Random(2026)."""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import build as B  # noqa: E402
import probe_bodies as P  # noqa: E402

OUT = os.path.join(B.ROOT, "Tests", "CollectCoreTests", "Fixtures", "replies", "probe.jsonl")
B.OUT = OUT
B.FWD = P.FWD
B.LAST_DAY = dt.date(2026, 12, 31)
_c, _home = B._c, B._home


def home(first, last, address, phone, tz):
    c = _home(first, last, address, phone, tz)
    c["greet"] = first
    return c


B.CUSTOMERS = {
    "en": [
        _c("Lauren", "Pike", "Pike & Rowe Design Studio", "pikerowe.example", "Studio Manager", "(312) 555-0131", -6),
        _c("Darnell", "Brooks", "Brooks Family Chiropractic", "brookschiro.example", "Office Manager", "(773) 555-0147", -6),
        _c("Heather", "Lindgren", "Lindgren Real Estate", "lindgrenre.example", "Broker", "(847) 555-0183", -6),
        _c("Victor", "Saldana", "Saldana Auto Glass", "saldanaglass.example", "Owner", "(708) 555-0122", -6),
        _c("Accounts", "Payable", "Riverbend Senior Living", "riverbendliving.example", None, "(630) 555-0109", -6,
           display="Accounts Payable", local="ap"),
        _c("Marcus", "Oyelaran", "Northgate Fitness", "northgatefit.example", "General Manager", "(414) 555-0163", -6),
        _c("Shannon", "Tully", "Tully & Park CPAs", "tullypark.example", "Office Administrator", "(317) 555-0155", -5),
        _c("Wes", "Hartman", "Hartman Orchards", "hartmanorchards.example", "Owner", "(815) 555-0117", -6),
        _c("Ingrid", "Sorensen", "Bluewater Marketing Co.", "bluewatermktg.example", "Finance Coordinator",
           "(303) 555-0128", -7),
        home("Patty", "Kowal", "pattykowal@mailbox.example", "(773) 555-0191", -6),
        home("Derek", "Fontaine", "dfontaine@inbox.example", "(312) 555-0174", -6),
        home("Joan", "Abernathy", "joan.abernathy@mailbox.example", "(630) 555-0136", -6),
        home("Luis", "Ortega", "luis.ortega77@inbox.example", "(708) 555-0152", -6),
        home("Carol", "Nguyen", "carolnguyen@mailbox.example", "(847) 555-0168", -6),
        home("Bill", "Stanek", "bstanek@inbox.example", "(414) 555-0115", -6),
        home("Megan", "Rourke", "megrourke@mailbox.example", "(602) 555-0143", -7),
    ],
    "fr": [
        _c("Hélène", "Garnier", "Garnier Paysage", "garnier-paysage.example", "Gérante", "+33 3 80 55 01 21", 1),
        _c("Olivier", "Perrin", "Studio Perrin Communication", "perrin-com.example", "Directeur", "+33 1 42 55 01 88", 1),
        _c("Nathalie", "Lemaire", "Clinique Vétérinaire du Parc", "vet-du-parc.example", "Secrétaire",
           "+32 2 555 01 44", 1),
        _c("Denis", "Tremblay", "Tremblay Rénovations", "tremblay-renos.example", "Président", "+1 418 555 0137", -5),
        home("Agnès", "Moreau", "agnes.moreau@courriel.example", "+33 6 55 01 02 03", 1),
    ],
    "de": [
        _c("Matthias", "Vogel", "Vogel Haustechnik GmbH", "vogel-haustechnik.example", "Buchhaltung",
           "+49 351 5550 1170", 1),
        _c("Claudia", "Hoffmann", "Hoffmann & Partner Werbeagentur", "hoffmann-partner.example", "Office Management",
           "+49 69 5550 1183", 1),
        _c("Stefan", "Lehmann", "Physiotherapie Lehmann", "physio-lehmann.example", "Inhaber", "+43 1 5550 1191", 1),
        _c("Felix", "Graf", "Graf Gastronomie AG", "graf-gastro.example", "Kreditoren", "+41 44 555 01 19", 1),
        home("Ute", "Brandt", "ute.brandt@post.example", "+49 171 5550 1106", 1),
    ],
    "es": [
        _c("Rosa", "Delgado", "Delgado Remodeling", "delgadoremodeling.example", "Dueña", "(773) 555-0185", -6),
        _c("Andrés", "Herrera", "Consultorio Dr. Herrera", "consultorioherrera.example", "Administrador",
           "+52 33 5550 1142", -6),
        _c("Paula", "Navarro", "Navarro Publicidad", "navarropublicidad.example", "Contable", "+34 93 555 01 57", 1),
        _c("Gabriela", "Torres", "Torres Catering", "torrescatering.example", "Gerente", "(872) 555-0126", -6),
        home("Miguel", "Ramírez", "miguel.ramirez@correo.example", "(708) 555-0197", -6),
    ],
    "pt": [
        _c("Beatriz", "Almeida", "Almeida Decorações", "almeidadecor.example", "Sócia", "+55 21 5550 0144", -3),
        _c("Tiago", "Fonseca", "Fonseca & Lopes Advogados", "fonsecalopes.example", "Administrativo",
           "+351 21 555 0133", 0),
        _c("Carla", "Ribeiro", "Padaria Ribeiro", "padariaribeiro.example", "Gerente", "(508) 555-0162", -5),
        _c("Renata", "Castro", "Clínica Castro Fisioterapia", "castrofisio.example", "Recepção", "+55 11 5550 0199", -3),
        home("Paulo", "Mendes", "paulo.mendes@correio.example", "+351 91 555 0178", 0),
    ],
    "nl": [
        _c("Maarten", "Visser", "Visser Installatietechniek", "visser-installatie.example", "Administratie",
           "+31 50 555 0127", 1),
        _c("Lotte", "Smit", "Studio Smit Ontwerp", "studiosmit.example", "Eigenaar", "+31 20 555 0139", 1),
        _c("Wouter", "Peeters", "Peeters Bouw BV", "peetersbouw.example", "Boekhouding", "+32 3 555 0148", 1),
        _c("Ruben", "Mulder", "Dierenkliniek Mulder", "dierenkliniekmulder.example", "Praktijkmanager",
           "+31 40 555 0171", 1),
        home("Ingrid", "de Boer", "ingrid.deboer@mail.example", "+31 6 5550 1164", 1),
    ],
}
# the Riverbend AP mailbox has no person's first name
B.CUSTOMERS["en"][4]["first"] = "Accounts Payable"


def reminder(r, kind, greet, inv, amt, rdate, inv2, amt2):
    """The reminder the customer answers: always 'Invoice INV-1xxx is N days overdue'."""
    n = r.randint(3, 45)
    due = rdate - dt.timedelta(days=n)
    prev = rdate - dt.timedelta(days=r.randint(7, 14))
    subject = f"Invoice {inv} is {n} days overdue"
    lines = f"{B.inv_line(inv, amt, due, n)}\n{B.pay_line(inv, amt)}"
    v = r.randrange(3)
    if v == 0:
        text = (f"Hi {greet},\n\nInvoice {inv} for {B.money(amt)} is now {n} days overdue.\n\n{lines}\n\n"
                "If you've already sent it, thank you, and please ignore this note. If not, could you let us know "
                "when we can expect payment? If anything about the invoice looks wrong, just reply to this e-mail "
                f"and we'll sort it out.\n\nThanks so much,\n{B.SIGNATURE}")
    elif v == 1:
        text = (f"Hi {greet},\n\nInvoice {inv} for {B.money(amt)} is now {n} days overdue; we last wrote to you "
                f"about it on {B.long_date(prev)}.\n\n{lines}\n\n"
                "If you've already sent payment, thank you - it can take a few days to reach us. Otherwise, please "
                "arrange payment this week or reply and tell us what's holding it up. If cash is tight, we're glad "
                f"to agree a payment plan.\n\nRegards,\n{B.SIGNATURE}")
    else:
        text = (f"Hi {greet},\n\nI hope all is well. Our records show invoice {inv} for {B.money(amt)}, due "
                f"{B.long_date(due)}, is still open - it's now {n} days overdue.\n\n{lines}\n\n"
                "If you've already sent it, thank you, and sorry for the nudge. If anything about the invoice looks "
                f"wrong, just reply and we'll work it out together.\n\nThank you,\n{B.SIGNATURE}")
    return subject, text


B.make_reminder = reminder


def main():
    master = random.Random(2026)
    entries = P.ENTRIES
    structure = B.assign_structures(entries, master)
    records = []
    seq_by_day = Counter()
    for i, e in enumerate(entries):
        e2 = {k: v for k, v in e.items() if k != "chk"}
        # reminders of December replies are December reminders; November replies answer November ones
        B.FIRST_DAY = dt.date(2026, 12, 1) if e["sent"].startswith("12-") else dt.date(2026, 11, 16)
        rec = B.make_record(master, e2, i, structure, seq_by_day)
        rec["_bucket"] = e["b"]
        rec["_chk"] = e.get("chk")
        rec["_text"] = e["text"]
        records.append(dict(split="probe", **rec))
    master.shuffle(records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, rec in enumerate(records, 1):
            out = {"id": f"p{n:04d}", **{k: v for k, v in rec.items() if not k.startswith("_")}}
            rec["id"] = out["id"]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} -> {OUT}")


if __name__ == "__main__":
    main()
