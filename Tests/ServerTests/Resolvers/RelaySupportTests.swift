import GraphQLEngine
import Resolvers
import Testing

/// Global ids, cursors and connection pages.
@Suite("Relay support")
struct RelaySupportTests {
    @Test func globalIDsRoundTripAndRejectForeignText() throws {
        let id = GlobalID("Station", 42)
        #expect(id.encoded == "U3RhdGlvbjo0Mg")
        #expect(GlobalID(decoding: "U3RhdGlvbjo0Mg") == id)
        #expect(GlobalID(decoding: "not base64!") == nil)
        #expect(GlobalID(decoding: "U3RhdGlvbg") == nil) // "Station" without a colon
        #expect(try GlobalID.int64(of: "U3RhdGlvbjo0Mg", expecting: "Station") == 42)
        #expect(throws: GraphQLError(#"Argument "stationId" is not a Battery id: "U3RhdGlvbjo0Mg". Use the id field of a Battery."#,
                                     extensions: [(key: "code", value: "BAD_USER_INPUT")])) {
            try GlobalID.localID(of: "U3RhdGlvbjo0Mg", expecting: "Battery", argument: "stationId")
        }
    }

    @Test func connectionArgumentsCheckFirstAndAfter() throws {
        let arguments = try ConnectionArguments(GraphQLObjectValue([(key: "first", value: .int(2)),
                                                                    (key: "after", value: .string(Cursor.encode(key: "0007")))]))
        #expect(arguments == ConnectionArguments(first: 2, afterKey: "0007"))
        #expect(arguments.fetchLimit == 3)
        #expect(try ConnectionArguments([:], defaultFirst: 50) == ConnectionArguments(first: 50))
        #expect(throws: GraphQLError(#"Argument "first" must be between 0 and 500; got 501."#, extensions: [(key: "code", value: "BAD_USER_INPUT")])) {
            try ConnectionArguments(GraphQLObjectValue([(key: "first", value: .int(501))]))
        }
        #expect(throws: GraphQLError(#"Argument "after" is not a cursor of this list: "x". Use a cursor or endCursor from a previous page."#,
                                     extensions: [(key: "code", value: "BAD_USER_INPUT")])) {
            try ConnectionArguments(GraphQLObjectValue([(key: "after", value: .string("x"))]))
        }
    }

    @Test func connectionPagesKnowWhetherMoreFollow() {
        let arguments = ConnectionArguments(first: 2)
        let full = Connection(rows: ["a", "b", "c"], arguments: arguments, key: { $0 }, totalCount: { .int(3) })
        #expect(full.edges.map(\.node) == ["a", "b"])
        #expect(full.hasNextPage)
        #expect(full.pageInfo == .object(GraphQLObjectValue([(key: "hasNextPage", value: .bool(true)),
                                                             (key: "endCursor", value: .string(Cursor.encode(key: "b")))])))
        #expect(Cursor.key(of: full.edges[1].cursor) == "b")
        let last = Connection(rows: ["c"], arguments: arguments, key: { $0 }, totalCount: { .int(3) })
        #expect(!last.hasNextPage)
        let empty = Connection(rows: [String](), arguments: arguments, key: { $0 }, totalCount: { .int(0) })
        #expect(empty.pageInfo == .object(GraphQLObjectValue([(key: "hasNextPage", value: .bool(false)), (key: "endCursor", value: .null)])))
    }
}
