import Prometheus
import Storage
import Synchronization

/// The server's Prometheus metrics, served at `/metrics`.
///
/// - `energygraph_graphql_requests_total{operation,outcome}`: GraphQL requests by operation
///   name and outcome (`ok`, `error`).
/// - `energygraph_graphql_request_duration_seconds{operation}`: latency histogram.
/// - `energygraph_graphql_errors_total{operation}`: requests answered with errors.
/// - `energygraph_document_cache_{hits,misses}_total`, `energygraph_document_cache_entries`.
/// - `energygraph_postgres_pool_{open,size}_connections`, `energygraph_http_in_flight_requests`.
///
/// Operation names come from clients, so at most ``maxOperationLabels`` distinct ones become
/// labels; later ones are counted as `other`.
final class ServerMetrics: Sendable {
    static let maxOperationLabels = 200
    static let buckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                                      .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                                      .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10)]

    let registry: PrometheusCollectorRegistry
    private let documentHits: Counter
    private let documentMisses: Counter
    private let documentEntries: Gauge
    private let poolOpen: Gauge
    private let poolSize: Gauge
    let inFlight: Gauge

    init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        documentHits = registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "energygraph_document_cache_hits", unitName: "total", helpText: "GraphQL documents found parsed and validated in the cache."))
        documentMisses = registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "energygraph_document_cache_misses", unitName: "total", helpText: "GraphQL documents parsed and validated because the cache lacked them."))
        documentEntries = registry.makeGauge(descriptor: MetricNameDescriptor(metricName: "energygraph_document_cache", unitName: "entries", helpText: "Documents in the cache."))
        poolOpen = registry.makeGauge(descriptor: MetricNameDescriptor(metricName: "energygraph_postgres_pool_open", unitName: "connections", helpText: "Open PostgreSQL connections."))
        poolSize = registry.makeGauge(descriptor: MetricNameDescriptor(metricName: "energygraph_postgres_pool_size", unitName: "connections", helpText: "Most PostgreSQL connections allowed."))
        inFlight = registry.makeGauge(descriptor: MetricNameDescriptor(metricName: "energygraph_http_in_flight", unitName: "requests", helpText: "HTTP requests being answered."))
    }

    /// The metric handles of one operation label, made once: making them looks the metric up in
    /// the registry under its lock and builds label arrays, too much to do per request.
    private final class OperationHandles: Sendable {
        let ok: Counter
        let failed: Counter
        let errors: Counter
        let duration: DurationHistogram

        init(label: String, registry: PrometheusCollectorRegistry) {
            let requests = MetricNameDescriptor(metricName: "energygraph_graphql_requests", unitName: "total", helpText: "GraphQL requests by operation name and outcome.")
            ok = registry.makeCounter(descriptor: requests, labels: [("operation", label), ("outcome", "ok")])
            failed = registry.makeCounter(descriptor: requests, labels: [("operation", label), ("outcome", "error")])
            errors = registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "energygraph_graphql_errors", unitName: "total", helpText: "GraphQL requests answered with errors."),
                                          labels: [("operation", label)])
            duration = registry.makeDurationHistogram(
                descriptor: MetricNameDescriptor(metricName: "energygraph_graphql_request_duration", unitName: "seconds",
                                                 helpText: "GraphQL request latency by operation name."),
                labels: [("operation", label)], buckets: ServerMetrics.buckets)
        }
    }

    /// Handles by label, and by the operation name as the client sent it (so a known name costs
    /// one dictionary lookup). Names beyond ``maxNames`` are not remembered; they take the slow path.
    private struct HandleCache {
        var byLabel: [String: OperationHandles] = [:]
        var byName: [String: OperationHandles] = [:]
    }
    static let maxNames = 4 * maxOperationLabels
    private let handles = Mutex(HandleCache())

    /// Records one GraphQL request.
    func recordRequest(operation: String, duration: Duration, failed: Bool) {
        let handles = operationHandles(operation)
        handles.duration.record(duration)
        if failed {
            handles.failed.increment()
            handles.errors.increment()
        } else {
            handles.ok.increment()
        }
    }

    private func operationHandles(_ name: String) -> OperationHandles {
        if let known = handles.withLock({ $0.byName[name] }) { return known }
        let safe = Self.labelSafe(name)
        return handles.withLock { cache in
            // At most maxOperationLabels distinct labels; later names are counted as `other`.
            let label = cache.byLabel[safe] != nil || cache.byLabel.count < Self.maxOperationLabels ? safe : "other"
            let found = cache.byLabel[label] ?? OperationHandles(label: label, registry: registry)
            cache.byLabel[label] = found
            if cache.byName.count < Self.maxNames { cache.byName[name] = found }
            return found
        }
    }

    /// Counts one document-cache lookup.
    func recordDocumentLookup(hit: Bool) {
        (hit ? documentHits : documentMisses).increment()
    }

    /// Updates the document-cache and pool figures, then renders the exposition text.
    func render(documentEntries entries: Int?, postgres: PostgresPool?) -> [UInt8] {
        if let entries { documentEntries.set(to: Double(entries)) }
        if let postgres {
            poolOpen.set(to: Double(postgres.openConnections))
            poolSize.set(to: Double(postgres.configuration.poolSize))
        }
        return registry.emitToBuffer()
    }

    /// An operation name as a label: at most 64 characters, letters, digits and `_`.
    static func labelSafe(_ name: String) -> String {
        String(name.prefix(64).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
    }
}
