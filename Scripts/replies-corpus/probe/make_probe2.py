#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe2.jsonl: a second set of fresh replies written in December 2026, apart
from the corpus, the first probe set and the held-out set, to find reading rules that generalise
(read with `Benchmarks/replies.sh --probe FILE`). It stresses the kinds more than the dates.
Wraps probe2_bodies.py into raw messages with the corpus builder (../build.py), like
make_probe.py does for the first set. Deterministic: random.Random(2027)."""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, CORPUS)
import build as B  # noqa: E402
import probe2_bodies as P  # noqa: E402

OUT = os.path.join(B.ROOT, "Tests", "CollectCoreTests", "Fixtures", "replies", "probe2.jsonl")
B.OUT = OUT
B.FWD = P.FWD
B.LAST_DAY = dt.date(2026, 12, 31)
_c, _home = B._c, B._home


def home(first, last, address, phone, tz):
    c = _home(first, last, address, phone, tz)
    c["greet"] = first
    return c


# New customers (none from the corpus or the first probe set).
B.CUSTOMERS = {
    "en": [
        _c("Naomi", "Barrett", "Barrett Veterinary Hospital", "barrettvet.example", "Practice Manager",
           "(630) 555-0188", -6),
        _c("Curtis", "Doyle", "Doyle Commercial Cleaning", "doyleclean.example", "Owner", "(773) 555-0121", -6),
        _c("Yolanda", "Pierce", "Lakefront Montessori", "lakefrontmontessori.example", "Business Manager",
           "(312) 555-0148", -6),
        _c("Grant", "Novak", "Novak Brewing Co.", "novakbrewing.example", "Controller", "(414) 555-0163", -6),
        _c("Accounts", "Payable", "Westbrook Medical Partners", "westbrookmed.example", None, "(847) 555-0104", -6,
           display="Accounts Payable", local="ap"),
        _c("Tamsin", "Reilly", "Reilly Kessler LLP", "reillykessler.example", "Office Administrator",
           "(317) 555-0179", -5),
        _c("Hector", "Villanueva", "Villanueva Tire & Auto", "villanuevatire.example", "General Manager",
           "(708) 555-0136", -6),
        _c("Dale", "Ambrose", "Ambrose Storage Centers", "ambrosestorage.example", "Facilities Director",
           "(815) 555-0152", -6),
        _c("Keiko", "Tanabe", "Prairie Light Dance Academy", "prairielightdance.example", "Director",
           "(720) 555-0117", -7),
        home("Maureen", "Callahan", "mcallahan@mailbox.example", "(773) 555-0194", -6),
        home("Terrence", "Pugh", "tpugh.home@inbox.example", "(312) 555-0127", -6),
        home("Sylvia", "Moreno", "sylvia.moreno@mailbox.example", "(708) 555-0161", -6),
        home("Brad", "Kessler", "bradk1970@inbox.example", "(630) 555-0112", -6),
        home("Renee", "Fairbanks", "reneefairbanks@mailbox.example", "(847) 555-0185", -6),
        home("Owen", "Lindahl", "owen.lindahl@inbox.example", "(414) 555-0146", -6),
        home("Priscilla", "Tate", "ptate@mailbox.example", "(480) 555-0131", -7),
    ],
    "fr": [
        _c("Camille", "Bertrand", "Bertrand Menuiserie", "bertrand-menuiserie.example", "Gérante",
           "+33 4 72 55 01 36", 1),
        _c("Luc", "Gagnon", "Gagnon Ébénisterie", "gagnon-ebenisterie.example", "Propriétaire", "+1 514 555 0148", -5),
        _c("Isabelle", "Fournier", "Cabinet Fournier Kiné", "fournier-kine.example", "Secrétaire",
           "+33 2 99 55 01 62", 1),
        _c("Thierry", "Lambert", "Lambert Conseil", "lambert-conseil.example", "Directeur administratif",
           "+32 2 555 01 79", 1),
        home("Élise", "Carpentier", "elise.carpentier@courriel.example", "+33 6 55 01 09 88", 1),
    ],
    "de": [
        _c("Jens", "Brenner", "Brenner Haustechnik GmbH", "brenner-haustechnik.example", "Buchhaltung",
           "+49 341 5550 1128", 1),
        _c("Miriam", "Koch", "Koch & Wendt Architekten", "koch-wendt.example", "Büroleitung", "+49 40 5550 1172", 1),
        _c("Andreas", "Huber", "Gasthof Huber", "gasthof-huber.example", "Inhaber", "+43 662 5550 1144", 1),
        _c("Petra", "Scholz", "Scholz Logistik AG", "scholz-logistik.example", "Kreditorenbuchhaltung",
           "+41 31 555 01 63", 1),
        home("Bernd", "Ziegler", "bernd.ziegler@post.example", "+49 160 5550 1187", 1),
    ],
    "es": [
        _c("Verónica", "Salas", "Salas Dental", "salasdental.example", "Administradora", "(773) 555-0158", -6),
        _c("Ernesto", "Quiroga", "Quiroga Importaciones", "quirogaimport.example", "Contador", "+52 81 5550 1127", -6),
        _c("Inés", "Castillo", "Estudio Castillo Arquitectura", "castilloarq.example", "Socia", "+34 96 555 01 84", 1),
        _c("Rubén", "Ibarra", "Panadería San Rafael", "panaderiasanrafael.example", "Encargado", "(872) 555-0139", -6),
        home("Lorena", "Aguilar", "lorena.aguilar@correo.example", "(708) 555-0176", -6),
    ],
    "pt": [
        _c("Fernanda", "Rocha", "Rocha Engenharia", "rochaeng.example", "Financeiro", "+55 31 5550 0162", -3),
        _c("Miguel", "Antunes", "Antunes & Reis Contabilidade", "antunesreis.example", "Sócio", "+351 22 555 0147", 0),
        _c("Sandra", "Pacheco", "Pastelaria Pacheco", "pastelariapacheco.example", "Gerente", "(508) 555-0183", -5),
        _c("Lucas", "Barros", "Clínica Barros", "clinicabarros.example", "Administração", "+55 41 5550 0128", -3),
        home("Helena", "Matos", "helena.matos@correio.example", "+351 93 555 0114", 0),
    ],
    "nl": [
        _c("Bram", "Hendriks", "Hendriks Loodgieters", "hendriksloodgieters.example", "Administratie",
           "+31 73 555 0186", 1),
        _c("Eva", "Kuiper", "Kuiper Interieur", "kuiperinterieur.example", "Eigenaar", "+31 58 555 0122", 1),
        _c("Jeroen", "Maes", "Maes Transport BV", "maestransport.example", "Boekhouding", "+32 9 555 0157", 1),
        _c("Sophie", "van Leeuwen", "Praktijk Van Leeuwen", "praktijkvanleeuwen.example", "Praktijkmanager",
           "+31 30 555 0193", 1),
        home("Ingrid", "de Boer", "ingrid.deboer@mail.example", "+31 6 5550 1164", 1),
    ],
}
# the Westbrook AP mailbox has no person's first name
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

WEEKDAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def check(rule, sent):
    """The promise date a chk rule means, from the reply's Chicago date."""
    if rule.startswith("+"):
        return sent + dt.timedelta(days=int(rule[1:]))
    if rule == "eom":
        nxt = sent.replace(day=28) + dt.timedelta(days=4)
        return nxt - dt.timedelta(days=nxt.day)
    kind, _, arg = rule.partition(":")
    if kind == "d":
        day = int(arg)
        if sent.day <= day:
            return sent.replace(day=day)
        return (sent.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
    if kind == "at":
        parts = arg.split(":")
        ymd = parts[0].split("-")
        if len(ymd) == 3:
            d = dt.date(int(ymd[0]), int(ymd[1]), int(ymd[2]))
        else:
            d = B.md(parts[0])
        if len(parts) > 1:
            assert d.weekday() == WEEKDAY[parts[1]], (rule, d)
        assert d >= sent, (rule, sent)
        return d
    wd = WEEKDAY[arg]
    if kind == "wd":
        return sent + dt.timedelta(days=(wd - sent.weekday()) % 7 or 7)
    monday = sent - dt.timedelta(days=sent.weekday())
    if kind == "tw":
        d = monday + dt.timedelta(days=wd)
        assert d >= sent, rule
        return d
    if kind == "nw":
        return monday + dt.timedelta(days=7 + wd)
    raise ValueError(rule)


def validate(entries):
    kinds = set(B.KINDS)
    for e in entries:
        ks = e["kinds"]
        assert all(k in kinds for k in ks), ks
        assert len(set(ks)) == len(ks), ks
        if "auto-reply" in ks or "other" in ks:
            assert len(ks) == 1, ks
        else:
            assert [B.URGENCY.index(k) for k in ks] == sorted(B.URGENCY.index(k) for k in ks), ks
        if e.get("p"):
            assert "promise-to-pay" in ks, e["text"][:50]
            assert e.get("chk"), e["text"][:50]
        elif "promise-to-pay" in ks:
            assert not e.get("chk"), e["text"][:50]
        assert e["lang"] in B.LANGS
        assert e.get("sent") and " " in e["sent"], e["text"][:50]


def main():
    entries = P.ENTRIES
    validate(entries)
    master = random.Random(2027)
    structure = B.assign_structures(entries, master)
    records = []
    seq_by_day = Counter()
    for i, e in enumerate(entries):
        e2 = {k: v for k, v in e.items() if k != "chk"}
        # reminders of December replies are December reminders; November replies answer November ones
        B.FIRST_DAY = dt.date(2026, 12, 1) if e["sent"].startswith("12-") else dt.date(2026, 11, 16)
        rec = B.make_record(master, e2, i, structure, seq_by_day)
        if e.get("chk"):
            sent_chi = dt.datetime.fromisoformat(rec["sent"]).astimezone(B.CHI).date()
            want = check(e["chk"], sent_chi)
            if want.isoformat() != rec["promise"]:
                raise SystemExit(f"promise {rec['promise']} != {e['chk']} -> {want} for {e['text'][:50]!r}")
        rec["_bucket"] = e["b"]
        records.append(dict(split="probe", **rec))
    master.shuffle(records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, rec in enumerate(records, 1):
            out = {"id": f"q{n:04d}", **{k: v for k, v in rec.items() if not k.startswith("_")}}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} -> {OUT}")
    print("buckets:", dict(Counter(r["_bucket"] for r in records)))
    print("first kind:", dict(Counter(r["kinds"][0] for r in records)))
    print("lang:", dict(Counter(r["lang"] for r in records)))
    print("channel:", dict(Counter(r["channel"] for r in records)))
    print("mixed:", sum(len(r["kinds"]) > 1 for r in records), " dated promises:", sum(bool(r["promise"]) for r in records))


if __name__ == "__main__":
    main()
