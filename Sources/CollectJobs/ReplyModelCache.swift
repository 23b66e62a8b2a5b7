import CollectCore
import Foundation

/// The reply model a job reads replies with, trained on first use: a command that reads no reply
/// (a release, an explain) never pays for training.
public final class ReplyModelCache: @unchecked Sendable {
    private let lock = NSLock()
    private let extra: [ReplyModel.Example]
    private var trained: ReplyModel?

    /// The shipped examples, and `extra` (the admin's relabelled replies) beside them.
    public init(extra: [ReplyModel.Example] = []) {
        self.extra = extra
    }

    /// The model: ``ReplyModel/shipped`` when there is nothing extra, else one trained on both.
    public var model: ReplyModel {
        lock.withLock {
            if let trained { return trained }
            let model = extra.isEmpty ? ReplyModel.shipped : ReplyModel(examples: ReplyExamples.shipped + extra)
            trained = model
            return model
        }
    }
}
