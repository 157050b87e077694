import CLibPQ
import Foundation

/// One blocking PostgreSQL connection, used on a pool thread inside `PostgresPool.withConnection`.
///
/// Every method blocks the calling thread until the server answers, so call them only from the
/// closure you hand to the pool, never from async code directly.
public final class PostgresConnection: Sendable {
    let handle: PostgresConnectionHandle
    let counter: StatementCounter

    private var pointer: OpaquePointer { handle.pointer }

    private init(handle: PostgresConnectionHandle, counter: StatementCounter) {
        self.handle = handle
        self.counter = counter
    }

    /// Opens a connection (blocking, bounded by the configuration's connect timeout).
    /// - Throws: `PostgresError` (`.connection`).
    static func open(_ configuration: PostgresConfiguration, counter: StatementCounter) throws -> PostgresConnection {
        let parameters = configuration.connectionParameters
        let keywords = parameters.map { strdup($0.0) } + [nil]
        let values = parameters.map { strdup($0.1) } + [nil]
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let connection = keywords.map { UnsafePointer($0) }.withUnsafeBufferPointer { keys in
            values.map { UnsafePointer($0) }.withUnsafeBufferPointer { vals in
                PQconnectdbParams(keys.baseAddress, vals.baseAddress, 1)
            }
        }
        guard let connection else {
            throw PostgresError(.connection, message: "out of memory allocating a connection")
        }
        let handle = PostgresConnectionHandle(connection)
        guard PQstatus(connection) == CONNECTION_OK else {
            throw PostgresError(.connection, message: Self.errorMessage(connection))
        }
        return PostgresConnection(handle: handle, counter: counter)
    }

    /// Runs a statement and returns its rows.
    /// - Throws: `PostgresError`; `.server` errors carry the SQLSTATE.
    public func query(_ sql: SQL) throws -> PostgresRows {
        counter.add()
        let result = Self.withParameters(sql) { text, count, types, values in
            PQexecParams(pointer, text, count, types, values, nil, nil, 0)
        }
        defer { PQclear(result) }
        return try readResult(result, sql: sql)
    }

    /// Runs a statement and returns the number of rows it affected.
    /// - Throws: `PostgresError`.
    @discardableResult
    public func execute(_ sql: SQL) throws -> Int {
        try query(sql).affectedRows
    }

    /// Runs `body` in a transaction: `COMMIT` if it returns, `ROLLBACK` if it throws.
    ///
    /// - Throws: what `body` throws, or `PostgresError` from `BEGIN`/`COMMIT`. A transaction
    ///   whose statement failed inside `body` (even if `body` swallowed the error) is rolled back
    ///   and reported as an error rather than committed.
    public func transaction<T>(isolation: IsolationLevel = .readCommitted, _ body: () throws -> T) throws -> T {
        try execute(SQL(unsafe: "BEGIN ISOLATION LEVEL \(isolation.sql)"))
        let value: T
        do {
            value = try body()
        } catch {
            rollbackIfOpen()
            throw error
        }
        if PQtransactionStatus(pointer) == PQTRANS_INERROR {
            rollbackIfOpen()
            throw PostgresError(.server, sqlState: SQLState(rawValue: "25P02"),
                                message: "a statement in the transaction failed; rolled back")
        }
        try execute("COMMIT")
        return value
    }

    /// Transaction isolation levels.
    public enum IsolationLevel: Sendable {
        case readCommitted, repeatableRead, serializable

        var sql: String {
            switch self {
            case .readCommitted: "READ COMMITTED"
            case .repeatableRead: "REPEATABLE READ"
            case .serializable: "SERIALIZABLE"
            }
        }
    }

    /// Reconnects if the server closed the connection while it sat idle in the pool.
    ///
    /// An idle connection has nothing to read unless the server ended the session (restart,
    /// `pg_terminate_backend`, idle timeout): then it sent a FATAL message and closed the
    /// socket. A non-blocking `poll` notices that, and the connection is reset.
    func reconnectIfLost() throws {
        let socket = PQsocket(pointer)
        guard PQstatus(pointer) != CONNECTION_OK || socket < 0 || Self.readable(socket) else { return }
        PQreset(pointer)
        guard PQstatus(pointer) == CONNECTION_OK else {
            throw PostgresError(.connection, message: Self.errorMessage(pointer))
        }
    }

    private static func readable(_ socket: Int32) -> Bool {
        var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    /// Whether the connection can go back to the pool; rolls back a transaction left open.
    var isReusable: Bool {
        guard PQstatus(pointer) == CONNECTION_OK else { return false }
        if PQtransactionStatus(pointer) != PQTRANS_IDLE { rollbackIfOpen() }
        return PQstatus(pointer) == CONNECTION_OK && PQtransactionStatus(pointer) == PQTRANS_IDLE
    }

    /// True while the connection to the server is up, as far as libpq knows.
    public var isConnected: Bool { PQstatus(pointer) == CONNECTION_OK }

    /// The server's process ID for this session (for `pg_terminate_backend` in tests).
    public var backendPID: Int { Int(PQbackendPID(pointer)) }

    private func rollbackIfOpen() {
        guard PQstatus(pointer) == CONNECTION_OK, PQtransactionStatus(pointer) != PQTRANS_IDLE else { return }
        _ = try? execute("ROLLBACK")
    }

    /// Turns a `PGresult` into rows, or throws the error it reports.
    func readResult(_ result: OpaquePointer?, sql: SQL) throws -> PostgresRows {
        guard let result else {
            throw PostgresError(.connection, message: Self.errorMessage(pointer), statement: sql.text)
        }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return Self.rows(of: result)
        default:
            throw error(from: result, sql: sql)
        }
    }

    func error(from result: OpaquePointer, sql: SQL) -> PostgresError {
        func field(_ code: Character) -> String? {
            guard let value = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
            return String(cString: value)
        }
        let lost = PQstatus(pointer) != CONNECTION_OK
        let message = field("M") ?? String(cString: PQresultErrorMessage(result))
        return PostgresError(
            lost ? .connection : .server, sqlState: field("C").map(SQLState.init(rawValue:)),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines),
            detail: field("D"), hint: field("H"), constraint: field("n"), statement: sql.text
        )
    }

    private static func rows(of result: OpaquePointer) -> PostgresRows {
        let rowCount = Int(PQntuples(result))
        let columnCount = Int(PQnfields(result))
        let columns = PostgresColumns(
            names: (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) },
            typeOIDs: (0..<columnCount).map { UInt32(PQftype(result, Int32($0))) }
        )
        var rows: [PostgresRow] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<Int32(rowCount) {
            let values: [String?] = (0..<Int32(columnCount)).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
            rows.append(PostgresRow(columns: columns, values: values))
        }
        let tag = String(cString: PQcmdTuples(result))
        return PostgresRows(columns: columns, rows: rows, affectedRows: Int(tag) ?? rowCount)
    }

    static func errorMessage(_ connection: OpaquePointer) -> String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Passes the statement's text, parameter count, type OIDs and C-string values to `body`.
    static func withParameters<R>(
        _ sql: SQL,
        _ body: (UnsafePointer<CChar>, Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?) -> R
    ) -> R {
        let binds = sql.binds
        let types = binds.map { Oid($0.typeOID) }
        let values: [UnsafeMutablePointer<CChar>?] = binds.map { bind in bind.text.map { strdup($0) } }
        defer { values.forEach { free($0) } }
        return sql.text.withCString { text in
            types.withUnsafeBufferPointer { typeBuffer in
                values.map { UnsafePointer($0) }.withUnsafeBufferPointer { valueBuffer in
                    body(text, Int32(binds.count), typeBuffer.baseAddress, valueBuffer.baseAddress)
                }
            }
        }
    }
}
