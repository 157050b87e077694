import Foundation
import GraphQLEngine
import HummingbirdTesting
import MonitoringSimulatorKit

/// The GraphQL operations of the solar tests and helpers to read their answers.
enum SolarOperations {
    static let createPlant = "mutation($i: CreatePlantInput!) { createPlant(input: $i) { plant { id name createdAt } userErrors { field message code } } }"
    static let updatePlant = "mutation($i: UpdatePlantInput!) { updatePlant(input: $i) { plant { id name } userErrors { field message code } } }"
    static let deletePlant = "mutation($id: ID!) { deletePlant(id: $id) { deletedId userErrors { field message code } } }"
    static let syncPlant = """
        mutation($id: ID!, $from: Date!, $to: Date!) {
          syncPlant(id: $id, from: $from, to: $to) { run { id from to state plant { id } } userErrors { field message code } }
        }
        """
    static let readings = """
        query($id: ID!, $from: Date!, $to: Date!) {
          plant(id: $id) { readings(from: $from, to: $to) { timestamp energyExpected energyObserved irradiationExpected irradiationObserved } }
        }
        """
    static let report = """
        query($id: ID!, $from: Date!, $to: Date!, $g: ReportGranularity) {
          plant(id: $id) { report(from: $from, to: $to, granularity: $g) {
            periodStart readings energyExpected energyObserved irradiationExpected irradiationObserved performanceRatio } }
        }
        """
    static let syncState = """
        query($id: ID!) {
          plant(id: $id) {
            sync { coveredFrom coveredTo lastSuccessAt lastError running }
            syncRuns { id from to state attempts readingsStored recordsRejected error startedAt finishedAt }
          }
        }
        """

    /// Creates a plant as OPERATOR and returns its global id.
    static func create(_ name: String, server: SolarTestServer, client: any TestClientProtocol) async throws -> String {
        let response = try await client.graphQL(createPlant, variables: ["i": .object(["name": .string(name)])], token: try server.token("OPERATOR"))
        guard case let .string(id)? = response.at("data", "createPlant", "plant", "id") else { throw Unexpected(response: response) }
        return id
    }

    /// Queues a sync as OPERATOR and returns the run's global id.
    static func sync(_ plantID: String, from: String, to: String, server: SolarTestServer,
                     client: any TestClientProtocol) async throws -> String {
        let response = try await client.graphQL(syncPlant, variables: ["id": .string(plantID), "from": .string(from), "to": .string(to)],
                                                token: try server.token("OPERATOR"))
        guard case let .string(id)? = response.at("data", "syncPlant", "run", "id") else { throw Unexpected(response: response) }
        return id
    }

    struct Unexpected: Error, CustomStringConvertible {
        let response: GraphQLValue
        var description: String { "unexpected response: \(response)" }
    }

    /// A JSON number as a Double (integers included), else nil.
    static func number(_ value: GraphQLValue?) -> Double? {
        switch value {
        case let .double(d)?: d
        case let .int(i)?: Double(i)
        default: nil
        }
    }

    /// Seconds since 1970 of a `YYYY-MM-DD` day's midnight, UTC.
    static func epoch(_ day: String) -> Int { MonitoringDays.days(of: day)! * 86_400 }

    /// A Date from RFC 3339 text.
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// Whether two sums agree up to floating-point reordering.
    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }
}
