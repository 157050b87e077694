import Foundation
import Storage
import Testing
import TestSupport

/// `energygraph import-piles FILE`, run as the built executable against a fresh database.
@Suite(.serialized) struct ImportPilesCommandTests {
    @Test func importsTheSampleOnceAndThenChangesNothing() async throws {
        let database = try await TestDatabase.create()
        let file = try PilesTestServer.seedFile.path
        let arguments = ["import-piles", file, "--users-password-stdin", "--database-url", database.url, "--log-level", "error"]
        let environment = ["BCRYPT_COST": "4"]
        let (status, output) = try await UserCommandTests.run(arguments, stdin: "demo password\n", environment: environment)
        #expect(status == 0, "\(output)")
        #expect(output.contains("Imported \(file): users created 6, wallets topped up 6, piles created 9, updated 0, deleted 1, friend prices 1."), "\(output)")
        let (again, secondOutput) = try await UserCommandTests.run(arguments, stdin: "demo password\n", environment: environment)
        #expect(again == 0)
        #expect(secondOutput.contains("users created 0, wallets topped up 0, piles created 0, updated 0, deleted 0, friend prices 0."), "\(secondOutput)")
        let pool = database.pool(size: 1)
        let live = try await pool.query("SELECT count(*) FROM charging_piles WHERE deleted_at IS NULL").scalar(Int.self)
        let money = try await pool.query("SELECT sum(amount_minor)::bigint FROM wallet_entries").scalar(Int.self)
        await pool.shutdown()
        try await database.drop()
        #expect(live == 8)
        #expect(money == 300_000)
    }

    @Test func aFileOfAnotherShapeImportsNothing() async throws {
        let database = try await TestDatabase.create()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("piles-\(UUID().uuidString).json")
        try Data(#"{"users": [], "wallets": [], "piles": [{"id": 1}], "friends": [], "books": []}"#.utf8).write(to: file)
        let (status, output) = try await UserCommandTests.run(["import-piles", file.path, "--database-url", database.url, "--log-level", "error"], stdin: "")
        try? FileManager.default.removeItem(at: file)
        let pool = database.pool(size: 1)
        let tables = try await pool.query("SELECT count(*) FROM pg_tables WHERE tablename = 'charging_piles'").scalar(Int.self)
        await pool.shutdown()
        try await database.drop()
        #expect(status != 0)
        #expect(output.contains("The file is not in the charging-plots seed shape: missing .piles[0].name."), "\(output)")
        #expect(tables == 0)  // refused before connecting: not even migrated
    }
}
