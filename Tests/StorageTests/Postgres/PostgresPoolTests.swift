import Dispatch
import Foundation
import Storage
import Testing
import TestSupport

@Suite struct PostgresPoolTests {
    @Test func aTransactionThatThrowsRollsBack() async throws {
        struct Abort: Error {}
        try await TestDatabase.with { postgres in
            try await postgres.execute("CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL)")
            try await postgres.execute("INSERT INTO accounts VALUES (1, 100)")
            await #expect(throws: Abort.self) {
                try await postgres.transaction { conn in
                    try conn.execute("UPDATE accounts SET balance = balance - 50 WHERE id = \(1)")
                    try conn.execute("INSERT INTO accounts VALUES (\(2), \(50))")
                    throw Abort()
                }
            }
            let rows = try await postgres.query("SELECT count(*), sum(balance) FROM accounts")
            #expect(try rows[0].decode(Int.self, at: 0) == 1)
            #expect(try rows[0].decode(Int.self, at: 1) == 100)
        }
    }

    @Test func aFailedStatementInsideATransactionIsNotCommitted() async throws {
        try await TestDatabase.with { postgres in
            try await postgres.execute("CREATE TABLE t (id int PRIMARY KEY)")
            await #expect(throws: PostgresError.self) {
                try await postgres.transaction { conn in
                    try conn.execute("INSERT INTO t VALUES (1)")
                    _ = try? conn.execute("INSERT INTO t VALUES (1)")  // swallowed unique violation
                }
            }
            #expect(try await postgres.query("SELECT count(*) FROM t").scalar(Int.self) == 0)
        }
    }

    @Test func twoHundredConcurrentQueriesThroughAPoolOfFourAllSucceed() async throws {
        try await TestDatabase.with(poolSize: 4) { postgres in
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        try await postgres.query("SELECT \(index) + 1 AS next, pg_backend_pid() AS pid").scalar(Int.self)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.sorted() == Array(1...200))
            #expect(postgres.openConnections <= 4)
            #expect(postgres.statements.value == 200)
        }
    }

    @Test func uniqueViolationAndSerializationFailureAreDistinguishable() async throws {
        try await TestDatabase.with { postgres in
            try await postgres.execute("CREATE TABLE plates (plate text CONSTRAINT plates_unique UNIQUE)")
            try await postgres.execute("INSERT INTO plates VALUES (\("AB123"))")
            let duplicate = await #expect(throws: PostgresError.self) {
                try await postgres.execute("INSERT INTO plates VALUES (\("AB123"))")
            }
            #expect(duplicate?.sqlState == .uniqueViolation)
            #expect(duplicate?.constraint == "plates_unique")
            #expect(duplicate?.isTransient == false)
            #expect(duplicate?.description == "PostgreSQL error (SQLSTATE 23505)")
            #expect(duplicate?.debugDescription.contains("duplicate key") == true)

            // Write skew under SERIALIZABLE: both read, then both write; one must fail.
            try await postgres.execute("CREATE TABLE shifts (doctor text, on_call bool)")
            try await postgres.execute("INSERT INTO shifts VALUES ('a', true), ('b', true)")
            let bothRead = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
            let outcomes = await withTaskGroup(of: SQLState?.self) { group in
                for (me, (mine, theirs)) in [("a", bothRead), ("b", (bothRead.1, bothRead.0))] {
                    group.addTask {
                        do {
                            try await postgres.transaction(isolation: .serializable) { conn in
                                _ = try conn.query("SELECT count(*) FROM shifts WHERE on_call")
                                mine.signal()
                                theirs.wait()
                                try conn.execute("UPDATE shifts SET on_call = false WHERE doctor = \(me)")
                            }
                            return nil
                        } catch let error as PostgresError {
                            return error.sqlState
                        } catch {
                            return SQLState(rawValue: "other")
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.compactMap { $0 } == [.serializationFailure])
        }
    }

    @Test func statementTimeoutCancelsASlowQuery() async throws {
        let database = try await TestDatabase.create()
        let postgres = database.pool(size: 1, statementTimeout: .milliseconds(200))
        let error = await #expect(throws: PostgresError.self) { try await postgres.execute("SELECT pg_sleep(5)") }
        #expect(error?.sqlState == .queryCanceled)
        #expect(try await postgres.query("SELECT 1").scalar(Int.self) == 1)
        await postgres.shutdown()
        try await database.drop()
    }

    @Test func acquireTimesOutWhenEveryConnectionIsBusy() async throws {
        let database = try await TestDatabase.create()
        var configuration = PostgresConfiguration(url: database.url, poolSize: 1)
        configuration.acquireTimeout = .milliseconds(200)
        let postgres = PostgresPool(configuration: configuration)
        let (holding, signal) = AsyncStream.makeStream(of: Void.self)
        async let slow: Void = postgres.withConnection { conn in
            signal.yield()
            try conn.execute("SELECT pg_sleep(1)")
        }
        for await _ in holding { break }
        let error = await #expect(throws: PostgresError.self) { try await postgres.execute("SELECT 1") }
        #expect(error?.kind == .acquireTimeout)
        try await slow
        await postgres.shutdown()
        try await database.drop()
    }

    @Test func pipelineSendsABatchAndIsAtomic() async throws {
        try await TestDatabase.with(poolSize: 1) { postgres in
            try await postgres.execute("CREATE TABLE t (id int PRIMARY KEY)")
            let before = postgres.statements.value
            let results = try await postgres.pipeline(["INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (\(2))",
                                                       "SELECT count(*) FROM t"])
            #expect(results.count == 3)
            #expect(results[0].affectedRows == 1)
            #expect(try results[2].scalar(Int.self) == 2)
            #expect(postgres.statements.value - before == 3)

            let error = await #expect(throws: PostgresError.self) {
                try await postgres.pipeline(["INSERT INTO t VALUES (3)", "INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (4)"])
            }
            #expect(error?.sqlState == .uniqueViolation)
            #expect(try await postgres.query("SELECT array_agg(id ORDER BY id) FROM t").scalar([Int].self) == [1, 2])
        }
    }

    @Test func aConnectionKilledByTheServerIsReplacedOnNextUse() async throws {
        try await TestDatabase.with(poolSize: 1) { postgres in
            let firstPID = try await postgres.query("SELECT pg_backend_pid()").scalar(Int.self)
            let admin = PostgresPool(configuration: PostgresConfiguration(url: TestServices.databaseURL, poolSize: 1))
            try await admin.execute("SELECT pg_terminate_backend(\(Int32(firstPID)))")
            await admin.shutdown()
            try await Task.sleep(for: .milliseconds(100))
            let secondPID = try await postgres.query("SELECT pg_backend_pid()").scalar(Int.self)
            #expect(secondPID != firstPID)
        }
    }

    @Test func anUnreachableServerIsAConnectionError() async throws {
        let postgres = PostgresPool(configuration: PostgresConfiguration(url: "postgres://postgres@127.0.0.1:\(ProcessRunner.freePort())/x", poolSize: 1))
        let error = await #expect(throws: PostgresError.self) { try await postgres.query("SELECT 1") }
        #expect(error?.kind == .connection)
        #expect(error?.description == "PostgreSQL connection error")
        await postgres.shutdown()
    }
}
