#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe8.jsonl, the eighth probe set of fresh replies.

Replies written in late November and December 2026, apart from the corpus, the held-out set and the
first seven probe sets, to find reading rules that generalise (read with `Benchmarks/replies.sh
--probe FILE`). Its writers are customers the earlier sets had none of (a school district's
facilities office, a church administrator, a family orchard, an auto-body shop, a small law office
behind a managed-IT provider, a homeowner paying dental bills out of pocket, a townhome
association, a food truck, a charter-fishing captain, a community theatre, a funeral home, a Québec
daycare and a Québec homeowner, a Swiss engineering office, an Austrian ski school, an Argentine
software shop, a Spanish winery, a Flemish bakery, a Dutch camping site, a Portuguese cork exporter
and a Brazilian clinic), over every kind with 27 mixed replies. Wraps probe8_bodies.py into raw
messages with the corpus builder (Scripts/replies-corpus/build.py), through probe_maker.py like the
other sets.
Deterministic: random.Random(2033)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe8_bodies  # noqa: E402

_c, home = M._c, M.home

# New customers (none from the corpus, the held-out set or the first seven probe sets).
CUSTOMERS = {
    "en": [
        _c("Lonnie", "Gustafson", "Prairie Ridge CUSD 208", "prairieridge208.example", "Director of Facilities",
           "(815) 555-0311", -6),
        # the district's facilities mailbox has no person's first name
        _c("Facilities Office", "", "Prairie Ridge CUSD 208", "prairieridge208.example", None, "(815) 555-0310", -6,
           display="Facilities Office", local="facilities"),
        _c("Marlene", "Oduya", "Grace Covenant Church", "gracecovenantnaperville.example", "Church Administrator",
           "(630) 555-0322", -6),
        _c("Arlo", "Pettersen", "Kettle Creek Orchard", "kettlecreekorchard.example", "Owner", "(815) 555-0334", -6),
        _c("Vince", "Rollins", "Rollins Collision & Paint", "rollinscollision.example", "Owner", "(708) 555-0345", -6),
        _c("Bettina", "Sorrell", "Thistlewood & Pardee, Attorneys at Law", "thistlewoodpardee.example",
           "Office Manager", "(312) 555-0356", -6),
        home("Rhonda", "Petrakis", "rhonda.petrakis@inbox.example", "(773) 555-0367", -6),
        _c("Cheryl", "Dunaway", "Willow Bend Townhome Association", "willowbendtownhomes.example",
           "Community Manager", "(630) 555-0378", -6),
        _c("Marco", "Restrepo", "La Ruta Arepa Truck", "larutaarepa.example", "Owner", "(872) 555-0389", -6),
        _c("Dwayne", "Ledbetter", "Ledbetter Sportfishing Charters", "ledbettercharters.example", "Captain",
           "(847) 555-0391", -6),
        _c("Ophelia", "Marchbanks", "Lamplight Community Players", "lamplightplayers.example", "Managing Director",
           "(708) 555-0302", -6),
        _c("Russell", "Kline", "Kline & Bellweather Funeral Home", "klinebellweather.example", "Funeral Director",
           "(630) 555-0313", -6),
    ],
    "fr": [
        _c("Marie-Ève", "Lapointe", "Garderie Les Lucioles", "garderieleslucioles.example", "Directrice",
           "+1 450 555 0324", -5),
        # the daycare's administration mailbox has no person's first name
        _c("Administration", "", "Garderie Les Lucioles", "garderieleslucioles.example", None, "+1 450 555 0320", -5,
           display="Administration – Garderie Les Lucioles", local="administration"),
        home("Réjean", "Lavigueur", "rejean.lavigueur@bellnet.example", "+1 418 555 0335", -5),
    ],
    "de": [
        _c("Beat", "Stucki", "Stucki + Partner Ingenieure AG", "stucki-ing.example", "Geschäftsleiter",
           "+41 31 555 03 46", 1),
        # the engineering office's secretariat has no person's first name
        _c("Sekretariat", "", "Stucki + Partner Ingenieure AG", "stucki-ing.example", None, "+41 31 555 03 40", 1,
           display="Sekretariat Stucki + Partner", local="sekretariat"),
        _c("Florentina", "Moosbrugger", "Schischule Edelweiß Wagrain", "schischule-edelweiss.example", "Inhaberin",
           "+43 6413 555 0357", 1),
    ],
    "es": [
        _c("Facundo", "Iturralde", "Kernel Pampa SRL", "kernelpampa.example", "Socio gerente", "+54 11 5555 0368", -3),
        _c("Montserrat", "Echeverría", "Bodegas Peñaflor de Arlanza", "penaflorarlanza.example",
           "Responsable de administración", "+34 947 555 037", 1),
        # the winery's administration mailbox has no person's first name
        _c("Administración", "", "Bodegas Peñaflor de Arlanza", "penaflorarlanza.example", None, "+34 947 555 030", 1,
           display="Administración Bodegas Peñaflor", local="administracion"),
    ],
    "nl": [
        _c("Griet", "Vanhoutte", "Bakkerij Vanhoutte", "bakkerijvanhoutte.example", "Zaakvoerster", "+32 50 55 03 81", 1),
        _c("Henk", "Oosterhuis", "Camping De Wielewaal", "campingdewielewaal.example", "Eigenaar", "+31 521 555 039", 1),
        # the camping's reception mailbox has no person's first name
        _c("Receptie", "", "Camping De Wielewaal", "campingdewielewaal.example", None, "+31 521 555 030", 1,
           display="Receptie Camping De Wielewaal", local="receptie"),
    ],
    "pt": [
        _c("Margarida", "Pimentel", "Corticeira Vale do Sorraia, Lda.", "corticeirasorraia.example",
           "Diretora financeira", "+351 263 555 039", 0),
        # the cork exporter's accounts mailbox has no person's first name
        _c("Contabilidade", "", "Corticeira Vale do Sorraia, Lda.", "corticeirasorraia.example", None,
           "+351 263 555 030", 0, display="Contabilidade Corticeira Sorraia", local="contabilidade"),
        _c("Luciana", "Quaresma", "Clínica Vida Plena", "clinicavidaplena.example", "Diretora administrativa",
           "+55 11 5555 0392", -3),
        # the clinic's finance mailbox has no person's first name
        _c("Financeiro", "", "Clínica Vida Plena", "clinicavidaplena.example", None, "+55 11 5555 0390", -3,
           display="Financeiro Clínica Vida Plena", local="financeiro"),
    ],
}


if __name__ == "__main__":
    M.make(probe8_bodies, CUSTOMERS, seed=2033, prefix="x", name="probe8.jsonl")
