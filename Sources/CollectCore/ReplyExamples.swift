/// The labelled replies `collect` ships to learn from: the corpus in
/// `Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl` and the probe sets beside it, the
/// customers' own words only. `ReplyExamples+Corpus.swift` is written by
/// `Benchmarks/replies.sh --write-examples FILE`; do not edit it.
public enum ReplyExamples {
    /// Every shipped example.
    public static let shipped: [ReplyModel.Example] = corpus.map { ReplyModel.Example(text: $0.1, meaning: $0.0) }
}
