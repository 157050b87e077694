import HTTPTypes
import Hummingbird
import NIOCore
import Storage

/// `GET /metrics`: the Prometheus text exposition of ``ServerMetrics``.
struct MetricsRoute: Sendable {
    let metrics: ServerMetrics
    let documents: DocumentCache?
    let postgres: PostgresPool?

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("metrics") { _, _ in
            let bytes = metrics.render(documentEntries: documents?.count, postgres: postgres)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
