import Foundation

/// A small model of what replies mean, learned from labelled examples: multinomial naive Bayes
/// over the words and word pairs of the customer's own words. Pure and quick: it trains in
/// milliseconds from a few hundred examples, so each run trains it afresh from the examples that
/// ship with `collect` and the replies the admin relabelled.
public struct ReplyModel: Sendable {
    /// One labelled reply: the customer's own words and what they mean.
    public struct Example: Sendable, Hashable {
        public var text: String
        public var meaning: ReplyMeaning

        /// Makes an example.
        public init(text: String, meaning: ReplyMeaning) {
            self.text = text
            self.meaning = meaning
        }
    }

    private var logPrior: [ReplyMeaning: Double] = [:]
    private var logLikelihood: [ReplyMeaning: [String: Double]] = [:]
    private var logUnseen: [ReplyMeaning: Double] = [:]
    /// How many examples it learned from.
    public private(set) var size = 0

    /// Learns from `examples`; a model of no examples gives every meaning the same chance.
    public init(examples: [Example]) {
        size = examples.count
        let alpha = 0.5
        var counts: [ReplyMeaning: [String: Double]] = [:]
        var totals: [ReplyMeaning: Double] = [:]
        var documents: [ReplyMeaning: Double] = [:]
        var vocabulary: Set<String> = []
        for example in examples {
            documents[example.meaning, default: 0] += 1
            for feature in Self.features(example.text) {
                counts[example.meaning, default: [:]][feature, default: 0] += 1
                totals[example.meaning, default: 0] += 1
                vocabulary.insert(feature)
            }
        }
        let v = Double(max(1, vocabulary.count))
        let n = Double(max(1, examples.count))
        for meaning in ReplyMeaning.allCases {
            logPrior[meaning] = log((documents[meaning] ?? 0) + 1) - log(n + Double(ReplyMeaning.allCases.count))
            let total = totals[meaning] ?? 0
            logUnseen[meaning] = log(alpha / (total + alpha * v))
            logLikelihood[meaning] = (counts[meaning] ?? [:]).mapValues { log(($0 + alpha) / (total + alpha * v)) }
        }
    }

    /// Each meaning's probability for `text`, most likely first.
    public func posterior(_ text: String) -> [(meaning: ReplyMeaning, probability: Double)] {
        let features = Self.features(text)
        var scores: [(ReplyMeaning, Double)] = ReplyMeaning.allCases.map { meaning in
            var score = logPrior[meaning] ?? 0
            let table = logLikelihood[meaning] ?? [:]
            let unseen = logUnseen[meaning] ?? 0
            for feature in features { score += table[feature] ?? unseen }
            return (meaning, score)
        }
        let top = scores.map(\.1).max() ?? 0
        let sum = scores.reduce(0) { $0 + exp($1.1 - top) }
        scores = scores.map { ($0.0, exp($0.1 - top) / sum) }
        return scores.sorted { $0.1 > $1.1 }.map { (meaning: $0.0, probability: $0.1) }
    }

    /// Words and pairs of words, folded; numbers become `#`.
    static func features(_ text: String) -> [String] {
        let words = ReplyText.words(ReplyText.fold(text)).map { word in
            word.allSatisfy { $0.isNumber || $0 == "#" } ? "#" : word
        }
        var features = words
        for index in words.indices.dropLast() { features.append(words[index] + " " + words[index + 1]) }
        // Pieces of words, for typos and the endings of six languages ("betaal", "paye", "zahl").
        for word in words where word.count >= 5 {
            let letters = Array(word)
            for start in 0...(letters.count - 4) { features.append("~" + String(letters[start..<(start + 4)])) }
        }
        if text.contains("?") { features.append("?") }
        return features
    }
}
