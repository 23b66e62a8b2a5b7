// Times each inbox reader on the files given: `collect-read-bench FILE...`.
// Prints, per file, the format detected, records read, megabytes and MB/s. Peak memory is
// measured from outside (Benchmarks/readers.sh runs this under /usr/bin/time -v).
import CollectFiles
import CollectInputs
import CollectSettings
import Foundation

let files = LocalFileStore()
var settings = Settings.standard
settings.business.phoneCountryCode = "1"
for path in CommandLine.arguments.dropFirst() {
    let started = Date()
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
    let sniffed = Date()
    let encoding = sniffer.finish()
    let reader = try InputOpener.open(
        path: path, name: (path as NSString).lastPathComponent, files: files, encoding: encoding, settings: settings)
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
    let read = Date().timeIntervalSince(sniffed)
    let megabytes = Double(bytes) / 1_000_000
    print(
        String(
            format: "%@\t%@\t%d records\t%d errors\t%.1f MB\tencoding check %.1f MB/s\tread %.1f MB/s",
            (path as NSString).lastPathComponent, reader.format, records, errors, megabytes,
            megabytes / sniffed.timeIntervalSince(started), megabytes / read))
}
