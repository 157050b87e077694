import Foundation
import Storage
import Testing
import TestSupport

@Suite struct MigratorTests {
    let migrations = [
        Migration(version: 1, name: "stations", sql: "CREATE TABLE stations (id int PRIMARY KEY);"),
        Migration(version: 2, name: "batteries", sql: """
            CREATE TABLE batteries (id int PRIMARY KEY, station_id int REFERENCES stations);
            INSERT INTO stations VALUES (1);
            """),
    ]

    @Test func appliesPendingMigrationsInOrderAndRecordsThem() async throws {
        try await TestDatabase.with { postgres in
            let applied = try await Migrator(migrations: migrations).migrate(postgres)
            #expect(applied.map(\.version) == [1, 2])
            let rows = try await postgres.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version")
            #expect(try rows.map { try $0.decode(String.self, column: "name") } == ["stations", "batteries"])
            #expect(try rows[1].decode(String.self, column: "checksum") == migrations[1].checksum)
            #expect(try await Migrator(migrations: migrations).migrate(postgres).isEmpty)
        }
    }

    @Test func twoInstancesMigratingAtOnceApplyEachMigrationOnce() async throws {
        try await TestDatabase.with(poolSize: 2) { postgres in
            let other = PostgresPool(configuration: postgres.configuration)
            async let first = Migrator(migrations: migrations).migrate(postgres)
            async let second = Migrator(migrations: migrations).migrate(other)
            let counts = try await [first.count, second.count].sorted()
            await other.shutdown()
            #expect(counts == [0, 2])
            #expect(try await postgres.query("SELECT count(*) FROM stations").scalar(Int.self) == 1)
        }
    }

    @Test func aFailingMigrationIsRolledBackAndStopsTheRun() async throws {
        try await TestDatabase.with { postgres in
            let broken = [migrations[0], Migration(version: 2, name: "broken", sql: """
                CREATE TABLE half (id int);
                SELECT * FROM no_such_table;
                """)]
            let error = await #expect(throws: PostgresError.self) { try await Migrator(migrations: broken).migrate(postgres) }
            #expect(error?.sqlState == .undefinedTable)
            let versions = try await postgres.query("SELECT array_agg(version) FROM schema_migrations").scalar([Int].self)
            let halfMissing = try await postgres.query("SELECT to_regclass('half') IS NULL").scalar(Bool.self)
            #expect(versions == [1])
            #expect(halfMissing)
        }
    }

    @Test func anEditedAppliedMigrationIsRefused() async throws {
        try await TestDatabase.with { postgres in
            try await Migrator(migrations: migrations).migrate(postgres)
            var edited = migrations
            edited[0].sql += "\n-- changed"
            await #expect(throws: MigrationError.checksumMismatch(version: 1, name: "stations")) {
                try await Migrator(migrations: edited).migrate(postgres)
            }
        }
    }

    @Test func bundledMigrationsLoadInVersionOrderAndApply() async throws {
        let bundled = try Migration.bundled()
        #expect(!bundled.isEmpty)
        #expect(bundled.map(\.version) == bundled.map(\.version).sorted())
        #expect(bundled.first?.version == 1)
        try await TestDatabase.with { postgres in
            let applied = try await Migrator(migrations: bundled).migrate(postgres)
            #expect(applied.count == bundled.count)
        }
    }

    @Test func badlyNamedFilesAreRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eg-mig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "SELECT 1;".write(to: folder.appendingPathComponent("first.sql"), atomically: true, encoding: .utf8)
        #expect(throws: MigrationError.badFileName("first.sql")) { try Migration.load(from: folder) }
    }
}
