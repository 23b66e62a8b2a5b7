#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe6.jsonl, the sixth probe set of fresh replies.

Replies written in December 2026, apart from the corpus, the held-out set and the first five probe
sets, to find reading rules that generalise (read with `Benchmarks/replies.sh --probe FILE`). Its
writers are customers the earlier sets had few of (a school district's business office, farms,
church treasurers, a dentist's spouse who keeps the books, a landlord, a restaurant owner between
services, retirees, a university department, a property management firm, a trucking dispatcher,
nonprofit volunteers, owners writing in a second language, teenagers on a parent's phone), over
every kind with 30 mixed replies. Wraps probe6_bodies.py into raw messages with the corpus builder
(Scripts/replies-corpus/build.py), through probe_maker.py like the other sets.
Deterministic: random.Random(2031)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe6_bodies  # noqa: E402

_c, home = M._c, M.home

# New customers (none from the corpus, the held-out set or the first five probe sets).
CUSTOMERS = {
    "en": [
        # the district's business office mailbox has no person's first name
        _c("Business Office", "", "Maple Grove School District 54", "mgsd54.example", None, "(630) 555-0119", -6,
           display="Business Office", local="businessoffice"),
        _c("Loretta", "Vandermeer", "Vandermeer Dairy", "vandermeerdairy.example", "Co-owner", "(815) 555-0118", -6),
        _c("Harold", "Ostrowski", "First Lutheran Church of Elmhurst", "firstlutheranelmhurst.example", "Treasurer",
           "(630) 555-0153", -6),
        _c("Colette", "Farrow", "Farrow Family Dental", "farrowdental.example", "Bookkeeper", "(847) 555-0163", -6),
        _c("Dimitri", "Papadakis", "Papadakis Taverna", "papadakistaverna.example", "Owner", "(312) 555-0155", -6),
        _c("Priyanka", "Venkataraman", "Lakeshore University Department of Chemistry", "chem.lakeshoreu.example",
           "Department Administrator", "(773) 555-0109", -6),
        _c("Corinne", "Blaylock", "Halsted Gate Property Management", "halstedgatepm.example",
           "Accounts Payable Manager", "(312) 555-0193", -6),
        _c("Rusty", "Mahaffey", "Mahaffey Freight Lines", "mahaffeyfreight.example", "Dispatch Manager",
           "(815) 555-0143", -6),
        # the pantry's shared volunteer mailbox has no person's first name
        _c("Volunteer Desk", "", "Westside Food Pantry", "westsidepantry.example", None, "(773) 555-0174", -6,
           display="Volunteer Desk", local="volunteers"),
        _c("Judith", "Ashworth", "Second Chance Animal Rescue", "secondchancerescue.example", "Volunteer Treasurer",
           "(847) 555-0135", -6),
        _c("Bogdan", "Petrenko", "Petrenko Auto Repair", "petrenkoauto.example", "Owner", "(708) 555-0167", -6),
        _c("Ezra", "Goldfarb", "Goldfarb Jewelers", "goldfarbjewelers.example", "Owner", "(847) 555-0181", -6),
        _c("Thu", "Lam", "Lam Alterations & Tailoring", "lamtailoring.example", "Owner", "(312) 555-0128", -6),
        home("Stanley", "Wojcik", "stan.wojcik@inbox.example", "(773) 555-0186", -6),
        home("Marjorie", "Whitlock", "marjorie.whitlock@mailbox.example", "(708) 555-0127", -6),
        home("Lamar", "Pettway", "lamar.pettway@inbox.example", "(317) 555-0114", -5),
        home("Agnieszka", "Zielinska", "aga.zielinska@inbox.example", "(773) 555-0138", -6),
    ],
    "fr": [
        _c("Gilles", "Ouellet", "Ferme Ouellet", "ferme-ouellet.example", "Propriétaire", "+1 418 555 0152", -5),
        # the collège's office mailbox has no person's first name
        _c("Service Intendance", "", "Collège Sainte-Famille", "college-stefamille.example", None, "+33 4 72 55 01 83", 1,
           display="Service Intendance", local="intendance"),
        _c("Odile", "Barthélemy", "Barthélemy Transports", "barthelemy-transports.example",
           "Responsable d'exploitation", "+33 4 73 55 01 26", 1),
        _c("Fatou", "Diallo", "Diallo Coiffure", "diallo-coiffure.example", "Gérante", "+33 1 48 55 01 90", 1),
        _c("Armelle", "Kerjean", "Crêperie Ty Kerjean", "creperie-kerjean.example", "Gérante", "+33 2 98 55 01 71", 1),
        home("Raymonde", "Leclerc", "raymonde.leclerc@courriel.example", "+33 2 47 55 01 33", 1),
    ],
    "de": [
        # the parish office mailbox has no person's first name
        _c("Gemeindebüro Lindenau", "", "Ev. Kirchengemeinde Lindenau", "kirche-lindenau.example", None,
           "+49 341 5550 1126", 1, display="Gemeindebüro Lindenau", local="gemeindebuero"),
        _c("Reinhold", "Aigner", "Aignerhof", "aignerhof.example", "Betriebsleiter", "+43 7752 5550 1183", 1),
        _c("Birgit", "Langhans", "Hausverwaltung Langhans", "hv-langhans.example", "Inhaberin", "+49 511 5550 1147", 1),
        # the chair's office mailbox has no person's first name
        _c("Sekretariat Werkstofftechnik", "", "Institut für Werkstofftechnik, Universität Rheinstadt",
           "iwt.uni-rheinstadt.example", None, "+49 621 5550 1172", 1,
           display="Sekretariat Werkstofftechnik", local="sekretariat"),
        _c("Kemal", "Yıldız", "Yıldız Grill & Döner", "yildiz-grill.example", "Inhaber", "+49 30 5550 1191", 1),
        home("Waltraud", "Pfeiffer", "waltraud.pfeiffer@post.example", "+49 89 5550 1115", 1),
    ],
    "es": [
        _c("Rigoberto", "Saucedo", "Saucedo Trucking", "saucedotrucking.example", "Despachador", "(708) 555-0190", -6),
        _c("Marisol", "Quintanilla", "Restaurante Quintanilla", "restaurantequintanilla.example", "Dueña",
           "(773) 555-0148", -6),
        _c("Eugenia", "Barragán", "Parroquia San Judas Tadeo", "sanjudastadeo.example", "Tesorera", "(312) 555-0177",
           -6),
        # the school's treasury mailbox has no person's first name
        _c("Departamento de Tesorería", "", "Colegio Montemayor", "colegiomontemayor.example", None,
           "+34 96 555 01 42", 1, display="Departamento de Tesorería", local="tesoreria"),
        home("Aurelio", "Bustamante", "aurelio.bustamante@correo.example", "(773) 555-0132", -6),
    ],
    "pt": [
        _c("Valdemar", "Correia", "Quinta do Correia", "quintadocorreia.example", "Proprietário", "+351 25 555 0164", 0),
        # the school cluster's office mailbox has no person's first name
        _c("Serviços Administrativos", "", "Agrupamento de Escolas do Vale do Sousa", "aevalesousa.example", None,
           "+351 22 555 0139", 0, display="Serviços Administrativos", local="sa"),
        _c("Rosângela", "Batista", "Batista Transportes Rodoviários", "batistatransportes.example",
           "Gerente Financeira", "+55 41 5550 0152", -3),
        _c("Wanderley", "Fagundes", "Pizzaria Fagundes", "pizzariafagundes.example", "Dono", "(508) 555-0171", -5),
        home("Albertina", "Simões", "albertina.simoes@correio.example", "+351 91 555 0128", 0),
    ],
    "nl": [
        _c("Gerrit", "Brinkhuis", "Melkveebedrijf Brinkhuis", "brinkhuis-melkvee.example", "Eigenaar",
           "+31 548 555 0124", 1),
        # the church wardens' mailbox has no person's first name
        _c("Team Kerkrentmeesters", "", "Protestantse Gemeente De Wijngaard", "dewijngaard-pg.example", None,
           "+31 30 555 0186", 1, display="Team Kerkrentmeesters", local="kerkrentmeesters"),
        _c("Sietske", "Hofstra", "Hofstra Vastgoedbeheer", "hofstra-vastgoed.example", "Financieel medewerker",
           "+31 58 555 0157", 1),
        _c("Karim", "El Idrissi", "Slagerij El Idrissi", "slagerij-elidrissi.example", "Eigenaar", "+31 10 555 0193", 1),
        home("Hennie", "Kloosterman", "hennie.kloosterman@mail.example", "+31 6 5550 1172", 1),
    ],
}


if __name__ == "__main__":
    M.make(probe6_bodies, CUSTOMERS, seed=2031, prefix="v", name="probe6.jsonl")
