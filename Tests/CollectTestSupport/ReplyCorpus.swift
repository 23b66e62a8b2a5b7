import CollectCore
import CollectInputs
import Foundation

/// The labelled replies in `Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl`, read the way a
/// run reads them, and how well the reply reader does on them.
public struct ReplyCorpus {
    /// One labelled reply.
    public struct Entry {
        public var id: String
        public var split: String
        public var channel: String
        public var lang: String
        public var structure: String
        public var kinds: [String]
        public var promise: String?
        public var sent: Date
        public var raw: String
    }

    public let entries: [Entry]

    /// A corpus of these entries.
    public init(entries: [Entry]) { self.entries = entries }

    /// The corpus file.
    public static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../CollectCoreTests/Fixtures/replies/corpus.jsonl").standardized.path

    /// Reads the corpus (every line one JSON object).
    public init(path: String = ReplyCorpus.path) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let iso = ISO8601DateFormatter()
        entries = try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return Entry(
                id: object["id"] as! String, split: object["split"] as! String, channel: object["channel"] as! String,
                lang: object["lang"] as! String, structure: object["structure"] as! String, kinds: object["kinds"] as! [String],
                promise: object["promise"] as? String,
                sent: iso.date(from: object["sent"] as! String) ?? Date(timeIntervalSince1970: 0),
                raw: object["raw"] as! String)
        }
    }

    /// What the reader made of one reply: its kinds (auto-reply first when the message is automatic)
    /// and the promised day.
    public struct Verdict {
        public var kinds: [String]
        public var promise: String?
        public var needsReading: Bool
        public var own: String = ""
    }

    /// Reads one entry as a run would: the real e-mail or SMS reader, then the reply reader.
    public static func read(_ entry: Entry, model: ReplyModel) -> Verdict {
        let zone = TimeZone(identifier: "America/Chicago")!
        let format: InputFormat = entry.channel == "sms" ? .sms : .email
        guard let records = try? format.records(Array(entry.raw.utf8)), case .reply(let reply)? = records.first else {
            return Verdict(kinds: ["unreadable"], promise: nil, needsReading: true)
        }
        switch reply.kind {
        case .autoReply: return Verdict(kinds: ["auto-reply"], promise: nil, needsReading: false)
        case .bounce: return Verdict(kinds: ["bounce"], promise: nil, needsReading: false)
        case .deliveryReport: return Verdict(kinds: ["delivery-report"], promise: nil, needsReading: false)
        case .complaint: return Verdict(kinds: ["complaint"], promise: nil, needsReading: false)
        case .reply: break
        }
        let sentOn = LocalTime(reply.sentAt ?? entry.sent, in: zone).date
        let reading = ReplyReader.read(reply.text, sentOn: sentOn, channel: reply.channel, model: model)
        return Verdict(
            kinds: reading.kinds.map(\.rawValue), promise: reading.promisedDate?.description, needsReading: reading.needsReading,
            own: OwnWords(reply.text).text)
    }

    /// The entry as a training example: the customer's own words, as the reader sees them, and the
    /// most urgent kind; nil when it has no words of its own or is not a person's reply.
    public static func example(_ entry: Entry) -> ReplyModel.Example? {
        guard let label = entry.kinds.first, let meaning = ReplyMeaning(rawValue: label) else { return nil }
        let format: InputFormat = entry.channel == "sms" ? .sms : .email
        guard let records = try? format.records(Array(entry.raw.utf8)), case .reply(let reply)? = records.first else {
            return nil
        }
        let own = OwnWords(reply.text).text
        return own.isEmpty ? nil : ReplyModel.Example(text: own, meaning: meaning)
    }

    /// Cross-validation on this corpus alone: each of `folds` parts read by a model trained on the
    /// others, the figures summed. What tuning looks at, so the held-out set stays unread.
    public func crossValidate(folds: Int) -> Figures {
        var total = Figures()
        for fold in 0..<folds {
            let training = entries.indices.filter { $0 % folds != fold }.compactMap { Self.example(entries[$0]) }
            let model = ReplyModel(examples: training)
            let part = ReplyCorpus(entries: entries.indices.filter { $0 % folds == fold }.map { entries[$0] })
            let figures = part.evaluate(split: nil, model: model)
            total.total += figures.total
            total.correct += figures.correct
            total.statedDates += figures.statedDates
            total.datesRead += figures.datesRead
            total.misses += figures.misses
            for (label, row) in figures.confusion {
                for (read, count) in row { total.confusion[label, default: [:]][read, default: 0] += count }
            }
        }
        return total
    }

    /// The figures on one split.
    public struct Figures: CustomStringConvertible {
        public var total = 0
        public var correct = 0
        public var confusion: [String: [String: Int]] = [:]
        public var statedDates = 0
        public var datesRead = 0
        public var misses: [String] = []

        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
        public var dateAccuracy: Double { statedDates == 0 ? 1 : Double(datesRead) / Double(statedDates) }

        public func recall(_ kind: String) -> Double {
            let row = confusion[kind] ?? [:]
            let all = row.values.reduce(0, +)
            return all == 0 ? 1 : Double(row[kind] ?? 0) / Double(all)
        }

        public func precision(_ kind: String) -> Double {
            let predicted = confusion.values.reduce(0) { $0 + ($1[kind] ?? 0) }
            return predicted == 0 ? 1 : Double(confusion[kind]?[kind] ?? 0) / Double(predicted)
        }

        public static let kinds = [
            "opt-out", "dispute", "already-paid", "hardship", "promise-to-pay", "question", "auto-reply", "other",
        ]

        public var description: String {
            var lines: [String] = []
            let columns = Self.kinds + ["unreadable"]
            let short = columns.map { String($0.prefix(7)) }
            lines.append("label \\ read  " + short.map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined())
            for kind in Self.kinds {
                let row = confusion[kind] ?? [:]
                lines.append(
                    kind.padding(toLength: 14, withPad: " ", startingAt: 0)
                        + columns.map { String(row[$0] ?? 0).padding(toLength: 8, withPad: " ", startingAt: 0) }.joined())
            }
            lines.append("")
            lines.append("kind            precision  recall")
            for kind in Self.kinds {
                lines.append(
                    kind.padding(toLength: 16, withPad: " ", startingAt: 0)
                        + String(format: "%5.1f%%     %5.1f%%", precision(kind) * 100, recall(kind) * 100))
            }
            lines.append(String(format: "accuracy: %.1f%% (%d of %d)", accuracy * 100, correct, total))
            lines.append(String(format: "stated dates read: %.1f%% (%d of %d)", dateAccuracy * 100, datesRead, statedDates))
            return lines.joined(separator: "\n")
        }
    }

    /// Scores the reader on the entries of `split`, with a model trained on `model`'s examples.
    public func evaluate(split: String?, model: ReplyModel) -> Figures {
        var figures = Figures()
        for entry in entries where split == nil || entry.split == split {
            let verdict = Self.read(entry, model: model)
            let label = entry.kinds.first ?? "other"
            let read = verdict.kinds.first ?? "other"
            figures.total += 1
            figures.confusion[label, default: [:]][read, default: 0] += 1
            if label == read {
                figures.correct += 1
            } else {
                figures.misses.append(
                    "\(entry.id) [\(entry.lang) \(entry.structure)] \(label) read as \(read): "
                        + verdict.own.replacingOccurrences(of: "\n", with: " / ").prefix(220))
            }
            if let promise = entry.promise {
                figures.statedDates += 1
                if verdict.promise == promise {
                    figures.datesRead += 1
                } else {
                    figures.misses.append(
                        "\(entry.id) date \(promise) read as \(verdict.promise ?? "none"): "
                            + verdict.own.replacingOccurrences(of: "\n", with: " / ").prefix(160))
                }
            }
        }
        return figures
    }
}
