import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an id: the client's `X-Request-ID` when it is short and plain, else a
/// new one. The id goes into the logger's metadata (`requestID`), the `X-Request-ID` response
/// header and, through ``RequestID/of(_:)``, into internal-error responses. It also logs one
/// structured line per request (method, path, status, duration).
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let id = RequestID.accepted(request.headers[.xRequestID]) ?? RequestID.make()
        var context = context
        context.logger[metadataKey: RequestID.metadataKey] = "\(id)"
        let start = ContinuousClock.now
        metrics?.inFlight.increment()
        defer { metrics?.inFlight.decrement() }
        do {
            var response = try await next(request, context)
            response.headers[.xRequestID] = id
            log(request, context, status: response.status.code, start: start)
            return response
        } catch let error as HTTPResponseError {
            log(request, context, status: error.status.code, start: start)
            throw error
        } catch {
            log(request, context, status: 500, start: start)
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            throw error
        }
    }

    private func log(_ request: Request, _ context: Context, status: Int, start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info("request", metadata: [
            "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(status)",
            "durationMs": "\((ms * 100).rounded() / 100)",
        ])
    }
}

/// Request ids: reading, making, and finding them in a context.
enum RequestID {
    static let metadataKey = "requestID"

    /// The request's id, set by ``RequestIDMiddleware`` (Hummingbird's own id otherwise).
    static func of(_ context: some RequestContext) -> String {
        if case let .string(id)? = context.logger[metadataKey: metadataKey] { return id }
        return context.logger[metadataKey: metadataKey].map { "\($0)" } ?? context.id
    }

    /// A client-sent id when it is 1–64 characters of letters, digits, `-`, `_` and `.`.
    static func accepted(_ value: String?) -> String? {
        guard let value, (1...64).contains(value.utf8.count),
              value.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95 || $0 == 46 })
        else { return nil }
        return value
    }

    /// A new random id (16 hex digits).
    static func make() -> String {
        String(UInt64.random(in: .min ... .max), radix: 16).leftPadded(to: 16)
    }
}

extension HTTPField.Name {
    /// `X-Request-ID`.
    static let xRequestID = HTTPField.Name("X-Request-ID")!
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
