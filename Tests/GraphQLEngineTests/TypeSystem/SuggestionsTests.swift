import Testing
@testable import GraphQLEngine

/// "Did you mean" hints as graphql-js words and orders them.
@Suite("Suggestions")
struct SuggestionsTests {
    @Test("closest first, ties in natural order, case changes count as one edit")
    func ordering() {
        #expect(Suggestions.list("Usr", ["User", "Users", "Query", "user"]) == ["User", "user", "Users"])
        #expect(Suggestions.list("item10", ["item9", "item10x", "item2"]) == ["item10x", "item2", "item9"])
        #expect(Suggestions.list("abc", ["xyz"]) == [])
        #expect(Suggestions.list("ab", ["ba"]) == ["ba"])
    }

    @Test("did you mean", arguments: [
        ([String](), ""),
        (["A"], " Did you mean \"A\"?"),
        (["A", "B"], " Did you mean \"A\" or \"B\"?"),
        (["A", "B", "C"], " Did you mean \"A\", \"B\", or \"C\"?"),
        (["A", "B", "C", "D", "E", "F"], " Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?"),
    ])
    func didYouMean(suggestions: [String], expected: String) {
        #expect(Suggestions.didYouMean(suggestions) == expected)
    }
}
