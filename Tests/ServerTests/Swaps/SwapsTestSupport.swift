import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Storage
import Testing
import TestSupport
@testable import Server

/// Helpers for the swaps tests: the sample seeds, GraphQL calls as an OPERATOR, fixtures built
/// through the API, and a full dump of the swap tables.
struct SwapsTestSupport: Sendable {
    let server: AccountsTestServer
    let client: any TestClientProtocol
    let token: String

    init(_ server: AccountsTestServer, _ client: any TestClientProtocol) throws {
        self.server = server
        self.client = client
        self.token = try server.token("OPERATOR")
    }

    /// RFC 3339 in UTC, as the `DateTime` scalar takes it.
    static func iso(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// `shared/data/seeds/swaps` in the nearest folder above this file that has it (`../shared`
    /// beside the repository root, also from a worktree).
    static var seedDirectory: String {
        (try? SharedSeeds.url("swaps").path) ?? "shared/data/seeds/swaps (not beside the repository)"
    }

    /// The sample's CSV rows of `name`.
    static func seedRows(_ name: String) async throws -> [[String: String]] {
        let text = try await NIOThreadPoolReader.read(seedDirectory + "/" + name)
        return SwapSeedLoader.rows(text: text)
    }

    /// Imports the sample history the way `energygraph import-swaps` does.
    func importSeeds() async throws -> SwapHistoryImporter.Report {
        let files = try await ImportSwapsCommand.read(directory: Self.seedDirectory)
        return try await SwapHistoryImporter.importHistory(files: files, into: server.postgres, now: Date())
    }

    /// Runs an operation as the OPERATOR and fails the test on any GraphQL error.
    @discardableResult
    func graphQL(_ query: String, _ variables: GraphQLObjectValue = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> GraphQLValue {
        let response = try await client.graphQL(query, variables: variables, token: token)
        #expect(response.at("errors") == nil, "\(response)", sourceLocation: sourceLocation)
        return response
    }

    /// The id of an object a create mutation returned (`data.<mutation>.<field>.id`).
    func created(_ mutation: String, _ field: String, _ input: GraphQLObjectValue,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> String {
        let type = String(mutation.dropFirst("create".count))
        let response = try await graphQL("mutation($i: Create\(type)Input!) { \(mutation)(input: $i) { \(field) { id } userErrors { field message code } } }",
                                         ["i": .object(input)], sourceLocation: sourceLocation)
        #expect(response.at("data", mutation, "userErrors") == .list([]), "\(response)", sourceLocation: sourceLocation)
        guard case let .string(id)? = response.at("data", mutation, field, "id") else {
            throw SwapsTestFailure("no id in \(response)")
        }
        return id
    }

    static let recordSwap = """
        mutation($i: RecordSwapInput!) { recordSwap(input: $i) {
          swap { id status distanceKm energyUsedKwh issuedBattery { id } } userErrors { field message code } } }
        """

    /// Records a swap and returns the whole response.
    func recordSwap(_ input: GraphQLObjectValue) async throws -> GraphQLValue {
        try await graphQL(Self.recordSwap, ["i": .object(input)])
    }

    /// Every row of the swap tables, as text, in a stable order.
    func dump() async throws -> [String] {
        var lines: [String] = []
        for table in ["stations", "batteries", "vehicles", "drivers", "swaps", "battery_states", "vehicle_states", "driver_daily_summaries"] {
            let rows = try await server.postgres.query(SQL(unsafe: "SELECT * FROM \(table) ORDER BY 1, 2"))
            for row in rows { lines.append(table + ": " + row.values.map { $0 ?? "NULL" }.joined(separator: "|")) }
        }
        return lines
    }
}

/// A test precondition that did not hold.
struct SwapsTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads a file on NIO's thread pool (tests are async too: no blocking reads on the cooperative pool).
enum NIOThreadPoolReader {
    static func read(_ path: String) async throws -> String {
        try await ImportSwapsCommand.readFile(path)
    }
}

extension GraphQLValue {
    var doubleValue: Double? {
        switch self {
        case let .double(d): d
        case let .int(i): Double(i)
        default: nil
        }
    }

    var items: [GraphQLValue] {
        if case let .list(l) = self { return l }
        return []
    }
}
