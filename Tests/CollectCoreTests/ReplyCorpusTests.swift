import CollectCore
import CollectTestSupport
import Foundation
import Testing

/// The reply reader on the held-out set (`holdout.jsonl`: replies written apart from the corpus it
/// learns from, never read one by one while tuning): the figures `Benchmarks/replies.sh` prints may
/// not fall below where they stand.
@Suite("Replies read right on the held-out set")
struct ReplyCorpusTests {
    static let holdout = (ReplyCorpus.path as NSString).deletingLastPathComponent + "/holdout.jsonl"

    @Test("accuracy, opt-out recall, auto-reply precision and promise dates hold their level")
    func heldOut() throws {
        let set = try ReplyCorpus(path: Self.holdout)
        #expect(set.entries.count >= 170)
        let figures = set.evaluate(split: "holdout", model: ReplyModel.shipped)
        #expect(figures.accuracy >= 0.95, "\(figures)")
        #expect(figures.recall("opt-out") >= 1.0, "\(figures)")
        #expect(figures.precision("auto-reply") >= 0.98, "\(figures)")
        #expect(figures.dateAccuracy >= 0.90, "\(figures)")
    }

    /// The probe sets of 3 December, written apart to find what the reader missed: each was read
    /// once before any rule for it (88.2%, 79.1%, 74.2%, 81.1%, 75.9%, 77.1%, 80.0%, 82.0%, 84.7% and
    /// 79.7%), then its misses were read to find rules that carry over, and all ten joined the examples
    /// the model learns from. These are guards against going back, not measures: the held-out set
    /// above is the measure.
    static let probes: [(file: String, count: Int, accuracy: Double, dates: Double)] = [
        ("probe.jsonl", 220, 0.98, 0.97), ("probe2.jsonl", 235, 0.98, 0.93), ("probe3.jsonl", 240, 0.95, 0.97),
        ("probe4.jsonl", 244, 0.98, 0.97), ("probe5.jsonl", 241, 0.94, 0.97), ("probe6.jsonl", 240, 0.94, 0.92),
        ("probe7.jsonl", 200, 0.91, 0.89), ("probe8.jsonl", 222, 0.91, 0.92), ("probe9.jsonl", 222, 0.90, 0.92),
        ("probe10.jsonl", 227, 0.90, 0.90),
    ]

    @Test("each probe set of fresh replies stays read as well as it is, every opt-out found", arguments: probes)
    func probe(file: String, count: Int, accuracy: Double, dates: Double) throws {
        let set = try ReplyCorpus(path: (ReplyCorpus.path as NSString).deletingLastPathComponent + "/" + file)
        #expect(set.entries.count == count)
        let figures = set.evaluate(split: "probe", model: ReplyModel.shipped)
        #expect(figures.accuracy >= accuracy, "\(file): \(figures)")
        #expect(figures.recall("opt-out") >= 1.0, "\(file): \(figures)")
        #expect(figures.precision("auto-reply") >= 0.98, "\(file): \(figures)")
        #expect(figures.dateAccuracy >= dates, "\(file): \(figures)")
    }

    @Test("the corpus it learns from is read right, and no held-out reply is among the examples that ship")
    func learnedAndApart() throws {
        let corpus = try ReplyCorpus()
        #expect(corpus.entries.count >= 400)
        #expect(corpus.evaluate(split: "train", model: .shipped).accuracy >= 0.90)
        let shipped = Set(ReplyExamples.shipped.map(\.text))
        for entry in try ReplyCorpus(path: Self.holdout).entries {
            let own = ReplyCorpus.read(entry, model: ReplyModel(examples: [])).own
            // A reply of a few words ("STOP", "Thanks!") may well be written the same way twice.
            let words = own.split(whereSeparator: \.isWhitespace).count
            #expect(words < 4 || !shipped.contains(own), "\(entry.id) is among the shipped examples")
        }
    }
}
