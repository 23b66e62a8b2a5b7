import ArgumentParser
import CollectCore

/// `--as-of YYYY-MM-DD`: the day a command judges on (default: today in the business's time zone).
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The day to judge on, YYYY-MM-DD (default: today in the business's time zone).")
    var text: String?

    func validate() throws {
        if let text, CivilDate(iso: text) == nil { throw ValidationError("--as-of \(text): expected YYYY-MM-DD") }
    }

    /// The day given, or nil for today.
    var date: CivilDate? { text.flatMap { CivilDate(iso: $0) } }
}
