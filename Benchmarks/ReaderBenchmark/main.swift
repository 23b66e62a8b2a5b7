// Times each inbox reader on the files given: `collect-read-bench FILE...`.
// Prints, per file, the format detected, records read, megabytes and MB/s: of the encoding check,
// of splitting a CSV file into records alone (what Python's `csv` module does) and of reading
// the file into typed rows (what `collect run` does), each the best of three passes (the machine
// is shared; the best pass is the least disturbed; READ_BENCH_PASSES=1 reads each once;
// READ_BENCH_SPLIT=0 leaves out the split alone, for a profile of the read). Peak memory is measured from outside
// (Benchmarks/readers.sh runs this under /usr/bin/time -v).
import CollectFiles
import CollectInputs
import Foundation

let files = LocalFileStore()
let options = ReadingOptions(phoneCountryCode: "1")

/// How many times each file is read: three, or READ_BENCH_PASSES (1 under callgrind, which counts
/// instructions and needs no best run).
let passes = max(1, ProcessInfo.processInfo.environment["READ_BENCH_PASSES"].flatMap { Int($0) } ?? 3)

/// The shortest of `passes` timings of `pass`, in seconds, and what the last pass returned.
func bestPass<Result>(_ pass: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
    var best = Double.infinity
    var result: Result? = nil
    for _ in 0..<passes {
        let started = Date()
        result = try pass()
        best = min(best, Date().timeIntervalSince(started))
    }
    return (best, result!)
}

for path in CommandLine.arguments.dropFirst() {
    let (sniffSeconds, (bytes, encoding)) = try bestPass { () throws -> (Int, Result<TextEncoding, EncodingProblem>) in
        let source = try files.byteSource(path)
        var sniffer = EncodingSniffer()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var bytes = 0
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            bytes += count
            chunk.withUnsafeBytes { sniffer.feed(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return (bytes, sniffer.finish())
    }
    let megabytes = Double(bytes) / 1_000_000
    var split = ""
    if !path.hasSuffix(".xml") && !path.hasSuffix(".xlsx") && ProcessInfo.processInfo.environment["READ_BENCH_SPLIT"] != "0" {
        let (seconds, _) = try bestPass { () throws -> Int in
            var reader = CSVReader(UTF8ByteSource(try files.byteSource(path), encoding: (try? encoding.get()) ?? .utf8))
            var fields = 0
            while let record = try reader.next() { fields += record.count }
            return fields
        }
        split = String(format: "\tsplit %.1f MB/s", megabytes / seconds)
    }
    let (readSeconds, (format, records, errors)) = try bestPass { () throws -> (String, Int, Int) in
        let reader = try InputOpener.open(
            path: path, name: (path as NSString).lastPathComponent, files: files, encoding: encoding, options: options)
        var records = 0
        var errors = 0
        while true {
            do {
                guard try reader.next() != nil else { break }
                records += 1
            } catch let error as InputError {
                errors += 1
                if error.isFatal { throw error }
            }
        }
        return (reader.format, records, errors)
    }
    print(
        String(
            format: "%@\t%@\t%d records\t%d errors\t%.1f MB\tencoding check %.1f MB/s%@\tread %.1f MB/s",
            (path as NSString).lastPathComponent, format, records, errors, megabytes, megabytes / sniffSeconds, split,
            megabytes / readSeconds))
}
