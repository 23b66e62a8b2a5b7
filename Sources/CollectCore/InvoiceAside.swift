/// One invoice a person set aside: disputed (until a person settles it) or promised (until the
/// promised day and its grace). The customer's other invoices keep going.
public struct InvoiceAside: Sendable, Hashable {
    /// Why, in the person's words: "disputed: the porch rail is not finished".
    public var reason: String
    /// The day the ladder takes it up again; nil until a person lifts it.
    public var until: CivilDate?

    /// Makes a setting aside.
    public init(reason: String, until: CivilDate?) {
        self.reason = reason
        self.until = until
    }
}
