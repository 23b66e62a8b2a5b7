#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/holdout.jsonl, the held-out replies set.

The bodies come from holdout_bodies.py (new, hand-written, never in bodies.py) and are wrapped
exactly like the main corpus: this script imports build.py's reminder, quoting, MIME and SMS
functions and leaves build.py and corpus.jsonl untouched. The held-out set has its own
customers and its own seed, random.Random(11); every entry is "split": "holdout" and ids run
h0001, h0002, ... It then validates the set, checks that no body equals or nearly copies
(difflib ratio > 0.8) a body in bodies.py, and prints the counts.

Python 3 standard library only.  Usage: python3 Scripts/replies-corpus/build_holdout.py
"""

import datetime as dt
import difflib
import email
import email.policy
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bodies  # noqa: E402
import build  # noqa: E402
import holdout_bodies  # noqa: E402
from build import (ACCOUNTS, AMOUNTS, CHI, FIRST_DAY, KINDS, LANGS, LAST_DAY, STRUCTURES,  # noqa: E402
                   URGENCY, _c, _home, build_email, build_sms, check_promise, choose_sent, make_reminder, md,
                   needs_biz, norm, plain_of, rand_hex)

ROOT = build.ROOT
OUT = os.path.join(ROOT, "Tests", "CollectCoreTests", "Fixtures", "replies", "holdout.jsonl")

# build_email and needs_biz look forwarded e-mails up in build.bodies.FWD: point them at ours.
build.bodies = holdout_bodies

# New customers, none of them in build.CUSTOMERS.
CUSTOMERS = {
    "en": [
        _c("Omar", "Haddad", "Haddad Family Dentistry", "haddaddental.example", "Practice Manager",
           "(847) 555-0182", -6),
        _c("Colleen", "Berger", "Riverbend Montessori", "riverbendmontessori.example", "Business Manager",
           "(630) 555-0115", -6),
        _c("Darnell", "Price", "Price Street Barbers", "pricestreetbarbers.example", "Owner", "(773) 555-0193", -6),
        _c("Accounts Payable", "", "Granite Point Offices", "granitepoint.example", None, "(312) 555-0137", -6,
           display="Accounts Payable", local="ap"),
        _c("Heather", "Lund", "Lund Veterinary Clinic", "lundvet.example", "Office Manager", "(815) 555-0146", -6),
        _c("Victor", "Salazar", "Salazar Brothers Auto", "salazarauto.example", "Co-owner", "(708) 555-0128", -6),
        _c("Megan", "Tully", "Tully & Crane CPAs", "tullycrane.example", "Firm Administrator", "(414) 555-0153", -6,
           local="mtully"),
        _c("Brian", "Osei", "Osei Property Holdings", "oseiproperty.example", "Managing Member",
           "(317) 555-0189", -5),
        _c("Janet", "Kim", "Kim's Garden Center", "kimsgarden.example", "Bookkeeper", "(224) 555-0107", -6),
        _c("Luke", "Fairbanks", "Fairbanks Brewing Co.", "fairbanksbrewing.example", "Operations Manager",
           "(614) 555-0162", -5),
        _c("Irene", "Castellano", "Castellano Law Group", "castellanolaw.example", "Office Administrator",
           "(602) 555-0131", -7),
        _c("Wes", "Doherty", "Doherty Machine Works", "dohertymachine.example", "Controller", "(331) 555-0170", -6),
        _home("Paula", "Reyes", "paula.reyes@mailbox.example", "(773) 555-0124", -6),
        _home("Frank", "Novak", "fnovak55@inbox.example", "(708) 555-0167", -6),
        _home("Kate", "Brody", "katebrody@mailbox.example", "(630) 555-0109", -6),
        _home("Marcus", "Bell", "m.bell@inbox.example", "(312) 555-0186", -6),
    ],
    "fr": [
        _c("Nathalie", "Perrin", "Pharmacie Perrin", "pharmacie-perrin.example", "Titulaire", "+33 3 80 55 01 61", 1),
        _c("Hugo", "Blanchard", "Blanchard Menuiserie", "blanchard-menuiserie.example", "Gérant",
           "+33 2 99 55 01 72", 1),
        _c("Isabelle", "Tremblay", "Tremblay Services Conseils", "tremblay-conseils.example", "Adjointe administrative",
           "+1 418 555 0145", -5),
        _c("Luc", "Moreau", "Cabinet Moreau", "cabinet-moreau.example", "Expert-comptable", "+33 4 91 55 01 83", 1),
    ],
    "de": [
        _c("Stefan", "Hoffmann", "Hoffmann Elektrotechnik GmbH", "hoffmann-elektro.example", "Geschäftsführer",
           "+49 69 5550 1171", 1),
        _c("Monika", "Lange", "Hotel Lange am See", "hotel-lange.example", "Buchhaltung", "+49 8031 5550 118", 1),
        _c("Ulrich", "Brandt", "Brandt Architekten", "brandt-architekten.example", "Partner", "+49 511 5550 1192", 1),
        _c("Birgit", "Wolf", "Praxis Wolf", "praxis-wolf.example", "Praxisinhaberin", "+43 1 5550 1103", 1),
    ],
    "es": [
        _c("Rosa", "Herrera", "Lavandería Herrera", "lavanderiaherrera.example", "Dueña", "(773) 555-0148", -6),
        _c("Diego", "Navarro", "Navarro Construcciones", "navarroconstrucciones.example", "Gerente",
           "+34 96 555 01 57", 1),
        _c("Gabriela", "Ortiz", "Estética Gabriela", "esteticagabriela.example", "Propietaria", "(708) 555-0191", -6),
        _c("Fernando", "Castro", "Castro y Hermanos", "castroyhermanos.example", "Administrador",
           "+52 33 5550 1126", -6),
    ],
    "nl": [
        _c("Bram", "Visser", "Visser Installatietechniek", "visserinstallatie.example", "Eigenaar",
           "+31 40 555 0185", 1),
        _c("Lotte", "Smit", "Smit & Meijer Advocaten", "smitmeijer.example", "Office manager", "+31 20 555 0196", 1),
        _c("Ruud", "Mulder", "Mulder Bakkerij", "mulderbakkerij.example", "Bedrijfsleider", "+32 3 555 01 07", 1),
        _c("Eva", "de Graaf", "De Graaf Fysiotherapie", "degraaffysio.example", "Praktijkhouder",
           "+31 50 555 0118", 1),
    ],
    "pt": [
        _c("Beatriz", "Almeida", "Almeida Contabilidade", "almeidacontab.example", "Sócia-gerente",
           "+351 21 555 0129", 0),
        _c("Tiago", "Ferreira", "Ferreira Têxteis", "ferreiratexteis.example", "Diretor Financeiro",
           "+351 22 555 0130", 0),
        _c("Camila", "Rocha", "Padaria Rocha", "padariarocha.example", "Proprietária", "(617) 555-0141", -5),
        _c("Paulo", "Gomes", "Gomes Engenharia", "gomesengenharia.example", "Administrativo",
           "+55 21 5550 0152", -3),
    ],
}


def main():
    master = random.Random(11)
    entries = holdout_bodies.ENTRIES

    structure = build.assign_structures(entries, master)

    # Wrapped exactly as build.py wraps the corpus, with this set's customers.
    build.CUSTOMERS = CUSTOMERS
    records = []
    seq_by_day = Counter()
    for i, e in enumerate(entries):
        record = build.make_record(master, e, i, structure, seq_by_day)
        records.append(dict(split="holdout", **record, _text=e["text"]))

    master.shuffle(records)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, rec in enumerate(records, 1):
            out = {"id": f"h{n:04d}", **{k: v for k, v in rec.items() if not k.startswith("_")}}
            rec["id"] = out["id"]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    problems = validate(records)
    problems += novelty()
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        raise SystemExit(1)
    print("all checks passed")


# ----------------------------------------------------------------------------- validation
def validate(records):
    problems = []
    size = os.path.getsize(OUT)
    with open(OUT, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f]
    ids = [x["id"] for x in lines]
    if len(ids) != len(set(ids)) or not all(re.fullmatch(r"h\d{4}", i) for i in ids):
        problems.append("duplicate or malformed ids")
    if len(lines) < 170:
        problems.append(f"only {len(lines)} entries")
    words_seen = Counter()
    for x, rec in zip(lines, records):
        problems += build.record_problems(x, rec, ("holdout",))
        words_seen[rec["_words"]] += 1
    dup = [w for w, n in words_seen.items() if n > 1 and w]
    if dup:
        problems.append(f"duplicate bodies: {dup[:5]}")

    # counts
    kinds = Counter(k for x in lines for k in x["kinds"])
    first = Counter(x["kinds"][0] for x in lines)
    print(f"{len(lines)} held-out replies, {size / 1e6:.2f} MB -> {os.path.relpath(OUT, ROOT)}")
    print(f"{'kind':<16}{'first':>6}{'any':>6}")
    for k in KINDS:
        print(f"{k:<16}{first[k]:>6}{kinds[k]:>6}")
        if kinds[k] < 18:
            problems.append(f"kind {k}: {kinds[k]}")
    mixed = sum(len(x["kinds"]) > 1 for x in lines)
    promises = sum(x["promise"] is not None for x in lines)
    print(f"mixed {mixed} ({mixed / len(lines):.0%}); dated promises {promises}")
    langs = Counter(x["lang"] for x in lines)
    print("lang: " + ", ".join(f"{l} {langs[l]}" for l in LANGS)
          + f" (non-en {1 - langs['en'] / len(lines):.0%})")
    for l in LANGS:
        if langs[l] < 8:
            problems.append(f"lang {l}: {langs[l]}")
    chans = Counter(x["channel"] for x in lines)
    print("channel: " + ", ".join(f"{c} {n}" for c, n in sorted(chans.items()))
          + f" (sms {chans['sms'] / len(lines):.0%})")
    structs = Counter(x["structure"] for x in lines)
    print("structure: " + ", ".join(f"{s} {structs[s]}" for s in STRUCTURES))
    return problems


def _key(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def novelty():
    """No held-out body (or forwarded e-mail) equals or nearly copies one in bodies.py."""
    problems = []
    old = [_key(e["text"]) for e in bodies.ENTRIES] + [_key(f["body"]) for f in bodies.FWD.values()]
    new = [_key(e["text"]) for e in holdout_bodies.ENTRIES] + [_key(f["body"]) for f in holdout_bodies.FWD.values()]
    worst = (0.0, "", "")
    for a in new:
        for b in old:
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if sm.real_quick_ratio() <= 0.8 or sm.quick_ratio() <= 0.8:
                if a == b:
                    problems.append(f"copied body: {a[:60]!r}")
                continue
            ratio = sm.ratio()
            if ratio > worst[0]:
                worst = (ratio, a, b)
            if a == b or ratio > 0.8:
                problems.append(f"near-copy ({ratio:.2f}): {a[:50]!r} ~ {b[:50]!r}")
    print(f"novelty: {len(new)} held-out bodies vs {len(old)} in bodies.py; "
          f"highest ratio above the quick filter {worst[0]:.2f}"
          + (f" ({worst[1][:30]!r} ~ {worst[2][:30]!r})" if worst[0] else ""))
    return problems


if __name__ == "__main__":
    main()
