import CollectJobs
import Glibc
import Synchronization

extension CrashPoints {
    /// Crash points that kill the process with SIGKILL at `spec`: a point's name, or `NAME:N` for
    /// the Nth time it is passed. For `Scripts/crash-check.py` only; unknown names never fire.
    static func killing(at spec: String) -> CrashPoints {
        let parts = spec.split(separator: ":", maxSplits: 1)
        let name = parts.first.map(String.init) ?? ""
        let nth = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let passes = Mutex(0)
        return CrashPoints { reached in
            guard reached == name else { return }
            let count = passes.withLock { count in
                count += 1
                return count
            }
            if count == nth { kill(getpid(), SIGKILL) }
        }
    }
}
