#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe9.jsonl, the ninth probe set of fresh replies.

Replies written in November and December 2026, apart from the corpus, the held-out set and the
earlier probe sets, to find reading rules that generalise (read with `Benchmarks/replies.sh --probe
FILE`). Its writers are customers the earlier sets had none of, mostly individuals and very small
firms (an elderly widow who writes long rambling e-mails, a college student's parent, a retired
couple sharing one account, a small-town hardware store, a tailor, a piano teacher, a beekeeper, a
wedding photographer, a yoga studio, a translator, a home baker, a night-shift nurse; texting
teenagers, truck drivers and rideshare drivers need no customer), a Belgian notary's office, a
Swiss watch repairer, a Berlin start-up, a Bavarian butcher, a Colombian coffee importer, a Chilean
tour operator, an Amsterdam houseboat owner, a Rotterdam shipping agent, a Lisbon tile workshop and
a São Paulo dentist, over every kind with 25 mixed replies. Wraps probe9_bodies.py into raw
messages with the corpus builder (Scripts/replies-corpus/build.py), through probe_maker.py like
the other sets. Deterministic: random.Random(2034)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe9_bodies  # noqa: E402

_c, home = M._c, M.home


def couple(first, last, display, greet, address, phone, tz):
    """Two people writing from one home address, greeted by both first names."""
    c = home(first, last, address, phone, tz)
    c["name"], c["greet"] = display, greet
    return c


# New customers (none from the corpus, the held-out set or the earlier probe sets).
CUSTOMERS = {
    "en": [
        home("Mildred", "Pennington", "millie.pennington@inbox.example", "(815) 555-0312", -6),
        home("Gail", "Oberholtzer", "gail.oberholtzer@mailbox.example", "(319) 555-0327", -6),
        # a retired couple sharing one account: June often answers for Harlan
        couple("Harlan", "Tesdahl", "Harlan & June Tesdahl", "Harlan and June", "thetesdahls@mailbox.example",
               "(608) 555-0341", -6),
        home("Kwabena", "Owusu", "kwabena.owusu@mailbox.example", "(872) 555-0391", -6),
        home("Rochelle", "Dunnigan", "rdunnigan.rn@inbox.example", "(773) 555-0334", -6),
        _c("Vern", "Halloran", "Halloran Hardware", "halloranhardware.example", "Owner", "(815) 555-0356", -6),
        # the hardware store's order mailbox has no person's first name
        _c("Halloran Hardware", "", "Halloran Hardware", "halloranhardware.example", None, "(815) 555-0355", -6,
           display="Halloran Hardware", local="orders"),
        _c("Armen", "Kazarian", "Kazarian Custom Tailoring", "kazariantailoring.example", "Master Tailor",
           "(847) 555-0362", -6),
        _c("Cordelia", "Fenwick", "Fenwick Piano Studio", "fenwickpiano.example", "Piano Teacher",
           "(708) 555-0373", -6),
        _c("Amos", "Trimble", "Trimble Hill Apiary", "trimblehillhoney.example", "Beekeeper", "(815) 555-0389", -6),
        _c("Sienna", "Whitlatch", "Sienna Whitlatch Photography", "siennawhitlatch.example", "Photographer",
           "(312) 555-0306", -6),
        _c("Leilani", "Kahale", "Still Water Yoga", "stillwateryoga.example", "Studio Owner", "(773) 555-0315", -6),
        # the studio's shared mailbox has no person's first name
        _c("Still Water Yoga", "", "Still Water Yoga", "stillwateryoga.example", None, "(773) 555-0314", -6,
           display="Still Water Yoga", local="hello"),
        _c("Katya", "Ilyina", "Ilyina Language Services", "ilyinalanguage.example", "Translator", "(312) 555-0329", -6),
        _c("Noreen", "Gaffney", "Kitchen Table Bakes", "kitchentablebakes.example", "Baker", "(708) 555-0338", -6),
    ],
    "fr": [
        _c("Françoise", "Delvaux", "Étude du notaire Lambotte", "notaire-lambotte.example", "Clerc de notaire",
           "+32 2 555 03 41", 1),
        # the notary's office mailbox has no person's first name
        _c("Secrétariat", "", "Étude du notaire Lambotte", "notaire-lambotte.example", None, "+32 2 555 03 40", 1,
           display="Secrétariat Étude Lambotte", local="secretariat"),
        _c("Pascal", "Jaquet", "Horlogerie Jaquet-Rochat", "jaquet-rochat.example", "Horloger-rhabilleur",
           "+41 21 555 03 52", 1),
        home("Ghislaine", "Aubertin", "ghislaine.aubertin@courriel.example", "+32 81 555 03 63", 1),
    ],
    "de": [
        _c("Leonie", "Brückner", "Kiezkraft Labs GmbH", "kiezkraft.example", "Office & Finance Lead",
           "+49 30 5550 3317", 1),
        # the start-up's finance mailbox has no person's first name
        _c("Finance", "", "Kiezkraft Labs GmbH", "kiezkraft.example", None, "+49 30 5550 3310", 1,
           display="Kiezkraft Finance", local="finance"),
        _c("Alois", "Stiglmair", "Metzgerei Stiglmair", "metzgerei-stiglmair.example", "Metzgermeister",
           "+49 8651 5550 3324", 1),
        _c("Burgi", "Stiglmair", "Metzgerei Stiglmair", "metzgerei-stiglmair.example", "Büro",
           "+49 8651 5550 3325", 1),
    ],
    "es": [
        _c("Mauricio", "Londoño", "Cumbre Andina Café Importadores", "cumbreandinacafe.example", "Gerente General",
           "+57 604 555 0347", -5),
        # the importer's accounting mailbox has no person's first name
        _c("Contabilidad", "", "Cumbre Andina Café Importadores", "cumbreandinacafe.example", None,
           "+57 604 555 0340", -5, display="Contabilidad Cumbre Andina", local="contabilidad"),
        _c("Francisca", "Undurraga", "Senderos del Sur Expediciones", "senderosdelsur.example", "Socia fundadora",
           "+56 61 555 0358", -3),
    ],
    "nl": [
        home("Jurriaan", "Blokhuis", "jurriaan.blokhuis@mail.example", "+31 6 5550 3369", 1),
        _c("Marijke", "Schoonhoven", "Schoonhoven & Van Rijn Scheepsagenten B.V.", "schoonhovenvanrijn.example",
           "Financieel administrateur", "+31 10 555 0374", 1),
        # the shipping agent's accounts mailbox has no person's first name
        _c("Administratie", "", "Schoonhoven & Van Rijn Scheepsagenten B.V.", "schoonhovenvanrijn.example", None,
           "+31 10 555 0370", 1, display="Administratie Schoonhoven & Van Rijn", local="administratie"),
    ],
    "pt": [
        _c("Conceição", "Amaral", "Oficina de Azulejos Amaral", "azulejosamaral.example", "Sócia-gerente",
           "+351 21 555 0381", 0),
        _c("Juliana", "Figueiredo", "Odontologia Figueiredo", "odontofigueiredo.example", "Cirurgiã-dentista",
           "+55 11 5550 0392", -3),
        # the clinic's reception mailbox has no person's first name
        _c("Recepção", "", "Odontologia Figueiredo", "odontofigueiredo.example", None, "+55 11 5550 0390", -3,
           display="Recepção Odontologia Figueiredo", local="recepcao"),
    ],
}


if __name__ == "__main__":
    M.make(probe9_bodies, CUSTOMERS, seed=2034, prefix="y", name="probe9.jsonl")
