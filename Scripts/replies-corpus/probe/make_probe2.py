#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe2.jsonl, the second probe set of fresh replies.

Replies written in December 2026, apart from the corpus, the first probe set and the held-out set,
to find reading rules that generalise (read with `Benchmarks/replies.sh --probe FILE`). It stresses
the kinds more than the dates. Wraps probe2_bodies.py into raw messages with the corpus builder
(../build.py), through probe_maker.py like the other sets. Deterministic: random.Random(2027)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe2_bodies  # noqa: E402

_c, home = M._c, M.home

# New customers (none from the corpus or the first probe set).
CUSTOMERS = {
    "en": [
        _c("Naomi", "Barrett", "Barrett Veterinary Hospital", "barrettvet.example", "Practice Manager",
           "(630) 555-0188", -6),
        _c("Curtis", "Doyle", "Doyle Commercial Cleaning", "doyleclean.example", "Owner", "(773) 555-0121", -6),
        _c("Yolanda", "Pierce", "Lakefront Montessori", "lakefrontmontessori.example", "Business Manager",
           "(312) 555-0148", -6),
        _c("Grant", "Novak", "Novak Brewing Co.", "novakbrewing.example", "Controller", "(414) 555-0163", -6),
        # the Westbrook AP mailbox has no person's first name
        _c("Accounts Payable", "", "Westbrook Medical Partners", "westbrookmed.example", None, "(847) 555-0104", -6,
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


if __name__ == "__main__":
    M.make(probe2_bodies, CUSTOMERS, seed=2027, prefix="q", name="probe2.jsonl")
