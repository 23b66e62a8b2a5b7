import CollectCore
import GRDB
import GRDBSQLite

/// The values of one run of a statement, bound straight through SQLite's C API in the order of
/// its numbered parameters (`?1`, `?2`…), with no `StatementArguments` built: a first night's
/// import spent a fifth of its time building and binding those for each of its rows.
struct DirectBindings {
    fileprivate let statement: SQLiteStatement
    fileprivate var index: Int32 = 1
    /// The first bind that failed: its parameter and SQLite's code.
    fileprivate var failure: (index: Int32, code: Int32)? = nil

    /// SQLite copies the text before the bind returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds the next parameter to `text`, or NULL.
    mutating func bind(_ text: String?) {
        guard var text else { return bindNull() }
        note(text.withUTF8 { sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), Self.transient) })
    }

    /// Binds the next parameter to `number`, or NULL.
    mutating func bind(_ number: Int64?) {
        guard let number else { return bindNull() }
        note(sqlite3_bind_int64(statement, index, number))
    }

    /// Binds the next parameter to `date` as the state stores dates (`YYYY-MM-DD`), or NULL.
    mutating func bind(_ date: CivilDate?) {
        bind(date?.description)
    }

    /// Binds the next parameter to `value` exactly as GRDB binds its arguments, or NULL, without
    /// the generic work of building `StatementArguments` (a tenth of a first night's storing).
    mutating func bindValue(_ value: (any DatabaseValueConvertible)?) {
        guard let value else { return bindNull() }
        note(value.databaseValue.bind(to: statement, at: index))
    }

    private mutating func bindNull() {
        note(sqlite3_bind_null(statement, index))
    }

    private mutating func note(_ code: Int32) {
        if code != SQLITE_OK, failure == nil { failure = (index, code) }
        index += 1
    }
}

extension Statement {
    /// Runs the statement once with the values `bind` binds, through GRDB's own execution (its
    /// bookkeeping of changes and transactions stays whole).
    ///
    /// - Throws: `DatabaseError` when a value cannot be bound or the statement fails.
    func execute(binding bind: (inout DirectBindings) -> Void) throws {
        // Resets the statement, clears its bindings and leaves GRDB no arguments of its own to
        // bind over the ones bound here.
        setUncheckedArguments(StatementArguments())
        var bindings = DirectBindings(statement: sqliteStatement)
        bind(&bindings)
        if let failure = bindings.failure {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: failure.code), message: "cannot bind parameter \(failure.index)", sql: sql)
        }
        guard bindings.index - 1 == sqlite3_bind_parameter_count(sqliteStatement) else {
            throw DatabaseError(
                resultCode: .SQLITE_RANGE,
                message: "\(bindings.index - 1) values bound for \(sqlite3_bind_parameter_count(sqliteStatement)) parameters",
                sql: sql)
        }
        // The arguments are marked bound: GRDB resets the statement (the bindings stay) and runs it.
        try execute()
    }

    /// Runs the statement once with `values` bound in the order of its parameters, each as GRDB
    /// binds it.
    ///
    /// - Throws: `DatabaseError` when a value cannot be bound, their count is not the statement's
    ///   or the statement fails.
    func execute(binding values: [(any DatabaseValueConvertible)?]) throws {
        try execute { bindings in
            for value in values { bindings.bindValue(value) }
        }
    }
}
