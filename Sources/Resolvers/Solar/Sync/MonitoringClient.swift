import AsyncHTTPClient
import Foundation
import NIOCore
import Storage

/// Asks the monitoring service for a plant's hours: `GET <base>?plant-id=&from=&to=`, where the
/// service's `to` is exclusive (the sample answer for 2022-10-25…2022-10-27 holds 48 hours), so
/// the inclusive range [from, to] is sent as `to + 1`.
public struct MonitoringClient: Sendable {
    public let baseURL: String
    public let timeout: Duration
    /// Largest answer read (a year of hours is about 2 MB).
    public var maxBodyBytes = 32 << 20
    let http: HTTPClient

    public init(baseURL: String, timeout: Duration, http: HTTPClient = .shared) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.http = http
    }

    /// The URL for one request.
    public func url(plantID: Int64, from: CalendarDate, to: CalendarDate) -> String {
        let separator = baseURL.contains("?") ? "&" : "?"
        return baseURL + separator + "plant-id=\(plantID)&from=\(from)&to=\(SolarTime.adding(1, to: to))"
    }

    /// Fetches and parses the hours of [from, to] (inclusive days).
    /// - Throws: `MonitoringError` for anything but a usable array.
    public func fetch(plantID: Int64, from: CalendarDate, to: CalendarDate) async throws -> MonitoringBatch {
        var request = HTTPClientRequest(url: url(plantID: plantID, from: from, to: to))
        request.headers.add(name: "Accept", value: "application/json")
        let bytes: [UInt8]
        do {
            let response = try await http.execute(request, timeout: .nanoseconds(Int64(timeout.timeInterval * 1e9)))
            guard response.status.code == 200 else { throw MonitoringError.status(Int(response.status.code)) }
            var body = try await response.body.collect(upTo: maxBodyBytes)
            bytes = body.readBytes(length: body.readableBytes) ?? []
        } catch let error as MonitoringError {
            throw error
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw MonitoringError.timeout
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw MonitoringError.transport(String(describing: error))
        }
        return try MonitoringRecords.parse(bytes, from: from, to: to)
    }
}
