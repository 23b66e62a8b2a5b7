/// What a column of a QuickBooks Desktop aging report (ARAgingDetail) holds, by its `ColType`.
enum AgingColumn: String, CaseIterable {
    case txnType = "TxnType"
    case date = "Date"
    case refNumber = "RefNumber"
    case name = "Name"
    case dueDate = "DueDate"
    case openBalance = "OpenBalance"
    case amount = "Amount"
}

/// One aging-report row's cells by the role of their column: a field per role, so a report of a
/// million rows hashes nothing, and allocates nothing, to file or find a cell.
struct AgingCells {
    private var txnType, date, refNumber, name, dueDate, openBalance, amount: String?

    /// The cell in the column of this role; the last such column's, when a report repeats one.
    subscript(role: AgingColumn) -> String? {
        get {
            switch role {
            case .txnType: txnType
            case .date: date
            case .refNumber: refNumber
            case .name: name
            case .dueDate: dueDate
            case .openBalance: openBalance
            case .amount: amount
            }
        }
        set {
            switch role {
            case .txnType: txnType = newValue
            case .date: date = newValue
            case .refNumber: refNumber = newValue
            case .name: name = newValue
            case .dueDate: dueDate = newValue
            case .openBalance: openBalance = newValue
            case .amount: amount = newValue
            }
        }
    }
}
