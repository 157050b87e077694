/// The rows a statement returned, with its column names and affected-row count.
public struct PostgresRows: Sendable, RandomAccessCollection {
    /// Column names in select-list order, shared by every row.
    public let columns: PostgresColumns
    public let rows: [PostgresRow]
    /// Rows inserted, updated or deleted (or returned by a SELECT).
    public let affectedRows: Int

    init(columns: PostgresColumns, rows: [PostgresRow], affectedRows: Int) {
        self.columns = columns
        self.rows = rows
        self.affectedRows = affectedRows
    }

    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }
    public subscript(position: Int) -> PostgresRow { rows[position] }

    /// The only row's first column; for `SELECT count(*)` and friends.
    /// - Throws: `PostgresError` (`.resultShape`) when there is no row, or a decoding error.
    public func scalar<Value: PostgresDecodable>(_ type: Value.Type = Value.self) throws -> Value {
        guard let row = rows.first else {
            throw PostgresError(.resultShape, message: "expected a row, got none")
        }
        return try row.decode(type, at: 0)
    }
}

/// The names and type OIDs of a result's columns.
public final class PostgresColumns: Sendable {
    public let names: [String]
    public let typeOIDs: [UInt32]
    private let indexByName: [String: Int]

    init(names: [String], typeOIDs: [UInt32]) {
        self.names = names
        self.typeOIDs = typeOIDs
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
        indexByName = index
    }

    /// The position of the first column named `name`.
    public func index(of name: String) -> Int? { indexByName[name] }
}

/// One row in text format; values are decoded on access.
public struct PostgresRow: Sendable {
    public let columns: PostgresColumns
    /// Each column's text output; nil is NULL.
    public let values: [String?]

    /// Decodes the column at `index`.
    /// - Throws: `PostgresError` (`.decoding` or `.resultShape`).
    public func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, at index: Int) throws -> Value {
        guard values.indices.contains(index) else {
            throw PostgresError(.resultShape, message: "no column at index \(index) (row has \(values.count))")
        }
        let name = columns.names[index]
        do {
            guard let text = values[index] else { return try Value.decodeNull() }
            return try Value.decode(postgresText: Substring(text))
        } catch let failure as PostgresDecodingFailure {
            let reason = switch failure {
            case .unexpectedNull: "NULL"
            case .invalidText(let text): "invalid text \(text.debugDescription)"
            }
            throw PostgresError(.decoding, message: "column \(name) (type OID \(columns.typeOIDs[index])) as \(Value.self): \(reason)")
        }
    }

    /// Decodes the column named `column`.
    /// - Throws: `PostgresError` (`.decoding` or `.resultShape`).
    public func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, column: String) throws -> Value {
        guard let index = columns.index(of: column) else {
            throw PostgresError(.resultShape, message: "no column named \(column) (have \(columns.names))")
        }
        return try decode(type, at: index)
    }
}
