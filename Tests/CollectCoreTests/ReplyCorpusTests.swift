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
        let figures = set.evaluate(split: "holdout", model: ReplyModel(examples: ReplyExamples.shipped))
        #expect(figures.accuracy >= 0.93, "\(figures)")
        #expect(figures.recall("opt-out") >= 1.0, "\(figures)")
        #expect(figures.precision("auto-reply") >= 0.98, "\(figures)")
        #expect(figures.dateAccuracy >= 0.89, "\(figures)")
    }

    @Test("the probe set of 3 December, written apart to find what the reader missed, stays read as well as it is")
    func probe() throws {
        // Tuned on (its misses were read to find rules), so a guard against going back, not a measure.
        let set = try ReplyCorpus(path: (ReplyCorpus.path as NSString).deletingLastPathComponent + "/probe.jsonl")
        #expect(set.entries.count == 220)
        let figures = set.evaluate(split: "probe", model: ReplyModel(examples: ReplyExamples.shipped))
        #expect(figures.accuracy >= 0.95, "\(figures)")
        #expect(figures.recall("opt-out") >= 1.0, "\(figures)")
        #expect(figures.dateAccuracy >= 0.97, "\(figures)")
    }

    @Test("the second probe set, written apart with more kinds than dates, stays read as well as it is")
    func secondProbe() throws {
        // Its misses were read too: a guard, not a measure.
        let set = try ReplyCorpus(path: (ReplyCorpus.path as NSString).deletingLastPathComponent + "/probe2.jsonl")
        #expect(set.entries.count == 235)
        let figures = set.evaluate(split: "probe", model: ReplyModel(examples: ReplyExamples.shipped))
        #expect(figures.accuracy >= 0.89, "\(figures)")
        #expect(figures.recall("opt-out") >= 1.0, "\(figures)")
        #expect(figures.precision("auto-reply") >= 0.98, "\(figures)")
        #expect(figures.dateAccuracy >= 0.93, "\(figures)")
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
