import CLibPQ

extension PostgresConnection {
    /// Sends several statements in one round trip using libpq's pipeline mode.
    ///
    /// The statements run in one implicit transaction: if one fails, those before it are rolled
    /// back and those after it are skipped, and the first error is thrown. Meant for batches of
    /// up to a few hundred small statements (a blocking connection could stall on huge ones).
    ///
    /// - Returns: each statement's rows, in order.
    /// - Throws: `PostgresError` of the first statement that failed.
    public func pipeline(_ statements: [SQL]) throws -> [PostgresRows] {
        guard !statements.isEmpty else { return [] }
        let pointer = handle.pointer
        guard PQenterPipelineMode(pointer) == 1 else {
            throw PostgresError(.connection, message: "cannot enter pipeline mode: \(Self.errorMessage(pointer))")
        }
        defer { leavePipelineMode() }
        for sql in statements {
            counter.add()
            let sent = Self.withParameters(sql) { text, count, types, values in
                PQsendQueryParams(pointer, text, count, types, values, nil, nil, 0)
            }
            guard sent == 1 else {
                throw PostgresError(.connection, message: Self.errorMessage(pointer), statement: sql.text)
            }
        }
        guard PQpipelineSync(pointer) == 1 else {
            throw PostgresError(.connection, message: Self.errorMessage(pointer))
        }
        var outputs: [PostgresRows] = []
        var firstError: PostgresError?
        for sql in statements {
            guard let result = PQgetResult(pointer) else {
                throw PostgresError(.connection, message: Self.errorMessage(pointer), statement: sql.text)
            }
            // Each statement's result is followed by a NULL that ends it.
            while let extra = PQgetResult(pointer) { PQclear(extra) }
            defer { PQclear(result) }
            if PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
                continue
            }
            do {
                outputs.append(try readResult(result, sql: sql))
            } catch let error as PostgresError {
                if firstError == nil { firstError = error }
                if error.kind == .connection { throw error }
            }
        }
        if let sync = PQgetResult(pointer) { PQclear(sync) }
        if let firstError { throw firstError }
        return outputs
    }

    private func leavePipelineMode() {
        let pointer = handle.pointer
        guard PQpipelineStatus(pointer) != PQ_PIPELINE_OFF else { return }
        if PQexitPipelineMode(pointer) == 1 { return }
        // Results still queued (after an error): drain them, then leave.
        var budget = 10_000
        while budget > 0, PQstatus(pointer) == CONNECTION_OK {
            budget -= 1
            if let result = PQgetResult(pointer) {
                PQclear(result)
            } else if PQexitPipelineMode(pointer) == 1 {
                return
            }
        }
    }
}

extension PostgresConnection {
    /// Runs trusted SQL text that may hold several statements (simple query protocol, no binds).
    ///
    /// Only for text the program ships (migrations); never for anything built from input.
    /// - Throws: `PostgresError` of the first failing statement.
    public func executeScript(_ text: String) throws {
        counter.add()
        let result = PQexec(handle.pointer, text)
        defer { PQclear(result) }
        _ = try readResult(result, sql: SQL(unsafe: "<script>"))
    }
}
