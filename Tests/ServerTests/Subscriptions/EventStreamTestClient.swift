import Foundation

/// A minimal HTTP/1.1 client for Server-Sent Events in tests: sends one request over a plain
/// socket on a thread of its own and yields the response's SSE events as they arrive.
final class EventStreamTestClient: Sendable {
    /// One SSE event: its `event:` name and `data:` text.
    struct Event: Equatable, Sendable {
        var name: String
        var data: String
    }

    /// Each event; ends after `complete` or when the server closes the connection.
    let events: AsyncStream<Event>
    let status: AsyncStream<Int>
    private let socket: Int32

    /// Connects to 127.0.0.1:`port` and sends `request` (a complete HTTP/1.1 request).
    init(port: Int, request: String) throws {
        let fd = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
        socket = fd
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        let (events, eventSink) = AsyncStream.makeStream(of: Event.self)
        let (status, statusSink) = AsyncStream.makeStream(of: Int.self)
        self.events = events
        self.status = status
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 65536)
            var parser = ResponseParser()
            while true {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count <= 0 { break }
                parser.feed(buffer[0..<count])
                if let code = parser.takeStatus() { statusSink.yield(code); statusSink.finish() }
                var completed = false
                for event in parser.takeEvents() {
                    eventSink.yield(event)
                    if event.name == "complete" { completed = true }
                }
                if completed { break }
            }
            statusSink.finish()
            eventSink.finish()
        }
        reader.start()
    }

    /// Closes the connection (the server then ends the subscription).
    func disconnect() {
        shutdown(socket, Int32(SHUT_RDWR))
    }

    deinit {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    /// Splits the raw response into the status, then the chunked body's SSE events.
    struct ResponseParser {
        var raw: [UInt8] = []
        var headerDone = false
        var chunked = false
        var statusCode: Int?
        var body = ""
        var events: [Event] = []

        mutating func feed(_ bytes: ArraySlice<UInt8>) {
            raw += bytes
            if !headerDone, let end = raw.firstRange(of: Array("\r\n\r\n".utf8)) {
                let head = String(decoding: raw[..<end.lowerBound], as: UTF8.self)
                statusCode = Int(head.split(separator: " ")[1])
                chunked = head.lowercased().contains("transfer-encoding: chunked")
                raw.removeSubrange(..<end.upperBound)
                headerDone = true
            }
            guard headerDone else { return }
            if chunked {
                while let lineEnd = raw.firstRange(of: Array("\r\n".utf8)),
                      let size = Int(String(decoding: raw[..<lineEnd.lowerBound], as: UTF8.self), radix: 16),
                      raw.count >= lineEnd.upperBound + size + 2 {
                    body += String(decoding: raw[lineEnd.upperBound..<lineEnd.upperBound + size], as: UTF8.self)
                    raw.removeSubrange(..<(lineEnd.upperBound + size + 2))
                }
            } else {
                body += String(decoding: raw, as: UTF8.self)
                raw.removeAll()
            }
            while let end = body.range(of: "\n\n") {
                let block = body[..<end.lowerBound]
                body.removeSubrange(..<end.upperBound)
                var name = "message", data: [String] = []
                for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.hasPrefix("event:") { name = line.dropFirst(6).trimmingCharacters(in: .whitespaces) }
                    if line.hasPrefix("data:") { data.append(String(line.dropFirst(5).drop { $0 == " " })) }
                }
                if !block.hasPrefix(":") { events.append(Event(name: name, data: data.joined(separator: "\n"))) }
            }
        }

        mutating func takeStatus() -> Int? {
            defer { statusCode = nil }
            return statusCode
        }

        mutating func takeEvents() -> [Event] {
            defer { events.removeAll() }
            return events
        }
    }
}
