import CollectCore
import Dispatch
import Foundation

/// Reads another reader's records on a second thread, a batch ahead of the caller, so a file is
/// parsed while the records before are stored.
///
/// It gives the same records, and throws the same errors, in the same order as the reader it
/// wraps; after a fatal ``InputError``, or any other error, it reads no further. The wrapped
/// reader is used on the reading thread only, from the first ``next()`` on: its ``kind``,
/// ``format``, ``exportedAsOf`` and ``mappedColumns`` are read before that or after the last
/// record, when nothing else touches it. ``stop()`` ends the reading early (the caller gave up on
/// the file); the reader stops on its own once the file ends.
public final class ReadAheadReader: RecordReader {
    private let base: any RecordReader
    private let handoff: Handoff
    private let batchSize: Int
    /// The batch being handed out, and where in it.
    private var current: [Result<InputRecord?, any Error>] = []
    private var position = 0
    private var started = false
    /// Set once the last outcome (the end, or an error that ends the reading) was handed out.
    private var finished = false

    /// Wraps `base`; at most `batchesAhead` batches of `batchSize` records wait for the caller.
    public init(_ base: any RecordReader, batchSize: Int = 512, batchesAhead: Int = 4) {
        self.base = base
        self.batchSize = max(1, batchSize)
        self.handoff = Handoff(places: max(1, batchesAhead))
    }

    /// A reader dropped part-way (its file was given up) stops the reading thread.
    deinit { handoff.stop() }

    public var kind: InputKind { base.kind }
    public var format: String { base.format }
    public var exportedAsOf: CivilDate? { base.exportedAsOf }
    public var mappedColumns: [(role: String, header: String)] { base.mappedColumns }

    public func next() throws -> InputRecord? {
        if finished { return nil }
        if !started {
            started = true
            // The thread holds the reader it reads and the handoff, never this object.
            let reading = Reading(base: base, handoff: handoff, batchSize: batchSize)
            DispatchQueue(label: "collect.read-ahead").async { reading.run() }
        }
        if position == current.count {
            current = handoff.take()
            position = 0
        }
        let outcome = current[position]
        position += 1
        switch outcome {
        case .success(let record):
            if record == nil { finished = true }
            return record
        case .failure(let error):
            if Self.ends(error) { finished = true }
            throw error
        }
    }

    /// Ends the reading early: the reading thread stops after its batch, and nothing more is handed out.
    public func stop() {
        finished = true
        handoff.stop()
    }

    /// Whether reading stops after `error`: a fatal input error or any other failure.
    static func ends(_ error: any Error) -> Bool {
        (error as? InputError)?.isFatal ?? true
    }

    /// The reading thread's work: batches of outcomes until the end, an error that ends it, or a stop.
    private struct Reading: @unchecked Sendable {
        let base: any RecordReader
        let handoff: Handoff
        let batchSize: Int

        func run() {
            var ended = false
            while !ended {
                var batch: [Result<InputRecord?, any Error>] = []
                batch.reserveCapacity(batchSize)
                while batch.count < batchSize {
                    do {
                        let record = try base.next()
                        batch.append(.success(record))
                        if record == nil {
                            ended = true
                            break
                        }
                    } catch {
                        batch.append(.failure(error))
                        if ReadAheadReader.ends(error) {
                            ended = true
                            break
                        }
                    }
                }
                guard handoff.put(batch) else { return }
            }
        }
    }

    /// The batches between the two threads, at most a few waiting.
    private final class Handoff: @unchecked Sendable {
        /// Free places: the reading thread waits when the caller is this far behind.
        private let free: DispatchSemaphore
        /// Batches ready for the caller.
        private let ready = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        /// Under `lock`.
        private var batches: [[Result<InputRecord?, any Error>]] = []
        private var stopped = false

        init(places: Int) {
            // Made at zero and given its places: libdispatch traps when a semaphore is freed below
            // the value it was made with, as this one is when the caller stops part-way.
            free = DispatchSemaphore(value: 0)
            for _ in 0..<places { free.signal() }
        }

        /// Hands a batch over, waiting for a free place; false once stopped (the batch is dropped).
        func put(_ batch: [Result<InputRecord?, any Error>]) -> Bool {
            free.wait()
            lock.lock()
            defer { lock.unlock() }
            guard !stopped else { return false }
            batches.append(batch)
            ready.signal()
            return true
        }

        /// The oldest batch, waiting for it.
        func take() -> [Result<InputRecord?, any Error>] {
            ready.wait()
            lock.lock()
            let batch = batches.removeFirst()
            lock.unlock()
            free.signal()
            return batch
        }

        /// Stops the reading thread: a place is freed so that a thread waiting for one sees it.
        func stop() {
            lock.lock()
            let wasStopped = stopped
            stopped = true
            lock.unlock()
            if !wasStopped { free.signal() }
        }
    }
}
