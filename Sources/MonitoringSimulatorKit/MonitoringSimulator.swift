import Foundation
import Hummingbird
import Logging
import NIOCore

/// The monitoring service's API, simulated: `GET /?plant-id=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD`
/// answers the hourly records of [from, to) with ``MonitoringValues``, failing as
/// ``SimulatorOptions`` says. `GET /_simulator/stats` reports the requests it counted and
/// `POST /_simulator/reset` forgets them.
public struct MonitoringSimulator: Sendable {
    public let options: SimulatorOptions
    public let log: RequestLog
    /// Seconds since 1970 now; only hours that have ended are answered.
    public let now: @Sendable () -> Int

    public init(options: SimulatorOptions, log: RequestLog = RequestLog(),
                now: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) {
        self.options = options
        self.log = log
        self.now = now
    }

    /// The routes.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { request, _ in try await answer(request) }
        router.get("/_simulator/stats") { _, _ in json(.ok, stats()) }
        router.post("/_simulator/reset") { _, _ in
            log.reset()
            return json(.ok, "{\"reset\": true}")
        }
        return router
    }

    /// An application serving the routes on `host:port` (port 0 picks a free one; `onRunning`
    /// receives the port bound).
    public func application(host: String = "127.0.0.1", port: Int, logger: Logger = Logger(label: "monitoring-simulator"),
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "monitoring-simulator"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                    logger: logger)
    }

    func answer(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        guard let plantText = parameters["plant-id"], let plantID = Int(plantText),
              let fromText = parameters["from"], let fromDay = MonitoringDays.days(of: String(fromText)),
              let toText = parameters["to"], let toDay = MonitoringDays.days(of: String(toText)) else {
            return json(.badRequest, MonitoringAnswer.errorObject("expected ?plant-id=<integer>&from=YYYY-MM-DD&to=YYYY-MM-DD"))
        }
        let query = RequestLog.Query(plantID: plantID, from: String(fromText), to: String(toText))
        let occurrence = log.begin(query)
        let readings = MonitoringAnswer.hours(plantID: plantID, fromDay: fromDay, toDay: toDay, nowEpochSeconds: now())
        switch FailurePlan.outcome(options: options, plantID: plantID, from: query.from, to: query.to, occurrence: occurrence) {
        case nil:
            log.finish(query, outcome: "ok", good: true)
            return json(.ok, array(readings.map(MonitoringAnswer.record)))
        case .errorObject?:
            log.finish(query, outcome: "error", good: false)
            return json(.ok, MonitoringAnswer.errorObject("Service temporarily unavailable"))
        case .serverError?:
            log.finish(query, outcome: "5xx", good: false)
            let statuses: [HTTPResponse.Status] = [.internalServerError, .badGateway, .serviceUnavailable, .gatewayTimeout]
            let status = statuses[occurrence % statuses.count]
            return Response(status: status, headers: [.contentType: "text/plain"],
                            body: .init(byteBuffer: ByteBuffer(string: "upstream trouble (\(status.code))")))
        case .malformed?:
            let records = malformed(readings, plantID: plantID, occurrence: occurrence)
            log.addBroken(records.broken, plantID: plantID)
            log.finish(query, outcome: "malformed", good: records.broken == 0)
            return json(.ok, array(records.bodies))
        case .slow?:
            // Counted before the wait: a client that gives up cancels this handler.
            log.finish(query, outcome: "slow", good: true)
            try await Task.sleep(for: options.slowDelay)
            return json(.ok, array(readings.map(MonitoringAnswer.record)))
        }
    }

    /// The records with some broken: each with probability `malformedShare`, at least one.
    func malformed(_ readings: [MonitoringValues.Reading], plantID: Int, occurrence: Int) -> (bodies: [String], broken: Int) {
        guard !readings.isEmpty else { return ([], 0) }
        let base = SplitMix64.hash(options.seed, UInt64(bitPattern: Int64(plantID)), UInt64(occurrence), 0xbad)
        let forced = Int(base % UInt64(readings.count))
        var broken = 0
        let bodies = readings.enumerated().map { index, reading in
            let draw = SplitMix64.unit(base, UInt64(index))
            guard index == forced || draw < options.malformedShare else { return MonitoringAnswer.record(reading) }
            broken += 1
            return MonitoringAnswer.brokenRecord(reading, kind: Int(SplitMix64.hash(base, UInt64(index)) % 4))
        }
        return (bodies, broken)
    }

    /// The counts as JSON: total, by outcome, and per query.
    func stats() -> String {
        let outcomes = log.byOutcome.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        let queries = log.byQuery.sorted { ($0.key.plantID, $0.key.from, $0.key.to) < ($1.key.plantID, $1.key.from, $1.key.to) }
            .map { "{\"plantId\": \($0.key.plantID), \"from\": \"\($0.key.from)\", \"to\": \"\($0.key.to)\", \"requests\": \($0.value.requests), \"good\": \($0.value.good)}" }
            .joined(separator: ", ")
        let broken = log.brokenRecords.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        return "{\"requests\": \(log.total), \"outcomes\": {\(outcomes)}, \"brokenRecords\": {\(broken)}, \"queries\": [\(queries)]}"
    }

    func array(_ records: [String]) -> String {
        "[" + records.joined(separator: ",\n") + "]"
    }

    func json(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
