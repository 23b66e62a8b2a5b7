#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe5.jsonl, the fifth probe set of fresh replies.

Replies written in December 2026, apart from the corpus, the held-out set and the first four probe
sets, to find reading rules that generalise (read with `Benchmarks/replies.sh --probe FILE`). It
leans on replies that say nothing actionable ("other"), questions with complaint-like words that
dispute nothing, and automatic replies that look like a person or talk about payment terms, with
about 20 mixed replies. Wraps probe5_bodies.py into raw messages with the corpus builder
(Scripts/replies-corpus/build.py), through probe_maker.py like the other sets.
Deterministic: random.Random(2030)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe5_bodies  # noqa: E402

_c, home = M._c, M.home

# New customers (none from the corpus, the held-out set or the first four probe sets).
CUSTOMERS = {
    "en": [
        _c("Rosalind", "Achebe", "Achebe Family Law", "achebelaw.example", "Office Manager", "(312) 555-0137", -6),
        _c("Wendell", "Straub", "Straub Cabinetry", "straubcabinets.example", "Owner", "(815) 555-0149", -6),
        _c("Mei", "Harada", "Harada Optometry", "haradaoptometry.example", "Practice Manager", "(847) 555-0129", -6),
        # the Calumet Harbor AP mailbox has no person's first name
        _c("Accounts Payable", "", "Calumet Harbor Logistics", "calumetharbor.example", None, "(219) 555-0166", -6,
           display="Accounts Payable", local="ap"),
        _c("Trevor", "Bancroft", "Bancroft Realty Partners", "bancroftrealty.example", "Controller",
           "(630) 555-0174", -6),
        _c("Gloria", "Whitcomb", "Whitcomb Funeral Home", "whitcombfh.example", "Director", "(708) 555-0119", -6),
        _c("Sunil", "Kapoor", "Kapoor Hospitality LLC", "kapoorhospitality.example", "Finance Manager",
           "(317) 555-0162", -5),
        _c("Brenda", "Voss", "Voss Veterinary Clinic", "vossvet.example", "Office Administrator", "(414) 555-0158", -6),
        _c("Otis", "Granger", "Granger Printing Co.", "grangerprinting.example", "President", "(773) 555-0165", -6),
        _c("Lena", "Sorel", "Sorel Yoga Studio", "sorelyoga.example", "Studio Owner", "(602) 555-0147", -7),
        _c("Hank", "Pulaski", "Pulaski Heating & Air", "pulaskihvac.example", "Owner", "(708) 555-0186", -6),
        home("Vivian", "Stroud", "vivian.stroud@mailbox.example", "(773) 555-0124", -6),
        home("Earl", "Dunleavy", "earldunleavy@inbox.example", "(630) 555-0193", -6),
        home("Tasha", "Greenlee", "tasha.greenlee@mailbox.example", "(312) 555-0157", -6),
        home("Gordon", "Beaumont", "gbeaumont@inbox.example", "(847) 555-0132", -6),
        home("Nadia", "Serrano", "nadia.serrano@inbox.example", "(414) 555-0179", -6),
    ],
    "fr": [
        _c("Apolline", "Rivière", "Rivière Architecture", "riviere-archi.example", "Associée", "+33 4 91 55 01 63", 1),
        _c("Benoît", "Charron", "Charron Électricité", "charron-elec.example", "Gérant", "+1 418 555 0129", -5),
        _c("Maëlle", "Guérin", "Pharmacie Guérin", "pharmacie-guerin.example", "Pharmacienne titulaire",
           "+33 2 99 55 01 44", 1),
        # the Tilleuls accounts mailbox has no person's first name
        _c("Service Comptabilité", "", "Hôtel Les Tilleuls", "hotel-tilleuls.example", None, "+33 3 88 55 01 72", 1,
           display="Service Comptabilité", local="compta"),
        home("Lucien", "Vidal", "lucien.vidal@courriel.example", "+33 6 55 01 71 29", 1),
    ],
    "de": [
        _c("Holger", "Kranz", "Kranz Fensterbau GmbH", "kranz-fensterbau.example", "Buchhaltung", "+49 221 5550 1139",
           1),
        _c("Annika", "Seidel", "Seidel Kommunikation", "seidel-kommunikation.example", "Büroleitung",
           "+49 40 5550 1183", 1),
        _c("Florian", "Pichler", "Pichler Tischlerei", "pichler-tischlerei.example", "Inhaber", "+43 512 5550 1147", 1),
        _c("Regula", "Meier", "Meier Treuhand AG", "meier-treuhand.example", "Kreditoren", "+41 61 555 01 28", 1),
        home("Gisela", "Hahn", "gisela.hahn@post.example", "+49 157 5550 1164", 1),
    ],
    "es": [
        _c("Alma", "Cervantes", "Guardería Cervantes", "guarderiacervantes.example", "Directora", "(773) 555-0171", -6),
        _c("Octavio", "Llorente", "Llorente Construcciones", "llorenteconstrucciones.example", "Gerente",
           "+34 95 555 01 36", 1),
        _c("Ximena", "Robles", "Robles Contadores", "roblescontadores.example", "Contadora", "+52 33 5550 1172", -6),
        _c("Fidel", "Arroyo", "Carnicería Arroyo", "carniceriaarroyo.example", "Dueño", "(872) 555-0154", -6),
        home("Pilar", "Esquivel", "pilar.esquivel@correo.example", "(708) 555-0138", -6),
    ],
    "pt": [
        _c("Cristina", "Vaz", "Ótica Vaz", "oticavaz.example", "Gerente", "+351 21 555 0127", 0),
        _c("Henrique", "Moura", "Moura Engenharia Civil", "mouraeng.example", "Diretor Financeiro", "+55 61 5550 0186",
           -3),
        _c("Patrícia", "Lobo", "Lobo & Brito Advogados", "lobobrito.example", "Secretária", "+351 22 555 0153", 0),
        _c("Edson", "Pinheiro", "Pinheiro Marmoraria", "pinheiromarmoraria.example", "Dono", "(508) 555-0137", -5),
        home("Graça", "Teles", "graca.teles@correio.example", "+351 92 555 0165", 0),
    ],
    "nl": [
        _c("Daan", "Verbeek", "Verbeek Hoveniers", "verbeekhoveniers.example", "Eigenaar", "+31 40 555 0128", 1),
        _c("Ilse", "Timmermans", "Timmermans Accountancy", "timmermansacc.example", "Officemanager",
           "+32 3 555 0175", 1),
        _c("Niels", "Bosman", "Bosman Elektro BV", "bosmanelektro.example", "Administratie", "+31 26 555 0143", 1),
        # the Zonnehof invoice mailbox has no person's first name
        _c("Team Facturen", "", "Zonnehof Kinderopvang", "zonnehof.example", None, "+31 33 555 0161", 1,
           display="Team Facturen", local="facturen"),
        home("Marieke", "Jonker", "marieke.jonker@mail.example", "+31 6 5550 1149", 1),
    ],
}


if __name__ == "__main__":
    M.make(probe5_bodies, CUSTOMERS, seed=2030, prefix="u", name="probe5.jsonl")
