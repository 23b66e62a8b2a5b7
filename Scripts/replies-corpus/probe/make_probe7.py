#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe7.jsonl, the seventh probe set of fresh replies.

Replies written in November and December 2026, apart from the corpus, the held-out set and the first
six probe sets, to find reading rules that generalise (read with `Benchmarks/replies.sh --probe FILE`).
Its writers are customers the earlier sets had none of (a law firm's billing coordinator, a hair
salon, an HOA board treasurer, a veterinary practice, a plumber who subcontracts, a film production's
accountant, a daycare, a small inn, a brewery, architects, a home-care client's adult child, gyms,
language schools, tattoo studios, a Brazilian cleaning company in the US, a German dental lab, a
Dutch florist, a French bakery chain's accounts payable and a Mexican transport company), over every
kind with 28 mixed replies. Wraps probe7_bodies.py into raw messages with the corpus builder
(Scripts/replies-corpus/build.py), through probe_maker.py like the other sets.
Deterministic: random.Random(2032)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe7_bodies  # noqa: E402

_c, home = M._c, M.home

# New customers (none from the corpus, the held-out set or the first six probe sets).
CUSTOMERS = {
    "en": [
        _c("Philippa", "Holloway", "Pryce, Okonjo & Wilde LLP", "pow-law.example", "Billing Coordinator",
           "(312) 555-0241", -6),
        _c("Jolene", "Baptiste", "Shear Bliss Salon", "shearblisssalon.example", "Owner", "(708) 555-0262", -6),
        _c("Warren", "Kittredge", "Briar Hollow Homeowners Association", "briarhollowhoa.example", "Board Treasurer",
           "(630) 555-0273", -6),
        _c("Deborah", "Szymanski", "Sweetgrass Veterinary Clinic", "sweetgrassvet.example", "Practice Manager",
           "(847) 555-0228", -6),
        _c("Tony", "Ruggiero", "Ruggiero Plumbing & Drain", "ruggieroplumbing.example", "Owner", "(708) 555-0219", -6),
        _c("Margit", "Solberg", "Lantern Row Pictures", "lanternrowpictures.example", "Production Accountant",
           "(323) 555-0287", -8),
        _c("Bernadette", "Ekwueme", "Little Acorns Early Learning Center", "littleacornselc.example", "Center Director",
           "(630) 555-0236", -6),
        _c("Quentin", "Haverford", "The Larkspur Inn", "larkspurinn.example", "General Manager", "(262) 555-0251", -6),
        # the inn's front desk mailbox has no person's first name
        _c("Front Desk", "", "The Larkspur Inn", "larkspurinn.example", None, "(262) 555-0250", -6,
           display="Front Desk", local="frontdesk"),
        _c("Casey", "Brandvold", "Tenpenny Brewing Co.", "tenpennybrewing.example", "Co-founder", "(773) 555-0295", -6),
        _c("Anselm", "Whitcombe", "Whitcombe Ferris Architects", "whitcombeferris.example", "Principal",
           "(312) 555-0268", -6),
        _c("Reggie", "Fairweather", "Ironclad Strength & Conditioning", "ironcladstrength.example", "Owner",
           "(773) 555-0231", -6),
        _c("Felicity", "Armitage", "Polyglot Corner Language School", "polyglotcorner.example", "Director of Studies",
           "(312) 555-0284", -6),
        _c("Dax", "Moreland", "Black Lantern Tattoo", "blacklanterntattoo.example", "Owner", "(872) 555-0213", -6),
        home("Denise", "Halvorsen", "denise.halvorsen@inbox.example", "(414) 555-0247", -6),
    ],
    "fr": [
        _c("Sandrine", "Mercadier", "Boulangeries Maison Ferrand", "maison-ferrand.example", "Comptable fournisseurs",
           "+33 4 78 55 02 61", 1),
        # the bakery chain's supplier-accounts mailbox has no person's first name
        _c("Comptabilité Fournisseurs", "", "Boulangeries Maison Ferrand", "maison-ferrand.example", None,
           "+33 4 78 55 02 60", 1, display="Comptabilité Fournisseurs", local="fournisseurs"),
        _c("Séverine", "Desrochers", "Cabinet Desrochers & Associés", "cabinet-desrochers.example", "Assistante de facturation",
           "+33 1 42 55 02 37", 1),
        _c("Josée", "Thibodeau", "CPE Les Petits Pommiers", "cpe-petitspommiers.example", "Directrice générale",
           "+1 514 555 0228", -5),
        home("Mireille", "Bonnefoy", "mireille.bonnefoy@courriel.example", "+33 3 83 55 02 19", 1),
    ],
    "de": [
        _c("Ulrike", "Brandstätter", "Dentallabor Brandstätter", "dentallabor-brandstaetter.example", "Inhaberin",
           "+49 711 5550 2218", 1),
        # the lab's bookkeeping mailbox has no person's first name
        _c("Buchhaltung", "", "Dentallabor Brandstätter", "dentallabor-brandstaetter.example", None,
           "+49 711 5550 2210", 1, display="Buchhaltung Dentallabor Brandstätter", local="buchhaltung"),
        _c("Jonas", "Rehbein", "Rehbein + Vogt Architekten", "rehbein-vogt.example", "Partner", "+49 40 5550 2276", 1),
        _c("Theresia", "Grubinger", "Hotel Garni Alpenrose", "alpenrose-garni.example", "Gastgeberin",
           "+43 5356 5550 2241", 1),
        _c("Korbinian", "Haslinger", "Kraftwerk Fitness", "kraftwerk-fitness.example", "Geschäftsführer",
           "+49 89 5550 2263", 1),
    ],
    "es": [
        _c("Héctor", "Villaseñor", "Transportes Villaseñor del Bajío", "transportesvillasenor.example",
           "Gerente de Administración", "+52 477 555 0261", -6),
        # the transport company's payables mailbox has no person's first name
        _c("Cuentas por Pagar", "", "Transportes Villaseñor del Bajío", "transportesvillasenor.example", None,
           "+52 477 555 0260", -6, display="Cuentas por Pagar", local="cxp"),
        _c("Yesenia", "Arreola", "Estética Yesenia", "esteticayesenia.example", "Dueña", "(773) 555-0216", -6),
        _c("Itziar", "Maldonado", "Academia de Idiomas Babel", "academiababel.example", "Directora", "+34 91 555 02 48", 1),
        home("Consuelo", "Tapia", "consuelo.tapia@correo.example", "(773) 555-0254", -6),
    ],
    "nl": [
        _c("Gerdien", "Verhoef", "Bloemenhuis Verhoef", "bloemenhuisverhoef.example", "Eigenaar", "+31 71 555 0238", 1),
        _c("Sjoerd", "van Dijkhuizen", "Brouwerij De Zwarte Kat", "dezwartekat.example", "Bedrijfsleider",
           "+31 73 555 0265", 1),
        _c("Annelies", "Wubbels", "Taalinstituut De Brug", "taalinstituutdebrug.example", "Office manager",
           "+31 50 555 0219", 1),
        home("Wietske", "Zijlstra", "wietske.zijlstra@mail.example", "+31 6 5550 2281", 1),
    ],
    "pt": [
        _c("Cleide", "Nascimento", "Brasil Sparkle Cleaning", "brasilsparkle.example", "Dona", "(508) 555-0233", -5),
        _c("Rosimeire", "Alencar", "Limpeza Total Cleaning Services", "limpezatotal.example", "Gerente",
           "(407) 555-0272", -5),
        _c("Duarte", "Sequeira", "Estúdio Tinta Viva", "tintaviva.example", "Sócio-gerente", "+351 21 555 0246", 0),
        _c("Filomena", "Rebelo", "Casa do Largo Guest House", "casadolargo.example", "Gerente", "+351 22 555 0258", 0),
    ],
}


if __name__ == "__main__":
    M.make(probe7_bodies, CUSTOMERS, seed=2032, prefix="w", name="probe7.jsonl")
