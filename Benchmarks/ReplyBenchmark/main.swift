import CollectCore
import CollectInputs
import CollectTestSupport
import Foundation

// Prints the reply reader's confusion matrix, precision and recall per kind, accuracy and
// promise-date accuracy on the test part of the labelled corpus (the model never sees it), then
// on the training part.
//
// Usage: collect-replies-bench [corpus.jsonl] [--misses]
//        collect-replies-bench [corpus.jsonl] --folds 5 [--misses]   (cross-validation, for tuning)
//        collect-replies-bench --read "text" [--sms]   (one reply, with its evidence)
//        collect-replies-bench --probe FILE   (fresh replies of split "probe", with their misses)
//        collect-replies-bench [corpus.jsonl] --write-examples Sources/CollectCore/ReplyExamples+Corpus.swift
let arguments = Array(CommandLine.arguments.dropFirst())
let path = arguments.first { $0.hasSuffix(".jsonl") } ?? ReplyCorpus.path
if let index = arguments.firstIndex(of: "--read"), index + 1 < arguments.count {
    // One text, read as a reply of 1 December 2026: its kinds, evidence, confidence and the model's view.
    let text = arguments[index + 1]
    let reading = ReplyReader.read(
        text, sentOn: CivilDate(year: 2026, month: 12, day: 1)!, channel: arguments.contains("--sms") ? .sms : .email,
        model: .shipped)
    print("kinds: \(reading.kinds.map(\.rawValue)), evidence: \(reading.evidence ?? "-"), confidence: \(reading.confidence)")
    print(
        "needs reading: \(reading.needsReading), from phrases: \(reading.fromPhrases), date: \(reading.promisedDate?.description ?? "-")"
    )
    print(
        "phrase families: "
            + ReplyReader.phraseEvidence(in: text).map { "\($0.meaning.rawValue) (\($0.sentence))" }.joined(separator: "; "))
    print(
        "model: "
            + ReplyModel.shipped.posterior(text).prefix(3).map {
                "\($0.meaning.rawValue) \(String(format: "%.2f", $0.probability))"
            }.joined(separator: ", "))
    exit(0)
}
if let index = arguments.firstIndex(of: "--dates"), index + 1 < arguments.count {
    // Lines of `text|expected day` (empty when none), each read as said on Tuesday 1 December 2026.
    let tuesday = CivilDate(year: 2026, month: 12, day: 1)!
    var wrong = 0
    let lines = try String(contentsOfFile: arguments[index + 1], encoding: .utf8).split(separator: "\n")
    for line in lines {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let folded = ReplyText.fold(parts[0])
        let found = PromiseDate.find(in: folded, after: tuesday, dayFirst: ReplyLanguage.guess(ReplyText.words(folded)) != "en")
        let read = found?.description ?? ""
        if read != (parts.count > 1 ? parts[1] : "") {
            wrong += 1
            print(
                "\(parts[0]) -> \(read.isEmpty ? "none" : read), expected \(parts.count > 1 && !parts[1].isEmpty ? parts[1] : "none")"
            )
        }
    }
    print("\(lines.count - wrong) of \(lines.count) read as expected")
    exit(0)
}
let corpus = try ReplyCorpus(path: path)

if let index = arguments.firstIndex(of: "--write-examples"), index + 1 < arguments.count {
    // The training part's own words, as the reader will see them, become the examples that ship.
    var lines = [
        "// Written by `collect-replies-bench --write-examples` (Benchmarks/replies.sh --write-examples) from",
        "// Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl and the probe sets it names beside it; do not edit.",
        "extension ReplyExamples {",
        "    static let corpus: [(ReplyMeaning, String)] = [",
    ]
    // Every labelled reply of the corpus teaches: the held-out set (holdout.jsonl) is what measures,
    // so a training reply written word for word like a held-out one (of four words or more) is left out.
    let holdout = (path as NSString).deletingLastPathComponent + "/holdout.jsonl"
    let heldOut = Set(
        ((try? ReplyCorpus(path: holdout))?.entries ?? []).map { ReplyCorpus.read($0, model: ReplyModel(examples: [])).own }
            .filter { $0.split(whereSeparator: \.isWhitespace).count >= 4 })
    var skipped = 0
    // The probe sets teach too, once their first reading is on record: more writers, more ways of
    // saying it. All of them: which sets to learn from is not chosen by the held-out figures, which
    // moved by a reply or two either way with each choice (see README "How it learns").
    let folder = (path as NSString).deletingLastPathComponent
    let probes = (["probe.jsonl"] + (2...10).map { "probe\($0).jsonl" })
    let entries = try corpus.entries + probes.flatMap { try ReplyCorpus(path: folder + "/" + $0).entries }
    for entry in entries {
        guard let example = ReplyCorpus.example(entry) else { continue }
        let (own, meaning) = (example.text, example.meaning)
        if heldOut.contains(own) {
            skipped += 1
            continue
        }
        var literal = ""
        for scalar in own.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": continue
            case "\t": literal += "\\t"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        lines.append("        (.\(meaningCase(meaning)), \"\(literal)\"),")
    }
    lines += ["    ]", "}", ""]
    try lines.joined(separator: "\n").write(toFile: arguments[index + 1], atomically: true, encoding: .utf8)
    print(
        "wrote \(lines.count - 7) examples (the corpus and \(probes.joined(separator: ", "))) to \(arguments[index + 1]); "
            + "\(skipped) left out as written like a held-out reply")
    exit(0)
}

func meaningCase(_ meaning: ReplyMeaning) -> String {
    switch meaning {
    case .optOut: return "optOut"
    case .dispute: return "dispute"
    case .alreadyPaid: return "alreadyPaid"
    case .hardship: return "hardship"
    case .promise: return "promise"
    case .question: return "question"
    case .other: return "other"
    }
}

if let index = arguments.firstIndex(of: "--folds"), index + 1 < arguments.count, let folds = Int(arguments[index + 1]) {
    // Tuning looks here: the corpus read by models that never saw the part they read.
    let figures = corpus.crossValidate(folds: folds)
    print("== \(folds)-fold cross-validation on the corpus: \(figures.total) replies ==")
    print(figures)
    if arguments.contains("--misses") { for miss in figures.misses { print("  " + miss) } }
    exit(0)
}

let model = ReplyModel.shipped
if let index = arguments.firstIndex(of: "--probe"), index + 1 < arguments.count {
    // A fresh file of replies (split "probe") read by the shipped model, misses printed: new replies
    // to tune on before they join the corpus.
    let figures = try ReplyCorpus(path: arguments[index + 1]).evaluate(split: "probe", model: model)
    print("== probe: \(figures.total) replies ==")
    print(figures)
    for miss in figures.misses { print("  " + miss) }
    exit(0)
}
// The held-out set nobody reads reply by reply: its misses are never printed.
let holdoutPath = (path as NSString).deletingLastPathComponent + "/holdout.jsonl"
if FileManager.default.fileExists(atPath: holdoutPath) {
    let figures = try ReplyCorpus(path: holdoutPath).evaluate(split: "holdout", model: model)
    print("== held-out set: \(figures.total) replies (written apart, never tuned on) ==")
    print(figures)
    print("")
}
for split in ["test", "train"] {
    let figures = corpus.evaluate(split: split, model: model)
    print("== \(split) part: \(figures.total) replies (learned from; --folds 5 gives the fair figure) ==")
    print(figures)
    if arguments.contains("--misses") { for miss in figures.misses { print("  " + miss) } }
    print("")
}
