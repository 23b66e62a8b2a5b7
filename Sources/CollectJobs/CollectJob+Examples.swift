import CollectState
import Foundation

extension CollectJob {
    /// The admins' edits of staged messages, ranked by outcome: by step (in ladder order) and
    /// channel, then those whose promoted messages were paid most often, then those whose own
    /// message was paid, then the newest. Each says where it was promoted, what followed its own
    /// message, and how the messages written from it did; the best unpromoted example of a step
    /// whose own message was paid in full is suggested for promotion.
    public func examples(now: Date) throws -> [ExampleView] {
        try exampleLibrary.ranked(now: now)
    }

    /// Turns a correction into the template its step, customer or segment is rendered from from
    /// now on, with the message's own values turned back into placeholders. The template serves
    /// messages about one invoice, or about several, as the edited message was.
    ///
    /// For a step or a segment the admin first sees it rendered for up to three other customers of
    /// that step: without `confirmed` nothing is promoted and the previews are returned.
    ///
    /// - Throws: ``JobError`` saying why, when the edit cannot safely become a template.
    public func promoteExample(id: Int64, scope: ExampleScope, confirmed: Bool = false, now: Date) throws -> ExamplePromotion {
        try locked(at: now) { try exampleLibrary.promotion(of: id, scope: scope, confirmed: confirmed, now: now) }
    }
}
