import CollectCore
import CollectSettings
import CollectSpool
import Foundation

/// The bytes of a message as it is staged and released: an RFC 5322 e-mail from the business, or
/// an smstools3 file. Staging, editing and release write through it, so the file the admin
/// reviews is the file the relay reads.
struct OutgoingFormat: Sendable {
    /// Who the business is: sender, reply address, whether replies carry a token.
    let business: BusinessSettings
    /// The business's clock, for the Date header.
    let timeZone: TimeZone

    /// The bytes of one message; `attachments` go with an e-mail only.
    func bytes(
        channel: Channel, recipient: String, customer: String, subject: String?, body: String, rfcID: String,
        collectID: String, date: Date, attachments: [MailAttachment] = []
    ) -> [UInt8] {
        switch channel {
        case .email:
            let replyTo = business.replyToken ? Self.tokenAddress(business.replyAddress, messageId: collectID) : business.replyTo
            return MailMessage(
                fromName: business.senderName, fromAddress: business.senderAddress, replyTo: replyTo,
                toName: customer, toAddress: recipient, subject: subject ?? "", date: RFC5322Date.format(date, in: timeZone),
                messageID: rfcID, collectID: collectID, body: body, attachments: attachments
            ).serialized()
        case .sms:
            return SMSFile(to: recipient, text: body).serialized()
        }
    }

    /// A Message-ID unique to the message and stable across retries.
    func messageID(for id: String, fingerprint: String) -> String {
        let domain = business.senderAddress.split(separator: "@").last.map(String.init) ?? "collect.invalid"
        return "collect.\(id).\(fingerprint.prefix(12))@\(domain)"
    }

    /// `local+cMESSAGEID@domain`: a reply address that names the message it answers.
    static func tokenAddress(_ address: String, messageId: String) -> String {
        guard let at = address.firstIndex(of: "@") else { return address }
        return "\(address[..<at])+c\(messageId)\(address[at...])"
    }

    /// The message id a plus-addressed reply address names, if any.
    static func messageId(inToken address: String) -> String? {
        guard let plus = address.firstIndex(of: "+"), let at = address.firstIndex(of: "@"), plus < at else { return nil }
        let token = address[address.index(after: plus)..<at]
        return token.hasPrefix("c") ? String(token.dropFirst()) : nil
    }
}
