/// Why a schema could not be built from SDL: the SDL rules' errors, a bad directive argument
/// found while building, or the schema validation errors, with graphql-js' messages and locations.
public struct SchemaBuildError: Error, Sendable, CustomStringConvertible {
    public var errors: [GraphQLError]

    public init(errors: [GraphQLError]) { self.errors = errors }

    /// The messages separated by blank lines, as graphql-js' `assertValidSDL` joins them.
    public var description: String { errors.map(\.message).joined(separator: "\n\n") }
}
