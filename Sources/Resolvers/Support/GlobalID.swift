import Foundation
import GraphQLEngine

/// A Relay global object id: base64url (no padding) of `Type:localID`, opaque to clients.
///
/// `GlobalID("Station", "42").encoded` is `U3RhdGlvbjo0Mg`; `node(id:)` decodes it to find the
/// type and fetch the object.
public struct GlobalID: Sendable, Hashable, CustomStringConvertible {
    public let typeName: String
    public let localID: String

    public init(_ typeName: String, _ localID: String) {
        self.typeName = typeName
        self.localID = localID
    }

    /// Convenience for integer primary keys.
    public init(_ typeName: String, _ localID: Int64) {
        self.init(typeName, String(localID))
    }

    /// The opaque id clients see.
    public var encoded: String { Base64URL.encode(Array("\(typeName):\(localID)".utf8)) }

    public var description: String { encoded }

    /// Decodes an opaque id; nil when it is not one of ours.
    public init?(decoding text: String) {
        guard let bytes = Base64URL.decode(text), let plain = String(bytes: bytes, encoding: .utf8),
              let colon = plain.firstIndex(of: ":") else { return nil }
        let type = String(plain[..<colon]), local = String(plain[plain.index(after: colon)...])
        guard !type.isEmpty, !local.isEmpty, type.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        self.init(type, local)
    }

    /// The local id inside `text`, which must be an id of `typeName`.
    /// - Throws: a `BAD_USER_INPUT` GraphQL error naming the argument when it is not.
    public static func localID(of text: String, expecting typeName: String, argument: String = "id") throws -> String {
        guard let id = GlobalID(decoding: text), id.typeName == typeName else {
            throw GraphQLError("Argument \"\(argument)\" is not a \(typeName) id: \(JSONText.quoted(text)). Use the id field of a \(typeName).",
                               extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return id.localID
    }

    /// ``localID(of:expecting:argument:)`` as an integer primary key.
    public static func int64(of text: String, expecting typeName: String, argument: String = "id") throws -> Int64 {
        let local = try localID(of: text, expecting: typeName, argument: argument)
        guard let value = Int64(local) else {
            throw GraphQLError("Argument \"\(argument)\" is not a \(typeName) id: \(JSONText.quoted(text)). Use the id field of a \(typeName).",
                               extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return value
    }
}

/// base64url without padding (RFC 4648 §5).
enum Base64URL {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> [UInt8]? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.count % 4 != 0 { standard += "=" }
        return Data(base64Encoded: standard).map { Array($0) }
    }
}

/// JSON quoting for values echoed in messages.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.text
    }
}
