import CollectFiles

/// The families of files the inbox reads, each by its own reader.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// Comma-separated: plain CSV, QuickBooks Online A/R Aging Detail, Xero invoices.
    case csv
    /// QuickBooks qbXML responses.
    case qbXML = "qbxml"
    /// An e-mail message: a reply, an auto-reply or a bounce.
    case email
    /// An smstools3 incoming SMS file.
    case sms
    /// An Excel workbook (`.xlsx`): its first visible sheet, read as its CSV would be.
    case workbook
}

extension InputFormat {
    /// Reads `bytes` as a whole inbox file of this family, as a run would (encoding check, then
    /// every record), and returns how many records it held; throws what the run would report.
    /// The fuzz targets and their regression tests call it: it must never crash, whatever the bytes.
    public func read(_ bytes: [UInt8], options: ReadingOptions = ReadingOptions()) throws -> Int {
        try records(bytes, options: options).count
    }

    /// Reads `bytes` as a whole inbox file of this family, as a run would, and returns its records.
    public func records(_ bytes: [UInt8], options: ReadingOptions = ReadingOptions()) throws -> [InputRecord] {
        let files = MemoryFileStore()
        try files.createDirectory("/inbox")
        try files.write(bytes, to: "/inbox/input")
        var sniffer = EncodingSniffer()
        bytes.withUnsafeBytes { sniffer.feed($0) }
        let reader = try InputOpener.open(
            path: "/inbox/input", name: "input", files: files, encoding: sniffer.finish(), options: options, as: self)
        var records: [InputRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }
}
