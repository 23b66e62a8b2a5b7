import Dispatch
import Synchronization
import Testing

@testable import CollectJobs

@Suite("A gate that report.json's escalations wait at until their amounts are refreshed")
struct GateTests {
    @Test("nothing passes before it opens; every wait passes after, however many and whenever")
    func opensOnceForAll() {
        let gate = Gate()
        let passed = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<3 {
            DispatchQueue.global().async(group: group) {
                gate.wait()
                passed.withLock { $0 += 1 }
            }
        }
        #expect(group.wait(timeout: .now() + 0.2) == .timedOut)
        #expect(passed.withLock { $0 } == 0, "no wait passes a closed gate")
        gate.open()
        gate.open()
        #expect(group.wait(timeout: .now() + 10) == .success)
        #expect(passed.withLock { $0 } == 3)
        // Open stays open: a later wait passes at once, and so does the next.
        gate.wait()
        gate.wait()
    }
}
