/// Reads and writes PostgreSQL's one-dimensional array literal: `{1,NULL,"a \"b\""}`.
enum PostgresArrayLiteral {
    /// Formats elements (nil is NULL), quoting every element.
    static func format(_ elements: [String?]) -> String {
        var text = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { text += "," }
            guard let element else {
                text += "NULL"
                continue
            }
            text += "\""
            for character in element {
                if character == "\"" || character == "\\" { text += "\\" }
                text.append(character)
            }
            text += "\""
        }
        return text + "}"
    }

    /// Parses an array literal as the server prints it (`,` delimiter; `box[]` uses `;`).
    ///
    /// - Throws: `PostgresDecodingFailure.invalidText` for malformed or multi-dimensional arrays.
    static func parse(_ text: Substring) throws -> [Substring?] {
        let bytes = Array(text.utf8)
        let invalid = PostgresDecodingFailure.invalidText(String(text))
        guard bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}") else { throw invalid }
        if bytes.count == 2 { return [] }
        var elements: [Substring?] = []
        var index = 1
        let end = bytes.count - 1
        while index < end {
            if bytes[index] == UInt8(ascii: "\"") {
                var value: [UInt8] = []
                index += 1
                while index < end, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    guard index < end else { throw invalid }
                    value.append(bytes[index])
                    index += 1
                }
                guard index < end else { throw invalid }
                index += 1
                elements.append(Substring(decoding: value, as: UTF8.self))
            } else {
                guard bytes[index] != UInt8(ascii: "{") else { throw invalid }
                let start = index
                while index < end, bytes[index] != UInt8(ascii: ",") { index += 1 }
                let raw = Substring(decoding: bytes[start..<index], as: UTF8.self)
                elements.append(raw == "NULL" ? nil : raw)
            }
            if index < end {
                guard bytes[index] == UInt8(ascii: ",") else { throw invalid }
                index += 1
                if index == end { throw invalid }
            }
        }
        return elements
    }
}
