import CollectCore
import CollectFiles
import CollectInputs
import CollectTestSupport
import Foundation
import Testing

@Suite("qbXML responses through libxml2's streaming reader")
struct QBXMLTests {
    var options: ReadingOptions { ReadingOptions(phoneCountryCode: "1") }

    func read(_ bytes: [UInt8]) throws -> (QBXMLFile, [InputRecord]) {
        let file = try QBXMLFile(source: MemoryByteSource(bytes), file: "qb.xml", options: options)
        var records: [InputRecord] = []
        while let record = try file.next() { records.append(record) }
        return (file, records)
    }

    func read(_ text: String) throws -> (QBXMLFile, [InputRecord]) { try read(Array(text.utf8)) }

    /// Serves its bytes in pieces of the sizes given, in turn: a pipe or a slow disk.
    final class PiecesSource: ByteSource {
        private let bytes: [UInt8]
        private let sizes: [Int]
        private var offset = 0
        private var turn = 0
        init(_ bytes: [UInt8], sizes: [Int]) {
            self.bytes = bytes
            self.sizes = sizes
        }
        func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            let count = min(buffer.count, bytes.count - offset, sizes[turn % sizes.count])
            turn += 1
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
            }
            offset += count
            return count
        }
    }

    @Test("a response many times the size of one read comes through whole, however the source hands it over")
    func largeResponse() throws {
        let invoices = (1...3_000).map { n in
            "<InvoiceRet><TxnID>\(n)</TxnID><CustomerRef><FullName>Müller \(n)</FullName></CustomerRef>"
                + "<RefNumber>\(n)</RefNumber><DueDate>2026-11-01</DueDate><BalanceRemaining>\(n).25</BalanceRemaining></InvoiceRet>"
        }
        let xml = Array(
            ("<QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode=\"0\">" + invoices.joined(separator: "\n")
                + "</InvoiceQueryRs></QBXMLMsgsRs></QBXML>").utf8)
        #expect(xml.count > 4 << 16, "several of the reader's reads")
        for sizes in [[1 << 20], [7_919, 1, 65_537], [3]] {
            let file = try QBXMLFile(source: PiecesSource(xml, sizes: sizes), file: "qb.xml", options: options)
            var rows: [InvoiceRow] = []
            while let record = try file.next() { if case .invoice(let row) = record { rows.append(row) } }
            #expect(rows.count == 3_000, "\(sizes)")
            #expect(rows.map(\.number) == (1...3_000).map(String.init), "\(sizes)")
            #expect(rows.last?.customer == "Müller 3000" && rows.last?.line == 3_000, "\(sizes)")
            #expect(rows.last?.balance == Money(minorUnits: 300_025, currency: .usd), "\(sizes)")
        }
    }

    @Test("a record with more elements than any real one is refused, not held whole")
    func hugeRecord() throws {
        let children = String(repeating: "<Memo/>", count: 200_001)
        let xml =
            "<QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode=\"0\"><InvoiceRet><TxnID>1</TxnID>\(children)</InvoiceRet>"
            + "</InvoiceQueryRs></QBXMLMsgsRs></QBXML>"
        let error = try #require(throws: InputError.self) { try read(xml) }
        #expect(error.message.contains("InvoiceRet here holds more than 200000 elements"))
    }

    @Test(
        "InvoiceQueryRs from the corpus: Customer:Job names, a missing RefNumber falls back to the TxnID visibly",
        .enabled(if: Corpus.folder != nil))
    func corpusInvoices() throws {
        let (file, records) = try read(try Corpus.bytes("qbxml/consolibyte_InvoiceQueryRs.xml"))
        #expect(file.kind == .openInvoices)
        let invoices = records.compactMap { if case .invoice(let row) = $0 { row } else { nil } }
        #expect(invoices.count == 2)
        #expect(invoices[0].number == "TxnID 4-1232328070")
        // Findable under its TxnID, but no reminder may name it so: a person gives it its number.
        #expect(invoices[0].doubt?.field == "RefNumber" && invoices[1].doubt == nil)
        #expect(invoices[0].customer == "Keith Palmer:QuickBooks Integration")
        #expect(invoices[0].balance == Money(minorUnits: 4_500, currency: .usd))
        #expect(invoices[0].dueDate == CivilDate(iso: "2009-01-18"))
    }

    @Test("CustomerQueryRs from the corpus, plain and with iterator attributes", .enabled(if: Corpus.folder != nil))
    func corpusCustomers() throws {
        for name in ["qbxml/qbwc-qbxml_customer_query_rs.xml", "qbxml/qbwc-qbxml_customer_query_terator_rs.xml"] {
            let (file, records) = try read(try Corpus.bytes(name))
            #expect(file.kind == .customers)
            #expect(!records.isEmpty)
        }
        let (_, records) = try read(try Corpus.bytes("qbxml/qbwc-qbxml_customer_query_rs.xml"))
        guard case .customer(let customer) = records.first else {
            Issue.record("no customer")
            return
        }
        #expect(customer.email == "keith@uglyslug.com")
        #expect(customer.phone == "18606341602")
    }

    @Test(
        "ReceivePaymentQueryRs from the corpus: each AppliedToTxnRet is a payment; card details are never read",
        .enabled(if: Corpus.folder != nil))
    func corpusPayments() throws {
        let (file, records) = try read(try Corpus.bytes("qbxml/qbwc-qbxml_receive_payment_query_rs.xml"))
        #expect(file.kind == .payments)
        let payments = records.compactMap { if case .payment(let row) = $0 { row } else { nil } }
        #expect(payments.count == 1)
        #expect(payments.first?.invoice == "OP13988")
        #expect(payments.first?.amount == Money(minorUnits: 11_235, currency: .usd))
        #expect(payments.first?.date == CivilDate(iso: "2009-10-02"))
        #expect(payments.first?.reference == "101")
        #expect(!"\(records)".contains("1234"))
    }

    @Test(
        "a bare ReceivePaymentRet fragment: three payments, the one without RefNumber keyed by its TxnID, never a LinkedTxn's",
        .enabled(if: Corpus.folder != nil))
    func corpusFragment() throws {
        let (file, records) = try read(try Corpus.bytes("qbxml/consolibyte_ReceivePaymentRet_fragment.xml"))
        #expect(file.kind == .payments)
        let payments = records.compactMap { if case .payment(let row) = $0 { row } else { nil } }
        #expect(payments.map(\.invoice) == ["21", "TxnID 4EBB-1360044733", "22"])
        #expect(payments.map(\.amount.minorUnits) == [10_000, 10_000, 19_977])
        #expect(payments.allSatisfy { $0.reference == "456" && $0.date == CivilDate(iso: "2013-02-05") })
    }

    @Test(
        "AgingReportQueryRs ARAgingDetail: cells by colID through ColDesc, never by position; text, subtotal and total rows skipped"
    )
    func agingReport() throws {
        let xml = """
            <?xml version="1.0" ?>
            <QBXML><QBXMLMsgsRs>
            <AgingReportQueryRs statusCode="0" statusSeverity="Info" statusMessage="Status OK">
            <ReportRet>
              <ReportTitle>A/R Aging Detail</ReportTitle>
              <ReportSubtitle>As of November 30, 2026</ReportSubtitle>
              <ColDesc colID="1" dataType="STRTYPE"><ColTitle titleRow="1" /><ColType>Blank</ColType></ColDesc>
              <ColDesc colID="2" dataType="STRTYPE"><ColTitle titleRow="1" value="Type" /><ColType>TxnType</ColType></ColDesc>
              <ColDesc colID="3" dataType="DATETYPE"><ColTitle titleRow="1" value="Date" /><ColType>Date</ColType></ColDesc>
              <ColDesc colID="6" dataType="STRTYPE"><ColTitle titleRow="1" value="Num" /><ColType>RefNumber</ColType></ColDesc>
              <ColDesc colID="4" dataType="STRTYPE"><ColTitle titleRow="1" value="Name" /><ColType>Name</ColType></ColDesc>
              <ColDesc colID="5" dataType="DATETYPE"><ColTitle titleRow="1" value="Due Date" /><ColType>DueDate</ColType></ColDesc>
              <ColDesc colID="7" dataType="AMTTYPE"><ColTitle titleRow="1" value="Open Balance" /><ColType>OpenBalance</ColType></ColDesc>
              <ReportData>
                <TextRow rowNumber="1" value="1 - 30" />
                <DataRow rowNumber="2">
                  <ColData colID="7" value="1240.00" /><ColData colID="2" value="Invoice" /><ColData colID="3" value="2026-10-28" />
                  <ColData colID="6" value="1042" /><ColData colID="4" value="Oakridge Dental:Suite 200" /><ColData colID="5" value="2026-11-27" />
                </DataRow>
                <DataRow rowNumber="3">
                  <ColData colID="2" value="Credit Memo" /><ColData colID="3" value="2026-11-03" /><ColData colID="4" value="Oakridge Dental:Suite 200" /><ColData colID="7" value="-50.00" />
                </DataRow>
                <DataRow rowNumber="4">
                  <ColData colID="2" value="Invoice" /><ColData colID="3" value="2026-09-01" /><ColData colID="4" value="Café Müller" />
                  <ColData colID="5" value="2026-10-01" /><ColData colID="7" value="80.00" />
                </DataRow>
                <SubtotalRow rowNumber="5"><ColData colID="7" value="1320.00" /></SubtotalRow>
                <TotalRow rowNumber="6"><ColData colID="1" value="TOTAL" /><ColData colID="7" value="1270.00" /></TotalRow>
              </ReportData>
            </ReportRet>
            </AgingReportQueryRs>
            </QBXMLMsgsRs></QBXML>
            """
        let (file, records) = try read(xml)
        #expect(file.kind == .openInvoices)
        #expect(file.exportedAsOf == CivilDate(iso: "2026-11-30"))
        let invoices = records.compactMap { if case .invoice(let row) = $0 { row } else { nil } }
        // The credit memo is read as the credit it is, so no reminder asks for more than is owed.
        #expect(
            invoices.map(\.number) == [
                "1042", "(credit memo) Oakridge Dental:Suite 200 2026-11-03 -50.00", "(no number) Café Müller 2026-09-01",
            ])
        #expect(invoices.map(\.customer) == ["Oakridge Dental:Suite 200", "Oakridge Dental:Suite 200", "Café Müller"])
        #expect(invoices.map(\.balance.minorUnits) == [124_000, -5_000, 8_000])
        #expect(invoices.map { $0.doubt != nil } == [false, false, true], "only the invoice with no number is set aside")
        #expect(
            invoices.map(\.dueDate) == [CivilDate(iso: "2026-11-27"), CivilDate(iso: "2026-11-03"), CivilDate(iso: "2026-10-01")])
    }

    @Test("an error status is refused with its message; status code 1 is an empty result")
    func statuses() throws {
        let error = try #require(throws: InputError.self) {
            try read(
                """
                <QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode="3120" statusSeverity="Error" statusMessage="Object &quot;X&quot; specified in the request cannot be found." /></QBXMLMsgsRs></QBXML>
                """)
        }
        #expect(error.isFatal)
        #expect(error.message.contains("Object \"X\" specified in the request cannot be found."))
        let (file, records) = try read(
            """
            <QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode="1" statusSeverity="Info" statusMessage="A query request did not find a matching object in QuickBooks" /></QBXMLMsgsRs></QBXML>
            """)
        #expect(file.kind == .openInvoices)
        #expect(records.isEmpty)
    }

    @Test(
        "indentation, padded and broken values read as the export means them: a name on one line, an empty number missing, a field's error at its own line"
    )
    func untidyValues() throws {
        let file = try QBXMLFile(
            source: MemoryByteSource(
                """
                <QBXML>
                  <QBXMLMsgsRs>
                    <InvoiceQueryRs statusCode="0" statusSeverity="Info">
                      <InvoiceRet>
                        <TxnID>1</TxnID>
                        <CustomerRef>
                          <ListID>4-1</ListID>
                          <FullName>  Oakridge
                Dental </FullName>
                        </CustomerRef>
                        <RefNumber> 1042 </RefNumber>
                        <Memo>   </Memo>
                        <DueDate>2026-11-01</DueDate>
                        <BalanceRemaining>120.00</BalanceRemaining>
                      </InvoiceRet>
                      <InvoiceRet>
                        <TxnID>2</TxnID>
                        <CustomerRef><FullName>Café	Müller</FullName></CustomerRef>
                        <RefNumber>   </RefNumber>
                        <CurrencyRef><FullName>Euro</FullName></CurrencyRef>
                        <DueDate>2026-11-02</DueDate>
                        <BalanceRemaining>80.00</BalanceRemaining>
                      </InvoiceRet>
                      <InvoiceRet>
                        <TxnID>3</TxnID>
                        <CustomerRef><FullName>Summit Physio</FullName></CustomerRef>
                        <RefNumber>1044</RefNumber>
                        <CurrencyRef>
                          <FullName>Moon Dollar</FullName>
                        </CurrencyRef>
                        <DueDate>2026-11-03</DueDate>
                        <BalanceRemaining>9.00</BalanceRemaining>
                      </InvoiceRet>
                    </InvoiceQueryRs>
                  </QBXMLMsgsRs>
                </QBXML>
                """), file: "qb.xml", options: options)
        guard case .invoice(let first) = try #require(try file.next()) else {
            Issue.record("no invoice")
            return
        }
        // The name a reminder would greet is the export's, on one line and trimmed.
        #expect(first.customer == "Oakridge Dental")
        #expect(first.number == "1042")
        #expect(first.balance == Money(minorUnits: 12_000, currency: Currency("USD")!))
        #expect(first.line == 4)
        guard case .invoice(let second) = try #require(try file.next()) else {
            Issue.record("no invoice")
            return
        }
        #expect(second.customer == "Café Müller")
        #expect(second.balance == Money(minorUnits: 8_000, currency: Currency("EUR")!))
        // A number of spaces alone is no number: the invoice is findable by its TxnID and set aside.
        #expect(second.number == "TxnID 2")
        #expect(second.doubt != nil)
        let error = try #require(throws: InputError.self) { try file.next() }
        #expect(error.field == "CurrencyRef/FullName")
        #expect(error.line == 29)
        #expect(try file.next() == nil)
    }

    @Test(
        "an aging report's empty or untidy cells: an empty number is missing, a name on one line, a column redefined by its last ColDesc"
    )
    func untidyAgingCells() throws {
        let (_, records) = try read(
            """
            <QBXML><QBXMLMsgsRs><AgingReportQueryRs statusCode="0" statusSeverity="Info"><ReportRet>
            <ColDesc colID="1"><ColTitle titleRow="1" value="Type" /><ColType>TxnType</ColType></ColDesc>
            <ColDesc colID="2"><ColTitle titleRow="1" value="Num" /><ColType>RefNumber</ColType></ColDesc>
            <ColDesc colID="3"><ColTitle titleRow="1" value="Name" /><ColType>Name</ColType></ColDesc>
            <ColDesc colID="4"><ColTitle titleRow="1" value="Date" /><ColType>Date</ColType></ColDesc>
            <ColDesc colID="5"><ColTitle titleRow="1" value="Memo" /><ColType>Memo</ColType></ColDesc>
            <ColDesc colID="5"><ColTitle titleRow="1" value="Open Balance" /><ColType>OpenBalance</ColType></ColDesc>
            <ReportData>
            <DataRow rowNumber="1"><ColData colID="1" value="Invoice" /><ColData colID="2" value="" />
              <ColData colID="3" value=" Riverbend&#10;Café " /><ColData colID="4" value="2026-10-01" /><ColData colID="5" value="310.00" /></DataRow>
            </ReportData></ReportRet></AgingReportQueryRs></QBXMLMsgsRs></QBXML>
            """)
        let invoices = records.compactMap { if case .invoice(let row) = $0 { row } else { nil } }
        #expect(invoices.count == 1)
        #expect(invoices.first?.customer == "Riverbend Café")
        #expect(invoices.first?.number == "(no number) Riverbend Café 2026-10-01")
        #expect(invoices.first?.doubt != nil)
        #expect(invoices.first?.balance.minorUnits == 31_000)
    }

    @Test("a bad field names its line and element; reading goes on with the next record")
    func badField() throws {
        let file = try QBXMLFile(
            source: MemoryByteSource(
                """
                <QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode="0" statusSeverity="Info">
                <InvoiceRet><TxnID>1</TxnID><CustomerRef><FullName>A</FullName></CustomerRef><RefNumber>7</RefNumber>
                <DueDate>2026-13-01</DueDate><BalanceRemaining>5.00</BalanceRemaining></InvoiceRet>
                <InvoiceRet><TxnID>2</TxnID><CustomerRef><FullName>B</FullName></CustomerRef><RefNumber>8</RefNumber>
                <DueDate>2026-11-01</DueDate><BalanceRemaining>6.00</BalanceRemaining><IsPaid>true</IsPaid></InvoiceRet>
                <InvoiceRet><TxnID>3</TxnID><CustomerRef><FullName>B</FullName></CustomerRef>
                <DueDate>2026-11-01</DueDate><BalanceRemaining>9.00</BalanceRemaining><IsPaid>true</IsPaid></InvoiceRet>
                </InvoiceQueryRs></QBXMLMsgsRs></QBXML>
                """), file: "qb.xml", options: options)
        let error = try #require(throws: InputError.self) { try file.next() }
        #expect(error.field == "DueDate")
        #expect(error.line == 3)
        #expect(error.message.contains("\"2026-13-01\" is not a date"), "the date given, not a missing one: \(error.message)")
        #expect(!error.isFatal)
        guard case .invoice(let paid) = try #require(try file.next()) else {
            Issue.record("no invoice")
            return
        }
        #expect(paid.number == "8")
        #expect(paid.balance.minorUnits == 0, "IsPaid closes it")
        guard case .invoice(let paidWithoutNumber) = try #require(try file.next()) else {
            Issue.record("no invoice")
            return
        }
        // Paid, so never chased: its missing number asks nothing of a person.
        #expect(paidWithoutNumber.number == "TxnID 3" && paidWithoutNumber.doubt == nil)
    }

    /// Each field read straight from the record's bytes still refuses text that is no date or
    /// amount, quoting it: a bad value is never taken for a missing one (an invoice's total is not
    /// silently dropped, a bad due date not replaced by the invoice's date).
    @Test(
        "a date or amount that cannot be read is an error quoting it, in every field",
        arguments: [
            ("<TxnDate>2026-10-01</TxnDate><DueDate>31/11/2026</DueDate><Subtotal>5.00</Subtotal>", "DueDate", "31/11/2026"),
            ("<TxnDate>2026-02-30</TxnDate><DueDate>2026-11-01</DueDate><Subtotal>5.00</Subtotal>", "TxnDate", "2026-02-30"),
            ("<TxnDate>2026-02-30</TxnDate><Subtotal>5.00</Subtotal>", "DueDate", "2026-02-30"),
            ("<TxnDate>2026-10-01</TxnDate><DueDate>2026-11-01</DueDate><Subtotal>5.0O</Subtotal>", "Subtotal", "5.0O"),
            ("<DueDate>2026-11-01</DueDate><Subtotal> 5,00.x </Subtotal>", "Subtotal", "5,00.x"),
        ])
    func badValue(fields: String, field: String, text: String) throws {
        let file = try QBXMLFile(
            source: MemoryByteSource(
                """
                <QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode="0" statusSeverity="Info">
                <InvoiceRet><CustomerRef><FullName>A</FullName></CustomerRef><RefNumber>7</RefNumber>
                \(fields)<BalanceRemaining>5.00</BalanceRemaining></InvoiceRet>
                <InvoiceRet><CustomerRef><FullName>A</FullName></CustomerRef><RefNumber>8</RefNumber>
                <DueDate>2026-11-01</DueDate><BalanceRemaining>3.0X</BalanceRemaining></InvoiceRet>
                </InvoiceQueryRs></QBXMLMsgsRs></QBXML>
                """), file: "qb.xml", options: options)
        let error = try #require(throws: InputError.self) { try file.next() }
        #expect(error.field == field)
        #expect(error.message.contains("\"\(text)\""), "\(error.message)")
        let balance = try #require(throws: InputError.self) { try file.next() }
        #expect(balance.field == "BalanceRemaining" && balance.message.contains("\"3.0X\""), "\(balance.message)")
        #expect(try file.next() == nil)
    }

    @Test("past line 65,535 (where libxml2 2.9 stops counting an element's line) a bad field still names its own line")
    func longFileLines() throws {
        // 70,000 blank lines, then an invoice on one line, and one over several with a bad balance.
        let blank = String(repeating: "\n", count: 70_000)
        let xml =
            "<QBXML><QBXMLMsgsRs><InvoiceQueryRs statusCode=\"0\">\(blank)"
            + "<InvoiceRet><TxnID>1</TxnID><CustomerRef><FullName>A</FullName></CustomerRef><RefNumber>7</RefNumber>"
            + "<DueDate>2026-11-01</DueDate><BalanceRemaining>5.00</BalanceRemaining></InvoiceRet>\n"
            + "<InvoiceRet>\n  <TxnID>2</TxnID>\n  <CustomerRef><FullName>B</FullName></CustomerRef>\n"
            + "  <RefNumber>8</RefNumber>\n  <DueDate>2026-11-01</DueDate>\n  <BalanceRemaining>6,0x</BalanceRemaining>\n"
            + "</InvoiceRet>\n</InvoiceQueryRs></QBXMLMsgsRs></QBXML>"
        let file = try QBXMLFile(source: MemoryByteSource(Array(xml.utf8)), file: "qb.xml", options: options)
        guard case .invoice(let first) = try #require(try file.next()) else {
            Issue.record("no invoice")
            return
        }
        #expect(first.line == 70_001)
        let error = try #require(throws: InputError.self) { try file.next() }
        #expect(error.field == "BalanceRemaining")
        #expect(error.line == 70_007)
        #expect(error.description.hasPrefix("qb.xml line 70007, field \"BalanceRemaining\""))
    }

    @Test("past line 65,535 an aging report's row, which holds no text, is placed at its line or a few after, never before")
    func longAgingLines() throws {
        let blank = String(repeating: "\n", count: 70_000)
        let row = { (number: Int, balance: String) in
            "<DataRow rowNumber=\"\(number)\">\n  <ColData colID=\"1\" value=\"Invoice\"/>\n  <ColData colID=\"2\" value=\"\(number)\"/>\n"
                + "  <ColData colID=\"3\" value=\"Customer \(number)\"/>\n  <ColData colID=\"4\" value=\"2026-11-01\"/>\n"
                + "  <ColData colID=\"5\" value=\"\(balance)\"/>\n</DataRow>\n"
        }
        let columns = [("TxnType", 1), ("RefNumber", 2), ("Name", 3), ("DueDate", 4), ("OpenBalance", 5)].map {
            "<ColDesc colID=\"\($0.1)\"><ColType>\($0.0)</ColType></ColDesc>"
        }
        let xml =
            "<QBXML><QBXMLMsgsRs><AgingReportQueryRs statusCode=\"0\"><ReportRet>\(columns.joined())<ReportData>\(blank)"
            + (1...40).map { row($0, $0 == 30 ? "9x9" : "10.00") }.joined()
            + "</ReportData></ReportRet></AgingReportQueryRs></QBXMLMsgsRs></QBXML>"
        let file = try QBXMLFile(source: MemoryByteSource(Array(xml.utf8)), file: "aging.xml", options: options)
        var lines: [Int] = []
        var error: InputError?
        while true {
            do {
                guard let record = try file.next() else { break }
                if case .invoice(let invoice) = record { lines.append(invoice.line) }
            } catch let failure as InputError {
                error = failure
            }
        }
        // Row n starts on line 70,001 + 7 (n - 1).
        let starts = (1...40).filter { $0 != 30 }.map { 70_001 + 7 * ($0 - 1) }
        #expect(lines.count == 39)
        #expect(zip(lines, starts).allSatisfy { $0 >= $1 && $0 < $1 + 20 }, "\(lines) against \(starts)")
        let bad = 70_001 + 7 * 29
        #expect(
            error.map { $0.field == "OpenBalance" && $0.line! >= bad && $0.line! < bad + 20 } == true,
            "\(String(describing: error))")
    }

    @Test("safety: a billion-laughs document and a file:// entity are refused, fast and without expanding anything")
    func hostile() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <QBXML><QBXMLMsgsRs><CustomerQueryRs statusCode="0"><CustomerRet><FullName>&lol9;</FullName></CustomerRet></CustomerQueryRs></QBXMLMsgsRs></QBXML>
            """
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("collect-secret-\(UUID().uuidString).txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
            <QBXML><QBXMLMsgsRs><CustomerQueryRs statusCode="0"><CustomerRet><FullName>&leak;</FullName></CustomerRet></CustomerQueryRs></QBXMLMsgsRs></QBXML>
            """
        for text in [laughs, external] {
            let started = Date()
            let error = try #require(throws: InputError.self) { try read(text) }
            #expect(error.isFatal)
            #expect(!error.description.contains("TOP-SECRET"))
            #expect(!error.description.contains("lollollol"))
            #expect(Date().timeIntervalSince(started) < 5)
        }
    }

    @Test("malformed XML is refused with its line")
    func malformed() throws {
        let error = try #require(throws: InputError.self) {
            try read("<QBXML><QBXMLMsgsRs><CustomerQueryRs statusCode=\"0\">\n<CustomerRet><FullName>A</Name></CustomerRet>")
        }
        #expect(error.isFatal)
        #expect(error.line == 2)
        #expect(error.message.contains("not well-formed"))
    }
}
