import CollectCore
import CollectReport
import CollectSettings
import CollectState
import Foundation
import Logging

/// Evaluates the playbook: compares outcomes per step, variant, timing, channel and segment,
/// counts errors, reads each segment's review record, and proposes revisions for a person to
/// approve (``Evaluation``).
///
/// It holds only what that needs; ``CollectJob`` builds one (``CollectJob/evaluator``) for
/// `collect evaluate` and for the night that is due an evaluation. The caller holds the lock.
struct PlaybookEvaluator {
    /// The playbook in force: the ladder, the learning settings, the segments.
    let settings: Settings
    /// The state: outcomes, errors, review records.
    let database: AppDatabase
    /// Where revisions are proposed.
    let playbooks: PlaybookStore
    /// The admins' edits, which a weak step's variant is drafted from.
    let examples: ExampleLibrary
    /// The business's clock.
    let timeZone: TimeZone
    /// Where the evaluation says what it does.
    let logger: Logger

    /// Days of review record that earn or lose a segment's trust.
    static let trustDays = 60

    /// The nightly evaluation: when `learning.evaluate_every_days` have passed since the last one
    /// (or since the first night), evaluates as `collect evaluate` does and records it on the run.
    /// Returns what it found in a sentence, or nil when none was due; a rerun of the night that
    /// evaluated shows that evaluation's sentence again. A failure is said on the run and never
    /// stops the night; the evaluation stays due. The caller holds the lock.
    func evaluateIfDue(run: RunRecord, now: Date) -> String? {
        let every = settings.learning.evaluateEveryDays
        guard every > 0 else { return nil }
        let last: (asOf: CivilDate, note: String?)?
        let anchor: CivilDate?
        do {
            (last, anchor) = try database.read { session in (try session.lastEvaluation(), try session.evaluationAnchor()) }
        } catch {
            logger.warning("run \(run.id): cannot tell whether the playbook is due for evaluation: \(error)")
            return nil
        }
        guard let anchor, run.asOf.days(since: anchor) >= every else {
            // A rerun of the night that evaluated last says what it found; an older night replayed does not.
            guard let last, last.asOf == run.asOf, let note = last.note else { return nil }
            try? database.write { try $0.setEvaluationNote(note, run: run.id) }
            return note
        }
        let evaluation: Evaluation
        do {
            evaluation = try evaluate(now: now, run: run)
        } catch {
            logger.warning("run \(run.id): the playbook could not be evaluated: \(error)")
            let note =
                "The playbook could not be evaluated tonight (\(error)); `collect evaluate` shows why. The next night tries again."
            try? database.write { try $0.setEvaluationNote(note, run: run.id) }
            return note
        }
        var note = evaluationNote(evaluation)
        do {
            try database.write { try $0.markEvaluated(run: run.id, at: now, note: note) }
        } catch {
            logger.warning("run \(run.id): the evaluation could not be recorded: \(error)")
            note += " (It could not be recorded, so the next night evaluates again.)"
        }
        logger.info("run \(run.id): \(note)")
        return note
    }

    /// What an evaluation found, in a sentence for the summary and the report.
    func evaluationNote(_ evaluation: Evaluation) -> String {
        let judged = evaluation.outcomes.filter { $0.key != "pending" }.values.reduce(0, +)
        let waiting = evaluation.outcomes["pending", default: 0]
        let opening =
            "The playbook was evaluated (\(judged) reminder\(judged == 1 ? "" : "s") judged"
            + (waiting > 0 ? ", \(waiting) still within their \(settings.attributionDays) days" : "") + ")"
        guard !evaluation.proposals.isEmpty else { return opening + ": nothing to change." }
        let proposals = evaluation.proposals.map { "revision \($0.number): \($0.note)" }
        return opening + ". Proposed, for you to approve or reject (`collect playbook`, or the desk's Playbook page): "
            + proposals.joined(separator: "; ") + "."
    }

    /// Evaluates the playbook (see ``CollectJob/evaluate(now:)``); the caller holds the lock. A
    /// night's evaluation (`run`) files what it escalates under that night.
    func evaluate(now: Date, run: RunRecord? = nil) throws -> Evaluation {
        let playbook = try playbooks.current()
        let current = try playbooks.register(playbook, now: now)
        let all = try database.read {
            try $0.outcomes(
                within: settings.attributionDays, now: now, timeZone: timeZone, comparedWith: current)
        }
        let outcomes = all.filter { $0.outcome != "pending" }
        // Ranked once, when a weak step first asks.
        var ranked: [ExampleView]? = nil
        func rankedExamples() throws -> [ExampleView] {
            if let ranked { return ranked }
            ranked = try examples.ranked(now: now)
            return ranked!
        }
        // The business's own benchmark: what observe mode planned and never sent.
        let unsent = try database.read {
            try $0.observedOutcomes(within: settings.attributionDays, now: now, timeZone: timeZone)
        }.filter { $0.outcome != "pending" }
        let minimum = settings.learning.minimumSample
        var comparisons: [Comparison] = []
        var proposals: [Proposal] = []

        for step in settings.ladder.steps {
            let atStep = outcomes.filter { $0.step == step.name }
            let latest = atStep.filter { $0.version == current }
            let previousVersion = atStep.compactMap(\.version).filter({ $0 < current }).max()
            if let previous = previousVersion {
                let row = Self.compare(
                    "step \(step.name): version \(current) against version \(previous)", latest,
                    against: atStep.filter { $0.version == previous }, minimum: minimum
                ) { $0 ? "significantly better" : "significantly worse" }
                comparisons.append(row)
                if row.isSignificant, !row.sideIsBetter, let old = try database.read({ try $0.playbookVersion(previous) }) {
                    let note =
                        "step \(step.name) paid \(row.paid.0) of \(row.paid.1) under version \(current) against \(row.benchmark.0) of "
                        + "\(row.benchmark.1) under version \(previous) (p = \(Self.format(row.pValue!))): go back to version \(previous)'s settings"
                    let number = try playbooks.propose(
                        settings: old.settingsText, templates: old.templates, promoted: old.promoted, from: playbook,
                        note: note,
                        now: now)
                    proposals.append((number, note, PlaybookStore.playbookDiff(from: playbook, to: old)))
                }
            }
            // A target is a comparison of its own, beside the one between versions: set later (a
            // new version with no judged reminders yet), it reads the newest version that has some,
            // instead of starting again at 0 of 0.
            // A weak step (below the target, or no better than no reminder) is offered new words.
            var weak: (reason: String, share: Double)? = nil
            if let target = settings.learning.targetPaidRate {
                let (version, judged) =
                    latest.isEmpty && previousVersion != nil
                    ? (previousVersion!, atStep.filter { $0.version == previousVersion }) : (current, latest)
                let p = Significance.againstTarget(Self.paid(judged), of: judged.count, target: target, minimum: minimum)
                if let p, p < 0.05, Double(Self.paid(judged)) < target * Double(judged.count), version == current {
                    weak = (
                        "paid \(Self.paid(judged)) of \(judged.count), significantly below the target "
                            + "\(Int((target * 100).rounded()))% (p = \(Self.format(p)))",
                        Double(Self.paid(judged)) / Double(judged.count)
                    )
                }
                comparisons.append(
                    Comparison(
                        subject: "step \(step.name): version \(version) against the target \(Int((target * 100).rounded()))%",
                        paid: (Self.paid(judged), judged.count), benchmark: (Int((target * 100).rounded()), 100), pValue: p,
                        verdict: p.map { $0 < 0.05 ? "significantly different from the target" : "in line with the target" }
                            ?? "not enough data (fewer than \(minimum))"))
            }
            // Reminders against none: customers observe mode planned a message for and never sent one.
            let none = unsent.filter { $0.step == step.name }
            if !none.isEmpty {
                let reminders = latest.isEmpty ? atStep : latest
                let row = Self.compare(
                    "step \(step.name): reminders against no reminder (observe mode planned them, sent none)", reminders,
                    against: none, minimum: minimum
                ) { $0 ? "reminders did significantly better" : "reminders did significantly worse" }
                comparisons.append(row)
                // No better at all (not merely not significantly better), on enough of each.
                if weak == nil, !latest.isEmpty, row.paid.1 >= minimum, row.benchmark.1 >= minimum,
                    row.paid.0 * row.benchmark.1 <= row.benchmark.0 * row.paid.1
                {
                    weak = (
                        "paid \(row.paid.0) of \(row.paid.1), no better than \(row.benchmark.0) of \(row.benchmark.1) with no reminder",
                        Double(row.paid.0) / Double(row.paid.1)
                    )
                }
            }
            if let proposal = try proposeWording(for: step, weak: weak, ranked: rankedExamples, playbook, now: now) {
                proposals.append(proposal)
            }
            // A/B variants: each against the step's own template, both sides from the version in
            // force, so they ran side by side.
            for variant in step.variants {
                let row = Self.compare(
                    "step \(step.name): variant \(variant) against \(step.template)",
                    latest.filter { $0.template == variant },
                    against: latest.filter { $0.template == step.template }, minimum: minimum
                ) { "\($0 ? variant : step.template) is significantly better" }
                comparisons.append(row)
                if row.isSignificant, let proposal = try keepWinner(of: row, variant: variant, step: step, playbook, now: now) {
                    proposals.append(proposal)
                } else if !row.isSignificant,
                    let proposal = try stopEarly(
                        variant: variant, of: &comparisons[comparisons.count - 1], step: step, playbook, now: now)
                {
                    proposals.append(proposal)
                }
            }
            // Timing: reminders of this version that went out later than the step's day, against
            // those sent on it.
            // Channels: by text against by e-mail, for a step that lists both.
            for propose in [proposeTiming, proposeChannel] {
                if let (row, proposal) = try propose(step, latest, current, playbook, now) {
                    comparisons.append(row)
                    proposals += proposal.map { [$0] } ?? []
                }
            }
            // Segments against the rest of the step: tested, for a person to read; nothing is proposed.
            for segment in Set(atStep.compactMap(\.segment)).sorted() {
                comparisons.append(
                    Self.compare(
                        "step \(step.name): segment \(segment) against the rest", atStep.filter { $0.segment == segment },
                        against: atStep.filter { $0.segment != segment }, minimum: minimum
                    ) { _ in "significantly different" })
            }
        }

        // Channels per customer: the one each answers on, against each step's first, over the steps.
        if let (row, proposal) = try proposeAnsweredChannel(
            judged: outcomes.filter { $0.version == current }, version: current, playbook, now: now)
        {
            comparisons.append(row)
            proposals += proposal.map { [$0] } ?? []
        }
        let errors = try database.read { try $0.errorCounts(since: now.addingTimeInterval(-30 * 86_400)) }
        proposals += try tightenGuardrails(errors: errors, playbook, now: now, run: run)
        let trust = try proposeTrust(playbook, now: now)
        proposals += trust.proposals
        var evaluation = Evaluation(
            outcomes: Dictionary(grouping: all, by: \.outcome).mapValues(\.count), comparisons: comparisons,
            errors: errors, proposals: proposals)
        evaluation.reviewRecords = trust.records
        evaluation.daysToPay = DaysToPay.rows(try database.read { try $0.paymentAges() })
        evaluation.relabelled = try database.read { try $0.relabelCounts(since: now.addingTimeInterval(-30 * 86_400)) }
        return evaluation
    }

    /// Proposes the winner of a significant A/B comparison as the step's only template.
    private func keepWinner(
        of row: Comparison, variant: String, step: LadderStep, _ playbook: PlaybookFiles, now: Date
    ) throws -> Proposal? {
        let winner = row.sideIsBetter ? variant : step.template
        guard let edited = Self.keeping(winner, for: step, in: playbook) else { return nil }
        let (won, lost) = row.sideIsBetter ? (row.paid, row.benchmark) : (row.benchmark, row.paid)
        let note =
            "step \(step.name): \(winner) paid \(won.0) of \(won.1) against \(lost.0) of \(lost.1) "
            + "(p = \(Self.format(row.pValue!))): keep \(winner)"
        return try playbooks.proposeEdit(edited, note: note, from: playbook, now: now)
    }

    /// Before the minimum sample, proposes ending an A/B variant that is clearly worse than the
    /// step's own template: at least half the minimum sample (and five) on each side, and a
    /// one-sided Fisher's exact p below 0.01, stricter than the 0.05 a finding at the minimum
    /// sample needs, since every evaluation looks again. Customers stop getting words that are
    /// failing; a variant that is merely not yet better runs on, and the step's other variants
    /// with it. The comparison's verdict says what the exact test found.
    private func stopEarly(
        variant: String, of row: inout Comparison, step: LadderStep, _ playbook: PlaybookFiles, now: Date
    ) throws -> Proposal? {
        let (tried, own) = (row.paid, row.benchmark)
        let minimum = settings.learning.minimumSample
        let least = max(5, (minimum + 1) / 2)
        guard tried.1 >= least, own.1 >= least, tried.1 < minimum || own.1 < minimum, tried.0 * own.1 < own.0 * tried.1
        else { return nil }
        let p = Significance.fewerByChance(tried.0, of: tried.1, own.0, of: own.1)
        guard p < 0.01 else { return nil }
        row.verdict += "; clearly worse by Fisher's exact test (one-sided p = \(Self.format(p)))"
        guard let position = Settings.stepPosition(named: step.name, in: playbook.settings) else {
            row.verdict += Self.setByHand("variants")
            return nil
        }
        let others = step.variants.filter { $0 != variant }.map { "\"\($0)\"" }.joined(separator: ", ")
        let edited = TOMLEdit.set("ladder.step[\(position)].variants", to: "[\(others)]", in: playbook.settings)
        let note =
            "step \(step.name): variant \(variant) paid \(tried.0) of \(tried.1) against \(own.0) of \(own.1) for "
            + "\(step.template), clearly worse before the minimum sample of \(minimum) (one-sided Fisher's exact p = "
            + "\(Self.format(p)), below 0.01): stop the variant early; \(step.template) stays"
        return try playbooks.proposeEdit(edited, note: note, from: playbook, now: now)
    }

    /// `collect.toml` with `template` as `step`'s only template; nil for a step it does not list.
    private static func keeping(_ template: String, for step: LadderStep, in playbook: PlaybookFiles) -> String? {
        guard let position = Settings.stepPosition(named: step.name, in: playbook.settings) else { return nil }
        let edited = TOMLEdit.set("ladder.step[\(position)].template", to: "\"\(template)\"", in: playbook.settings)
        return TOMLEdit.set("ladder.step[\(position)].variants", to: "[]", in: edited)
    }

    /// Errors that keep coming back propose a tighter rule, and go to a person meanwhile in one
    /// "(playbook)" escalation: held batches, rejected files, opt-outs, hard bounces to addresses
    /// only the invoice export carries, and quarantined invoices each have a setting to tighten;
    /// what has none (bounces to addresses from the customers list) is listed with its sources.
    private func tightenGuardrails(
        errors: [(kind: String, source: String, count: Int)], _ playbook: PlaybookFiles, now: Date, run: RunRecord?
    ) throws -> [(number: Int64, note: String, diff: String)] {
        let threshold = settings.learning.errorThreshold
        let rails = settings.guardrails
        func total(_ kind: String, from source: String? = nil) -> Int {
            errors.filter { $0.kind == kind && (source == nil || $0.source == source) }.reduce(0) { $0 + $1.count }
        }
        func lower(_ share: Double) -> String { "\((share * 0.6 * 100).rounded() / 100)" }
        let exportChannels = rails.exportAddresses.subtracting([.email]).map { "\"\($0.rawValue)\"" }.sorted()
        let rules: [(count: Int, path: String, value: String, why: String)] = [
            (
                total("batch-held"), "guardrails.max_drop_share", lower(rails.maximumDropShare),
                "batches were held in 30 days: hold on a smaller drop"
            ),
            (
                total("file-rejected"), "guardrails.max_rejected_share", lower(rails.maximumRejectedShare),
                "files were rejected in 30 days: hold sooner"
            ),
            (
                total("opt-out"), "guardrails.min_days_between_messages", "\(min(rails.minimumGapDays + 2, 60))",
                "customers opted out in 30 days: space the reminders further apart"
            ),
            (
                rails.exportAddresses.contains(.email) ? total("hard-bounce", from: "invoice export") : 0,
                "guardrails.export_addresses", "[\(exportChannels.joined(separator: ", "))]",
                "hard bounces in 30 days went to addresses only the invoice export carries: e-mail only addresses "
                    + "the customers list confirms"
            ),
            (
                rails.holdOnQuarantine ? 0 : total("quarantined"), "guardrails.hold_on_quarantine", "true",
                "invoices were quarantined in 30 days: hold the batch when an export quarantines one"
            ),
        ]
        var proposals: [Proposal] = []
        var alarms: [String] = []
        for rule in rules where rule.count >= threshold {
            let edited = TOMLEdit.set(rule.path, to: rule.value, in: playbook.settings)
            let note = "\(rule.count) \(rule.why) (\(rule.path) = \(rule.value))"
            if PlaybookStore.reads(edited, changedFrom: playbook.settings) {
                let proposal = try playbooks.proposal(edited, note: note, from: playbook, now: now)
                proposals.append(proposal)
                alarms.append(
                    "\(note): proposed as revision \(proposal.number); approve it with `collect playbook approve \(proposal.number)`"
                )
            } else {
                alarms.append("\(note): collect.toml is written in a shape this cannot edit safely, so set it by hand")
            }
        }
        // What is already as tight as a rule makes it still stops what it touches; past the
        // threshold a person looks at the source.
        let untightened: [(kind: String, words: String, left: (String) -> Bool)] = [
            ("hard-bounce", "hard bounces", { !rails.exportAddresses.contains(.email) || $0 != "invoice export" }),
            ("quarantined", "quarantined invoices", { _ in rails.holdOnQuarantine }),
        ]
        for (kind, words, isLeft) in untightened {
            let left = errors.filter { $0.kind == kind && isLeft($0.source) }
            let count = left.reduce(0) { $0 + $1.count }
            guard count >= threshold else { continue }
            let sources = left.prefix(3).map { "\($0.source.isEmpty ? "-" : $0.source) (\($0.count))" }
            alarms.append(
                "\(count) \(words) in 30 days, most from \(sources.joined(separator: ", ")): no rule left to tighten; "
                    + "check that source's data")
        }
        if !alarms.isEmpty {
            _ = try database.write { session in
                try session.escalate(
                    PlannedEscalation(
                        customer: "(playbook)", invoices: [], reason: .recurringErrors,
                        detail: "Errors keep coming back. " + alarms.joined(separator: ". ") + "."),
                    run: run?.id ?? "evaluate", on: run?.asOf ?? LocalTime(now, in: timeZone).date)
            }
        }
        return proposals
    }

    /// `side` against `other`: paid counts, the two-proportion test and a verdict; `significant`
    /// words a significant difference, given whether `side` did better.
    static func compare(
        _ subject: String, _ side: [MessageOutcome], against other: [MessageOutcome], minimum: Int,
        significant: (Bool) -> String
    ) -> Comparison {
        var row = Comparison(
            subject: subject, paid: (paid(side), side.count), benchmark: (paid(other), other.count),
            pValue: Significance.twoProportion(paid(side), of: side.count, paid(other), of: other.count, minimum: minimum),
            verdict: "")
        row.verdict =
            row.pValue == nil
            ? "not enough data (fewer than \(minimum) on a side)"
            : row.isSignificant ? significant(row.sideIsBetter) : "no significant difference"
        return row
    }

    /// How many of `items` were paid in full.
    static func paid(_ items: [MessageOutcome]) -> Int { items.filter { $0.outcome == "paid" }.count }

    /// A p-value as three decimals.
    static func format(_ p: Double) -> String { String(format: "%.3f", p) }
}
