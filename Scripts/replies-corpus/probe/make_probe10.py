#!/usr/bin/env python3
"""Builds Tests/CollectCoreTests/Fixtures/replies/probe10.jsonl, the tenth probe set of fresh replies.

Replies written in late November and December 2026, apart from the corpus, the held-out set and the
earlier probe sets, to find reading rules that generalise (read with `Benchmarks/replies.sh --probe
FILE`). Its writers are customers the earlier sets had none of: office professionals in mid-sized
organisations who write formally and at length, their accounts-payable systems and their field
staff (a regional hospital's AP clerk and AP mailbox, a state university's procurement office, a
county public-works department, a property-management company with 40 buildings and its invoice
portal, a regional grocery chain's AP, a logistics company's controller, a hotel group's finance
shared-service centre, an engineering consultancy's office manager, a private school's bursar, a
car dealership's office manager, a marina and a winery's controller; building engineers, drivers,
road crews and store staff text without being the payer), a Lyon hospital group's "service
comptabilité fournisseurs", a Montréal engineering firm, a Munich Stadtwerke, a Swiss hotel group,
a Madrid facility-management company, a Peruvian mining supplier, a Utrecht housing corporation, an
Antwerp port logistics firm, a Porto textile mill and a Curitiba logistics company, over every kind
with 25 mixed replies. Wraps probe10_bodies.py into raw messages with the corpus builder
(Scripts/replies-corpus/build.py), through probe_maker.py like the other sets.
Deterministic: random.Random(2035)."""
import sys

sys.dont_write_bytecode = True
import probe_maker as M  # noqa: E402
import probe10_bodies  # noqa: E402

_c = M._c


def mailbox(label, company, domain, phone, tz, display, local):
    """A shared mailbox (AP, procurement, an invoice portal) with no person's first name."""
    return _c(label, "", company, domain, None, phone, tz, display=display, local=local)


# New customers (none from the corpus, the held-out set or the first nine probe sets).
CUSTOMERS = {
    "en": [
        _c("Rosemary", "Tkachuk", "St. Anselm Regional Medical Center", "stanselmmedical.example",
           "Accounts Payable Specialist", "(815) 555-0412", -6),
        # the hospital's AP mailbox has no person's first name
        mailbox("Accounts Payable", "St. Anselm Regional Medical Center", "stanselmmedical.example", "(815) 555-0410",
                -6, "St. Anselm Accounts Payable", "accountspayable"),
        _c("Lorraine", "Beckwith", "Northfield State University", "nfsu.example", "Senior Buyer, Procurement Services",
           "(309) 555-0423", -6),
        # the university's procurement mailbox has no person's first name
        mailbox("Procurement Services", "Northfield State University", "nfsu.example", "(309) 555-0420", -6,
                "NFSU Procurement Services", "procurement"),
        _c("Marvin", "Ostergaard", "Dunmore County Department of Public Works", "dunmorecounty.example",
           "Fiscal Officer", "(815) 555-0434", -6),
        _c("Yvette", "Drummond", "Corbel Street Property Management", "corbelstreetpm.example",
           "Accounts Payable Manager", "(773) 555-0445", -6),
        # the property manager's invoice portal has no person's first name
        mailbox("AP Portal", "Corbel Street Property Management", "corbelstreetpm.example", "(773) 555-0440", -6,
                "Corbel Street AP Portal", "invoices"),
        _c("Tamika", "Ravenscroft", "Harvest Basket Markets", "harvestbasketmarkets.example", "AP Supervisor",
           "(630) 555-0456", -6),
        # the grocery chain's vendor-payables mailbox has no person's first name
        mailbox("Vendor Payables", "Harvest Basket Markets", "harvestbasketmarkets.example", "(630) 555-0450", -6,
                "Harvest Basket Vendor Payables", "vendorpayables"),
        _c("Stanislav", "Kuznetsov", "Ironbridge Freight & Logistics", "ironbridgefreight.example", "Controller",
           "(815) 555-0467", -6),
        _c("Anjali", "Deshmukh", "Meridian Lakes Hospitality", "meridianlakeshospitality.example",
           "Finance Shared Services Analyst", "(414) 555-0478", -6),
        # the hotel group's shared-service centre mailbox has no person's first name
        mailbox("Finance Shared Services", "Meridian Lakes Hospitality", "meridianlakeshospitality.example",
                "(414) 555-0470", -6, "Meridian Lakes Finance Shared Services", "fssc"),
        _c("Bridget", "Cavanaugh", "Halvard & Pryor Consulting Engineers", "halvardpryor.example", "Office Manager",
           "(630) 555-0489", -6),
        _c("Imogen", "Fairclough", "Thornfield Academy", "thornfieldacademy.example", "Bursar", "(847) 555-0461", -6),
        _c("Darla", "Kucera", "Pemberton Auto Group", "pembertonauto.example", "Office Manager", "(708) 555-0472", -6),
        _c("Gus", "Magnusson", "Wolf Point Marina", "wolfpointmarina.example", "Owner", "(224) 555-0418", -6),
        _c("Celeste", "Arbogast", "Vinterhaven Cellars", "vinterhavencellars.example", "Controller",
           "(815) 555-0483", -6),
    ],
    "fr": [
        _c("Nadège", "Fontanel", "Groupe Hospitalier Saint-Irénée", "gh-saint-irenee.example",
           "Gestionnaire comptabilité fournisseurs", "+33 4 72 55 03 41", 1),
        # the hospital group's AP mailbox has no person's first name
        mailbox("Comptabilité fournisseurs", "Groupe Hospitalier Saint-Irénée", "gh-saint-irenee.example",
                "+33 4 72 55 03 40", 1, "Comptabilité fournisseurs GHSI", "compta-fournisseurs"),
        _c("Stéphane", "Lacasse", "Beaulieu Tanguay ingénieurs-conseils", "beaulieutanguay.example", "Contrôleur",
           "+1 514 555 0362", -5),
    ],
    "de": [
        _c("Veronika", "Straßer", "Stadtwerke Isartal GmbH", "stadtwerke-isartal.example", "Kreditorenbuchhaltung",
           "+49 89 5550 3411", 1),
        # the Stadtwerke's AP mailbox has no person's first name
        mailbox("Kreditorenbuchhaltung", "Stadtwerke Isartal GmbH", "stadtwerke-isartal.example", "+49 89 5550 3410", 1,
                "Kreditorenbuchhaltung Stadtwerke Isartal", "kreditoren"),
        _c("Reto", "Caduff", "Bergsonne Hotels AG", "bergsonne-hotels.example", "Leiter Finanzen", "+41 81 555 03 52",
           1),
    ],
    "es": [
        _c("Almudena", "Corral", "Retiro Facility Services, S.L.", "retirofs.example", "Responsable de Cuentas a Pagar",
           "+34 91 555 03 47", 1),
        # the facility-management company's supplier mailbox has no person's first name
        mailbox("Proveedores", "Retiro Facility Services, S.L.", "retirofs.example", "+34 91 555 03 40", 1,
                "Proveedores Retiro Facility Services", "proveedores"),
        _c("Rolando", "Quispe", "Suministros Mineros Huascarán S.A.C.", "sumihuascaran.example", "Jefe de Tesorería",
           "+51 1 555 0358", -5),
    ],
    "nl": [
        _c("Ingeborg", "Verschuren", "Woningcorporatie Domstede", "domstede.example",
           "Medewerker crediteurenadministratie", "+31 30 555 0369", 1),
        # the housing corporation's AP mailbox has no person's first name
        mailbox("Crediteurenadministratie", "Woningcorporatie Domstede", "domstede.example", "+31 30 555 0360", 1,
                "Crediteurenadministratie Domstede", "crediteuren"),
        _c("Dries", "Verhaegen", "Scheldekaai Logistics NV", "scheldekaai.example", "Financieel controller",
           "+32 3 555 03 74", 1),
    ],
    "pt": [
        _c("Adelaide", "Magalhães", "Tecelagem Ribeira do Ave, S.A.", "ribeiradoave.example", "Diretora Financeira",
           "+351 22 555 0381", 0),
        # the mill's accounting mailbox has no person's first name
        mailbox("Contabilidade", "Tecelagem Ribeira do Ave, S.A.", "ribeiradoave.example", "+351 22 555 0380", 0,
                "Contabilidade Ribeira do Ave", "contabilidade"),
        _c("Thiago", "Wisniewski", "Araucária Logística Ltda.", "araucarialog.example", "Coordenador Financeiro",
           "+55 41 5550 0392", -3),
        # the logistics company's payables mailbox has no person's first name
        mailbox("Contas a Pagar", "Araucária Logística Ltda.", "araucarialog.example", "+55 41 5550 0390", -3,
                "Contas a Pagar Araucária", "contasapagar"),
    ],
}


if __name__ == "__main__":
    M.make(probe10_bodies, CUSTOMERS, seed=2035, prefix="z", name="probe10.jsonl")
