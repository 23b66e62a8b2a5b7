// libFuzzer targets for the inbox readers: `Scripts/fuzz.sh TARGET SECONDS` builds this with
// -DFUZZING and -sanitize=fuzzer,address and runs it. Without FUZZING (the ordinary build) it
// replays files: `collect-fuzz TARGET FILE...` reads each as the fuzzer would and says what came of it.
import CollectInputs

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a line to standard error.
func complain(_ line: String) {
    _ = (line + "\n").withCString { write(2, $0, strlen($0)) }
}

/// The reader the fuzzer drives, from `COLLECT_FUZZ_TARGET`: csv, qbxml, email, sms or workbook.
nonisolated(unsafe) var target = InputFormat.csv

/// One fuzz input: read as a whole inbox file; an error is an answer, only a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? target.read(bytes)
    return 0
}

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    if let name = getenv("COLLECT_FUZZ_TARGET").map({ String(cString: $0) }), let chosen = InputFormat(rawValue: name) {
        target = chosen
    } else {
        complain("set COLLECT_FUZZ_TARGET to one of: csv, qbxml, email, sms, workbook")
        exit(2)
    }
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv) { fuzzOne($0, $1) })
#else
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let first = arguments.first, let chosen = InputFormat(rawValue: first) else {
        complain("usage: collect-fuzz csv|qbxml|email|sms|workbook FILE...")
        exit(2)
    }
    for path in arguments.dropFirst() {
        guard let file = fopen(path, "rb") else {
            complain("\(path): cannot open")
            exit(1)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while case let got = fread(&chunk, 1, chunk.count, file), got > 0 { bytes += chunk[0..<got] }
        fclose(file)
        do {
            print("\(path): \(try chosen.read(bytes)) records")
        } catch {
            print("\(path): \(error)")
        }
    }
#endif
