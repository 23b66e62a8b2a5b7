/// The aging buckets accounting reports use, by days past due.
public enum AgingBucket: String, Sendable, CaseIterable, Hashable {
    /// Not yet due.
    case current = "Current"
    /// 1 to 30 days past due.
    case days1to30 = "1–30 days"
    /// 31 to 60 days past due.
    case days31to60 = "31–60 days"
    /// 61 to 90 days past due.
    case days61to90 = "61–90 days"
    /// 91 days past due or more.
    case over90 = "91+ days"

    /// The bucket an invoice this many days past due falls in.
    public init(daysPastDue: Int) {
        switch daysPastDue {
        case ..<1: self = .current
        case 1...30: self = .days1to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        default: self = .over90
        }
    }
}
