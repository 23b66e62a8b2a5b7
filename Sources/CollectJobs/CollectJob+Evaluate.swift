import Foundation

extension CollectJob {
    /// Days of review record that earn or lose a segment's trust.
    public static var trustDays: Int { PlaybookEvaluator.trustDays }

    /// Compares outcomes per step against the previous version, `learning.target_paid_rate` and no
    /// reminder (observe mode), between A/B variants, by age sent and by channel, with sample sizes
    /// and a two-proportion test; counts errors by kind and source; reads each segment's review
    /// record. Proposes, as numbered revisions for a person to approve: going back where a new
    /// version does significantly worse, keeping the winning variant, a step's day or channel
    /// order, a variant in a promoted example's words for a weak step, more or less review for a
    /// segment, and tighter guardrails where an error keeps coming back (escalated meanwhile).
    public func evaluate(now: Date) throws -> Evaluation {
        try locked(at: now) { try evaluator.evaluate(now: now) }
    }
}
