import CollectCore
import CollectRendering
import CollectState
import Foundation

/// A correction as the admin sees it among the examples.
public struct ExampleView: Sendable, Hashable {
    /// The id to promote it by.
    public var id: Int64
    /// The message edited.
    public var messageId: String
    /// The customer.
    public var customer: String
    /// The step and channel.
    public var step: String
    /// The channel.
    public var channel: String
    /// When the edit went out.
    public var at: Date
    /// The text as staged.
    public var original: String
    /// The text as released.
    public var edited: String
    /// Where it was promoted to, if it was.
    public var promotedTo: [String]
    /// What followed the edited message itself within the attribution window (`paid`,
    /// `partly-paid`, `promise`, `dispute`, `opted-out`, `bounced`, `no-response`, or `pending`
    /// while its window is open); nil when it was not released.
    public var outcome: String? = nil
    /// How the messages written from it since it was promoted did.
    public var use = ExampleUse()
    /// Whether it is the example suggested for promotion for its step and channel: not promoted,
    /// and its own message paid in full (the newest such).
    public var suggested = false
}

/// How the messages written from a promoted example did.
public struct ExampleUse: Sendable, Hashable {
    /// Released.
    public var released = 0
    /// Judged: their window has passed.
    public var judged = 0
    /// Paid in full within it.
    public var paid = 0
    /// Followed by a dispute.
    public var disputed = 0
    /// Followed by an opt-out.
    public var optedOut = 0

    /// In words: `14 released; 9 of 12 judged paid in full; 1 dispute, no opt-out`.
    public var summary: String {
        guard released > 0 else { return "no message written from it yet" }
        let judgedPart = judged == 0 ? "none judged yet" : "\(paid) of \(judged) judged paid in full"
        let objections =
            (disputed == 0 ? "no dispute" : "\(disputed) dispute\(disputed == 1 ? "" : "s")") + ", "
            + (optedOut == 0 ? "no opt-out" : "\(optedOut) opt-out\(optedOut == 1 ? "" : "s")")
        return "\(released) released; \(judgedPart); \(objections)"
    }

    /// The paid share of those judged, or nil before any was.
    var paidShare: Double? { judged > 0 ? Double(paid) / Double(judged) : nil }
}

/// What a promoted example applies to: `step`, `customer` or `segment`, stored as that text.
public typealias ExampleScope = PromotedTemplateRecord.Scope

/// What promoting an example did, or would do.
public struct ExamplePromotion: Sendable {
    /// The template key, such as `gentle.email@many` or `customer:Oakridge Dental:firm.sms@one`.
    public var key: String
    /// The template text.
    public var template: String
    /// The template rendered for up to three other customers of the step, for the admin to read.
    public var previews: [(customer: String, text: String)]
    /// False when a step or segment promotion waits for the admin's confirmation.
    public var promoted: Bool
}
