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

    /// Whether ``link(covering:customer:)`` makes a link: a customer template, and invoices all in
    /// one currency.
    public func canLink(covering invoices: [OpenInvoice]) -> Bool {
        guard customerTemplate != nil, let first = invoices.first else { return false }
        return invoices.allSatisfy { $0.balance.currency == first.balance.currency }
    }

    /// One link for all of `invoices` (same currency), from `customerTemplate`; nil without one.
    public func link(covering invoices: [OpenInvoice], customer: String) -> String? {
        guard canLink(covering: invoices), let customerTemplate, let first = invoices.first else { return nil }
        let total = Money(minorUnits: invoices.reduce(0) { $0 + $1.balance.minorUnits }, currency: first.balance.currency)
        return fill(
            customerTemplate,
            [
                ("{invoices}", invoices.map(\.number).joined(separator: ",")), ("{amount}", total.decimalText),
                ("{currency}", total.currency.code), ("{customer}", customer),
            ])
    }

    /// Whether ``link(for:customer:)`` makes a link: the export gave one, or there is a template.
    public func canLink(_ invoice: OpenInvoice) -> Bool { invoice.paymentLink != nil || template != nil }

    /// The link for one invoice: the export's own link when it has one, else the template's,
    /// else nil.
    public func link(for invoice: OpenInvoice, customer: String) -> String? {
        if let own = invoice.paymentLink { return own }
        guard let template else { return nil }
        return fill(
            template,
            [
                ("{invoice}", invoice.number), ("{amount}", invoice.balance.decimalText),
                ("{currency}", invoice.balance.currency.code), ("{customer}", customer),
            ])
    }

    /// The template with its placeholders filled (percent-encoded), signed when there is a key.
    /// One pass over the template's bytes: every placeholder (each `{…}` named in `values`)
    /// replaced by its encoded value, any other brace kept as it is.
    private func fill(_ template: String, _ values: [(placeholder: String, value: String)]) -> String {
        var url: [UInt8] = []
        url.reserveCapacity(template.utf8.count + 64)
        let bytes = Array(template.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"),
                let match = values.first(where: { bytes[index...].starts(with: $0.placeholder.utf8) })
            {
                Self.percentEncode(match.value, into: &url)
                index += match.placeholder.utf8.count
            } else {
                url.append(bytes[index])
                index += 1
            }
        }
        let text = String(decoding: url, as: UTF8.self)
        guard let keyBytes else { return text }
        let key = SymmetricKey(data: keyBytes)
        return text + (text.contains("?") ? "&" : "?") + "sig=" + Self.signature(of: text, key: key)
    }

    /// Hex HMAC-SHA256 of the URL as it stands before `sig` is added: the payment page recomputes
    /// it with the same key to know the link is genuine and its amount untouched.
    public static func signature(of url: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(url.utf8), using: key)
        return mac.lowercaseHex
    }

    /// Adds `text` to `out` with everything but RFC 3986's unreserved characters percent-encoded
    /// (upper-case hex, as RFC 3986 recommends).
    static func percentEncode(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(byte)
            default:
                out.appendEscaped(byte, marker: UInt8(ascii: "%"))
            }
        }
    }
}
