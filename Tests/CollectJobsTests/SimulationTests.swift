import CollectCore
import Foundation
import Testing

@Suite("A business over 70 nights: every promise kept, every balance true")
struct SimulationTests {
    /// Three seeds on every run; `COLLECT_SIM_SEEDS=N` plays seeds 1…N by hand.
    static let seeds: [UInt64] = {
        let count = ProcessInfo.processInfo.environment["COLLECT_SIM_SEEDS"].flatMap(UInt64.init) ?? 3
        return Array(1...max(1, count))
    }()

    @Test("no never-event, no untrue balance, no step twice", arguments: seeds)
    func nights(seed: UInt64) throws {
        let sim = try BusinessSimulation(seed: seed)
        try sim.play(from: CivilDate(iso: "2026-09-01")!, nights: 70)
        if ProcessInfo.processInfo.environment["COLLECT_SIM_VERBOSE"] != nil {
            print("seed \(seed): \(sim.counters)\n  \(sim.exercised)")
        }
        #expect(sim.counters.total == 0, "seed \(seed): \(sim.counters)")
        // It tested something: messages went out, payments came before and after exports, people replied.
        let seen = sim.exercised
        #expect(seen.released >= 20, "seed \(seed): \(seen)")
        #expect(seen.paymentsBeforeExport > 0 && seen.paymentsAfterExport > 0, "seed \(seed): \(seen)")
        #expect(seen.replies > 0 && seen.laggingExports > 0, "seed \(seed): \(seen)")
    }
}
