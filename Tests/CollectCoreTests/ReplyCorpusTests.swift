import CollectCore
import CollectTestSupport
import Testing

/// The reply reader on the labelled corpus's test part, which the model never learns from: the
/// figures `Benchmarks/replies.sh` prints may not fall below where they stand.
@Suite("Replies read right on the held-out part of the corpus")
struct ReplyCorpusTests {
    @Test("accuracy, opt-out recall, auto-reply precision and promise dates hold their level")
    func heldOut() throws {
        let corpus = try ReplyCorpus()
        #expect(corpus.entries.count >= 400)
        let figures = corpus.evaluate(split: "test", model: ReplyModel(examples: ReplyExamples.shipped))
        #expect(figures.total >= 130)
        #expect(figures.accuracy >= 0.92, "\(figures)")
        #expect(figures.recall("opt-out") >= 0.95, "\(figures)")
        #expect(figures.precision("auto-reply") >= 0.98, "\(figures)")
        #expect(figures.dateAccuracy >= 0.95, "\(figures)")
    }

    @Test("the examples that ship are the training part only: no test reply is learned from")
    func noLeak() throws {
        let corpus = try ReplyCorpus()
        let shipped = Set(ReplyExamples.shipped.map(\.text))
        for entry in corpus.entries where entry.split == "test" {
            let own = ReplyCorpus.read(entry, model: ReplyModel(examples: [])).own
            #expect(own.isEmpty || !shipped.contains(own), "\(entry.id) is among the shipped examples")
        }
    }
}
