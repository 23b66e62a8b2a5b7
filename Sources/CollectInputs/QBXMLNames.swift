/// The names a qbXML record's fields are found by, as numbers in the stream's names
/// (``XMLStream/nameID(for:)``): compared in place of the names, a million records over.
struct QBXMLNames {
    // An invoice (`InvoiceRet`), and the currency of a payment.
    let customerRef, currencyRef, fullName, txnID, refNumber, dueDate, txnDate, balanceRemaining, isPaid, subtotal: Int32
    // An aging report's row (`DataRow`): its cells, and their `colID` and `value` attributes.
    let cell, columnID, value: Int32

    init(_ stream: XMLStream) {
        customerRef = stream.nameID(for: "CustomerRef")
        currencyRef = stream.nameID(for: "CurrencyRef")
        fullName = stream.nameID(for: "FullName")
        txnID = stream.nameID(for: "TxnID")
        refNumber = stream.nameID(for: "RefNumber")
        dueDate = stream.nameID(for: "DueDate")
        txnDate = stream.nameID(for: "TxnDate")
        balanceRemaining = stream.nameID(for: "BalanceRemaining")
        isPaid = stream.nameID(for: "IsPaid")
        subtotal = stream.nameID(for: "Subtotal")
        cell = stream.nameID(for: "ColData")
        columnID = stream.nameID(for: "colID")
        value = stream.nameID(for: "value")
    }
}
