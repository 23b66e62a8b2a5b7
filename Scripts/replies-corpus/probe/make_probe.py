#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe.jsonl, the first probe set of fresh replies.

220 replies written on 2026-12-03, apart from the corpus and the held-out set, to find what the
reader still misses (read with `Benchmarks/replies.sh --probe FILE`). Wraps probe_bodies.py into
raw messages with the corpus builder (../build.py), through probe_maker.py. Its chk rules come in
more forms than probe_maker.check reads, so they are not checked here. Deterministic:
random.Random(2026)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe_bodies  # noqa: E402

_c, home = M._c, M.home

CUSTOMERS = {
    "en": [
        _c("Lauren", "Pike", "Pike & Rowe Design Studio", "pikerowe.example", "Studio Manager", "(312) 555-0131", -6),
        _c("Darnell", "Brooks", "Brooks Family Chiropractic", "brookschiro.example", "Office Manager", "(773) 555-0147", -6),
        _c("Heather", "Lindgren", "Lindgren Real Estate", "lindgrenre.example", "Broker", "(847) 555-0183", -6),
        _c("Victor", "Saldana", "Saldana Auto Glass", "saldanaglass.example", "Owner", "(708) 555-0122", -6),
        # the Riverbend AP mailbox has no person's first name
        _c("Accounts Payable", "", "Riverbend Senior Living", "riverbendliving.example", None, "(630) 555-0109", -6,
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


if __name__ == "__main__":
    M.make(probe_bodies, CUSTOMERS, seed=2026, prefix="p", name="probe.jsonl", check_chk=False)
