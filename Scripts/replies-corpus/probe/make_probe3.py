#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe3.jsonl, the third probe set of fresh replies.

Replies written in December 2026, apart from the corpus, the held-out set and the first two probe
sets, to find reading rules that generalise (read with `Benchmarks/replies.sh --probe FILE`). It
spreads over all kinds, with about 30 mixed replies. Wraps probe3_bodies.py into raw messages with
the corpus builder (Scripts/replies-corpus/build.py), through probe_maker.py like the other sets.
Deterministic: random.Random(2028)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe3_bodies  # noqa: E402

_c, home = M._c, M.home

# New customers (none from the corpus, the held-out set or the first two probe sets).
CUSTOMERS = {
    "en": [
        _c("Whitney", "Caldwell", "Caldwell Family Dentistry", "caldwelldds.example", "Office Manager",
           "(630) 555-0177", -6),
        _c("Roland", "Fisk", "Fisk Hardware & Rental", "fiskhardware.example", "Owner", "(815) 555-0124", -6),
        _c("Jasmine", "Okoro", "Okoro Pediatrics", "okoropeds.example", "Practice Administrator", "(773) 555-0139", -6),
        _c("Theo", "Marsh", "Marsh Creek Golf Club", "marshcreekgolf.example", "Controller", "(262) 555-0158", -6),
        # the Kedzie AP mailbox has no person's first name
        _c("Accounts Payable", "", "Kedzie Property Trust", "kedzietrust.example", None, "(312) 555-0119", -6,
           display="Accounts Payable", local="ap"),
        _c("Gwen", "Hollis", "Hollis & Crane Insurance", "holliscrane.example", "Office Administrator",
           "(317) 555-0142", -5),
        _c("Devin", "Szabo", "Szabo Auto Works", "szaboauto.example", "Service Manager", "(708) 555-0173", -6),
        _c("Ruth", "Ackerman", "Temple Beth Shalom", "bethshalomchi.example", "Executive Director",
           "(847) 555-0166", -6),
        _c("Lyle", "Henning", "Henning Hospitality", "henninghosp.example", "Finance Director", "(303) 555-0125", -7),
        home("Janet", "Kowalczyk", "janet.kowalczyk@mailbox.example", "(773) 555-0115", -6),
        home("Rick", "Haney", "rickhaney58@inbox.example", "(708) 555-0196", -6),
        home("Bev", "Lindstrom", "bevlindstrom@mailbox.example", "(630) 555-0149", -6),
        home("Carlos", "Mena", "cmena.home@inbox.example", "(872) 555-0133", -6),
        home("Donna", "Yates", "donnayates@mailbox.example", "(847) 555-0108", -6),
        home("Kyle", "Furlong", "kfurlong@inbox.example", "(414) 555-0187", -6),
        home("Ellen", "Saito", "ellen.saito@inbox.example", "(480) 555-0172", -7),
    ],
    "fr": [
        _c("Margaux", "Lemoine", "Lemoine Traiteur", "lemoine-traiteur.example", "Gérante", "+33 4 72 55 01 58", 1),
        _c("Antoine", "Chevalier", "Chevalier Avocats", "chevalier-avocats.example", "Secrétaire général",
           "+33 1 44 55 01 27", 1),
        _c("Sylvie", "Boucher", "Boucher Rénovation", "boucher-renovation.example", "Comptable", "+1 450 555 0162", -5),
        _c("Patrice", "Renard", "Cabinet Dentaire Renard", "renard-dentaire.example", "Gérant", "+32 4 555 01 91", 1),
        home("Hugo", "Marchal", "hugo.marchal@courriel.example", "+33 6 55 01 47 21", 1),
    ],
    "de": [
        _c("Uwe", "Hartmann", "Hartmann Elektrotechnik GmbH", "hartmann-elektro.example", "Buchhaltung",
           "+49 231 5550 1193", 1),
        _c("Claudia", "Vogt", "Vogt & Partner Steuerberatung", "vogt-partner.example", "Kanzleileitung",
           "+49 711 5550 1147", 1),
        _c("Markus", "Eder", "Eder Holzbau", "eder-holzbau.example", "Inhaber", "+43 1 5550 1162", 1),
        _c("Nicole", "Frank", "Frank Medizintechnik AG", "frank-medtech.example", "Kreditorenbuchhaltung",
           "+41 44 555 01 38", 1),
        home("Heike", "Lorenz", "heike.lorenz@post.example", "+49 171 5550 1125", 1),
    ],
    "es": [
        _c("Gabriela", "Ríos", "Ríos Eventos", "rioseventos.example", "Directora", "(312) 555-0187", -6),
        _c("Arturo", "Velasco", "Velasco Transportes", "velascotrans.example", "Contador", "+52 33 5550 1148", -6),
        _c("Marta", "Soler", "Soler Interiorismo", "solerinteriorismo.example", "Socia", "+34 93 555 01 26", 1),
        _c("Raúl", "Cisneros", "Taller Cisneros", "tallercisneros.example", "Dueño", "(773) 555-0153", -6),
        home("Patricia", "Luna", "patricia.luna@correo.example", "(708) 555-0129", -6),
    ],
    "pt": [
        _c("Carolina", "Teixeira", "Teixeira Arquitetos", "teixeiraarq.example", "Sócia", "+351 21 555 0169", 0),
        _c("Rodrigo", "Freitas", "Freitas Construções", "freitasconstrucoes.example", "Financeiro",
           "+55 48 5550 0137", -3),
        _c("Joana", "Moreira", "Café Moreira", "cafemoreira.example", "Gerente", "(617) 555-0145", -5),
        _c("André", "Cardoso", "Cardoso & Neves Lda.", "cardosoneves.example", "Contabilidade", "+351 22 555 0124", 0),
        home("Luísa", "Gonçalves", "luisa.goncalves@correio.example", "+351 96 555 0181", 0),
    ],
    "nl": [
        _c("Thijs", "Vermeulen", "Vermeulen Schilderwerken", "vermeulenschilder.example", "Administratie",
           "+31 13 555 0148", 1),
        _c("Anouk", "Dekker", "Dekker Fysiotherapie", "dekkerfysio.example", "Praktijkmanager", "+31 35 555 0126", 1),
        _c("Koen", "Claes", "Claes Bouwmaterialen NV", "claesbouw.example", "Boekhouding", "+32 16 555 0173", 1),
        _c("Marloes", "Bos", "Bos Bloemsierkunst", "bosbloem.example", "Eigenaar", "+31 71 555 0159", 1),
        home("Gert", "Willems", "gert.willems@mail.example", "+31 6 5550 1182", 1),
    ],
}


if __name__ == "__main__":
    M.make(probe3_bodies, CUSTOMERS, seed=2028, prefix="s", name="probe3.jsonl")
