import CollectCore
import CollectFiles
import CollectTestSupport
import Testing

@testable import CollectSpool

@Suite("Headers, encodings and the spool")
struct SpoolTests {
    func mail(toName: String, subject: String, to: String = "ap@cafe.example") -> MailMessage {
        MailMessage(
            fromName: "Dana \"the\" Whitfield", fromAddress: "accounts@harborpine.example", replyTo: nil, toName: toName,
            toAddress: to, subject: subject, date: "Mon, 30 Nov 2026 10:00:00 -0600", messageID: "m1@harborpine.example",
            collectID: "2026-11-30-0001", body: "Hello\n")
    }

    func headerLines(_ bytes: [UInt8]) -> [Substring] {
        let text = String(decoding: bytes, as: UTF8.self)
        return text[..<text.range(of: "\n\n")!.lowerBound].split(separator: "\n")
    }

    @Test(
        "CR or LF in a value never breaks a header",
        arguments: [
            "ACME\r\nBcc: victim@evil.example", "ACME\nBcc: victim@evil.example", "ACME\rBcc: victim@evil.example",
            "ACME\u{2028}Bcc: x",
        ])
    func injection(hostile: String) throws {
        for bytes in [mail(toName: hostile, subject: "Hi").serialized(), mail(toName: "A", subject: hostile).serialized()] {
            let lines = headerLines(bytes)
            #expect(!lines.contains { $0.hasPrefix("Bcc") })
            #expect(lines.allSatisfy { $0.first == " " || $0.contains(": ") })
            #expect(!bytes.contains(0x0D))
        }
    }

    @Test("every header SPEC lists is there, once")
    func headers() throws {
        let names = headerLines(mail(toName: "Café Müller", subject: "Reminder").serialized()).compactMap { line in
            line.first == " " ? nil : String(line.prefix { $0 != ":" })
        }
        for required in [
            "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
            "Auto-Submitted", "List-Unsubscribe",
        ] {
            #expect(names.filter { $0 == required }.count == 1, "\(required)")
        }
    }

    @Test("a mailbox quotes its name and keeps its address inside the brackets, clean or not")
    func mailboxes() {
        #expect(
            HeaderText.mailbox(name: "Dana Whitfield", address: "dana@harborpine.example")
                == "\"Dana Whitfield\" <dana@harborpine.example>")
        #expect(
            HeaderText.mailbox(name: "Dana \"D\" O\\Neil", address: "d@x.example") == "\"Dana \\\"D\\\" O\\\\Neil\" <d@x.example>"
        )
        #expect(HeaderText.mailbox(name: " \t ", address: " a@x.example\t") == "<a@x.example>")
        #expect(HeaderText.mailbox(name: nil, address: "a <b>, c; d@x.example") == "<abcd@x.example>")
        #expect(
            HeaderText.mailbox(name: "Zoë\r\nBcc: e@evil", address: "z@x.example")
                == "\(EncodedWord.encode("Zoë  Bcc: e@evil")) <z@x.example>")
        #expect(HeaderText.clean("  Oakridge\u{2028}Dental\t") == "Oakridge Dental")
        #expect(HeaderText.clean("Oakridge Dental") == "Oakridge Dental")
    }

    @Test("a long header folds at spaces within 78 characters, as it always has, in ASCII or not")
    func folding() {
        /// The folding as first written, counting characters throughout.
        func reference(_ line: String) -> String {
            guard line.count > 78, !line.contains("\n") else { return line }
            var out = ""
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                if !current.isEmpty && current.count + 1 + word.count > 78 {
                    out += current + "\n"
                    current = " " + word
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            return out + current
        }
        let pieces = [
            "Subject:", "INV-086489,", "and", "7", "more", "", "é", "e\u{301}", "\u{301}x", "日本語", "a\r", "\u{1F1EB}\u{1F1F7}",
        ]
        var random = SplitMix64(seed: 5)
        var folded = 0
        for _ in 0..<3_000 {
            let line = (0..<random.next(in: 1...40)).map { _ in pieces[random.next(in: 0...(pieces.count - 1))] }
                .joined(separator: " ")
            #expect(MailMessage.fold(line) == reference(line), "\(line)")
            if MailMessage.fold(line).contains("\n") { folded += 1 }
        }
        #expect(folded > 1_000, "most lines are long enough to fold")
    }

    @Test("non-ASCII names and subjects are RFC 2047 words that decode back")
    func encodedWords() throws {
        let subject = "Rappel : facture n° 1042 — merci, Müller & Søn, a long subject that needs more than one encoded word"
        let encoded = EncodedWord.encode(subject)
        #expect(encoded.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(encoded.split(separator: "\n").allSatisfy { $0.count <= 76 })
        #expect(EncodedWord.decode(encoded) == subject)
        #expect(EncodedWord.decode("=?ISO-8859-1?Q?Caf=E9_M=FCller?=") == "Café Müller")
    }

    @Test("quoted-printable: short lines, exact round trip")
    func quotedPrintable() throws {
        let text =
            "Total = €1,234.56 \nA line that is long enough to need a soft break somewhere before the seventy-sixth column, surely.\nend\t\n"
        let encoded = QuotedPrintable.encode(text)
        #expect(encoded.split(separator: "\n").allSatisfy { $0.count <= 76 })
        #expect(encoded.contains("=3D"))
        #expect(encoded.contains("=E2=82=AC"))
        #expect(encoded.contains("56=20\n"))
        #expect(QuotedPrintable.decode(encoded) == text)
    }

    @Test("an edited staged e-mail gives back its subject and text")
    func editable() throws {
        var bytes = mail(toName: "Café", subject: "Relance : facture n° 7").serialized()
        bytes += Array("PS: =C3=A9t=C3=A9 and a typed é.\n".utf8)
        let edited = try MailMessage.editable(from: bytes, file: "m.eml")
        #expect(edited.subject == "Relance : facture n° 7")
        #expect(edited.body == "Hello\nPS: été and a typed é.\n")
        #expect(throws: StagedFileError.self) { try MailMessage.editable(from: Array("no headers here".utf8), file: "m.eml") }
    }

    @Test("the spool shows a message only once it is published, and publishing twice is a no-op")
    func twoPhase() throws {
        let files = MemoryFileStore()
        let spool = Spool(root: "/ws/outbox", files: files)
        try spool.prepare()
        try spool.writeTemporary(Array("x".utf8), name: "m1.eml", channel: .email)
        try spool.writeTemporary(Array("y".utf8), name: "m2", channel: .sms)
        #expect(try files.files(in: "/ws/outbox/mail/new").isEmpty)
        #expect(try files.files(in: "/ws/outbox/sms") == [".m2"])
        #expect(try spool.publish(name: "m1.eml", channel: .email))
        #expect(try spool.publish(name: "m2", channel: .sms))
        #expect(try files.files(in: "/ws/outbox/mail/new") == ["m1.eml"])
        #expect(try files.files(in: "/ws/outbox/sms") == ["m2"])
        #expect(try !spool.publish(name: "m1.eml", channel: .email))
        #expect(try files.files(in: "/ws/outbox/mail/tmp").isEmpty)
    }
}
