import ArgumentParser
import CollectCore
import Foundation

/// `--as-of YYYY-MM-DD`: the day a command judges on (default: today in the business's time zone).
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The day to judge on, YYYY-MM-DD (default: today in the business's time zone).")
    var text: String?

    func validate() throws {
        // One line, as for every reason a command cannot run; no usage text around it.
        if let text, CivilDate(iso: text) == nil {
            FileHandle.standardError.write(Data("collect: --as-of \(text): expected a date YYYY-MM-DD\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The day given, or nil for today.
    var date: CivilDate? { text.flatMap { CivilDate(iso: $0) } }
}
