#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe4.jsonl, the fourth probe set of fresh replies.

Replies written in December 2026 (one in late November), apart from the corpus, the held-out set
and the first three probe sets, to find reading rules that generalise (read with
`Benchmarks/replies.sh --probe FILE`). It spreads over all kinds, with about 35 mixed replies.
Wraps probe4_bodies.py into raw messages with the corpus builder (Scripts/replies-corpus/build.py),
through probe_maker.py like the other sets. Deterministic: random.Random(2029)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe4_bodies  # noqa: E402

_c, home = M._c, M.home

# New customers (none from the corpus, the held-out set or the first three probe sets).
CUSTOMERS = {
    "en": [
        _c("Desmond", "Adeyemi", "Adeyemi Family Pharmacy", "adeyemirx.example", "Owner", "(773) 555-0181", -6),
        _c("Brianna", "Castellucci", "Castellucci Bridal Boutique", "castelluccibridal.example", "Store Manager",
           "(708) 555-0138", -6),
        _c("Howard", "Pruitt", "Pruitt Machine & Tool", "pruittmachine.example", "Controller", "(815) 555-0164", -6),
        # the Kimball Court AP mailbox has no person's first name
        _c("Accounts Payable", "", "Kimball Court Condominium Association", "kimballcourt.example", None,
           "(312) 555-0172", -6, display="Accounts Payable", local="ap"),
        _c("Tamara", "Greer", "Greer Title & Escrow", "greertitle.example", "Office Manager", "(630) 555-0115", -6),
        _c("Nikhil", "Bhatt", "Bhatt Engineering Group", "bhatteng.example", "Operations Manager", "(847) 555-0153", -6),
        _c("Colleen", "Mahoney", "St. Brendan's Parish", "stbrendans.example", "Business Manager", "(708) 555-0109", -6),
        _c("Glenn", "Waverly", "Waverly Storage & Moving", "waverlymoving.example", "Owner", "(414) 555-0120", -6),
        _c("Ayesha", "Qureshi", "Lakeside Pediatric Dentistry", "lakesidepeds.example", "Practice Manager",
           "(317) 555-0187", -5),
        _c("Frank", "DiNapoli", "DiNapoli's Pizzeria", "dinapolis.example", "Owner", "(773) 555-0146", -6),
        _c("Leslie", "Tran", "Mesa Verde Property Management", "mesaverdepm.example", "AP Specialist",
           "(480) 555-0163", -7),
        home("Dolores", "Finch", "dolores.finch@mailbox.example", "(773) 555-0128", -6),
        home("Ned", "Barlow", "nedbarlow@inbox.example", "(708) 555-0192", -6),
        home("Shawna", "Pettit", "spettit@mailbox.example", "(630) 555-0183", -6),
        home("Marty", "Oberlin", "marty.oberlin@inbox.example", "(847) 555-0117", -6),
        home("Irene", "Holt", "irene.holt@inbox.example", "(262) 555-0151", -6),
    ],
    "fr": [
        _c("Bérénice", "Aubry", "Aubry Fleurs", "aubry-fleurs.example", "Gérante", "+33 5 56 55 01 34", 1),
        _c("Grégoire", "Masson", "Masson Immobilier", "masson-immo.example", "Directeur financier",
           "+33 1 47 55 01 62", 1),
        _c("Chantal", "Pelletier", "Pelletier Climatisation", "pelletier-clim.example", "Adjointe administrative",
           "+1 819 555 0171", -5),
        _c("Yannick", "Dumont", "Boulangerie Dumont", "boulangerie-dumont.example", "Gérant", "+32 2 555 01 46", 1),
        home("Solène", "Picard", "solene.picard@courriel.example", "+33 6 55 01 33 84", 1),
    ],
    "de": [
        _c("Jürgen", "Bauer", "Bauer Metallbau GmbH", "bauer-metallbau.example", "Buchhaltung", "+49 89 5550 1136", 1),
        _c("Sabine", "Brandl", "Praxis Dr. Brandl", "praxis-brandl.example", "Praxismanagerin", "+49 30 5550 1158", 1),
        _c("Tobias", "Wagner", "Wagner Druck & Medien", "wagner-druck.example", "Geschäftsführer", "+43 316 5550 1124",
           1),
        # the Alpenblick AP mailbox has no person's first name
        _c("Team Kreditoren", "", "Alpenblick Hotels AG", "alpenblick-hotels.example", None, "+41 31 555 01 77", 1,
           display="Kreditorenbuchhaltung", local="kreditoren"),
        home("Dieter", "Schulte", "dieter.schulte@post.example", "+49 152 5550 1171", 1),
    ],
    "es": [
        _c("Lucía", "Benítez", "Benítez Floristería", "benitezflores.example", "Dueña", "(773) 555-0112", -6),
        _c("Joaquín", "Medina", "Medina Logística", "medinalogistica.example", "Contador", "+52 55 5550 1183", -6),
        _c("Carmen", "Olmedo", "Olmedo Abogados", "olmedoabogados.example", "Administradora", "+34 91 555 01 39", 1),
        _c("Esteban", "Fuentes", "Fuentes Landscaping", "fuenteslandscaping.example", "Dueño", "(708) 555-0144", -6),
        home("Rocío", "Valdez", "rocio.valdez@correo.example", "(872) 555-0166", -6),
    ],
    "pt": [
        _c("Mariana", "Sousa", "Sousa Têxteis", "sousatexteis.example", "Diretora Financeira", "+351 25 555 0142", 0),
        _c("Gustavo", "Lacerda", "Lacerda Alimentos", "lacerdaalimentos.example", "Financeiro", "+55 51 5550 0173",
           -3),
        _c("Vera", "Quintela", "Quintela Imobiliária", "quintelaimob.example", "Gestora", "+351 21 555 0193", 0),
        _c("Nelson", "Azevedo", "Azevedo Auto Center", "azevedoauto.example", "Gerente", "(508) 555-0119", -5),
        home("Inês", "Carvalho", "ines.carvalho@correio.example", "+351 91 555 0136", 0),
    ],
    "nl": [
        _c("Sander", "Hoekstra", "Hoekstra Dakwerken", "hoekstradak.example", "Administratie", "+31 30 555 0117", 1),
        _c("Femke", "Smeets", "Tandartspraktijk Smeets", "tandartssmeets.example", "Praktijkmanager",
           "+31 43 555 0184", 1),
        _c("Pieter", "Wouters", "Wouters Groothandel NV", "woutersgroothandel.example", "Boekhouding",
           "+32 11 555 0162", 1),
        # the Havenzicht AP mailbox has no person's first name
        _c("Team Crediteuren", "", "Havenzicht Zorggroep", "havenzicht.example", None, "+31 10 555 0139", 1,
           display="Team Crediteuren", local="crediteuren"),
        home("Joost", "Brouwer", "joost.brouwer@mail.example", "+31 6 5550 1137", 1),
    ],
}


if __name__ == "__main__":
    M.make(probe4_bodies, CUSTOMERS, seed=2029, prefix="t", name="probe4.jsonl")
