import CollectCore
import Crypto
import Foundation

/// Makes an invoice's payment link from the configured template, signed with HMAC-SHA256.
///
/// The link only points at the business's own payment page: `collect` never takes or moves money.
public struct PaymentLinkMaker: Sendable {
    /// The URL template with `{invoice}`, `{amount}`, `{currency}` and `{customer}`.
    public let template: String?
    /// The URL template for a link covering several invoices: `{customer}`, `{invoices}`,
    /// `{amount}`, `{currency}`.
    public let customerTemplate: String?
    private let keyBytes: [UInt8]?

    /// Makes a link maker; with a signing `key` (its bytes), every link gets a `sig` parameter.
    public init(template: String?, key: [UInt8]?, customerTemplate: String? = nil) {
        self.template = template
        self.customerTemplate = customerTemplate
        self.keyBytes = key
    }

    /// One link for all of `invoices` (same currency), from `customerTemplate`; nil without one.
    public func link(covering invoices: [OpenInvoice], customer: String) -> String? {
        guard let customerTemplate, let first = invoices.first,
            invoices.allSatisfy({ $0.balance.currency == first.balance.currency })
        else { return nil }
        let total = Money(minorUnits: invoices.reduce(0) { $0 + $1.balance.minorUnits }, currency: first.balance.currency)
        return fill(
            customerTemplate,
            [
                "{invoices}": invoices.map(\.number).joined(separator: ","), "{amount}": total.decimalText,
                "{currency}": total.currency.code, "{customer}": customer,
            ])
    }

    /// The link for one invoice: the export's own link when it has one, else the template's,
    /// else nil.
    public func link(for invoice: OpenInvoice, customer: String) -> String? {
        if let own = invoice.paymentLink { return own }
        guard let template else { return nil }
        return fill(
            template,
            [
                "{invoice}": invoice.number, "{amount}": invoice.balance.decimalText,
                "{currency}": invoice.balance.currency.code, "{customer}": customer,
            ])
    }

    /// The template with its placeholders filled (percent-encoded), signed when there is a key.
    private func fill(_ template: String, _ values: [String: String]) -> String {
        // One pass over the template: every placeholder (each `{…}`) replaced by its encoded value.
        let encoded = values.map { (placeholder: $0.key, value: Self.percentEncode($0.value)) }
        var url = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            url += rest[..<open]
            let tail = rest[open...]
            if let match = encoded.first(where: { tail.hasPrefix($0.placeholder) }) {
                url += match.value
                rest = tail.dropFirst(match.placeholder.count)
            } else {
                url.append("{")
                rest = tail.dropFirst()
            }
        }
        url += rest
        guard let keyBytes else { return url }
        let key = SymmetricKey(data: keyBytes)
        return url + (url.contains("?") ? "&" : "?") + "sig=" + Self.signature(of: url, key: key)
    }

    /// Hex HMAC-SHA256 of the URL as it stands before `sig` is added: the payment page recomputes
    /// it with the same key to know the link is genuine and its amount untouched.
    public static func signature(of url: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(url.utf8), using: key)
        return mac.lowercaseHex
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters.
    static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (byte < 16 ? "0" + hex : hex)
            }
        }
        return out
    }
}
