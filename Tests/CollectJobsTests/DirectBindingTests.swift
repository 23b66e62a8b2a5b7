import CollectCore
import Foundation
import GRDB
import Testing

@testable import CollectState

@Suite("Values bound straight through SQLite are stored as GRDB stores them")
struct DirectBindingTests {
    static let sql = "INSERT INTO t (name, amount, due, note) VALUES (?1, ?2, ?3, ?4)"

    func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { try $0.execute(sql: "CREATE TABLE t (name, amount, due, note)") }
        return queue
    }

    @Test("text in any script, the largest amounts, dates and nothing read back the same both ways")
    func sameRows() throws {
        let values: [(String, Int64?, CivilDate?, String?)] = [
            ("Café Müller — Zoë \"Q\" 😀", 12_345, CivilDate(iso: "2026-11-30"), nil),
            ("", Int64.max, nil, "a\nb"), ("x", Int64.min, CivilDate(iso: "1999-01-01"), ""),
        ]
        let direct = try table()
        let generic = try table()
        try direct.write { db in
            let statement = try db.cachedStatement(sql: Self.sql)
            for (name, amount, due, note) in values {
                try statement.execute { bound in
                    bound.bind(name)
                    bound.bind(amount)
                    bound.bind(due)
                    bound.bind(note)
                }
            }
        }
        try generic.write { db in
            for (name, amount, due, note) in values {
                try db.execute(sql: Self.sql, arguments: [name, amount, due, note])
            }
        }
        let read = "SELECT name, amount, due, note, typeof(amount), typeof(due) FROM t ORDER BY rowid"
        let rows = try direct.read { try Row.fetchAll($0, sql: read) }
        #expect(rows.count == 3)
        #expect(rows == (try generic.read { try Row.fetchAll($0, sql: read) }))
        #expect(rows[0]["name"] == "Café Müller — Zoë \"Q\" 😀")
        #expect(rows[1]["amount"] == Int64.max)
    }

    @Test("values of every kind bound as GRDB binds them read back the same both ways")
    func sameValues() throws {
        let values: [[(any DatabaseValueConvertible)?]] = [
            ["Zoë 😀", Int64.max, 1.5, Data([0, 1, 2])],
            [nil, true, Date(timeIntervalSince1970: 1_796_000_000.25), Data()],
            ["", 0, -0.0, "a\u{0}b"],
        ]
        let direct = try table()
        let generic = try table()
        try direct.write { db in
            for row in values { try db.cachedStatement(sql: Self.sql).execute(binding: row) }
        }
        try generic.write { db in
            for row in values { try db.execute(sql: Self.sql, arguments: StatementArguments(row)) }
        }
        let read = "SELECT name, amount, due, note, typeof(name), typeof(amount), typeof(due), typeof(note) FROM t ORDER BY rowid"
        let rows = try direct.read { try Row.fetchAll($0, sql: read) }
        #expect(rows.count == 3)
        #expect(rows == (try generic.read { try Row.fetchAll($0, sql: read) }))
        #expect(rows[0]["note"] == Data([0, 1, 2]) && rows[1]["name"] as String? == nil)
        #expect(throws: DatabaseError.self) {
            try direct.write { db in try db.cachedStatement(sql: Self.sql).execute(binding: ["one", 2]) }
        }
    }

    @Test("a statement GRDB ran with its own arguments binds none of them over the next direct run")
    func noStaleArguments() throws {
        let queue = try table()
        try queue.write { db in
            let statement = try db.cachedStatement(sql: Self.sql)
            try statement.execute(arguments: ["grdb", 1, "2026-01-01", "old"])
            try statement.execute { bound in
                bound.bind("direct")
                bound.bind(Int64?.none)
                bound.bind(CivilDate?.none)
                bound.bind(String?.none)
            }
            try statement.execute(arguments: ["grdb again", 3, nil, nil])
        }
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT * FROM t ORDER BY rowid") }
        #expect(rows.map { $0["name"] as String } == ["grdb", "direct", "grdb again"])
        #expect(rows[1]["amount"] as Int64? == nil && rows[1]["note"] as String? == nil)
    }

    @Test("too few values is an error naming the statement, and nothing is stored")
    func tooFew() throws {
        let queue = try table()
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.cachedStatement(sql: Self.sql).execute { bound in bound.bind("only one") }
            }
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == 0)
    }
}
