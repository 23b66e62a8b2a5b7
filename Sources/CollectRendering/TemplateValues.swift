import Mustache

/// A message's values in the form swift-mustache reads fastest: each object answers for its own
/// children and each text renders itself, so a render makes no `Mirror` of a value and no
/// `String(describing:)` of it, which were most of the time a message took to word.
///
/// Made from the `[String: Any]` a template is documented to see (``MessageRenderer`` builds it),
/// and renders exactly as that dictionary does: a text or number as it is written, a flag kept as
/// it is, a list of objects still a list, and every transform (`{{uppercased(customer.name)}}`,
/// `{{#first(invoices)}}`, `{{plusone(count)}}`) applied to the value it was made from.
enum TemplateValues {
    /// `values`, ready to render.
    static func object(_ values: [String: Any]) -> Object {
        Object(values)
    }

    private static func readable(_ value: Any) -> Any {
        switch value {
        case let flag as Bool: return flag
        case let text as String: return Text(renderText: text, original: text)
        case let number as Int: return Text(renderText: String(number), original: number)
        case let values as [String: Any]: return Object(values)
        case let list as [[String: Any]]: return list.map(Object.init)
        default: return value
        }
    }

    /// An object of named values, each made readable only when a template asks for it (a
    /// message's values name every invoice's link, amount and dates; most templates use a few).
    struct Object: MustacheParent, MustacheTransformable {
        /// The dictionary it was made from, for its values and for transforms (`count`, `empty`).
        private let original: [String: Any]

        init(_ original: [String: Any]) {
            self.original = original
        }

        func child(named name: String) -> Any? { original[name].map(readable) }

        func transform(_ name: String) -> Any? { original.transform(name) }
    }

    /// A text or a number written out: it has no names of its own.
    struct Text: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
        let renderText: String
        /// The string or number it was made from, for transforms.
        let original: any MustacheTransformable

        var isNull: Bool { false }

        func child(named name: String) -> Any? { nil }

        func transform(_ name: String) -> Any? { original.transform(name) }
    }
}
