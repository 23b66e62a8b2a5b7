import CollectCore
import CollectRendering
import CollectSettings
import CollectState
import Foundation

extension PlaybookEvaluator {
    /// Said of a finding for a step the built-in ladder holds: no line of `collect.toml` to edit.
    static func setByHand(_ key: String) -> String {
        "; collect.toml does not list this step, so set its \(key) there by hand"
    }

    /// Reads whether `step`'s reminders did better when they went out later than its day (an
    /// invoice first seen already overdue, hours or gaps that held a message back) and, when they
    /// did significantly (``StepTiming``), proposes the day they did better from. Returns the
    /// comparison for a person to read, nil when there is nothing to compare.
    func proposeTiming(
        for step: LadderStep, judged: [MessageOutcome], version: Int64, _ playbook: PlaybookFiles, now: Date
    ) throws -> (Comparison, Proposal?)? {
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
                    + (position == nil ? Self.setByHand("day") : "")
                : "no significant difference (the best of \(timing.daysTried) days tried)")
        guard timing.isSignificant, let position else { return (row, nil) }
        let edited = TOMLEdit.set("ladder.step[\(position)].day", to: "\(timing.day)", in: playbook.settings)
        let note =
            "step \(step.name) \(evidence) (p = \(Self.format(timing.adjustedPValue)), adjusted for the \(timing.daysTried) days "
            + "tried): send it at day \(timing.day) instead of \(step.day). Customers reached later may differ in other ways; "
            + "once it is in force, the next evaluation compares it with this version and proposes going back if it does worse"
        return (row, try playbooks.proposal(edited, note: note, from: playbook, now: now))
    }

    /// Reads whether `step`'s reminders did better by text or by e-mail, for a step that lists
    /// both, and, when the one it does not try first did significantly better, proposes trying it
    /// first (customers who cannot be reached on it still get the other). Returns the comparison
    /// for a person to read, nil when the step lists one channel or none went out on one side.
    func proposeChannel(
        for step: LadderStep, judged: [MessageOutcome], version: Int64, _ playbook: PlaybookFiles, now: Date
    ) throws -> (Comparison, Proposal?)? {
        guard step.enabled, step.channels.contains(.sms), step.channels.contains(.email), let first = step.channels.first
        else { return nil }
        let (texts, mails) = (judged.filter { $0.channel == .sms }, judged.filter { $0.channel == .email })
        guard !texts.isEmpty, !mails.isEmpty else { return nil }
        let position = Settings.stepPosition(named: step.name, in: playbook.settings)
        var row = Self.compare(
            "step \(step.name): by text against by e-mail (version \(version))", texts, against: mails,
            minimum: settings.learning.minimumSample
        ) { "\(($0 ? Channel.sms : .email).word) did significantly better" }
        let better: Channel = row.sideIsBetter ? .sms : .email
        guard row.isSignificant, better != first else { return (row, nil) }
        guard let position else {
            row.verdict += Self.setByHand("channels")
            return (row, nil)
        }
        let channels = [better] + step.channels.filter { $0 != better }
        let edited = TOMLEdit.set(
            "ladder.step[\(position)].channels", to: "[" + channels.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]",
            in: playbook.settings)
        let (won, lost) = row.sideIsBetter ? (row.paid, row.benchmark) : (row.benchmark, row.paid)
        let note =
            "step \(step.name) paid \(won.0) of \(won.1) by \(better.word) against \(lost.0) of \(lost.1) by "
            + "\(first.word) (p = \(Self.format(row.pValue!))): try \(better.word) first, \(first.word) for customers "
            + "it cannot reach. Customers reachable by \(better.word) may differ in other ways; once it is in force, the next "
            + "evaluation compares it with this version and proposes going back if it does worse"
        return (row, try playbooks.proposal(edited, note: note, from: playbook, now: now))
    }
}

extension PlaybookEvaluator {
    /// Reads whether customers who answer on a channel a step does not try first (customers who
    /// answer texts, for a step that e-mails first) paid more often when reminded on that channel
    /// than on the step's first, over every step that lists both; when they did significantly,
    /// proposes `ladder.answered_channel_first`: each customer's answering channel first,
    /// each step's own order for those who never answered. Returns the comparison for a person to
    /// read, nil when it is already in force or no such customer was reached both ways.
    func proposeAnsweredChannel(judged: [MessageOutcome], version: Int64, _ playbook: PlaybookFiles, now: Date) throws
        -> (Comparison, Proposal?)?
    {
        guard !settings.ladder.answeredChannelFirst else { return nil }
        let steps = Dictionary(
            settings.ladder.steps.filter { $0.enabled && Set($0.channels).count > 1 }.map { ($0.name, $0) },
            uniquingKeysWith: { first, _ in first })
        var (own, first): ([MessageOutcome], [MessageOutcome]) = ([], [])
        var answeredOn: Set<Channel> = []
        for outcome in judged {
            guard let step = steps[outcome.step], let answered = outcome.answered, let tried = step.channels.first,
                answered != tried, step.channels.contains(answered), let channel = outcome.channel
            else { continue }
            answeredOn.insert(answered)
            if channel == answered { own.append(outcome) } else if channel == tried { first.append(outcome) }
        }
        guard !own.isEmpty, !first.isEmpty else { return nil }
        // Said in channels when every such customer answers on one (the usual case: texts).
        let only = answeredOn.count == 1 ? answeredOn.first : nil
        let (who, mine, theirs) =
            only.map { ("customers who answer \($0.word)s", "by \($0.word)", "by \($0.other.word)") }
            ?? ("customers who answer on a channel a step does not try first", "on that channel", "on the step's first")
        var row = Self.compare(
            "\(who): reminded \(mine) against \(theirs) (version \(version))", own, against: first,
            minimum: settings.learning.minimumSample
        ) { "reminders \($0 ? mine : theirs) did significantly better" }
        guard row.isSignificant, row.sideIsBetter else { return (row, nil) }
        let edited = TOMLEdit.set("ladder.answered_channel_first", to: "true", in: playbook.settings)
        // Read once: it must still read, and now say so.
        guard (try? Settings.parse(toml: edited))?.ladder.answeredChannelFirst == true else {
            row.verdict +=
                "; collect.toml is written in a shape this cannot edit safely, so set ladder.answered_channel_first there by hand"
            return (row, nil)
        }
        let note =
            "\(who) paid \(row.paid.0) of \(row.paid.1) when reminded \(mine) against \(row.benchmark.0) of "
            + "\(row.benchmark.1) \(theirs) (p = \(Self.format(row.pValue!))): try each customer's answering channel first "
            + "(ladder.answered_channel_first = true); customers who never answered keep each step's order. Customers "
            + "reached one way may differ in other ways; once it is in force, the next evaluation compares it with this "
            + "version and proposes going back if it does worse"
        return (row, try playbooks.proposal(edited, note: note, from: playbook, now: now))
    }
}

extension PlaybookEvaluator {
    /// For a weak step (significantly below `learning.target_paid_rate`, or no better than no
    /// reminder where observe mode planned it), proposes an A/B variant whose e-mail is drafted
    /// from the step's best promoted example: promoted for a segment or for the step (never for one
    /// customer: one customer's habits are no evidence, and their facts nobody else's), written
    /// from it at least once and paid more often than the step as a whole. The example is made
    /// into a template for the whole step as `collect examples promote --for step` would (refused
    /// when it cannot safely be) and the proposal shows it rendered for other customers of the
    /// step. Its words serve the number of invoices they were written for; messages about the
    /// other number, and texts, keep the step's own words, each number its own. Half the customers
    /// get the variant; `evaluate` compares the two and proposes keeping the better. Nothing is
    /// proposed for a step already running a variant, nor where other customers or segments have
    /// promoted words of their own for the step (the variant would replace them).
    func proposeWording(
        for step: LadderStep, weak: (reason: String, share: Double)?, ranked: () throws -> [ExampleView],
        _ playbook: PlaybookFiles, now: Date
    ) throws -> Proposal? {
        guard let weak, step.enabled, step.variants.isEmpty, step.channels.contains(.email),
            let position = Settings.stepPosition(named: step.name, in: playbook.settings)
        else { return nil }
        let base = "\(step.template).email"
        /// The key's template name (`gentle.email` of `segment:loyal:gentle.email@one`) and scope.
        func parts(_ key: String) -> (name: String, scope: String) {
            let unshaped = MessageRenderer.unshaped(key)
            let name = unshaped.split(separator: ":").last.map(String.init) ?? unshaped
            return (name, unshaped.hasPrefix("customer:") ? "customer" : unshaped.hasPrefix("segment:") ? "segment" : "step")
        }
        guard
            let example = try ranked().first(where: { example in
                example.step == step.name && example.channel == "email" && example.use.paid > 0
                    && (example.use.paidShare ?? 0) > weak.share
                    && example.promotedTo.contains { parts($0).name == base }
                    // Its record would be one customer's if it was promoted for one.
                    && example.promotedTo.allSatisfy { parts($0).scope != "customer" }
            })
        else { return nil }
        let ownKeys = Set(example.promotedTo)
        // Other customers' or segments' own words for the step would be replaced for half of them.
        guard
            !playbook.promoted.keys.contains(where: {
                // (Words promoted in another language serve its customers, whom an English variant never reaches.)
                !ownKeys.contains($0) && parts($0).scope != "step" && parts($0).name.hasPrefix("\(step.template).")
                    && parts($0).name.split(separator: ".").count == 2
            })
        else { return nil }
        let draft: ExamplePromotion
        do {
            draft = try examples.promotion(of: example.id, scope: .step, confirmed: false, now: now)
        } catch {
            // One example that cannot be drafted never stops the evaluation.
            logger.info("example \(example.id) cannot be drafted into a variant: \(error)")
            return nil
        }
        let single = draft.key.hasSuffix("@one")
        // The words a message of each number of invoices gets now, as the renderer finds them.
        func own(_ name: String, _ shape: String) -> String? {
            playbook.templates["\(name).mustache"] ?? playbook.promoted["\(name)@\(shape)"] ?? playbook.promoted[name]
                ?? MessageRenderer.builtInTemplate(name)
        }
        // Already everyone's words: nothing to compare.
        guard own(base, single ? "one" : "many") != draft.template else { return nil }
        func byNumber(_ one: String, _ many: String) -> String {
            func line(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }
            return "{{#single}}\n\(line(one)){{/single}}\n{{^single}}\n\(line(many)){{/single}}\n"
        }
        var files: [String: String] = [:]
        guard let otherEmail = own(base, single ? "many" : "one") else { return nil }
        files["email"] = single ? byNumber(draft.template, otherEmail) : byNumber(otherEmail, draft.template)
        if step.channels.contains(.sms) {
            let sms = "\(step.template).sms"
            guard let one = own(sms, "one"), let many = own(sms, "many") else { return nil }
            files["sms"] = byNumber(one, many)
        }
        // A name no template, step, variant or promoted example uses.
        let used =
            Set(playbook.templates.keys.map { String($0.prefix { $0 != "." }) })
            .union(settings.ladder.steps.flatMap { [$0.template] + $0.variants })
            .union(playbook.promoted.keys.map { String(parts($0).name.prefix { $0 != "." }) })
        var variant = "\(step.template)-b"
        while used.contains(variant) || MessageRenderer.builtInTemplate("\(variant).email") != nil { variant += "b" }
        var templates = playbook.templates
        for (channel, text) in files { templates["\(variant).\(channel).mustache"] = text }
        let edited = TOMLEdit.set("ladder.step[\(position)].variants", to: "[\"\(variant)\"]", in: playbook.settings)
        let note =
            "step \(step.name) \(weak.reason): try the words of example \(example.id) (\(example.customer)'s edit, promoted "
            + "as \(example.promotedTo.joined(separator: ", ")); written from it: \(example.use.summary)) as variant \(variant) "
            + "for half the customers, on messages about \(single ? "one invoice" : "several invoices"); evaluate compares it "
            + "with \(step.template) and proposes keeping the better once one side is significantly better"
        // The words in full, and as other customers would get them: a person reads them first.
        var diff = PlaybookStore.diff(playbook.settings, edited)
        for channel in files.keys.sorted() {
            diff += "\n+ templates/\(variant).\(channel).mustache:"
            for line in files[channel]!.split(separator: "\n", omittingEmptySubsequences: false) { diff += "\n+ \(line)" }
        }
        for preview in draft.previews {
            diff += "\n\nAs \(preview.customer) would get it:\n" + preview.text
        }
        return try playbooks.proposeEdit(edited, templates: templates, note: note, from: playbook, now: now, diff: diff)
    }
}
