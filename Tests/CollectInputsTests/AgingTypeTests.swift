import Testing

@testable import CollectInputs

@Suite("An aging report's transaction type, in any case")
struct AgingTypeTests {
    @Test(
        "only an invoice is chased, however the report capitalises it",
        arguments: [
            ("Invoice", true), ("INVOICE", true), ("invoice", true), ("Invoices", false), ("Invoic", false),
            ("Credit Memo", false), ("Payment", false), ("İnvoice", false), ("", false),
        ])
    func chased(type: String, chased: Bool) {
        #expect(QBOAgingDetailFile.isChased(type) == chased)
    }
}
