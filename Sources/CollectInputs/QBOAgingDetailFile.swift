import CollectCore
import CollectFiles
import CollectSettings

/// QuickBooks Online's "A/R Aging Detail" report exported as CSV (placeholder until the reader lands).
enum QBOAgingDetailFile {
    static func open(records: [CSVRecord], source: () throws -> any ByteSource, file: String, settings: Settings) throws
        -> (any RecordReader)?
    {
        nil
    }
}

/// Xero's invoices export (placeholder until the reader lands).
enum XeroInvoicesFile {
    static func open(records: [CSVRecord], source: () throws -> any ByteSource, file: String, settings: Settings) throws
        -> (any RecordReader)?
    {
        nil
    }
}
