/// What a customer's reply means, decided by a small set of phrase families: honest,
/// deterministic, and shown with its evidence. When unsure it says `other`, which still goes to a
/// person.
public enum ReplyMeaning: String, Sendable, Hashable, CaseIterable {
    /// Asks to hear no more on this channel.
    case optOut = "opt-out"
    /// Disputes the invoice.
    case dispute
    /// Says it was already paid.
    case alreadyPaid = "already-paid"
    /// Cannot pay now.
    case hardship
    /// Promises to pay, perhaps by a date.
    case promise = "promise-to-pay"
    /// Asks a question.
    case question
    /// None of these.
    case other

    /// The escalation this meaning raises.
    public var escalation: EscalationReason {
        switch self {
        case .optOut: return .optOut
        case .dispute: return .dispute
        case .alreadyPaid: return .alreadyPaid
        case .hardship: return .hardship
        case .promise: return .promise
        case .question: return .question
        case .other: return .otherReply
        }
    }
}

/// The verdict on one reply, with what it rests on.
public struct ReplyReading: Sendable, Hashable {
    /// What the reply means: the most urgent of `kinds`.
    public var meaning: ReplyMeaning
    /// The words that decided it, quoted from the reply.
    public var evidence: String?
    /// For a promise: the day promised, when the reply names one (the end of a range).
    public var promisedDate: CivilDate?
    /// For "already paid": a reference or date the customer quoted.
    public var quoted: String?
    /// Every kind the reply was read as, the most urgent first (a mixed reply names several).
    public var kinds: [ReplyMeaning] = []
    /// How sure the reading is, 0 to 1.
    public var confidence: Double = 1
    /// Below the threshold: a person must read it to know what it means.
    public var needsReading: Bool = false
    /// Whether phrases of the reply decided it (else the learned model did).
    public var fromPhrases = true

    /// Makes a reading.
    public init(
        meaning: ReplyMeaning, evidence: String?, promisedDate: CivilDate? = nil, quoted: String? = nil,
        kinds: [ReplyMeaning]? = nil, confidence: Double = 1, needsReading: Bool = false
    ) {
        self.meaning = meaning
        self.evidence = evidence
        self.promisedDate = promisedDate
        self.quoted = quoted
        self.kinds = kinds ?? [meaning]
        self.confidence = confidence
        self.needsReading = needsReading
    }
}

/// Reads replies: pure, from the customer's own words and the reply's date to a ``ReplyReading``.
///
/// Phrases per kind and language decide first (whole words, with negation); a small model
/// learned from labelled replies decides what no phrase does, and says how sure it is. Every
/// kind the phrases find is named, the most urgent first: opt-out, dispute, already paid,
/// hardship, promise to pay, question.
public enum ReplyReader {
    /// Words that, as (nearly) the whole of an SMS, end text messages for the customer.
    public static let stopWords: Set<String> = ReplyLexicon.smsStopWords

    /// Kinds in order of urgency.
    public static let urgency: [ReplyMeaning] = [.optOut, .dispute, .alreadyPaid, .hardship, .promise, .question, .other]

    /// How sure the model must be to choose the reading over the phrases (tuned by cross-validation).
    static let modelDecides = 0.7
    /// How sure the model must be to read a reply whose only sign is a question mark as another kind
    /// ("Could we split it in two?" asks for time; "Still not received?" says it was paid).
    static let modelReadsPastMark = 0.4
    /// Below this chance in the model's eyes, a kind a phrase found is dropped.
    static let modelRulesOut = 0.1

    /// Words that suppose what follows ("if we settled"): a payment after them is not told as made.
    static let supposing: Set<String> = ["if", "falls", "whether", "unless"]

    /// Below this confidence a reading is marked "needs reading".
    public static let threshold = 0.55

    static let families: [(ReplyMeaning, [[String]])] = [
        (.optOut, ReplyLexicon.optOut.map(phrase)),
        (.dispute, ReplyLexicon.dispute.map(phrase)),
        (.alreadyPaid, ReplyLexicon.alreadyPaid.map(phrase)),
        (.hardship, ReplyLexicon.hardship.map(phrase)),
        (.promise, ReplyLexicon.promise.map(phrase)),
        (.question, ReplyLexicon.question.map(phrase)),
        (.other, ReplyLexicon.other.map(phrase)),
    ]

    /// A lexicon phrase as words; `*`, `~` and a trailing `*` are kept.
    static func phrase(_ text: String) -> [String] {
        text.split(separator: " ").flatMap { piece -> [String] in
            if piece == "~" || piece == "*" { return [String(piece)] }
            let words = ReplyText.words(ReplyText.fold(piece))
            return piece.hasSuffix("*") && !words.isEmpty ? words.dropLast() + [words.last! + "*"] : words
        }
    }

    /// Reads a reply's text (quoted history below it is ignored) as of the reply's date.
    ///
    /// - Parameters:
    ///   - answered: the text of the message it answers, whose lines never count as the customer's.
    ///   - model: the learned model; without one, phrases alone decide.
    ///   - dayFirst: read `12/11` as 12 November (the business writes dates day first).
    public static func read(
        _ text: String, sentOn date: CivilDate, channel: Channel, answered: String? = nil, model: ReplyModel? = nil,
        dayFirst: Bool = false
    ) -> ReplyReading {
        let own = OwnWords(text, answered: answered)
        let body = own.text
        let folded = ReplyText.fold(body)
        var words = ReplyText.words(folded)
        // A word spelled out letter by letter ("U N S U B S C R I B E") is that word.
        if words.count >= 4, words.allSatisfy({ $0.count == 1 }) { words = [words.joined()] }
        var hits: [ReplyMeaning: String] = [:]
        // A stop word in a short text message: "STOP", "stop please", "pls stop texting me" —
        // but not "don't stop by tomorrow", nor "End of month" ("end", "cancel", "quit" count only
        // standing alone, or with "please" and the like).
        if channel == .sms, words.count <= 6,
            let at = words.firstIndex(where: { ReplyLexicon.smsStopWords.contains($0) }),
            !isNegated(words, before: at), !(at + 1 < words.count && ["by", "in", "over", "at"].contains(words[at + 1])),
            ["stop", "stopall", "unsubscribe", "stopp"].contains(words[at])
                || words.enumerated().allSatisfy({ $0.offset == at || Self.courtesies.contains($0.element) })
        {
            hits[.optOut] = body.trimmingSpaces.description
        }
        if words.count <= 3, words.first.map({ ["stop", "unsubscribe", "stopall"].contains($0) }) == true {
            hits[.optOut] = body.trimmingSpaces.description
        }
        if words.count <= 3, words.first.map({ ["remove", "cancel"].contains($0) }) == true, channel == .email {
            hits[.optOut] = body.trimmingSpaces.description
        }
        // Phrases are found sentence by sentence, so "Not interested. Unsubscribe me." is no negation.
        hits.merge(familyHits(body: body)) { first, _ in first }
        // Questions written without their mark are read as asked ("can i pay at the office on a saturday").
        let marked = ReplyText.markingQuestions(body)
        // (What was only asked, the model may not bring back: "kan ik ook met een tikkie betalen".)
        var ruledOut = dropPaymentAsked(from: &hits, body: marked)
        // A payment denied ("Ich habe noch nicht überwiesen") the model may not bring back either.
        if hits[.alreadyPaid] == nil,
            words.indices.contains(where: { ReplyLexicon.paymentMade.contains(words[$0]) && isNegated(words, before: $0) })
        {
            ruledOut.insert(.alreadyPaid)
        }
        // Opt-outs are looked for in sentences cut at every dot: recall first.
        let sentenceTexts = ReplyText.sentences(body, everyDot: true)
        let sentences = sentenceTexts.map { ReplyText.words(ReplyText.fold($0)) }
        // A sentence that is only a stop word ("… never had any work done. STOP"), on either channel.
        if hits[.optOut] == nil,
            let stop = zip(sentenceTexts, sentences).first(where: { _, sentence in
                sentence.contains { ReplyLexicon.sentenceStopWords.contains($0) }
                    && sentence.allSatisfy { ReplyLexicon.sentenceStopWords.contains($0) || Self.courtesies.contains($0) }
            })
        {
            hits[.optOut] = String(stop.0.trimmingSpaces)
        }
        // Recall first for opt-outs: a word for stopping near a word for what is sent, in one
        // sentence. Only a guess: it goes to the person and closes no channel by itself.
        var guessedOptOut = false
        if hits[.optOut] == nil {
            for (sentenceText, sentence) in zip(sentenceTexts, sentences) {
                // Single words, and pairs ("no more", "rather not", "take off").
                let pairs = sentence.indices.map {
                    $0 + 1 < sentence.count ? sentence[$0] + " " + sentence[$0 + 1] : sentence[$0]
                }
                guard
                    let verb = sentence.indices.first(where: { index in
                        ReplyLexicon.stopVerbs.contains { ReplyLexicon.isStem($0, of: sentence[index]) || pairs[index] == $0 }
                    })
                else { continue }
                if isOptOutInstruction(sentence) { continue }
                // "This mailbox is no longer monitored", "I'm no longer the contact": a mailbox or a
                // person that moved on, not a wish to stop ("I no longer want these e-mails" is one).
                if pairs[verb] == "no longer", verb + 2 < sentence.count,
                    ReplyLexicon.movedOn.contains(sentence[verb + 2])
                {
                    continue
                }
                let window = sentence[max(0, verb - 6)..<min(sentence.count, verb + 7)]
                guard window.contains(where: { word in ReplyLexicon.sentThings.contains { word.hasPrefix($0) } }),
                    !isNegated(sentence, before: verb),
                    !(verb + 1 < sentence.count && ["by", "in", "over"].contains(sentence[verb + 1]))
                else { continue }
                hits[.optOut] = String(sentenceText.trimmingSpaces.prefix(160))
                guessedOptOut = true
                break
            }
        }
        let language = ReplyLanguage.guess(words)
        let found = PromiseDate.find(in: folded, after: date, dayFirst: dayFirst || language != "en")
        // A promise is of a day to come, and not long to come: a date rolled to next year was a past one.
        let promised = found.flatMap { $0.days(since: date) <= 120 ? $0 : nil }
        // A forwarded payment confirmation under a few words of the customer's is "already paid".
        if hits[.alreadyPaid] == nil, let forwarded = own.forwarded, words.count <= 30 {
            let proof = ReplyText.words(ReplyText.fold(forwarded))
            if proof.contains(where: { word in proofWords.contains { word.hasPrefix($0) } }) {
                hits[.alreadyPaid] = body.isEmpty ? "(a forwarded payment confirmation)" : body.trimmingSpaces.description
            }
        }
        // Paying words whose own clause holds a day still to come tell of a payment to come ("Die
        // Überweisung erfolgt am 22.12.", "ill have it paid on the twenty first", "invoices over 60
        // days are paid on the last business day of the month"), unless a word of the past is there.
        // (The model may not bring it back.)
        if let paid = hits[.alreadyPaid], isPaymentToCome(paid, after: date, dayFirst: dayFirst || language != "en") {
            hits[.alreadyPaid] = nil
            ruledOut.insert(.alreadyPaid)
            if hits[.promise] == nil { hits[.promise] = paid }
        }
        // A day to come beside a word for paying is a promise, even beside a payment made ("half went
        // out yesterday, the other half will be there by the 15th").
        if hits[.promise] == nil, promised != nil,
            hits[.alreadyPaid] == nil
                || words.contains(where: {
                    (PromiseDate.futureWords.contains($0) && $0 != "be") || ReplyLexicon.rest.contains($0)
                }),
            // (Paying words and the day only in a question ask about paying: "can I pay on a Saturday?";
            // "Can I pay by card? Then I'll do it on Monday" tells the day.)
            toldPays(marked, words: words, after: date, dayFirst: dayFirst || language != "en") || offersAmount(body)
                || ReplyLexicon.doingIt.contains(where: { find(phrase($0), in: words) != nil })
                || (hits.isEmpty && words.count <= 8 && !words.contains(where: ReplyLexicon.lookingWords.contains))
        {
            hits[.promise] = sentenceText(containing: ["pay"], in: body) ?? body.trimmingSpaces.description
        }
        let whoIsThis = [
            "who is this", "quien habla", "quien es", "qui est-ce", "wer ist da", "wie is dit", "quem e", "who's this",
            "c'est qui",
        ]
        .contains { text in
            // "Who is this for?" asks which job; "who is this?" does not know the sender.
            let asked = phrase(text)
            return find(asked, in: words).map { words.dropFirst($0 + asked.count).first != "for" } ?? false
        }
        // A question mark alone is weak evidence: the model may read past it (below).
        var questionByMark = false
        if hits[.question] == nil, !whoIsThis, marked.contains("?"), let question = marked.split(separator: "?").first {
            hits[.question] = String(question.suffix(120)).trimmingSpaces + (body.contains("?") ? "?" : "")
            // (A sentence that opens as a question is a question in words, as strong as a phrase.)
            questionByMark = body.contains("?")
        }
        // A question beside a stronger kind is part of it ("when can we expect…?" in a dispute).
        if hits.keys.contains(where: { $0 != .question && $0 != .other }) { hits[.question] = nil }
        // Passing it on, a new number, season's greetings: only when nothing else is said.
        if hits.count > 1 { hits[.other] = nil }

        let posterior = model?.posterior(body)
        // A greeting or a new number beside what the model reads as an opt-out ("Happy holidays!
        // Please lose my number") is the model's opt-out guess, for a person to confirm.
        if hits.keys.allSatisfy({ $0 == .other }), !hits.isEmpty, let best = posterior?.first, best.meaning == .optOut {
            var reading = ReplyReading(
                meaning: .optOut, evidence: nil, kinds: [.optOut, .other], confidence: best.probability, needsReading: true)
            reading.fromPhrases = false
            return reading
        }
        var kinds = urgency.filter { hits[$0] != nil }
        var confidence = 0.9
        var byModel = false
        if kinds.isEmpty {
            // "Who is this?" and nothing more: the customer does not know the sender, and asks
            // nothing about the invoice.
            if whoIsThis, words.count <= 8 {
                return ReplyReading(
                    meaning: .other, evidence: body.trimmingSpaces.description, confidence: 0.8, needsReading: false)
            }
            guard !words.isEmpty, let posterior, model?.size ?? 0 > 0, let best = posterior.first else {
                return ReplyReading(meaning: .other, evidence: nil, confidence: 0.3, needsReading: true)
            }
            // A few words with no phrase of any kind ("Noted.", "Thx", "Merci, bien reçu") are
            // acknowledgements unless the model is sure.
            // (A model's guess of an opt-out is never dropped: it goes to the person, closing nothing.)
            if words.count <= 6, best.probability < 0.8, best.meaning != .optOut {
                let other = posterior.first { $0.meaning == .other }?.probability ?? 0
                return ReplyReading(
                    meaning: .other, evidence: nil, confidence: max(other, 0.6), needsReading: false)
            }
            kinds = [best.meaning]
            confidence = best.probability
            byModel = true
        } else if let posterior, let best = posterior.first, model?.size ?? 0 > 0,
            hits[.optOut] == nil || guessedOptOut, !ruledOut.contains(best.meaning),
            best.probability >= (questionByMark && kinds == [.question] ? Self.modelReadsPastMark : Self.modelDecides)
        {
            // The model, sure of itself, weighs the phrases: it may add the kind it sees, and drop a
            // weak kind a phrase found that it all but rules out (a question, a promise with no day),
            // never an opt-out, a dispute, "already paid" or hardship: what would stop the chasing stays.
            func chance(_ meaning: ReplyMeaning) -> Double { posterior.first { $0.meaning == meaning }?.probability ?? 0 }
            let firm: Set<ReplyMeaning> = [.optOut, .dispute, .alreadyPaid, .hardship]
            let others = urgency.filter {
                $0 != best.meaning && hits[$0] != nil
                    && (firm.contains($0) || ($0 == .promise && promised != nil) || ($0 == .question && !questionByMark)
                        || chance($0) >= Self.modelRulesOut)
            }
            kinds = urgency.filter { $0 == best.meaning || others.contains($0) }
            byModel = hits[kinds[0]] == nil
            confidence = byModel ? best.probability : min(0.99, 0.8 + 0.2 * chance(kinds[0]))
        } else if let posterior {
            let chance = posterior.first { $0.meaning == kinds[0] }?.probability ?? 0
            confidence = min(0.99, 0.8 + 0.2 * chance)
        }
        if kinds.count > 1 { kinds.removeAll { ruledOut.contains($0) } }
        let meaning = kinds[0]
        var reading = ReplyReading(
            meaning: meaning, evidence: hits[meaning], kinds: kinds, confidence: confidence,
            // An opt-out only the model sees is for a person to confirm: a channel is never closed on a guess.
            needsReading: confidence < threshold || (byModel && meaning == .optOut))
        reading.fromPhrases = !byModel && !(guessedOptOut && meaning == .optOut)
        if guessedOptOut && meaning == .optOut { reading.needsReading = true }
        if kinds.contains(.promise) { reading.promisedDate = promised }
        if kinds.contains(.alreadyPaid) { reading.quoted = reference(in: body) }
        return reading
    }

    /// Whether `text` asks to stop, by any of the opt-out checks, on either channel: what an
    /// automatic answer's signs never outweigh.
    public static func asksToStop(_ text: String) -> Bool {
        // (Words that ask, not a model's guess: the model reads many a ticket notice as an opt-out.)
        let reading = read(text, sentOn: CivilDate(daysSinceEpoch: 0), channel: .sms)
        return reading.kinds.contains(.optOut) && reading.evidence != nil
    }

    /// The phrase families found in `text`, most urgent first (used as the model's features too).
    public static func phraseFamilies(in text: String) -> [ReplyMeaning] {
        phraseEvidence(in: text).map(\.meaning)
    }

    /// Each phrase family found in `text` with the sentence that holds its phrase, most urgent first.
    public static func phraseEvidence(in text: String) -> [(meaning: ReplyMeaning, sentence: String)] {
        let hits = familyHits(body: text)
        return urgency.compactMap { meaning in hits[meaning].map { (meaning, $0) } }
    }

    /// Each family whose phrase one sentence holds (negation and "stop by" aside), with its evidence.
    static func familyHits(body: String) -> [ReplyMeaning: String] {
        let sentences = ReplyText.sentences(body).map { ReplyText.words(ReplyText.fold($0)) }
        // An opt-out is looked for with every dot a sentence's end: "I do not owe 300. stop texting me".
        let optOutSentences = ReplyText.sentences(body, everyDot: true).map { ReplyText.words(ReplyText.fold($0)) }
        var matches: [PhraseMatch] = []
        for (meaning, phrases) in families {
            for phrase in phrases where !phrase.isEmpty {
                for (index, sentence) in (meaning == .optOut ? optOutSentences : sentences).enumerated() {
                    for start in findAll(phrase, in: sentence) {
                        if [.alreadyPaid, .promise, .optOut].contains(meaning), isNegated(sentence, before: start) { continue }
                        // "a 5% discount if we settled within the month" supposes a payment; it tells of none.
                        // And "get this paid on Friday" is to come.
                        if meaning == .alreadyPaid,
                            sentence[max(0, start - 3)..<start].contains(where: Self.supposing.contains)
                                || (start >= 2 && Self.toComeBefore.contains(sentence[start - 2])
                                    && ["this", "it", "that"].contains(sentence[start - 1]))
                        {
                            continue
                        }
                        // "paid on the 15th" after "be" or "get" is a promise, not a payment.
                        // So is "wordt het overgemaakt", "wird überwiesen", "sera payée".
                        if meaning == .alreadyPaid, start > 0,
                            Self.toComeBefore.contains(sentence[start - 1])
                                || (Self.futureAuxiliary(before: start, in: sentence) != nil
                                    && isStillToCome(phrase, in: body))
                        {
                            continue
                        }
                        // "Text STOP to opt out of appointment reminders" in a signature tells others how.
                        if meaning == .optOut, isOptOutInstruction(sentence) { continue }
                        // "please stop by the house" is a visit.
                        if meaning == .optOut, phrase.last == "stop", start + phrase.count < sentence.count,
                            ["by", "in", "over", "at"].contains(sentence[start + phrase.count])
                        {
                            continue
                        }
                        let end = matchEnd(phrase[...], in: sentence, from: start) ?? start + phrase.count
                        // Words a `~` skipped may turn it around: "habe noch nicht überwiesen".
                        if [.alreadyPaid, .promise, .optOut].contains(meaning),
                            sentence[start..<end].contains(where: { ReplyLexicon.negations.contains($0) && !phrase.contains($0) })
                        {
                            continue
                        }
                        matches.append(PhraseMatch(meaning: meaning, phrase: phrase, sentence: index, words: start..<end))
                    }
                }
            }
        }
        var hits: [ReplyMeaning: String] = [:]
        // "We're not paying anyone right now, cash flow is bad": a refusal with money trouble in its
        // own sentence, and no complaint, is not being able to pay.
        let troubled = Set(
            matches.filter { $0.meaning == .hardship && Self.moneyTrouble.contains($0.phrase) }.map(\.sentence))
        let bySentence = Dictionary(grouping: matches.filter { $0.meaning != .optOut }, by: \.sentence)
        for match in matches where hits[match.meaning] == nil {
            if match.meaning == .dispute, troubled.contains(match.sentence), Self.refusals.contains(match.phrase) { continue }
            // A phrase inside a longer one of another kind is that kind's: "broke" in "I'm broke".
            // (Never an opt-out's, recall first; nor a promise's, which holds its day; and a phrase
            // that skips words, "ja ~ pag*", covers no other.)
            let inside =
                match.meaning != .optOut && match.meaning != .promise
                && (bySentence[match.sentence] ?? []).contains { other in
                    other.meaning != match.meaning && !other.phrase.contains("~")
                        && other.words.count > match.words.count && other.words.lowerBound <= match.words.lowerBound
                        && other.words.upperBound >= match.words.upperBound
                }
            if inside { continue }
            hits[match.meaning] = sentenceText(containing: match.phrase, in: body) ?? match.phrase.joined(separator: " ")
        }
        // "We will pay once the punch list is done", "Wij betalen pas als het verholpen is":
        // payment held until the work is put right disputes the work.
        // (Not where money trouble is told: "we cant pay any vendors until thats resolved".)
        let hardshipSentences = Set(matches.filter { $0.meaning == .hardship }.map(\.sentence))
        if hits[.dispute] == nil,
            let held = ReplyText.sentences(body).enumerated().first(where: { index, sentence in
                !hardshipSentences.contains(index) && isPaymentHeldForWork(ReplyText.words(ReplyText.fold(sentence)))
            })?.element
        {
            hits[.dispute] = String(held.trimmingSpaces.prefix(160))
        }
        return hits
    }

    /// Drops "already paid" and "promise" when their words stand only inside a question that asks
    /// something ("Does this amount include the deposit we already paid?", "Can I pay at the
    /// office?", "Welche Bankverbindung sollen wir für die Überweisung verwenden?"): the customer
    /// asks about paying, and a person answers the question. Returns the kinds it dropped.
    static func dropPaymentAsked(from hits: inout [ReplyMeaning: String], body: String) -> Set<ReplyMeaning> {
        guard hits[.question] != nil, hits[.alreadyPaid] != nil || hits[.promise] != nil else { return [] }
        var dropped: Set<ReplyMeaning> = []
        let (asked, told) = askedAndTold(body)
        let toldHits = familyHits(body: told)
        let askedWords = asked.map { ReplyText.words(ReplyText.fold($0)) }
        for kind in [ReplyMeaning.alreadyPaid, .promise] where hits[kind] != nil && toldHits[kind] == nil {
            // Only a question asked before the paying words ("Does this include the deposit we already
            // paid?"); "We paid this on 11/20, can you tell me why it is still open?" tells it was paid.
            let onlyAsked = askedWords.contains { words in
                guard let paying = firstMatch(of: kind, in: words) else { return false }
                return firstMatch(of: .question, in: words).map { $0 < paying } ?? false
            }
            let alsoTold = askedWords.contains { words in
                guard let paying = firstMatch(of: kind, in: words) else { return false }
                return firstMatch(of: .question, in: words).map { $0 >= paying } ?? true
            }
            if onlyAsked && !alsoTold {
                hits[kind] = nil
                dropped.insert(kind)
            }
        }
        return dropped
    }

    /// Whether words for paying stand in what `marked` tells, or a day to come does and `words`
    /// (the whole reply's) hold paying words, which may then be asked: "Kan ik met PayPal betalen?
    /// Dan doe ik het woensdag".
    static func toldPays(_ marked: String, words: [String], after date: CivilDate, dayFirst: Bool) -> Bool {
        let told = ReplyText.fold(askedAndTold(marked).told)
        // A payment only supposed ("the discount if we settled by the 15th") tells of none.
        func pays(_ words: [String]) -> Bool {
            words.indices.contains { at in
                PromiseDate.isPayWord(words[at]) && !words[max(0, at - 3)..<at].contains(where: supposing.contains)
            }
        }
        return pays(ReplyText.words(told))
            || (PromiseDate.find(in: told, after: date, dayFirst: dayFirst) != nil && pays(words))
    }

    /// The sentences of `body` that end in a question mark (without it), and the rest of the text.
    static func askedAndTold(_ body: String) -> (asked: [Substring], told: String) {
        var asked: [Substring] = []
        var told = ""
        var start = body.startIndex
        for end in body.indices where ".!?;\n".contains(body[end]) {
            if body[end] == "." && ReplyText.isInnerDot(in: body, at: end) { continue }
            if body[end] == "?" { asked.append(body[start..<end]) } else { told += body[start...end] }
            start = body.index(after: end)
        }
        told += body[start...]
        return (asked, told)
    }

    /// Where the first phrase of `meaning`'s family starts in `words`, if one does.
    static func firstMatch(of meaning: ReplyMeaning, in words: [String]) -> Int? {
        families.first { $0.0 == meaning }?.1.compactMap { find($0, in: words) }.min()
    }

    /// Whether a sentence holds payment until work is put right: a word for paying (not one told
    /// as done: "we paid once the repairs were finished" is a payment made), a word for "until"
    /// or "once", and a word for repairing or fixing, in that sentence. Finishing alone is not
    /// enough ("once our payment run is complete", "en cuanto termine el mes").
    static func isPaymentHeldForWork(_ sentence: [String]) -> Bool {
        guard sentence.contains(where: PromiseDate.isPayWord), !sentence.contains(where: ReplyLexicon.paymentMade.contains)
        else { return false }
        let pairs = sentence.indices.dropLast().map { sentence[$0] + " " + sentence[$0 + 1] }
        guard
            sentence.contains(where: ReplyLexicon.untilWords.contains) || pairs.contains(where: ReplyLexicon.untilWords.contains)
        else { return false }
        return sentence.contains { word in ReplyLexicon.workPutRight.contains { word.hasPrefix($0) } }
            || pairs.contains("punch list")
    }

    /// Whether a payment phrase follows an auxiliary of the future in its own clause, with no
    /// auxiliary of the past between: "wordt het overgemaakt" is to come; "Wie Sie sehen werden,
    /// haben wir bereits bezahlt" is not.
    static func isStillToCome(_ phrase: [String], in body: String) -> Bool {
        let clauses = ReplyText.sentences(body, separators: ",").map { ReplyText.words(ReplyText.fold($0)) }
        for clause in clauses {
            guard let start = find(phrase, in: clause) else { continue }
            guard let aux = futureAuxiliary(before: start, in: clause) else { return false }
            // An auxiliary of the past, or "already", between them (or opening the phrase) says it was paid.
            return !clause[aux...start].contains { pastAuxiliaries.contains($0) }
        }
        return false
    }

    /// Whether every clause of `sentence` with words of a payment made holds a day still to come
    /// and no auxiliary of the past: a payment told as scheduled, not as made.
    static func isPaymentToCome(_ sentence: String, after date: CivilDate, dayFirst: Bool) -> Bool {
        let paying = PromiseDate.clauses(ReplyText.fold(sentence)).filter { familyHits(body: $0)[.alreadyPaid] != nil }
        return !paying.isEmpty
            && paying.allSatisfy { clause in
                guard let day = PromiseDate.find(in: clause, after: date, dayFirst: dayFirst), day.days(since: date) <= 120
                else { return false }
                // Only with a word of the future or of a schedule a few words before each word of a
                // payment made ("are paid on", "ill have it paid on"), or "erfolgt" ("Die Überweisung
                // erfolgt am 22.12."): "mailed the check on Monday it should be there by Friday", "I
                // dropped off a check on Monday", "Hicimos la transferencia el 26" were made.
                let words = ReplyText.words(clause)
                func marks(_ word: String) -> Bool {
                    Self.scheduledWords.contains(word) || ["will", "ill", "shall", "going", "gonna"].contains(word)
                        || word.hasSuffix("'ll")
                }
                let made = words.indices.filter { Self.madeWords.contains(words[$0]) }
                guard
                    made.isEmpty
                        ? words.contains("erfolgt") : made.allSatisfy({ at in words[max(0, at - 4)..<at].contains(where: marks) })
                else { return false }
                // "as of the 1st", "since Monday": a day gone by.
                let pairs = words.indices.dropLast().map { words[$0] + " " + words[$0 + 1] }
                guard !pairs.contains("as of"), !words.contains(where: ["since", "seit", "depuis", "desde", "sinds"].contains)
                else { return false }
                // ("ill have it paid on the 21st": "have" after a word of the future is no past.)
                let future = words.contains { marks($0) && !Self.scheduledWords.contains($0) }
                return !words.contains { pastAuxiliaries.contains($0) && !(future && ["have", "has"].contains($0)) }
            }
    }

    /// Words that tell a payment as scheduled rather than made, beside a day to come ("invoices are
    /// paid on the last business day", "die Überweisung erfolgt am 22.12.").
    static let scheduledWords: Set<String> = [
        "are", "wird", "werden", "wordt", "worden", "zal", "zullen", "sera", "seront", "va", "vai", "vou", "erfolgt",
        "scheduled", "queued", "geplant", "gepland", "programado", "programmee", "agendado",
    ]

    /// Words of a payment made, each of which a word of the future must come before for the
    /// payment to be one to come.
    static let madeWords: Set<String> = PromiseDate.pastWords.union(ReplyLexicon.paymentMade).union([
        "was", "were", "wurde", "wurden", "fue", "foi", "went", "dropped", "gave", "handed", "rausgegangen", "hicimos",
        "fizemos", "fait", "gedaan", "gemacht",
    ])

    /// Whether the reply offers an amount in so many words ("I can do $200 on the 18th").
    static func offersAmount(_ body: String) -> Bool {
        let lowered = body.lowercased()
        return ["do $", "do €", "do £", "manage $", "manage €", "swing $", "come up with $"].contains { lowered.contains($0) }
    }

    /// Auxiliaries of a payment made ("haben … bezahlt", "avons payé", "já pagamos").
    static let pastAuxiliaries: Set<String> = [
        "have", "has", "had", "haben", "habe", "hat", "hebben", "heb", "heeft", "ai", "avons", "ont", "hemos", "he", "ha",
        "han", "temos", "tenho", "tem", "already", "deja", "bereits", "schon", "ya", "ja", "al", "reeds",
    ]

    /// Where an auxiliary of the future stands before the payment word at `start`: within three
    /// words, or anywhere before it in German and Dutch, which put the participle last ("wird mit
    /// unserem Zahlungslauf vom 21.12. beglichen").
    static func futureAuxiliary(before start: Int, in clause: [String]) -> Int? {
        clause[max(0, start - 3)..<start].lastIndex(where: { passiveFuture.contains($0) })
            ?? clause[max(0, start - 10)..<start].lastIndex(where: { verbLastFuture.contains($0) })
    }

    /// German and Dutch auxiliaries of the future, whose participle comes at the clause's end.
    static let verbLastFuture: Set<String> = ["wordt", "worden", "zal", "zullen", "wird", "werden"]

    /// Auxiliaries that make a payment word one still to come ("wordt overgemaakt", "wird bezahlt").
    static let passiveFuture: Set<String> = [
        "wordt", "worden", "zal", "zullen", "wird", "werden", "sera", "seront", "va", "vont", "vai", "vao",
    ]

    /// Words that may stand beside a stop word without making it part of a sentence.
    static let courtesies: Set<String> = ["please", "pls", "plz", "now", "thanks", "thx", "ok"]

    /// Beginnings of words that make a date a promise to pay.
    static let payStems = [
        "pay", "paid", "check", "cheque", "transfer", "wire", "ach", "send", "sent", "settle", "remit", "pai", "paye",
        "regl", "virem", "zahl", "bezahl", "uberw", "begleich", "pag", "transf", "abon", "betal", "betaal", "overma", "voldo",
        "verse",
        "quit", "deposit", "mail", "overgem", "overgeb", "angewiesen", "anweis", "amount", "betrag", "montant", "bedrag",
        "importe", "valor", "balance", "zelle", "venmo", "paypal", "half", "rest",
    ]

    /// Beginnings of words that mark a forwarded message as a payment confirmation.
    static let proofWords = [
        "remittance", "payment", "transfer", "wire", "ach", "confirmation", "receipt", "virement", "paiement", "justificatif",
        "uberweisung", "zahlung", "transferencia", "comprobante", "pago", "overboeking", "betaling", "betaalbevestiging",
        "comprovativo", "pagamento", "transacao", "transaction",
    ]

    /// The customer's own words: the lines above the quoted history.
    public static func ownWords(_ text: String) -> String { OwnWords(text).text }

    /// Where `phrase` (words, `*` any one) starts in `words`, if it does.
    static func find(_ phrase: [String], in words: [String]) -> Int? {
        guard !phrase.isEmpty, !words.isEmpty else { return nil }
        for start in words.indices where matches(phrase[0], words[start]) {
            if match(phrase.dropFirst(), in: words, from: start + 1) { return start }
        }
        return nil
    }

    /// Every place `phrase` starts in `words`.
    static func findAll(_ phrase: [String], in words: [String]) -> [Int] {
        guard !phrase.isEmpty, !words.isEmpty else { return [] }
        return words.indices.filter { matches(phrase[0], words[$0]) && match(phrase.dropFirst(), in: words, from: $0 + 1) }
    }

    /// Words that, just before a payment phrase, make it one still to come ("will be debited",
    /// "va être prélevé", "va a ser debitado").
    static let toComeBefore: Set<String> = [
        "be", "get", "gets", "getting", "will", "etre", "ser", "sera", "soll", "kann", "darf",
    ]

    /// The dispute phrases that only refuse to pay (``ReplyLexicon/refusals``), as words.
    static let refusals = Set(ReplyLexicon.refusals.map(phrase))

    /// Hardship phrases of money or work lost (``ReplyLexicon/moneyTrouble``), as words.
    static let moneyTrouble = Set(ReplyLexicon.moneyTrouble.map(phrase))

    /// Whether `phrase` matches `words` from `index`: `*` is any one word, `~` up to four words,
    /// and a word ending in `*` matches every word it begins.
    static func match(_ phrase: ArraySlice<String>, in words: [String], from index: Int) -> Bool {
        guard let head = phrase.first else { return true }
        if head == "~" {
            for skip in 0...4 where index + skip <= words.count {
                if match(phrase.dropFirst(), in: words, from: index + skip) { return true }
            }
            return false
        }
        guard index < words.count, matches(head, words[index]) else { return false }
        return match(phrase.dropFirst(), in: words, from: index + 1)
    }

    /// Where a match of `phrase` that starts at `index` ends (the shortest, as ``match(_:in:from:)`` finds it).
    static func matchEnd(_ phrase: ArraySlice<String>, in words: [String], from index: Int) -> Int? {
        guard let head = phrase.first else { return index }
        if head == "~" {
            for skip in 0...4 where index + skip <= words.count {
                if let end = matchEnd(phrase.dropFirst(), in: words, from: index + skip) { return end }
            }
            return nil
        }
        guard index < words.count, matches(head, words[index]) else { return nil }
        return matchEnd(phrase.dropFirst(), in: words, from: index + 1)
    }

    /// One phrase of a family found in one sentence: where, in words.
    struct PhraseMatch {
        var meaning: ReplyMeaning
        var phrase: [String]
        var sentence: Int
        var words: Range<Int>
    }

    static func matches(_ pattern: String, _ word: String) -> Bool {
        if pattern == "*" { return true }
        if pattern.count > 1, pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return pattern == word
    }

    static func isNegated(_ words: [String], before index: Int) -> Bool {
        words[max(0, index - 3)..<index].contains { ReplyLexicon.negations.contains($0) }
    }

    /// Whether a sentence tells how to opt out of the writer's own texts: "Text STOP to opt out",
    /// "reply STOP to unsubscribe" (a signature's line, not a request).
    static func isOptOutInstruction(_ sentence: [String]) -> Bool {
        // Only an imperative opening the sentence: "I'll reply STOP to every one of these" asks to stop.
        sentence.indices.dropLast(2).contains { index in
            (index == 0 || sentence[..<index].allSatisfy { ["please", "or", "to", "opt", "out"].contains($0) })
                && ["text", "txt", "reply", "send", "sms"].contains(sentence[index])
                && ["stop", "end", "unsubscribe", "stopp", "cancel"].contains(sentence[index + 1])
                && sentence[index + 2] == "to"
        }
    }

    /// The sentence of `text` that holds the phrase, for evidence.
    static func sentenceText(containing phrase: [String], in text: String) -> String? {
        let sentences = ReplyText.sentences(text)
        for sentence in sentences where find(phrase, in: ReplyText.words(ReplyText.fold(sentence))) != nil {
            return String(sentence.trimmingSpaces.prefix(160))
        }
        return nil
    }

    /// A reference the customer quoted: a check or transaction number, or a confirmation code.
    static func reference(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ":" })
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if ["check", "cheque", "ref", "ref.", "reference", "confirmation", "transaction", "#", "no.", "number"].contains(
                lower), index + 1 < words.count, words[index + 1].contains(where: \.isNumber)
            {
                return "\(word) \(words[index + 1].trimmingCharacters(in: ".;)("))"
            }
            let bare = word.trimmingCharacters(in: ".;)(")
            if bare.hasPrefix("#"), bare.dropFirst().allSatisfy({ $0.isNumber || $0.isLetter }), bare.count > 2 { return bare }
            if bare.count >= 6, bare.contains("-"), bare.contains(where: \.isNumber), bare.contains(where: \.isLetter),
                bare.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "-" })
            {
                return bare
            }
        }
        return nil
    }
}

/// Which of the languages `collect` reads a reply is in, by its commonest words.
public enum ReplyLanguage {
    static let markers: [String: Set<String>] = [
        "en": ["the", "and", "is", "we", "you", "will", "this", "please", "thanks", "to", "of", "it", "i"],
        "fr": [
            "le", "les", "et", "est", "nous", "vous", "je", "merci", "pour", "une", "pas", "cette", "facture", "sera", "avons",
            "des", "du", "au",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "wir", "sie", "ich", "danke", "bitte", "nicht", "fur", "mit", "eine", "rechnung",
            "bis", "am", "wurde", "haben",
        ],
        "es": [
            "el", "la", "los", "y", "es", "nosotros", "usted", "gracias", "por", "para", "una", "que", "esta", "no", "del",
            "factura",
            "pago", "vamos", "pagaremos", "les", "su", "se",
        ],
        "nl": [
            "de", "het", "en", "is", "wij", "ik", "bedankt", "voor", "niet", "een", "met", "van", "zijn", "hebben", "factuur",
            "volgende", "wordt", "deze",
        ],
        "pt": [
            "o", "os", "e", "nos", "voce", "obrigado", "obrigada", "para", "uma", "que", "nao", "esta", "com", "vamos", "dia",
            "ate", "ao", "do", "da", "fatura", "pagamos", "segue", "abaixo", "sera", "pagamento",
        ],
    ]

    /// The likeliest language code (`en` when nothing tells).
    public static func guess(_ words: [String]) -> String {
        var best = ("en", 0)
        for (language, set) in markers.sorted(by: { $0.key < $1.key }) {
            let score = words.filter { set.contains($0) }.count + (language == "en" ? 1 : 0)
            if score > best.1 { best = (language, score) }
        }
        return best.0
    }
}

extension StringProtocol {
    /// The text without these characters at either end.
    func trimmingCharacters(in characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
