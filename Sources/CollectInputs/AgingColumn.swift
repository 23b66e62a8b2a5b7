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

/// One aging-report row's cells by the role of their column: a slot per role, so a report of a
/// million rows hashes nothing to file or find a cell.
struct AgingCells {
    private var values = [String?](repeating: nil, count: AgingColumn.allCases.count)

    /// The cell in the column of this role; the last such column's, when a report repeats one.
    subscript(role: AgingColumn) -> String? {
        get { values[Self.slot(role)] }
        set { values[Self.slot(role)] = newValue }
    }

    private static func slot(_ role: AgingColumn) -> Int {
        switch role {
        case .txnType: 0
        case .date: 1
        case .refNumber: 2
        case .name: 3
        case .dueDate: 4
        case .openBalance: 5
        case .amount: 6
        }
    }
}
