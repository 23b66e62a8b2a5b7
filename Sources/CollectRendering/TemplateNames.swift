/// The names a message template may use, and a check that it uses no other: a typo such as
/// `{{customer.nmae}}` would otherwise render as nothing and go out with a blank.
enum TemplateNames {
    /// The shape of a value the renderer provides.
    indirect enum Shape: Sendable {
        /// Text, a number or a flag: it has no names of its own.
        case scalar
        /// An object with these names.
        case object([String: Shape])
        /// A list of values of one shape.
        case list(Shape)
    }

    /// One invoice, as `invoices` lists it and `first` names it.
    static let invoice: Shape = .object([
        "number": .scalar, "amount": .scalar, "dueDate": .scalar, "step": .scalar, "daysOverdue": .scalar,
        "daysOverdueText": .scalar, "daysUntilDueText": .scalar,
        "daysUntilDue": .scalar, "link": .scalar, "lateFee": .scalar,
    ])

    /// Everything a message template sees (``MessageRenderer/context(_:asOf:)`` provides it).
    static let message: Shape = .object([
        "business": .object(["name": .scalar, "senderName": .scalar, "phone": .scalar, "signsApart": .scalar]),
        "customer": .object(["name": .scalar, "contact": .scalar, "greeting": .scalar]),
        "step": .scalar, "tone": .scalar, "invoices": .list(invoice), "first": invoice, "single": .scalar, "count": .scalar,
        "numbers": .scalar, "numbersBrief": .scalar, "oldestDaysOverdue": .scalar, "oldestDaysOverdueText": .scalar,
        "language": .scalar, "totals": .list(.object(["amount": .scalar])),
        "totalText": .scalar, "asOf": .scalar, "previous": .object(["date": .scalar, "step": .scalar]), "link": .scalar,
        "statementAttached": .scalar,
        "lateFees": .object(["totalText": .scalar, "terms": .scalar, "numbers": .scalar, "several": .scalar]),
    ])

    /// swift-mustache's transforms: `{{uppercased(name)}}`, `{{#reversed(invoices)}}`.
    static let listTransforms: Set<String> = ["reversed", "sorted", "enumerated", "first", "last"]

    /// Checks every tag of `text` against `root`; throws naming the line, the unknown name and
    /// the names it could have meant.
    static func check(_ text: String, template: String, root: Shape = message) throws {
        var scopes: [Shape] = [root]
        var line = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].count(where: { $0 == "\n" })
            rest = rest[open.upperBound...]
            let triple = rest.hasPrefix("{")
            guard let close = rest.range(of: triple ? "}}}" : "}}") else { return }
            var tag = rest[rest.index(rest.startIndex, offsetBy: triple ? 1 : 0)..<close.lowerBound]
            line += tag.count(where: { $0 == "\n" })
            rest = rest[close.upperBound...]
            tag = tag.drop(while: { $0 == " " })
            guard let sigil = tag.first else { continue }
            switch sigil {
            case "!", "%", ">", "<", "$":
                continue  // comments, pragmas, partials and inheritance name no value
            case "=":
                return  // new delimiters: the rest is not read as `{{ }}` any more
            case "#", "^":
                let name = String(String(tag.dropFirst()).trimmingSpaces)
                let shape = try resolve(name, in: scopes, template: template, line: line)
                if sigil == "^" {
                    scopes.append(.scalar)
                } else if case .list(let element) = shape {
                    scopes.append(element)
                } else {
                    scopes.append(shape)
                }
            case "/":
                if scopes.count > 1 { scopes.removeLast() }
            default:
                let name = String(String(sigil == "&" ? tag.dropFirst() : tag).trimmingSpaces)
                _ = try resolve(name, in: scopes, template: template, line: line)
            }
        }
    }

    /// The shape a name (dotted, or inside a transform) has in the innermost scope that knows its
    /// first part.
    static func resolve(_ name: String, in scopes: [Shape], template: String, line: Int) throws -> Shape {
        var name = name
        var transform: String? = nil
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            transform = String(name[..<open])
            name = String(String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingSpaces)
        }
        if name == "." || name.isEmpty { return .scalar }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for scope in scopes.reversed() {
            guard case .object(let fields) = scope, var shape = fields[parts[0]] else { continue }
            for part in parts.dropFirst() {
                guard case .object(let inner) = shape, let next = inner[part] else {
                    throw unknown(name, scopes: scopes, template: template, line: line)
                }
                shape = next
            }
            if let transform, !listTransforms.contains(transform) { return .scalar }
            return shape
        }
        throw unknown(name, scopes: scopes, template: template, line: line)
    }

    static func unknown(_ name: String, scopes: [Shape], template: String, line: Int) -> RenderingError {
        var known: [String] = []
        for scope in scopes { known += paths(scope) }
        let close = Array(Set(known)).filter {
            distance($0, name) <= 2 || $0.hasSuffix("." + (name.split(separator: ".").last ?? ""))
        }
        .sorted()
        let hint =
            close.isEmpty
            ? "the names it provides here: \(Array(Set(known)).sorted().prefix(12).joined(separator: ", "))"
            : "did you mean \(close.prefix(3).joined(separator: " or "))?"
        return RenderingError(
            template: template, line: line, message: "{{\(name)}} names a value the renderer does not provide; \(hint)")
    }

    /// Every dotted name an object shape provides.
    static func paths(_ shape: Shape, prefix: String = "") -> [String] {
        guard case .object(let fields) = shape else { return [] }
        return fields.flatMap { key, value in [prefix + key] + paths(value, prefix: prefix + key + ".") }
    }

    /// Levenshtein distance, for suggestions.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return row[b.count]
    }
}
