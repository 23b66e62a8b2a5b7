import CollectCore

/// The number a credit row of an accounting report is kept under: a credit memo by its own
/// number, anything else (a payment, whose `Num` is the customer's cheque number; a journal
/// entry) by what it is, whose it is, its date and amount, so it never takes another customer's
/// invoice number for its own.
enum CreditNumber {
    /// `Credit Memo 7724`, or `(payment) Lindqvist Maren 2026-11-24 -250.00 #1042`; nil with
    /// neither a number nor a date. Commas are left out: a list of invoices is written with them.
    static func of(type: String, number: String?, customer: String, date: CivilDate?, balance: Money) -> String? {
        let kind = type.lowercased()
        if kind == "credit memo", let number { return "Credit Memo \(number)" }
        guard let date else { return nil }
        let name = customer.split(separator: ",").map { $0.trimmingSpaces }.joined(separator: " ")
        return "(\(kind)) \(name) \(date) \(balance.decimalText)" + (number.map { " #\($0)" } ?? "")
    }
}
