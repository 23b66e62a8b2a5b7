import Foundation

/// A small model of what replies mean, learned from labelled examples: multinomial logistic
/// regression over the words, word pairs and letter runs of the customer's own words, and the
/// phrase families of ``ReplyLexicon`` they contain.
///
/// Pure and deterministic: features are hashed into a fixed table with FNV-1a (no per-process
/// seed), and training visits the examples in an order fixed by a seeded generator, so the same
/// examples always make the same model. It trains in well under a second from a thousand
/// examples; ``shipped`` is trained once per process.
public struct ReplyModel: Sendable {
    /// One labelled reply: the customer's own words and what they mean.
    public struct Example: Sendable, Hashable {
        public var text: String
        public var meaning: ReplyMeaning
        /// How much the example counts: an admin's own correction counts more than a shipped one.
        public var weight: Double

        /// Makes an example.
        public init(text: String, meaning: ReplyMeaning, weight: Double = 1) {
            self.text = text
            self.meaning = meaning
            self.weight = weight
        }
    }

    /// The model trained on the examples that ship with `collect`, built once.
    public static let shipped = ReplyModel(examples: ReplyExamples.shipped)

    /// Buckets in the hashed feature table.
    static let buckets = 1 << 18
    static let meanings = ReplyMeaning.allCases
    /// Weights, bucket-major: `weights[bucket * meanings.count + meaning]`.
    private var weights: [Float]
    private var bias: [Double]
    /// How many examples it learned from.
    public private(set) var size = 0

    /// Learns from `examples`; a model of no examples gives every meaning the same chance.
    public init(examples: [Example], epochs: Int = 16, learningRate: Double = 0.5, l2: Double = 1e-5) {
        let classes = Self.meanings.count
        weights = Array(repeating: 0, count: Self.buckets * classes)
        bias = Array(repeating: 0, count: classes)
        size = examples.count
        guard !examples.isEmpty else { return }
        let encoded = examples.map { (Self.vector($0.text), Self.meanings.firstIndex(of: $0.meaning) ?? 0, $0.weight) }
        // AdaGrad: each weight's step shrinks with the squared gradients it has seen.
        var squares = [Float](repeating: 1e-6, count: weights.count)
        var biasSquares = [Double](repeating: 1e-6, count: classes)
        var order = Array(encoded.indices)
        var random = SeededGenerator(seed: 0x5eed)
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for index in order {
                let (features, label, weight) = encoded[index]
                let probabilities = probabilities(features)
                for meaning in 0..<classes {
                    let gradient = (probabilities[meaning] - (meaning == label ? 1 : 0)) * weight
                    // What the model already gets right teaches nothing: skipping it makes training quick.
                    if abs(gradient) < 1e-3 { continue }
                    biasSquares[meaning] += gradient * gradient
                    bias[meaning] -= learningRate * gradient / biasSquares[meaning].squareRoot()
                    for (bucket, value) in features {
                        let at = bucket * classes + meaning
                        let g = Float(gradient * value) + Float(l2) * weights[at]
                        squares[at] += g * g
                        weights[at] -= Float(learningRate) * g / squares[at].squareRoot()
                    }
                }
            }
        }
    }

    /// Each meaning's probability for `text`, most likely first.
    public func posterior(_ text: String) -> [(meaning: ReplyMeaning, probability: Double)] {
        let probabilities = probabilities(Self.vector(text))
        return zip(Self.meanings, probabilities).sorted { $0.1 > $1.1 }.map { (meaning: $0.0, probability: $0.1) }
    }

    private func probabilities(_ features: [(Int, Double)]) -> [Double] {
        let classes = Self.meanings.count
        var scores = bias
        for (bucket, value) in features {
            let base = bucket * classes
            for meaning in 0..<classes { scores[meaning] += Double(weights[base + meaning]) * value }
        }
        let top = scores.max() ?? 0
        let exponents = scores.map { exp($0 - top) }
        let sum = exponents.reduce(0, +)
        return exponents.map { $0 / sum }
    }

    /// The features of `text`, hashed, each of length 1 / √n so long and short replies weigh alike.
    static func vector(_ text: String) -> [(Int, Double)] {
        var counts: [Int: Double] = [:]
        for feature in features(text) { counts[Int(hash(feature) % UInt64(buckets)), default: 0] += 1 }
        let norm = counts.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return counts.map { ($0.key, $0.value / max(norm, 1)) }.sorted { $0.0 < $1.0 }
    }

    /// Words and pairs of words, folded, numbers as `#`; runs of three to five letters of each
    /// word (for typos and the endings of six languages: "betaal", "paye", "zahl"); the phrase
    /// families the text holds; a question mark; how long it is.
    static func features(_ text: String) -> [String] {
        let words = ReplyText.words(ReplyText.fold(text)).map { word in
            word.allSatisfy { $0.isNumber || $0 == "#" } ? "#" : word
        }
        var features = words.map { "w:" + $0 }
        for index in words.indices.dropLast() { features.append("p:" + words[index] + " " + words[index + 1]) }
        for word in words {
            let letters = Array("<" + word + ">")
            for length in 3...5 where letters.count >= length {
                for start in 0...(letters.count - length) {
                    features.append("c:" + String(letters[start..<(start + length)]))
                }
            }
        }
        for meaning in ReplyReader.phraseFamilies(in: text) { features.append("lex:" + meaning.rawValue) }
        if text.contains("?") { features.append("?") }
        let length = words.count
        features.append(length <= 1 ? "len:1" : length <= 3 ? "len:3" : length <= 8 ? "len:8" : length <= 25 ? "len:25" : "len:+")
        return features
    }

    /// FNV-1a over UTF-8: the same in every process.
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }
}

/// A small deterministic random number generator (SplitMix64), so training is repeatable.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
