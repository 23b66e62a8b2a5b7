/// What the age at which a step's reminders went out says about the step's day.
///
/// A step's reminders do not all go out on its day: an invoice first seen already overdue, a
/// customer outside their hours, a gap kept between messages, or a night without a run sends it
/// later. When the reminders that went out later were paid significantly more often than those
/// sent on time, the data say the step comes too early. Reminders never go out before their day,
/// so the data can only ever speak for a later day, never an earlier one.
public struct StepTiming: Sendable, Hashable {
    /// The day that did better: reminders sent this many days overdue or more.
    public var day: Int
    /// Paid in full, and judged, among the reminders sent `day` or more days overdue.
    public var laterPaid: Int
    /// Judged reminders sent `day` or more days overdue.
    public var later: Int
    /// Paid in full among the reminders sent before `day`.
    public var earlierPaid: Int
    /// Judged reminders sent before `day`.
    public var earlier: Int
    /// The youngest age among the reminders compared.
    public var youngest: Int
    /// The oldest age among the reminders compared.
    public var oldest: Int
    /// The two-sided p-value of the two-proportion test at `day`, multiplied by the number of days
    /// tried (Bonferroni), so that trying many days does not make one look better by chance.
    public var adjustedPValue: Double
    /// How many days were tried.
    public var daysTried: Int

    /// Whether the later reminders did significantly better, after adjusting for the days tried.
    public var isSignificant: Bool { adjustedPValue < 0.05 }

    /// Tries every day after the step's `day` and before `limit` (the next step's day, or the
    /// hand-off) as a cut between reminders sent earlier and later, each side with at least
    /// `minimum` judged reminders, and returns the cut where the later side did best against the
    /// earlier one; nil when no cut has enough reminders on both sides with the later side ahead.
    ///
    /// - Parameter reminders: each judged reminder's days overdue when it went out, and whether
    ///   it was paid in full within its window.
    public static func evidence(_ reminders: [(age: Int, paid: Bool)], day: Int, before limit: Int, minimum: Int)
        -> StepTiming?
    {
        let atStep = reminders.filter { $0.age >= day && $0.age < limit }
        guard let youngest = atStep.map(\.age).min(), let oldest = atStep.map(\.age).max(), day + 1 < limit else {
            return nil
        }
        var best: StepTiming?
        var tried = 0
        for cut in (day + 1)..<limit {
            let later = atStep.filter { $0.age >= cut }
            let earlier = atStep.filter { $0.age < cut }
            let (laterPaid, earlierPaid) = (later.filter(\.paid).count, earlier.filter(\.paid).count)
            guard
                let p = Significance.twoProportion(
                    laterPaid, of: later.count, earlierPaid, of: earlier.count, minimum: max(minimum, 1))
            else { continue }
            tried += 1
            // Only a later side ahead counts: the data cannot speak for an earlier day.
            guard laterPaid * earlier.count > earlierPaid * later.count, p < (best?.adjustedPValue ?? .infinity) else {
                continue
            }
            best = StepTiming(
                day: cut, laterPaid: laterPaid, later: later.count, earlierPaid: earlierPaid, earlier: earlier.count,
                youngest: youngest, oldest: oldest, adjustedPValue: p, daysTried: 0)
        }
        guard var best else { return nil }
        best.daysTried = tried
        best.adjustedPValue = min(1, best.adjustedPValue * Double(tried))
        return best
    }
}
