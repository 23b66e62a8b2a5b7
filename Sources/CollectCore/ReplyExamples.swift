/// The labelled replies `collect` ships to learn from: the training part of the corpus in
/// `Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl`, the customers' own words only.
/// `ReplyExamples+Corpus.swift` is written by `Scripts/replies-corpus/build.py`; do not edit it.
public enum ReplyExamples {
    /// Every shipped example.
    public static let shipped: [ReplyModel.Example] = corpus.map { ReplyModel.Example(text: $0.1, meaning: $0.0) }
}
