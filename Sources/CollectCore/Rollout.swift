/// How far automation goes for a customer.
public enum RolloutMode: String, Sendable, Hashable, CaseIterable {
    /// Not automated at all: outside the scope. The customer still appears in the report.
    case off
    /// Read and plan, and show in the report what would be sent; nothing releasable is staged.
    case observe
    /// Every message waits for a person to release it (the default).
    case review
    /// Messages of the named steps are released by the run itself, inside contact hours.
    case auto
}

/// A group of customers with its own mode, matched by tag, name, aging bucket, balance range or
/// customer field.
public struct Segment: Sendable, Hashable {
    /// The segment's name.
    public var name: String
    /// Its mode.
    public var mode: RolloutMode
    /// For `auto`: the steps the run releases by itself; others still wait for review.
    public var autoSteps: Set<String>
    /// Any of these tags (without case).
    public var tags: Set<String>
    /// Any of these names.
    public var names: Set<String>
    /// Any of these aging buckets of the customer's oldest past-due invoice: `current`, `1-30`,
    /// `31-60`, `61-90`, `91+`.
    public var buckets: Set<String>
    /// Open balance at least this (business currency).
    public var balanceMinimum: Money?
    /// Open balance at most this.
    public var balanceMaximum: Money?
    /// Customer fields that must equal these values: `time_zone`, `language`, `email`, `phone`.
    public var fields: [String: String]

    /// Makes a segment.
    public init(
        name: String, mode: RolloutMode, autoSteps: Set<String> = [], tags: Set<String> = [], names: Set<String> = [],
        buckets: Set<String> = [], balanceMinimum: Money? = nil, balanceMaximum: Money? = nil, fields: [String: String] = [:]
    ) {
        self.name = name
        self.mode = mode
        self.autoSteps = autoSteps
        self.tags = Set(tags.map { $0.lowercased() })
        self.names = names
        self.buckets = buckets
        self.balanceMinimum = balanceMinimum
        self.balanceMaximum = balanceMaximum
        self.fields = fields
    }

    /// The bucket names a segment may list.
    public static let bucketNames = ["current", "1-30", "31-60", "61-90", "91+"]

    /// Whether the customer belongs: every criterion given must hold.
    public func matches(_ customer: Customer, invoices: [OpenInvoice], on date: CivilDate) -> Bool {
        if !names.isEmpty && !names.contains(customer.name) { return false }
        if !tags.isEmpty && !customer.tags.contains(where: { tags.contains($0.lowercased()) }) { return false }
        if !buckets.isEmpty {
            let oldest = invoices.map { $0.daysPastDue(on: date) }.max() ?? 0
            let bucket = Self.bucketNames[AgingBucket.allCases.firstIndex(of: AgingBucket(daysPastDue: oldest))!]
            if !buckets.contains(bucket) { return false }
        }
        if let limit = balanceMinimum ?? balanceMaximum {
            let open = invoices.filter { $0.balance.currency == limit.currency }.reduce(Int64(0)) { $0 + $1.balance.minorUnits }
            if let minimum = balanceMinimum, open < minimum.minorUnits { return false }
            if let maximum = balanceMaximum, open > maximum.minorUnits { return false }
        }
        for (field, value) in fields {
            let actual: String?
            switch field {
            case "time_zone": actual = customer.timeZone
            case "language": actual = customer.language
            case "email": actual = customer.email
            case "phone": actual = customer.phone
            default: actual = nil
            }
            if actual?.lowercased() != value.lowercased() { return false }
        }
        return true
    }
}

/// The staged switch-on: the segments in order (the first that matches wins) and the mode of
/// everyone else.
public struct Rollout: Sendable, Hashable {
    /// The segments, first match wins.
    public var segments: [Segment]
    /// The mode of customers in no segment.
    public var defaultMode: RolloutMode

    /// Makes a rollout; the default is `review` for everyone.
    public init(segments: [Segment] = [], defaultMode: RolloutMode = .review) {
        self.segments = segments
        self.defaultMode = defaultMode
    }

    /// The segment a customer falls in (nil for none) and the mode that applies.
    public func place(_ customer: Customer, invoices: [OpenInvoice], on date: CivilDate) -> (segment: Segment?, mode: RolloutMode)
    {
        if let segment = segments.first(where: { $0.matches(customer, invoices: invoices, on: date) }) {
            return (segment, segment.mode)
        }
        return (nil, defaultMode)
    }
}
