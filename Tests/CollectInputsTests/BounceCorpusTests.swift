import CollectCore
import CollectInputs
import CollectTestSupport
import Foundation
import Testing

/// Every real bounce in the shared corpus (`email/dsn/`, one sample per mail system), read as a
/// run reads it, against what a postmaster says it means (`Fixtures/bounces.tsv`): every failed
/// recipient, its status, and whether it failed for good; and no auto-reply or ordinary mail taken
/// for a bounce.
@Suite("Bounces from the world's mail systems")
struct BounceCorpusTests {
    struct Expected: CustomTestStringConvertible, Sendable {
        var file: String
        var system: String
        var recipients: [String]
        var status: String?
        var verdict: String
        var testDescription: String { file }
    }

    static let expected: [Expected] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/bounces.tsv").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expected(
                file: fields[0], system: fields[1],
                recipients: fields[2] == "-"
                    ? [] : fields[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                status: fields[3] == "-" ? nil : fields[3], verdict: fields[4])
        }
    }()

    static func folder(_ verdict: String) -> String {
        verdict == "not-bounce" ? "email/not-bounce/" : verdict == "autoreply" ? "email/autoreply/" : "email/dsn/"
    }

    /// What the reader made of one sample: nil when it was not read at all.
    static func read(_ sample: Expected) -> IncomingReply? {
        guard let bytes = try? Corpus.bytes(folder(sample.verdict) + sample.file),
            let records = try? InputFormat.email.records(bytes), case .reply(let reply)? = records.first
        else { return nil }
        return reply
    }

    @Test("each sample is read as the postmaster reads it", .enabled(if: Corpus.folder != nil), arguments: expected)
    func sample(_ sample: Expected) throws {
        let reply = try #require(Self.read(sample), "\(sample.file) was rejected")
        switch sample.verdict {
        case "not-bounce", "autoreply":
            if case .bounce = reply.kind { Issue.record("\(sample.file) is no bounce, read as one") }
        case "complaint":
            guard case .complaint = reply.kind else { return #expect(Bool(false), "\(sample.file): \(reply.kind)") }
        default:
            guard case .bounce = reply.kind else { return #expect(Bool(false), "\(sample.file) read as \(reply.kind)") }
            let failed = reply.failures.filter { !$0.delivered }
            for recipient in sample.recipients {
                let failure = failed.first { $0.address == recipient }
                #expect(failure != nil, "\(sample.file): \(recipient) not among \(failed.map(\.address))")
            }
            // Never a working address: nothing beyond what the postmaster lists.
            for failure in failed where !sample.recipients.isEmpty {
                #expect(
                    sample.recipients.contains(failure.address), "\(sample.file): \(failure.address) is not a failed recipient")
            }
            if let first = sample.recipients.first, let failure = failed.first(where: { $0.address == first }) {
                #expect(failure.permanent == (sample.verdict == "yes"), "\(sample.file): permanent \(failure.permanent)")
                if let status = sample.status {
                    #expect(failure.status == status, "\(sample.file): status \(failure.status ?? "none"), expected \(status)")
                }
            }
        }
    }

    @Test("recognised and attributed, by mail system", .enabled(if: Corpus.folder != nil))
    func summary() {
        var bySystem: [String: (right: Int, all: Int)] = [:]
        var right = 0
        let bounces = Self.expected.filter { ["yes", "no"].contains($0.verdict) }
        for sample in bounces {
            let reply = Self.read(sample)
            var ok = false
            if let reply, case .bounce = reply.kind {
                let failed = Set(reply.failures.filter { !$0.delivered }.map(\.address))
                ok = !sample.recipients.isEmpty && failed == Set(sample.recipients)
            }
            bySystem[sample.system, default: (0, 0)].all += 1
            if ok {
                bySystem[sample.system, default: (0, 0)].right += 1
                right += 1
            }
        }
        if ProcessInfo.processInfo.environment["COLLECT_BOUNCE_REPORT"] != nil {
            for system in bySystem.keys.sorted() {
                print("\(system)\t\(bySystem[system]!.right)/\(bySystem[system]!.all)")
            }
            print("recognised and attributed: \(right) of \(bounces.count)")
        }
        #expect(right == bounces.count, "\(right) of \(bounces.count)")
    }
}
