import CollectCore
import CollectSettings
import CollectState
import Foundation

extension PlaybookEvaluator {
    /// Reads each named segment's review record over the last ``trustDays`` and proposes, one step
    /// at a time and gentlest first, letting the run release a step by itself where a person
    /// reviewed at least the minimum sample over ``ReviewRecord/minimumBatches`` nights and
    /// changed nothing, and no customer opted out or disputed after one of it or of the steps
    /// already automatic; and taking a step back to review where opt-outs and disputes after its
    /// automatic messages reached `learning.error_threshold`. Returns the records read and the
    /// proposals.
    func proposeTrust(_ playbook: PlaybookFiles, now: Date) throws -> (
        records: [ReviewRecord], proposals: [Proposal]
    ) {
        let since = LocalTime(now, in: timeZone).date.adding(days: -Self.trustDays)
        let records = try database.read {
            try $0.reviewRecords(since: since, within: settings.attributionDays, now: now)
        }
        let learning = settings.learning
        var proposals: [Proposal] = []
        for segment in settings.rollout.segments where segment.mode == .review || segment.mode == .auto {
            guard let position = Settings.segmentPosition(named: segment.name, in: playbook.settings) else { continue }
            let enabled = settings.ladder.steps.filter(\.enabled)
            func record(_ step: LadderStep) -> ReviewRecord {
                records.first { $0.segment == segment.name && $0.step == step.name }
                    ?? ReviewRecord(segment: segment.name, step: step.name)
            }
            let automatic = segment.mode == .auto ? segment.autoSteps : []
            // Back to review: every automatic step whose messages drew opt-outs or disputes.
            let lost = enabled.filter { automatic.contains($0.name) }.filter {
                record($0).verdict(automatic: true, minimum: learning.minimumSample, threshold: learning.errorThreshold)
                    == .tighten
            }
            var steps = automatic
            let evidence: [String]
            let change: String
            if !lost.isEmpty {
                steps.subtract(lost.map(\.name))
                evidence = lost.map { "step \($0.name): \(record($0).summary)" }
                change = "back to review for step\(lost.count == 1 ? "" : "s") \(lost.map(\.name).joined(separator: ", "))"
            } else if enabled.filter({ automatic.contains($0.name) }).allSatisfy({ record($0).unobjected }),
                let next = enabled.first(where: { !automatic.contains($0.name) }),
                record(next).verdict(automatic: false, minimum: learning.minimumSample, threshold: learning.errorThreshold)
                    == .loosen
            {
                // Loosen: only the gentlest step still reviewed; firmer ones wait for it.
                steps.insert(next.name)
                evidence = ["step \(next.name): \(record(next).summary)"]
                change = "let the run release step \(next.name) by itself, inside contact hours"
            } else {
                continue
            }
            // In ladder order; a disabled step the list names stays in it.
            let ordered = settings.ladder.steps.map(\.name).filter { steps.contains($0) }
            var edited = TOMLEdit.set(
                "segment[\(position)].mode", to: ordered.isEmpty ? "\"review\"" : "\"auto\"", in: playbook.settings)
            edited = TOMLEdit.set(
                "segment[\(position)].auto_steps", to: "[" + ordered.map { "\"\($0)\"" }.joined(separator: ", ") + "]",
                in: edited)
            let note =
                "segment \(segment.name), last \(Self.trustDays) days: " + evidence.joined(separator: "; ") + ": " + change
            if let proposal = try playbooks.proposeEdit(edited, note: note, from: playbook, now: now) {
                proposals.append(proposal)
            }
        }
        return (records, proposals)
    }
}
