/// How one step's messages to one segment fared under review, or released by the run itself: what
/// trust is earned, or lost, by.
public struct ReviewRecord: Sendable, Hashable {
    /// The segment the messages were planned in.
    public var segment: String
    /// The step.
    public var step: String
    /// Messages released long enough ago for their customers to have answered.
    public var released: Int = 0
    /// Batches (nights) they were released from.
    public var batches: Int = 0
    /// Released after a person edited them.
    public var edited: Int = 0
    /// Held by a person instead of released.
    public var held: Int = 0
    /// Followed by the customer opting out, or complaining of spam.
    public var optedOut: Int = 0
    /// Followed by a dispute.
    public var disputed: Int = 0

    /// Makes an empty record.
    public init(segment: String, step: String) {
        self.segment = segment
        self.step = step
    }

    /// What the record argues for.
    public enum Verdict: Sendable, Hashable {
        /// Nothing to change.
        case keep
        /// The run may release this step by itself: a person reviewed at least the minimum sample
        /// and changed nothing, and no customer opted out or disputed after one.
        case loosen
        /// Back to review: opt-outs and disputes after the messages reached the error threshold.
        case tighten
    }

    /// Nights of review a step needs before it can be loosened: one night's release of many
    /// messages is one decision, not a record.
    public static let minimumBatches = 3

    /// Whether no customer opted out, complained or disputed after one of the messages.
    public var unobjected: Bool { optedOut == 0 && disputed == 0 }

    /// The verdict for a step that is (`automatic`) or is not released by the run itself.
    public func verdict(automatic: Bool, minimum: Int, threshold: Int) -> Verdict {
        if automatic { return optedOut + disputed >= threshold ? .tighten : .keep }
        let clean = edited == 0 && held == 0 && unobjected
        return clean && released >= minimum && batches >= Self.minimumBatches ? .loosen : .keep
    }

    /// The record in words: `31 released in 6 batches, none edited or held, no opt-out or dispute
    /// after any` (released: long enough ago for an answer; the rest over every message).
    public var summary: String {
        let interventions =
            edited + held == 0 ? "none edited or held" : "\(edited) edited, \(held) held by a person"
        let after =
            optedOut + disputed == 0
            ? "no opt-out or dispute after any"
            : "\(optedOut) opt-out\(optedOut == 1 ? " or spam complaint" : "s or spam complaints") and \(disputed) "
                + "dispute\(disputed == 1 ? "" : "s") after"
        return "\(released) released in \(batches) batch\(batches == 1 ? "" : "es"), \(interventions), \(after)"
    }
}
