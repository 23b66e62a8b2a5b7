import CollectCore
import CollectFiles
import CollectInputs
import CollectTestSupport
import Foundation
import Testing

/// Reads a file the way the inbox does: encoding by sniffing, kind by content.
struct Opened {
    let reader: any RecordReader
    var invoices: [InvoiceRow] = []
    var customers: [CustomerRow] = []
    var replies: [IncomingReply] = []
    var errors: [InputError] = []

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String, options: ReadingOptions = ReadingOptions()) throws -> Opened {
        try open(Array(try Data(contentsOf: fixtures.appendingPathComponent(name))), name: name, options: options)
    }

    static func open(_ bytes: [UInt8], name: String = "drop.csv", options: ReadingOptions = ReadingOptions()) throws -> Opened {
        var sniffer = EncodingSniffer()
        bytes.withUnsafeBytes { sniffer.feed($0) }
        let encoding = sniffer.finish()
        let files = MemoryFileStore()
        try files.createDirectory("/inbox")
        try files.write(bytes, to: "/inbox/\(name)")
        var opened = Opened(
            reader: try InputOpener.open(path: "/inbox/\(name)", name: name, files: files, encoding: encoding, options: options)
        )
        while true {
            do {
                guard let record = try opened.reader.next() else { break }
                switch record {
                case .invoice(let row): opened.invoices.append(row)
                case .customer(let row): opened.customers.append(row)
                case .payment, .ledgerResponse: break
                case .reply(let reply): opened.replies.append(reply)
                }
            } catch let error as InputError {
                opened.errors.append(error)
                if error.isFatal { break }
            }
        }
        return opened
    }
}

@Suite("Exports as the real systems write them")
struct ExportFormatTests {
    static let qboExpected: [(Int, String, String, String, Int64)] = [
        (7, "1047", "Brightwater Property Mgmt", "2026-07-15", 248_000),
        (8, "1052", "Lindqvist, Maren", "2026-08-19", 73_456),
        (11, "1058", "Oakridge Dental:Suite 200 remodel", "2026-09-09", 675_000),
        (12, "Credit Memo 1061", "Oakridge Dental:Suite 200 remodel", "2026-09-14", -35_000),
        (15, "1063", "Cedar Hollow HOA", "2026-10-08", 311_520),
        (16, "(no number) Tomasz Nowak 2026-09-25 640.00", "Tomasz Nowak", "2026-10-25", 64_000),
        (19, "1066", "Kessler & Daughters Hardware", "2026-11-04", 189_000),
        (20, "1068", "Harbor Street Bakery", "2026-11-18", 210_000),
        (21, "1070", "Lindqvist, Maren", "2026-11-29", 52_500),
        (22, "(payment) Kessler & Daughters Hardware 2026-11-24 -250.00", "Kessler & Daughters Hardware", "2026-11-24", -25_000),
        (25, "1072", "Oakridge Dental:Suite 200 remodel", "2026-12-02", 980_000),
        (26, "1075", "Brightwater Property Mgmt", "2026-12-16", 107_550),
        (27, "1077", "Cedar Hollow HOA", "2026-11-30", 31_000),
    ]

    @Test(
        "QuickBooks Online A/R Aging Detail: titles, buckets, totals and footer skipped; a credit memo or payment read as the credit it is",
        arguments: ["qbo-ar-aging-detail.csv", "qbo-ar-aging-detail-classic.csv", "qbo-ar-aging-detail-cp1252.csv"])
    func qbo(name: String) throws {
        let opened = try Opened.fixture(name)
        #expect(opened.reader.format == "QuickBooks Online A/R Aging Detail")
        #expect(opened.reader.exportedAsOf == CivilDate(iso: "2026-11-30"))
        #expect(opened.errors.isEmpty, "\(opened.errors)")
        let expected = Self.qboExpected.map { line, number, customer, due, cents in
            (line, number, name.contains("cp1252") && number == "1068" ? "Café Müller" : customer, due, cents)
        }
        #expect(opened.invoices.map(\.line) == expected.map(\.0))
        #expect(opened.invoices.map(\.number) == expected.map(\.1))
        #expect(opened.invoices.map(\.customer) == expected.map(\.2))
        #expect(opened.invoices.map(\.dueDate.description) == expected.map(\.3))
        #expect(opened.invoices.map(\.balance.minorUnits) == expected.map(\.4))
        #expect(opened.invoices.allSatisfy { $0.balance.currency == .usd })
        // The invoice with no Num is set aside for a person; a credit under a stand-in is not (it is never chased).
        #expect(opened.invoices.filter { $0.doubt != nil }.map(\.number) == ["(no number) Tomasz Nowak 2026-09-25 640.00"])
        #expect(opened.invoices.first { $0.number == "1052" }?.total?.minorUnits == 123_456)
    }

    @Test("Xero invoices: line items collapse to one invoice; only approved sales invoices are open")
    func xero() throws {
        let opened = try Opened.fixture("xero-invoices.csv")
        #expect(opened.reader.format == "Xero invoices export")
        #expect(opened.errors.isEmpty, "\(opened.errors)")
        let open = opened.invoices.filter { $0.balance.isPositive }
        #expect(open.map(\.number) == ["INV-0412", "INV-0415", "INV-0423"])
        #expect(open.map(\.customer) == ["Whitcombe, Ana & Tom", "Tasman Bay Dental Ltd", "Schneider Holzbau GmbH"])
        #expect(
            open.map(\.balance) == [
                Money(minorUnits: 520_536, currency: Currency("NZD")!), Money(minorUnits: 260_575, currency: Currency("NZD")!),
                Money(minorUnits: 328_500, currency: Currency("EUR")!),
            ])
        #expect(open.map(\.dueDate.description) == ["2026-11-13", "2026-11-30", "2026-12-20"])
        #expect(open.first?.email == "ana.whitcombe@example.co.nz")
        // Paid and voided invoices come through closed; drafts and bills not at all.
        let closed = opened.invoices.filter { !$0.balance.isPositive }.map(\.number)
        #expect(closed == ["INV-0418", "INV-0409"])
        #expect(Set(opened.invoices.map(\.number)).count == opened.invoices.count)
    }

    @Test("Xero exported as UTF-16 with a byte-order mark reads the same")
    func xeroUTF16() throws {
        let opened = try Opened.fixture("xero-invoices-utf16.csv")
        #expect(opened.errors.isEmpty, "\(opened.errors)")
        #expect(opened.invoices.map(\.customer) == ["Māpua Wharf Café", "Ōtaki Surf Life Saving Club"])
        #expect(opened.invoices.map(\.balance.minorUnits) == [316_250, 163_200])
    }

    @Test("Xero line rows that disagree about their invoice are an error naming the line and field")
    func xeroDisagreement() throws {
        let csv = """
            ContactName,EmailAddress,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountDue,Currency,Type,Status
            Acme,,INV-1,01/11/2026,15/11/2026,100.00,100.00,NZD,ACCREC,AUTHORISED
            Acme,,INV-1,01/11/2026,16/11/2026,100.00,100.00,NZD,ACCREC,AUTHORISED
            Beta,,INV-2,01/11/2026,15/11/2026,50.00,50.00,NZD,ACCREC,AUTHORISED

            """
        let opened = try Opened.open(Array(csv.utf8))
        #expect(opened.errors.count == 1)
        #expect(opened.errors.first?.line == 3)
        #expect(opened.errors.first?.field == "DueDate")
        #expect(opened.invoices.map(\.number) == ["INV-2"])
    }

    @Test("what is none of these is refused with what was looked for")
    func unknown() throws {
        let opened = try? Opened.open(Array("Account,Debit,Credit\nCash,1,0\n".utf8))
        #expect(opened == nil)
        let error = try #require(throws: InputError.self) { try Opened.open(Array("Account,Debit,Credit\nCash,1,0\n".utf8)) }
        #expect(error.isFatal)
        for format in ["QuickBooks Online A/R Aging Detail", "Xero invoices export", "qbXML", "plain CSV"] {
            #expect(error.message.contains(format), "\(format)")
        }
    }
}

@Suite("Replies are recognised for what they are")
struct ReplyDetectionTests {
    @Test("an e-mail and an smstools3 incoming SMS from the corpus", .enabled(if: Corpus.folder != nil))
    func corpus() throws {
        for (name, format) in [
            ("sms/smstools3/melak-smstools3_received_sms.sms", "smstools3 incoming SMS"),
            ("email/autoreply/sisimai_rfc3834-01.eml", "e-mail message (RFC 5322)"),
            ("email/dsn/sisimai_lhost-postfix-01.eml", "e-mail message (RFC 5322)"),
        ] {
            let opened = try Opened.open(try Corpus.bytes(name), name: "reply")
            #expect(opened.reader.kind == .replies, "\(name)")
            #expect(opened.reader.format == format, "\(name)")
        }
    }
}

@Suite("E-mail read back: replies, bounces and auto-replies from the corpus")
struct EmailCorpusTests {
    func reply(_ name: String) throws -> IncomingReply {
        let opened = try Opened.open(try Corpus.bytes(name), name: "message.eml")
        #expect(opened.reader.kind == .replies)
        return try #require(opened.replies.first)
    }

    @Test(
        "bounces from the corpus: RFC 3464 and the non-standard forms, with the failed address and status",
        .enabled(if: Corpus.folder != nil),
        arguments: [
            ("sisimai_dos_lhost-postfix-01.eml", true, "r@p351355.pool.example.ne.jp", "5.1.1"),
            ("sisimai_lhost-amazonses-01.eml", true, "shironeko@example.co.jp", "5.0.0"),
            ("sisimai_lhost-exim-01.eml", true, "kijitora@example.ed.jp", "5.7.0"),
            ("sisimai_lhost-gmail-01.eml", true, "userunknown@example.jp", "5.1.1"),
            ("sisimai_lhost-office365-01.eml", true, "kijitora@example.com", "5.1.10"),
            ("sisimai_lhost-opensmtpd-06.eml", false, "nekochan@libsisimai.org", "4.4.7"),
            ("sisimai_lhost-postfix-01.eml", true, "r@p351355.pool.example.ne.jp", "5.1.1"),
            ("sisimai_lhost-postfix-02.eml", true, "filtered@example.co.jp", "5.2.1"),
            ("sisimai_lhost-qmail-01.eml", true, "kijitora@example.ne.jp", "5.5.0"),
            ("sisimai_lhost-sendmail-01.eml", true, "userunknown@bouncehammer.jp", "5.1.1"),
            ("sisimai_rfc3464-01.eml", true, "userunknown@bouncehammer.jp", "5.1.1"),
        ])
    func bounces(name: String, hard: Bool, recipient: String, status: String) throws {
        let message = try reply("email/dsn/" + name)
        #expect(message.kind == .bounce(hard: hard, recipient: recipient, status: status))
    }

    @Test("auto-replies from the corpus: RFC 3834 and the common non-standard forms", .enabled(if: Corpus.folder != nil))
    func autoReplies() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Corpus.folder! + "/email/autoreply").sorted() {
            let message = try reply("email/autoreply/" + name)
            guard case .autoReply = message.kind else {
                Issue.record("\(name) read as \(message.kind)")
                continue
            }
        }
    }

    @Test("what is neither stays a reply, with its text and encoded subject decoded", .enabled(if: Corpus.folder != nil))
    func notBounces() throws {
        let first = try reply("email/not-bounce/sisimai_is-not-bounce-01.eml")
        #expect(first.kind == .reply)
        #expect(first.subject == "にゃんこ")
        #expect(first.sender == "shironeko@example.com")
        let second = try reply("email/not-bounce/sisimai_is-not-bounce-02.eml")
        #expect(second.kind == .reply)
        #expect(second.text.contains("it shouldn't be considered as bounce"))
    }

    @Test("MIME: multipart/alternative, quoted-printable, base64, Windows-1252, ISO-2022-JP, RFC 2047, In-Reply-To")
    func mime() throws {
        let jis: [UInt8] = [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x38, 0x6C, 0x1B, 0x28, 0x42]
        let message =
            Array(
                """
                From: =?ISO-8859-1?Q?Ren=E9_M=FCller?= <Rene@Example.COM>
                To: accounts@harborpine.example
                Subject: =?UTF-8?B?UmU6IEludm9pY2UgSU5WLTEwNDIg4oCUIHF1ZXN0aW9u?=
                Date: Tue, 01 Dec 2026 09:30:00 -0600
                In-Reply-To: <collect.2026-11-30-0003.abc@harborpine.example>
                References: <older@x.example> <collect.2026-11-30-0003.abc@harborpine.example>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: multipart/mixed; boundary=b2

                --b2
                Content-Type: text/plain; charset=windows-1252
                Content-Transfer-Encoding: quoted-printable

                Caf=E9 paid =80100 =96 thanks

                --b2
                Content-Type: text/plain; charset=ISO-2022-JP
                Content-Disposition: attachment; filename=note.txt

                attached
                --b2--
                --b1
                Content-Type: text/html; charset=utf-8
                Content-Transfer-Encoding: base64

                PHA+Q2Fmw6kgcGFpZDwvcD4=
                --b1--

                """.utf8)
        let opened = try Opened.open(message, name: "reply.eml")
        let reply = try #require(opened.replies.first)
        #expect(reply.sender == "rene@example.com")
        #expect(reply.subject == "Re: Invoice INV-1042 — question")
        #expect(reply.text.trimmingCharacters(in: .whitespacesAndNewlines) == "Café paid €100 – thanks")
        #expect(
            reply.answers == [
                "collect.2026-11-30-0003.abc@harborpine.example", "older@x.example",
                "collect.2026-11-30-0003.abc@harborpine.example",
            ])
        #expect(reply.sentAt == Instant.parse("2026-12-01T15:30:00Z", timeZone: .gmt))
        #expect(reply.kind == .reply)
        let japanese =
            Array("From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=ISO-2022-JP\n\n".utf8) + jis + [0x0A]
        #expect(
            try Opened.open(japanese, name: "jp.eml").replies.first?.text.trimmingCharacters(in: .whitespacesAndNewlines) == "日本語"
        )
    }

}
