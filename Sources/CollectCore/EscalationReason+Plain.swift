extension EscalationReason {
    /// What the reason means, in the admin's words rather than a code.
    public var plain: String {
        switch self {
        case .handoff: return "Past the reminder ladder: a person takes over"
        case .doNotAutomate: return "Not to be automated: reach out yourself"
        case .noContact: return "No way to reach them: add an address or number"
        case .dispute: return "Disputes the invoice"
        case .alreadyPaid: return "Says it is already paid"
        case .hardship: return "Cannot pay now"
        case .promise: return "Promised to pay"
        case .brokenPromise: return "Missed the day they promised"
        case .question: return "Asked a question"
        case .optOut: return "Asked to hear no more"
        case .otherReply: return "Replied: read what they wrote"
        case .unmatchedReply: return "A reply that matches no customer"
        case .unmatchedPayment: return "A payment that matches no open invoice"
        case .contactToFix: return "An address bounced: fix the contact"
        case .batchHeld: return "The night's files look wrong: the batch is held"
        case .recurringErrors: return "Errors keep coming back: a guardrail to tighten, or a source to check"
        case .dataError: return "The export has an error on this invoice"
        case .smallLeftover: return "A small leftover balance: write it off or check it"
        case .ledgerRefused: return "QuickBooks refused notes from collect: fix what it says"
        case .ledgerDuplicate: return "QuickBooks was given notes from collect twice: delete the copies"
        case .unappliedCredit: return "A credit not yet applied: apply it before anyone is reminded"
        }
    }
}
