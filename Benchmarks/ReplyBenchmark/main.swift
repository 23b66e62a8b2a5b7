import CollectCore
import CollectTestSupport
import Foundation

// Prints the reply reader's confusion matrix, precision and recall per kind, accuracy and
// promise-date accuracy on the test part of the labelled corpus (the model never sees it).
// Usage: collect-replies-bench [corpus.jsonl] [--misses]
let arguments = CommandLine.arguments.dropFirst()
let path = arguments.first { !$0.hasPrefix("--") } ?? ReplyCorpus.path
let corpus = try ReplyCorpus(path: path)
let model = ReplyModel(examples: ReplyExamples.shipped)
for split in ["test", "train"] {
    let figures = corpus.evaluate(split: split, model: model)
    print("== \(split) part: \(figures.total) replies ==")
    print(figures)
    if arguments.contains("--misses") { for miss in figures.misses { print("  " + miss) } }
    print("")
}
