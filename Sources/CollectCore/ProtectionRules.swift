/// Who must never get an automated message: a person handles them from day one.
public struct ProtectionRules: Sendable, Hashable {
    /// Customers by name.
    public var names: Set<String>
    /// Customers carrying any of these tags (compared without case).
    public var tags: Set<String>
    /// Customers whose open balance in this currency is at or above this amount.
    public var balanceThreshold: Money?
    /// Customers first seen fewer than this many days ago.
    public var newCustomerDays: Int?

    /// Makes rules; the default protects only those the customer list marks.
    public init(
        names: Set<String> = [], tags: Set<String> = ["do-not-automate"], balanceThreshold: Money? = nil,
        newCustomerDays: Int? = nil
    ) {
        self.names = Set(names.map { $0.lowercased() })
        self.tags = Set(tags.map { $0.lowercased() })
        self.balanceThreshold = balanceThreshold
        self.newCustomerDays = newCustomerDays
    }

    /// Why the customer is protected on `date`, or nil.
    public func reason(for customer: Customer, invoices: [OpenInvoice], on date: CivilDate) -> String? {
        if customer.doNotAutomate { return "marked do-not-automate in the customer list" }
        // QuickBooks writes jobs as "Customer:Job": a rule for the customer covers its jobs.
        let lower = customer.name.lowercased()
        if names.contains(where: { lower == $0 || lower.hasPrefix($0 + ":") }) { return "named in do_not_automate.names" }
        if let tag = customer.tags.first(where: { tags.contains($0.lowercased()) }) { return "tagged \(tag)" }
        if let threshold = balanceThreshold {
            let open = invoices.filter { $0.balance.currency == threshold.currency }.reduce(Int64(0)) {
                $0 + $1.balance.minorUnits
            }
            if open >= threshold.minorUnits {
                return
                    "open balance \(Money(minorUnits: open, currency: threshold.currency).formatted) at or above \(threshold.formatted)"
            }
        }
        if let days = newCustomerDays, let first = customer.firstSeen, date.days(since: first) < days {
            return "a new customer (first seen \(first), fewer than \(days) days ago)"
        }
        return nil
    }
}
