import CollectReport
import Foundation
import Testing

/// report.json and the logs are written by hand: every string must read back as written, by any
/// JSON reader, and a browser must be able to embed it in a script.
@Suite("JSON strings written by hand read back exactly")
struct JSONTextTests {
    @Test("plain text is quoted as it is; quotes, backslashes, control characters and line separators are escaped")
    func escapes() throws {
        #expect(
            JSONText.string("Oakridge Dental: INV-1042, $1,240.00 — café") == "\"Oakridge Dental: INV-1042, $1,240.00 — café\"")
        #expect(JSONText.string("say \"hi\"\\") == #""say \"hi\"\\""#)
        #expect(JSONText.string("a\nb\tc\r\u{1}") == #""a\nb\tc\r\u0001""#)
        #expect(JSONText.string("x\u{2028}y\u{2029}€") == #""x\u2028y\u2029€""#)
        // Every text, odd or plain, reads back as itself.
        let pieces = ["a", " ", "é", "\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{2028}", "\u{2029}", "€", "\u{2027}", "日"]
        var texts: [String] = []
        for first in pieces {
            for second in pieces { texts.append(first + "plain" + second) }
        }
        for text in texts {
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(JSONText.string(text))]".utf8)) as? [String]
            #expect(decoded == [text], "\(text.debugDescription)")
            // Written straight into a report, the same bytes.
            var written = ""
            JSONText.write(text, to: &written)
            #expect(written == JSONText.string(text), "\(text.debugDescription)")
        }
    }
}
