import AsyncHTTPClient
import NIOCore

/// The body of a fetched import file as chunks of bytes, failing with
/// ``RemoteFileError/tooLarge(limit:)`` once more than the limit has arrived.
public struct RemoteFileBody: AsyncSequence, Sendable {
    public typealias Element = ByteBufferView
    let body: HTTPClientResponse.Body
    let limit: Int
    let timeout: Double

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: body.makeAsyncIterator(), limit: limit, timeout: timeout)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var base: HTTPClientResponse.Body.AsyncIterator
        let limit: Int
        let timeout: Double
        var received = 0

        public mutating func next() async throws -> ByteBufferView? {
            let chunk: ByteBuffer?
            do {
                chunk = try await base.next()
            } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
                throw RemoteFileError.timedOut(seconds: timeout)
            } catch {
                throw RemoteFileError.transport("\(error)")
            }
            guard let chunk else { return nil }
            received += chunk.readableBytes
            if received > limit { throw RemoteFileError.tooLarge(limit: limit) }
            return chunk.readableBytesView
        }
    }
}
