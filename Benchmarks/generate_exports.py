#!/usr/bin/env python3
"""Writes large export files in each format the inbox reads, for Benchmarks/readers.sh.

    generate_exports.py DIR [--mb 100]

Writes DIR/plain.csv, DIR/qbo-aging.csv (Windows-1252), DIR/xero.csv (3 line items per invoice),
DIR/qbxml-invoices.xml and DIR/qbxml-aging.xml, each about --mb megabytes, streamed to disk, and
DIR/workbook.xlsx: the plain CSV's invoices as an Excel workbook (shared strings for customers,
dates as serial numbers in a date format), whose sheet unzips to about --mb megabytes.
"""
import argparse
import datetime
import os
import random
import zipfile


def day(offset):
    return datetime.date(2026, 11, 30) + datetime.timedelta(days=offset)


def rows(target_bytes, write, make):
    written, n = 0, 0
    while written < target_bytes:
        n += 1
        line = make(n)
        write(line)
        written += len(line.encode("utf-8"))
    return n


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--mb", type=float, default=100)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    target = int(args.mb * 1_000_000)
    rnd = random.Random(7)

    def amount():
        return rnd.randint(1000, 900000) / 100

    with open(os.path.join(args.dir, "plain.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("Invoice No,Customer,Invoice Date,Due Date,Total,Balance Due,Currency\n")
        n = rows(target, f.write, lambda n: 'INV-%08d,"Customer %06d, Inc.",%s,%s,%.2f,%.2f,USD\n' % (
            n, n % 100000, day(-(n % 150) - 30), day(-(n % 150)), amount(), amount()))
    print("plain.csv", n)

    with zipfile.ZipFile(os.path.join(args.dir, "workbook.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook %s xmlns:r="%s"><sheets><sheet name="Invoices" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rel))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rel)
        z.writestr("xl/styles.xml", '<?xml version="1.0"?><styleSheet %s><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>' % ns)
        names = ["Customer %06d, Inc." % i for i in range(100000)]
        headers = ["Invoice No", "Customer", "Invoice Date", "Due Date", "Total", "Balance Due", "Currency"]
        strings = names + headers + ["USD"]
        z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><sst %s>' % ns + "".join("<si><t>%s</t></si>" % t for t in strings) + "</sst>")
        epoch = datetime.date(1899, 12, 30)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(('<?xml version="1.0"?><worksheet %s><sheetData><row r="1">' % ns).encode())
            sheet.write("".join('<c t="s"><v>%d</v></c>' % (100000 + i) for i in range(7)).encode() + b"</row>")

            def cell_row(n):
                return ('<row r="%d"><c t="inlineStr"><is><t>INV-%08d</t></is></c><c t="s"><v>%d</v></c><c s="1"><v>%d</v></c>'
                        '<c s="1"><v>%d</v></c><c><v>%.2f</v></c><c><v>%.2f</v></c><c t="s"><v>100007</v></c></row>') % (
                    n + 1, n, n % 100000, (day(-(n % 150) - 30) - epoch).days, (day(-(n % 150)) - epoch).days, amount(), amount())
            n = rows(target, lambda line: sheet.write(line.encode()), cell_row)
            sheet.write(b"</sheetData></worksheet>")
    print("workbook.xlsx", n)

    with open(os.path.join(args.dir, "qbo-aging.csv"), "w", encoding="cp1252", newline="") as f:
        f.write("Benchmark Café,,,,,,,\r\nA/R Aging Detail Report,,,,,,,\r\n\"As of Nov 30, 2026\",,,,,,,\r\n\r\n")
        f.write(",Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance\r\n")
        f.write("91 or more days past due,,,,,,,\r\n")

        def qbo(n):
            a = amount()
            due = day(-(n % 150))
            return ',%s,Invoice,%d,"Müller %06d, Ltd:Job %d",%s,"%s","%s"\r\n' % (
                (due - datetime.timedelta(days=30)).strftime("%m/%d/%Y"), n, n % 100000, n % 7,
                due.strftime("%m/%d/%Y"), format(a, ",.2f"), format(a, ",.2f"))
        n = rows(target, f.write, qbo)
        f.write("Total for 91 or more days past due,,,,,,,\r\nTOTAL,,,,,,\"$1.00\",\"$1.00\"\r\n\r\n\" Monday, November 30, 2026 09:14 AM GMT-06:00\",,,,,,,\r\n")
    print("qbo-aging.csv", n)

    with open(os.path.join(args.dir, "xero.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("ContactName,EmailAddress,InvoiceNumber,Reference,InvoiceDate,DueDate,Total,TaxTotal,InvoiceAmountPaid,"
                "InvoiceAmountDue,Description,Quantity,UnitAmount,LineAmount,Currency,Type,Sent,Status\n")

        def xero(n):
            invoice = (n + 2) // 3
            due = day(-(invoice % 150))
            return '"Contact %06d, Ltd",ap%d@example.com,INV-%08d,Job,%s,%s,300.00,0.00,0.00,300.00,"Line %d, labour",1,100.00,100.00,NZD,ACCREC,Sent,AUTHORISED\n' % (
                invoice % 100000, invoice % 100000, invoice, (due - datetime.timedelta(days=14)).strftime("%d/%m/%Y"),
                due.strftime("%d/%m/%Y"), n)
        n = rows(target, f.write, xero)
    print("xero.csv", n)

    with open(os.path.join(args.dir, "qbxml-invoices.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" ?>\n<QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode="0" statusSeverity="Info" statusMessage="Status OK">\n')

        def invoice(n):
            due = day(-(n % 150))
            return ("<InvoiceRet><TxnID>%d-1232328070</TxnID><CustomerRef><ListID>4-1</ListID><FullName>Customer %06d:Job</FullName>"
                    "</CustomerRef><TxnDate>%s</TxnDate><DueDate>%s</DueDate><RefNumber>%d</RefNumber><Subtotal>%.2f</Subtotal>"
                    "<BalanceRemaining>%.2f</BalanceRemaining><IsPaid>false</IsPaid></InvoiceRet>\n") % (
                n, n % 100000, due - datetime.timedelta(days=30), due, n, amount(), amount())
        n = rows(target, f.write, invoice)
        f.write("</InvoiceQueryRs></QBXMLMsgsRs></QBXML>\n")
    print("qbxml-invoices.xml", n)

    with open(os.path.join(args.dir, "qbxml-aging.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" ?>\n<QBXML><QBXMLMsgsRs><AgingReportQueryRs statusCode="0" statusSeverity="Info">\n<ReportRet>'
                "<ReportTitle>A/R Aging Detail</ReportTitle><ReportSubtitle>As of November 30, 2026</ReportSubtitle>\n")
        for col, (title, kind) in enumerate([("Type", "TxnType"), ("Date", "Date"), ("Num", "RefNumber"), ("Name", "Name"),
                                             ("Due Date", "DueDate"), ("Open Balance", "OpenBalance")], start=1):
            f.write('<ColDesc colID="%d"><ColTitle titleRow="1" value="%s" /><ColType>%s</ColType></ColDesc>\n' % (col, title, kind))
        f.write("<ReportData>\n")

        def aging(n):
            due = day(-(n % 150))
            return ('<DataRow rowNumber="%d"><ColData colID="1" value="Invoice" /><ColData colID="2" value="%s" />'
                    '<ColData colID="3" value="%d" /><ColData colID="4" value="Customer %06d" /><ColData colID="5" value="%s" />'
                    '<ColData colID="6" value="%.2f" /></DataRow>\n') % (n, due - datetime.timedelta(days=30), n, n % 100000, due, amount())
        n = rows(target, f.write, aging)
        f.write("</ReportData></ReportRet></AgingReportQueryRs></QBXMLMsgsRs></QBXML>\n")
    print("qbxml-aging.xml", n)


if __name__ == "__main__":
    main()
