/// A `Name` token (spec: Names), e.g. a field, type or argument name.
public struct Name: Sendable, Hashable {
    public var value: String
    public var loc: Location

    public init(_ value: String, loc: Location = .synthetic) {
        self.value = value
        self.loc = loc
    }
}
