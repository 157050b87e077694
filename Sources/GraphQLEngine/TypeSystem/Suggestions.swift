/// "Did you mean …?" hints, as graphql-js builds them (`suggestionList`, `didYouMean`).
enum Suggestions {
    /// The options close to `input` by lexical distance, closest first, ties in natural order.
    static func list(_ input: String, _ options: [String]) -> [String] {
        let threshold = input.utf16.count * 4 / 10 + 1
        let inputLower = Array(input.lowercased().utf16)
        var distances: [String: Int] = [:]
        var order: [String] = []
        for option in options {
            guard let d = distance(input, inputLower, option, threshold) else { continue }
            if distances[option] == nil { order.append(option) }
            distances[option] = d
        }
        return order.sorted { a, b in
            let da = distances[a]!, db = distances[b]!
            return da != db ? da < db : naturalCompare(a, b) < 0
        }
    }

    /// ` Did you mean "A", "B", or "C"?` (at most five), or "" without suggestions.
    static func didYouMean(_ suggestions: [String]) -> String {
        let quoted = suggestions.map { "\"\($0)\"" }
        switch quoted.count {
        case 0: return ""
        case 1: return " Did you mean \(quoted[0])?"
        case 2: return " Did you mean \(quoted[0]) or \(quoted[1])?"
        default:
            let selected = Array(quoted.prefix(5))
            return " Did you mean " + selected.dropLast().joined(separator: ", ") + ", or " + selected.last! + "?"
        }
    }

    /// graphql-js `didYouMean(subMessage, …)`: ` Did you mean <sub> "A" or "B"?`, or "" without
    /// suggestions.
    static func didYouMean(_ subMessage: String?, _ suggestions: [String]) -> String {
        let plain = didYouMean(suggestions)
        guard let subMessage, !plain.isEmpty else { return plain }
        return " Did you mean " + subMessage + " " + plain.dropFirst(" Did you mean ".count)
    }

    /// Damerau-Levenshtein distance where a change of case alone counts as one edit.
    private static func distance(_ input: String, _ inputLower: [UInt16], _ option: String, _ threshold: Int) -> Int? {
        if input == option { return 0 }
        let optionLower = Array(option.lowercased().utf16)
        if optionLower == inputLower { return 1 }
        var a = optionLower, b = inputLower
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for j in 0...b.count { rows[0][j] = j }
        if a.isEmpty { return rows[0][b.count] <= threshold ? rows[0][b.count] : nil }
        for i in 1...a.count {
            var smallest = i
            rows[i % 3][0] = i
            if b.count > 0 {
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var cell = min(rows[(i - 1) % 3][j] + 1, rows[i % 3][j - 1] + 1, rows[(i - 1) % 3][j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                    }
                    smallest = min(smallest, cell)
                    rows[i % 3][j] = cell
                }
            }
            if smallest > threshold { return nil }
        }
        let d = rows[a.count % 3][b.count]
        return d <= threshold ? d : nil
    }

    /// graphql-js `naturalCompare`: digit runs compare as numbers.
    static func naturalCompare(_ aString: String, _ bString: String) -> Int {
        let a = Array(aString.utf16), b = Array(bString.utf16)
        var i = 0, j = 0
        func isDigit(_ c: UInt16) -> Bool { c >= 48 && c <= 57 }
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                var aNum = 0, bNum = 0
                repeat { aNum = aNum * 10 + Int(a[i]) - 48; i += 1 } while i < a.count && isDigit(a[i]) && aNum > 0
                repeat { bNum = bNum * 10 + Int(b[j]) - 48; j += 1 } while j < b.count && isDigit(b[j]) && bNum > 0
                if aNum != bNum { return aNum < bNum ? -1 : 1 }
            } else {
                if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                i += 1
                j += 1
            }
        }
        return a.count - b.count
    }
}
