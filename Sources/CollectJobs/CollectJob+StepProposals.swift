import CollectCore
import CollectRendering
import CollectSettings
import CollectState
import Foundation

extension CollectJob {
    /// Reads whether `step`'s reminders did better when they went out later than its day (an
    /// invoice first seen already overdue, hours or gaps that held a message back) and, when they
    /// did significantly (``StepTiming``), proposes the day they did better from. Returns the
    /// comparison for a person to read, nil when there is nothing to compare.
    func proposeTiming(
        for step: LadderStep, judged: [MessageOutcome], version: Int64, _ playbook: PlaybookFiles, now: Date
    ) throws -> (Comparison, (number: Int64, note: String, diff: String)?)? {
        let ladder = settings.ladder
        let limit = ladder.steps.filter { $0.enabled && $0.day > step.day }.map(\.day).min() ?? ladder.handoffDay
        let reminders = judged.compactMap { outcome in outcome.age.map { (age: $0, paid: outcome.outcome == "paid") } }
        guard step.enabled,
            let timing = StepTiming.evidence(
                reminders, day: step.day, before: limit, minimum: settings.learning.minimumSample)
        else { return nil }
        func days(_ from: Int, _ to: Int) -> String { from == to ? "\(from)" : "\(from) to \(to)" }
        let (later, earlier) = (days(timing.day, timing.oldest), days(timing.youngest, timing.day - 1))
        let evidence =
            "paid \(timing.laterPaid) of \(timing.later) when it went out \(later) days overdue, against "
            + "\(timing.earlierPaid) of \(timing.earlier) at \(earlier) days"
        let position = Settings.stepPosition(named: step.name, in: playbook.settings)
        let row = Comparison(
            subject: "step \(step.name): sent \(later) days overdue against \(earlier) (version \(version))",
            paid: (timing.laterPaid, timing.later), benchmark: (timing.earlierPaid, timing.earlier),
            pValue: timing.adjustedPValue,
            verdict: timing.isSignificant
                ? "significantly better later (\(timing.daysTried) days tried)"
                    + (position == nil ? "; collect.toml does not list this step, so set its day there by hand" : "")
                : "no significant difference (the best of \(timing.daysTried) days tried)")
        guard timing.isSignificant, let position else { return (row, nil) }
        let edited = TOMLEdit.set("ladder.step[\(position)].day", to: "\(timing.day)", in: playbook.settings)
        guard Self.reads(edited, changedFrom: playbook.settings) else { return (row, nil) }
        let note =
            "step \(step.name) \(evidence) (p = \(Self.format(timing.adjustedPValue)), adjusted for the \(timing.daysTried) days "
            + "tried): send it at day \(timing.day) instead of \(step.day). Customers reached later may differ in other ways; "
            + "once it is in force, the next evaluation compares it with this version and proposes going back if it does worse"
        return (
            row, (try propose(settings: edited, from: playbook, note: note, now: now), note, Self.diff(playbook.settings, edited))
        )
    }

    /// Reads whether `step`'s reminders did better by text or by e-mail, for a step that lists
    /// both, and, when the one it does not try first did significantly better, proposes trying it
    /// first (customers who cannot be reached on it still get the other). Returns the comparison
    /// for a person to read, nil when the step lists one channel or none went out on one side.
    func proposeChannel(
        for step: LadderStep, judged: [MessageOutcome], version: Int64, _ playbook: PlaybookFiles, now: Date
    ) throws -> (Comparison, (number: Int64, note: String, diff: String)?)? {
        guard step.enabled, step.channels.contains(.sms), step.channels.contains(.email), let first = step.channels.first
        else { return nil }
        let (texts, mails) = (judged.filter { $0.channel == .sms }, judged.filter { $0.channel == .email })
        guard !texts.isEmpty, !mails.isEmpty else { return nil }
        let position = Settings.stepPosition(named: step.name, in: playbook.settings)
        var row = Self.compare(
            "step \(step.name): by text against by e-mail (version \(version))", texts, against: mails,
            minimum: settings.learning.minimumSample
        ) { "\($0 ? "text" : "e-mail") did significantly better" }
        let better: Channel = row.sideIsBetter ? .sms : .email
        guard row.isSignificant, better != first else { return (row, nil) }
        guard let position else {
            row.verdict += "; collect.toml does not list this step, so set its channels there by hand"
            return (row, nil)
        }
        let channels = [better] + step.channels.filter { $0 != better }
        let edited = TOMLEdit.set(
            "ladder.step[\(position)].channels", to: "[" + channels.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]",
            in: playbook.settings)
        guard Self.reads(edited, changedFrom: playbook.settings) else { return (row, nil) }
        let (won, lost) = row.sideIsBetter ? (row.paid, row.benchmark) : (row.benchmark, row.paid)
        let name = [Channel.sms: "text", .email: "e-mail"]
        let note =
            "step \(step.name) paid \(won.0) of \(won.1) by \(name[better]!) against \(lost.0) of \(lost.1) by "
            + "\(name[first]!) (p = \(Self.format(row.pValue!))): try \(name[better]!) first, \(name[first]!) for customers "
            + "it cannot reach. Customers reachable by \(name[better]!) may differ in other ways; once it is in force, the next "
            + "evaluation compares it with this version and proposes going back if it does worse"
        return (
            row, (try propose(settings: edited, from: playbook, note: note, now: now), note, Self.diff(playbook.settings, edited))
        )
    }
}

extension CollectJob {
    /// For a weak step (significantly below `learning.target_paid_rate`, or not significantly
    /// better than no reminder where observe mode planned it), proposes an A/B variant whose e-mail
    /// is drafted from the step's best promoted example (the first, ranked by how the messages
    /// written from it did, with at least one of them paid in full): half the customers get it by
    /// the usual split, until `evaluate` finds one side significantly better and proposes keeping
    /// it (or stopping the variant when it does worse). The example's words serve the number of
    /// invoices they were written for; messages about the other number, and texts, keep the step's
    /// own words. Nothing is proposed for a step already running a variant.
    func proposeWording(
        for step: LadderStep, weak: String?, _ playbook: PlaybookFiles, now: Date
    ) throws -> (number: Int64, note: String, diff: String)? {
        guard let weak, step.enabled, step.variants.isEmpty, step.channels.contains(.email),
            let position = Settings.stepPosition(named: step.name, in: playbook.settings)
        else { return nil }
        let base = "\(step.template).email"
        // The best promoted example of the step's e-mail, with a message written from it paid.
        let ranked = try examples(now: now).filter { $0.step == step.name && $0.channel == "email" && $0.use.paid > 0 }
        guard let example = ranked.first,
            let key = example.promotedTo.first(where: { MessageRenderer.unshapedKey($0).hasSuffix(base) }),
            let words = playbook.promoted[key]
        else { return nil }
        let single = !key.hasSuffix("@many")
        // The step's own words, as a message of the other number would get them now.
        let own: (String) -> String? = { name in
            playbook.templates["\(name).mustache"] ?? playbook.promoted[name + (single ? "@many" : "@one")]
                ?? playbook.promoted[name] ?? MessageRenderer.builtInTemplate(name)
        }
        guard let other = own(base) else { return nil }
        var variant = "\(step.template)-b"
        while playbook.templates["\(variant).email.mustache"] != nil || MessageRenderer.builtInTemplate("\(variant).email") != nil
        {
            variant += "b"
        }
        var templates = playbook.templates
        let (oneText, manyText) = single ? (words, other) : (other, words)
        templates["\(variant).email.mustache"] =
            "{{#single}}\n\(oneText.hasSuffix("\n") ? oneText : oneText + "\n"){{/single}}\n"
            + "{{^single}}\n\(manyText.hasSuffix("\n") ? manyText : manyText + "\n"){{/single}}\n"
        if step.channels.contains(.sms), let sms = own("\(step.template).sms") { templates["\(variant).sms.mustache"] = sms }
        let edited = TOMLEdit.set("ladder.step[\(position)].variants", to: "[\"\(variant)\"]", in: playbook.settings)
        guard Self.reads(edited, changedFrom: playbook.settings) else { return nil }
        let note =
            "step \(step.name) \(weak): try the words of example \(example.id) (\(example.customer)'s edit; written from it: "
            + "\(example.use.summary)) as variant \(variant) for half the customers, on messages about "
            + (single ? "one invoice" : "several invoices")
            + "; evaluate compares it with \(step.template) and proposes keeping the better once one side is significantly better"
        // The words in full: a person reads them before they reach anyone.
        var diff = Self.diff(playbook.settings, edited) + "\n+ templates/\(variant).email.mustache:"
        for line in templates["\(variant).email.mustache"]!.split(separator: "\n", omittingEmptySubsequences: false) {
            diff += "\n+ \(line)"
        }
        if templates["\(variant).sms.mustache"] != nil { diff += "\n+ templates/\(variant).sms.mustache (the step's own words)" }
        return (try propose(settings: edited, templates: templates, from: playbook, note: note, now: now), note, diff)
    }
}
